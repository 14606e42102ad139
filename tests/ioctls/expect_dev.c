/* Expectations from the other kernel and libc headers. */
#include <sys/ioctl.h>
#include <sys/time.h>
#include <time.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <net/route.h>
#include <linux/blkpg.h>
#include <linux/blkzoned.h>
#include <linux/fiemap.h>
#include <linux/filter.h>
#include <linux/fs.h>
#include <linux/hdreg.h>
#include <linux/if_tun.h>
#include <linux/input.h>
#include <linux/kd.h>
#include <linux/loop.h>
#include <linux/random.h>
#include <linux/rtc.h>
#include <linux/sockios.h>
#include <linux/soundcard.h>
#include <linux/vt.h>
#include <sound/asound.h>

#include "expect.h"

#define IFR sizeof(struct ifreq)

const Expect expect_dev[] = {
    /* files */
    E(FIBMAP, sizeof(int)), E(FIGETBSZ, sizeof(int)), E(FIFREEZE, 0), E(FITHAW, 0),
    E(FITRIM, sizeof(struct fstrim_range)), E(FICLONE, 0),
    E(FICLONERANGE, sizeof(struct file_clone_range)),
    E(FIDEDUPERANGE, sizeof(struct file_dedupe_range)),
    E(FS_IOC_GETFSLABEL, FSLABEL_MAX), E(FS_IOC_SETFSLABEL, FSLABEL_MAX),
    E(FS_IOC_GETFLAGS, sizeof(int)), E(FS_IOC_SETFLAGS, sizeof(int)),
    E(FS_IOC_GETVERSION, sizeof(int)), E(FS_IOC_SETVERSION, sizeof(int)),
    E(FS_IOC_FIEMAP, sizeof(struct fiemap)), E(FS_IOC32_GETFLAGS, sizeof(int)),
    E(FS_IOC32_SETFLAGS, sizeof(int)), E(FS_IOC32_GETVERSION, sizeof(int)),
    E(FS_IOC32_SETVERSION, sizeof(int)), E(FS_IOC_FSGETXATTR, sizeof(struct fsxattr)),
    E(FS_IOC_FSSETXATTR, sizeof(struct fsxattr)),
    /* block */
    E(BLKROSET, sizeof(int)), E(BLKROGET, sizeof(int)), E(BLKRRPART, 0),
    E(BLKGETSIZE, sizeof(long)), E(BLKFLSBUF, 0), E(BLKRASET, 0), E(BLKRAGET, sizeof(long)),
    E(BLKFRASET, 0), E(BLKFRAGET, sizeof(long)), E(BLKSECTGET, sizeof(short)),
    E(BLKSSZGET, sizeof(int)), E(BLKPG, sizeof(struct blkpg_ioctl_arg)),
    E(BLKBSZGET, sizeof(int)), E(BLKBSZSET, sizeof(int)), E(BLKGETSIZE64, sizeof(__u64)),
    E(BLKDISCARD, 2 * sizeof(__u64)), E(BLKIOMIN, sizeof(int)), E(BLKIOOPT, sizeof(int)),
    E(BLKALIGNOFF, sizeof(int)), E(BLKPBSZGET, sizeof(int)), E(BLKDISCARDZEROES, sizeof(int)),
    E(BLKSECDISCARD, 2 * sizeof(__u64)), E(BLKROTATIONAL, sizeof(short)),
    E(BLKZEROOUT, 2 * sizeof(__u64)), E(BLKGETDISKSEQ, sizeof(__u64)),
    E(BLKGETZONESZ, sizeof(int)), E(BLKGETNRZONES, sizeof(int)),
    E(HDIO_GETGEO, sizeof(struct hd_geometry)),
    /* loop */
    E(LOOP_SET_FD, 0), E(LOOP_CLR_FD, 0), E(LOOP_SET_STATUS, sizeof(struct loop_info)),
    E(LOOP_GET_STATUS, sizeof(struct loop_info)), E(LOOP_SET_STATUS64, sizeof(struct loop_info64)),
    E(LOOP_GET_STATUS64, sizeof(struct loop_info64)), E(LOOP_CHANGE_FD, 0),
    E(LOOP_SET_CAPACITY, 0), E(LOOP_SET_DIRECT_IO, 0), E(LOOP_SET_BLOCK_SIZE, 0),
    E(LOOP_CONFIGURE, sizeof(struct loop_config)), E(LOOP_CTL_ADD, 0), E(LOOP_CTL_REMOVE, 0),
    E(LOOP_CTL_GET_FREE, 0),
    /* sockets */
    E(FIOSETOWN, sizeof(int)), E(SIOCSPGRP, sizeof(int)), E(FIOGETOWN, sizeof(int)),
    E(SIOCGPGRP, sizeof(int)), E(SIOCATMARK, sizeof(int)), E(SIOCGSTAMP, sizeof(struct timeval)),
    E(SIOCGSTAMPNS, sizeof(struct timespec)), E(SIOCADDRT, sizeof(struct rtentry)),
    E(SIOCDELRT, sizeof(struct rtentry)), E(SIOCGIFNAME, IFR), E(SIOCGIFCONF, sizeof(struct ifconf)),
    E(SIOCGIFFLAGS, IFR), E(SIOCSIFFLAGS, IFR), E(SIOCGIFADDR, IFR), E(SIOCSIFADDR, IFR),
    E(SIOCGIFDSTADDR, IFR), E(SIOCSIFDSTADDR, IFR), E(SIOCGIFBRDADDR, IFR),
    E(SIOCSIFBRDADDR, IFR), E(SIOCGIFNETMASK, IFR), E(SIOCSIFNETMASK, IFR),
    E(SIOCGIFMETRIC, IFR), E(SIOCSIFMETRIC, IFR), E(SIOCGIFMTU, IFR), E(SIOCSIFMTU, IFR),
    E(SIOCSIFNAME, IFR), E(SIOCSIFHWADDR, IFR), E(SIOCGIFHWADDR, IFR), E(SIOCADDMULTI, IFR),
    E(SIOCDELMULTI, IFR), E(SIOCGIFINDEX, IFR), E(SIOCGIFPFLAGS, IFR), E(SIOCSIFPFLAGS, IFR),
    E(SIOCGIFTXQLEN, IFR), E(SIOCSIFTXQLEN, IFR), E(SIOCETHTOOL, IFR), E(SIOCGMIIPHY, IFR),
    E(SIOCGMIIREG, IFR), E(SIOCSMIIREG, IFR), E(SIOCOUTQNSD, sizeof(int)),
    E(SIOCDARP, sizeof(struct arpreq)), E(SIOCGARP, sizeof(struct arpreq)),
    E(SIOCSARP, sizeof(struct arpreq)), E(SIOCGIFMAP, IFR), E(SIOCSIFMAP, IFR),
    /* tun */
    E(TUNSETNOCSUM, 0), E(TUNSETDEBUG, 0), E(TUNSETIFF, IFR), E(TUNSETPERSIST, 0),
    E(TUNSETOWNER, 0), E(TUNSETLINK, 0), E(TUNSETGROUP, 0), E(TUNGETFEATURES, sizeof(int)),
    E(TUNSETOFFLOAD, 0), E(TUNSETTXFILTER, sizeof(struct tun_filter)), E(TUNGETIFF, IFR),
    E(TUNGETSNDBUF, sizeof(int)), E(TUNSETSNDBUF, sizeof(int)),
    E(TUNATTACHFILTER, sizeof(struct sock_fprog)), E(TUNDETACHFILTER, 0),
    E(TUNGETVNETHDRSZ, sizeof(int)), E(TUNSETVNETHDRSZ, sizeof(int)), E(TUNSETQUEUE, IFR),
    E(TUNSETIFINDEX, sizeof(int)), E(TUNGETFILTER, sizeof(struct sock_fprog)),
    E(TUNSETVNETLE, sizeof(int)), E(TUNGETVNETLE, sizeof(int)), E(TUNSETVNETBE, sizeof(int)),
    E(TUNGETVNETBE, sizeof(int)),
    /* random */
    E(RNDGETENTCNT, sizeof(int)), E(RNDADDTOENTCNT, sizeof(int)), E(RNDGETPOOL, 2 * sizeof(int)),
    E(RNDADDENTROPY, sizeof(struct rand_pool_info)), E(RNDZAPENTCNT, 0), E(RNDCLEARPOOL, 0),
    E(RNDRESEEDCRNG, 0),
    /* rtc */
    E(RTC_AIE_ON, 0), E(RTC_AIE_OFF, 0), E(RTC_UIE_ON, 0), E(RTC_UIE_OFF, 0), E(RTC_PIE_ON, 0),
    E(RTC_PIE_OFF, 0), E(RTC_WIE_ON, 0), E(RTC_WIE_OFF, 0),
    E(RTC_ALM_SET, sizeof(struct rtc_time)), E(RTC_ALM_READ, sizeof(struct rtc_time)),
    E(RTC_RD_TIME, sizeof(struct rtc_time)), E(RTC_SET_TIME, sizeof(struct rtc_time)),
    E(RTC_IRQP_READ, sizeof(long)), E(RTC_IRQP_SET, 0), E(RTC_EPOCH_READ, sizeof(long)),
    E(RTC_EPOCH_SET, 0), E(RTC_WKALM_SET, sizeof(struct rtc_wkalrm)),
    E(RTC_WKALM_RD, sizeof(struct rtc_wkalrm)), E(RTC_PLL_GET, sizeof(struct rtc_pll_info)),
    E(RTC_PLL_SET, sizeof(struct rtc_pll_info)),
    /* input */
    E(EVIOCGVERSION, sizeof(int)), E(EVIOCGID, sizeof(struct input_id)),
    E(EVIOCGREP, 2 * sizeof(int)), E(EVIOCSREP, 2 * sizeof(int)), E(EVIOCGKEYCODE, 2 * sizeof(int)),
    E(EVIOCGKEYCODE_V2, sizeof(struct input_keymap_entry)), E(EVIOCSKEYCODE, 2 * sizeof(int)),
    E(EVIOCSKEYCODE_V2, sizeof(struct input_keymap_entry)), E(EVIOCGNAME(256), 256),
    E(EVIOCGPHYS(64), 64), E(EVIOCGUNIQ(64), 64), E(EVIOCGPROP(8), 8), E(EVIOCGMTSLOTS(64), 64),
    E(EVIOCGKEY(96), 96), E(EVIOCGLED(8), 8), E(EVIOCGSND(8), 8), E(EVIOCGSW(8), 8),
    E(EVIOCGBIT(EV_KEY,96), 96), E(EVIOCGABS(ABS_Y), sizeof(struct input_absinfo)),
    E(EVIOCSABS(ABS_Y), sizeof(struct input_absinfo)), E(EVIOCRMFF, 0),
    E(EVIOCGEFFECTS, sizeof(int)), E(EVIOCGRAB, 0), E(EVIOCREVOKE, 0),
    E(EVIOCGMASK, sizeof(struct input_mask)), E(EVIOCSMASK, sizeof(struct input_mask)),
    E(EVIOCSCLOCKID, sizeof(int)),
    /* consoles */
    E(KIOCSOUND, 0), E(KDMKTONE, 0), E(KDGETLED, 1), E(KDSETLED, 0), E(KDGKBTYPE, 1),
    E(KDSETMODE, 0), E(KDGETMODE, sizeof(int)), E(KDGKBMODE, sizeof(int)), E(KDSKBMODE, 0),
    E(KDGKBENT, sizeof(struct kbentry)), E(KDSKBENT, sizeof(struct kbentry)),
    E(KDGKBSENT, sizeof(struct kbsentry)), E(KDSKBSENT, sizeof(struct kbsentry)),
    E(KDSIGACCEPT, 0), E(KDGKBMETA, sizeof(int)), E(KDSKBMETA, 0), E(KDGKBLED, 1),
    E(KDSKBLED, 0), E(KDFONTOP, sizeof(struct console_font_op)), E(VT_OPENQRY, sizeof(int)),
    E(VT_GETMODE, sizeof(struct vt_mode)), E(VT_SETMODE, sizeof(struct vt_mode)),
    E(VT_GETSTATE, sizeof(struct vt_stat)), E(VT_RELDISP, 0), E(VT_ACTIVATE, 0),
    E(VT_WAITACTIVE, 0), E(VT_DISALLOCATE, 0), E(VT_RESIZE, sizeof(struct vt_sizes)),
    E(VT_LOCKSWITCH, 0), E(VT_UNLOCKSWITCH, 0), E(VT_GETHIFONTMASK, sizeof(short)),
    /* sound */
    E(SNDRV_CTL_IOCTL_PVERSION, sizeof(int)),
    E(SNDRV_CTL_IOCTL_CARD_INFO, sizeof(struct snd_ctl_card_info)),
    E(SNDRV_PCM_IOCTL_PVERSION, sizeof(int)), E(SNDRV_PCM_IOCTL_INFO, sizeof(struct snd_pcm_info)),
    E(SNDRV_TIMER_IOCTL_PVERSION, sizeof(int)), E(SNDCTL_DSP_RESET, 0), E(SNDCTL_DSP_SYNC, 0),
    E(SNDCTL_DSP_SPEED, sizeof(int)), E(SNDCTL_DSP_STEREO, sizeof(int)),
    E(SNDCTL_DSP_GETBLKSIZE, sizeof(int)), E(SNDCTL_DSP_SETFMT, sizeof(int)),
    E(SNDCTL_DSP_CHANNELS, sizeof(int)), E(SNDCTL_DSP_POST, 0), E(SNDCTL_DSP_SUBDIVIDE, sizeof(int)),
    E(SNDCTL_DSP_SETFRAGMENT, sizeof(int)), E(SNDCTL_DSP_GETFMTS, sizeof(int)),
    E(SNDCTL_DSP_GETOSPACE, sizeof(audio_buf_info)), E(SNDCTL_DSP_GETISPACE, sizeof(audio_buf_info)),
    E(SNDCTL_DSP_NONBLOCK, 0), E(SNDCTL_DSP_GETCAPS, sizeof(int)),
    E(SNDCTL_DSP_GETTRIGGER, sizeof(int)), E(SNDCTL_DSP_SETTRIGGER, sizeof(int)),
    E(SOUND_MIXER_READ_VOLUME, sizeof(int)), E(SOUND_MIXER_WRITE_VOLUME, sizeof(int)),
};
const int expect_dev_n = sizeof(expect_dev) / sizeof(expect_dev[0]);
