/*
 * Unit test of the ioctl type-description language (ioctls/iotype.h) and of
 * the ioctl table against the host's kernel headers (expect_*.c): numbers,
 * argument sizes, and layout conversion between ABIs, including one the
 * guests never use (an ILP32 ABI) so that every conversion rule is
 * exercised with real differences.
 */
#include <criterion/criterion.h>
#include <linux/loop.h>
#include <stddef.h>
#include <string.h>

#include "expect.h"
#include "ioctls/ioctls.h"
#include "ioctls/iotable.h"
#include "ioctls/iotype.h"

/*                                           b  h  i  q  l  p  P  d  u  x */
static const IotAbi ilp32 = { "ilp32", { 1, 2, 4, 8, 4, 4, 8, 2, 2, 1 },
                                       { 1, 2, 4, 4, 4, 4, 4, 2, 2, 1 } };
#define G (&iot_abi_generic64)
#define H (&iot_abi_x86_64)

Test(iotype, sizes_and_alignment)
{
    cr_expect_eq(iot_size("", G), 0);
    cr_expect_eq(iot_size("4i b 19b", G), 36);           /* struct termios */
    cr_expect_eq(iot_size("4i b 19b 2i", G), 44);        /* struct termios2 */
    cr_expect_eq(iot_size("4h b 8b", G), 18);            /* struct termio */
    cr_expect_eq(iot_size("b q", G), 16);
    cr_expect_eq(iot_size("b q", &ilp32), 12);           /* u64 aligned to 4 on i386 */
    cr_expect_eq(iot_size("i p", G), 16);
    cr_expect_eq(iot_size("i p", &ilp32), 8);
    cr_expect_eq(iot_size("b 3{h b}", G), 14);           /* array of 4-byte structs at 2 */
    cr_expect_eq(iot_size("2b {9i}", G), 40);            /* struct rtc_wkalrm */
    cr_expect_eq(iot_size("b {b {q}}", G), 24);          /* nested alignment */
}

Test(iotype, validity)
{
    cr_expect(iot_valid("4i b 19b"));
    cr_expect(iot_valid("2{i {h}} p"));
    cr_expect_not(iot_valid("4i z"));
    cr_expect_not(iot_valid("{i"));
    cr_expect_not(iot_valid("i}"));
}

Test(iotype, identical)
{
    cr_expect(iot_identical("4i b 19b", G, H));
    cr_expect(iot_identical("5q 4i 64x 64x 32x 2q", G, H));   /* loop_info64 */
    cr_expect_not(iot_identical("i d l d 4i 64x 32x 2l 4x", G, H));  /* loop_info: old_dev_t */
    cr_expect_not(iot_identical("i p", G, H));                 /* pointers are translated */
    cr_expect_not(iot_identical("2i P", G, H));
    cr_expect_not(iot_identical("b q", G, &ilp32));
    cr_expect(iot_identical("b l", G, H));
}

/* struct loop_info from the generic layout to x86_64's, checked with the host's own struct */
Test(iotype, loop_info_to_host)
{
    const char *t = "i d l d 4i 64x 32x 2l 4x";
    cr_assert_eq(iot_size(t, G), 160);
    cr_assert_eq(iot_size(t, H), sizeof(struct loop_info));
    uint8_t g[160];
    memset(g, 0, sizeof(g));
    uint32_t number = 7, dev = 0x10302, rdev = 0x70001;
    uint64_t inode = 0x123456789abull;
    int32_t offset = 4096, flags = 4;
    memcpy(g + 0, &number, 4);
    memcpy(g + 4, &dev, 4);
    memcpy(g + 8, &inode, 8);
    memcpy(g + 16, &rdev, 4);
    memcpy(g + 20, &offset, 4);
    memcpy(g + 32, &flags, 4);
    memcpy(g + 36, "backing.img", 12);
    uint64_t init1 = 0xfeedface;
    memcpy(g + 136, &init1, 8);   /* lo_init: after the 32-byte key at 100, aligned */
    struct loop_info h;
    memset(&h, 0xff, sizeof(h));
    iot_convert(t, G, g, H, &h, NULL, true);
    cr_expect_eq(h.lo_number, 7);
    cr_expect_eq(h.lo_device, 0x10302);
    cr_expect_eq(h.lo_inode, 0x123456789abull);
    cr_expect_eq(h.lo_rdevice, 0x70001);
    cr_expect_eq(h.lo_offset, 4096);
    cr_expect_eq(h.lo_flags, 4);
    cr_expect_str_eq(h.lo_name, "backing.img");
    cr_expect_eq(h.lo_init[0], 0xfeedface);
    cr_expect_eq(h.lo_init[1], 0);

    /* and back: the guest bytes come out as they went in */
    uint8_t back[160];
    iot_convert(t, H, &h, G, back, NULL, false);
    cr_expect_eq(memcmp(back, g, sizeof(g)), 0);
}

static uint64_t shift_ptr(uint64_t v, bool to_host)
{
    return to_host ? v + 0x100000000ull : v - 0x100000000ull;
}

Test(iotype, pointers_and_narrowing)
{
    /* struct { u8 a; u64 b; void *p; u16 c; long l; } between LP64 and ILP32 */
    const char *t = "b q p h l";
    uint8_t g[40] = { 0 }, n[24], back[40];
    cr_assert_eq(iot_size(t, G), 40);
    cr_assert_eq(iot_size(t, &ilp32), 24);
    g[0] = 0x11;
    uint64_t b = 0x1122334455667788ull, p = 0x4000, l = 0xfffffff0;
    uint16_t c = 0xbeef;
    memcpy(g + 8, &b, 8);
    memcpy(g + 16, &p, 8);
    memcpy(g + 24, &c, 2);
    memcpy(g + 32, &l, 8);
    iot_convert(t, G, g, &ilp32, n, shift_ptr, true);
    uint64_t nb;
    uint32_t np, nl;
    uint16_t nc;
    memcpy(&nb, n + 4, 8);
    memcpy(&np, n + 12, 4);
    memcpy(&nc, n + 16, 2);
    memcpy(&nl, n + 20, 4);
    cr_expect_eq(n[0], 0x11);
    cr_expect_eq(nb, b);
    cr_expect_eq(np, (uint32_t)(0x4000 + 0x100000000ull));   /* translated, then truncated */
    cr_expect_eq(nc, 0xbeef);
    cr_expect_eq(nl, 0xfffffff0u);
    /* NULL stays NULL */
    memset(g + 16, 0, 8);
    iot_convert(t, G, g, &ilp32, n, shift_ptr, true);
    memcpy(&np, n + 12, 4);
    cr_expect_eq(np, 0);
    /* a struct array with a pointer: each element's pointer translated */
    const char *arr = "2{i p}";
    uint8_t ga[32] = { 0 }, ha[32];
    uint64_t p0 = 0x1000, p1 = 0;
    memcpy(ga + 8, &p0, 8);
    memcpy(ga + 24, &p1, 8);
    iot_convert(arr, G, ga, H, ha, shift_ptr, true);
    uint64_t h0, h1;
    memcpy(&h0, ha + 8, 8);
    memcpy(&h1, ha + 24, 8);
    cr_expect_eq(h0, 0x100001000ull);
    cr_expect_eq(h1, 0);
    iot_convert(arr, H, ha, G, back, shift_ptr, false);
    cr_expect_eq(memcmp(back, ga, 32), 0);
}

static const Expect *expect_find(const char *name)
{
    for (int i = 0; i < expect_tty_n; i++)
        if (!strcmp(expect_tty[i].name, name))
            return &expect_tty[i];
    for (int i = 0; i < expect_dev_n; i++)
        if (!strcmp(expect_dev[i].name, name))
            return &expect_dev[i];
    return NULL;
}

/* Expectation names for masked entries are spelled with an argument. */
static const char *expect_name(const char *name)
{
    static const char *const alias[][2] = {
        { "EVIOCGNAME", "EVIOCGNAME(256)" }, { "EVIOCGPHYS", "EVIOCGPHYS(64)" },
        { "EVIOCGUNIQ", "EVIOCGUNIQ(64)" }, { "EVIOCGPROP", "EVIOCGPROP(8)" },
        { "EVIOCGMTSLOTS", "EVIOCGMTSLOTS(64)" }, { "EVIOCGKEY", "EVIOCGKEY(96)" },
        { "EVIOCGLED", "EVIOCGLED(8)" }, { "EVIOCGSND", "EVIOCGSND(8)" },
        { "EVIOCGSW", "EVIOCGSW(8)" }, { "EVIOCGBIT", "EVIOCGBIT(EV_KEY,96)" },
        { "EVIOCGABS", "EVIOCGABS(ABS_Y)" }, { "EVIOCSABS", "EVIOCSABS(ABS_Y)" },
        { "SOUND_MIXER_READ", "SOUND_MIXER_READ_VOLUME" },
        { "SOUND_MIXER_WRITE", "SOUND_MIXER_WRITE_VOLUME" },
    };
    for (size_t i = 0; i < sizeof(alias) / sizeof(alias[0]); i++)
        if (!strcmp(alias[i][0], name))
            return alias[i][1];
    return name;
}

/* Every entry: a valid type, its number and size as the host headers say. */
Test(iotable, matches_host_headers)
{
    int n = ioctl_table_size();
    cr_assert_gt(n, 250);
    for (int i = 0; i < n; i++) {
        IoctlInfo e;
        cr_assert(ioctl_table_entry(i, &e));
        cr_expect(e.type == NULL || iot_valid(e.type), "%s: bad type %s", e.name, e.type);
        const Expect *x = expect_find(expect_name(e.name));
        cr_expect(x != NULL, "%s: no expectation from the headers", e.name);
        if (!x)
            continue;
        cr_expect_eq((uint32_t)x->cmd & ~e.mask, e.host_cmd, "%s: host cmd %#x, headers %#lx",
                     e.name, e.host_cmd, x->cmd);
        bool ptr = e.arg == IOA_IN || e.arg == IOA_OUT || e.arg == IOA_INOUT;
        uint32_t size = e.type ? e.host_size : (uint32_t)((x->cmd >> 16) & 0x3fff);
        if (ptr)
            cr_expect_eq(size, x->size, "%s: size %u, headers %lu", e.name, size, x->size);
        /* the entry finds itself, so no earlier entry shadows it */
        cr_expect_eq(ioctl_table_find(e.guest_cmd | (x->cmd & e.mask)), i, "%s shadowed", e.name);
    }
}

Test(iotable, names)
{
    cr_expect_str_eq(ioctl_name(0x5401), "TCGETS");
    cr_expect_str_eq(ioctl_name(0x8912), "SIOCGIFCONF");
    cr_expect_str_eq(ioctl_name(0x80045200), "RNDGETENTCNT");
    cr_expect_str_eq(ioctl_name(0x81004506), "EVIOCGNAME");   /* EVIOCGNAME(256) */
    cr_expect_str_eq(ioctl_name(0x80184541), "EVIOCGABS");    /* EVIOCGABS(1) */
    cr_expect_str_eq(ioctl_name(0xffffffff00005413ull), "TIOCGWINSZ");  /* cmd is 32 bits */
    cr_expect_null(ioctl_name(0x12345678));
}
