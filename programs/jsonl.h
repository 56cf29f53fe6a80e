/* jsonl.h - reading one JSON Lines record without changing its bytes: the
 * record is validated (the usual flat shape in one pass over its bytes,
 * anything else by jansson, to the same rules), then the raw byte ranges of
 * the top-level "id" and "text" members are located so that output can
 * splice a new text value into the original line and keep every other byte
 * as it was. */
#ifndef GIZLI_JSONL_H
#define GIZLI_JSONL_H
#include <stddef.h>

typedef struct jsonl_record {
  /* raw ranges within the line (value bytes, quotes included for strings) */
  size_t id_start, id_end; /* id_end == 0: no "id" member */
  size_t text_start, text_end;
  /* decoded "text": UTF-8 (may contain NUL from \u0000); map[i] is the raw
   * line offset of the escape or byte that produced text[i]; map[len] is the
   * offset of the closing quote. Owned by the record. */
  char *text;
  size_t *map;
  size_t len;
} jsonl_record;

/* Parses a line (without its newline). On error returns -1 and writes a
 * message and a 1-based column to msg/col. The record must be released with
 * jsonl_record_free, also after an error. */
int jsonl_parse(const char *line, size_t n, jsonl_record *rec, char *msg, size_t msgcap,
                size_t *col);
void jsonl_record_free(jsonl_record *rec);
/* Is the line empty or only spaces, tabs and carriage returns? Such lines
 * are passed through unchanged. */
int jsonl_blank(const char *line, size_t n);

/* Appends s[0..n) JSON-escaped (no quotes) to a growable buffer. Returns 0, or
 * -1 when out of memory. */
typedef struct jbuf {
  char *p;
  size_t n, cap;
} jbuf;
int jbuf_put(jbuf *b, const char *s, size_t n);
int jbuf_put_escaped(jbuf *b, const char *s, size_t n);
/* The same, and every non-ASCII character as \uXXXX (surrogate pairs above
 * U+FFFF), as writers that keep JSON in ASCII do (Python's json.dumps). */
int jbuf_put_escaped_ascii(jbuf *b, const char *s, size_t n);
int jbuf_printf(jbuf *b, const char *fmt, ...);
/* v in decimal; a score in [0,1] exactly as printf's "%.2f" writes it. */
int jbuf_put_uint(jbuf *b, unsigned long long v);
#define JBUF_LIT(b, lit) jbuf_put((b), (lit), sizeof(lit) - 1) /* a string literal */
int jbuf_put_score(jbuf *b, float score);

/* Appends `line` up to the end of its "text" value, with the text replaced by
 * r[0..rn): the raw bytes of every part r shares with the record's text are
 * kept as written (escapes included); the other parts are escaped in the
 * line's style. Used by reveal so that lines come back byte for byte. */
struct jsonl_record;
void jsonl_splice_text(jbuf *out, const char *line, const struct jsonl_record *rec, const char *r,
                       size_t rn);
void jbuf_free(jbuf *b);
#endif
