/* india.c - Indian street addresses in English text, ended by their
 * six-digit PIN code, and Indian phone numbers without +91 (issue 2):
 *
 *   Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038
 *   H.No. 12-5-34, Vijayapuri Colony, Tarnaka, Secunderabad, Telangana 500017
 *   B-17, Sector 62, Noida, Uttar Pradesh 201301
 *   Plot No. 45, MIDC, Andheri (East), Mumbai - 400093
 *
 * A PIN (six digits, the first 1-8, no digit or letter next to them)
 * after a town or state that is a comma-separated part of its own
 * ("..., Bengaluru 560038", "..., Mumbai - 400093"), with at least two
 * parts before it, all capitalised words, numbers and house or street
 * tokens. The first part must open with a house word ("Flat", "H.No.",
 * "Plot", "No.", "House", "Door", "Shop", "#"), or a part must hold a
 * number and another an Indian street word ("Cross", "Main", "Nagar",
 * "Colony", "Sector", "Marg", "Layout", "Phase", "Road", ...).
 * Words before the house token in the first part ("Please deliver to",
 * "Registered office:") are left out. Amounts, order numbers and other
 * six-digit numbers have no such parts ("Rs 560038", "order 400093"),
 * and a capitalised label before the number ("Total", "Order", "PIN")
 * is no town.
 *
 * Phones written the national way, after a phone word on their line
 * ("Tel:", "Ph", "Phone", "Mobile", "Mob", "Call", "Contact", "WhatsApp",
 * "Landline", up to 48 bytes before): a trunk 0, an STD code and the
 * subscriber's number apart, eleven digits in all ("080-41234567",
 * "0124-4123456", "011 23456789"), or a mobile (6-9 and nine digits) with
 * its 0 ("09845012345") or grouped 5-5 ("98450 12345") or 4-3-3 ("9820
 * 114 736"). The "+91" forms
 * are the international pattern's.
 *
 * A recognizer: run on English text only; the PINs and phones are found
 * by one pass over the bytes for digits, the text before them read only
 * then. */
#include "internal.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#define IN_MAX_PARTS 8
#define IN_MAX_SPAN  240 /* bytes from the address start to the PIN */

/* Does the word w hold an ASCII digit byte? (bytes of 0x80 and more
 * are none: the classic "has a byte between" bit trick) */
static int in_has_digit(uint64_t w) {
  const uint64_t ones = 0x0101010101010101ull, low7 = ones * 127, high = ones * 128;
  uint64_t x = w & low7;
  return ((ones * (127 + '9' + 1) - x) & ~w & (x + ones * (127 - ('0' - 1))) & high) != 0;
}

static int in_alpha(unsigned char c) {
  return (c | 32) >= 'a' && (c | 32) <= 'z';
}
static int in_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
static int in_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}

/* Words that are no town before a number: labels of amounts and
 * references. */
static const char *const in_not_town[] = {
    "Rs",      "INR",      "Total", "Order", "Invoice", "Amount",  "Ref",    "No",
    "PIN",     "Pin",      "Code",  "ID",    "Account", "Policy",  "Ticket", "Case",
    "Number",  "Balance",  "Paid",  "Due",   "Txn",     "UTR",     "OTP",    "Bill",
    "Receipt", "Tracking", "AWB",   "Claim", "Loan",    "Booking", "PNR",    NULL};

/* Indian street and place words of a part. */
static const char *const in_street[] = {
    "Cross",   "Main",      "Nagar",   "Colony",    "Sector",  "Marg",       "Layout",
    "Phase",   "Road",      "Rd",      "Street",    "St",      "Lane",       "Block",
    "Stage",   "Extension", "Enclave", "Residency", "Society", "Apartments", "Apartment",
    "Apts",    "Towers",    "Tower",   "Complex",   "Chowk",   "Bazar",      "Bazaar",
    "Gali",    "Mohalla",   "Puram",   "Halli",     "Pet",     "MIDC",       "Estate",
    "Village", "Taluk",     "Mandal",  "District",  "Dist",    "Post",       "Vihar",
    "Bagh",    "Ganj",      "Nagara",  "Floor",     "Wing",    "Plot",       "Flat",
    NULL};

/* House tokens that open an address. */
static const char *const in_house[] = {"Flat",  "H.No.", "H.No", "H. No.", "Plot",      "No.",
                                       "House", "Door",  "Shop", "Apt",    "Apartment", "Villa",
                                       "Unit",  "D.No.", "#",
                                       /* a Thiruvananthapuram Corporation
                                        * house number: "TC 25/1432" */
                                       "TC",    NULL};

static int in_word_in(const char *t, size_t a, size_t b, const char *const *list) {
  for (int i = 0; list[i]; i++)
    if (strlen(list[i]) == b - a && memcmp(t + a, list[i], b - a) == 0) return 1;
  return 0;
}

/* Does a house token start at i (before e)? A number ("302", "12-5-34"),
 * a letter and a dash and a number ("B-17", "B-704"), or a word of
 * in_house followed by a space, a digit or the part's end. */
static int in_house_at(const char *t, size_t i, size_t e) {
  if (i >= e) return 0;
  if (in_digit((unsigned char)t[i])) return 1;
  if (in_upper((unsigned char)t[i]) && i + 2 < e && t[i + 1] == '-' &&
      in_digit((unsigned char)t[i + 2]))
    return 1;
  for (int k = 0; in_house[k]; k++) {
    size_t n = strlen(in_house[k]);
    if (i + n <= e && memcmp(t + i, in_house[k], n) == 0 &&
        (i + n == e || t[i + n] == ' ' || in_digit((unsigned char)t[i + n])))
      return 1;
  }
  return 0;
}

/* The words of the part [a, b): is each a capitalised word, a number or
 * a token with a digit ("4th", "12-5-34", "B-17"), an abbreviation
 * ("N.M.", "H.No."), a bracketed word ("(East)") or "of", "the", "near",
 * "opp."? Sets *digit and *street when a word has a digit or is a street
 * word. */
static int in_part_ok(const char *t, size_t a, size_t b, int *digit, int *street) {
  size_t i = a;
  int words = 0;
  while (i < b) {
    while (i < b && t[i] == ' ') i++;
    if (i >= b) break;
    size_t j = i;
    while (j < b && t[j] != ' ') j++;
    size_t ws = i, we = j;
    if (t[ws] == '(' && we > ws + 1 && t[we - 1] == ')') ws++, we--;
    unsigned char c = (unsigned char)t[ws];
    int has_digit = 0;
    for (size_t k = ws; k < we; k++) has_digit |= in_digit((unsigned char)t[k]);
    if (has_digit) {
      *digit = 1;
    } else if (in_upper(c) || c == '#') {
      size_t ce = we;
      while (ce > ws && t[ce - 1] == '.') ce--;
      if (in_word_in(t, ws, ce, in_street) || in_word_in(t, ws, we, in_street)) *street = 1;
      /* "Indiranagar", "Koramangala 4th Block": a town part ending in -nagar */
      if (we - ws > 6 && memcmp(t + we - 5, "nagar", 5) == 0) *street = 1;
    } else if (!((we - ws == 2 && !memcmp(t + ws, "of", 2)) ||
                 (we - ws == 3 && !memcmp(t + ws, "the", 3)) ||
                 (we - ws == 4 && !memcmp(t + ws, "near", 4)) ||
                 (we - ws == 4 && !memcmp(t + ws, "opp.", 4)))) {
      return 0;
    }
    for (size_t k = ws; k < we; k++) {
      unsigned char x = (unsigned char)t[k];
      if (!(in_alpha(x) || in_digit(x) || x == '.' || x == '-' || x == '/' || x == '#' ||
            x == '\'' || x >= 0x80))
        return 0;
    }
    words++;
    i = j;
  }
  return words > 0;
}

/* The largest Indian cities, as a town before the PIN of a table cell
 * (batch 55). */
static const char *const in_metros[] = {
    "Mumbai",    "Delhi",   "New Delhi", "Bengaluru",   "Bangalore", "Chennai", "Kolkata",
    "Hyderabad", "Pune",    "Ahmedabad", "Noida",       "Gurugram",  "Gurgaon", "Thane",
    "Jaipur",    "Lucknow", "Kochi",     "Navi Mumbai", NULL};

/* Is the part [a, b) the name of an Indian state or union territory
 * (the last part before the PIN, batch 56)? */
static int in_state_before(const char *t, size_t a, size_t b) {
  static const char *const states[] = {"Maharashtra",
                                       "Karnataka",
                                       "Tamil Nadu",
                                       "Kerala",
                                       "Telangana",
                                       "Andhra Pradesh",
                                       "Gujarat",
                                       "Rajasthan",
                                       "Uttar Pradesh",
                                       "Madhya Pradesh",
                                       "West Bengal",
                                       "Bihar",
                                       "Odisha",
                                       "Punjab",
                                       "Haryana",
                                       "Delhi",
                                       "New Delhi",
                                       "Goa",
                                       "Assam",
                                       "Jharkhand",
                                       "Chhattisgarh",
                                       "Uttarakhand",
                                       "Himachal Pradesh",
                                       "Jammu and Kashmir",
                                       NULL};
  return in_word_in(t, a, b, states);
}

/* The address ending at the PIN [p, p + 6), or 0; its start in *start.
 * quoted_end: a '"' follows the PIN (the end of a quoted table cell). */
static int in_address(const char *t, size_t p, int quoted_end, size_t *start) {
  size_t lo = p > IN_MAX_SPAN ? p - IN_MAX_SPAN : 0;
  /* the town right before: "Bengaluru 560038", "Mumbai - 400093" */
  size_t i = p;
  int seps = 0;
  while (i > lo && seps < 5 &&
         (t[i - 1] == ' ' || t[i - 1] == '-' || t[i - 1] == ',' ||
          (i >= 3 && (unsigned char)t[i - 1] == 0x93 && (unsigned char)t[i - 2] == 0x80 &&
           (unsigned char)t[i - 3] == 0xE2)))
    i -= (unsigned char)t[i - 1] == 0x93 ? 3 : 1, seps++;
  if (i == p || i <= lo || !in_alpha((unsigned char)t[i - 1])) return 0;
  size_t town_end = i;
  /* the parts, back to the line's start or a part that is none */
  size_t ps[IN_MAX_PARTS], pe[IN_MAX_PARTS];
  int n = 0, digit = 0, street = 0;
  size_t e = town_end;
  while (n < IN_MAX_PARTS) {
    size_t a = e;
    while (a > lo && t[a - 1] != ',' && t[a - 1] != '\n' && t[a - 1] != ':' && t[a - 1] != ';' &&
           t[a - 1] != '"')
      a--;
    size_t s = a;
    while (s < e && t[s] == ' ') s++;
    if (s >= e) break;
    ps[n] = s;
    pe[n] = e;
    n++;
    if (a <= lo || t[a - 1] != ',') break;
    e = a - 1;
  }
  if (n < 2) return 0; /* the town and a part at least */
  /* the town: capitalised words, no label of an amount */
  {
    size_t a = ps[0], b = pe[0];
    size_t w = a;
    while (w < b && t[w] != ' ') w++;
    if (!in_upper((unsigned char)t[a]) || in_word_in(t, a, w, in_not_town)) return 0;
    int d = 0, st = 0;
    if (!in_part_ok(t, a, b, &d, &st) || d) return 0;
  }
  /* the other parts, nearest first; the farthest may open with words
   * that are no address ("Please deliver to Flat 302") */
  int first = n - 1;
  size_t open = ps[first];
  for (int k = 1; k < n; k++) {
    int d = 0, st = 0;
    if (in_part_ok(t, ps[k], pe[k], &d, &st)) {
      digit |= d;
      street |= st;
      continue;
    }
    /* a part that is none ends the address: from its last house token
     * on, or after it ("... PNR X4KQ9RT. pickup from B-1204, Lodha
     * Amara, Kolshet Road, Thane West 400607" of a chat, batch 49) */
    first = k;
    size_t h = pe[k];
    for (size_t x = ps[k]; x < pe[k]; x++)
      if ((x == ps[k] || t[x - 1] == ' ') && in_house_at(t, x, pe[k])) {
        int dd = 0, ss = 0;
        if (in_part_ok(t, x, pe[k], &dd, &ss)) {
          h = x;
          digit |= dd;
          street |= ss;
          break;
        }
      }
    if (h == pe[k]) {
      first = k - 1;
      open = ps[first];
    } else {
      open = h;
    }
    break;
  }
  /* one part before the town is enough when it opens with the house
   * number and holds a street word: "12 MG Road, Thiruvananthapuram
   * 695035" (sixth session; "Sector 62, Noida 201301" is none) */
  if (first < 1) return 0;
  int road1 = 0;
  /* a locality and a metro with its PIN as a whole quoted table cell, an
   * export's billing-city column: "\"Bandra West, Mumbai 400050\"" (batch
   * 55) */
  if (first == 1 && open > 0 && t[open - 1] == '"' && quoted_end &&
      in_word_in(t, ps[0], pe[0], in_metros) && !digit)
    road1 = 1;
  if (first == 1 && !road1 && !(digit && street && in_digit((unsigned char)t[open]))) {
    /* or a named road of two words or more before the town, "Whitefield
     * Main Road, Bengaluru 560048" (sixth session; the last word a
     * road's, not an area's: "Sector 62" and "Vikas Nagar" are none) */
    static const char *const roads[] = {"Road", "Rd", "Street", "St", "Lane", "Marg", NULL};
    size_t b = pe[1], w = b;
    while (w > open && t[w - 1] != ' ') w--;
    if (w == open || !in_word_in(t, w, b, roads)) return 0;
    road1 = 1;
  }
  /* a house word first ("Flat 302", "Plot No. 45"), or a number and a
   * street word ("B-17, Sector 62"): numbers alone are a list ("1. Team
   * A, 2. Team B, Prize 500000") */
  int word = in_house_at(t, open, pe[first]) && !in_digit((unsigned char)t[open]) &&
             !(t[open + 1] == '-' && in_digit((unsigned char)t[open + 2]));
  /* or two parts or more with a street word and no number before a
   * state's name, "Lodha Amara, Kolshet Road, Thane West, Maharashtra
   * 400607" (a building's name for the house number; batch 56) */
  int state_named = street && first >= 2 && in_state_before(t, ps[0], pe[0]);
  if (!word && !(digit && street) && !road1 && !state_named) {
    /* no number: from the farthest named road of two words or more on,
     * the building before it left out ("(4th Floor, Prestige Tech Park,
     * Outer Ring Road, Marathahalli, Bengaluru 560103)", batch 49) */
    static const char *const roads[] = {"Road", "Rd", "Street", "Marg", NULL};
    int found = 0;
    for (int k = first; k >= 1 && !found; k--) {
      size_t a = ps[k], b = pe[k], w = b;
      while (w > a && t[w - 1] != ' ') w--;
      if (w > a && in_word_in(t, w, b, roads)) {
        int d = 0, st = 0;
        found = in_part_ok(t, a, b, &d, &st) && k >= 2;
        if (found) open = a;
      }
    }
    if (!found) return 0;
  }
  *start = open;
  return 1;
}

/* Is there a phone word before i on its line, within 48 bytes? */
static int in_phone_word(const char *t, size_t i) {
  static const char *const words[] = {"tel",     "ph",   "phone",    "mobile",   "mob",      "call",
                                      "contact", "cell", "whatsapp", "landline", "helpline", NULL};
  size_t lo = i > 48 ? i - 48 : 0;
  for (size_t a = i; a > lo; a--) {
    if (t[a - 1] == '\n') return 0;
    if (!in_alpha((unsigned char)t[a - 1]) || (a - 1 > lo && in_alpha((unsigned char)t[a - 2])))
      continue;
    size_t b = a - 1;
    while (b < i && in_alpha((unsigned char)t[b])) b++;
    for (int k = 0; words[k]; k++)
      if (strlen(words[k]) == b - (a - 1) && strncasecmp(t + a - 1, words[k], b - (a - 1)) == 0)
        return 1;
  }
  return 0;
}

/* An Indian national phone number starting at i (its first digit): its
 * end, or 0. alt: the number follows another phone and a "/" or "or"
 * (in_after_phone), where a mobile's ten digits run together are one too.
 * The separator after an STD code may differ from the subscriber number's
 * own ("044-2441 8702", batch 42). */
static size_t in_phone(const char *t, size_t len, size_t i, int alt) {
  size_t g[3], ge[3];
  int n = 0;
  size_t k = i;
  char sep = 0;
  while (n < 3) {
    g[n] = k;
    while (k < len && in_digit((unsigned char)t[k])) k++;
    ge[n++] = k;
    if (k + 1 < len && (t[k] == '-' || t[k] == ' ') && (n == 1 || !sep || t[k] == sep) &&
        in_digit((unsigned char)t[k + 1])) {
      if (n > 1) sep = t[k];
      k++;
    } else {
      break;
    }
  }
  if (k < len && (in_alpha((unsigned char)t[k]) || (unsigned char)t[k] >= 0x80 ||
                  ((t[k] == '.' || t[k] == ',' || t[k] == '/') && k + 1 < len &&
                   in_digit((unsigned char)t[k + 1]))))
    return 0;
  size_t digits = 0;
  for (int x = 0; x < n; x++) digits += ge[x] - g[x];
  if (t[i] == '0') {
    if (digits != 11) return 0;
    /* 09845012345 */
    if (n == 1) return t[i + 1] >= '6' && t[i + 1] <= '9' ? k : 0;
    /* 080-41234567, 0124-4123456: an STD code of 2-4 digits after the 0 */
    if (n == 2 && ge[0] - g[0] >= 3 && ge[0] - g[0] <= 5 && t[g[1]] >= '2' && t[g[1]] <= '9')
      return k;
    /* 098450 12345 */
    if (n == 2 && ge[0] - g[0] == 6 && t[i + 1] >= '6' && t[i + 1] <= '9') return k;
    /* 044-2441 8702, 011 2345 6789: the STD code, then the number in two */
    if (n == 3 && ge[0] - g[0] >= 3 && ge[0] - g[0] <= 5 && t[g[1]] >= '2' && t[g[1]] <= '9' &&
        ge[1] - g[1] >= 3 && ge[2] - g[2] >= 3)
      return k;
    return 0;
  }
  /* 98450 12345 */
  if (n == 2 && ge[0] - g[0] == 5 && ge[1] - g[1] == 5 && t[i] >= '6' && t[i] <= '9') return k;
  /* 9820 114 736 (batch 47, after "mobile:") */
  if (n == 3 && ge[0] - g[0] == 4 && ge[1] - g[1] == 3 && ge[2] - g[2] == 3 && t[i] >= '6' &&
      t[i] <= '9')
    return k;
  /* 9949317026, as the second number of a contact ("+91 98480 22713 /
   * 9949317026") */
  if (alt && n == 1 && digits == 10 && t[i] >= '6' && t[i] <= '9') return k;
  return 0;
}

/* Does the number at i follow another phone number, a "/" or "or" between
 * them ("+91 98480 22713 / 9949317026", batch 42)? A pattern finding of
 * st or one of this recognizer's (out->v[mine..]) must end right before
 * the separator. */
static int in_after_phone(const char *t, size_t i, const gizli_finding *st, size_t n_st,
                          const gz_findings *out, size_t mine) {
  size_t k = i;
  while (k > 0 && t[k - 1] == ' ') k--;
  if (k > 0 && t[k - 1] == '/')
    k--;
  else if (k >= 2 && t[k - 1] == 'r' && t[k - 2] == 'o' && (k == 2 || t[k - 3] == ' '))
    k -= 2;
  else
    return 0;
  while (k > 0 && t[k - 1] == ' ') k--;
  for (size_t j = 0; j < n_st; j++)
    if (st[j].type == GIZLI_T_PHONE && st[j].end == k) return 1;
  for (size_t j = mine; j < out->n; j++)
    if (out->v[j].type == GIZLI_T_PHONE && out->v[j].end == k) return 1;
  return 0;
}

/* Does the number at i follow an e-mail address on its line, only a dash,
 * comma, bar or semicolon between them (at most 8 bytes)? A contact list's
 * row, "Sneha Iyer — sneha_iyer@yahoo.co.in — 080-4123 9087", "...
 * @rediffmail.com — 9845012276" (batch 55): the number is the person's
 * phone, no phone word needed, and a mobile's ten digits run together are
 * one too. */
static int in_after_email(const char *t, size_t i, const gizli_finding *st, size_t n_st) {
  size_t k = i;
  while (k > 0 && i - k < 8 &&
         (t[k - 1] == ' ' || t[k - 1] == '-' || t[k - 1] == ',' || t[k - 1] == '|' ||
          t[k - 1] == ';' || (unsigned char)t[k - 1] == 0xE2 || (unsigned char)t[k - 1] == 0x80 ||
          (unsigned char)t[k - 1] == 0x93 || (unsigned char)t[k - 1] == 0x94))
    k--;
  if (k == i || t[i - 1] != ' ') return 0;
  for (size_t j = 0; j < n_st; j++)
    if (st[j].type == GIZLI_T_EMAIL && st[j].end == k) return 1;
  return 0;
}

/* Reports [s, e) unless it overlaps a pattern finding or one of this
 * recognizer's (from out->v[mine] on); another recognizer's finding
 * (a PERSON inside the address) is left to the overlap resolution. */
static int in_push(size_t s, size_t e, int type, const gizli_finding *st, size_t n_st,
                   gz_findings *out, size_t mine) {
  /* a pattern's address inside the span is its start without the PIN
   * ("12 MG Road, Thiruvananthapuram"): the rest from its end on is
   * pushed, and gz_merge_address_parts (address_spans.c) joins the two, as a
   * recognizer's finding never displaces a pattern's (sixth session) */
  size_t s0 = s;
  for (size_t j = 0; j < n_st; j++)
    if (type == GIZLI_T_ADDRESS && st[j].type == GIZLI_T_ADDRESS && st[j].start >= s0 &&
        st[j].end < e && st[j].end > s)
      s = st[j].end;
  for (size_t j = 0; j < n_st; j++)
    if (st[j].start < e && st[j].end > s) return GIZLI_OK;
  for (size_t j = mine; j < out->n; j++)
    if (out->v[j].start < e && out->v[j].end > s) return GIZLI_OK;
  /* An address (house word or numbered street parts, town and PIN) scores
   * above what the name model gives a locality that reads as a name
   * ("H.No. 4/112, Vikas Nagar, Sector 4, Lucknow - 226022", batch 42),
   * so the overlap resolution keeps the address. */
  float score = type == GIZLI_T_ADDRESS ? 0.99f : 0.85f;
  return gz_findings_push(out, s, e, type, score, 0) ? GIZLI_E_NOMEM : GIZLI_OK;
}

static int in_scan(const void *state, void *scratch, const char *t, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)state;
  (void)scratch;
  if (lang != GIZLI_LANG_EN) return GIZLI_OK;
  size_t mine = out->n;
  for (size_t i = 1; i + 6 <= len; i++) {
    /* eight bytes at a time up to a digit: text is mostly letters */
    while (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, t + i, 8);
      if (in_has_digit(w)) break;
      i += 8;
    }
    if (i + 6 > len) break; /* the skip may pass the last place a value fits */
    unsigned char c = (unsigned char)t[i];
    if (c < '0' || c > '9') continue;
    unsigned char b = (unsigned char)t[i - 1];
    if (!in_digit(b) && !in_alpha(b) && b < 0x80 && b != '.' && b != '+' && b != '/' && b != '-' &&
        (c == '0' || c >= '6')) {
      size_t pe = in_phone(t, len, i, 0);
      /* ten digits run together: read the text before only then */
      if (!pe && c >= '6' && i + 10 <= len && in_digit((unsigned char)t[i + 9]) &&
          (i + 10 == len || !in_digit((unsigned char)t[i + 10])) &&
          in_after_phone(t, i, structured, n_structured, out, mine))
        pe = in_phone(t, len, i, 1);
      int mail = 0;
      if (!pe && c >= '6' && i + 10 <= len && in_digit((unsigned char)t[i + 9]) &&
          (i + 10 == len || !in_digit((unsigned char)t[i + 10])) &&
          (mail = in_after_email(t, i, structured, n_structured)))
        pe = in_phone(t, len, i, 1);
      if (pe && (mail || in_phone_word(t, i) || in_after_email(t, i, structured, n_structured))) {
        int rc = in_push(i, pe, GIZLI_T_PHONE, structured, n_structured, out, mine);
        if (rc) return rc;
        i = pe - 1;
        continue;
      }
    }
    if (c < '1' || c > '8') continue;
    if (in_digit(b) || in_alpha(b) || b >= 0x80 || b == '.' || b == '+' || b == '/') {
      while (i + 1 < len && in_digit((unsigned char)t[i + 1])) i++;
      continue;
    }
    size_t k = i + 1;
    while (k < len && k - i < 7 && in_digit((unsigned char)t[k])) k++;
    if (k - i != 6 || (k < len && (in_alpha((unsigned char)t[k]) || (unsigned char)t[k] >= 0x80 ||
                                   ((t[k] == '.' || t[k] == ',' || t[k] == '/' || t[k] == '-') &&
                                    k + 1 < len && in_digit((unsigned char)t[k + 1]))))) {
      i = k - 1;
      continue;
    }
    size_t s;
    if (in_address(t, i, k < len && t[k] == '"', &s)) {
      int rc = in_push(s, k, GIZLI_T_ADDRESS, structured, n_structured, out, mine);
      if (rc) return rc;
    }
    i = k - 1;
  }
  return GIZLI_OK;
}

const gz_recognizer gz_india_recognizer = {
    .name = "india",
    .types = 1u << GIZLI_T_ADDRESS | 1u << GIZLI_T_PHONE,
    .scan = in_scan,
};
