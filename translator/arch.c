/*
 * The registry of guest architectures (frontends) and host backends, so the
 * rest of xrun picks them by ELF machine or by name and never names one.
 */
#include <string.h>

#include "translator/translator.h"

extern const GuestArch guest_riscv64;
extern const GuestArch guest_aarch64;

static const GuestArch *const guest_archs[] = {
    &guest_riscv64,
    &guest_aarch64,
};

const GuestArch *guest_arch_by_elf_machine(uint16_t machine)
{
    for (size_t i = 0; i < sizeof(guest_archs) / sizeof(guest_archs[0]); i++)
        if (guest_archs[i]->elf_machine == machine)
            return guest_archs[i];
    return NULL;
}

const GuestArch *guest_arch_by_name(const char *name)
{
    for (size_t i = 0; i < sizeof(guest_archs) / sizeof(guest_archs[0]); i++)
        if (strcmp(guest_archs[i]->name, name) == 0)
            return guest_archs[i];
    return NULL;
}

static const Backend *const backends[] = {
    &backend_interp,
    &backend_jit,
};

const Backend *backend_by_name(const char *name)
{
    for (size_t i = 0; i < sizeof(backends) / sizeof(backends[0]); i++)
        if (strcmp(backends[i]->name, name) == 0)
            return backends[i];
    return NULL;
}
