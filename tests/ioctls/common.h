/*
 * Shared by the ioctl test programs: errno names (the output must not
 * depend on strerror's wording) and a line-per-call report helper.
 */
#ifndef IOCTL_TEST_COMMON_H
#define IOCTL_TEST_COMMON_H

#include <errno.h>
#include <stdio.h>
#include <string.h>

static inline const char *errname(int e)
{
    switch (e) {
    case 0: return "OK";
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case EIO: return "EIO";
    case ENXIO: return "ENXIO";
    case EBADF: return "EBADF";
    case EAGAIN: return "EAGAIN";
    case ENOMEM: return "ENOMEM";
    case EACCES: return "EACCES";
    case EFAULT: return "EFAULT";
    case EBUSY: return "EBUSY";
    case EEXIST: return "EEXIST";
    case EXDEV: return "EXDEV";
    case ENODEV: return "ENODEV";
    case EINVAL: return "EINVAL";
    case ENOTTY: return "ENOTTY";
    case ENOSPC: return "ENOSPC";
    case ENOSYS: return "ENOSYS";
    case ENODATA: return "ENODATA";
    case EOPNOTSUPP: return "EOPNOTSUPP";
    default: return "E?";
    }
}

/* "name: OK" or "name: -1 ENAME" for a call's result r (errno on failure). */
static inline int report(const char *name, long r)
{
    if (r < 0)
        printf("%s: -1 %s\n", name, errname(errno));
    else
        printf("%s: OK\n", name);
    return r < 0 ? -1 : 0;
}

#endif
