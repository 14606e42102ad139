/*
 * The virtio-mmio block device with a minimal driver of our own (virtio
 * 1.x, split virtqueue of 8): device discovery and the status/feature
 * handshake, capacity in the config space, reads (polled, and completed
 * by an interrupt through the PLIC to M-mode), a write read back, GET_ID,
 * and an out-of-range read failing with IOERR.  The runner attaches a
 * 64 KiB image whose byte i is (i * 7 + 3) & 0xff.
 */
#include "lib/test.h"

#define VIRTIO 0x10001000ul
#define REG(o) MMIO32(VIRTIO + (o))
#define PLIC_PRIO(s) MMIO32(PLIC_BASE + 4 * (s))
#define PLIC_ENABLE(ctx) MMIO32(PLIC_BASE + 0x2000 + 0x80 * (ctx))
#define PLIC_CLAIM(ctx) MMIO32(PLIC_BASE + 0x200004 + 0x1000 * (ctx))

struct desc { uint64_t addr; uint32_t len; uint16_t flags, next; };
struct avail { uint16_t flags, idx, ring[8]; };
struct used { uint16_t flags, idx; struct { uint32_t id, len; } ring[8]; };
struct req { uint32_t type, reserved; uint64_t sector; };

static volatile struct desc desc[8] __attribute__((aligned(16)));
static volatile struct avail avail __attribute__((aligned(2)));
static volatile struct used used __attribute__((aligned(4)));
static volatile struct req hdr;
static volatile uint8_t data[512], status;
static volatile uint32_t irqs, claimed;
static uint16_t last_used;

static void m_irq(uint64_t cause)
{
    if ((cause & 63) != 11)
        return;
    uint32_t id = PLIC_CLAIM(0);
    claimed = id;
    uint32_t isr = REG(0x060);
    REG(0x064) = isr;                          /* ack */
    if (isr & 1)
        irqs++;
    PLIC_CLAIM(0) = id;
}

/* Submit one request; wait by polling or for the interrupt; returns the status byte. */
static uint8_t request(uint32_t type, uint64_t sector, int use_irq)
{
    hdr.type = type;
    hdr.reserved = 0;
    hdr.sector = sector;
    status = 0xff;
    desc[0] = (struct desc){ (uint64_t)&hdr, 16, 1, 1 };
    desc[1] = (struct desc){ (uint64_t)data, type == 1 ? 512 : (type == 8 ? 20 : 512),
                             (uint16_t)(type == 1 ? 1 : 3), 2 };
    desc[2] = (struct desc){ (uint64_t)&status, 1, 2, 0 };
    avail.ring[avail.idx % 8] = 0;
    __asm__ volatile("fence rw, rw" ::: "memory");
    avail.idx++;
    __asm__ volatile("fence rw, rw" ::: "memory");
    uint32_t before = irqs;
    REG(0x050) = 0;                            /* notify queue 0 */
    if (use_irq) {
        csr_set(mstatus, 1ul << 3);
        while (irqs == before)
            __asm__ volatile("wfi");
        csr_clear(mstatus, 1ul << 3);
    }
    while (used.idx == last_used)
        ;
    __asm__ volatile("fence rw, rw" ::: "memory");
    CHECK_EQ(used.ring[last_used % 8].id, 0);
    last_used++;
    return status;
}

static uint8_t pattern(uint64_t i) { return (uint8_t)(i * 7 + 3); }

int main(void)
{
    CHECK_EQ(REG(0x000), 0x74726976);          /* "virt" */
    CHECK_EQ(REG(0x004), 2);
    CHECK_EQ(REG(0x008), 2);                   /* block device */
    REG(0x070) = 0;
    REG(0x070) = 1 | 2;                        /* ACKNOWLEDGE | DRIVER */
    REG(0x014) = 1;
    CHECK(REG(0x010) & 1);                     /* VIRTIO_F_VERSION_1 */
    REG(0x024) = 0;
    REG(0x020) = 0;
    REG(0x024) = 1;
    REG(0x020) = 1;
    REG(0x070) = 1 | 2 | 8;                    /* FEATURES_OK */
    CHECK(REG(0x070) & 8);
    REG(0x030) = 0;
    CHECK(REG(0x034) >= 8);
    REG(0x038) = 8;
    REG(0x080) = (uint32_t)(uint64_t)desc;
    REG(0x084) = (uint32_t)((uint64_t)desc >> 32);
    REG(0x090) = (uint32_t)(uint64_t)&avail;
    REG(0x094) = (uint32_t)((uint64_t)&avail >> 32);
    REG(0x0a0) = (uint32_t)(uint64_t)&used;
    REG(0x0a4) = (uint32_t)((uint64_t)&used >> 32);
    REG(0x044) = 1;
    REG(0x070) = 1 | 2 | 8 | 4;                /* DRIVER_OK */
    CHECK_EQ(MMIO64(VIRTIO + 0x100), 128);     /* capacity: 64 KiB */

    /* a polled read of sector 3 */
    CHECK_EQ(request(0, 3, 0), 0);
    for (int j = 0; j < 512; j++)
        CHECK_EQ(data[j], pattern(3 * 512 + j));
    REG(0x064) = REG(0x060);                   /* ack the interrupt we did not wait for */

    /* a write, then a read completed by the interrupt */
    PLIC_PRIO(1) = 1;
    PLIC_ENABLE(0) = 1u << 1;
    m_irq_hook = m_irq;
    csr_set(mie, 1ul << 11);
    for (int j = 0; j < 512; j++)
        data[j] = 0xa5;
    CHECK_EQ(request(1, 10, 1), 0);
    for (int j = 0; j < 512; j++)
        data[j] = 0;
    CHECK_EQ(request(0, 10, 1), 0);
    CHECK_EQ(claimed, 1);
    CHECK_EQ(irqs, 2);
    for (int j = 0; j < 512; j++)
        CHECK_EQ(data[j], 0xa5);
    CHECK_EQ(request(0, 11, 1), 0);            /* its neighbour is untouched */
    CHECK_EQ(data[0], pattern(11 * 512));
    CHECK_EQ(data[511], pattern(11 * 512 + 511));

    /* GET_ID, and a read past the end */
    CHECK_EQ(request(8, 0, 1), 0);
    CHECK_EQ(data[0], 'x');
    CHECK_EQ(data[4], '-');
    CHECK_EQ(request(0, 200, 1), 1);           /* VIRTIO_BLK_S_IOERR */
    csr_clear(mie, 1ul << 11);
    puts("virtio: ok\n");
    return 0;
}
