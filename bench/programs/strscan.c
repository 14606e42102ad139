/*
 * A grep-like scan (bench/run's str:*-scan, issue 7): reads a text file and
 * REPS times splits it into lines and searches each for fixed patterns,
 * the way grep -F, awk and log filters spend their time: memchr, strlen,
 * strstr, strchr, strcmp, strspn.  Prints the match counts.
 *
 *   strscan FILE REPS
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)sz + 1);
    if (!p || fread(p, 1, (size_t)sz, f) != (size_t)sz)
        return NULL;
    fclose(f);
    p[sz] = 0;
    *n = (size_t)sz;
    return p;
}

int main(int argc, char **argv)
{
    static const char *const pats[] = { "cache page", "futex", "signal thread", "9999", "stack heap mmap" };
    size_t n;
    char *text = argc > 2 ? slurp(argv[1], &n) : NULL;
    if (!text)
        return 2;
    long reps = atol(argv[2]);
    char *work = malloc(n + 1);
    unsigned long hits[5] = { 0 }, bytes = 0, colons = 0, sorted = 0, spans = 0;
    for (long r = 0; r < reps; r++) {
        memcpy(work, text, n + 1);
        const char *prev = "";
        for (char *line = work, *end = work + n; line < end;) {
            char *nl = memchr(line, '\n', (size_t)(end - line));
            if (nl)
                *nl = 0;
            bytes += strlen(line);
            for (int k = 0; k < 5; k++)
                hits[k] += strstr(line, pats[k]) != NULL;
            colons += strchr(line, '7') != NULL;
            sorted += strcmp(prev, line) <= 0;
            spans += strspn(line, "abcdefghijklmnopqrstuvwxyz");
            prev = line;
            line = nl ? nl + 1 : end;
        }
    }
    printf("bytes %lu sevens %lu sorted %lu spans %lu hits", bytes, colons, sorted, spans);
    for (int k = 0; k < 5; k++)
        printf(" %lu", hits[k]);
    printf("\n");
    return 0;
}
