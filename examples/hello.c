/* The bundled example: a small program built for riscv64 and aarch64 and run by `scripts/setup.sh`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(int argc, char **argv)
{
#if defined(__aarch64__)
    const char *arch = "aarch64";
#elif defined(__riscv)
    const char *arch = "riscv64";
#else
    const char *arch = "native";
#endif
    printf("Hello from a program for %s running under xrun!\n", arch);
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
