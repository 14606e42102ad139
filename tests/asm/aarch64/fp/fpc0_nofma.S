// fpc0.S on a host without FMA (XRUN_HOST_NO_FMA, set by meson.build): the
// checked FMADD forms then take the exact helper every time.
#include "fp/fpc0.S"
