/* internal.h - declarations shared by libgizli's own source files only.
 * Never included by front ends (CLI, tests use only gizli.h, except unit tests
 * of internal subsystems, which may include this header). */
#ifndef GIZLI_INTERNAL_H
#define GIZLI_INTERNAL_H
#include "gizli.h"
#include <stdbool.h>

/* A growable array of findings, used while collecting candidates. */
typedef struct gz_findings {
  gizli_finding *v;
  size_t n, cap;
} gz_findings;

int gz_findings_push(gz_findings *f, size_t start, size_t end, int type, float score,
                     unsigned flags);
/* Makes room for element n of a growable array: `array` is the address of
 * the array pointer, *cap its allocated count; doubles from `first`.
 * Returns 0, or -1 (array untouched) when memory runs out. */
int gz_grow(void *array, size_t n, size_t *cap, size_t elem, size_t first);
void gz_findings_free(gz_findings *f);

/* address_spans.c: joins an address found in parts into one span and fixes
 * the edges of every ADDRESS finding (see the file's comment). out holds
 * the scan's findings in document order; t/len the scanned text. */
void gz_merge_address_parts(gz_findings *out, const char *t, size_t len);

/* ---------------------------------------------------------------------- */
/* Recognizers: detectors that are not patterns (e.g. the person-name model).
 * The engine runs every enabled recognizer over each document after the
 * pattern scan and merges their findings with the pattern findings through the
 * same overlap rule. A recognizer is added by listing it in recognizers.c; the
 * core does not change. */
typedef struct gz_recognizer {
  const char *name;
  /* Bit (1u << type) for each gizli_type it can report. */
  uint64_t types;
  /* Builds the recognizer's immutable, thread-shareable state (e.g. loads the
   * model). Called once per engine compile. Returns GIZLI_OK or a negative
   * status and fills err. NULL (with destroy NULL) for a recognizer that
   * needs no state: its state is then NULL. */
  int (*create)(void **state, gizli_error *err);
  void (*destroy)(void *state);
  /* Per-thread working memory; may be NULL functions if none is needed. */
  int (*scratch_create)(const void *state, void **scratch);
  void (*scratch_free)(void *scratch);
  /* Appends findings over text[0..len) to out. `lang` is never AUTO.
   * `structured` holds the pattern findings already accepted (document order),
   * which a recognizer may use as context or to avoid. */
  int (*scan)(const void *state, void *scratch, const char *text, size_t len, int lang,
              const gizli_finding *structured, size_t n_structured, gz_findings *out);
  /* Non-zero: run only on a text holding a context word of one of its
   * types' detectors ("ünvan", "FİN"), found by the engine's word scan. */
  int ctx_gated;
} gz_recognizer;

/* NULL-terminated list of every recognizer compiled into the library
 * (recognizers.c), at most GZ_MAX_RECOGNIZERS entries (checked there at
 * compile time): the engine keeps per-recognizer state in arrays of that
 * size. */
#define GZ_MAX_RECOGNIZERS 16
extern const gz_recognizer *const gz_recognizers[];

/* The scan behind gizli_scan; candidates starting before min_start are
 * ignored (used by the stream, which has already emitted that region). */
int gz_scan_from(const gizli_engine *eng, gizli_scratch *sc, const char *text, size_t len,
                 int lang, size_t min_start, const gizli_finding **findings, size_t *count);

/* Constant-time comparison of two byte strings of equal length: 0 if equal. */
int gz_ct_memcmp(const void *a, const void *b, size_t n);
/* Wipes memory in a way the compiler cannot optimise away. */
void gz_wipe(void *p, size_t n);
/* Lower-case hex of in[0..n) into out (2n + 1 bytes, NUL-terminated). */
void gz_hex(const unsigned char *in, size_t n, char *out);

/* The first offset i >= from with t[i..i+3) equal to one of the n (<= 8)
 * three-byte needles, or len when there is none. Checks 32 offsets at a
 * time with AVX2 when the CPU has it (chosen at run time), else 16 with
 * SSE2: the recognizers that anchor on short words use it instead of one
 * memmem pass per word. */
size_t gz_find3(const char *t, size_t len, size_t from, const char (*needles)[3], int n);
/* Calls fn(ctx, i, w) for every offset i where words[w] occurs in t[0..len)
 * (words: a NULL-terminated list, each of three bytes or more), a group of
 * eight words at a time (gz_find3 finds three bytes of each: those at
 * head[w], or the first three when head is NULL; a rare trigram of the
 * word makes fewer false hits than a common one, "efo" of "elefon" rather
 * than "ele"), within a group in text order. Stops at and returns the first
 * non-zero value fn returns, else 0. One SIMD pass per eight words instead
 * of one memmem pass per word (glibc's memmem reads about a byte per cycle). */
typedef int (*gz_word_fn)(void *ctx, size_t at, int word);
/* What a recognizer's gz_word_fn needs: the text, the pattern findings
 * (which its own findings must not overlap) and where its findings go. */
typedef struct gz_rec_args {
  const char *t;
  size_t len;
  const gizli_finding *st;
  size_t n_st;
  gz_findings *out;
} gz_rec_args;
int gz_each_word(const char *t, size_t len, const char *const *words, const unsigned char *head,
                 gz_word_fn fn, void *ctx);

/* Three-byte needles as nibble tables (util.c): bit k of lo[j][v]
 * (hi[j][v]) is set when a needle of bucket k has low (high) nibble v at
 * position j; where the AND of the six lookups of three text bytes is
 * non-zero a needle may start (with one needle per bucket, one does). */
typedef struct gz_nib3 {
  unsigned char lo[3][16], hi[3][16];
} gz_nib3;
void gz_nib3_add(gz_nib3 *m, const char *needle, int bucket);
/* gz_find3 with its tables built once (gz_find3_prepare) for a search
 * that restarts after each hit: the same result as gz_find3 with the same
 * needles. */
void gz_find3_prepare(gz_nib3 *m, const char (*needles)[3], int n);
size_t gz_find3_with(const gz_nib3 *m, const char *t, size_t len, size_t from,
                     const char (*needles)[3], int n);

/* gz_each_word's word list prepared once (a recognizer's state, built at
 * engine compile): lengths, needle offsets and the nibble tables of up to
 * 64 words in buckets of words with similar needles, eight buckets a
 * pass. gz_wordset_each makes the same calls in the same order as
 * gz_each_word. The list and head must outlive the set. */
#define GZ_WORDSET_MAX 64
typedef struct gz_wordset {
  const char *const *words;
  const unsigned char *head;
  int nw, nb;
  size_t wl[GZ_WORDSET_MAX], off[GZ_WORDSET_MAX];
  uint64_t bucket_words[GZ_WORDSET_MAX];
  gz_nib3 m[GZ_WORDSET_MAX / 8];
} gz_wordset;
void gz_wordset_init(gz_wordset *s, const char *const *words, const unsigned char *head);
int gz_wordset_each(const gz_wordset *s, const char *t, size_t len, gz_word_fn fn, void *ctx);

/* The type a table column's or an SQL column's name gives its values by
 * the header lists of table_columns.c (a birth date, a phone), else 0. */
int gz_column_header_type(const char *name, size_t n);
int gz_cell_header_type(const char *t, size_t len, size_t s, size_t e);
int gz_cell_header(const char *t, size_t len, size_t s, size_t e, size_t *hs, size_t *he);

/* The column of a value in an SQL row (sql_rows.c): for the value
 * starting at s in "INSERT INTO t (cols) VALUES (...), (...)", the bounds
 * of its column's name in the column list; 0 when s is no such value.
 * The memo (open = SIZE_MAX before a scan) keeps the last row's list,
 * so the rows of one statement are read back only to the row before. */
typedef struct gz_sql_memo {
  size_t open, cs, ce;
} gz_sql_memo;
int gz_sql_column(const char *t, size_t len, size_t s, gz_sql_memo *m, size_t *cs, size_t *ce);

/* Days in month m (1-12) of year y in the proleptic Gregorian calendar:
 * the one calendar rule of the date validators and of date shifting. */
int gz_days_in_month(int y, int m);
/* The number written by the n digits at p, or -1 when one is no digit. */
int gz_digits(const char *p, int n);
/* Reads the ten bytes at p as a date, YYYY?MM?DD with ? one of ymd_seps or
 * DD?MM?YYYY with ? one of dmy_seps (the same separator twice): 1 with
 * *y, *m, *d set (not yet checked against the calendar), else 0. */
int gz_date10(const char *p, const char *ymd_seps, const char *dmy_seps, int *y, int *m, int *d);
/* 1 January 1900 is a database's empty date (a test row's "1900-01-01"),
 * no one's birth (batch 27). */
static inline int gz_empty_date(int y, int m, int d) { return y == 1900 && m == 1 && d == 1; }

/* Byte classes shared by the engine and the recognizers. */
static inline int gz_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
/* A byte that can be part of a word: an ASCII letter or digit, or any byte
 * of a multi-byte UTF-8 character (so "Əliyev" is one word). */
static inline int gz_word_byte(unsigned char c) {
  return c >= 0x80 || gz_ascii_alnum(c);
}
/* The Azerbaijani and Turkish letters outside ASCII, each two bytes in
 * UTF-8 (ç ö ü ğ ı ş ə and Ç Ö Ü Ğ İ Ş Ə): 2 when t[i] starts one (and
 * *upper tells a capital), else 0. The user-name readers use it. */
static inline size_t gz_aztr_letter(const char *t, size_t len, size_t i, int *upper) {
  if (i + 1 >= len) return 0;
  unsigned char c = (unsigned char)t[i], d = (unsigned char)t[i + 1];
  int lo = (c == 0xC3 && (d == 0xA7 || d == 0xB6 || d == 0xBC)) ||
           (c == 0xC4 && (d == 0x9F || d == 0xB1)) || (c == 0xC5 && d == 0x9F) ||
           (c == 0xC9 && d == 0x99);
  int up = (c == 0xC3 && (d == 0x87 || d == 0x96 || d == 0x9C)) ||
           (c == 0xC4 && (d == 0x9E || d == 0xB0)) || (c == 0xC5 && d == 0x9E) ||
           (c == 0xC6 && d == 0x8F);
  *upper = up;
  return lo || up ? 2 : 0;
}

#endif
