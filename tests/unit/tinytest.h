/* tinytest.h - a minimal unit-test harness for gizli's C tests.
 * Each test file defines tests with TEST(name) { ... } and lists them in
 * TT_MAIN(t1, t2, ...). Output ends with the plain line "N passed, N failed"
 * (and ", N skipped"), and the exit status is non-zero when any check fails. */
#ifndef GIZLI_TINYTEST_H
#define GIZLI_TINYTEST_H
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static int tt_failures_in_test;
static int tt_skipped_in_test;

#define TEST(name) static void name(void)
#define CHECK(cond)                                                              \
  do {                                                                           \
    if (!(cond)) {                                                               \
      fprintf(stderr, "  FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);          \
      tt_failures_in_test++;                                                     \
    }                                                                            \
  } while (0)
#define CHECK_EQ_INT(a, b)                                                       \
  do {                                                                           \
    long long tt_a = (long long)(a), tt_b = (long long)(b);                      \
    if (tt_a != tt_b) {                                                          \
      fprintf(stderr, "  FAIL %s:%d: %s == %s (%lld vs %lld)\n", __FILE__,       \
              __LINE__, #a, #b, tt_a, tt_b);                                     \
      tt_failures_in_test++;                                                     \
    }                                                                            \
  } while (0)
#define CHECK_EQ_STR(a, b)                                                       \
  do {                                                                           \
    const char *tt_a = (a), *tt_b = (b);                                         \
    if (!tt_a || !tt_b || strcmp(tt_a, tt_b) != 0) {                             \
      fprintf(stderr, "  FAIL %s:%d: %s == %s (\"%s\" vs \"%s\")\n", __FILE__,   \
              __LINE__, #a, #b, tt_a ? tt_a : "(null)", tt_b ? tt_b : "(null)"); \
      tt_failures_in_test++;                                                     \
    }                                                                            \
  } while (0)
/* Marks the current test as skipped, printing why, and returns from it. */
#define SKIP(why)                                                                \
  do {                                                                           \
    fprintf(stderr, "  SKIP: %s\n", why);                                        \
    tt_skipped_in_test = 1;                                                      \
    return;                                                                      \
  } while (0)

typedef struct {
  const char *name;
  void (*fn)(void);
} tt_case;

static int tt_run(const tt_case *cases, int n) {
  int passed = 0, failed = 0, skipped = 0;
  for (int i = 0; i < n; i++) {
    tt_failures_in_test = 0;
    tt_skipped_in_test = 0;
    cases[i].fn();
    if (tt_failures_in_test) {
      failed++;
      fprintf(stderr, "not ok %s\n", cases[i].name);
    } else if (tt_skipped_in_test) {
      skipped++;
      fprintf(stderr, "skip   %s\n", cases[i].name);
    } else {
      passed++;
    }
  }
  printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
  return failed ? 1 : 0;
}

#define TT_CASE(fn) {#fn, fn}
#define TT_MAIN(...)                                                             \
  int main(void) {                                                               \
    static const tt_case tt_cases[] = {__VA_ARGS__};                             \
    return tt_run(tt_cases, (int)(sizeof tt_cases / sizeof tt_cases[0]));        \
  }
#endif
