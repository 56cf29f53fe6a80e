/* gizli.c - the command-line front end: `gizli scan`, `gizli redact` and the
 * de-identification commands. Built on include/gizli.h only. Exit codes are
 * documented in docs/EXITCODES.md and in `gizli --help`. */
#include <errno.h>
#include <pthread.h>
#include <gizli.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "csv.h"
#include "jsonl.h"

/* ------------------------------------------------------------ options */
typedef struct opts {
  const char *cmd;
  int jsonl;       /* --format jsonl */
  int csv;         /* --format csv */
  char delim;      /* --delimiter (csv; 0: from the header line) */
  int no_header;   /* --no-header (csv) */
  int lang;        /* --lang */
  float threshold; /* --threshold (negative: policy default) */
  int chars;       /* --offsets chars */
  int color;       /* resolved: 1 = ANSI colours on stdout */
  int progress;    /* resolved: progress on stderr */
  int json_out;    /* scan of text input: --json */
  int keep_going;  /* --keep-going */
  int no_cache;    /* --no-cache */
  int fail_on_findings;
  int mask; /* --mask: keep this many trailing chars; -1: [TYPE] */
  char mask_char;
  size_t chunk;       /* --chunk-size */
  int threads;        /* --threads (jsonl) */
  const char *policy; /* --policy */
  const char *key;    /* --key */
  const char *audit_log;
  const char *types, *exclude;
  const char **allow, **deny;
  size_t n_allow, n_deny;
  char **files;
  int n_files;
} opts;

static const char *prog = "gizli";

static void die_usage(const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s: ", prog);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nTry '%s --help'.\n", prog);
  exit(GZ_EXIT_USAGE);
}

void gz_cli_error(const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s: ", prog);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

static const char *help_main =
    "Usage: gizli COMMAND [OPTIONS] [FILE...]\n"
    "Find and de-identify personal data in Azerbaijani, Turkish and English text.\n"
    "\n"
    "Commands:\n"
    "  scan      print the personal data found\n"
    "  redact    print the input with personal data replaced\n"
    "  reveal    restore values de-identified reversibly (needs the key)\n"
    "  keygen    create a key file\n"
    "  audit     verify the reveal audit log\n"
    "  types     list the entity types\n"
    "  version   print the version\n"
    "\n"
    "Run 'gizli COMMAND --help' for a command's options.\n"
    "\n"
    "Exit codes: 0 success; 1 findings present (scan --fail-on-findings);\n"
    "2 usage error; 3 cannot read input; 4 malformed input; 5 cannot write\n"
    "output; 6 invalid policy; 7 key missing or invalid; 8 reveal failed\n"
    "(wrong key or tampered token); 9 audit log verification failed;\n"
    "10 internal error. See docs/EXITCODES.md.\n";

static const char *help_scan =
    "Usage: gizli scan [OPTIONS] [FILE...]\n"
    "Print the personal data found in each FILE (or standard input, or '-').\n"
    "\n"
    "  --format text|jsonl  input format (default text). jsonl: one JSON object per\n"
    "                       line with \"text\" (and usually \"id\"); prints one line per\n"
    "                       input line: {\"id\":...,\"entities\":[{\"type\",\"start\",\n"
    "                       \"end\",\"score\",\"text\"}]}\n"
    "  --format csv         CSV/TSV records: the first row is the header, each field\n"
    "                       is scanned with its column name as its label; prints\n"
    "                       file:row:column per finding (--json: objects with row,\n"
    "                       line, field, column and offsets within the field)\n"
    "  --delimiter C        csv: ',' ';' '|' 'tab' or any one byte (default: the most\n"
    "                       frequent of , ; tab | in the header line)\n"
    "  --no-header          csv: the first row is data too\n"
    "  --offsets bytes|chars  jsonl offsets in UTF-8 bytes (default) or code points\n"
    "  --json               for text input: one JSON object per finding\n"
    "  --lang az|tr|en|auto document language (default auto: decided per document)\n"
    "  --threshold X        minimum score in [0,1] (default 0.5)\n"
    "  --types A,B          only these types (see 'gizli types')\n"
    "  --exclude A,B        all types but these\n"
    "  --allow VALUE        never report VALUE (repeatable)\n"
    "  --deny TYPE:VALUE    always report VALUE as TYPE (repeatable)\n"
    "  --policy NAME|FILE   detection settings from a policy (see docs/policy.md)\n"
    "  --fail-on-findings   exit 1 when anything is found\n"
    "  --keep-going         jsonl: report a malformed line and go on (exit 4 at end)\n"
    "  --threads N          jsonl, csv: records scanned by N threads, output in input\n"
    "                       order (default and 0: all cores)\n"
    "  --color auto|always|never  colour on a terminal (default auto; NO_COLOR honoured)\n"
    "  --no-progress        no progress indicator on stderr\n"
    "  --chunk-size N       bytes scanned per step when streaming text (default 1 MiB)\n"
    "  --no-cache           compile the detectors without the cache of compiled\n"
    "                       databases (default: $GIZLI_CACHE_DIR, else\n"
    "                       $XDG_CACHE_HOME/gizli or ~/.cache/gizli; GIZLI_CACHE_DIR=\n"
    "                       empty turns the cache off)\n";

static const char *help_redact =
    "Usage: gizli redact [OPTIONS] [FILE...]\n"
    "Print each FILE (or standard input) with every finding replaced. Bytes outside\n"
    "findings are copied unchanged.\n"
    "\n"
    "  --mask[=N]           mask letters and digits with '*' keeping the last N\n"
    "                       (default 4) instead of writing [TYPE]\n"
    "  --mask-char C        the masking character (default '*')\n"
    "  --policy NAME|FILE   de-identify with a policy or preset: reversible, fpe,\n"
    "                       surrogate, redact, kvkk, az-998, gdpr (docs/presets.md)\n"
    "  --key FILE           key file for keyed operators (or env GIZLI_KEY_FILE)\n"
    "  --format, --lang, --threshold, --types, --exclude, --allow, --deny,\n"
    "  --keep-going, --threads, --no-progress, --chunk-size, --no-cache: as for\n"
    "  'gizli scan'.\n"
    "  --delimiter, --no-header: as for 'gizli scan' (csv).\n"
    "  jsonl: the same object is written back with only \"text\" changed.\n"
    "  csv: only the fields with findings change; a changed field is quoted when\n"
    "  it was or when its new value needs quotes; all other bytes are kept.\n";

static const char *help_reveal =
    "Usage: gizli reveal --key FILE --policy NAME|FILE [OPTIONS] [FILE...]\n"
    "Restore the values a reversible policy (encrypt, fpe) de-identified. Needs the\n"
    "key that made them; a wrong key is an error (exit 8), never garbage output for\n"
    "encrypt tokens. Every reveal is appended to the audit log (--audit-log FILE,\n"
    "default gizli-audit.log) before anything is written; if it cannot be, nothing\n"
    "is revealed.\n"
    "  --policy             the policy used to de-identify: it tells which types were\n"
    "                       format-preserving encrypted (default reversible, which has\n"
    "                       only encrypt tokens)\n"
    "  --format, --lang, --delimiter, --no-header  as for 'gizli scan'\n";

static int parse_float(const char *s, float *out) {
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (errno || *end || end == s) return -1;
  *out = (float)v;
  return 0;
}

/* Accepts "--name value" and "--name=value". Returns the value or NULL if
 * argv[*i] is not this option. */
static const char *optval(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  const char *a = argv[*i];
  if (strncmp(a, name, n) != 0) return NULL;
  if (a[n] == '=') return a + n + 1;
  if (a[n] != 0) return NULL;
  if (*i + 1 >= argc) die_usage("option %s needs a value", name);
  return argv[++*i];
}

static void parse_opts(int argc, char **argv, opts *o, const char *help) {
  const char *color = "auto";
  int no_progress = 0;
  memset(o, 0, sizeof *o);
  o->lang = GIZLI_LANG_AUTO;
  o->threshold = -1;
  o->mask = -1;
  o->mask_char = '*';
  o->files = calloc((size_t)argc + 1, sizeof *o->files);
  o->allow = calloc((size_t)argc + 1, sizeof *o->allow);
  o->deny = calloc((size_t)argc + 1, sizeof *o->deny);
  o->audit_log = "gizli-audit.log";
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  o->threads = cpus > 1 ? (cpus > 64 ? 64 : (int)cpus) : 1; /* jsonl, csv: all cores */
  if (!o->files || !o->allow || !o->deny) exit(GZ_EXIT_INTERNAL);
  int only_files = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v;
    if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
      o->files[o->n_files++] = argv[i];
      continue;
    }
    if (strcmp(a, "--") == 0)
      only_files = 1;
    else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      fputs(help, stdout);
      exit(0);
    } else if ((v = optval(argc, argv, &i, "--format"))) {
      o->jsonl = o->csv = 0;
      if (strcmp(v, "jsonl") == 0)
        o->jsonl = 1;
      else if (strcmp(v, "csv") == 0)
        o->csv = 1;
      else if (strcmp(v, "text") != 0)
        die_usage("--format must be text, jsonl or csv, not '%s'", v);
    } else if ((v = optval(argc, argv, &i, "--delimiter"))) {
      if (strcmp(v, "tab") == 0 || strcmp(v, "\\t") == 0)
        o->delim = '\t';
      else if (strlen(v) == 1 && v[0] != '"' && v[0] != '\n' && v[0] != '\r')
        o->delim = v[0];
      else
        die_usage("--delimiter must be one character (or 'tab'), not '%s'", v);
    } else if (strcmp(a, "--no-header") == 0) {
      o->no_header = 1;
    } else if ((v = optval(argc, argv, &i, "--lang"))) {
      if ((o->lang = gizli_lang_from_name(v)) < 0)
        die_usage("--lang must be az, tr, en or auto, not '%s'", v);
    } else if ((v = optval(argc, argv, &i, "--offsets"))) {
      if (strcmp(v, "chars") == 0)
        o->chars = 1;
      else if (strcmp(v, "bytes") == 0)
        o->chars = 0;
      else
        die_usage("--offsets must be bytes or chars, not '%s'", v);
    } else if ((v = optval(argc, argv, &i, "--threshold"))) {
      if (parse_float(v, &o->threshold) || o->threshold < 0 || o->threshold > 1)
        die_usage("--threshold must be a number in [0,1], not '%s'", v);
    } else if ((v = optval(argc, argv, &i, "--types"))) {
      o->types = v;
    } else if ((v = optval(argc, argv, &i, "--exclude"))) {
      o->exclude = v;
    } else if ((v = optval(argc, argv, &i, "--allow"))) {
      o->allow[o->n_allow++] = v;
    } else if ((v = optval(argc, argv, &i, "--deny"))) {
      o->deny[o->n_deny++] = v;
    } else if ((v = optval(argc, argv, &i, "--color"))) {
      color = v;
      if (strcmp(v, "auto") && strcmp(v, "always") && strcmp(v, "never"))
        die_usage("--color must be auto, always or never, not '%s'", v);
    } else if ((v = optval(argc, argv, &i, "--chunk-size"))) {
      char *end;
      unsigned long long c = strtoull(v, &end, 10);
      if (*end || c < 4096 || c > (1ull << 30))
        die_usage("--chunk-size must be a byte count from 4096 to 1073741824");
      o->chunk = (size_t)c;
    } else if ((v = optval(argc, argv, &i, "--threads"))) {
      char *end;
      long t = strtol(v, &end, 10);
      if (*end || t < 0 || t > 64) die_usage("--threads must be 0 (all cores) to 64");
      if (t == 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        t = cpus > 0 ? (cpus > 64 ? 64 : cpus) : 1;
      }
      o->threads = (int)t;
    } else if ((v = optval(argc, argv, &i, "--mask-char"))) {
      if (strlen(v) != 1) die_usage("--mask-char must be one ASCII character");
      o->mask_char = v[0];
    } else if (strcmp(a, "--mask") == 0) {
      o->mask = 4;
    } else if (strncmp(a, "--mask=", 7) == 0) {
      char *end;
      long k = strtol(a + 7, &end, 10);
      if (*end || k < 0 || k > 64) die_usage("--mask=N needs N from 0 to 64");
      o->mask = (int)k;
    } else if ((v = optval(argc, argv, &i, "--policy"))) {
      o->policy = v;
    } else if ((v = optval(argc, argv, &i, "--key"))) {
      o->key = v;
    } else if ((v = optval(argc, argv, &i, "--audit-log"))) {
      o->audit_log = v;
    } else if (strcmp(a, "--json") == 0) {
      o->json_out = 1;
    } else if (strcmp(a, "--keep-going") == 0) {
      o->keep_going = 1;
    } else if (strcmp(a, "--fail-on-findings") == 0) {
      o->fail_on_findings = 1;
    } else if (strcmp(a, "--no-progress") == 0) {
      no_progress = 1;
    } else if (strcmp(a, "--no-cache") == 0) {
      o->no_cache = 1;
    } else {
      die_usage("unknown option '%s'", a);
    }
  }
  if (o->n_files == 0) o->files[o->n_files++] = "-";
  int tty = isatty(STDOUT_FILENO);
  o->color =
      strcmp(color, "always") == 0 || (strcmp(color, "auto") == 0 && tty && !getenv("NO_COLOR"));
  o->progress = !no_progress && isatty(STDERR_FILENO);
}

/* Applies a comma-separated type list to the policy. */
static void apply_types(gizli_policy *p, const char *list, int on) {
  char buf[1024];
  snprintf(buf, sizeof buf, "%s", list);
  for (char *save = NULL, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
    int type = gizli_type_from_name(t);
    if (type == GIZLI_T_NONE) die_usage("unknown type '%s' (see 'gizli types')", t);
    gizli_policy_enable(p, type, on);
  }
}

/* Where compiled detector databases are kept between runs (see
 * gizli_policy_set_cache_dir): $GIZLI_CACHE_DIR (empty: no cache), else
 * $XDG_CACHE_HOME/gizli, else $HOME/.cache/gizli. Returns 0 for no cache. */
static int cache_dir(char *out, size_t cap) {
  const char *v = getenv("GIZLI_CACHE_DIR");
  int n;
  if (v) {
    n = snprintf(out, cap, "%s", v);
  } else if ((v = getenv("XDG_CACHE_HOME")) && v[0] == '/') {
    n = snprintf(out, cap, "%s/gizli", v);
  } else if ((v = getenv("HOME")) && v[0] == '/') {
    n = snprintf(out, cap, "%s/.cache/gizli", v);
  } else {
    return 0;
  }
  return n > 0 && (size_t)n < cap;
}

/* Builds the detection policy from the options (and the de-identification
 * policy, when one is given) and compiles it. */
static gizli_engine *build_engine(const opts *o, gizli_deid *deid) {
  gizli_policy *p = NULL;
  gizli_error err;
  memset(&err, 0, sizeof err);
  if (gizli_policy_create(&p)) exit(GZ_EXIT_INTERNAL);
  if (deid) {
    int rc = gizli_deid_configure(deid, p);
    if (rc) {
      gz_cli_error("policy: %s", gizli_strerror(rc));
      exit(GZ_EXIT_POLICY);
    }
  }
  if (o->types) {
    gizli_policy_enable(p, GIZLI_T_NONE, 0);
    apply_types(p, o->types, 1);
  }
  if (o->exclude) apply_types(p, o->exclude, 0);
  if (o->threshold >= 0) gizli_policy_set_threshold(p, o->threshold);
  if (o->lang != GIZLI_LANG_AUTO) gizli_policy_set_lang(p, o->lang);
  for (size_t i = 0; i < o->n_allow; i++) gizli_policy_allow(p, o->allow[i]);
  for (size_t i = 0; i < o->n_deny; i++) {
    const char *c = strchr(o->deny[i], ':');
    char name[64];
    if (!c || c == o->deny[i] || (size_t)(c - o->deny[i]) >= sizeof name || !c[1])
      die_usage("--deny needs TYPE:VALUE, not '%s'", o->deny[i]);
    memcpy(name, o->deny[i], (size_t)(c - o->deny[i]));
    name[c - o->deny[i]] = 0;
    int type = gizli_type_from_name(name);
    if (type == GIZLI_T_NONE) die_usage("unknown type '%s' in --deny", name);
    if (gizli_policy_deny(p, type, c + 1)) die_usage("invalid --deny value");
  }
  char cache[4000];
  if (!o->no_cache && cache_dir(cache, sizeof cache)) gizli_policy_set_cache_dir(p, cache, 0);
  gizli_engine *e = NULL;
  int rc = gizli_engine_compile(p, &e, &err);
  gizli_policy_free(p);
  if (rc) {
    gz_cli_error("cannot compile detectors: %s%s%s (%s)", err.source, err.source[0] ? ": " : "",
                 err.message, gizli_strerror(rc));
    exit(rc == GIZLI_E_NOMEM ? GZ_EXIT_INTERNAL : GZ_EXIT_POLICY);
  }
  return e;
}

/* ------------------------------------------------------------ output */
#define C_RESET "\033[0m"
#define C_TYPE  "\033[1;35m"
#define C_DIM   "\033[2m"
#define C_LOC   "\033[36m"

static int out_write(const char *p, size_t n) {
  if (n && fwrite(p, 1, n, stdout) != n) return -1;
  return 0;
}

static void write_failed(void) {
  gz_cli_error("cannot write output: %s", strerror(errno));
  exit(GZ_EXIT_OUTPUT);
}

/* Progress on stderr for long inputs on a terminal: percentage when the size
 * is known, else bytes, at most four times a second. */
typedef struct progress {
  int on;
  const char *name;
  unsigned long long total, done, last_bytes;
  struct timespec last;
  int shown;
} progress;

static void progress_start(progress *pr, const opts *o, const char *name, FILE *f) {
  memset(pr, 0, sizeof *pr);
  struct stat st;
  pr->name = name;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) pr->total = (unsigned long long)st.st_size;
  pr->on = o->progress && (pr->total == 0 || pr->total >= (8u << 20));
  clock_gettime(CLOCK_MONOTONIC, &pr->last);
}

static void progress_add(progress *pr, size_t n) {
  pr->done += n;
  if (!pr->on || pr->done - pr->last_bytes < (1u << 20)) return;
  pr->last_bytes = pr->done;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  double dt =
      (double)(now.tv_sec - pr->last.tv_sec) + (double)(now.tv_nsec - pr->last.tv_nsec) / 1e9;
  if (dt < 0.25) return;
  pr->last = now;
  if (pr->total)
    fprintf(stderr, "\r%s: %s %3.0f%% (%llu / %llu MB)", prog, pr->name,
            100.0 * (double)pr->done / (double)pr->total, pr->done >> 20, pr->total >> 20);
  else
    fprintf(stderr, "\r%s: %s %llu MB", prog, pr->name, pr->done >> 20);
  pr->shown = 1;
}

static void progress_end(progress *pr) {
  if (pr->shown) fprintf(stderr, "\r\033[K");
}

/* ------------------------------------------------------------ text mode */
typedef struct text_ctx {
  const opts *o;
  const char *name;
  unsigned long long line, col; /* 1-based position tracking for scan */
  unsigned long long findings;
  unsigned long long per_type[GIZLI_T_COUNT];
  /* redact with a de-identification policy */
  const gizli_deid *deid;
  gizli_deid_doc *doc;
  int lang;
  jbuf pending;            /* a finding's bytes waiting for the bytes after it */
  gizli_finding pending_f; /* and the finding itself */
  int has_pending;
  char *repl;
  size_t repl_cap;
} text_ctx;

static void advance_pos(text_ctx *c, const char *p, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (p[i] == '\n') {
      c->line++;
      c->col = 1;
    } else if (((unsigned char)p[i] & 0xC0) != 0x80) {
      c->col++;
    }
  }
}

/* Prints a value for a human: control characters shown as '?'. */
static void print_value(const char *p, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)p[i];
    putchar(ch < 0x20 || ch == 0x7f ? '?' : ch);
  }
}

static int scan_segment(void *user, const char *bytes, size_t len, const gizli_finding *f) {
  text_ctx *c = user;
  if (f) {
    c->findings++;
    c->per_type[f->type]++;
    if (c->o->json_out) {
      jbuf b = {0};
      jbuf_put(&b, "{\"file\":\"", 9);
      jbuf_put_escaped(&b, c->name, strlen(c->name));
      jbuf_printf(&b,
                  "\",\"line\":%llu,\"column\":%llu,\"type\":\"%s\",\"start\":%zu,\"end\":%zu,"
                  "\"score\":%.2f,\"text\":\"",
                  c->line, c->col, gizli_type_name(f->type), f->start, f->end, (double)f->score);
      jbuf_put_escaped(&b, bytes, len);
      jbuf_put(&b, "\"}\n", 3);
      if (out_write(b.p, b.n)) write_failed();
      jbuf_free(&b);
    } else if (c->o->color) {
      printf(C_LOC "%s:%llu:%llu" C_RESET "  " C_TYPE "%-14s" C_RESET " " C_DIM "%.2f" C_RESET "  ",
             c->name, c->line, c->col, gizli_type_name(f->type), (double)f->score);
      print_value(bytes, len);
      putchar('\n');
    } else {
      printf("%s:%llu:%llu  %-14s %.2f  ", c->name, c->line, c->col, gizli_type_name(f->type),
             (double)f->score);
      print_value(bytes, len);
      putchar('\n');
    }
    if (ferror(stdout)) write_failed();
  }
  advance_pos(c, bytes, len);
  return 0;
}

static const char *simple_replacement(text_ctx *c, const char *bytes, size_t len, int type,
                                      size_t *n) {
  size_t need =
      gizli_redact_value(bytes, len, type, c->o->mask, c->o->mask_char, c->repl, c->repl_cap);
  if (need > c->repl_cap) {
    free(c->repl);
    c->repl_cap = need * 2;
    c->repl = malloc(c->repl_cap);
    if (!c->repl) exit(GZ_EXIT_INTERNAL);
    need = gizli_redact_value(bytes, len, type, c->o->mask, c->o->mask_char, c->repl, c->repl_cap);
  }
  *n = need;
  return c->repl;
}

/* A finding's replacement under a de-identification policy may also replace
 * the start of the bytes that follow (a suffix re-harmonised after a
 * surrogate name), so it is held until those bytes arrive. */
static int flush_pending(text_ctx *c, const char **bytes, size_t *len) {
  if (!c->has_pending) return 0;
  const char *out;
  size_t out_len, consumed = 0;
  const char *after = bytes ? *bytes : "";
  size_t after_len = bytes ? *len : 0;
  int rc = gizli_deid_value(c->deid, c->doc, c->pending.p, c->pending.n, &c->pending_f, c->lang,
                            after, after_len, &out, &out_len, &consumed);
  if (rc) return rc;
  if (out_write(out, out_len)) write_failed();
  if (bytes && consumed <= *len) {
    *bytes += consumed;
    *len -= consumed;
  }
  c->has_pending = 0;
  c->pending.n = 0;
  return 0;
}

static int redact_segment(void *user, const char *bytes, size_t len, const gizli_finding *f) {
  text_ctx *c = user;
  if (c->deid) {
    if (c->has_pending) {
      int rc = flush_pending(c, f ? NULL : &bytes, f ? NULL : &len);
      if (rc) {
        gz_cli_error("de-identification failed: %s", gizli_strerror(rc));
        exit(rc == GIZLI_E_KEY ? GZ_EXIT_KEY : GZ_EXIT_INTERNAL);
      }
    }
    if (f) {
      c->pending.n = 0;
      if (jbuf_put(&c->pending, bytes, len)) exit(GZ_EXIT_INTERNAL);
      c->pending_f = *f;
      c->has_pending = 1;
      return 0;
    }
    if (out_write(bytes, len)) write_failed();
    return 0;
  }
  if (!f) {
    if (out_write(bytes, len)) write_failed();
    return 0;
  }
  size_t n;
  const char *r = simple_replacement(c, bytes, len, f->type, &n);
  if (out_write(r, n)) write_failed();
  return 0;
}

static FILE *open_input(const char *name) {
  if (strcmp(name, "-") == 0) return stdin;
  FILE *f = fopen(name, "rb");
  if (!f) {
    gz_cli_error("cannot open '%s': %s", name, strerror(errno));
    exit(GZ_EXIT_INPUT);
  }
  return f;
}

static void close_input(FILE *f) {
  if (f != stdin) fclose(f);
}

/* Streams one text input through the engine in bounded memory. */
static void run_text(const opts *o, const gizli_engine *e, const char *name, text_ctx *c,
                     gizli_segment_fn fn) {
  FILE *f = open_input(name);
  const char *shown = strcmp(name, "-") == 0 ? "<stdin>" : name;
  gizli_stream *s = NULL;
  int rc = gizli_stream_create(e, o->chunk, o->lang, &s);
  if (rc) {
    gz_cli_error("cannot create stream: %s", gizli_strerror(rc));
    exit(GZ_EXIT_INTERNAL);
  }
  c->name = shown;
  c->line = c->col = 1;
  if (c->doc) gizli_deid_doc_reset(c->doc);
  c->lang = o->lang;
  progress pr;
  progress_start(&pr, o, shown, f);
  static char buf[1 << 16];
  size_t n;
  int first = 1;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
    if (first && c->lang == GIZLI_LANG_AUTO)
      c->lang = gizli_detect_lang(buf, n); /* for surrogates */
    first = 0;
    if ((rc = gizli_stream_write(s, buf, n, fn, c))) break;
    progress_add(&pr, n);
  }
  if (!rc && ferror(f)) {
    gz_cli_error("cannot read '%s': %s", shown, strerror(errno));
    exit(GZ_EXIT_INPUT);
  }
  if (!rc) rc = gizli_stream_finish(s, fn, c);
  if (!rc && c->deid && c->has_pending) rc = flush_pending(c, NULL, NULL);
  progress_end(&pr);
  if (rc) {
    gz_cli_error("%s: scan failed: %s", shown, gizli_strerror(rc));
    exit(GZ_EXIT_INTERNAL);
  }
  gizli_stream_free(s);
  close_input(f);
}

/* ------------------------------------------------------------ jsonl mode */
typedef struct line_reader {
  FILE *f;
  char *buf;
  size_t cap;
} line_reader;

/* Offsets in code points: counts UTF-8 lead bytes; findings come in order so
 * one running count serves them all. */
static size_t char_offset(const char *t, size_t upto, size_t *pos, size_t *count) {
  for (; *pos < upto; (*pos)++)
    if (((unsigned char)t[*pos] & 0xC0) != 0x80) (*count)++;
  return *count;
}

static void emit_scan_record(const opts *o, const char *line, const jsonl_record *r,
                             const gizli_finding *f, size_t n, jbuf *b) {
  b->n = 0;
  jbuf_put(b, "{\"id\": ", 7);
  if (r->id_end > r->id_start)
    jbuf_put(b, line + r->id_start, r->id_end - r->id_start);
  else
    jbuf_put(b, "null", 4);
  jbuf_put(b, ", \"entities\": [", 15);
  size_t pos = 0, count = 0;
  for (size_t i = 0; i < n; i++) {
    size_t s = f[i].start, e = f[i].end;
    if (o->chars) {
      s = char_offset(r->text, f[i].start, &pos, &count);
      e = char_offset(r->text, f[i].end, &pos, &count);
    }
    const char *type = gizli_type_name(f[i].type);
    if (i) JBUF_LIT(b, ", ");
    JBUF_LIT(b, "{\"type\": \"");
    jbuf_put(b, type, strlen(type));
    JBUF_LIT(b, "\", \"start\": ");
    jbuf_put_uint(b, s);
    JBUF_LIT(b, ", \"end\": ");
    jbuf_put_uint(b, e);
    JBUF_LIT(b, ", \"score\": ");
    jbuf_put_score(b, f[i].score);
    JBUF_LIT(b, ", \"text\": \"");
    jbuf_put_escaped(b, r->text + f[i].start, f[i].end - f[i].start);
    jbuf_put(b, "\"}", 2);
  }
  jbuf_put(b, "]}", 2);
}

/* Rebuilds the line with the "text" value's findings replaced, copying the
 * raw bytes (escapes included) of everything else. */
static void emit_redacted_record(const opts *o, text_ctx *c, const char *line, size_t line_len,
                                 const jsonl_record *r, const gizli_finding *f, size_t n, jbuf *b) {
  (void)o;
  b->n = 0;
  size_t raw_at = 0; /* raw bytes copied so far */
  size_t text_at = 0;
  if (c->doc) gizli_deid_doc_reset(c->doc);
  for (size_t i = 0; i < n; i++) {
    if (f[i].start < text_at) continue;
    size_t rs = r->map[f[i].start];
    jbuf_put(b, line + raw_at, rs - raw_at);
    const char *val = r->text + f[i].start;
    size_t vlen = f[i].end - f[i].start, rn, consumed = 0;
    const char *rep;
    if (c->deid) {
      size_t next = i + 1 < n ? f[i + 1].start : r->len;
      int rc = gizli_deid_value(c->deid, c->doc, val, vlen, &f[i], c->lang, r->text + f[i].end,
                                next - f[i].end, &rep, &rn, &consumed);
      if (rc) {
        gz_cli_error("de-identification failed: %s", gizli_strerror(rc));
        exit(rc == GIZLI_E_KEY ? GZ_EXIT_KEY : GZ_EXIT_INTERNAL);
      }
    } else {
      rep = simple_replacement(c, val, vlen, f[i].type, &rn);
    }
    jbuf_put_escaped(b, rep, rn);
    text_at = f[i].end + consumed;
    size_t re = r->map[text_at];
    /* never cut an escape sequence: move to the next raw position */
    while (text_at > 0 && text_at < r->len && r->map[text_at] == r->map[text_at - 1]) {
      text_at++;
      re = r->map[text_at];
    }
    raw_at = re;
  }
  jbuf_put(b, line + raw_at, line_len - raw_at);
}

static void malformed_record(const char *name, unsigned long long line, size_t col,
                             const char *msg) {
  gz_cli_error("%s:%llu:%zu: malformed JSONL record: %s", name, line, col, msg);
}

typedef int (*record_fn)(const opts *o, text_ctx *c, const gizli_engine *e, gizli_scratch *s,
                         const char *line, size_t n, const jsonl_record *r, jbuf *out);

static int record_scan(const opts *o, text_ctx *c, const gizli_engine *e, gizli_scratch *s,
                       const char *line, size_t n, const jsonl_record *r, jbuf *out) {
  (void)n;
  const gizli_finding *f;
  size_t k;
  int rc = gizli_scan(e, s, r->text, r->len, o->lang, &f, &k);
  if (rc) return rc;
  c->findings += k;
  emit_scan_record(o, line, r, f, k, out);
  return 0;
}

static int record_redact(const opts *o, text_ctx *c, const gizli_engine *e, gizli_scratch *s,
                         const char *line, size_t n, const jsonl_record *r, jbuf *out) {
  const gizli_finding *f;
  size_t k;
  int lang = o->lang == GIZLI_LANG_AUTO ? gizli_detect_lang(r->text, r->len) : o->lang;
  int rc = gizli_scan(e, s, r->text, r->len, lang, &f, &k);
  if (rc) return rc;
  c->findings += k;
  c->lang = lang;
  emit_redacted_record(o, c, line, n, r, f, k, out);
  return 0;
}

/* One JSONL line and what became of it. */
typedef struct rec_job {
  char *line; /* getline buffer, reused from batch to batch */
  size_t cap, n;
  int had_nl;
  unsigned long long lineno;
  int status; /* 0 record done, 1 blank, 2 malformed, < 0 gizli error */
  size_t col;
  char msg[200];
  jbuf out;
} rec_job;

typedef struct worker {
  const opts *o;
  const gizli_engine *e;
  gizli_scratch *s;
  text_ctx c; /* own replacement buffer and de-identification doc */
  record_fn fn;
  rec_job *jobs;
  size_t n, first, step;
} worker;

static void *work(void *arg) {
  worker *w = arg;
  for (size_t i = w->first; i < w->n; i += w->step) {
    rec_job *j = &w->jobs[i];
    j->out.n = 0;
    /* a UTF-8 byte order mark before the first record is kept, not parsed */
    size_t skip = j->lineno == 1 && j->n >= 3 && memcmp(j->line, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (jsonl_blank(j->line + skip, j->n - skip)) {
      j->status = 1;
      continue;
    }
    if (skip && w->fn == record_redact) jbuf_put(&j->out, j->line, skip); /* redact keeps it */
    jbuf body = {0};
    jsonl_record r;
    if (jsonl_parse(j->line + skip, j->n - skip, &r, j->msg, sizeof j->msg, &j->col)) {
      j->status = 2;
      j->col += skip;
    } else {
      j->status =
          w->fn(w->o, &w->c, w->e, w->s, j->line + skip, j->n - skip, &r, skip ? &body : &j->out);
      if (skip) jbuf_put(&j->out, body.p ? body.p : "", body.n);
    }
    jbuf_free(&body);
    jsonl_record_free(&r);
  }
  return NULL;
}

#define GZ_BATCH_LINES 4096
#define GZ_BATCH_BYTES (16u << 20)

/* Processes a JSON Lines input: one output line per input line, in order.
 * Lines are read in batches; with --threads N the records of a batch are
 * shared out among N workers, each with its own scratch. A malformed line is
 * reported with its number; without --keep-going processing stops there
 * (exit 4); with it, an error object takes the line's place in the output. */
static int run_jsonl(const opts *o, worker *ws, int nw, const char *name, text_ctx *c) {
  FILE *f = open_input(name);
  const char *shown = strcmp(name, "-") == 0 ? "<stdin>" : name;
  rec_job *jobs = calloc(GZ_BATCH_LINES, sizeof *jobs);
  if (!jobs) exit(GZ_EXIT_INTERNAL);
  unsigned long long lineno = 0;
  int bad = 0, eof = 0;
  progress pr;
  progress_start(&pr, o, shown, f);
  while (!eof) {
    size_t n = 0, bytes = 0;
    while (n < GZ_BATCH_LINES && bytes < GZ_BATCH_BYTES) {
      rec_job *j = &jobs[n];
      ssize_t got = getline(&j->line, &j->cap, f);
      if (got < 0) {
        eof = 1;
        break;
      }
      j->n = (size_t)got;
      j->had_nl = j->n > 0 && j->line[j->n - 1] == '\n';
      if (j->had_nl) j->n--;
      j->lineno = ++lineno;
      bytes += (size_t)got;
      n++;
    }
    if (ferror(f)) {
      gz_cli_error("cannot read '%s': %s", shown, strerror(errno));
      exit(GZ_EXIT_INPUT);
    }
    pthread_t tid[64];
    int running[64] = {0};
    for (int t = 0; t < nw; t++) {
      ws[t].jobs = jobs;
      ws[t].n = n;
      ws[t].first = (size_t)t;
      ws[t].step = (size_t)nw;
    }
    /* workers 1..nw-1 in threads (or here, if a thread cannot start) */
    for (int t = 1; t < nw; t++)
      if (n < 2 || !(running[t] = pthread_create(&tid[t], NULL, work, &ws[t]) == 0)) work(&ws[t]);
    work(&ws[0]);
    for (int t = 1; t < nw; t++)
      if (running[t]) pthread_join(tid[t], NULL);
    for (size_t i = 0; i < n; i++) {
      rec_job *j = &jobs[i];
      if (j->status == 1) {
        if (out_write(j->line, j->n + (size_t)j->had_nl)) write_failed();
        continue;
      }
      if (j->status == 2) {
        bad++;
        progress_end(&pr);
        malformed_record(shown, j->lineno, j->col, j->msg);
        if (!o->keep_going) {
          fflush(stdout);
          exit(GZ_EXIT_MALFORMED);
        }
        j->out.n = 0;
        jbuf_printf(&j->out, "{\"error\": \"malformed record\", \"line\": %llu, \"column\": %zu}",
                    j->lineno, j->col);
      } else if (j->status < 0) {
        gz_cli_error("%s:%llu: scan failed: %s", shown, j->lineno, gizli_strerror(j->status));
        exit(GZ_EXIT_INTERNAL);
      }
      if (out_write(j->out.p, j->out.n) || (j->had_nl && out_write("\n", 1))) write_failed();
    }
    progress_add(&pr, bytes);
  }
  for (int t = 0; t < nw; t++) {
    c->findings += ws[t].c.findings;
    ws[t].c.findings = 0;
  }
  progress_end(&pr);
  for (size_t i = 0; i < GZ_BATCH_LINES; i++) {
    free(jobs[i].line);
    jbuf_free(&jobs[i].out);
  }
  free(jobs);
  close_input(f);
  return bad;
}

/* ------------------------------------------------------------ csv mode */
/* CSV and TSV (docs/records.md): each data record is scanned once, written
 * as a form (csv_record_text: "HEADER: value" lines), so that a header
 * gives its column's values context; a finding is clipped to the field it
 * starts in, so none spans two fields. Redaction rewrites only the fields
 * that hold findings and copies every other byte (delimiters, quoting, line
 * ends) as it was; a rewritten field is quoted when it was quoted or when
 * its new value needs quotes (a surrogate address with a comma).
 *
 * Records are read and parsed in batches by the main thread (so a malformed
 * record stops the input exactly there); with --threads N the records of a
 * batch are scanned by N workers, each with its own scratch, and written in
 * input order. Memory is bounded by the batch (GZ_BATCH_LINES records or
 * GZ_BATCH_BYTES bytes, whichever comes first, plus one record). */

/* What every record of one input shares: the delimiter and the header. */
typedef struct csv_input {
  char delim;      /* 0 until guessed from the header line */
  csv_record head; /* the header record (no_header: empty) */
  int have_head;
  const char *shown; /* the input's name in messages and findings */
} csv_input;

/* One record and what became of it. */
typedef struct csv_job {
  jbuf raw;                        /* its bytes (a leading byte order mark removed) */
  csv_record rec;                  /* parsed */
  unsigned long long row, line_no; /* record number; line where it starts */
  jbuf out;                        /* scan: its findings as printed; redact: the record */
} csv_job;

/* A worker's own buffers for csv_do_record. */
typedef struct csv_work {
  jbuf doc;   /* the record as scanned: csv_record_text */
  size_t *at; /* where each field's value starts in doc */
  size_t n_at;
  jbuf val; /* a field's new value */
} csv_work;

static void csv_work_free(csv_work *w) {
  jbuf_free(&w->doc);
  free(w->at);
  jbuf_free(&w->val);
}

/* Reads the next whole record into raw: one line, or more while a quoted
 * field is open (the line buffer *line is reused). Returns 0 at the end of
 * the input, else the number of lines read. */
static unsigned long long csv_read_record(csv_input *in, jbuf *raw, char **line, size_t *cap,
                                          FILE *f, progress *pr) {
  csv_state st = CSV_STATE_INIT;
  unsigned long long lines = 0;
  raw->n = 0;
  for (;;) {
    ssize_t got = getline(line, cap, f);
    if (got <= 0) break;
    lines++;
    progress_add(pr, (size_t)got);
    if (!in->delim) in->delim = csv_guess_delim(*line, (size_t)got);
    if (jbuf_put(raw, *line, (size_t)got)) exit(GZ_EXIT_INTERNAL);
    size_t used;
    if (csv_feed(&st, *line, (size_t)got, in->delim, &used)) break;
  }
  return lines;
}

/* Appends a field value, quoted (quotes doubled) when asked or needed. */
static void csv_put_field(jbuf *b, const char *v, size_t n, int quoted, char delim) {
  if (!quoted && !csv_needs_quotes(v, n, delim)) {
    if (jbuf_put(b, v, n)) exit(GZ_EXIT_INTERNAL);
    return;
  }
  if (jbuf_put(b, "\"", 1)) exit(GZ_EXIT_INTERNAL);
  for (size_t i = 0; i < n;) {
    const char *q = memchr(v + i, '"', n - i);
    size_t k = q ? (size_t)(q - v) + 1 : n;
    if (jbuf_put(b, v + i, k - i) || (q && jbuf_put(b, "\"", 1))) exit(GZ_EXIT_INTERNAL);
    i = k;
  }
  if (jbuf_put(b, "\"", 1)) exit(GZ_EXIT_INTERNAL);
}

/* Builds the text scanned for a record, one line per non-empty field:
 * "HEADER: value\n" (or the value alone without a header), the way a form
 * is written, so each column name is its value's label and the record is
 * scanned in one call (a call per field costs more than the scan of a short
 * value). w->at[k] is where field k's value starts in w->doc. */
static void csv_record_text(const csv_input *in, const csv_record *rec, csv_work *w) {
  w->doc.n = 0;
  if (w->n_at < rec->n) {
    free(w->at);
    w->n_at = rec->n * 2;
    w->at = malloc(w->n_at * sizeof *w->at);
    if (!w->at) exit(GZ_EXIT_INTERNAL);
  }
  for (size_t k = 0; k < rec->n; k++) {
    const csv_field *fd = &rec->f[k];
    w->at[k] = SIZE_MAX;
    if (!fd->val_len) continue;
    if (in->have_head && k < in->head.n && in->head.f[k].val_len) {
      const csv_field *h = &in->head.f[k];
      if (jbuf_put(&w->doc, in->head.vals.p + h->val_start, h->val_len) ||
          jbuf_put(&w->doc, ": ", 2))
        exit(GZ_EXIT_INTERNAL);
    }
    w->at[k] = w->doc.n;
    if (jbuf_put(&w->doc, rec->vals.p + fd->val_start, fd->val_len) || jbuf_put(&w->doc, "\n", 1))
      exit(GZ_EXIT_INTERNAL);
  }
}

/* Appends bytes for a terminal: control bytes as '?'. */
static void put_value(jbuf *b, const char *p, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char ch = (unsigned char)p[i] < 0x20 || p[i] == 0x7f ? '?' : p[i];
    if (jbuf_put(b, &ch, 1)) exit(GZ_EXIT_INTERNAL);
  }
}

/* Appends one finding of field k (offsets within the field's value v) to
 * the job's output, as scan prints it. */
static void csv_print_finding(const opts *o, const csv_input *in, csv_job *j, size_t k,
                              const char *v, size_t s, size_t e, const gizli_finding *f) {
  char colname[64];
  const char *col = colname;
  size_t col_len;
  jbuf *b = &j->out;
  if (in->have_head && k < in->head.n && in->head.f[k].val_len) {
    col = in->head.vals.p + in->head.f[k].val_start;
    col_len = in->head.f[k].val_len;
  } else {
    col_len = (size_t)snprintf(colname, sizeof colname, "%zu", k + 1);
  }
  int fail = 0;
  if (o->json_out) {
    size_t so = s, eo = e;
    if (o->chars) {
      size_t pos = 0, count = 0;
      so = char_offset(v, s, &pos, &count);
      eo = char_offset(v, e, &pos, &count);
    }
    fail |= jbuf_put(b, "{\"file\":\"", 9);
    fail |= jbuf_put_escaped(b, in->shown, strlen(in->shown));
    fail |= jbuf_printf(b, "\",\"row\":%llu,\"line\":%llu,\"field\":%zu,\"column\":\"", j->row,
                        j->line_no, k + 1);
    fail |= jbuf_put_escaped(b, col, col_len);
    fail |=
        jbuf_printf(b, "\",\"type\":\"%s\",\"start\":%zu,\"end\":%zu,\"score\":%.2f,\"text\":\"",
                    gizli_type_name(f->type), so, eo, (double)f->score);
    fail |= jbuf_put_escaped(b, v + s, e - s);
    fail |= jbuf_put(b, "\"}\n", 3);
    if (fail) exit(GZ_EXIT_INTERNAL);
    return;
  }
  fail |= jbuf_printf(b, "%s%s:%llu:", o->color ? C_LOC : "", in->shown, j->row);
  put_value(b, col, col_len);
  if (o->color)
    fail |= jbuf_printf(b, C_RESET "  " C_TYPE "%-14s" C_RESET " " C_DIM "%.2f" C_RESET "  ",
                        gizli_type_name(f->type), (double)f->score);
  else
    fail |= jbuf_printf(b, "  %-14s %.2f  ", gizli_type_name(f->type), (double)f->score);
  put_value(b, v + s, e - s);
  fail |= jbuf_put(b, "\n", 1);
  if (fail) exit(GZ_EXIT_INTERNAL);
}

/* Scans the record of job j once and gives each finding to the field it
 * starts in, clipped to that field's value (a finding never spans two
 * fields); appends the findings as printed (scan) or the record with the
 * fields that hold any rewritten (redact) to j->out. */
static void csv_do_record(const opts *o, text_ctx *c, const gizli_engine *e, gizli_scratch *s,
                          const csv_input *in, csv_work *w, csv_job *j, int redact) {
  const char *raw = j->raw.p;
  const csv_record *rec = &j->rec;
  int lang = o->lang == GIZLI_LANG_AUTO ? gizli_detect_lang(raw, rec->body_end) : o->lang;
  c->lang = lang;
  if (c->doc) gizli_deid_doc_reset(c->doc);
  csv_record_text(in, rec, w);
  j->out.n = 0;
  const gizli_finding *f;
  size_t nf, i = 0, copied = 0;
  int rc = gizli_scan(e, s, w->doc.p, w->doc.n, lang, &f, &nf);
  if (rc) {
    gz_cli_error("%s:%llu: scan failed: %s", in->shown, j->line_no, gizli_strerror(rc));
    exit(GZ_EXIT_INTERNAL);
  }
  for (size_t k = 0; k < rec->n; k++) {
    const csv_field *fd = &rec->f[k];
    if (w->at[k] == SIZE_MAX) continue;
    size_t vs = w->at[k], ve = vs + fd->val_len, at = 0, hits = 0;
    const char *t = w->doc.p + vs; /* the value */
    w->val.n = 0;
    for (; i < nf && f[i].start < ve; i++) {
      if (f[i].end <= vs) continue; /* in this field's label, or a finding clipped away */
      size_t fs = (f[i].start > vs ? f[i].start : vs) - vs;
      size_t fe = (f[i].end < ve ? f[i].end : ve) - vs;
      if (fs < at) continue;
      c->findings++;
      c->per_type[f[i].type]++;
      hits++;
      if (!redact) {
        csv_print_finding(o, in, j, k, t, fs, fe, &f[i]);
        continue;
      }
      if (jbuf_put(&w->val, t + at, fs - at)) exit(GZ_EXIT_INTERNAL);
      const char *rep;
      size_t rn, consumed = 0;
      if (c->deid) {
        size_t next = fd->val_len; /* the bytes up to the next finding may change */
        if (i + 1 < nf && f[i + 1].start < ve) next = f[i + 1].start > vs ? f[i + 1].start - vs : 0;
        if (next < fe) next = fe;
        rc = gizli_deid_value(c->deid, c->doc, t + fs, fe - fs, &f[i], lang, t + fe, next - fe,
                              &rep, &rn, &consumed);
        if (rc) {
          gz_cli_error("de-identification failed: %s", gizli_strerror(rc));
          exit(rc == GIZLI_E_KEY ? GZ_EXIT_KEY : GZ_EXIT_INTERNAL);
        }
      } else {
        rep = simple_replacement(c, t + fs, fe - fs, f[i].type, &rn);
      }
      if (jbuf_put(&w->val, rep, rn)) exit(GZ_EXIT_INTERNAL);
      at = fe + consumed;
    }
    /* a finding that ran on past this value starts again in no other field */
    if (!redact || !hits) continue;
    if (jbuf_put(&w->val, t + at, fd->val_len - at) ||
        jbuf_put(&j->out, raw + copied, fd->raw_start - copied))
      exit(GZ_EXIT_INTERNAL);
    csv_put_field(&j->out, w->val.p, w->val.n, fd->quoted, in->delim);
    copied = fd->raw_end;
  }
  if (redact && jbuf_put(&j->out, raw + copied, j->raw.n - copied)) exit(GZ_EXIT_INTERNAL);
}

/* Parses the record raw[0..n), which starts on line line_no of the input
 * shown; on a fault reports it with the file, line and column and returns
 * -1. */
static int csv_parse_or_report(const char *raw, size_t n, char delim, csv_record *into,
                               const char *shown, unsigned long long line_no) {
  char msg[200];
  size_t line, col;
  if (csv_parse(raw, n, delim, into, msg, sizeof msg, &line, &col) == 0) return 0;
  if (!line) exit(GZ_EXIT_INTERNAL);
  gz_cli_error("%s:%llu:%zu: malformed CSV record: %s", shown, line_no + line - 1, col, msg);
  return -1;
}

/* The records of one batch shared out among the workers (stride). */
typedef struct csv_batch_worker {
  const opts *o;
  const gizli_engine *e;
  gizli_scratch *s;
  text_ctx *c;
  const csv_input *in;
  csv_work w;
  csv_job *jobs;
  size_t n, first, step;
  int redact;
} csv_batch_worker;

static void *csv_work_batch(void *arg) {
  csv_batch_worker *b = arg;
  for (size_t i = b->first; i < b->n; i += b->step)
    csv_do_record(b->o, b->c, b->e, b->s, b->in, &b->w, &b->jobs[i], b->redact);
  return NULL;
}

/* Streams one CSV input with the workers ws[0..nw) (their scratch and
 * text_ctx). Returns 1 when a record was malformed (processing of that
 * input stops there: the records before it are written, nothing after it),
 * else 0. */
static int run_csv(const opts *o, worker *ws, int nw, const char *name, text_ctx *c, int redact) {
  FILE *f = open_input(name);
  csv_input in;
  memset(&in, 0, sizeof in);
  in.delim = o->delim;
  in.shown = strcmp(name, "-") == 0 ? "<stdin>" : name;
  csv_job *jobs = calloc(GZ_BATCH_LINES, sizeof *jobs);
  csv_batch_worker *bw = calloc((size_t)nw, sizeof *bw);
  if (!jobs || !bw) exit(GZ_EXIT_INTERNAL);
  for (int t = 0; t < nw; t++) {
    ws[t].c.name = in.shown;
    bw[t].o = o;
    bw[t].e = ws[t].e;
    bw[t].s = ws[t].s;
    bw[t].c = &ws[t].c;
    bw[t].in = &in;
    bw[t].jobs = jobs;
    bw[t].redact = redact;
  }
  char *line = NULL;
  size_t line_cap = 0;
  progress pr;
  progress_start(&pr, o, in.shown, f);
  unsigned long long row = 0, next_line = 1;
  int bad = 0, eof = 0;
  while (!eof && !bad) {
    size_t n = 0, bytes = 0;
    while (n < GZ_BATCH_LINES && bytes < GZ_BATCH_BYTES) {
      csv_job *j = &jobs[n];
      unsigned long long lines = csv_read_record(&in, &j->raw, &line, &line_cap, f, &pr);
      if (!lines) {
        eof = 1;
        break;
      }
      j->row = ++row;
      j->line_no = next_line;
      next_line += lines;
      /* a UTF-8 byte order mark is kept in the output, not read as data */
      if (row == 1 && j->raw.n >= 3 && memcmp(j->raw.p, "\xEF\xBB\xBF", 3) == 0) {
        memmove(j->raw.p, j->raw.p + 3, j->raw.n - 3);
        j->raw.n -= 3;
        if (redact && out_write("\xEF\xBB\xBF", 3)) write_failed();
      }
      int header = row == 1 && !o->no_header;
      if (csv_parse_or_report(j->raw.p, j->raw.n, in.delim, header ? &in.head : &j->rec, in.shown,
                              j->line_no)) {
        bad = 1; /* the records read before it are still written */
        break;
      }
      if (header) { /* written as it was; never scanned */
        in.have_head = 1;
        if (redact && out_write(j->raw.p, j->raw.n)) write_failed();
        continue;
      }
      bytes += j->raw.n;
      n++;
    }
    if (ferror(f)) {
      gz_cli_error("cannot read '%s': %s", in.shown, strerror(errno));
      exit(GZ_EXIT_INPUT);
    }
    pthread_t tid[64];
    int running[64] = {0};
    for (int t = 0; t < nw; t++) {
      bw[t].n = n;
      bw[t].first = (size_t)t;
      bw[t].step = (size_t)nw;
    }
    /* workers 1..nw-1 in threads (or here, if a thread cannot start) */
    for (int t = 1; t < nw; t++)
      if (n < 2 || !(running[t] = pthread_create(&tid[t], NULL, csv_work_batch, &bw[t]) == 0))
        csv_work_batch(&bw[t]);
    csv_work_batch(&bw[0]);
    for (int t = 1; t < nw; t++)
      if (running[t]) pthread_join(tid[t], NULL);
    for (size_t i = 0; i < n; i++)
      if (out_write(jobs[i].out.p, jobs[i].out.n)) write_failed();
  }
  progress_end(&pr);
  for (int t = 0; t < nw; t++) csv_work_free(&bw[t].w);
  for (size_t i = 0; i < GZ_BATCH_LINES; i++) {
    jbuf_free(&jobs[i].raw);
    csv_record_free(&jobs[i].rec);
    jbuf_free(&jobs[i].out);
  }
  free(jobs);
  free(bw);
  free(line);
  csv_record_free(&in.head);
  for (int t = 0; t < nw; t++) {
    c->findings += ws[t].c.findings;
    ws[t].c.findings = 0;
    for (int k = 0; k < GIZLI_T_COUNT; k++) {
      c->per_type[k] += ws[t].c.per_type[k];
      ws[t].c.per_type[k] = 0;
    }
  }
  close_input(f);
  return bad;
}

/* ------------------------------------------------------------ commands */
static gizli_deid *load_deid(const opts *o, const char *default_policy) {
  const char *policy = o->policy ? o->policy : default_policy;
  if (!policy) return NULL;
  gizli_deid *d = NULL;
  gizli_error err;
  memset(&err, 0, sizeof err);
  int rc = gizli_deid_create(policy, o->key, &d, &err);
  if (rc) {
    if (err.line)
      gz_cli_error("%s:%d:%d: %s", err.source, err.line, err.column, err.message);
    else
      gz_cli_error("%s%s%s (%s)", err.source, err.source[0] ? ": " : "", err.message,
                   gizli_strerror(rc));
    exit(rc == GIZLI_E_KEY || rc == GIZLI_E_AUTH ? GZ_EXIT_KEY : GZ_EXIT_POLICY);
  }
  return d;
}

static int cmd_scan_or_redact(int argc, char **argv, int redact) {
  opts o;
  parse_opts(argc, argv, &o, redact ? help_redact : help_scan);
  gizli_deid *deid = (redact || o.policy) ? load_deid(&o, NULL) : NULL;
  gizli_engine *e = build_engine(&o, deid);
  gizli_scratch *s = NULL;
  if (gizli_scratch_create(e, &s)) exit(GZ_EXIT_INTERNAL);
  text_ctx c;
  memset(&c, 0, sizeof c);
  c.o = &o;
  if (redact && deid) {
    c.deid = deid;
    if (gizli_deid_doc_create(deid, &c.doc)) exit(GZ_EXIT_INTERNAL);
  }
  int bad = 0;
  int nw = o.jsonl || o.csv ? o.threads : 1;
  worker *ws = calloc((size_t)nw, sizeof *ws);
  if (!ws) exit(GZ_EXIT_INTERNAL);
  for (int t = 0; t < nw && (o.jsonl || o.csv); t++) {
    ws[t].o = &o;
    ws[t].e = e;
    ws[t].fn = redact ? record_redact : record_scan;
    ws[t].c.o = &o;
    ws[t].c.deid = c.deid;
    if (t == 0) {
      ws[t].s = s;
    } else if (gizli_scratch_create(e, &ws[t].s)) {
      exit(GZ_EXIT_INTERNAL);
    }
    if (c.deid && gizli_deid_doc_create(c.deid, &ws[t].c.doc)) exit(GZ_EXIT_INTERNAL);
  }
  for (int i = 0; i < o.n_files; i++) {
    if (o.jsonl)
      bad += run_jsonl(&o, ws, nw, o.files[i], &c);
    else if (o.csv)
      bad += run_csv(&o, ws, nw, o.files[i], &c, redact);
    else
      run_text(&o, e, o.files[i], &c, redact ? redact_segment : scan_segment);
  }
  for (int t = 0; t < nw && (o.jsonl || o.csv); t++) {
    if (t > 0) gizli_scratch_free(ws[t].s);
    gizli_deid_doc_free(ws[t].c.doc);
    free(ws[t].c.repl);
  }
  free(ws);
  if (fflush(stdout)) write_failed();
  if (!redact && !o.jsonl && !o.json_out && isatty(STDOUT_FILENO)) { /* text and csv */
    fprintf(stderr, "%llu finding%s\n", c.findings, c.findings == 1 ? "" : "s");
  }
  jbuf_free(&c.pending);
  free(c.repl);
  gizli_deid_doc_free(c.doc);
  gizli_scratch_free(s);
  gizli_engine_free(e);
  gizli_deid_free(deid);
  free(o.files);
  free(o.allow);
  free(o.deny);
  if (bad) return GZ_EXIT_MALFORMED;
  if (!redact && o.fail_on_findings && c.findings) return GZ_EXIT_FINDINGS;
  return 0;
}

static int cmd_types(void) {
  for (int t = 1; t < GIZLI_T_COUNT; t++) printf("%s\n", gizli_type_name(t));
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(help_main, stderr);
    return GZ_EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
    fputs(help_main, stdout);
    return 0;
  }
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
    printf("gizli %s\n", gizli_version());
    return 0;
  }
  if (strcmp(cmd, "scan") == 0) return cmd_scan_or_redact(argc - 1, argv + 1, 0);
  if (strcmp(cmd, "redact") == 0) return cmd_scan_or_redact(argc - 1, argv + 1, 1);
  if (strcmp(cmd, "types") == 0) return cmd_types();
  if (strcmp(cmd, "reveal") == 0) return gz_cmd_reveal(argc - 1, argv + 1, help_reveal);
  if (strcmp(cmd, "keygen") == 0) return gizli_cmd_keygen(argc - 1, argv + 1);
  if (strcmp(cmd, "audit") == 0) return gizli_cmd_audit(argc - 1, argv + 1);
  fprintf(stderr, "%s: unknown command '%s'\n\n%s", prog, cmd, help_main);
  return GZ_EXIT_USAGE;
}

/* ------------------------------------------------------------ reveal */
/* Overwrites memory that held revealed plaintext before it is freed. */
static void gz_cli_wipe(void *p, size_t n) {
  volatile unsigned char *v = p;
  while (n--) *v++ = 0;
}

static int reveal_exit(int rc) {
  if (rc == GIZLI_E_AUTH || rc == GIZLI_E_INVALID) return GZ_EXIT_REVEAL;
  if (rc == GIZLI_E_KEY) return GZ_EXIT_KEY;
  return GZ_EXIT_INTERNAL;
}

/* Reveal of a CSV input held in memory: each field's value is revealed on
 * its own and written back (quoted when it was, or when the revealed value
 * needs it); the header record and every byte between fields are copied.
 * Returns 0 or an exit code. */
static int csv_reveal(const opts *o, const gizli_deid *deid, gizli_deid_doc *doc,
                      const gizli_engine *e, gizli_scratch *s, const char *shown, const char *data,
                      size_t len, jbuf *out, gizli_reveal_stats *total) {
  csv_record rec;
  memset(&rec, 0, sizeof rec);
  char delim = o->delim ? o->delim : csv_guess_delim(data, len);
  size_t pos = 0;
  unsigned long long row = 0, line_no = 1;
  int code = 0;
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
    jbuf_put(out, data, 3);
    pos = 3;
  }
  while (pos < len && !code) {
    csv_state st = CSV_STATE_INIT;
    size_t used;
    csv_feed(&st, data + pos, len - pos, delim, &used);
    const char *raw = data + pos;
    row++;
    if (csv_parse_or_report(raw, used, delim, &rec, shown, line_no)) {
      code = GZ_EXIT_MALFORMED;
      break;
    }
    for (size_t i = 0; i < used; i++) line_no += raw[i] == '\n';
    size_t copied = 0;
    if (row > 1 || o->no_header) {
      int lang = o->lang == GIZLI_LANG_AUTO ? gizli_detect_lang(raw, rec.body_end) : o->lang;
      gizli_deid_doc_reset(doc);
      for (size_t k = 0; k < rec.n && !code; k++) {
        const csv_field *fd = &rec.f[k];
        const char *v = rec.vals.p + fd->val_start, *r;
        size_t rn;
        gizli_reveal_stats rs;
        memset(&rs, 0, sizeof rs);
        int rc = gizli_reveal(deid, doc, e, s, v, fd->val_len, lang, &r, &rn, &rs);
        if (rc) {
          gz_cli_error("%s:%llu: field %zu: cannot reveal: %s", shown, row, k + 1,
                       gizli_strerror(rc));
          code = reveal_exit(rc);
          break;
        }
        for (int t = 0; t < GIZLI_T_COUNT; t++) total->restored[t] += rs.restored[t];
        total->restored_total += rs.restored_total;
        total->irreversible += rs.irreversible;
        if (rn == fd->val_len && memcmp(r, v, rn) == 0) continue;
        jbuf_put(out, raw + copied, fd->raw_start - copied);
        csv_put_field(out, r, rn, fd->quoted, delim);
        copied = fd->raw_end;
      }
    }
    jbuf_put(out, raw + copied, used - copied);
    pos += used;
  }
  csv_record_free(&rec);
  return code;
}

static char *read_all(const char *name, size_t *len) {
  FILE *f = open_input(name);
  jbuf b = {0};
  char tmp[1 << 16];
  size_t n;
  while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
    if (jbuf_put(&b, tmp, n)) exit(GZ_EXIT_INTERNAL);
  if (ferror(f)) {
    gz_cli_error("cannot read '%s': %s", name, strerror(errno));
    exit(GZ_EXIT_INPUT);
  }
  close_input(f);
  if (!b.p && jbuf_put(&b, "", 0)) exit(GZ_EXIT_INTERNAL);
  *len = b.n;
  return b.p;
}

/* Reveal restores reversible values. The whole output is prepared first and
 * the audit record is written before any plaintext leaves the process: if
 * the audit log cannot be written, nothing is revealed. */
int gz_cmd_reveal(int argc, char **argv, const char *help) {
  opts o;
  parse_opts(argc, argv, &o, help);
  gizli_deid *deid = load_deid(&o, "reversible");
  gizli_engine *e = NULL;
  gizli_scratch *s = NULL;
  gizli_deid_doc *doc = NULL;
  jbuf out = {0};
  char *data = NULL;
  int exit_code = 0;
  gizli_reveal_stats total;
  memset(&total, 0, sizeof total);
  if (!gizli_deid_key_id(deid)) {
    gz_cli_error("reveal needs a key: --key FILE or GIZLI_KEY_FILE");
    exit_code = GZ_EXIT_KEY;
    goto out;
  }
  e = build_engine(&o, deid);
  if (gizli_scratch_create(e, &s) || gizli_deid_doc_create(deid, &doc)) {
    exit_code = GZ_EXIT_INTERNAL;
    goto out;
  }
  for (int i = 0; i < o.n_files && !exit_code; i++) {
    size_t len;
    data = read_all(o.files[i], &len);
    const char *shown = strcmp(o.files[i], "-") == 0 ? "<stdin>" : o.files[i];
    size_t pos = 0;
    unsigned long long lineno = 0;
    if (o.csv) {
      exit_code = csv_reveal(&o, deid, doc, e, s, shown, data, len, &out, &total);
      pos = len; /* the loop below is for text and jsonl */
    }
    while (!exit_code && !o.csv && (pos < len || (pos == 0 && len == 0))) {
      /* text: the whole input is one document; jsonl: one line at a time */
      size_t end = len, next = len;
      if (o.jsonl) {
        char *nl = memchr(data + pos, '\n', len - pos);
        if (nl) {
          end = (size_t)(nl - data);
          next = end + 1;
        }
        lineno++;
      }
      const char *r;
      size_t rn;
      gizli_reveal_stats st;
      memset(&st, 0, sizeof st);
      gizli_deid_doc_reset(doc);
      if (!o.jsonl) {
        int rc = gizli_reveal(deid, doc, e, s, data, len, o.lang, &r, &rn, &st);
        if (rc) {
          gz_cli_error("%s: cannot reveal: %s", shown, gizli_strerror(rc));
          exit_code = reveal_exit(rc);
          break;
        }
        jbuf_put(&out, r, rn);
      } else {
        const char *line = data + pos;
        size_t n = end - pos;
        if (jsonl_blank(line, n)) {
          jbuf_put(&out, line, next - pos);
          pos = next;
          continue;
        }
        jsonl_record rec;
        char msg[200];
        size_t col;
        if (jsonl_parse(line, n, &rec, msg, sizeof msg, &col)) {
          jsonl_record_free(&rec);
          malformed_record(shown, lineno, col, msg);
          exit_code = GZ_EXIT_MALFORMED;
          break;
        }
        int rc = gizli_reveal(deid, doc, e, s, rec.text, rec.len, o.lang, &r, &rn, &st);
        if (rc) {
          jsonl_record_free(&rec);
          gz_cli_error("%s:%llu: cannot reveal: %s", shown, lineno, gizli_strerror(rc));
          exit_code = reveal_exit(rc);
          break;
        }
        jsonl_splice_text(&out, line, &rec, r, rn);
        jbuf_put(&out, line + rec.text_end, (next - pos) - rec.text_end);
        jsonl_record_free(&rec);
      }
      for (int t = 0; t < GIZLI_T_COUNT; t++) total.restored[t] += st.restored[t];
      total.restored_total += st.restored_total;
      total.irreversible += st.irreversible;
      pos = next;
      if (len == 0) break;
    }
    free(data);
    data = NULL;
  }
  if (exit_code) goto out;
  gizli_audit_event ev;
  gizli_error err;
  memset(&err, 0, sizeof err);
  if (gizli_deid_doc_audit_event(doc, &ev)) {
    exit_code = GZ_EXIT_INTERNAL;
    goto out;
  }
  ev.actor = getenv("USER");
  int rc = gizli_audit_append(o.audit_log, deid, &ev, &err);
  if (rc) {
    gz_cli_error("%s: cannot write the audit record, nothing revealed: %s (%s)", o.audit_log,
                 err.message, gizli_strerror(rc));
    exit_code = GZ_EXIT_AUDIT;
    goto out;
  }
  if (out_write(out.p, out.n) || fflush(stdout)) write_failed();
  fprintf(stderr, "%s: revealed %zu value%s", prog, total.restored_total,
          total.restored_total == 1 ? "" : "s");
  if (total.irreversible)
    fprintf(stderr, "; %zu irreversible placeholder%s left as they are", total.irreversible,
            total.irreversible == 1 ? "" : "s");
  fprintf(stderr, "; audit record appended to %s\n", o.audit_log);
out:
  /* plaintext held for output is wiped, like the keys inside deid */
  if (out.p) gz_cli_wipe(out.p, out.cap);
  jbuf_free(&out);
  free(data);
  gizli_deid_doc_free(doc);
  gizli_scratch_free(s);
  gizli_engine_free(e);
  gizli_deid_free(deid);
  free(o.files);
  free(o.allow);
  free(o.deny);
  return exit_code;
}
