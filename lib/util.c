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

#ifdef GZ_FIND3_AVX2
/* gz_find3's loop 32 offsets at a time, for CPUs with AVX2 (chosen at run
 * time: the library is built for baseline x86-64). Returns the first hit
 * or the offset where fewer than 34 bytes remain, from which the caller
 * goes on. */
__attribute__((target("avx2"))) static size_t find3_avx2(const char *t, size_t len, size_t i,
                                                          const char (*needles)[3], int n,
                                                          int *found) {
  __m256i n0[8], n1[8], n2[8];
  for (int k = 0; k < n; k++) {
    n0[k] = _mm256_set1_epi8(needles[k][0]);
    n1[k] = _mm256_set1_epi8(needles[k][1]);
    n2[k] = _mm256_set1_epi8(needles[k][2]);
  }
  for (; i + 34 <= len; i += 32) {
    __m256i a = _mm256_loadu_si256((const __m256i *)(const void *)(t + i));
    __m256i b = _mm256_loadu_si256((const __m256i *)(const void *)(t + i + 1));
    __m256i c = _mm256_loadu_si256((const __m256i *)(const void *)(t + i + 2));
    __m256i m = _mm256_setzero_si256();
    for (int k = 0; k < n; k++) {
      __m256i x = _mm256_and_si256(_mm256_cmpeq_epi8(a, n0[k]), _mm256_cmpeq_epi8(b, n1[k]));
      m = _mm256_or_si256(m, _mm256_and_si256(x, _mm256_cmpeq_epi8(c, n2[k])));
    }
    unsigned bits = (unsigned)_mm256_movemask_epi8(m);
    if (bits) {
      *found = 1;
      return i + (size_t)__builtin_ctz(bits);
    }
  }
  return i;
}
#endif

size_t gz_find3(const char *t, size_t len, size_t from, const char (*needles)[3], int n) {
  size_t i = from;
  if (n > 8) n = 8;
#ifdef GZ_FIND3_AVX2
  if (len - (from < len ? from : len) >= 256 && __builtin_cpu_supports("avx2")) {
    int found = 0;
    i = find3_avx2(t, len, i, needles, n, &found);
    if (found) return i;
  }
#endif
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

/* Eight words at a time: gz_find3 finds the three bytes of each at its
 * head offset, memcmp the whole word. */
int gz_each_word(const char *t, size_t len, const char *const *words, const unsigned char *head,
                 gz_word_fn fn, void *ctx) {
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
