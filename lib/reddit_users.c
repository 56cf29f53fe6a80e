/* reddit_users.c - Reddit user names written as Reddit writes them,
 * "u/kadikoylu_umut" or "/u/throwaway_rent99": a SOCIAL_HANDLE without an
 * '@', so the handle pattern (which the engine runs from each '@') never
 * sees it.
 *
 * A recognizer (see recognizers.c): it never displaces a pattern finding.
 * "u/" must start a word (or follow a '/' that does), the name is 3-20
 * bytes of [A-Za-z0-9_-] with a letter (up to 24: older accounts have
 * longer ones, "u/throwaway_tenancy_mcr"), ending the token, not after a
 * number (a unit: "1500 u/min"). Other units look the same ("IU/ml" is
 * no token start, but "u/day" is), so a name counts only in Reddit text:
 * the word "reddit" or a subreddit ("r/Turkey") within GZ_RU_REACH bytes;
 * or when no unit is written so: six bytes or more with a '_' or a digit
 * after a letter ("I'm u/quiet_cna_2026 if anyone wants to DM"). */
#include "internal.h"

#include <string.h>
#include <strings.h>

/* how far "reddit" or an "r/name" may stand from a "u/Name" without a
 * user name's mark: a thread's later replies are far below its heading
 * (batch 38, "r/LegalAdviceUK ... u/HousingPedant" 600 bytes on) */
#define GZ_RU_REACH 2000

static int ru_name_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == '-';
}

/* Does "u/" or "r/" start a token at p (t[p] is the letter)? */
static int ru_token_start(const char *t, size_t p) {
  if (p == 0) return 1;
  unsigned char b = (unsigned char)t[p - 1];
  if (b == '/') return p == 1 || !gz_word_byte((unsigned char)t[p - 2]);
  return !gz_word_byte(b) && b != '.' && b != '_' && b != '-' && b != '@';
}

/* The end of a name of 3-24 bytes (32 with az/tr letters) with a letter
 * starting at i, or 0. */
static size_t ru_name_end(const char *t, size_t len, size_t i) {
  size_t k = i;
  int letter = 0;
  while (k < len && k - i <= 32) {
    int up; /* az/tr letters: "u/Boğaziçili_Mühendis" (batch 46) */
    if (gz_aztr_letter(t, len, k, &up)) {
      letter = 1;
      k += 2;
      continue;
    }
    if (!ru_name_byte((unsigned char)t[k]) || k - i > 24) break;
    letter |= ((unsigned char)t[k] | 32) >= 'a' && ((unsigned char)t[k] | 32) <= 'z';
    k++;
  }
  if (k - i < 3 || k - i > 32 || !letter) return 0;
  if (k < len && (gz_word_byte((unsigned char)t[k]) || t[k] == '/' || t[k] == '@')) return 0;
  return k;
}

/* Is the name [i, e) no unit's form: six bytes or more, a letter first,
 * with a '_' or a digit ("quiet_cna_2026"; units are "u/min", "u/ml")? */
static int ru_user_form(const char *t, size_t i, size_t e) {
  if (e - i < 6 || !(((unsigned char)t[i] | 32) >= 'a' && ((unsigned char)t[i] | 32) <= 'z'))
    return 0;
  for (size_t k = i; k < e; k++)
    if (t[k] == '_' || (t[k] >= '0' && t[k] <= '9')) return 1;
  return 0;
}

/* Reddit text near [a, b): "reddit" or a subreddit "r/<name>". */
static int ru_reddit_near(const char *t, size_t len, size_t a, size_t b) {
  size_t lo = a > GZ_RU_REACH ? a - GZ_RU_REACH : 0,
         hi = b + GZ_RU_REACH < len ? b + GZ_RU_REACH : len;
  for (size_t i = lo; i + 2 < hi; i++) {
    if ((t[i] == 'r' || t[i] == 'R') && t[i + 1] == '/' && ru_token_start(t, i) &&
        ru_name_end(t, len, i + 2))
      return 1;
    if (i + 6 <= hi && strncasecmp(t + i, "reddit", 6) == 0) return 1;
  }
  return 0;
}

/* A Reddit comment header's age after the name, " \xC2\xB7 3h", " \xC2\xB7 5d", " \xC2\xB7
 * 12m" ("\xE2\x86\xB3 u/clevelandlawyer \xC2\xB7 3h", batch 47): Reddit's own layout. */
static int ru_age_after(const char *t, size_t len, size_t e) {
  if (e + 6 > len || memcmp(t + e, " \xC2\xB7 ", 4) != 0) return 0;
  size_t k = e + 4, d = k;
  while (k < len && k - d < 3 && t[k] >= '0' && t[k] <= '9') k++;
  if (k == d || k >= len || !strchr("hdmy", t[k])) return 0;
  return k + 1 == len || t[k + 1] == '\n' || t[k + 1] == '\r' || t[k + 1] == ' ';
}

static int ru_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)state;
  (void)scratch;
  (void)lang;
  (void)structured;
  (void)n_structured;
  const char *p;
  size_t from = 0;
  /* each '/' (memchr: SIMD in glibc; memmem with a two-byte needle walked
   * the text a byte at a time, 16 instructions a byte), then its 'u' */
  while (from + 2 < len && (p = memchr(text + from + 1, '/', len - from - 2))) {
    size_t at = (size_t)(p - text) - 1;
    from = at + 2;
    if (text[at] != 'u' || !ru_token_start(text, at)) continue;
    /* a unit after a number: "10 u/ml", "1500 u/min" */
    size_t b = at;
    while (b > 0 && text[b - 1] == ' ') b--;
    size_t end = ru_name_end(text, len, at + 2);
    /* (a unit is short and lower case: "u/min"; a vote count before a
     * reply's author, "\xE2\x96\xB2 412 u/SolicitorInTraining", is no number of units:
     * batch 45) */
    if (b < at && b > 0 && text[b - 1] >= '0' && text[b - 1] <= '9' &&
        !(end && end - at - 2 > 5 &&
          (ru_user_form(text, at + 2, end) || ru_age_after(text, len, end))))
      continue;
    if (!end || (!ru_user_form(text, at + 2, end) && !ru_reddit_near(text, len, at, end) &&
                 !ru_age_after(text, len, end)))
      continue;
    if (gz_findings_push(out, at, end, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
    from = end;
  }
  return GIZLI_OK;
}

const gz_recognizer gz_reddit_users_recognizer = {
    .name = "reddit_users",
    .types = 1ull << GIZLI_T_SOCIAL_HANDLE,
    /* no state and no scratch: create, destroy and scratch_* stay NULL */
    .scan = ru_scan,
};
