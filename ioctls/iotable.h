/*
 * Introspection of the ioctl table (ioctls.c) for tests and tools: each
 * entry's name, guest and host numbers and argument description.
 */
#ifndef XRUN_IOTABLE_H
#define XRUN_IOTABLE_H

#include <stdbool.h>
#include <stdint.h>

/* How the argument of a command is passed. */
enum { IOA_NONE,     /* ignored */
       IOA_VAL,      /* an integer, passed as is */
       IOA_IN,       /* pointer: the kernel reads the object */
       IOA_OUT,      /* pointer: the kernel writes it */
       IOA_INOUT,    /* pointer: both */
       IOA_SPECIAL,  /* a handler of its own */
};

typedef struct IoctlInfo {
    const char *name;
    uint32_t guest_cmd, host_cmd;   /* with the varying bits (mask) zero */
    uint32_t mask;                  /* bits that vary within the entry (ranges, sizes) */
    int arg;                        /* IOA_* */
    const char *type;               /* iotype.h string; NULL: none or bytes of _IOC_SIZE */
    uint32_t guest_size, host_size; /* of type (fixed part for variable-length ones) */
} IoctlInfo;

/* Number of entries; entry i (false past the end). */
int ioctl_table_size(void);
bool ioctl_table_entry(int i, IoctlInfo *out);

/* Entry index for a guest command, or -1. */
int ioctl_table_find(uint32_t guest_cmd);

#endif
