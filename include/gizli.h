/*
 * gizli.h - the public interface of libgizli, and its manual.
 *
 * gizli finds personal and secret data in Azerbaijani, Turkish and English
 * text and de-identifies it. This header is the only one a program needs; the
 * CLI, tests and every other front end are built on it alone.
 *
 * MODEL (the Hyperscan model)
 *   1. Build a gizli_policy (mutable, single-threaded): which types, threshold,
 *      language, allow/deny lists.
 *   2. Compile it once into a gizli_engine: immutable and safe to share between
 *      any number of threads without locking.
 *   3. Each thread creates its own gizli_scratch from the engine and scans with
 *      it. A scratch must never be used by two threads at the same time.
 *   There is no global mutable state and no initialisation call.
 *
 * OWNERSHIP
 *   Every object has a *_create / *_free pair; *_free accepts NULL. Objects a
 *   function returns through an out-pointer belong to the caller. Arrays and
 *   strings a function returns through `const` out-pointers belong to the object
 *   named in that function's documentation and stay valid until the next call
 *   on that object or its free.
 *
 * ERRORS
 *   Functions returning int return GIZLI_OK (0) or a negative gizli_status.
 *   The values are stable across releases. gizli_strerror() names them.
 *   Compile- and policy-time errors also fill a gizli_error (message and
 *   location) when the caller passes one.
 *
 * TEXT
 *   Input is bytes, normally UTF-8. Offsets are byte offsets, end exclusive.
 *   Invalid UTF-8 and NUL bytes are allowed: they are never part of a finding
 *   and are passed through untouched by every redacting function.
 *
 * SECRETS
 *   gizli never logs matched text or keys. Key material held by gizli objects
 *   is wiped when they are freed.
 */
#ifndef GIZLI_H
#define GIZLI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(GIZLI_BUILDING) && defined(__GNUC__)
#define GIZLI_API __attribute__((visibility("default")))
#else
#define GIZLI_API
#endif

#define GIZLI_VERSION_MAJOR 0
#define GIZLI_VERSION_MINOR 1
#define GIZLI_VERSION_PATCH 0
#define GIZLI_VERSION_STRING "0.1.0"

/** Returns the library's version string, e.g. "0.1.0". Never NULL. */
GIZLI_API const char *gizli_version(void);

/* ------------------------------------------------------------------------ */
/* Status codes (stable values)                                              */
/* ------------------------------------------------------------------------ */
typedef enum gizli_status {
  GIZLI_OK = 0,
  GIZLI_E_NOMEM = -1,     /* allocation failed */
  GIZLI_E_INVALID = -2,   /* invalid argument (NULL where not allowed, bad enum) */
  GIZLI_E_COMPILE = -3,   /* pattern database failed to compile */
  GIZLI_E_POLICY = -4,    /* policy file or preset is invalid */
  GIZLI_E_IO = -5,        /* reading or writing a file failed */
  GIZLI_E_UTF8 = -6,      /* invalid UTF-8 where text was required */
  GIZLI_E_JSON = -7,      /* malformed JSON input */
  GIZLI_E_KEY = -8,       /* key missing, malformed, or of the wrong id */
  GIZLI_E_AUTH = -9,      /* authentication failed: wrong key or tampered token */
  GIZLI_E_CRYPTO = -10,   /* the crypto library reported an error */
  GIZLI_E_AUDIT = -11,    /* audit log failed verification */
  GIZLI_E_MODEL = -12,    /* a recognizer model is missing or corrupt */
  GIZLI_E_RANGE = -13,    /* value or buffer size out of the allowed range */
  GIZLI_E_STOPPED = -14,  /* a caller's callback asked to stop */
  GIZLI_E_SCAN = -15,     /* the pattern matcher failed at scan time */
  GIZLI_E_IRREVERSIBLE = -16, /* value was de-identified irreversibly */
} gizli_status;

/** Returns a short English description of a status code. Never NULL; unknown
 *  codes give "unknown error". Thread-safe. */
GIZLI_API const char *gizli_strerror(int status);

/** Details of a compile or policy error: a message and, when it comes from a
 *  file, the file name, 1-based line and column (0 when unknown). */
typedef struct gizli_error {
  char message[256];
  char source[256]; /* file name, preset name, or "" */
  int line;
  int column;
} gizli_error;

/* ------------------------------------------------------------------------ */
/* Entity types (stable values; names are the strings used in output)        */
/* ------------------------------------------------------------------------ */
typedef enum gizli_type {
  GIZLI_T_NONE = 0,
  GIZLI_T_PERSON = 1,
  GIZLI_T_LOCATION = 2,
  GIZLI_T_ORGANIZATION = 3,
  GIZLI_T_EMAIL = 4,
  GIZLI_T_PHONE = 5,
  GIZLI_T_IBAN = 6,
  GIZLI_T_CREDIT_CARD = 7,
  GIZLI_T_TR_TCKN = 8,
  GIZLI_T_TR_VKN = 9,
  GIZLI_T_TR_PASSPORT = 10,
  GIZLI_T_TR_PLATE = 11,
  GIZLI_T_TR_MERSIS = 12,
  GIZLI_T_AZ_FIN = 13,
  GIZLI_T_AZ_ID_CARD = 14,
  GIZLI_T_AZ_PASSPORT = 15,
  GIZLI_T_AZ_VOEN = 16,
  GIZLI_T_AZ_PLATE = 17,
  GIZLI_T_IP_ADDRESS = 18,
  GIZLI_T_MAC_ADDRESS = 19,
  GIZLI_T_SOCIAL_HANDLE = 20,
  GIZLI_T_DATE_OF_BIRTH = 21,
  GIZLI_T_ADDRESS = 22,
  GIZLI_T_UK_NINO = 23,
  GIZLI_T_US_SSN = 24,
  GIZLI_T_CREDENTIAL = 25,
  GIZLI_T_SPECIAL_CATEGORY = 26, /* health, belief, ethnicity, politics, union,
                                    sex life, criminal record, biometrics */
  GIZLI_T_COUNT = 27 /* one past the last type; grows in later versions */
} gizli_type;

/** Returns the output name of a type ("TR_TCKN"), or NULL if out of range. */
GIZLI_API const char *gizli_type_name(int type);
/** Parses a type name (case-insensitive ASCII). Returns the type, or
 *  GIZLI_T_NONE if the name is unknown. */
GIZLI_API int gizli_type_from_name(const char *name);

/* ------------------------------------------------------------------------ */
/* Languages                                                                 */
/* ------------------------------------------------------------------------ */
typedef enum gizli_lang {
  GIZLI_LANG_AUTO = 0, /* decided per document from script and vocabulary */
  GIZLI_LANG_AZ = 1,
  GIZLI_LANG_TR = 2,
  GIZLI_LANG_EN = 3,
} gizli_lang;

/** "auto", "az", "tr", "en"; NULL if out of range. */
GIZLI_API const char *gizli_lang_name(int lang);
/** Parses "auto", "az", "tr", "en"; returns -1 when unknown. */
GIZLI_API int gizli_lang_from_name(const char *name);
/** Guesses the language of a text from its letters and its most common
 *  words. Looks at most at the first 512 bytes. Never returns GIZLI_LANG_AUTO;
 *  falls back to GIZLI_LANG_EN when there is no evidence. Thread-safe. */
GIZLI_API int gizli_detect_lang(const char *text, size_t len);

/** Lower-cases UTF-8 text with the rules of `lang`: for az and tr, 'I'
 *  becomes 'ı' and 'İ' becomes 'i'; for en (and auto), 'I' becomes 'i' and
 *  'İ' also 'i'; every other letter by Unicode simple case mapping (Ə -> ə).
 *  Invalid bytes are copied unchanged. Writes at most
 *  `cap` bytes to `out` (no terminator) and returns the number of bytes the
 *  full result needs; call again with a larger buffer when that exceeds `cap`.
 *  Thread-safe. */
GIZLI_API size_t gizli_casefold(const char *text, size_t len, int lang, char *out,
                                size_t cap);

/* ------------------------------------------------------------------------ */
/* Findings                                                                  */
/* ------------------------------------------------------------------------ */
#define GIZLI_F_VALIDATED 0x1u /* a checksum or structural validation passed */
#define GIZLI_F_CONTEXT 0x2u   /* a supporting context word was found nearby */
#define GIZLI_F_NEG_CONTEXT 0x4u /* a contradicting context word was found */
#define GIZLI_F_LABEL 0x8u       /* a context word is the value's label ("VKN: ...") */

typedef struct gizli_finding {
  size_t start; /* byte offset of the first byte */
  size_t end;   /* byte offset one past the last byte */
  int type;     /* gizli_type */
  float score;  /* confidence in [0,1] after context, see docs/scoring.md */
  unsigned flags; /* GIZLI_F_* */
} gizli_finding;

/* ------------------------------------------------------------------------ */
/* Policy (what to find)                                                     */
/* ------------------------------------------------------------------------ */
typedef struct gizli_policy gizli_policy;

/** Creates a policy with every personal-data type enabled (structured types
 *  and PERSON), threshold 0.5, language auto. LOCATION and ORGANIZATION are
 *  supporting types, off by default: the name model always uses them to keep
 *  "Heydər Əliyev Fondu" from being a PERSON, but they are reported only when
 *  enabled. Not thread-safe: build a policy in one thread, then compile it. */
GIZLI_API int gizli_policy_create(gizli_policy **out);
GIZLI_API void gizli_policy_free(gizli_policy *policy);
/** Enables (on != 0) or disables one type, or all with GIZLI_T_NONE. */
GIZLI_API int gizli_policy_enable(gizli_policy *policy, int type, int on);
/** Minimum score a finding needs to be reported, in [0,1]. */
GIZLI_API int gizli_policy_set_threshold(gizli_policy *policy, float threshold);
/** Language used when gizli_scan is passed GIZLI_LANG_AUTO... or a fixed one. */
GIZLI_API int gizli_policy_set_lang(gizli_policy *policy, int lang);
/** Values that must never be reported (exact match of the finding's bytes),
 *  e.g. a company's own public phone number. The string is copied. */
GIZLI_API int gizli_policy_allow(gizli_policy *policy, const char *value);
/** Exact strings that must always be reported as `type` wherever they occur
 *  as whole words. The string is copied. */
GIZLI_API int gizli_policy_deny(gizli_policy *policy, int type, const char *value);
/** Lets gizli_engine_compile keep the Vectorscan databases it compiles in
 *  directory `dir` (created with mode 0700 if missing) and load them from
 *  there next time: compiling the default policy takes 1-2 s, loading it a
 *  few milliseconds. Off by default; `dir` NULL turns it off again. The
 *  string is copied. Each file is keyed by a SHA-256 of the patterns, the
 *  Vectorscan version and the CPU, so a stale or foreign file is never used;
 *  files are read only when they and `dir` belong to the effective user and
 *  nobody else can write them, and never through a symbolic link (`dir`
 *  itself must not be one; its parents may be). The
 *  database holding gizli_policy_deny values (personal data) is never
 *  stored. Each load marks a file used; after writing one, the least
 *  recently used files are deleted while the cache exceeds `max_bytes`
 *  (0: 256 MiB; the default policy needs ~4.5 MB). A missing, unwritable or
 *  corrupt cache only costs the compile time; it is never an error. Files
 *  may be deleted at any time.
 *  Errors: GIZLI_E_INVALID (empty `dir` or longer than 3999 bytes),
 *  GIZLI_E_NOMEM. */
GIZLI_API int gizli_policy_set_cache_dir(gizli_policy *policy, const char *dir, size_t max_bytes);

/* ------------------------------------------------------------------------ */
/* Engine (compiled, immutable, shareable) and scratch (per thread)          */
/* ------------------------------------------------------------------------ */
typedef struct gizli_engine gizli_engine;
typedef struct gizli_scratch gizli_scratch;

/** Compiles a policy. The policy may be freed or changed afterwards; the
 *  engine does not refer to it. On failure returns a negative status and, if
 *  `err` is not NULL, fills it. The engine is immutable: any number of threads
 *  may use it at once, each with its own scratch. */
GIZLI_API int gizli_engine_compile(const gizli_policy *policy, gizli_engine **out,
                                   gizli_error *err);
/** Frees an engine. Every scratch made from it must be freed first. */
GIZLI_API void gizli_engine_free(gizli_engine *engine);
/** Maximum length in bytes of any finding the engine can report. Streaming
 *  uses it to size chunk overlaps. */
GIZLI_API size_t gizli_engine_max_span(const gizli_engine *engine);

/** Creates scratch space for one thread scanning with `engine`. */
GIZLI_API int gizli_scratch_create(const gizli_engine *engine, gizli_scratch **out);
GIZLI_API void gizli_scratch_free(gizli_scratch *scratch);

/** Scans one whole document. `lang` may be GIZLI_LANG_AUTO, in which case the
 *  policy's language is used, and if that is auto too, gizli_detect_lang.
 *  On success *findings points to an array of *count findings, owned by the
 *  scratch and valid until the next scan with it or its free. Findings are in
 *  document order (by start, then end), never overlap, and have
 *  score >= threshold. Overlaps are resolved as described in docs/scoring.md.
 *  Errors: GIZLI_E_INVALID, GIZLI_E_NOMEM, GIZLI_E_SCAN. */
GIZLI_API int gizli_scan(const gizli_engine *engine, gizli_scratch *scratch,
                         const char *text, size_t len, int lang,
                         const gizli_finding **findings, size_t *count);

/* ------------------------------------------------------------------------ */
/* Streaming: any input size in bounded memory                               */
/* ------------------------------------------------------------------------ */
typedef struct gizli_stream gizli_stream;

/** Receives the input back in order, cut into segments: plain bytes
 *  (finding == NULL) or the exact bytes of one finding (finding != NULL, with
 *  offsets relative to the start of the stream). Concatenating every segment
 *  reproduces the input byte for byte. Return 0 to go on, non-zero to stop
 *  (the stream call then returns GIZLI_E_STOPPED). */
typedef int (*gizli_segment_fn)(void *user, const char *bytes, size_t len,
                                const gizli_finding *finding);

/** Creates a stream over `engine`, with its own scratch. `chunk_size` is the
 *  amount of new input scanned at a time (0 = default 1 MiB; minimum 4 KiB).
 *  The stream keeps chunk_size + about 6 KiB of input. Structured findings
 *  are the same as a whole-document gizli_scan would report (context and
 *  country evidence are local, within the kept margin); name findings may
 *  differ where the name model's document memory (a surname seen earlier)
 *  reaches further back than the window. `lang` is fixed for the stream;
 *  GIZLI_LANG_AUTO decides from the first chunk. Not thread-safe: one stream
 *  per thread. */
GIZLI_API int gizli_stream_create(const gizli_engine *engine, size_t chunk_size,
                                  int lang, gizli_stream **out);
GIZLI_API void gizli_stream_free(gizli_stream *stream);
/** Feeds bytes; calls `fn` for every segment that is final. */
GIZLI_API int gizli_stream_write(gizli_stream *stream, const char *data, size_t len,
                                 gizli_segment_fn fn, void *user);
/** Ends the input and flushes the remaining segments. The stream may then be
 *  reused for a new input. */
GIZLI_API int gizli_stream_finish(gizli_stream *stream, gizli_segment_fn fn,
                                  void *user);

/* ------------------------------------------------------------------------ */
/* Simple redaction                                                          */
/* ------------------------------------------------------------------------ */
/** Writes the replacement for one finding into `out`: "[TYPE]" when
 *  `keep_last` < 0; otherwise the value with every letter and digit replaced
 *  by `mask_char` except the last `keep_last` letters/digits (separators such
 *  as spaces, dashes and '@' are kept so the layout survives). Returns the
 *  number of bytes the replacement needs (it writes at most `cap`).
 *  Thread-safe. */
GIZLI_API size_t gizli_redact_value(const char *value, size_t len, int type,
                                    int keep_last, char mask_char, char *out,
                                    size_t cap);

/* ------------------------------------------------------------------------ */
/* Validators (exposed for reuse and testing; all thread-safe)               */
/* Each takes the candidate bytes as written (separators allowed where the   */
/* format allows them) and returns 1 when valid, 0 when not.                 */
/* ------------------------------------------------------------------------ */
GIZLI_API int gizli_valid_tckn(const char *s, size_t len);
GIZLI_API int gizli_valid_vkn(const char *s, size_t len);
GIZLI_API int gizli_valid_voen(const char *s, size_t len);
GIZLI_API int gizli_valid_iban(const char *s, size_t len);
GIZLI_API int gizli_valid_luhn(const char *s, size_t len);
GIZLI_API int gizli_valid_card(const char *s, size_t len);
GIZLI_API int gizli_valid_mersis(const char *s, size_t len);

/* ======================================================================== */
/* De-identification (owner: deid helper; see docs/deid.md, docs/policy.md,  */
/* docs/presets.md)                                                          */
/* ======================================================================== */
/* MODEL
 *   A gizli_deid is a compiled de-identification plan: for every entity type
 *   an operator with its parameters, the detection settings of the policy,
 *   and the keys. It is immutable after gizli_deid_create and may be shared
 *   by any number of threads. Each thread (or each concurrent document) uses
 *   its own gizli_deid_doc, which holds the per-document state (<TYPE_n>
 *   numbering, the date-shift subject) and the OpenSSL working contexts.
 *
 * OPERATORS (policy names)
 *   redact      remove the value
 *   replace     "[TYPE]", fixed text, or "<TYPE_n>" numbered per document
 *   mask        letters/digits replaced by a character (count, from the end)
 *   hash        "[TYPE:hex]" keyed HMAC-SHA-256 pseudonym (joinable, no salt)
 *   encrypt     "[[ENC:TYPE:kid:base64url]]" AES-SIV, type as associated data
 *   fpe         FF3-1 format-preserving encryption with checksum repair
 *   surrogate   realistic deterministic fake of the same type/language/gender
 *   shift_date  date moved by a keyed per-subject offset, same layout
 *   generalize  date -> year or month, address -> city, number -> 5-year band
 *   keep        leave the value unchanged
 *   encrypt and fpe are reversible with the key (gizli_reveal); the others
 *   are not.
 *
 * KEYS
 *   A key file holds one or more keys (id, creation time, 256-bit secret);
 *   the last one (or the policy's key_id) is used for new tokens and FPE,
 *   all of them can reveal tokens that name them. Sub-keys
 *   for each operator are derived with HKDF-SHA-256. Keys are read from the
 *   file named by the caller, else from the file named by the environment
 *   variable GIZLI_KEY_FILE, else from GIZLI_KEY ("id:64 hex digits").
 *   Never from the command line. Key material is wiped on free. */
typedef struct gizli_deid gizli_deid;
typedef struct gizli_deid_doc gizli_deid_doc;

/** Compiles a de-identification plan. `policy` is a preset name
 *  ("reversible", "fpe", "surrogate", "redact", "kvkk", "az-998", "gdpr")
 *  or the path of a YAML or JSON policy file (docs/policy.md). `key_file`
 *  may be NULL (then GIZLI_KEY_FILE, then GIZLI_KEY are tried); without any
 *  key only keyless operators (redact, replace, mask, generalize, keep) are
 *  allowed. Errors: GIZLI_E_POLICY (err names file, line, column and what is
 *  wrong), GIZLI_E_KEY (missing or malformed key; a policy needing a key
 *  without one), GIZLI_E_IO, GIZLI_E_CRYPTO, GIZLI_E_NOMEM. The result is
 *  immutable and thread-shareable; free it with gizli_deid_free. */
GIZLI_API int gizli_deid_create(const char *policy, const char *key_file, gizli_deid **out,
                                gizli_error *err);
/** Frees a plan and wipes its keys. Every doc made from it must be freed
 *  first. Accepts NULL. */
GIZLI_API void gizli_deid_free(gizli_deid *deid);
/** The policy's name (preset name or the file's `name:`). Owned by deid. */
GIZLI_API const char *gizli_deid_name(const gizli_deid *deid);
/** The operator name used for `type` ("encrypt", "fpe", ...), or NULL when
 *  type is out of range. Thread-safe. */
GIZLI_API const char *gizli_deid_operator(const gizli_deid *deid, int type);
/** Id of the key used for new tokens, or NULL when the plan has no key. */
GIZLI_API const char *gizli_deid_key_id(const gizli_deid *deid);
/** Copies the detection part of the plan (enabled types, threshold,
 *  language, allow and deny lists) into a detection policy with the
 *  gizli_policy_* setters. Settings the policy file does not name are left
 *  as they are in `policy`. Reveal needs an engine compiled from a policy
 *  configured this way. Not thread-safe with respect to `policy`. */
GIZLI_API int gizli_deid_configure(const gizli_deid *deid, gizli_policy *policy);

/** Per-document state for one thread. Errors: GIZLI_E_NOMEM, GIZLI_E_CRYPTO. */
GIZLI_API int gizli_deid_doc_create(const gizli_deid *deid, gizli_deid_doc **out);
/** Frees a doc, wiping the values it remembered. Accepts NULL. */
GIZLI_API void gizli_deid_doc_free(gizli_deid_doc *doc);
/** Starts a new document: forgets the <TYPE_n> numbering and the date-shift
 *  subject. The reveal session totals (gizli_deid_doc_audit_event) are kept. */
GIZLI_API void gizli_deid_doc_reset(gizli_deid_doc *doc);
/** Sets the subject of the current document for shift_date: all dates of
 *  one subject move by the same keyed offset, in every document and process.
 *  Without a subject the offset depends on the key only. The bytes are
 *  hashed at once, not kept. Errors: GIZLI_E_KEY (plan without key). */
GIZLI_API int gizli_deid_doc_set_subject(gizli_deid_doc *doc, const char *subject,
                                         size_t len);

/** Computes the replacement of one finding. `value`/`len` are the finding's
 *  bytes, `f` the finding (its type selects the operator; f may not be NULL),
 *  `lang` the document language (GIZLI_LANG_AUTO: guessed from the value).
 *  `after`/`after_len` are the bytes following the finding (may be NULL/0):
 *  for surrogate names, a Turkish or Azerbaijani case suffix there
 *  ("Kaya'nın") is re-harmonised with the new name and *consumed_after tells
 *  how many bytes of `after` the replacement also covers (otherwise 0).
 *  On success *out and *out_len hold the replacement, owned by doc and valid
 *  until the next call with doc. Thread-safe for distinct docs.
 *  Errors: GIZLI_E_INVALID, GIZLI_E_NOMEM, GIZLI_E_CRYPTO. */
GIZLI_API int gizli_deid_value(const gizli_deid *deid, gizli_deid_doc *doc, const char *value,
                               size_t len, const gizli_finding *f, int lang, const char *after,
                               size_t after_len, const char **out, size_t *out_len,
                               size_t *consumed_after);

/** What one gizli_reveal call restored. */
typedef struct gizli_reveal_stats {
  size_t restored[GIZLI_T_COUNT]; /* values restored, per type */
  size_t restored_total;
  size_t irreversible; /* placeholders seen that cannot be revealed:
                          "[TYPE]", "<TYPE_n>", "[TYPE:hex]" */
} gizli_reveal_stats;

/** Reveals a de-identified text: every "[[ENC:...]]" token is decrypted and
 *  authenticated; then the engine scans the text with tokens restored and
 *  every finding of a type whose operator is fpe is decrypted in place, so
 *  that text de-identified with encrypt/fpe comes back byte for byte. `engine` must be compiled from a policy configured
 *  with gizli_deid_configure from the same policy (it re-detects FPE values;
 *  may be NULL when the policy has no fpe operator). `lang` as for gizli_scan.
 *  *out and *out_len are owned by doc, valid until the next call with doc.
 *  `stats` may be NULL. The input is also added to doc's reveal session
 *  (digest and counts, see gizli_deid_doc_audit_event).
 *  Errors: GIZLI_E_KEY (a token names a key id the key file lacks),
 *  GIZLI_E_AUTH (wrong key or tampered token), GIZLI_E_INVALID (malformed
 *  token), GIZLI_E_NOMEM, GIZLI_E_SCAN. On error no output is produced.
 *  Note: FPE values carry no key id or tag; they are decrypted with the
 *  policy's pinned key (key_id) or the newest key. */
GIZLI_API int gizli_reveal(const gizli_deid *deid, gizli_deid_doc *doc,
                           const gizli_engine *engine, gizli_scratch *scratch,
                           const char *text, size_t len, int lang, const char **out,
                           size_t *out_len, gizli_reveal_stats *stats);

/** One audit record. Plaintext is never recorded: only counts and a digest. */
typedef struct gizli_audit_event {
  const char *operation;       /* e.g. "reveal"; NULL = "reveal" */
  const char *actor;           /* who, free text; NULL = "" */
  const char *policy;          /* NULL = gizli_deid_name */
  size_t counts[GIZLI_T_COUNT];
  size_t irreversible;
  size_t documents;
  unsigned char input_sha256[32]; /* digest of the input revealed */
} gizli_audit_event;

/** Fills `ev` with the totals of every gizli_reveal made with doc since its
 *  creation (or the last call of this function, which starts a new session):
 *  counts per type, placeholders seen, documents and the SHA-256 of all input
 *  bytes in order. operation = "reveal", actor and policy NULL. */
GIZLI_API int gizli_deid_doc_audit_event(gizli_deid_doc *doc, gizli_audit_event *ev);

/** Appends one record to the audit log at `log_path` (created with mode 0600
 *  if missing): a JSON line with sequence number, UTC time, key id, operation,
 *  actor, policy, counts per type, input digest, the SHA-256 of the previous
 *  line (hash chain) and an Ed25519 signature by a key derived from the plan's
 *  newest key. The file is locked (flock) while appending and fsync'ed.
 *  Errors: GIZLI_E_KEY (plan without key), GIZLI_E_IO, GIZLI_E_AUDIT (the
 *  existing last line is not a valid record), GIZLI_E_CRYPTO. */
GIZLI_API int gizli_audit_append(const char *log_path, const gizli_deid *deid,
                                 const gizli_audit_event *ev, gizli_error *err);
/** Verifies every record of an audit log: signature, sequence and hash chain.
 *  `key_file_or_pubkey` is a key file or a public-key file written by
 *  gizli_audit_pubkey. On failure returns GIZLI_E_AUDIT and err->line names
 *  the first bad line and err->message what is wrong (edited, removed,
 *  inserted or reordered record, unknown key). Truncation of trailing records
 *  cannot be detected from the log alone: compare the count and head digest
 *  that a successful verification leaves in err->message with a copy kept
 *  elsewhere. Errors also GIZLI_E_IO, GIZLI_E_KEY. */
GIZLI_API int gizli_audit_verify(const char *log_path, const char *key_file_or_pubkey,
                                 gizli_error *err);
/** Writes the audit public keys of every key in `key_file` to `pub_path`
 *  (one "gizli-audit-pub <key id> <hex>" line each), so that a log can be
 *  verified without the secret keys. */
GIZLI_API int gizli_audit_pubkey(const char *key_file, const char *pub_path,
                                 gizli_error *err);

/** Creates a key file with one new random 256-bit key (mode 0600, key id,
 *  creation time), or, when `add` is non-zero and the file exists, appends a
 *  new key that becomes the newest (rotation; older keys still reveal).
 *  `key_id` may be NULL: "k1", "k2", ... are chosen. The key id written is
 *  copied to id_out (at least 33 bytes) when id_out is not NULL.
 *  Errors: GIZLI_E_IO (also when the file exists and add == 0),
 *  GIZLI_E_KEY (bad id: 1-32 of [A-Za-z0-9_-], or already used),
 *  GIZLI_E_CRYPTO. */
GIZLI_API int gizli_keygen(const char *path, const char *key_id, int add, char *id_out,
                           gizli_error *err);

#ifdef __cplusplus
}
#endif
#endif /* GIZLI_H */
