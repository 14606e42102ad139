/* signed char vs unsigned char with explicit types (plain char's
 * signedness differs between riscv64 and x86_64 and is never printed),
 * ctype on unsigned values, integer promotion and conversion. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    signed char sc[] = {-128, -1, 0, 1, 127};
    unsigned char uc[] = {0, 1, 127, 128, 255};
    for (int i = 0; i < 5; i++)
        printf("sc=%d uc=%u sc->uc=%u uc->sc=%d sc*2=%d uc*2=%d sc>>1=%d\n", sc[i], uc[i],
               (unsigned char)sc[i], (signed char)uc[i], sc[i] * 2, uc[i] * 2, sc[i] >> 1);
    /* bytes read through unsigned char from a string with high bytes */
    const char *s = "A\x80\xff\x7fz";
    unsigned sum = 0;
    int ssum = 0;
    for (size_t i = 0; i < strlen(s); i++) {
        sum += (unsigned char)s[i];
        ssum += (signed char)s[i];
    }
    printf("unsigned sum %u signed sum %d\n", sum, ssum);
    /* ctype with values cast to unsigned char */
    int counts[6] = {0};
    for (int c = 0; c < 128; c++) {
        counts[0] += isalpha(c) != 0;
        counts[1] += isdigit(c) != 0;
        counts[2] += isspace(c) != 0;
        counts[3] += ispunct(c) != 0;
        counts[4] += isupper(c) != 0;
        counts[5] += isprint(c) != 0;
    }
    printf("ctype counts alpha=%d digit=%d space=%d punct=%d upper=%d print=%d\n", counts[0],
           counts[1], counts[2], counts[3], counts[4], counts[5]);
    char up[32];
    const char *src = "Hello, World! 123";
    for (size_t i = 0; i <= strlen(src); i++)
        up[i] = (char)toupper((unsigned char)src[i]);
    printf("%s\n", up);
    /* memchr/memcmp compare as unsigned char */
    unsigned char hi[] = {0x10, 0x90};
    printf("memcmp(0x90,0x10)>0: %d\n", memcmp(hi + 1, hi, 1) > 0);
    /* signed char arithmetic wraps only via explicit conversion */
    signed char acc = 0;
    for (int i = 0; i < 300; i++)
        acc = (signed char)(unsigned char)(acc + 7);
    printf("acc=%d\n", acc);
    unsigned char uacc = 0;
    for (int i = 0; i < 300; i++)
        uacc = (unsigned char)(uacc + 7);
    printf("uacc=%u\n", uacc);
    /* sign extension when loading bytes into wider types */
    signed char neg = -5;
    long l = neg;
    unsigned long ul = (unsigned char)neg;
    printf("sext %ld zext %lu as unsigned long %lu\n", l, ul, (unsigned long)(long)neg);
    return 0;
}
