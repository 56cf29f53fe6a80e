/* names.h - internal interface of the PERSON / LOCATION / ORGANIZATION
 * recognizer (lib/names*.c), shared by the library, the trainer
 * (tools/train_names.c), the evaluator (tools/eval_ner.c) and the unit tests.
 *
 * Pipeline: UTF-8 text -> sentences of tokens (gzn_next_sentence: letter
 * classes from utf8proc, apostrophe suffixes split off, initials and
 * abbreviations keep their period) -> per-token hashes and gazetteer bits ->
 * hashed sparse features (gzn_features) -> linear scores per BIO tag ->
 * Viterbi decoding under BIO constraints -> spans mapped back to byte
 * offsets. The weights come from an averaged perceptron (tools/train_names.c)
 * stored in models/names.bin, which lib/names_model.S embeds. */
#ifndef GIZLI_NAMES_H
#define GIZLI_NAMES_H
#include "internal.h"
#include <stddef.h>
#include <stdint.h>

/* BIO tags. */
enum { GZN_O = 0, GZN_BPER, GZN_IPER, GZN_BLOC, GZN_ILOC, GZN_BORG, GZN_IORG, GZN_NTAGS };
#define GZN_STRIDE 8      /* weights per feature bucket (7 tags + padding) */
#define GZN_MAXF 64       /* maximum features per token */
#define GZN_MAX_SENT 128  /* tokens per decoding unit */
#define GZN_CONF_GAMMA 0.66f /* score = mean marginal ^ gamma (0.35 -> 0.5) */
#define GZN_MAX_SPAN_BYTES 256 /* longer spans are not reported */
#define GZN_MAX_STEMS      4   /* case-suffix stems kept per token (gzn_tok.h_stem) */
#define GZN_FEATSET        7   /* feature-set version, stored in the model */
#define GZN_CLUS_MAX 0xffffu /* word-cluster codes are below this (16 bits) */

/* Token flags. */
#define GZN_F_WORD 0x1u     /* contains a letter */
#define GZN_F_CAP 0x2u      /* first letter upper-case */
#define GZN_F_ALLCAP 0x4u   /* two or more letters, all upper-case */
#define GZN_F_LOWER 0x8u    /* all letters lower-case */
#define GZN_F_DIGIT 0x10u   /* contains a digit */
#define GZN_F_PUNCT 0x20u   /* punctuation or symbol */
#define GZN_F_APOS 0x40u    /* an apostrophe suffix follows ('ın, 's) */
#define GZN_F_INITIAL 0x80u /* one capital letter + period: "R." */
#define GZN_F_SSTART 0x100u /* first token of its sentence */
#define GZN_F_NL 0x200u     /* a line break precedes the token */
#define GZN_F_ABBR 0x400u   /* known abbreviation with its period ("Dr.") */
#define GZN_F_CAND 0x800u   /* candidate: scored by the model (else forced O) */
#define GZN_F_HANDLE 0x1000u /* glued to '@', '#', '/' or '_' (handle, URL) */
#define GZN_F_CLOSE 0x2000u  /* ends a name: apostrophe suffix, or a case suffix
                              * on a gazetteer stem ("Ankarada"); the next token
                              * cannot continue the same entity */
#define GZN_F_NOI 0x4000u    /* set by gzn_mark_candidates: the previous token
                              * closes, so no I- tag here */
#define GZN_F_STEMLCW 0x8000u /* a case suffix on a common word's stem
                               * ("Törende" = "tören" + "de"), even when the
                               * stem is also a name somewhere ("Sergide") */
#define GZN_F_QUOTE 0x10000u  /* a quotation mark or bracket: never a link
                               * inside a name */

/* Gazetteer kinds (bits). The low 16 bits are matches of the token itself,
 * bits 16..31 the same kinds matched after stripping a case suffix. */
#define GZN_G_FIRST 0x1u
#define GZN_G_LAST 0x2u
#define GZN_G_LOC 0x4u
#define GZN_G_ORGSFX 0x8u
#define GZN_G_TITLE 0x10u
#define GZN_G_ORGKW 0x20u
#define GZN_G_LOCKW 0x40u
#define GZN_G_PATR 0x80u
#define GZN_G_LCW 0x100u    /* word usually written in lower case (learned) */
#define GZN_G_POSTTITLE 0x200u
#define GZN_G_PARTICLE 0x400u
#define GZN_G_PROPER 0x800u /* a proper noun of the English word list */
#define GZN_G_HTITLE                                                                               \
  0x1000u /* a title before a name even where it is also a given                                   \
           * name ("Sir", "King", "Gazi"); lexicon kind                                            \
           * "htitle", which also sets GZN_G_TITLE */
#define GZN_G_NAMED                                                                                \
  0x2000u /* after a person's name, makes it the name of a                                         \
           * thing: a prize, building, room ("Prize", "Suite") */
#define GZN_G_PRETHING                                                                             \
  0x4000u /* before a capitalised word, makes it the name of a                                     \
           * thing: a storm or a ship ("Storm Darragh", "HMS                                     \
           * Victory"); lexicon kind "prething", not a feature */
#define GZN_G_BRAND                                                                                \
  0x8000u /* a shop or firm brand that lists also have as a surname or                             \
           * that reads like a name ("Kroger", "Asda", "Tesco"): alone, it                         \
           * is an organisation; lexicon kind "brand", not a feature */

typedef struct gzn_tok {
  size_t start, end;  /* core bytes, end exclusive (suffix not included) */
  size_t full_end;    /* end including an apostrophe suffix */
  uint32_t flags;     /* GZN_F_* */
  uint32_t gaz;       /* GZN_G_* (low 16 bits) and stem matches (<< 16) */
  uint32_t morph;     /* surname-morphology class, 0 = none */
  uint32_t ncp;       /* code points in the core */
  uint32_t clus;      /* word cluster: heap index of the leaf of the cluster
                       * tree (root 1, children 2c and 2c+1), 0 = unknown */
  uint64_t h_word, h_skel, h_shape, h_suf2, h_suf3, h_suf4, h_pre2, h_pre3, h_sfx;
  /* skeleton hashes of the word without a case suffix ("Makronun" ->
   * "makron", "makro"), capitalised words not in a name or place gazetteer
   * only: for matching a name with a case suffix to the name without one */
  uint64_t h_stem[GZN_MAX_STEMS];
  uint32_t n_stem;
} gzn_tok;

/* Immutable state: gazetteer table, model weights. Thread-shareable. */
typedef struct gz_names gz_names;

/* A cache of recent words' token fields (per scratch, never shared between
 * threads): a word seen before ("the", "və", a name repeated) takes its
 * hashes, gazetteer bits and morphology from here instead of computing the
 * skeleton, the hashes and the gazetteer probes again. An entry is keyed by
 * the word's bytes, whether it starts a sentence (GZN_F_SSTART) and the
 * tokenizer's ASCII path; the cache holds the fills of one gz_names (id) and
 * is emptied for another. One 64-byte entry per slot, and the affix and stem
 * hashes, which only capitalised and name-like words have, beside it. A
 * zeroed cache is empty. tests/unit/test_names.c checks that the tokens are
 * those of the tokenizer without a cache, field for field. */
/* 4096 slots (about 580 KiB with x[]): the 200 MiB benchmark corpus misses
 * on 16 % of its words with 1024, on 8 % with 4096 (words repeat less often
 * than the slots are reused); the misses recompute the token (fill_token) */
#define GZN_WC_SLOTS  4096 /* power of two */
#define GZN_WC_MAXLEN 16   /* longer words are not cached */
typedef struct gzn_wc_entry {
  uint64_t a, b;  /* the word's bytes (wc_key in names.c) */
  uint32_t key;   /* length, sentence start, ASCII path, GZN_WC_EXT; 0 = empty */
  uint32_t flags; /* the flags the fill set */
  uint32_t gaz, morph, ncp, clus;
  uint64_t h_word, h_skel, h_shape;
} gzn_wc_entry;
typedef struct gzn_wc_ext {
  uint64_t h_suf2, h_suf3, h_suf4, h_pre2, h_pre3;
  uint64_t h_stem[GZN_MAX_STEMS];
  uint32_t n_stem;
} gzn_wc_ext;
typedef struct gzn_wcache {
  uint64_t id; /* the gz_names the entries were filled with (0: none) */
  gzn_wc_entry e[GZN_WC_SLOTS];
  gzn_wc_ext x[GZN_WC_SLOTS]; /* x[i] is valid when e[i] has GZN_WC_EXT */
} gzn_wcache;

/* Builds the state from the embedded gazetteers and the embedded model
 * (models/names.bin). */
int gz_names_create(gz_names **out, gizli_error *err);
/* The same from a model image in memory (8-byte aligned, kept alive by the
 * caller until gz_names_free); used by tools/eval_ner.c --model. */
int gz_names_create_mem(gz_names **out, const void *data, size_t len, gizli_error *err);
/* Scans like the recognizer, with a scratch from gz_names_scratch_create. */
int gz_names_scratch_create(void **scratch);
void gz_names_scratch_free(void *scratch);
int gz_names_scan(const gz_names *nm, void *scratch, const char *text, size_t len,
                  const gizli_finding *structured, size_t n_structured, gz_findings *out);
/* Builds a state for training: no weights, `bits` bucket bits, the learned
 * lower-case word hashes `lcw` (may be NULL), the word clusters (skeleton
 * hashes `clus_h` with codes `clus_c`, may be NULL), and the gazetteer and
 * lexicon texts gaz[0..gaz_n) and lex[0..lex_n) (the trainer passes the
 * files it was given, so that the model is trained on the lists the rebuilt
 * library embeds), or the embedded ones when both are NULL. */
int gz_names_create_untrained(gz_names **out, unsigned bits, const uint64_t *lcw, size_t n_lcw,
                              const uint64_t *clus_h, const uint16_t *clus_c, size_t n_clus,
                              const char *gaz, size_t gaz_n, const char *lex, size_t lex_n);
void gz_names_free(gz_names *nm);
unsigned gz_names_bits(const gz_names *nm);

/* Tokenises the next sentence of text[*pos..len) into toks (at most cap,
 * cap >= GZN_MAX_SENT is plenty), fills every field, advances *pos. Returns
 * the number of tokens; 0 only at the end of the text. */
size_t gzn_next_sentence(const gz_names *nm, const char *text, size_t len, size_t *pos,
                         gzn_tok *toks, size_t cap);
/* The same with a word cache (wc may be NULL: none); the tokens are the
 * same as without it. */
size_t gzn_next_sentence_wc(const gz_names *nm, gzn_wcache *wc, const char *text, size_t len,
                            size_t *pos, gzn_tok *toks, size_t cap);
/* Marks candidate tokens (GZN_F_CAND); returns how many there are. */
size_t gzn_mark_candidates(gzn_tok *toks, size_t n);
/* Writes the feature bucket indices of token i to out (at most GZN_MAXF);
 * returns their number. */
size_t gzn_features(const gz_names *nm, const gzn_tok *toks, size_t n, size_t i,
                    uint32_t *out);
/* Whether tag `to` may follow tag `from` (from == GZN_NTAGS: sentence start):
 * I-X only after B-X or I-X. */
static inline int gzn_allowed(int from, int to) {
  if (to == GZN_IPER || to == GZN_ILOC || to == GZN_IORG)
    return from != GZN_NTAGS && (from == to || from == to - 1);
  return 1;
}
/* 64-bit hash of a folded word (what lcw lists hold). */
uint64_t gzn_hash_bytes(const void *p, size_t n, uint64_t seed);
/* Case-folds and strips Turkic/Latin diacritics of a UTF-8 word ("Əliyev" ->
 * "aliyev") into out (cap bytes); returns the length written. */
size_t gzn_skeleton(const char *s, size_t n, char *out, size_t cap);

/* The gazetteer bits (GZN_G_*) of the word w[0..n) itself (no stems). */
uint32_t gzn_word_bits(const gz_names *nm, const char *w, size_t n);

/* The gazetteer bits (GZN_G_*), OR-ed, of the stems of token t without an
 * Azerbaijani/Turkish case suffix that end in a compound's possessive vowel: "küçəsində" -> the
 * bits of "küçəsi"; "parkda" gives nothing. */
uint32_t gzn_stem_bits(const gz_names *nm, const char *text, const gzn_tok *t);

/* Twentieth batch: the skeleton hashes of token t without each case suffix
 * that leaves four bytes or more ("yılmazın" -> "yilmaz"), up to cap of
 * them; the tokenizer keeps such stems for capitalised words only. Returns
 * how many it wrote. */
size_t gzn_case_stems(const char *text, const gzn_tok *t, uint64_t *out, size_t cap);

/* The gazetteer bits of the stem of an Azerbaijani or Turkish adjective of
 * origin, token t without -lı/-li/-lu/-lü ("Rusiyalı" -> the bits of
 * "Rusiya"); 0 for other words. */
uint32_t gzn_origin_bits(const gz_names *nm, const char *text, const gzn_tok *t);

/* Recognizer entry, listed in recognizers.c. */
extern const gz_recognizer gz_names_recognizer;

/* Model file layout (little-endian), see docs/names.md. */
#define GZN_MAGIC "GZNAMES1"
typedef struct gzn_model_header {
  char magic[8];
  uint32_t endian;   /* 0x01020304 */
  uint32_t featset;  /* GZN_FEATSET */
  uint32_t bits;     /* log2 of feature buckets */
  uint32_t n_lcw;    /* learned lower-case word hashes (uint64) after weights */
  uint32_t n_clus;   /* word clusters after them: n_clus uint64 skeleton hashes,
                      * then n_clus uint16 codes padded to a multiple of 4 */
  uint32_t pad0;
  float wscale;      /* score = int16 weight * wscale */
  float temp;        /* temperature for marginal confidences */
  int16_t trans[(GZN_NTAGS + 1) * GZN_STRIDE]; /* [from][to], from 7 = start */
} gzn_model_header;

#endif
