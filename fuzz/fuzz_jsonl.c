/* fuzz_jsonl.c - libFuzzer target for the CLI's JSON Lines record parser:
 * no crash, and on success the raw ranges and byte map are consistent. */
#include <stdint.h>
#include <stdlib.h>

#include "../programs/jsonl.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  jsonl_record r;
  char msg[200];
  size_t col;
  if (jsonl_parse((const char *)data, size, &r, msg, sizeof msg, &col) == 0) {
    if (r.text_end > size || r.text_start >= r.text_end) abort();
    if (r.id_end > size) abort();
    for (size_t i = 0; i < r.len; i++)
      if (r.map[i] < r.text_start || r.map[i] >= r.text_end || (i && r.map[i] < r.map[i - 1]))
        abort();
    jbuf b = {0};
    if (jbuf_put_escaped(&b, r.text, r.len)) abort();
    jbuf_free(&b);
  }
  jsonl_record_free(&r);
  return 0;
}
