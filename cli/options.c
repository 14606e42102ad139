/*
 * Option parsing for xrun.  The table below is the single list of options:
 * it drives parsing, the environment twins and --help.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/options.h"
#include "native-bypass/bypass.h"
#include "util/util.h"

typedef enum { OPT_HELP, OPT_VERSION, OPT_L, OPT_E, OPT_U, OPT_0, OPT_S, OPT_D, OPT_DFILE,
               OPT_STRACE, OPT_BACKEND, OPT_ONE_INSN, OPT_TB_SIZE, OPT_PERFMAP, OPT_EXECFD,
               OPT_NO_ENV, OPT_COUNT_INSNS, OPT_BYPASS } OptId;

typedef struct OptDef {
    const char *name;       /* without the leading dash; "--name" also accepted */
    OptId id;
    bool has_arg;
    const char *env;        /* environment twin, or NULL */
    const char *arg_name;
    const char *help;
} OptDef;

static const OptDef opt_defs[] = {
    { "h", OPT_HELP, false, NULL, NULL, "print this help and exit" },
    { "help", OPT_HELP, false, NULL, NULL, "print this help and exit" },
    { "version", OPT_VERSION, false, NULL, NULL, "print the version and exit" },
    { "L", OPT_L, true, "XRUN_LD_PREFIX", "path", "guest sysroot: the ELF interpreter and absolute guest paths are looked up there first" },
    { "E", OPT_E, true, "XRUN_SET_ENV", "var=value[,...]", "set variables in the guest environment" },
    { "U", OPT_U, true, "XRUN_UNSET_ENV", "var[,...]", "remove variables from the guest environment" },
    { "0", OPT_0, true, "XRUN_ARGV0", "argv0", "argv[0] the guest sees (default: the program path)" },
    { "s", OPT_S, true, "XRUN_STACK_SIZE", "size", "guest stack size, with k/M/G suffix (default 8M)" },
    { "d", OPT_D, true, "XRUN_LOG", "item[,...]", "enable logging of the given items (-d help lists them)" },
    { "D", OPT_DFILE, true, "XRUN_LOG_FILENAME", "logfile", "write logs to logfile instead of stderr" },
    { "strace", OPT_STRACE, false, "XRUN_STRACE", NULL, "log the guest's system calls" },
    { "backend", OPT_BACKEND, true, "XRUN_BACKEND", "name", "code generator: jit (x86_64, default) or interp (portable IR interpreter)" },
    { "one-insn-per-tb", OPT_ONE_INSN, false, "XRUN_ONE_INSN_PER_TB", NULL, "translate one guest instruction per block" },
    { "perfmap", OPT_PERFMAP, false, "XRUN_PERFMAP", NULL, "write /tmp/perf-PID.map so perf(1) can name translated code by guest address" },
    { "execfd", OPT_EXECFD, true, NULL, "fd", "load the program from this open fd (closed before the guest runs); the program argument is its name" },
    { "no-env-options", OPT_NO_ENV, false, NULL, NULL, "ignore the XRUN_* environment twins (what a guest execve passes to the new xrun)" },
    { "count-insns", OPT_COUNT_INSNS, false, "XRUN_COUNT_INSNS", NULL, "count executed guest instructions (printed by -d stats; blocks end at every branch)" },
    { "native-bypass", OPT_BYPASS, true, "XRUN_NATIVE_BYPASS", "on|off|fn,...", "run the guest's hot libc routines (memcpy, strlen, ...) as host code (default on; on = every function whose results are exact for the guest)" },
    { "tb-size", OPT_TB_SIZE, true, "XRUN_TB_SIZE", "size", "code cache size, with k/M/G suffix (default 128M; when full it is flushed)" },
};
#define NOPTS (sizeof(opt_defs) / sizeof(opt_defs[0]))

static void usage(FILE *f)
{
    fprintf(f, "usage: xrun [options] program [arguments...]\n"
               "Runs a riscv64 Linux program on this host.\n\nOptions:\n");
    for (size_t i = 0; i < NOPTS; i++) {
        const OptDef *d = &opt_defs[i];
        if (d->id == OPT_HELP && strcmp(d->name, "h") == 0)
            continue;
        char left[64];
        snprintf(left, sizeof(left), "-%s%s%s", d->name, d->arg_name ? " " : "",
                 d->arg_name ? d->arg_name : "");
        fprintf(f, "  %-26s %s", left, d->help);
        if (d->env)
            fprintf(f, " [%s]", d->env);
        fputc('\n', f);
    }
    fprintf(f, "\nThe environment twin of each option (in brackets) is read when the option is\n"
               "not given; a flag twin is on when set to anything but 0 or empty.\n");
}

static void list_log_items(void)
{
    printf("Log items (-d item,item,...):\n");
    for (const LogItem *it = log_items; it->name; it++)
        printf("  %-14s %s\n", it->name, it->help);
    printf("  %-14s %s\n", "all", "everything but nochain");
}

static uint64_t parse_size(const char *s, uint64_t min, uint64_t max, const char *what)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s)
        xrun_fatal(XRUN_EXIT_USAGE, "invalid size '%s'", s);
    switch (*end) {
    case 'k': case 'K': v <<= 10; end++; break;
    case 'm': case 'M': v <<= 20; end++; break;
    case 'g': case 'G': v <<= 30; end++; break;
    default: break;
    }
    if (*end || v < min || v > max)
        xrun_fatal(XRUN_EXIT_USAGE, "invalid %s '%s' (%lluk to %lluM)", what, s,
                   (unsigned long long)(min >> 10), (unsigned long long)(max >> 20));
    return v;
}

/* Append the comma-separated items of s to a NULL-terminated list. */
static char **append_list(char **list, const char *s)
{
    size_t n = 0;
    while (list && list[n])
        n++;
    char *copy = strdup(s);
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
        list = realloc(list, (n + 2) * sizeof(char *));
        list[n++] = strdup(tok);
        list[n] = NULL;
    }
    free(copy);
    return list;
}

static void apply(XrunOptions *o, OptId id, const char *arg)
{
    switch (id) {
    case OPT_HELP: usage(stdout); exit(0);
    case OPT_VERSION:
        printf("xrun version " XRUN_VERSION "\nguests: riscv64\n");
        exit(0);
    case OPT_L: o->sysroot = arg; break;
    case OPT_E:
        for (const char *p = arg; *p; p += strcspn(p, ","), p += *p == ',') {
            size_t n = strcspn(p, ",");
            if (!memchr(p, '=', n))
                xrun_fatal(XRUN_EXIT_USAGE, "-E wants var=value, got '%.*s'", (int)n, p);
        }
        o->set_env = append_list(o->set_env, arg);
        break;
    case OPT_U: o->unset_env = append_list(o->unset_env, arg); break;
    case OPT_0: o->argv0 = arg; break;
    case OPT_S: o->stack_size = parse_size(arg, 64 << 10, 1ull << 34, "stack size"); break;
    case OPT_TB_SIZE: o->tb_size = parse_size(arg, 64 << 10, 1ull << 31, "code cache size"); break;
    case OPT_D:
        if (strcmp(arg, "help") == 0) {
            list_log_items();
            exit(0);
        }
        o->log_items = arg;
        break;
    case OPT_DFILE: o->log_file = arg; break;
    case OPT_STRACE: o->strace = true; break;
    case OPT_BACKEND: o->backend = arg; break;
    case OPT_ONE_INSN: o->one_insn_per_tb = true; break;
    case OPT_PERFMAP: o->perfmap = true; break;
    case OPT_EXECFD: {
        char *end;
        long fd = strtol(arg, &end, 10);
        if (*end || end == arg || fd < 0 || fd > 1 << 30)
            xrun_fatal(XRUN_EXIT_USAGE, "invalid fd '%s'", arg);
        o->execfd = (int)fd;
        break;
    }
    case OPT_COUNT_INSNS: o->count_insns = true; break;
    case OPT_NO_ENV: o->no_env_options = true; break;
    case OPT_BYPASS: {
        char err[1024];
        if (!bypass_configure(arg, err, sizeof(err)))
            xrun_fatal(XRUN_EXIT_USAGE, "--native-bypass: %s", err);
        break;
    }
    }
}

/* Options not handed on to an exec'd xrun (see options_to_argv). */
static bool passed_on(OptId id)
{
    return id != OPT_E && id != OPT_U && id != OPT_0 && id != OPT_EXECFD && id != OPT_NO_ENV &&
           id != OPT_HELP && id != OPT_VERSION;
}

static void record(XrunOptions *o, const OptDef *d, const char *arg)
{
    if (!passed_on(d->id))
        return;
    size_t n = 0;
    while (o->applied && o->applied[n])
        n++;
    o->applied = realloc(o->applied, (n + 3) * sizeof(char *));
    char *name = malloc(strlen(d->name) + 2);
    name[0] = '-';
    strcpy(name + 1, d->name);
    o->applied[n++] = name;
    if (d->has_arg)
        o->applied[n++] = strdup(arg);
    o->applied[n] = NULL;
}

char **options_to_argv(const XrunOptions *o)
{
    size_t n = 0;
    while (o->applied && o->applied[n])
        n++;
    char **v = malloc((n + 2) * sizeof(char *));
    for (size_t i = 0; i < n; i++)
        v[i] = o->applied[i];
    v[n] = "-no-env-options";
    v[n + 1] = NULL;
    return v;
}

static bool env_flag(const char *v) { return v && *v && strcmp(v, "0") != 0; }

static void defaults(XrunOptions *o)
{
    memset(o, 0, sizeof(*o));
    o->stack_size = 8ull << 20;
    o->tb_size = 128ull << 20;
    o->execfd = -1;
}

static void env_twins(XrunOptions *o, const bool *seen);

void options_parse(int argc, char **argv, XrunOptions *o)
{
    defaults(o);
    bool seen[NOPTS] = { false };

    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0')
            break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        const char *name = a + 1 + (a[1] == '-');
        /* -name=value is -name value */
        const char *eq = strchr(name, '=');
        size_t nlen = eq ? (size_t)(eq - name) : strlen(name);
        size_t k = 0;
        while (k < NOPTS && (strncmp(opt_defs[k].name, name, nlen) != 0 || opt_defs[k].name[nlen]))
            k++;
        if (k == NOPTS || (eq && !opt_defs[k].has_arg))
            xrun_fatal(XRUN_EXIT_USAGE, "unknown option '%s' (try 'xrun -help')", a);
        const char *arg = eq ? eq + 1 : NULL;
        if (opt_defs[k].has_arg && !eq) {
            if (i + 1 >= argc)
                xrun_fatal(XRUN_EXIT_USAGE, "option '%s' needs an argument", a);
            arg = argv[++i];
        }
        seen[k] = true;
        apply(o, opt_defs[k].id, arg);
        record(o, &opt_defs[k], arg);
    }
    env_twins(o, seen);
    if (i >= argc) {
        usage(stderr);
        exit(XRUN_EXIT_USAGE);
    }
    o->prog_index = i;
}

void options_from_env(XrunOptions *o, int prog_index, bool secure)
{
    bool seen[NOPTS] = { false };
    defaults(o);
    /* a setuid guest (binfmt_misc C flag) must not be steered by its caller */
    o->no_env_options = secure;
    env_twins(o, seen);
    o->prog_index = prog_index;
}

/* Environment twins of options not given on the command line. */
static void env_twins(XrunOptions *o, const bool *seen)
{
    for (size_t k = 0; k < NOPTS && !o->no_env_options; k++) {
        const OptDef *d = &opt_defs[k];
        if (!d->env)
            continue;
        bool given = false;
        for (size_t j = 0; j < NOPTS; j++)
            given |= seen[j] && opt_defs[j].id == d->id;
        const char *v = getenv(d->env);
        if (given || !v)
            continue;
        if (d->has_arg) {
            if (*v) {
                apply(o, d->id, v);
                record(o, d, v);
            }
        } else if (env_flag(v)) {
            apply(o, d->id, NULL);
            record(o, d, NULL);
        }
    }
}

static bool name_matches(const char *entry, const char *name)
{
    size_t n = strcspn(name, "=");
    return strncmp(entry, name, n) == 0 && entry[n] == '=';
}

char **options_guest_env(const XrunOptions *o, char **envp)
{
    size_t n = 0, cap = 16;
    char **env = malloc(cap * sizeof(char *));
    for (char **e = envp; *e; e++) {
        bool drop = false;
        for (char **u = o->unset_env; u && *u && !drop; u++)
            drop = name_matches(*e, *u);
        for (char **s = o->set_env; s && *s && !drop; s++)
            drop = name_matches(*e, *s);
        if (drop)
            continue;
        if (n + 2 > cap)
            env = realloc(env, (cap *= 2) * sizeof(char *));
        env[n++] = *e;
    }
    for (char **s = o->set_env; s && *s; s++) {
        if (n + 2 > cap)
            env = realloc(env, (cap *= 2) * sizeof(char *));
        env[n++] = *s;
    }
    env[n] = NULL;
    return env;
}
