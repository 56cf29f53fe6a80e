/* test_cache.c - the cache of compiled Vectorscan databases
 * (gizli_policy_set_cache_dir): an engine loaded from the cache finds exactly
 * what a freshly compiled one finds; corrupt, foreign-writable and symlinked
 * files are never used; deny-list values never reach the disk. Public API
 * only. A cache hit is observed without timing: a miss always rewrites the
 * file (new inode), a hit leaves the directory untouched. */
#include "gizli.h"
#include "tinytest.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char *sample =
    "Ad: Zəfər Qarayev, FİN: 5HZ4P2K, tel. +994 50 123 45 67, "
    "VÖEN 1401555071, IBAN AZ21NABZ00000000137010001944.\n"
    "T.C. Kimlik No: 10000000146, Tel: 0532 123 45 67, "
    "Adres: Atatürk Mahallesi, Gül Sokak No: 7 Daire: 4, 06640 Çankaya/Ankara\n"
    "Card 4111 1111 1111 1111, email jane.doe@example.com, 221 Baker Street, London NW1 6XE.\n";

/* Compiles the default policy (plus an optional deny value) with the cache
 * in dir (NULL: none) and returns the findings of the sample. */
static size_t scan_limited(const char *dir, size_t max_bytes, const char *deny, gizli_finding *out,
                           size_t cap) {
  gizli_policy *p = NULL;
  gizli_engine *e = NULL;
  gizli_scratch *s = NULL;
  gizli_error err;
  const gizli_finding *f = NULL;
  size_t n = 0;
  CHECK_EQ_INT(gizli_policy_create(&p), GIZLI_OK);
  if (dir) CHECK_EQ_INT(gizli_policy_set_cache_dir(p, dir, max_bytes), GIZLI_OK);
  if (deny) CHECK_EQ_INT(gizli_policy_deny(p, GIZLI_T_PERSON, deny), GIZLI_OK);
  CHECK_EQ_INT(gizli_engine_compile(p, &e, &err), GIZLI_OK);
  gizli_policy_free(p);
  if (!e) return 0;
  CHECK_EQ_INT(gizli_scratch_create(e, &s), GIZLI_OK);
  CHECK_EQ_INT(gizli_scan(e, s, sample, strlen(sample), GIZLI_LANG_AUTO, &f, &n), GIZLI_OK);
  if (n > cap) n = cap;
  memcpy(out, f, n * sizeof *f);
  gizli_scratch_free(s);
  gizli_engine_free(e);
  return n;
}

static size_t scan_sample(const char *dir, const char *deny, gizli_finding *out, size_t cap) {
  return scan_limited(dir, 0, deny, out, cap);
}

static int same_findings(const gizli_finding *a, size_t na, const gizli_finding *b, size_t nb) {
  if (na != nb) return 0;
  for (size_t i = 0; i < na; i++)
    if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].type != b[i].type ||
        a[i].score != b[i].score || a[i].flags != b[i].flags)
      return 0;
  return 1;
}

typedef struct {
  char name[100];
  ino_t ino;
  int regular;
} entry;

/* Lists the cache files (*.hsdb) of dir; returns how many. */
static size_t list_dir(const char *dir, entry *out, size_t cap) {
  DIR *d = opendir(dir);
  size_t n = 0;
  if (!d) return 0;
  for (struct dirent *de; (de = readdir(d)) && n < cap;) {
    size_t len = strlen(de->d_name);
    if (len < 5 || strcmp(de->d_name + len - 5, ".hsdb") != 0) continue;
    char path[512];
    struct stat st;
    if (strlen(de->d_name) >= 100) continue;
    snprintf(path, sizeof path, "%.200s/%.100s", dir, de->d_name);
    if (lstat(path, &st) != 0) continue;
    snprintf(out[n].name, sizeof out[n].name, "%s", de->d_name);
    out[n].ino = st.st_ino;
    out[n].regular = S_ISREG(st.st_mode);
    n++;
  }
  closedir(d);
  return n;
}

static ino_t inode_of(const entry *list, size_t n, const char *name) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(list[i].name, name) == 0) return list[i].ino;
  return 0;
}

static void remove_dir(const char *dir) {
  entry list[64];
  size_t n = list_dir(dir, list, 64);
  char path[512];
  for (size_t i = 0; i < n; i++) {
    snprintf(path, sizeof path, "%.200s/%.100s", dir, list[i].name);
    unlink(path);
  }
  rmdir(dir);
}

static void make_tmp(char *dir, size_t cap) {
  snprintf(dir, cap, "/tmp/gizli-cache-test-XXXXXX");
  CHECK(mkdtemp(dir) != NULL);
}

TEST(hit_and_miss_find_the_same) {
  char dir[64], sub[128];
  gizli_finding ref[64], got[64];
  entry before[64], after[64];
  make_tmp(dir, sizeof dir);
  snprintf(sub, sizeof sub, "%s/a/b", dir); /* missing parents are created */
  size_t nref = scan_sample(NULL, NULL, ref, 64);
  CHECK(nref >= 8);
  size_t n = scan_sample(sub, NULL, got, 64); /* miss: compiles and stores */
  CHECK(same_findings(ref, nref, got, n));
  size_t files = list_dir(sub, before, 64);
  CHECK(files >= 3);
  struct stat st;
  CHECK(stat(sub, &st) == 0 && (st.st_mode & 077) == 0);
  n = scan_sample(sub, NULL, got, 64); /* hit: loads, writes nothing */
  CHECK(same_findings(ref, nref, got, n));
  CHECK_EQ_INT(list_dir(sub, after, 64), files);
  for (size_t i = 0; i < files; i++) CHECK(inode_of(after, files, before[i].name) == before[i].ino);
  remove_dir(sub);
  snprintf(sub, sizeof sub, "%s/a", dir);
  rmdir(sub);
  rmdir(dir);
}

/* Truncated, bit-flipped and garbage files are all rejected: the engine is
 * compiled again, finds the same, and the files are rewritten. */
TEST(corrupt_files_are_recompiled) {
  char dir[64];
  gizli_finding ref[64], got[64];
  entry list[64], after[64];
  make_tmp(dir, sizeof dir);
  size_t nref = scan_sample(dir, NULL, ref, 64);
  size_t files = list_dir(dir, list, 64);
  CHECK(files >= 3);
  for (size_t i = 0; i < files; i++) {
    char path[512];
    snprintf(path, sizeof path, "%.200s/%.100s", dir, list[i].name);
    struct stat st;
    CHECK(stat(path, &st) == 0);
    if (i % 3 == 0) {
      CHECK(truncate(path, st.st_size / 2) == 0);
    } else {
      int fd = open(path, O_RDWR);
      CHECK(fd >= 0);
      unsigned char b = 0;
      off_t at = i % 3 == 1 ? st.st_size - 7 : 3; /* payload, then magic */
      CHECK(pread(fd, &b, 1, at) == 1);
      b ^= 0x20;
      CHECK(pwrite(fd, &b, 1, at) == 1);
      close(fd);
    }
  }
  size_t n = scan_sample(dir, NULL, got, 64);
  CHECK(same_findings(ref, nref, got, n));
  CHECK_EQ_INT(list_dir(dir, after, 64), files);
  for (size_t i = 0; i < files; i++) CHECK(inode_of(after, files, list[i].name) != list[i].ino);
  remove_dir(dir);
}

/* A file others can write, or a symbolic link, is not read (and is replaced
 * by a private regular file); a directory others can write is not used. */
TEST(foreign_files_are_not_used) {
  char dir[64], open_dir[128];
  gizli_finding ref[64], got[64];
  entry list[64], after[64];
  make_tmp(dir, sizeof dir);
  size_t nref = scan_sample(dir, NULL, ref, 64);
  size_t files = list_dir(dir, list, 64);
  CHECK(files >= 2);
  char p0[512], p1[512], target[512];
  snprintf(p0, sizeof p0, "%.200s/%.100s", dir, list[0].name);
  snprintf(p1, sizeof p1, "%.200s/%.100s", dir, list[1].name);
  snprintf(target, sizeof target, "%s/elsewhere", dir);
  CHECK(chmod(p0, 0666) == 0);
  CHECK(rename(p1, target) == 0);
  CHECK(symlink(target, p1) == 0);
  size_t n = scan_sample(dir, NULL, got, 64);
  CHECK(same_findings(ref, nref, got, n));
  CHECK_EQ_INT(list_dir(dir, after, 64), files);
  CHECK(inode_of(after, files, list[0].name) != list[0].ino);
  struct stat st;
  CHECK(lstat(p0, &st) == 0 && (st.st_mode & 077) == 0);
  CHECK(lstat(p1, &st) == 0 && S_ISREG(st.st_mode));
  unlink(target);
  remove_dir(dir);

  make_tmp(dir, sizeof dir);
  snprintf(open_dir, sizeof open_dir, "%s/shared", dir);
  CHECK(mkdir(open_dir, 0700) == 0 && chmod(open_dir, 0777) == 0);
  n = scan_sample(open_dir, NULL, got, 64);
  CHECK(same_findings(ref, nref, got, n));
  CHECK_EQ_INT(list_dir(open_dir, after, 64), 0);
  rmdir(open_dir);
  rmdir(dir);
}

/* The database holding deny-list values is never written: the cache then has
 * one file fewer than for the same policy without them, and no file holds
 * the value's bytes. */
TEST(deny_values_stay_off_disk) {
  static const char *value = "Qarayev Zəfər Elçin";
  char plain[64], denied[64];
  gizli_finding got[64];
  entry list[128]; /* one database file per anchored detector: more than 32 */
  make_tmp(plain, sizeof plain);
  make_tmp(denied, sizeof denied);
  scan_sample(plain, NULL, got, 64);
  size_t n = scan_sample(denied, value, got, 64);
  CHECK(n >= 8);
  size_t files = list_dir(denied, list, 64);
  CHECK_EQ_INT(files + 1, list_dir(plain, list + 64, 64));
  for (size_t i = 0; i < files; i++) {
    char path[512];
    snprintf(path, sizeof path, "%.200s/%.100s", denied, list[i].name);
    FILE *f = fopen(path, "rb");
    CHECK(f != NULL);
    if (!f) continue;
    static char buf[4 << 20];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    CHECK(memmem(buf, len, "Qarayev", 7) == NULL);
  }
  remove_dir(plain);
  remove_dir(denied);
}

/* Over its size limit the cache drops the least recently used files (never
 * the one just written); a temporary file left by a crashed writer goes
 * after an hour. */
TEST(cache_is_trimmed) {
  char dir[64], stale[128];
  gizli_finding ref[64], got[64];
  entry list[64];
  make_tmp(dir, sizeof dir);
  snprintf(stale, sizeof stale, "%s/.tmp-1-0x1", dir);
  FILE *f = fopen(stale, "w");
  CHECK(f != NULL);
  if (f) fclose(f);
  struct timespec old[2] = {{time(NULL) - 7200, 0}, {time(NULL) - 7200, 0}};
  CHECK(utimensat(AT_FDCWD, stale, old, 0) == 0);
  size_t nref = scan_sample(NULL, NULL, ref, 64);
  size_t n = scan_limited(dir, 1, NULL, got, 64);
  CHECK(same_findings(ref, nref, got, n));
  CHECK_EQ_INT(list_dir(dir, list, 64), 1);
  CHECK(access(stale, F_OK) != 0);
  /* with room, the set grows back to full and stays */
  scan_sample(dir, NULL, got, 64);
  size_t full = list_dir(dir, list, 64);
  CHECK(full >= 3);
  n = scan_sample(dir, NULL, got, 64);
  CHECK(same_findings(ref, nref, got, n));
  CHECK_EQ_INT(list_dir(dir, list, 64), full);
  remove_dir(dir);
}

TEST(bad_arguments) {
  gizli_policy *p = NULL;
  CHECK_EQ_INT(gizli_policy_create(&p), GIZLI_OK);
  CHECK_EQ_INT(gizli_policy_set_cache_dir(NULL, "/tmp", 0), GIZLI_E_INVALID);
  CHECK_EQ_INT(gizli_policy_set_cache_dir(p, "", 0), GIZLI_E_INVALID);
  CHECK_EQ_INT(gizli_policy_set_cache_dir(p, "/tmp/x", 0), GIZLI_OK);
  CHECK_EQ_INT(gizli_policy_set_cache_dir(p, NULL, 0), GIZLI_OK);
  gizli_policy_free(p);
}

TT_MAIN(TT_CASE(hit_and_miss_find_the_same), TT_CASE(corrupt_files_are_recompiled),
        TT_CASE(foreign_files_are_not_used), TT_CASE(deny_values_stay_off_disk),
        TT_CASE(cache_is_trimmed), TT_CASE(bad_arguments))
