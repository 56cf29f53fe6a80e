/* engine.c - policy, compiled engine, per-thread scratch and the scan itself:
 * one Vectorscan pass over the text finds candidates for every enabled
 * detector; each candidate is checked (boundaries, then the detector's
 * validator), scored with nearby context words, filtered by the threshold and
 * resolved against overlapping candidates; then non-pattern recognizers (the
 * name model) run and their findings are merged. See docs/scoring.md. */
#include "detect.h"
#include "hs_cache.h"

#include <hs/hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define GZ_MAX_SPAN      1024 /* longest finding any detector may report */
#define GZ_MAX_KW        64   /* longest folded context word */
#define GZ_NUM_REACH_MAX 96   /* longest pattern the end matchers may take */
#define GZ_BC_ALNUM      1    /* ASCII letter or digit */
#define GZ_BC_TRIGGER    2    /* digit or ':' (see scan_numeric) */
#define GZ_BC_IBAN       4    /* [A-Z0-9 ]: may continue an IBAN */
#define GZ_NUM_NEAR      6    /* bytes a letter-ending match may end past a trigger */
#define GZ_COUNTRY_BONUS 0.05f
/* contact data next to a person's name (see name_context) */
#define GZ_NAME_BONUS      0.1f
/* A context word right before the value, as a label ("VKN: 0558804679"),
 * is stronger evidence than one elsewhere in the window: it outweighs the
 * country bonus of a competing reading (a Baku mobile number). */
#define GZ_LABEL_BONUS     0.1f
/* A value on a reply line sees the line above (see reply_line): at most
 * GZ_REPLY_PREFIX bytes of its own line before it, the last GZ_PREV_REACH
 * bytes of the line above. */
#define GZ_REPLY_PREFIX    64
#define GZ_PREV_REACH      96
#define GZ_NAME_BEFORE     64   /* bytes between the end of a name and the value */
#define GZ_NAME_AFTER      32   /* bytes between the value and a following name */
#define GZ_EVIDENCE_RADIUS 1024 /* <= the stream's lookback and margin */
/* candidates carry their detector index in the high bits of flags */
#define GZ_DET_FLAGS(det) ((unsigned)((det) + 1) << 16)
#define GZ_DET_OF(flags)  ((size_t)((flags) >> 16) - 1)

struct gizli_policy {
  unsigned char enabled[GIZLI_T_COUNT];
  float threshold;
  int lang;
  char **allow;
  size_t n_allow;
  struct deny_entry {
    int type;
    char *value;
  } * deny;
  size_t n_deny;
  char *cache_dir;        /* compiled-database cache (hs_cache.c); NULL: none */
  size_t cache_max_bytes; /* its size limit */
};

/* A set of detector indices (bit d: detector d). Two words hold
 * GZ_MAX_DETECTORS (128) rows; the detector table is checked against that
 * bound at compile time (detectors.c). */
typedef struct gz_detset {
  uint64_t w[GZ_DETSET_WORDS];
} gz_detset;

static inline void ds_add(gz_detset *s, size_t d) {
  s->w[d >> 6] |= 1ull << (d & 63);
}
static inline int ds_has(const gz_detset *s, size_t d) {
  return (int)((s->w[d >> 6] >> (d & 63)) & 1);
}
static inline void ds_or(gz_detset *a, const gz_detset *b) {
  for (int i = 0; i < GZ_DETSET_WORDS; i++) a->w[i] |= b->w[i];
}
static inline int ds_meets(const gz_detset *a, const gz_detset *b) {
  uint64_t any = 0;
  for (int i = 0; i < GZ_DETSET_WORDS; i++) any |= a->w[i] & b->w[i];
  return any != 0;
}
/* Runs the statement after it once per detector index d in set s (d is
 * declared by the caller as size_t). */
#define DS_FOREACH(d, s)                                                                           \
  for (int ds_i_ = 0; ds_i_ < GZ_DETSET_WORDS; ds_i_++)                                            \
    for (uint64_t ds_m_ = (s).w[ds_i_];                                                            \
         ds_m_ && ((d) = (size_t)ds_i_ * 64 + (size_t)__builtin_ctzll(ds_m_), 1);                  \
         ds_m_ &= ds_m_ - 1)

/* One distinct context word (folded), with the detectors it is a context
 * word (ctx), a contradicting word (neg) or a window anchor for. */
typedef struct kw_word {
  gz_detset ctx, neg, anchor; /* detector sets */
  unsigned char ncp;         /* code points: a match spans this many raw ones */
  unsigned char short_end;   /* <= 3 bytes ending in a letter/digit: must end a word */
  char text[GZ_MAX_KW];
} kw_word;

/* A context word found in the text: raw byte span and word index. */
typedef struct kw_hit {
  size_t start, end;
  unsigned word;
} kw_hit;

/* Pattern ids: detector index; anchors and deny literals above these. */
#define GZ_ID_ANCHOR     1000u
#define GZ_ID_DENY       2000u
#define GZ_ID_KW         0x40000000u /* + context word index */
#define GZ_WINDOW_BEFORE 400 /* bytes scanned before an anchor's end */
#define GZ_WINDOW_AFTER  600 /* and after it */

struct gizli_engine {
  hs_database_t *db;          /* no start tracking: detectors, anchors, deny literals */
  hs_database_t *db_som_ctx;  /* start tracking, the context-anchored word lists together */
  gz_detset som_ctx_mask;     /* the detectors in db_som_ctx */
  hs_database_t *db_som[GZ_MAX_DETECTORS];  /* start tracking, one per other anchored detector (one
                                 database each compiles several times faster than
                                 all together), run on windows around anchors */
  unsigned char cls[GZ_MAX_DETECTORS][256]; /* walk-back byte classes per detector */
  size_t *deny_len;
  unsigned char det_on[GZ_MAX_DETECTORS];
  kw_word *kw;
  size_t n_kw;
  unsigned char enabled[GIZLI_T_COUNT];
  float threshold;
  int lang;
  char **allow; /* sorted */
  size_t n_allow;
  int *deny_type;
  size_t n_deny;
  void *rec_state[GZ_MAX_RECOGNIZERS];
  unsigned char rec_on[GZ_MAX_RECOGNIZERS];
  /* bytes scanned before and after an anchor's end, per anchored detector */
  unsigned win_before[GZ_MAX_DETECTORS], win_after[GZ_MAX_DETECTORS];
  unsigned win_after_line[GZ_MAX_DETECTORS]; /* win_after without the reach to a reply below */
  gz_lang_words lang_words; /* for --lang auto */
  /* Detectors run by hand-written end matchers instead of Vectorscan
   * (numeric.c): their matches contain a digit or ':' and are at most
   * num_reach bytes long. */
  unsigned num_want;                           /* matcher bits in use everywhere */
  unsigned end_cls[16]; /* gz_end_cls_bits of each last-byte class (GZ_END_*) */
  unsigned num_gated;                          /* ... only in their windows */
  gz_detset gated_dets;                        /* the detectors of num_gated */
  unsigned gated_bit[GZ_MAX_DETECTORS];        /* detector -> its matcher bit */
  unsigned char num_det[GZ_N_END_MATCHERS];    /* matcher -> detector */
  size_t num_reach;
  int n_num;
  int iban_num; /* the IBAN detector is among them */
  /* the '@' detectors run from each '@' (scan_at_signs), not in Vectorscan */
  int at_email, at_handle; /* detector index + 1, or 0 */
  int mac_det;              /* the same for MAC addresses (scan_macs) */
  /* phone_ocr (index + 1, or 0): its anchor is found in the digit walk of
   * scan_numeric (gz_ocr_anchor), not by Vectorscan, whose pattern for it
   * ran a class automaton over every byte (7 % of the structured scan) */
  int ocr_det;
  /* per byte: GZ_BC_* bits, and the GZ_END_* class shifted by 4 */
  unsigned char bytecls[256];
};

typedef struct raw_match {
  unsigned id;
  size_t from, to; /* from == SIZE_MAX: not tracked, found by walking back */
} raw_match;

typedef struct window {
  size_t from, to;
  gz_detset dets; /* anchored detectors whose anchors fell in this window */
} window;

/* One detector's own window, before windows of different detectors are
 * merged into one scan. */
typedef struct det_window {
  size_t from, to;
  unsigned det;
} det_window;

struct gizli_scratch {
  const gizli_engine *engine;
  hs_scratch_t *hs, *hs_som;
  window *win;
  size_t n_win, cap_win;
  det_window *dwin; /* the windows of each detector, unmerged */
  size_t n_dwin, cap_dwin;
  size_t win_base; /* offset added to matches while scanning a window */
  gz_detset win_dets; /* the detectors of that window */
  raw_match *raw;
  size_t n_raw, cap_raw;
  kw_hit *hits; /* context words in the text, by end */
  size_t *ocr_at; /* ends of phone_ocr's anchors (scan_numeric) */
  size_t n_ocr, cap_ocr;
  size_t n_hits, cap_hits;
  gizli_finding *sort_buf; /* sort_findings' merge buffer */
  size_t sort_cap;
  const char *text; /* the text being scanned (for the callbacks) */
  size_t text_len;
  int raw_oom;
  gz_findings cand, out, rec, evid, weak;
  unsigned char *cover;
  size_t cover_cap;
  int cover_dirty; /* a scan stopped before clearing its coverage bits */
  void *rec_scratch[GZ_MAX_RECOGNIZERS];
  gz_sql_memo sql_memo; /* the last SQL row's column list (gz_sql_column) */
};

/* ---------------------------------------------------------------- policy */
int gizli_policy_create(gizli_policy **out) {
  if (!out) return GIZLI_E_INVALID;
  gizli_policy *p = calloc(1, sizeof *p);
  if (!p) return GIZLI_E_NOMEM;
  /* every personal-data type; LOCATION and ORGANIZATION are supporting
   * types (the name model uses them to avoid false PERSON findings) and are
   * reported only when enabled explicitly */
  for (int t = 1; t < GIZLI_T_COUNT; t++) p->enabled[t] = 1;
  p->enabled[GIZLI_T_LOCATION] = p->enabled[GIZLI_T_ORGANIZATION] = 0;
  p->threshold = 0.5f;
  p->lang = GIZLI_LANG_AUTO;
  *out = p;
  return GIZLI_OK;
}

void gizli_policy_free(gizli_policy *p) {
  if (!p) return;
  for (size_t i = 0; i < p->n_allow; i++) free(p->allow[i]);
  for (size_t i = 0; i < p->n_deny; i++) free(p->deny[i].value);
  free(p->allow);
  free(p->deny);
  free(p->cache_dir);
  free(p);
}

int gizli_policy_set_cache_dir(gizli_policy *p, const char *dir, size_t max_bytes) {
  if (!p || (dir && (!*dir || strlen(dir) >= 4000))) return GIZLI_E_INVALID;
  char *copy = NULL;
  if (dir && !(copy = strdup(dir))) return GIZLI_E_NOMEM;
  free(p->cache_dir);
  p->cache_dir = copy;
  p->cache_max_bytes = max_bytes ? max_bytes : (size_t)256 << 20;
  return GIZLI_OK;
}

int gizli_policy_enable(gizli_policy *p, int type, int on) {
  if (!p || type < 0 || type >= GIZLI_T_COUNT) return GIZLI_E_INVALID;
  if (type == GIZLI_T_NONE) {
    for (int t = 1; t < GIZLI_T_COUNT; t++) p->enabled[t] = on != 0;
  } else {
    p->enabled[type] = on != 0;
  }
  return GIZLI_OK;
}

int gizli_policy_set_threshold(gizli_policy *p, float threshold) {
  if (!p || !(threshold >= 0.0f && threshold <= 1.0f)) return GIZLI_E_INVALID;
  p->threshold = threshold;
  return GIZLI_OK;
}

int gizli_policy_set_lang(gizli_policy *p, int lang) {
  if (!p || lang < 0 || lang > GIZLI_LANG_EN) return GIZLI_E_INVALID;
  p->lang = lang;
  return GIZLI_OK;
}

int gizli_policy_allow(gizli_policy *p, const char *value) {
  if (!p || !value || !*value) return GIZLI_E_INVALID;
  char **v = realloc(p->allow, (p->n_allow + 1) * sizeof *v);
  if (!v) return GIZLI_E_NOMEM;
  p->allow = v;
  if (!(v[p->n_allow] = strdup(value))) return GIZLI_E_NOMEM;
  p->n_allow++;
  return GIZLI_OK;
}

int gizli_policy_deny(gizli_policy *p, int type, const char *value) {
  if (!p || !value || !*value || strlen(value) > GZ_MAX_SPAN || type <= GIZLI_T_NONE ||
      type >= GIZLI_T_COUNT)
    return GIZLI_E_INVALID;
  struct deny_entry *v = realloc(p->deny, (p->n_deny + 1) * sizeof *v);
  if (!v) return GIZLI_E_NOMEM;
  p->deny = v;
  if (!(v[p->n_deny].value = strdup(value))) return GIZLI_E_NOMEM;
  v[p->n_deny].type = type;
  p->n_deny++;
  return GIZLI_OK;
}

/* ---------------------------------------------------------------- compile */
static void set_error(gizli_error *err, const char *src, const char *msg) {
  if (!err) return;
  memset(err, 0, sizeof *err);
  snprintf(err->message, sizeof err->message, "%s", msg);
  snprintf(err->source, sizeof err->source, "%s", src);
}

/* An index of the context-word table by folded text, used while the
 * engine is compiled (open addressing; slot = word index + 1, 0 empty). */
typedef struct kw_index {
  uint32_t *slot;
  size_t mask;
} kw_index;

static size_t kw_hash(const char *f) {
  size_t h = 2166136261u;
  for (; *f; f++) h = (h ^ (unsigned char)*f) * 16777619u;
  return h;
}

/* The slot of folded word f: where it is, or the empty slot it would take. */
static uint32_t *kw_slot(const gizli_engine *e, const kw_index *x, const char *f) {
  for (size_t i = kw_hash(f) & x->mask;; i = (i + 1) & x->mask)
    if (!x->slot[i] || strcmp(e->kw[x->slot[i] - 1].text, f) == 0) return &x->slot[i];
}

/* Keeps the index at most half full (rebuilt from the table when grown). */
static int kw_index_reserve(const gizli_engine *e, kw_index *x) {
  if (x->slot && (e->n_kw + 1) * 2 <= x->mask + 1) return GIZLI_OK;
  size_t cap = x->slot ? (x->mask + 1) * 2 : 1024;
  uint32_t *old = x->slot;
  if (!(x->slot = calloc(cap, sizeof *x->slot))) {
    x->slot = old;
    return GIZLI_E_NOMEM;
  }
  free(old);
  x->mask = cap - 1;
  for (size_t i = 0; i < e->n_kw; i++) *kw_slot(e, x, e->kw[i].text) = (uint32_t)i + 1;
  return GIZLI_OK;
}

/* Adds the words of a NULL-terminated list to the engine's context-word
 * table, setting bit `det` of the given role (0 ctx, 1 neg, 2 anchor). */
static int kw_add(gizli_engine *e, size_t *cap, kw_index *x, const char *const *words, size_t det,
                  int role) {
  for (size_t w = 0; words && words[w]; w++) {
    char f[GZ_MAX_KW];
    size_t m = gz_fold_key(words[w], strlen(words[w]), f, sizeof f - 1);
    if (!m) continue;
    f[m] = 0;
    if (kw_index_reserve(e, x)) return GIZLI_E_NOMEM;
    uint32_t *sl = kw_slot(e, x, f);
    size_t i = *sl ? *sl - 1 : e->n_kw;
    if (i == e->n_kw) {
      if (gz_grow(&e->kw, e->n_kw, cap, sizeof *e->kw, 64)) return GIZLI_E_NOMEM;
      *sl = (uint32_t)e->n_kw + 1;
      kw_word *k = &e->kw[e->n_kw++];
      memset(k, 0, sizeof *k);
      memcpy(k->text, f, m + 1);
      for (size_t b = 0; b < m; b++) k->ncp += ((unsigned char)f[b] & 0xC0) != 0x80;
      unsigned char last = (unsigned char)f[m - 1];
      k->short_end = m <= 3 && ((last >= 'a' && last <= 'z') || (last >= '0' && last <= '9') ||
                                last >= 0x80);
      /* English "born" takes no suffix, and starts place names: "Bornova",
       * "Borneo", "Bornholm" are no birth context (batch 38) */
      if (strcmp(f, "born") == 0) k->short_end = 1;
    }
    if (role == 0)
      ds_add(&e->kw[i].ctx, det);
    else if (role == 1)
      ds_add(&e->kw[i].neg, det);
    else
      ds_add(&e->kw[i].anchor, det);
  }
  return GIZLI_OK;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Escapes a literal for Vectorscan: every non-alphanumeric byte as \xHH. */
static char *escape_literal(const char *s) {
  size_t n = strlen(s);
  char *o = malloc(n * 4 + 1), *w = o;
  if (!o) return NULL;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      *w++ = (char)c;
    else
      w += sprintf(w, "\\x%02x", c);
  }
  *w = 0;
  return o;
}

/* The spellings that fold to the character at f[i] of a folded word, as
 * Vectorscan escapes: 'i' as i, İ or ı (I comes from the caseless flag), a
 * non-ASCII letter in lower and upper case, a space also as '_' or '-' (the
 * keys of JSON, config files and forms: "birth_date", "date-of-birth") or
 * as two spaces,
 * anything else as itself. Writes up to three into alt and returns the
 * character's length in bytes. */
static size_t spellings(const char *f, size_t i, size_t m, char alt[3][24], int *nalt) {
  unsigned char c = (unsigned char)f[i];
  *nalt = 0;
  if (c == 'i') {
    strcpy(alt[(*nalt)++], "i");
    strcpy(alt[(*nalt)++], "\\xC4\\xB0");
    strcpy(alt[(*nalt)++], "\\xC4\\xB1");
    return 1;
  }
  if (c == ' ') { /* one class: no more spellings to compile */
    /* and a second space after it: forms typed with every space doubled
     * ("VERGİ  KİMLİK  NO") */
    strcpy(alt[(*nalt)++], "[\\x20\\x5f\\x2d]\\x20?");
    return 1;
  }
  utf8proc_int32_t cp;
  utf8proc_ssize_t len = c < 0x80 ? 1
                                  : utf8proc_iterate((const utf8proc_uint8_t *)f + i,
                                                     (utf8proc_ssize_t)(m - i), &cp);
  if (c < 0x80 || len <= 0) { /* ASCII, or an invalid byte kept as it is */
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      snprintf(alt[(*nalt)++], sizeof alt[0], "%c", c);
    else
      snprintf(alt[(*nalt)++], sizeof alt[0], "\\x%02x", c);
    return 1;
  }
  utf8proc_uint8_t up[4];
  utf8proc_ssize_t ul = utf8proc_encode_char(utf8proc_toupper(cp), up);
  size_t o = 0;
  for (utf8proc_ssize_t q = 0; q < len; q++)
    o += (size_t)snprintf(alt[*nalt] + o, sizeof alt[0] - o, "\\x%02x", (unsigned char)f[i + (size_t)q]);
  (*nalt)++;
  if (ul != len || memcmp(up, f + i, (size_t)len) != 0) {
    o = 0;
    for (utf8proc_ssize_t q = 0; q < ul; q++)
      o += (size_t)snprintf(alt[*nalt] + o, sizeof alt[0] - o, "\\x%02x", up[q]);
    (*nalt)++;
  }
  return (size_t)len;
}

/* Builds a pattern matching any of `words` in any letter case, Turkish and
 * Azerbaijani dotted/dotless i included: the anchor of a context-required
 * detector. ASCII case is left to HS_FLAG_CASELESS. A long word list would
 * pass Hyperscan's limit on the length of one expression, so the
 * alternation is cut into pieces of at most GZ_ANCHOR_CHUNK bytes, each
 * ended by a NUL; an empty piece ends the list (the compile loop in
 * gizli_engine_compile adds each piece under the detector's id). */
#define GZ_ANCHOR_CHUNK 6000
#define GZ_ANCHOR_PIECES 16 /* extra pieces all word lists may add together */
static char *ctx_anchor_regex(const char *const *words) {
  size_t cap = 64, n = 0, chunk = 0;
  char *o = malloc(cap);
  if (!o) return NULL;
  for (int w = 0; words && words[w]; w++) {
    char f[GZ_MAX_KW];
    size_t m = gz_fold_key(words[w], strlen(words[w]), f, sizeof f - 1);
    char piece[GZ_MAX_KW * 48];
    size_t k = 0;
    if (w && n - chunk > GZ_ANCHOR_CHUNK) {
      piece[k++] = '\0'; /* the next word starts a new piece */
    } else if (w) {
      piece[k++] = '|';
    }
    for (size_t i = 0; i < m;) {
      char alt[3][24];
      int nalt;
      i += spellings(f, i, m, alt, &nalt);
      if (nalt > 1) k += (size_t)sprintf(piece + k, "(?:");
      for (int a = 0; a < nalt; a++) k += (size_t)sprintf(piece + k, "%s%s", a ? "|" : "", alt[a]);
      if (nalt > 1) piece[k++] = ')';
    }
    if (n + k + 1 > cap) {
      while (n + k + 1 > cap) cap *= 2;
      char *g = realloc(o, cap);
      if (!g) {
        free(o);
        return NULL;
      }
      o = g;
    }
    memcpy(o + n, piece, k);
    if (piece[0] == '\0') chunk = n + 1;
    n += k;
  }
  if (n + 2 > cap) {
    char *g = realloc(o, n + 2);
    if (!g) {
      free(o);
      return NULL;
    }
    o = g;
  }
  o[n] = 0;
  o[n + 1] = 0;
  return o;
}

/* The window scanned with a detector's start-tracking database around one of
 * its anchors. Keyword-anchored detectors (ctx_anchor) only pass with a
 * context word within ctx_before bytes before or ctx_after bytes after the
 * candidate, so every candidate that can pass lies within ctx_after + the
 * pattern's longest match before the keyword's end, or ctx_before + that
 * length after it. Other anchors (street words, month names, credential
 * keywords) sit inside their match: the fixed GZ_WINDOW_* sizes, or the
 * row's own ctx_before / ctx_after when it has no context words. */
static int anchor_window(gizli_engine *e, size_t det, const char *regex, unsigned flags,
                         gizli_error *err) {
  const gz_detector *d = &gz_detectors[det];
  e->win_before[det] = GZ_WINDOW_BEFORE;
  e->win_after[det] = e->win_after_line[det] = GZ_WINDOW_AFTER;
  if (!d->ctx_anchor) {
    /* an anchored row without context words may say how far before its
     * anchor's end its match can start (ctx_before) and end after it
     * (ctx_after): the credential rows' keywords start their match */
    if (!d->ctx && d->ctx_before) e->win_before[det] = (unsigned)d->ctx_before;
    if (!d->ctx && d->ctx_after)
      e->win_after[det] = e->win_after_line[det] = (unsigned)d->ctx_after;
    return GIZLI_OK;
  }
  hs_expr_info_t *info = NULL;
  hs_compile_error_t *cerr = NULL;
  if (hs_expression_info(regex, flags, &info, &cerr) != HS_SUCCESS) {
    set_error(err, d->name, cerr && cerr->message ? cerr->message : "unknown error");
    hs_free_compile_error(cerr);
    return GIZLI_E_COMPILE;
  }
  unsigned maxw = info->max_width;
  free(info);
  if (maxw > GZ_MAX_SPAN) return GIZLI_OK; /* unbounded: keep the wide window */
  e->win_before[det] = (unsigned)d->ctx_after + maxw + 1;
  /* the context word may stand on the line above a reply (context_flags) */
  unsigned reach = (unsigned)d->ctx_before;
  if (reach < GZ_PREV_REACH + 1 + GZ_REPLY_PREFIX) reach = GZ_PREV_REACH + 1 + GZ_REPLY_PREFIX;
  e->win_after[det] = reach + maxw + 1;
  e->win_after_line[det] = (unsigned)d->ctx_before + maxw + 1;
  return GIZLI_OK;
}

/* Runs detector det with its hand-written end matcher when it has one and
 * its pattern is short enough for the digit windows (see scan_numeric).
 * A context-required detector (gated) is tried only inside the windows its
 * context words open. */
static int use_end_matcher(gizli_engine *e, size_t det, int gated, int *handled,
                           gizli_error *err) {
  const gz_detector *d = &gz_detectors[det];
  int last = 0, m = gz_end_matcher_index(d->name, &last);
  *handled = 0;
  if (m < 0) return GIZLI_OK;
  hs_expr_info_t *info = NULL;
  hs_compile_error_t *cerr = NULL;
  if (hs_expression_info(d->regex, d->hs_flags, &info, &cerr) != HS_SUCCESS) {
    set_error(err, d->name, cerr && cerr->message ? cerr->message : "unknown error");
    hs_free_compile_error(cerr);
    return GIZLI_E_COMPILE;
  }
  unsigned maxw = info->max_width;
  free(info);
  if (maxw > GZ_NUM_REACH_MAX) return GIZLI_OK; /* too long: Vectorscan runs it */
  if (maxw > e->num_reach) e->num_reach = maxw;
  if (gated) {
    e->num_gated |= 1u << m;
    ds_add(&e->gated_dets, det);
    e->gated_bit[det] = 1u << m;
  } else {
    e->num_want |= 1u << m;
  }
  if (d->type == GIZLI_T_IBAN) e->iban_num = 1;
  e->num_det[m] = (unsigned char)det;
  e->n_num++;
  *handled = 1;
  return GIZLI_OK;
}

/* The patterns of the context-word database, with their word ids. */
typedef struct kw_pats {
  char **rx;
  unsigned *id;
  size_t n, cap_rx, cap_id;
} kw_pats;

static int kw_pats_add(kw_pats *x, char *rx, unsigned id) {
  if (!rx || gz_grow(&x->rx, x->n, &x->cap_rx, sizeof *x->rx, 256) ||
      gz_grow(&x->id, x->n, &x->cap_id, sizeof *x->id, 256)) {
    free(rx);
    return -1;
  }
  x->rx[x->n] = rx;
  x->id[x->n++] = id;
  return 0;
}

/* Appends every spelling of the folded word w[i..m) (prefix cur[0..k)) as a
 * literal pattern of word `id`. Returns 0, -1 when out of memory, or 1 once
 * more than `left` spellings would be needed. */
static int kw_spell(const char *w, size_t i, size_t m, char *cur, size_t k, kw_pats *x,
                    unsigned id, size_t *left) {
  if (i == m) {
    if (*left == 0) return 1;
    (*left)--;
    char *rx = malloc(k + 1);
    if (rx) {
      memcpy(rx, cur, k);
      rx[k] = 0;
    }
    return kw_pats_add(x, rx, id);
  }
  char alt[3][24];
  int nalt;
  size_t step = spellings(w, i, m, alt, &nalt);
  for (int a = 0; a < nalt; a++) {
    size_t al = strlen(alt[a]);
    memcpy(cur + k, alt[a], al);
    int r = kw_spell(w, i + step, m, cur, k + al, x, id, left);
    if (r) return r;
  }
  return 0;
}

/* The context-word patterns, id = GZ_ID_KW + word index; they join the
 * fast database (one pass over the text finds both). Most words go in as
 * every spelling that folds to them, as caseless literals (fast to compile
 * and to scan); words with more than GZ_KW_SPELLINGS spellings (Cyrillic,
 * long Azerbaijani phrases) as one caseless pattern with the letter variants
 * as alternatives. */
#define GZ_KW_SPELLINGS 16
static int kw_patterns(const gizli_engine *e, kw_pats *x) {
  for (size_t i = 0; i < e->n_kw; i++) {
    char cur[GZ_MAX_KW * 24];
    size_t first = x->n, left = GZ_KW_SPELLINGS;
    unsigned id = GZ_ID_KW + (unsigned)i;
    int r = kw_spell(e->kw[i].text, 0, strlen(e->kw[i].text), cur, 0, x, id, &left);
    if (r == 1) { /* too many: one pattern with alternatives instead */
      while (x->n > first) free(x->rx[--x->n]);
      const char *w[2] = {e->kw[i].text, NULL};
      r = kw_pats_add(x, ctx_anchor_regex(w), id);
    }
    if (r) return GIZLI_E_NOMEM;
  }
  return GIZLI_OK;
}

static void kw_pats_free(kw_pats *x) {
  for (size_t k = 0; k < x->n; k++) free(x->rx[k]);
  free(x->rx);
  free(x->id);
}

int gizli_engine_compile(const gizli_policy *p, gizli_engine **out, gizli_error *err) {
  if (!p || !out) return GIZLI_E_INVALID;
  *out = NULL;
  gizli_engine *e = calloc(1, sizeof *e);
  if (!e) return GIZLI_E_NOMEM;
  memcpy(e->enabled, p->enabled, sizeof e->enabled);
  gz_lang_words_init(&e->lang_words);
  for (int c = 0; c < 256; c++) {
    int alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    int end = (c >= '0' && c <= '9')   ? GZ_END_DIGIT
              : c == ':'               ? GZ_END_COLON
              : (c >= 'A' && c <= 'Z') ? GZ_END_UPPER | (c <= 'F' ? GZ_END_HEX : 0)
              : (c >= 'a' && c <= 'f') ? GZ_END_HEX
                                       : 0;
    e->bytecls[c] = (unsigned char)((alnum ? GZ_BC_ALNUM : 0) |
                                    ((c >= '0' && c <= '9') || c == ':' ? GZ_BC_TRIGGER : 0) |
                                    ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == ' '
                                         ? GZ_BC_IBAN
                                         : 0) |
                                    (end << 4));
  }
  for (int c = 0; c < 16; c++) e->end_cls[c] = gz_end_cls_bits(c);
  e->threshold = p->threshold;
  e->lang = p->lang;
  int rc = GIZLI_OK;

  size_t total = 2 * gz_n_detectors + p->n_deny;
  const char **exprs = calloc(total + 1, sizeof *exprs),
             **sexprs = calloc(total + 1, sizeof *sexprs);
  unsigned *flags = calloc(total + 1, sizeof *flags), *ids = calloc(total + 1, sizeof *ids);
  unsigned *sflags = calloc(total + 1, sizeof *sflags), *sids = calloc(total + 1, sizeof *sids);
  char **owned = calloc(total + 1, sizeof *owned);
  const char **gexprs = calloc(gz_n_detectors + GZ_ANCHOR_PIECES + 1, sizeof *gexprs);
  unsigned *gflags = calloc(gz_n_detectors + GZ_ANCHOR_PIECES + 1, sizeof *gflags),
           *gids = calloc(gz_n_detectors + GZ_ANCHOR_PIECES + 1, sizeof *gids);
  e->deny_type = calloc(p->n_deny + 1, sizeof *e->deny_type);
  e->deny_len = calloc(p->n_deny + 1, sizeof *e->deny_len);
  if (!exprs || !sexprs || !flags || !ids || !sflags || !sids || !owned || !gexprs ||
      !gflags || !gids || !e->deny_type ||
      !e->deny_len) {
    rc = GIZLI_E_NOMEM;
    goto done;
  }
  unsigned n = 0, ns = 0, ng = 0;
  size_t kw_cap = 0;
  kw_index kwx = {NULL, 0};
  kw_pats kwp = {0};

  for (size_t i = 0; i < gz_n_detectors; i++) {
    const gz_detector *d = &gz_detectors[i];
    for (const char *c = d->cls; c && *c; c++) e->cls[i][(unsigned char)*c] = 1;
    if (!p->enabled[d->type]) continue;
    e->det_on[i] = 1;
    if ((rc = kw_add(e, &kw_cap, &kwx, d->ctx, i, 0)) ||
        (rc = kw_add(e, &kw_cap, &kwx, d->neg, i, 1)) ||
        (d->ctx_anchor && (rc = kw_add(e, &kw_cap, &kwx, d->ctx, i, 2))))
      goto done;
    if (d->anchor || d->ctx_anchor) {
      if (!d->regex && !(owned[p->n_deny + i] = ctx_anchor_regex(d->ctx))) {
        rc = GIZLI_E_NOMEM;
        goto done;
      }
      if (d->anchor && strcmp(d->name, "phone_ocr") == 0) {
        e->ocr_det = (int)i + 1; /* found by scan_numeric */
      } else if (d->anchor) {    /* context anchors come from the context-word scan */
        exprs[n] = d->anchor;
        flags[n] = d->hs_flags;
        ids[n++] = GZ_ID_ANCHOR + (unsigned)i;
      }
      const char *sx = d->regex ? d->regex : owned[p->n_deny + i]; /* word list */
      unsigned sf = HS_FLAG_SOM_LEFTMOST | (d->regex ? d->hs_flags : HS_FLAG_CASELESS);
      /* a word list comes in pieces (ctx_anchor_regex): the window must fit
       * the longest match of any of them */
      unsigned wbefore = 0, wafter = 0, wline = 0, pieces = 0;
      for (const char *pc = sx; *pc; pc += strlen(pc) + 1) {
        if ((rc = anchor_window(e, i, pc, sf, err))) goto done;
        if (e->win_before[i] > wbefore) wbefore = e->win_before[i];
        if (e->win_after[i] > wafter) wafter = e->win_after[i];
        if (e->win_after_line[i] > wline) wline = e->win_after_line[i];
        pieces++;
        if (d->regex) break;
      }
      e->win_before[i] = wbefore;
      e->win_after[i] = wafter;
      e->win_after_line[i] = wline;
      int handled = 0;
      if (d->ctx_anchor && d->regex && (rc = use_end_matcher(e, i, 1, &handled, err))) goto done;
      if (handled) continue; /* digits only: in scan_numeric, inside its windows */
      /* a context-anchored pattern has a database of its own, like the
       * other anchored ones: in one database for all of them, every
       * window of an IBAN or passport word also ran the FİN and UPI
       * patterns (4 % of the structured scan); word lists (pieces) share
       * one */
      if (d->ctx_anchor && !d->regex) {
        for (const char *pc = sx; pieces--; pc += strlen(pc) + 1) {
          if (ng >= gz_n_detectors + GZ_ANCHOR_PIECES) {
            set_error(err, d->name, "word list too long");
            rc = GIZLI_E_COMPILE;
            goto done;
          }
          gexprs[ng] = pc;
          gflags[ng] = sf;
          gids[ng++] = (unsigned)i;
        }
        ds_add(&e->som_ctx_mask, i);
      } else if (pieces > 1) {
        set_error(err, d->name, "word list too long for an anchored detector");
        rc = GIZLI_E_COMPILE;
        goto done;
      } else {
        sexprs[ns] = sx;
        sflags[ns] = sf;
        sids[ns++] = (unsigned)i;
      }
    } else {
      int handled = 0;
      if ((rc = use_end_matcher(e, i, 0, &handled, err))) goto done;
      if (handled) continue;
      if (strcmp(d->name, "email") == 0 || strcmp(d->name, "handle") == 0) {
        *(d->name[0] == 'e' ? &e->at_email : &e->at_handle) = (int)i + 1;
        continue;
      }
      if (strcmp(d->name, "mac") == 0) {
        e->mac_det = (int)i + 1;
        continue;
      }
      exprs[n] = d->regex;
      flags[n] = d->hs_flags;
      ids[n++] = (unsigned)i;
    }
  }
  for (size_t i = 0; i < p->n_deny; i++) {
    if (!(owned[i] = escape_literal(p->deny[i].value))) {
      rc = GIZLI_E_NOMEM;
      goto done;
    }
    e->deny_type[i] = p->deny[i].type;
    e->deny_len[i] = strlen(p->deny[i].value);
    exprs[n] = owned[i];
    flags[n] = 0;
    ids[n++] = GZ_ID_DENY + (unsigned)i;
  }
  e->n_deny = p->n_deny;
  if ((rc = kw_patterns(e, &kwp))) goto done;
  if (kwp.n) { /* the context words join the fast database */
    const char **ex2 = realloc(exprs, (n + kwp.n + 1) * sizeof *ex2);
    if (ex2) exprs = ex2;
    unsigned *fl2 = ex2 ? realloc(flags, (n + kwp.n + 1) * sizeof *fl2) : NULL;
    if (fl2) flags = fl2;
    unsigned *id2 = fl2 ? realloc(ids, (n + kwp.n + 1) * sizeof *id2) : NULL;
    if (!id2) {
      rc = GIZLI_E_NOMEM;
      goto done;
    }
    ids = id2;
    for (size_t k = 0; k < kwp.n; k++) {
      exprs[n] = kwp.rx[k];
      flags[n] = HS_FLAG_CASELESS;
      ids[n++] = kwp.id[k];
    }
  }
  for (unsigned pass = 0; pass <= ns + 1; pass++) {
    /* pass 0: the fast database; 1..ns: one per anchored detector; ns + 1:
     * the context-anchored word lists together */
    int group = pass == ns + 1;
    unsigned cnt = group ? ng : pass ? 1 : n;
    const char **ex = group ? gexprs : pass ? sexprs + pass - 1 : exprs;
    unsigned *fl = group ? gflags : pass ? sflags + pass - 1 : flags;
    unsigned *id = group ? gids : pass ? sids + pass - 1 : ids;
    hs_database_t **db = group ? &e->db_som_ctx : pass ? &e->db_som[sids[pass - 1]] : &e->db;
    if (cnt == 0) continue;
    hs_compile_error_t *cerr = NULL;
    /* the fast database holds the deny-list values, which are personal
     * data: it is never written to the cache */
    const char *cache = pass == 0 && p->n_deny ? NULL : p->cache_dir;
    if (gz_hs_compile_cached(cache, p->cache_max_bytes, ex, fl, id, cnt, db, &cerr) != HS_SUCCESS) {
      char msg[256];
      int which = cerr ? cerr->expression : -1;
      unsigned wid = which >= 0 ? id[which] : 0;
      snprintf(msg, sizeof msg, "%s", cerr && cerr->message ? cerr->message : "unknown error");
      set_error(err,
                which < 0           ? ""
                : wid >= GZ_ID_KW   ? "context words"
                : wid >= GZ_ID_DENY ? "deny list"
                                    : gz_detectors[wid % GZ_ID_ANCHOR].name,
                msg);
      hs_free_compile_error(cerr);
      rc = GIZLI_E_COMPILE;
      goto done;
    }
  }
  if (p->n_allow) {
    e->allow = calloc(p->n_allow, sizeof *e->allow);
    if (!e->allow) {
      rc = GIZLI_E_NOMEM;
      goto done;
    }
    for (size_t i = 0; i < p->n_allow; i++) {
      if (!(e->allow[i] = strdup(p->allow[i]))) {
        rc = GIZLI_E_NOMEM;
        goto done;
      }
      e->n_allow++;
    }
    qsort(e->allow, e->n_allow, sizeof *e->allow, cmp_str);
  }
  for (int r = 0; gz_recognizers[r] && r < GZ_MAX_RECOGNIZERS; r++) {
    const gz_recognizer *rec = gz_recognizers[r];
    int wanted = 0;
    for (int t = 1; t < GIZLI_T_COUNT; t++)
      if (p->enabled[t] && (rec->types & (1ull << t))) wanted = 1;
    if (!wanted) continue;
    e->rec_state[r] = NULL;
    if (rec->create && (rc = rec->create(&e->rec_state[r], err)) != GIZLI_OK) goto done;
    e->rec_on[r] = 1;
  }
done:
  free(kwx.slot);
  kw_pats_free(&kwp);
  for (size_t i = 0; i < total; i++) free(owned ? owned[i] : NULL);
  free(owned);
  free(exprs);
  free(sexprs);
  free(gexprs);
  free(gflags);
  free(gids);
  free(flags);
  free(sflags);
  free(ids);
  free(sids);
  if (rc != GIZLI_OK) {
    gizli_engine_free(e);
    return rc;
  }
  *out = e;
  return GIZLI_OK;
}

void gizli_engine_free(gizli_engine *e) {
  if (!e) return;
  hs_free_database(e->db);
  for (int i = 0; i < GZ_MAX_DETECTORS; i++) hs_free_database(e->db_som[i]);
  hs_free_database(e->db_som_ctx);
  free(e->deny_len);
  free(e->kw);
  for (size_t i = 0; i < e->n_allow; i++) free(e->allow[i]);
  free(e->allow);
  free(e->deny_type);
  for (int r = 0; r < GZ_MAX_RECOGNIZERS && gz_recognizers[r]; r++)
    if (e->rec_on[r] && gz_recognizers[r]->destroy) gz_recognizers[r]->destroy(e->rec_state[r]);
  free(e);
}

size_t gizli_engine_max_span(const gizli_engine *e) {
  (void)e;
  return GZ_MAX_SPAN;
}

/* ---------------------------------------------------------------- scratch */
int gizli_scratch_create(const gizli_engine *e, gizli_scratch **out) {
  if (!e || !out) return GIZLI_E_INVALID;
  gizli_scratch *s = calloc(1, sizeof *s);
  if (!s) return GIZLI_E_NOMEM;
  s->engine = e;
  int bad = e->db && hs_alloc_scratch(e->db, &s->hs) != HS_SUCCESS;
  for (int i = 0; i < GZ_MAX_DETECTORS && !bad; i++)
    if (e->db_som[i] && hs_alloc_scratch(e->db_som[i], &s->hs_som) != HS_SUCCESS) bad = 1;
  if (e->db_som_ctx && hs_alloc_scratch(e->db_som_ctx, &s->hs_som) != HS_SUCCESS) bad = 1;
  if (bad) {
    hs_free_scratch(s->hs);
    hs_free_scratch(s->hs_som);
    free(s);
    return GIZLI_E_NOMEM;
  }
  for (int r = 0; r < GZ_MAX_RECOGNIZERS && gz_recognizers[r]; r++) {
    if (!e->rec_on[r] || !gz_recognizers[r]->scratch_create) continue;
    int rc = gz_recognizers[r]->scratch_create(e->rec_state[r], &s->rec_scratch[r]);
    if (rc != GIZLI_OK) {
      gizli_scratch_free(s);
      return rc;
    }
  }
  *out = s;
  return GIZLI_OK;
}

void gizli_scratch_free(gizli_scratch *s) {
  if (!s) return;
  hs_free_scratch(s->hs);
  hs_free_scratch(s->hs_som);
  free(s->win);
  free(s->dwin);
  for (int r = 0; r < GZ_MAX_RECOGNIZERS && gz_recognizers[r]; r++)
    if (s->rec_scratch[r] && gz_recognizers[r]->scratch_free)
      gz_recognizers[r]->scratch_free(s->rec_scratch[r]);
  free(s->raw);
  free(s->hits);
  free(s->ocr_at);
  free(s->sort_buf);
  gz_findings_free(&s->cand);
  gz_findings_free(&s->out);
  gz_findings_free(&s->rec);
  gz_findings_free(&s->evid);
  gz_findings_free(&s->weak);
  free(s->cover);
  free(s);
}

/* ---------------------------------------------------------------- scan */
static int push_raw(gizli_scratch *s, unsigned id, size_t from, size_t to) {
  if (gz_grow(&s->raw, s->n_raw, &s->cap_raw, sizeof *s->raw, 256)) {
    s->raw_oom = 1;
    return 1; /* stop scanning */
  }
  s->raw[s->n_raw++] = (raw_match){id, from, to};
  return 0;
}

/* Tables pasted as text (CSV, "a | b | c" rows): the cells of a line are
 * separated by one byte that occurs at least twice on it (tab, '|', ';' or
 * ','). The header of a table is its first line; a column's header cell is
 * context for the values below it ("id,ad,fin,telefon" then
 * "1,R\xC9\x99na,ZX9QF8U,..."); a prose line is none (prose_line). A
 * table is followed up or down at most GZ_TABLE_SPAN bytes. */
#define GZ_TABLE_SPAN 2048
static char table_sep(const char *t, size_t ls, size_t le) {
  static const char seps[] = "\t|;,";
  for (int k = 0; seps[k]; k++) {
    int n = 0;
    for (size_t i = ls; i < le && n < 2; i++) n += t[i] == seps[k];
    if (n >= 2) return seps[k];
  }
  return 0;
}
static int count_sep(const char *t, size_t a, size_t b, char sep) {
  int n = 0;
  for (size_t i = a; i < b; i++) n += t[i] == sep;
  return n;
}
/* The start and end of the line holding position i, looked for at most
 * GZ_TABLE_SPAN bytes away (SIZE_MAX when farther: a line that long is no
 * table row here). The bound keeps the work per candidate constant on a
 * text that is one huge line. */
static size_t line_start_near(const char *t, size_t i) {
  size_t stop = i > GZ_TABLE_SPAN ? i - GZ_TABLE_SPAN : 0;
  /* memrchr: the scan back was a byte at a time (1.2 % of a structured scan) */
  const char *nl = i > stop ? memrchr(t + stop, '\n', i - stop) : NULL;
  if (nl) return (size_t)(nl - t) + 1;
  return stop > 0 && t[stop - 1] != '\n' ? SIZE_MAX : stop;
}
static size_t line_end_near(const char *t, size_t len, size_t i) {
  size_t n = len - i < GZ_TABLE_SPAN ? len - i : GZ_TABLE_SPAN;
  const char *p = memchr(t + i, '\n', n);
  return p ? (size_t)(p - t) : n == len - i ? len : SIZE_MAX;
}

/* Whether a table cell can end at i (dir > 0: the bytes from i) or start
 * there (dir < 0: the bytes before i): after at most four spaces or quotes
 * comes a cell separator, a bracket (an SQL row "(1041, 'Rauf', ...)" or
 * column list), a line break or the edge of the text. This O(1)
 * test keeps the table lookups below off nearly every candidate in prose. */
static int cell_edge(const char *t, size_t len, size_t i, int dir) {
  for (int k = 0; k < 5; k++) {
    if (dir > 0 ? i >= len : i == 0) return 1;
    char c = dir > 0 ? t[i] : t[i - 1];
    if (c == '\t' || c == '|' || c == ';' || c == ',' || c == '\n' || c == '\r' || c == '(' ||
        c == ')')
      return 1;
    /* '`' quotes a column's name in SQL ("(`id`,`fin`,...)", batch 26) */
    if (c != ' ' && c != '"' && c != '\'' && c != '`') return 0;
    i = dir > 0 ? i + 1 : i - 1;
  }
  return 0;
}

/* Is the line [ls, le) prose rather than a table header: does a sentence
 * end inside it? "Your tenancy ends on 31 January 2027. Your deposit of
 * £1,350 is protected, reference DPS-881" has commas enough for a row, but
 * its cells are no column labels. A sentence end: a number or a word of
 * four or more lower-case letters, ". ", then a capitalised word; header
 * abbreviations are none ("T.C. Kimlik No", "Doğ. Tarihi", "No. Ad"). */
static int prose_line(const char *t, size_t ls, size_t le) {
  for (const char *p = memchr(t + ls, '.', le - ls); p && p + 3 < t + le;
       p = memchr(p + 1, '.', (size_t)(t + le - p - 1))) {
    if (p[1] != ' ' || p[2] < 'A' || p[2] > 'Z' || p[3] < 'a' || p[3] > 'z') continue;
    const char *w = p;
    int digits = 1, lower = 1;
    while (w > t + ls && w[-1] != ' ' && w[-1] != ',' && p - w < 16) {
      w--;
      digits &= *w >= '0' && *w <= '9';
      lower &= *w >= 'a' && *w <= 'z';
    }
    if (p - w >= 2 && digits) return 1;
    if (p - w >= 4 && lower) return 1;
  }
  return 0;
}

/* The end of the table whose header line holds position `at` (a context
 * word in a header cell), or 0 when that line is no table header. */
static size_t table_end_from_header(const char *t, size_t len, size_t at) {
  /* a padded cell of a Markdown table, "| Ad Soyad / FİN      |" */
  size_t pad = at;
  while (pad < len && pad - at < 64 && t[pad] == ' ') pad++;
  if (!cell_edge(t, len, pad, 1)) return 0;
  size_t ls = line_start_near(t, at), le = line_end_near(t, len, at);
  if (ls == SIZE_MAX || le == SIZE_MAX) return 0;
  char sep = table_sep(t, ls, le);
  if (!sep || prose_line(t, ls, le)) return 0;
  size_t e = le;
  while (e < len && e - le < GZ_TABLE_SPAN) {
    size_t ne = line_end_near(t, len, e + 1);
    if (ne == SIZE_MAX) break;
    /* a column list "COPY t (id, name, dob) FROM stdin;" over rows
     * separated by another byte (tabs) */
    if (e == le && count_sep(t, e + 1, ne, sep) < 2 && memchr(t + ls, '(', le - ls)) {
      char rs = table_sep(t, e + 1, ne);
      if (rs) sep = rs;
    }
    if (count_sep(t, e + 1, ne, sep) < 2) break;
    e = ne;
  }
  return e > le ? e : 0;
}

/* The cell `col` of the column list "(id, full_name, dob)" on the line
 * [ls, le), when the list has exactly `cells` names: the header of rows
 * separated by another byte ("COPY t (...) FROM stdin;" then tab rows). */
static int column_list_cell(const char *t, size_t ls, size_t le, int col, int cells, size_t *cs,
                            size_t *ce) {
  const char *o = memchr(t + ls, '(', le - ls);
  if (!o) return 0;
  size_t a = (size_t)(o - t) + 1;
  const char *c = memchr(t + a, ')', le - a);
  if (!c) return 0;
  size_t b = (size_t)(c - t);
  if (count_sep(t, a, b, ',') + 1 != cells) return 0;
  size_t i = a;
  for (int k = 0; k < col && i < b; i++)
    if (t[i] == ',') k++;
  size_t j = i;
  while (j < b && t[j] != ',') j++;
  *cs = i;
  *ce = j;
  return j > i;
}

/* The header cell [*cs, *ce) of the column of position s, when s lies in a
 * table row below its header (see table_sep); 0 otherwise. */
static int table_header_cell(const char *t, size_t len, size_t s, size_t *cs, size_t *ce,
                             int shift) {
  size_t ls = line_start_near(t, s), le = line_end_near(t, len, s);
  if (ls == SIZE_MAX || ls == 0 || le == SIZE_MAX) return 0;
  char sep = table_sep(t, ls, le);
  if (!sep) return 0;
  int col = count_sep(t, ls, s, sep);
  size_t h = ls; /* start of the topmost table line found so far */
  while (h > 0 && ls - h < GZ_TABLE_SPAN) {
    size_t p = h - 1, ps = line_start_near(t, p);
    if (ps == SIZE_MAX || count_sep(t, ps, p, sep) < 2) break;
    h = ps;
  }
  if (sep != ',' && h > 0 && !shift) {
    size_t ps = line_start_near(t, h - 1);
    if (ps != SIZE_MAX &&
        column_list_cell(t, ps, h - 1, col, count_sep(t, ls, le, sep) + 1, cs, ce))
      return 1;
  }
  if (h == ls) return 0;
  size_t he = line_end_near(t, len, h), i = h;
  if (he == SIZE_MAX || prose_line(t, h, he)) return 0;
  /* shift: a row with fewer cells than its header ("ad,soyad,fin" over
   * "Rəşad Kərimov,6KHSE8Y") counted from the right end */
  if (shift) {
    int miss = count_sep(t, h, he, sep) - count_sep(t, ls, le, sep);
    if (miss <= 0) return 0;
    col += miss;
  }
  for (int c = 0; c < col && i < he; i++)
    if (t[i] == sep) c++;
  if (i >= he && col > 0) return 0;
  size_t j = i;
  while (j < he && t[j] != sep) j++;
  *cs = i;
  *ce = j;
  return j > i;
}

/* Fixed-width tables (report extracts, terminal listings): the cells of a
 * line are aligned in columns and separated by spaces, two or more between
 * most of them ("0088412  MUSAYEV ZAUR ELDAR       C76UNXY  0504417720").
 * A column's header is the cell of the line above at the same character
 * column: the nearest such line whose cell there holds no digit (rows
 * above the value hold values), skipping rule lines ("-----", "====").
 * A line is a row when it has at least two gaps of two or more spaces
 * between text (prose has none) and no "label: value" (a form line). */
static int fw_gaps(const char *t, size_t ls, size_t le) {
  int gaps = 0;
  /* "Yatış: 12.11.2026  Çıkış: 19.11.2026" is a form line, not a row */
  for (const char *c = memchr(t + ls, ':', le - ls); c && c + 1 < t + le;
       c = memchr(c + 1, ':', (size_t)(t + le - c - 1)))
    if (c[1] == ' ') return 0;
  for (size_t i = ls; i + 2 < le && gaps < 2; i++)
    if (t[i] != ' ' && t[i + 1] == ' ' && t[i + 2] == ' ') {
      size_t j = i + 1;
      while (j < le && t[j] == ' ') j++;
      if (j < le && t[j] != '\r') gaps++;
      i = j - 1;
    }
  return gaps;
}
static int fw_rule_line(const char *t, size_t ls, size_t le) {
  int n = 0;
  for (size_t i = ls; i < le; i++) {
    if (t[i] == '-' || t[i] == '=' || t[i] == '_')
      n++;
    else if (t[i] != ' ' && t[i] != '+' && t[i] != '|' && t[i] != '\r')
      return 0;
  }
  return n >= 3;
}
/* The byte at character column col of the line [ls, le), or le. */
static size_t fw_at_col(const char *t, size_t ls, size_t le, size_t col) {
  size_t i = ls;
  for (size_t c = 0; i < le; i++) {
    if (((unsigned char)t[i] & 0xC0) == 0x80) continue;
    if (c++ == col) return i;
  }
  return le;
}
/* The cell of the line [ls, le) holding byte i: up to gaps of two spaces
 * (or a line edge) on either side; 0 when i is a space. */
static int fw_cell(const char *t, size_t ls, size_t le, size_t i, size_t *cs, size_t *ce) {
  if (i >= le || t[i] == ' ' || t[i] == '\r') return 0;
  size_t a = i, b = i;
  while (a > ls && !(t[a - 1] == ' ' && (a - 1 == ls || t[a - 2] == ' '))) a--;
  while (b < le && t[b] != '\r' && !(t[b] == ' ' && (b + 1 >= le || t[b + 1] == ' '))) b++;
  *cs = a;
  *ce = b;
  return 1;
}
static int fw_header_cell(const char *t, size_t len, size_t s, size_t e, size_t *cs, size_t *ce) {
  size_t ls = line_start_near(t, s), le = line_end_near(t, len, s);
  if (ls == SIZE_MAX || ls == 0 || le == SIZE_MAX || fw_gaps(t, ls, le) < 2) return 0;
  size_t c0 = 0, c1 = 0; /* character columns of the value's first and last byte */
  for (size_t i = ls; i < e; i++)
    if (((unsigned char)t[i] & 0xC0) != 0x80) {
      if (i < s) c0++;
      c1++;
    }
  c1--;
  size_t h = ls;
  for (int lines = 0; h > 0 && ls - h < GZ_TABLE_SPAN && lines < 40; lines++) {
    size_t he = h - 1, hs = line_start_near(t, he);
    if (hs == SIZE_MAX || hs == he) return 0;
    h = hs;
    if (fw_rule_line(t, hs, he)) continue;
    if (!fw_gaps(t, hs, he)) return 0;
    size_t a, b;
    if (!fw_cell(t, hs, he, fw_at_col(t, hs, he, c0), &a, &b) &&
        !fw_cell(t, hs, he, fw_at_col(t, hs, he, c1), &a, &b))
      continue;
    int digit = 0;
    for (size_t i = a; i < b && !digit; i++) digit = t[i] >= '0' && t[i] <= '9';
    if (digit) continue;
    *cs = a;
    *ce = b;
    return 1;
  }
  return 0;
}
/* The end of the fixed-width table whose header line holds the context
 * word ending at `at` (a gap or the line end after it), or 0: the rows
 * and rule lines below it. */
static size_t fw_table_end(const char *t, size_t len, size_t at) {
  if (!(at >= len || t[at] == '\n' || t[at] == '\r' ||
        (at + 1 < len && t[at] == ' ' && t[at + 1] == ' ')))
    return 0;
  size_t ls = line_start_near(t, at), le = line_end_near(t, len, at);
  if (ls == SIZE_MAX || le == SIZE_MAX || !fw_gaps(t, ls, le) || prose_line(t, ls, le)) return 0;
  size_t e = le;
  while (e < len && e - le < GZ_TABLE_SPAN) {
    size_t ne = line_end_near(t, len, e + 1);
    if (ne == SIZE_MAX || !(fw_gaps(t, e + 1, ne) >= 2 || fw_rule_line(t, e + 1, ne))) break;
    e = ne;
  }
  return e > le ? e : 0;
}

/* Opens (or extends) the window scanned with detector det's start-tracking
 * database around an anchor ending at `to`; a context word in a table
 * header opens the window over the whole table below it. */
static int open_window(gizli_scratch *s, size_t det, unsigned long long to) {
  size_t before = s->engine->win_before[det], after = s->engine->win_after[det];
  /* the window reaches a reply on a later line only when the anchor is in
   * the last GZ_PREV_REACH bytes of its line; otherwise it stays on the
   * line (most context words: the wide window cost a fifth of the scan) */
  if (after > s->engine->win_after_line[det]) {
    size_t look = GZ_PREV_REACH + 1;
    if ((size_t)to + look > s->text_len) look = s->text_len - (size_t)to;
    if (!memchr(s->text + to, '\n', look)) after = s->engine->win_after_line[det];
  }
  size_t a = to > before ? (size_t)to - before : 0;
  size_t b = (size_t)to + after;
  if (gz_detectors[det].ctx_anchor) {
    size_t te = table_end_from_header(s->text, s->text_len, (size_t)to);
    if (!te) te = fw_table_end(s->text, s->text_len, (size_t)to);
    if (te > b) b = te;
  }
  /* the detector's own window: a match of det counts only inside one, even
   * where the scan covers the union of several detectors' windows */
  size_t k = s->n_dwin;
  while (k > 0 && s->dwin[k - 1].det != det) k--;
  if (k > 0 && a <= s->dwin[k - 1].to) {
    if (b > s->dwin[k - 1].to) s->dwin[k - 1].to = b;
  } else {
    if (gz_grow(&s->dwin, s->n_dwin, &s->cap_dwin, sizeof *s->dwin, 16)) {
      s->raw_oom = 1;
      return 1;
    }
    s->dwin[s->n_dwin++] = (det_window){a, b, (unsigned)det};
  }
  if (s->n_win && a <= s->win[s->n_win - 1].to && a >= s->win[s->n_win - 1].from) {
    if (b > s->win[s->n_win - 1].to) s->win[s->n_win - 1].to = b;
    ds_add(&s->win[s->n_win - 1].dets, det);
    return 0;
  }
  if (gz_grow(&s->win, s->n_win, &s->cap_win, sizeof *s->win, 16)) {
    s->raw_oom = 1;
    return 1;
  }
  window nw = {a, b, {{0}}};
  ds_add(&nw.dets, det);
  s->win[s->n_win++] = nw;
  return 0;
}

/* Context-word database: records the word's raw span (found by stepping back
 * over as many code points as the folded word has) and opens the windows of
 * the detectors it anchors. */
/* Does a camelCase word start at i: an ASCII capital after two lower-case
 * letters? */
static int camel_edge(const char *t, size_t i) {
  return i >= 2 && t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] >= 'a' && t[i - 1] <= 'z' &&
         t[i - 2] >= 'a' && t[i - 2] <= 'z';
}

static int on_kw_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                       void *ctx) {
  (void)flags;
  (void)from;
  gizli_scratch *s = ctx;
  const kw_word *w = &s->engine->kw[id];
  size_t st = (size_t)to, wi = strlen(w->text);
  for (unsigned c = 0; c < w->ncp && st > 0; c++) {
    /* the word's character at the same place from the end: a space of
     * the word may have matched two (see spellings) */
    if (wi > 0) wi--;
    while (wi > 0 && ((unsigned char)w->text[wi] & 0xC0) == 0x80) wi--;
    if (w->text[wi] == ' ' && st >= 2 && s->text[st - 1] == ' ' &&
        (s->text[st - 2] == ' ' || s->text[st - 2] == '_' || s->text[st - 2] == '-'))
      st--;
    st--;
    while (st > 0 && ((unsigned char)s->text[st] & 0xC0) == 0x80) st--;
  }
  /* only whole words count: a word must start one and, when short, end
   * one ("tin" in "continue" or "id" in "said" is no context); a capital
   * after two lower-case letters starts a word of a camelCase key too
   * ("cepTel", "phoneNumber"; not "iPhone") */
  const char *x = s->text;
  if (st > 0 && gz_word_byte((unsigned char)x[st - 1]) && !camel_edge(x, st)) return 0;
  if (w->short_end && to < s->text_len && gz_word_byte((unsigned char)x[to]) &&
      !camel_edge(x, to))
    return 0;
  /* the first word of an e-mail address's domain is a mail host's name,
   * no context ("g.munro@nhs-highland.scot" names no NHS number; batch 31) */
  if (st >= 2 && x[st - 1] == '@' && gz_word_byte((unsigned char)x[st - 2])) return 0;
  if (gz_grow(&s->hits, s->n_hits, &s->cap_hits, sizeof *s->hits, 64)) {
    s->raw_oom = 1;
    return 1;
  }
  /* two spellings of one word cannot both end here, but be safe: one hit */
  for (size_t k = s->n_hits; k > 0 && s->hits[k - 1].end == (size_t)to; k--)
    if (s->hits[k - 1].word == id) return 0;
  s->hits[s->n_hits++] = (kw_hit){st, (size_t)to, id};
  size_t d;
  DS_FOREACH(d, w->anchor)
  if (open_window(s, d, to)) return 1;
  return 0;
}

/* Fast database: detector ends, anchor ends (which open a window for the
 * start-tracking database), deny literals and context words. */
static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                    void *ctx) {
  (void)flags;
  (void)from;
  gizli_scratch *s = ctx;
  if (id >= GZ_ID_KW) return on_kw_match(id - GZ_ID_KW, from, to, flags, ctx);
  if (id >= GZ_ID_ANCHOR && id < GZ_ID_DENY) return open_window(s, id - GZ_ID_ANCHOR, to);
  return push_raw(s, id, SIZE_MAX, (size_t)to);
}

static int cmp_hit(const void *a, const void *b) {
  const kw_hit *x = a, *y = b;
  return x->end < y->end ? -1 : x->end > y->end;
}

static int cmp_window(const void *a, const void *b) {
  const window *x = a, *y = b;
  return x->from < y->from ? -1 : x->from > y->from;
}

/* Anchors of different detectors open windows of different sizes, so the
 * list from the scan may be out of order or overlap: sort and merge it, so
 * that no byte is scanned twice for one detector (which would report a
 * candidate twice). */
static void merge_windows(gizli_scratch *sc) {
  if (sc->n_win < 2) return;
  int sorted = 1;
  for (size_t i = 1; i < sc->n_win && sorted; i++)
    if (sc->win[i].from <= sc->win[i - 1].to) sorted = 0;
  if (sorted) return;
  qsort(sc->win, sc->n_win, sizeof *sc->win, cmp_window);
  size_t k = 0;
  for (size_t i = 1; i < sc->n_win; i++) {
    if (sc->win[i].from <= sc->win[k].to) {
      if (sc->win[i].to > sc->win[k].to) sc->win[k].to = sc->win[i].to;
      ds_or(&sc->win[k].dets, &sc->win[i].dets);
    } else {
      sc->win[++k] = sc->win[i];
    }
  }
  sc->n_win = k + 1;
}

/* Whether text[from..to) lies in one of detector det's own windows. A
 * scanned window is the union of overlapping windows of several detectors;
 * without this test a match of one detector would count, or not, depending
 * on an unrelated anchor of another nearby. */
static int in_own_window(const gizli_scratch *s, unsigned det, size_t from, size_t to) {
  for (size_t k = 0; k < s->n_dwin; k++)
    if (s->dwin[k].det == det && from >= s->dwin[k].from && to <= s->dwin[k].to) return 1;
  return 0;
}

/* The grouped database reports every context-anchored detector; only those
 * whose anchors opened this window count, each inside its own windows (as
 * if each ran alone). */
static int on_som_group_match(unsigned id, unsigned long long from, unsigned long long to,
                              unsigned flags, void *ctx) {
  (void)flags;
  gizli_scratch *s = ctx;
  if (id >= GZ_MAX_DETECTORS || !ds_has(&s->win_dets, id)) return 0;
  size_t a = s->win_base + (size_t)from, b = s->win_base + (size_t)to;
  if (!in_own_window(s, id, a, b)) return 0;
  return push_raw(s, id, a, b);
}

static int on_som_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                        void *ctx) {
  (void)flags;
  gizli_scratch *s = ctx;
  size_t a = s->win_base + (size_t)from, b = s->win_base + (size_t)to;
  if (!in_own_window(s, id, a, b)) return 0;
  return push_raw(s, id, a, b);
}

static int is_trigger(unsigned char c) {
  return (c >= '0' && c <= '9') || c == ':';
}

/* Offset of the first digit or ':' at or after i, or len. */
static size_t next_trigger(const char *t, size_t i, size_t len) {
#ifdef __SSE2__
  const __m128i zero = _mm_set1_epi8('0' - 1), nine = _mm_set1_epi8('9' + 1),
                colon = _mm_set1_epi8(':');
  while (i + 16 <= len) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, zero), _mm_cmplt_epi8(v, nine));
    int m = _mm_movemask_epi8(_mm_or_si128(digit, _mm_cmpeq_epi8(v, colon)));
    if (m) return i + (size_t)__builtin_ctz((unsigned)m);
    i += 16;
  }
#endif
  while (i < len && !is_trigger((unsigned char)t[i])) i++;
  return i;
}

/* The gated matcher bits of the detectors whose anchors opened window w. */
static unsigned gated_want(const gizli_engine *eng, const gizli_scratch *sc, size_t w) {
  if (w >= sc->n_win) return 0;
  unsigned want = 0;
  size_t d;
  DS_FOREACH(d, sc->win[w].dets)
  if (ds_has(&eng->gated_dets, d)) want |= eng->gated_bit[d];
  return want;
}

/* The hand-written half of the pattern scan. Every match of these
 * detectors contains a digit or ':' (a trigger), so the text is skipped to
 * the next trigger and only token ends near one are tried: a token end
 * (the last byte a letter, digit or ':', the next not an ASCII letter or
 * digit) can end a match when
 *  - its last byte is a digit (a trigger itself), or
 *  - a trigger lies at most GZ_NUM_NEAR bytes before its last byte (UK NINO
 *    "12 C", IPv6 ":2ab"), or
 *  - for IBANs ending in a letter: every byte since the last digit is in
 *    [A-Z0-9 ] and that digit is at most num_reach bytes back.
 * At each such end the end matchers (numeric.c) decide whether a match of
 * the detector's pattern ends there; such ends are queued exactly as
 * Vectorscan would report them. Ends inside a run of letters or digits are
 * skipped: evaluate() rejects them by the detectors' boundary rules. */
static int scan_numeric(const gizli_engine *eng, gizli_scratch *sc, const char *t, size_t len) {
  const unsigned char *bc = eng->bytecls;
  size_t reach = eng->num_reach, i = 0;
  int iban_on = eng->iban_num;
  size_t wi = 0; /* the window the gated matchers are tried in (merged, by start) */
  unsigned win_want = gated_want(eng, sc, 0);
  while (i < len) {
    size_t p = next_trigger(t, i, len);
    if (p >= len) break;
    size_t last_trig = p, last_digit = p, e = p + 1;
    int iban_alive = 0;
    for (; e <= len; e++) {
      unsigned char c = (unsigned char)t[e - 1], k = bc[c];
      if (k & GZ_BC_TRIGGER) {
        last_trig = e - 1;
        if (c != ':') {
          last_digit = e - 1;
          iban_alive = iban_on;
        }
      } else if (!(k & GZ_BC_IBAN)) {
        iban_alive = 0;
      }
      if (e - 1 - last_trig > GZ_NUM_NEAR && !(iban_alive && e - last_digit <= reach)) break;
      if (e < len && (bc[(unsigned char)t[e]] & GZ_BC_ALNUM)) continue;
      /* a single digit: phone_ocr's anchor may end here */
      if (eng->ocr_det && c != ':' && (k & GZ_BC_TRIGGER) &&
          (e < 2 || t[e - 2] < '0' || t[e - 2] > '9') && gz_ocr_anchor(t, len, e)) {
        if (gz_grow(&sc->ocr_at, sc->n_ocr, &sc->cap_ocr, sizeof *sc->ocr_at, 16))
          return GIZLI_E_NOMEM;
        sc->ocr_at[sc->n_ocr++] = e;
      }
      int cls = k >> 4;
      if (!cls) continue;
      /* a lower-case hex letter can only end an IPv6 address, which has a
       * ':' within its last five bytes */
      if (cls == GZ_END_HEX && !memchr(t + (e > 5 ? e - 5 : 0), ':', e > 5 ? 5 : e)) continue;
      unsigned want = eng->num_want;
      if (eng->num_gated) {
        if (wi < sc->n_win && sc->win[wi].to < e) {
          while (wi < sc->n_win && sc->win[wi].to < e) wi++;
          win_want = gated_want(eng, sc, wi);
        }
        if (wi < sc->n_win && sc->win[wi].from < e) want |= win_want;
      }
      unsigned hits = gz_end_match_all(t, 0, e, cls, want & eng->end_cls[cls]);
      for (; hits; hits &= hits - 1)
        if (push_raw(sc, eng->num_det[__builtin_ctz(hits)], SIZE_MAX, e)) return GIZLI_E_NOMEM;
    }
    i = e;
  }
  return GIZLI_OK;
}

/* The '@' detectors: each end of an e-mail or handle match that passes the
 * detector's right-hand neighbour rule (the first thing evaluate() checks)
 * is queued as a raw match, exactly as Vectorscan would report it. */
typedef struct at_ctx {
  const gizli_engine *eng;
  gizli_scratch *sc;
  const char *t;
  size_t len;
  unsigned det;
  int bound;
} at_ctx;

static int bound_ok(const char *t, size_t len, size_t s, size_t e, int kind);

static int on_at_end(void *ctx, size_t end) {
  at_ctx *a = ctx;
  if (!bound_ok(a->t, a->len, end, end, a->bound)) return 0;
  return push_raw(a->sc, a->det, SIZE_MAX, end);
}

static int scan_at_signs(const gizli_engine *eng, gizli_scratch *sc, const char *t, size_t len) {
  at_ctx em = {eng, sc, t, len, (unsigned)eng->at_email - 1, GZ_B_EMAIL};
  at_ctx ha = {eng, sc, t, len, (unsigned)eng->at_handle - 1, GZ_B_WORD};
  for (const char *p = memchr(t, '@', len); p; p = memchr(p + 1, '@', len - (size_t)(p + 1 - t))) {
    size_t at = (size_t)(p - t);
    if (eng->at_email && gz_email_ends(t, len, at, on_at_end, &em)) return GIZLI_E_NOMEM;
    if (eng->at_handle && gz_handle_ends(t, len, at, on_at_end, &ha)) return GIZLI_E_NOMEM;
    if (p + 1 >= t + len) break;
  }
  return GIZLI_OK;
}

/* MAC addresses: every end of a match (gz_mac_ends) that passes the right
 * neighbour rule is queued, as for the '@' detectors. */
static int scan_macs(const gizli_engine *eng, gizli_scratch *sc, const char *t, size_t len) {
  at_ctx mc = {eng, sc, t, len, (unsigned)eng->mac_det - 1, GZ_B_MAC};
  return gz_mac_ends(t, len, on_at_end, &mc) ? GIZLI_E_NOMEM : GIZLI_OK;
}

static int is_digitc(int c) {
  return c >= '0' && c <= '9';
}
static int is_hexc(int c) {
  return is_digitc(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Does the comma at c join two parts of one number ("1,234,567",
 * "12,50", "1234,56")? Only when the digits after it are a thousands group
 * or decimals (at most three) and those before it an integer part (at most
 * nine): "4111111111111111,4375..." and "...,4650662277325082,09/28" (CSV
 * fields: a card, then an expiry month) are separate numbers, and so is
 * "11/29,5466242346756319"; nor is "2735 8176,09/28" (an expiry after it). */
static int comma_joins(const char *t, size_t len, size_t c) {
  size_t l = 0, r = 0;
  while (l < 10 && c > l && is_digitc((unsigned char)t[c - l - 1])) l++;
  while (r < 4 && c + 1 + r < len && is_digitc((unsigned char)t[c + 1 + r])) r++;
  /* "...2735 8176,09/28": digits followed by '/' are a date or an expiry,
   * not decimals */
  if (c + 1 + r < len && t[c + 1 + r] == '/') return 0;
  /* "...,10.141.253.129,88:d1:0d:0f:21:bf", "...,3c:22:fb:...": two hex
   * digits (the first one a digit) then a colon or dash and a hex digit
   * start a MAC address or a time in the next CSV cell */
  size_t h = c + 1 + r;
  if (r == 1 && h < len && is_hexc((unsigned char)t[h])) h++;
  if (h - c - 1 == 2 && h + 1 < len && (t[h] == ':' || t[h] == '-') &&
      is_hexc((unsigned char)t[h + 1]))
    return 0;
  /* CSV cells of dashed numbers: "1986-05-21,761-64-4371" (a date, then
   * an SSN) and "...,4371,(646) 555-0193" (no digit after the comma) are
   * separate values; a thousands group is not glued to a dash and a digit */
  if (r == 0) return 0;
  if (c + 2 + r < len && t[c + 1 + r] == '-' && is_digitc((unsigned char)t[c + 2 + r])) return 0;
  if (c > l + 1 && (t[c - l - 1] == '-' || t[c - l - 1] == '/') &&
      is_digitc((unsigned char)t[c - l - 2]))
    return 0;
  /* a space-grouped number whose last group is no thousands group, then a
   * comma: a phone ending its CSV cell ("Turkcell,0532 205 61 40,88"),
   * not decimals ("1 250,50" still joins) */
  if (l != 3 && c > l + 1 && t[c - l - 1] == ' ' && is_digitc((unsigned char)t[c - l - 2]))
    return 0;
  return r <= 3 && l <= 9;
}

/* Is the '-' at t[e] the start of a case ending written after an e-mail
 * address (batch 29): "ramin@firma.az-a", "info@site.com.tr'ye" is the
 * quote's; here one to four lower-case letters (ASCII or two-byte UTF-8,
 * "-dən") and then no address character, so "a@b.my-app.io" stays out. */
static int email_case_suffix(const char *t, size_t len, size_t e) {
  size_t k = e + 1;
  int letters = 0;
  while (k < len && letters < 5) {
    unsigned char c = (unsigned char)t[k];
    if (c >= 'a' && c <= 'z')
      k++;
    else if (c >= 0xC3 && c <= 0xC9 && k + 1 < len)
      k += 2;
    else
      break;
    letters++;
  }
  if (letters < 1 || letters > 4) return 0;
  if (k == len) return 1;
  unsigned char c = (unsigned char)t[k];
  return !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '-' && c != '@' &&
         c != '_' && c < 0x80 && !(c == '.' && k + 1 < len && gz_ascii_alnum((unsigned char)t[k + 1]));
}

/* gz_cp_before, gz_cp_at and gz_is_wordcp (text.c) with the answer for an
 * ASCII byte inline, the same values: the neighbours of most matches are
 * ASCII, and bound_ok runs for every candidate match. */
static inline int32_t cp_before(const char *t, size_t s) {
  if (s > 0 && (unsigned char)t[s - 1] < 0x80) return (unsigned char)t[s - 1];
  return gz_cp_before(t, s);
}
static inline int32_t cp_at(const char *t, size_t len, size_t e) {
  if (e < len && (unsigned char)t[e] < 0x80) return (unsigned char)t[e];
  return gz_cp_at(t, len, e);
}
static inline int wordcp(int32_t cp) {
  if (cp < 0x80) return cp >= 0 && gz_ascii_alnum((unsigned char)cp);
  return gz_is_wordcp(cp);
}

/* Is e the end of the first or the second address of the "MAC=" field of
 * a netfilter (iptables, UFW) log line (batch 38)? The field runs
 * fourteen octets together with ':': the destination's six, the
 * source's six, the frame's two EtherType bytes
 * ("MAC=f2:3c:94:1a:7e:05:fe:ff:ff:ff:ff:ff:08:00 SRC=..."); the two
 * addresses in it are joined to their neighbours by ':', which the IP
 * rule would reject. */
static int netfilter_mac(const char *t, size_t len, size_t e) {
  for (size_t back = 17; back <= 35; back += 18) {
    if (e < back + 4) return 0;
    size_t f = e - back;
    if (memcmp(t + f - 4, "MAC=", 4) != 0 || f + 41 > len) continue;
    size_t i = 0;
    while (i < 41 && (i % 3 == 2 ? t[f + i] == ':' : is_hexc((unsigned char)t[f + i]))) i++;
    if (i == 41 && (f + 41 == len || !(is_hexc((unsigned char)t[f + 41]) || t[f + 41] == ':')))
      return 1;
  }
  return 0;
}

/* Checks the characters around [s, e) against a detector's neighbour rule.
 * With s == e only the right side is checked. */
static int bound_ok(const char *t, size_t len, size_t s, size_t e, int kind) {
  int32_t before = s == e ? -1 : cp_before(t, s), after = cp_at(t, len, e);
  int b2 = s >= 2 && s != e ? (unsigned char)t[s - 2] : -1;
  int a2 = e + 1 < len ? (unsigned char)t[e + 1] : -1;
  switch (kind) {
  case GZ_B_NONE: return 1;
  case GZ_B_NUM:
    if (wordcp(before) || wordcp(after)) return 0;
    if (is_digitc(b2) && (before == '.' || (before == ',' && comma_joins(t, len, s - 1)))) return 0;
    if (is_digitc(a2) && (after == '.' || (after == ',' && comma_joins(t, len, e)))) return 0;
    if (before == '-' && is_digitc(b2)) return 0;
    if (after == '-' && is_digitc(a2)) return 0;
    return 1;
  case GZ_B_WORD: return !wordcp(before) && !wordcp(after);
  case GZ_B_WORDSTART: return s == e || !wordcp(before);
  case GZ_B_EMAIL:
    if (wordcp(before) || before == '.' || before == '%' || before == '+' || before == '-' ||
        before == '_')
      return 0;
    if (after == '-' && email_case_suffix(t, len, e)) return 1;
    if (wordcp(after) || after == '-' || after == '@') return 0;
    if (after == '.' && a2 >= 0 && gz_ascii_alnum((unsigned char)a2)) return 0;
    return 1;
  case GZ_B_HANDLE:
    if (wordcp(before) || before == '.' || before == '@' || before == '_' || before == '/')
      return 0;
    return !wordcp(after) && after != '_' && after != '@';
  case GZ_B_MAC:
    if ((after == ':' || before == ':') && (s == e || e - s == 17) && netfilter_mac(t, len, e))
      return 1;
    /* fall through */
  case GZ_B_IP:
    if (wordcp(before) || wordcp(after)) return 0;
    if ((before == '.' || before == ':') && b2 >= 0 && is_hexc(b2)) return 0;
    if ((after == '.' || after == ':') && a2 >= 0 && is_hexc(a2)) return 0;
    return 1;
  }
  return 0;
}


/* Is context word hit h inside the window part [from, to)? (Hits are whole
 * words already: on_kw_match drops the others.) */
static int hit_in(const kw_hit *h, size_t from, size_t to) {
  return h->start >= from && h->end <= to;
}

/* Is the context word ending at a the label of the candidate at b? Between
 * them: an optional suffix of up to four letters after a hyphen or an
 * apostrophe ("VKN-i", "TCKN'si") or attached (Azerbaijani "VÖEN-i",
 * "nömrəsi" is a word of its own), then at most three bytes of
 * punctuation and spaces ("VKN: ", "Tel.", "IBAN - ", "No #"). */
static int is_label_gap(const char *t, size_t a, size_t b) {
  size_t i = a;
  if (i < b && (t[i] == '-' || t[i] == '\'')) {
    size_t k = i + 1;
    while (k < b && k - i <= 8 && ((t[k] >= 'a' && t[k] <= 'z') || (unsigned char)t[k] >= 0x80))
      k++;
    if (k > i + 1) i = k;
  }
  if (b - i > 3) return 0;
  for (; i < b; i++)
    if (t[i] != ' ' && t[i] != ':' && t[i] != '-' && t[i] != '.' && t[i] != '#' && t[i] != '=')
      return 0;
  return 1;
}

/* Index of the first context-word hit ending after byte `at` (hits are in
 * order of their ends). */
static size_t first_hit_after(const gizli_scratch *sc, size_t at) {
  size_t lo = 0, hi = sc->n_hits;
  while (lo < hi) {
    size_t m = (lo + hi) / 2;
    if (sc->hits[m].end <= at)
      lo = m + 1;
    else
      hi = m;
  }
  return lo;
}

static int word_byte(const char *t, size_t i) {
  return gz_word_byte((unsigned char)t[i]);
}

/* Are there at most `max` words (runs of letters and digits) in t[a, b)? */
static int few_words(const char *t, size_t a, size_t b, int max) {
  int words = 0;
  for (size_t i = a; i < b; i++)
    if (word_byte(t, i) && (i == a || !word_byte(t, i - 1)) && ++words > max) return 0;
  return 1;
}

/* Is the line starting at ls, with the value at [s, e), an answer to the
 * line above? 2: a short reply, the whole line above counts: the value
 * ends the line but for at most two words ("0505551209 whatsapp"), and
 * before it stand at most one word ("Lalə: 1971-03-08" below "Doğum
 * tarixinizi yazın.") or a chat speaker and at most three words: an
 * optional time stamp ("[14:04]", "22.11.26, 10:15 -"), one word or two
 * capitalised ones, optionally an initial or a bracketed name ("Rəşad M.", "Agent
 * (Priya)", "Operator Nigar"), a colon ("Customer: Thomas Reilly, 14/08/1986" below "... full name
 * and date of birth?"). 1: one word before the value, but the line goes on (a sentence: "Hattım
 * 0532 ... üzerine ..."): only the end of the line above, within the detector's window. 0: no reply
 * ("Randevu tarihi: 2019-10-24" under "D. Tarihi: 7 Ocak 1957" or under an empty "Doğum tarixi:"
 * field has its own label). */
static int reply_line(const char *t, size_t len, size_t ls, size_t s, size_t e) {
  /* under an empty form field ("Doğum tarixi:"), a value after a label or
   * speaker of its own ("Yatış: 11.11.2026") is not its answer */
  size_t fe = ls - 1;
  while (fe > 0 && (t[fe - 1] == ' ' || t[fe - 1] == '\r')) fe--;
  if (fe > 0 && t[fe - 1] == ':' && memchr(t + ls, ':', s - ls)) return 0;
  size_t le = e;
  while (le < len && le - e < GZ_REPLY_PREFIX && t[le] != '\n') le++;
  int short_tail = (le == len || t[le] == '\n') && few_words(t, e, le, 2);
  /* a speaker's answer that starts with the value, below a question
   * ("Operator: FİN kodunuzu deyə bilərsiniz?" / "Müştəri: 1DZKW4N bir
   * də ki ..."): the question is its label, however the line goes on;
   * so is a request ending in a full stop ("Pasport nömrəsini
   * təsdiqləyin." / "İstifadəçi: C20679049, doğum tarixi ...") */
  size_t sc = s;
  while (sc > ls && t[sc - 1] == ' ') sc--;
  int asked = fe > 0 && (t[fe - 1] == '?' || t[fe - 1] == '.') && sc > ls && t[sc - 1] == ':';
  if (few_words(t, ls, s, 1)) return short_tail || asked ? 2 : 1;
  /* an asked speaker's answer may go on after the value when the speaker
   * is named with a bracketed name or a time ("Visitor (darren):
   * my475681d , born 3rd feb 87" below "... your NI number and date of
   * birth."; batch 41): the value must start the answer */
  if (!short_tail && !asked) return 0;
  size_t i = ls;
  if (i < s && t[i] == '[') {
    const char *c = memchr(t + i, ']', s - i < 32 ? s - i : 32);
    if (!c) return 0;
    i = (size_t)(c - t) + 1;
  } else if (i < s && is_digitc((unsigned char)t[i])) {
    while (i < s && (is_digitc((unsigned char)t[i]) || (t[i] && strchr(":./,- ", t[i])))) i++;
  }
  while (i < s && t[i] == ' ') i++;
  size_t w = i;
  while (i < s && (word_byte(t, i) || t[i] == '_')) i++;
  if (i == w) return 0;
  /* a second word, capitalised ("Operator Nigar:", "Customer Service:";
   * "Appointment date:" is a label) */
  utf8proc_int32_t cp = -1;
  if (i + 1 < s && t[i] == ' ' &&
      utf8proc_iterate((const utf8proc_uint8_t *)t + i + 1, (utf8proc_ssize_t)(s - i - 1), &cp) >
          0 &&
      utf8proc_category(cp) == UTF8PROC_CATEGORY_LU) {
    size_t k = i + 1;
    while (k < s && (word_byte(t, k) || t[k] == '_')) k++;
    if (k < s && (t[k] == ':' || (t[k] == ' ' && k + 1 < s && t[k + 1] == '('))) i = k;
  }
  if (i + 3 < s && t[i] == ' ' && t[i + 2] == '.' && t[i + 1] >= 'A' && t[i + 1] <= 'Z') i += 3;
  if (i + 1 < s && t[i] == ' ' && t[i + 1] == '(') {
    const char *c = memchr(t + i, ')', s - i < 32 ? s - i : 32);
    if (!c) return 0;
    i = (size_t)(c - t) + 1;
  }
  if (i + 1 >= s || t[i] != ':' || t[i + 1] != ' ') return 0;
  if (!short_tail) return few_words(t, i + 1, s, 0) ? 2 : 0;
  return few_words(t, i + 1, s, 3) ? 2 : 0;
}

/* Does the line of the context word ending at a (up to its line break, at
 * most nl) go on with the word's own value: a digit, or a colon
 * and text ("Doğum Tarihi: 04/09/1949" above "Yatış: 11.11.2026")? Then
 * the word is that value's label and says nothing about the line below. */
static int label_has_value(const char *t, size_t a, size_t nl) {
  for (size_t i = a; i < nl && t[i] != '\n'; i++) {
    if (is_digitc((unsigned char)t[i])) return 1;
    if (t[i] == ':') {
      for (size_t k = i + 1; k < nl && t[k] != '\n'; k++)
        if (t[k] != ' ' && t[k] != '\t' && t[k] != '\r') return 1;
    }
  }
  return 0;
}

/* The start of the line holding position p, or lo when no line break
 * lies in [lo, p) (memrchr: the scan back is the commonest per-candidate
 * loop of context_flags). */
static size_t line_start(const char *t, size_t lo, size_t p) {
  const char *nl = p > lo ? memrchr(t + lo, '\n', p - lo) : NULL;
  return nl ? (size_t)(nl - t) + 1 : (p > lo ? lo : p);
}

/* Does the word ending at a label a value of its own that ends before s,
 * a key with ':' or '=' and a value holding a digit ("version":"4.12.7",
 * "host":"172.31.8.204"; "Order: 55120, call 0532 ...")? Then a
 * contradicting word says nothing about the candidate at s. */
static int labels_own_value(const char *t, size_t a, size_t s) {
  size_t i = a;
  while (i < s && (t[i] == '"' || t[i] == '\'' || t[i] == ' ')) i++;
  if (i >= s || (t[i] != ':' && t[i] != '=')) return 0;
  i++;
  while (i < s && (t[i] == '"' || t[i] == '\'' || t[i] == ' ')) i++;
  size_t j = i;
  int digit = 0;
  while (j < s && !strchr(" ,;\"'\n\t", t[j])) digit |= is_digitc((unsigned char)t[j++]);
  return digit && j > i && j < s;
}

/* Does the "reference" word [a0, a) label a person, not the value at s:
 * "Previous landlord reference: Pierre Gagnon 450-663-2091" (batch 56; a
 * referee is a person, and the number after the name is theirs)? A colon,
 * then two or three capitalised words, then the value. */
static int reference_names_person(const char *t, size_t a0, size_t a, size_t s) {
  if (a - a0 < 3 || strncasecmp(t + a0, "ref", 3) != 0) return 0;
  size_t i = a;
  if (i >= s || t[i] != ':') return 0;
  i++;
  int words = 0;
  while (i < s && t[i] == ' ') {
    i++;
    if (i >= s || t[i] < 'A' || t[i] > 'Z') break;
    size_t w = i++;
    while (i < s && ((t[i] >= 'a' && t[i] <= 'z') || t[i] == '\'' || t[i] == '-')) i++;
    if (i - w < 2) return 0;
    words++;
    if (i < s && t[i] == ',') i++;
  }
  return words >= 2 && words <= 3 && i == s;
}

/* Context windows: up to `before` bytes ending at s and `after` bytes from
 * e, not crossing a line break unless the candidate's line is a reply
 * (reply_line): then the last GZ_PREV_REACH bytes of the line above count
 * too (a question or a form label; only those within `before` bytes when
 * the line goes on after the value), except a word there that labels a
 * value of its own line (label_has_value). The part after also ends at a
 * sentence end (". ", "! ", "? "). A blank line or a bare label line
 * ("Answer:") between the two passes the line above it on. A context
 * word counts when it lies wholly inside one of the two parts, starts a
 * word and, if it has at most 3 bytes, ends one (in the text: the edge of a
 * part is no word boundary). A positive word right before the candidate is
 * its label (is_label_gap). The words come from the per-text scan of the
 * context-word database (sc->hits, ordered by end). */
static void context_flags(const gizli_engine *eng, gizli_scratch *sc, size_t det,
                          const char *t, size_t len, size_t s, size_t e, int *pos, int *neg,
                          int *label) {
  const gz_detector *d = &gz_detectors[det];
  *pos = *neg = *label = 0;
  if (!sc->n_hits) return;
  size_t b0 = s > (size_t)d->ctx_before ? s - (size_t)d->ctx_before : 0;
  size_t lim = s > GZ_REPLY_PREFIX ? s - GZ_REPLY_PREFIX : 0;
  if (lim > b0) lim = b0;
  size_t ls = s, above = 0; /* hits ending before `above` are on the line above */
  ls = line_start(t, lim, ls);
  const size_t dw = det >> 6; /* the word and bit of det in a gz_detset */
  const uint64_t bit = 1ull << (det & 63);
  int reply = 0;
  if (ls > 0 && t[ls - 1] == '\n') {
    /* only when a word of this detector ends on the line above */
    for (size_t k = first_hit_after(sc, ls > GZ_PREV_REACH + 1 ? ls - GZ_PREV_REACH - 1 : 0);
         k < sc->n_hits && sc->hits[k].end < ls; k++) {
      const kw_word *w = &eng->kw[sc->hits[k].word];
      if ((w->ctx.w[dw] | w->neg.w[dw]) & bit) {
        reply = reply_line(t, len, ls, s, e);
        break;
      }
    }
  }
  if (reply == 2) {
    size_t nl = ls - 1, ps = nl, plim = nl > GZ_PREV_REACH ? nl - GZ_PREV_REACH : 0;
    ps = line_start(t, plim, ps);
    /* a blank line or a bare label line between ("Cavab:", "Answer:")
     * passes the line above it on, within the same reach */
    for (int k = 0; k < 2 && ps > plim; k++) {
      size_t le = nl;
      while (le > ps && (t[le - 1] == ' ' || t[le - 1] == '\r' || t[le - 1] == '\t')) le--;
      if (le != ps && !(le > ps + 1 && t[le - 1] == ':' && few_words(t, ps, le, 1))) break;
      nl = ps - 1;
      ps = line_start(t, plim, nl);
    }
    b0 = ps;
    above = ls;
  } else if (reply == 1) {
    above = ls; /* b0: the detector's window */
  } else if (ls > b0 && (ls == 0 || t[ls - 1] == '\n')) {
    b0 = ls;
  }
  /* the part before starts after a question or exclamation mark ending a
   * sentence: "Ref WFCT0Q8H. Questions? 1-800-869-3557" (a full stop is
   * not taken: "Tel. 404 46 00", "No. 12"), or after a full stop that ends
   * a value, a digit before it: "abone no ISK-40441871. geri arama 0555..."
   * (the label had its value) */
  /* A question before the value keeps its own context words, though
   * (not its contradicting ones): the value answers it ("VÖEN-i kimdə
   * var? ..." / "Lalə: 6494804211", "FIN deyisir ya yox? menim kohne
   * vesiqemde YTDLCB7 idi") */
  size_t qb = b0;
  for (size_t i = s; i > b0 + 1; i--)
    if (t[i - 1] == ' ' && /* the space first: most bytes end the test there */
        ((t[i - 2] == '?' || t[i - 2] == '!') ||
         (t[i - 2] == '.' && i >= b0 + 3 && is_digitc((unsigned char)t[i - 3])))) {
      if (t[i - 2] != '?') qb = i - 1;
      b0 = i - 1;
      break;
    }
  size_t a1 = e + (size_t)d->ctx_after < len ? e + (size_t)d->ctx_after : len;
  /* ... nor a sentence end: "Nömrəm 070 234 45 67. Sifariş #..." */
  for (size_t i = e; i < a1; i++)
    if (t[i] == '\n' ||
        ((t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 1 < len && t[i + 1] == ' ')) {
      a1 = i;
      break;
    }
  for (size_t i = first_hit_after(sc, qb); i < sc->n_hits && sc->hits[i].end <= a1; i++) {
    const kw_hit *h = &sc->hits[i];
    const kw_word *w = &eng->kw[h->word];
    if (!((w->ctx.w[dw] | w->neg.w[dw]) & bit)) continue;
    if (h->end <= b0 && hit_in(h, qb, b0)) {
      if ((w->ctx.w[dw] & bit) && !(h->end < above && label_has_value(t, h->end, above - 1)))
        *pos = 1;
      continue;
    }
    if (!hit_in(h, b0, s) && !hit_in(h, e, a1)) continue;
    /* a word inside an upper-case code joined by underscores is part of
     * the code, a status or an error name, not a label:
     * "REJECTED_DOB_MISMATCH", "ERR_INVALID_IBAN" */
    if (h->start >= 2 && h->end + 1 < len && t[h->start - 1] == '_' && t[h->end] == '_' &&
        t[h->start - 2] >= 'A' && t[h->start - 2] <= 'Z' && t[h->end + 1] >= 'A' &&
        t[h->end + 1] <= 'Z')
      continue;
    if (h->end < above && label_has_value(t, h->end, above - 1)) continue;
    if (w->ctx.w[dw] & bit) {
      *pos = 1;
      if (h->end <= s && is_label_gap(t, h->end, s)) *label = 1;
    }
    if ((w->neg.w[dw] & bit) && !(w->ctx.w[dw] & bit) && h->end <= s &&
        (labels_own_value(t, h->end, s) || reference_names_person(t, h->start, h->end, s)))
      continue;
    if (w->neg.w[dw] & bit) {
      /* a contradicting word that labels the value ("Abonent kodu
       * 0211345671", "Sipariş No: ...") counts twice when no context word
       * speaks for the value and no checksum validated it */
      if (h->end <= s && is_label_gap(t, h->end, s))
        *neg = 2;
      else if (!*neg)
        *neg = 1;
    }
    if (*pos && *neg == 2 && *label) return;
  }
  size_t cs, ce;
  /* a value of an SQL row "INSERT INTO t (order_id, tel) VALUES (...)":
   * its column's name speaks for or against it whatever the words
   * around it say ("order_id" over a phone's digits; sql_rows.c) */
  if (cell_edge(t, len, s, -1) && cell_edge(t, len, e, 1) &&
      gz_sql_column(t, len, s, &sc->sql_memo, &cs, &ce)) {
    int cpos = 0, cneg = 0;
    for (size_t i = first_hit_after(sc, cs); i < sc->n_hits && sc->hits[i].end <= ce; i++) {
      const kw_word *w = &eng->kw[sc->hits[i].word];
      if (!hit_in(&sc->hits[i], cs, ce)) continue;
      cpos |= (w->ctx.w[dw] & bit) != 0;
      cneg |= (w->neg.w[dw] & bit) != 0;
    }
    if (cpos) {
      *pos = *label = 1;
      *neg = 0;
      return;
    }
    if (cneg) {
      *pos = *label = 0;
      *neg = 2;
      return;
    }
  }
  /* a value in a table: its column's header cell is its label (see
   * table_header_cell) */
  int edge = !*pos && !*neg && cell_edge(t, len, s, -1) && cell_edge(t, len, e, 1);
  for (int shift = 0; edge && shift < 2; shift++) {
    if (!table_header_cell(t, len, s, &cs, &ce, shift)) continue;
    for (size_t i = first_hit_after(sc, cs); i < sc->n_hits && sc->hits[i].end <= ce; i++) {
      const kw_word *w = &eng->kw[sc->hits[i].word];
      if (!hit_in(&sc->hits[i], cs, ce)) continue;
      if (w->ctx.w[dw] & bit) *pos = *label = 1;
      if (w->neg.w[dw] & bit) *neg = 1;
    }
  }
  /* a cell holding two values under a header of two labels, "Ad Soyad /
   * FİN" over "Məmmədova Xəyalə JFU2UZZ" (batch 27): the value that ends
   * the cell takes the label after the header's last '/' */
  if (!*pos && !*neg && !edge && cell_edge(t, len, e, 1) &&
      table_header_cell(t, len, s, &cs, &ce, 0)) {
    size_t sl = ce;
    while (sl > cs && t[sl - 1] != '/') sl--;
    for (size_t i = first_hit_after(sc, sl); sl > cs && i < sc->n_hits && sc->hits[i].end <= ce;
         i++) {
      const kw_word *w = &eng->kw[sc->hits[i].word];
      if (!hit_in(&sc->hits[i], sl, ce)) continue;
      if (w->ctx.w[dw] & bit) *pos = *label = 1;
      if (w->neg.w[dw] & bit) *neg = 1;
    }
  }
  /* a value in a fixed-width table: the same with its column's header
   * cell (fw_header_cell), for a value that is a cell of its own */
  int gap_before = s >= 2 && t[s - 1] == ' ' && (t[s - 2] == ' ' || t[s - 2] == '\n');
  int gap_after = e >= len || t[e] == '\n' || t[e] == '\r' ||
                  (t[e] == ' ' && e + 1 < len && t[e + 1] == ' ');
  /* O(1) first: a cell has a column gap or a line edge on one side and at
   * least a space on the other, which keeps the line scans off prose */
  if (!*pos && !*neg && s > 0 && (t[s - 1] == ' ' || t[s - 1] == '\n') &&
      (gap_before || gap_after) && (e >= len || t[e] == ' ' || t[e] == '\n' || t[e] == '\r') &&
      fw_header_cell(t, len, s, e, &cs, &ce)) {
    for (size_t i = first_hit_after(sc, cs); i < sc->n_hits && sc->hits[i].end <= ce; i++) {
      const kw_word *w = &eng->kw[sc->hits[i].word];
      if (!hit_in(&sc->hits[i], cs, ce)) continue;
      if (w->ctx.w[dw] & bit) *pos = *label = 1;
      if (w->neg.w[dw] & bit) *neg = 1;
    }
  }
}

/* Evaluates one raw match; pushes a candidate when it passes. */
static int evaluate(const gizli_engine *eng, gizli_scratch *sc, const char *t, size_t len, int lang,
                    const raw_match *m, size_t min_start) {
  if (m->id >= GZ_ID_DENY) {
    size_t i = m->id - GZ_ID_DENY, from = m->to - eng->deny_len[i];
    (void)min_start; /* candidates before min_start are dropped after evidence */
    if (!bound_ok(t, len, from, m->to, GZ_B_WORD)) return 0;
    return gz_findings_push(&sc->cand, from, m->to, eng->deny_type[i], 1.0f, 0);
  }
  const gz_detector *d = &gz_detectors[m->id];
  size_t s = m->from, e = m->to;
  if (s == SIZE_MAX) {
    /* no start tracking: cheap right-side test first, then walk back over
     * the detector's bytes and skip leading separators */
    if (!bound_ok(t, len, e, e, d->bound == GZ_B_HANDLE ? GZ_B_WORD : d->bound)) return 0;
    const unsigned char *cls = eng->cls[m->id];
    size_t lim = e > (size_t)d->maxlen ? e - (size_t)d->maxlen : 0;
    s = e;
    while (s > lim && cls[(unsigned char)t[s - 1]]) s--;
    while (s < e && (t[s] == ' ' || t[s] == '-' || t[s] == '.' || t[s] == ':' || t[s] == '/'))
      s++;
    if (s == e) return 0;
  }
  int verdict = 0;
  float adj = 0;
  for (;;) {
    if (e - s <= GZ_MAX_SPAN) {
      size_t s2 = s, e2 = e;
      adj = 0;
      if (bound_ok(t, len, s, e, d->bound) && (verdict = d->check(t, len, &s2, &e2, &adj))) {
        s = s2;
        e = e2;
        break;
      }
    }
    verdict = 0;
    if (!d->trim_left) break;
    /* Vectorscan reports the leftmost start; retry after the next separator */
    size_t k = s + 1;
    while (k < e && gz_ascii_alnum((unsigned char)t[k]) && gz_ascii_alnum((unsigned char)t[k - 1]))
      k++;
    while (k < e && !gz_ascii_alnum((unsigned char)t[k]) && t[k] != '+' && t[k] != '(') k++;
    if (k >= e) break;
    s = k;
  }
  if (!verdict || e <= s) return 0;
  int pos, neg, label;
  context_flags(eng, sc, m->id, t, len, s, e, &pos, &neg, &label);
  float score = d->base + adj;
  unsigned flags = verdict == 2 ? GIZLI_F_VALIDATED : 0;
  if (d->lang && d->lang == lang) score += 0.1f;
  if (pos) {
    score += d->ctx_boost;
    flags |= GIZLI_F_CONTEXT;
  }
  if (label) {
    score += GZ_LABEL_BONUS;
    flags |= GIZLI_F_LABEL;
  }
  /* verdict 3: a layout only this type is written in; no word contradicts it */
  if (neg && verdict != 3) {
    score -= neg == 2 && !pos && verdict != 2 ? 2.0f * d->neg_penalty : d->neg_penalty;
    flags |= GIZLI_F_NEG_CONTEXT;
  }
  /* two decimals, so that equal sums compare equal (0.85 + 0.1 == 0.95) */
  score = (float)((int)(score * 100.0f + 0.5f)) / 100.0f;
  if (score > 1.0f) score = 1.0f;
  if (score < 0.0f) score = 0.0f;
  /* may still gain GZ_COUNTRY_BONUS, and GZ_NAME_BONUS next to a name */
  if (score < eng->threshold - GZ_COUNTRY_BONUS - GZ_NAME_BONUS) return 0;
  return gz_findings_push(&sc->cand, s, e, d->type, score, flags | GZ_DET_FLAGS(m->id));
}

/* Which country the text around a candidate is about, from the strong
 * findings within GZ_EVIDENCE_RADIUS bytes of it (Turkish or Azerbaijani IDs,
 * IBAN country, phone country code, address form). Country-specific
 * detectors of the locally dominant country get GZ_COUNTRY_BONUS, so
 * "10 PO 349" next to an AZ IBAN is an AZ plate even in English text. The
 * radius is local (not the whole document) so that streaming, which sees a
 * window at a time, decides exactly as a whole-document scan. Then candidates
 * below the threshold, and those before min_start (kept only as evidence),
 * are dropped. */
static int evidence_country(const gizli_engine *eng, const gizli_finding *f, const char *t) {
  if (f->score < eng->threshold) return 0;
  size_t det = GZ_DET_OF(f->flags);
  int lang = det < gz_n_detectors ? gz_detectors[det].lang : 0;
  switch (f->type) {
  case GIZLI_T_TR_TCKN:
  case GIZLI_T_TR_VKN:
  case GIZLI_T_TR_MERSIS: return GIZLI_LANG_TR;
  case GIZLI_T_AZ_VOEN:
  case GIZLI_T_AZ_FIN:
  case GIZLI_T_AZ_ID_CARD: return GIZLI_LANG_AZ;
  case GIZLI_T_IBAN:
    if (t[f->start] == 'T' && t[f->start + 1] == 'R') return GIZLI_LANG_TR;
    if (t[f->start] == 'A' && t[f->start + 1] == 'Z') return GIZLI_LANG_AZ;
    return 0;
  case GIZLI_T_PHONE: {
    /* a number with its country code tells the country whichever pattern
     * found it ("+994509180023" comes through the international one) */
    const char *p = t + f->start;
    size_t n = f->end - f->start;
    if (n > 2 && (p[0] == '+' || (p[0] == '0' && p[1] == '0'))) {
      p += p[0] == '+' ? 1 : 2;
      n -= p - (t + f->start);
      if (n > 3 && memcmp(p, "994", 3) == 0) return GIZLI_LANG_AZ;
      if (n > 2 && p[0] == '9' && p[1] == '0') return GIZLI_LANG_TR;
    }
    return lang == GIZLI_LANG_TR || lang == GIZLI_LANG_AZ ? lang : 0;
  }
  case GIZLI_T_ADDRESS: return lang == GIZLI_LANG_TR || lang == GIZLI_LANG_AZ ? lang : 0;
  default: return 0;
  }
}

/* Sorts findings by cmp without allocating per call (qsort in glibc may
 * malloc a buffer each time): insertion sort for short arrays, otherwise a
 * merge sort through the scratch's reusable buffer. Every order used here
 * is total on the findings being sorted, so the result does not depend on
 * the algorithm. Returns GIZLI_E_NOMEM if the buffer cannot grow. */
static int sort_findings(gizli_scratch *sc, gizli_finding *v, size_t n,
                         int (*cmp)(const void *, const void *)) {
  if (n <= 32) {
    for (size_t i = 1; i < n; i++) {
      gizli_finding x = v[i];
      size_t j = i;
      while (j > 0 && cmp(&v[j - 1], &x) > 0) {
        v[j] = v[j - 1];
        j--;
      }
      v[j] = x;
    }
    return GIZLI_OK;
  }
  if (sc->sort_cap < n) {
    gizli_finding *b = realloc(sc->sort_buf, n * sizeof *b);
    if (!b) return GIZLI_E_NOMEM;
    sc->sort_buf = b;
    sc->sort_cap = n;
  }
  gizli_finding *src = v, *dst = sc->sort_buf;
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t a = lo, b = mid, k = lo;
      while (a < mid && b < hi) dst[k++] = cmp(&src[b], &src[a]) < 0 ? src[b++] : src[a++];
      while (a < mid) dst[k++] = src[a++];
      while (b < hi) dst[k++] = src[b++];
    }
    gizli_finding *t = src;
    src = dst;
    dst = t;
  }
  if (src != v) memcpy(v, src, n * sizeof *v);
  return GIZLI_OK;
}

static int cmp_start(const void *a, const void *b) {
  const gizli_finding *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

static int apply_country_evidence(const gizli_engine *eng, gizli_scratch *sc, const char *t,
                                  size_t min_start, int lang) {
  size_t n = sc->cand.n;
  /* evidence findings sorted by start; their type field holds the country */
  sc->evid.n = 0;
  for (size_t i = 0; i < n; i++) {
    const gizli_finding *g = &sc->cand.v[i];
    int c = evidence_country(eng, g, t);
    if (c && gz_findings_push(&sc->evid, g->start, g->end, c, 0, 0)) return GIZLI_E_NOMEM;
  }
  if (sc->evid.n == 0) goto filter;
  if (sort_findings(sc, sc->evid.v, sc->evid.n, cmp_start)) return GIZLI_E_NOMEM;
  for (size_t i = 0; i < n; i++) {
    gizli_finding *f = &sc->cand.v[i];
    size_t det = GZ_DET_OF(f->flags);
    int own = det < gz_n_detectors ? gz_detectors[det].lang : 0;
    if (own != GIZLI_LANG_TR && own != GIZLI_LANG_AZ) continue;
    size_t lo = f->start > GZ_EVIDENCE_RADIUS ? f->start - GZ_EVIDENCE_RADIUS : 0;
    size_t hi = f->end + GZ_EVIDENCE_RADIUS;
    size_t from = lo > GZ_MAX_SPAN ? lo - GZ_MAX_SPAN : 0;
    size_t a = 0, b = sc->evid.n; /* first evidence with start >= from */
    while (a < b) {
      size_t m = (a + b) / 2;
      if (sc->evid.v[m].start < from)
        a = m + 1;
      else
        b = m;
    }
    int tr = 0, az = 0;
    size_t near_tr = SIZE_MAX, near_az = SIZE_MAX; /* bytes to the nearest of each */
    const gizli_finding *prev = NULL;
    for (size_t k = a; k < sc->evid.n && sc->evid.v[k].start < hi; k++) {
      const gizli_finding *g = &sc->evid.v[k];
      if (g->end <= lo || (g->start == f->start && g->end == f->end)) continue;
      /* one value found by two patterns (phone_tr and phone_intl) counts once */
      if (prev && prev->start == g->start && prev->end == g->end && prev->type == g->type) continue;
      prev = g;
      size_t d = g->end <= f->start   ? f->start - g->end
                 : g->start >= f->end ? g->start - f->end
                                      : 0;
      if (g->type == GIZLI_LANG_TR) {
        tr++;
        if (d < near_tr) near_tr = d;
      } else if (g->type == GIZLI_LANG_AZ) {
        az++;
        if (d < near_az) near_az = d;
      }
    }
    /* as many of each: the nearest decides ("alıcı Orxan Rzayev, telefon
     * +994..., pasaport C04248611. Gönderici: ..., (0216) ...": the
     * recipient's passport is Azerbaijani in a Turkish waybill) */
    if (tr && tr == az) {
      if (near_tr < near_az)
        tr++;
      else if (near_az < near_tr)
        az++;
    }
    if ((own == GIZLI_LANG_TR && tr > az) || (own == GIZLI_LANG_AZ && az > tr)) {
      f->score += GZ_COUNTRY_BONUS;
      if (f->score > 1.0f) f->score = 1.0f;
    } else if (own == lang && (own == GIZLI_LANG_TR ? !tr && az : !az && tr)) {
      /* the document language was guessed from function words (weak in
       * text typed without diacritics: "sobh qonsu ... masin yolu
       * baglayib"); identifiers only the other country issues nearby
       * (an Azerbaijani 10-digit mobile) outweigh it: the language bonus
       * is taken back, so "10 UH 284" there is no Turkish plate */
      f->score -= 0.1f;
    }
  }
filter:;
  size_t k = 0;
  sc->weak.n = 0;
  for (size_t i = 0; i < n; i++) {
    gizli_finding f = sc->cand.v[i];
    if (f.start < min_start) continue;
    f.flags &= 0xFFFFu;
    if (f.score < eng->threshold) {
      /* contact data just short of the threshold may still pass next to a name */
      int contact = f.type == GIZLI_T_PHONE || f.type == GIZLI_T_EMAIL ||
                    f.type == GIZLI_T_ADDRESS || f.type == GIZLI_T_SOCIAL_HANDLE;
      if (contact && f.score >= eng->threshold - GZ_NAME_BONUS &&
          gz_findings_push(&sc->weak, f.start, f.end, f.type, f.score, f.flags))
        return GIZLI_E_NOMEM;
      continue;
    }
    sc->cand.v[k++] = f;
  }
  sc->cand.n = k;
  return GIZLI_OK;
}

/* Priority for overlap resolution: a labelled candidate ("VKN: 0558804679")
 * first, then higher score, then longer, then lower type number, then
 * earlier start. */
static int cmp_priority(const void *a, const void *b) {
  const gizli_finding *x = a, *y = b;
  if ((x->flags ^ y->flags) & GIZLI_F_LABEL) return x->flags & GIZLI_F_LABEL ? -1 : 1;
  if (x->score != y->score) return x->score > y->score ? -1 : 1;
  size_t lx = x->end - x->start, ly = y->end - y->start;
  if (lx != ly) return lx > ly ? -1 : 1;
  if (x->type != y->type) return x->type < y->type ? -1 : 1;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return 0;
}

static int cmp_position(const void *a, const void *b) {
  const gizli_finding *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  return 0;
}

static int cover_any(const unsigned char *c, size_t s, size_t e) {
  for (size_t i = s; i < e; i++)
    if (c[i >> 3] & (1u << (i & 7))) return 1;
  return 0;
}
static void cover_set(unsigned char *c, size_t s, size_t e, int on) {
  for (size_t i = s; i < e; i++) {
    if (on)
      c[i >> 3] |= (unsigned char)(1u << (i & 7));
    else
      c[i >> 3] &= (unsigned char)~(1u << (i & 7));
  }
}

/* Greedy resolution: candidates in priority order; each is kept unless it
 * overlaps one already kept. The coverage bitmap makes it linear in the
 * total candidate length. Kept findings are appended to out. */
static int resolve(gizli_scratch *sc, gizli_finding *c, size_t n, gz_findings *out,
                   int keep_cover) {
  unsigned char *cover = sc->cover;
  if (sort_findings(sc, c, n, cmp_priority)) return GIZLI_E_NOMEM;
  size_t first = out->n;
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && c[i].start == c[i - 1].start && c[i].end == c[i - 1].end &&
        c[i].type == c[i - 1].type)
      continue;
    if (cover_any(cover, c[i].start, c[i].end)) continue;
    cover_set(cover, c[i].start, c[i].end, 1);
    if (gz_findings_push(out, c[i].start, c[i].end, c[i].type, c[i].score, c[i].flags))
      return GIZLI_E_NOMEM;
  }
  if (!keep_cover)
    for (size_t i = first; i < out->n; i++) cover_set(cover, out->v[i].start, out->v[i].end, 0);
  return GIZLI_OK;
}

/* Names as context: a phone, e-mail, address or handle that fell just short
 * of the threshold (by at most GZ_NAME_BONUS) is accepted when a PERSON
 * finding ends up to GZ_NAME_BEFORE bytes before it or starts up to
 * GZ_NAME_AFTER bytes after it ("Rashad Nabiyev, 050 123 45 67"), unless it
 * overlaps something already found. */
static int name_context(const gizli_engine *eng, gizli_scratch *sc) {
  if (!sc->weak.n || !eng->enabled[GIZLI_T_PERSON]) return GIZLI_OK;
  sc->evid.n = 0; /* the PERSON findings, by start */
  for (size_t j = 0; j < sc->out.n; j++)
    if (sc->out.v[j].type == GIZLI_T_PERSON &&
        gz_findings_push(&sc->evid, sc->out.v[j].start, sc->out.v[j].end, GIZLI_T_PERSON, 0, 0))
      return GIZLI_E_NOMEM;
  if (!sc->evid.n) return GIZLI_OK;
  if (sort_findings(sc, sc->evid.v, sc->evid.n, cmp_start)) return GIZLI_E_NOMEM;
  size_t k = 0;
  for (size_t i = 0; i < sc->weak.n; i++) {
    gizli_finding f = sc->weak.v[i];
    size_t a = 0, b = sc->evid.n; /* first name starting at or after f.end */
    while (a < b) {
      size_t m = (a + b) / 2;
      if (sc->evid.v[m].start < f.end)
        a = m + 1;
      else
        b = m;
    }
    int near = (a < sc->evid.n && sc->evid.v[a].start - f.end <= GZ_NAME_AFTER) ||
               (a > 0 && sc->evid.v[a - 1].end <= f.start &&
                f.start - sc->evid.v[a - 1].end <= GZ_NAME_BEFORE);
    if (!near) continue;
    f.score += GZ_NAME_BONUS;
    f.score = (float)((int)(f.score * 100.0f + 0.5f)) / 100.0f;
    if (f.score < eng->threshold) continue;
    f.flags |= GIZLI_F_CONTEXT;
    sc->weak.v[k++] = f;
  }
  return resolve(sc, sc->weak.v, k, &sc->out, 1);
}

static int allowed(const gizli_engine *e, const char *t, const gizli_finding *f) {
  size_t lo = 0, hi = e->n_allow, n = f->end - f->start;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strncmp(e->allow[mid], t + f->start, n);
    if (c == 0 && e->allow[mid][n] != 0) c = 1;
    if (c == 0) return 1;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

/* A diagnosis code and the name written after it are one diagnosis:
 * "Diaqnoz: I25.1 Aterosklerotik ürək xəstəliyi" gives the code (the
 * icd_codes recognizer) and "ürək xəstəliyi" (the word list), joined here
 * when only a space (or a dash between spaces) and at most three words
 * stand between them. The code
 * is a capital and a digit, at most 8 bytes. Two special-category words
 * with only a space between them are one phrase too: an offence and its
 * verdict, "dolandırıcılıktan hükümlü"; and so are an offence and its
 * sentence joined by "təqsirli bilinərək" (found guilty). Findings are in
 * position order. */
static void merge_code_names(gz_findings *out, const char *t, size_t len) {
  size_t k = 0;
  for (size_t i = 0; i < out->n; i++) {
    gizli_finding *p = k ? &out->v[k - 1] : NULL, *f = &out->v[i];
    if (p && p->type == GIZLI_T_SPECIAL_CATEGORY && f->type == GIZLI_T_SPECIAL_CATEGORY &&
        f->start == p->end + 1 && t[p->end] == ' ') {
      p->end = f->end;
      if (f->score > p->score) p->score = f->score;
      continue;
    }
    /* a condition glossed in brackets by another name of it (batch 23):
     * "boyun incinmesi (whiplash)", "beyin silkələnməsi (konkussiya)" */
    if (p && p->type == GIZLI_T_SPECIAL_CATEGORY && f->type == GIZLI_T_SPECIAL_CATEGORY &&
        f->start == p->end + 2 && t[p->end] == ' ' && t[p->end + 1] == '(' && f->end < len &&
        t[f->end] == ')') {
      p->end = f->end + 1;
      if (f->score > p->score) p->score = f->score;
      continue;
    }
    /* ... also after one more word (batch 31): "%60 engelli raporu (görme
     * engeli)", a disability's report glossed by its kind */
    if (p && p->type == GIZLI_T_SPECIAL_CATEGORY && f->type == GIZLI_T_SPECIAL_CATEGORY &&
        f->start > p->end + 3 && f->start - p->end <= 24 && t[p->end] == ' ' &&
        t[f->start - 1] == '(' && t[f->start - 2] == ' ' && f->end < len && t[f->end] == ')') {
      size_t g = p->end + 1;
      while (g < f->start - 2 && t[g] != ' ' && t[g] != ',' && t[g] != '\n' && t[g] != '(') g++;
      if (g == f->start - 2) {
        p->end = f->end + 1;
        if (f->score > p->score) p->score = f->score;
        continue;
      }
    }
    /* an offence and its sentence joined by the verdict, as Azerbaijani
     * judgments write them: "narkotik vasitələrin qanunsuz saxlanılmasında
     * təqsirli bilinərək 2 il azadlıqdan məhrum edilsin" is one span */
    static const char verdict_az[] = " t\xC9\x99qsirli bilin\xC9\x99r\xC9\x99k ";
    if (p && p->type == GIZLI_T_SPECIAL_CATEGORY && f->type == GIZLI_T_SPECIAL_CATEGORY &&
        f->start == p->end + sizeof verdict_az - 1 &&
        memcmp(t + p->end, verdict_az, sizeof verdict_az - 1) == 0) {
      p->end = f->end;
      if (f->score > p->score) p->score = f->score;
      continue;
    }
    /* an offence and the case or verdict it gave, joined by "because of":
     * "xuliqanlığa görə cinayət işi başlanıb", "hırsızlık nedeniyle
     * hükümlü" (batch 22) */
    /* ... and by "for" (batch 29): "depressiya üzrə psixiatr", "cinayət işi
     * üzrə əvvəllər məhkum olunmuş" */
    /* ... and by "for" and "suçundan" (batches 30-31): "previous convictions
     * for burglary", "kasten yaralama suçundan hükümlü" */
    static const char *const because[] = {" g\xC3\xB6r\xC9\x99 ",
                                          " nedeniyle ",
                                          " \xC3\xBCzr\xC9\x99 ",
                                          " \xC3\xBCzr\xC9\x99 \xC9\x99vv\xC9\x99ll\xC9\x99r ",
                                          " for ",
                                          " su\xC3\xA7undan ",
                                          " su\xC3\xA7undan dolay\xC4\xB1 ",
                                          NULL};
    int joined = 0;
    for (int w = 0; because[w] && p && p->type == GIZLI_T_SPECIAL_CATEGORY &&
                    f->type == GIZLI_T_SPECIAL_CATEGORY && !joined;
         w++) {
      size_t n = strlen(because[w]);
      if (f->start == p->end + n && memcmp(t + p->end, because[w], n) == 0) {
        p->end = f->end;
        if (f->score > p->score) p->score = f->score;
        joined = 1;
      }
    }
    if (joined) continue;
    if (p && p->type == GIZLI_T_SPECIAL_CATEGORY && f->type == GIZLI_T_SPECIAL_CATEGORY &&
        f->start > p->end && f->start - p->end <= 64 && p->end - p->start <= 8 &&
        p->end - p->start >= 3 && t[p->start] >= 'A' && t[p->start] <= 'Z' &&
        t[p->start + 1] >= '0' && t[p->start + 1] <= '9' && t[p->end] == ' ') {
      size_t g = p->end;
      int spaces = 0;
      /* a dash between the code and its name: "F32.1 - Orta depresif epizod" */
      if (g + 3 <= f->start && t[g + 1] == '-' && t[g + 2] == ' ')
        g += 2;
      else if (g + 5 <= f->start && !memcmp(t + g + 1, "\xE2\x80\x93 ", 4))
        g += 4;
      for (; g < f->start && spaces <= 4; g++) {
        if (t[g] == ' ')
          spaces++;
        else if (!((unsigned char)t[g] >= 0x80 || ((t[g] | 32) >= 'a' && (t[g] | 32) <= 'z')))
          break;
      }
      if (g == f->start && spaces <= 4) {
        p->end = f->end;
        if (f->score > p->score) p->score = f->score;
        continue;
      }
    }
    out->v[k++] = *f;
  }
  out->n = k;
}

/* The scan behind gizli_scan and the stream: candidates starting before
 * min_start are ignored (the stream has already emitted that region). */
int gz_scan_from(const gizli_engine *eng, gizli_scratch *sc, const char *t, size_t len, int lang,
                 size_t min_start, const gizli_finding **findings, size_t *count) {
  if (!eng || !sc || sc->engine != eng || (!t && len) || !findings || !count)
    return GIZLI_E_INVALID;
  if (len > 0xFFFFFFFFu) return GIZLI_E_RANGE;
  *findings = NULL;
  *count = 0;
  sc->n_raw = 0;
  sc->raw_oom = 0;
  sc->cand.n = sc->out.n = sc->rec.n = 0;
  if (lang == GIZLI_LANG_AUTO) lang = eng->lang;
  if (lang == GIZLI_LANG_AUTO) lang = gz_detect_lang(&eng->lang_words, t, len);
  if (len == 0) return GIZLI_OK;
  sc->n_win = 0;
  sc->n_dwin = 0;
  sc->n_hits = 0;
  sc->sql_memo.open = SIZE_MAX;
  sc->text = t;
  sc->text_len = len;
  if (eng->db) {
    hs_error_t h = hs_scan(eng->db, t, (unsigned)len, 0, sc->hs, on_match, sc);
    if (sc->raw_oom) return GIZLI_E_NOMEM;
    if (h != HS_SUCCESS) return GIZLI_E_SCAN;
    for (size_t i = 1; i < sc->n_hits; i++)
      if (sc->hits[i].end < sc->hits[i - 1].end) {
        qsort(sc->hits, sc->n_hits, sizeof *sc->hits, cmp_hit);
        break;
      }
  }
  if (eng->at_email || eng->at_handle) {
    int rc = scan_at_signs(eng, sc, t, len);
    if (rc) return rc;
  }
  if (eng->mac_det) {
    int rc = scan_macs(eng, sc, t, len);
    if (rc) return rc;
  }
  merge_windows(sc);
  if (eng->n_num || eng->ocr_det) {
    sc->n_ocr = 0;
    int rc = scan_numeric(eng, sc, t, len);
    if (rc) return rc;
    /* phone_ocr's windows open after the walk: a gated matcher runs in the
     * windows of its own anchors only */
    for (size_t k = 0; k < sc->n_ocr; k++)
      if (open_window(sc, (size_t)eng->ocr_det - 1, sc->ocr_at[k])) return GIZLI_E_NOMEM;
    if (sc->n_ocr) merge_windows(sc);
  }
  for (size_t w = 0; w < sc->n_win; w++) {
    size_t a = sc->win[w].from, b = sc->win[w].to < len ? sc->win[w].to : len;
    if (a >= b) continue;
    sc->win_base = a;
    sc->win_dets = sc->win[w].dets;
    if (ds_meets(&sc->win[w].dets, &eng->som_ctx_mask)) {
      hs_error_t h = hs_scan(eng->db_som_ctx, t + a, (unsigned)(b - a), 0, sc->hs_som,
                             on_som_group_match, sc);
      if (sc->raw_oom) return GIZLI_E_NOMEM;
      if (h != HS_SUCCESS) return GIZLI_E_SCAN;
    }
    size_t d;
    DS_FOREACH(d, sc->win[w].dets) {
      if (!eng->db_som[d]) continue;
      hs_error_t h =
          hs_scan(eng->db_som[d], t + a, (unsigned)(b - a), 0, sc->hs_som, on_som_match, sc);
      if (sc->raw_oom) return GIZLI_E_NOMEM;
      if (h != HS_SUCCESS) return GIZLI_E_SCAN;
    }
  }
  for (size_t i = 0; i < sc->n_raw; i++)
    if (evaluate(eng, sc, t, len, lang, &sc->raw[i], min_start)) return GIZLI_E_NOMEM;
  if (apply_country_evidence(eng, sc, t, min_start, lang)) return GIZLI_E_NOMEM;
  size_t need = len / 8 + 1;
  if (need > sc->cover_cap) {
    unsigned char *c = realloc(sc->cover, need);
    if (!c) return GIZLI_E_NOMEM;
    memset(c + sc->cover_cap, 0, need - sc->cover_cap);
    sc->cover = c;
    sc->cover_cap = need;
  }
  /* an earlier scan that failed half-way may have left coverage bits set */
  if (sc->cover_dirty) memset(sc->cover, 0, sc->cover_cap);
  sc->cover_dirty = 1;
  int any_rec = 0;
  for (int r = 0; r < GZ_MAX_RECOGNIZERS && gz_recognizers[r]; r++) any_rec |= eng->rec_on[r];
  if (resolve(sc, sc->cand.v, sc->cand.n, &sc->out, any_rec)) return GIZLI_E_NOMEM;
  if (any_rec) {
    if (sort_findings(sc, sc->out.v, sc->out.n, cmp_position)) return GIZLI_E_NOMEM;
    /* the types whose detectors have a context word in the text */
    uint64_t ctx_types = 0;
    for (size_t h = 0; h < sc->n_hits; h++) {
      size_t det;
      DS_FOREACH(det, eng->kw[sc->hits[h].word].ctx)
      ctx_types |= 1ull << gz_detectors[det].type;
    }
    for (int r = 0; r < GZ_MAX_RECOGNIZERS && gz_recognizers[r]; r++) {
      if (!eng->rec_on[r]) continue;
      if (gz_recognizers[r]->ctx_gated && !(ctx_types & gz_recognizers[r]->types)) continue;
      int rc = gz_recognizers[r]->scan(eng->rec_state[r], sc->rec_scratch[r], t, len, lang,
                                       sc->out.v, sc->out.n, &sc->rec);
      if (rc != GIZLI_OK) return rc;
    }
    /* recognizer findings never displace pattern findings */
    size_t k = 0;
    for (size_t i = 0; i < sc->rec.n; i++) {
      gizli_finding *f = &sc->rec.v[i];
      if (f->type <= 0 || f->type >= GIZLI_T_COUNT || !eng->enabled[f->type]) continue;
      if (f->start < min_start || f->end > len || f->end <= f->start) continue;
      if (f->score < eng->threshold) continue;
      sc->rec.v[k++] = *f;
    }
    sc->rec.n = k;
    if (resolve(sc, sc->rec.v, sc->rec.n, &sc->out, 1)) return GIZLI_E_NOMEM;
    if (name_context(eng, sc)) return GIZLI_E_NOMEM;
    for (size_t i = 0; i < sc->out.n; i++)
      cover_set(sc->cover, sc->out.v[i].start, sc->out.v[i].end, 0);
  }
  sc->cover_dirty = 0; /* every bit set above has been cleared again */
  if (eng->n_allow) {
    size_t k = 0;
    for (size_t i = 0; i < sc->out.n; i++)
      if (!allowed(eng, t, &sc->out.v[i])) sc->out.v[k++] = sc->out.v[i];
    sc->out.n = k;
  }
  if (sort_findings(sc, sc->out.v, sc->out.n, cmp_position)) return GIZLI_E_NOMEM;
  gz_merge_address_parts(&sc->out, t, len);
  merge_code_names(&sc->out, t, len);
  *findings = sc->out.v;
  *count = sc->out.n;
  return GIZLI_OK;
}

int gizli_scan(const gizli_engine *eng, gizli_scratch *sc, const char *text, size_t len, int lang,
               const gizli_finding **findings, size_t *count) {
  return gz_scan_from(eng, sc, text, len, lang, 0, findings, count);
}
