/* recognizers.c - the registry of non-pattern recognizers compiled into
 * libgizli. Adding a recognizer means adding it here; the engine iterates this
 * list. */
#include "internal.h"
#include "names.h"

extern const gz_recognizer gz_address_lines_recognizer;
extern const gz_recognizer gz_fin_replies_recognizer;
extern const gz_recognizer gz_reddit_users_recognizer;
extern const gz_recognizer gz_profile_urls_recognizer;
extern const gz_recognizer gz_icd_codes_recognizer;
extern const gz_recognizer gz_cred_pairs_recognizer;
extern const gz_recognizer gz_record_dates_recognizer;
extern const gz_recognizer gz_travel_docs_recognizer;
extern const gz_recognizer gz_table_columns_recognizer;
extern const gz_recognizer gz_swift_mt_recognizer;
extern const gz_recognizer gz_chat_handles_recognizer;
extern const gz_recognizer gz_sql_rows_recognizer;
extern const gz_recognizer gz_india_recognizer;
extern const gz_recognizer gz_phone_pairs_recognizer;

const gz_recognizer *const gz_recognizers[] = {
    &gz_names_recognizer,         /* PERSON, LOCATION, ORGANIZATION (names*.c) */
    &gz_address_lines_recognizer, /* ADDRESS after an address label (address_lines.c) */
    &gz_fin_replies_recognizer,   /* AZ_FIN replies below a request (fin_replies.c) */
    &gz_reddit_users_recognizer,  /* SOCIAL_HANDLE "u/name" in Reddit text (reddit_users.c) */
    &gz_profile_urls_recognizer,  /* SOCIAL_HANDLE in "github.com/name" (profile_urls.c) */
    &gz_icd_codes_recognizer,     /* SPECIAL_CATEGORY "Diagnosis: E11.9" (icd_codes.c) */
    &gz_cred_pairs_recognizer,    /* CREDENTIAL "a@b.com:Summer2023!" (cred_pairs.c) */
    &gz_record_dates_recognizer,  /* DATE_OF_BIRTH in a row with an ID (record_dates.c) */
    &gz_travel_docs_recognizer,   /* airline booking DOCS, CHD, CTCM (travel_docs.c) */
    &gz_table_columns_recognizer, /* DOB, PHONE under a column's header (table_columns.c) */
    &gz_swift_mt_recognizer,      /* ADDRESS, DOB of SWIFT MT customers (swift_mt.c) */
    &gz_chat_handles_recognizer,  /* SOCIAL_HANDLE of a chat log's speakers (chat_handles.c) */
    &gz_sql_rows_recognizer,      /* values of SQL rows by their column (sql_rows.c) */
    &gz_india_recognizer,         /* India: ADDRESS ended by a PIN, national PHONE (india.c) */
    &gz_phone_pairs_recognizer,   /* PHONE: a national number joined to an international one */
    NULL,
};

/* the engine's per-recognizer arrays (engine.c) hold GZ_MAX_RECOGNIZERS */
_Static_assert(sizeof gz_recognizers / sizeof gz_recognizers[0] <= GZ_MAX_RECOGNIZERS + 1,
               "more recognizers than GZ_MAX_RECOGNIZERS");
