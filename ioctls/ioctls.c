/*
 * ioctl commands of the generic ABI.  The terminal ioctls use the kernel's
 * own structures (struct termios: 4 x u32 flags, c_line, c_cc[19] = 36
 * bytes; struct winsize: 4 x u16), whose layout and numbering riscv64,
 * aarch64 and x86_64 share (all use asm-generic/termbits.h and ioctls.h),
 * so a known command passes through once its argument buffer is checked.
 * A command needing conversion gets a converter function in its entry.
 */
#include "ioctls/ioctls.h"

#include <errno.h>
#include <sys/ioctl.h>
#include <sys/mman.h>

#include "syscalls/internal.h"

typedef enum {
    ARG_NONE,      /* no argument */
    ARG_INT,       /* integer value */
    ARG_IN,        /* pointer, the kernel reads `size` bytes */
    ARG_OUT,       /* pointer, the kernel writes `size` bytes */
    ARG_INOUT,     /* pointer, both */
} ArgKind;

typedef struct IoctlDef {
    uint32_t cmd;
    const char *name;
    ArgKind kind;
    uint32_t size;
} IoctlDef;

#define KTERMIOS_SIZE 36
#define KTERMIOS2_SIZE 44
#define WINSIZE_SIZE 8

static const IoctlDef ioctl_defs[] = {
    { 0x5401, "TCGETS", ARG_OUT, KTERMIOS_SIZE },
    { 0x5402, "TCSETS", ARG_IN, KTERMIOS_SIZE },
    { 0x5403, "TCSETSW", ARG_IN, KTERMIOS_SIZE },
    { 0x5404, "TCSETSF", ARG_IN, KTERMIOS_SIZE },
    { 0x802c542a, "TCGETS2", ARG_OUT, KTERMIOS2_SIZE },
    { 0x402c542b, "TCSETS2", ARG_IN, KTERMIOS2_SIZE },
    { 0x402c542c, "TCSETSW2", ARG_IN, KTERMIOS2_SIZE },
    { 0x402c542d, "TCSETSF2", ARG_IN, KTERMIOS2_SIZE },
    { 0x5409, "TCSBRK", ARG_INT, 0 },
    { 0x540A, "TCXONC", ARG_INT, 0 },
    { 0x540B, "TCFLSH", ARG_INT, 0 },
    { 0x540E, "TIOCSCTTY", ARG_INT, 0 },
    { 0x540F, "TIOCGPGRP", ARG_OUT, 4 },
    { 0x5410, "TIOCSPGRP", ARG_IN, 4 },
    { 0x5411, "TIOCOUTQ", ARG_OUT, 4 },
    { 0x5413, "TIOCGWINSZ", ARG_OUT, WINSIZE_SIZE },
    { 0x5414, "TIOCSWINSZ", ARG_IN, WINSIZE_SIZE },
    { 0x541B, "FIONREAD", ARG_OUT, 4 },
    { 0x5421, "FIONBIO", ARG_IN, 4 },
    { 0x5422, "TIOCNOTTY", ARG_NONE, 0 },
    { 0x5429, "TIOCGSID", ARG_OUT, 4 },
    { 0x80045430, "TIOCGPTN", ARG_OUT, 4 },
    { 0x40045431, "TIOCSPTLCK", ARG_IN, 4 },
    { 0x5450, "FIONCLEX", ARG_NONE, 0 },
    { 0x5451, "FIOCLEX", ARG_NONE, 0 },
    { 0x5452, "FIOASYNC", ARG_IN, 4 },
};

static const IoctlDef *ioctl_find(uint64_t cmd)
{
    for (size_t i = 0; i < sizeof(ioctl_defs) / sizeof(ioctl_defs[0]); i++)
        if (ioctl_defs[i].cmd == cmd)
            return &ioctl_defs[i];
    return NULL;
}

static int arg_prot(ArgKind k)
{
    switch (k) {
    case ARG_IN: return PROT_READ;
    case ARG_OUT: return PROT_WRITE;
    case ARG_INOUT: return PROT_READ | PROT_WRITE;
    default: return 0;
    }
}

uint64_t ioctl_dispatch(GuestCPU *cpu, int fd, uint64_t cmd, uint64_t arg)
{
    const IoctlDef *d = ioctl_find((uint32_t)cmd);
    if (!d || cmd >> 32) {
        if (sys_log_once(ONCE_IOCTL, cmd) && log_enabled(LOG_UNIMP))
            log_printf("xrun: unsupported ioctl %#llx on fd %d\n", (unsigned long long)cmd, fd);
        return SYS_ERR(ENOTTY);
    }
    switch (d->kind) {
    case ARG_NONE:
        return sys_ret(ioctl(fd, d->cmd));
    case ARG_INT:
        return sys_ret(ioctl(fd, d->cmd, (unsigned long)arg));
    default:
        if (!guest_ptr(arg, d->size, arg_prot(d->kind)))
            return SYS_EFAULT;
        return sys_ret(ioctl(fd, d->cmd, g2h(arg)));
    }
}
