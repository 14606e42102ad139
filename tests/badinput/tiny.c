/* A small guest program for the bad-input tests: prints and exits 0. */
#include <stdio.h>

int main(int argc, char **argv)
{
    printf("tiny: %d args\n", argc);
    return 0;
}
