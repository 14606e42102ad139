// EXIT: 42
/* exit(42) from a nested call; atexit handlers run in reverse order of
 * registration and stdio buffers are flushed. */
#include <stdio.h>
#include <stdlib.h>

static void h1(void) { printf("atexit handler 1\n"); }
static void h2(void) { printf("atexit handler 2\n"); }
static void h3(void)
{
    fprintf(stderr, "atexit handler 3 (stderr)\n");
}

static int level3(int x)
{
    if (x > 2) {
        printf("exiting from level3 with x=%d\n", x);
        exit(42);
    }
    return x;
}
static int level2(int x) { return level3(x + 1) + 1; }
static int level1(int x) { return level2(x + 1) + 1; }

int main(void)
{
    atexit(h1);
    atexit(h2);
    atexit(h3);
    printf("start");               /* unflushed at the time of exit */
    printf(" (level1(0)=%d)\n", level1(0));
    level1(1);
    printf("not reached\n");
    return 0;
}
