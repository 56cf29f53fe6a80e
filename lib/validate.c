/* validate.c - checksum and structure validators for identifiers: Turkish
 * T.C. Kimlik No and VKN, Azerbaijani VÖEN, IBAN (every SWIFT-registry
 * country), payment cards (Luhn + issuer ranges) and MERSİS. Each validator
 * accepts the candidate as written, ignoring the separators its format allows
 * (spaces, dashes, dots), and returns 1 when valid. */
#include "internal.h"

#include <string.h>

/* Copies the digits of s into out (at most cap), skipping ' ', '-', '.'.
 * Returns the digit count, or -1 if another character is present or there are
 * more than cap digits. */
static int collect_digits(const char *s, size_t len, int *out, int cap) {
  int n = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= '0' && c <= '9') {
      if (n == cap) return -1;
      out[n++] = c - '0';
    } else if (c != ' ' && c != '-' && c != '.') {
      return -1;
    }
  }
  return n;
}

/* T.C. Kimlik No: 11 digits, first non-zero,
 * d10 = (7*(d1+d3+d5+d7+d9) - (d2+d4+d6+d8)) mod 10 (mathematical modulo),
 * d11 = (d1+...+d10) mod 10. */
int gizli_valid_tckn(const char *s, size_t len) {
  int d[11];
  if (!s || collect_digits(s, len, d, 11) != 11 || d[0] == 0) return 0;
  int odd = d[0] + d[2] + d[4] + d[6] + d[8];
  int even = d[1] + d[3] + d[5] + d[7];
  int d10 = ((7 * odd - even) % 10 + 10) % 10;
  if (d10 != d[9]) return 0;
  int sum = 0;
  for (int i = 0; i < 10; i++) sum += d[i];
  return sum % 10 == d[10];
}

/* VKN (Vergi Kimlik Numarası): 10 digits; for i = 1..9 over the first nine
 * digits from the right, c1 = (d + i) mod 10, and when c1 != 0,
 * c2 = (c1 * 2^i) mod 9, with 0 read as 9; check = (10 - sum(c2) mod 10) mod 10. */
int gizli_valid_vkn(const char *s, size_t len) {
  int d[10];
  if (!s || collect_digits(s, len, d, 10) != 10) return 0;
  int sum = 0;
  for (int i = 1; i <= 9; i++) {
    int c1 = (d[9 - i] + i) % 10;
    if (c1) {
      int c2 = (c1 * (1 << i)) % 9;
      sum += c2 ? c2 : 9;
    }
  }
  return (10 - sum % 10) % 10 == d[9];
}

/* VÖEN: 10 digits; d9 = (4,1,8,6,2,7,5,3 . d1..d8) mod 11 and never 10;
 * d10 is 1 (legal entity) or 2 (natural person). */
int gizli_valid_voen(const char *s, size_t len) {
  static const int w[8] = {4, 1, 8, 6, 2, 7, 5, 3};
  int d[10];
  if (!s || collect_digits(s, len, d, 10) != 10) return 0;
  if (d[9] != 1 && d[9] != 2) return 0;
  int sum = 0;
  for (int i = 0; i < 8; i++) sum += w[i] * d[i];
  int c = sum % 11;
  return c != 10 && c == d[8];
}

/* Luhn over the digits of s (separators allowed). */
int gizli_valid_luhn(const char *s, size_t len) {
  int d[32];
  int n = s ? collect_digits(s, len, d, 32) : -1;
  if (n < 2) return 0;
  int sum = 0;
  for (int i = 0; i < n; i++) {
    int v = d[n - 1 - i];
    if (i & 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 == 0;
}

/* Payment card: Luhn plus an issuer range with its lengths: Visa 4 (13, 16,
 * 19), Mastercard 51-55 and 2221-2720 (16), Amex 34/37 (15), Discover 6011,
 * 644-649, 65 (16-19), JCB 3528-3589 (16-19), Diners 300-305, 36, 38 (14-19),
 * UnionPay 62 (16-19), Maestro 50, 56-58, 67 (16-19: shorter ones are rare
 * and collide with tracking numbers), Troy 9792 (16), Mir
 * 2200-2204 (16-19). */
int gizli_valid_card(const char *s, size_t len) {
  int d[32];
  int n = s ? collect_digits(s, len, d, 32) : -1;
  if (n < 12 || n > 19 || !gizli_valid_luhn(s, len)) return 0;
  int p2 = d[0] * 10 + d[1];
  int p3 = p2 * 10 + d[2];
  int p4 = p3 * 10 + d[3];
  if (d[0] == 4) return n == 13 || n == 16 || n == 19;
  if (p2 >= 51 && p2 <= 55) return n == 16;
  if (p4 >= 2221 && p4 <= 2720) return n == 16;
  if (p4 >= 2200 && p4 <= 2204) return n >= 16;
  if (p2 == 34 || p2 == 37) return n == 15;
  if (p4 == 9792) return n == 16;
  if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65) return n >= 16;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16;
  if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38) return n >= 14;
  if (p2 == 62) return n >= 16;
  if (p2 == 50 || (p2 >= 56 && p2 <= 58) || p2 == 67) return n >= 16; /* Maestro */
  return 0;
}

/* MERSİS: 16 digits starting with 0 whose digits 2-11 are a valid VKN. */
int gizli_valid_mersis(const char *s, size_t len) {
  int d[16];
  if (!s || collect_digits(s, len, d, 16) != 16 || d[0] != 0) return 0;
  char vkn[10];
  for (int i = 0; i < 10; i++) vkn[i] = (char)('0' + d[1 + i]);
  return gizli_valid_vkn(vkn, 10);
}

/* IBAN lengths per country code, from the SWIFT IBAN registry (including the
 * French overseas territories that use FR's format). */
static const struct {
  char cc[3];
  unsigned char len;
} iban_lengths[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BL", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28},
    {"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24},
    {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GF", 27}, {"GI", 23},
    {"GL", 18}, {"GP", 27}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23},
    {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32},
    {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22},
    {"MF", 27}, {"MK", 19}, {"MN", 20}, {"MQ", 27}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NC", 27},
    {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PF", 27}, {"PK", 24}, {"PL", 28}, {"PM", 27},
    {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RE", 27}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24},
    {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25},
    {"SV", 28}, {"TF", 27}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24},
    {"WF", 27}, {"XK", 20}, {"YE", 30}, {"YT", 27},
};

int gz_iban_length(const char *cc) {
  for (size_t i = 0; i < sizeof iban_lengths / sizeof iban_lengths[0]; i++)
    if (iban_lengths[i].cc[0] == cc[0] && iban_lengths[i].cc[1] == cc[1])
      return iban_lengths[i].len;
  return 0;
}

/* IBAN: known country, that country's length, [A-Z0-9] body, and
 * mod-97 == 1 over the rearranged number. Single spaces between characters
 * are allowed; letters must be upper case. */
int gizli_valid_iban(const char *s, size_t len) {
  char c[40];
  size_t n = 0;
  if (!s) return 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == ' ') continue;
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) return 0;
    if (n == sizeof c) return 0;
    c[n++] = (char)ch;
  }
  if (n < 15 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z') return 0;
  if (c[2] < '0' || c[2] > '9' || c[3] < '0' || c[3] > '9') return 0;
  if ((size_t)gz_iban_length(c) != n) return 0;
  unsigned rem = 0;
  for (size_t k = 0; k < n; k++) {
    char ch = c[(k + 4) % n];
    if (ch >= '0' && ch <= '9')
      rem = (rem * 10 + (unsigned)(ch - '0')) % 97;
    else
      rem = (rem * 100 + (unsigned)(ch - 'A' + 10)) % 97;
  }
  return rem == 1;
}
