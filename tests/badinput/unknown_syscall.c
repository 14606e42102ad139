/* Calls a syscall number the generic ABI does not define, three times:
 * each must return ENOSYS, and xrun must say so on stderr exactly once. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    int ok = 0;
    for (int i = 0; i < 3; i++) {
        errno = 0;
        long r = syscall(999, 1, 2, 3);
        ok += r == -1 && errno == ENOSYS;
    }
    return ok == 3 ? 0 : 1;
}
