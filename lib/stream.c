/* stream.c - scanning input of any size in bounded memory. The stream keeps
 * a window of the input: it scans the window, emits every segment that starts
 * before a safety margin from the window's end (the margin is larger than the
 * longest finding plus its context, so what is emitted cannot change when more
 * input arrives), then slides, keeping some bytes before the emitted point as
 * context for the next scan. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define GZ_LOOKBACK                                                                                \
  2304 /* bytes kept before the emitted point: context and country                                 \
          evidence (engine.c GZ_EVIDENCE_RADIUS) for what comes next */

struct gizli_stream {
  const gizli_engine *engine;
  gizli_scratch *scratch;
  size_t chunk;  /* new bytes scanned per step */
  size_t margin; /* bytes at the window's end not yet final */
  int lang, fixed_lang;
  char *buf;
  size_t cap, len;            /* window = buf[0..len) */
  unsigned long long base;    /* stream offset of buf[0] */
  unsigned long long emitted; /* stream offset up to which segments went out */
};

int gizli_stream_create(const gizli_engine *engine, size_t chunk_size, int lang,
                        gizli_stream **out) {
  if (!engine || !out || lang < 0 || lang > GIZLI_LANG_EN) return GIZLI_E_INVALID;
  if (chunk_size == 0) chunk_size = 1u << 20;
  if (chunk_size < 4096) chunk_size = 4096;
  gizli_stream *s = calloc(1, sizeof *s);
  if (!s) return GIZLI_E_NOMEM;
  int rc = gizli_scratch_create(engine, &s->scratch);
  if (rc) {
    free(s);
    return rc;
  }
  s->engine = engine;
  s->chunk = chunk_size;
  s->margin = 3 * gizli_engine_max_span(engine) + 512;
  s->lang = s->fixed_lang = lang;
  s->cap = chunk_size + s->margin + GZ_LOOKBACK;
  s->buf = malloc(s->cap);
  if (!s->buf) {
    gizli_stream_free(s);
    return GIZLI_E_NOMEM;
  }
  *out = s;
  return GIZLI_OK;
}

void gizli_stream_free(gizli_stream *s) {
  if (!s) return;
  gizli_scratch_free(s->scratch);
  free(s->buf);
  free(s);
}

/* Scans the window and emits segments up to `limit` (a window offset);
 * findings that start before limit are emitted whole. */
static int step(gizli_stream *s, size_t limit, gizli_segment_fn fn, void *user) {
  if (s->lang == GIZLI_LANG_AUTO) s->lang = gizli_detect_lang(s->buf, s->len);
  size_t from = (size_t)(s->emitted - s->base);
  const gizli_finding *f;
  size_t n;
  int rc = gz_scan_from(s->engine, s->scratch, s->buf, s->len, s->lang, from, &f, &n);
  if (rc) return rc;
  size_t at = from;
  for (size_t i = 0; i < n && f[i].start < limit; i++) {
    if (f[i].start < at) continue;
    if (f[i].start > at && fn(user, s->buf + at, f[i].start - at, NULL)) return GIZLI_E_STOPPED;
    gizli_finding g = f[i];
    g.start += (size_t)s->base;
    g.end += (size_t)s->base;
    if (fn(user, s->buf + f[i].start, f[i].end - f[i].start, &g)) return GIZLI_E_STOPPED;
    at = f[i].end;
  }
  if (at < limit) {
    if (fn(user, s->buf + at, limit - at, NULL)) return GIZLI_E_STOPPED;
    at = limit;
  }
  s->emitted = s->base + at;
  /* slide: keep GZ_LOOKBACK bytes before the emitted point */
  size_t keep_from = at > GZ_LOOKBACK ? at - GZ_LOOKBACK : 0;
  memmove(s->buf, s->buf + keep_from, s->len - keep_from);
  s->len -= keep_from;
  s->base += keep_from;
  return GIZLI_OK;
}

int gizli_stream_write(gizli_stream *s, const char *data, size_t len, gizli_segment_fn fn,
                       void *user) {
  if (!s || (!data && len) || !fn) return GIZLI_E_INVALID;
  while (len) {
    size_t room = s->cap - s->len;
    size_t n = len < room ? len : room;
    memcpy(s->buf + s->len, data, n);
    s->len += n;
    data += n;
    len -= n;
    if (s->len == s->cap) {
      int rc = step(s, s->len - s->margin, fn, user);
      if (rc) return rc;
    }
  }
  return GIZLI_OK;
}

int gizli_stream_finish(gizli_stream *s, gizli_segment_fn fn, void *user) {
  if (!s || !fn) return GIZLI_E_INVALID;
  int rc = GIZLI_OK;
  if (s->len > (size_t)(s->emitted - s->base)) rc = step(s, s->len, fn, user);
  s->len = 0;
  s->base = s->emitted = 0;
  s->lang = s->fixed_lang;
  return rc;
}
