/* icd_codes.c - an ICD-10 code given as a person's diagnosis, "Diaqnoz
 * kodu: E11.9", "Tanı: J44.9", "ICD-10: F32.1": SPECIAL_CATEGORY (health
 * data). A code alone ("E11.9" in a price list or a part number) is no
 * diagnosis, so it counts only as the value of a diagnosis label on its line.
 *
 * A recognizer (see recognizers.c): it never displaces a pattern finding.
 * The label is one of pi_labels at a word start, optionally followed by
 * "kodu", "code" or "(ICD-10)", then a colon; the code is a capital (not U),
 * two digits or a digit and a capital, and an optional '.' with 1-4 digits
 * or capitals, ending the token. */
#include "internal.h"

#include <string.h>
#include <strings.h>

static const char *const ic_labels[] = {
    "diagnosis", "diagnoses", "diaqnoz", "diaqnozu", "tan\xC4\xB1", "TANI", "tan\xC4\xB1s\xC4\xB1",
    "icd-10",    "icd10",     "icd",     NULL,
};
static const char *const ic_tails[] = {" kodu", " code", " (icd-10)", " icd-10", NULL};

/* The end of an ICD-10 code at i, or 0. */
static size_t ic_code_end(const char *t, size_t len, size_t i) {
  if (i + 3 > len || t[i] < 'A' || t[i] > 'Z' || t[i] == 'U') return 0;
  if (t[i + 1] < '0' || t[i + 1] > '9') return 0;
  if (!((t[i + 2] >= '0' && t[i + 2] <= '9') || (t[i + 2] >= 'A' && t[i + 2] <= 'Z'))) return 0;
  size_t k = i + 3;
  if (k + 1 < len && t[k] == '.' &&
      ((t[k + 1] >= '0' && t[k + 1] <= '9') || (t[k + 1] >= 'A' && t[k + 1] <= 'Z'))) {
    k++;
    size_t d = k;
    while (k < len && k - d < 5 && ((t[k] >= '0' && t[k] <= '9') || (t[k] >= 'A' && t[k] <= 'Z')))
      k++;
    if (k - d > 4) return 0;
  }
  if (k < len && (gz_word_byte((unsigned char)t[k]) || t[k] == '-' || t[k] == '/')) return 0;
  return k;
}

static int ic_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)state;
  (void)scratch;
  (void)lang;
  (void)structured;
  (void)n_structured;
  const char *colon;
  for (size_t c = 0; c < len && (colon = memchr(text + c, ':', len - c)); c++) {
    c = (size_t)(colon - text); /* each ':' (memchr), then the label before it */
    /* the code after it first, which most colons ("Tel:", "10:30") lack */
    size_t i = c + 1;
    while (i < len && (text[i] == ' ' || text[i] == '\t')) i++;
    /* a JSON member, "icd10":"I11.9" (batch 29): the key and the code in
     * quotes */
    int quoted = i < len && text[i] == '"' && c > 0 && text[c - 1] == '"';
    i += (size_t)quoted;
    size_t end = ic_code_end(text, len, i);
    if (!end || (quoted && (end >= len || text[end] != '"'))) continue;
    /* the label before the colon: "Diaqnoz kodu:", "Tanı:", "ICD-10:" */
    size_t l = c - (size_t)quoted;
    for (int tl = 0; ic_tails[tl]; tl++) {
      size_t n = strlen(ic_tails[tl]);
      if (l >= n && strncasecmp(text + l - n, ic_tails[tl], n) == 0) {
        l -= n;
        break;
      }
    }
    int ok = 0;
    for (int k = 0; ic_labels[k] && !ok; k++) {
      size_t n = strlen(ic_labels[k]);
      if (l >= n && strncasecmp(text + l - n, ic_labels[k], n) == 0 &&
          (l == n || !gz_word_byte((unsigned char)text[l - n - 1])))
        ok = 1;
    }
    if (!ok) continue;
    if (gz_findings_push(out, i, end, GIZLI_T_SPECIAL_CATEGORY, 0.8f, 0)) return GIZLI_E_NOMEM;
    c = end;
  }
  return GIZLI_OK;
}

const gz_recognizer gz_icd_codes_recognizer = {
    .name = "icd_codes",
    .types = 1ull << GIZLI_T_SPECIAL_CATEGORY,
    /* no state and no scratch: create, destroy and scratch_* stay NULL */
    .scan = ic_scan,
};
