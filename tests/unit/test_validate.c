/* test_validate.c - known valid and invalid vectors for every validator. */
#include <gizli.h>
#include "tinytest.h"

#define V(fn, s) fn(s, strlen(s))

TEST(tckn) {
  CHECK(V(gizli_valid_tckn, "10000000146"));
  CHECK(V(gizli_valid_tckn, "19090909018"));
  CHECK(!V(gizli_valid_tckn, "10000000147")); /* d11 wrong */
  CHECK(!V(gizli_valid_tckn, "10000000156")); /* d10 wrong */
  CHECK(!V(gizli_valid_tckn, "01234567890")); /* leading zero */
  CHECK(!V(gizli_valid_tckn, "1000000014"));  /* too short */
  CHECK(!V(gizli_valid_tckn, "1000000014a"));
  CHECK(!V(gizli_valid_tckn, "12345678901")); /* typical order number */
}

TEST(vkn) {
  CHECK(V(gizli_valid_vkn, "4540536920"));
  CHECK(!V(gizli_valid_vkn, "4540536921"));
  CHECK(!V(gizli_valid_vkn, "454053692"));
}

TEST(voen) {
  CHECK(V(gizli_valid_voen, "1401555071"));
  CHECK(!V(gizli_valid_voen, "1401555081"));
  CHECK(!V(gizli_valid_voen, "1401555073")); /* d10 must be 1 or 2 */
  CHECK(!V(gizli_valid_voen, "140155507"));
}

TEST(iban) {
  CHECK(V(gizli_valid_iban, "TR330006100519786457841326"));
  CHECK(V(gizli_valid_iban, "TR33 0006 1005 1978 6457 8413 26"));
  CHECK(V(gizli_valid_iban, "AZ21NABZ00000000137010001944"));
  CHECK(V(gizli_valid_iban, "GB82WEST12345698765432"));
  CHECK(V(gizli_valid_iban, "DE89370400440532013000"));
  CHECK(!V(gizli_valid_iban, "TR330006100519786457841327")); /* wrong check */
  CHECK(!V(gizli_valid_iban, "TR33000610051978645784132"));  /* wrong length */
  CHECK(!V(gizli_valid_iban, "XX330006100519786457841326")); /* unknown country */
  CHECK(!V(gizli_valid_iban, "gb82west12345698765432"));     /* lower case */
}

TEST(cards) {
  CHECK(V(gizli_valid_card, "4111111111111111"));
  CHECK(V(gizli_valid_card, "4111 1111 1111 1111"));
  CHECK(V(gizli_valid_card, "5555555555554444"));
  CHECK(V(gizli_valid_card, "2223003122003222"));  /* Mastercard 2-series */
  CHECK(V(gizli_valid_card, "378282246310005"));   /* Amex */
  CHECK(V(gizli_valid_card, "9792030000000000"));  /* Troy */
  CHECK(!V(gizli_valid_card, "4111111111111112")); /* Luhn fails */
  CHECK(!V(gizli_valid_card, "1234567812345670")); /* Luhn ok, no issuer */
  CHECK(!V(gizli_valid_card, "37828224631000"));   /* Amex too short */
  CHECK(V(gizli_valid_luhn, "79927398713"));
  CHECK(!V(gizli_valid_luhn, "79927398710"));
}

TEST(mersis) {
  CHECK(V(gizli_valid_mersis, "0454053692000015"));
  CHECK(!V(gizli_valid_mersis, "0454053692100015"));
  CHECK(!V(gizli_valid_mersis, "1454053692000015"));
}

TT_MAIN(TT_CASE(tckn), TT_CASE(vkn), TT_CASE(voen), TT_CASE(iban), TT_CASE(cards), TT_CASE(mersis))
