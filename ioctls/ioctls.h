/*
 * ioctl emulation: a table of the commands xrun knows, with how their
 * argument is passed, checked and (when layouts differ) converted.
 */
#ifndef XRUN_IOCTLS_H
#define XRUN_IOCTLS_H

#include <stdint.h>

#include "translator/translator.h"

/* The guest's ioctl(fd, cmd, arg); returns the guest result (-errno on error). */
uint64_t ioctl_dispatch(GuestCPU *cpu, int fd, uint64_t cmd, uint64_t arg);

/* Name of a guest ioctl command ("TCGETS"), NULL when xrun does not know it (-strace). */
const char *ioctl_name(uint64_t cmd);

#endif
