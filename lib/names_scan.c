/* names_scan.c - decoding side of the PERSON / LOCATION / ORGANIZATION
 * recognizer: linear scores from the embedded averaged-perceptron weights,
 * Viterbi under BIO constraints, confidence from forward-backward marginals,
 * document-level propagation of names already found ("Nabiyev" alone after
 * "Rashad Nabiyev"), and the gz_recognizer entry the engine calls. */
#include "names.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const int16_t *gzn_weights(const gz_names *nm);
const gzn_model_header *gzn_header(const gz_names *nm);

#define SEEN_CAP 1024 /* power of two */
#define NEG (-(INT64_C(1) << 50))

typedef struct gzn_scratch {
  gzn_tok toks[GZN_MAX_SENT];
  int64_t emit[GZN_MAX_SENT][GZN_NTAGS];
  int64_t delta[GZN_MAX_SENT][GZN_NTAGS];
  uint8_t back[GZN_MAX_SENT][GZN_NTAGS];
  uint8_t tags[GZN_MAX_SENT];
  uint8_t prop[GZN_MAX_SENT];
  float alpha[GZN_MAX_SENT][GZN_NTAGS];
  float beta[GZN_MAX_SENT][GZN_NTAGS];
  float tr_exp[GZN_NTAGS + 1][GZN_NTAGS]; /* exp(transition * wscale / temp), per scan */
  uint64_t seen[SEEN_CAP];
  size_t n_seen;
} gzn_scratch;

/* Linear score of every tag for every candidate token. */
static void emissions(const gz_names *nm, gzn_scratch *s, size_t n) {
  const int16_t *w = gzn_weights(nm);
  uint32_t feats[GZN_MAXF];
  for (size_t i = 0; i < n; i++) {
    int64_t *e = s->emit[i];
    if (!(s->toks[i].flags & GZN_F_CAND)) {
      e[0] = 0;
      for (int t = 1; t < GZN_NTAGS; t++) e[t] = NEG;
      continue;
    }
    int32_t acc[GZN_STRIDE] = {0};
    size_t k = gzn_features(nm, s->toks, n, i, feats);
    for (size_t j = 0; j < k; j++) {
      const int16_t *row = w + (size_t)feats[j] * GZN_STRIDE;
      for (int t = 0; t < GZN_STRIDE; t++) acc[t] += row[t];
    }
    for (int t = 0; t < GZN_NTAGS; t++) e[t] = acc[t];
    if (s->toks[i].flags & GZN_F_NOI) e[GZN_IPER] = e[GZN_ILOC] = e[GZN_IORG] = NEG;
  }
}

static void viterbi(const int16_t *trans, gzn_scratch *s, size_t n) {
  for (int t = 0; t < GZN_NTAGS; t++)
    s->delta[0][t] = gzn_allowed(GZN_NTAGS, t) && s->emit[0][t] > NEG
                         ? s->emit[0][t] + trans[GZN_NTAGS * GZN_STRIDE + t]
                         : NEG;
  for (size_t i = 1; i < n; i++) {
    const int64_t *prev = s->delta[i - 1];
    for (int t = 0; t < GZN_NTAGS; t++) {
      int64_t best = NEG;
      int bp = 0;
      if (s->emit[i][t] > NEG) {
        /* I-X only after B-X or I-X (gzn_allowed); O and B-X after anything */
        int p0 = (t == GZN_IPER || t == GZN_ILOC || t == GZN_IORG) ? t - 1 : 0;
        int p1 = p0 ? t + 1 : GZN_NTAGS;
        for (int p = p0; p < p1; p++) {
          if (prev[p] <= NEG) continue;
          int64_t v = prev[p] + trans[p * GZN_STRIDE + t];
          if (v > best) best = v, bp = p;
        }
        if (best > NEG) best += s->emit[i][t];
      }
      s->delta[i][t] = best;
      s->back[i][t] = (uint8_t)bp;
    }
  }
  int bt = 0;
  for (int t = 1; t < GZN_NTAGS; t++)
    if (s->delta[n - 1][t] > s->delta[n - 1][bt]) bt = t;
  for (size_t i = n; i-- > 0;) {
    s->tags[i] = (uint8_t)bt;
    if (i) bt = s->back[i][bt];
  }
}

/* The exponentiated transition scores marginals() uses (once per scan). */
static void transitions_exp(const gzn_model_header *h, gzn_scratch *s) {
  float k = h->wscale / (h->temp > 0 ? h->temp : 1.0f);
  for (int p = 0; p <= GZN_NTAGS; p++)
    for (int t = 0; t < GZN_NTAGS; t++)
      s->tr_exp[p][t] = gzn_allowed(p, t) ? expf((float)h->trans[p * GZN_STRIDE + t] * k) : 0.0f;
}

/* Forward-backward in the probability domain with per-position
 * normalisation: scores are scaled by wscale / temp and exponentiated once
 * per token and tag, so the marginals cost a few multiplications. A token that
 * is not a candidate is O with certainty and cuts the lattice, so the
 * marginals of a run of candidates [lo, hi) are computed from that run alone:
 * it is entered from O (or the sentence start) and left into O (or the end).
 * Fills alpha and beta over [lo, hi); the marginal of tag t at i is
 * alpha*beta normalised. */
static void marginals(const gzn_model_header *h, gzn_scratch *s, size_t lo, size_t hi, size_t n) {
  float k = h->wscale / (h->temp > 0 ? h->temp : 1.0f);
  float em[GZN_MAX_SENT][GZN_NTAGS];
  float (*tr)[GZN_NTAGS] = s->tr_exp;
  for (size_t i = lo; i < hi; i++) {
    int64_t mx = s->emit[i][0];
    for (int t = 1; t < GZN_NTAGS; t++)
      if (s->emit[i][t] > mx) mx = s->emit[i][t];
    for (int t = 0; t < GZN_NTAGS; t++)
      em[i][t] = s->emit[i][t] <= NEG ? 0.0f : expf((float)(s->emit[i][t] - mx) * k);
  }
  const float *enter = tr[lo == 0 ? GZN_NTAGS : GZN_O];
  float z = 0;
  for (int t = 0; t < GZN_NTAGS; t++) z += s->alpha[lo][t] = em[lo][t] * enter[t];
  for (int t = 0; t < GZN_NTAGS; t++) s->alpha[lo][t] /= z > 0 ? z : 1;
  for (size_t i = lo + 1; i < hi; i++) {
    z = 0;
    for (int t = 0; t < GZN_NTAGS; t++) {
      float a = 0;
      if (em[i][t] > 0)
        for (int p = 0; p < GZN_NTAGS; p++) a += s->alpha[i - 1][p] * tr[p][t];
      z += s->alpha[i][t] = a * em[i][t];
    }
    for (int t = 0; t < GZN_NTAGS; t++) s->alpha[i][t] /= z > 0 ? z : 1;
  }
  for (int t = 0; t < GZN_NTAGS; t++) s->beta[hi - 1][t] = hi < n ? tr[t][GZN_O] : 1.0f;
  for (size_t i = hi - 1; i-- > lo;) {
    z = 0;
    for (int p = 0; p < GZN_NTAGS; p++) {
      float b = 0;
      for (int t = 0; t < GZN_NTAGS; t++) b += tr[p][t] * em[i + 1][t] * s->beta[i + 1][t];
      z += s->beta[i][p] = b;
    }
    for (int p = 0; p < GZN_NTAGS; p++) s->beta[i][p] /= z > 0 ? z : 1;
  }
}

static float marginal(const gzn_scratch *s, size_t i, int tag) {
  float z = 0;
  for (int t = 0; t < GZN_NTAGS; t++) z += s->alpha[i][t] * s->beta[i][t];
  return z > 0 ? s->alpha[i][tag] * s->beta[i][tag] / z : 0.0f;
}

static int seen_has(const gzn_scratch *s, uint64_t h) {
  size_t i = h & (SEEN_CAP - 1);
  for (;;) {
    if (s->seen[i] == h) return 1;
    if (s->seen[i] == 0) return 0;
    i = (i + 1) & (SEEN_CAP - 1);
  }
}

static void seen_add(gzn_scratch *s, uint64_t h) {
  if (s->n_seen >= SEEN_CAP / 2 || seen_has(s, h)) return;
  size_t i = h & (SEEN_CAP - 1);
  while (s->seen[i]) i = (i + 1) & (SEEN_CAP - 1);
  s->seen[i] = h;
  s->n_seen++;
}

/* Tags tokens that repeat a name found earlier in the document: a capitalised
 * word outside any entity whose skeleton matches a word of an earlier
 * multi-word PERSON span. Returns whether anything changed. */
static int propagate(gzn_scratch *s, size_t n) {
  int changed = 0;
  if (!s->n_seen) return 0;
  for (size_t i = 0; i < n; i++) {
    const gzn_tok *t = &s->toks[i];
    s->prop[i] = 0;
    if (s->tags[i] != GZN_O || !(t->flags & GZN_F_CAND)) continue;
    if (!(t->flags & (GZN_F_CAP | GZN_F_ALLCAP)) || (t->flags & GZN_F_INITIAL)) continue;
    if (t->gaz & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_POSTTITLE)) continue;
    if ((t->flags & GZN_F_SSTART) && (t->gaz & GZN_G_LCW)) continue;
    if (!seen_has(s, t->h_skel)) continue;
    /* a following ORG/LOC span means this is part of it ("Əliyev Fondu") */
    if (i + 1 < n && (s->tags[i + 1] == GZN_IORG || s->tags[i + 1] == GZN_ILOC)) continue;
    s->tags[i] = (i > 0 && !(t->flags & GZN_F_NOI) &&
                  (s->tags[i - 1] == GZN_BPER || s->tags[i - 1] == GZN_IPER))
                     ? GZN_IPER
                     : GZN_BPER;
    s->prop[i] = 1;
    changed = 1;
  }
  return changed;
}

static int names_scan_impl(const gz_names *nm, gzn_scratch *s, const char *text, size_t len,
                           const gizli_finding *st, size_t n_st, gz_findings *out) {
  const gzn_model_header *h = gzn_header(nm);
  size_t pos = 0, si = 0, n;
  transitions_exp(h, s);
  if (s->n_seen) {
    memset(s->seen, 0, sizeof s->seen);
    s->n_seen = 0;
  }
  while ((n = gzn_next_sentence(nm, text, len, &pos, s->toks, GZN_MAX_SENT)) > 0) {
    if (!gzn_mark_candidates(s->toks, n)) continue;
    /* tokens inside pattern findings (e-mails, handles, URLs) are not names */
    for (size_t i = 0; i < n && n_st; i++) {
      gzn_tok *t = &s->toks[i];
      while (si < n_st && st[si].end <= t->start) si++;
      if (si < n_st && st[si].start < t->full_end) t->flags &= ~GZN_F_CAND;
    }
    emissions(nm, s, n);
    viterbi(h->trans, s, n);
    int any = propagate(s, n);
    for (size_t i = 0; i < n && !any; i++) any = s->tags[i] != GZN_O;
    if (!any) continue;
    size_t seg_hi = 0; /* marginals are valid for tokens below seg_hi */
    size_t last_person_b = SIZE_MAX; /* token after the last PERSON pushed here */
    for (size_t i = 0; i < n;) {
      int tg = s->tags[i];
      if (tg == GZN_O || tg % 2 == 0) { /* O, or a stray I- (cannot happen) */
        i++;
        continue;
      }
      size_t a = i, b = i + 1;
      while (b < n && s->tags[b] == tg + 1) b++;
      i = b;
      if (a >= seg_hi) { /* the run of candidates around this span */
        size_t lo = a, hi = b;
        while (lo > 0 && (s->toks[lo - 1].flags & GZN_F_CAND)) lo--;
        while (hi < n && (s->toks[hi].flags & GZN_F_CAND)) hi++;
        marginals(h, s, lo, hi, n);
        seg_hi = hi;
      }
      int type = (tg + 1) / 2; /* 1 PERSON, 2 LOCATION, 3 ORGANIZATION */
      float conf = 0;
      for (size_t j = a; j < b; j++) {
        float m = marginal(s, j, s->tags[j]);
        if (s->prop[j] && m < 0.75f) m = 0.75f;
        conf += m;
      }
      conf /= (float)(b - a);
      if (conf != conf) conf = 0.5f; /* NaN guard */
      if (conf > 1) conf = 1;
      /* On the dev splits PERSON F1 peaks at a marginal of about 0.35; the
       * power maps that point to the engine's default threshold 0.5. */
      conf = powf(conf, GZN_CONF_GAMMA);
      /* titles and honorifics stay outside the span */
      while (b - a > 1 && (s->toks[a].gaz & GZN_G_TITLE) && !(s->toks[a].gaz & GZN_G_FIRST)) a++;
      while (b - a > 1 && (s->toks[b - 1].gaz & GZN_G_POSTTITLE)) b--;
      if (type == GIZLI_T_PERSON) {
        size_t words = 0;
        for (size_t j = a; j < b; j++) words += !(s->toks[j].flags & GZN_F_INITIAL);
        /* a name needs a word: "T.C." (initials only) is not a person, nor
         * is a lone short acronym ("MAC", "CEO") */
        if (!words) continue;
        if (b - a == 1 && (s->toks[a].flags & GZN_F_ALLCAP) && s->toks[a].ncp <= 3) continue;
        if (b - a >= 2 || conf >= 0.8f)
          for (size_t j = a; j < b; j++)
            if (!(s->toks[j].flags & GZN_F_INITIAL) && !(s->toks[j].gaz & GZN_G_PATR) && words)
              seen_add(s, s->toks[j].h_skel);
      }
      /* no name is that long; keeps every finding within the engine's max span */
      if (s->toks[b - 1].end - s->toks[a].start > GZN_MAX_SPAN_BYTES) continue;
      /* two PERSON spans with one space between them are one name that the
       * tagger split ("Aynurə" + "Bayramova"): people in a row are
       * separated by punctuation or words */
      if (type == GIZLI_T_PERSON && last_person_b == a && out->n > 0) {
        gizli_finding *prev = &out->v[out->n - 1];
        if (prev->type == GIZLI_T_PERSON && prev->end + 1 == s->toks[a].start &&
            text[prev->end] == ' ' &&
            s->toks[b - 1].end - prev->start <= GZN_MAX_SPAN_BYTES) {
          prev->end = s->toks[b - 1].end;
          if (conf > prev->score) prev->score = conf;
          last_person_b = b;
          continue;
        }
      }
      int rc = gz_findings_push(out, s->toks[a].start, s->toks[b - 1].end, type, conf, 0);
      if (rc) return rc;
      if (type == GIZLI_T_PERSON) last_person_b = b;
    }
  }
  return GIZLI_OK;
}

/* ---------------------------------------------------------------------- */
/* gz_recognizer glue                                                       */

static int rec_create(void **state, gizli_error *err) {
  gz_names *nm = NULL;
  int rc = gz_names_create(&nm, err);
  *state = nm;
  return rc;
}

static void rec_destroy(void *state) { gz_names_free(state); }

int gz_names_scratch_create(void **scratch) {
  gzn_scratch *s = calloc(1, sizeof *s);
  if (!s) return GIZLI_E_NOMEM;
  *scratch = s;
  return GIZLI_OK;
}

void gz_names_scratch_free(void *scratch) { free(scratch); }

int gz_names_scan(const gz_names *nm, void *scratch, const char *text, size_t len,
                  const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  if (!nm || !scratch || !out || (!text && len)) return GIZLI_E_INVALID;
  return names_scan_impl(nm, scratch, text, len, structured, n_structured, out);
}

static int rec_scratch_create(const void *state, void **scratch) {
  (void)state;
  return gz_names_scratch_create(scratch);
}

static void rec_scratch_free(void *scratch) { gz_names_scratch_free(scratch); }

static int rec_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                    const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)lang;
  if (!state || !scratch || (!text && len)) return GIZLI_E_INVALID;
  return names_scan_impl(state, scratch, text, len, structured, n_structured, out);
}

const gz_recognizer gz_names_recognizer = {
    .name = "names",
    .types = (1u << GIZLI_T_PERSON) | (1u << GIZLI_T_LOCATION) | (1u << GIZLI_T_ORGANIZATION),
    .create = rec_create,
    .destroy = rec_destroy,
    .scratch_create = rec_scratch_create,
    .scratch_free = rec_scratch_free,
    .scan = rec_scan,
};
