/*
 * A flattened device tree (DTB, version 17) writer, and the tree of the
 * virt machine: memory, one hart with its interrupt controller, the CLINT,
 * the PLIC, the UART and the test device, at QEMU's addresses, so that
 * firmware written for QEMU's virt board (OpenSBI's generic platform,
 * U-Boot, Linux) finds the same devices.
 */
#include <stdio.h>
#include <string.h>

#include "sys.h"

enum { FDT_BEGIN_NODE = 1, FDT_END_NODE = 2, FDT_PROP = 3, FDT_END = 9 };
#define FDT_MAGIC 0xd00dfeedu

typedef struct Fdt {
    uint8_t st[16384];             /* structure block */
    size_t nst;
    char str[2048];                /* strings block */
    size_t nstr;
    bool overflow;
} Fdt;

static void put_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v;
}

static void emit(Fdt *f, const void *data, size_t len)
{
    size_t padded = (len + 3) & ~(size_t)3;
    if (f->nst + padded > sizeof(f->st)) {
        f->overflow = true;
        return;
    }
    memcpy(f->st + f->nst, data, len);
    memset(f->st + f->nst + len, 0, padded - len);
    f->nst += padded;
}

static void emit32(Fdt *f, uint32_t v)
{
    uint8_t b[4];
    put_be32(b, v);
    emit(f, b, 4);
}

/* Offset of name in the strings block (shared between properties). */
static uint32_t string_off(Fdt *f, const char *name)
{
    for (size_t off = 0; off < f->nstr; off += strlen(f->str + off) + 1)
        if (!strcmp(f->str + off, name))
            return (uint32_t)off;
    size_t len = strlen(name) + 1;
    if (f->nstr + len > sizeof(f->str)) {
        f->overflow = true;
        return 0;
    }
    memcpy(f->str + f->nstr, name, len);
    f->nstr += len;
    return (uint32_t)(f->nstr - len);
}

static void begin_node(Fdt *f, const char *name)
{
    emit32(f, FDT_BEGIN_NODE);
    emit(f, name, strlen(name) + 1);
}

static void end_node(Fdt *f) { emit32(f, FDT_END_NODE); }

static void prop(Fdt *f, const char *name, const void *val, size_t len)
{
    emit32(f, FDT_PROP);
    emit32(f, (uint32_t)len);
    emit32(f, string_off(f, name));
    emit(f, val, len);
}

static void prop_str(Fdt *f, const char *name, const char *s) { prop(f, name, s, strlen(s) + 1); }
static void prop_empty(Fdt *f, const char *name) { prop(f, name, "", 0); }

/* A list of 32-bit cells. */
static void prop_cells(Fdt *f, const char *name, const uint32_t *cells, size_t n)
{
    uint8_t buf[64];
    for (size_t i = 0; i < n && i < 16; i++)
        put_be32(buf + 4 * i, cells[i]);
    prop(f, name, buf, 4 * n);
}

static void prop_u32(Fdt *f, const char *name, uint32_t v) { prop_cells(f, name, &v, 1); }

/* reg = <addr size> with two cells each */
static void prop_reg(Fdt *f, uint64_t addr, uint64_t size)
{
    uint32_t c[4] = { (uint32_t)(addr >> 32), (uint32_t)addr, (uint32_t)(size >> 32), (uint32_t)size };
    prop_cells(f, "reg", c, 4);
}

enum { PH_CPU_INTC = 1, PH_PLIC = 2, PH_TEST = 3 };

static void build_cpus(Fdt *f)
{
    begin_node(f, "cpus");
    prop_u32(f, "#address-cells", 1);
    prop_u32(f, "#size-cells", 0);
    prop_u32(f, "timebase-frequency", 10000000);
    begin_node(f, "cpu@0");
    prop_str(f, "device_type", "cpu");
    prop_u32(f, "reg", 0);
    prop_str(f, "status", "okay");
    prop_str(f, "compatible", "riscv");
    prop_str(f, "riscv,isa", "rv64imafdc_zicsr_zifencei");
    prop_str(f, "mmu-type", "riscv,sv48");
    begin_node(f, "interrupt-controller");
    prop_u32(f, "#interrupt-cells", 1);
    prop_empty(f, "interrupt-controller");
    prop_str(f, "compatible", "riscv,cpu-intc");
    prop_u32(f, "phandle", PH_CPU_INTC);
    end_node(f);
    end_node(f);
    end_node(f);
}

static void build_soc(Fdt *f, bool virtio)
{
    static const char test_compat[] = "sifive,test1\0sifive,test0\0syscon";
    static const char clint_compat[] = "sifive,clint0\0riscv,clint0";
    static const char plic_compat[] = "sifive,plic-1.0.0\0riscv,plic0";
    begin_node(f, "soc");
    prop_u32(f, "#address-cells", 2);
    prop_u32(f, "#size-cells", 2);
    prop_str(f, "compatible", "simple-bus");
    prop_empty(f, "ranges");

    begin_node(f, "test@100000");
    prop(f, "compatible", test_compat, sizeof(test_compat));
    prop_reg(f, 0x100000, 0x1000);
    prop_u32(f, "phandle", PH_TEST);
    end_node(f);

    begin_node(f, "poweroff");
    prop_str(f, "compatible", "syscon-poweroff");
    prop_u32(f, "regmap", PH_TEST);
    prop_u32(f, "offset", 0);
    prop_u32(f, "value", 0x5555);
    end_node(f);

    begin_node(f, "reboot");
    prop_str(f, "compatible", "syscon-reboot");
    prop_u32(f, "regmap", PH_TEST);
    prop_u32(f, "offset", 0);
    prop_u32(f, "value", 0x7777);
    end_node(f);

    begin_node(f, "serial@10000000");
    prop_str(f, "compatible", "ns16550a");
    prop_reg(f, 0x10000000, 0x100);
    prop_u32(f, "clock-frequency", 3686400);
    prop_u32(f, "interrupts", 10);
    prop_u32(f, "interrupt-parent", PH_PLIC);
    end_node(f);

    if (virtio) {
        begin_node(f, "virtio_mmio@10001000");
        prop_str(f, "compatible", "virtio,mmio");
        prop_reg(f, 0x10001000, 0x1000);
        prop_u32(f, "interrupts", 1);
        prop_u32(f, "interrupt-parent", PH_PLIC);
        end_node(f);
    }

    begin_node(f, "clint@2000000");
    prop(f, "compatible", clint_compat, sizeof(clint_compat));
    prop_reg(f, 0x2000000, 0x10000);
    uint32_t clint_ints[4] = { PH_CPU_INTC, IRQ_MSI, PH_CPU_INTC, IRQ_MTI };
    prop_cells(f, "interrupts-extended", clint_ints, 4);
    end_node(f);

    begin_node(f, "plic@c000000");
    prop(f, "compatible", plic_compat, sizeof(plic_compat));
    prop_reg(f, 0xc000000, 0x600000);
    prop_u32(f, "#interrupt-cells", 1);
    prop_u32(f, "#address-cells", 0);
    prop_empty(f, "interrupt-controller");
    prop_u32(f, "riscv,ndev", 95);
    uint32_t plic_ints[4] = { PH_CPU_INTC, IRQ_MEI, PH_CPU_INTC, IRQ_SEI };
    prop_cells(f, "interrupts-extended", plic_ints, 4);
    prop_u32(f, "phandle", PH_PLIC);
    end_node(f);

    end_node(f);
}

static void build_tree(Fdt *f, const FdtConfig *cfg)
{
    char name[64];
    begin_node(f, "");
    prop_u32(f, "#address-cells", 2);
    prop_u32(f, "#size-cells", 2);
    prop_str(f, "compatible", "riscv-virtio");
    prop_str(f, "model", "riscv-virtio,qemu");

    begin_node(f, "chosen");
    prop_str(f, "stdout-path", "/soc/serial@10000000");
    if (cfg->bootargs)
        prop_str(f, "bootargs", cfg->bootargs);
    if (cfg->initrd_end > cfg->initrd_start) {
        uint32_t s[2] = { (uint32_t)(cfg->initrd_start >> 32), (uint32_t)cfg->initrd_start };
        uint32_t e[2] = { (uint32_t)(cfg->initrd_end >> 32), (uint32_t)cfg->initrd_end };
        prop_cells(f, "linux,initrd-start", s, 2);
        prop_cells(f, "linux,initrd-end", e, 2);
    }
    end_node(f);

    snprintf(name, sizeof(name), "memory@%llx", (unsigned long long)cfg->ram_base);
    begin_node(f, name);
    prop_str(f, "device_type", "memory");
    prop_reg(f, cfg->ram_base, cfg->ram_size);
    end_node(f);

    build_cpus(f);
    build_soc(f, cfg->virtio_blk);
    end_node(f);
    emit32(f, FDT_END);
}

size_t fdt_build(const FdtConfig *cfg, uint8_t *buf, size_t cap)
{
    static Fdt f;
    memset(&f, 0, sizeof(f));
    build_tree(&f, cfg);
    const size_t hdr = 40, rsv = 16;
    size_t off_st = hdr + rsv, off_str = off_st + f.nst, total = off_str + f.nstr;
    if (f.overflow || total > cap)
        return 0;
    memset(buf, 0, off_st);
    put_be32(buf + 0, FDT_MAGIC);
    put_be32(buf + 4, (uint32_t)total);
    put_be32(buf + 8, (uint32_t)off_st);
    put_be32(buf + 12, (uint32_t)off_str);
    put_be32(buf + 16, (uint32_t)hdr);        /* empty reservation map */
    put_be32(buf + 20, 17);
    put_be32(buf + 24, 16);
    put_be32(buf + 28, 0);                    /* boot cpu */
    put_be32(buf + 32, (uint32_t)f.nstr);
    put_be32(buf + 36, (uint32_t)f.nst);
    memcpy(buf + off_st, f.st, f.nst);
    memcpy(buf + off_str, f.str, f.nstr);
    return total;
}
