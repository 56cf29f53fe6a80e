/* train_names.c - trains the PERSON / LOCATION / ORGANIZATION model
 * (models/names.bin): an averaged structured perceptron over the hashed
 * features of lib/names.c, decoded with Viterbi under BIO constraints.
 *
 * Training data: the train splits of en-btc, en-wnut17 and tr-turkish-wikiner,
 * en-wikigold and the dev split of en-uner-ewt (all CC-BY / CC-BY-SA, read
 * from ../shared/data/ner, never copied), and sentences generated from data/names/templates.tsv filled with
 * the gazetteer names (Azerbaijani patronymics, initials, titles, case
 * suffixes, organisations and places named after people).
 *
 * Recipe (the defaults): pass 1 trains on the train sets and calibrates the
 * confidence temperature on the dev splits of en-btc, en-wnut17 and
 * tr-turkish-wikiner; pass 2 (--train-dev 1) retrains from zero on train +
 * dev and keeps that temperature. Each pass averages --runs (4) perceptrons
 * that differ only in the order they visit the sentences. Deterministic.
 * The features use the gazetteers embedded in the library this is linked
 * with: build before training after editing data/names/ (make train does).
 * az-nahmadov-wiki-NOLICENSE is never read here (evaluation only).
 *
 * Word clusters (tools/names_cluster.h) are learned first, from the text of
 * the real training sentences (labels ignored) and the fortune files of the
 * Debian package fortunes (--unlabelled DIR, default /usr/share/games/fortunes;
 * "none" leaves them out), and stored in the model.
 *
 * Usage: train_names [--ner DIR] [--data DIR] [--out FILE] [--epochs N]
 *                    [--bits B] [--gen N] [--en-gen R] [--wiki-rep N]
 *                    [--train-dev 0|1] [--runs N] [--temp T] [--seed S]
 *                    [--clusters 0|1] [--unlabelled DIR|none] [--dump-gen N]
 *                    [--hold-ewt 0|1]
 *
 * --hold-ewt 1 leaves the en-uner-ewt dev split out of training, so that
 * eval_ner --dev can measure on it (for tuning; the shipped model trains on
 * it).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "names.h"
#include "names_corpus.h"
#include "names_cluster.h"

/* ---------------------------------------------------------------------- */
/* Random numbers (deterministic)                                          */

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;
static uint64_t rnd(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return rng_state = x;
}
static size_t rndn(size_t n) { return n ? (size_t)(rnd() % n) : 0; }
static int chance(int pct) { return (int)rndn(100) < pct; }

/* ---------------------------------------------------------------------- */
/* Word lists                                                              */

typedef struct wlist {
  char **v;
  size_t n, cap;
} wlist;

static void wl_add(wlist *l, const char *s, size_t n) {
  if (l->n == l->cap) l->v = realloc(l->v, (l->cap = l->cap * 2 + 64) * sizeof *l->v);
  l->v[l->n] = malloc(n + 1);
  memcpy(l->v[l->n], s, n);
  l->v[l->n][n] = 0;
  l->n++;
}
static const char *wl_pick(const wlist *l) { return l->n ? l->v[rndn(l->n)] : "X"; }

enum { LA_AZ, LA_TR, LA_EN, LA_RU, LA_N };
static wlist first_l[LA_N], last_l[LA_N], loc_l[LA_N], title_l[LA_N];

static int lang_idx(const char *s, size_t n) {
  if (n == 2 && !memcmp(s, "az", 2)) return LA_AZ;
  if (n == 2 && !memcmp(s, "tr", 2)) return LA_TR;
  if (n == 2 && !memcmp(s, "en", 2)) return LA_EN;
  if (n == 2 && !memcmp(s, "ru", 2)) return LA_RU;
  return -1;
}

static void load_lists(const char *path) {
  size_t len;
  char *d = nc_read_file(path, &len);
  if (!d) {
    fprintf(stderr, "train_names: cannot read %s\n", path);
    exit(1);
  }
  char *p = d;
  while (*p) {
    char *e = strchr(p, '\n');
    if (!e) e = p + strlen(p);
    char *t1 = memchr(p, '\t', (size_t)(e - p));
    char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(e - t1 - 1)) : NULL;
    if (*p != '#' && t1 && t2) {
      int li = lang_idx(t1 + 1, (size_t)(t2 - t1 - 1));
      size_t kn = (size_t)(t1 - p);
      const char *w = t2 + 1;
      size_t wn = (size_t)(e - w);
      if (li >= 0 && wn && !memchr(w, ' ', wn) && !memchr(w, '\'', wn)) {
        if (kn == 5 && !memcmp(p, "first", 5)) wl_add(&first_l[li], w, wn);
        else if (kn == 4 && !memcmp(p, "last", 4)) wl_add(&last_l[li], w, wn);
        else if (kn == 3 && !memcmp(p, "loc", 3)) wl_add(&loc_l[li], w, wn);
        else if (kn == 5 && !memcmp(p, "title", 5)) wl_add(&title_l[li], w, wn);
      }
    }
    p = *e ? e + 1 : e;
  }
  free(d);
}

/* ---------------------------------------------------------------------- */
/* Text generation                                                         */

typedef struct gbuf {
  char s[2048];
  size_t n;
  nc_ent ents[32];
  size_t ne;
} gbuf;

static void gput(gbuf *g, const char *s) {
  size_t k = strlen(s);
  if (g->n + k < sizeof g->s) memcpy(g->s + g->n, s, k), g->n += k;
  g->s[g->n] = 0;
}

static void gent(gbuf *g, size_t start, size_t end, int type) {
  if (g->ne < 32 && end > start) g->ents[g->ne++] = (nc_ent){start, end, type};
}

/* Azerbaijani/English romanisation of an Azerbaijani name ("Rəşad" -> "Rashad"). */
static void az_to_en(const char *s, char *out, size_t cap) {
  static const struct { const char *from, *to; } map[] = {
      {"ə", "a"}, {"Ə", "A"}, {"ş", "sh"}, {"Ş", "Sh"}, {"ç", "ch"}, {"Ç", "Ch"}, {"x", "kh"},
      {"X", "Kh"}, {"ğ", "gh"}, {"q", "g"},  {"Q", "G"},  {"ı", "i"},  {"İ", "I"},  {"ö", "o"},
      {"Ö", "O"},  {"ü", "u"},  {"Ü", "U"},  {"c", "j"},  {"C", "J"}};
  size_t o = 0;
  while (*s && o + 4 < cap) {
    size_t i, best = 0;
    for (i = 0; i < sizeof map / sizeof map[0]; i++) {
      size_t k = strlen(map[i].from);
      if (!strncmp(s, map[i].from, k)) {
        best = i + 1;
        break;
      }
    }
    if (best) {
      const char *t = map[best - 1].to;
      size_t k = strlen(t);
      memcpy(out + o, t, k);
      o += k;
      s += strlen(map[best - 1].from);
    } else {
      out[o++] = *s++;
    }
  }
  out[o] = 0;
}

/* Last vowel class of a word: 0 a/ı, 1 o/u, 2 e/ə/i, 3 ö/ü; ends_vowel set. */
static int vowel_class(const char *w, int *ends_vowel, int *voiceless) {
  int cls = 2;
  size_t n = strlen(w);
  *ends_vowel = 0;
  *voiceless = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)w[i];
    int k = c < 0x80 ? 1 : (c < 0xe0 ? 2 : 3);
    int v = -1;
    if (c == 'a' || c == 'A' || !strncmp(w + i, "ı", 2) || c == 'I') v = 0;
    else if (c == 'o' || c == 'u' || c == 'O' || c == 'U') v = 1;
    else if (c == 'e' || c == 'i' || c == 'E' || !strncmp(w + i, "ə", 2) ||
             !strncmp(w + i, "Ə", 2) || !strncmp(w + i, "İ", 2))
      v = 2;
    else if (!strncmp(w + i, "ö", 2) || !strncmp(w + i, "ü", 2) || !strncmp(w + i, "Ö", 2) ||
             !strncmp(w + i, "Ü", 2))
      v = 3;
    if (v >= 0) cls = v;
    i += (size_t)k;
    if (i >= n) {
      *ends_vowel = v >= 0;
      *voiceless = strchr("fstkhpç", c) != NULL || !strncmp(w + n - 2, "ş", 2) ||
                   !strncmp(w + n - 2, "ç", 2);
    }
  }
  return cls;
}

/* Case suffix for `w` in language la; `poss` = word ends in a possessive
 * (compound names: "Universiteti" -> "Universitetində"). */
static void case_suffix(int la, const char *w, const char *cs, int poss, char *out) {
  int ev, vl;
  int vc = vowel_class(w, &ev, &vl);
  int back = vc < 2;
  const char *I4[4] = {"ı", "u", "i", "ü"};
  const char *A2 = la == LA_AZ ? (back ? "a" : "ə") : (back ? "a" : "e");
  const char *buf = ev ? (poss ? "n" : "") : "";
  out[0] = 0;
  if (!strcmp(cs, "gen")) sprintf(out, "%s%s%s", ev ? "n" : "", I4[vc], "n");
  else if (!strcmp(cs, "acc")) sprintf(out, "%s%s", ev ? (poss ? "n" : "y") : "", I4[vc]);
  else if (!strcmp(cs, "dat")) sprintf(out, "%s%s", ev ? (poss ? "n" : "y") : "", A2);
  else if (!strcmp(cs, "loc")) sprintf(out, "%s%s%s", buf, (vl && la == LA_TR) ? "t" : "d", A2);
  else if (!strcmp(cs, "abl"))
    sprintf(out, "%s%s%sn", buf, (vl && la == LA_TR) ? "t" : "d", A2);
  else if (!strcmp(cs, "com")) sprintf(out, "%sl%s", ev ? "y" : "", A2);
}

static void caps_upper(char *s) {
  /* ASCII and the Turkic letters used in the lists */
  static const struct { const char *lo, *up; } m[] = {
      {"ə", "Ə"}, {"ş", "Ş"}, {"ç", "Ç"}, {"ğ", "Ğ"}, {"ı", "I"}, {"ö", "Ö"}, {"ü", "Ü"}};
  char out[256];
  size_t o = 0;
  for (const char *p = s; *p && o < sizeof out - 4;) {
    int done = 0;
    if (*p == 'i') {
      memcpy(out + o, "İ", 2), o += 2, p++;
      continue;
    }
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
      if (!strncmp(p, m[i].lo, 2)) {
        memcpy(out + o, m[i].up, strlen(m[i].up));
        o += strlen(m[i].up);
        p += 2;
        done = 1;
        break;
      }
    if (!done) {
      char c = *p++;
      out[o++] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
  }
  out[o] = 0;
  strcpy(s, out);
}

static void caps_lower(char *s) {
  for (char *p = s; *p; p++)
    if (*p >= 'A' && *p <= 'Z') *p = (char)(*p + 32);
}

/* Builds a person name of the requested form into out. `la` is the template
 * language; for English some names are romanised Azerbaijani or Turkish. */
static void person(int la, char form, char *out, size_t cap) {
  int src = la;
  if (la == LA_EN && chance(45)) src = chance(55) ? LA_AZ : LA_TR;
  if (la == LA_AZ && chance(15)) src = chance(50) ? LA_RU : LA_TR;
  if (la == LA_TR && chance(15)) src = LA_AZ;
  int fsrc = src == LA_RU ? LA_AZ : src;
  const char *f = wl_pick(&first_l[fsrc]);
  const char *f2 = wl_pick(&first_l[fsrc]);
  const char *l = wl_pick(&last_l[src]);
  if (src == LA_RU) f = wl_pick(&first_l[chance(50) ? LA_RU : LA_AZ]);
  if (form == '?') {
    int r = (int)rndn(100);
    if (la == LA_AZ)
      form = r < 45 ? 'F' : r < 57 ? 'P' : r < 65 ? 'O' : r < 77 ? 'I' : r < 90 ? 'S' : 'f';
    else if (la == LA_TR)
      form = r < 50 ? 'F' : r < 65 ? 'M' : r < 75 ? 'I' : r < 90 ? 'S' : 'f';
    else
      form = r < 50 ? 'F' : r < 60 ? 'M' : r < 72 ? 'I' : r < 92 ? 'S' : 'f';
  }
  char tmp[256];
  switch (form) {
  case 'F': snprintf(tmp, sizeof tmp, "%s %s", f, l); break;
  case 'S': snprintf(tmp, sizeof tmp, "%s", l); break;
  case 'f': snprintf(tmp, sizeof tmp, "%s", f); break;
  case 'M':
    if (la == LA_EN && chance(50)) snprintf(tmp, sizeof tmp, "%s %.1s. %s", f, f2, l);
    else snprintf(tmp, sizeof tmp, "%s %s %s", f, f2, l);
    break;
  case 'I':
    if (chance(40)) snprintf(tmp, sizeof tmp, "%.*s.%s", (unsigned char)f[0] < 0x80 ? 1 : 2, f, l);
    else snprintf(tmp, sizeof tmp, "%.*s. %s", (unsigned char)f[0] < 0x80 ? 1 : 2, f, l);
    break;
  case 'P': {
    const char *pat = chance(50) ? "oğlu" : "qızı";
    snprintf(tmp, sizeof tmp, "%s %s %s %s", f, f2, pat, l);
    break;
  }
  case 'O': {
    const char *pat = chance(50) ? "oğlu" : "qızı";
    snprintf(tmp, sizeof tmp, "%s %s %s %s", l, f, f2, pat);
    break;
  }
  default: snprintf(tmp, sizeof tmp, "%s %s", f, l);
  }
  if (la == LA_EN) az_to_en(tmp, out, cap);
  else snprintf(out, cap, "%s", tmp);
  int r = (int)rndn(100);
  if (r < 4) caps_upper(out);
  else if (r < 6 && la != LA_EN) caps_lower(out);
}

static const char *const az_org_tails[] = {
    "Dövlət Universiteti", "Texniki Universiteti", "Tibb Universiteti", "Dövlət Neft Şirkəti",
    "Beynəlxalq Bankı", "Elmlər Akademiyası", "Dövlət Statistika Komitəsi",
    "İqtisadiyyat Nazirliyi", "Səhiyyə Nazirliyi", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi",
    "Dövlət Təhlükəsizlik Xidməti", "İnnovasiya Agentliyi", "Mədəniyyət Mərkəzi", "Dram Teatrı",
    "Tarix Muzeyi", "Respublika Xəstəxanası", "Futbol Klubu", NULL};
static const char *const az_org_whole[] = {
    "Azercell", "Bakcell", "SOCAR", "Azərişıq", "Kapital Bank", "PAŞA Holding", "ASAN xidmət",
    "Milli Məclis", "Nazirlər Kabineti", "AZAL", "Azərbaycan Dəmir Yolları", "Trend",
    "APA", "Report", "AzərTAc", "ADA Universiteti", "Bakı Ali Neft Məktəbi",
    "Hərbi Dəniz Qüvvələri", "Ali Attestasiya Komissiyası", "Milli Elmlər Akademiyası",
    "Dövlət Sərhəd Xidməti", "Mərkəzi Seçki Komissiyası", "Beynəlxalq Valyuta Fondu",
    "Azərbaycan Milli Elmlər Akademiyası", "Dövlət Neft Fondu", NULL};
static const char *const tr_org_tails[] = {
    "Üniversitesi", "Teknik Üniversitesi", "Büyükşehir Belediyesi", "Ticaret Odası",
    "Sanayi Odası", "Dışişleri Bakanlığı", "Sağlık Bakanlığı", "Devlet Hastanesi",
    "Spor Kulübü", "Holding", "Vakfı", "Derneği", "Emniyet Müdürlüğü", "Valiliği", NULL};
static const char *const tr_org_whole[] = {
    "TÜBİTAK", "ASELSAN", "Türk Telekom", "Turkcell", "THY", "Türk Hava Yolları", "TRT",
    "Anadolu Ajansı", "Milli Eğitim Bakanlığı", "TBMM", "Galatasaray", "Fenerbahçe",
    "Koç Holding", "Sabancı Holding", "BAYKAR", "Havelsan", NULL};
static const char *const en_org_tails[] = {
    "University", "State University", "Bank", "Ministry of Defence", "Foundation", "Institute",
    "Group", "Holdings", "Airlines", "Council", "Times", "Agency", "Hospital", "Museum", NULL};
static const char *const en_org_whole[] = {
    "Microsoft", "the United Nations", "NATO", "Google", "the European Union", "Reuters",
    "Azernews", "the World Bank", "Amazon", "Daily Sabah", "Trend News Agency", "Apple",
    "the Ministry of Digital Development and Transport", "Anadolu Agency", NULL};

static size_t nlist(const char *const *l) {
  size_t n = 0;
  while (l[n]) n++;
  return n;
}

/* Organisation; returns whether it ends in a possessive (for suffixes). */
static int org(int la, char *out, size_t cap) {
  const char *const *tails = la == LA_AZ ? az_org_tails : la == LA_TR ? tr_org_tails : en_org_tails;
  const char *const *whole = la == LA_AZ ? az_org_whole : la == LA_TR ? tr_org_whole : en_org_whole;
  if (chance(40)) {
    snprintf(out, cap, "%s", whole[rndn(nlist(whole))]);
    return 0;
  }
  const char *place = wl_pick(&loc_l[la == LA_EN ? LA_EN : la]);
  if (la == LA_AZ && chance(25)) {
    static const char *const adj[] = {"Cənubi", "Şimali", "Qərbi", "Şərqi", "Mərkəzi", "Yuxarı"};
    char p2[128];
    snprintf(p2, sizeof p2, "%s %s", adj[rndn(6)], place);
    snprintf(out, cap, "%s %s", p2, tails[rndn(nlist(tails))]);
    return 1;
  }
  if (la == LA_EN && chance(50)) {
    const char *t = tails[rndn(nlist(tails))];
    snprintf(out, cap, "%s %s", place, t);
  } else {
    snprintf(out, cap, "%s %s", place, tails[rndn(nlist(tails))]);
  }
  return la != LA_EN && strcmp(out + strlen(out) - 2, "ng") != 0;
}

/* Organisation or facility named after a person. */
static void named_after(int la, int facility, gbuf *g, int *type) {
  char p[256];
  person(la, chance(70) ? 'F' : 'S', p, sizeof p);
  static const char *const az_org[] = {"Fondu", "adına Universitet", "adına Mədəniyyət Mərkəzi",
                                       "adına Dövlət Akademiyası", NULL};
  static const char *const az_fac[] = {"adına Beynəlxalq Aeroport", "adına park", "adına küçə",
                                       "adına Stadion", "prospekti", "küçəsi", NULL};
  static const char *const tr_org[] = {"Vakfı", "Üniversitesi", "Holding", "Kültür Merkezi",
                                       "Anadolu Lisesi", NULL};
  static const char *const tr_fac[] = {"Havalimanı", "Stadyumu", "Caddesi", "Bulvarı", "Parkı",
                                       "Köprüsü", NULL};
  static const char *const en_org[] = {"Foundation", "University", "Center", "Institute",
                                       "& Co", NULL};
  static const char *const en_fac[] = {"International Airport", "Stadium", "Street", "Avenue",
                                       "Park", "Bridge", NULL};
  const char *const *l = facility ? (la == LA_AZ ? az_fac : la == LA_TR ? tr_fac : en_fac)
                                  : (la == LA_AZ ? az_org : la == LA_TR ? tr_org : en_org);
  if (!facility && la == LA_EN && chance(30)) {
    gput(g, "the ");
  }
  size_t s = g->n;
  if (facility && la != LA_EN && !strncmp(l[0], "Hava", 4) && chance(30)) {
    gput(g, la == LA_TR ? "İstanbul " : "Bakı ");
  }
  gput(g, p);
  gput(g, " ");
  gput(g, l[rndn(nlist(l))]);
  *type = facility ? GIZLI_T_LOCATION : GIZLI_T_ORGANIZATION;
  gent(g, s, g->n, *type);
}

/* Puts the entity text, then a case suffix: inside the span for az (no
 * apostrophe), after an apostrophe outside the span for tr, "'s" for en. */
static void put_with_case(gbuf *g, int la, const char *text, const char *cs, int type, int poss) {
  size_t s = g->n;
  gput(g, text);
  size_t e = g->n;
  if (cs && *cs) {
    const char *lastw = strrchr(text, ' ');
    lastw = lastw ? lastw + 1 : text;
    char sfx[32];
    if (la == LA_EN) {
      if (!strcmp(cs, "gen")) gput(g, chance(85) ? "'s" : "’s");
    } else {
      case_suffix(la, lastw, cs, poss, sfx);
      int allcap = text[0] && strlen(text) > 1 && text[1] >= 'A' && text[1] <= 'Z';
      if (allcap) caps_upper(sfx);
      if (la == LA_TR || (la == LA_AZ && chance(5))) gput(g, chance(85) ? "'" : "’");
      gput(g, sfx);
      if (la == LA_AZ && g->s[e] != '\'' && strncmp(g->s + e, "’", 3) != 0) e = g->n;
    }
  }
  gent(g, s, e, type);
}

static void gen_date(gbuf *g) {
  char d[32];
  snprintf(d, sizeof d, "%02d.%02d.%d", (int)rndn(28) + 1, (int)rndn(12) + 1,
           1940 + (int)rndn(70));
  gput(g, d);
}

/* Fills one template line into g. */
static void fill(const char *tpl, int la, gbuf *g) {
  g->n = 0;
  g->ne = 0;
  g->s[0] = 0;
  for (const char *p = tpl; *p;) {
    if (*p != '{') {
      char c[2] = {*p++, 0};
      gput(g, c);
      continue;
    }
    const char *e = strchr(p, '}');
    if (!e) break;
    char slot[32];
    size_t k = (size_t)(e - p - 1);
    if (k >= sizeof slot) k = sizeof slot - 1;
    memcpy(slot, p + 1, k);
    slot[k] = 0;
    p = e + 1;
    char *plus = strchr(slot, '+');
    const char *cs = NULL;
    if (plus) {
      *plus = 0;
      cs = plus + 1;
    }
    char buf[256];
    if (slot[0] == 'P') {
      char form = slot[1] == 0 ? '?' : slot[1];
      if (form == 'P' && la != LA_AZ) form = 'F';
      if (form == 'O' && la != LA_AZ) form = 'F';
      person(la, form, buf, sizeof buf);
      put_with_case(g, la, buf, cs, GIZLI_T_PERSON, 0);
    } else if (!strcmp(slot, "L")) {
      snprintf(buf, sizeof buf, "%s", wl_pick(&loc_l[la == LA_EN ? (chance(50) ? LA_EN : LA_AZ) : la]));
      if (la == LA_EN) {
        char t[256];
        az_to_en(buf, t, sizeof t);
        snprintf(buf, sizeof buf, "%s", t);
      }
      put_with_case(g, la, buf, cs, GIZLI_T_LOCATION, 0);
    } else if (!strcmp(slot, "O")) {
      int poss = org(la, buf, sizeof buf);
      if (la == LA_EN && !strncmp(buf, "the ", 4)) {
        gput(g, "the ");
        memmove(buf, buf + 4, strlen(buf + 4) + 1);
      }
      put_with_case(g, la, buf, cs, GIZLI_T_ORGANIZATION, poss);
    } else if (!strcmp(slot, "OP") || !strcmp(slot, "A")) {
      int type;
      named_after(la, slot[0] == 'A', g, &type);
    } else if (!strcmp(slot, "T")) {
      gput(g, wl_pick(&title_l[la == LA_RU ? LA_AZ : la]));
    } else if (!strcmp(slot, "DATE")) {
      gen_date(g);
    }
  }
}

static void generate(nc_corpus *c, const char *tpl_path, size_t per_lang[3]) {
  size_t len;
  char *d = nc_read_file(tpl_path, &len);
  if (!d) {
    fprintf(stderr, "train_names: cannot read %s\n", tpl_path);
    exit(1);
  }
  char *tpl[3][128];
  size_t nt[3] = {0};
  for (char *p = strtok(d, "\n"); p; p = strtok(NULL, "\n")) {
    if (*p == '#') continue;
    char *tab = strchr(p, '\t');
    if (!tab) continue;
    int li = lang_idx(p, (size_t)(tab - p));
    if (li < 0 || li > LA_EN || nt[li] >= 128) continue;
    tpl[li][nt[li]++] = tab + 1;
  }
  static const int glang[3] = {GIZLI_LANG_AZ, GIZLI_LANG_TR, GIZLI_LANG_EN};
  for (int la = 0; la < 3; la++) {
    for (size_t i = 0; i < per_lang[la] && nt[la]; i++) {
      gbuf g;
      fill(tpl[la][rndn(nt[la])], la, &g);
      if (c->n == c->cap) c->v = realloc(c->v, (c->cap = c->cap * 2 + 64) * sizeof *c->v);
      nc_sent *s = &c->v[c->n++];
      s->text = malloc(g.n + 1);
      memcpy(s->text, g.s, g.n + 1);
      s->len = g.n;
      s->ents = malloc((g.ne + 1) * sizeof *s->ents);
      if (g.ne) memcpy(s->ents, g.ents, g.ne * sizeof *s->ents);
      s->n_ents = g.ne;
      s->lang = glang[la];
    }
  }
  free(d);
}

/* ---------------------------------------------------------------------- */
/* Instances                                                               */

typedef struct inst_set {
  /* per chunk */
  size_t *tok_off; /* index of first token of each chunk; n_chunks + 1 entries */
  size_t n_chunks, cap_chunks;
  /* per token */
  uint8_t *gold;
  uint8_t *cand; /* 1 candidate, 2 candidate that cannot take an I- tag */
  size_t *feat_off; /* first feature of each token; n_toks + 1 */
  size_t n_toks, cap_toks;
  uint32_t *feats;
  size_t n_feats, cap_feats;
} inst_set;

static void is_push_chunk(inst_set *s) {
  if (s->n_chunks + 2 > s->cap_chunks)
    s->tok_off = realloc(s->tok_off, (s->cap_chunks = s->cap_chunks * 2 + 1024) * sizeof(size_t));
  s->tok_off[s->n_chunks++] = s->n_toks;
  s->tok_off[s->n_chunks] = s->n_toks;
}

static long n_gold_tok, n_gold_noncand;
/* Gold tag of runtime tokens from the gold byte spans. */
static void label(const nc_sent *st, const gzn_tok *t, size_t n, uint8_t *tags) {
  int prev_ent = -1;
  for (size_t i = 0; i < n; i++) {
    tags[i] = GZN_O;
    int ent = -1;
    for (size_t e = 0; e < st->n_ents; e++)
      if (t[i].start >= st->ents[e].start && t[i].start < st->ents[e].end) {
        ent = (int)e;
        break;
      }
    if (ent >= 0) n_gold_tok++, n_gold_noncand += !(t[i].flags & GZN_F_CAND);
    if (ent >= 0 && (t[i].flags & GZN_F_CAND) && !(t[i].flags & GZN_F_PUNCT && ent != prev_ent)) {
      int type = st->ents[ent].type;
      int b = 2 * type - 1;
      tags[i] = (uint8_t)(ent == prev_ent && i > 0 && tags[i - 1] != GZN_O &&
                                  !(t[i].flags & GZN_F_NOI)
                              ? b + 1
                              : b);
    }
    prev_ent = tags[i] != GZN_O ? ent : -1;
  }
}

static void featurize(const gz_names *nm, const nc_corpus *c, inst_set *s) {
  gzn_tok toks[GZN_MAX_SENT];
  uint8_t tags[GZN_MAX_SENT];
  uint32_t f[GZN_MAXF];
  for (size_t k = 0; k < c->n; k++) {
    const nc_sent *st = &c->v[k];
    size_t pos = 0, n;
    while ((n = gzn_next_sentence(nm, st->text, st->len, &pos, toks, GZN_MAX_SENT)) > 0) {
      if (!gzn_mark_candidates(toks, n)) continue;
      label(st, toks, n, tags);
      is_push_chunk(s);
      for (size_t i = 0; i < n; i++) {
        if (s->n_toks + 2 > s->cap_toks) {
          s->cap_toks = s->cap_toks * 2 + 4096;
          s->gold = realloc(s->gold, s->cap_toks);
          s->cand = realloc(s->cand, s->cap_toks);
          s->feat_off = realloc(s->feat_off, s->cap_toks * sizeof(size_t));
        }
        s->gold[s->n_toks] = tags[i];
        s->cand[s->n_toks] = (toks[i].flags & GZN_F_CAND) ? ((toks[i].flags & GZN_F_NOI) ? 2 : 1) : 0;
        s->feat_off[s->n_toks] = s->n_feats;
        size_t nf = s->cand[s->n_toks] ? gzn_features(nm, toks, n, i, f) : 0;
        if (s->n_feats + nf > s->cap_feats)
          s->feats = realloc(s->feats, (s->cap_feats = s->cap_feats * 2 + nf + 65536) * 4);
        memcpy(s->feats + s->n_feats, f, nf * 4);
        s->n_feats += nf;
        s->n_toks++;
        s->feat_off[s->n_toks] = s->n_feats;
      }
      s->tok_off[s->n_chunks] = s->n_toks;
    }
  }
}

/* ---------------------------------------------------------------------- */
/* Perceptron                                                              */

typedef struct model {
  size_t nw;
  float *w;
  double *u; /* weights and timestamped update sums */
  float tw[(GZN_NTAGS + 1) * GZN_STRIDE];
  double tu[(GZN_NTAGS + 1) * GZN_STRIDE];
  double c;
} model;

static void decode(const model *m, const inst_set *s, size_t ch, uint8_t *out, float scale,
                   const float *w, const float *tw) {
  (void)m;
  (void)scale;
  size_t a = s->tok_off[ch], n = s->tok_off[ch + 1] - a;
  static float delta[GZN_MAX_SENT][GZN_NTAGS];
  static uint8_t back[GZN_MAX_SENT][GZN_NTAGS];
  float em[GZN_NTAGS];
  for (size_t i = 0; i < n; i++) {
    size_t ti = a + i;
    for (int t = 0; t < GZN_NTAGS; t++) em[t] = 0;
    if (s->cand[ti]) {
      for (size_t f = s->feat_off[ti]; f < s->feat_off[ti + 1]; f++) {
        const float *row = w + (size_t)s->feats[f] * GZN_STRIDE;
        for (int t = 0; t < GZN_NTAGS; t++) em[t] += row[t];
      }
    }
    for (int t = 0; t < GZN_NTAGS; t++) {
      float best = -INFINITY;
      int bp = 0;
      if ((s->cand[ti] && !(s->cand[ti] == 2 && t % 2 == 0 && t)) || t == GZN_O) {
        if (i == 0) {
          if (gzn_allowed(GZN_NTAGS, t)) best = tw[GZN_NTAGS * GZN_STRIDE + t];
        } else {
          for (int p = 0; p < GZN_NTAGS; p++) {
            if (delta[i - 1][p] == -INFINITY || !gzn_allowed(p, t)) continue;
            float v = delta[i - 1][p] + tw[p * GZN_STRIDE + t];
            if (v > best) best = v, bp = p;
          }
        }
        if (best != -INFINITY) best += em[t];
      }
      delta[i][t] = best;
      back[i][t] = (uint8_t)bp;
    }
  }
  int bt = 0;
  for (int t = 1; t < GZN_NTAGS; t++)
    if (delta[n - 1][t] > delta[n - 1][bt]) bt = t;
  for (size_t i = n; i-- > 0;) {
    out[i] = (uint8_t)bt;
    if (i) bt = back[i][bt];
  }
}

static void update(model *m, const inst_set *s, size_t ch, const uint8_t *pred) {
  size_t a = s->tok_off[ch], n = s->tok_off[ch + 1] - a;
  const uint8_t *gold = s->gold + a;
  double c = m->c;
  for (size_t i = 0; i < n; i++) {
    int g = gold[i], p = pred[i];
    int gp = i ? gold[i - 1] : GZN_NTAGS, pp = i ? pred[i - 1] : GZN_NTAGS;
    if (g != p) {
      for (size_t f = s->feat_off[a + i]; f < s->feat_off[a + i + 1]; f++) {
        size_t b = (size_t)s->feats[f] * GZN_STRIDE;
        m->w[b + g] += 1, m->u[b + g] += c;
        m->w[b + p] -= 1, m->u[b + p] -= c;
      }
    }
    if (g != p || gp != pp) {
      m->tw[gp * GZN_STRIDE + g] += 1, m->tu[gp * GZN_STRIDE + g] += c;
      m->tw[pp * GZN_STRIDE + p] -= 1, m->tu[pp * GZN_STRIDE + p] -= c;
    }
  }
}

typedef struct prf {
  long tp, fp, fn;
} prf;

/* Entity-level PRF over tag sequences of a set, per type (index 1..3). */
static void evaluate(const model *m, const inst_set *s, const float *w, const float *tw,
                     prf out[4]) {
  memset(out, 0, 4 * sizeof *out);
  uint8_t pred[GZN_MAX_SENT];
  for (size_t ch = 0; ch < s->n_chunks; ch++) {
    decode(m, s, ch, pred, 1, w, tw);
    size_t a = s->tok_off[ch], n = s->tok_off[ch + 1] - a;
    const uint8_t *gold = s->gold + a;
    for (size_t i = 0; i < n; i++) {
      /* spans starting at i */
      int gt = gold[i] % 2 == 1 ? gold[i] : 0, pt = pred[i] % 2 == 1 ? pred[i] : 0;
      size_t ge = i + 1, pe = i + 1;
      if (gt)
        while (ge < n && gold[ge] == gt + 1) ge++;
      if (pt)
        while (pe < n && pred[pe] == pt + 1) pe++;
      if (gt && pt && gt == pt && ge == pe) out[(gt + 1) / 2].tp++;
      else {
        if (gt) out[(gt + 1) / 2].fn++;
        if (pt) out[(pt + 1) / 2].fp++;
      }
    }
  }
}

static double f1(prf p) {
  double pr = p.tp + p.fp ? (double)p.tp / (double)(p.tp + p.fp) : 0;
  double rc = p.tp + p.fn ? (double)p.tp / (double)(p.tp + p.fn) : 0;
  return pr + rc ? 2 * pr * rc / (pr + rc) : 0;
}

static inline float lse(float a, float b) {
  if (a < b) {
    float t = a;
    a = b;
    b = t;
  }
  if (b == -INFINITY) return a;
  return a + log1pf(expf(b - a));
}

/* Mean negative log-likelihood of the gold sequences when scores are
 * divided by temperature T (the runtime turns scores into confidences that
 * way). */
static double nll(const inst_set *s, const float *w, const float *tw, float T) {
  double tot = 0;
  static float alpha[GZN_MAX_SENT][GZN_NTAGS];
  size_t cnt = 0;
  for (size_t ch = 0; ch < s->n_chunks; ch += 3) {
    size_t a = s->tok_off[ch], n = s->tok_off[ch + 1] - a;
    float em[GZN_MAX_SENT][GZN_NTAGS];
    float gs = 0;
    for (size_t i = 0; i < n; i++) {
      size_t ti = a + i;
      for (int t = 0; t < GZN_NTAGS; t++)
        em[i][t] = ((s->cand[ti] && !(s->cand[ti] == 2 && t % 2 == 0)) || t == 0) ? 0 : -INFINITY;
      if (s->cand[ti])
        for (size_t f = s->feat_off[ti]; f < s->feat_off[ti + 1]; f++)
          for (int t = 0; t < GZN_NTAGS; t++) em[i][t] += w[(size_t)s->feats[f] * GZN_STRIDE + t] / T;
      int g = s->gold[ti], gp = i ? s->gold[ti - 1] : GZN_NTAGS;
      gs += em[i][g] + tw[gp * GZN_STRIDE + g] / T;
    }
    for (int t = 0; t < GZN_NTAGS; t++)
      alpha[0][t] = gzn_allowed(GZN_NTAGS, t) ? em[0][t] + tw[GZN_NTAGS * GZN_STRIDE + t] / T : -INFINITY;
    for (size_t i = 1; i < n; i++)
      for (int t = 0; t < GZN_NTAGS; t++) {
        float acc = -INFINITY;
        if (em[i][t] != -INFINITY)
          for (int p = 0; p < GZN_NTAGS; p++)
            if (gzn_allowed(p, t) && alpha[i - 1][p] != -INFINITY)
              acc = lse(acc, alpha[i - 1][p] + tw[p * GZN_STRIDE + t] / T);
        alpha[i][t] = acc == -INFINITY ? acc : acc + em[i][t];
      }
    float z = -INFINITY;
    for (int t = 0; t < GZN_NTAGS; t++) z = lse(z, alpha[n - 1][t]);
    if (isfinite(gs) && isfinite(z)) tot += z - gs, cnt += n;
  }
  return cnt ? tot / (double)cnt : 1e9;
}

/* ---------------------------------------------------------------------- */

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Learns the words that are usually lower-case mid-sentence (a feature and
 * the test that keeps sentence-initial common words from being scored). */
/* The gazetteer and lexicon files of --data: the features are computed from
 * these, the same files the rebuilt library embeds (not the copy embedded in
 * this binary, which may be older). */
static char *gaz_text, *lex_text;
static size_t gaz_len, lex_len;

static int untrained(gz_names **out, unsigned bits, const uint64_t *lcw, size_t n_lcw,
                     const uint64_t *clus_h, const uint16_t *clus_c, size_t n_clus) {
  return gz_names_create_untrained(out, bits, lcw, n_lcw, clus_h, clus_c, n_clus, gaz_text, gaz_len,
                                   lex_text, lex_len);
}

static uint64_t *learn_lcw(const nc_corpus *c, size_t *n_out) {
  gz_names *nm0 = NULL;
  if (untrained(&nm0, 8, NULL, 0, NULL, NULL, 0)) exit(1);
  size_t cap = 1 << 22;
  uint64_t *key = calloc(cap, 8);
  uint32_t *lo = calloc(cap, 4), *up = calloc(cap, 4);
  gzn_tok toks[GZN_MAX_SENT];
  for (size_t k = 0; k < c->n; k++) {
    size_t pos = 0, n;
    while ((n = gzn_next_sentence(nm0, c->v[k].text, c->v[k].len, &pos, toks, GZN_MAX_SENT))) {
      for (size_t i = 0; i < n; i++) {
        if (!(toks[i].flags & GZN_F_WORD)) continue;
        uint64_t h = toks[i].h_skel;
        size_t j = h & (cap - 1);
        while (key[j] && key[j] != h) j = (j + 1) & (cap - 1);
        key[j] = h;
        if (toks[i].flags & GZN_F_LOWER) lo[j]++;
        else if (!(toks[i].flags & GZN_F_SSTART)) up[j]++;
      }
    }
  }
  uint64_t *out = NULL;
  size_t n = 0, oc = 0;
  for (size_t j = 0; j < cap; j++) {
    if (!key[j] || lo[j] < 3 || lo[j] < 4 * up[j]) continue;
    if (n == oc) out = realloc(out, (oc = oc * 2 + 1024) * 8);
    out[n++] = key[j];
  }
  qsort(out, n, 8, cmp_u64);
  free(key);
  free(lo);
  free(up);
  gz_names_free(nm0);
  *n_out = n;
  return out;
}

/* Rewrites lib/names_model_stamp.h (next to the model's ../lib when the model
 * goes to models/) with checksums of the embedded files, so that the build
 * re-assembles lib/names_model.S. */
static void write_stamp(const char *model, const char *data) {
  char dir[1024], path[1100];
  snprintf(dir, sizeof dir, "%s", model);
  char *slash = strrchr(dir, '/');
  if (slash) *slash = 0;
  else snprintf(dir, sizeof dir, ".");
  snprintf(path, sizeof path, "%s/../lib/names_model_stamp.h", dir);
  FILE *probe = fopen(path, "r");
  if (!probe) return; /* model written elsewhere (experiments) */
  fclose(probe);
  const char *files[3] = {model, NULL, NULL};
  char g[1100], l[1100];
  snprintf(g, sizeof g, "%s/gazetteer.tsv", data);
  snprintf(l, sizeof l, "%s/lexicon.tsv", data);
  files[1] = g;
  files[2] = l;
  FILE *f = fopen(path, "w");
  if (!f) return;
  fprintf(f, "/* names_model_stamp.h - included by names_model.S only so that the build\n"
             " * system re-assembles it when the embedded files change (.incbin inputs are\n"
             " * not tracked). tools/train_names.c and scripts/build-gazetteers.sh rewrite\n"
             " * it. Do not edit. */\n");
  for (int i = 0; i < 3; i++) {
    size_t n;
    char *d = nc_read_file(files[i], &n);
    fprintf(f, "/* %016llx %zu %s */\n", d ? (unsigned long long)gzn_hash_bytes(d, n, 0) : 0ULL,
            d ? n : 0, strrchr(files[i], '/') ? strrchr(files[i], '/') + 1 : files[i]);
    free(d);
  }
  fclose(f);
}

static void load_or_warn(nc_corpus *c, const char *dir, const char *file, const char *tags,
                         int fmt, int lang) {
  char p[1024], t[1024];
  snprintf(p, sizeof p, "%s/%s", dir, file);
  if (tags) snprintf(t, sizeof t, "%s/%s", dir, tags);
  long k = nc_load(c, p, tags ? t : NULL, fmt, lang);
  if (k < 0) {
    fprintf(stderr, "train_names: cannot read %s\n", p);
    exit(1);
  }
  fprintf(stderr, "  %-45s %6ld sentences\n", file, k);
}

/* The unlabelled English text for the word clusters: the fortune cookie
 * files of the Debian packages fortunes and fortunes-min (BSD licence;
 * quotations, many with the name of their author). A fixed list, so that
 * other fortune packages installed beside them change nothing. */
static const char *const fortune_files[] = {
    "art", "ascii-art", "computers", "cookie", "debian", "definitions", "disclaimer", "drugs",
    "education", "ethnic", "food", "fortunes", "goedel", "humorists", "kids", "knghtbrd", "law",
    "linux", "linuxcookie", "literature", "love", "magic", "medicine", "men-women",
    "miscellaneous", "news", "paradoxum", "people", "perl", "pets", "platitudes", "politics",
    "pratchett", "riddles", "science", "songs-poems", "sports", "startrek", "tao",
    "translate-me", "wisdom", "work", "zippy", NULL};

/* Appends the lines of the fortune files in `dir` to c as unlabelled
 * sentences; returns how many, or exits when a file is missing. */
static size_t load_unlabelled(nc_corpus *c, const char *dir) {
  size_t added = 0;
  for (const char *const *fn = fortune_files; *fn; fn++) {
    {
      char p[1200];
      size_t len;
      snprintf(p, sizeof p, "%s/%s", dir, *fn);
      char *d = nc_read_file(p, &len);
      if (!d) {
        fprintf(stderr, "train_names: cannot read %s (apt-get install fortunes; or "
                        "--unlabelled none, which gives a different model)\n", p);
        exit(1);
      }
      for (char *s = d; d && s < d + len;) {
        char *e = memchr(s, '\n', (size_t)(d + len - s));
        if (!e) e = d + len;
        if (e > s) {
          if (c->n == c->cap) c->v = realloc(c->v, (c->cap = c->cap * 2 + 64) * sizeof *c->v);
          nc_sent *st = &c->v[c->n++];
          memset(st, 0, sizeof *st);
          st->text = malloc((size_t)(e - s) + 1);
          memcpy(st->text, s, (size_t)(e - s));
          st->text[e - s] = 0;
          st->len = (size_t)(e - s);
          added++;
        }
        s = e + 1;
      }
      free(d);
    }
  }
  return added;
}

/* Trains the averaged perceptron on tr from zero weights for `epochs` passes
 * (shuffled with the deterministic generator), printing dev F1 after each;
 * leaves the averaged weights in avg (nw floats) and tavg. */
static void train_model(const inst_set *tr, const inst_set *dv, int epochs, size_t nw, float *avg,
                        float *tavg, clock_t t0) {
  model m = {0};
  m.nw = nw;
  m.w = calloc(m.nw, sizeof(float));
  m.u = calloc(m.nw, sizeof(double));
  size_t *order = malloc(tr->n_chunks * sizeof *order);
  if (!m.w || !m.u || !order) exit(1);
  for (size_t i = 0; i < tr->n_chunks; i++) order[i] = i;
  uint8_t pred[GZN_MAX_SENT];
  m.c = 1;
  for (int ep = 0; ep < epochs; ep++) {
    for (size_t i = tr->n_chunks; i > 1; i--) {
      size_t j = rndn(i), t = order[i - 1];
      order[i - 1] = order[j];
      order[j] = t;
    }
    long errs = 0;
    for (size_t k = 0; k < tr->n_chunks; k++) {
      size_t ch = order[k];
      decode(&m, tr, ch, pred, 1, m.w, m.tw);
      size_t a = tr->tok_off[ch], n = tr->tok_off[ch + 1] - a;
      if (memcmp(pred, tr->gold + a, n) != 0) {
        update(&m, tr, ch, pred);
        errs++;
      }
      m.c += 1;
    }
    for (size_t i = 0; i < m.nw; i++) avg[i] = (float)(m.w[i] - m.u[i] / m.c);
    for (size_t i = 0; i < (GZN_NTAGS + 1) * GZN_STRIDE; i++) tavg[i] = (float)(m.tw[i] - m.tu[i] / m.c);
    prf p[4];
    evaluate(&m, dv, avg, tavg, p);
    fprintf(stderr, "epoch %d: %ld chunks wrong; dev F1 PER %.3f LOC %.3f ORG %.3f (%.0fs)\n",
            ep + 1, errs, f1(p[1]), f1(p[2]), f1(p[3]), (double)(clock() - t0) / CLOCKS_PER_SEC);
  }
  free(order);
  free(m.w);
  free(m.u);
}

/* Trains `runs` models that differ only in the order the shuffles visit the
 * chunks and averages their weights (a bagging-like ensemble folded into one
 * linear model: it costs nothing at run time and lowers the variance that
 * the visiting order causes). */
static void train_runs(const inst_set *tr, const inst_set *dv, int epochs, int runs, size_t nw,
                       float *avg, float *tavg, clock_t t0) {
  if (runs <= 1) {
    train_model(tr, dv, epochs, nw, avg, tavg, t0);
    return;
  }
  float *one = malloc(nw * sizeof *one);
  float tone[(GZN_NTAGS + 1) * GZN_STRIDE];
  if (!one) exit(1);
  memset(avg, 0, nw * sizeof *avg);
  memset(tavg, 0, sizeof tone);
  for (int r = 0; r < runs; r++) {
    train_model(tr, dv, epochs, nw, one, tone, t0);
    for (size_t i = 0; i < nw; i++) avg[i] += one[i] / (float)runs;
    for (size_t i = 0; i < (GZN_NTAGS + 1) * GZN_STRIDE; i++) tavg[i] += tone[i] / (float)runs;
  }
  free(one);
}

int main(int argc, char **argv) {
  const char *ner = "../shared/data/ner", *data = "data/names", *outp = "models/names.bin";
  const char *unlab = "/usr/share/games/fortunes";
  int epochs = 6;
  unsigned bits = 19;
  size_t gen = 12000;
  long dump = 0;
  double en_gen_ratio = 1.0 / 3;
  int wiki_rep = 1, train_dev = 1, runs = 4, clusters = 1, hold_ewt = 0;
  float fixed_temp = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--ner")) ner = argv[i + 1];
    else if (!strcmp(argv[i], "--data")) data = argv[i + 1];
    else if (!strcmp(argv[i], "--out")) outp = argv[i + 1];
    else if (!strcmp(argv[i], "--epochs")) epochs = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--bits")) bits = (unsigned)atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--gen")) gen = (size_t)atol(argv[i + 1]);
    else if (!strcmp(argv[i], "--dump-gen")) dump = atol(argv[i + 1]);
    else if (!strcmp(argv[i], "--en-gen")) en_gen_ratio = atof(argv[i + 1]);
    else if (!strcmp(argv[i], "--wiki-rep")) wiki_rep = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--train-dev")) train_dev = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--runs")) runs = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--hold-ewt")) hold_ewt = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--clusters")) clusters = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--unlabelled")) unlab = argv[i + 1];
    else if (!strcmp(argv[i], "--temp")) fixed_temp = (float)atof(argv[i + 1]);
    else if (!strcmp(argv[i], "--seed")) rng_state = strtoull(argv[i + 1], NULL, 0) | 1;
    else {
      fprintf(stderr, "usage: train_names [--ner DIR] [--data DIR] [--out FILE] [--epochs N] "
                      "[--bits B] [--gen N] [--en-gen R] [--wiki-rep N] [--train-dev 0|1] "
                      "[--runs N] [--temp T] [--seed S] [--clusters 0|1] "
                      "[--unlabelled DIR|none] [--dump-gen N] [--hold-ewt 0|1]\n");
      return 2;
    }
  }
  clock_t t0 = clock();
  nc_corpus train = {0}, dev = {0};
  fprintf(stderr, "reading corpora from %s\n", ner);
  load_or_warn(&train, ner, "en-btc/btc.train", NULL, NC_TSV, GIZLI_LANG_EN);
  load_or_warn(&train, ner, "en-wnut17/wnut17train.conll", NULL, NC_TSV, GIZLI_LANG_EN);
  for (int r = 0; r < wiki_rep; r++)
    load_or_warn(&train, ner, "en-wikigold/wikigold.conll.txt", NULL, NC_SPACE, GIZLI_LANG_EN);
  load_or_warn(&train, ner, "tr-turkish-wikiner/train.conll", NULL, NC_TSV, GIZLI_LANG_TR);
  /* web text (answers, e-mail, reviews): its dev split trains, its test split evaluates */
  for (int r = 0; r < wiki_rep && !hold_ewt; r++)
    load_or_warn(&train, ner, "en-uner-ewt/en_ewt-ud-dev.iob2", NULL, NC_UNER, GIZLI_LANG_EN);
  load_or_warn(&dev, ner, "en-btc/btc.dev", NULL, NC_TSV, GIZLI_LANG_EN);
  load_or_warn(&dev, ner, "en-wnut17/emerging.dev.conll", NULL, NC_TSV, GIZLI_LANG_EN);
  load_or_warn(&dev, ner, "tr-turkish-wikiner/dev.conll", NULL, NC_TSV, GIZLI_LANG_TR);
  char path[1024];
  snprintf(path, sizeof path, "%s/gazetteer.tsv", data);
  load_lists(path);
  gaz_text = nc_read_file(path, &gaz_len);
  snprintf(path, sizeof path, "%s/lexicon.tsv", data);
  load_lists(path);
  lex_text = nc_read_file(path, &lex_len);
  if (!gaz_text || !lex_text) return 1;
  snprintf(path, sizeof path, "%s/templates.tsv", data);
  size_t n_real = train.n;
  size_t per_lang[3] = {gen, gen / 3, (size_t)(gen * en_gen_ratio)};
  generate(&train, path, per_lang);
  fprintf(stderr, "  generated %zu sentences (az %zu, tr %zu, en %zu)\n", train.n - n_real,
          per_lang[0], per_lang[1], per_lang[2]);
  for (long d = 0; d < dump && n_real + (size_t)d < train.n; d++) {
    /* prints generated sentences with [TYPE ...] brackets, for inspection */
    const nc_sent *st = &train.v[n_real + (size_t)(d * 97) % (train.n - n_real)];
    size_t e = 0;
    for (size_t i = 0; i <= st->len; i++) {
      for (size_t k = 0; k < st->n_ents; k++)
        if (st->ents[k].end == i) printf("]");
      for (size_t k = 0; k < st->n_ents; k++)
        if (st->ents[k].start == i) printf("[%s ", st->ents[k].type == 1 ? "PER" : st->ents[k].type == 2 ? "LOC" : "ORG");
      if (i < st->len) putchar(st->text[i]);
    }
    (void)e;
    putchar('\n');
  }
  if (dump) return 0;
  size_t n_lcw;
  uint64_t *lcw = learn_lcw(&train, &n_lcw);
  /* word clusters from the text of the real training sentences (labels
   * ignored; no generated text, no dev or test text) */
  uint64_t *clus_h = NULL;
  uint16_t *clus_c = NULL;
  size_t n_clus = 0;
  if (clusters) {
    gz_names *nm0 = NULL;
    if (untrained(&nm0, 8, NULL, 0, NULL, NULL, 0)) return 1;
    nc_corpus ctext = {0};
    for (size_t k = 0; k < n_real; k++) {
      if (ctext.n == ctext.cap)
        ctext.v = realloc(ctext.v, (ctext.cap = ctext.cap * 2 + 64) * sizeof *ctext.v);
      ctext.v[ctext.n++] = train.v[k]; /* shallow: the texts stay owned by train */
    }
    if (unlab && !strcmp(unlab, "none")) unlab = NULL;
    size_t n_un = unlab ? load_unlabelled(&ctext, unlab) : 0;
    n_clus = ncl_learn(nm0, &ctext, ctext.n, &clus_h, &clus_c);
    for (size_t k = n_real; k < ctext.n; k++) free(ctext.v[k].text);
    free(ctext.v);
    if (unlab) fprintf(stderr, "  unlabelled text: %zu lines from %s\n", n_un, unlab);
    gz_names_free(nm0);
    fprintf(stderr, "word clusters: %zu words (%.0fs)\n", n_clus,
            (double)(clock() - t0) / CLOCKS_PER_SEC);
  }
  gz_names *nm = NULL;
  if (untrained(&nm, bits, lcw, n_lcw, clus_h, clus_c, n_clus)) return 1;
  inst_set tr = {0}, dv = {0};
  featurize(nm, &train, &tr);
  featurize(nm, &dev, &dv);
  fprintf(stderr, "gold entity tokens %ld, of which not candidates %ld\n", n_gold_tok, n_gold_noncand);
  fprintf(stderr, "train: %zu chunks, %zu tokens, %zu features; dev: %zu chunks; lcw %zu\n",
          tr.n_chunks, tr.n_toks, tr.n_feats, dv.n_chunks, n_lcw);
  size_t nw = ((size_t)1 << bits) * GZN_STRIDE;
  float *avg = calloc(nw, sizeof(float));
  float tavg[(GZN_NTAGS + 1) * GZN_STRIDE];
  /* pass 1: train on the train splits, calibrate the temperature on dev */
  train_runs(&tr, &dv, epochs, runs, nw, avg, tavg, t0);
  float best_t = 1;
  double best = 1e18;
  for (float T = 0.25f; T <= 64; T *= 1.4142f) {
    double v = nll(&dv, avg, tavg, T);
    if (v < best) best = v, best_t = T;
  }
  if (fixed_temp > 0) best_t = fixed_temp;
  if (train_dev) {
    /* pass 2: the same recipe on train + dev; the temperature stays the one
     * calibrated on the held-out dev splits in pass 1 */
    featurize(nm, &dev, &tr);
    fprintf(stderr, "pass 2 (train + dev): %zu chunks\n", tr.n_chunks);
    train_runs(&tr, &dv, epochs, runs, nw, avg, tavg, t0);
  }
  /* quantise */
  float maxabs = 0;
  for (size_t i = 0; i < nw; i++)
    if (fabsf(avg[i]) > maxabs) maxabs = fabsf(avg[i]);
  for (size_t i = 0; i < sizeof tavg / sizeof tavg[0]; i++)
    if (fabsf(tavg[i]) > maxabs) maxabs = fabsf(tavg[i]);
  float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
  fprintf(stderr, "temperature %.3f (dev nll/token %.4f), weight scale %g\n", best_t, best, scale);
  gzn_model_header h;
  memset(&h, 0, sizeof h);
  memcpy(h.magic, GZN_MAGIC, 8);
  h.endian = 0x01020304u;
  h.featset = GZN_FEATSET;
  h.bits = bits;
  h.n_lcw = (uint32_t)n_lcw;
  h.n_clus = (uint32_t)n_clus;
  h.wscale = scale;
  h.temp = best_t;
  for (size_t i = 0; i < sizeof tavg / sizeof tavg[0]; i++) h.trans[i] = (int16_t)lrintf(tavg[i] / scale);
  int16_t *q = malloc(nw * sizeof *q);
  for (size_t i = 0; i < nw; i++) q[i] = (int16_t)lrintf(avg[i] / scale);
  char tmp[1100];
  static const uint16_t zero_pad[4] = {0};
  snprintf(tmp, sizeof tmp, "%s.tmp", outp);
  FILE *f = fopen(tmp, "wb");
  if (!f || fwrite(&h, sizeof h, 1, f) != 1 || fwrite(q, sizeof *q, nw, f) != nw ||
      fwrite(lcw, 8, n_lcw, f) != n_lcw || (n_clus && fwrite(clus_h, 8, n_clus, f) != n_clus) ||
      (n_clus && fwrite(clus_c, 2, n_clus, f) != n_clus) ||
      fwrite(zero_pad, 2, ((n_clus + 3) & ~(size_t)3) - n_clus, f) !=
          ((n_clus + 3) & ~(size_t)3) - n_clus ||
      fclose(f) != 0 || rename(tmp, outp) != 0) {
    fprintf(stderr, "train_names: cannot write %s\n", outp);
    return 1;
  }
  write_stamp(outp, data);
  fprintf(stderr, "wrote %s (%zu bytes) in %.0fs\n", outp,
          sizeof h + nw * sizeof *q + n_lcw * 8 + n_clus * 8 + ((n_clus + 3) & ~(size_t)3) * 2,
          (double)(clock() - t0) / CLOCKS_PER_SEC);
  inst_set *sets[2] = {&tr, &dv};
  for (int i = 0; i < 2; i++) {
    free(sets[i]->tok_off);
    free(sets[i]->gold);
    free(sets[i]->cand);
    free(sets[i]->feat_off);
    free(sets[i]->feats);
  }
  for (int la = 0; la < LA_N; la++) {
    wlist *ls[4] = {&first_l[la], &last_l[la], &loc_l[la], &title_l[la]};
    for (int k = 0; k < 4; k++) {
      for (size_t i = 0; i < ls[k]->n; i++) free(ls[k]->v[i]);
      free(ls[k]->v);
    }
  }
  free(q);
  free(avg);
  free(lcw);
  free(clus_h);
  free(clus_c);
  gz_names_free(nm);
  nc_free(&train);
  nc_free(&dev);
  return 0;
}
