/* fuzz_reveal.c - libFuzzer target for reveal's token parser (gizli_reveal
 * with a fixed key and the "reversible" preset, so no engine is needed).
 * First byte even: the rest is a text to reveal. On success every "[[ENC:"
 * in it was a token that was restored (restored_total equals their number)
 * and a text without one comes back unchanged; a text without tokens never
 * fails; on failure nothing is output. First byte odd: a value of a fuzzed
 * type is encrypted with gizli_deid_value and embedded between a fuzzed
 * prefix and suffix; reveal must give back prefix + value + suffix exactly,
 * and any change to the token's ciphertext must be rejected. */
#include <gizli.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static gizli_deid *deid;
static gizli_deid_doc *doc;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  char key_path[64];
  snprintf(key_path, sizeof key_path, "/tmp/gizli-fuzz-reveal-%d.key", (int)getpid());
  FILE *f = fopen(key_path, "w");
  if (!f) abort();
  fprintf(f, "gizli-keyfile 1\n"
             "key old 2026-01-01T00:00:00Z "
             "ff0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n"
             "key k1 2026-02-01T00:00:00Z "
             "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n");
  fclose(f);
  gizli_error err;
  if (gizli_deid_create("reversible", key_path, &deid, &err) || gizli_deid_doc_create(deid, &doc))
    abort();
  unlink(key_path);
  return 0;
}

static size_t count_tokens(const char *t, size_t n) {
  size_t c = 0;
  for (const char *p = t; n - (size_t)(p - t) >= 6 && (p = memmem(p, n - (size_t)(p - t), "[[ENC:", 6));
       p += 6)
    c++;
  return c;
}

static void raw_mode(const char *text, size_t n) {
  const char *out = (const char *)1;
  size_t out_len = 12345;
  gizli_reveal_stats st;
  int rc = gizli_reveal(deid, doc, NULL, NULL, text, n, GIZLI_LANG_AUTO, &out, &out_len, &st);
  size_t tokens = count_tokens(text, n);
  if (rc) {
    if (out != (const char *)1 || out_len != 12345) abort(); /* no output on error */
    if (rc != GIZLI_E_INVALID && rc != GIZLI_E_AUTH && rc != GIZLI_E_KEY) abort();
    if (!tokens) abort(); /* only tokens can fail */
    return;
  }
  if (st.restored_total != tokens) abort();
  size_t sum = 0;
  for (int t = 0; t < GIZLI_T_COUNT; t++) sum += st.restored[t];
  if (sum != tokens || st.restored[0]) abort();
  if (!tokens && (out_len != n || memcmp(out, text, n))) abort();
  if (out[out_len] != 0) abort();
}

static void roundtrip_mode(const uint8_t *data, size_t size) {
  if (size < 6) return;
  int type = 1 + data[1] % (GIZLI_T_COUNT - 1);
  size_t rest = size - 6;
  size_t pl = data[2] % (rest + 1);
  size_t vl = data[3] % (rest - pl + 1);
  const char *pre = (const char *)data + 6, *val = pre + pl, *suf = val + vl;
  size_t sl = rest - pl - vl;
  if (vl == 0 || count_tokens(pre, pl) || count_tokens(suf, sl)) return;
  gizli_finding f = {0, vl, type, 1.0f, 0};
  const char *tok;
  size_t tl, consumed = 99;
  int rc = gizli_deid_value(deid, doc, val, vl, &f, GIZLI_LANG_AUTO, suf, sl, &tok, &tl, &consumed);
  if (rc) abort();
  if (consumed != 0 || tl < 12 || memcmp(tok, "[[ENC:", 6) || memcmp(tok + tl - 2, "]]", 2)) abort();
  size_t n = pl + tl + sl;
  char *text = malloc(n + 1);
  if (!text) abort();
  memcpy(text, pre, pl);
  memcpy(text + pl, tok, tl);
  memcpy(text + pl + tl, suf, sl);
  const char *out;
  size_t out_len;
  gizli_reveal_stats st;
  rc = gizli_reveal(deid, doc, NULL, NULL, text, n, GIZLI_LANG_AUTO, &out, &out_len, &st);
  if (rc || st.restored_total != 1 || st.restored[type] != 1) abort();
  if (out_len != pl + vl + sl || memcmp(out, pre, pl) || memcmp(out + pl, val, vl) ||
      memcmp(out + pl + vl, suf, sl))
    abort();
  /* tamper with one character of the ciphertext (after the last ':') */
  size_t b64 = pl + tl - 2;
  while (text[b64 - 1] != ':') b64--;
  size_t b64_len = pl + tl - 2 - b64;
  size_t at = b64 + data[4] % b64_len;
  static const char alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  char c = alphabet[data[5] % 64];
  if (c == text[at]) c = alphabet[(data[5] + 1) % 64];
  text[at] = c;
  rc = gizli_reveal(deid, doc, NULL, NULL, text, n, GIZLI_LANG_AUTO, &out, &out_len, &st);
  if (rc != GIZLI_E_AUTH && rc != GIZLI_E_INVALID) {
    fprintf(stderr, "tampered token: rc %d\n", rc);
    abort();
  }
  free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > 65536) return 0;
  if (data[0] & 1) roundtrip_mode(data, size);
  else raw_mode((const char *)data + 1, size - 1);
  return 0;
}
