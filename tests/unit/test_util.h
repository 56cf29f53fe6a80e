/* test_util.h - helpers shared by the unit tests. */
#ifndef GIZLI_TEST_UTIL_H
#define GIZLI_TEST_UTIL_H

/* Writes a valid T.C. Kimlik No derived from `seed` (11 digits and a NUL)
 * into out, computing both check digits independently of the library. */
static void make_tckn(unsigned seed, char *out) {
  int d[11];
  d[0] = 1 + (int)(seed % 9);
  for (int i = 1; i < 9; i++) d[i] = (int)((seed >> (i * 3)) % 10);
  int odd = d[0] + d[2] + d[4] + d[6] + d[8], even = d[1] + d[3] + d[5] + d[7];
  d[9] = ((7 * odd - even) % 10 + 10) % 10;
  int s = 0;
  for (int i = 0; i < 10; i++) s += d[i];
  d[10] = s % 10;
  for (int i = 0; i < 11; i++) out[i] = (char)('0' + d[i]);
  out[11] = 0;
}
#endif
