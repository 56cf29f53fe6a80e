/* deid_reveal.c - reveal: restores a de-identified text byte for byte.
 * Pass 1: encrypt tokens "[[ENC:TYPE:kid:base64url]]" are found by their
 * fixed prefix, authenticated and decrypted with the key they name. Pass 2:
 * FPE values are re-detected with the engine in the pass-1 text (their
 * checksums and layout are intact, and context words that were encrypted are
 * back) and decrypted in place. Irreversible placeholders are counted, and every input
 * is added to the doc's reveal session for the audit record. */
#include "deid.h"

#include <stdlib.h>
#include <string.h>

static int is_kid(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '-';
}

typedef struct tok {
  size_t start, end; /* whole token */
  int type;
  const char *kid;
  size_t kid_len;
  const char *b64;
  size_t b64_len;
} tok;

/* Parses a token starting at text[i] (which begins with "[[ENC:"). */
static int parse_token(const char *t, size_t len, size_t i, tok *k) {
  size_t p = i + 6, s = p;
  while (p < len && p - s < 32 && ((t[p] >= 'A' && t[p] <= 'Z') || t[p] == '_')) p++;
  if (p >= len || t[p] != ':' || p == s) return GIZLI_E_INVALID;
  char tn[40];
  memcpy(tn, t + s, p - s);
  tn[p - s] = 0;
  k->type = gizli_type_from_name(tn);
  if (k->type == GIZLI_T_NONE) return GIZLI_E_INVALID;
  s = ++p;
  while (p < len && p - s <= GZ_KEYID_MAX && is_kid(t[p])) p++;
  if (p >= len || t[p] != ':' || p == s) return GIZLI_E_INVALID;
  k->kid = t + s;
  k->kid_len = p - s;
  s = ++p;
  while (p < len && is_kid(t[p])) p++;
  if (p + 1 >= len || t[p] != ']' || t[p + 1] != ']' || p == s) return GIZLI_E_INVALID;
  k->b64 = t + s;
  k->b64_len = p - s;
  k->start = i;
  k->end = p + 2;
  return GIZLI_OK;
}

/* Decrypts token k, appending the plaintext to the doc buffer. */
static int open_token(gizli_deid_doc *doc, const tok *k) {
  const gizli_deid *d = doc->d;
  int ki = gz_keyring_find(&d->ring, k->kid, k->kid_len);
  if (ki < 0) return GIZLI_E_KEY;
  size_t cap = k->b64_len * 3 / 4 + 3;
  unsigned char stack[512];
  unsigned char *raw = cap <= sizeof stack ? stack : malloc(cap);
  if (!raw) return GIZLI_E_NOMEM;
  long n = gz_b64url_decode(k->b64, k->b64_len, raw, cap);
  int rc = GIZLI_OK;
  if (n < 16) rc = GIZLI_E_INVALID;
  if (!rc) rc = gz_doc_reserve(doc, (size_t)n - 16 + 1);
  if (!rc) {
    const gz_key *key = &d->ring.keys[ki];
    const char *tn = gizli_type_name(k->type);
    const unsigned char *ad[2] = {(const unsigned char *)tn, (const unsigned char *)key->id};
    size_t adl[2] = {strlen(tn), strlen(key->id)};
    rc = gz_siv_decrypt(doc->work, key->siv_dec, ad, adl, 2, raw, (size_t)n,
                        (unsigned char *)doc->buf + doc->len);
    if (!rc) doc->len += (size_t)n - 16;
  }
  if (raw != stack) free(raw);
  return rc;
}

/* Counts "[TYPE]", "[TYPE:hex]" and "<TYPE_n>" placeholders. */
static size_t count_placeholders(const char *t, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i + 3 < len; i++) {
    if (t[i] != '[' && t[i] != '<') continue;
    if (t[i] == '[' && t[i + 1] == '[') { /* token */
      i++;
      continue;
    }
    size_t p = i + 1, s = p;
    while (p < len && p - s < 32 && ((t[p] >= 'A' && t[p] <= 'Z') || t[p] == '_')) p++;
    if (p == s || p >= len) continue;
    char tn[40];
    size_t tl = p - s;
    if (t[i] == '<') {
      /* <TYPE_n>: the name ends before the last '_' */
      size_t q = p;
      while (q < len && t[q] >= '0' && t[q] <= '9') q++;
      if (q == p || q >= len || t[q] != '>' || t[p - 1] != '_') continue;
      tl--;
      memcpy(tn, t + s, tl);
      tn[tl] = 0;
      if (gizli_type_from_name(tn) != GIZLI_T_NONE) n++;
      continue;
    }
    memcpy(tn, t + s, tl);
    tn[tl] = 0;
    if (gizli_type_from_name(tn) == GIZLI_T_NONE) continue;
    if (t[p] == ']') n++;
    else if (t[p] == ':') {
      size_t q = p + 1;
      while (q < len && ((t[q] >= '0' && t[q] <= '9') || (t[q] >= 'a' && t[q] <= 'f'))) q++;
      if (q - p - 1 >= 8 && q < len && t[q] == ']') n++;
    }
  }
  return n;
}

typedef struct span {
  size_t start, end;
} span;

/* Pass 1: every token decrypted into the doc buffer; the spans of restored
 * values (in the output) are recorded. */
static int pass_tokens(gizli_deid_doc *doc, const char *text, size_t len,
                       gizli_reveal_stats *st, span **spans, size_t *ns) {
  const gizli_deid *d = doc->d;
  size_t i = 0, cap = 0;
  int rc = GIZLI_OK;
  while (i < len && !rc) {
    const char *tk = len - i >= 6 ? memmem(text + i, len - i, "[[ENC:", 6) : NULL;
    if (!tk) return gz_doc_put(doc, text + i, len - i);
    size_t tpos = (size_t)(tk - text);
    tok k;
    rc = gz_doc_put(doc, text + i, tpos - i);
    if (!rc) rc = parse_token(text, len, tpos, &k);
    if (!rc && !d->ring.n) rc = GIZLI_E_KEY;
    size_t at = doc->len;
    if (!rc) rc = open_token(doc, &k);
    if (rc) break;
    if (*ns == cap) {
      cap = cap ? cap * 2 : 16;
      span *nsp = realloc(*spans, cap * sizeof *nsp);
      if (!nsp) return GIZLI_E_NOMEM;
      *spans = nsp;
    }
    (*spans)[(*ns)++] = (span){at, doc->len};
    st->restored[k.type]++;
    st->restored_total++;
    i = k.end;
  }
  return rc;
}

/* Pass 2: FPE values found by the engine in the text with tokens already
 * restored (so context words that were themselves encrypted are back), except
 * inside restored token values, are decrypted in place. */
static int pass_fpe(gizli_deid_doc *doc, const gizli_engine *engine, gizli_scratch *scratch,
                    const char *a, size_t len, int lang, const span *spans, size_t ns,
                    gizli_reveal_stats *st) {
  const gizli_deid *d = doc->d;
  const gizli_finding *f = NULL;
  size_t n = 0;
  int rc = len ? gizli_scan(engine, scratch, a, len, lang, &f, &n) : GIZLI_OK;
  if (rc) return rc;
  size_t pos = 0, si = 0;
  for (size_t i = 0; i < n && !rc; i++) {
    if (d->ops[f[i].type].kind != GZ_OP_FPE || f[i].start < pos) continue;
    while (si < ns && spans[si].end <= f[i].start) si++;
    if (si < ns && spans[si].start < f[i].end) continue; /* inside a token's value */
    if (!d->ring.n) return GIZLI_E_KEY;
    size_t vl = f[i].end - f[i].start;
    rc = gz_doc_put(doc, a + pos, f[i].start - pos);
    if (!rc) rc = gz_doc_reserve(doc, vl + 1);
    if (rc) break;
    int r = gz_fpe_value(doc, d->fpe_key, f[i].type, a + f[i].start, vl, 0, doc->buf + doc->len);
    if (r == GIZLI_OK) {
      st->restored[f[i].type]++;
      st->restored_total++;
    } else if (r == GIZLI_E_RANGE) {
      memcpy(doc->buf + doc->len, a + f[i].start, vl); /* not an FPE value */
    } else {
      return r;
    }
    doc->len += vl;
    pos = f[i].end;
  }
  if (!rc) rc = gz_doc_put(doc, a + pos, len - pos);
  return rc;
}

int gizli_reveal(const gizli_deid *d, gizli_deid_doc *doc, const gizli_engine *engine,
                 gizli_scratch *scratch, const char *text, size_t len, int lang,
                 const char **out, size_t *out_len, gizli_reveal_stats *stats) {
  if (!d || !doc || doc->d != d || (!text && len) || !out || !out_len) return GIZLI_E_INVALID;
  gizli_reveal_stats st;
  memset(&st, 0, sizeof st);
  if (doc->buf) gz_wipe(doc->buf, doc->len);
  doc->len = 0;
  int rc = gz_doc_reserve(doc, len + 1);
  if (rc) return rc;
  span *spans = NULL;
  size_t ns = 0;
  rc = pass_tokens(doc, text, len, &st, &spans, &ns);
  int any_fpe = 0;
  for (int t = 1; t < GIZLI_T_COUNT; t++) any_fpe |= d->ops[t].kind == GZ_OP_FPE;
  if (!rc && any_fpe && engine && scratch) {
    /* the pass-1 result becomes the input of pass 2 */
    char *a = doc->buf;
    size_t alen = doc->len, acap = doc->cap;
    doc->buf = NULL;
    doc->len = doc->cap = 0;
    rc = gz_doc_reserve(doc, alen + 1);
    if (!rc) rc = pass_fpe(doc, engine, scratch, a, alen, lang, spans, ns, &st);
    gz_wipe(a, acap);
    free(a);
  }
  free(spans);
  if (rc) {
    if (doc->buf) gz_wipe(doc->buf, doc->cap);
    doc->len = 0;
    return rc;
  }
  if (doc->buf) doc->buf[doc->len] = 0;
  st.irreversible = count_placeholders(text, len);
  /* reveal session for the audit record */
  if (len) EVP_DigestUpdate(doc->session, text, len);
  for (int t = 0; t < GIZLI_T_COUNT; t++) doc->sess_counts[t] += st.restored[t];
  doc->sess_irreversible += st.irreversible;
  doc->sess_docs++;
  if (stats) *stats = st;
  *out = doc->buf ? doc->buf : "";
  *out_len = doc->len;
  return GIZLI_OK;
}

int gizli_deid_doc_audit_event(gizli_deid_doc *doc, gizli_audit_event *ev) {
  if (!doc || !ev) return GIZLI_E_INVALID;
  memset(ev, 0, sizeof *ev);
  ev->operation = "reveal";
  for (int t = 0; t < GIZLI_T_COUNT; t++) ev->counts[t] = doc->sess_counts[t];
  ev->irreversible = doc->sess_irreversible;
  ev->documents = doc->sess_docs;
  unsigned int ol = 0;
  if (!EVP_DigestFinal_ex(doc->session, ev->input_sha256, &ol) ||
      !EVP_DigestInit_ex(doc->session, EVP_sha256(), NULL))
    return GIZLI_E_CRYPTO;
  memset(doc->sess_counts, 0, sizeof doc->sess_counts);
  doc->sess_irreversible = 0;
  doc->sess_docs = 0;
  return GIZLI_OK;
}
