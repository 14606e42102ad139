/*
 * Shared helpers of the syscall conformance programs: each check prints one
 * deterministic line ("name = value" or "name = -1 ENAME"), so the native
 * run and the run under xrun can be compared byte for byte.
 */
#ifndef SYS_COMMON_H
#define SYS_COMMON_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* An address that is never mapped (below mmap_min_addr natively). */
static inline void *bad_ptr(void)
{
    return (void *)0x1000;
}

/* Print the result of a call: its value, or -1 and the errno name. */
static inline long show(const char *what, long r)
{
    if (r < 0)
        printf("%s = -1 %s\n", what, strerrorname_np(errno));
    else
        printf("%s = %ld\n", what, r);
    fflush(stdout);
    return r;
}

/* Expect failure with a given errno; prints ok or what happened instead. */
static inline void expect_err(const char *what, long r, int err)
{
    if (r == -1 && errno == err)
        printf("%s: %s ok\n", what, strerrorname_np(err));
    else
        printf("%s: FAIL r=%ld errno=%s (want %s)\n", what, r, strerrorname_np(errno),
               strerrorname_np(err));
    fflush(stdout);
}

/* Expect success (r >= 0); prints ok or the error. */
static inline long expect_ok(const char *what, long r)
{
    if (r >= 0)
        printf("%s: ok\n", what);
    else
        printf("%s: FAIL errno=%s\n", what, strerrorname_np(errno));
    fflush(stdout);
    return r;
}

#define CHECK(cond, what) \
    do { printf("%s: %s\n", (what), (cond) ? "ok" : "FAIL"); fflush(stdout); } while (0)

#endif
