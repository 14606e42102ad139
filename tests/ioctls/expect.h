/*
 * Expected values for the ioctl table, taken from the headers of the
 * compiler that builds the file: a command's number and the size of the
 * object its argument points to (0: not a pointer or not checked).
 * test_iotype.c compares them with xrun's table (host side);
 * iotable_dump.c prints them for a guest (guest side).
 */
#ifndef IOCTL_EXPECT_H
#define IOCTL_EXPECT_H

typedef struct Expect {
    const char *name;
    unsigned long cmd;
    unsigned long size;
} Expect;

#define E(n, s) { #n, (unsigned long)(n), (unsigned long)(s) }

extern const Expect expect_tty[], expect_dev[];
extern const int expect_tty_n, expect_dev_n;

#endif
