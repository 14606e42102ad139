/*
 * Command-line and environment options of xrun, in the style of qemu-user:
 * `xrun [options] program [args...]`; option parsing stops at the program.
 * Every option has an XRUN_* environment twin (what binfmt_misc users set);
 * the command line wins over the environment.
 */
#ifndef XRUN_CLI_OPTIONS_H
#define XRUN_CLI_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>

typedef struct XrunOptions {
    const char *sysroot;        /* -L */
    const char *argv0;          /* -0 */
    uint64_t stack_size;        /* -s */
    uint64_t tb_size;           /* -tb-size: code cache bytes */
    const char *log_items;      /* -d */
    const char *log_file;       /* -D */
    const char *backend;        /* -backend */
    bool strace;                /* -strace */
    bool one_insn_per_tb;       /* -one-insn-per-tb */
    bool perfmap;               /* -perfmap */
    bool count_insns;           /* -count-insns */
    char **set_env;             /* -E, NULL-terminated */
    char **unset_env;           /* -U, NULL-terminated */
    int execfd;                 /* -execfd: load the program from this fd, or -1 */
    bool no_env_options;        /* -no-env-options: ignore the XRUN_* twins */
    int prog_index;             /* index in argv of the program */
    /* options as applied (command line and environment twins), for
     * options_to_argv: "-name" and "arg" pairs, NULL-terminated */
    char **applied;
} XrunOptions;

/* Parse; exits with a message on a usage error, or after --help/--version. */
void options_parse(int argc, char **argv, XrunOptions *o);

/*
 * Under binfmt_misc (binfmt/start.h): no command-line options, only the
 * XRUN_* twins, and none of them when `secure` (a setuid guest); the
 * program is argv[prog_index].
 */
void options_from_env(XrunOptions *o, int prog_index, bool secure);

/* Build the guest environment from envp with -E/-U applied (malloc'd). */
char **options_guest_env(const XrunOptions *o, char **envp);

/*
 * The options in force, as command-line arguments for another xrun that must
 * behave the same (a guest execve re-executes xrun): every applied option
 * but those that shaped the old guest's argv/environment (-0, -E, -U) and
 * -execfd, followed by -no-env-options, so the new xrun reads no XRUN_*
 * variable from the (guest's) environment.  NULL-terminated, malloc'd.
 */
char **options_to_argv(const XrunOptions *o);

#endif
