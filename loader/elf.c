/*
 * ELF loading: probe a file for its guest architecture, validate its
 * program headers strictly (guest files are untrusted input), map its
 * PT_LOAD segments into the guest space, and do the same for its PT_INTERP
 * interpreter.  Headers are read through libelf; every offset and size is
 * checked against the file size and the guest space before use, so a
 * corrupt file ends with a one-line XRUN_EXIT_BADELF message, never a crash.
 */
#include "loader/loader.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/guestmem.h"
#include "util/util.h"

LoadInfo loader_info;
const char *loader_sysroot;

/* Where ET_DYN executables go (interpreters are placed top-down instead). */
#define ET_DYN_BASE 0x2aaaaa000ull
#define MAX_PHNUM 1024
#define MAX_INTERP_LEN 4096

typedef struct ElfImage {
    const char *shown;     /* path for messages */
    int fd;
    bool own_fd;
    uint64_t fsize;
    Elf *elf;
    GElf_Ehdr eh;
    GElf_Phdr *ph;
    size_t phnum;
    const GuestArch *arch;
    uint64_t bias;         /* load address - link address */
    uint64_t lo, hi;       /* page-aligned link span of PT_LOADs */
    uint64_t align;        /* largest PT_LOAD alignment (>= page) */
} ElfImage;

static inline uint64_t pg_down(uint64_t x) { return x & GUEST_PAGE_MASK; }
static inline uint64_t pg_up(uint64_t x) { return (x + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK; }

const char *loader_path(const char *sysroot, const char *path, char *buf, size_t len)
{
    if (sysroot && *sysroot && path[0] == '/') {
        int n = snprintf(buf, len, "%s%s", sysroot, path);
        if (n > 0 && (size_t)n < len && access(buf, F_OK) == 0)
            return buf;
    }
    return path;
}

static const char *machine_name(unsigned m)
{
    switch (m) {
    case EM_X86_64: return "x86-64";
    case EM_386: return "i386";
    case EM_ARM: return "arm";
    case EM_AARCH64: return "aarch64";
    case EM_RISCV: return "riscv";
    case EM_PPC: return "powerpc";
    case EM_PPC64: return "powerpc64";
    case EM_S390: return "s390";
    case EM_MIPS: return "mips";
    case EM_SPARCV9: return "sparc64";
    case 258: return "loongarch";
    default: return NULL;
    }
}

static int bad(const ElfImage *im, int status, const char *why)
{
    xrun_warn("%s: %s", im->shown, why);
    return status;
}

static void image_close(ElfImage *im)
{
    if (im->elf)
        elf_end(im->elf);
    if (im->own_fd && im->fd >= 0)
        close(im->fd);
    free(im->ph);
    im->elf = NULL;
    im->ph = NULL;
    im->fd = -1;
}

/* Open the file (or use fd) and check it is a file at all. */
static int image_open(ElfImage *im, const char *path, const char *shown, int fd)
{
    memset(im, 0, sizeof(*im));
    im->shown = shown;
    im->fd = fd;
    if (fd < 0) {
        im->fd = open(path, O_RDONLY | O_CLOEXEC);
        im->own_fd = true;
        if (im->fd < 0)
            return bad(im, XRUN_EXIT_NOFILE, strerror(errno));
    }
    struct stat st;
    if (fstat(im->fd, &st) != 0)
        return bad(im, XRUN_EXIT_NOFILE, strerror(errno));
    if (S_ISDIR(st.st_mode))
        return bad(im, XRUN_EXIT_NOFILE, strerror(EISDIR));
    if (!S_ISREG(st.st_mode))
        return bad(im, XRUN_EXIT_BADELF, "not a regular file");
    im->fsize = (uint64_t)st.st_size;
    return 0;
}

/* Ident, class, byte order, machine and type. */
static int image_check_header(ElfImage *im)
{
    unsigned char id[EI_NIDENT];
    ssize_t n = pread(im->fd, id, sizeof(id), 0);
    if (n < 0)
        return bad(im, XRUN_EXIT_NOFILE, strerror(errno));
    if (n < SELFMAG || memcmp(id, ELFMAG, SELFMAG) != 0)
        return bad(im, XRUN_EXIT_BADELF, "not an ELF executable");
    if (n < EI_NIDENT)
        return bad(im, XRUN_EXIT_BADELF, "truncated ELF header");
    if (id[EI_CLASS] != ELFCLASS32 && id[EI_CLASS] != ELFCLASS64)
        return bad(im, XRUN_EXIT_BADELF, "corrupt ELF header (bad class)");
    if (id[EI_DATA] != ELFDATA2LSB && id[EI_DATA] != ELFDATA2MSB)
        return bad(im, XRUN_EXIT_BADELF, "corrupt ELF header (bad byte order)");

    elf_version(EV_CURRENT);
    im->elf = elf_begin(im->fd, ELF_C_READ, NULL);
    if (!im->elf || elf_kind(im->elf) != ELF_K_ELF || !gelf_getehdr(im->elf, &im->eh))
        return bad(im, XRUN_EXIT_BADELF, "truncated or corrupt ELF header");

    const char *mname = machine_name(im->eh.e_machine);
    char mbuf[48], msg[160];
    if (!mname) {
        snprintf(mbuf, sizeof(mbuf), "machine %u", im->eh.e_machine);
        mname = mbuf;
    }
    if (id[EI_CLASS] != ELFCLASS64 || id[EI_DATA] != ELFDATA2LSB ||
        !(im->arch = guest_arch_by_elf_machine(im->eh.e_machine))) {
        snprintf(msg, sizeof(msg), "%sELF for %s%s, xrun runs riscv64 and aarch64 programs",
                 id[EI_CLASS] == ELFCLASS32 ? "32-bit " : "", mname,
                 id[EI_DATA] == ELFDATA2MSB ? " (big-endian)" : "");
        return bad(im, XRUN_EXIT_UNSUPPORTED, msg);
    }
    uint64_t req = im->arch->elf_flags_required;
    if ((im->eh.e_flags & req) != req) {
        snprintf(msg, sizeof(msg), "ELF flags %#x lack %#llx, which xrun's %s needs",
                 (unsigned)im->eh.e_flags, (unsigned long long)req, im->arch->name);
        return bad(im, XRUN_EXIT_UNSUPPORTED, msg);
    }
    if (im->eh.e_type != ET_EXEC && im->eh.e_type != ET_DYN) {
        snprintf(msg, sizeof(msg), "not an executable (ELF type %u)", im->eh.e_type);
        return bad(im, XRUN_EXIT_BADELF, msg);
    }
    return 0;
}

int loader_probe(const char *path, const char *sysroot, int execfd, const GuestArch **arch)
{
    char buf[PATH_MAX];
    ElfImage im;
    int r = image_open(&im, loader_path(sysroot, path, buf, sizeof(buf)), path, execfd);
    if (r == 0)
        r = image_check_header(&im);
    if (r == 0)
        *arch = im.arch;
    image_close(&im);
    return r;
}

/* ---- program headers ----------------------------------------------------------- */

static int read_phdrs(ElfImage *im)
{
    size_t n = im->eh.e_phnum;
    if (n == PN_XNUM && elf_getphdrnum(im->elf, &n) != 0)
        return bad(im, XRUN_EXIT_BADELF, "corrupt extended program header count");
    if (n == 0)
        return bad(im, XRUN_EXIT_BADELF, "no program headers");
    if (n > MAX_PHNUM)
        return bad(im, XRUN_EXIT_BADELF, "too many program headers");
    if (im->eh.e_phentsize != sizeof(Elf64_Phdr))
        return bad(im, XRUN_EXIT_BADELF, "bad program header entry size");
    if (im->eh.e_phoff >= im->fsize || n * sizeof(Elf64_Phdr) > im->fsize - im->eh.e_phoff)
        return bad(im, XRUN_EXIT_BADELF, "program headers lie outside the file (truncated?)");
    im->ph = calloc(n, sizeof(GElf_Phdr));
    if (!im->ph)
        return bad(im, XRUN_EXIT_NOMEM, "out of memory");
    for (size_t i = 0; i < n; i++)
        if (!gelf_getphdr(im->elf, (int)i, &im->ph[i]))
            return bad(im, XRUN_EXIT_BADELF, "unreadable program header");
    im->phnum = n;
    return 0;
}

static int check_load(ElfImage *im, const GElf_Phdr *p, char *why, size_t wl)
{
    if (p->p_filesz > p->p_memsz)
        snprintf(why, wl, "segment at %#llx: file size exceeds memory size",
                 (unsigned long long)p->p_vaddr);
    else if (p->p_filesz && (p->p_offset > im->fsize || p->p_filesz > im->fsize - p->p_offset))
        snprintf(why, wl, "segment at %#llx lies beyond the end of the file (truncated?)",
                 (unsigned long long)p->p_vaddr);
    else if (p->p_align > 1 && (p->p_align & (p->p_align - 1)))
        snprintf(why, wl, "segment at %#llx: alignment is not a power of two",
                 (unsigned long long)p->p_vaddr);
    else if (p->p_align > 1 && (p->p_vaddr - p->p_offset) % p->p_align)
        snprintf(why, wl, "segment at %#llx: address and offset disagree modulo alignment",
                 (unsigned long long)p->p_vaddr);
    else if (p->p_memsz > gm_limit || p->p_vaddr > gm_limit - p->p_memsz)
        snprintf(why, wl, "segment at %#llx does not fit the guest address space",
                 (unsigned long long)p->p_vaddr);
    else
        return 0;
    return -1;
}

/* Validate PT_LOADs; compute the link span and the alignment. */
static int check_phdrs(ElfImage *im)
{
    char why[160];
    const GElf_Phdr *prev = NULL;
    im->lo = UINT64_MAX;
    im->hi = 0;
    im->align = GUEST_PAGE_SIZE;
    for (size_t i = 0; i < im->phnum; i++) {
        const GElf_Phdr *p = &im->ph[i];
        if (p->p_type != PT_LOAD || p->p_memsz == 0)
            continue;
        if (check_load(im, p, why, sizeof(why)))
            return bad(im, XRUN_EXIT_BADELF, why);
        if (prev && p->p_vaddr < prev->p_vaddr + prev->p_memsz)
            return bad(im, XRUN_EXIT_BADELF, "PT_LOAD segments overlap or are not sorted");
        prev = p;
        if (p->p_align > im->align && p->p_align <= (1ull << 30))
            im->align = p->p_align;
        if (pg_down(p->p_vaddr) < im->lo)
            im->lo = pg_down(p->p_vaddr);
        im->hi = pg_up(p->p_vaddr + p->p_memsz);
    }
    if (!prev)
        return bad(im, XRUN_EXIT_BADELF, "no loadable segments");
    if (im->eh.e_entry < im->lo || im->eh.e_entry >= im->hi)
        return bad(im, XRUN_EXIT_BADELF, "entry point outside the loadable segments");
    return 0;
}

/* ---- mapping --------------------------------------------------------------------- */

static int seg_prot(const GElf_Phdr *p)
{
    return ((p->p_flags & PF_R) ? PROT_READ : 0) | ((p->p_flags & PF_W) ? PROT_WRITE : 0) |
           ((p->p_flags & PF_X) ? PROT_EXEC : 0);
}

/* Segment whose file offset is not congruent to its address: copy it in. */
static int map_by_copy(ElfImage *im, const GElf_Phdr *p, uint64_t start, uint64_t end,
                       const char *name)
{
    uint64_t got;
    if (gm_mmap(start, end - start, PROT_READ | PROT_WRITE, GM_FIXED | GM_ANON, -1, 0,
                name, &got) != 0)
        return bad(im, XRUN_EXIT_NOMEM, "cannot map segment");
    uint8_t *dst = g2h(p->p_vaddr + im->bias);
    uint64_t done = 0;
    while (done < p->p_filesz) {
        ssize_t n = pread(im->fd, dst + done, p->p_filesz - done, (off_t)(p->p_offset + done));
        if (n <= 0)
            return bad(im, XRUN_EXIT_BADELF, "read error in segment");
        done += (uint64_t)n;
    }
    gm_mprotect(start, end - start, seg_prot(p));
    return 0;
}

/* Zero the bss part of the last file page, which the file mapping filled. */
static void zero_partial_page(uint64_t file_end, int prot)
{
    uint64_t page_end = pg_up(file_end);
    if (file_end == page_end)
        return;
    if (!(prot & PROT_WRITE))
        gm_mprotect(pg_down(file_end), GUEST_PAGE_SIZE, prot | PROT_WRITE);
    memset(g2h(file_end), 0, page_end - file_end);
    if (!(prot & PROT_WRITE))
        gm_mprotect(pg_down(file_end), GUEST_PAGE_SIZE, prot);
}

static int map_segment(ElfImage *im, const GElf_Phdr *p, const char *name)
{
    uint64_t vaddr = p->p_vaddr + im->bias;
    uint64_t start = pg_down(vaddr);
    uint64_t file_end = vaddr + p->p_filesz, mem_end = vaddr + p->p_memsz;
    int prot = seg_prot(p), r;
    uint64_t got;

    if ((vaddr & ~GUEST_PAGE_MASK) != (p->p_offset & ~GUEST_PAGE_MASK))
        return map_by_copy(im, p, start, pg_up(mem_end), name);
    if (p->p_filesz) {
        r = gm_mmap(start, pg_up(file_end) - start, prot, GM_FIXED, im->fd,
                    (off_t)pg_down(p->p_offset), name, &got);
        if (r != 0)
            return bad(im, XRUN_EXIT_NOMEM, "cannot map segment");
        if (p->p_memsz > p->p_filesz)
            zero_partial_page(file_end, prot);
    } else {
        file_end = start;
    }
    if (pg_up(mem_end) > pg_up(file_end)) {
        r = gm_mmap(pg_up(file_end), pg_up(mem_end) - pg_up(file_end), prot,
                    GM_FIXED | GM_ANON, -1, 0, NULL, &got);
        if (r != 0)
            return bad(im, XRUN_EXIT_NOMEM, "cannot map bss");
    }
    return 0;
}

/* Choose the load bias: ET_EXEC at its link address, ET_DYN where free. */
static int choose_bias(ElfImage *im, bool interp)
{
    uint64_t span = im->hi - im->lo;
    if (im->eh.e_type == ET_EXEC) {
        im->bias = 0;
        /* the executable is mapped first, into an empty space */
        if (interp && gm_find_free(span, im->lo) != im->lo)
            return bad(im, XRUN_EXIT_NOMEM, "its segments collide with existing mappings");
        return 0;
    }
    uint64_t base = interp ? 0 : (ET_DYN_BASE + im->align - 1) & ~(im->align - 1);
    if (!base || gm_find_free(span, base) != base) {
        uint64_t a = gm_find_free(span + im->align, 0);
        if (!a)
            return bad(im, XRUN_EXIT_NOMEM, "no room in the guest address space");
        base = (a + im->align - 1) & ~(im->align - 1);
    }
    im->bias = base - im->lo;
    return 0;
}

static int map_image(ElfImage *im, bool interp, const char *name)
{
    int r = choose_bias(im, interp);
    for (size_t i = 0; r == 0 && i < im->phnum; i++)
        if (im->ph[i].p_type == PT_LOAD && im->ph[i].p_memsz)
            r = map_segment(im, &im->ph[i], name);
    return r;
}

/* Guest address of the program headers. */
static uint64_t phdr_addr(const ElfImage *im)
{
    uint64_t size = im->phnum * sizeof(Elf64_Phdr);
    for (size_t i = 0; i < im->phnum; i++)
        if (im->ph[i].p_type == PT_PHDR)
            return im->ph[i].p_vaddr + im->bias;
    for (size_t i = 0; i < im->phnum; i++) {
        const GElf_Phdr *p = &im->ph[i];
        if (p->p_type == PT_LOAD && im->eh.e_phoff >= p->p_offset &&
            im->eh.e_phoff + size <= p->p_offset + p->p_filesz)
            return p->p_vaddr + (im->eh.e_phoff - p->p_offset) + im->bias;
    }
    return im->lo + im->bias + im->eh.e_phoff;
}

/* ---- interpreter ------------------------------------------------------------------ */

static int read_interp(ElfImage *im, char *out, size_t len)
{
    out[0] = 0;
    for (size_t i = 0; i < im->phnum; i++) {
        const GElf_Phdr *p = &im->ph[i];
        if (p->p_type != PT_INTERP)
            continue;
        if (p->p_filesz < 2 || p->p_filesz >= len || p->p_offset > im->fsize ||
            p->p_filesz > im->fsize - p->p_offset)
            return bad(im, XRUN_EXIT_BADELF, "corrupt PT_INTERP");
        if (pread(im->fd, out, p->p_filesz, (off_t)p->p_offset) != (ssize_t)p->p_filesz ||
            out[p->p_filesz - 1] != 0 || out[0] == 0)
            return bad(im, XRUN_EXIT_BADELF, "corrupt PT_INTERP");
        return 0;
    }
    return 0;
}

static int load_interp(const LoaderParams *lp, const ElfImage *exe, const char *interp,
                       LoadInfo *out)
{
    char buf[PATH_MAX], msg[PATH_MAX + 100], real[PATH_MAX];
    const char *path = loader_path(lp->sysroot, interp, buf, sizeof(buf));
    if (access(path, F_OK) != 0) {
        snprintf(msg, sizeof(msg), "interpreter %s not found%s", interp,
                 lp->sysroot ? " in the sysroot" : " (use -L to give the guest's sysroot)");
        return bad(exe, XRUN_EXIT_NOFILE, msg);
    }
    ElfImage im;
    int r = image_open(&im, path, path, -1);
    if (r == 0)
        r = image_check_header(&im);
    if (r == 0 && im.arch != exe->arch)
        r = bad(&im, XRUN_EXIT_BADELF, "interpreter is for another machine");
    if (r == 0)
        r = read_phdrs(&im);
    if (r == 0)
        r = check_phdrs(&im);
    if (r == 0)
        r = map_image(&im, true, realpath(path, real) ? real : path);
    if (r == 0) {
        out->interp_base = im.lo + im.bias;
        out->entry = im.eh.e_entry + im.bias;
    }
    image_close(&im);
    return r;
}

/* ---- the executable -------------------------------------------------------------- */

static bool stack_exec_wanted(const ElfImage *im)
{
    for (size_t i = 0; i < im->phnum; i++)
        if (im->ph[i].p_type == PT_GNU_STACK)
            return (im->ph[i].p_flags & PF_X) != 0;
    return false;   /* riscv64/aarch64 kernels default to a non-exec stack */
}

static void fill_exe_info(const ElfImage *im, LoadInfo *out)
{
    out->arch = im->arch;
    out->load_bias = im->bias;
    out->exe_entry = im->eh.e_entry + im->bias;
    out->entry = out->exe_entry;
    out->phdr = phdr_addr(im);
    out->phent = sizeof(Elf64_Phdr);
    out->phnum = im->phnum;
    out->interp_base = 0;
    out->brk_start = im->hi + im->bias;
}

int loader_load(const LoaderParams *lp, LoadInfo *out)
{
    char buf[PATH_MAX], interp[MAX_INTERP_LEN];
    const char *path = loader_path(lp->sysroot, lp->path, buf, sizeof(buf));
    ElfImage im;

    memset(out, 0, sizeof(*out));
    loader_sysroot = lp->sysroot && *lp->sysroot ? lp->sysroot : NULL;
    int r = image_open(&im, path, lp->path, lp->execfd);
    if (r == 0)
        r = image_check_header(&im);
    if (r == 0)
        r = read_phdrs(&im);
    if (r == 0)
        r = check_phdrs(&im);
    if (r == 0)
        r = read_interp(&im, interp, sizeof(interp));
    if (r == 0) {
        if (!realpath(path, out->exe_path))
            snprintf(out->exe_path, sizeof(out->exe_path), "%s", path);
        r = map_image(&im, false, out->exe_path);
    }
    if (r == 0) {
        fill_exe_info(&im, out);
        gm_brk_init(out->brk_start);
        if (interp[0])
            r = load_interp(lp, &im, interp, out);
    }
    bool exec_stack = r == 0 && stack_exec_wanted(&im);
    image_close(&im);
    if (r == 0)
        r = loader_build_stack(lp, out, exec_stack);
    if (r == 0 && out != &loader_info)
        loader_info = *out;
    return r;
}
