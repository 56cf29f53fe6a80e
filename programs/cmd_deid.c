/* cmd_deid.c - `gizli keygen` (create a key file or add a rotated key) and
 * `gizli audit` (verify the reveal audit log, export audit public keys).
 * Built on include/gizli.h only. Keys never appear on the command line or in
 * output: keygen writes them to a mode-0600 file and prints only the key id. */
#include <gizli.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmd_deid.h"

static const char *help_keygen =
    "Usage: gizli keygen [--id ID] [--add] FILE\n"
    "Create FILE (mode 0600) holding one new random 256-bit key with its id and\n"
    "creation time. With --add (or --rotate), append a new key to an existing\n"
    "FILE: the new key is used for new tokens, older keys still reveal.\n"
    "  --id ID     key id (1-32 of A-Z a-z 0-9 _ -; default k1, k2, ...)\n"
    "The key is never printed; only its id is.\n";

static const char *help_audit =
    "Usage: gizli audit verify [--key FILE | --pub FILE] [LOG]\n"
    "       gizli audit pubkey --key FILE --out PUBFILE\n"
    "verify: check every record of the reveal audit log LOG (default\n"
    "  gizli-audit.log): Ed25519 signature, sequence and hash chain. Names the\n"
    "  first edited, removed, inserted or reordered record. Exit 0 when intact,\n"
    "  9 when not. The key comes from --key, --pub or GIZLI_KEY_FILE.\n"
    "pubkey: write the audit public keys of a key file, so that a log can be\n"
    "  verified by someone who must not hold the secret key.\n";

static void print_err(const gizli_error *e, int rc) {
  if (e->line)
    gz_cli_error("%s:%d: %s", e->source, e->line, e->message);
  else
    gz_cli_error("%s%s%s (%s)", e->source, e->source[0] ? ": " : "", e->message,
                 gizli_strerror(rc));
}

static int exit_for(int rc) {
  switch (rc) {
  case GIZLI_OK: return GZ_EXIT_OK;
  case GIZLI_E_KEY: return GZ_EXIT_KEY;
  case GIZLI_E_IO: return GZ_EXIT_OUTPUT;
  case GIZLI_E_AUDIT: return GZ_EXIT_AUDIT;
  case GIZLI_E_INVALID: return GZ_EXIT_USAGE;
  default: return GZ_EXIT_INTERNAL;
  }
}

/* Returns the value of "--name value" / "--name=value" at argv[*i], or NULL. */
static const char *opt_value(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  if (strncmp(argv[*i], name, n) != 0) return NULL;
  if (argv[*i][n] == '=') return argv[*i] + n + 1;
  if (argv[*i][n] != 0) return NULL;
  if (*i + 1 >= argc) {
    gz_cli_error("%s needs a value", name);
    exit(GZ_EXIT_USAGE);
  }
  return argv[++*i];
}

int gizli_cmd_keygen(int argc, char **argv) {
  const char *id = NULL, *file = NULL;
  int add = 0;
  for (int i = 1; i < argc; i++) {
    const char *v;
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      fputs(help_keygen, stdout);
      return GZ_EXIT_OK;
    } else if (!strcmp(argv[i], "--add") || !strcmp(argv[i], "--rotate")) {
      add = 1;
    } else if ((v = opt_value(argc, argv, &i, "--id"))) {
      id = v;
    } else if (argv[i][0] == '-' && argv[i][1]) {
      gz_cli_error("unknown option '%s'\n%s", argv[i], help_keygen);
      return GZ_EXIT_USAGE;
    } else if (file) {
      gz_cli_error("one key file only\n%s", help_keygen);
      return GZ_EXIT_USAGE;
    } else {
      file = argv[i];
    }
  }
  if (!file) {
    gz_cli_error("missing key FILE\n%s", help_keygen);
    return GZ_EXIT_USAGE;
  }
  gizli_error err;
  memset(&err, 0, sizeof err);
  char made[64];
  int rc = gizli_keygen(file, id, add, made, &err);
  if (rc) {
    print_err(&err, rc);
    return exit_for(rc);
  }
  fprintf(stderr, "gizli: %s key '%s' in %s (mode 0600)\n", add ? "added" : "wrote", made,
          file);
  return GZ_EXIT_OK;
}

int gizli_cmd_audit(int argc, char **argv) {
  if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    fputs(help_audit, argc < 2 ? stderr : stdout);
    return argc < 2 ? GZ_EXIT_USAGE : GZ_EXIT_OK;
  }
  const char *sub = argv[1], *key = NULL, *out = NULL, *log = NULL;
  for (int i = 2; i < argc; i++) {
    const char *v;
    if ((v = opt_value(argc, argv, &i, "--key")) || (v = opt_value(argc, argv, &i, "--pub"))) {
      key = v;
    } else if ((v = opt_value(argc, argv, &i, "--out"))) {
      out = v;
    } else if (!strcmp(argv[i], "--help")) {
      fputs(help_audit, stdout);
      return GZ_EXIT_OK;
    } else if (argv[i][0] == '-' && argv[i][1]) {
      gz_cli_error("unknown option '%s'\n%s", argv[i], help_audit);
      return GZ_EXIT_USAGE;
    } else if (log) {
      gz_cli_error("one audit log only\n%s", help_audit);
      return GZ_EXIT_USAGE;
    } else {
      log = argv[i];
    }
  }
  gizli_error err;
  memset(&err, 0, sizeof err);
  if (!strcmp(sub, "verify")) {
    if (!key && !getenv("GIZLI_KEY_FILE")) {
      gz_cli_error("audit verify needs --key FILE, --pub FILE or GIZLI_KEY_FILE");
      return GZ_EXIT_KEY;
    }
    if (!log) log = "gizli-audit.log";
    int rc = gizli_audit_verify(log, key, &err);
    if (rc) {
      print_err(&err, rc);
      return exit_for(rc);
    }
    printf("%s: %s\n", log, err.message);
    return GZ_EXIT_OK;
  }
  if (!strcmp(sub, "pubkey")) {
    if (!out || log) {
      gz_cli_error("usage: gizli audit pubkey --key FILE --out PUBFILE");
      return GZ_EXIT_USAGE;
    }
    int rc = gizli_audit_pubkey(key, out, &err);
    if (rc) {
      print_err(&err, rc);
      return exit_for(rc);
    }
    fprintf(stderr, "gizli: wrote audit public keys to %s\n", out);
    return GZ_EXIT_OK;
  }
  gz_cli_error("unknown audit command '%s'\n%s", sub, help_audit);
  return GZ_EXIT_USAGE;
}
