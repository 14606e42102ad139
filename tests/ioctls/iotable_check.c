/*
 * Checks xrun's ioctl table from the guest's side: runs a guest program
 * (iotable_dump.c built with the guest's headers) that prints
 * "NAME CMD SIZE" for each command, and compares each line with the
 * table's guest number and guest argument size.
 *
 *   iotable_check RUNNER GUEST-BINARY
 * Exit 0 when all lines match, 1 otherwise (with the differences).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ioctls/iotable.h"

static int find_named(const char *name)
{
    char base[128];
    snprintf(base, sizeof(base), "%s", name);
    base[strcspn(base, "(")] = '\0';    /* EVIOCGNAME(256) -> EVIOCGNAME */
    if (!strcmp(base, "SOUND_MIXER_READ_VOLUME"))
        strcpy(base, "SOUND_MIXER_READ");
    if (!strcmp(base, "SOUND_MIXER_WRITE_VOLUME"))
        strcpy(base, "SOUND_MIXER_WRITE");
    for (int i = 0; i < ioctl_table_size(); i++) {
        IoctlInfo e;
        ioctl_table_entry(i, &e);
        if (!strcmp(e.name, base))
            return i;
    }
    return -1;
}

static int check_line(const char *name, unsigned long cmd, unsigned long size)
{
    int i = find_named(name);
    IoctlInfo e;
    if (i < 0 || !ioctl_table_entry(i, &e)) {
        printf("%s: not in the table\n", name);
        return 1;
    }
    int bad = 0;
    if (((uint32_t)cmd & ~e.mask) != e.guest_cmd) {
        printf("%s: guest cmd %#x, guest headers %#lx\n", name, e.guest_cmd, cmd);
        bad = 1;
    }
    bool ptr = e.arg == IOA_IN || e.arg == IOA_OUT || e.arg == IOA_INOUT;
    uint32_t gsize = e.type ? e.guest_size : (uint32_t)((cmd >> 16) & 0x3fff);
    if (ptr && gsize != size) {
        printf("%s: guest size %u, guest headers %lu\n", name, gsize, size);
        bad = 1;
    }
    return bad;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: iotable_check RUNNER GUEST-BINARY\n");
        return 2;
    }
    char cmdline[4096];
    snprintf(cmdline, sizeof(cmdline), "'%s' '%s'", argv[1], argv[2]);
    FILE *f = popen(cmdline, "r");
    if (!f)
        return 1;
    char name[128];
    unsigned long cmd, size;
    int lines = 0, bad = 0;
    while (fscanf(f, "%127s %lx %lu", name, &cmd, &size) == 3) {
        lines++;
        bad += check_line(name, cmd, size);
    }
    int st = pclose(f);
    printf("%d commands checked, %d differ (guest exit status %d)\n", lines, bad, st);
    return bad || st || lines < ioctl_table_size() ? 1 : 0;
}
