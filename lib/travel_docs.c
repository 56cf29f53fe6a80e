/* travel_docs.c - the passenger's data in an airline booking record (a
 * PNR as a reservation system shows it, batch 29):
 *
 *   SSR DOCS TK HK1 P/TUR/Z76735230/TUR/03MAY84/M/14FEB32/KOC/ALPER/P1
 *   3.KOC/ECE MISS(CHD/17JUN19)
 *   CTCM 447956 318402
 *
 * The DOCS element (the travel document the airline passes to border
 * control) is: document type, issuing state, number, nationality, birth
 * date DDMMMYY, sex, expiry, surname, given names. Its birth date is a
 * DATE_OF_BIRTH; its number is an AZ_PASSPORT when Azerbaijan issued it
 * (AZE, "C" and eight digits) and a TR_PASSPORT when Turkey did (TUR, a
 * letter and eight digits); other states' numbers have no type here. A
 * child's name element carries the birth date after "CHD/". CTCM is the
 * passenger's mobile number, written without "+" (10 to 15 digits).
 * CTCE is the passenger's e-mail address in the reservation systems'
 * alphabet: "//" for '@', ".." for '_', "./" for '-'
 * ("CTCE chidimma.okafor//yahoo.co.uk"); the span is the whole token.
 * A minor's birth date in a free-text OSI or SSR line follows the word
 * MINOR ("OSI BA CTCM MOTHER TRAVELLING WITH MINOR 12MAR16").
 *
 * A passport's machine-readable zone (ICAO 9303 TD3, two lines of 44,
 * batch 38) names the same data: after the first line "P<TUR..." or
 * "P<AZE..." the second starts with the document number (a Turkish
 * passport's letter and eight digits, an Azerbaijani one's "C" and eight
 * digits), its check digit and the nationality, and carries the holder's
 * personal number further on: a T.C. kimlik no (its checksum) or a FİN
 * (seven capitals and digits before the '<' filler). Scanned or retyped
 * zones lose a filler or gain one, so the number's check digit is not
 * required: the first line is the evidence.
 *
 * A recognizer (see recognizers.c): one gz_each_word pass over the text
 * for "DOCS ", "(CHD/", "CTCM ", "CTCE ", "MINOR ", "P<TUR" and "P<AZE";
 * only the lines they start are read. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Is p (7 bytes) a birth date DDMMMYY: day 01-31, a month's capitals? */
static int td_ddmmmyy(const char *p) {
  static const char m[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
  if (p[0] < '0' || p[0] > '3' || p[1] < '0' || p[1] > '9' || p[5] < '0' || p[5] > '9' ||
      p[6] < '0' || p[6] > '9')
    return 0;
  int d = (p[0] - '0') * 10 + (p[1] - '0');
  if (d < 1 || d > 31) return 0;
  for (int i = 0; i < 36; i += 3)
    if (p[2] == m[i] && p[3] == m[i + 1] && p[4] == m[i + 2]) return 1;
  return 0;
}

static int td_push(const char *t, size_t s, size_t e, int type, const gizli_finding *st,
                   size_t n_st, gz_findings *out) {
  (void)t;
  for (size_t j = 0; j < n_st; j++)
    if (st[j].start < e && st[j].end > s) return GIZLI_OK;
  return gz_findings_push(out, s, e, type, 0.85f, 0) ? GIZLI_E_NOMEM : GIZLI_OK;
}

/* One DOCS element from p to the line's end le: the slash fields after
 * the document type ("P/", "I/" after a space or a slash). */
static int td_docs(const char *t, size_t p, size_t le, const gizli_finding *st, size_t n_st,
                   gz_findings *out) {
  size_t k = p;
  while (k + 2 < le &&
         !((t[k] >= 'A' && t[k] <= 'Z') && t[k + 1] == '/' && (t[k - 1] == ' ' || t[k - 1] == '/')))
    k++;
  if (k + 2 >= le) return GIZLI_OK;
  size_t f[6], fe[6]; /* issuer, number, nationality, birth date, sex, expiry */
  size_t a = k + 2;
  for (int i = 0; i < 6; i++) {
    size_t b = a;
    while (b < le && t[b] != '/' && t[b] != ' ') b++;
    f[i] = a;
    fe[i] = b;
    if (b >= le || t[b] != '/') {
      if (i < 4) return GIZLI_OK;
      break;
    }
    a = b + 1;
  }
  int rc = GIZLI_OK;
  if (fe[3] - f[3] == 7 && td_ddmmmyy(t + f[3]))
    rc = td_push(t, f[3], fe[3], GIZLI_T_DATE_OF_BIRTH, st, n_st, out);
  if (rc != GIZLI_OK || fe[0] - f[0] != 3 || fe[1] - f[1] != 9) return rc;
  for (size_t i = f[1] + 1; i < fe[1]; i++)
    if (t[i] < '0' || t[i] > '9') return rc;
  if (memcmp(t + f[0], "AZE", 3) == 0 && t[f[1]] == 'C')
    rc = td_push(t, f[1], fe[1], GIZLI_T_AZ_PASSPORT, st, n_st, out);
  else if (memcmp(t + f[0], "TUR", 3) == 0 && t[f[1]] >= 'A' && t[f[1]] <= 'Z')
    rc = td_push(t, f[1], fe[1], GIZLI_T_TR_PASSPORT, st, n_st, out);
  return rc;
}

/* "CTCM 447956 318402": the digits (spaces between groups allowed) up to
 * the line's end or a slash, 10 to 15 of them. */
static int td_ctcm(const char *t, size_t p, size_t le, const gizli_finding *st, size_t n_st,
                   gz_findings *out) {
  size_t k = p, last = p;
  int digits = 0;
  if (k < le && t[k] == '+') k++;
  for (; k < le && ((t[k] >= '0' && t[k] <= '9') || t[k] == ' '); k++)
    if (t[k] != ' ') {
      digits++;
      last = k + 1;
    }
  if (digits < 10 || digits > 15 ||
      (last < le && t[last] != ' ' && t[last] != '/' && t[last] != '-' && t[last] != '\r'))
    return GIZLI_OK;
  return td_push(t, p, last, GIZLI_T_PHONE, st, n_st, out);
}

/* "CTCE name//host.tld": the token up to the line's end or a space, one
 * "//" in it with a local part before and a dotted host after. */
static int td_ctce(const char *t, size_t p, size_t le, const gizli_finding *st, size_t n_st,
                   gz_findings *out) {
  size_t k = p, at = 0;
  while (k < le && t[k] != ' ' && t[k] != '\r') {
    if (k + 1 < le && t[k] == '/' && t[k + 1] == '/') {
      if (at) return GIZLI_OK;
      at = k;
      k++;
    } else if (!gz_ascii_alnum((unsigned char)t[k]) && t[k] != '.' && t[k] != '/') {
      return GIZLI_OK;
    }
    k++;
  }
  if (!at || at == p || !memchr(t + at + 2, '.', k - at - 2) || t[k - 1] == '.') return GIZLI_OK;
  return td_push(t, p, k, GIZLI_T_EMAIL, st, n_st, out);
}

static size_t td_line_end(const char *t, size_t len, size_t i);

/* The second line of a TD3 zone whose first line starts at i with "P<TUR"
 * (tur) or "P<AZE": the document number, and the personal number (see
 * the top). */
static int td_mrz(const char *t, size_t len, size_t i, int tur, const gizli_finding *st,
                  size_t n_st, gz_findings *out) {
  size_t l1 = td_line_end(t, len, i);
  if (l1 - i < 30 || (i > 0 && t[i - 1] != '\n' && t[i - 1] != ' ')) return GIZLI_OK;
  size_t a = l1 + 1;
  if (a >= len) return GIZLI_OK;
  size_t le = td_line_end(t, len, a);
  if (le > a && t[le - 1] == '\r') le--;
  if (le - a < 40 || le - a > 46 || (!tur && t[a] != 'C') || t[a] < 'A' || t[a] > 'Z')
    return GIZLI_OK;
  for (size_t k = a + 1; k < a + 9; k++)
    if (t[k] < '0' || t[k] > '9') return GIZLI_OK;
  /* the check digit (a '<' filler before it tolerated), then the nation */
  size_t n = a + 9 + (t[a + 9] == '<');
  if (t[n] < '0' || t[n] > '9' || memcmp(t + n + 1, tur ? "TUR" : "AZE", 3) != 0) return GIZLI_OK;
  int rc = td_push(t, a, a + 9, tur ? GIZLI_T_TR_PASSPORT : GIZLI_T_AZ_PASSPORT, st, n_st, out);
  /* the personal number: birth date, check, sex, expiry, check after the
   * nation; then up to the '<' filler */
  size_t p = n + 1 + 3 + 7 + 1 + 7, q = p;
  if (rc != GIZLI_OK || p >= le) return rc;
  while (q < le && t[q] != '<') q++;
  if (tur && q - p == 11 && gizli_valid_tckn(t + p, 11))
    return td_push(t, p, q, GIZLI_T_TR_TCKN, st, n_st, out);
  if (tur && q - p == 12 && gizli_valid_tckn(t + p + 1, 11)) /* a check digit shifted in */
    return td_push(t, p + 1, q, GIZLI_T_TR_TCKN, st, n_st, out);
  if (!tur && q - p == 7) {
    int letters = 0;
    for (size_t k = p; k < q; k++) {
      if (t[k] >= 'A' && t[k] <= 'Z' && t[k] != 'I' && t[k] != 'O')
        letters++;
      else if (t[k] < '0' || t[k] > '9')
        return rc;
    }
    if (letters) return td_push(t, p, q, GIZLI_T_AZ_FIN, st, n_st, out);
  }
  return rc;
}

/* Is the line holding i an OSI or SSR element (its first word)? */
static int td_free_text_line(const char *t, size_t i) {
  size_t ls = i;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  while (ls < i && t[ls] == ' ') ls++;
  return ls + 4 <= i && (memcmp(t + ls, "OSI ", 4) == 0 || memcmp(t + ls, "SSR ", 4) == 0);
}

static size_t td_line_end(const char *t, size_t len, size_t i) {
  while (i < len && t[i] != '\n') i++;
  return i;
}

/* One hit of "DOCS ", "(CHD/", "CTCM ", "CTCE " or "MINOR " (word w) at i. */
static int td_word(void *ctx, size_t i, int w) {
  gz_rec_args *c = ctx;
  const char *text = c->t;
  size_t len = c->len, n = w == 4 ? 6 : 5, le = td_line_end(text, len, i);
  if (w == 0 && i >= 4 && memcmp(text + i - 4, "SSR ", 4) == 0)
    return td_docs(text, i + n, le, c->st, c->n_st, c->out);
  if (w == 1 && i + n + 8 <= len && td_ddmmmyy(text + i + n) && text[i + n + 7] == ')')
    return td_push(text, i + n, i + n + 7, GIZLI_T_DATE_OF_BIRTH, c->st, c->n_st, c->out);
  if (w == 2 && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n'))
    return td_ctcm(text, i + n, le, c->st, c->n_st, c->out);
  if (w == 3 && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n'))
    return td_ctce(text, i + n, le, c->st, c->n_st, c->out);
  if (w == 4 && i + n + 7 <= le && td_ddmmmyy(text + i + n) &&
      (i + n + 7 == le || text[i + n + 7] == ' ' || text[i + n + 7] == '\r') &&
      td_free_text_line(text, i))
    return td_push(text, i + n, i + n + 7, GIZLI_T_DATE_OF_BIRTH, c->st, c->n_st, c->out);
  if (w == 5 || w == 6) return td_mrz(text, len, i, w == 5, c->st, c->n_st, c->out);
  return GIZLI_OK;
}

static const char *const td_keys[] = {"DOCS ",  "(CHD/", "CTCM ", "CTCE ",
                                      "MINOR ", "P<TUR", "P<AZE", NULL};

/* The state: the word list prepared once per engine compile. */
static int td_create(void **state, gizli_error *err) {
  (void)err;
  gz_wordset *s = malloc(sizeof *s);
  if (!s) return GIZLI_E_NOMEM;
  gz_wordset_init(s, td_keys, NULL);
  *state = s;
  return GIZLI_OK;
}

static int td_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)scratch;
  (void)lang;
  gz_rec_args c = {text, len, structured, n_structured, out};
  return gz_wordset_each(state, text, len, td_word, &c);
}

const gz_recognizer gz_travel_docs_recognizer = {
    .name = "travel_docs",
    .types = 1u << GIZLI_T_DATE_OF_BIRTH | 1u << GIZLI_T_AZ_PASSPORT | 1u << GIZLI_T_TR_PASSPORT |
             1u << GIZLI_T_PHONE | 1u << GIZLI_T_EMAIL | 1u << GIZLI_T_TR_TCKN |
             1u << GIZLI_T_AZ_FIN,
    /* the prepared word list as state, no scratch */
    .create = td_create,
    .destroy = free,
    .scan = td_scan,
};
