// ARGS: first "second arg" 3 -x --long=value ""
// ENV: XRUN_TEST_VAR=hello world
// ENV: XRUN_EMPTY=
/* Command-line arguments and environment variables set by the runner. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv)
{
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++)
        printf("argv[%d]=[%s] len=%zu\n", i, argv[i], strlen(argv[i]));
    printf("argv[argc] is NULL: %d\n", argv[argc] == NULL);
    const char *v = getenv("XRUN_TEST_VAR");
    printf("XRUN_TEST_VAR=[%s]\n", v ? v : "(unset)");
    v = getenv("XRUN_EMPTY");
    printf("XRUN_EMPTY=[%s]\n", v ? v : "(unset)");
    v = getenv("XRUN_SURELY_UNSET_VARIABLE");
    printf("unset=%s\n", v ? v : "(unset)");
    int found = 0;
    for (char **e = environ; *e; e++)
        if (strncmp(*e, "XRUN_TEST_VAR=", 14) == 0)
            found++;
    printf("in environ: %d\n", found);
    setenv("XRUN_NEW", "added", 1);
    printf("setenv: %s\n", getenv("XRUN_NEW"));
    unsetenv("XRUN_TEST_VAR");
    printf("after unsetenv: %s\n", getenv("XRUN_TEST_VAR") ? "set" : "unset");
    long sum = 0;
    for (int i = 1; i < argc; i++)
        sum += strtol(argv[i], NULL, 10);
    printf("numeric sum %ld\n", sum);
    return 0;
}
