/* cmd_deid.h - the de-identification subcommands of the CLI: `gizli keygen`
 * and `gizli audit`. Each takes argc/argv after the command name and returns
 * the process exit code (docs/EXITCODES.md). */
#ifndef GIZLI_CMD_DEID_H
#define GIZLI_CMD_DEID_H

int gizli_cmd_keygen(int argc, char **argv);
int gizli_cmd_audit(int argc, char **argv);

#endif
