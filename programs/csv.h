/* csv.h - reading CSV and TSV records (RFC 4180) without changing their
 * bytes: a record's fields are located as raw byte ranges, and each field's
 * value is unescaped into a buffer, so that output can replace one field's
 * value and keep every other byte (delimiters, quoting, line ends) as it was
 * written. Tolerance: a quote inside an unquoted field is a literal byte (as
 * spreadsheet exports write `5" disk`); a field may span lines only when
 * quoted; bytes after a closing quote other than a delimiter or the line end
 * are an error, as is a quoted field still open at the end of the input. */
#ifndef GIZLI_CSV_H
#define GIZLI_CSV_H
#include <stddef.h>

#include "jsonl.h" /* jbuf */

typedef struct csv_field {
  size_t raw_start, raw_end; /* within the record; quotes included */
  size_t val_start, val_len; /* the unescaped value, in csv_record.vals */
  int quoted;
} csv_field;

typedef struct csv_record {
  csv_field *f;
  size_t n, cap;
  jbuf vals;       /* every field's value, back to back; owned by the record */
  size_t body_end; /* where the line end ("\n", "\r\n") starts; == length when none */
} csv_record;

/* Where a record stands after some bytes: feed a record's bytes in pieces
 * (lines) to csv_feed; it returns 1 when the record ended (at a line end
 * outside quotes; *used says how many bytes of this piece belong to it), 0
 * when it goes on. The state starts zeroed (CSV_STATE_INIT). */
typedef struct csv_state {
  int st;
} csv_state;
#define CSV_STATE_INIT                                                                             \
  { 0 }
int csv_feed(csv_state *s, const char *p, size_t n, char delim, size_t *used);
/* Is the record still inside a quoted field (so that the end of the input
 * would leave it unterminated)? */
int csv_open_quote(const csv_state *s);

/* Parses one whole record (its line end included, if any). On error returns
 * -1 with a message and the 1-based line (within the record) and column
 * (in bytes) of the fault. The record is reused from call to call and is
 * released with csv_record_free. */
int csv_parse(const char *rec, size_t n, char delim, csv_record *out, char *msg, size_t msgcap,
              size_t *line, size_t *col);
void csv_record_free(csv_record *r);

/* Picks the delimiter of a header line: the most frequent of ',', ';', tab
 * and '|' outside quotes (',' on a tie or when none occurs). */
char csv_guess_delim(const char *line, size_t n);

/* Does a value need quotes to be written as one field: does it hold the
 * delimiter, a quote, CR or LF? */
int csv_needs_quotes(const char *v, size_t n, char delim);
#endif
