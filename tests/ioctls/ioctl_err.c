/*
 * ioctl error paths, which must come out in the kernel's order: a bad fd
 * is EBADF whatever the command and pointer, a command the file does not
 * know is ENOTTY before its pointer is looked at, and a bad pointer to a
 * command the file knows is EFAULT (near NULL, unmapped, beyond the
 * address space; in place and converted arguments alike).
 */
#include <fcntl.h>
#include <linux/loop.h>
#include <net/if.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include "common.h"

#define UNKNOWN_CMD 0x12345678u

int main(void)
{
    struct termios t;
    int n;
    int p[2];
    if (pipe(p))
        return 1;
    int file = open("f.txt", O_RDWR | O_CREAT | O_TRUNC, 0600);
    void *unmapped = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    void *far = (void *)(uintptr_t)0xffffffffffff0000ull;

    report("EBADF TCGETS", ioctl(-1, TCGETS, &t));
    report("EBADF TCGETS null", ioctl(-1, TCGETS, NULL));
    report("EBADF FIONREAD", ioctl(987, FIONREAD, &n));
    report("EBADF unknown", ioctl(-1, UNKNOWN_CMD, 0));
    report("EBADF FIOCLEX", ioctl(555, FIOCLEX));
    report("EBADF LOOP_GET_STATUS", ioctl(-1, LOOP_GET_STATUS, (void *)8));

    report("ENOTTY TCGETS on pipe", ioctl(p[0], TCGETS, &t));
    report("ENOTTY TCGETS on file, bad pointer", ioctl(file, TCGETS, (void *)8));
    report("ENOTTY unknown on pipe", ioctl(p[0], UNKNOWN_CMD, 0));
    report("ENOTTY unknown on file", ioctl(file, UNKNOWN_CMD, &n));
    report("ENOTTY TIOCGWINSZ on file", ioctl(file, TIOCGWINSZ, &n));
    report("ENOTTY LOOP_GET_STATUS on pipe", ioctl(p[0], LOOP_GET_STATUS, (void *)8));
    report("ENOTTY 64-bit cmd upper bits", ioctl(p[0], (unsigned long)0xdead000012345678ull, 0));

    report("EFAULT FIONREAD null+8", ioctl(p[0], FIONREAD, (void *)8));
    report("EFAULT FIONREAD unmapped", ioctl(p[0], FIONREAD, unmapped));
    report("EFAULT FIONREAD far", ioctl(p[0], FIONREAD, far));
    report("EFAULT FIONBIO null", ioctl(p[0], FIONBIO, NULL));
    report("EFAULT FIOASYNC unmapped", ioctl(p[0], FIOASYNC, unmapped));
    report("EFAULT FIONREAD file far", ioctl(file, FIONREAD, far));
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    report("EFAULT SIOCGIFFLAGS unmapped", ioctl(s, SIOCGIFFLAGS, unmapped));
    report("EFAULT SIOCGIFCONF far", ioctl(s, SIOCGIFCONF, far));
    /* a valid pointer to half a structure at the end of a mapping */
    char *two = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(two + 4096, 4096);
    struct ifreq *edge = (struct ifreq *)(two + 4096 - 24);   /* 24 of its 40 bytes */
    memcpy(edge->ifr_name, "lo", 3);
    report("EFAULT SIOCGIFFLAGS straddling", ioctl(s, SIOCGIFFLAGS, edge));
    /* and a correct call still works afterwards */
    n = -1;
    report("FIONREAD ok", ioctl(p[0], FIONREAD, &n));
    printf("n = %d\n", n);
    unlink("f.txt");
    return 0;
}
