/* File I/O in a private temp dir: mkdtemp, open/write/read/lseek/pread,
 * stdio fopen/fgets/fseek/ftell, stat/fstat, rename, unlink, mkdir,
 * opendir/readdir (sorted), access, truncate, errors as errno names. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

static void path(char *out, const char *name) { snprintf(out, 256, "%s/%s", dir, name); }

static int cmpstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list(void)
{
    DIR *d = opendir(dir);
    char *names[64];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 64)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, n, sizeof names[0], cmpstr);
    printf("dir:");
    for (int i = 0; i < n; i++) {
        printf(" %s", names[i]);
        free(names[i]);
    }
    printf("\n");
}

int main(void)
{
    strcpy(dir, "/tmp/xrun-fileio-XXXXXX");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    char p1[256], p2[256], p3[256];
    path(p1, "data.bin");
    path(p2, "renamed.bin");
    path(p3, "sub");

    int fd = open(p1, O_CREAT | O_RDWR | O_TRUNC, 0644);
    unsigned char buf[8192];
    for (int i = 0; i < (int)sizeof buf; i++)
        buf[i] = (unsigned char)(i * 31 + 7);
    ssize_t w = write(fd, buf, sizeof buf);
    printf("write %zd\n", w);
    off_t pos = lseek(fd, 100, SEEK_SET);
    unsigned char rb[16];
    ssize_t r = read(fd, rb, sizeof rb);
    printf("lseek %lld read %zd first %u last %u\n", (long long)pos, r, rb[0], rb[15]);
    pos = lseek(fd, -10, SEEK_END);
    r = read(fd, rb, sizeof rb);
    printf("from end: pos %lld read %zd byte %u\n", (long long)pos, r, rb[0]);
    r = pread(fd, rb, 4, 4000);
    printf("pread %zd %u %u %u %u\n", r, rb[0], rb[1], rb[2], rb[3]);
    lseek(fd, 20000, SEEK_SET);            /* write past the end: a hole */
    w = write(fd, "end", 3);
    struct stat st;
    fstat(fd, &st);
    printf("size after hole %lld regular=%d mode=%o\n", (long long)st.st_size, S_ISREG(st.st_mode),
           (unsigned)(st.st_mode & 0777));
    pread(fd, rb, 4, 10000);
    printf("hole reads zero: %d\n", rb[0] == 0 && rb[3] == 0);
    close(fd);

    /* stdio on the same file */
    FILE *f = fopen(p1, "r+");
    fseek(f, 8190, SEEK_SET);
    int c1 = fgetc(f), c2 = fgetc(f);
    printf("fgetc %d %d ftell %ld\n", c1, c2, ftell(f));
    fseek(f, 0, SEEK_SET);
    fputs("line one\nline two\n", f);
    fflush(f);
    rewind(f);
    char line[64];
    while (ftell(f) < 18 && fgets(line, sizeof line, f))
        printf("got: %s", line);
    fclose(f);

    f = fopen(p3, "w");                    /* a text file named sub, replaced below */
    fprintf(f, "%d %s %.3f\n", 42, "text", 2.5);
    fclose(f);
    f = fopen(p3, "r");
    int iv;
    char sv[16];
    double dv;
    int n = fscanf(f, "%d %15s %lf", &iv, sv, &dv);
    fclose(f);
    printf("fscanf %d: %d %s %.3f\n", n, iv, sv, dv);
    unlink(p3);

    printf("rename %d\n", rename(p1, p2));
    /* call first, then read errno: argument evaluation order is unspecified */
    int rc = stat(p1, &st);
    printf("stat old: %d errno=%s\n", rc, strerror(errno));
    stat(p2, &st);
    printf("stat new size %lld\n", (long long)st.st_size);
    printf("truncate %d\n", truncate(p2, 100));
    stat(p2, &st);
    printf("size %lld access(R)=%d access(X)=%d\n", (long long)st.st_size, access(p2, R_OK),
           access(p2, X_OK) == 0);
    printf("mkdir %d\n", mkdir(p3, 0755));
    rc = mkdir(p3, 0755);
    printf("mkdir again %d errno=%s\n", rc, strerror(errno));
    for (int i = 5; i >= 0; i--) {
        char name[32], pp[256];
        snprintf(name, sizeof name, "file%d.txt", i * 7 % 6);
        path(pp, name);
        fd = open(pp, O_CREAT | O_WRONLY, 0600);
        dprintf(fd, "%d\n", i);
        close(fd);
    }
    list();
    rc = open("/nonexistent/x", O_RDONLY);
    printf("open missing: %d errno=%s\n", rc, strerror(errno));
    rc = rmdir(dir);
    printf("rmdir nonempty dir: %d errno=%s\n", rc, strerror(errno));

    /* clean up */
    for (int i = 0; i < 6; i++) {
        char name[32], pp[256];
        snprintf(name, sizeof name, "file%d.txt", i);
        path(pp, name);
        unlink(pp);
    }
    unlink(p2);
    rmdir(p3);
    list();
    printf("rmdir %d\n", rmdir(dir));
    return 0;
}
