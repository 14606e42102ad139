/* The bundled example: a small riscv64 program run by `scripts/setup.sh`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(int argc, char **argv)
{
    printf("Hello from a riscv64 program running under xrun!\n");
    printf("argv:");
    for (int i = 0; i < argc; i++)
        printf(" [%s]", i == 0 ? "hello" : argv[i]);
    printf("\nfib(25) = %lu, sqrt(2) ~ %.6f\n", fib(25), 1.41421356237);
    char *buf = malloc(64);
    strcpy(buf, "heap works");
    puts(buf);
    free(buf);
    return 0;
}
