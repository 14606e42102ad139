/* System V shared memory (attached into the address space and shared with
 * a second attachment), semaphores and message queues, POSIX message
 * queues; error paths. */
#include "sys_common.h"

#include <fcntl.h>
#include <mqueue.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>

union semun { int val; struct semid_ds *buf; unsigned short *array; };

static void test_shm(void)
{
    int id = shmget(IPC_PRIVATE, 10000, IPC_CREAT | 0600);
    expect_ok("shmget", id);
    char *a = shmat(id, NULL, 0);
    CHECK(a != (void *)-1 && ((unsigned long)a & 4095) == 0, "shmat page aligned");
    char *b = shmat(id, NULL, SHM_RDONLY);
    CHECK(b != (void *)-1 && b != a, "second attachment");
    strcpy(a + 9000, "shared!");
    printf("read through second mapping: %s\n", b + 9000);
    struct shmid_ds ds;
    expect_ok("shmctl IPC_STAT", shmctl(id, IPC_STAT, &ds));
    printf("segsz=%zu nattch=%lu mode=%o\n", (size_t)ds.shm_segsz, (unsigned long)ds.shm_nattch,
           ds.shm_perm.mode & 0777);
    expect_ok("shmdt b", shmdt(b));
    expect_err("shmdt again", shmdt(b), EINVAL);
    expect_ok("shmdt a", shmdt(a));
    expect_err("shmat unaligned", (long)shmat(id, (void *)0x12345, 0), EINVAL);
    expect_err("shmctl bad ptr", syscall(SYS_shmctl, id, IPC_STAT, bad_ptr()), EFAULT);
    expect_ok("shmctl IPC_RMID", shmctl(id, IPC_RMID, NULL));
    expect_err("shmat removed", (long)shmat(id, NULL, 0), EINVAL);
    expect_err("shmget bad size", shmget(IPC_PRIVATE, 0, IPC_CREAT | 0600), EINVAL);
}

static void test_sem(void)
{
    int id = semget(IPC_PRIVATE, 3, IPC_CREAT | 0600);
    expect_ok("semget", id);
    unsigned short init[3] = { 1, 2, 3 }, got[3] = { 0, 0, 0 };
    expect_ok("semctl SETALL", semctl(id, 0, SETALL, (union semun){ .array = init }));
    struct sembuf ops[2] = { { 0, -1, 0 }, { 2, 4, 0 } };
    expect_ok("semop", semop(id, ops, 2));
    semctl(id, 0, GETALL, (union semun){ .array = got });
    printf("GETALL = %u %u %u\n", got[0], got[1], got[2]);
    printf("GETVAL 2 = %d\n", semctl(id, 2, GETVAL));
    struct sembuf wait0 = { 0, -1, IPC_NOWAIT };
    expect_err("semop would block", semop(id, &wait0, 1), EAGAIN);
    struct timespec ts = { 0, 1000000 };
    wait0.sem_flg = 0;
    expect_err("semtimedop timeout", semtimedop(id, &wait0, 1, &ts), EAGAIN);
    struct semid_ds ds;
    expect_ok("semctl IPC_STAT", semctl(id, 0, IPC_STAT, (union semun){ .buf = &ds }));
    printf("nsems = %lu\n", (unsigned long)ds.sem_nsems);
    expect_err("semop bad ptr", syscall(SYS_semop, id, bad_ptr(), 1), EFAULT);
    expect_err("semop bad semnum", semop(id, &(struct sembuf){ 7, 1, 0 }, 1), EFBIG);
    expect_ok("semctl IPC_RMID", semctl(id, 0, IPC_RMID));
    expect_err("semop removed", semop(id, ops, 1), EINVAL);
}

struct mbuf { long mtype; char mtext[32]; };

static void test_msg(void)
{
    int id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
    expect_ok("msgget", id);
    struct mbuf m = { 5, "type five" };
    expect_ok("msgsnd 5", msgsnd(id, &m, strlen(m.mtext) + 1, 0));
    m.mtype = 2;
    strcpy(m.mtext, "type two");
    expect_ok("msgsnd 2", msgsnd(id, &m, strlen(m.mtext) + 1, 0));
    struct mbuf r;
    long n = msgrcv(id, &r, sizeof(r.mtext), 2, 0);
    printf("msgrcv type 2 = %ld: %ld %s\n", n, r.mtype, r.mtext);
    struct msqid_ds ds;
    msgctl(id, IPC_STAT, &ds);
    printf("qnum = %lu\n", (unsigned long)ds.msg_qnum);
    n = msgrcv(id, &r, sizeof(r.mtext), 0, 0);
    printf("msgrcv any = %ld: %ld %s\n", n, r.mtype, r.mtext);
    expect_err("msgrcv empty", msgrcv(id, &r, sizeof(r.mtext), 0, IPC_NOWAIT), ENOMSG);
    expect_err("msgsnd bad ptr", syscall(SYS_msgsnd, id, bad_ptr(), 4, 0), EFAULT);
    expect_err("msgsnd bad type", msgsnd(id, &(struct mbuf){ 0, "x" }, 2, 0), EINVAL);
    expect_ok("msgctl IPC_RMID", msgctl(id, IPC_RMID, NULL));
    expect_err("msgsnd removed", msgsnd(id, &m, 4, 0), EINVAL);
}

static void test_mq(void)
{
    char name[64];
    snprintf(name, sizeof(name), "/xrun-sys-mq-%d", (int)getpid());
    struct mq_attr attr = { .mq_maxmsg = 4, .mq_msgsize = 64 };
    mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
    if (q == (mqd_t)-1 && (errno == ENOSYS || errno == EACCES)) {
        printf("mq: not available here\n");
        return;
    }
    expect_ok("mq_open", q);
    expect_ok("mq_send low", mq_send(q, "low", 4, 1));
    expect_ok("mq_send high", mq_send(q, "high", 5, 9));
    struct mq_attr got;
    mq_getattr(q, &got);
    printf("curmsgs=%ld maxmsg=%ld msgsize=%ld\n", got.mq_curmsgs, got.mq_maxmsg, got.mq_msgsize);
    char buf[64];
    unsigned prio = 0;
    long n = mq_receive(q, buf, sizeof(buf), &prio);
    printf("mq_receive = %ld %s prio %u\n", n, buf, prio);
    n = mq_receive(q, buf, sizeof(buf), &prio);
    printf("mq_receive = %ld %s prio %u\n", n, buf, prio);
    struct timespec ts = { 0, 0 };
    expect_err("mq_timedreceive empty", mq_timedreceive(q, buf, sizeof(buf), &prio, &ts), ETIMEDOUT);
    expect_err("mq_receive small buffer", mq_receive(q, buf, 8, &prio), EMSGSIZE);
    expect_err("mq_send bad ptr", syscall(SYS_mq_timedsend, q, bad_ptr(), 4, 0, NULL), EFAULT);
    expect_err("mq_open exists", mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr), EEXIST);
    mq_close(q);
    expect_ok("mq_unlink", mq_unlink(name));
    expect_err("mq_unlink again", mq_unlink(name), ENOENT);
    expect_err("mq_open bad name ptr", syscall(SYS_mq_open, bad_ptr(), O_RDONLY, 0, NULL), EFAULT);
}

int main(void)
{
    test_shm();
    test_sem();
    test_msg();
    test_mq();
    return 0;
}
