/*
 * A small language describing the argument structures of ioctls, so one
 * generic routine can lay a structure out for any ABI and convert it
 * between the guest's layout and the host's.
 *
 * A type is a string of items; blanks are ignored.  An item is an optional
 * decimal repeat count followed by an atom:
 *
 *   b  u8            h  u16           i  u32            q  u64
 *   l  C long        d  __kernel_old_dev_t               u  __kernel_old_uid_t
 *   p  user pointer (translated guest <-> host)
 *   P  u64 carrying a user pointer (translated like p)
 *   x  an opaque byte (alignment 1, copied as is: padding, unions, char arrays)
 *   {...}  a structure (aligned to its strictest member, size padded to it)
 *
 * Example, the kernel's struct termios: "4i b 19b"; struct ifconf: "i p".
 * Scalars are aligned to their size in every supported ABI; which scalars
 * change size from one ABI to another is what an IotAbi says.  Scalars are
 * copied as unsigned little-endian integers, zero-extended or truncated
 * when their sizes differ.
 */
#ifndef XRUN_IOTYPE_H
#define XRUN_IOTYPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The atoms whose size and alignment an ABI decides. */
enum { IOT_U8, IOT_U16, IOT_U32, IOT_U64, IOT_LONG, IOT_PTR, IOT_UPTR64,
       IOT_OLD_DEV, IOT_OLD_UID, IOT_RAW, IOT_NKINDS };

typedef struct IotAbi {
    const char *name;
    uint8_t size[IOT_NKINDS];
    uint8_t align[IOT_NKINDS];
} IotAbi;

extern const IotAbi iot_abi_generic64;   /* the guests: aarch64, riscv64 */
extern const IotAbi iot_abi_x86_64;      /* the host */

/*
 * Pointer translation used while converting: to_host true maps a guest
 * address to a host one, false the reverse.
 */
typedef uint64_t (*IotPtrFn)(uint64_t v, bool to_host);

/* True when t is well formed (balanced braces, known atoms). */
bool iot_valid(const char *t);

/* Size of t laid out for abi (0 for an empty type). */
size_t iot_size(const char *t, const IotAbi *abi);

/*
 * True when t needs no conversion between the two ABIs: same layout and
 * no pointers, so the host kernel can work on the guest's memory directly.
 */
bool iot_identical(const char *t, const IotAbi *a, const IotAbi *b);

/*
 * Convert one object of type t from `from`'s layout at src to `to`'s at dst
 * (dst is zeroed first: iot_size(t, to) bytes).  Pointers go through xlate
 * (to_host tells it the direction); NULL stays NULL.
 */
void iot_convert(const char *t, const IotAbi *from, const void *src,
                 const IotAbi *to, void *dst, IotPtrFn xlate, bool to_host);

#endif
