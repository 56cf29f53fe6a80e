/* recognizers.c - the registry of non-pattern recognizers compiled into
 * libgizli. Adding a recognizer means adding it here; the engine iterates this
 * list. */
#include "internal.h"
#include "names.h"

extern const gz_recognizer gz_reddit_users_recognizer;

const gz_recognizer *const gz_recognizers[] = {
    &gz_names_recognizer, /* PERSON, LOCATION, ORGANIZATION (names*.c) */
    &gz_reddit_users_recognizer, /* SOCIAL_HANDLE "u/name" in Reddit text (reddit_users.c) */
    NULL,
};
