/* The console and the test device: prints a line, passes. */
#include "lib/test.h"

int main(void)
{
    puts("hello from xrun-system\n");
    return 0;
}
