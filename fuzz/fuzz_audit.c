/* fuzz_audit.c - libFuzzer target for the audit-log verifier
 * (gizli_audit_verify). At start a genuine log of four records is signed with
 * a fixed key. Each input is either a whole log (first byte even) or an edit
 * of the genuine log (first byte odd: 2-byte offset, 1-byte delete count,
 * then the bytes to insert). Invariants: since signatures cannot be forged,
 * a log that verifies must be the genuine log cut after a whole record (only
 * trailing truncation goes unnoticed, as documented), and the success message
 * must count those records; verification with the public-key file must agree
 * with verification with the key file; a failure names a line. */
#include <gizli.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char key_path[64], pub_path[64], log_path[64];
static char *genuine;
static size_t genuine_len;

static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) abort();
  char *b = malloc(1 << 16);
  if (!b) abort();
  *n = fread(b, 1, (1 << 16) - 1, f);
  b[*n] = 0;
  fclose(f);
  return b;
}

static void spit(const char *path, const void *p, size_t n) {
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(p, 1, n, f) != n || fclose(f)) abort();
}

static void cleanup(void) {
  unlink(key_path);
  unlink(pub_path);
  unlink(log_path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  int pid = (int)getpid();
  snprintf(key_path, sizeof key_path, "/tmp/gizli-fuzz-audit-%d.key", pid);
  snprintf(pub_path, sizeof pub_path, "/tmp/gizli-fuzz-audit-%d.pub", pid);
  snprintf(log_path, sizeof log_path, "/tmp/gizli-fuzz-audit-%d.log", pid);
  const char *kf = "gizli-keyfile 1\n"
                   "key k1 2026-01-01T00:00:00Z "
                   "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n"
                   "key k2 2026-02-01T00:00:00Z "
                   "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f\n";
  spit(key_path, kf, strlen(kf));
  unlink(log_path);
  gizli_error err;
  if (gizli_audit_pubkey(key_path, pub_path, &err)) abort();
  const char *pol = "name: fuzz-audit\ndefault: encrypt\n";
  char pol_path[80];
  snprintf(pol_path, sizeof pol_path, "/tmp/gizli-fuzz-audit-%d.yaml", pid);
  spit(pol_path, pol, strlen(pol));
  gizli_deid *d = NULL;
  if (gizli_deid_create(pol_path, key_path, &d, &err)) abort();
  for (int i = 0; i < 4; i++) {
    gizli_audit_event ev;
    memset(&ev, 0, sizeof ev);
    ev.actor = i == 2 ? "\"quoted\" \\ actor\n" : "fuzzer";
    ev.counts[1 + i] = (size_t)i + 1;
    ev.documents = (size_t)i;
    ev.input_sha256[0] = (unsigned char)i;
    if (gizli_audit_append(log_path, d, &ev, &err)) abort();
  }
  gizli_deid_free(d);
  unlink(pol_path);
  genuine = slurp(log_path, &genuine_len);
  atexit(cleanup);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > 16384) return 0;
  char *log;
  size_t n;
  if (!(data[0] & 1)) {
    n = size - 1;
    log = malloc(n + 1);
    if (!log) abort();
    memcpy(log, data + 1, n);
  } else {
    if (size < 4) return 0;
    size_t off = (size_t)(data[1] | data[2] << 8) % (genuine_len + 1);
    size_t del = data[3];
    if (del > genuine_len - off) del = genuine_len - off;
    size_t ins = size - 4;
    n = genuine_len - del + ins;
    log = malloc(n + 1);
    if (!log) abort();
    memcpy(log, genuine, off);
    memcpy(log + off, data + 4, ins);
    memcpy(log + off + ins, genuine + off + del, genuine_len - off - del);
  }
  spit(log_path, log, n);
  gizli_error e1, e2;
  int r1 = gizli_audit_verify(log_path, key_path, &e1);
  int r2 = gizli_audit_verify(log_path, pub_path, &e2);
  if (r1 != r2 || e1.line != e2.line) abort();
  if (r1 == GIZLI_OK) {
    /* a prefix of whole genuine records */
    if (n > genuine_len || memcmp(log, genuine, n) || (n && log[n - 1] != '\n')) {
      fprintf(stderr, "forged or altered log accepted\n");
      abort();
    }
    long recs = 0;
    for (size_t i = 0; i < n; i++) recs += log[i] == '\n';
    char want[32];
    snprintf(want, sizeof want, "ok: %ld records", recs);
    if (strncmp(e1.message, want, strlen(want))) abort();
  } else {
    if (r1 != GIZLI_E_AUDIT && r1 != GIZLI_E_NOMEM) abort();
    if (r1 == GIZLI_E_AUDIT && (e1.line < 1 || !e1.message[0])) abort();
  }
  free(log);
  return 0;
}
