/* csv.c - the CLI's CSV/TSV record reader (csv.h): record boundaries in a
 * stream, fields as raw byte ranges plus unescaped values, the delimiter of
 * a header line. */
#include "csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* States of the record machine. */
enum { AT_FIELD, UNQUOTED, QUOTED, QUOTE_IN_QUOTED };

int csv_feed(csv_state *s, const char *p, size_t n, char delim, size_t *used) {
  for (size_t i = 0; i < n; i++) {
    char c = p[i];
    switch (s->st) {
    case AT_FIELD:
    case UNQUOTED:
      if (c == '\n') {
        s->st = AT_FIELD;
        *used = i + 1;
        return 1;
      }
      if (s->st == AT_FIELD && c == '"')
        s->st = QUOTED;
      else
        s->st = c == delim ? AT_FIELD : UNQUOTED;
      break;
    case QUOTED:
      if (c == '"') s->st = QUOTE_IN_QUOTED;
      break;
    case QUOTE_IN_QUOTED: /* a doubled quote goes on; anything else ends the quotes */
      if (c == '"') {
        s->st = QUOTED;
      } else if (c == '\n') {
        s->st = AT_FIELD;
        *used = i + 1;
        return 1;
      } else {
        s->st = c == delim ? AT_FIELD : UNQUOTED; /* csv_parse reports the stray bytes */
      }
      break;
    }
  }
  *used = n;
  return 0;
}

int csv_open_quote(const csv_state *s) {
  return s->st == QUOTED;
}

static int add_field(csv_record *r, size_t raw_start) {
  if (r->n == r->cap) {
    size_t cap = r->cap ? r->cap * 2 : 16;
    csv_field *f = realloc(r->f, cap * sizeof *f);
    if (!f) return -1;
    r->f = f;
    r->cap = cap;
  }
  csv_field *f = &r->f[r->n++];
  memset(f, 0, sizeof *f);
  f->raw_start = raw_start;
  f->val_start = r->vals.n;
  return 0;
}

/* Line and column (both 1-based, the column in bytes) of offset at. */
static void where(const char *rec, size_t at, size_t *line, size_t *col) {
  *line = 1;
  size_t ls = 0;
  for (size_t i = 0; i < at; i++)
    if (rec[i] == '\n') {
      (*line)++;
      ls = i + 1;
    }
  *col = at - ls + 1;
}

/* Reads fields up to the line end outside quotes. Each field's raw range
 * and its value (quotes removed, doubled quotes made single; an unquoted
 * value is its raw bytes) are recorded as the bytes go by. */
int csv_parse(const char *rec, size_t n, char delim, csv_record *out, char *msg, size_t msgcap,
              size_t *line, size_t *col) {
  out->n = 0;
  out->vals.n = 0;
  size_t body = n;
  if (body && rec[body - 1] == '\n') body--;
  if (body && rec[body - 1] == '\r') body--;
  out->body_end = body; /* "\r\n" or "\n" is the line end, not a value's */
  size_t i = 0;
  for (;;) {
    if (add_field(out, i)) goto oom;
    csv_field *f = &out->f[out->n - 1];
    if (i < body && rec[i] == '"') {
      size_t open = i++;
      int closed = 0;
      f->quoted = 1;
      while (i < n) {
        if (rec[i] == '"') {
          if (i + 1 < n && rec[i + 1] == '"') { /* a doubled quote */
            if (jbuf_put(&out->vals, "\"", 1)) goto oom;
            i += 2;
            continue;
          }
          closed = 1;
          i++;
          break;
        }
        size_t k = i;
        while (k < n && rec[k] != '"') k++;
        if (jbuf_put(&out->vals, rec + i, k - i)) goto oom;
        i = k;
      }
      if (!closed) {
        where(rec, open, line, col);
        snprintf(msg, msgcap, "quoted field not closed before the end of the input");
        return -1;
      }
      /* the line end stripped from body is never a quote, so i <= body */
      f->raw_end = i;
      f->val_len = out->vals.n - f->val_start;
      if (i < body && rec[i] != delim) {
        where(rec, i, line, col);
        snprintf(msg, msgcap, "'%c' after a closing quote (expected the delimiter or the line end)",
                 rec[i] >= 0x20 && rec[i] < 0x7f ? rec[i] : '?');
        return -1;
      }
    } else {
      size_t k = i;
      while (k < body && rec[k] != delim) k++;
      if (jbuf_put(&out->vals, rec + i, k - i)) goto oom;
      f->raw_end = k;
      f->val_len = k - i;
      i = k;
    }
    if (i >= body) break;
    i++; /* the delimiter */
  }
  if (jbuf_put(&out->vals, "", 0)) goto oom; /* vals is never NULL after a parse */
  return 0;
oom:
  snprintf(msg, msgcap, "out of memory");
  *line = *col = 0;
  return -1;
}

void csv_record_free(csv_record *r) {
  free(r->f);
  jbuf_free(&r->vals);
  memset(r, 0, sizeof *r);
}

char csv_guess_delim(const char *line, size_t n) {
  static const char cand[] = {',', ';', '\t', '|'};
  size_t count[4] = {0};
  int quoted = 0;
  for (size_t i = 0; i < n && line[i] != '\n'; i++) {
    if (line[i] == '"') quoted = !quoted;
    if (quoted) continue;
    for (int k = 0; k < 4; k++)
      if (line[i] == cand[k]) count[k]++;
  }
  int best = 0;
  for (int k = 1; k < 4; k++)
    if (count[k] > count[best]) best = k;
  return cand[best];
}

int csv_needs_quotes(const char *v, size_t n, char delim) {
  for (size_t i = 0; i < n; i++)
    if (v[i] == delim || v[i] == '"' || v[i] == '\n' || v[i] == '\r') return 1;
  return 0;
}
