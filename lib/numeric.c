/* numeric.c - hand-written end matchers for the detectors whose matches
 * always contain a digit or ':' (T.C. Kimlik, IBAN, cards, TR/AZ/US phones,
 * plates, IPv4/IPv6, UK NINO, US SSN).
 *
 * In digit-dense text these patterns are the most expensive part of the
 * Vectorscan pass: each is a class-started automaton that stays active over
 * every run of digits. The engine therefore runs them in C: it only needs
 * to know at which offsets a match of the detector's pattern ENDS (the start
 * is found by walking back, and the detector's check validates the whole
 * span). Each matcher below answers "does some match of the pattern end
 * exactly at e (and start at or after lo)?", which is the same question
 * Vectorscan answers without start-of-match tracking. It suffices to test
 * the shortest form of each pattern: optional leading parts ("+90 ", "(")
 * only make a match longer, never decide whether one ends at e.
 *
 * tests/unit/test_numeric.c checks every matcher against Vectorscan running
 * the detector's own regex (lib/detectors.c) on random digit-heavy strings:
 * a change to one of those regexes must be mirrored here. */
#include "detect.h"

#include <string.h>

static const char DIGITS[] = "0123456789";
static const char UPPER[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
static const char SEP[] = " .-";

/* One element of a pattern, in forward order: min..max bytes from set. */
typedef struct el {
  const char *set;
  unsigned char min, max;
} el;

static int in_set(const char *set, unsigned char c) {
  if (set == DIGITS) return c >= '0' && c <= '9';
  if (set == UPPER) return c >= 'A' && c <= 'Z';
  return c && strchr(set, c) != NULL;
}

/* Matches elements p[0..k] backwards so that the last one ends at pos and
 * nothing is read before lo. Elements with a range try every count (the
 * patterns are short and bounded, so the search is bounded too). */
static int back(const char *t, size_t lo, size_t pos, const el *p, int k) {
  while (k >= 0) {
    const el *x = &p[k];
    size_t n = 0;
    while (n < x->max && pos - n > lo && in_set(x->set, (unsigned char)t[pos - n - 1])) n++;
    if (n < x->min) return 0;
    for (size_t c = n; c > x->min; c--)
      if (back(t, lo, pos - c, p, k - 1)) return 1;
    pos -= x->min;
    k--;
  }
  return 1;
}

#define N_EL(a) ((int)(sizeof(a) / sizeof((a)[0])) - 1)

/* [1-9][0-9]{10} */
static int end_tckn(const char *t, size_t lo, size_t e) {
  static const el p[] = {{"123456789", 1, 1}, {DIGITS, 10, 10}};
  return back(t, lo, e, p, N_EL(p));
}

/* [0-9](?:[ -]?[0-9]){11,18}: 12 to 19 digits, single ' ' or '-' between. */
static int end_card(const char *t, size_t lo, size_t e) {
  size_t pos = e;
  int digits = 0;
  while (pos > lo) {
    unsigned char c = (unsigned char)t[pos - 1];
    if (c >= '0' && c <= '9') {
      pos--;
      if (++digits >= 12) return 1;
    } else if ((c == ' ' || c == '-') && digits > 0 && pos - 1 > lo &&
               t[pos - 2] >= '0' && t[pos - 2] <= '9') {
      pos--;
    } else {
      break;
    }
  }
  return 0;
}

static int iban_prefix(const char *t, size_t lo, size_t p) {
  return p >= lo + 4 && t[p - 4] >= 'A' && t[p - 4] <= 'Z' && t[p - 3] >= 'A' &&
         t[p - 3] <= 'Z' && t[p - 2] >= '0' && t[p - 2] <= '9' && t[p - 1] >= '0' &&
         t[p - 1] <= '9';
}

/* [A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}: 11 to 30 units " ?X" after the
 * prefix; a unit's space belongs to it, so the prefix may end before it. */
static int end_iban(const char *t, size_t lo, size_t e) {
  size_t pos = e;
  int units = 0;
  while (pos > lo) {
    unsigned char c = (unsigned char)t[pos - 1];
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) break;
    pos--;
    if (++units > 30) return 0;
    if (units >= 11) {
      if (iban_prefix(t, lo, pos)) return 1;
      if (pos > lo && t[pos - 1] == ' ' && iban_prefix(t, lo, pos - 1)) return 1;
    }
    if (pos > lo && t[pos - 1] == ' ') pos--;
  }
  return 0;
}

/* The phone tails: [ .-]?[0-9]{3}(?:[ .-]?[0-9]{2}[ .-]?[0-9]{2}|[ .-]?[0-9]{4}) */
#define TAIL_A {SEP, 0, 1}, {DIGITS, 3, 3}, {SEP, 0, 1}, {DIGITS, 2, 2}, {SEP, 0, 1}, {DIGITS, 2, 2}
#define TAIL_B {SEP, 0, 1}, {DIGITS, 3, 3}, {SEP, 0, 1}, {DIGITS, 4, 4}

/* Turkish phones: shortest form [2-5][0-9]{2}\)? + tail (the "+90", "0" and
 * "(" prefixes and the "(0XXX)" form all end in it). */
static int end_phone_tr(const char *t, size_t lo, size_t e) {
  static const el a[] = {{"2345", 1, 1}, {DIGITS, 2, 2}, {")", 0, 1}, TAIL_A};
  static const el b[] = {{"2345", 1, 1}, {DIGITS, 2, 2}, {")", 0, 1}, TAIL_B};
  return back(t, lo, e, a, N_EL(a)) || back(t, lo, e, b, N_EL(b));
}

/* Azerbaijani phones: [1-9][0-9] + tail, or with a closing bracket
 * "994[ .-]?\(?[1-9][0-9]\)" or "0[1-9][0-9]\)" + tail. */
static int end_phone_az(const char *t, size_t lo, size_t e) {
  static const el p1a[] = {{"123456789", 1, 1}, {DIGITS, 1, 1}, TAIL_A};
  static const el p1b[] = {{"123456789", 1, 1}, {DIGITS, 1, 1}, TAIL_B};
  static const el p2a[] = {{"9", 1, 1}, {"9", 1, 1}, {"4", 1, 1}, {SEP, 0, 1}, {"(", 0, 1},
                           {"123456789", 1, 1}, {DIGITS, 1, 1}, {")", 1, 1}, TAIL_A};
  static const el p2b[] = {{"9", 1, 1}, {"9", 1, 1}, {"4", 1, 1}, {SEP, 0, 1}, {"(", 0, 1},
                           {"123456789", 1, 1}, {DIGITS, 1, 1}, {")", 1, 1}, TAIL_B};
  static const el p3a[] = {{"0", 1, 1}, {"123456789", 1, 1}, {DIGITS, 1, 1}, {")", 1, 1}, TAIL_A};
  static const el p3b[] = {{"0", 1, 1}, {"123456789", 1, 1}, {DIGITS, 1, 1}, {")", 1, 1}, TAIL_B};
  return back(t, lo, e, p1a, N_EL(p1a)) || back(t, lo, e, p1b, N_EL(p1b)) ||
         back(t, lo, e, p2a, N_EL(p2a)) || back(t, lo, e, p2b, N_EL(p2b)) ||
         back(t, lo, e, p3a, N_EL(p3a)) || back(t, lo, e, p3b, N_EL(p3b));
}

/* North American: [2-9][0-9]{2}\)?[ .-]?[2-9][0-9]{2}[ .-][0-9]{4} */
static int end_phone_us(const char *t, size_t lo, size_t e) {
  static const el p[] = {{"23456789", 1, 1}, {DIGITS, 2, 2}, {")", 0, 1},   {SEP, 0, 1},
                         {"23456789", 1, 1}, {DIGITS, 2, 2}, {SEP, 1, 1}, {DIGITS, 4, 4}};
  return back(t, lo, e, p, N_EL(p));
}

/* [0-9]{2} ?[A-Z]{1,3} ?[0-9]{2,5} */
static int end_plate_tr(const char *t, size_t lo, size_t e) {
  static const el p[] = {{DIGITS, 2, 2}, {" ", 0, 1}, {UPPER, 1, 3}, {" ", 0, 1}, {DIGITS, 2, 5}};
  return back(t, lo, e, p, N_EL(p));
}

/* [0-9]{2}(?:-[A-Z]{2}-| [A-Z]{2} )[0-9]{3} */
static int end_plate_az(const char *t, size_t lo, size_t e) {
  static const el a[] = {{DIGITS, 2, 2}, {"-", 1, 1}, {UPPER, 2, 2}, {"-", 1, 1}, {DIGITS, 3, 3}};
  static const el b[] = {{DIGITS, 2, 2}, {" ", 1, 1}, {UPPER, 2, 2}, {" ", 1, 1}, {DIGITS, 3, 3}};
  return back(t, lo, e, a, N_EL(a)) || back(t, lo, e, b, N_EL(b));
}

/* [0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3} */
static int end_ipv4(const char *t, size_t lo, size_t e) {
  static const el p[] = {{DIGITS, 1, 3}, {".", 1, 1}, {DIGITS, 1, 3}, {".", 1, 1},
                         {DIGITS, 1, 3}, {".", 1, 1}, {DIGITS, 1, 3}};
  return back(t, lo, e, p, N_EL(p));
}

static int is_hex(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* [0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}: the shortest form is two
 * groups ":h{0,4}:h{0,4}" ending at e. */
static int end_ipv6(const char *t, size_t lo, size_t e) {
  size_t pos = e;
  for (int colons = 0; colons < 2; colons++) {
    size_t n = 0;
    while (n < 5 && pos - n > lo && is_hex((unsigned char)t[pos - n - 1])) n++;
    if (n > 4) return 0;
    pos -= n;
    if (pos == lo || t[pos - 1] != ':') return 0;
    pos--;
  }
  return 1;
}

/* [A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D] */
static int end_nino(const char *t, size_t lo, size_t e) {
  static const el p[] = {{"ABCEGHJKLMNOPRSTWXYZ", 1, 1}, {"ABCEGHJKLMNPRSTWXYZ", 1, 1},
                         {" ", 0, 1}, {DIGITS, 2, 2}, {" ", 0, 1}, {DIGITS, 2, 2},
                         {" ", 0, 1}, {DIGITS, 2, 2}, {" ", 0, 1}, {"ABCD", 1, 1}};
  return back(t, lo, e, p, N_EL(p));
}

/* [0-9]{3}-[0-9]{2}-[0-9]{4} */
static int end_ssn(const char *t, size_t lo, size_t e) {
  static const el p[] = {{DIGITS, 3, 3}, {"-", 1, 1}, {DIGITS, 2, 2}, {"-", 1, 1}, {DIGITS, 4, 4}};
  return back(t, lo, e, p, N_EL(p));
}

static const struct {
  const char *name;
  gz_end_fn fn;
  int last; /* what the last byte of a match can be: GZ_END_* */
} matchers[] = {
    {"tr_tckn", end_tckn, GZ_END_DIGIT},
    {"iban", end_iban, GZ_END_DIGIT | GZ_END_UPPER},
    {"card", end_card, GZ_END_DIGIT},
    {"phone_tr", end_phone_tr, GZ_END_DIGIT},
    {"phone_az", end_phone_az, GZ_END_DIGIT},
    {"phone_us", end_phone_us, GZ_END_DIGIT},
    {"tr_plate", end_plate_tr, GZ_END_DIGIT},
    {"az_plate", end_plate_az, GZ_END_DIGIT},
    {"ipv4", end_ipv4, GZ_END_DIGIT},
    {"ipv6", end_ipv6, GZ_END_DIGIT | GZ_END_HEX | GZ_END_COLON},
    {"uk_nino", end_nino, GZ_END_UPPER},
    {"us_ssn", end_ssn, GZ_END_DIGIT},
};

gz_end_fn gz_end_matcher(const char *detector, int *last) {
  for (size_t i = 0; i < sizeof matchers / sizeof matchers[0]; i++)
    if (strcmp(matchers[i].name, detector) == 0) {
      if (last) *last = matchers[i].last;
      return matchers[i].fn;
    }
  return NULL;
}
