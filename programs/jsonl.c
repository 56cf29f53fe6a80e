/* jsonl.c - JSON Lines records for the CLI: validation by jansson, raw member
 * ranges and a decoded "text" with a byte map back into the raw line, and
 * JSON string escaping for output. See jsonl.h. */
#include "jsonl.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void jbuf_free(jbuf *b) {
  free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
}

int jbuf_put(jbuf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + n + 1) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) return -1;
    b->p = p;
    b->cap = cap;
  }
  if (n) memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
  return 0;
}

int jbuf_printf(jbuf *b, const char *fmt, ...) {
  char tmp[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return -1;
  return jbuf_put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

int jbuf_put_escaped(jbuf *b, const char *s, size_t n) {
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    const char *esc = NULL;
    char u[8];
    if (c == '"')
      esc = "\\\"";
    else if (c == '\\')
      esc = "\\\\";
    else if (c == '\n')
      esc = "\\n";
    else if (c == '\r')
      esc = "\\r";
    else if (c == '\t')
      esc = "\\t";
    else if (c < 0x20 || c == 0x7f) {
      snprintf(u, sizeof u, "\\u%04x", c);
      esc = u;
    }
    if (!esc) continue;
    if (jbuf_put(b, s + run, i - run) || jbuf_put(b, esc, strlen(esc))) return -1;
    run = i + 1;
  }
  return jbuf_put(b, s + run, n - run);
}

int jsonl_blank(const char *line, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (line[k] != ' ' && line[k] != '\t' && line[k] != '\r') return 0;
  return 1;
}

int jbuf_put_escaped_ascii(jbuf *b, const char *s, size_t n) {
  size_t run = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    if (jbuf_put_escaped(b, s + run, i - run)) return -1;
    unsigned cp;
    size_t k;
    if (c >= 0xF0 && i + 3 < n) {
      cp = (unsigned)(c & 0x07) << 18 | (unsigned)(s[i + 1] & 0x3F) << 12 |
           (unsigned)(s[i + 2] & 0x3F) << 6 | (unsigned)(s[i + 3] & 0x3F);
      k = 4;
    } else if (c >= 0xE0 && i + 2 < n) {
      cp = (unsigned)(c & 0x0F) << 12 | (unsigned)(s[i + 1] & 0x3F) << 6 |
           (unsigned)(s[i + 2] & 0x3F);
      k = 3;
    } else if (c >= 0xC0 && i + 1 < n) {
      cp = (unsigned)(c & 0x1F) << 6 | (unsigned)(s[i + 1] & 0x3F);
      k = 2;
    } else {
      cp = 0xFFFD;
      k = 1;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      if (jbuf_printf(b, "\\u%04x\\u%04x", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF))) return -1;
    } else if (jbuf_printf(b, "\\u%04x", cp)) {
      return -1;
    }
    i += k;
    run = i;
  }
  return jbuf_put_escaped(b, s + run, n - run);
}

void jsonl_record_free(jsonl_record *r) {
  free(r->text);
  free(r->map);
  memset(r, 0, sizeof *r);
}

static size_t skip_ws(const char *s, size_t n, size_t i) {
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++;
  return i;
}

/* Skips a JSON string starting at s[i] == '"'; returns the offset after the
 * closing quote. Input is already validated. */
static size_t skip_string(const char *s, size_t n, size_t i) {
  for (i++; i < n; i++) {
    if (s[i] == '\\')
      i++;
    else if (s[i] == '"')
      return i + 1;
  }
  return n;
}

/* Skips any JSON value starting at s[i]. */
static size_t skip_value(const char *s, size_t n, size_t i) {
  if (s[i] == '"') return skip_string(s, n, i);
  if (s[i] == '{' || s[i] == '[') {
    int depth = 0;
    for (; i < n; i++) {
      char c = s[i];
      if (c == '"') {
        i = skip_string(s, n, i) - 1;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
    }
    return n;
  }
  while (i < n && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' &&
         s[i] != '\r' && s[i] != '\n')
    i++;
  return i;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static unsigned read_u4(const char *p) {
  return (unsigned)(hexval(p[0]) << 12 | hexval(p[1]) << 8 | hexval(p[2]) << 4 | hexval(p[3]));
}

/* Decodes the validated JSON string at raw[a..b) (quotes included) into
 * rec->text with the raw offset of each output byte in rec->map. */
static int decode_text(const char *raw, size_t a, size_t b, jsonl_record *rec) {
  size_t cap = b - a + 1;
  rec->text = malloc(cap);
  rec->map = malloc((cap + 1) * sizeof *rec->map);
  if (!rec->text || !rec->map) return -1;
  size_t o = 0;
  for (size_t i = a + 1; i < b - 1;) {
    size_t at = i;
    if (raw[i] != '\\') {
      rec->map[o] = at;
      rec->text[o++] = raw[i++];
      continue;
    }
    char e = raw[i + 1];
    char c = 0;
    switch (e) {
    case '"': c = '"'; break;
    case '\\': c = '\\'; break;
    case '/': c = '/'; break;
    case 'b': c = '\b'; break;
    case 'f': c = '\f'; break;
    case 'n': c = '\n'; break;
    case 'r': c = '\r'; break;
    case 't': c = '\t'; break;
    case 'u': {
      unsigned cp = read_u4(raw + i + 2);
      i += 6;
      if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= b && raw[i] == '\\' && raw[i + 1] == 'u') {
        unsigned lo = read_u4(raw + i + 2);
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        i += 6;
      }
      unsigned char u[4];
      size_t k;
      if (cp < 0x80) {
        u[0] = (unsigned char)cp;
        k = 1;
      } else if (cp < 0x800) {
        u[0] = (unsigned char)(0xC0 | cp >> 6);
        u[1] = (unsigned char)(0x80 | (cp & 0x3F));
        k = 2;
      } else if (cp < 0x10000) {
        u[0] = (unsigned char)(0xE0 | cp >> 12);
        u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (unsigned char)(0x80 | (cp & 0x3F));
        k = 3;
      } else {
        u[0] = (unsigned char)(0xF0 | cp >> 18);
        u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (unsigned char)(0x80 | (cp & 0x3F));
        k = 4;
      }
      for (size_t q = 0; q < k; q++) {
        rec->map[o] = at;
        rec->text[o++] = (char)u[q];
      }
      continue;
    }
    default: return -1;
    }
    rec->map[o] = at;
    rec->text[o++] = c;
    i += 2;
  }
  rec->map[o] = b - 1;
  rec->len = o;
  return 0;
}

int jsonl_parse(const char *line, size_t n, jsonl_record *rec, char *msg, size_t msgcap,
                size_t *col) {
  memset(rec, 0, sizeof *rec);
  *col = 0;
  json_error_t jerr;
  json_t *root = json_loadb(line, n, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &jerr);
  if (!root) {
    snprintf(msg, msgcap, "%s", jerr.text);
    *col = jerr.position > 0 ? (size_t)jerr.position : 1;
    return -1;
  }
  int is_obj = json_is_object(root);
  json_t *text = is_obj ? json_object_get(root, "text") : NULL;
  int text_ok = text && json_is_string(text);
  json_decref(root);
  if (!is_obj) {
    snprintf(msg, msgcap, "record is not a JSON object");
    *col = skip_ws(line, n, 0) + 1;
    return -1;
  }
  if (!text_ok) {
    snprintf(msg, msgcap, "record has no \"text\" string member");
    *col = 1;
    return -1;
  }
  /* locate raw member ranges at the top level */
  size_t i = skip_ws(line, n, 0) + 1;
  while (i < n) {
    i = skip_ws(line, n, i);
    if (line[i] == '}') break;
    if (line[i] == ',') {
      i++;
      continue;
    }
    size_t ks = i, ke = skip_string(line, n, i);
    i = skip_ws(line, n, ke);
    i = skip_ws(line, n, i + 1); /* past ':' */
    size_t vs = i, ve = skip_value(line, n, i);
    size_t klen = ke - ks;
    if (klen == 4 && memcmp(line + ks, "\"id\"", 4) == 0) {
      rec->id_start = vs;
      rec->id_end = ve;
    } else if (klen == 6 && memcmp(line + ks, "\"text\"", 6) == 0) {
      rec->text_start = vs;
      rec->text_end = ve;
    }
    i = ve;
  }
  if (rec->text_end <= rec->text_start || decode_text(line, rec->text_start, rec->text_end, rec)) {
    snprintf(msg, msgcap, "cannot decode \"text\"");
    *col = rec->text_start + 1;
    return -1;
  }
  return 0;
}

/* Writes the record's line up to the end of its "text" value with the text
 * replaced by its revealed form r, keeping the raw bytes (escapes such as
 * \u00e7 included) of every part that reveal did not change, so that a line
 * comes back byte for byte. The changed parts are found by aligning the
 * de-identified and the revealed text: equal runs are kept; after a
 * difference, the next 12-byte run of the de-identified text that occurs in
 * the revealed text (within 8 KiB) resynchronises the two. */
void jsonl_splice_text(jbuf *out, const char *line, const jsonl_record *rec, const char *r,
                       size_t rn) {
  const char *t = rec->text;
  size_t tn = rec->len, i = 0, j = 0;
  const size_t *map = rec->map;
  /* a line that writes non-ASCII characters as \u escapes (and none raw)
   * gets its new parts in the same style; otherwise they are written raw */
  int raw = 0, escaped = 0;
  for (size_t q = 0; q < rec->text_end; q++) {
    if ((unsigned char)line[q] >= 0x80) raw = 1;
    if (line[q] == '\\' && q + 5 < rec->text_end && line[q + 1] == 'u' &&
        strtoul((char[5]){line[q + 2], line[q + 3], line[q + 4], line[q + 5], 0}, NULL, 16) >= 0x80)
      escaped = 1;
    if (line[q] == '\\') q++; /* skip the escaped character */
  }
  int ascii = escaped && !raw;
  jbuf_put(out, line, rec->text_start + 1); /* up to and with the opening quote */
  while (i < tn || j < rn) {
    size_t k = 0;
    while (i + k < tn && j + k < rn && t[i + k] == r[j + k]) k++;
    /* never split a multi-byte escape */
    while (k > 0 && i + k < tn && map[i + k] == map[i + k - 1]) k--;
    if (k) jbuf_put(out, line + map[i], map[i + k] - map[i]);
    i += k;
    j += k;
    if (i == tn && j == rn) break;
    size_t x = tn, y = rn;
    for (size_t a = i; a < tn && a - i <= 8192; a++) {
      if (a > 0 && a < tn && map[a] == map[a - 1]) continue;
      size_t need = tn - a < 12 ? tn - a : 12;
      if (need < 12) { /* near the end: the rest of t must end r */
        if (rn - j >= tn - a && memcmp(r + rn - (tn - a), t + a, tn - a) == 0 &&
            (a > i || rn - (tn - a) > j)) {
          x = a;
          y = rn - (tn - a);
        }
        break;
      }
      size_t span = rn - j < 8192 ? rn - j : 8192;
      const char *hit = memmem(r + j, span, t + a, need);
      if (hit && a == i && hit == r + j) /* no progress: look further */
        hit = span > 1 ? memmem(r + j + 1, span - 1, t + a, need) : NULL;
      if (hit) {
        x = a;
        y = (size_t)(hit - r);
        break;
      }
    }
    if (ascii == 1)
      jbuf_put_escaped_ascii(out, r + j, y - j);
    else
      jbuf_put_escaped(out, r + j, y - j);
    i = x;
    j = y;
  }
  jbuf_put(out, "\"", 1);
}
