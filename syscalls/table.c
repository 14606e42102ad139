/*
 * The syscall table of the generic ABI (asm-generic/unistd.h numbering,
 * shared by riscv64 and aarch64; 258/259 are riscv's arch-specific slots)
 * and the dispatcher.
 *
 * Every number 0..SYS_NR_MAX-1 has an entry: a name, a handler, and either
 * an argument-kind string (for -strace) or, when there is no handler, the
 * reason.  Unhandled numbers return -ENOSYS and are logged once each.
 *
 * Argument kinds, one character per argument in order:
 *   d  signed decimal (int, pid, signal, clock id)
 *   u  unsigned decimal (size, count)
 *   x  hexadecimal (flags, addresses that are not pointers to data, cmds)
 *   p  pointer to guest data (printed as an address)
 *   s  pointer to a NUL-terminated guest string (printed quoted)
 *   f  file descriptor (int; -100 is AT_FDCWD)
 *   o  octal (file modes)
 * and, decoded by -strace (strace.c):
 *   O  open flags (O_RDONLY|O_CREAT...)       P  mmap/mprotect prot
 *   M  mmap/mremap flags                      C  clone flags (and exit signal)
 *   W  AT_* flags                             S  signal number (SIGUSR1)
 *   H  sigprocmask how (SIG_BLOCK)
 *   G  struct sigaction read by the call      g  struct sigaction written by it
 *   Z  pointer to a guest sigset ([USR1 ...]) F  socket family (AF_INET)
 *   Y  socket type and flags                  A  sockaddr, length in the next argument
 *   b  data buffer, length in the next argument (shown quoted, truncated)
 *   r  buffer filled by the call, length = its result (read)
 *   T  struct stat filled by the call ({st_mode=S_IFREG|0644, st_size=...})
 *   V  execve argv (["prog", "arg"])          E  execve envp (0x... /\* N vars *\/)
 * The entries were produced from the kernel header's name list once and are
 * maintained by hand.
 */
#include "syscalls/internal.h"
#include "syscalls/exec.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct SyscallDef {
    const char *name;
    SysHandler fn;
    const char *args;      /* argument kinds (see above) */
    const char *why;       /* why there is no handler */
} SyscallDef;

static const SyscallDef sys_table[SYS_NR_MAX] = {
    [0] = { "io_setup", sys_io_setup, "up", NULL },
    [1] = { "io_destroy", sys_io_destroy, "x", NULL },
    [2] = { "io_submit", sys_io_submit, "xdp", NULL },
    [3] = { "io_cancel", sys_io_cancel, "xpp", NULL },
    [4] = { "io_getevents", sys_io_getevents, "xddpp", NULL },
    [5] = { "setxattr", sys_setxattr, "sspux", NULL },
    [6] = { "lsetxattr", sys_lsetxattr, "sspux", NULL },
    [7] = { "fsetxattr", sys_fsetxattr, "fspux", NULL },
    [8] = { "getxattr", sys_getxattr, "sspu", NULL },
    [9] = { "lgetxattr", sys_lgetxattr, "sspu", NULL },
    [10] = { "fgetxattr", sys_fgetxattr, "fspu", NULL },
    [11] = { "listxattr", sys_listxattr, "spu", NULL },
    [12] = { "llistxattr", sys_llistxattr, "spu", NULL },
    [13] = { "flistxattr", sys_flistxattr, "fpu", NULL },
    [14] = { "removexattr", sys_removexattr, "ss", NULL },
    [15] = { "lremovexattr", sys_lremovexattr, "ss", NULL },
    [16] = { "fremovexattr", sys_fremovexattr, "fs", NULL },
    [17] = { "getcwd", sys_getcwd, "pu", NULL },
    [18] = { "lookup_dcookie", NULL, NULL, "removed from Linux 6.x (dcookies); new kernels answer ENOSYS too" },
    [19] = { "eventfd2", sys_eventfd2, "ux", NULL },
    [20] = { "epoll_create1", sys_epoll_create1, "x", NULL },
    [21] = { "epoll_ctl", sys_epoll_ctl, "fdfp", NULL },
    [22] = { "epoll_pwait", sys_epoll_pwait, "fpddpu", NULL },
    [23] = { "dup", sys_dup, "f", NULL },
    [24] = { "dup3", sys_dup3, "ffO", NULL },
    [25] = { "fcntl", sys_fcntl, "fdx", NULL },
    [26] = { "inotify_init1", sys_inotify_init1, "x", NULL },
    [27] = { "inotify_add_watch", sys_inotify_add_watch, "fsx", NULL },
    [28] = { "inotify_rm_watch", sys_inotify_rm_watch, "fd", NULL },
    [29] = { "ioctl", sys_ioctl, "fxx", NULL },
    [30] = { "ioprio_set", sys_ioprio_set, "ddd", NULL },
    [31] = { "ioprio_get", sys_ioprio_get, "dd", NULL },
    [32] = { "flock", sys_flock, "fx", NULL },
    [33] = { "mknodat", sys_mknodat, "fsox", NULL },
    [34] = { "mkdirat", sys_mkdirat, "fso", NULL },
    [35] = { "unlinkat", sys_unlinkat, "fsW", NULL },
    [36] = { "symlinkat", sys_symlinkat, "sfs", NULL },
    [37] = { "linkat", sys_linkat, "fsfsW", NULL },
    [38] = { "renameat", sys_renameat, "fsfs", NULL },
    [39] = { "umount2", sys_umount2, "sx", NULL },
    [40] = { "mount", sys_mount, "sssxp", NULL },
    [41] = { "pivot_root", sys_pivot_root, "ss", NULL },
    [42] = { "nfsservctl", NULL, NULL, "removed from Linux (nfsd control moved to a filesystem)" },
    [43] = { "statfs", sys_statfs, "sp", NULL },
    [44] = { "fstatfs", sys_fstatfs, "fp", NULL },
    [45] = { "truncate", sys_truncate, "sd", NULL },
    [46] = { "ftruncate", sys_ftruncate, "fd", NULL },
    [47] = { "fallocate", sys_fallocate, "fxdd", NULL },
    [48] = { "faccessat", sys_faccessat, "fso", NULL },
    [49] = { "chdir", sys_chdir, "s", NULL },
    [50] = { "fchdir", sys_fchdir, "f", NULL },
    [51] = { "chroot", sys_chroot, "s", NULL },
    [52] = { "fchmod", sys_fchmod, "fo", NULL },
    [53] = { "fchmodat", sys_fchmodat, "fso", NULL },
    [54] = { "fchownat", sys_fchownat, "fsddW", NULL },
    [55] = { "fchown", sys_fchown, "fdd", NULL },
    [56] = { "openat", sys_openat, "fsOo", NULL },
    [57] = { "close", sys_close, "f", NULL },
    [58] = { "vhangup", sys_vhangup, "", NULL },
    [59] = { "pipe2", sys_pipe2, "pO", NULL },
    [60] = { "quotactl", NULL, NULL, "quota administration needs a device path and is not used by programs run under xrun" },
    [61] = { "getdents64", sys_getdents64, "fpu", NULL },
    [62] = { "lseek", sys_lseek, "fdd", NULL },
    [63] = { "read", sys_read, "fru", NULL },
    [64] = { "write", sys_write, "fbu", NULL },
    [65] = { "readv", sys_readv, "fpd", NULL },
    [66] = { "writev", sys_writev, "fpd", NULL },
    [67] = { "pread64", sys_pread64, "frud", NULL },
    [68] = { "pwrite64", sys_pwrite64, "fbud", NULL },
    [69] = { "preadv", sys_preadv, "fpdd", NULL },
    [70] = { "pwritev", sys_pwritev, "fpdd", NULL },
    [71] = { "sendfile", sys_sendfile, "ffpu", NULL },
    [72] = { "pselect6", sys_pselect6, "dppppp", NULL },
    [73] = { "ppoll", sys_ppoll, "pupp", NULL },
    [74] = { "signalfd4", sys_signalfd4, "fZux", NULL },
    [75] = { "vmsplice", sys_vmsplice, "fpux", NULL },
    [76] = { "splice", sys_splice, "fpfpux", NULL },
    [77] = { "tee", sys_tee, "ffux", NULL },
    [78] = { "readlinkat", sys_readlinkat, "fsru", NULL },
    [79] = { "newfstatat", sys_newfstatat, "fsTW", NULL },
    [80] = { "fstat", sys_fstat, "fT", NULL },
    [81] = { "sync", sys_sync, "", NULL },
    [82] = { "fsync", sys_fsync, "f", NULL },
    [83] = { "fdatasync", sys_fdatasync, "f", NULL },
    [84] = { "sync_file_range", sys_zero, "fddx", NULL },
    [85] = { "timerfd_create", sys_timerfd_create, "dx", NULL },
    [86] = { "timerfd_settime", sys_timerfd_settime, "fxpp", NULL },
    [87] = { "timerfd_gettime", sys_timerfd_gettime, "fp", NULL },
    [88] = { "utimensat", sys_utimensat, "fspW", NULL },
    [89] = { "acct", sys_acct, "s", NULL },
    [90] = { "capget", sys_capget, "pp", NULL },
    [91] = { "capset", sys_capset, "pp", NULL },
    [92] = { "personality", sys_personality, "x", NULL },
    [93] = { "exit", sys_exit, "d", NULL },
    [94] = { "exit_group", sys_do_exit_group, "d", NULL },
    [95] = { "waitid", sys_waitid, "ddpxp", NULL },
    [96] = { "set_tid_address", sys_set_tid_address, "p", NULL },
    [97] = { "unshare", sys_unshare, "x", NULL },
    [98] = { "futex", sys_futex, "pxxxpx", NULL },
    [99] = { "set_robust_list", sys_set_robust_list, "pu", NULL },
    [100] = { "get_robust_list", sys_get_robust_list, "dpp", NULL },
    [101] = { "nanosleep", sys_nanosleep, "pp", NULL },
    [102] = { "getitimer", sys_getitimer, "dp", NULL },
    [103] = { "setitimer", sys_setitimer, "dpp", NULL },
    [104] = { "kexec_load", NULL, NULL, "loading a kernel is not a user-mode operation" },
    [105] = { "init_module", NULL, NULL, "kernel modules are the host's business" },
    [106] = { "delete_module", NULL, NULL, "kernel modules are the host's business" },
    [107] = { "timer_create", sys_timer_create, "dpp", NULL },
    [108] = { "timer_gettime", sys_timer_gettime, "dp", NULL },
    [109] = { "timer_getoverrun", sys_timer_getoverrun, "d", NULL },
    [110] = { "timer_settime", sys_timer_settime, "dxpp", NULL },
    [111] = { "timer_delete", sys_timer_delete, "d", NULL },
    [112] = { "clock_settime", sys_clock_settime, "dp", NULL },
    [113] = { "clock_gettime", sys_clock_gettime, "dp", NULL },
    [114] = { "clock_getres", sys_clock_getres, "dp", NULL },
    [115] = { "clock_nanosleep", sys_clock_nanosleep, "dxpp", NULL },
    [116] = { "syslog", sys_syslog, "dpd", NULL },
    [117] = { "ptrace", NULL, NULL, "ptrace of translated code would need a guest-level debugger (use -g)" },
    [118] = { "sched_setparam", sys_sched_setparam, "dp", NULL },
    [119] = { "sched_setscheduler", sys_sched_setscheduler, "ddp", NULL },
    [120] = { "sched_getscheduler", sys_sched_getscheduler, "d", NULL },
    [121] = { "sched_getparam", sys_sched_getparam, "dp", NULL },
    [122] = { "sched_setaffinity", sys_sched_setaffinity, "dup", NULL },
    [123] = { "sched_getaffinity", sys_sched_getaffinity, "dup", NULL },
    [124] = { "sched_yield", sys_sched_yield, "", NULL },
    [125] = { "sched_get_priority_max", sys_sched_get_priority_max, "d", NULL },
    [126] = { "sched_get_priority_min", sys_sched_get_priority_min, "d", NULL },
    [127] = { "sched_rr_get_interval", sys_sched_rr_get_interval, "dp", NULL },
    [128] = { "restart_syscall", NULL, NULL, "only the kernel sets up restarts; xrun restarts interrupted calls itself" },
    [129] = { "kill", sys_kill, "dS", NULL },
    [130] = { "tkill", sys_tkill, "dS", NULL },
    [131] = { "tgkill", sys_tgkill, "ddS", NULL },
    [132] = { "sigaltstack", sys_sigaltstack, "pp", NULL },
    [133] = { "rt_sigsuspend", sys_rt_sigsuspend, "Zu", NULL },
    [134] = { "rt_sigaction", sys_rt_sigaction, "SGgu", NULL },
    [135] = { "rt_sigprocmask", sys_rt_sigprocmask, "HZpu", NULL },
    [136] = { "rt_sigpending", sys_rt_sigpending, "pu", NULL },
    [137] = { "rt_sigtimedwait", sys_rt_sigtimedwait, "Zppu", NULL },
    [138] = { "rt_sigqueueinfo", sys_rt_sigqueueinfo, "dSp", NULL },
    [139] = { "rt_sigreturn", sys_rt_sigreturn, "", NULL },
    [140] = { "setpriority", sys_setpriority, "ddd", NULL },
    [141] = { "getpriority", sys_getpriority, "dd", NULL },
    [142] = { "reboot", NULL, NULL, "rebooting the host is not the guest's to do" },
    [143] = { "setregid", sys_setregid, "dd", NULL },
    [144] = { "setgid", sys_setgid, "d", NULL },
    [145] = { "setreuid", sys_setreuid, "dd", NULL },
    [146] = { "setuid", sys_setuid, "d", NULL },
    [147] = { "setresuid", sys_setresuid, "ddd", NULL },
    [148] = { "getresuid", sys_getresuid, "ppp", NULL },
    [149] = { "setresgid", sys_setresgid, "ddd", NULL },
    [150] = { "getresgid", sys_getresgid, "ppp", NULL },
    [151] = { "setfsuid", sys_setfsuid, "d", NULL },
    [152] = { "setfsgid", sys_setfsgid, "d", NULL },
    [153] = { "times", sys_times, "p", NULL },
    [154] = { "setpgid", sys_setpgid, "dd", NULL },
    [155] = { "getpgid", sys_getpgid, "d", NULL },
    [156] = { "getsid", sys_getsid, "d", NULL },
    [157] = { "setsid", sys_setsid, "", NULL },
    [158] = { "getgroups", sys_getgroups, "dp", NULL },
    [159] = { "setgroups", sys_setgroups, "dp", NULL },
    [160] = { "uname", sys_uname, "p", NULL },
    [161] = { "sethostname", sys_sethostname, "pu", NULL },
    [162] = { "setdomainname", sys_setdomainname, "pu", NULL },
    [163] = { "getrlimit", sys_getrlimit, "dp", NULL },
    [164] = { "setrlimit", sys_setrlimit, "dp", NULL },
    [165] = { "getrusage", sys_getrusage, "dp", NULL },
    [166] = { "umask", sys_umask, "o", NULL },
    [167] = { "prctl", sys_prctl, "dxxxx", NULL },
    [168] = { "getcpu", sys_getcpu, "ppp", NULL },
    [169] = { "gettimeofday", sys_gettimeofday, "pp", NULL },
    [170] = { "settimeofday", sys_settimeofday, "pp", NULL },
    [171] = { "adjtimex", sys_adjtimex, "p", NULL },
    [172] = { "getpid", sys_getpid, "", NULL },
    [173] = { "getppid", sys_getppid, "", NULL },
    [174] = { "getuid", sys_getuid, "", NULL },
    [175] = { "geteuid", sys_geteuid, "", NULL },
    [176] = { "getgid", sys_getgid, "", NULL },
    [177] = { "getegid", sys_getegid, "", NULL },
    [178] = { "gettid", sys_gettid, "", NULL },
    [179] = { "sysinfo", sys_sysinfo, "p", NULL },
    [180] = { "mq_open", sys_mq_open, "sOop", NULL },
    [181] = { "mq_unlink", sys_mq_unlink, "s", NULL },
    [182] = { "mq_timedsend", sys_mq_timedsend, "fpuup", NULL },
    [183] = { "mq_timedreceive", sys_mq_timedreceive, "fpupp", NULL },
    [184] = { "mq_notify", sys_mq_notify, "fp", NULL },
    [185] = { "mq_getsetattr", sys_mq_getsetattr, "fpp", NULL },
    [186] = { "msgget", sys_msgget, "xxx", NULL },
    [187] = { "msgctl", sys_msgctl, "ddp", NULL },
    [188] = { "msgrcv", sys_msgrcv, "dpudx", NULL },
    [189] = { "msgsnd", sys_msgsnd, "dpux", NULL },
    [190] = { "semget", sys_semget, "xdx", NULL },
    [191] = { "semctl", sys_semctl, "dddx", NULL },
    [192] = { "semtimedop", sys_semtimedop, "dpup", NULL },
    [193] = { "semop", sys_semop, "dpu", NULL },
    [194] = { "shmget", sys_shmget, "xux", NULL },
    [195] = { "shmctl", sys_shmctl, "ddp", NULL },
    [196] = { "shmat", sys_shmat, "dxx", NULL },
    [197] = { "shmdt", sys_shmdt, "x", NULL },
    [198] = { "socket", sys_socket, "FYd", NULL },
    [199] = { "socketpair", sys_socketpair, "FYdp", NULL },
    [200] = { "bind", sys_bind, "fAu", NULL },
    [201] = { "listen", sys_listen, "fd", NULL },
    [202] = { "accept", sys_accept, "fpp", NULL },
    [203] = { "connect", sys_connect, "fAu", NULL },
    [204] = { "getsockname", sys_getsockname, "fpp", NULL },
    [205] = { "getpeername", sys_getpeername, "fpp", NULL },
    [206] = { "sendto", sys_sendto, "fbuxAu", NULL },
    [207] = { "recvfrom", sys_recvfrom, "fruxpp", NULL },
    [208] = { "setsockopt", sys_setsockopt, "fddpu", NULL },
    [209] = { "getsockopt", sys_getsockopt, "fddpp", NULL },
    [210] = { "shutdown", sys_shutdown, "fd", NULL },
    [211] = { "sendmsg", sys_sendmsg, "fpx", NULL },
    [212] = { "recvmsg", sys_recvmsg, "fpx", NULL },
    [213] = { "readahead", sys_readahead, "fdu", NULL },
    [214] = { "brk", sys_brk, "x", NULL },
    [215] = { "munmap", sys_munmap, "xu", NULL },
    [216] = { "mremap", sys_mremap, "xuuMx", NULL },
    [217] = { "add_key", sys_add_key, "sspud", NULL },
    [218] = { "request_key", sys_request_key, "sssd", NULL },
    [219] = { "keyctl", sys_keyctl, "dxxxx", NULL },
    [220] = { "clone", sys_clone, "Cpppp", NULL },
    [221] = { "execve", sys_execve, "sVE", NULL },
    [222] = { "mmap", sys_mmap, "puPMfd", NULL },
    [223] = { "fadvise64", sys_fadvise64, "fddd", NULL },
    [224] = { "swapon", sys_swapon, "sx", NULL },
    [225] = { "swapoff", sys_swapoff, "s", NULL },
    [226] = { "mprotect", sys_mprotect, "xuP", NULL },
    [227] = { "msync", sys_msync, "xxx", NULL },
    [228] = { "mlock", sys_mlock_ok, "xx", NULL },
    [229] = { "munlock", sys_mlock_ok, "xx", NULL },
    [230] = { "mlockall", sys_mlock_ok, "x", NULL },
    [231] = { "munlockall", sys_mlock_ok, "", NULL },
    [232] = { "mincore", sys_mincore, "xxp", NULL },
    [233] = { "madvise", sys_madvise, "xxd", NULL },
    [234] = { "remap_file_pages", NULL, NULL, "deprecated by Linux; emulated there with a slow path few programs use" },
    [235] = { "mbind", NULL, NULL, "NUMA placement: the guest's memory is one host reservation" },
    [236] = { "get_mempolicy", NULL, NULL, "NUMA placement: the guest's memory is one host reservation" },
    [237] = { "set_mempolicy", NULL, NULL, "NUMA placement: the guest's memory is one host reservation" },
    [238] = { "migrate_pages", NULL, NULL, "NUMA placement: the guest's memory is one host reservation" },
    [239] = { "move_pages", NULL, NULL, "NUMA placement: the guest's memory is one host reservation" },
    [240] = { "rt_tgsigqueueinfo", sys_rt_tgsigqueueinfo, "ddSp", NULL },
    [241] = { "perf_event_open", NULL, NULL, "performance counters would count xrun, not the guest" },
    [242] = { "accept4", sys_accept4, "fppY", NULL },
    [243] = { "recvmmsg", sys_recvmmsg, "fpuxp", NULL },
    [244] = { "arch_specific_syscall", NULL, NULL, "the generic ABI's base of architecture-specific numbers, not a syscall" },
    [245] = { NULL, NULL, NULL, "unassigned number" },
    [246] = { NULL, NULL, NULL, "unassigned number" },
    [247] = { NULL, NULL, NULL, "unassigned number" },
    [248] = { NULL, NULL, NULL, "unassigned number" },
    [249] = { NULL, NULL, NULL, "unassigned number" },
    [250] = { NULL, NULL, NULL, "unassigned number" },
    [251] = { NULL, NULL, NULL, "unassigned number" },
    [252] = { NULL, NULL, NULL, "unassigned number" },
    [253] = { NULL, NULL, NULL, "unassigned number" },
    [254] = { NULL, NULL, NULL, "unassigned number" },
    [255] = { NULL, NULL, NULL, "unassigned number" },
    [256] = { NULL, NULL, NULL, "unassigned number" },
    [257] = { NULL, NULL, NULL, "unassigned number" },
    [258] = { "riscv_hwprobe", NULL, NULL, "glibc falls back to AT_HWCAP" },
    [259] = { "riscv_flush_icache", sys_riscv_flush_icache, "xxx", NULL },
    [260] = { "wait4", sys_wait4, "dpxp", NULL },
    [261] = { "prlimit64", sys_prlimit64, "ddpp", NULL },
    [262] = { "fanotify_init", sys_fanotify_init, "xO", NULL },
    [263] = { "fanotify_mark", sys_fanotify_mark, "fxxfs", NULL },
    [264] = { "name_to_handle_at", sys_name_to_handle_at, "fsppW", NULL },
    [265] = { "open_by_handle_at", sys_open_by_handle_at, "fpO", NULL },
    [266] = { "clock_adjtime", sys_clock_adjtime, "dp", NULL },
    [267] = { "syncfs", sys_zero, "f", NULL },
    [268] = { "setns", sys_setns, "fx", NULL },
    [269] = { "sendmmsg", sys_sendmmsg, "fpux", NULL },
    [270] = { "process_vm_readv", NULL, NULL, "cross-process guest memory access needs the other process's guest base" },
    [271] = { "process_vm_writev", NULL, NULL, "cross-process guest memory access needs the other process's guest base" },
    [272] = { "kcmp", sys_kcmp, "dddxx", NULL },
    [273] = { "finit_module", NULL, NULL, "kernel modules are the host's business" },
    [274] = { "sched_setattr", sys_sched_setattr, "dpx", NULL },
    [275] = { "sched_getattr", sys_sched_getattr, "dpux", NULL },
    [276] = { "renameat2", sys_renameat2, "fsfsx", NULL },
    [277] = { "seccomp", NULL, NULL, "seccomp filters see the host's syscall numbers and arguments, not the guest's" },
    [278] = { "getrandom", sys_getrandom, "pux", NULL },
    [279] = { "memfd_create", sys_memfd_create, "sx", NULL },
    [280] = { "bpf", NULL, NULL, "eBPF programs act on host-level events; not meaningful for a guest" },
    [281] = { "execveat", sys_execveat, "fsVEW", NULL },
    [282] = { "userfaultfd", NULL, NULL, "userfaultfd would intercept faults xrun itself relies on" },
    [283] = { "membarrier", sys_zero, "xxd", NULL },
    [284] = { "mlock2", sys_mlock_ok, "xxx", NULL },
    [285] = { "copy_file_range", sys_copy_file_range, "fpfpux", NULL },
    [286] = { "preadv2", sys_preadv2, "fpdddx", NULL },
    [287] = { "pwritev2", sys_pwritev2, "fpdddx", NULL },
    [288] = { "pkey_mprotect", NULL, NULL, "memory protection keys are not exposed by the guest ISAs' generic ABI" },
    [289] = { "pkey_alloc", NULL, NULL, "memory protection keys are not exposed by the guest ISAs' generic ABI" },
    [290] = { "pkey_free", NULL, NULL, "memory protection keys are not exposed by the guest ISAs' generic ABI" },
    [291] = { "statx", sys_statx, "fsWxp", NULL },
    [292] = { "io_pgetevents", sys_io_pgetevents, "xddppp", NULL },
    [293] = { "rseq", NULL, NULL, "not implemented: glibc works without it" },
    [294] = { "kexec_file_load", NULL, NULL, "loading a kernel is not a user-mode operation" },
    [295] = { NULL, NULL, NULL, "unassigned number" },
    [296] = { NULL, NULL, NULL, "unassigned number" },
    [297] = { NULL, NULL, NULL, "unassigned number" },
    [298] = { NULL, NULL, NULL, "unassigned number" },
    [299] = { NULL, NULL, NULL, "unassigned number" },
    [300] = { NULL, NULL, NULL, "unassigned number" },
    [301] = { NULL, NULL, NULL, "unassigned number" },
    [302] = { NULL, NULL, NULL, "unassigned number" },
    [303] = { NULL, NULL, NULL, "unassigned number" },
    [304] = { NULL, NULL, NULL, "unassigned number" },
    [305] = { NULL, NULL, NULL, "unassigned number" },
    [306] = { NULL, NULL, NULL, "unassigned number" },
    [307] = { NULL, NULL, NULL, "unassigned number" },
    [308] = { NULL, NULL, NULL, "unassigned number" },
    [309] = { NULL, NULL, NULL, "unassigned number" },
    [310] = { NULL, NULL, NULL, "unassigned number" },
    [311] = { NULL, NULL, NULL, "unassigned number" },
    [312] = { NULL, NULL, NULL, "unassigned number" },
    [313] = { NULL, NULL, NULL, "unassigned number" },
    [314] = { NULL, NULL, NULL, "unassigned number" },
    [315] = { NULL, NULL, NULL, "unassigned number" },
    [316] = { NULL, NULL, NULL, "unassigned number" },
    [317] = { NULL, NULL, NULL, "unassigned number" },
    [318] = { NULL, NULL, NULL, "unassigned number" },
    [319] = { NULL, NULL, NULL, "unassigned number" },
    [320] = { NULL, NULL, NULL, "unassigned number" },
    [321] = { NULL, NULL, NULL, "unassigned number" },
    [322] = { NULL, NULL, NULL, "unassigned number" },
    [323] = { NULL, NULL, NULL, "unassigned number" },
    [324] = { NULL, NULL, NULL, "unassigned number" },
    [325] = { NULL, NULL, NULL, "unassigned number" },
    [326] = { NULL, NULL, NULL, "unassigned number" },
    [327] = { NULL, NULL, NULL, "unassigned number" },
    [328] = { NULL, NULL, NULL, "unassigned number" },
    [329] = { NULL, NULL, NULL, "unassigned number" },
    [330] = { NULL, NULL, NULL, "unassigned number" },
    [331] = { NULL, NULL, NULL, "unassigned number" },
    [332] = { NULL, NULL, NULL, "unassigned number" },
    [333] = { NULL, NULL, NULL, "unassigned number" },
    [334] = { NULL, NULL, NULL, "unassigned number" },
    [335] = { NULL, NULL, NULL, "unassigned number" },
    [336] = { NULL, NULL, NULL, "unassigned number" },
    [337] = { NULL, NULL, NULL, "unassigned number" },
    [338] = { NULL, NULL, NULL, "unassigned number" },
    [339] = { NULL, NULL, NULL, "unassigned number" },
    [340] = { NULL, NULL, NULL, "unassigned number" },
    [341] = { NULL, NULL, NULL, "unassigned number" },
    [342] = { NULL, NULL, NULL, "unassigned number" },
    [343] = { NULL, NULL, NULL, "unassigned number" },
    [344] = { NULL, NULL, NULL, "unassigned number" },
    [345] = { NULL, NULL, NULL, "unassigned number" },
    [346] = { NULL, NULL, NULL, "unassigned number" },
    [347] = { NULL, NULL, NULL, "unassigned number" },
    [348] = { NULL, NULL, NULL, "unassigned number" },
    [349] = { NULL, NULL, NULL, "unassigned number" },
    [350] = { NULL, NULL, NULL, "unassigned number" },
    [351] = { NULL, NULL, NULL, "unassigned number" },
    [352] = { NULL, NULL, NULL, "unassigned number" },
    [353] = { NULL, NULL, NULL, "unassigned number" },
    [354] = { NULL, NULL, NULL, "unassigned number" },
    [355] = { NULL, NULL, NULL, "unassigned number" },
    [356] = { NULL, NULL, NULL, "unassigned number" },
    [357] = { NULL, NULL, NULL, "unassigned number" },
    [358] = { NULL, NULL, NULL, "unassigned number" },
    [359] = { NULL, NULL, NULL, "unassigned number" },
    [360] = { NULL, NULL, NULL, "unassigned number" },
    [361] = { NULL, NULL, NULL, "unassigned number" },
    [362] = { NULL, NULL, NULL, "unassigned number" },
    [363] = { NULL, NULL, NULL, "unassigned number" },
    [364] = { NULL, NULL, NULL, "unassigned number" },
    [365] = { NULL, NULL, NULL, "unassigned number" },
    [366] = { NULL, NULL, NULL, "unassigned number" },
    [367] = { NULL, NULL, NULL, "unassigned number" },
    [368] = { NULL, NULL, NULL, "unassigned number" },
    [369] = { NULL, NULL, NULL, "unassigned number" },
    [370] = { NULL, NULL, NULL, "unassigned number" },
    [371] = { NULL, NULL, NULL, "unassigned number" },
    [372] = { NULL, NULL, NULL, "unassigned number" },
    [373] = { NULL, NULL, NULL, "unassigned number" },
    [374] = { NULL, NULL, NULL, "unassigned number" },
    [375] = { NULL, NULL, NULL, "unassigned number" },
    [376] = { NULL, NULL, NULL, "unassigned number" },
    [377] = { NULL, NULL, NULL, "unassigned number" },
    [378] = { NULL, NULL, NULL, "unassigned number" },
    [379] = { NULL, NULL, NULL, "unassigned number" },
    [380] = { NULL, NULL, NULL, "unassigned number" },
    [381] = { NULL, NULL, NULL, "unassigned number" },
    [382] = { NULL, NULL, NULL, "unassigned number" },
    [383] = { NULL, NULL, NULL, "unassigned number" },
    [384] = { NULL, NULL, NULL, "unassigned number" },
    [385] = { NULL, NULL, NULL, "unassigned number" },
    [386] = { NULL, NULL, NULL, "unassigned number" },
    [387] = { NULL, NULL, NULL, "unassigned number" },
    [388] = { NULL, NULL, NULL, "unassigned number" },
    [389] = { NULL, NULL, NULL, "unassigned number" },
    [390] = { NULL, NULL, NULL, "unassigned number" },
    [391] = { NULL, NULL, NULL, "unassigned number" },
    [392] = { NULL, NULL, NULL, "unassigned number" },
    [393] = { NULL, NULL, NULL, "unassigned number" },
    [394] = { NULL, NULL, NULL, "unassigned number" },
    [395] = { NULL, NULL, NULL, "unassigned number" },
    [396] = { NULL, NULL, NULL, "unassigned number" },
    [397] = { NULL, NULL, NULL, "unassigned number" },
    [398] = { NULL, NULL, NULL, "unassigned number" },
    [399] = { NULL, NULL, NULL, "unassigned number" },
    [400] = { NULL, NULL, NULL, "unassigned number" },
    [401] = { NULL, NULL, NULL, "unassigned number" },
    [402] = { NULL, NULL, NULL, "unassigned number" },
    [403] = { "clock_gettime64", NULL, NULL, "32-bit time ABI only" },
    [404] = { "clock_settime64", NULL, NULL, "32-bit time ABI only" },
    [405] = { "clock_adjtime64", NULL, NULL, "32-bit time ABI only" },
    [406] = { "clock_getres_time64", NULL, NULL, "32-bit time ABI only" },
    [407] = { "clock_nanosleep_time64", NULL, NULL, "32-bit time ABI only" },
    [408] = { "timer_gettime64", NULL, NULL, "32-bit time ABI only" },
    [409] = { "timer_settime64", NULL, NULL, "32-bit time ABI only" },
    [410] = { "timerfd_gettime64", NULL, NULL, "32-bit time ABI only" },
    [411] = { "timerfd_settime64", NULL, NULL, "32-bit time ABI only" },
    [412] = { "utimensat_time64", NULL, NULL, "32-bit time ABI only" },
    [413] = { "pselect6_time64", NULL, NULL, "32-bit time ABI only" },
    [414] = { "ppoll_time64", NULL, NULL, "32-bit time ABI only" },
    [415] = { NULL, NULL, NULL, "unassigned number" },
    [416] = { "io_pgetevents_time64", NULL, NULL, "32-bit time ABI only" },
    [417] = { "recvmmsg_time64", NULL, NULL, "32-bit time ABI only" },
    [418] = { "mq_timedsend_time64", NULL, NULL, "32-bit time ABI only" },
    [419] = { "mq_timedreceive_time64", NULL, NULL, "32-bit time ABI only" },
    [420] = { "semtimedop_time64", NULL, NULL, "32-bit time ABI only" },
    [421] = { "rt_sigtimedwait_time64", NULL, NULL, "32-bit time ABI only" },
    [422] = { "futex_time64", NULL, NULL, "32-bit time ABI only" },
    [423] = { "sched_rr_get_interval_time64", NULL, NULL, "32-bit time ABI only" },
    [424] = { "pidfd_send_signal", sys_pidfd_send_signal, "fdpx", NULL },
    [425] = { "io_uring_setup", NULL, NULL, "io_uring shares rings of pointers with the kernel; programs fall back to other I/O on ENOSYS" },
    [426] = { "io_uring_enter", NULL, NULL, "io_uring shares rings of pointers with the kernel; programs fall back to other I/O on ENOSYS" },
    [427] = { "io_uring_register", NULL, NULL, "io_uring shares rings of pointers with the kernel; programs fall back to other I/O on ENOSYS" },
    [428] = { "open_tree", NULL, NULL, "new mount API: container runtimes fall back to mount(2) on ENOSYS" },
    [429] = { "move_mount", NULL, NULL, "new mount API: container runtimes fall back to mount(2) on ENOSYS" },
    [430] = { "fsopen", NULL, NULL, "new mount API: container runtimes fall back to mount(2) on ENOSYS" },
    [431] = { "fsconfig", NULL, NULL, "new mount API: container runtimes fall back to mount(2) on ENOSYS" },
    [432] = { "fsmount", NULL, NULL, "new mount API: container runtimes fall back to mount(2) on ENOSYS" },
    [433] = { "fspick", NULL, NULL, "new mount API: container runtimes fall back to mount(2) on ENOSYS" },
    [434] = { "pidfd_open", sys_pidfd_open, "dx", NULL },
    [435] = { "clone3", sys_clone3, "pu", NULL },
    [436] = { "close_range", sys_close_range, "ffx", NULL },
    [437] = { "openat2", sys_openat2, "fspu", NULL },
    [438] = { "pidfd_getfd", sys_pidfd_getfd, "ffx", NULL },
    [439] = { "faccessat2", sys_faccessat2, "fsox", NULL },
    [440] = { "process_madvise", NULL, NULL, "advice on another process's memory needs its guest base" },
    [441] = { "epoll_pwait2", sys_epoll_pwait2, "fpdppu", NULL },
    [442] = { "mount_setattr", NULL, NULL, "new mount API: container runtimes fall back to mount(2) on ENOSYS" },
    [443] = { "quotactl_fd", NULL, NULL, "quota administration is not used by programs run under xrun" },
    [444] = { "landlock_create_ruleset", NULL, NULL, "landlock rules would also confine xrun; programs treat ENOSYS as no landlock" },
    [445] = { "landlock_add_rule", NULL, NULL, "landlock rules would also confine xrun; programs treat ENOSYS as no landlock" },
    [446] = { "landlock_restrict_self", NULL, NULL, "landlock rules would also confine xrun; programs treat ENOSYS as no landlock" },
    [447] = { "memfd_secret", NULL, NULL, "secret memory is outside the guest address space" },
    [448] = { "process_mrelease", NULL, NULL, "reaping another process's memory; rarely used, not yet implemented" },
    [449] = { "futex_waitv", sys_futex_waitv, "puxpd", NULL },
    [450] = { "set_mempolicy_home_node", NULL, NULL, "NUMA placement: the guest's memory is one host reservation" },
};

/* ---- log-once bookkeeping ------------------------------------------------------ */

#define ONCE_MAX 512
static struct { int kind; uint64_t key; } once_seen[ONCE_MAX];
static unsigned once_n;
static pthread_mutex_t once_lock = PTHREAD_MUTEX_INITIALIZER;

bool sys_log_once(int kind, uint64_t key)
{
    bool first = true;
    pthread_mutex_lock(&once_lock);
    for (unsigned i = 0; i < once_n; i++)
        if (once_seen[i].kind == kind && once_seen[i].key == key)
            first = false;
    if (first && once_n < ONCE_MAX) {
        once_seen[once_n].kind = kind;
        once_seen[once_n].key = key;
        once_n++;
    }
    pthread_mutex_unlock(&once_lock);
    return first;
}

/* ---- dispatch -------------------------------------------------------------------- */

int sys_errno(int host_errno)
{
    /* generic-ABI errno numbers equal x86_64 Linux's */
    return host_errno;
}

void sys_init(void)
{
}

const char *sys_name(uint64_t nr)
{
    return nr < SYS_NR_MAX ? sys_table[nr].name : NULL;
}

bool sys_implemented(uint64_t nr)
{
    return nr < SYS_NR_MAX && sys_table[nr].fn != NULL;
}

const char *sys_enosys_reason(uint64_t nr)
{
    return nr < SYS_NR_MAX ? sys_table[nr].why : NULL;
}

const char *sys_arg_kinds(uint64_t nr)
{
    return nr < SYS_NR_MAX ? sys_table[nr].args : NULL;
}

/*
 * ENOSYS.  A number the generic ABI does not define is logged once, always
 * (a guest bug, or a syscall newer than xrun).  A known syscall xrun does not
 * implement is logged once under -d unimp only: glibc probes several at
 * start-up (rseq, clone3, ...) and falls back, and the guest's stderr must
 * stay its own.
 */
static uint64_t sys_unsupported(uint64_t nr)
{
    const SyscallDef *d = nr < SYS_NR_MAX ? &sys_table[nr] : NULL;
    bool unknown = !d || !d->name;
    if (unknown) {
        if (sys_log_once(ONCE_SYSCALL, nr < SYS_NR_MAX ? nr : SYS_NR_MAX))
            xrun_warn("unknown syscall %llu: returning ENOSYS", (unsigned long long)nr);
        return SYS_ERR(ENOSYS);
    }
    if (sys_log_once(ONCE_SYSCALL, nr) && log_enabled(LOG_UNIMP))
        log_printf("xrun: unsupported syscall %llu (%s)%s%s\n", (unsigned long long)nr,
                   d && d->name ? d->name : "unknown", d && d->why ? ": " : "",
                   d && d->why ? d->why : "");
    return SYS_ERR(ENOSYS);
}

#define NR_EXIT 93
#define NR_EXIT_GROUP 94

uint64_t sys_dispatch(GuestCPU *cpu, uint64_t nr, const uint64_t args[6])
{
    bool trace = log_enabled(LOG_STRACE);
    uint64_t a[6];
    if (trace) {
        memcpy(a, args, sizeof(a));    /* the values at entry, for the line at exit */
        if (nr == NR_EXIT || nr == NR_EXIT_GROUP) {     /* they do not return */
            sys_strace_enter(cpu, nr, a);
            if (nr == NR_EXIT_GROUP || sys_thread_count() == 1)
                sys_strace_exited((int)args[0]);
        }
    }
    uint64_t r;
    if (nr >= SYS_NR_MAX || !sys_table[nr].fn)
        r = sys_unsupported(nr);
    else
        r = sys_table[nr].fn(cpu, args);
    if (trace)
        sys_strace_exit(cpu, nr, a, r);
    return r;
}
