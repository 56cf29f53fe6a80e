/* bench_deid.c - throughput of every de-identification operator through the
 * public API only (include/gizli.h).
 *
 * Loads a corpus (one document per line, e.g. from gencorpus), compiles an
 * engine with the structured types only (PERSON, LOCATION and ORGANIZATION
 * disabled, so the figures isolate the operators), and for each operator
 * measures single-threaded MB/s of input for
 *   - the full pipeline: gizli_scan of every line, then the de-identified
 *     line built into a buffer with the operator's replacements;
 *   - the replacement step alone, on findings recorded by one earlier scan.
 * "redact" is the plain gizli_redact_value ("[TYPE]") baseline; every other
 * operator is a policy applying it to every type (keyed ones use a key file
 * made with gizli_keygen in a temporary directory). Prints a Markdown table
 * with the ratio of each operator's pipeline throughput to plain redact.
 *
 * usage: bench_deid CORPUS [-r REPEAT] [-m MAX_MB]
 */
#include "gizli.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct line {
  size_t off, len;
  gizli_finding *f; /* findings of the recorded scan */
  size_t nf;
} line;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void die(const char *what, int rc) {
  fprintf(stderr, "bench_deid: %s: %s\n", what, gizli_strerror(rc));
  exit(1);
}

typedef struct buf {
  char *p;
  size_t n, cap;
} buf;

static void put(buf *b, const char *s, size_t n) {
  if (b->n + n > b->cap) {
    b->cap = (b->n + n) * 2 + 4096;
    b->p = realloc(b->p, b->cap);
    if (!b->p) die("out of memory", GIZLI_E_NOMEM);
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
}

/* One operator: a policy (NULL = plain gizli_redact_value). */
typedef struct oper {
  const char *name;
  const char *yaml;
  gizli_deid *deid;
  gizli_deid_doc *doc;
  double pipe_mbs, repl_mbs;
} oper;

/* De-identifies one line with its findings into b. */
static void deid_line(oper *o, const char *text, size_t len, const gizli_finding *f, size_t nf,
                      buf *b) {
  size_t pos = 0;
  b->n = 0;
  if (o->doc) gizli_deid_doc_reset(o->doc);
  for (size_t k = 0; k < nf; k++) {
    if (f[k].start < pos) continue;
    put(b, text + pos, f[k].start - pos);
    size_t vl = f[k].end - f[k].start;
    if (!o->deid) {
      char tmp[256];
      size_t need = gizli_redact_value(text + f[k].start, vl, f[k].type, -1, '*', tmp, sizeof tmp);
      put(b, tmp, need < sizeof tmp ? need : sizeof tmp);
      pos = f[k].end;
      continue;
    }
    const char *r;
    size_t rl, used = 0;
    int rc = gizli_deid_value(o->deid, o->doc, text + f[k].start, vl, &f[k], GIZLI_LANG_AUTO,
                              text + f[k].end, len - f[k].end, &r, &rl, &used);
    if (rc) die(o->name, rc);
    put(b, r, rl);
    pos = f[k].end + used;
  }
  put(b, text + pos, len - pos);
}

int main(int argc, char **argv) {
  const char *path = NULL;
  int repeat = 3;
  double max_mb = 64;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-r") && i + 1 < argc) repeat = atoi(argv[++i]);
    else if (!strcmp(argv[i], "-m") && i + 1 < argc) max_mb = atof(argv[++i]);
    else path = argv[i];
  }
  if (!path || repeat < 1) {
    fprintf(stderr, "usage: bench_deid CORPUS [-r REPEAT] [-m MAX_MB]\n");
    return 2;
  }
  /* corpus */
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    fprintf(stderr, "bench_deid: %s: %s\n", path, strerror(errno));
    return 1;
  }
  size_t max = (size_t)(max_mb * 1048576.0), size = 0, cap = 1 << 20;
  char *data = malloc(cap);
  for (;;) {
    if (!data) die("out of memory", GIZLI_E_NOMEM);
    if (size == cap) data = realloc(data, cap *= 2);
    if (!data) die("out of memory", GIZLI_E_NOMEM);
    size_t want = cap - size < max - size ? cap - size : max - size;
    size_t r = want ? fread(data + size, 1, want, fp) : 0;
    if (!r) break;
    size += r;
    if (size >= max) break;
  }
  fclose(fp);
  line *lines = NULL;
  size_t nl = 0, lcap = 0;
  for (size_t i = 0; i < size;) {
    size_t e = i;
    while (e < size && data[e] != '\n') e++;
    if (e == size && size >= max) break; /* cut line at the size limit */
    if (nl == lcap) {
      lcap = lcap ? lcap * 2 : 4096;
      lines = realloc(lines, lcap * sizeof *lines);
      if (!lines) die("out of memory", GIZLI_E_NOMEM);
    }
    lines[nl++] = (line){i, e - i, NULL, 0};
    i = e + 1;
  }
  size_t total = 0;
  for (size_t i = 0; i < nl; i++) total += lines[i].len;
  double mb = (double)total / 1048576.0;

  /* engine: structured types only */
  gizli_policy *pol;
  gizli_engine *eng;
  gizli_scratch *scr;
  gizli_error err;
  int rc = gizli_policy_create(&pol);
  if (!rc) rc = gizli_policy_enable(pol, GIZLI_T_PERSON, 0);
  if (!rc) rc = gizli_policy_enable(pol, GIZLI_T_LOCATION, 0);
  if (!rc) rc = gizli_policy_enable(pol, GIZLI_T_ORGANIZATION, 0);
  if (!rc) rc = gizli_engine_compile(pol, &eng, &err);
  if (!rc) rc = gizli_scratch_create(eng, &scr);
  if (rc) die("engine", rc);
  gizli_policy_free(pol);

  /* the recorded scan */
  size_t nfind = 0, per_type[GIZLI_T_COUNT] = {0};
  for (size_t i = 0; i < nl; i++) {
    const gizli_finding *f;
    size_t nf;
    rc = gizli_scan(eng, scr, data + lines[i].off, lines[i].len, GIZLI_LANG_AUTO, &f, &nf);
    if (rc) die("scan", rc);
    lines[i].f = nf ? malloc(nf * sizeof *f) : NULL;
    if (nf && !lines[i].f) die("out of memory", GIZLI_E_NOMEM);
    if (nf) memcpy(lines[i].f, f, nf * sizeof *f);
    lines[i].nf = nf;
    nfind += nf;
    for (size_t k = 0; k < nf; k++) per_type[f[k].type]++;
  }

  /* key and policies in a temporary directory */
  char dir[] = "/tmp/gizli-bench-deid-XXXXXX";
  if (!mkdtemp(dir)) die("mkdtemp", GIZLI_E_IO);
  char key[300];
  snprintf(key, sizeof key, "%s/bench.key", dir);
  rc = gizli_keygen(key, "bench", 0, NULL, &err);
  if (rc) die("keygen", rc);
  oper ops[] = {
      {"redact ([TYPE], gizli_redact_value)", NULL, NULL, NULL, 0, 0},
      {"replace (policy, [TYPE])", "default: replace\n", NULL, NULL, 0, 0},
      {"replace numbered (<TYPE_n>)", "default: {operator: replace, numbered: true}\n", NULL, NULL, 0, 0},
      {"mask", "default: mask\n", NULL, NULL, 0, 0},
      {"hash", "default: hash\n", NULL, NULL, 0, 0},
      {"encrypt", "default: encrypt\n", NULL, NULL, 0, 0},
      {"fpe", "default: fpe\n", NULL, NULL, 0, 0},
      {"surrogate", "default: surrogate\n", NULL, NULL, 0, 0},
      {"shift_date / generalize", "default: generalize\ntypes:\n  DATE_OF_BIRTH: shift_date\n", NULL, NULL, 0, 0},
  };
  int nops = (int)(sizeof ops / sizeof ops[0]);
  for (int i = 0; i < nops; i++) {
    if (!ops[i].yaml) continue;
    char pp[300];
    snprintf(pp, sizeof pp, "%s/op%d.yaml", dir, i);
    FILE *pf = fopen(pp, "w");
    if (!pf) die("policy file", GIZLI_E_IO);
    fputs(ops[i].yaml, pf);
    fclose(pf);
    rc = gizli_deid_create(pp, key, &ops[i].deid, &err);
    if (rc) {
      fprintf(stderr, "bench_deid: %s: %s\n", ops[i].name, err.message);
      return 1;
    }
    rc = gizli_deid_doc_create(ops[i].deid, &ops[i].doc);
    if (rc) die("doc", rc);
    unlink(pp);
  }
  unlink(key);
  rmdir(dir);

  /* operators interleaved within each round, so that load from other
   * processes spreads over all of them; best round per operator */
  buf b = {0};
  double best_pipe[16], best_repl[16];
  for (int i = 0; i < nops; i++) best_pipe[i] = best_repl[i] = 1e30;
  for (int r = 0; r < repeat; r++) {
    for (int i = 0; i < nops; i++) {
      double t0 = now();
      for (size_t l = 0; l < nl; l++) {
        const gizli_finding *f;
        size_t nf;
        const char *text = data + lines[l].off;
        rc = gizli_scan(eng, scr, text, lines[l].len, GIZLI_LANG_AUTO, &f, &nf);
        if (rc) die("scan", rc);
        deid_line(&ops[i], text, lines[l].len, f, nf, &b);
      }
      double t1 = now();
      for (size_t l = 0; l < nl; l++)
        deid_line(&ops[i], data + lines[l].off, lines[l].len, lines[l].f, lines[l].nf, &b);
      double t2 = now();
      if (t1 - t0 < best_pipe[i]) best_pipe[i] = t1 - t0;
      if (t2 - t1 < best_repl[i]) best_repl[i] = t2 - t1;
    }
  }
  for (int i = 0; i < nops; i++) {
    ops[i].pipe_mbs = mb / best_pipe[i];
    ops[i].repl_mbs = mb / best_repl[i];
  }

  printf("corpus: %s, %.1f MiB, %zu lines, %zu findings (structured types; PERSON, LOCATION, "
         "ORGANIZATION disabled), best of %d, 1 thread\n\n",
         path, mb, nl, nfind, repeat);
  printf("| operator | scan + replace MB/s | ratio to plain redact | replace only MB/s |\n");
  printf("|---|---:|---:|---:|\n");
  for (int i = 0; i < nops; i++)
    printf("| %s | %.1f | %.2f | %.1f |\n", ops[i].name, ops[i].pipe_mbs,
           ops[i].pipe_mbs / ops[0].pipe_mbs, ops[i].repl_mbs);
  printf("\nfindings per type:");
  for (int t = 1; t < GIZLI_T_COUNT; t++)
    if (per_type[t]) printf(" %s %zu", gizli_type_name(t), per_type[t]);
  printf("\n");

  for (int i = 0; i < nops; i++) {
    gizli_deid_doc_free(ops[i].doc);
    gizli_deid_free(ops[i].deid);
  }
  for (size_t i = 0; i < nl; i++) free(lines[i].f);
  free(lines);
  free(b.p);
  free(data);
  gizli_scratch_free(scr);
  gizli_engine_free(eng);
  return 0;
}
