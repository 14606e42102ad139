/*
 * The boot protocol and the generated device tree: a0 = hart id, a1 = the
 * DTB (checked with a small FDT reader): header, /memory reg = the -m
 * size, /chosen bootargs = -append, linux,initrd-start/end naming a copy
 * of the -initrd file in RAM, the UART's and the CLINT's nodes, and the
 * hart's ISA string and timebase.  The runner passes -m 192M
 * -append "console=ttyS0 xrun" -initrd <this test's source file>.
 */
#include "lib/test.h"

extern uint64_t boot_a0, boot_a1;

static uint32_t be32(const void *p)
{
    const uint8_t *b = p;
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

static uint64_t be64(const void *p) { return (uint64_t)be32(p) << 32 | be32((const uint8_t *)p + 4); }

static int streq(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

static int strncmp_(const char *a, const char *b, uint64_t n)
{
    for (uint64_t i = 0; i < n; i++) {
        if (a[i] != b[i])
            return 1;
        if (!a[i])
            return 0;
    }
    return 0;
}

static uint64_t slen(const char *s)
{
    uint64_t n = 0;
    while (s[n])
        n++;
    return n;
}

/* The value of property `prop` of the node at `path` ("/a/b"); NULL if absent. */
static const void *fdt_get(const uint8_t *fdt, const char *path, const char *prop, uint32_t *len)
{
    const uint8_t *st = fdt + be32(fdt + 8);
    const char *strs = (const char *)fdt + be32(fdt + 12);
    char cur[256];
    uint64_t curlen = 0;
    int depth = 0;
    cur[0] = 0;
    for (const uint8_t *p = st;;) {
        uint32_t tok = be32(p);
        p += 4;
        if (tok == 1) {                              /* begin node */
            const char *name = (const char *)p;
            uint64_t n = slen(name);
            if (depth > 0) {
                cur[curlen++] = '/';
                for (uint64_t i = 0; i < n; i++)
                    cur[curlen++] = name[i];
                cur[curlen] = 0;
            }
            depth++;
            p += (n + 4) & ~3ul;
        } else if (tok == 2) {                       /* end node */
            depth--;
            while (curlen > 0 && cur[curlen - 1] != '/')
                curlen--;
            if (curlen > 0)
                curlen--;
            cur[curlen] = 0;
        } else if (tok == 3) {                       /* property */
            uint32_t l = be32(p), nameoff = be32(p + 4);
            const char *here = curlen ? cur : "/";
            if (streq(here, path) && streq(strs + nameoff, prop)) {
                *len = l;
                return p + 8;
            }
            p += 8 + ((l + 3) & ~3u);
        } else if (tok == 4) {
            continue;
        } else {
            return 0;
        }
    }
}

static const char initrd_head[] = "/*\n * The boot protocol";

int main(void)
{
    const uint8_t *fdt = (const uint8_t *)boot_a1;
    uint32_t len;
    CHECK_EQ(boot_a0, 0);
    CHECK_EQ(be32(fdt), 0xd00dfeed);
    CHECK_EQ(be32(fdt + 20), 17);
    CHECK_EQ(boot_a1 & 0x1fffff, 0);                /* 2 MiB aligned */
    CHECK(boot_a1 + be32(fdt + 4) <= 0x80000000ul + (192ul << 20));

    const uint8_t *reg = fdt_get(fdt, "/memory@80000000", "reg", &len);
    CHECK(reg != 0);
    CHECK_EQ(len, 16);
    CHECK_EQ(be64(reg), 0x80000000ul);
    CHECK_EQ(be64(reg + 8), 192ul << 20);

    const char *args = fdt_get(fdt, "/chosen", "bootargs", &len);
    CHECK(args != 0);
    CHECK(streq(args, "console=ttyS0 xrun"));
    const char *sp = fdt_get(fdt, "/chosen", "stdout-path", &len);
    CHECK(sp && streq(sp, "/soc/serial@10000000"));
    const uint8_t *is = fdt_get(fdt, "/chosen", "linux,initrd-start", &len);
    const uint8_t *ie = fdt_get(fdt, "/chosen", "linux,initrd-end", &len);
    CHECK(is != 0 && ie != 0);
    uint64_t start = be64(is), end = be64(ie);
    CHECK(end > start + sizeof(initrd_head));
    CHECK(!strncmp_((const char *)start, initrd_head, sizeof(initrd_head) - 1));
    CHECK(end <= boot_a1);

    const char *compat = fdt_get(fdt, "/soc/serial@10000000", "compatible", &len);
    CHECK(compat && streq(compat, "ns16550a"));
    const uint8_t *irq = fdt_get(fdt, "/soc/serial@10000000", "interrupts", &len);
    CHECK(irq && be32(irq) == 10);
    const uint8_t *clint = fdt_get(fdt, "/soc/clint@2000000", "interrupts-extended", &len);
    CHECK(clint != 0);
    CHECK_EQ(len, 16);
    CHECK_EQ(be32(clint + 4), 3);
    CHECK_EQ(be32(clint + 12), 7);
    const char *isa = fdt_get(fdt, "/cpus/cpu@0", "riscv,isa", &len);
    CHECK(isa && !strncmp_(isa, "rv64imafdc", 10));
    const uint8_t *tb = fdt_get(fdt, "/cpus", "timebase-frequency", &len);
    CHECK(tb && be32(tb) == 10000000);
    CHECK(fdt_get(fdt, "/soc/plic@c000000", "interrupt-controller", &len) != 0);
    CHECK(fdt_get(fdt, "/soc/nothere", "reg", &len) == 0);
    puts("fdt: ok\n");
    return 0;
}
