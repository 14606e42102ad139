// STDIN: words.txt
/* Reads stdin: line count, byte count, longest line, a checksum, and the
 * same data again via read(2) after rewinding is NOT possible on a pipe, so
 * only one pass; also scanf of numbers at the end of the file. */
#include <stdio.h>
#include <string.h>

int main(void)
{
    char line[512];
    int lines = 0, longest = 0, nums = 0;
    long bytes = 0, numsum = 0;
    unsigned h = 0;
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line);
        lines++;
        bytes += (long)n;
        if ((int)n > longest)
            longest = (int)n;
        for (size_t i = 0; i < n; i++)
            h = h * 131 + (unsigned char)line[i];
        long v;
        if (sscanf(line, "number %ld", &v) == 1) {
            nums++;
            numsum += v;
        }
    }
    printf("lines=%d bytes=%ld longest=%d hash=%08x\n", lines, bytes, longest, h);
    printf("numbers=%d sum=%ld eof=%d\n", nums, numsum, feof(stdin) != 0);
    return 0;
}
