/*
 * Finding the bypassed functions in a guest ELF file: its load bias for a
 * given mapping, and the function (or IFUNC resolver) symbols of the
 * dynamic symbol table (shared objects) or of .symtab (static binaries).
 * The file is opened again by path (never through the guest's fd, whose
 * offset is the guest's) and read with libelf.
 */
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <string.h>
#include <unistd.h>

#include "native-bypass/internal.h"
#include "util/guestmem.h"
#include "util/util.h"

static Elf *open_elf(const char *path, int *fd)
{
    if (elf_version(EV_CURRENT) == EV_NONE)
        return NULL;
    *fd = open(path, O_RDONLY | O_CLOEXEC);
    if (*fd < 0)
        return NULL;
    Elf *e = elf_begin(*fd, ELF_C_READ, NULL);
    if (!e || elf_kind(e) != ELF_K_ELF || gelf_getclass(e) != ELFCLASS64) {
        if (e)
            elf_end(e);
        close(*fd);
        return NULL;
    }
    return e;
}

static void close_elf(Elf *e, int fd)
{
    elf_end(e);
    close(fd);
}

bool bp_elf_bias(const char *path, uint64_t addr, uint64_t off, uint64_t *bias)
{
    int fd;
    Elf *e = open_elf(path, &fd);
    if (!e)
        return false;
    size_t n = 0;
    bool found = false;
    if (elf_getphdrnum(e, &n) == 0) {
        for (size_t i = 0; i < n && !found; i++) {
            GElf_Phdr ph;
            if (!gelf_getphdr(e, (int)i, &ph) || ph.p_type != PT_LOAD)
                continue;
            uint64_t pgoff = ph.p_offset & GUEST_PAGE_MASK;
            if (off < pgoff || off >= ph.p_offset + ph.p_filesz)
                continue;
            *bias = addr - ((ph.p_vaddr & GUEST_PAGE_MASK) + (off - pgoff));
            found = true;
        }
    }
    close_elf(e, fd);
    return found;
}

void bp_scan_elf(const char *path, uint64_t bias, uint64_t lo, uint64_t hi, bool symtab)
{
    int fd;
    Elf *e = open_elf(path, &fd);
    if (!e)
        return;
    Elf_Scn *scn = NULL;
    while ((scn = elf_nextscn(e, scn))) {
        GElf_Shdr sh;
        if (!gelf_getshdr(scn, &sh) || sh.sh_type != (symtab ? SHT_SYMTAB : SHT_DYNSYM) || !sh.sh_entsize)
            continue;
        Elf_Data *d = elf_getdata(scn, NULL);
        size_t count = sh.sh_size / sh.sh_entsize;
        for (size_t i = 0; d && i < count; i++) {
            GElf_Sym s;
            if (!gelf_getsym(d, (int)i, &s) || s.st_shndx == SHN_UNDEF || s.st_value == 0)
                continue;
            int type = GELF_ST_TYPE(s.st_info);
            if (type != STT_FUNC && type != STT_GNU_IFUNC)
                continue;
            /* a static binary's libc may keep some as local symbols (riscv64's
             * strlen): the names are reserved by C, so they mean the same */
            if (GELF_ST_BIND(s.st_info) == STB_LOCAL && !symtab)
                continue;
            const char *name = elf_strptr(e, sh.sh_link, s.st_name);
            int f = name ? bp_func_by_name(name) : -1;
            uint64_t at = bias + s.st_value;
            if (f < 0 || at < lo || at >= hi)
                continue;
            bp_hook_add(at, f, type == STT_GNU_IFUNC ? BP_HOOK_RESOLVER : BP_HOOK_FUNC);
        }
    }
    close_elf(e, fd);
}
