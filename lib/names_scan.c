/* names_scan.c - decoding side of the PERSON / LOCATION / ORGANIZATION
 * recognizer: linear scores from the embedded averaged-perceptron weights,
 * Viterbi under BIO constraints, confidence from forward-backward marginals,
 * document-level propagation of names already found ("Nabiyev" alone after
 * "Rashad Nabiyev"), and the gz_recognizer entry the engine calls. */
#include "names.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

const int16_t *gzn_weights(const gz_names *nm);
const gzn_model_header *gzn_header(const gz_names *nm);

#define SEEN_CAP 1024 /* power of two */
#define PEND_CAP 256  /* capitalised words kept for the look back (per text) */
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
  /* capitalised words left O that did not repeat a name found so far: at the
   * end of the text those that repeat a name found later become names too
   * (a headline "Bayramov: ..." above "Ceyhun Bayramov said") */
  struct gzn_pend {
    gzn_tok tok;   /* the word (start, end, h_skel are used) */
    uint32_t sent; /* its sentence number */
    int entity;    /* 1: the model found it as a one-word place or organisation */
  } pend[PEND_CAP];
  size_t n_pend;
  uint32_t seen_sent[SEEN_CAP]; /* sentence number of each seen[] entry's first mention */
  size_t seen_pos[SEEN_CAP];    /* and its byte offset */
  uint32_t sent_no;             /* number of the sentence being decoded */
  gzn_wcache wc;                /* words seen in earlier texts and sentences */
} gzn_scratch;

/* Sums the weight rows of the k features feats[] into acc (GZN_STRIDE
 * int32 sums of int16 weights). A row is the 8 int16 weights of one bucket,
 * 16 bytes: with SSE2 one load, and two sign-extending unpacks into two
 * 4 x int32 accumulators; the sums are those of the scalar loop. */
static inline void accumulate(const int16_t *w, const uint32_t *feats, size_t k, int32_t *acc) {
#if defined(__SSE2__) && GZN_STRIDE == 8
  __m128i lo = _mm_setzero_si128(), hi = _mm_setzero_si128();
  for (size_t j = 0; j < k; j++) {
    __m128i r = _mm_loadu_si128((const __m128i *)(const void *)(w + (size_t)feats[j] * GZN_STRIDE));
    lo = _mm_add_epi32(lo, _mm_srai_epi32(_mm_unpacklo_epi16(r, r), 16));
    hi = _mm_add_epi32(hi, _mm_srai_epi32(_mm_unpackhi_epi16(r, r), 16));
  }
  _mm_storeu_si128((__m128i *)(void *)acc, lo);
  _mm_storeu_si128((__m128i *)(void *)(acc + 4), hi);
#else
  for (int t = 0; t < GZN_STRIDE; t++) acc[t] = 0;
  for (size_t j = 0; j < k; j++) {
    const int16_t *row = w + (size_t)feats[j] * GZN_STRIDE;
    for (int t = 0; t < GZN_STRIDE; t++) acc[t] += row[t];
  }
#endif
}

/* The scores of a token that is no candidate: O alone. emissions() leaves
 * the rows of such tokens unwritten; emit_row() reads this one for them. */
static const int64_t o_row[GZN_NTAGS] = {0, NEG, NEG, NEG, NEG, NEG, NEG};

static inline const int64_t *emit_row(const gzn_scratch *s, size_t i) {
  return (s->toks[i].flags & GZN_F_CAND) ? s->emit[i] : o_row;
}

/* Linear score of every tag for every candidate token (s->emit; the rows of
 * the other tokens are o_row, through emit_row). */
static void emissions(const gz_names *nm, gzn_scratch *s, size_t n) {
  const int16_t *w = gzn_weights(nm);
  uint32_t feats[GZN_MAXF];
  for (size_t i = 0; i < n; i++) {
    int64_t *e = s->emit[i];
    if (!(s->toks[i].flags & GZN_F_CAND)) continue;
    int32_t acc[GZN_STRIDE];
    size_t k = gzn_features(nm, s->toks, n, i, feats);
    accumulate(w, feats, k, acc);
    for (int t = 0; t < GZN_NTAGS; t++) e[t] = acc[t];
    if (s->toks[i].flags & GZN_F_NOI) e[GZN_IPER] = e[GZN_ILOC] = e[GZN_IORG] = NEG;
  }
}

/* Whether only tag O is live in a row of scores (every other tag NEG). */
static inline int only_o(const int64_t *r) {
  return r[1] <= NEG && r[2] <= NEG && r[3] <= NEG && r[4] <= NEG && r[5] <= NEG && r[6] <= NEG;
}

/* Best tag sequence under the BIO constraints. Most tokens of running text
 * are no candidates (O alone, o_row) and follow another such token, and
 * most candidates follow one: with O the only live state before, every tag
 * is reached from O (I-X not at all), and the row is filled without the
 * search over previous tags; the values written are those of the general
 * loop. For a token that is no candidate only the O cells are written (its
 * other tags are dead, and only the O cells of an O-only row are read: by
 * the next row, and by the backtrace, which follows live tags), except in
 * the last row, which the final comparison reads whole. */
static void viterbi(const int16_t *trans, gzn_scratch *s, size_t n) {
  const int64_t *e0 = emit_row(s, 0);
  for (int t = 0; t < GZN_NTAGS; t++)
    s->delta[0][t] =
        gzn_allowed(GZN_NTAGS, t) && e0[t] > NEG ? e0[t] + trans[GZN_NTAGS * GZN_STRIDE + t] : NEG;
  int prev_o = only_o(s->delta[0]);
  for (size_t i = 1; i < n; i++) {
    const int64_t *prev = s->delta[i - 1];
    if (!(s->toks[i].flags & GZN_F_CAND)) {
      int64_t best = NEG; /* o_row: emit 0 for O */
      int bp = 0;
      if (prev_o) {
        if (prev[GZN_O] > NEG) {
          int64_t v = prev[GZN_O] + trans[GZN_O * GZN_STRIDE + GZN_O];
          if (v > NEG) best = v;
        }
      } else {
        /* after a row with other live tags: O from the best of them (the
         * general loop's search for O; its other tags stay dead) */
        for (int p = 0; p < GZN_NTAGS; p++) {
          if (prev[p] <= NEG) continue;
          int64_t v = prev[p] + trans[p * GZN_STRIDE + GZN_O];
          if (v > best) best = v, bp = p;
        }
      }
      s->delta[i][GZN_O] = best;
      s->back[i][GZN_O] = (uint8_t)bp;
      if (i + 1 == n)
        for (int t = 1; t < GZN_NTAGS; t++) s->delta[i][t] = NEG;
      prev_o = 1;
      continue;
    }
    const int64_t *em = emit_row(s, i);
    if (prev_o) {
      for (int t = 0; t < GZN_NTAGS; t++) {
        int64_t best = NEG;
        if (em[t] > NEG && prev[GZN_O] > NEG && gzn_allowed(GZN_O, t)) {
          int64_t v = prev[GZN_O] + trans[GZN_O * GZN_STRIDE + t];
          if (v > NEG) best = v + em[t];
        }
        s->delta[i][t] = best;
      }
      memset(s->back[i], 0, sizeof s->back[i]);
      prev_o = only_o(s->delta[i]);
      continue;
    }
    for (int t = 0; t < GZN_NTAGS; t++) {
      int64_t best = NEG;
      int bp = 0;
      if (em[t] > NEG) {
        /* I-X only after B-X or I-X (gzn_allowed); O and B-X after anything */
        int p0 = (t == GZN_IPER || t == GZN_ILOC || t == GZN_IORG) ? t - 1 : 0;
        int p1 = p0 ? t + 1 : GZN_NTAGS;
        for (int p = p0; p < p1; p++) {
          if (prev[p] <= NEG) continue;
          int64_t v = prev[p] + trans[p * GZN_STRIDE + t];
          if (v > best) best = v, bp = p;
        }
        if (best > NEG) best += em[t];
      }
      s->delta[i][t] = best;
      s->back[i][t] = (uint8_t)bp;
    }
    prev_o = only_o(s->delta[i]);
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
    const int64_t *e = emit_row(s, i);
    int64_t mx = e[0];
    for (int t = 1; t < GZN_NTAGS; t++)
      if (e[t] > mx) mx = e[t];
    for (int t = 0; t < GZN_NTAGS; t++)
      em[i][t] = e[t] <= NEG ? 0.0f : expf((float)(e[t] - mx) * k);
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

static void seen_add(gzn_scratch *s, uint64_t h, size_t pos) {
  if (s->n_seen >= SEEN_CAP / 2 || seen_has(s, h)) return;
  size_t i = h & (SEEN_CAP - 1);
  while (s->seen[i]) i = (i + 1) & (SEEN_CAP - 1);
  s->seen[i] = h;
  s->seen_sent[i] = s->sent_no;
  s->seen_pos[i] = pos;
  s->n_seen++;
}

/* Whether h was first seen where the forward propagation could not use it
 * for a word at byte `pos` of sentence `sent`: in a later sentence, or
 * earlier in the same sentence. */
static int seen_unused(const gzn_scratch *s, uint64_t h, uint32_t sent, size_t pos) {
  size_t i = h & (SEEN_CAP - 1);
  for (;;) {
    if (s->seen[i] == h)
      return s->seen_sent[i] > sent || (s->seen_sent[i] == sent && s->seen_pos[i] < pos);
    if (s->seen[i] == 0) return 0;
    i = (i + 1) & (SEEN_CAP - 1);
  }
}

/* Whether the token is a Roman numeral of two to four letters ("II", "XIV"). */
static int is_roman(const char *text, const gzn_tok *t) {
  size_t n = t->end - t->start;
  if (n < 2 || n > 4 || t->full_end != t->end) return 0;
  for (size_t i = t->start; i < t->end; i++)
    if (text[i] != 'I' && text[i] != 'V' && text[i] != 'X') return 0;
  return 1;
}

/* Whether the bytes between two tokens are a single run of spaces. */
static int spaces_between(const char *text, const gzn_tok *p, const gzn_tok *t) {
  if (p->full_end >= t->start) return 0;
  for (size_t x = p->full_end; x < t->start; x++)
    if (text[x] != ' ') return 0;
  return 1;
}

/* Whether the token has a strong surname ending (see morph_class in names.c:
 * -ov/-ova/-yev, -zadə, -oğlu, -ski, -dze/-shvili, -enko; not -li, -yan,
 * patronymics). */
static int strong_surname(const gzn_tok *t) {
  uint32_t m = t->morph & 15;
  return (t->flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
         (m == 1 || m == 2 || m == 3 || m == 5 || m == 7 || m == 8);
}

/* Nineteenth batch: whether the lower-case token is an az or tr honorific
 * or kinship title with a case suffix or the copula that the lexicon does
 * not list ("xanımdan", "həkimə", "dayıdır", "hanımdan", "hocaya"; twentieth batch:
 * "ustaya"). */
static int honorific_case(const char *text, const gzn_tok *t) {
  static const char *const base[] = {
      "xan\xc4\xb1m", "b\xc9\x99y", "m\xc3\xbc\xc9\x99llim", "h\xc9\x99kim", "day\xc4\xb1",
      "han\xc4\xb1m", "hoca",       "n\xc9\x99n\xc9\x99",    "usta",         NULL};
  static const char *const sfx[] = {
      "a",   "\xc9\x99",   "ya",        "y\xc9\x99", "da", "d\xc9\x99", "dan", "d\xc9\x99n",
      "dir", "d\xc4\xb1r", "d\xc4\xb1", "ye",        "e",  "den",       "dan", NULL};
  const char *w = text + t->start;
  size_t n = t->end - t->start;
  if (!(t->flags & GZN_F_LOWER) || n < 4 ||
      !(w[0] == 'x' || w[0] == 'b' || w[0] == 'm' || w[0] == 'h' || w[0] == 'd' || w[0] == 'n' ||
        w[0] == 'u'))
    return 0;
  for (const char *const *b = base; *b; b++) {
    if ((*b)[0] != w[0]) continue;
    size_t k = strlen(*b);
    if (n <= k || memcmp(w, *b, k)) continue;
    for (const char *const *x = sfx; *x; x++)
      if (n - k == strlen(*x) && !memcmp(w + k, *x, n - k)) return 1;
  }
  return 0;
}

/* Whether token i is a given name right before an honorific ("Firəngiz
 * xanım", "Ayşe Hanım", "Tural bəy"): a known given name, or a capitalised
 * word that is not a common word, title or place. */
static int before_honorific(const gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  uint32_t g = t->gaz | (t->gaz >> 16);
  int name = (g & GZN_G_FIRST) ||
             ((t->flags & GZN_F_CAP) &&
              !(g & (GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED)));
  return name && !(t->gaz & GZN_G_LCW) && i + 1 < n &&
         ((s->toks[i + 1].gaz & GZN_G_POSTTITLE) || honorific_case(text, &s->toks[i + 1])) &&
         !(t->flags & GZN_F_APOS) && spaces_between(text, t, &s->toks[i + 1]) &&
         !is_roman(text, &s->toks[i + 1]);
}

/* Whether the token is a word or sign that joins two names in a list: "-",
 * "–", "—", "&", ",", "/", "ve", "və", "and". */
static int name_joiner(const char *text, const gzn_tok *t) {
  size_t n = t->end - t->start;
  const char *w = text + t->start;
  if (n == 1) return *w == '-' || *w == '&' || *w == ',' || *w == '/';
  if (n == 3 && w[0] == '\xe2' && w[1] == '\x80' && (w[2] == '\x93' || w[2] == '\x94'))
    return 1; /* "–", "—" */
  return (n == 2 && !memcmp(w, "ve", 2)) || (n == 3 && !memcmp(w, "v\xc9\x99", 3)) ||
         (n == 3 && !memcmp(w, "and", 3));
}

/* Whether the token is a sign between two people of a list: "&", "/", or a
 * hyphen or dash written alone ("-", "–", "—"). */
static int list_sign(const char *text, const gzn_tok *t) {
  size_t n = t->end - t->start;
  const unsigned char *w = (const unsigned char *)text + t->start;
  if (n == 1) return *w == '&' || *w == '/' || *w == '-';
  return n == 3 && w[0] == 0xe2 && w[1] == 0x80 && (w[2] == 0x93 || w[2] == 0x94);
}

/* Whether token i is a lone given name joined to a name the tagger found
 * ("Nermin - Hasan Özkaya", "Elif ve Can'ın", "Murad, Fidan", "Rəşad və
 * Nərminin"): a known given name, also with a case suffix, that is not a
 * common word, place or title. */
static int coordinated_name(const gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  if (!((t->gaz | (t->gaz >> 16)) & GZN_G_FIRST) || (t->gaz & (GZN_G_LCW | GZN_G_TITLE)) ||
      !(t->flags & GZN_F_CAP) || (t->flags & GZN_F_ALLCAP) || t->ncp < 3)
    return 0;
  /* a given name that is also a place ("Aydın") only between two names of
   * the list ("Günay, Aydın, Ülvi") */
  if (t->gaz & GZN_G_LOC)
    return i >= 2 && i + 2 < n && s->tags[i + 2] == GZN_BPER && t->full_end == t->end &&
           (s->tags[i - 2] == GZN_BPER || s->tags[i - 2] == GZN_IPER) &&
           name_joiner(text, &s->toks[i - 1]) && name_joiner(text, &s->toks[i + 1]);
  if (i + 2 < n && s->tags[i + 2] == GZN_BPER && t->full_end == t->end &&
      name_joiner(text, &s->toks[i + 1]))
    return 1;
  return i >= 2 && (s->tags[i - 2] == GZN_BPER || s->tags[i - 2] == GZN_IPER) &&
         name_joiner(text, &s->toks[i - 1]);
}

/* Thirteenth batch: whether byte p starts its line, or only a chat
 * export's time stamp comes before it on the line: "[19.11.26, 20:14] " or
 * "19/11/2026, 20:14 - " (digits, ".", "/", ",", ":" and spaces, with a
 * colon, in brackets or before a dash). */
static int chat_line_head(const char *text, size_t p) {
  if (p == 0 || text[p - 1] == '\n') return 1;
  size_t q = p;
  while (q > 0 && text[q - 1] == ' ') q--;
  if (q == p || q == 0 || (text[q - 1] != ']' && text[q - 1] != '-')) return 0;
  int bracket = text[--q] == ']', colon = 0, digits = 0;
  size_t lim = q > 40 ? q - 40 : 0;
  while (q > lim) {
    char c = text[q - 1];
    if (c >= '0' && c <= '9')
      digits++;
    else if (c == ':')
      colon = 1;
    else if (c != '.' && c != '/' && c != ',' && c != ' ')
      break;
    q--;
  }
  if (bracket) {
    if (q == 0 || text[q - 1] != '[') return 0;
    q--;
  }
  return colon && digits >= 4 && (q == 0 || text[q - 1] == '\n');
}

/* Twenty-first batch: whether the line before the one holding byte p opens
 * with a speaker: a capitalised word of two to twenty letters (ASCII or
 * not) that the lists have as a given name and not as a common word, a
 * colon and a space ("Ravi: morning all" above "Hope: ..."); a form's
 * label ("Otaq: 3" above "Alan: 85 m²") is none. */
static int speaker_line_before(const gz_names *nm, const char *text, size_t p) {
  size_t q = p;
  while (q > 0 && text[q - 1] != '\n') q--;
  if (q == 0) return 0;
  q--;
  while (q > 0 && text[q - 1] != '\n') q--;
  unsigned char c = (unsigned char)text[q];
  if (!((c >= 'A' && c <= 'Z') || c >= 0xc0)) return 0;
  size_t e = q + 1, lim = q + 40; /* the line's '\n' ends the word */
  while (e < lim && ((text[e] >= 'a' && text[e] <= 'z') || (unsigned char)text[e] >= 0x80)) e++;
  if (e < q + 2 || text[e] != ':' || text[e + 1] != ' ') return 0;
  uint32_t g = gzn_word_bits(nm, text + q, e - q);
  return (g & GZN_G_FIRST) && !(g & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC));
}

/* Whether token i is a known given name alone first on its line (or after
 * a chat's time stamp), then a colon: the author of a comment or a speaker
 * ("Tural: doğru yazırsınız", "[19.11.26, 20:14] Aynur: ..."); not a
 * common word, place or title ("Direktor:", "Ankara:"). */
static int line_speaker(const gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  if (!(t->gaz & GZN_G_FIRST) || (t->gaz & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC)) ||
      !(t->flags & GZN_F_CAP) || (t->flags & (GZN_F_ALLCAP | GZN_F_APOS)) || t->ncp < 3 ||
      i + 1 >= n || !chat_line_head(text, t->start))
    return 0;
  const gzn_tok *q = &s->toks[i + 1];
  return q->start == t->end && q->end == q->start + 1 && text[q->start] == ':';
}

/* Twenty-first batch: whether token i is a given name that is also a word
 * ("Hope", "Grace"; four letters or more: "Ana", "Ben" are mostly the
 * words) alone first on its line, then a colon, below another speaker's
 * line: a chat's speaker. */
static int lcw_speaker(const gz_names *nm, const gzn_scratch *s, const char *text, size_t n,
                       size_t i) {
  const gzn_tok *t = &s->toks[i];
  if (!(t->gaz & GZN_G_FIRST) || (t->gaz & (GZN_G_TITLE | GZN_G_LOC)) || i + 1 >= n ||
      (t->flags & (GZN_F_ALLCAP | GZN_F_APOS)) || !chat_line_head(text, t->start))
    return 0;
  const gzn_tok *q = &s->toks[i + 1];
  return q->start == t->end && q->end == q->start + 1 && text[q->start] == ':' &&
         speaker_line_before(nm, text, t->start);
}

/* Twenty-first batch: whether token i is a word in capitals alone first on
 * its line, then a colon, that repeats a name found so far: an
 * interview's speaker named by the surname ("YASEMİN CAN: ..." then
 * "CAN: ..."). Defined after seen_match. */
static int caps_speaker(const gzn_scratch *s, const char *text, size_t n, size_t i);

/* Twenty-first batch: whether token t has a letter outside ASCII (its
 * skeleton, which the lists are keyed on, folds it: "ə" -> "a"). */
static int folded_word(const char *text, const gzn_tok *t) {
  for (size_t q = t->start; q < t->end; q++)
    if ((unsigned char)text[q] >= 0x80) return 1;
  return 0;
}

/* Whether token t repeats a word of a name found so far: its skeleton, or
 * its skeleton without a case suffix ("Makronun" after "Emmanuel Makron"). */
static int seen_match(const gzn_scratch *s, const gzn_tok *t) {
  if (seen_has(s, t->h_skel)) return 1;
  for (uint32_t j = 0; j < t->n_stem; j++)
    if (seen_has(s, t->h_stem[j])) return 1;
  return 0;
}

/* seen_match() for the look back: only names first found in a later
 * sentence count (within a sentence the tagger has already decided). */
static int seen_match_later(const gzn_scratch *s, const gzn_tok *t, uint32_t sent) {
  if (seen_unused(s, t->h_skel, sent, t->start)) return 1;
  for (uint32_t j = 0; j < t->n_stem; j++)
    if (seen_unused(s, t->h_stem[j], sent, t->start)) return 1;
  return 0;
}

/* Whether token i, first in its sentence and a common word there (so not a
 * candidate), repeats a word of a name found earlier and is marked as a name
 * by what follows it: an apostrophe suffix or a comma ("Özel, İzmir'e
 * teşekkür etti" after "Özgür Özel"; "Yıldız'ın ..." after "Bülent
 * Yıldız"). */
static int sstart_repeat(const gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  if (!s->n_seen || (t->flags & (GZN_F_SSTART | GZN_F_CAP | GZN_F_ALLCAP | GZN_F_INITIAL |
                                 GZN_F_HANDLE)) != (GZN_F_SSTART | GZN_F_CAP) ||
      t->ncp < 3 ||
      (t->gaz & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_POSTTITLE | GZN_G_NAMED |
                 GZN_G_LOC | GZN_G_PATR | GZN_G_PARTICLE)))
    return 0;
  int marked = (t->flags & GZN_F_APOS) ||
               (i + 1 < n && s->toks[i + 1].start == t->end && text[t->end] == ',');
  return marked && seen_match(s, t);
}

/* Twentieth batch: whether the token is a word in lower case that repeats a
 * word of a name found earlier in the text (its skeleton, "buttigieg" after
 * "Pete Buttigieg", "cem" after "Cem Yılmaz"), as chats and comments write a
 * name they have just used: not a common word or a word any list has as
 * something other than a name, nor a handle or a word with digits. */
static int light_verb(const char *text, const gzn_tok *t);
static int genitive_noun(const char *text, const gzn_tok *t);
static int genitive_name(const char *text, const gzn_tok *t);

/* Whether the token ends in an Azerbaijani or Turkish plural suffix (1:
 * -lar, -ler, -lər), or one with the possessive (2: -ları, -leri, -ləri):
 * a noun, no name ("Komissarları"). */
static int plural_noun(const char *text, const gzn_tok *t) {
  static const char *const sfx[] = {"lar\xc4\xb1", "leri",       "l\xc9\x99ri", "lar",
                                    "ler",         "l\xc9\x99r", NULL};
  /* batch 24: with a case suffix too, a noun as well (2: "Saxlanılanlardan
   * Bağırovun", "of those detained, Bağırov's") */
  static const char *const cas[] = {
      "lardan", "l\xc9\x99rd\xc9\x99n", "lerden",       "larda", "l\xc9\x99rd\xc9\x99",
      "lerde",  "lar\xc4\xb1n",         "l\xc9\x99rin", "lerin", NULL};
  size_t n = t->end - t->start;
  for (const char *const *x = sfx; *x; x++) {
    size_t k = strlen(*x);
    if (n > k + 2 && !memcmp(text + t->end - k, *x, k)) return x < sfx + 3 ? 2 : 1;
  }
  for (const char *const *x = cas; *x; x++) {
    size_t k = strlen(*x);
    if (n > k + 3 && !memcmp(text + t->end - k, *x, k)) return 2;
  }
  return 0;
}

static int lower_word(const gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  uint32_t g = t->gaz | (t->gaz >> 16);
  if ((t->flags & (GZN_F_LOWER | GZN_F_HANDLE | GZN_F_DIGIT | GZN_F_STEMLCW)) != GZN_F_LOWER ||
      t->ncp < 3 ||
      (g & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED |
            GZN_G_PARTICLE | GZN_G_PATR | GZN_G_POSTTITLE | GZN_G_BRAND)))
    return 0;
  /* a word of running text, not of a URL or a query ("q=gunther+uecker") */
  char a = t->start ? text[t->start - 1] : ' ';
  char z = i + 1 < n && s->toks[i + 1].start == t->full_end ? text[t->full_end] : ' ';
  if ((a != ' ' && a != '\n' && a != '(' && a != '"') || z == '+' || z == '=' || z == '&' ||
      z == '/' || z == '%' || z == '_' || z == '@' || z == '-' ||
      (z == '.' && i + 2 < n && s->toks[i + 2].start == s->toks[i + 1].end)) /* "kubra.esen" */
    return 0;
  /* nor the noun of a light verb ("umut ediyorum": "I hope") */
  return !(i + 1 < n && light_verb(text, &s->toks[i + 1]));
}

static int lower_repeat(const gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  if (!lower_word(s, text, n, i)) return 0;
  if (seen_has(s, t->h_skel)) return 1;
  /* with a case suffix ("yılmazın", "erdoganı") */
  uint64_t h[GZN_MAX_STEMS];
  size_t k = t->ncp >= 5 ? gzn_case_stems(text, t, h, GZN_MAX_STEMS) : 0;
  for (size_t j = 0; j < k; j++)
    if (seen_has(s, h[j])) return 1;
  return 0;
}

/* Whether the sentence is written in lower case: its first word is (a chat
 * line, a comment; a user name before it does not count), which an edited
 * sentence's never is. */
static int lower_sentence(const gzn_scratch *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((s->toks[i].flags & (GZN_F_WORD | GZN_F_HANDLE | GZN_F_DIGIT)) == GZN_F_WORD)
      return !!(s->toks[i].flags & GZN_F_LOWER);
  return 0;
}

/* Keeps the words of a sentence written in lower case that could be a name
 * for the look back, which makes them one when a later sentence has it
 * ("newsom" before "Gavin Newsom", "imamoglu" before "İmamoğlunu"). */
static void lower_pend(gzn_scratch *s, const char *text, size_t n) {
  for (size_t i = 0; i < n && s->n_pend < PEND_CAP; i++)
    if ((s->toks[i].flags & GZN_F_LOWER) && lower_word(s, text, n, i)) {
      struct gzn_pend *p = &s->pend[s->n_pend++];
      p->tok = s->toks[i];
      p->sent = s->sent_no;
      p->entity = 0;
    }
}

/* Whether some token of a sentence written in lower case is a
 * lower_repeat(). */
/* Batch 24 and 26: whether byte p begins the message of a chat's or a
 * comment thread's line, perhaps after handles it answers ("@x: səbuhi
 * də ...", "Orxan_1990: @x elnur düz deyir"): after spaces, a reply arrow
 * "↳" or a dash, the line opens with a handle ("@elvin_88", "u/quietmark")
 * or a user name of letters, digits, "_" and "." that holds "_" or a digit,
 * then a colon and a space. */
static int chat_message_start(const char *text, size_t p) {
  size_t q = p;
  while (q > 0 && text[q - 1] != '\n' && q + 80 > p) q--; /* a user name and a few handles */
  if (q > 0 && text[q - 1] != '\n') return 0;
  for (int k = 0; k < 4 && q < p; k++) { /* "↳ ", "– ", "- ", spaces */
    const unsigned char *c = (const unsigned char *)text + q;
    if (c[0] == ' ' || c[0] == '-')
      q++;
    else if (q + 3 < p && c[0] == 0xE2 &&
             ((c[1] == 0x86 && c[2] == 0xB3) || (c[1] == 0x80 && (c[2] == 0x93 || c[2] == 0x94))))
      q += 3;
  }
  int mark = q < p && (text[q] == '@' || (text[q] == 'u' && text[q + 1] == '/'));
  size_t e = q + (mark ? (text[q] == '@' ? 1 : 2) : 0);
  for (; e < p && e < q + 32; e++) {
    char c = text[e];
    if (c == ':') break;
    if (c == '_' || (c >= '0' && c <= '9'))
      mark = 1;
    else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' ||
               (unsigned char)c >= 0x80))
      return 0;
  }
  if (!mark || e + 1 >= p || text[e] != ':' || text[e + 1] != ' ') return 0;
  for (e += 2; e < p;) { /* spaces and handles answered */
    if (text[e] == ' ') {
      e++;
    } else if (text[e] == '@') {
      while (e < p && text[e] != ' ') e++;
    } else {
      return 0;
    }
  }
  return 1;
}

/* Batch 24 and 26: a listed given name in lower case that no list has as a
 * common word, of four letters or more, first in a chat's message: chats
 * write the names of the people they talk to and about in lower case
 * ("@Orxan_1990: səbuhi də sizinlə idi?", "misafir_34: ayşe öğretmenimizi
 * ..."); not further on, where common words with a given name's spelling
 * are many ("bad faith", "dark green"). */
static int chat_lower_name(const gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  if (!(t->gaz & GZN_G_FIRST) || t->ncp < 4 || s->tags[i] != GZN_O ||
      (t->flags & (GZN_F_LOWER | GZN_F_STEMLCW | GZN_F_HANDLE)) != GZN_F_LOWER ||
      !lower_word(s, text, n, i) || !chat_message_start(text, t->start))
    return 0;
  /* a second listed name in lower case makes it a full name ("barış alper
   * sağ kanatta ...", "mert hakan bu sezon ...") */
  const gzn_tok *u = &s->toks[i + 1];
  if (i + 1 < n && (u->flags & GZN_F_LOWER) && u->ncp >= 3 &&
      (u->gaz & (GZN_G_FIRST | GZN_G_LAST)) &&
      !(u->gaz & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC | GZN_G_POSTTITLE | GZN_G_PARTICLE)) &&
      s->tags[i + 1] == GZN_O && spaces_between(text, t, u))
    return 2;
  return 1;
}

/* Whether the sentence, which has no candidate, holds such a name: it is
 * scanned then. */
static int chat_lower_any(const gzn_scratch *s, const char *text, size_t n) {
  /* the line's user name or handle is among the first tokens */
  if (n < 3 || !((s->toks[0].flags | s->toks[1].flags | s->toks[2].flags) & GZN_F_HANDLE)) return 0;
  for (size_t i = 0; i < n && i < 12; i++) {
    const gzn_tok *t = &s->toks[i];
    if ((t->gaz & (GZN_G_FIRST | GZN_G_LCW)) == GZN_G_FIRST && t->ncp >= 4 &&
        (t->flags & GZN_F_LOWER) && chat_message_start(text, t->start))
      return 1;
  }
  return 0;
}
static int any_lower_repeat(const gzn_scratch *s, const char *text, size_t n) {
  if (!lower_sentence(s, n)) return 0;
  for (size_t i = 0; i < n; i++)
    if ((s->toks[i].flags & GZN_F_LOWER) && lower_repeat(s, text, n, i)) return 1;
  return 0;
}

/* Whether token i is followed, one space on, by the capitalised head word
 * of an organisation, place or prize ("Ferrier Library", "Əliyev Mərkəzi"). */
static int head_next(const gzn_scratch *s, const char *text, size_t n, size_t i) {
  if (i + 1 >= n || (s->toks[i].flags & GZN_F_APOS)) return 0;
  const gzn_tok *u = &s->toks[i + 1];
  return (u->flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
         (u->gaz & (GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_ORGSFX)) &&
         !(u->gaz & (GZN_G_FIRST | GZN_G_LAST)) && spaces_between(text, &s->toks[i], u);
}

/* Whether t[0] is a word in capitals first on its line (not a title,
 * place or common word) and t[1] a comma right after it: "HOPE," of "HOPE,
 * Margaret Anne". */
static int line_surname(const char *text, const gzn_tok *t) {
  uint32_t g = t[0].gaz | (t[0].gaz >> 16);
  return (t[0].flags & GZN_F_ALLCAP) && t[0].ncp >= 3 &&
         (t[0].start == 0 || text[t[0].start - 1] == '\n') &&
         !(g & (GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED)) &&
         !((g & GZN_G_LCW) && !(g & (GZN_G_FIRST | GZN_G_LAST))) &&
         t[1].start == t[0].full_end && t[1].end == t[1].start + 1 && text[t[1].start] == ',';
}

static int tok_is(const char *text, const gzn_tok *t, const char *w);

/* Whether token i follows, one space on, a capitalised word that makes it
 * the name of a thing: "Storm Darragh", "HMS Victory" (lexicon kind
 * "prething"). */
static int after_prething(const gzn_scratch *s, const char *text, size_t i) {
  if (i == 0) return 0;
  const gzn_tok *p = &s->toks[i - 1];
  /* (thirteenth batch) also over a title of the person the ship is named
   * after: "RRS Sir David Attenborough" */
  if (i >= 2 && (p->gaz & GZN_G_HTITLE) && (p->flags & GZN_F_CAP) &&
      spaces_between(text, p, &s->toks[i])) {
    i--;
    p = &s->toks[i - 1];
  }
  if (p->flags & GZN_F_LOWER) {
    size_t len = p->end - p->start;
    char c = text[p->start];
    /* a code in capitals after a word for a code ("Məhsul kodu CFFBXXC",
     * "Asset tag SHANFUZ", "promo code JOHN"): a product code, not a name */
    if ((s->toks[i].flags & GZN_F_ALLCAP) && len >= 3 && len <= 6 &&
        (c == 'c' || c == 'k' || c == 't' || c == 's') && spaces_between(text, p, &s->toks[i])) {
      static const char *const code[] = {"code", "kod", "kodu", "tag", "sku", "serial", NULL};
      for (const char *const *w = code; *w; w++)
        if ((*w)[0] == c && tok_is(text, p, *w)) return 1;
    }
    /* sixteenth batch: an English word for a ship in lower case ("the
     * jack-up vessel Charles Darwin", "the research ship ..."); words of
     * four to eight letters only, checked first as most are not */
    if (len < 4 || len > 8 ||
        (c != 'v' && c != 's' && c != 'y' && c != 'f' && c != 't' && c != 'l') ||
        !spaces_between(text, p, &s->toks[i]))
      return 0;
    static const char *const ship[] = {"vessel",  "ship",  "yacht",   "ferry",    "tanker",
                                       "frigate", "liner", "trawler", "lifeboat", NULL};
    for (const char *const *w = ship; *w; w++)
      if ((*w)[0] == c && tok_is(text, p, *w)) return 1;
    return 0;
  }
  return (p->gaz & GZN_G_PRETHING) && (p->flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
         spaces_between(text, p, &s->toks[i]);
}

/* Whether the token is a courtesy title written before a surname alone
 * ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", with or without a period; "Sir",
 * "Lady", "Lord", "Dame", "Baroness", "Baron"), or "née" ("born"), which
 * comes before a maiden name. */
static int courtesy(const char *text, const gzn_tok *t) {
#define CW(x) {x, sizeof(x) - 1}
  static const struct {
    const char *s;
    size_t n;
  } w[] = {CW("Mr"),   CW("Mrs"),  CW("Ms"),       CW("Miss"),  CW("Mx"),  CW("Dr"),
           CW("Mr."),  CW("Mrs."), CW("Ms."),      CW("Dr."),   CW("Sir"), CW("Lady"),
           CW("Lord"), CW("Dame"), CW("Baroness"), CW("Baron"), CW("n\xc3\xa9" "e"), CW("nee")};
#undef CW
  size_t n = t->end - t->start;
  const char *x = text + t->start;
  /* most words fail here: the scan calls this for every capitalised word */
  if (n < 2 || n > 8 || (*x != 'M' && *x != 'D' && *x != 'S' && *x != 'L' && *x != 'B' && *x != 'n'))
    return 0;
  for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
    if (w[k].n == n && w[k].s[0] == *x && !memcmp(x, w[k].s, n)) return 1;
  return 0;
}

/* Whether token i is a name of the lists right after "Mr", "Mrs", "Ms" or
 * "Dr" (with or without the period): a surname even where it is a title
 * too ("Dr. King's letters", "Mr Bishop"). */
static int after_mr_dr(const gzn_scratch *s, const char *text, size_t i) {
  if (i == 0 || !(s->toks[i].gaz & (GZN_G_FIRST | GZN_G_LAST))) return 0;
  const gzn_tok *p = &s->toks[i - 1];
  return p->end - p->start <= 4 && courtesy(text, p) &&
         (text[p->start] == 'M' || (text[p->start] == 'D' && text[p->start + 1] == 'r')) &&
         spaces_between(text, p, &s->toks[i]);
}

/* Whether the span [a, b) is a saint's name with the possessive 's, the
 * name of a church, school or hospital: "St Aidan's", "St. Mary's". */
static int saints(const char *text, const gzn_tok *t, size_t a, size_t b) {
  size_t n = t[a].end - t[a].start;
  const char *w = text + t[a].start;
  return b - a >= 2 && ((n == 2 && !memcmp(w, "St", 2)) || (n == 3 && !memcmp(w, "St.", 3))) &&
         (t[b - 1].flags & GZN_F_APOS) && t[b - 1].full_end - t[b - 1].end == 2 &&
         text[t[b - 1].end + 1] == 's';
}

/* Whether token t is exactly the word w (ASCII bytes). The first byte is
 * compared first: most calls (word lists) end there, without strlen. */
static int tok_is(const char *text, const gzn_tok *t, const char *w) {
  if (w[0] != text[t->start]) return 0;
  size_t k = strlen(w);
  return t->end - t->start == k && !memcmp(text + t->start, w, k);
}

/* Whether the token is one of the lower-case words "for" and "of". */
static int for_of(const char *text, const gzn_tok *t) {
  return tok_is(text, t, "for") || tok_is(text, t, "of");
}

/* Whether the span [a, b) (one word) is joined by "&" to a capitalised word
 * that is not a person: a firm named after its founders ("Harland & Wolff",
 * "Marks & Spencer", "Clayton, Dubilier & Rice"); "Nermin & Hasan Özkaya"
 * stays. */
static int firm_amp(const gzn_scratch *s, const char *text, size_t n, size_t a, size_t b) {
  if (b - a != 1) return 0;
  const gzn_tok *p = a >= 2 ? &s->toks[a - 1] : NULL, *q = b + 1 < n ? &s->toks[b] : NULL;
  if (p && tok_is(text, p, "&") && (s->toks[a - 2].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
      s->tags[a - 2] != GZN_BPER && s->tags[a - 2] != GZN_IPER)
    return 1;
  if (q && tok_is(text, q, "&") && (s->toks[b + 1].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
      s->tags[b + 1] == GZN_O)
    return 1;
  /* "Clayton, Dubilier & Rice": a comma, a capitalised word, "&" */
  return q && b + 3 < n && tok_is(text, q, ",") && (s->toks[b + 1].flags & GZN_F_CAP) &&
         tok_is(text, &s->toks[b + 2], "&") && (s->toks[b + 3].flags & GZN_F_CAP);
}

/* Whether the token ends in a Turkish locative apostrophe suffix: 'de,
 * 'da, 'te, 'ta (1), or 'nde, 'nda (2), the form after a compound whose
 * head word was left out ("Şükrü Saracoğlu'nda": in the Şükrü Saracoğlu
 * stadium). */
static int locative(const char *text, const gzn_tok *t) {
  if (!(t->flags & GZN_F_APOS) || t->full_end <= t->end) return 0;
  size_t k = t->end + ((unsigned char)text[t->end] == 0xE2 ? 3 : 1);
  if (k < t->full_end && t->full_end - k == 3 && text[k] == 'n') k++;
  if (t->full_end != k + 2 || (text[k] != 'd' && text[k] != 't') ||
      (text[k + 1] != 'e' && text[k + 1] != 'a'))
    return 0;
  return text[k - 1] == 'n' ? 2 : 1;
}

/* Batch 26: whether the capitalised token is a place no list has as a
 * name with the Azerbaijani locative written on it without an apostrophe
 * ("Fidan Ankarada", "Hacıbəyov Şərqdə": the person is in Ankara, in the
 * East); its stem is a listed place. */
static int glued_locative(const char *text, const gzn_tok *t) {
  const unsigned char *e = (const unsigned char *)text + t->end;
  if (!(t->flags & GZN_F_CAP) || (t->flags & (GZN_F_ALLCAP | GZN_F_APOS)) || t->ncp < 5 ||
      (t->gaz & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)) || !((t->gaz >> 16) & GZN_G_LOC))
    return 0;
  int schwa = e[-2] == 0xC9 && e[-1] == 0x99; /* "ə" */
  if (!schwa && e[-1] != 'a' && e[-1] != 'e') return 0;
  unsigned char c = schwa ? e[-3] : e[-2];
  return c == 'd' || c == 't';
}

/* Whether the token is a Roman numeral of two to four letters with its
 * period, which the tokenizer keeps as one abbreviation ("VIII." last in a
 * sentence, "III. Her nephew ..."). */
static int roman_dot(const char *text, const gzn_tok *t) {
  if (!(t->flags & GZN_F_ABBR) || t->end - t->start < 3 || t->end - t->start > 5 ||
      text[t->end - 1] != '.')
    return 0;
  for (size_t i = t->start; i + 1 < t->end; i++)
    if (text[i] != 'I' && text[i] != 'V' && text[i] != 'X') return 0;
  return 1;
}

/* Whether the token, capitalised, no name of the lists and with no surname
 * ending (-zadə, -ov), ends in an Azerbaijani case suffix with "ə":
 * locative -də/-tə, ablative -dən/-tən, instrumental -lə ("Kremldə",
 * "Norveçlə", "ZƏRƏRÇƏKƏNLƏRLƏ"; also -da, -la, -dan on a place or in
 * capitals: "Varşavada"). Third in a span, after a full name, such
 * a word is a place or a noun the sentence goes on with, not part of the
 * name; second, it may be the surname itself ("Vladimir Putinlə"). */
static int az_case_tail(const char *text, const gzn_tok *t) {
  const unsigned char *e = (const unsigned char *)text + t->end;
  if (!(t->flags & (GZN_F_CAP | GZN_F_ALLCAP)) || (t->flags & GZN_F_APOS) || t->ncp < 5 ||
      (t->morph & 15) || (t->gaz & (GZN_G_FIRST | GZN_G_LAST | GZN_G_PATR)))
    return 0;
  size_t k = 0;
  if (e[-1] == 'n' || e[-1] == 'N') k = 1;
  const unsigned char *v = e - k - 2; /* "ə" C9 99 or "Ə" C6 8F */
  /* -da, -la after a back vowel: in capitals, or on a known place
   * ("Varşavada"); foreign surnames end so too ("Okada", "Miranda") */
  if ((v[1] == 'A' && (t->flags & GZN_F_ALLCAP)) || (v[1] == 'a' && ((t->gaz >> 16) & GZN_G_LOC)))
    v++;
  else if (!((v[0] == 0xC9 && v[1] == 0x99) || (v[0] == 0xC6 && v[1] == 0x8F))) return 0;
  unsigned char c = v[-1] | 0x20;
  return c == 'd' || c == 't' || (c == 'l' && !k);
}

/* Whether the word ends in a possessive suffix of the first person: -ım,
 * -im, -um, -üm, -əm, -m after a vowel, or -ımız, -imiz, ... ("Komşum",
 * "Antrenörüm", "həmkarımız": "my neighbour", "my coach", "our
 * colleague"). */
static int possessive_end(const char *text, const gzn_tok *t) {
  const unsigned char *w = (const unsigned char *)text + t->start;
  size_t n = t->end - t->start;
  if (t->ncp < 5 || (t->flags & GZN_F_APOS)) return 0;
  if (w[n - 1] == 'z') /* -ımız, -umuz: "our" */
    n -= (w[n - 2] == 'u' || w[n - 2] == 'i') ? 2 : 3;
  if (w[n - 1] != 'm') return 0;
  unsigned char c = w[n - 2]; /* u, ü (C3 BC), ı (C4 B1), i, ə (C9 99); a, e
                               * after a noun ending in a vowel ("Anamız",
                               * "Annem") */
  return c == 'u' || c == 'i' || c == 'a' || c == 'e' || (c == 0xBC && w[n - 3] == 0xC3) ||
         (c == 0xB1 && w[n - 3] == 0xC4) || (c == 0x99 && w[n - 3] == 0xC9);
}

/* Whether the token, first in its sentence, is a capitalised Turkish or
 * Azerbaijani noun (a letter outside ASCII) with a possessive suffix of the
 * first person that no list has as a name: "Komşum", "Antrenörüm"; before
 * a name it is outside it. after_quote: the token follows a quotation mark
 * that opens the sentence. */
static int lead_possessive(const char *text, const gzn_tok *t, int after_quote) {
  int ascii = 1; /* English nouns in -um, -im ("Museum") are no possessive */
  for (size_t i = t->start; i < t->end && ascii; i++) ascii = !((unsigned char)text[i] & 0x80);
  return !ascii && ((t->flags & GZN_F_SSTART) || after_quote) && (t->flags & GZN_F_CAP) &&
         !(t->flags & GZN_F_ALLCAP) &&
         !((t->gaz | (t->gaz >> 16)) & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)) &&
         possessive_end(text, t);
}

static int inner_title(const gzn_tok *t);

/* Whether the word ends in the possessive of a compound and a case
 * suffix after its "n": -ında, -inde, -undan, -ünə, ... ("kenarında",
 * "içinde", "fəslində", "dikimine"). */
static int possessive_case(const char *text, const gzn_tok *t) {
  static const char *const sfx[] = {"nda",  "nde", "ndə", "ndan", "nden",
                                    "ndən", "na",  "ne",  "nə",   NULL};
  const unsigned char *w = (const unsigned char *)text + t->start;
  size_t len = t->end - t->start;
  for (const char *const *x = sfx; *x; x++) {
    size_t m = strlen(*x);
    if (len < m + 4 || memcmp(w + len - m, *x, m)) continue;
    const unsigned char *v = w + len - m;
    if (v[-1] == 'i' || v[-1] == 'u' || (v[-2] == 0xC4 && v[-1] == 0xB1) ||
        (v[-2] == 0xC3 && v[-1] == 0xBC))
      return 1;
  }
  return 0;
}

/* Sixteenth batch (names web set): whether token a, alone, is a given
 * name that is also a word of nature or of a season or a feast ("Deniz"
 * "sea", "Güneş" "sun", "Bahar" "spring", "Barış" "peace"), repeating no
 * name found earlier, before "gibi"/"kimi" ("like"), or (also where it
 * repeats a name) before a noun in lower case with a compound's
 * possessive and a case suffix: the word, not the person ("Güneş gibi
 * parlayan", "Deniz kenarında" after "Deniz Aksoy", "Barış içinde",
 * "Bahar aylarında"); a person there takes the genitive ("Deniz'in
 * evinde"). The lists have these words as given names only. */
static int word_name_phrase(const gzn_scratch *s, const char *text, size_t n, size_t a) {
  static const char *const w[] = {"Deniz",  "Dəniz",  "Güneş", "Günəş", "Gül",  "Bahar",  "Barış",
                                  "Yağmur", "Fidan",  "Irmak", "Umut",  "Ümid", "Yıldız", "Ulduz",
                                  "Novruz", "Bayram", "Nur",   "Dünya", NULL};
  if (a + 1 >= n) return 0;
  const gzn_tok *t = &s->toks[a], *u = &s->toks[a + 1];
  /* the words have two to six letters and at most eight bytes, and begin
   * with one of these bytes ("Ü" with 0xC3) */
  if (!(u->flags & GZN_F_LOWER) || t->ncp > 6 || t->end - t->start > 8 || !(t->flags & GZN_F_CAP) ||
      (t->flags & (GZN_F_APOS | GZN_F_ALLCAP)) || !strchr("DGBYFIUN\xc3", text[t->start]) ||
      !spaces_between(text, t, u))
    return 0;
  int word = 0;
  for (const char *const *x = w; *x && !word; x++)
    word = (*x)[0] == text[t->start] && tok_is(text, t, *x);
  if (!word) return 0;
  if (possessive_case(text, u)) return 1;
  /* "Barış gibi bir oyuncu" after "Barış Alper Yılmaz" is the player */
  return !s->prop[a] && !(s->n_seen && seen_match(s, t)) &&
         (tok_is(text, u, "gibi") || tok_is(text, u, "kimi"));
}

/* Sixteenth batch (names web set): whether token a, one word that repeats
 * no name found earlier, comes before "/" and a known place in capitals
 * that ends the sentence or comes before a sign: the district and the
 * province of a Turkish address ("Nilüfer / BURSA", "Çankaya / ANKARA");
 * a byline's "Name / İHA" names an agency, not a place. */
static int district_slash(const gzn_scratch *s, const char *text, size_t n, size_t a) {
  const gzn_tok *t = &s->toks[a];
  if (a + 2 >= n || s->toks[a + 1].end != s->toks[a + 1].start + 1 ||
      text[s->toks[a + 1].start] != '/' || (t->flags & GZN_F_APOS) || s->prop[a] ||
      (s->n_seen && seen_match(s, t)))
    return 0;
  const gzn_tok *u = &s->toks[a + 2];
  return (u->flags & GZN_F_ALLCAP) && (u->gaz & GZN_G_LOC) && u->ncp >= 3 &&
         (a + 3 == n || (s->toks[a + 3].flags & GZN_F_PUNCT) || (s->toks[a + 3].flags & GZN_F_NL));
}

/* Sixteenth batch (names web set): whether the span [a, b) of one or two
 * capitalised words, which repeat no name found earlier, comes right
 * before a capitalised title that is no name (perhaps with a title in
 * lower case after it) and a person: it names the place or body of the
 * office ("Austin Mayor Kirk Watson", "Uasin Gishu Governor Jonathan Bii",
 * "German Chancellor Friedrich Merz", "Macarıstanın Baş naziri Viktor
 * Orbanın"). A listed given name that is no place, or a surname with a
 * strong ending, is a person there: an actor before the part ("Erdal
 * Beşikçioğlu Başkomiser Behzat Ç."). */
static int title_qualifier(const gzn_scratch *s, const char *text, size_t n, size_t a, size_t b) {
  if (b + 1 >= n || (s->toks[b - 1].flags & GZN_F_APOS)) return 0;
  const gzn_tok *q = &s->toks[b];
  if (!inner_title(q) || (q->gaz & (GZN_G_FIRST | GZN_G_LAST)) ||
      !spaces_between(text, &s->toks[b - 1], q))
    return 0;
  for (size_t j = a; j < b; j++) {
    const gzn_tok *t = &s->toks[j];
    uint32_t g = t->gaz | (t->gaz >> 16);
    if (!(t->flags & GZN_F_CAP) || s->prop[j] || strong_surname(t) ||
        ((g & GZN_G_FIRST) && !(g & GZN_G_LOC)) || (s->n_seen && seen_match(s, t)))
      return 0;
  }
  size_t j = b + 1;
  if ((s->toks[j].flags & GZN_F_LOWER) && (s->toks[j].gaz & GZN_G_TITLE) && j + 1 < n &&
      spaces_between(text, q, &s->toks[j]))
    q = &s->toks[j++];
  return s->tags[j] == GZN_BPER && (s->toks[j].flags & GZN_F_CAP) &&
         spaces_between(text, q, &s->toks[j]);
}

/* Sixteenth batch (names web set): whether the span [a, b) is one word in
 * capitals first on its line before a spaced dash, or before a comma and a
 * capitalised word that the model did not read as a person, which ends the
 * sentence or comes before
 * a bracket or a dash: the dateline of a news report ("ABUJA - The Central
 * Bank ...", "AUSTIN, Texas (AP) - ...", "STANFORD, Calif. - ..."). Before
 * a dash, a word that lists have as a name must be a place too; a surname
 * and given names ("HOPE, Margaret Anne") stay. */
static int dateline(const gzn_scratch *s, const char *text, size_t n, size_t a, size_t b) {
  const gzn_tok *t = &s->toks[a];
  if (b - a != 1 || !(t->flags & GZN_F_ALLCAP) || (t->flags & GZN_F_APOS) || b + 1 >= n ||
      !(t->start == 0 || text[t->start - 1] == '\n') || s->prop[a] ||
      (s->n_seen && seen_match(s, t)))
    return 0;
  const gzn_tok *q = &s->toks[b], *r = &s->toks[b + 1];
  if (list_sign(text, q) && !tok_is(text, q, "&") && !tok_is(text, q, "/") &&
      spaces_between(text, t, q) && spaces_between(text, q, r))
    return (t->gaz & GZN_G_LOC) || !(t->gaz & (GZN_G_FIRST | GZN_G_LAST));
  if (!tok_is(text, q, ",") || q->start != t->full_end || !(r->flags & GZN_F_CAP) ||
      (r->flags & GZN_F_ALLCAP) || s->tags[b + 1] == GZN_BPER || !spaces_between(text, q, r))
    return 0;
  if (b + 2 == n) return 1;
  const gzn_tok *u = &s->toks[b + 2];
  return tok_is(text, u, ".") || tok_is(text, u, "(") ||
         (list_sign(text, u) && !tok_is(text, u, "&"));
}

/* Whether the PERSON span [a, b) names a firm, a team, an office or a place
 * rather than a person (names web set, eighth batch); all but the first
 * case apply to a one-word span that repeats no name found earlier:
 * - two words joined by "&" of which the first is no given name: "Marks &
 *   Spencer" ("Nermin & Hasan Özkaya", "Jack & Jill" stay);
 * - a word that is no given name before a role in lower case and a
 *   person: "Williams driver Alex Albon", "Investec analyst ..."
 *   (the team or firm the person works for);
 * - a word that no list has as a given name or surname before "shares" or
 *   before "said it"/"says its": a company ("Ocado shares fell", "Ocado
 *   said it would close ..."; "Lineker shares his ..." stays);
 * - a title that is also a given name after "new", "as", "become", "the",
 *   "acting" or "interim": an office ("appoints new Dean", "act as Dean";
 *   "Dean" is listed here, as the gazetteer has it only as a given name);
 * - a word with a Turkish locative suffix (below). */
static int not_person_word(const gzn_scratch *s, const char *text, size_t n, size_t a, size_t b) {
  /* roles the lexicon lacks (kept here so that the model, which embeds the
   * lexicon, is unchanged) */
  static const char *const role[] = {"driver", "executive", "rider", "boss", NULL};
  const gzn_tok *t = &s->toks[a];
  if (b - a <= 2 && (title_qualifier(s, text, n, a, b) || dateline(s, text, n, a, b))) return 1;
  if (b - a == 1 && (district_slash(s, text, n, a) || word_name_phrase(s, text, n, a))) return 1;
  if (b - a == 3 && tok_is(text, &s->toks[a + 1], "&") && !(t->gaz & GZN_G_FIRST) &&
      (t->flags & GZN_F_CAP))
    return 1;
  if (b - a != 1 || (s->n_seen && seen_match(s, t))) return 0;
  if (b + 1 < n && !(t->flags & GZN_F_APOS) && !(t->gaz & GZN_G_FIRST) &&
      (s->toks[b].flags & GZN_F_LOWER) && s->tags[b + 1] == GZN_BPER &&
      spaces_between(text, t, &s->toks[b]) && spaces_between(text, &s->toks[b], &s->toks[b + 1])) {
    int is_role = (s->toks[b].gaz & GZN_G_TITLE) != 0;
    for (const char *const *w = role; *w && !is_role; w++) is_role = tok_is(text, &s->toks[b], *w);
    if (is_role) return 1;
  }
  if (b < n && !(t->flags & GZN_F_APOS) && !(t->gaz & (GZN_G_FIRST | GZN_G_LAST)) &&
      spaces_between(text, t, &s->toks[b])) {
    const gzn_tok *q = &s->toks[b];
    if (tok_is(text, q, "shares")) return 1;
    if (b + 1 < n && (tok_is(text, q, "said") || tok_is(text, q, "says")) &&
        (tok_is(text, &s->toks[b + 1], "it") || tok_is(text, &s->toks[b + 1], "its")))
      return 1;
  }
  /* a Turkish locative suffix on a word alone: a place or a firm
   * ("Biletix'te", "Dikmen'de", a district that is also a given name);
   * people take it rarely, and then after their full name was given
   * ("Özel'de", a repeat, returned above) */
  if (locative(text, t)) return 1;
  if (((t->gaz & GZN_G_TITLE) || tok_is(text, t, "Dean")) && a > 0 &&
      spaces_between(text, &s->toks[a - 1], t)) {
    static const char *const pre[] = {"new",    "as",      "become", "the",
                                      "acting", "interim", "The",    NULL};
    for (const char *const *w = pre; *w; w++)
      if (tok_is(text, &s->toks[a - 1], *w)) return 1;
  }
  return 0;
}

/* Eleventh batch (names web set): whether the span [a, b) is followed by
 * "&" and a name that ends in an organisation's head word: the first of
 * two founders in the name of a foundation or a firm ("The Bill & Melinda
 * Gates Foundation"). */
static int amp_org(const gzn_scratch *s, const char *text, size_t n, size_t b) {
  if (b + 2 >= n || !tok_is(text, &s->toks[b], "&") ||
      !spaces_between(text, &s->toks[b - 1], &s->toks[b]))
    return 0;
  for (size_t j = b + 1; j < n && j <= b + 4; j++) {
    const gzn_tok *t = &s->toks[j];
    if (!(t->flags & (GZN_F_CAP | GZN_F_ALLCAP)) || !spaces_between(text, &s->toks[j - 1], t))
      return 0;
    if ((t->gaz & GZN_G_ORGKW) && j > b + 1) return 1;
  }
  return 0;
}

/* Eighteenth batch (names web set): whether the one-word span [a, a + 1)
 * is a given name with the English "'s" before a capitalised head word of a
 * firm that no list has as a common word, and repeats no name found
 * earlier: a shop or a firm named after its founder ("Rose's Bakery was
 * opened in 1961", "Our Story — Rose's Bakery"). */
static int possessive_firm(const gzn_scratch *s, const char *text, size_t n, size_t a) {
  const gzn_tok *t = &s->toks[a];
  if (a + 1 >= n || !(t->flags & GZN_F_APOS) || !(t->gaz & GZN_G_FIRST) ||
      t->full_end < t->end + 2 || text[t->full_end - 1] != 's' || (s->n_seen && seen_match(s, t)))
    return 0;
  const gzn_tok *u = &s->toks[a + 1];
  return (u->flags & GZN_F_CAP) && !(u->flags & GZN_F_ALLCAP) && (u->gaz & GZN_G_ORGKW) &&
         !(u->gaz & (GZN_G_LCW | GZN_G_FIRST | GZN_G_LAST)) && u->start == t->full_end + 1 &&
         text[t->full_end] == ' ';
}

/* Eighteenth batch: whether the one-word span [a, a + 1) is the town in
 * "<person>, of <Town>," of a police or court report ("Kieran McAlinden,
 * of Paisley, would appear ..."): a place, not a person. */
static int of_town(const gzn_scratch *s, const char *text, size_t n, size_t a) {
  return a >= 3 && a + 1 < n && tok_is(text, &s->toks[a - 1], "of") &&
         tok_is(text, &s->toks[a - 2], ",") && tok_is(text, &s->toks[a + 1], ",") &&
         (s->tags[a - 3] == GZN_BPER || s->tags[a - 3] == GZN_IPER) &&
         !(s->toks[a].flags & (GZN_F_APOS | GZN_F_ALLCAP));
}

/* Whether the token is a quotation mark (not a bracket). */
static int quote_mark(const char *text, const gzn_tok *t) {
  char c = text[t->start];
  return (t->flags & GZN_F_QUOTE) && c != '(' && c != ')' && c != '[' && c != ']';
}

/* Eleventh batch (names web set): whether the span [a, b) is all that a
 * pair of quotation marks encloses, before a suffix or an Azerbaijani or
 * Turkish noun: the title of a play or a film, a firm or a club ("Vaqif"
 * dramı, "Bahar" uşaq bağçası, "Turan Tovuz"un hücumçusu); a nickname after
 * a given name ("Shawn \"Jay\" Carter") is not. */
/* Twenty-first batch: whether token t says "nicknamed" after a quoted
 * nickname: az "ləqəbli", "ləqəbi", tr "lakaplı", "lakabı" (with suffixes). */
static int nickname_word(const char *text, const gzn_tok *t) {
  size_t l = t->end - t->start;
  const char *w = text + t->start;
  return (t->flags & GZN_F_LOWER) &&
         ((l >= 7 && !memcmp(w,
                             "l\xc9\x99q\xc9\x99"
                             "b",
                             7)) ||
          (l >= 5 && (!memcmp(w, "lakap", 5) || !memcmp(w, "lakab", 5))));
}

static int quoted_title(const gzn_scratch *s, const char *text, size_t n, size_t a, size_t b) {
  if (a == 0 || b >= n) return 0;
  const gzn_tok *o = &s->toks[a - 1], *c = &s->toks[b];
  if (!quote_mark(text, o) || !quote_mark(text, c) || o->end != s->toks[a].start ||
      c->start != s->toks[b - 1].end)
    return 0;
  if (a >= 2 && (s->toks[a - 2].flags & GZN_F_CAP) && (s->toks[a - 2].gaz & GZN_G_FIRST) &&
      spaces_between(text, &s->toks[a - 2], o))
    return 0;
  /* after it a suffix written on the title ("Turan Tovuz"un) or a noun in
   * lower case that no English list has ("Vaqif" dramından); not a value
   * in JSON or CSV, nor English prose ("his name as "Jason Miller" and") */
  if (b + 1 >= n) return 0;
  const gzn_tok *u = &s->toks[b + 1];
  if (!(u->flags & GZN_F_WORD)) return 0;
  if (u->start == c->end) return 1;
  if (!(u->flags & GZN_F_LOWER) || !spaces_between(text, c, u) || nickname_word(text, u)) return 0;
  /* a common word counts when it has a letter outside ASCII, which English
   * prose has not (twelfth batch: "Mirzə Studio" hazırlayıb) */
  if (!(u->gaz & GZN_G_LCW)) return 1;
  for (size_t q = u->start; q < u->end; q++)
    if ((unsigned char)text[q] >= 0x80) return 1;
  return 0;
}

/* Eighteenth batch: whether the one-word span [a, a + 1) is one of two
 * capitalised words joined by "və", "ve", "and", "ile" or "&" that are all a
 * pair of quotation marks encloses, one a listed given name and neither a
 * common word or place ("Atatürk ve Gençlik" is no pair): the title of a work named after its
 * two heroes ("Əli və Nino" romanı, "Romeo və Cülyetta" faciəsi, "Romeo
 * and Juliet"). */
static int quoted_pair(const gzn_scratch *s, const char *text, size_t n, size_t a) {
  size_t o; /* the opening quotation mark */
  if (a >= 1 && a + 3 < n && (s->toks[a + 1].flags & GZN_F_LOWER))
    o = a - 1;
  else if (a >= 3 && a + 1 < n && (s->toks[a - 1].flags & GZN_F_LOWER))
    o = a - 3;
  else
    return 0;
  const gzn_tok *q = &s->toks[o], *x = &s->toks[o + 1], *j = &s->toks[o + 2], *y = &s->toks[o + 3],
                *c = &s->toks[o + 4];
  if (!quote_mark(text, q) || !quote_mark(text, c) || q->end != x->start || c->start != y->end ||
      !(x->flags & GZN_F_CAP) || !(y->flags & GZN_F_CAP) ||
      ((x->flags | y->flags) & (GZN_F_APOS | GZN_F_ALLCAP)) ||
      ((x->gaz | y->gaz | ((x->gaz | y->gaz) >> 16)) &
       (GZN_G_LCW | GZN_G_LOC | GZN_G_TITLE | GZN_G_ORGKW)) ||
      !((x->gaz | y->gaz) & GZN_G_FIRST) || !spaces_between(text, x, j) ||
      !spaces_between(text, j, y))
    return 0;
  return tok_is(text, j, "və") || tok_is(text, j, "ve") || tok_is(text, j, "and") ||
         tok_is(text, j, "ile");
}

/* Whether the token is a short capitalised common word that is no name
 * ("The", "Our"): before a title it starts no PERSON span ("HRH The
 * Duchess of Edinburgh"). */
static int lead_common(const gzn_tok *t) {
  return (t->gaz & GZN_G_LCW) && !(t->gaz & (GZN_G_FIRST | GZN_G_LAST)) && t->ncp <= 3 &&
         t->ncp >= 2 && (t->flags & GZN_F_CAP) && !(t->flags & (GZN_F_ALLCAP | GZN_F_INITIAL));
}

/* Whether the token is a capitalised title, which inside a PERSON span ends
 * what comes before the name ("President"; "Sədri", also a given name, after
 * a word that is no name: "Məclisin Sədri"). */
static int inner_title(const gzn_tok *t) {
  return (t->gaz & GZN_G_TITLE) && (t->flags & GZN_F_CAP) && !(t->flags & GZN_F_APOS);
}

/* Whether the token is an Arabic surname with its article written in lower
 * case: "al-Kuwari", "el-Sisi", "ash-Shami". */
static int arabic_article(const char *text, const gzn_tok *t) {
  static const char *const art[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "ul-",
                                    "ud-", NULL};
  const char *w = text + t->start;
  size_t n = t->end - t->start;
  if (n < 4 || (w[0] != 'a' && w[0] != 'e' && w[0] != 'u') || (w[2] != '-' && w[3] != '-'))
    return 0;
  for (const char *const *a = art; *a; a++) {
    size_t k = strlen(*a);
    if (n > k + 1 && !memcmp(w, *a, k) && w[k] >= 'A' && w[k] <= 'Z') return 1;
  }
  return 0;
}

/* Whether the token is a capitalised English adjective of nationality or
 * party that no list has as a name or place: a proper noun of the word list
 * with the ending of one ("American", "Kenyan", "Chinese", "Turkish",
 * "Scotsman", "Israeli", "Pakistani", "Republican"; endings that given names
 * have too, such as -an in "Fran" or -i in "Dmitri", are not enough). Before
 * a name it is outside it ("American Jane Doe"). */
static int nationality(const char *text, const gzn_tok *t) {
  static const char *const end[] = {"ian", "ean", "can", "ese", "ish", "sman", "hman", "ani",
                                    "eli", "ali", "iti", "ati", "aqi", "udi",  "eni",  NULL};
  static const char *const word[] = {"Kenyan", "Cuban", "German", "Dutch", "French",
                                     "Czech",  "Thai",  "Greek",  "Swiss", NULL};
  size_t n = t->end - t->start;
  if ((t->gaz & (GZN_G_PROPER | GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)) != GZN_G_PROPER ||
      !(t->flags & GZN_F_CAP) || (t->flags & (GZN_F_ALLCAP | GZN_F_APOS)) || n < 4 || n != t->ncp)
    return 0;
  const char *e = text + t->end;
  for (const char *const *w = end; *w; w++) {
    size_t k = strlen(*w);
    if (n >= k + 2 && !memcmp(e - k, *w, k)) return 1;
  }
  for (const char *const *w = word; *w; w++)
    if (tok_is(text, t, *w)) return 1;
  return 0;
}

/* Nineteenth batch: whether the token is a capitalised Turkish or
 * Azerbaijani noun of an office in the dative, -lığına/-liğine/-luğuna/
 * -lüğüne, az -liyinə/-lüyünə ("Müdürlüğüne", "Valiliğine", "Vəkilliyinə":
 * "to the directorate of"): an appointment decree names the office before
 * the person, and no name ends so. */
static int office_dative(const char *text, const gzn_tok *t) {
  static const char *const end[] = {"l\xc4\xb1\xc4\x9f\xc4\xb1na",
                                    "li\xc4\x9fine",
                                    "lu\xc4\x9funa",
                                    "l\xc3\xbc\xc4\x9f\xc3\xbcne",
                                    "liyin\xc9\x99",
                                    "l\xc3\xbcy\xc3\xbcn\xc9\x99",
                                    NULL};
  size_t n = t->end - t->start;
  if (!(t->flags & GZN_F_CAP) || (t->flags & (GZN_F_ALLCAP | GZN_F_APOS)) || t->ncp < 8 || n < 10)
    return 0;
  for (const char *const *w = end; *w; w++) {
    size_t k = strlen(*w);
    if (!memcmp(text + t->end - k, *w, k)) return 1;
  }
  return 0;
}

/* Whether the token, first in its sentence, is an Azerbaijani or Turkish
 * noun with the locative suffix (-da/-də/-de/-ta/-tə/-te) that no list has
 * as a name or place and that has no surname ending: "Tamaşada" ("in the
 * play"), "Toplantıda"; also with the relative -ki ("Servisteki"). A name's case suffix ends the
 * name, so such a word is not the first word of one. */
static int lead_locative(const char *text, const gzn_tok *t) {
  const unsigned char *e = (const unsigned char *)text + t->end;
  /* with the relative -ki: "Servisteki Serkan" ("Serkan of the service") */
  if (e - (const unsigned char *)text - t->start > 4 && e[-2] == 'k' && e[-1] == 'i') e -= 2;
  if (!(t->flags & GZN_F_SSTART) || !(t->flags & GZN_F_CAP) ||
      (t->flags & (GZN_F_ALLCAP | GZN_F_APOS)) || t->ncp < 6 || (t->morph & 15) ||
      ((t->gaz | (t->gaz >> 16)) & (GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC)))
    return 0;
  int schwa = e[-2] == 0xC9 && e[-1] == 0x99; /* "ə" */
  if (!schwa && e[-1] != 'a' && e[-1] != 'e') return 0;
  unsigned char c = schwa ? e[-3] : e[-2];
  return c == 'd' || c == 't';
}

/* Whether the token, first in its sentence or after a colon (a speaker's
 * words: "Cem Yılmaz: Senaryoyu ..."), is a capitalised word that no
 * list has (no name, place, proper noun, title or common word; no surname
 * ending, no apostrophe suffix) and not a repeat of a name found earlier:
 * before a listed given name that is no surname it is an interjection, a
 * noun or an adverb that is outside the name ("Bence Mahir", "Senaryoyu Ozan
 * Güven", "Qonsum Kenan"). */
static int lead_unknown(const gzn_scratch *s, const char *text, size_t a) {
  const gzn_tok *t = &s->toks[a];
  return ((t->flags & GZN_F_SSTART) || (a > 0 && tok_is(text, &s->toks[a - 1], ":"))) &&
         (t->flags & GZN_F_CAP) &&
         !(t->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_INITIAL | GZN_F_DIGIT)) && t->ncp >= 4 &&
         !(t->morph & 15) && (t->gaz | (t->gaz >> 16)) == 0 && !s->prop[a] &&
         !(s->n_seen && seen_match(s, t));
}

/* Whether the token is a form of the Azerbaijani or Turkish light verb
 * "etmək"/"etmek" ("to do"), which makes a noun before it a verb ("Ümid
 * edirəm", "Umut ederiz": "I hope", "we hope"); no person is its bare
 * subject. */
static int light_verb(const char *text, const gzn_tok *t) {
  static const char *const v[] = {
      "edir\xc9\x99m", "edirik",   "edir",   "edirl\xc9\x99r", "ed\xc9\x99r\xc9\x99m",
      "ed\xc9\x99rik", "etdim",    "etdik",  "ederim",         "ederiz",
      "ediyorum",      "ediyoruz", "ettim",  "ettik",          "edelim",
      "ed\xc9\x99k",   "etmek",    "etmeye", "etm\xc9\x99k",   "etm\xc9\x99y\xc9\x99",
      "ediyor",        NULL}; /* (batch 24 and 26: "umut etmeye devam") */
  if (!(t->flags & GZN_F_LOWER) || text[t->start] != 'e') return 0; /* all start with "e" */
  for (const char *const *w = v; *w; w++)
    if (tok_is(text, t, *w)) return 1;
  return 0;
}

/* Whether the one-word PERSON span at token a is a common word first in its
 * sentence that is also a given name somewhere: alone (no capitalised word
 * after it), with no apostrophe suffix (Turkish writes none on a common
 * noun), not set by a rule and not a repeat of a name found earlier:
 * Turkish "Roman, ..." ("the novel"), "Sergi, ..." ("the exhibition"),
 * "Gene study points to ...", "Ward sister ..."; not before "is", "was",
 * "said" and the like ("Tanner is ..."). */
static int lead_common_name(const gzn_scratch *s, const char *text, size_t n, size_t a) {
  const gzn_tok *t = &s->toks[a];
  if (!(t->flags & GZN_F_SSTART) || (t->flags & (GZN_F_APOS | GZN_F_ALLCAP)) ||
      (t->gaz & (GZN_G_FIRST | GZN_G_LCW)) != (GZN_G_FIRST | GZN_G_LCW) || s->prop[a] ||
      (s->n_seen && seen_match(s, t)))
    return 0;
  if (a + 1 >= n) return 1;
  /* an English verb of a person after it keeps the name ("Tanner is ...") */
  static const char *const verb[] = {"is", "was", "has", "and", "will", "said", "says", NULL};
  const gzn_tok *u = &s->toks[a + 1];
  for (const char *const *w = verb; *w; w++)
    if (tok_is(text, u, *w)) return 0;
  return !(u->flags & (GZN_F_CAP | GZN_F_ALLCAP));
}

/* Whether the token is a two-letter acronym that is no surname: "TV", "AB"
 * (the EU in Turkish), "FK", "UK". */
static int acronym2(const char *text, const gzn_tok *t) {
  static const char ac[][3] = {"TV", "AB", "FK", "SK", "UK", "US", "EU", "UN", "AP", "PR",
                               "HR", "IT", "AI", "DJ", "MC", "FC", "CD", "PC", "BM", "TL"};
  if (t->end - t->start != 2) return 0;
  for (size_t k = 0; k < sizeof ac / sizeof ac[0]; k++)
    if (!memcmp(text + t->start, ac[k], 2)) return 1;
  return 0;
}

/* Whether the token is a verb of saying after a name: "said", "dedi",
 * "bildirib" (en, tr, az). */
static int speech_verb(const char *text, const gzn_tok *t) {
  static const char *const v[] = {"said",     "says",           "told",     "added",
                                  "dedi",     "s\xc3\xb6yledi", "belirtti", "bildirdi",
                                  "bildirib", "deyib",          NULL};
  if (!(t->flags & GZN_F_LOWER)) return 0;
  for (const char *const *w = v; *w; w++)
    if (tok_is(text, t, *w)) return 1;
  return 0;
}

/* Whether the token could be a word of an unfamiliar name: a capitalised
 * candidate the model left O that no list has as a title, place, head word,
 * common word or proper noun. */
static int unknown_cap(const gzn_scratch *s, size_t i) {
  const gzn_tok *t = &s->toks[i];
  uint32_t g = t->gaz | (t->gaz >> 16);
  return s->tags[i] == GZN_O && (t->flags & GZN_F_CAND) && (t->flags & GZN_F_CAP) &&
         !(t->flags & (GZN_F_ALLCAP | GZN_F_INITIAL | GZN_F_HANDLE | GZN_F_APOS | GZN_F_STEMLCW |
                       GZN_F_DIGIT | GZN_F_ABBR)) &&
         t->ncp >= 2 &&
         !(g & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_LOC |
                GZN_G_POSTTITLE | GZN_G_ORGSFX | GZN_G_PATR | GZN_G_PARTICLE | GZN_G_LCW |
                GZN_G_PROPER | GZN_G_BRAND | GZN_G_PRETHING));
}

/* Whether the token is written like a romanised Korean given name: a
 * capital, one to four small letters, a hyphen and two to four small
 * letters, all ASCII ("Hye-jin", "Heung-min", "Jae-in"; an apostrophe
 * suffix may follow: "Woo-jin'i"). */
static int korean_given(const char *text, const gzn_tok *t) {
  size_t n = t->end - t->start, h = 0;
  const char *w = text + t->start;
  if (n < 5 || n > 10 || w[0] < 'A' || w[0] > 'Z' || !memchr(w + 2, '-', n - 2 < 4 ? n - 2 : 4))
    return 0;
  for (size_t i = 1; i < n; i++) {
    if (w[i] == '-') {
      if (h || i < 2 || i > 5) return 0;
      h = i;
    } else if (w[i] < 'a' || w[i] > 'z') {
      return 0;
    }
  }
  return h && n - h - 1 >= 2 && n - h - 1 <= 4;
}

/* Whether the token is a common Korean surname in its usual romanisation
 * ("Park", "Kim", "Son"). */
static int korean_surname(const char *text, const gzn_tok *t) {
  static const char *const sn[] = {
      "Kim",  "Lee",  "Park", "Choi", "Jung", "Jeong", "Kang", "Cho",   "Jo",    "Yoon", "Yun",
      "Jang", "Lim",  "Han",  "Oh",   "Seo",  "Shin",  "Kwon", "Hwang", "Ahn",   "Song", "Yoo",
      "Ryu",  "Hong", "Jeon", "Ko",   "Moon", "Yang",  "Son",  "Bae",   "Baek",  "Heo",  "Nam",
      "Noh",  "Roh",  "Kwak", "Sung", "Cha",  "Joo",   "Woo",  "Min",   "Chung", NULL};
  size_t n = t->end - t->start;
  if (n < 2 || n > 5 || text[t->start] < 'A' || text[t->start] > 'Z') return 0;
  for (const char *const *w = sn; *w; w++)
    if (tok_is(text, t, *w)) return 1;
  return 0;
}

/* Whether w[0..n) (lower-case ASCII) is one or more pinyin syllables, at
 * most `left`: an optional initial and a final ("jinping" = "jin" +
 * "ping"). */
static int pinyin(const char *w, size_t n, int left) {
  static const char *const ini[] = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
                                    "k",  "h",  "j",  "q", "x", "r", "z", "c", "s", "y", "w", ""};
  static const char *const fin[] = {"iang", "iong", "uang", "ang", "eng", "ong", "iao", "ian",
                                    "ing",  "uai",  "uan",  "ai",  "ei",  "ao",  "ou",  "an",
                                    "en",   "er",   "ia",   "ie",  "iu",  "in",  "ua",  "uo",
                                    "ui",   "un",   "ue",   "a",   "o",   "e",   "i",   "u"};
  if (n == 0) return 1;
  if (!left) return 0;
  for (size_t a = 0; a < sizeof ini / sizeof ini[0]; a++) {
    size_t k = strlen(ini[a]);
    if (k > n || memcmp(w, ini[a], k)) continue;
    for (size_t b = 0; b < sizeof fin / sizeof fin[0]; b++) {
      size_t m = strlen(fin[b]);
      if (k + m <= n && !memcmp(w + k, fin[b], m) && pinyin(w + k + m, n - k - m, left - 1))
        return 1;
    }
  }
  return 0;
}

/* Twelfth batch (names web set): whether t is a common Chinese surname in
 * pinyin that is no English word and u a given name of one or two pinyin
 * syllables ("Xi Jinping", "Wang Yi", "Ding Liren"). */
static int chinese_name(const char *text, const gzn_tok *t, const gzn_tok *u) {
  static const char *const sn[] = {"Xi",   "Wang", "Zhang", "Liu",   "Chen", "Zhao", "Huang",
                                   "Zhou", "Xu",   "Zhu",   "Guo",   "Deng", "Xie",  "Ding",
                                   "Feng", "Cao",  "Peng",  "Jiang", "Li",   "Wu",   "Lin",
                                   "Gao",  "Luo",  "Liang", "Zheng", "Yang", NULL};
  size_t n = u->end - u->start;
  const char *w = text + u->start;
  if (t->end - t->start > 5 || n < 2 || n > 8 || w[0] < 'A' || w[0] > 'Z' ||
      (u->gaz & (GZN_G_LOC | GZN_G_TITLE | GZN_G_ORGKW)))
    return 0;
  int ok = 0;
  for (const char *const *x = sn; *x && !ok; x++) ok = tok_is(text, t, *x);
  if (!ok) return 0;
  char low[8];
  low[0] = (char)(w[0] - 'A' + 'a');
  for (size_t q = 1; q < n; q++) {
    if (w[q] < 'a' || w[q] > 'z') return 0;
    low[q] = w[q];
  }
  return pinyin(low, n, 2);
}

/* Adds the words of a found name, and their stems without a case suffix
 * ("Əliyevin" -> "Əliyev"), to the document memory. */
static void seen_add_word(gzn_scratch *s, const gzn_tok *t) {
  seen_add(s, t->h_skel, t->start);
  for (uint32_t j = 0; j < t->n_stem; j++) seen_add(s, t->h_stem[j], t->start);
}

static int caps_speaker(const gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  if (!s->n_seen || i + 1 >= n || !(t->flags & GZN_F_ALLCAP) ||
      (t->flags & (GZN_F_DIGIT | GZN_F_HANDLE | GZN_F_APOS)) || t->ncp < 3 ||
      !tok_is(text, &s->toks[i + 1], ":") || s->toks[i + 1].start != t->end ||
      (t->gaz & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW)) || !chat_line_head(text, t->start))
    return 0;
  return seen_match(s, t);
}

/* Rules on two capitalised words in a row (the ninth batch), in one pass
 * that skips every pair with a word that is not capitalised. Returns whether
 * a tag changed.
 * - an all-caps known given name, one space, and a two-letter word in
 *   capitals that ends the run of capitals: the surname, not an acronym
 *   ("Sekreter: ONUR AK");
 * - a romanised Korean given name next to a Korean surname, in either
 *   order, also where the model read a place ("Hye-jin Park", "Son
 *   Heung-min": "Park" is a head word, "Son" a common word);
 * - two capitalised words no list knows, left O by the model, before a verb
 *   of saying or after "said" / "according to": an unfamiliar full name
 *   ("Suranga Chandratillake said", "said Paapa Essiedu"). */
static int pair_rules(gzn_scratch *s, const char *text, size_t n) {
  int changed = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    const gzn_tok *t = &s->toks[i], *u = &s->toks[i + 1];
    if (!(t->flags & (GZN_F_CAP | GZN_F_ALLCAP)) || !(u->flags & (GZN_F_CAP | GZN_F_ALLCAP)))
      continue;
    int set = 0;
    if ((t->flags & GZN_F_ALLCAP) && (u->flags & GZN_F_ALLCAP)) {
      set = u->ncp == 2 && t->ncp >= 3 && (s->tags[i] == GZN_O || s->tags[i] == GZN_BPER) &&
            s->tags[i + 1] == GZN_O && (t->gaz & GZN_G_FIRST) &&
            !(t->gaz & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC)) &&
            !(t->flags & (GZN_F_APOS | GZN_F_DIGIT)) &&
            !(u->flags & (GZN_F_DIGIT | GZN_F_INITIAL)) &&
            !(u->gaz & (GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGSFX | GZN_G_ORGKW | GZN_G_LCW)) &&
            !acronym2(text, u) && spaces_between(text, t, u) &&
            !(i + 2 < n && (s->toks[i + 2].flags & GZN_F_ALLCAP) &&
              spaces_between(text, u, &s->toks[i + 2])) &&
            !(i > 0 && (s->toks[i - 1].flags & GZN_F_ALLCAP) &&
              spaces_between(text, &s->toks[i - 1], t));
    } else if ((t->flags & GZN_F_CAP) && (u->flags & GZN_F_CAP) && !(t->flags & GZN_F_ALLCAP) &&
               !(u->flags & GZN_F_ALLCAP)) {
      /* the second word may have a suffix ("Kim Woo-jin'i 6-4 yendi") */
      if (!(t->flags & GZN_F_APOS) &&
          ((korean_given(text, t) && korean_surname(text, u)) ||
           (korean_given(text, u) && korean_surname(text, t)) || chinese_name(text, t, u))) {
        set = spaces_between(text, t, u) &&
              !(s->tags[i] == GZN_BPER && s->tags[i + 1] == GZN_IPER) &&
              !(i + 2 < n && s->tags[i + 2] != GZN_O && s->tags[i + 2] % 2 == 0);
        /* inside a span only after a title the model took into it ("Dr") */
        if (set && s->tags[i] != GZN_O && s->tags[i] % 2 == 0) {
          if (i == 0 || s->tags[i - 1] != s->tags[i] - 1 || !(s->toks[i - 1].gaz & GZN_G_TITLE))
            set = 0;
          else
            s->tags[i - 1] = GZN_O;
        }
      } else if (unknown_cap(s, i) && unknown_cap(s, i + 1) && spaces_between(text, t, u)) {
        const gzn_tok *v = i + 2 < n ? &s->toks[i + 2] : NULL, *p = i > 0 ? &s->toks[i - 1] : NULL;
        int before = v && speech_verb(text, v) && spaces_between(text, u, v) &&
                     (!p || !(p->flags & (GZN_F_CAP | GZN_F_ALLCAP)) || (p->gaz & GZN_G_TITLE));
        int after =
            p && spaces_between(text, p, t) && (!v || !(v->flags & (GZN_F_CAP | GZN_F_ALLCAP))) &&
            (tok_is(text, p, "said") || tok_is(text, p, "says") ||
             (i >= 2 && tok_is(text, p, "to") && tok_is(text, &s->toks[i - 2], "according")));
        set = before || after;
      }
    }
    if (!set) continue;
    s->tags[i] = GZN_BPER;
    s->tags[i + 1] = GZN_IPER;
    s->prop[i] = s->prop[i + 1] = 1;
    changed = 1;
  }
  return changed;
}

/* Whether the token is a lower-case word for a part in a play or a film:
 * az "obrazı", "obrazını", "rolunu", "rolunda", tr "rolünde", "karakteri"
 * (prefixes obraz, rolu, rolü, karakter), or for an author's works (az
 * "əsərləri", tr "eserleri"). */
static inline int part_word(const char *text, const gzn_tok *t) {
  static const char *const pre[] = {"obraz", "rolu", "rol\xc3\xbc", "karakter",
                                    /* works: "Şopen əsərləri" */
                                    "\xc9\x99s\xc9\x99rl\xc9\x99r", "eserler", NULL};
  if (!(t->flags & GZN_F_LOWER) || t->end - t->start < 4) return 0;
  /* the first two bytes of a prefix: most words end the look here */
  const unsigned char *c = (const unsigned char *)text + t->start;
  if (!((c[0] == 'o' && c[1] == 'b') || (c[0] == 'r' && c[1] == 'o') ||
        (c[0] == 'k' && c[1] == 'a') || (c[0] == 'e' && c[1] == 's') ||
        (c[0] == 0xC9 && c[1] == 0x99)))
    return 0;
  for (const char *const *w = pre; *w; w++) {
    size_t k = strlen(*w);
    if (t->end - t->start >= k && !memcmp(text + t->start, *w, k)) return 1;
  }
  return 0;
}

/* Tags tokens [from, to) as one PERSON span (B then I) and sets their
 * prop mark, which later passes read: non-zero means a rule or the
 * propagation set the tag, not the model, and the value picks the
 * confidence and clean-up rules that apply (1 a rule's name, 4 a repeat or
 * a character, 5 initials kept although they hold no word). */
static void mark_person(gzn_scratch *s, size_t from, size_t to, uint8_t prop) {
  for (size_t q = from; q < to; q++) {
    s->tags[q] = q == from ? GZN_BPER : GZN_IPER;
    s->prop[q] = prop;
  }
}

/* Eleventh batch (names web set): a capitalised word right before a word
 * for a part ("Ofeliya rolunda", "İskəndər obrazını", "Mert rolünde") is
 * the name of a character, a person; so is one joined to it by "və"/"ve"
 * or a comma ("Kosa və Keçəl obrazları"). Tags the words the model left
 * outside any span or read as a place or firm of one word that no list has
 * as a place; returns whether anything changed. */
static int part_names_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  int changed = 0;
  if (!part_word(text, &s->toks[i + 1])) return 0;
  for (size_t j = i + 1; j-- > 0;) {
    const gzn_tok *t = &s->toks[j];
    /* left outside, or a one-word place or firm that is no known place */
    int one = s->tags[j] == GZN_BLOC || s->tags[j] == GZN_BORG;
    if (one && (j + 1 < n && s->tags[j + 1] == s->tags[j] + 1)) one = 0;
    if ((s->tags[j] != GZN_O && !(one && !(t->gaz & GZN_G_LOC))) || !(t->flags & GZN_F_CAP) ||
        (t->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_DIGIT | GZN_F_INITIAL)) ||
        memchr(text + t->start, '-', t->end - t->start) || /* "NATO-dakı" */
        (t->gaz & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW)) ||
        !spaces_between(text, t, &s->toks[j + 1]))
      break;
    s->tags[j] = GZN_BPER;
    s->prop[j] = 4; /* the confidence of a repeat; a character's name is
                     * not remembered (the play's title repeats it) */
    changed = 1;
    /* "X və Y", "X, Y": go on with X */
    if (j < 2 || !(tok_is(text, &s->toks[j - 1], "v\xc9\x99") ||
                   tok_is(text, &s->toks[j - 1], "ve") || tok_is(text, &s->toks[j - 1], ",")))
      break;
    j--;
  }
  return changed;
}

/* The end of the one or two capitalised words after token i that can be a
 * character's name: outside a name (or a place or firm of one word), no
 * title, head word or place, no initial, apostrophe or digit, spaced. */
static size_t character_words_end(const gzn_scratch *s, const char *text, size_t n, size_t i) {
  size_t j = i + 1;
  while (j < n && j < i + 3) {
    const gzn_tok *t = &s->toks[j];
    int one = (s->tags[j] == GZN_BLOC || s->tags[j] == GZN_BORG) &&
              !(j + 1 < n && s->tags[j + 1] == s->tags[j] + 1);
    if ((s->tags[j] != GZN_O && !one) || !(t->flags & GZN_F_CAP) ||
        (t->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_DIGIT | GZN_F_INITIAL)) ||
        ((t->gaz | (t->gaz >> 16)) &
         (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_LOC | GZN_G_NAMED)) ||
        !spaces_between(text, &s->toks[j - 1], t))
      break;
    j++;
  }
  return j;
}

/* Eleventh batch (names web set): the part an actor plays, in English:
 * a person, "as" (also after "returns", "stars", "appears"), then one or
 * two capitalised words the model left outside any span (or read as a place
 * or firm of one word) that are no title, known place or head word, then a
 * sign or a word of a cast list ("opposite", "and", "with"): "Jenna Ortega
 * returns as Wednesday Addams", "Catherine Zeta-Jones as Morticia". A
 * character's name is not remembered (prop 4). */
static int as_character_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  if (s->toks[i].end - s->toks[i].start != 2 || !tok_is(text, &s->toks[i], "as")) return 0;
  static const char *const verb[] = {"returns",  "stars",    "appears", "starred",
                                     "appeared", "returned", "cast",    NULL};
  static const char *const after[] = {"opposite", "in", "and", "with", "is", "was", "who", NULL};
  size_t p = i - 1;
  for (const char *const *w = verb; *w && p == i - 1 && p > 0; w++)
    if (tok_is(text, &s->toks[p], *w)) p--;
  if ((s->tags[p] != GZN_BPER && s->tags[p] != GZN_IPER) ||
      !spaces_between(text, &s->toks[p], &s->toks[p + 1]))
    return 0;
  size_t j = character_words_end(s, text, n, i);
  /* then a sign or a word of a cast list ("as Macbeth opposite ...") */
  int end = j == n || ((s->toks[j].flags & GZN_F_PUNCT) && !(s->toks[j].flags & GZN_F_QUOTE));
  for (const char *const *w = after; *w && !end && j < n; w++) end = tok_is(text, &s->toks[j], *w);
  if (j == i + 1 || !end) return 0;
  mark_person(s, i + 1, j, 4);
  return 1;
}

/* Eighteenth batch (names web set): a person, a verb of acting ("plays",
 * "takes", "played", "took", "playing", "taking"), "the role of" or "the
 * part of", then one or two capitalised words left outside a name (or read
 * as a place or firm of one word) that no list has as a title, head word
 * or place, before a sign or the end: the
 * character played ("Mark Gatiss takes the role of Dogberry."). Token i is
 * "of". */
static int role_of_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  static const char *const verb[] = {"plays", "takes", "played", "took", "playing", "taking", NULL};
  if (i < 4 || !tok_is(text, &s->toks[i], "of") ||
      !(tok_is(text, &s->toks[i - 1], "role") || tok_is(text, &s->toks[i - 1], "part")) ||
      !tok_is(text, &s->toks[i - 2], "the") ||
      (s->tags[i - 4] != GZN_BPER && s->tags[i - 4] != GZN_IPER))
    return 0;
  int v = 0;
  for (const char *const *w = verb; *w && !v; w++) v = tok_is(text, &s->toks[i - 3], *w);
  if (!v) return 0;
  size_t j = character_words_end(s, text, n, i);
  if (j == i + 1 ||
      !(j == n || ((s->toks[j].flags & GZN_F_PUNCT) && !(s->toks[j].flags & GZN_F_QUOTE))))
    return 0;
  mark_person(s, i + 1, j, 4);
  return 1;
}

/* Eleventh batch (names web set): English cues that the capitalised word
 * after them is a person's name: "I'm Zeynep, ...", "my name is Priya", and
 * a relative set off by commas ("He leaves his wife, June, and two sons").
 * The word (and a second one) must be a given name or a word no list has,
 * and no title or place. Returns whether anything changed. */
/* Whether token i has a shape cue_names_at looks at: "I" with an
 * apostrophe suffix ("I'm"), a lower-case word of four bytes ("name") or of
 * three bytes or more right before a comma of its own ("wife,"). The
 * caller asks first, so that most tokens cost no call. */
static inline int cue_shape(const gzn_scratch *s, size_t i) {
  const gzn_tok *t = &s->toks[i];
  size_t len = t->end - t->start;
  if (len == 1) return (t->flags & GZN_F_APOS) != 0;
  if (!(t->flags & GZN_F_LOWER)) return 0;
  return len == 4 ||
         (len >= 3 && s->toks[i + 1].start == t->end && s->toks[i + 1].end == t->end + 1);
}

static int cue_names_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  static const char *const kin[] = {"wife",    "husband", "son",    "daughter", "partner",
                                    "brother", "sister",  "mother", "father",   NULL};
    const gzn_tok *t = &s->toks[i];
    size_t j = 0;
    int kin_cue = 0;
    size_t len = t->end - t->start;
    /* the token's length and flags first: most tokens end the look here */
    int lower_comma = (t->flags & GZN_F_LOWER) && len >= 3 && s->toks[i + 1].start == t->end &&
                      s->toks[i + 1].end == t->end + 1;
    if (!cue_shape(s, i)) return 0;
    if (len == 1 && t->full_end - t->start == 3 && !memcmp(text + t->start, "I'm", 3))
      j = i + 1;
    else if (i + 2 < n && tok_is(text, t, "name") && tok_is(text, &s->toks[i + 1], "is"))
      j = i + 2;
    else if (i + 2 < n && lower_comma && text[t->end] == ',') {
      for (const char *const *w = kin; *w && !kin_cue; w++) kin_cue = tok_is(text, t, *w);
      if (kin_cue) j = i + 2;
    }
    if (!j || s->tags[j] != GZN_O || !spaces_between(text, &s->toks[j - 1], &s->toks[j])) return 0;
    size_t k = j;
    while (k < n && k < j + 2 && s->tags[k] == GZN_O) {
      const gzn_tok *u = &s->toks[k];
      if (!(u->flags & GZN_F_CAP) || (u->flags & (GZN_F_ALLCAP | GZN_F_INITIAL | GZN_F_DIGIT)) ||
          ((u->gaz | (u->gaz >> 16)) & (GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW)) ||
          (!(u->gaz & (GZN_G_FIRST | GZN_G_LAST)) && (u->gaz & (GZN_G_LCW | GZN_G_PROPER)) &&
           !kin_cue) ||
          (k > j && !spaces_between(text, &s->toks[k - 1], u)))
        break;
      k++;
      if (u->flags & GZN_F_APOS) break;
    }
    if (k == j || (k < n && (s->toks[k].flags & (GZN_F_CAP | GZN_F_ALLCAP)))) return 0;
    /* a relative's name is set off by a comma or ends the sentence */
    if (kin_cue && k < n && !tok_is(text, &s->toks[k], ",") && !tok_is(text, &s->toks[k], "."))
      return 0;
    mark_person(s, j, k, 1);
    return 1;
}

/* Eleventh batch (names web set): initials that stand for a person.
 * - A given name (listed, or the model's name of one word) that no list has
 *   as a common word or place and one initial after it, before no other
 *   capitalised word: a signature ("— Ayşən M.").
 * - Two or more initials written together after a role: the way court
 *   reports name a defendant ("Sanık M.K.", "müvekkili S.Y."); such a span
 *   is kept although it has no word (prop 5).
 * Returns whether anything changed. */
static int initial_names_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i], *u = &s->toks[i + 1];
  if (!(u->flags & GZN_F_INITIAL)) return 0; /* both cases need one */
  if (((t->gaz & GZN_G_FIRST) || s->tags[i] == GZN_BPER) &&
      !(t->gaz & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC)) && (t->flags & GZN_F_CAP) &&
      !(t->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_INITIAL)) && (u->flags & GZN_F_INITIAL) &&
      !(u->flags & GZN_F_APOS) && spaces_between(text, t, u) &&
      (s->tags[i] == GZN_O || (s->tags[i] == GZN_BPER)) && s->tags[i + 1] == GZN_O &&
      (i + 2 == n || !(s->toks[i + 2].flags & (GZN_F_CAP | GZN_F_ALLCAP | GZN_F_INITIAL)))) {
    if (s->tags[i] == GZN_O) s->prop[i] = 1;
    s->tags[i] = GZN_BPER;
    s->tags[i + 1] = GZN_IPER;
    return 1;
  }
  if (!(t->gaz & GZN_G_TITLE) || !(u->flags & GZN_F_INITIAL) || !spaces_between(text, t, u))
    return 0;
  size_t j = i + 1;
  while (j < n && (s->toks[j].flags & GZN_F_INITIAL) &&
         (j == i + 1 || s->toks[j].start == s->toks[j - 1].end))
    j++;
  /* not before a capitalised word: "Öğrenci T.C. No" (the Republic) */
  if (j - (i + 1) < 2 || (j < n && (s->toks[j].flags & (GZN_F_CAP | GZN_F_ALLCAP)))) return 0;
  mark_person(s, i + 1, j, 5);
  return 1;
}

/* Eleventh batch (names web set): a known place with the English "'s" and
 * then two capitalised words, the first a given name or a word no list has,
 * the second a surname, a given name or a word no list has, before no other
 * capitalised word: a person of that country ("Britain's Georgia Bell",
 * "Nigeria's Chigozie Obioma"); titles, head words and common words that
 * are no names leave it ("Britain's National Health Service", "London's
 * Oxford Street"). A span the model found there gets the confidence of
 * a repeat. */
static int place_pos_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  if (!(t->flags & GZN_F_APOS) || !(t->gaz & GZN_G_LOC) || !(t->flags & GZN_F_CAP) || i + 2 >= n ||
      text[t->full_end - 1] != 's' || t->full_end - t->end > 4)
    return 0;
  for (size_t j = i + 1; j < i + 3; j++) {
    const gzn_tok *u = &s->toks[j];
    uint32_t g = u->gaz | (u->gaz >> 16);
    int known = (u->gaz & GZN_G_FIRST) || (j > i + 1 && (u->gaz & GZN_G_LAST));
    int unknown = !(g & (GZN_G_LCW | GZN_G_PROPER | GZN_G_LOC | GZN_G_FIRST | GZN_G_LAST));
    if (!(u->flags & GZN_F_CAP) ||
        (u->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_DIGIT | GZN_F_INITIAL)) ||
        (g & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_ORGSFX)) ||
        !(known || unknown) || !spaces_between(text, &s->toks[j - 1], u))
      return 0;
  }
  if (i + 3 < n && (s->toks[i + 3].flags & (GZN_F_CAP | GZN_F_ALLCAP))) return 0;
  s->tags[i + 1] = GZN_BPER;
  s->tags[i + 2] = GZN_IPER;
  s->prop[i + 1] = s->prop[i + 2] = 1;
  return 1;
}

/* Eleventh batch (names web set): a capitalised word with the English
 * "'s" before the name of a musical work within three words is its
 * composer ("Elgar's Cello Concerto", "Mahler's Fifth Symphony"), when the
 * model read it as no person and it is no title, head word or known place
 * ("Vienna's Symphony Orchestra"). */
static int composer_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  static const char *const work[] = {"Symphony", "Concerto", "Sonata",   "Requiem",    "Quartet",
                                     "Quintet",  "Overture", "Nocturne", "Variations", NULL};
  const gzn_tok *t = &s->toks[i];
  if (!(t->flags & GZN_F_APOS) || !(t->flags & GZN_F_CAP) || (t->flags & GZN_F_ALLCAP) ||
      text[t->full_end - 1] != 's' || t->full_end - t->end > 4 || s->tags[i] == GZN_BPER ||
      (s->tags[i] != GZN_O && i + 1 < n && s->tags[i + 1] == s->tags[i] + 1) ||
      ((t->gaz | (t->gaz >> 16)) &
       (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_LOC)))
    return 0;
  if (i > 0 && s->tags[i - 1] != GZN_O) return 0; /* "John Smith's" is the model's */
  for (size_t j = i + 1; j < n && j <= i + 3; j++) {
    if (!(s->toks[j].flags & (GZN_F_CAP | GZN_F_DIGIT | GZN_F_ABBR)) ||
        (s->toks[j].gaz & GZN_G_ORGKW)) /* "... Symphony Orchestra" */
      return 0;
    for (const char *const *w = work; *w; w++)
      if (tok_is(text, &s->toks[j], *w)) {
        s->tags[i] = GZN_BPER;
        s->prop[i] = 1;
        return 1;
      }
  }
  return 0;
}

/* Fourteenth batch (names web set): two or more initials written together
 * after "ve", "və", "and" or "ile" that follows a person named by initials
 * alone: the second suspect of a report ("A.Y. ve S.B.'nin"); prop 5 as in
 * initial_names_at(). Token i is the word "ve". */
static int initials_and_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  if (i == 0 || i + 2 >= n || !(s->toks[i - 1].flags & GZN_F_INITIAL) ||
      (s->tags[i - 1] != GZN_BPER && s->tags[i - 1] != GZN_IPER) ||
      (s->tags[i + 1] != GZN_O && s->tags[i + 1] != GZN_BPER) || s->prop[i + 1] == 5 ||
      !(tok_is(text, &s->toks[i], "ve") || tok_is(text, &s->toks[i], "and") ||
        tok_is(text, &s->toks[i], "ile") || tok_is(text, &s->toks[i], "v\xc9\x99")))
    return 0;
  size_t j = i + 1;
  while (j < n && (s->toks[j].flags & GZN_F_INITIAL) &&
         (s->tags[j] == GZN_O || (j > i + 1 && s->tags[j] == GZN_IPER) || j == i + 1) &&
         (j == i + 1 || s->toks[j].start == s->toks[j - 1].end))
    j++;
  if (j - (i + 1) < 2 || (j < n && (s->toks[j].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
                          spaces_between(text, &s->toks[j - 1], &s->toks[j])))
    return 0;
  mark_person(s, i + 1, j, 5);
  return 1;
}

/* Whether the token is "Su" or "Ay" ("water", "moon"), common words that
 * also begin Turkish given names of two words ("Su Gül", "Ay Tuğçe"). */
static int name_syllable(const char *text, const gzn_tok *t) {
  return tok_is(text, t, "Su") || tok_is(text, t, "Ay") || tok_is(text, t, "SU") ||
         tok_is(text, t, "AY");
}

/* Twelfth batch (names web set): two or more initials written together
 * and an age in parentheses, the way the Turkish press names a suspect or a
 * victim ("M.K. (34) ve A.T. (29)"); token i is the first initial. Such a
 * span is kept although it has no word (prop 5). */
static int initials_age_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  if (i > 0 && (s->toks[i - 1].flags & GZN_F_INITIAL) && s->toks[i - 1].end == s->toks[i].start)
    return 0; /* not the first initial */
  size_t j = i + 1;
  while (j < n && (s->toks[j].flags & GZN_F_INITIAL) && s->toks[j].start == s->toks[j - 1].end) j++;
  if (j - i < 2 || j + 2 >= n || !tok_is(text, &s->toks[j], "(") ||
      !tok_is(text, &s->toks[j + 2], ")") || !(s->toks[j + 1].flags & GZN_F_DIGIT) ||
      s->toks[j + 1].ncp > 2 || !spaces_between(text, &s->toks[j - 1], &s->toks[j]) ||
      (j + 3 < n && (s->toks[j + 3].flags & GZN_F_DIGIT))) /* "N.W. (202) 296-3858" */
    return 0;
  const char *w = text + s->toks[j + 1].start; /* digits only: an age */
  for (size_t q = 0; q < s->toks[j + 1].end - s->toks[j + 1].start; q++)
    if (w[q] < '0' || w[q] > '9') return 0;
  int changed = 0;
  for (size_t k = i; k < j; k++) {
    int tg = k == i ? GZN_BPER : GZN_IPER;
    changed |= s->tags[k] != tg || s->prop[k] != 5;
    s->tags[k] = tg;
    s->prop[k] = 5;
  }
  return changed;
}

/* Whether a list number ("1.", "2)") or nothing but spaces comes before the
 * token on its line. */
static int line_lead(const char *text, const gzn_tok *t) {
  size_t p = t->start;
  while (p > 0 && p + 8 > t->start &&
         (text[p - 1] == ' ' || text[p - 1] == '.' || text[p - 1] == ')' ||
          (text[p - 1] >= '0' && text[p - 1] <= '9')))
    p--;
  return p == 0 || text[p - 1] == '\n';
}

/* Twelfth batch (names web set): a surname in capitals first on its line
 * (after a list number too) that no list has as a place, title, head word or
 * common word, the model left O, then (after a comma written on it) one to
 * three listed given names before no other capitalised word (the model's
 * place or firm there, no list's, gives way): one name in the
 * surname-first form of a results list, a notice of poll or a death notice
 * ("2. DEMİRCİ Oğuz Kaan – 97,40", "BHATT, Rohan – Liberal Democrats",
 * "FERGUSON Ian Robert. Passed away ..."). Token i is the surname. */
static int cell_left(const gzn_scratch *s, const char *text, size_t i, int *tab);
static int cell_right(const gzn_scratch *s, const char *text, size_t n, size_t k, int *tab);
static int caps_surname_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  uint32_t g = t->gaz | (t->gaz >> 16);
  int tab = 0; /* seventeenth batch: or first in a table cell */
  if (!((t->flags & GZN_F_SSTART) && line_lead(text, t)) && !(i > 0 && cell_left(s, text, i, &tab)))
    return 0;
  if (t->ncp < 3 ||
      (s->tags[i] != GZN_O && s->tags[i] != GZN_BLOC && s->tags[i] != GZN_BORG) ||
      (t->flags & (GZN_F_APOS | GZN_F_DIGIT | GZN_F_HANDLE)) ||
      (g & (GZN_G_LOC | GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_ORGSFX |
            GZN_G_LCW | GZN_G_BRAND | GZN_G_POSTTITLE | GZN_G_PRETHING)))
    return 0;
  size_t j = i + 1;
  if (j < n && tok_is(text, &s->toks[j], ",") && s->toks[j].start == t->full_end) j++;
  size_t k = j;
  while (k < n && k < j + 3) {
    const gzn_tok *u = &s->toks[k];
    if (!(u->flags & GZN_F_CAP) || (u->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_INITIAL)) ||
        !(u->gaz & GZN_G_FIRST) ||
        ((u->gaz | (u->gaz >> 16)) &
         (GZN_G_ORGSFX | GZN_G_ORGKW | GZN_G_TITLE | GZN_G_LOCKW | GZN_G_NAMED)) ||
        !spaces_between(text, &s->toks[k - 1], u) || (k == i + 1 && u->start == t->full_end))
      break;
    k++;
  }
  if (k == j || (k < n && ((s->toks[k].flags & (GZN_F_CAP | GZN_F_ALLCAP)) ||
                           s->tags[k] == GZN_ILOC || s->tags[k] == GZN_IORG)))
    return 0;
  int tab_r = 0; /* a cell's name fills the cell */
  if (tab && !(cell_right(s, text, n, k, &tab_r) && tab_r)) return 0;
  mark_person(s, i, k, 1);
  if (k < n && s->tags[k] == GZN_IPER) s->tags[k] = GZN_O;
  return 1;
}

/* Does the name ending before token k end a line's text: a line break
 * between `from` and token k, or token k a dash ('-', en or em dash) or an
 * opening bracket (a team page's "Given Surname – Role" line)? *nl tells
 * the line break. */
static int line_break_after(const gzn_scratch *s, const char *text, size_t k, size_t from,
                            int *nl) {
  const gzn_tok *v = &s->toks[k];
  *nl = 0;
  for (size_t p = from; p < v->start; p++)
    if (text[p] == '\n') *nl = 1;
  return *nl || tok_is(text, v, "-") || tok_is(text, v, "(") ||
         (v->end - v->start == 3 && (unsigned char)text[v->start] == 0xE2 &&
          (unsigned char)text[v->start + 1] == 0x80 &&
          ((unsigned char)text[v->start + 2] == 0x93 || (unsigned char)text[v->start + 2] == 0x94));
}

/* Fourteenth batch (names web set): a name in capitals that fills a line of
 * a list (after a list or shirt number too): a listed given name that no
 * list has as a common word, title or head word, one or two more words in
 * capitals that no list has as a title, head word or common word, then the
 * line's end, a dash or a bracket ("AYŞENUR KARADENİZ - Trabzon Fen
 * Lisesi", "13 TUĞÇE CANITEZ (Pivot)", "3. QULİZADƏ SƏMA"). The model's
 * place or firm there gives way. Token i is the given name. */
static int caps_line_name_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  if (!(t->gaz & GZN_G_FIRST) || t->ncp < 3 ||
      ((t->gaz | (t->gaz >> 16)) & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED |
                                    GZN_G_ORGSFX | GZN_G_BRAND | GZN_G_POSTTITLE)) ||
      (t->flags & (GZN_F_APOS | GZN_F_DIGIT | GZN_F_HANDLE)) || !line_lead(text, t) ||
      (i > 0 && s->toks[i - 1].end > t->start)) /* not inside a word */
    return 0;
  size_t k = i + 1;
  while (k < n && k < i + 4) {
    const gzn_tok *u = &s->toks[k];
    /* a stem's kinds count for a word no list has ("ŞAHİN" is no "Şah") */
    uint32_t g = (u->gaz & (GZN_G_FIRST | GZN_G_LAST)) ? u->gaz : u->gaz | (u->gaz >> 16);
    if (!(u->flags & GZN_F_ALLCAP) || (u->flags & (GZN_F_APOS | GZN_F_DIGIT | GZN_F_INITIAL)) ||
        u->ncp < 2 || !spaces_between(text, &s->toks[k - 1], u) ||
        ((g & (GZN_G_LCW | GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_ORGSFX |
               GZN_G_BRAND | GZN_G_POSTTITLE | GZN_G_PRETHING)) &&
         !(k + 1 < n && name_syllable(text, u))))
      break;
    k++;
  }
  if (k == i + 1 || k == i + 4) return 0;
  /* a given name that is also a common word needs a listed name after it
   * that is none ("ELA SU AKSOY") */
  int named = !(t->gaz & GZN_G_LCW);
  for (size_t j = i + 1; j < k && !named; j++)
    named = (s->toks[j].gaz & (GZN_G_FIRST | GZN_G_LAST)) && !(s->toks[j].gaz & GZN_G_LCW);
  if (!named) return 0;
  if (k < n) { /* then the line's end, a dash or an opening bracket */
    int nl;
    if (!line_break_after(s, text, k, s->toks[k - 1].end, &nl)) return 0;
  }
  /* the model's name of these words, if any, is kept with the rule's
   * confidence; not one that goes on past them (but for the dash, which
   * ends it) or one already marked */
  if (k + 1 < n && s->tags[k] == GZN_IPER && !tok_is(text, &s->toks[k], "(")) {
    s->tags[k] = GZN_O;
    if (s->tags[k + 1] == GZN_IPER) s->tags[k + 1] = GZN_BPER;
  }
  if (s->tags[i] == GZN_IPER || s->prop[i] ||
      (k < n && (s->tags[k] == GZN_IPER || s->tags[k] == GZN_ILOC || s->tags[k] == GZN_IORG)))
    return 0;
  mark_person(s, i, k, 1);
  return 1;
}

/* Batch 24: a name that fills a line of a list with its given names as
 * written and its surname in capitals, as Turkish candidate lists, rolls
 * and results write a person ("4. Derya UMUT", "6. Gül Ayşe DOĞRU"): one
 * to three capitalised listed given names (no title, head word or brand)
 * first on the line, one or two words in capitals that no list has as a
 * title, head word, place or brand, then the line's end, a dash or a
 * bracket. A common word among them needs a listed name that is none, or
 * a surname no list has ("Savaş ARSLANTÜRK"); an unlisted word of four
 * letters or fewer is a post-nominal ("Conor Brennan RIAI"). Token i is the
 * given name. */
static int given_caps_line_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const uint32_t bad = GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_ORGSFX |
                       GZN_G_BRAND | GZN_G_POSTTITLE | GZN_G_PRETHING;
  const gzn_tok *t = &s->toks[i];
  if (t->ncp < 2 || (t->flags & (GZN_F_APOS | GZN_F_DIGIT | GZN_F_HANDLE)) ||
      ((t->gaz | (t->gaz >> 16)) & (bad | GZN_G_LOC)) || !line_lead(text, t) ||
      (i > 0 && s->toks[i - 1].end > t->start) || (s->tags[i] != GZN_O && s->tags[i] != GZN_BPER))
    return 0;
  int named = !(t->gaz & GZN_G_LCW);
  size_t k = i + 1;
  while (k < n && k < i + 3) { /* more given names as written */
    const gzn_tok *u = &s->toks[k];
    if (!(u->flags & GZN_F_CAP) || (u->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_DIGIT)) ||
        !(u->gaz & GZN_G_FIRST) || ((u->gaz | (u->gaz >> 16)) & bad) ||
        !spaces_between(text, &s->toks[k - 1], u))
      break;
    named |= !(u->gaz & GZN_G_LCW);
    k++;
  }
  size_t c = k;
  while (k < n && k < c + 2) { /* the surname in capitals */
    const gzn_tok *u = &s->toks[k];
    uint32_t g = (u->gaz & (GZN_G_FIRST | GZN_G_LAST)) ? u->gaz : u->gaz | (u->gaz >> 16);
    if (!(u->flags & GZN_F_ALLCAP) || (u->flags & (GZN_F_APOS | GZN_F_DIGIT | GZN_F_INITIAL)) ||
        u->ncp < 2 || !spaces_between(text, &s->toks[k - 1], u) || (g & (bad | GZN_G_LOC)) ||
        (!(u->gaz & (GZN_G_FIRST | GZN_G_LAST)) && u->ncp < 5)) /* not "RIAI", "FRCS" */
      break;
    named |=
        ((u->gaz & (GZN_G_FIRST | GZN_G_LAST)) && !(u->gaz & GZN_G_LCW)) || !(u->gaz & 0xffffu);
    k++;
  }
  if (k == c || !named) return 0;
  if (k < n) { /* then the line's end, a dash or an opening bracket */
    int nl;
    if (!line_break_after(s, text, k, s->toks[k - 1].full_end, &nl)) return 0;
    if (!nl && (s->tags[k] == GZN_IPER || s->tags[k] == GZN_ILOC || s->tags[k] == GZN_IORG))
      return 0;
  }
  for (size_t q = i + 1; q < k; q++) /* not inside a longer span of another type */
    if (s->tags[q] != GZN_O && s->tags[q] != GZN_IPER && s->tags[q] != GZN_BLOC &&
        s->tags[q] != GZN_BORG)
      return 0;
  int same = s->tags[i] == GZN_BPER;
  for (size_t q = i + 1; q < k; q++) same &= s->tags[q] == GZN_IPER;
  if (same) return 0;
  mark_person(s, i, k, 1);
  if (k < n && s->tags[k] == GZN_IPER) s->tags[k] = GZN_BPER;
  return 1;
}

/* Twelfth batch (names web set): a listed given name the model left O (or
 * read as a place or firm of one word, alone or with the honorific) before
 * an honorific in lower case
 * ("Tofiq bəy hələ qayıtmayıb", "Çingiz bəy, ..."). */
static int honorific_name_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  if ((s->toks[i].flags & GZN_F_LOWER) && (s->toks[i + 1].flags & GZN_F_LOWER)) {
    /* fourteenth batch: the same in lower case, as forums and comments
     * write it ("mahmut hoca", "rıfat bey", "zəminə xanımı"): a listed
     * given name of three letters or more that no list has as a common
     * word, place or title, not after a capitalised word */
    const gzn_tok *t = &s->toks[i];
    if (s->tags[i] != GZN_O || s->tags[i + 1] != GZN_O || !(t->gaz & GZN_G_FIRST) || t->ncp < 3 ||
        (t->gaz & (GZN_G_LCW | GZN_G_LOC | GZN_G_TITLE | GZN_G_POSTTITLE)) ||
        (t->flags & (GZN_F_HANDLE | GZN_F_APOS)) || !before_honorific(s, text, n, i) ||
        (i > 0 && (s->toks[i - 1].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
         spaces_between(text, &s->toks[i - 1], t)))
      return 0;
    s->tags[i] = GZN_BPER;
    s->prop[i] = 1;
    return 1;
  }
  if ((s->tags[i] != GZN_O && s->tags[i] != GZN_BLOC && s->tags[i] != GZN_BORG) ||
      (s->tags[i + 1] != GZN_O && s->tags[i + 1] != s->tags[i] + 1) ||
      (s->tags[i] != GZN_O && i + 2 < n && s->tags[i + 2] == s->tags[i] + 1) ||
      /* nineteenth batch: or a word no list has, not first in its sentence
       * ("Oteldə sahibi Levan bəy") */
      !((s->toks[i].gaz & GZN_G_FIRST) ||
        (!s->toks[i].gaz && s->toks[i].ncp >= 3 && !(s->toks[i].flags & GZN_F_SSTART))) ||
      !(s->toks[i].flags & GZN_F_CAP) || (s->toks[i].flags & GZN_F_ALLCAP) ||
      !before_honorific(s, text, n, i))
    return 0;
  s->tags[i] = GZN_BPER;
  s->tags[i + 1] = GZN_O;
  s->prop[i] = 1;
  return 1;
}

/* Whether text[a..b) is a word that closes a letter or a message before the
 * writer's name: "Cheers", "Regards", "Görüşürüz" ("see you"),
 * "Saygılarımla" ("respectfully"), "Hörmətlə". */
static int closing_word(const char *text, size_t a, size_t b) {
  static const char *const w[] = {"Cheers",
                                  "Thanks",
                                  "Regards",
                                  "Best",
                                  "Love",
                                  "G\xc3\xb6r\xc3\xbc\xc5\x9f\xc3\xbcr\xc3\xbcz",
                                  "Sevgiler",
                                  "Sayg\xc4\xb1lar\xc4\xb1mla",
                                  "Te\305\237ekk\303\274rler" /* octal: "e" follows */,
                                  "H\xc3\xb6rm\xc9\x99tl\xc9\x99",
                                  "T\xc9\x99\xc5\x9f\xc9\x99kk\xc3\xbcrl\xc9\x99r",
                                  NULL};
  for (const char *const *v = w; *v; v++)
    if (strlen(*v) == b - a && !memcmp(text + a, *v, b - a)) return 1;
  return 0;
}

/* Twelfth batch (names web set): a listed given name (also one that is a
 * common word somewhere: "Ben") alone on its line after a closing word and a
 * comma on the line before is the writer's signature ("Cheers,\nBen",
 * "Görüşürüz,\nKaan"); the closing word alone before the comma is no name.
 * Token i is first in its sentence. */
static int signoff_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  /* twentieth batch: also before the name on the same line ("Hörmətlə,
   * Rəna Abbasova") */
  if (i + 1 < n && tok_is(text, &s->toks[i + 1], ",") && s->toks[i + 1].start == t->end &&
      s->tags[i] == GZN_BPER && closing_word(text, t->start, t->end)) {
    s->tags[i] = GZN_O;
    return 1;
  }
  if (!(t->gaz & GZN_G_FIRST) || s->tags[i] != GZN_O || (t->flags & (GZN_F_ALLCAP | GZN_F_APOS)) ||
      (t->gaz & (GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW)) ||
      (i + 1 < n && !memchr(text + t->full_end, '\n', s->toks[i + 1].start - t->full_end)))
    return 0; /* alone on its line */
  size_t p = t->start;
  while (p > 0 && (text[p - 1] == '\r' || text[p - 1] == ' ')) p--;
  if (p == 0 || text[p - 1] != '\n') return 0;
  while (p > 0 && (text[p - 1] == '\n' || text[p - 1] == '\r' || text[p - 1] == ' ')) p--;
  if (p == 0 || text[p - 1] != ',') return 0;
  size_t e = --p;
  while (p > 0 &&
         ((unsigned char)text[p - 1] >= 0x80 || (text[p - 1] >= 'a' && text[p - 1] <= 'z') ||
          (text[p - 1] >= 'A' && text[p - 1] <= 'Z')))
    p--;
  if (!closing_word(text, p, e) || (p > 0 && text[p - 1] != '\n')) return 0;
  s->tags[i] = GZN_BPER;
  s->prop[i] = 1;
  return 1;
}

/* Twelfth batch (names web set): a capitalised word inside a sentence, on
 * its own (no capitalised word either side but a first word that is no
 * name), whose stem without a case
 * suffix is a listed given name and nothing else any list has, that the
 * model left O or read as a place or firm of one word: the given name with
 * the suffix ("Sənədləri Xəyaləyə
 * göndərdim", "qızı Lamiyəyə başsağlığı verib"). */
static int suffixed_given_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  uint32_t g = t->gaz >> 16;
  if (i == 0 || (s->tags[i] != GZN_O && s->tags[i] != GZN_BLOC && s->tags[i] != GZN_BORG) ||
      (i + 1 < n && s->tags[i + 1] != GZN_O) || (t->gaz & 0xffffu) || !(g & GZN_G_FIRST) ||
      (g & (GZN_G_LAST | GZN_G_LOC | GZN_G_LCW | GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW |
            GZN_G_NAMED | GZN_G_PROPER)) ||
      (t->flags &
       (GZN_F_SSTART | GZN_F_ALLCAP | GZN_F_APOS | GZN_F_STEMLCW | GZN_F_DIGIT | GZN_F_HANDLE)) ||
      !(t->flags & GZN_F_CAND) || s->tags[i - 1] != GZN_O ||
      ((s->toks[i - 1].flags & (GZN_F_CAP | GZN_F_ALLCAP | GZN_F_INITIAL)) &&
       (!(s->toks[i - 1].flags & GZN_F_SSTART) ||
        ((s->toks[i - 1].gaz | (s->toks[i - 1].gaz >> 16)) & (GZN_G_FIRST | GZN_G_LAST)))) ||
      (i + 1 < n && (s->toks[i + 1].flags & (GZN_F_CAP | GZN_F_ALLCAP))))
    return 0;
  /* Azerbaijani only (a word with "ə"): Turkish sets a name's suffix off
   * with an apostrophe, and English words read as stems and suffixes
   * ("Senate", "Live") are no names */
  if (!memmem(text + t->start, t->end - t->start, "\xc9\x99", 2)) return 0;
  s->tags[i] = GZN_BPER;
  s->prop[i] = 1;
  return 1;
}

/* Twelfth batch (names web set): "my", "our", "his", "her" or "their",
 * perhaps one more word ("little", "Russian"), and a word for a relative or
 * a friend before one or two capitalised words, each a given name (also one
 * that is a common word or a place somewhere: "Hope", "Charlotte") or a
 * word no list has, before no other capitalised word: the relative's name
 * ("my little sister Hope on graduating", "their daughter Charlotte to
 * ...", "My Russian friend Nastya says"). Token i is the word for the
 * relative. */
static int kin_name_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  static const char *const kin[] = {"wife",   "husband", "son",      "daughter",      "brother",
                                    "sister", "mother",  "father",   "friend",        "cousin",
                                    "niece",  "nephew",  "mum",      "mom",           "dad",
                                    "uncle",  "aunt",    "grandson", "granddaughter", NULL};
  static const char *const poss[] = {"my",  "My",  "our",   "Our",   "his", "His",
                                     "her", "Her", "their", "Their", NULL};
  int tg = s->tags[i + 1]; /* the model's place or firm of one word gives way */
  if (i == 0 || (tg != GZN_O && tg != GZN_BLOC && tg != GZN_BORG) ||
      (tg != GZN_O && i + 2 < n && s->tags[i + 2] == tg + 1))
    return 0;
  int ok = 0;
  for (const char *const *w = kin; *w && !ok; w++) ok = tok_is(text, &s->toks[i], *w);
  if (!ok) return 0;
  ok = 0;
  for (size_t d = 1; d <= 2 && d <= i && !ok; d++)
    for (const char *const *w = poss; *w && !ok; w++) ok = tok_is(text, &s->toks[i - d], *w);
  if (!ok || !spaces_between(text, &s->toks[i], &s->toks[i + 1])) return 0;
  size_t j = i + 1, k = j;
  while (k < n && k < j + 2 && (s->tags[k] == GZN_O || k == j)) {
    const gzn_tok *u = &s->toks[k];
    uint32_t g = u->gaz | (u->gaz >> 16);
    if (!(u->flags & GZN_F_CAP) || (u->flags & (GZN_F_ALLCAP | GZN_F_INITIAL | GZN_F_DIGIT)) ||
        (g & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_BRAND)) ||
        (!(u->gaz & (GZN_G_FIRST | GZN_G_LAST)) && (g & (GZN_G_LCW | GZN_G_PROPER | GZN_G_LOC))) ||
        (tg != GZN_O && (u->gaz & GZN_G_LOC) && !(u->gaz & GZN_G_FIRST)) ||
        (k > j && !spaces_between(text, &s->toks[k - 1], u)))
      break;
    k++;
    if (u->flags & GZN_F_APOS) break;
  }
  if (k == j || (k < n && (s->toks[k].flags & (GZN_F_CAP | GZN_F_ALLCAP)))) return 0;
  mark_person(s, j, k, 1);
  return 1;
}

/* Fourteenth batch (names web set): a Turkish or Azerbaijani word for a
 * relative or a friend with its possessive suffix (no "my" before it), or
 * a role of the lexicon, before one capitalised listed given name, also one
 * that is a common word or a place ("Ablası Nehir", "torunu Güneş",
 * "nəvəsi Aylin"; after a role only a name that is no common word:
 * "Garsonumuz Tarık"), that the model left O (or read as a
 * place or firm of one word), before no other capitalised word. Token i is
 * the word for the relative. */
static int tr_kin_name_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  static const char *const kin[] = {
      "ablası",   "Ablası",   "ablam",  "abisi",   "abim",    "kardeş",    "kardeşi",   "Kardeşi",
      "kardeşim", "Kardeşim", "torunu", "torunum", "Torunum", "sevgili",   "kızım",     "Kızım",
      "oğlum",    "Oğlum",    "eşi",    "eşim",    "Eşim",    "nişanlısı", "arkadaşım", "Arkadaşım",
      "yeğeni",   "yeğenim",  "kuzeni", "kuzenim", "nəvəsi",  "Nəvəsi",    "nəvəm",     "qardaşı",
      "qardaşım", "bacısı",   "bacım",  "dostu",   "dostum",  "yoldaşı",   NULL};
  const gzn_tok *u = &s->toks[i + 1];
  int tg = s->tags[i + 1], ti = s->tags[i];
  /* the model's place or firm of these two words gives way too */
  int pair = (ti == GZN_BLOC || ti == GZN_BORG) && tg == ti + 1;
  /* (sixteenth batch: a one-word person of the model gets the rule's
   * confidence: "Yazıçı Elçinin yeni kitabı") */
  if (i + 1 >= n || (tg != GZN_O && tg != GZN_BLOC && tg != GZN_BORG && tg != GZN_BPER && !pair) ||
      (ti != GZN_O && !pair) || (i + 2 < n && s->tags[i + 2] != GZN_O) || !(u->flags & GZN_F_CAP) ||
      (u->flags & (GZN_F_ALLCAP | GZN_F_INITIAL | GZN_F_DIGIT | GZN_F_HANDLE)) || u->ncp < 3 ||
      !((u->gaz | (u->gaz >> 16)) & GZN_G_FIRST) ||
      ((u->gaz | (u->gaz >> 16)) &
       (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_BRAND | GZN_G_POSTTITLE)) ||
      !spaces_between(text, &s->toks[i], u) ||
      (i + 2 < n && (s->toks[i + 2].flags & (GZN_F_CAP | GZN_F_ALLCAP | GZN_F_INITIAL))))
    return 0;
  const gzn_tok *t = &s->toks[i];
  /* after a role, not a given name that is also a common word ("Qəhrəman
   * Ana", the honorary title "Heroine Mother") */
  int ok = (t->gaz & GZN_G_TITLE) && !(t->gaz & GZN_G_HTITLE) && t->ncp >= 4 &&
           !(t->gaz & (GZN_G_FIRST | GZN_G_LAST)) && !(u->gaz & GZN_G_LCW);
  for (const char *const *w = kin; *w && !ok; w++) ok = tok_is(text, t, *w);
  if (!ok) return 0;
  s->tags[i] = GZN_O;
  s->tags[i + 1] = GZN_BPER;
  s->prop[i + 1] = 1;
  return 1;
}

/* Thirteenth batch (names web set, structured set): whether the gap before
 * token i is a table cell's edge: a tab or a "|" token before it, or the
 * start of its line; tab: whether the gap holds a tab or a "|" (the row is
 * a table row, not a line of prose). */
static int cell_left(const gzn_scratch *s, const char *text, size_t i, int *tab) {
  const gzn_tok *t = &s->toks[i];
  if (i == 0) {
    size_t x = t->start;
    while (x > 0 && (text[x - 1] == ' ' || text[x - 1] == '\r')) x--;
    return x == 0 || text[x - 1] == '\n';
  }
  const gzn_tok *p = &s->toks[i - 1];
  if (p->end == p->start + 1 && text[p->start] == '|') return *tab = 1;
  for (size_t x = p->full_end; x < t->start; x++)
    if (text[x] == '\t') return *tab = 1;
  return 0;
}

/* The same after the word before token k (k == n: the line ends there, as a
 * sentence ends at a line break or at a period, which is a token). */
static int cell_right(const gzn_scratch *s, const char *text, size_t n, size_t k, int *tab) {
  if (k == n) return 1;
  const gzn_tok *t = &s->toks[k], *p = &s->toks[k - 1];
  if (t->end == t->start + 1 && text[t->start] == '|') return *tab = 1;
  for (size_t x = p->full_end; x < t->start; x++)
    if (text[x] == '\t') return *tab = 1;
  return 0;
}

/* Thirteenth batch: a table cell (between tabs or "|", one side may be the
 * line's edge) that holds a listed given name and one or two more
 * capitalised words, each a surname or a word no list has as a common
 * word, place, title or head word, is a person ("1<TAB>Kübra Er<TAB>...",
 * "18.11.2026 | Nicat Əliyev | AA5375527"): a column of names in a pasted
 * table. Token i is the given name. */
static int cell_name_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  int tab = 0;
  if (s->tags[i] != GZN_O || !(t->gaz & GZN_G_FIRST) || t->ncp < 3 ||
      (t->gaz & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW)) ||
      (t->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_DIGIT)) || !cell_left(s, text, i, &tab))
    return 0;
  size_t k = i + 1;
  while (k < n && k < i + 3 && s->tags[k] == GZN_O &&
         spaces_between(text, &s->toks[k - 1], &s->toks[k])) {
    const gzn_tok *u = &s->toks[k];
    uint32_t g = u->gaz | (u->gaz >> 16);
    if (!(u->flags & (GZN_F_CAP | GZN_F_ALLCAP)) || (u->flags & (GZN_F_DIGIT | GZN_F_INITIAL)) ||
        (g & (GZN_G_TITLE | GZN_G_POSTTITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED |
              GZN_G_BRAND | GZN_G_ORGSFX)) ||
        (!(u->gaz & (GZN_G_FIRST | GZN_G_LAST)) && (g & (GZN_G_LCW | GZN_G_LOC))))
      break;
    k++;
    if (u->flags & GZN_F_APOS) break;
  }
  if (k == i + 1 || !cell_right(s, text, n, k, &tab) || !tab) return 0;
  mark_person(s, i, k, 1);
  return 1;
}

/* Thirteenth batch: a listed given name in lower case (no common word,
 * place or title) and a lower-case word that no list has but as a surname,
 * then a comma: a name typed in lower case in a call log or a chat
 * ("arayan nermin sarac, su kesintisi", "caller mr dennis boyle, acct");
 * fifteenth batch: or an apostrophe suffix after the surname, as forums
 * write a name ("münir özkul'un oyunu").
 * Token i is the given name. */
static int lower_pair_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i], *u = &s->toks[i + 1];
  if (i + 2 >= n || !(t->gaz & GZN_G_FIRST) || t->ncp < 4 ||
      (t->gaz & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC | GZN_G_PARTICLE)) ||
      (s->tags[i] != GZN_O && s->tags[i] != GZN_BPER) || s->tags[i + 1] != GZN_O ||
      !(u->flags & GZN_F_LOWER) || u->ncp < 3 || (u->flags & (GZN_F_DIGIT | GZN_F_HANDLE)) ||
      (u->gaz & (GZN_G_TITLE | GZN_G_PARTICLE | GZN_G_PATR | GZN_G_POSTTITLE)) ||
      !spaces_between(text, t, u) || (t->flags & GZN_F_HANDLE) ||
      (i > 0 && (s->toks[i - 1].flags & (GZN_F_CAP | GZN_F_ALLCAP))))
    return 0;
  /* batch 24: a chat's speaker first on the line before the colon, with any
   * listed name or a word no list has as a place ("hülya bayram: ...",
   * "ayşe demir: ..."); a surname with a strong ending anywhere ("rövşən
   * bəxtiyarov deyirəm") */
  uint32_t m = u->morph & 15;
  int speaker = tok_is(text, &s->toks[i + 2], ":") && s->toks[i + 2].start == u->end &&
                (t->start == 0 || text[t->start - 1] == '\n') && !(u->gaz & GZN_G_LOC);
  int strong = u->ncp >= 6 && (m == 1 || m == 2 || m == 3 || m == 7) && !(u->gaz & 0xffffu);
  if (!speaker && !strong &&
      (((u->gaz & 0xffffu) && !(u->gaz & GZN_G_LAST)) ||
       (!(u->flags & GZN_F_APOS) &&
        (!tok_is(text, &s->toks[i + 2], ",") || s->toks[i + 2].start != u->end))))
    return 0;
  mark_person(s, i, i + 2, 1);
  return 1;
}

/* Thirteenth batch: a listed given name, one or two lower-case name
 * particles and a capitalised word that no list has as a given name,
 * common word, place, title or head word, without a suffix: a Dutch,
 * French or Portuguese surname with its particle ("Jan de Vries", "Anne
 * van der Berg"); Turkish "Ayşe de Ankara'ya" ("also") has a suffix. Token
 * i is the given name. */
static int particle_name_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  if (s->tags[i] != GZN_O && !(s->tags[i] == GZN_BPER && s->tags[i + 1] == GZN_O)) return 0;
  if (!(t->gaz & GZN_G_FIRST) || (t->gaz & (GZN_G_TITLE | GZN_G_LOC | GZN_G_LCW)) ||
      (t->flags & (GZN_F_ALLCAP | GZN_F_APOS)) || t->ncp < 3)
    return 0;
  size_t k = i + 1;
  while (k < n && k < i + 3 && (s->toks[k].gaz & GZN_G_PARTICLE) &&
         (s->toks[k].flags & GZN_F_LOWER) && s->tags[k] == GZN_O &&
         spaces_between(text, &s->toks[k - 1], &s->toks[k]))
    k++;
  if (k == i + 1 || k >= n || s->tags[k] != GZN_O) return 0;
  const gzn_tok *u = &s->toks[k];
  uint32_t g = u->gaz | (u->gaz >> 16);
  if (!(u->flags & GZN_F_CAP) || (u->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_DIGIT)) ||
      u->ncp < 3 || !spaces_between(text, &s->toks[k - 1], u) || (u->gaz & GZN_G_FIRST) ||
      (g & (GZN_G_LCW | GZN_G_LOC | GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED |
            GZN_G_BRAND | GZN_G_PROPER)) ||
      (k + 1 < n && (s->toks[k + 1].flags & (GZN_F_CAP | GZN_F_ALLCAP))))
    return 0;
  mark_person(s, i, k + 1, 1);
  return 1;
}

/* Thirteenth batch: a listed given name (no common word, place, title or
 * head word) that is the whole last sentence of the text, after a
 * sentence's end: the writer's signature ("... sicilim 2218. Kadir"). */
static int last_name_at(gzn_scratch *s, const char *text, size_t len) {
  const gzn_tok *t = &s->toks[0];
  if (s->tags[0] != GZN_O || !(t->gaz & GZN_G_FIRST) || t->ncp < 3 ||
      (t->gaz & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_PROPER)) ||
      (t->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_HANDLE)) || !(t->flags & GZN_F_CAP) ||
      t->start == 0)
    return 0;
  for (size_t x = t->full_end; x < len; x++)
    if (text[x] != ' ' && text[x] != '\n' && text[x] != '\r' && text[x] != '\t') return 0;
  size_t p = t->start;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\n' || text[p - 1] == '\r')) p--;
  if (p == 0 || (text[p - 1] != '.' && text[p - 1] != '!' && text[p - 1] != '?')) return 0;
  s->tags[0] = GZN_BPER;
  s->prop[0] = 1;
  return 1;
}

/* Thirteenth batch: a surname with a strong ending that the model found
 * alone, then a listed given name (also one that is a place somewhere) it
 * left out, before no other capitalised word: the official surname-first
 * form ("Valideyn: Nəsibova Səidə, e-poçt ..."). Token i is the surname. */
static int surname_given_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i], *u = &s->toks[i + 1];
  if (s->tags[i] != GZN_BPER || s->tags[i + 1] == GZN_IPER || (i > 0 && s->tags[i - 1] != GZN_O) ||
      (s->tags[i + 1] != GZN_O && s->tags[i + 1] != GZN_BLOC) ||
      (i + 2 < n && s->tags[i + 2] != GZN_O) || !strong_surname(t) ||
      (t->flags & (GZN_F_APOS | GZN_F_ALLCAP)) || !(u->gaz & GZN_G_FIRST) ||
      (u->gaz & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LAST)) || strong_surname(u) ||
      (u->flags & (GZN_F_APOS | GZN_F_ALLCAP)) || !(u->flags & GZN_F_CAP) ||
      !spaces_between(text, t, u) ||
      (i + 2 < n && (s->toks[i + 2].flags & (GZN_F_CAP | GZN_F_ALLCAP | GZN_F_INITIAL))))
    return 0;
  s->tags[i + 1] = GZN_IPER;
  s->prop[i + 1] = 1;
  return 1;
}

/* Nineteenth batch: whether only a list number ("2. ", "12) ") and spaces
 * come before byte p on its line: an item of a numbered list. */
static int list_head(const char *text, size_t p) {
  while (p > 0 && text[p - 1] == ' ') p--;
  if (p == 0 || (text[p - 1] != '.' && text[p - 1] != ')')) return 0;
  size_t q = --p;
  while (q > 0 && q + 3 > p && text[q - 1] >= '0' && text[q - 1] <= '9') q--;
  return q < p && (q == 0 || text[q - 1] == '\n');
}

/* Nineteenth batch: whether only spaces follow byte p up to its line's end
 * or the text's. */
static int line_rest_blank(const char *text, size_t len, size_t p) {
  while (p < len && (text[p] == ' ' || text[p] == '\r' || text[p] == '\t')) p++;
  return p == len || text[p] == '\n';
}

/* A spaced dash after token k - 1 (" - ", " – ", " — "): the end of a
 * directory line's name cell ("Aktan, Ayhan — Tarih"). */
static int spaced_dash(const gzn_scratch *s, const char *text, size_t n, size_t k) {
  if (k >= n || !spaces_between(text, &s->toks[k - 1], &s->toks[k]) ||
      s->toks[k].start == s->toks[k - 1].full_end)
    return 0;
  const gzn_tok *v = &s->toks[k];
  const unsigned char *c = (const unsigned char *)text + v->start;
  return tok_is(text, v, "-") || (v->end - v->start == 3 && c[0] == 0xE2 && c[1] == 0x80 &&
                                   (c[2] == 0x93 || c[2] == 0x94));
}

/* Thirteenth batch: a table cell that starts its line and holds a word that
 * no list has as a common word, place, title or head word, a comma and a
 * listed given name, with a tab after it: "Surname, Given" pasted from a
 * spreadsheet ("Ellis, Craig<TAB>1984-02-29"). Seventeenth batch: also
 * with a second given name or an initial ("Nguyen, Thanh Huong", "Bright,
 * Marcus T."), a given name no list has after a listed surname ("Begum,
 * Nasreen"), before a spaced dash when the name starts its line (a
 * directory: "Aktan, Ayhan — Tarih — ..."), and over the model's place or
 * firm there (which often runs on across the tab: "Rachel<TAB>Shropshire
 * Council"). Token i is the surname. */
static int cell_surname_first_at(gzn_scratch *s, const char *text, size_t n, size_t i, size_t len) {
  const gzn_tok *t = &s->toks[i];
  int tab = 0, listed = 0;
  if (i + 3 > n || !(cell_left(s, text, i, &tab) || (listed = list_head(text, t->start))) ||
      (t->flags & (GZN_F_APOS | GZN_F_DIGIT)) || t->ncp < 2 ||
      !tok_is(text, &s->toks[i + 1], ",") || s->toks[i + 1].start != t->end ||
      ((t->gaz | (t->gaz >> 16)) & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW)) ||
      /* a place in capitals is a surname in a numbered list before a
       * given name that is no place ("8. BİNGÖL, Sevda") */
      (((t->gaz | (t->gaz >> 16)) & GZN_G_LOC) &&
       !(listed && (t->flags & GZN_F_ALLCAP) && (s->toks[i + 2].gaz & GZN_G_FIRST) &&
         !((s->toks[i + 2].gaz | (s->toks[i + 2].gaz >> 16)) & GZN_G_LOC))) ||
      ((t->gaz & GZN_G_LCW) && !(t->gaz & (GZN_G_FIRST | GZN_G_LAST))))
    return 0;
  int lead = !tab && !listed; /* first on its line, not after a tab or "|" */
  const gzn_tok *u = &s->toks[i + 2];
  if (!(u->flags & GZN_F_CAP) || (u->flags & (GZN_F_APOS | GZN_F_ALLCAP | GZN_F_INITIAL)) ||
      !spaces_between(text, &s->toks[i + 1], u) ||
      !((u->gaz & GZN_G_FIRST) ||
        ((t->gaz & GZN_G_LAST) && !((u->gaz | (u->gaz >> 16)) & ~(uint32_t)GZN_G_PROPER))))
    return 0;
  size_t k = i + 3;
  if (k < n && spaces_between(text, u, &s->toks[k]) && s->toks[k].start > u->full_end) {
    const gzn_tok *v = &s->toks[k]; /* a second given name or an initial */
    uint32_t g = v->gaz | (v->gaz >> 16);
    if ((v->flags & GZN_F_INITIAL) ||
        ((v->flags & GZN_F_CAP) && !(v->flags & (GZN_F_APOS | GZN_F_ALLCAP | GZN_F_DIGIT)) &&
         (v->gaz & GZN_G_FIRST) &&
         !(g & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED))))
      k++;
  }
  int tab_r = 0;
  if (!((cell_right(s, text, n, k, &tab_r) && tab_r) || (lead && spaced_dash(s, text, n, k)) ||
        (listed && k == n && line_rest_blank(text, len, s->toks[k - 1].full_end))))
    return 0;
  mark_person(s, i, k, 1);
  /* a span the model ran on past the cell ends there: a place or firm
   * after it starts its own, a dash or the rest of a name is outside any */
  if (k < n && s->tags[k] != GZN_O && s->tags[k] % 2 == 0)
    s->tags[k] = (s->toks[k].flags & GZN_F_PUNCT) || s->tags[k] == GZN_IPER ? GZN_O
                                                                            : s->tags[k] - 1;
  return 1;
}

/* Eighteenth batch (names web set): a surname in capitals (one or two
 * words: "DE SOUZA", "FINCH-HATTON"), a comma written on it, then one to
 * three given names, after a label's colon or a list's semicolon: the
 * surname-first form of a board or committee list ("Başkan: YILMAZ,
 * Ahmet", "Trustees: DE SOUZA, Marisa; O'BRIEN, Siobhán", "Treasurer:
 * OYELARAN, Babatunde FCA"). A given name is a listed one, or a word no
 * list has but as a surname or proper noun; the name ends
 * the line or comes before a semicolon, a comma, a bracket or a
 * post-nominal in capitals. The model's split or longer span there gives
 * way. Token i is the surname's last word (a comma follows it). */
static int label_caps_comma_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  const uint32_t bad = GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_ORGSFX |
                       GZN_G_BRAND | GZN_G_PRETHING | GZN_G_POSTTITLE;
  if (i == 0 || i + 2 >= n || t->ncp < 2 || !tok_is(text, &s->toks[i + 1], ",") ||
      s->toks[i + 1].start != t->end || (t->flags & (GZN_F_DIGIT | GZN_F_HANDLE | GZN_F_APOS)) ||
      ((t->gaz | (t->gaz >> 16)) & bad) ||
      ((t->gaz & (GZN_G_LOC | GZN_G_FIRST | GZN_G_LAST)) == GZN_G_LOC))
    return 0;
  size_t a = i; /* a particle in capitals before it ("DE SOUZA") */
  if (a >= 2 && (s->toks[a - 1].flags & GZN_F_ALLCAP) && s->toks[a - 1].ncp <= 3 &&
      (s->toks[a - 1].gaz & GZN_G_PARTICLE) && spaces_between(text, &s->toks[a - 1], t))
    a--;
  const gzn_tok *p = &s->toks[a - 1];
  if (!(tok_is(text, p, ":") || tok_is(text, p, ";")) || !spaces_between(text, p, &s->toks[a]))
    return 0;
  size_t k = i + 2;
  while (k < n && k < i + 5) {
    const gzn_tok *u = &s->toks[k];
    uint32_t g = u->gaz | (u->gaz >> 16);
    if (!spaces_between(text, &s->toks[k - 1], u)) break;
    if (k > i + 2 && (u->flags & GZN_F_INITIAL)) {
      k++;
      continue;
    }
    /* a listed given name (also one that is a common word, "Temel"), or a
     * word no list has but as a surname or a proper noun ("Güllü",
     * "Babatunde") */
    if (!(u->flags & GZN_F_CAP) || (u->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_DIGIT)) ||
        u->ncp < 2 || (g & bad) ||
        !(((u->gaz & GZN_G_FIRST) && !(g & GZN_G_LOC)) ||
          (u->ncp >= 3 && !(g & ~(uint32_t)(GZN_G_LAST | GZN_G_PROPER)))))
      break;
    k++;
  }
  if (k == i + 2) return 0;
  if (k < n) { /* the line's end, a separator or a post-nominal */
    const gzn_tok *v = &s->toks[k];
    if (!(v->flags & GZN_F_NL) && !tok_is(text, v, ";") && !tok_is(text, v, ",") &&
        !tok_is(text, v, "(") &&
        !((v->flags & GZN_F_ALLCAP) && v->ncp <= 4 && spaces_between(text, &s->toks[k - 1], v) &&
          (k + 1 == n || (s->toks[k + 1].flags & (GZN_F_PUNCT | GZN_F_NL)))))
      return 0;
  }
  /* a span the model ran on across the separator ends before it */
  if (s->tags[a - 1] != GZN_O) s->tags[a - 1] = GZN_O;
  mark_person(s, a, k, 1);
  if (k < n && s->tags[k] == GZN_IPER) s->tags[k] = GZN_O;
  return 1;
}

/* ---- real-corpus classes (seventh session) ---- */
/* Whether token t is a double quotation mark (" or the curly ones). */
static int dquote(const char *text, const gzn_tok *t) {
  const unsigned char *q = (const unsigned char *)text + t->start;
  size_t qn = t->end - t->start;
  return (qn == 1 && *q == '"') ||
         (qn == 3 && q[0] == 0xE2 && q[1] == 0x80 && (q[2] == 0x9C || q[2] == 0x9D));
}

/* An e-mail header's display name written "Surname, Given" between
 * quotation marks ("\"Lenhart, Matthew\" <matthew.lenhart@enron.com>",
 * "From: \"Townsend, George\""): one name, where the model found two. Token i
 * is the surname, after an opening quotation mark: a capitalised word of two
 * letters or more (no title, head word, brand, place alone or common word
 * that no list has as a surname: not "Yes, Maria"), a comma
 * (glued or spaced), then one or two capitalised given names (the first a
 * listed given name or one the model tagged a person) or initials, then the
 * closing quotation mark. */
static int quoted_surname_given_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  const uint32_t bad = GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_ORGSFX |
                       GZN_G_BRAND | GZN_G_PRETHING | GZN_G_POSTTITLE;
  if (i == 0 || i + 3 >= n || !dquote(text, &s->toks[i - 1]) || t->ncp < 2 ||
      (t->flags & (GZN_F_DIGIT | GZN_F_HANDLE | GZN_F_APOS | GZN_F_INITIAL)) ||
      ((t->gaz | (t->gaz >> 16)) & bad) ||
      ((t->gaz & (GZN_G_LOC | GZN_G_FIRST | GZN_G_LAST)) == GZN_G_LOC) ||
      ((t->gaz & (GZN_G_LCW | GZN_G_LAST)) == GZN_G_LCW) || !tok_is(text, &s->toks[i + 1], ",") ||
      (s->toks[i + 1].flags & GZN_F_NL))
    return 0;
  const gzn_tok *c = &s->toks[i + 1], *u = &s->toks[i + 2];
  if (!(c->start == t->end || spaces_between(text, t, c)) || !spaces_between(text, c, u) ||
      !(u->flags & GZN_F_CAP) || (u->flags & (GZN_F_DIGIT | GZN_F_HANDLE | GZN_F_APOS)) ||
      ((u->gaz | (u->gaz >> 16)) & bad) ||
      !((u->gaz & GZN_G_FIRST) || s->tags[i + 2] == GZN_BPER || (u->flags & GZN_F_INITIAL)))
    return 0;
  size_t k = i + 3;
  if (k < n && k < i + 5 && (s->toks[k].flags & (GZN_F_CAP | GZN_F_INITIAL)) &&
      !(s->toks[k].flags & GZN_F_QUOTE) && spaces_between(text, &s->toks[k - 1], &s->toks[k]) &&
      !((s->toks[k].gaz | (s->toks[k].gaz >> 16)) & bad))
    k++;
  if (k >= n || !dquote(text, &s->toks[k]) || (s->toks[k].flags & GZN_F_NL)) return 0;
  if (s->tags[i] != GZN_O && s->tags[i] != GZN_BPER) return 0;
  mark_person(s, i, k, 1);
  return 1;
}

/* Twenty-first batch: a surname-first name with a comma, the surname in
 * capitals and one to three given names in ordinary case after it, as
 * court lists and notices write a party ("R v WILLIAMS, Grace — appeal",
 * "Davacı YILMAZ, Ahmet tarafından"), where the model found the two halves
 * as two names or only one of them; also a reference list's "Hall, Stuart
 * (1992)" first in its line (a listed given name, then the year in
 * brackets). The first given name is a listed one; the name ends at a
 * sign, a word in lower case or the sentence's end. Token i is the
 * surname. */
/* Twenty-third batch: whether the token is a Scottish or Irish surname in
 * capitals after its prefix in lower case, as death notices write it
 * ("McAULEY, Bernadette Mary", "MacLEOD"). */
static int mc_caps(const char *text, const gzn_tok *t) {
  const char *w = text + t->start;
  size_t l = t->end - t->start, p = 0;
  if (l > 3 && w[0] == 'M' && w[1] == 'c') p = 2;
  if (l > 4 && w[0] == 'M' && w[1] == 'a' && w[2] == 'c') p = 3;
  if (!p || l - p < 3) return 0;
  for (size_t x = p; x < l; x++)
    if (w[x] < 'A' || w[x] > 'Z') return 0;
  return 1;
}

static int caps_comma_given_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  const uint32_t bad = GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_ORGSFX |
                       GZN_G_BRAND | GZN_G_PRETHING | GZN_G_POSTTITLE;
  int caps = (t->flags & GZN_F_ALLCAP) != 0 || mc_caps(text, t);
  if (i + 2 >= n || t->ncp < 3 || !tok_is(text, &s->toks[i + 1], ",") ||
      s->toks[i + 1].start != t->end || (t->flags & (GZN_F_DIGIT | GZN_F_HANDLE)) ||
      ((t->gaz | (t->gaz >> 16)) & (caps ? bad : GZN_G_TITLE)) ||
      ((t->gaz & (GZN_G_LOC | GZN_G_FIRST | GZN_G_LAST)) == GZN_G_LOC) ||
      !spaces_between(text, &s->toks[i + 1], &s->toks[i + 2]))
    return 0;
  /* in a reference list a surname that is also a head word or a common
   * word ("Hall, Stuart (1992)") */
  if (!caps && !chat_line_head(text, t->start)) return 0;
  size_t k = i + 2;
  while (k < n && k < i + 5) {
    const gzn_tok *u = &s->toks[k];
    uint32_t g = u->gaz | (u->gaz >> 16);
    if ((k > i + 2 && !spaces_between(text, &s->toks[k - 1], u)) || !(u->flags & GZN_F_CAP) ||
        (u->flags & (GZN_F_ALLCAP | GZN_F_DIGIT | GZN_F_HANDLE | GZN_F_INITIAL)) || u->ncp < 2 ||
        (g & bad) ||
        (k == i + 2 ? !(u->gaz & GZN_G_FIRST) || (g & GZN_G_LOC)
                    : !(u->gaz & (GZN_G_FIRST | GZN_G_LAST)) && u->gaz != 0))
      break;
    k++;
    if (u->flags & GZN_F_APOS) break;
  }
  if (k == i + 2) return 0;
  if (k < n) {
    const gzn_tok *v = &s->toks[k];
    if (caps ? !(v->flags & (GZN_F_PUNCT | GZN_F_LOWER | GZN_F_NL)) || (v->flags & GZN_F_CAP)
             : !(tok_is(text, v, "(") && k + 1 < n && (s->toks[k + 1].flags & GZN_F_DIGIT)))
      return 0;
  } else if (!caps) {
    return 0;
  }
  /* the model's halves: the surname alone or nothing, and the given names
   * as a name of their own or nothing; a lower-case word the model ran
   * into the surname ("v KOWALSKI") falls out */
  int ti = s->tags[i];
  if (ti == GZN_IPER && s->tags[i - 1] == GZN_BPER &&
      ((s->toks[i - 1].flags & GZN_F_LOWER) ||
       ((s->toks[i - 1].gaz | (s->toks[i - 1].gaz >> 16)) & GZN_G_TITLE)))
    s->tags[i - 1] = GZN_O, ti = GZN_BPER;
  /* a place or firm of this one word gives way to the name */
  if ((ti == GZN_BLOC || ti == GZN_BORG) && s->tags[i + 1] != ti + 1) ti = GZN_O;
  if ((ti != GZN_O && ti != GZN_BPER) || (ti == GZN_O && caps && s->tags[i + 2] != GZN_BPER))
    return 0;
  mark_person(s, i, k, 1);
  if (k < n && s->tags[k] == GZN_IPER) s->tags[k] = GZN_O;
  return 1;
}

/* Batch 24: a staff page's, a programme's or a panel's "Surname, Given"
 * after a title, a role's label with its colon or another person and
 * "and": a capitalised surname (no place, title, head word or brand), a
 * comma, then a listed given name, a given name of one or two pinyin
 * syllables or one or two initials, then a bracket, a spaced dash, a comma
 * or the line's end ("Professor Chen, Wei (Head of Department)", "Dr
 * Zhang, L. — Senior Lecturer", "Moderator: Zhang, L., Chatham House",
 * "Dr Leyla Rzayeva and Chen, Wei (CNPC)"). Token i is the surname. */
static int title_surname_comma_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const uint32_t bad = GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_ORGSFX |
                       GZN_G_BRAND | GZN_G_PRETHING | GZN_G_POSTTITLE | GZN_G_LOC;
  const gzn_tok *t = &s->toks[i], *p = &s->toks[i - 1];
  if (i + 3 > n || t->ncp < 2 || t->ncp > 14 ||
      (t->flags & (GZN_F_APOS | GZN_F_DIGIT | GZN_F_HANDLE | GZN_F_INITIAL)) ||
      ((t->gaz | (t->gaz >> 16)) & bad) ||
      ((t->gaz & GZN_G_LCW) && !(t->gaz & (GZN_G_FIRST | GZN_G_LAST))) ||
      s->toks[i + 1].start != t->end || !spaces_between(text, &s->toks[i + 1], &s->toks[i + 2]) ||
      (p->flags & GZN_F_HANDLE))
    return 0;
  int title = (p->gaz & GZN_G_TITLE) && (p->flags & GZN_F_CAP) && !(p->gaz & GZN_G_FIRST) &&
              spaces_between(text, p, t);
  /* (the model's span may hold the title: "Dr Wang") */
  if (s->tags[i] != GZN_O && s->tags[i] != GZN_BPER &&
      !(title && s->tags[i] == GZN_IPER && s->tags[i - 1] == GZN_BPER))
    return 0;
  int left = title || (i >= 2 && tok_is(text, p, ":") && p->start == s->toks[i - 2].end);
  if (!left && i >= 2 && (tok_is(text, p, "and") || tok_is(text, p, "&")) &&
      (s->tags[i - 2] == GZN_BPER || s->tags[i - 2] == GZN_IPER))
    left = 1;
  /* a given name is no surname here ("salamlar: Elnarə, Ramin, ...") */
  if (!left || (t->gaz & (GZN_G_FIRST | GZN_G_LAST)) == GZN_G_FIRST) return 0;
  size_t k = i + 2;
  const gzn_tok *u = &s->toks[k];
  if (u->flags & GZN_F_INITIAL) {
    k++;
    if (k < n && (s->toks[k].flags & GZN_F_INITIAL) && s->toks[k].start <= s->toks[k - 1].end + 1)
      k++;
  } else {
    size_t l = u->end - u->start;
    const char *w = text + u->start;
    char low[8];
    int py = l >= 2 && l <= 7 && w[0] >= 'A' && w[0] <= 'Z';
    for (size_t q = 0; py && q < l; q++) {
      low[q] = q ? w[q] : (char)(w[0] - 'A' + 'a');
      py = low[q] >= 'a' && low[q] <= 'z';
    }
    if (!(u->flags & GZN_F_CAP) || (u->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_DIGIT)) ||
        ((u->gaz | (u->gaz >> 16)) & bad) || !((u->gaz & GZN_G_FIRST) || (py && pinyin(low, l, 2))))
      return 0;
    k++;
  }
  if (k < n) {
    const gzn_tok *v = &s->toks[k];
    int nl = 0;
    for (size_t q = s->toks[k - 1].full_end; q < v->start; q++)
      if (text[q] == '\n') nl = 1;
    if (!nl && !tok_is(text, v, "(") && !spaced_dash(s, text, n, k) &&
        !(tok_is(text, v, ",") && v->start == s->toks[k - 1].end))
      return 0;
    if (!nl && s->tags[k] % 2 == 0 && s->tags[k] != GZN_O) return 0;
  }
  if (s->tags[i] == GZN_IPER) s->tags[i - 1] = GZN_O;
  mark_person(s, i, k, 1);
  return 1;
}

/* Twenty-first batch: a listed given name and a listed surname (or one
 * with a strong ending) that the model read as a firm or place of these
 * two words, right after a name and "and", "ve", "və" or a comma: the
 * second of two people ("Swati Dhingra and Alan Taylor backed a cut").
 * Token i is the joiner. */
static int coordinated_pair_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const uint32_t bad = GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_ORGSFX |
                       GZN_G_BRAND | GZN_G_PRETHING | GZN_G_POSTTITLE;
  int tg = s->tags[i + 1];
  if (i == 0 || i + 3 > n || (s->tags[i - 1] != GZN_BPER && s->tags[i - 1] != GZN_IPER) ||
      (tg != GZN_BORG && tg != GZN_BLOC) || s->tags[i + 2] != tg + 1 ||
      (i + 3 < n && s->tags[i + 3] == tg + 1) || !name_joiner(text, &s->toks[i]) ||
      (text[s->toks[i].start] != ',' && (s->toks[i].flags & GZN_F_LOWER) == 0))
    return 0;
  const gzn_tok *u = &s->toks[i + 1], *v = &s->toks[i + 2];
  if ((u->flags & (GZN_F_CAP | GZN_F_ALLCAP)) != GZN_F_CAP ||
      (v->flags & (GZN_F_CAP | GZN_F_ALLCAP)) != GZN_F_CAP ||
      ((u->flags | v->flags) & (GZN_F_APOS | GZN_F_DIGIT | GZN_F_HANDLE)) ||
      !(u->gaz & GZN_G_FIRST) || !((v->gaz & GZN_G_LAST) || strong_surname(v)) ||
      ((u->gaz | (u->gaz >> 16) | v->gaz | (v->gaz >> 16)) & bad) ||
      !spaces_between(text, &s->toks[i], u) || !spaces_between(text, u, v))
    return 0;
  mark_person(s, i + 1, i + 3, 1);
  return 1;
}

/* Twenty-first batch: one to three capitalised words in quotation marks
 * right before a nickname word (see nickname_word): a person's nickname
 * ("şübhəlinin \"Kərə\" ləqəbli dostu", "\"Kara Murat\" lakaplı bir
 * elebaşı"). Token i is the closing quotation mark. */
static int nickname_word_at(gzn_scratch *s, const char *text, size_t i) {
  if (!nickname_word(text, &s->toks[i + 1]) || !spaces_between(text, &s->toks[i], &s->toks[i + 1]))
    return 0;
  size_t j = i;
  while (j > 0 && i - j < 3 && (s->toks[j - 1].flags & GZN_F_CAP) &&
         !(s->toks[j - 1].flags & (GZN_F_DIGIT | GZN_F_HANDLE)) &&
         (j == i || spaces_between(text, &s->toks[j - 1], &s->toks[j])))
    j--;
  if (j == i || j == 0 || !(s->toks[j - 1].flags & GZN_F_QUOTE) ||
      s->toks[j - 1].end != s->toks[j].start || s->toks[i - 1].end != s->toks[i].start)
    return 0;
  if (s->tags[j] == GZN_BPER && (j + 1 == i || s->tags[i - 1] == GZN_IPER)) return 0;
  mark_person(s, j, i, 1);
  return 1;
}

/* Twenty-first batch: whether token t can be a word of a player's name in a
 * line-up: capitalised (or in capitals), no digit or handle, or a particle
 * in lower case inside a name ("van", "de"). */
static int player_word(const char *text, const gzn_tok *t, int inner) {
  (void)text;
  /* (twenty-third batch: an initial first, "Ə. Şükürov", "(Ş. Məmmədəliyev)") */
  if ((t->flags & GZN_F_INITIAL) && !inner) return 1;
  if (t->flags & (GZN_F_DIGIT | GZN_F_HANDLE | GZN_F_INITIAL)) return 0;
  if (t->flags & (GZN_F_CAP | GZN_F_ALLCAP)) return t->ncp >= 2;
  return inner && (t->flags & GZN_F_LOWER) && (t->gaz & GZN_G_PARTICLE);
}

/* Twenty-first batch: whether token k is a line-up's separator between
 * the lines of a formation: ";" or a dash with spaces around it ("-", "–",
 * "—"). */
static int formation_sep(const gzn_scratch *s, const char *text, size_t n, size_t k) {
  const gzn_tok *t = &s->toks[k];
  if (tok_is(text, t, ";")) return 1;
  size_t l = t->end - t->start;
  const char *w = text + t->start;
  return ((l == 1 && *w == '-') ||
          (l == 3 && w[0] == '\xe2' && w[1] == '\x80' && (w[2] == '\x93' || w[2] == '\x94'))) &&
         k > 0 && k + 1 < n && spaces_between(text, &s->toks[k - 1], t) &&
         spaces_between(text, t, &s->toks[k + 1]);
}

/* Twenty-third batch: whether the token ends a player of a line-up with
 * commas only: a comma, or the bracket of a substitute ("Juninyo (77'
 * Nəriman Axundzadə),"). */
static int player_end(const char *text, const gzn_tok *t) {
  return t->end == t->start + 1 && (text[t->start] == ',' || text[t->start] == '(');
}

/* Twenty-first batch: a football line-up after a team's name and a colon
 * ("Liverpool (4-2-3-1): Alisson; Frimpong, Konaté, Van Dijk, Kerkez;
 * Gravenberch, ...", "\"Neftçi\": Mahammadəli; Mustafayev, Saşa, ...",
 * "Trabzonspor: Uğurcan Çakır – Pedro Malheiro, ..."): up to the line's
 * end, players of one to three capitalised words split by "," and by ";"
 * or a spaced dash between the lines of the formation, each perhaps with
 * its substitute and minute in brackets ("Szoboszlai (Jones 78)",
 * "Mahmudov (Səfərov, 70)", "(dk. 78 Umut Nayir)"), at least two such
 * separators and at least eight players. Each player is a name. Token i
 * is the colon. */
static int lineup_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  size_t span[48][2], ns = 0, semis = 0, minutes = 0, k = i + 1;
  if (k >= n || (s->toks[k].flags & GZN_F_NL)) return 0;
  for (;;) {
    for (int sub = 0; sub < 2; sub++) {
      if (sub) { /* "dk." / "min" and a minute before the substitute */
        while (k < n && ((s->toks[k].flags & GZN_F_DIGIT) ||
                         ((s->toks[k].flags & GZN_F_LOWER) && s->toks[k].ncp <= 3) ||
                         tok_is(text, &s->toks[k], ".") || tok_is(text, &s->toks[k], "'") ||
                         tok_is(text, &s->toks[k], "\xe2\x80\x99"))) {
          minutes += (s->toks[k].flags & GZN_F_DIGIT) != 0;
          k++;
        }
      }
      size_t a = k;
      while (k < n && k < a + 3 && player_word(text, &s->toks[k], k > a) &&
             (k == a || spaces_between(text, &s->toks[k - 1], &s->toks[k]) ||
              (s->toks[k - 1].flags & GZN_F_INITIAL)))
        k++;
      if (k == a + 1 && (s->toks[a].flags & GZN_F_INITIAL)) return 0;
      if (k == a && !sub) return 0;
      if (k > a) {
        if (ns == 48) return 0;
        span[ns][0] = a, span[ns][1] = k, ns++;
      }
      if (sub) { /* the minute, then the bracket's end */
        if (k < n && tok_is(text, &s->toks[k], ",")) k++;
        if (k < n && (s->toks[k].flags & GZN_F_DIGIT)) k++, minutes++;
        if (k >= n || !tok_is(text, &s->toks[k], ")")) return 0;
        k++;
        break;
      }
      if (k < n && (s->toks[k].flags & GZN_F_DIGIT)) k++;
      if (k >= n || !tok_is(text, &s->toks[k], "(") || (s->toks[k].flags & GZN_F_NL)) break;
      k++;
    }
    if (k >= n || (s->toks[k].flags & GZN_F_NL)) break;
    if (formation_sep(s, text, n, k))
      semis++;
    else if (tok_is(text, &s->toks[k], "."))
      break;
    else if (!tok_is(text, &s->toks[k], ","))
      return 0;
    k++;
    if (k >= n || (s->toks[k].flags & GZN_F_NL)) return 0;
  }
  /* twenty-third batch: a line-up with commas only ("Neftçi: Ağayev, Mbodj,
   * ..., Mahmudov (Aleksandr Ramazanov, 70), Matias, Ə. Şükürov, ...",
   * "Qarabağ: ..., Juninyo (77' Nəriman Axundzadə), ...") when it has ten
   * players or more and a substitute with the minute, which a list of
   * places or firms after a colon does not have */
  if ((semis < 2 && (ns < 10 || !minutes)) || ns < 8) return 0;
  for (size_t q = 0; q < ns; q++) mark_person(s, span[q][0], span[q][1], 1);
  /* twenty-third batch: the team before the colon is no person ("Chelsea:
   * Hampton; Bronze, ...") */
  for (size_t q = i; q-- > 0;) {
    if (s->tags[q] == GZN_BPER || s->tags[q] == GZN_IPER) s->tags[q] = GZN_O;
    if (s->toks[q].flags & GZN_F_NL) break;
  }
  return 1;
}

/* Twenty-third batch: the official surname-first form ends with its
 * patronymic word ("Əzizov Əhməd Cəfər oğlu"); a span the model ran on
 * across it into the capitalised word after it ("sədri Əzizov Əhməd Cəfər
 * oğlu Culfa rayonunda", where the district then read the whole as a place
 * named after him) ends there, and a place or firm span so run on is a
 * person up to the patronymic and the place or firm from the next word.
 * Token i is the patronymic word in lower case. */
static int patronymic_split_at(gzn_scratch *s, size_t n, size_t i) {
  int tg = s->tags[i];
  if (i < 2 || i + 1 >= n || (tg != GZN_IPER && tg != GZN_ILOC && tg != GZN_IORG) ||
      s->tags[i + 1] != tg || !(s->toks[i + 1].flags & GZN_F_CAP))
    return 0;
  size_t a = i;
  while (a > 0 && s->tags[a] == tg) a--;
  if (s->tags[a] != tg - 1 || i - a < 2 ||
      !(strong_surname(&s->toks[a]) || strong_surname(&s->toks[a + 1])))
    return 0;
  if (tg == GZN_IPER) {
    for (size_t q = i + 1; q < n && s->tags[q] == GZN_IPER; q++) s->tags[q] = GZN_O;
    return 1;
  }
  mark_person(s, a, i + 1, 1);
  s->tags[i + 1] = (uint8_t)(tg - 1);
  return 1;
}

/* Eighteenth batch: a surname with a strong ending (-ov, -ova, -yev; also
 * in capitals), outside any name, right before a name the model found that
 * begins with a listed given name, first after a sign or first in its
 * line: the official surname-first form ("Əlaqələndirici şəxs: Orucova
 * Səbinə, tel.", "nümayəndə: MİRZƏYEVA Səadət Kamran qızı — tel."). Also a
 * pair the model left out when a sign or the line's end follows it ("Baş
 * həkimin müavini — Qurbanova Esmira — 5-11-02"). Token i is the surname. */
static int surname_before_given_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i], *u = &s->toks[i + 1];
  /* the surname's own kinds only: its stem's are often a word's
   * ("MİRZƏYEVA" is no "Mirzə" + ...); the model's place or firm of this
   * one word gives way */
  uint32_t gt = t->gaz & 0xffffu, gu = u->gaz | (u->gaz >> 16);
  int ti = s->tags[i];
  if ((ti != GZN_O && ti != GZN_BLOC && ti != GZN_BORG) ||
      (ti != GZN_O && s->tags[i + 1] == ti + 1) || !strong_surname(t) || t->ncp < 4 ||
      (t->flags & (GZN_F_APOS | GZN_F_DIGIT | GZN_F_HANDLE)) ||
      (gt & (GZN_G_LOC | GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_LCW)) ||
      !(u->flags & GZN_F_CAP) || (u->flags & (GZN_F_ALLCAP | GZN_F_APOS)) ||
      !(u->gaz & GZN_G_FIRST) || strong_surname(u) ||
      (gu & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED)) ||
      !spaces_between(text, t, u))
    return 0;
  /* first in its line or after a sign (not after another capitalised word) */
  if (!(t->flags & GZN_F_NL) && i > 0 && !(s->toks[i - 1].flags & GZN_F_PUNCT)) return 0;
  if (s->tags[i + 1] == GZN_BPER) {
    s->tags[i] = GZN_BPER;
    s->tags[i + 1] = GZN_IPER;
    s->prop[i] = s->prop[i + 1] ? s->prop[i + 1] : 1;
    return 1;
  }
  if (s->tags[i + 1] != GZN_O || i == 0 || !(s->toks[i - 1].flags & GZN_F_PUNCT) ||
      (i + 2 < n && !(s->toks[i + 2].flags & (GZN_F_PUNCT | GZN_F_NL))) ||
      (i + 2 < n && (s->toks[i + 2].flags & GZN_F_QUOTE)))
    return 0;
  mark_person(s, i, i + 2, 1);
  return 1;
}

/* Eighteenth batch (names web set): a listed given name that is also a
 * common word ("Hope", "Grace", "Will"), capitalised inside a sentence
 * after no other capitalised word, then a capitalised word no list has at
 * all (not even as a common word or proper noun; in ASCII letters or with
 * a surname's ending) before no third one, both left outside a name or the second read as a place
 * or firm of one word: a person whose surname the lists lack ("our head baker Hope Ormerod.").
 * Token i is the given name. */
static int common_given_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i], *u = &s->toks[i + 1];
  int tu = s->tags[i + 1];
  if (s->tags[i] != GZN_O || (t->flags & (GZN_F_SSTART | GZN_F_ALLCAP | GZN_F_APOS)) ||
      (t->gaz & (GZN_G_FIRST | GZN_G_LCW)) != (GZN_G_FIRST | GZN_G_LCW) ||
      (t->gaz & (GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_BRAND)) ||
      (tu != GZN_O && tu != GZN_BLOC && tu != GZN_BORG) ||
      (tu != GZN_O && i + 2 < n && s->tags[i + 2] == tu + 1) || !(u->flags & GZN_F_CAP) ||
      (u->flags & (GZN_F_ALLCAP | GZN_F_DIGIT | GZN_F_HANDLE)) || u->gaz != 0 || u->ncp < 4 ||
      !spaces_between(text, t, u) ||
      (i > 0 && (s->toks[i - 1].flags & (GZN_F_CAP | GZN_F_ALLCAP))) ||
      (i + 2 < n && (s->toks[i + 2].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
       spaces_between(text, u, &s->toks[i + 2])))
    return 0;
  /* not after an article ("the Roman Empire"), nor an unlisted word in
   * -s, more often a plural than a surname ("Junior Ministers") */
  if (text[u->end - 1] == 's' ||
      (i > 0 && (tok_is(text, &s->toks[i - 1], "the") || tok_is(text, &s->toks[i - 1], "a") ||
                 tok_is(text, &s->toks[i - 1], "an"))))
    return 0;
  /* a word with letters outside ASCII needs a surname's ending: an
   * Azerbaijani or Turkish noun with its suffixes is none ("Dünya
   * Çempionatının", "Devlet Tiyatroları") */
  if (!strong_surname(u))
    for (size_t q = u->start; q < u->end; q++)
      if ((unsigned char)text[q] >= 0x80) return 0;
  mark_person(s, i, i + 2, 1);
  return 1;
}

/* Nineteenth batch: a reference list's author, a capitalised word (no
 * title, place, head word or common word that is no name) with a comma and
 * one to three initials ("Bourdieu, P.", "Zürcher, E. J."), after the
 * line's start, a list number or another such author and its ", ", "&",
 * "and", "ve" or "və", and before the year in brackets, a comma, "&",
 * "and", "ve" or "və": "Smith, J., & Khan, R. (2019)". Token i is the
 * surname. */
static int citation_name_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  static const char *const join[] = {"&", "and", "ve", "v\xc9\x99", ",", NULL};
  const gzn_tok *t = &s->toks[i];
  if (i + 3 > n || (t->flags & (GZN_F_APOS | GZN_F_DIGIT | GZN_F_INITIAL | GZN_F_HANDLE)) ||
      t->ncp < 2 || !tok_is(text, &s->toks[i + 1], ",") || s->toks[i + 1].start != t->end ||
      ((t->gaz | (t->gaz >> 16)) &
       (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_BRAND)) ||
      ((t->gaz & GZN_G_LCW) && !(t->gaz & (GZN_G_FIRST | GZN_G_LAST))))
    return 0;
  /* twenty-first batch: a surname that is also a place only first in its
   * line, with one initial and before the year ("Mardin, Ş. (1973)") */
  int place = ((t->gaz | (t->gaz >> 16)) & GZN_G_LOC) != 0;
  size_t k = i + 2;
  while (k < n && k < i + 5 && (s->toks[k].flags & GZN_F_INITIAL) &&
         (spaces_between(text, &s->toks[k - 1], &s->toks[k]) ||
          (k > i + 2 && s->toks[k].start == s->toks[k - 1].end)))
    k++;
  if (k == i + 2 || k >= n) return 0;
  /* before: the line's start, a list number or another author */
  size_t x = t->start;
  while (x > 0 && text[x - 1] == ' ') x--;
  int left = x == 0 || text[x - 1] == '\n' || list_head(text, t->start);
  if (!left && i >= 2 && (s->toks[i - 2].flags & GZN_F_INITIAL))
    for (const char *const *w = join; *w && !left; w++) left = tok_is(text, &s->toks[i - 1], *w);
  if (!left && i >= 3 && tok_is(text, &s->toks[i - 1], "&") && tok_is(text, &s->toks[i - 2], ",") &&
      (s->toks[i - 3].flags & GZN_F_INITIAL))
    left = 1;
  /* twenty-first batch: an editor after "in" ("in Nelson, C. and
   * Grossberg, L. (eds)") */
  if (!left && !place && i >= 1 && tok_is(text, &s->toks[i - 1], "in")) left = 2;
  if (!left || (place && left != 1)) return 0;
  /* after: the year in brackets or the next author */
  const gzn_tok *v = &s->toks[k];
  int right = 0;
  if (tok_is(text, v, "(") && k + 1 < n && (s->toks[k + 1].flags & GZN_F_DIGIT)) right = 1;
  if (place && (!right || k != i + 3)) return 0; /* one initial: not "London, U.K." */
  for (const char *const *w = join; *w && !right; w++) right = tok_is(text, v, *w);
  if (!right) return 0;
  /* over the model's place or firm of the surname or an initial, not
   * inside a longer one */
  if (s->tags[i] != GZN_O && s->tags[i] % 2 == 0) return 0;
  int same = s->tags[i] == GZN_BPER;
  for (size_t q = i + 1; q < k; q++) same &= s->tags[q] == GZN_IPER;
  if (same) return 0;
  mark_person(s, i, k, 1);
  return 1;
}

/* Twentieth batch: a reference list's "Surname I.I." without a comma, as
 * Azerbaijani and Russian lists write an author ("1. Bünyadov Z.M.
 * Azərbaycan VII-IX əsrlərdə", "Rzayev N., Həsənov E. Şirvanşahlar
 * sarayı"): a surname with a strong ending after the line's start, a list
 * number or another author, one to three initials, then a capitalised word
 * (the title, which is outside the name), a comma, "və"/"ve"/"and"/"&" or
 * the line's end. Token i is the surname. */
static int surname_initials_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  static const char *const join[] = {"&", "and", "ve", "v\xc9\x99", ",", NULL};
  const gzn_tok *t = &s->toks[i];
  if ((t->flags & (GZN_F_APOS | GZN_F_DIGIT | GZN_F_INITIAL | GZN_F_HANDLE)) || t->ncp < 4 ||
      (t->gaz & GZN_G_FIRST) ||
      ((t->gaz | (t->gaz >> 16)) &
       (GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_BRAND)) ||
      !spaces_between(text, t, &s->toks[i + 1]))
    return 0;
  size_t k = i + 1;
  while (k < n && k < i + 4 && (s->toks[k].flags & GZN_F_INITIAL) &&
         (k == i + 1 || spaces_between(text, &s->toks[k - 1], &s->toks[k]) ||
          s->toks[k].start == s->toks[k - 1].end))
    k++;
  /* before: the line's start, a list number or another author */
  size_t x = t->start;
  while (x > 0 && text[x - 1] == ' ') x--;
  int left = x == 0 || text[x - 1] == '\n' || list_head(text, t->start);
  if (!left && i >= 2 && (s->toks[i - 2].flags & GZN_F_INITIAL) &&
      tok_is(text, &s->toks[i - 1], ","))
    left = 1;
  /* twenty-third batch: the same form in running text, as court records,
   * minutes and archive notes write a person ("hakimlər Əliyeva S.M. və
   * Paşayev R.T. ilə", "katib Həsənova Ü. iştirak etməklə", "2. Səmədova
   * A. təklif etdi"): after a lower-case word or a list number, before a
   * lower-case word, a comma, a semicolon or a closing bracket */
  int run = 0;
  if (!left && i > 0) {
    const gzn_tok *p = &s->toks[i - 1];
    run = (p->flags & (GZN_F_LOWER | GZN_F_DIGIT)) ||
          (i >= 2 && tok_is(text, p, ".") && (s->toks[i - 2].flags & GZN_F_DIGIT));
  } else if (!left && x >= 2 && text[x - 1] == '.' && text[x - 2] >= '0' && text[x - 2] <= '9') {
    run = 1; /* a list number that ended the sentence before */
  }
  if (!left && !run) return 0;
  if (run || (k < n && (s->toks[k].flags & GZN_F_LOWER))) {
    if (k < n) {
      const gzn_tok *v = &s->toks[k];
      if (!((v->flags & GZN_F_LOWER) || tok_is(text, v, ",") || tok_is(text, v, ";") ||
            tok_is(text, v, ")")))
        return 0;
    }
  }
  /* after: a title's first word, the next author or the line's end */
  int right = k == n || run || (s->toks[k].flags & GZN_F_LOWER);
  if (!right) {
    const gzn_tok *v = &s->toks[k];
    right = memchr(text + s->toks[k - 1].end, '\n', v->start - s->toks[k - 1].end) != NULL ||
            ((v->flags & (GZN_F_CAP | GZN_F_ALLCAP)) && !(v->flags & GZN_F_INITIAL) &&
             spaces_between(text, &s->toks[k - 1], v));
    for (const char *const *w = join; *w && !right; w++) right = tok_is(text, v, *w);
  }
  if (!right) return 0;
  int same = s->tags[i] == GZN_BPER && (k == n || s->tags[k] != GZN_IPER);
  for (size_t q = i + 1; q < k; q++) same &= s->tags[q] == GZN_IPER;
  /* (in running text a span the model found already keeps the rule's
   * confidence: "Abdullayev Q. və Məlikov S. da var") */
  if (same && run)
    for (size_t q = i; q < k; q++)
      if (!s->prop[q]) s->prop[q] = 1;
  if (same || (s->tags[i] != GZN_O && s->tags[i] % 2 == 0)) return 0;
  mark_person(s, i, k, 1);
  /* (what the model read on as one span, of any type, is left out: a
   * stray I- tag would keep the next surname from this rule, "Abdullayev Q.
   * və Məlikov S." read as one place) */
  for (size_t q = k; q < n && s->tags[q] != GZN_O && s->tags[q] % 2 == 0; q++) s->tags[q] = GZN_O;
  return 1;
}

/* Thirteenth batch: a capitalised word that no list has as a common word,
 * place, title or head word, then a surname with a strong ending (-ov,
 * -zadə, -şvili, ...; also with a case suffix), both left outside a name or
 * read as a place or firm of one word, before no other capitalised word: a
 * person whose given name the lists lack ("Yazıçı Nərminə Vəliyevanın",
 * "gürcüstanlı Levan Kaxelişvilini"; fourteenth batch: also a given name
 * the English word list has as a proper noun, "Rusiyalı Dmitri
 * Kuznetsov"). Token i is the given name. */
static int given_surname_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i], *u = &s->toks[i + 1];
  int ti = s->tags[i], tu = s->tags[i + 1];
  if ((ti != GZN_O && ti != GZN_BLOC && ti != GZN_BORG) ||
      (tu != GZN_O && tu != GZN_BLOC && tu != GZN_BORG) || (ti != GZN_O && tu == ti + 1) ||
      (i + 2 < n && s->tags[i + 2] != GZN_O && s->tags[i + 2] != GZN_BPER) || !strong_surname(u) ||
      (u->flags & (GZN_F_ALLCAP | GZN_F_APOS)) ||
      (t->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_DIGIT | GZN_F_HANDLE)) || t->ncp < 3 ||
      (t->gaz & 0xffffu & ~(GZN_G_FIRST | GZN_G_LAST | GZN_G_PROPER)) ||
      ((t->gaz >> 16) & ~(GZN_G_FIRST | GZN_G_LAST)) || strong_surname(t) ||
      ((u->gaz | (u->gaz >> 16)) & (GZN_G_LOC | GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW)) ||
      !spaces_between(text, t, u) ||
      (i + 2 < n && (s->toks[i + 2].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
       spaces_between(text, u, &s->toks[i + 2])))
    return 0;
  mark_person(s, i, i + 2, 1);
  return 1;
}

/* Thirteenth batch: a capitalised word with the South Slavic surname
 * ending -ović/-ević (az "-oviç", "Kuzmanoviç"), left outside a name or
 * found alone by the model (then it gets a rule's confidence), no place or
 * common word: a surname alone ("Qonaqlardan yeganə qolu
 * Kuzmanoviç vurub"). */
static int slavic_surname_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  const char *e = text + t->end;
  size_t len = t->end - t->start;
  if ((s->tags[i] != GZN_O &&
       (s->tags[i] != GZN_BPER || s->prop[i] || (i + 1 < n && s->tags[i + 1] == GZN_IPER))) ||
      len < 7 || (t->flags & GZN_F_ALLCAP) ||
      ((t->gaz | (t->gaz >> 16)) & (GZN_G_LOC | GZN_G_LCW | GZN_G_TITLE | GZN_G_ORGKW)) ||
      (i + 1 < n && (s->toks[i + 1].flags & (GZN_F_CAP | GZN_F_ALLCAP))) ||
      (i > 0 && (s->toks[i - 1].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
       !(s->toks[i - 1].flags & GZN_F_SSTART)))
    return 0;
  /* -ović, -ević, -oviç, -eviç, -ovic, -evic */
  size_t c = (e[-1] == 'c')                                                                   ? 1
             : ((e[-2] == '\xc4' && e[-1] == '\x87') || (e[-2] == '\xc3' && e[-1] == '\xa7')) ? 2
                                                                                              : 0;
  if (!c || e[-1 - (ptrdiff_t)c] != 'i' || e[-2 - (ptrdiff_t)c] != 'v' ||
      (e[-3 - (ptrdiff_t)c] != 'o' && e[-3 - (ptrdiff_t)c] != 'e'))
    return 0;
  s->tags[i] = GZN_BPER;
  s->prop[i] = 1;
  return 1;
}

/* Thirteenth batch: a PERSON span of a given name, a surname with a strong
 * ending and a second such surname, or a given name and a surname before
 * another given name and a word that is no patronymic, is two people side
 * by side ("Rövşən Bayramov Süleymanovun ...": the coach Bayramov and
 * Süleymanov; "Şəhriyar Məmmədyarov Maqnus Karlsenlə heç-heçə edib");
 * returns the token where the second one starts, or 0. */
static size_t two_people(const gzn_scratch *s, size_t a, size_t b) {
  const gzn_tok *t = s->toks;
  if (b - a < 3 || !(t[a].gaz & GZN_G_FIRST) || !strong_surname(&t[a + 1]) ||
      (t[a + 1].flags & GZN_F_APOS) || (t[a + 2].flags & GZN_F_ALLCAP) ||
      !(t[a + 2].flags & GZN_F_CAP))
    return 0;
  if (b - a == 3 && strong_surname(&t[a + 2]) && !(t[a + 2].gaz & GZN_G_FIRST)) return a + 2;
  if (b - a == 4 && (t[a + 2].gaz & GZN_G_FIRST) && !(t[a + 2].gaz & GZN_G_LAST) &&
      (t[a + 3].flags & GZN_F_CAP) && !((t[a + 3].gaz | (t[a + 3].gaz >> 16)) & GZN_G_PATR))
    return a + 2;
  return 0;
}

/* Thirteenth batch: whether the token is a firm's legal form: Ltd, Şti,
 * Inc, LLC, PLC, GmbH, az MMC, ASC, QSC (also with a hyphen and a case
 * suffix: "MMC-nin"), or San./Tic. with their period (dot). */
static int legal_form(const char *text, const gzn_tok *t, int dot) {
  static const char *const w[] = {"Ltd",  "\xc5\x9eti", "Inc", "LLC", "PLC",
                                  "GmbH", "MMC",        "ASC", "QSC", NULL};
  size_t n = t->end - t->start;
  const char *h = memchr(text + t->start, '-', n);
  if (h) n = (size_t)(h - (text + t->start));
  for (const char *const *x = w; *x; x++)
    if (strlen(*x) == n && !memcmp(text + t->start, *x, n)) return 1;
  return dot && !h && (tok_is(text, t, "San") || tok_is(text, t, "Tic"));
}

/* Twenty-fifth batch: whether the token is a name word: a given name or
 * surname no list has as a common word, a strong surname ending, or a word
 * of a name found earlier. */
static int label_name_word(const gzn_scratch *s, const gzn_tok *u) {
  return ((u->gaz & (GZN_G_FIRST | GZN_G_LAST)) && !(u->gaz & GZN_G_LCW)) || strong_surname(u) ||
         (s->n_seen && seen_match(s, u));
}

/* Twenty-fifth batch: whether only spaces and tabs, three or more (a tab
 * counts three), or nothing stand before the token on its line: the first
 * field of a form's line, or one further along the same line ("Title: Ms
 * <3 spaces>First name: Chloe"). */
static int label_lead(const char *text, const gzn_tok *t) {
  size_t p = t->start, w = 0;
  for (; p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t'); p--)
    w += text[p - 1] == '\t' ? 3 : 1;
  return p == 0 || text[p - 1] == '\n' || w >= 3;
}

/* Twenty-fifth batch: whether the PERSON span [a, b) of one or two
 * capitalised words is a form's field label: first on its line (or after a
 * wide gap), then at most two more words (no number) and perhaps a note in
 * brackets, then a colon glued to the last word ("Eksper Talebi: Adalet
 * Mah.", "ŞİKAYETÇİ: İpek Sarıgül", "Maaş Hesabı (IBAN): TR19...", "Bill
 * date:", "First name: Chloe", "Göndərən həkim: Fərid Bağırov", "Kira
 * Müddeti: 1 yıl"). Speakers stay: an initial ("R. Birgül:"), a listed
 * name right before the colon ("Hope: will do"), a verb of writing or
 * "from" after the name ("Aygün yazır:", "Lucas Meyer replied:", "Brian
 * from Fishponds:"), a name before a title or another name ("Aysel
 * xanım:"), and a last word no list has as a common word ("Refika
 * Birgül:", "Li Wei:"). */
static int field_label(const gzn_scratch *s, const char *text, size_t n, size_t a, size_t b) {
  /* up to two capitalised words before it that are no name words, the
   * label's first words ("Aylık Kira Bedeli:", "Yıllık Kira Bedeli:") */
  size_t h = a;
  while (h > 0 && a - h < 2 && (s->toks[h - 1].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
         !(s->toks[h - 1].flags & (GZN_F_DIGIT | GZN_F_INITIAL | GZN_F_APOS)) &&
         !(s->toks[h - 1].gaz & (GZN_G_FIRST | GZN_G_LAST | GZN_G_TITLE)) &&
         !label_name_word(s, &s->toks[h - 1]) && spaces_between(text, &s->toks[h - 1], &s->toks[h]))
    h--;
  if (b - a > 2 || !label_lead(text, &s->toks[h])) return 0;
  int name = 0, hard = 0, caps = 1;
  for (size_t j = a; j < b; j++) {
    const gzn_tok *u = &s->toks[j];
    if (!(u->flags & (GZN_F_CAP | GZN_F_ALLCAP)) || (u->flags & (GZN_F_APOS | GZN_F_INITIAL)))
      return 0;
    if (j > a && !spaces_between(text, &s->toks[j - 1], u)) return 0;
    name |= (u->gaz & (GZN_G_FIRST | GZN_G_LAST)) || label_name_word(s, u);
    hard |= label_name_word(s, u);
    caps &= (u->flags & GZN_F_ALLCAP) != 0;
  }
  /* the label's last word is a common word ("Hesabı", "Talebi") */
  const gzn_tok *e = &s->toks[b - 1];
  int common = caps || (e->gaz & GZN_G_LCW) || (e->flags & GZN_F_STEMLCW);
  size_t k = b, words = 0;
  for (; k < n && words < 2; k++, words++) {
    const gzn_tok *u = &s->toks[k];
    static const char *const verb[] = {"from",
                                       "writes",
                                       "wrote",
                                       "posted",
                                       "replied",
                                       "yaz\xc4\xb1r",
                                       "yazd\xc4\xb1",
                                       "yaz\xc4\xb1\x62",
                                       "payla\xc5\x9f\x64\xc4\xb1",
                                       "payla\xc5\x9ft\xc4\xb1",
                                       NULL};
    if (!(u->flags & GZN_F_WORD) || (u->flags & (GZN_F_DIGIT | GZN_F_APOS)) ||
        !spaces_between(text, &s->toks[k - 1], u))
      break;
    if ((hard && u->end - u->start == 1) ||
        (hard &&
         (u->gaz & (GZN_G_TITLE | GZN_G_POSTTITLE | GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC))) ||
        (u->flags & GZN_F_INITIAL) || speech_verb(text, u))
      return 0;
    for (const char *const *w = verb; *w; w++)
      if (tok_is(text, u, *w)) return 0;
  }
  /* a note in brackets: "(IBAN)" */
  if (k + 2 < n && tok_is(text, &s->toks[k], "(") && tok_is(text, &s->toks[k + 2], ")") &&
      (s->toks[k + 1].flags & GZN_F_WORD))
    k += 3;
  if (k >= n || (!words && (name || !common)) || (h < a && hard)) return 0;
  const gzn_tok *c = &s->toks[k];
  if (!tok_is(text, c, ":") || c->start != s->toks[k - 1].end) return 0;
  return k + 1 >= n || s->toks[k + 1].start > c->end;
}

/* Twenty-fifth batch: whether the PERSON span [a, b), with no name word, is
 * a cell of a table's header line: two or more tabs, "|" or ";" (with no
 * space after it: a CSV line, not a list) on the line and no digit ("Malın adı | Ölçü vahidi |
 * Miqdar", "Əməkdaş<TAB>Vəzifə", "Sicil;Ad Soyad;TC Kimlik;...;Brüt Maaş"). */
static int header_cell(const gzn_scratch *s, const char *text, size_t len, size_t a, size_t b) {
  /* a cell: a separator or the line's edge right before and after it */
  size_t l = s->toks[a].start, r = s->toks[b - 1].end;
  while (l > 0 && text[l - 1] == ' ') l--;
  while (r < len && text[r] == ' ') r++;
  char cl = l > 0 ? text[l - 1] : '\n', cr = r < len ? text[r] : '\n';
  if ((cl != '\t' && cl != '|' && cl != ';' && cl != '\n') ||
      (cr != '\t' && cr != '|' && cr != ';' && cr != '\n' && cr != '\r'))
    return 0;
  for (size_t j = a; j < b; j++)
    if (label_name_word(s, &s->toks[j])) return 0;
  /* the line, if it is no longer than 400 bytes either side */
  size_t p = s->toks[a].start, q = s->toks[b - 1].end, lo = p > 400 ? p - 400 : 0,
         hi = len - q > 400 ? q + 400 : len;
  while (p > lo && text[p - 1] != '\n') p--;
  while (q < hi && text[q] != '\n') q++;
  if ((p > 0 && text[p - 1] != '\n') || (q < len && text[q] != '\n')) return 0;
  int tab = 0, bar = 0, semi = 0;
  for (size_t x = p; x < q; x++) {
    char ch = text[x];
    if (ch >= '0' && ch <= '9') return 0;
    tab += ch == '\t';
    bar += ch == '|';
    semi += ch == ';' && x + 1 < q && text[x + 1] != ' ';
  }
  return tab >= 2 || bar >= 2 || semi >= 2;
}

/* Thirteenth batch: whether the PERSON span [a, b) is no person in a form,
 * a table or a heading:
 * - words in capitals, one of them a common word that is no name, none a
 *   surname that is no common word: a heading ("İŞƏ QƏBUL", "TÖVSİYƏ
 *   MƏKTUBU", "KOCABAŞ AİLESİ"; "MEHMET ALİ KAYA" stays);
 * - one word first on its line, a colon glued to it, then a capitalised
 *   word, an initial or a number: a form's field label ("Anne: Pınar
 *   Yurt", "Veli: Hüseyin Bulut", "Brüt: 48.750,00 TL", "Borrower: Freya
 *   Lawson"; "Tural: doğru yazırsınız" stays a commenter);
 * - a brand before another capitalised word: a product ("Hyundai
 *   Elantra", "Noutbuk Dell Latitude", "Ford Fiesta");
 * - one word first in its sentence before a lower-case noun with "my" or
 *   "our" and a capitalised word: an adjective ("Əziz dostlarımız Tural
 *   və Günay", "dear friends of ours");
 * - (below) firms, user names, districts and offices. */
static int form_not_person(const gzn_scratch *s, const char *text, size_t n, size_t a, size_t b) {
  const gzn_tok *t = &s->toks[a];
  if (field_label(s, text, n, a, b)) return 1;
  if (b - a >= 2) {
    int caps = 1, common = 0, surname = 0;
    for (size_t j = a; j < b && caps; j++) {
      const gzn_tok *u = &s->toks[j];
      uint32_t g = u->gaz | (u->gaz >> 16);
      if (!(u->flags & GZN_F_WORD)) continue;
      caps = (u->flags & GZN_F_ALLCAP) != 0;
      if (((g & GZN_G_LCW) || (u->flags & GZN_F_STEMLCW)) &&
          !(g & (GZN_G_FIRST | GZN_G_LAST | GZN_G_PATR)))
        common = 1;
      if (((u->gaz & (GZN_G_FIRST | GZN_G_LAST)) && !(u->gaz & GZN_G_LCW)) || strong_surname(u))
        surname = 1;
    }
    if (caps && common && !surname) return 1;
  }
  for (size_t j = a; j + 1 < b; j++)
    if ((s->toks[j].gaz & GZN_G_BRAND) && (s->toks[j].flags & GZN_F_CAP) &&
        (s->toks[j + 1].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
        !(s->n_seen && seen_match(s, &s->toks[j])))
      return 1;
  /* a Turkish or English firm's legal form or its abbreviation in the span
   * or within three capitalised words after it ("Ege Ambalaj San. Tic.
   * A.Ş.", "Demirtaş Yapı Taahhüt Ltd. Şti.") */
  for (size_t j = a + 1; j < n && j < b + 4; j++) {
    const gzn_tok *w = &s->toks[j];
    int dot = j + 1 < n && tok_is(text, &s->toks[j + 1], ".") && s->toks[j + 1].start == w->end;
    if (legal_form(text, w, dot) &&
        (spaces_between(text, &s->toks[j - 1], w) || (s->toks[j - 1].flags & GZN_F_QUOTE)))
      return 1;
    /* a closing quotation mark right after the span: "“Nizami Tikinti” MMC" */
    if (j == b && (w->flags & GZN_F_QUOTE) && w->start == s->toks[j - 1].full_end) continue;
    if (j >= b && !(w->flags & (GZN_F_CAP | GZN_F_ALLCAP))) break;
  }
  /* twenty-fifth batch: a legal form alone ("Ege Tekstil San. ve Tic. Ltd.
   * Şti.", where "Tic." ends no firm name of its own) */
  if (b - a == 1 &&
      legal_form(text, t, b < n && tok_is(text, &s->toks[b], ".") && s->toks[b].start == t->end))
    return 1;
  /* a lower-case word glued to a dot after a lower-case letter: a user name
   * ("kullanıcı: ozge.aydogan") */
  if (b - a == 1 && (t->flags & GZN_F_LOWER) && t->start >= 2 && text[t->start - 1] == '.' &&
      text[t->start - 2] >= 'a' && text[t->start - 2] <= 'z')
    return 1;
  if (b - a != 1 || b + 1 >= n) return 0;
  const gzn_tok *c = &s->toks[b], *v = &s->toks[b + 1];
  if ((t->start == 0 || text[t->start - 1] == '\n') && c->start == t->end &&
      c->end == c->start + 1 && text[c->start] == ':' && !(t->flags & GZN_F_APOS) &&
      ((v->flags & (GZN_F_INITIAL | GZN_F_DIGIT | GZN_F_ABBR)) ||
       ((v->gaz & GZN_G_FIRST) && (v->flags & GZN_F_CAP) && b + 2 < n &&
        (s->toks[b + 2].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
        spaces_between(text, v, &s->toks[b + 2]))))
    return 1;
  if ((t->flags & GZN_F_SSTART) && (c->flags & GZN_F_LOWER) &&
      !(c->gaz & (GZN_G_TITLE | GZN_G_POSTTITLE)) && possessive_end(text, c) &&
      spaces_between(text, t, c) && (v->flags & GZN_F_CAP))
    return 1;
  /* one word before az "rayon" ("district", in the nominative before the
   * district's office: "Nəsimi rayon İcra Hakimiyyəti") is the district */
  if (tok_is(text, c, "rayon") && spaces_between(text, t, c)) return 1;
  /* an office before "of" and a capitalised word ("Ama Owusu, Dean of
   * Law") */
  if (((t->gaz & GZN_G_TITLE) || tok_is(text, t, "Dean")) && tok_is(text, c, "of") &&
      (v->flags & GZN_F_CAP))
    return 1;
  return 0;
}

/* Thirteenth batch: the length of an Azerbaijani or Turkish case suffix
 * written after a hyphen at the end of the token, with the hyphen
 * ("Məmmədova-nın", "Əliyev-ə"; typed where an apostrophe belongs), or 0. */
static size_t hyphen_case(const char *text, const gzn_tok *t) {
  static const char *const sfx[] = {
      "n\xc4\xb1n", "nin",       "nun",       "n\xc3\xbcn", "\xc4\xb1n",  "in",        "un",
      "\xc3\xbcn",  "ya",        "y\xc9\x99", "ye",         "a",          "\xc9\x99",  "e",
      "da",         "d\xc9\x99", "de",        "dan",        "d\xc9\x99n", "den",       "la",
      "l\xc9\x99",  "le",        "n\xc4\xb1", "ni",         "nu",         "n\xc3\xbc", "y\xc4\xb1",
      "yi",         "yu",        "y\xc3\xbc", NULL};
  const char *w = text + t->start;
  size_t n = t->end - t->start, h = n;
  while (h > 0 && w[h - 1] != '-') h--;
  if (h < 4 || n - h > 4) return 0;
  for (const char *const *x = sfx; *x; x++)
    if (strlen(*x) == n - h && !memcmp(w + h, *x, n - h)) return n - h + 1;
  return 0;
}

/* Thirteenth batch: a capitalised common word that no list has as a name
 * or place, alone with a Turkish apostrophe suffix after a lower-case word
 * and no earlier mention: a proper noun that is no person ("yaşında
 * Hakk'ın rahmetine kavuşmuştur", "yaptırarak Boğaz'ı", "ise Kongre'nin";
 * after a comma it may be a name the word list also has: "David, Gore'un
 * slayt gösterisi"). */
static int common_apos(const gzn_scratch *s, size_t a, size_t b) {
  const gzn_tok *t = &s->toks[a];
  return b - a == 1 && a > 0 && (s->toks[a - 1].flags & GZN_F_LOWER) && (t->flags & GZN_F_APOS) &&
         (t->flags & GZN_F_CAP) && !s->prop[a] && (t->gaz & 0xffffu) == GZN_G_LCW &&
         !(t->gaz >> 16) && !(s->n_seen && seen_match(s, t));
}

/* Whether the word ends in -lı, -li, -lu or -lü (bytes only: the cheap
 * test before origin_name_at looks the stem up). */
static int origin_end(const char *text, const gzn_tok *t) {
  const unsigned char *e = (const unsigned char *)text + t->end;
  if (t->end - t->start < 5) return 0;
  if (e[-2] == 'l' && (e[-1] == 'i' || e[-1] == 'u')) return 1;
  return e[-3] == 'l' && ((e[-2] == 0xC4 && e[-1] == 0xB1) || (e[-2] == 0xC3 && e[-1] == 0xBC));
}

/* Whether the word ends like the head of an Azerbaijani or Turkish
 * compound: the possessive -sı/-si/-su/-sü, perhaps with a case suffix in
 * -n... after it ("Donanması", "Kilsəsinə", "Afrikası"). */
static int compound_end(const char *text, const gzn_tok *t) {
  const unsigned char *w = (const unsigned char *)text + t->start;
  size_t n = t->end - t->start, from = n > 9 ? n - 9 : 1;
  for (size_t p = from; p + 1 < n; p++) {
    if (w[p] != 's') continue;
    size_t q = p + 1;
    if (w[q] == 'i' || w[q] == 'u')
      q += 1;
    else if (q + 1 < n &&
             ((w[q] == 0xC4 && w[q + 1] == 0xB1) || (w[q] == 0xC3 && w[q + 1] == 0xBC)))
      q += 2;
    else
      continue;
    if (q == n || w[q] == 'n') return 1;
  }
  return 0;
}

/* Whether the token is a capitalised Turkish word for a nationality that
 * has no -li ending ("Gürcü", "Rus", "Alman"), written before a foreign
 * player's or guest's name like an adjective of origin. */
static int nation_noun(const char *text, const gzn_tok *t) {
  static const char *const w[] = {"Gürcü",  "Rus",   "Alman",      "Fransız",  "İngiliz", "Yunan",
                                  "Ermeni", "Japon", "İtalyan",    "İspanyol", "Macar",   "Hırvat",
                                  "Sırp",   "Çek",   "Portekizli", NULL};
  for (const char *const *p = w; *p; p++)
    if (tok_is(text, t, *p)) return 1;
  return 0;
}

/* Fourteenth batch (names web set): an Azerbaijani or Turkish adjective of
 * origin ("Rusiyalı", "norveçli": a listed place with -lı/-li/-lu/-lü; tr
 * "Gürcü", "Rus", see nation_noun) or a role in lower case, perhaps one lower-case word after it (a
 * profession), then two capitalised words the model left O that no list has as a common word,
 * place, title or head word, before no other capitalised word: a foreign name spelt the local way
 * ("norveçli arxeoloq Thor Heyerdahlın", "müğənni Cemi Kallum"). Token i is the adjective or the
 * role. */
static int origin_name_at(const gz_names *nm, gzn_scratch *s, const char *text, size_t n,
                          size_t i) {
  const gzn_tok *t = &s->toks[i];
  /* the model's place or firm of the adjective and the name gives way;
   * its person loses the adjective ("Rusiyalı Boris Gelfand") */
  int ti = s->tags[i], span = ti == GZN_BLOC || ti == GZN_BORG || ti == GZN_BPER;
  if ((ti != GZN_O && !span) || (t->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_DIGIT))) return 0;
  int role = (t->flags & GZN_F_LOWER) && (t->gaz & GZN_G_TITLE) &&
             !(t->gaz & (GZN_G_PATR | GZN_G_POSTTITLE | GZN_G_PARTICLE | GZN_G_FIRST | GZN_G_LAST));
  if (!role && !nation_noun(text, t) && !(gzn_origin_bits(nm, text, t) & GZN_G_LOC)) return 0;
  size_t j = i + 1;
  if (j < n && (s->toks[j].flags & GZN_F_LOWER) && s->toks[j].ncp >= 4 && s->tags[j] == GZN_O &&
      !role && !span && spaces_between(text, t, &s->toks[j]))
    j++;
  if (span && (j + 1 >= n || s->tags[j] != ti + 1 || s->tags[j + 1] != ti + 1 ||
               (j + 2 < n && s->tags[j + 2] == ti + 1)))
    return 0;
  if (j + 1 >= n || !spaces_between(text, &s->toks[j - 1], &s->toks[j])) return 0;
  for (size_t k = j; k < j + 2; k++) {
    const gzn_tok *u = &s->toks[k];
    uint32_t g = (u->gaz & 0xffffu) ? u->gaz : u->gaz | (u->gaz >> 16);
    if ((s->tags[k] != GZN_O && !span) || !(u->flags & GZN_F_CAP) ||
        (u->flags & (GZN_F_ALLCAP | GZN_F_INITIAL | GZN_F_DIGIT | GZN_F_HANDLE | GZN_F_STEMLCW)) ||
        u->ncp < 3 || (k == j && (u->flags & GZN_F_APOS)) ||
        (g & (GZN_G_LCW | GZN_G_LOC | GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED |
              GZN_G_BRAND | GZN_G_ORGSFX | GZN_G_POSTTITLE | GZN_G_PATR | GZN_G_PRETHING)) ||
        (k > j && !spaces_between(text, &s->toks[k - 1], u)))
      return 0;
  }
  if ((j + 2 < n && (s->toks[j + 2].flags & (GZN_F_CAP | GZN_F_ALLCAP | GZN_F_INITIAL)) &&
       spaces_between(text, &s->toks[j + 1], &s->toks[j + 2])) ||
      compound_end(text, &s->toks[j + 1])) /* "Japon İmparatorluk Donanması" */
    return 0;
  s->tags[i] = GZN_O;
  mark_person(s, j, j + 2, 1);
  return 1;
}

/* Sixteenth batch (names web set): a listed given name the model left O
 * (one that is also a place: "Oğuz"), first on its line, after a colon or
 * after a title, right before a PERSON span of two words or more that
 * begins with another listed given name: the first of two given names
 * ("Ticaret Müşaviri: Oğuz Alp Güler"). Token i is the given name. */
static int double_given_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i], *u = &s->toks[i + 1];
  if (s->tags[i] != GZN_O || s->tags[i + 1] != GZN_BPER || i + 2 >= n ||
      s->tags[i + 2] != GZN_IPER || !(t->gaz & GZN_G_FIRST) ||
      (t->gaz & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LAST | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_BRAND)) ||
      (t->flags & (GZN_F_ALLCAP | GZN_F_APOS)) || t->ncp < 3 || !(u->gaz & GZN_G_FIRST) ||
      (u->gaz & (GZN_G_LCW | GZN_G_LOC)) || !spaces_between(text, t, u))
    return 0;
  if (i > 0 && !tok_is(text, &s->toks[i - 1], ":") &&
      !((s->toks[i - 1].gaz & GZN_G_TITLE) && spaces_between(text, &s->toks[i - 1], t)))
    return 0;
  if (i == 0 && !(t->start == 0 || text[t->start - 1] == '\n')) return 0;
  s->tags[i] = GZN_BPER;
  s->tags[i + 1] = GZN_IPER;
  s->prop[i] = 1;
  return 1;
}

/* Sixteenth batch (names web set): a role or title (token i: "Dr.",
 * "lideri", "Solistlər") right before two capitalised words that the model
 * read as one place or organisation, the first a listed given name or a
 * word no list has, the second no place, title or head word (nor a common
 * word, unless after a listed given name)
 * and not ending like a compound's head, before no other capitalised word:
 * a person ("Dr. Yener İnce,", "Meclisi lideri Hakeem Jeffries ise",
 * "Solistlər Aygün Bəylər və ..."). Returns whether it tagged them. */
static int role_entity_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i];
  if (i + 2 >= n) return 0;
  /* the model's span may begin with the role ("Dr. Yener İnce") */
  int tg = s->tags[i] == GZN_O ? s->tags[i + 1] : s->tags[i];
  if ((s->tags[i] != GZN_O && s->tags[i + 1] != tg + 1) || (tg != GZN_BLOC && tg != GZN_BORG) ||
      !((t->gaz | (t->gaz >> 16)) & GZN_G_TITLE) ||
      (t->gaz & (GZN_G_PATR | GZN_G_POSTTITLE | GZN_G_PARTICLE | GZN_G_FIRST | GZN_G_LAST |
                 GZN_G_LOC | GZN_G_ORGKW)) ||
      (t->flags & (GZN_F_ALLCAP | GZN_F_APOS)) || s->tags[i + 2] != tg + 1 ||
      (i + 3 < n && s->tags[i + 3] == tg + 1))
    return 0;
  for (size_t k = i + 1; k < i + 3; k++) {
    const gzn_tok *u = &s->toks[k];
    uint32_t g = u->gaz | (u->gaz >> 16);
    uint32_t bad = GZN_G_LCW | GZN_G_LOC | GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED |
                   GZN_G_BRAND | GZN_G_ORGSFX | GZN_G_POSTTITLE | GZN_G_PATR | GZN_G_PRETHING;
    if (!(u->flags & GZN_F_CAP) || (u->flags & (GZN_F_ALLCAP | GZN_F_INITIAL | GZN_F_DIGIT)) ||
        u->ncp < 3 || !spaces_between(text, &s->toks[k - 1], u))
      return 0;
    /* a surname that is a common word too counts after a listed given
     * name ("Yener İnce") */
    if (k == i + 1 ? ((u->flags & GZN_F_APOS) || (!(u->gaz & GZN_G_FIRST) && (g & bad)))
                   : ((g & (s->toks[k - 1].gaz & GZN_G_FIRST ? bad & ~GZN_G_LCW : bad)) ||
                      compound_end(text, u)))
      return 0;
  }
  if (i + 3 < n && (s->toks[i + 3].flags & (GZN_F_CAP | GZN_F_ALLCAP | GZN_F_INITIAL)) &&
      spaces_between(text, &s->toks[i + 2], &s->toks[i + 3]))
    return 0;
  s->tags[i] = GZN_O;
  mark_person(s, i + 1, i + 3, 1);
  return 1;
}

/* The eleventh batch's tagging rules above, run after the model and the
 * propagation, in one pass over the sentence (token i is the word before a
 * part, "as", the cue or the role before initials); returns whether any tag
 * changed. */
/* Batch 24: a nickname in quotation marks between a given name and a
 * surname the model found as two names is inside one ("Nijat "The Lion"
 * Abdullayev", "Ronnie "The Rocket" O'Sullivan"): one to three capitalised
 * words in straight or curly quotation marks, the surname a name of one
 * word right after. Token i is the opening quotation mark. */
static int nickname_inside_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  if (i == 0 || i + 3 >= n || (s->tags[i - 1] != GZN_BPER && s->tags[i - 1] != GZN_IPER) ||
      !spaces_between(text, &s->toks[i - 1], &s->toks[i]))
    return 0;
  size_t k = i + 1;
  while (k < n && k < i + 4 && (s->toks[k].flags & GZN_F_CAP) && s->tags[k] == GZN_O &&
         !(s->toks[k].flags & GZN_F_QUOTE))
    k++;
  if (k == i + 1 || k + 1 >= n || !(s->toks[k].flags & GZN_F_QUOTE) ||
      s->toks[k].start != s->toks[k - 1].end || s->toks[i + 1].start != s->toks[i].end ||
      s->tags[k + 1] != GZN_BPER || (k + 2 < n && s->tags[k + 2] == GZN_IPER) ||
      !spaces_between(text, &s->toks[k], &s->toks[k + 1]) || !(s->toks[k + 1].flags & GZN_F_CAP))
    return 0;
  /* the same mark opens and closes */
  size_t lo = s->toks[i].end - s->toks[i].start, lc = s->toks[k].end - s->toks[k].start;
  if (!((lo == 1 && lc == 1 && text[s->toks[i].start] == '"' && text[s->toks[k].start] == '"') ||
        (lo == 3 && lc == 3 && (unsigned char)text[s->toks[i].start + 2] == 0x9C &&
         (unsigned char)text[s->toks[k].start + 2] == 0x9D)))
    return 0;
  size_t a = i - 1;
  while (a > 0 && s->tags[a] == GZN_IPER) a--;
  mark_person(s, a, k + 2, s->prop[a] ? s->prop[a] : 1);
  return 1;
}

/* Batch 24: a team page's or a programme's line "Given Surname – Role": a
 * listed given name (also one that is a word, "Hope") first on its line, a
 * capitalised surname that a list has as a surname and not as a common
 * word, one with a strong ending or one no list has, then a spaced dash
 * ("Hope Adeyemi – Managing Director", "Faith O'Connell-Reyes – People &
 * Culture Lead"). Token i is the given name. */
static int team_line_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  const gzn_tok *t = &s->toks[i], *u = &s->toks[i + 1];
  const uint32_t bad = GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_ORGSFX |
                       GZN_G_BRAND | GZN_G_PRETHING | GZN_G_POSTTITLE | GZN_G_LOC;
  if (i + 2 >= n || t->ncp < 3 || (t->flags & (GZN_F_APOS | GZN_F_HANDLE)) ||
      ((t->gaz | (t->gaz >> 16)) & bad) || !line_lead(text, t) ||
      (i > 0 && s->toks[i - 1].end > t->start) || s->tags[i] == GZN_IPER ||
      (u->flags & (GZN_F_ALLCAP | GZN_F_DIGIT | GZN_F_HANDLE)) || u->ncp < 2 ||
      ((u->gaz | (u->gaz >> 16)) & bad) || !spaces_between(text, t, u) ||
      !(((u->gaz & (GZN_G_LAST | GZN_G_LCW)) == GZN_G_LAST) || strong_surname(u) ||
        !(u->gaz & 0xffffu)) ||
      plural_noun(text, u) || !spaced_dash(s, text, n, i + 2) || s->tags[i + 2] != GZN_O)
    return 0; /* (a plural noun: "Devlet Tiyatroları — ...") */
  if (s->tags[i] == GZN_BPER && s->tags[i + 1] == GZN_IPER) return 0;
  if (s->tags[i + 1] != GZN_O && s->tags[i + 1] != GZN_IPER && s->tags[i + 1] != GZN_BPER) return 0;
  mark_person(s, i, i + 2, 1);
  return 1;
}

/* ---- real-corpus classes (seventh session) ---- */
/* The English given name "Ben", which is also the Turkish pronoun "I" (so
 * the model leaves it O first in a sentence): a person before an English
 * possessive or verb that no Turkish sentence has after the pronoun ("Ben
 * made another announcement", "Ben 's announcement", "Ben's"). Token i is
 * "Ben", left outside any span or alone in one the model found with a low
 * confidence. */
static int english_ben_at(gzn_scratch *s, const char *text, size_t n, size_t i) {
  static const char *const after[] = {"'s",    "\342\200\231s", "is",     "was",   "has",
                                      "had",   "said",          "says",   "made",  "will",
                                      "would", "did",           "does",   "told",  "wrote",
                                      "who",   "posted",        "thinks", "knows", "asked"};
  const gzn_tok *t = &s->toks[i];
  if (t->end - t->start != 3 || memcmp(text + t->start, "Ben", 3) != 0 || s->prop[i] ||
      !(s->tags[i] == GZN_O || (s->tags[i] == GZN_BPER && s->tags[i + 1] != GZN_IPER)))
    return 0;
  if (t->full_end > t->end) { /* "Ben's" */
    size_t l = t->full_end - t->end;
    if (!((l == 2 && memcmp(text + t->end, "'s", 2) == 0) ||
          (l == 4 && memcmp(text + t->end, "\342\200\231s", 4) == 0)))
      return 0;
  } else {
    if (i + 1 >= n || !spaces_between(text, t, &s->toks[i + 1])) return 0;
    size_t k = 0;
    while (k < sizeof after / sizeof after[0] && !tok_is(text, &s->toks[i + 1], after[k])) k++;
    if (k == sizeof after / sizeof after[0]) return 0;
  }
  mark_person(s, i, i + 1, 1);
  return 1;
}

static int rule_tags(const gz_names *nm, gzn_scratch *s, const char *text, size_t n,
                     size_t text_len) {
  int changed = (s->toks[0].flags & GZN_F_CAP) ? signoff_at(s, text, n, 0) : 0;
  if (n == 1 && (s->toks[0].flags & GZN_F_CAP)) changed |= last_name_at(s, text, text_len);
  for (size_t i = 0; i + 1 < n; i++) {
    /* each rule's first test on the tokens' flags and lengths, here, so that
     * most tokens cost no call */
    uint32_t f = s->toks[i].flags, g = s->toks[i + 1].flags;
    size_t len = s->toks[i].end - s->toks[i].start;
    if ((g & GZN_F_LOWER) && part_word(text, &s->toks[i + 1]))
      changed |= part_names_at(s, text, n, i);
    if (g & GZN_F_INITIAL) changed |= initial_names_at(s, text, n, i);
    if ((f & GZN_F_CAP) && (g & GZN_F_INITIAL) && strong_surname(&s->toks[i]))
      changed |= surname_initials_at(s, text, n, i);
    if (f & GZN_F_INITIAL) changed |= initials_age_at(s, text, n, i);
    if ((f & GZN_F_LOWER) && (g & GZN_F_INITIAL)) changed |= initials_and_at(s, text, n, i);
    /* fourteenth batch: an adjective of origin (-lı, -li, -lu, -lü) or a
     * role in lower case before a foreign name */
    if ((f & (GZN_F_LOWER | GZN_F_CAP)) && len >= 3 && i + 2 < n &&
        ((len >= 6 && (((f & GZN_F_LOWER) && (s->toks[i].gaz & GZN_G_TITLE)) ||
                       origin_end(text, &s->toks[i]))) ||
         ((f & g & GZN_F_CAP) && len <= 9 && nation_noun(text, &s->toks[i]))))
      changed |= origin_name_at(nm, s, text, n, i);
    /* fourteenth batch: "Su" or "Ay" right before a name the model found
     * begins it ("Su Kutlu", "Ay Tuğçe Kaplan") */
    if ((f & (GZN_F_CAP | GZN_F_ALLCAP)) && len == 2 && s->tags[i] == GZN_O &&
        s->tags[i + 1] == GZN_BPER && name_syllable(text, &s->toks[i]) &&
        spaces_between(text, &s->toks[i], &s->toks[i + 1])) {
      s->tags[i] = GZN_BPER;
      s->tags[i + 1] = GZN_IPER;
      s->prop[i] = s->prop[i + 1] ? s->prop[i + 1] : 1;
      changed = 1;
    }
    if ((f & GZN_F_ALLCAP) && ((f & GZN_F_SSTART) || i > 0))
      changed |= caps_surname_at(s, text, n, i);
    if ((f & GZN_F_QUOTE) && (g & GZN_F_CAP)) changed |= nickname_inside_at(s, text, n, i);
    if ((f & g & GZN_F_ALLCAP) && (s->toks[i].gaz & GZN_G_FIRST))
      changed |= caps_line_name_at(s, text, n, i);
    /* batch 24 and 26: a given name first on a line, perhaps after a list
     * number, or in lower case first in a chat's message */
    if (s->toks[i].gaz & GZN_G_FIRST) {
      if (len == 3 && (f & GZN_F_CAP) && text[s->toks[i].start] == 'B')
        changed |= english_ben_at(s, text, n, i); /* real-corpus classes (seventh session) */
      if ((f & (GZN_F_CAP | GZN_F_ALLCAP)) == GZN_F_CAP && (g & (GZN_F_CAP | GZN_F_ALLCAP)) &&
          ((f & GZN_F_NL) || i == 0 || (s->toks[i - 1].flags & (GZN_F_DIGIT | GZN_F_PUNCT)))) {
        changed |= given_caps_line_at(s, text, n, i);
        if (g & GZN_F_CAP) changed |= team_line_at(s, text, n, i);
      }
      if ((f & GZN_F_LOWER) && i > 0 &&
          (text[s->toks[i - 1].start] == ':' || (s->toks[i - 1].flags & GZN_F_HANDLE))) {
        int w = chat_lower_name(s, text, n, i);
        if (w) mark_person(s, i, i + (size_t)w, 1), changed = 1;
      }
    }
    if ((g & GZN_F_LOWER) && (f & (GZN_F_CAP | GZN_F_LOWER)) &&
        ((s->toks[i + 1].gaz & GZN_G_POSTTITLE) ||
         (((f & GZN_F_CAP) || (s->toks[i].gaz & GZN_G_FIRST)) &&
          honorific_case(text, &s->toks[i + 1]))))
      changed |= honorific_name_at(s, text, n, i);
    if ((f & GZN_F_LOWER) && (g & GZN_F_CAP) && len >= 3) changed |= kin_name_at(s, text, n, i);
    if ((g & GZN_F_CAP) && (f & GZN_F_WORD) && len >= 4 && (s->toks[i + 1].gaz & GZN_G_FIRST))
      changed |= tr_kin_name_at(s, text, n, i);
    if ((f & (GZN_F_CAP | GZN_F_CLOSE)) == (GZN_F_CAP | GZN_F_CLOSE))
      changed |= suffixed_given_at(s, text, n, i);
    if (i > 0 && len == 2 && text[s->toks[i].start] == 'a' && text[s->toks[i].start + 1] == 's')
      changed |= as_character_at(s, text, n, i); /* "as" (its first test) */
    if (i > 3 && len == 2 && text[s->toks[i].start] == 'o' && text[s->toks[i].start + 1] == 'f')
      changed |= role_of_at(s, text, n, i);
    if ((f & (GZN_F_LOWER | GZN_F_APOS)) && cue_shape(s, i)) changed |= cue_names_at(s, text, n, i);
    if ((f & (GZN_F_APOS | GZN_F_CAP)) == (GZN_F_APOS | GZN_F_CAP)) {
      changed |= place_pos_at(s, text, n, i);
      changed |= composer_at(s, text, n, i);
    }
    /* thirteenth batch: names in a table cell, in lower case before a
     * comma, with a particle */
    if ((f & (GZN_F_CAP | GZN_F_CAND)) == (GZN_F_CAP | GZN_F_CAND) &&
        (g & (GZN_F_CAP | GZN_F_ALLCAP)))
      changed |= cell_name_at(s, text, n, i);
    if ((f & GZN_F_LOWER) && (g & GZN_F_LOWER) && len >= 4) changed |= lower_pair_at(s, text, n, i);
    if ((f & GZN_F_CAP) && (g & GZN_F_LOWER) && (s->toks[i + 1].gaz & GZN_G_PARTICLE))
      changed |= particle_name_at(s, text, n, i);
    if ((f & g & GZN_F_CAP) && (s->toks[i + 1].morph & 15))
      changed |= given_surname_at(s, text, n, i);
    if ((f & g & GZN_F_CAP) && (s->toks[i].morph & 15)) changed |= surname_given_at(s, text, n, i);
    if ((f & (GZN_F_CAP | GZN_F_ALLCAP)) && (g & GZN_F_PUNCT)) {
      /* batch 24: "Dr Wang, Lei", "Moderator: Zhang, L." */
      if (!(f & GZN_F_ALLCAP) && i > 0 && text[s->toks[i + 1].start] == ',' &&
          ((s->toks[i - 1].gaz & GZN_G_TITLE) || text[s->toks[i - 1].start] == ':' ||
           text[s->toks[i - 1].start] == 'a' || text[s->toks[i - 1].start] == '&'))
        changed |= title_surname_comma_at(s, text, n, i);
      int c = cell_surname_first_at(s, text, n, i, text_len);
      /* nineteenth batch: a reference list's "Surname, I." */
      if (!c && i + 2 < n && (s->toks[i + 2].flags & GZN_F_INITIAL))
        c = citation_name_at(s, text, n, i);
      changed |= c;
      /* twenty-first batch: before a colon, an interview's speaker in
       * capitals that repeats a name, or a chat's speaker whose given name
       * is also a word ("Hope: will do", which the propagation leaves first
       * in a sentence); before a comma, "WILLIAMS, Grace", "Hall, Stuart
       * (1992)"; before a closing quotation mark, a nickname */
      char sign = text[s->toks[i + 1].start];
      if (sign == ':' && s->tags[i] == GZN_O &&
          (((f & GZN_F_ALLCAP) && caps_speaker(s, text, n, i)) ||
           (!(f & GZN_F_ALLCAP) &&
            (s->toks[i].gaz & (GZN_G_LCW | GZN_G_FIRST)) == (GZN_G_LCW | GZN_G_FIRST) &&
            s->toks[i].ncp >= 4 && lcw_speaker(nm, s, text, n, i)))) {
        mark_person(s, i, i + 1, 1);
        changed = 1;
      } else if (sign == ',' && i > 0 && (s->toks[i - 1].flags & GZN_F_QUOTE) &&
                 quoted_surname_given_at(s, text, n, i)) {
        changed = 1; /* real-corpus classes (seventh session) */
      } else if (sign == ',' && i + 2 < n &&
                 (s->toks[i + 2].flags & (GZN_F_CAP | GZN_F_ALLCAP)) == GZN_F_CAP &&
                 (s->toks[i + 2].gaz & GZN_G_FIRST)) {
        changed |= caps_comma_given_at(s, text, n, i);
      } else if ((g & GZN_F_QUOTE) && i + 2 < n && (s->toks[i + 2].flags & GZN_F_LOWER) &&
                 text[s->toks[i + 2].start] == 'l') {
        changed |= nickname_word_at(s, text, i + 1);
      }
    }
    if ((f & GZN_F_ALLCAP) && (g & GZN_F_PUNCT)) changed |= label_caps_comma_at(s, text, n, i);
    /* (a line-up's first player, one to three words, ends at a separator) */
    if ((f & GZN_F_PUNCT) && len == 1 && text[s->toks[i].start] == ':' && (g & GZN_F_CAP) &&
        i + 3 < n &&
        ((s->toks[i + 2].flags & GZN_F_PUNCT) || (s->toks[i + 3].flags & GZN_F_PUNCT) ||
         (i + 4 < n && (s->toks[i + 4].flags & GZN_F_PUNCT))) &&
        (formation_sep(s, text, n, i + 2) || formation_sep(s, text, n, i + 3) ||
         (i + 4 < n && formation_sep(s, text, n, i + 4)) || player_end(text, &s->toks[i + 2]) ||
         player_end(text, &s->toks[i + 3]) || (i + 4 < n && player_end(text, &s->toks[i + 4]))))
      changed |= lineup_at(s, text, n, i);
    if ((f & (GZN_F_CAP | GZN_F_ALLCAP)) && (g & GZN_F_CAP) && (s->toks[i].morph & 15))
      changed |= surname_before_given_at(s, text, n, i);
    if ((f & GZN_F_LOWER) && (s->toks[i].gaz & GZN_G_PATR) && (g & GZN_F_CAP))
      changed |= patronymic_split_at(s, n, i);
    if ((f & g & GZN_F_CAP) && (s->toks[i].gaz & GZN_G_LCW) && (s->toks[i].gaz & GZN_G_FIRST))
      changed |= common_given_at(s, text, n, i);
    if ((f & GZN_F_CAP) && (s->toks[i].morph & 15) == 9)
      changed |= slavic_surname_at(s, text, n, i);
  }
  return changed;
}

/* Whether some token of the sentence has a PERSON tag (B- or I-). */
static int has_person(const gzn_scratch *s, size_t n) {
  _Static_assert(GZN_IPER == GZN_BPER + 1, "B-PER and I-PER are adjacent");
  for (size_t i = 0; i < n; i++)
    if ((unsigned)s->tags[i] - GZN_BPER <= 1u) return 1;
  return 0;
}

/* Whether the token is "née" or "nee". */
static int nee_word(const char *text, const gzn_tok *t) {
  return tok_is(text, t, "n\303\251e") || tok_is(text, t, "nee");
}

/* Tags tokens that repeat a name found earlier in the document: a capitalised
 * word outside any entity (or alone as a LOCATION or ORGANIZATION that is not
 * a known place) whose skeleton matches a word of an earlier PERSON span. A
 * surname-shaped word (-ov, -zadə, -oğlu) tagged as a place right after a
 * name is the name's surname ("Xəyalə Cəfərova"). Words that match nothing
 * yet are kept for the look back at the end of the text. Returns whether
 * anything changed. */
static int propagate(gzn_scratch *s, const char *text, size_t n) {
  int changed = 0, lower = s->n_seen && lower_sentence(s, n);
  for (size_t i = 0; i < n; i++) {
    const gzn_tok *t = &s->toks[i];
    s->prop[i] = 0;
    if (!(t->flags & GZN_F_CAND)) {
      if (sstart_repeat(s, text, n, i)) {
        s->tags[i] = GZN_BPER;
        s->prop[i] = 1;
        changed = 1;
      } else if (lower && s->tags[i] == GZN_O && (t->flags & GZN_F_LOWER) &&
                 lower_repeat(s, text, n, i)) {
        /* twentieth batch: a name repeated in lower case ("buttigieg") */
        s->tags[i] = i > 0 && (s->tags[i - 1] == GZN_BPER || s->tags[i - 1] == GZN_IPER) &&
                             spaces_between(text, &s->toks[i - 1], t)
                         ? GZN_IPER
                         : GZN_BPER;
        s->prop[i] = 1;
        changed = 1;
        /* with a listed given name in lower case right before it ("sezen
         * aksu" after "Sezen Aksu") */
        const gzn_tok *p = i > 0 ? &s->toks[i - 1] : NULL;
        if (p && s->tags[i - 1] == GZN_O && s->tags[i] == GZN_BPER && (p->flags & GZN_F_LOWER) &&
            (p->gaz & GZN_G_FIRST) && p->ncp >= 3 &&
            !((p->gaz | (p->gaz >> 16)) & (GZN_G_TITLE | GZN_G_LOC | GZN_G_PARTICLE)) &&
            spaces_between(text, p, t)) {
          s->tags[i - 1] = GZN_BPER;
          s->tags[i] = GZN_IPER;
          s->prop[i - 1] = 1;
        }
      }
      continue;
    }
    if (!(t->flags & (GZN_F_CAP | GZN_F_ALLCAP)) || (t->flags & GZN_F_INITIAL)) continue;
    if (t->gaz & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_POSTTITLE | GZN_G_NAMED))
      continue;
    if ((t->flags & GZN_F_SSTART) && (t->gaz & GZN_G_LCW)) continue;
    int tg = s->tags[i];
    /* a repeated surname before the head word of an organisation, place or
     * prize names that thing ("the Ferrier Library" near "David Ferrier"),
     * and so does one after "Storm" or "HMS", or in a firm's name ("Harrow &
     * Finch") */
    if (tg != GZN_BPER && (head_next(s, text, n, i) || after_prething(s, text, i) ||
                           firm_amp(s, text, n, i, i + 1)))
      continue;
    int after_person = i > 0 && !(t->flags & GZN_F_NOI) &&
                       (s->tags[i - 1] == GZN_BPER || s->tags[i - 1] == GZN_IPER) &&
                       s->toks[i - 1].full_end + 1 == t->start && text[t->start - 1] == ' ';
    if (tg == GZN_BPER) {
      /* a given name before an honorific gets the confidence of a repeat */
      if (before_honorific(s, text, n, i)) s->prop[i] = 1;
      continue;
    }
    if (tg == GZN_BLOC || tg == GZN_BORG) {
      /* twenty-first batch: the second of two people joined by "and" */
      if (i > 1 && (s->toks[i - 1].flags & (GZN_F_LOWER | GZN_F_PUNCT)) &&
          coordinated_pair_at(s, text, n, i - 1)) {
        changed = 1;
        i++; /* its surname keeps the mark's confidence */
        continue;
      }
      /* a repeated name first in a two-word "place" whose second word is a
       * known place with a case suffix: "Kobaxidze Azərbaycanla" after
       * "İrakli Kobaxidzeni" is the person and the place */
      if (i + 1 < n && s->tags[i + 1] == tg + 1 && (i + 2 >= n || s->tags[i + 2] != tg + 1) &&
          s->n_seen && seen_match(s, t) && !(t->gaz & (GZN_G_LOC | (GZN_G_LOC << 16))) &&
          ((s->toks[i + 1].gaz >> 16) & GZN_G_LOC) && (s->toks[i + 1].flags & GZN_F_CAP) &&
          spaces_between(text, t, &s->toks[i + 1])) {
        s->tags[i] = GZN_BPER;
        s->tags[i + 1] = GZN_BLOC;
        s->prop[i] = 1;
        changed = 1;
        continue;
      }
      /* twentieth batch: a given name that is also a place, read as a
       * place or firm alone or with the honorific after it ("Oğuz Bey",
       * "Aydın Hanım") */
      if ((t->gaz & GZN_G_FIRST) && before_honorific(s, text, n, i) &&
          (i + 2 >= n || s->tags[i + 2] != tg + 1)) {
        s->tags[i] = GZN_BPER;
        if (i + 1 < n && s->tags[i + 1] == tg + 1) s->tags[i + 1] = GZN_O;
        s->prop[i] = 1;
        changed = 1;
        continue;
      }
      /* a one-word place or organisation that is not a known place */
      if (i + 1 < n && s->tags[i + 1] == tg + 1) continue;
      /* a given name that is also a place, in a list of names ("Günay,
       * Aydın, Ülvi") */
      if (coordinated_name(s, text, n, i)) {
        s->tags[i] = GZN_BPER;
        s->prop[i] = 1;
        changed = 1;
        continue;
      }
      /* a known place first in its sentence, bare (no suffix), that the
       * model read as a place or organisation may still be kept for the
       * look back: the headline "Hamilton fastest in final practice" before
       * "Lewis Hamilton" */
      int bare_lead = (t->flags & GZN_F_SSTART) && (t->flags & GZN_F_CAP) &&
                      !(t->flags & GZN_F_ALLCAP) && !(t->gaz & (GZN_G_LOC << 16));
      /* with an apostrophe suffix only as a repeat: "Bellingham's goal"
       * after "Jude Bellingham" (eleventh batch) */
      if (bare_lead && (t->flags & GZN_F_APOS) && !(s->n_seen && seen_match(s, t))) bare_lead = 0;
      if ((t->gaz & (GZN_G_LOC | (GZN_G_LOC << 16))) && !bare_lead) continue;
      int m = (int)(t->morph & 15);
      /* the surname right after a given name, even one read as having a
       * case suffix ("Xəyalə Cəfərova": "Xəyal" + "ə") */
      int surname =
          m >= 1 && m <= 3 && i > 0 && (s->tags[i - 1] == GZN_BPER || s->tags[i - 1] == GZN_IPER) &&
          spaces_between(text, &s->toks[i - 1], t) && t->start - s->toks[i - 1].full_end == 1;
      if (!surname && !(s->n_seen && seen_match(s, t)) && !before_honorific(s, text, n, i)) {
        /* kept for the look back: "Makron hökuməti" before "Emmanuel Makronun" */
        if (s->n_pend < PEND_CAP) {
          struct gzn_pend *p = &s->pend[s->n_pend++];
          p->tok = *t;
          p->sent = s->sent_no;
          p->entity = 1;
        }
        continue;
      }
      after_person |= surname;
    } else if (tg == GZN_O) {
      /* a following ORG/LOC span means this is part of it ("Əliyev Fondu") */
      if (i + 1 < n && (s->tags[i + 1] == GZN_IORG || s->tags[i + 1] == GZN_ILOC)) continue;
      /* a given name before an honorific ("Firəngiz xanım", "Ayşe Hanım") */
      if (before_honorific(s, text, n, i) || coordinated_name(s, text, n, i) ||
          line_speaker(s, text, n, i)) {
        s->tags[i] = GZN_BPER;
        s->prop[i] = 1;
        changed = 1;
        continue;
      }
      if (!s->n_seen || !seen_match(s, t)) {
        /* not before a head word in lower case that makes it the name of a
         * thing: "Gül bayramı" (the flower festival) before "Gül
         * Məmmədova" */
        if (i + 1 < n && (s->toks[i + 1].flags & GZN_F_LOWER) &&
            (s->toks[i + 1].gaz & (GZN_G_NAMED | GZN_G_LOCKW | GZN_G_ORGKW)) &&
            spaces_between(text, t, &s->toks[i + 1]) && !genitive_name(text, t))
          continue;
        /* nor a given name that is a word there ("Deniz kenarında" before
         * "Deniz Yılmaz", sixteenth batch) */
        if (word_name_phrase(s, text, n, i)) continue;
        /* nor the noun of a light verb, which the look back would bring
         * back past the span rule ("Ümid Cəfərli deyir: "Ümid edirik ki
         * ...", eighteenth batch) */
        if (i + 1 < n && light_verb(text, &s->toks[i + 1])) continue;
        if (s->n_pend < PEND_CAP) {
          struct gzn_pend *p = &s->pend[s->n_pend++];
          p->tok = *t;
          p->sent = s->sent_no;
          p->entity = 0;
        }
        continue;
      }
    } else {
      continue;
    }
    int prev_person = i > 0 && (s->tags[i - 1] == GZN_BPER || s->tags[i - 1] == GZN_IPER);
    /* a repeated surname after a name that already ends in a surname is
     * another person ("İlham Əliyev Kobaxidze ilə": "with Kobaxidze") */
    int other = tg == GZN_O && prev_person && (s->toks[i - 1].morph & 15) != 0;
    s->tags[i] = !other && ((after_person && !(t->flags & GZN_F_NOI)) ||
                            (tg == GZN_O && prev_person && !(t->flags & GZN_F_NOI)))
                     ? GZN_IPER
                     : GZN_BPER;
    s->prop[i] = other ? 2 : 1;
    changed = 1;
  }
  /* the next five rules, and the last two, each need a PERSON tag there
   * (B- or I-) to change anything, and make one only next to one: a
   * sentence without one (most) skips them */
  int per = has_person(s, n);
  for (size_t i = 1; per && i < n; i++) {
    const gzn_tok *t = &s->toks[i], *p = &s->toks[i - 1];
    if (s->tags[i] != GZN_IPER) continue;
    /* two surnames in a row are two people ("İlham Əliyev Kobaxidze ilə"):
     * -ov/-yev, -zadə, -oğlu, -ski, -dze/-shvili, -enko */
    if (strong_surname(p) && strong_surname(t)) {
      s->tags[i] = GZN_BPER;
      s->prop[i] = 3; /* not joined to the name before it */
      changed = 1;
      continue;
    }
    /* a common lower-case word ends a name that is capitalised before it
     * ("İlham Əliyev martın 14-də"), unless it is a particle, patronymic or
     * honorific */
    if ((i + 1 == n || s->tags[i + 1] != GZN_IPER) && (t->flags & GZN_F_LOWER) &&
        (p->flags & GZN_F_CAP) && !(t->morph & 15) &&
        !(t->gaz & (GZN_G_PARTICLE | GZN_G_PATR | GZN_G_POSTTITLE))) {
      s->tags[i] = GZN_O;
      changed = 1;
    }
  }
  /* two given names joined by a spaced "&", dash or slash inside one PERSON
   * span are two people ("Gizem & Onur", "Nurten – Ali Rıza Kocabaş") */
  for (size_t k = 1; per && k + 1 < n; k++) {
    const gzn_tok *j = &s->toks[k];
    if (s->tags[k] != GZN_IPER || !(j->flags & GZN_F_PUNCT) || !list_sign(text, j) ||
        !spaces_between(text, &s->toks[k - 1], j) || !spaces_between(text, j, &s->toks[k + 1]))
      continue;
    /* the sign ends the name before it when the model starts a new one
     * after it ("Nurten –" + "Ali Rıza Kocabaş") */
    if (s->tags[k + 1] == GZN_BPER) {
      s->tags[k] = GZN_O;
      changed = 1;
      continue;
    }
    /* nineteenth batch: a spaced en or em dash parts them when a given
     * name is on either side (a cast list's "Paul Mescal — Calum", "Zilha
     * — Ezgi Ekin"), a hyphen when both sides are */
    int fa = !!(s->toks[k - 1].gaz & GZN_G_FIRST), fb = !!(s->toks[k + 1].gaz & GZN_G_FIRST);
    if (s->tags[k + 1] != GZN_IPER || (j->end - j->start == 1 ? !(fa && fb) : !(fa || fb)))
      continue;
    s->tags[k] = GZN_O;
    s->tags[k + 1] = GZN_BPER;
    s->prop[k + 1] = 2; /* a name of its own, with the confidence of a repeat */
    changed = 1;
  }
  /* a known given name found alone, then one space and a capitalised word
   * the model left O (often a common word) that is not a title, place, head
   * word or proper noun: the surname ("Cemile Uçar", "Recep Sarı", "Tom
   * Cook") */
  for (size_t i = 1; per && i < n; i++) {
    const gzn_tok *t = &s->toks[i], *p = &s->toks[i - 1];
    uint32_t g = t->gaz | (t->gaz >> 16);
    if (s->tags[i] != GZN_O || s->tags[i - 1] != GZN_BPER || !(p->gaz & GZN_G_FIRST) ||
        (p->gaz & GZN_G_LCW) || (p->flags & (GZN_F_APOS | GZN_F_CLOSE | GZN_F_ALLCAP)) ||
        !(t->flags & GZN_F_CAND) || !(t->flags & GZN_F_CAP) ||
        (t->flags & (GZN_F_ALLCAP | GZN_F_INITIAL | GZN_F_SSTART | GZN_F_HANDLE)) || t->ncp < 3 ||
        (t->flags & GZN_F_STEMLCW) ||
        (g & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_LOC | GZN_G_POSTTITLE |
              GZN_G_PATR | GZN_G_PARTICLE | GZN_G_ORGSFX)) ||
        ((t->gaz & GZN_G_PROPER) && !(t->gaz & GZN_G_LAST)) || (t->gaz & GZN_G_PRETHING) ||
        t->start != p->full_end + 1 || text[p->full_end] != ' ' || head_next(s, text, n, i) ||
        (i + 1 < n && s->tags[i + 1] != GZN_O))
      continue;
    s->tags[i] = GZN_IPER;
    s->prop[i] = 1;
    changed = 1;
  }
  /* a patronymic word right after a name belongs to it, also with a case
   * suffix ("Quliyev Ramil Arif oğlunun") */
  for (size_t i = 1; per && i < n; i++) {
    const gzn_tok *t = &s->toks[i], *p = &s->toks[i - 1];
    if (s->tags[i] != GZN_O || (s->tags[i - 1] != GZN_BPER && s->tags[i - 1] != GZN_IPER) ||
        !(t->gaz & GZN_G_PATR) || !(p->flags & (GZN_F_CAP | GZN_F_ALLCAP)) ||
        (p->flags & (GZN_F_APOS | GZN_F_CLOSE)) || !spaces_between(text, p, t))
      continue;
    s->tags[i] = GZN_IPER;
    s->prop[i] = 1;
    changed = 1;
  }
  /* a name does not end in a lower-case particle: the capitalised word
   * after it that the model left O belongs to it ("Jacqueline du Pré") */
  for (size_t i = 1; per && i + 1 < n; i++) {
    const gzn_tok *t = &s->toks[i], *u = &s->toks[i + 1];
    if (s->tags[i] != GZN_IPER || s->tags[i + 1] != GZN_O || !(t->gaz & GZN_G_PARTICLE) ||
        !(t->flags & GZN_F_LOWER) || !(u->flags & GZN_F_CAP) ||
        (u->flags & (GZN_F_APOS | GZN_F_HANDLE)) ||
        ((u->gaz | (u->gaz >> 16)) & (GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED)) ||
        !spaces_between(text, t, u))
      continue;
    s->tags[i + 1] = GZN_IPER;
    s->prop[i + 1] = 1;
    changed = 1;
  }
  /* two capitalised words right after a title are a name when the first is
   * a given name or the second has a strong surname ending, even where both
   * are also common words ("Genel Başkanı Özgür Özel", "Başbakanı İrakli
   * Kobahidze") */
  for (size_t i = 1; i + 1 < n; i++) {
    const gzn_tok *t = &s->toks[i], *u = &s->toks[i + 1], *p = &s->toks[i - 1];
    if (s->tags[i] != GZN_O || s->tags[i + 1] != GZN_O || !(t->flags & GZN_F_CAND) ||
        !(u->flags & GZN_F_CAND) || !(p->gaz & GZN_G_TITLE) || (p->flags & GZN_F_APOS) ||
        !(t->flags & GZN_F_CAP) || !(u->flags & GZN_F_CAP) ||
        (t->flags & (GZN_F_APOS | GZN_F_CLOSE | GZN_F_ALLCAP)) || (u->flags & GZN_F_ALLCAP) ||
        !spaces_between(text, p, t) || !spaces_between(text, t, u))
      continue;
    uint32_t bad = GZN_G_TITLE | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_LOC |
                   GZN_G_POSTTITLE;
    if (((t->gaz | (t->gaz >> 16)) & bad) || ((u->gaz | (u->gaz >> 16)) & bad)) continue;
    /* twentieth batch: or both are words no list has (nor their stems),
     * before no other capitalised word but a known place with a case
     * suffix: a foreign name in Azerbaijani or Turkish spelling
     * ("prezidenti Qari Cons Bakıda") */
    int unknown = !t->gaz && !u->gaz && t->ncp >= 3 && u->ncp >= 3 &&
                  !(u->flags & (GZN_F_APOS | GZN_F_CLOSE)) && !genitive_noun(text, u) &&
                  !plural_noun(text, t) &&
                  (i + 2 >= n || !(s->toks[i + 2].flags & (GZN_F_CAP | GZN_F_ALLCAP)) ||
                   (s->toks[i + 2].gaz & (GZN_G_LOC << 16)));
    if (!(t->gaz & GZN_G_FIRST) && !strong_surname(u) && !unknown) continue;
    s->tags[i] = GZN_BPER;
    s->tags[i + 1] = GZN_IPER;
    s->prop[i] = s->prop[i + 1] = 1;
    changed = per = 1;
  }
  /* a capitalised word alone after "Mr", "Mrs", "Dr" or "née", left O by
   * the model, is a surname ("Mrs Hope", "née Bird"); after "Mr", "Mrs",
   * "Ms" or "Dr" also a title that is a name too ("Dr. King's letters",
   * "Mr Bishop") */
  for (size_t i = 1; i < n; i++) {
    const gzn_tok *t = &s->toks[i], *p = &s->toks[i - 1];
    /* twentieth batch: after "née" also a word in capitals or one the model
     * read as a place or firm alone ("HOLLOWAY (née BRIGGS)") */
    int nee = -1; /* not looked at yet */
    if (s->tags[i] != GZN_O &&
        ((s->tags[i] != GZN_BLOC && s->tags[i] != GZN_BORG) ||
         (i + 1 < n && s->tags[i + 1] == s->tags[i] + 1) || !(nee = nee_word(text, p))))
      continue;
    if (s->tags[i - 1] != GZN_O || !(t->flags & GZN_F_CAND) || !(t->flags & GZN_F_CAP) ||
        (t->flags & GZN_F_INITIAL) ||
        ((t->flags & GZN_F_ALLCAP) && (t->ncp < 3 || !(nee < 0 ? nee_word(text, p) : nee))) ||
        !courtesy(text, p))
      continue;
    uint32_t bad =
        GZN_G_TITLE | GZN_G_LOC | GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED | GZN_G_POSTTITLE;
    if (after_mr_dr(s, text, i)) bad &= ~GZN_G_TITLE;
    if (((t->gaz | (t->gaz >> 16)) & bad) || !spaces_between(text, p, t) ||
        (i + 1 < n && (s->toks[i + 1].flags & GZN_F_CAND) &&
         spaces_between(text, t, &s->toks[i + 1])) ||
        head_next(s, text, n, i))
      continue;
    s->tags[i] = GZN_BPER;
    s->prop[i] = 1;
    changed = per = 1;
  }
  /* a one-word nickname in quotation marks after a given name is part of
   * the name ("Beatrice \"Bea\" Simmons"): gzn_mark_candidates made only
   * such quotation marks candidates */
  /* (the two rules above set per when they make one) */
  for (size_t i = 1; per && i + 3 < n; i++) {
    if (!(s->toks[i].flags & GZN_F_QUOTE) || !(s->toks[i].flags & GZN_F_CAND) ||
        !(s->toks[i + 2].flags & GZN_F_QUOTE) || s->tags[i] != GZN_O ||
        (s->tags[i - 1] != GZN_BPER && s->tags[i - 1] != GZN_IPER) ||
        s->tags[i + 1] != GZN_BPER ||
        !(s->tags[i + 3] == GZN_BPER ||
          (s->tags[i + 3] == GZN_O && (s->toks[i + 3].flags & GZN_F_CAP) &&
           (s->toks[i + 3].gaz & GZN_G_LAST))))
      continue;
    for (size_t j = i; j <= i + 3; j++) {
      s->tags[j] = GZN_IPER;
      if (s->toks[j].flags & GZN_F_QUOTE) s->prop[j] = 1;
    }
    changed = 1;
  }
  /* a common lower-case word between capitalised words of one PERSON span
   * ends it ("Judge Helen Armstrong said Whitmore had"): names have only
   * particles and patronymic words in lower case there */
  for (size_t i = 1; per && i + 1 < n; i++) {
    const gzn_tok *t = &s->toks[i];
    if (s->tags[i] != GZN_IPER || s->tags[i + 1] != GZN_IPER || !(t->flags & GZN_F_LOWER) ||
        !(t->gaz & GZN_G_LCW) || (t->gaz & (GZN_G_PARTICLE | GZN_G_PATR)) ||
        !(s->toks[i - 1].flags & GZN_F_CAP) || !(s->toks[i + 1].flags & GZN_F_CAP))
      continue;
    s->tags[i] = GZN_O;
    s->tags[i + 1] = GZN_BPER;
    changed = 1;
  }
  changed |= pair_rules(s, text, n);
  return changed;
}

static int genitive_noun(const char *text, const gzn_tok *t);

/* Twenty-fifth batch: whether "adına" ("in the name of") before token j
 * is on a person's behalf: the sentence ends or a comma, a bracket, a
 * number follows ("Tuğba Yavuz adına)", "Murat Ekinci adına 4012883719
 * nolu sipariş"), or a word of a registration, an account, an order or an
 * appointment, perhaps after a bank's name ("adına kayıtlı hat", "adına
 * açılmış TR92 ...", "adına oluşturulmuştur", "adına saxta etibarnamə",
 * "adına Ziraat hesabı"). Otherwise it names a thing ("Heydər Əliyev adına
 * parkda", "Natəvan adına 2 saylı məktəb"). */
static int adina_person(const gzn_scratch *s, const char *text, size_t n, size_t j) {
  static const char *const stem[] = {
      "kay",   "qeyd",           "a\xc3\xa7\xc4\xb1l", "olu\xc5\x9f",    "randevu", "saxta",
      "hesab", "sipari\xc5\x9f", "d\xc3\xbczenlen",    "yaz\xc4\xb1lan", NULL};
  if (j >= n) return 1;
  const gzn_tok *t = &s->toks[j];
  /* a school's number names a thing: "Natəvan adına 2 saylı məktəb", "3
   * nömrəli", "12 numaralı" */
  if ((t->flags & GZN_F_DIGIT) && j + 1 < n &&
      (tok_is(text, &s->toks[j + 1], "sayl\xc4\xb1") ||
       tok_is(text, &s->toks[j + 1], "n\xc3\xb6mr\xc9\x99li") ||
       tok_is(text, &s->toks[j + 1], "numaral\xc4\xb1")))
    return 0;
  if ((t->flags & (GZN_F_PUNCT | GZN_F_DIGIT)) && !(t->flags & GZN_F_QUOTE)) return 1;
  if ((t->flags & GZN_F_CAP) && j + 1 < n) t = &s->toks[j + 1];
  if (!(t->flags & GZN_F_LOWER)) return 0;
  for (const char *const *w = stem; *w; w++) {
    size_t l = strlen(*w);
    if (t->end - t->start >= l && !memcmp(text + t->start, *w, l)) return 1;
  }
  return 0;
}

/* A PERSON span [a, b) followed by the head word of an organisation, place,
 * prize or building ("Heydər Əliyev Mərkəzi", "Atatürk Havalimanı", "Nizami
 * küçəsi", "Christopher Bland Prize", "Heydər Əliyev adına park"), possibly
 * after one or two more capitalised words that are not places ("James Webb
 * Space Telescope", "Leyla Gencer Şan Yarışması"), names that thing, not a
 * person. Returns the index of the head word, or 0. */
/* Batch 24 and 26: whether the PERSON span a..b, a surname with a strong
 * ending last, after a role or another word in lower case that reads as
 * Azerbaijani or Turkish (a Turkic possessive vowel last, a letter no
 * English word has, or a listed role), comes right before the model's
 * organisation or place of two words or more: a person before a body she or
 * he acts for, no thing named after her or him ("sədri Bahar Muradova
 * BMT-nin Uşaq Fondunun nümayəndəsi ilə", "vitse-prezident Mehriban Əliyeva
 * Heydər Əliyev Fondunun prezidenti kimi"; not "Bakıya Heydər Əliyev
 * Beynəlxalq Aeroportu ilə", "through Heydar Aliyev International
 * Airport"). */
static int person_before_body(const gzn_scratch *s, const char *text, size_t n, size_t a,
                              size_t b) {
  const gzn_tok *l = &s->toks[b - 1];
  if (a == 0 || b + 1 >= n || (s->tags[b] != GZN_BORG && s->tags[b] != GZN_BLOC) ||
      s->tags[b + 1] != s->tags[b] + 1 || !strong_surname(l) || (l->flags & GZN_F_APOS))
    return 0;
  const gzn_tok *p = &s->toks[a - 1];
  if (!(p->flags & GZN_F_LOWER) || !spaces_between(text, p, &s->toks[a])) return 0;
  if (p->gaz & GZN_G_TITLE) return 1;
  const unsigned char *e = (const unsigned char *)text + p->end;
  if (e[-1] == 'i' || e[-1] == 'u' || (e[-2] == 0xC4 && e[-1] == 0xB1) ||
      (e[-2] == 0xC3 && e[-1] == 0xBC))
    return 1;
  for (size_t x = p->start; x < p->end; x++)
    if ((unsigned char)text[x] >= 0x80) return 1;
  return 0;
}

static size_t named_after(const gz_names *nm, const gzn_scratch *s, const char *text, size_t n,
                          size_t b) {
  /* a name in the genitive owns what follows ("S. Vurğunun ev-muzeyi", "the
   * house-museum of S. Vurğun"): -nın/-nin/-nun/-nün, or -ın/-in/-un/-ün
   * where the stem is a known name */
  const gzn_tok *l = &s->toks[b - 1];
  const unsigned char *le = (const unsigned char *)text + l->end;
  size_t ln = l->end - l->start;
  if (ln >= 4 && !(l->flags & GZN_F_APOS) && le[-1] == 'n') {
    size_t vl = (le[-2] == 'i' || le[-2] == 'u')                                             ? 1
                : ((le[-3] == 0xC4 && le[-2] == 0xB1) || (le[-3] == 0xC3 && le[-2] == 0xBC)) ? 2
                                                                                             : 0;
    /* (twenty-third batch: also a surname with a strong ending the lists
     * lack, "Maqomayevin adını") */
    if (vl && ((l->flags & GZN_F_CLOSE) || le[-2 - (ptrdiff_t)vl] == 'n' || strong_surname(l)))
      return 0;
  }
  /* twenty-third batch: a name that ends with the patronymic word names a
   * person, not the thing after it ("sədri Əzizov Əhməd Cəfər oğlu Culfa
   * rayonunda": the district is where he received people) */
  if (l->gaz & GZN_G_PATR) return 0;
  int skipped = 0;
  for (size_t j = b, k = 0; j < n && k <= 2; j++, k++) {
    const gzn_tok *t = &s->toks[j], *p = &s->toks[j - 1];
    if ((p->flags & GZN_F_APOS) || !spaces_between(text, p, t)) return 0;
    /* a title in lower case after the name is part of the thing's name
     * before a head in lower case ("Cavad xan küçəsində", eleventh batch) */
    if (k == 0 && !skipped && (t->gaz & GZN_G_POSTTITLE) && (t->flags & GZN_F_LOWER) && j + 1 < n &&
        (s->toks[j + 1].flags & GZN_F_LOWER)) {
      skipped = 1;
      k = (size_t)-1; /* the word after it is looked at as the first */
      continue;
    }
    if (t->gaz & (GZN_G_POSTTITLE | GZN_G_TITLE)) return 0; /* "bəy" folds like "Bay" */
    uint32_t g = (t->gaz | (t->gaz >> 16)) & (GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED);
    /* batch 24: a compound head with a hyphen is named by its first part
     * ("the Tahir Salahov House-Museum") */
    if (!g && (t->flags & GZN_F_CAP) && !(t->gaz & (GZN_G_FIRST | GZN_G_LAST))) {
      const char *h = memchr(text + t->start, '-', t->end - t->start);
      if (h && h > text + t->start + 2 && h + 2 < text + t->end && h[1] >= 'A' && h[1] <= 'Z')
        g = gzn_word_bits(nm, text + t->start, (size_t)(h - text - t->start)) &
            (GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED);
    }
    if (g && (t->flags & (GZN_F_CAP | GZN_F_ALLCAP))) return j;
    /* a known place in the genitive starts another name: the thing is
     * the place's ("rektoru Ədalət Muradov Almaniyanın Mannheym
     * Universitetinin ...", eleventh batch) */
    if (((t->gaz >> 16) & GZN_G_LOC) && !(t->gaz & GZN_G_LOC) && genitive_noun(text, t)) return 0;
    /* lower-case words have no stem bits: "küçəsində" -> "küçəsi" */
    int from_stem = 0;
    if (!g && k == 0 && (t->flags & GZN_F_LOWER) && !(t->gaz & GZN_G_LCW)) {
      g = gzn_stem_bits(nm, text, t) & (GZN_G_LOCKW | GZN_G_NAMED);
      from_stem = g != 0;
    }
    /* twenty-fifth batch: "adına" on a person's behalf (adina_person) */
    if (g && k == 0 && (t->flags & GZN_F_LOWER) && tok_is(text, t, "ad\xc4\xb1na") &&
        adina_person(s, text, n, j + 1))
      return 0;
    if (g && k == 0 && (t->flags & GZN_F_LOWER)) {
      /* lower-case heads: Azerbaijani/Turkish compounds ending in -ı/-i/-u/-ü
       * ("küçəsi", "prospekti", "parkı") or with a case suffix
       * ("küçəsində"), abbreviations ("küç."), "adına"; never an English
       * word ("state", "park") */
      const unsigned char *e = (const unsigned char *)text + t->end;
      int turkic = e[-1] == 'i' || e[-1] == 'u' || (e[-2] == 0xC4 && e[-1] == 0xB1) ||
                   (e[-2] == 0xC3 && e[-1] == 0xBC);
      int ascii = 1;
      for (size_t x = t->start; x < t->end; x++) ascii &= (unsigned char)text[x] < 0x80;
      return turkic || from_stem || !ascii || (t->flags & GZN_F_ABBR) ? j : 0;
    }
    if (!(t->flags & (GZN_F_CAP | GZN_F_ALLCAP)) || (t->flags & GZN_F_INITIAL) ||
        (t->gaz & (GZN_G_LOC | GZN_G_TITLE)))
      return 0;
  }
  return 0;
}

/* Whether the token is a capitalised word in the genitive after a vowel
 * (-nın/-nin/-nun/-nün) that is not a known name: "Xəstənin", "Müəllimənin". */
/* Batch 24: whether the capitalised token is a listed name with the
 * genitive written on it (-ın/-in/-un/-ün, -nın/-nin/-nun/-nün), which
 * owns the head after it: the thing is the person's, the name a person
 * ("Vaqifin məqbərəsi", "Vaqif's mausoleum"). */
static int genitive_name(const char *text, const gzn_tok *t) {
  const unsigned char *e = (const unsigned char *)text + t->end;
  if (t->end - t->start < 4 || (t->flags & (GZN_F_APOS | GZN_F_ALLCAP)) ||
      !(t->flags & GZN_F_CAP) || !(t->flags & GZN_F_CLOSE) ||
      !((t->gaz >> 16) & (GZN_G_FIRST | GZN_G_LAST)) || e[-1] != 'n')
    return 0;
  return e[-2] == 'i' || e[-2] == 'u' || (e[-3] == 0xC4 && e[-2] == 0xB1) ||
         (e[-3] == 0xC3 && e[-2] == 0xBC);
}

static int genitive_noun(const char *text, const gzn_tok *t) {
  const unsigned char *e = (const unsigned char *)text + t->end;
  size_t len = t->end - t->start;
  if (len < 6 || (t->flags & GZN_F_APOS) || !(t->flags & GZN_F_CAP) ||
      ((t->gaz | (t->gaz >> 16)) & (GZN_G_FIRST | GZN_G_LAST)) || e[-1] != 'n')
    return 0;
  size_t vl = (e[-2] == 'i' || e[-2] == 'u')                                          ? 1
              : ((e[-3] == 0xC4 && e[-2] == 0xB1) || (e[-3] == 0xC3 && e[-2] == 0xBC)) ? 2
                                                                                       : 0;
  return vl && e[-2 - (ptrdiff_t)vl] == 'n';
}

/* Puts the findings out->v[from..n) (few, themselves ordered) among the
 * text's findings out->v[n0..from) by start offset, then drops any that
 * overlaps the one before it, so that the findings from n0 on are ordered
 * and disjoint. */
static void insert_new_findings(gz_findings *out, size_t n0, size_t from) {
  if (out->n == from) return;
  for (size_t i = from; i < out->n; i++) {
    gizli_finding f = out->v[i];
    size_t j = i;
    while (j > n0 && out->v[j - 1].start > f.start) {
      out->v[j] = out->v[j - 1];
      j--;
    }
    out->v[j] = f;
  }
  size_t k = n0;
  for (size_t i = n0; i < out->n; i++)
    if (k == n0 || out->v[i].start >= out->v[k - 1].end) out->v[k++] = out->v[i];
  out->n = k;
}

/* The look back at the end of a text: capitalised words left O before a name
 * was found that repeat a word of it become PERSON; two of them one space
 * apart are one name. */
static int look_back(gzn_scratch *s, const char *text, gz_findings *out, size_t n0) {
  if (!s->n_seen) return GIZLI_OK;
  size_t n_before = out->n;
  /* the confidence propagated words get (marginal 0.75, see below) */
  float conf = powf(0.75f, GZN_CONF_GAMMA);
  size_t prev_end = SIZE_MAX, prev_i = SIZE_MAX;
  for (size_t i = 0; i < s->n_pend; i++) {
    const struct gzn_pend *p = &s->pend[i];
    if (!seen_match_later(s, &p->tok, p->sent)) continue;
    size_t ps = p->tok.start, pe = p->tok.end;
    /* ---- real-corpus classes (sixth session) ---- */
    /* the pronoun "I" repeats no name ("Charles I" later in the text) */
    if (pe == ps + 1 && text[ps] == 'I') continue;
    if (p->entity) {
      /* a one-word place or organisation the model found: it becomes the
       * person (when it was reported as it stands) */
      for (size_t j = n0; j < n_before; j++)
        if (out->v[j].start == ps && out->v[j].end == pe && out->v[j].type != GIZLI_T_PERSON) {
          out->v[j].type = GIZLI_T_PERSON;
          if (out->v[j].score < conf) out->v[j].score = conf;
          break;
        }
      continue;
    }
    if (prev_i != SIZE_MAX && out->n > 0 && prev_end + 1 == ps && text[prev_end] == ' ' &&
        out->v[out->n - 1].end == prev_end && pe - out->v[out->n - 1].start <= GZN_MAX_SPAN_BYTES) {
      out->v[out->n - 1].end = pe;
    } else {
      int rc = gz_findings_push(out, ps, pe, GIZLI_T_PERSON, conf, 0);
      if (rc) return rc;
    }
    prev_end = pe;
    prev_i = i;
  }
  /* keep the findings of the text ordered and disjoint */
  insert_new_findings(out, n0, n_before);
  return GIZLI_OK;
}

/* The upper-case letter at text[p] (ASCII, or a capital of Azerbaijani or
 * Turkish: Ç Ö Ü Ş Ğ İ Ə) as a code, and its length in *w; 0 if none. */
static unsigned upper_at(const char *text, size_t len, size_t p, size_t *w) {
  const unsigned char *c = (const unsigned char *)text + p;
  if (p < len && c[0] >= 'A' && c[0] <= 'Z') return *w = 1, c[0];
  if (p + 1 >= len) return 0;
  unsigned v = (unsigned)c[0] << 8 | c[1];
  if (v == 0xC387 || v == 0xC396 || v == 0xC39C || v == 0xC59E || v == 0xC49E || v == 0xC4B0 ||
      v == 0xC68F)
    return *w = 2, v;
  return 0;
}

/* Nineteenth batch: an interview's speaker label of initials first on its
 * line, two or three capitals each with or without a period, then ": "
 * ("K.A.: ...", "AK: ...", "Ö.Ç.: ..."), is a person when its letters are
 * the first letters of the first and last words (and the middle one for
 * three) of a person found in the same text ("Ayfer Tunç" ... "A.T.:"): a
 * transcript abbreviates its speakers. Adds those labels to the findings
 * of this text (from n0), kept ordered and disjoint. */
static int speaker_initials(const char *text, size_t len, gz_findings *out, size_t n0) {
  size_t n_end = out->n, people = 0;
  for (size_t j = n0; j < n_end; j++) people += out->v[j].type == GIZLI_T_PERSON;
  if (!people) return GIZLI_OK;
  float conf = powf(0.75f, GZN_CONF_GAMMA);
  for (size_t p = 0; p < len;) {
    const char *nl = memchr(text + p, '\n', len - p);
    size_t e = nl ? (size_t)(nl - text) : len, q = p, w = 0;
    unsigned ini[3];
    int k = 0, dots = 0;
    while (k < 3 && q < e && (ini[k] = upper_at(text, e, q, &w))) {
      q += w;
      k++;
      if (q < e && text[q] == '.') q++, dots++;
    }
    int ok =
        k >= 2 && (dots == 0 || dots == k) && q + 1 < e && text[q] == ':' && text[q + 1] == ' ';
    for (size_t j = n0; ok && j < n_end; j++) {
      const gizli_finding *f = &out->v[j];
      if (f->type != GIZLI_T_PERSON) continue;
      unsigned first[8];
      int nw = 0;
      for (size_t x = f->start; x < f->end && nw < 8; x++)
        if (x == f->start || text[x - 1] == ' ') {
          size_t ww;
          unsigned u = upper_at(text, f->end, x, &ww);
          if (!u) {
            nw = 0;
            break;
          }
          first[nw++] = u;
        }
      if (nw < k || first[0] != ini[0] || first[nw - 1] != ini[k - 1] ||
          (k == 3 && first[1] != ini[1]))
        continue;
      int rc = gz_findings_push(out, p, q, GIZLI_T_PERSON, conf, 0);
      if (rc) return rc;
      break;
    }
    p = e + 1;
  }
  /* the labels among the others by start offset, none overlapping one */
  insert_new_findings(out, n0, n_end);
  return GIZLI_OK;
}

/* ---- real-corpus classes (sixth session) ---- */
/* The first classes of errors on the public corpora's dev splits (the
 * names web set has few of them): a leader's name before "administration",
 * which the model reads as part of an organisation or as a place ("the
 * Bush administration", "the Davis Administration"), and the pronoun "I"
 * read as a name or as a regnal number after one ("Dan I for one ...",
 * "I 've never been ..."). */

/* The end of the PERSON span that an ORGANIZATION or LOCATION span [a, b)
 * holds when it is a name before "administration" or "presidency", or 0:
 * one capitalised word that is a listed name or no place, a brand or a
 * head word, before such a word in lower case ("the Bush administration")
 * or, after "the", before "Administration" inside the span ("the Davis
 * Administration"; not "the Drug Administration": a listed name only). */
static size_t admin_person(const gzn_scratch *s, const char *text, size_t n, size_t a, size_t b) {
  const gzn_tok *t = &s->toks[a];
  uint32_t g = t->gaz | (t->gaz >> 16);
  if (!(t->flags & GZN_F_CAP) || (t->flags & (GZN_F_ALLCAP | GZN_F_APOS | GZN_F_INITIAL)) ||
      t->ncp < 3 || (g & (GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_BRAND | GZN_G_TITLE | GZN_G_NAMED)))
    return 0;
  int name = (t->gaz & (GZN_G_FIRST | GZN_G_LAST)) || (s->n_seen && seen_match(s, t));
  if (b == a + 1 && b < n && (name || !(g & GZN_G_LOC)) && spaces_between(text, t, &s->toks[b]) &&
      (tok_is(text, &s->toks[b], "administration") || tok_is(text, &s->toks[b], "presidency")))
    return b;
  if (b == a + 2 && name && a > 0 &&
      (tok_is(text, &s->toks[a - 1], "the") || tok_is(text, &s->toks[a - 1], "The")) &&
      tok_is(text, &s->toks[a + 1], "Administration") && spaces_between(text, t, &s->toks[a + 1]))
    return a + 1;
  return 0;
}

/* Whether token a, first in its sentence and before a word in lower case,
 * is an English plural of a role or common noun that the model read as a
 * name ("Forecasters said ...", "Prosecutors said ...", "Organisers
 * said ..."): no list has the word, and its singular (without "s" or "es")
 * is a listed role or common word that is no name, or, unlisted, ends in
 * "-er", "-or", "-ist" or "-ian" ("Sanders" and "Myers" are listed
 * names). */
static int plural_role(const gz_names *nm, const gzn_scratch *s, const char *text, size_t n,
                       size_t a) {
  const gzn_tok *t = &s->toks[a];
  size_t len = t->end - t->start;
  const char *w = text + t->start;
  if (!(t->flags & GZN_F_SSTART) || !(t->flags & GZN_F_CAP) ||
      (t->flags & (GZN_F_ALLCAP | GZN_F_APOS)) || len < 6 || len >= 64 || w[len - 1] != 's' ||
      a + 1 >= n || !(s->toks[a + 1].flags & GZN_F_LOWER) || (t->gaz & 0xffffu) || s->prop[a] ||
      (s->n_seen && seen_match(s, t)))
    return 0;
  for (size_t k = 0; k < len; k++)
    if ((unsigned char)w[k] >= 0x80) return 0; /* English words only */
  const uint32_t name = GZN_G_FIRST | GZN_G_LAST | GZN_G_LOC | GZN_G_PROPER;
  for (size_t cut = 1; cut <= 2; cut++) {
    if (cut == 2 && w[len - 2] != 'e') break;
    uint32_t g = gzn_word_bits(nm, w, len - cut) & 0xffffu;
    if (g & name) return 0;
    if (g & (GZN_G_TITLE | GZN_G_LCW)) return 1;
  }
  static const char *const ends[] = {"ers", "ors", "ists", "ians"};
  for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
    size_t m = strlen(ends[k]);
    if (len > m + 2 && memcmp(w + len - m, ends[k], m) == 0) return 1;
  }
  return 0;
}

/* Whether token i is the pronoun "I": the capital letter alone, perhaps
 * with a contraction ("I've", "I'm"), or before one written apart ("I 'm")
 * or before a verb or word that follows the pronoun (not "was", "had": a
 * regnal number, "Elizabeth I was ..."). */
static int pronoun_i(const gzn_scratch *s, const char *text, size_t n, size_t i) {
  static const char *const after[] = {"'m",
                                      "'ve",
                                      "'ll",
                                      "'d",
                                      "\342\200\231m",
                                      "\342\200\231ve",
                                      "\342\200\231ll",
                                      "\342\200\231d",
                                      "am",
                                      "have",
                                      "think",
                                      "know",
                                      "for",
                                      "will",
                                      "would",
                                      "can",
                                      "just",
                                      "do",
                                      "feel",
                                      "hope",
                                      "guess",
                                      "love",
                                      "mean",
                                      "need",
                                      "want",
                                      "really",
                                      "also",
                                      "don't",
                                      "can't",
                                      "won't",
                                      "dont",
                                      "cant"};
  const gzn_tok *t = &s->toks[i];
  if (t->end != t->start + 1 || text[t->start] != 'I') return 0;
  if (t->full_end > t->end) {
    size_t k = t->full_end - t->end;
    const char *x = text + t->end;
    for (const char *const *w = after; w < after + 8; w++)
      if (strlen(*w) == k && memcmp(*w, x, k) == 0) return 1;
    return 0;
  }
  if (i + 1 >= n) return 0;
  for (size_t w = 0; w < sizeof after / sizeof after[0]; w++)
    if (tok_is(text, &s->toks[i + 1], after[w])) return 1;
  return 0;
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
  s->n_pend = 0;
  s->sent_no = 0;
  size_t n0 = out->n; /* findings of this text start here */
  while ((n = gzn_next_sentence_wc(nm, &s->wc, text, len, &pos, s->toks, GZN_MAX_SENT)) > 0) {
    s->sent_no++;
    /* a sentence without candidates has no names, unless its first word
     * repeats a name found earlier (see sstart_repeat) */
    /* twentieth batch: words of a sentence in lower case for the look back */
    if (s->n_pend < PEND_CAP && lower_sentence(s, n)) lower_pend(s, text, n);
    if (!gzn_mark_candidates(s->toks, n) &&
        !(s->n_seen && (s->toks[0].flags & GZN_F_CAP) &&
          ((s->toks[0].flags & GZN_F_APOS) || (n > 1 && text[s->toks[0].end] == ','))) &&
        !(s->n_seen && any_lower_repeat(s, text, n)) && !chat_lower_any(s, text, n))
      continue;
    /* tokens inside pattern findings (e-mails, handles, URLs) are not names;
     * when the first finding that ends after the sentence's start begins
     * after its last token, that finding stays the current one for every
     * token and overlaps none, and the loop is skipped */
    while (si < n_st && st[si].end <= s->toks[0].start) si++;
    if (si < n_st && st[si].start < s->toks[n - 1].full_end)
      for (size_t i = 0; i < n && si < n_st; i++) {
        gzn_tok *t = &s->toks[i];
        while (si < n_st && st[si].end <= t->start) si++;
        if (si < n_st && st[si].start < t->full_end) t->flags &= ~GZN_F_CAND;
      }
    emissions(nm, s, n);
    viterbi(h->trans, s, n);
    int any = propagate(s, text, n);
    any |= rule_tags(nm, s, text, n, len);
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
      /* sixteenth batch: a role before a name the model read as a place or
       * a firm, or two given names with the first left O (tested at the
       * start of a span, which costs nothing per token) */
      if (tg == GZN_BPER) {
        if (i > 0 && (s->toks[i - 1].flags & GZN_F_CAP) && (s->toks[i - 1].gaz & GZN_G_FIRST) &&
            double_given_at(s, text, n, i - 1))
          tg = s->tags[--i];
      } else if (i + 2 < n && ((s->toks[i].gaz | (s->toks[i].gaz >> 16)) & GZN_G_TITLE) &&
                 role_entity_at(s, text, n, i)) {
        tg = s->tags[++i];
      } else if (i > 0 && i + 1 < n &&
                 ((s->toks[i - 1].gaz | (s->toks[i - 1].gaz >> 16)) & GZN_G_TITLE) &&
                 role_entity_at(s, text, n, i - 1)) {
        tg = s->tags[i];
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
      /* ---- real-corpus classes (sixth session) ---- */
      /* a name before "administration" is a person ("the Bush
       * administration"); the pronoun "I" is no name, nor part of one
       * ("Dan I for one ...") */
      int admin = 0; /* a PERSON span before "Administration": no head word */
      if (type != GIZLI_T_PERSON) {
        size_t k = admin_person(s, text, n, a, b);
        if (k) {
          type = GIZLI_T_PERSON;
          tg = GZN_BPER;
          b = k;
        }
      } else {
        if (b - a >= 2 && pronoun_i(s, text, n, b - 1)) b--;
        if (b - a == 1 && s->toks[a].end == s->toks[a].start + 1 && text[s->toks[a].start] == 'I')
          continue;
        admin = b - a == 1 && b < n && admin_person(s, text, n, a, b + 1) == b;
        if (b - a == 1 && plural_role(nm, s, text, n, a)) continue;
      }
      /* thirteenth batch: a table's "|", a tab or three spaces or more end
       * a name ("1 | Məhəmməd Əlizadə | Bakı, ...", "Surname: KOWALSKI
       * Forename(s): ...") */
      if (type == GIZLI_T_PERSON)
        for (size_t k = a + 1; k < b; k++)
          if (tok_is(text, &s->toks[k], "|") ||
              memchr(text + s->toks[k - 1].full_end, '\t',
                     s->toks[k].start - s->toks[k - 1].full_end) ||
              s->toks[k].start - s->toks[k - 1].full_end >= 3) {
            b = k;
            break;
          }
      /* eleventh batch (names web set): a role in lower case inside a
       * PERSON span separates two people ("Novruzov Mübariz qonşusu Vəliyev
       * Rasimin", "... his neighbour Vəliyev Rasim"): the span ends before
       * it and the words after it are a span of their own */
      /* eighteenth batch: so does any word in lower case of three letters
       * or more that no list has as a name ("Aliyev thanked Erdogan",
       * "Mirvari Həmzəyeva ifadəsində Səfərovun": "in her statement") */
      if (type == GIZLI_T_PERSON)
        for (size_t k = a + 1; k + 1 < b; k++)
          if ((s->toks[k].flags & GZN_F_LOWER) &&
              ((s->toks[k].gaz & GZN_G_TITLE) ||
               (!(s->toks[k].gaz & (GZN_G_FIRST | GZN_G_LAST)) && s->toks[k].ncp >= 3)) &&
              !(s->toks[k].gaz & (GZN_G_PARTICLE | GZN_G_PATR | GZN_G_POSTTITLE)) &&
              (s->toks[k + 1].flags & GZN_F_CAP) && (s->toks[k - 1].flags & GZN_F_CAP)) {
            s->tags[k] = GZN_O;
            s->tags[k + 1] = GZN_BPER;
            b = k;
            i = k + 1;
            break;
          }
      /* twelfth batch (names web set): the Turkish "de"/"da" ("also")
       * after a given name and a listed surname (batch 24: or one of a
       * surname's shape, "Mustafa Masatlı da Kader'e"), before a capitalised word
       * with a Turkish suffix after an apostrophe, joins two people
       * ("Mehmet Şimşek de Karahan'ın açıklamalarını destekledi"); one word
       * before it is a name with the particle ("Ana de Armas'ın") */
      if (type == GIZLI_T_PERSON)
        for (size_t k = a + 2; k + 1 < b; k++)
          if ((tok_is(text, &s->toks[k], "de") || tok_is(text, &s->toks[k], "da")) &&
              ((s->toks[k - 1].gaz & GZN_G_LAST) || (s->toks[k - 1].morph & 15)) &&
              (s->toks[k - 2].gaz & GZN_G_FIRST) && (s->toks[k - 1].flags & GZN_F_CAP) &&
              (s->toks[k + 1].flags & GZN_F_APOS) && (s->toks[k + 1].flags & GZN_F_CAP) &&
              k + 2 == b && text[s->toks[k + 1].full_end - 1] != 's') {
            s->tags[k] = GZN_O;
            s->tags[k + 1] = GZN_BPER;
            s->prop[k + 1] = 1;
            b = k;
            i = k + 1;
            break;
          }
      /* a surname in capitals first on its line that the model found alone
       * (also one that is a place name too: "HENDERSON"), a comma, then
       * given names it found: one name ("HENDERSON, Craig Thomas", "PATEL,
       * Anjali" of a court list or death notice) */
      if (tg == GZN_BPER && a == 0 && b == 1 && n > 2 && s->tags[1] == GZN_O &&
          s->tags[2] == GZN_BPER && (s->toks[0].flags & GZN_F_ALLCAP) && s->toks[0].ncp >= 3 &&
          (s->toks[0].start == 0 || text[s->toks[0].start - 1] == '\n') &&
          s->toks[1].start == s->toks[0].full_end && s->toks[1].end == s->toks[1].start + 1 &&
          text[s->toks[1].start] == ',' && (s->toks[2].gaz & GZN_G_FIRST) &&
          spaces_between(text, &s->toks[1], &s->toks[2])) {
        b = 3;
        while (b < n && s->tags[b] == GZN_IPER) b++;
        i = b;
      }
      /* twentieth batch: a plural noun with the possessive first in a span
       * that no list has as a name is outside it ("Qolları Juninyo vurub":
       * "his goals") */
      if (type == GIZLI_T_PERSON && b - a >= 2 && (s->toks[a].flags & GZN_F_CAP) &&
          !(s->toks[a].gaz & (GZN_G_FIRST | GZN_G_LAST)) && !strong_surname(&s->toks[a]) &&
          plural_noun(text, &s->toks[a]) > 1 && spaces_between(text, &s->toks[a], &s->toks[a + 1]))
        a++;
      /* batch 24: a role or title after a given name is outside the span,
       * as Turkish writes a rank after the name ("Polis memuru Cem
       * Komiser'in ifadesine göre", gold "[[İbrahim]] Paşa") */
      if (type == GIZLI_T_PERSON && b - a >= 2 && (s->toks[b - 1].flags & GZN_F_CAP) &&
          (s->toks[b - 1].gaz & GZN_G_TITLE) &&
          !(s->toks[b - 1].gaz & (GZN_G_FIRST | GZN_G_LAST)) &&
          (s->toks[b - 2].gaz & GZN_G_FIRST) && !(s->toks[b - 2].gaz & GZN_G_TITLE) &&
          (s->toks[b - 1].flags & GZN_F_APOS)) {
        b--;
        if (i > b + 1) i = b + 1;
      }
      /* titles and honorifics stay outside the span; a title that is also a
       * given name ("King", "Prince", "Gazi") only when it is a title first
       * (lexicon kind htitle) or follows one ("Ulu Önder") */
      int trimmed = a > 0 && (s->toks[a - 1].gaz & GZN_G_HTITLE) &&
                    (s->toks[a - 1].flags & GZN_F_CAP) &&
                    spaces_between(text, &s->toks[a - 1], &s->toks[a]);
      /* a common noun in the genitive before "qızı"/"oğlu" is not a
       * father's name: "Xəstənin qızı Lamiyə" ("the patient's daughter
       * Lamiyə"); a patronymic has the father's name in the nominative */
      if (type == GIZLI_T_PERSON && b - a >= 3 && (s->toks[a + 1].gaz & GZN_G_PATR) &&
          genitive_noun(text, &s->toks[a]))
        a += 2;
      for (; b - a > 1 && ((s->toks[a].gaz & GZN_G_TITLE) ||
                           (type == GIZLI_T_PERSON && lead_common(&s->toks[a]) &&
                            (s->toks[a + 1].gaz & GZN_G_TITLE)));
           trimmed = 1) {
        uint32_t g = s->toks[a].gaz;
        if ((g & GZN_G_FIRST) && !(g & GZN_G_HTITLE) && !trimmed) break;
        /* twenty-third batch: a title that is also a given name, before a
         * surname alone, is the given name ("Hacı Əliyev", but "Hacı Şahin
         * Həsənli", "Haji Rafiq Mohammed Mirza") */
        if ((g & GZN_G_FIRST) && !trimmed && b - a == 2 && strong_surname(&s->toks[a + 1]) &&
            !(s->toks[a + 1].gaz & GZN_G_FIRST))
          break;
        a++;
      }
      /* what is left is only a title: "Ulu [Önder]", a headline "King opens",
       * "the [Turkish] presidency" (a title that is not also a name) */
      if (type == GIZLI_T_PERSON && b - a == 1 && (s->toks[a].gaz & GZN_G_TITLE) &&
          (trimmed || (s->toks[a].gaz & GZN_G_HTITLE) ||
           !(s->toks[a].gaz & (GZN_G_FIRST | GZN_G_LAST))) &&
          !after_mr_dr(s, text, a))
        continue;
      /* a title inside the span cuts off what comes before it: "Milli
       * Məclisin Sədri Sahibə Qafarova", "Turkish President Recep Tayyip
       * Erdogan"; not a nickname in quotation marks (Damon "Dame" Dash); a
       * title that is also a given name only after a word that is no name
       * ("Məclisin Sədri", but "Ahmet Sadri Yılmaz") */
      if (type == GIZLI_T_PERSON)
        for (size_t k = b; k-- > a + 1;)
          if (inner_title(&s->toks[k]) && !(s->toks[k - 1].flags & GZN_F_QUOTE) &&
              (k + 1 == n || !(s->toks[k + 1].flags & GZN_F_QUOTE)) &&
              ((!(s->toks[k].gaz & (GZN_G_FIRST | GZN_G_LAST)) && k + 1 < b) ||
               !(s->toks[k - 1].gaz & (GZN_G_FIRST | GZN_G_LAST)))) {
            a = k + 1;
            trimmed = 1;
            break;
          }
      /* nothing is left after the title (a title last counts only after a
       * word that is no name): "Məclisin Sədri" + "Sahibə Qafarova" tagged as
       * two spans */
      if (a == b) continue;
      /* a surname alone after "Dr", "Mr" or "Ms" first on its line, a comma
       * and one more word the model found alone, then a comma or the end of
       * the line: a staff list's "Surname, Given" ("Dr Chen, Wei, Lecturer
       * in ...") */
      if (tg == GZN_BPER && b == a + 1 && b == i && a > 0 && b + 2 <= n && s->tags[b] == GZN_O &&
          s->tags[b + 1] == GZN_BPER && (b + 2 == n || s->tags[b + 2] != GZN_IPER) &&
          courtesy(text, &s->toks[a - 1]) && spaces_between(text, &s->toks[a - 1], &s->toks[a]) &&
          (s->toks[a - 1].start == 0 || text[s->toks[a - 1].start - 1] == '\n') &&
          tok_is(text, &s->toks[b], ",") && s->toks[b].start == s->toks[a].full_end &&
          spaces_between(text, &s->toks[b], &s->toks[b + 1]) &&
          !(s->toks[b + 1].flags & (GZN_F_ALLCAP | GZN_F_APOS)) &&
          (b + 2 == n || tok_is(text, &s->toks[b + 2], ",") || (s->toks[b + 2].flags & GZN_F_NL))) {
        b += 2;
        i = b;
      }
      /* an adjective of nationality before a name is outside it ("American
       * Jane Doe", "Kenyan Faith Kipyegon") */
      if (type == GIZLI_T_PERSON && b - a >= 2 && nationality(text, &s->toks[a]) &&
          (s->toks[a + 1].flags & GZN_F_CAP) &&
          (b - a >= 3 || (s->toks[a + 1].gaz & (GZN_G_FIRST | GZN_G_LAST))))
        a++;
      /* nineteenth batch: an office in the dative, perhaps after its place,
       * before a name is outside it ("Van Valiliğine Ozan Balcı"); alone it
       * is no name */
      if (type == GIZLI_T_PERSON && b - a >= 3 && office_dative(text, &s->toks[a + 1])) a += 2;
      if (type == GIZLI_T_PERSON && office_dative(text, &s->toks[a]) && ++a == b) continue;
      /* a sentence-initial noun with the locative before a name is outside
       * it ("Tamaşada Ofeliya ...", "in the play, Ophelia ...") */
      if (type == GIZLI_T_PERSON && b - a >= 2 && lead_locative(text, &s->toks[a]) &&
          (s->toks[a + 1].flags & GZN_F_CAP))
        a++;
      /* such a noun alone before a word in lower case is no name either
       * ("Seçkidə onun rəqibi ...", "in the election, his rival ...") */
      if (type == GIZLI_T_PERSON && b - a == 1 && lead_locative(text, &s->toks[a]) && b < n &&
          (s->toks[b].flags & GZN_F_LOWER) && !s->prop[a] &&
          !(s->n_seen && seen_match(s, &s->toks[a])))
        continue;
      /* nineteenth batch: a word glued to a period and a lower-case letter
       * is a user name ("ayten.q:", "sarah.h: ..."), as one glued to "_" */
      if (type == GIZLI_T_PERSON && s->toks[b - 1].end + 1 < len &&
          text[s->toks[b - 1].end] == '.' && text[s->toks[b - 1].end + 1] >= 'a' &&
          text[s->toks[b - 1].end + 1] <= 'z')
        continue;
      /* thirteenth batch: a heading, a form's field label, a product, an
       * adjective before "our friends" */
      if (type == GIZLI_T_PERSON && (form_not_person(s, text, n, a, b) || common_apos(s, a, b) ||
                                     header_cell(s, text, len, a, b)))
        continue;
      /* two people side by side ("Rövşən Bayramov Süleymanovun") */
      if (type == GIZLI_T_PERSON && tg == GZN_BPER) {
        size_t k = two_people(s, a, b);
        if (k) {
          s->tags[k] = GZN_BPER;
          s->prop[k] = 2; /* not joined again to the name before it */
          b = k;
          i = k;
        }
      }
      /* a lone shop or firm brand is an organisation ("Kroger", "Asda"),
       * unless it repeats a name found earlier ("Sainsbury" after "David
       * Sainsbury") */
      if (b - a == 1 && (s->toks[a].gaz & GZN_G_BRAND) &&
          (s->toks[a].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
          !(s->n_seen && seen_match(s, &s->toks[a])))
        type = GIZLI_T_ORGANIZATION;
      /* a common word first in its sentence that is also a given name,
       * alone: Turkish "Roman, ..." ("the novel") */
      if (type == GIZLI_T_PERSON && b - a == 1 && lead_common_name(s, text, n, a)) continue;
      /* twelfth batch: a given name that is a common word too, first in
       * its sentence (or after a sign or emoji) before a pronoun, is the verb even where it repeats
       * a name ("Hope you all have a great weekend" after "my sister Hope") */
      if (type == GIZLI_T_PERSON && b - a == 1 && b < n &&
          ((s->toks[a].flags & GZN_F_SSTART) || (a > 0 && !(s->toks[a - 1].flags & GZN_F_WORD))) &&
          (s->toks[a].gaz & (GZN_G_FIRST | GZN_G_LCW)) == (GZN_G_FIRST | GZN_G_LCW) &&
          !(s->toks[a].flags & (GZN_F_APOS | GZN_F_ALLCAP)) &&
          (tok_is(text, &s->toks[b], "you") || tok_is(text, &s->toks[b], "we") ||
           tok_is(text, &s->toks[b], "they")))
        continue;
      /* twelfth batch: an adjective of nationality alone is no person
       * ("Kenyan President William Ruto", "Chilean writer Alejandro ...") */
      if (type == GIZLI_T_PERSON && b - a == 1 && !s->prop[a] && nationality(text, &s->toks[a]) &&
          !(s->n_seen && seen_match(s, &s->toks[a])))
        continue;
      /* twelfth batch: a word before the light verb "etmək" is its noun
       * ("Ümid edirəm ki, ...", "Umut ederiz ki ...": "I hope that") */
      if (type == GIZLI_T_PERSON && b - a == 1 && b < n && !(s->toks[a].flags & GZN_F_APOS) &&
          s->prop[a] != 5 && light_verb(text, &s->toks[b]))
        continue;
      /* a capitalised noun in the genitive after a vowel (-nın/-nin/-nun/
       * -nün) first in its sentence, no known name and no surname ending,
       * before a word in lower case: a common noun ("Müəllimənin sözlərinə
       * görə", "Tamaşanın rejissoru") */
      if (type == GIZLI_T_PERSON && b - a == 1 && (s->toks[a].flags & GZN_F_SSTART) &&
          !(s->toks[a].morph & 15) && !s->prop[a] && b < n && (s->toks[b].flags & GZN_F_LOWER) &&
          genitive_noun(text, &s->toks[a]) && !(s->n_seen && seen_match(s, &s->toks[a])))
        continue;
      /* a title after the name stays outside it; "Sultan" only last, before
       * no other name (it stays inside "Fatih Sultan Mehmet", and the
       * lexicon does not list it, as a title feature there splits that
       * name) */
      /* sixteenth batch: "Sultan" as a middle name before a listed surname
       * the model left out ("Av. Zeynep Sultan Koç - Ortak") */
      if (type == GIZLI_T_PERSON && b < n && s->tags[b] == GZN_O) {
        size_t k = (b - a >= 2 && tok_is(text, &s->toks[b - 1], "Sultan")) ? b
                   : (b + 1 < n && s->tags[b + 1] == GZN_O && tok_is(text, &s->toks[b], "Sultan") &&
                      spaces_between(text, &s->toks[b - 1], &s->toks[b]))
                       ? b + 1
                       : 0;
        const gzn_tok *u = &s->toks[k];
        if (k && (u->gaz & GZN_G_LAST) && (u->flags & GZN_F_CAP) && !(u->flags & GZN_F_ALLCAP) &&
            !(u->gaz & (GZN_G_LCW | GZN_G_TITLE | GZN_G_LOC | GZN_G_BRAND)) &&
            spaces_between(text, &s->toks[k - 1], u) &&
            (k + 1 == n || !(s->toks[k + 1].flags & (GZN_F_CAP | GZN_F_ALLCAP)))) {
          for (size_t j = b; j <= k; j++) {
            s->tags[j] = GZN_IPER;
            s->prop[j] = 1;
          }
          b = i = k + 1;
        }
      }
      while (b - a > 1 &&
             (((s->toks[b - 1].gaz & GZN_G_POSTTITLE) && !is_roman(text, &s->toks[b - 1])) ||
              (tok_is(text, &s->toks[b - 1], "Sultan") && (b == n || s->tags[b] != GZN_BPER))))
        b--;
      if (type == GIZLI_T_PERSON) {
        /* eighteenth batch: a spaced en or em dash inside the span ends the
         * name; what follows it is a role or a department ("Cavidan Rəhimli
         * — Təsisçi", "Gülay Aydın Hekimoğlu – Girişimsel kardiyoloji"). Not
         * the ASCII hyphen, which text re-joined from tokens spaces inside
         * a double name ("Mary - Jane") */
        for (size_t k = a + 1; k + 1 < b; k++)
          if (spaced_dash(s, text, n, k) && text[s->toks[k].start] != '-' &&
              spaces_between(text, &s->toks[k], &s->toks[k + 1])) {
            b = k;
            break;
          }
        /* a name does not end in a sign ("Nurten –") */
        while (b - a > 1 && (s->toks[b - 1].flags & GZN_F_PUNCT) &&
               !(s->toks[b - 1].flags & GZN_F_QUOTE))
          b--;
        /* twenty-first batch: a common word that no list has as a given
         * name (as a surname only through the folding of its letters, "Məncə"
         * as the Italian "Manca"), alone first in its sentence before a
         * comma, that the model alone read as a name is a sentence adverb
         * ("Məncə, ...": "I think") */
        if (b - a == 1 && b < n && !s->prop[a] && (s->toks[a].flags & GZN_F_SSTART) &&
            (s->toks[a].gaz & (GZN_G_LCW | GZN_G_FIRST | GZN_G_PROPER)) == GZN_G_LCW &&
            tok_is(text, &s->toks[b], ",") && !(s->n_seen && seen_match(s, &s->toks[a])) &&
            (!(s->toks[a].gaz & GZN_G_LAST) || folded_word(text, &s->toks[a])))
          continue;
        /* words that are all English proper nouns that are no names
         * ("Turkish") or common words ("National"), with at least one of
         * each, are not a person: "Turkish National Defence Minister"; "Li
         * Wei" (proper nouns that are also common words) stays */
        int proper = 0, common = 0, other = 0;
        for (size_t j = a; j < b && !other && b - a >= 2; j++) {
          uint32_t g = s->toks[j].gaz | (s->toks[j].gaz >> 16);
          if ((g & (GZN_G_FIRST | GZN_G_LAST)) || (s->toks[j].flags & GZN_F_INITIAL))
            other = 1;
          else if ((s->toks[j].gaz & (GZN_G_PROPER | GZN_G_LCW)) == GZN_G_PROPER)
            proper = 1;
          else if ((s->toks[j].gaz & (GZN_G_PROPER | GZN_G_LCW)) == GZN_G_LCW)
            common = 1;
          else
            other = 1;
        }
        /* (not after a title: "Health Minister Aden Duale", eleventh batch) */
        if (b - a >= 2 && proper && common && !other &&
            !(a > 0 && (s->toks[a - 1].gaz & GZN_G_TITLE) &&
              spaces_between(text, &s->toks[a - 1], &s->toks[a])))
          continue;
        /* tenth batch (names web set): a noun in lower case with "my" or
         * "our" inside the span ends what comes before the name ("Əziz
         * həmkarımız Tahir ...": "our dear colleague Tahir") */
        for (size_t k = b - 1; k-- > a + 1;)
          if ((s->toks[k].flags & GZN_F_LOWER) &&
              !(s->toks[k].gaz & (GZN_G_PARTICLE | GZN_G_PATR | GZN_G_TITLE | GZN_G_POSTTITLE)) &&
              possessive_end(text, &s->toks[k]) && (s->toks[k + 1].flags & GZN_F_CAP)) {
            a = k + 1;
            break;
          }
        /* a noun with "my"/"our" first in the sentence before a name of two
         * words or more or a given name ("Komşum Cafer Tatlı", "my neighbour
         * ...") */
        if ((b - a >= 3 || (b - a == 2 && (s->toks[a + 1].gaz & GZN_G_FIRST))) &&
            lead_possessive(text, &s->toks[a],
                            a > 0 && (s->toks[a - 1].flags & GZN_F_QUOTE) &&
                                (s->toks[a - 1].flags & GZN_F_SSTART)))
          a++;
        /* twelfth batch: a word no list has first in the sentence before a
         * listed given name that is no surname (or before two more words,
         * or a surname in capitals), the name before a word in lower case,
         * is outside the name ("Bence Mahir müəllim", "Davacı YILMAZ Ayşe
         * tarafından"); not a list's "Tayib Rauf, 21," */
        if (b - a >= 2 && b < n && (s->toks[b].flags & GZN_F_LOWER) && lead_unknown(s, text, a) &&
            (s->toks[a + 1].flags & GZN_F_CAP) &&
            spaces_between(text, &s->toks[a], &s->toks[a + 1]) &&
            (((s->toks[a + 1].gaz & GZN_G_FIRST) &&
              (b - a >= 3 || !(s->toks[a + 1].gaz & GZN_G_LAST))) ||
             ((s->toks[a + 1].flags & GZN_F_ALLCAP) && (s->toks[a + 1].gaz & GZN_G_LAST))))
          a++;
        /* a capitalised word with an Azerbaijani case suffix after a name
         * ("Vladimir Putin Kremldə", "Fernando Santos Norveçlə") */
        if ((b - a >= 3 ||
             (b - a == 2 && (s->toks[b - 1].flags & GZN_F_ALLCAP) && s->toks[b - 1].ncp >= 10)) &&
            az_case_tail(text, &s->toks[b - 1]) &&
            (((s->toks[b - 1].gaz >> 16) & GZN_G_LOC) ||
             (s->toks[b - 1].flags & (GZN_F_STEMLCW | GZN_F_ALLCAP)) ||
             (s->toks[b - 2].gaz & GZN_G_LAST) || strong_surname(&s->toks[b - 2])))
          b--;
        /* a given name, a surname with a strong ending, then a third word
         * that no list has as a name, patronymic or surname: the name ends
         * with the surname ("Nadir Həsənov Marneuli bələdiyyəsinin ...",
         * "Rövşən Hüseynov Həsrətin formasından ...") */
        if (b - a == 3 && (s->toks[a].gaz & GZN_G_FIRST) && strong_surname(&s->toks[a + 1]) &&
            !(s->toks[a + 1].flags & GZN_F_APOS) && (s->toks[b - 1].flags & GZN_F_CAP) &&
            !(s->toks[b - 1].flags & GZN_F_ALLCAP) && !strong_surname(&s->toks[b - 1]) &&
            !((s->toks[b - 1].gaz | (s->toks[b - 1].gaz >> 16)) &
              (GZN_G_FIRST | GZN_G_LAST | GZN_G_PATR)) &&
            (b == n || !(s->toks[b].gaz & GZN_G_PATR)))
          b--;
        /* a regnal number with its period ends the name: "Charles III. Her
         * nephew ..." (the period is no part of the span) */
        for (size_t k = a + 1; k < b; k++)
          if (roman_dot(text, &s->toks[k]) && spaces_between(text, &s->toks[k - 1], &s->toks[k])) {
            b = k + 1;
            break;
          }
      }
      /* the confidence of what is left: the mean marginal of its tags, at
       * least 0.75 for a word that repeats a name found earlier */
      float conf = 0;
      for (size_t j = a; j < b; j++) {
        float m = marginal(s, j, s->tags[j]);
        if (((s->prop[j] && s->prop[j] != 3) ||
             (type == GIZLI_T_PERSON && s->n_seen && seen_match(s, &s->toks[j]))) &&
            m < 0.75f)
          m = 0.75f;
        conf += m;
      }
      conf /= (float)(b - a);
      if (conf != conf) conf = 0.5f; /* NaN guard */
      if (conf > 1) conf = 1;
      /* On the dev splits PERSON F1 peaks at a marginal of about 0.35; the
       * power maps that point to the engine's default threshold 0.5. */
      conf = powf(conf, GZN_CONF_GAMMA);
      if (type == GIZLI_T_PERSON) {
        /* part of an organisation's name ("Centre for Marine Ecology") or a
         * firm named after its founders ("Harland & Wolff") */
        if ((a >= 2 && for_of(text, &s->toks[a - 1]) && (s->toks[a - 2].flags & GZN_F_CAP) &&
             (s->toks[a - 2].gaz & GZN_G_ORGKW)) ||
            firm_amp(s, text, n, a, b) || not_person_word(s, text, n, a, b) ||
            quoted_title(s, text, n, a, b) ||
            (b - a == 1 && (quoted_pair(s, text, n, a) || possessive_firm(s, text, n, a) ||
                            of_town(s, text, n, a))) ||
            amp_org(s, text, n, b) || after_prething(s, text, a) ||
            (b - a >= 2 && (s->toks[a].gaz & GZN_G_PRETHING)) || saints(text, s->toks, a, b))
          continue;
        /* a full name with a locative suffix that repeats no name found
         * earlier is the name of a place: a stadium, a park ("Şükrü
         * Saracoğlu'nda", "Ali Sami Yen'de") */
        /* a known place with the locative after a name is no part of it
         * ("Bakan Fidan Brüksel'de": the minister is in Brussels) */
        if (b - a >= 2 && spaces_between(text, &s->toks[b - 2], &s->toks[b - 1]) &&
            ((locative(text, &s->toks[b - 1]) && (s->toks[b - 1].gaz & GZN_G_LOC)) ||
             glued_locative(text, &s->toks[b - 1])))
          b--;
        else if (b - a >= 2 && locative(text, &s->toks[b - 1]) &&
                 !(a > 0 && tok_is(text, &s->toks[a - 1], "Say\xc4\xb1n"))) {
          /* (twenty-third batch: not after the courtesy title "Sayın",
           * which no stadium has: "Söz sırası Sayın Cemal Enginyurt'ta",
           * "the floor is Mr Cemal Enginyurt's") */
          int seen = 0;
          for (size_t j = a; j < b && s->n_seen && !seen; j++) seen = seen_match(s, &s->toks[j]);
          if (!seen) {
            int rc = gz_findings_push(out, s->toks[a].start, s->toks[b - 1].end, GIZLI_T_LOCATION,
                                      conf, 0);
            if (rc) return rc;
            continue;
          }
        }
        /* eighteenth batch: a letter and period written on an "&" ends an
         * abbreviation, it is no initial of the name ("in A&E. Tayo is
         * ...", "R&D. Selin ...") */
        if (b - a >= 2 && a > 0 && (s->toks[a].flags & GZN_F_INITIAL) &&
            s->toks[a - 1].full_end == s->toks[a].start && tok_is(text, &s->toks[a - 1], "&"))
          a++;
        /* initials written just before the span belong to it ("A.M. Qasımlı") */
        while (a > 0 && s->tags[a - 1] == GZN_O && (s->toks[a - 1].flags & GZN_F_INITIAL) &&
               (s->toks[a - 1].full_end == s->toks[a].start ||
                spaces_between(text, &s->toks[a - 1], &s->toks[a])))
          a--;
        /* a reference-list name: a surname, a comma and initials ("Aliyeva,
         * G.") */
        if (b - a == 1 && b + 1 < n && s->tags[b] == GZN_O && s->tags[b + 1] == GZN_O &&
            s->toks[b].start == s->toks[b - 1].full_end && text[s->toks[b].start] == ',' &&
            s->toks[b].end == s->toks[b].start + 1 && (s->toks[b + 1].flags & GZN_F_INITIAL) &&
            spaces_between(text, &s->toks[b], &s->toks[b + 1])) {
          b += 2;
          while (b < n && s->tags[b] == GZN_O && (s->toks[b].flags & GZN_F_INITIAL) &&
                 (s->toks[b].start == s->toks[b - 1].end ||
                  spaces_between(text, &s->toks[b - 1], &s->toks[b])))
            b++;
        }
        /* a regnal number after the name belongs to it ("Charles III") */
        if (b < n && s->tags[b] == GZN_O &&
            (is_roman(text, &s->toks[b]) ||
             (roman_dot(text, &s->toks[b]) &&
              (b + 1 == n || !(s->toks[b + 1].flags & (GZN_F_CAP | GZN_F_ALLCAP)) ||
               (s->toks[b + 1].gaz & GZN_G_LCW)))) &&
            spaces_between(text, &s->toks[b - 1], &s->toks[b]) &&
            !(s->toks[b - 1].flags & GZN_F_APOS))
          b++;
        /* a regnal number with its period: the period stays outside
         * ("Henry VIII." last in a sentence); the token is not used again
         * after this span */
        if (b - a >= 2 && roman_dot(text, &s->toks[b - 1])) {
          s->toks[b - 1].end--;
          s->toks[b - 1].full_end = s->toks[b - 1].end;
        }
        /* an Arabic surname with its article in lower case ends the name
         * ("Abdulla bin Rashid al-Kuwari") */
        if (b < n && s->tags[b] == GZN_O && arabic_article(text, &s->toks[b]) &&
            spaces_between(text, &s->toks[b - 1], &s->toks[b]))
          b++;
        /* a lower-case particle after punctuation or first in its sentence,
         * before a lone surname ("Tennis: de Minaur stuns Alcaraz") */
        if (b - a == 1 && a > 0 && s->tags[a - 1] == GZN_O &&
            (s->toks[a - 1].gaz & GZN_G_PARTICLE) && (s->toks[a - 1].flags & GZN_F_LOWER) &&
            !(s->toks[a].gaz & GZN_G_FIRST) && spaces_between(text, &s->toks[a - 1], &s->toks[a]) &&
            (a == 1 || (s->toks[a - 2].flags & GZN_F_PUNCT)))
          a--;
        /* a surname in capitals first on its line, a comma, then the given
         * names: a death notice "HOPE, Margaret Anne (née Carter)" */
        if (a == 2 && b - a >= 2 && s->tags[0] == GZN_O && line_surname(text, s->toks) &&
            (s->toks[2].gaz & GZN_G_FIRST))
          a = 0;
        /* the name of a thing named after a person: an ORGANIZATION or
         * LOCATION when the head word says which, otherwise nothing */
        const gzn_tok *last = &s->toks[b - 1];
        size_t head = 0;
        if (b - a >= 2 && (last->flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
            ((last->gaz | (last->gaz >> 16)) & (GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED)) &&
            !(last->gaz & (GZN_G_FIRST | GZN_G_LAST)) &&
            /* sixteenth batch: a word of four letters is no short head word
             * with a case suffix ("İnce" is no "Inc" + "e": "Dr. Yener İnce") */
            ((last->gaz & (GZN_G_ORGKW | GZN_G_LOCKW | GZN_G_NAMED)) || last->ncp > 4) &&
            !(korean_surname(text, last) && korean_given(text, &s->toks[b - 2])))
          head = b - 1;
        else if (s->prop[a] != 5 && !admin && /* "müvekkili S.Y. adına": on behalf of */
                 !person_before_body(s, text, n, a, b))
          head = named_after(nm, s, text, n, b);
        /* eleventh batch (names web set): a person's full name before the
         * name of a thing: a given name and a surname with a strong ending
         * before a given name ("başçısı Əfqan Əliyev Səməd Vurğun
         * küçəsində"), or a surname that repeats a name found earlier before
         * a word that is no name ("Mustafayev Ələt limanında"); the person
         * is reported and the rest names the thing */
        size_t pre = 0;
        if (head >= b && b - a >= 3 && (s->toks[a].gaz & GZN_G_FIRST) &&
            strong_surname(&s->toks[a + 1]) && !(s->toks[a + 1].flags & GZN_F_APOS) &&
            (s->toks[a + 2].gaz & GZN_G_FIRST) && (s->toks[a + 2].flags & GZN_F_CAP))
          pre = 2;
        else if (head >= b && b - a >= 2 && strong_surname(&s->toks[a]) &&
                 !(s->toks[a].flags & GZN_F_APOS) && s->n_seen && seen_match(s, &s->toks[a]) &&
                 (s->toks[a + 1].flags & GZN_F_CAP) &&
                 !((s->toks[a + 1].gaz | (s->toks[a + 1].gaz >> 16)) &
                   (GZN_G_FIRST | GZN_G_LAST | GZN_G_PATR)) &&
                 !seen_match(s, &s->toks[a + 1]))
          pre = 1;
        if (pre) {
          int rc = gz_findings_push(out, s->toks[a].start, s->toks[a + pre - 1].end, GIZLI_T_PERSON,
                                    conf, 0);
          if (rc) return rc;
          for (size_t j = a; j < a + pre; j++) seen_add_word(s, &s->toks[j]);
          a += pre;
        }
        if (head) {
          int all_o = 1;
          for (size_t j = b; j <= head; j++) all_o &= s->tags[j] == GZN_O;
          uint32_t hg = s->toks[head].gaz | (s->toks[head].gaz >> 16);
          int ht = (hg & GZN_G_LOCKW)   ? GIZLI_T_LOCATION
                   : (hg & GZN_G_ORGKW) ? GIZLI_T_ORGANIZATION
                                        : 0;
          if (all_o && ht && (s->toks[head].flags & (GZN_F_CAP | GZN_F_ALLCAP)) &&
              s->toks[head].end - s->toks[a].start <= GZN_MAX_SPAN_BYTES) {
            int rc = gz_findings_push(out, s->toks[a].start, s->toks[head].end, ht, conf, 0);
            if (rc) return rc;
          }
          if (i <= head) i = head + 1;
          continue;
        }
        size_t words = 0;
        for (size_t j = a; j < b; j++) words += !(s->toks[j].flags & GZN_F_INITIAL);
        /* a name needs a word: "T.C." (initials only) is not a person, nor
         * is a lone short acronym ("MAC", "CEO") */
        if (!words && s->prop[a] != 5) continue;
        if (b - a == 1 && (s->toks[a].flags & GZN_F_ALLCAP) && s->toks[a].ncp <= 3 &&
            !caps_speaker(s, text, n, a))
          continue;
        /* only names the engine reports at its default threshold (0.5) are
         * remembered: a doubtful "Turkish National" must not make every
         * later "Turkish" a person */
        if ((b - a >= 2 && conf >= 0.5f) || conf >= 0.8f)
          for (size_t j = a; j < b; j++)
            if ((s->toks[j].flags & GZN_F_WORD) && !(s->toks[j].flags & GZN_F_INITIAL) &&
                !(s->toks[j].gaz & GZN_G_PATR) && !is_roman(text, &s->toks[j]) && s->prop[j] != 4 &&
                /* (batch 24: nor a particle in lower case, "fon der" before
                 * "Der Spiegel") */
                !((s->toks[j].flags & GZN_F_LOWER) && (s->toks[j].gaz & GZN_G_PARTICLE)))
              seen_add_word(s, &s->toks[j]);
      }
      /* thirteenth batch: a case suffix after a hyphen is outside the name
       * ("vətəndaş Səbinə Məmmədova-nın şikayəti") */
      if (type == GIZLI_T_PERSON) {
        size_t h = hyphen_case(text, &s->toks[b - 1]);
        if (h) s->toks[b - 1].end -= h;
      }
      /* no name is that long; keeps every finding within the engine's max span */
      if (s->toks[b - 1].end - s->toks[a].start > GZN_MAX_SPAN_BYTES) continue;
      /* two PERSON spans with one space between them are one name that the
       * tagger split ("Aynurə" + "Bayramova"): people in a row are
       * separated by punctuation or words */
      /* (thirteenth batch: not a second person that a rule split off, nor
       * a surname with a strong ending after another: "Rövşən Bayramov
       * Süleymanovun") */
      if (type == GIZLI_T_PERSON && last_person_b == a && out->n > 0 && s->prop[a] != 2 &&
          s->prop[a] != 3 &&
          !(a > 0 && strong_surname(&s->toks[a - 1]) && strong_surname(&s->toks[a]))) {
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
  int rc = look_back(s, text, out, n0);
  return rc ? rc : speaker_initials(text, len, out, n0);
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
