/* fuzz_jsonl.c - libFuzzer target for the CLI's JSON Lines record parser:
 * no crash, every line the fast validator accepts is one jansson accepts,
 * and on success the raw ranges and byte map are consistent. */
#include <stdint.h>
#include <stdlib.h>

#include "../programs/jsonl.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  jsonl_record r;
  char msg[200];
  size_t col;
  /* the fast validator accepts only what jansson accepts */
  if (fast_valid((const char *)data, size)) {
    json_error_t je;
    json_t *j = json_loadb((const char *)data, size, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &je);
    if (!j) abort();
    json_decref(j);
  }
  if (jsonl_parse((const char *)data, size, &r, msg, sizeof msg, &col) == 0) {
    if (r.text_end > size || r.text_start >= r.text_end) abort();
    if (r.id_end > size) abort();
    for (size_t i = 0; i < r.len; i++)
      if (r.map[i] < r.text_start || r.map[i] >= r.text_end || (i && r.map[i] < r.map[i - 1]))
        abort();
    jbuf b = {0};
    if (jbuf_put_escaped(&b, r.text, r.len)) abort();
    jbuf_free(&b);
    /* reveal's splice: replace the middle third of the text (on UTF-8
     * boundaries) and check that the line still parses to exactly that */
    size_t a = r.len / 3, z = 2 * r.len / 3;
    while (a > 0 && ((unsigned char)r.text[a] & 0xC0) == 0x80) a--;
    while (z < r.len && ((unsigned char)r.text[z] & 0xC0) == 0x80) z++;
    jbuf want = {0}, line = {0};
    jbuf_put(&want, r.text, a);
    jbuf_put(&want, "[[ENC:X:k1:\xc3\xa7]]", 14);
    jbuf_put(&want, r.text + z, r.len - z);
    jsonl_splice_text(&line, (const char *)data, &r, want.p, want.n);
    jbuf_put(&line, (const char *)data + r.text_end, size - r.text_end);
    jsonl_record r2;
    if (jsonl_parse(line.p, line.n, &r2, msg, sizeof msg, &col) != 0) abort();
    if (r2.len != want.n || memcmp(r2.text, want.p, want.n) != 0) abort();
    jsonl_record_free(&r2);
    jbuf_free(&want);
    jbuf_free(&line);
  }
  jsonl_record_free(&r);
  return 0;
}
