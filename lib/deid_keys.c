/* deid_keys.c - key files: generation (gizli_keygen, mode 0600), parsing,
 * lookup from a file or the environment, and derivation of every per-operator
 * sub-key with HKDF plus the keyed OpenSSL templates built once per key.
 *
 * Key file format (text, one key per line, the last line is the newest key):
 *   # comment
 *   gizli-keyfile 1
 *   key <id> <created, UTC ISO 8601> <64 hex digits>
 */
#include "deid.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void set_err(gizli_error *err, const char *source, int line, const char *msg) {
  if (!err) return;
  memset(err, 0, sizeof *err);
  snprintf(err->message, sizeof err->message, "%s", msg);
  snprintf(err->source, sizeof err->source, "%s", source ? source : "");
  err->line = line;
}

int gz_key_id_valid(const char *s, size_t n) {
  if (n < 1 || n > GZ_KEYID_MAX) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '_' || c == '-'))
      return 0;
  }
  return 1;
}

int gz_keyring_find(const gz_keyring *ring, const char *id, size_t id_len) {
  for (int i = 0; i < ring->n; i++)
    if (strlen(ring->keys[i].id) == id_len && memcmp(ring->keys[i].id, id, id_len) == 0)
      return i;
  return -1;
}

static int ring_add(gz_keyring *ring, const char *id, size_t idl, const char *created,
                    size_t cl, const unsigned char master[32]) {
  gz_key *k = realloc(ring->keys, (size_t)(ring->n + 1) * sizeof *k);
  if (!k) return GIZLI_E_NOMEM;
  ring->keys = k;
  gz_key *x = &k[ring->n];
  memset(x, 0, sizeof *x);
  memcpy(x->id, id, idl);
  if (cl >= sizeof x->created) cl = sizeof x->created - 1;
  memcpy(x->created, created, cl);
  memcpy(x->master, master, 32);
  ring->newest = ring->n;
  ring->n++;
  return GIZLI_OK;
}

/* Parses the key file text. Every malformed line is an error naming it; the
 * secret itself never appears in a message. */
int gz_keyring_parse(const char *text, size_t len, const char *source, gz_keyring *ring,
                     gizli_error *err) {
  size_t i = 0;
  int line = 0, header = 0;
  char msg[200];
  while (i < len) {
    size_t e = i;
    while (e < len && text[e] != '\n') e++;
    line++;
    const char *l = text + i;
    size_t n = e - i;
    if (n && l[n - 1] == '\r') n--;
    i = e + 1;
    while (n && (*l == ' ' || *l == '\t')) l++, n--;
    if (n == 0 || l[0] == '#') continue;
    /* split into at most 4 fields */
    const char *f[5];
    size_t fl[5];
    int nf = 0;
    size_t p = 0;
    while (p < n && nf < 5) {
      while (p < n && (l[p] == ' ' || l[p] == '\t')) p++;
      if (p >= n) break;
      f[nf] = l + p;
      size_t s = p;
      while (p < n && l[p] != ' ' && l[p] != '\t') p++;
      fl[nf++] = p - s;
    }
    if (nf == 2 && fl[0] == 13 && memcmp(f[0], "gizli-keyfile", 13) == 0) {
      if (fl[1] != 1 || f[1][0] != '1') {
        set_err(err, source, line, "unsupported key file version (expected 1)");
        return GIZLI_E_KEY;
      }
      header = 1;
      continue;
    }
    if (nf == 4 && fl[0] == 3 && memcmp(f[0], "key", 3) == 0) {
      unsigned char m[32];
      if (!gz_key_id_valid(f[1], fl[1])) {
        set_err(err, source, line, "key id must be 1-32 characters of [A-Za-z0-9_-]");
        return GIZLI_E_KEY;
      }
      if (gz_keyring_find(ring, f[1], fl[1]) >= 0) {
        set_err(err, source, line, "duplicate key id");
        return GIZLI_E_KEY;
      }
      int created_ok = fl[2] < sizeof ring->keys[0].created;
      for (size_t j = 0; created_ok && j < fl[2]; j++)
        created_ok = f[2][j] > 0x20 && f[2][j] < 0x7f;
      if (!created_ok) {
        set_err(err, source, line, "key creation time must be 1-31 printable ASCII characters");
        return GIZLI_E_KEY;
      }
      if (fl[3] != 64 || gz_unhex(f[3], 64, m) != 0) {
        set_err(err, source, line, "key secret must be 64 hexadecimal digits");
        return GIZLI_E_KEY;
      }
      int rc = ring_add(ring, f[1], fl[1], f[2], fl[2], m);
      gz_wipe(m, sizeof m);
      if (rc) return rc;
      continue;
    }
    snprintf(msg, sizeof msg,
             "expected 'gizli-keyfile 1' or 'key <id> <created> <64 hex digits>' "
             "(%d fields found)", nf);
    set_err(err, source, line, msg);
    return GIZLI_E_KEY;
  }
  (void)header;
  if (ring->n == 0) {
    set_err(err, source, 0, "no key found");
    return GIZLI_E_KEY;
  }
  return GIZLI_OK;
}

static int read_file(const char *path, char **out, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return GIZLI_E_IO;
  size_t cap = 4096, n = 0;
  char *b = malloc(cap);
  if (!b) {
    fclose(f);
    return GIZLI_E_NOMEM;
  }
  for (;;) {
    if (n == cap) {
      char *nb = malloc(cap * 2);
      if (!nb) {
        gz_wipe(b, n);
        free(b);
        fclose(f);
        return GIZLI_E_NOMEM;
      }
      memcpy(nb, b, n);
      gz_wipe(b, n);
      free(b);
      b = nb;
      cap *= 2;
    }
    size_t r = fread(b + n, 1, cap - n, f);
    if (r == 0) break;
    n += r;
  }
  int bad = ferror(f);
  fclose(f);
  if (bad) {
    gz_wipe(b, n);
    free(b);
    return GIZLI_E_IO;
  }
  *out = b;
  *len = n;
  return GIZLI_OK;
}

/* Loads keys from key_file, else $GIZLI_KEY_FILE, else $GIZLI_KEY
 * ("id:hex"). Returns GIZLI_OK with ring->n == 0 when no key is configured. */
int gz_keyring_load(const char *key_file, gz_keyring *ring, gizli_error *err) {
  memset(ring, 0, sizeof *ring);
  const char *path = key_file && *key_file ? key_file : getenv("GIZLI_KEY_FILE");
  if (path && *path) {
    char *text = NULL;
    size_t len = 0;
    int rc = read_file(path, &text, &len);
    if (rc) {
      char msg[256];
      snprintf(msg, sizeof msg, "cannot read key file: %s", strerror(errno));
      set_err(err, path, 0, msg);
      return rc == GIZLI_E_IO ? GIZLI_E_KEY : rc;
    }
    rc = gz_keyring_parse(text, len, path, ring, err);
    gz_wipe(text, len);
    free(text);
    if (rc) gz_keyring_free(ring);
    return rc;
  }
  const char *env = getenv("GIZLI_KEY");
  if (env && *env) {
    const char *colon = strchr(env, ':');
    unsigned char m[32];
    if (!colon || !gz_key_id_valid(env, (size_t)(colon - env)) || strlen(colon + 1) != 64 ||
        gz_unhex(colon + 1, 64, m) != 0) {
      set_err(err, "GIZLI_KEY", 0, "GIZLI_KEY must be '<id>:<64 hex digits>'");
      return GIZLI_E_KEY;
    }
    int rc = ring_add(ring, env, (size_t)(colon - env), "", 0, m);
    gz_wipe(m, sizeof m);
    return rc;
  }
  return GIZLI_OK;
}

/* Derives the sub-keys of every key (HKDF-SHA-256 with a distinct label per
 * use) and keys the OpenSSL templates once. */
int gz_keyring_prepare(gz_keyring *ring) {
  static const char *const mac_labels[GZ_MAC_COUNT] = {"gizli hash", "gizli surrogate",
                                                       "gizli date"};
  for (int i = 0; i < ring->n; i++) {
    gz_key *k = &ring->keys[i];
    int rc = gz_hkdf(k->master, 32, "gizli encrypt aes-siv", k->siv, 64);
    if (!rc) rc = gz_hkdf(k->master, 32, "gizli fpe ff3-1", k->fpe, 32);
    for (int m = 0; !rc && m < GZ_MAC_COUNT; m++)
      rc = gz_hkdf(k->master, 32, mac_labels[m], k->mac[m], 32);
    if (!rc) rc = gz_hkdf(k->master, 32, "gizli audit ed25519", k->sign_seed, 32);
    if (!rc) rc = gz_siv_ctx(k->siv, 64, 1, &k->siv_enc);
    if (!rc) rc = gz_siv_ctx(k->siv, 64, 0, &k->siv_dec);
    if (!rc) rc = gz_ff3_ctx(k->fpe, 32, &k->ecb);
    for (int m = 0; !rc && m < GZ_MAC_COUNT; m++) rc = gz_hmac_ctx(k->mac[m], 32, &k->macs[m]);
    if (rc) return rc;
  }
  return GIZLI_OK;
}

void gz_keyring_free(gz_keyring *ring) {
  if (!ring) return;
  for (int i = 0; i < ring->n; i++) {
    gz_key *k = &ring->keys[i];
    EVP_CIPHER_CTX_free(k->siv_enc);
    EVP_CIPHER_CTX_free(k->siv_dec);
    EVP_CIPHER_CTX_free(k->ecb);
    for (int m = 0; m < GZ_MAC_COUNT; m++) EVP_MAC_CTX_free(k->macs[m]);
    gz_wipe(k, sizeof *k);
  }
  free(ring->keys);
  memset(ring, 0, sizeof *ring);
}

static void utc_now(char *buf, size_t cap) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, cap, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Writes a new key file, or appends a key to an existing one. The file is
 * created with O_EXCL and mode 0600 so that the secret is never readable by
 * others, not even briefly. */
int gizli_keygen(const char *path, const char *key_id, int add, char *id_out,
                 gizli_error *err) {
  if (!path || !*path) return GIZLI_E_INVALID;
  gz_keyring ring;
  memset(&ring, 0, sizeof ring);
  int exists = access(path, F_OK) == 0, nl_missing = 0;
  if (exists && !add) {
    set_err(err, path, 0, "key file exists (use add/rotate to append a key)");
    return GIZLI_E_IO;
  }
  if (exists) {
    char *text = NULL;
    size_t len = 0;
    int rc = read_file(path, &text, &len);
    if (rc) {
      set_err(err, path, 0, "cannot read key file");
      return rc;
    }
    rc = gz_keyring_parse(text, len, path, &ring, err);
    nl_missing = len > 0 && text[len - 1] != '\n';
    gz_wipe(text, len);
    free(text);
    if (rc) {
      gz_keyring_free(&ring);
      return rc;
    }
  }
  char id[GZ_KEYID_MAX + 1];
  if (key_id) {
    if (!gz_key_id_valid(key_id, strlen(key_id))) {
      gz_keyring_free(&ring);
      set_err(err, path, 0, "key id must be 1-32 characters of [A-Za-z0-9_-]");
      return GIZLI_E_KEY;
    }
    snprintf(id, sizeof id, "%s", key_id);
  } else {
    for (int n = ring.n + 1;; n++) {
      snprintf(id, sizeof id, "k%d", n);
      if (gz_keyring_find(&ring, id, strlen(id)) < 0) break;
    }
  }
  if (gz_keyring_find(&ring, id, strlen(id)) >= 0) {
    gz_keyring_free(&ring);
    set_err(err, path, 0, "key id already used in this key file");
    return GIZLI_E_KEY;
  }
  gz_keyring_free(&ring);
  unsigned char m[32];
  if (RAND_priv_bytes(m, sizeof m) != 1) {
    set_err(err, path, 0, "random generator failed");
    return GIZLI_E_CRYPTO;
  }
  char hex[65], created[32], line[200];
  gz_hex(m, 32, hex);
  gz_wipe(m, sizeof m);
  utc_now(created, sizeof created);
  int n = snprintf(line, sizeof line, "%skey %s %s %s\n",
                   exists ? (nl_missing ? "\n" : "")
                          : "# gizli key file: secret, keep it mode 0600\n"
                            "gizli-keyfile 1\n",
                   id, created, hex);
  gz_wipe(hex, sizeof hex);
  int fd = exists ? open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
                  : open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  int rc = GIZLI_OK;
  if (fd < 0) {
    rc = GIZLI_E_IO;
  } else {
    if (exists) (void)fchmod(fd, 0600);
    if (write(fd, line, (size_t)n) != n || fsync(fd) != 0) rc = GIZLI_E_IO;
    if (close(fd) != 0) rc = GIZLI_E_IO;
  }
  gz_wipe(line, sizeof line);
  if (rc) {
    char msg[256];
    snprintf(msg, sizeof msg, "cannot write key file: %s", strerror(errno));
    set_err(err, path, 0, msg);
    return rc;
  }
  if (id_out) snprintf(id_out, GZ_KEYID_MAX + 1, "%s", id);
  return GIZLI_OK;
}
