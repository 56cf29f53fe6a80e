/* deid_ops.c - the de-identification operators applied to one finding
 * (gizli_deid_value): redact, replace ([TYPE] / <TYPE_n>), mask, keyed hash,
 * AES-SIV encrypt tokens, FF3-1 format-preserving encryption with checksum
 * repair, and dispatch to surrogates, date shifting and generalisation. Also
 * the per-document state (gizli_deid_doc). */
#include "deid.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- document state ---------------------------------------------------------- */

int gizli_deid_doc_create(const gizli_deid *d, gizli_deid_doc **out) {
  if (!d || !out) return GIZLI_E_INVALID;
  gizli_deid_doc *doc = calloc(1, sizeof *doc);
  if (!doc) return GIZLI_E_NOMEM;
  doc->d = d;
  int n = d->ring.n, rc = GIZLI_OK;
  doc->work = EVP_CIPHER_CTX_new();
  doc->session = EVP_MD_CTX_new();
  if (!doc->work || !doc->session || !EVP_DigestInit_ex(doc->session, EVP_sha256(), NULL))
    rc = GIZLI_E_CRYPTO;
  if (!rc && n) {
    doc->ecb = calloc((size_t)n, sizeof *doc->ecb);
    doc->macs = calloc((size_t)n * GZ_MAC_COUNT, sizeof *doc->macs);
    if (!doc->ecb || !doc->macs) rc = GIZLI_E_NOMEM;
    for (int k = 0; !rc && k < n; k++) {
      const gz_key *key = &d->ring.keys[k];
      doc->ecb[k] = EVP_CIPHER_CTX_new();
      if (!doc->ecb[k] || !EVP_CIPHER_CTX_copy(doc->ecb[k], key->ecb)) rc = GIZLI_E_CRYPTO;
      for (int m = 0; !rc && m < GZ_MAC_COUNT; m++)
        if (!(doc->macs[k * GZ_MAC_COUNT + m] = EVP_MAC_CTX_dup(key->macs[m])))
          rc = GIZLI_E_CRYPTO;
    }
  }
  if (rc) {
    gizli_deid_doc_free(doc);
    return rc;
  }
  *out = doc;
  return GIZLI_OK;
}

static void forget_numbers(gizli_deid_doc *doc) {
  for (size_t i = 0; i < doc->n_num; i++) {
    gz_wipe(doc->num[i].value, doc->num[i].len);
    free(doc->num[i].value);
  }
  doc->n_num = 0;
  memset(doc->counters, 0, sizeof doc->counters);
}

void gizli_deid_doc_free(gizli_deid_doc *doc) {
  if (!doc) return;
  forget_numbers(doc);
  free(doc->num);
  if (doc->buf) gz_wipe(doc->buf, doc->cap);
  free(doc->buf);
  EVP_CIPHER_CTX_free(doc->work);
  EVP_MD_CTX_free(doc->session);
  if (doc->d) {
    for (int k = 0; k < doc->d->ring.n; k++) {
      if (doc->ecb) EVP_CIPHER_CTX_free(doc->ecb[k]);
      if (doc->macs)
        for (int m = 0; m < GZ_MAC_COUNT; m++) EVP_MAC_CTX_free(doc->macs[k * GZ_MAC_COUNT + m]);
    }
  }
  free(doc->ecb);
  free(doc->macs);
  gz_wipe(doc, sizeof *doc);
  free(doc);
}

void gizli_deid_doc_reset(gizli_deid_doc *doc) {
  if (!doc) return;
  forget_numbers(doc);
  doc->has_subject = 0;
  gz_wipe(doc->subject_tag, sizeof doc->subject_tag);
  if (doc->buf) gz_wipe(doc->buf, doc->len);
  doc->len = 0;
}

int gizli_deid_doc_set_subject(gizli_deid_doc *doc, const char *subject, size_t len) {
  if (!doc || (!subject && len)) return GIZLI_E_INVALID;
  if (!doc->d->ring.n) return GIZLI_E_KEY;
  int k = doc->d->ring.newest;
  const void *parts[2] = {"subject", subject ? subject : ""};
  size_t lens[2] = {8, len};
  int rc = gz_hmac(doc->macs[k * GZ_MAC_COUNT + GZ_MAC_DATE], parts, lens, 2, doc->subject_tag);
  doc->has_subject = rc == GIZLI_OK;
  return rc;
}

int gz_doc_reserve(gizli_deid_doc *doc, size_t need) {
  if (doc->len + need <= doc->cap) return GIZLI_OK;
  size_t cap = doc->cap ? doc->cap : 256;
  while (cap < doc->len + need) cap *= 2;
  /* not realloc: the old buffer may hold personal data and is wiped */
  char *nb = malloc(cap);
  if (!nb) return GIZLI_E_NOMEM;
  if (doc->len) memcpy(nb, doc->buf, doc->len);
  if (doc->buf) {
    gz_wipe(doc->buf, doc->cap);
    free(doc->buf);
  }
  doc->buf = nb;
  doc->cap = cap;
  return GIZLI_OK;
}

int gz_doc_put(gizli_deid_doc *doc, const void *p, size_t n) {
  int rc = gz_doc_reserve(doc, n + 1);
  if (rc) return rc;
  if (n) memcpy(doc->buf + doc->len, p, n);
  doc->len += n;
  doc->buf[doc->len] = 0;
  return GIZLI_OK;
}

static int put_str(gizli_deid_doc *doc, const char *s) { return gz_doc_put(doc, s, strlen(s)); }

/* ---- normalisation ----------------------------------------------------------- */

static int numeric_type(int t) {
  return t == GIZLI_T_TR_TCKN || t == GIZLI_T_TR_VKN || t == GIZLI_T_AZ_VOEN ||
         t == GIZLI_T_TR_MERSIS || t == GIZLI_T_CREDIT_CARD || t == GIZLI_T_US_SSN ||
         t == GIZLI_T_PHONE;
}

/* Values that are the same identifier written differently (separators,
 * national vs international phone prefix, case) normalise to the same bytes,
 * so hash pseudonyms and <TYPE_n> numbers join them. */
size_t gz_normalize(int type, const char *v, size_t len, char *out, size_t cap) {
  size_t n = 0;
  if (numeric_type(type) || type == GIZLI_T_IBAN || type == GIZLI_T_AZ_FIN ||
      type == GIZLI_T_TR_PASSPORT || type == GIZLI_T_AZ_PASSPORT ||
      type == GIZLI_T_AZ_ID_CARD || type == GIZLI_T_UK_NINO || type == GIZLI_T_MAC_ADDRESS) {
    for (size_t i = 0; i < len; i++) {
      char c = v[i];
      if (c >= 'a' && c <= 'z') c = (char)(c - 32);
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        if (n < cap) out[n] = c;
        n++;
      }
    }
    if (type == GIZLI_T_PHONE && n <= cap) {
      size_t skip = 0;
      if (n == 12 && !memcmp(out, "90", 2)) skip = 2;       /* +90 5xx ... */
      else if (n == 12 && !memcmp(out, "994", 3)) skip = 3; /* +994 xx ... */
      else if ((n == 11 || n == 10) && out[0] == '0') skip = 1;
      memmove(out, out + skip, n - skip);
      n -= skip;
    }
    return n;
  }
  if (type == GIZLI_T_EMAIL) {
    for (size_t i = 0; i < len; i++) {
      char c = v[i];
      if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
      if (n < cap) out[n] = c;
      n++;
    }
    return n;
  }
  /* words: one fixed case-folding rule (Turkish) so the result never depends
   * on the document language; whitespace runs become one space */
  char tmp[512];
  size_t fl = gizli_casefold(v, len, GIZLI_LANG_TR, tmp, sizeof tmp);
  char *f = tmp;
  if (fl > sizeof tmp) {
    if (!(f = malloc(fl))) return 0;
    gizli_casefold(v, len, GIZLI_LANG_TR, f, fl);
  }
  int sp = 0;
  for (size_t i = 0; i < fl; i++) {
    char c = f[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      sp = n > 0;
      continue;
    }
    if (sp) {
      if (n < cap) out[n] = ' ';
      n++;
      sp = 0;
    }
    if (n < cap) out[n] = c;
    n++;
  }
  if (f != tmp) {
    gz_wipe(f, fl);
    free(f);
  }
  gz_wipe(tmp, sizeof tmp);
  return n;
}

/* ---- replace / mask / hash ------------------------------------------------------ */

static int op_replace(const gizli_deid *d, gizli_deid_doc *doc, const gz_op *o, int type,
                      const char *v, size_t len) {
  char b[160];
  if (!o->numbered) {
    if (o->text[0]) return put_str(doc, o->text);
    snprintf(b, sizeof b, "[%s]", gizli_type_name(type));
    return put_str(doc, b);
  }
  (void)d;
  char nb[512];
  size_t nl = gz_normalize(type, v, len, nb, sizeof nb);
  if (nl > sizeof nb) nl = sizeof nb;
  int n = 0;
  for (size_t i = 0; i < doc->n_num; i++)
    if (doc->num[i].type == type && doc->num[i].len == nl && !memcmp(doc->num[i].value, nb, nl)) {
      n = doc->num[i].n;
      break;
    }
  if (!n) {
    if (doc->n_num == doc->cap_num) {
      size_t cap = doc->cap_num ? doc->cap_num * 2 : 16;
      gz_num *nn = realloc(doc->num, cap * sizeof *nn);
      if (!nn) return GIZLI_E_NOMEM;
      doc->num = nn;
      doc->cap_num = cap;
    }
    char *copy = malloc(nl ? nl : 1);
    if (!copy) return GIZLI_E_NOMEM;
    memcpy(copy, nb, nl);
    n = ++doc->counters[type];
    doc->num[doc->n_num++] = (gz_num){type, n, nl, copy};
  }
  gz_wipe(nb, sizeof nb);
  snprintf(b, sizeof b, "<%s_%d>", gizli_type_name(type), n);
  return put_str(doc, b);
}

static int is_alnum_cp(utf8proc_int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
         (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

/* Decodes one character: ASCII directly, the rest through utf8proc.
 * Returns its byte length and whether it is a letter or digit. */
static size_t next_char(const char *v, size_t len, size_t i, int *alnum) {
  unsigned char c = (unsigned char)v[i];
  if (c < 0x80) {
    *alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return 1;
  }
  utf8proc_int32_t cp;
  utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)v + i, (utf8proc_ssize_t)(len - i), &cp);
  if (r <= 0) {
    *alnum = 0;
    return 1;
  }
  *alnum = is_alnum_cp(cp);
  return (size_t)r;
}

/* Masks letters and digits (any script), keeping separators so the layout
 * stays readable: "+90 532 *** ** 67". */
static int op_mask(gizli_deid_doc *doc, const gz_op *o, const char *v, size_t len) {
  size_t total = 0;
  int a;
  for (size_t i = 0; i < len;) {
    i += next_char(v, len, i, &a);
    total += (size_t)a;
  }
  size_t lo, hi; /* mask alnum indices in [lo, hi) */
  if (o->keep >= 0) {
    size_t m = total > (size_t)o->keep ? total - (size_t)o->keep : 0;
    if (o->from_end) lo = total - m, hi = total;
    else lo = 0, hi = m;
  } else {
    size_t m = o->count < 0 || (size_t)o->count > total ? total : (size_t)o->count;
    if (o->from_end) lo = total - m, hi = total;
    else lo = 0, hi = m;
  }
  size_t idx = 0, ml = strlen(o->mask_char);
  int rc = gz_doc_reserve(doc, len * ml + 1);
  if (rc) return rc;
  char *w = doc->buf + doc->len;
  for (size_t i = 0; i < len;) {
    size_t r = next_char(v, len, i, &a);
    if (a && idx >= lo && idx < hi) {
      memcpy(w, o->mask_char, ml);
      w += ml;
    } else {
      memcpy(w, v + i, r);
      w += r;
    }
    idx += (size_t)a;
    i += r;
  }
  doc->len = (size_t)(w - doc->buf);
  doc->buf[doc->len] = 0;
  return GIZLI_OK;
}

/* "[TYPE:hex]": HMAC-SHA-256 under the hash sub-key of the type name and the
 * normalised value. No salt: equal values give equal tokens (joins), other
 * keys give unlinkable ones. */
static int op_hash(const gizli_deid *d, gizli_deid_doc *doc, const gz_op *o, int type,
                   const char *v, size_t len) {
  char nb[1024];
  size_t nl = gz_normalize(type, v, len, nb, sizeof nb);
  char *big = NULL;
  if (nl > sizeof nb) {
    if (!(big = malloc(nl))) return GIZLI_E_NOMEM;
    gz_normalize(type, v, len, big, nl);
  }
  const char *tn = gizli_type_name(type);
  const void *parts[3] = {tn, "", big ? big : nb};
  size_t lens[3] = {strlen(tn), 1, nl};
  unsigned char h[32];
  int k = d->ring.newest;
  int rc = gz_hmac(doc->macs[k * GZ_MAC_COUNT + GZ_MAC_HASH], parts, lens, 3, h);
  gz_wipe(nb, sizeof nb);
  if (big) {
    gz_wipe(big, nl);
    free(big);
  }
  if (rc) return rc;
  char hex[65], b[128];
  gz_hex(h, 32, hex);
  hex[o->length] = 0;
  snprintf(b, sizeof b, "[%s:%s]", tn, hex);
  return put_str(doc, b);
}

/* ---- encrypt ----------------------------------------------------------------- */

int gz_encrypt_token(gizli_deid_doc *doc, int type, const char *value, size_t len) {
  const gizli_deid *d = doc->d;
  const gz_key *key = &d->ring.keys[d->ring.newest];
  const char *tn = gizli_type_name(type);
  unsigned char stack[512];
  unsigned char *ct = len + 16 <= sizeof stack ? stack : malloc(len + 16);
  if (!ct) return GIZLI_E_NOMEM;
  const unsigned char *ad[2] = {(const unsigned char *)tn, (const unsigned char *)key->id};
  size_t adl[2] = {strlen(tn), strlen(key->id)};
  int rc = gz_siv_encrypt(doc->work, key->siv_enc, ad, adl, 2, (const unsigned char *)value,
                          len, ct);
  if (!rc) {
    size_t need = 6 + adl[0] + 1 + adl[1] + 1 + ((len + 16 + 2) / 3) * 4 + 3;
    rc = gz_doc_reserve(doc, need);
    if (!rc) {
      char *p = doc->buf + doc->len;
      int n = snprintf(p, need, "[[ENC:%s:%s:", tn, key->id);
      n += (int)gz_b64url_encode(ct, len + 16, p + n);
      memcpy(p + n, "]]", 3);
      doc->len += (size_t)n + 2;
    }
  }
  if (ct != stack) free(ct);
  return rc;
}

/* ---- FPE -------------------------------------------------------------------- */

/* Symbol positions of a value: ASCII digits and letters with their index. */
typedef struct syms {
  size_t pos[64];
  char ch[64];
  int n;
} syms;

static int collect(const char *v, size_t len, syms *s) {
  s->n = 0;
  for (size_t i = 0; i < len; i++) {
    char c = v[i];
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      if (s->n == 64) return -1;
      s->pos[s->n] = i;
      s->ch[s->n++] = c;
    }
  }
  return s->n;
}

static int isdig(char c) { return c >= '0' && c <= '9'; }

/* Check-digit repairs: given the body already written into out, recompute the
 * check characters so the value validates again. */
static void repair_tckn(char *o, const syms *s) {
  int d[11];
  for (int i = 0; i < 11; i++) d[i] = o[s->pos[i]] - '0';
  int odd = d[0] + d[2] + d[4] + d[6] + d[8], even = d[1] + d[3] + d[5] + d[7];
  d[9] = ((7 * odd - even) % 10 + 10) % 10;
  int sum = 0;
  for (int i = 0; i < 10; i++) sum += d[i];
  o[s->pos[9]] = (char)('0' + d[9]);
  o[s->pos[10]] = (char)('0' + sum % 10);
}

static int vkn_check(const int *d9) {
  int sum = 0;
  for (int i = 1; i <= 9; i++) {
    int c1 = (d9[9 - i] + i) % 10;
    if (c1) {
      int c2 = (c1 * (1 << i)) % 9;
      sum += c2 ? c2 : 9;
    }
  }
  return (10 - sum % 10) % 10;
}

static void repair_vkn(char *o, const syms *s, int off) {
  int d[9];
  for (int i = 0; i < 9; i++) d[i] = o[s->pos[off + i]] - '0';
  o[s->pos[off + 9]] = (char)('0' + vkn_check(d));
}

static void repair_voen(char *o, const syms *s) {
  static const int w[8] = {4, 1, 8, 6, 2, 7, 5, 3};
  int sum = 0;
  for (int i = 0; i < 8; i++) sum += w[i] * (o[s->pos[i]] - '0');
  int c = sum % 11; /* 10 has no digit: left invalid, the cycle walk goes on */
  o[s->pos[8]] = c == 10 ? 'X' : (char)('0' + c);
}

static void repair_luhn(char *o, const syms *s) {
  int n = s->n, sum = 0;
  for (int i = 0; i < n - 1; i++) {
    int v = o[s->pos[n - 2 - i]] - '0';
    if (!(i & 1)) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  o[s->pos[n - 1]] = (char)('0' + (10 - sum % 10) % 10);
}

static void repair_iban(char *o, const syms *s) {
  unsigned rem = 0;
  int n = s->n;
  for (int k = 0; k < n; k++) {
    int j = (k + 4) % n;
    char c = j == 2 || j == 3 ? '0' : o[s->pos[j]];
    if (c >= 'a' && c <= 'z') c = (char)(c - 32);
    if (isdig(c)) rem = (rem * 10 + (unsigned)(c - '0')) % 97;
    else rem = (rem * 100 + (unsigned)(c - 'A' + 10)) % 97;
  }
  unsigned chk = 98 - rem;
  o[s->pos[2]] = (char)('0' + chk / 10);
  o[s->pos[3]] = (char)('0' + chk % 10);
}

static int ssn_ok(const char *o, const syms *s) {
  int d[9];
  for (int i = 0; i < 9; i++) d[i] = o[s->pos[i]] - '0';
  int area = d[0] * 100 + d[1] * 10 + d[2], group = d[3] * 10 + d[4];
  int serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8];
  return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
}

/* A value that also validates as another type of the same length could be
 * re-detected as that type on reveal and decrypted wrongly. FPE outputs are
 * kept out of that overlap (it is part of the cycle-walking predicate), and
 * inputs inside it are refused (they fall back to encrypt tokens). */
static int ambiguous(int type, const char *o, size_t len) {
  switch (type) {
  case GIZLI_T_TR_VKN: return gizli_valid_voen(o, len);
  case GIZLI_T_AZ_VOEN: return gizli_valid_vkn(o, len);
  case GIZLI_T_PHONE:
    return gizli_valid_tckn(o, len) || gizli_valid_vkn(o, len) || gizli_valid_voen(o, len);
  default: return 0;
  }
}

/* The FPE plan of one value: which symbol indices form the encrypted body,
 * in which alphabet, and how the result is repaired and checked. */
typedef struct fplan {
  int idx[64];
  int n;
  int alpha; /* 0 digits, 1 letters (case kept per position), 2 the FİN alphabet:
                digits and upper-case letters without I and O (base 34) */
} fplan;

/* The FİN alphabet (documents never use I or O). */
static const char fin_alphabet[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

static unsigned alpha_radix(int alpha) {
  return alpha == 0 ? 10 : alpha == 1 ? 26 : (unsigned)(sizeof fin_alphabet - 1);
}

static int plan_for(int type, const char *v, size_t len, syms *s, fplan *p) {
  if (collect(v, len, s) < 0) return GIZLI_E_RANGE;
  int n = s->n, nd = 0, nl = 0;
  for (int i = 0; i < n; i++) isdig(s->ch[i]) ? nd++ : nl++;
  p->n = 0;
  p->alpha = 0;
#define BODY(a, b)                                 \
  for (int i_ = (a); i_ < (b); i_++) p->idx[p->n++] = i_
  switch (type) {
  case GIZLI_T_TR_TCKN:
    if (n != 11 || nl || !gizli_valid_tckn(v, len)) return GIZLI_E_RANGE;
    BODY(0, 9);
    break;
  case GIZLI_T_TR_VKN:
    if (n != 10 || nl || !gizli_valid_vkn(v, len)) return GIZLI_E_RANGE;
    BODY(0, 9);
    break;
  case GIZLI_T_AZ_VOEN:
    if (n != 10 || nl || !gizli_valid_voen(v, len)) return GIZLI_E_RANGE;
    BODY(0, 8);
    break;
  case GIZLI_T_TR_MERSIS:
    if (n != 16 || nl || !gizli_valid_mersis(v, len)) return GIZLI_E_RANGE;
    BODY(1, 10);
    BODY(11, 16);
    break;
  case GIZLI_T_CREDIT_CARD:
    if (n < 13 || nl || !gizli_valid_card(v, len)) return GIZLI_E_RANGE;
    BODY(6, n - 1);
    break;
  case GIZLI_T_IBAN: {
    if (!gizli_valid_iban(v, len)) return GIZLI_E_RANGE;
    int keep = 4; /* country + check digits */
    if (s->ch[0] == 'T' && s->ch[1] == 'R') keep += 6; /* bank code + reserve digit */
    else if (s->ch[0] == 'A' && s->ch[1] == 'Z') keep += 4; /* bank code letters */
    for (int i = keep; i < n; i++)
      if (isdig(s->ch[i])) p->idx[p->n++] = i;
    break;
  }
  case GIZLI_T_PHONE:
    if (nl || n < 7) return GIZLI_E_RANGE;
    /* the last six digits; country, operator/area code and the first digit of
     * the subscriber number stay, so the result keeps every national rule
     * (a North American exchange must not start with 0 or 1) */
    BODY(n - 6, n);
    break;
  case GIZLI_T_US_SSN:
    if (n != 9 || nl || !ssn_ok(v, s)) return GIZLI_E_RANGE;
    BODY(0, 9);
    break;
  case GIZLI_T_AZ_FIN:
    for (int i = 0; i < n; i++)
      if (!memchr(fin_alphabet, s->ch[i], sizeof fin_alphabet - 1)) return GIZLI_E_RANGE;
    if (n < 4) return GIZLI_E_RANGE;
    BODY(0, n);
    p->alpha = 2;
    break;
  case GIZLI_T_TR_PASSPORT:
  case GIZLI_T_AZ_PASSPORT:
  case GIZLI_T_AZ_ID_CARD:
  case GIZLI_T_UK_NINO:
    if (nd < 6) return GIZLI_E_RANGE;
    for (int i = 0; i < n; i++)
      if (isdig(s->ch[i])) p->idx[p->n++] = i;
    break;
  default:
    return GIZLI_E_RANGE;
  }
#undef BODY
  if (ambiguous(type, v, len)) return GIZLI_E_RANGE;
  unsigned radix = alpha_radix(p->alpha);
  double dom = 1;
  for (int i = 0; i < p->n; i++) dom *= radix;
  if (dom < 1e6) return GIZLI_E_RANGE;
  return GIZLI_OK;
}

static void repair(int type, char *o, const syms *s) {
  switch (type) {
  case GIZLI_T_TR_TCKN: repair_tckn(o, s); break;
  case GIZLI_T_TR_VKN: repair_vkn(o, s, 0); break;
  case GIZLI_T_AZ_VOEN: repair_voen(o, s); break;
  case GIZLI_T_TR_MERSIS: repair_vkn(o, s, 1); break;
  case GIZLI_T_CREDIT_CARD: repair_luhn(o, s); break;
  case GIZLI_T_IBAN: repair_iban(o, s); break;
  default: break;
  }
}

/* The validity predicate that defines the cycle-walking domain. It depends
 * only on the body (the rest is fixed or recomputed from it), so walking
 * E (or D) until it holds is a permutation of the valid values. */
static int valid_after(int type, const char *o, size_t len, const syms *s) {
  switch (type) {
  case GIZLI_T_TR_TCKN: return gizli_valid_tckn(o, len);
  case GIZLI_T_TR_VKN: return gizli_valid_vkn(o, len);
  case GIZLI_T_AZ_VOEN: return gizli_valid_voen(o, len);
  case GIZLI_T_TR_MERSIS: return gizli_valid_mersis(o, len);
  case GIZLI_T_CREDIT_CARD: return gizli_valid_card(o, len);
  case GIZLI_T_IBAN: return gizli_valid_iban(o, len);
  case GIZLI_T_US_SSN: return ssn_ok(o, s);
  case GIZLI_T_AZ_FIN: { /* seven digits would be read as a number, not a FİN */
    size_t d = 0;
    for (size_t i = 0; i < len; i++) d += isdig(o[i]) != 0;
    return d < len;
  }
  default: return 1;
  }
}

static unsigned char sym_val(char c, int alpha) {
  if (alpha == 0) return (unsigned char)(c - '0');
  if (alpha == 1) return (unsigned char)((c >= 'a' ? c - 'a' : c - 'A'));
  const char *p = memchr(fin_alphabet, c, sizeof fin_alphabet - 1);
  return (unsigned char)(p ? p - fin_alphabet : 0);
}

static char sym_chr(unsigned char v, int alpha, char like) {
  if (alpha == 0) return (char)('0' + v);
  if (alpha == 1) return (char)((like >= 'a' ? 'a' : 'A') + v);
  return fin_alphabet[v % (sizeof fin_alphabet - 1)];
}

int gz_fpe_value(gizli_deid_doc *doc, int k, int type, const char *value, size_t len, int dir,
                 char *out) {
  syms s;
  fplan p;
  int rc = plan_for(type, value, len, &s, &p);
  if (rc) return rc;
  memcpy(out, value, len);
  unsigned radix = alpha_radix(p.alpha);
  const unsigned char *tw = doc->d->tweak[type][p.alpha];
  unsigned char x[64], y[64];
  for (int i = 0; i < p.n; i++) x[i] = sym_val(s.ch[p.idx[i]], p.alpha);
  /* cycle walking: the expected number of steps is 1/density of valid
   * bodies (1 for most types, about 1.1 for VÖEN, 1.1 for TCKN) */
  for (int iter = 0; iter < 10000; iter++) {
    rc = dir ? gz_ff3_encrypt(doc->ecb[k], tw, 7, radix, x, (size_t)p.n, y)
             : gz_ff3_decrypt(doc->ecb[k], tw, 7, radix, x, (size_t)p.n, y);
    if (rc) return rc;
    for (int i = 0; i < p.n; i++) out[s.pos[p.idx[i]]] = sym_chr(y[i], p.alpha, s.ch[p.idx[i]]);
    repair(type, out, &s);
    if (valid_after(type, out, len, &s) && !ambiguous(type, out, len)) {
      gz_wipe(x, sizeof x);
      gz_wipe(y, sizeof y);
      return GIZLI_OK;
    }
    memcpy(x, y, (size_t)p.n);
  }
  return GIZLI_E_RANGE;
}

/* ---- dispatch ------------------------------------------------------------------- */

int gizli_deid_value(const gizli_deid *d, gizli_deid_doc *doc, const char *value, size_t len,
                     const gizli_finding *f, int lang, const char *after, size_t after_len,
                     const char **out, size_t *out_len, size_t *consumed_after) {
  if (!d || !doc || doc->d != d || (!value && len) || !f || !out || !out_len)
    return GIZLI_E_INVALID;
  if (consumed_after) *consumed_after = 0;
  int type = f->type;
  if (type <= 0 || type >= GIZLI_T_COUNT) return GIZLI_E_INVALID;
  if (doc->buf) gz_wipe(doc->buf, doc->len);
  doc->len = 0;
  int rc = gz_doc_reserve(doc, len + 64);
  if (rc) return rc;
  doc->buf[0] = 0;
  const gz_op *o = &d->ops[type];
  if (!d->ring.n && (o->kind == GZ_OP_HASH || o->kind == GZ_OP_ENCRYPT || o->kind == GZ_OP_FPE ||
                     o->kind == GZ_OP_SURROGATE || o->kind == GZ_OP_SHIFT_DATE))
    return GIZLI_E_KEY; /* a type the policy disabled, reported anyway */
  switch (o->kind) {
  case GZ_OP_KEEP: rc = gz_doc_put(doc, value, len); break;
  case GZ_OP_REDACT: rc = GIZLI_OK; break;
  case GZ_OP_REPLACE: rc = op_replace(d, doc, o, type, value, len); break;
  case GZ_OP_MASK: rc = op_mask(doc, o, value, len); break;
  case GZ_OP_HASH: rc = op_hash(d, doc, o, type, value, len); break;
  case GZ_OP_ENCRYPT: rc = gz_encrypt_token(doc, type, value, len); break;
  case GZ_OP_FPE:
    rc = gz_doc_reserve(doc, len + 1);
    if (!rc) rc = gz_fpe_value(doc, d->fpe_key, type, value, len, 1, doc->buf);
    if (!rc) {
      doc->len = len;
      doc->buf[len] = 0;
    } else if (rc == GIZLI_E_RANGE) {
      /* not in a format FPE can keep (bad checksum, too short, other type):
       * fall back to a reversible token so reveal stays exact */
      rc = gz_encrypt_token(doc, type, value, len);
    }
    break;
  case GZ_OP_SURROGATE:
    rc = gz_surrogate(doc, type, value, len, lang, after, after_len, consumed_after);
    break;
  case GZ_OP_SHIFT_DATE: {
    int days = 0;
    rc = gz_date_offset(doc, o->max_days, &days);
    if (!rc) rc = gz_date_shift(doc, value, len, days);
    if (rc == GIZLI_E_RANGE) {
      gz_op r;
      memset(&r, 0, sizeof r);
      doc->len = 0;
      rc = op_replace(d, doc, &r, type, value, len);
    }
    break;
  }
  case GZ_OP_GENERALIZE: {
    int to = o->gen_to;
    int alldig = len > 0;
    for (size_t i = 0; i < len; i++) alldig &= isdig(value[i]);
    if (to == GZ_GEN_AUTO)
      to = (type == GIZLI_T_ADDRESS || type == GIZLI_T_LOCATION) ? GZ_GEN_CITY
           : alldig && len <= 3                                ? GZ_GEN_BAND
                                                               : GZ_GEN_YEAR;
    rc = GIZLI_E_RANGE;
    if (to == GZ_GEN_YEAR || to == GZ_GEN_MONTH) {
      rc = gz_date_generalize(doc, value, len, to);
    } else if (to == GZ_GEN_CITY) {
      size_t cl = 0;
      const char *c = gz_find_city(value, len, &cl);
      if (c) rc = gz_doc_put(doc, c, cl);
    } else if (to == GZ_GEN_BAND && alldig && len <= 3) {
      int a = 0;
      for (size_t i = 0; i < len; i++) a = a * 10 + (value[i] - '0');
      int lo = a / o->band * o->band;
      char b[32];
      snprintf(b, sizeof b, "%d-%d", lo, lo + o->band - 1);
      rc = put_str(doc, b);
    }
    if (rc == GIZLI_E_RANGE) {
      gz_op r;
      memset(&r, 0, sizeof r);
      doc->len = 0;
      rc = op_replace(d, doc, &r, type, value, len);
    }
    break;
  }
  default: rc = GIZLI_E_INVALID;
  }
  if (rc) {
    if (doc->buf) gz_wipe(doc->buf, doc->len);
    doc->len = 0;
    return rc;
  }
  *out = doc->buf;
  *out_len = doc->len;
  return GIZLI_OK;
}

/* ---- surrogate identifiers ---------------------------------------------------- */

/* PRF bytes for surrogates: HMAC-SHA-256 under the surrogate sub-key of
 * (type, purpose, counter, normalised value), so a value maps to the same
 * surrogate in every document and process with the same key. */
int gz_prf(gizli_deid_doc *doc, int type, const char *purpose, const char *v, size_t len,
           unsigned char *out, size_t outlen) {
  const gizli_deid *d = doc->d;
  if (!d->ring.n) return GIZLI_E_KEY;
  char nb[512];
  size_t nl = gz_normalize(type, v, len, nb, sizeof nb);
  if (nl > sizeof nb) nl = sizeof nb;
  int k = d->ring.newest;
  const char *tn = gizli_type_name(type);
  for (unsigned ctr = 0; outlen; ctr++) {
    unsigned char c[4] = {(unsigned char)(ctr >> 24), (unsigned char)(ctr >> 16),
                          (unsigned char)(ctr >> 8), (unsigned char)ctr};
    const void *parts[6] = {tn, "", purpose, "", c, nb};
    size_t lens[6] = {strlen(tn), 1, strlen(purpose), 1, 4, nl};
    unsigned char h[32];
    int rc = gz_hmac(doc->macs[k * GZ_MAC_COUNT + GZ_MAC_SURROGATE], parts, lens, 6, h);
    if (rc) return rc;
    size_t take = outlen < 32 ? outlen : 32;
    memcpy(out, h, take);
    out += take;
    outlen -= take;
  }
  gz_wipe(nb, sizeof nb);
  return GIZLI_OK;
}

/* Same-format fake identifier: the FPE body positions are filled with PRF
 * digits/letters and the check digits repaired until the validator accepts
 * it; values FPE cannot plan (no checksum format) get every digit and letter
 * replaced by one of the same class, separators and case kept. */
int gz_surrogate_ident(gizli_deid_doc *doc, int type, const char *value, size_t len,
                       char *out) {
  syms s;
  fplan p;
  unsigned char r[64];
  memcpy(out, value, len);
  int planned = plan_for(type, value, len, &s, &p) == GIZLI_OK;
  for (unsigned attempt = 0; attempt < 1000; attempt++) {
    char purpose[24];
    snprintf(purpose, sizeof purpose, "ident%u", attempt);
    int rc = gz_prf(doc, type, purpose, value, len, r, sizeof r);
    if (rc) return rc;
    if (planned) {
      unsigned radix = alpha_radix(p.alpha);
      for (int i = 0; i < p.n; i++)
        out[s.pos[p.idx[i]]] = sym_chr((unsigned char)(r[i] % radix), p.alpha, s.ch[p.idx[i]]);
      repair(type, out, &s);
      if (valid_after(type, out, len, &s) && !ambiguous(type, out, len) &&
          memcmp(out, value, len))
        return GIZLI_OK;
      continue;
    }
    size_t j = 0, i0 = 0;
    if (type == GIZLI_T_TR_PLATE || type == GIZLI_T_AZ_PLATE) /* keep the region code */
      while (i0 < len && isdig(value[i0])) i0++;
    for (size_t i = i0; i < len; i++) {
      char c = value[i];
      unsigned char x = r[j++ % sizeof r];
      if (type == GIZLI_T_MAC_ADDRESS) { /* hex digits stay hex digits */
        static const char hx[] = "0123456789abcdef", HX[] = "0123456789ABCDEF";
        if (isdig(c) || (c >= 'a' && c <= 'f')) out[i] = hx[x % 16];
        else if (c >= 'A' && c <= 'F') out[i] = HX[x % 16];
      } else if (isdig(c)) out[i] = (char)('0' + x % 10);
      else if (c >= 'A' && c <= 'Z') out[i] = (char)('A' + x % 26);
      else if (c >= 'a' && c <= 'z') out[i] = (char)('a' + x % 26);
    }
    return GIZLI_OK;
  }
  return GIZLI_E_RANGE;
}
