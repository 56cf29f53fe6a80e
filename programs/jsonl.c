/* jsonl.c - JSON Lines records for the CLI: validation (a fast path for the
 * usual flat record, jansson for the rest), raw member ranges and a decoded
 * "text" with a byte map back into the raw line, and JSON string escaping
 * for output. See jsonl.h. */
#include "jsonl.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Offset of the first byte at or after s[i] that is '"' or '\\', or, with
 * strict set, also a control character or a non-ASCII byte; n if none. The
 * common case, long runs of plain text, goes 16 bytes at a time. */
static size_t plain_run(const unsigned char *s, size_t i, size_t n, int strict) {
#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\');
  const __m128i space = _mm_set1_epi8(0x20);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bslash));
    /* signed compare: bytes >= 0x80 are negative, so below 0x20 too */
    if (strict) hit = _mm_or_si128(hit, _mm_cmplt_epi8(v, space));
    unsigned m = (unsigned)_mm_movemask_epi8(hit);
    if (m) return i + (size_t)__builtin_ctz(m);
  }
#endif
  for (; i < n; i++) {
    unsigned char c = s[i];
    if (c == '"' || c == '\\' || (strict && (c < 0x20 || c >= 0x80))) return i;
  }
  return n;
}

/* Appends v in decimal. */
int jbuf_put_uint(jbuf *b, unsigned long long v) {
  char tmp[24];
  size_t k = sizeof tmp;
  do {
    tmp[--k] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  return jbuf_put(b, tmp + k, sizeof tmp - k);
}

/* Appends a score in [0,1] as printf's "%.2f" writes it. A float times 100
 * is exact in a double, so ties are seen exactly and go to even, as in
 * glibc's correctly rounded conversion. */
int jbuf_put_score(jbuf *b, float score) {
  double x = (double)score * 100.0;
  if (!(x >= 0 && x <= 100)) return jbuf_printf(b, "%.2f", (double)score);
  unsigned v = (unsigned)x;
  double frac = x - v;
  if (frac > 0.5 || (frac == 0.5 && (v & 1))) v++;
  char tmp[4] = {(char)('0' + v / 100), '.', (char)('0' + v / 10 % 10), (char)('0' + v % 10)};
  return jbuf_put(b, tmp, 4);
}

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
  for (i++; (i = plain_run((const unsigned char *)s, i, n, 0)) < n; i++) {
    if (s[i] == '\\')
      i++;
    else
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
    if (raw[i] != '\\') { /* a run of plain bytes (the string ends with '"') */
      size_t e = plain_run((const unsigned char *)raw, i, b - 1, 0);
      memcpy(rec->text + o, raw + i, e - i);
      for (size_t q = i; q < e; q++) rec->map[o++] = q;
      i = e;
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

static int locate_members(const char *line, size_t n, jsonl_record *rec, char *msg,
                          size_t msgcap, size_t *col);

/* ---- fast validation of the common record shape ----
 * jansson builds a whole document to validate a line, which costs more than
 * scanning the text for personal data. fast_valid() validates the usual
 * record (a top-level object whose nested objects have at most one member)
 * in one pass over the bytes, to exactly the rules jansson applies with the
 * flags used below: RFC 8259 grammar, valid UTF-8, escapes and surrogate
 * pairs, no raw control characters in strings, no duplicate keys, nesting
 * depth, and integers jansson can hold. Whatever it is not sure of (an
 * error, a nested object with several members, an escaped key, a number
 * with an exponent or of 19 or more digits, more than 64 keys) goes to
 * jansson, which then decides and words the error. fuzz/fuzz_jsonl.c checks
 * that a line fast_valid() accepts is one jansson accepts. */

/* Length of the valid UTF-8 sequence at s[i] (lead byte >= 0x80), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n, size_t i) {
  unsigned char c = s[i];
  size_t k;
  unsigned min;
  if (c >= 0xC2 && c <= 0xDF) {
    k = 2;
    min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    k = 3;
    min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    k = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + k > n) return 0;
  unsigned cp = c & (0x7F >> k);
  for (size_t q = 1; q < k; q++) {
    if ((s[i + q] & 0xC0) != 0x80) return 0;
    cp = cp << 6 | (s[i + q] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return k;
}

static int hex4(const unsigned char *p) {
  int v = 0;
  for (int q = 0; q < 4; q++) {
    int h = p[q] >= '0' && p[q] <= '9'   ? p[q] - '0'
            : p[q] >= 'a' && p[q] <= 'f' ? p[q] - 'a' + 10
            : p[q] >= 'A' && p[q] <= 'F' ? p[q] - 'A' + 10
                                         : -1;
    if (h < 0) return -1;
    v = v << 4 | h;
  }
  return v;
}

/* A string at s[*i] == '"': on success *i is past the closing quote and
 * *escaped tells whether it had a backslash. */
static int fast_string(const unsigned char *s, size_t n, size_t *i, int *escaped) {
  size_t k = *i + 1;
  *escaped = 0;
  while (k < n) {
    k = plain_run(s, k, n, 1);
    if (k >= n) break;
    unsigned char c = s[k];
    if (c == '"') {
      *i = k + 1;
      return 1;
    }
    if (c < 0x20) return 0;
    if (c < 0x80 && c != '\\') {
      k++;
    } else if (c >= 0x80) {
      size_t l = utf8_len(s, n, k);
      if (!l) return 0;
      k += l;
    } else { /* backslash */
      *escaped = 1;
      if (k + 1 >= n) return 0;
      unsigned char e = s[k + 1];
      if (e == 'u') {
        if (k + 6 > n) return 0;
        int cp = hex4(s + k + 2);
        if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return 0;
        k += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          if (k + 6 > n || s[k] != '\\' || s[k + 1] != 'u') return 0;
          int lo = hex4(s + k + 2);
          if (lo < 0xDC00 || lo > 0xDFFF) return 0;
          k += 6;
        }
      } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                 e == 'r' || e == 't') {
        k += 2;
      } else {
        return 0;
      }
    }
  }
  return 0;
}

/* A number at s[*i]: JSON grammar, no exponent, and integers of at most 18
 * digits (jansson rejects integers beyond 64 bits). */
static int fast_number(const unsigned char *s, size_t n, size_t *i) {
  size_t k = *i;
  if (k < n && s[k] == '-') k++;
  size_t d = k;
  if (k < n && s[k] == '0') {
    k++;
  } else {
    while (k < n && s[k] >= '0' && s[k] <= '9') k++;
  }
  if (k == d) return 0;
  int real = 0;
  if (k < n && s[k] == '.') {
    real = 1;
    size_t f = ++k;
    while (k < n && s[k] >= '0' && s[k] <= '9') k++;
    if (k == f || k - *i > 300) return 0;
  }
  if (k < n && (s[k] == 'e' || s[k] == 'E')) return 0;
  if (!real && k - d > 18) return 0;
  *i = k;
  return 1;
}

static size_t fast_ws(const unsigned char *s, size_t n, size_t i) {
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++;
  return i;
}

#define FAST_MAX_DEPTH 64
#define FAST_MAX_KEYS 64

static int fast_valid(const char *line, size_t n) {
  const unsigned char *s = (const unsigned char *)line;
  char stack[FAST_MAX_DEPTH]; /* '{' or '[' per open container */
  int members[FAST_MAX_DEPTH];
  size_t keys[FAST_MAX_KEYS][2]; /* top-level keys, raw ranges */
  int depth = 0, nkeys = 0;
  size_t i = fast_ws(s, n, 0);
  if (i >= n || s[i] != '{') return 0;
  stack[depth] = '{';
  members[depth++] = 0;
  i++;
  for (;;) {
    i = fast_ws(s, n, i);
    if (i >= n) return 0;
    char top = stack[depth - 1];
    /* a closing bracket, or a comma before the next member */
    if ((top == '{' && s[i] == '}') || (top == '[' && s[i] == ']')) {
      depth--;
      i++;
      if (depth == 0) return fast_ws(s, n, i) == n;
      continue;
    }
    if (members[depth - 1] > 0) {
      if (s[i] != ',') return 0;
      i = fast_ws(s, n, i + 1);
      if (i >= n) return 0;
    }
    members[depth - 1]++;
    if (top == '{') {
      if (depth > 1 && members[depth - 1] > 1) return 0; /* jansson checks duplicates */
      if (s[i] != '"') return 0;
      size_t ks = i;
      int esc;
      if (!fast_string(s, n, &i, &esc) || esc) return 0;
      if (depth == 1) {
        if (nkeys == FAST_MAX_KEYS) return 0;
        for (int k = 0; k < nkeys; k++)
          if (keys[k][1] - keys[k][0] == i - ks && memcmp(s + keys[k][0], s + ks, i - ks) == 0)
            return 0; /* a duplicate key */
        keys[nkeys][0] = ks;
        keys[nkeys++][1] = i;
      }
      i = fast_ws(s, n, i);
      if (i >= n || s[i] != ':') return 0;
      i = fast_ws(s, n, i + 1);
      if (i >= n) return 0;
    }
    /* a value */
    unsigned char c = s[i];
    int esc;
    if (c == '"') {
      if (!fast_string(s, n, &i, &esc)) return 0;
    } else if (c == '{' || c == '[') {
      if (depth == FAST_MAX_DEPTH) return 0;
      stack[depth] = (char)c;
      members[depth++] = 0;
      i++;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      if (!fast_number(s, n, &i)) return 0;
    } else if (n - i >= 4 && memcmp(s + i, "true", 4) == 0) {
      i += 4;
    } else if (n - i >= 5 && memcmp(s + i, "false", 5) == 0) {
      i += 5;
    } else if (n - i >= 4 && memcmp(s + i, "null", 4) == 0) {
      i += 4;
    } else {
      return 0;
    }
  }
}

int jsonl_parse(const char *line, size_t n, jsonl_record *rec, char *msg, size_t msgcap,
                size_t *col) {
  memset(rec, 0, sizeof *rec);
  *col = 0;
  if (fast_valid(line, n)) return locate_members(line, n, rec, msg, msgcap, col);
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
  return locate_members(line, n, rec, msg, msgcap, col);
}

/* The raw ranges of the top-level "id" and "text" members of a valid
 * record, and the decoded text. */
static int locate_members(const char *line, size_t n, jsonl_record *rec, char *msg,
                          size_t msgcap, size_t *col) {
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
  if (rec->text_end <= rec->text_start || line[rec->text_start] != '"') {
    snprintf(msg, msgcap, "record has no \"text\" string member");
    *col = 1;
    return -1;
  }
  if (decode_text(line, rec->text_start, rec->text_end, rec)) {
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
