/* Guest side of iotable_check: every expected command as "NAME CMD SIZE". */
#include <stdio.h>

#include "expect.h"

int main(void)
{
    for (int i = 0; i < expect_tty_n; i++)
        printf("%s %lx %lu\n", expect_tty[i].name, expect_tty[i].cmd, expect_tty[i].size);
    for (int i = 0; i < expect_dev_n; i++)
        printf("%s %lx %lu\n", expect_dev[i].name, expect_dev[i].cmd, expect_dev[i].size);
    return 0;
}
