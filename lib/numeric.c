/* numeric.c - hand-written end matchers for the detectors whose matches
 * always contain a digit or ':' (T.C. Kimlik, IBAN, cards, TR/AZ/US phones,
 * plates, IPv4/IPv6, UK NINO, US SSN, UK national phones, slash phones).
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
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
  for (; *set; set++)
    if ((unsigned char)*set == c) return 1;
  return 0;
}

static int phone_tail_starts(const char *t, size_t lo, size_t e, size_t *out);

void gz_end_info_at(const char *t, size_t lo, size_t e, gz_end_info *info) {
  size_t k = e;
  while (k > lo && k + 12 > e && t[k - 1] >= '0' && t[k - 1] <= '9') k--;
  info->run = (int)(e - k);
  info->before = k > lo ? (unsigned char)t[k - 1] : 0;
  /* one backward pass over at most 32 bytes counting the digits a phone
   * ([0-9 .()-]) or a card ([0-9 -]) could use, and the letters and digits
   * an IBAN ([A-Z0-9 ]) could; each count stops at the first byte its
   * pattern cannot contain */
  int phone = 1, card = 1, iban = 1;
  info->phone_digits = info->card_digits = info->iban_units = 0;
  info->plus = 0;
  size_t i = e;
  for (; i > lo && i + 32 > e && (phone | card | iban); i--) {
    unsigned char c = (unsigned char)t[i - 1];
    if (c >= '0' && c <= '9') {
      info->phone_digits += phone;
      info->card_digits += card;
      info->iban_units += iban;
    } else if (c >= 'A' && c <= 'Z') {
      phone = card = 0;
      info->iban_units += iban;
    } else if (c == ' ') {
    } else if (c == '-') {
      iban = 0;
    } else if (c == '.' || c == '(' || c == ')') {
      card = iban = 0;
    } else {
      if (c == '+' && phone) info->plus = 1; /* the phone bytes start after a '+' */
      break;
    }
  }
  /* stopped by the 32-byte limit inside phone bytes: a '+' may lie further back */
  if (phone && i > lo && i + 32 <= e) info->plus = 2;
  /* where a subscriber number ending at e starts, shared by the phone
   * matchers (none of them needs it with fewer than 9 digits) */
  info->ntail = info->phone_digits >= 9 ? phone_tail_starts(t, lo, e, info->tail) : 0;
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
/* Are the 2k-1 bytes before p k digits with one space between each, as
 * OCR spaces the boxes of a form ("1 9 8 6"), all at or after lo? */
static int spaced_digits(const char *t, size_t lo, size_t p, int k) {
  size_t n = (size_t)(2 * k - 1);
  if (p < lo + n) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = t[p - n + i];
    if (i % 2 ? c != ' ' : (c < '0' || c > '9')) return 0;
  }
  return 1;
}

/* [1-9][0-9]{10}, or spaced by OCR: [1-9](?: [0-9]){10} */
static int end_tckn(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run >= 11) return t[e - 11] != '0';
  return in->run == 1 && spaced_digits(t, lo, e, 11) && t[e - 21] != '0';
}

/* The length of the run of digits ending at p (not before lo), at most max. */
static size_t digit_run(const char *t, size_t lo, size_t p, size_t max) {
  size_t n = 0;
  while (n < max && p - n > lo && t[p - n - 1] >= '0' && t[p - n - 1] <= '9') n++;
  return n;
}

/* [0-9](?:[ -]?[0-9]){11,18}: 12 to 19 digits, single ' ' or '-' between. */
static int end_card(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->card_digits < 12) return 0;
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
static int end_iban(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->iban_units < 15) return 0;
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

static int lower_prefix(const char *t, size_t lo, size_t p) {
  return p >= lo + 4 && t[p - 4] >= 'a' && t[p - 4] <= 'z' && t[p - 3] >= 'a' &&
         t[p - 3] <= 'z' && t[p - 2] >= '0' && t[p - 2] <= '9' && t[p - 1] >= '0' &&
         t[p - 1] <= '9';
}

static int is_digit_at(const char *t, size_t lo, size_t p) {
  return p > lo && t[p - 1] >= '0' && t[p - 1] <= '9';
}
static int is_sep_at(const char *t, size_t lo, size_t p) {
  return p > lo && (t[p - 1] == ' ' || t[p - 1] == '.' || t[p - 1] == '-');
}
/* n digits ending at p, the first of them in [first, '9'] */
static int digits_end(const char *t, size_t lo, size_t p, int n, char first) {
  if (p < lo + (size_t)n) return 0;
  for (int i = 1; i <= n; i++)
    if (!is_digit_at(t, lo, p - (size_t)i + 1)) return 0;
  return t[p - (size_t)n] >= first;
}

/* IBANs typed in lower case, as people write them: run together or in
 * groups of four,
 *   [a-z]{2}[0-9]{2}(?:[a-z0-9]{4}[0-9]{7,26}|
 *                    [ ][a-z0-9]{4}(?: [0-9]{4}){1,6}(?: [0-9]{1,4})?)
 * (the bank code may hold letters: az, gb, nl; the rest is digits). Phones,
 * dates and amounts fail on their first group, so this costs little. */
static int lower_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
/* "xx99" + optional space + [a-z0-9]{4} ending at p */
static int lower_head(const char *t, size_t lo, size_t p, int space) {
  if (p < lo + 8 + (size_t)space) return 0;
  for (size_t i = 1; i <= 4; i++)
    if (!lower_alnum((unsigned char)t[p - i])) return 0;
  p -= 4;
  if (space && t[--p] != ' ') return 0;
  return lower_prefix(t, lo, p);
}
static int iban_lower_slow(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run >= 7) { /* run together */
    /* the whole digit run ends the match, and a letter of the bank code or
     * of the country code comes before it: so the run has at most 2 + 4 +
     * 26 digits, a lower-case letter before it, and the country code ends
     * at most 6 digits into it */
    if (in->run < 12 && (in->before < 'a' || in->before > 'z')) return 0;
    size_t r = (size_t)in->run;
    while (r < 33 && e - r > lo && t[e - r - 1] >= '0' && t[e - r - 1] <= '9') r++;
    if (r > 32 || e - r == lo || t[e - r - 1] < 'a' || t[e - r - 1] > 'z') return 0;
    for (size_t k = r > 13 ? r - 6 : 7; k <= r && k <= 26; k++)
      if (lower_head(t, lo, e - k, 0)) return 1;
    return 0;
  }
  size_t r = (size_t)in->run, ends[2]; /* grouped: " 9999" or " 99" last */
  int n = 0;
  ends[n++] = e; /* no partial last group */
  if (r <= 4 && e - r > lo && t[e - r - 1] == ' ') ends[n++] = e - r - 1;
  for (int i = 0; i < n; i++) {
    size_t q = ends[i];
    for (int g = 1; g <= 6; g++) {
      if (q < lo + 5 || t[q - 5] != ' ' || !digits_end(t, lo, q, 4, '0')) break;
      q -= 5;
      if (lower_head(t, lo, q, 1)) return 1;
    }
  }
  return 0;
}
/* The cheap tests first, inline in gz_end_match_all: most digit ends are
 * neither a run of 7+ digits after a lower-case letter nor a short group
 * after a space. */
static inline int end_iban_lower(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run >= 7) {
    if (in->run < 12 && (in->before < 'a' || in->before > 'z')) return 0;
  } else {
    /* grouped: " 9999" or " 9" last; either way a space 6 bytes before the
     * last run and a letter or digit 2 bytes before it */
    size_t r = (size_t)in->run;
    if (r < 1 || r > 4 || in->before != ' ' || e < lo + r + 6 || t[e - r - 6] != ' ' ||
        !lower_alnum((unsigned char)t[e - r - 2]))
      return 0;
  }
  return iban_lower_slow(t, lo, e, in);
}

/* Where the phone tail [ .-]?[0-9]{3}(?:[ .-]?[0-9]{2}[ .-]?[0-9]{2}|[ .-]?[0-9]{4})
 * ending at e can start: writes up to 12 offsets to out, returns the count. */
static int phone_tail_starts(const char *t, size_t lo, size_t e, size_t *out) {
  size_t mid[8];
  int nm = 0, n = 0;
  /* the part after the three digits: [ .-]?XX[ .-]?XX or [ .-]?XXXX */
  if (digits_end(t, lo, e, 4, '0')) {
    size_t q = e - 4;
    mid[nm++] = q;
    if (is_sep_at(t, lo, q)) mid[nm++] = q - 1;
  }
  if (digits_end(t, lo, e, 2, '0')) {
    size_t q = e - 2, q2[2];
    int n2 = 0;
    q2[n2++] = q;
    if (is_sep_at(t, lo, q)) q2[n2++] = q - 1;
    for (int i = 0; i < n2; i++)
      if (digits_end(t, lo, q2[i], 2, '0')) {
        size_t r = q2[i] - 2;
        mid[nm++] = r;
        if (is_sep_at(t, lo, r)) mid[nm++] = r - 1;
      }
  }
  for (int i = 0; i < nm; i++) /* the three digits, then an optional separator */
    if (digits_end(t, lo, mid[i], 3, '0')) {
      size_t r = mid[i] - 3;
      out[n++] = r;
      if (is_sep_at(t, lo, r)) out[n++] = r - 1;
    }
  return n;
}

/* Turkish phones: shortest form [2-5][0-9]{2}\)? + tail (the "+90", "0" and
 * "(" prefixes and the "(0XXX)" form all end in it). */
static int end_phone_tr(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  (void)e; /* the tail starts in `in` were found from e */
  if (in->phone_digits < 10) return 0; /* [2-5]XX + a 7-digit tail */
  for (int i = 0; i < in->ntail; i++) {
    size_t p = in->tail[i];
    if (p > lo && t[p - 1] == ')') p--;
    if (digits_end(t, lo, p, 3, '0') && t[p - 3] >= '2' && t[p - 3] <= '5') return 1;
  }
  return 0;
}

/* Azerbaijani phones: [1-9][0-9] + tail, or with a closing bracket
 * "994[ .-]?\(?[1-9][0-9]\)" or "0[1-9][0-9]\)" + tail. */
static int end_phone_az(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  (void)e; /* the tail starts in `in` were found from e */
  if (in->phone_digits < 9) return 0; /* [1-9]X + a 7-digit tail */
  for (int i = 0; i < in->ntail; i++) {
    size_t p = in->tail[i];
    if (digits_end(t, lo, p, 2, '1')) return 1;
    if (p == lo || t[p - 1] != ')' || !digits_end(t, lo, p - 1, 2, '1')) continue;
    size_t q = p - 3; /* before "[1-9][0-9])" */
    if (q > lo && t[q - 1] == '0') return 1;
    if (q > lo && t[q - 1] == '(') q--;
    if (is_sep_at(t, lo, q)) q--;
    /* taking the '(' and the separator when present is exact: "994" ends
     * in a digit, so it cannot end where either of them is */
    if (q >= lo + 3 && t[q - 3] == '9' && t[q - 2] == '9' && t[q - 1] == '4') return 1;
  }
  return 0;
}

/* The tail of phone_tr_x: PHONE_TAIL or the 3-1-3 grouping of Turkish
 * service numbers, [ .-]?[0-9]{3}[ .-][0-9][ .-][0-9]{3} ("0850 222 0 800"). */
static int phone_tail_x_starts(const char *t, size_t lo, size_t e, const gz_end_info *in,
                               size_t *out) {
  int n = in->ntail;
  memcpy(out, in->tail, (size_t)n * sizeof *out);
  if (digits_end(t, lo, e, 3, '0') && is_sep_at(t, lo, e - 3) &&
      digits_end(t, lo, e - 4, 1, '0') && is_sep_at(t, lo, e - 5) &&
      digits_end(t, lo, e - 6, 3, '0')) {
    size_t r = e - 9;
    out[n++] = r;
    if (is_sep_at(t, lo, r)) out[n++] = r - 1;
  }
  return n;
}

/* does `lit` end at p? */
static int lit_end(const char *t, size_t lo, size_t p, const char *lit) {
  size_t k = strlen(lit);
  return p >= lo + k && memcmp(t + p - k, lit, k) == 0;
}

/* Turkish contact-page forms (phone_tr_x):
 *   (?:(?:\+|00)90[ .-]?|0 ?)\(?8[0-9]{2}\)?     0800/0850 numbers
 *   \(0 ?[2-58][0-9]{2}\)                        "(0 312)", "+90 (0212)"
 *   \(\+90\) ?[2-58][0-9]{2}                     "(+90) 212"
 * each followed by the tail above; and an operator's service number
 * (?:(?:\+|00)90[ .-]?|0 ?)5[0-9]{2}[ .-][0-9]{3}[ .-][0-9][ .-][0-9]{3}
 * ("0542 542 0 542"). Taking an optional bracket or separator whenever it
 * is there is exact: the part before it ends in a digit. */
static int end_phone_tr_x(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->phone_digits < 10) return 0;
  if (e >= lo + 14 && digits_end(t, lo, e, 3, '0') && is_sep_at(t, lo, e - 3) &&
      digits_end(t, lo, e - 4, 1, '0') && is_sep_at(t, lo, e - 5) &&
      digits_end(t, lo, e - 6, 3, '0') && is_sep_at(t, lo, e - 9) &&
      digits_end(t, lo, e - 10, 3, '0') && t[e - 13] == '5') {
    size_t r = e - 13;
    if (lit_end(t, lo, r, "0") || lit_end(t, lo, r, "0 ")) return 1;
    if (is_sep_at(t, lo, r)) r--;
    if (lit_end(t, lo, r, "+90") || lit_end(t, lo, r, "0090")) return 1;
  }
  size_t st[16];
  int n = phone_tail_x_starts(t, lo, e, in, st);
  for (int i = 0; i < n; i++) {
    size_t p = st[i], q = p;
    if (q > lo && t[q - 1] == ')') q--;
    if (digits_end(t, lo, q, 3, '0') && t[q - 3] == '8') { /* 8XX with a prefix */
      size_t r = q - 3;
      if (r > lo && t[r - 1] == '(') r--;
      if (lit_end(t, lo, r, "0") || lit_end(t, lo, r, "0 ")) return 1;
      size_t r2 = is_sep_at(t, lo, r) ? r - 1 : r;
      if (lit_end(t, lo, r2, "+90") || lit_end(t, lo, r2, "0090")) return 1;
    }
    if (q < p && digits_end(t, lo, q, 3, '2') && strchr("23458", t[q - 3])) {
      size_t r = q - 3; /* "(0 ?XXX)" */
      if (lit_end(t, lo, r, "(0") || lit_end(t, lo, r, "(0 ")) return 1;
    }
    if (digits_end(t, lo, p, 3, '2') && strchr("23458", t[p - 3])) {
      size_t r = p - 3; /* "(+90) ?XXX" */
      if (lit_end(t, lo, r, "(+90)") || lit_end(t, lo, r, "(+90) ")) return 1;
    }
  }
  return 0;
}

/* Azerbaijani contact-page forms (phone_az_x), each with PHONE_TAIL:
 *   (?:\+|00)?994[ .-]?\(0[1-9][0-9]\)    "+994 (012)"
 *   \(\+994 ?[1-9][0-9]\)                  "(+994 12)"
 *   \(\+994\) ?[1-9][0-9]                   "(+994) 12" */
static int end_phone_az_x(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  (void)e; /* the tail starts in `in` were found from e */
  if (in->phone_digits < 9) return 0;
  for (int i = 0; i < in->ntail; i++) {
    size_t p = in->tail[i];
    if (p > lo && t[p - 1] == ')' && digits_end(t, lo, p - 1, 2, '1')) {
      size_t r = p - 3;
      if (lit_end(t, lo, r, "(0")) {
        size_t r2 = r - 2;
        if (is_sep_at(t, lo, r2)) r2--;
        if (lit_end(t, lo, r2, "994")) return 1;
      }
      if (lit_end(t, lo, r, "(+994") || lit_end(t, lo, r, "(+994 ")) return 1;
    }
    if (digits_end(t, lo, p, 2, '1')) {
      size_t r = p - 2;
      if (lit_end(t, lo, r, "(+994)") || lit_end(t, lo, r, "(+994) ")) return 1;
    }
  }
  return 0;
}

/* North American: [2-9][0-9]{2}\)?[ .-]?[2-9][0-9]{2}[ .-][0-9]{4} */
static int end_phone_us(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->phone_digits < 10) return 0;
  if (in->run != 4 || !in_set(SEP, (unsigned char)in->before)) return 0;
  static const el p[] = {{"23456789", 1, 1}, {DIGITS, 2, 2}, {")", 0, 1},   {SEP, 0, 1},
                         {"23456789", 1, 1}, {DIGITS, 2, 2}, {SEP, 1, 1}, {DIGITS, 4, 4}};
  return back(t, lo, e, p, N_EL(p));
}

static inline int dig(char c) { return c >= '0' && c <= '9'; }
static inline int up(char c) {
  return c >= 'A' && c <= 'Z';
}
static inline int upper_or_digit(char c) {
  return up(c) || dig(c);
}

/* Seven-digit local numbers after a list separator or a phone label
 * (phone_local):
 * (?:[,;/]|(?:LABELS)\.?:?) ?[2-9][0-9]{2}(?: [0-9]{2} [0-9]{2}|-[0-9]{2}-[0-9]{2})
 * A fixed layout back from e; the optional ' ', ':' and '.' before it
 * cannot end a label or be a separator, so taking them when present is
 * exact. */
static int end_phone_local(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  static const char *const labels[] = {GZ_LOCAL_LABELS(GZ_LBL_STR, GZ_LBL_COMMA), NULL};
  if (in->run != 2 || e < lo + 10) return 0;
  const char *p = t + e - 9;
  char c = p[3];
  if (!((c == ' ' || c == '-') && p[6] == c && p[0] >= '2' && p[0] <= '9' && dig(p[1]) &&
        dig(p[2]) && dig(p[4]) && dig(p[5])))
    return 0;
  size_t q = e - 9;
  if (t[q - 1] == ' ') q--;
  if (q > lo && (t[q - 1] == ',' || t[q - 1] == ';' || t[q - 1] == '/')) return 1;
  if (q > lo && t[q - 1] == ':') q--;
  if (q > lo && t[q - 1] == '.') q--;
  /* every label ends in one of these bytes (0x99: the end of "ə") */
  if (q == lo || !strchr(GZ_LOCAL_LABEL_LAST, t[q - 1]) || t[q - 1] == 0) return 0;
  for (int i = 0; labels[i]; i++) {
    size_t n = strlen(labels[i]);
    if (q >= lo + n && memcmp(t + q - n, labels[i], n) == 0) return 1;
  }
  return 0;
}

/* UK and Irish national numbers:
 * 0[137][0-9]{2,3}[ -]?[0-9]{3}[ -]?[0-9]{3,4}
 * or 02[0-9][ -][0-9]{4}[ -][0-9]{4} or 07[0-9]{3} [0-9]{2} [0-9]{2} [0-9]{2}
 * (fixed layouts, checked in place)
 * or 0[1-9][0-9]?[ -][0-9]{3}[ -][0-9]{3,4}, \(0[1-9]\) ?[0-9]{3,4}[ -][0-9]{4}
 * or 1[38]00[ -][0-9]{3}[ -][0-9]{3}; spaced: see phone_uk_spaced */
static int phone_uk_slow(const char *t, size_t lo, size_t e, int run) {
  if (e >= lo + 13) {
    const char *p = t + e - 13;
    if (p[0] == '0' && p[1] == '2' && dig(p[2]) && (p[3] == ' ' || p[3] == '-') && dig(p[4]) &&
        dig(p[5]) && dig(p[6]) && dig(p[7]) && (p[8] == ' ' || p[8] == '-') && dig(p[9]) &&
        dig(p[10]) && dig(p[11]) && dig(p[12]))
      return 1;
  }
  if (e >= lo + 14) {
    const char *p = t + e - 14;
    if (p[0] == '0' && p[1] == '7' && dig(p[2]) && dig(p[3]) && dig(p[4]) && p[5] == ' ' &&
        dig(p[6]) && dig(p[7]) && p[8] == ' ' && dig(p[9]) && dig(p[10]) && p[11] == ' ' &&
        dig(p[12]) && dig(p[13]))
      return 1;
  }
  if (e >= lo + 12) {
    const char *p = t + e - 12; /* 1(?:[38]0|8[59])0[ -][0-9]{3}[ -][0-9]{3} */
    if (p[0] == '1' && p[3] == '0' &&
        (((p[1] == '3' || p[1] == '8') && p[2] == '0') ||
         (p[1] == '8' && (p[2] == '5' || p[2] == '9'))) &&
        (p[4] == ' ' || p[4] == '-') && dig(p[5]) && dig(p[6]) && dig(p[7]) &&
        (p[8] == ' ' || p[8] == '-') && dig(p[9]) && dig(p[10]) && dig(p[11]))
      return 1;
  }
  /* \(0[1-9]\) ?[0-9]{3,4}[ -][0-9]{4} */
  static const el br[] = {{"(", 1, 1}, {"0", 1, 1},    {"123456789", 1, 1}, {")", 1, 1},
                          {" ", 0, 1}, {DIGITS, 3, 4}, {" -", 1, 1},        {DIGITS, 4, 4}};
  if (run == 4 && back(t, lo, e, br, N_EL(br))) return 1;
  static const el ie[] = {{"0", 1, 1},    {"123456789", 1, 1}, {DIGITS, 0, 1}, {" -", 1, 1},
                          {DIGITS, 3, 3}, {" -", 1, 1},        {DIGITS, 3, 4}};
  /* its last group, 3 or 4 digits after a separator, is the whole run */
  if ((run == 3 || run == 4) && back(t, lo, e, ie, N_EL(ie))) return 1;
  /* necessary: "01", "03" or "07" within the 15 bytes a match can span */
  int pair = 0;
  for (size_t i = e; i >= lo + 2 && e - i < 14 && !pair; i--)
    pair = t[i - 2] == '0' && (t[i - 1] == '1' || t[i - 1] == '3' || t[i - 1] == '7');
  if (!pair) return 0;
  static const el p[] = {{"0", 1, 1},    {"137", 1, 1},  {DIGITS, 2, 3}, {" -", 0, 1},
                         {DIGITS, 3, 3}, {" -", 0, 1}, {DIGITS, 3, 4}};
  return back(t, lo, e, p, N_EL(p));
}
/* Spaced by OCR, one digit per box and one or two spaces between:
 * 0(?: {1,2}[1237])(?: {1,2}[0-9]){9}. Backwards each gap is decided by
 * its bytes (a third space or a missing one ends it). */
static int phone_uk_spaced(const char *t, size_t lo, size_t e) {
  size_t p = e;
  for (int k = 0; k < 10; k++) {
    if (p <= lo || !dig(t[p - 1])) return 0;
    if (k == 9 && t[p - 1] != '1' && t[p - 1] != '2' && t[p - 1] != '3' && t[p - 1] != '7')
      return 0;
    p--;
    if (p <= lo || t[p - 1] != ' ') return 0;
    p--;
    if (p > lo && t[p - 1] == ' ') p--;
  }
  return p > lo && t[p - 1] == '0';
}
static inline int end_phone_uk(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->phone_digits < 8) return 0;
  if (in->run == 1) return in->phone_digits >= 11 && phone_uk_spaced(t, lo, e);
  if (in->run < 2) return 0;
  return phone_uk_slow(t, lo, e, in->run);
}

/* UK postcodes and Irish Eircodes, the end of a UK or Irish address
 * (address_uk): [A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2} or
 * [A-Z][0-9][0-9W] [0-9A-Z]{4} */
static int end_uk_postcode(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  /* the Eircode has a fixed length: eight bytes, tested in place */
  if (e >= lo + 8 && t[e - 5] == ' ' && up(t[e - 8]) && dig(t[e - 7]) &&
      (dig(t[e - 6]) || t[e - 6] == 'W') && upper_or_digit(t[e - 4]) && upper_or_digit(t[e - 3]) &&
      upper_or_digit(t[e - 2]) && upper_or_digit(t[e - 1]))
    return 1;
  if (in->run || e < lo + 5 || !dig(t[e - 3]) || !up(t[e - 2]) || !up(t[e - 1])) return 0;
  static const el p[] = {{UPPER, 1, 2}, {DIGITS, 1, 1}, {"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 0, 1},
                         {" ", 0, 1},   {DIGITS, 1, 1}, {UPPER, 2, 2}};
  return back(t, lo, e, p, N_EL(p));
}

/* [0-9]{2} ?[A-Z]{1,3} ?[0-9]{2,5}. Each element's bytes differ from its
 * neighbours', so matching backwards is greedy: the digit run (2-5, all of
 * it), an optional space, 1-3 capitals (all of them, or the byte before
 * would have to be a space or digit), an optional space, two digits. */
static int end_plate_tr(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run < 2 || in->run > 5 || !(in->before == ' ' || (in->before >= 'A' && in->before <= 'Z'))) return 0;
  size_t p = e - (size_t)in->run;
  if (t[p - 1] == ' ') p--;
  size_t u = 0;
  while (u < 3 && p - u > lo && t[p - u - 1] >= 'A' && t[p - u - 1] <= 'Z') u++;
  if (!u) return 0;
  p -= u;
  if (p > lo && t[p - 1] == ' ') p--;
  return digit_run(t, lo, p, 2) == 2;
}

/* [0-9]{2}(?:-[A-Z]{2}-| [A-Z]{2} )[0-9]{3} */
static int end_plate_az(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run != 3 || !(in->before == '-' || in->before == ' ')) return 0;
  static const el a[] = {{DIGITS, 2, 2}, {"-", 1, 1}, {UPPER, 2, 2}, {"-", 1, 1}, {DIGITS, 3, 3}};
  static const el b[] = {{DIGITS, 2, 2}, {" ", 1, 1}, {UPPER, 2, 2}, {" ", 1, 1}, {DIGITS, 3, 3}};
  return back(t, lo, e, a, N_EL(a)) || back(t, lo, e, b, N_EL(b));
}

/* [0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}: backwards, each of the
 * last three groups is a whole run of 1-3 digits after a '.', the first
 * group any digit before the third '.'. */
static int end_ipv4(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run < 1 || in->run > 3 || in->before != '.') return 0;
  size_t p = e - (size_t)in->run;
  for (int g = 0; g < 2; g++) {
    p--; /* the '.' */
    size_t r = digit_run(t, lo, p, 4);
    if (r < 1 || r > 3 || p - r <= lo || t[p - r - 1] != '.') return 0;
    p -= r;
  }
  return digit_run(t, lo, p - 1, 1) == 1;
}

static int is_hex(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* [0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}: the shortest form is two
 * groups ":h{0,4}:h{0,4}" ending at e. */
static int end_ipv6(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run > 4) return 0;
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
static int end_nino(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run) return 0; /* ends in a letter */
  static const el p[] = {{"ABCEGHJKLMNOPRSTWXYZ", 1, 1}, {"ABCEGHJKLMNPRSTWXYZ", 1, 1},
                         {" ", 0, 1}, {DIGITS, 2, 2}, {" ", 0, 1}, {DIGITS, 2, 2},
                         {" ", 0, 1}, {DIGITS, 2, 2}, {" ", 0, 1}, {"ABCD", 1, 1}};
  return back(t, lo, e, p, N_EL(p));
}

/* [0-9]{3}-[0-9]{2}-[0-9]{4} */
static int end_ssn(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run != 4 || in->before != '-') return 0;
  static const el p[] = {{DIGITS, 3, 3}, {"-", 1, 1}, {DIGITS, 2, 2}, {"-", 1, 1}, {DIGITS, 4, 4}};
  return back(t, lo, e, p, N_EL(p));
}

/* International phones (phone_intl):
 *   \+[1-9][0-9]{0,3}(?:[ .-]?\(?[0-9]{1,5}\)?){1,5}[ .-]?[0-9]{2,5}
 * Every byte after the '+' is in [0-9 .()-], so the only '+' a match ending
 * at e can start at is the byte where that run, walked back from e, stops.
 * From there the pattern is matched forwards: the country code takes 1-4
 * digits and each group 1-5, so the splits of a digit run are tried, with a
 * memo of (position, groups) states already known to fail. */
static int intl_sep(char c) {
  return c == ' ' || c == '.' || c == '-';
}

/* [ .-]?[0-9]{2,5} exactly [p, e) */
static int intl_tail(const char *t, size_t p, size_t e) {
  if (p < e && intl_sep(t[p])) p++;
  if (e - p < 2 || e - p > 5) return 0;
  for (size_t i = p; i < e; i++)
    if (t[i] < '0' || t[i] > '9') return 0;
  return 1;
}

/* (?:[ .-]?\(?[0-9]{1,5}\)?){groups..5} then the tail, exactly [p, e);
 * p - base < 64 */
static int intl_groups(const char *t, size_t base, size_t p, size_t e, int groups,
                       unsigned char *failed) {
  if (groups >= 1 && intl_tail(t, p, e)) return 1;
  if (groups == 5 || p >= e) return 0;
  unsigned char *memo = &failed[(p - base) * 6 + (size_t)groups];
  if (*memo) return 0;
  size_t q = p;
  if (intl_sep(t[q])) q++; /* a group cannot start with a separator */
  if (q < e && t[q] == '(') q++;
  for (size_t l = 1; l <= 5 && q + l <= e && t[q + l - 1] >= '0' && t[q + l - 1] <= '9'; l++) {
    size_t r = q + l;
    if (r < e && t[r] == ')') r++; /* nothing after a group starts with ')' */
    if (intl_groups(t, base, r, e, groups + 1, failed)) return 1;
  }
  *memo = 1;
  return 0;
}

static int end_phone_intl(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run < 2 || !in->plus) return 0;
  size_t k = e;
  while (k > lo && e - k < 51) {
    char c = t[k - 1];
    if (!((c >= '0' && c <= '9') || c == ' ' || c == '.' || c == '-' || c == '(' || c == ')'))
      break;
    k--;
  }
  if (k == lo || t[k - 1] != '+' || k + 2 > e || t[k] < '1' || t[k] > '9') return 0;
  size_t p = k - 1; /* the '+' */
  unsigned char failed[64 * 6];
  memset(failed, 0, sizeof failed);
  for (size_t c = 1; c <= 4 && p + 1 + c <= e; c++) {
    if (t[p + c] < '0' || t[p + c] > '9') break;
    if (intl_groups(t, p, p + 1 + c, e, 0, failed)) return 1;
  }
  return 0;
}

/* The context-required digit detectors: the engine tries them only inside
 * the windows their context words open (see scan_numeric). */

/* [0-9]{10} */
static int end_vkn(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  (void)t, (void)lo, (void)e;
  return in->run >= 10;
}

/* [0-9]{8}[0-9][12] */
static int end_voen(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  (void)lo;
  return in->run >= 10 && (t[e - 1] == '1' || t[e - 1] == '2');
}

/* 0[0-9]{15} */
static int end_mersis(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  return in->run >= 12 && digits_end(t, lo, e, 16, '0') && t[e - 16] == '0';
}

/* [0-9]{3} [0-9]{2} [0-9]{4} */
static int end_ssn_spaced(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run != 4 || in->before != ' ') return 0;
  static const el p[] = {{DIGITS, 3, 3}, {" ", 1, 1}, {DIGITS, 2, 2}, {" ", 1, 1}, {DIGITS, 4, 4}};
  return back(t, lo, e, p, N_EL(p));
}

/* `letters` ?[0-9]{8}: exactly eight digits (a ninth would stand where the
 * letter or space must), then an optional space and one of `letters`. */
static int passport_end(const char *t, size_t lo, size_t e, const gz_end_info *in,
                        const char *letters) {
  if (in->run != 8) return 0;
  size_t p = e - 8;
  if (p > lo && strchr(letters, t[p - 1]) && t[p - 1]) return 1;
  return p > lo + 1 && t[p - 1] == ' ' && t[p - 2] && strchr(letters, t[p - 2]);
}

/* [A-Z] ?[0-9]{8} */
static int end_tr_passport(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  return passport_end(t, lo, e, in, UPPER);
}

/* C ?[0-9]{8} */
static int end_az_passport(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  return passport_end(t, lo, e, in, "C");
}

/* Does "[0-9]{1,2}[./-][0-9]{1,2}[./-]" end at p? Backwards: a separator,
 * a whole run of 1-2 digits, a separator, then any digit. */
static int day_month_end(const char *t, size_t lo, size_t p) {
  if (p <= lo || !gz_date_sep(t[p - 1])) return 0;
  p--;
  size_t r = digit_run(t, lo, p, 3);
  if (r < 1 || r > 2 || p - r <= lo || !gz_date_sep(t[p - r - 1])) return 0;
  return digit_run(t, lo, p - r - 1, 1) == 1;
}

/* Does "[0-9]{1,2} [./-] [0-9]{1,2} [./-] " end at p (a form's boxes,
 * "23 / 06 / 1995")? */
static int day_month_spaced_end(const char *t, size_t lo, size_t p) {
  for (int part = 0; part < 2; part++) {
    if (p < lo + 3 || t[p - 1] != ' ' || !gz_date_sep(t[p - 2]) || t[p - 3] != ' ') return 0;
    p -= 3;
    size_t r = digit_run(t, lo, p, 3);
    if (r < 1 || (part == 0 && r > 2)) return 0; /* the day: any last digit */
    p -= r;
  }
  return 1;
}

/* Dates spaced by OCR, day and month of two digits, a four-digit year:
 *   [0-9] [0-9] ?[./-] ?[0-9] [0-9] ?[./-] ?(?:1 9|2 0) [0-9] [0-9]
 *   [0-9] [0-9] [0-9] [0-9] (?:1 9|2 0) [0-9] [0-9]
 * Backwards from e each optional space is decided by the byte itself (a
 * space before a separator or a digit can only be the optional one). */
static int end_dob_spaced(const char *t, size_t lo, size_t e) {
  if (!spaced_digits(t, lo, e, 4)) return 0;
  size_t y = e - 7;
  if (!((t[y] == '1' && t[y + 2] == '9') || (t[y] == '2' && t[y + 2] == '0'))) return 0;
  if (y > lo && t[y - 1] == ' ' && spaced_digits(t, lo, y - 1, 4)) return 1;
  size_t p = y;
  for (int part = 0; part < 2; part++) {
    if (p > lo && t[p - 1] == ' ') p--;
    if (p <= lo || !gz_date_sep(t[p - 1])) return 0;
    p--;
    if (p > lo && t[p - 1] == ' ') p--;
    if (!spaced_digits(t, lo, p, 2)) return 0;
    p -= 3;
  }
  return 1;
}

/* Numeric dates (dob_numeric), three forms and the spaced ones above:
 *   [0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}
 *   (?:19|20)[0-9]{2}(?:-[0-9]{2}-|\.[0-9]{2}\.|/[0-9]{2}/)[0-9]{2}
 *   [0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2}
 *   [0-9]{1,2} [./-] [0-9]{1,2} [./-] (?:19|20)[0-9]{2}
 *   [0-9]{2} [0-9]{2} (?:19|20)[0-9]{2}
 *   [0-9]{2} [0-9]{2} [0-9]{2} */
static int end_dob_numeric(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->run == 1) return end_dob_spaced(t, lo, e);
  if (in->run < 2) return 0;
  if (in->run >= 4 &&
      ((t[e - 4] == '1' && t[e - 3] == '9') || (t[e - 4] == '2' && t[e - 3] == '0')) &&
      (day_month_end(t, lo, e - 4) || day_month_spaced_end(t, lo, e - 4)))
    return 1;
  /* [0-9]{2} [0-9]{2} (?:19|20)[0-9]{2}: "09 04 1997" */
  if (in->run == 4 && e >= lo + 10 && t[e - 5] == ' ' && t[e - 8] == ' ' &&
      ((t[e - 4] == '1' && t[e - 3] == '9') || (t[e - 4] == '2' && t[e - 3] == '0')) &&
      digit_run(t, lo, e - 5, 3) >= 2 && digit_run(t, lo, e - 8, 3) >= 2)
    return 1;
  if (day_month_end(t, lo, e - 2)) return 1;
  /* [0-9]{2} [0-9]{2} [0-9]{2}: "04 09 91" */
  if (in->run == 2 && e >= lo + 8 && t[e - 3] == ' ' && t[e - 6] == ' ' &&
      digit_run(t, lo, e - 3, 3) == 2 && digit_run(t, lo, e - 6, 3) >= 2)
    return 1;
  /* year first: the two separators are the same byte */
  if (e < lo + 10) return 0;
  const char *y = t + e - 10;
  char s1 = y[4];
  return (s1 == '-' || s1 == '.' || s1 == '/') && y[7] == s1 &&
         ((y[0] == '1' && y[1] == '9') || (y[0] == '2' && y[1] == '0')) && y[2] >= '0' &&
         y[2] <= '9' && y[3] >= '0' && y[3] <= '9' && y[5] >= '0' && y[5] <= '9' && y[6] >= '0' &&
         y[6] <= '9' && y[8] >= '0' && y[8] <= '9' && y[9] >= '0' && y[9] <= '9';
}

/* Turkish or Azerbaijani numbers with a slash after the trunk and area
 * code (phone_slash): 0[1-9][0-9]{1,2}/ ?[0-9]{3}[ .-]?[0-9]{2}[ .-]?[0-9]{2}.
 * Only digits and separators lie between the slash and e, so the phone
 * digit count back from e stops at the slash with exactly seven digits;
 * that rejects almost every end before the walk back. */
static int end_phone_slash(const char *t, size_t lo, size_t e, const gz_end_info *in) {
  if (in->phone_digits != 7 || in->run < 2) return 0;
  static const el p[] = {{"0", 1, 1},    {"123456789", 1, 1}, {DIGITS, 1, 2}, {"/", 1, 1},
                         {" ", 0, 1},    {DIGITS, 3, 3},      {SEP, 0, 1},    {DIGITS, 2, 2},
                         {SEP, 0, 1},    {DIGITS, 2, 2}};
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
    {"phone_tr_x", end_phone_tr_x, GZ_END_DIGIT},
    {"phone_az_x", end_phone_az_x, GZ_END_DIGIT},
    {"phone_uk", end_phone_uk, GZ_END_DIGIT},
    {"iban_lower", end_iban_lower, GZ_END_DIGIT},
    {"address_uk", end_uk_postcode, GZ_END_UPPER | GZ_END_DIGIT},
    {"tr_vkn", end_vkn, GZ_END_DIGIT},
    {"az_voen", end_voen, GZ_END_DIGIT},
    {"tr_mersis", end_mersis, GZ_END_DIGIT},
    {"us_ssn_spaced", end_ssn_spaced, GZ_END_DIGIT},
    {"tr_passport", end_tr_passport, GZ_END_DIGIT},
    {"az_passport", end_az_passport, GZ_END_DIGIT},
    {"dob_numeric", end_dob_numeric, GZ_END_DIGIT},
    {"phone_intl", end_phone_intl, GZ_END_DIGIT},
    {"phone_local", end_phone_local, GZ_END_DIGIT},
    {"phone_slash", end_phone_slash, GZ_END_DIGIT},
};

gz_end_fn gz_end_matcher(const char *detector, int *last) {
  int i = gz_end_matcher_index(detector, last);
  return i < 0 ? NULL : matchers[i].fn;
}

int gz_end_matcher_index(const char *detector, int *last) {
  for (size_t i = 0; i < sizeof matchers / sizeof matchers[0]; i++)
    if (strcmp(matchers[i].name, detector) == 0) {
      if (last) *last = matchers[i].last;
      return (int)i;
    }
  return -1;
}

unsigned gz_end_cls_bits(int cls) {
  unsigned r = 0;
  for (size_t i = 0; i < sizeof matchers / sizeof matchers[0]; i++)
    if (matchers[i].last & cls) r |= 1u << i;
  return r;
}

/* Every wanted matcher, called directly (so the compiler can inline them)
 * in table order; the caller has kept in want only those whose last-byte
 * classes include cls (gz_end_cls_bits), so the loop tests one bit each. */
unsigned gz_end_match_all(const char *t, size_t lo, size_t e, int cls, unsigned want) {
  (void)cls;
  gz_end_info in;
  gz_end_info_at(t, lo, e, &in);
  unsigned r = 0;
#define TRY(i, fn)                                                                                 \
  if ((want & (1u << (i))) && fn(t, lo, e, &in)) r |= 1u << (i)
  TRY(0, end_tckn);
  TRY(1, end_iban);
  TRY(2, end_card);
  TRY(3, end_phone_tr);
  TRY(4, end_phone_az);
  TRY(5, end_phone_us);
  TRY(6, end_plate_tr);
  TRY(7, end_plate_az);
  TRY(8, end_ipv4);
  TRY(9, end_ipv6);
  TRY(10, end_nino);
  TRY(11, end_ssn);
  TRY(12, end_phone_tr_x);
  TRY(13, end_phone_az_x);
  TRY(14, end_phone_uk);
  TRY(15, end_iban_lower);
  TRY(16, end_uk_postcode);
  TRY(17, end_vkn);
  TRY(18, end_voen);
  TRY(19, end_mersis);
  TRY(20, end_ssn_spaced);
  TRY(21, end_tr_passport);
  TRY(22, end_az_passport);
  TRY(23, end_dob_numeric);
  TRY(24, end_phone_intl);
  TRY(25, end_phone_local);
  TRY(26, end_phone_slash);
#undef TRY
  return r;
}

/* ---- patterns that start at or contain an '@' (email, handle) ----
 * Every match of these contains exactly one '@' (the other bytes they take
 * exclude it), so each match end belongs to one '@' and the engine finds
 * them by looking at each '@' in the text (memchr) instead of running the
 * patterns over all of it: in Vectorscan they report every prefix end of
 * every e-mail domain, each of which the engine then rejected. */

static int is_alpha(unsigned char c) {
  return (c | 32) >= 'a' && (c | 32) <= 'z';
}
static int is_alnum_(unsigned char c) {
  return is_alpha(c) || (c >= '0' && c <= '9');
}

/* [A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24} */
int gz_email_ends(const char *t, size_t len, size_t at, gz_end_cb cb, void *ctx) {
  if (at == 0) return 0;
  unsigned char l = (unsigned char)t[at - 1];
  if (!(is_alnum_(l) || l == '.' || l == '_' || l == '%' || l == '+' || l == '-') &&
      !(l == ']' && at >= 5 && memcmp(t + at - 5, "[bot]", 5) == 0)) /* chk_email */
    return 0;
  size_t label = 0; /* bytes in the current label */
  int dots = 0, letters_only = 1;
  for (size_t i = at + 1; i < len; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == '.') {
      if (label == 0) return 0; /* an empty label: no match goes further */
      dots++;
      label = 0;
      letters_only = 1;
      continue;
    }
    if (!(is_alnum_(c) || c == '-')) return 0;
    label++;
    if (!is_alpha(c)) letters_only = 0;
    if (dots && letters_only && label >= 2 && label <= 24 && cb(ctx, i + 1)) return 1;
  }
  return 0;
}

/* @W(?:(?:W|\.){0,28}W)? where W is [A-Za-z0-9_] or a two-byte az/tr
 * letter (GZ_RE_AZTR in detectors.c): at most 30 letters after the '@',
 * each W an end. */
int gz_handle_ends(const char *t, size_t len, size_t at, gz_end_cb cb, void *ctx) {
  size_t i = at + 1;
  for (int units = 0; i < len && units < 30; units++) {
    unsigned char c = (unsigned char)t[i];
    int up;
    size_t w = is_alnum_(c) || c == '_' ? 1 : gz_aztr_letter(t, len, i, &up);
    if (!w && (c != '.' || units == 0)) return 0;
    i += w ? w : 1;
    if (w && cb(ctx, i)) return 1;
  }
  return 0;
}

/* ---- MAC addresses ----
 *   [0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}
 * Every match has a separator ([:-]) with another three bytes on, or a '.'
 * with another five bytes on; the text is searched for those pairs (16
 * bytes at a time with SSE2) and each is checked in full. A match is found
 * from its first separator only, so each end is reported once. */

static int is_hex_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f');
}

/* Checks the two forms whose first separator is at p; reports their ends. */
static int mac_at(const char *t, size_t len, size_t p, gz_end_cb cb, void *ctx) {
  const unsigned char *u = (const unsigned char *)t;
  if ((u[p] == ':' || u[p] == '-') && p >= 2 && p + 15 <= len) {
    size_t s = p - 2;
    int ok = is_hex_byte(u[s]) && is_hex_byte(u[s + 1]);
    for (size_t g = 0; g < 5 && ok; g++) {
      size_t q = s + 2 + 3 * g;
      ok = (u[q] == ':' || u[q] == '-') && is_hex_byte(u[q + 1]) && is_hex_byte(u[q + 2]);
    }
    if (ok && cb(ctx, s + 17)) return 1;
  }
  if (u[p] == '.' && p >= 4 && p + 10 <= len && u[p + 5] == '.') {
    size_t s = p - 4;
    int ok = 1;
    for (size_t q = s; q < s + 14 && ok; q++)
      if (q != p && q != p + 5) ok = is_hex_byte(u[q]);
    if (ok && cb(ctx, s + 14)) return 1;
  }
  return 0;
}

int gz_mac_ends(const char *t, size_t len, gz_end_cb cb, void *ctx) {
  size_t p = 2;
#ifdef __SSE2__
  const __m128i colon = _mm_set1_epi8(':'), dash = _mm_set1_epi8('-'), dot = _mm_set1_epi8('.');
  for (; p + 21 <= len; p += 16) {
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(t + p));
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(t + p + 3));
    __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(t + p + 5));
    __m128i sa = _mm_or_si128(_mm_cmpeq_epi8(a, colon), _mm_cmpeq_epi8(a, dash));
    __m128i sb = _mm_or_si128(_mm_cmpeq_epi8(b, colon), _mm_cmpeq_epi8(b, dash));
    __m128i dd = _mm_and_si128(_mm_cmpeq_epi8(a, dot), _mm_cmpeq_epi8(c, dot));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_and_si128(sa, sb), dd));
    for (; m; m &= m - 1)
      if (mac_at(t, len, p + (size_t)__builtin_ctz(m), cb, ctx)) return 1;
  }
#endif
  for (; p + 10 <= len; p++)
    if (mac_at(t, len, p, cb, ctx)) return 1;
  return 0;
}

/* Where the digit before a separator of phone_ocr ends, the separator
 * running back from j (the offset of the digit after it): one to four of
 * " ()-", or an en dash with a space on either side or none; SIZE_MAX when
 * the bytes before j are not such a separator after a digit. */
static size_t ocr_sep_back(const char *t, size_t j) {
  size_t r = 0;
  while (r < j && r < 5 && strchr(" ()-", t[j - r - 1]) && t[j - r - 1]) r++;
  if (r >= 1 && r <= 4 && r < j && dig(t[j - r - 1])) return j - r;
  size_t k = j;
  if (k > 0 && t[k - 1] == ' ') k--;
  if (k < 3 || memcmp(t + k - 3, "\xE2\x80\x93", 3) != 0) return SIZE_MAX;
  k -= 3;
  if (k > 0 && t[k - 1] == ' ') k--;
  return k > 0 && dig(t[k - 1]) ? k : SIZE_MAX;
}

int gz_ocr_anchor(const char *t, size_t len, size_t e) {
  if (e == 0 || !dig(t[e - 1]) || (e < len && dig(t[e])) || (e >= 2 && dig(t[e - 2]))) return 0;
  size_t p = ocr_sep_back(t, e - 1);
  if (p == SIZE_MAX) return 0;
  size_t q = p - 1; /* the digits of the group before: one, or two or three */
  while (q > 0 && dig(t[q - 1]) && p - q < 4) q--;
  if (q > 0 && dig(t[q - 1])) return 0;
  if (p - q == 1) return 1;
  if (p - q > 3) return 0;
  size_t p2 = ocr_sep_back(t, q);
  return p2 != SIZE_MAX && (p2 == 1 || !dig(t[p2 - 2]));
}
