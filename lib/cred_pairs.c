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
 * and a template ("a@b.com:${PASS}") are none.
 *
 * Also a user table pasted as text ("username,email,password,last_ip" then
 * "jdoe,john.doe@acme-corp.io,xcmH2s3HzNSyvH9Z,185.15.188.130", also with
 * spaced '|' cells): on a row holding an e-mail or IP address, the cell
 * under a header cell that names a password (see cp_table_secret); a row
 * of colon-separated fields starting at an IP address under a commented
 * header too, as ~/.pgpass files write them ("# host:port:database:user:password"
 * over "10.1.2.3:5432:payroll:app:<secret>").
 *
 * Also an address and its password given as "address / secret" after a
 * login word on the same line ("Netflix login is a@b.com / Z%Oz5qV^&u",
 * "test account pentest01@x.org / utG$x#x7dRz7pZ"): the secret must hold
 * a digit or a symbol other than '-', '.' and '_' (no "a@b.com /
 * Ann-Marie"); a password word may stand for the slash ("login is
 * a@b.com pass frosty0912", batch 30).
 *
 * Also ~/.pgpass lines without their header, from a line starting with
 * an IP address and a port (cp_pgpass, batch 40). */
#include "internal.h"

#include <string.h>
#include <strings.h>

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

/* The cells of a table row [ls, le) are separated by sep; the start and end
 * of cell col in *cs, *ce (0 when the row has fewer cells). */
static int cp_cell(const char *t, size_t ls, size_t le, char sep, int col, size_t *cs, size_t *ce) {
  size_t i = ls;
  for (int k = 0; k < col; k++) {
    const char *p = memchr(t + i, sep, le - i);
    if (!p) return 0;
    i = (size_t)(p - t) + 1;
  }
  const char *p = memchr(t + i, sep, le - i);
  *cs = i;
  *ce = p ? (size_t)(p - t) : le;
  return 1;
}

static int cp_count(const char *t, size_t a, size_t b, char sep) {
  int n = 0;
  for (size_t i = a; i < b; i++) n += t[i] == sep;
  return n;
}

/* The column list of a PostgreSQL dump's COPY line right above the row
 * block starting at hs ("COPY public.uyeler (id, eposta, sifre) FROM
 * stdin;" over tab-separated rows, batch 34), when it names n + 1 columns
 * as the rows have n tabs: its bounds inside the brackets in *cs, *ce. */
static int cp_copy_header(const char *t, size_t hs, int n, size_t *cs, size_t *ce) {
  if (hs < 2) return 0;
  size_t pe = hs - 1, ps = pe;
  while (ps > 0 && t[ps - 1] != '\n') ps--;
  if (pe - ps < 16 || memcmp(t + ps, "COPY ", 5) != 0) return 0;
  const char *o = memchr(t + ps, '(', pe - ps), *c = memchr(t + ps, ')', pe - ps);
  if (!o || !c || c < o || (size_t)(t + pe - c) < 12 || memcmp(c, ") FROM stdin", 12) != 0)
    return 0;
  size_t a = (size_t)(o - t) + 1, b = (size_t)(c - t);
  if (cp_count(t, a, b, ',') != n) return 0;
  *cs = a;
  *ce = b;
  return 1;
}

/* A table row holding the address at [s, e): its cells separated by ',',
 * ';', '|' or a tab (spaces around it allowed), or by ':' when colon is set
 * (an IP address's row). The header is the first of the lines above with as
 * many separators (at most 32 lines, 4 KiB up); the value is the cell of
 * the row under a header cell "password", "passwd", "pwd", "pass",
 * "parol", "şifre" or "şifrə" (quotes and spaces around it allowed), and
 * it must look like a secret (cp_secret's test). Returns its bounds. */
static int cp_table_secret(const char *t, size_t len, size_t s, size_t e, size_t *vs, size_t *ve,
                           int colon) {
  size_t q = e; /* "| mehmet.koc77@gmail.com | ...": the separator may be spaced */
  while (q < len && q - e < 2 && t[q] == ' ') q++;
  char sep = q < len ? t[q] : 0;
  if (sep != ',' && sep != ';' && sep != '|' && sep != '\t' && !(colon && sep == ':')) return 0;
  size_t ls = s, le = e;
  while (ls > 0 && s - ls < 1024 && t[ls - 1] != '\n') ls--;
  const char *nl = memchr(t + e, '\n', len - e < 1024 ? len - e : 1024);
  le = nl ? (size_t)(nl - t) : len;
  if ((ls > 0 && t[ls - 1] != '\n') || (!nl && le != len)) return 0;
  if (le > ls && t[le - 1] == '\r') le--;
  int n = cp_count(t, ls, le, sep);
  if (n < 2) return 0;
  size_t hs = ls; /* the header line: up while the lines above keep n cells */
  for (int k = 0; k < 32 && hs > 0 && ls - hs < 4096; k++) {
    size_t pe = hs - 1, ps = pe;
    while (ps > 0 && t[ps - 1] != '\n') ps--;
    if (cp_count(t, ps, pe, sep) != n) break;
    hs = ps;
  }
  size_t he = hs;
  char hsep = sep;
  if (sep == '\t' && cp_copy_header(t, hs, n, &hs, &he)) {
    hsep = ','; /* a PostgreSQL dump's rows under their COPY line */
  } else {
    if (hs == ls) return 0;
    while (he < len && t[he] != '\n') he++;
  }
  static const char *const words[] = {"password",
                                      "passwd",
                                      "pwd",
                                      "pass",
                                      "parol",
                                      "parola",
                                      "\xC5\x9Fifre",
                                      "\xC5\x9Fifr\xC9\x99",
                                      "sifre",
                                      "sifr\xC9\x99",
                                      NULL};
  for (int col = 0; col <= n; col++) {
    size_t cs, ce;
    if (!cp_cell(t, hs, he, hsep, col, &cs, &ce)) break;
    /* a commented header, "# host:port:database:user:password" */
    while (cs < ce && strchr(" \"'\r#", t[cs])) cs++;
    while (ce > cs && strchr(" \"'\r", t[ce - 1])) ce--;
    int hit = 0;
    for (int w = 0; words[w] && !hit; w++)
      hit = strlen(words[w]) == ce - cs && strncasecmp(words[w], t + cs, ce - cs) == 0;
    if (!hit) continue;
    if (!cp_cell(t, ls, le, sep, col, &cs, &ce)) return 0;
    while (cs < ce && (t[cs] == ' ' || t[cs] == '"')) cs++;
    while (ce > cs && (t[ce - 1] == ' ' || t[ce - 1] == '"')) ce--;
    if (cs <= e && ce >= s) return 0; /* the address's own cell */
    size_t k;
    if (cs == 0 || !cp_secret(t, ce, cs - 1, &k) || k != ce) return 0;
    *vs = cs;
    *ve = ce;
    return 1;
  }
  return 0;
}

/* Does a login word stand before the address at s on its line, at most
 * 48 bytes back? */
static int cp_login_before(const char *t, size_t s) {
  static const char *const words[] = {"login",   "log in",       "account", "credentials", "creds",
                                      "sign in", "giri\xC5\x9F", "hesab",   "hesap",       NULL};
  size_t lo = s;
  while (lo > 0 && s - lo < 48 && t[lo - 1] != '\n') lo--;
  for (size_t i = lo; i < s; i++) {
    if (i > lo && gz_word_byte((unsigned char)t[i - 1])) continue;
    for (int w = 0; words[w]; w++) {
      size_t n = strlen(words[w]);
      if (i + n <= s && strncasecmp(t + i, words[w], n) == 0) return 1;
    }
  }
  return 0;
}

/* The secret after "address / " at c (the address's end), or 0: its
 * bounds in *vs, *ve. */
static int cp_slash_secret(const char *t, size_t len, size_t c, size_t *vs, size_t *ve) {
  /* " / ", or a password word between: "a@b.com pass frosty0912",
   * "a@b.com password: ..." (batch 30) */
  static const char *const pw[] = {
      "pass",  "password", "pw", "pwd", "parol", "\xC5\x9Fifre", "\xC5\x9Fifr\xC9\x99",
      "sifre", NULL};
  size_t v = 0;
  if (c + 4 <= len && memcmp(t + c, " / ", 3) == 0) v = c + 3;
  for (int w = 0; pw[w] && !v; w++) {
    size_t n = strlen(pw[w]), i = c + 1 + n;
    if (i + 2 > len || strncasecmp(t + c + 1, pw[w], n) != 0) continue;
    if (t[i] == ':') i++;
    if (t[i] == ' ') v = i + 1;
  }
  if (!v || v >= len) return 0;
  size_t k;
  if (!cp_secret(t, len, v - 1, &k)) return 0;
  while (k > v && strchr(".,;)", t[k - 1])) k--;
  int strong = 0;
  for (size_t j = v; j < k; j++)
    strong |= (t[j] >= '0' && t[j] <= '9') || (t[j] && strchr("!@#$%^&*+=?~", t[j]));
  if (!strong || k - v < 6) return 0;
  *vs = v;
  *ve = k;
  return 1;
}

/* A ~/.pgpass line [ls, le) without its commented header (batch 40:
 * "$ cat ~/.pgpass" then "10.0.3.21:5432:claims:claims_ro:<secret>" and
 * "db.internal.example.gov:5432:*:postgres:<secret>"): host, port (digits
 * or '*'), database, user and the password, ':'-separated, the host a
 * name or an address without spaces; the password is what follows the
 * fourth ':' and must look like a secret (cp_secret). Its bounds in *vs,
 * *ve. */
static int cp_pgpass_line(const char *t, size_t ls, size_t le, size_t *vs, size_t *ve) {
  size_t c[4], n = 0;
  for (size_t i = ls; i < le && n < 4; i++) {
    unsigned char b = (unsigned char)t[i];
    if (b == ':')
      c[n++] = i;
    else if (b <= ' ' || b == '/' || b == '@' || b == '"' || b == '\'' || b == '=')
      return 0;
  }
  if (n < 4 || c[0] == ls || c[2] == c[1] + 1 || c[3] == c[2] + 1) return 0;
  size_t ps = c[0] + 1, pe = c[1];
  if (!(pe == ps + 1 && t[ps] == '*')) {
    if (pe - ps < 1 || pe - ps > 5) return 0;
    for (size_t i = ps; i < pe; i++)
      if (t[i] < '0' || t[i] > '9') return 0;
  }
  size_t k;
  if (!cp_secret(t, le, c[3], &k) || k != le) return 0;
  *vs = c[3] + 1;
  *ve = le;
  return 1;
}

/* The password of a .pgpass line starting with the IP address [s, e) and
 * of the lines of the same form right after it (the rest of the file),
 * pushed to out. Returns an error code. */
static int cp_pgpass(const char *t, size_t len, size_t s, size_t e, const gizli_finding *f,
                     size_t nf, gz_findings *out) {
  if (e >= len || t[e] != ':' || (s > 0 && t[s - 1] != '\n')) return GIZLI_OK;
  for (size_t ls = s; ls < len;) {
    const char *nl = memchr(t + ls, '\n', len - ls);
    size_t le = nl ? (size_t)(nl - t) : len, vs, ve;
    if (le > ls && t[le - 1] == '\r') le--;
    if (!cp_pgpass_line(t, ls, le, &vs, &ve)) break;
    int taken = 0;
    for (size_t q = 0; q < nf && !taken; q++) taken = f[q].start < ve && f[q].end > vs;
    if (!taken && gz_findings_push(out, vs, ve, GIZLI_T_CREDENTIAL, 0.8f, 0)) return GIZLI_E_NOMEM;
    if (!nl) break;
    ls = (size_t)(nl - t) + 1;
  }
  return GIZLI_OK;
}

static int cp_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)state;
  (void)scratch;
  (void)lang;
  for (size_t j = 0; j < n_structured; j++) {
    size_t c = structured[j].end, ve, vs;
    int ip = structured[j].type == GIZLI_T_IP_ADDRESS;
    if ((structured[j].type != GIZLI_T_EMAIL && !ip) || c + 1 >= len) continue;
    if (!ip && text[c] == ' ' && cp_slash_secret(text, len, c, &vs, &ve) &&
        cp_login_before(text, structured[j].start)) {
      if (j + 1 < n_structured && structured[j + 1].start < ve) continue;
      if (gz_findings_push(out, vs, ve, GIZLI_T_CREDENTIAL, 0.8f, 0)) return GIZLI_E_NOMEM;
      continue;
    }
    if (text[c] != ':' || ip) {
      if (!cp_table_secret(text, len, structured[j].start, c, &vs, &ve, ip)) {
        int rc = ip ? cp_pgpass(text, len, structured[j].start, c, structured, n_structured, out)
                    : GIZLI_OK;
        if (rc) return rc;
        continue;
      }
      int taken = 0; /* no other finding in the cell */
      for (size_t q = 0; q < n_structured && !taken; q++)
        taken = structured[q].start < ve && structured[q].end > vs;
      if (!taken && gz_findings_push(out, vs, ve, GIZLI_T_CREDENTIAL, 0.8f, 0))
        return GIZLI_E_NOMEM;
      continue;
    }
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
