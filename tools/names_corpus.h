/* names_corpus.h - readers for the NER corpora under ../shared/data/ner,
 * shared (header-only) by tools/train_names.c and tools/eval_ner.c.
 * Every sentence becomes a text (tokens joined by one space) with gold
 * entity byte spans mapped to PERSON / LOCATION / ORGANIZATION. */
#ifndef GIZLI_NAMES_CORPUS_H
#define GIZLI_NAMES_CORPUS_H
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gizli.h"
#include "names.h"

typedef struct nc_ent {
  size_t start, end;
  int type;
} nc_ent;

typedef struct nc_sent {
  char *text;
  size_t len;
  nc_ent *ents;
  size_t n_ents;
  int lang;
  int newdoc; /* first sentence of a document ("# newdoc" in UNER files) */
} nc_sent;

typedef struct nc_corpus {
  nc_sent *v;
  size_t n, cap;
} nc_corpus;

enum { NC_TSV, NC_UNER, NC_SPACE, NC_PARALLEL };

/* Maps a corpus type label (without B-/I-) to a gizli type, 0 = none. */
static inline int nc_map_type(const char *t, size_t n) {
  char b[32];
  if (n >= sizeof b) return 0;
  for (size_t i = 0; i < n; i++) b[i] = (char)toupper((unsigned char)t[i]);
  b[n] = 0;
  if (!strcmp(b, "PER") || !strcmp(b, "PERSON")) return GIZLI_T_PERSON;
  if (!strcmp(b, "LOC") || !strcmp(b, "GPE") || !strcmp(b, "LOCATION") || !strcmp(b, "FAC"))
    return GIZLI_T_LOCATION;
  if (!strcmp(b, "ORG") || !strcmp(b, "CORPORATION") || !strcmp(b, "GROUP") ||
      !strcmp(b, "ORGANIZATION"))
    return GIZLI_T_ORGANIZATION;
  return 0;
}

static inline char *nc_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *b = malloc(cap + 1);
  for (;;) {
    if (n == cap) b = realloc(b, (cap *= 2) + 1);
    size_t k = fread(b + n, 1, cap - n, f);
    if (!k) break;
    n += k;
  }
  fclose(f);
  b[n] = 0;
  *len = n;
  return b;
}

/* Sentence builder. */
typedef struct nc_build {
  int newdoc;
  char *text;
  size_t len, cap;
  nc_ent *ents;
  size_t n_ents, cap_ents;
  int cur_type;   /* type of the open entity, 0 none */
  size_t cur_start;
  size_t last_end;
} nc_build;

/* Social-media handles and hashtags ("@user", "#tag") are SOCIAL_HANDLE in
 * gizli, not names: entities starting with '@' or '#' are dropped. */
static inline void nc_close(nc_build *b) {
  if (b->cur_type && b->text[b->cur_start] != '@' && b->text[b->cur_start] != '#') {
    if (b->n_ents == b->cap_ents)
      b->ents = realloc(b->ents, (b->cap_ents = b->cap_ents * 2 + 8) * sizeof *b->ents);
    b->ents[b->n_ents++] = (nc_ent){b->cur_start, b->last_end, b->cur_type};
  }
  b->cur_type = 0;
}

/* Adds one token with its tag ("B-PER", "I-person", "O"). IOB1 and IOB2 are
 * both handled: I-X after O or another type opens an entity. */
static inline void nc_token(nc_build *b, const char *tok, size_t tn, const char *tag, size_t gn,
                     char raw_tag[32]) {
  while (tn && (tok[tn - 1] == ' ' || tok[tn - 1] == '\r')) tn--;
  while (tn && tok[0] == ' ') tok++, tn--;
  int type = 0, begin = 0;
  /* the word after a separate "@" or "#" token (BTC) is a handle, not a name */
  int after_at = b->len >= 1 && (b->text[b->len - 1] == '@' || b->text[b->len - 1] == '#') &&
                 (b->len == 1 || b->text[b->len - 2] == ' ');
  if (gn >= 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') {
    type = after_at ? 0 : nc_map_type(tag + 2, gn - 2);
    char cur[32];
    size_t rn = gn - 2 < 31 ? gn - 2 : 31;
    memcpy(cur, tag + 2, rn);
    cur[rn] = 0;
    begin = tag[0] == 'B' || strcmp(raw_tag, cur) != 0;
    memcpy(raw_tag, cur, rn + 1);
  } else {
    raw_tag[0] = 0;
  }
  if (!tn) return;
  if (b->len + tn + 2 > b->cap) b->text = realloc(b->text, (b->cap = (b->len + tn) * 2 + 64));
  /* pre-tokenised initials "A . Hüseynov": glue the period back ("A. Hüseynov") */
  int glue = tn == 1 && tok[0] == '.' && b->len >= 1 &&
             (b->len == 1 || b->text[b->len - 2] == ' ') && b->text[b->len - 1] >= 'A' &&
             b->text[b->len - 1] <= 'Z';
  if (b->len >= 2 && tn == 1 && tok[0] == '.' && (unsigned char)b->text[b->len - 2] >= 0xc3 &&
      (b->len == 2 || b->text[b->len - 3] == ' ') && (unsigned char)b->text[b->len - 1] >= 0x80)
    glue = 1; /* two-byte capital such as "Ə" */
  if (b->len && !glue) b->text[b->len++] = ' ';
  size_t start = b->len;
  memcpy(b->text + b->len, tok, tn);
  b->len += tn;
  if (!type || begin || type != b->cur_type) {
    nc_close(b);
    if (type) {
      b->cur_type = type;
      b->cur_start = start;
    }
  }
  b->last_end = b->len;
}

static inline void nc_flush(nc_corpus *c, nc_build *b, int lang) {
  nc_close(b);
  if (b->len) {
    if (c->n == c->cap) c->v = realloc(c->v, (c->cap = c->cap * 2 + 64) * sizeof *c->v);
    nc_sent *s = &c->v[c->n++];
    s->text = malloc(b->len + 1);
    memcpy(s->text, b->text, b->len);
    s->text[b->len] = 0;
    s->len = b->len;
    s->ents = malloc((b->n_ents + 1) * sizeof *s->ents);
    if (b->n_ents) memcpy(s->ents, b->ents, b->n_ents * sizeof *s->ents);
    s->n_ents = b->n_ents;
    s->lang = lang;
    s->newdoc = b->newdoc;
    b->newdoc = 0;
  }
  b->len = 0;
  b->n_ents = 0;
  b->cur_type = 0;
}

/* Reads one corpus file (or, for NC_PARALLEL, a words file and its tags file)
 * and appends its sentences. Returns the number added, or -1 when the file
 * cannot be read. */
static inline long nc_load(nc_corpus *c, const char *path, const char *tags_path, int fmt, int lang) {
  size_t len, tlen = 0;
  char *data = nc_read_file(path, &len);
  if (!data) return -1;
  char *tdata = NULL;
  if (fmt == NC_PARALLEL) {
    tdata = nc_read_file(tags_path, &tlen);
    if (!tdata) {
      free(data);
      return -1;
    }
  }
  size_t before = c->n;
  nc_build b = {0};
  char raw[32] = {0};
  if (fmt == NC_PARALLEL) {
    char *wp = data, *tp = tdata;
    while (*wp || *tp) {
      char *we = strchr(wp, '\n'), *te = strchr(tp, '\n');
      if (!we) we = wp + strlen(wp);
      if (!te) te = tp + strlen(tp);
      char *w = wp, *t = tp;
      raw[0] = 0;
      while (w < we && t < te) {
        while (w < we && *w == ' ') w++;
        while (t < te && *t == ' ') t++;
        char *ws = w, *ts = t;
        while (w < we && *w != ' ') w++;
        while (t < te && *t != ' ') t++;
        if (w > ws && t > ts) nc_token(&b, ws, (size_t)(w - ws), ts, (size_t)(t - ts), raw);
      }
      nc_flush(c, &b, lang);
      wp = *we ? we + 1 : we;
      tp = *te ? te + 1 : te;
      if (!*wp && !*tp) break;
    }
  } else {
    char *p = data;
    while (*p) {
      char *e = strchr(p, '\n');
      if (!e) e = p + strlen(p);
      size_t n = (size_t)(e - p);
      if (n && p[n - 1] == '\r') n--;
      int blank = 1;
      for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)p[i])) blank = 0;
      if (blank) {
        nc_flush(c, &b, lang);
        raw[0] = 0;
      } else if (!strncmp(p, "-DOCSTART-", 10) || (fmt == NC_UNER && p[0] == '#')) {
        if (!strncmp(p, "# newdoc", 8) || !strncmp(p, "-DOCSTART-", 10)) b.newdoc = 1;
      } else if (fmt == NC_UNER) {
        char *f1 = memchr(p, '\t', n);
        char *f2 = f1 ? memchr(f1 + 1, '\t', (size_t)(p + n - f1 - 1)) : NULL;
        char *f3 = f2 ? memchr(f2 + 1, '\t', (size_t)(p + n - f2 - 1)) : NULL;
        if (f2) {
          if (!f3) f3 = p + n;
          nc_token(&b, f1 + 1, (size_t)(f2 - f1 - 1), f2 + 1, (size_t)(f3 - f2 - 1), raw);
        }
      } else {
        char sep = fmt == NC_TSV ? '\t' : ' ';
        char *s = NULL;
        for (size_t i = n; i-- > 0;)
          if (p[i] == sep) {
            s = p + i;
            break;
          }
        if (s) nc_token(&b, p, (size_t)(s - p), s + 1, (size_t)(p + n - s - 1), raw);
      }
      p = *e ? e + 1 : e;
    }
    nc_flush(c, &b, lang);
  }
  free(b.text);
  free(b.ents);
  free(data);
  free(tdata);
  return (long)(c->n - before);
}

static inline void nc_free(nc_corpus *c) {
  for (size_t i = 0; i < c->n; i++) {
    free(c->v[i].text);
    free(c->v[i].ents);
  }
  free(c->v);
  memset(c, 0, sizeof *c);
}

/* ---- real-corpus classes (seventh session) ---- */
/* The span rules keep titles outside a name (docs/names.md, "What counts as
 * a name"); some corpora put them inside ("İsmet Paşa", "Sir Frank Whittle",
 * "Capt. Spastic"). This narrows a gold PERSON span s[*a..*b) (words
 * separated by single spaces) by its leading words that the lexicon lists as
 * titles or roles (GZN_G_TITLE; with a lone "." token after one, "Mr .")
 * and its trailing words listed as titles after a name (GZN_G_POSTTITLE:
 * "Paşa", "Bey", "Jr."; not the regnal numbers "II", "III", which the span
 * keeps), as long as a word is left. eval_ner applies it to the gold (not
 * with --keep-titles). */
static inline int nc_roman_word(const char *w, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (w[i] != 'I' && w[i] != 'V' && w[i] != 'X') return 0;
  return n > 0;
}

static inline void nc_strip_titles(const gz_names *nm, const char *s, size_t *pa, size_t *pb) {
  size_t a = *pa, b = *pb;
  for (;;) { /* leading titles */
    size_t e = a;
    while (e < b && s[e] != ' ') e++;
    if (e >= b) break;
    if (!(gzn_word_bits(nm, s + a, e - a) & GZN_G_TITLE)) break;
    size_t na = e + 1;
    if (na + 1 < b && s[na] == '.' && s[na + 1] == ' ') na += 2;
    if (na >= b) break;
    a = na;
  }
  for (;;) { /* trailing titles */
    size_t w = b;
    while (w > a && s[w - 1] != ' ') w--;
    if (w <= a) break;
    size_t wn = b - w; /* the word without an apostrophe suffix ("Paşa'nın") */
    for (size_t k = w; k < b; k++)
      if (s[k] == '\'' && k > w) {
        wn = k - w;
        break;
      }
    if (!(gzn_word_bits(nm, s + w, wn) & GZN_G_POSTTITLE) || nc_roman_word(s + w, wn)) break;
    b = w - 1;
  }
  *pa = a;
  *pb = b;
}

#endif
