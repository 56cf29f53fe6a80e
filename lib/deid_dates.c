/* deid_dates.c - dates for shift_date and generalize: finds a date inside a
 * finding (dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy, dd/mm/yy, yyyy-mm-dd,
 * yyyy.mm.dd, "12 Mart 1985", "12 March 1985", "12-Mar-1985", "March 12,
 * 1985", "March 1985", Azerbaijani "1975-ci il mayın 12" and "1990-cı il 12
 * may", Azerbaijani month names), moves it by a
 * keyed per-subject number of days or cuts it to year / month, and writes it
 * back in the same layout, language and case, leaving the surrounding bytes
 * of the finding untouched. */
#include "deid.h"

#include <stdio.h>
#include <string.h>

/* Month names: lang 0 = tr, 1 = az, 2 = en (full), 3 = en (abbrev.). */
static const char *const months[4][12] = {
    {"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
     "kasım", "aralık"},
    {"yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
     "oktyabr", "noyabr", "dekabr"},
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"},
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
};

typedef struct dmatch {
  size_t start, end; /* bytes of the date inside the value */
  int y, m, d;
  /* 0 D.M.Y, 1 Y-M-D, 2 D Month Y, 3 Month D, Y, 4 D-Mon-Y, 5 Month Y (no
   * day: d is 15), 6 Y-ci il Month-gen D, 7 Y-ci il D Month */
  int kind;
  char sep;
  int dw, mw;        /* digits written for day / month (padding) */
  int mlang;         /* month table */
  int mcase;         /* 0 Title, 1 lower, 2 UPPER */
  int yw;            /* digits of the year: 4, or 2 ("12/03/85") */
} dmatch;

/* Azerbaijani genitive of the month names ("mayın 12"), by vowel harmony. */
static const char *const az_month_gen[12] = {
    "yanvarın", "fevralın", "martın", "aprelin", "mayın", "iyunun",
    "iyulun", "avqustun", "sentyabrın", "oktyabrın", "noyabrın", "dekabrın"};

/* The Azerbaijani ordinal suffix a year takes ("1975-ci", "1990-cı",
 * "1900-cü", "1989-cu"): it follows the last word of the spoken number. */
static const char *az_ordinal(int y) {
  static const char *const units[10] = {"", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu"};
  static const char *const tens[10] = {"", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı"};
  if (y % 10) return units[y % 10];
  if (y % 100) return tens[(y / 10) % 10];
  if (y % 1000) return "cü"; /* yüz */
  return "ci";               /* min */
}

static int isdig(char c) { return c >= '0' && c <= '9'; }


/* Days since 1970-01-01 of a civil date and back (proleptic Gregorian). */
static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int num(const char *s, size_t len, size_t i, int maxw, int *v, int *w) {
  int n = 0, k = 0;
  while (i + (size_t)k < len && k < maxw && isdig(s[i + (size_t)k])) n = n * 10 + (s[i + (size_t)k] - '0'), k++;
  if (k == 0 || (i + (size_t)k < len && isdig(s[i + (size_t)k]))) return 0;
  *v = n;
  *w = k;
  return k;
}

static int plausible(int y, int m, int d) {
  return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= gz_days_in_month(y, m);
}

/* Matches a month name at s[i..]; returns its byte length, 0 if none. */
static size_t month_at(const char *s, size_t len, size_t i, int *m, int *lang, int *mcase) {
  size_t e = i;
  while (e < len && !isdig(s[e]) && s[e] != ' ' && s[e] != ',' && s[e] != '.' && s[e] != '-' &&
         s[e] != '/')
    e++;
  if (e == i || e - i > 40) return 0;
  char f[96];
  for (int pass = 0; pass < 2; pass++) {
    size_t fl = gizli_casefold(s + i, e - i, pass ? GIZLI_LANG_EN : GIZLI_LANG_TR, f, sizeof f);
    if (fl >= sizeof f) return 0;
    for (int l = 0; l < 4; l++)
      for (int k = 0; k < 12; k++)
        if (strlen(months[l][k]) == fl && !memcmp(months[l][k], f, fl)) {
          *m = k + 1;
          *lang = l;
          int upper = 1, lower = 1;
          for (size_t j = i; j < e; j++) {
            char c = s[j];
            if (c >= 'a' && c <= 'z') upper = 0;
            if (c >= 'A' && c <= 'Z') lower = 0;
          }
          *mcase = lower ? 1 : (upper && e - i > 1) ? 2 : 0;
          return e - i;
        }
  }
  return 0;
}

static int find_date(const char *s, size_t len, dmatch *dm) {
  for (size_t i = 0; i < len; i++) {
    if (i > 0 && isdig(s[i - 1])) continue;
    int a, aw, b, bw, c, cw, m, lang, mc;
    if (isdig(s[i]) && num(s, len, i, 4, &a, &aw)) {
      size_t j = i + (size_t)aw;
      char sep = j < len ? s[j] : 0;
      if ((sep == '.' || sep == '/' || sep == '-') && num(s, len, j + 1, 2, &b, &bw)) {
        size_t k = j + 1 + (size_t)bw;
        if (k < len && s[k] == sep && num(s, len, k + 1, 4, &c, &cw)) {
          if (aw <= 2 && cw == 4 && plausible(c, b, a)) {
            *dm = (dmatch){i, k + 1 + (size_t)cw, c, b, a, 0, sep, aw, bw, 0, 0, 4};
            return 1;
          }
          /* two-digit year as the detector reads it: 00-29 is 20xx */
          int c4 = c < 30 ? 2000 + c : 1900 + c;
          if (aw <= 2 && cw == 2 && plausible(c4, b, a)) {
            *dm = (dmatch){i, k + 1 + (size_t)cw, c4, b, a, 0, sep, aw, bw, 0, 0, 2};
            return 1;
          }
          if (aw == 4 && cw <= 2 && plausible(a, b, c)) {
            *dm = (dmatch){i, k + 1 + (size_t)cw, a, b, c, 1, sep, cw, bw, 0, 0, 4};
            return 1;
          }
        }
      }
      /* D-Mon-Y ("12-Mar-1985", "12.Mar.1985") */
      if (aw <= 2 && (sep == '-' || sep == '.' || sep == '/')) {
        size_t ml = month_at(s, len, j + 1, &m, &lang, &mc);
        size_t q = j + 1 + ml;
        if (ml && q < len && s[q] == sep && num(s, len, q + 1, 4, &c, &cw) && cw == 4 &&
            plausible(c, m, a)) {
          *dm = (dmatch){i, q + 5, c, m, a, 4, sep, aw, 0, lang, mc, 4};
          return 1;
        }
      }
      /* Azerbaijani "1975-ci il mayın 12" and "1990-cı il 12 may" */
      if (aw == 4 && sep == '-') {
        size_t k = j + 1;
        while (k < len && k < j + 6 && s[k] != ' ') k++; /* the ordinal suffix */
        if (k + 4 <= len && k > j + 1 && !memcmp(s + k, " il ", 4)) {
          size_t q = k + 4;
          if (num(s, len, q, 2, &b, &bw) && q + (size_t)bw < len && s[q + (size_t)bw] == ' ') {
            size_t r = q + (size_t)bw + 1;
            size_t ml = month_at(s, len, r, &m, &lang, &mc);
            if (ml && lang == 1 && plausible(a, m, b)) {
              *dm = (dmatch){i, r + ml, a, m, b, 7, 0, bw, 0, lang, mc, 4};
              return 1;
            }
          } else {
            size_t e2 = q;
            while (e2 < len && s[e2] != ' ') e2++;
            for (int mo = 0; mo < 12; mo++) {
              size_t gl = strlen(az_month_gen[mo]);
              char f[40];
              if (e2 - q >= sizeof f) break;
              size_t fl = gizli_casefold(s + q, e2 - q, GIZLI_LANG_AZ, f, sizeof f);
              if (fl != gl || memcmp(f, az_month_gen[mo], gl)) continue;
              if (e2 < len && num(s, len, e2 + 1, 2, &b, &bw) && plausible(a, mo + 1, b)) {
                int upper = 1, lower = 1;
                for (size_t z = q; z < e2; z++) {
                  if (s[z] >= 'a' && s[z] <= 'z') upper = 0;
                  if (s[z] >= 'A' && s[z] <= 'Z') lower = 0;
                }
                int mcase = lower ? 1 : upper ? 2 : 0;
                *dm = (dmatch){i, e2 + 1 + (size_t)bw, a, mo + 1, b, 6, 0, bw, 0, 1, mcase, 4};
                return 1;
              }
            }
          }
        }
      }
      /* D[.] Month Y */
      if (aw <= 2) {
        size_t k = j;
        if (k < len && s[k] == '.') k++;
        if (k < len && s[k] == ' ') {
          while (k < len && s[k] == ' ') k++;
          size_t ml = month_at(s, len, k, &m, &lang, &mc);
          if (ml) {
            size_t q = k + ml;
            if (q < len && s[q] == ' ') {
              while (q < len && s[q] == ' ') q++;
              if (num(s, len, q, 4, &c, &cw) && cw == 4 && plausible(c, m, a)) {
                *dm = (dmatch){i, q + 4, c, m, a, 2, 0, aw, 0, lang, mc, 4};
                return 1;
              }
            }
          }
        }
      }
    } else if (!isdig(s[i]) && (i == 0 || s[i - 1] == ' ')) {
      /* Month D, Y */
      size_t ml = month_at(s, len, i, &m, &lang, &mc);
      if (ml) {
        size_t q = i + ml;
        if (lang >= 2 && q < len && s[q] == ' ' && num(s, len, q + 1, 2, &a, &aw)) {
          size_t r = q + 1 + (size_t)aw;
          if (r + 1 < len && s[r] == ',' && s[r + 1] == ' ' &&
              num(s, len, r + 2, 4, &c, &cw) && cw == 4 && plausible(c, m, a)) {
            *dm = (dmatch){i, r + 2 + 4, c, m, a, 3, 0, aw, 0, lang, mc, 4};
            return 1;
          }
        }
        /* Month Y ("March 1985", "Mart 1985"): no day */
        if (q < len && s[q] == ' ' && num(s, len, q + 1, 4, &c, &cw) && cw == 4 &&
            plausible(c, m, 15)) {
          *dm = (dmatch){i, q + 5, c, m, 15, 5, 0, 0, 0, lang, mc, 4};
          return 1;
        }
      }
    }
  }
  return 0;
}

/* Writes the month name in the table and case of the original. Upper case of
 * the few non-ASCII letters in the tables is spelled out (Turkish rules). */
static int put_month(gizli_deid_doc *doc, const dmatch *dm, int m) {
  const char *n = dm->kind == 6 ? az_month_gen[m - 1] : months[dm->mlang][m - 1];
  char b[64];
  size_t o = 0;
  for (size_t i = 0; n[i] && o < sizeof b - 4; i++) {
    int up = dm->mcase == 2 || (dm->mcase == 0 && i == 0);
    unsigned char c = (unsigned char)n[i];
    if (!up) {
      b[o++] = (char)c;
      continue;
    }
    if (c >= 'a' && c <= 'z') {
      if (c == 'i' && dm->mlang <= 1) memcpy(b + o, "\xC4\xB0", 2), o += 2; /* İ */
      else b[o++] = (char)(c - 32);
    } else if (!strncmp(n + i, "ş", 2)) memcpy(b + o, "Ş", 2), o += 2, i++;
    else if (!strncmp(n + i, "ğ", 2)) memcpy(b + o, "Ğ", 2), o += 2, i++;
    else if (!strncmp(n + i, "ü", 2)) memcpy(b + o, "Ü", 2), o += 2, i++;
    else if (!strncmp(n + i, "ı", 2)) b[o++] = 'I', i++;
    else b[o++] = (char)c;
  }
  return gz_doc_put(doc, b, o);
}

static int put_date(gizli_deid_doc *doc, const dmatch *dm, int y, int m, int d) {
  char b[64];
  int n = 0;
  switch (dm->kind) {
  case 0:
    if (dm->yw == 2)
      n = snprintf(b, sizeof b, "%0*d%c%0*d%c%02d", dm->dw, d, dm->sep, dm->mw, m, dm->sep,
                   y % 100);
    else
      n = snprintf(b, sizeof b, "%0*d%c%0*d%c%04d", dm->dw, d, dm->sep, dm->mw, m, dm->sep, y);
    return gz_doc_put(doc, b, (size_t)n);
  case 4: {
    n = snprintf(b, sizeof b, "%0*d%c", dm->dw, d, dm->sep);
    int rc = gz_doc_put(doc, b, (size_t)n);
    if (!rc) rc = put_month(doc, dm, m);
    n = snprintf(b, sizeof b, "%c%04d", dm->sep, y);
    if (!rc) rc = gz_doc_put(doc, b, (size_t)n);
    return rc;
  }
  case 5: {
    int rc = put_month(doc, dm, m);
    n = snprintf(b, sizeof b, " %04d", y);
    if (!rc) rc = gz_doc_put(doc, b, (size_t)n);
    return rc;
  }
  case 6:
  case 7: {
    n = snprintf(b, sizeof b, "%04d-%s il ", y, az_ordinal(y));
    int rc = gz_doc_put(doc, b, (size_t)n);
    if (dm->kind == 7) {
      n = snprintf(b, sizeof b, "%0*d ", dm->dw, d);
      if (!rc) rc = gz_doc_put(doc, b, (size_t)n);
      if (!rc) rc = put_month(doc, dm, m);
    } else {
      if (!rc) rc = put_month(doc, dm, m);
      n = snprintf(b, sizeof b, " %0*d", dm->dw, d);
      if (!rc) rc = gz_doc_put(doc, b, (size_t)n);
    }
    return rc;
  }
  case 1:
    n = snprintf(b, sizeof b, "%04d%c%0*d%c%0*d", y, dm->sep, dm->mw, m, dm->sep, dm->dw, d);
    return gz_doc_put(doc, b, (size_t)n);
  case 2: {
    n = snprintf(b, sizeof b, "%0*d ", dm->dw, d);
    int rc = gz_doc_put(doc, b, (size_t)n);
    if (!rc) rc = put_month(doc, dm, m);
    n = snprintf(b, sizeof b, " %04d", y);
    if (!rc) rc = gz_doc_put(doc, b, (size_t)n);
    return rc;
  }
  default: {
    int rc = put_month(doc, dm, m);
    n = snprintf(b, sizeof b, " %d, %04d", d, y);
    if (!rc) rc = gz_doc_put(doc, b, (size_t)n);
    return rc;
  }
  }
}

int gz_date_shift(gizli_deid_doc *doc, const char *value, size_t len, int days) {
  dmatch dm;
  if (!find_date(value, len, &dm)) return GIZLI_E_RANGE;
  int y, m, d;
  civil_from_days(days_from_civil(dm.y, dm.m, dm.d) + days, &y, &m, &d);
  int rc = gz_doc_put(doc, value, dm.start);
  if (!rc) rc = put_date(doc, &dm, y, m, d);
  if (!rc) rc = gz_doc_put(doc, value + dm.end, len - dm.end);
  return rc;
}

int gz_date_generalize(gizli_deid_doc *doc, const char *value, size_t len, int to) {
  dmatch dm;
  if (!find_date(value, len, &dm)) return GIZLI_E_RANGE;
  char b[32];
  int n, rc = GIZLI_OK;
  if (to == GZ_GEN_YEAR) {
    n = snprintf(b, sizeof b, "%04d", dm.y);
    return gz_doc_put(doc, b, (size_t)n);
  }
  switch (dm.kind) {
  case 0:
    n = snprintf(b, sizeof b, "%0*d%c%04d", dm.mw, dm.m, dm.sep, dm.y);
    return gz_doc_put(doc, b, (size_t)n);
  case 1:
    n = snprintf(b, sizeof b, "%04d%c%0*d", dm.y, dm.sep, dm.mw, dm.m);
    return gz_doc_put(doc, b, (size_t)n);
  default: {
    dmatch nom = dm;
    if (nom.kind == 6) nom.kind = 7; /* "mayın" -> "may" */
    rc = put_month(doc, &nom, dm.m);
    n = snprintf(b, sizeof b, " %04d", dm.y);
    if (!rc) rc = gz_doc_put(doc, b, (size_t)n);
    return rc;
  }
  }
}

/* The subject's offset: HMAC(date key, subject) when a subject is set, else
 * HMAC(date key, "no subject"), mapped onto [-max, -1] U [1, max]. */
int gz_date_offset(gizli_deid_doc *doc, int max_days, int *days) {
  const gizli_deid *d = doc->d;
  if (!d->ring.n) return GIZLI_E_KEY;
  unsigned char tag[32];
  if (doc->has_subject) {
    memcpy(tag, doc->subject_tag, 32);
  } else {
    int k = d->ring.newest;
    const void *parts[1] = {"no subject"};
    size_t lens[1] = {10};
    int rc = gz_hmac(doc->macs[k * GZ_MAC_COUNT + GZ_MAC_DATE], parts, lens, 1, tag);
    if (rc) return rc;
  }
  unsigned long v = (unsigned long)tag[0] << 24 | (unsigned long)tag[1] << 16 |
                    (unsigned long)tag[2] << 8 | tag[3];
  long span = 2L * max_days;
  long r = (long)(v % (unsigned long)span);
  *days = (int)(r < max_days ? r - max_days : r - max_days + 1);
  gz_wipe(tag, sizeof tag);
  return GIZLI_OK;
}
