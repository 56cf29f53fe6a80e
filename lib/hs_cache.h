/* hs_cache.h - on-disk cache of compiled Vectorscan databases (hs_cache.c).
 * Private to the library. */
#ifndef GIZLI_HS_CACHE_H
#define GIZLI_HS_CACHE_H

#include <hs/hs.h>

/* hs_compile_multi in HS_MODE_BLOCK for the host platform, reusing a database
 * serialized under `cache_dir` by an earlier identical call. With cache_dir
 * NULL (or when the cache cannot be used) it simply compiles. After writing
 * a file, the directory's database files are trimmed to max_bytes. Returns the
 * Vectorscan status; on failure *cerr is set as hs_compile_multi sets it
 * (free it with hs_free_compile_error). A cache problem is never an error. */
hs_error_t gz_hs_compile_cached(const char *cache_dir, size_t max_bytes, const char *const *exprs,
                                const unsigned *flags, const unsigned *ids, unsigned count,
                                hs_database_t **db, hs_compile_error_t **cerr);

#endif
