/* text.c - Unicode helpers: language-aware case folding (Turkish and
 * Azerbaijani dotted/dotless i), the merged-i folding used to match context
 * words, code-point neighbours for boundary checks, and language detection. */
#include "detect.h"

#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Decodes one code point at s[0..len); returns its byte length (>= 1) and
 * sets *cp to -1 for an invalid sequence (then the length is 1). */
static size_t decode(const char *s, size_t len, int32_t *cp) {
  unsigned char c = (unsigned char)s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF && len >= 2 && ((unsigned char)s[1] & 0xC0) == 0x80) {
    *cp = ((int32_t)(c & 0x1F) << 6) | ((unsigned char)s[1] & 0x3F); /* two bytes */
    return 2;
  }
  utf8proc_int32_t v;
  utf8proc_ssize_t n =
      utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)(len > 4 ? 4 : len), &v);
  if (n <= 0) {
    *cp = -1;
    return 1;
  }
  *cp = v;
  return (size_t)n;
}

static size_t put(char *out, size_t cap, size_t at, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (at + i < cap) out[at + i] = b[i];
  return at + n;
}

size_t gizli_casefold(const char *text, size_t len, int lang, char *out, size_t cap) {
  size_t o = 0;
  int turkic = lang == GIZLI_LANG_AZ || lang == GIZLI_LANG_TR;
  if (!text) return 0;
  for (size_t i = 0; i < len;) {
    int32_t cp;
    size_t n = decode(text + i, len - i, &cp);
    if (cp < 0) {
      o = put(out, cap, o, text + i, 1);
    } else {
      int32_t low;
      if (turkic && cp == 'I')
        low = 0x131;
      else if (cp == 0x130)
        low = 'i';
      else
        low = utf8proc_tolower(cp);
      utf8proc_uint8_t b[4];
      utf8proc_ssize_t m = utf8proc_encode_char(low, b);
      o = put(out, cap, o, (const char *)b, (size_t)m);
    }
    i += n;
  }
  return o;
}

/* Lower case with İ and ı merged into i; the Latin letters Turkish and
 * Azerbaijani use by arithmetic, the rest through utf8proc. */
static int32_t fold_cp(int32_t cp) {
  if (cp == 0x130 || cp == 0x131) return 'i';
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp >= 0xDF && cp <= 0xFF) return cp;
  if ((cp >= 0x100 && cp <= 0x12F) || (cp >= 0x14A && cp <= 0x177)) return cp | 1;
  if (cp == 0x18F) return 0x259; /* Ə */
  if (cp == 0x259) return cp;
  return utf8proc_tolower(cp);
}

size_t gz_fold_key(const char *s, size_t len, char *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i < len && o < cap;) {
#ifdef __SSE2__
    /* sixteen ASCII bytes at a time: A-Z gets 0x20 added, the rest is
     * copied (the context windows are mostly ASCII) */
    while (i + 16 <= len && o + 16 <= cap) {
      __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
      if (_mm_movemask_epi8(x)) break;
      __m128i up = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)),
                                 _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1)));
      x = _mm_add_epi8(x, _mm_and_si128(up, _mm_set1_epi8(32)));
      _mm_storeu_si128((__m128i *)(void *)(out + o), x);
      i += 16;
      o += 16;
    }
    if (i >= len || o >= cap) break;
#endif
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
      i++;
      continue;
    }
    int32_t cp;
    size_t n = decode(s + i, len - i, &cp);
    if (cp < 0) {
      out[o++] = (char)c;
      i += n;
      continue;
    }
    cp = fold_cp(cp);
    if (cp < 0x80) { /* İ, ı -> i */
      out[o++] = (char)cp;
      i += n;
      continue;
    }
    if (cp < 0x800) { /* two bytes */
      if (o + 2 > cap) break;
      out[o++] = (char)(0xC0 | (cp >> 6));
      out[o++] = (char)(0x80 | (cp & 0x3F));
      i += n;
      continue;
    }
    utf8proc_uint8_t b[4];
    utf8proc_ssize_t m = utf8proc_encode_char(cp, b);
    if (o + (size_t)m > cap) break;
    memcpy(out + o, b, (size_t)m);
    o += (size_t)m;
    i += n;
  }
  return o;
}

int32_t gz_cp_before(const char *text, size_t pos) {
  if (pos == 0) return -1;
  unsigned char c = (unsigned char)text[pos - 1];
  if (c < 0x80) return c;
  size_t k = pos - 1, steps = 0;
  while (k > 0 && steps < 3 && ((unsigned char)text[k] & 0xC0) == 0x80) {
    k--;
    steps++;
  }
  int32_t cp;
  size_t n = decode(text + k, pos - k, &cp);
  return (k + n == pos) ? cp : -1;
}

int32_t gz_cp_at(const char *text, size_t len, size_t pos) {
  if (pos >= len) return -1;
  int32_t cp;
  decode(text + pos, len - pos, &cp);
  return cp;
}

int gz_is_wordcp(int32_t cp) {
  if (cp < 0) return 0;
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  /* Latin-1 letters, Latin Extended-A and -B, IPA (ə): all letters */
  if (cp >= 0xC0 && cp <= 0x2AF) return cp != 0xD7 && cp != 0xF7;
  utf8proc_category_t cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) ||
         cat == UTF8PROC_CATEGORY_MN;
}

/* Language detection: counts frequent function words of each language and
 * letters only one language uses (ə for Azerbaijani). Stops early once a
 * language leads clearly. The language with the highest score wins;
 * English when nothing is found. */
static const char *const az_words[] = {"və",       "ilə",    "üçün",  "edir",  "isə",   "həm",
                                       "görə",     "olunur", "olub",  "etdi",  "deyil", "bildirib",
                                       "həmçinin", "ölkə",   "nazir", "cənab", "xanım", NULL};
static const char *const tr_words[] = {
    "ve",  "ile",   "için", "ediyor", "göre",  "değil", "olarak", "oldu", "etti", "bir",
    "çok", "ancak", "gibi", "veya",   "sayın", "bey",   "hanım",  "olan", NULL};
static const char *const en_words[] = {"the",  "and",  "of",  "to",   "in", "is",     "for",
                                       "that", "with", "on",  "was",  "by", "at",     "from",
                                       "this", "are",  "you", "your", "we", "please", NULL};

void gz_lang_words_init(gz_lang_words *t) {
  const char *const *lists[3] = {az_words, tr_words, en_words};
  static const unsigned char langs[3] = {GIZLI_LANG_AZ, GIZLI_LANG_TR, GIZLI_LANG_EN};
  memset(t, 0, sizeof *t);
  for (int l = 0; l < 3; l++)
    for (int i = 0; lists[l][i] && t->count < 64; i++) {
      const char *w = lists[l][i];
      size_t n = strlen(w);
      if (n >= 16) continue;
      int j = t->count++;
      t->w[j] = w;
      t->lang[j] = langs[l];
      t->n[j] = (unsigned char)n;
      t->first[(unsigned char)w[0]] |= 1ull << j;
      t->lens[n] |= 1ull << j;
    }
}

/* Adds 2 to the score of each language that has w[0..n) as a function word;
 * returns 1 if any has. */
static int score_word(const gz_lang_words *t, const char *w, size_t n, int *score) {
  if (n >= 16) return 0;
  uint64_t m = t->first[(unsigned char)w[0]] & t->lens[n];
  int hit = 0;
  while (m) {
    int j = __builtin_ctzll(m);
    m &= m - 1;
    if (memcmp(t->w[j], w, n) == 0) {
      score[t->lang[j]] += 2;
      hit = 1;
    }
  }
  return hit;
}

int gizli_detect_lang(const char *text, size_t len) {
  gz_lang_words table;
  gz_lang_words_init(&table);
  return gz_detect_lang(&table, text, len);
}

/* The ASCII letters and digits lower-cased, 0 for every other byte. */
static const unsigned char lower_alnum[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5', ['6'] = '6',
    ['7'] = '7', ['8'] = '8', ['9'] = '9', ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd',
    ['E'] = 'e', ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k',
    ['L'] = 'l', ['M'] = 'm', ['N'] = 'n', ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r',
    ['S'] = 's', ['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y',
    ['Z'] = 'z', ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f',
    ['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm',
    ['n'] = 'n', ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't',
    ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

int gz_detect_lang(const gz_lang_words *table, const char *text, size_t len) {
  if (!text) return GIZLI_LANG_EN;
  if (len > 512) len = 512; /* ~70 words are plenty to tell az, tr, en apart */
  int score[4] = {0, 0, 0, 0}, hits = 0;
  char word[48];
  size_t wn = 0;
  int too_long = 0;
  for (size_t i = 0; i <= len;) {
    int32_t cp = -1;
    size_t n = 1;
    if (i < len) {
      unsigned char c = (unsigned char)text[i];
      if (c < 0x80) {
        /* ASCII fast path: a run of letters and digits, lower-cased */
        unsigned char l = lower_alnum[c];
        if (l) {
          do {
            if (!too_long && wn + 1 < sizeof word)
              word[wn++] = (char)l;
            else
              too_long = 1;
          } while (++i < len && (l = lower_alnum[(unsigned char)text[i]]) != 0);
          continue;
        }
        cp = c;
      } else {
        n = decode(text + i, len - i, &cp);
      }
    }
    if (cp >= 0x80 && gz_is_wordcp(cp)) {
      if (cp == 0x259 || cp == 0x18F) score[GIZLI_LANG_AZ] += 2;
      /* ı İ ş Ş ğ Ğ: Turkish or Azerbaijani, never English (ç ö ü are
       * German and French too); a short row of names and places ("Mehmet
       * Yılmaz,İstanbul") has no function word to go by */
      if (cp == 0x131 || cp == 0x130 || cp == 0x15F || cp == 0x15E || cp == 0x11F || cp == 0x11E) {
        score[GIZLI_LANG_TR]++;
        score[GIZLI_LANG_AZ]++;
      }
      /* fold as gz_fold_key does, from the code point already decoded */
      int32_t f = fold_cp(cp);
      if (too_long || wn + 4 >= sizeof word) {
        too_long = 1;
      } else if (f < 0x80) {
        word[wn++] = (char)f;
      } else if (f < 0x800) {
        word[wn++] = (char)(0xC0 | (f >> 6));
        word[wn++] = (char)(0x80 | (f & 0x3F));
      } else {
        utf8proc_uint8_t b[4];
        utf8proc_ssize_t m = utf8proc_encode_char(f, b);
        memcpy(word + wn, b, (size_t)m);
        wn += (size_t)m;
      }
    } else {
      if (wn && !too_long) {
        int h = score_word(table, word, wn, score);
        /* enough evidence: 12 function words with a clear leader */
        if (h && ++hits >= 12) {
          int a = score[1], b = score[2], c = score[3];
          int hi = a > b ? (a > c ? a : c) : (b > c ? b : c);
          int lo2 = a + b + c - hi - (a < b ? (a < c ? a : c) : (b < c ? b : c));
          if (hi - lo2 >= 8) break;
        }
      }
      wn = 0;
      too_long = 0;
    }
    i += n;
  }
  int best = GIZLI_LANG_EN;
  if (score[GIZLI_LANG_TR] > score[best]) best = GIZLI_LANG_TR;
  if (score[GIZLI_LANG_AZ] > score[best]) best = GIZLI_LANG_AZ;
  return best;
}
