/* names_cluster.h - word clusters for the names model, learned from
 * unlabelled text (header-only; used by tools/train_names.c, which stores
 * them in the model; tools/cluster_words.c prints them).
 *
 * Each word (keyed by the hash of its skeleton, so "Əliyev", "ALIYEV" and
 * "aliyev" are one word) gets a distributional vector: which frequent words
 * (and which kinds of rare words) stand immediately to its left and to its
 * right, weighted by positive pointwise mutual information and normalised.
 * The words are then split by bisecting spherical 2-means into a binary tree,
 * like Brown clusters: a word's cluster is the path to its leaf, written as a
 * heap index (root 1, children 2c and 2c+1), so prefixes of the path are
 * coarser clusters. Everything is single-threaded with fixed tie-breaking:
 * the same text gives the same clusters. */
#ifndef GIZLI_NAMES_CLUSTER_H
#define GIZLI_NAMES_CLUSTER_H
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "names_corpus.h"

#define NCL_CTX 600       /* frequent words used as context, per side */
#define NCL_XTRA 6        /* other context kinds: BOS/EOS, rare cap/lower/allcap/digit/punct */
#define NCL_DIM (2 * (NCL_CTX + NCL_XTRA))
#define NCL_MINFREQ 3     /* words seen fewer times get no cluster */
#define NCL_DEPTH 12      /* leaves are at most 12 levels deep (4096 clusters) */
#define NCL_MINLEAF 6     /* a node with fewer words is not split */
#define NCL_ITERS 8

typedef struct ncl_word {
  uint64_t h;
  uint32_t cnt;
  uint32_t off, nnz;  /* sparse vector in the shared arrays */
  uint32_t code;
} ncl_word;

typedef struct ncl_map { /* open addressing: hash -> word index + 1 */
  uint64_t *key;
  uint32_t *val;
  size_t mask;
} ncl_map;

static inline uint32_t *ncl_slot(ncl_map *m, uint64_t h) {
  size_t i = (size_t)(h ^ (h >> 29)) & m->mask;
  while (m->key[i] && m->key[i] != h) i = (i + 1) & m->mask;
  m->key[i] = h;
  return &m->val[i];
}

static int ncl_cmp_word(const void *a, const void *b) {
  const ncl_word *x = a, *y = b;
  if (x->cnt != y->cnt) return x->cnt > y->cnt ? -1 : 1;
  return x->h < y->h ? -1 : x->h > y->h;
}

static int ncl_cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Context id of a token: its rank among the NCL_CTX most frequent tokens, or
 * an "other" kind by shape. */
static inline uint32_t ncl_ctx_of(const gzn_tok *t, ncl_map *ctxmap) {
  size_t i = (size_t)(t->h_skel ^ (t->h_skel >> 29)) & ctxmap->mask;
  while (ctxmap->key[i] && ctxmap->key[i] != t->h_skel) i = (i + 1) & ctxmap->mask;
  if (ctxmap->key[i] == t->h_skel && ctxmap->val[i]) return ctxmap->val[i] - 1;
  if (t->flags & GZN_F_ALLCAP) return NCL_CTX + 3;
  if (t->flags & GZN_F_CAP) return NCL_CTX + 1;
  if (t->flags & GZN_F_WORD) return NCL_CTX + 2;
  if (t->flags & GZN_F_DIGIT) return NCL_CTX + 4;
  return NCL_CTX + 5;
}

/* Spherical 2-means split of words idx[0..n) (sorted by frequency); writes
 * the side of each word to side[]. Returns the size of side 0. */
static size_t ncl_split(const ncl_word *w, const uint32_t *dim, const float *val,
                        const uint32_t *idx, size_t n, uint8_t *side, float *c0, float *c1) {
  /* seeds: the most frequent word, and the word least similar to it */
  memset(c0, 0, NCL_DIM * sizeof *c0);
  memset(c1, 0, NCL_DIM * sizeof *c1);
  const ncl_word *a = &w[idx[0]];
  for (uint32_t k = 0; k < a->nnz; k++) c0[dim[a->off + k]] = val[a->off + k];
  size_t far = 1;
  float best = 2;
  for (size_t i = 1; i < n; i++) {
    const ncl_word *x = &w[idx[i]];
    if (!x->nnz) continue;
    float d = 0;
    for (uint32_t k = 0; k < x->nnz; k++) d += c0[dim[x->off + k]] * val[x->off + k];
    if (d < best) best = d, far = i;
  }
  const ncl_word *b = &w[idx[far]];
  for (uint32_t k = 0; k < b->nnz; k++) c1[dim[b->off + k]] = val[b->off + k];
  size_t n0 = 0;
  for (int it = 0; it < NCL_ITERS; it++) {
    n0 = 0;
    for (size_t i = 0; i < n; i++) {
      const ncl_word *x = &w[idx[i]];
      float d0 = 0, d1 = 0;
      for (uint32_t k = 0; k < x->nnz; k++) {
        d0 += c0[dim[x->off + k]] * val[x->off + k];
        d1 += c1[dim[x->off + k]] * val[x->off + k];
      }
      side[i] = d1 > d0;
      n0 += !side[i];
    }
    if (n0 == 0 || n0 == n) break;
    memset(c0, 0, NCL_DIM * sizeof *c0);
    memset(c1, 0, NCL_DIM * sizeof *c1);
    for (size_t i = 0; i < n; i++) {
      const ncl_word *x = &w[idx[i]];
      float *c = side[i] ? c1 : c0;
      float wt = sqrtf((float)x->cnt);
      for (uint32_t k = 0; k < x->nnz; k++) c[dim[x->off + k]] += wt * val[x->off + k];
    }
    double s0 = 0, s1 = 0;
    for (size_t d = 0; d < NCL_DIM; d++) s0 += (double)c0[d] * c0[d], s1 += (double)c1[d] * c1[d];
    float k0 = s0 > 0 ? (float)(1 / sqrt(s0)) : 0, k1 = s1 > 0 ? (float)(1 / sqrt(s1)) : 0;
    for (size_t d = 0; d < NCL_DIM; d++) c0[d] *= k0, c1[d] *= k1;
  }
  return n0;
}

/* Learns the clusters of the words in sentences c->v[0..n_sent) and returns
 * their number; *hashes and *codes (sorted by hash) are malloc'd. `nm` gives
 * the tokenizer (any state: only skeleton hashes and flags are used). */
static size_t ncl_learn(const gz_names *nm, const nc_corpus *c, size_t n_sent, uint64_t **hashes,
                        uint16_t **codes) {
  gzn_tok toks[GZN_MAX_SENT];
  ncl_map wm = {0}, cm = {0};
  wm.mask = cm.mask = (1u << 20) - 1;
  wm.key = calloc(wm.mask + 1, 8), wm.val = calloc(wm.mask + 1, 4);
  cm.key = calloc(cm.mask + 1, 8), cm.val = calloc(cm.mask + 1, 4);
  ncl_word *w = NULL;
  size_t nw = 0, capw = 0;
  uint64_t *all = NULL; /* all token hashes, for the context vocabulary */
  size_t nall = 0, capall = 0;
  /* pass 1: word counts (words) and token counts (contexts) */
  for (size_t s = 0; s < n_sent; s++) {
    size_t pos = 0, n;
    while ((n = gzn_next_sentence(nm, c->v[s].text, c->v[s].len, &pos, toks, GZN_MAX_SENT))) {
      for (size_t i = 0; i < n; i++) {
        if (nall == capall) all = realloc(all, (capall = capall * 2 + 65536) * 8);
        all[nall++] = toks[i].h_skel;
        if (!(toks[i].flags & GZN_F_WORD)) continue;
        uint32_t *v = ncl_slot(&wm, toks[i].h_skel);
        if (!*v) {
          if (nw == capw) w = realloc(w, (capw = capw * 2 + 4096) * sizeof *w);
          w[nw] = (ncl_word){toks[i].h_skel, 0, 0, 0, 0};
          *v = (uint32_t)++nw;
        }
        w[*v - 1].cnt++;
      }
    }
  }
  /* context vocabulary: the NCL_CTX most frequent tokens */
  qsort(all, nall, 8, ncl_cmp_u64);
  ncl_word *tc = NULL;
  size_t ntc = 0;
  for (size_t i = 0; i < nall;) {
    size_t j = i;
    while (j < nall && all[j] == all[i]) j++;
    tc = realloc(tc, (ntc + 1) * sizeof *tc);
    tc[ntc++] = (ncl_word){all[i], (uint32_t)(j - i), 0, 0, 0};
    i = j;
  }
  free(all);
  qsort(tc, ntc, sizeof *tc, ncl_cmp_word);
  for (size_t i = 0; i < ntc && i < NCL_CTX; i++) *ncl_slot(&cm, tc[i].h) = (uint32_t)i + 1;
  free(tc);
  /* keep frequent words, ordered by frequency */
  size_t keep = 0;
  for (size_t i = 0; i < nw; i++)
    if (w[i].cnt >= NCL_MINFREQ) w[keep++] = w[i];
  nw = keep;
  qsort(w, nw, sizeof *w, ncl_cmp_word);
  memset(wm.key, 0, (wm.mask + 1) * 8);
  memset(wm.val, 0, (wm.mask + 1) * 4);
  for (size_t i = 0; i < nw; i++) *ncl_slot(&wm, w[i].h) = (uint32_t)i + 1;
  /* pass 2: (word, context) pairs */
  uint64_t *pairs = NULL;
  size_t np = 0, capp = 0;
  for (size_t s = 0; s < n_sent; s++) {
    size_t pos = 0, n;
    while ((n = gzn_next_sentence(nm, c->v[s].text, c->v[s].len, &pos, toks, GZN_MAX_SENT))) {
      for (size_t i = 0; i < n; i++) {
        if (!(toks[i].flags & GZN_F_WORD)) continue;
        uint32_t wi = *ncl_slot(&wm, toks[i].h_skel);
        if (!wi) continue;
        uint32_t l = i ? ncl_ctx_of(&toks[i - 1], &cm) : NCL_CTX;
        uint32_t r = i + 1 < n ? ncl_ctx_of(&toks[i + 1], &cm) : NCL_CTX;
        if (np + 2 > capp) pairs = realloc(pairs, (capp = capp * 2 + 65536) * 8);
        pairs[np++] = ((uint64_t)(wi - 1) << 32) | l;
        pairs[np++] = ((uint64_t)(wi - 1) << 32) | (NCL_CTX + NCL_XTRA + r);
      }
    }
  }
  qsort(pairs, np, 8, ncl_cmp_u64);
  /* PPMI vectors */
  double *dsum = calloc(NCL_DIM, sizeof *dsum);
  for (size_t i = 0; i < np; i++) dsum[pairs[i] & 0xffffffffu] += 1;
  uint32_t *dim = malloc((np + 1) * 4);
  float *val = malloc((np + 1) * 4);
  size_t nnz = 0;
  double total = (double)np;
  for (size_t i = 0; i < np;) {
    uint32_t wi = (uint32_t)(pairs[i] >> 32);
    w[wi].off = (uint32_t)nnz;
    double wsum = 0;
    size_t e = i;
    while (e < np && (pairs[e] >> 32) == wi) e++, wsum += 1;
    double norm = 0;
    size_t start = nnz;
    for (size_t j = i; j < e;) {
      size_t k = j;
      while (k < e && pairs[k] == pairs[j]) k++;
      uint32_t d = (uint32_t)(pairs[j] & 0xffffffffu);
      double pmi = log((double)(k - j) * total / (wsum * dsum[d]));
      if (pmi > 0) {
        dim[nnz] = d;
        val[nnz] = (float)pmi;
        norm += pmi * pmi;
        nnz++;
      }
      j = k;
    }
    for (size_t j = start; j < nnz; j++) val[j] = (float)(val[j] / (norm > 0 ? sqrt(norm) : 1));
    w[wi].nnz = (uint32_t)(nnz - start);
    i = e;
  }
  free(pairs);
  free(dsum);
  /* bisecting 2-means, breadth-first over a queue of nodes */
  uint32_t *idx = malloc((nw + 1) * 4), *tmp = malloc((nw + 1) * 4);
  uint8_t *side = malloc(nw + 1);
  float *c0 = malloc(NCL_DIM * sizeof *c0), *c1 = malloc(NCL_DIM * sizeof *c1);
  for (size_t i = 0; i < nw; i++) idx[i] = (uint32_t)i, w[i].code = 1;
  typedef struct { size_t lo, hi; uint32_t code; } node;
  node *q = malloc(sizeof *q * (2 * nw + 2));
  size_t qh = 0, qt = 0;
  q[qt++] = (node){0, nw, 1};
  while (qh < qt) {
    node nd = q[qh++];
    size_t n = nd.hi - nd.lo;
    unsigned depth = 31u - (unsigned)__builtin_clz(nd.code);
    for (size_t i = nd.lo; i < nd.hi; i++) w[idx[i]].code = nd.code;
    if (n < NCL_MINLEAF || depth >= NCL_DEPTH) continue;
    size_t n0 = ncl_split(w, dim, val, idx + nd.lo, n, side, c0, c1);
    if (n0 == 0 || n0 == n) continue;
    /* stable partition keeps each side sorted by frequency */
    size_t a = 0, b = n0;
    for (size_t i = 0; i < n; i++) tmp[side[i] ? b++ : a++] = idx[nd.lo + i];
    memcpy(idx + nd.lo, tmp, n * 4);
    q[qt++] = (node){nd.lo, nd.lo + n0, nd.code * 2};
    q[qt++] = (node){nd.lo + n0, nd.hi, nd.code * 2 + 1};
  }
  free(q);
  free(idx);
  free(tmp);
  free(side);
  free(c0);
  free(c1);
  free(dim);
  free(val);
  /* output sorted by hash */
  qsort(w, nw, sizeof *w, ncl_cmp_u64); /* h is the first field */
  *hashes = malloc((nw + 1) * 8);
  *codes = malloc((nw + 1) * 2);
  for (size_t i = 0; i < nw; i++) (*hashes)[i] = w[i].h, (*codes)[i] = (uint16_t)w[i].code;
  free(w);
  free(wm.key);
  free(wm.val);
  free(cm.key);
  free(cm.val);
  return nw;
}

#endif
