/* Dense switch statements (compiled to jump tables: indirect branches),
 * computed goto, and a sparse switch (compare chains). */
#include <stdio.h>

static int dense(int x)
{
    switch (x) {
    case 0: return 11;
    case 1: return 23;
    case 2: return 5;
    case 3: return 78;
    case 4: return 2;
    case 5: return 99;
    case 6: return 31;
    case 7: return 64;
    case 8: return 17;
    case 9: return 40;
    case 10: return 3;
    case 11: return 88;
    case 12: return 12;
    case 13: return 7;
    case 14: return 55;
    case 15: return 21;
    default: return -1;
    }
}

static int sparse(long x)
{
    switch (x) {
    case -1000000: return 1;
    case -7: return 2;
    case 0: return 3;
    case 13: return 4;
    case 4096: return 5;
    case 1L << 40: return 6;
    case 123456789: return 7;
    default: return 0;
    }
}

static long threaded(const unsigned char *prog, int n)
{
    static void *const labels[] = {&&op_inc, &&op_dbl, &&op_dec, &&op_sq, &&op_end};
    long acc = 1;
    int pc = 0;
#define NEXT goto *labels[pc < n ? prog[pc++] : 4]
    NEXT;
op_inc:
    acc += 1;
    NEXT;
op_dbl:
    acc *= 2;
    NEXT;
op_dec:
    acc -= 3;
    NEXT;
op_sq:
    acc = (acc * acc) % 1000003;
    NEXT;
op_end:
    return acc;
#undef NEXT
}

int main(void)
{
    unsigned long s = 0;     /* unsigned: the checksum wraps, which signed overflow may not */
    for (int i = -3; i < 200; i++)
        s = s * 7 + (unsigned long)dense(i % 19) + (unsigned long)(i & 1 ? dense(i % 16) : 0);
    printf("dense checksum %lu\n", s);
    static const long keys[] = {-1000000, -7, 0, 13, 4096, 1L << 40, 123456789, 5, -8, 4095};
    for (unsigned i = 0; i < sizeof keys / sizeof keys[0]; i++)
        printf("sparse(%ld)=%d\n", keys[i], sparse(keys[i]));
    unsigned char prog[500];
    for (int i = 0; i < 500; i++)
        prog[i] = (unsigned char)((i * 7 + i / 3) % 4);
    printf("threaded=%ld\n", threaded(prog, 500));
    /* character classifier via switch with fallthrough ranges */
    const char *text = "Hello, World 2024! (x+y)*z = 42;";
    int letters = 0, digits = 0, ops = 0, other = 0;
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
            digits++;
            break;
        case '+': case '-': case '*': case '/': case '=':
            ops++;
            break;
        default:
            if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
                letters++;
            else
                other++;
        }
    }
    printf("letters=%d digits=%d ops=%d other=%d\n", letters, digits, ops, other);
    return 0;
}
