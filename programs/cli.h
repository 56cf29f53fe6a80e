/* cli.h - what the CLI's source files share: exit codes (documented in
 * docs/EXITCODES.md) and the subcommand entry points. */
#ifndef GIZLI_CLI_H
#define GIZLI_CLI_H

enum {
  GZ_EXIT_OK = 0,
  GZ_EXIT_FINDINGS = 1,  /* scan --fail-on-findings found something */
  GZ_EXIT_USAGE = 2,     /* bad command line */
  GZ_EXIT_INPUT = 3,     /* cannot open or read an input */
  GZ_EXIT_MALFORMED = 4, /* malformed input record (JSONL) */
  GZ_EXIT_OUTPUT = 5,    /* cannot write the output */
  GZ_EXIT_POLICY = 6,    /* invalid policy / detector compilation */
  GZ_EXIT_KEY = 7,       /* key missing or invalid */
  GZ_EXIT_REVEAL = 8,    /* reveal failed: wrong key or tampered token */
  GZ_EXIT_AUDIT = 9,     /* audit log verification failed */
  GZ_EXIT_INTERNAL = 10, /* out of memory or internal error */
};

/* Prints "gizli: message" on stderr. */
void gz_cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

int gz_cmd_reveal(int argc, char **argv, const char *help);
int gizli_cmd_keygen(int argc, char **argv);
int gizli_cmd_audit(int argc, char **argv);
#endif
