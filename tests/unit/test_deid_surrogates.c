/* test_deid_surrogates.c - the generated surrogate name lists
 * (lib/deid_surrogate_data.h, scripts/build-surrogates.sh) and the quality of
 * person surrogates: the lists' search keys agree with gizli_casefold, 1,000
 * distinct names map to at least 950 distinct surrogates per language, the
 * mapping is deterministic per key and keeps the gender (Azerbaijani -ova
 * surnames for women) and the language. */
#include <gizli.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "deid_surrogate_data.h"
#include "tinytest.h"

static char dir[64], key_a[256], key_b[256];

/* Index of an entry in a list by its exact bytes, or -1. */
static int find_exact(const gz_namelist *l, const char *w, size_t wl) {
  for (int i = 0; i < l->n; i++)
    if (strlen(l->v[i]) == wl && !memcmp(l->v[i], w, wl)) return i;
  return -1;
}

TEST(list_keys_match_casefold) {
  const gz_namelist *all[3] = {nl_male, nl_female, nl_last};
  for (int k = 0; k < 3; k++)
    for (int L = 0; L < 3; L++) {
      const gz_namelist *l = &all[k][L];
      CHECK(l->n >= 40);
      unsigned char *seen = calloc((size_t)l->n, 1);
      for (int i = 0; i < l->n; i++) {
        if (i) CHECK(strcmp(l->key[i - 1], l->key[i]) < 0 || !strcmp(l->key[i - 1], l->key[i]));
        CHECK(l->idx[i] < l->n);
        if (l->idx[i] >= l->n) continue;
        seen[l->idx[i]]++;
        const char *e = l->v[l->idx[i]];
        char f[256];
        size_t fl = gizli_casefold(e, strlen(e), GIZLI_LANG_TR, f, sizeof f);
        CHECK(fl == strlen(l->key[i]) && !memcmp(f, l->key[i], fl));
      }
      for (int i = 0; i < l->n; i++) CHECK_EQ_INT(seen[i], 1);
      free(seen);
    }
}

static gizli_deid *plan(const char *key) {
  gizli_deid *d = NULL;
  gizli_error err;
  if (gizli_deid_create("surrogate", key, &d, &err)) fprintf(stderr, "  %s\n", err.message);
  return d;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* 1,000 distinct "First Last" names of language L (gizli lang), half of each
 * gender, made from the lists; returns the number of distinct surrogates and
 * checks gender and determinism on the way. */
static int distinct_surrogates(gizli_deid *d, int L, int lang) {
  gizli_deid_doc *doc = NULL, *doc2 = NULL;
  CHECK_EQ_INT(gizli_deid_doc_create(d, &doc), 0);
  CHECK_EQ_INT(gizli_deid_doc_create(d, &doc2), 0);
  if (!doc || !doc2) return 0;
  char *in[1000], *out[1000];
  int n = 0;
  unsigned x = 12345u + (unsigned)L;
  while (n < 1000) {
    x = x * 1103515245u + 12345u;
    int female = n & 1;
    const gz_namelist *fl = female ? &nl_female[L] : &nl_male[L];
    const char *first = fl->v[(x >> 8) % (unsigned)fl->n];
    x = x * 1103515245u + 12345u;
    const char *last = nl_last[L].v[(x >> 8) % (unsigned)nl_last[L].n];
    char name[128];
    size_t ll = strlen(last);
    snprintf(name, sizeof name, "%s %s%s", first, last,
             female && L == 1 && ll && last[ll - 1] == 'v' ? "a" : "");
    int dup = 0;
    for (int i = 0; i < n && !dup; i++) dup = !strcmp(in[i], name);
    if (dup) continue;
    /* a name in both gender lists would not say which one it is */
    if (female && find_exact(&nl_male[L], first, strlen(first)) >= 0) continue;
    if (!female && find_exact(&nl_female[L], first, strlen(first)) >= 0) continue;
    in[n] = strdup(name);
    gizli_finding f = {0, strlen(name), GIZLI_T_PERSON, 1.0f, 0};
    const char *o;
    size_t ol, used;
    CHECK_EQ_INT(gizli_deid_value(d, doc, name, strlen(name), &f, lang, NULL, 0, &o, &ol, &used), 0);
    out[n] = strndup(o, ol);
    /* same plan, other doc: same surrogate */
    CHECK_EQ_INT(gizli_deid_value(d, doc2, name, strlen(name), &f, lang, NULL, 0, &o, &ol, &used), 0);
    CHECK(ol == strlen(out[n]) && !memcmp(o, out[n], ol));
    /* the first word is a first name of the same gender and language */
    const char *sp = strchr(out[n], ' ');
    CHECK(sp != NULL);
    if (sp) {
      const gz_namelist *want = female ? &nl_female[L] : &nl_male[L];
      if (find_exact(want, out[n], (size_t)(sp - out[n])) < 0) fprintf(stderr, "  gender? %s -> %s\n", name, out[n]);
      CHECK(find_exact(want, out[n], (size_t)(sp - out[n])) >= 0);
      if (L == 1) { /* Azerbaijani: feminine surnames for women */
        size_t l = strlen(sp + 1);
        const char *e = sp + 1 + l;
        int fem_sn = l > 3 && (!strcmp(e - 3, "ova") || !strcmp(e - 3, "eva"));
        int masc_sn = l > 2 && (!strcmp(e - 2, "ov") || !strcmp(e - 2, "ev"));
        if (female) CHECK(!masc_sn);
        else if (fem_sn) fprintf(stderr, "  az gender? %s -> %s\n", name, out[n]);
        if (!female) CHECK(!fem_sn);
      }
    }
    n++;
  }
  qsort(out, (size_t)n, sizeof out[0], cmp_str);
  int distinct = n > 0;
  for (int i = 1; i < n; i++) distinct += strcmp(out[i - 1], out[i]) != 0;
  for (int i = 0; i < n; i++) {
    free(in[i]);
    free(out[i]);
  }
  gizli_deid_doc_free(doc);
  gizli_deid_doc_free(doc2);
  return distinct;
}

TEST(thousand_names_thousand_surrogates) {
  gizli_deid *d = plan(key_a);
  CHECK(d != NULL);
  if (!d) return;
  static const int langs[3] = {GIZLI_LANG_TR, GIZLI_LANG_AZ, GIZLI_LANG_EN};
  static const char *const names[3] = {"tr", "az", "en"};
  for (int L = 0; L < 3; L++) {
    int k = distinct_surrogates(d, L, langs[L]);
    fprintf(stderr, "  %s: 1000 names -> %d distinct surrogates\n", names[L], k);
    CHECK(k >= 950);
  }
  gizli_deid_free(d);
}

TEST(other_key_other_surrogates) {
  gizli_deid *a = plan(key_a), *b = plan(key_b);
  CHECK(a && b);
  if (!a || !b) {
    gizli_deid_free(a);
    gizli_deid_free(b);
    return;
  }
  gizli_deid_doc *da = NULL, *db = NULL;
  CHECK_EQ_INT(gizli_deid_doc_create(a, &da), 0);
  CHECK_EQ_INT(gizli_deid_doc_create(b, &db), 0);
  int same = 0;
  for (int i = 0; i < 200; i++) {
    const char *first = nl_male[2].v[i % nl_male[2].n], *last = nl_last[2].v[(i * 7) % nl_last[2].n];
    char name[128];
    snprintf(name, sizeof name, "%s %s", first, last);
    gizli_finding f = {0, strlen(name), GIZLI_T_PERSON, 1.0f, 0};
    const char *o1, *o2;
    size_t l1, l2, u;
    CHECK_EQ_INT(gizli_deid_value(a, da, name, strlen(name), &f, GIZLI_LANG_EN, NULL, 0, &o1, &l1, &u), 0);
    char *c1 = strndup(o1, l1);
    CHECK_EQ_INT(gizli_deid_value(b, db, name, strlen(name), &f, GIZLI_LANG_EN, NULL, 0, &o2, &l2, &u), 0);
    same += l1 == l2 && !memcmp(c1, o2, l2);
    CHECK(strcmp(c1, name) != 0);
    free(c1);
  }
  CHECK(same <= 2);
  gizli_deid_doc_free(da);
  gizli_deid_doc_free(db);
  gizli_deid_free(a);
  gizli_deid_free(b);
}

int main(void) {
  snprintf(dir, sizeof dir, "/tmp/gizli-sur-XXXXXX");
  if (!mkdtemp(dir)) abort();
  snprintf(key_a, sizeof key_a, "%s/a.key", dir);
  snprintf(key_b, sizeof key_b, "%s/b.key", dir);
  gizli_error err;
  if (gizli_keygen(key_a, NULL, 0, NULL, &err) || gizli_keygen(key_b, NULL, 0, NULL, &err)) abort();
  static const tt_case cases[] = {TT_CASE(list_keys_match_casefold),
                                  TT_CASE(thousand_names_thousand_surrogates),
                                  TT_CASE(other_key_other_surrogates)};
  int rc = tt_run(cases, (int)(sizeof cases / sizeof cases[0]));
  unlink(key_a);
  unlink(key_b);
  rmdir(dir);
  return rc;
}
