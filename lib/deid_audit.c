/* deid_audit.c - the reveal audit log: one JSON line per record, hash-chained
 * (each record holds the SHA-256 of the previous line) and signed with
 * Ed25519 by a key derived from the key file, so that any edited, removed,
 * inserted or reordered record is detected and named by gizli_audit_verify.
 * Records hold counts and digests only, never plaintext.
 *
 * Line layout: {"v":1,"seq":N,...,"prev":"<hex>","sig":"<base64url>"}
 * The signature covers the line up to the ',"sig":' member, closed by '}'. */
#include "deid.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int fail(gizli_error *err, const char *src, int line, int rc, const char *fmt,
                const char *a, long b) {
  if (err) {
    memset(err, 0, sizeof *err);
    snprintf(err->source, sizeof err->source, "%s", src ? src : "");
    err->line = line;
    snprintf(err->message, sizeof err->message, fmt, a ? a : "", b);
  }
  return rc;
}

/* growable string */
typedef struct sb {
  char *p;
  size_t n, cap;
  int oom;
} sb;

static void sb_add(sb *s, const char *d, size_t n) {
  if (s->oom) return;
  if (s->n + n + 1 > s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 512;
    while (cap < s->n + n + 1) cap *= 2;
    char *np = realloc(s->p, cap);
    if (!np) {
      s->oom = 1;
      return;
    }
    s->p = np;
    s->cap = cap;
  }
  memcpy(s->p + s->n, d, n);
  s->n += n;
  s->p[s->n] = 0;
}
static void sb_str(sb *s, const char *d) { sb_add(s, d, strlen(d)); }

static void sb_json(sb *s, const char *v) {
  sb_add(s, "\"", 1);
  for (const unsigned char *p = (const unsigned char *)(v ? v : ""); *p; p++) {
    char e[8];
    if (*p == '"' || *p == '\\') {
      e[0] = '\\', e[1] = (char)*p;
      sb_add(s, e, 2);
    } else if (*p < 0x20) {
      snprintf(e, sizeof e, "\\u%04x", *p);
      sb_add(s, e, 6);
    } else {
      sb_add(s, (const char *)p, 1);
    }
  }
  sb_add(s, "\"", 1);
}

/* Reads the whole file (audit logs are small); NULL with *n = 0 if empty. */
static int slurp_fd(int fd, char **out, size_t *n) {
  struct stat st;
  if (fstat(fd, &st) != 0) return GIZLI_E_IO;
  size_t size = (size_t)st.st_size;
  char *b = malloc(size + 1);
  if (!b) return GIZLI_E_NOMEM;
  size_t got = 0;
  while (got < size) {
    ssize_t r = pread(fd, b + got, size - got, (off_t)got);
    if (r <= 0) {
      free(b);
      return GIZLI_E_IO;
    }
    got += (size_t)r;
  }
  b[size] = 0;
  *out = b;
  *n = size;
  return GIZLI_OK;
}

int gizli_audit_append(const char *log_path, const gizli_deid *d, const gizli_audit_event *ev,
                       gizli_error *err) {
  if (!log_path || !d || !ev) return GIZLI_E_INVALID;
  if (!d->ring.n) return fail(err, log_path, 0, GIZLI_E_KEY, "audit records need a key%s", NULL, 0);
  const gz_key *key = &d->ring.keys[d->ring.newest];
  int fd = open(log_path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0) return fail(err, log_path, 0, GIZLI_E_IO, "cannot open audit log: %s", strerror(errno), 0);
  if (flock(fd, LOCK_EX) != 0) {
    close(fd);
    return fail(err, log_path, 0, GIZLI_E_IO, "cannot lock audit log%s", NULL, 0);
  }
  char *all = NULL;
  size_t n = 0;
  int rc = slurp_fd(fd, &all, &n);
  if (rc) {
    close(fd);
    return fail(err, log_path, 0, rc, "cannot read audit log%s", NULL, 0);
  }
  /* previous record: sequence number and digest of its line */
  long seq = 1;
  unsigned char prev[32];
  memset(prev, 0, sizeof prev);
  if (n) {
    if (all[n - 1] != '\n') {
      free(all);
      close(fd);
      return fail(err, log_path, 0, GIZLI_E_AUDIT, "audit log does not end with a complete record%s", NULL, 0);
    }
    size_t e = n - 1, s = e;
    while (s > 0 && all[s - 1] != '\n') s--;
    int line = 1;
    for (size_t i = 0; i < s; i++) line += all[i] == '\n';
    json_error_t je;
    json_t *j = json_loadb(all + s, e - s, 0, &je);
    json_t *js = j ? json_object_get(j, "seq") : NULL;
    if (!json_is_integer(js)) {
      json_decref(j);
      free(all);
      close(fd);
      return fail(err, log_path, line, GIZLI_E_AUDIT, "last record is not a valid audit record%s", NULL, 0);
    }
    seq = (long)json_integer_value(js) + 1;
    json_decref(j);
    gz_sha256(all + s, e - s, prev);
  }
  free(all);
  char ts[32], hex[65];
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", &tm);
  sb s = {0};
  char num[64];
  snprintf(num, sizeof num, "{\"v\":1,\"seq\":%ld,\"time\":", seq);
  sb_str(&s, num);
  sb_json(&s, ts);
  sb_str(&s, ",\"key_id\":");
  sb_json(&s, key->id);
  sb_str(&s, ",\"op\":");
  sb_json(&s, ev->operation ? ev->operation : "reveal");
  sb_str(&s, ",\"actor\":");
  sb_json(&s, ev->actor ? ev->actor : "");
  sb_str(&s, ",\"policy\":");
  sb_json(&s, ev->policy ? ev->policy : d->name);
  snprintf(num, sizeof num, ",\"documents\":%zu,\"counts\":{", ev->documents);
  sb_str(&s, num);
  int first = 1;
  for (int t = 1; t < GIZLI_T_COUNT; t++) {
    if (!ev->counts[t]) continue;
    if (!first) sb_str(&s, ",");
    first = 0;
    sb_json(&s, gizli_type_name(t));
    snprintf(num, sizeof num, ":%zu", ev->counts[t]);
    sb_str(&s, num);
  }
  snprintf(num, sizeof num, "},\"irreversible\":%zu,\"input_sha256\":", ev->irreversible);
  sb_str(&s, num);
  gz_hex(ev->input_sha256, 32, hex);
  sb_json(&s, hex);
  sb_str(&s, ",\"prev\":");
  gz_hex(prev, 32, hex);
  sb_json(&s, hex);
  /* sign the record closed with '}' */
  sb_str(&s, "}");
  unsigned char sig[64];
  if (!s.oom) rc = gz_ed25519_sign(key->sign_seed, s.p, s.n, sig);
  else rc = GIZLI_E_NOMEM;
  if (!rc) {
    char b64[100];
    gz_b64url_encode(sig, 64, b64);
    s.n--; /* drop '}' */
    sb_str(&s, ",\"sig\":\"");
    sb_str(&s, b64);
    sb_str(&s, "\"}\n");
    if (s.oom) rc = GIZLI_E_NOMEM;
  }
  if (!rc) {
    ssize_t w = write(fd, s.p, s.n);
    if (w != (ssize_t)s.n || fsync(fd) != 0)
      rc = fail(err, log_path, 0, GIZLI_E_IO, "cannot write audit log: %s", strerror(errno), 0);
  }
  free(s.p);
  flock(fd, LOCK_UN);
  if (close(fd) != 0 && !rc) rc = GIZLI_E_IO;
  return rc;
}

/* Public keys by key id, from a key file or a public-key file. */
typedef struct pubs {
  char id[16][GZ_KEYID_MAX + 1];
  unsigned char pub[16][32];
  int n;
} pubs;

static int load_pubs(const char *path, pubs *p, gizli_error *err) {
  memset(p, 0, sizeof *p);
  int fd = path ? open(path, O_RDONLY | O_CLOEXEC) : -1;
  if (fd < 0) return fail(err, path, 0, GIZLI_E_KEY, "cannot open key or public-key file%s", NULL, 0);
  char *t = NULL;
  size_t n = 0;
  int rc = slurp_fd(fd, &t, &n);
  close(fd);
  if (rc) return fail(err, path, 0, rc, "cannot read key file%s", NULL, 0);
  if (strstr(t, "gizli-audit-pub")) {
    char *save = NULL;
    int line = 0;
    for (char *l = strtok_r(t, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
      line++;
      char id[64], hex[80];
      if (l[0] == '#' || !l[0]) continue;
      if (sscanf(l, "gizli-audit-pub %63s %79s", id, hex) != 2 || strlen(hex) != 64 ||
          strlen(id) > GZ_KEYID_MAX || p->n == 16 || gz_unhex(hex, 64, p->pub[p->n]) != 0) {
        free(t);
        return fail(err, path, line, GIZLI_E_KEY, "expected 'gizli-audit-pub <key id> <64 hex digits>'%s", NULL, 0);
      }
      memcpy(p->id[p->n++], id, strlen(id) + 1); /* length checked above */
    }
    free(t);
    return p->n ? GIZLI_OK : fail(err, path, 0, GIZLI_E_KEY, "no public key found%s", NULL, 0);
  }
  gz_keyring ring;
  memset(&ring, 0, sizeof ring);
  rc = gz_keyring_parse(t, n, path, &ring, err);
  gz_wipe(t, n);
  free(t);
  for (int i = 0; !rc && i < ring.n && p->n < 16; i++) {
    unsigned char seed[32];
    rc = gz_hkdf(ring.keys[i].master, 32, "gizli audit ed25519", seed, 32);
    if (!rc) rc = gz_ed25519_public(seed, p->pub[p->n]);
    gz_wipe(seed, sizeof seed);
    memcpy(p->id[p->n++], ring.keys[i].id, sizeof p->id[0]);
  }
  gz_keyring_free(&ring);
  return rc;
}

int gizli_audit_pubkey(const char *key_file, const char *pub_path, gizli_error *err) {
  if (!pub_path) return GIZLI_E_INVALID;
  const char *kf = key_file ? key_file : getenv("GIZLI_KEY_FILE");
  if (!kf) return fail(err, "", 0, GIZLI_E_KEY, "no key file given%s", NULL, 0);
  pubs p;
  int rc = load_pubs(kf, &p, err);
  if (rc) return rc;
  FILE *f = fopen(pub_path, "w");
  if (!f) return fail(err, pub_path, 0, GIZLI_E_IO, "cannot write: %s", strerror(errno), 0);
  fprintf(f, "# gizli audit public keys (Ed25519); not secret\n");
  for (int i = 0; i < p.n; i++) {
    char hex[65];
    gz_hex(p.pub[i], 32, hex);
    fprintf(f, "gizli-audit-pub %s %s\n", p.id[i], hex);
  }
  return fclose(f) == 0 ? GIZLI_OK : GIZLI_E_IO;
}

int gizli_audit_verify(const char *log_path, const char *key_file_or_pubkey, gizli_error *err) {
  if (!log_path) return GIZLI_E_INVALID;
  const char *kf = key_file_or_pubkey ? key_file_or_pubkey : getenv("GIZLI_KEY_FILE");
  pubs keys;
  int rc = load_pubs(kf, &keys, err);
  if (rc) return rc;
  int fd = open(log_path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(err, log_path, 0, GIZLI_E_IO, "cannot open audit log: %s", strerror(errno), 0);
  char *all = NULL;
  size_t n = 0;
  rc = slurp_fd(fd, &all, &n);
  close(fd);
  if (rc) return fail(err, log_path, 0, rc, "cannot read audit log%s", NULL, 0);
  unsigned char prev[32];
  memset(prev, 0, sizeof prev);
  long expect = 1;
  int line = 0;
  size_t i = 0;
  rc = GIZLI_OK;
  while (i < n && !rc) {
    size_t e = i;
    while (e < n && all[e] != '\n') e++;
    line++;
    if (e == n) {
      rc = fail(err, log_path, line, GIZLI_E_AUDIT, "record is incomplete (no end of line)%s", NULL, 0);
      break;
    }
    const char *l = all + i;
    size_t ll = e - i;
    /* signature: the last ,"sig":"...", the record before it closed by '}' */
    const char *sp = NULL;
    for (const char *q = l; (q = memmem(q, ll - (size_t)(q - l), ",\"sig\":\"", 8)); q++) sp = q;
    /* nothing unsigned may follow the signature: ,"sig":"<base64url>"} ends
     * the line (otherwise members appended after it would be trusted) */
    int tail_ok = sp != NULL;
    if (sp) {
      const char *q = sp + 8, *end = l + ll;
      while (q < end && ((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z') ||
                         (*q >= '0' && *q <= '9') || *q == '-' || *q == '_'))
        q++;
      tail_ok = end - q == 2 && q[0] == '"' && q[1] == '}';
    }
    json_error_t je;
    json_t *j = tail_ok ? json_loadb(l, ll, JSON_REJECT_DUPLICATES, &je) : NULL;
    json_t *jseq = j ? json_object_get(j, "seq") : NULL;
    json_t *jkid = j ? json_object_get(j, "key_id") : NULL;
    json_t *jprev = j ? json_object_get(j, "prev") : NULL;
    json_t *jsig = j ? json_object_get(j, "sig") : NULL;
    if (!j || !sp || !json_is_integer(jseq) || !json_is_string(jkid) || !json_is_string(jprev) ||
        !json_is_string(jsig) || l[ll - 1] != '}') {
      rc = fail(err, log_path, line, GIZLI_E_AUDIT, "not a valid audit record (malformed or edited)%s", NULL, 0);
      json_decref(j);
      break;
    }
    const char *kid = json_string_value(jkid);
    int ki = -1;
    for (int k = 0; k < keys.n; k++)
      if (!strcmp(keys.id[k], kid)) ki = k;
    unsigned char sig[64];
    const char *sv = json_string_value(jsig);
    if (ki < 0) {
      rc = fail(err, log_path, line, GIZLI_E_AUDIT, "record signed by unknown key '%s'", kid, 0);
    } else if (gz_b64url_decode(sv, strlen(sv), sig, sizeof sig) != 64) {
      rc = fail(err, log_path, line, GIZLI_E_AUDIT, "signature is malformed (record edited)%s", NULL, 0);
    } else {
      size_t ml = (size_t)(sp - l);
      char *msg = malloc(ml + 1);
      if (!msg) rc = GIZLI_E_NOMEM;
      else {
        memcpy(msg, l, ml);
        msg[ml] = '}';
        if (gz_ed25519_verify(keys.pub[ki], msg, ml + 1, sig) != GIZLI_OK)
          rc = fail(err, log_path, line, GIZLI_E_AUDIT, "signature does not verify: record was edited (or signed by another key with the same id)%s", NULL, 0);
        free(msg);
      }
    }
    if (!rc && json_integer_value(jseq) != expect)
      rc = fail(err, log_path, line, GIZLI_E_AUDIT,
                "sequence number is %s%ld where the previous record requires the next one: a "
                "record was removed, inserted or reordered before this line",
                "", (long)json_integer_value(jseq));
    if (!rc) {
      char hex[65];
      gz_hex(prev, 32, hex);
      if (strcmp(hex, json_string_value(jprev)))
        rc = fail(err, log_path, line, GIZLI_E_AUDIT,
                  "hash chain broken: 'prev' does not match the previous line (record "
                  "removed, replaced or reordered)%s", NULL, 0);
    }
    json_decref(j);
    if (rc) break;
    gz_sha256(l, ll, prev);
    expect++;
    i = e + 1;
  }
  free(all);
  if (!rc && err) {
    char hex[65];
    gz_hex(prev, 32, hex);
    memset(err, 0, sizeof *err);
    snprintf(err->source, sizeof err->source, "%s", log_path);
    snprintf(err->message, sizeof err->message, "ok: %ld records, head sha256 %s", expect - 1, hex);
  }
  return rc;
}
