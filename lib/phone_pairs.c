/* phone_pairs.c - a national phone number written next to an international
 * one (batch 42: diaspora messages): "Ramazan Doğru 0221 9627 4410 / +49
 * 1577 318 2004", "+44 7700 900123 or 020 7946 0958". The national number
 * of a country whose numbering no pattern knows (a German landline, "0221"
 * and eight digits) is, written alone, any number; joined to a phone number
 * by "/", ",", "or", "veya", "və" it is the same person's other line.
 *
 * The value: a trunk 0 and a non-zero digit, ten to twelve digits in all,
 * run together or in two to four groups of two or more digits with one
 * kind of separator (a space or a dash) and no digit, letter, '+', '.' or
 * '/' glued to it. Only pattern PHONE findings that start with '+' or "00"
 * (an international number) anchor it, so the text is read only around
 * them: the cost is a few byte comparisons per phone finding.
 *
 * A recognizer: runs on every language. */
#include "internal.h"

#include <string.h>

static int pp_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
static int pp_alpha(unsigned char c) {
  return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* Is [s, e) a national number (see the top comment)? */
static int pp_national(const char *t, size_t len, size_t s, size_t e) {
  if (e <= s + 1 || t[s] != '0' || t[s + 1] == '0' || !pp_digit((unsigned char)t[s + 1])) return 0;
  int digits = 0, groups = 1, run = 0;
  char sep = 0;
  for (size_t i = s; i < e; i++) {
    unsigned char c = (unsigned char)t[i];
    if (pp_digit(c)) {
      digits++;
      run++;
      continue;
    }
    if ((c != ' ' && c != '-') || (sep && c != sep) || run < 2) return 0;
    sep = (char)c;
    groups++;
    run = 0;
  }
  if (run < 2 || digits < 10 || digits > 12 || groups > 4) return 0;
  /* nothing glued to either end */
  if (s > 0) {
    unsigned char b = (unsigned char)t[s - 1];
    if (pp_digit(b) || pp_alpha(b) || b == '+' || b == '.' || b == '/' || b == '-') return 0;
  }
  if (e < len) {
    unsigned char a = (unsigned char)t[e];
    if (pp_digit(a) || pp_alpha(a) || a >= 0x80 ||
        ((a == '.' || a == '-' || a == '/') && e + 1 < len && pp_digit((unsigned char)t[e + 1])))
      return 0;
  }
  return 1;
}

/* The joining word or sign between two numbers, read backward from k
 * (after the spaces): the position before it, or 0 when there is none. */
static size_t pp_join_before(const char *t, size_t k) {
  static const char *const words[] = {" or", " veya", " v\xC9\x99", " ya da", NULL};
  if (k > 0 && (t[k - 1] == '/' || t[k - 1] == ',')) return k - 1;
  for (int w = 0; words[w]; w++) {
    size_t n = strlen(words[w]);
    if (k >= n && memcmp(t + k - n, words[w], n) == 0) return k - n;
  }
  return 0;
}

/* The same forward from k: the position after it, or 0. */
static size_t pp_join_after(const char *t, size_t len, size_t k) {
  static const char *const words[] = {"or ", "veya ", "v\xC9\x99 ", "ya da ", NULL};
  if (k < len && (t[k] == '/' || t[k] == ',')) return k + 1;
  for (int w = 0; words[w]; w++) {
    size_t n = strlen(words[w]);
    if (k + n <= len && memcmp(t + k, words[w], n) == 0) return k + n - 1;
  }
  return 0;
}

static int pp_covered(size_t s, size_t e, const gizli_finding *st, size_t n_st,
                      const gz_findings *out, size_t mine) {
  for (size_t j = 0; j < n_st; j++)
    if (st[j].start < e && st[j].end > s) return 1;
  for (size_t j = mine; j < out->n; j++)
    if (out->v[j].start < e && out->v[j].end > s) return 1;
  return 0;
}

/* Reads the number-shaped bytes (digits, single spaces and dashes between
 * digits) ending at e backward: their start. */
static size_t pp_back(const char *t, size_t lo, size_t e) {
  size_t s = e;
  while (s > lo) {
    unsigned char c = (unsigned char)t[s - 1];
    if (pp_digit(c)) {
      s--;
    } else if ((c == ' ' || c == '-') && s - 1 > lo && pp_digit((unsigned char)t[s - 2]) &&
               pp_digit((unsigned char)t[s])) {
      s--;
    } else {
      break;
    }
  }
  return s;
}

/* The same forward from s: their end. */
static size_t pp_fwd(const char *t, size_t len, size_t s) {
  size_t e = s;
  while (e < len) {
    unsigned char c = (unsigned char)t[e];
    if (pp_digit(c)) {
      e++;
    } else if ((c == ' ' || c == '-') && e > s && e + 1 < len &&
               pp_digit((unsigned char)t[e - 1]) && pp_digit((unsigned char)t[e + 1])) {
      e++;
    } else {
      break;
    }
  }
  return e;
}

static int pp_scan(const void *state, void *scratch, const char *t, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)state;
  (void)scratch;
  (void)lang;
  size_t mine = out->n;
  for (size_t j = 0; j < n_structured; j++) {
    const gizli_finding *f = &structured[j];
    if (f->type != GIZLI_T_PHONE || f->end > len || f->end <= f->start + 2) continue;
    if (t[f->start] != '+' && !(t[f->start] == '0' && t[f->start + 1] == '0')) continue;
    /* before it: "0221 9627 4410 / +49 ..." */
    size_t k = f->start;
    while (k > 0 && t[k - 1] == ' ') k--;
    size_t jb = pp_join_before(t, k);
    if (jb) {
      size_t e = jb;
      while (e > 0 && t[e - 1] == ' ') e--;
      size_t lo = e > 24 ? e - 24 : 0;
      size_t s = pp_back(t, lo, e);
      /* a separator read into the number's start is the space before it */
      while (s < e && !pp_digit((unsigned char)t[s])) s++;
      if (s < e && pp_national(t, len, s, e) &&
          !pp_covered(s, e, structured, n_structured, out, mine) &&
          gz_findings_push(out, s, e, GIZLI_T_PHONE, 0.8f, 0))
        return GIZLI_E_NOMEM;
    }
    /* after it: "+49 1577 318 2004 / 0221 9627 4410" */
    k = f->end;
    while (k < len && t[k] == ' ') k++;
    size_t ja = pp_join_after(t, len, k);
    if (ja) {
      size_t s = ja;
      while (s < len && t[s] == ' ') s++;
      size_t e = pp_fwd(t, len, s);
      if (e > s && e - s <= 24 && pp_national(t, len, s, e) &&
          !pp_covered(s, e, structured, n_structured, out, mine) &&
          gz_findings_push(out, s, e, GIZLI_T_PHONE, 0.8f, 0))
        return GIZLI_E_NOMEM;
    }
  }
  return GIZLI_OK;
}

const gz_recognizer gz_phone_pairs_recognizer = {
    .name = "phone_pairs",
    .types = 1u << GIZLI_T_PHONE,
    /* no state and no scratch: create, destroy and scratch_* stay NULL */
    .scan = pp_scan,
};
