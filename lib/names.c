/* names.c - tokenizer, gazetteers, morphology and features of the PERSON /
 * LOCATION / ORGANIZATION recognizer. The decoder and the gz_recognizer entry
 * live in names_scan.c; the model bytes are embedded by names_model.S. */
#include "names.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Embedded data (names_model.S). */
extern const unsigned char gz_names_model_data[], gz_names_model_end[];
extern const unsigned char gz_names_gaz_data[], gz_names_gaz_end[];
extern const unsigned char gz_names_lex_data[], gz_names_lex_end[];

typedef struct gzn_slot {
  uint32_t key;   /* high half of the 64-bit hash, forced non-zero; 0 = empty */
  uint32_t kinds; /* GZN_G_* in the low 16 bits, the word cluster in the high 16 */
} gzn_slot;

static inline uint32_t slot_key(uint64_t h) { return (uint32_t)(h >> 32) | 1u; }

/* Abbreviations that keep their period (skeletons, see is_abbrev). */
static const char *const abbrevs[] = {
    "dr",   "mr",  "mrs", "ms",  "prof", "jr",  "sr", "st",  "gen", "lt",  "col", "maj",
    "capt", "sgt", "hon", "rev", "doc",  "av",  "op", "uzm", "yrd", "gor", "ogr", "sen",
    "rep",  "gov", "mt",  "cad", "sok",  "mah", "pr", "kuc", "sh",  "dk",  NULL};

struct gz_names {
  uint64_t id; /* process-unique, never 0: keys the word caches (gzn_wcache) */
  gzn_slot *table;
  size_t tmask;
  unsigned bits;
  uint32_t fmask;
  uint32_t abbrev_first; /* the first letters of abbrevs[] as bits (1 << (c - 'a')) */
  const int16_t *w;   /* (1 << bits) * GZN_STRIDE, NULL when untrained */
  const gzn_model_header *hdr;
  /* the fields fill_token gives a token of one ASCII sign (flags GZN_F_PUNCT
   * and maybe GZN_F_QUOTE, ncp 1, h_skel = h_word), by byte: the same for
   * every such token, so the tokenizer copies them (sign_fill) */
  struct gzn_sign {
    uint32_t flags;
    uint64_t h_word, h_shape;
  } sign[128];
};

static void sign_init(gz_names *nm);

/* ---------------------------------------------------------------------- */
/* Hashing                                                                 */

static inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

/* Hash of a short byte string, 8 bytes at a time. */
static inline uint64_t hash_bytes(const void *p, size_t n, uint64_t seed) {
  const unsigned char *s = p;
  uint64_t h = (seed + 0x9e3779b97f4a7c15ULL) ^ (n * 0xff51afd7ed558ccdULL);
  while (n >= 8) {
    uint64_t w;
    memcpy(&w, s, 8);
    h = (h ^ w) * 0x87c37b91114253d5ULL;
    h ^= h >> 29;
    s += 8;
    n -= 8;
  }
  /* the last n < 8 bytes as a little-endian number, from two overlapping
   * loads (the overlapping bytes land on the same positions). Like the
   * 8-byte loads above this assumes a little-endian host; the model header's
   * byte-order check rejects the model elsewhere. */
  uint64_t w = 0;
  if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4);
    w = (uint64_t)lo | ((uint64_t)hi << (8 * (n - 4)));
  } else if (n > 0) {
    w = (uint64_t)s[0] | ((uint64_t)s[n / 2] << (8 * (n / 2))) | ((uint64_t)s[n - 1] << (8 * (n - 1)));
  }
  h = (h ^ w) * 0x4cf5ad432745937fULL;
  return mix64(h) | 1; /* never 0: 0 marks empty slots */
}

uint64_t gzn_hash_bytes(const void *p, size_t n, uint64_t seed) { return hash_bytes(p, n, seed); }

/* ---------------------------------------------------------------------- */
/* Gazetteer table                                                         */

static uint32_t table_get(const gz_names *nm, uint64_t h) {
  size_t i = h & nm->tmask;
  uint32_t key = slot_key(h);
  for (;;) {
    const gzn_slot *s = &nm->table[i];
    if (s->key == key) return s->kinds;
    if (s->key == 0) return 0;
    i = (i + 1) & nm->tmask;
  }
}

/* Twenty-first batch: the gazetteer bits of one word given by its bytes
 * (its skeleton's entry; no stems), for a rule that reads a word outside
 * the sentence being decoded. */
uint32_t gzn_word_bits(const gz_names *nm, const char *w, size_t n) {
  char sk[128];
  size_t sn = gzn_skeleton(w, n, sk, sizeof sk);
  return sn ? table_get(nm, hash_bytes(sk, sn, 0)) : 0;
}

static void table_or(gz_names *nm, uint64_t h, uint32_t kinds) {
  size_t i = h & nm->tmask;
  uint32_t key = slot_key(h);
  for (;;) {
    gzn_slot *s = &nm->table[i];
    if (s->key == key || s->key == 0) {
      s->key = key;
      s->kinds |= kinds;
      return;
    }
    i = (i + 1) & nm->tmask;
  }
}

static uint32_t kind_bit(const char *k, size_t n) {
  static const struct { const char *name; uint32_t bit;
  } kinds[] = {
      {"first", GZN_G_FIRST},
      {"last", GZN_G_LAST},
      {"loc", GZN_G_LOC},
      {"orgsfx", GZN_G_ORGSFX},
      {"title", GZN_G_TITLE},
      {"orgkw", GZN_G_ORGKW},
      {"lockw", GZN_G_LOCKW},
      {"patr", GZN_G_PATR},
      {"posttitle", GZN_G_POSTTITLE},
      {"particle", GZN_G_PARTICLE},
      {"common", GZN_G_LCW},
      {"proper", GZN_G_PROPER},
      {"htitle", GZN_G_TITLE | GZN_G_HTITLE},
      {"named", GZN_G_NAMED},
      {"prething", GZN_G_PRETHING},
      {"role", GZN_G_TITLE},
      {"brand", GZN_G_BRAND},
  };
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
    if (strlen(kinds[i].name) == n && memcmp(kinds[i].name, k, n) == 0) return kinds[i].bit;
  return 0;
}

/* Parses "kind<TAB>lang<TAB>word" lines; '#' lines are comments. Only
 * single-word entries can match a token; the word is keyed by its skeleton. */
static void load_tsv(gz_names *nm, const unsigned char *p, const unsigned char *end) {
  while (p < end) {
    const unsigned char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol) eol = end;
    if (*p != '#') {
      const unsigned char *t1 = memchr(p, '\t', (size_t)(eol - p));
      const unsigned char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(eol - t1 - 1)) : NULL;
      if (t1 && t2) {
        uint32_t bit = kind_bit((const char *)p, (size_t)(t1 - p));
        const char *w = (const char *)t2 + 1;
        size_t wn = (size_t)((const char *)eol - w);
        if (wn && w[wn - 1] == '\r') wn--;
        if (bit && wn && !memchr(w, ' ', wn)) {
          char sk[128];
          size_t sn = gzn_skeleton(w, wn, sk, sizeof sk);
          if (sn) table_or(nm, hash_bytes(sk, sn, 0), bit);
        }
      }
    }
    p = eol + 1;
  }
}

/* The gazetteer and lexicon bytes a state is built from. */
typedef struct gzn_lists {
  const unsigned char *gaz, *gaz_end, *lex, *lex_end;
} gzn_lists;

static int build(gz_names **out, unsigned bits, const uint64_t *lcw, size_t n_lcw,
                 const uint64_t *clus_h, const uint16_t *clus_c, size_t n_clus,
                 const gzn_lists *ls) {
  gz_names *nm = calloc(1, sizeof *nm);
  if (!nm) return GIZLI_E_NOMEM;
  size_t lines = 0;
  for (const unsigned char *p = ls->gaz; p < ls->gaz_end; p++) lines += *p == '\n';
  for (const unsigned char *p = ls->lex; p < ls->lex_end; p++) lines += *p == '\n';
  lines += n_lcw + n_clus + 16;
  size_t cap = 1024; /* load factor <= 0.7: half a megabyte for ~36k entries */
  while (cap * 7 < lines * 10) cap <<= 1;
  nm->table = calloc(cap, sizeof *nm->table);
  if (!nm->table) {
    free(nm);
    return GIZLI_E_NOMEM;
  }
  static atomic_uint_fast64_t next_id = 1;
  nm->id = (uint64_t)atomic_fetch_add(&next_id, 1);
  nm->tmask = cap - 1;
  nm->bits = bits;
  nm->fmask = (uint32_t)((1u << bits) - 1);
  for (const char *const *a = abbrevs; *a; a++) nm->abbrev_first |= 1u << ((*a)[0] - 'a');
  load_tsv(nm, ls->gaz, ls->gaz_end);
  load_tsv(nm, ls->lex, ls->lex_end);
  for (size_t i = 0; i < n_lcw; i++)
    if (lcw[i]) table_or(nm, lcw[i], GZN_G_LCW);
  /* word clusters share the slot of the word (one lookup per token) */
  for (size_t i = 0; i < n_clus; i++)
    if (clus_h[i] && clus_c[i]) table_or(nm, clus_h[i], (uint32_t)clus_c[i] << 16);
  sign_init(nm);
  *out = nm;
  return GIZLI_OK;
}

static const gzn_lists embedded_lists = {gz_names_gaz_data, gz_names_gaz_end, gz_names_lex_data,
                                         gz_names_lex_end};

int gz_names_create_untrained(gz_names **out, unsigned bits, const uint64_t *lcw, size_t n_lcw,
                              const uint64_t *clus_h, const uint16_t *clus_c, size_t n_clus,
                              const char *gaz, size_t gaz_n, const char *lex, size_t lex_n) {
  if (!out || bits < 4 || bits > 26 || (n_clus && (!clus_h || !clus_c)) || (!gaz != !lex))
    return GIZLI_E_INVALID;
  gzn_lists ls = embedded_lists;
  if (gaz) {
    ls.gaz = (const unsigned char *)gaz;
    ls.gaz_end = ls.gaz + gaz_n;
    ls.lex = (const unsigned char *)lex;
    ls.lex_end = ls.lex + lex_n;
  }
  return build(out, bits, lcw, n_lcw, clus_h, clus_c, n_clus, &ls);
}

static int fail(gizli_error *err, const char *msg) {
  if (err) {
    memset(err, 0, sizeof *err);
    strncpy(err->message, msg, sizeof err->message - 1);
    strncpy(err->source, "models/names.bin", sizeof err->source - 1);
  }
  return GIZLI_E_MODEL;
}

int gz_names_create_mem(gz_names **out, const void *data, size_t len, gizli_error *err) {
  if (!out || !data) return GIZLI_E_INVALID;
  *out = NULL;
  if (((uintptr_t)data & 7) != 0) return fail(err, "names model: misaligned");
  if (len < sizeof(gzn_model_header)) return fail(err, "names model is truncated");
  const gzn_model_header *h = (const gzn_model_header *)data;
  if (memcmp(h->magic, GZN_MAGIC, 8) != 0) return fail(err, "names model: bad magic");
  if (h->endian != 0x01020304u) return fail(err, "names model: wrong byte order");
  if (h->featset != GZN_FEATSET) return fail(err, "names model: feature set mismatch");
  if (h->bits < 4 || h->bits > 26) return fail(err, "names model: bad size");
  size_t nw = ((size_t)1 << h->bits) * GZN_STRIDE;
  size_t nc = h->n_clus, nc_pad = (nc + 3) & ~(size_t)3;
  size_t need = sizeof *h + nw * sizeof(int16_t) + (size_t)h->n_lcw * sizeof(uint64_t) +
                nc * sizeof(uint64_t) + nc_pad * sizeof(uint16_t);
  if (len != need) return fail(err, "names model: size mismatch");
  const int16_t *w = (const int16_t *)(const void *)((const unsigned char *)data + sizeof *h);
  const uint64_t *lcw = (const uint64_t *)(const void *)(w + nw);
  const uint64_t *clus_h = lcw + h->n_lcw;
  const uint16_t *clus_c = (const uint16_t *)(const void *)(clus_h + nc);
  int rc = build(out, h->bits, lcw, h->n_lcw, clus_h, clus_c, nc, &embedded_lists);
  if (rc) return rc;
  (*out)->w = w;
  (*out)->hdr = h;
  return GIZLI_OK;
}

int gz_names_create(gz_names **out, gizli_error *err) {
  return gz_names_create_mem(out, gz_names_model_data,
                             (size_t)(gz_names_model_end - gz_names_model_data), err);
}

void gz_names_free(gz_names *nm) {
  if (!nm) return;
  free(nm->table);
  free(nm);
}

unsigned gz_names_bits(const gz_names *nm) { return nm->bits; }

/* Accessors used by names_scan.c. */
const int16_t *gzn_weights(const gz_names *nm) { return nm->w; }
const gzn_model_header *gzn_header(const gz_names *nm) { return nm->hdr; }

/* ---------------------------------------------------------------------- */
/* Letters                                                                 */

/* Decodes one code point at s[0..n); returns its length (>= 1) and sets *cp,
 * or -1 in *cp for an invalid byte (length 1). */
static inline size_t decode(const unsigned char *s, size_t n, int32_t *cp) {
  if (s[0] < 0x80) {
    *cp = s[0];
    return 1;
  }
  /* two-byte sequences (Latin-1, Latin Extended: ə ş ç ğ ı ö ü) */
  if (s[0] >= 0xC2 && s[0] <= 0xDF && n >= 2 && (s[1] & 0xC0) == 0x80) {
    *cp = ((int32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    return 2;
  }
  utf8proc_int32_t c;
  utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)(n > 4 ? 4 : n), &c);
  if (k <= 0) {
    *cp = -1;
    return 1;
  }
  *cp = c;
  return (size_t)k;
}

enum { CL_OTHER, CL_SPACE, CL_NL, CL_UPPER, CL_LOWER, CL_LETTER, CL_MARK, CL_DIGIT, CL_PUNCT };

/* Letter case of U+00C0..U+017F and U+018F/U+0259 (Ə/ə) without a table
 * lookup: 1 upper, 0 lower, -1 outside these blocks or not a letter. The
 * values equal utf8proc's categories (Lu/Ll) for every code point covered. */
static inline int latin_case(int32_t c) {
  if (c >= 0xC0 && c <= 0xFF) return c == 0xD7 || c == 0xF7 ? -1 : c <= 0xDE;
  if (c >= 0x100 && c <= 0x137) return !(c & 1);
  if (c == 0x138 || c == 0x149 || c == 0x17F) return 0;
  if (c >= 0x139 && c <= 0x148) return c & 1;
  if (c >= 0x14A && c <= 0x177) return !(c & 1);
  if (c == 0x178) return 1;
  if (c >= 0x179 && c <= 0x17E) return c & 1;
  if (c == 0x18F) return 1;
  if (c == 0x259) return 0;
  return -1;
}

/* classify() for the letters above, -1 for anything else. */
static inline int latin_class(int32_t c) {
  int lc = latin_case(c);
  return lc < 0 ? -1 : lc ? CL_UPPER : CL_LOWER;
}

static int classify_slow(int32_t c);

/* classify() of the ASCII code points: letters, digits, \n \v \f \r (NL),
 * space and tab, the other controls and DEL (OTHER), the rest PUNCT. */
#define O CL_OTHER
#define S CL_SPACE
#define N CL_NL
#define U CL_UPPER
#define L CL_LOWER
#define D CL_DIGIT
#define P CL_PUNCT
static const unsigned char ascii_class[128] = {
    O, O, O, O, O, O, O, O, O, S, N, N, N, N, O, O, /* 0x00 */
    O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, /* 0x10 */
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* 0x20 ' ' */
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P, /* 0x30 '0' */
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, /* 0x40 '@' */
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P, /* 0x50 'P' */
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* 0x60 '`' */
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, O, /* 0x70 'p' */
};
#undef O
#undef S
#undef N
#undef U
#undef L
#undef D
#undef P

static inline int classify(int32_t c) {
  if (c < 0x80) return c < 0 ? CL_OTHER : ascii_class[c];
  return classify_slow(c);
}

/* classify() above U+007F (kept out of line so that the ASCII test inlines). */
static int classify_slow(int32_t c) {
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return CL_NL;
  int fast = latin_class(c);
  if (fast >= 0) return fast;
  switch (utf8proc_category(c)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LT:
    return CL_UPPER;
  case UTF8PROC_CATEGORY_LL:
    return CL_LOWER;
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
    return CL_LETTER;
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME:
    return CL_MARK;
  case UTF8PROC_CATEGORY_ND:
    return CL_DIGIT;
  case UTF8PROC_CATEGORY_ZS:
    return CL_SPACE;
  case UTF8PROC_CATEGORY_ZL:
  case UTF8PROC_CATEGORY_ZP:
    return CL_NL;
  case UTF8PROC_CATEGORY_CC:
  case UTF8PROC_CATEGORY_CF:
  case UTF8PROC_CATEGORY_CS:
  case UTF8PROC_CATEGORY_CO:
  case UTF8PROC_CATEGORY_CN:
    return CL_OTHER;
  default:
    return CL_PUNCT;
  }
}

static inline int is_wordc(int cl) {
  return cl == CL_UPPER || cl == CL_LOWER || cl == CL_LETTER || cl == CL_MARK || cl == CL_DIGIT;
}
static inline int is_apos(int32_t c) { return c == '\'' || c == 0x2019 || c == 0x2bc || c == 0x60; }

/* Folds one code point to the skeleton alphabet: lower-case, Turkish dotted
 * and dotless i merged, Turkic and common Latin diacritics removed. Returns 0
 * for code points to drop (combining dot above). */
static inline int32_t skel_cp(int32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  /* lower-case Latin-1 / Latin Extended-A capitals first, so that both cases
   * fold to the same letter below ("Ó" and "ó" -> "o") */
  int lc = latin_case(c);
  if (lc == 1 && c != 0x130)
    c = c <= 0xDE ? c + 32 : c == 0x178 ? 0xFF : c == 0x18F ? 0x259 : c + 1;
  switch (c) {
  case 0x130: case 0x131: case 0xee: case 0xce: case 0xec: case 0xed: case 0xef: return 'i';
  case 0x307: return 0;
  case 0x259: case 0x18f: case 0xe4: case 0xc4: case 0xe2: case 0xc2: case 0xe0: case 0xe1:
  case 0xe3: case 0xe5: case 0xc0: case 0xc1: return 'a';
  case 0x15f: case 0x15e: case 0x161: case 0x160: case 0x219: case 0x218: return 's';
  case 0xe7: case 0xc7: case 0x10d: case 0x10c: case 0x107: return 'c';
  case 0x11f: case 0x11e: return 'g';
  case 0xf6: case 0xd6: case 0xf4: case 0xf3: case 0xf2: case 0xf8: case 0xf5: return 'o';
  case 0xfc: case 0xdc: case 0xfb: case 0xdb: case 0xfa: case 0xf9: return 'u';
  case 0xe9: case 0xe8: case 0xea: case 0xeb: case 0xc9: case 0x11b: return 'e';
  case 0xf1: case 0xd1: case 0x148: return 'n';
  case 0x17e: case 0x17d: return 'z';
  case 0x159: return 'r';
  case 0xfd: case 0xff: return 'y';
  default:
    return lc >= 0 ? c : utf8proc_tolower(c);
  }
}

static size_t put_utf8(int32_t c, char *out, size_t cap, size_t o) {
  if (c < 0x80) {
    if (o < cap) out[o++] = (char)c;
    return o;
  }
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t k = utf8proc_encode_char(c, buf);
  if (k <= 0 || o + (size_t)k > cap) return o;
  memcpy(out + o, buf, (size_t)k);
  return o + (size_t)k;
}

size_t gzn_skeleton(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    int32_t c;
    i += decode((const unsigned char *)s + i, n - i, &c);
    if (c < 0) continue;
    int32_t k = skel_cp(c);
    if (k) o = put_utf8(k, out, cap, o);
  }
  return o;
}

/* ---------------------------------------------------------------------- */
/* Morphology                                                              */

#define ends(s, n, suf) ((n) >= sizeof(suf) - 1 && memcmp((s) + (n) - (sizeof(suf) - 1), suf, sizeof(suf) - 1) == 0)

/* Surname-morphology class of a skeleton word (0 = none). */
static uint32_t morph_class(const char *s, size_t n) {
  if (n < 4) return 0;
  /* dispatch on the last letter; within a letter the endings are tried in
   * the order of the classes' priority (patronymic, -ov/-yev, -zadə, -oğlu,
   * -shvili/-dze, -ski, -yan, -enko, -li) */
  switch (s[n - 1]) {
  case 'h': return ends(s, n, "ovich") || ends(s, n, "evich") ? 9 : 0;
  case 'c': return ends(s, n, "ovic") || ends(s, n, "evic") ? 9 : 0;
  case 'a':
    if (ends(s, n, "ovna") || ends(s, n, "evna")) return 9;
    if (ends(s, n, "ova") || ends(s, n, "eva")) return 1; /* also -yeva */
    if (ends(s, n, "zada")) return 2;
    if (ends(s, n, "ska")) return 5;
    return 0;
  case 'v': return ends(s, n, "ov") || ends(s, n, "ev") ? 1 : 0; /* also -yev, -iyev */
  case 'f': return ends(s, n, "yeff") ? 1 : 0;
  case 'e':
    if (ends(s, n, "zade")) return 2;
    if (ends(s, n, "dze")) return 7;
    return 0;
  case 'u':
    if (ends(s, n, "oglu")) return 3;
    if (ends(s, n, "lu")) return 4;
    return 0;
  case 'y':
    if (ends(s, n, "ogly")) return 3;
    if (ends(s, n, "sky")) return 5;
    return 0;
  case 'i':
    if (ends(s, n, "ogullari")) return 3;
    if (ends(s, n, "shvili") || ends(s, n, "svili")) return 7; /* az "-şvili" */
    if (ends(s, n, "ski")) return 5;
    if (ends(s, n, "li")) return 4;
    return 0;
  case 'n': return ends(s, n, "yan") || ends(s, n, "ian") ? 6 : 0;
  case 'o': return ends(s, n, "enko") ? 8 : 0;
  default: return 0;
  }
}

/* Azerbaijani/Turkish case and number suffixes in skeleton form, longest
 * first, tried when a capitalised word is not in a gazetteer itself. */
typedef struct sfx {
  const char *s;
  size_t n;
} sfx;
#define SFX(x) {x, sizeof(x) - 1}
static const sfx case_sfx[] = {
    SFX("larinin"), SFX("lerinin"), SFX("ndan"), SFX("nden"), SFX("nin"), SFX("nun"),
    SFX("dan"), SFX("den"), SFX("tan"), SFX("ten"), SFX("nda"), SFX("nde"), SFX("yla"),
    SFX("yle"), SFX("lar"), SFX("ler"), SFX("dir"), SFX("dur"), SFX("in"), SFX("un"),
    SFX("ya"), SFX("ye"), SFX("yi"), SFX("yu"), SFX("da"), SFX("de"), SFX("ta"), SFX("te"),
    SFX("la"), SFX("le"), SFX("na"), SFX("ne"), SFX("ni"), SFX("nu"), SFX("a"), SFX("e"),
    SFX("i"), SFX("u"), {NULL, 0}};

/* ---------------------------------------------------------------------- */
/* Tokenizer                                                               */

/* Computes the hashes, gazetteer bits and morphology of a token whose core
 * bytes are set. */
static void fill_token(const gz_names *nm, const char *text, gzn_tok *t, int ascii) {
  char sk[96];
  uint32_t cps[48];
  char shape[16] = {0};
  size_t sn = 0, ncp = 0, shn = 0;
  int nup = 0, nlow = 0, ndig = 0, first_cl = -1;
  char last_sh = 0;
  if (ascii) {
    /* the same as the general loop below, for ASCII-only tokens: a code
     * point is a byte, so cps[] is the identity (filled below only where the
     * affixes need it) */
    const unsigned char *p = (const unsigned char *)text + t->start;
    size_t len = t->end - t->start;
    first_cl = classify(p[0]);
    for (size_t i = 0; i < len; i++) {
      unsigned char c = p[i];
      char sh;
      if ((unsigned)(c - 'a') < 26u)
        nlow++, sh = 'x';
      else if ((unsigned)(c - 'A') < 26u)
        nup++, sh = 'X', c += 32;
      else if ((unsigned)(c - '0') < 10u)
        ndig++, sh = 'd';
      else
        sh = (char)c;
      if (sh != last_sh && shn < sizeof shape - 1) shape[shn++] = sh;
      last_sh = sh;
      if (i < sizeof sk) sk[i] = (char)c;
    }
    sn = len < sizeof sk ? len : sizeof sk;
    ncp = sn < 48 ? sn : 48;
  }
  for (size_t i = t->start; !ascii && i < t->end;) {
    int32_t c;
    i += decode((const unsigned char *)text + i, t->end - i, &c);
    if (c < 0) continue;
    int cl = classify(c);
    if (first_cl < 0 && cl != CL_MARK) first_cl = cl;
    char sh;
    if (cl == CL_UPPER) nup++, sh = 'X';
    else if (cl == CL_LOWER || cl == CL_LETTER) nlow += cl == CL_LOWER, sh = 'x';
    else if (cl == CL_DIGIT) ndig++, sh = 'd';
    else if (cl == CL_MARK) sh = 0;
    else sh = (c < 0x80) ? (char)c : 'p';
    if (sh && sh != last_sh && shn < sizeof shape - 1) shape[shn++] = sh;
    if (sh) last_sh = sh;
    int32_t k = skel_cp(c);
    if (k) {
      size_t before = sn;
      sn = put_utf8(k, sk, sizeof sk, sn);
      if (sn != before && ncp < 48) cps[ncp++] = (uint32_t)before;
    }
  }
  t->ncp = (uint32_t)ncp;
  if (nup + nlow > 0) t->flags |= GZN_F_WORD;
  if (ndig) t->flags |= GZN_F_DIGIT;
  if (first_cl == CL_UPPER) t->flags |= GZN_F_CAP;
  if (nup >= 2 && nlow == 0) t->flags |= GZN_F_ALLCAP;
  if (nlow > 0 && nup == 0) t->flags |= GZN_F_LOWER;
  if (!(t->flags & (GZN_F_WORD | GZN_F_DIGIT))) {
    t->flags |= GZN_F_PUNCT;
    /* quotation marks and brackets: " ( ) [ ], “ ” „ and « » */
    const unsigned char *q = (const unsigned char *)text + t->start;
    size_t qn = t->end - t->start;
    if (*q == '"' || *q == '(' || *q == ')' || *q == '[' || *q == ']' ||
        (qn >= 3 && q[0] == 0xE2 && q[1] == 0x80 && q[2] >= 0x9C && q[2] <= 0x9E) ||
        (qn >= 2 && q[0] == 0xC2 && (q[1] == 0xAB || q[1] == 0xBB)))
      t->flags |= GZN_F_QUOTE;
  }
  t->h_word = hash_bytes(sk, sn, 0);
  /* the skeleton without a final period (initials, abbreviations) */
  size_t core = sn;
  if (core > 1 && sk[core - 1] == '.') core--;
  t->h_skel = core == sn ? t->h_word : hash_bytes(sk, core, 0);
  /* short shapes ("Xx", "X.", "x") are packed into the value itself, which
   * the feature hash mixes anyway: one hash fewer per token */
  if (shn <= 7) {
    /* shn, then shape[0..shn) as the bytes 1..shn of a little-endian number */
    uint64_t v = 0;
    memcpy(&v, shape, 7);
    t->h_shape = shn | ((v & ((UINT64_C(1) << (8 * shn)) - 1)) << 8);
  } else {
    t->h_shape = hash_bytes(shape, shn, 1);
  }
  if (!(t->flags & GZN_F_WORD)) return;
  uint32_t slot = table_get(nm, t->h_skel);
  /* seventeenth batch: a lexicon entry written with its period ("Av.",
   * "Doç.", "Şti.") is keyed with it, and matches the abbreviation written
   * with it (a token that keeps its period); the bare word ("av", "sen")
   * keeps its own kinds */
  if (core != sn) slot |= table_get(nm, t->h_word) & 0xffffu;
  t->gaz = slot & 0xffffu;
  t->clus = slot >> 16;
  /* a capitalised noun with the possessive "our" (-ımız/-imiz/-umuz/-ümüz)
   * before a name is a role: "Müdürümüz", "Başkanımız", "Qonşumuz" */
  if ((t->flags & GZN_F_CAP) && core >= 7 && !(t->gaz & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)) &&
      (ends(sk, core, "imiz") || ends(sk, core, "umuz")))
    t->gaz |= GZN_G_TITLE;
  /* the same noun with a case suffix after "our" is a common noun, not a
   * name: "Məktəbimizin", "Şirketimizde" (no name has -imiz- inside) */
  else if ((t->flags & GZN_F_CAP) && core >= 9 &&
           !(t->gaz & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)))
    for (size_t k = 1; k <= 4; k++)
      if (ends(sk, core - k, "imiz") || ends(sk, core - k, "umuz")) {
        t->gaz |= GZN_G_LCW;
        break;
      }
  /* a capitalised noun with the possessive "your" (a vowel, then -nız/-niz/
   * -nuz/-nüz, also with a case suffix after it) is a common noun:
   * "Ailəniz", "Gazetenizin" (first in a letter or an interview); not
   * the names ending in "deniz" (sea): "Gökdeniz", "Karadeniz" */
  if ((t->flags & GZN_F_CAP) && core >= 7 && !(t->gaz & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)))
    for (size_t k = 0; k <= 4 && core - k >= 7; k++) {
      size_t e = core - k;
      char v = sk[e - 4];
      if (sk[e - 1] == 'z' && (sk[e - 2] == 'i' || sk[e - 2] == 'u') && sk[e - 3] == 'n' &&
          (v == 'a' || v == 'e' || v == 'i' || v == 'o' || v == 'u') &&
          !(v == 'e' && sk[e - 5] == 'd')) {
        t->gaz |= GZN_G_LCW;
        break;
      }
    }
  size_t cpn = ncp;
  /* a title with a possessive suffix is a title: "Başbakanı", "Spikeri"
   * (-ı/-i/-u/-ü), "Valisi", "Sözcüsü" (-sı/-si/-su/-sü) */
  if ((t->flags & GZN_F_CAP) && core >= 5 && !(t->gaz & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)) &&
      (sk[core - 1] == 'i' || sk[core - 1] == 'u')) {
    uint32_t g1 = table_get(nm, hash_bytes(sk, core - 1, 0));
    if (!(g1 & GZN_G_TITLE) && sk[core - 2] == 's') g1 = table_get(nm, hash_bytes(sk, core - 2, 0));
    if ((g1 & GZN_G_TITLE) && !(g1 & (GZN_G_FIRST | GZN_G_LAST))) t->gaz |= GZN_G_TITLE;
  }
  if (core >= 3) {
    t->morph = morph_class(sk, core);
    /* stem matches: only for capitalised words, to keep the scan fast */
    if ((t->flags & GZN_F_CAP) && !(t->gaz & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)) &&
        core >= 4) {
      char last = sk[core - 1];
      if (last != 'n' && last != 'a' && last != 'e' && last != 'i' && last != 'u' && last != 'r')
        goto affixes;
      for (const sfx *sf = case_sfx; sf->s; sf++) {
        size_t k = sf->n;
        if (last != sf->s[k - 1]) continue;
        if (core < k + 3) continue;
        size_t same = 0;
        while (same < k && sk[core - k + same] == sf->s[same]) same++;
        if (same != k) continue;
        uint64_t hs = hash_bytes(sk, core - k, 0);
        if (t->n_stem < GZN_MAX_STEMS) t->h_stem[t->n_stem++] = hs;
        uint32_t g_all = table_get(nm, hs) & 0xffffu;
        /* fourteenth batch: first in a sentence, a stem that ends in "ğ"
         * before the vowel of the suffix is a stem in "k" softened
         * ("Etkinliği" is "etkinlik" + "i"); only its common-word kind
         * counts (inside a name it is a head word: "Orman Çiftliği") */
        char v0 = sf->s[0];
        if (!g_all && (t->flags & GZN_F_SSTART) && sk[core - k - 1] == 'g' &&
            (v0 == 'a' || v0 == 'e' || v0 == 'i' || v0 == 'u')) {
          char soft[96];
          size_t sl = core - k;
          {
            memcpy(soft, sk, sl);
            soft[sl - 1] = 'k';
            uint32_t gs = table_get(nm, hash_bytes(soft, sl, 0)) & 0xffffu;
            if ((gs & GZN_G_LCW) && !(gs & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)) &&
                !(t->gaz & (GZN_G_FIRST | GZN_G_LAST))) {
              t->gaz |= GZN_G_LCW;
              t->flags |= GZN_F_STEMLCW;
              break;
            }
          }
        }
        uint32_t g = g_all & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW);
        /* a common word with a case suffix is a common word ("Hesabatı") */
        if ((g_all & GZN_G_LCW) && !g && !(t->gaz & (GZN_G_FIRST | GZN_G_LAST))) {
          t->gaz |= GZN_G_LCW;
          t->flags |= GZN_F_STEMLCW;
          break;
        }
        if (g_all & GZN_G_LCW) t->flags |= GZN_F_STEMLCW;
        uint32_t m = morph_class(sk, core - k);
        if (g) t->gaz |= g << 16;
        if (g & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)) t->flags |= GZN_F_CLOSE;
        if (!t->morph && m && m != 4) t->morph = m + 16;
        if (g) {
          /* first in a sentence, a shorter suffix may leave a common word:
           * "Törende" is "tören" + "de", not the name "Töre" + "nde" */
          for (const sfx *s2 = sf + 1; (t->flags & GZN_F_SSTART) && s2->s; s2++) {
            size_t k2 = s2->n;
            if (k2 >= k || last != s2->s[k2 - 1] || memcmp(sk + core - k2, s2->s, k2) != 0)
              continue;
            if (table_get(nm, hash_bytes(sk, core - k2, 0)) & GZN_G_LCW) {
              t->flags |= GZN_F_STEMLCW;
              break;
            }
          }
          break;
        }
      }
    }
  }
affixes:
  /* affixes over code points: only for tokens that can be candidates */
  if ((t->flags & (GZN_F_CAP | GZN_F_ALLCAP)) || t->morph ||
      (t->gaz & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC | GZN_G_PATR | GZN_G_PARTICLE))) {
    if (ascii)
      for (size_t q = 0; q < cpn; q++) cps[q] = (uint32_t)q;
    t->h_suf2 = cpn >= 2 ? hash_bytes(sk + cps[cpn - 2], sn - cps[cpn - 2], 2) : 0;
    t->h_suf3 = cpn >= 3 ? hash_bytes(sk + cps[cpn - 3], sn - cps[cpn - 3], 3) : 0;
    t->h_suf4 = cpn >= 5 ? hash_bytes(sk + cps[cpn - 4], sn - cps[cpn - 4], 4) : 0;
    t->h_pre2 = cpn >= 3 ? hash_bytes(sk, cps[2], 5) : 0;
    t->h_pre3 = cpn >= 4 ? hash_bytes(sk, cps[3], 6) : 0;
  }
}

/* Fills nm->sign: fill_token on each ASCII sign alone. A token of one
 * sign is no word, so fill_token reads no list for it and its fields do not
 * depend on the sentence start. */
static void sign_init(gz_names *nm) {
  for (int c = 0; c < 128; c++) {
    if (classify(c) != CL_PUNCT) continue;
    char b = (char)c;
    gzn_tok t;
    memset(&t, 0, sizeof t);
    t.end = t.full_end = 1;
    fill_token(nm, &b, &t, 1);
    nm->sign[c].flags = t.flags;
    nm->sign[c].h_word = t.h_word;
    nm->sign[c].h_shape = t.h_shape;
  }
}

size_t gzn_case_stems(const char *text, const gzn_tok *t, uint64_t *out, size_t cap) {
  char sk[96];
  size_t sn = gzn_skeleton(text + t->start, t->end - t->start, sk, sizeof sk), k = 0;
  if (sn < 5) return 0;
  char last = sk[sn - 1];
  for (const sfx *sf = case_sfx; sf->s && k < cap; sf++)
    if (sf->s[sf->n - 1] == last && sn >= sf->n + 4 && !memcmp(sk + sn - sf->n, sf->s, sf->n))
      out[k++] = hash_bytes(sk, sn - sf->n, 0);
  return k;
}

uint32_t gzn_stem_bits(const gz_names *nm, const char *text, const gzn_tok *t) {
  char sk[96];
  uint32_t g = 0;
  size_t sn = gzn_skeleton(text + t->start, t->end - t->start, sk, sizeof sk);
  if (sn < 4 || sn >= sizeof sk) return 0;
  /* sixteenth batch: the copula -dır/-dir/-dur/-dür (-tır, ...) after a
   * case suffix is dropped first: "küçəsindədir" ("is on ... street") is
   * looked up as "küçəsində" */
  if (sn >= 10 && (sk[sn - 3] == 'd' || sk[sn - 3] == 't') &&
      (sk[sn - 2] == 'i' || sk[sn - 2] == 'u') && sk[sn - 1] == 'r' &&
      (sk[sn - 4] == 'a' || sk[sn - 4] == 'e'))
    sn -= 3;
  char last = sk[sn - 1];
  for (const sfx *sf = case_sfx; sf->s; sf++) {
    size_t m = sf->n, r = sn - m;
    if (last != sf->s[m - 1] || sn < m + 3 || memcmp(sk + r, sf->s, m) != 0) continue;
    /* only compounds: the stem ends in the possessive -ı/-i/-u/-ü ("parkı" +
     * "nın"), so that "parkda" ("in the park") is not "park" */
    if (sk[r - 1] == 'i' || sk[r - 1] == 'u') g |= table_get(nm, hash_bytes(sk, r, 0)) & 0xffffu;
  }
  /* the locative with the relative -ki after a compound: "küçəsindəki",
   * "ilçesindeki" ("the one in ... street/district") */
  if (sn >= 9 && (!memcmp(sk + sn - 5, "ndeki", 5) || !memcmp(sk + sn - 5, "ndaki", 5)) &&
      (sk[sn - 6] == 'i' || sk[sn - 6] == 'u'))
    g |= table_get(nm, hash_bytes(sk, sn - 5, 0)) & 0xffffu;
  return g;
}

uint32_t gzn_origin_bits(const gz_names *nm, const char *text, const gzn_tok *t) {
  char sk[96];
  size_t sn = gzn_skeleton(text + t->start, t->end - t->start, sk, sizeof sk);
  if (sn < 6 || sn >= sizeof sk || sk[sn - 2] != 'l' || (sk[sn - 1] != 'i' && sk[sn - 1] != 'u'))
    return 0;
  return table_get(nm, hash_bytes(sk, sn - 2, 0)) & 0xffffu;
}

static int is_abbrev(const gz_names *nm, const char *text, size_t s, size_t e) {
  char sk[16];
  if (e - s > 5) return 0; /* the longest, "capt"/"prof"/"doç", is at most 5 bytes */
  /* an ASCII byte is its own skeleton letter (lower-cased): a word that
   * starts with a digit ("2.4.45", "10.141.253.129", a date) or with a
   * letter no abbreviation starts with is none, without the skeleton */
  unsigned char c0 = (unsigned char)text[s];
  if (c0 < 0x80) {
    unsigned l = (unsigned)(c0 | 0x20) - 'a';
    if (l >= 26 || !((nm->abbrev_first >> l) & 1)) return 0;
  }
  size_t n = gzn_skeleton(text + s, e - s, sk, sizeof sk - 1);
  sk[n] = 0;
  for (const char *const *a = abbrevs; *a; a++)
    if ((*a)[0] == sk[0] && strcmp(*a, sk) == 0) return 1;
  return 0;
}

/* A Roman numeral with a period before a capitalised word is a regnal or
 * ordinal number that belongs to the name ("VIII. Henry", "II. Murşili",
 * Turkish "II. Dünya Savaşı"): it keeps its period and does not end the
 * sentence. text[s..e) is the word, text[e] the period. */
static int is_regnal(const unsigned char *u, size_t s, size_t e, size_t len) {
  if (e - s < 2 || e - s > 6 || e + 2 >= len || u[e + 1] != ' ') return 0;
  for (size_t i = s; i < e; i++)
    if (u[i] != 'I' && u[i] != 'V' && u[i] != 'X' && u[i] != 'L' && u[i] != 'C') return 0;
  int32_t c;
  decode(u + e + 2, len - e - 2, &c);
  return classify(c) == CL_UPPER;
}

/* The ASCII bytes of a word's fast path in gzn_next_sentence: 1 for a letter,
 * 2 for a digit, 0 for any other byte (also every byte >= 0x80). */
static const unsigned char word_byte[256] = {
    ['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2, ['5'] = 2, ['6'] = 2, ['7'] = 2,
    ['8'] = 2, ['9'] = 2, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
    ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
    ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1,
    ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,
    ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
    ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/* Bytes that glue a word to what is next to it: before a word '@', '#', '/'
 * and '_' make it a handle, tag or URL part (GLUE_BEFORE), after it '_' and
 * '@' a user name (GLUE_AFTER); a period after it may belong to an initial
 * or an abbreviation (GLUE_PERIOD); the ASCII hyphen and apostrophes ('\''
 * and '`', see is_apos) may join more letters to it (GLUE_JOIN). */
enum { GLUE_BEFORE = 1, GLUE_AFTER = 2, GLUE_PERIOD = 4, GLUE_JOIN = 8 };
static const unsigned char glue_byte[256] = {
    ['@'] = GLUE_BEFORE | GLUE_AFTER,
    ['#'] = GLUE_BEFORE,
    ['/'] = GLUE_BEFORE,
    ['_'] = GLUE_BEFORE | GLUE_AFTER,
    ['.'] = GLUE_PERIOD,
    ['-'] = GLUE_JOIN,
    ['\''] = GLUE_JOIN,
    ['`'] = GLUE_JOIN,
};

/* The bytes of a word of 1..16 bytes as two little-endian numbers, from
 * loads inside the word that together cover every byte: the first and last
 * 8, or 4, or the first, middle and last byte. With the length, two words
 * have the same numbers only when they have the same bytes. */
static inline void wc_key(const unsigned char *p, size_t n, uint64_t *a, uint64_t *b) {
  if (n >= 8) {
    memcpy(a, p, 8);
    memcpy(b, p + n - 8, 8);
  } else if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, p, 4);
    memcpy(&hi, p + n - 4, 4);
    *a = lo, *b = hi;
  } else {
    *a = p[0] | ((uint64_t)p[n / 2] << 8) | ((uint64_t)p[n - 1] << 16), *b = 0;
  }
}

#define GZN_WC_EXT 0x400u /* entry key bit: x[] holds affix or stem hashes */

/* The fields fill_token adds to (gaz) or sets only for some tokens, zeroed
 * before it runs. */
static inline void clear_fill(gzn_tok *t) {
  t->h_suf2 = t->h_suf3 = t->h_suf4 = t->h_pre2 = t->h_pre3 = 0;
  t->gaz = t->morph = t->clus = 0;
  t->n_stem = 0;
}

/* fill_token through the word cache wc (NULL: none). fill_token depends on
 * the token's bytes, the ASCII path and GZN_F_SSTART only, sets flags only by
 * OR-ing them in, and writes the fields an entry holds once clear_fill has
 * zeroed them. So a miss runs it on the flags GZN_F_SSTART alone and stores
 * what it set; a hit ORs the stored flags into the token's own and copies
 * the stored fields (the affix and stem fields are zero without x[]). */
static void fill_cached(const gz_names *nm, gzn_wcache *wc, const char *text, gzn_tok *t,
                        int ascii) {
  size_t n = t->end - t->start;
  /* a token of five bytes or more that starts with a digit (a phone
   * number's group, an ID, a code) seldom repeats: caching it would only
   * push out a word that does */
  unsigned char c0 = (unsigned char)text[t->start];
  if (!wc || n > GZN_WC_MAXLEN || (n >= 5 && c0 >= '0' && c0 <= '9')) {
    clear_fill(t);
    fill_token(nm, text, t, ascii);
    return;
  }
  uint32_t before = t->flags, sstart = before & GZN_F_SSTART;
  uint64_t a, b;
  wc_key((const unsigned char *)text + t->start, n, &a, &b);
  _Static_assert(GZN_F_SSTART == 0x100u, "the key's sentence-start bit is GZN_F_SSTART");
  uint32_t key = (uint32_t)n | sstart | ((uint32_t)(ascii != 0) << 9);
  uint64_t h = ((a * 0x9e3779b97f4a7c15ULL) ^ (b + key)) * 0xff51afd7ed558ccdULL;
  size_t slot = (size_t)(h >> 40) & (GZN_WC_SLOTS - 1);
  gzn_wc_entry *e = &wc->e[slot];
  gzn_wc_ext *x = &wc->x[slot];
  if ((e->key & ~GZN_WC_EXT) == key && e->a == a && e->b == b) {
    t->flags = before | e->flags;
    t->gaz = e->gaz, t->morph = e->morph, t->ncp = e->ncp, t->clus = e->clus;
    t->h_word = e->h_word, t->h_skel = e->h_skel, t->h_shape = e->h_shape;
    if (e->key & GZN_WC_EXT) {
      t->h_suf2 = x->h_suf2, t->h_suf3 = x->h_suf3, t->h_suf4 = x->h_suf4;
      t->h_pre2 = x->h_pre2, t->h_pre3 = x->h_pre3;
      t->n_stem = x->n_stem;
      for (uint32_t k = 0; k < x->n_stem; k++) t->h_stem[k] = x->h_stem[k];
    } else {
      t->h_suf2 = t->h_suf3 = t->h_suf4 = t->h_pre2 = t->h_pre3 = 0;
      t->n_stem = 0;
    }
    return;
  }
  t->flags = sstart;
  clear_fill(t);
  fill_token(nm, text, t, ascii);
  e->a = a, e->b = b, e->key = key;
  e->flags = t->flags;
  e->gaz = t->gaz, e->morph = t->morph, e->ncp = t->ncp, e->clus = t->clus;
  e->h_word = t->h_word, e->h_skel = t->h_skel, e->h_shape = t->h_shape;
  if (t->h_suf2 | t->h_suf3 | t->h_suf4 | t->h_pre2 | t->h_pre3 | t->n_stem) {
    e->key |= GZN_WC_EXT;
    x->h_suf2 = t->h_suf2, x->h_suf3 = t->h_suf3, x->h_suf4 = t->h_suf4;
    x->h_pre2 = t->h_pre2, x->h_pre3 = t->h_pre3;
    x->n_stem = t->n_stem;
    memcpy(x->h_stem, t->h_stem, t->n_stem * sizeof t->h_stem[0]);
  }
  t->flags |= before;
}

/* The end of the run of ASCII letters and digits from u[j]. With SSE2 16
 * bytes at a time while 16 remain. */
static inline size_t ascii_run(const unsigned char *u, size_t j, size_t len) {
#ifdef __SSE2__
  const __m128i a1 = _mm_set1_epi8('a' - 1), z1 = _mm_set1_epi8('z' + 1);
  const __m128i d0 = _mm_set1_epi8('0' - 1), d9 = _mm_set1_epi8('9' + 1);
  for (; j + 16 <= len; j += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + j));
    __m128i f = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(f, a1), _mm_cmplt_epi8(f, z1));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, d0), _mm_cmplt_epi8(v, d9));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
    if (m != 0xffffu) return j + (unsigned)__builtin_ctz(~m); /* the first other byte */
  }
#endif
  while (j < len && word_byte[u[j]]) j++;
  return j;
}

/* Whether the word characters of text[s..e) (the part of a word read so
 * far, its characters decoded as the tokenizer did) include one that is no
 * digit: asked only at an apostrophe, so the word loop need not count. */
static int has_letter(const unsigned char *u, size_t s, size_t e, size_t len) {
  for (size_t p = s; p < e;) {
    if (u[p] < 0x80) {
      if (word_byte[u[p]] == 1) return 1;
      p++;
      continue;
    }
    int32_t c;
    p += decode(u + p, len - p, &c);
    int cl = classify(c);
    if (is_wordc(cl) && cl != CL_DIGIT) return 1;
  }
  return 0;
}

size_t gzn_next_sentence(const gz_names *nm, const char *text, size_t len, size_t *pos,
                         gzn_tok *toks, size_t cap) {
  return gzn_next_sentence_wc(nm, NULL, text, len, pos, toks, cap);
}

size_t gzn_next_sentence_wc(const gz_names *nm, gzn_wcache *wc, const char *text, size_t len,
                            size_t *pos, gzn_tok *toks, size_t cap) {
  const unsigned char *u = (const unsigned char *)text;
  size_t i = *pos, n = 0;
  uint32_t pend = GZN_F_SSTART;
  if (wc && wc->id != nm->id) { /* fills of another state: start empty */
    memset(wc->e, 0, sizeof wc->e);
    wc->id = nm->id;
  }
  if (cap > GZN_MAX_SENT) cap = GZN_MAX_SENT;
  while (i < len && n < cap) {
    if (u[i] == ' ') { /* the usual gap between words, without decode() */
      i++;
      continue;
    }
    int32_t c;
    size_t k = decode(u + i, len - i, &c);
    int cl = classify(c);
    if (cl == CL_SPACE) {
      i += k;
      continue;
    }
    if (cl == CL_OTHER) { /* NUL, invalid UTF-8, controls: never inside a finding */
      i += k;
      if (n > 0) break;
      continue;
    }
    if (cl == CL_NL) {
      i += k;
      if (n > 0) break; /* a line break ends the sentence */
      pend |= GZN_F_NL;
      continue;
    }
    gzn_tok *t = &toks[n];
    t->start = i;
    t->flags = pend;
    t->h_sfx = 0; /* the other fields are fill_cached's */
    /* a word glued to '@', '#', '/' or '_' is a handle, tag or URL part */
    if (i > 0 && (glue_byte[u[i - 1]] & GLUE_BEFORE)) t->flags |= GZN_F_HANDLE;
    pend = 0;
    int ascii = c >= 0 && c < 0x80; /* whether the core is ASCII (fill_token's fast path) */
    int filled = 0;                 /* the fields are set (an ASCII sign) */
    if (is_wordc(cl)) {
      size_t j = i + k, sfx_s = 0, sfx_e = 0;
      int first_upper = cl == CL_UPPER;
      for (;;) {
        /* fast path: ASCII letters and digits */
        j = ascii_run(u, j, len);
        if (j >= len) break;
        unsigned char b0 = u[j];
        /* the usual end of a word: an ASCII byte, which is no letter or
         * digit where ascii_run stopped, and neither a hyphen nor an
         * apostrophe that could join more letters (a space, a period) */
        if (b0 < 0x80) {
          if (!(glue_byte[b0] & GLUE_JOIN)) break;
        } else {
          /* a Latin letter of two bytes (U+00C0..U+017F but the signs ×
           * and ÷, and Ə ə: Azerbaijani and Turkish ç ğ ı ö ş ü ə) without
           * decode() and classify(), which give a letter for each */
          unsigned char b1 = j + 1 < len ? u[j + 1] : 0;
          if ((b1 & 0xC0) == 0x80 &&
              ((b0 >= 0xC4 && b0 <= 0xC5) || (b0 == 0xC3 && b1 != 0x97 && b1 != 0xB7) ||
               (b0 == 0xC9 && b1 == 0x99) || (b0 == 0xC6 && b1 == 0x8F))) {
            ascii = 0;
            j += 2;
            continue;
          }
        }
        int32_t d;
        size_t dk = decode(u + j, len - j, &d);
        int dcl = classify(d);
        if (is_wordc(dcl)) {
          ascii &= d < 0x80;
          j += dk;
          continue;
        }
        if ((d == '-' || d == 0x2010) && j + dk < len) {
          int32_t e;
          decode(u + j + dk, len - j - dk, &e);
          int ecl = classify(e);
          if (ecl == CL_UPPER || ecl == CL_LOWER || ecl == CL_LETTER) {
            ascii &= d < 0x80;
            j += dk;
            continue;
          }
          break;
        }
        if (is_apos(d) && j + dk < len && has_letter(u, i, j, len)) {
          /* apostrophe: a lower-case run of <= 7 letters is a suffix */
          size_t a = j + dk, m = 0;
          int all_lower = 1;
          while (a < len) {
            int32_t e;
            size_t ek = decode(u + a, len - a, &e);
            int ecl = classify(e);
            if (!is_wordc(ecl)) break;
            if (ecl != CL_LOWER && ecl != CL_MARK) all_lower = 0;
            a += ek;
            m++;
          }
          if (m == 0) break;
          if (all_lower && m <= 7) {
            sfx_s = j;
            sfx_e = a;
          } else {
            ascii = 0; /* conservative: the general path handles any bytes */
            j = a;     /* O'Brien, D'Angelo: one word */
            continue;
          }
        }
        break;
      }
      t->end = j;
      t->full_end = sfx_s ? sfx_e : j;
      /* a word glued to '_' or '@' after it is a user name too ("Elvin_88") */
      unsigned glue = j < len ? glue_byte[u[j]] : 0;
      if (glue & GLUE_AFTER) t->flags |= GZN_F_HANDLE;
      if (sfx_s) {
        t->flags |= GZN_F_APOS | GZN_F_CLOSE;
        char sk[32];
        size_t sn = gzn_skeleton(text + sfx_s, sfx_e - sfx_s, sk, sizeof sk);
        t->h_sfx = hash_bytes(sk, sn, 7);
      } else if (glue & GLUE_PERIOD) {
        /* initials ("R.", "N.Cəfərov") and known abbreviations keep the period */
        int one_upper = first_upper && (j - i) == k;
        if (one_upper) {
          t->flags |= GZN_F_INITIAL;
          t->end = t->full_end = j + 1;
        } else if (is_abbrev(nm, text, i, j) || is_regnal(u, i, j, len)) {
          t->flags |= GZN_F_ABBR;
          t->end = t->full_end = j + 1;
        }
      }
      i = t->full_end;
    } else if (c < 0x80) {
      /* one ASCII sign: the fields fill_token gives it, from nm->sign */
      t->end = t->full_end = i + 1;
      i++;
      clear_fill(t);
      t->flags |= nm->sign[c].flags;
      t->ncp = 1;
      t->h_word = t->h_skel = nm->sign[c].h_word;
      t->h_shape = nm->sign[c].h_shape;
      filled = 1;
    } else {
      t->end = t->full_end = i + k;
      i += k;
    }
    if (!filled) fill_cached(nm, wc, text, t, ascii); /* one call site: inlined */
    n++;
    /* sentence end: . ! ? followed by a space/line break, or end of text */
    if (t->flags & GZN_F_PUNCT) {
      unsigned char ch = u[t->start];
      if ((ch == '.' || ch == '!' || ch == '?') && t->end - t->start == 1) {
        if (i >= len || u[i] == ' ' || u[i] == '\n' || u[i] == '\t' || u[i] == '\r') break;
      }
    }
  }
  *pos = i;
  return n;
}

/* A token is a candidate when it can plausibly start or continue a name:
 * capitalised (not a common word at the sentence start), in a name or place
 * gazetteer, an initial, a particle or patronymic between candidates. All
 * other tokens are forced to O, which keeps the scan fast on running text. */
/* Whether the quotation mark t[i] encloses a one-word nickname after a
 * given name: "Shawn \"Jay\" Carter", "Beatrice \" Bea \" Simmons". Other
 * quotation marks and brackets are never links inside a name (`Quliyev
 * "Aqrolizinq" ASC`). */
static int nickname_quote(const gzn_tok *t, size_t n, size_t i) {
  size_t o = i; /* the opening quotation mark */
  if (i >= 2 && (t[i - 2].flags & GZN_F_QUOTE)) o = i - 2;
  if (o < 1 || o + 3 >= n || !(t[o + 2].flags & GZN_F_QUOTE)) return 0;
  const gzn_tok *g = &t[o - 1];
  return (g->flags & GZN_F_CAP) && (g->gaz & GZN_G_FIRST) && (t[o + 1].flags & GZN_F_WORD) &&
         (t[o + 3].flags & (GZN_F_CAP | GZN_F_ALLCAP));
}

size_t gzn_mark_candidates(gzn_tok *t, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t f = t[i].flags, g = t[i].gaz;
    int cand = 0;
    if ((f & GZN_F_WORD) && !(f & GZN_F_HANDLE)) {
      if (f & (GZN_F_CAP | GZN_F_ALLCAP | GZN_F_INITIAL)) {
        cand = !(f & GZN_F_SSTART) || !(g & GZN_G_LCW) ||
               (g & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC));
        /* first in a sentence, a common word with a case suffix
         * ("Törende", "Sergide") is a common word, even where its stem is
         * also a name somewhere */
        if ((f & GZN_F_SSTART) && (f & GZN_F_STEMLCW) &&
            !(g & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)))
          cand = 0;
        if (!(f & GZN_F_SSTART) && (f & GZN_F_NL) == 0 && (g & GZN_G_LCW) && t[i].ncp == 1)
          cand = 0; /* English "I", Turkish "O" */
        if (f & GZN_F_INITIAL) cand = 1; /* "A. Hüseynov", even first in a sentence */
      } else if ((g & (GZN_G_FIRST | GZN_G_LAST)) && !(g & (GZN_G_LCW | GZN_G_LOC)) &&
                 t[i].ncp >= 4) {
        /* a given name or surname of four letters or more that is not a
         * common word or a place, written in lower case ("emma", "trump"):
         * the model decides (tweets write names in lower case) */
        cand = 1;
      } else if ((g & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)) && !(g & GZN_G_LCW) &&
                 t[i].ncp >= 3) {
        /* a lower-case name counts only next to another lower-case name or
         * surname-like word ("rəşad məmmədov"), not alone ("əla") */
        for (int d = -1; d <= 1; d += 2) {
          if ((d < 0 && i == 0) || (d > 0 && i + 1 >= n)) continue;
          const gzn_tok *o = &t[(size_t)((ptrdiff_t)i + d)];
          if (!(o->flags & GZN_F_WORD) || (o->gaz & GZN_G_LCW)) continue;
          if ((o->gaz & (GZN_G_FIRST | GZN_G_LAST | GZN_G_PATR)) || ((o->morph & 15) >= 1 && (o->morph & 15) <= 3) ||
              (o->flags & (GZN_F_CAP | GZN_F_ALLCAP)))
            cand = 1;
        }
      } else if ((t[i].morph & 15) >= 1 && (t[i].morph & 15) <= 3 && t[i].ncp >= 5 &&
                 !(g & GZN_G_LCW)) {
        cand = 1; /* lower-case -ov/-yev, -zadə, -oğlu words */
      }
    }
    if (cand) t[i].flags |= GZN_F_CAND;
    else t[i].flags &= ~GZN_F_CAND;
    c += cand != 0;
    /* GZN_F_CLOSE is the tokenizer's: the NOI mark needs no second pass */
    if (i > 0 && (t[i - 1].flags & GZN_F_CLOSE))
      t[i].flags |= GZN_F_NOI;
    else
      t[i].flags &= ~GZN_F_NOI;
  }
  /* the links below join candidates: none without one (most sentences) */
  if (!c) return 0;
  /* lower-case links between two candidates: "oğlu", "van", "of", "&" */
  for (size_t i = 1; i + 1 < n; i++) {
    if (t[i].flags & GZN_F_CAND) continue;
    if ((t[i].flags & GZN_F_QUOTE) && !nickname_quote(t, n, i)) continue;
    if (!(t[i - 1].flags & GZN_F_CAND)) continue;
    size_t j = i + 1;
    if (!(t[j].flags & GZN_F_CAND) && j + 1 < n && (t[i].gaz & GZN_G_PARTICLE)) j++;
    if ((t[j].flags & GZN_F_CAND) || (t[i].gaz & GZN_G_PATR)) {
      t[i].flags |= GZN_F_CAND;
      c++;
    }
  }
  /* a patronymic word closes the official form "Məmmədov Rəşad Vaqif oğlu" */
  if (n >= 2 && (t[n - 1].gaz & GZN_G_PATR) && (t[n - 2].flags & GZN_F_CAND) &&
      !(t[n - 1].flags & GZN_F_CAND)) {
    t[n - 1].flags |= GZN_F_CAND;
    c++;
  }
  return c;
}

/* ---------------------------------------------------------------------- */
/* Features                                                                */

#define F1(id, h) (mix64((h) ^ ((uint64_t)(id) * 0x9e3779b97f4a7c15ULL)))
#define F2(id, a, b) (mix64(F1(id, a) + (b) * 0xc2b2ae3d27d4eb4fULL))

static inline uint64_t flag_word(const gzn_tok *t) {
  return (t->flags & (GZN_F_WORD | GZN_F_CAP | GZN_F_ALLCAP | GZN_F_LOWER | GZN_F_DIGIT |
                      GZN_F_PUNCT | GZN_F_APOS | GZN_F_INITIAL | GZN_F_SSTART | GZN_F_ABBR)) |
         ((uint64_t)(t->gaz & 0xfff) << 16);
}

/* The first `levels` levels of a cluster path (a heap index: the leading 1
 * bit marks the depth); 0 stays 0. */
static inline uint32_t clus_prefix(uint32_t code, unsigned levels) {
  if (!code) return 0;
  unsigned depth = 31u - (unsigned)__builtin_clz(code);
  return depth > levels ? code >> (depth - levels) : code;
}

/* The bucket of each feature hash: bits 20.. of h[j] under the mask. With
 * SSE2 four at a time (two 64-bit shifts, the low halves packed). */
static inline void to_buckets(const uint64_t *h, size_t k, uint32_t fmask, uint32_t *out) {
  size_t j = 0;
#ifdef __SSE2__
  const __m128i m = _mm_set1_epi32((int)fmask);
  for (; j + 4 <= k; j += 4) {
    __m128i a = _mm_srli_epi64(_mm_loadu_si128((const __m128i *)(const void *)(h + j)), 20);
    __m128i b = _mm_srli_epi64(_mm_loadu_si128((const __m128i *)(const void *)(h + j + 2)), 20);
    __m128i lo = _mm_castps_si128(
        _mm_shuffle_ps(_mm_castsi128_ps(a), _mm_castsi128_ps(b), _MM_SHUFFLE(2, 0, 2, 0)));
    _mm_storeu_si128((__m128i *)(void *)(out + j), _mm_and_si128(lo, m));
  }
#endif
  for (; j < k; j++) out[j] = (uint32_t)(h[j] >> 20) & fmask;
}

size_t gzn_features(const gz_names *nm, const gzn_tok *t, size_t n, size_t i, uint32_t *out) {
  static const gzn_tok none = {0};
  const gzn_tok *c = &t[i];
  const gzn_tok *p1 = i > 0 ? &t[i - 1] : &none, *p2 = i > 1 ? &t[i - 2] : &none;
  const gzn_tok *n1 = i + 1 < n ? &t[i + 1] : &none, *n2 = i + 2 < n ? &t[i + 2] : &none;
  uint64_t h[GZN_MAXF + 32]; /* 47 + one per gazetteer bit (at most 28) */
  size_t k = 0;
  uint32_t f = c->flags;
  h[k++] = F1(1, 0);
  h[k++] = F1(2, c->h_word);
  h[k++] = F1(3, c->h_shape);
  if (c->h_suf2) h[k++] = F1(4, c->h_suf2);
  if (c->h_suf3) h[k++] = F1(5, c->h_suf3);
  if (c->h_suf4) h[k++] = F1(6, c->h_suf4);
  if (c->h_pre2) h[k++] = F1(7, c->h_pre2);
  if (c->h_pre3) h[k++] = F1(8, c->h_pre3);
  h[k++] = F1(9, p1->h_word);
  h[k++] = F1(10, n1->h_word);
  h[k++] = F1(11, p2->h_word);
  h[k++] = F1(12, n2->h_word);
  h[k++] = F2(13, p1->h_shape, c->h_shape);
  h[k++] = F2(14, c->h_shape, n1->h_shape);
  h[k++] = F2(15, p1->h_word, c->h_shape);
  h[k++] = F2(16, c->h_shape, n1->h_word);
  h[k++] = F1(17, f & (GZN_F_SSTART | GZN_F_CAP | GZN_F_ALLCAP | GZN_F_NL));
  h[k++] = F1(18, f & (GZN_F_APOS | GZN_F_INITIAL | GZN_F_ABBR | GZN_F_CAP));
  if (f & GZN_F_APOS) h[k++] = F1(19, c->h_sfx);
  /* HTITLE, NAMED, PRETHING and BRAND serve the post-rules (names_scan.c),
   * not the model */
  uint32_t gz = c->gaz & ~(uint32_t)(GZN_G_HTITLE | GZN_G_NAMED | GZN_G_PRETHING | GZN_G_BRAND);
  for (uint32_t m = gz; m; m &= m - 1) { /* the set bits, lowest first */
    uint32_t b = (uint32_t)__builtin_ctz(m);
    h[k++] = F2(20, b, f & (GZN_F_CAP | GZN_F_ALLCAP | GZN_F_SSTART));
  }
  if (c->morph) h[k++] = F2(21, c->morph, f & (GZN_F_CAP | GZN_F_ALLCAP));
  h[k++] = F1(22, flag_word(p1));
  h[k++] = F1(23, flag_word(n1));
  h[k++] = F2(24, flag_word(p1), flag_word(c));
  h[k++] = F2(25, flag_word(c), flag_word(n1));
  h[k++] = F1(26, flag_word(n2));
  h[k++] = F1(27, flag_word(p2));
  h[k++] = F2(28, n1->morph, flag_word(c));
  h[k++] = F2(29, p1->morph, flag_word(c));
  h[k++] = F2(30, c->h_word, n1->h_word);
  h[k++] = F2(31, p1->h_word, c->h_word);
  h[k++] = F2(32, flag_word(c), flag_word(n1) ^ (flag_word(n2) << 1));
  if (n1->flags & GZN_F_APOS) h[k++] = F1(33, n1->h_sfx);
  h[k++] = F2(34, c->h_skel, f & GZN_F_CAP);
  if (p1->h_suf3) h[k++] = F1(35, p1->h_suf3);
  if (n1->h_suf3) h[k++] = F1(36, n1->h_suf3);
  h[k++] = F2(37, c->ncp > 12 ? 12 : c->ncp, f & (GZN_F_CAP | GZN_F_ALLCAP));
  h[k++] = F2(38, p1->h_word, n1->h_word);
  /* word clusters (tools/names_cluster.h): paths of 4, 6, 8 and 12 levels of
   * the token's own cluster, 6 levels of the neighbours' */
  if (c->clus) {
    h[k++] = F1(40, clus_prefix(c->clus, 4));
    h[k++] = F1(41, clus_prefix(c->clus, 6));
    h[k++] = F2(42, clus_prefix(c->clus, 8), f & (GZN_F_CAP | GZN_F_ALLCAP));
    h[k++] = F1(43, clus_prefix(c->clus, 12));
  }
  h[k++] = F2(44, clus_prefix(p1->clus, 6), f & GZN_F_CAP);
  h[k++] = F2(45, clus_prefix(n1->clus, 6), f & GZN_F_CAP);
  h[k++] = F2(46, clus_prefix(c->clus, 8), clus_prefix(p1->clus, 6) * 131 + (f & GZN_F_SSTART));
  h[k++] = F2(47, clus_prefix(c->clus, 8), clus_prefix(n1->clus, 6));
  h[k++] = F1(48, clus_prefix(p2->clus, 6));
  h[k++] = F1(49, clus_prefix(n2->clus, 6));
  if (k > GZN_MAXF) k = GZN_MAXF; /* out holds GZN_MAXF */
  to_buckets(h, k, nm->fmask, out);
  return k;
}
