/* deid.h - internal declarations of the de-identification layer (lib/deid_*.c):
 * keys and their derived sub-keys, the compiled plan (struct gizli_deid), the
 * per-document state (struct gizli_deid_doc) and the crypto building blocks
 * (FF3-1, AES-SIV, HMAC, Ed25519, base64url). Library sources and unit tests
 * only; front ends use gizli.h. */
#ifndef GIZLI_DEID_H
#define GIZLI_DEID_H

#include "internal.h"

#include <openssl/evp.h>

#define GZ_KEYID_MAX 32
#define GZ_MASTER_LEN 32

/* Operator kinds (the names in policy files are in deid_policy.c). */
enum {
  GZ_OP_KEEP = 0, /* leave the value as it is */
  GZ_OP_REDACT,
  GZ_OP_REPLACE,
  GZ_OP_MASK,
  GZ_OP_HASH,
  GZ_OP_ENCRYPT,
  GZ_OP_FPE,
  GZ_OP_SURROGATE,
  GZ_OP_SHIFT_DATE,
  GZ_OP_GENERALIZE,
  GZ_OP_COUNT
};

/* generalize targets */
enum { GZ_GEN_AUTO = 0, GZ_GEN_YEAR, GZ_GEN_MONTH, GZ_GEN_CITY, GZ_GEN_BAND };

/* One operator with its parameters, as set by a policy. */
typedef struct gz_op {
  int kind;
  int numbered;      /* replace: <TYPE_n> */
  char text[64];     /* replace: fixed text ("" = "[TYPE]") */
  char mask_char[8]; /* mask: one UTF-8 character */
  int count;         /* mask: letters/digits to mask, -1 = all */
  int keep;          /* mask: letters/digits to leave, -1 = unused */
  int from_end;      /* mask: start masking at the end */
  int length;        /* hash: hex characters, 8..64 */
  int max_days;      /* shift_date: offsets in [-max_days, max_days] \ {0} */
  int gen_to;        /* generalize: GZ_GEN_* */
  int band;          /* generalize: band width for numbers (ages) */
} gz_op;

/* HMAC purposes, each with its own derived key. */
enum { GZ_MAC_HASH = 0, GZ_MAC_SURROGATE, GZ_MAC_DATE, GZ_MAC_COUNT };

/* One key from a key file, with every sub-key derived once by HKDF and the
 * keyed OpenSSL templates built once (copied per document / per call). */
typedef struct gz_key {
  char id[GZ_KEYID_MAX + 1];
  char created[32];
  unsigned char master[GZ_MASTER_LEN];
  unsigned char siv[64];      /* AES-256-SIV */
  unsigned char fpe[32];      /* AES-256 for FF3-1 */
  unsigned char mac[GZ_MAC_COUNT][32];
  unsigned char sign_seed[32]; /* Ed25519 private key for the audit log */
  EVP_CIPHER_CTX *siv_enc;    /* keyed templates, never used directly */
  EVP_CIPHER_CTX *siv_dec;
  EVP_CIPHER_CTX *ecb;        /* AES-256-ECB keyed with REVB(fpe) */
  EVP_MAC_CTX *macs[GZ_MAC_COUNT];
} gz_key;

typedef struct gz_keyring {
  gz_key *keys;
  int n;
  int newest; /* index of the key used for new tokens */
} gz_keyring;

int gz_keyring_load(const char *key_file, gz_keyring *ring, gizli_error *err);
int gz_keyring_prepare(gz_keyring *ring); /* derive sub-keys, build templates */
void gz_keyring_free(gz_keyring *ring);
int gz_keyring_find(const gz_keyring *ring, const char *id, size_t id_len);
/* Parses key file text (the format of docs/deid.md) into ring. */
int gz_keyring_parse(const char *text, size_t len, const char *source, gz_keyring *ring,
                     gizli_error *err);

struct gizli_deid {
  char name[128];
  gz_op ops[GIZLI_T_COUNT];
  /* Detection part, copied by gizli_deid_configure. */
  int has_threshold;
  float threshold;
  int lang;
  int has_detectors;
  unsigned char enabled[GIZLI_T_COUNT];
  char **allow;
  size_t n_allow;
  int *deny_type;
  char **deny;
  size_t n_deny;
  /* Keys. */
  gz_keyring ring;
  int fpe_key; /* key used for FPE (pinned by policy key_id, else newest) */
  /* FF3-1 tweaks per type and alphabet (0: digits, 1: letters, 2: base 36):
   * SHA-256("gizli fpe tweak" || type name || alphabet)[0..7). */
  unsigned char tweak[GIZLI_T_COUNT][3][7];
  char pin_id[GZ_KEYID_MAX + 1];
  /* Surrogate names: for every name list [kind: male, female, surname]
   * [language: tr, az, en], the keyed successor of each entry, a secret
   * cyclic permutation (no fixed point), so that distinct known names never
   * share a surrogate. NULL without a key or surrogate operator. */
  unsigned short *sur_next[3][3];
};

/* <TYPE_n> numbering table entry. */
typedef struct gz_num {
  int type;
  int n;
  size_t len;
  char *value;
} gz_num;

struct gizli_deid_doc {
  const gizli_deid *d;
  EVP_CIPHER_CTX *work;  /* SIV working context (copied from templates) */
  EVP_CIPHER_CTX **ecb;  /* per key, FF3-1 round function */
  EVP_MAC_CTX **macs;    /* per key x GZ_MAC_COUNT */
  gz_num *num;
  size_t n_num, cap_num;
  int counters[GIZLI_T_COUNT];
  char *buf; /* output of gizli_deid_value / gizli_reveal */
  size_t len, cap;
  int date_offset_set;
  int date_offset; /* days, for the current subject */
  unsigned char subject_tag[32];
  int has_subject;
  /* Reveal session, for the audit record. */
  EVP_MD_CTX *session;
  size_t sess_counts[GIZLI_T_COUNT];
  size_t sess_irreversible;
  size_t sess_docs;
};

/* ---- crypto (deid_crypto.c) ---------------------------------------------- */
/* Builds an AES-ECB context (no padding) keyed with the byte-reversed key, as
 * FF3-1 requires. keylen 16, 24 or 32. */
int gz_ff3_ctx(const unsigned char *key, size_t keylen, EVP_CIPHER_CTX **out);
/* FF3-1 (tweak_len 7) or the original FF3 (tweak_len 8, for test vectors
 * only). x holds n numerals < radix; out may equal x. Returns GIZLI_E_RANGE
 * when radix^n < 1,000,000 or n is above the maximum length. */
int gz_ff3_encrypt(EVP_CIPHER_CTX *ecb, const unsigned char *tweak, size_t tweak_len,
                   unsigned radix, const unsigned char *x, size_t n, unsigned char *out);
int gz_ff3_decrypt(EVP_CIPHER_CTX *ecb, const unsigned char *tweak, size_t tweak_len,
                   unsigned radix, const unsigned char *x, size_t n, unsigned char *out);

/* Keyed AES-SIV template (keylen 32 = AES-128-SIV, 64 = AES-256-SIV). */
int gz_siv_ctx(const unsigned char *key, size_t keylen, int enc, EVP_CIPHER_CTX **out);
/* RFC 5297 S2V over the nad associated-data strings, then CTR; out gets V||C
 * (len + 16 bytes). `work` is overwritten with a copy of `tpl`. */
int gz_siv_encrypt(EVP_CIPHER_CTX *work, const EVP_CIPHER_CTX *tpl,
                   const unsigned char *const *ad, const size_t *adlen, int nad,
                   const unsigned char *pt, size_t len, unsigned char *out);
/* in = V||C; writes inlen - 16 bytes to pt. GIZLI_E_AUTH when the tag fails. */
int gz_siv_decrypt(EVP_CIPHER_CTX *work, const EVP_CIPHER_CTX *tpl,
                   const unsigned char *const *ad, const size_t *adlen, int nad,
                   const unsigned char *in, size_t inlen, unsigned char *pt);

/* HKDF-SHA-256 (salt "gizli-v1") of master with info label. */
int gz_hkdf(const unsigned char *master, size_t mlen, const char *label, unsigned char *out,
            size_t outlen);
int gz_hmac_ctx(const unsigned char *key, size_t keylen, EVP_MAC_CTX **out);
/* HMAC-SHA-256 over the concatenation of parts, with a keyed context that is
 * re-initialised (not re-keyed). out: 32 bytes. */
int gz_hmac(EVP_MAC_CTX *ctx, const void *const *parts, const size_t *lens, int n,
            unsigned char out[32]);

/* base64url without padding. Returns output length; out needs
 * 4*ceil(n/3)+1 bytes. */
size_t gz_b64url_encode(const unsigned char *in, size_t n, char *out);
/* Returns decoded length or -1 on a bad character / length. */
long gz_b64url_decode(const char *in, size_t n, unsigned char *out, size_t cap);
int gz_unhex(const char *in, size_t n, unsigned char *out); /* n even; 0 ok */

/* Ed25519 from a 32-byte seed. */
int gz_ed25519_sign(const unsigned char seed[32], const void *msg, size_t len,
                    unsigned char sig[64]);
int gz_ed25519_public(const unsigned char seed[32], unsigned char pub[32]);
int gz_ed25519_verify(const unsigned char pub[32], const void *msg, size_t len,
                      const unsigned char sig[64]);
int gz_sha256(const void *data, size_t len, unsigned char out[32]);

/* ---- policy (deid_policy.c, deid_presets.c) ------------------------------ */
int gz_policy_load(gizli_deid *d, const char *policy, gizli_error *err);
/* gizli_deid_create with the policy text in a buffer (YAML or JSON); `source`
 * names it in errors and is the default policy name. For tests and fuzzing. */
int gz_deid_create_text(const char *text, size_t len, const char *source, const char *key_file,
                        gizli_deid **out, gizli_error *err);
/* Built-in preset text (YAML), or NULL when `name` is not a preset. */
const char *gz_preset_text(const char *name);
const char *gz_op_name(int kind);

/* ---- operators (deid_ops.c) ---------------------------------------------- */
int gz_doc_reserve(gizli_deid_doc *doc, size_t need);
int gz_doc_put(gizli_deid_doc *doc, const void *p, size_t n);
/* FPE of a value of `type` with key index k; dir 1 = encrypt, 0 = decrypt.
 * Writes the result into out (same byte length as value). Returns
 * GIZLI_E_RANGE when the value does not fit the type's format. */
int gz_fpe_value(gizli_deid_doc *doc, int k, int type, const char *value, size_t len,
                 int dir, char *out);
/* Encrypt token "[[ENC:TYPE:kid:b64]]" appended to the doc buffer. */
int gz_encrypt_token(gizli_deid_doc *doc, int type, const char *value, size_t len);

/* ---- surrogates (deid_surrogate.c) --------------------------------------- */
int gz_surrogate(gizli_deid_doc *doc, int type, const char *value, size_t len, int lang,
                 const char *after, size_t after_len, size_t *consumed_after);
/* Random-looking but deterministic same-format identifier from PRF bytes. */
int gz_surrogate_ident(gizli_deid_doc *doc, int type, const char *value, size_t len,
                       char *out);
/* Deterministic PRF bytes for surrogates (HMAC of type, purpose, value). */
int gz_prf(gizli_deid_doc *doc, int type, const char *purpose, const char *v, size_t len,
           unsigned char *out, size_t outlen);
/* Builds d->sur_next with the newest key (at plan creation). */
int gz_surrogate_prepare(gizli_deid *d);
/* Finds a known city name inside an address; returns pointer/len or NULL. */
const char *gz_find_city(const char *s, size_t len, size_t *city_len);

/* ---- dates (deid_dates.c) ------------------------------------------------ */
/* Appends the date moved by `days` (same layout) to the doc buffer; returns
 * GIZLI_E_RANGE when the value is not a date it can parse. */
int gz_date_shift(gizli_deid_doc *doc, const char *value, size_t len, int days);
/* Appends the year ("1985") or month ("03.1985", "Mart 1985") of a date. */
int gz_date_generalize(gizli_deid_doc *doc, const char *value, size_t len, int to);
/* Keyed per-subject offset in [-max_days, max_days] without 0. */
int gz_date_offset(gizli_deid_doc *doc, int max_days, int *days);

/* ---- reveal helpers (deid_reveal.c) ------------------------------------------ */
/* Normalised form of a value for joins and numbering (digits only for
 * numeric identifiers, lower case for e-mail, case-folded words otherwise).
 * Returns length written (<= cap) or the needed size. */
size_t gz_normalize(int type, const char *v, size_t len, char *out, size_t cap);

/* Is s[0..n) a valid key id: 1 to GZ_KEYID_MAX of [A-Za-z0-9_-]? */
int gz_key_id_valid(const char *s, size_t n);

#endif
