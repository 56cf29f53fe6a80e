/* test_sql_rows.c - values typed by their SQL column (sql_rows.c) and
 * Indian street addresses ended by a PIN code (address_in.c), with their
 * lookalikes, through the public API. All values are made up. */
#include <gizli.h>
#include "tinytest.h"

static gizli_engine *E, *N; /* structured types only; names on too */

static gizli_engine *engine(int names) {
  gizli_policy *p;
  gizli_engine *e = NULL;
  gizli_policy_create(&p);
  if (!names) {
    gizli_policy_enable(p, GIZLI_T_PERSON, 0);
    gizli_policy_enable(p, GIZLI_T_LOCATION, 0);
    gizli_policy_enable(p, GIZLI_T_ORGANIZATION, 0);
  }
  gizli_error err;
  if (gizli_engine_compile(p, &e, &err) != GIZLI_OK) fprintf(stderr, "compile: %s\n", err.message);
  gizli_policy_free(p);
  return e;
}

/* Is exactly `expect` reported as `type` (expect NULL: nothing of that
 * type anywhere)? */
static int finds(gizli_engine *e, int lang, const char *text, int type, const char *expect) {
  gizli_scratch *s;
  const gizli_finding *f;
  size_t n;
  int ok = 0, seen = 0;
  gizli_scratch_create(e, &s);
  if (gizli_scan(e, s, text, strlen(text), lang, &f, &n) == GIZLI_OK)
    for (size_t i = 0; i < n; i++) {
      if (f[i].type != type) continue;
      seen++;
      if (expect && strlen(expect) == f[i].end - f[i].start &&
          memcmp(text + f[i].start, expect, f[i].end - f[i].start) == 0)
        ok = 1;
    }
  if (!expect) ok = seen == 0;
  if (!ok) {
    fprintf(stderr, "    type %s expected %s; got:", gizli_type_name(type),
            expect ? expect : "(nothing)");
    for (size_t i = 0; i < n; i++)
      fprintf(stderr, " %s[%.*s]", gizli_type_name(f[i].type), (int)(f[i].end - f[i].start),
              text + f[i].start);
    fprintf(stderr, "\n");
  }
  gizli_scratch_free(s);
  return ok;
}

/* Is `value` reported as `type`? */
static int has(gizli_engine *e, int lang, const char *text, int type, const char *value) {
  gizli_scratch *s;
  const gizli_finding *f;
  size_t n;
  int hit = 0;
  gizli_scratch_create(e, &s);
  if (gizli_scan(e, s, text, strlen(text), lang, &f, &n) == GIZLI_OK)
    for (size_t i = 0; i < n; i++)
      hit |= f[i].type == type && strlen(value) == f[i].end - f[i].start &&
             memcmp(text + f[i].start, value, f[i].end - f[i].start) == 0;
  gizli_scratch_free(s);
  return hit;
}

#define AZ GIZLI_LANG_AZ
#define TR GIZLI_LANG_TR
#define EN GIZLI_LANG_EN

/* An INSERT's values by the column list: the values no pattern takes
 * without a context word (VKN, VÖEN, FİN, passport, password). */
TEST(insert_values_by_column) {
  const char *sql =
      "INSERT INTO musteri (ad_soyad, `vergi_no`, \"finKod\", [voen], pasaport, sifre, "
      "dogum_tarihi, e_posta)\nVALUES ('Ayşe Kaya', '4540536920', '5ZQ8PRT', '1401555071', "
      "'U40719253', 'Gizli123!', '1987-03-05', 'ayse.k@example.com'),\n('Ali Veli', NULL, "
      "'8C55U79', NULL, 'C30518842', 'qwerty12', '1979-11-02 00:00:00', NULL);";
  for (int k = 0; k < 2; k++) {
    gizli_engine *e = k ? N : E;
    CHECK(finds(e, TR, sql, GIZLI_T_TR_VKN, "4540536920"));
    CHECK(finds(e, TR, sql, GIZLI_T_AZ_VOEN, "1401555071"));
    CHECK(finds(e, TR, sql, GIZLI_T_AZ_FIN, "8C55U79"));
    CHECK(finds(e, TR, sql, GIZLI_T_TR_PASSPORT, "U40719253"));
    CHECK(finds(e, TR, sql, GIZLI_T_AZ_PASSPORT, "C30518842"));
    CHECK(finds(e, TR, sql, GIZLI_T_CREDENTIAL, "qwerty12"));
    CHECK(finds(e, TR, sql, GIZLI_T_DATE_OF_BIRTH, "1979-11-02"));
  }
  /* UPDATE ... SET, a camelCase column */
  const char *up = "UPDATE users SET birthDate = '1985-07-14', parol='Yay2024!x' WHERE id = 42;";
  CHECK(finds(E, EN, up, GIZLI_T_DATE_OF_BIRTH, "1985-07-14"));
  CHECK(finds(E, EN, up, GIZLI_T_CREDENTIAL, "Yay2024!x"));
}

/* Lookalikes: a value fails its column's check, or the column is about
 * the value (a hash, a place, a time stamp), or says nothing. */
TEST(insert_lookalikes) {
  const char *sql = "INSERT INTO t (id, tckn, created_at, dob, telefon, password_hash, dogum_yeri, "
                    "order_id, amount, sifre) VALUES (7, '12345678901', '1987-03-05', "
                    "'1987-02-30', '12345', '$2y$10$Qe8bLpZx0aR1tN7v9KfD2u', 'Bakı 12', "
                    "'4540536920', '560038', '******');";
  CHECK(finds(E, TR, sql, GIZLI_T_TR_TCKN, NULL));
  CHECK(finds(E, TR, sql, GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, TR, sql, GIZLI_T_PHONE, NULL));
  CHECK(finds(E, TR, sql, GIZLI_T_CREDENTIAL, NULL));
  CHECK(finds(E, TR, sql, GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, TR, sql, GIZLI_T_TR_VKN, NULL));
  /* a phone's digits under an order column are no phone, whatever the
   * columns around say; the phone column's value is one */
  const char *orders =
      "INSERT INTO customers (ad_soyad, tckn, telefon, email, iban, ip, created_at, order_id) "
      "VALUES ('Ayşe Kaya', '10000000146', '05321234567', 'ayse@example.com', "
      "'TR330006100519786457841326', '203.0.113.42', '2024-01-05', '5321234567'),\n('Mehmet "
      "Yılmaz', '12345678901', '5329876543', 'm@x.com', NULL, '10.0.0.1', '2023-02-03 10:11:12', "
      "'5551234567');";
  for (int k = 0; k < 2; k++) {
    gizli_engine *e = k ? N : E;
    CHECK(!has(e, TR, orders, GIZLI_T_PHONE, "5321234567"));
    CHECK(!has(e, TR, orders, GIZLI_T_PHONE, "5551234567"));
    CHECK(has(e, TR, orders, GIZLI_T_PHONE, "05321234567"));
    CHECK(has(e, TR, orders, GIZLI_T_PHONE, "5329876543"));
    CHECK(!has(e, TR, orders, GIZLI_T_DATE_OF_BIRTH, "2024-01-05"));
  }
  /* no column list: the columns are unknown */
  CHECK(finds(E, TR, "INSERT INTO t VALUES (1, '4540536920', 'Gizli123!');", GIZLI_T_TR_VKN, NULL));
  /* prose */
  CHECK(finds(E, EN, "Insert the card and update the PIN: 4540536920", GIZLI_T_TR_VKN, NULL));
}

/* INSERT without a column list: the columns of the table's CREATE TABLE
 * earlier in the text; without one, only a value its checksum types. */
TEST(insert_without_column_list) {
  const char *sql =
      "CREATE TABLE IF NOT EXISTS `musteri` (\n  id INT PRIMARY KEY,\n  ad VARCHAR(80) NOT NULL,\n"
      "  vergi_no CHAR(10),\n  fin_kod CHAR(7) DEFAULT 'XXXXXXX',\n  dogum_tarihi DATE,\n"
      "  UNIQUE KEY uq_vkn (vergi_no)\n);\n-- dump\n"
      "INSERT INTO `musteri` VALUES (1,'Ayşe Kaya','4540536920','5ZQ8PRT','1987-03-05'),"
      "(2,'Ali Veli','1401555071','8C55U79','1979-11-02');";
  for (int k = 0; k < 2; k++) {
    gizli_engine *e = k ? N : E;
    CHECK(has(e, TR, sql, GIZLI_T_TR_VKN, "4540536920"));
    CHECK(has(e, TR, sql, GIZLI_T_AZ_FIN, "5ZQ8PRT"));
    CHECK(has(e, TR, sql, GIZLI_T_AZ_FIN, "8C55U79"));
    CHECK(has(e, TR, sql, GIZLI_T_DATE_OF_BIRTH, "1987-03-05"));
  }
  /* the CREATE TABLE of another table names none of these columns */
  const char *other = "CREATE TABLE musteri (id INT, dogum_tarihi DATE);\n"
                      "INSERT INTO siparis VALUES (1, '1987-03-05', '4540536920');";
  CHECK(finds(E, TR, other, GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, TR, other, GIZLI_T_TR_VKN, NULL));
  /* no CREATE TABLE: a TCKN, an IBAN and a card by their checksums; a
   * number failing them, a date and a bare ten-digit number stay */
  const char *bare = "INSERT INTO log VALUES (7, '76304631820', 'TR330006100519786457841326', "
                     "'4111111111111111', '76304631821', '1987-03-05', '5321234567');";
  CHECK(has(E, TR, bare, GIZLI_T_TR_TCKN, "76304631820"));
  CHECK(has(E, TR, bare, GIZLI_T_IBAN, "TR330006100519786457841326"));
  CHECK(has(E, TR, bare, GIZLI_T_CREDIT_CARD, "4111111111111111"));
  CHECK(!has(E, TR, bare, GIZLI_T_TR_TCKN, "76304631821"));
  const char *plain = "INSERT INTO log VALUES (7, '1987-03-05', '4540536920', '5321234567');";
  CHECK(finds(E, TR, plain, GIZLI_T_DATE_OF_BIRTH, NULL));
  CHECK(finds(E, TR, plain, GIZLI_T_TR_VKN, NULL));
  CHECK(finds(E, TR, plain, GIZLI_T_PHONE, NULL));
}

/* Special-category columns: a value that says none, or NULL, is none. */
TEST(special_category_columns) {
  const char *sql = "INSERT INTO profiles (id, sexual_orientation, religion, hiv_status) VALUES "
                    "(1, 'gay', NULL, 'positive, undetectable'), (2, 'prefer not to say', "
                    "'unknown', 'negative');";
  CHECK(has(E, EN, sql, GIZLI_T_SPECIAL_CATEGORY, "gay"));
  CHECK(has(E, EN, sql, GIZLI_T_SPECIAL_CATEGORY, "positive, undetectable"));
  CHECK(!has(E, EN, sql, GIZLI_T_SPECIAL_CATEGORY, "prefer not to say"));
  CHECK(!has(E, EN, sql, GIZLI_T_SPECIAL_CATEGORY, "unknown"));
  CHECK(!has(E, EN, sql, GIZLI_T_SPECIAL_CATEGORY, "negative"));
}

/* mysql and psql result tables: the header above the rule line. */
TEST(result_tables) {
  const char *my = "+----+------------+---------+-----------+------------+\n"
                   "| id | vergi_no   | fin     | sifre     | order_no   |\n"
                   "+----+------------+---------+-----------+------------+\n"
                   "|  1 | 4540536920 | 5ZQ8PRT | Gizli123! | 4540536920 |\n"
                   "+----+------------+---------+-----------+------------+\n";
  CHECK(finds(E, TR, my, GIZLI_T_AZ_FIN, "5ZQ8PRT"));
  CHECK(finds(E, TR, my, GIZLI_T_CREDENTIAL, "Gizli123!"));
  /* the order number under its own column is no VKN */
  gizli_scratch *s;
  const gizli_finding *f;
  size_t n, vkn = 0;
  gizli_scratch_create(E, &s);
  CHECK(gizli_scan(E, s, my, strlen(my), TR, &f, &n) == GIZLI_OK);
  for (size_t i = 0; i < n; i++) vkn += f[i].type == GIZLI_T_TR_VKN;
  gizli_scratch_free(s);
  CHECK(vkn == 1);
  const char *ps = " id | full_name    | voen       | pasport\n"
                   "----+--------------+------------+-----------\n"
                   "  1 | Rəşad Əliyev | 1401555071 | C30518842\n"
                   "(1 row)\n";
  CHECK(finds(E, AZ, ps, GIZLI_T_AZ_VOEN, "1401555071"));
  CHECK(finds(E, AZ, ps, GIZLI_T_AZ_PASSPORT, "C30518842"));
  const char *md = "| no | created_at |\n|----|------------|\n| 1 | 1987-03-05 |\n";
  CHECK(finds(E, EN, md, GIZLI_T_DATE_OF_BIRTH, NULL));
}

/* Indian addresses ended by their PIN; names on too (a building's name
 * is no person's). */
TEST(indian_addresses) {
  static const char *const in[][2] = {
      {"Please deliver to Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038 "
       "before Friday.",
       "Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038"},
      {"Office: H.No. 12-5-34, Vijayapuri Colony, Tarnaka, Secunderabad, Telangana 500017.",
       "H.No. 12-5-34, Vijayapuri Colony, Tarnaka, Secunderabad, Telangana 500017"},
      {"Ship to B-17, Sector 62, Noida, Uttar Pradesh 201301 please.",
       "B-17, Sector 62, Noida, Uttar Pradesh 201301"},
      {"Registered office: Plot No. 45, MIDC, Andheri (East), Mumbai - 400093",
       "Plot No. 45, MIDC, Andheri (East), Mumbai - 400093"},
      {"Our new flat: B-704 Lodha Bellissimo, N.M. Joshi Marg, Mumbai 400011",
       "B-704 Lodha Bellissimo, N.M. Joshi Marg, Mumbai 400011"}};
  for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
    CHECK(finds(E, EN, in[i][0], GIZLI_T_ADDRESS, in[i][1]));
    CHECK(finds(N, EN, in[i][0], GIZLI_T_ADDRESS, in[i][1]));
  }
  /* six-digit amounts, order and reference numbers */
  CHECK(finds(E, EN, "The invoice total was Rs 560038 and order 400093 shipped.", GIZLI_T_ADDRESS,
              NULL));
  CHECK(finds(E, EN, "Order No. 12, Block 4, Total 560038", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Refs 12, 14, 16, Batch 560038", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Items: Pens, Paper, Ink 560038", GIZLI_T_ADDRESS, NULL));
  CHECK(finds(E, EN, "Office: Sector 62, Noida 201301", GIZLI_T_ADDRESS, NULL));
  /* a PIN needs English text */
  CHECK(
      finds(E, TR, "Flat 302, Sai Residency, 14th Cross, Bengaluru 560038", GIZLI_T_ADDRESS, NULL));
}

/* Indian phones without +91, after a phone word on their line. */
TEST(indian_phones) {
  CHECK(finds(E, EN, "Tel: 080-41234567", GIZLI_T_PHONE, "080-41234567"));
  CHECK(finds(E, EN, "Mobile: 09845012345", GIZLI_T_PHONE, "09845012345"));
  CHECK(finds(E, EN, "Ph (office) 011 23456789", GIZLI_T_PHONE, "011 23456789"));
  CHECK(finds(E, EN, "WhatsApp me on 98450 12345", GIZLI_T_PHONE, "98450 12345"));
  CHECK(finds(E, EN, "Invoice 080-41234567, ref 09845012345, order 98450 12345", GIZLI_T_PHONE,
              NULL));
  CHECK(finds(E, EN, "Call: 080-4123456", GIZLI_T_PHONE, NULL)); /* ten digits */
}

int main(void) {
  E = engine(0);
  N = engine(1);
  if (!E || !N) return 1;
  static const tt_case cases[] = {TT_CASE(insert_values_by_column),
                                  TT_CASE(insert_lookalikes),
                                  TT_CASE(insert_without_column_list),
                                  TT_CASE(special_category_columns),
                                  TT_CASE(result_tables),
                                  TT_CASE(indian_addresses),
                                  TT_CASE(indian_phones)};
  int rc = tt_run(cases, (int)(sizeof cases / sizeof cases[0]));
  gizli_engine_free(E);
  gizli_engine_free(N);
  return rc;
}
