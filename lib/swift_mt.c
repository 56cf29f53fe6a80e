/* swift_mt.c - the ordering and the beneficiary customer of a SWIFT MT
 * payment message (MT103, MT202 COV, ...; batch 29):
 *
 *   :50K:/AZ51PAHA90576399008265916444
 *   QASIMOV ELNUR RAFIQ OGLU
 *   BAKI, XETAI R., NOBEL PR. 15, M. 88
 *   :59:/TR150020300045923087572637
 *   AKSOY TEKSTIL SAN. VE TIC. LTD
 *   ATATURK CAD. NO 112 MERTER ISTANBUL
 *
 * Fields 50K and 59 (no letter option) are an optional "/account" line,
 * then up to four lines of at most 35 characters (the MT character set is
 * ASCII): the name, then the address. The address lines are one ADDRESS.
 * Options 50F and 59F number their lines: "1/" name, "2/" address, "3/"
 * country and town (ADDRESS each), and in 50F "4/" the date of birth as
 * YYYYMMDD (DATE_OF_BIRTH). Other fields (50A, 59A: a bank code) carry no
 * personal address.
 *
 * A recognizer (see recognizers.c): one gz_each_word pass for the field
 * tags; a tag counts only at the start of a line. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* The end of the line that starts at p (before "\r\n" or "\n"). */
static size_t sw_line_end(const char *t, size_t len, size_t p) {
  const char *nl = memchr(t + p, '\n', len - p);
  size_t e = nl ? (size_t)(nl - t) : len;
  if (e > p && t[e - 1] == '\r') e--;
  return e;
}

/* The start of the line after the one that starts at p, or len. */
static size_t sw_next_line(const char *t, size_t len, size_t p) {
  const char *nl = memchr(t + p, '\n', len - p);
  return nl ? (size_t)(nl - t) + 1 : len;
}

/* Is t[s..e) a line of a customer field: 1 to 35 printable ASCII bytes,
 * not the next field's tag (":20:") nor the block's end ("-}")? */
static int sw_field_line(const char *t, size_t s, size_t e) {
  if (e <= s || e - s > 35 || t[s] == ':' || t[s] == '-') return 0;
  for (size_t i = s; i < e; i++)
    if ((unsigned char)t[i] < 0x20 || (unsigned char)t[i] >= 0x7f) return 0;
  return 1;
}

static int sw_push(size_t s, size_t e, int type, const gizli_finding *st, size_t n_st,
                   gz_findings *out) {
  for (size_t j = 0; j < n_st; j++)
    if (st[j].start < e && st[j].end > s) return GIZLI_OK;
  return gz_findings_push(out, s, e, type, 0.85f, GIZLI_F_CONTEXT | GIZLI_F_LABEL) ? GIZLI_E_NOMEM
                                                                                   : GIZLI_OK;
}

/* The trimmed end of t[s..e): no trailing spaces. */
static size_t sw_trim(const char *t, size_t s, size_t e) {
  while (e > s && t[e - 1] == ' ') e--;
  return e;
}

/* Option K and no option: [/account] name, then the address lines. p is
 * where the field's first line starts (right after the tag). */
static int sw_free_form(const char *t, size_t len, size_t p, const gizli_finding *st, size_t n_st,
                        gz_findings *out) {
  size_t le = sw_line_end(t, len, p);
  if (p < le && t[p] == '/') p = sw_next_line(t, len, p); /* the account */
  le = sw_line_end(t, len, p);
  if (!sw_field_line(t, p, le)) return GIZLI_OK;
  size_t a = sw_next_line(t, len, p), first = a, last = a; /* after the name */
  for (int k = 0; k < 3 && a < len; k++) {
    size_t ae = sw_line_end(t, len, a);
    if (!sw_field_line(t, a, ae)) break;
    last = sw_trim(t, a, ae);
    a = sw_next_line(t, len, a);
  }
  if (last <= first) return GIZLI_OK;
  /* an address has a letter and is more than a country code */
  int letters = 0;
  for (size_t i = first; i < last; i++) letters += (t[i] | 32) >= 'a' && (t[i] | 32) <= 'z';
  if (letters < 4) return GIZLI_OK;
  return sw_push(first, last, GIZLI_T_ADDRESS, st, n_st, out);
}

/* Is p (8 bytes) a date YYYYMMDD from 1900 to 2030? */
static int sw_yyyymmdd(const char *p) {
  for (int i = 0; i < 8; i++)
    if (p[i] < '0' || p[i] > '9') return 0;
  int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
  int m = (p[4] - '0') * 10 + (p[5] - '0'), d = (p[6] - '0') * 10 + (p[7] - '0');
  return y >= 1900 && y <= 2030 && m >= 1 && m <= 12 && d >= 1 && d <= gz_days_in_month(y, m) &&
         !gz_empty_date(y, m, d);
}

/* Option F: numbered lines after the party identifier. The "2/" lines
 * (the street) are one ADDRESS, the "3/" line's town after its country code
 * ("3/DE/51149 KOELN") another. */
static int sw_structured(const char *t, size_t len, size_t p, int dob, const gizli_finding *st,
                         size_t n_st, gz_findings *out) {
  size_t a = sw_next_line(t, len, p), first = 0, last = 0;
  for (int k = 0; k < 8 && a < len; k++) {
    size_t ae = sw_line_end(t, len, a);
    if (!sw_field_line(t, a, ae) || ae - a < 3 || t[a + 1] != '/') break;
    char n = t[a];
    if (n == '2') {
      if (!first) first = a + 2;
      last = sw_trim(t, a + 2, ae);
    } else if (n == '3') {
      size_t town = a + 2;
      if (ae - town > 3 && t[town + 2] == '/') town += 3;
      size_t te = sw_trim(t, town, ae);
      int rc = te > town ? sw_push(town, te, GIZLI_T_ADDRESS, st, n_st, out) : GIZLI_OK;
      if (rc != GIZLI_OK) return rc;
    } else if (n == '4' && dob && ae - a == 10 && sw_yyyymmdd(t + a + 2)) {
      int rc = sw_push(a + 2, a + 10, GIZLI_T_DATE_OF_BIRTH, st, n_st, out);
      if (rc != GIZLI_OK) return rc;
    }
    a = sw_next_line(t, len, a);
  }
  if (!first || last <= first) return GIZLI_OK;
  return sw_push(first, last, GIZLI_T_ADDRESS, st, n_st, out);
}

static const char *const sw_tags[] = {":50K:", ":59:", ":50F:", ":59F:", NULL};

/* One hit of a field tag (word w) at i: a field only at a line's start. */
static int sw_word(void *ctx, size_t i, int w) {
  gz_rec_args *c = ctx;
  if (i > 0 && c->t[i - 1] != '\n') return GIZLI_OK;
  size_t p = i + strlen(sw_tags[w]);
  return w < 2 ? sw_free_form(c->t, c->len, p, c->st, c->n_st, c->out)
               : sw_structured(c->t, c->len, p, w == 2, c->st, c->n_st, c->out);
}

/* The state: the word list prepared once per engine compile. */
static int sw_create(void **state, gizli_error *err) {
  (void)err;
  gz_wordset *s = malloc(sizeof *s);
  if (!s) return GIZLI_E_NOMEM;
  gz_wordset_init(s, sw_tags, NULL);
  *state = s;
  return GIZLI_OK;
}

static int sw_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)scratch;
  (void)lang;
  gz_rec_args c = {text, len, structured, n_structured, out};
  return gz_wordset_each(state, text, len, sw_word, &c);
}

const gz_recognizer gz_swift_mt_recognizer = {
    .name = "swift_mt",
    .types = 1u << GIZLI_T_ADDRESS | 1u << GIZLI_T_DATE_OF_BIRTH,
    /* the prepared word list as state, no scratch */
    .create = sw_create,
    .destroy = free,
    .scan = sw_scan,
};
