/* hs_cache.c - on-disk cache of compiled Vectorscan databases. Compiling the
 * default policy takes 1-2 s, nearly all of it in hs_compile_multi (the
 * address patterns above all); loading a serialized database takes a few
 * milliseconds. Each compile call is cached on its own, so the expensive
 * per-detector databases are shared by every policy that enables them.
 *
 * A cache file is named after, and starts with, the SHA-256 of everything
 * that determines the database: a format tag, the Vectorscan version, the
 * host platform (tuning and CPU features), the mode and every expression
 * with its flags and id. After the key come the payload length, the
 * payload's SHA-256 and the payload (hs_serialize_database bytes). Files are
 * written to a temporary name and renamed, so readers never see half a file.
 * Each load marks the file used (mtime); the least recently used files are
 * removed when the directory grows past its size limit.
 *
 * Vectorscan does not harden hs_deserialize_database against hostile input,
 * so a file is read only when it and its directory belong to the effective
 * user and are writable by nobody else, and never through a symbolic link.
 * Anything unexpected (missing, foreign, corrupt, other version) means
 * "compile as if there were no cache"; nothing here is ever an error. */
#include "hs_cache.h"
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define CACHE_MAGIC     "GZHSDB1\n"
#define CACHE_MAGIC_LEN 8
#define CACHE_HEADER    (CACHE_MAGIC_LEN + 32 + 8 + 32)
#define CACHE_MAX_BYTES ((size_t)512 << 20)

/* True when st describes something only the effective user can change. */
static int private_to_me(const struct stat *st) {
  return st->st_uid == geteuid() && !(st->st_mode & (S_IWGRP | S_IWOTH));
}

/* Creates dir and its missing parents (mode 0700 for what it creates), then
 * checks that dir itself is a private directory. */
static int private_dir(const char *dir) {
  size_t n = strlen(dir);
  if (n == 0 || n >= 4096) return 0;
  char path[4096];
  memcpy(path, dir, n + 1);
  for (size_t i = 1; i <= n; i++) {
    if (path[i] != '/' && path[i] != 0) continue;
    char c = path[i];
    path[i] = 0;
    if (mkdir(path, 0700) != 0 && errno != EEXIST) return 0;
    path[i] = c;
  }
  struct stat st;
  if (lstat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) return 0;
  return private_to_me(&st);
}

static void sha256_update_u64(EVP_MD_CTX *ctx, uint64_t v) {
  unsigned char b[8];
  for (int i = 0; i < 8; i++) b[i] = (unsigned char)(v >> (8 * i));
  EVP_DigestUpdate(ctx, b, 8);
}

/* The cache key: SHA-256 over every input that shapes the database. */
static int cache_key(const char *const *exprs, const unsigned *flags, const unsigned *ids,
                     unsigned count, unsigned char key[32]) {
  hs_platform_info_t plat;
  if (hs_populate_platform(&plat) != HS_SUCCESS) return 0;
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  if (!ctx) return 0;
  int ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1;
  const char *ver = hs_version();
  EVP_DigestUpdate(ctx, CACHE_MAGIC, CACHE_MAGIC_LEN);
  EVP_DigestUpdate(ctx, ver, strlen(ver) + 1);
  sha256_update_u64(ctx, plat.tune);
  sha256_update_u64(ctx, plat.cpu_features);
  sha256_update_u64(ctx, HS_MODE_BLOCK);
  sha256_update_u64(ctx, count);
  for (unsigned i = 0; i < count; i++) {
    size_t n = strlen(exprs[i]);
    sha256_update_u64(ctx, flags ? flags[i] : 0);
    sha256_update_u64(ctx, ids ? ids[i] : 0);
    sha256_update_u64(ctx, n);
    EVP_DigestUpdate(ctx, exprs[i], n);
  }
  unsigned len = 0;
  ok = ok && EVP_DigestFinal_ex(ctx, key, &len) == 1 && len == 32;
  EVP_MD_CTX_free(ctx);
  return ok;
}

static void cache_path(char *out, size_t cap, const char *dir, const unsigned char key[32],
                       const char *suffix) {
  char hex[65];
  gz_hex(key, 32, hex);
  snprintf(out, cap, "%s/%s%s", dir, hex, suffix);
}

/* Reads and checks a cache file; returns a database or NULL. */
static hs_database_t *cache_load(const char *path, const unsigned char key[32]) {
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return NULL;
  struct stat st;
  hs_database_t *db = NULL;
  unsigned char *buf = NULL;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || !private_to_me(&st) ||
      st.st_size < CACHE_HEADER || (size_t)st.st_size > CACHE_MAX_BYTES)
    goto out;
  size_t size = (size_t)st.st_size, got = 0;
  if (!(buf = malloc(size))) goto out;
  while (got < size) {
    ssize_t r = read(fd, buf + got, size - got);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) goto out;
    got += (size_t)r;
  }
  uint64_t plen = 0;
  for (int i = 0; i < 8; i++) plen |= (uint64_t)buf[CACHE_MAGIC_LEN + 32 + i] << (8 * i);
  if (memcmp(buf, CACHE_MAGIC, CACHE_MAGIC_LEN) != 0 ||
      memcmp(buf + CACHE_MAGIC_LEN, key, 32) != 0 || plen != size - CACHE_HEADER)
    goto out;
  unsigned char digest[32];
  unsigned dlen = 0;
  if (EVP_Digest(buf + CACHE_HEADER, plen, digest, &dlen, EVP_sha256(), NULL) != 1 || dlen != 32 ||
      memcmp(digest, buf + CACHE_MAGIC_LEN + 40, 32) != 0)
    goto out;
  if (hs_deserialize_database((const char *)buf + CACHE_HEADER, plen, &db) != HS_SUCCESS)
    db = NULL;
  else
    futimens(fd, NULL); /* last use, for trimming: least recently used go first */
out:
  free(buf);
  close(fd);
  return db;
}

static int write_all(int fd, const void *p, size_t n) {
  const unsigned char *b = p;
  while (n) {
    ssize_t w = write(fd, b, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return 0;
    b += w;
    n -= (size_t)w;
  }
  return 1;
}

/* Serializes db under its key: temporary file, then rename. Best effort. */
static void cache_store(const char *dir, const char *path, const unsigned char key[32],
                        const hs_database_t *db) {
  char *bytes = NULL;
  size_t len = 0;
  if (hs_serialize_database(db, &bytes, &len) != HS_SUCCESS) return;
  unsigned char header[CACHE_HEADER];
  unsigned dlen = 0;
  memcpy(header, CACHE_MAGIC, CACHE_MAGIC_LEN);
  memcpy(header + CACHE_MAGIC_LEN, key, 32);
  for (int i = 0; i < 8; i++)
    header[CACHE_MAGIC_LEN + 32 + i] = (unsigned char)((uint64_t)len >> (8 * i));
  char tmp[4200];
  snprintf(tmp, sizeof tmp, "%s/.tmp-%ld-%p", dir, (long)getpid(), (const void *)db);
  int fd = -1;
  if (EVP_Digest(bytes, len, header + CACHE_MAGIC_LEN + 40, &dlen, EVP_sha256(), NULL) != 1 ||
      (fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600)) < 0) {
    free(bytes);
    return;
  }
  int ok = write_all(fd, header, sizeof header) && write_all(fd, bytes, len);
  ok = close(fd) == 0 && ok;
  if (!ok || rename(tmp, path) != 0) unlink(tmp);
  free(bytes);
}

typedef struct cache_file {
  char name[80];
  off_t size;
  struct timespec used;
} cache_file;

static int older_first(const void *a, const void *b) {
  const struct timespec *x = &((const cache_file *)a)->used, *y = &((const cache_file *)b)->used;
  if (x->tv_sec != y->tv_sec) return x->tv_sec < y->tv_sec ? -1 : 1;
  return x->tv_nsec < y->tv_nsec ? -1 : x->tv_nsec > y->tv_nsec;
}

/* Keeps the cache within max_bytes: when the database files add up to more,
 * the least recently used go (never `keep`, the file just written) until
 * they fill at most three quarters of it. Temporary files a crashed writer
 * left behind are removed after an hour. Best effort, like the rest. */
static void cache_trim(const char *dir, size_t max_bytes, const char *keep) {
  DIR *d = opendir(dir);
  if (!d) return;
  cache_file *files = NULL;
  size_t n = 0, cap = 0;
  unsigned long long total = 0;
  time_t now = time(NULL);
  int fd = dirfd(d);
  for (struct dirent *de; (de = readdir(d));) {
    size_t len = strlen(de->d_name);
    struct stat st;
    if (fstatat(fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) continue;
    if (strncmp(de->d_name, ".tmp-", 5) == 0) {
      if (now - st.st_mtime > 3600) unlinkat(fd, de->d_name, 0);
      continue;
    }
    if (len != 69 || strcmp(de->d_name + 64, ".hsdb") != 0) continue;
    if (gz_grow(&files, n, &cap, sizeof *files, 64)) break;
    memcpy(files[n].name, de->d_name, len + 1);
    files[n].size = st.st_size;
    files[n].used = st.st_mtim;
    total += (unsigned long long)st.st_size;
    n++;
  }
  if (total > max_bytes) {
    qsort(files, n, sizeof *files, older_first);
    for (size_t i = 0; i < n && total > max_bytes / 4 * 3; i++) {
      if (strcmp(files[i].name, keep) == 0) continue;
      if (unlinkat(fd, files[i].name, 0) == 0) total -= (unsigned long long)files[i].size;
    }
  }
  free(files);
  closedir(d);
}

hs_error_t gz_hs_compile_cached(const char *cache_dir, size_t max_bytes, const char *const *exprs,
                                const unsigned *flags, const unsigned *ids, unsigned count,
                                hs_database_t **db, hs_compile_error_t **cerr) {
  unsigned char key[32];
  char path[4200];
  int use = cache_dir && strlen(cache_dir) < 4000 && private_dir(cache_dir) &&
            cache_key(exprs, flags, ids, count, key);
  if (use) {
    cache_path(path, sizeof path, cache_dir, key, ".hsdb");
    if ((*db = cache_load(path, key))) return HS_SUCCESS;
  }
  hs_error_t rc = hs_compile_multi(exprs, flags, ids, count, HS_MODE_BLOCK, NULL, db, cerr);
  if (rc == HS_SUCCESS && use) {
    cache_store(cache_dir, path, key, *db);
    cache_trim(cache_dir, max_bytes, strrchr(path, '/') + 1);
  }
  return rc;
}
