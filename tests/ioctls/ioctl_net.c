/*
 * Network interface ioctls on the loopback interface: SIOCGIFCONF (length
 * query with a NULL buffer, then the ifreq array), SIOCGIFINDEX and
 * SIOCGIFNAME both ways, SIOCGIFFLAGS/ADDR/NETMASK/MTU/HWADDR/TXQLEN, and
 * errors for an interface that does not exist.
 */
#include <arpa/inet.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "common.h"

static void ifconf_tests(int s)
{
    struct ifconf ifc = { .ifc_len = 0, .ifc_buf = NULL };
    report("SIOCGIFCONF length", ioctl(s, SIOCGIFCONF, &ifc));
    int need = ifc.ifc_len;
    printf("length multiple of ifreq: %d, nonzero: %d\n",
           need % (int)sizeof(struct ifreq) == 0, need > 0);
    struct ifreq reqs[64];
    ifc.ifc_len = sizeof(reqs);
    ifc.ifc_req = reqs;
    report("SIOCGIFCONF", ioctl(s, SIOCGIFCONF, &ifc));
    printf("same length as the query: %d\n", ifc.ifc_len == need);
    int n = ifc.ifc_len / (int)sizeof(struct ifreq), found = 0;
    for (int i = 0; i < n; i++) {
        if (strcmp(reqs[i].ifr_name, "lo") == 0) {
            struct sockaddr_in *a = (struct sockaddr_in *)&reqs[i].ifr_addr;
            printf("lo in ifconf: family=%d addr=%s\n", a->sin_family, inet_ntoa(a->sin_addr));
            found = 1;
        }
    }
    printf("lo found: %d\n", found);
    /* a buffer with room for one entry only */
    ifc.ifc_len = sizeof(struct ifreq);
    report("SIOCGIFCONF one entry", ioctl(s, SIOCGIFCONF, &ifc));
    printf("one entry length: %d\n", ifc.ifc_len);
    ifc.ifc_len = 10;
    report("SIOCGIFCONF too small", ioctl(s, SIOCGIFCONF, &ifc));
    printf("too small length: %d\n", ifc.ifc_len);
}

static void ifreq_tests(int s)
{
    struct ifreq r;
    memset(&r, 0, sizeof(r));
    strcpy(r.ifr_name, "lo");
    report("SIOCGIFINDEX", ioctl(s, SIOCGIFINDEX, &r));
    int idx = r.ifr_ifindex;
    printf("lo index = %d\n", idx);
    memset(&r, 0, sizeof(r));
    r.ifr_ifindex = idx;
    report("SIOCGIFNAME", ioctl(s, SIOCGIFNAME, &r));
    printf("name of index = %s\n", r.ifr_name);

    strcpy(r.ifr_name, "lo");
    report("SIOCGIFFLAGS", ioctl(s, SIOCGIFFLAGS, &r));
    printf("flags: up=%d loopback=%d running=%d\n", !!(r.ifr_flags & IFF_UP),
           !!(r.ifr_flags & IFF_LOOPBACK), !!(r.ifr_flags & IFF_RUNNING));
    report("SIOCGIFADDR", ioctl(s, SIOCGIFADDR, &r));
    printf("addr = %s\n", inet_ntoa(((struct sockaddr_in *)&r.ifr_addr)->sin_addr));
    report("SIOCGIFNETMASK", ioctl(s, SIOCGIFNETMASK, &r));
    printf("netmask = %s\n", inet_ntoa(((struct sockaddr_in *)&r.ifr_netmask)->sin_addr));
    report("SIOCGIFMTU", ioctl(s, SIOCGIFMTU, &r));
    printf("mtu = %d\n", r.ifr_mtu);
    report("SIOCGIFHWADDR", ioctl(s, SIOCGIFHWADDR, &r));
    printf("hw family = %d (ARPHRD_LOOPBACK %d)\n", r.ifr_hwaddr.sa_family, ARPHRD_LOOPBACK);
    report("SIOCGIFTXQLEN", ioctl(s, SIOCGIFTXQLEN, &r));
    printf("txqlen = %d\n", r.ifr_qlen);
    report("SIOCGIFMETRIC", ioctl(s, SIOCGIFMETRIC, &r));
    printf("metric = %d\n", r.ifr_metric);
}

static void error_tests(int s)
{
    struct ifreq r;
    memset(&r, 0, sizeof(r));
    strcpy(r.ifr_name, "nosuchif0");
    report("SIOCGIFFLAGS missing", ioctl(s, SIOCGIFFLAGS, &r));
    report("SIOCGIFINDEX missing", ioctl(s, SIOCGIFINDEX, &r));
    r.ifr_mtu = 1280;
    report("SIOCSIFMTU missing", ioctl(s, SIOCSIFMTU, &r));
    r.ifr_ifindex = 1000000;
    report("SIOCGIFNAME bad index", ioctl(s, SIOCGIFNAME, &r));
    report("SIOCGIFCONF bad pointer", ioctl(s, SIOCGIFCONF, (void *)8));
    struct ifconf ifc = { .ifc_len = 400, .ifc_buf = (void *)16 };
    report("SIOCGIFCONF bad buffer", ioctl(s, SIOCGIFCONF, &ifc));
}

int main(void)
{
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    if (s < 0) {
        printf("no socket\n");
        return 0;
    }
    ifconf_tests(s);
    ifreq_tests(s);
    error_tests(s);
    close(s);
    return 0;
}
