/* cred_pairs.c - a password glued to its e-mail address with a colon, as
 * leaked combo lists and pastes write them: "j.holloway@company.com:Summer2023!"
 * (one pair a line, or inside a sentence).
 *
 * A recognizer (see recognizers.c): it reads only the EMAIL findings of the
 * pattern scan (so it costs nothing on a text without an address, and finds
 * nothing when EMAIL is disabled). The ':' must follow the address with no
 * space, and the token after it, up to the next space or line end, must look
 * like a secret: 6-128 bytes with a letter and a digit or a symbol. A port
 * ("mail@host.com:587", digits only), a word ("info@shop.az:Salam", letters
 * only), an scp or git path ("git@github.com:org/repo.git", a '/'; a file
 * name "backup.tar.gz"; anything after scp, rsync, sftp or ssh on the line)
 * and a template ("a@b.com:${PASS}") are none. */
#include "internal.h"

#include <string.h>

/* The secret after the ':' at c, or 0: its end in *ve. */
static int cp_secret(const char *t, size_t len, size_t c, size_t *ve) {
  size_t i = c + 1, k = i;
  while (k < len && t[k] != ' ' && t[k] != '\t' && t[k] != '\r' && t[k] != '\n') k++;
  if (k - i < 6 || k - i > 128 || strchr("$<{*%~", t[i])) return 0;
  int letter = 0, other = 0;
  for (size_t j = i; j < k; j++) {
    unsigned char b = (unsigned char)t[j];
    if (b == '/' || b == '"' || b == '\'') return 0;
    if ((b | 32) >= 'a' && (b | 32) <= 'z')
      letter = 1;
    else if (b < 0x80)
      other = 1; /* a digit or a symbol */
  }
  if (!letter || !other) return 0;
  /* a file name: scp's "user@host.com:backup.tar.gz" */
  size_t d = k;
  while (d > i && gz_ascii_alnum((unsigned char)t[d - 1])) d--;
  if (d > i && t[d - 1] == '.' && k - d <= 5) {
    size_t q = i;
    while (q < k && (gz_ascii_alnum((unsigned char)t[q]) || strchr("._-", t[q]))) q++;
    if (q == k) return 0;
  }
  *ve = k;
  return 1;
}

/* Is the address at s on a command line that copies files (scp, rsync,
 * sftp: "scp a.txt deploy@host.com:Backup_01")? */
static int cp_copy_command(const char *t, size_t s) {
  size_t ls = s;
  while (ls > 0 && s - ls < 200 && t[ls - 1] != '\n') ls--;
  static const char *const cmds[] = {"scp ", "rsync ", "sftp ", "ssh ", NULL};
  for (int c = 0; cmds[c]; c++) {
    size_t n = strlen(cmds[c]);
    for (size_t i = ls; i + n <= s; i++)
      if (memcmp(t + i, cmds[c], n) == 0 && (i == ls || !gz_word_byte((unsigned char)t[i - 1])))
        return 1;
  }
  return 0;
}

static int cp_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)state;
  (void)scratch;
  (void)lang;
  for (size_t j = 0; j < n_structured; j++) {
    size_t c = structured[j].end, ve;
    if (structured[j].type != GIZLI_T_EMAIL || c + 1 >= len || text[c] != ':') continue;
    if (!cp_secret(text, len, c, &ve) || cp_copy_command(text, structured[j].start)) continue;
    /* the next finding must not start inside the token */
    if (j + 1 < n_structured && structured[j + 1].start < ve) continue;
    if (gz_findings_push(out, c + 1, ve, GIZLI_T_CREDENTIAL, 0.8f, 0)) return GIZLI_E_NOMEM;
  }
  return GIZLI_OK;
}

const gz_recognizer gz_cred_pairs_recognizer = {
    .name = "cred_pairs",
    .types = 1ull << GIZLI_T_CREDENTIAL,
    /* no state and no scratch: create, destroy and scratch_* stay NULL */
    .scan = cp_scan,
};
