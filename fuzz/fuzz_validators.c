/* fuzz_validators.c - libFuzzer target for the validators, case folding,
 * language detection and the mask/replace function. */
#include <gizli.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  gizli_valid_tckn(s, size);
  gizli_valid_vkn(s, size);
  gizli_valid_voen(s, size);
  gizli_valid_iban(s, size);
  gizli_valid_luhn(s, size);
  gizli_valid_card(s, size);
  gizli_valid_mersis(s, size);
  gizli_detect_lang(s, size);
  char out[256];
  size_t need = gizli_casefold(s, size, size ? data[0] % 4 : 0, out, sizeof out);
  if (need <= sizeof out && size > 0 && need == 0) abort();
  size_t m = gizli_redact_value(s, size, GIZLI_T_PHONE, 4, '*', out, sizeof out);
  if (m <= sizeof out && m != size && size <= 64) {
    /* masking keeps the length of ASCII input */
    int ascii = 1;
    for (size_t i = 0; i < size; i++) ascii &= data[i] < 0x80;
    if (ascii) abort();
  }
  return 0;
}
