/* deid_crypto.c - the cryptographic building blocks of de-identification, all
 * on OpenSSL 3 libcrypto: FF3-1 format-preserving encryption (NIST SP 800-38G
 * Rev. 1) with AES-ECB as round function, AES-SIV (RFC 5297) through the EVP
 * "AES-*-SIV" ciphers, HKDF and HMAC-SHA-256 through EVP_KDF / EVP_MAC,
 * Ed25519 through EVP_PKEY, and base64url / hex codecs. */
#include "deid.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <string.h>

__extension__ typedef unsigned __int128 gz_u128;

/* ---- FF3-1 ----------------------------------------------------------------- */

int gz_ff3_ctx(const unsigned char *key, size_t keylen, EVP_CIPHER_CTX **out) {
  const char *name = keylen == 16 ? "AES-128-ECB" : keylen == 24 ? "AES-192-ECB"
                     : keylen == 32 ? "AES-256-ECB" : NULL;
  if (!name || !out) return GIZLI_E_INVALID;
  unsigned char rk[32];
  for (size_t i = 0; i < keylen; i++) rk[i] = key[keylen - 1 - i];
  EVP_CIPHER *c = EVP_CIPHER_fetch(NULL, name, NULL);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int ok = c && ctx && EVP_EncryptInit_ex2(ctx, c, rk, NULL, NULL) &&
           EVP_CIPHER_CTX_set_padding(ctx, 0);
  EVP_CIPHER_free(c);
  gz_wipe(rk, sizeof rk);
  if (!ok) {
    EVP_CIPHER_CTX_free(ctx);
    return GIZLI_E_CRYPTO;
  }
  *out = ctx;
  return GIZLI_OK;
}

/* NUM_radix(REV(X)): the numerals read least significant first. */
static gz_u128 num_rev(const unsigned char *x, size_t n, unsigned radix) {
  gz_u128 v = 0;
  for (size_t i = n; i-- > 0;) v = v * radix + x[i];
  return v;
}

/* REV(STR^m_radix(v)): writes v as m numerals, least significant first. */
static void str_rev(gz_u128 v, unsigned radix, unsigned char *x, size_t m) {
  for (size_t i = 0; i < m; i++) {
    x[i] = (unsigned char)(v % radix);
    v /= radix;
  }
}

/* Checks the FF3-1 domain: radix^n >= 10^6 and radix^ceil(n/2) < 2^96. Sets
 * *mod_u and *mod_v to radix^u and radix^v. */
static int ff3_domain(unsigned radix, size_t n, gz_u128 *mod_u, gz_u128 *mod_v) {
  if (radix < 2 || radix > 256 || n < 2 || n > 192) return GIZLI_E_RANGE;
  size_t u = (n + 1) / 2, v = n - u;
  const gz_u128 lim = (gz_u128)1 << 96;
  gz_u128 pu = 1, pv = 1;
  for (size_t i = 0; i < u; i++) {
    pu *= radix;
    if (pu >= lim) return GIZLI_E_RANGE;
  }
  for (size_t i = 0; i < v; i++) pv *= radix;
  if (pu * pv < 1000000) return GIZLI_E_RANGE;
  *mod_u = pu;
  *mod_v = pv;
  return GIZLI_OK;
}

/* Splits the tweak into T_L and T_R: FF3-1 (56 bits) per SP 800-38G Rev. 1,
 * or FF3 (64 bits) for the original sample vectors. */
static void ff3_tweak(const unsigned char *t, size_t tlen, unsigned char tl[4],
                      unsigned char tr[4]) {
  if (tlen == 8) {
    memcpy(tl, t, 4);
    memcpy(tr, t + 4, 4);
  } else {
    tl[0] = t[0], tl[1] = t[1], tl[2] = t[2], tl[3] = (unsigned char)(t[3] & 0xF0);
    tr[0] = t[4], tr[1] = t[5], tr[2] = t[6], tr[3] = (unsigned char)((t[3] & 0x0F) << 4);
  }
}

/* The round function: y = NUM(REVB(CIPH(REVB(W xor [i]^4 || [NUM(REV(B))]^12)))). */
static int ff3_round(EVP_CIPHER_CTX *ecb, const unsigned char w[4], unsigned i,
                     gz_u128 b, gz_u128 *y) {
  unsigned char p[16], rp[16], s[16];
  p[0] = w[0], p[1] = w[1], p[2] = w[2], p[3] = (unsigned char)(w[3] ^ i);
  for (int k = 15; k >= 4; k--) {
    p[k] = (unsigned char)(b & 0xFF);
    b >>= 8;
  }
  for (int k = 0; k < 16; k++) rp[k] = p[15 - k];
  int ol = 0;
  if (!EVP_EncryptUpdate(ecb, s, &ol, rp, 16) || ol != 16) return GIZLI_E_CRYPTO;
  gz_u128 v = 0; /* NUM(REVB(S)): S read as a little-endian integer */
  for (int k = 15; k >= 0; k--) v = (v << 8) | s[k];
  *y = v;
  return GIZLI_OK;
}

/* Both directions of FF3 / FF3-1 (SP 800-38G algorithms FF3.Encrypt and
 * FF3.Decrypt). The halves' lengths alternate between u and v; la / lb track
 * them, and m is the length of the half being replaced. */
static int ff3_crypt(EVP_CIPHER_CTX *ecb, const unsigned char *tweak, size_t tweak_len,
                     unsigned radix, const unsigned char *x, size_t n, unsigned char *out,
                     int enc) {
  if (!ecb || !tweak || !x || !out || (tweak_len != 7 && tweak_len != 8))
    return GIZLI_E_INVALID;
  gz_u128 mu, mv;
  int rc = ff3_domain(radix, n, &mu, &mv);
  if (rc) return rc;
  for (size_t i = 0; i < n; i++)
    if (x[i] >= radix) return GIZLI_E_INVALID;
  size_t u = (n + 1) / 2, v = n - u, la = u, lb = v;
  unsigned char a[192], b[192], c[192], tl[4], tr[4];
  memcpy(a, x, u);
  memcpy(b, x + u, v);
  ff3_tweak(tweak, tweak_len, tl, tr);
  for (int r = 0; r < 8; r++) {
    unsigned i = enc ? (unsigned)r : (unsigned)(7 - r);
    const unsigned char *w = (i % 2 == 0) ? tr : tl;
    gz_u128 y;
    if (enc) {
      size_t m = la;
      gz_u128 mod = m == u ? mu : mv;
      rc = ff3_round(ecb, w, i, num_rev(b, lb, radix), &y);
      if (rc) return rc;
      str_rev((num_rev(a, la, radix) + y % mod) % mod, radix, c, m);
      memcpy(a, b, lb); /* A = B */
      la = lb;
      memcpy(b, c, m); /* B = C */
      lb = m;
    } else {
      size_t m = lb;
      gz_u128 mod = m == u ? mu : mv;
      rc = ff3_round(ecb, w, i, num_rev(a, la, radix), &y);
      if (rc) return rc;
      str_rev((num_rev(b, lb, radix) + mod - y % mod) % mod, radix, c, m);
      memcpy(b, a, la); /* B = A */
      lb = la;
      memcpy(a, c, m); /* A = C */
      la = m;
    }
  }
  memcpy(out, a, la);
  memcpy(out + la, b, lb);
  gz_wipe(a, sizeof a);
  gz_wipe(b, sizeof b);
  gz_wipe(c, sizeof c);
  return GIZLI_OK;
}

int gz_ff3_encrypt(EVP_CIPHER_CTX *ecb, const unsigned char *tweak, size_t tweak_len,
                   unsigned radix, const unsigned char *x, size_t n, unsigned char *out) {
  return ff3_crypt(ecb, tweak, tweak_len, radix, x, n, out, 1);
}

int gz_ff3_decrypt(EVP_CIPHER_CTX *ecb, const unsigned char *tweak, size_t tweak_len,
                   unsigned radix, const unsigned char *x, size_t n, unsigned char *out) {
  return ff3_crypt(ecb, tweak, tweak_len, radix, x, n, out, 0);
}

/* ---- AES-SIV --------------------------------------------------------------- */

int gz_siv_ctx(const unsigned char *key, size_t keylen, int enc, EVP_CIPHER_CTX **out) {
  const char *name = keylen == 32 ? "AES-128-SIV" : keylen == 48 ? "AES-192-SIV"
                     : keylen == 64 ? "AES-256-SIV" : NULL;
  if (!name || !out) return GIZLI_E_INVALID;
  EVP_CIPHER *c = EVP_CIPHER_fetch(NULL, name, NULL);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int ok = c && ctx &&
           (enc ? EVP_EncryptInit_ex2(ctx, c, key, NULL, NULL)
                : EVP_DecryptInit_ex2(ctx, c, key, NULL, NULL));
  EVP_CIPHER_free(c);
  if (!ok) {
    EVP_CIPHER_CTX_free(ctx);
    return GIZLI_E_CRYPTO;
  }
  *out = ctx;
  return GIZLI_OK;
}

/* OpenSSL's SIV state is single-use after keying, so every message starts from
 * a copy of the keyed template (no key schedule or CMAC subkey per call). Each
 * EVP update with a NULL output is one associated-data component of S2V. */
int gz_siv_encrypt(EVP_CIPHER_CTX *work, const EVP_CIPHER_CTX *tpl,
                   const unsigned char *const *ad, const size_t *adlen, int nad,
                   const unsigned char *pt, size_t len, unsigned char *out) {
  int ol = 0;
  if (!work || !tpl || len > 0x7fffffff) return GIZLI_E_INVALID;
  if (!EVP_CIPHER_CTX_copy(work, tpl)) return GIZLI_E_CRYPTO;
  for (int i = 0; i < nad; i++)
    if (!EVP_EncryptUpdate(work, NULL, &ol, ad[i], (int)adlen[i])) return GIZLI_E_CRYPTO;
  if (!EVP_EncryptUpdate(work, out + 16, &ol, pt, (int)len)) return GIZLI_E_CRYPTO;
  if (!EVP_EncryptFinal_ex(work, out + 16 + ol, &ol)) return GIZLI_E_CRYPTO;
  if (!EVP_CIPHER_CTX_ctrl(work, EVP_CTRL_AEAD_GET_TAG, 16, out)) return GIZLI_E_CRYPTO;
  return GIZLI_OK;
}

int gz_siv_decrypt(EVP_CIPHER_CTX *work, const EVP_CIPHER_CTX *tpl,
                   const unsigned char *const *ad, const size_t *adlen, int nad,
                   const unsigned char *in, size_t inlen, unsigned char *pt) {
  int ol = 0;
  if (!work || !tpl || inlen < 16 || inlen > 0x7fffffff) return GIZLI_E_INVALID;
  if (!EVP_CIPHER_CTX_copy(work, tpl)) return GIZLI_E_CRYPTO;
  if (!EVP_CIPHER_CTX_ctrl(work, EVP_CTRL_AEAD_SET_TAG, 16, (void *)in))
    return GIZLI_E_CRYPTO;
  for (int i = 0; i < nad; i++)
    if (!EVP_DecryptUpdate(work, NULL, &ol, ad[i], (int)adlen[i])) return GIZLI_E_CRYPTO;
  /* The tag is checked inside the update: failure means wrong key or data. */
  if (!EVP_DecryptUpdate(work, pt, &ol, in + 16, (int)(inlen - 16))) {
    gz_wipe(pt, inlen - 16);
    return GIZLI_E_AUTH;
  }
  if (!EVP_DecryptFinal_ex(work, pt + ol, &ol)) {
    gz_wipe(pt, inlen - 16);
    return GIZLI_E_AUTH;
  }
  return GIZLI_OK;
}

/* ---- HKDF, HMAC, SHA-256 ----------------------------------------------------- */

int gz_hkdf(const unsigned char *master, size_t mlen, const char *label, unsigned char *out,
            size_t outlen) {
  EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
  EVP_KDF_CTX *k = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
  EVP_KDF_free(kdf);
  if (!k) return GIZLI_E_CRYPTO;
  static const char salt[] = "gizli-v1";
  OSSL_PARAM p[5];
  p[0] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)"SHA256", 0);
  p[1] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)master, mlen);
  p[2] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)salt,
                                           sizeof salt - 1);
  p[3] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, (void *)label,
                                           strlen(label));
  p[4] = OSSL_PARAM_construct_end();
  int ok = EVP_KDF_derive(k, out, outlen, p) > 0;
  EVP_KDF_CTX_free(k);
  return ok ? GIZLI_OK : GIZLI_E_CRYPTO;
}

int gz_hmac_ctx(const unsigned char *key, size_t keylen, EVP_MAC_CTX **out) {
  EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  EVP_MAC_CTX *ctx = mac ? EVP_MAC_CTX_new(mac) : NULL;
  EVP_MAC_free(mac);
  if (!ctx) return GIZLI_E_CRYPTO;
  OSSL_PARAM p[2];
  p[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"SHA256", 0);
  p[1] = OSSL_PARAM_construct_end();
  if (!EVP_MAC_init(ctx, key, keylen, p)) {
    EVP_MAC_CTX_free(ctx);
    return GIZLI_E_CRYPTO;
  }
  *out = ctx;
  return GIZLI_OK;
}

/* A NULL key re-initialises HMAC with the key already set (ipad/opad states
 * are kept), so each call costs only the hashing. */
int gz_hmac(EVP_MAC_CTX *ctx, const void *const *parts, const size_t *lens, int n,
            unsigned char out[32]) {
  size_t ol = 0;
  if (!EVP_MAC_init(ctx, NULL, 0, NULL)) return GIZLI_E_CRYPTO;
  for (int i = 0; i < n; i++)
    if (!EVP_MAC_update(ctx, parts[i], lens[i])) return GIZLI_E_CRYPTO;
  if (!EVP_MAC_final(ctx, out, &ol, 32) || ol != 32) return GIZLI_E_CRYPTO;
  return GIZLI_OK;
}

int gz_sha256(const void *data, size_t len, unsigned char out[32]) {
  unsigned int ol = 0;
  return EVP_Digest(data, len, out, &ol, EVP_sha256(), NULL) && ol == 32 ? GIZLI_OK
                                                                         : GIZLI_E_CRYPTO;
}

/* ---- Ed25519 ---------------------------------------------------------------- */

int gz_ed25519_public(const unsigned char seed[32], unsigned char pub[32]) {
  EVP_PKEY *k = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, NULL, seed, 32);
  size_t l = 32;
  int ok = k && EVP_PKEY_get_raw_public_key(k, pub, &l) && l == 32;
  EVP_PKEY_free(k);
  return ok ? GIZLI_OK : GIZLI_E_CRYPTO;
}

int gz_ed25519_sign(const unsigned char seed[32], const void *msg, size_t len,
                    unsigned char sig[64]) {
  EVP_PKEY *k = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, NULL, seed, 32);
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  size_t sl = 64;
  int ok = k && md && EVP_DigestSignInit(md, NULL, NULL, NULL, k) &&
           EVP_DigestSign(md, sig, &sl, msg, len) && sl == 64;
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(k);
  return ok ? GIZLI_OK : GIZLI_E_CRYPTO;
}

int gz_ed25519_verify(const unsigned char pub[32], const void *msg, size_t len,
                      const unsigned char sig[64]) {
  EVP_PKEY *k = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, pub, 32);
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  int ok = k && md && EVP_DigestVerifyInit(md, NULL, NULL, NULL, k) &&
           EVP_DigestVerify(md, sig, 64, msg, len) == 1;
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(k);
  return ok ? GIZLI_OK : GIZLI_E_AUTH;
}

/* ---- codecs ------------------------------------------------------------------ */

static const char b64u[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

size_t gz_b64url_encode(const unsigned char *in, size_t n, char *out) {
  size_t o = 0, i = 0;
  for (; i + 3 <= n; i += 3) {
    unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8 | in[i + 2];
    out[o++] = b64u[v >> 18], out[o++] = b64u[(v >> 12) & 63];
    out[o++] = b64u[(v >> 6) & 63], out[o++] = b64u[v & 63];
  }
  if (n - i == 1) {
    unsigned v = (unsigned)in[i] << 16;
    out[o++] = b64u[v >> 18], out[o++] = b64u[(v >> 12) & 63];
  } else if (n - i == 2) {
    unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8;
    out[o++] = b64u[v >> 18], out[o++] = b64u[(v >> 12) & 63];
    out[o++] = b64u[(v >> 6) & 63];
  }
  out[o] = 0;
  return o;
}

static int b64u_val(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

long gz_b64url_decode(const char *in, size_t n, unsigned char *out, size_t cap) {
  if (n % 4 == 1) return -1;
  size_t o = 0;
  unsigned acc = 0;
  int bits = 0;
  for (size_t i = 0; i < n; i++) {
    int v = b64u_val((unsigned char)in[i]);
    if (v < 0) return -1;
    acc = (acc << 6) | (unsigned)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (o == cap) return -1;
      out[o++] = (unsigned char)(acc >> bits);
      acc &= (1u << bits) - 1;
    }
  }
  if (acc != 0) return -1; /* non-canonical trailing bits */
  return (long)o;
}

static int hexv(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

int gz_unhex(const char *in, size_t n, unsigned char *out) {
  if (n % 2) return -1;
  for (size_t i = 0; i < n / 2; i++) {
    int a = hexv(in[2 * i]), b = hexv(in[2 * i + 1]);
    if (a < 0 || b < 0) return -1;
    out[i] = (unsigned char)(a << 4 | b);
  }
  return 0;
}
