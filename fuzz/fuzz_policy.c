/* fuzz_policy.c - libFuzzer target for the de-identification policy parser
 * (YAML and JSON text, docs/policy.md). Invariants: an error leaves no plan
 * and names a position inside the text with a message; an accepted policy has
 * every operator and parameter in its documented range, and printing the
 * compiled plan back as a JSON policy and parsing that gives the same plan
 * (round trip), which also exercises the JSON path of the parser. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "deid.h"

static char key_path[64];

static void cleanup(void) { unlink(key_path); }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  /* a fixed key so that keyed operators are accepted */
  snprintf(key_path, sizeof key_path, "/tmp/gizli-fuzz-policy-%d.key", (int)getpid());
  FILE *f = fopen(key_path, "w");
  if (!f) abort();
  fprintf(f, "gizli-keyfile 1\nkey k1 2026-01-01T00:00:00Z "
             "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n");
  fclose(f);
  atexit(cleanup);
  return 0;
}

typedef struct out {
  char *p;
  size_t n, cap;
} out;

static void put(out *o, const char *s, size_t n) {
  if (o->n + n + 1 > o->cap) {
    o->cap = (o->n + n + 1) * 2;
    o->p = realloc(o->p, o->cap);
    if (!o->p) abort();
  }
  memcpy(o->p + o->n, s, n);
  o->n += n;
  o->p[o->n] = 0;
}
static void puts_(out *o, const char *s) { put(o, s, strlen(s)); }

/* A double-quoted scalar; code points YAML does not allow raw are escaped. */
static void put_q(out *o, const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  puts_(o, "\"");
  while (*p) {
    unsigned cp = *p;
    int n = 1;
    if (cp >= 0xF0) cp &= 7, n = 4;
    else if (cp >= 0xE0) cp &= 15, n = 3;
    else if (cp >= 0xC0) cp &= 31, n = 2;
    for (int i = 1; i < n; i++) {
      if ((p[i] & 0xC0) != 0x80) abort(); /* libyaml only gives valid UTF-8 */
      cp = (cp << 6) | (p[i] & 63);
    }
    char e[16];
    if (cp == '"' || cp == '\\') {
      e[0] = '\\', e[1] = (char)cp;
      put(o, e, 2);
    } else if ((cp >= 0x20 && cp < 0x7F) ||
               (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029) ||
               (cp >= 0xE000 && cp <= 0xFFFD)) {
      /* U+2028 and U+2029 are YAML line breaks, folded inside a quoted
       * scalar: they go out as escapes below (CI found a name holding the
       * YAML escape for U+2029) */
      put(o, (const char *)p, (size_t)n);
    } else if (cp <= 0xFFFF) {
      snprintf(e, sizeof e, "\\u%04X", cp);
      puts_(o, e);
    } else {
      snprintf(e, sizeof e, "\\U%08X", cp);
      puts_(o, e);
    }
    p += n;
  }
  puts_(o, "\"");
}

static void put_int(out *o, const char *key, int v) {
  char b[64];
  snprintf(b, sizeof b, ", \"%s\": %d", key, v);
  puts_(o, b);
}

/* Prints the compiled plan as a JSON policy with every setting explicit. */
static void dump(const gizli_deid *d, out *o) {
  static const char *const gen[] = {"", "year", "month", "city", "band"};
  char b[64];
  puts_(o, "{\"version\": 1, \"name\": ");
  put_q(o, d->name);
  if (d->has_threshold) {
    snprintf(b, sizeof b, ", \"threshold\": %.9g", (double)d->threshold);
    puts_(o, b);
  }
  puts_(o, ", \"language\": ");
  put_q(o, gizli_lang_name(d->lang));
  if (d->has_detectors) {
    puts_(o, ", \"detectors\": [");
    int first = 1;
    for (int t = 1; t < GIZLI_T_COUNT; t++)
      if (d->enabled[t]) {
        if (!first) puts_(o, ", ");
        first = 0;
        put_q(o, gizli_type_name(t));
      }
    puts_(o, "]");
  }
  if (d->n_allow) {
    puts_(o, ", \"allow\": [");
    for (size_t i = 0; i < d->n_allow; i++) {
      if (i) puts_(o, ", ");
      put_q(o, d->allow[i]);
    }
    puts_(o, "]");
  }
  if (d->n_deny) {
    /* runs of one type, in order (a type may come back later) */
    puts_(o, ", \"deny\": {");
    for (size_t i = 0; i < d->n_deny;) {
      if (i) puts_(o, ", ");
      put_q(o, gizli_type_name(d->deny_type[i]));
      puts_(o, ": [");
      size_t j = i;
      for (; j < d->n_deny && d->deny_type[j] == d->deny_type[i]; j++) {
        if (j > i) puts_(o, ", ");
        put_q(o, d->deny[j]);
      }
      puts_(o, "]");
      i = j;
    }
    puts_(o, "}");
  }
  if (d->pin_id[0]) {
    puts_(o, ", \"key_id\": ");
    put_q(o, d->pin_id);
  }
  puts_(o, ", \"types\": {");
  for (int t = 1; t < GIZLI_T_COUNT; t++) {
    const gz_op *p = &d->ops[t];
    if (t > 1) puts_(o, ", ");
    put_q(o, gizli_type_name(t));
    puts_(o, ": {\"operator\": ");
    put_q(o, gz_op_name(p->kind));
    switch (p->kind) {
    case GZ_OP_REPLACE:
      puts_(o, p->numbered ? ", \"numbered\": true" : ", \"numbered\": false");
      if (p->text[0]) {
        puts_(o, ", \"text\": ");
        put_q(o, p->text);
      }
      break;
    case GZ_OP_MASK:
      puts_(o, ", \"char\": ");
      put_q(o, p->mask_char);
      if (p->count >= 0) put_int(o, "count", p->count);
      if (p->keep >= 0) put_int(o, "keep", p->keep);
      puts_(o, p->from_end ? ", \"from_end\": true" : ", \"from_end\": false");
      break;
    case GZ_OP_HASH:
      put_int(o, "length", p->length);
      break;
    case GZ_OP_SHIFT_DATE:
      put_int(o, "max_days", p->max_days);
      break;
    case GZ_OP_GENERALIZE:
      if (p->gen_to) {
        puts_(o, ", \"to\": ");
        put_q(o, gen[p->gen_to]);
      }
      put_int(o, "band", p->band);
      break;
    default:
      break;
    }
    puts_(o, "}");
  }
  puts_(o, "}}\n");
}

static void check_ranges(const gizli_deid *d) {
  for (int t = 0; t < GIZLI_T_COUNT; t++) {
    const gz_op *p = &d->ops[t];
    if (p->kind < 0 || p->kind >= GZ_OP_COUNT) abort();
    if (memchr(p->text, 0, sizeof p->text) == NULL) abort();
    size_t ml = strnlen(p->mask_char, sizeof p->mask_char);
    if (ml < 1 || ml > 4) abort();
    if (p->length < 8 || p->length > 64) abort();
    if (p->max_days < 1 || p->max_days > 36500) abort();
    if (p->band < 2 || p->band > 100) abort();
    if (p->count < -1 || p->keep < -1 || p->gen_to < 0 || p->gen_to > GZ_GEN_BAND) abort();
  }
  if (d->has_threshold && !(d->threshold >= 0 && d->threshold <= 1)) abort();
  if (!gizli_lang_name(d->lang)) abort();
  if (!memchr(d->name, 0, sizeof d->name) || !memchr(d->pin_id, 0, sizeof d->pin_id)) abort();
  for (size_t i = 0; i < d->n_deny; i++)
    if (d->deny_type[i] <= 0 || d->deny_type[i] >= GIZLI_T_COUNT || !d->deny[i][0]) abort();
  for (size_t i = 0; i < d->n_allow; i++)
    if (!d->allow[i][0]) abort();
}

static void same_plan(const gizli_deid *a, const gizli_deid *b) {
  if (strcmp(a->name, b->name) || a->has_threshold != b->has_threshold ||
      (a->has_threshold && a->threshold != b->threshold) || a->lang != b->lang ||
      a->has_detectors != b->has_detectors || strcmp(a->pin_id, b->pin_id) ||
      a->n_allow != b->n_allow || a->n_deny != b->n_deny)
    abort();
  if (a->has_detectors && memcmp(a->enabled + 1, b->enabled + 1, GIZLI_T_COUNT - 1)) abort();
  for (int t = 1; t < GIZLI_T_COUNT; t++)
    if (memcmp(&a->ops[t], &b->ops[t], sizeof a->ops[t])) abort();
  for (size_t i = 0; i < a->n_allow; i++)
    if (strcmp(a->allow[i], b->allow[i])) abort();
  for (size_t i = 0; i < a->n_deny; i++)
    if (a->deny_type[i] != b->deny_type[i] || strcmp(a->deny[i], b->deny[i])) abort();
  if (strcmp(gizli_deid_key_id(a), gizli_deid_key_id(b))) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 65536) return 0;
  gizli_deid *d = (gizli_deid *)1;
  gizli_error err;
  int rc = gz_deid_create_text((const char *)data, size, "fuzz.yaml", key_path, &d, &err);
  if (rc) {
    if (d != NULL) abort(); /* no plan on error */
    if (rc != GIZLI_E_POLICY && rc != GIZLI_E_KEY && rc != GIZLI_E_NOMEM) abort();
    if (!err.message[0] || !memchr(err.message, 0, sizeof err.message)) abort();
    /* the position named is inside the text (one past the end at most) */
    if (err.line < 0 || err.column < 0) abort();
    if (err.line > 0) {
      int lines = 1;
      /* every byte that can be part of a YAML line break counts (generous) */
      for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n' || data[i] == '\r' || data[i] == 0x85 || data[i] == 0xA8 ||
                 data[i] == 0xA9;
      if (err.line > lines + 1) abort();
    }
    return 0;
  }
  check_ranges(d);
  /* the plan's detection part must be accepted by the engine policy */
  gizli_policy *p = NULL;
  if (gizli_policy_create(&p)) abort();
  int crc = gizli_deid_configure(d, p);
  if (crc && crc != GIZLI_E_INVALID && crc != GIZLI_E_NOMEM) abort();
  gizli_policy_free(p);
  /* round trip through JSON */
  out o = {0};
  dump(d, &o);
  gizli_deid *d2 = NULL;
  rc = gz_deid_create_text(o.p, o.n, "dump.json", key_path, &d2, &err);
  if (rc) {
    fprintf(stderr, "re-parse failed: %s:%d:%d: %s\n%s", err.source, err.line, err.column,
            err.message, o.p);
    abort();
  }
  same_plan(d, d2);
  for (int t = 1; t < GIZLI_T_COUNT; t++)
    if (strcmp(gizli_deid_operator(d, t), gizli_deid_operator(d2, t))) abort();
  gizli_deid_free(d2);
  gizli_deid_free(d);
  free(o.p);
  return 0;
}
