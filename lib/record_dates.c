/* record_dates.c - the birth date in a database row that holds a person's
 * national ID: "INSERT INTO `uyeler` VALUES (5521,'Ayşe Kaya',
 * '56586693570','aysekaya1990@yahoo.com','1990-04-17','+905327714802')".
 * A dump without its column list gives the date no label; a row that
 * carries a T.C. Kimlik (with its checksum), a FİN, an SSN or a UK National
 * Insurance number describes a person (also an HR sheet pasted from
 * Excel: "Ellis, Craig<TAB>1984-02-29<TAB>WX767677C<TAB>07700 118 264"),
 * and the one date cell in it is that person's birth date.
 *
 * A recognizer (see recognizers.c): it reads only around the ID findings
 * the patterns already made, never the whole text. The row is the
 * bracketed tuple or the line around the ID (at most RD_REACH bytes each
 * way) with at least four cells; a date cell is a whole cell (quotes
 * allowed) of the form YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY, a real
 * calendar date from 1900 to 2012 (a birth date, not a sign-up or a
 * time stamp: "2026-11-20 10:22" is no whole date cell). A row with two
 * date cells is left alone: which one is the birth date is not known.
 *
 * Also HL7 v2 patient segments (batch 26, see rd_hl7_pid): a "PID|" line's
 * seventh field is the birth date, and its third field's ID is a FİN when
 * the authority after it names one ("V272LH3^^^AZFIN"); its eleventh field
 * is the address (rd_hl7_address, batch 33). */
#include "internal.h"

#include <string.h>

#define RD_REACH 256

/* Year, month and day of the ten bytes at p, or 0. */
static int rd_date(const char *p) {
  int y, m, d;
  return gz_date10(p, "-", "./", &y, &m, &d) && y >= 1900 && y <= 2012 && m >= 1 && m <= 12 &&
         d >= 1 && d <= gz_days_in_month(y, m);
}

static int rd_sep(char c) {
  return c == ',' || c == '\t' || c == ';' || c == '|';
}

/* Is [s, e) a whole cell: only quotes and spaces (at most three) between
 * it and a separator, a bracket or the row's edge on each side? */
static int rd_whole(const char *t, size_t rs, size_t re, size_t s, size_t e) {
  size_t a = s, b = e;
  while (a > rs && s - a < 3 && (t[a - 1] == '\'' || t[a - 1] == '"' || t[a - 1] == ' ')) a--;
  while (b < re && b - e < 3 && (t[b] == '\'' || t[b] == '"' || t[b] == ' ')) b++;
  return (a == rs || rd_sep(t[a - 1]) || t[a - 1] == '(' || t[a - 1] == '\n') &&
         (b == re || rd_sep(t[b]) || t[b] == ')' || t[b] == '\n' || t[b] == '\r');
}

/* PID-3, the patient's identifiers: "V272LH3^^^AZFIN", an ID and the
 * authority that issued it in the fourth component. An authority naming
 * the FİN makes a FİN-shaped ID one (seven of [0-9A-HJ-NP-Z], not all
 * digits), which no word next to it would label. */
static int rd_hl7_fin(const char *t, size_t ls, size_t le, const gizli_finding *structured,
                      size_t n_structured, gz_findings *out) {
  size_t k = ls;
  for (int pipes = 0; k < le && pipes < 3; k++)
    if (t[k] == '|') pipes++;
  size_t a = k, b = k;
  while (b < le && t[b] != '^' && t[b] != '|') b++;
  if (b - a != 7 || b + 3 >= le || memcmp(t + b, "^^^", 3) != 0) return GIZLI_OK;
  size_t q = b + 3, qe = q;
  while (qe < le && t[qe] != '^' && t[qe] != '|' && t[qe] != '&') qe++;
  int fin = 0, digits = 0;
  for (size_t i = q; i + 3 <= qe && !fin; i++)
    fin = (t[i] | 32) == 'f' && (t[i + 1] | 32) == 'i' && (t[i + 2] | 32) == 'n';
  if (!fin) return GIZLI_OK;
  for (size_t i = a; i < b; i++) {
    char c = t[i];
    if (c >= '0' && c <= '9')
      digits++;
    else if (c < 'A' || c > 'Z' || c == 'I' || c == 'O')
      return GIZLI_OK;
  }
  if (digits == 7) return GIZLI_OK;
  for (size_t j = 0; j < n_structured; j++)
    if (structured[j].start < b && structured[j].end > a) return GIZLI_OK;
  return gz_findings_push(out, a, b, GIZLI_T_AZ_FIN, 0.8f, 0) ? GIZLI_E_NOMEM : GIZLI_OK;
}

/* An HL7 v2 PID segment ("PID|1||V272LH3^^^AZFIN||ƏLİYEVA^GÜLNARƏ||
 * 19780915|F|||...") holds the patient's birth date in its seventh field,
 * YYYYMMDD with an optional time after it (batch 26). Read when a finding
 * the patterns made (the phone, the ID, the name's address) is a field or
 * a component of a line starting "PID|"; the line is read once. Pushes
 * the date's eight digits unless a finding covers them. */
/* PID-11, the patient's address (XAD: street, other line, city, state,
 * postcode, country by '^'): "88 Kingsway^^London^^WC2B 6AA^GBR" (batch
 * 33), a street with no street word that no address pattern takes. The
 * span runs from the street to the last non-empty of the first five
 * components (the country is no part of it, as hl7_address_tail of
 * detectors.c ends there too); the street must hold a house number and a
 * letter, and a city or postcode must follow it. */
static int rd_hl7_address(const char *t, size_t ls, size_t le, const gizli_finding *structured,
                          size_t n_structured, gz_findings *out) {
  size_t k = ls;
  for (int pipes = 0; k < le && pipes < 11; k++)
    if (t[k] == '|') pipes++;
  size_t a = k, e = k, c = k;
  int comp = 0, filled = 0, digit = 0, alpha = 0;
  for (; c < le && t[c] != '|' && comp < 5; c++) {
    unsigned char b = (unsigned char)t[c];
    if (b == '^') {
      comp++;
      continue;
    }
    if (!(gz_ascii_alnum(b) || b >= 0x80 || b == ' ' || b == '.' || b == '\'' || b == '-' ||
          b == ',' || b == '/'))
      return GIZLI_OK;
    if (comp == 0) {
      digit |= b >= '0' && b <= '9';
      alpha |= gz_ascii_alnum(b) && !(b >= '0' && b <= '9');
    } else if (b != ' ') {
      filled = 1;
    }
    e = c + 1;
  }
  if (!digit || !alpha || !filled || e - a > 120) return GIZLI_OK;
  for (size_t j = 0; j < n_structured; j++)
    if (structured[j].start < e && structured[j].end > a) return GIZLI_OK;
  return gz_findings_push(out, a, e, GIZLI_T_ADDRESS, 0.8f, 0) ? GIZLI_E_NOMEM : GIZLI_OK;
}

static int rd_hl7_pid(const char *t, size_t len, const gizli_finding *f,
                      const gizli_finding *structured, size_t n_structured, size_t *done,
                      gz_findings *out) {
  int glued = (f->start > 0 && (t[f->start - 1] == '|' || t[f->start - 1] == '^')) ||
              (f->end < len && (t[f->end] == '|' || t[f->end] == '^'));
  if (!glued || f->start < *done) return GIZLI_OK;
  size_t ls = f->start;
  while (ls > 0 && f->start - ls < 4 * RD_REACH && t[ls - 1] != '\n') ls--;
  if (ls + 4 > len || memcmp(t + ls, "PID|", 4) != 0 || (ls > 0 && t[ls - 1] != '\n'))
    return GIZLI_OK;
  size_t k = ls, le = ls;
  while (le < len && t[le] != '\n' && t[le] != '\r') le++;
  *done = le;
  int rc = rd_hl7_fin(t, ls, le, structured, n_structured, out);
  if (rc == GIZLI_OK) rc = rd_hl7_address(t, ls, le, structured, n_structured, out);
  if (rc != GIZLI_OK) return rc;
  for (int pipes = 0; k < le && pipes < 7; k++)
    if (t[k] == '|') pipes++;
  size_t d = k;
  while (d < le && t[d] >= '0' && t[d] <= '9') d++;
  if (d - k < 8 || d - k > 14 ||
      (d < le && t[d] != '|' && t[d] != '^' && t[d] != '+' && t[d] != '-'))
    return GIZLI_OK;
  int y = gz_digits(t + k, 4), m = gz_digits(t + k + 4, 2), dd = gz_digits(t + k + 6, 2);
  if (y < 1880 || y > 2099 || m < 1 || m > 12 || dd < 1 || dd > gz_days_in_month(y, m))
    return GIZLI_OK;
  for (size_t j = 0; j < n_structured; j++)
    if (structured[j].start < k + 8 && structured[j].end > k) return GIZLI_OK;
  return gz_findings_push(out, k, k + 8, GIZLI_T_DATE_OF_BIRTH, 0.8f, 0) ? GIZLI_E_NOMEM : GIZLI_OK;
}

static int rd_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)state;
  (void)scratch;
  (void)lang;
  size_t done = 0; /* rows before this offset were read already */
  size_t hl7_done = 0;
  for (size_t i = 0; i < n_structured; i++) {
    const gizli_finding *f = &structured[i];
    int rc = rd_hl7_pid(text, len, f, structured, n_structured, &hl7_done, out);
    if (rc != GIZLI_OK) return rc;
    int id = (f->type == GIZLI_T_TR_TCKN && (f->flags & GIZLI_F_VALIDATED)) ||
             f->type == GIZLI_T_AZ_FIN || f->type == GIZLI_T_US_SSN ||
             f->type == GIZLI_T_UK_NINO;
    /* the ID a cell of its own (prose "FİN: 5ZQ8PRT" is no row), checked
     * before the row is read */
    if (!id || f->start < done || !rd_whole(text, 0, len, f->start, f->end)) continue;
    /* the row: the bracketed tuple, else the line */
    size_t lo = f->start > RD_REACH ? f->start - RD_REACH : 0;
    size_t hi = f->end + RD_REACH < len ? f->end + RD_REACH : len;
    size_t rs = f->start, re = f->end;
    while (rs > lo && text[rs - 1] != '\n' && text[rs - 1] != '(') rs--;
    while (re < hi && text[re] != '\n' && text[re] != ')') re++;
    done = re;
    int cells = 1, dates = 0;
    size_t at = 0;
    for (size_t k = rs; k < re; k++) {
      if (rd_sep(text[k])) cells++;
      if (k + 10 <= re && text[k] >= '0' && text[k] <= '9' &&
          (k == rs || text[k - 1] < '0' || text[k - 1] > '9') && rd_date(text + k) &&
          rd_whole(text, rs, re, k, k + 10)) {
        dates++;
        at = k;
      }
    }
    if (cells < 4 || dates != 1) continue;
    int covered = 0;
    for (size_t j = 0; j < n_structured && !covered; j++)
      covered = structured[j].start < at + 10 && structured[j].end > at;
    if (!covered && gz_findings_push(out, at, at + 10, GIZLI_T_DATE_OF_BIRTH, 0.8f, 0))
      return GIZLI_E_NOMEM;
  }
  return GIZLI_OK;
}

const gz_recognizer gz_record_dates_recognizer = {
    .name = "record_dates",
    .types = 1u << GIZLI_T_DATE_OF_BIRTH | 1u << GIZLI_T_AZ_FIN | 1u << GIZLI_T_ADDRESS,
    /* no state and no scratch: create, destroy and scratch_* stay NULL */
    .scan = rd_scan,
};
