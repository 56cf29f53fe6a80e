/* sql_rows.c - values of SQL statements and of SQL result tables, typed
 * by their column's name (issue 2):
 *
 *   INSERT INTO customers (ad_soyad, tckn, dogum_tarihi, telefon, adres)
 *   VALUES ('Ayşe Kaya', '10000000146', '1987-03-05', '05321234567',
 *           'Moda Cad. No:5 Kadıköy/İstanbul'), (...);
 *   UPDATE users SET phone = '5321112233', fin_kod = '5ZQ8PRT' WHERE id = 7;
 *
 *   +----+-----------+------------+        id | full_name | voen
 *   | id | full_name | dob        |       ----+-----------+------------
 *   +----+-----------+------------+         1 | Rəşad     | 1401555071
 *   |  1 | Ann Reed  | 1986-11-02 |
 *
 * A column name says what its values are (phone, tel, telefon, cep,
 * msisdn; email, eposta; dob, birth_date, dogum_tarihi; address, adres,
 * ünvan; tckn, tc_kimlik; fin, fin_kod; voen; vkn, vergi_no, tax_id;
 * iban; passport, pasaport; card, kart; password, parol, şifre; ip), in
 * az/tr/en, snake_case or camelCase, in any case, bare or quoted (`"tel"`,
 * `` `tel` ``, `[tel]`). A value under such a column is reported as that
 * type when it passes the type's check: a TCKN, VKN, VÖEN, IBAN or card
 * its checksum, a phone 9 to 15 digits and phone characters only, a birth
 * date a real day from 1880 to 2030, an e-mail its form, an IP address
 * inet_pton, a FİN or a passport its letters and digits, an address its
 * words and a number, a password a word without spaces that is no hash.
 * A column that names something about the value ("password_hash",
 * "phone_verified", "email_count", "dogum_yeri", "created_at") types
 * nothing. Findings never overlap a pattern finding: the patterns still
 * find what they find anywhere, this adds the values only their column
 * identifies (a VÖEN or a FİN without a context word near, a password).
 *
 * A recognizer: the statements' keywords ("INSERT", "UPDATE") and the
 * tables' rule lines ("-+-" of psql and mysql, "-|-" of Markdown) are
 * found by one gz_each_word pass; only a matched statement or table is
 * read. */
#include "internal.h"

#include <arpa/inet.h>
#include <string.h>

#define SQ_MAX_COLS  64
#define SQ_NAME      64
#define SQ_MAX_VALUE 4096 /* a longer quoted value ends the statement's reading */

/* the types a column gives before its value picks one: a tax number is a
 * VKN or a VÖEN, a passport Turkish or Azerbaijani */
enum { SQ_TAX = GIZLI_T_COUNT + 1, SQ_PASSPORT, SQ_STRONG, SQ_IDDOC };

typedef struct sq_ctx {
  gz_rec_args a;
  int lang;
  size_t done; /* the end of the statement or table read last */
  size_t mine; /* this recognizer's findings are out->v[mine..] */
  /* the last run of INSERTs without a column list read by
   * sq_infer_columns: where it ends, its table's name, its columns */
  size_t run_end, run_ns, run_ne;
  int run_cols[SQ_MAX_COLS];
} sq_ctx;

/* ---------------------------------------------------------------------- */
/* Column names */

/* Folds the column name s[0, n) to lower-case ASCII words joined by '_':
 * the Turkish and Azerbaijani letters to their base letter (ğ g, ş s,
 * ı İ i, ö o, ü u, ç c, ə e), '-', '.' and spaces to '_', a camelCase
 * capital after a lower-case letter starts a word ("birthDate" is
 * "birth_date"); quotes and brackets are dropped. */
static size_t sq_fold(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  int prev_lower = 0;
  for (size_t i = 0; i < n && o + 2 < cap; i++) {
    unsigned char c = (unsigned char)s[i];
    char f = 0;
    int upper = 0;
    if (c >= 'a' && c <= 'z') {
      f = (char)c;
    } else if (c >= 'A' && c <= 'Z') {
      f = (char)(c + 32);
      upper = 1;
    } else if (c >= '0' && c <= '9') {
      f = (char)c;
    } else if (c == '_' || c == '-' || c == ' ' || c == '.') {
      f = '_';
    } else if (c >= 0xC0 && i + 1 < n) {
      static const struct {
        unsigned char a, b;
        char f;
        char upper;
      } map[] = {{0xC4, 0x9F, 'g', 0}, {0xC4, 0x9E, 'g', 1}, {0xC5, 0x9F, 's', 0},
                 {0xC5, 0x9E, 's', 1}, {0xC4, 0xB1, 'i', 0}, {0xC4, 0xB0, 'i', 1},
                 {0xC3, 0xB6, 'o', 0}, {0xC3, 0x96, 'o', 1}, {0xC3, 0xBC, 'u', 0},
                 {0xC3, 0x9C, 'u', 1}, {0xC3, 0xA7, 'c', 0}, {0xC3, 0x87, 'c', 1},
                 {0xC9, 0x99, 'e', 0}, {0xC6, 0x8F, 'e', 1}};
      unsigned char d = (unsigned char)s[i + 1];
      for (size_t k = 0; k < sizeof map / sizeof map[0] && !f; k++)
        if (map[k].a == c && map[k].b == d) {
          f = map[k].f;
          upper = map[k].upper;
        }
      while (i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) i++;
      if (!f) continue;
    } else {
      continue;
    }
    if (upper && prev_lower && o > 0 && out[o - 1] != '_') out[o++] = '_';
    if (f == '_' && (o == 0 || out[o - 1] == '_')) {
      prev_lower = 0;
      continue;
    }
    out[o++] = f;
    prev_lower = f >= 'a' && f <= 'z' && !upper;
  }
  while (o > 0 && out[o - 1] == '_') o--;
  out[o] = 0;
  return o;
}

static int sq_in(const char *w, size_t n, const char *const *list) {
  for (int i = 0; list[i]; i++)
    if (strlen(list[i]) == n && memcmp(w, list[i], n) == 0) return 1;
  return 0;
}

/* Words of a column that says something about its value rather than
 * holding it: "password_hash", "phone_verified", "email_count",
 * "dogum_yeri" (the place), "card_holder", "address_type". */
static const char *const sq_about[] = {
    "hash",    "salt",      "digest",  "md5",       "sha1",      "sha256",  "sha512",   "bcrypt",
    "crypt",   "encrypted", "enc",     "verified",  "confirmed", "count",   "type",     "status",
    "flag",    "is",        "has",     "at",        "attempts",  "expires", "expiry",   "reset",
    "changed", "updated",   "created", "modified",  "hint",      "policy",  "len",      "length",
    "mask",    "masked",    "last4",   "ext",       "extension", "valid",   "enabled",  "template",
    "format",  "consent",   "domain",  "provider",  "operator",  "holder",  "cvv",      "cvc",
    "brand",   "bin",       "place",   "yeri",      "yer",       "city",    "country",  "ulke",
    "sehir",   "seher",     "olke",    "prefix",    "suffix",    "token",   "question", "answer",
    "sent",    "otp",       "code",    "kodu_tipi", "range",     "subnet",  "mask",     NULL};

static const char *const sq_ip[] = {"ip",  "ipaddr", "ipaddress", "ipv4", "ipv6",
                                    "ip4", "ip6",    "ip_adresi", NULL};
static const char *const sq_email[] = {"email",        "mail",   "eposta", "epoct",
                                       "emailaddress", "emails", NULL};
static const char *const sq_cred[] = {"password", "passwd",     "pwd",    "pass",
                                      "parol",    "parolu",     "sifre",  "sifresi",
                                      "passcode", "passphrase", "secret", NULL};
static const char *const sq_phone[] = {
    "phone",  "tel",     "telefon",    "telephone",   "cep",       "mobil",
    "mobile", "msisdn",  "gsm",        "cell",        "cellphone", "phonenumber",
    "telno",  "ceptel",  "ceptelefon", "mobilephone", "whatsapp",  "fax",
    "faks",   "phoneno", "telefonu",   NULL};
static const char *const sq_dob[] = {"dob",         "birthdate",   "birthday",  "dateofbirth",
                                     "dogumtarihi", "dogumtarixi", "tevellud",  "dogum",
                                     "birth",       "bday",        "dogumgunu", NULL};
static const char *const sq_tckn[] = {"tckn",   "tckimlik", "tckimlikno", "tcno",       "tc",
                                      "kimlik", "kimlikno", "national",   "nationalid", NULL};
static const char *const sq_fin[] = {"fin", "finkod", "finkodu", "fincode", NULL};
static const char *const sq_voen[] = {"voen", NULL};
static const char *const sq_tax[] = {"vkn",   "vergi", "vergino", "tax",
                                     "taxid", "taxno", "tin",     NULL};
static const char *const sq_iban[] = {"iban", NULL};
static const char *const sq_pass[] = {"passport",   "pasaport",  "pasport", "passportno",
                                      "pasaportno", "pasportno", NULL};
/* A column of the identity document a person showed, whichever it is
 * ("sv_no" holding 'AZE09917364', 'AA7712045' and 'C03928174', batch
 * 47): only a passport's C and eight digits is typed from it (the ID
 * cards' AZE and AA forms are the patterns'). */
static const char *const sq_iddoc[] = {"sv",         "svno",    "vesiqe",   "vesiqeno",
                                       "sened",      "senedno", "document", "docno",
                                       "documentno", "belge",   "belgeno",  NULL};
static const char *const sq_card[] = {"card",   "kart",   "cc",       "creditcard", "cardnumber",
                                      "cardno", "kartno", "ccnumber", NULL};
static const char *const sq_addr[] = {"address", "addr",   "adres",  "adresi",
                                      "unvan",   "unvani", "adress", NULL};

/* Columns whose values are a special category of data (GDPR art. 9):
 * a person's orientation, faith, ethnicity, HIV status or diagnosis. */
static const char *const sq_special[] = {"orientation", "sexuality", "religion", "ethnicity", "hiv",
                                         "diagnosis", "diagnoz", "tani", "mezhep",
                                         /* the clinic of a patient's appointment, "r.klinik"
                                          * over "Psikiyatri", "Onkoloji" (batch 45) */
                                         "klinik", "clinic", "poliklinik", NULL};

/* The type the column named s[0, n) gives its values, or 0: first the
 * header lists of table_columns.c (gz_column_header_type), then the
 * words of the folded name (any word, or the whole name run together:
 * "tc_kimlik" is "tckimlik", "phoneNumber" "phonenumber"). */
static int sq_column_type(const char *s, size_t n) {
  while (n > 0 && (*s == '"' || *s == '`' || *s == '[' || *s == '\'')) s++, n--;
  while (n > 0 && (s[n - 1] == '"' || s[n - 1] == '`' || s[n - 1] == ']' || s[n - 1] == '\'')) n--;
  if (n == 0 || n >= SQ_NAME) return 0;
  char f[SQ_NAME * 2], joined[SQ_NAME * 2];
  size_t fn = sq_fold(s, n, f, sizeof f), jn = 0;
  if (fn == 0) return 0;
  const char *w[8];
  size_t wl[8];
  int nw = 0;
  for (size_t i = 0; i < fn && nw < 8;) {
    size_t j = i;
    while (j < fn && f[j] != '_') j++;
    w[nw] = f + i;
    wl[nw++] = j - i;
    memcpy(joined + jn, f + i, j - i);
    jn += j - i;
    i = j + 1;
  }
  joined[jn] = 0;
  /* a column of a special category, before the words about a value:
   * "hiv_status", "orientation", "religion" (batch 28) */
  for (int k = 0; k < nw; k++)
    if (sq_in(w[k], wl[k], sq_special)) return GIZLI_T_SPECIAL_CATEGORY;
  for (int k = 0; k < nw; k++)
    if (sq_in(w[k], wl[k], sq_about)) return 0;
  int header = gz_column_header_type(s, n);
  if (header) return header;
  static const struct {
    const char *const *list;
    int type;
  } order[] = {{sq_ip, GIZLI_T_IP_ADDRESS},
               {sq_email, GIZLI_T_EMAIL},
               {sq_cred, GIZLI_T_CREDENTIAL},
               {sq_phone, GIZLI_T_PHONE},
               {sq_dob, GIZLI_T_DATE_OF_BIRTH},
               {sq_tckn, GIZLI_T_TR_TCKN},
               {sq_fin, GIZLI_T_AZ_FIN},
               {sq_voen, GIZLI_T_AZ_VOEN},
               {sq_tax, SQ_TAX},
               {sq_iban, GIZLI_T_IBAN},
               {sq_pass, SQ_PASSPORT},
               {sq_card, GIZLI_T_CREDIT_CARD},
               {sq_addr, GIZLI_T_ADDRESS},
               {sq_iddoc, SQ_IDDOC}};
  for (size_t o = 0; o < sizeof order / sizeof order[0]; o++) {
    if (sq_in(joined, jn, order[o].list)) return order[o].type;
    for (int k = 0; k < nw; k++)
      if (sq_in(w[k], wl[k], order[o].list)) return order[o].type;
  }
  /* "e_posta", "e_poçt", "e_mail" */
  if (nw >= 2 && wl[0] == 1 && w[0][0] == 'e' &&
      (sq_in(w[1], wl[1], sq_email) || (wl[1] == 5 && !memcmp(w[1], "posta", 5)) ||
       (wl[1] == 4 && !memcmp(w[1], "poct", 4))))
    return GIZLI_T_EMAIL;
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Values */

static int sq_all_digits(const char *t, size_t s, size_t e) {
  if (s >= e) return 0;
  for (size_t k = s; k < e; k++)
    if (t[k] < '0' || t[k] > '9') return 0;
  return 1;
}

/* A phone: digits, '+' first, spaces, '-', '.', brackets; 9 to 15
 * digits, not one digit repeated. */
static int sq_phone_ok(const char *t, size_t s, size_t e) {
  int digits = 0, same = 1;
  for (size_t k = s; k < e; k++) {
    char c = t[k];
    if (c >= '0' && c <= '9') {
      same &= digits == 0 || c == t[s + (t[s] == '+')];
      digits++;
    } else if (!(c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' ||
                 (c == '+' && k == s))) {
      return 0;
    }
  }
  return digits >= 9 && digits <= 15 && !same && t[e - 1] >= '0' && t[e - 1] <= '9';
}

/* A birth date: a ten-byte date of a real day from 1880 to 2030, alone
 * or with a midnight time ("1987-03-05 00:00:00"); *e is moved to the
 * date's end. */
static int sq_dob_ok(const char *t, size_t s, size_t *e) {
  if (*e - s < 10) return 0;
  if (*e - s > 10) {
    size_t r = *e - s - 10;
    if (!((r == 9 && !memcmp(t + s + 10, " 00:00:00", 9)) ||
          (r == 9 && !memcmp(t + s + 10, "T00:00:00", 9))))
      return 0;
  }
  int y, m, d;
  if (!gz_date10(t + s, "-./", "./-", &y, &m, &d)) return 0;
  if (y < 1880 || y > 2030 || m < 1 || m > 12 || d < 1 || d > gz_days_in_month(y, m) ||
      gz_empty_date(y, m, d))
    return 0;
  *e = s + 10;
  return 1;
}

static int sq_email_ok(const char *t, size_t s, size_t e) {
  size_t at = 0;
  int n_at = 0, dot = 0;
  if (e - s > 254) return 0;
  for (size_t k = s; k < e; k++) {
    unsigned char c = (unsigned char)t[k];
    if (c == '@') {
      n_at++;
      at = k;
    } else if (c == '.' && n_at) {
      dot = k > at + 1 && k + 2 < e;
    } else if (c <= ' ' || c == ',' || c == '<' || c == '>' || c == '"' || c == '\'') {
      return 0;
    }
  }
  return n_at == 1 && at > s && dot;
}

static int sq_ip_ok(const char *t, size_t s, size_t e) {
  char buf[48];
  unsigned char a[16];
  if (e - s < 7 || e - s >= sizeof buf) return 0;
  memcpy(buf, t + s, e - s);
  buf[e - s] = 0;
  return inet_pton(AF_INET, buf, a) == 1 || inet_pton(AF_INET6, buf, a) == 1;
}

/* A FİN: seven of 0-9 and the capitals but I and O, not all digits. */
static int sq_fin_ok(const char *t, size_t s, size_t e) {
  if (e - s != 7) return 0;
  int letters = 0;
  for (size_t k = s; k < e; k++) {
    char c = t[k];
    if (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O')
      letters++;
    else if (!(c >= '0' && c <= '9'))
      return 0;
  }
  return letters > 0;
}

/* A passport: a capital and eight digits; C is Azerbaijan's. */
static int sq_passport(const char *t, size_t s, size_t e) {
  if (e - s != 9 || t[s] < 'A' || t[s] > 'Z' || !sq_all_digits(t, s + 1, e)) return 0;
  return t[s] == 'C' ? GIZLI_T_AZ_PASSPORT : GIZLI_T_TR_PASSPORT;
}

/* An address: 6 to 300 bytes, two words or more, a letter and a digit,
 * no e-mail or URL. */
static int sq_address_ok(const char *t, size_t s, size_t e) {
  if (e - s < 6 || e - s > 300) return 0;
  int letter = 0, digit = 0, gap = 0;
  for (size_t k = s; k < e; k++) {
    unsigned char c = (unsigned char)t[k];
    if (c == '@' || c == '\n' || (c == ':' && k + 2 < e && t[k + 1] == '/' && t[k + 2] == '/'))
      return 0;
    letter |= c >= 0x80 || ((c | 32) >= 'a' && (c | 32) <= 'z');
    digit |= c >= '0' && c <= '9';
    gap |= c == ' ' || c == ',';
  }
  return letter && digit && gap;
}

/* A password: 6 to 128 bytes without spaces, no hash ("$2y$10$...",
 * "{SSHA}...", 32 hex digits or more) and no masked value ("******"). */
static int sq_cred_ok(const char *t, size_t s, size_t e) {
  if (e - s < 6 || e - s > 128) return 0;
  if (t[s] == '$' || t[s] == '{') return 0;
  int hex = 1, same = 1;
  for (size_t k = s; k < e; k++) {
    unsigned char c = (unsigned char)t[k];
    if (c <= ' ') return 0;
    hex &= (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f');
    same &= c == (unsigned char)t[s];
  }
  return !same && !(hex && e - s >= 32);
}

/* A special category's value: 2 to 80 bytes with a letter, and no answer
 * that says none ("no", "negative", "unknown", "yok", "mənfi"). */
static int sq_special_ok(const char *t, size_t s, size_t e) {
  static const char *const none[] = {"no",
                                     "none",
                                     "negative",
                                     "non reactive",
                                     "nonreactive",
                                     "na",
                                     "unknown",
                                     "null",
                                     "yok",
                                     "yoxdur",
                                     "menfi",
                                     "negatif",
                                     "not detected",
                                     "prefer not to say",
                                     NULL};
  if (e - s < 2 || e - s > 80) return 0;
  int letter = 0;
  for (size_t k = s; k < e; k++)
    letter |= (unsigned char)t[k] >= 0x80 || ((t[k] | 32) >= 'a' && (t[k] | 32) <= 'z');
  if (!letter) return 0;
  char f[24];
  if (e - s < sizeof f) {
    size_t n = sq_fold(t + s, e - s, f, sizeof f);
    for (size_t k = 0; k < n; k++)
      if (f[k] == '_') f[k] = ' ';
    for (int i = 0; none[i]; i++)
      if (strlen(none[i]) == n && !memcmp(f, none[i], n)) return 0;
  }
  return 1;
}

/* The type of the value [s, e) under a column of type col, or 0 when it
 * fails that type's check; *e may move (a birth date's midnight). */
static int sq_value_type(const char *t, size_t s, size_t *e, int col, int lang) {
  size_t n = *e - s;
  switch (col) {
  case GIZLI_T_PHONE: return sq_phone_ok(t, s, *e) ? col : 0;
  case GIZLI_T_EMAIL: return sq_email_ok(t, s, *e) ? col : 0;
  case GIZLI_T_DATE_OF_BIRTH: return sq_dob_ok(t, s, e) ? col : 0;
  case GIZLI_T_IP_ADDRESS: return sq_ip_ok(t, s, *e) ? col : 0;
  case GIZLI_T_TR_TCKN: return n == 11 && gizli_valid_tckn(t + s, n) ? col : 0;
  case GIZLI_T_AZ_VOEN: return n == 10 && gizli_valid_voen(t + s, n) ? col : 0;
  case SQ_TAX:
    if (n != 10 || !sq_all_digits(t, s, *e)) return 0;
    if (gizli_valid_voen(t + s, n) && (lang == GIZLI_LANG_AZ || !gizli_valid_vkn(t + s, n)))
      return GIZLI_T_AZ_VOEN;
    return gizli_valid_vkn(t + s, n) ? GIZLI_T_TR_VKN : 0;
  case GIZLI_T_AZ_FIN: return sq_fin_ok(t, s, *e) ? col : 0;
  case GIZLI_T_IBAN: return gizli_valid_iban(t + s, n) ? col : 0;
  case GIZLI_T_CREDIT_CARD: return gizli_valid_card(t + s, n) ? col : 0;
  case SQ_PASSPORT: return sq_passport(t, s, *e);
  case SQ_IDDOC: return t[s] == 'C' ? sq_passport(t, s, *e) : 0;
  case GIZLI_T_ADDRESS: return sq_address_ok(t, s, *e) ? col : 0;
  case GIZLI_T_CREDENTIAL: return sq_cred_ok(t, s, *e) ? col : 0;
  case GIZLI_T_SPECIAL_CATEGORY: return sq_special_ok(t, s, *e) ? col : 0;
  case SQ_STRONG: /* a column not named: only a value its checksum types */
    if (n == 11 && sq_all_digits(t, s, *e) && gizli_valid_tckn(t + s, n)) return GIZLI_T_TR_TCKN;
    if (n >= 15 && n <= 34 && t[s] >= 'A' && t[s] <= 'Z' && gizli_valid_iban(t + s, n))
      return GIZLI_T_IBAN;
    if (n >= 15 && n <= 19 && sq_all_digits(t, s, *e) && gizli_valid_card(t + s, n))
      return GIZLI_T_CREDIT_CARD;
    return 0;
  default: return 0;
  }
}

/* Reports the value [s, e) under a column of type col when it passes;
 * never over a pattern finding or an earlier finding of its own (another
 * recognizer's, a PERSON over an address cell, is left to the overlap
 * resolution, where the column's label wins). */
static int sq_value(sq_ctx *c, size_t s, size_t e, int col) {
  const char *t = c->a.t;
  while (s < e && (t[s] == ' ' || t[s] == '\t')) s++;
  while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r')) e--;
  if (!col || s >= e) return GIZLI_OK;
  int type = sq_value_type(t, s, &e, col, c->lang);
  if (!type) return GIZLI_OK;
  for (size_t j = 0; j < c->a.n_st; j++)
    if (c->a.st[j].start < e && c->a.st[j].end > s) return GIZLI_OK;
  gz_findings *out = c->a.out;
  for (size_t j = c->mine; j < out->n; j++)
    if (out->v[j].start < e && out->v[j].end > s) return GIZLI_OK;
  return gz_findings_push(out, s, e, type, 0.85f, GIZLI_F_LABEL) ? GIZLI_E_NOMEM : GIZLI_OK;
}

/* ---------------------------------------------------------------------- */
/* Statements */

static int sq_ident_byte(unsigned char c) {
  return gz_word_byte(c) || c == '_' || c == '$';
}

static size_t sq_ws(const char *t, size_t len, size_t i) {
  while (i < len && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) i++;
  return i;
}

/* After a list item at i: a ',' (another item follows: returns 1), a ')'
 * (the list ends: returns 0), each stepped over, or anything else (-1). */
static int sq_list_next(const char *t, size_t len, size_t *i) {
  if (*i < len && (t[*i] == ',' || t[*i] == ')')) return t[(*i)++] == ',';
  return -1;
}

/* Does the keyword kw (upper case) start at i, in any case, as a word? */
static int sq_kw(const char *t, size_t len, size_t i, const char *kw) {
  size_t n = strlen(kw);
  if (i + n > len) return 0;
  for (size_t k = 0; k < n; k++)
    if ((t[i + k] & ~32) != kw[k]) return 0;
  return i + n == len || !sq_ident_byte((unsigned char)t[i + n]);
}

/* An identifier at i (bare, "quoted", `quoted` or [bracketed]), dotted
 * parts allowed ("db.t"): the last part's bounds in *s, *e; returns the
 * offset after it, or 0 when there is none. */
static size_t sq_ident(const char *t, size_t len, size_t i, size_t *s, size_t *e) {
  for (int part = 0; part < 4; part++) {
    if (i >= len) return 0;
    char close = t[i] == '"' ? '"' : t[i] == '`' ? '`' : t[i] == '[' ? ']' : 0;
    if (close) {
      const char *q = memchr(t + i + 1, close, len - i - 1 < SQ_NAME ? len - i - 1 : SQ_NAME);
      if (!q || q == t + i + 1) return 0;
      *s = i + 1;
      *e = (size_t)(q - t);
      i = *e + 1;
    } else {
      size_t j = i;
      while (j < len && j - i < SQ_NAME && sq_ident_byte((unsigned char)t[j])) j++;
      if (j == i) return 0;
      *s = i;
      *e = j;
      i = j;
    }
    if (i >= len || t[i] != '.') return i;
    i++;
  }
  return i;
}

/* A value at i: a quoted string ('...' or "...", '' and \' inside) or a
 * bare token up to ',' or ')' (brackets of a function call inside).
 * Its bounds in *s, *e; returns the offset after it, or 0. */
static size_t sq_literal(const char *t, size_t len, size_t i, size_t *s, size_t *e) {
  if (i >= len) return 0;
  if (t[i] == '\'' || t[i] == '"') {
    char q = t[i];
    size_t j = i + 1;
    while (j < len && j - i < SQ_MAX_VALUE) {
      if (t[j] == '\\')
        j += 2;
      else if (t[j] == q && j + 1 < len && t[j + 1] == q)
        j += 2;
      else if (t[j] == q)
        break;
      else
        j++;
    }
    if (j >= len || t[j] != q) return 0;
    *s = i + 1;
    *e = j;
    return j + 1;
  }
  size_t j = i;
  int depth = 0;
  while (j < len && j - i < 256 && t[j] != '\n' && t[j] != ';' &&
         !(depth == 0 && (t[j] == ',' || t[j] == ')'))) {
    depth += t[j] == '(';
    depth -= t[j] == ')';
    j++;
  }
  if (j == i || j - i >= 256) return 0;
  *s = i;
  *e = j;
  return j;
}

/* The column types of the table named t[ns, ne) from its CREATE TABLE
 * statement earlier in the text (at most SQ_BACK bytes before `before`):
 * the first identifier of each element of its definition list, without
 * the constraints (PRIMARY KEY, UNIQUE, CONSTRAINT, FOREIGN KEY, KEY,
 * INDEX, CHECK). Returns the number of columns, 0 when there is none. */
#define SQ_BACK_CREATE 16384
static int sq_create_columns(const char *t, size_t len, size_t before, size_t ns, size_t ne,
                             int *cols) {
  size_t lo = before > SQ_BACK_CREATE ? before - SQ_BACK_CREATE : 0;
  for (size_t p = before; p-- > lo;) {
    if ((t[p] | 32) != 'c' || !sq_kw(t, len, p, "CREATE") ||
        (p > 0 && sq_ident_byte((unsigned char)t[p - 1])))
      continue;
    size_t i = sq_ws(t, len, p + 6), s, e;
    if (sq_kw(t, len, i, "TEMPORARY")) i = sq_ws(t, len, i + 9);
    if (!sq_kw(t, len, i, "TABLE")) continue;
    i = sq_ws(t, len, i + 5);
    if (sq_kw(t, len, i, "IF")) {
      i = sq_ws(t, len, i + 2);
      if (sq_kw(t, len, i, "NOT")) i = sq_ws(t, len, i + 3);
      if (sq_kw(t, len, i, "EXISTS")) i = sq_ws(t, len, i + 6);
    }
    if (!(i = sq_ident(t, len, i, &s, &e))) continue;
    if (e - s != ne - ns || strncasecmp(t + s, t + ns, e - s) != 0) continue;
    i = sq_ws(t, len, i);
    if (i >= len || t[i] != '(') return 0;
    int n = 0;
    static const char *const constraint[] = {"PRIMARY", "UNIQUE", "CONSTRAINT", "FOREIGN",
                                             "KEY",     "INDEX",  "CHECK",      NULL};
    for (i++; i < before;) {
      i = sq_ws(t, len, i);
      int skip = 0;
      for (int k = 0; constraint[k] && !skip; k++) skip = sq_kw(t, len, i, constraint[k]);
      if (!skip) {
        size_t j = sq_ident(t, len, i, &s, &e);
        if (!j || n == SQ_MAX_COLS) return 0;
        cols[n++] = sq_column_type(t + s, e - s);
        i = j;
      }
      /* to the ',' or ')' that ends the element, over brackets and strings */
      int depth = 0;
      while (i < before && !(depth == 0 && (t[i] == ',' || t[i] == ')'))) {
        if (t[i] == '\'' || t[i] == '"') {
          size_t a, b, j = sq_literal(t, len, i, &a, &b);
          if (!j) return 0;
          i = j;
          continue;
        }
        depth += t[i] == '(';
        depth -= t[i] == ')';
        i++;
      }
      if (i >= before) return 0;
      if (t[i++] == ')') return n;
    }
    return 0;
  }
  return 0;
}

/* The columns of an INSERT without a column list whose table has no
 * CREATE TABLE in the text (a data-only dump, "mysqldump -t": batch 38):
 * the rows' values show what a column holds. A column whose value is, in
 * each of two rows or more, a quoted FİN (seven of 0-9 and the capitals
 * but I and O, letters and digits mixed) is a FİN column; a column whose
 * value is, in each row, a quoted date alone (no time) of a real day
 * from 1900 to 2015, in two years or more, is a birth-date column when
 * the table holds a FİN column too (a people table; a film's release
 * date stays untyped; a column of e-mail addresses, in each of two rows or
 * more, makes a people table too: batch 43). Other columns keep SQ_STRONG. cols gets
 * SQ_MAX_COLS entries; i is after VALUES.
 *
 * A dump written one row per statement ("mysqldump
 * --skip-extended-insert": "INSERT INTO `t` VALUES (...);" on each line;
 * batch 41) is read as one: after a row's ';' the next statement, when it
 * is an INSERT without a column list into the same table [ns, ne), goes
 * on with its rows. NULL is taken in a FİN or a passport column (a value
 * not given); a column whose values are a capital C and eight digits (an
 * Azerbaijani passport), in two rows at least, is a passport column when
 * the table holds a FİN column. Returns where the rows read end (after
 * the last statement's rows). */
static size_t sq_infer_columns(const char *t, size_t len, size_t i, size_t ns, size_t ne,
                               int *cols) {
  unsigned char fin[SQ_MAX_COLS], date[SQ_MAX_COLS], pass[SQ_MAX_COLS], mail[SQ_MAX_COLS];
  int y0[SQ_MAX_COLS], y1[SQ_MAX_COLS], rows = 0, given[SQ_MAX_COLS], pgiven[SQ_MAX_COLS];
  int mgiven[SQ_MAX_COLS];
  size_t end = i;
  memset(fin, 1, sizeof fin);
  memset(date, 1, sizeof date);
  memset(pass, 1, sizeof pass);
  memset(mail, 1, sizeof mail);
  memset(mgiven, 0, sizeof mgiven);
  memset(given, 0, sizeof given);
  memset(pgiven, 0, sizeof pgiven);
  for (int k = 0; k < SQ_MAX_COLS; k++) {
    cols[k] = SQ_STRONG;
    y0[k] = 9999;
    y1[k] = 0;
  }
  for (; rows < 1000; rows++) {
    size_t s, e;
    i = sq_ws(t, len, i);
    if (i >= len || t[i] != '(') break;
    i++;
    int k = 0;
    for (;; k++) {
      i = sq_ws(t, len, i);
      size_t j = sq_literal(t, len, i, &s, &e);
      if (!j) return end;
      if (k < SQ_MAX_COLS) {
        int quoted = t[i] == '\'' || t[i] == '"';
        int null = !quoted && sq_kw(t, len, i, "NULL");
        int f = quoted && sq_fin_ok(t, s, e) && !sq_all_digits(t, s, e);
        fin[k] &= f || null;
        given[k] += f;
        int ps = quoted && e - s == 9 && t[s] == 'C' && sq_all_digits(t, s + 1, e);
        pass[k] &= ps || null;
        pgiven[k] += ps;
        int em = quoted && sq_email_ok(t, s, e);
        mail[k] &= em || null;
        mgiven[k] += em;
        int y, m, d;
        if (quoted && e - s == 10 && gz_date10(t + s, "-", "", &y, &m, &d) && y >= 1900 &&
            y <= 2015 && m >= 1 && m <= 12 && d >= 1 && d <= gz_days_in_month(y, m) &&
            !gz_empty_date(y, m, d)) {
          y0[k] = y < y0[k] ? y : y0[k];
          y1[k] = y > y1[k] ? y : y1[k];
        } else {
          date[k] = 0;
        }
      }
      i = sq_ws(t, len, j);
      int more = sq_list_next(t, len, &i);
      if (more < 0) return end;
      if (!more) break;
    }
    for (k++; k < SQ_MAX_COLS; k++) fin[k] = date[k] = pass[k] = mail[k] = 0;
    end = i;
    i = sq_ws(t, len, i);
    if (i < len && t[i] == ';') {
      /* the next statement: INSERT [INTO] the same table VALUES */
      size_t j = sq_ws(t, len, i + 1), s2, e2;
      if (!sq_kw(t, len, j, "INSERT")) {
        rows++;
        break;
      }
      j = sq_ws(t, len, j + 6);
      if (sq_kw(t, len, j, "INTO")) j = sq_ws(t, len, j + 4);
      if (!(j = sq_ident(t, len, j, &s2, &e2)) || e2 - s2 != ne - ns ||
          memcmp(t + s2, t + ns, ne - ns) != 0) {
        rows++;
        break;
      }
      j = sq_ws(t, len, j);
      if (!sq_kw(t, len, j, "VALUES")) {
        rows++;
        break;
      }
      i = j + 6;
      continue;
    }
    if (i >= len || t[i] != ',') {
      rows++;
      break;
    }
    i++;
  }
  if (rows < 2) return end;
  int people = 0;
  for (int k = 0; k < SQ_MAX_COLS; k++)
    if (fin[k] && given[k] >= 2) {
      cols[k] = GIZLI_T_AZ_FIN;
      people = 1;
    }
  /* a column of e-mail addresses in every row is a people table too
   * ("INSERT INTO customers VALUES (1042,'Olivia Turner',
   * 'oliviat@icloud.com',NULL,...,'1987-09-25')", batch 43) */
  for (int k = 0; k < SQ_MAX_COLS; k++)
    if (mail[k] && mgiven[k] >= 2) people = 1;
  for (int k = 0; people && k < SQ_MAX_COLS; k++) {
    if (date[k] && !fin[k] && y1[k] > y0[k]) cols[k] = GIZLI_T_DATE_OF_BIRTH;
    if (pass[k] && !fin[k] && pgiven[k] >= 2) cols[k] = SQ_PASSPORT;
  }
  return end;
}

/* INSERT [IGNORE] INTO name (columns) VALUES (values), (values) ...
 * Without a column list ("INSERT INTO t VALUES (...)"), the columns of
 * the table's CREATE TABLE earlier in the text; without one, a value is
 * typed only by a checksum that holds (a TCKN, an IBAN, a card). */
static int sq_insert(sq_ctx *c, size_t i) {
  const char *t = c->a.t;
  size_t len = c->a.len, s, e;
  i = sq_ws(t, len, i + 6);
  for (int k = 0; k < 2 && !sq_kw(t, len, i, "INTO"); k++) {
    size_t j = sq_ident(t, len, i, &s, &e);
    if (!j) return GIZLI_OK;
    i = sq_ws(t, len, j);
  }
  if (!sq_kw(t, len, i, "INTO")) return GIZLI_OK;
  i = sq_ws(t, len, i + 4);
  size_t at = i;
  if (!(i = sq_ident(t, len, i, &s, &e))) return GIZLI_OK;
  i = sq_ws(t, len, i);
  int cols[SQ_MAX_COLS], n = 0, any = 0;
  if (sq_kw(t, len, i, "VALUES")) {
    n = sq_create_columns(t, len, at, s, e, cols);
    for (int k = 0; k < n; k++) any |= cols[k];
    if (!n) {
      /* a statement of a one-row-per-statement run read before: that
       * run's columns */
      if (at < c->run_end && e - s == c->run_ne - c->run_ns &&
          memcmp(t + s, t + c->run_ns, e - s) == 0) {
        memcpy(cols, c->run_cols, sizeof cols);
      } else {
        c->run_end = sq_infer_columns(t, len, sq_ws(t, len, i + 6), s, e, cols);
        c->run_ns = s;
        c->run_ne = e;
        memcpy(c->run_cols, cols, sizeof cols);
      }
      n = SQ_MAX_COLS;
      any = 1;
    }
    i += 6;
    goto rows;
  }
  if (i >= len || t[i] != '(') return GIZLI_OK;
  for (i++;;) {
    i = sq_ws(t, len, i);
    if (n == SQ_MAX_COLS || !(i = sq_ident(t, len, i, &s, &e))) return GIZLI_OK;
    cols[n] = sq_column_type(t + s, e - s);
    any |= cols[n++];
    i = sq_ws(t, len, i);
    int more = sq_list_next(t, len, &i);
    if (more < 0) return GIZLI_OK;
    if (!more) break;
  }
  i = sq_ws(t, len, i);
  if (sq_kw(t, len, i, "VALUES"))
    i += 6;
  else if (sq_kw(t, len, i, "VALUE"))
    i += 5;
  else
    return GIZLI_OK;
rows:
  if (!any) return GIZLI_OK;
  for (;;) {
    i = sq_ws(t, len, i);
    if (i >= len || t[i] != '(') break;
    i++;
    for (int k = 0;; k++) {
      i = sq_ws(t, len, i);
      size_t j = sq_literal(t, len, i, &s, &e);
      if (!j) return GIZLI_OK;
      if (k < n) {
        int rc = sq_value(c, s, e, cols[k]);
        if (rc) return rc;
      }
      i = sq_ws(t, len, j);
      int more = sq_list_next(t, len, &i);
      if (more < 0) return GIZLI_OK;
      if (!more) break;
    }
    c->done = i;
    i = sq_ws(t, len, i);
    if (i >= len || t[i] != ',') break;
    i++;
  }
  return GIZLI_OK;
}

/* UPDATE name SET col = value, ... [WHERE col = value AND ...] */
static int sq_update(sq_ctx *c, size_t i) {
  const char *t = c->a.t;
  size_t len = c->a.len, s, e;
  i = sq_ws(t, len, i + 6);
  if (!(i = sq_ident(t, len, i, &s, &e))) return GIZLI_OK;
  i = sq_ws(t, len, i);
  if (!sq_kw(t, len, i, "SET")) return GIZLI_OK;
  i += 3;
  for (int pairs = 0; pairs < SQ_MAX_COLS; pairs++) {
    i = sq_ws(t, len, i);
    size_t ns, ne;
    if (!(i = sq_ident(t, len, i, &ns, &ne))) return GIZLI_OK;
    i = sq_ws(t, len, i);
    if (i >= len || t[i] != '=') return GIZLI_OK;
    i = sq_ws(t, len, i + 1);
    size_t j = sq_literal(t, len, i, &s, &e);
    if (!j) return GIZLI_OK;
    int rc = sq_value(c, s, e, sq_column_type(t + ns, ne - ns));
    if (rc) return rc;
    c->done = j;
    i = sq_ws(t, len, j);
    if (i < len && t[i] == ',')
      i++;
    else if (sq_kw(t, len, i, "WHERE"))
      i += 5;
    else if (sq_kw(t, len, i, "AND"))
      i += 3;
    else
      return GIZLI_OK;
  }
  return GIZLI_OK;
}

/* ---------------------------------------------------------------------- */
/* Result tables */

/* Is [ls, le) a table's rule line: '-' with '+', '|', ':' and spaces? */
static int sq_rule(const char *t, size_t ls, size_t le) {
  int dashes = 0;
  for (size_t k = ls; k < le; k++) {
    char ch = t[k];
    if (ch == '-')
      dashes++;
    else if (ch != '+' && ch != '|' && ch != ':' && ch != ' ' && ch != '\r')
      return 0;
  }
  return dashes >= 3;
}

/* The cells of the table line [ls, le): up to SQ_MAX_COLS bounds, split
 * at '|', a leading and a trailing '|' dropped (mysql, Markdown). */
static int sq_cells(const char *t, size_t ls, size_t le, size_t *cs, size_t *ce) {
  while (ls < le && (t[ls] == ' ' || t[ls] == '\t')) ls++;
  while (le > ls && (t[le - 1] == ' ' || t[le - 1] == '\r' || t[le - 1] == '\t')) le--;
  if (ls < le && t[ls] == '|') ls++;
  if (le > ls && t[le - 1] == '|') le--;
  int n = 0;
  for (size_t a = ls; n < SQ_MAX_COLS;) {
    const char *bar = memchr(t + a, '|', le - a);
    size_t b = bar ? (size_t)(bar - t) : le;
    cs[n] = a;
    ce[n++] = b;
    if (!bar) break;
    a = b + 1;
  }
  return n;
}

/* A rule line at h: the line above it is the header when it has cells
 * ("| id | dob |", " id | dob"); the lines below it, up to a blank line,
 * a rule line or a line without '|' ("(2 rows)"), are the rows. */
static int sq_table(sq_ctx *c, size_t h) {
  const char *t = c->a.t;
  size_t len = c->a.len, ls = h, le = h;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  while (le < len && t[le] != '\n') le++;
  if (ls < c->done || ls == 0 || !sq_rule(t, ls, le)) return GIZLI_OK;
  c->done = le;
  size_t hs = ls - 1;
  while (hs > 0 && t[hs - 1] != '\n') hs--;
  if (!memchr(t + hs, '|', ls - 1 - hs) || sq_rule(t, hs, ls - 1)) return GIZLI_OK;
  size_t cs[SQ_MAX_COLS], ce[SQ_MAX_COLS];
  int cols[SQ_MAX_COLS], any = 0;
  int n = sq_cells(t, hs, ls - 1, cs, ce);
  if (n < 2) return GIZLI_OK;
  for (int k = 0; k < n; k++) {
    size_t a = cs[k], b = ce[k];
    while (a < b && t[a] == ' ') a++;
    while (b > a && t[b - 1] == ' ') b--;
    cols[k] = sq_column_type(t + a, b - a);
    any |= cols[k];
  }
  if (!any) return GIZLI_OK;
  for (size_t a = le + 1; a < len;) {
    size_t b = a;
    while (b < len && t[b] != '\n') b++;
    if (!memchr(t + a, '|', b - a)) break;
    if (sq_rule(t, a, b)) {
      c->done = b; /* the closing rule line is no table's top */
      break;
    }
    size_t rs[SQ_MAX_COLS], re[SQ_MAX_COLS];
    int m = sq_cells(t, a, b, rs, re);
    for (int k = 0; k < m && k < n; k++) {
      int rc = sq_value(c, rs[k], re[k], cols[k]);
      if (rc) return rc;
    }
    c->done = b;
    a = b + 1;
  }
  return GIZLI_OK;
}

/* ---------------------------------------------------------------------- */

static const char *const sq_words[] = {"INSERT", "insert", "Insert", "UPDATE", "update",
                                       "Update", "-+-",    "-|-",    NULL};
/* "NSE" / "nse" of insert, "PDA" / "pda" of update: rarer than "ser"
 * ("user", "server") or the first three bytes ("INS" of "INSTALL", "upd"
 * of "updated") */
static const unsigned char sq_head[] = {1, 1, 1, 1, 1, 1, 0, 0};

static int sq_word(void *ctx, size_t i, int w) {
  sq_ctx *c = ctx;
  if (i < c->done) return GIZLI_OK;
  if (w >= 6) return sq_table(c, i);
  /* a keyword is a word of its own: not "reinsert", "inserted" */
  if ((i > 0 && sq_ident_byte((unsigned char)c->a.t[i - 1])) ||
      (i + 6 < c->a.len && sq_ident_byte((unsigned char)c->a.t[i + 6])))
    return GIZLI_OK;
  return w < 3 ? sq_insert(c, i) : sq_update(c, i);
}

static int sq_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)state;
  (void)scratch;
  sq_ctx c = {{text, len, structured, n_structured, out}, lang, 0, out->n, 0, 0, 0, {0}};
  return gz_each_word(text, len, sq_words, sq_head, sq_word, &c);
}

const gz_recognizer gz_sql_rows_recognizer = {
    .name = "sql_rows",
    .types = 1u << GIZLI_T_PHONE | 1u << GIZLI_T_EMAIL | 1u << GIZLI_T_DATE_OF_BIRTH |
             1u << GIZLI_T_IP_ADDRESS | 1u << GIZLI_T_TR_TCKN | 1u << GIZLI_T_TR_VKN |
             1u << GIZLI_T_AZ_VOEN | 1u << GIZLI_T_AZ_FIN | 1u << GIZLI_T_IBAN |
             1u << GIZLI_T_CREDIT_CARD | 1u << GIZLI_T_TR_PASSPORT | 1u << GIZLI_T_AZ_PASSPORT |
             1u << GIZLI_T_ADDRESS | 1u << GIZLI_T_CREDENTIAL | 1u << GIZLI_T_SPECIAL_CATEGORY,
    .scan = sq_scan,
};

/* ---------------------------------------------------------------------- */
/* The column of a pattern candidate (engine.c's context rules) */

#define SQ_BACK 16384 /* bytes searched back for a row's column list */

/* From p (inside a row, outside any string) back to the row's opening
 * '(' at depth 0, over quoted strings ('' and \' inside) and brackets;
 * the commas passed at depth 0 in *commas. A line break outside a string
 * or a ';' ends the search (a CSV line, prose): the offset of the '(', or
 * SIZE_MAX. */
static size_t sq_row_open(const char *t, size_t lo, size_t p, int *commas) {
  int depth = 0;
  *commas = 0;
  while (p > lo) {
    char c = t[--p];
    if (c == '\'' || c == '"') {
      /* back to the quote that opens the string */
      for (;;) {
        if (p <= lo) return SIZE_MAX;
        char d = t[--p];
        if (d != c) continue;
        if (p > lo && t[p - 1] == c) {
          p--; /* a doubled quote inside */
          continue;
        }
        if (p > lo && t[p - 1] == '\\') continue;
        break;
      }
    } else if (c == ')') {
      depth++;
    } else if (c == '(') {
      if (depth == 0) return p;
      depth--;
    } else if (c == ',' && depth == 0) {
      (*commas)++;
    } else if (c == '\n' || c == ';') {
      return SIZE_MAX;
    }
  }
  return SIZE_MAX;
}

static size_t sq_ws_back(const char *t, size_t lo, size_t p) {
  while (p > lo && (t[p - 1] == ' ' || t[p - 1] == '\t' || t[p - 1] == '\n' || t[p - 1] == '\r'))
    p--;
  return p;
}

/* The column list "(id, ad, tel)" before "VALUES", whose ')' is at
 * close: its '(' and ')' in *cs, *ce when "INTO name" stands before it. */
static int sq_column_list(const char *t, size_t lo, size_t close, size_t *cs, size_t *ce) {
  size_t o = close;
  while (o > lo && close - o < 2048 && t[o - 1] != '(' && t[o - 1] != ';' && t[o - 1] != '\'') o--;
  if (o <= lo || t[o - 1] != '(') return 0;
  size_t p = sq_ws_back(t, lo, o - 1);
  /* the table's name, then INTO */
  size_t n = p;
  while (n > lo && (sq_ident_byte((unsigned char)t[n - 1]) || t[n - 1] == '.' || t[n - 1] == '`' ||
                    t[n - 1] == '"' || t[n - 1] == ']' || t[n - 1] == '['))
    n--;
  if (n == p) return 0;
  p = sq_ws_back(t, lo, n);
  if (p < lo + 4 || !sq_kw(t, p, p - 4, "INTO")) return 0;
  *cs = o;
  *ce = close;
  return 1;
}

int gz_sql_column(const char *t, size_t len, size_t s, gz_sql_memo *m, size_t *cs, size_t *ce) {
  size_t lo = s > SQ_BACK ? s - SQ_BACK : 0, p = s;
  (void)len;
  if (p > lo && (t[p - 1] == '\'' || t[p - 1] == '"')) p--;
  int col, commas;
  size_t open = sq_row_open(t, lo, p, &col);
  if (open == SIZE_MAX) return 0;
  size_t row = open, ls = 0, le = 0;
  for (;;) {
    if (row == m->open) {
      ls = m->cs;
      le = m->ce;
      break;
    }
    size_t q = sq_ws_back(t, lo, row);
    if (q > lo && t[q - 1] == ',') {
      /* an earlier row: "(...),\n(" */
      q = sq_ws_back(t, lo, q - 1);
      if (q <= lo || t[q - 1] != ')') return 0;
      row = sq_row_open(t, lo, q - 1, &commas);
      if (row == SIZE_MAX) return 0;
      continue;
    }
    size_t kw = q >= lo + 6 && sq_kw(t, q, q - 6, "VALUES")  ? q - 6
                : q >= lo + 5 && sq_kw(t, q, q - 5, "VALUE") ? q - 5
                                                             : SIZE_MAX;
    if (kw == SIZE_MAX || (kw > 0 && sq_ident_byte((unsigned char)t[kw - 1]))) return 0;
    q = sq_ws_back(t, lo, kw);
    if (q <= lo || t[q - 1] != ')' || !sq_column_list(t, lo, q - 1, &ls, &le)) return 0;
    break;
  }
  m->open = open;
  m->cs = ls;
  m->ce = le;
  /* the col-th name of the list */
  size_t a = ls;
  for (int k = 0; k < col; k++) {
    const char *c = memchr(t + a, ',', le - a);
    if (!c) return 0;
    a = (size_t)(c - t) + 1;
  }
  const char *c = memchr(t + a, ',', le - a);
  size_t b = c ? (size_t)(c - t) : le;
  while (a < b && (t[a] == ' ' || t[a] == '\n' || t[a] == '\r' || t[a] == '\t' || t[a] == '`' ||
                   t[a] == '"' || t[a] == '['))
    a++;
  while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\n' || t[b - 1] == '\r' || t[b - 1] == '`' ||
                   t[b - 1] == '"' || t[b - 1] == ']'))
    b--;
  *cs = a;
  *ce = b;
  return b > a;
}
