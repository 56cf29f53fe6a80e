/* fin_replies.c - a FİN typed as a chat or form reply a line or two below
 * the request that asks for it, in any letter case: "Operator: Nömrənizi
 * və FİN kodunuzu yazın." / "Müştəri: 0504127733" / "Müştəri: 7g34ey6".
 * The az_fin pattern takes only capitals, az_fin_lower only a value right
 * after the word, and the reply rule of the engine only the line right
 * below: a request for several items is answered on several lines.
 *
 * A recognizer (see recognizers.c): it never displaces a pattern finding.
 * The request is a line holding the word FİN (fin, FIN, Fİn; with a case
 * suffix: "FİN-i", "fin kodunuzu") and no value of its own after it. Up to
 * three lines below are read while each is a short reply (an optional
 * time stamp, chat marker "- ", speaker and colon, then at most two
 * words with a letter); up to five lines below, a line that is the
 * token alone (a chat goes on between question and answer) also
 * counts; a reply that is one token of
 * seven FİN characters ([0-9A-HJ-NP-Z], I and O are never used) in one
 * letter case, with a digit and a letter, is a FİN. */
#include "internal.h"

#include <string.h>

#define FR_LINES 3
/* a chat goes on between the request and its answer: "FİN istəyirlər" /
 * "deyim?" / "yox, heç kimə vermə" / "artıq dedim" / "DZFFJ29" */
#define FR_BARE_LINES 5

static size_t fr_line_end(const char *t, size_t len, size_t i) {
  const char *p = memchr(t + i, '\n', len - i);
  return p ? (size_t)(p - t) : len;
}

/* Is the word at [ws, we) FİN: f, then i, I, İ or ı, then n, in any case? */
static int fin_word(const char *t, size_t ws, size_t we) {
  size_t n = we - ws;
  const char *p = t + ws;
  if (n < 3 || (p[0] != 'f' && p[0] != 'F')) return 0;
  size_t k = 1;
  if (p[1] == 'i' || p[1] == 'I')
    k = 2;
  else if (n >= 4 && (unsigned char)p[1] == 0xC4 &&
           ((unsigned char)p[2] == 0xB0 || (unsigned char)p[2] == 0xB1))
    k = 3;
  else
    return 0;
  return k < n && (p[k] == 'n' || p[k] == 'N') && k + 1 == n;
}

/* Does the line [ls, le) ask for a FİN: the word FİN, and after it no
 * digit (a value of its own: "FİN: 5ZQ8PRT")? */
static int fin_request(const char *t, size_t ls, size_t le) {
  for (size_t i = ls; i + 3 <= le; i++) {
    if (t[i] != 'f' && t[i] != 'F') continue;
    if (i > ls && gz_word_byte((unsigned char)t[i - 1])) continue;
    size_t we = i;
    while (we < le && gz_word_byte((unsigned char)t[we])) we++;
    if (!fin_word(t, i, we)) continue;
    for (size_t k = we; k < le; k++)
      if (t[k] >= '0' && t[k] <= '9') return 0;
    return 1;
  }
  return 0;
}

/* The reply of line [ls, le): after an optional chat or list marker
 * ("- ", "* ", "> ") and an optional speaker (at most three words and a
 * colon), at most two words. Returns 0 when the line is no short reply;
 * else the reply's first token in [*vs, *ve). */
static int short_reply(const char *t, size_t ls, size_t le, size_t *vs, size_t *ve) {
  /* a chat export's time stamp first: "[09:13] Rəşad: deyim?" */
  if (ls < le && t[ls] == '[') {
    const char *c = memchr(t + ls, ']', le - ls < 24 ? le - ls : 24);
    if (c) ls = (size_t)(c - t) + 1;
  }
  while (ls < le && (t[ls] == ' ' || t[ls] == '\t')) ls++;
  if (ls + 1 < le && (t[ls] == '-' || t[ls] == '*' || t[ls] == '>') && t[ls + 1] == ' ') ls += 2;
  size_t s = ls, lim = ls + 48 < le ? ls + 48 : le;
  int words = 0;
  for (size_t i = ls; i < lim; i++) {
    if (t[i] == ':' && i + 1 < le && t[i + 1] == ' ') {
      if (words >= 1 && words <= 3) s = i + 2;
      break;
    }
    if (gz_word_byte((unsigned char)t[i]) && (i == ls || !gz_word_byte((unsigned char)t[i - 1])))
      words++;
  }
  while (s < le && t[s] == ' ') s++;
  size_t e = le;
  while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '.')) e--;
  if (e <= s) return 0;
  /* at most two words with a letter (a phone "050 333 22 11" is one
   * answer), at most 40 bytes */
  int n = 0;
  for (size_t i = s; i < e;) {
    if (!gz_word_byte((unsigned char)t[i])) {
      i++;
      continue;
    }
    int letter = 0;
    for (; i < e && gz_word_byte((unsigned char)t[i]); i++) letter |= t[i] < '0' || t[i] > '9';
    n += letter;
  }
  if (n > 2 || e - s > 40) return 0;
  size_t k = s;
  while (k < e && gz_word_byte((unsigned char)t[k])) k++;
  *vs = s;
  *ve = k;
  return 1;
}

/* Seven FİN characters in one letter case, with a digit and a letter. */
static int fin_token(const char *t, size_t s, size_t e) {
  if (e - s != 7) return 0;
  int digit = 0, lower = 0, upper = 0;
  for (size_t i = s; i < e; i++) {
    char c = t[i];
    if (c >= '0' && c <= '9')
      digit = 1;
    else if (c >= 'a' && c <= 'z' && c != 'i' && c != 'o')
      lower = 1;
    else if (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O')
      upper = 1;
    else
      return 0;
  }
  return digit && (lower ^ upper);
}

/* Reads the reply lines below the request line [ls, le). */
static int replies_below(const char *text, size_t len, size_t le, const gizli_finding *structured,
                         size_t n_structured, gz_findings *out) {
  size_t ns = le + 1;
  int broken = 0;
  for (int k = 0; k < FR_BARE_LINES && ns < len; k++) {
    size_t ne = fr_line_end(text, len, ns), s, e;
    if (!short_reply(text, ns, ne, &s, &e)) {
      broken = 1;
      ns = ne + 1;
      continue;
    }
    /* past the first FR_LINES, or after a longer line, only a line that
     * is the FİN alone */
    if (broken || k >= FR_LINES) {
      size_t z = ne;
      while (z > e && (text[z - 1] == ' ' || text[z - 1] == '\r')) z--;
      if (s != ns || e != z) {
        ns = ne + 1;
        continue;
      }
    }
    if (fin_token(text, s, e) && (e == ne || !gz_word_byte((unsigned char)text[e]))) {
      int covered = 0;
      for (size_t j = 0; j < n_structured && !covered; j++)
        covered = structured[j].start < e && structured[j].end > s;
      if (!covered && gz_findings_push(out, s, e, GIZLI_T_AZ_FIN, 0.9f, GIZLI_F_CONTEXT))
        return GIZLI_E_NOMEM;
    }
    ns = ne + 1;
  }
  return GIZLI_OK;
}

static int fr_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)state;
  (void)scratch;
  (void)lang;
  /* the spellings of the word: ASCII, and with İ or ı */
  size_t last_line = SIZE_MAX;
  /* the word FİN: f, then i, I, İ or ı, then n; its first letter found by
   * memchr (much faster than a loop over every byte), the next 'f' and
   * the next 'F' kept apart */
  const char *pf = len ? memchr(text, 'f', len) : NULL, *pF = len ? memchr(text, 'F', len) : NULL;
  while (pf || pF) {
    const char *p = !pF || (pf && pf < pF) ? pf : pF;
    size_t at = (size_t)(p - text);
    if (p == pf)
      pf = at + 1 < len ? memchr(p + 1, 'f', len - at - 1) : NULL;
    else
      pF = at + 1 < len ? memchr(p + 1, 'F', len - at - 1) : NULL;
    if (at + 3 > len) continue;
    size_t k = at + 1;
    if (((unsigned char)text[k] | 0x20) == 'i')
      k++;
    else if ((unsigned char)text[k] == 0xC4 && k + 1 < len &&
             ((unsigned char)text[k + 1] == 0xB0 || (unsigned char)text[k + 1] == 0xB1))
      k += 2;
    else
      continue;
    if (k >= len || ((unsigned char)text[k] | 0x20) != 'n') continue;
    size_t from = k + 1;
    if ((at > 0 && gz_word_byte((unsigned char)text[at - 1])) ||
        (from < len && gz_word_byte((unsigned char)text[from])))
      continue;
    const char *nl = at > 0 ? memrchr(text, '\n', at) : NULL; /* the line's start */
    size_t ls = nl ? (size_t)(nl - text) + 1 : 0;
    if (ls == last_line) continue;
    last_line = ls;
    size_t le = fr_line_end(text, len, at);
    if (!fin_request(text, ls, le)) continue;
    int rc = replies_below(text, len, le, structured, n_structured, out);
    if (rc) return rc;
  }
  return GIZLI_OK;
}

const gz_recognizer gz_fin_replies_recognizer = {
    .name = "fin_replies",
    .types = 1u << GIZLI_T_AZ_FIN,
    /* no state and no scratch: create, destroy and scratch_* stay NULL */
    .scan = fr_scan,
    .ctx_gated = 1,
};
