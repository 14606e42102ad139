/*
 * The generic syscall table is complete: every number 0..450 either has a
 * handler (and argument kinds for -strace) or returns ENOSYS with a
 * documented reason; unassigned numbers are marked as such.  Also checks
 * that the calls the conformance suite relies on are implemented and that
 * an unimplemented one really answers -ENOSYS.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>

#include "syscalls/syscalls.h"

Test(syscall_table, every_number_present)
{
    int impl = 0, enosys = 0, unassigned = 0;
    for (uint64_t nr = 0; nr < SYS_NR_MAX; nr++) {
        const char *name = sys_name(nr), *why = sys_enosys_reason(nr);
        if (sys_implemented(nr)) {
            cr_expect(name != NULL, "nr %llu: handler without a name", (unsigned long long)nr);
            cr_expect(sys_arg_kinds(nr) != NULL, "nr %llu (%s): no argument kinds",
                      (unsigned long long)nr, name);
            cr_expect(why == NULL, "nr %llu: both a handler and a reason", (unsigned long long)nr);
            impl++;
        } else {
            cr_expect(why != NULL && why[0], "nr %llu (%s): ENOSYS without a reason",
                      (unsigned long long)nr, name ? name : "?");
            if (name)
                enosys++;
            else
                unassigned++;
        }
    }
    cr_expect_eq(impl + enosys + unassigned, SYS_NR_MAX);
    printf("syscall table: %d implemented, %d ENOSYS with a reason, %d unassigned\n",
           impl, enosys, unassigned);
}

Test(syscall_table, suite_calls_implemented)
{
    static const char *need[] = {
        "epoll_create1", "epoll_ctl", "epoll_pwait", "epoll_pwait2", "eventfd2", "signalfd4",
        "timerfd_create", "timerfd_settime", "timerfd_gettime", "inotify_init1",
        "inotify_add_watch", "inotify_rm_watch", "socket", "socketpair", "bind", "listen",
        "accept4", "connect", "getsockname", "getpeername", "sendto", "recvfrom",
        "setsockopt", "getsockopt", "shutdown", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg",
        "shmget", "shmat", "shmdt", "shmctl", "semget", "semop", "semtimedop", "semctl",
        "msgget", "msgsnd", "msgrcv", "msgctl", "mq_open", "mq_timedsend",
        "mq_timedreceive", "mq_unlink", "memfd_create", "statx", "openat2",
        "copy_file_range", "splice", "tee", "vmsplice", "sendfile", "setxattr", "lsetxattr",
        "fsetxattr", "getxattr", "lgetxattr", "fgetxattr", "listxattr", "llistxattr",
        "flistxattr", "removexattr", "lremovexattr", "fremovexattr", "pidfd_open",
        "pidfd_send_signal", "pidfd_getfd", "capget", "capset", "prctl", "sched_setaffinity",
        "sched_getaffinity", "getrusage", "times", "personality", "keyctl", "add_key",
        "request_key", "mount", "umount2", "pivot_root", "unshare", "setns", "chroot",
        "io_setup", "io_submit", "io_getevents", "io_destroy", "io_cancel", "sysinfo",
        "adjtimex", "clock_adjtime", "getrlimit", "setrlimit", "prlimit64", "fanotify_init",
        "fanotify_mark", "ppoll", "pselect6",
    };
    for (size_t i = 0; i < sizeof(need) / sizeof(need[0]); i++) {
        bool found = false;
        for (uint64_t nr = 0; nr < SYS_NR_MAX && !found; nr++)
            if (sys_name(nr) && !strcmp(sys_name(nr), need[i]))
                found = sys_implemented(nr);
        cr_expect(found, "%s is not implemented", need[i]);
    }
}

Test(syscall_table, enosys_answer)
{
    uint64_t args[6] = { 0 };
    /* 425 io_uring_setup: documented ENOSYS; 300: unassigned; 9999: beyond */
    cr_expect_eq((int64_t)sys_dispatch(NULL, 425, args), -ENOSYS);
    cr_expect_eq((int64_t)sys_dispatch(NULL, 300, args), -ENOSYS);
    cr_expect_eq((int64_t)sys_dispatch(NULL, 9999, args), -ENOSYS);
    cr_expect_str_eq(sys_name(198), "socket");
    cr_expect_str_eq(sys_name(291), "statx");
    cr_expect_str_eq(sys_name(450), "set_mempolicy_home_node");
}
