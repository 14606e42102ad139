/*
 * xrun-system: command line, image loading and boot of the riscv64 virt
 * machine.  Options follow QEMU's: -M virt, -m SIZE, -bios FILE|none,
 * -kernel FILE, -initrd FILE, -append ARGS, -nographic, -d ITEMS,
 * -D FILE, plus xrun's -backend jit|interp (XRUN_BACKEND).
 *
 * Boot as on QEMU's virt board: the firmware (-bios) starts at 0x80000000
 * in M-mode with a0 = hart id and a1 = the device tree; a -kernel next to
 * it is loaded at 0x80200000 (where OpenSBI's fw_jump jumps in S-mode).
 * With -bios none the kernel itself starts at 0x80000000 in M-mode.
 * ELF images are loaded at their physical addresses instead.
 */
#include <elf.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "machine.h"
#include "sys.h"
#include "util/util.h"

#define DEFAULT_BIOS "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin"
#define KERNEL_OFFSET 0x200000ull

typedef struct SysOptions {
    const char *machine, *bios, *kernel, *initrd, *append, *log_items, *log_file, *backend;
    const char *drive;
    uint64_t mem;
} SysOptions;

static void usage(FILE *f)
{
    fprintf(f,
        "usage: xrun-system [-M virt] [-m SIZE] [-bios FILE|none] [-kernel FILE]\n"
        "                   [-initrd FILE] [-append ARGS] [-nographic] [-d ITEMS] [-D FILE]\n"
        "                   [-backend jit|interp] [-drive file=IMAGE[,format=raw][,if=virtio][,readonly=on]]\n"
        "-d takes xrun's items (-d help lists them) and int (traps and interrupts).\n"
        "A riscv64 virt machine (RAM at 0x80000000, NS16550A UART on stdio).\n");
}

static uint64_t parse_size(const char *s)
{
    char *end;
    uint64_t v = strtoull(s, &end, 0);
    switch (*end) {
    case 'G': case 'g': v <<= 30; break;
    case 'K': case 'k': v <<= 10; break;
    case 0: case 'M': case 'm': v <<= 20; break;
    default: xrun_fatal(XRUN_EXIT_USAGE, "bad memory size '%s'", s);
    }
    if (v < (16ull << 20) || v > (64ull << 30))
        xrun_fatal(XRUN_EXIT_USAGE, "memory size '%s' out of range (16M..64G)", s);
    return v;
}

static void parse_options(int argc, char **argv, SysOptions *o)
{
    o->mem = 128ull << 20;
    o->backend = getenv("XRUN_BACKEND");
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (a[0] == '-' && a[1] == '-')
            a++;                                   /* --opt as -opt */
        if (!strcmp(a, "-nographic"))
            continue;
        if (!strcmp(a, "-h") || !strcmp(a, "-help")) {
            usage(stdout);
            exit(0);
        }
        if (!v) {
            usage(stderr);
            xrun_fatal(XRUN_EXIT_USAGE, "missing argument or unknown option '%s'", a);
        }
        i++;
        if (!strcmp(a, "-M") || !strcmp(a, "-machine")) o->machine = v;
        else if (!strcmp(a, "-m")) o->mem = parse_size(v);
        else if (!strcmp(a, "-bios")) o->bios = v;
        else if (!strcmp(a, "-kernel")) o->kernel = v;
        else if (!strcmp(a, "-initrd")) o->initrd = v;
        else if (!strcmp(a, "-append")) o->append = v;
        else if (!strcmp(a, "-d")) o->log_items = v;
        else if (!strcmp(a, "-D")) o->log_file = v;
        else if (!strcmp(a, "-backend")) o->backend = v;
        else if (!strcmp(a, "-drive")) o->drive = v;
        else {
            usage(stderr);
            xrun_fatal(XRUN_EXIT_USAGE, "unknown option '%s'", a);
        }
    }
    if (o->machine && strcmp(o->machine, "virt"))
        xrun_fatal(XRUN_EXIT_USAGE, "unknown machine '%s' (only virt)", o->machine);
}

static uint8_t *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        xrun_fatal(XRUN_EXIT_NOFILE, "cannot open '%s'", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc(n > 0 ? (size_t)n : 1);
    if (!buf || (n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n))
        xrun_fatal(XRUN_EXIT_NOFILE, "cannot read '%s'", path);
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static void copy_to_ram(const char *path, uint64_t pa, const void *data, uint64_t len)
{
    if (!pa_is_ram(pa, len))
        xrun_fatal(XRUN_EXIT_BADELF, "'%s' does not fit in RAM at 0x%" PRIx64, path, pa);
    memcpy(ram_host + (pa - ram_base), data, len);
}

/* Load an ELF at its physical addresses or a raw image at `addr`; returns
 * the entry point, *end the first byte after the image. */
static uint64_t load_image(const char *path, uint64_t addr, uint64_t *end)
{
    size_t len;
    uint8_t *buf = read_file(path, &len);
    uint64_t entry = addr;
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)buf;
    if (len >= sizeof(*eh) && !memcmp(eh->e_ident, ELFMAG, SELFMAG)) {
        if (eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_machine != EM_RISCV ||
            eh->e_phoff > len || (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr) > len - eh->e_phoff)
            xrun_fatal(XRUN_EXIT_BADELF, "'%s' is not a riscv64 ELF image", path);
        const Elf64_Phdr *ph = (const Elf64_Phdr *)(buf + eh->e_phoff);
        *end = 0;
        for (unsigned i = 0; i < eh->e_phnum; i++) {
            if (ph[i].p_type != PT_LOAD || !ph[i].p_memsz)
                continue;
            if (ph[i].p_offset > len || ph[i].p_filesz > len - ph[i].p_offset ||
                ph[i].p_filesz > ph[i].p_memsz || !pa_is_ram(ph[i].p_paddr, ph[i].p_memsz))
                xrun_fatal(XRUN_EXIT_BADELF, "'%s': segment %u does not fit in RAM", path, i);
            copy_to_ram(path, ph[i].p_paddr, buf + ph[i].p_offset, ph[i].p_filesz);
            memset(ram_host + (ph[i].p_paddr - ram_base) + ph[i].p_filesz, 0,
                   ph[i].p_memsz - ph[i].p_filesz);
            if (ph[i].p_paddr + ph[i].p_memsz > *end)
                *end = ph[i].p_paddr + ph[i].p_memsz;
        }
        entry = eh->e_entry;
    } else {
        copy_to_ram(path, addr, buf, len);
        *end = addr + len;
    }
    free(buf);
    return entry;
}

static void print_stats(void)
{
    tr_stats_dump(log_file ? log_file : stderr);
}

/* -drive file=PATH[,format=raw][,if=virtio][,readonly=on]: the virtio block device */
static void attach_drive(const char *spec)
{
    char buf[1024], path[1024] = "";
    bool ro = false;
    snprintf(buf, sizeof(buf), "%s", spec);
    for (char *save, *it = strtok_r(buf, ",", &save); it; it = strtok_r(NULL, ",", &save)) {
        if (!strncmp(it, "file=", 5))
            snprintf(path, sizeof(path), "%s", it + 5);
        else if (!strcmp(it, "readonly=on"))
            ro = true;
        else if (strcmp(it, "format=raw") && strcmp(it, "if=virtio") && strcmp(it, "readonly=off"))
            xrun_fatal(XRUN_EXIT_USAGE, "-drive: unsupported '%s' (raw virtio images only)", it);
    }
    if (!path[0])
        xrun_fatal(XRUN_EXIT_USAGE, "-drive needs file=PATH");
    int fd = open(path, ro ? O_RDONLY : O_RDWR);
    struct stat stbuf;
    if (fd < 0 || fstat(fd, &stbuf))
        xrun_fatal(XRUN_EXIT_NOFILE, "cannot open drive image '%s'", path);
    virtio_blk_attach(fd, (uint64_t)stbuf.st_size, ro);
}

static struct termios saved_tio;
static void restore_tty(void) { tcsetattr(0, TCSANOW, &saved_tio); }

/* The console: characters go to the guest as typed, Ctrl-C still stops us
 * (and Ctrl-A x, as on QEMU). */
static void setup_tty(void)
{
    if (!isatty(0) || tcgetattr(0, &saved_tio))
        return;
    struct termios t = saved_tio;
    t.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
    t.c_iflag &= ~(tcflag_t)(ICRNL);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    tcsetattr(0, TCSANOW, &t);
    atexit(restore_tty);
}

static void setup_translator(const SysOptions *o)
{
    if (o->log_file && !log_set_file(o->log_file))
        xrun_fatal(XRUN_EXIT_USAGE, "cannot open log file '%s'", o->log_file);
    if (o->log_items) {
        /* "int" (traps and interrupts, as QEMU's -d int) is ours; the rest are xrun's */
        char items[256], rest[256] = "", bad[64];
        snprintf(items, sizeof(items), "%s", o->log_items);
        for (char *save, *it = strtok_r(items, ",", &save); it; it = strtok_r(NULL, ",", &save)) {
            if (!strcmp(it, "int")) {
                sys_log_int = true;
                continue;
            }
            if (!strcmp(it, "help")) {
                printf("Log items (-d item,item,...):\n");
                for (const LogItem *li = log_items; li->name; li++)
                    printf("  %-14s %s\n", li->name, li->help);
                printf("  %-14s %s\n", "int", "traps and interrupts (cause, pc, tval, mode)");
                exit(0);
            }
            if (rest[0])
                strncat(rest, ",", sizeof(rest) - strlen(rest) - 1);
            strncat(rest, it, sizeof(rest) - strlen(rest) - 1);
        }
        if (rest[0] && !log_parse_items(rest, &log_mask, bad, sizeof(bad)))
            xrun_fatal(XRUN_EXIT_USAGE, "unknown -d item '%s'", bad);
    }
    if (o->backend) {
        tr_opts.backend = backend_by_name(o->backend);
        if (!tr_opts.backend)
            xrun_fatal(XRUN_EXIT_USAGE, "unknown backend '%s'", o->backend);
    }
    if (log_enabled(LOG_NOCHAIN))
        tr_opts.nochain = true;
    if (log_enabled(LOG_STATS))
        atexit(print_stats);
    tr_opts.optimize = getenv("XRUN_NO_OPT") == NULL;
    code_cache_init(64ull << 20);
}

int main(int argc, char **argv)
{
    SysOptions o = { 0 };
    parse_options(argc, argv, &o);
    setup_translator(&o);
    machine_ram_init(o.mem);
    machine_arch_setup();
    sys_arch.init();
    devices_init();

    const char *bios = o.bios;
    if (!bios)
        bios = o.kernel ? DEFAULT_BIOS : NULL;
    if (!bios && !o.kernel)
        xrun_fatal(XRUN_EXIT_USAGE, "nothing to run: give -bios and/or -kernel");
    uint64_t end = ram_base, entry = ram_base, kernel_entry = 0;
    if (bios && strcmp(bios, "none"))
        entry = load_image(bios, ram_base, &end);
    else
        bios = NULL;
    if (o.kernel) {
        uint64_t kend;
        kernel_entry = load_image(o.kernel, bios ? ram_base + KERNEL_OFFSET : ram_base, &kend);
        if (!bios)
            entry = kernel_entry;
        end = kend > end ? kend : end;
    }

    uint64_t ram_end = ram_base + ram_size;
    uint64_t fdt_top = ram_end < (3ull << 30) ? ram_end : (3ull << 30);
    if (o.drive)
        attach_drive(o.drive);
    FdtConfig fc = { .ram_base = ram_base, .ram_size = ram_size, .bootargs = o.append,
                     .virtio_blk = virtio_blk_present() };
    if (o.initrd) {
        size_t len;
        uint8_t *buf = read_file(o.initrd, &len);
        uint64_t at = (ram_base + ram_size / 2 > end ? ram_base + ram_size / 2 : end + 0x200000) & ~0xfffull;
        copy_to_ram(o.initrd, at, buf, len);
        free(buf);
        fc.initrd_start = at;
        fc.initrd_end = at + len;
    }
    static uint8_t dtb[65536];
    size_t dtb_len = fdt_build(&fc, dtb, sizeof(dtb));
    if (!dtb_len)
        xrun_fatal(XRUN_EXIT_INTERNAL, "device tree too large");
    uint64_t fdt_addr = (fdt_top - dtb_len) & ~0x1fffffull;
    copy_to_ram("the device tree", fdt_addr, dtb, dtb_len);

    SysCPU *c = (SysCPU *)cpu_create(&sys_arch, NULL, ~0ull);
    c->exc_cause = ~0ull;
    c->rv.common.pc = entry;
    c->rv.x[10] = 0;                 /* a0: hart id */
    c->rv.x[11] = fdt_addr;          /* a1: device tree */
    c->rv.x[12] = 0;
    setup_tty();
    machine_run(c);
}
