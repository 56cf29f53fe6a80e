/* test_numeric.c - the hand-written end matchers (lib/numeric.c) against
 * Vectorscan running each detector's own regex from lib/detectors.c: on
 * many random digit-heavy strings, the set of offsets where a match ends
 * must be identical. A regex change that the matcher does not mirror fails
 * here. */
#include "detect.h"
#include "tinytest.h"

#include <hs/hs.h>
#include <stdint.h>
#include <string.h>

typedef struct ends {
  unsigned char at[256];
} ends;

static int on_end(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                  void *ctx) {
  (void)id;
  (void)from;
  (void)flags;
  ((ends *)ctx)->at[to] = 1;
  return 0;
}

/* xorshift64*: deterministic, so a failure reproduces */
static uint64_t rnd(uint64_t *s) {
  *s ^= *s >> 12;
  *s ^= *s << 25;
  *s ^= *s >> 27;
  return *s * 2685821657736338717ull;
}

/* Strings shaped like the text these detectors see: mostly digits, with
 * separators, brackets, plus signs, colons and a few letters. */
static size_t random_text(uint64_t *s, char *out, size_t cap) {
  static const char seps[] = " .-()+:/";
  static const char letters[] = "ABCDEZRTNPWabcfx";
  size_t n = 1 + rnd(s) % (cap - 1);
  for (size_t i = 0; i < n; i++) {
    unsigned r = (unsigned)(rnd(s) % 100);
    if (r < 62)
      out[i] = (char)('0' + rnd(s) % 10);
    else if (r < 85)
      out[i] = seps[rnd(s) % (sizeof seps - 1)];
    else
      out[i] = letters[rnd(s) % (sizeof letters - 1)];
  }
  return n;
}

/* A valid-looking value of the detector's own shape sometimes: random text
 * alone rarely builds an 11-digit TCKN or a 26-character IBAN (the last
 * shapes are spaced by OCR, one digit per box). */
static size_t seeded_text(uint64_t *s, char *out, size_t cap) {
  static const char *const shapes[] = {"12345678901",
                                       "TR33 0006 1005 1978 6457 8413 26",
                                       "4111 1111 1111 1111",
                                       "+90 (532) 123-45-67",
                                       "0 (212) 555 12 34",
                                       "+994 (50) 123 45 67",
                                       "(012) 498-71-23",
                                       "(415) 555-2671",
                                       "34 ABC 123",
                                       "10-AB-123",
                                       "192.168.1.20",
                                       "fe80::1:2ab",
                                       "AB 12 34 56 C",
                                       "078-05-1120",
                                       "AZ21NABZ00000000137010001944",
                                       "(0 312) 555 12 34",
                                       "+90 (0212) 555 12 34",
                                       "(+90) 212 555 12 34",
                                       "0850 222 0 800",
                                       "+90 850 222 0 800",
                                       "0542 542 0 542",
                                       "+90 542 542 0 542",
                                       "+994 (012) 498 71 23",
                                       "(+994 12) 541 98 15",
                                       "(+994) 12 541 98 15",
                                       "0(850) 222 08 00",
                                       "07911 123456",
                                       "0161 496 0123",
                                       "07700 900 987",
                                       "07384 22 91 07",
                                       "087 412 3309",
                                       "01 283 4471",
                                       "03457 888 444",
                                       "tr33 0006 1005 1978 6457 8413 26",
                                       "az21nabz00000000137010001944",
                                       "London W2 3RL",
                                       "SO14 3TJ",
                                       "EC1A1BB",
                                       "1401555071",
                                       "0123456789012345",
                                       "123 45 6789",
                                       "A12345678",
                                       "C 12345678",
                                       "12.03.1985",
                                       "1990-04-17",
                                       "12/03/85",
                                       "1985.3.12",
                                       "+44 20 7946 0958",
                                       "+1 (415) 555-2671",
                                       "+49.30.1234.5678",
                                       "+7 (495) 123-45-67",
                                       "+380 44 123 4567",
                                       "+33 1 23 45 67 89",
                                       "020 3312 6666",
                                       ", 425-10-16",
                                       "/404 46 00",
                                       "0532/418 66 21",
                                       "050/312-44-81",
                                       "0212/ 5551234",
                                       "5 4 4 3 1 3 2 2 5 7 6",
                                       "0 7. 0 4. 1 9 8 6",
                                       "2 2 . 1 1 . 1 9 9 4",
                                       "2 1 0 6 1 9 8 5",
                                       "0 7 7 0 0  9 0 0 5 5 2",
                                       "0 1 6 1  4 9 6  0 1 2 3"};
  size_t n = random_text(s, out, cap / 2);
  const char *shape = shapes[rnd(s) % (sizeof shapes / sizeof shapes[0])];
  size_t k = strlen(shape);
  if (n + k >= cap) return n;
  memcpy(out + n, shape, k);
  n += k;
  /* mutate a byte now and then */
  if (rnd(s) % 2) out[n - 1 - rnd(s) % k] = (char)('0' + rnd(s) % 10);
  return n;
}

/* The shared differential loop. Compiles the detector's regex with
 * Vectorscan, then for `rounds` strings from `gen` compares the end offsets
 * Vectorscan reports (`want`) with those the hand-written matcher reports
 * through `run` (`got`); `run` may also check its own invariants against
 * `want`. Stops after 3 mismatches, each printed. Fails unless at least
 * `min_matched` ends were seen, so the inputs must exercise the pattern. */
typedef size_t (*text_gen)(uint64_t *s, int round, char *out, size_t cap);
typedef void (*matcher_run)(const char *text, size_t n, const ends *want, ends *got,
                            const void *arg);

static void compare_with_vectorscan(const gz_detector *det, text_gen gen, matcher_run run,
                                    const void *arg, uint64_t seed, int rounds, int min_matched) {
  CHECK(det != NULL && det->regex != NULL);
  if (!det || !det->regex) return;
  hs_database_t *db = NULL;
  hs_compile_error_t *err = NULL;
  if (hs_compile(det->regex, det->hs_flags, HS_MODE_BLOCK, NULL, &db, &err) != HS_SUCCESS) {
    fprintf(stderr, "  %s: %s\n", det->name, err->message);
    hs_free_compile_error(err);
    CHECK(0);
    return;
  }
  hs_scratch_t *scratch = NULL;
  CHECK(hs_alloc_scratch(db, &scratch) == HS_SUCCESS);
  int mismatches = 0, matched_ends = 0;
  char text[200];
  for (int round = 0; round < rounds && mismatches < 3; round++) {
    size_t n = gen(&seed, round, text, sizeof text);
    ends want, got;
    memset(&want, 0, sizeof want);
    memset(&got, 0, sizeof got);
    CHECK(hs_scan(db, text, (unsigned)n, 0, scratch, on_end, &want) == HS_SUCCESS);
    run(text, n, &want, &got, arg);
    for (size_t e = 0; e <= n; e++) {
      matched_ends += want.at[e];
      if (got.at[e] != want.at[e]) {
        mismatches++;
        fprintf(stderr, "  %s: end %zu of \"%.*s\": matcher %d, vectorscan %d\n", det->name, e,
                (int)n, text, got.at[e], want.at[e]);
      }
    }
  }
  CHECK_EQ_INT(mismatches, 0);
  CHECK(matched_ends >= min_matched);
  hs_free_scratch(scratch);
  hs_free_database(db);
}

static const gz_detector *find_detector(const char *name) {
  for (size_t d = 0; d < gz_n_detectors; d++)
    if (strcmp(gz_detectors[d].name, name) == 0) return &gz_detectors[d];
  return NULL;
}

/* End matchers: every end offset asked one by one, as the engine does. */
typedef struct end_matcher {
  gz_end_fn fn;
  int last; /* declared classes of a match's last byte */
} end_matcher;

static size_t digit_heavy_text(uint64_t *s, int round, char *out, size_t cap) {
  return round % 2 ? random_text(s, out, 120) : seeded_text(s, out, cap);
}

static void run_end_matcher(const char *text, size_t n, const ends *want, ends *got,
                            const void *arg) {
  const end_matcher *m = arg;
  for (size_t e = 0; e <= n; e++) {
    gz_end_info info;
    gz_end_info_at(text, 0, e, &info);
    got->at[e] = (unsigned char)m->fn(text, 0, e, &info);
    /* the last byte of every match is in the declared classes */
    if (want->at[e] && e > 0) {
      unsigned char c = (unsigned char)text[e - 1];
      int cls = (c >= '0' && c <= '9')   ? GZ_END_DIGIT
                : (c >= 'A' && c <= 'Z') ? GZ_END_UPPER
                : c == ':'               ? GZ_END_COLON
                                         : GZ_END_HEX;
      if (cls == GZ_END_UPPER && (m->last & GZ_END_HEX) && c <= 'F') cls = GZ_END_HEX;
      CHECK(m->last & cls);
    }
  }
}

TEST(matchers_agree_with_vectorscan) {
  int checked = 0;
  for (size_t d = 0; d < gz_n_detectors; d++) {
    end_matcher m = {0};
    m.fn = gz_end_matcher(gz_detectors[d].name, &m.last);
    if (!m.fn) continue;
    compare_with_vectorscan(&gz_detectors[d], digit_heavy_text, run_end_matcher, &m,
                            0x9E3779B97F4A7C15ull ^ (d + 1), 40000, 101);
    checked++;
  }
  CHECK_EQ_INT(checked, GZ_N_END_MATCHERS);
}

/* The phone labels of seven-digit local numbers are one list
 * (GZ_LOCAL_LABELS, detect.h) behind the phone_local pattern and its end
 * matcher: every label, in each layout the pattern takes, gives the same
 * ends in both, and ends in a byte of the matcher's last-byte filter. */
static const char *const local_labels[] = {GZ_LOCAL_LABELS(GZ_LBL_STR, GZ_LBL_COMMA)};
#define N_LOCAL_LABELS (sizeof local_labels / sizeof local_labels[0])
static size_t labelled_text(uint64_t *s, int round, char *out, size_t cap) {
  static const char *const forms[] = {"%s: 404 46 00",  "%s. 425-10-16",   "%s.: 312 44 81",
                                      "x%s: 404 46 00", "%s 404 46 00 12", "%s:404-46-00"};
  const char *label = local_labels[(size_t)round % N_LOCAL_LABELS];
  const char *form = forms[((size_t)round / N_LOCAL_LABELS) % (sizeof forms / sizeof forms[0])];
  (void)s;
  int n = snprintf(out, cap, form, label);
  return n < 0 ? 0 : (size_t)n;
}
TEST(local_labels_one_list) {
  for (size_t i = 0; i < N_LOCAL_LABELS; i++) {
    size_t n = strlen(local_labels[i]);
    CHECK(n > 0 && strchr(GZ_LOCAL_LABEL_LAST, local_labels[i][n - 1]) != NULL);
  }
  end_matcher m = {0};
  m.fn = gz_end_matcher("phone_local", &m.last);
  CHECK(m.fn != NULL);
  if (!m.fn) return;
  compare_with_vectorscan(find_detector("phone_local"), labelled_text, run_end_matcher, &m, 1,
                          (int)N_LOCAL_LABELS * 6, (int)N_LOCAL_LABELS * 3);
}

/* lo bounds the start: a match that would need bytes before lo does not count. */
TEST(matchers_respect_lower_bound) {
  int last;
  gz_end_fn tckn = gz_end_matcher("tr_tckn", &last);
  const char *t = "x 10000000146";
  CHECK(tckn != NULL);
  gz_end_info info;
  gz_end_info_at(t, 0, 13, &info);
  CHECK(tckn(t, 0, 13, &info) == 1);
  gz_end_info_at(t, 2, 13, &info);
  CHECK(tckn(t, 2, 13, &info) == 1);
  gz_end_info_at(t, 3, 13, &info);
  CHECK(tckn(t, 3, 13, &info) == 0);
  CHECK(gz_end_matcher("email", &last) == NULL);
}

/* The '@' detectors: gz_email_ends / gz_handle_ends from every '@' give
 * exactly the end offsets Vectorscan reports for the detector's regex. */
static int collect_end(void *ctx, size_t end) {
  ((ends *)ctx)->at[end] = 1;
  return 0;
}

/* Strings shaped like e-mail addresses and handles, with the bytes that
 * end or break them. */
static size_t at_text(uint64_t *s, char *out, size_t cap) {
  /* lone lead and continuation bytes of the az/tr letters too */
  static const char pool[] = "abzAZ09_.-%+@ @.xyQ-_9\xC3\xBC\xC9\x99\xC4\xB0\x87";
  static const char *const shapes[] = {"ali.veli@mail.example.com",
                                       "@rashad_n",
                                       "@G\xC3\xBClnar_xala",
                                       "@T\xC3\x9CRK\xC3\x9CN_O\xC4\x9ELU",
                                       "@\xC5\x9F" "irin.\xC3\xA7" "ay",
                                       "x@y.co",
                                       "a@b.c-d.org",
                                       "@a.b",
                                       "@_x_.",
                                       "u+tag@host-1.az"};
  size_t n = 0, want = 1 + rnd(s) % (cap - 32);
  while (n < want) {
    if (rnd(s) % 6 == 0) {
      const char *sh = shapes[rnd(s) % (sizeof shapes / sizeof shapes[0])];
      size_t k = strlen(sh);
      if (n + k >= cap) break;
      memcpy(out + n, sh, k);
      n += k;
    } else {
      out[n++] = pool[rnd(s) % (sizeof pool - 1)];
    }
  }
  return n;
}

static size_t at_gen(uint64_t *s, int round, char *out, size_t cap) {
  (void)round;
  return at_text(s, out, cap);
}

static void run_at_matcher(const char *text, size_t n, const ends *want, ends *got,
                           const void *arg) {
  (void)want;
  int is_email = *(const int *)arg;
  for (size_t i = 0; i < n; i++)
    if (text[i] == '@') {
      if (is_email)
        gz_email_ends(text, n, i, collect_end, got);
      else
        gz_handle_ends(text, n, i, collect_end, got);
    }
}

TEST(at_sign_matchers_agree_with_vectorscan) {
  static const int email = 1, handle = 0;
  compare_with_vectorscan(find_detector("email"), at_gen, run_at_matcher, &email,
                          0xA5A5A5A5DEADBEEFull, 40000, 1000);
  compare_with_vectorscan(find_detector("handle"), at_gen, run_at_matcher, &handle,
                          0xA5A5A5A5DEADBEEFull + 1, 40000, 1000);
}

/* MAC addresses: gz_mac_ends over the whole text gives exactly the ends
 * Vectorscan reports for the detector's regex. */
static size_t mac_text(uint64_t *s, char *out, size_t cap) {
  static const char pool[] = "0a9Fe:-.:-.x G";
  static const char *const shapes[] = {"00:1A:2b:3C:4d:5E", "aa-bb-cc-dd-ee-ff", "0123.4567.89ab",
                                       "00:1a-2b:3c-4d:5e:6f", "abcd.ef01.2345.6789"};
  size_t n = 0, want = 1 + rnd(s) % (cap - 32);
  while (n < want) {
    if (rnd(s) % 5 == 0) {
      const char *sh = shapes[rnd(s) % (sizeof shapes / sizeof shapes[0])];
      size_t k = strlen(sh);
      if (n + k >= cap) break;
      memcpy(out + n, sh, k);
      if (rnd(s) % 2) out[n + rnd(s) % k] = pool[rnd(s) % (sizeof pool - 1)];
      n += k;
    } else {
      out[n++] = pool[rnd(s) % (sizeof pool - 1)];
    }
  }
  return n;
}

static size_t mac_gen(uint64_t *s, int round, char *out, size_t cap) {
  (void)round;
  return mac_text(s, out, cap);
}

static void run_mac_matcher(const char *text, size_t n, const ends *want, ends *got,
                            const void *arg) {
  (void)want;
  (void)arg;
  gz_mac_ends(text, n, collect_end, got);
}

TEST(mac_matcher_agrees_with_vectorscan) {
  compare_with_vectorscan(find_detector("mac"), mac_gen, run_mac_matcher, NULL,
                          0x1234567887654321ull, 40000, 1000);
}

/* phone_ocr's anchor: gz_ocr_anchor at every offset gives the ends of its
 * row's anchor regex, which ends one byte after the digit (the non-digit
 * after it) or at the end of the text. Strings of digits, the pattern's
 * separators (the en dash among them) and other bytes, never ending in a
 * newline (where '$' would also match before it). */
static size_t ocr_gen(uint64_t *s, int round, char *out, size_t cap) {
  static const char *const pieces[] = {"0",
                                       "5",
                                       "9",
                                       "12",
                                       "345",
                                       "6789",
                                       " ",
                                       "  ",
                                       "-",
                                       "(",
                                       ")",
                                       " ( ",
                                       "\xE2\x80\x93",
                                       " \xE2\x80\x93 ",
                                       "\xE2\x80\x93 ",
                                       "x",
                                       ".",
                                       "\xE2\x80",
                                       "     "};
  size_t n = 0, want = 1 + rnd(s) % (cap - 8);
  (void)round;
  while (n < want) {
    const char *p = pieces[rnd(s) % (sizeof pieces / sizeof pieces[0])];
    size_t k = strlen(p);
    if (n + k >= cap) break;
    memcpy(out + n, p, k);
    n += k;
  }
  return n;
}

static void run_ocr_anchor(const char *text, size_t n, const ends *want, ends *got,
                           const void *arg) {
  (void)want;
  (void)arg;
  for (size_t e = 0; e <= n; e++)
    if (gz_ocr_anchor(text, n, e)) got->at[e < n ? e + 1 : n] = 1;
}

TEST(ocr_anchor_agrees_with_vectorscan) {
  const gz_detector *d = find_detector("phone_ocr");
  CHECK(d != NULL && d->anchor != NULL);
  if (!d || !d->anchor) return;
  gz_detector a = *d;
  a.regex = d->anchor;
  compare_with_vectorscan(&a, ocr_gen, run_ocr_anchor, NULL, 0x0C0FFEE123456789ull, 40000, 1000);
}

/* gz_find3 (util.c: 32 offsets at a time with AVX2 where the CPU has it,
 * else 16 with SSE2, then bytes) finds what a byte-by-byte search finds,
 * from every start offset, in texts long enough for every path and with
 * hits near the ends of the vector blocks. */
TEST(find3_agrees_with_byte_search) {
  static const char needles[6][3] = {{' ', 'r', 'd'}, {' ', 's', 't'}, {'n', 'v', 'a'},
                                     {'N', 'V', 'A'}, {'d', 'r', 'e'}, {' ', 'w', 'a'}};
  static const char alphabet[] = " rdstnvaNVAewx";
  uint64_t x = 0x9E3779B97F4A7C15ull;
  char text[700];
  for (int round = 0; round < 300; round++) {
    size_t len = (size_t)(round * 7 % 700);
    for (size_t i = 0; i < len; i++) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      text[i] = alphabet[x % (sizeof alphabet - 1)];
    }
    int n = 1 + round % 6;
    for (size_t from = 0; from <= len; from += 1 + (size_t)(round % 5)) {
      size_t want = len;
      for (size_t i = from; i + 3 <= len && want == len; i++)
        for (int k = 0; k < n; k++)
          if (memcmp(text + i, needles[k], 3) == 0) want = i;
      CHECK(gz_find3(text, len, from, needles, n) == want);
    }
  }
}

/* gz_wordset_each (util.c: one SIMD pass per eight nibble buckets, words
 * with similar needles sharing a bucket, the hits sorted back) calls its
 * callback with the same words at the same offsets and in the same order
 * as passes of eight words at a time in text order would: more than eight
 * words (case pairs, needles that share two bytes, needles not at the
 * word's start), random texts of the words' letters long enough for the
 * vector loop and its byte-by-byte tail. */
typedef struct ws_calls {
  size_t at[4096];
  int w[4096], n;
} ws_calls;

static int ws_record(void *ctx, size_t at, int w) {
  ws_calls *c = ctx;
  if (c->n < 4096) c->at[c->n] = at, c->w[c->n] = w;
  c->n++;
  return 0;
}

TEST(wordset_agrees_with_group_passes) {
  static const char *const words[] = {
      "alle", "ALLE", "sisdn", "SISDN", "gsm", "GSM",  "hone", "HONE", "elle",    "vellud", "dob",
      "Dob",  "DOB",  "ne=",   "le=",   "el=", "BDAY", "lls",  "sdn=", "msisdn=", NULL};
  static const unsigned char head[] = {1, 1, 2, 2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3};
  static const char alphabet[] = "alesidngmhoLESIDNGMHOvubBAY=Dw ";
  static gz_wordset set;
  static ws_calls got, want;
  gz_wordset_init(&set, words, head);
  int nw = 0;
  while (words[nw]) nw++;
  uint64_t x = 0x2545F4914F6CDD1Dull;
  static char text[3000];
  for (int round = 0; round < 200; round++) {
    size_t len = 200 + (size_t)(round * 37 % 2800);
    for (size_t i = 0; i < len; i++) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      text[i] = alphabet[x % (sizeof alphabet - 1)];
    }
    want.n = got.n = 0;
    for (int g = 0; g < nw; g += 8)
      for (size_t i = 0; i + 3 <= len; i++)
        for (int w = g; w < g + 8 && w < nw; w++) {
          size_t wl = strlen(words[w]), off = (size_t)head[w] + 3 <= wl ? head[w] : 0;
          if (i >= off && i - off + wl <= len && memcmp(text + i - off, words[w], wl) == 0)
            ws_record(&want, i - off, w);
        }
    CHECK(gz_wordset_each(&set, text, len, ws_record, &got) == 0);
    CHECK(got.n == want.n);
    for (int k = 0; k < got.n && k < want.n && k < 4096; k++)
      CHECK(got.at[k] == want.at[k] && got.w[k] == want.w[k]);
    CHECK(gz_each_word(text, len, words, head, ws_record, &got) == 0);
  }
}

/* gz_fold_key (text.c: sixteen ASCII bytes at a time where it can, then
 * byte by byte) folds ASCII as tolower does, stops at cap, and folds the
 * letters after and between ASCII runs ("İ" and "I" to "i"). */
TEST(fold_key_ascii_runs) {
  static const char alphabet[] = "aZ09 .:-_AzQq\t\n@";
  uint64_t x = 0xD1B54A32D192ED03ull;
  char in[200], out[200], want[200];
  for (int round = 0; round < 500; round++) {
    size_t len = (size_t)(round * 13 % 200), cap = round % 3 ? 200 : (size_t)(round % 41);
    for (size_t i = 0; i < len; i++) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      in[i] = alphabet[x % (sizeof alphabet - 1)];
    }
    size_t n = gz_fold_key(in, len, out, cap), wn = len < cap ? len : cap;
    for (size_t i = 0; i < wn; i++)
      want[i] = (char)(in[i] >= 'A' && in[i] <= 'Z' ? in[i] + 32 : in[i]);
    CHECK(n == wn);
    CHECK(memcmp(out, want, wn) == 0);
  }
  static const char mixed[] = "DOGUM TARIHI VE YERI: \xC4\xB0STANBUL, \xC3\x87"
                              "ANKAYA MAHALLESI 12";
  static const char folded[] = "dogum tarihi ve yeri: istanbul, \xC3\xA7"
                               "ankaya mahallesi 12";
  CHECK(gz_fold_key(mixed, sizeof mixed - 1, out, sizeof out) == sizeof folded - 1);
  CHECK(memcmp(out, folded, sizeof folded - 1) == 0);
}

TT_MAIN(TT_CASE(matchers_agree_with_vectorscan), TT_CASE(local_labels_one_list),
        TT_CASE(matchers_respect_lower_bound), TT_CASE(at_sign_matchers_agree_with_vectorscan),
        TT_CASE(mac_matcher_agrees_with_vectorscan), TT_CASE(ocr_anchor_agrees_with_vectorscan),
        TT_CASE(find3_agrees_with_byte_search), TT_CASE(wordset_agrees_with_group_passes),
        TT_CASE(fold_key_ascii_runs))
