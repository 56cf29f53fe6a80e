/* address_spans.c - the edges of address findings, after every detector
 * and recognizer has run: an address found in parts (a pattern's and the
 * rest of its labelled line, a district line below a Turkish street, a
 * vCard's fields, an Azerbaijani flat or floor after the house number, a
 * unit line above an English street) becomes one span; a span takes the
 * place or house name before it and the unit word before a unit's number,
 * and gives back the words of the sentence before it and a closing quote.
 * Called once per scan by engine.c (gz_merge_address_parts) on findings in
 * document order; pure functions of the text, no state. */
#include "internal.h"

#include <string.h>

/* Does a Turkish address's last part, its postcode, district and province
 * ("34394 Şişli/İstanbul", address_tr_prov), start at b, at most 48 bytes
 * after the address before it ends at a, with only the words of a
 * building, a floor or a quarter between (" Kanyon Ofis Kat: 7 ", "
 * Levent ") and at most one line break? Then the two are one address
 * (batch 35). */
static int tr_postcode_tail(const char *t, size_t a, size_t b) {
  if (b - a > 48) return 0;
  for (int i = 0; i < 5; i++)
    if (t[b + (size_t)i] < '0' || t[b + (size_t)i] > '9') return 0;
  if (t[b + 5] != ' ') return 0;
  int lines = 0;
  for (size_t i = a; i < b; i++) {
    if (t[i] == '\n') lines++;
    if (lines > 1 || strchr(".!?;()|\t\"/", t[i])) return 0;
    /* a colon only in a floor or door number ("Kat: 7"), not after a
     * label ("Çıkış: ..."); no column gap of three spaces */
    if (t[i] == ':' && !(i + 2 < b && t[i + 1] == ' ' && t[i + 2] >= '0' && t[i + 2] <= '9') &&
        !(i + 1 < b && t[i + 1] >= '0' && t[i + 1] <= '9'))
      return 0;
    if (i + 2 < b && t[i] == ' ' && t[i + 1] == ' ' && t[i + 2] == ' ') return 0;
  }
  return 1;
}

/* A Turkish address span that opens with words of the sentence before
 * its neighbourhood ("Kartınız Bahçelievler Mah. ...", "Antakya'da
 * Ürgen Paşa Mah. ...", "Sokağımızdaki Menekşe Sok. ..."; sixth
 * session): a word with a case suffix after an apostrophe, or ending in
 * a possessive, genitive or locative-relative suffix (-ınız, -nın,
 * -daki, ...), is none of a place's name; the span starts after the
 * last such word among its first four. */
static void tr_lead_cut(gizli_finding *f, const char *t) {
  static const char *const sfx[] = {"\xC4\xB1n\xC4\xB1z",
                                    "iniz",
                                    "unuz",
                                    "\xC3\xBCn\xC3\xBCz",
                                    "n\xC4\xB1n",
                                    "nin",
                                    "nun",
                                    "n\xC3\xBCn",
                                    "daki",
                                    "deki",
                                    "taki",
                                    "teki",
                                    NULL};
  static const char *const kw[] = {"Mah", "MAH", "mah",  "Mh.", "Cad", "Sok",
                                   "Sk.", "Cd.", "Bulv", "Blv", NULL};
  int tr = 0;
  for (int k = 0; kw[k] && !tr; k++) tr = memmem(t + f->start, f->end - f->start, kw[k], 3) != NULL;
  if (!tr) return;
  size_t i = f->start, cut = 0;
  for (int w = 0; w < 4 && i < f->end; w++) {
    size_t j = i;
    int apos = 0;
    while (j < f->end && t[j] != ' ' && t[j] != ',') {
      apos |= t[j] == '\'' || ((unsigned char)t[j] == 0xE2 && j + 2 < f->end &&
                               (unsigned char)t[j + 1] == 0x80 && (unsigned char)t[j + 2] == 0x99);
      j++;
    }
    if (j >= f->end || t[j] != ' ') break;
    int suf = 0;
    for (int k = 0; sfx[k] && !suf && !apos; k++) {
      size_t n = strlen(sfx[k]);
      suf = j - i >= n + 3 && memcmp(t + j - n, sfx[k], n) == 0;
    }
    /* the next word a capital: a name follows */
    unsigned char c = (unsigned char)t[j + 1];
    if ((apos || suf) && ((c >= 'A' && c <= 'Z') || c == 0xC3 || c == 0xC4 || c == 0xC5))
      cut = j + 1;
    i = j + 1;
  }
  if (cut) f->start = cut;
}

/* The place written before an address with ", " ("Adres: Nilüfer,
 * Ertuğrul Mah. ...", "Alan: Tiflis, Tsereteli pr. 116", "'Quba,
 * Ərəblinski küç. 7'"; sixth session): one capitalised word of letters
 * after a line's start, a label's colon, a quote, a tab or a column gap
 * of two spaces, and no greeting; returns its start, else s. */
static size_t place_before1(const char *t, size_t s);

/* place_before1, and first the Azerbaijani city or district with its
 * kind word before it ("'Sumqayıt ş., 9-cu mkr., ev 24"), up to two. */
static size_t place_before(const char *t, size_t s) {
  static const char *const kinds[] = {"\xC5\x9F.", "\xC5\x9F\xC9\x99h.", "r.", "r-nu",
                                      "rayonu",    "q\xC9\x99s.",        NULL};
  for (int k = 0; k < 2; k++) {
    if (s < 8 || t[s - 1] != ' ' || t[s - 2] != ',') break;
    size_t kb = s - 2;
    while (kb > 0 && s - 2 - kb < 8 && t[kb - 1] != ' ') kb--;
    int ok = 0;
    for (int i = 0; kinds[i] && !ok; i++)
      ok = strlen(kinds[i]) == s - 2 - kb && memcmp(t + kb, kinds[i], s - 2 - kb) == 0;
    if (!ok || kb < 2) break;
    size_t a = kb - 1;
    while (a > 0 && kb - 1 - a < 24 &&
           ((unsigned char)t[a - 1] >= 0x80 || ((t[a - 1] | 32) >= 'a' && (t[a - 1] | 32) <= 'z')))
      a--;
    unsigned char c = (unsigned char)t[a];
    if (kb - 1 - a < 3 || !((c >= 'A' && c <= 'Z') || c >= 0xC3)) break;
    if (a > 0 && (((t[a - 1] | 32) >= 'a' && (t[a - 1] | 32) <= 'z') ||
                  (t[a - 1] >= '0' && t[a - 1] <= '9') || t[a - 1] == '.'))
      break;
    s = a;
  }
  return place_before1(t, s);
}

static size_t place_before1(const char *t, size_t s) {
  static const char *const no[] = {
      "Merhaba", "Selam",   "Salam",        "Hello",        "Dear",
      "Evet",    "Tamam",   "Yes",          "Say\xC4\xB1n", "H\xC3\xB6rm\xC9\x99tli",
      "Adres",   "Address", "\xC3\x9Cnvan", "Thanks",       "Note",
      "Onlar",   "Bizim",   "Benim",        "M\xC9\x99nim", NULL};
  if (s < 4 || t[s - 1] != ' ' || t[s - 2] != ',') return s;
  size_t a = s - 2;
  while (a > 0 && s - 2 - a < 24 &&
         ((unsigned char)t[a - 1] >= 0x80 || ((t[a - 1] | 32) >= 'a' && (t[a - 1] | 32) <= 'z')))
    a--;
  unsigned char c = (unsigned char)t[a];
  if (s - 2 - a < 4 ||
      !((c >= 'A' && c <= 'Z') || c == 0xC3 || c == 0xC4 || c == 0xC5 || c == 0xC6))
    return s;
  /* a business name in camel case ("DentaPlus, Bağdat Cad. ...") */
  for (size_t i = a + 1; i < s - 2; i++)
    if (t[i] >= 'A' && t[i] <= 'Z') return s;
  /* no lower-case letters after a non-ASCII byte start it: "Çeşme" yes,
   * "çünkü" no (0xC3 0xA7 is "ç") */
  if (c >= 0xC3 &&
      (a + 1 >= s || ((unsigned char)t[a + 1] != 0x87 && (unsigned char)t[a + 1] != 0x96 &&
                      (unsigned char)t[a + 1] != 0x9C && (unsigned char)t[a + 1] != 0xB0 &&
                      (unsigned char)t[a + 1] != 0x9E && (unsigned char)t[a + 1] != 0x9A &&
                      (unsigned char)t[a + 1] != 0x8F)))
    return s;
  for (int k = 0; no[k]; k++)
    if (strlen(no[k]) == s - 2 - a && memcmp(t + a, no[k], s - 2 - a) == 0) return s;
  if (a == 0) return a;
  char b = t[a - 1];
  if (b == '\n' || b == '\t' || b == '"' || b == '\'' || b == '>') return a;
  if (b == ' ' && a >= 2 && (t[a - 2] == ':' || t[a - 2] == ' ')) return a;
  return s;
}

/* The floor, flat, office or block after an Azerbaijani street address
 * and its house number (sixth session): ", 12-ci mərtəbə, mənzil 47"
 * (a floor by its ordinal only before the flat), ", kv. 88", ", ev 5",
 * ", obyekt 3", ", m. 3O". The span
 * must read Azerbaijani (a schwa, "küç", " pr.", "mkr"); returns the new
 * end, or e. */
static size_t az_unit_tail(const char *t, size_t len, size_t s, size_t e) {
  static const char *const units[] = {"m\xC9\x99nzil", "m\xC9\x99n.", "m.",   "kv.",  "ev",
                                      "obyekt",        "ofis",        "otaq", "blok", "bina",
                                      "korpus",        NULL};
  static const char *const ords[] = {"m\xC9\x99rt\xC9\x99"
                                     "b\xC9\x99",
                                     "blok",
                                     "korpus",
                                     "bina",
                                     "giri\xC5\x9F",
                                     NULL};
  if (!memmem(t + s, e - s, "\xC9\x99", 2) && !memmem(t + s, e - s, "k\xC3\xBC\xC3\xA7", 5) &&
      !memmem(t + s, e - s, " pr.", 4) && !memmem(t + s, e - s, "mkr", 3))
    return e;
  size_t at = e; /* e with a floor not yet followed by its flat */
  for (int k = 0; k < 3; k++) {
    if (at + 3 >= len || t[at] != ',' || t[at + 1] != ' ') return e;
    size_t i = at + 2, j = i, q = 0;
    while (j < len && j - i < 3 && t[j] >= '0' && t[j] <= '9') j++;
    if (j > i) {
      /* "12-ci mərtəbə" */
      if (j + 4 >= len || t[j] != '-' || t[j + 1] != 'c') return e;
      q = j + 2;
      if ((unsigned char)t[q] >= 0x80) q++;
      q++;
      if (q >= len || t[q] != ' ') return e;
      size_t w = ++q;
      while (q < len && q - w < 16 && ((unsigned char)t[q] >= 0x80 || (t[q] >= 'a' && t[q] <= 'z')))
        q++;
      int ok = 0;
      for (int u = 0; ords[u] && !ok; u++)
        ok = strlen(ords[u]) == q - w && memcmp(t + w, ords[u], q - w) == 0;
      if (!ok) return e;
      /* a floor or block by its ordinal only before the flat: the set
       * leaves a trailing floor out ("pr. 153, 12-ci mərtəbə") */
      at = q;
      continue;
    } else {
      int ok = 0;
      for (int u = 0; units[u] && !ok; u++) {
        size_t n = strlen(units[u]);
        if (i + n < len && memcmp(t + i, units[u], n) == 0) {
          q = i + n;
          if (t[q] == ' ') q++;
          ok = q > i + n || units[u][n - 1] == '.';
        }
      }
      if (!ok) return e;
      size_t d = q;
      while (q < len && q - d < 4 && t[q] >= '0' && t[q] <= '9') q++;
      if (q == d) return e;
      if (q < len && ((t[q] >= 'A' && t[q] <= 'Z') || (t[q] >= 'a' && t[q] <= 'z'))) q++;
    }
    if (q < len && ((t[q] >= '0' && t[q] <= '9') || ((t[q] | 32) >= 'a' && (t[q] | 32) <= 'z')))
      return e;
    e = at = q;
  }
  return e;
}

/* A vCard's ADR line gives the address in fields, ";;street;city;
 * region;postcode;country" (sixth session): after the street the span
 * takes the fields up to the postcode (four to six digits or "AZ" and
 * four), the country after it left out; else e. */
static size_t vcard_tail(const char *t, size_t len, size_t s, size_t e) {
  if (e >= len || t[e] != ';') return e;
  size_t ls = s;
  while (ls > 0 && s - ls < 200 && t[ls - 1] != '\n') ls--;
  if (ls + 4 > s || memcmp(t + ls, "ADR", 3) != 0 || (t[ls + 3] != ';' && t[ls + 3] != ':'))
    return e;
  size_t i = e, best = e;
  for (int k = 0; k < 4 && i < len && t[i] == ';'; k++) {
    size_t a = ++i;
    while (i < len && t[i] != ';' && t[i] != '\n' && t[i] != '\r' && i - a < 40) i++;
    size_t n = i - a, d = 0, p = a;
    if (n >= 2 && t[a] == 'A' && t[a + 1] == 'Z') p += 2;
    while (p + d < i && t[p + d] >= '0' && t[p + d] <= '9') d++;
    if (p + d == i && ((p == a && d >= 4 && d <= 6) || (p > a && d == 4))) {
      best = i;
      break;
    }
    for (size_t q = a; q < i; q++)
      if (!((unsigned char)t[q] >= 0x80 || ((t[q] | 32) >= 'a' && (t[q] | 32) <= 'z') ||
            t[q] == ' ' || t[q] == '-'))
        return e;
  }
  return best;
}

/* The name of a house or farm before a street without a number (sixth
 * session): "Oak Farm, Mill Lane, ...", "The Old Vicarage, Church Lane,
 * ...", "St John's Church, High Street, ..." (a rural or named house is
 * the first part of its address; a building before a house number stays
 * out). One to four capitalised words, the last a house word, after a
 * lower-case word, a comma, a colon or the line's start; returns their
 * start, else s. */
static const char *const house_kinds[] = {"Cottage", "Farm",  "House",  "Vicarage", "Rectory",
                                          "Forge",   "Lodge", "Barn",   "Manor",    "Church",
                                          "Campus",  "Mill",  "Grange", NULL};

/* Does a house word (house_kinds) end at e, after a space or at a? */
static int house_word_at(const char *t, size_t a, size_t e) {
  for (int k = 0; house_kinds[k]; k++) {
    size_t n = strlen(house_kinds[k]);
    if (e >= a + n && memcmp(t + e - n, house_kinds[k], n) == 0 &&
        (e == a + n || t[e - n - 1] == ' '))
      return 1;
  }
  return 0;
}

static size_t house_before(const char *t, size_t s) {
  const char *const *kinds = house_kinds;
  if (s < 6 || t[s] < 'A' || t[s] > 'Z' || t[s - 1] != ' ' || t[s - 2] != ',') return s;
  size_t e = s - 2, a = e;
  for (int w = 0; w < 5; w++) {
    size_t b = a;
    while (b > 0 && a - b < 16 &&
           (((t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z') || t[b - 1] == '\''))
      b--;
    if (b == a) return s;
    if (w == 0) {
      int ok = 0;
      for (int k = 0; kinds[k] && !ok; k++)
        ok = strlen(kinds[k]) == a - b && memcmp(t + b, kinds[k], a - b) == 0;
      if (!ok) return s;
    }
    if (t[b] < 'A' || t[b] > 'Z') {
      /* a lower-case word before the name ("of Oak Farm", "at Rose ...") */
      return w > 0 ? a + 1 : s;
    }
    if (b == 0 || t[b - 1] == '\n' || t[b - 1] == ',' ||
        (t[b - 1] == ' ' && b >= 2 && (t[b - 2] == ',' || t[b - 2] == ':')))
      return w < 4 ? b : s;
    if (t[b - 1] != ' ') return s;
    a = b - 1;
  }
  return s;
}

/* The edges of an address span (sixth session): a quote closing the
 * value the address is in ("'...Kadıköy/İstanbul'", a SQL or JSON
 * string) is no part of it, and a span that opens with a unit's number
 * ("14, 10 Buccleuch Place, ...") takes the unit word before it: "Room
 * 2.14", "Apartment 31", "No. 14", "Plot 14". Only a number followed by
 * a comma is a unit's; a span opening with the house number keeps the
 * unit before it out. */
static void address_edges(gizli_finding *f, const char *t, size_t len) {
  static const char *const units[] = {"Room", "ROOM", "Apartment", "APARTMENT", "Flat",  "FLAT",
                                      "Plot", "PLOT", "No.",       "NO.",       "Apt",   "Apt.",
                                      "APT",  "Unit", "UNIT",      "Suite",     "SUITE", NULL};
  while (f->end > f->start + 1 && (t[f->end - 1] == '"' || t[f->end - 1] == '\'') &&
         (f->end == len || !((unsigned char)t[f->end] >= 0x80 ||
                             ((t[f->end] | 32) >= 'a' && (t[f->end] | 32) <= 'z'))))
    f->end--;
  tr_lead_cut(f, t);
  f->start = place_before(t, f->start);
  f->start = house_before(t, f->start);
  size_t s = f->start, d = s;
  while (d < f->end && t[d] >= '0' && t[d] <= '9') d++;
  if (d == s || d - s > 4 || d >= f->end || t[d] != ',' || s < 2) return;
  /* "Room 2.14": the floor before the room */
  size_t b = s;
  if (t[b - 1] == '.' && b >= 3 && t[b - 2] >= '0' && t[b - 2] <= '9') {
    b -= 2;
    while (b > 0 && s - b < 4 && t[b - 1] >= '0' && t[b - 1] <= '9') b--;
  }
  if (b < 2 || t[b - 1] != ' ') return;
  size_t w = b - 1;
  while (w > 0 && s - w < 16 && !strchr(" \n\t:,(\"'", t[w - 1])) w--;
  for (int i = 0; units[i]; i++) {
    size_t n = strlen(units[i]);
    if (n == b - 1 - w && memcmp(t + w, units[i], n) == 0) {
      f->start = w;
      return;
    }
  }
}

/* Is the address p a unit alone, "Flat 2", "Apartment 4B", the line
 * before its street in a letter's address block ("Flat 2\n33 Victoria
 * Street\nGrimsby\nDN31 1DB"; sixth session)? */
static int unit_only(const char *t, const gizli_finding *p) {
  static const char *const units[] = {"Flat ", "FLAT ",  "Apartment ", "Apt ",
                                      "Unit ", "Suite ", NULL};
  for (int i = 0; units[i]; i++) {
    size_t n = strlen(units[i]), k = p->start + n;
    if (p->end <= k || memcmp(t + p->start, units[i], n) != 0) continue;
    size_t e = p->end;
    if (t[e - 1] == ',') e--;
    if (e - k > 5) return 0;
    for (size_t j = k; j < e; j++)
      if (!((t[j] >= '0' && t[j] <= '9') || (t[j] >= 'A' && t[j] <= 'Z'))) return 0;
    return t[k] >= '0' && t[k] <= '9';
  }
  return 0;
}

/* A word of a Turkish district or province line: a capital (ASCII or a
 * UTF-8 letter) and letters, 2 to 24 bytes; returns its end or a. */
static size_t tr_place_word(const char *t, size_t len, size_t a) {
  size_t i = a;
  if (i >= len || !((t[i] >= 'A' && t[i] <= 'Z') || (unsigned char)t[i] >= 0xC3)) return a;
  while (i < len && i - a < 24 &&
         ((unsigned char)t[i] >= 0x80 || ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z')))
    i++;
  return i - a >= 2 && (i == len || (unsigned char)t[i] < 0x80) ? i : a;
}

/* A Turkish address whose district and province stand on the next line
 * alone, as forms and letters print them ("... No: 77 İç Kapı: 2" over
 * "Pendik / İstanbul", or indented "Kadıköy/İSTANBUL"; sixth session):
 * the end of that line when [s, e) is a Turkish street address (its
 * neighbourhood or street word) ending its own line, else e. */
static size_t tr_district_line(const char *t, size_t len, size_t s, size_t e) {
  static const char *const kw[] = {"Mah", "MAH", "mah", "Cad", "CAD",
                                   "Sok", "SOK", "Sk.", "Cd.", NULL};
  int tr = 0;
  for (int k = 0; kw[k] && !tr; k++) tr = memmem(t + s, e - s, kw[k], 3) != NULL;
  if (!tr) return e;
  size_t i = e;
  while (i < len && i - e < 4 && t[i] == ' ') i++;
  if (i >= len || t[i] != '\n') return e;
  i++;
  size_t a = i;
  while (i < len && i - a < 40 && t[i] == ' ') i++;
  size_t w = tr_place_word(t, len, i);
  if (w == i) return e;
  i = w;
  if (i < len && t[i] == ' ') i++;
  if (i >= len || t[i] != '/') return e;
  i++;
  if (i < len && t[i] == ' ') i++;
  w = tr_place_word(t, len, i);
  if (w == i || (w < len && t[w] != '\n' && t[w] != '\r')) return e;
  return w;
}

/* One address found in two parts, a pattern's and the rest of its
 * labelled line (address_lines.c: "Təbriz küç. 114A" and "blok 2, mənzil
 * 19"), separated by a comma or a space only, is one span. Findings are in
 * document order. */
void gz_merge_address_parts(gz_findings *out, const char *t, size_t len) {
  size_t k = 0;
  for (size_t i = 0; i < out->n; i++) {
    gizli_finding *p = k ? &out->v[k - 1] : NULL, *f = &out->v[i];
    if (f->type == GIZLI_T_ADDRESS) {
      /* the unit word may only be taken when no finding ends after it */
      size_t s0 = f->start;
      address_edges(f, t, len);
      /* a place word read as a given name ("Nilüfer, Fethiye Mah."): the
       * address takes it */
      if (p && p->type == GIZLI_T_PERSON && p->start == f->start && p->end + 2 == s0 &&
          ((p->start >= 2 && (t[p->start - 1] == '"' || t[p->start - 1] == '\'' ||
                              (t[p->start - 1] == ' ' && t[p->start - 2] == ':'))) ||
           house_word_at(t, p->start, p->end))) {
        k--;
        p = k ? &out->v[k - 1] : NULL;
      }
      if (p && f->start < p->end) f->start = s0;
      /* a unit alone on the line before the street ("Flat 9\n21 Albert
       * Road\nBristol\nBS2 0XA") */
      if (f->start >= 2 && t[f->start - 1] == '\n' && t[f->start] >= '0' && t[f->start] <= '9') {
        gizli_finding u = *f;
        u.end = f->start - 1;
        u.start = u.end;
        while (u.start > 0 && u.end - u.start < 16 && t[u.start - 1] != '\n') u.start--;
        if (unit_only(t, &u) && !(p && u.start < p->end)) f->start = u.start;
      }
      f->end = tr_district_line(t, len, f->start, f->end);
      f->end = az_unit_tail(t, len, f->start, f->end);
      f->end = vcard_tail(t, len, f->start, f->end);
    }
    /* the district line found on its own too */
    if (p && p->type == GIZLI_T_ADDRESS && f->type == GIZLI_T_ADDRESS && f->start >= p->start &&
        f->end <= p->end)
      continue;
    if (p && p->type == GIZLI_T_ADDRESS && f->type == GIZLI_T_ADDRESS && f->start >= p->end &&
        f->start - p->end <= 2) {
      size_t g = p->end;
      while (g < f->start && (t[g] == ',' || t[g] == ' ')) g++;
      if (g == f->start || (g + 1 == f->start && t[g] == '\n' && unit_only(t, p))) {
        p->end = f->end;
        if (f->score > p->score) p->score = f->score;
        p->flags |= f->flags & (GIZLI_F_CONTEXT | GIZLI_F_LABEL);
        continue;
      }
    }
    if (p && p->type == GIZLI_T_ADDRESS && f->type == GIZLI_T_ADDRESS && f->start > p->end &&
        tr_postcode_tail(t, p->end, f->start) && memchr(t + f->start, '/', f->end - f->start)) {
      p->end = f->end;
      if (f->score > p->score) p->score = f->score;
      p->flags |= f->flags & (GIZLI_F_CONTEXT | GIZLI_F_LABEL);
      continue;
    }
    out->v[k++] = *f;
  }
  out->n = k;
}
