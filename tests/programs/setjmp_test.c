/* setjmp/longjmp: non-local exit from deep recursion, values 0 -> 1,
 * volatile locals kept across the jump, repeated jumps, sigsetjmp. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>

static jmp_buf env;
static int depth_reached;

static void dive(int depth, int target)
{
    volatile char pad[64];
    pad[depth % 64] = (char)depth;
    depth_reached = depth + pad[depth % 64] - (char)depth;
    if (depth >= target)
        longjmp(env, depth * 10);
    if (depth > 100000)
        return;
    dive(depth + 1, target);
}

static int try_div(int a, int b, jmp_buf *err)
{
    if (b == 0)
        longjmp(*err, 1);
    return a / b;
}

int main(void)
{
    for (volatile int t = 1; t <= 200; t += 37) {
        int r = setjmp(env);
        if (r == 0)
            dive(0, t);
        else
            printf("jumped back with %d from depth %d\n", r, depth_reached);
    }
    /* longjmp with 0 delivers 1 */
    volatile int count = 0;
    int r = setjmp(env);
    count++;
    if (r == 0)
        longjmp(env, 0);
    printf("longjmp(0) -> %d, count=%d\n", r, count);

    /* error handling pattern */
    jmp_buf err;
    volatile int sum = 0;
    static const int den[] = {1, 2, 0, 4, 0, 5};
    for (volatile int i = 0; i < 6; i++) {
        if (setjmp(err) == 0)
            sum += try_div(100, den[i], &err);
        else
            sum += 1000;
    }
    printf("sum=%d\n", sum);

    /* sigsetjmp / siglongjmp with mask save */
    sigjmp_buf senv;
    volatile int phase = 0;
    if (sigsetjmp(senv, 1) == 0) {
        phase = 1;
        siglongjmp(senv, 5);
    }
    phase += 10;
    printf("phase=%d\n", phase);

    /* a loop built from longjmp */
    volatile int iter = 0;
    jmp_buf loop;
    if (setjmp(loop) < 50) {
        iter++;
        if (iter < 50)
            longjmp(loop, iter);
    }
    printf("iterations=%d\n", iter);
    return 0;
}
