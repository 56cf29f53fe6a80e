/* eval_ner.c - entity-level precision / recall / F1 of the names recognizer
 * (PERSON, LOCATION, ORGANIZATION) on the test splits under
 * ../shared/data/ner and on the PERSON gold of ../shared/data/seeds. Prints a
 * Markdown table for ACCURACY.md. Exits 0 with a message when ../shared is
 * absent.
 *
 * Gold spans are compared after the project's span rules: a Turkish
 * apostrophe suffix or English "'s" at the end of a gold span is outside
 * the span (the corpora put it inside the token), and so are titles at the
 * start or end of a gold PERSON span ("İsmet Paşa", "Sir Frank Whittle";
 * nc_strip_titles in names_corpus.h; --keep-titles scores the corpora's own
 * spans). "exact" needs identical
 * byte spans and type; "overlap" counts a prediction as correct when it
 * overlaps a gold span of the same type, and a gold span as found when a
 * prediction of its type overlaps it.
 *
 * Findings below --threshold (default 0.5, the engine's default) are dropped.
 *
 * --raw scores the model's Viterbi spans alone (no document propagation, no
 * post-rules, no threshold); --verbose also prints the kinds of PERSON error,
 * twice the false PERSON spans too, three times each error's line with the
 * gold PERSON spans in [ ], the predicted ones in { } and other types in < >.
 *
 * Usage: eval_ner [--shared DIR] [--model FILE] [--threshold X] [--dev] [--raw]
 *                 [--keep-titles] [--verbose]
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "names.h"
#include "names_corpus.h"

typedef struct counts {
  long tp, fp, fn;          /* exact */
  long otp_p, otp_g, np, ng; /* overlap: correct predictions, found golds, totals */
} counts;

static int verbose = 0;
static int dev = 0; /* --dev: the dev splits (for tuning) instead of the test sets */
static float threshold = 0.5f; /* the engine's default reporting threshold */
static int raw = 0; /* --raw: the model's Viterbi spans alone, no post-rules */
static long n_miss, n_part, n_astype, n_false, n_fpart; /* PERSON error kinds */

const int16_t *gzn_weights(const gz_names *nm);
const gzn_model_header *gzn_header(const gz_names *nm);

/* --raw: the spans of the Viterbi decoding of the model alone (no
 * propagation, no post-rules, no threshold), to tell the model's errors
 * from the rules'. Each span runs from its first token to the end of its
 * last (apostrophe suffix outside). */
static void raw_scan(const gz_names *nm, const char *text, size_t len, gz_findings *out) {
  static gzn_tok t[GZN_MAX_SENT];
  static int64_t em[GZN_MAX_SENT][GZN_NTAGS], dl[GZN_MAX_SENT][GZN_NTAGS];
  static uint8_t bk[GZN_MAX_SENT][GZN_NTAGS], tg[GZN_MAX_SENT];
  const int16_t *w = gzn_weights(nm);
  const int16_t *tr = gzn_header(nm)->trans;
  const int64_t NEGV = -(INT64_C(1) << 50);
  uint32_t f[GZN_MAXF];
  size_t pos = 0, n;
  while ((n = gzn_next_sentence(nm, text, len, &pos, t, GZN_MAX_SENT)) > 0) {
    if (!gzn_mark_candidates(t, n)) continue;
    for (size_t i = 0; i < n; i++) {
      for (int k = 0; k < GZN_NTAGS; k++) em[i][k] = k ? NEGV : 0;
      if (!(t[i].flags & GZN_F_CAND)) continue;
      size_t nf = gzn_features(nm, t, n, i, f);
      for (int k = 0; k < GZN_NTAGS; k++) em[i][k] = 0;
      for (size_t j = 0; j < nf; j++)
        for (int k = 0; k < GZN_NTAGS; k++) em[i][k] += w[(size_t)f[j] * GZN_STRIDE + k];
      if (t[i].flags & GZN_F_NOI) em[i][GZN_IPER] = em[i][GZN_ILOC] = em[i][GZN_IORG] = NEGV;
    }
    for (size_t i = 0; i < n; i++)
      for (int k = 0; k < GZN_NTAGS; k++) {
        int64_t best = NEGV;
        int bp = 0;
        if (em[i][k] > NEGV) {
          if (!i) best = gzn_allowed(GZN_NTAGS, k) ? tr[GZN_NTAGS * GZN_STRIDE + k] : NEGV;
          else
            for (int p = 0; p < GZN_NTAGS; p++)
              if (dl[i - 1][p] > NEGV && gzn_allowed(p, k) &&
                  dl[i - 1][p] + tr[p * GZN_STRIDE + k] > best)
                best = dl[i - 1][p] + tr[p * GZN_STRIDE + k], bp = p;
          if (best > NEGV) best += em[i][k];
        }
        dl[i][k] = best;
        bk[i][k] = (uint8_t)bp;
      }
    int bt = 0;
    for (int k = 1; k < GZN_NTAGS; k++)
      if (dl[n - 1][k] > dl[n - 1][bt]) bt = k;
    for (size_t i = n; i-- > 0;) {
      tg[i] = (uint8_t)bt;
      if (i) bt = bk[i][bt];
    }
    for (size_t i = 0; i < n;) {
      if (tg[i] == GZN_O || tg[i] % 2 == 0) {
        i++;
        continue;
      }
      size_t b = i + 1;
      while (b < n && tg[b] == tg[i] + 1) b++;
      if (gz_findings_push(out, t[i].start, t[b - 1].end, (tg[i] + 1) / 2, 1.0f, 0)) return;
      i = b;
    }
  }
}

/* Drops findings below the threshold, as the engine does. */
static void apply_threshold(gz_findings *f) {
  size_t w = 0;
  for (size_t j = 0; j < f->n; j++)
    if (f->v[j].score >= threshold) f->v[w++] = f->v[j];
  f->n = w;
}

static int is_apos_at(const char *s, size_t i, size_t len, size_t *k) {
  if (s[i] == '\'') return *k = 1, 1;
  if (i + 2 < len && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
      (unsigned char)s[i + 2] == 0x99)
    return *k = 3, 1;
  return 0;
}

/* Cuts an apostrophe suffix (lower-case letters after the last apostrophe
 * of the last word) off a gold span. */
static size_t trim_gold(const char *s, size_t start, size_t end) {
  for (size_t i = end; i-- > start;) {
    if (s[i] == ' ') break;
    size_t k;
    if (is_apos_at(s, i, end, &k) && i > start) {
      int lower = i + k < end;
      for (size_t j = i + k; j < end; j++) {
        unsigned char c = (unsigned char)s[j];
        if (c < 0x80 && !(c >= 'a' && c <= 'z')) lower = 0;
        if (c == 0xc4 && j + 1 < end && ((unsigned char)s[j + 1] == 0xb0)) lower = 0; /* İ */
      }
      if (lower && end - i - k <= 12) return i;
    }
  }
  return end;
}

/* With --verbose three times: prints the line around byte i with the gold
 * PERSON spans in [ ], the predicted PERSON spans in { } and other
 * predicted types in < >. */
static void show_line(const char *text, size_t i, const nc_ent *gold, size_t ng,
                      const gizli_finding *pred, size_t np) {
  size_t a = i, b = i;
  while (a > 0 && text[a - 1] != '\n') a--;
  while (text[b] && text[b] != '\n') b++;
  printf("      | ");
  for (size_t k = a; k <= b; k++) {
    for (size_t j = 0; j < np; j++)
      if (pred[j].end == k && pred[j].type >= 1 && pred[j].type <= 3)
        fputs(pred[j].type == GIZLI_T_PERSON ? "}" : ">", stdout);
    for (size_t g = 0; g < ng; g++)
      if (gold[g].end == k && gold[g].type == GIZLI_T_PERSON) fputs("]", stdout);
    for (size_t g = 0; g < ng; g++)
      if (gold[g].start == k && gold[g].type == GIZLI_T_PERSON) fputs("[", stdout);
    for (size_t j = 0; j < np; j++)
      if (pred[j].start == k && pred[j].type >= 1 && pred[j].type <= 3)
        fputs(pred[j].type == GIZLI_T_PERSON ? "{" : pred[j].type == 2 ? "<L:" : "<O:", stdout);
    if (k < b) putchar(text[k]);
  }
  putchar('\n');
}

/* ---- real-corpus classes (seventh session) ---- */
/* Unless --keep-titles is given, gold PERSON spans lose the titles that the
 * span rules keep outside a name (nc_strip_titles in names_corpus.h). */
static const gz_names *g_nm;
static int map_titles = 1;

static void map_gold(const char *s, int type, size_t *gs, size_t *ge) {
  size_t a = *gs, b = trim_gold(s, *gs, *ge);
  if (map_titles && type == GIZLI_T_PERSON && g_nm) nc_strip_titles(g_nm, s, &a, &b);
  *gs = a;
  *ge = b;
}

static void score_sentence(const char *text, const nc_ent *gold, size_t ng,
                           const gizli_finding *pred, size_t np, counts c[4], const char *tag) {
  for (size_t i = 0; i < ng; i++) {
    int t = gold[i].type;
    size_t gs = gold[i].start, ge = gold[i].end;
    map_gold(text, t, &gs, &ge);
    int exact = 0, over = 0, other = 0;
    for (size_t j = 0; j < np; j++) {
      if (pred[j].start < ge && pred[j].end > gs && pred[j].type != t) other = pred[j].type;
      if (pred[j].type != t) continue;
      if (pred[j].start == gs && pred[j].end == ge) exact = 1;
      if (pred[j].start < ge && pred[j].end > gs) over = 1;
    }
    c[t].ng++;
    c[t].otp_g += over;
    if (exact) c[t].tp++;
    else {
      c[t].fn++;
      if (t == GIZLI_T_PERSON) {
        if (over) n_part++;
        else if (other) n_astype++;
        else n_miss++;
      }
      if (verbose && t == GIZLI_T_PERSON)
        printf("  [%s] missed PERSON: %.*s%s%s\n", tag, (int)(ge - gs), text + gs,
               over ? " (partial)" : "", other == 2 ? " (as LOC)" : other == 3 ? " (as ORG)" : "");
      if (verbose > 2 && t == GIZLI_T_PERSON) show_line(text, gs, gold, ng, pred, np);
    }
  }
  for (size_t j = 0; j < np; j++) {
    int t = pred[j].type;
    if (t < 1 || t > 3) continue;
    int exact = 0, over = 0;
    for (size_t i = 0; i < ng; i++) {
      if (gold[i].type != t) continue;
      size_t gs = gold[i].start, ge = gold[i].end;
      map_gold(text, t, &gs, &ge);
      if (pred[j].start == gs && pred[j].end == ge) exact = 1;
      if (pred[j].start < ge && pred[j].end > gs) over = 1;
    }
    c[t].np++;
    c[t].otp_p += over;
    if (!exact) {
      c[t].fp++;
      if (t == GIZLI_T_PERSON) {
        if (over) n_fpart++;
        else n_false++;
      }
      if (verbose > 1 && t == GIZLI_T_PERSON)
        printf("  [%s] false PERSON: %.*s\n", tag, (int)(pred[j].end - pred[j].start),
               text + pred[j].start);
      if (verbose > 2 && t == GIZLI_T_PERSON) show_line(text, pred[j].start, gold, ng, pred, np);
    }
  }
}

static double ratio(long a, long b) { return b ? (double)a / (double)b : 0; }
static double fone(double p, double r) { return p + r ? 2 * p * r / (p + r) : 0; }

static void row(const char *set, const char *lang, const char *type, const counts *c) {
  double p = ratio(c->tp, c->tp + c->fp), r = ratio(c->tp, c->tp + c->fn);
  double op = ratio(c->otp_p, c->np), orr = ratio(c->otp_g, c->ng);
  printf("| %-28s | %s | %-12s | %5ld | %.3f | %.3f | **%.3f** | %.3f |\n", set, lang, type,
         c->tp + c->fn, p, r, fone(p, r), fone(op, orr));
}

typedef struct evalset {
  const char *name, *lang, *file, *tags;
  int fmt;
} evalset;

int main(int argc, char **argv) {
  const char *shared = "../shared", *model = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--shared") && i + 1 < argc) shared = argv[++i];
    else if (!strcmp(argv[i], "--model") && i + 1 < argc) model = argv[++i];
    else if (!strcmp(argv[i], "--verbose")) verbose++;
    else if (!strcmp(argv[i], "--dev")) dev = 1;
    else if (!strcmp(argv[i], "--raw")) raw = 1;
    else if (!strcmp(argv[i], "--keep-titles")) map_titles = 0;
    else if (!strcmp(argv[i], "--threshold") && i + 1 < argc) threshold = (float)atof(argv[++i]);
    else {
      fprintf(stderr, "usage: eval_ner [--shared DIR] [--model FILE] [--threshold X] [--dev] [--raw] "
                      "[--keep-titles] [--verbose]\n");
      return 2;
    }
  }
  char path[1024];
  snprintf(path, sizeof path, "%s/data/ner/SOURCES.md", shared);
  FILE *probe = fopen(path, "r");
  if (!probe) {
    printf("eval_ner: %s/data/ner not found; names accuracy skipped\n", shared);
    return 0;
  }
  fclose(probe);
  gz_names *nm = NULL;
  gizli_error err;
  void *mbuf = NULL;
  int rc;
  if (model) {
    size_t len;
    char *d = nc_read_file(model, &len);
    if (!d) {
      fprintf(stderr, "eval_ner: cannot read %s\n", model);
      return 1;
    }
    mbuf = aligned_alloc(64, (len + 63) / 64 * 64);
    memcpy(mbuf, d, len);
    free(d);
    rc = gz_names_create_mem(&nm, mbuf, len, &err);
  } else {
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    rc = gz_names_create(&nm, &err);
    clock_gettime(CLOCK_MONOTONIC, &b);
    fprintf(stderr, "model load: %.1f ms\n",
            (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6);
  }
  if (rc) {
    fprintf(stderr, "eval_ner: %s\n", err.message);
    return 1;
  }
  g_nm = nm;
  void *scr = NULL;
  if (gz_names_scratch_create(&scr)) return 1;
  static const evalset sets[] = {
      {"en-btc test", "en", "en-btc/btc.test", NULL, NC_TSV},
      {"en-wnut17 test", "en", "en-wnut17/emerging.test.annotated", NULL, NC_TSV},
      {"en-uner-ewt test", "en", "en-uner-ewt/en_ewt-ud-test.iob2", NULL, NC_UNER},
      {"en-uner-pud test", "en", "en-uner-pud/en_pud-ud-test.iob2", NULL, NC_UNER},
      {"tr-turkish-wikiner test", "tr", "tr-turkish-wikiner/test.conll", NULL, NC_TSV},
      {"az-nahmadov train+valid+test*", "az", "az-nahmadov-wiki-NOLICENSE/train_words",
       "az-nahmadov-wiki-NOLICENSE/train_tags", NC_PARALLEL},
  };
  static const evalset devsets[] = {
      {"en-btc dev", "en", "en-btc/btc.dev", NULL, NC_TSV},
      {"en-wnut17 dev", "en", "en-wnut17/emerging.dev.conll", NULL, NC_TSV},
      {"tr-turkish-wikiner dev", "tr", "tr-turkish-wikiner/dev.conll", NULL, NC_TSV},
      /* trained on by the shipped model: meaningful only for a model
       * trained with train_names --hold-ewt 1 */
      {"en-uner-ewt dev", "en", "en-uner-ewt/en_ewt-ud-dev.iob2", NULL, NC_UNER},
  };
  const evalset *use = dev ? devsets : sets;
  size_t n_use = dev ? sizeof devsets / sizeof devsets[0] : sizeof sets / sizeof sets[0];
  static const char *tn[4] = {"", "PERSON", "LOCATION", "ORGANIZATION"};
  printf("| set | lang | type | gold | P | R | F1 (exact) | F1 (overlap) |\n");
  printf("|---|---|---|---|---|---|---|---|\n");
  gz_findings out = {0};
  for (size_t si = 0; si < n_use; si++) {
    nc_corpus c = {0};
    char p1[1024], p2[1024];
    snprintf(p1, sizeof p1, "%s/data/ner/%s", shared, use[si].file);
    if (use[si].tags) snprintf(p2, sizeof p2, "%s/data/ner/%s", shared, use[si].tags);
    if (nc_load(&c, p1, use[si].tags ? p2 : NULL, use[si].fmt, 0) < 0) {
      printf("| %s | %s | (missing) | | | | | |\n", use[si].name, use[si].lang);
      continue;
    }
    if (use[si].fmt == NC_PARALLEL) { /* the az set: all three files, never trained on */
      snprintf(p1, sizeof p1, "%s/data/ner/az-nahmadov-wiki-NOLICENSE/valid_words", shared);
      snprintf(p2, sizeof p2, "%s/data/ner/az-nahmadov-wiki-NOLICENSE/valid_tags", shared);
      nc_load(&c, p1, p2, NC_PARALLEL, 0);
      snprintf(p1, sizeof p1, "%s/data/ner/az-nahmadov-wiki-NOLICENSE/test-sents.txt", shared);
      snprintf(p2, sizeof p2, "%s/data/ner/az-nahmadov-wiki-NOLICENSE/test-tags.txt", shared);
      nc_load(&c, p1, p2, NC_PARALLEL, 0);
    }
    counts cnt[4] = {{0}};
    if (use[si].fmt == NC_UNER) {
      /* UNER files mark documents: scan each document as one text (sentences
       * on their own lines), as the engine would, so names found earlier in
       * a document help later mentions */
      for (size_t k = 0; k < c.n;) {
        size_t e = k + 1, tl = 0, ne = 0;
        while (e < c.n && !c.v[e].newdoc) e++;
        for (size_t m = k; m < e; m++) tl += c.v[m].len + 1, ne += c.v[m].n_ents;
        char *doc = malloc(tl + 1);
        nc_ent *ents = malloc((ne + 1) * sizeof *ents);
        size_t o = 0, q = 0;
        for (size_t m = k; m < e; m++) {
          memcpy(doc + o, c.v[m].text, c.v[m].len);
          for (size_t x = 0; x < c.v[m].n_ents; x++) {
            ents[q] = c.v[m].ents[x];
            ents[q].start += o;
            ents[q].end += o;
            q++;
          }
          o += c.v[m].len;
          doc[o++] = '\n';
        }
        doc[o] = 0;
        out.n = 0;
        if (raw) raw_scan(nm, doc, o, &out);
        else if (gz_names_scan(nm, scr, doc, o, NULL, 0, &out)) return 1;
        apply_threshold(&out);
        score_sentence(doc, ents, q, out.v, out.n, cnt, use[si].name);
        free(doc);
        free(ents);
        k = e;
      }
    } else {
      for (size_t k = 0; k < c.n; k++) {
        out.n = 0;
        if (raw) raw_scan(nm, c.v[k].text, c.v[k].len, &out);
        else if (gz_names_scan(nm, scr, c.v[k].text, c.v[k].len, NULL, 0, &out)) return 1;
        apply_threshold(&out);
        score_sentence(c.v[k].text, c.v[k].ents, c.v[k].n_ents, out.v, out.n, cnt,
                       use[si].name);
      }
    }
    for (int t = 1; t <= 3; t++) row(use[si].name, use[si].lang, tn[t], &cnt[t]);
    if (verbose)
      printf("  PERSON errors: gold missed %ld, found as another type %ld, wrong boundary %ld; "
             "false %ld, wrong boundary %ld\n",
             n_miss, n_astype, n_part, n_false, n_fpart);
    n_miss = n_astype = n_part = n_false = n_fpart = 0;
    nc_free(&c);
  }
  /* seeds: whole articles, PERSON only */
  snprintf(path, sizeof path, "%s/data/seeds/seeds.jsonl", shared);
  FILE *f = fopen(path, "r");
  if (f && !dev) {
    counts cnt[4] = {{0}};
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) > 0) {
      json_error_t je;
      json_t *o = json_loadb(line, (size_t)n, 0, &je);
      if (!o) continue;
      const char *text = json_string_value(json_object_get(o, "text"));
      size_t tl = json_string_length(json_object_get(o, "text"));
      json_t *ents = json_object_get(o, "entities");
      nc_ent gold[512];
      size_t ng = 0, i;
      json_t *e;
      json_array_foreach(ents, i, e) {
        const char *ty = json_string_value(json_object_get(e, "type"));
        if (!ty || strcmp(ty, "PERSON") || ng >= 512) continue;
        gold[ng++] = (nc_ent){(size_t)json_integer_value(json_object_get(e, "start")),
                              (size_t)json_integer_value(json_object_get(e, "end")),
                              GIZLI_T_PERSON};
      }
      out.n = 0;
      if (text && !gz_names_scan(nm, scr, text, tl, NULL, 0, &out)) {
        apply_threshold(&out);
        /* only PERSON is annotated in the seeds */
        size_t w = 0;
        for (size_t j = 0; j < out.n; j++)
          if (out.v[j].type == GIZLI_T_PERSON) out.v[w++] = out.v[j];
        score_sentence(text, gold, ng, out.v, w, cnt, "seeds");
      }
      json_decref(o);
    }
    free(line);
    fclose(f);
    row("seeds (5 articles)", "en", "PERSON", &cnt[1]);
  }
  gz_findings_free(&out);
  gz_names_scratch_free(scr);
  gz_names_free(nm);
  free(mbuf);
  return 0;
}
