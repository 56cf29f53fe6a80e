/* fuzz_keyfile.c - libFuzzer target for the key-file parser
 * (gz_keyring_parse, format in lib/deid_keys.c and docs/deid.md).
 * Invariants: an accepted file has 1+ keys with valid, distinct ids and the
 * last key newest; writing the keys back in the documented format and parsing
 * that gives the same ids, dates and secrets; an error message never carries
 * a run of hex digits long enough to be (part of) a secret. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deid.h"

static int is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 65536) return 0;
  gz_keyring ring;
  memset(&ring, 0, sizeof ring);
  gizli_error err;
  memset(&err, 0, sizeof err);
  int rc = gz_keyring_parse((const char *)data, size, "fuzz.key", &ring, &err);
  if (rc) {
    if (rc != GIZLI_E_KEY && rc != GIZLI_E_NOMEM) abort();
    if (rc == GIZLI_E_KEY && !err.message[0]) abort();
    size_t run = 0;
    for (const char *p = err.message; *p; p++) {
      run = is_hex(*p) ? run + 1 : 0;
      if (run >= 16) abort();
    }
    gz_keyring_free(&ring);
    return 0;
  }
  if (ring.n < 1 || ring.newest != ring.n - 1) abort();
  /* serialise and parse again */
  size_t cap = 64 + (size_t)ring.n * 160, n = 0;
  char *text = malloc(cap);
  if (!text) abort();
  n += (size_t)snprintf(text + n, cap - n, "gizli-keyfile 1\n");
  for (int i = 0; i < ring.n; i++) {
    const gz_key *k = &ring.keys[i];
    if (!gz_key_id_valid(k->id, strlen(k->id))) abort();
    for (int j = 0; j < i; j++)
      if (!strcmp(ring.keys[j].id, k->id)) abort();
    if (!memchr(k->created, 0, sizeof k->created)) abort();
    char hex[65];
    gz_hex(k->master, 32, hex);
    n += (size_t)snprintf(text + n, cap - n, "key %s %s %s\n", k->id, k->created, hex);
    if (n >= cap) abort();
  }
  gz_keyring r2;
  memset(&r2, 0, sizeof r2);
  rc = gz_keyring_parse(text, n, "again.key", &r2, &err);
  if (rc) {
    fprintf(stderr, "re-parse failed: line %d: %s\n", err.line, err.message);
    abort();
  }
  if (r2.n != ring.n || r2.newest != ring.newest) abort();
  for (int i = 0; i < ring.n; i++) {
    if (strcmp(ring.keys[i].id, r2.keys[i].id) || strcmp(ring.keys[i].created, r2.keys[i].created) ||
        memcmp(ring.keys[i].master, r2.keys[i].master, 32))
      abort();
    if (gz_keyring_find(&r2, ring.keys[i].id, strlen(ring.keys[i].id)) != i) abort();
  }
  gz_wipe(text, cap);
  free(text);
  gz_keyring_free(&r2);
  gz_keyring_free(&ring);
  return 0;
}
