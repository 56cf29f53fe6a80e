/* test_engine.c - the engine end to end through the public API: each
 * detector on realistic az/tr/en sentences, lookalikes that must not fire,
 * overlap resolution, allow/deny lists, Turkish case folding, language
 * detection, streaming across chunk boundaries, and hostile bytes. */
#include <gizli.h>
#include "tinytest.h"

static gizli_engine *engine_for(int only_type) {
  gizli_policy *p;
  gizli_engine *e = NULL;
  gizli_policy_create(&p);
  if (only_type) {
    gizli_policy_enable(p, GIZLI_T_NONE, 0);
    gizli_policy_enable(p, only_type, 1);
  } else {
    /* structured types only: the name model is tested in test_names */
    gizli_policy_enable(p, GIZLI_T_PERSON, 0);
    gizli_policy_enable(p, GIZLI_T_LOCATION, 0);
    gizli_policy_enable(p, GIZLI_T_ORGANIZATION, 0);
  }
  gizli_error err;
  if (gizli_engine_compile(p, &e, &err) != GIZLI_OK) fprintf(stderr, "compile: %s\n", err.message);
  gizli_policy_free(p);
  return e;
}

/* Scans text and checks that exactly `expect` (a finding's text) is reported
 * with `type`, or that nothing of that type is reported when expect is NULL. */
static int finds(gizli_engine *e, int lang, const char *text, int type, const char *expect) {
  gizli_scratch *s;
  gizli_scratch_create(e, &s);
  const gizli_finding *f;
  size_t n;
  int ok = 0, seen = 0;
  if (gizli_scan(e, s, text, strlen(text), lang, &f, &n) != GIZLI_OK) return 0;
  for (size_t i = 0; i < n; i++) {
    if (f[i].type != type) continue;
    seen++;
    if (expect && strlen(expect) == f[i].end - f[i].start &&
        memcmp(text + f[i].start, expect, f[i].end - f[i].start) == 0)
      ok = 1;
  }
  gizli_scratch_free(s);
  if (!expect) ok = seen == 0;
  if (!ok) {
    fprintf(stderr, "    text: %s\n    type %s expected %s; got:", text, gizli_type_name(type),
            expect ? expect : "(nothing)");
    gizli_scratch_create(e, &s);
    gizli_scan(e, s, text, strlen(text), lang, &f, &n);
    for (size_t i = 0; i < n; i++)
      fprintf(stderr, " %s[%.*s]%.2f", gizli_type_name(f[i].type), (int)(f[i].end - f[i].start),
              text + f[i].start, (double)f[i].score);
    fprintf(stderr, "\n");
    gizli_scratch_free(s);
  }
  return ok;
}

/* How many findings of `type` the text has. */
static int count_type(gizli_engine *e, int lang, const char *text, int type) {
  gizli_scratch *s;
  const gizli_finding *f;
  size_t n;
  int k = 0;
  gizli_scratch_create(e, &s);
  if (gizli_scan(e, s, text, strlen(text), lang, &f, &n) == GIZLI_OK)
    for (size_t i = 0; i < n; i++) k += f[i].type == type;
  gizli_scratch_free(s);
  return k;
}

static gizli_engine *E;
#define AZ   GIZLI_LANG_AZ
#define TR   GIZLI_LANG_TR
#define EN   GIZLI_LANG_EN
#define AUTO GIZLI_LANG_AUTO

TEST(turkish_ids) {
  CHECK(finds(E, TR, "T.C. Kimlik No: 10000000146 olan başvuru sahibi", GIZLI_T_TR_TCKN,
              "10000000146"));
  CHECK(finds(E, TR, "TCKN 19090909018'in kaydı", GIZLI_T_TR_TCKN, "19090909018"));
  CHECK(finds(E, TR, "Sipariş numarası 12345678901 kargoya verildi", GIZLI_T_TR_TCKN, NULL));
  CHECK(finds(E, TR, "Hesap 100000001461 kapandı", GIZLI_T_TR_TCKN, NULL));
  CHECK(finds(E, TR, "Şirketin vergi kimlik numarası 4540536920 olarak güncellendi", GIZLI_T_TR_VKN,
              "4540536920"));
  CHECK(finds(E, TR, "Vergi no: 4540536921", GIZLI_T_TR_VKN, NULL));
  CHECK(finds(E, TR, "Pasaport numarası U12345678 ile", GIZLI_T_TR_PASSPORT, "U12345678"));
  CHECK(finds(E, TR, "Ürün kodu U12345678 stokta", GIZLI_T_TR_PASSPORT, NULL));
  CHECK(finds(E, TR, "MERSİS No: 0454053692000015", GIZLI_T_TR_MERSIS, "0454053692000015"));
}

TEST(azerbaijani_ids) {
  CHECK(
      finds(E, AZ, "Şirkətin VÖEN-i 1401555071 kimi qeydə alınıb", GIZLI_T_AZ_VOEN, "1401555071"));
  CHECK(finds(E, AZ, "VÖEN: 1401555081", GIZLI_T_AZ_VOEN, NULL));
  CHECK(finds(E, AZ, "FİN kod: 5ZQ8PRT, vəsiqə", GIZLI_T_AZ_FIN, "5ZQ8PRT"));
  CHECK(finds(E, AZ, "Məhsul kodu 5ZQ8PRT anbarda", GIZLI_T_AZ_FIN, NULL));
  CHECK(finds(E, AZ, "Şəxsiyyət vəsiqəsi AZE12345678 təqdim edilib", GIZLI_T_AZ_ID_CARD,
              "AZE12345678"));
  CHECK(finds(E, AZ, "şəxsiyyət vəsiqəsinin seriyası AA1234567", GIZLI_T_AZ_ID_CARD, "AA1234567"));
  CHECK(finds(E, AZ, "Pasport: C12345678", GIZLI_T_AZ_PASSPORT, "C12345678"));
}

TEST(ibans) {
  CHECK(finds(E, TR, "IBAN: TR33 0006 1005 1978 6457 8413 26 hesabına", GIZLI_T_IBAN,
              "TR33 0006 1005 1978 6457 8413 26"));
  CHECK(finds(E, AZ, "Hesab AZ21NABZ00000000137010001944.", GIZLI_T_IBAN,
              "AZ21NABZ00000000137010001944"));
  CHECK(finds(E, EN, "Pay to GB82 WEST 1234 5698 7654 32 today", GIZLI_T_IBAN,
              "GB82 WEST 1234 5698 7654 32"));
  CHECK(finds(E, TR, "IBAN TR330006100519786457841327", GIZLI_T_IBAN, NULL));
}

TEST(cards) {
  CHECK(finds(E, EN, "Card: 4111 1111 1111 1111, exp 12/27", GIZLI_T_CREDIT_CARD,
              "4111 1111 1111 1111"));
  CHECK(finds(E, TR, "Kart no 5555-5555-5555-4444", GIZLI_T_CREDIT_CARD, "5555-5555-5555-4444"));
  CHECK(finds(E, EN, "Amex 3782 822463 10005", GIZLI_T_CREDIT_CARD, "3782 822463 10005"));
  CHECK(finds(E, EN, "Mastercard 2223003122003222", GIZLI_T_CREDIT_CARD, "2223003122003222"));
  CHECK(finds(E, TR, "Troy kart 9792 0300 0000 0000", GIZLI_T_CREDIT_CARD, "9792 0300 0000 0000"));
  CHECK(finds(E, EN, "Ref 4111 1111 1111 1112", GIZLI_T_CREDIT_CARD, NULL));
  CHECK(finds(E, EN, "Ref 2023 4111 1111 1111 1111", GIZLI_T_CREDIT_CARD, "4111 1111 1111 1111"));
}

TEST(phones) {
  CHECK(finds(E, TR, "Bana 0532 123 45 67 numarasından ulaşın", GIZLI_T_PHONE, "0532 123 45 67"));
  CHECK(finds(E, TR, "Tel: +90 (532) 123-45-67", GIZLI_T_PHONE, "+90 (532) 123-45-67"));
  CHECK(finds(E, TR, "Santral 0 (212) 555 12 34", GIZLI_T_PHONE, "0 (212) 555 12 34"));
  CHECK(finds(E, TR, "WhatsApp +905321234567", GIZLI_T_PHONE, "+905321234567"));
  CHECK(finds(E, AZ, "Əlaqə: +994 50 123 45 67", GIZLI_T_PHONE, "+994 50 123 45 67"));
  CHECK(finds(E, AZ, "Mobil (050) 123-45-67", GIZLI_T_PHONE, "(050) 123-45-67"));
  CHECK(finds(E, AZ, "zəng edin 050 123 45 67", GIZLI_T_PHONE, "050 123 45 67"));
  CHECK(finds(E, AZ, "nömrə 994501234567", GIZLI_T_PHONE, "994501234567"));
  CHECK(finds(E, AZ, "Bakı ofisi +994 12 404 22 33", GIZLI_T_PHONE, "+994 12 404 22 33"));
  CHECK(finds(E, EN, "Call +44 20 7946 0958 now", GIZLI_T_PHONE, "+44 20 7946 0958"));
  CHECK(finds(E, TR, "Tutar 1.234.567,89 TL", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, EN, "Timestamp 2024-06-13 13:12:45", GIZLI_T_PHONE, NULL));
}

/* The lead's fixes of the seventh session's merge: a system's log-in in a
 * chat message, a roster's ID cell, special-category terms, a user name
 * signing its line, an Azerbaijani reply verb. */
TEST(seventh_session_leftovers) {
  const int H = GIZLI_T_SOCIAL_HANDLE;
  const char *slack =
      "#support (Slack export)\nleyla.h  10:03\nabonent zəng edib\norxan.ops  10:05\n"
      "PPPoE login vugar_aliyev87 blokdadır, borc 34 AZN\nleyla.h  10:06\nok\n";
  CHECK(finds(E, AZ, slack, H, "orxan.ops"));
  CHECK(!finds(E, AZ, slack, H, "vugar_aliyev87"));
  /* a 10-digit number under a roster's ID column; under a phone column it is one */
  CHECK(
      finds(E, TR, "Nick | ID | Real ad\nKurt_61 | 5128834761 | Ali Kaya\n", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "Ad | Telefon\nAli Kaya | 5321234567\n", GIZLI_T_PHONE, "5321234567"));
  CHECK(count_type(E, TR, "Kızım SMA Tip 1 hastası, tedavi için destek",
                   GIZLI_T_SPECIAL_CATEGORY) >= 1);
  CHECK(count_type(E, AZ, "Oğlumda kəskin limfoblast leykoz aşkarlanıb.",
                   GIZLI_T_SPECIAL_CATEGORY) >= 1);
  CHECK(count_type(E, EN, "She is a Teamsters Local 657 member since 2019.",
                   GIZLI_T_SPECIAL_CATEGORY) >= 1);
  /* a user name signing its line after a dash; a person's name does not */
  CHECK(finds(E, TR,
              "Şikayetler\nparamı iade edin\" \xE2\x80\x94 gececi_kedi34, 23.11.2026 02:14\n", H,
              "gececi_kedi34"));
  CHECK(finds(E, TR, "Şikayetler\niade ettim. \xE2\x80\x94 kabuklu_kaplumbaga 14.02.2025 21:03\n",
              H, "kabuklu_kaplumbaga"));
  CHECK(finds(E, EN, "Export done \xE2\x80\x94 tickets_2026-11-24.csv\n", H, NULL));
  CHECK(count_type(E, EN, "To be or not to be \xE2\x80\x94 William Shakespeare\n", H) == 0);
  CHECK(finds(E, AZ, "Forum\nSevinc.M cavab verib:\nmənim də eyni problemim var\n", H, "Sevinc.M"));
}

TEST(email_ip_mac_handle) {
  CHECK(finds(E, EN, "Write to rashad.nabiyev@mincom.gov.az please", GIZLI_T_EMAIL,
              "rashad.nabiyev@mincom.gov.az"));
  CHECK(finds(E, EN, "login from 192.168.10.25 failed", GIZLI_T_IP_ADDRESS, "192.168.10.25"));
  CHECK(finds(E, EN, "upgrade to version 10.2.3.4 today", GIZLI_T_IP_ADDRESS, NULL));
  CHECK(finds(E, EN, "client 2001:db8::8a2e:370:7334 connected", GIZLI_T_IP_ADDRESS,
              "2001:db8::8a2e:370:7334"));
  CHECK(finds(E, EN, "at 12:30:45 sharp", GIZLI_T_IP_ADDRESS, NULL));
  CHECK(finds(E, EN, "device MAC 00:1A:2B:3C:4D:5E", GIZLI_T_MAC_ADDRESS, "00:1A:2B:3C:4D:5E"));
  CHECK(finds(E, EN, "follow her on Twitter @AyyaLmahamad for news", GIZLI_T_SOCIAL_HANDLE,
              "@AyyaLmahamad"));
  CHECK(finds(E, EN, "mail me at a.b@example.com", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* a mention with the az/tr letters (seventh session) */
  CHECK(finds(E, AZ, "[14.03.25, 21:12] Rauf: @Gülnar_xala çeki də atın", GIZLI_T_SOCIAL_HANDLE,
              "@Gülnar_xala"));
  CHECK(finds(E, TR, "@TÜRKÜN_OĞLU sen de gel akşam", GIZLI_T_SOCIAL_HANDLE, "@TÜRKÜN_OĞLU"));
  CHECK(finds(E, TR, "takım için @ÇılgınNişancı'ya yaz", GIZLI_T_SOCIAL_HANDLE,
              "@ÇılgınNişancı"));
  CHECK(finds(E, AZ, "poçt: leyla.şirin@mail.az", GIZLI_T_SOCIAL_HANDLE, NULL));
}

TEST(dates_of_birth) {
  CHECK(finds(E, TR, "Doğum tarihi: 12.03.1985", GIZLI_T_DATE_OF_BIRTH, "12.03.1985"));
  CHECK(finds(E, AZ, "Doğum tarixi 5 mart 1990", GIZLI_T_DATE_OF_BIRTH, "5 mart 1990"));
  CHECK(finds(E, EN, "DOB: 1979-11-02", GIZLI_T_DATE_OF_BIRTH, "1979-11-02"));
  CHECK(finds(E, EN, "He was born on 4 July 1976 in Ohio", GIZLI_T_DATE_OF_BIRTH, "4 July 1976"));
  CHECK(finds(E, TR, "DOĞUM TARİHİ 29 Şubat 1988", GIZLI_T_DATE_OF_BIRTH, "29 Şubat 1988"));
  CHECK(finds(E, EN, "The meeting is on 13.06.2022", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN, "Date of birth: 31.02.1985", GIZLI_T_DATE_OF_BIRTH, NULL));
}

TEST(addresses) {
  CHECK(finds(E, AZ, "Ünvan: Nizami küçəsi 45, mənzil 12, Bakı AZ1000", GIZLI_T_ADDRESS,
              "Nizami küçəsi 45, mənzil 12, Bakı AZ1000"));
  CHECK(finds(E, TR, "Adres: Atatürk Mahallesi, Gül Sokak No: 7 Daire: 4, 06640 Çankaya/Ankara",
              GIZLI_T_ADDRESS,
              "Atatürk Mahallesi, Gül Sokak No: 7 Daire: 4, 06640 Çankaya/Ankara"));
  CHECK(finds(E, EN, "He lives at 221 Baker Street, London NW1 6XE.", GIZLI_T_ADDRESS,
              "221 Baker Street, London NW1 6XE"));
  CHECK(finds(E, EN, "Office: Istiglaliyyat street 19, Baku AZ1001", GIZLI_T_ADDRESS,
              "Istiglaliyyat street 19, Baku AZ1001"));
  CHECK(finds(E, EN, "at 1600 Pennsylvania Avenue NW, Washington, DC 20500", GIZLI_T_ADDRESS,
              "1600 Pennsylvania Avenue NW, Washington, DC 20500"));
  CHECK(finds(E, AZ, "Ünvan: Bakı ş., Nərimanov r-nu, Təbriz küç. 78, mən. 4", GIZLI_T_ADDRESS,
              "Bakı ş., Nərimanov r-nu, Təbriz küç. 78, mən. 4"));
  CHECK(finds(E, TR, "Adres: Atatürk Bulvarı No: 125, Çankaya, Ankara", GIZLI_T_ADDRESS,
              "Atatürk Bulvarı No: 125, Çankaya, Ankara"));
}

TEST(plates_and_more) {
  CHECK(finds(E, TR, "34 ABC 123 plakalı araç", GIZLI_T_TR_PLATE, "34 ABC 123"));
  CHECK(finds(E, TR, "Bellek 16 GB 512 SSD", GIZLI_T_TR_PLATE, NULL));
  CHECK(finds(E, AZ, "10-AB-123 nömrə nişanlı avtomobil", GIZLI_T_AZ_PLATE, "10-AB-123"));
  CHECK(finds(E, AZ, "avtomobilin nömrəsi 90 AA 001", GIZLI_T_AZ_PLATE, "90 AA 001"));
  CHECK(finds(E, EN, "NI number AB123456C", GIZLI_T_UK_NINO, "AB123456C"));
  CHECK(finds(E, EN, "SSN 123-45-6789", GIZLI_T_US_SSN, "123-45-6789"));
  CHECK(finds(E, EN, "SSN 666-45-6789", GIZLI_T_US_SSN, NULL));
  /* a day has at most two digits: an SSN above a birth label is no date */
  CHECK(finds(E, EN, "SSN: 021-04-1914\nDOB: 1982-01-09", GIZLI_T_US_SSN, "021-04-1914"));
  CHECK(finds(E, EN, "DOB: 021-04-1914", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN, "password: hunter2secret", GIZLI_T_CREDENTIAL, "hunter2secret"));
  CHECK(finds(E, EN, "key AKIAIOSFODNN7EXAMPLE", GIZLI_T_CREDENTIAL, "AKIAIOSFODNN7EXAMPLE"));
}

/* Rules added for real-world forms, each guarded here. */
TEST(context_and_layout_rules) {
  /* a sentence's full stop is not part of an address, an abbreviation's is */
  CHECK(finds(E, TR, "Adres: Moda Cad. No:45/3 Kadıköy/İstanbul.", GIZLI_T_ADDRESS,
              "Moda Cad. No:45/3 Kadıköy/İstanbul"));
  /* a phone in brackets, and the 3-4 digit grouping */
  CHECK(finds(E, AZ, "mobil nömrəniz (070 213 96 24) təsdiqləndi", GIZLI_T_PHONE, "070 213 96 24"));
  CHECK(finds(E, TR, "GSM: (0555) 762 9578", GIZLI_T_PHONE, "(0555) 762 9578"));
  /* handles with dots, but not domains */
  CHECK(
      finds(E, AZ, "Instagram hesabım @memmedova.s, yazın", GIZLI_T_SOCIAL_HANDLE, "@memmedova.s"));
  CHECK(finds(E, EN, "see @example.com for details", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* the plate's country follows the Azerbaijani evidence nearby, even in English */
  CHECK(finds(E, EN,
              "Payments go to AZ21NABZ00000000137010001944. Their vehicle 10 PO 349 will come.",
              GIZLI_T_AZ_PLATE, "10 PO 349"));
  /* an Azerbaijani passport number in a Turkish sentence */
  CHECK(finds(E, TR, "Azerbaycan pasaport numarası C20781349.", GIZLI_T_AZ_PASSPORT, "C20781349"));
  /* the question on the line above gives a short answer its birth context */
  CHECK(finds(E, AZ, "Doğum tarixinizi yazın.\nLalə: 1971-03-08", GIZLI_T_DATE_OF_BIRTH,
              "1971-03-08"));
  CHECK(finds(E, TR, "D. Tarihi: 7 Ocak 1957\nRandevu tarihi: 2019-10-24", GIZLI_T_DATE_OF_BIRTH,
              "7 Ocak 1957"));
  CHECK_EQ_INT(count_type(E, TR, "D. Tarihi: 7 Ocak 1957\nRandevu tarihi: 2019-10-24",
                          GIZLI_T_DATE_OF_BIRTH),
               1);
  /* "the password is ..." without a colon; a plain word is not a secret */
  CHECK(finds(E, EN, "the staging password is M3po#a-tCEf btw", GIZLI_T_CREDENTIAL, "M3po#a-tCEf"));
  CHECK(finds(E, EN, "the password is incorrect", GIZLI_T_CREDENTIAL, NULL));
  /* a declaration number is not a phone */
  CHECK(finds(E, AZ, "telefon (012) 499-34-84. Bəyannamə nömrəsi 0247881763.", GIZLI_T_PHONE,
              "(012) 499-34-84"));
  CHECK(finds(E, AZ, "Bəyannamə nömrəsi 0247881763.", GIZLI_T_PHONE, NULL));
  /* FİN codes may be letters only, but not seven digits */
  CHECK(finds(E, AZ, "FİN: AREEKTZ", GIZLI_T_AZ_FIN, "AREEKTZ"));
  CHECK(finds(E, AZ, "FİN: 1234567", GIZLI_T_AZ_FIN, NULL));
  /* scores are rounded, so equal sums tie and the longer finding wins */
  CHECK(finds(E, EN, "Payments go to AZ93 KAPI 4422 4335 1161 3866 6059. Thanks", GIZLI_T_IBAN,
              "AZ93 KAPI 4422 4335 1161 3866 6059"));
}

/* A number just short of the threshold passes next to a person's name. */
TEST(names_as_context) {
  gizli_policy *p;
  gizli_engine *e;
  gizli_policy_create(&p);
  CHECK_EQ_INT(gizli_engine_compile(p, &e, NULL), GIZLI_OK);
  CHECK(finds(e, AZ, "Bu gün Rəşad Məmmədov 501234567 nömrəsindən yazdı.", GIZLI_T_PHONE,
              "501234567"));
  CHECK(finds(e, AZ, "Bu gün sifariş 501234567 hazırdır.", GIZLI_T_PHONE, NULL));
  gizli_engine_free(e);
  gizli_policy_free(p);
}

TEST(special_categories) {
  CHECK(finds(E, TR, "Hasta diyabet tanısıyla yatırıldı", GIZLI_T_SPECIAL_CATEGORY, "diyabet"));
  CHECK(finds(E, TR, "kanserden şüpheleniliyor", GIZLI_T_SPECIAL_CATEGORY, "kanserden"));
  CHECK(finds(E, AZ, "O, şəkər xəstəliyindən əziyyət çəkir", GIZLI_T_SPECIAL_CATEGORY,
              "şəkər xəstəliyindən"));
  CHECK(finds(E, TR, "HASTA DİYABET", GIZLI_T_SPECIAL_CATEGORY, "DİYABET"));
  CHECK(finds(E, EN, "He is HIV-positive", GIZLI_T_SPECIAL_CATEGORY, "HIV"));
  CHECK(finds(E, EN, "the archive (nothing sensitive here)", GIZLI_T_SPECIAL_CATEGORY, NULL));
}

TEST(lookalikes) {
  CHECK(finds(E, EN, "ISBN 978-3-16-148410-0", GIZLI_T_CREDIT_CARD, NULL));
  CHECK(finds(E, EN, "ISBN 9783161484100", GIZLI_T_TR_TCKN, NULL));
  CHECK(finds(E, EN, "Order 4111111111111112 shipped", GIZLI_T_CREDIT_CARD, NULL));
}

TEST(overlaps_are_resolved_in_order) {
  const char *t = "TCKN 10000000146, tel 0532 123 45 67, e-posta a@b.com.tr";
  gizli_scratch *s;
  gizli_scratch_create(E, &s);
  const gizli_finding *f;
  size_t n;
  CHECK_EQ_INT(gizli_scan(E, s, t, strlen(t), TR, &f, &n), GIZLI_OK);
  CHECK_EQ_INT(n, 3);
  for (size_t i = 1; i < n; i++) CHECK(f[i].start >= f[i - 1].end);
  for (size_t i = 0; i < n; i++) CHECK(f[i].score >= 0.5f && f[i].score <= 1.0f);
  gizli_scratch_free(s);
}

TEST(allow_and_deny) {
  gizli_policy *p;
  gizli_policy_create(&p);
  gizli_policy_allow(p, "info@example.com");
  gizli_policy_deny(p, GIZLI_T_CREDENTIAL, "Project Falcon");
  gizli_engine *e;
  CHECK_EQ_INT(gizli_engine_compile(p, &e, NULL), GIZLI_OK);
  CHECK(finds(e, EN, "Contact info@example.com or bob@example.com", GIZLI_T_EMAIL,
              "bob@example.com"));
  CHECK(finds(e, EN, "Contact info@example.com", GIZLI_T_EMAIL, NULL));
  CHECK(finds(e, EN, "The Project Falcon launch", GIZLI_T_CREDENTIAL, "Project Falcon"));
  gizli_engine_free(e);
  gizli_policy_free(p);
}

TEST(casefold_turkish) {
  char out[64];
  size_t n = gizli_casefold("DİYARBAKIR", strlen("DİYARBAKIR"), GIZLI_LANG_TR, out, sizeof out);
  CHECK(n == strlen("diyarbakır") && memcmp(out, "diyarbakır", n) == 0);
  n = gizli_casefold("İLHAM ƏLİYEV", strlen("İLHAM ƏLİYEV"), GIZLI_LANG_AZ, out, sizeof out);
  CHECK(n == strlen("ilham əliyev") && memcmp(out, "ilham əliyev", n) == 0);
  n = gizli_casefold("ILHAM", 5, GIZLI_LANG_EN, out, sizeof out);
  CHECK(n == 5 && memcmp(out, "ilham", 5) == 0);
}

TEST(language_detection) {
  CHECK_EQ_INT(
      gizli_detect_lang("Azərbaycan və Türkiyə arasında əməkdaşlıq üçün yeni addımlar atılıb.", 80),
      AZ);
  const char *tr = "Türkiye ve Azerbaycan arasında iş birliği için yeni bir adım atıldı.";
  CHECK_EQ_INT(gizli_detect_lang(tr, strlen(tr)), TR);
  const char *en = "The two countries discussed cooperation in the field of cybersecurity.";
  CHECK_EQ_INT(gizli_detect_lang(en, strlen(en)), EN);
  /* no function word: letters only Turkish and Azerbaijani have decide (a
   * CSV row, a letterhead), but a Turkish name in English prose does not */
  const char *row = "Mehmet Yılmaz,İstanbul,05321234567";
  CHECK_EQ_INT(gizli_detect_lang(row, strlen(row)), TR);
  CHECK_EQ_INT(gizli_detect_lang("John Smith,London,07700 900123", 30), EN);
  const char *news = "President Erdoğan met the minister in Ankara on Monday, and the talks were "
                     "about trade and energy.";
  CHECK_EQ_INT(gizli_detect_lang(news, strlen(news)), EN);
}

typedef struct collect {
  char *buf;
  size_t n;
  int found;
  size_t first_start;
} collect;

static int on_segment(void *user, const char *b, size_t n, const gizli_finding *f) {
  collect *c = user;
  memcpy(c->buf + c->n, b, n);
  if (f && f->type == GIZLI_T_TR_TCKN) {
    if (!c->found) c->first_start = f->start;
    c->found++;
  }
  c->n += n;
  return 0;
}

/* An entity straddling every possible chunk boundary is still found, and
 * the segments reproduce the input exactly. */
TEST(stream_chunk_boundaries) {
  size_t len = 20000;
  char *text = malloc(len + 1);
  for (size_t i = 0; i < len; i++) text[i] = "lorem ipsum dolor "[i % 18];
  const char *id = " TCKN 10000000146 ";
  size_t at = 4096 - 8;
  memcpy(text + at, id, strlen(id));
  text[len] = 0;
  for (size_t chunk = 4096; chunk <= 4096 + 16; chunk += 3) {
    gizli_stream *st;
    CHECK_EQ_INT(gizli_stream_create(E, chunk, TR, &st), GIZLI_OK);
    collect c = {malloc(len), 0, 0, 0};
    for (size_t i = 0; i < len; i += 1000)
      gizli_stream_write(st, text + i, len - i < 1000 ? len - i : 1000, on_segment, &c);
    gizli_stream_finish(st, on_segment, &c);
    CHECK_EQ_INT(c.n, len);
    CHECK(memcmp(c.buf, text, len) == 0);
    CHECK_EQ_INT(c.found, 1);
    CHECK_EQ_INT(c.first_start, at + 6);
    free(c.buf);
    gizli_stream_free(st);
  }
  free(text);
}

TEST(hostile_bytes) {
  char t[300];
  for (int i = 0; i < 300; i++) t[i] = (char)(i * 37 + 11);
  memcpy(t + 100, "\0\0TCKN 10000000146\xff\xfe", 21);
  gizli_scratch *s;
  gizli_scratch_create(E, &s);
  const gizli_finding *f;
  size_t n;
  CHECK_EQ_INT(gizli_scan(E, s, t, sizeof t, GIZLI_LANG_AUTO, &f, &n), GIZLI_OK);
  int found = 0;
  for (size_t i = 0; i < n; i++) found |= f[i].type == GIZLI_T_TR_TCKN && f[i].start == 107;
  CHECK(found);
  CHECK_EQ_INT(gizli_scan(E, s, "", 0, GIZLI_LANG_AUTO, &f, &n), GIZLI_OK);
  CHECK_EQ_INT(n, 0);
  gizli_scratch_free(s);
}

TEST(api_errors) {
  CHECK_EQ_INT(gizli_engine_compile(NULL, NULL, NULL), GIZLI_E_INVALID);
  CHECK_EQ_INT(gizli_scratch_create(NULL, NULL), GIZLI_E_INVALID);
  CHECK(strcmp(gizli_strerror(GIZLI_E_NOMEM), "out of memory") == 0);
  CHECK(strcmp(gizli_strerror(12345), "unknown error") == 0);
  CHECK_EQ_INT(gizli_type_from_name("tr_tckn"), GIZLI_T_TR_TCKN);
  CHECK(gizli_type_name(GIZLI_T_COUNT) == NULL);
  gizli_policy_free(NULL);
  gizli_engine_free(NULL);
  gizli_scratch_free(NULL);
  gizli_stream_free(NULL);
}

/* Forms found in hand-written, web-style documents
 * (tests/accuracy/realistic.jsonl) that the generated sets lacked. */
TEST(realistic_forms) {
  /* phones: "(+994 12)", Turkish non-geographic 0850/0800 with 3-1-3
   * grouping, 444 call-centre numbers, UK national numbers */
  CHECK(finds(E, AZ, "Tel.: (+994 12) 541 98 15", GIZLI_T_PHONE, "(+994 12) 541 98 15"));
  CHECK(finds(E, AZ, "Tel.: (+99412) 4402222", GIZLI_T_PHONE, "(+99412) 4402222"));
  CHECK(finds(E, TR, "Müşteri Hizmetleri: 0850 222 0 800 (hafta içi)", GIZLI_T_PHONE,
              "0850 222 0 800"));
  CHECK(finds(E, EN, "Call us toll-free at 0800 211 22 33.", GIZLI_T_PHONE, "0800 211 22 33"));
  CHECK(finds(E, TR, "Tel: 850 222 08 00", GIZLI_T_PHONE, NULL));  /* 8xx needs the 0 */
  CHECK(finds(E, TR, "Tel: 0870 222 08 00", GIZLI_T_PHONE, NULL)); /* no such service */
  CHECK(finds(E, TR, "Çağrı Merkezi: 444 0 123", GIZLI_T_PHONE, "444 0 123"));
  CHECK(finds(E, TR, "Sipariş no 444 0 123 kargoya verildi", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, EN, "Stock 4440123 units", GIZLI_T_PHONE, NULL));
  /* a 444 number inside a longer number is not one */
  CHECK(count_type(E, TR, "Tel: 0532 444 12 34", GIZLI_T_PHONE) == 1);
  CHECK(finds(E, TR, "Tel: 0532 444 12 34", GIZLI_T_PHONE, "0532 444 12 34"));
  /* a UK national number next to "Invoice" is not taken for a phone */
  CHECK(finds(E, EN, "Invoice 0117 496 0123 is attached", GIZLI_T_PHONE, NULL));
  /* IBAN with the country code set apart */
  CHECK(finds(E, TR, "depozito IBAN: TR 41 0001 0033 4322 0886 5338 17", GIZLI_T_IBAN,
              "TR 41 0001 0033 4322 0886 5338 17"));
  CHECK(finds(E, TR, "IBAN: TR 42 0001 0033 4322 0886 5338 17", GIZLI_T_IBAN, NULL));
  /* dates of birth: a birth verb later in the sentence, "təvəllüdlü",
   * "doğulduğu", "doğdu", the az year-first form, month and year after "born" */
  CHECK(finds(E, AZ, "12.03.1985-ci ildə Bakı şəhərində anadan olub.", GIZLI_T_DATE_OF_BIRTH,
              "12.03.1985"));
  CHECK(finds(E, AZ, "Müqavilə 10.01.2024-cü il tarixində Bakı şəhərində imzalanıb.",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "Cavabdeh (02.02.1983 təvəllüdlü) iclasa gəlmədi", GIZLI_T_DATE_OF_BIRTH,
              "02.02.1983"));
  CHECK(finds(E, AZ, "Doğulduğu tarix: 17.09.1987", GIZLI_T_DATE_OF_BIRTH, "17.09.1987"));
  CHECK(finds(E, TR, "12 Mart 1985 tarihinde İzmir'de doğdu.", GIZLI_T_DATE_OF_BIRTH,
              "12 Mart 1985"));
  CHECK(finds(E, AZ, "Leyla 1975-ci il mayın 12-də Bakı şəhərində anadan olub.",
              GIZLI_T_DATE_OF_BIRTH, "1975-ci il mayın 12"));
  CHECK(finds(E, AZ, "2024-cü il martın 5-də müqavilə bağlanıb.", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN, "Zeynep (born in March 1999) will study at METU.", GIZLI_T_DATE_OF_BIRTH,
              "March 1999"));
  CHECK(finds(E, EN, "The office opened in March 1999.", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN, "I was born on 4 July 1976 in Ganja.", GIZLI_T_DATE_OF_BIRTH, "4 July 1976"));
  /* "ID:" is context for the AA identity card form */
  CHECK(finds(E, EN, "ID: AA6700141", GIZLI_T_AZ_ID_CARD, "AA6700141"));
  CHECK(finds(E, EN, "Part AA6700141 is out of stock", GIZLI_T_AZ_ID_CARD, NULL));
  /* firmware versions are not IP addresses */
  CHECK(finds(E, EN, "my router is on firmware 3.0.2.14 now", GIZLI_T_IP_ADDRESS, NULL));
  /* obfuscated e-mail addresses */
  CHECK(finds(E, AZ, "Bizimlə əlaqə: info [at] gunesh-tour.az və ya zəng edin", GIZLI_T_EMAIL,
              "info [at] gunesh-tour.az"));
  CHECK(finds(E, EN, "write to aysel.m(at)gmail(dot)com today", GIZLI_T_EMAIL,
              "aysel.m(at)gmail(dot)com"));
  CHECK(finds(E, EN, "we met (at) the cafe (dot) later", GIZLI_T_EMAIL, NULL));
  /* addresses: numbered streets, "/A" doors, "District City/PROVINCE", a
   * city before the street, three district parts, "Loop" */
  CHECK(finds(E, TR, "Adres: Kızılırmak Mahallesi 1443. Cadde No: 25 Çukurambar Çankaya/Ankara",
              GIZLI_T_ADDRESS,
              "Kızılırmak Mahallesi 1443. Cadde No: 25 Çukurambar Çankaya/Ankara"));
  CHECK(finds(E, TR, "adresi: Atatürk Bulvarı No:125/A Kızılay Çankaya/ANKARA", GIZLI_T_ADDRESS,
              "Atatürk Bulvarı No:125/A Kızılay Çankaya/ANKARA"));
  CHECK(finds(E, TR, "Teslimat: Akdeniz Mah. 1337 Sk. No:5 D:2 Konak/İZMİR", GIZLI_T_ADDRESS,
              "Akdeniz Mah. 1337 Sk. No:5 D:2 Konak/İZMİR"));
  CHECK(finds(E, AZ, "Çatdırılma ünvanı: Bakı, Nizami küç. 203B", GIZLI_T_ADDRESS,
              "Bakı, Nizami küç. 203B"));
  CHECK(finds(E, AZ, "Ünvan: Bakı ş., Xəzər r., Mərdəkan qəs., Sülh küç. 5", GIZLI_T_ADDRESS,
              "Bakı ş., Xəzər r., Mərdəkan qəs., Sülh küç. 5"));
  CHECK(finds(E, EN, "Ship to: 1 Infinite Loop, Cupertino, CA 95014", GIZLI_T_ADDRESS,
              "1 Infinite Loop, Cupertino, CA 95014"));
  /* a later date is not pulled in by a birth word 46 bytes after it */
  CHECK(count_type(E, EN,
                   "LONDON, 11 May 2024 - Police named the suspect as Grace Evans, born on "
                   "November 9, 1997, who was arrested",
                   GIZLI_T_DATE_OF_BIRTH) == 1);
}

/* The second hand-written batch of realistic.jsonl, written after the fixes
 * above and measured before these. */
TEST(realistic_forms_2) {
  /* country code or trunk zero in brackets */
  CHECK(finds(E, AZ, "Tel.: (+994) 12 404 46 00", GIZLI_T_PHONE, "(+994) 12 404 46 00"));
  CHECK(finds(E, AZ, "Faks: +994 (012) 404 46 01", GIZLI_T_PHONE, "+994 (012) 404 46 01"));
  CHECK(finds(E, TR, "Tel: (0 312) 468 12 34", GIZLI_T_PHONE, "(0 312) 468 12 34"));
  CHECK(finds(E, EN, "Tel: (+90) 212 555 1234", GIZLI_T_PHONE, "(+90) 212 555 1234"));
  CHECK(finds(E, TR, "Tel: +90 (0212) 555 12 34", GIZLI_T_PHONE, "+90 (0212) 555 12 34"));
  /* without the brackets "+90 0" is not one number: only the national part */
  CHECK(finds(E, TR, "Tel: +90 0212 555 12 34", GIZLI_T_PHONE, "0212 555 12 34"));
  /* IPv4 with a port; still not the tail of a longer dotted number */
  CHECK(
      finds(E, EN, "blocked 203.0.113.5:8080 -> 10.0.0.12:22", GIZLI_T_IP_ADDRESS, "203.0.113.5"));
  CHECK(finds(E, EN, "blocked 203.0.113.5:8080 -> 10.0.0.12:22", GIZLI_T_IP_ADDRESS, "10.0.0.12"));
  CHECK(finds(E, EN, "release 1.203.0.113.5 is out", GIZLI_T_IP_ADDRESS, NULL));
  /* credentials: URL passwords, *_KEY assignments, a sentence's full stop,
   * and a Turkish word after "şifresi" is not a password */
  CHECK(finds(E, EN, "DATABASE_URL=postgres://app:Prod#Pass55@10.20.30.40:5432/appdb",
              GIZLI_T_CREDENTIAL, "Prod#Pass55"));
  CHECK(finds(E, EN, "DB=postgres://app:${DB_PASS}@db:5432/x", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "see https://user@example.com/x", GIZLI_T_CREDENTIAL, NULL));
  CHECK(
      finds(E, EN, "SECRET_KEY=a9f8e7d6c5b4a3f2e1d0", GIZLI_T_CREDENTIAL, "a9f8e7d6c5b4a3f2e1d0"));
  CHECK(finds(E, AZ, "köhnə parol: Ramin_1985. Yeni şifrəni göndərin", GIZLI_T_CREDENTIAL,
              "Ramin_1985"));
  CHECK(finds(E, TR, "VPN şifresi değişti. Lütfen bekleyin.", GIZLI_T_CREDENTIAL, NULL));
  /* dates of birth: YYYY.MM.DD, two-digit years with birth context, "D.lu" */
  CHECK(finds(E, AZ, "Doğum tarixi: 1990.04.17; FİN", GIZLI_T_DATE_OF_BIRTH, "1990.04.17"));
  CHECK(finds(E, EN, "D.O.B: 12/03/85", GIZLI_T_DATE_OF_BIRTH, "12/03/85"));
  CHECK(finds(E, EN, "Meeting on 12/03/25 at noon", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(
      finds(E, TR, "Sanık 02.07.1978 D.lu, Keçiören/Ankara", GIZLI_T_DATE_OF_BIRTH, "02.07.1978"));
  /* spaced SSN with context only; spaced passports; "V.No" for the VKN */
  CHECK(finds(E, EN, "SSN: 753 03 2996", GIZLI_T_US_SSN, "753 03 2996"));
  CHECK(finds(E, EN, "Room 753 03 2996", GIZLI_T_US_SSN, NULL));
  CHECK(finds(E, TR, "Pasaport No: U 12345678", GIZLI_T_TR_PASSPORT, "U 12345678"));
  CHECK(finds(E, AZ, "Pasport: C 10820247", GIZLI_T_AZ_PASSPORT, "C 10820247"));
  CHECK(finds(E, TR, "V.D.: Kadıköy V.No: 6340080503", GIZLI_T_TR_VKN, "6340080503"));
  /* addresses: "Çankaya - ANKARA", chat spelling without diacritics, Plaza,
   * PO Box */
  CHECK(finds(E, TR, "Adres: Bağdat Caddesi No: 15 Kat: 3 Kızıltoprak, Kadıköy - İstanbul",
              GIZLI_T_ADDRESS, "Bağdat Caddesi No: 15 Kat: 3 Kızıltoprak, Kadıköy - İstanbul"));
  CHECK(finds(E, AZ, "adres: Sumqayit, Sulh kucesi 12, menzil 45. nomre", GIZLI_T_ADDRESS,
              "Sumqayit, Sulh kucesi 12, menzil 45"));
  CHECK(finds(E, EN, "Headquarters: Suite 400, 1 Market Plaza, San Francisco, CA 94105.",
              GIZLI_T_ADDRESS, "Suite 400, 1 Market Plaza, San Francisco, CA 94105"));
  CHECK(finds(E, EN, "Mailing address: PO Box 7713, San Francisco, CA 94120.", GIZLI_T_ADDRESS,
              "PO Box 7713, San Francisco, CA 94120"));
}

/* The third hand-written batch, measured before these fixes. */
TEST(realistic_forms_3) {
  /* a FİN typed in lower case is not taken (costly, see ACCURACY.md) */
  CHECK(finds(E, AZ, "fin: abcdefg", GIZLI_T_AZ_FIN, NULL));
  /* capital Ş/İ in "Şifre", AWS secret keys, "is now", and a label with a
   * colon after "Şifrə" is not a password */
  CHECK(finds(E, TR, "Kullanıcı adı: admin — Şifre: Adm!n2024 — Sunucu", GIZLI_T_CREDENTIAL,
              "Adm!n2024"));
  CHECK(finds(E, TR, "ŞİFRE: Adm!n2024", GIZLI_T_CREDENTIAL, "Adm!n2024"));
  CHECK(finds(E, EN, "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
              GIZLI_T_CREDENTIAL, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
  CHECK(finds(E, EN, "I reset it again, my password is now Password1! — thanks", GIZLI_T_CREDENTIAL,
              "Password1!"));
  CHECK(finds(E, AZ, "Şifrə dəyişdirildi: istifadəçi=r.quliyev", GIZLI_T_CREDENTIAL, NULL));
  /* a birth word belongs to the first date after it */
  CHECK(finds(E, EN, "Farhad (born April 2, 1990) joined on April 2, 2015.", GIZLI_T_DATE_OF_BIRTH,
              "April 2, 1990"));
  CHECK(count_type(E, EN, "Farhad (born April 2, 1990) joined on April 2, 2015.",
                   GIZLI_T_DATE_OF_BIRTH) == 1);
  /* seven-digit local numbers are not taken (see ACCURACY.md) */
  CHECK(finds(E, AZ, "Otaq 404 46 00 nömrəli qovluq", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "Tel: 0870 404 46 00", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "Tel: 404 46 00 12", GIZLI_T_PHONE, NULL));
  /* service numbers without a context word still need their prefix */
  CHECK(finds(E, TR, "TÜVTÜRK: 0850 222 88 88", GIZLI_T_PHONE, "0850 222 88 88"));
  /* US street addresses with a direction and an ordinal */
  CHECK(finds(E, EN, "Deliver to: Apt 4B, 350 W 42nd St, New York, NY 10036.", GIZLI_T_ADDRESS,
              "Apt 4B, 350 W 42nd St, New York, NY 10036"));
}

/* The fourth hand-written batch, measured before these fixes. */
TEST(realistic_forms_4) {
  /* birth labels typed without ğ; "1990-cı il 12 may"; "12-Mar-1985" */
  CHECK(finds(E, TR, "Dogum tarihi: 05/05/1995, dogum yeri: Bursa", GIZLI_T_DATE_OF_BIRTH,
              "05/05/1995"));
  CHECK(finds(E, AZ, "Doğum tarixi: 1990-cı il 12 may. Ailə vəziyyəti: subay",
              GIZLI_T_DATE_OF_BIRTH, "1990-cı il 12 may"));
  CHECK(finds(E, AZ, "Müqavilə 2024-cü il 12 may tarixində bağlanıb", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN, "Name: Sarah Connor — Date of Birth: 12-Mar-1985", GIZLI_T_DATE_OF_BIRTH,
              "12-Mar-1985"));
  CHECK(finds(E, EN, "Invoice date: 12-Mar-2024", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* "U 24681357 numaralı pasaport": the word after the value */
  CHECK(finds(E, TR, "Sena Öz adına düzenlenmiş U 24681357 numaralı pasaport kaybolmuştur.",
              GIZLI_T_TR_PASSPORT, "U 24681357"));
  /* e-Devlet addresses in capitals, with the inner door number */
  CHECK(finds(E, TR, "Adres: YENİ MAH. 123 SK. NO: 4 İÇ KAPI NO: 5 SEYHAN / ADANA", GIZLI_T_ADDRESS,
              "YENİ MAH. 123 SK. NO: 4 İÇ KAPI NO: 5 SEYHAN / ADANA"));
  CHECK(finds(E, TR, "Adres: Yeni Mah. 123 Sk. No: 4 İç Kapı No: 5 Seyhan/Adana.", GIZLI_T_ADDRESS,
              "Yeni Mah. 123 Sk. No: 4 İç Kapı No: 5 Seyhan/Adana"));
  /* a label after an address is not its city */
  CHECK(finds(E, AZ,
              "ünvanı: Bakı şəhəri, Yasamal rayonu, Ş.Mehdiyev küçəsi, ev 12, mənzil 34, "
              "FİN 8B5HKU1.",
              GIZLI_T_ADDRESS, "Bakı şəhəri, Yasamal rayonu, Ş.Mehdiyev küçəsi, ev 12, mənzil 34"));
  /* Stripe and Google API keys */
  CHECK(finds(E, EN, "stripe key sk_live_51Hx2aB8cD9eF0gH1iJ2kL3mN and more", GIZLI_T_CREDENTIAL,
              "sk_live_51Hx2aB8cD9eF0gH1iJ2kL3mN"));
  CHECK(finds(E, EN, "Google key AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY.", GIZLI_T_CREDENTIAL,
              "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"));
  CHECK(finds(E, EN, "token_sk_live_51Hx2aB8cD9eF0gH1iJ2kL3mN", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "AIzaShort-key", GIZLI_T_CREDENTIAL, NULL));
}

/* Sentences from Turkish Wikipedia (../shared NER corpora, read only):
 * birth verbs after the date, and death dates that must not be taken. */
TEST(birth_and_death_sentences) {
  CHECK(finds(E, TR, "Natalie Portman 9 Haziran 1981 tarihinde , Kudüs'te dünyaya geldi .",
              GIZLI_T_DATE_OF_BIRTH, "9 Haziran 1981"));
  CHECK(finds(E, TR, "Kinney , 13 Ağustos 1985'te Nebraska'da doğdu .", GIZLI_T_DATE_OF_BIRTH,
              "13 Ağustos 1985"));
  CHECK(finds(E, EN, "He has one daughter , Angelina , born in December 2004 .",
              GIZLI_T_DATE_OF_BIRTH, "December 2004"));
  /* "yaş" (age; also the stem of yaşamak, to live) is not a birth word */
  CHECK(finds(E, TR, "Annamria Kinde 5 Ocak 2014'de 57 yaşında ölmüştür .", GIZLI_T_DATE_OF_BIRTH,
              NULL));
  CHECK(finds(E, TR, "Orsigna'da 28 Temmuz 2004 tarihinde yaşamını yitirdi .",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a birth verb after an earlier date belongs to it */
  CHECK(finds(E, TR, "10 Ağustos 1878'de Viyana'da doğdu , 8 temmuz 1950'de Neutif'de öldü .",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, TR,
              "26 Mart 1911 yılında Lancester'da dünyaya gelmiş , 8 Şubat 1960 yılına "
              "Oxford'da hayata gözlerini kapamıştır .",
              GIZLI_T_DATE_OF_BIRTH, "26 Mart 1911"));
  CHECK(count_type(E, TR,
                   "26 Mart 1911 yılında Lancester'da dünyaya gelmiş , 8 Şubat 1960 yılına "
                   "Oxford'da hayata gözlerini kapamıştır .",
                   GIZLI_T_DATE_OF_BIRTH) == 1);
}

/* Forms from the fifth realistic batch (az-r4xx, tr-r4xx, en-r4xx), one
 * check per fix. */
TEST(realistic_forms_5) {
  /* UK national numbers: 5-6, 5-3-3, 4-3-4; run together only with a phone
   * word; an Azerbaijani 0XX XXXXXXX mobile is still one */
  CHECK(finds(E, EN, "Mobile: 07700 900 987", GIZLI_T_PHONE, "07700 900 987"));
  CHECK(finds(E, EN, "Queries: 0161 276 1234", GIZLI_T_PHONE, "0161 276 1234"));
  CHECK(finds(E, EN, "ring me on 07911 438 221 if you want", GIZLI_T_PHONE, "07911 438 221"));
  CHECK(finds(E, EN, "Mobile: 07911123456", GIZLI_T_PHONE, "07911123456"));
  CHECK(finds(E, EN, "Code 07911123456 applied", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, EN, "Queries: 0161 27 612 34", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, AZ, "Nömrəm 070 2344567, zəng edin", GIZLI_T_PHONE, "070 2344567"));
  /* "(312) 555-0148" survives a contradicting word ("Ordering") */
  CHECK(finds(E, EN, "Ordering physician Dr Gupta, (312) 555-0148 ext 220.", GIZLI_T_PHONE,
              "(312) 555-0148"));
  /* IBANs typed in lower case: run together or in groups of four */
  CHECK(finds(E, AZ, "yeni hesab nömrəmiz budur: az38nabz97871027344436648034 (Kapital Bank)",
              GIZLI_T_IBAN, "az38nabz97871027344436648034"));
  CHECK(finds(E, TR, "İade için IBAN: tr21 0013 4055 4410 5285 6250 16 Ad Soyad", GIZLI_T_IBAN,
              "tr21 0013 4055 4410 5285 6250 16"));
  CHECK(finds(E, TR, "İade için IBAN: tr22 0013 4055 4410 5285 6250 16 Ad Soyad", GIZLI_T_IBAN,
              NULL));
  /* credentials: *_PASS assignments, "şifreniz", a URL with no user name */
  CHECK(finds(E, EN, "DB_PASS=Xazar#2024db", GIZLI_T_CREDENTIAL, "Xazar#2024db"));
  CHECK(finds(E, TR, "Geçici şifreniz: Tz8#qP41 — giriş yaptıktan sonra", GIZLI_T_CREDENTIAL,
              "Tz8#qP41"));
  CHECK(finds(E, TR, "şifreniz değiştirildi", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "redis_url: redis://:R3d1sPass!@10.1.2.3:6379/0", GIZLI_T_CREDENTIAL,
              "R3d1sPass!"));
  /* addresses: the unit before a number, a title inside an Azerbaijani
   * street name, numbered micro-districts and the districts before them,
   * İzmir street numbers, industrial zones, US street abbreviations, an
   * Azerbaijani address written in English; "9-cu mərtəbə" is no city */
  CHECK(finds(E, EN, "Northwind Logistics Ltd, Unit 7, Harbour Way, Southampton SO14 3TJ",
              GIZLI_T_ADDRESS, "Unit 7, Harbour Way, Southampton SO14 3TJ"));
  CHECK(finds(E, AZ, "adres: Bakı şəhəri, Yasamal rayonu, Həsən bəy Zərdabi prospekti 78.",
              GIZLI_T_ADDRESS, "Bakı şəhəri, Yasamal rayonu, Həsən bəy Zərdabi prospekti 78"));
  CHECK(finds(E, AZ, "Ünvan: Sumqayıt şəhəri, 9-cu mikrorayon, Sülh küçəsi 18, mənzil 7",
              GIZLI_T_ADDRESS, "Sumqayıt şəhəri, 9-cu mikrorayon, Sülh küçəsi 18, mənzil 7"));
  CHECK(finds(E, AZ, "Ünvan: Xətai r., Nobel prospekti 15, mən. 42, 9-cu mərtəbə", GIZLI_T_ADDRESS,
              "Xətai r., Nobel prospekti 15, mən. 42"));
  CHECK(finds(E, TR, "Alıcı: Kazım Dirik Mah. 372/5 Sok. No:12 Bornova/İzmir.", GIZLI_T_ADDRESS,
              "Kazım Dirik Mah. 372/5 Sok. No:12 Bornova/İzmir"));
  CHECK(finds(E, TR, "İş adresi: Organize Sanayi Bölgesi 3. Cadde No:8 Nilüfer/Bursa",
              GIZLI_T_ADDRESS, "Organize Sanayi Bölgesi 3. Cadde No:8 Nilüfer/Bursa"));
  CHECK(finds(E, EN, "FROM Acme Widgets, 500 Industrial Pkwy, Dayton, OH 45402 TO", GIZLI_T_ADDRESS,
              "500 Industrial Pkwy, Dayton, OH 45402"));
  CHECK(finds(E, EN, "Home address: Baku, Nasimi district, Azadliq avenue 112, apt. 7",
              GIZLI_T_ADDRESS, "Baku, Nasimi district, Azadliq avenue 112, apt. 7"));
  /* UK addresses without a street word, found by their postcode; a place
   * and a postcode alone are not an address */
  CHECK(finds(E, EN, "staying at 88 Queensway, London W2 3RL.", GIZLI_T_ADDRESS,
              "88 Queensway, London W2 3RL"));
  CHECK(finds(E, EN, "Leave parcel at Unit 12B, Riverside Business Park, Leeds LS9 0PW if out.",
              GIZLI_T_ADDRESS, "Unit 12B, Riverside Business Park, Leeds LS9 0PW"));
  CHECK(finds(E, EN, "We met in London W2 3RL last year.", GIZLI_T_ADDRESS, NULL));
  /* a Turkish phone without the trunk 0 followed by "arayınız" (call) */
  CHECK(finds(E, TR, "Randevu için 212 555 12 34'ü arayınız.", GIZLI_T_PHONE, "212 555 12 34"));
  /* "t.t." (təvəllüd tarixi) after a date */
  CHECK(finds(E, AZ, "anam Əliyeva Səadət (12.07.1955 t.t.) növbədə gözlədi", GIZLI_T_DATE_OF_BIRTH,
              "12.07.1955"));
}

TEST(realistic_forms_7) {
  /* CSV fields: a comma between two long digit runs does not join them
   * into one number; thousands groups still do */
  CHECK(finds(E, EN, "John Carter,+1-415-555-0134,4896421029684336,4375285379775047",
              GIZLI_T_CREDIT_CARD, "4896421029684336"));
  CHECK(
      finds(E, EN, "Emma,+44 20 7946 0321,5255-0176-4061-1286", GIZLI_T_PHONE, "+44 20 7946 0321"));
  CHECK(finds(E, EN, "Total: 4,896,421,029,684,336 units", GIZLI_T_CREDIT_CARD, NULL));
  /* a '+' country code outweighs an order word; "+994 51 9090 101" (4-3);
   * London 020 numbers (3-4-4) */
  CHECK(finds(E, AZ, "Sifarişlər üçün: +994 10 230 40 50", GIZLI_T_PHONE, "+994 10 230 40 50"));
  CHECK(finds(E, AZ, "Mob.: +994 51 9090 101", GIZLI_T_PHONE, "+994 51 9090 101"));
  CHECK(finds(E, EN, "please call 020 3312 6666.", GIZLI_T_PHONE, "020 3312 6666"));
  CHECK(finds(E, AZ, "Sifariş nömrəsi 0102304050 qəbul edildi", GIZLI_T_PHONE, NULL));
  /* seven-digit local numbers: after a label or a full number only */
  CHECK(finds(E, AZ, "Tel: 404 46 00", GIZLI_T_PHONE, "404 46 00"));
  CHECK(finds(E, AZ, "Qəbul: +994 12 425 10 15, 425-10-16", GIZLI_T_PHONE, "425-10-16"));
  CHECK(finds(E, AZ, "Elan №: 387 12 54, baxış 120", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, AZ, "Bilet 425-10-16 qeydə alınıb", GIZLI_T_PHONE, NULL));
  /* a 444 number with its phone word after it, in brackets */
  CHECK(finds(E, TR, "Sorularınız için 444 0 606 (Çağrı Merkezi).", GIZLI_T_PHONE, "444 0 606"));
  /* FİN typed in lower case, right after the word */
  CHECK(finds(E, AZ, "salam, fin kodum pnvp0pv, nomrem yoxdur", GIZLI_T_AZ_FIN, "pnvp0pv"));
  CHECK(finds(E, AZ, "fin: salamlar hamiya", GIZLI_T_AZ_FIN, NULL));
  /* "(d. ... — ö. ...)": born in az/tr encyclopaedias, died in English */
  CHECK(finds(E, AZ, "Rüstəm Zeynalov (d. 2 fevral 1921, Gəncə — ö. 17 iyul 1994, Bakı) memar",
              GIZLI_T_DATE_OF_BIRTH, "2 fevral 1921"));
  CHECK(finds(E, EN, "Founded by John Hale (d. 4 March 1921), the firm grew.",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* "(b. 14 Feb 1976, Baku)"; "1942-ci ilin 25 martında ... anadan olmuşdur" */
  CHECK(finds(E, EN, "Dr Leyla Aliyeva (b. 14 Feb 1976, Baku) is a professor.",
              GIZLI_T_DATE_OF_BIRTH, "14 Feb 1976"));
  CHECK(finds(E, AZ, "Zərifə Hüseynova 1942-ci ilin 25 martında Şamaxıda anadan olmuşdur.",
              GIZLI_T_DATE_OF_BIRTH, "1942-ci ilin 25 martında"));
  /* special categories: more health words; a form field answered "no" */
  CHECK(finds(E, TR, "Takip nedeni: hipertansiyon.", GIZLI_T_SPECIAL_CATEGORY, "hipertansiyon"));
  CHECK(finds(E, TR, "Engellilik Durumu: Yok", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, TR, "Engellilik Durumu: Var (%40)", GIZLI_T_SPECIAL_CATEGORY, "Engellilik"));
  /* continental European, Azerbaijani district and UK addresses */
  CHECK(finds(E, EN, "Nordwind GmbH, Hauptstraße 12, 69117 Heidelberg, Germany", GIZLI_T_ADDRESS,
              "Hauptstraße 12, 69117 Heidelberg"));
  CHECK(finds(E, EN, "From: Van Dijk B.V., Keizersgracht 221, 1016 DV Amsterdam", GIZLI_T_ADDRESS,
              "Keizersgracht 221, 1016 DV Amsterdam"));
  CHECK(finds(E, EN, "Bill to: Sophie Martin, 12 rue de la Paix, 75002 Paris, France",
              GIZLI_T_ADDRESS, "12 rue de la Paix, 75002 Paris"));
  CHECK(finds(E, EN, "She finished 12 place ahead of him in 2019.", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Warehouse: Sabunchu district, Baku AZ1025", GIZLI_T_ADDRESS,
              "Sabunchu district, Baku AZ1025"));
  CHECK(finds(E, EN, "We flew to Baku AZ1000 in May.", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Location: Outpatients B, St Mary's Hospital, Praed Street, London W2 1NY",
              GIZLI_T_ADDRESS, "Praed Street, London W2 1NY"));
  CHECK(finds(E, EN,
              "Delivery address:\nDaniel Hughes\nFlat 3, 27 Whitworth Street\nManchester\nM1 3NL\n",
              GIZLI_T_ADDRESS, "Flat 3, 27 Whitworth Street\nManchester\nM1 3NL"));
  CHECK(finds(E, EN, "45 Azadlig Ave, apt 12, Baku AZ1106 | +994 50 312 44 81", GIZLI_T_ADDRESS,
              "45 Azadlig Ave, apt 12, Baku AZ1106"));
  CHECK(finds(E, EN, "Head office: 28 Bul-Bul Avenue, Nasimi district, Baku AZ1014",
              GIZLI_T_ADDRESS, "28 Bul-Bul Avenue, Nasimi district, Baku AZ1014"));
  CHECK(finds(E, AZ, "Ünvan: Sabirabad rayonu, Qalağayın kəndi, Mərkəzi küçə 5", GIZLI_T_ADDRESS,
              "Sabirabad rayonu, Qalağayın kəndi, Mərkəzi küçə 5"));
  CHECK(finds(E, AZ, "Ünvan: Bakı, Yasamal r., Şərifzadə küç. 148, 12/17 mərtəbə", GIZLI_T_ADDRESS,
              "Bakı, Yasamal r., Şərifzadə küç. 148"));
  CHECK(finds(E, AZ, "Filialımız: Sumqayıt, 5-ci mkr, Səməd Vurğun küç. 27", GIZLI_T_ADDRESS,
              "Sumqayıt, 5-ci mkr, Səməd Vurğun küç. 27"));
}

TEST(realistic_forms_8) {
  /* CSV: a card followed by ",09/28" (an expiry) or after "11/29," is no
   * decimal number (thousands groups still join: realistic_forms_7) */
  CHECK(finds(E, EN, "Jessica Wong,jwong@gmail.com,+1 415 555 0191,4650662277325082,09/28",
              GIZLI_T_CREDIT_CARD, "4650662277325082"));
  CHECK(finds(E, EN, "Mark,11/29,5466242346756319,ok", GIZLI_T_CREDIT_CARD, "5466242346756319"));
  /* a question or exclamation mark ends the sentence of a contradicting
   * word before it */
  CHECK(
      finds(E, EN, "Ref WFCT0Q8H6K7L. Questions? 1-800-869-3557", GIZLI_T_PHONE, "1-800-869-3557"));
  /* a dotted version after a version key or a product word is no IPv4 */
  CHECK(finds(E, AZ, "vpn: client 5.1.2.40 connected from 85.132.14.201", GIZLI_T_IP_ADDRESS,
              "85.132.14.201"));
  CHECK(finds(E, AZ, "vpn: client 5.1.2.40 connected", GIZLI_T_IP_ADDRESS, NULL));
  CHECK(finds(E, TR, "cihaz=Windows uygulama_surum=3.4.1.18", GIZLI_T_IP_ADDRESS, NULL));
  CHECK(finds(E, AZ, "host=10.10.4.22 ver=4.11.0.2", GIZLI_T_IP_ADDRESS, "10.10.4.22"));
  CHECK(finds(E, EN, "APP_VERSION=2.8.14.1", GIZLI_T_IP_ADDRESS, NULL));
  CHECK(finds(E, EN, "client 10.0.0.5 connected", GIZLI_T_IP_ADDRESS, "10.0.0.5"));
  /* a slash after the trunk and area code */
  CHECK(finds(E, TR, "Arayın 0532/418 66 21", GIZLI_T_PHONE, "0532/418 66 21"));
  CHECK(finds(E, AZ, "Tel: 050/312 44 81", GIZLI_T_PHONE, "050/312 44 81"));
  CHECK(finds(E, TR, "Karar 2026/0532/418 66 21", GIZLI_T_PHONE, NULL));
  /* an NHS number is no phone */
  CHECK(finds(E, EN, "NHS number: 485 777 3456", GIZLI_T_PHONE, NULL));
  /* "pass:" as a config line's key; "-p<password>" of a MySQL client */
  CHECK(finds(E, TR, "user: deploy\npass: Dpl!2026_ankara", GIZLI_T_CREDENTIAL, "Dpl!2026_ankara"));
  CHECK(finds(E, EN, "Boarding pass: K7PQ2M11", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "connecting with mysql -h db -u root -phunter2pass. It fails",
              GIZLI_T_CREDENTIAL, "hunter2pass"));
  CHECK(finds(E, EN, "mysql -u root -p shop", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "tar -pczf backup.tgz dir", GIZLI_T_CREDENTIAL, NULL));
  /* Azerbaijani micro-district houses, numbered streets, a street without
   * its street word after a district */
  CHECK(finds(E, AZ, "Ünvan: Binəqədi qəs., 6-cı mkr., ev 14", GIZLI_T_ADDRESS,
              "Binəqədi qəs., 6-cı mkr., ev 14"));
  CHECK(finds(E, AZ, "Ünvan: Sumqayıt şəh., 18-ci mkr., bina 24, mən. 31", GIZLI_T_ADDRESS,
              "Sumqayıt şəh., 18-ci mkr., bina 24, mən. 31"));
  CHECK(finds(E, AZ, "Alan: Bakı, Suraxanı r-nu, Hövsan qəs., 2-ci küçə, ev 6, +994 70 551 23 48",
              GIZLI_T_ADDRESS, "Bakı, Suraxanı r-nu, Hövsan qəs., 2-ci küçə, ev 6"));
  CHECK(finds(E, AZ, "Mənzil satılır — Nərimanov r., Ə.Rəcəbli 3/8, 3 otaq", GIZLI_T_ADDRESS,
              "Nərimanov r., Ə.Rəcəbli 3/8"));
  CHECK(finds(E, AZ, "Elan: Yasamal rayonu, Şərifzadə 88 ünvanında", GIZLI_T_ADDRESS,
              "Yasamal rayonu, Şərifzadə 88"));
  CHECK(finds(E, AZ, "Yasamal rayonu, 9/16, təmirli.", GIZLI_T_ADDRESS, NULL));
  /* a table's header cell is the label of the values below it */
  CHECK(finds(E, AZ,
              "id,ad,fin,telefon\n1,Rəna,ZX9QF8U,+994552017744\n2,Vaqif,WTFV7MT,+994517734410",
              GIZLI_T_AZ_FIN, "WTFV7MT"));
  CHECK(finds(E, AZ, "№ | Ad | FİN | Tel\n1 | Nərmin | 3Y2E18K | 050 417 22 39", GIZLI_T_AZ_FIN,
              "3Y2E18K"));
  CHECK(finds(E, AZ, "id,ad,kod,telefon\n1,Rəna,ZX9QF8U,+994552017744", GIZLI_T_AZ_FIN, NULL));
}

/* Batch 14 classes: keys of JSON and config files as context words, a month
 * and year before a birth verb, the Turkish civil-registry "D. Yeri ve
 * Tarihi", FİN labels of birth certificates and passports, an ID card after
 * Azerbaijani typed without diacritics, PHP and quoted mysql passwords, a
 * square as a Turkish street, and more health terms; each with lookalikes. */
TEST(realistic_forms_keys_and_labels) {
  CHECK(finds(E, EN, "{\"id\": 71, \"date_of_birth\": \"1983-07-21\", \"plan\": \"gold\"}",
              GIZLI_T_DATE_OF_BIRTH, "1983-07-21"));
  CHECK(finds(E, AZ, "musteri:\n  dogum_tarixi: 1992-06-30\n  seher: Sumqayit",
              GIZLI_T_DATE_OF_BIRTH, "1992-06-30"));
  CHECK(finds(E, EN, "<input name=\"birth-date\" value=\"04/11/1975\">", GIZLI_T_DATE_OF_BIRTH,
              "04/11/1975"));
  CHECK(finds(E, EN, "user.dateOfBirth = '1969-12-02';", GIZLI_T_DATE_OF_BIRTH, "1969-12-02"));
  CHECK(finds(E, EN, "{\"order_date\": \"1990-10-05\", \"status\": \"shipped\"}",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(
      finds(E, AZ, "{\"fin_kod\": \"5RB2K7D\", \"status\": \"aktiv\"}", GIZLI_T_AZ_FIN, "5RB2K7D"));
  /* month and year before a birth verb */
  CHECK(finds(E, TR, "Ağustos 1987 doğumluyum, Bursa'da yaşıyorum.", GIZLI_T_DATE_OF_BIRTH,
              "Ağustos 1987"));
  CHECK(
      finds(E, AZ, "Oğlum noyabr 2015-ci ildə anadan olub.", GIZLI_T_DATE_OF_BIRTH, "noyabr 2015"));
  CHECK(finds(E, AZ, "aprel 1971 təvəllüdlü sürücü", GIZLI_T_DATE_OF_BIRTH, "aprel 1971"));
  CHECK(finds(E, TR, "Ocak 2025 itibarıyla doğum izni 20 haftadır.", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, TR, "Eylül 2024 raporu: doğumlu sayısı arttı", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* civil registry: place and date of birth */
  CHECK(finds(E, TR, "Annesi Fatma, D. Yeri ve Tarihi: Tokat 23.05.1958, Medeni Hali: Evli",
              GIZLI_T_DATE_OF_BIRTH, "23.05.1958"));
  CHECK(finds(E, TR, "D.Yeri/Tarihi: Kars 03.04.1962", GIZLI_T_DATE_OF_BIRTH, "03.04.1962"));
  CHECK(finds(E, TR, "Veriliş Yeri ve Tarihi: Ankara 12.05.2020", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* FİN on a birth certificate and on a passport data page */
  CHECK(finds(E, AZ, "Şəxsi identifikasiya nömrəsi (FİN): 6XQ2P8K", GIZLI_T_AZ_FIN, "6XQ2P8K"));
  CHECK(finds(E, EN, "Nationality: AZE\nPersonal No: 2KL9MZT", GIZLI_T_AZ_FIN, "2KL9MZT"));
  CHECK(finds(E, AZ, "Rezervasiya kodu: X7K2P9Q", GIZLI_T_AZ_FIN, NULL));
  CHECK(finds(E, EN, "Order: 7QQ2ABC was shipped", GIZLI_T_AZ_FIN, NULL));
  /* an ID card after Azerbaijani typed without diacritics */
  CHECK(finds(E, AZ, "avtobusda sexsiyyet vesiqesi qalib, nomresi AA7310452", GIZLI_T_AZ_ID_CARD,
              "AA7310452"));
  CHECK(finds(E, AZ, "Sifariş AA7310452 çatdırıldı", GIZLI_T_AZ_ID_CARD, NULL));
}

TEST(realistic_forms_secrets_places_health) {
  CHECK(finds(E, EN, "$conf = ['user' => 'shop', 'password' => 'Tq9#vL2!mw'];", GIZLI_T_CREDENTIAL,
              "Tq9#vL2!mw"));
  CHECK(finds(E, EN, "  :password => \"Rb8kz!Q1x\",", GIZLI_T_CREDENTIAL, "Rb8kz!Q1x"));
  CHECK(
      finds(E, TR, "mysql -h db1 -u app -p\"Kx7-pq!92\" magaza", GIZLI_T_CREDENTIAL, "Kx7-pq!92"));
  CHECK(finds(E, EN, "Access denied for user 'app'@'localhost' (using password: NO)",
              GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "ERROR 1045: Access denied (using password: YES)", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "password = None", GIZLI_T_CREDENTIAL, NULL));
  /* a square as the street of a Turkish address */
  CHECK(finds(E, TR, "Gişe: Cumhuriyet Meydanı No:5 35250 Konak/İzmir", GIZLI_T_ADDRESS,
              "Cumhuriyet Meydanı No:5 35250 Konak/İzmir"));
  CHECK(finds(E, TR, "Meydanı dolduran kalabalık şarkıya eşlik etti.", GIZLI_T_ADDRESS, NULL));
  /* health: chronic diseases with their stage, allergies, az diagnoses */
  CHECK(finds(E, EN, "known chronic kidney disease stage 4, on dialysis planning",
              GIZLI_T_SPECIAL_CATEGORY, "chronic kidney disease stage 4"));
  CHECK(finds(E, EN, "Medical notes: severe shellfish allergy", GIZLI_T_SPECIAL_CATEGORY,
              "shellfish allergy"));
  CHECK(finds(E, TR, "Tanı: kronik böbrek hastalığı evre 3", GIZLI_T_SPECIAL_CATEGORY,
              "kronik böbrek hastalığı evre 3"));
  CHECK(finds(E, TR, "Çocuğun fıstık alerjisi var.", GIZLI_T_SPECIAL_CATEGORY, "fıstık alerjisi"));
  CHECK(finds(E, AZ, "Diaqnoz: arterial hipertenziya, II dərəcə", GIZLI_T_SPECIAL_CATEGORY,
              "arterial hipertenziya"));
  CHECK(finds(E, AZ, "Xəstədə penisillin allergiyası qeyd olunub", GIZLI_T_SPECIAL_CATEGORY,
              "penisillin allergiyası"));
  CHECK(finds(E, EN, "Allergies: none", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "That meeting almost gave me a heart attack", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Michael Parkinson interviewed the band", GIZLI_T_SPECIAL_CATEGORY, NULL));
}

TEST(realistic_forms_9) {
  /* a user name and its password as a pair; a version is no password, and
   * the user name before " / " is none either */
  CHECK(finds(E, AZ, "login: admin / Xezer2026!", GIZLI_T_CREDENTIAL, "Xezer2026!"));
  CHECK(finds(E, EN, "ssh admin@192.168.1.1\nadmin / Netgear#4471", GIZLI_T_CREDENTIAL,
              "Netgear#4471"));
  CHECK(finds(E, TR, "kullanıcı/şifre: admin / Kurulum.2026", GIZLI_T_CREDENTIAL, "Kurulum.2026"));
  CHECK(finds(E, AZ, "Router IP: 192.168.0.1, admin / v1.0.4", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "see /home/admin/scripts2026 for it", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "sysadmin/tools-2026 repo", GIZLI_T_CREDENTIAL, NULL));
  /* Turkish locality ("mevki") addresses */
  CHECK(finds(E, TR, "Kiralanan: İleribaşı Mevkii, Belek 07506 Serik/Antalya", GIZLI_T_ADDRESS,
              "İleribaşı Mevkii, Belek 07506 Serik/Antalya"));
  CHECK(finds(E, TR, "Adres: Karşıyaka Mevkii, Kocaali Köyü, Gölbaşı/Ankara", GIZLI_T_ADDRESS,
              "Karşıyaka Mevkii, Kocaali Köyü, Gölbaşı/Ankara"));
  CHECK(finds(E, TR, "Yeni Adres: Kavaklı Mevkii, Çamlık Sitesi B Blok No:4 Kuşadası/Aydın",
              GIZLI_T_ADDRESS, "Kavaklı Mevkii, Çamlık Sitesi B Blok No:4 Kuşadası/Aydın"));
  /* Azerbaijani villages and settlements with their district, a street
   * without its street word after a city or before a flat */
  CHECK(
      finds(E, AZ, "Ünvan: Qusar rayonu, Laza kəndi", GIZLI_T_ADDRESS, "Qusar rayonu, Laza kəndi"));
  CHECK(finds(E, AZ, "Ünvan: Quba rayonu, Qırmızı Qəsəbə, Y.Şahnazarov 12", GIZLI_T_ADDRESS,
              "Quba rayonu, Qırmızı Qəsəbə, Y.Şahnazarov 12"));
  CHECK(finds(E, AZ, "bağlamanız Şəki şəhəri, M.F.Axundov 34 poçt şöbəsinə çatıb", GIZLI_T_ADDRESS,
              "Şəki şəhəri, M.F.Axundov 34"));
  CHECK(finds(E, AZ, "Mənzil: Şərifzadə 173, mənzil 41, Bakı", GIZLI_T_ADDRESS,
              "Şərifzadə 173, mənzil 41, Bakı"));
  CHECK(finds(E, AZ, "Tədbir Gəncə şəhəri, Noyabr 2026 tarixində", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, AZ, "Otaq 3, mənzil 2 nəfərlikdir.", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, TR, "Belek Mevkii otelleri", GIZLI_T_ADDRESS, NULL));
  /* a card before ",09/28" after grouped digits; "TC:" labels a TCKN */
  CHECK(finds(E, EN, "Kevin Brooks,kbrooks@yahoo.com,555-201-4478,4828 9564 2735 8176,09/28",
              GIZLI_T_CREDIT_CARD, "4828 9564 2735 8176"));
  CHECK(finds(E, TR, "Otobüs Bileti\nYolcu: FURKAN YILMAZ\nTC: 93457399346", GIZLI_T_TR_TCKN,
              "93457399346"));
  /* a contradicting label counts twice for an unvalidated value */
  CHECK(finds(E, AZ, "Abonent: Vüqar Kərimov | Abonent kodu 0211345671", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "Referans: 13522675472 numaralı T.C. kimlik sahibine", GIZLI_T_TR_TCKN,
              "13522675472"));
  /* chronic conditions */
  CHECK(finds(E, TR, "Tanı: KOAH", GIZLI_T_SPECIAL_CATEGORY, "KOAH"));
  CHECK(finds(E, EN, "suspected atrial fibrillation", GIZLI_T_SPECIAL_CATEGORY,
              "atrial fibrillation"));
  /* batch 13: a "document" column labels an Azerbaijani passport number (not
   * a bare C + 8 digits); a wheelchair user */
  CHECK(finds(E, AZ, "Otaq | Ad Soyad | Sənəd | Telefon\n312 | Elmar Rüstəmov | C47111003 | —",
              GIZLI_T_AZ_PASSPORT, "C47111003"));
  CHECK(finds(E, AZ, "Sifariş kodu C47111003 hazırdır", GIZLI_T_AZ_PASSPORT, NULL));
  CHECK(finds(E, EN, "rm 15 ground floor (wheelchair user)", GIZLI_T_SPECIAL_CATEGORY,
              "wheelchair user"));
}

/* Structured data in chat replies, free-form addresses and phones after
 * weak contradicting words (issue 2, classes of the batch 14 leaks). */
TEST(realistic_forms_10) {
  /* an area code in brackets is written only for a phone: an order word
   * does not count against it; the same digits run together stay an order */
  CHECK(finds(E, AZ, "Sifariş: (022) 256 33 10 | +994 50 256 33 10", GIZLI_T_PHONE,
              "(022) 256 33 10"));
  CHECK(finds(E, TR, "Sipariş: 0 (212) 555 12 34", GIZLI_T_PHONE, "0 (212) 555 12 34"));
  CHECK(finds(E, AZ, "Sifariş: +994 50 256 33 10", GIZLI_T_PHONE, "+994 50 256 33 10"));
  CHECK(finds(E, AZ, "Sifariş: 0222563310", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "Sipariş No: 5321234567", GIZLI_T_PHONE, NULL));
  /* so is a subscriber number grouped 3-2-2 after the trunk 0, unless
   * another digit group is glued to it */
  CHECK(finds(E, TR, "Sipariş: 0532 123 45 67", GIZLI_T_PHONE, "0532 123 45 67"));
  CHECK(finds(E, AZ, "Sifariş: 050 234 56 78", GIZLI_T_PHONE, "050 234 56 78"));
  CHECK(finds(E, TR, "Sipariş No: 05321234567", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "Ref: 0532 123 45 67 89", GIZLI_T_PHONE, NULL));
  /* any number with its '+' country code */
  CHECK(finds(E, EN, "Orders: +44 20 7946 0958", GIZLI_T_PHONE, "+44 20 7946 0958"));
  CHECK(finds(E, TR, "Sipariş için: +49 30 901820", GIZLI_T_PHONE, "+49 30 901820"));
  /* a 444 number grouped as advertised needs no phone word; run together
   * it does */
  CHECK(finds(E, TR, "Bize ulaşın: 444 0 123 (7/24)", GIZLI_T_PHONE, "444 0 123"));
  CHECK(finds(E, TR, "Toplam 4440123 kayıt", GIZLI_T_PHONE, NULL));
  /* "VD" (vergi dairesi) on an invoice labels a VKN */
  CHECK(finds(E, TR, "Fatura: Kadıköy VD 7500407931", GIZLI_T_TR_VKN, "7500407931"));
  CHECK(finds(E, TR, "Fatura no: 7500407931", GIZLI_T_TR_VKN, NULL));
  /* a short chat reply sees the question on the line above, after a time
   * stamp and a speaker, a few words before it */
  CHECK(finds(E, AZ,
              "[09:12] Operator Aynur: Təsdiq üçün FİN kodunuzu göndərin zəhmət olmasa\n"
              "[09:13] Müştəri: 5ZK7R2P",
              GIZLI_T_AZ_FIN, "5ZK7R2P"));
  CHECK(finds(E, AZ, "Operator: Məhsulun kodunu yazın zəhmət olmasa\nMüştəri: 5ZK7R2P",
              GIZLI_T_AZ_FIN, NULL));
  CHECK(finds(E, EN,
              "Agent (Dan): Thanks! Could you confirm the full name and date of birth?\n"
              "Caller: Sarah Jones, 22/05/1990",
              GIZLI_T_DATE_OF_BIRTH, "22/05/1990"));
  CHECK(finds(E, EN, "Agent: Which date suits you for the engineer visit?\nCaller: 22/05/2026",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a speaker of two capitalised words; under an empty form field a value
   * with a label of its own is no answer */
  CHECK(finds(E, TR, "Temsilci: Vergi numaranızı alabilir miyim?\nFirma Yetkilisi: 7500407931",
              GIZLI_T_TR_VKN, "7500407931"));
  CHECK(finds(E, TR, "Doğum Tarihi:\nYatış: 11.11.2026", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "Doğum tarixi:\n12.03.1985", GIZLI_T_DATE_OF_BIRTH, "12.03.1985"));
  /* a bare label line between the question and the reply */
  CHECK(finds(E, AZ, "Sorğu üçün FİN kodunuzu göndərin.\nCavab:\n5ZK7R2P", GIZLI_T_AZ_FIN,
              "5ZK7R2P"));
  CHECK(finds(E, AZ, "Məhsulun kodunu göndərin.\nCavab:\n5ZK7R2P", GIZLI_T_AZ_FIN, NULL));
  /* and a blank line; a label with its own value still does not reach */
  CHECK(finds(E, AZ, "Doğum tarixi:\n\n12.03.1985", GIZLI_T_DATE_OF_BIRTH, "12.03.1985"));
  CHECK_EQ_INT(count_type(E, TR, "Doğum Tarihi: 04/09/1949\n\n11.11.2026", GIZLI_T_DATE_OF_BIRTH),
               1);
  /* a form label is no reply; a label above with its own value does not
   * reach the next line */
  CHECK(finds(E, EN, "What is your date of birth?\nAppointment date: 14/08/2026",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK_EQ_INT(
      count_type(E, TR, "Doğum Tarihi: 04/09/1949\nYatış: 11.11.2026", GIZLI_T_DATE_OF_BIRTH), 1);
  CHECK(finds(E, TR, "Doğum tarihinizi yazar mısınız?\nHasta: 04/09/1949", GIZLI_T_DATE_OF_BIRTH,
              "04/09/1949"));
  /* a title inside an Azerbaijani street name; a Turkish neighbourhood
   * alone is a place, with its street an address */
  CHECK(finds(E, AZ, "Ünvan: Gəncə şəhəri, Cavad xan küçəsi 51", GIZLI_T_ADDRESS,
              "Gəncə şəhəri, Cavad xan küçəsi 51"));
  CHECK(finds(E, AZ, "Filial: Şəki, Əli bəy Hüseynzadə küçəsi 14", GIZLI_T_ADDRESS,
              "Şəki, Əli bəy Hüseynzadə küçəsi 14"));
  CHECK(finds(E, TR, "Konum: İstanbul / Kartal / Yakacık Yeni Mah.", GIZLI_T_ADDRESS, NULL));
  /* "pr-ti", "küç" without its dot, a numbered quarter ("məhəllə") */
  CHECK(finds(E, AZ, "Ünvan: Bakı ş., Səbail r., Bülbül pr-ti 29.", GIZLI_T_ADDRESS,
              "Bakı ş., Səbail r., Bülbül pr-ti 29"));
  CHECK(finds(E, AZ, "Anbar: Nizami küç 7, 2-ci qapı", GIZLI_T_ADDRESS, "Nizami küç 7"));
  CHECK(finds(E, AZ, "Ünvan: Sumqayıt şəh., 18-ci məhəllə, ev 5, mən. 40", GIZLI_T_ADDRESS,
              "Sumqayıt şəh., 18-ci məhəllə, ev 5, mən. 40"));
  CHECK(finds(E, AZ, "Bu məhəllədə 5 ev satılır", GIZLI_T_ADDRESS, NULL));
  /* a street name and number with no street word after the address label */
  CHECK(finds(E, AZ, "Ünvan: Şərifzadə 173", GIZLI_T_ADDRESS, "Şərifzadə 173"));
  CHECK(finds(E, AZ, "Qeydiyyat ünvanı: Ə.Rəcəbli 3/8", GIZLI_T_ADDRESS, "Ə.Rəcəbli 3/8"));
  CHECK(finds(E, AZ, "Ünvan: Şərifzadə 173, mənzil 41, Bakı", GIZLI_T_ADDRESS,
              "Şərifzadə 173, mənzil 41, Bakı"));
  CHECK(finds(E, AZ, "Ünvan: Bakı 2026-cı ildə dəyişib", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, AZ, "Bizdə var, Şərifzadə 173, metroya 5 dəq", GIZLI_T_ADDRESS, NULL));
  /* Turkish: a building between the street and its number, "12/3" without
   * "No" (not a year and number) */
  CHECK(finds(E, TR, "Adres: Kazım Karabekir Cad. Emek Apt. No: 14/6 Çankaya/Ankara",
              GIZLI_T_ADDRESS, "Kazım Karabekir Cad. Emek Apt. No: 14/6 Çankaya/Ankara"));
  CHECK(finds(E, TR, "Teslimat: Çiçek Sok. 12/3 Bornova/İzmir", GIZLI_T_ADDRESS,
              "Çiçek Sok. 12/3 Bornova/İzmir"));
  CHECK(finds(E, TR, "Gül Sokak 2024/11 sayılı karar", GIZLI_T_ADDRESS, NULL));
  /* French street words are also capitalised */
  CHECK(finds(E, EN, "Address: 15 Rue de Rivoli, 75001 Paris, France", GIZLI_T_ADDRESS,
              "15 Rue de Rivoli, 75001 Paris"));
  /* a number after a capitalised word is part of a title, not a house
   * number (a label before it is fine) */
  CHECK(finds(E, EN, "Top 10 Things, Austin, TX 78701", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Office 1450 Broadway, New York, NY 10018", GIZLI_T_ADDRESS,
              "1450 Broadway, New York, NY 10018"));
  CHECK(finds(E, TR, "Adres: Yakacık Yeni Mah. Çınar Sk. No: 7 Kartal/İstanbul", GIZLI_T_ADDRESS,
              "Yakacık Yeni Mah. Çınar Sk. No: 7 Kartal/İstanbul"));
}

/* Classes behind the leaks of blind batch 16, with new sentences. */
TEST(blind_batch_16) {
  /* Irish national numbers: mobiles 08x and Dublin 01 alone, other area
   * codes only with a phone word; UK 03xx, mobiles in pairs, and the
   * London 3-4-4 layout next to a reference word */
  CHECK(finds(E, EN, "Text Ciaran on 086 215 4490 after six.", GIZLI_T_PHONE, "086 215 4490"));
  CHECK(finds(E, EN, "Reception desk, 01 668 2210 (Mon-Fri)", GIZLI_T_PHONE, "01 668 2210"));
  CHECK(finds(E, EN, "Galway office, tel. 091 536 400", GIZLI_T_PHONE, "091 536 400"));
  CHECK(finds(E, EN, "Ticket 091 536 400 was closed.", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, EN, "Order 01 668 2210 has shipped.", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, EN, "Billing team: 03300 123 456", GIZLI_T_PHONE, "03300 123 456"));
  CHECK(finds(E, EN, "my new mob 07912 34 56 78 x", GIZLI_T_PHONE, "07912 34 56 78"));
  CHECK(
      finds(E, EN, "Claim ref AB/7/19, enquiries 020 3318 4020.", GIZLI_T_PHONE, "020 3318 4020"));
  /* a date between a name and an ID label is a birth date; after a label
   * of its own it is not */
  CHECK(finds(E, AZ, "Sürücü: Elvin Qasımov, 1991-07-30, FİN: 5ZK7R2P", GIZLI_T_DATE_OF_BIRTH,
              "1991-07-30"));
  CHECK(finds(E, EN, "Insured: Mark Ellis, 14/09/1968, SSN on file", GIZLI_T_DATE_OF_BIRTH,
              "14/09/1968"));
  CHECK(finds(E, AZ, "Müraciət: 14.02.2024, FİN: 5ZK7R2P", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "FİN: 5ZK7R2P, qəbul tarixi 14.02.2024", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a Turkish date written out: year, month, day */
  CHECK(finds(E, TR, "Müvekkilim 1975 yılı Ekim ayının 21'i doğumludur.", GIZLI_T_DATE_OF_BIRTH,
              "1975 yılı Ekim ayının 21'i"));
  CHECK(finds(E, TR, "Kurul 2025 yılı Ekim ayının 21'inde toplandı.", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* passwords after "pw was", Redis' requirepass and curl's -u user:pass;
   * "pw" inside a token, "-u" without a password and a template are none */
  CHECK(finds(E, EN, "fyi my pw is Gr33nTea#41 for the wiki", GIZLI_T_CREDENTIAL, "Gr33nTea#41"));
  CHECK(finds(E, EN, "requirepass Qm7$tR2vLx9k", GIZLI_T_CREDENTIAL, "Qm7$tR2vLx9k"));
  CHECK(finds(E, EN, "$ curl --user ops:Tr0ut!Lake https://api.example.org/v1", GIZLI_T_CREDENTIAL,
              "Tr0ut!Lake"));
  CHECK(finds(E, EN, "the pw was reset yesterday", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "curl -u ops https://api.example.org/v1", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "curl -u ops:$API_TOKEN https://api.example.org", GIZLI_T_CREDENTIAL, NULL));
  /* the user:password@host part of a URL is no e-mail and no handle; a
   * mail address in a query string is, also URL-encoded */
  CHECK(finds(E, EN, "amqp://svc:Wq9^kd_77@mq.internal.example.com/vhost", GIZLI_T_EMAIL, NULL));
  CHECK(finds(E, EN, "amqp://svc:Wq9^kd_77@mq.internal.example.com/vhost", GIZLI_T_CREDENTIAL,
              "Wq9^kd_77"));
  CHECK(finds(E, EN, "redis://:Lk2-99@cache:6379/0", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "GET /signup?ref=ad&mail=j.tan%40outlook.com 200", GIZLI_T_EMAIL,
              "j.tan%40outlook.com"));
  CHECK(finds(E, EN, "https://shop.example/form?mail=j.tan@outlook.com", GIZLI_T_EMAIL,
              "j.tan@outlook.com"));
  CHECK(finds(E, EN, "a 100%40 split", GIZLI_T_EMAIL, NULL));
  /* a health word that starts a verb, a new facility, and a form label
   * whose answer names the condition are not special-category data; the
   * word with a case suffix, a person's stay at a unit and a label answered
   * "yes" are */
  CHECK(finds(E, TR, "Satıcı beni her yerden engelliyor.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, TR, "Kardeşim engellidir.", GIZLI_T_SPECIAL_CATEGORY, "engellidir"));
  CHECK(finds(E, EN, "The trust will open a new dialysis centre in Leeds.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "He was moved to the dialysis centre on Monday.", GIZLI_T_SPECIAL_CATEGORY,
              "dialysis"));
  CHECK(count_type(E, TR, "Engellilik: %60 görme engelli", GIZLI_T_SPECIAL_CATEGORY) == 1);
  /* batch 26: the impairment named whole ("görme engelli") */
  CHECK(finds(E, TR, "Engellilik: %60 görme engelli", GIZLI_T_SPECIAL_CATEGORY, "görme engelli"));
  CHECK(finds(E, TR, "Engellilik: Var", GIZLI_T_SPECIAL_CATEGORY, "Engellilik: Var"));
  /* Reddit user names in Reddit text; units and paths are none */
  CHECK(finds(E, EN, "r/AskUK: posted by u/quiet_otter_77 2h ago", GIZLI_T_SOCIAL_HANDLE,
              "u/quiet_otter_77"));
  CHECK(finds(E, TR, "Reddit'te /u/ankarali_dev yazmış", GIZLI_T_SOCIAL_HANDLE, "u/ankarali_dev"));
  CHECK(finds(E, EN, "r/diabetes: I take 12 u/day of insulin", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "copied to /srv/u/backups last night", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "the menu/about page links to u/something", GIZLI_T_SOCIAL_HANDLE, NULL));
}

/* Texts whose last bytes end a candidate, scanned from an exact-size heap
 * copy (no terminator after them): under the sanitizer build any read past
 * the end fails here. The findings must equal those of a terminated copy.
 * The first text is the fuzz_scan input that found such a read in cap_at. */
TEST(reads_stop_at_text_end) {
  static const char *const texts[] = {"DOB: 1979-11-02, 1979-2, 221 Baker Street, London NW0 6NE, ",
                                      "221 Baker Street, London NW1 6XE",
                                      "Nərimanov r., Ə.Rəcəbli 3/8",
                                      "Ünvan: Qusar rayonu, Laza kəndi",
                                      "Tel: 0532/418 66 21",
                                      "admin / Xezer2026!",
                                      "a,b,FIN\n1,x,ZX9QF8U",
                                      "mysql -u root -phunter2pass",
                                      "Kiralanan: İleribaşı Mevkii, Belek 07506 Serik/Antalya",
                                      "Ünvan: Şərifzadə 173",
                                      "Top 10 Things, Austin, TX 78701",
                                      "Sifariş: (022) 256 33 10",
                                      "FİN kodunuzu yazın\nCavab:\n5ZK7R2P",
                                      NULL};
  for (int k = 0; texts[k]; k++) {
    size_t len = strlen(texts[k]);
    char *exact = malloc(len);
    CHECK(exact != NULL);
    if (!exact) return;
    memcpy(exact, texts[k], len);
    gizli_scratch *s1 = NULL, *s2 = NULL;
    const gizli_finding *f1, *f2;
    size_t n1 = 0, n2 = 0;
    CHECK_EQ_INT(gizli_scratch_create(E, &s1), GIZLI_OK);
    CHECK_EQ_INT(gizli_scratch_create(E, &s2), GIZLI_OK);
    CHECK_EQ_INT(gizli_scan(E, s1, exact, len, GIZLI_LANG_AUTO, &f1, &n1), GIZLI_OK);
    CHECK_EQ_INT(gizli_scan(E, s2, texts[k], len, GIZLI_LANG_AUTO, &f2, &n2), GIZLI_OK);
    CHECK_EQ_INT(n1, n2);
    for (size_t i = 0; i < n1 && i < n2; i++)
      CHECK(f1[i].start == f2[i].start && f1[i].end == f2[i].end && f1[i].type == f2[i].type);
    gizli_scratch_free(s1);
    gizli_scratch_free(s2);
    free(exact);
  }
}

/* Diagnoses, fertility treatment and sentences added with blind batch 16.
 * The special-category word list is now longer than Hyperscan accepts in
 * one expression, so this also checks that its pieces (ctx_anchor_regex)
 * all match: words from the start and the end of the list. */
TEST(special_category_batch_16) {
  CHECK(finds(E, TR, "Oğlumuz dün gece apandisit ameliyatı oldu", GIZLI_T_SPECIAL_CATEGORY,
              "apandisit"));
  CHECK(finds(E, AZ, "Xəstədə atrial fibrilyasiya aşkarlanıb", GIZLI_T_SPECIAL_CATEGORY,
              "atrial fibrilyasiya"));
  CHECK(finds(E, EN, "They started IVF in March after two years of trying",
              GIZLI_T_SPECIAL_CATEGORY, "IVF"));
  CHECK(finds(E, EN, "He was sentenced to 18 months' imprisonment", GIZLI_T_SPECIAL_CATEGORY,
              "18 months' imprisonment"));
  CHECK(finds(E, TR, "Sanığa 2 yıl hapis cezası verildi", GIZLI_T_SPECIAL_CATEGORY,
              "2 yıl hapis cezası"));
  CHECK(
      finds(E, EN, "Known prediabetes, diet controlled", GIZLI_T_SPECIAL_CATEGORY, "prediabetes"));
  /* first and last words of the list */
  CHECK(finds(E, EN, "history of diabetes", GIZLI_T_SPECIAL_CATEGORY, "diabetes"));
  CHECK(finds(E, TR, "parmak izi kaydı alındı", GIZLI_T_SPECIAL_CATEGORY, "parmak izi"));
  /* not health or crime */
  CHECK(finds(E, EN, "The ivfx codec and the imprison gate", GIZLI_T_SPECIAL_CATEGORY, NULL));
}

TEST(blind_batch_17) {
  /* profile addresses: the user name only; site pages and other hosts not */
  CHECK(finds(E, EN, "Portfolio: https://github.com/kamran-dev92/tools", GIZLI_T_SOCIAL_HANDLE,
              "kamran-dev92"));
  CHECK(finds(E, AZ, "Profil: www.linkedin.com/in/nigar-aliyeva-88.", GIZLI_T_SOCIAL_HANDLE,
              "nigar-aliyeva-88"));
  CHECK(finds(E, EN, "POST https://x.com/v1 and https://x.com/api", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "See github.com/features and api.github.com/users", GIZLI_T_SOCIAL_HANDLE,
              NULL));
  CHECK(finds(E, EN, "Mirror at notgithub.com/pkg", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* a CSV row with one cell fewer than its header (name and surname in one) */
  CHECK(finds(E, AZ, "ad,soyad,fin,telefon\nAynur Quliyeva,5RTQ2KP,+994503334455\n", GIZLI_T_AZ_FIN,
              "5RTQ2KP"));
  /* upper-case Turkish password label; a directory is no secret */
  CHECK(finds(E, TR, "YENİ ŞİFRENİZ: Kp7#mQ2xLa", GIZLI_T_CREDENTIAL, "Kp7#mQ2xLa"));
  CHECK(finds(E, EN, "sudo: app : PWD=/var/www/app ; USER=root", GIZLI_T_CREDENTIAL, NULL));
  /* UK mobile 5-3-3 next to an order word; a 4-3-4 order number is not */
  CHECK(finds(E, EN, "Phone given on the order: 07911 123 456", GIZLI_T_PHONE, "07911 123 456"));
  CHECK(finds(E, EN, "Order 0161 276 1234 was dispatched", GIZLI_T_PHONE, NULL));
  /* Turkish plate with three letters and four digits, only with a plate word */
  CHECK(finds(E, TR, "06 BRT 5512 plakalı araç çekildi", GIZLI_T_TR_PLATE, "06 BRT 5512"));
  CHECK(finds(E, TR, "Fatura 06 KDV 2024 dönemi", GIZLI_T_TR_PLATE, NULL));
  /* offences, a lung disease, infection markers with their result, ICD codes */
  CHECK(finds(E, EN, "He admitted burglary at the hearing", GIZLI_T_SPECIAL_CATEGORY, "burglary"));
  CHECK(finds(E, TR, "Sürücü alkollü araç kullanırken durduruldu", GIZLI_T_SPECIAL_CATEGORY,
              "alkollü araç kullanırken"));
  CHECK(finds(E, EN, "arrested for driving under the influence", GIZLI_T_SPECIAL_CATEGORY,
              "driving under the influence"));
  CHECK(finds(E, TR, "Hastada kronik obstrüktif akciğer hastalığı var", GIZLI_T_SPECIAL_CATEGORY,
              "kronik obstrüktif akciğer hastalığı"));
  CHECK(finds(E, AZ, "HBsAg: müsbət", GIZLI_T_SPECIAL_CATEGORY, "HBsAg: müsbət"));
  CHECK(finds(E, TR, "Anti-HCV: NEGATİF", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, TR, "Tanı kodu: K35.8", GIZLI_T_SPECIAL_CATEGORY, "K35.8"));
  CHECK(finds(E, EN, "Diagnosis (ICD-10): F32.1", GIZLI_T_SPECIAL_CATEGORY, "F32.1"));
  CHECK(finds(E, EN, "Part no: E11.9, colour: red", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Diagnosis: pending, form E11.9", GIZLI_T_SPECIAL_CATEGORY, NULL));
}

/* Batch 18: a condition or an offence about someone is special-category
 * data, the same word in general information (a health article, an
 * allergen notice, a police appeal) is not; an offence charged under its
 * statute, an infection marker with its result and a diagnosis code with
 * its name are one span each. */
TEST(special_category_batch_18) {
  CHECK(finds(E, AZ, "11.03.2024 tarixində kəskin bronxit diaqnozu ilə müalicədə olmuşdur",
              GIZLI_T_SPECIAL_CATEGORY, "kəskin bronxit"));
  CHECK(finds(E, EN, "Rx: Sertraline 50 mg once daily for a first depressive episode",
              GIZLI_T_SPECIAL_CATEGORY, "depressive episode"));
  CHECK(finds(E, EN, "I'm still getting night sweats since the switch", GIZLI_T_SPECIAL_CATEGORY,
              "night sweats"));
  /* the result of an infection marker is what the person has */
  CHECK(finds(E, TR, "HBsAg: Reaktif (pozitif)\nNumune No: 2406", GIZLI_T_SPECIAL_CATEGORY,
              "HBsAg: Reaktif (pozitif)"));
  CHECK(finds(E, TR, "HBsAg: Negatif", GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* a dash between a marker and its result, a non-reactive HIV test */
  CHECK(finds(E, AZ, "Analiz: HBsAg — müsbət; Anti-HCV — mənfi", GIZLI_T_SPECIAL_CATEGORY,
              "HBsAg — müsbət"));
  CHECK(finds(E, AZ, "Analiz: Anti-HCV - mənfi", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(
      finds(E, EN, "HIV-1/2 Ag/Ab: Non-reactive\nTSH: 2.1 mIU/L", GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* an offence charged under its statute, from after the charge words */
  CHECK(finds(E, EN,
              "The defendant pleaded guilty to fraud by false representation contrary to "
              "section 2 of the Fraud Act 2006 and was fined.",
              GIZLI_T_SPECIAL_CATEGORY,
              "fraud by false representation contrary to section 2 of the Fraud Act 2006"));
  CHECK(finds(E, EN, "Charged with theft contrary to s.1 Theft Act 1968.", GIZLI_T_SPECIAL_CATEGORY,
              "theft contrary to s.1 Theft Act 1968"));
  /* a statute without anyone charged is no offence */
  CHECK(finds(E, EN, "It is an offence contrary to section 2 of the Fraud Act 2006.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* a code and the diagnosis written after it */
  CHECK(finds(E, AZ, "Diaqnoz: I25.1 Aterosklerotik ürək xəstəliyi, II tip şəkərli diabet",
              GIZLI_T_SPECIAL_CATEGORY, "I25.1 Aterosklerotik ürək xəstəliyi"));
  /* general information: a group, a population, an article, a notice */
  CHECK(finds(E, EN,
              "Health matters: Type 2 diabetes now affects more than 4 million people in the UK.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, TR, "Çölyak hastaları için glutensiz menümüz mevcuttur.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(finds(E, TR, "Sağlık köşesi: Migren atakları genellikle stres ile tetiklenir.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Hipertoniya yetkin əhalinin üçdə birində rast gəlinir.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* ... but the same words about someone are */
  CHECK(finds(E, EN, "My father was diagnosed with type 2 diabetes, like millions of people.",
              GIZLI_T_SPECIAL_CATEGORY, "type 2 diabetes"));
  CHECK(finds(E, TR, "Hasta: Ayşe K. Tanı: Migren", GIZLI_T_SPECIAL_CATEGORY, "Migren"));
  CHECK(
      finds(E, EN, "Like millions of people, I have asthma.", GIZLI_T_SPECIAL_CATEGORY, "asthma"));
  CHECK(finds(E, TR, "Annem de milyonlarca insan gibi diyabet hastası.", GIZLI_T_SPECIAL_CATEGORY,
              "diyabet"));
  /* an offence as an event is not someone's record; a charge is */
  CHECK(finds(E, EN, "Officers investigating a burglary in Hove would like to speak to you.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Burglary rates rose again this year.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "He was arrested for a burglary in Hove.", GIZLI_T_SPECIAL_CATEGORY,
              "burglary"));
  /* a sentence with its term, an offence with its article or drug class,
   * a depressive episode with its grade */
  CHECK(finds(E, EN, "Sentence: 32 months' imprisonment.", GIZLI_T_SPECIAL_CATEGORY,
              "32 months' imprisonment"));
  CHECK(finds(E, TR, "Sanığın 1 yıl 3 ay hapis cezası ile cezalandırılmasına",
              GIZLI_T_SPECIAL_CATEGORY, "1 yıl 3 ay hapis cezası"));
  CHECK(finds(E, AZ, "təqsirli bilinərək 3 il azadlıqdan məhrum edilsin", GIZLI_T_SPECIAL_CATEGORY,
              "3 il azadlıqdan məhrum edilsin"));
  CHECK(finds(E, TR, "Suç: Hırsızlık (TCK 142/1)", GIZLI_T_SPECIAL_CATEGORY,
              "Hırsızlık (TCK 142/1)"));
  CHECK(finds(E, EN, "Offence: possession with intent to supply a Class B drug",
              GIZLI_T_SPECIAL_CATEGORY, "possession with intent to supply a Class B drug"));
  CHECK(finds(E, EN, "Rx: Sertraline 50 mg for moderate depressive episode",
              GIZLI_T_SPECIAL_CATEGORY, "moderate depressive episode"));
  /* no term: a number not before a unit of time */
  CHECK(finds(E, EN, "He served imprisonment twice", GIZLI_T_SPECIAL_CATEGORY, "imprisonment"));
  /* offences that are everyday words too: only with a charge, verdict,
   * record or suspect in the sentence */
  CHECK(finds(E, EN, "R v Connor Walsh, of Crewe, charged with theft. Next hearing in July.",
              GIZLI_T_SPECIAL_CATEGORY, "theft"));
  CHECK(finds(E, TR, "Şüphelinin beni tehdit ettiği hakkında", GIZLI_T_SPECIAL_CATEGORY, "tehdit"));
  CHECK(finds(E, AZ, "Onun barəsində dələduzluq faktı üzrə cinayət işi başlanıb.",
              GIZLI_T_SPECIAL_CATEGORY, "dələduzluq"));
  CHECK(finds(E, EN, "Protect your family from identity theft and online fraud.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Oğurluq hadisələrinin sayı bu il azalıb.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* an offence and its verdict with a space between are one phrase */
  CHECK(finds(E, TR, "Sabıka kaydı: 2017 yılında dolandırıcılıktan hükümlü",
              GIZLI_T_SPECIAL_CATEGORY, "dolandırıcılıktan hükümlü"));
}

TEST(special_category_batch_21) {
  /* an offence and its sentence joined by "təqsirli bilinərək" are one span;
   * the sentence alone stays a span of its own */
  CHECK(finds(E, AZ,
              "Cavabdeh narkotik vasitələrin qanunsuz saxlanılmasında təqsirli bilinərək 2 il "
              "azadlıqdan məhrum edilsin.",
              GIZLI_T_SPECIAL_CATEGORY,
              "narkotik vasitələrin qanunsuz saxlanılmasında təqsirli bilinərək 2 il azadlıqdan "
              "məhrum edilsin"));
  CHECK(finds(E, AZ, "Məhkəmə qərarı ilə 2 il azadlıqdan məhrum edilsin.", GIZLI_T_SPECIAL_CATEGORY,
              "2 il azadlıqdan məhrum edilsin"));
  /* an injury or a mass with its body site; no body part, no injury */
  CHECK(finds(E, EN, "Diagnosis: left hip fracture following fall", GIZLI_T_SPECIAL_CATEGORY,
              "left hip fracture"));
  CHECK(finds(E, AZ, "polisinizə əsasən sol diz oynağında menisk zədəsi ilə bağlı əməliyyat",
              GIZLI_T_SPECIAL_CATEGORY, "sol diz oynağında menisk zədəsi"));
  CHECK(finds(E, EN, "Chest X-ray shows a right upper lobe mass.", GIZLI_T_SPECIAL_CATEGORY,
              "right upper lobe mass"));
  CHECK(finds(E, EN, "A hairline fracture in the pipe caused the leak.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(finds(E, TR, "Yerde cam kırığı vardı, dikkat edin.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Avtomobilin zədəsi sığorta ilə ödənildi.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Xəstədə beyin zədəsi aşkarlanıb.", GIZLI_T_SPECIAL_CATEGORY, "beyin zədəsi"));
  /* multiword diagnoses and symptoms, with "worsening" before them */
  CHECK(finds(E, EN, "if you take anticoagulants for deep vein thrombosis as noted",
              GIZLI_T_SPECIAL_CATEGORY, "deep vein thrombosis"));
  CHECK(finds(E, EN, "see this gentleman with worsening shortness of breath and a cough",
              GIZLI_T_SPECIAL_CATEGORY, "worsening shortness of breath"));
  CHECK(finds(E, EN, "He reports alcohol dependence and is engaging with services.",
              GIZLI_T_SPECIAL_CATEGORY, "alcohol dependence"));
  CHECK(finds(E, TR, "OTİZM SPEKTRUM BOZUKLUĞU TANISI VAR.", GIZLI_T_SPECIAL_CATEGORY,
              "OTİZM SPEKTRUM BOZUKLUĞU"));
  /* a list of a disease's symptoms is general information */
  CHECK(finds(E, TR, "Kalp krizi belirtileri: göğüs ağrısı, sol kola yayılan ağrı, nefes darlığı.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* a disability with its group; a disability report is a document */
  CHECK(finds(E, AZ, "1958-ci ildə anadan olmuşam, I qrup əlilliyim var.", GIZLI_T_SPECIAL_CATEGORY,
              "I qrup əlilliyim"));
  CHECK(finds(E, TR, "KIZIM İÇİN ENGELLİ RAPORU ALMAK İSTİYORUM.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Əlilliyi olan şəxslər üçün güzəştlər artırılıb.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(finds(E, AZ, "Oğlumun əlilliyi olan sənədləri təqdim edirəm, II qrup əlilliyi var.",
              GIZLI_T_SPECIAL_CATEGORY, "II qrup əlilliyi"));
  /* a flu told of oneself, not a flu season */
  CHECK(finds(E, AZ, "imtahana gele bilmedim cunki qripp idim, arayis elave edirem",
              GIZLI_T_SPECIAL_CATEGORY, "qripp"));
  CHECK(finds(E, AZ, "Nazirlik xatırladır: qripin ilk əlamətləri yüksək hərarətdir.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* offences with a weapon or a drug, tied to a verdict or a suspect */
  CHECK(finds(E, EN, "appeal against sentence of 6 years for conspiracy to supply class A drugs.",
              GIZLI_T_SPECIAL_CATEGORY, "conspiracy to supply class A drugs"));
  CHECK(finds(E, EN, "He was convicted at Leeds Crown Court of possession of an offensive weapon.",
              GIZLI_T_SPECIAL_CATEGORY, "possession of an offensive weapon"));
  CHECK(finds(E, TR,
              "Şüpheli gözaltına alındı. Polis, bıçakla yaralama suçundan soruşturma başlattı.",
              GIZLI_T_SPECIAL_CATEGORY, "bıçakla yaralama"));
  CHECK(finds(E, TR, "Bıçakla yaralama vakaları bu yıl azaldı.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* a form's question names conditions, not the person's; "yes" does */
  CHECK(finds(E, EN, "Have you ever been treated for cancer, heart disease or mental illness? No",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Have you ever been treated for cancer? Yes, in 2019.",
              GIZLI_T_SPECIAL_CATEGORY, "cancer"));
  /* a share of adults is a population */
  CHECK(finds(E, EN, "Around 1 in 10 adults in the UK has diabetes.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
}

TEST(special_category_batch_22) {
  /* a kidney infection, a palsy, a gluten allergy, stress and anxiety */
  CHECK(finds(E, AZ, "Xəstə kəskin pielonefrit ilə uroloji şöbəyə yerləşdirilib.",
              GIZLI_T_SPECIAL_CATEGORY, "kəskin pielonefrit"));
  CHECK(finds(E, EN, "Her son has cerebral palsy and uses a walking frame.",
              GIZLI_T_SPECIAL_CATEGORY, "cerebral palsy"));
  CHECK(finds(E, TR, "Misafirimizin gluten alerjisi olduğu için menüyü değiştirdik.",
              GIZLI_T_SPECIAL_CATEGORY, "gluten alerjisi"));
  CHECK(finds(E, EN, "Sick note: anxiety, signed off for two weeks.", GIZLI_T_SPECIAL_CATEGORY,
              "anxiety"));
  /* a stroke told of someone; a stroke of luck is none */
  CHECK(finds(E, EN, "My father had a stroke last spring.", GIZLI_T_SPECIAL_CATEGORY,
              "had a stroke"));
  CHECK(finds(E, EN, "Finding the receipt was a stroke of luck: he had a stroke of genius too.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* a sentence being served, with its verb */
  CHECK(finds(E, EN, "Her brother is serving a prison sentence in HMP Leeds.",
              GIZLI_T_SPECIAL_CATEGORY, "serving a prison sentence"));
  /* a disease word after a listed name; a cancer with its organ */
  CHECK(finds(E, TR, "Tanı: Crohn hastalığı, kontrol 3 ayda bir.", GIZLI_T_SPECIAL_CATEGORY,
              "Crohn hastalığı"));
  CHECK(finds(E, EN, "Mrs Hale was treated for breast cancer in 2021.", GIZLI_T_SPECIAL_CATEGORY,
              "breast cancer"));
  /* an offence in the dative joined to the case opened for it */
  CHECK(finds(E, AZ, "Şübhəli şəxs barəsində oğurluğa görə cinayət işi başlanılıb.",
              GIZLI_T_SPECIAL_CATEGORY, "oğurluğa görə cinayət işi başlanılıb"));
  /* a case given by its number, a facility, a statistic, a leaflet title */
  CHECK(finds(E, AZ, "Sorğu: cinayət işi № 2640117 üzrə materiallar.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(finds(E, TR, "Lütfen engelli tuvaletini kilitli bırakmayın.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(
      finds(E, EN, "Disability access is via the side entrance.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Every year around 55,000 women are diagnosed with breast cancer in the UK.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Hər il təxminən 3 min nəfərə xərçəng diaqnozu qoyulur.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "We handed out the brochure \"Living well with diabetes\" at reception.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
}

TEST(blind_batch_18) {
  /* a password as the object of a verb in prose; a date, a hyphenated word
   * or a plain word there is none */
  CHECK(finds(E, TR, "Giriş yapamıyorum, şifremi Kaan.1987!x yaptım olmadı.", GIZLI_T_CREDENTIAL,
              "Kaan.1987!x"));
  CHECK(finds(E, AZ, "Parolumu Baku#2024 etdim, yenə açılmır", GIZLI_T_CREDENTIAL, "Baku#2024"));
  CHECK(finds(E, EN, "I changed my password to Winter2024!x yesterday", GIZLI_T_CREDENTIAL,
              "Winter2024!x"));
  CHECK(finds(E, TR, "Şifremi 12.03.2024 tarihinde değiştirdim", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, TR, "Şifreniz e-posta adresinize gönderildi", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, TR, "Şifresini unuttuğunu söyledi", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "Send your password to https://evil.example/x now", GIZLI_T_CREDENTIAL, NULL));
  /* a Kubernetes or ECS environment entry whose name is a password */
  CHECK(finds(E, EN, "env:\n  - name: SMTP_PASSWORD\n    value: \"BQ628zW0uZu1b*Bvi\"\n",
              GIZLI_T_CREDENTIAL, "BQ628zW0uZu1b*Bvi"));
  CHECK(finds(E, EN, "[{\"name\": \"DB_PASSWORD\", \"value\": \"Qz8!kLmP2x\"}]", GIZLI_T_CREDENTIAL,
              "Qz8!kLmP2x"));
  CHECK(finds(E, EN, "  - name: LOG_LEVEL\n    value: debug2\n", GIZLI_T_CREDENTIAL, NULL));
  /* e-mail:password pairs of a leaked combo list; a port, a git path and a
   * file copied with scp are none */
  CHECK(finds(E, EN, "Found in a paste:\nj.holloway@company.com:Summer2023!\n", GIZLI_T_CREDENTIAL,
              "Summer2023!"));
  CHECK(finds(E, EN, "smtp relay user@mail.com:587", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "git clone git@github.com:org/repo2.git", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "scp a.txt deploy@host.com:Backup_01", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "copy to deploy@host.com:backup.tar.gz", GIZLI_T_CREDENTIAL, NULL));
  /* a lower-case FİN as a chat reply after a "- " marker */
  CHECK(finds(E, AZ, "Chat:\n- fin kodunu at leyla\n- xp5afwk\n- tesekkur\n", GIZLI_T_AZ_FIN,
              "xp5afwk"));
  /* a date right after the patient's name on the patient line; a visit
   * date later in the sentence is none */
  CHECK(finds(E, AZ, "Analiz\nPasiyent: Vüqar Cəfərov, 03.01.1969\nQlükoza: 9.8",
              GIZLI_T_DATE_OF_BIRTH, "03.01.1969"));
  CHECK(finds(E, EN, "Patient: J. Doe, 05/08/1983", GIZLI_T_DATE_OF_BIRTH, "05/08/1983"));
  CHECK(finds(E, AZ, "Pasiyent: Vüqar Cəfərov, 03.01.2024 tarixində qəbul edilib",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN, "Patient seen on 12/03/2024, stable", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a number named as an application or order ("... numaralı başvuru") is
   * no phone; one named as a phone is */
  CHECK(finds(E, TR, "Sayın Umut Kara,\n4206528804 numaralı başvurunuzda belirttiğiniz IBAN",
              GIZLI_T_PHONE, NULL));
  CHECK(finds(E, AZ, "0502345678 nömrəli müraciətiniz qəbul edildi", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, AZ, "Əlaqə: 0502345678 nömrəli telefon", GIZLI_T_PHONE, "0502345678"));
  /* a micro-district address in capitals, with its city; a flat's area
   * after a neighbourhood is no door number */
  CHECK(finds(E, AZ, "EVIMIZ SUMQAYIT 14 MKR EV 8 MENZIL 21", GIZLI_T_ADDRESS,
              "SUMQAYIT 14 MKR EV 8 MENZIL 21"));
  CHECK(finds(E, TR, "Satılık 2+1 daire, Nilüfer Ertuğrul Mah., 95 m2, 3.450.000 TL.",
              GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, TR, "Adres: Ertuğrul Mah., 95", GIZLI_T_ADDRESS, "Ertuğrul Mah., 95"));
  /* a lower-case UK address on a walk or way */
  CHECK(finds(E, EN, "Customer: sarah milne\nCustomer: 118 leith walk eh6 8rg\n", GIZLI_T_ADDRESS,
              "118 leith walk eh6 8rg"));
  CHECK(finds(E, EN, "send it to 4 meadow way ls6 2ab please", GIZLI_T_ADDRESS,
              "4 meadow way ls6 2ab"));
  CHECK(finds(E, EN, "the 3 of us walk home by 6 way st", GIZLI_T_ADDRESS, NULL));
}

TEST(blind_batch_19) {
  /* a handle ending in a country code is one after a platform's name; a
   * bare "@domain.uk" is not */
  CHECK(finds(E, EN, "my new number is below and insta is @jess.lifts.uk x", GIZLI_T_SOCIAL_HANDLE,
              "@jess.lifts.uk"));
  CHECK(finds(E, EN, "send it to @example.co.uk today", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* "aracınız" (the softened araç) is a plate word */
  CHECK(finds(E, EN, "Aracınız 39 AOH 93 21.11.2026 tarihinde hız ihlali yapmıştır",
              GIZLI_T_TR_PLATE, "39 AOH 93"));
  CHECK(finds(E, EN, "Dosya 39 AOH 93 sayfada", GIZLI_T_TR_PLATE, NULL));
  /* a 444 number grouped 3-1-3 as advertised, next to a billing word */
  CHECK(finds(E, TR, "Abone no 8893664254. Hatalı fatura için 444 4 186", GIZLI_T_PHONE,
              "444 4 186"));
  CHECK(finds(E, TR, "Fatura: 444 4 186", GIZLI_T_PHONE, NULL));
  /* a prose line with commas is no table header: its fourth "cell" is no
   * label of the signature's fourth part below */
  CHECK(finds(E, EN,
              "Your tenancy at Flat 3, 47 Marlborough Road ends on 31 January 2027. Your "
              "deposit of £1,350 is protected with DPS, reference DPS-88120443.\n"
              "Kind regards, Charlotte Evans, Lettings Manager, 0117 496 0812",
              GIZLI_T_PHONE, "0117 496 0812"));
  CHECK(finds(E, EN, "name,ref,notes\nJohn Smith,01174960812,x", GIZLI_T_PHONE, NULL));
  /* abbreviations in a header end no sentence: it still labels its columns */
  CHECK(finds(E, TR,
              "Ad, T.C. Kimlik No, Doğ. Tarihi, Telefon\n"
              "Ali Veli, 12345678901, 01.02.1980, 0532 111 22 33\n",
              GIZLI_T_DATE_OF_BIRTH, "01.02.1980"));
  /* a statement opening "I, name, date, place": the writer's birth date */
  CHECK(finds(E, AZ, "Mən Zeynalov Elşən, 5 iyul 1985-ci il, Quba r., Qəçrəş kəndi sakini",
              GIZLI_T_DATE_OF_BIRTH, "5 iyul 1985"));
  CHECK(finds(E, EN, "I, John Smith, 12 March 1985, of 4 Elm Road", GIZLI_T_DATE_OF_BIRTH,
              "12 March 1985"));
  CHECK(finds(E, EN, "We met Ben Smith, 12 March 1985, in Leeds", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "Bakı, Əliyev Rəşad, 12 mart 1985, iclas", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "Mən Əliyev Rəşad, 20 noyabr 2026 tarixində", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a micro-district address as chats write it: any case, the ordinal
   * suffix spaced or left out, the city before it without a comma */
  CHECK(finds(E, AZ, "adres duz yazilib: sumqayit 17 ci mkr ev 5 menzil 40. nomrem",
              GIZLI_T_ADDRESS, "sumqayit 17 ci mkr ev 5 menzil 40"));
  CHECK(finds(E, AZ, "EVIMIZ SUMQAYIT 14 MKR EV 8 MENZIL 21", GIZLI_T_ADDRESS,
              "SUMQAYIT 14 MKR EV 8 MENZIL 21"));
  CHECK(finds(E, AZ, "Cəmi 14 MKR ödənildi, qalıq 8", GIZLI_T_ADDRESS, NULL));
  /* a UK town and the outward code of its own postcode area, after an
   * optional street; another area ("London M25", a motorway) is none */
  CHECK(finds(E, EN, "Collection from Leeds LS6. Call or text Tom", GIZLI_T_ADDRESS, "Leeds LS6"));
  CHECK(finds(E, EN, "Room to let in shared house, Cowley Road, Oxford OX4, £750 pcm",
              GIZLI_T_ADDRESS, "Cowley Road, Oxford OX4"));
  CHECK(finds(E, EN, "Liam Foster (aged 29), of Bethnal Green Road, London E2\nCharge:",
              GIZLI_T_ADDRESS, "Bethnal Green Road, London E2"));
  CHECK(finds(E, EN, "Stuck on the London M25 again", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Reading A1 and York B2 are grid cells", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "1450 Broadway, Suite 900, New York, NY 10018", GIZLI_T_ADDRESS,
              "1450 Broadway, Suite 900, New York, NY 10018"));
}

/* Blind batch 20: database dumps, tickets, OCR-spaced forms, life spans,
 * court records, corrections and chat answers. */
TEST(blind_batch_20) {
  /* SQL: an INSERT column list heads its quoted VALUES rows; a COPY column
   * list heads tab-separated rows; a row without a column list that holds
   * a checksum-valid T.C. Kimlik: its one date cell (two dates: neither) */
  CHECK(finds(E, AZ,
              "INSERT INTO customers (id, name, fin, phone, dogum) VALUES\n"
              "(7, 'Aysel Quliyeva', '5RTQ2KP', '+994503334455', '1991-03-14'),\n"
              "(8, 'Rauf Aliyev', '7ZK2M9Q', '+994552223344', '1987-11-02');",
              GIZLI_T_DATE_OF_BIRTH, "1991-03-14"));
  CHECK(finds(E, AZ,
              "INSERT INTO customers (id, name, fin, phone, dogum) VALUES\n"
              "(7, 'Aysel Quliyeva', '5RTQ2KP', '+994503334455', '1991-03-14'),\n"
              "(8, 'Rauf Aliyev', '7ZK2M9Q', '+994552223344', '1987-11-02');",
              GIZLI_T_AZ_FIN, "7ZK2M9Q"));
  CHECK(finds(E, EN,
              "COPY public.people (id, name, dob, city) FROM stdin;\n12\tJohn Carter\t1969-02-11\t"
              "Leeds\n13\tAnn Lee\t1972-07-30\tYork\n\\.\n",
              GIZLI_T_DATE_OF_BIRTH, "1972-07-30"));
  CHECK(finds(E, EN,
              "COPY public.orders (id, name, shipped, city) FROM stdin;\n12\tJohn Carter\t"
              "1999-02-11\tLeeds\n13\tAnn Lee\t1998-07-30\tYork\n\\.\n",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, TR,
              "INSERT INTO `t` VALUES (1,'Ali Veli','10000000146','1988-06-21','+905321112233');",
              GIZLI_T_DATE_OF_BIRTH, "1988-06-21"));
  CHECK(finds(E, TR,
              "INSERT INTO `t` VALUES (1,'Ali Veli','10000000146','1988-06-21','2004-01-05');",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* tickets: day, month, year glued; a flight date is no birth date */
  CHECK(finds(E, EN, "Passenger DOB: 14FEB85", GIZLI_T_DATE_OF_BIRTH, "14FEB85"));
  CHECK(finds(E, AZ, "Doğum tarixi: 09NOV1990", GIZLI_T_DATE_OF_BIRTH, "09NOV1990"));
  CHECK(finds(E, EN, "Flight TK 1723 14FEB25 10:30", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* "D.T:" labels; a birth verb speaks for its own date, not the next */
  CHECK(finds(E, TR, "Üye: Ali Can  D.T: 02/03/1992", GIZLI_T_DATE_OF_BIRTH, "02/03/1992"));
  CHECK(count_type(E, TR, "Ben 3 Mart 1999 doğumluyum. 12.10.2025 tarihli sınava girdim.",
                   GIZLI_T_DATE_OF_BIRTH) == 1);
  /* a life span; an offer's period is none */
  CHECK(finds(E, EN, "John Smith, 2 June 1940 – 3 March 2020, loving father", GIZLI_T_DATE_OF_BIRTH,
              "2 June 1940"));
  CHECK(finds(E, EN, "Offer valid 1 June 2025 – 30 June 2025", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* court records */
  CHECK(finds(E, EN, "Defendant: Mary Jones, 03.05.1987, of 21 High Street, Leeds",
              GIZLI_T_DATE_OF_BIRTH, "03.05.1987"));
  CHECK(finds(E, EN, "The defendant appeared on 03.05.2024 before the bench.",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* OCR: one digit per box, letter-spaced labels; without a label none */
  CHECK(
      finds(E, EN, "DATE OF BIRTH  1 5. 0 8. 1 9 9 2", GIZLI_T_DATE_OF_BIRTH, "1 5. 0 8. 1 9 9 2"));
  CHECK(finds(E, EN, "Date of birth 0 3 1 2 1 9 8 8\nAddress", GIZLI_T_DATE_OF_BIRTH,
              "0 3 1 2 1 9 8 8"));
  CHECK(finds(E, AZ, "D o ğ u m  t a r i x i : 1 4 . 0 2 . 1 9 9 0", GIZLI_T_DATE_OF_BIRTH,
              "1 4 . 0 2 . 1 9 9 0"));
  CHECK(finds(E, EN, "Issued 1 2 . 0 3 . 2 0 2 1", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "Ş/V: AA0702967   F İ N: 5RTQ2KP", GIZLI_T_AZ_FIN, "5RTQ2KP"));
  CHECK(finds(E, TR, "T.C. Kimlik No: 1 0 0 0 0 0 0 0 1 4 6", GIZLI_T_TR_TCKN,
              "1 0 0 0 0 0 0 0 1 4 6"));
  CHECK(finds(E, TR, "Kutu 1 0 0 0 0 0 0 0 1 4 6", GIZLI_T_TR_TCKN, NULL));
  CHECK(finds(E, EN, "Phone 0 7 9 1 1  1 2 3 4 5 6", GIZLI_T_PHONE, "0 7 9 1 1  1 2 3 4 5 6"));
  CHECK(finds(E, EN, "Boxes 0 7 9 1 1  1 2 3 4 5 6", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, EN, "Address 4  Mill  Lane , Leeds  LS6 2AB", GIZLI_T_ADDRESS,
              "4  Mill  Lane , Leeds  LS6 2AB"));
  /* a correction: the checksum-valid number after the wrong one */
  CHECK(finds(E, TR, "Faturada VKN hatalı yazılmış: 1234567891 değil, doğrusu 4739162083.",
              GIZLI_T_TR_VKN, "4739162083"));
  /* a FİN given later in a chat, on a line of its own */
  CHECK(finds(E, AZ,
              "[10:01] Nigar: bankdan FİN istəyirlər\n[10:02] Kamran: niyə?\n"
              "[10:02] Nigar: bilmirəm, kredit üçün deyirlər, zəng ediblər\n"
              "[10:03] Nigar: verdim artıq\n5RTQ2KP\n",
              GIZLI_T_AZ_FIN, "5RTQ2KP"));
  /* a password asked for and given on the next line */
  CHECK(finds(E, EN, "anyone have the wifi password?\nMark: it's Pq7#rT2vLm9x", GIZLI_T_CREDENTIAL,
              "Pq7#rT2vLm9x"));
  CHECK(finds(E, EN, "what's the password?\nMark: it's written on the router", GIZLI_T_CREDENTIAL,
              NULL));
}

/* Batches 19-20: offences as az and tr charge sheets write them (an act
 * on its object), an eyewitness's "saw ... assaulting", chronic pain in a
 * record, and a population statistic that is no one's health. */
TEST(special_category_batch_19_20) {
  CHECK(finds(E, AZ, "Təqsirləndirilən şəxs odlu silahın qanunsuz gəzdirilməsi ilə ittiham olunur.",
              GIZLI_T_SPECIAL_CATEGORY, "odlu silahın qanunsuz gəzdirilməsi"));
  CHECK(finds(E, AZ, "Sürücü narkotik vasitələrin qanunsuz saxlanılması faktı üzrə saxlanılıb.",
              GIZLI_T_SPECIAL_CATEGORY, "narkotik vasitələrin qanunsuz saxlanılması"));
  CHECK(finds(E, TR, "Sanık hakkında özel belgede sahtecilik suçundan dava açıldı.",
              GIZLI_T_SPECIAL_CATEGORY, "özel belgede sahtecilik"));
  /* a name before the act is no object of it */
  CHECK(finds(E, TR, "Şüpheli Ahmet sahtecilik suçundan tutuklandı.", GIZLI_T_SPECIAL_CATEGORY,
              "sahtecilik"));
  /* the same acts with no charge, verdict or custody are no one's record */
  CHECK(finds(E, AZ, "Tikinti materiallarının qanunsuz saxlanması qadağandır.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, TR, "Parada sahtecilik yöntemleri hakkında bilgi alın.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  /* an eyewitness names what a person did; a rule about it names no one */
  CHECK(finds(E, EN, "I saw him assaulting a woman near the bus stop.", GIZLI_T_SPECIAL_CATEGORY,
              "assaulting"));
  CHECK(finds(E, EN, "Assaulting a member of staff is never acceptable.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  /* a criminal case with its verb, an act with its code article, a drug
   * class and a burglary's building */
  CHECK(finds(E, AZ, "Faktla bağlı cinayət işi başlanılıb.", GIZLI_T_SPECIAL_CATEGORY,
              "cinayət işi başlanılıb"));
  CHECK(finds(E, TR, "Suç: resmi belgede sahtecilik (TCK 204)", GIZLI_T_SPECIAL_CATEGORY,
              "resmi belgede sahtecilik (TCK 204)"));
  CHECK(finds(E, EN, "Offences: possession of a Class A drug", GIZLI_T_SPECIAL_CATEGORY,
              "possession of a Class A drug"));
  CHECK(finds(E, EN, "He was charged with burglary of a dwelling in May.", GIZLI_T_SPECIAL_CATEGORY,
              "burglary of a dwelling"));
  CHECK(finds(E, EN, "Medical history: chronic lower back pain since 2019",
              GIZLI_T_SPECIAL_CATEGORY, "chronic lower back pain"));
  CHECK(finds(E, TR, "Hastalıklar: kronik bel ağrısı, migren", GIZLI_T_SPECIAL_CATEGORY,
              "kronik bel ağrısı"));
  CHECK(finds(E, EN, "Chronic pain affects one in five adults.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Around 1 in 10 adults in the UK has diabetes.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(finds(E, EN, "My mother, like 1 in 10 adults, has diabetes.", GIZLI_T_SPECIAL_CATEGORY,
              "diabetes"));
}

TEST(blind_batch_21) {
  /* ADDRESS: a neighbourhood typed in lower case with its street, door,
   * flat and district; a neighbourhood alone still is none */
  CHECK(finds(E, TR,
              "Adresim belli Barbaros mah. Akasya sk no 14 daire 3 \xC3\x9Csk\xC3\xBC"
              "dar istanbul ama "
              "kurye gelmedi.",
              GIZLI_T_ADDRESS,
              "Barbaros mah. Akasya sk no 14 daire 3 \xC3\x9Csk\xC3\xBC"
              "dar istanbul"));
  CHECK(finds(E, TR, "Konum: Yeni mah. ama bilmiyorum.", GIZLI_T_ADDRESS, NULL));
  /* the number of a flat label ("D:3") does not start the neighbourhood
   * after it: street and neighbourhood are one address */
  CHECK(finds(E, TR,
              "Bor\xC3\xA7lu: Erkan Bozkurt, Zambak Sk. No:9 D:3 Fatih Mah. "
              "Muratpa\xC5\x9F"
              "a/ANTALYA\nAlacakl\xC4\xB1: XYZ",
              GIZLI_T_ADDRESS,
              "Zambak Sk. No:9 D:3 Fatih Mah. Muratpa\xC5\x9F"
              "a/ANTALYA"));
  CHECK(finds(E, TR,
              "Adres: 3 Fatih Mah. Muratpa\xC5\x9F"
              "a/ANTALYA",
              GIZLI_T_ADDRESS,
              "3 Fatih Mah. Muratpa\xC5\x9F"
              "a/ANTALYA"));
  /* CREDENTIAL: the password column of a user table pasted as CSV; a
   * table without one, and a placeholder default, give none */
  CHECK(finds(E, EN,
              "username,email,password,last_ip\n"
              "jdoe,john.doe@acme-corp.io,xcmH2s3HzNSyvH9Z,185.15.188.130\n"
              "mlee,m.lee@acme-corp.io,PsW!yHSQwKBT5-8O,10.0.0.7\n",
              GIZLI_T_CREDENTIAL, "PsW!yHSQwKBT5-8O"));
  CHECK(finds(E, EN,
              "username,email,team,last_ip\n"
              "jdoe,john.doe@acme-corp.io,xcmH2s3HzNSyvH9Z,185.15.188.130\n",
              GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "name,email,password\nAli,ali@x.az,secret\n", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, AZ, "-    SMTP_PASS = \"changeme\"\n", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, AZ, "+    SMTP_PASS = \"rj^K-Q9S58xGR6c2%n\"\n", GIZLI_T_CREDENTIAL,
              "rj^K-Q9S58xGR6c2%n"));
  /* DATE_OF_BIRTH: "1990-cı il, 14 iyul"; "1992 Mart 08 doğumlu"; a
   * form's spaced boxes; a month and year after a birth label only */
  CHECK(finds(E, AZ,
              "\xC4\xB0\xC5\x9F\xC3\xA7i: Quliyeva \xC3\x9Clviyy\xC9\x99\n"
              "Do\xC4\x9Fum tarixi: 1990-c\xC4\xB1 il, 14 iyul\n",
              GIZLI_T_DATE_OF_BIRTH, "1990-c\xC4\xB1 il, 14 iyul"));
  CHECK(finds(E, TR, "\xC5\x9E\xC3\xBCpheli: Tolga Yavuz, 1992 Mart 08 do\xC4\x9Fumlu, TCKN",
              GIZLI_T_DATE_OF_BIRTH, "1992 Mart 08"));
  CHECK(finds(E, TR, "Rapor: 2026 Mart 08 tarihinde toplant\xC4\xB1 yap\xC4\xB1ld\xC4\xB1.",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN, "Date of birth (dd/mm/yyyy): 23 / 06 / 1995\n", GIZLI_T_DATE_OF_BIRTH,
              "23 / 06 / 1995"));
  CHECK(finds(E, EN, "Invoice date: 23 / 06 / 2025\n", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "F\xC4\xB0N: 6ZNC27H\nDo\xC4\x9Fum tarixi: 09.1987\n", GIZLI_T_DATE_OF_BIRTH,
              "09.1987"));
  CHECK(finds(E, AZ, "Qeydiyyat d\xC3\xB6vr\xC3\xBC: 09.1987\n", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN, "DOB: 13.1987\n", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a chat reply to a request for the birth date; not a date on the line
   * below a label that already holds its value */
  CHECK(finds(E, EN,
              "Agent: to verify your account please reply with your date of birth and the "
              "postcode on file.\nRequester: sure - 14/03/1989, and it's RG4 8PA\n",
              GIZLI_T_DATE_OF_BIRTH, "14/03/1989"));
  CHECK(finds(E, EN,
              "Agent: please confirm your postcode and the order number.\nRequester: sure - "
              "14/03/2019, and it's RG4 8PA\n",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(count_type(E, EN,
                   "Patient date of birth: 01/02/1990\nAppointment: 14/03/1989 at the clinic\n",
                   GIZLI_T_DATE_OF_BIRTH) == 1);
  /* PHONE: odd groupings of full +994 and +90 numbers; a UK city number in
   * its 4-3-4 layout after a referee's name */
  CHECK(finds(E, AZ, "dir\xC9\x99kt\xC9\x99 yaz\xC4\xB1n v\xC9\x99 ya +994 70 88 99 415 whatsapp",
              GIZLI_T_PHONE, "+994 70 88 99 415"));
  CHECK(finds(E, TR, "Sadece whatsapp +90 506 7718 203", GIZLI_T_PHONE, "+90 506 7718 203"));
  CHECK(finds(E, TR, "Dosya: +90 506 77 1", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, EN, "Previous landlord reference: Mr D. Kerr, 0131 496 0117", GIZLI_T_PHONE,
              "0131 496 0117"));
  CHECK(finds(E, EN, "Order reference: 0131 496 0117", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, EN, "Order reference: Acme Ltd, 0131 496 0117", GIZLI_T_PHONE, NULL));
}

TEST(blind_batch_22) {
  /* ADDRESS: a UK street in lower case after its house number, with a
   * street kind and the full postcode; a lower-case sentence ending in a
   * postcode is none */
  CHECK(finds(E, EN, "moved to 5 wellington rd, stockport SK4 1AA last month", GIZLI_T_ADDRESS,
              "5 wellington rd, stockport SK4 1AA"));
  CHECK(finds(E, EN, "we met 3 friends near the park, leeds LS6 2AB after work", GIZLI_T_ADDRESS,
              NULL));
  /* a street with its postcode and no town */
  CHECK(finds(E, EN, "Signed: Tom Pugh, 18 Beech Grove, LS6 4DT", GIZLI_T_ADDRESS,
              "18 Beech Grove, LS6 4DT"));
  /* a building's name between the flat and the house number: the street
   * after it is no town */
  CHECK(finds(E, EN, "New address: Flat 4, Mill Court, 12 Station Road, Leeds LS1 4AB\n",
              GIZLI_T_ADDRESS, "Flat 4, Mill Court, 12 Station Road, Leeds LS1 4AB"));
  /* a Turkish neighbourhood in lower case needs its door number */
  CHECK(finds(E, TR, "teslimat adresi kosuyolu mah. papatya sk no 7 d 2 kadikoy istanbul olsun",
              GIZLI_T_ADDRESS, "kosuyolu mah. papatya sk no 7 d 2 kadikoy istanbul"));
  CHECK(finds(E, TR, "bizim mahallesi sakin bir yer", GIZLI_T_ADDRESS, NULL));
  /* a district and its province, capitalised, end the address */
  CHECK(finds(E, TR, "Adres: Bahar Mah. Lale Cad. No:8 Nilüfer Bursa, tel yok", GIZLI_T_ADDRESS,
              "Bahar Mah. Lale Cad. No:8 Nilüfer Bursa"));
  /* Azerbaijani "pr" and "men" without dots, the city typed before */
  CHECK(finds(E, AZ, "catdirilma: baki seh, Neftciler pr 64, men 12. tesekkurler", GIZLI_T_ADDRESS,
              "baki seh, Neftciler pr 64, men 12"));
  CHECK(finds(E, AZ, "unvan: xirdalan 5-ci mkr ev 3 mən 21, zəng edin", GIZLI_T_ADDRESS,
              "xirdalan 5-ci mkr ev 3 mən 21"));
  /* CREDENTIAL: "pass" as the second key of a user/pass pair */
  CHECK(finds(E, EN, "# staging login: qa.bot@shop.example / pass: Vb7#kq2LmZ", GIZLI_T_CREDENTIAL,
              "Vb7#kq2LmZ"));
  CHECK(finds(E, EN, "Please show your boarding pass: K7PQ2M at the gate.", GIZLI_T_CREDENTIAL,
              NULL));
  /* DATE_OF_BIRTH: month and year after "birth:"; a birthday is an event */
  CHECK(
      finds(E, EN, "Pupil: Ava Lee, date of birth: June 2021", GIZLI_T_DATE_OF_BIRTH, "June 2021"));
  CHECK(finds(E, EN, "Her birthday party in June 2021 was lovely.", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* the one date in a pasted row with a National Insurance number */
  CHECK(finds(E, EN, "Kerr, Alan\t1977-03-14\tJG103759A\t07700 900 412\tGrade 3",
              GIZLI_T_DATE_OF_BIRTH, "1977-03-14"));
  /* a sample row after the list of fields a file holds */
  CHECK(finds(E, EN,
              "The export holds e-mails, postcodes and dates of birth. Example row: Ann Bell, "
              "LS6 2AB, 02/11/1958",
              GIZLI_T_DATE_OF_BIRTH, "02/11/1958"));
  /* a date with its time is a time stamp, also before a birth word */
  CHECK(finds(E, AZ, "[03.02.25, 09:41] Leyla: oğlumun doğum günü sabahdır", GIZLI_T_DATE_OF_BIRTH,
              NULL));
  /* PHONE: a call-back number after another label's value */
  CHECK(finds(E, TR, "sayac no GZ-55120038. geri arama 05421234567", GIZLI_T_PHONE, "05421234567"));
}

TEST(blind_batch_23) {
  /* DATE_OF_BIRTH: a person of a police or collision report, the date
   * between the name and the address; a statement's date is none */
  CHECK(finds(E, EN, "Witness: Owen Parry, 21/06/1979, 14 Kingsway, Cardiff CF10 3AA",
              GIZLI_T_DATE_OF_BIRTH, "21/06/1979"));
  CHECK(finds(E, EN, "Driver 2: Lena Fox, 03/02/1990, of 8 Mill Lane, Ely CB7 4AA",
              GIZLI_T_DATE_OF_BIRTH, "03/02/1990"));
  CHECK(finds(E, EN, "Witness: Owen Parry, 21/06/2025, 14 Kingsway, Cardiff CF10 3AA",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a birth word inside an upper-case status code is no label */
  CHECK(finds(E, EN,
              "id,name,ported_on,result\n7,Ann Lowe,2026-10-02,FAILED_DOB_CHECK\n"
              "8,Tom Hart,2026-10-03,OK",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a two-digit year after a month name, as the answer to a birth-date
   * question; without the question it is no birth date */
  CHECK(finds(E, TR, "Temsilci: doğum tarihinizi alabilir miyim\nMüşteri: 3 mart 76",
              GIZLI_T_DATE_OF_BIRTH, "3 mart 76"));
  CHECK(finds(E, TR, "Toplantı 3 mart 26 tarihinde yapılacak.", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* AZ_FIN: a speaker's answer that starts with the value, below the
   * question; "PIN", the English name of the FIN, as a JSON key */
  CHECK(finds(E, AZ, "Operator: FİN-i deyə bilərsiniz?\nMüştəri: 5GHT2KQ, bir də ünvanı deyim",
              GIZLI_T_AZ_FIN, "5GHT2KQ"));
  CHECK(finds(E, AZ, "{\"name\": \"Orxan\", \"pin\": \"3XRT9PL\", \"city\": \"Bakı\"}",
              GIZLI_T_AZ_FIN, "3XRT9PL"));
  /* ADDRESS: a street with its kind inside a JSON string or an HTML value */
  CHECK(finds(E, EN, "{\"line1\": \"88 Juniper Rd\", \"city\": \"Austin\"}", GIZLI_T_ADDRESS,
              "88 Juniper Rd"));
  CHECK(finds(E, EN, "<input name=\"street\" value=\"19 Harbor Ave\">", GIZLI_T_ADDRESS,
              "19 Harbor Ave"));
  /* a US address in capitals with its state and ZIP code */
  CHECK(finds(E, EN, "JAMES T OKAFOR\n1200 W ELM ST UNIT 4, SPRINGFIELD IL 62704\n",
              GIZLI_T_ADDRESS, "1200 W ELM ST UNIT 4, SPRINGFIELD IL 62704"));
  /* a year glued to a date is no house number */
  CHECK(finds(E, EN, "Victim: Rose Ng, 09/09/1951, 6 Park Row, Leeds LS1 5HD", GIZLI_T_ADDRESS,
              "6 Park Row, Leeds LS1 5HD"));
  CHECK(finds(E, EN, "Visit logged 09/09/2021, 6 Park Row, Leeds LS1 5HD", GIZLI_T_ADDRESS,
              "6 Park Row, Leeds LS1 5HD"));
  /* an Italian or Spanish street with its postcode and city */
  CHECK(finds(E, EN, "Deliver to: Marco Bini, Viale Monza 212, 20128 Milano", GIZLI_T_ADDRESS,
              "Viale Monza 212, 20128 Milano"));
  CHECK(finds(E, EN, "Hotel: Calle Mayor 7, 28013 Madrid", GIZLI_T_ADDRESS,
              "Calle Mayor 7, 28013 Madrid"));
  /* an Azerbaijani district, a micro-district and a street without its word */
  CHECK(finds(E, AZ, "Yaşayış yeri: Bakı, Sabunçu r., 9-cu mkr, R.Behbudov 14\n", GIZLI_T_ADDRESS,
              "Bakı, Sabunçu r., 9-cu mkr, R.Behbudov 14"));
  /* PHONE: Azerbaijani 4-3 and Australian 4-3-3 national mobiles */
  CHECK(finds(E, AZ, "yazın mənə, nömrəm 055 2231 907 olar", GIZLI_T_PHONE, "055 2231 907"));
  CHECK(finds(E, EN, "Text me on 0433 918 205 after six.", GIZLI_T_PHONE, "0433 918 205"));
  CHECK(finds(E, EN, "Account 0433 918 205 771 was closed.", GIZLI_T_PHONE, NULL));
  /* a Turkish mobile line named by its operator on a statement; a
   * number labelled as the bill's is none */
  CHECK(finds(E, TR, "18/11/2026  VODAFONE FATURA 5421187730   -312,50", GIZLI_T_PHONE,
              "5421187730"));
  CHECK(finds(E, TR, "Turkcell fatura no 5421187730 ödendi.", GIZLI_T_PHONE, NULL));
  /* a Turkish inner door, then the postcode and district/province; an
   * Azerbaijani housing block's building before the flat */
  CHECK(finds(E, TR, "Adres: Ata Mah. Gül Sok. No:8 İç Kapı No:5 35040 Bornova/İzmir\n",
              GIZLI_T_ADDRESS, "Ata Mah. Gül Sok. No:8 İç Kapı No:5 35040 Bornova/İzmir"));
  CHECK(finds(E, AZ, "Ünvan: Nəsimi r., Azadlıq pr. 12, bina 3, mənzil 45\n", GIZLI_T_ADDRESS,
              "Nəsimi r., Azadlıq pr. 12, bina 3, mənzil 45"));
  /* an office's floor before the house number */
  CHECK(finds(E, EN, "Kind regards\nAmy Cole | 2nd Floor, 40 Queen Street, Leeds LS1 2TW\n",
              GIZLI_T_ADDRESS, "2nd Floor, 40 Queen Street, Leeds LS1 2TW"));
  /* SOCIAL_HANDLE: a portfolio site's profile address */
  CHECK(finds(E, TR, "Portfolyo: behance.net/selinarslan\n", GIZLI_T_SOCIAL_HANDLE, "selinarslan"));
  CHECK(finds(E, EN, "See behance.net/gallery/12345/Logo", GIZLI_T_SOCIAL_HANDLE, NULL));
}

TEST(special_category_batch_23) {
  /* an injury at its body site, or after "fractured"; an injury that
   * names no site, and "fractured" of no body, are none */
  CHECK(finds(E, EN, "He was taken to hospital with head injuries after the crash.",
              GIZLI_T_SPECIAL_CATEGORY, "head injuries"));
  CHECK(finds(E, EN, "X-ray confirmed a fractured right elbow.", GIZLI_T_SPECIAL_CATEGORY,
              "fractured right elbow"));
  CHECK(finds(E, EN, "No injuries were reported at the scene.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Talks broke down over fractured trust between the two firms.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* a condition glossed in brackets by another name of it */
  CHECK(finds(E, TR, "Acil serviste boyun incinmesi (whiplash) saptandı.", GIZLI_T_SPECIAL_CATEGORY,
              "boyun incinmesi (whiplash)"));
  /* a concussion, a lipid disorder with its heredity, AF written short */
  CHECK(finds(E, AZ, "Uşaqda beyin silkələnməsi aşkar edilib.", GIZLI_T_SPECIAL_CATEGORY,
              "beyin silkələnməsi"));
  CHECK(finds(E, EN, "Impression: familial hypercholesterolaemia, start statin.",
              GIZLI_T_SPECIAL_CATEGORY, "familial hypercholesterolaemia"));
  CHECK(finds(E, EN, "Grandad is on warfarin for his afib.", GIZLI_T_SPECIAL_CATEGORY, "afib"));
  /* a drug addiction */
  CHECK(finds(E, AZ, "Qardaşı uzun illərdir narkomaniyadan əziyyət çəkir.",
              GIZLI_T_SPECIAL_CATEGORY, "narkomaniyadan"));
  /* an offence with a record in British police usage, and stolen goods */
  CHECK(
      finds(E, EN, "The suspect has previous for burglary.", GIZLI_T_SPECIAL_CATEGORY, "burglary"));
  CHECK(finds(E, EN, "Charged with handling stolen goods at Leeds Magistrates.",
              GIZLI_T_SPECIAL_CATEGORY, "handling stolen goods"));
  CHECK(finds(E, EN, "Offence: theft from the person, phone taken at the station.",
              GIZLI_T_SPECIAL_CATEGORY, "theft from the person"));
  /* a US charge with its penal code section and degree */
  CHECK(finds(E, EN, "Charges: PC 211 second-degree robbery; bail set.", GIZLI_T_SPECIAL_CATEGORY,
              "PC 211 second-degree robbery"));
  /* the article of the code that opened a criminal case */
  CHECK(finds(E, AZ, "Fakt üzrə Cinayət Məcəlləsinin 177.2-ci maddəsi ilə cinayət işi başlanıb.",
              GIZLI_T_SPECIAL_CATEGORY,
              "Cinayət Məcəlləsinin 177.2-ci maddəsi ilə cinayət işi başlanıb"));
  /* a course or a grade after the condition; a nasal bone fracture */
  CHECK(finds(E, TR, "Tanı: astım akut alevlenme, nebül verildi.", GIZLI_T_SPECIAL_CATEGORY,
              "astım akut alevlenme"));
  CHECK(finds(E, AZ, "Yanaşı: hipertoniya II dərəcə, nəzarətdə.", GIZLI_T_SPECIAL_CATEGORY,
              "hipertoniya II dərəcə"));
  CHECK(finds(E, TR, "Kavgada burun kemiği kırığı oluştu.", GIZLI_T_SPECIAL_CATEGORY,
              "burun kemiği kırığı"));
  /* an HIV test with its result, the test's name between */
  CHECK(finds(E, AZ, "Nəticə: HIV-1/2 Ag/Ab: müsbət; digərləri norma", GIZLI_T_SPECIAL_CATEGORY,
              "HIV-1/2 Ag/Ab: müsbət"));
  CHECK(finds(E, EN, "HIV-1/2 Ag/Ab: Non-reactive", GIZLI_T_SPECIAL_CATEGORY, NULL));
}

TEST(blind_batch_24) {
  /* PHONE: a one-digit area code in brackets after the trunk 0 (AU, NZ,
   * IE), Australian 1300/1800 numbers, the US 1-NXX-NXX-XXXX dialling
   * form next to a word that would contradict a bare number */
  CHECK(finds(E, EN, "Reception, Bayside Physio: (03) 9592 1187", GIZLI_T_PHONE, "(03) 9592 1187"));
  CHECK(finds(E, EN, "Ring the Hamilton office on (07) 839 2250 after 9am.", GIZLI_T_PHONE,
              "(07) 839 2250"));
  CHECK(finds(E, EN, "Bookings: 1800 224 671 (free call)", GIZLI_T_PHONE, "1800 224 671"));
  CHECK(finds(E, EN, "Policy questions? Agent line 1-888-301-7724.", GIZLI_T_PHONE,
              "1-888-301-7724"));
  /* a table cell: grouped digits glued to another group are one number */
  CHECK(finds(E, EN, "Account number: 731 091 552 118", GIZLI_T_PHONE, NULL));
  /* a fixed-width report: the column header is the values' label */
  CHECK(finds(E, EN,
              "BRANCH  CUST NO   NAME          DOB         MOBILE\n"
              "-------------------------------------------------\n"
              "0412    55210931  HALL, JAMES   14/08/1979  07714302981\n",
              GIZLI_T_DATE_OF_BIRTH, "14/08/1979"));
  CHECK(finds(E, EN,
              "BRANCH  CUST NO   NAME          DOB         MOBILE\n"
              "-------------------------------------------------\n"
              "0412    55210931  HALL, JAMES   14/08/1979  07714302981\n",
              GIZLI_T_PHONE, "07714302981"));
  CHECK(finds(E, AZ,
              "KOD      SOYAD AD              FİN      QEYD\n"
              "---------------------------------------------\n"
              "1002     ƏLİYEV RAMİL          4KZP7QW  aktiv\n",
              GIZLI_T_AZ_FIN, "4KZP7QW"));
  /* a form line with labels is no table row: an admission date stays none */
  CHECK(finds(E, TR,
              "Protokol: 5512   Hasta: Ali Veli\nDoğum Tarihi: 03.04.1961\n"
              "Giriş: 02.11.2026  Çıkış: 09.11.2026   Bölüm: İç Hastalıkları\n",
              GIZLI_T_DATE_OF_BIRTH, "03.04.1961"));
  CHECK(count_type(E, TR,
                   "Protokol: 5512   Hasta: Ali Veli\nDoğum Tarihi: 03.04.1961\n"
                   "Giriş: 02.11.2026  Çıkış: 09.11.2026   Bölüm: İç Hastalıkları\n",
                   GIZLI_T_DATE_OF_BIRTH) == 1);
  /* DATE_OF_BIRTH: the Turkish evidential of a notarial text */
  CHECK(finds(E, TR, "Müvekkil: Ayten Sarı, 1957 yılı Ekim ayının 2'sinde doğmuş, emekli.",
              GIZLI_T_DATE_OF_BIRTH, "1957 yılı Ekim ayının 2"));
  /* AZ_ID_CARD: the DOC column of a passenger list */
  CHECK(finds(E, AZ,
              "NO  NAME                DOC          SEAT\n01  MAMMADOV/ELVIN MR   AA4410927    "
              "07C\n",
              GIZLI_T_AZ_ID_CARD, "AA4410927"));
  /* a criminal case number is no phone */
  CHECK(finds(E, AZ, "Cinayət işi № 241703318 üzrə ifadə verilib.", GIZLI_T_PHONE, NULL));
  /* CREDENTIAL: passwords given to command-line tools */
  CHECK(
      finds(E, EN, "$ sshpass -p 'Lk2#vPq9zT' ssh ops@10.0.4.7", GIZLI_T_CREDENTIAL, "Lk2#vPq9zT"));
  CHECK(finds(E, EN, "docker login ghcr.io -u builder -p Qw3rTy77zz", GIZLI_T_CREDENTIAL,
              "Qw3rTy77zz"));
  CHECK(finds(E, EN, "curl --user 'svc-report:H8k!mq2Zp4' https://reports.example/api",
              GIZLI_T_CREDENTIAL, "H8k!mq2Zp4"));
  CHECK(finds(E, EN, "ssh -p 2222 admin@bastion.example", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "echo $TOKEN | docker login ghcr.io --password-stdin", GIZLI_T_CREDENTIAL,
              NULL));
  /* a password set, or changed and the new one given later */
  CHECK(finds(E, EN, "Wi-Fi password reset to Gx8-wq3Lm0 this morning.", GIZLI_T_CREDENTIAL,
              "Gx8-wq3Lm0"));
  CHECK(finds(E, EN, "the vpn password expired so I changed it, new one is Rr5%hTq81xZ",
              GIZLI_T_CREDENTIAL, "Rr5%hTq81xZ"));
  CHECK(finds(E, TR, "sunucu şifresi yenilendi, yenisi Ha7Kp2mQzW3", GIZLI_T_CREDENTIAL,
              "Ha7Kp2mQzW3"));
  CHECK(finds(E, EN, "my password expired, the new one is longer than before", GIZLI_T_CREDENTIAL,
              NULL));
  /* IP_ADDRESS: a version labelling its own value says nothing about the
   * address after it */
  CHECK(finds(E, EN, "{\"release\":\"2.8.1\",\"server\":\"10.20.30.41\"}", GIZLI_T_IP_ADDRESS,
              "10.20.30.41"));
  /* a password holding an '@' in a URL: the user information ends at the
   * last '@' */
  CHECK(finds(E, EN, "DB_URL=mysql://shop:Tq7x@9Lm@10.1.2.3:3306/shop", GIZLI_T_CREDENTIAL,
              "Tq7x@9Lm"));
  /* a webhook's secret path; code reading a secret from elsewhere is none */
  CHECK(finds(E, EN,
              "POST https://hooks.slack.com/services/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 "
              "returned 200",
              GIZLI_T_CREDENTIAL, "Xk3pLm9QzR2tVb8NcW4yHs6J"));
  CHECK(finds(E, EN, "api_secret = os.environ['API_SECRET']", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "SMTP_PASS = config('mail.password')", GIZLI_T_CREDENTIAL, NULL));
  /* ADDRESS: Australian and New Zealand endings, a US unit after '#',
   * a state's name, the town on the next line */
  CHECK(finds(E, EN, "Ship to: 3/17 Beach Rd, Bondi NSW 2026", GIZLI_T_ADDRESS,
              "3/17 Beach Rd, Bondi NSW 2026"));
  CHECK(finds(E, EN, "Office: 12 Tay Street, Invercargill 9810", GIZLI_T_ADDRESS,
              "12 Tay Street, Invercargill 9810"));
  CHECK(finds(E, EN, "Tenant: 406 Pine Ave #12, Long Beach, CA 90802", GIZLI_T_ADDRESS,
              "406 Pine Ave #12, Long Beach, CA 90802"));
  CHECK(finds(E, EN, "lives at 88 Elm Street, Concord, New Hampshire 03301.", GIZLI_T_ADDRESS,
              "88 Elm Street, Concord, New Hampshire 03301"));
  CHECK(finds(E, EN, "Owner: ROSS DALE\n27 Maple Dr\nDover DE 19901\nVehicle: sedan",
              GIZLI_T_ADDRESS, "27 Maple Dr\nDover DE 19901"));
  CHECK(finds(E, EN, "Address: 9 Quay Street\nPhone follows", GIZLI_T_ADDRESS, "9 Quay Street"));
  /* Azerbaijani addresses: a district without the abbreviation's dot,
   * the city and settlement typed without diacritics, a block, an office */
  CHECK(finds(E, AZ, "Çatdırılma: Nizami r, Qara Qarayev pr 41, mən 7", GIZLI_T_ADDRESS,
              "Nizami r, Qara Qarayev pr 41, mən 7"));
  CHECK(finds(E, AZ, "unvan: Sumqayit seheri, Corat qes., Yeni kuc 9", GIZLI_T_ADDRESS,
              "Sumqayit seheri, Corat qes., Yeni kuc 9"));
  CHECK(finds(E, AZ, "Ofisimiz: Bakı, Yasamal r., Şərifzadə küç. 12, blok B, ofis 14",
              GIZLI_T_ADDRESS, "Bakı, Yasamal r., Şərifzadə küç. 12, blok B, ofis 14"));
  /* AZ_PLATE: an Azerbaijani chat typed without diacritics, next to an
   * Azerbaijani mobile */
  CHECK(finds(E, AUTO,
              "salam qonsu, qapinin qabaginda 90 KM 417 boz mercedes saxlayib, "
              "kimdirse zeng etsin 0503318842",
              GIZLI_T_AZ_PLATE, "90 KM 417"));
}

TEST(special_category_batch_24) {
  /* named diagnoses of discharge letters and health declarations */
  CHECK(finds(E, AZ, "Diaqnoz: Stenokardiya, II funksional sinif.", GIZLI_T_SPECIAL_CATEGORY,
              "Stenokardiya"));
  CHECK(finds(E, TR, "Sağlık beyanı: skolyoz tanısı var.", GIZLI_T_SPECIAL_CATEGORY, "skolyoz"));
  CHECK(finds(E, EN, "Her mother has mild cognitive impairment.", GIZLI_T_SPECIAL_CATEGORY,
              "cognitive impairment"));
  CHECK(finds(E, EN, "Result: chlamydia NAAT positive.", GIZLI_T_SPECIAL_CATEGORY, "chlamydia"));
  CHECK(finds(E, EN, "Dietary needs: Priya - celiac", GIZLI_T_SPECIAL_CATEGORY, "celiac"));
  CHECK(finds(E, AZ, "Oğlu II qrup əlildir.", GIZLI_T_SPECIAL_CATEGORY, "II qrup əlildir"));
  /* an injury with its body site after it; without a site it is none */
  CHECK(finds(E, EN, "Admitted with a fracture of the left wrist.", GIZLI_T_SPECIAL_CATEGORY,
              "fracture"));
  CHECK(finds(E, EN, "The report found a stress fracture in the beam.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  /* signs ending an examination's conclusion name the patient's
   * condition; a disease's list of signs does not */
  CHECK(finds(E, AZ, "KT: sağ tərəfdə kiçik ocaq - hemorragik insult əlamətləri.",
              GIZLI_T_SPECIAL_CATEGORY, "hemorragik insult"));
  CHECK(finds(E, TR, "Diyabet belirtileri: sık idrara çıkma, ağız kuruluğu.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* a negative result across a table gap is none; a positive one is */
  CHECK(finds(E, AZ, "Anti-HCV          mənfi", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "HIV-1/2 Ag/Ab        Nonreactive", GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* (the span runs to the positive result since the batch 27-29 audit) */
  CHECK(finds(E, AZ, "HBsAg             müsbət", GIZLI_T_SPECIAL_CATEGORY,
              "HBsAg             müsbət"));
  /* offences: a breached order, misused bank cards */
  CHECK(finds(E, EN, "Arrested for breach of a restraining order on 2 May.",
              GIZLI_T_SPECIAL_CATEGORY, "breach of a restraining order"));
}

TEST(blind_batch_25) {
  /* IP_ADDRESS: a CSV cell after the address that starts a MAC address is
   * no decimal part of it; a decimal amount still joins its comma */
  CHECK(finds(E, EN, "Ann Lee,alee@school.org,10.20.141.17,3c:22:fb:01:9a:7e,2026-11-02",
              GIZLI_T_IP_ADDRESS, "10.20.141.17"));
  CHECK(finds(E, TR, "Toplam tutar 1.250.300.125,50 TL oldu.", GIZLI_T_IP_ADDRESS, NULL));
  /* CREDENTIAL: a password column of a user table with spaced '|' cells */
  CHECK(finds(E, TR,
              "no | kullanici | eposta | sifre\n"
              "4 | zeynepk | zeynep.k@ornek.com.tr | Qm7!vT2pLx9\n",
              GIZLI_T_CREDENTIAL, "Qm7!vT2pLx9"));
  CHECK(finds(E, TR,
              "no | kullanici | eposta | sehir\n"
              "4 | zeynepk | zeynep.k@ornek.com.tr | Eskisehir26\n",
              GIZLI_T_CREDENTIAL, NULL));
  /* a ~/.pgpass row under its commented header; a log line is none */
  CHECK(finds(E, EN,
              "# hostname:port:database:username:password\n"
              "10.4.7.21:5432:billing:report_ro:Tq8vNw2xLk5e\n",
              GIZLI_T_CREDENTIAL, "Tq8vNw2xLk5e"));
  CHECK(finds(E, EN,
              "# host:port:status:latency\n"
              "10.4.7.21:5432:up:Ok12ms\n",
              GIZLI_T_CREDENTIAL, NULL));
  /* a bare "pw" after a login on its line; "pw" alone in prose is none */
  CHECK(finds(E, EN, "my login is kfarrell@lumenlabs.io, pw Zr4#pLw9Tq1 for now",
              GIZLI_T_CREDENTIAL, "Zr4#pLw9Tq1"));
  CHECK(finds(E, EN, "the meeting moved, pw Wednesday9 is out", GIZLI_T_CREDENTIAL, NULL));
  /* a login pair in brackets: the closing bracket is not the password's */
  CHECK(finds(E, EN, "the NAS is at 10.0.0.5 (admin / Hk7$mPq2Lz) if needed", GIZLI_T_CREDENTIAL,
              "Hk7$mPq2Lz"));
  CHECK(finds(E, EN, "login: admin / pa(ss)W0rd9 works", GIZLI_T_CREDENTIAL, "pa(ss)W0rd9"));
  /* DATE_OF_BIRTH: a patient label opening its sentence with no colon;
   * the same date after a name without the label is none */
  CHECK(finds(E, AZ, "Arayışı göndərirəm. Xəstə Quliyeva Səbinə, 03.11.1974, diaqnoz: bronxit.",
              GIZLI_T_DATE_OF_BIRTH, "03.11.1974"));
  CHECK(finds(E, AZ, "Arayışı göndərirəm. Quliyeva Səbinə, 03.11.2026, qəbula yazılıb.",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* bare reply lines under a request for the birth date; under another
   * request the date is none */
  CHECK(finds(E, AZ,
              "> Zəhmət olmasa FİN kodunuzu və doğum tarixinizi yazın.\n5RTK2MZ\n14.07.1991\n",
              GIZLI_T_DATE_OF_BIRTH, "14.07.1991"));
  CHECK(finds(E, AZ,
              "> Zəhmət olmasa FİN kodunuzu və müraciət tarixini yazın.\n5RTK2MZ\n14.07.2026\n",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a corrected birth date; a corrected meeting date is none */
  CHECK(finds(E, TR,
              "Oğlumun doğum tarihini yanlış girmişim, doğrusu 08.02.2017. Düzeltir misiniz?",
              GIZLI_T_DATE_OF_BIRTH, "08.02.2017"));
  CHECK(finds(E, TR, "Toplantı tarihini yanlış yazmışım, doğrusu 08.12.2026. Kusura bakmayın.",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* PHONE: an operator's 3-1-3 service number; an e-wallet number is none */
  CHECK(finds(E, TR, "Turkcell müşteri hizmetleri (0532 532 0 532) hiç açmıyor.", GIZLI_T_PHONE,
              "0532 532 0 532"));
  CHECK(finds(E, TR, "Kiranın payını gönder, papara no 0993127845 ya da elden.", GIZLI_T_PHONE,
              NULL));
  /* SOCIAL_HANDLE: a Venmo name with dashes; elsewhere the dash ends it */
  CHECK(finds(E, EN, "rent split: my venmo is @dana-kerr-88 thanks", GIZLI_T_SOCIAL_HANDLE,
              "@dana-kerr-88"));
  CHECK(finds(E, EN, "ping @dana-kerr-88 on slack", GIZLI_T_SOCIAL_HANDLE, "@dana"));
  /* ADDRESS: a Grove with its Eircode; an office or a room after the house
   * number; a Baku district without its kind; a name after the address
   * and the label word before a neighbourhood stay out */
  CHECK(finds(E, EN, "Post it to 7 Willow Grove, Rathfarnham, Dublin 14, D14 KX83 please.",
              GIZLI_T_ADDRESS, "7 Willow Grove, Rathfarnham, Dublin 14, D14 KX83"));
  CHECK(finds(E, AZ, "Ofisimiz: Bakı, Füzuli küç. 41, of. 12", GIZLI_T_ADDRESS,
              "Bakı, Füzuli küç. 41, of. 12"));
  CHECK(finds(E, AZ, "Yataqxana: Bakı, Nəsimi r., Bakıxanov küç. 9, otaq 207", GIZLI_T_ADDRESS,
              "Bakı, Nəsimi r., Bakıxanov küç. 9, otaq 207"));
  CHECK(finds(E, AZ, "Filial: Xətai, Babək pr. 14 (2-ci mərtəbə)", GIZLI_T_ADDRESS,
              "Xətai, Babək pr. 14"));
  CHECK(finds(E, AZ, "Gəlin: Bakı, Tbilisi pr. 22, Şəfa Klinikası", GIZLI_T_ADDRESS,
              "Bakı, Tbilisi pr. 22"));
  CHECK(finds(E, TR,
              "Faturayı gönderin. Adresim Kozyatağı Mah. Şenol Sk. No:3 D:8 Kadıköy/İstanbul",
              GIZLI_T_ADDRESS, "Kozyatağı Mah. Şenol Sk. No:3 D:8 Kadıköy/İstanbul"));
}

TEST(special_category_batch_25) {
  /* named conditions */
  CHECK(
      finds(E, AZ, "bu gun gele bilmirem, hekim angina dedi", GIZLI_T_SPECIAL_CATEGORY, "angina"));
  /* covid told of oneself; covid rules are none */
  CHECK(finds(E, TR, "Sınav günü covid olmuştum, rapor ekte.", GIZLI_T_SPECIAL_CATEGORY, "covid"));
  CHECK(finds(E, TR, "Yeni covid kuralları pazartesi başlıyor.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* a stroke told of someone; a swimming or brush stroke is none */
  CHECK(finds(E, EN, "Her grandfather is in hospital after a stroke.", GIZLI_T_SPECIAL_CATEGORY,
              "stroke"));
  CHECK(finds(E, EN, "He won the race with a powerful stroke.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Atası dünən insult keçirdi, reanimasiyadadır.", GIZLI_T_SPECIAL_CATEGORY,
              "insult"));
  CHECK(finds(E, EN, "That remark was an insult to the staff.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, TR, "Amcam geçen ay felç geçirdi.", GIZLI_T_SPECIAL_CATEGORY, "felç"));
  CHECK(finds(E, TR, "Kar yüzünden şehir trafiği felç oldu.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, TR, "Babaannem inme geçirdi, yoğun bakımda.", GIZLI_T_SPECIAL_CATEGORY, "inme"));
  /* an allergy with its allergen about someone; a menu notice is none */
  CHECK(finds(E, EN, "Triage note: known milk allergy, no meds given.", GIZLI_T_SPECIAL_CATEGORY,
              "milk allergy"));
  CHECK(finds(E, AZ, "Qızımın allergiyası var: arıya allergiya.", GIZLI_T_SPECIAL_CATEGORY,
              "arıya allergiya"));
  CHECK(
      finds(E, EN, "Please tell your server about any allergies.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Yazda tozcuq allergiyası kəskinləşir.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* a diabetes with its type after a comma; a disability with its group */
  CHECK(finds(E, AZ, "Diaqnoz: şəkərli diabet, 1-ci tip.", GIZLI_T_SPECIAL_CATEGORY,
              "şəkərli diabet, 1-ci tip"));
  CHECK(finds(E, AZ, "Əlillik: 2-ci qrup əlil", GIZLI_T_SPECIAL_CATEGORY, "2-ci qrup əlil"));
  /* offences on a charge sheet; leaving the scene in prose is none */
  CHECK(finds(E, EN, "Charges: operating under the influence; leaving the scene of an accident",
              GIZLI_T_SPECIAL_CATEGORY, "leaving the scene of an accident"));
  CHECK(finds(E, EN, "Charges: operating under the influence; leaving the scene of an accident",
              GIZLI_T_SPECIAL_CATEGORY, "operating under the influence"));
  CHECK(finds(E, EN, "We were leaving the scene of the concert when it rained.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* a faith as a religion field's answer; the given name İslam is none */
  CHECK(finds(E, TR, "Doğum yeri: Konya\nDini: İslam", GIZLI_T_SPECIAL_CATEGORY, "İslam"));
  CHECK(finds(E, TR, "Müdürümüz İslam Bey yarın gelecek.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* felç with a wheelchair request on its line (one span with the request
   * it glosses since batch 31) */
  CHECK(finds(E, TR, "Not: 12C WCHR tekerlekli sandalye istendi (felç)", GIZLI_T_SPECIAL_CATEGORY,
              "tekerlekli sandalye istendi (felç)"));
  /* a marker in a JSON resource, its result fields later: a positive
   * result is the finding, a negative one leaves none */
  CHECK(finds(E, EN,
              "{\"code\":{\"text\":\"HIV-1/2 Ag/Ab\"},\"subject\":{\"display\":\"J Roe\"},"
              "\"valueString\":\"Reactive\"}",
              GIZLI_T_SPECIAL_CATEGORY, "Reactive"));
  CHECK(finds(E, EN,
              "{\"code\":{\"text\":\"HIV-1/2 Ag/Ab\"},\"subject\":{\"display\":\"J Roe\"},"
              "\"valueString\":\"Non-reactive\"}",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
}

/* Forms of blind batch 26 (new sentences of each form, and a negative). */
TEST(blind_batch_26) {
  /* EMAIL: a mail header's message id has an address's form */
  CHECK(finds(E, EN, "In-Reply-To: <8812.77ab@mx.example.org>", GIZLI_T_EMAIL, NULL));
  CHECK(finds(E, EN, "Reply-To: <ann.reed@example.org>", GIZLI_T_EMAIL, "ann.reed@example.org"));
  /* AZ_ID_CARD: a certificate's series and number is no ID card */
  CHECK(finds(E, AZ, "Nikah haqqında şəhadətnamə AA 5520914 itib.", GIZLI_T_AZ_ID_CARD, NULL));
  CHECK(finds(E, AZ, "Şəxsiyyət vəsiqəsi AA 5520914 itib.", GIZLI_T_AZ_ID_CARD, "AA 5520914"));
  /* CREDIT_CARD: a Luhn-valid run inside a longer grouped number */
  CHECK(finds(E, TR, "eski hesap TR11 0006 4000 0012 3456 7899 01 kapandı", GIZLI_T_CREDIT_CARD,
              NULL));
  CHECK(finds(E, EN, "Card: 4000 0012 3456 7899 exp 09/28", GIZLI_T_CREDIT_CARD,
              "4000 0012 3456 7899"));
  /* PHONE: a number glued to a code's letters is the code's tail */
  CHECK(finds(E, AZ, "Müqavilə № TX-26-0445810 imzalanıb.", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, AZ, "Əlaqə: 050 445 81 02", GIZLI_T_PHONE, "050 445 81 02"));
  /* CREDENTIAL: redis-cli -a, a bare "pw" before a mixed value, ?token= */
  CHECK(
      finds(E, EN, "redis-cli -h cache01 -a 'Qm7rT2xw_9' PING", GIZLI_T_CREDENTIAL, "Qm7rT2xw_9"));
  CHECK(finds(E, EN, "tar -a -cf backup.tgz ./data", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "the office wifi pw Tz8mWq31Lx is on the fridge", GIZLI_T_CREDENTIAL,
              "Tz8mWq31Lx"));
  CHECK(finds(E, EN, "see pw section 4 of the manual", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "GET /verify?token=Ab3kQ9zXw2Lm7Np4Rt6y&lang=en HTTP/1.1", GIZLI_T_CREDENTIAL,
              "Ab3kQ9zXw2Lm7Np4Rt6y"));
  CHECK(finds(E, EN, "GET /list?page=2&token=abc HTTP/1.1", GIZLI_T_CREDENTIAL, NULL));
  /* DATE_OF_BIRTH and AZ_FIN: an HL7 PID segment */
  CHECK(finds(E, AZ, "PID|1||5KQ2ZTR^^^AZFIN||MƏMMƏDOV^ELDAR||19850412|M|||||+994552019934\n",
              GIZLI_T_DATE_OF_BIRTH, "19850412"));
  CHECK(finds(E, AZ, "PID|1||5KQ2ZTR^^^AZFIN||MƏMMƏDOV^ELDAR||19850412|M|||||+994552019934\n",
              GIZLI_T_AZ_FIN, "5KQ2ZTR"));
  CHECK(finds(E, EN, "OBR|1||19850412|+14155550182|F\n", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* az "t/t" after a date; tr the year's genitive, day and month */
  CHECK(finds(E, AZ, "Alıcı: Vəliyev Orxan, 14.06.1979 t/t, ş/v AA1234567", GIZLI_T_DATE_OF_BIRTH,
              "14.06.1979"));
  CHECK(finds(E, TR, "1988 yılının 9 Ekim'inde İzmir'de doğdum.", GIZLI_T_DATE_OF_BIRTH,
              "1988 yılının 9 Ekim"));
  CHECK(finds(E, TR, "2019 yılının 9 Ekim'inde taşındık.", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a spoken birth date after the question, not a spoken date elsewhere */
  CHECK(finds(E, TR, "Temsilci: Doğum tarihiniz?\nArayan: yirmi üç nisan doksan iki.",
              GIZLI_T_DATE_OF_BIRTH, "yirmi üç nisan doksan iki"));
  CHECK(finds(E, EN, "Agent: And your date of birth?\nCaller: March third, nineteen eighty-one.",
              GIZLI_T_DATE_OF_BIRTH, "March third, nineteen eighty-one"));
  CHECK(finds(E, EN, "The bridge opened on March third, nineteen eighty-one.",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* ADDRESS: HL7 components, an Irish rural address, an az lane and house */
  CHECK(finds(E, EN, "PID|1||||KING^ANN||||||88 Elm St^^Dover^DE^19901||", GIZLI_T_ADDRESS,
              "88 Elm St^^Dover^DE^19901"));
  CHECK(finds(E, EN, "Funeral from her home, Inistioge, Co. Kilkenny, R95 KX31.", GIZLI_T_ADDRESS,
              "Inistioge, Co. Kilkenny, R95 KX31"));
  CHECK(finds(E, EN, "Galway, Ireland H91 X4K8", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, AZ, "Ünvan: Mərdəkan qəs., 12-ci dalan, ev 7", GIZLI_T_ADDRESS,
              "Mərdəkan qəs., 12-ci dalan, ev 7"));
  CHECK(
      finds(E, AZ, "Satılır - Nərimanov, Təbriz küçəsi, 2 otaq, təmirli.", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, AZ, "Nərimanov r., Təbriz küçəsi 14, 2 otaqlı mənzil", GIZLI_T_ADDRESS,
              "Nərimanov r., Təbriz küçəsi 14"));
  /* AZ_FIN: a column list quoted with backticks labels each row's cell */
  CHECK(finds(E, AZ,
              "INSERT INTO `m` (`id`,`ad`,`fin`,`qeyd`) VALUES\n"
              "(1,'Rauf Əliyev','2WQ7KRD','bu sətir qeydin özüdür və uzundur, çox uzundur'),\n"
              "(2,'Lalə Həsənova','6PZ3MAT','başqa bir qeyd, o da uzundur və davam edir');\n",
              GIZLI_T_AZ_FIN, "6PZ3MAT"));
}

/* Special categories of blind batch 26. */
TEST(special_category_batch_26) {
  CHECK(finds(E, AZ, "Qızımda görmə qüsuru var, eynək taxır.", GIZLI_T_SPECIAL_CATEGORY,
              "görmə qüsuru"));
  CHECK(finds(E, AZ, "Atam keçən il insultdan sonra yeriyə bilmir.", GIZLI_T_SPECIAL_CATEGORY,
              "insultdan"));
  CHECK(finds(E, EN, "That remark was an insult to everyone.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, TR, "Babam 2021'den beri ALS hastalığı ile yaşıyor.", GIZLI_T_SPECIAL_CATEGORY,
              "ALS hastalığı"));
  CHECK(finds(E, TR, "Okulda ceviz alerjisi olan iki öğrenci var: Efe.", GIZLI_T_SPECIAL_CATEGORY,
              "ceviz alerjisi"));
  CHECK(finds(E, TR, "Annem tekerlekli sandalye kullanıyor.", GIZLI_T_SPECIAL_CATEGORY,
              "tekerlekli sandalye"));
  CHECK(finds(E, TR, "Binamızda tekerlekli sandalye erişimi vardır.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(finds(E, TR, "Başvuru notu: %60 engelli raporum var.", GIZLI_T_SPECIAL_CATEGORY,
              "%60 engelli"));
  CHECK(finds(E, TR, "İlan: engelli kontenjanından 3 kişi alınacaktır.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(finds(E, EN, "Flatmate wanted. I'm gay and vegan.", GIZLI_T_SPECIAL_CATEGORY, "gay"));
  CHECK(finds(E, EN, "The money is transferred on Friday.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "He was previously convicted of common assault.", GIZLI_T_SPECIAL_CATEGORY,
              "common assault"));
  CHECK(count_type(E, EN, "He was previously convicted of common assault.",
                   GIZLI_T_SPECIAL_CATEGORY) == 1);
  CHECK(finds(E, EN, "Member status: Unison member since 2011", GIZLI_T_SPECIAL_CATEGORY,
              "Unison member"));
}

/* Forms of blind batch 27 (new sentences of each form, and a negative). */
TEST(blind_batch_27) {
  /* EMAIL: a mail log's message-id=<...> is a message id */
  CHECK(finds(E, EN,
              "Nov 3 09:12:44 mx1 postfix/cleanup[881]: 4F1A2B: "
              "message-id=<20261103.4F1A2B@mx1.example.org>",
              GIZLI_T_EMAIL, NULL));
  CHECK(finds(
      E, EN, "Nov 3 09:12:45 mx1 postfix/smtp[882]: 4F1A2B: to=<ann.reed@example.org>, status=sent",
      GIZLI_T_EMAIL, "ann.reed@example.org"));
  /* DATE_OF_BIRTH: 1900-01-01 is an empty date; another date of the column is a birth date */
  CHECK(finds(E, TR, "tckn,ad,dogum_tarihi\n00000000000,DENEME,1900-01-01\n", GIZLI_T_DATE_OF_BIRTH,
              NULL));
  CHECK(finds(E, TR, "tckn,ad,dogum_tarihi\n00000000000,DENEME,1985-06-21\n", GIZLI_T_DATE_OF_BIRTH,
              "1985-06-21"));
  /* CREDENTIAL: a plain word after "password" with its sentence's closing marks */
  CHECK(finds(E, EN, "sshd[311]: error: PAM: Authentication failure (password expired?)",
              GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "old password Wk83mZq2! (do not reuse)", GIZLI_T_CREDENTIAL, "Wk83mZq2!"));
  /* AZ_FIN: a cell of two values under a header of two labels, padded */
  CHECK(finds(E, AZ,
              "| Ad Soyad / FİN          | Telefon           |\n"
              "|-------------------------|-------------------|\n"
              "| Qasımov Rüfət 5TR8KQM   | +994 50 318 22 41 |\n",
              GIZLI_T_AZ_FIN, "5TR8KQM"));
  CHECK(finds(E, AZ,
              "| Ad Soyad / Şöbə         | Telefon           |\n"
              "|-------------------------|-------------------|\n"
              "| Qasımov Rüfət 5TR8KQM   | +994 50 318 22 41 |\n",
              GIZLI_T_AZ_FIN, NULL));
  /* AZ_FIN: in a scanned document's file name after the person's name */
  CHECK(finds(E, AZ, "arxiv/kadr/Hasanli_Leyla_3MK7QD2.pdf  210K", GIZLI_T_AZ_FIN, "3MK7QD2"));
  CHECK(finds(E, AZ, "arxiv/kadr/Report_Final_3MK7QD2.pdf  210K", GIZLI_T_AZ_FIN, NULL));
  /* DATE_OF_BIRTH: a birth-year cell of a record under a role label */
  CHECK(finds(E, AZ, "Namizəd: Quliyeva Aygün | 1994-11-02 | aygun.q@mail.az",
              GIZLI_T_DATE_OF_BIRTH, "1994-11-02"));
  CHECK(finds(E, TR, "Sigortalı: Kerem Aslan, 12.05.1979\n", GIZLI_T_DATE_OF_BIRTH, "12.05.1979"));
  CHECK(finds(E, AZ, "Namizəd: Quliyeva Aygün, müsahibə 14.12.2026", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(
      finds(E, EN, "Applicant: Tom Hale, applied 03/04/2011 online", GIZLI_T_DATE_OF_BIRTH, NULL));
}

/* Special categories of blind batch 27. */
TEST(special_category_batch_27) {
  CHECK(finds(E, AZ, "Qızım suçiçəyi keçirir, bu həftə bağçaya getməyəcək.",
              GIZLI_T_SPECIAL_CATEGORY, "suçiçəyi"));
  CHECK(finds(E, TR, "Aşı takvimi: 12. ay KKK + su çiçeği", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Atam ürək əməliyyatından sonra evdədir.", GIZLI_T_SPECIAL_CATEGORY,
              "ürək əməliyyatından"));
  CHECK(finds(E, TR, "Oğluma DEHB tanısı konuldu.", GIZLI_T_SPECIAL_CATEGORY, "DEHB"));
  CHECK(finds(E, TR, "Engel durumu: %60 ortopedik engel", GIZLI_T_SPECIAL_CATEGORY,
              "%60 ortopedik engel"));
  CHECK(finds(E, TR, "Sendika: Eğitim-Sen üyesi", GIZLI_T_SPECIAL_CATEGORY, "Eğitim-Sen"));
  CHECK(finds(E, TR, "Eğitim-Sen bugün basın açıklaması yaptı.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Witness: Mr Kerr, GMB union rep for the site.", GIZLI_T_SPECIAL_CATEGORY,
              "union rep"));
  CHECK(finds(E, EN, "You may bring a union representative to the meeting.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, TR, "Ayşe Hanım doğum izninde, dönüşü mart ayında.", GIZLI_T_SPECIAL_CATEGORY,
              "doğum izninde"));
  CHECK(finds(E, EN, "Sorry, I'm off next week for chemo.", GIZLI_T_SPECIAL_CATEGORY, "chemo"));
  CHECK(finds(E, EN, "She is back at work after her stroke in May.", GIZLI_T_SPECIAL_CATEGORY,
              "stroke"));
  CHECK(finds(E, EN, "Status: disabled veteran", GIZLI_T_SPECIAL_CATEGORY, "disabled veteran"));
  CHECK(finds(E, EN, "Please keep my gender reassignment private.", GIZLI_T_SPECIAL_CATEGORY,
              "gender reassignment"));
}

/* SWIFT MT customers (swift_mt.c): the address lines after the name in
 * 50K and 59, the numbered lines of 50F (street, town after the country
 * code, birth date); a line longer than SWIFT's 35 characters or a tag
 * that does not start a line is no field. */
TEST(swift_mt_customers) {
  const char *mt = ":20:FT26328A7Q41\n:50K:/AZ51PAHA90576399008265916444\nQASIMOV ELNUR RAFIQ "
                   "OGLU\nBAKI, XETAI R., NOBEL PR. 15, M. 88\n:59:/GB33BUKB20201555555555\nJOHN "
                   "DOE\n14 HIGH STREET\nLEEDS LS1 4AB\n:70:INV 2023-317459\n-}";
  CHECK(finds(E, AZ, mt, GIZLI_T_ADDRESS, "BAKI, XETAI R., NOBEL PR. 15, M. 88"));
  CHECK(finds(E, EN, mt, GIZLI_T_ADDRESS, "14 HIGH STREET\nLEEDS LS1 4AB"));
  const char *f = ":50F:/DE14087091296832359431\n1/HASAN YILMAZ\n2/KOLNER STR. 118\n3/DE/51149 "
                  "KOELN\n4/19790412\n:59:/TR150020300045923087572637\n";
  CHECK(finds(E, TR, f, GIZLI_T_ADDRESS, "KOLNER STR. 118"));
  CHECK(finds(E, TR, f, GIZLI_T_ADDRESS, "51149 KOELN"));
  CHECK(finds(E, TR, f, GIZLI_T_DATE_OF_BIRTH, "19790412"));
  /* the ordering institution's bank code is no address; a tag inside a
   * line is no field; a 40-character line is no MT line */
  CHECK(count_type(E, EN, ":52A:DEUTDEFF\n:57A:TGBATRIS\n", GIZLI_T_ADDRESS) == 0);
  CHECK(count_type(E, EN, "the field :59: holds the beneficiary\nits name\nand its town\n",
                   GIZLI_T_ADDRESS) == 0);
  CHECK(
      count_type(E, EN,
                 ":59:/GB33BUKB20201555555555\nJOHN DOE\nthis line is much longer than thirty-five "
                 "characters\n",
                 GIZLI_T_ADDRESS) == 0);
}

/* Special categories of blind batches 30 and 31, by class: the whole
 * term as one span, and lookalikes of the same words that must stay
 * unflagged. Examples are made up. */
TEST(special_category_batch_30_31) {
  const int SC = GIZLI_T_SPECIAL_CATEGORY;
  /* a conviction under an article of the az criminal code, with the code,
   * the article and the verb */
  CHECK(finds(E, AZ, "Oğlum Cinayət Məcəlləsinin 221.3-cü maddəsi ilə məhkum olunub.", SC,
              "Cinayət Məcəlləsinin 221.3-cü maddəsi ilə məhkum olunub"));
  CHECK(finds(E, AZ, "Əvvəllər CM-in 186.1-ci maddəsi ilə məhkum edilib.", SC,
              "CM-in 186.1-ci maddəsi ilə məhkum edilib"));
  CHECK(finds(E, AZ, "Bu maddə ilə bağlı məhkəmə qərarı dərc olunub.", SC, NULL));
  /* an offence and its record or verdict joined by "for" / "suçundan" */
  CHECK(finds(E, EN, "He has previous convictions for robbery (2019).", SC,
              "previous convictions for robbery"));
  CHECK(finds(E, TR, "Sabıka kaydı: 2017 yılında hırsızlık suçundan hükümlü", SC,
              "hırsızlık suçundan hükümlü"));
  /* a disability report glossed by its kind in brackets */
  CHECK(finds(E, TR, "Babası: %50 engelli raporu (işitme engeli) var.", SC,
              "%50 engelli raporu (işitme engeli)"));
  /* a lab row with a dot leader; a hepatitis antibody with its result */
  CHECK(finds(E, AZ, "HBsAg ........ müsbət (Hepatit B)\nHəkim: R. Quliyev", SC,
              "HBsAg ........ müsbət (Hepatit B)"));
  CHECK(finds(E, AZ, "Anti-HCV ........ mənfi\n", SC, NULL));
  CHECK(finds(E, EN, "Hepatitis B sAg: POSITIVE - refer to hepatology", SC,
              "Hepatitis B sAg: POSITIVE"));
  CHECK(finds(E, EN, "Hepatitis C Ab: non-reactive", SC, NULL));
  /* a hepatitis vaccine on a travel certificate is no condition */
  CHECK(finds(E, EN, "Received: Hepatitis B (Engerix-B), batch EB2291X, 10/03/2026", SC, NULL));
  /* a union membership answered yes on a form; answered no, nothing */
  CHECK(finds(E, AZ, "Həmkarlar ittifaqı üzvü: bəli (Təhsil işçiləri HİK)\nTel: 1", SC,
              "Həmkarlar ittifaqı üzvü: bəli (Təhsil işçiləri HİK)"));
  CHECK(finds(E, AZ, "Həmkarlar ittifaqı üzvü: xeyr\n", SC, NULL));
  /* union dues: "sendika" with its dues; the word alone names no one */
  CHECK(finds(E, TR, "Bu ay sendika (Birleşik Metal) aidatım kesilmedi.", SC,
              "sendika (Birleşik Metal)"));
  CHECK(finds(E, TR, "Sendika genel kurulu yarın toplanıyor.", SC, NULL));
  CHECK(finds(E, TR, "sendikalar ve dernekler kanunu", SC, NULL));
  /* a union's name as the answer of a union field; the name in news is
   * no one's membership */
  CHECK(finds(E, TR, "Sendika: Öz Gıda-İş Sendikası\n", SC, "Öz Gıda-İş Sendikası"));
  CHECK(finds(E, TR, "Türk Metal Sendikası bugün açıklama yaptı.", SC, NULL));
  /* war disability, alcohol at work, gambling, prison served, bedridden */
  CHECK(finds(E, AZ, "Atam Qarabağ müharibəsi əlilidir.", SC, "müharibəsi əlilidir"));
  CHECK(finds(E, AZ, "Sürücü alkoqol təsiri altında idi.", SC, "alkoqol təsiri altında"));
  CHECK(finds(E, TR, "Eşinin kumar bağımlılığı yüzünden borçlandı.", SC, "kumar bağımlılığı"));
  CHECK(finds(E, TR, "Komşum daha önce hapis yatmış biri.", SC, "hapis yatmış"));
  CHECK(finds(E, TR, "Evde yatağa bağımlı felçli babam var.", SC, "yatağa bağımlı felçli"));
  CHECK(finds(E, TR, "Trafik felç oldu, yollar kapandı.", SC, NULL));
  /* a mental health team, a US conviction, religious dress and feasts */
  CHECK(finds(E, EN, "I was referred to the perinatal mental health team in May.", SC,
              "perinatal mental health"));
  CHECK(finds(E, EN, "The check found a 2021 felony conviction for burglary.", SC,
              "felony conviction for burglary"));
  CHECK(finds(E, EN, "She wore a hijab at work and asked for leave for Eid al-Adha.", SC, "hijab"));
  /* race in a person's description; a colour elsewhere is none */
  CHECK(finds(E, EN, "Suspect: Asian male, 30s, blue jacket.", SC, "Asian"));
  CHECK(finds(E, EN, "Described as female, about 40, White.", SC, "White"));
  CHECK(finds(E, EN, "A white van, a black car and a red bike.", SC, NULL));
  /* a faith in brackets after a name, or under a label with a note */
  CHECK(finds(E, EN, "Mother: Jane Doyle (Church of England)", SC, "Church of England"));
  CHECK(finds(E, EN, "Religion (optional): Methodist\n", SC, "Methodist"));
  CHECK(finds(E, TR, "Mezhebi: Hanefi\n", SC, "Hanefi"));
  CHECK(finds(E, EN, "The Methodist Central Hall is open on Sundays.", SC, NULL));
  CHECK(finds(E, EN, "St Mary's Anglican school fete", SC, NULL));
  /* an ICD-10 code as a JSON member's value under a diagnosis key; a
   * code-shaped part number under another key is none */
  CHECK(finds(E, AZ, "{\"diaqnoz\":{\"icd10\":\"I11.9\",\"ad\":\"x\"}}", SC, "I11.9"));
  CHECK(finds(E, EN, "{\"part\":\"E11.9\",\"qty\":2}", SC, NULL));
  /* a letter-spaced OCR address line: the spaced run around a spaced
   * street word, from its first token (after a label) to its last; a
   * spaced word in prose, or without a digit, is none */
  const int AD = GIZLI_T_ADDRESS;
  CHECK(finds(E, EN,
              "Mrs J Evans\n1 4  H i g h f i e l d  R o a d ,  C a r d i f f  C F 1 4  3 J Q\n", AD,
              "1 4  H i g h f i e l d  R o a d ,  C a r d i f f  C F 1 4  3 J Q"));
  CHECK(finds(E, EN, "7. HOME ADDRESS 4 2  E l m  S t r e e t\n", AD, "4 2  E l m  S t r e e t"));
  CHECK(finds(E, AZ, "\xC3\x9Cnvan: N i z a m i  k \xC3\xBC \xC3\xA7 \xC9\x99 s i  4 5\n", AD,
              "N i z a m i  k \xC3\xBC \xC3\xA7 \xC9\x99 s i  4 5"));
  CHECK(finds(E, EN, "She walked down the R o a d slowly.", AD, NULL));
  CHECK(finds(E, EN, "T H E  L O N G  R O A D  H O M E\n", AD, NULL));
  CHECK(finds(E, EN, "Plan A v e B", AD, NULL));
  /* a forum's section in its breadcrumb names no one */
  CHECK(finds(E, TR, "Forum: annelerforumu.com \xE2\x80\xBA Hamilelik\nMerhaba", SC, NULL));
}

/* Forms of blind batch 32 (machine and semi-structured text), with
 * lookalikes of the same layouts that must stay unflagged. */
TEST(blind_batch_32) {
  /* PHONE: URL-encoded in a query value; a tagged international number; a
   * phone-named JSON key */
  CHECK(finds(E, AZ, "GET /signup?tel=%2B994%2051%20482%2017%2063&src=web HTTP/1.1", GIZLI_T_PHONE,
              "%2B994%2051%20482%2017%2063"));
  CHECK(
      finds(E, EN, "POST /form?phone=%2B447911380254 HTTP/1.1", GIZLI_T_PHONE, "%2B447911380254"));
  CHECK(finds(E, TR, "GET /siparis?cep=0544+612+09+38&adet=2 HTTP/2.0", GIZLI_T_PHONE,
              "0544+612+09+38"));
  CHECK(finds(E, EN, "GET /calc?sum=1024+2048+4096&v=%2B12 HTTP/1.1", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, AZ, "ACCEPT user=guest-994701234518 ap=AP-2F-01", GIZLI_T_PHONE, "994701234518"));
  CHECK(finds(E, AZ, "Qaimə INV-994701234518 ödənilib", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, EN, "{\"name\": \"Dana Wells\", \"phone\": \"13055550148\"}", GIZLI_T_PHONE,
              "13055550148"));
  CHECK(finds(E, EN, "{\"mobile_phone\":447700912345,\"ok\":true}", GIZLI_T_PHONE, "447700912345"));
  CHECK(finds(E, EN, "{\"order_id\": \"13055550148\", \"phone\": \"+1 305 ***-0148\"}",
              GIZLI_T_PHONE, NULL));
  /* ADDRESS: an address label as a query parameter, its value encoded */
  CHECK(finds(E, TR, "GET /profil?il=Bursa&adres=Kirazli+Mah.+312+Sok.+No%3A14+Osmangazi HTTP/1.1",
              GIZLI_T_ADDRESS, "Kirazli+Mah.+312+Sok.+No%3A14+Osmangazi"));
  CHECK(finds(E, TR, "GET /profil?adres=guncelle&id=4471 HTTP/1.1", GIZLI_T_ADDRESS, NULL));
  /* DATE_OF_BIRTH: birthday columns, year first with slashes, US month
   * first; a birth label of the next sentence */
  CHECK(finds(E, AZ, "kart,ad,do\xC4\x9Fum_g\xC3\xBCn\xC3\xBC,bal\nLC-7,Aysel,1990/07/15,40\n",
              GIZLI_T_DATE_OF_BIRTH, "1990/07/15"));
  CHECK(finds(E, EN, "id,name,date_of_birth,rate\n7,\"Reed, Ann\",04/23/1979,21.50\n",
              GIZLI_T_DATE_OF_BIRTH, "04/23/1979"));
  CHECK(finds(E, EN, "id,name,created_at,rate\n7,\"Reed, Ann\",04/23/2019,21.50\n",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  const char *next = "Yeni i\xC5\x9F\xC3\xA7i, ba\xC5\x9Flama 01.09.2025. Do\xC4\x9Fum "
                     "g\xC3\xBCn\xC3\xBC 14.06.1997, t\xC9\x99"
                     "brik edin.";
  CHECK(finds(E, AZ, next, GIZLI_T_DATE_OF_BIRTH, "14.06.1997"));
  CHECK(count_type(E, AZ, next, GIZLI_T_DATE_OF_BIRTH) == 1);
  /* SOCIAL_HANDLE: a chat message's user name in JSON; a shop's or error
   * tracker's user object is a login; a Slack member id; YAML keys */
  CHECK(finds(E, EN,
              "{\"type\":\"message\",\"user\":\"U01ABCDEF\",\"username\":\"rauf.m_dev\","
              "\"text\":\"deploy done\",\"ts\":\"1700000000.000100\"}",
              GIZLI_T_SOCIAL_HANDLE, "rauf.m_dev"));
  CHECK(finds(E, EN,
              "user: {\"id\":\"5512\",\"username\":\"rauf.m_dev\",\"ip_address\":\"10.1.2.3\"}",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "<@U04XYZ12AB> can you check the invoice?", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "telegram:\n  bot_name: alerts_bot\n  chat_id: group_42\n  retry_after: 5s\n",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  /* EMAIL: a JSON string's escaped '@' */
  CHECK(finds(E, AZ, "{\"email\":\"nigar.q\\u0040mail.ru\",\"ok\":1}", GIZLI_T_EMAIL,
              "nigar.q\\u0040mail.ru"));
  /* TR_VKN: an INI key run together */
  CHECK(finds(E, TR, "[Sirket]\nVergiNo=4896496237\nSurum=6.1.2\n", GIZLI_T_TR_VKN, "4896496237"));
  /* CREDENTIAL: a reset password given after the verb; not an SMS
   * one-time code nor an environment variable's reference */
  CHECK(finds(E, TR,
              "\xC5\x9E"
              "ifreni s\xC4\xB1"
              "f\xC4\xB1rlad\xC4\xB1m: Kp7#wQ2!zr, girince "
              "de\xC4\x9Fi\xC5\x9Ftir",
              GIZLI_T_CREDENTIAL, "Kp7#wQ2!zr"));
  CHECK(finds(E, TR,
              "Tek kullan\xC4\xB1ml\xC4\xB1k \xC5\x9F"
              "ifre: 482913. Kimseyle payla\xC5\x9Fmay\xC4\xB1n.",
              GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "+DB_PASSWORD=${DB_PASSWORD}\n", GIZLI_T_CREDENTIAL, NULL));
  /* CREDENTIAL: the password of a sign-in call in code, not an
   * environment lookup nor a placeholder word */
  CHECK(finds(E, EN, "-    client.login(\"qa.user@firma.az\", \"Wq83kLmz0pRt\")",
              GIZLI_T_CREDENTIAL, "Wq83kLmz0pRt"));
  CHECK(finds(E, EN, "+    client.login(os.getenv(\"QA_USER\"), os.getenv(\"QA_PASS\"))",
              GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "login(\"admin\", \"password\")", GIZLI_T_CREDENTIAL, NULL));
  /* SOCIAL_HANDLE: a UPI payment address after its label; an e-mail after
   * it stays an e-mail, and no label on the line is no UPI address */
  CHECK(finds(E, EN, "Refund to UPI id priya.n@oksbi. Thanks", GIZLI_T_SOCIAL_HANDLE,
              "priya.n@oksbi"));
  CHECK(finds(E, EN, "UPI: 9811122233@ybl", GIZLI_T_SOCIAL_HANDLE, "9811122233@ybl"));
  CHECK(finds(E, EN, "UPI contact: priya.n@oksbi.co.in", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "UPI failed\nssh deploy@buildhost", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* AZ_FIN: a placeholder; IP_ADDRESS and SPECIAL_CATEGORY: a key's
   * fingerprint in hex pairs */
  CHECK(finds(E, AZ, "test FİN-i silindi, yerinə FİN XXXXXXX yazıldı", GIZLI_T_AZ_FIN, NULL));
  const char *fp = "ssh host key fingerprint 4a:7f:0c:e2:19:b8:d3:55 accepted";
  CHECK(finds(E, EN, fp, GIZLI_T_IP_ADDRESS, NULL));
  CHECK(finds(E, EN, fp, GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "peer fe80::1c2d:3e4f:5a6b:7c8d up", GIZLI_T_IP_ADDRESS,
              "fe80::1c2d:3e4f:5a6b:7c8d"));
  CHECK(finds(E, EN, "Biometric enrolment: fingerprint and face scan stored.",
              GIZLI_T_SPECIAL_CATEGORY, "fingerprint"));
  /* SPECIAL_CATEGORY: a depressive disorder, a road-injury conviction */
  CHECK(count_type(E, EN, "Referral reason: moderate depressive disorder, off work.",
                   GIZLI_T_SPECIAL_CATEGORY) == 1);
  CHECK(count_type(E, TR, "Adli sicil: taksirle yaralama su\xC3\xA7undan mahkumiyet",
                   GIZLI_T_SPECIAL_CATEGORY) == 1);
}

TEST(blind_batch_41) {
  const int SH = GIZLI_T_SOCIAL_HANDLE, CR = GIZLI_T_CREDENTIAL, DOB = GIZLI_T_DATE_OF_BIRTH;
  /* passports listed under a heading that names them; a booking code or
   * a list under another heading is none */
  CHECK(finds(E, AZ,
              "Elan: \"pasport bazası, nümunə\"\n  1  QULIYEV ELDAR  C04417722  12/03/1980\n"
              "  2  SALAYEVA GÜNEL  C07710042  01/09/1991\n",
              GIZLI_T_AZ_PASSPORT, "C07710042"));
  CHECK(finds(E, TR, "Satış listesi (pasaport kayıtları)\nÖrnek:\n  DEMIR ALI | U71234506 | 1980\n",
              GIZLI_T_TR_PASSPORT, "U71234506"));
  CHECK(finds(E, AZ, "Sifariş siyahısı\n  1  C04417722  12 ədəd\n", GIZLI_T_AZ_PASSPORT, NULL));
  /* one row per INSERT without a column list: FİN and passport columns
   * read from the rows; NULL is taken */
  const char *dump = "INSERT INTO `m` VALUES (1,'Ali Vəliyev','5ZK2P7M','C01234567','a@b.az');\n"
                     "INSERT INTO `m` VALUES (2,'Aynur Əliyeva','2HB7RMX',NULL,'c@d.az');\n"
                     "INSERT INTO `m` VALUES (3,'Samir Quliyev','7DT3LQ9','C07654321','e@f.az');\n";
  CHECK(finds(E, AZ, dump, GIZLI_T_AZ_FIN, "2HB7RMX"));
  CHECK(finds(E, AZ, dump, GIZLI_T_AZ_PASSPORT, "C07654321"));
  CHECK(finds(E, AZ,
              "INSERT INTO `b` VALUES (1,'QX7P2LM');\nINSERT INTO `c` VALUES (2,'TR4K9ZM');\n",
              GIZLI_T_AZ_FIN, NULL));
  /* a log's id key and a tag key give no phone; a caller id stays one */
  CHECK(finds(E, AZ, "date=2026-11-20 logid=\"0101039424\" type=\"event\"", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "{\"hgs_etiket\":\"0512771048\",\"tel\":\"+90 542 118 07 63\"}", GIZLI_T_PHONE,
              "+90 542 118 07 63"));
  CHECK(finds(E, TR, "{\"hgs_etiket\":\"0512771048\"}", GIZLI_T_PHONE, NULL));
  /* Elasticsearch fields are no handles */
  CHECK(finds(E, EN, "{\"@timestamp\":\"2026-11-23T11:08:41Z\",\"@version\":\"1\"}", SH, NULL));
  /* passwords in a URL query or a form body; a reset link's protocol and
   * a short token are none */
  CHECK(finds(E, EN, "\"GET /api/login?user=kay&pass=Tulip2019 HTTP/1.1\" 401", CR, "Tulip2019"));
  CHECK(finds(E, TR, "body: kullanici=x@y.com&password=Deniz.1990!&hatirla=1", CR, "Deniz.1990!"));
  CHECK(finds(E, EN, "\"POST /reset-password HTTP/1.1\" 302 0", CR, NULL));
  CHECK(finds(E, EN, "She said the password was \"Harbour77!\" and hung up.", CR, "Harbour77!"));
  CHECK(finds(E, EN, "requests.get(url, auth=(\"3f9a2c1e-77b0-4c1d-9e2f-0a1b2c3d4e5f\", \"\"))", CR,
              "3f9a2c1e-77b0-4c1d-9e2f-0a1b2c3d4e5f"));
  CHECK(finds(E, EN, "requests.get(url, auth=(\"service-account-readonly\", \"\"))", CR, NULL));
  /* handles: mid-line author and seller labels, an address that holds the
   * name, a chat export's headers around a pasted YAML block */
  CHECK(finds(E, EN, "Bug #88 opened by dan-okoro: crash on start", SH, "dan-okoro"));
  CHECK(finds(E, EN, "Dump offered by seller lux_data: 2k rows", SH, "lux_data"));
  CHECK(finds(E, AZ, "Forum: exploit[.]in, satıcı kaspi_dump, qiymət 300 USD.", SH, "kaspi_dump"));
  CHECK(finds(E, AZ, "Satıcı: qaraqum (Jabber qaraqum@xmpp.jp) əlaqə saxlayır.", SH, "qaraqum"));
  CHECK(finds(E, EN, "Satıcı: Kamran Əliyev, telefonla", SH, NULL));
  CHECK(finds(E, EN, "-- posted in #threat-intel by j.moss: \"new dump\"", SH, "j.moss"));
  CHECK(finds(E, EN, "Written by the team in #general by design", SH, NULL));
  const char *slack = "[Slack #ops]\nkerem.a  09:12\nconfig şu:\n  db:\n    max_pool: 20\n"
                      "leyla.s  09:14\nsilin lütfen\n";
  CHECK(finds(E, TR, slack, SH, "leyla.s"));
  CHECK(finds(E, TR, slack, SH, "kerem.a"));
  CHECK(count_type(E, TR, slack, SH) == 2);
  /* birth dates: doğ. with month and year, Turkish months without
   * diacritics, an ordinal day and a two-digit year, percent-encoded
   * slashes, field 3 of a driving licence (also with O for 0) */
  CHECK(finds(E, AZ, "oğlu Məmmədov Elçin, doğ. 11.2018 — qeydiyyatda", DOB, "11.2018"));
  CHECK(finds(E, TR,
              "Temsilci: TC kimlik numaranızı ve doğum tarihinizi yazar mısınız?\n"
              "Müşteri (Ece): 10000000146 , 14 agustos 88\n",
              DOB, "14 agustos 88"));
  CHECK(finds(E, EN, "Agent: can you confirm your date of birth?\nUser (sam): born 22nd mar 79\n",
              DOB, "22nd mar 79"));
  CHECK(finds(E, EN, "payload=name=Al+Reed&dob=11%2F23%2F1985&zip=10001", DOB, "11%2F23%2F1985"));
  CHECK(finds(E, EN, "payload=name=Al+Reed&start=11%2F23%2F1985", DOB, NULL));
  const char *dl = "DRIVING LICENCE\n1. PATEL\n2. ANIKA\n3. 2O.O4.1990 LEICESTER\n"
                   "4a. 12.O5.2O21  4b. 11.O5.2O31\n";
  CHECK(finds(E, EN, dl, DOB, "2O.O4.1990"));
  CHECK(count_type(E, EN, dl, DOB) == 1);
  CHECK(finds(E, EN, "Steps:\n2. open the box\n3. 20.04.1990 was the day\n", DOB, NULL));
  /* a lower-case NI number given to an agent who asked for it */
  CHECK(finds(E, EN, "Agent: please give me your NI number.\nVisitor (kim): jt482913c , thanks\n",
              GIZLI_T_UK_NINO, "jt482913c"));
  CHECK(finds(E, EN, "build tag jt482913c deployed", GIZLI_T_UK_NINO, NULL));
}

/* Batch 42 (people writing to people and institutions): the forms its
 * fixes cover, with lookalikes that must stay unflagged. */
TEST(blind_batch_44_forums) {
  /* a post header's verb, after "> " and "(N mesaj)"; non-ASCII letters */
  CHECK(finds(E, AZ, "Mövzu: maşın\nkenan_sumqayit (12 mesaj) yazdı:\nsalam hamıya\n",
              GIZLI_T_SOCIAL_HANDLE, "kenan_sumqayit"));
  CHECK(finds(E, AZ, "Forum: ev\n> tural.q cavab verdi: kupça lazımdır\n", GIZLI_T_SOCIAL_HANDLE,
              "tural.q"));
  CHECK(finds(E, TR, "Konu: kart\nhakan_61 alıntı yaptı:\n> merhaba\n", GIZLI_T_SOCIAL_HANDLE,
              "hakan_61"));
  CHECK(finds(E, AZ, "Mövzu: sığorta\n> dəmirçi_Əli: polis yenisi verilir, narahat olmayın\n",
              GIZLI_T_SOCIAL_HANDLE, "dəmirçi_Əli"));
  CHECK(finds(E, AZ, "Mövzu: kredit\nGülşən_M:\nbank imtina etdi\n", GIZLI_T_SOCIAL_HANDLE,
              "Gülşən_M"));
  CHECK(finds(E, AZ, "Mövzu: kredit\nÜmumi_Məbləğ:\n500 AZN\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* a code host's verbs take a plain lower case name; prose does not */
  CHECK(finds(E, EN, "GitHub issue #12\nmkaya opened this issue\nThe build fails.\n",
              GIZLI_T_SOCIAL_HANDLE, "mkaya"));
  CHECK(finds(E, EN, "GitHub PR #9\npat-doe requested changes on src/a.ts\n", GIZLI_T_SOCIAL_HANDLE,
              "pat-doe"));
  CHECK(finds(E, EN, "Meeting notes\nnobody commented on it\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "The customer replied: we will pay tomorrow.\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* forum, Hacker News and Mumsnet headers, a review's date line */
  CHECK(finds(E, TR, "Forum\nkoray_35 · Katılım: 3 Mayıs 2018 · Mesaj: 12\n", GIZLI_T_SOCIAL_HANDLE,
              "koray_35"));
  CHECK(finds(E, EN, "Thread\nTwoDogsNoGarden · 02/11/2024 08:15\nAIBU?\n", GIZLI_T_SOCIAL_HANDLE,
              "TwoDogsNoGarden"));
  CHECK(finds(E, EN, "Leyla · 02/11/2024 08:15\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "Ask HN\n  mwhitlock 5 hours ago\n  Nice work.\n", GIZLI_T_SOCIAL_HANDLE,
              "mwhitlock"));
  CHECK(finds(E, EN, "edited 5 hours ago\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "Release notes\nv1_2 3 days ago\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "GitHub issue #5\nnobody commented on it\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, AZ, "Google Play rəyi: Bolt\nsamir_88, 02.03.2024\nçox gec gəldi\n",
              GIZLI_T_SOCIAL_HANDLE, "samir_88"));
  CHECK(finds(E, EN, "Sales report\ndue_date, 02.03.2024\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* bracketed Q&A and marketplace authors; a site's placeholder stays out */
  CHECK(finds(E, AZ, "Cavab (Vasitəçi EvMarket_Baku): kupça var\n", GIZLI_T_SOCIAL_HANDLE,
              "EvMarket_Baku"));
  CHECK(finds(E, TR, "Satıcı cevabı (TeknoDepoTR): Evet\n", GIZLI_T_SOCIAL_HANDLE, "TeknoDepoTR"));
  CHECK(finds(E, AZ, "Sual (user_58231): kupça var?\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "Total (incl. VAT): 40 GBP\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* sözlük signatures in the entry line and Ekşi's "(date ~ name)" */
  CHECK(finds(E, AZ, "1. ev sahibi pulu qaytarmır. --gecə_quşu 03.02.2024 14:11\n",
              GIZLI_T_SOCIAL_HANDLE, "gecə_quşu"));
  CHECK(finds(E, TR, "kargo gelmedi. (03.04.2024 18:22 ~ uykusuz_kedi)\n", GIZLI_T_SOCIAL_HANDLE,
              "uykusuz_kedi"));
  CHECK(finds(E, EN, "run it as: make test --no_cache\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "Setup\n2. then run it with --dry_run\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, AZ, "Ekşi tipli sözlük\n2. məndə də eyni adamdı --nihad_qq\n",
              GIZLI_T_SOCIAL_HANDLE, "nihad_qq"));
  /* labels: a profile's user, eBay's "From", a review's "by"; a log-in
   * line with its password is a system's */
  CHECK(finds(E, AZ, "İstifadəçi: nərgiz_muellim | Mesajlar: 12\n", GIZLI_T_SOCIAL_HANDLE,
              "nərgiz_muellim"));
  CHECK(finds(E, TR, "Kullanıcı: test_hesap | Şifre: 1234\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "eBay messages\nFrom lens_hunter_77: can you ship?\n", GIZLI_T_SOCIAL_HANDLE,
              "lens_hunter_77"));
  CHECK(finds(E, EN, "by tired_of_fees – Mar 3, 2024\n", GIZLI_T_SOCIAL_HANDLE, "tired_of_fees"));
  CHECK(finds(E, EN, "From Monday: new hours\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, TR, "Soru: Faturalı mı? — deniz.k\n", GIZLI_T_SOCIAL_HANDLE, "deniz.k"));
  CHECK(
      finds(E, AZ, "Tanışlıq profili — Nərmin_25_Bakı\n", GIZLI_T_SOCIAL_HANDLE, "Nərmin_25_Bakı"));
  CHECK(finds(E, EN, "Answer: yes. — GadgetHub Direct (Seller)\n", GIZLI_T_SOCIAL_HANDLE,
              "GadgetHub Direct"));
  /* a messaging app in a sentence, a repository's owner after a label */
  CHECK(finds(E, AZ, "İmzam: sakit sürücü. Skype: elnur.q_baku\n", GIZLI_T_SOCIAL_HANDLE,
              "elnur.q_baku"));
  CHECK(finds(E, EN, "If we match, my snap is jess_k91 ok?\n", GIZLI_T_SOCIAL_HANDLE, "jess_k91"));
  CHECK(finds(E, EN, "Is Skype: down again today?\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, TR, "GitLab CI (proje: emre.kaya/fatura-api, job #12)\n", GIZLI_T_SOCIAL_HANDLE,
              "emre.kaya"));
  /* a meeting's attendees: lower case nicks, not capitalised names */
  CHECK(count_type(E, EN, "Attendees: r-sato, mkel, jdoe2\n * mkel to send notes\n",
                   GIZLI_T_SOCIAL_HANDLE) == 4);
  CHECK(finds(E, EN, "Attendees: Alice, Bob, Carol\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "Attendees: none, tbd\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* a config key pasted into a forum post is no speaker */
  CHECK(finds(E, EN, "Forum: server help\ndb_user: admin root here\napp_server: started at 10:00\n",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "Forum: cars\nold_timer_62: sold mine last year\n", GIZLI_T_SOCIAL_HANDLE,
              "old_timer_62"));
}

TEST(blind_batch_42) {
  /* Indian phones: an STD code and the number in two groups with another
   * separator; ten digits run together after another phone and "/" */
  CHECK(finds(E, EN, "Ph: 080-2345 6789 (office hours)", GIZLI_T_PHONE, "080-2345 6789"));
  CHECK(finds(E, EN, "Call Priya +91 98450 12345 / 9845067890 after 6pm", GIZLI_T_PHONE,
              "9845067890"));
  CHECK(finds(E, EN, "Order 9845067890 shipped / tracking sent", GIZLI_T_PHONE, NULL));
  /* an Indian address keeps a locality the names read as a name */
  CHECK(finds(E, EN, "Address: H.No. 7/21, Ravi Nagar, Sector 9, Kanpur - 208001", GIZLI_T_ADDRESS,
              "H.No. 7/21, Ravi Nagar, Sector 9, Kanpur - 208001"));
  /* Azerbaijani in Cyrillic letters: a birth date and an address */
  CHECK(finds(E, AZ, "Гардашым 03.04.1972 тәвәллүдлүдүр, бој 1.80.", GIZLI_T_DATE_OF_BIRTH,
              "03.04.1972"));
  CHECK(finds(E, AZ, "Ҝөрүш 03.04.2025 тарихиндә олду.", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "Үнван: Бинә гәсәбәси, С.Вурғун күчәси 5", GIZLI_T_ADDRESS,
              "Бинә гәсәбәси, С.Вурғун күчәси 5"));
  CHECK(finds(E, AZ, "Бу күчә 5 илдир тәмир олунмур.", GIZLI_T_ADDRESS, NULL));
  /* a district and a settlement written short; a settlement's street
   * without a house; a word before the settlement stays out */
  CHECK(
      finds(E, AZ, "Ünvan: Suraxanı r., Hövsan qəs.", GIZLI_T_ADDRESS, "Suraxanı r., Hövsan qəs."));
  CHECK(finds(E, AZ, "Maştağa qəs., Q.Qarayev küçəsi boyunca işıq yoxdur.", GIZLI_T_ADDRESS,
              "Maştağa qəs., Q.Qarayev küçəsi"));
  CHECK(finds(E, AZ, "Onun Binə qəsəbəsi, Nizami küçəsi 4 ünvanında evi var.", GIZLI_T_ADDRESS,
              "Binə qəsəbəsi, Nizami küçəsi 4"));
  /* a Turkish ordinal after a neighbourhood: a floor is no town, an
   * estate's section is part of the address */
  CHECK(
      finds(E, TR, "Satılık: Karşıyaka / Bostanlı Mah., 3. kat, asansörlü", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, TR,
              "Adres: Gebze Organize Sanayi Bölgesi 2. Kısım, 5. Cad. No: 12, 41400 Gebze/Kocaeli",
              GIZLI_T_ADDRESS,
              "Gebze Organize Sanayi Bölgesi 2. Kısım, 5. Cad. No: 12, 41400 Gebze/Kocaeli"));
  /* Slavic streets in Latin letters; microlitres are none */
  CHECK(finds(E, EN, "Address: ul. Piotrkowska 120, 90-006 Łódź", GIZLI_T_ADDRESS,
              "ul. Piotrkowska 120, 90-006 Łódź"));
  CHECK(finds(E, EN, "Last seen at vul. Khreshchatyk 15, kv. 4, Kyiv 01001", GIZLI_T_ADDRESS,
              "vul. Khreshchatyk 15, kv. 4, Kyiv 01001"));
  CHECK(finds(E, EN, "Dilute 5 ul. of saline in 2 ml.", GIZLI_T_ADDRESS, NULL));
  /* a national number joined to an international one, before or after */
  CHECK(finds(E, TR, "Sorumlu: Ayşe Kaya 030 2345 6789 / +49 151 2345 6789", GIZLI_T_PHONE,
              "030 2345 6789"));
  CHECK(finds(E, TR, "Sorumlu: Ayşe Kaya +49 170 1234567 / 0211 4567 8901", GIZLI_T_PHONE,
              "0211 4567 8901"));
  CHECK(count_type(E, TR, "Siparis 2024-0001 / +49 151 2345 6789", GIZLI_T_PHONE) == 1);
  /* special categories */
  CHECK(finds(E, TR, "Babam geçen hafta beyin kanaması geçirdi.", GIZLI_T_SPECIAL_CATEGORY,
              "beyin kanaması"));
  CHECK(finds(E, EN, "My son has dengue and is in hospital.", GIZLI_T_SPECIAL_CATEGORY, "dengue"));
  /* a Turkish district and province written first; a date is none */
  CHECK(finds(E, TR, "Konu: Çankaya/ANKARA, Kızılay Mah. Atatürk Blv. No: 5", GIZLI_T_ADDRESS,
              "Çankaya/ANKARA, Kızılay Mah. Atatürk Blv. No: 5"));
  CHECK(finds(E, TR, "Tarih 12/05, Kızılay Mah. Atatürk Blv. No: 5", GIZLI_T_ADDRESS,
              "Kızılay Mah. Atatürk Blv. No: 5"));
  /* the postcode written first */
  CHECK(finds(E, AZ, "Qeydiyyat: AZ1025, Bakı şəh., Füzuli küç. 12, mən. 3", GIZLI_T_ADDRESS,
              "AZ1025, Bakı şəh., Füzuli küç. 12, mən. 3"));
  /* a district's kind and a main city after the street, no postcode */
  CHECK(finds(E, AZ, "Ünvan: Nizami küçəsi 10, Yasamal r., Bakı", GIZLI_T_ADDRESS,
              "Nizami küçəsi 10, Yasamal r., Bakı"));
  /* an ellipsis ends an address, a Turkish case suffix is no part of the
   * town; an Irish name's apostrophe stays */
  CHECK(finds(E, EN, "This is Mary at Hillside School, 41 Oak Street, Dayton... please call back",
              GIZLI_T_ADDRESS, "41 Oak Street, Dayton"));
  CHECK(finds(E, TR, "Yer: Kuşdili Cad. No:12, Moda'daki kafe.", GIZLI_T_ADDRESS,
              "Kuşdili Cad. No:12, Moda"));
  CHECK(finds(E, EN, "Send it to 12 O'Connell Street, Dublin", GIZLI_T_ADDRESS,
              "12 O'Connell Street, Dublin"));
  /* a disease's stage, an open operation and a caste's language group */
  CHECK(finds(E, EN, "Dad has advanced Parkinson's disease now.", GIZLI_T_SPECIAL_CATEGORY,
              "advanced Parkinson's disease"));
  CHECK(finds(E, EN, "Alliance invited for our son, Tamil Brahmin, 29 years",
              GIZLI_T_SPECIAL_CATEGORY, "Tamil Brahmin"));
  /* a marketplace seller's name in quotes; a brand is none */
  CHECK(finds(E, TR, "Satıcı \"KitapDunyasiTR\" iade kabul etmiyor.", GIZLI_T_SOCIAL_HANDLE,
              "KitapDunyasiTR"));
  CHECK(finds(E, TR, "Satıcı \"Apple\" cevap vermiyor.", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* an Ekşi Sözlük signature after "--- " in a text without diacritics;
   * an SQL comment with a date is none */
  CHECK(finds(E, TR,
              "Eksi Sozluk - \"kayip cuzdan\"\ncuzdanimi kaybettim.\n--- yorgun ogrenci "
              "02.02.2025 10:15",
              GIZLI_T_SOCIAL_HANDLE, "yorgun ogrenci"));
  CHECK(finds(E, EN, "-- deleted by admin 14.03.2025 01:47\nDELETE FROM t;", GIZLI_T_SOCIAL_HANDLE,
              NULL));
}

TEST(blind_batch_39) {
  const int SC = GIZLI_T_SPECIAL_CATEGORY;
  /* a party's membership, en / tr / az; a club's or a sender's is none */
  CHECK(finds(E, EN, "We confirm your membership of the Labour Party from May.", SC,
              "membership of the Labour Party"));
  CHECK(finds(E, EN, "We confirm your membership of the Riverside Tennis Club.", SC, NULL));
  CHECK(finds(E, EN, "From: Labour Party Membership <join@labour.example>\n", SC, NULL));
  CHECK(finds(E, TR, "Sayın üyemiz, Demokrat Halk Partisi'ne üyeliğiniz onaylanmıştır.", SC,
              "Demokrat Halk Partisi'ne üyeliğiniz"));
  CHECK(finds(E, AZ, "Status: partiya üzvlüyünə qəbul olunub", SC, "partiya üzvlüyünə"));
  /* the organ of an az diagnosis in the genitive, with a qualifier */
  CHECK(finds(E, AZ, "Diaqnoz: Qaraciyərin bədxassəli şişi.", SC, "Qaraciyərin bədxassəli şişi"));
  CHECK(
      finds(E, AZ, "Epikriz: sol arteriyanın aterosklerozu.", SC, "sol arteriyanın aterosklerozu"));
  /* a grade as az writes it; a comma before the stage; bronchial asthma */
  CHECK(finds(E, AZ, "Diaqnoz: ağır dərəcəli depressiv epizod (F32.2)", SC,
              "ağır dərəcəli depressiv epizod"));
  CHECK(finds(E, TR, "Tanı: Kronik böbrek hastalığı, evre 3 (N18.3)", SC,
              "Kronik böbrek hastalığı, evre 3"));
  CHECK(finds(E, AZ, "Anamnez: bronxial astma, 2019-cu ildən", SC, "bronxial astma"));
  CHECK(finds(E, EN, "Diagnosis: post-traumatic stress disorder, chronic.", SC,
              "post-traumatic stress disorder"));
  /* an ethnicity field's whole answer; a description stays the race word */
  CHECK(finds(E, EN, "Ethnicity: Mixed – White and Black African\nReligion: none", SC,
              "Mixed – White and Black African"));
  CHECK(finds(E, EN, "The walls were painted in mixed colours.", SC, NULL));
  /* a cause of death of a named decedent, the civil register in brackets */
  CHECK(finds(E, TR, "Ölüm nedeni (nüfus kaydı): mide kanseri", SC, "mide kanseri"));
  /* no one's datum: a work topic, a doctor's title, a form question
   * answered no, a power of attorney's clause, a benefit line, a union's
   * name in capitals, an offence with a victim and no suspect */
  CHECK(finds(E, EN, "Built the fraud-detection models for the card team.", SC, NULL));
  CHECK(finds(E, AZ, "Həkim: Leyla Həsənova, psixiatr\n", SC, NULL));
  CHECK(finds(E, TR, "S4. Diyabet tedavisi gördünüz mü? HAYIR\n", SC, NULL));
  CHECK(finds(E, TR, "S4. Diyabet tedavisi gördünüz mü? EVET\n", SC, "Diyabet"));
  CHECK(finds(E, EN, "This power shall not be affected by my later disability or incapacity.", SC,
              NULL));
  CHECK(finds(E, TR, "Gelir: Engelli aylığı 4.100 TL\n", SC, NULL));
  CHECK(finds(E, TR, "TÜRKİYE MADEN İŞÇİLERİ SENDİKASI — DUYURU\n", SC, NULL));
  CHECK(finds(E, EN,
              "INCIDENT REPORT\nOffense: Burglary of Habitation\nComplainant: J. Reed\n"
              "Narrative: the rear door was forced.\n",
              SC, NULL));
  CHECK(finds(E, EN,
              "INCIDENT REPORT\nOffense: Burglary of Habitation\nComplainant: J. Reed\n"
              "Suspect: T. Vance, 24\n",
              SC, "Burglary"));
  /* PHONE: Irish 1850 / 1890 numbers; a year before a count is none */
  CHECK(finds(E, EN, "Out of hours: 1890 372 999", GIZLI_T_PHONE, "1890 372 999"));
  CHECK(finds(E, EN, "In 1850 372 of them moved west.", GIZLI_T_PHONE, NULL));
  /* ADDRESS: the kilometre of a highway */
  CHECK(finds(E, TR, "Fabrika: Ankara Yolu 12. km No:5 Kemalpaşa/İzmir", GIZLI_T_ADDRESS,
              "Ankara Yolu 12. km No:5 Kemalpaşa/İzmir"));
}

TEST(blind_batch_33) {
  /* SOCIAL_HANDLE: a forum quote header, a Q&A author, a reply header, an
   * Ekşi Sözlük nick line, a name after GitHub; a first name before the
   * verb, a bracket word after GitHub and a nick line elsewhere are none */
  CHECK(finds(E, AZ,
              "Forum: m\xC3\xBCzakir\xC9\x99\n\nsevda_k88 yaz\xC4\xB1r:\nKims\xC9\x99 bilir?\n",
              GIZLI_T_SOCIAL_HANDLE, "sevda_k88"));
  CHECK(finds(E, EN, "Thread: boiler\n\nmark-the-plumber wrote:\nBleed it first.\n",
              GIZLI_T_SOCIAL_HANDLE, "mark-the-plumber"));
  CHECK(finds(E, EN, "Thread: boiler\n\nMark wrote:\nBleed it first.\n", GIZLI_T_SOCIAL_HANDLE,
              NULL));
  CHECK(finds(E, EN, "asked by rustacean_42 (88 rep)\n", GIZLI_T_SOCIAL_HANDLE, "rustacean_42"));
  CHECK(finds(E, TR, "Cevap \xE2\x80\x93 borsaci_34 \xC2\xB7 Mesaj: #5\nSat\xC4\xB1n.\n",
              GIZLI_T_SOCIAL_HANDLE, "borsaci_34"));
  CHECK(finds(E, TR,
              "s\xC3\xB6zl\xC3\xBCk \xC2\xB7 \"kira art\xC4\xB1\xC5\x9F\xC4\xB1\"\n\nfena "
              "de\xC4\x9Fil\n\nkad\xC4\xB1k\xC3\xB6y vapuru \xC2\xB7 03.10.2025 09:12\n",
              GIZLI_T_SOCIAL_HANDLE, "kad\xC4\xB1k\xC3\xB6y vapuru"));
  CHECK(finds(E, TR, "haber \xC2\xB7 b\xC3\xBClten\n\nistanbul \xC2\xB7 03.10.2025 09:12\n",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, TR,
              "Projelerim GitHub'da mert-yildiz kullan\xC4\xB1"
              "c\xC4\xB1 ad\xC4\xB1yla a\xC3\xA7\xC4\xB1k.",
              GIZLI_T_SOCIAL_HANDLE, "mert-yildiz"));
  CHECK(finds(E, EN, "Code samples are on my GitLab (o_brien_dev) if useful.",
              GIZLI_T_SOCIAL_HANDLE, "o_brien_dev"));
  CHECK(finds(E, EN, "My GitHub (private) has the rest; GitHub Actions runs the tests.",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  /* DATE_OF_BIRTH: "təv." after the date, a place-and-date column, a
   * spoken ordinal with a year in digits; a date without them is none */
  CHECK(finds(
      E, AZ,
      "Ona\xC4\x9F"
      "a: H\xC9\x99s\xC9\x99nov Elvin Rauf o\xC4\x9Flu, 23.07.1984 t\xC9\x99v., Sumqay\xC4\xB1t",
      GIZLI_T_DATE_OF_BIRTH, "23.07.1984"));
  CHECK(finds(E, AZ,
              "Ona\xC4\x9F"
              "a: H\xC9\x99s\xC9\x99nov Elvin Rauf o\xC4\x9Flu, 23.07.2024 tarixd\xC9\x99 q\xC9\x99"
              "bul",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, TR,
              "No | T.C. Kimlik No | Ad\xC4\xB1 | Do\xC4\x9Fum Yeri ve Tarihi\n1 | 10000000146 | "
              "AL\xC4\xB0 | KONYA 14.11.1979\n",
              GIZLI_T_DATE_OF_BIRTH, "14.11.1979"));
  CHECK(finds(E, TR, "No | Ad\xC4\xB1 | Do\xC4\x9Fum Yeri\n1 | AL\xC4\xB0 | KONYA 14.11.1979\n",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN,
              "Agent: can you confirm your date of birth?\nCaller: yes, the third of june 1966",
              GIZLI_T_DATE_OF_BIRTH, "the third of june 1966"));
  CHECK(finds(E, EN, "The third of june 1966 was a Friday, the archive says.",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* AZ_PASSPORT: the holder's name between the word and the number */
  CHECK(finds(E, AZ,
              "G\xC9\x99l\xC9\x99"
              "c\xC9\x99k h\xC9\x99yat yolda\xC5\x9F\xC4\xB1m dindar olsun.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "He is off for six weeks after knee surgery.", GIZLI_T_SPECIAL_CATEGORY,
              "knee surgery"));
  CHECK(finds(E, EN, "Unite the Union \xE2\x80\x94 branch meeting agenda", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(finds(E, EN, "She joined Unite the Union as a member in 2019.", GIZLI_T_SPECIAL_CATEGORY,
              "Unite the Union"));
  /* CREDENTIAL: who sent the password, between the word and the verb */
  CHECK(finds(E, EN, "The one-time password you sent was Vb7kQ2mZr9 and it failed.",
              GIZLI_T_CREDENTIAL, "Vb7kQ2mZr9"));
  CHECK(finds(E, EN, "The password you sent was received, thanks.", GIZLI_T_CREDENTIAL, NULL));
}

TEST(blind_batch_38_handles) {
  /* a marketplace's messages: a role in brackets and the time before the
   * colon */
  const char *mp = "bina.az Mesajlar\nnamiq_al (alici) 10:02: salam, satilir?\n"
                   "Rauf (satici) 10:05: beli\nnamiq_al 10:07: ok\n";
  CHECK(count_type(E, AZ, mp, GIZLI_T_SOCIAL_HANDLE) == 2);
  CHECK(count_type(E, AZ, "Qeyd (vacib) 10:02: sabah gelin\nMelumat 11:00: yox\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  /* WhatsApp's iOS group export: the group's name before the speaker */
  const char *wa = "[03.05.24 09:12:40] Ev axtaranlar: kamran_ev: 2 otaqli var\n"
                   "[03.05.24 09:13:02] Ev axtaranlar: leyla.r: nece?\n";
  CHECK(finds(E, AZ, wa, GIZLI_T_SOCIAL_HANDLE, "kamran_ev"));
  CHECK(finds(E, AZ, wa, GIZLI_T_SOCIAL_HANDLE, "leyla.r"));
  /* a log's ISO stamp with seconds stays no chat stamp */
  CHECK(count_type(E, EN,
                   "[2024-03-11 09:14:22] auth: app_srv1: ok\n[2024-03-11 09:14:23] auth: "
                   "db_pool2: ok\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  /* Discord's "name - Today at" headers, tags and Riot IDs in the messages */
  const char *dc = "#lfg (Discord)\nNightOwl \xE2\x80\x94 Today at 20:14\nneed one\n"
                   "frostpaw \xE2\x80\x94 Today at 20:15\nme, add frostpaw#2231 or riot id "
                   "kedi#TR7\nLeyla \xE2\x80\x94 Today at 20:16\nok\n";
  CHECK(finds(E, EN, dc, GIZLI_T_SOCIAL_HANDLE, "NightOwl"));
  CHECK(finds(E, EN, dc, GIZLI_T_SOCIAL_HANDLE, "frostpaw"));
  CHECK(finds(E, EN, dc, GIZLI_T_SOCIAL_HANDLE, "frostpaw#2231"));
  CHECK(finds(E, EN, dc, GIZLI_T_SOCIAL_HANDLE, "kedi#TR7"));
  CHECK(!finds(E, EN, dc, GIZLI_T_SOCIAL_HANDLE, "Leyla"));
  /* an agenda's "item - time" lines are no Discord headers */
  CHECK(count_type(E, EN,
                   "Discord meetup agenda\nkickoff \xE2\x80\x94 09:00\nlunch \xE2\x80\x94 "
                   "12:30\nwrapup \xE2\x80\x94 Monday 17:00\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  CHECK(count_type(E, EN, "#dev (Slack)\nkenan_m: fixed in issue#2231\nrauf_77: and build#1044\n",
                   GIZLI_T_SOCIAL_HANDLE) == 2);
  /* an issue number is no tag outside a chat */
  CHECK(count_type(E, EN, "see issue#2231 and build#1044\n", GIZLI_T_SOCIAL_HANDLE) == 0);
  /* a stamped speaker of capitalised words run together */
  CHECK(finds(E, AZ, "#pubg\n[20:01] QaraQartalAz: kim gelir\n[20:02] elvin_88: men\n",
              GIZLI_T_SOCIAL_HANDLE, "QaraQartalAz"));
  /* a review's author by its stars; a person's name is left to the names */
  CHECK(finds(E, AZ,
              "\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86  nigar_k \xC2\xB7 "
              "7 r\xC9\x99y\n",
              GIZLI_T_SOCIAL_HANDLE, "nigar_k"));
  CHECK(finds(E, EN,
              "\xE2\x98\x85\xE2\x98\x86\xE2\x98\x86\xE2\x98\x86\xE2\x98\x86  \"Slow\"  "
              "\xE2\x80\x94 tom_in_york, 02/03/2024\n",
              GIZLI_T_SOCIAL_HANDLE, "tom_in_york"));
  CHECK(count_type(E, EN,
                   "\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85  Tom "
                   "Hardy \xC2\xB7 3 reviews\n\xE2\x98\x85\xE2\x98\x85 sorry\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  /* an Eksi Sozluk signature with its date; no sozluk, no nick */
  const char *ek =
      "ek\xC5\x9Fi s\xC3\xB6zl\xC3\xBCk\nbir entry\n--mavi balina 1907 02.01.2024 21:40\n";
  CHECK(finds(E, TR, ek, GIZLI_T_SOCIAL_HANDLE, "mavi balina 1907"));
  CHECK(count_type(E, TR, "not\n--mavi balina 02.01.2024 21:40\n", GIZLI_T_SOCIAL_HANDLE) == 0);
  /* a moderator's note signed before the colon */
  CHECK(finds(E, AZ, "Moderator forum_mod2: M\xC3\xB6vzu ba\xC4\x9Fland\xC4\xB1\n",
              GIZLI_T_SOCIAL_HANDLE, "forum_mod2"));
  CHECK(count_type(E, AZ, "Moderator olaraq: qaydalar\n", GIZLI_T_SOCIAL_HANDLE) == 0);
}

TEST(chat_speakers_fifth_session) {
  /* a chat without a platform's name: a chat word, or two speakers' lines
   * with a chat's time stamps */
  const char *mp = "tap.az mesajlar\n\nkenan.m92: salam, telefon satilir?\nrauf_77: beli\n";
  CHECK(finds(E, AZ, mp, GIZLI_T_SOCIAL_HANDLE, "kenan.m92"));
  CHECK(finds(E, AZ, mp, GIZLI_T_SOCIAL_HANDLE, "rauf_77"));
  const char *st = "[14:02] kenan.m92: salam\n[14:03] rauf_77: necesen\n";
  CHECK(count_type(E, AZ, st, GIZLI_T_SOCIAL_HANDLE) == 2);
  /* a log's lines have seconds in their stamps: no speakers */
  CHECK(count_type(E, EN,
                   "2024-03-12 10:22:01 app_server: started\n2024-03-12 10:22:02 db_pool2: ready\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  /* nor key: value lines without a chat word or stamps */
  CHECK(count_type(E, EN, "smtp_host: mail.example.com\nsmtp_user: relay2\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  /* an export's "name  8:41 PM" header lines */
  const char *sl =
      "#dev-team\n\njen.okafor  8:41 PM\ndeploy is broken\nmarco_dev  8:43 PM\nlooking\n";
  CHECK(finds(E, EN, sl, GIZLI_T_SOCIAL_HANDLE, "jen.okafor"));
  CHECK(finds(E, EN, sl, GIZLI_T_SOCIAL_HANDLE, "marco_dev"));
  CHECK(count_type(E, EN, "Agenda\nkickoff  9:00 AM\nlunch  12:30 PM\n", GIZLI_T_SOCIAL_HANDLE) ==
        0);
  /* a contact line's platform label and the user name after it */
  const char *pl = "Telegram: kenan_m92\nIG: leyla.h92\nDiscord: kenan#1234\nSkype: "
                   "live:kenan.m_1\nTikTok: aysel.q\n";
  CHECK(finds(E, AZ, pl, GIZLI_T_SOCIAL_HANDLE, "kenan_m92"));
  CHECK(finds(E, AZ, pl, GIZLI_T_SOCIAL_HANDLE, "leyla.h92"));
  CHECK(finds(E, AZ, pl, GIZLI_T_SOCIAL_HANDLE, "kenan#1234"));
  CHECK(finds(E, AZ, pl, GIZLI_T_SOCIAL_HANDLE, "kenan.m_1"));
  CHECK(finds(E, AZ, pl, GIZLI_T_SOCIAL_HANDLE, "aysel.q"));
  CHECK(finds(E, AZ, "Telegram: kenanbaku\n", GIZLI_T_SOCIAL_HANDLE, "kenanbaku"));
  /* a plain word after a short label, "none", a capitalised name: no handle */
  CHECK(count_type(E, AZ, "x: auto\nsteam: heating\nTelegram: yoxdur\nIG: Leyla Aliyeva\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  /* a form's abbreviated labels in a text naming a chat platform */
  CHECK(count_type(E, TR, "WhatsApp: 0532 412 23 45\nD.Tarihi: 12.03.1985\nDr.Ozturk: evet\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  /* a code comment's owner; a capitalised name and a placeholder are none */
  CHECK(finds(E, EN, "  # TODO(jsmith): drop this\n", GIZLI_T_SOCIAL_HANDLE, "jsmith"));
  CHECK(finds(E, EN, "// FIXME(leyla.m) handle NULL\n", GIZLI_T_SOCIAL_HANDLE, "leyla.m"));
  CHECK(count_type(E, EN, "# TODO(Leyla) later; TODO(user1); AUTODO(abc)\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
}

TEST(blind_batches_34_35_handles) {
  /* a news site's comments: the speakers, capitalised words run together
   * among them; the same camel word in a chat without such a heading is
   * a brand, no speaker */
  const char *cm = "Yorumlar: \"Metrob\xC3\xBCs zamm\xC4\xB1\" haberine yorumlar\n\nsabahci_kus34: "
                   "yine zam geldi\nEmekliMemurFatma: maa\xC5\x9F yetmiyor\n";
  CHECK(finds(E, TR, cm, GIZLI_T_SOCIAL_HANDLE, "EmekliMemurFatma"));
  CHECK(count_type(E, TR, cm, GIZLI_T_SOCIAL_HANDLE) == 2);
  CHECK(count_type(E, TR,
                   "Slack export #destek\n\nPowerShell: betik hata verdi\nyusuf_k7: tekrar dene\n",
                   GIZLI_T_SOCIAL_HANDLE) == 1);
  /* a forum reply header, and the author's name heading a later post */
  CHECK(count_type(E, AZ,
                   "forum: avtomobil\n\nnamiq_55 cavab verib:\nyox, olmaz\n\nnamiq_55:\nbir "
                   "d\xC9\x99 yoxla\n",
                   GIZLI_T_SOCIAL_HANDLE) == 2);
  /* but not as a password's value */
  CHECK(count_type(E, EN, "Thread: routers\n\nali_k9 wrote:\nmy old pass ali_k9 leaked\n",
                   GIZLI_T_SOCIAL_HANDLE) == 1);
  /* a git log line; a person's name there is none */
  CHECK(finds(E, AZ, "$ git log\n3be91c0 leyla-m <leyla@example.az> fix\n", GIZLI_T_SOCIAL_HANDLE,
              "leyla-m"));
  CHECK(finds(E, AZ, "$ git log\n3be91c0 Leyla Mammadova <leyla@example.az> fix\n",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  /* numbered forum entry headers: a plain nick in a thread of two; a
   * lone agenda line, a capitalised word and a placeholder are none */
  const char *th = "(4) gececi_baykus \xE2\x80\x94 12.03.2025 02:10\nuyku tutmad\xC4\xB1\n\n(5) "
                   "uykusuzadam \xE2\x80\x94 12.03.2025 02:14\nbende de\n";
  CHECK(finds(E, TR, th, GIZLI_T_SOCIAL_HANDLE, "uykusuzadam"));
  CHECK(finds(E, TR, th, GIZLI_T_SOCIAL_HANDLE, "gececi_baykus"));
  CHECK(finds(E, EN, "Agenda\n1. kickoff - 12.03.2025 14:00\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, TR,
              "(1) Ankara \xE2\x80\x94 12.03.2025 09:00\n(2) user2 \xE2\x80\x94 12.03.2025 09:05\n",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  /* an Eksi Sozluk signature with the date first; elsewhere a log line */
  CHECK(
      finds(E, TR,
            "ek\xC5\x9Fi s\xC3\xB6zl\xC3\xBCk \xE2\x80\x94 \"kira\"\n\nev sahibi zam yapt\xC4\xB1\n"
            "14.02.2025 22:47 gece yarisi kahvecisi\n",
            GIZLI_T_SOCIAL_HANDLE, "gece yarisi kahvecisi"));
  CHECK(finds(E, TR, "sunucu notlari\n14.02.2025 22:47 servis yeniden basladi\n",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  /* an issue tracker's person fields; a remark in brackets, a
   * placeholder and a plain word are none */
  const char *tk = "Reporter: Nigar H\xC9\x99s\xC9\x99nova (nhasanova)   Assignee: r.quliyev\n";
  CHECK(finds(E, AZ, tk, GIZLI_T_SOCIAL_HANDLE, "nhasanova"));
  CHECK(finds(E, AZ, tk, GIZLI_T_SOCIAL_HANDLE, "r.quliyev"));
  CHECK(finds(E, EN, "Owner: Sam Lee (contractor)\nAssignee: user1\nAssignee: unassigned\n",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  /* a moderator's note, a marketplace question and a buyer's message */
  CHECK(finds(E, AZ, "Mod: moderator_Kamala \xE2\x80\x94 m\xC3\xB6vzu ba\xC4\x9Fland\xC4\xB1.\n",
              GIZLI_T_SOCIAL_HANDLE, "moderator_Kamala"));
  CHECK(finds(E, EN, "Q&A:\nQ (teapot_fan_09): Does it whistle?\n", GIZLI_T_SOCIAL_HANDLE,
              "teapot_fan_09"));
  CHECK(finds(E, TR, "Mesajlar:\nal\xC4\xB1\x63\xC4\xB1 k.ozturk: 500 olur mu\n",
              GIZLI_T_SOCIAL_HANDLE, "k.ozturk"));
  /* ordinary words after "by" are none */
  CHECK(finds(E, EN, "Posted by admin\nedited by hand\nSigned-off-by: maintainers\n",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  /* a LinkedIn name after its label, a booking page's name */
  CHECK(finds(E, TR, "LinkedIn: ayse-kaya-87 \xC2\xB7 \xC4\xB0stanbul\n", GIZLI_T_SOCIAL_HANDLE,
              "ayse-kaya-87"));
  CHECK(finds(E, TR, "LinkedIn: Ay\xC5\x9F\x65 Kaya\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "Book a slot: calendly.com/sam-fraser or call me.", GIZLI_T_SOCIAL_HANDLE,
              "sam-fraser"));
}

TEST(blind_batch_38_others) {
  /* a data-only SQL dump (no column list, no CREATE TABLE): a FIN column and, in such a people
   * table, a date-only column of birth dates; a film table's release dates and a single row are
   * left alone */
  const char *dump = "INSERT INTO `uzvler` VALUES (7,'Kamran Aliyev','5ZQ8PRT','1979-04-02'),"
                     "(8,'Sevda Quliyeva','4HK2M7T','1991-12-30');";
  CHECK(finds(E, AZ, dump, GIZLI_T_AZ_FIN, "4HK2M7T"));
  CHECK(finds(E, AZ, dump, GIZLI_T_DATE_OF_BIRTH, "1979-04-02"));
  CHECK(finds(E, EN, "INSERT INTO `films` VALUES (1,'Heat','1995-12-15'),(2,'Fargo','1996-03-08');",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "INSERT INTO `uzvler` VALUES (7,'Kamran Aliyev','5ZQ8PRT','1979-04-02');",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a netfilter log's MAC= field: destination, source, EtherType; other runs of octets are none */
  const char *ufw =
      "kernel: [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:9a:1c:e3:00:1b:21:3a:4f:10:08:00 "
      "SRC=203.0.113.9 DST=198.51.100.4";
  CHECK(finds(E, EN, ufw, GIZLI_T_MAC_ADDRESS, "52:54:00:9a:1c:e3"));
  CHECK(finds(E, EN, ufw, GIZLI_T_MAC_ADDRESS, "00:1b:21:3a:4f:10"));
  CHECK(
      finds(E, EN, "digest=52:54:00:9a:1c:e3:00:1b:21:3a:4f:10:08:00", GIZLI_T_MAC_ADDRESS, NULL));
  /* a passport's machine-readable zone: the number and the personal number after P<TUR/P<AZE */
  const char *mrz_tr = "P<TURYILMAZ<<AYSE<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
                       "U123456784TUR8703054F300101210000000146<<<08\n";
  CHECK(finds(E, TR, mrz_tr, GIZLI_T_TR_PASSPORT, "U12345678"));
  CHECK(finds(E, TR, mrz_tr, GIZLI_T_TR_TCKN, "10000000146"));
  const char *mrz_az = "P<AZEALIYEV<<RASHAD<<<<<<<<<<<<<<<<<<<<<<<<<\n"
                       "C012345678AZE8501012M30010125ZQ8PRT<<<<<<<04\n";
  CHECK(finds(E, AZ, mrz_az, GIZLI_T_AZ_PASSPORT, "C01234567"));
  CHECK(finds(E, AZ, mrz_az, GIZLI_T_AZ_FIN, "5ZQ8PRT"));
  CHECK(finds(E, EN,
              "P<GBRSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
              "U123456784GBR8703054M300101210000000146<<<08\n",
              GIZLI_T_TR_PASSPORT, NULL));
  /* a URL query's key labels its value, a contradicting word in the path notwithstanding */
  CHECK(finds(E, TR, "GET /fatura/pdf?vkn=4540536920&yil=2024 HTTP/1.1", GIZLI_T_TR_VKN,
              "4540536920"));
  /* "born" must end a word: Bornova is a district */
  CHECK(finds(E, TR, "Paketim 04.03.2019'dan beri Bornova şubesinde bekliyor.",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a birth date whose zeros a scan read as O, after its label; not after another date */
  CHECK(finds(E, EN, "Date of Birth: O7/23/1994", GIZLI_T_DATE_OF_BIRTH, "O7/23/1994"));
  CHECK(finds(E, AZ, "Doğum tarixi / Date of birth  O4.1O.1996", GIZLI_T_DATE_OF_BIRTH,
              "O4.1O.1996"));
  CHECK(finds(E, EN, "Ref O4.1O.1996", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN, "Date of birth: see 4a ISS O3/22/2O21", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a quoted camelCase JSON key ending in Address labels a postal address, not an IP's */
  CHECK(finds(
      E, AZ,
      "{\n  \"registrationAddress\": \"G\xC6\x8FNC\xC6\x8F \xC5\x9E\xC6\x8FH\xC6\x8FR\xC4\xB0, "
      "K\xC6\x8FP\xC6\x8FZ RAYONU, N\xC4\xB0ZAM\xC4\xB0 K\xC3\x9C\xC3\x87., EV 5\",\n"
      "  \"ipAddress\": \"10.2.3.4\"\n}",
      GIZLI_T_ADDRESS,
      "G\xC6\x8FNC\xC6\x8F \xC5\x9E\xC6\x8FH\xC6\x8FR\xC4\xB0, K\xC6\x8FP\xC6\x8FZ RAYONU, "
      "N\xC4\xB0ZAM\xC4\xB0 K\xC3\x9C\xC3\x87., EV 5"));
  /* a GitHub App's commit address keeps its "[bot]"; brackets elsewhere end a local part */
  CHECK(finds(E, EN, "a1b2c3d renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>",
              GIZLI_T_EMAIL, "29139614+renovate[bot]@users.noreply.github.com"));
  CHECK(finds(E, EN, "x foo[bot]@example.com", GIZLI_T_EMAIL, NULL));
  /* an operator's "hat numaranız" asks for the subscriber's mobile number */
  CHECK(finds(E, TR, "Hat numaranız: 5327014419", GIZLI_T_PHONE, "5327014419"));
}

TEST(blind_batches_34_35) {
  /* special categories: conditions, an offence, a union by name; a bank's policy, a surname and a
   * union's news are none */
  CHECK(finds(E, AZ,
              "X\xC9\x99st\xC9\x99"
              "d\xC9\x99 gec\xC9\x99 k\xC9\x99skin hipoqlikemiya qeyd\xC9\x99 al\xC4\xB1n\xC4\xB1"
              "b.",
              GIZLI_T_SPECIAL_CATEGORY, "k\xC9\x99skin hipoqlikemiya"));
  CHECK(finds(E, EN, "He was off work for a month after a heart attack in March.",
              GIZLI_T_SPECIAL_CATEGORY, "heart attack"));
  CHECK(finds(E, EN, "The defendant admitted two counts of money laundering.",
              GIZLI_T_SPECIAL_CATEGORY, "money laundering"));
  CHECK(finds(E, EN, "Our bank screens every payment to prevent money laundering.",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(
      E, TR,
      "Babam\xC4\xB1n parkinson ilac\xC4\xB1 bitti, eczaneye u\xC4\x9Frar m\xC4\xB1s\xC4\xB1n?",
      GIZLI_T_SPECIAL_CATEGORY, "parkinson ilac\xC4\xB1"));
  CHECK(finds(E, EN, "Michael Parkinson interviewed the actor in 1975.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(finds(E, TR, "Tahlil: bulgular Hashimoto tiroiditi ile uyumlu.", GIZLI_T_SPECIAL_CATEGORY,
              "Hashimoto tiroiditi"));
  CHECK(finds(E, AZ,
              "Qeyd: anketd\xC9\x99 penisilin\xC9\x99 allergiya g\xC3\xB6st\xC9\x99rmisiniz.",
              GIZLI_T_SPECIAL_CATEGORY, "penisilin\xC9\x99 allergiya"));
  CHECK(finds(E, EN, "Liam was our SIPTU union shop steward for six years.",
              GIZLI_T_SPECIAL_CATEGORY, "SIPTU union"));
  CHECK(finds(E, EN, "SIPTU union leaders met the minister on Tuesday.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  /* credentials: a PostgreSQL COPY row under its column list, 'shifre:'; a log's next field after a
   * bare 'password' is none */
  CHECK(finds(E, TR,
              "COPY public.uyeler (id, eposta, sifre) FROM "
              "stdin;\n7\tali.veli@example.com\tKedi2024x\n\\.\n",
              GIZLI_T_CREDENTIAL, "Kedi2024x"));
  CHECK(finds(E, AZ, "Po\xC3\xA7t: nigar.h@mail.az, yeni shifre: Bahar!2024 yazd\xC4\xB1m",
              GIZLI_T_CREDENTIAL, "Bahar!2024"));
  CHECK(finds(E, EN, "2025-11-19 ERROR [auth] invalid password user=k.mammadov ip=10.0.0.5",
              GIZLI_T_CREDENTIAL, NULL));
  /* ... and a yes to a question whether the password was changed */
  CHECK(
      finds(E, EN,
            "Agent: Have you changed the router password?\nCustomer: yes to Harbour!2024 yesterday",
            GIZLI_T_CREDENTIAL, "Harbour!2024"));
  CHECK(finds(E, EN,
              "Agent: Have you changed the router password?\nCustomer: yes to everything you said",
              GIZLI_T_CREDENTIAL, NULL));
  /* a truck's plate; C and eight digits on a Turkish form is Azerbaijan's passport */
  CHECK(finds(E, TR, "T\xC4\xB1r: 06 KLM 4412  \xC5\x9Eof\xC3\xB6r: Ali", GIZLI_T_TR_PLATE,
              "06 KLM 4412"));
  CHECK(finds(E, TR, "Uyru\xC4\x9Fu: Azerbaycan\nPasaport No: C12345678", GIZLI_T_AZ_PASSPORT,
              "C12345678"));
  CHECK(
      finds(E, TR, "Uyru\xC4\x9Fu: Azerbaycan\nPasaport No: C12345678", GIZLI_T_TR_PASSPORT, NULL));
  /* UK phones: a bracketed four-digit area code, a freephone number; an approval code is none */
  CHECK(finds(E, EN, "Tel. (01632) 960 115", GIZLI_T_PHONE, "(01632) 960 115"));
  CHECK(finds(E, EN, "Advice line is 0808 800 1234, open daily.", GIZLI_T_PHONE, "0808 800 1234"));
  CHECK(finds(E, TR, "Onay kodu: 0997093957", GIZLI_T_PHONE, NULL));
  /* addresses: a Turkish postcode, district and province, a road and its province, a lower-case
   * slope, a kindless London street, a US licence's two lines, a wrapped Azerbaijani label, an
   * Irish postal district; a postcode of another province is none */
  CHECK(finds(E, TR, "Teslimat: Liman Sahas\xC4\xB1, 35220 Konak/\xC4\xB0zmir", GIZLI_T_ADDRESS,
              "35220 Konak/\xC4\xB0zmir"));
  CHECK(finds(E, TR, "Kod 34000 Konak/\xC4\xB0zmir", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, TR, "Yer: Bursa Yolu, \xC4\xB0neg\xC3\xB6l/BURSA", GIZLI_T_ADDRESS,
              "Bursa Yolu, \xC4\xB0neg\xC3\xB6l/BURSA"));
  CHECK(finds(
      E, TR, "adresim Moda mh. Dere yoku\xC5\x9Fu no 5 d 3 Kad\xC4\xB1k\xC3\xB6y \xC4\xB0st",
      GIZLI_T_ADDRESS, "Moda mh. Dere yoku\xC5\x9Fu no 5 d 3 Kad\xC4\xB1k\xC3\xB6y \xC4\xB0st"));
  CHECK(finds(E, EN, "Hearing at Royal Courts, Strand, London WC2A 2LL on Monday.", GIZLI_T_ADDRESS,
              "Strand, London WC2A 2LL"));
  CHECK(finds(E, EN, "Hearing at Royal Courts, Strand, Leeds WC2A 2LL on Monday.", GIZLI_T_ADDRESS,
              NULL));
  CHECK(finds(E, EN, "DRIVER LICENSE\n8 4410 OAK HILL DR\nDAYTON, OH 45402\n", GIZLI_T_ADDRESS,
              "4410 OAK HILL DR\nDAYTON, OH 45402"));
  CHECK(finds(E, AZ,
              "Qeydiyyat \xC3\xBCnvan\xC4\xB1: G\xC6\x8FNC\xC6\x8F \xC5\x9E\xC6\x8FH., KAPAZ R-NU, "
              "ATAT\xC3\x9CRK\nPR. 18, M. 7\nF\xC4\xB0N: 5ZK7R2P",
              GIZLI_T_ADDRESS,
              "G\xC6\x8FNC\xC6\x8F \xC5\x9E\xC6\x8FH., KAPAZ R-NU, ATAT\xC3\x9CRK\nPR. 18, M. 7"));
  CHECK(finds(E, EN, "Depot: Naas Road Lower, Dublin 12, D12 K2X4", GIZLI_T_ADDRESS,
              "Naas Road Lower, Dublin 12, D12 K2X4"));
}

TEST(blind_batch_29) {
  /* an airline booking's DOCS element: birth date, the passport typed by
   * the issuing state; a child's CHD date; the CTCM mobile */
  const char *docs = "7 SSR DOCS J2 HK1 P/AZE/C16430253/AZE/14AUG88/F/03MAR34/MAMMADOVA/SEVINJ\n";
  CHECK(finds(E, AZ, docs, GIZLI_T_DATE_OF_BIRTH, "14AUG88"));
  CHECK(finds(E, AZ, docs, GIZLI_T_AZ_PASSPORT, "C16430253"));
  CHECK(finds(E, TR, "SSR DOCS TK HK1 P/TUR/Z76735230/TUR/03MAY84/M/14FEB32/KOC/ALPER/P1\n",
              GIZLI_T_TR_PASSPORT, "Z76735230"));
  CHECK(finds(E, EN, "SSR DOCS BA HK1 P/GBR/548817362/GBR/09OCT86/F/22JUN31/OKAFOR/ADA\n",
              GIZLI_T_TR_PASSPORT, NULL));
  CHECK(finds(E, TR, "3.KOC/ECE MISS(CHD/17JUN19)", GIZLI_T_DATE_OF_BIRTH, "17JUN19"));
  CHECK(finds(E, EN, " CTCM 447956 318402\n", GIZLI_T_PHONE, "447956 318402"));
  CHECK(finds(E, EN, "SSR WCHR TK HK1 04MAY26 ISTLHR\n", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* TR_PLATE: a glued DDMMMYY is a date */
  CHECK(finds(E, TR, "vize bitiş 14FEB32 olarak girildi", GIZLI_T_TR_PLATE, NULL));
  CHECK(finds(E, TR, "Araç plakası 34ABC12 olarak kayıtlı", GIZLI_T_TR_PLATE, "34ABC12"));
  /* TR_PASSPORT: another state's passport */
  CHECK(finds(E, EN, "ID presented: US Passport A04418273", GIZLI_T_TR_PASSPORT, NULL));
  CHECK(finds(E, TR, "Aliyev Tofiq, Azerbaycan, Pasaport C72442451", GIZLI_T_TR_PASSPORT, NULL));
  CHECK(finds(E, TR, "Pasaport no: U12345678", GIZLI_T_TR_PASSPORT, "U12345678"));
  /* DATE_OF_BIRTH: a birth-date column, separated or aligned; vCard BDAY */
  const char *csv = "№,Şagird,Doğum tarixi,Telefon\n1,Abdullayeva Zəhra,03.05.2020,\n";
  CHECK(finds(E, AZ, csv, GIZLI_T_DATE_OF_BIRTH, "03.05.2020"));
  CHECK(finds(E, AZ, "№,Şagird,Qəbul tarixi,Telefon\n1,Abdullayeva Zəhra,03.05.2020,\n",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "№,Şagird,Doğum yeri,Tarix\n1,Abdullayeva Zəhra,Gəncə,03.05.2020\n",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  const char *aligned = "No  Öğrenci           Doğum       Veli\n"
                        "112 Ahmet Efe Doğan  14.02.2011  Sibel Doğan\n";
  CHECK(finds(E, TR, aligned, GIZLI_T_DATE_OF_BIRTH, "14.02.2011"));
  CHECK(finds(E, EN, "BEGIN:VCARD\nFN:Ann Reed\nBDAY:1986-11-02\nEND:VCARD\n",
              GIZLI_T_DATE_OF_BIRTH, "1986-11-02"));
  CHECK(finds(E, EN, "BEGIN:VCARD\nFN:Ann Reed\nREV:2026-11-02\nEND:VCARD\n", GIZLI_T_DATE_OF_BIRTH,
              NULL));
  /* PHONE: a phone column's bare digits; a phone-named query parameter */
  const char *cdr = "timestamp,caller,callee,duration\n2026-11-23T22:41:09Z,447911204387,"
                    "13125550147,00:04:17\n";
  CHECK(finds(E, EN, cdr, GIZLI_T_PHONE, "447911204387"));
  CHECK(finds(E, EN, cdr, GIZLI_T_PHONE, "13125550147"));
  CHECK(
      finds(E, EN, "timestamp,order,amount\n2026-11-23,447911204387,12.00\n", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "GET /kampanya?ref=sms&gsm=5326187740 HTTP/2.0", GIZLI_T_PHONE, "5326187740"));
  CHECK(finds(E, TR, "GET /kampanya?ref=sms&id=5326187740 HTTP/2.0", GIZLI_T_PHONE, NULL));
  /* ADDRESS: a day after the street is no house number */
  CHECK(finds(E, AZ, "Pozuntu: sürət həddini aşma, Zığ şossesi, 21.11.2026 02:17", GIZLI_T_ADDRESS,
              NULL));
  CHECK(finds(E, AZ, "Ünvan: Zığ şossesi 21, Bakı", GIZLI_T_ADDRESS, "Zığ şossesi 21, Bakı"));
  /* EMAIL: a case ending after a dash */
  CHECK(finds(E, AZ, "təklif göndərildi ramin.ahmadov@caspian.az-a, 14 700 AZN", GIZLI_T_EMAIL,
              "ramin.ahmadov@caspian.az"));
  CHECK(finds(E, EN, "see ann@mail.my-app.io today", GIZLI_T_EMAIL, "ann@mail.my-app.io"));
  CHECK(finds(E, EN, "build ann@mail.az-a2b today", GIZLI_T_EMAIL, NULL));
}

/* Forms of blind batch 30 (new sentences of each class, and lookalikes
 * that must stay unflagged). */
TEST(blind_batch_30) {
  /* an OCR-spaced passport page: the FİN and passport one character per
   * box; the issue date in its own column is no birth date */
  const char *page = "Soyadı/Surname  KAZIMOVA\n"
                     "Doğum tarixi/Date of birth  2 3 . 1 1 . 1 9 8 7\n"
                     "Pasport №  C 3 1 4 7 7 0 2 6\n"
                     "Verilmə tarixi  1 5 . 0 6 . 2 0 2 2\n"
                     "FİN 7 H 2 K P 4 M\n";
  CHECK(finds(E, AZ, page, GIZLI_T_AZ_FIN, "7 H 2 K P 4 M"));
  CHECK(finds(E, AZ, page, GIZLI_T_AZ_PASSPORT, "C 3 1 4 7 7 0 2 6"));
  CHECK(finds(E, AZ, page, GIZLI_T_DATE_OF_BIRTH, "2 3 . 1 1 . 1 9 8 7"));
  CHECK(count_type(E, AZ, page, GIZLI_T_DATE_OF_BIRTH) == 1);
  CHECK(count_type(E, EN, "Date of birth  04.07.1990\nDate of issue  11.02.2021\n",
                   GIZLI_T_DATE_OF_BIRTH) == 1);
  /* a spaced word, or a longer spaced run, is no FİN */
  CHECK(finds(E, AZ, "FİN kodu: A B C D E F G\n", GIZLI_T_AZ_FIN, NULL));
  CHECK(finds(E, AZ, "FİN 1 2 A B 3 C 4 D 5\n", GIZLI_T_AZ_FIN, NULL));
  /* TR_PASSPORT: the passport word after the kind of passport; a
   * document column for the letters Turkish passports carry */
  CHECK(finds(E, TR, "Bulan kişi U47120385 numaralı umuma mahsus pasaportumu teslim etsin.",
              GIZLI_T_TR_PASSPORT, "U47120385"));
  CHECK(finds(E, AZ, "| Otaq | Qonaq | Sənəd |\n| 12 | Aylin Koç | U47120385 |\n",
              GIZLI_T_TR_PASSPORT, "U47120385"));
  CHECK(finds(E, AZ, "| Otaq | Qonaq | Sənəd |\n| 12 | Aylin Koç | K47120385 |\n",
              GIZLI_T_TR_PASSPORT, NULL));
  /* PHONE: a utility's subscriber number */
  CHECK(finds(E, AZ, "Kommunal (Azərsu) abonent 0124406612 -12.40", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, AZ, "Əlaqə: 0124406612", GIZLI_T_PHONE, "0124406612"));
  /* SOCIAL_HANDLE: a gamer's tag as a speaker; placeholders and a
   * password after "pass" are no user names */
  const char *lfg = "Discord #lfg\nzZshadowZz: need one more\nkai_77: me\n";
  CHECK(finds(E, EN, lfg, GIZLI_T_SOCIAL_HANDLE, "zZshadowZz"));
  CHECK(finds(E, EN, "Telegram #deals\nuser2: is this real?\nadmin: yes\nuser2: ok\n",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  const char *pass = "Discord #help\nnova_kid: my login is nova@mail.com pass sunny4421\n"
                     "mod_ari: change it now\n";
  CHECK(finds(E, EN, pass, GIZLI_T_CREDENTIAL, "sunny4421"));
  CHECK(count_type(E, EN, pass, GIZLI_T_SOCIAL_HANDLE) == 2);
  /* author lines of a forum, an issue and a signed entry */
  const char *authors = "Forum: saglamliq.az\nYazan: leyla_ana_2019\nSalam\n"
                        "Posted by mkrol-dev\nEntry text\n--kitap_kurdu\n";
  CHECK(finds(E, AZ, authors, GIZLI_T_SOCIAL_HANDLE, "leyla_ana_2019"));
  CHECK(finds(E, EN, authors, GIZLI_T_SOCIAL_HANDLE, "mkrol-dev"));
  CHECK(finds(E, TR, authors, GIZLI_T_SOCIAL_HANDLE, "kitap_kurdu"));
  CHECK(finds(E, EN, "--max_depth 3\n-- user_id column\nPosted by guest_1042\nAuthor: J.Smith\n",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN,
              "Content-Type: multipart/mixed; boundary=\"part7_q\"\n\n--part7_q\nhi\n--part7_q--\n",
              GIZLI_T_SOCIAL_HANDLE, NULL));
  /* CREDENTIAL: "it's" later in the password word's sentence */
  CHECK(finds(E, EN, "He spelled his password out on the call, it's Harbour7Lights",
              GIZLI_T_CREDENTIAL, "Harbour7Lights"));
  CHECK(finds(E, EN, "The password rule is strict, it's mandatory for everyone.",
              GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "Password reset done. It's Sunday2026 now", GIZLI_T_CREDENTIAL, NULL));
  /* ADDRESS: a Welsh street with its particle; an az street named after
   * a road */
  CHECK(finds(E, EN, "Yours sincerely,\nRhian Evans\n8 Heol y Felin, Swansea SA1 4EE\n",
              GIZLI_T_ADDRESS, "8 Heol y Felin, Swansea SA1 4EE"));
  CHECK(finds(E, EN, "we moved by the sea near Bangor LL57 2EW", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, AZ, "Alıcı: Həsənova Lalə, Quba şəh., Qusar yolu küç. 14", GIZLI_T_ADDRESS,
              "Quba şəh., Qusar yolu küç. 14"));
}

/* Forms of blind batch 31 (new sentences of each form, and lookalikes
 * that must stay unflagged). */
TEST(blind_batch_31) {
  /* OCR letter-spacing: a FİN and an ID card number one box per character */
  CHECK(finds(E, AZ, "FİN kodu: 3 M X 7 P 2 K\n", GIZLI_T_AZ_FIN, "3 M X 7 P 2 K"));
  CHECK(finds(E, AZ, "FİN kodu: A B C D E F G\n", GIZLI_T_AZ_FIN, NULL));
  CHECK(finds(E, AZ, "FİN: 1 2 A B 3 4 C D\n", GIZLI_T_AZ_FIN, NULL));
  CHECK(finds(E, AZ, "Vəsiqə: AZE 1 4 7 2 5 8 3 6\n", GIZLI_T_AZ_ID_CARD, "AZE 1 4 7 2 5 8 3 6"));
  CHECK(finds(E, AZ, "Vəsiqə: AZE 1 4 7 2 5 8 3 6 9\n", GIZLI_T_AZ_ID_CARD, NULL));
  /* PHONE: digits typed box by box, read in each plan's grouping */
  CHECK(finds(E, TR, "Tel: 0 5 3 2 – 4 1 8 – 6 6 – 2 1\n", GIZLI_T_PHONE,
              "0 5 3 2 – 4 1 8 – 6 6 – 2 1"));
  CHECK(finds(E, AZ, "mob: 055 7 1 2 - 3 4 - 5 6\n", GIZLI_T_PHONE, "055 7 1 2 - 3 4 - 5 6"));
  CHECK(finds(E, EN, "7. PHONE ( 4 1 5 )  5 5 5 - 0 1 3 8\n", GIZLI_T_PHONE,
              "( 4 1 5 )  5 5 5 - 0 1 3 8"));
  CHECK(finds(E, AZ, "Tel: 0 9 8 7 6 5 4 3 2 1\n", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "Tel hattı sırası: 1 2 3 4 5 6 7 8 9 0\n", GIZLI_T_PHONE, NULL));
  /* a '+' number after a time; a mail host's name is no context word */
  CHECK(
      finds(E, EN, "[Tue 14:05] +44 7911 402 388: on my way\n", GIZLI_T_PHONE, "+44 7911 402 388"));
  CHECK(finds(E, EN, "Write to r.khan@nhs-lothian.scot or ring 0131 536 1000.", GIZLI_T_PHONE,
              "0131 536 1000"));
  CHECK(finds(E, EN, "NHS number 0131 536 1000 on file", GIZLI_T_PHONE, NULL));
  /* a number run together, then "numaralı" naming no phone line */
  CHECK(finds(E, TR, "Okulun 0312225566 numaralı öğrencisiyim.", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "Beni 05324187766 numaralı hattımdan arayın.", GIZLI_T_PHONE, "05324187766"));
  /* EMAIL spelled with bare words, with a user name's mark */
  CHECK(finds(E, EN, "or write to mira_k.77 at gmail dot com", GIZLI_T_EMAIL,
              "mira_k.77 at gmail dot com"));
  CHECK(finds(E, EN, "have a look at gmail dot com for it", GIZLI_T_EMAIL, NULL));
  /* SOCIAL_HANDLE: a bare name after a platform or marketplace label */
  CHECK(
      finds(E, TR, "GitHub: tolgaersoy · Blog: tolga.dev\n", GIZLI_T_SOCIAL_HANDLE, "tolgaersoy"));
  CHECK(finds(E, EN, "GitHub: private\nTelegram: Destek Botu\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "Seller: vintage_finds22 (88 reviews)\n", GIZLI_T_SOCIAL_HANDLE,
              "vintage_finds22"));
  CHECK(finds(E, EN, "Seller: electronics (12 items)\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* ADDRESS: Russian; an address's last line under its label */
  CHECK(finds(E, AZ, "адрес: г. Гянджа, ул. Низами 45, кв. 3, bu sənəd", GIZLI_T_ADDRESS,
              "г. Гянджа, ул. Низами 45, кв. 3"));
  CHECK(finds(E, AZ, "ул. Низами tarixi", GIZLI_T_ADDRESS, NULL));
  /* (the UK pattern reads "upon" between a town's words since batch 30, so
   * here both lines are one address) */
  CHECK(finds(E, EN,
              "Address: 3 Quarry Road,\nStratford upon Avon CV37 6BB\nPhone: 01789 290 114\n",
              GIZLI_T_ADDRESS, "3 Quarry Road,\nStratford upon Avon CV37 6BB"));
  CHECK(finds(E, TR, "Adres: Kavaklı Mah. 12. Sokak No:4\nD:2 Çankaya / ANKARA\nTel: yok\n",
              GIZLI_T_ADDRESS, "D:2 Çankaya / ANKARA"));
  CHECK(count_type(E, EN, "Address: 14 Orchard Lane\nPlease deliver after 6pm / MONDAY\n",
                   GIZLI_T_ADDRESS) == 1);
  CHECK(count_type(E, EN, "Address: 14 Orchard Lane\nNote: leave it at NE6 5NP\n",
                   GIZLI_T_ADDRESS) == 1);
  /* a street and "civarı" (around) is an area */
  CHECK(finds(E, TR, "Moda Mah. Bahariye Cad. civarında daire arıyorum", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, TR, "Adres: Moda Mah. Bahariye Cad. No:12 Kadıköy/İstanbul", GIZLI_T_ADDRESS,
              "Moda Mah. Bahariye Cad. No:12 Kadıköy/İstanbul"));
  /* SPECIAL_CATEGORY: an allergy told as "allergic to" its allergen */
  CHECK(finds(E, EN, "Note for the nurse: he is allergic to latex.", GIZLI_T_SPECIAL_CATEGORY,
              "allergic to latex"));
  CHECK(finds(E, EN, "She is registered blind and lives alone.", GIZLI_T_SPECIAL_CATEGORY,
              "registered blind"));
  CHECK(finds(E, EN, "Allergic to: none\n", GIZLI_T_SPECIAL_CATEGORY, NULL));
  /* DATE_OF_BIRTH: the case ending glued to the month */
  CHECK(finds(E, TR, "1982 yılının 3 Martında Sivas'ta doğdum.", GIZLI_T_DATE_OF_BIRTH,
              "1982 yılının 3 Martında"));
}

/* Forms of blind batch 28 (new sentences of each form, and a negative). */
TEST(blind_batch_28) {
  /* SOCIAL_HANDLE: a chat log's speakers and user names in its messages */
  static const char chat[] = "[Discord \xC2\xB7 #trade]\n"
                             "[21:02] kiwi_trader: selling the skin pack, 40 manat\n"
                             "[21:03] Rovshen: who has it cheaper?\n"
                             "[21:04] kiwi_trader: ask nightowl2011 too, he sold one\n";
  CHECK(finds(E, EN, chat, GIZLI_T_SOCIAL_HANDLE, "kiwi_trader"));
  CHECK(finds(E, EN, chat, GIZLI_T_SOCIAL_HANDLE, "nightowl2011"));
  CHECK(count_type(E, EN, chat, GIZLI_T_SOCIAL_HANDLE) == 3);
  /* a config file's keys are no speakers, and lower-case first names are
   * names (no handle without a user name's mark) */
  CHECK(
      finds(E, EN, "Slack export\nDB_HOST: db01\nDB_USER: deploy\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "Slack #ops\nalice: is it done?\nbob: yes, deployed\n", GIZLI_T_SOCIAL_HANDLE,
              NULL));
  /* no chat platform named: no speakers */
  CHECK(
      finds(E, EN, "kiwi_trader: selling\nnightowl2011: how much?\n", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* PHONE: Turkish 05xx xxxx xxx, and a phone ending its CSV cell */
  CHECK(finds(E, TR, "Cep: 0542 3318 907", GIZLI_T_PHONE, "0542 3318 907"));
  CHECK(finds(E, TR, "\"tel\": \"0 505 6120 443\"", GIZLI_T_PHONE, "0 505 6120 443"));
  CHECK(finds(E, TR, "Ad,Firma,Telefon,Puan\nEce Tan,Arçelik,0533 418 27 90,77\n", GIZLI_T_PHONE,
              "0533 418 27 90"));
  CHECK(finds(E, TR, "Tutar: 1 250,50 TL", GIZLI_T_PHONE, NULL));
  /* a number after a capitals code and a slash is the code's tail */
  CHECK(finds(E, AZ, "Arayış № MKT/26-0418873 verildi.", GIZLI_T_PHONE, NULL));
  /* AZ_PASSPORT: the kind of passport between the number and the word */
  CHECK(finds(E, AZ, "Adına verilmiş C41188203 nömrəli ümumvətəndaş pasportu etibarsızdır.",
              GIZLI_T_AZ_PASSPORT, "C41188203"));
  /* DATE_OF_BIRTH: a form's DD MM YYYY boxes; az "anadan olmuş" after the
   * date, not before another event's date */
  CHECK(
      finds(E, EN, "6 Date of birth DD MM YYYY   17 03 1988", GIZLI_T_DATE_OF_BIRTH, "17 03 1988"));
  CHECK(finds(E, EN, "Date of birth: 0532 205 17 03 1988", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ,
              "Təqsirləndirilən: Quliyev Arif, 14.02.1987-ci ildə Gəncə şəhərində anadan olmuş",
              GIZLI_T_DATE_OF_BIRTH, "14.02.1987"));
  CHECK(finds(
      E, AZ, "(1958-ci il martın 3-də anadan olmuşdur),\n01.12.2026 tarixdən pensiya təyin edilib.",
      GIZLI_T_DATE_OF_BIRTH, "1958-ci il martın 3"));
  CHECK(count_type(E, AZ,
                   "(1958-ci il martın 3-də anadan olmuşdur),\n01.12.2026 tarixdən pensiya "
                   "təyin edilib.",
                   GIZLI_T_DATE_OF_BIRTH) == 1);
  /* a later date takes the birth word after it; a date under another
   * event's label is that event's */
  CHECK(count_type(E, TR,
                   "Taraflar 02.06.2012 tarihinde evlenmiş olup bu evlilikten 11.10.2015 "
                   "doğumlu Can dünyaya gelmiştir.",
                   GIZLI_T_DATE_OF_BIRTH) == 1);
  CHECK(finds(E, TR,
              "Taraflar 02.06.2012 tarihinde evlenmiş olup bu evlilikten 11.10.2015 doğumlu "
              "Can dünyaya gelmiştir.",
              GIZLI_T_DATE_OF_BIRTH, "11.10.2015"));
  CHECK(finds(E, EN, "Date of marriage: 4 June 2019    Date of birth: 2 May 1990",
              GIZLI_T_DATE_OF_BIRTH, "2 May 1990"));
  CHECK(count_type(E, EN, "Date of marriage: 4 June 2019    Date of birth: 2 May 1990",
                   GIZLI_T_DATE_OF_BIRTH) == 1);
  CHECK(finds(E, AZ, "Doğum tarixi / Дата рождения: 08.09.1984", GIZLI_T_DATE_OF_BIRTH,
              "08.09.1984"));
  /* CREDENTIAL: a lower-case *_pass key of an inventory or .ini file */
  CHECK(finds(E, EN, "[all:vars]\nansible_become_pass=Tq4_zR-8w&Lm2", GIZLI_T_CREDENTIAL,
              "Tq4_zR-8w&Lm2"));
  CHECK(finds(E, EN, "allow_pass: true", GIZLI_T_CREDENTIAL, NULL));
}

/* Leftover forms of the realistic set after batches 27-29 (each a class:
 * a positive and a negative). */
TEST(realistic_leftovers) {
  /* a speaker's answer starting with the value below a request ending in
   * a full stop, however the line goes on */
  CHECK(finds(E, AZ,
              "Operator: Pasport nömrəsini təsdiqləyin.\nİstifadəçi: C20679049, doğum tarixi "
              "1992-10-08\n",
              GIZLI_T_AZ_PASSPORT, "C20679049"));
  CHECK(finds(E, AZ, "Operator: Sifarişiniz qəbul olundu.\nİstifadəçi: C20679049, sağ olun\n",
              GIZLI_T_AZ_PASSPORT, NULL));
  /* DATE_OF_BIRTH: an animal's birth date (a vet record, a pet claim) */
  CHECK(finds(E, EN, "Pet: \"Biscuit\", Cocker Spaniel, DOB 03/03/2021, microchip 826097800211804",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "Ləqəb: Boncuk · Növ: pişik (Britaniya qısatüklü) · Doğum: 14.03.2023",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN, "Owner: Ann Reed, DOB 03/03/1981, pet: Biscuit", GIZLI_T_DATE_OF_BIRTH,
              "03/03/1981"));
  CHECK(finds(E, EN, "No pets. Tenant: Ann Reed, DOB 03/03/1981", GIZLI_T_DATE_OF_BIRTH,
              "03/03/1981"));
  /* a form typed with every space doubled: its labels still label */
  CHECK(finds(E, TR, "  VERGİ  KİMLİK  NO :  2349923531\n", GIZLI_T_TR_VKN, "2349923531"));
  CHECK(finds(E, AZ, "F İ N :  5NRFUR0          Doğum tarixi :  21 . 04 . 1967", GIZLI_T_AZ_FIN,
              "5NRFUR0"));
  CHECK(finds(E, TR, "  VERGİ  TÜRÜ  :  GELİR  VERGİSİ  2349923531\n", GIZLI_T_TR_VKN, NULL));
  CHECK(finds(E, AZ, "Kod :  5NRFUR0\n", GIZLI_T_AZ_FIN, NULL));
  /* AZ_FIN: a payment's purpose names the payer's FİN */
  CHECK(finds(E, AZ, "IBAN: AZ53 RZBA 1763 2700 9494 0363 7259\nTəyinat: A0ZWMJ7 borc ödənişi\n",
              GIZLI_T_AZ_FIN, "A0ZWMJ7"));
  CHECK(finds(E, AZ, "Təyinat: INV-2025-585640 saylı qaimə-faktura üzrə ödəniş.", GIZLI_T_AZ_FIN,
              NULL));
  /* SOCIAL_HANDLE: a Reddit name of a user's form needs no Reddit word;
   * older names are longer than 20 */
  CHECK(finds(E, EN, "Is this a HIPAA violation? I'm u/quiet_cna_2026 if anyone wants to DM.",
              GIZLI_T_SOCIAL_HANDLE, "u/quiet_cna_2026"));
  CHECK(finds(E, EN, "r/LegalAdviceUK · Posted by u/throwaway_tenancy_mcr · 5h",
              GIZLI_T_SOCIAL_HANDLE, "u/throwaway_tenancy_mcr"));
  CHECK(finds(E, EN, "Heparin 5000 u/ml; the pump runs at 18 u/kg_h", GIZLI_T_SOCIAL_HANDLE, NULL));
  CHECK(finds(E, EN, "Speed limit in u/min for the motor", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* an issue thread's author lines, a login in bold and GitHub's words */
  static const char issue[] = "### Login fails · Issue #2291 · acme-labs/timesheet\n"
                              "**mkowalski-dev** opened this issue · 3 comments\n\n"
                              "**jhartley** (maintainer): please rotate them.\n";
  CHECK(finds(E, EN, issue, GIZLI_T_SOCIAL_HANDLE, "mkowalski-dev"));
  CHECK(finds(E, EN, issue, GIZLI_T_SOCIAL_HANDLE, "jhartley"));
  CHECK(finds(E, EN, "**Important**: rotate the keys (maintainer) today", GIZLI_T_SOCIAL_HANDLE,
              NULL));
  CHECK(finds(E, EN, "See **jhartley** opened this issue", GIZLI_T_SOCIAL_HANDLE, NULL));
  /* PHONE: a camelCase key's word labels its value */
  CHECK(finds(E, TR, "payload={\"adSoyad\":\"Nurhan Kaplan\",\"cepTel\":\"5428017362\"}",
              GIZLI_T_PHONE, "5428017362"));
  CHECK(finds(E, TR, "payload={\"urunKodu\":\"5428017362\"}", GIZLI_T_PHONE, NULL));
  /* a question before the value keeps its context word: the value answers */
  CHECK(finds(E, AZ,
              "Aynur: \"Şərq Qida\" MMC-nin VÖEN-i kimdə var? e-qaimə yazmalıyam\n"
              "Lalə: 6494804211 — amma baxın\n",
              GIZLI_T_AZ_VOEN, "6494804211"));
  CHECK(finds(E, AZ, "Aynur: kimdə var? e-qaimə yazmalıyam\nLalə: 6494804211 — amma baxın\n",
              GIZLI_T_AZ_VOEN, NULL));
  /* CREDENTIAL: "address / secret" after a login word */
  CHECK(finds(E, EN,
              "Mei: btw Netflix login is flat4tiverton@gmail.com / Z%Oz5qV^&uPwE8u1 if you want it",
              GIZLI_T_CREDENTIAL, "Z%Oz5qV^&uPwE8u1"));
  CHECK(finds(E, EN,
              "test account pentest01@clearwater-cu.org / utG$x#x7dRz7pZ (valid until Dec 5)",
              GIZLI_T_CREDENTIAL, "utG$x#x7dRz7pZ"));
  CHECK(finds(E, EN, "Netflix account is ann@x.com / Ann-Marie", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "Contact ann@x.com / Zq8#kLm2pW", GIZLI_T_CREDENTIAL, NULL));
  /* "password for <object> is <value>" */
  CHECK(finds(E, EN, "Shared mailbox password for payroll@ is RBn_TNR4BS - can someone rotate it",
              GIZLI_T_CREDENTIAL, "RBn_TNR4BS"));
  CHECK(finds(E, EN, "The reset of the password for ann.lee@x.com was successful",
              GIZLI_T_CREDENTIAL, NULL));
  /* airline record: CTCE in the reservation alphabet, a minor's birth date
   * in an OSI line */
  static const char pnr[] = " CTCM 447956 318402\n CTCE chidimma.okafor//yahoo.co.uk\n"
                            " OSI BA CTCM MOTHER TRAVELLING WITH MINOR 12MAR16\n";
  CHECK(finds(E, EN, pnr, GIZLI_T_EMAIL, "chidimma.okafor//yahoo.co.uk"));
  CHECK(finds(E, EN, pnr, GIZLI_T_DATE_OF_BIRTH, "12MAR16"));
  CHECK(finds(E, EN, " CTCE NONE//\n", GIZLI_T_EMAIL, NULL));
  CHECK(finds(E, EN, "Flight for a MINOR 12MAR16 booked", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* ADDRESS: an LDAP entry's postal address, '$' between its lines */
  CHECK(finds(E, EN,
              "mobile: +44 7598 114 630\nhomePostalAddress: 9 Albert "
              "Grove$Levenshulme$Manchester M19 3PQ\nuserPassword: x\n",
              GIZLI_T_ADDRESS, "9 Albert Grove$Levenshulme$Manchester M19 3PQ"));
  CHECK(finds(E, EN, "serverAddress: rack 4 unit 12\n", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "postalAddress: rack 4 unit 12\n", GIZLI_T_ADDRESS, "rack 4 unit 12"));
  /* az: a numbered lane without its suffix, "3-cü döngə, ev 9" */
  CHECK(finds(E, AZ, "(100483, 'E7KGPTD', 'Lənkəran, Dənizkənarı qəs., 3-cü döngə, ev 9', 'AQ');",
              GIZLI_T_ADDRESS, "Lənkəran, Dənizkənarı qəs., 3-cü döngə, ev 9"));
  CHECK(finds(E, AZ, "Maşını 3-cü döngədə saxlamaq olmaz.", GIZLI_T_ADDRESS, NULL));
  /* DD MM YY spaced after a birth label on its line, not in a digit run */
  CHECK(finds(E, EN, "Family name: NGUYEN  First: THANH  Birth date: 04 09 91 (dd mm yy)",
              GIZLI_T_DATE_OF_BIRTH, "04 09 91"));
  CHECK(finds(E, EN, "Birth date: 04 09 91 44", GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, EN, "Room 12 04 09 91 booked", GIZLI_T_DATE_OF_BIRTH, NULL));
  /* Norwegian and Danish street words apart, with the postcode and town */
  CHECK(finds(E, EN, "Consignee: Dr. Ingrid Solberg | Thorvald Meyers gate 58, 0552 Oslo, Norway |",
              GIZLI_T_ADDRESS, "Thorvald Meyers gate 58, 0552 Oslo"));
  CHECK(finds(E, EN, "Meet at the North gate 5 minutes early.", GIZLI_T_ADDRESS, NULL));
}

/* Special categories of blind batch 28. */
TEST(special_category_batch_28) {
  CHECK(finds(E, AZ, "Oğlumda anadangəlmə ürək qüsuru var.", GIZLI_T_SPECIAL_CATEGORY,
              "anadangəlmə ürək qüsuru"));
  CHECK(
      finds(E, TR, "Babamın kalp pili var, MR çekilemez.", GIZLI_T_SPECIAL_CATEGORY, "kalp pili"));
  CHECK(
      finds(E, TR, "Hafif derecede görme engelim var.", GIZLI_T_SPECIAL_CATEGORY, "görme engelim"));
  CHECK(finds(E, EN, "Dad has been seen at the memory clinic twice.", GIZLI_T_SPECIAL_CATEGORY,
              "memory clinic"));
  CHECK(finds(E, EN, "He has 9 previous convictions for theft.", GIZLI_T_SPECIAL_CATEGORY,
              "previous convictions for theft"));
  /* a race as the answer of its field, not the colour */
  CHECK(finds(E, EN, "Sex: M   Race: White   Height: 5'11\"", GIZLI_T_SPECIAL_CATEGORY, "White"));
  CHECK(finds(E, EN, "Ethnicity: Asian", GIZLI_T_SPECIAL_CATEGORY, "Asian"));
  CHECK(finds(E, EN, "The car was white with a black roof.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Colour: Black", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Səbəb: bel fəqərələrində yırtıq, ağır iş görə bilmirəm.",
              GIZLI_T_SPECIAL_CATEGORY, "fəqərələrində yırtıq"));
  /* released on parole for an offence: a record */
  CHECK(finds(E, EN, "Notes: out on parole for robbery since March.", GIZLI_T_SPECIAL_CATEGORY,
              "robbery"));
}

/* The SPECIAL_CATEGORY audit of blind batches 27-29: words that name no
 * one's datum, and the forms the detectors missed. */
TEST(special_category_realistic_audit) {
  /* an ICD code and its name over a dash are one diagnosis */
  CHECK(finds(E, TR, "Tanı: F32.1 - Orta depresif epizod", GIZLI_T_SPECIAL_CATEGORY,
              "F32.1 - Orta depresif epizod"));
  /* an infection marker in a lab table runs to its positive result */
  CHECK(finds(E, AZ, "Test         Nəticə\nHBsAg (ELİSA)      MÜSBƏT      mənfi\n",
              GIZLI_T_SPECIAL_CATEGORY, "HBsAg (ELİSA)      MÜSBƏT"));
  CHECK(finds(E, EN, "Chlamydia trachomatis    DETECTED      A\n", GIZLI_T_SPECIAL_CATEGORY,
              "Chlamydia trachomatis    DETECTED"));
  CHECK(finds(E, EN, "Chlamydia trachomatis    NOT DETECTED      \n", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  /* a column name, a report's heading, an organisation or benefit name,
   * an allergy asked about: none */
  CHECK(finds(E, EN, "INSERT INTO profiles (id, religion, hiv_status) VALUES",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Criminal records search: none found", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Criminal records \xE2\x80\x94 Bibb County Superior Court:",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "He has a criminal record for burglary.", GIZLI_T_SPECIAL_CATEGORY,
              "criminal record for burglary"));
  CHECK(finds(E, EN, "Eventbrite export: Diabetes UK Walk, Hyde Park", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(finds(E, EN, "I'm on the Disability Support Pension.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "I was diagnosed with diabetes last year.", GIZLI_T_SPECIAL_CATEGORY,
              "diabetes"));
  CHECK(finds(E, AZ, "QAFQAZ MÜSƏLMANLARI İDARƏSİ", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Qızınızda allergiya var?", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, AZ, "Anamnez: penisilinə allergiya", GIZLI_T_SPECIAL_CATEGORY,
              "penisilinə allergiya"));
  /* charges of a court list, an offence after its code article, not a
   * fraud warning */
  CHECK(finds(E, EN,
              "T20267041  DARIUSZ KOWALCZYK   Fraud by false representation \xE2\x80\x94 Trial",
              GIZLI_T_SPECIAL_CATEGORY, "Fraud by false representation"));
  CHECK(finds(E, AZ, "10:00 | Şirinov Rauf | CM 178.3.2 (dələduzluq) | R. Məmmədli",
              GIZLI_T_SPECIAL_CATEGORY, "dələduzluq"));
  CHECK(finds(E, EN, "Beware of fraud: never share your PIN.", GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Notes: on probation for theft, seen on CCTV", GIZLI_T_SPECIAL_CATEGORY,
              "theft"));
  CHECK(finds(E, EN, "Your probation for the new job ends in March.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  /* union membership; two findings joined by "üzrə" are one */
  CHECK(finds(E, TR, "Kendisi Türk Metal Sendikası üyesi, aidat kesilmeli.",
              GIZLI_T_SPECIAL_CATEGORY, "Sendikası üyesi"));
  CHECK(finds(E, AZ, "3 aydır depressiya üzrə psixiatr müalicəsindədir.", GIZLI_T_SPECIAL_CATEGORY,
              "depressiya üzrə psixiatr"));
}

/* The secret_userpass window opens on what follows the login word (its
 * anchor), not on every "account" or "hesab": each form still works, and
 * prose with those words and a slash further on is no credential. */
TEST(userpass_anchor_forms) {
  CHECK(finds(E, EN, "administrator / Xezer2026!x", GIZLI_T_CREDENTIAL, "Xezer2026!x"));
  CHECK(finds(E, EN, "root/Qwerty12345", GIZLI_T_CREDENTIAL, "Qwerty12345"));
  CHECK(finds(E, EN, "Login: ops.team / Kx9#mW2p!", GIZLI_T_CREDENTIAL, "Kx9#mW2p!"));
  CHECK(finds(E, EN, "Demo creds (sandbox): demo@shop.example / Tq7!vB3zL", GIZLI_T_CREDENTIAL,
              "Tq7!vB3zL"));
  CHECK(finds(E, AZ, "Test hesabı: qa.user / Pb6$kL9wQ", GIZLI_T_CREDENTIAL, "Pb6$kL9wQ"));
  CHECK(finds(E, EN, "Your account balance rose 3/4 this quarter", GIZLI_T_CREDENTIAL, NULL));
}

/* Claim, application and insurance reference numbers shaped like phones
 * (after blind batch 18's lookalikes); a phone written with its country
 * code next to the same words stays a phone. */
TEST(reference_numbers_are_no_phones) {
  CHECK(finds(E, EN, "Please quote your claim number 0703439767 in all correspondence.",
              GIZLI_T_PHONE, NULL));
  CHECK(finds(E, AZ, "Sizin KASKO-24-0773815 saylı sığorta müqaviləniz uzadıldı.", GIZLI_T_PHONE,
              NULL));
  CHECK(finds(E, AZ, "Sığorta agentiniz: +994 50 234 56 78", GIZLI_T_PHONE, "+994 50 234 56 78"));
  CHECK(finds(E, EN, "Claims line: +44 20 7946 0958", GIZLI_T_PHONE, "+44 20 7946 0958"));
}

/* The same text after a long neutral prefix gives the same findings,
 * shifted. Guards against matching libraries that miss matches ending in
 * the last bytes of a long buffer: Debian 12's Vectorscan 5.4.9 does on
 * CPUs with AVX-512 (scripts/install-deps.sh), which lost every finding of
 * a Vectorscan-run pattern at the end of a text longer than 64 bytes. */
TEST(findings_do_not_depend_on_text_length) {
  static const char *const texts[] = {"Doğum tarihi: 12 Mart 1985",
                                      "Date of birth: 12 March 1985",
                                      "221 Baker Street, London NW1 6XE",
                                      "Tel: 0532/418 66 21",
                                      "Çağrı merkezi: 444 0 123",
                                      "Ünvan: Qusar rayonu, Laza kəndi",
                                      "FİN: 5ZJ8K2L",
                                      "password=Xezer2026!",
                                      "e-mail: aysel.m@example.az",
                                      "Kiralanan: İleribaşı Mevkii, Belek 07506 Serik/Antalya",
                                      NULL};
  static const char filler[] = "The weather stays calm over the week and the roads are open.\n";
  char buf[1024];
  for (int k = 0; texts[k]; k++) {
    size_t len = strlen(texts[k]);
    gizli_scratch *s1 = NULL, *s2 = NULL;
    const gizli_finding *f1, *f2;
    size_t n1 = 0, n2 = 0;
    CHECK_EQ_INT(gizli_scratch_create(E, &s1), GIZLI_OK);
    CHECK_EQ_INT(gizli_scratch_create(E, &s2), GIZLI_OK);
    CHECK_EQ_INT(gizli_scan(E, s1, texts[k], len, GIZLI_LANG_AUTO, &f1, &n1), GIZLI_OK);
    CHECK(n1 > 0);
    for (size_t reps = 1; reps <= 8; reps *= 2) {
      size_t pre = 0;
      for (size_t r = 0; r < reps; r++, pre += sizeof filler - 1)
        memcpy(buf + pre, filler, sizeof filler - 1);
      memcpy(buf + pre, texts[k], len);
      CHECK_EQ_INT(gizli_scan(E, s2, buf, pre + len, GIZLI_LANG_AUTO, &f2, &n2), GIZLI_OK);
      if (n2 != n1)
        fprintf(stderr, "    text %d after %zu bytes: %zu findings, not %zu\n", k, pre, n2, n1);
      CHECK_EQ_INT(n2, n1);
      for (size_t i = 0; i < n1 && i < n2; i++)
        CHECK(f1[i].start + pre == f2[i].start && f1[i].end + pre == f2[i].end &&
              f1[i].type == f2[i].type);
    }
    gizli_scratch_free(s1);
    gizli_scratch_free(s2);
  }
}

TEST(blind_batch_15) {
  /* CSV rows of dashed values: a comma before a date's or SSN's dash-joined
   * digits, or before a bracket, joins nothing ("..,1979-02-14,532-71-0846") */
  CHECK(finds(E, EN,
              "id,name,birth_date,ssn,tel\n7,Ann Lee,1979-02-14,532-71-0846,(303) 555-0142\n",
              GIZLI_T_US_SSN, "532-71-0846"));
  CHECK(finds(E, EN,
              "id,name,birth_date,ssn,tel\n7,Ann Lee,1979-02-14,532-71-0846,(303) 555-0142\n",
              GIZLI_T_DATE_OF_BIRTH, "1979-02-14"));
  CHECK(finds(E, EN,
              "id,name,birth_date,ssn,tel\n7,Ann Lee,1979-02-14,532-71-0846,(303) 555-0142\n",
              GIZLI_T_PHONE, "(303) 555-0142"));
  CHECK(finds(E, EN, "Revenue grew 1,250-1,300 units", GIZLI_T_US_SSN, NULL));
  /* a '+1' country code outweighs an order word; 555-01xx numbers count */
  CHECK(finds(E, EN, "Orders by DM or call +1 415 555 0178 after 5pm", GIZLI_T_PHONE,
              "+1 415 555 0178"));
  CHECK(finds(E, EN, "Order 4155550178 shipped", GIZLI_T_PHONE, NULL));
  /* diagnoses and offences as letters and charge sheets name them; a
   * fraud warning or a bipolar transistor is none */
  /* (the organ in the genitive is part of the span since batch 39, as the
   * organ of a cancer is since batch 22) */
  CHECK(finds(E, AZ, "Diaqnoz: qaraciyərin bədxassəli şişi, II mərhələ", GIZLI_T_SPECIAL_CATEGORY,
              "qaraciyərin bədxassəli şişi"));
  CHECK(finds(E, TR, "Tanı: L4-L5 disk hernisi, fizik tedavi önerildi", GIZLI_T_SPECIAL_CATEGORY,
              "disk hernisi"));
  CHECK(finds(E, TR, "Ön tanı: inferior miyokard enfarktüsü", GIZLI_T_SPECIAL_CATEGORY,
              "miyokard enfarktüsü"));
  CHECK(finds(E, EN, "Admitted with community-acquired pneumonia on Monday",
              GIZLI_T_SPECIAL_CATEGORY, "community-acquired pneumonia"));
  CHECK(finds(E, EN, "History of bipolar affective disorder, stable on lithium",
              GIZLI_T_SPECIAL_CATEGORY, "bipolar affective disorder"));
  CHECK(finds(E, TR, "İddia: nitelikli dolandırıcılık suçu", GIZLI_T_SPECIAL_CATEGORY,
              "nitelikli dolandırıcılık"));
  CHECK(finds(E, EN, "Charged with possession with intent to supply cannabis",
              GIZLI_T_SPECIAL_CATEGORY, "possession with intent to supply"));
  CHECK(finds(E, TR, "Dolandırıcılara karşı dikkatli olun, şifrenizi paylaşmayın",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "The amplifier uses a bipolar transistor stage", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  /* the words that qualify a diagnosis are part of its span */
  CHECK(finds(E, TR, "Tanı: Kronik hepatit B, antiviral tedavi", GIZLI_T_SPECIAL_CATEGORY,
              "Kronik hepatit B"));
  CHECK(
      finds(E, EN, "PMH: type 1 diabetes since 2009", GIZLI_T_SPECIAL_CATEGORY, "type 1 diabetes"));
  CHECK(
      finds(E, EN, "Visit the hepatitis Clinic on floor 2", GIZLI_T_SPECIAL_CATEGORY, "hepatitis"));
  /* a capitalised label glued by a space to the NINO: the start is retried
   * after it; a dashed AZ plate whose letters spell a unit ("TL") */
  CHECK(finds(E, EN, "Employee NINO JT482913C, payroll ref 22", GIZLI_T_UK_NINO, "JT482913C"));
  CHECK(finds(E, AZ, "Maşın: Kia Rio 2016, 77-KM-318, ağ rəng", GIZLI_T_AZ_PLATE, "77-KM-318"));
  CHECK(finds(E, AZ, "Endirim: 10 TL 907 sifarişdən sonra", GIZLI_T_AZ_PLATE, NULL));
  /* a login and password as a pair after a test-account or creds label */
  CHECK(finds(E, AZ, "Demo hesabı: tester01@shop.az / Qw7xNp2LrT9s", GIZLI_T_CREDENTIAL,
              "Qw7xNp2LrT9s"));
  CHECK(finds(E, EN, "QA creds (do not share): load.bot / Vy4_kL9pXz!", GIZLI_T_CREDENTIAL,
              "Vy4_kL9pXz!"));
  CHECK(finds(E, EN, "Account: Billing/Invoices2026", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "Login: 12 / 2026-03-04", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, AZ, "Hesab: Kapital Bank / Filial2026", GIZLI_T_CREDENTIAL, NULL));
  /* addresses after an address label in any letter case, without
   * diacritics, under a bare label or a question (address_lines.c) */
  CHECK(finds(E, AZ, "ad\nleyla hasanova\nunvan\nsamed vurgun kucesi 41 menzil 7\n",
              GIZLI_T_ADDRESS, "samed vurgun kucesi 41 menzil 7"));
  CHECK(finds(E, AZ, "Yaşayış ünvanı: SUMQAYIT ŞƏHƏRİ, 3-CÜ MİKRORAYON, EV 8, MƏNZİL 19",
              GIZLI_T_ADDRESS, "SUMQAYIT ŞƏHƏRİ, 3-CÜ MİKRORAYON, EV 8, MƏNZİL 19"));
  CHECK(finds(E, TR, "adres:\nbahcelievler mh 12 sk no 4 daire 3 kecioren ankara\n",
              GIZLI_T_ADDRESS, "bahcelievler mh 12 sk no 4 daire 3 kecioren ankara"));
  CHECK(finds(E, EN,
              "Agent Tom: Could you confirm the delivery address?\nMe: 9 mill lane, york yo1 7hx\n",
              GIZLI_T_ADDRESS, "9 mill lane, york yo1 7hx"));
  CHECK(finds(E, EN, "Address: 7 Harbour View, Howth, Dublin 13, D13 K2P8", GIZLI_T_ADDRESS,
              "7 Harbour View, Howth, Dublin 13, D13 K2P8"));
  CHECK(
      finds(E, AZ, "Nigar: unvan S.Vurgun 12, menzil 4", GIZLI_T_ADDRESS, "S.Vurgun 12, menzil 4"));
  /* the rest of a labelled line after a pattern's address is part of it;
   * Canadian postcodes and Eircodes end an English address */
  CHECK(finds(
      E, TR,
      "Teslimat adresi: Moda Mah. Bahariye Cad. Deniz Sitesi A Blok No:3 Daire:8 Kadıköy/İstanbul",
      GIZLI_T_ADDRESS,
      "Moda Mah. Bahariye Cad. Deniz Sitesi A Blok No:3 Daire:8 Kadıköy/İstanbul"));
  CHECK(finds(E, AZ, "Ünvan: Xətai r., Babək pr. 22, blok 3, mənzil 41", GIZLI_T_ADDRESS,
              "Xətai r., Babək pr. 22, blok 3, mənzil 41"));
  CHECK(finds(E, EN, "Ship to 77 Maple Avenue, Ottawa, ON K1A 0B1 by Friday", GIZLI_T_ADDRESS,
              "77 Maple Avenue, Ottawa, ON K1A 0B1"));
  CHECK(finds(E, EN, "Drop-off: 3 Quay Street, Galway H91 DX47.", GIZLI_T_ADDRESS,
              "3 Quay Street, Galway H91 DX47"));
  /* no address: a chat line with a number and no address word, an IP or
   * e-mail address, an address change notice, a city alone */
  CHECK(finds(E, AZ, "unvan\nsabah 10-da gelecem, zeng edin\n", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "IP address: 10.20.30.40 (office park gateway)", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Server address: park-db-02 port 5432", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, TR, "E-posta adresi: info@site12.com.tr", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, TR, "Adres değişikliği 3 iş günü içinde yapılır, sokak adı gerekmez",
              GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, AZ, "Ünvan: Bakı şəhəri", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, TR, "Adres bilgileriniz güncellendi\nSipariş: 4 adet, kat 2 teslim",
              GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Where is the new address?\nBob: no idea, maybe 2 streets away lol\n",
              GIZLI_T_ADDRESS, NULL));
  /* a FİN typed as a reply a line or two below the request (fin_replies.c) */
  CHECK(finds(E, AZ,
              "Bank: Zəhmət olmasa mobil nömrə və fin kodunu göndərin\nMüştəri: 050 333 22 11\n"
              "Müştəri: 5kq2p8m\n",
              GIZLI_T_AZ_FIN, "5kq2p8m"));
  CHECK(finds(E, AZ, "Operator Aygün: Ad, soyad və FİN?\nSiz: Elnur Quliyev\nSiz: 6TR4KW2\n",
              GIZLI_T_AZ_FIN, "6TR4KW2"));
  CHECK(finds(E, AZ, "Məhsulun kodunu yazın\nMüştəri: ab12cd3\n", GIZLI_T_AZ_FIN, NULL));
  CHECK(finds(E, AZ,
              "FİN kodunuzu yazın.\nMüştəri: bir deqiqe\nOperator: Sorğu kodu AZ1234B yaradıldı, "
              "gözləyin\n",
              GIZLI_T_AZ_FIN, NULL));
  CHECK(finds(E, EN, "I am fine, thanks\nMe: ab12cd3\n", GIZLI_T_AZ_FIN, NULL));
  CHECK(finds(E, AZ, "FİN: 5ZQ8PRT\nKod: 7hk2m9q\n", GIZLI_T_AZ_FIN, "5ZQ8PRT"));
  CHECK(count_type(E, AZ, "FİN: 5ZQ8PRT\nKod: 7hk2m9q\n", GIZLI_T_AZ_FIN) == 1);
}

/* A Turkish number written without its trunk 0 needs a prefix of the
 * numbering plan, no digit group run into it and no reference label, even
 * in a Turkish document next to a person and a tax number (which lift a
 * weak candidate by a language, a country and a name bonus). */
TEST(bare_turkish_numbers) {
  const char *doc = "Vergi tahakkuk fişi\nMükellef: Osman Güler\nVergi Kimlik No: 1972336207\n"
                    "Tahakkuk No: %s\nÖdenecek: 4.812,00 TL";
  char buf[256];
  snprintf(buf, sizeof buf, doc, "5672268672"); /* 567: no mobile prefix */
  CHECK(finds(E, TR, buf, GIZLI_T_PHONE, NULL));
  snprintf(buf, sizeof buf, doc, "5526791470"); /* a mobile prefix, but a reference label */
  CHECK(finds(E, TR, buf, GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "Yolcu: YAVUZ/DERYA MS    E-bilet: 235 2161884027\nTK2318 İstanbul",
              GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "Aday: Burak Çelik\nAday No: 2601144872\n", GIZLI_T_PHONE, NULL));
  /* with a phone word the same forms are phones */
  CHECK(finds(E, TR, "Mükellef: Osman Güler\nCep No: 5526791470\n", GIZLI_T_PHONE, "5526791470"));
  CHECK(finds(E, TR, "Osman Güler, telefon: 2164441234", GIZLI_T_PHONE, "2164441234"));
}

/* Country evidence: a number's country code tells its country whatever
 * pattern found it, a value found by two patterns counts once, and with as
 * many Turkish as Azerbaijani findings around, the nearest decides: an
 * Azerbaijani recipient's passport in a Turkish waybill. */
TEST(nearest_country_decides) {
  const char *t = "Bakü'ye gönderi: alıcı Tural Abbasov, telefon +994558469933, pasaport "
                  "C28648312. Gönderici: Özlem Kılıç, +90 312 509 04 08. Gümrük değeri "
                  "1.750.849,46 ₺.";
  CHECK(finds(E, TR, t, GIZLI_T_AZ_PASSPORT, "C28648312"));
  CHECK(finds(E, TR, t, GIZLI_T_TR_PASSPORT, NULL));
  const char *u = "İstanbul'a gönderi: alıcı Özlem Kılıç, telefon +90 312 509 04 08, pasaport "
                  "U28648312. Gönderici: Tural Abbasov, +994558469933.";
  CHECK(finds(E, TR, u, GIZLI_T_TR_PASSPORT, "U28648312"));
}

/* A unit and a house number written "8/42" are no date's end, while a
 * date before an address still is not its house number. */
TEST(unit_slash_house_number) {
  CHECK(finds(E, EN, "Delivering to: Ann Lee, 8/42 Chapel St, St Kilda VIC 3182", GIZLI_T_ADDRESS,
              "8/42 Chapel St, St Kilda VIC 3182"));
  CHECK(finds(E, EN, "Victim: Mary Jones, 12/04/1948, 31 Lordship Lane, London SE22 8HN",
              GIZLI_T_ADDRESS, "31 Lordship Lane, London SE22 8HN"));
}

/* A match counts only inside its own detector's window, not in a window
 * another detector's anchor opened beside it (the result must not depend on
 * unrelated text nearby); an address ends at a sentence end after its city;
 * prose words that contain a street word ("have", "broad") open no window. */
TEST(windows_are_per_detector) {
  const char *alone = "The old rat hives were empty for many long years now. Maria has asthma.";
  const char *beside =
      "Baker Street 12, London. The old rat hives were empty for many long years now. Maria has "
      "asthma.";
  CHECK(count_type(E, EN, alone, GIZLI_T_SPECIAL_CATEGORY) ==
        count_type(E, EN, beside, GIZLI_T_SPECIAL_CATEGORY));
  CHECK(finds(E, EN, beside, GIZLI_T_ADDRESS, "Baker Street 12, London"));
  CHECK(finds(E, EN, "Deliver to 742 Evergreen Terrace, Springfield. Leave it at the door.",
              GIZLI_T_ADDRESS, "742 Evergreen Terrace, Springfield"));
  /* an abbreviation before a full stop is no sentence end */
  CHECK(finds(E, EN, "Ship to 12 Market Street, St. Louis, MO 63101 today", GIZLI_T_ADDRESS,
              "12 Market Street, St. Louis, MO 63101"));
  CHECK(finds(E, EN, "We have 12 cats and a broad 3 metre garden.", GIZLI_T_ADDRESS, NULL));
}

/* Address forms of blind batch 16 (address_lines.c and the English
 * address patterns in detectors.c). */
TEST(address_forms_6) {
  /* a London street without its number and the postcode district */
  CHECK(finds(E, EN, "The van was parked on Kingsdown Road, N19 this morning.", GIZLI_T_ADDRESS,
              "Kingsdown Road, N19"));
  CHECK(finds(E, EN, "Take the A1 Road, M25 junction, then the exit.", GIZLI_T_ADDRESS, NULL));
  /* an Irish county ends the address; its Eircode joins it; a townland,
   * town and county without a number; a name before a town is none */
  CHECK(finds(E, EN, "Send it to 7 Church Street, Castlebar, Co. Mayo please", GIZLI_T_ADDRESS,
              "7 Church Street, Castlebar, Co. Mayo"));
  CHECK(finds(E, EN, "Home: 3 Abbey Road, Tralee, County Kerry, V92 X3K8", GIZLI_T_ADDRESS,
              "3 Abbey Road, Tralee, County Kerry, V92 X3K8"));
  CHECK(finds(E, EN, "Mary Walsh, late of Knockmore, Westport, Co. Mayo, died on Sunday.",
              GIZLI_T_ADDRESS, "Knockmore, Westport, Co. Mayo"));
  CHECK(finds(E, EN, "Signed by Sean Walsh, Westport, Co. Mayo on Sunday.", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Acme Trading, Leeds, Co. Ltd was wound up.", GIZLI_T_ADDRESS, NULL));
  /* an Indian address of one part before the town keeps its PIN; a
   * Thiruvananthapuram Corporation house number opens one */
  CHECK(finds(E, EN, "Office: 44 Residency Road, Bengaluru 560025", GIZLI_T_ADDRESS,
              "44 Residency Road, Bengaluru 560025"));
  CHECK(finds(E, EN, "Address ...... TC 9/812, Pattom, Thiruvananthapuram 695004", GIZLI_T_ADDRESS,
              "TC 9/812, Pattom, Thiruvananthapuram 695004"));
  CHECK(finds(E, EN, "Total Amount, Bengaluru 560025", GIZLI_T_ADDRESS, NULL));
  /* a building by its ordinal in a micro-district, inside a sentence */
  CHECK(finds(E, AZ, "Mən Sumqayıt, 11-ci mkr, 23-cü bina qalıram", GIZLI_T_ADDRESS,
              "Sumqayıt, 11-ci mkr, 23-cü bina"));
  /* the unit word before a span opening with its number; a quote closing
   * the value; a unit line over the street */
  CHECK(finds(E, EN, "Visit us: Room 1.07, 5 George Square, Glasgow G2 1DY", GIZLI_T_ADDRESS,
              "Room 1.07, 5 George Square, Glasgow G2 1DY"));
  CHECK(finds(E, TR, "('Ayşe', 'Kemalpaşa Mah. Lale Sok. No:3 D:2 35730 Kemalpaşa/İzmir')",
              GIZLI_T_ADDRESS, "Kemalpaşa Mah. Lale Sok. No:3 D:2 35730 Kemalpaşa/İzmir"));
  CHECK(finds(E, EN, "Flat 9\n21 Albert Road\nBristol\nBS2 0XA", GIZLI_T_ADDRESS,
              "Flat 9\n21 Albert Road\nBristol\nBS2 0XA"));
  /* Turkish: an inner door number; the district and province on the
   * next line; sentence words before the neighbourhood left out */
  CHECK(finds(E, TR, "Adres: Cumhuriyet Mah. Gül Sok. No:12 İç Kapı:5 Tepebaşı/Eskişehir",
              GIZLI_T_ADDRESS, "Cumhuriyet Mah. Gül Sok. No:12 İç Kapı:5 Tepebaşı/Eskişehir"));
  CHECK(finds(E, TR, "Adres\nYıldız Mah. Çınar Cad. No: 8 D: 3\nMerkezefendi / Denizli\nTel: yok",
              GIZLI_T_ADDRESS, "Yıldız Mah. Çınar Cad. No: 8 D: 3\nMerkezefendi / Denizli"));
  CHECK(finds(E, TR, "Siparişiniz Yıldız Mah. Çınar Cad. No:8 Merkezefendi/Denizli adresine gitti",
              GIZLI_T_ADDRESS, "Yıldız Mah. Çınar Cad. No:8 Merkezefendi/Denizli"));
  CHECK(finds(E, TR, "Bursa'daki Yıldız Mah. Çınar Cad. No:8 adresinde", GIZLI_T_ADDRESS,
              "Yıldız Mah. Çınar Cad. No:8"));
  /* a district before the address after a label; a greeting is none */
  CHECK(finds(E, TR, "Adres: Pamukkale, Yıldız Mah. Çınar Cad. No:8", GIZLI_T_ADDRESS,
              "Pamukkale, Yıldız Mah. Çınar Cad. No:8"));
  CHECK(finds(E, TR, "Merhaba, Yıldız Mah. Çınar Cad. No:8 için kargo var mı?", GIZLI_T_ADDRESS,
              "Yıldız Mah. Çınar Cad. No:8"));
  /* Azerbaijani flat and office after the house; a trailing floor stays
   * out */
  CHECK(finds(E, AZ, "Ünvan: Bakı, Nizami r., Füzuli küç. 12, kv. 40", GIZLI_T_ADDRESS,
              "Bakı, Nizami r., Füzuli küç. 12, kv. 40"));
  CHECK(finds(E, AZ, "Ofis: Neftçilər pr. 90, 6-cı mərtəbə, ofis 12", GIZLI_T_ADDRESS,
              "Neftçilər pr. 90, 6-cı mərtəbə, ofis 12"));
  CHECK(finds(E, AZ, "Ofis: Neftçilər pr. 90, 6-cı mərtəbə", GIZLI_T_ADDRESS, "Neftçilər pr. 90"));
  /* US and Canadian: a suite in capitals, an office floor, a street's
   * direction word */
  CHECK(finds(E, EN, "Ship to 4410 S Congress Ave STE 12, AUSTIN TX 78704 today", GIZLI_T_ADDRESS,
              "4410 S Congress Ave STE 12, AUSTIN TX 78704"));
  CHECK(finds(E, EN, "Office: 55 Water St, 12th Floor, New York, NY 10041", GIZLI_T_ADDRESS,
              "55 Water St, 12th Floor, New York, NY 10041"));
  CHECK(finds(E, EN, "HQ: 100 Queen Street West, Toronto, ON M5H 2N2", GIZLI_T_ADDRESS,
              "100 Queen Street West, Toronto, ON M5H 2N2"));
  /* a vCard's ADR fields up to the postcode, the country left out; a
   * field that is no place ends it */
  CHECK(finds(E, TR, "ADR;TYPE=home:;;Gül Mah. Lale Sok. No:4 D:2;Kadıköy;İstanbul;34710;Türkiye",
              GIZLI_T_ADDRESS, "Gül Mah. Lale Sok. No:4 D:2;Kadıköy;İstanbul;34710"));
  CHECK(finds(E, AZ, "ADR;TYPE=WORK:;;Nizami küç. 41;Gəncə;;AZ2000;Azərbaycan", GIZLI_T_ADDRESS,
              "Nizami küç. 41;Gəncə;;AZ2000"));
  /* an Azerbaijani city with its kind word before the micro-district */
  CHECK(finds(E, AZ, "('Ləman', 'Xırdalan ş., 5-ci mkr., ev 12, mən. 9', '1990')", GIZLI_T_ADDRESS,
              "Xırdalan ş., 5-ci mkr., ev 12, mən. 9"));
  /* a UK address block indented under its first line; a Turkish door
   * number with a lettered flat */
  CHECK(finds(E, EN, "3 Home address      8 Ferndale Road\n   Cardiff\n   CF5 2AB\n4 Phone",
              GIZLI_T_ADDRESS, "8 Ferndale Road\n   Cardiff\n   CF5 2AB"));
  CHECK(finds(E, TR, "Adres: Kavaklı Mah. Lale Cad. No:7/2B Beylikdüzü/İstanbul", GIZLI_T_ADDRESS,
              "Kavaklı Mah. Lale Cad. No:7/2B Beylikdüzü/İstanbul"));
  /* an Indian named road before the town and PIN; an area is none */
  CHECK(finds(E, EN, "deliver at Brigade Gateway, Old Madras Road, Bengaluru 560016 pls",
              GIZLI_T_ADDRESS, "Old Madras Road, Bengaluru 560016"));
  CHECK(finds(E, EN, "Branch: Salt Lake Sector, Kolkata 700091", GIZLI_T_ADDRESS, NULL));
  /* a house's name before a street without a number; a public hall
   * stays out */
  CHECK(finds(E, EN, "Tenant: Ms Lowe of Bramble Cottage, Back Lane, Thirsk YO7 1AB",
              GIZLI_T_ADDRESS, "Bramble Cottage, Back Lane, Thirsk YO7 1AB"));
  CHECK(finds(E, EN, "Venue: Town Hall, Market Street, Bury BL9 0SW", GIZLI_T_ADDRESS,
              "Market Street, Bury BL9 0SW"));
}

TEST(addresses_batch_16) {
  /* a chat reply with a time stamp and a speaker below a request for the
   * address typed without a question mark */
  CHECK(finds(E, AZ,
              "[09:12] Kuryer: salam, unvani gonderin\n[09:13] Aysel: yasamal r. 28 may kuc 16 "
              "menzil 3\n",
              GIZLI_T_ADDRESS, "yasamal r. 28 may kuc 16 menzil 3"));
  CHECK(finds(E, TR,
              "12/03/2025, 18:40 - Usta: adresi yazar misiniz\n12/03/2025, 18:41 - Ayşe: "
              "cumhuriyet mh 5. sokak no 8 daire 2 pendik\n",
              GIZLI_T_ADDRESS, "cumhuriyet mh 5. sokak no 8 daire 2 pendik"));
  /* an XML element or a JSON key as the label */
  CHECK(finds(E, AZ, "<Shexs>\n  <Unvan>GƏNCƏ ŞƏHƏRİ, 5-Cİ MKR, EV 12, MƏNZİL 7</Unvan>\n</Shexs>",
              GIZLI_T_ADDRESS, "GƏNCƏ ŞƏHƏRİ, 5-Cİ MKR, EV 12, MƏNZİL 7"));
  CHECK(finds(E, TR, "{\"ad\": \"Can\", \"adres\": \"bagdat cad no 140 daire 5 kadikoy\"}",
              GIZLI_T_ADDRESS, "bagdat cad no 140 daire 5 kadikoy"));
  CHECK(finds(E, EN, "<address>22 Oak Lane, Leeds LS6 2AB</address>", GIZLI_T_ADDRESS,
              "22 Oak Lane, Leeds LS6 2AB"));
  /* Irish addresses going on over places to an Eircode, a Quebec address
   * in French with its province and postcode */
  CHECK(finds(E, EN, "Tenant: Mark Byrne, 27 Willow Park, Rathgar, Dublin 6, D06 F9K3, from May",
              GIZLI_T_ADDRESS, "27 Willow Park, Rathgar, Dublin 6, D06 F9K3"));
  CHECK(finds(E, EN, "Office: 1180 rue Sherbrooke, Montréal, QC H3A 2R5", GIZLI_T_ADDRESS,
              "1180 rue Sherbrooke, Montréal, QC H3A 2R5"));
  CHECK(finds(E, EN, "Reception, Town Hall, Mill Street, Ennis V95 K2P4\nTel: 065 682 1616",
              GIZLI_T_ADDRESS, "Mill Street, Ennis V95 K2P4"));
  /* a UK address typed in lower case in a chat, with no label */
  CHECK(finds(E, EN, "ok so im at apt 3 27 mill lane ls6 2ab after 6", GIZLI_T_ADDRESS,
              "apt 3 27 mill lane ls6 2ab"));
  CHECK(finds(E, EN, "send it to 8 grove rd bristol bs6 5ux thx", GIZLI_T_ADDRESS,
              "8 grove rd bristol bs6 5ux"));
  /* no address: a park and a Dublin district alone, an Eircode-like code */
  CHECK(finds(E, EN, "We met at 3 Central Park, Dublin 6W, with friends.", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Ship 2 units to Dublin 6W, ref D6W X100 pending.", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Part A12 BC34 fits 4 Lane, Cork models.", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "the 14 rd trip took us past n1 9dx lol", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "we did 12 laps of the main st then went home", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Product code A12 X4K8 is out of stock, Model B, Series C34 ABCD.",
              GIZLI_T_ADDRESS, NULL));
  /* no address: a way given in a chat reply, a stamp and a number without
   * an address request, elements that are no postal address */
  CHECK(finds(E, TR,
              "[14:02] Kurye: abi adresi tam atar misin\n[14:03] Emre: 2 cadde ileride 14 "
              "dakika\n",
              GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, TR, "[14:02] Kurye: yoldayım\n[14:03] Emre: 3 daire var 2 kat\n", GIZLI_T_ADDRESS,
              NULL));
  CHECK(finds(E, AZ, "[10:01] Operator: unvaniniz yenilendi\n[10:02] Siz: ev 5 oldu?\n",
              GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "<ip_address>10 road</ip_address>", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "{\"email_address\": \"12 main st\"}", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, TR, "<Adres>güncellendi 3 kez</Adres>", GIZLI_T_ADDRESS, NULL));
}

static void setup(void) {
  E = engine_for(0);
}

TEST(blind_batch_43_leftovers) {
  /* a CSV's key column: nine digits under "musteri_no" are no Azerbaijani
   * mobile though "gsm" heads another column; under a phone header they are */
  CHECK(finds(E, TR, "musteri_no;ad;gsm\n100045871;Ali;5332174908\n", GIZLI_T_PHONE, "5332174908"));
  CHECK(count_type(E, TR, "musteri_no;ad;gsm\n100045871;Ali;5332174908\n", GIZLI_T_PHONE) == 1);
  CHECK(finds(E, AZ, "ad;tel_no\nAli;100045871\n", GIZLI_T_PHONE, "100045871"));
  /* a session key beside "fin=" is no FİN */
  CHECK(finds(E, AZ, "auth ok fin=MYSN70H sess=4KXP9QZ", GIZLI_T_AZ_FIN, "MYSN70H"));
  CHECK(count_type(E, AZ, "auth ok fin=MYSN70H sess=4KXP9QZ", GIZLI_T_AZ_FIN) == 1);
  /* a password set later on the password word's line; a rule is none */
  CHECK(finds(E, EN, "My password expired. I tried resetting to Rain2027!Ox but no.",
              GIZLI_T_CREDENTIAL, "Rain2027!Ox"));
  CHECK(finds(E, AZ, "köhnə parolu bərpa etdim: Qx7pL2mV9!z — dəyişin", GIZLI_T_CREDENTIAL,
              "Qx7pL2mV9!z"));
  CHECK(finds(E, EN, "Password policy changed to MinLength12 today.", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, EN, "The timeout was reset to Default30s after the deploy.", GIZLI_T_CREDENTIAL,
              NULL));
  /* a connect call's third literal; variables are none */
  CHECK(finds(E, EN, "$db = mysqli_connect(\"db.local\", \"app\", \"Tr0ub4dor&3\", \"shop\");",
              GIZLI_T_CREDENTIAL, "Tr0ub4dor&3"));
  CHECK(finds(E, EN, "$db = new PDO($dsn, $user, $pass);", GIZLI_T_CREDENTIAL, NULL));
  /* Wi-Fi keys */
  CHECK(finds(E, EN, "ssid=GUEST psk=Harbour!Lights9", GIZLI_T_CREDENTIAL, "Harbour!Lights9"));
  /* birth dates of a data-only dump whose rows hold e-mail addresses */
  CHECK(finds(E, EN,
              "INSERT INTO clients VALUES (1,'a@x.org','1990-01-02');\n"
              "INSERT INTO clients VALUES (2,'b@y.org','1985-07-30');\n",
              GIZLI_T_DATE_OF_BIRTH, "1985-07-30"));
  CHECK(finds(E, EN,
              "INSERT INTO films VALUES (1,'Heat','1995-12-15');\n"
              "INSERT INTO films VALUES (2,'Fargo','1996-03-08');\n",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* an Azerbaijani mobile grouped 4-2-2-2; a Turkish 4-3-2-2 stays whole */
  CHECK(finds(E, AZ, "whatsapp: 0707 55 12 80", GIZLI_T_PHONE, "0707 55 12 80"));
  CHECK(finds(E, TR, "Tel: 0532 123 45 67", GIZLI_T_PHONE, "0532 123 45 67"));
  /* a chat line's birthday party in the stamp's year is no birth date;
   * a birth-date label keeps one (batch 46) */
  CHECK(finds(E, AZ, "12/04/2024, 10:18 - Ana: doğum günü 14.04.2024 bazar günü yığışırıq\n",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, AZ, "12/04/2024, 10:18 - Ana: doğum tarixi 14.04.1961\n", GIZLI_T_DATE_OF_BIRTH,
              "14.04.1961"));
  /* the first person of a birth verb */
  CHECK(finds(E, AZ, "Doğulmuşam 3 mart 1996-da, Gəncədə.", GIZLI_T_DATE_OF_BIRTH, "3 mart 1996"));
}

TEST(blind_batch_51_user_names) {
  const int H = GIZLI_T_SOCIAL_HANDLE;
  /* a shop's display name after a chat stamp or a role; a person's is none */
  const char *wa = "WhatsApp qrupu\n[10:02] Mebel Market Sumqayıt: salam, divan 450 AZN\n"
                   "[10:03] Rəşad Əliyev: ünvan?\n";
  CHECK(finds(E, AZ, wa, H, "Mebel Market Sumqayıt"));
  CHECK(count_type(E, AZ, wa, H) == 1);
  CHECK(finds(E, TR, "Soru (ali_k_61): fiyat?\nCevap (Demir OTO Galeri): 1.200 TL, son\n", H,
              "Demir OTO Galeri"));
  CHECK(finds(E, AZ, "Alıcı Nazim 1984: qiymət?\nSatıcı: 50 AZN\n", H, "Nazim 1984"));
  /* a marked user name after a role; a field's label is none */
  CHECK(finds(E, EN, "Comment from jo_reads77: same here\n", H, "jo_reads77"));
  CHECK(finds(E, EN, "Buyer message: where is it\n", H, NULL));
  CHECK(finds(E, TR, "Alıcı tel: 0 532 111 22 33\n", H, NULL));
  CHECK(finds(E, AZ, "Reviewer nurlan-q: secret-i sil\n", H, "nurlan-q"));
  /* Discord headers: a moderator's "Role | Name", Turkish "Bugün saat" */
  CHECK(finds(E, TR, "Mod | Ece — Bugün saat 21:40\nkanala kişisel bilgi yazmayın\n", H,
              "Mod | Ece"));
  CHECK(finds(E, TR, "DemirYumruk#4410 — Bugün saat 21:41\ntamam\n", H, "DemirYumruk#4410"));
  /* sözlük nicks of several lower case words; an agenda line is none */
  const char *sz =
      "Uludağ Sözlük — kira artışı\nev sahibi yüzde 90 istedi\n— mavi bisiklet 03.02.2025\n"
      "(bkz: mavi bisiklet) aynen\n";
  CHECK(finds(E, TR, sz, H, "mavi bisiklet"));
  CHECK(count_type(E, TR, sz, H) == 2);
  CHECK(finds(E, TR, "— toplantı notları 03.02.2025\n", H, NULL));
  /* a profile's user label; a system's log-in label stays unflagged */
  CHECK(finds(E, TR, "Ev arkadaşı profili\nKullanıcı: deniz_ege_93 ✔️\nYaş: 27\n", H,
              "deniz_ege_93"));
  CHECK(finds(E, TR, "Güvenlik günlüğü\nKullanıcı: deniz_ege_93 — 3 başarısız giriş\n", H, NULL));
  /* sign-offs in brackets, @ names with az/tr letters, Reddit vote counts */
  const char *fo = "1. növbə 2 saatdır (sarı_çiçək, 10:14)\n2. bizdə də eyni (qaraqarqa, 10:20)\n";
  CHECK(finds(E, AZ, fo, H, "sarı_çiçək"));
  CHECK(finds(E, AZ, fo, H, "qaraqarqa"));
  CHECK(finds(E, TR, "sorun çözüldü @GeceKuşu_34 teşekkürler\n", H, "@GeceKuşu_34"));
  CHECK(finds(E, EN, "r/legaladvice\n   ▲ 212 u/TenantHelperUK · 5h\n   ask the DPS\n", H,
              "u/TenantHelperUK"));
  CHECK(finds(E, EN, "flow rate 1500 u/min at the pump\n", H, NULL));
}

TEST(blind_batch_48_user_names) {
  const int H = GIZLI_T_SOCIAL_HANDLE;
  /* a game roster: nick, character and account columns, tags, any one word */
  const char *roster = "Rank | Character | BattleTag | Notes\n"
                       "Raider | Kèlvaron | Kelv#20411 | tank\n"
                       "Alt | Öztürkçü | — | bank\n";
  CHECK(finds(E, EN, roster, H, "Kèlvaron"));
  CHECK(finds(E, EN, roster, H, "Kelv#20411"));
  CHECK(finds(E, TR, roster, H, "Öztürkçü"));
  CHECK(
      finds(E, AZ, "| Nick | Səviyyə | Discord |\n| DəmirQurd | 90 | demir.q |\n", H, "DəmirQurd"));
  /* a staff list with one account column and no rank is none; a full name either */
  CHECK(finds(E, EN, "| Name | Discord |\n| Anna Berg | — |\n", H, NULL));
  /* sözlük signatures: a plain space before the date, an edit time */
  CHECK(finds(E, TR, "uludağ sözlük\nkatılıyorum.\nsarı çizmeli 18.10.2023 22:13\n", H,
              "sarı çizmeli"));
  CHECK(finds(E, TR, "(bkz: deneme)\n04.03.2024 14:22 ~ 14:25 kayip_kalem_07\n", H,
              "kayip_kalem_07"));
  /* reply and comment labels; a capitalised name or a brand is none */
  CHECK(finds(E, EN, "— Reply from kestrel_22: still free?\n", H, "kestrel_22"));
  CHECK(finds(E, EN, "Comment by Hollow_Pine:\nsame here\n", H, "Hollow_Pine"));
  CHECK(finds(E, EN, "Issue #12 by mira-k: flaky test\n", H, "mira-k"));
  CHECK(finds(E, EN, "PR #77 review — okanyilmaz:\nplease rename\n", H, "okanyilmaz"));
  CHECK(finds(E, EN, "— Reply from Oliver P: come on Friday\n", H, NULL));
  CHECK(finds(E, EN, "We bought it from LampWorld (order 5).\nReply from LampWorld: sorry!\n", H,
              NULL));
  CHECK(finds(E, TR, "Mesaj (kuzey_ay → Deniz_88): selam\n", H, "Deniz_88"));
  CHECK(finds(E, TR, "Cevap (KitapEviMarket): yarın kargoda\n", H, "KitapEviMarket"));
  /* bot and app headers of a chat */
  CHECK(finds(E, EN, "#ops · Slack\ndeploy-bot  APP  10:46\nPipeline failed\n", H, "deploy-bot"));
  /* decorated speakers, WhatsApp's "~ name" of two lines */
  CHECK(finds(E, AZ, "💬 xalq_qizi: mən də gəlirəm\n", H, "xalq_qizi"));
  CHECK(finds(E, AZ, "Qrup\n~ Rauf 🎸: salam\n~ Rauf 🎸: kim gəlir?\n", H, "Rauf"));
  CHECK(finds(E, AZ, "💬 Aysel: salam\n", H, NULL));
  /* "name: comment" under a Yorumlar heading; a key above it is none */
  CHECK(finds(E, TR, "Yorumlar:\nmehmetcanyilmaz: geçmiş olsun\n", H, "mehmetcanyilmaz"));
  CHECK(finds(E, TR, "durum: tamamlandi ve kapatildi\n", H, NULL));
  /* inline labels, review stars, an az/tr '@' mention */
  CHECK(finds(E, EN, "Run #88 · triggered by sam-okafor (push to main)\n", H, "sam-okafor"));
  CHECK(finds(E, TR, "Satıcı: evet, hasar kaydı yok\n", H, NULL));
  CHECK(finds(E, TR, "\"Yavaş\" ★★☆☆☆ fatma_44, 01.04.2024\n", H, "fatma_44"));
  CHECK(finds(E, AZ, "@Gülşən_Q sabah gəl\n", H, "@Gülşən_Q"));
  CHECK(finds(E, AZ, "poçt: ad@şirkət.az\n", H, NULL));
  /* a quote head with an inner '.', a forum post's number, a GitHub app */
  CHECK(finds(E, AZ, "Rəşad.K cavab yazdı:\n> bəli\n", H, "Rəşad.K"));
  CHECK(finds(E, TR, "kurt_1907 — Mesaj #4\nbence de\n", H, "kurt_1907"));
  CHECK(finds(E, EN, "a1b2c3d renovate[bot] chore: bump deps\n", H, "renovate[bot]"));
  /* Discord headers after a role or a server tag; message tokens; a first
   * name speaks as a person unless the chat @-mentions it */
  const char *dc = "#general | Discord\nAdmin | Kara_Kurt — Today at 9:41 PM\n"
                   "ban Zx_Hunter_7x and add Ayaz#4420, not Order#4521\n"
                   "[Clan] TowerGuard — Today at 9:44 PM\nok @Nərmin-ə yazdım\n"
                   "Nərmin — Today at 9:45 PM\nsağ ol\nLeyla — Today at 9:46 PM\nhi\n";
  CHECK(finds(E, AZ, dc, H, "Admin | Kara_Kurt")); /* the role as the set labels it */
  CHECK(finds(E, AZ, dc, H, "Zx_Hunter_7x"));
  CHECK(finds(E, AZ, dc, H, "Ayaz#4420"));
  CHECK(!finds(E, AZ, dc, H, "Order#4521"));
  CHECK(finds(E, AZ, dc, H, "TowerGuard"));
  CHECK(finds(E, AZ, dc, H, "@Nərmin"));
  CHECK(finds(E, AZ, dc, H, "Nərmin"));
  CHECK(!finds(E, AZ, dc, H, "Leyla"));
  /* a profile's account with a verified badge, a shop's account; a
   * system's log-in stays unflagged */
  CHECK(finds(E, TR, "Kullanıcı: deniz_ev_34 ✔️ (e-posta doğrulandı)\n", H, "deniz_ev_34"));
  CHECK(finds(E, TR, "Mağaza/kullanıcı: tekstil_ayse\n", H, "tekstil_ayse"));
  CHECK(finds(E, TR, "VPN hesabı\nkullanıcı: m.yilmaz_2\nşifre: geçici\n", H, NULL));
  /* a site's own name after a page's title is no one's */
  CHECK(finds(E, TR, "Ev arkadaşı profili — odabul.com\nKullanıcı: x\n", H, NULL));
  CHECK(finds(E, TR, "ilanlar.com · Mesajlar · İlan: \"bisiklet\"\n", H, NULL));
  /* an npm scope is no handle */
  CHECK(finds(E, EN, "npm i @acmepay/iban-utils\n", H, NULL));
}

TEST(blind_batch_46_handles) {
  const int H = GIZLI_T_SOCIAL_HANDLE;
  /* an IRC log: "<nick>" after the client's time stamp, join events */
  const char *irc = "[09:01] <deniz_k> salam, kim bilir?\n[09:02] <orhanbey> deniz_k: nə olub\n"
                    "[09:03] * kamil^ (~kamil@10.0.0.1) has joined #azlinux\n";
  CHECK(finds(E, AZ, irc, H, "deniz_k"));
  CHECK(finds(E, AZ, irc, H, "orhanbey"));
  CHECK(finds(E, AZ, irc, H, "kamil^"));
  CHECK(finds(E, EN, "[10:00] <b>Note</b> the build is red\n[10:01] <div> closed\n", H, NULL));
  /* GitHub's events; a pronoun or a capitalised first name is no login */
  CHECK(
      finds(E, EN, "ramil-huseynov opened this issue on Mar 2 · 1 comment\n", H, "ramil-huseynov"));
  CHECK(finds(E, EN, "someone commented on the release notes\n", H, NULL));
  CHECK(finds(E, EN, "Leyla commented:\nlooks fine\n", H, NULL));
  /* a stream's chat with az/tr letters, its channel, a re-mention with '@' */
  const char *kick = "Kick canlı yayım — QaraQartalTV | PUBG\nşəhla_99: salam hamıya necəsiz\n"
                     "QaraQartalTV: xoş gəldin @şəhla_99\nVüsalBəy: bu gün kim qalib olacaq\n"
                     "şəhla_99: @VüsalBəy biz!\n";
  CHECK(finds(E, AZ, kick, H, "şəhla_99"));
  CHECK(finds(E, AZ, kick, H, "VüsalBəy"));
  CHECK(finds(E, AZ, kick, H, "QaraQartalTV"));
  CHECK(finds(E, AZ, kick, H, "@VüsalBəy"));
  /* a brand's name run together speaks once: no user name */
  CHECK(finds(E, TR, "Twitch sohbet\nPowerShell: betik hata verdi bak\nyusuf_k7: tekrar dene sen\n",
              H, "yusuf_k7"));
  CHECK(count_type(E, TR,
                   "Twitch sohbet\nPowerShell: betik hata verdi bak\nyusuf_k7: tekrar dene sen\n",
                   H) == 1);
  /* Telegram's and Discord's message headers */
  CHECK(finds(E, AZ, "Telegram qrupu\nnigar_k95🌷, [02.04.2024 10:12]\nsalam, otaq var?\n", H,
              "nigar_k95"));
  CHECK(finds(E, EN, "**pixel_orxan** — Today at 4:41 PM\nanyone up for ranked?\n", H,
              "pixel_orxan"));
  /* a leaderboard's and a moderation log's user columns */
  const char *board =
      "Sıra  Oyuncu         Puan\n1     Qartal_61      40\n2     deniz.kaptan   35\n";
  CHECK(finds(E, TR, board, H, "Qartal_61"));
  CHECK(finds(E, TR, board, H, "deniz.kaptan"));
  CHECK(finds(E, AZ, "| Tarix | Moderator | İstifadəçi |\n| 01.03 | mod_aysu | spam_kral |\n", H,
              "spam_kral"));
  /* a staff table without a rank or a moderator is no leaderboard */
  CHECK(finds(E, AZ, "Ad    İstifadəçi    Şöbə\nAli   alim          IT\n", H, NULL));
  /* a forum signature under its rule; a psql header is none */
  CHECK(finds(E, AZ, "cavab budur\n----\nelvin_1990 | Bakı | 512 mesaj\n", H, "elvin_1990"));
  CHECK(finds(E, TR, " sicil_no | ad | soyad\n----------+----+------\n 1 | Ali | Kaya\n", H, NULL));
  CHECK(finds(E, AZ, "LinkedIn | Profil\nBakıda yaşayır, mühəndisdir.\n", H, NULL));
  CHECK(finds(E, EN, "BertieBassett · 14/10/2024 21:10\nlovely walk today\n", H, "BertieBassett"));
  /* a quote head and a quoted user with tr/az letters */
  CHECK(finds(E, TR, "Çağrı_K yazdı:\n> modem kopuyor\n", H, "Çağrı_K"));
  CHECK(finds(E, AZ, "Sitat (gülnar_88 @ 12 Mar 2024, 10:00)\n> bəli\n", H, "gülnar_88"));
  CHECK(finds(E, TR, "Satıcı (Elektro Dünya): kargo yarın çıkar\n", H, NULL));
  /* a post's author and its age; a version is none */
  CHECK(finds(E, EN, "kenan_dev · 3h\nworks on my machine\n", H, "kenan_dev"));
  CHECK(finds(E, EN, "v2.1 · 3 days ago\n", H, NULL));
  /* an Ekşi Sözlük signature in brackets, numbers in the nick */
  CHECK(finds(E, TR, "ekşi sözlük\nbence de öyle.\n(mavi kelebek 1988, 12.03.2024 21:40)\n", H,
              "mavi kelebek 1988"));
  /* a moderation bot's log; an application log's level is no action */
  CHECK(finds(E, AZ, "2024-03-04T22:15:09Z [Ban] toxic_ilqar banlandı\n", H, "toxic_ilqar"));
  CHECK(finds(E, TR, "2026-11-24 10:02:51 [INFO] netgsm.send gsmno=x status=00\n", H, NULL));
  /* Reddit with az letters, a Jira mention, an answer's signature */
  CHECK(finds(E, AZ, "r/azerbaijan\nu/şəkili_oğlan · 4s\nsalam\n", H, "u/şəkili_oğlan"));
  CHECK(finds(E, TR, "[~orxan.m] log'a bakar mısın\n", H, "orxan.m"));
  CHECK(
      finds(E, EN, "Answer: works with the old hub too. — bake_with_lale\n", H, "bake_with_lale"));
  /* a Riot ID in a chat */
  CHECK(finds(E, TR, "Discord\nkerem_x: riot id DenizKurdu#TR7 ekle\nali_09: tamam ekledim\n", H,
              "DenizKurdu#TR7"));
  /* a system log-in stays a username lookalike */
  CHECK(finds(E, AZ, "VPN girişi: login: k.ahmadli\n", H, NULL));
}

/* Batch 44: user names in chat exports and live chats (chat_handles.c,
 * the "batch 44" block), with hand-written examples of each form and the
 * lookalikes that stay unflagged. */
/* Forms of the mixed blind batches 40, 45, 47 and 49 (hand-written
 * examples of each class, and lookalikes that stay unflagged). */
TEST(blind_batches_40_49_forms) {
  /* a passenger list's "pasp"; a code after "ref" stays none */
  CHECK(finds(E, AZ, "1. QULIYEV/RASIM MR   pasp C04417725  DOB 12JAN90\n",
              GIZLI_T_AZ_PASSPORT, "C04417725"));
  CHECK(!finds(E, AZ, "Sifari\xC5\x9F ref C04417725 g\xC3\xB6nd\xC9\x99rildi.\n",
               GIZLI_T_AZ_PASSPORT, "C04417725"));
  /* an ID-document column of an SQL insert holding a passport */
  const char *sv = "INSERT INTO kl (id, ad, sv_no) VALUES (1, 'Rza Quliyev', 'C05512390'),"
                   " (2, 'Aynur Rzayeva', 'X05512390');\n";
  CHECK(finds(E, AZ, sv, GIZLI_T_AZ_PASSPORT, "C05512390"));
  CHECK(!finds(E, AZ, sv, GIZLI_T_AZ_PASSPORT, "X05512390"));
  /* a VKN under a JSON "taxNo" key */
  CHECK(finds(E, TR, "{\"seller\":{\"name\":\"Ada Ltd\",\"taxNo\":\"4540536920\"}}",
              GIZLI_T_TR_VKN, "4540536920"));
  /* "d/t" before and "t.d." after a birth date */
  CHECK(finds(E, AZ, "X\xC9\x99st\xC9\x99: Quliyeva Sevda, d/t 03.04.1971\n",
              GIZLI_T_DATE_OF_BIRTH, "03.04.1971"));
  CHECK(finds(E, AZ, "S\xC3\xBCr\xC3\xBC\x63\xC3\xBC: Mahmudov Elnur, 1989-11-02 t.d., Bak\xC4\xB1\n",
              GIZLI_T_DATE_OF_BIRTH, "1989-11-02"));
  /* an IPv4-mapped IPv6 address; a browser's version is none */
  CHECK(finds(E, EN, "client = ::ffff:203.0.113.9 via proxy", GIZLI_T_IP_ADDRESS,
              "::ffff:203.0.113.9"));
  CHECK(finds(E, EN, "UA: Mozilla/5.0 (X11) Chrome/124.0.0.0 Safari/537.36", GIZLI_T_IP_ADDRESS,
              NULL));
  /* trunk-0 numbers outside the Turkish numbering plan are no phones */
  CHECK(finds(E, TR, "Abone kodu: 0219-554-7781", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "\xC3\x96\xC4\x9Frenci no: 05230004411", GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, "Ofis: 0212 555 12 34", GIZLI_T_PHONE, "0212 555 12 34"));
  /* dates keyed as another event's near a birth word */
  const char *pp = "Passenger: LEE/ANN MS, Passport U12345678, exp 2030-01-15, date of birth "
                   "1980-02-03\n";
  CHECK(finds(E, EN, pp, GIZLI_T_DATE_OF_BIRTH, "1980-02-03"));
  CHECK(!finds(E, EN, pp, GIZLI_T_DATE_OF_BIRTH, "2030-01-15"));
  CHECK(finds(E, EN, "SELECT name, dob FROM patients WHERE updated_at > '2025-01-01';",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(!finds(E, EN, "visit_date,room,name,dob\n2025-03-04,12,Ann Lee,1971-06-07\n",
               GIZLI_T_DATE_OF_BIRTH, "2025-03-04"));
  /* a .pgpass file without its header; a colon list without a secret */
  const char *pg = "$ cat ~/.pgpass\n10.1.1.5:5432:app:app_rw:Qz8#mLp2Tw\n"
                   "db.example.org:5432:*:admin:Kx7!pRv9Zq\n";
  CHECK(finds(E, EN, pg, GIZLI_T_CREDENTIAL, "Qz8#mLp2Tw"));
  CHECK(finds(E, EN, pg, GIZLI_T_CREDENTIAL, "Kx7!pRv9Zq"));
  CHECK(finds(E, EN, "10.1.1.5:8080:GET:200:ok\n", GIZLI_T_CREDENTIAL, NULL));
  /* vendor keys: SendGrid, a Telegram bot token in its URL */
  CHECK(finds(E, EN, "SENDGRID_API=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",
              GIZLI_T_CREDENTIAL,
              "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"));
  CHECK(finds(E, EN, "curl https://api.telegram.org/bot6011223344:AAExampleTokenValue_0123456789abcde/getMe",
              GIZLI_T_CREDENTIAL, "6011223344:AAExampleTokenValue_0123456789abcde"));
  /* a router's clear-text secrets; a hashed one and a default community stay */
  CHECK(finds(E, EN, "enable secret 0 Rt5#kLm9Qw\n", GIZLI_T_CREDENTIAL, "Rt5#kLm9Qw"));
  CHECK(finds(E, EN, "snmp-server community Br4nch!Ro RW\n", GIZLI_T_CREDENTIAL, "Br4nch!Ro"));
  CHECK(finds(E, EN, "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\nsnmp-server community public RO\n",
              GIZLI_T_CREDENTIAL, NULL));
  /* "sifre" without diacritics, "hâlâ", given and leaked passwords, a memorable word */
  CHECK(finds(E, TR, "e-devlet sifre Deniz1990! diye biliyorum", GIZLI_T_CREDENTIAL, "Deniz1990!"));
  CHECK(finds(E, TR, "sifre ne acaba?", GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, TR, "db \xC5\x9F" "ifresi h\xC3\xA2l\xC3\xA2 Kx9!mQ2-pL mi?", GIZLI_T_CREDENTIAL,
              "Kx9!mQ2-pL"));
  CHECK(finds(E, AZ, "M\xC3\xBCv\xC9\x99qq\xC9\x99ti parol verildi: Hq7TnP2wXa", GIZLI_T_CREDENTIAL,
              "Hq7TnP2wXa"));
  CHECK(finds(E, AZ, "commit: config geri (parol s\xC4\xB1zd\xC4\xB1: Wq3#zL8^pN)",
              GIZLI_T_CREDENTIAL, "Wq3#zL8^pN"));
  CHECK(finds(E, EN, "Memorable word: Lighthouse77\n", GIZLI_T_CREDENTIAL, "Lighthouse77"));
  /* a police incident report's offence line is the victim's report */
  CHECK(finds(E, EN,
              "INCIDENT REPORT\nDate/Time Reported: 01/02/2025 10:00   Offense: Theft from vehicle\n",
              GIZLI_T_SPECIAL_CATEGORY, NULL));
  CHECK(finds(E, EN, "Parents asked about allergies at the meeting.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  /* Indian addresses: after a chat's words, and from a named road */
  CHECK(finds(E, EN, "ok. pickup from C-402, Green Meadows, Baner Road, Pune 411045 at 6",
              GIZLI_T_ADDRESS, "C-402, Green Meadows, Baner Road, Pune 411045"));
  CHECK(finds(E, EN, "our office (2nd Floor, Cyber Towers, Hitech City Road, Madhapur, Hyderabad 500081)",
              GIZLI_T_ADDRESS, "Hitech City Road, Madhapur, Hyderabad 500081"));
  /* a US street without a door number; an Australian suburb and postcode */
  CHECK(finds(E, EN, "Stolen bike seen on E 42nd St, New York, NY 10017 this morning.",
              GIZLI_T_ADDRESS, "E 42nd St, New York, NY 10017"));
  CHECK(finds(E, EN, "she lives in Chatswood NSW 2067 now", GIZLI_T_ADDRESS, "Chatswood NSW 2067"));
  CHECK(finds(E, EN, "Depot: Chatswood NSW 9067", GIZLI_T_ADDRESS, NULL));
  /* a phone typed box by box after the telephone sign; "sv" before an ID card */
  CHECK(finds(E, AZ, "Sat\xC4\xB1l\xC4\xB1r, 2 otaq\n\xE2\x98\x8E 055 4 1 8 2 2 6 3 0\n",
              GIZLI_T_PHONE, "055 4 1 8 2 2 6 3 0"));
  CHECK(finds(E, AZ, "Abun\xC9\x99\xC3\xA7i m\xC9\x99n\xC9\x99m, sv AA4402917.", GIZLI_T_AZ_ID_CARD,
              "AA4402917"));
  /* a birth date asked for and given in a chat with time stamps; a date
   * given after another question stays */
  CHECK(finds(E, AZ,
              "[09:12] Poliklinika 7: U\xC5\x9F"
              "a\xC4\x9F\xC4\xB1n do\xC4\x9Fum tarixini yaz\xC4\xB1n.\n"
              "[09:15] R\xC9\x99na: 02.09.2016\n",
              GIZLI_T_DATE_OF_BIRTH, "02.09.2016"));
  CHECK(finds(E, AZ,
              "[09:12] Poliklinika 7: Q\xC9\x99"
              "bula n\xC9\x99 vaxt g\xC9\x99lirsiniz?\n"
              "[09:15] R\xC9\x99na: 02.09.2026\n",
              GIZLI_T_DATE_OF_BIRTH, NULL));
  /* a birth date corrected with "it should be" */
  CHECK(finds(E, EN, "The date of birth you hold is wrong, it should be 3rd May 1987.",
              GIZLI_T_DATE_OF_BIRTH, "3rd May 1987"));
  /* a quoted CSV's birth-date column below its first rows */
  CHECK(finds(E, TR,
              "\"No\";\"Ad\";\"Dogum Tarihi\";\"Il\"\n\"1\";\"Ali Kaya\";\"1990-01-02\";\"Bursa\"\n"
              "\"2\";\"Eda Tan\";\"\";\"Izmir\"\n\"3\";\"Can Ak\";\"03.04.1985\";\"Van\"\n",
              GIZLI_T_DATE_OF_BIRTH, "03.04.1985"));
  /* health words of batches 40-49; a seizure of goods stays none */
  CHECK(finds(E, EN, "Tom is off school, he had a seizure on Sunday.", GIZLI_T_SPECIAL_CATEGORY,
              "seizure"));
  CHECK(finds(E, EN, "Customs report: seizure of 40 cartons at the port.", GIZLI_T_SPECIAL_CATEGORY,
              NULL));
  CHECK(finds(E, EN, "Principal diagnosis: NSTEMI; discharged on day 4.", GIZLI_T_SPECIAL_CATEGORY,
              "NSTEMI"));
  CHECK(finds(E, EN, "Past history: hypertension and previous stroke (2018).",
              GIZLI_T_SPECIAL_CATEGORY, "stroke"));
  CHECK(finds(E, TR,
              "Covid pozitif \xC3\xA7\xC4\xB1kt\xC4\xB1\xC4\x9F\xC4\xB1m i\xC3\xA7in gelemedim.",
              GIZLI_T_SPECIAL_CATEGORY, "Covid"));
  /* an Azerbaijani street written in English with "str."; an Eircode
   * named as one; an Irish LoCall number; an Indian mobile as 4-3-3 */
  CHECK(finds(E, EN, "Dean's Office\n12 Samad Vurgun str., Baku AZ1014 | tel below",
              GIZLI_T_ADDRESS, "12 Samad Vurgun str., Baku AZ1014"));
  CHECK(finds(E, EN, "see str. 12 of the manual", GIZLI_T_ADDRESS, NULL));
  CHECK(
      finds(E, EN, "the courier needs our eircode: T12 X5F7 thanks", GIZLI_T_ADDRESS, "T12 X5F7"));
  CHECK(finds(E, EN, "Questions? Call us on 0818 250 250.", GIZLI_T_PHONE, "0818 250 250"));
  CHECK(finds(E, EN, "contact:\n  mobile: 9845 221 730\n", GIZLI_T_PHONE, "9845 221 730"));
}

TEST(blind_batch_44_chats) {
  /* az/tr letters and a Discord tag in a Discord header; a person's name
   * as the header stays no handle */
  const char *dc = "Discord #lobbi\nQara_\xC5\x9E"
                   "ahin#7781 \xE2\x80\x94 bu g\xC3\xBCn 20:01\nkim var?\n"
                   "G\xC3\xBClnar \xE2\x80\x94 bu g\xC3\xBCn 20:02\nm\xC9\x99n\n"
                   "Qara_\xC5\x9E"
                   "ahin#7781 \xE2\x80\x94 bu g\xC3\xBCn 20:03\nok\n";
  CHECK(finds(E, AZ, dc, GIZLI_T_SOCIAL_HANDLE,
              "Qara_\xC5\x9E"
              "ahin#7781"));
  CHECK(!finds(E, AZ, dc, GIZLI_T_SOCIAL_HANDLE, "G\xC3\xBClnar"));
  /* a role in brackets before a marketplace speaker; a first name stays */
  const char *mp =
      "Tap.az \xC3\xA7\x61t\xC4\xB1\n[Sat\xC4\xB1\x63\xC4\xB1] \xC6\x8Fli_G\xC9\x99nc\xC9\x99: "
      "var\n[Al\xC4\xB1\x63\xC4\xB1] Nuran: ne\xC3\xA7\xC9\x99y\xC9\x99?\n";
  CHECK(finds(E, AZ, mp, GIZLI_T_SOCIAL_HANDLE, "\xC6\x8Fli_G\xC9\x99nc\xC9\x99"));
  CHECK(!finds(E, AZ, mp, GIZLI_T_SOCIAL_HANDLE, "Nuran"));
  /* a display name decorated with an emoji or pronouns; a contact saved
   * under a kinship word and a plain full name stay no handles */
  const char *wa = "[01.04.2024 10:00] Leman \xF0\x9F\x8C\xBB: salam\n[01.04.2024 10:01] tural_b: "
                   "aleykum\n[01.04.2024 10:02] Leman \xF0\x9F\x8C\xBB: ok\n";
  CHECK(finds(E, AZ, wa, GIZLI_T_SOCIAL_HANDLE, "Leman \xF0\x9F\x8C\xBB"));
  const char *mum = "WhatsApp\n[01/04/2024, 10:00:01] Mom \xE2\x9D\xA4\xEF\xB8\x8F: hi love\n"
                    "[01/04/2024, 10:00:09] Mom \xE2\x9D\xA4\xEF\xB8\x8F: call me\n";
  CHECK(count_type(E, EN, mum, GIZLI_T_SOCIAL_HANDLE) == 0);
  const char *dce = "Discord export\n[03/04/2024 8:10 PM] Robin (they/them)\nhello\n"
                    "[03/04/2024 8:12 PM] mossgarden\nhi\n[03/04/2024 8:13 PM] mossgarden\nyo\n";
  CHECK(finds(E, EN, dce, GIZLI_T_SOCIAL_HANDLE, "Robin (they/them)"));
  CHECK(finds(E, EN, dce, GIZLI_T_SOCIAL_HANDLE, "mossgarden"));
  CHECK(count_type(E, EN, "Report\n[03/04/2024 8:10 PM] started\n[03/04/2024 8:12 PM] done\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  /* an emoji before the speaker in a group chat */
  const char *grp = "flat 2 group \xF0\x9F\x8F\xA0\n\xF0\x9F\x90\xBC momo: who has the key\n"
                    "sam.k: me\nsam.k: at work till 6\n";
  CHECK(finds(E, EN, grp, GIZLI_T_SOCIAL_HANDLE, "momo"));
  CHECK(finds(E, EN, grp, GIZLI_T_SOCIAL_HANDLE, "sam.k"));
  /* Telegram Desktop's "name, [date time]" header; a full name stays */
  const char *tg = "Telegram qrupu\nRauf Babayev, [02.05.2024 11:20]\nsalam\n"
                   "Kamil \xF0\x9F\x8E\xB8, [02.05.2024 11:21]\nsalam\n";
  CHECK(finds(E, AZ, tg, GIZLI_T_SOCIAL_HANDLE, "Kamil \xF0\x9F\x8E\xB8"));
  CHECK(!finds(E, AZ, tg, GIZLI_T_SOCIAL_HANDLE, "Rauf"));
  /* Steam's comment headers and a case ending after the name */
  const char *st = "Steam community comments\nfrostbyte_77 4 Aug @ 3:10pm\n+rep\n"
                   "NoScope_Nia 4 Aug @ 4:02pm\nfrostbyte_77's trade was fine\n";
  CHECK(count_type(E, EN, st, GIZLI_T_SOCIAL_HANDLE) == 3);
  /* a moderation bot's log and a stream's event lines (bot accounts are
   * user names by the set's conventions; a lone capitalised bot name such
   * as "Nightbot" is left to the batch 46 bot rule, not asserted here) */
  const char *ml = "Discord mod log\n[2024-05-01 10:00:01] flood_bot77 mesaj\xC4\xB1 silindi\n"
                   "[2024-05-01 10:00:09] AdminKamala flood_bot77-ni ban etdi\n";
  CHECK(finds(E, AZ, ml, GIZLI_T_SOCIAL_HANDLE, "AdminKamala"));
  CHECK(count_type(E, AZ, ml, GIZLI_T_SOCIAL_HANDLE) == 3);
  const char *tw = "Twitch chat\n[21:00:01] Nightbot: follow rules\n[21:00:05] "
                   "ChatGuardBot: ok\n[21:00:09] quietmoth: cheered 100 bits\n";
  CHECK(finds(E, EN, tw, GIZLI_T_SOCIAL_HANDLE, "ChatGuardBot"));
  CHECK(finds(E, EN, tw, GIZLI_T_SOCIAL_HANDLE, "quietmoth"));
  /* Instagram comments without a colon under a comments heading; the
   * heading's site name stays */
  const char *ig = "Instagram \xC5\x9F\xC9\x99rhl\xC9\x99ri\nnurlan_88 qiym\xC9\x99t?\n"
                   "aynur.k_01 \xC3\xA7ox g\xC3\xB6z\xC9\x99l\n";
  CHECK(count_type(E, AZ, ig, GIZLI_T_SOCIAL_HANDLE) == 2);
  /* a handle after a platform's short name in a message */
  CHECK(finds(E, TR, "Discord\nmert_34: dc mert.val ekle\nece_06: tamam\n", GIZLI_T_SOCIAL_HANDLE,
              "mert.val"));
  /* Telegram's JSON export and a Slack CSV: marked or lower case senders,
   * no full names */
  const char *js = "{\"id\": 1, \"date\": \"2024-01-02T10:00:00\", \"from\": \"Orxan \xC6\x8F.\", "
                   "\"from_id\": \"user1\", \"text\": \"salam\"}\n{\"id\": 2, \"date\": "
                   "\"2024-01-02T10:01:00\", \"from\": \"dunyagezen\", \"from_id\": \"user2\", "
                   "\"text\": \"ok\"}\n";
  CHECK(count_type(E, AZ, js, GIZLI_T_SOCIAL_HANDLE) == 1);
  const char *csv = "Slack export\n\"ts\",\"user\",\"text\"\n\"1\",\"deploy-bot\",\"done\"\n"
                    "\"2\",\"Maya Lind\",\"thanks\"\n";
  CHECK(count_type(E, EN, csv, GIZLI_T_SOCIAL_HANDLE) == 1);
  /* an emoji bullet's label, a Slack channel's name and a log's bare word
   * after a stamp stay no user names */
  const char *lbl = "Telegram\nnihat_k: ev var\n\xF0\x9F\x93\x8D adres: Yasamal\nnihat_k: 2 otaq\n";
  CHECK(!finds(E, AZ, lbl, GIZLI_T_SOCIAL_HANDLE, "adres"));
  CHECK(count_type(E, EN, "Slack #ops\nli_wei: see channel dev_ops\nli_wei: ok\n",
                   GIZLI_T_SOCIAL_HANDLE) == 2);
  CHECK(count_type(E, EN,
                   "chat bot log\n[03/04/2024 8:10 PM] restarted\n[03/04/2024 8:12 PM] "
                   "restarted\n[03/04/2024 8:13 PM] restarted\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  /* a full name's speaker lines make a chat for a decorated name; a log's
   * "kicked off" and an "[Admin]" bracket are no speaker's marks */
  const char *pn =
      "[12.03.2024 21:14] Anar Quliyev: salam\n[12.03.2024 21:15] Nail \xF0\x9F\x8C\xB5: "
      "salam\n[12.03.2024 21:16] Anar Quliyev: ok\n";
  CHECK(finds(E, AZ, pn, GIZLI_T_SOCIAL_HANDLE, "Nail \xF0\x9F\x8C\xB5"));
  CHECK(count_type(E, EN,
                   "chat log\n[2024-01-02 10:00:00] worker_1 kicked off the job\n[2024-01-02 "
                   "10:00:01] worker_2 kicked off\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  CHECK(count_type(E, EN, "Discord\n[Admin] settings_page: opened\n[Admin] settings_page: closed\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
  /* a web shop's CSV with a user column but no chat platform stays */
  CHECK(count_type(E, EN, "\"id\",\"user\",\"message\"\n\"1\",\"deploy-bot\",\"ok\"\n",
                   GIZLI_T_SOCIAL_HANDLE) == 0);
}

TEST(blind_batches_55_56_forms) {
  /* a birth date with a Roman month after a birth label; a Roman numeral
   * of a chapter stays no date */
  CHECK(finds(E, AZ, "Do\xC4\x9Fum tarixi: 3.XI.1987, Bak\xC4\xB1", GIZLI_T_DATE_OF_BIRTH,
              "3.XI.1987"));
  CHECK(count_type(E, EN, "See part 2.IV.2019 of the annual plan", GIZLI_T_DATE_OF_BIRTH) == 0);
  /* an IP after a user name with an initial; a version after "v." stays */
  CHECK(finds(E, EN, "login ok user=k.mammadov from 91.204.18.7\n", GIZLI_T_IP_ADDRESS,
              "91.204.18.7"));
  CHECK(count_type(E, EN, "agent v. 4.2.0.1 installed\n", GIZLI_T_IP_ADDRESS) == 0);
  /* an iCalendar UID in an address's form is no e-mail */
  CHECK(count_type(E, EN, "BEGIN:VEVENT\nUID:A7K2QX9@gmail.com\nEND:VEVENT\n", GIZLI_T_EMAIL) == 0);
  /* a payment's id in a webhook is no phone */
  CHECK(count_type(E, TR, "{\"paymentId\":\"2216083371\",\"status\":\"failed\"}", GIZLI_T_PHONE) ==
        0);
  /* Indian numbers in a contact row after the e-mail */
  const char *in = "1. Meera Nair \xE2\x80\x94 meera.n@gmail.com \xE2\x80\x94 044-2441 8702\n"
                   "2. Karan Das \xE2\x80\x94 karan.d@yahoo.co.in \xE2\x80\x94 9812034455\n";
  CHECK(finds(E, EN, in, GIZLI_T_PHONE, "044-2441 8702"));
  CHECK(finds(E, EN, in, GIZLI_T_PHONE, "9812034455"));
  CHECK(count_type(E, EN, "Invoice 9812034455 \xE2\x80\x94 paid", GIZLI_T_PHONE) == 0);
  /* town and postcode cells, an Australian locality, Dublin forms */
  CHECK(finds(E, EN, "id,name,city\n7,Amy Cole,\"Leeds LS6 2QT\"\n", GIZLI_T_ADDRESS,
              "Leeds LS6 2QT"));
  CHECK(finds(E, EN, "Moved to Glebe NSW 2037 last spring.", GIZLI_T_ADDRESS, "Glebe NSW 2037"));
  CHECK(count_type(E, EN, "Sydney NSW 3000 is wrong", GIZLI_T_ADDRESS) == 0);
  CHECK(finds(E, EN, "Room to let, Seafield Road, Clontarf, Dublin 3. No pets.", GIZLI_T_ADDRESS,
              "Seafield Road, Clontarf, Dublin 3"));
  CHECK(finds(E, EN, "5,Sean Ryan,Dublin D6W Y2K4,2024", GIZLI_T_ADDRESS, "Dublin D6W Y2K4"));
  CHECK(count_type(E, EN, "Flights to Dublin 3 times a week", GIZLI_T_ADDRESS) == 0);
  CHECK(finds(E, EN, "ADR;TYPE=home:;;12 Rose Street;Carlton;VIC;3053;Australia\n", GIZLI_T_ADDRESS,
              "12 Rose Street;Carlton;VIC;3053"));
  CHECK(finds(E, EN, "{\"line1\":\"4 Harbour Walk\",\"city\":\"Bristol\"}", GIZLI_T_ADDRESS,
              "4 Harbour Walk"));
  CHECK(count_type(E, EN, "The hotel is a 5 Minute Walk from the beach.", GIZLI_T_ADDRESS) == 0);
  CHECK(finds(E, EN, "Godrej Hill, Khadakpada Road, Kalyan West, Maharashtra 421301",
              GIZLI_T_ADDRESS, "Godrej Hill, Khadakpada Road, Kalyan West, Maharashtra 421301"));
  CHECK(finds(E, EN, "9,Ravi,\"Koramangala, Bengaluru 560034\",2024", GIZLI_T_ADDRESS,
              "Koramangala, Bengaluru 560034"));
  CHECK(
      finds(E, AZ,
            "Hadis\xC9\x99 yeri: G\xC9\x99nc\xC9\x99 \xC5\x9F\xC9\x99h., Kap\xC9\x99z r., "
            "Nizami k\xC3\xBC\xC3\xA7. yax\xC4\xB1nl\xC4\xB1\xC4\x9F\xC4\xB1nda",
            GIZLI_T_ADDRESS,
            "G\xC9\x99nc\xC9\x99 \xC5\x9F\xC9\x99h., Kap\xC9\x99z r., Nizami k\xC3\xBC\xC3\xA7."));
  /* passwords: a remark before the colon, a quoted value, the last one */
  CHECK(finds(E, EN, "Initial password (change at first login): Qv7!mTz2pLx\n", GIZLI_T_CREDENTIAL,
              "Qv7!mTz2pLx"));
  CHECK(count_type(E, EN, "my password (optional): none\n", GIZLI_T_CREDENTIAL) == 0);
  CHECK(finds(E, EN, "he sent his password in chat \"Rk8#vvQ21zA\" again", GIZLI_T_CREDENTIAL,
              "Rk8#vvQ21zA"));
  CHECK(finds(E, EN, "I changed my password (old one was Tq5$kLm92x) today", GIZLI_T_CREDENTIAL,
              "Tq5$kLm92x"));
  CHECK(count_type(E, EN, "the password field says \"Password\" only", GIZLI_T_CREDENTIAL) == 0);
  /* a FİN after "finim" in a chat */
  CHECK(finds(E, AZ, "Leyla: finim 5TR8KQ2, yaz\n", GIZLI_T_AZ_FIN, "5TR8KQ2"));
  /* injuries of fingers with their ordinals; a disability report with
   * its rate after it */
  CHECK(finds(E, TR, "Yaralanma: sa\xC4\x9F el 4. parmak k\xC4\xB1r\xC4\xB1\xC4\x9F\xC4\xB1",
              GIZLI_T_SPECIAL_CATEGORY, "4. parmak k\xC4\xB1r\xC4\xB1\xC4\x9F\xC4\xB1"));
  CHECK(count_type(E, TR,
                   "Ayr\xC4\xB1"
                   "ca engelli raporu (%60) eksik",
                   GIZLI_T_SPECIAL_CATEGORY) == 1);
  CHECK(count_type(E, TR, "ENGELL\xC4\xB0 RAPORU ALMAK \xC4\xB0ST\xC4\xB0YORUM",
                   GIZLI_T_SPECIAL_CATEGORY) == 0);
  /* a condition naming a field of work is no one's health */
  CHECK(count_type(E, EN, "NOTE:met at the congress, call re: epilepsy trial\n",
                   GIZLI_T_SPECIAL_CATEGORY) == 0);
  CHECK(finds(E, EN, "My son has epilepsy.", GIZLI_T_SPECIAL_CATEGORY, "epilepsy"));
  /* a referee's phone after the name */
  CHECK(finds(E, EN, "Employer reference: Anne Roy 514-872-3311", GIZLI_T_PHONE, "514-872-3311"));
  CHECK(count_type(E, EN, "Reference: 514-872-3311", GIZLI_T_PHONE) == 0);
}

int main(void) {
  setup();
  static const tt_case cases[] = {TT_CASE(turkish_ids),
                                  TT_CASE(azerbaijani_ids),
                                  TT_CASE(ibans),
                                  TT_CASE(cards),
                                  TT_CASE(phones),
                                  TT_CASE(email_ip_mac_handle),
                                  TT_CASE(seventh_session_leftovers),
                                  TT_CASE(dates_of_birth),
                                  TT_CASE(addresses),
                                  TT_CASE(plates_and_more),
                                  TT_CASE(context_and_layout_rules),
                                  TT_CASE(special_categories),
                                  TT_CASE(names_as_context),
                                  TT_CASE(lookalikes),
                                  TT_CASE(overlaps_are_resolved_in_order),
                                  TT_CASE(allow_and_deny),
                                  TT_CASE(casefold_turkish),
                                  TT_CASE(language_detection),
                                  TT_CASE(stream_chunk_boundaries),
                                  TT_CASE(hostile_bytes),
                                  TT_CASE(api_errors),
                                  TT_CASE(findings_do_not_depend_on_text_length),
                                  TT_CASE(special_category_batch_16),
                                  TT_CASE(special_category_batch_18),
                                  TT_CASE(special_category_batch_19_20),
                                  TT_CASE(special_category_batch_21),
                                  TT_CASE(special_category_batch_22),
                                  TT_CASE(special_category_batch_23),
                                  TT_CASE(userpass_anchor_forms),
                                  TT_CASE(reference_numbers_are_no_phones),
                                  TT_CASE(blind_batch_18),
                                  TT_CASE(blind_batch_17),
                                  TT_CASE(blind_batch_19),
                                  TT_CASE(blind_batch_20),
                                  TT_CASE(blind_batch_21),
                                  TT_CASE(blind_batch_22),
                                  TT_CASE(blind_batch_23),
                                  TT_CASE(blind_batch_24),
                                  TT_CASE(special_category_batch_24),
                                  TT_CASE(blind_batch_25),
                                  TT_CASE(special_category_batch_25),
                                  TT_CASE(blind_batch_26),
                                  TT_CASE(special_category_batch_26),
                                  TT_CASE(blind_batch_27),
                                  TT_CASE(special_category_batch_27),
                                  TT_CASE(blind_batch_29),
                                  TT_CASE(blind_batch_30),
                                  TT_CASE(blind_batch_31),
                                  TT_CASE(blind_batch_32),
                                  TT_CASE(special_category_batch_30_31),
                                  TT_CASE(blind_batch_33),
                                  TT_CASE(blind_batch_41),
                                  TT_CASE(blind_batch_42),
                                  TT_CASE(blind_batch_43_leftovers),
                                  TT_CASE(blind_batch_44_forums),
                                  TT_CASE(blind_batch_46_handles),
                                  TT_CASE(blind_batch_51_user_names),
                                  TT_CASE(blind_batch_48_user_names),
                                  TT_CASE(blind_batch_39),
                                  TT_CASE(blind_batches_34_35_handles),
                                  TT_CASE(chat_speakers_fifth_session),
                                  TT_CASE(blind_batch_38_handles),
                                  TT_CASE(blind_batches_34_35),
                                  TT_CASE(blind_batch_38_others),
                                  TT_CASE(swift_mt_customers),
                                  TT_CASE(blind_batch_28),
                                  TT_CASE(realistic_leftovers),
                                  TT_CASE(special_category_batch_28),
                                  TT_CASE(special_category_realistic_audit),
                                  TT_CASE(realistic_forms),
                                  TT_CASE(realistic_forms_2),
                                  TT_CASE(realistic_forms_3),
                                  TT_CASE(realistic_forms_4),
                                  TT_CASE(birth_and_death_sentences),
                                  TT_CASE(blind_batch_16),
                                  TT_CASE(realistic_forms_5),
                                  TT_CASE(realistic_forms_7),
                                  TT_CASE(realistic_forms_8),
                                  TT_CASE(realistic_forms_keys_and_labels),
                                  TT_CASE(realistic_forms_secrets_places_health),
                                  TT_CASE(realistic_forms_9),
                                  TT_CASE(realistic_forms_10),
                                  TT_CASE(reads_stop_at_text_end),
                                  TT_CASE(blind_batch_15),
                                  TT_CASE(addresses_batch_16),
                                  TT_CASE(address_forms_6),
                                  TT_CASE(windows_are_per_detector),
                                  TT_CASE(unit_slash_house_number),
                                  TT_CASE(bare_turkish_numbers),
                                  TT_CASE(nearest_country_decides),
                                  TT_CASE(blind_batch_44_chats),
                                  TT_CASE(blind_batches_40_49_forms),
                                  TT_CASE(blind_batches_55_56_forms)};
  int rc = tt_run(cases, (int)(sizeof cases / sizeof cases[0]));
  gizli_engine_free(E);
  return rc;
}
