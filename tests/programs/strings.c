/* string.h functions over many lengths and alignments: memcpy, memmove
 * (overlapping both ways), memset, memcmp, memchr, strlen, strchr, strrchr,
 * strcmp, strncmp, strcpy, strncpy, strcat, strstr, strspn, strcspn, strtok_r. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static uint32_t sum(const unsigned char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

static int sgn(int x) { return (x > 0) - (x < 0); }

static unsigned char a[600], b[600];

int main(void)
{
    uint32_t h = 0;
    for (size_t len = 0; len < 140; len += (len < 40 ? 1 : 7))
        for (size_t sa = 0; sa < 8; sa++)
            for (size_t da = 0; da < 8; da += 3) {
                for (size_t i = 0; i < sizeof a; i++) {
                    a[i] = (unsigned char)(i * 7 + len);
                    b[i] = (unsigned char)(i * 13 + 1);
                }
                memcpy(b + da, a + sa, len);
                h = h * 3 + sum(b, 200);
                memmove(a + sa + 5, a + sa, len);      /* overlap, forward */
                h = h * 3 + sum(a, 200);
                memmove(a + sa, a + sa + 3, len);      /* overlap, backward */
                h = h * 3 + sum(a, 200);
                memset(b + da, (int)(len & 0xff), len);
                h = h * 3 + sum(b, 200);
                h += (uint32_t)sgn(memcmp(a + sa, b + da, len)) + 7;
                void *c = memchr(a + sa, (int)(len & 0xff), len);
                h += c ? (uint32_t)((unsigned char *)c - (a + sa)) : 999u;
            }
    printf("mem checksum %08x\n", h);

    /* string functions at every alignment */
    char buf[256], buf2[256];
    h = 0;
    for (size_t off = 0; off < 16; off++)
        for (size_t len = 0; len < 70; len += 3) {
            char *s = buf + off;
            for (size_t i = 0; i < len; i++)
                s[i] = (char)('a' + (i * 5 + off) % 26);
            s[len] = 0;
            h = h * 7 + (uint32_t)strlen(s);
            char *p = strchr(s, 'q');
            h = h * 7 + (p ? (uint32_t)(p - s) : 1000u);
            p = strrchr(s, 'e');
            h = h * 7 + (p ? (uint32_t)(p - s) : 1000u);
            strcpy(buf2 + (15 - off), s);
            h = h * 7 + (uint32_t)sgn(strcmp(buf2 + (15 - off), s));
            h = h * 7 + (uint32_t)(sgn(strncmp(s, "abcdef", 4)) + 1);
            p = strstr(s, "kpu");
            h = h * 7 + (p ? (uint32_t)(p - s) : 1000u);
            h = h * 7 + (uint32_t)strspn(s, "abcdefghijklm") + (uint32_t)strcspn(s, "xyz");
        }
    printf("str checksum %08x\n", h);

    /* explicit results */
    char t[64] = "hello";
    strcat(t, ", world");
    volatile size_t two = 2;     /* runtime count: no truncation warning */
    strncat(t, "!!!!!", two);
    printf("%s len=%zu\n", t, strlen(t));
    char n[8];
    memset(n, 'x', sizeof n);
    strncpy(n, "ab", sizeof n);
    printf("strncpy pads: %d %d %d\n", n[2], n[7], n[1]);
    printf("cmp %d %d %d %d\n", sgn(strcmp("abc", "abd")), sgn(strcmp("b", "abc")),
           sgn(strcmp("", "")), sgn(memcmp("\x80", "\x7f", 1)));
    printf("strcasecmp %d strncasecmp %d\n", sgn(strcasecmp("HeLLo", "hello")),
           sgn(strncasecmp("ABCx", "abcy", 3)));
    char tok[] = "  the quick,brown  fox,, jumps ";
    char *save, *w;
    int k = 0;
    for (w = strtok_r(tok, " ,", &save); w; w = strtok_r(NULL, " ,", &save))
        printf("tok%d=[%s] ", k++, w);
    printf("\n");
    char *dup = strdup("duplicate me");
    printf("%s %zu\n", dup, strnlen(dup, 5));
    free(dup);
    return 0;
}
