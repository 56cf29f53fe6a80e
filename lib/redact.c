/* redact.c - the simple replacement used by `gizli redact` without a
 * de-identification policy: "[TYPE]" or a mask that keeps the layout. */
#include "internal.h"

#include <string.h>

size_t gizli_redact_value(const char *value, size_t len, int type, int keep_last, char mask_char,
                          char *out, size_t cap) {
  size_t o = 0;
  if (keep_last < 0) {
    const char *name = gizli_type_name(type);
    if (!name) name = "REDACTED";
    size_t n = strlen(name);
    if (cap > 0) out[0] = '[';
    for (size_t i = 0; i < n; i++)
      if (1 + i < cap) out[1 + i] = name[i];
    if (n + 1 < cap) out[n + 1] = ']';
    return n + 2;
  }
  if (!value) return 0;
  /* count alphanumerics (a UTF-8 letter counts once) */
  size_t total = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)value[i];
    if ((c & 0xC0) == 0x80) continue;
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0)
      total++;
  }
  size_t masked = total > (size_t)keep_last ? total - (size_t)keep_last : 0, seen = 0;
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)value[i];
    size_t n = 1;
    if (c >= 0xC0)
      while (i + n < len && n < 4 && ((unsigned char)value[i + n] & 0xC0) == 0x80) n++;
    int alnum =
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0;
    if (alnum && seen++ < masked) {
      if (o < cap) out[o] = mask_char;
      o++;
    } else {
      for (size_t k = 0; k < n; k++, o++)
        if (o < cap) out[o] = value[i + k];
    }
    i += n;
  }
  return o;
}
