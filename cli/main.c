/*
 * xrun's entry point: parse options, load the guest program, run it.
 */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "binfmt/start.h"
#include "cli/options.h"
#include "loader/loader.h"
#include "native-bypass/bypass.h"
#include "syscalls/exec.h"
#include "syscalls/syscalls.h"
#include "translator/stats.h"
#include "translator/translator.h"
#include "util/guestmem.h"
#include "util/util.h"

#define GUEST_SPACE_SIZE (1ull << 40)
#define GUEST_SPACE_MIN (1ull << 32)

extern char **environ;

static void setup_logging(const XrunOptions *o)
{
    if (o->log_file && o->no_env_options) {
        /* started by a guest exec: the log goes on where the old image left it */
        FILE *f = fopen(o->log_file, "a");
        if (!f)
            xrun_fatal(XRUN_EXIT_USAGE, "cannot open log file '%s'", o->log_file);
        setvbuf(f, NULL, _IOLBF, 0);
        log_file = f;
    } else if (o->log_file && !log_set_file(o->log_file)) {
        xrun_fatal(XRUN_EXIT_USAGE, "cannot open log file '%s'", o->log_file);
    }
    if (log_file) {
        /* forked and exec'd images share the log: every line goes to its end;
         * and xrun's own fds must not leak into a program the guest execs */
        int fd = fileno(log_file);
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_APPEND);
        fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    if (o->log_items) {
        char bad[64];
        if (!log_parse_items(o->log_items, &log_mask, bad, sizeof(bad)))
            xrun_fatal(XRUN_EXIT_USAGE, "unknown log item '%s' (-d help lists them)", bad);
    }
    if (o->strace)
        log_mask |= LOG_STRACE;
}

static void setup_translator(const XrunOptions *o)
{
    if (o->backend) {
        tr_opts.backend = backend_by_name(o->backend);
        if (!tr_opts.backend)
            xrun_fatal(XRUN_EXIT_USAGE, "unknown backend '%s' (available: jit, interp)", o->backend);
    }
    if (o->one_insn_per_tb)
        tr_opts.max_insns = 1;
    if (log_enabled(LOG_NOCHAIN))
        tr_opts.nochain = true;
    tr_opts.count_insns = o->count_insns;
    tr_stats.on = log_enabled(LOG_STATS);
    if (o->perfmap) {
        char path[64];
        snprintf(path, sizeof(path), "/tmp/perf-%d.map", (int)getpid());
        tr_opts.perfmap = fopen(path, "we");
        if (!tr_opts.perfmap)
            xrun_warn("cannot write %s: no perf map", path);
        else
            setvbuf(tr_opts.perfmap, NULL, _IOLBF, 0);
    }
}

int main(int argc, char **argv)
{
    XrunOptions o;
    BinfmtStart bf;
    binfmt_start(&argc, argv, &bf);
    if (bf.binfmt) {
        /* the kernel's `xrun FILE ARGS...`: no xrun options but XRUN_* */
        options_from_env(&o, 1, bf.secure);
        o.execfd = bf.execfd;
        if (bf.argv0)
            o.argv0 = bf.argv0;
    } else {
        options_parse(argc, argv, &o);
    }
    exec_init(options_to_argv(&o));
    setup_logging(&o);
    setup_translator(&o);

    /* -execfd or binfmt_misc's AT_EXECFD: the file is the open fd (read
     * through it, so /proc is not needed), argv names it */
    char fdpath[32];
    const char *path = argv[o.prog_index];
    snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", o.execfd);
    const GuestArch *arch;
    int st = loader_probe(path, o.sysroot, o.execfd, &arch);
    if (st)
        return st;
    binfmt_set_machine(arch->elf_machine);

    /* 1 TiB when the host allows it; under an address-space limit (ulimit -v,
     * valgrind) a smaller space still runs most programs */
    uint64_t space = GUEST_SPACE_SIZE;
    while (!gm_init(space)) {
        if (space <= GUEST_SPACE_MIN)
            xrun_fatal(XRUN_EXIT_NOMEM, "cannot reserve even %llu GiB of address space for the guest",
                       (unsigned long long)(GUEST_SPACE_MIN >> 30));
        space /= 2;
    }
    code_cache_init(o.tb_size);
    /* self-modifying code: pages with translated code are write-protected */
    tr_opts.protect_code_page = gm_code_page_add;
    tr_opts.code_write_fault = gm_code_write_fault;
    tr_opts.code_page_live = gm_code_page_live;
    gm_set_invalidate_hook(cpu_flush_translations);
    arch->init();
    bypass_init(arch);
    sys_init();
    exec_inherit_signals();

    char **gargv = &argv[o.prog_index];
    if (o.argv0) {
        int n = argc - o.prog_index;
        gargv = malloc((size_t)(n + 1) * sizeof(char *));
        memcpy(gargv, &argv[o.prog_index], (size_t)(n + 1) * sizeof(char *));
        gargv[0] = (char *)o.argv0;
    }
    char **genv = options_guest_env(&o, environ);
    LoaderParams p = {
        .path = path,
        .sysroot = o.sysroot,
        .argv = gargv,
        .envp = genv,
        .stack_size = o.stack_size,
        .execfd = o.execfd,
        .secure = bf.secure,
    };
    st = loader_load(&p, &loader_info);
    /* argv and envp now live on the guest stack */
    free(genv);
    if (gargv != &argv[o.prog_index])
        free(gargv);
    if (st)
        return st;
    bypass_on_exec(loader_info.exe_path, loader_info.load_bias);
    if (o.execfd >= 0) {
        /* /proc/self/exe names the file, as it would natively */
        ssize_t n = readlink(fdpath, loader_info.exe_path, sizeof(loader_info.exe_path) - 1);
        if (n > 0)
            loader_info.exe_path[n] = '\0';
        close(o.execfd);
    }

    GuestCPU *cpu = cpu_create(arch, gm_base, gm_limit);
    arch->set_entry(cpu, loader_info.entry, loader_info.sp);
    cpu_install_fault_handlers();
    cpu_loop(cpu);
}
