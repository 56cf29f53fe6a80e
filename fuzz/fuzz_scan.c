/* fuzz_scan.c - libFuzzer target for the scanner and the stream: findings
 * must be in bounds, ordered and non-overlapping, and streaming with a small
 * chunk must give back the input byte for byte. */
#include <gizli.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static gizli_engine *engine;
static gizli_scratch *scratch;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  gizli_policy *p;
  if (gizli_policy_create(&p) || gizli_engine_compile(p, &engine, NULL) ||
      gizli_scratch_create(engine, &scratch))
    abort();
  gizli_policy_free(p);
  return 0;
}

typedef struct sink {
  const uint8_t *data;
  size_t n, at;
} sink;

static int on_segment(void *user, const char *b, size_t n, const gizli_finding *f) {
  sink *s = user;
  if (s->at + n > s->n || memcmp(s->data + s->at, b, n) != 0) abort();
  if (f && (f->start != s->at || f->end != s->at + n)) abort();
  s->at += n;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const gizli_finding *f;
  size_t n;
  int lang = size ? data[0] % 4 : 0;
  if (gizli_scan(engine, scratch, (const char *)data, size, lang, &f, &n) != GIZLI_OK) abort();
  for (size_t i = 0; i < n; i++) {
    if (f[i].start >= f[i].end || f[i].end > size) abort();
    if (i && f[i].start < f[i - 1].end) abort();
    if (!(f[i].score >= 0.0f && f[i].score <= 1.0f)) abort();
  }
  gizli_stream *st;
  if (gizli_stream_create(engine, 4096, lang, &st)) abort();
  sink s = {data, size, 0};
  for (size_t i = 0; i < size; i += 777)
    if (gizli_stream_write(st, (const char *)data + i, size - i < 777 ? size - i : 777, on_segment,
                           &s))
      abort();
  if (gizli_stream_finish(st, on_segment, &s) || s.at != size) abort();
  gizli_stream_free(st);
  return 0;
}
