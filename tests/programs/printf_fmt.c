/* printf/snprintf formatting variety: widths, precisions, flags, length
 * modifiers, %n-free; snprintf truncation return values. */
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int main(void)
{
    printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%*d] [%-*d]\n", 42, 42, 42, 42, 42, 42,
           42, 6, 42, 6, 42);
    printf("[%i] [%d] [%u] [%ld] [%lld] [%lu]\n", -17, -2147483647 - 1, 4294967295u,
           -9223372036854775807L - 1, 9223372036854775807LL, 18446744073709551615UL);
    printf("[%x] [%X] [%#x] [%#o] [%o] [%#X] [%08x] [%-8x|]\n", 255, 255, 255, 8, 8, 0xabc, 0xbeef,
           0xbeef);
    printf("[%hhd] [%hhu] [%hd] [%hu] [%hhx]\n", (signed char)-5, (unsigned char)250, (short)-300,
           (unsigned short)65535, (unsigned char)0xab);
    printf("[%zu] [%zd] [%td] [%jd] [%ju]\n", (size_t)123456789, (ptrdiff_t)-5, (ptrdiff_t)77,
           (intmax_t)-1, (uintmax_t)42);
    printf("[%" PRId64 "] [%" PRIu64 "] [%" PRIx64 "] [%" PRIi32 "] [%" PRIu8 "]\n",
           (int64_t)-1234567890123LL, (uint64_t)1234567890123ULL, (uint64_t)0xdeadbeefULL,
           (int32_t)-7, (uint8_t)200);
    printf("[%s] [%10s] [%-10s] [%.2s] [%10.3s] [%c] [%3c] [%-3c] [%%]\n", "str", "right", "left",
           "truncate", "abcdef", 'x', 'y', 'z');
    printf("[%f] [%.0f] [%.1f] [%10.3f] [%-10.2f] [%+.2f] [%08.3f] [%#.0f]\n", 3.14159, 2.5, 0.05,
           -1.5, 1.0, 2.0, -3.14159, 7.0);
    printf("[%e] [%.2e] [%E] [%12.4e] [%g] [%g] [%g] [%.10g] [%G]\n", 12345.678, 0.000123, 1e100,
           -6.02e23, 100000.0, 1000000.0, 1e-5, 1.0 / 7.0, 1e-10);
    printf("[%a] [%A] [%.2a] [%a] [%a]\n", 1.0, 255.5, 1.0 / 3.0, 0.1, -0.0);
    printf("[%5.1f%%] [%s] [%d%s]\n", 99.5, "", 3, "rd");
    char buf[16];
    volatile size_t bsz = sizeof buf, one = 1;  /* truncation is the point */
    int n = snprintf(buf, bsz, "%s-%d-%s", "truncated string", 12345, "tail");
    printf("snprintf ret=%d buf=[%s]\n", n, buf);
    n = snprintf(NULL, 0, "%08.3f|%x", 3.14159, 48879);
    printf("snprintf(NULL) ret=%d\n", n);
    n = snprintf(buf, one, "abc");
    printf("snprintf(1) ret=%d empty=%d\n", n, buf[0] == 0);
    /* many numbers in a table */
    for (int i = -3; i <= 3; i++)
        printf("%4d|%-6x|%6.2f|%+e|%08.3g\n", i * 1111, (unsigned)(i * 4097) & 0xffff, i / 3.0,
               i * 1e10, i * 0.0001234);
    fprintf(stderr, "to stderr: %d %s\n", 7, "bytes");
    int pos = printf("counting\n");
    printf("printf returned %d\n", pos);
    return 0;
}
