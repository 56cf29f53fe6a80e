/* bench_names.c - speed of the names recognizer alone: model load time,
 * scan throughput (MB/s on one core) and peak RSS.
 *
 * Usage: bench_names [FILE...]   (default: the seed articles and the NER test
 * splits under ../shared, joined into one text of about 3 MB; with no
 * ../shared a synthetic az/tr/en text is used)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "names.h"
#include "names_corpus.h"

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* CPU time of this thread: robust when other processes share the cores. */
static double cpu(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void append(char **buf, size_t *len, size_t *cap, const char *s, size_t n) {
  if (*len + n + 1 > *cap) *buf = realloc(*buf, (*cap = (*len + n) * 2 + 1));
  memcpy(*buf + *len, s, n);
  *len += n;
}

int main(int argc, char **argv) {
  char *text = NULL;
  size_t len = 0, cap = 0;
  if (argc > 1) {
    for (int i = 1; i < argc; i++) {
      size_t n;
      char *d = nc_read_file(argv[i], &n);
      if (!d) {
        fprintf(stderr, "bench_names: cannot read %s\n", argv[i]);
        return 1;
      }
      append(&text, &len, &cap, d, n);
      free(d);
    }
  } else {
    static const char *const files[][2] = {
        {"../shared/data/ner/en-uner-pud/en_pud-ud-test.iob2", "u"},
        {"../shared/data/ner/en-uner-ewt/en_ewt-ud-test.iob2", "u"},
        {"../shared/data/ner/tr-turkish-wikiner/test.conll", "t"},
        {"../shared/data/ner/en-btc/btc.test", "t"},
        {"../shared/data/ner/az-nahmadov-wiki-NOLICENSE/train_words", "p"},
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
      nc_corpus c = {0};
      char tags[512];
      snprintf(tags, sizeof tags, "%s", files[i][0]);
      char *us = strstr(tags, "_words");
      if (us) memcpy(us, "_tags\0", 6);
      int fmt = files[i][1][0] == 'u' ? NC_UNER : files[i][1][0] == 't' ? NC_TSV : NC_PARALLEL;
      if (nc_load(&c, files[i][0], fmt == NC_PARALLEL ? tags : NULL, fmt, 0) < 0) continue;
      for (size_t k = 0; k < c.n; k++) {
        append(&text, &len, &cap, c.v[k].text, c.v[k].len);
        append(&text, &len, &cap, k % 5 == 4 ? "\n\n" : " ", k % 5 == 4 ? 2 : 1);
      }
      nc_free(&c);
    }
    if (len == 0) {
      const char *s = "Nazir Rəşad Nəbiyev bu gün Ankarada Türkiyənin Ulaştırma Bakanı ilə görüşüb. "
                      "Sayın Mehmet Yılmaz'ın açıklamasına göre proje 2025'te tamamlanacak. "
                      "Minister Rashad Nabiyev met Turkish officials in Baku on Monday. ";
      while (len < (1u << 21)) append(&text, &len, &cap, s, strlen(s));
    }
    /* repeat to about 8 MB so the timing is stable */
    size_t base = len;
    if (base) {
      text = realloc(text, (8u << 20) + base + 1);
      while (len < (8u << 20)) memcpy(text + len, text, base), len += base;
    }
  }
  double t0 = now();
  gz_names *nm = NULL;
  gizli_error err;
  if (gz_names_create(&nm, &err)) {
    fprintf(stderr, "bench_names: %s\n", err.message);
    return 1;
  }
  double t1 = now();
  void *scr = NULL;
  gz_names_scratch_create(&scr);
  gz_findings out = {0};
  double best = 1e9, best_cpu = 1e9;
  size_t nf = 0;
  for (int r = 0; r < 5; r++) {
    out.n = 0;
    double a = now(), ac = cpu();
    if (gz_names_scan(nm, scr, text, len, NULL, 0, &out)) return 1;
    double b = now() - a, bc = cpu() - ac;
    if (b < best) best = b;
    if (bc < best_cpu) best_cpu = bc;
    nf = out.n;
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("input %.1f MB, %zu findings\n", (double)len / 1e6, nf);
  printf("model load: %.1f ms\n", (t1 - t0) * 1e3);
  printf("scan: %.1f MB/s wall, %.1f MB/s CPU time (one thread, best of 5)\n",
         (double)len / 1e6 / best, (double)len / 1e6 / best_cpu);
  printf("peak RSS: %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
  gz_findings_free(&out);
  gz_names_scratch_free(scr);
  gz_names_free(nm);
  free(text);
  return 0;
}
