/* deid_surrogate.c - realistic, deterministic fakes: person names of the
 * same language and gender (Azerbaijani -ov/-ova surnames follow the gender),
 * with Turkish/Azerbaijani case suffixes after the name re-harmonised
 * ("Kaya'nın" -> "Demir'in"); e-mail addresses, phones (country and operator
 * code kept), identifiers with valid checksums, cities, addresses,
 * organisations, dates. Every choice is a keyed PRF of the normalised value,
 * so one person maps to one surrogate across documents and processes. */
#include "deid.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

enum { L_TR = 0, L_AZ = 1, L_EN = 2 };

static const char *const male[3][40] = {
    {"Ahmet", "Mehmet", "Mustafa", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman",
     "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep",
     "Fatih", "Kadir", "Emre", "Burak", "Serkan", "Volkan", "Kemal", "Orhan", "Cem", "Deniz",
     "Barış", "Tolga", "Onur", "Uğur", "Selim", "Erkan", "Levent", "Tuncay", "Gökhan", "Hakan",
     "Sinan", "Erdem"},
    {"Əli", "Məmməd", "Hüseyn", "Həsən", "Elçin", "Rəşad", "Tural", "Orxan", "Elnur", "Vüqar",
     "Kamran", "Ramin", "Fərid", "Samir", "Nicat", "Ruslan", "Anar", "Elvin", "Cavid", "Emin",
     "Rauf", "Zaur", "Şahin", "Vüsal", "Namiq", "İlham", "Rövşən", "Fuad", "Elşən", "Araz",
     "Toğrul", "Murad", "Rüstəm", "Kənan", "Nurlan", "Seymur", "Elmar", "Azər", "Pərviz",
     "Ülvi"},
    {"James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
     "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Paul", "Steven", "Andrew", "Kenneth",
     "Joshua", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey",
     "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin",
     "Scott", "Frank", "Peter", "Oliver"},
};

static const char *const female[3][40] = {
    {"Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan",
     "Hanife", "Merve", "Özlem", "Esra", "Büşra", "Derya", "Gül", "Sibel", "Seda", "Ebru",
     "Tuğba", "Gamze", "Pınar", "Aslı", "Ceren", "Burcu", "Songül", "Nurcan", "Yasemin",
     "Melek", "Dilek", "Leyla", "Selin", "İrem", "Ece", "Damla", "Aylin", "Nazlı", "Sevgi",
     "Gizem"},
    {"Aysel", "Günay", "Leyla", "Nigar", "Sevinc", "Aynur", "Gülnar", "Səbinə", "Könül",
     "Nərmin", "Aygün", "Ülviyyə", "Şəbnəm", "Lalə", "Fidan", "Aytən", "Xədicə", "Zəhra",
     "Nərgiz", "Türkan", "Samirə", "Gülşən", "Vüsalə", "Aida", "Lamiyə", "Nurlana", "Röya",
     "Sevda", "Elnarə", "Kəmalə", "Nailə", "Mehriban", "Zümrüd", "Arzu", "Günel", "Aynişan",
     "Fəridə", "Səadət", "Jalə", "Ləman"},
    {"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
     "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Emily",
     "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca",
     "Laura", "Sharon", "Cynthia", "Kathleen", "Amy", "Angela", "Helen", "Anna", "Brenda",
     "Emma", "Olivia", "Nicole", "Rachel", "Catherine", "Grace"},
};

/* Azerbaijani surnames in the masculine form; the feminine adds "a". */
static const char *const surnames[3][40] = {
    {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
     "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
     "Şimşek", "Polat", "Özcan", "Korkmaz", "Çakır", "Erdoğan", "Yavuz", "Can", "Acar",
     "Güler", "Aktaş", "Tekin", "Bulut", "Keskin", "Ünal", "Güneş", "Turan", "Bozkurt", "Tunç",
     "Sarı", "Işık"},
    {"Məmmədov", "Əliyev", "Həsənov", "Hüseynov", "Quliyev", "İsmayılov", "Abbasov", "Cəfərov",
     "Rzayev", "Səfərov", "Orucov", "Nəsirov", "Babayev", "Kərimov", "Mustafayev", "Süleymanov",
     "Rəhimov", "Musayev", "Əhmədov", "Nağıyev", "Bayramov", "Qasımov", "Vəliyev", "Zeynalov",
     "Sadıqov", "Həmidov", "Allahverdiyev", "Əsgərov", "Novruzov", "Tağıyev", "Salmanov",
     "Paşayev", "Mirzəyev", "Rüstəmov", "Şükürov", "Məlikov", "Yusifov", "Əzizov", "İbrahimov",
     "Hacıyev"},
    {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
     "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
     "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green",
     "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips",
     "Campbell", "Parker", "Evans", "Edwards"},
};

static const char *const cities[3][20] = {
    {"İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Adana", "Gaziantep", "Kayseri",
     "Mersin", "Eskişehir", "Samsun", "Trabzon", "Denizli", "Malatya", "Erzurum", "Sakarya",
     "Balıkesir", "Manisa", "Diyarbakır"},
    {"Bakı", "Gəncə", "Sumqayıt", "Mingəçevir", "Şirvan", "Naxçıvan", "Lənkəran", "Şəki",
     "Yevlax", "Xankəndi", "Quba", "Qəbələ", "Şamaxı", "Zaqatala", "Masallı", "Salyan",
     "Bərdə", "Ağdam", "Qusar", "Şuşa"},
    {"London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Liverpool", "Bristol",
     "Sheffield", "Edinburgh", "Cardiff", "New York", "Chicago", "Boston", "Seattle", "Denver",
     "Austin", "Portland", "Atlanta", "Dallas", "Phoenix"},
};

static const char *const streets[3][10] = {
    {"Atatürk", "Cumhuriyet", "İstiklal", "Gazi", "Fevzi Çakmak", "Mimar Sinan", "Yunus Emre",
     "Barbaros", "Kazım Karabekir", "Mevlana"},
    {"Nizami", "Füzuli", "Səməd Vurğun", "Azadlıq", "Neftçilər", "Bülbül", "Xətai",
     "Cəfər Cabbarlı", "Üzeyir Hacıbəyov", "Rəşid Behbudov"},
    {"High", "Station", "Church", "Park", "Victoria", "Green", "Manor", "Kings", "Queens",
     "Mill"},
};

static const char *const domains[] = {"gmail.com", "outlook.com", "yahoo.com", "yandex.com",
                                      "hotmail.com", "mail.ru", "icloud.com", "proton.me"};

/* ---- UTF-8 helpers -------------------------------------------------------------- */

static int decode(const char *s, size_t len, utf8proc_int32_t *cps, int cap) {
  int n = 0;
  for (size_t i = 0; i < len && n < cap;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(len - i), &cp);
    if (r <= 0) return -1;
    cps[n++] = cp;
    i += (size_t)r;
  }
  return n;
}

static int put_cp(gizli_deid_doc *doc, utf8proc_int32_t cp) {
  utf8proc_uint8_t b[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, b);
  return gz_doc_put(doc, b, (size_t)n);
}

static int is_letter(utf8proc_int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

/* Turkish/Azerbaijani-aware case mapping of one code point. */
static utf8proc_int32_t lower_cp(utf8proc_int32_t c) {
  if (c == 'I') return 0x131;  /* I -> ı */
  if (c == 0x130) return 'i';  /* İ -> i */
  return utf8proc_tolower(c);
}
static utf8proc_int32_t upper_cp(utf8proc_int32_t c) {
  if (c == 'i') return 0x130;
  if (c == 0x131) return 'I';
  return utf8proc_toupper(c);
}

/* ---- vowel harmony ------------------------------------------------------------- */

static int vowel_class(utf8proc_int32_t c) {
  /* 1 back unrounded, 2 back rounded, 3 front unrounded, 4 front rounded */
  switch (lower_cp(c)) {
  case 'a': case 0x131: case 0xE2: return 1;       /* a ı â */
  case 'o': case 'u': case 0xFB: return 2;          /* o u û */
  case 'e': case 'i': case 0x259: case 0xEE: return 3; /* e i ə î */
  case 0xF6: case 0xFC: return 4;                   /* ö ü */
  default: return 0;
  }
}

static int voiceless(utf8proc_int32_t c) {
  switch (lower_cp(c)) {
  case 'f': case 's': case 't': case 'k': case 0xE7: case 0x15F: case 'h': case 'p': return 1;
  default: return 0;
  }
}

/* A morpheme as archiphonemes: 'N','Y' optional buffer consonants (only
 * after a vowel), 'I' high vowel (ı i u ü), 'A' low vowel (a e / a ə),
 * 'D' d/t, 'C' c/ç; lower-case ASCII letters are literal. */
static const char *const morph_tr[] = {"NIn", "YI", "YA", "DAn", "DA", "YlA", "lAr", "ki",
                                       "DIr", "CA", "YdI", NULL};
static const char *const morph_az[] = {"NIn", "NI", "YA", "dAn", "dA", "YlA", "lAr", "ki",
                                       "dIr", "NdA", "NdAn", NULL};

typedef struct hstate {
  int last_vowel;          /* vowel class of the last vowel so far */
  utf8proc_int32_t last;   /* last letter */
  int az;
} hstate;

static void hs_push(hstate *h, utf8proc_int32_t c) {
  int v = vowel_class(c);
  if (v) h->last_vowel = v;
  h->last = c;
}

/* Surface letter of one archiphoneme after the state h (0 = nothing). */
static utf8proc_int32_t surface(const hstate *h, char a) {
  int after_vowel = vowel_class(h->last) != 0;
  switch (a) {
  case 'N': return after_vowel ? 'n' : 0;
  case 'Y': return after_vowel ? 'y' : 0;
  case 'I': {
    static const utf8proc_int32_t hi[5] = {'i', 0x131, 'u', 'i', 0xFC};
    return hi[h->last_vowel];
  }
  case 'A':
    return h->last_vowel == 3 || h->last_vowel == 4 ? (h->az ? 0x259 : 'e')
           : h->last_vowel ? 'a' : (h->az ? 0x259 : 'e');
  case 'D': return !h->az && voiceless(h->last) ? 't' : 'd';
  case 'C': return voiceless(h->last) ? 0xE7 : 'c';
  default: return (utf8proc_int32_t)a;
  }
}

/* Tries to read morpheme m from cps[i..] given h; returns letters used or -1. */
static int match_morph(const hstate *h0, const char *m, const utf8proc_int32_t *cps, int n,
                       int i, hstate *out) {
  hstate h = *h0;
  int j = i;
  for (const char *p = m; *p; p++) {
    utf8proc_int32_t want = surface(&h, *p);
    if (!want) continue;
    if (j >= n || lower_cp(cps[j]) != want) {
      /* vowel harmony of foreign names is not always regular: accept any
       * high/low vowel and either d/t, c/ç, as long as the shape matches */
      if (j >= n) return -1;
      utf8proc_int32_t c = lower_cp(cps[j]);
      int ok = (*p == 'I' && (c == 0x131 || c == 'i' || c == 'u' || c == 0xFC)) ||
               (*p == 'A' && (c == 'a' || c == 'e' || c == 0x259)) ||
               (*p == 'D' && (c == 'd' || c == 't')) || (*p == 'C' && (c == 'c' || c == 0xE7));
      if (!ok) return -1;
    }
    hs_push(&h, lower_cp(cps[j]));
    j++;
  }
  *out = h;
  return j - i;
}

/* Parses the whole letter run as a chain of morphemes (depth-first). */
static int parse_chain(const hstate *h, const char *const *morphs, const utf8proc_int32_t *cps,
                       int n, int i, int *chain, int depth) {
  if (i == n) return depth;
  if (depth >= 6) return -1;
  for (int k = 0; morphs[k]; k++) {
    hstate nh;
    int used = match_morph(h, morphs[k], cps, n, i, &nh);
    if (used <= 0) continue;
    chain[depth] = k;
    int r = parse_chain(&nh, morphs, cps, n, i + used, chain, depth + 1);
    if (r >= 0) return r;
  }
  return -1;
}

/* Re-harmonises a case suffix after a replaced name. `after` must start with
 * an apostrophe (' or ’) followed by letters, or - Azerbaijani style - with
 * letters directly. Writes apostrophe + new suffix and sets *consumed; does
 * nothing when the letters are not a chain of known suffixes. */
static int harmonize(gizli_deid_doc *doc, const char *old_name, size_t old_len,
                     const char *new_name, size_t new_len, int az, const char *after,
                     size_t after_len, size_t *consumed) {
  size_t ap = 0;
  if (after_len >= 1 && after[0] == '\'') ap = 1;
  else if (after_len >= 3 && !memcmp(after, "\xE2\x80\x99", 3)) ap = 3;
  size_t e = ap;
  utf8proc_int32_t cps[24];
  int n = 0;
  while (e < after_len && n < 24) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)after + e,
                                          (utf8proc_ssize_t)(after_len - e), &cp);
    if (r <= 0 || !is_letter(cp)) break;
    cps[n++] = cp;
    e += (size_t)r;
  }
  if (n == 0 || n >= 24 || (!ap && !az)) return GIZLI_OK;
  utf8proc_int32_t on[64], nn[64];
  int onl = decode(old_name, old_len, on, 64), nnl = decode(new_name, new_len, nn, 64);
  if (onl <= 0 || nnl <= 0) return GIZLI_OK;
  hstate ho = {0, 0, az}, hn = {0, 0, az};
  for (int i = 0; i < onl; i++) hs_push(&ho, on[i]);
  for (int i = 0; i < nnl; i++) hs_push(&hn, nn[i]);
  const char *const *morphs = az ? morph_az : morph_tr;
  int chain[8];
  int depth = parse_chain(&ho, morphs, cps, n, 0, chain, 0);
  if (depth <= 0) return GIZLI_OK;
  int upper = utf8proc_category(cps[0]) == UTF8PROC_CATEGORY_LU;
  int rc = gz_doc_put(doc, after, ap);
  for (int k = 0; !rc && k < depth; k++)
    for (const char *p = morphs[chain[k]]; !rc && *p; p++) {
      utf8proc_int32_t c = surface(&hn, *p);
      if (!c) continue;
      hs_push(&hn, c);
      rc = put_cp(doc, upper ? upper_cp(c) : c);
    }
  if (!rc) *consumed = e;
  return rc;
}

/* ---- names -------------------------------------------------------------------- */

/* List entries are written in title case (first letter upper, the rest
 * lower), so a case-folded word equals an entry when it equals the entry with
 * its first letter lowered: no folding of the list at run time. */
static int eq_entry(const char *f, size_t fl, const char *entry) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)entry, -1, &cp);
  if (r <= 0) return 0;
  utf8proc_uint8_t b[4];
  utf8proc_ssize_t bl = utf8proc_encode_char(lower_cp(cp), b);
  size_t rest = strlen(entry + r);
  return fl == (size_t)bl + rest && !memcmp(f, b, (size_t)bl) && !memcmp(f + bl, entry + r, rest);
}

static int in_list(const char *const *list, int n, const char *w, size_t wl) {
  char f1[128];
  size_t l1 = gizli_casefold(w, wl, GIZLI_LANG_TR, f1, sizeof f1);
  if (l1 > sizeof f1) return -1;
  for (int i = 0; i < n; i++)
    if (eq_entry(f1, l1, list[i])) return i;
  return -1;
}

static int word_lang_hint(const char *w, size_t wl) {
  if (memmem(w, wl, "\xC9\x99", 2) || memmem(w, wl, "\xC6\x8F", 2)) return L_AZ; /* ə Ə */
  for (int l = 0; l < 3; l++)
    if (in_list(male[l], 40, w, wl) >= 0 || in_list(female[l], 40, w, wl) >= 0 ||
        in_list(surnames[l], 40, w, wl) >= 0)
      return l;
  return -1;
}

static int is_upper_word(const char *w, size_t wl) {
  utf8proc_int32_t cps[64];
  int n = decode(w, wl, cps, 64), letters = 0;
  for (int i = 0; i < n; i++)
    if (is_letter(cps[i])) {
      letters++;
      if (utf8proc_category(cps[i]) != UTF8PROC_CATEGORY_LU) return 0;
    }
  return letters > 1;
}

/* Appends a list entry in the case style of the original word. */
static int put_styled(gizli_deid_doc *doc, const char *s, int upper) {
  if (!upper) return gz_doc_put(doc, s, strlen(s));
  utf8proc_int32_t cps[64];
  int n = decode(s, strlen(s), cps, 64);
  for (int i = 0; i < n; i++) {
    int rc = put_cp(doc, upper_cp(cps[i]));
    if (rc) return rc;
  }
  return GIZLI_OK;
}

static const char *const keep_words[] = {"bey", "bəy", "hanım", "xanım", "mr", "mrs", "ms",
                                         "dr", "prof", "müəllim", "hoca", "sir", "miss", NULL};

static int person(gizli_deid_doc *doc, const char *v, size_t len, int lang, const char *after,
                  size_t after_len, size_t *consumed) {
  /* a suffix inside the finding ("Kaya'nın" reported whole) is handled like
   * one that follows it */
  for (size_t i = len; i-- > 1;) {
    if (v[i] == ' ') break;
    size_t al = v[i] == '\'' ? 1 : (i >= 2 && !memcmp(v + i - 2, "\xE2\x80\x99", 3)) ? 3 : 0;
    if (!al) continue;
    size_t at = v[i] == '\'' ? i : i - 2;
    if (at == 0 || at + al >= len) break;
    size_t inner = 0, mark = doc->len;
    int rc = person(doc, v, at, lang, v + at, len - at, &inner);
    if (rc) return rc;
    if (inner < len - at) { /* not a known suffix chain: keep it as written */
      doc->len = mark;
      rc = person(doc, v, at, lang, NULL, 0, &inner);
      if (!rc) rc = gz_doc_put(doc, v + at, len - at);
    }
    (void)after, (void)after_len, (void)consumed;
    return rc;
  }
  /* split into words */
  size_t ws[16], we[16];
  int nw = 0;
  for (size_t i = 0; i < len && nw < 16;) {
    while (i < len && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n')) i++;
    if (i >= len) break;
    ws[nw] = i;
    while (i < len && v[i] != ' ' && v[i] != '\t' && v[i] != '\n') i++;
    we[nw++] = i;
  }
  if (nw == 0 || nw == 16) return GIZLI_E_RANGE;
  /* language: caller's, else hints from the words */
  int L = lang == GIZLI_LANG_AZ ? L_AZ : lang == GIZLI_LANG_TR ? L_TR
          : lang == GIZLI_LANG_EN ? L_EN : -1;
  if (L < 0)
    for (int i = 0; i < nw && L < 0; i++) L = word_lang_hint(v + ws[i], we[i] - ws[i]);
  if (L < 0) L = L_TR;
  /* gender: the first word found in a first-name list decides */
  int gender = -1; /* 0 male, 1 female */
  int kind[16];    /* 0 first name, 1 surname, 2 kept word, 3 initial */
  for (int i = 0; i < nw; i++) {
    const char *w = v + ws[i];
    size_t wl = we[i] - ws[i];
    kind[i] = (i == nw - 1 && nw > 1) ? 1 : 0;
    char f[64];
    size_t fl = gizli_casefold(w, wl, GIZLI_LANG_TR, f, sizeof f - 1);
    if (fl < sizeof f) {
      if (fl && f[fl - 1] == '.') fl--;
      for (int k = 0; keep_words[k]; k++)
        if (strlen(keep_words[k]) == fl && !memcmp(keep_words[k], f, fl)) kind[i] = 2;
    }
    if (kind[i] == 2) continue;
    utf8proc_int32_t cps[4];
    int nc = decode(w, wl, cps, 4);
    if (nc == 1 || (nc == 2 && cps[1] == '.')) {
      kind[i] = 3;
      continue;
    }
    for (int l = 0; l < 3; l++) {
      int m = in_list(male[l], 40, w, wl) >= 0, fe = in_list(female[l], 40, w, wl) >= 0;
      if ((m || fe) && !(kind[i] == 1 && in_list(surnames[l], 40, w, wl) >= 0)) {
        kind[i] = 0;
        if (gender < 0) gender = fe ? 1 : 0;
        break;
      }
    }
    if (kind[i] == 0 && nw == 1 && gender < 0) kind[i] = 1; /* lone unknown word: surname */
  }
  if (gender < 0 && L == L_AZ) /* Azerbaijani surnames carry it: -ova, -yeva, qızı */
    for (int i = 0; i < nw; i++) {
      size_t wl = we[i] - ws[i];
      const char *w = v + ws[i];
      if ((wl > 3 && !memcmp(w + wl - 3, "ova", 3)) || (wl > 3 && !memcmp(w + wl - 3, "eva", 3)) ||
          (wl > 3 && !memcmp(w + wl - 3, "OVA", 3)) || (wl > 3 && !memcmp(w + wl - 3, "EVA", 3)))
        gender = 1;
      else if ((wl > 2 && (!memcmp(w + wl - 2, "ov", 2) || !memcmp(w + wl - 2, "ev", 2))))
        gender = 0;
    }
  unsigned char r[32];
  int rc = gz_prf(doc, GIZLI_T_PERSON, "gender", v, len, r, 1);
  if (rc) return rc;
  if (gender < 0) gender = r[0] & 1;
  size_t new_last_start = 0;
  size_t pos = 0;
  for (int i = 0; i < nw; i++) {
    rc = gz_doc_put(doc, v + pos, ws[i] - pos); /* separators as written */
    if (rc) return rc;
    const char *w = v + ws[i];
    size_t wl = we[i] - ws[i];
    new_last_start = doc->len;
    int up = is_upper_word(w, wl);
    if (kind[i] == 2) {
      rc = gz_doc_put(doc, w, wl);
    } else if (kind[i] == 3) {
      rc = gz_prf(doc, GIZLI_T_PERSON, "initial", w, wl, r, 1);
      char b[3] = {(char)('A' + r[0] % 26), '.', 0};
      if (!rc) rc = gz_doc_put(doc, b, wl > 1 ? 2 : 1);
    } else {
      /* each word maps on its own, so "Kaya" alone and in "Ali Kaya" agree */
      rc = gz_prf(doc, GIZLI_T_PERSON, kind[i] ? "surname" : "given", w, wl, r, 4);
      if (rc) return rc;
      const char *const *list = kind[i] ? surnames[L] : gender ? female[L] : male[L];
      unsigned idx = ((unsigned)r[0] << 8 | r[1]) % 40;
      if (in_list(list, 40, w, wl) == (int)idx) idx = (idx + 1 + r[2] % 39) % 40;
      rc = put_styled(doc, list[idx], up);
      if (!rc && kind[i] == 1 && L == L_AZ && gender == 1) {
        const char *s = list[idx];
        size_t sl = strlen(s);
        if (sl && s[sl - 1] == 'v') rc = gz_doc_put(doc, up ? "A" : "a", 1);
      }
    }
    if (rc) return rc;
    pos = we[i];
  }
  rc = gz_doc_put(doc, v + pos, len - pos);
  if (rc) return rc;
  if (after && after_len && (L == L_TR || L == L_AZ) && pos == len) {
    const char *old_last = v + ws[nw - 1];
    size_t old_len = we[nw - 1] - ws[nw - 1];
    /* copy: the doc buffer may move while appending */
    char nl[128];
    size_t nlen = doc->len - new_last_start;
    if (nlen < sizeof nl) {
      memcpy(nl, doc->buf + new_last_start, nlen);
      rc = harmonize(doc, old_last, old_len, nl, nlen, L == L_AZ, after, after_len, consumed);
    }
  }
  return rc;
}

/* ---- other types ---------------------------------------------------------------- */

static size_t ascii_fold(const char *s, char *out, size_t cap) {
  static const struct { const char *u; char a; } map[] = {
      {"ç", 'c'}, {"ğ", 'g'}, {"ı", 'i'}, {"ö", 'o'}, {"ş", 's'}, {"ü", 'u'}, {"ə", 'e'},
      {"Ç", 'c'}, {"Ğ", 'g'}, {"İ", 'i'}, {"Ö", 'o'}, {"Ş", 's'}, {"Ü", 'u'}, {"Ə", 'e'},
      {"x", 'x'}};
  size_t n = 0;
  for (size_t i = 0; s[i] && n + 1 < cap;) {
    int done = 0;
    for (size_t k = 0; k < sizeof map / sizeof map[0]; k++) {
      size_t l = strlen(map[k].u);
      if (!strncmp(s + i, map[k].u, l)) {
        out[n++] = map[k].a;
        i += l;
        done = 1;
        break;
      }
    }
    if (done) continue;
    char c = s[i++];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[n++] = c;
  }
  out[n] = 0;
  return n;
}

static int lang_index(int lang, const char *v, size_t len) {
  if (lang == GIZLI_LANG_AZ) return L_AZ;
  if (lang == GIZLI_LANG_TR) return L_TR;
  if (lang == GIZLI_LANG_EN) return L_EN;
  if (memmem(v, len, "\xC9\x99", 2)) return L_AZ;
  return L_TR;
}

static int email(gizli_deid_doc *doc, const char *v, size_t len, int lang) {
  unsigned char r[8];
  int rc = gz_prf(doc, GIZLI_T_EMAIL, "email", v, len, r, sizeof r);
  if (rc) return rc;
  int L = lang_index(lang, v, len);
  const char *first = (r[0] & 1 ? female : male)[L][r[1] % 40];
  const char *last = surnames[L][r[2] % 40];
  char a[64], b[64], out[200];
  ascii_fold(first, a, sizeof a);
  ascii_fold(last, b, sizeof b);
  int n = snprintf(out, sizeof out, "%s.%s%02d@%s", a, b, r[3] % 100,
                   domains[r[4] % (sizeof domains / sizeof domains[0])]);
  return gz_doc_put(doc, out, (size_t)n);
}

static int phone(gizli_deid_doc *doc, const char *v, size_t len) {
  /* last 7 digits are the subscriber number: fake them, first one non-zero */
  size_t nd = 0;
  for (size_t i = 0; i < len; i++) nd += v[i] >= '0' && v[i] <= '9';
  unsigned char r[16];
  int rc = gz_prf(doc, GIZLI_T_PHONE, "subscriber", v, len, r, sizeof r);
  if (rc) return rc;
  rc = gz_doc_reserve(doc, len + 1);
  if (rc) return rc;
  size_t seen = 0, k = 0;
  for (size_t i = 0; i < len; i++) {
    char c = v[i];
    if (c >= '0' && c <= '9') {
      if (nd >= 7 && seen >= nd - 7) {
        c = k == 0 ? (char)('1' + r[k] % 9) : (char)('0' + r[k] % 10);
        k++;
      }
      seen++;
    }
    doc->buf[doc->len++] = c;
  }
  doc->buf[doc->len] = 0;
  return GIZLI_OK;
}

const char *gz_find_city(const char *s, size_t len, size_t *city_len) {
  char f[1024], c[64];
  size_t fl = gizli_casefold(s, len < sizeof f ? len : sizeof f, GIZLI_LANG_TR, f, sizeof f);
  if (fl > sizeof f) fl = sizeof f;
  const char *best = NULL;
  size_t best_at = (size_t)-1;
  for (int l = 0; l < 3; l++)
    for (int i = 0; i < 20; i++) {
      size_t cl = gizli_casefold(cities[l][i], strlen(cities[l][i]), GIZLI_LANG_TR, c, sizeof c);
      const char *hit = memmem(f, fl, c, cl);
      /* the last city named in an address is the city (streets may carry
       * city names, e.g. "Ankara Caddesi No 5, İzmir") */
      if (hit && (best == NULL || (size_t)(hit - f) > best_at)) {
        best = cities[l][i];
        best_at = (size_t)(hit - f);
      }
    }
  if (best) *city_len = strlen(best);
  return best;
}

static int place(gizli_deid_doc *doc, int type, const char *v, size_t len, int lang) {
  unsigned char r[8];
  int rc = gz_prf(doc, type, "place", v, len, r, sizeof r);
  if (rc) return rc;
  int L = lang_index(lang, v, len);
  size_t cl = 0;
  const char *orig = gz_find_city(v, len, &cl);
  if (orig && lang == GIZLI_LANG_AUTO) /* a known city tells the country */
    for (int l = 0; l < 3; l++)
      for (int i = 0; i < 20; i++)
        if (cities[l][i] == orig) L = l;
  unsigned idx = r[0] % 20;
  if (orig && !strcmp(orig, cities[L][idx])) idx = (idx + 1) % 20;
  const char *city = cities[L][idx];
  char b[256];
  int n;
  if (type == GIZLI_T_LOCATION) {
    n = snprintf(b, sizeof b, "%s", city);
  } else if (type == GIZLI_T_ORGANIZATION) {
    const char *sn = surnames[L][r[1] % 40];
    n = snprintf(b, sizeof b, L == L_TR ? "%s Ticaret A.Ş." : L == L_AZ ? "%s MMC" : "%s Ltd",
                 sn);
  } else {
    const char *st = streets[L][r[1] % 10];
    int no = 1 + r[2] % 120;
    n = L == L_TR   ? snprintf(b, sizeof b, "%s Caddesi No: %d, %s", st, no, city)
        : L == L_AZ ? snprintf(b, sizeof b, "%s küçəsi %d, %s", st, no, city)
                    : snprintf(b, sizeof b, "%d %s Street, %s", no, st, city);
  }
  return gz_doc_put(doc, b, (size_t)n);
}

static int ip(gizli_deid_doc *doc, const char *v, size_t len) {
  unsigned char r[16];
  int rc = gz_prf(doc, GIZLI_T_IP_ADDRESS, "ip", v, len, r, sizeof r);
  if (rc) return rc;
  char b[64];
  int n;
  if (memchr(v, ':', len))
    n = snprintf(b, sizeof b, "2001:db8:%x:%x::%x", r[0] << 8 | r[1], r[2] << 8 | r[3],
                 r[4] << 8 | r[5]);
  else
    n = snprintf(b, sizeof b, "10.%d.%d.%d", r[0], r[1], 1 + r[2] % 254);
  return gz_doc_put(doc, b, (size_t)n);
}

/* "@" + a first name (ASCII) + two digits, keeping a leading '@'. */
static int handle(gizli_deid_doc *doc, const char *v, size_t len, int lang) {
  unsigned char r[4];
  int rc = gz_prf(doc, GIZLI_T_SOCIAL_HANDLE, "handle", v, len, r, sizeof r);
  if (rc) return rc;
  int L = lang_index(lang, v, len);
  char a[64], b[96];
  ascii_fold((r[0] & 1 ? female : male)[L][r[1] % 40], a, sizeof a);
  int n = snprintf(b, sizeof b, "%s%s%02d", len && v[0] == '@' ? "@" : "", a, r[2] % 100);
  return gz_doc_put(doc, b, (size_t)n);
}

int gz_surrogate(gizli_deid_doc *doc, int type, const char *value, size_t len, int lang,
                 const char *after, size_t after_len, size_t *consumed_after) {
  size_t dummy = 0;
  if (!consumed_after) consumed_after = &dummy;
  int rc;
  switch (type) {
  case GIZLI_T_PERSON:
    rc = person(doc, value, len, lang, after, after_len, consumed_after);
    if (rc != GIZLI_E_RANGE) return rc;
    doc->len = 0;
    break;
  case GIZLI_T_EMAIL: return email(doc, value, len, lang);
  case GIZLI_T_PHONE: return phone(doc, value, len);
  case GIZLI_T_LOCATION:
  case GIZLI_T_ADDRESS:
  case GIZLI_T_ORGANIZATION: return place(doc, type, value, len, lang);
  case GIZLI_T_IP_ADDRESS: return ip(doc, value, len);
  case GIZLI_T_SOCIAL_HANDLE: return handle(doc, value, len, lang);
  case GIZLI_T_DATE_OF_BIRTH: {
    int days = 0;
    rc = gz_date_offset(doc, 365, &days);
    if (!rc) rc = gz_date_shift(doc, value, len, days);
    if (rc != GIZLI_E_RANGE) return rc;
    doc->len = 0;
    break;
  }
  default:
    break;
  }
  /* identifiers, plates, handles, credentials, MACs: same shape */
  rc = gz_doc_reserve(doc, len + 1);
  if (rc) return rc;
  rc = gz_surrogate_ident(doc, type, value, len, doc->buf);
  if (rc) return rc;
  doc->len = len;
  doc->buf[len] = 0;
  return GIZLI_OK;
}
