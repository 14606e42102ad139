/* Expectations from the kernel's terminal headers (they clash with glibc's termios.h). */
#include <asm/termios.h>
#include <linux/serial.h>

#include "expect.h"

const Expect expect_tty[] = {
    E(TCGETS, sizeof(struct termios)), E(TCSETS, sizeof(struct termios)),
    E(TCSETSW, sizeof(struct termios)), E(TCSETSF, sizeof(struct termios)),
    E(TCGETA, sizeof(struct termio)), E(TCSETA, sizeof(struct termio)),
    E(TCSETAW, sizeof(struct termio)), E(TCSETAF, sizeof(struct termio)),
    E(TCSBRK, 0), E(TCXONC, 0), E(TCFLSH, 0), E(TIOCEXCL, 0), E(TIOCNXCL, 0),
    E(TIOCSCTTY, 0), E(TIOCGPGRP, sizeof(int)), E(TIOCSPGRP, sizeof(int)),
    E(TIOCOUTQ, sizeof(int)), E(TIOCSTI, 1), E(TIOCGWINSZ, sizeof(struct winsize)),
    E(TIOCSWINSZ, sizeof(struct winsize)), E(TIOCMGET, sizeof(int)), E(TIOCMBIS, sizeof(int)),
    E(TIOCMBIC, sizeof(int)), E(TIOCMSET, sizeof(int)), E(TIOCGSOFTCAR, sizeof(int)),
    E(TIOCSSOFTCAR, sizeof(int)), E(FIONREAD, sizeof(int)), E(TIOCCONS, 0),
    E(TIOCGSERIAL, sizeof(struct serial_struct)), E(TIOCSSERIAL, sizeof(struct serial_struct)),
    E(TIOCPKT, sizeof(int)), E(FIONBIO, sizeof(int)), E(TIOCNOTTY, 0), E(TIOCSETD, sizeof(int)),
    E(TIOCGETD, sizeof(int)), E(TCSBRKP, 0), E(TIOCSBRK, 0), E(TIOCCBRK, 0),
    E(TIOCGSID, sizeof(int)), E(TCGETS2, sizeof(struct termios2)),
    E(TCSETS2, sizeof(struct termios2)), E(TCSETSW2, sizeof(struct termios2)),
    E(TCSETSF2, sizeof(struct termios2)), E(TIOCGRS485, sizeof(struct serial_rs485)),
    E(TIOCSRS485, sizeof(struct serial_rs485)), E(TIOCGPTN, sizeof(int)),
    E(TIOCSPTLCK, sizeof(int)), E(TIOCGDEV, sizeof(int)), E(TIOCSIG, 0), E(TIOCVHANGUP, 0),
    E(TIOCGPKT, sizeof(int)), E(TIOCGPTLCK, sizeof(int)), E(TIOCGEXCL, sizeof(int)),
    E(TIOCGPTPEER, 0), E(FIONCLEX, 0), E(FIOCLEX, 0), E(FIOASYNC, sizeof(int)),
    E(TIOCSERCONFIG, 0), E(TIOCGLCKTRMIOS, sizeof(struct termios)),
    E(TIOCSLCKTRMIOS, sizeof(struct termios)), E(TIOCSERGETLSR, sizeof(int)),
    E(TIOCMIWAIT, 0), E(TIOCGICOUNT, sizeof(struct serial_icounter_struct)),
    E(FIOQSIZE, sizeof(long long)),
};
const int expect_tty_n = sizeof(expect_tty) / sizeof(expect_tty[0]);
