/* fuzz_deid_value.c - libFuzzer target for the value parsers behind the
 * operators (gizli_deid_value): names and the case-suffix chain after them
 * (surrogate), dates (shift_date, generalize), FPE formats with checksum
 * repair, masks. Input: type, language, split point, then value and the
 * bytes after it. Invariants for each plan: success (these operators fall
 * back instead of failing), at most the given bytes after the value consumed,
 * the same output from a second document (determinism), valid UTF-8 out for
 * valid UTF-8 in, and an FPE result that is not a token keeps the length. */
#include <gizli.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NPLANS 5
static gizli_deid *plans[NPLANS];
static gizli_deid_doc *docs[NPLANS][2];
static const char *const policies[NPLANS] = {
    "default: surrogate\n",
    "name: f\nextends: fpe\n",
    "default: {operator: shift_date, max_days: 3650}\n",
    "default: generalize\n",
    "default: {operator: mask, char: \"\\u2022\", keep: 2, from_end: true}\n",
};

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  char key[64], pol[80];
  snprintf(key, sizeof key, "/tmp/gizli-fuzz-value-%d.key", (int)getpid());
  FILE *f = fopen(key, "w");
  if (!f) abort();
  fprintf(f, "gizli-keyfile 1\nkey k1 2026-01-01T00:00:00Z "
             "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n");
  fclose(f);
  for (int i = 0; i < NPLANS; i++) {
    snprintf(pol, sizeof pol, "/tmp/gizli-fuzz-value-%d-%d.yaml", (int)getpid(), i);
    f = fopen(pol, "w");
    if (!f) abort();
    fputs(policies[i], f);
    fclose(f);
    gizli_error err;
    if (gizli_deid_create(pol, key, &plans[i], &err) ||
        gizli_deid_doc_create(plans[i], &docs[i][0]) ||
        gizli_deid_doc_create(plans[i], &docs[i][1])) {
      fprintf(stderr, "%s\n", err.message);
      abort();
    }
    unlink(pol);
  }
  unlink(key);
  return 0;
}

static int valid_utf8(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    unsigned c = s[i];
    size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!k || i + k > n) return 0;
    unsigned cp = k == 1 ? c : k == 2 ? c & 31 : k == 3 ? c & 15 : c & 7;
    for (size_t j = 1; j < k; j++) {
      if ((s[i + j] & 0xC0) != 0x80) return 0;
      cp = cp << 6 | (s[i + j] & 63);
    }
    if ((k == 2 && cp < 0x80) || (k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    i += k;
  }
  return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 4 || size > 4096) return 0;
  int type = 1 + data[0] % (GIZLI_T_COUNT - 1);
  int lang = data[1] % 4;
  const char *v = (const char *)data + 3;
  size_t rest = size - 3, vl = data[2] % (rest + 1);
  if (vl == 0) return 0;
  const char *after = v + vl;
  size_t al = rest - vl;
  int utf8_in = valid_utf8((const unsigned char *)v, vl);
  for (int p = 0; p < NPLANS; p++) {
    gizli_finding f = {0, vl, type, 1.0f, 0};
    const char *o1, *o2;
    size_t l1, l2, c1 = 99, c2 = 99;
    gizli_deid_doc_reset(docs[p][0]);
    gizli_deid_doc_reset(docs[p][1]);
    int rc = gizli_deid_value(plans[p], docs[p][0], v, vl, &f, lang, after, al, &o1, &l1, &c1);
    if (rc) {
      fprintf(stderr, "plan %d type %s: rc %d\n", p, gizli_type_name(type), rc);
      abort();
    }
    if (c1 > al) abort();
    char *copy = malloc(l1 + 1);
    if (!copy) abort();
    memcpy(copy, o1, l1);
    rc = gizli_deid_value(plans[p], docs[p][1], v, vl, &f, lang, after, al, &o2, &l2, &c2);
    if (rc || l1 != l2 || c1 != c2 || memcmp(copy, o2, l1)) abort();
    if (utf8_in && !valid_utf8((const unsigned char *)copy, l1) &&
        !(c1 && !valid_utf8((const unsigned char *)after, c1))) {
      fprintf(stderr, "plan %d type %s: invalid UTF-8 out\n", p, gizli_type_name(type));
      abort();
    }
    if (p == 1 && strcmp(gizli_deid_operator(plans[p], type), "fpe") == 0 &&
        !(l1 >= 6 && !memcmp(copy, "[[ENC:", 6)) && l1 != vl)
      abort();
    free(copy);
  }
  return 0;
}
