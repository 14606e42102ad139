/*
 * System V IPC (shared memory, semaphores, message queues) and POSIX
 * message queues.  struct ipc64_perm, shmid_ds, msqid_ds, sembuf, msgbuf,
 * mq_attr and sigevent have the same layout in the generic 64-bit ABI and
 * on x86_64 (neither parses an IPC_64 version bit), so buffers pass through
 * range-checked; semid_ds is converted (below).  shmat: the segment must appear
 * inside the guest space, so a guest range is reserved through util/guestmem
 * first and the segment attached over it with SHM_REMAP.
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <fcntl.h>
#include <mqueue.h>
#include <pthread.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>

#define IPC_BUF_MAX 128      /* the largest *_ds / *info structure */
#define SHM_ATTACH_MAX 256

/* ---- shared memory ------------------------------------------------------------- */

static struct { uint64_t addr, len; } attach[SHM_ATTACH_MAX];
static pthread_mutex_t attach_lock = PTHREAD_MUTEX_INITIALIZER;

uint64_t sys_shmget(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(shmget((key_t)a[0], a[1], (int)a[2]));
}

static uint64_t shm_size(int id)
{
    struct shmid_ds ds;
    if (shmctl(id, IPC_STAT, &ds) != 0)
        return 0;
    return (ds.shm_segsz + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
}

static bool attach_add(uint64_t addr, uint64_t len)
{
    for (int i = 0; i < SHM_ATTACH_MAX; i++)
        if (!attach[i].len) {
            attach[i].addr = addr;
            attach[i].len = len;
            return true;
        }
    return false;
}

static uint64_t do_shmat(int id, uint64_t addr, int flags)
{
    uint64_t len = shm_size(id);
    if (!len)
        return SYS_ERR(errno ? errno : EINVAL);
    if (addr && (flags & SHM_RND))
        addr &= ~(uint64_t)(SHMLBA - 1);
    if (addr & ~GUEST_PAGE_MASK)
        return SYS_ERR(EINVAL);
    int prot = PROT_READ | ((flags & SHM_RDONLY) ? 0 : PROT_WRITE) | ((flags & SHM_EXEC) ? PROT_EXEC : 0);
    int gflags = GM_SHARED | GM_ANON | (addr ? GM_FIXED : 0);
    if (addr && !(flags & SHM_REMAP))
        gflags = GM_SHARED | GM_ANON | GM_FIXED_NOREPLACE;
    uint64_t out;
    int r = gm_mmap(addr, len, prot, gflags, -1, 0, "/SYSV", &out);
    if (r < 0)
        return sys_ret_neg(r == -EEXIST ? -EINVAL : r);
    /* the reserved guest range becomes the segment */
    void *h = shmat(id, g2h(out), (flags & (SHM_RDONLY | SHM_EXEC)) | SHM_REMAP);
    if (h == (void *)-1) {
        int e = errno;
        gm_munmap(out, len);
        return SYS_ERR(e);
    }
    attach_add(out, len);
    return out;
}

uint64_t sys_shmat(GuestCPU *cpu, const uint64_t *a)
{
    pthread_mutex_lock(&attach_lock);
    errno = 0;
    uint64_t r = do_shmat((int)a[0], a[1], (int)a[2]);
    pthread_mutex_unlock(&attach_lock);
    return r;
}

uint64_t sys_shmdt(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t r = SYS_ERR(EINVAL);
    pthread_mutex_lock(&attach_lock);
    for (int i = 0; i < SHM_ATTACH_MAX; i++)
        if (attach[i].len && attach[i].addr == a[0]) {
            shmdt(g2h(a[0]));
            /* gives the range back to the reservation (PROT_NONE) */
            gm_munmap(attach[i].addr, attach[i].len);
            attach[i].len = 0;
            r = 0;
            break;
        }
    pthread_mutex_unlock(&attach_lock);
    return r;
}

uint64_t sys_shmctl(GuestCPU *cpu, const uint64_t *a)
{
    int cmd = (int)a[1] & ~0x100;
    if (cmd == IPC_RMID || cmd == SHM_LOCK || cmd == SHM_UNLOCK)
        return sys_ret(shmctl((int)a[0], cmd, NULL));
    if (!guest_range(a[2], IPC_BUF_MAX))
        return SYS_EFAULT;
    return sys_ret(shmctl((int)a[0], cmd, g2h(a[2])));
}

/* ---- semaphores ------------------------------------------------------------------ */

uint64_t sys_semget(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(semget((key_t)a[0], (int)a[1], (int)a[2]));
}

static uint64_t do_semtimedop(const uint64_t *a, bool timed)
{
    if (a[2] > 4096)                   /* the kernel's SEMOPM cap is lower */
        return SYS_ERR(E2BIG);
    if (!guest_range(a[1], a[2] * 6) || (timed && a[3] && !guest_range(a[3], 16)))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_semtimedop, (int)a[0], g2h(a[1]), (size_t)a[2],
                           timed ? guest_opt(a[3]) : NULL));
}

uint64_t sys_semop(GuestCPU *cpu, const uint64_t *a) { return do_semtimedop(a, false); }
uint64_t sys_semtimedop(GuestCPU *cpu, const uint64_t *a) { return do_semtimedop(a, true); }

/*
 * struct semid64_ds is the one IPC structure whose layout differs: x86_64
 * pads each time field with an unused long (104 bytes), the generic 64-bit
 * ABI does not (88 bytes: perm[48], otime, ctime, nsems, 2 unused).
 */
#define G_SEMID_DS_SIZE 88
#define H_SEMID_DS_SIZE 104

static void semid_h2g(uint8_t *g, const uint8_t *h)
{
    memset(g, 0, G_SEMID_DS_SIZE);
    memcpy(g, h, 48);               /* ipc64_perm */
    memcpy(g + 48, h + 48, 8);      /* sem_otime */
    memcpy(g + 56, h + 64, 8);      /* sem_ctime */
    memcpy(g + 64, h + 80, 8);      /* sem_nsems */
}

static void semid_g2h(uint8_t *h, const uint8_t *g)
{
    memset(h, 0, H_SEMID_DS_SIZE);
    memcpy(h, g, 48);
    memcpy(h + 48, g + 48, 8);
    memcpy(h + 64, g + 56, 8);
    memcpy(h + 80, g + 64, 8);
}

static bool sem_cmd_has_ds(int cmd)
{
    return cmd == IPC_STAT || cmd == IPC_SET || cmd == SEM_STAT || cmd == SEM_STAT_ANY;
}

static uint64_t semctl_ds(const uint64_t *a, int cmd)
{
    uint8_t h[H_SEMID_DS_SIZE], g[G_SEMID_DS_SIZE];
    if (cmd == IPC_SET) {
        if (!copy_from_guest(g, a[3], sizeof(g)))
            return SYS_EFAULT;
        semid_g2h(h, g);
        return sys_ret(syscall(SYS_semctl, (int)a[0], (int)a[1], cmd, h));
    }
    if (!guest_ptr(a[3], sizeof(g), PROT_WRITE))
        return SYS_EFAULT;
    long r = syscall(SYS_semctl, (int)a[0], (int)a[1], cmd, h);
    if (r < 0)
        return SYS_ERR(errno);
    semid_h2g(g, h);
    return copy_to_guest(a[3], g, sizeof(g)) ? (uint64_t)r : SYS_EFAULT;
}

/* semctl's fourth argument is union semun: an int or a pointer by command. */
uint64_t sys_semctl(GuestCPU *cpu, const uint64_t *a)
{
    int cmd = (int)a[2] & ~0x100;
    if (sem_cmd_has_ds(cmd))
        return semctl_ds(a, cmd);
    switch (cmd) {
    case IPC_RMID: case GETVAL: case GETPID: case GETNCNT: case GETZCNT: case SETVAL:
        return sys_ret(syscall(SYS_semctl, (int)a[0], (int)a[1], cmd, a[3]));
    case GETALL: case SETALL: {
        struct semid_ds ds;
        if (syscall(SYS_semctl, (int)a[0], 0, IPC_STAT, &ds) != 0)
            return SYS_ERR(errno);
        if (!guest_range(a[3], ds.sem_nsems * 2))
            return SYS_EFAULT;
        return sys_ret(syscall(SYS_semctl, (int)a[0], (int)a[1], cmd, g2h(a[3])));
    }
    default:        /* IPC_INFO, SEM_INFO: struct seminfo, all ints */
        if (!guest_range(a[3], IPC_BUF_MAX))
            return SYS_EFAULT;
        return sys_ret(syscall(SYS_semctl, (int)a[0], (int)a[1], cmd, g2h(a[3])));
    }
}

/* ---- message queues ---------------------------------------------------------------- */

uint64_t sys_msgget(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(msgget((key_t)a[0], (int)a[1]));
}

uint64_t sys_msgsnd(GuestCPU *cpu, const uint64_t *a)
{
    if ((int64_t)a[2] < 0)
        return SYS_ERR(EINVAL);
    if (!guest_range(a[1], a[2] + 8))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_msgsnd, (int)a[0], g2h(a[1]), a[2], (int)a[3]));
}

uint64_t sys_msgrcv(GuestCPU *cpu, const uint64_t *a)
{
    if ((int64_t)a[2] < 0)
        return SYS_ERR(EINVAL);
    if (!guest_range(a[1], a[2] + 8))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_msgrcv, (int)a[0], g2h(a[1]), a[2], (long)a[3], (int)a[4]));
}

uint64_t sys_msgctl(GuestCPU *cpu, const uint64_t *a)
{
    int cmd = (int)a[1] & ~0x100;
    if (cmd == IPC_RMID)
        return sys_ret(msgctl((int)a[0], cmd, NULL));
    if (!guest_range(a[2], IPC_BUF_MAX))
        return SYS_EFAULT;
    return sys_ret(msgctl((int)a[0], cmd, g2h(a[2])));
}

/* ---- POSIX message queues ------------------------------------------------------------ */

uint64_t sys_mq_open(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(name, a[0]);
    if (a[3] && !guest_range(a[3], sizeof(struct mq_attr)))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_mq_open, name, sys_open_flags_g2h(cpu, a[1]), (mode_t)a[2],
                           guest_opt(a[3])));
}

uint64_t sys_mq_unlink(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(name, a[0]);
    return sys_ret(syscall(SYS_mq_unlink, name));
}

uint64_t sys_mq_timedsend(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], a[2]) || (a[4] && !guest_range(a[4], 16)))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_mq_timedsend, (int)a[0], g2h(a[1]), a[2], (unsigned)a[3],
                           guest_opt(a[4])));
}

uint64_t sys_mq_timedreceive(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], a[2]) || (a[3] && !guest_range(a[3], 4)) ||
        (a[4] && !guest_range(a[4], 16)))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_mq_timedreceive, (int)a[0], g2h(a[1]), a[2], guest_opt(a[3]),
                           guest_opt(a[4])));
}

/* struct sigevent (64 bytes) has the same layout; SIGEV_THREAD is libc's. */
uint64_t sys_mq_notify(GuestCPU *cpu, const uint64_t *a)
{
    if (a[1] && !guest_range(a[1], 64))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_mq_notify, (int)a[0], guest_opt(a[1])));
}

uint64_t sys_mq_getsetattr(GuestCPU *cpu, const uint64_t *a)
{
    if ((a[1] && !guest_range(a[1], sizeof(struct mq_attr))) ||
        (a[2] && !guest_range(a[2], sizeof(struct mq_attr))))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_mq_getsetattr, (int)a[0], guest_opt(a[1]), guest_opt(a[2])));
}
