/* The main thread leaves with pthread_exit while three workers go on; the
 * last worker's exit ends the process with status 0. */
// ARGS: mainexit
#include "exitgroup.c"
