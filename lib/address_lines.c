/* address_lines.c - addresses typed after an address label in any letter
 * case and without diacritics, which the address patterns (capitalised
 * street names, one street word each) do not see: "unvan\nnizami kucesi
 * 203 menzil 9", "Qeydiyyat ünvanı: BAKI ŞƏHƏRİ, ..., MƏNZİL 52",
 * "adres\nyenimahalle mh 1071 sk no 9 daire 2 cankaya ankara", "Address:
 * 14 Seafield Park, Clontarf, Dublin 3, D03 X2K7", and a reply below a
 * question that asks for the address ("... billing address + postcode?" /
 * "Customer: 41 clarendon rd leeds ls2 9nz"); and a lower-case UK address
 * anywhere, by its street word (rd, road, st, street, lane, ave, walk, way)
 * and postcode ("118 leith walk eh6 8rg").
 *
 * A recognizer (see recognizers.c): it runs after the pattern detectors,
 * never displaces their findings and stops a value before any of them. The
 * label is a word ünvan/unvan/adres/address with a case suffix, at the
 * start of a line or after at most three words ("Ev unvani:", "Billing
 * address:", a chat speaker); not an e-mail, IP, MAC, web or wallet
 * address. The value is the rest of the line after a colon, or the next
 * line under a bare label or a question; it is an address only with a
 * digit and an address word (street, house, flat, district, ... in az, tr
 * or en, any letter case, with or without diacritics), at most 20 words. */
#include "internal.h"

#include <string.h>

#define AL_MAX_VALUE 200 /* bytes */
#define AL_MAX_WORDS 20

/* Folds one word to lower-case ASCII: the Azerbaijani and Turkish letters
 * to their base letter (ə -> e, ı/İ -> i, ş -> s, ...), other non-ASCII
 * bytes to '?'. Returns the folded length (at most cap - 1). */
static size_t fold_word(const char *w, size_t n, char *out, size_t cap) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < cap; i++) {
    unsigned char c = (unsigned char)w[i], d = i + 1 < n ? (unsigned char)w[i + 1] : 0;
    char f = '?';
    if (c < 0x80) {
      f = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else if (d) {
      i++;
      if (c == 0xC3 && (d == 0x9C || d == 0xBC))
        f = 'u'; /* Ü ü */
      else if (c == 0xC3 && (d == 0x87 || d == 0xA7))
        f = 'c'; /* Ç ç */
      else if (c == 0xC3 && (d == 0x96 || d == 0xB6))
        f = 'o'; /* Ö ö */
      else if ((c == 0xC6 && d == 0x8F) || (c == 0xC9 && d == 0x99))
        f = 'e'; /* Ə ə */
      else if (c == 0xC4 && (d == 0xB0 || d == 0xB1))
        f = 'i'; /* İ ı */
      else if (c == 0xC5 && (d == 0x9E || d == 0x9F))
        f = 's'; /* Ş ş */
      else if (c == 0xC4 && (d == 0x9E || d == 0x9F))
        f = 'g'; /* Ğ ğ */
      else
        while (i + 1 < n && ((unsigned char)w[i + 1] & 0xC0) == 0x80) i++;
    }
    out[k++] = f;
  }
  out[k] = 0;
  return k;
}

static int in_list(const char *w, const char *const *list) {
  for (int i = 0; list[i]; i++)
    if (strcmp(w, list[i]) == 0) return 1;
  return 0;
}

/* The end of the word starting at i, before e: word bytes, and a hyphen
 * between two of them ("pr-ti", "r-nu"). */
static size_t word_end(const char *t, size_t i, size_t e) {
  size_t j = i;
  while (j < e && (gz_word_byte((unsigned char)t[j]) ||
                   (t[j] == '-' && j + 1 < e && gz_word_byte((unsigned char)t[j + 1]))))
    j++;
  return j;
}

/* Is the word t[i..j), folded, in the list? (Words of 24 bytes or more
 * are in none.) */
static int listed_word(const char *t, size_t i, size_t j, const char *const *list) {
  char f[24];
  return j - i < sizeof f && (fold_word(t + i, j - i, f, sizeof f), in_list(f, list));
}

/* Words of a street address (folded): street kinds, house, flat,
 * settlement and district words. */
static const char *const addr_words[] = {
    /* az */
    "kucesi", "kuc", "kuce", "prospekti", "pr", "pr-ti", "prosp", "menzil", "men", "ev", "bina",
    "mkr", "mikrorayon", "mikrorayonu", "qes", "qesebesi", "mehelle", "mehellesi", "dongesi",
    "dalani", "sossesi", "kompleksi", "rayonu", "r-nu", "seheri", "seh",
    /* tr */
    "mahallesi", "mah", "mh", "sokak", "sokagi", "sok", "sk", "cadde", "caddesi", "cad", "cd",
    "bulvari", "blv", "daire", "kat", "sitesi", "blok", "apt",
    /* en */
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd",
    "way", "court", "ct", "place", "pl", "park", "close", "crescent", "gardens", "terrace",
    "apartment", "flat", "unit", "suite", "house", "district", NULL};

/* Words before "address" that make it no street address (folded). */
static const char *const not_postal[] = {"ip",    "ipv4",    "ipv6",     "mac",  "mail",   "e-mail",
                                         "email", "poct",    "posta",    "web",  "server", "wallet",
                                         "url",   "bitcoin", "elektron", "sayt", "site",   NULL};

static int is_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_dig(unsigned char c) {
  return c >= '0' && c <= '9';
}

/* Does a UK postcode ("ls2 9nz", "W9 3RW") or an Irish Eircode ("D03
 * X2K7", "H91 W2K4") start at i, in any letter case? Returns its length
 * or 0. */
static size_t postcode_at(const char *t, size_t i, size_t e) {
  const unsigned char *p = (const unsigned char *)t + i;
  size_t n = e - i, k = 0;
  if (i > 0 && gz_word_byte((unsigned char)t[i - 1])) return 0;
  /* Eircode: a letter, two digits (or digit and W), a space, four
   * letters or digits */
  if (n >= 8 && is_alpha(p[0]) && is_dig(p[1]) && (is_dig(p[2]) || p[2] == 'W' || p[2] == 'w') &&
      p[3] == ' ' && gz_word_byte(p[4]) && gz_word_byte(p[5]) && gz_word_byte(p[6]) && gz_word_byte(p[7]) &&
      (n == 8 || !gz_word_byte(p[8])))
    return 8;
  /* UK: one or two letters, a digit, an optional letter or digit, a space,
   * a digit and two letters */
  while (k < 2 && k < n && is_alpha(p[k])) k++;
  if (k == 0 || k >= n || !is_dig(p[k])) return 0;
  k++;
  if (k < n && (is_alpha(p[k]) || is_dig(p[k]))) k++;
  if (k + 4 > n || p[k] != ' ' || !is_dig(p[k + 1]) || !is_alpha(p[k + 2]) || !is_alpha(p[k + 3]))
    return 0;
  return k + 4 == n || !gz_word_byte(p[k + 4]) ? k + 4 : 0;
}

/* Words of a duration or a distance (folded): "2 cadde ileride 14 dakika"
 * gives a way, not an address. */
static const char *const way_words[] = {"dakika", "dk",      "deqiqe",  "deq", "saat",  "min",
                                        "mins",   "minute",  "minutes", "km",  "metre", "metr",
                                        "meter",  "ileride", "ireli",   NULL};

/* Is [s, e) shaped like an address: a digit, an address word or a
 * postcode, at most AL_MAX_WORDS words, no e-mail or URL, no duration or
 * distance? */
static int address_shape(const char *t, size_t s, size_t e) {
  int digit = 0, word = 0, words = 0;
  for (size_t i = s; i < e; i++) {
    if (t[i] == '@' || (t[i] == ':' && i + 2 < e && t[i + 1] == '/')) return 0;
    digit |= t[i] >= '0' && t[i] <= '9';
  }
  for (size_t i = s; i < e;) {
    if (!gz_word_byte((unsigned char)t[i])) {
      i++;
      continue;
    }
    size_t j = word_end(t, i, e);
    if (listed_word(t, i, j, addr_words)) word = 1;
    if (listed_word(t, i, j, way_words)) return 0;
    if (postcode_at(t, i, e)) word = 1;
    if (++words > AL_MAX_WORDS) return 0;
    i = j;
  }
  return digit && word;
}

/* Is the word [ws, we) an address label: ünvan/unvan/adres/address with
 * at most a case suffix ("ünvanı", "unvani", "adresi", "Address")? */
static int label_word(const char *t, size_t ws, size_t we) {
  char f[24];
  size_t n = we - ws;
  if (n >= sizeof f) return 0;
  fold_word(t + ws, n, f, sizeof f);
  size_t k = 0;
  if (strncmp(f, "unvan", 5) == 0)
    k = 5;
  else if (strncmp(f, "adres", 5) == 0)
    k = 5;
  else if (strncmp(f, "address", 7) == 0)
    k = 7;
  else
    return 0;
  return strlen(f) - k <= 4;
}

static size_t line_end(const char *t, size_t len, size_t i) {
  const char *p = memchr(t + i, '\n', len - i);
  return p ? (size_t)(p - t) : len;
}

/* The end of a value on its line: before a field separator, then without
 * trailing punctuation and spaces. */
static size_t value_end(const char *t, size_t s, size_t le) {
  size_t e = s;
  while (e < le && t[e] != '|' && t[e] != ';' && t[e] != '\t' && t[e] != '\r' &&
         !(t[e] == ' ' && e + 1 < le && t[e + 1] == '('))
    e++;
  while (e > s && strchr(" .,:-", t[e - 1])) e--;
  return e;
}

/* After a chat time stamp at ls ("[21:04] ", "14:03 ", "[12.03.25,
 * 14:03] ", "12/03/2025, 14:03 - "): digits and date or time separators
 * holding a digit, a colon and a digit, in brackets or followed by a space
 * or " - "; or ls. */
static size_t after_stamp(const char *t, size_t ls, size_t le) {
  size_t i = ls + (ls < le && t[ls] == '[');
  int colon = 0;
  size_t k = i;
  while (k < le && k - i < 24 && (is_dig((unsigned char)t[k]) || (t[k] && strchr(":./, ", t[k])))) {
    if (t[k] == ':' && k > i && is_dig((unsigned char)t[k - 1]) && k + 1 < le &&
        is_dig((unsigned char)t[k + 1]))
      colon = 1;
    k++;
  }
  if (!colon) return ls;
  if (t[ls] == '[') {
    if (k >= le || t[k] != ']') return ls;
    k++;
  } else if (k < le && t[k] == '-' && t[k - 1] == ' ') {
    k++;
  } else if (t[k - 1] != ' ') {
    return ls;
  }
  while (k < le && t[k] == ' ') k++;
  return k;
}

/* After a chat speaker ("Customer: ", "Operator Nigar: ", at most three
 * words and a colon, after a time stamp) at ls, or ls. */
static size_t after_speaker(const char *t, size_t ls0, size_t le) {
  size_t ls = after_stamp(t, ls0, le);
  if (ls != ls0) return after_speaker(t, ls, le);
  size_t lim = ls + 40 < le ? ls + 40 : le;
  int words = 0;
  for (size_t i = ls; i < lim; i++) {
    if (t[i] == ':' && i + 1 < le && t[i + 1] == ' ') return words && words <= 3 ? i + 2 : ls;
    if (gz_word_byte((unsigned char)t[i]) && (i == ls || !gz_word_byte((unsigned char)t[i - 1]))) words++;
    if (!gz_word_byte((unsigned char)t[i]) && t[i] != ' ' && t[i] != '.' && t[i] != '(' && t[i] != ')')
      return ls;
  }
  return ls;
}

/* Does [s, e) after a label ask for it without a question mark: a verb
 * asking to write or send it, or a question particle ("unvani yazin
 * zehmet olmasa", "adresi tam atar misin", "address pls send")? At most
 * six words. */
static int asks(const char *t, size_t s, size_t e) {
  static const char *const verbs[] = {
      "yaz",       "yazin",  "yazarsiniz", "yazar",         "yazarsan",  "yazasan",
      "yazasiniz", "gonder", "gonderin",   "gonderersiniz", "gondere",   "gonderir",
      "at",        "atar",   "atin",       "atabilir",      "atarmisin", "deyin",
      "soyleyin",  "soyler", "misin",      "misiniz",       "musun",     "musunuz",
      "send",      "share",  "text",       "pls",           "please",    NULL};
  int words = 0, hit = 0;
  for (size_t i = s; i < e;) {
    if (!gz_word_byte((unsigned char)t[i])) {
      i++;
      continue;
    }
    size_t j = i;
    while (j < e && gz_word_byte((unsigned char)t[j])) j++;
    if (listed_word(t, i, j, verbs)) hit = 1;
    if (++words > 6) return 0;
    i = j;
  }
  return hit;
}

/* The value [*vs, *ve) labelled by the address word [ws, we), or 0. */
static int labelled_value(const char *t, size_t len, size_t ws, size_t we, size_t *vs, size_t *ve) {
  size_t ls = ws;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  size_t le = line_end(t, len, we);
  /* an element or a key of its own: "<Unvan>...</Unvan>", "\"address\":
   * \"...\"" (the value on the same line, up to the closing tag or quote) */
  if (ws > ls && we < le &&
      ((t[ws - 1] == '<' && t[we] == '>') || (t[ws - 1] == '"' && t[we] == '"'))) {
    size_t i = we + 1;
    char close = '<';
    if (t[we] == '"') {
      while (i < le && t[i] == ' ') i++;
      if (i >= le || t[i] != ':') return 0;
      i++;
      while (i < le && t[i] == ' ') i++;
      if (i >= le || t[i] != '"') return 0;
      i++;
      close = '"';
    }
    const char *c = memchr(t + i, close, le - i);
    size_t e = value_end(t, i, c ? (size_t)(c - t) : le);
    while (i < e && t[i] == ' ') i++;
    if (e <= i || e - i > AL_MAX_VALUE) return 0;
    *vs = i;
    *ve = e;
    return 1;
  }
  /* a URL's query parameter: "?adres=Alsancak+Mah.+1482+Sok.+No%3A7+Konak"
   * (batch 32), the value up to the next parameter, kept encoded (its '+'
   * and "%3A" split no words) */
  if (ws > ls && we < le && t[we] == '=' && (t[ws - 1] == '?' || t[ws - 1] == '&')) {
    size_t i = we + 1, e = i;
    while (e < le && !strchr("& \"'#\r", t[e])) e++;
    while (e > i && strchr("+.,", t[e - 1])) e--;
    if (e <= i || e - i > AL_MAX_VALUE) return 0;
    *vs = i;
    *ve = e;
    return 1;
  }
  /* at most three words before the label, none saying "e-mail", "IP", ... */
  size_t sp = after_speaker(t, ls, ws);
  int words = 0;
  for (size_t i = ls; i < ws;) {
    if (!gz_word_byte((unsigned char)t[i])) {
      i++;
      continue;
    }
    size_t j = i;
    while (j < ws && gz_word_byte((unsigned char)t[j])) j++;
    if (listed_word(t, i, j, not_postal)) return 0;
    if (i >= sp) words++;
    i = j;
  }
  size_t q = le;
  while (q > we && (t[q - 1] == ' ' || t[q - 1] == '\r')) q--;
  int question = (q > we && t[q - 1] == '?') || asks(t, we, q);
  if (words > 3 && !question) return 0;
  size_t i = we;
  while (i < le && t[i] == ' ') i++;
  size_t s;
  if (i < le && (t[i] == ':' || t[i] == '-')) {
    i++;
    while (i < le && t[i] == ' ') i++;
    s = i;
  } else if (i < le && i > we && words == 0 && sp > ls) {
    s = i; /* "Sevinc: unvan Ş.Mehdiyev 77, menzil 12" opening a chat line */
  } else if (i < le && t[i] != '\r' && !question) {
    return 0; /* a sentence goes on: "Adres bilgileri güncellendi." */
  } else {
    s = le;
  }
  if (s >= le || question) {
    /* a bare label or a question: the next line, after a speaker */
    if (le >= len) return 0;
    size_t ns = le + 1, ne = line_end(t, len, ns);
    s = after_speaker(t, ns, ne);
    le = ne;
  }
  while (s < le && t[s] == ' ') s++;
  size_t e = value_end(t, s, le);
  if (e <= s || e - s > AL_MAX_VALUE) return 0;
  *vs = s;
  *ve = e;
  return 1;
}

/* A UK address typed in lower case in a chat, found by its street word:
 * "[flat 2 ]14 caledonian rd[ london] n1 9dx" - a house number, one to
 * three words, the street word at `at` (" rd " with its spaces, n bytes),
 * at most two more words and a postcode, on one line. Returns 1 with the
 * span in [*vs, *ve). */
static int lower_uk(const char *t, size_t len, size_t at, size_t n, size_t *vs, size_t *ve) {
  size_t i = at + n, pe = 0;
  for (int w = 0; w < 3 && i < len; w++) {
    size_t pl = postcode_at(t, i, len);
    if (pl) {
      pe = i + pl;
      break;
    }
    size_t j = i;
    while (j < len && t[j] >= 'a' && t[j] <= 'z') j++;
    if (j == i || j >= len || (t[j] != ' ' && t[j] != ',')) return 0;
    i = j + 1 + (t[j] == ',' && j + 1 < len && t[j + 1] == ' ');
  }
  if (!pe) return 0;
  /* back over one to three lower-case words to a house number */
  size_t b = at;
  for (int w = 0; w < 4 && b > 0; w++) {
    size_t j = b;
    while (j > 0 && t[j - 1] >= 'a' && t[j - 1] <= 'z') j--;
    size_t d = b;
    while (d > 0 && d + 4 > b && is_dig((unsigned char)t[d - 1])) d--;
    if (w > 0 && d < b && (d == 0 || t[d - 1] == ' ' || t[d - 1] == '\n')) {
      size_t s = d;
      /* "flat 2 14 ...", "apt 3b 14 ..." */
      static const char *const units[] = {"flat ", "apt ", "unit ", NULL};
      size_t u = s > 1 ? s - 1 : 0;
      while (u > 0 && t[u - 1] != ' ' && t[u - 1] != '\n' && s - u < 5) u--;
      if (u < s - 1 && u >= 5)
        for (int k = 0; units[k]; k++) {
          size_t un = strlen(units[k]);
          if (u >= un && memcmp(t + u - un, units[k], un) == 0 &&
              (u == un || t[u - un - 1] == ' ' || t[u - un - 1] == '\n'))
            s = u - un;
        }
      *vs = s;
      *ve = pe;
      return 1;
    }
    if (j == b || j == 0 || t[j - 1] != ' ') return 0;
    b = j - 1;
  }
  return 0;
}

/* Is the "dre" at `at` that of an "Address" ending a camelCase key at a
 * line's start, as LDAP entries write them ("postalAddress",
 * "homePostalAddress", "streetAddress") or, quoted, a JSON document's
 * (batch 38: "registrationAddress": "..."), its part before no e-mail, IP,
 * MAC, ... word (not_postal: "emailAddress", "ipAddress")? Then the label
 * word is [*ws, *we), "Address". */
static int camel_address(const char *t, size_t len, size_t at, size_t *ws, size_t *we) {
  if (at < 4 || t[at - 2] != 'A' || at + 5 > len || memcmp(t + at - 2, "Address", 7) != 0 ||
      (at + 5 < len && gz_word_byte((unsigned char)t[at + 5])) ||
      !(t[at - 3] >= 'a' && t[at - 3] <= 'z'))
    return 0;
  size_t a = at - 2, p = a; /* the part before: back to its capital or the key's start */
  while (p > 0 && t[p - 1] >= 'a' && t[p - 1] <= 'z') p--;
  size_t ps = p > 0 && t[p - 1] >= 'A' && t[p - 1] <= 'Z' ? p - 1 : p;
  size_t ks = ps;
  while (ks > 0 && gz_ascii_alnum((unsigned char)t[ks - 1])) ks--;
  int quoted = ks > 0 && t[ks - 1] == '"';
  size_t ls = ks - (size_t)quoted;
  while (ls > 0 && (t[ls - 1] == ' ' || t[ls - 1] == '\t')) ls--;
  if ((ls > 0 && t[ls - 1] != '\n') || listed_word(t, ps, a, not_postal)) return 0;
  *ws = quoted ? ks : a; /* a quoted key is a label word whole */
  *we = a + 7;
  return 1;
}

/* Does a capital start the word at i (ASCII, or Ç Ö Ü İ Ş Ğ Ə)? */
static int al_capital(const char *t, size_t i) {
  unsigned char c = (unsigned char)t[i], d = (unsigned char)t[i + 1];
  return (c >= 'A' && c <= 'Z') || (c == 0xC3 && (d == 0x87 || d == 0x96 || d == 0x9C)) ||
         (c == 0xC4 && (d == 0xB0 || d == 0x9E)) || (c == 0xC5 && d == 0x9E) ||
         (c == 0xC6 && d == 0x8F);
}

/* Does the line [s, e) end as an address's last line does: a UK postcode
 * ("Newcastle upon Tyne NE6 5NP"), an Azerbaijani one ("AZ4200"), or a
 * Turkish district and city around a slash, both capitalised ("Keçiören /
 * ANKARA", "Çankaya/Ankara"; "after 6pm / MONDAY" is none)? */
static int last_line_end(const char *t, size_t s, size_t e) {
  size_t w = e;
  while (w > s && t[w - 1] != ' ') w--;
  /* "... NE6 5NP": the postcode's two words */
  if (w > s + 1) {
    size_t v = w - 1;
    while (v > s && t[v - 1] != ' ') v--;
    if (postcode_at(t, v, e) == e - v) return 1;
  }
  if (e - w == 6 && (t[w] == 'A' && t[w + 1] == 'Z') && is_dig((unsigned char)t[w + 2]) &&
      is_dig((unsigned char)t[w + 5]))
    return 1;
  /* "District / CITY": a capital after the slash, a word before it */
  for (size_t i = w > s + 2 ? w - 2 : s; i > s && i + 6 > w; i--) {
    if (t[i] != '/') continue;
    size_t b = i, a = i + 1;
    while (b > s && t[b - 1] == ' ') b--;
    while (a < e && t[a] == ' ') a++;
    size_t d = b; /* the district: a capitalised word */
    while (d > s && t[d - 1] != ' ') d--;
    return b > d && a == w && al_capital(t, d) && al_capital(t, a);
  }
  return 0;
}

/* The line after a labelled address that ends its line, when it holds the
 * rest of the address as forms print it (batch 31: "Address: 9 Heaton
 * Park Road,⏎Newcastle upon Tyne NE6 5NP", "Adres: ... No:15⏎D:7
 * Keçiören / ANKARA"): at most eight words, no label (a colon only in a
 * door or flat number, "D:7", "Kat:3"), no e-mail or URL, ending as an
 * address's last line does (last_line_end). Returns 1 with [*vs, *ve). */
static int next_line_rest(const char *t, size_t len, size_t le, size_t *vs, size_t *ve) {
  if (le >= len) return 0;
  size_t s = le + 1, ne = line_end(t, len, s);
  /* a line indented to a fixed-width form's value column goes on with the
   * value itself (one span with it in the labelled sets): left alone */
  if (s + 1 < ne && t[s] == ' ' && t[s + 1] == ' ') return 0;
  while (s < ne && t[s] == ' ') s++;
  size_t e = ne;
  while (e > s && strchr(" ,.\r", t[e - 1])) e--;
  if (e <= s || e - s > 64) return 0;
  int words = 0;
  for (size_t i = s; i < e; i++) {
    if (t[i] == '@' || t[i] == '\t' || t[i] == '|') return 0;
    if (t[i] == ':' && !(i > s && i - s <= 5 && i + 1 < e && is_dig((unsigned char)t[i + 1]) &&
                         (i - 1 == s || t[i - 2] == ' ')))
      return 0;
    if (gz_word_byte((unsigned char)t[i]) && (i == s || !gz_word_byte((unsigned char)t[i - 1])))
      words++;
  }
  if (words > 8 || !last_line_end(t, s, e)) return 0;
  *vs = s;
  *ve = e;
  return 1;
}

/* The rest of an address on the line after its label's line (see
 * next_line_rest), when the value [s, e) ends that line and is an
 * address; not over any other finding. */
static int push_next_line(const char *t, size_t len, size_t s, size_t e, const gizli_finding *st,
                          size_t n_st, gz_findings *out) {
  size_t le = line_end(t, len, e), k = e, ns, ne;
  while (k < le && strchr(" ,.\r", t[k])) k++;
  if (k < le || !next_line_rest(t, len, le, &ns, &ne)) return GIZLI_OK;
  int addr = address_shape(t, s, e);
  for (size_t j = 0; j < n_st; j++) {
    if (st[j].end > ns && st[j].start < ne) return GIZLI_OK;
    addr |= st[j].type == GIZLI_T_ADDRESS && st[j].end > s && st[j].start < e;
  }
  /* the names' findings are there too: a place name ("Newcastle") gives way */
  for (size_t j = 0; j < out->n; j++)
    if (out->v[j].end > ns && out->v[j].start < ne && out->v[j].type != GIZLI_T_LOCATION &&
        out->v[j].type != GIZLI_T_PERSON && out->v[j].type != GIZLI_T_ORGANIZATION)
      return GIZLI_OK;
  if (!addr) return GIZLI_OK;
  /* labelled by the label above it: it goes before a place name of the
   * names ("Newcastle") */
  return gz_findings_push(out, ns, ne, GIZLI_T_ADDRESS, 0.9f, GIZLI_F_CONTEXT | GIZLI_F_LABEL)
             ? GIZLI_E_NOMEM
             : GIZLI_OK;
}

/* The start of the address in a reply that gives another value first:
 * "account A-7F21C4E9, 27 Wellington Street" (batch 33: asked for the
 * account number and the address's first line). A first comma-separated
 * cell of at most three words with a code in it (a token of five bytes or
 * more with a letter after a digit, not a postcode: "AZ1000" is one) and
 * no address word is skipped when the rest has an address's shape; else
 * s. */
static size_t after_code_cell(const char *t, size_t s, size_t e) {
  const char *c = memchr(t + s, ',', e - s);
  if (!c) return s;
  size_t ce = (size_t)(c - t), n = ce + 1;
  while (n < e && t[n] == ' ') n++;
  int code = 0, words = 0;
  for (size_t i = s; i < ce;) {
    if (t[i] == ' ') {
      i++;
      continue;
    }
    size_t j = i;
    int dig = 0, alpha = 0; /* alpha: a letter after a digit ("AZ1000" is a postcode) */
    while (j < ce && t[j] != ' ') {
      dig |= is_dig((unsigned char)t[j]);
      alpha |= dig && is_alpha((unsigned char)t[j]);
      j++;
    }
    if (listed_word(t, i, j, addr_words) || postcode_at(t, i, ce) || ++words > 3) return s;
    code |= dig && alpha && j - i >= 5;
    i = j;
  }
  return code && n < e && address_shape(t, n, e) ? n : s;
}

/* A labelled value cut by the line's width, as a scanned card prints it
 * ("Qeydiyyat ünvanı: BAKI ŞƏH., NƏSİMİ R-NU, C.CABBARLI" over "KÜÇ. 40,
 * M. 1O", batch 34): when the value [s, e) ends its line with an address
 * word but no number, the next line of at most six words, no label, no
 * e-mail and no other finding, that holds the street word and the number,
 * goes on with it. Returns the new end, or e. */
static size_t wrapped_rest(const char *t, size_t len, size_t s, size_t e, const gizli_finding *st,
                           size_t n_st) {
  size_t le = line_end(t, len, e), k = e;
  while (k < le && strchr(" ,.\r", t[k])) k++;
  if (k < le || le >= len) return e;
  int word = 0;
  for (size_t i = s; i < e;) {
    if (!gz_word_byte((unsigned char)t[i])) {
      i++;
      continue;
    }
    size_t j = word_end(t, i, e);
    word |= listed_word(t, i, j, addr_words);
    i = j;
  }
  if (!word) return e;
  size_t ns = le + 1, ne = line_end(t, len, ns);
  while (ns < ne && t[ns] == ' ') ns++;
  size_t ve = value_end(t, ns, ne);
  if (ve <= ns || ve - ns > 64) return e;
  int words = 0;
  for (size_t i = ns; i < ve; i++) {
    if (t[i] == ':' || t[i] == '@' || t[i] == '|' || t[i] == '\t') return e;
    if (gz_word_byte((unsigned char)t[i]) && (i == ns || !gz_word_byte((unsigned char)t[i - 1])))
      words++;
  }
  if (words > 6 || !address_shape(t, ns, ve)) return e;
  for (size_t j = 0; j < n_st; j++)
    if (st[j].end > ns && st[j].start < ve) return e;
  return ve;
}

static int al_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)state;
  (void)scratch;
  (void)lang;
  /* the stems "nvan" and "dres" in lower case and in capitals: their
   * first three bytes found 16 offsets at a time (gz_find3), then the
   * fourth */
  static const char stems[4][3] = {{'n', 'v', 'a'}, {'N', 'V', 'A'}, {'d', 'r', 'e'}, {'D', 'R', 'E'}};
  gz_nib3 m;
  gz_find3_prepare(&m, stems, 4);
  for (size_t at = 0; (at = gz_find3_with(&m, text, len, at, stems, 4)) + 4 <= len; at++) {
    {
      char last = text[at + 3];
      if (!(((text[at] | 32) == 'n' && (last | 32) == 'n') ||
            ((text[at] | 32) == 'd' && (last | 32) == 's')) ||
          (last & 32) != (text[at] & 32))
        continue;
      /* the word around the stem */
      size_t ws = at, we = at + 4;
      while (ws > 0 && gz_word_byte((unsigned char)text[ws - 1]) && at - ws < 8) ws--;
      while (we < len && gz_word_byte((unsigned char)text[we]) && we - at < 12) we++;
      if (camel_address(text, len, at, &ws, &we)) {
        /* "homePostalAddress: 9 Albert Grove$Levenshulme$..." */
      } else if ((ws > 0 && gz_word_byte((unsigned char)text[ws - 1])) ||
                 (we < len && gz_word_byte((unsigned char)text[we])) || !label_word(text, ws, we)) {
        continue;
      }
      size_t s, e;
      if (!labelled_value(text, len, ws, we, &s, &e)) continue;
      if (push_next_line(text, len, s, e, structured, n_structured, out)) return GIZLI_E_NOMEM;
      /* stop before a pattern finding; none may cover the start, but for
       * an address that leaves the rest of the value out ("Təbriz küç.
       * 114A" of "..., blok 2, mənzil 19"): then the rest is reported */
      int skip = 0;
      for (size_t j = 0; j < n_structured; j++) {
        const gizli_finding *f = &structured[j];
        if (f->end <= s || f->start >= e) continue;
        if (f->start <= s) {
          if (f->type != GIZLI_T_ADDRESS || f->end >= e) {
            skip = 1;
            break;
          }
          s = f->end;
          while (s < e && (text[s] == ',' || text[s] == ' ')) s++;
          continue;
        }
        e = f->start;
      }
      if (skip) continue;
      e = value_end(text, s, e);
      if (e > s) s = after_code_cell(text, s, e);
      if (e > s && !address_shape(text, s, e)) e = wrapped_rest(text, len, s, e, structured, n_structured);
      if (e <= s || !address_shape(text, s, e)) continue;
      if (gz_findings_push(out, s, e, GIZLI_T_ADDRESS, 0.95f, GIZLI_F_CONTEXT | GIZLI_F_LABEL))
        return GIZLI_E_NOMEM;
    }
  }
  /* lower-case UK addresses, anchored on their street word */
  static const char *const streets[] = {" rd ",  " road ", " st ",  " street ", " lane ",
                                        " ave ", " walk ", " way ", NULL};
  static const char heads[6][3] = {{' ', 'r', 'd'}, {' ', 'r', 'o'}, {' ', 's', 't'},
                                   {' ', 'l', 'a'}, {' ', 'a', 'v'}, {' ', 'w', 'a'}};
  gz_find3_prepare(&m, heads, 6);
  for (size_t at = 0; (at = gz_find3_with(&m, text, len, at, heads, 6)) + 4 <= len; at++) {
    for (int k = 0; streets[k]; k++) {
      /* the needle's two letters first: most hits are " st", " wa" or
       * " la" of other words, for one street word at most */
      if (text[at + 1] != streets[k][1] || text[at + 2] != streets[k][2]) continue;
      size_t n = strlen(streets[k]), s, e;
      if (at + n > len || memcmp(text + at, streets[k], n) != 0) continue;
      if (!lower_uk(text, len, at, n, &s, &e)) continue;
      int skip = 0;
      for (size_t j = 0; j < n_structured && !skip; j++)
        skip = structured[j].end > s && structured[j].start < e;
      for (size_t j = 0; j < out->n && !skip; j++) skip = out->v[j].end > s && out->v[j].start < e;
      if (skip) continue;
      if (gz_findings_push(out, s, e, GIZLI_T_ADDRESS, 0.9f, 0)) return GIZLI_E_NOMEM;
    }
  }
  return GIZLI_OK;
}

const gz_recognizer gz_address_lines_recognizer = {
    .name = "address_lines",
    .types = 1u << GIZLI_T_ADDRESS,
    /* no state and no scratch: create, destroy and scratch_* stay NULL */
    .scan = al_scan,
    .ctx_gated = 0, /* the lower-case UK pass needs no context word */
};
