/*
 * A virtio-mmio (version 2) block device at QEMU virt's first virtio slot
 * (0x10001000, PLIC source 1), backed by a raw image file (-drive).  One
 * split virtqueue; requests are served synchronously when the driver
 * notifies: IN (read), OUT (write), FLUSH and GET_ID.  Without a drive the
 * transport reports device id 0 ("nothing here"), as QEMU's empty slots do.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sys.h"

#define VIRTIO_IRQ 1
#define QUEUE_MAX 256
enum { DESC_F_NEXT = 1, DESC_F_WRITE = 2 };
enum { BLK_T_IN = 0, BLK_T_OUT = 1, BLK_T_FLUSH = 4, BLK_T_GET_ID = 8 };
enum { BLK_S_OK = 0, BLK_S_IOERR = 1, BLK_S_UNSUPP = 2 };

static struct {
    int fd;
    bool readonly;
    uint64_t sectors;
    uint32_t status, isr, dev_feat_sel, drv_feat_sel, queue_sel;
    uint32_t drv_features[2];
    uint32_t num, ready;
    uint64_t desc, avail, used;
    uint16_t last_avail;
} vb = { .fd = -1 };

bool virtio_blk_present(void) { return vb.fd >= 0; }

void virtio_blk_attach(int fd, uint64_t size, bool readonly)
{
    vb.fd = fd;
    vb.sectors = size / 512;
    vb.readonly = readonly;
}

static void reset(void)
{
    vb.status = vb.isr = vb.dev_feat_sel = vb.drv_feat_sel = vb.queue_sel = 0;
    vb.drv_features[0] = vb.drv_features[1] = 0;
    vb.num = vb.ready = 0;
    vb.desc = vb.avail = vb.used = 0;
    vb.last_avail = 0;
    plic_set_irq(VIRTIO_IRQ, false);
}

/* Guest-physical RAM for DMA; NULL when [pa, pa + len) is not all RAM. */
static uint8_t *dma(uint64_t pa, uint64_t len)
{
    return pa_is_ram(pa, len) ? ram_host + (pa - ram_base) : NULL;
}

typedef struct Desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags, next;
} Desc;

static bool read_desc(uint16_t i, Desc *d)
{
    uint8_t *p = dma(vb.desc + 16ull * (i % vb.num), 16);
    if (!p)
        return false;
    memcpy(d, p, sizeof(*d));
    return true;
}

/* Move data between the image and the chain's data descriptors; returns
 * the bytes written into guest memory, or -1 on an error. */
static int64_t transfer(const Desc *data, unsigned n, uint32_t type, uint64_t sector)
{
    uint64_t off = sector * 512;
    int64_t written = 0;
    for (unsigned i = 0; i < n; i++) {
        uint8_t *p = dma(data[i].addr, data[i].len);
        if (!p || off + data[i].len > vb.sectors * 512)
            return -1;
        if (type == BLK_T_IN) {
            if (pread(vb.fd, p, data[i].len, (off_t)off) != (ssize_t)data[i].len)
                return -1;
            dma_written(data[i].addr, data[i].len);
            written += data[i].len;
        } else {
            if (vb.readonly || pwrite(vb.fd, p, data[i].len, (off_t)off) != (ssize_t)data[i].len)
                return -1;
        }
        off += data[i].len;
    }
    return written;
}

/* One request: header descriptor, data descriptors, status descriptor. */
static uint32_t serve(uint16_t head)
{
    Desc chain[QUEUE_MAX];
    unsigned n = 0;
    uint16_t i = head;
    for (;;) {
        if (n == QUEUE_MAX || !read_desc(i, &chain[n]))
            return 0;
        if (!(chain[n++].flags & DESC_F_NEXT))
            break;
        i = chain[n - 1].next;
    }
    uint8_t *hdr = n >= 2 ? dma(chain[0].addr, 16) : NULL;
    uint8_t *st = n >= 2 ? dma(chain[n - 1].addr, 1) : NULL;
    if (!hdr || !st || chain[0].len < 16)
        return 0;
    uint32_t type;
    uint64_t sector;
    memcpy(&type, hdr, 4);
    memcpy(&sector, hdr + 8, 8);
    int64_t len = 0;
    uint8_t status = BLK_S_OK;
    switch (type) {
    case BLK_T_IN:
    case BLK_T_OUT:
        len = transfer(chain + 1, n - 2, type, sector);
        if (len < 0) {
            status = BLK_S_IOERR;
            len = 0;
        }
        break;
    case BLK_T_FLUSH:
        if (fsync(vb.fd))
            status = BLK_S_IOERR;
        break;
    case BLK_T_GET_ID: {
        static const char id[20] = "xrun-virtio-blk";
        uint8_t *p = n >= 3 ? dma(chain[1].addr, chain[1].len) : NULL;
        if (p) {
            memcpy(p, id, chain[1].len < sizeof(id) ? chain[1].len : sizeof(id));
            len = chain[1].len < sizeof(id) ? chain[1].len : sizeof(id);
        }
        break;
    }
    default:
        status = BLK_S_UNSUPP;
    }
    *st = status;
    dma_written(chain[n - 1].addr, 1);
    return (uint32_t)len + 1;
}

static void notify(void)
{
    if (!vb.ready || !vb.num)
        return;
    uint8_t *avail = dma(vb.avail, 4 + 2ull * vb.num);
    uint8_t *used = dma(vb.used, 4 + 8ull * vb.num);
    if (!avail || !used)
        return;
    uint16_t avail_idx;
    memcpy(&avail_idx, avail + 2, 2);
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    bool any = false;
    while (vb.last_avail != avail_idx) {
        uint16_t head, used_idx;
        memcpy(&head, avail + 4 + 2 * (vb.last_avail % vb.num), 2);
        uint32_t len = serve(head);
        memcpy(&used_idx, used + 2, 2);
        uint32_t elem[2] = { head, len };
        memcpy(used + 4 + 8 * (used_idx % vb.num), elem, 8);
        __atomic_thread_fence(__ATOMIC_RELEASE);
        used_idx++;
        memcpy(used + 2, &used_idx, 2);
        vb.last_avail++;
        any = true;
    }
    dma_written(vb.used, 4 + 8ull * vb.num);
    if (any) {
        vb.isr |= 1;
        plic_set_irq(VIRTIO_IRQ, true);
    }
}

uint64_t virtio_read(uint64_t off, unsigned size)
{
    if (off >= 0x100) {                       /* config: capacity, then zeros */
        uint8_t cfg[64] = { 0 };
        memcpy(cfg, &vb.sectors, 8);
        uint64_t v = 0;
        if (off - 0x100 + size <= sizeof(cfg))
            memcpy(&v, cfg + (off - 0x100), size);
        return v;
    }
    switch (off) {
    case 0x000: return 0x74726976;            /* "virt" */
    case 0x004: return 2;
    case 0x008: return vb.fd >= 0 ? 2 : 0;     /* block device, or none */
    case 0x00c: return 0x554d4551;            /* "QEMU" */
    case 0x010: return vb.dev_feat_sel == 1 ? 1 : 0;   /* VIRTIO_F_VERSION_1 (bit 32) */
    case 0x034: return vb.queue_sel == 0 ? QUEUE_MAX : 0;
    case 0x044: return vb.queue_sel == 0 ? vb.ready : 0;
    case 0x060: return vb.isr;
    case 0x070: return vb.status;
    case 0x0fc: return 0;
    }
    return 0;
}

static void set_half(uint64_t *reg, bool high, uint64_t v)
{
    *reg = high ? (*reg & 0xffffffffull) | (v << 32) : (*reg & ~0xffffffffull) | (uint32_t)v;
}

void virtio_write(uint64_t off, unsigned size, uint64_t v)
{
    bool q0 = vb.queue_sel == 0;
    switch (off) {
    case 0x014: vb.dev_feat_sel = (uint32_t)v; break;
    case 0x020: if (vb.drv_feat_sel < 2) vb.drv_features[vb.drv_feat_sel] = (uint32_t)v; break;
    case 0x024: vb.drv_feat_sel = (uint32_t)v; break;
    case 0x030: vb.queue_sel = (uint32_t)v; break;
    case 0x038: if (q0 && v <= QUEUE_MAX) vb.num = (uint32_t)v; break;
    case 0x044: if (q0) vb.ready = v & 1; break;
    case 0x050: if (v == 0) notify(); break;
    case 0x064:
        vb.isr &= ~(uint32_t)v;
        plic_set_irq(VIRTIO_IRQ, vb.isr != 0);
        break;
    case 0x070:
        if (v == 0)
            reset();
        else
            vb.status = (uint32_t)v;
        break;
    case 0x080: case 0x084: if (q0) set_half(&vb.desc, off & 4, v); break;
    case 0x090: case 0x094: if (q0) set_half(&vb.avail, off & 4, v); break;
    case 0x0a0: case 0x0a4: if (q0) set_half(&vb.used, off & 4, v); break;
    }
}
