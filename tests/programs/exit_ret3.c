// EXIT: 3
/* main returning 3; output must be flushed before exit. */
#include <stdio.h>

int main(void)
{
    printf("returning 3 (buffered, no newline)");
    return 3;
}
