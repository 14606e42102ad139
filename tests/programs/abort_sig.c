// EXIT: -6
/* abort(): death by SIGABRT (the runner sees the signal, not an exit
 * code); stdout written with write(2) so nothing is lost in buffers. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
    const char *msg = "about to abort\n";
    write(1, msg, strlen(msg));
    abort();
}
