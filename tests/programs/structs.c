/* Struct layout: sizeof/offsetof of common aggregates (identical on the
 * riscv64 and x86_64 LP64 ABIs; long double deliberately absent), packed
 * structs, unions, bitfields within 32-bit units, struct copy/return. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct a { char c; int i; short s; };
struct b { char c; double d; char e; };
struct c { int64_t x; char tail[3]; };
struct __attribute__((packed)) p { char c; int i; short s; int64_t l; };
struct nested { struct a a; struct b b; char z; };
union u { uint64_t q; uint32_t w[2]; uint8_t b[8]; double d; };
struct bits { unsigned a : 3; unsigned b : 5; unsigned c : 12; unsigned d : 12; };
struct flex { int n; int data[]; };
struct big { int v[40]; double m; };

static struct big make_big(int seed)
{
    struct big r;
    for (int i = 0; i < 40; i++)
        r.v[i] = seed * i;
    r.m = seed / 4.0;
    return r;
}

static int sum_big(struct big b)
{
    int s = 0;
    for (int i = 0; i < 40; i++)
        s += b.v[i];
    return s + (int)b.m;
}

int main(void)
{
    printf("a: size %zu align %zu off c=%zu i=%zu s=%zu\n", sizeof(struct a), _Alignof(struct a),
           offsetof(struct a, c), offsetof(struct a, i), offsetof(struct a, s));
    printf("b: size %zu off d=%zu e=%zu\n", sizeof(struct b), offsetof(struct b, d),
           offsetof(struct b, e));
    printf("c: size %zu\n", sizeof(struct c));
    printf("packed: size %zu off i=%zu s=%zu l=%zu\n", sizeof(struct p), offsetof(struct p, i),
           offsetof(struct p, s), offsetof(struct p, l));
    printf("nested: size %zu off b=%zu z=%zu\n", sizeof(struct nested),
           offsetof(struct nested, b), offsetof(struct nested, z));
    printf("union: size %zu; bits: size %zu; flex: size %zu\n", sizeof(union u),
           sizeof(struct bits), sizeof(struct flex));
    printf("basic: short %zu int %zu long %zu llong %zu ptr %zu size_t %zu double %zu float %zu\n",
           sizeof(short), sizeof(int), sizeof(long), sizeof(long long), sizeof(void *),
           sizeof(size_t), sizeof(double), sizeof(float));

    union u x;
    x.q = 0x0102030405060708ull;
    printf("little endian: b0=%u w0=%08x w1=%08x\n", x.b[0], x.w[0], x.w[1]);
    x.d = 1.0;
    printf("1.0 bits %016llx\n", (unsigned long long)x.q);

    struct bits bf = {5, 17, 1234, 4000};
    uint32_t raw;
    memcpy(&raw, &bf, sizeof raw);
    printf("bitfields a=%u b=%u c=%u d=%u raw=%08x\n", bf.a, bf.b, bf.c, bf.d, raw);
    bf.b += 20;                       /* wraps modulo 2^5 */
    bf.c = bf.c * 3;
    printf("after: b=%u c=%u\n", bf.b, bf.c);

    struct p pk;
    memset(&pk, 0, sizeof pk);
    pk.i = 0x11223344;
    pk.l = -2;
    unsigned char bytes[sizeof pk];
    memcpy(bytes, &pk, sizeof pk);
    printf("packed bytes:");
    for (size_t i = 0; i < sizeof pk; i++)
        printf(" %02x", bytes[i]);
    printf("\n");

    struct big b1 = make_big(3), b2 = b1;
    b2.v[0] = 1000;
    printf("struct copy/return: %d %d %d\n", sum_big(b1), sum_big(b2), b1.v[0]);
    struct nested n = {{1, 2, 3}, {4, 5.5, 6}, 7};
    struct nested m = n;
    printf("nested copy: %d %d %d %g %d %d\n", m.a.c, m.a.i, m.a.s, m.b.d, m.b.e, m.z);
    return 0;
}
