/* bench.c - throughput benchmark of libgizli through its public API only.
 *
 * Loads a corpus file (one document per line, e.g. from gencorpus) into
 * memory and measures, with the default policy:
 *   - engine compile time (policy create + gizli_engine_compile),
 *   - scan throughput: gizli_scan over every line, single-threaded and with
 *     N threads (pthreads, one gizli_scratch each, contiguous line-aligned
 *     slices of equal byte size),
 *   - redact throughput: scan + building the redacted document into a
 *     per-thread buffer with gizli_redact_value ("[TYPE]" replacements),
 *   - peak RSS (getrusage; includes the corpus held in memory).
 * Prints a Markdown table. Uses only include/gizli.h.
 *
 * usage: bench CORPUS [-t THREADS] [-r REPEAT] [-l auto|az|tr|en] [-m MAX_MB] [-s] [-c DIR]
 */
#include "gizli.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

typedef struct line {
  size_t off, len;
} line;

typedef struct corpus {
  char *data;
  size_t size;
  line *lines;
  size_t nlines;
} corpus;

/* One thread's share of the work and its results. */
typedef struct job {
  const gizli_engine *engine;
  const corpus *c;
  atomic_size_t *next; /* the next document no thread has taken yet */
  int lang;
  int redact;
  int status;
  uint64_t findings;
  uint64_t out_bytes;
  uint64_t per_type[GIZLI_T_COUNT];
  double cpu_seconds; /* this thread's CPU time */
} job;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double thread_cpu(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long peak_rss_kb(void) {
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0) return -1;
  return ru.ru_maxrss;
}

static int load_corpus(const char *path, size_t max_bytes, corpus *c) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "bench: %s: %s\n", path, strerror(errno));
    return -1;
  }
  size_t cap = 1 << 20, n = 0;
  char *p = malloc(cap);
  for (;;) {
    if (!p) {
      fprintf(stderr, "bench: out of memory\n");
      fclose(f);
      return -1;
    }
    if (n == cap) {
      char *np = realloc(p, cap * 2);
      if (!np) {
        free(p);
        p = NULL;
        continue;
      }
      p = np;
      cap *= 2;
    }
    size_t want = cap - n;
    if (max_bytes && n + want > max_bytes) want = max_bytes - n;
    size_t got = fread(p + n, 1, want, f);
    n += got;
    if (got < want || (max_bytes && n >= max_bytes)) break;
  }
  fclose(f);
  /* With a size limit, cut at the last complete line. */
  if (max_bytes && n >= max_bytes) {
    while (n && p[n - 1] != '\n') n--;
  }
  c->data = p;
  c->size = n;
  size_t lcap = 1024;
  c->lines = malloc(lcap * sizeof *c->lines);
  c->nlines = 0;
  size_t s = 0;
  for (size_t i = 0; i <= n && c->lines; i++) {
    if (i == n || p[i] == '\n') {
      if (i > s) {
        if (c->nlines == lcap) {
          line *nl = realloc(c->lines, 2 * lcap * sizeof *nl);
          if (!nl) break;
          c->lines = nl;
          lcap *= 2;
        }
        c->lines[c->nlines].off = s;
        c->lines[c->nlines].len = i - s;
        c->nlines++;
      }
      s = i + 1;
    }
  }
  if (!c->lines) {
    fprintf(stderr, "bench: out of memory\n");
    return -1;
  }
  return 0;
}

/* Makes room for `want` bytes in a growable buffer; 0 or -1 on failure. */
static int out_reserve(char **buf, size_t *cap, size_t want) {
  if (want <= *cap) return 0;
  size_t c = *cap ? *cap : 65536;
  while (c < want) c *= 2;
  char *nb = realloc(*buf, c);
  if (!nb) return -1;
  *buf = nb;
  *cap = c;
  return 0;
}

/* Appends bytes to a growable buffer; returns 0 or -1 on allocation failure. */
static int out_put(char **buf, size_t *cap, size_t *n, const char *s, size_t len) {
  if (out_reserve(buf, cap, *n + len) != 0) return -1;
  if (len) memcpy(*buf + *n, s, len);
  *n += len;
  return 0;
}

/* Appends the replacement of one finding, growing the buffer when needed. */
static int out_redact(char **buf, size_t *cap, size_t *n, const char *text,
                      const gizli_finding *f) {
  if (out_reserve(buf, cap, *n + 64) != 0) return -1;
  size_t len = f->end - f->start;
  size_t need = gizli_redact_value(text + f->start, len, f->type, -1, '*', *buf + *n, *cap - *n);
  if (need > *cap - *n) {
    if (out_reserve(buf, cap, *n + need) != 0) return -1;
    need = gizli_redact_value(text + f->start, len, f->type, -1, '*', *buf + *n, *cap - *n);
  }
  *n += need;
  return 0;
}

/* Documents a thread takes at a time: small enough that the threads end
 * together, large enough that taking them costs nothing. */
#define GZ_BENCH_BLOCK 32

static void *run_job(void *arg) {
  job *j = arg;
  gizli_scratch *scratch = NULL;
  char *out = NULL;
  size_t cap = 0;
  double cpu0 = thread_cpu();
  j->status = gizli_scratch_create(j->engine, &scratch);
  for (size_t i = 0, block_end = 0; j->status == GIZLI_OK; i++) {
    if (i == block_end) { /* take the next block of documents */
      i = atomic_fetch_add(j->next, GZ_BENCH_BLOCK);
      if (i >= j->c->nlines) break;
      block_end = i + GZ_BENCH_BLOCK < j->c->nlines ? i + GZ_BENCH_BLOCK : j->c->nlines;
    }
    const char *text = j->c->data + j->c->lines[i].off;
    size_t len = j->c->lines[i].len;
    const gizli_finding *f;
    size_t nf;
    j->status = gizli_scan(j->engine, scratch, text, len, j->lang, &f, &nf);
    if (j->status != GIZLI_OK) break;
    j->findings += nf;
    for (size_t k = 0; k < nf; k++)
      if (f[k].type > 0 && f[k].type < GIZLI_T_COUNT) j->per_type[f[k].type]++;
    if (!j->redact) continue;
    size_t n = 0, pos = 0;
    for (size_t k = 0; k < nf; k++) {
      if (out_put(&out, &cap, &n, text + pos, f[k].start - pos) != 0 ||
          out_redact(&out, &cap, &n, text, &f[k]) != 0) {
        j->status = GIZLI_E_NOMEM;
        break;
      }
      pos = f[k].end;
    }
    if (j->status == GIZLI_OK && out_put(&out, &cap, &n, text + pos, len - pos) != 0)
      j->status = GIZLI_E_NOMEM;
    j->out_bytes += n;
  }
  free(out);
  gizli_scratch_free(scratch);
  j->cpu_seconds = thread_cpu() - cpu0;
  return NULL;
}

typedef struct result {
  double seconds;
  double cpu_seconds; /* summed over the threads */
  uint64_t findings;
  uint64_t out_bytes;
  uint64_t per_type[GIZLI_T_COUNT];
  int status;
} result;

/* Runs the corpus through `threads` threads, which take blocks of
 * GZ_BENCH_BLOCK documents in order until none are left (so a denser part of
 * the corpus does not leave one thread working alone at the end), and
 * returns the wall-clock time of the whole run. */
static result run(const gizli_engine *e, const corpus *c, int threads, int lang, int redact) {
  result res;
  memset(&res, 0, sizeof res);
  job *jobs = calloc((size_t)threads, sizeof *jobs);
  pthread_t *tids = calloc((size_t)threads, sizeof *tids);
  if (!jobs || !tids) {
    free(jobs);
    free(tids);
    res.status = GIZLI_E_NOMEM;
    return res;
  }
  atomic_size_t next = 0;
  for (int t = 0; t < threads; t++) {
    jobs[t].engine = e;
    jobs[t].c = c;
    jobs[t].lang = lang;
    jobs[t].redact = redact;
    jobs[t].next = &next;
  }
  double t0 = now();
  int started = 0;
  for (int t = 0; t < threads; t++) {
    if (pthread_create(&tids[t], NULL, run_job, &jobs[t]) != 0) {
      jobs[t].status = GIZLI_E_NOMEM;
      break;
    }
    started++;
  }
  for (int t = 0; t < started; t++) pthread_join(tids[t], NULL);
  res.seconds = now() - t0;
  for (int t = 0; t < threads; t++) {
    res.findings += jobs[t].findings;
    res.cpu_seconds += jobs[t].cpu_seconds;
    res.out_bytes += jobs[t].out_bytes;
    for (int k = 0; k < GIZLI_T_COUNT; k++) res.per_type[k] += jobs[t].per_type[k];
    if (jobs[t].status != GIZLI_OK && res.status == GIZLI_OK) res.status = jobs[t].status;
  }
  free(jobs);
  free(tids);
  return res;
}

static void usage(const char *argv0) {
  fprintf(stderr,
          "usage: %s CORPUS [-t THREADS] [-r REPEAT] [-l auto|az|tr|en] [-m MAX_MB] [-s] [-c DIR]\n"
          "  CORPUS: one document per line (see bench/gencorpus.c)\n"
          "  -t: threads for the multi-threaded runs (default: online CPUs)\n"
          "  -r: runs per measurement; the fastest is reported (default 1)\n"
          "  -m: use only the first MAX_MB MiB of the corpus\n"
          "  -s: structured types only (PERSON, LOCATION, ORGANIZATION off)\n"
          "  -c: load and store compiled databases in the cache directory DIR\n"
          "      (as the CLI does; the compile time reported is then a cached start)\n",
          argv0);
}

int main(int argc, char **argv) {
  const char *path = NULL;
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  int threads = ncpu > 0 ? (int)ncpu : 1, repeat = 1, lang = GIZLI_LANG_AUTO;
  double max_mb = 0;
  int structured = 0;
  const char *cache_dir = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-t") == 0 && i + 1 < argc) {
      threads = atoi(argv[++i]);
    } else if (strcmp(argv[i], "-r") == 0 && i + 1 < argc) {
      repeat = atoi(argv[++i]);
    } else if (strcmp(argv[i], "-l") == 0 && i + 1 < argc) {
      lang = gizli_lang_from_name(argv[++i]);
    } else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) {
      max_mb = atof(argv[++i]);
    } else if (strcmp(argv[i], "-s") == 0) {
      structured = 1;
    } else if (strcmp(argv[i], "-c") == 0 && i + 1 < argc) {
      cache_dir = argv[++i];
    } else if (argv[i][0] != '-' && !path) {
      path = argv[i];
    } else {
      usage(argv[0]);
      return 2;
    }
  }
  if (!path || threads < 1 || threads > 256 || repeat < 1 || lang < 0) {
    usage(argv[0]);
    return 2;
  }

  corpus c;
  if (load_corpus(path, (size_t)(max_mb * 1024 * 1024), &c) != 0) return 1;
  double mb = (double)c.size / (1024.0 * 1024.0);
  long rss_loaded = peak_rss_kb();

  gizli_engine *engine = NULL;
  gizli_error err;
  memset(&err, 0, sizeof err);
  double t0 = now();
  gizli_policy *pol = NULL;
  int rc = gizli_policy_create(&pol);
  if (rc == GIZLI_OK && structured) rc = gizli_policy_enable(pol, GIZLI_T_PERSON, 0);
  if (rc == GIZLI_OK && structured) rc = gizli_policy_enable(pol, GIZLI_T_LOCATION, 0);
  if (rc == GIZLI_OK && structured) rc = gizli_policy_enable(pol, GIZLI_T_ORGANIZATION, 0);
  if (rc == GIZLI_OK && cache_dir) rc = gizli_policy_set_cache_dir(pol, cache_dir, 0);
  if (rc == GIZLI_OK) rc = gizli_engine_compile(pol, &engine, &err);
  double compile_s = now() - t0;
  gizli_policy_free(pol);
  if (rc != GIZLI_OK) {
    fprintf(stderr, "bench: engine compile failed: %s (%s)\n", gizli_strerror(rc), err.message);
    free(c.data);
    free(c.lines);
    return 1;
  }
  long rss_engine = peak_rss_kb();

  printf("# gizli %s benchmark\n\n", gizli_version());
  printf("corpus: %s, %.1f MiB, %zu documents (avg %.0f bytes), lang=%s, types=%s\n", path, mb,
         c.nlines, c.nlines ? (double)c.size / (double)c.nlines : 0.0, gizli_lang_name(lang),
         structured ? "structured" : "default policy");
  printf("engine compile: %.1f ms, max span %zu bytes\n\n", compile_s * 1000.0,
         gizli_engine_max_span(engine));

  struct {
    const char *name;
    int threads, redact;
  } modes[4] = {{"scan", 1, 0}, {"scan", threads, 0}, {"redact", 1, 1}, {"redact", threads, 1}};
  int nmodes = threads == 1 ? 2 : 4;
  if (threads == 1) modes[1] = modes[2];
  result base;
  memset(&base, 0, sizeof base);
  int failed = 0;

  /* MiB/s is wall-clock; "MiB per CPU-s" divides by the CPU time the scan
   * threads used, which other load on the machine barely changes */
  printf("| mode | threads | MiB | seconds | MiB/s | MiB per CPU-s | docs/s | findings | "
         "findings/MiB |\n");
  printf("|------|--------:|----:|--------:|------:|--------------:|-------:|---------:|"
         "-------------:|\n");
  for (int m = 0; m < nmodes; m++) {
    result best;
    memset(&best, 0, sizeof best);
    for (int r = 0; r < repeat; r++) {
      result res = run(engine, &c, modes[m].threads, lang, modes[m].redact);
      if (res.status != GIZLI_OK) {
        fprintf(stderr, "bench: %s failed: %s\n", modes[m].name, gizli_strerror(res.status));
        failed = 1;
        break;
      }
      if (r == 0 || res.seconds < best.seconds) best = res;
    }
    if (failed) break;
    if (m == 0) base = best;
    if (best.findings != base.findings)
      fprintf(stderr, "bench: WARNING: %s/%d threads found %llu, single-threaded scan %llu\n",
              modes[m].name, modes[m].threads, (unsigned long long)best.findings,
              (unsigned long long)base.findings);
    printf("| %s | %d | %.1f | %.3f | %.1f | %.1f | %.0f | %llu | %.1f |\n", modes[m].name,
           modes[m].threads, mb, best.seconds, mb / best.seconds,
           best.cpu_seconds > 0 ? mb / best.cpu_seconds : 0.0, (double)c.nlines / best.seconds,
           (unsigned long long)best.findings, mb > 0 ? (double)best.findings / mb : 0.0);
  }
  long rss_peak = peak_rss_kb();
  printf("\npeak RSS: %.1f MiB (corpus loaded: %.1f MiB, after compile: %.1f MiB)\n",
         (double)rss_peak / 1024.0, (double)rss_loaded / 1024.0, (double)rss_engine / 1024.0);
  if (!failed) {
    printf("\nfindings by type (single-threaded scan):\n\n| type | count |\n|------|------:|\n");
    for (int k = 1; k < GIZLI_T_COUNT; k++)
      if (base.per_type[k])
        printf("| %s | %llu |\n", gizli_type_name(k), (unsigned long long)base.per_type[k]);
  }
  gizli_engine_free(engine);
  free(c.data);
  free(c.lines);
  return failed;
}
