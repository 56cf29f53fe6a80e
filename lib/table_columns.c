/* table_columns.c - the cells of a table's birth-date or phone column
 * (batch 29):
 *
 *   №,Şagird,Doğum tarixi,FİN,Valideyn,Telefon,Qeyd
 *   1,Abdullayeva Zəhra Elvin qızı,03.05.2020,67NBU0X,...
 *
 *   No  Öğrenci               Doğum       Veli            Veli Tel
 *   112 Ahmet Efe Doğan      14.02.2011  Sibel Doğan     0532 781 06 34
 *
 *   timestamp,caller,callee,direction,duration
 *   2026-11-23T22:41:09Z,447911204387,447700918266,MO,00:04:17
 *
 * and a vCard's "BDAY:1986-11-02". A header line whose cell is a
 * birth-date name ("Doğum tarixi", "DOB", "date_of_birth", ...; never
 * "Doğum yeri", the place) labels the cell below it in each following
 * line, up to a blank line: with the header's separator (tab, ';', ','
 * or '|', quotes respected) the cell of the same index, in a table
 * aligned with spaces the cell starting in the same character column. The
 * cell must be a whole date (DD.MM.YYYY, DD/MM/YYYY, DD-MM-YYYY,
 * YYYY-MM-DD, YYYY.MM.DD) of a real day from 1880 to 2030: a child's
 * birth date in a school list is as personal as an adult's, which the
 * year limit of record_dates.c (a row with an ID) leaves out. A phone
 * column's header ("caller", "callee", "msisdn", "gsm", "phone", ...)
 * labels a cell of 10 to 15 digits, "+" allowed before them: a number in
 * the international form without "+" or a national one without its 0,
 * which no pattern takes alone. So does such a name as a URL's query
 * parameter: "?ref=sms&gsm=5326187740".
 *
 * A recognizer (see recognizers.c): the header words' cores ("oğum",
 * "irth", "DOB", "alle", ...) and the parameters are found by gz_each_word
 * (SIMD passes, eight words each); only the lines of a matched table are
 * read. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define BC_MAX_LINES 1000

static const char *const bc_phone_headers[] = {
    "caller", "callee",         "msisdn",        "gsm",      "phone",    "telefon",
    "mobile", "calling_number", "called_number", "a_number", "b_number", "phone_number",
    "cep",    "cep_tel",        "mobil",         NULL};

static const char *const bc_headers[] = {"do\xC4\x9Fum tarixi",
                                         "do\xC4\x9Fum tarihi",
                                         "do\xC4\x9Fum",
                                         "dogum",
                                         "dogum tarihi",
                                         "dogum tarixi",
                                         "dogum_tarihi",
                                         "dogum_tarixi",
                                         "do\xC4\x9Fum_tarixi",
                                         "do\xC4\x9Fum_tarihi",
                                         "DO\xC4\x9EUM TAR\xC4\xB0H\xC4\xB0",
                                         "DO\xC4\x9EUM",
                                         "t\xC9\x99v\xC9\x99ll\xC3\xBC"
                                         "d",
                                         "tevellud",
                                         "dob",
                                         "d.o.b.",
                                         "date of birth",
                                         "birth date",
                                         "birthdate",
                                         "birth_date",
                                         "date_of_birth",
                                         "dateofbirth",
                                         "birthday",
                                         "dogumtarihi",
                                         /* "birthday" columns of loyalty exports (batch 32) */
                                         "do\xC4\x9Fum_g\xC3\xBCn\xC3\xBC",
                                         "do\xC4\x9Fum g\xC3\xBCn\xC3\xBC",
                                         "dogum_gunu",
                                         "dogum gunu",
                                         NULL};

/* the cores searched for: every header above holds one */
static const char *const bc_params[] = {"gsm=", "msisdn=", "phone=", "tel=", "mobile=", NULL};
/* ... and as a JSON key with its quotes (batch 32): '"phone": "15125550172"' */
static const char *const bc_jkeys[] = {"phone\"", "tel\"", "mobile\"", "msisdn\"", NULL};
/* where gz_each_word looks for each parameter: a rare trigram ("el=", not
 * the "tel" of "hotel" and "tell") */
static const unsigned char bc_param_head[] = {0, 3, 3, 1, 4};
/* the key's last two letters and its closing quote */
static const unsigned char bc_jkey_head[] = {3, 1, 4, 4};

static const char *const bc_cores[] = {"alle",
                                       "ALLE",
                                       "sisdn",
                                       "SISDN",
                                       "gsm",
                                       "GSM",
                                       "hone",
                                       "HONE",
                                       "obile",
                                       "OBILE",
                                       "elefon",
                                       "ELEFON",
                                       "o\xC4\x9Fum",
                                       "O\xC4\x9EUM",
                                       "ogum",
                                       "OGUM",
                                       "irth",
                                       "IRTH",
                                       "DOB",
                                       "dob",
                                       "Dob",
                                       "D.O.B",
                                       "v\xC9\x99ll\xC3\xBC"
                                       "d",
                                       "vellud",
                                       NULL};
/* where gz_each_word looks for each core: its rarest trigram ("lle" of
 * "alle", not "all"; "sdn" of "sisdn", not the "sis" of "analysis"; "ğum"
 * of "oğum", not the "oğ" of "oğlu"; "efo" of "elefon"; "llu" of "vellud") */
static const unsigned char bc_core_head[] = {1, 1, 2, 2, 0, 0, 0, 0, 0, 0, 2, 2,
                                             2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2};
_Static_assert(sizeof bc_core_head == sizeof bc_cores / sizeof bc_cores[0] - 1,
               "one head offset per core");
_Static_assert(sizeof bc_param_head == sizeof bc_params / sizeof bc_params[0] - 1,
               "one head offset per parameter");
_Static_assert(sizeof bc_jkey_head == sizeof bc_jkeys / sizeof bc_jkeys[0] - 1,
               "one head offset per JSON key");

/* Is the ten-byte cell at p a real date from 1880 to 2030 (not the empty
 * date 1900-01-01)? */
static int bc_date(const char *p) {
  int y, m, d;
  if (!gz_date10(p, "-./", "./-", &y, &m, &d)) return 0;
  /* a US export's MM/DD/YYYY ("03/14/1985", batch 32): the month first
   * when the first number cannot be a day's month */
  if (p[2] == '/' && m > 12 && d <= 12) {
    int x = m;
    m = d;
    d = x;
  }
  return y >= 1880 && y <= 2030 && m >= 1 && m <= 12 && d >= 1 && d <= gz_days_in_month(y, m) &&
         !gz_empty_date(y, m, d);
}

static int bc_is_sep(char c, char sep) {
  return sep ? c == sep : 0;
}

/* The character column of byte i in the line starting at ls. */
static size_t bc_column(const char *t, size_t ls, size_t i) {
  size_t c = 0;
  for (size_t k = ls; k < i; k++)
    if (((unsigned char)t[k] & 0xC0) != 0x80) c++;
  return c;
}

/* The separator of the header line [ls, le): tab, ';', ',' or '|' seen at
 * least once, else 0 (cells apart by two spaces or more). */
static char bc_separator(const char *t, size_t ls, size_t le) {
  static const char seps[] = "\t;,|";
  for (int i = 0; seps[i]; i++)
    if (memchr(t + ls, seps[i], le - ls)) return seps[i];
  return 0;
}

/* The header cell around the hit at h: its bounds without spaces or
 * quotes; the type its name gives the column, or 0. */
static int bc_header_cell(const char *t, size_t ls, size_t le, size_t h, char sep, size_t *cs,
                          size_t *ce) {
  size_t a = h, b = h;
  if (sep) {
    int q = 0;
    while (a > ls && t[a - 1] != sep) a--;
    /* inside a quoted cell ("Dogum Tarihi";..., batch 49): its opening
     * quote counts, so that the closing one ends the cell */
    for (size_t k = a; k < h; k++) q ^= t[k] == '"';
    while (b < le && (t[b] != sep || q)) q ^= t[b++] == '"';
  } else {
    while (a > ls && !(t[a - 1] == ' ' && a - 1 > ls && t[a - 2] == ' ') && t[a - 1] != '\t') a--;
    while (b < le && !(t[b] == ' ' && b + 1 < le && t[b + 1] == ' ') && t[b] != '\t' &&
           t[b] != '\r')
      b++;
  }
  while (a < b && (t[a] == ' ' || t[a] == '"' || t[a] == '\'')) a++;
  while (b > a && (t[b - 1] == ' ' || t[b - 1] == '"' || t[b - 1] == '\'' || t[b - 1] == '\r')) b--;
  *cs = a;
  *ce = b;
  return gz_column_header_type(t + a, b - a);
}

static int bc_push(size_t s, size_t e, int type, const gizli_finding *st, size_t n_st,
                   gz_findings *out) {
  for (size_t j = 0; j < n_st; j++)
    if (st[j].start < e && st[j].end > s) return GIZLI_OK;
  for (size_t j = 0; j < out->n; j++)
    if (out->v[j].start < e && out->v[j].end > s) return GIZLI_OK;
  return gz_findings_push(out, s, e, type, 0.8f, 0) ? GIZLI_E_NOMEM : GIZLI_OK;
}

/* Is [s, e) a phone number's cell: 10 to 15 digits, "+" allowed first? */
static int bc_phone(const char *t, size_t s, size_t e) {
  if (s < e && t[s] == '+') s++;
  if (e - s < 10 || e - s > 15) return 0;
  for (size_t k = s; k < e; k++)
    if (t[k] < '0' || t[k] > '9') return 0;
  return 1;
}

/* "&gsm=5326187740": a phone-named query parameter and its value, ended
 * by '&', '#', a quote, a space or the text's end. */
static int bc_query(const char *t, size_t len, size_t h, size_t n, const gizli_finding *st,
                    size_t n_st, gz_findings *out) {
  if (h == 0 || (t[h - 1] != '?' && t[h - 1] != '&')) return GIZLI_OK;
  size_t a = h + n, b = a;
  while (b < len && b - a < 16 && ((t[b] >= '0' && t[b] <= '9') || (b == a && t[b] == '+'))) b++;
  if (b < len && t[b] != '&' && t[b] != '#' && t[b] != '"' && t[b] != '\'' && t[b] != ' ' &&
      t[b] != '\n' && t[b] != '\r')
    return GIZLI_OK;
  return bc_phone(t, a, b) ? bc_push(a, b, GIZLI_T_PHONE, st, n_st, out) : GIZLI_OK;
}

/* '"phone": "15125550172"': a phone-named JSON key ("phone", "tel",
 * "mobile", "msisdn", also the last part of "mobile_phone", "cep_tel")
 * and a string or number value of 10 to 15 digits. */
static int bc_json(const char *t, size_t len, size_t h, size_t n, const gizli_finding *st,
                   size_t n_st, gz_findings *out) {
  if (h == 0 || (t[h - 1] != '"' && t[h - 1] != '_')) return GIZLI_OK;
  for (size_t k = h - 1; t[k] != '"'; k--)
    if (k == 0 || h - k > 24 || !(gz_ascii_alnum((unsigned char)t[k]) || t[k] == '_'))
      return GIZLI_OK;
  size_t a = h + n;
  while (a < len && t[a] == ' ') a++;
  if (a >= len || t[a] != ':') return GIZLI_OK;
  a++;
  while (a < len && t[a] == ' ') a++;
  int q = a < len && t[a] == '"';
  a += (size_t)q;
  size_t b = a;
  while (b < len && b - a < 16 && ((t[b] >= '0' && t[b] <= '9') || (b == a && t[b] == '+'))) b++;
  if (q ? (b >= len || t[b] != '"')
        : (b < len && t[b] != ',' && t[b] != '}' && t[b] != ' ' && t[b] != '\n' && t[b] != '\r'))
    return GIZLI_OK;
  return bc_phone(t, a, b) ? bc_push(a, b, GIZLI_T_PHONE, st, n_st, out) : GIZLI_OK;
}

/* The cell of the data line [ls, le) in the header's column: the idx-th
 * cell with a separator, else the cell starting at character column col
 * (one either way) up to two spaces. Its bounds without spaces or
 * quotes in *cs and *ce; 0 if there is none. */
static int bc_cell(const char *t, size_t ls, size_t le, char sep, int idx, size_t col, size_t *cs,
                   size_t *ce) {
  size_t a = ls, b;
  if (sep) {
    int q = 0;
    for (int k = 0; k < idx; k++) {
      while (a < le && (t[a] != sep || q)) q ^= t[a++] == '"';
      if (a >= le) return 0;
      a++;
    }
    while (a < le && (t[a] == ' ' || t[a] == '"' || t[a] == '\'')) q ^= t[a++] == '"';
    b = a;
    while (b < le && (t[b] != sep || q)) q ^= t[b++] == '"';
  } else {
    size_t c = 0;
    for (a = ls; a < le && c + 1 < col; a++)
      if (((unsigned char)t[a] & 0xC0) != 0x80) c++;
    int k = 0;
    while (
        k < 3 && a < le &&
        (((unsigned char)t[a] & 0xC0) == 0x80 || (a > ls && t[a - 1] != ' ' && t[a - 1] != '\t'))) {
      if (((unsigned char)t[a] & 0xC0) != 0x80) k++;
      a++;
    }
    if (k == 3 || a >= le || t[a] == ' ') return 0;
    b = a;
    while (b < le && t[b] != '\t' && !(t[b] == ' ' && b + 1 < le && t[b + 1] == ' ')) b++;
  }
  while (b > a && (t[b - 1] == ' ' || t[b - 1] == '"' || t[b - 1] == '\'' || t[b - 1] == '\r')) b--;
  *cs = a;
  *ce = b;
  return b > a;
}

/* "BDAY:1986-11-02", "BDAY;VALUE=date:19861102" (eight digits too). */
static int bc_vcard(const char *t, size_t len, size_t h, const gizli_finding *st, size_t n_st,
                    gz_findings *out) {
  if (h + 4 >= len || (h > 0 && t[h - 1] != '\n')) return GIZLI_OK;
  size_t k = h + 4;
  while (k < len && k - h < 24 && t[k] != ':' && t[k] != '\n') k++;
  if (k >= len || t[k] != ':') return GIZLI_OK;
  k++;
  if (k + 10 <= len && bc_date(t + k) && (k + 10 == len || t[k + 10] == '\r' || t[k + 10] == '\n'))
    return bc_push(k, k + 10, GIZLI_T_DATE_OF_BIRTH, st, n_st, out);
  return GIZLI_OK;
}

/* Bytes on each side of a hit within which a header cell ends: more than
 * the longest header name (15 bytes) with its quotes and padding. */
#define BC_NEAR 40

/* Does the cell around the hit at h end within BC_NEAR bytes on both
 * sides, at a separator (tab, ';', ',', '|'), a line end, two spaces (an
 * aligned table's gap) or the text's end? A header name is short, so a
 * longer cell (a word inside running text) is no header cell: this is
 * tested before the whole line is read. */
static int bc_short_cell(const char *t, size_t len, size_t h) {
  size_t k = h;
  for (;;) {
    if (k == 0) break;
    char c = t[k - 1];
    if (c == '\n' || c == '\t' || c == ';' || c == ',' || c == '|' ||
        (c == ' ' && k >= 2 && t[k - 2] == ' '))
      break;
    if (h - k >= BC_NEAR) return 0;
    k--;
  }
  for (k = h;; k++) {
    if (k >= len) return 1;
    char c = t[k];
    if (c == '\n' || c == '\r' || c == '\t' || c == ';' || c == ',' || c == '|' ||
        (c == ' ' && k + 1 < len && t[k + 1] == ' '))
      return 1;
    if (k - h >= BC_NEAR) return 0;
  }
}

/* Is name[0, n) the header of a place-and-date-of-birth column, whose
 * cells give the town before the date ("S\xC4\xB0VAS 12.02.1958"; batch 33)? */
static int bc_place_header(const char *name, size_t n) {
  static const char *const h[] = {"do\xC4\x9Fum yeri ve tarihi",
                                  "dogum yeri ve tarihi",
                                  "do\xC4\x9Fum yeri/tarihi",
                                  "d. yeri ve tarihi",
                                  "do\xC4\x9Fum yeri v\xC9\x99 tarixi",
                                  "dogum yeri ve tarixi",
                                  "place and date of birth",
                                  "place/date of birth",
                                  "DO\xC4\x9EUM YER\xC4\xB0 VE TAR\xC4\xB0H\xC4\xB0",
                                  NULL};
  for (int i = 0; h[i]; i++)
    if (strlen(h[i]) == n && strncasecmp(name, h[i], n) == 0) return 1;
  return 0;
}

static int bc_table(const char *t, size_t len, size_t h, const gizli_finding *st, size_t n_st,
                    gz_findings *out) {
  if (!bc_short_cell(t, len, h)) return GIZLI_OK;
  size_t ls = h, le = h;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  while (le < len && t[le] != '\n') le++;
  char sep = bc_separator(t, ls, le);
  size_t cs, ce;
  int type = bc_header_cell(t, ls, le, h, sep, &cs, &ce), place = 0;
  if (!type && bc_place_header(t + cs, ce - cs)) type = GIZLI_T_DATE_OF_BIRTH, place = 1;
  if (!type) return GIZLI_OK;
  /* a header has another cell: the line is more than the one word */
  int other = 0;
  for (size_t k = ls; k < le && !other; k++)
    other = (k < cs || k >= ce) && t[k] != ' ' && t[k] != '\t' && t[k] != '\r' && t[k] != '"' &&
            !bc_is_sep(t[k], sep);
  if (!other) return GIZLI_OK;
  int idx = 0;
  size_t col = bc_column(t, ls, cs);
  if (sep) {
    int q = 0;
    for (size_t k = ls; k < cs; k++) {
      q ^= t[k] == '"';
      idx += t[k] == sep && !q;
    }
  } else if (cs == ls) {
    return GIZLI_OK; /* an aligned table's first column is no birth date or phone */
  }
  size_t a = le + 1;
  for (int n = 0; a < len && n < BC_MAX_LINES; n++) {
    size_t b = a;
    while (b < len && t[b] != '\n') b++;
    size_t k = a;
    while (k < b && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) k++;
    if (k == b) break; /* a blank line ends the table */
    size_t ds, de;
    int cell = bc_cell(t, a, b, sep, idx, col, &ds, &de);
    /* a place's cell: the date after the town's name and a space */
    if (cell && place && de - ds >= 13 && t[de - 11] == ' ' &&
        gz_word_byte((unsigned char)t[de - 12]))
      ds = de - 10;
    if (cell && (type == GIZLI_T_PHONE ? bc_phone(t, ds, de) : de - ds == 10 && bc_date(t + ds))) {
      int rc = bc_push(ds, de, type, st, n_st, out);
      if (rc != GIZLI_OK) return rc;
    }
    a = b + 1;
  }
  return GIZLI_OK;
}

/* The words searched for: the cores of the headers (bc_table), the query
 * parameters (bc_query) and the vCard birthday (bc_vcard), one list for
 * gz_each_word. */
#define BC_N_CORES  (sizeof bc_cores / sizeof bc_cores[0] - 1)
#define BC_N_PARAMS (sizeof bc_params / sizeof bc_params[0] - 1)
#define BC_N_JKEYS  (sizeof bc_jkeys / sizeof bc_jkeys[0] - 1)

static int bc_word(void *ctx, size_t i, int w) {
  gz_rec_args *c = ctx;
  if ((size_t)w < BC_N_CORES) return bc_table(c->t, c->len, i, c->st, c->n_st, c->out);
  if ((size_t)w < BC_N_CORES + BC_N_PARAMS)
    return bc_query(c->t, c->len, i, strlen(bc_params[(size_t)w - BC_N_CORES]), c->st, c->n_st,
                    c->out);
  if ((size_t)w < BC_N_CORES + BC_N_PARAMS + BC_N_JKEYS)
    return bc_json(c->t, c->len, i, strlen(bc_jkeys[(size_t)w - BC_N_CORES - BC_N_PARAMS]), c->st,
                   c->n_st, c->out);
  return bc_vcard(c->t, c->len, i, c->st, c->n_st, c->out);
}

/* The recognizer's state, built once per engine compile: the one word
 * list (cores, parameters, JSON keys, "BDAY") with its needle offsets, prepared for
 * gz_wordset_each. */
typedef struct bc_state {
  const char *words[BC_N_CORES + BC_N_PARAMS + BC_N_JKEYS + 2];
  unsigned char head[BC_N_CORES + BC_N_PARAMS + BC_N_JKEYS + 2];
  gz_wordset set;
} bc_state;

static int bc_create(void **state, gizli_error *err) {
  (void)err;
  bc_state *s = calloc(1, sizeof *s);
  if (!s) return GIZLI_E_NOMEM;
  static const char *const *lists[] = {bc_cores, bc_params, bc_jkeys};
  static const unsigned char *const heads[] = {bc_core_head, bc_param_head, bc_jkey_head};
  size_t n = 0;
  for (int l = 0; l < 3; l++)
    for (int w = 0; lists[l][w]; w++) {
      s->head[n] = heads[l][w];
      s->words[n++] = lists[l][w];
    }
  s->head[n] = 0;
  s->words[n++] = "BDAY";
  s->words[n] = NULL;
  gz_wordset_init(&s->set, s->words, s->head);
  *state = s;
  return GIZLI_OK;
}

static int bc_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)scratch;
  (void)lang;
  const bc_state *s = state;
  gz_rec_args c = {text, len, structured, n_structured, out};
  return gz_wordset_each(&s->set, text, len, bc_word, &c);
}

const gz_recognizer gz_table_columns_recognizer = {
    .name = "table_columns",
    .types = 1u << GIZLI_T_DATE_OF_BIRTH | 1u << GIZLI_T_PHONE,
    /* the prepared word list as state, no scratch */
    .create = bc_create,
    .destroy = free,
    .scan = bc_scan,
};

/* The type a column named name[0, n) holds by the header lists above
 * (GIZLI_T_DATE_OF_BIRTH, GIZLI_T_PHONE), else 0: the SQL column names
 * of sql_rows.c are read with the same lists. */
int gz_column_header_type(const char *name, size_t n) {
  for (int i = 0; bc_headers[i]; i++)
    if (strlen(bc_headers[i]) == n && strncasecmp(name, bc_headers[i], n) == 0)
      return GIZLI_T_DATE_OF_BIRTH;
  for (int i = 0; bc_phone_headers[i]; i++)
    if (strlen(bc_phone_headers[i]) == n && strncasecmp(name, bc_phone_headers[i], n) == 0)
      return GIZLI_T_PHONE;
  return 0;
}

/* Does a header name not in the lists still speak of a phone ("tel_no",
 * "Mobil nömrə", "contact", "WhatsApp")? */
static int bc_phone_like(const char *name, size_t n) {
  static const char *const cores[] = {
      "tel",      "phone",       "gsm",    "mob",     "cep",
      "msisdn",   "n\xC3\xB6mr", "numara", "contact", "\xC9\x99laq\xC9\x99",
      "whatsapp", "cell",        "fax",    "faks",    NULL};
  for (int i = 0; cores[i]; i++) {
    size_t m = strlen(cores[i]);
    for (size_t k = 0; k + m <= n; k++)
      if (strncasecmp(name + k, cores[i], m) == 0) return 1;
  }
  return 0;
}

/* The header of the table column a value [s, e) stands in (batch 43):
 *
 *   musteri_no;ad_soyad;tckn;gsm;il
 *   100045871;Yusuf Demir;69354183098;5332174908;Ankara
 *
 * Nine bare digits after a phone word pass as an Azerbaijani mobile
 * without its 0 ("gsm: 100045871"), but here the word heads another
 * column. When [s, e) is a whole cell of a line with a separator (tab,
 * ';', ',' or '|'), the lines above it are read up to the first whose
 * cell of the same index has letters and no digits: that is the header.
 * Returns the type gz_column_header_type gives its name, -1 for any
 * other header name, 0 when the value is no cell of such a table. Read
 * only for the rare weak candidates that ask, at most 200 lines up. */
int gz_cell_header_type(const char *t, size_t len, size_t s, size_t e) {
  size_t cs, ce;
  if (!gz_cell_header(t, len, s, e, &cs, &ce)) return 0;
  int type = gz_column_header_type(t + cs, ce - cs);
  return type ? type : bc_phone_like(t + cs, ce - cs) ? GIZLI_T_PHONE : -1;
}

/* The header cell [*hs, *he) of the table column a value [s, e) stands
 * in, as gz_cell_header_type finds it; 0 when there is none. */
int gz_cell_header(const char *t, size_t len, size_t s, size_t e, size_t *hs, size_t *he) {
  size_t ls = s, le = e;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  while (le < len && t[le] != '\n') le++;
  char sep = bc_separator(t, ls, le);
  if (!sep) return 0;
  size_t a = s, b = e;
  while (a > ls && (t[a - 1] == '"' || t[a - 1] == ' ')) a--;
  while (b < le && (t[b] == '"' || t[b] == ' ' || t[b] == '\r')) b++;
  if ((a > ls && t[a - 1] != sep) || (b < le && t[b] != sep)) return 0;
  int idx = 0, q = 0;
  for (size_t k = ls; k < a; k++) {
    if (t[k] == '"')
      q ^= 1;
    else if (t[k] == sep && !q)
      idx++;
  }
  for (int up = 0; up < 200 && ls > 0; up++) {
    size_t pe = ls - 1, ps = pe;
    while (ps > 0 && t[ps - 1] != '\n') ps--;
    if (pe > ps && t[pe - 1] == '\r') pe--;
    if (pe == ps || !memchr(t + ps, sep, pe - ps)) return 0;
    size_t cs, ce;
    if (!bc_cell(t, ps, pe, sep, idx, 0, &cs, &ce)) return 0;
    int letters = 0, digits = 0;
    for (size_t k = cs; k < ce; k++) {
      unsigned char c = (unsigned char)t[k];
      if (c >= '0' && c <= '9')
        digits = 1;
      else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        letters = 1;
    }
    if (letters && !digits) {
      *hs = cs;
      *he = ce;
      return 1;
    }
    ls = ps;
  }
  return 0;
}
