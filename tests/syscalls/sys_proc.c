/* Process-level calls: prctl options runtimes use, scheduling and affinity,
 * resource limits and usage, times, capabilities, personality, pidfds,
 * sysinfo; error paths. */
#include "sys_common.h"

#include <linux/capability.h>
#include <sched.h>
#include <signal.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/mount.h>
#include <sys/timex.h>
#include <sys/wait.h>
#include <time.h>
#include <linux/keyctl.h>

static void test_prctl(void)
{
    char name[16] = { 0 };
    expect_ok("PR_SET_NAME", prctl(PR_SET_NAME, "sys-proc-test"));
    prctl(PR_GET_NAME, name);
    printf("PR_GET_NAME = %s\n", name);
    expect_ok("PR_SET_PDEATHSIG", prctl(PR_SET_PDEATHSIG, SIGTERM));
    int sig = 0;
    prctl(PR_GET_PDEATHSIG, &sig);
    printf("PR_GET_PDEATHSIG = %d\n", sig);
    printf("PR_GET_DUMPABLE = %d\n", prctl(PR_GET_DUMPABLE));
    expect_ok("PR_SET_DUMPABLE 0", prctl(PR_SET_DUMPABLE, 0));
    printf("PR_GET_DUMPABLE = %d\n", prctl(PR_GET_DUMPABLE));
    prctl(PR_SET_DUMPABLE, 1);
    expect_ok("PR_SET_KEEPCAPS", prctl(PR_SET_KEEPCAPS, 1));
    printf("PR_GET_KEEPCAPS = %d\n", prctl(PR_GET_KEEPCAPS));
    expect_ok("PR_SET_CHILD_SUBREAPER", prctl(PR_SET_CHILD_SUBREAPER, 1));
    int sub = 0;
    prctl(PR_GET_CHILD_SUBREAPER, &sub);
    printf("PR_GET_CHILD_SUBREAPER = %d\n", sub);
    printf("PR_GET_NO_NEW_PRIVS = %d\n", prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
    expect_ok("PR_SET_NO_NEW_PRIVS", prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));
    printf("PR_GET_NO_NEW_PRIVS = %d\n", prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
    int *tidaddr = (int *)1;
    expect_ok("PR_GET_TID_ADDRESS", prctl(PR_GET_TID_ADDRESS, &tidaddr));
    CHECK(tidaddr != (int *)1, "tid address reported");
    expect_err("PR_GET_NAME bad ptr", prctl(PR_GET_NAME, bad_ptr()), EFAULT);
    expect_err("PR_SET_PDEATHSIG bad signal", prctl(PR_SET_PDEATHSIG, 200), EINVAL);
    expect_err("prctl bad option", prctl(0x7fff1234, 0, 0, 0, 0), EINVAL);
}

static void test_sched(void)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    expect_ok("sched_getaffinity", sched_getaffinity(0, sizeof(set), &set));
    int first = -1;
    for (int i = 0; i < CPU_SETSIZE && first < 0; i++)
        if (CPU_ISSET(i, &set))
            first = i;
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(first, &one);
    expect_ok("sched_setaffinity one cpu", sched_setaffinity(0, sizeof(one), &one));
    CPU_ZERO(&one);
    sched_getaffinity(0, sizeof(one), &one);
    printf("affinity count = %d, first kept = %d\n", CPU_COUNT(&one), CPU_ISSET(first, &one));
    sched_setaffinity(0, sizeof(set), &set);
    printf("policy = %d\n", sched_getscheduler(0));
    printf("prio max/min FIFO = %d/%d\n", sched_get_priority_max(SCHED_FIFO),
           sched_get_priority_min(SCHED_FIFO));
    struct sched_param sp = { 0 };
    expect_ok("sched_setscheduler OTHER", sched_setscheduler(0, SCHED_OTHER, &sp));
    expect_ok("sched_getparam", sched_getparam(0, &sp));
    printf("priority = %d\n", sp.sched_priority);
    struct timespec ts;
    expect_ok("sched_rr_get_interval", sched_rr_get_interval(0, &ts));
    expect_err("sched_get_priority_max bad", sched_get_priority_max(99), EINVAL);
    expect_err("sched_setaffinity bad ptr", syscall(SYS_sched_setaffinity, 0, 128, bad_ptr()), EFAULT);
    expect_err("sched_getparam bad pid", sched_getparam(-5, &sp), EINVAL);
    expect_err("sched_rr_get_interval bad ptr", syscall(SYS_sched_rr_get_interval, 0, bad_ptr()), EFAULT);
}

static void test_limits(void)
{
    struct rlimit rl;
    expect_ok("getrlimit NOFILE", getrlimit(RLIMIT_NOFILE, &rl));
    struct rlimit lower = { 100, rl.rlim_max };
    expect_ok("setrlimit NOFILE", setrlimit(RLIMIT_NOFILE, &lower));
    struct rlimit now;
    getrlimit(RLIMIT_NOFILE, &now);
    printf("NOFILE cur = %lu\n", (unsigned long)now.rlim_cur);
    struct rlimit old;
    expect_ok("prlimit64", prlimit(0, RLIMIT_NOFILE, &rl, &old));
    printf("prlimit old cur = %lu\n", (unsigned long)old.rlim_cur);
    struct rlimit as = { 1ul << 40, RLIM_INFINITY };
    expect_ok("setrlimit AS", setrlimit(RLIMIT_AS, &as));
    getrlimit(RLIMIT_AS, &now);
    printf("AS cur = %lu\n", (unsigned long)now.rlim_cur);
    as.rlim_cur = RLIM_INFINITY;    /* back at once: a sanitized native run needs room */
    expect_ok("setrlimit AS back", setrlimit(RLIMIT_AS, &as));
    struct rlimit bad = { 10, 5 };
    expect_err("setrlimit cur > max", setrlimit(RLIMIT_NOFILE, &bad), EINVAL);
    expect_err("getrlimit bad ptr", syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, bad_ptr()), EFAULT);
    expect_err("getrlimit bad resource", syscall(SYS_prlimit64, 0, 999, NULL, &now), EINVAL);

    struct rusage ru;
    expect_ok("getrusage SELF", getrusage(RUSAGE_SELF, &ru));
    CHECK(ru.ru_maxrss > 0, "ru_maxrss > 0");
    expect_err("getrusage bad who", getrusage(99, &ru), EINVAL);
    expect_err("getrusage bad ptr", syscall(SYS_getrusage, RUSAGE_SELF, bad_ptr()), EFAULT);
    struct tms t;
    CHECK(times(&t) != (clock_t)-1, "times");
    struct sysinfo si;
    expect_ok("sysinfo", sysinfo(&si));
    CHECK(si.mem_unit >= 1 && si.totalram > 0 && si.procs > 0, "sysinfo values");
    expect_err("sysinfo bad ptr", syscall(SYS_sysinfo, bad_ptr()), EFAULT);
}

static void test_caps(void)
{
    struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
    struct __user_cap_data_struct d[2];
    expect_ok("capget", syscall(SYS_capget, &h, d));
    struct __user_cap_header_struct q = { 0, 0 };
    syscall(SYS_capget, &q, NULL);
    printf("preferred version = %#x\n", q.version);
    expect_ok("capset same", syscall(SYS_capset, &h, d));
    expect_err("capget bad ptr", syscall(SYS_capget, bad_ptr(), d), EFAULT);
    printf("personality = %#x\n", personality(0xffffffff));
    printf("personality set ADDR_NO_RANDOMIZE, old = %#x\n", personality(ADDR_NO_RANDOMIZE));
    printf("personality = %#x\n", personality(0xffffffff));
    personality(PER_SVR4);
    printf("personality after PER_SVR4 = %#x\n", personality(0xffffffff));
    personality(0);
}

static void test_time_admin(void)
{
    struct timex tx;
    memset(&tx, 0, sizeof(tx));
    CHECK(adjtimex(&tx) >= 0 && tx.tick > 0, "adjtimex read");
    memset(&tx, 0, sizeof(tx));
    CHECK(syscall(SYS_clock_adjtime, 0 /* CLOCK_REALTIME */, &tx) >= 0 && tx.tick > 0, "clock_adjtime read");
    expect_err("adjtimex bad ptr", syscall(SYS_adjtimex, bad_ptr()), EFAULT);
    expect_err("clock_adjtime bad clock", syscall(SYS_clock_adjtime, 12345, &tx), EINVAL);
    expect_err("mount bad target ptr", syscall(SYS_mount, "none", bad_ptr(), "tmpfs", 0, NULL), EFAULT);
    expect_err("umount2 missing", umount2("/nonexistent-xrun", 0), ENOENT);
    expect_err("umount2 bad flags", umount2("/", 0x80000000), EINVAL);
    expect_err("chroot missing", chroot("/nonexistent-xrun"), ENOENT);
    expect_err("pivot_root bad ptr", syscall(SYS_pivot_root, bad_ptr(), "/"), EFAULT);
    expect_err("setns bad fd", setns(999, 0), EBADF);
    expect_err("unshare bad flags", unshare(0x1), EINVAL);
}

static void test_keys(void)
{
    long id = syscall(SYS_add_key, "user", "xrun-test-key", "payload!", 8, KEY_SPEC_PROCESS_KEYRING);
    if (id < 0) {
        printf("add_key unavailable: %s\n", strerrorname_np(errno));
        return;
    }
    char buf[32] = { 0 };
    show("keyctl READ", syscall(SYS_keyctl, KEYCTL_READ, id, buf, sizeof(buf)));
    printf("payload = %s\n", buf);
    long desc = syscall(SYS_keyctl, KEYCTL_DESCRIBE, id, buf, sizeof(buf));
    CHECK(desc > 0 && strstr(buf, "user;") == buf, "keyctl DESCRIBE");
    long found = syscall(SYS_keyctl, KEYCTL_SEARCH, KEY_SPEC_PROCESS_KEYRING, "user", "xrun-test-key", 0);
    CHECK(found == id, "keyctl SEARCH");
    expect_ok("keyctl REVOKE", syscall(SYS_keyctl, KEYCTL_REVOKE, id));
    expect_err("keyctl READ revoked", syscall(SYS_keyctl, KEYCTL_READ, id, buf, sizeof(buf)), EKEYREVOKED);
    expect_err("add_key bad type ptr", syscall(SYS_add_key, bad_ptr(), "d", "p", 1, KEY_SPEC_PROCESS_KEYRING), EFAULT);
    expect_err("request_key missing", syscall(SYS_request_key, "user", "xrun-no-such-key", NULL, 0), ENOKEY);
}

/* futex_waitv: value mismatch, timeout, bad arguments. */
static void test_futex_waitv(void)
{
    static unsigned int word = 5;
    struct { unsigned long long val, uaddr; unsigned int flags, reserved; } w = {
        4, (unsigned long long)(unsigned long)&word, 2 /* FUTEX2_SIZE_U32 */, 0
    };
    struct timespec past = { 0, 0 };
    long r = syscall(SYS_futex_waitv, &w, 1, 0, &past, CLOCK_MONOTONIC);
    if (r < 0 && errno == ENOSYS) {
        printf("futex_waitv unavailable\n");
        return;
    }
    expect_err("futex_waitv value mismatch", r, EAGAIN);
    w.val = 5;
    expect_err("futex_waitv timeout", syscall(SYS_futex_waitv, &w, 1, 0, &past, CLOCK_MONOTONIC), ETIMEDOUT);
    expect_err("futex_waitv bad flags", syscall(SYS_futex_waitv, &w, 1, 1, &past, CLOCK_MONOTONIC), EINVAL);
    expect_err("futex_waitv bad array", syscall(SYS_futex_waitv, bad_ptr(), 1, 0, &past, CLOCK_MONOTONIC), EFAULT);
    w.uaddr = (unsigned long long)(unsigned long)bad_ptr();
    expect_err("futex_waitv bad uaddr", syscall(SYS_futex_waitv, &w, 1, 0, &past, CLOCK_MONOTONIC), EFAULT);
}

static void test_pidfd(void)
{
    pid_t child = fork();
    if (child == 0) {
        pause();
        _exit(0);
    }
    int pfd = (int)syscall(SYS_pidfd_open, child, 0);
    expect_ok("pidfd_open", pfd);
    expect_ok("pidfd_send_signal", syscall(SYS_pidfd_send_signal, pfd, SIGKILL, NULL, 0));
    int st = 0;
    waitpid(child, &st, 0);
    printf("child killed by %s\n", WIFSIGNALED(st) ? sigabbrev_np(WTERMSIG(st)) : "nothing");
    expect_err("pidfd_send_signal bad fd", syscall(SYS_pidfd_send_signal, 999, SIGKILL, NULL, 0), EBADF);
    expect_err("pidfd_open bad flags", syscall(SYS_pidfd_open, getpid(), 1), EINVAL);
    int me = (int)syscall(SYS_pidfd_open, getpid(), 0);
    int dup = (int)syscall(SYS_pidfd_getfd, me, 1, 0);
    CHECK(dup > 2, "pidfd_getfd of our stdout");
    close(dup);
    close(me);
    close(pfd);
}

int main(void)
{
    test_prctl();
    test_sched();
    test_limits();
    test_caps();
    test_time_admin();
    test_keys();
    test_futex_waitv();
    test_pidfd();
    return 0;
}
