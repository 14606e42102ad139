/*
 * The ioctl type-description language (see iotype.h): layout of a type
 * string in two ABIs at once, and conversion between them.
 *
 * One recursive walk serves every operation: it visits each scalar with its
 * offset in both ABIs, and a visitor measures, compares or copies.
 */
#include "ioctls/iotype.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/*                                     b  h  i  q  l  p  P  d  u  x */
const IotAbi iot_abi_generic64 = { "generic64",
                                   { 1, 2, 4, 8, 8, 8, 8, 4, 4, 1 },
                                   { 1, 2, 4, 8, 8, 8, 8, 4, 4, 1 } };
/* x86_64's posix_types_64.h: old_dev_t is unsigned long, old_uid_t u16 */
const IotAbi iot_abi_x86_64 = { "x86_64",
                                { 1, 2, 4, 8, 8, 8, 8, 8, 2, 1 },
                                { 1, 2, 4, 8, 8, 8, 8, 8, 2, 1 } };

typedef struct Walk Walk;
typedef void (*VisitFn)(Walk *w, int kind, const size_t off[2]);

struct Walk {
    const IotAbi *abi[2];
    VisitFn visit;          /* NULL: only measure */
    bool bad;               /* malformed type */
    /* for the visitors */
    bool differs;
    const uint8_t *src;
    uint8_t *dst;
    IotPtrFn xlate;
    bool to_host;
};

static int atom_kind(char c)
{
    switch (c) {
    case 'b': return IOT_U8;
    case 'h': return IOT_U16;
    case 'i': return IOT_U32;
    case 'q': return IOT_U64;
    case 'l': return IOT_LONG;
    case 'p': return IOT_PTR;
    case 'P': return IOT_UPTR64;
    case 'd': return IOT_OLD_DEV;
    case 'u': return IOT_OLD_UID;
    case 'x': return IOT_RAW;
    default: return -1;
    }
}

static size_t align_up(size_t v, size_t a)
{
    return (v + a - 1) / a * a;
}

static const char *walk_body(Walk *w, const char *t, const size_t base[2],
                             size_t size[2], size_t align[2], bool visit);

/* One item (count + atom) at offsets off[]; advances off[] and align[]. */
static const char *walk_item(Walk *w, const char *t, size_t off[2], size_t align[2],
                             const size_t base[2], bool visit)
{
    size_t count = 1;
    if (isdigit((unsigned char)*t))
        count = strtoul(t, (char **)&t, 10);
    if (*t == '{') {
        size_t esize[2], ealign[2];
        const size_t zero[2] = { 0, 0 };
        const char *end = walk_body(w, t + 1, zero, esize, ealign, false);
        if (*end != '}') {
            w->bad = true;
            return end;
        }
        for (int k = 0; k < 2; k++) {
            off[k] = align_up(off[k], ealign[k]);
            if (ealign[k] > align[k])
                align[k] = ealign[k];
        }
        for (size_t i = 0; i < count && visit; i++) {
            const size_t eb[2] = { base[0] + off[0] + i * esize[0],
                                   base[1] + off[1] + i * esize[1] };
            size_t s[2], a[2];
            walk_body(w, t + 1, eb, s, a, true);
        }
        for (int k = 0; k < 2; k++)
            off[k] += count * esize[k];
        return end + 1;
    }
    int kind = atom_kind(*t);
    if (kind < 0) {
        w->bad = true;
        return *t ? t + 1 : t;
    }
    for (int k = 0; k < 2; k++) {
        size_t a = w->abi[k]->align[kind];
        off[k] = align_up(off[k], a);
        if (a > align[k])
            align[k] = a;
    }
    for (size_t i = 0; i < count; i++) {
        if (visit && w->visit) {
            const size_t o[2] = { base[0] + off[0], base[1] + off[1] };
            w->visit(w, kind, o);
        }
        for (int k = 0; k < 2; k++)
            off[k] += w->abi[k]->size[kind];
    }
    return t + 1;
}

/*
 * A structure body up to '}' or the end of the string; size[] and align[]
 * receive its padded size and alignment in both ABIs.  Returns where it
 * stopped.
 */
static const char *walk_body(Walk *w, const char *t, const size_t base[2],
                             size_t size[2], size_t align[2], bool visit)
{
    size_t off[2] = { 0, 0 };
    align[0] = align[1] = 1;
    while (*t && *t != '}' && !w->bad) {
        if (*t == ' ') {
            t++;
            continue;
        }
        t = walk_item(w, t, off, align, base, visit);
    }
    for (int k = 0; k < 2; k++)
        size[k] = align_up(off[k], align[k]);
    return t;
}

/* Walk a whole type; false when malformed. */
static bool walk(Walk *w, const char *t, size_t size[2])
{
    const size_t zero[2] = { 0, 0 };
    size_t align[2];
    const char *end = walk_body(w, t, zero, size, align, true);
    return !w->bad && *end == '\0';
}

bool iot_valid(const char *t)
{
    Walk w = { .abi = { &iot_abi_generic64, &iot_abi_generic64 } };
    size_t size[2];
    return walk(&w, t, size);
}

size_t iot_size(const char *t, const IotAbi *abi)
{
    Walk w = { .abi = { abi, abi } };
    size_t size[2];
    return walk(&w, t, size) ? size[0] : 0;
}

static void visit_compare(Walk *w, int kind, const size_t off[2])
{
    if (off[0] != off[1] || w->abi[0]->size[kind] != w->abi[1]->size[kind] ||
        kind == IOT_PTR || kind == IOT_UPTR64)
        w->differs = true;
}

bool iot_identical(const char *t, const IotAbi *a, const IotAbi *b)
{
    Walk w = { .abi = { a, b }, .visit = visit_compare };
    size_t size[2];
    return walk(&w, t, size) && !w.differs && size[0] == size[1];
}

static uint64_t load_le(const uint8_t *p, size_t n)
{
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static void store_le(uint8_t *p, size_t n, uint64_t v)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void visit_copy(Walk *w, int kind, const size_t off[2])
{
    uint64_t v = load_le(w->src + off[0], w->abi[0]->size[kind]);
    if ((kind == IOT_PTR || kind == IOT_UPTR64) && v && w->xlate)
        v = w->xlate(v, w->to_host);
    store_le(w->dst + off[1], w->abi[1]->size[kind], v);
}

void iot_convert(const char *t, const IotAbi *from, const void *src,
                 const IotAbi *to, void *dst, IotPtrFn xlate, bool to_host)
{
    memset(dst, 0, iot_size(t, to));
    Walk w = { .abi = { from, to }, .visit = visit_copy, .src = src, .dst = dst,
               .xlate = xlate, .to_host = to_host };
    size_t size[2];
    walk(&w, t, size);
}
