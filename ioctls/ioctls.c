/*
 * ioctl emulation: one declarative table of the commands xrun knows (name,
 * number, how the argument is passed, its type in the iotype.h language),
 * and one generic routine that checks, converts and passes them on.
 *
 * The guests (aarch64, riscv64) use the asm-generic numbering, which x86_64
 * shares; most argument structures have the same layout too, and those
 * are handed to the host kernel in place (only range-checked: unmapped
 * guest pages are PROT_NONE on the host, so the kernel reports EFAULT
 * exactly where Linux would).  A type whose layout differs, or that holds
 * user pointers, is converted through a host copy.  Commands whose number
 * encodes the argument size (_IOC_SIZE) get the host's size in the host
 * number.  A bad guest pointer is handed to the kernel as an address it
 * refuses, so the kernel's own order of checks decides between EBADF,
 * ENOTTY, EINVAL and EFAULT, as natively.
 */
#include "ioctls/ioctls.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mman.h>

#include "ioctls/iotable.h"
#include "ioctls/iotype.h"
#include "syscalls/internal.h"

/* _IOC encoding (asm-generic, shared by x86_64) */
#define IOC_NONE 0u
#define IOC_W 1u
#define IOC_R 2u
#define IOC(d, t, n, s) (((uint32_t)(d) << 30) | ((uint32_t)(s) << 16) | ((uint32_t)(t) << 8) | (uint32_t)(n))
#define IO(t, n) IOC(IOC_NONE, t, n, 0)
#define IOR(t, n, s) IOC(IOC_R, t, n, s)
#define IOW(t, n, s) IOC(IOC_W, t, n, s)
#define IOWR(t, n, s) IOC(IOC_R | IOC_W, t, n, s)
#define IOC_SIZE_MASK (0x3fffu << 16)
#define IOC_SIZE(c) (((c) >> 16) & 0x3fffu)

/* A kernel address: any user copy from it fails with EFAULT. */
#define BAD_HOST_PTR ((void *)~(uintptr_t)0xfff)

/* ---- argument types --------------------------------------------------------------- */

#define T_INT "i"
#define T_LONG "l"
#define T_U64 "q"
#define T_TERMIOS "4i b 19b"            /* kernel struct termios, NCCS 19 */
#define T_TERMIOS2 "4i b 19b 2i"        /* + c_ispeed, c_ospeed */
#define T_TERMIO "4h b 8b"
#define T_WINSIZE "4h"
#define T_SERIAL "8i h b x i 2h q h i l" /* serial_struct; iomem_base is a kernel pointer */
#define T_RS485 "8i"
#define T_ICOUNTER "20i"
#define T_SOCKADDR "{h 14x}"
#define T_IFREQ "16x 24x"               /* ifr_name + union (no pointer variant) */
#define T_IFREQ_DATA "16x p 16x"        /* ifr_data: a user pointer */
#define T_IFCONF "i p"
#define T_RTENTRY "l 3" T_SOCKADDR " 2h l q h p 2l h"
#define T_ARPREQ T_SOCKADDR " " T_SOCKADDR " i " T_SOCKADDR " 16x"
#define T_TIMEVAL "2l"
#define T_SOCK_FPROG "h p"
#define T_LOOP_INFO "i d l d 4i 64x 32x 2l 4x"  /* old_dev_t: 4 bytes generic, 8 x86_64 */
#define T_LOOP_INFO64 "5q 4i 64x 64x 32x 2q"
#define T_LOOP_CONFIG "2i {" T_LOOP_INFO64 "} 8q"
#define T_RANGE2 "2q"
#define T_FSTRIM "3q"
#define T_CLONE_RANGE "4q"
#define T_FSXATTR "5i 8x"
#define T_FSLABEL "256x"
#define T_BLKPG "3i p"
#define T_HD_GEOMETRY "2b h l"
#define T_RTC_TIME "9i"
#define T_RTC_WKALRM "2b {9i}"
#define T_RTC_PLL "6i l"
#define T_INPUT_ID "4h"
#define T_ABSINFO "6i"
#define T_KEYMAP_ENTRY "2b h i 32b"
#define T_INPUT_MASK "2i P"
#define T_KBENTRY "2b h"
#define T_KBSENTRY "b 512x"
#define T_FONT_OP "5i p"
#define T_VT_MODE "2b 3h"
#define T_VT_STAT "3h"
#define T_SND_CARD_INFO "2i 16x 16x 32x 80x 16x 80x 128x"
#define T_SND_PCM_INFO "4i 64x 80x 32x 4i 16x 64x"
#define T_AUDIO_BUF_INFO "4i"

/* A structure with a trailing array whose length a header field gives. */
typedef struct VarLen {
    uint16_t hdr;          /* bytes before the array */
    uint16_t count_off;    /* the count field */
    uint8_t count_size;
    uint16_t elem;         /* bytes per element */
} VarLen;

static const VarLen VL_FIEMAP = { 32, 16, 4, 56 };        /* fm_extent_count, fiemap_extent */
static const VarLen VL_DEDUPE = { 24, 16, 2, 32 };        /* dest_count, file_dedupe_range_info */
static const VarLen VL_RAND_POOL = { 8, 4, 4, 1 };        /* buf_size in bytes */
static const VarLen VL_TUN_FILTER = { 4, 2, 2, 6 };       /* count, ETH_ALEN addresses */

typedef struct IoctlDef IoctlDef;
typedef uint64_t (*IoctlSpecial)(GuestCPU *cpu, const IoctlDef *d, int fd,
                                 uint32_t hcmd, uint64_t arg);

enum { IOF_SIZED = 1,      /* _IOC_SIZE is the type's size (per ABI) */
       IOF_CMDSIZE = 2 };  /* the argument is _IOC_SIZE(cmd) bytes */

struct IoctlDef {
    const char *name;
    uint32_t cmd;           /* guest number (size 0 when IOF_SIZED) */
    uint32_t mask;          /* bits of the number that vary within the entry */
    uint8_t arg;            /* IOA_* */
    uint8_t flags;
    const char *type;
    const VarLen *vlen;
    IoctlSpecial special;
};

static uint64_t ioc_ifconf(GuestCPU *cpu, const IoctlDef *d, int fd, uint32_t hcmd, uint64_t arg);
static uint64_t ioc_ptpeer(GuestCPU *cpu, const IoctlDef *d, int fd, uint32_t hcmd, uint64_t arg);

/* explicit number */
#define X(nm, c, a, t) { #nm, c, 0, IOA_##a, 0, t, NULL, NULL }
/* _IOC number whose size field is the type's */
#define S(nm, dir, ty, nr, a, t) { #nm, IOC(dir, ty, nr, 0), 0, IOA_##a, IOF_SIZED, t, NULL, NULL }
/* a range of numbers: `mask` bits vary; NULL type: a buffer of _IOC_SIZE bytes */
#define M(nm, c, m, a, t) { #nm, c, m, IOA_##a, (t) ? 0 : IOF_CMDSIZE, t, NULL, NULL }
/* a variable-length structure (same layout in every ABI) */
#define V(nm, c, a, vl) { #nm, c, 0, IOA_##a, 0, NULL, &vl, NULL }
/* a handler of its own */
#define F(nm, c, fn) { #nm, c, 0, IOA_SPECIAL, 0, NULL, NULL, fn }

static const IoctlDef ioctl_defs[] = {
    /* terminals (asm-generic/ioctls.h) */
    X(TCGETS, 0x5401, OUT, T_TERMIOS),
    X(TCSETS, 0x5402, IN, T_TERMIOS),
    X(TCSETSW, 0x5403, IN, T_TERMIOS),
    X(TCSETSF, 0x5404, IN, T_TERMIOS),
    X(TCGETA, 0x5405, OUT, T_TERMIO),
    X(TCSETA, 0x5406, IN, T_TERMIO),
    X(TCSETAW, 0x5407, IN, T_TERMIO),
    X(TCSETAF, 0x5408, IN, T_TERMIO),
    X(TCSBRK, 0x5409, VAL, NULL),
    X(TCXONC, 0x540A, VAL, NULL),
    X(TCFLSH, 0x540B, VAL, NULL),
    X(TIOCEXCL, 0x540C, NONE, NULL),
    X(TIOCNXCL, 0x540D, NONE, NULL),
    X(TIOCSCTTY, 0x540E, VAL, NULL),
    X(TIOCGPGRP, 0x540F, OUT, T_INT),
    X(TIOCSPGRP, 0x5410, IN, T_INT),
    X(TIOCOUTQ, 0x5411, OUT, T_INT),
    X(TIOCSTI, 0x5412, IN, "b"),
    X(TIOCGWINSZ, 0x5413, OUT, T_WINSIZE),
    X(TIOCSWINSZ, 0x5414, IN, T_WINSIZE),
    X(TIOCMGET, 0x5415, OUT, T_INT),
    X(TIOCMBIS, 0x5416, IN, T_INT),
    X(TIOCMBIC, 0x5417, IN, T_INT),
    X(TIOCMSET, 0x5418, IN, T_INT),
    X(TIOCGSOFTCAR, 0x5419, OUT, T_INT),
    X(TIOCSSOFTCAR, 0x541A, IN, T_INT),
    X(FIONREAD, 0x541B, OUT, T_INT),
    X(TIOCCONS, 0x541D, NONE, NULL),
    X(TIOCGSERIAL, 0x541E, OUT, T_SERIAL),
    X(TIOCSSERIAL, 0x541F, IN, T_SERIAL),
    X(TIOCPKT, 0x5420, IN, T_INT),
    X(FIONBIO, 0x5421, IN, T_INT),
    X(TIOCNOTTY, 0x5422, NONE, NULL),
    X(TIOCSETD, 0x5423, IN, T_INT),
    X(TIOCGETD, 0x5424, OUT, T_INT),
    X(TCSBRKP, 0x5425, VAL, NULL),
    X(TIOCSBRK, 0x5427, NONE, NULL),
    X(TIOCCBRK, 0x5428, NONE, NULL),
    X(TIOCGSID, 0x5429, OUT, T_INT),
    S(TCGETS2, IOC_R, 'T', 0x2A, OUT, T_TERMIOS2),
    S(TCSETS2, IOC_W, 'T', 0x2B, IN, T_TERMIOS2),
    S(TCSETSW2, IOC_W, 'T', 0x2C, IN, T_TERMIOS2),
    S(TCSETSF2, IOC_W, 'T', 0x2D, IN, T_TERMIOS2),
    X(TIOCGRS485, 0x542E, OUT, T_RS485),
    X(TIOCSRS485, 0x542F, INOUT, T_RS485),
    X(TIOCGPTN, IOR('T', 0x30, 4), OUT, T_INT),
    X(TIOCSPTLCK, IOW('T', 0x31, 4), IN, T_INT),
    X(TIOCGDEV, IOR('T', 0x32, 4), OUT, T_INT),
    X(TIOCSIG, IOW('T', 0x36, 4), VAL, NULL),
    X(TIOCVHANGUP, 0x5437, NONE, NULL),
    X(TIOCGPKT, IOR('T', 0x38, 4), OUT, T_INT),
    X(TIOCGPTLCK, IOR('T', 0x39, 4), OUT, T_INT),
    X(TIOCGEXCL, IOR('T', 0x40, 4), OUT, T_INT),
    F(TIOCGPTPEER, IO('T', 0x41), ioc_ptpeer),
    X(FIONCLEX, 0x5450, NONE, NULL),
    X(FIOCLEX, 0x5451, NONE, NULL),
    X(FIOASYNC, 0x5452, IN, T_INT),
    X(TIOCSERCONFIG, 0x5453, NONE, NULL),
    X(TIOCGLCKTRMIOS, 0x5456, OUT, T_TERMIOS),
    X(TIOCSLCKTRMIOS, 0x5457, IN, T_TERMIOS),
    X(TIOCSERGETLSR, 0x5459, OUT, T_INT),
    X(TIOCMIWAIT, 0x545C, VAL, NULL),
    X(TIOCGICOUNT, 0x545D, OUT, T_ICOUNTER),
    X(FIOQSIZE, 0x5460, OUT, "q"),

    /* generic file ioctls (linux/fs.h) */
    X(FIBMAP, IO(0x00, 1), INOUT, T_INT),
    X(FIGETBSZ, IO(0x00, 2), OUT, T_INT),
    X(FIFREEZE, IOWR('X', 119, 4), VAL, NULL),
    X(FITHAW, IOWR('X', 120, 4), VAL, NULL),
    S(FITRIM, IOC_R | IOC_W, 'X', 121, INOUT, T_FSTRIM),
    X(FICLONE, IOW(0x94, 9, 4), VAL, NULL),
    S(FICLONERANGE, IOC_W, 0x94, 13, IN, T_CLONE_RANGE),
    V(FIDEDUPERANGE, IOWR(0x94, 54, 24), INOUT, VL_DEDUPE),
    S(FS_IOC_GETFSLABEL, IOC_R, 0x94, 49, OUT, T_FSLABEL),
    S(FS_IOC_SETFSLABEL, IOC_W, 0x94, 50, IN, T_FSLABEL),
    X(FS_IOC_GETFLAGS, IOR('f', 1, 8), OUT, T_INT),   /* declared long, the kernel uses int */
    X(FS_IOC_SETFLAGS, IOW('f', 2, 8), IN, T_INT),
    X(FS_IOC_GETVERSION, IOR('v', 1, 8), OUT, T_INT),
    X(FS_IOC_SETVERSION, IOW('v', 2, 8), IN, T_INT),
    V(FS_IOC_FIEMAP, IOWR('f', 11, 32), INOUT, VL_FIEMAP),
    X(FS_IOC32_GETFLAGS, IOR('f', 1, 4), OUT, T_INT),
    X(FS_IOC32_SETFLAGS, IOW('f', 2, 4), IN, T_INT),
    X(FS_IOC32_GETVERSION, IOR('v', 1, 4), OUT, T_INT),
    X(FS_IOC32_SETVERSION, IOW('v', 2, 4), IN, T_INT),
    S(FS_IOC_FSGETXATTR, IOC_R, 'X', 31, OUT, T_FSXATTR),
    S(FS_IOC_FSSETXATTR, IOC_W, 'X', 32, IN, T_FSXATTR),

    /* block devices */
    X(BLKROSET, IO(0x12, 93), IN, T_INT),
    X(BLKROGET, IO(0x12, 94), OUT, T_INT),
    X(BLKRRPART, IO(0x12, 95), NONE, NULL),
    X(BLKGETSIZE, IO(0x12, 96), OUT, T_LONG),
    X(BLKFLSBUF, IO(0x12, 97), NONE, NULL),
    X(BLKRASET, IO(0x12, 98), VAL, NULL),
    X(BLKRAGET, IO(0x12, 99), OUT, T_LONG),
    X(BLKFRASET, IO(0x12, 100), VAL, NULL),
    X(BLKFRAGET, IO(0x12, 101), OUT, T_LONG),
    X(BLKSECTGET, IO(0x12, 103), OUT, "h"),
    X(BLKSSZGET, IO(0x12, 104), OUT, T_INT),
    X(BLKPG, IO(0x12, 105), IN, T_BLKPG),
    X(BLKBSZGET, IOR(0x12, 112, 8), OUT, T_INT),      /* declared size_t, the kernel uses int */
    X(BLKBSZSET, IOW(0x12, 113, 8), IN, T_INT),
    X(BLKGETSIZE64, IOR(0x12, 114, 8), OUT, T_U64),
    X(BLKDISCARD, IO(0x12, 119), IN, T_RANGE2),
    X(BLKIOMIN, IO(0x12, 120), OUT, T_INT),
    X(BLKIOOPT, IO(0x12, 121), OUT, T_INT),
    X(BLKALIGNOFF, IO(0x12, 122), OUT, T_INT),
    X(BLKPBSZGET, IO(0x12, 123), OUT, T_INT),
    X(BLKDISCARDZEROES, IO(0x12, 124), OUT, T_INT),
    X(BLKSECDISCARD, IO(0x12, 125), IN, T_RANGE2),
    X(BLKROTATIONAL, IO(0x12, 126), OUT, "h"),
    X(BLKZEROOUT, IO(0x12, 127), IN, T_RANGE2),
    X(BLKGETDISKSEQ, IOR(0x12, 128, 8), OUT, T_U64),
    X(BLKGETZONESZ, IOR(0x12, 132, 4), OUT, T_INT),
    X(BLKGETNRZONES, IOR(0x12, 133, 4), OUT, T_INT),
    X(HDIO_GETGEO, 0x0301, OUT, T_HD_GEOMETRY),

    /* loop devices (linux/loop.h) */
    X(LOOP_SET_FD, 0x4C00, VAL, NULL),
    X(LOOP_CLR_FD, 0x4C01, NONE, NULL),
    X(LOOP_SET_STATUS, 0x4C02, IN, T_LOOP_INFO),
    X(LOOP_GET_STATUS, 0x4C03, OUT, T_LOOP_INFO),
    X(LOOP_SET_STATUS64, 0x4C04, IN, T_LOOP_INFO64),
    X(LOOP_GET_STATUS64, 0x4C05, OUT, T_LOOP_INFO64),
    X(LOOP_CHANGE_FD, 0x4C06, VAL, NULL),
    X(LOOP_SET_CAPACITY, 0x4C07, NONE, NULL),
    X(LOOP_SET_DIRECT_IO, 0x4C08, VAL, NULL),
    X(LOOP_SET_BLOCK_SIZE, 0x4C09, VAL, NULL),
    X(LOOP_CONFIGURE, 0x4C0A, IN, T_LOOP_CONFIG),
    X(LOOP_CTL_ADD, 0x4C80, VAL, NULL),
    X(LOOP_CTL_REMOVE, 0x4C81, VAL, NULL),
    X(LOOP_CTL_GET_FREE, 0x4C82, NONE, NULL),

    /* sockets and network interfaces (linux/sockios.h) */
    X(FIOSETOWN, 0x8901, IN, T_INT),
    X(SIOCSPGRP, 0x8902, IN, T_INT),
    X(FIOGETOWN, 0x8903, OUT, T_INT),
    X(SIOCGPGRP, 0x8904, OUT, T_INT),
    X(SIOCATMARK, 0x8905, OUT, T_INT),
    X(SIOCGSTAMP, 0x8906, OUT, T_TIMEVAL),
    X(SIOCGSTAMPNS, 0x8907, OUT, T_TIMEVAL),
    X(SIOCADDRT, 0x890B, IN, T_RTENTRY),
    X(SIOCDELRT, 0x890C, IN, T_RTENTRY),
    X(SIOCGIFNAME, 0x8910, INOUT, T_IFREQ),
    F(SIOCGIFCONF, 0x8912, ioc_ifconf),
    X(SIOCGIFFLAGS, 0x8913, INOUT, T_IFREQ),
    X(SIOCSIFFLAGS, 0x8914, IN, T_IFREQ),
    X(SIOCGIFADDR, 0x8915, INOUT, T_IFREQ),
    X(SIOCSIFADDR, 0x8916, IN, T_IFREQ),
    X(SIOCGIFDSTADDR, 0x8917, INOUT, T_IFREQ),
    X(SIOCSIFDSTADDR, 0x8918, IN, T_IFREQ),
    X(SIOCGIFBRDADDR, 0x8919, INOUT, T_IFREQ),
    X(SIOCSIFBRDADDR, 0x891A, IN, T_IFREQ),
    X(SIOCGIFNETMASK, 0x891B, INOUT, T_IFREQ),
    X(SIOCSIFNETMASK, 0x891C, IN, T_IFREQ),
    X(SIOCGIFMETRIC, 0x891D, INOUT, T_IFREQ),
    X(SIOCSIFMETRIC, 0x891E, IN, T_IFREQ),
    X(SIOCGIFMTU, 0x8921, INOUT, T_IFREQ),
    X(SIOCSIFMTU, 0x8922, IN, T_IFREQ),
    X(SIOCSIFNAME, 0x8923, IN, T_IFREQ),
    X(SIOCSIFHWADDR, 0x8924, IN, T_IFREQ),
    X(SIOCGIFHWADDR, 0x8927, INOUT, T_IFREQ),
    X(SIOCADDMULTI, 0x8931, IN, T_IFREQ),
    X(SIOCDELMULTI, 0x8932, IN, T_IFREQ),
    X(SIOCGIFINDEX, 0x8933, INOUT, T_IFREQ),
    X(SIOCGIFPFLAGS, 0x8935, INOUT, T_IFREQ),
    X(SIOCSIFPFLAGS, 0x8934, IN, T_IFREQ),
    X(SIOCGIFTXQLEN, 0x8942, INOUT, T_IFREQ),
    X(SIOCSIFTXQLEN, 0x8943, IN, T_IFREQ),
    X(SIOCETHTOOL, 0x8946, INOUT, T_IFREQ_DATA),
    X(SIOCGMIIPHY, 0x8947, INOUT, T_IFREQ),
    X(SIOCGMIIREG, 0x8948, INOUT, T_IFREQ),
    X(SIOCSMIIREG, 0x8949, IN, T_IFREQ),
    X(SIOCOUTQNSD, 0x894B, OUT, T_INT),
    X(SIOCDARP, 0x8953, IN, T_ARPREQ),
    X(SIOCGARP, 0x8954, INOUT, T_ARPREQ),
    X(SIOCSARP, 0x8955, IN, T_ARPREQ),
    X(SIOCGIFMAP, 0x8970, INOUT, T_IFREQ),
    X(SIOCSIFMAP, 0x8971, IN, T_IFREQ),

    /* tun/tap (linux/if_tun.h) */
    X(TUNSETNOCSUM, IOW('T', 200, 4), VAL, NULL),
    X(TUNSETDEBUG, IOW('T', 201, 4), VAL, NULL),
    X(TUNSETIFF, IOW('T', 202, 4), INOUT, T_IFREQ),
    X(TUNSETPERSIST, IOW('T', 203, 4), VAL, NULL),
    X(TUNSETOWNER, IOW('T', 204, 4), VAL, NULL),
    X(TUNSETLINK, IOW('T', 205, 4), VAL, NULL),
    X(TUNSETGROUP, IOW('T', 206, 4), VAL, NULL),
    X(TUNGETFEATURES, IOR('T', 207, 4), OUT, T_INT),
    X(TUNSETOFFLOAD, IOW('T', 208, 4), VAL, NULL),
    V(TUNSETTXFILTER, IOW('T', 209, 4), IN, VL_TUN_FILTER),
    X(TUNGETIFF, IOR('T', 210, 4), OUT, T_IFREQ),
    X(TUNGETSNDBUF, IOR('T', 211, 4), OUT, T_INT),
    X(TUNSETSNDBUF, IOW('T', 212, 4), IN, T_INT),
    S(TUNATTACHFILTER, IOC_W, 'T', 213, IN, T_SOCK_FPROG),
    S(TUNDETACHFILTER, IOC_W, 'T', 214, NONE, T_SOCK_FPROG),
    X(TUNGETVNETHDRSZ, IOR('T', 215, 4), OUT, T_INT),
    X(TUNSETVNETHDRSZ, IOW('T', 216, 4), IN, T_INT),
    X(TUNSETQUEUE, IOW('T', 217, 4), IN, T_IFREQ),
    X(TUNSETIFINDEX, IOW('T', 218, 4), IN, T_INT),
    S(TUNGETFILTER, IOC_R, 'T', 219, OUT, T_SOCK_FPROG),
    X(TUNSETVNETLE, IOW('T', 220, 4), IN, T_INT),
    X(TUNGETVNETLE, IOR('T', 221, 4), OUT, T_INT),
    X(TUNSETVNETBE, IOW('T', 222, 4), IN, T_INT),
    X(TUNGETVNETBE, IOR('T', 223, 4), OUT, T_INT),

    /* random (linux/random.h) */
    X(RNDGETENTCNT, IOR('R', 0, 4), OUT, T_INT),
    X(RNDADDTOENTCNT, IOW('R', 1, 4), IN, T_INT),
    X(RNDGETPOOL, IOR('R', 2, 8), OUT, "2i"),
    V(RNDADDENTROPY, IOW('R', 3, 8), IN, VL_RAND_POOL),
    X(RNDZAPENTCNT, IO('R', 4), NONE, NULL),
    X(RNDCLEARPOOL, IO('R', 6), NONE, NULL),
    X(RNDRESEEDCRNG, IO('R', 7), NONE, NULL),

    /* rtc (linux/rtc.h) */
    X(RTC_AIE_ON, IO('p', 1), NONE, NULL),
    X(RTC_AIE_OFF, IO('p', 2), NONE, NULL),
    X(RTC_UIE_ON, IO('p', 3), NONE, NULL),
    X(RTC_UIE_OFF, IO('p', 4), NONE, NULL),
    X(RTC_PIE_ON, IO('p', 5), NONE, NULL),
    X(RTC_PIE_OFF, IO('p', 6), NONE, NULL),
    X(RTC_WIE_ON, IO('p', 15), NONE, NULL),
    X(RTC_WIE_OFF, IO('p', 16), NONE, NULL),
    S(RTC_ALM_SET, IOC_W, 'p', 7, IN, T_RTC_TIME),
    S(RTC_ALM_READ, IOC_R, 'p', 8, OUT, T_RTC_TIME),
    S(RTC_RD_TIME, IOC_R, 'p', 9, OUT, T_RTC_TIME),
    S(RTC_SET_TIME, IOC_W, 'p', 10, IN, T_RTC_TIME),
    S(RTC_IRQP_READ, IOC_R, 'p', 11, OUT, T_LONG),
    S(RTC_IRQP_SET, IOC_W, 'p', 12, VAL, T_LONG),
    S(RTC_EPOCH_READ, IOC_R, 'p', 13, OUT, T_LONG),
    S(RTC_EPOCH_SET, IOC_W, 'p', 14, VAL, T_LONG),
    S(RTC_WKALM_SET, IOC_W, 'p', 15, IN, T_RTC_WKALRM),
    S(RTC_WKALM_RD, IOC_R, 'p', 16, OUT, T_RTC_WKALRM),
    S(RTC_PLL_GET, IOC_R, 'p', 17, OUT, T_RTC_PLL),
    S(RTC_PLL_SET, IOC_W, 'p', 18, IN, T_RTC_PLL),

    /* input (linux/input.h) */
    X(EVIOCGVERSION, IOR('E', 0x01, 4), OUT, T_INT),
    S(EVIOCGID, IOC_R, 'E', 0x02, OUT, T_INPUT_ID),
    X(EVIOCGREP, IOR('E', 0x03, 8), OUT, "2i"),
    X(EVIOCSREP, IOW('E', 0x03, 8), IN, "2i"),
    X(EVIOCGKEYCODE, IOR('E', 0x04, 8), INOUT, "2i"),
    S(EVIOCGKEYCODE_V2, IOC_R, 'E', 0x04, INOUT, T_KEYMAP_ENTRY),
    X(EVIOCSKEYCODE, IOW('E', 0x04, 8), IN, "2i"),
    S(EVIOCSKEYCODE_V2, IOC_W, 'E', 0x04, IN, T_KEYMAP_ENTRY),
    M(EVIOCGNAME, IOR('E', 0x06, 0), IOC_SIZE_MASK, OUT, NULL),
    M(EVIOCGPHYS, IOR('E', 0x07, 0), IOC_SIZE_MASK, OUT, NULL),
    M(EVIOCGUNIQ, IOR('E', 0x08, 0), IOC_SIZE_MASK, OUT, NULL),
    M(EVIOCGPROP, IOR('E', 0x09, 0), IOC_SIZE_MASK, OUT, NULL),
    M(EVIOCGMTSLOTS, IOR('E', 0x0a, 0), IOC_SIZE_MASK, INOUT, NULL),
    M(EVIOCGKEY, IOR('E', 0x18, 0), IOC_SIZE_MASK, OUT, NULL),
    M(EVIOCGLED, IOR('E', 0x19, 0), IOC_SIZE_MASK, OUT, NULL),
    M(EVIOCGSND, IOR('E', 0x1a, 0), IOC_SIZE_MASK, OUT, NULL),
    M(EVIOCGSW, IOR('E', 0x1b, 0), IOC_SIZE_MASK, OUT, NULL),
    M(EVIOCGBIT, IOR('E', 0x20, 0), IOC_SIZE_MASK | 0x1f, OUT, NULL),
    M(EVIOCGABS, IOR('E', 0x40, 24), 0x3f, OUT, T_ABSINFO),
    M(EVIOCSABS, IOW('E', 0xc0, 24), 0x3f, IN, T_ABSINFO),
    X(EVIOCRMFF, IOW('E', 0x81, 4), VAL, NULL),
    X(EVIOCGEFFECTS, IOR('E', 0x84, 4), OUT, T_INT),
    X(EVIOCGRAB, IOW('E', 0x90, 4), VAL, NULL),
    X(EVIOCREVOKE, IOW('E', 0x91, 4), VAL, NULL),
    S(EVIOCGMASK, IOC_R, 'E', 0x92, IN, T_INPUT_MASK),   /* the kernel writes *codes_ptr */
    S(EVIOCSMASK, IOC_W, 'E', 0x93, IN, T_INPUT_MASK),
    X(EVIOCSCLOCKID, IOW('E', 0xa0, 4), IN, T_INT),

    /* consoles (linux/kd.h, linux/vt.h) */
    X(KIOCSOUND, 0x4B2F, VAL, NULL),
    X(KDMKTONE, 0x4B30, VAL, NULL),
    X(KDGETLED, 0x4B31, OUT, "b"),
    X(KDSETLED, 0x4B32, VAL, NULL),
    X(KDGKBTYPE, 0x4B33, OUT, "b"),
    X(KDSETMODE, 0x4B3A, VAL, NULL),
    X(KDGETMODE, 0x4B3B, OUT, T_INT),
    X(KDGKBMODE, 0x4B44, OUT, T_INT),
    X(KDSKBMODE, 0x4B45, VAL, NULL),
    X(KDGKBENT, 0x4B46, INOUT, T_KBENTRY),
    X(KDSKBENT, 0x4B47, IN, T_KBENTRY),
    X(KDGKBSENT, 0x4B48, INOUT, T_KBSENTRY),
    X(KDSKBSENT, 0x4B49, IN, T_KBSENTRY),
    X(KDSIGACCEPT, 0x4B4E, VAL, NULL),
    X(KDGKBMETA, 0x4B62, OUT, T_INT),
    X(KDSKBMETA, 0x4B63, VAL, NULL),
    X(KDGKBLED, 0x4B64, OUT, "b"),
    X(KDSKBLED, 0x4B65, VAL, NULL),
    X(KDFONTOP, 0x4B72, INOUT, T_FONT_OP),
    X(VT_OPENQRY, 0x5600, OUT, T_INT),
    X(VT_GETMODE, 0x5601, OUT, T_VT_MODE),
    X(VT_SETMODE, 0x5602, IN, T_VT_MODE),
    X(VT_GETSTATE, 0x5603, OUT, T_VT_STAT),
    X(VT_RELDISP, 0x5605, VAL, NULL),
    X(VT_ACTIVATE, 0x5606, VAL, NULL),
    X(VT_WAITACTIVE, 0x5607, VAL, NULL),
    X(VT_DISALLOCATE, 0x5608, VAL, NULL),
    X(VT_RESIZE, 0x5609, IN, T_VT_STAT),
    X(VT_LOCKSWITCH, 0x560B, NONE, NULL),
    X(VT_UNLOCKSWITCH, 0x560C, NONE, NULL),
    X(VT_GETHIFONTMASK, 0x560D, OUT, "h"),

    /* sound: ALSA basics (sound/asound.h), OSS (linux/soundcard.h) */
    X(SNDRV_CTL_IOCTL_PVERSION, IOR('U', 0x00, 4), OUT, T_INT),
    S(SNDRV_CTL_IOCTL_CARD_INFO, IOC_R, 'U', 0x01, OUT, T_SND_CARD_INFO),
    X(SNDRV_PCM_IOCTL_PVERSION, IOR('A', 0x00, 4), OUT, T_INT),
    S(SNDRV_PCM_IOCTL_INFO, IOC_R, 'A', 0x01, OUT, T_SND_PCM_INFO),
    X(SNDRV_TIMER_IOCTL_PVERSION, IOR('T', 0x00, 4), OUT, T_INT),
    X(SNDCTL_DSP_RESET, IO('P', 0), NONE, NULL),
    X(SNDCTL_DSP_SYNC, IO('P', 1), NONE, NULL),
    X(SNDCTL_DSP_SPEED, IOWR('P', 2, 4), INOUT, T_INT),
    X(SNDCTL_DSP_STEREO, IOWR('P', 3, 4), INOUT, T_INT),
    X(SNDCTL_DSP_GETBLKSIZE, IOWR('P', 4, 4), INOUT, T_INT),
    X(SNDCTL_DSP_SETFMT, IOWR('P', 5, 4), INOUT, T_INT),
    X(SNDCTL_DSP_CHANNELS, IOWR('P', 6, 4), INOUT, T_INT),
    X(SNDCTL_DSP_POST, IO('P', 8), NONE, NULL),
    X(SNDCTL_DSP_SUBDIVIDE, IOWR('P', 9, 4), INOUT, T_INT),
    X(SNDCTL_DSP_SETFRAGMENT, IOWR('P', 10, 4), INOUT, T_INT),
    X(SNDCTL_DSP_GETFMTS, IOR('P', 11, 4), OUT, T_INT),
    S(SNDCTL_DSP_GETOSPACE, IOC_R, 'P', 12, OUT, T_AUDIO_BUF_INFO),
    S(SNDCTL_DSP_GETISPACE, IOC_R, 'P', 13, OUT, T_AUDIO_BUF_INFO),
    X(SNDCTL_DSP_NONBLOCK, IO('P', 14), NONE, NULL),
    X(SNDCTL_DSP_GETCAPS, IOR('P', 15, 4), OUT, T_INT),
    X(SNDCTL_DSP_GETTRIGGER, IOR('P', 16, 4), OUT, T_INT),
    X(SNDCTL_DSP_SETTRIGGER, IOW('P', 16, 4), IN, T_INT),
    M(SOUND_MIXER_READ, IOR('M', 0, 4), 0xff, OUT, T_INT),
    M(SOUND_MIXER_WRITE, IOWR('M', 0, 4), 0xff, INOUT, T_INT),
};

#undef X
#undef S
#undef M
#undef V
#undef F

#define NDEFS (int)(sizeof(ioctl_defs) / sizeof(ioctl_defs[0]))

/* Numbers and sizes computed once from the types. */
static struct {
    uint32_t guest_cmd, host_cmd;
    uint32_t guest_size, host_size;
    bool identical;
} defs_rt[NDEFS];
static pthread_once_t defs_once = PTHREAD_ONCE_INIT;

static void defs_init(void)
{
    for (int i = 0; i < NDEFS; i++) {
        const IoctlDef *d = &ioctl_defs[i];
        const char *t = d->type ? d->type : "";
        uint32_t gs = (uint32_t)iot_size(t, &iot_abi_generic64);
        uint32_t hs = (uint32_t)iot_size(t, &iot_abi_x86_64);
        defs_rt[i].guest_size = gs;
        defs_rt[i].host_size = hs;
        defs_rt[i].identical = iot_identical(t, &iot_abi_generic64, &iot_abi_x86_64);
        defs_rt[i].guest_cmd = d->cmd | ((d->flags & IOF_SIZED) ? gs << 16 : 0);
        defs_rt[i].host_cmd = d->cmd | ((d->flags & IOF_SIZED) ? hs << 16 : 0);
    }
}

int ioctl_table_find(uint32_t cmd)
{
    pthread_once(&defs_once, defs_init);
    for (int i = 0; i < NDEFS; i++)
        if ((cmd & ~ioctl_defs[i].mask) == defs_rt[i].guest_cmd)
            return i;
    return -1;
}

int ioctl_table_size(void)
{
    return NDEFS;
}

bool ioctl_table_entry(int i, IoctlInfo *out)
{
    if (i < 0 || i >= NDEFS)
        return false;
    pthread_once(&defs_once, defs_init);
    const IoctlDef *d = &ioctl_defs[i];
    *out = (IoctlInfo){ d->name, defs_rt[i].guest_cmd, defs_rt[i].host_cmd, d->mask,
                        d->arg, d->type, defs_rt[i].guest_size, defs_rt[i].host_size };
    if (d->vlen)
        out->guest_size = out->host_size = d->vlen->hdr;
    return true;
}

const char *ioctl_name(uint64_t cmd)
{
    int i = ioctl_table_find((uint32_t)cmd);
    return i < 0 ? NULL : ioctl_defs[i].name;
}

/* ---- the generic path --------------------------------------------------------------- */

static uint64_t ptr_xlate(uint64_t v, bool to_host)
{
    if (to_host)
        return gm_in_range(v, 1) ? (uint64_t)(uintptr_t)g2h(v) : (uint64_t)(uintptr_t)BAD_HOST_PTR;
    uint64_t g = v - (uint64_t)(uintptr_t)gm_base;
    return g < gm_limit ? g : v;
}

static int arg_prot(int kind)
{
    return (kind == IOA_IN ? PROT_READ : 0) | (kind == IOA_OUT ? PROT_WRITE : 0) |
           (kind == IOA_INOUT ? PROT_READ | PROT_WRITE : 0);
}

/* The host kernel works on the guest's bytes in place. */
static uint64_t ioctl_inplace(int fd, uint32_t hcmd, int kind, uint64_t arg, uint64_t size)
{
    if (!guest_range(arg, size))
        return sys_ret(ioctl(fd, hcmd, BAD_HOST_PTR));
    if (kind != IOA_IN)
        gm_code_range_written(arg, size);
    return sys_ret(ioctl(fd, hcmd, g2h(arg)));
}

/* Through a host copy, converted both ways. */
static uint64_t ioctl_converted(const IoctlDef *d, int i, int fd, uint32_t hcmd, uint64_t arg)
{
    uint8_t stack[1024];
    size_t gsize = defs_rt[i].guest_size, hsize = defs_rt[i].host_size;
    uint8_t *gp = guest_ptr(arg, gsize, arg_prot(d->arg));
    if (!gp)
        return sys_ret(ioctl(fd, hcmd, BAD_HOST_PTR));
    uint8_t *hbuf = hsize <= sizeof(stack) ? stack : malloc(hsize);
    if (!hbuf)
        return SYS_ERR(ENOMEM);
    if (d->arg == IOA_OUT)
        memset(hbuf, 0, hsize);
    else
        iot_convert(d->type, &iot_abi_generic64, gp, &iot_abi_x86_64, hbuf, ptr_xlate, true);
    long r = ioctl(fd, hcmd, hbuf);
    int err = errno;
    if (r >= 0 && d->arg != IOA_IN)
        iot_convert(d->type, &iot_abi_x86_64, hbuf, &iot_abi_generic64, gp, ptr_xlate, false);
    if (hbuf != stack)
        free(hbuf);
    errno = err;
    return sys_ret(r);
}

/* Size of a variable-length argument from its header; false if unreadable. */
static bool vlen_size(const VarLen *v, uint64_t arg, uint64_t *size)
{
    uint8_t cnt[8] = { 0 };
    if (!copy_from_guest(cnt, arg + v->count_off, v->count_size))
        return false;
    uint64_t n = 0;
    memcpy(&n, cnt, sizeof(n));       /* little-endian guest and host */
    *size = v->hdr + n * v->elem;
    return true;
}

uint64_t ioctl_dispatch(GuestCPU *cpu, int fd, uint64_t cmd64, uint64_t arg)
{
    /* the kernel's cmd is an unsigned int: upper register bits do not count */
    uint32_t cmd = (uint32_t)cmd64;
    int i = ioctl_table_find(cmd);
    if (i < 0) {
        if (sys_log_once(ONCE_IOCTL, cmd) && log_enabled(LOG_UNIMP))
            log_printf("xrun: unsupported ioctl %#x on fd %d\n", cmd, fd);
        /* the kernel looks the fd up before the command */
        return SYS_ERR(fcntl(fd, F_GETFD) < 0 ? EBADF : ENOTTY);
    }
    const IoctlDef *d = &ioctl_defs[i];
    uint32_t hcmd = defs_rt[i].host_cmd | (cmd & d->mask);
    if (d->special)
        return d->special(cpu, d, fd, hcmd, arg);
    switch (d->arg) {
    case IOA_NONE:
    case IOA_VAL:
        return sys_ret(ioctl(fd, hcmd, (unsigned long)arg));
    default:
        break;
    }
    if (d->flags & IOF_CMDSIZE)
        return ioctl_inplace(fd, hcmd, d->arg, arg, IOC_SIZE(cmd));
    if (d->vlen) {
        uint64_t size;
        if (!vlen_size(d->vlen, arg, &size))
            return sys_ret(ioctl(fd, hcmd, BAD_HOST_PTR));
        return ioctl_inplace(fd, hcmd, d->arg, arg, size);
    }
    if (defs_rt[i].identical)
        return ioctl_inplace(fd, hcmd, d->arg, arg, defs_rt[i].guest_size);
    return ioctl_converted(d, i, fd, hcmd, arg);
}

/* ---- special handlers ------------------------------------------------------------- */

/*
 * SIOCGIFCONF: struct ifconf points to an array of struct ifreq, converted
 * element by element through a host array; with a NULL buffer the kernel
 * only reports the length it needs.
 */
static uint64_t ioc_ifconf(GuestCPU *cpu, const IoctlDef *d, int fd, uint32_t hcmd, uint64_t arg)
{
    const IotAbi *ga = &iot_abi_generic64, *ha = &iot_abi_x86_64;
    uint8_t *gifc = guest_ptr(arg, iot_size(T_IFCONF, ga), PROT_READ | PROT_WRITE);
    if (!gifc)
        return sys_ret(ioctl(fd, hcmd, BAD_HOST_PTR));
    int32_t glen;
    uint64_t gbuf;
    memcpy(&glen, gifc, 4);
    memcpy(&gbuf, gifc + 8, 8);
    size_t gsz = iot_size(T_IFREQ, ga), hsz = iot_size(T_IFREQ, ha);
    size_t n = glen > 0 ? (size_t)glen / gsz : 0;
    if (n > 4096)
        n = 4096;     /* more interfaces than any host has */
    struct ifconf { int len; void *buf; } hifc = { (int)(n * hsz), NULL };
    uint8_t *hbuf = NULL;
    if (gbuf) {
        if (!guest_ptr(gbuf, (uint64_t)n * gsz, PROT_WRITE))
            hifc.buf = BAD_HOST_PTR;
        else if (!(hifc.buf = hbuf = calloc(n ? n : 1, hsz)))   /* non-NULL even when empty */
            return SYS_ERR(ENOMEM);
    } else {
        hifc.len = 0;
    }
    long r = ioctl(fd, hcmd, &hifc);
    int err = errno;
    if (r >= 0) {
        size_t got = (size_t)hifc.len / hsz;
        for (size_t k = 0; hbuf && k < got; k++)
            iot_convert(T_IFREQ, ha, hbuf + k * hsz, ga, g2h(gbuf + k * gsz), ptr_xlate, false);
        int32_t len = (int32_t)(got * gsz);
        memcpy(gifc, &len, 4);
    }
    free(hbuf);
    errno = err;
    return sys_ret(r);
}

/* TIOCGPTPEER: the argument is open flags, in the guest's encoding. */
static uint64_t ioc_ptpeer(GuestCPU *cpu, const IoctlDef *d, int fd, uint32_t hcmd, uint64_t arg)
{
    return sys_ret(ioctl(fd, hcmd, (unsigned long)sys_open_flags_g2h(cpu, arg)));
}
