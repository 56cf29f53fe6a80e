/* gencorpus.c - deterministic generator of the benchmark corpus.
 *
 * Writes SIZE_MB megabytes of synthetic Azerbaijani, Turkish and English
 * documents, one per line (text) or one JSON object per line (jsonl, fields
 * "id" and "text"), or a people table (csv: a header, then one row per
 * person with name, birth date, national ID, phone, e-mail, IBAN, city and
 * a quoted note of one or two prose sentences). Documents are 1-4 KB of ordinary prose with roughly
 * one personal-data item (valid TCKN, VKN, VÖEN, IBAN, Luhn card, phone, e-mail, IP, MAC, plate,
 * date of birth, FİN, SSN, key, ...) every 300-600 bytes and some lookalike numbers (amounts, order
 * numbers, versions, timestamps). A fixed seed (xorshift64*) makes the output identical on every
 * run, so benchmark numbers are comparable across commits. Needs no library.
 *
 * usage: gencorpus OUT SIZE_MB [text|jsonl|csv] [SEED] [SPARSE]
 * SPARSE (default 1) multiplies the prose between personal-data sentences:
 * 10 gives about one item per 3-6 KB, as in ordinary news or mail.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct rng {
  uint64_t s;
} rng;

static uint64_t rnext(rng *r) {
  uint64_t x = r->s;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  r->s = x;
  return x * 0x2545F4914F6CDD1DULL;
}

/* Uniform-enough integer in [0, n). */
static unsigned rint_n(rng *r, unsigned n) { return (unsigned)(rnext(r) % n); }

#define PICK(r, arr) ((arr)[rint_n((r), sizeof(arr) / sizeof((arr)[0]))])

/* A growable output buffer for one document. */
typedef struct buf {
  char *p;
  size_t n, cap;
} buf;

static void bput(buf *b, const char *s, size_t len) {
  if (b->n + len + 1 > b->cap) {
    size_t c = b->cap ? b->cap * 2 : 8192;
    while (c < b->n + len + 1) c *= 2;
    char *np = realloc(b->p, c);
    if (!np) {
      fprintf(stderr, "gencorpus: out of memory\n");
      exit(1);
    }
    b->p = np;
    b->cap = c;
  }
  memcpy(b->p + b->n, s, len);
  b->n += len;
}

static void bstr(buf *b, const char *s) { bput(b, s, strlen(s)); }

static void bdigits(buf *b, rng *r, int n) {
  char t[64];
  for (int i = 0; i < n; i++) t[i] = (char)('0' + rint_n(r, 10));
  bput(b, t, (size_t)n);
}

static void bfmt(buf *b, const char *fmt, unsigned a, unsigned c, unsigned d) {
  char t[64];
  int n = snprintf(t, sizeof t, fmt, a, c, d);
  bput(b, t, (size_t)n);
}

/* ---- value generators (each appends one value) ---- */

static void gen_tckn(buf *b, rng *r) {
  int d[11];
  d[0] = 1 + (int)rint_n(r, 9);
  for (int i = 1; i < 9; i++) d[i] = (int)rint_n(r, 10);
  int odd = d[0] + d[2] + d[4] + d[6] + d[8], even = d[1] + d[3] + d[5] + d[7];
  d[9] = ((7 * odd - even) % 10 + 10) % 10;
  int s = 0;
  for (int i = 0; i < 10; i++) s += d[i];
  d[10] = s % 10;
  char t[11];
  for (int i = 0; i < 11; i++) t[i] = (char)('0' + d[i]);
  bput(b, t, 11);
}

/* An 11-digit order number that fails the TCKN check (lookalike). */
static void gen_order11(buf *b, rng *r) {
  size_t at = b->n;
  gen_tckn(b, r);
  char *last = b->p + at + 10;
  *last = (char)('0' + ((*last - '0' + 1 + (int)rint_n(r, 8)) % 10));
}

static void gen_vkn(buf *b, rng *r) {
  char t[10];
  int s = 0;
  for (int i = 0; i < 9; i++) t[i] = (char)('0' + rint_n(r, 10));
  for (int i = 1; i <= 9; i++) {
    int c1 = (t[9 - i] - '0' + i) % 10;
    if (c1) {
      int c2 = (c1 * (1 << i)) % 9;
      s += c2 ? c2 : 9;
    }
  }
  t[9] = (char)('0' + (10 - s % 10) % 10);
  bput(b, t, 10);
}

static void gen_voen(buf *b, rng *r) {
  static const int w[8] = {4, 1, 8, 6, 2, 7, 5, 3};
  char t[10];
  int c;
  do {
    int s = 0;
    for (int i = 0; i < 8; i++) {
      t[i] = (char)('0' + rint_n(r, 10));
      s += w[i] * (t[i] - '0');
    }
    c = s % 11;
  } while (c == 10);
  t[8] = (char)('0' + c);
  t[9] = (char)('1' + rint_n(r, 2));
  bput(b, t, 10);
}

/* IBAN with a correct mod-97 check; bban is digits and upper-case letters.
 * Printed compact or in groups of four. */
static void gen_iban(buf *b, rng *r, const char *cc, const char *bank, int ndig) {
  char bban[40];
  size_t bl = strlen(bank);
  memcpy(bban, bank, bl);
  for (int i = 0; i < ndig; i++) bban[bl + (size_t)i] = (char)('0' + rint_n(r, 10));
  bl += (size_t)ndig;
  unsigned rem = 0;
  char tail[7] = {cc[0], cc[1], '0', '0', 0, 0, 0};
  for (int pass = 0; pass < 2; pass++) {
    const char *s = pass ? tail : bban;
    size_t n = pass ? 4 : bl;
    for (size_t i = 0; i < n; i++) {
      char ch = s[i];
      if (ch >= '0' && ch <= '9')
        rem = (rem * 10 + (unsigned)(ch - '0')) % 97;
      else
        rem = (rem * 100 + (unsigned)(ch - 'A' + 10)) % 97;
    }
  }
  unsigned chk = 98 - rem;
  char full[48];
  int n = snprintf(full, sizeof full, "%c%c%02u%.*s", cc[0], cc[1], chk, (int)bl, bban);
  if (rint_n(r, 2)) {
    bput(b, full, (size_t)n);
    return;
  }
  for (int i = 0; i < n; i += 4) {
    if (i) bput(b, " ", 1);
    bput(b, full + i, (size_t)(n - i < 4 ? n - i : 4));
  }
}

static void gen_iban_any(buf *b, rng *r, int lang) {
  static const char *az_banks[] = {"NABZ", "AIIB", "IBAZ", "PAHA", "KAPI"};
  static const char *tr_banks[] = {"000100", "000120", "000460", "000620", "000640"};
  unsigned k = rint_n(r, 4);
  if (k == 3 || lang == 2) {
    if (rint_n(r, 2))
      gen_iban(b, r, "DE", "", 18);
    else
      gen_iban(b, r, "GB", "NWBK", 14);
  } else if (lang == 0) {
    gen_iban(b, r, "AZ", PICK(r, az_banks), 20);
  } else {
    gen_iban(b, r, "TR", PICK(r, tr_banks), 16);
  }
}

static void gen_card(buf *b, rng *r) {
  char t[16];
  int n = 16;
  unsigned k = rint_n(r, 4);
  int pre;
  if (k == 0) {
    t[0] = '4';
    pre = 1;
  } else if (k == 1) {
    t[0] = '5';
    t[1] = (char)('1' + rint_n(r, 5));
    pre = 2;
  } else if (k == 2) {
    memcpy(t, "9792", 4);
    pre = 4;
  } else {
    t[0] = '3';
    t[1] = rint_n(r, 2) ? '4' : '7';
    pre = 2;
    n = 15;
  }
  for (int i = pre; i < n - 1; i++) t[i] = (char)('0' + rint_n(r, 10));
  int sum = 0;
  for (int i = n - 2, dbl = 1; i >= 0; i--, dbl ^= 1) {
    int v = t[i] - '0';
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  t[n - 1] = (char)('0' + (10 - sum % 10) % 10);
  const char *sep = rint_n(r, 3) == 0 ? "-" : " ";
  if (n == 15) {
    bput(b, t, 4);
    bstr(b, sep);
    bput(b, t + 4, 6);
    bstr(b, sep);
    bput(b, t + 10, 5);
  } else {
    for (int i = 0; i < 16; i += 4) {
      if (i) bstr(b, sep);
      bput(b, t + i, 4);
    }
  }
}

static void gen_phone_tr(buf *b, rng *r) {
  static const char *pre[] = {"532", "533", "535", "542", "505", "555", "212", "216", "312"};
  const char *a = PICK(r, pre);
  unsigned x = 200 + rint_n(r, 800), y = rint_n(r, 100), z = rint_n(r, 100);
  char t[48];
  int n;
  switch (rint_n(r, 3)) {
  case 0: n = snprintf(t, sizeof t, "0%s %03u %02u %02u", a, x, y, z); break;
  case 1: n = snprintf(t, sizeof t, "+90 (%s) %03u-%02u-%02u", a, x, y, z); break;
  default: n = snprintf(t, sizeof t, "+90%s%03u%02u%02u", a, x, y, z); break;
  }
  bput(b, t, (size_t)n);
}

static void gen_phone_az(buf *b, rng *r) {
  static const char *pre[] = {"50", "51", "55", "70", "77", "99", "10", "12"};
  const char *a = PICK(r, pre);
  unsigned x = 200 + rint_n(r, 800), y = rint_n(r, 100), z = rint_n(r, 100);
  char t[48];
  int n;
  switch (rint_n(r, 3)) {
  case 0: n = snprintf(t, sizeof t, "+994 %s %03u %02u %02u", a, x, y, z); break;
  case 1: n = snprintf(t, sizeof t, "(0%s) %03u-%02u-%02u", a, x, y, z); break;
  default: n = snprintf(t, sizeof t, "0%s %03u %02u %02u", a, x, y, z); break;
  }
  bput(b, t, (size_t)n);
}

static const char *az_first[] = {"Əli", "Rəşad", "Leyla", "Aygün", "Günay", "Orxan", "Nərmin", "Tural", "Səbinə", "Elvin"};
static const char *az_last[] = {"Məmmədov", "Əliyev", "Hüseynov", "Quliyev", "Həsənov", "İsmayılov", "Rzayev", "Cəfərov"};
static const char *tr_first[] = {"Mehmet", "Ayşe", "Zeynep", "Emre", "Büşra", "Oğuz", "Çağrı", "Gülşen", "İbrahim", "Şeyma"};
static const char *tr_last[] = {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Doğan"};
static const char *en_first[] = {"James", "Emma", "Oliver", "Sophie", "Daniel", "Hannah", "Thomas", "Grace"};
static const char *en_last[] = {"Smith", "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright"};

static void gen_name(buf *b, rng *r, int lang) {
  const char *first = lang == 0 ? PICK(r, az_first) : lang == 1 ? PICK(r, tr_first) : PICK(r, en_first);
  const char *last = lang == 0 ? PICK(r, az_last) : lang == 1 ? PICK(r, tr_last) : PICK(r, en_last);
  bstr(b, first);
  bstr(b, " ");
  bstr(b, last);
}

static void gen_email(buf *b, rng *r) {
  static const char *u[] = {"leyla", "orxan", "mehmet", "zeynep", "james", "emma", "tural", "ayse", "info.desk", "k.aliyev"};
  static const char *d[] = {"gmail.com", "mail.ru", "box.az", "hotmail.com", "outlook.com", "firma.com.tr", "example.co.uk"};
  bstr(b, PICK(r, u));
  bfmt(b, "%u@", rint_n(r, 1000), 0, 0);
  bstr(b, PICK(r, d));
}

static void gen_ipv4(buf *b, rng *r) {
  bfmt(b, "%u.%u.", PICK(r, ((unsigned[]){10, 85, 94, 176, 185, 192, 212})), rint_n(r, 256), 0);
  bfmt(b, "%u.%u", rint_n(r, 256), 1 + rint_n(r, 254), 0);
}

static void gen_mac(buf *b, rng *r) {
  bfmt(b, "%02X:%02X:%02X:", rint_n(r, 256), rint_n(r, 256), rint_n(r, 256));
  bfmt(b, "%02X:%02X:%02X", rint_n(r, 256), rint_n(r, 256), rint_n(r, 256));
}

static void gen_date(buf *b, rng *r, unsigned y0, unsigned span) {
  bfmt(b, "%02u.%02u.", 1 + rint_n(r, 28), 1 + rint_n(r, 12), 0);
  bfmt(b, "%u", y0 + rint_n(r, span), 0, 0);
}

static void gen_plate_tr(buf *b, rng *r) {
  static const char L[] = "ABCDEFGHJKLMNPRSTUVYZ";
  bfmt(b, "%02u ", 1 + rint_n(r, 81), 0, 0);
  char t[3] = {L[rint_n(r, 21)], L[rint_n(r, 21)], L[rint_n(r, 21)]};
  bput(b, t, 3);
  bfmt(b, " %03u", 100 + rint_n(r, 900), 0, 0);
}

static void gen_plate_az(buf *b, rng *r) {
  static const char L[] = "ABCDEFGHJKLMNPRSTUVXYZ";
  bfmt(b, "%02u-", PICK(r, ((unsigned[]){10, 90, 99, 77, 50})), 0, 0);
  char t[2] = {L[rint_n(r, 22)], L[rint_n(r, 22)]};
  bput(b, t, 2);
  bfmt(b, "-%03u", 1 + rint_n(r, 999), 0, 0);
}

static void gen_alnum(buf *b, rng *r, const char *alpha, int n) {
  size_t an = strlen(alpha);
  char t[64];
  for (int i = 0; i < n; i++) t[i] = alpha[rint_n(r, (unsigned)an)];
  bput(b, t, (size_t)n);
}

static void gen_fin(buf *b, rng *r) {
  gen_alnum(b, r, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 6);
  gen_alnum(b, r, "0123456789", 1);
}

static void gen_ssn(buf *b, rng *r) {
  bfmt(b, "%03u-%02u-", 1 + rint_n(r, 665), 1 + rint_n(r, 99), 0);
  bfmt(b, "%04u", 1 + rint_n(r, 9999), 0, 0);
}

static void gen_amount(buf *b, rng *r, int lang) {
  unsigned m = 1 + rint_n(r, 999), t = rint_n(r, 1000), c = rint_n(r, 100);
  if (lang == 2)
    bfmt(b, "$%u,%03u.%02u", m, t, c);
  else
    bfmt(b, lang == 0 ? "%u.%03u,%02u AZN" : "%u.%03u,%02u TL", m, t, c);
}

/* ---- templates ---- */

/* Expands one template: %-codes insert generated values (see switch). */
static void expand(buf *b, rng *r, int lang, const char *t) {
  for (const char *p = t; *p; p++) {
    if (*p != '%') {
      const char *q = strchr(p, '%');
      size_t n = q ? (size_t)(q - p) : strlen(p);
      bput(b, p, n);
      p += n - 1;
      continue;
    }
    switch (*++p) {
    case 'T': gen_tckn(b, r); break;
    case 'o': gen_order11(b, r); break;
    case 'V': gen_vkn(b, r); break;
    case 'O': gen_voen(b, r); break;
    case 'I': gen_iban_any(b, r, lang); break;
    case 'C': gen_card(b, r); break;
    case 'P': gen_phone_tr(b, r); break;
    case 'Q': gen_phone_az(b, r); break;
    case 'N': gen_name(b, r, lang); break;
    case 'M': gen_email(b, r); break;
    case '4': gen_ipv4(b, r); break;
    case 'X': gen_mac(b, r); break;
    case 'D': gen_date(b, r, 1950, 55); break;
    case 'd': gen_date(b, r, 2020, 6); break;
    case 'L': gen_plate_tr(b, r); break;
    case 'Z': gen_plate_az(b, r); break;
    case 'F': gen_fin(b, r); break;
    case 'S': gen_ssn(b, r); break;
    case 'K': bstr(b, "AKIA"); gen_alnum(b, r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16); break;
    case 'W': gen_alnum(b, r, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 12); break;
    case 'H': bstr(b, "@"); gen_alnum(b, r, "abcdefghijklmnopqrstuvwxyz", 6); bdigits(b, r, 2); break;
    case 'A': gen_amount(b, r, lang); break;
    case 'v': bfmt(b, "%u.%u.%u", 1 + rint_n(r, 9), rint_n(r, 20), rint_n(r, 50)); break;
    case 'n': bdigits(b, r, 6); break;
    case 'c': gen_alnum(b, r, "ABCDEFGHJKLMNPRSTUVXYZ0123456789", 7); break;
    case 'p': bstr(b, "C"); bdigits(b, r, 8); break;
    case '%': bput(b, "%", 1); break;
    default: break;
    }
  }
}

static const char *pii_az[] = {
    "Müştəri %N, FİN: %F, mobil nömrə %Q. ",
    "Ödəniş %I hesabına köçürülüb, VÖEN %O. ",
    "Kart nömrəsi %C ilə ödəniş edilib. ",
    "Doğum tarixi: %D, e-poçt %M. ",
    "Avtomobilin dövlət nişanı %Z, sürücü %N. ",
    "Pasport nömrəsi %p, əlaqə telefonu %Q. ",
    "İstifadəçi %M sistemə %4 ünvanından daxil olub. ",
    "Telegram: %H, WhatsApp: %Q. ",
    "Türkiyə nömrəsi %P, T.C. kimlik %T. ",
};
static const char *pii_tr[] = {
    "Sayın %N, T.C. Kimlik No: %T olarak kaydınız alınmıştır. ",
    "IBAN: %I, alıcı %N. ",
    "Kredi kartı %C ile ödeme yapıldı. ",
    "Cep telefonu %P, e-posta %M. ",
    "Doğum tarihi %D, Vergi No %V. ",
    "%L plakalı araç otoparkta. ",
    "Sunucu %4 adresinden erişildi, MAC %X. ",
    "Twitter hesabı %H, iletişim %P. ",
    "Azerbaycan numarası %Q, VÖEN %O. ",
};
static const char *pii_en[] = {
    "Customer %N called from %P about card %C. ",
    "Please wire the funds to IBAN %I. ",
    "Date of birth: %D. SSN: %S. ",
    "Contact %M or follow %H on Twitter. ",
    "Login from %4 (MAC %X) for %M. ",
    "The leaked key %K and password: %W were revoked. ",
    "Mobile %Q, passport %p. ",
    "Her Turkish ID number is %T. ",
};

static const char *prose_az[] = {
    "Bakıda bu gün hava küləkli olacaq, axşam saatlarında yağış gözlənilir. ",
    "Şirkətin illik hesabatı növbəti həftə təqdim ediləcək və səhmdarlarla müzakirə olunacaq. ",
    "Yeni metro stansiyasının tikintisi planlaşdırılan vaxtdan əvvəl başa çatdırılıb. ",
    "Müştəri xidmətləri mərkəzi iş günləri səhər doqquzdan axşam altıya qədər fəaliyyət göstərir. ",
    "Təhsil nazirliyi məktəblərdə yeni dərs proqramının tətbiqi ilə bağlı açıqlama yayıb. ",
    "Sifarişiniz %d tarixində qəbul edilib, məbləğ %A təşkil edir. ",
    "Proqram təminatının %v versiyası bir sıra xətaları aradan qaldırır. ",
    "Konfransda regionun iqtisadi inkişafı və yeni investisiya layihələri müzakirə edildi. ",
    "Məhsul kodu %c olan partiya anbara daxil olub. ",
    "Qeyd edək ki, bu barədə əvvəlcədən məlumat verilmişdi və vətəndaşlar xəbərdar edilmişdi. ",
};
static const char *prose_tr[] = {
    "İstanbul'da hafta sonu hava parçalı bulutlu olacak, akşam saatlerinde sağanak bekleniyor. ",
    "Şirketin yıllık raporu önümüzdeki hafta yönetim kuruluna sunulacak. ",
    "Yeni metro hattının açılışı planlanan tarihten önce gerçekleştirildi. ",
    "Müşteri hizmetleri hafta içi sabah dokuzdan akşam altıya kadar hizmet vermektedir. ",
    "Milli Eğitim Bakanlığı yeni müfredatla ilgili bir açıklama yaptı. ",
    "%o numaralı siparişiniz %d tarihinde alınmış olup tutarı %A olarak hesaplanmıştır. ",
    "Uygulamanın %v sürümü birçok hatayı gideriyor. ",
    "Toplantıda bölgenin ekonomik kalkınması ve yeni yatırım projeleri ele alındı. ",
    "Kargo takip numarası %n olan gönderiniz yola çıkmıştır. ",
    "Konu hakkında daha önce kamuoyuna bilgilendirme yapıldığı hatırlatıldı. ",
};
static const char *prose_en[] = {
    "The weather in London will stay mild this weekend, with showers expected in the evening. ",
    "The annual report will be presented to the board of directors next week. ",
    "Construction of the new railway station finished ahead of schedule. ",
    "Our customer service team is available on weekdays from nine to six. ",
    "The ministry published a statement about the new school curriculum. ",
    "Order %o was placed on %d and the total came to %A. ",
    "Release %v fixes a number of bugs reported by users. ",
    "The conference discussed regional economic growth and new investment projects. ",
    "Asset tag %c was returned to the warehouse. ",
    "It was noted that the public had been informed about this in advance. ",
};

/* One row of the people table (csv): the national ID column holds a FİN,
 * a TCKN or an SSN by language, the note a quoted prose sentence or two
 * (quotes doubled; the sentences may hold lookalike numbers). */
static void gen_row(buf *b, rng *r, int lang, uint64_t id) {
  static const char *const rows[3] = {"%N,%D,%F,%Q,%M,%I,", "%N,%D,%T,%P,%M,%I,",
                                      "%N,%D,%S,%P,%M,%I,"};
  static const char *const cities[3][3] = {{"Bakı", "Gəncə", "Sumqayıt"},
                                           {"İstanbul", "Ankara", "İzmir"},
                                           {"London", "Leeds", "Bristol"}};
  const char **prose = lang == 0 ? prose_az : lang == 1 ? prose_tr : prose_en;
  char head[32];
  int n = snprintf(head, sizeof head, "%" PRIu64 ",", id);
  bput(b, head, (size_t)n);
  expand(b, r, lang, rows[lang]);
  bstr(b, cities[lang][rint_n(r, 3)]);
  bstr(b, ",\"");
  buf note = {0};
  for (unsigned k = 1 + rint_n(r, 2); k > 0; k--) expand(&note, r, lang, prose[rint_n(r, 10)]);
  while (note.n && note.p[note.n - 1] == ' ') note.n--;
  for (size_t i = 0; i < note.n; i++) {
    if (note.p[i] == '"') bput(b, "\"", 1);
    bput(b, &note.p[i], 1);
  }
  free(note.p);
  bstr(b, "\"\n");
}

static void gen_doc(buf *b, rng *r, int lang, size_t target, unsigned sparse) {
  const char **pii = lang == 0 ? pii_az : lang == 1 ? pii_tr : pii_en;
  size_t npii = lang == 0 ? sizeof pii_az / sizeof *pii_az
                          : lang == 1 ? sizeof pii_tr / sizeof *pii_tr : sizeof pii_en / sizeof *pii_en;
  const char **prose = lang == 0 ? prose_az : lang == 1 ? prose_tr : prose_en;
  size_t start = b->n;
  while (b->n - start < target) {
    /* 4-7 prose sentences (~100 bytes each) per PII sentence, which holds
     * one or two items: about one item per 300-600 bytes (SPARSE times
     * fewer with the optional SPARSE argument). */
    unsigned k = (4 + rint_n(r, 4)) * sparse;
    for (unsigned i = 0; i < k; i++) expand(b, r, lang, prose[rint_n(r, 10)]);
    expand(b, r, lang, pii[rint_n(r, (unsigned)npii)]);
  }
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s OUT SIZE_MB [text|jsonl|csv] [SEED] [SPARSE]\n", argv[0]);
    return 2;
  }
  const char *out = argv[1];
  double mb = strtod(argv[2], NULL);
  int jsonl = argc > 3 && strcmp(argv[3], "jsonl") == 0;
  int csv = argc > 3 && strcmp(argv[3], "csv") == 0;
  if (argc > 3 && !jsonl && !csv && strcmp(argv[3], "text") != 0) {
    fprintf(stderr, "gencorpus: format must be text, jsonl or csv\n");
    return 2;
  }
  uint64_t seed = argc > 4 ? strtoull(argv[4], NULL, 10) : 0x9E3779B97F4A7C15ULL;
  long sparse = argc > 5 ? strtol(argv[5], NULL, 10) : 1;
  if (sparse < 1 || sparse > 1000) {
    fprintf(stderr, "gencorpus: SPARSE must be in [1, 1000]\n");
    return 2;
  }
  if (mb <= 0 || mb > 100000) {
    fprintf(stderr, "gencorpus: SIZE_MB must be in (0, 100000]\n");
    return 2;
  }
  FILE *f = fopen(out, "wb");
  if (!f) {
    fprintf(stderr, "gencorpus: %s: %s\n", out, strerror(errno));
    return 1;
  }
  rng r = {seed ? seed : 1};
  size_t total = (size_t)(mb * 1024 * 1024), written = 0;
  buf doc = {0}, line = {0};
  uint64_t id = 0;
  if (csv) {
    static const char header[] = "id,name,dob,national_id,phone,email,iban,city,note\n";
    if (fwrite(header, 1, sizeof header - 1, f) != sizeof header - 1) {
      fprintf(stderr, "gencorpus: write failed: %s\n", strerror(errno));
      fclose(f);
      return 1;
    }
    written = sizeof header - 1;
  }
  while (written < total) {
    line.n = 0;
    if (csv) {
      gen_row(&line, &r, (int)(id % 3), id);
    } else {
      doc.n = 0;
      gen_doc(&doc, &r, (int)(id % 3), 1024 + rint_n(&r, 3072), (unsigned)sparse);
      while (doc.n && doc.p[doc.n - 1] == ' ') doc.n--;
      if (jsonl) {
        char head[64];
        int n = snprintf(head, sizeof head, "{\"id\":%" PRIu64 ",\"text\":\"", id);
        bput(&line, head, (size_t)n);
        for (size_t i = 0; i < doc.n; i++) {
          char ch = doc.p[i];
          if (ch == '"' || ch == '\\') bput(&line, "\\", 1);
          bput(&line, &ch, 1);
        }
        bput(&line, "\"}\n", 3);
      } else {
        bput(&line, doc.p, doc.n);
        bput(&line, "\n", 1);
      }
    }
    if (fwrite(line.p, 1, line.n, f) != line.n) {
      fprintf(stderr, "gencorpus: write failed: %s\n", strerror(errno));
      fclose(f);
      return 1;
    }
    written += line.n;
    id++;
  }
  free(doc.p);
  free(line.p);
  if (fclose(f) != 0) {
    fprintf(stderr, "gencorpus: %s: %s\n", out, strerror(errno));
    return 1;
  }
  fprintf(stderr, "gencorpus: wrote %zu bytes, %" PRIu64 " documents to %s\n", written, id, out);
  return 0;
}
