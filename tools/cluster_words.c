/* cluster_words.c - developer tool: shows the word clusters embedded in the
 * names model (learned by tools/train_names.c, see tools/names_cluster.h).
 * Reads text files, and prints each cluster met as "path<TAB>words", the
 * path as a bit string (the first 4, 6 or 8 bits are the coarser clusters the
 * model also uses), with up to 12 of its words in the order first seen.
 * It prints words of the input; use it on public text only.
 * Usage: cluster_words FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "names_corpus.h"

#define MAXW 12

typedef struct cl_row {
  uint32_t code;
  size_t n;
  uint64_t h[MAXW];
  char *w[MAXW];
} cl_row;

static int cmp_row(const void *a, const void *b) {
  const cl_row *x = a, *y = b;
  return x->code < y->code ? -1 : x->code > y->code;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: cluster_words FILE...\n");
    return 2;
  }
  gz_names *nm = NULL;
  gizli_error err;
  if (gz_names_create(&nm, &err)) {
    fprintf(stderr, "cluster_words: %s\n", err.message);
    return 1;
  }
  /* rows indexed by cluster code (paths are below 2^13) */
  cl_row *rows = calloc(1u << 13, sizeof *rows);
  if (!rows) return 1;
  gzn_tok toks[GZN_MAX_SENT];
  for (int a = 1; a < argc; a++) {
    size_t len;
    char *text = nc_read_file(argv[a], &len);
    if (!text) {
      fprintf(stderr, "cluster_words: cannot read %s\n", argv[a]);
      continue;
    }
    size_t pos = 0, n;
    while ((n = gzn_next_sentence(nm, text, len, &pos, toks, GZN_MAX_SENT)) > 0) {
      for (size_t i = 0; i < n; i++) {
        uint32_t c = toks[i].clus;
        if (!c || c >= (1u << 13)) continue;
        cl_row *r = &rows[c];
        r->code = c;
        int seen = 0;
        for (size_t k = 0; k < r->n; k++) seen |= r->h[k] == toks[i].h_skel;
        if (seen || r->n == MAXW) continue;
        char sk[128];
        size_t sn = gzn_skeleton(text + toks[i].start, toks[i].end - toks[i].start, sk,
                                 sizeof sk - 1);
        r->h[r->n] = toks[i].h_skel;
        r->w[r->n] = malloc(sn + 1);
        if (!r->w[r->n]) return 1;
        memcpy(r->w[r->n], sk, sn);
        r->w[r->n][sn] = 0;
        r->n++;
      }
    }
    free(text);
  }
  qsort(rows, 1u << 13, sizeof *rows, cmp_row);
  for (size_t i = 0; i < (1u << 13); i++) {
    if (!rows[i].n) continue;
    char bits[16];
    unsigned depth = 31u - (unsigned)__builtin_clz(rows[i].code);
    for (unsigned b = 0; b < depth; b++)
      bits[b] = (char)('0' + ((rows[i].code >> (depth - 1 - b)) & 1));
    bits[depth] = 0;
    printf("%s\t", bits);
    for (size_t k = 0; k < rows[i].n; k++) {
      printf("%s%s", k ? " " : "", rows[i].w[k]);
      free(rows[i].w[k]);
    }
    putchar('\n');
  }
  free(rows);
  gz_names_free(nm);
  return 0;
}
