/* util.c - small shared pieces: version, status strings, type and language
 * names, the findings vector, secret wiping, constant-time comparison and hex. */
#include "internal.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define GZ_FIND3_AVX2 1
#endif

#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *gizli_version(void) {
  return GIZLI_VERSION_STRING;
}

const char *gizli_strerror(int status) {
  switch (status) {
  case GIZLI_OK: return "success";
  case GIZLI_E_NOMEM: return "out of memory";
  case GIZLI_E_INVALID: return "invalid argument";
  case GIZLI_E_COMPILE: return "pattern compilation failed";
  case GIZLI_E_POLICY: return "invalid policy";
  case GIZLI_E_IO: return "input/output error";
  case GIZLI_E_UTF8: return "invalid UTF-8";
  case GIZLI_E_JSON: return "malformed JSON";
  case GIZLI_E_KEY: return "key missing or invalid";
  case GIZLI_E_AUTH: return "authentication failed (wrong key or tampered data)";
  case GIZLI_E_CRYPTO: return "cryptographic library error";
  case GIZLI_E_AUDIT: return "audit log verification failed";
  case GIZLI_E_MODEL: return "recognizer model missing or corrupt";
  case GIZLI_E_RANGE: return "value out of range";
  case GIZLI_E_STOPPED: return "stopped by callback";
  case GIZLI_E_SCAN: return "pattern matcher failed during scan";
  case GIZLI_E_IRREVERSIBLE: return "value was de-identified irreversibly";
  default: return "unknown error";
  }
}

static const char *const type_names[GIZLI_T_COUNT] = {
    [GIZLI_T_NONE] = "NONE",
    [GIZLI_T_PERSON] = "PERSON",
    [GIZLI_T_LOCATION] = "LOCATION",
    [GIZLI_T_ORGANIZATION] = "ORGANIZATION",
    [GIZLI_T_EMAIL] = "EMAIL",
    [GIZLI_T_PHONE] = "PHONE",
    [GIZLI_T_IBAN] = "IBAN",
    [GIZLI_T_CREDIT_CARD] = "CREDIT_CARD",
    [GIZLI_T_TR_TCKN] = "TR_TCKN",
    [GIZLI_T_TR_VKN] = "TR_VKN",
    [GIZLI_T_TR_PASSPORT] = "TR_PASSPORT",
    [GIZLI_T_TR_PLATE] = "TR_PLATE",
    [GIZLI_T_TR_MERSIS] = "TR_MERSIS",
    [GIZLI_T_AZ_FIN] = "AZ_FIN",
    [GIZLI_T_AZ_ID_CARD] = "AZ_ID_CARD",
    [GIZLI_T_AZ_PASSPORT] = "AZ_PASSPORT",
    [GIZLI_T_AZ_VOEN] = "AZ_VOEN",
    [GIZLI_T_AZ_PLATE] = "AZ_PLATE",
    [GIZLI_T_IP_ADDRESS] = "IP_ADDRESS",
    [GIZLI_T_MAC_ADDRESS] = "MAC_ADDRESS",
    [GIZLI_T_SOCIAL_HANDLE] = "SOCIAL_HANDLE",
    [GIZLI_T_DATE_OF_BIRTH] = "DATE_OF_BIRTH",
    [GIZLI_T_ADDRESS] = "ADDRESS",
    [GIZLI_T_UK_NINO] = "UK_NINO",
    [GIZLI_T_US_SSN] = "US_SSN",
    [GIZLI_T_CREDENTIAL] = "CREDENTIAL",
    [GIZLI_T_SPECIAL_CATEGORY] = "SPECIAL_CATEGORY",
};

const char *gizli_type_name(int type) {
  if (type < 0 || type >= GIZLI_T_COUNT) return NULL;
  return type_names[type];
}

int gizli_type_from_name(const char *name) {
  if (!name) return GIZLI_T_NONE;
  for (int t = 1; t < GIZLI_T_COUNT; t++)
    if (strcasecmp(name, type_names[t]) == 0) return t;
  return GIZLI_T_NONE;
}

static const char *const lang_names[] = {"auto", "az", "tr", "en"};

const char *gizli_lang_name(int lang) {
  if (lang < 0 || lang > GIZLI_LANG_EN) return NULL;
  return lang_names[lang];
}

int gizli_lang_from_name(const char *name) {
  if (!name) return -1;
  for (int l = 0; l <= GIZLI_LANG_EN; l++)
    if (strcasecmp(name, lang_names[l]) == 0) return l;
  return -1;
}

int gz_grow(void *array, size_t n, size_t *cap, size_t elem, size_t first) {
  if (n < *cap) return 0;
  void *old, *grown;
  memcpy(&old, array, sizeof old);
  size_t nc = *cap ? *cap * 2 : first;
  if (!(grown = realloc(old, nc * elem))) return -1;
  memcpy(array, &grown, sizeof grown);
  *cap = nc;
  return 0;
}

int gz_findings_push(gz_findings *f, size_t start, size_t end, int type, float score,
                     unsigned flags) {
  if (gz_grow(&f->v, f->n, &f->cap, sizeof *f->v, 64)) return GIZLI_E_NOMEM;
  gizli_finding *x = &f->v[f->n++];
  x->start = start;
  x->end = end;
  x->type = type;
  x->score = score;
  x->flags = flags;
  return GIZLI_OK;
}

void gz_findings_free(gz_findings *f) {
  if (!f) return;
  free(f->v);
  f->v = NULL;
  f->n = f->cap = 0;
}

void gz_wipe(void *p, size_t n) {
  if (!p || !n) return;
  volatile unsigned char *v = p;
  while (n--) *v++ = 0;
  __asm__ __volatile__("" ::: "memory");
}

int gz_ct_memcmp(const void *a, const void *b, size_t n) {
  const volatile unsigned char *x = a, *y = b;
  unsigned char d = 0;
  for (size_t i = 0; i < n; i++) d |= (unsigned char)(x[i] ^ y[i]);
  return d != 0;
}

void gz_hex(const unsigned char *in, size_t n, char *out) {
  static const char h[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) out[2 * i] = h[in[i] >> 4], out[2 * i + 1] = h[in[i] & 15];
  out[2 * n] = 0;
}

static int gz_is3(const char *t, size_t i, const char (*needles)[3], int n) {
  for (int k = 0; k < n; k++)
    if (t[i] == needles[k][0] && t[i + 1] == needles[k][1] && t[i + 2] == needles[k][2]) return 1;
  return 0;
}

/* Adds a three-byte needle to a bucket of the nibble tables (gz_nib3 in
 * internal.h): a text offset whose three bytes give a non-zero AND of the
 * six lookups is a candidate; with one needle per bucket, a match. */
void gz_nib3_add(gz_nib3 *m, const char *needle, int bucket) {
  for (int j = 0; j < 3; j++) {
    unsigned char c = (unsigned char)needle[j];
    m->lo[j][c & 15] |= (unsigned char)(1u << bucket);
    m->hi[j][c >> 4] |= (unsigned char)(1u << bucket);
  }
}

/* The buckets whose nibbles the three bytes at p have. */
static unsigned nib3_at(const gz_nib3 *m, const char *p) {
  unsigned r = 0xFF;
  for (int j = 0; j < 3; j++) {
    unsigned char c = (unsigned char)p[j];
    r &= (unsigned)(m->lo[j][c & 15] & m->hi[j][c >> 4]);
  }
  return r;
}

#ifdef GZ_FIND3_AVX2
/* The nibble test 32 offsets at a time, for CPUs with AVX2 (chosen at run
 * time: the library is built for baseline x86-64): vpshufb looks up both
 * nibbles of 32 bytes at once, about 30 instructions per 32 offsets
 * whatever the number of needles (one compare per needle byte took about
 * 60 for eight needles). Returns the first candidate (*found set) or the
 * offset where fewer than 34 bytes remain, from which the caller goes on. */
__attribute__((target("avx2"))) static size_t nib3_avx2(const gz_nib3 *mt, const char *t,
                                                        size_t len, size_t i, int *found) {
  __m256i tl[3], th[3];
  for (int j = 0; j < 3; j++) {
    tl[j] = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)mt->lo[j]));
    th[j] = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)mt->hi[j]));
  }
  const __m256i low4 = _mm256_set1_epi8(15);
  for (; i + 34 <= len; i += 32) {
    __m256i m = _mm256_set1_epi8(-1);
    for (int j = 0; j < 3; j++) {
      __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(t + i + j));
      __m256i l = _mm256_shuffle_epi8(tl[j], _mm256_and_si256(x, low4));
      __m256i h = _mm256_shuffle_epi8(th[j], _mm256_and_si256(_mm256_srli_epi16(x, 4), low4));
      m = _mm256_and_si256(m, _mm256_and_si256(l, h));
    }
    unsigned bits = ~(unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(m, _mm256_setzero_si256()));
    if (bits) {
      *found = 1;
      return i + (size_t)__builtin_ctz(bits);
    }
  }
  return i;
}
#endif

static size_t find3_sse2(const char *t, size_t len, size_t from, const char (*needles)[3],
                         int n);

size_t gz_find3(const char *t, size_t len, size_t from, const char (*needles)[3], int n) {
  if (n > 8) n = 8;
#ifdef GZ_FIND3_AVX2
  if (len - (from < len ? from : len) >= 256 && __builtin_cpu_supports("avx2")) {
    gz_nib3 m;
    gz_find3_prepare(&m, needles, n);
    return gz_find3_with(&m, t, len, from, needles, n);
  }
#endif
  return find3_sse2(t, len, from, needles, n);
}

void gz_find3_prepare(gz_nib3 *m, const char (*needles)[3], int n) {
  memset(m, 0, sizeof *m);
  for (int k = 0; k < n && k < 8; k++) gz_nib3_add(m, needles[k], k);
}

size_t gz_find3_with(const gz_nib3 *m, const char *t, size_t len, size_t from,
                     const char (*needles)[3], int n) {
  size_t i = from;
  if (n > 8) n = 8;
#ifdef GZ_FIND3_AVX2
  if (len - (from < len ? from : len) >= 256 && __builtin_cpu_supports("avx2")) {
    int found = 0;
    i = nib3_avx2(m, t, len, i, &found);
    if (found) return i;
  }
#else
  (void)m;
#endif
  return find3_sse2(t, len, i, needles, n);
}

/* gz_find3 16 offsets at a time with SSE2 (one compare per needle byte),
 * then byte by byte. */
static size_t find3_sse2(const char *t, size_t len, size_t from, const char (*needles)[3], int n) {
  size_t i = from;
#ifdef __SSE2__
  __m128i n0[8], n1[8], n2[8];
  for (int k = 0; k < n; k++) {
    n0[k] = _mm_set1_epi8(needles[k][0]);
    n1[k] = _mm_set1_epi8(needles[k][1]);
    n2[k] = _mm_set1_epi8(needles[k][2]);
  }
  for (; i + 18 <= len; i += 16) {
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(t + i + 1));
    __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(t + i + 2));
    __m128i m = _mm_setzero_si128();
    for (int k = 0; k < n; k++) {
      __m128i x = _mm_and_si128(_mm_cmpeq_epi8(a, n0[k]), _mm_cmpeq_epi8(b, n1[k]));
      m = _mm_or_si128(m, _mm_and_si128(x, _mm_cmpeq_epi8(c, n2[k])));
    }
    unsigned bits = (unsigned)_mm_movemask_epi8(m);
    if (bits) return i + (size_t)__builtin_ctz(bits);
  }
#endif
  for (; i + 3 <= len; i++)
    if (gz_is3(t, i, needles, n)) return i;
  return len;
}

/* gz_each_word a group of eight words at a time: one gz_find3 pass per
 * group (the order of the calls every path keeps). */
static int each_word_groups(const char *t, size_t len, const char *const *words,
                            const unsigned char *head, gz_word_fn fn, void *ctx) {
  for (int g = 0, n = 0; words[g]; g += n) {
    char heads[8][3];
    size_t wl[8], off[8];
    for (n = 0; n < 8 && words[g + n]; n++) {
      wl[n] = strlen(words[g + n]);
      off[n] = head && (size_t)head[g + n] + 3 <= wl[n] ? head[g + n] : 0;
      memcpy(heads[n], words[g + n] + off[n], 3);
    }
    for (size_t i = 0; (i = gz_find3(t, len, i, (const char(*)[3])heads, n)) < len; i++)
      for (int k = 0; k < n; k++) {
        size_t at = i - off[k];
        if (i >= off[k] && at + wl[k] <= len && memcmp(t + at, words[g + k], wl[k]) == 0) {
          int rc = fn(ctx, at, g + k);
          if (rc) return rc;
        }
      }
  }
  return 0;
}

static unsigned char ew_fold(char c) {
  return (unsigned char)(c >= 'A' && c <= 'Z' ? c | 32 : c);
}

/* A word joins the nibble bucket of an earlier word whose needle has the
 * same bytes (ASCII case aside) in at least two of its three positions
 * ("lle" of "alle" and "ALLE", "llu" of "vellud"), so a bucket's nibble
 * sets stay small and a pass of eight buckets makes few false candidates. */
void gz_wordset_init(gz_wordset *s, const char *const *words, const unsigned char *head) {
  memset(s, 0, sizeof *s);
  s->words = words;
  s->head = head;
  int nw = 0;
  while (words[nw] && nw <= GZ_WORDSET_MAX) nw++;
  s->nw = nw;
  if (nw > GZ_WORDSET_MAX) return; /* gz_wordset_each makes the group passes */
  int rep[GZ_WORDSET_MAX];
  for (int w = 0; w < nw; w++) {
    size_t wl = strlen(words[w]);
    s->wl[w] = wl;
    s->off[w] = head && (size_t)head[w] + 3 <= wl ? head[w] : 0;
    const char *nd = words[w] + s->off[w];
    int bk = -1;
    for (int b = 0; b < s->nb && bk < 0; b++) {
      const char *r = words[rep[b]] + s->off[rep[b]];
      int same = 0;
      for (int j = 0; j < 3; j++) same += ew_fold(nd[j]) == ew_fold(r[j]);
      if (same >= 2) bk = b;
    }
    if (bk < 0) rep[s->nb] = w, bk = s->nb++;
    gz_nib3_add(&s->m[bk >> 3], nd, bk & 7);
    s->bucket_words[bk] |= (uint64_t)1 << w;
  }
}

#define EW_MAX_HITS 512

typedef struct ew_hit {
  size_t i, at; /* the needle's offset and the word's */
  int w;
} ew_hit;

/* The order of the group passes: group (w / 8), then offset, then word. */
static int ew_hit_cmp(const void *a, const void *b) {
  const ew_hit *x = a, *y = b;
  if (x->w >> 3 != y->w >> 3) return (x->w >> 3) - (y->w >> 3);
  if (x->i != y->i) return x->i < y->i ? -1 : 1;
  return x->w - y->w;
}

/* With AVX2, one pass per eight buckets (gz_wordset_init): each candidate
 * is checked against its buckets' words. The hits are kept, sorted into
 * the order of the group passes (group w / 8, then offset, then word) and
 * then handed to fn, so fn sees exactly the calls each_word_groups makes.
 * More hits than the buffer holds: the group passes from the start (fn
 * has not been called yet). */
int gz_wordset_each(const gz_wordset *s, const char *t, size_t len, gz_word_fn fn, void *ctx) {
#ifdef GZ_FIND3_AVX2
  if (s->nw == 0) return 0;
  if (s->nw > GZ_WORDSET_MAX || len < 256 || !__builtin_cpu_supports("avx2"))
    return each_word_groups(t, len, s->words, s->head, fn, ctx);
  ew_hit hit[EW_MAX_HITS];
  int nh = 0;
  for (int p = 0; p < (s->nb + 7) / 8; p++)
    for (size_t i = 0; i + 3 <= len; i++) {
      if (i + 34 <= len) {
        int found = 0;
        i = nib3_avx2(&s->m[p], t, len, i, &found);
        if (!found) {
          i--; /* the tail, one offset at a time */
          continue;
        }
      }
      unsigned bm = nib3_at(&s->m[p], t + i);
      if (!bm) continue;
      uint64_t ws = 0;
      for (; bm; bm &= bm - 1) ws |= s->bucket_words[p * 8 + __builtin_ctz(bm)];
      for (; ws; ws &= ws - 1) {
        int w = __builtin_ctzll(ws);
        size_t at = i - s->off[w];
        if (i < s->off[w] || at + s->wl[w] > len || memcmp(t + at, s->words[w], s->wl[w]) != 0)
          continue;
        if (nh == EW_MAX_HITS) return each_word_groups(t, len, s->words, s->head, fn, ctx);
        hit[nh].i = i;
        hit[nh].at = at;
        hit[nh++].w = w;
      }
    }
  if (s->nw > 8) qsort(hit, (size_t)nh, sizeof hit[0], ew_hit_cmp);
  for (int h = 0; h < nh; h++) {
    int rc = fn(ctx, hit[h].at, hit[h].w);
    if (rc) return rc;
  }
  return 0;
#else
  return each_word_groups(t, len, s->words, s->head, fn, ctx);
#endif
}

int gz_each_word(const char *t, size_t len, const char *const *words, const unsigned char *head,
                 gz_word_fn fn, void *ctx) {
  gz_wordset s;
  gz_wordset_init(&s, words, head);
  return gz_wordset_each(&s, t, len, fn, ctx);
}

int gz_digits(const char *p, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (p[i] < '0' || p[i] > '9') return -1;
    v = v * 10 + (p[i] - '0');
  }
  return v;
}

int gz_date10(const char *p, const char *ymd_seps, const char *dmy_seps, int *y, int *m, int *d) {
  if (p[4] && strchr(ymd_seps, p[4]) && p[7] == p[4]) {
    *y = gz_digits(p, 4);
    *m = gz_digits(p + 5, 2);
    *d = gz_digits(p + 8, 2);
  } else if (p[2] && strchr(dmy_seps, p[2]) && p[5] == p[2]) {
    *d = gz_digits(p, 2);
    *m = gz_digits(p + 3, 2);
    *y = gz_digits(p + 6, 4);
  } else {
    return 0;
  }
  return *y >= 0 && *m >= 0 && *d >= 0;
}

int gz_days_in_month(int y, int m) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}
