/* deid_presets.c - the built-in de-identification presets, written in the
 * policy file language itself (docs/policy.md) and parsed by deid_policy.c,
 * so every preset is also an example policy. docs/presets.md explains each. */
#include "deid.h"

#include <string.h>

static const char reversible[] =
    "name: reversible\n"
    "description: every finding encrypted with AES-SIV; reveal restores all\n"
    "default: encrypt\n";

static const char fpe[] =
    "name: fpe\n"
    "description: format-preserving encryption for identifiers and numbers, surrogates for "
    "names, encryption for the rest\n"
    "default: encrypt\n"
    "types:\n"
    "  TR_TCKN: fpe\n"
    "  TR_VKN: fpe\n"
    "  TR_MERSIS: fpe\n"
    "  AZ_VOEN: fpe\n"
    "  AZ_FIN: fpe\n"
    "  AZ_ID_CARD: fpe\n"
    "  AZ_PASSPORT: fpe\n"
    "  TR_PASSPORT: fpe\n"
    "  IBAN: fpe\n"
    "  CREDIT_CARD: fpe\n"
    "  PHONE: fpe\n"
    "  UK_NINO: fpe\n"
    "  US_SSN: fpe\n"
    "  PERSON: surrogate\n";

static const char surrogate[] =
    "name: surrogate\n"
    "description: realistic deterministic fakes of the same type, language and gender\n"
    "default: surrogate\n"
    "types:\n"
    "  CREDENTIAL: {operator: replace}\n";

static const char redact[] =
    "name: redact\n"
    "description: every finding replaced by [TYPE]\n"
    "default: {operator: replace}\n";

/* Turkey, KVKK (Law 6698): identifiers minimised to keyed pseudonyms, names
 * numbered per document, dates of birth to the year, addresses to the city,
 * contact data masked, special categories (art. 6) and credentials removed;
 * lower threshold for recall. */
static const char kvkk[] =
    "name: kvkk\n"
    "description: Turkey, Law 6698 on the Protection of Personal Data\n"
    "threshold: 0.4\n"
    "default: {operator: replace}\n"
    "types:\n"
    "  PERSON: {operator: replace, numbered: true}\n"
    "  TR_TCKN: {operator: hash, length: 16}\n"
    "  TR_VKN: {operator: hash, length: 16}\n"
    "  TR_MERSIS: {operator: hash, length: 16}\n"
    "  TR_PASSPORT: {operator: hash, length: 16}\n"
    "  AZ_FIN: {operator: hash, length: 16}\n"
    "  AZ_PASSPORT: {operator: hash, length: 16}\n"
    "  AZ_ID_CARD: {operator: hash, length: 16}\n"
    "  EMAIL: {operator: hash, length: 16}\n"
    "  PHONE: {operator: mask, char: '*', keep: 2}\n"
    "  IBAN: {operator: mask, char: '*', keep: 4}\n"
    "  CREDIT_CARD: {operator: mask, char: '*', keep: 4}\n"
    "  DATE_OF_BIRTH: {operator: generalize, to: year}\n"
    "  ADDRESS: {operator: generalize, to: city}\n"
    "  TR_PLATE: {operator: replace, numbered: true}\n"
    "  IP_ADDRESS: {operator: hash, length: 16}\n"
    "  SPECIAL_CATEGORY: redact\n"
    "  CREDENTIAL: redact\n";

/* Azerbaijan, Law on Personal Data No. 998-IIIQ (2010). */
static const char az998[] =
    "name: az-998\n"
    "description: Azerbaijan, Law on Personal Data 998-IIIQ\n"
    "threshold: 0.4\n"
    "default: {operator: replace}\n"
    "types:\n"
    "  PERSON: {operator: replace, numbered: true}\n"
    "  AZ_FIN: {operator: hash, length: 16}\n"
    "  AZ_ID_CARD: {operator: hash, length: 16}\n"
    "  AZ_PASSPORT: {operator: hash, length: 16}\n"
    "  AZ_VOEN: {operator: hash, length: 16}\n"
    "  TR_TCKN: {operator: hash, length: 16}\n"
    "  TR_VKN: {operator: hash, length: 16}\n"
    "  EMAIL: {operator: hash, length: 16}\n"
    "  PHONE: {operator: mask, char: '*', keep: 2}\n"
    "  IBAN: {operator: mask, char: '*', keep: 4}\n"
    "  CREDIT_CARD: {operator: mask, char: '*', keep: 4}\n"
    "  DATE_OF_BIRTH: {operator: generalize, to: year}\n"
    "  ADDRESS: {operator: generalize, to: city}\n"
    "  AZ_PLATE: {operator: replace, numbered: true}\n"
    "  IP_ADDRESS: {operator: hash, length: 16}\n"
    "  SPECIAL_CATEGORY: redact\n"
    "  CREDENTIAL: redact\n";

/* EU GDPR: pseudonymisation (Art. 4(5)) with the key kept separately. */
static const char gdpr[] =
    "name: gdpr\n"
    "description: EU GDPR pseudonymisation; the key is the additional information kept "
    "separately\n"
    "default: {operator: hash, length: 16}\n"
    "types:\n"
    "  PERSON: {operator: replace, numbered: true}\n"
    "  ORGANIZATION: keep\n"
    "  LOCATION: keep\n"
    "  DATE_OF_BIRTH: {operator: generalize, to: year}\n"
    "  ADDRESS: {operator: generalize, to: city}\n"
    "  PHONE: {operator: mask, char: '*', keep: 2}\n"
    "  CREDIT_CARD: {operator: mask, char: '*', keep: 4}\n"
    "  SPECIAL_CATEGORY: redact\n"
    "  CREDENTIAL: redact\n";

static const struct {
  const char *name;
  const char *text;
} presets[] = {
    {"reversible", reversible}, {"fpe", fpe},   {"surrogate", surrogate}, {"redact", redact},
    {"kvkk", kvkk},             {"az-998", az998}, {"gdpr", gdpr},
};

const char *gz_preset_text(const char *name) {
  if (!name) return NULL;
  for (size_t i = 0; i < sizeof presets / sizeof presets[0]; i++)
    if (strcmp(presets[i].name, name) == 0) return presets[i].text;
  return NULL;
}
