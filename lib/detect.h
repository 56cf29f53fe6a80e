/* detect.h - the pattern detector table shared by the engine and its tests. */
#ifndef GIZLI_DETECT_H
#define GIZLI_DETECT_H
#include "internal.h"

/* Neighbour rules checked around a candidate span. */
enum {
  GZ_B_NONE = 0,
  GZ_B_NUM = 1,    /* no digit or letter next to it; no "1." / ".1" number joins */
  GZ_B_WORD = 2,   /* no letter or digit (any script) next to it */
  GZ_B_EMAIL = 3,  /* no e-mail local-part / domain character next to it */
  GZ_B_HANDLE = 4, /* no word char, '.', '@' before; no word char after */
  GZ_B_IP = 5,     /* like NUM, and no '.'/':' + hex digit joins */
  GZ_B_WORDSTART = 6, /* no letter or digit before it (a suffix may follow) */
  GZ_B_MAC = 7,       /* like IP; a netfilter log's "MAC=" field holds two (engine.c) */
};

/* A check refines and validates one candidate. It sees the whole text and
 * may move the start and end (e.g. to drop a keyword the pattern matched). Returns
 * 0 to reject, 1 when structurally valid, 2 when a checksum also passed, 3
 * when valid in a layout only this type is written in (a phone with its '+'
 * country code, or its trunk 0 and its area code in brackets or its
 * subscriber number grouped): contradicting words are then not counted
 * (engine.c).
 * *adj is added to the score (it starts at 0). */
typedef int (*gz_check_fn)(const char *text, size_t len, size_t *start, size_t *end,
                           float *adj);

typedef struct gz_detector {
  int type;
  const char *name;     /* short id used in docs and tests */
  const char *regex;    /* Vectorscan syntax */
  unsigned hs_flags;    /* extra HS_FLAG_* (e.g. CASELESS) */
  int bound;            /* GZ_B_* */
  int lang;             /* language whose documents get +0.1, or 0 */
  float base;           /* score once the check passes */
  float ctx_boost;      /* added when a context word is near */
  float neg_penalty;    /* subtracted when a contradicting word is near */
  int ctx_before, ctx_after;  /* window sizes in bytes */
  const char *const *ctx;     /* context words (NULL-terminated) */
  const char *const *neg;     /* contradicting words (NULL-terminated) */
  gz_check_fn check;
  int trim_left;        /* retry with the start moved past separators */
  /* Start recovery. Most detectors run without start-of-match tracking
   * (much faster): the start is found by walking back from the match end
   * over the bytes in `cls` (at most maxlen), and the check validates the
   * whole span. Detectors with `anchor` instead run with start tracking, only
   * on windows around matches of the anchor pattern. */
  const char *cls;
  int maxlen;
  const char *anchor;
  /* Non-zero: the detector cannot reach the default threshold without a
   * context word, so it runs only on windows around its context words (the
   * engine builds the anchor pattern from `ctx`). */
  int ctx_anchor;
} gz_detector;

/* The function words of the three languages with a (first byte, length)
 * filter: bit j of first[b] is set when word j starts with byte b, bit j of
 * lens[n] when it has n bytes, so most words are rejected with one AND.
 * Built once per engine (gz_lang_words_init), read-only afterwards. */
typedef struct gz_lang_words {
  const char *w[64];
  unsigned char lang[64], n[64];
  uint64_t first[256], lens[16];
  int count;
} gz_lang_words;
void gz_lang_words_init(gz_lang_words *t);
/* gizli_detect_lang with a prepared table. */
int gz_detect_lang(const gz_lang_words *t, const char *text, size_t len);

/* The phone labels before a seven-digit local number ("Tel: 404 46 00"),
 * the one list behind the phone_local pattern (detectors.c), its check
 * (chk_phone_local) and its end matcher (end_phone_local, numeric.c).
 * GZ_LOCAL_LABELS(X, SEP) calls X("label") for each, SEP() between two:
 * GZ_LOCAL_LABELS(GZ_LBL_STR, GZ_LBL_BAR) is the regex alternation
 * "Tel|tel|...", GZ_LOCAL_LABELS(GZ_LBL_STR, GZ_LBL_COMMA) a C list. Every
 * label ends in one of the bytes of GZ_LOCAL_LABEL_LAST (checked by
 * test_numeric). */
/* clang-format off */
#define GZ_LOCAL_LABELS(X, SEP)                                                         \
  X("Tel") SEP() X("tel") SEP() X("TEL") SEP()                                          \
  X("Telefon") SEP() X("telefon") SEP() X("TELEFON") SEP()                              \
  X("Phone") SEP() X("phone") SEP() X("PHONE") SEP()                                    \
  X("Fax") SEP() X("fax") SEP() X("FAX") SEP() X("Faks") SEP() X("faks") SEP()          \
  X("FAKS") SEP() X("Mob") SEP() X("mob") SEP() X("MOB") SEP()                          \
  X("Mobil") SEP() X("mobil") SEP() X("MOBIL") SEP() X("GSM") SEP() X("gsm") SEP()      \
  X("Cep") SEP() X("cep") SEP() X("CEP") SEP()                                          \
  X("\xC6\x8Flaq\xC9\x99") SEP() X("\xC9\x99laq\xC9\x99")
#define GZ_LBL_STR(s) s
#define GZ_LBL_BAR() "|"
#define GZ_LBL_COMMA() ,
#define GZ_LOCAL_LABEL_LAST "lLnNeExXsSbBMmpPH\x99"
/* clang-format on */

/* Hand-written end matchers (numeric.c): does some match of the detector's
 * pattern end exactly at e, starting at or after lo? `info` must come from
 * gz_end_info_at(text, lo, e). */
typedef struct gz_end_info {
  int run;       /* digits ending at e (counted up to 12) */
  int before;    /* the byte before them, 0 at lo */
  /* within 32 bytes before e: digits a phone / a card could span, letters
   * and digits an IBAN could (see gz_end_info_at) */
  int phone_digits, card_digits, iban_units;
  /* the bytes a phone can use ([0-9 .()-]) back from e start right after a
   * '+' (1), do not (0), or run on past 32 bytes (2: not known) */
  int plus;
  /* with phone_digits >= 9: where the subscriber-number tail of a phone
   * ending at e can start (numeric.c, phone_tail_starts) */
  int ntail;
  size_t tail[12];
} gz_end_info;
void gz_end_info_at(const char *text, size_t lo, size_t e, gz_end_info *info);
typedef int (*gz_end_fn)(const char *text, size_t lo, size_t e, const gz_end_info *info);
enum { GZ_END_DIGIT = 1, GZ_END_UPPER = 2, GZ_END_HEX = 4, GZ_END_COLON = 8 };
/* The matcher for a detector (by name) and the classes its last byte can
 * be in (*last, GZ_END_*), or NULL when it has none. */
gz_end_fn gz_end_matcher(const char *detector, int *last);
/* The same by index (0..GZ_N_END_MATCHERS-1), or -1. */
#define GZ_N_END_MATCHERS 27
int gz_end_matcher_index(const char *detector, int *last);
/* The bits of the matchers whose last-byte classes include one of cls
 * (GZ_END_*). */
unsigned gz_end_cls_bits(int cls);
/* Runs every matcher whose bit is set in `want` at end e (the last byte's
 * classes being cls); returns the bits of those that match. want must hold
 * only matchers of gz_end_cls_bits(cls). */
unsigned gz_end_match_all(const char *text, size_t lo, size_t e, int cls, unsigned want);
/* The '@' detectors (numeric.c): call cb with every offset where a match of
 * the e-mail (gz_email_ends) or handle (gz_handle_ends) pattern that takes
 * the '@' at text[at] ends, in increasing order, until cb returns non-zero
 * (then they return 1; otherwise 0). */
typedef int (*gz_end_cb)(void *ctx, size_t end);
int gz_email_ends(const char *text, size_t len, size_t at, gz_end_cb cb, void *ctx);
int gz_handle_ends(const char *text, size_t len, size_t at, gz_end_cb cb, void *ctx);
/* Every end of a match of the MAC address pattern in text[0..len), the
 * same way (numeric.c). */
int gz_mac_ends(const char *text, size_t len, gz_end_cb cb, void *ctx);

/* The anchor of phone_ocr (its row's `anchor` regex, run by the engine's
 * digit walk instead of Vectorscan): 1 when a single digit ends at e (no
 * digit at e - 2 or at e) and another single digit stands before it over
 * one separator of the pattern, or a group of two or three digits and then
 * a single digit, each over one separator. */
int gz_ocr_anchor(const char *text, size_t len, size_t e);

/* A separator of a numeric date: "12.03.1985", "12/03/1985", "1985-03-12". */
static inline int gz_date_sep(char c) { return c == '.' || c == '/' || c == '-'; }

extern const gz_detector gz_detectors[];
extern const size_t gz_n_detectors;
/* The most rows gz_detectors may have (checked at compile time in
 * detectors.c); the engine's per-detector sets hold GZ_DETSET_WORDS 64-bit
 * words. */
#define GZ_MAX_DETECTORS 128
#define GZ_DETSET_WORDS  ((GZ_MAX_DETECTORS + 63) / 64)

/* Context keyword folding: lower-case, with I, İ, ı and i all mapped to 'i'
 * so that Turkish, Azerbaijani and English spellings compare equal. Writes at
 * most cap bytes and returns the count written. */
size_t gz_fold_key(const char *s, size_t len, char *out, size_t cap);
int gz_iban_length(const char *cc);
/* Code point before/after a byte position; -1 at the edges or invalid. */
int32_t gz_cp_before(const char *text, size_t pos);
int32_t gz_cp_at(const char *text, size_t len, size_t pos);
int gz_is_wordcp(int32_t cp);
#endif
