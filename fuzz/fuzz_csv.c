/* fuzz_csv.c - libFuzzer target for the CLI's CSV record reader: no crash;
 * csv_feed splits the input into records that csv_parse either rejects or
 * reads into ordered, non-overlapping raw field ranges; and a record written
 * back field by field (each value quoted, quotes doubled) parses to the same
 * values. The first byte picks the delimiter. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../programs/csv.c"
#include "../programs/jsonl.c"

static void check_record(const char *rec, size_t n, char delim) {
  csv_record r, again;
  memset(&r, 0, sizeof r);
  memset(&again, 0, sizeof again);
  char msg[200];
  size_t line, col;
  if (csv_parse(rec, n, delim, &r, msg, sizeof msg, &line, &col) == 0) {
    if (r.n == 0 || r.body_end > n) abort();
    size_t prev = 0;
    for (size_t k = 0; k < r.n; k++) {
      const csv_field *f = &r.f[k];
      if (f->raw_start < prev || f->raw_end < f->raw_start || f->raw_end > r.body_end) abort();
      if (f->val_start + f->val_len > r.vals.n) abort();
      if (!f->quoted && memcmp(r.vals.p + f->val_start, rec + f->raw_start, f->val_len) != 0)
        abort();
      prev = f->raw_end;
    }
    /* write the values back, each quoted, and read them again */
    size_t cap = 2 * r.vals.n + 3 * r.n + 2, w = 0;
    char *out = malloc(cap);
    if (!out) abort();
    for (size_t k = 0; k < r.n; k++) {
      if (k) out[w++] = delim;
      out[w++] = '"';
      for (size_t i = 0; i < r.f[k].val_len; i++) {
        char c = r.vals.p[r.f[k].val_start + i];
        if (c == '"') out[w++] = '"';
        out[w++] = c;
      }
      out[w++] = '"';
    }
    if (csv_parse(out, w, delim, &again, msg, sizeof msg, &line, &col) != 0) abort();
    if (again.n != r.n) abort();
    for (size_t k = 0; k < r.n; k++)
      if (again.f[k].val_len != r.f[k].val_len ||
          memcmp(again.vals.p + again.f[k].val_start, r.vals.p + r.f[k].val_start, r.f[k].val_len))
        abort();
    free(out);
  } else if (line == 0 || col == 0) {
    abort(); /* every fault has a position */
  }
  csv_record_free(&r);
  csv_record_free(&again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  static const char delims[] = {',', ';', '\t', '|'};
  char delim = delims[data[0] & 3];
  const char *p = (const char *)data + 1;
  size_t n = size - 1, pos = 0;
  (void)csv_guess_delim(p, n);
  while (pos < n) {
    csv_state st = CSV_STATE_INIT;
    size_t used;
    csv_feed(&st, p + pos, n - pos, delim, &used);
    if (used == 0 || pos + used > n) abort();
    check_record(p + pos, used, delim);
    pos += used;
  }
  return 0;
}
