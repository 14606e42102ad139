/* Multiply and divide: MADD/MSUB/MUL, SMADDL/SMSUBL/UMADDL/UMSUBL/SMULL,
 * SMULH/UMULH, UDIV/SDIV (x/0 = 0, INT_MIN/-1 = INT_MIN), 32- and 64-bit.
 * Expected values come from the Arm ARM pseudo-code, evaluated in Python. */
#include "test.h"

TEST_BEGIN
test_1651:
    mov x19, 1651
    ldr x1, =0x0
    ldr x2, =0x0
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1651, c0, x0, 0x1000000000000001)
test_1652:
    mov x19, 1652
    ldr x1, =0x0
    ldr x2, =0x0
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1652, c0, x0, 0x1000000000000001)
test_1653:
    mov x19, 1653
    ldr x1, =0x0
    ldr x2, =0x0
    mul x0, x1, x2
    CHECK_EQ_T(1653, c0, x0, 0x0)
test_1654:
    mov x19, 1654
    ldr x1, =0x0
    ldr x2, =0x0
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1654, c0, x0, 0x1)
test_1655:
    mov x19, 1655
    ldr x1, =0x0
    ldr x2, =0x0
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1655, c0, x0, 0x1)
test_1656:
    mov x19, 1656
    ldr x1, =0x0
    ldr x2, =0x0
    mul w0, w1, w2
    CHECK_EQ_T(1656, c0, x0, 0x0)
test_1657:
    mov x19, 1657
    ldr x1, =0x0
    ldr x2, =0x0
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1657, c0, x0, 0x1000000000000001)
test_1658:
    mov x19, 1658
    ldr x1, =0x0
    ldr x2, =0x0
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1658, c0, x0, 0x1000000000000001)
test_1659:
    mov x19, 1659
    ldr x1, =0x0
    ldr x2, =0x0
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1659, c0, x0, 0x1000000000000001)
test_1660:
    mov x19, 1660
    ldr x1, =0x0
    ldr x2, =0x0
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1660, c0, x0, 0x1000000000000001)
test_1661:
    mov x19, 1661
    ldr x1, =0x0
    ldr x2, =0x0
    smull x0, w1, w2
    CHECK_EQ_T(1661, c0, x0, 0x0)
test_1662:
    mov x19, 1662
    ldr x1, =0x0
    ldr x2, =0x0
    smulh x0, x1, x2
    CHECK_EQ_T(1662, c0, x0, 0x0)
test_1663:
    mov x19, 1663
    ldr x1, =0x0
    ldr x2, =0x0
    umulh x0, x1, x2
    CHECK_EQ_T(1663, c0, x0, 0x0)
test_1664:
    mov x19, 1664
    ldr x1, =0x0
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1664, c0, x0, 0x1000000000000001)
test_1665:
    mov x19, 1665
    ldr x1, =0x0
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1665, c0, x0, 0x1000000000000001)
test_1666:
    mov x19, 1666
    ldr x1, =0x0
    ldr x2, =0x1
    mul x0, x1, x2
    CHECK_EQ_T(1666, c0, x0, 0x0)
test_1667:
    mov x19, 1667
    ldr x1, =0x0
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1667, c0, x0, 0x1)
test_1668:
    mov x19, 1668
    ldr x1, =0x0
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1668, c0, x0, 0x1)
test_1669:
    mov x19, 1669
    ldr x1, =0x0
    ldr x2, =0x1
    mul w0, w1, w2
    CHECK_EQ_T(1669, c0, x0, 0x0)
test_1670:
    mov x19, 1670
    ldr x1, =0x0
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1670, c0, x0, 0x1000000000000001)
test_1671:
    mov x19, 1671
    ldr x1, =0x0
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1671, c0, x0, 0x1000000000000001)
test_1672:
    mov x19, 1672
    ldr x1, =0x0
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1672, c0, x0, 0x1000000000000001)
test_1673:
    mov x19, 1673
    ldr x1, =0x0
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1673, c0, x0, 0x1000000000000001)
test_1674:
    mov x19, 1674
    ldr x1, =0x0
    ldr x2, =0x1
    smull x0, w1, w2
    CHECK_EQ_T(1674, c0, x0, 0x0)
test_1675:
    mov x19, 1675
    ldr x1, =0x0
    ldr x2, =0x1
    smulh x0, x1, x2
    CHECK_EQ_T(1675, c0, x0, 0x0)
test_1676:
    mov x19, 1676
    ldr x1, =0x0
    ldr x2, =0x1
    umulh x0, x1, x2
    CHECK_EQ_T(1676, c0, x0, 0x0)
test_1677:
    mov x19, 1677
    ldr x1, =0x0
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1677, c0, x0, 0x1000000000000001)
test_1678:
    mov x19, 1678
    ldr x1, =0x0
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1678, c0, x0, 0x1000000000000001)
test_1679:
    mov x19, 1679
    ldr x1, =0x0
    ldr x2, =0x2
    mul x0, x1, x2
    CHECK_EQ_T(1679, c0, x0, 0x0)
test_1680:
    mov x19, 1680
    ldr x1, =0x0
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1680, c0, x0, 0x1)
test_1681:
    mov x19, 1681
    ldr x1, =0x0
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1681, c0, x0, 0x1)
test_1682:
    mov x19, 1682
    ldr x1, =0x0
    ldr x2, =0x2
    mul w0, w1, w2
    CHECK_EQ_T(1682, c0, x0, 0x0)
test_1683:
    mov x19, 1683
    ldr x1, =0x0
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1683, c0, x0, 0x1000000000000001)
test_1684:
    mov x19, 1684
    ldr x1, =0x0
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1684, c0, x0, 0x1000000000000001)
test_1685:
    mov x19, 1685
    ldr x1, =0x0
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1685, c0, x0, 0x1000000000000001)
test_1686:
    mov x19, 1686
    ldr x1, =0x0
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1686, c0, x0, 0x1000000000000001)
test_1687:
    mov x19, 1687
    ldr x1, =0x0
    ldr x2, =0x2
    smull x0, w1, w2
    CHECK_EQ_T(1687, c0, x0, 0x0)
test_1688:
    mov x19, 1688
    ldr x1, =0x0
    ldr x2, =0x2
    smulh x0, x1, x2
    CHECK_EQ_T(1688, c0, x0, 0x0)
test_1689:
    mov x19, 1689
    ldr x1, =0x0
    ldr x2, =0x2
    umulh x0, x1, x2
    CHECK_EQ_T(1689, c0, x0, 0x0)
test_1690:
    mov x19, 1690
    ldr x1, =0x0
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1690, c0, x0, 0x1000000000000001)
test_1691:
    mov x19, 1691
    ldr x1, =0x0
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1691, c0, x0, 0x1000000000000001)
test_1692:
    mov x19, 1692
    ldr x1, =0x0
    ldr x2, =0x7
    mul x0, x1, x2
    CHECK_EQ_T(1692, c0, x0, 0x0)
test_1693:
    mov x19, 1693
    ldr x1, =0x0
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1693, c0, x0, 0x1)
test_1694:
    mov x19, 1694
    ldr x1, =0x0
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1694, c0, x0, 0x1)
test_1695:
    mov x19, 1695
    ldr x1, =0x0
    ldr x2, =0x7
    mul w0, w1, w2
    CHECK_EQ_T(1695, c0, x0, 0x0)
test_1696:
    mov x19, 1696
    ldr x1, =0x0
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1696, c0, x0, 0x1000000000000001)
test_1697:
    mov x19, 1697
    ldr x1, =0x0
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1697, c0, x0, 0x1000000000000001)
test_1698:
    mov x19, 1698
    ldr x1, =0x0
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1698, c0, x0, 0x1000000000000001)
test_1699:
    mov x19, 1699
    ldr x1, =0x0
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1699, c0, x0, 0x1000000000000001)
test_1700:
    mov x19, 1700
    ldr x1, =0x0
    ldr x2, =0x7
    smull x0, w1, w2
    CHECK_EQ_T(1700, c0, x0, 0x0)
test_1701:
    mov x19, 1701
    ldr x1, =0x0
    ldr x2, =0x7
    smulh x0, x1, x2
    CHECK_EQ_T(1701, c0, x0, 0x0)
test_1702:
    mov x19, 1702
    ldr x1, =0x0
    ldr x2, =0x7
    umulh x0, x1, x2
    CHECK_EQ_T(1702, c0, x0, 0x0)
test_1703:
    mov x19, 1703
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1703, c0, x0, 0x1000000000000001)
test_1704:
    mov x19, 1704
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1704, c0, x0, 0x1000000000000001)
test_1705:
    mov x19, 1705
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    mul x0, x1, x2
    CHECK_EQ_T(1705, c0, x0, 0x0)
test_1706:
    mov x19, 1706
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1706, c0, x0, 0x1)
test_1707:
    mov x19, 1707
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1707, c0, x0, 0x1)
test_1708:
    mov x19, 1708
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    mul w0, w1, w2
    CHECK_EQ_T(1708, c0, x0, 0x0)
test_1709:
    mov x19, 1709
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1709, c0, x0, 0x1000000000000001)
test_1710:
    mov x19, 1710
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1710, c0, x0, 0x1000000000000001)
test_1711:
    mov x19, 1711
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1711, c0, x0, 0x1000000000000001)
test_1712:
    mov x19, 1712
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1712, c0, x0, 0x1000000000000001)
test_1713:
    mov x19, 1713
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    smull x0, w1, w2
    CHECK_EQ_T(1713, c0, x0, 0x0)
test_1714:
    mov x19, 1714
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(1714, c0, x0, 0x0)
test_1715:
    mov x19, 1715
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(1715, c0, x0, 0x0)
test_1716:
    mov x19, 1716
    ldr x1, =0x1
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1716, c0, x0, 0x1000000000000002)
test_1717:
    mov x19, 1717
    ldr x1, =0x1
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1717, c0, x0, 0x1000000000000000)
test_1718:
    mov x19, 1718
    ldr x1, =0x1
    ldr x2, =0x1
    mul x0, x1, x2
    CHECK_EQ_T(1718, c0, x0, 0x1)
test_1719:
    mov x19, 1719
    ldr x1, =0x1
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1719, c0, x0, 0x2)
test_1720:
    mov x19, 1720
    ldr x1, =0x1
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1720, c0, x0, 0x0)
test_1721:
    mov x19, 1721
    ldr x1, =0x1
    ldr x2, =0x1
    mul w0, w1, w2
    CHECK_EQ_T(1721, c0, x0, 0x1)
test_1722:
    mov x19, 1722
    ldr x1, =0x1
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1722, c0, x0, 0x1000000000000002)
test_1723:
    mov x19, 1723
    ldr x1, =0x1
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1723, c0, x0, 0x1000000000000000)
test_1724:
    mov x19, 1724
    ldr x1, =0x1
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1724, c0, x0, 0x1000000000000002)
test_1725:
    mov x19, 1725
    ldr x1, =0x1
    ldr x2, =0x1
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1725, c0, x0, 0x1000000000000000)
test_1726:
    mov x19, 1726
    ldr x1, =0x1
    ldr x2, =0x1
    smull x0, w1, w2
    CHECK_EQ_T(1726, c0, x0, 0x1)
test_1727:
    mov x19, 1727
    ldr x1, =0x1
    ldr x2, =0x1
    smulh x0, x1, x2
    CHECK_EQ_T(1727, c0, x0, 0x0)
test_1728:
    mov x19, 1728
    ldr x1, =0x1
    ldr x2, =0x1
    umulh x0, x1, x2
    CHECK_EQ_T(1728, c0, x0, 0x0)
test_1729:
    mov x19, 1729
    ldr x1, =0x1
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1729, c0, x0, 0x1000000000000003)
test_1730:
    mov x19, 1730
    ldr x1, =0x1
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1730, c0, x0, 0xfffffffffffffff)
test_1731:
    mov x19, 1731
    ldr x1, =0x1
    ldr x2, =0x2
    mul x0, x1, x2
    CHECK_EQ_T(1731, c0, x0, 0x2)
test_1732:
    mov x19, 1732
    ldr x1, =0x1
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1732, c0, x0, 0x3)
test_1733:
    mov x19, 1733
    ldr x1, =0x1
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1733, c0, x0, 0xffffffff)
test_1734:
    mov x19, 1734
    ldr x1, =0x1
    ldr x2, =0x2
    mul w0, w1, w2
    CHECK_EQ_T(1734, c0, x0, 0x2)
test_1735:
    mov x19, 1735
    ldr x1, =0x1
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1735, c0, x0, 0x1000000000000003)
test_1736:
    mov x19, 1736
    ldr x1, =0x1
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1736, c0, x0, 0xfffffffffffffff)
test_1737:
    mov x19, 1737
    ldr x1, =0x1
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1737, c0, x0, 0x1000000000000003)
test_1738:
    mov x19, 1738
    ldr x1, =0x1
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1738, c0, x0, 0xfffffffffffffff)
test_1739:
    mov x19, 1739
    ldr x1, =0x1
    ldr x2, =0x2
    smull x0, w1, w2
    CHECK_EQ_T(1739, c0, x0, 0x2)
test_1740:
    mov x19, 1740
    ldr x1, =0x1
    ldr x2, =0x2
    smulh x0, x1, x2
    CHECK_EQ_T(1740, c0, x0, 0x0)
test_1741:
    mov x19, 1741
    ldr x1, =0x1
    ldr x2, =0x2
    umulh x0, x1, x2
    CHECK_EQ_T(1741, c0, x0, 0x0)
test_1742:
    mov x19, 1742
    ldr x1, =0x1
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1742, c0, x0, 0x1000000000000008)
test_1743:
    mov x19, 1743
    ldr x1, =0x1
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1743, c0, x0, 0xffffffffffffffa)
test_1744:
    mov x19, 1744
    ldr x1, =0x1
    ldr x2, =0x7
    mul x0, x1, x2
    CHECK_EQ_T(1744, c0, x0, 0x7)
test_1745:
    mov x19, 1745
    ldr x1, =0x1
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1745, c0, x0, 0x8)
test_1746:
    mov x19, 1746
    ldr x1, =0x1
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1746, c0, x0, 0xfffffffa)
test_1747:
    mov x19, 1747
    ldr x1, =0x1
    ldr x2, =0x7
    mul w0, w1, w2
    CHECK_EQ_T(1747, c0, x0, 0x7)
test_1748:
    mov x19, 1748
    ldr x1, =0x1
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1748, c0, x0, 0x1000000000000008)
test_1749:
    mov x19, 1749
    ldr x1, =0x1
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1749, c0, x0, 0xffffffffffffffa)
test_1750:
    mov x19, 1750
    ldr x1, =0x1
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1750, c0, x0, 0x1000000000000008)
test_1751:
    mov x19, 1751
    ldr x1, =0x1
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1751, c0, x0, 0xffffffffffffffa)
test_1752:
    mov x19, 1752
    ldr x1, =0x1
    ldr x2, =0x7
    smull x0, w1, w2
    CHECK_EQ_T(1752, c0, x0, 0x7)
test_1753:
    mov x19, 1753
    ldr x1, =0x1
    ldr x2, =0x7
    smulh x0, x1, x2
    CHECK_EQ_T(1753, c0, x0, 0x0)
test_1754:
    mov x19, 1754
    ldr x1, =0x1
    ldr x2, =0x7
    umulh x0, x1, x2
    CHECK_EQ_T(1754, c0, x0, 0x0)
test_1755:
    mov x19, 1755
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1755, c0, x0, 0x1000000000000000)
test_1756:
    mov x19, 1756
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1756, c0, x0, 0x1000000000000002)
test_1757:
    mov x19, 1757
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    mul x0, x1, x2
    CHECK_EQ_T(1757, c0, x0, 0xffffffffffffffff)
test_1758:
    mov x19, 1758
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1758, c0, x0, 0x0)
test_1759:
    mov x19, 1759
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1759, c0, x0, 0x2)
test_1760:
    mov x19, 1760
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    mul w0, w1, w2
    CHECK_EQ_T(1760, c0, x0, 0xffffffff)
test_1761:
    mov x19, 1761
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1761, c0, x0, 0x1000000000000000)
test_1762:
    mov x19, 1762
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1762, c0, x0, 0x1000000000000002)
test_1763:
    mov x19, 1763
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1763, c0, x0, 0x1000000100000000)
test_1764:
    mov x19, 1764
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1764, c0, x0, 0xfffffff00000002)
test_1765:
    mov x19, 1765
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    smull x0, w1, w2
    CHECK_EQ_T(1765, c0, x0, 0xffffffffffffffff)
test_1766:
    mov x19, 1766
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(1766, c0, x0, 0xffffffffffffffff)
test_1767:
    mov x19, 1767
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(1767, c0, x0, 0x0)
test_1768:
    mov x19, 1768
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1768, c0, x0, 0x9000000000000000)
test_1769:
    mov x19, 1769
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1769, c0, x0, 0x9000000000000002)
test_1770:
    mov x19, 1770
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    mul x0, x1, x2
    CHECK_EQ_T(1770, c0, x0, 0x7fffffffffffffff)
test_1771:
    mov x19, 1771
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1771, c0, x0, 0x0)
test_1772:
    mov x19, 1772
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1772, c0, x0, 0x2)
test_1773:
    mov x19, 1773
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    mul w0, w1, w2
    CHECK_EQ_T(1773, c0, x0, 0xffffffff)
test_1774:
    mov x19, 1774
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1774, c0, x0, 0x1000000000000000)
test_1775:
    mov x19, 1775
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1775, c0, x0, 0x1000000000000002)
test_1776:
    mov x19, 1776
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1776, c0, x0, 0x1000000100000000)
test_1777:
    mov x19, 1777
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1777, c0, x0, 0xfffffff00000002)
test_1778:
    mov x19, 1778
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    smull x0, w1, w2
    CHECK_EQ_T(1778, c0, x0, 0xffffffffffffffff)
test_1779:
    mov x19, 1779
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(1779, c0, x0, 0x0)
test_1780:
    mov x19, 1780
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(1780, c0, x0, 0x0)
test_1781:
    mov x19, 1781
    ldr x1, =0x2
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1781, c0, x0, 0x1000000000000005)
test_1782:
    mov x19, 1782
    ldr x1, =0x2
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1782, c0, x0, 0xffffffffffffffd)
test_1783:
    mov x19, 1783
    ldr x1, =0x2
    ldr x2, =0x2
    mul x0, x1, x2
    CHECK_EQ_T(1783, c0, x0, 0x4)
test_1784:
    mov x19, 1784
    ldr x1, =0x2
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1784, c0, x0, 0x5)
test_1785:
    mov x19, 1785
    ldr x1, =0x2
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1785, c0, x0, 0xfffffffd)
test_1786:
    mov x19, 1786
    ldr x1, =0x2
    ldr x2, =0x2
    mul w0, w1, w2
    CHECK_EQ_T(1786, c0, x0, 0x4)
test_1787:
    mov x19, 1787
    ldr x1, =0x2
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1787, c0, x0, 0x1000000000000005)
test_1788:
    mov x19, 1788
    ldr x1, =0x2
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1788, c0, x0, 0xffffffffffffffd)
test_1789:
    mov x19, 1789
    ldr x1, =0x2
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1789, c0, x0, 0x1000000000000005)
test_1790:
    mov x19, 1790
    ldr x1, =0x2
    ldr x2, =0x2
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1790, c0, x0, 0xffffffffffffffd)
test_1791:
    mov x19, 1791
    ldr x1, =0x2
    ldr x2, =0x2
    smull x0, w1, w2
    CHECK_EQ_T(1791, c0, x0, 0x4)
test_1792:
    mov x19, 1792
    ldr x1, =0x2
    ldr x2, =0x2
    smulh x0, x1, x2
    CHECK_EQ_T(1792, c0, x0, 0x0)
test_1793:
    mov x19, 1793
    ldr x1, =0x2
    ldr x2, =0x2
    umulh x0, x1, x2
    CHECK_EQ_T(1793, c0, x0, 0x0)
test_1794:
    mov x19, 1794
    ldr x1, =0x2
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1794, c0, x0, 0x100000000000000f)
test_1795:
    mov x19, 1795
    ldr x1, =0x2
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1795, c0, x0, 0xffffffffffffff3)
test_1796:
    mov x19, 1796
    ldr x1, =0x2
    ldr x2, =0x7
    mul x0, x1, x2
    CHECK_EQ_T(1796, c0, x0, 0xe)
test_1797:
    mov x19, 1797
    ldr x1, =0x2
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1797, c0, x0, 0xf)
test_1798:
    mov x19, 1798
    ldr x1, =0x2
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1798, c0, x0, 0xfffffff3)
test_1799:
    mov x19, 1799
    ldr x1, =0x2
    ldr x2, =0x7
    mul w0, w1, w2
    CHECK_EQ_T(1799, c0, x0, 0xe)
test_1800:
    mov x19, 1800
    ldr x1, =0x2
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1800, c0, x0, 0x100000000000000f)
test_1801:
    mov x19, 1801
    ldr x1, =0x2
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1801, c0, x0, 0xffffffffffffff3)
test_1802:
    mov x19, 1802
    ldr x1, =0x2
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1802, c0, x0, 0x100000000000000f)
test_1803:
    mov x19, 1803
    ldr x1, =0x2
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1803, c0, x0, 0xffffffffffffff3)
test_1804:
    mov x19, 1804
    ldr x1, =0x2
    ldr x2, =0x7
    smull x0, w1, w2
    CHECK_EQ_T(1804, c0, x0, 0xe)
test_1805:
    mov x19, 1805
    ldr x1, =0x2
    ldr x2, =0x7
    smulh x0, x1, x2
    CHECK_EQ_T(1805, c0, x0, 0x0)
test_1806:
    mov x19, 1806
    ldr x1, =0x2
    ldr x2, =0x7
    umulh x0, x1, x2
    CHECK_EQ_T(1806, c0, x0, 0x0)
test_1807:
    mov x19, 1807
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1807, c0, x0, 0xfffffffffffffff)
test_1808:
    mov x19, 1808
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1808, c0, x0, 0x1000000000000003)
test_1809:
    mov x19, 1809
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    mul x0, x1, x2
    CHECK_EQ_T(1809, c0, x0, 0xfffffffffffffffe)
test_1810:
    mov x19, 1810
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1810, c0, x0, 0xffffffff)
test_1811:
    mov x19, 1811
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1811, c0, x0, 0x3)
test_1812:
    mov x19, 1812
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    mul w0, w1, w2
    CHECK_EQ_T(1812, c0, x0, 0xfffffffe)
test_1813:
    mov x19, 1813
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1813, c0, x0, 0xfffffffffffffff)
test_1814:
    mov x19, 1814
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1814, c0, x0, 0x1000000000000003)
test_1815:
    mov x19, 1815
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1815, c0, x0, 0x10000001ffffffff)
test_1816:
    mov x19, 1816
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1816, c0, x0, 0xffffffe00000003)
test_1817:
    mov x19, 1817
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    smull x0, w1, w2
    CHECK_EQ_T(1817, c0, x0, 0xfffffffffffffffe)
test_1818:
    mov x19, 1818
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(1818, c0, x0, 0xffffffffffffffff)
test_1819:
    mov x19, 1819
    ldr x1, =0x2
    ldr x2, =0xffffffffffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(1819, c0, x0, 0x1)
test_1820:
    mov x19, 1820
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1820, c0, x0, 0xfffffffffffffff)
test_1821:
    mov x19, 1821
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1821, c0, x0, 0x1000000000000003)
test_1822:
    mov x19, 1822
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    mul x0, x1, x2
    CHECK_EQ_T(1822, c0, x0, 0xfffffffffffffffe)
test_1823:
    mov x19, 1823
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1823, c0, x0, 0xffffffff)
test_1824:
    mov x19, 1824
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1824, c0, x0, 0x3)
test_1825:
    mov x19, 1825
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    mul w0, w1, w2
    CHECK_EQ_T(1825, c0, x0, 0xfffffffe)
test_1826:
    mov x19, 1826
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1826, c0, x0, 0xfffffffffffffff)
test_1827:
    mov x19, 1827
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1827, c0, x0, 0x1000000000000003)
test_1828:
    mov x19, 1828
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1828, c0, x0, 0x10000001ffffffff)
test_1829:
    mov x19, 1829
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1829, c0, x0, 0xffffffe00000003)
test_1830:
    mov x19, 1830
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    smull x0, w1, w2
    CHECK_EQ_T(1830, c0, x0, 0xfffffffffffffffe)
test_1831:
    mov x19, 1831
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(1831, c0, x0, 0x0)
test_1832:
    mov x19, 1832
    ldr x1, =0x2
    ldr x2, =0x7fffffffffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(1832, c0, x0, 0x0)
test_1833:
    mov x19, 1833
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1833, c0, x0, 0x1000000000000001)
test_1834:
    mov x19, 1834
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1834, c0, x0, 0x1000000000000001)
test_1835:
    mov x19, 1835
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    mul x0, x1, x2
    CHECK_EQ_T(1835, c0, x0, 0x0)
test_1836:
    mov x19, 1836
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1836, c0, x0, 0x1)
test_1837:
    mov x19, 1837
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1837, c0, x0, 0x1)
test_1838:
    mov x19, 1838
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    mul w0, w1, w2
    CHECK_EQ_T(1838, c0, x0, 0x0)
test_1839:
    mov x19, 1839
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1839, c0, x0, 0x1000000000000001)
test_1840:
    mov x19, 1840
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1840, c0, x0, 0x1000000000000001)
test_1841:
    mov x19, 1841
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1841, c0, x0, 0x1000000000000001)
test_1842:
    mov x19, 1842
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1842, c0, x0, 0x1000000000000001)
test_1843:
    mov x19, 1843
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    smull x0, w1, w2
    CHECK_EQ_T(1843, c0, x0, 0x0)
test_1844:
    mov x19, 1844
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    smulh x0, x1, x2
    CHECK_EQ_T(1844, c0, x0, 0xffffffffffffffff)
test_1845:
    mov x19, 1845
    ldr x1, =0x2
    ldr x2, =0x8000000000000000
    umulh x0, x1, x2
    CHECK_EQ_T(1845, c0, x0, 0x1)
test_1846:
    mov x19, 1846
    ldr x1, =0x7
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1846, c0, x0, 0x1000000000000032)
test_1847:
    mov x19, 1847
    ldr x1, =0x7
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1847, c0, x0, 0xfffffffffffffd0)
test_1848:
    mov x19, 1848
    ldr x1, =0x7
    ldr x2, =0x7
    mul x0, x1, x2
    CHECK_EQ_T(1848, c0, x0, 0x31)
test_1849:
    mov x19, 1849
    ldr x1, =0x7
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1849, c0, x0, 0x32)
test_1850:
    mov x19, 1850
    ldr x1, =0x7
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1850, c0, x0, 0xffffffd0)
test_1851:
    mov x19, 1851
    ldr x1, =0x7
    ldr x2, =0x7
    mul w0, w1, w2
    CHECK_EQ_T(1851, c0, x0, 0x31)
test_1852:
    mov x19, 1852
    ldr x1, =0x7
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1852, c0, x0, 0x1000000000000032)
test_1853:
    mov x19, 1853
    ldr x1, =0x7
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1853, c0, x0, 0xfffffffffffffd0)
test_1854:
    mov x19, 1854
    ldr x1, =0x7
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1854, c0, x0, 0x1000000000000032)
test_1855:
    mov x19, 1855
    ldr x1, =0x7
    ldr x2, =0x7
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1855, c0, x0, 0xfffffffffffffd0)
test_1856:
    mov x19, 1856
    ldr x1, =0x7
    ldr x2, =0x7
    smull x0, w1, w2
    CHECK_EQ_T(1856, c0, x0, 0x31)
test_1857:
    mov x19, 1857
    ldr x1, =0x7
    ldr x2, =0x7
    smulh x0, x1, x2
    CHECK_EQ_T(1857, c0, x0, 0x0)
test_1858:
    mov x19, 1858
    ldr x1, =0x7
    ldr x2, =0x7
    umulh x0, x1, x2
    CHECK_EQ_T(1858, c0, x0, 0x0)
test_1859:
    mov x19, 1859
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1859, c0, x0, 0xffffffffffffffa)
test_1860:
    mov x19, 1860
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1860, c0, x0, 0x1000000000000008)
test_1861:
    mov x19, 1861
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    mul x0, x1, x2
    CHECK_EQ_T(1861, c0, x0, 0xfffffffffffffff9)
test_1862:
    mov x19, 1862
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1862, c0, x0, 0xfffffffa)
test_1863:
    mov x19, 1863
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1863, c0, x0, 0x8)
test_1864:
    mov x19, 1864
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    mul w0, w1, w2
    CHECK_EQ_T(1864, c0, x0, 0xfffffff9)
test_1865:
    mov x19, 1865
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1865, c0, x0, 0xffffffffffffffa)
test_1866:
    mov x19, 1866
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1866, c0, x0, 0x1000000000000008)
test_1867:
    mov x19, 1867
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1867, c0, x0, 0x10000006fffffffa)
test_1868:
    mov x19, 1868
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1868, c0, x0, 0xffffff900000008)
test_1869:
    mov x19, 1869
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    smull x0, w1, w2
    CHECK_EQ_T(1869, c0, x0, 0xfffffffffffffff9)
test_1870:
    mov x19, 1870
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(1870, c0, x0, 0xffffffffffffffff)
test_1871:
    mov x19, 1871
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(1871, c0, x0, 0x6)
test_1872:
    mov x19, 1872
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1872, c0, x0, 0x8ffffffffffffffa)
test_1873:
    mov x19, 1873
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1873, c0, x0, 0x9000000000000008)
test_1874:
    mov x19, 1874
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    mul x0, x1, x2
    CHECK_EQ_T(1874, c0, x0, 0x7ffffffffffffff9)
test_1875:
    mov x19, 1875
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1875, c0, x0, 0xfffffffa)
test_1876:
    mov x19, 1876
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1876, c0, x0, 0x8)
test_1877:
    mov x19, 1877
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    mul w0, w1, w2
    CHECK_EQ_T(1877, c0, x0, 0xfffffff9)
test_1878:
    mov x19, 1878
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1878, c0, x0, 0xffffffffffffffa)
test_1879:
    mov x19, 1879
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1879, c0, x0, 0x1000000000000008)
test_1880:
    mov x19, 1880
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1880, c0, x0, 0x10000006fffffffa)
test_1881:
    mov x19, 1881
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1881, c0, x0, 0xffffff900000008)
test_1882:
    mov x19, 1882
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    smull x0, w1, w2
    CHECK_EQ_T(1882, c0, x0, 0xfffffffffffffff9)
test_1883:
    mov x19, 1883
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(1883, c0, x0, 0x3)
test_1884:
    mov x19, 1884
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(1884, c0, x0, 0x3)
test_1885:
    mov x19, 1885
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1885, c0, x0, 0x9000000000000001)
test_1886:
    mov x19, 1886
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1886, c0, x0, 0x9000000000000001)
test_1887:
    mov x19, 1887
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    mul x0, x1, x2
    CHECK_EQ_T(1887, c0, x0, 0x8000000000000000)
test_1888:
    mov x19, 1888
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1888, c0, x0, 0x1)
test_1889:
    mov x19, 1889
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1889, c0, x0, 0x1)
test_1890:
    mov x19, 1890
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    mul w0, w1, w2
    CHECK_EQ_T(1890, c0, x0, 0x0)
test_1891:
    mov x19, 1891
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1891, c0, x0, 0x1000000000000001)
test_1892:
    mov x19, 1892
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1892, c0, x0, 0x1000000000000001)
test_1893:
    mov x19, 1893
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1893, c0, x0, 0x1000000000000001)
test_1894:
    mov x19, 1894
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1894, c0, x0, 0x1000000000000001)
test_1895:
    mov x19, 1895
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    smull x0, w1, w2
    CHECK_EQ_T(1895, c0, x0, 0x0)
test_1896:
    mov x19, 1896
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    smulh x0, x1, x2
    CHECK_EQ_T(1896, c0, x0, 0xfffffffffffffffc)
test_1897:
    mov x19, 1897
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    umulh x0, x1, x2
    CHECK_EQ_T(1897, c0, x0, 0x3)
test_1898:
    mov x19, 1898
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1898, c0, x0, 0x8f6e5d4c3b2a1891)
test_1899:
    mov x19, 1899
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1899, c0, x0, 0x9091a2b3c4d5e771)
test_1900:
    mov x19, 1900
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    mul x0, x1, x2
    CHECK_EQ_T(1900, c0, x0, 0x7f6e5d4c3b2a1890)
test_1901:
    mov x19, 1901
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1901, c0, x0, 0x3b2a1891)
test_1902:
    mov x19, 1902
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1902, c0, x0, 0xc4d5e771)
test_1903:
    mov x19, 1903
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    mul w0, w1, w2
    CHECK_EQ_T(1903, c0, x0, 0x3b2a1890)
test_1904:
    mov x19, 1904
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1904, c0, x0, 0xffffffd3b2a1891)
test_1905:
    mov x19, 1905
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1905, c0, x0, 0x10000002c4d5e771)
test_1906:
    mov x19, 1906
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1906, c0, x0, 0x100000043b2a1891)
test_1907:
    mov x19, 1907
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1907, c0, x0, 0xffffffbc4d5e771)
test_1908:
    mov x19, 1908
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    smull x0, w1, w2
    CHECK_EQ_T(1908, c0, x0, 0xfffffffd3b2a1890)
test_1909:
    mov x19, 1909
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    smulh x0, x1, x2
    CHECK_EQ_T(1909, c0, x0, 0x0)
test_1910:
    mov x19, 1910
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    umulh x0, x1, x2
    CHECK_EQ_T(1910, c0, x0, 0x0)
test_1911:
    mov x19, 1911
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1911, c0, x0, 0x1000000000000002)
test_1912:
    mov x19, 1912
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1912, c0, x0, 0x1000000000000000)
test_1913:
    mov x19, 1913
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    mul x0, x1, x2
    CHECK_EQ_T(1913, c0, x0, 0x1)
test_1914:
    mov x19, 1914
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1914, c0, x0, 0x2)
test_1915:
    mov x19, 1915
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1915, c0, x0, 0x0)
test_1916:
    mov x19, 1916
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    mul w0, w1, w2
    CHECK_EQ_T(1916, c0, x0, 0x1)
test_1917:
    mov x19, 1917
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1917, c0, x0, 0x1000000000000002)
test_1918:
    mov x19, 1918
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1918, c0, x0, 0x1000000000000000)
test_1919:
    mov x19, 1919
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1919, c0, x0, 0xffffffe00000002)
test_1920:
    mov x19, 1920
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1920, c0, x0, 0x1000000200000000)
test_1921:
    mov x19, 1921
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    smull x0, w1, w2
    CHECK_EQ_T(1921, c0, x0, 0x1)
test_1922:
    mov x19, 1922
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(1922, c0, x0, 0x0)
test_1923:
    mov x19, 1923
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(1923, c0, x0, 0xfffffffffffffffe)
test_1924:
    mov x19, 1924
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1924, c0, x0, 0x9000000000000002)
test_1925:
    mov x19, 1925
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1925, c0, x0, 0x9000000000000000)
test_1926:
    mov x19, 1926
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    mul x0, x1, x2
    CHECK_EQ_T(1926, c0, x0, 0x8000000000000001)
test_1927:
    mov x19, 1927
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1927, c0, x0, 0x2)
test_1928:
    mov x19, 1928
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1928, c0, x0, 0x0)
test_1929:
    mov x19, 1929
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    mul w0, w1, w2
    CHECK_EQ_T(1929, c0, x0, 0x1)
test_1930:
    mov x19, 1930
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1930, c0, x0, 0x1000000000000002)
test_1931:
    mov x19, 1931
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1931, c0, x0, 0x1000000000000000)
test_1932:
    mov x19, 1932
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1932, c0, x0, 0xffffffe00000002)
test_1933:
    mov x19, 1933
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1933, c0, x0, 0x1000000200000000)
test_1934:
    mov x19, 1934
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    smull x0, w1, w2
    CHECK_EQ_T(1934, c0, x0, 0x1)
test_1935:
    mov x19, 1935
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(1935, c0, x0, 0xffffffffffffffff)
test_1936:
    mov x19, 1936
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(1936, c0, x0, 0x7ffffffffffffffe)
test_1937:
    mov x19, 1937
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1937, c0, x0, 0x9000000000000001)
test_1938:
    mov x19, 1938
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1938, c0, x0, 0x9000000000000001)
test_1939:
    mov x19, 1939
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    mul x0, x1, x2
    CHECK_EQ_T(1939, c0, x0, 0x8000000000000000)
test_1940:
    mov x19, 1940
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1940, c0, x0, 0x1)
test_1941:
    mov x19, 1941
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1941, c0, x0, 0x1)
test_1942:
    mov x19, 1942
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    mul w0, w1, w2
    CHECK_EQ_T(1942, c0, x0, 0x0)
test_1943:
    mov x19, 1943
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1943, c0, x0, 0x1000000000000001)
test_1944:
    mov x19, 1944
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1944, c0, x0, 0x1000000000000001)
test_1945:
    mov x19, 1945
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1945, c0, x0, 0x1000000000000001)
test_1946:
    mov x19, 1946
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1946, c0, x0, 0x1000000000000001)
test_1947:
    mov x19, 1947
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    smull x0, w1, w2
    CHECK_EQ_T(1947, c0, x0, 0x0)
test_1948:
    mov x19, 1948
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    smulh x0, x1, x2
    CHECK_EQ_T(1948, c0, x0, 0x0)
test_1949:
    mov x19, 1949
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    umulh x0, x1, x2
    CHECK_EQ_T(1949, c0, x0, 0x7fffffffffffffff)
test_1950:
    mov x19, 1950
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1950, c0, x0, 0xfdcba98765432111)
test_1951:
    mov x19, 1951
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1951, c0, x0, 0x223456789abcdef1)
test_1952:
    mov x19, 1952
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    mul x0, x1, x2
    CHECK_EQ_T(1952, c0, x0, 0xedcba98765432110)
test_1953:
    mov x19, 1953
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1953, c0, x0, 0x65432111)
test_1954:
    mov x19, 1954
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1954, c0, x0, 0x9abcdef1)
test_1955:
    mov x19, 1955
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    mul w0, w1, w2
    CHECK_EQ_T(1955, c0, x0, 0x65432110)
test_1956:
    mov x19, 1956
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1956, c0, x0, 0x1000000065432111)
test_1957:
    mov x19, 1957
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1957, c0, x0, 0xfffffff9abcdef1)
test_1958:
    mov x19, 1958
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1958, c0, x0, 0xaabcdeef65432111)
test_1959:
    mov x19, 1959
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1959, c0, x0, 0x754321109abcdef1)
test_1960:
    mov x19, 1960
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    smull x0, w1, w2
    CHECK_EQ_T(1960, c0, x0, 0x65432110)
test_1961:
    mov x19, 1961
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    smulh x0, x1, x2
    CHECK_EQ_T(1961, c0, x0, 0xffffffffffffffff)
test_1962:
    mov x19, 1962
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    umulh x0, x1, x2
    CHECK_EQ_T(1962, c0, x0, 0x123456789abcdeef)
test_1963:
    mov x19, 1963
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1963, c0, x0, 0xfffffff80000001)
test_1964:
    mov x19, 1964
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1964, c0, x0, 0x1000000080000001)
test_1965:
    mov x19, 1965
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    mul x0, x1, x2
    CHECK_EQ_T(1965, c0, x0, 0xffffffff80000000)
test_1966:
    mov x19, 1966
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1966, c0, x0, 0x80000001)
test_1967:
    mov x19, 1967
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1967, c0, x0, 0x80000001)
test_1968:
    mov x19, 1968
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    mul w0, w1, w2
    CHECK_EQ_T(1968, c0, x0, 0x80000000)
test_1969:
    mov x19, 1969
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1969, c0, x0, 0x1000000080000001)
test_1970:
    mov x19, 1970
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1970, c0, x0, 0xfffffff80000001)
test_1971:
    mov x19, 1971
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1971, c0, x0, 0x8fffffff80000001)
test_1972:
    mov x19, 1972
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1972, c0, x0, 0x9000000080000001)
test_1973:
    mov x19, 1973
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    smull x0, w1, w2
    CHECK_EQ_T(1973, c0, x0, 0x80000000)
test_1974:
    mov x19, 1974
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    smulh x0, x1, x2
    CHECK_EQ_T(1974, c0, x0, 0xffffffffffffffff)
test_1975:
    mov x19, 1975
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    umulh x0, x1, x2
    CHECK_EQ_T(1975, c0, x0, 0x7fffffff)
test_1976:
    mov x19, 1976
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1976, c0, x0, 0x1000000000000002)
test_1977:
    mov x19, 1977
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1977, c0, x0, 0x1000000000000000)
test_1978:
    mov x19, 1978
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    mul x0, x1, x2
    CHECK_EQ_T(1978, c0, x0, 0x1)
test_1979:
    mov x19, 1979
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1979, c0, x0, 0x2)
test_1980:
    mov x19, 1980
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1980, c0, x0, 0x0)
test_1981:
    mov x19, 1981
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    mul w0, w1, w2
    CHECK_EQ_T(1981, c0, x0, 0x1)
test_1982:
    mov x19, 1982
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1982, c0, x0, 0x1000000000000002)
test_1983:
    mov x19, 1983
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1983, c0, x0, 0x1000000000000000)
test_1984:
    mov x19, 1984
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1984, c0, x0, 0xffffffe00000002)
test_1985:
    mov x19, 1985
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1985, c0, x0, 0x1000000200000000)
test_1986:
    mov x19, 1986
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    smull x0, w1, w2
    CHECK_EQ_T(1986, c0, x0, 0x1)
test_1987:
    mov x19, 1987
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(1987, c0, x0, 0x3fffffffffffffff)
test_1988:
    mov x19, 1988
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(1988, c0, x0, 0x3fffffffffffffff)
test_1989:
    mov x19, 1989
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(1989, c0, x0, 0x9000000000000001)
test_1990:
    mov x19, 1990
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(1990, c0, x0, 0x9000000000000001)
test_1991:
    mov x19, 1991
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    mul x0, x1, x2
    CHECK_EQ_T(1991, c0, x0, 0x8000000000000000)
test_1992:
    mov x19, 1992
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(1992, c0, x0, 0x1)
test_1993:
    mov x19, 1993
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(1993, c0, x0, 0x1)
test_1994:
    mov x19, 1994
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    mul w0, w1, w2
    CHECK_EQ_T(1994, c0, x0, 0x0)
test_1995:
    mov x19, 1995
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(1995, c0, x0, 0x1000000000000001)
test_1996:
    mov x19, 1996
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(1996, c0, x0, 0x1000000000000001)
test_1997:
    mov x19, 1997
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(1997, c0, x0, 0x1000000000000001)
test_1998:
    mov x19, 1998
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(1998, c0, x0, 0x1000000000000001)
test_1999:
    mov x19, 1999
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    smull x0, w1, w2
    CHECK_EQ_T(1999, c0, x0, 0x0)
test_2000:
    mov x19, 2000
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    smulh x0, x1, x2
    CHECK_EQ_T(2000, c0, x0, 0xc000000000000000)
test_2001:
    mov x19, 2001
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    umulh x0, x1, x2
    CHECK_EQ_T(2001, c0, x0, 0x3fffffffffffffff)
test_2002:
    mov x19, 2002
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2002, c0, x0, 0xfdcba98765432111)
test_2003:
    mov x19, 2003
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2003, c0, x0, 0x223456789abcdef1)
test_2004:
    mov x19, 2004
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    mul x0, x1, x2
    CHECK_EQ_T(2004, c0, x0, 0xedcba98765432110)
test_2005:
    mov x19, 2005
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2005, c0, x0, 0x65432111)
test_2006:
    mov x19, 2006
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2006, c0, x0, 0x9abcdef1)
test_2007:
    mov x19, 2007
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    mul w0, w1, w2
    CHECK_EQ_T(2007, c0, x0, 0x65432110)
test_2008:
    mov x19, 2008
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2008, c0, x0, 0x1000000065432111)
test_2009:
    mov x19, 2009
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2009, c0, x0, 0xfffffff9abcdef1)
test_2010:
    mov x19, 2010
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2010, c0, x0, 0xaabcdeef65432111)
test_2011:
    mov x19, 2011
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2011, c0, x0, 0x754321109abcdef1)
test_2012:
    mov x19, 2012
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    smull x0, w1, w2
    CHECK_EQ_T(2012, c0, x0, 0x65432110)
test_2013:
    mov x19, 2013
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    smulh x0, x1, x2
    CHECK_EQ_T(2013, c0, x0, 0x91a2b3c4d5e6f77)
test_2014:
    mov x19, 2014
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    umulh x0, x1, x2
    CHECK_EQ_T(2014, c0, x0, 0x91a2b3c4d5e6f77)
test_2015:
    mov x19, 2015
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2015, c0, x0, 0xfffffff80000001)
test_2016:
    mov x19, 2016
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2016, c0, x0, 0x1000000080000001)
test_2017:
    mov x19, 2017
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    mul x0, x1, x2
    CHECK_EQ_T(2017, c0, x0, 0xffffffff80000000)
test_2018:
    mov x19, 2018
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2018, c0, x0, 0x80000001)
test_2019:
    mov x19, 2019
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2019, c0, x0, 0x80000001)
test_2020:
    mov x19, 2020
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    mul w0, w1, w2
    CHECK_EQ_T(2020, c0, x0, 0x80000000)
test_2021:
    mov x19, 2021
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2021, c0, x0, 0x1000000080000001)
test_2022:
    mov x19, 2022
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2022, c0, x0, 0xfffffff80000001)
test_2023:
    mov x19, 2023
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2023, c0, x0, 0x8fffffff80000001)
test_2024:
    mov x19, 2024
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2024, c0, x0, 0x9000000080000001)
test_2025:
    mov x19, 2025
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    smull x0, w1, w2
    CHECK_EQ_T(2025, c0, x0, 0x80000000)
test_2026:
    mov x19, 2026
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    smulh x0, x1, x2
    CHECK_EQ_T(2026, c0, x0, 0x3fffffff)
test_2027:
    mov x19, 2027
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    umulh x0, x1, x2
    CHECK_EQ_T(2027, c0, x0, 0x3fffffff)
test_2028:
    mov x19, 2028
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2028, c0, x0, 0x8fffffff00000002)
test_2029:
    mov x19, 2029
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2029, c0, x0, 0x9000000100000000)
test_2030:
    mov x19, 2030
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    mul x0, x1, x2
    CHECK_EQ_T(2030, c0, x0, 0x7fffffff00000001)
test_2031:
    mov x19, 2031
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2031, c0, x0, 0x2)
test_2032:
    mov x19, 2032
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2032, c0, x0, 0x0)
test_2033:
    mov x19, 2033
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    mul w0, w1, w2
    CHECK_EQ_T(2033, c0, x0, 0x1)
test_2034:
    mov x19, 2034
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2034, c0, x0, 0x1000000000000002)
test_2035:
    mov x19, 2035
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2035, c0, x0, 0x1000000000000000)
test_2036:
    mov x19, 2036
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2036, c0, x0, 0xffffffe00000002)
test_2037:
    mov x19, 2037
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2037, c0, x0, 0x1000000200000000)
test_2038:
    mov x19, 2038
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    smull x0, w1, w2
    CHECK_EQ_T(2038, c0, x0, 0x1)
test_2039:
    mov x19, 2039
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(2039, c0, x0, 0x7fffffff)
test_2040:
    mov x19, 2040
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(2040, c0, x0, 0x7fffffff)
test_2041:
    mov x19, 2041
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2041, c0, x0, 0x1000000000000001)
test_2042:
    mov x19, 2042
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2042, c0, x0, 0x1000000000000001)
test_2043:
    mov x19, 2043
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    mul x0, x1, x2
    CHECK_EQ_T(2043, c0, x0, 0x0)
test_2044:
    mov x19, 2044
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2044, c0, x0, 0x1)
test_2045:
    mov x19, 2045
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2045, c0, x0, 0x1)
test_2046:
    mov x19, 2046
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    mul w0, w1, w2
    CHECK_EQ_T(2046, c0, x0, 0x0)
test_2047:
    mov x19, 2047
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2047, c0, x0, 0x1000000000000001)
test_2048:
    mov x19, 2048
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2048, c0, x0, 0x1000000000000001)
test_2049:
    mov x19, 2049
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2049, c0, x0, 0x1000000000000001)
test_2050:
    mov x19, 2050
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2050, c0, x0, 0x1000000000000001)
test_2051:
    mov x19, 2051
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    smull x0, w1, w2
    CHECK_EQ_T(2051, c0, x0, 0x0)
test_2052:
    mov x19, 2052
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    smulh x0, x1, x2
    CHECK_EQ_T(2052, c0, x0, 0x4000000000000000)
test_2053:
    mov x19, 2053
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    umulh x0, x1, x2
    CHECK_EQ_T(2053, c0, x0, 0x4000000000000000)
test_2054:
    mov x19, 2054
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2054, c0, x0, 0x1000000000000001)
test_2055:
    mov x19, 2055
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2055, c0, x0, 0x1000000000000001)
test_2056:
    mov x19, 2056
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    mul x0, x1, x2
    CHECK_EQ_T(2056, c0, x0, 0x0)
test_2057:
    mov x19, 2057
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2057, c0, x0, 0x1)
test_2058:
    mov x19, 2058
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2058, c0, x0, 0x1)
test_2059:
    mov x19, 2059
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    mul w0, w1, w2
    CHECK_EQ_T(2059, c0, x0, 0x0)
test_2060:
    mov x19, 2060
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2060, c0, x0, 0x1000000000000001)
test_2061:
    mov x19, 2061
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2061, c0, x0, 0x1000000000000001)
test_2062:
    mov x19, 2062
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2062, c0, x0, 0x1000000000000001)
test_2063:
    mov x19, 2063
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2063, c0, x0, 0x1000000000000001)
test_2064:
    mov x19, 2064
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    smull x0, w1, w2
    CHECK_EQ_T(2064, c0, x0, 0x0)
test_2065:
    mov x19, 2065
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    smulh x0, x1, x2
    CHECK_EQ_T(2065, c0, x0, 0xf6e5d4c3b2a19088)
test_2066:
    mov x19, 2066
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    umulh x0, x1, x2
    CHECK_EQ_T(2066, c0, x0, 0x91a2b3c4d5e6f78)
test_2067:
    mov x19, 2067
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2067, c0, x0, 0x1000000000000001)
test_2068:
    mov x19, 2068
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2068, c0, x0, 0x1000000000000001)
test_2069:
    mov x19, 2069
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    mul x0, x1, x2
    CHECK_EQ_T(2069, c0, x0, 0x0)
test_2070:
    mov x19, 2070
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2070, c0, x0, 0x1)
test_2071:
    mov x19, 2071
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2071, c0, x0, 0x1)
test_2072:
    mov x19, 2072
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    mul w0, w1, w2
    CHECK_EQ_T(2072, c0, x0, 0x0)
test_2073:
    mov x19, 2073
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2073, c0, x0, 0x1000000000000001)
test_2074:
    mov x19, 2074
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2074, c0, x0, 0x1000000000000001)
test_2075:
    mov x19, 2075
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2075, c0, x0, 0x1000000000000001)
test_2076:
    mov x19, 2076
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2076, c0, x0, 0x1000000000000001)
test_2077:
    mov x19, 2077
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    smull x0, w1, w2
    CHECK_EQ_T(2077, c0, x0, 0x0)
test_2078:
    mov x19, 2078
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    smulh x0, x1, x2
    CHECK_EQ_T(2078, c0, x0, 0xffffffffc0000000)
test_2079:
    mov x19, 2079
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    umulh x0, x1, x2
    CHECK_EQ_T(2079, c0, x0, 0x40000000)
test_2080:
    mov x19, 2080
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2080, c0, x0, 0x9000000000000001)
test_2081:
    mov x19, 2081
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2081, c0, x0, 0x9000000000000001)
test_2082:
    mov x19, 2082
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    mul x0, x1, x2
    CHECK_EQ_T(2082, c0, x0, 0x8000000000000000)
test_2083:
    mov x19, 2083
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2083, c0, x0, 0x1)
test_2084:
    mov x19, 2084
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2084, c0, x0, 0x1)
test_2085:
    mov x19, 2085
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    mul w0, w1, w2
    CHECK_EQ_T(2085, c0, x0, 0x0)
test_2086:
    mov x19, 2086
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2086, c0, x0, 0x1000000000000001)
test_2087:
    mov x19, 2087
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2087, c0, x0, 0x1000000000000001)
test_2088:
    mov x19, 2088
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2088, c0, x0, 0x1000000000000001)
test_2089:
    mov x19, 2089
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2089, c0, x0, 0x1000000000000001)
test_2090:
    mov x19, 2090
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    smull x0, w1, w2
    CHECK_EQ_T(2090, c0, x0, 0x0)
test_2091:
    mov x19, 2091
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(2091, c0, x0, 0xffffffff80000000)
test_2092:
    mov x19, 2092
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(2092, c0, x0, 0x7fffffff)
test_2093:
    mov x19, 2093
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2093, c0, x0, 0x9000000000000001)
test_2094:
    mov x19, 2094
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2094, c0, x0, 0x9000000000000001)
test_2095:
    mov x19, 2095
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    mul x0, x1, x2
    CHECK_EQ_T(2095, c0, x0, 0x8000000000000000)
test_2096:
    mov x19, 2096
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2096, c0, x0, 0x1)
test_2097:
    mov x19, 2097
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2097, c0, x0, 0x1)
test_2098:
    mov x19, 2098
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    mul w0, w1, w2
    CHECK_EQ_T(2098, c0, x0, 0x0)
test_2099:
    mov x19, 2099
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2099, c0, x0, 0x1000000000000001)
test_2100:
    mov x19, 2100
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2100, c0, x0, 0x1000000000000001)
test_2101:
    mov x19, 2101
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2101, c0, x0, 0x1000000000000001)
test_2102:
    mov x19, 2102
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2102, c0, x0, 0x1000000000000001)
test_2103:
    mov x19, 2103
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    smull x0, w1, w2
    CHECK_EQ_T(2103, c0, x0, 0x0)
test_2104:
    mov x19, 2104
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    smulh x0, x1, x2
    CHECK_EQ_T(2104, c0, x0, 0xffffffffc0000000)
test_2105:
    mov x19, 2105
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffff
    umulh x0, x1, x2
    CHECK_EQ_T(2105, c0, x0, 0x3fffffff)
test_2106:
    mov x19, 2106
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2106, c0, x0, 0xb5e20890f2a52101)
test_2107:
    mov x19, 2107
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2107, c0, x0, 0x6a1df76f0d5adf01)
test_2108:
    mov x19, 2108
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    mul x0, x1, x2
    CHECK_EQ_T(2108, c0, x0, 0xa5e20890f2a52100)
test_2109:
    mov x19, 2109
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2109, c0, x0, 0xf2a52101)
test_2110:
    mov x19, 2110
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2110, c0, x0, 0xd5adf01)
test_2111:
    mov x19, 2111
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    mul w0, w1, w2
    CHECK_EQ_T(2111, c0, x0, 0xf2a52100)
test_2112:
    mov x19, 2112
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2112, c0, x0, 0x380e09b0f2a52101)
test_2113:
    mov x19, 2113
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2113, c0, x0, 0xe7f1f64f0d5adf01)
test_2114:
    mov x19, 2114
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2114, c0, x0, 0x6d87c790f2a52101)
test_2115:
    mov x19, 2115
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2115, c0, x0, 0xb278386f0d5adf01)
test_2116:
    mov x19, 2116
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    smull x0, w1, w2
    CHECK_EQ_T(2116, c0, x0, 0x280e09b0f2a52100)
test_2117:
    mov x19, 2117
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    smulh x0, x1, x2
    CHECK_EQ_T(2117, c0, x0, 0x14b66dc33f6acdc)
test_2118:
    mov x19, 2118
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    umulh x0, x1, x2
    CHECK_EQ_T(2118, c0, x0, 0x14b66dc33f6acdc)
test_2119:
    mov x19, 2119
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2119, c0, x0, 0x5d5e6f7800000001)
test_2120:
    mov x19, 2120
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2120, c0, x0, 0xc2a1908800000001)
test_2121:
    mov x19, 2121
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    mul x0, x1, x2
    CHECK_EQ_T(2121, c0, x0, 0x4d5e6f7800000000)
test_2122:
    mov x19, 2122
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2122, c0, x0, 0x1)
test_2123:
    mov x19, 2123
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2123, c0, x0, 0x1)
test_2124:
    mov x19, 2124
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    mul w0, w1, w2
    CHECK_EQ_T(2124, c0, x0, 0x0)
test_2125:
    mov x19, 2125
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2125, c0, x0, 0x42a1908800000001)
test_2126:
    mov x19, 2126
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2126, c0, x0, 0xdd5e6f7800000001)
test_2127:
    mov x19, 2127
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2127, c0, x0, 0x5d5e6f7800000001)
test_2128:
    mov x19, 2128
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2128, c0, x0, 0xc2a1908800000001)
test_2129:
    mov x19, 2129
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    smull x0, w1, w2
    CHECK_EQ_T(2129, c0, x0, 0x32a1908800000000)
test_2130:
    mov x19, 2130
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    smulh x0, x1, x2
    CHECK_EQ_T(2130, c0, x0, 0x91a2b3c)
test_2131:
    mov x19, 2131
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    umulh x0, x1, x2
    CHECK_EQ_T(2131, c0, x0, 0x91a2b3c)
test_2132:
    mov x19, 2132
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2132, c0, x0, 0x9888887765432111)
test_2133:
    mov x19, 2133
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2133, c0, x0, 0x877777889abcdef1)
test_2134:
    mov x19, 2134
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    mul x0, x1, x2
    CHECK_EQ_T(2134, c0, x0, 0x8888887765432110)
test_2135:
    mov x19, 2135
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2135, c0, x0, 0x65432111)
test_2136:
    mov x19, 2136
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2136, c0, x0, 0x9abcdef1)
test_2137:
    mov x19, 2137
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    mul w0, w1, w2
    CHECK_EQ_T(2137, c0, x0, 0x65432110)
test_2138:
    mov x19, 2138
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2138, c0, x0, 0x1000000065432111)
test_2139:
    mov x19, 2139
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2139, c0, x0, 0xfffffff9abcdef1)
test_2140:
    mov x19, 2140
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2140, c0, x0, 0xaabcdeef65432111)
test_2141:
    mov x19, 2141
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2141, c0, x0, 0x754321109abcdef1)
test_2142:
    mov x19, 2142
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    smull x0, w1, w2
    CHECK_EQ_T(2142, c0, x0, 0x65432110)
test_2143:
    mov x19, 2143
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(2143, c0, x0, 0x12345678)
test_2144:
    mov x19, 2144
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(2144, c0, x0, 0x12345678)
test_2145:
    mov x19, 2145
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2145, c0, x0, 0x4b2a18ff65432111)
test_2146:
    mov x19, 2146
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2146, c0, x0, 0xd4d5e7009abcdef1)
test_2147:
    mov x19, 2147
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    mul x0, x1, x2
    CHECK_EQ_T(2147, c0, x0, 0x3b2a18ff65432110)
test_2148:
    mov x19, 2148
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2148, c0, x0, 0x65432111)
test_2149:
    mov x19, 2149
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2149, c0, x0, 0x9abcdef1)
test_2150:
    mov x19, 2150
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    mul w0, w1, w2
    CHECK_EQ_T(2150, c0, x0, 0x65432110)
test_2151:
    mov x19, 2151
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2151, c0, x0, 0xdd5e6f7865432111)
test_2152:
    mov x19, 2152
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2152, c0, x0, 0x42a190879abcdef1)
test_2153:
    mov x19, 2153
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2153, c0, x0, 0x5d5e6f7765432111)
test_2154:
    mov x19, 2154
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2154, c0, x0, 0xc2a190889abcdef1)
test_2155:
    mov x19, 2155
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    smull x0, w1, w2
    CHECK_EQ_T(2155, c0, x0, 0xcd5e6f7865432110)
test_2156:
    mov x19, 2156
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    smulh x0, x1, x2
    CHECK_EQ_T(2156, c0, x0, 0x91a2b3c)
test_2157:
    mov x19, 2157
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffff
    umulh x0, x1, x2
    CHECK_EQ_T(2157, c0, x0, 0x91a2b3c)
test_2158:
    mov x19, 2158
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2158, c0, x0, 0x865431feca864221)
test_2159:
    mov x19, 2159
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2159, c0, x0, 0x99abce013579bde1)
test_2160:
    mov x19, 2160
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    mul x0, x1, x2
    CHECK_EQ_T(2160, c0, x0, 0x765431feca864220)
test_2161:
    mov x19, 2161
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2161, c0, x0, 0xca864221)
test_2162:
    mov x19, 2162
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2162, c0, x0, 0x3579bde1)
test_2163:
    mov x19, 2163
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    mul w0, w1, w2
    CHECK_EQ_T(2163, c0, x0, 0xca864220)
test_2164:
    mov x19, 2164
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2164, c0, x0, 0x10000000ca864221)
test_2165:
    mov x19, 2165
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2165, c0, x0, 0xfffffff3579bde1)
test_2166:
    mov x19, 2166
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2166, c0, x0, 0xaabcdeeeca864221)
test_2167:
    mov x19, 2167
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2167, c0, x0, 0x754321113579bde1)
test_2168:
    mov x19, 2168
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    smull x0, w1, w2
    CHECK_EQ_T(2168, c0, x0, 0xca864220)
test_2169:
    mov x19, 2169
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    smulh x0, x1, x2
    CHECK_EQ_T(2169, c0, x0, 0x12345678)
test_2170:
    mov x19, 2170
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffe
    umulh x0, x1, x2
    CHECK_EQ_T(2170, c0, x0, 0x12345678)
test_2171:
    mov x19, 2171
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2171, c0, x0, 0x5000000000000001)
test_2172:
    mov x19, 2172
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2172, c0, x0, 0xd000000000000001)
test_2173:
    mov x19, 2173
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    mul x0, x1, x2
    CHECK_EQ_T(2173, c0, x0, 0x4000000000000000)
test_2174:
    mov x19, 2174
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2174, c0, x0, 0x1)
test_2175:
    mov x19, 2175
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2175, c0, x0, 0x1)
test_2176:
    mov x19, 2176
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    mul w0, w1, w2
    CHECK_EQ_T(2176, c0, x0, 0x0)
test_2177:
    mov x19, 2177
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2177, c0, x0, 0x5000000000000001)
test_2178:
    mov x19, 2178
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2178, c0, x0, 0xd000000000000001)
test_2179:
    mov x19, 2179
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2179, c0, x0, 0x5000000000000001)
test_2180:
    mov x19, 2180
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2180, c0, x0, 0xd000000000000001)
test_2181:
    mov x19, 2181
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    smull x0, w1, w2
    CHECK_EQ_T(2181, c0, x0, 0x4000000000000000)
test_2182:
    mov x19, 2182
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    smulh x0, x1, x2
    CHECK_EQ_T(2182, c0, x0, 0x0)
test_2183:
    mov x19, 2183
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    umulh x0, x1, x2
    CHECK_EQ_T(2183, c0, x0, 0x0)
test_2184:
    mov x19, 2184
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2184, c0, x0, 0x8fffffff80000001)
test_2185:
    mov x19, 2185
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2185, c0, x0, 0x9000000080000001)
test_2186:
    mov x19, 2186
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    mul x0, x1, x2
    CHECK_EQ_T(2186, c0, x0, 0x7fffffff80000000)
test_2187:
    mov x19, 2187
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2187, c0, x0, 0x80000001)
test_2188:
    mov x19, 2188
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2188, c0, x0, 0x80000001)
test_2189:
    mov x19, 2189
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    mul w0, w1, w2
    CHECK_EQ_T(2189, c0, x0, 0x80000000)
test_2190:
    mov x19, 2190
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2190, c0, x0, 0x1000000080000001)
test_2191:
    mov x19, 2191
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2191, c0, x0, 0xfffffff80000001)
test_2192:
    mov x19, 2192
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2192, c0, x0, 0x8fffffff80000001)
test_2193:
    mov x19, 2193
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2193, c0, x0, 0x9000000080000001)
test_2194:
    mov x19, 2194
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    smull x0, w1, w2
    CHECK_EQ_T(2194, c0, x0, 0x80000000)
test_2195:
    mov x19, 2195
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(2195, c0, x0, 0x0)
test_2196:
    mov x19, 2196
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(2196, c0, x0, 0x0)
test_2197:
    mov x19, 2197
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2197, c0, x0, 0x4fffffff80000001)
test_2198:
    mov x19, 2198
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2198, c0, x0, 0xd000000080000001)
test_2199:
    mov x19, 2199
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    mul x0, x1, x2
    CHECK_EQ_T(2199, c0, x0, 0x3fffffff80000000)
test_2200:
    mov x19, 2200
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2200, c0, x0, 0x80000001)
test_2201:
    mov x19, 2201
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2201, c0, x0, 0x80000001)
test_2202:
    mov x19, 2202
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    mul w0, w1, w2
    CHECK_EQ_T(2202, c0, x0, 0x80000000)
test_2203:
    mov x19, 2203
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2203, c0, x0, 0xd000000080000001)
test_2204:
    mov x19, 2204
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2204, c0, x0, 0x4fffffff80000001)
test_2205:
    mov x19, 2205
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2205, c0, x0, 0x4fffffff80000001)
test_2206:
    mov x19, 2206
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2206, c0, x0, 0xd000000080000001)
test_2207:
    mov x19, 2207
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    smull x0, w1, w2
    CHECK_EQ_T(2207, c0, x0, 0xc000000080000000)
test_2208:
    mov x19, 2208
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    smulh x0, x1, x2
    CHECK_EQ_T(2208, c0, x0, 0x0)
test_2209:
    mov x19, 2209
    ldr x1, =0x80000000
    ldr x2, =0x7fffffff
    umulh x0, x1, x2
    CHECK_EQ_T(2209, c0, x0, 0x0)
test_2210:
    mov x19, 2210
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2210, c0, x0, 0x8fffffff00000001)
test_2211:
    mov x19, 2211
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2211, c0, x0, 0x9000000100000001)
test_2212:
    mov x19, 2212
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    mul x0, x1, x2
    CHECK_EQ_T(2212, c0, x0, 0x7fffffff00000000)
test_2213:
    mov x19, 2213
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2213, c0, x0, 0x1)
test_2214:
    mov x19, 2214
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2214, c0, x0, 0x1)
test_2215:
    mov x19, 2215
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    mul w0, w1, w2
    CHECK_EQ_T(2215, c0, x0, 0x0)
test_2216:
    mov x19, 2216
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2216, c0, x0, 0x1000000100000001)
test_2217:
    mov x19, 2217
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2217, c0, x0, 0xfffffff00000001)
test_2218:
    mov x19, 2218
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2218, c0, x0, 0x8fffffff00000001)
test_2219:
    mov x19, 2219
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2219, c0, x0, 0x9000000100000001)
test_2220:
    mov x19, 2220
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    smull x0, w1, w2
    CHECK_EQ_T(2220, c0, x0, 0x100000000)
test_2221:
    mov x19, 2221
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    smulh x0, x1, x2
    CHECK_EQ_T(2221, c0, x0, 0x0)
test_2222:
    mov x19, 2222
    ldr x1, =0x80000000
    ldr x2, =0xfffffffe
    umulh x0, x1, x2
    CHECK_EQ_T(2222, c0, x0, 0x0)
test_2223:
    mov x19, 2223
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2223, c0, x0, 0xffffffe00000002)
test_2224:
    mov x19, 2224
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2224, c0, x0, 0x1000000200000000)
test_2225:
    mov x19, 2225
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    mul x0, x1, x2
    CHECK_EQ_T(2225, c0, x0, 0xfffffffe00000001)
test_2226:
    mov x19, 2226
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2226, c0, x0, 0x2)
test_2227:
    mov x19, 2227
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2227, c0, x0, 0x0)
test_2228:
    mov x19, 2228
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    mul w0, w1, w2
    CHECK_EQ_T(2228, c0, x0, 0x1)
test_2229:
    mov x19, 2229
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2229, c0, x0, 0x1000000000000002)
test_2230:
    mov x19, 2230
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2230, c0, x0, 0x1000000000000000)
test_2231:
    mov x19, 2231
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2231, c0, x0, 0xffffffe00000002)
test_2232:
    mov x19, 2232
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2232, c0, x0, 0x1000000200000000)
test_2233:
    mov x19, 2233
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    smull x0, w1, w2
    CHECK_EQ_T(2233, c0, x0, 0x1)
test_2234:
    mov x19, 2234
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    smulh x0, x1, x2
    CHECK_EQ_T(2234, c0, x0, 0x0)
test_2235:
    mov x19, 2235
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    umulh x0, x1, x2
    CHECK_EQ_T(2235, c0, x0, 0x0)
test_2236:
    mov x19, 2236
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2236, c0, x0, 0x8ffffffe80000002)
test_2237:
    mov x19, 2237
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2237, c0, x0, 0x9000000180000000)
test_2238:
    mov x19, 2238
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    mul x0, x1, x2
    CHECK_EQ_T(2238, c0, x0, 0x7ffffffe80000001)
test_2239:
    mov x19, 2239
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2239, c0, x0, 0x80000002)
test_2240:
    mov x19, 2240
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2240, c0, x0, 0x80000000)
test_2241:
    mov x19, 2241
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    mul w0, w1, w2
    CHECK_EQ_T(2241, c0, x0, 0x80000001)
test_2242:
    mov x19, 2242
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2242, c0, x0, 0xfffffff80000002)
test_2243:
    mov x19, 2243
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2243, c0, x0, 0x1000000080000000)
test_2244:
    mov x19, 2244
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2244, c0, x0, 0x8ffffffe80000002)
test_2245:
    mov x19, 2245
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2245, c0, x0, 0x9000000180000000)
test_2246:
    mov x19, 2246
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    smull x0, w1, w2
    CHECK_EQ_T(2246, c0, x0, 0xffffffff80000001)
test_2247:
    mov x19, 2247
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    smulh x0, x1, x2
    CHECK_EQ_T(2247, c0, x0, 0x0)
test_2248:
    mov x19, 2248
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffff
    umulh x0, x1, x2
    CHECK_EQ_T(2248, c0, x0, 0x0)
test_2249:
    mov x19, 2249
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2249, c0, x0, 0xffffffd00000003)
test_2250:
    mov x19, 2250
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2250, c0, x0, 0x10000002ffffffff)
test_2251:
    mov x19, 2251
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    mul x0, x1, x2
    CHECK_EQ_T(2251, c0, x0, 0xfffffffd00000002)
test_2252:
    mov x19, 2252
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2252, c0, x0, 0x3)
test_2253:
    mov x19, 2253
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2253, c0, x0, 0xffffffff)
test_2254:
    mov x19, 2254
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    mul w0, w1, w2
    CHECK_EQ_T(2254, c0, x0, 0x2)
test_2255:
    mov x19, 2255
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2255, c0, x0, 0x1000000000000003)
test_2256:
    mov x19, 2256
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2256, c0, x0, 0xfffffffffffffff)
test_2257:
    mov x19, 2257
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2257, c0, x0, 0xffffffd00000003)
test_2258:
    mov x19, 2258
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2258, c0, x0, 0x10000002ffffffff)
test_2259:
    mov x19, 2259
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    smull x0, w1, w2
    CHECK_EQ_T(2259, c0, x0, 0x2)
test_2260:
    mov x19, 2260
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    smulh x0, x1, x2
    CHECK_EQ_T(2260, c0, x0, 0x0)
test_2261:
    mov x19, 2261
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffe
    umulh x0, x1, x2
    CHECK_EQ_T(2261, c0, x0, 0x0)
test_2262:
    mov x19, 2262
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2262, c0, x0, 0x4fffffff00000002)
test_2263:
    mov x19, 2263
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2263, c0, x0, 0xd000000100000000)
test_2264:
    mov x19, 2264
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    mul x0, x1, x2
    CHECK_EQ_T(2264, c0, x0, 0x3fffffff00000001)
test_2265:
    mov x19, 2265
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2265, c0, x0, 0x2)
test_2266:
    mov x19, 2266
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2266, c0, x0, 0x0)
test_2267:
    mov x19, 2267
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    mul w0, w1, w2
    CHECK_EQ_T(2267, c0, x0, 0x1)
test_2268:
    mov x19, 2268
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2268, c0, x0, 0x4fffffff00000002)
test_2269:
    mov x19, 2269
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2269, c0, x0, 0xd000000100000000)
test_2270:
    mov x19, 2270
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2270, c0, x0, 0x4fffffff00000002)
test_2271:
    mov x19, 2271
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2271, c0, x0, 0xd000000100000000)
test_2272:
    mov x19, 2272
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    smull x0, w1, w2
    CHECK_EQ_T(2272, c0, x0, 0x3fffffff00000001)
test_2273:
    mov x19, 2273
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    smulh x0, x1, x2
    CHECK_EQ_T(2273, c0, x0, 0x0)
test_2274:
    mov x19, 2274
    ldr x1, =0x7fffffff
    ldr x2, =0x7fffffff
    umulh x0, x1, x2
    CHECK_EQ_T(2274, c0, x0, 0x0)
test_2275:
    mov x19, 2275
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2275, c0, x0, 0x8ffffffe00000003)
test_2276:
    mov x19, 2276
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2276, c0, x0, 0x90000001ffffffff)
test_2277:
    mov x19, 2277
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    mul x0, x1, x2
    CHECK_EQ_T(2277, c0, x0, 0x7ffffffe00000002)
test_2278:
    mov x19, 2278
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2278, c0, x0, 0x3)
test_2279:
    mov x19, 2279
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2279, c0, x0, 0xffffffff)
test_2280:
    mov x19, 2280
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    mul w0, w1, w2
    CHECK_EQ_T(2280, c0, x0, 0x2)
test_2281:
    mov x19, 2281
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2281, c0, x0, 0xfffffff00000003)
test_2282:
    mov x19, 2282
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2282, c0, x0, 0x10000000ffffffff)
test_2283:
    mov x19, 2283
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2283, c0, x0, 0x8ffffffe00000003)
test_2284:
    mov x19, 2284
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2284, c0, x0, 0x90000001ffffffff)
test_2285:
    mov x19, 2285
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    smull x0, w1, w2
    CHECK_EQ_T(2285, c0, x0, 0xffffffff00000002)
test_2286:
    mov x19, 2286
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    smulh x0, x1, x2
    CHECK_EQ_T(2286, c0, x0, 0x0)
test_2287:
    mov x19, 2287
    ldr x1, =0x7fffffff
    ldr x2, =0xfffffffe
    umulh x0, x1, x2
    CHECK_EQ_T(2287, c0, x0, 0x0)
test_2288:
    mov x19, 2288
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    madd x0, x1, x2, x3
    CHECK_EQ_T(2288, c0, x0, 0xffffffc00000005)
test_2289:
    mov x19, 2289
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    msub x0, x1, x2, x3
    CHECK_EQ_T(2289, c0, x0, 0x10000003fffffffd)
test_2290:
    mov x19, 2290
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    mul x0, x1, x2
    CHECK_EQ_T(2290, c0, x0, 0xfffffffc00000004)
test_2291:
    mov x19, 2291
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    madd w0, w1, w2, w3
    CHECK_EQ_T(2291, c0, x0, 0x5)
test_2292:
    mov x19, 2292
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    msub w0, w1, w2, w3
    CHECK_EQ_T(2292, c0, x0, 0xfffffffd)
test_2293:
    mov x19, 2293
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    mul w0, w1, w2
    CHECK_EQ_T(2293, c0, x0, 0x4)
test_2294:
    mov x19, 2294
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    smaddl x0, w1, w2, x3
    CHECK_EQ_T(2294, c0, x0, 0x1000000000000005)
test_2295:
    mov x19, 2295
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    smsubl x0, w1, w2, x3
    CHECK_EQ_T(2295, c0, x0, 0xffffffffffffffd)
test_2296:
    mov x19, 2296
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    umaddl x0, w1, w2, x3
    CHECK_EQ_T(2296, c0, x0, 0xffffffc00000005)
test_2297:
    mov x19, 2297
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    ldr x3, =0x1000000000000001
    umsubl x0, w1, w2, x3
    CHECK_EQ_T(2297, c0, x0, 0x10000003fffffffd)
test_2298:
    mov x19, 2298
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    smull x0, w1, w2
    CHECK_EQ_T(2298, c0, x0, 0x4)
test_2299:
    mov x19, 2299
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    smulh x0, x1, x2
    CHECK_EQ_T(2299, c0, x0, 0x0)
test_2300:
    mov x19, 2300
    ldr x1, =0xfffffffe
    ldr x2, =0xfffffffe
    umulh x0, x1, x2
    CHECK_EQ_T(2300, c0, x0, 0x0)
test_2301:
    mov x19, 2301
    ldr x1, =0x0
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2301, c0, x0, 0x0)
test_2302:
    mov x19, 2302
    ldr x1, =0x0
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2302, c0, x0, 0x0)
test_2303:
    mov x19, 2303
    ldr x1, =0x0
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2303, c0, x0, 0x0)
test_2304:
    mov x19, 2304
    ldr x1, =0x0
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2304, c0, x0, 0x0)
test_2305:
    mov x19, 2305
    ldr x1, =0x0
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2305, c0, x0, 0x0)
test_2306:
    mov x19, 2306
    ldr x1, =0x0
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2306, c0, x0, 0x0)
test_2307:
    mov x19, 2307
    ldr x1, =0x0
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2307, c0, x0, 0x0)
test_2308:
    mov x19, 2308
    ldr x1, =0x0
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2308, c0, x0, 0x0)
test_2309:
    mov x19, 2309
    ldr x1, =0x0
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2309, c0, x0, 0x0)
test_2310:
    mov x19, 2310
    ldr x1, =0x0
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2310, c0, x0, 0x0)
test_2311:
    mov x19, 2311
    ldr x1, =0x0
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2311, c0, x0, 0x0)
test_2312:
    mov x19, 2312
    ldr x1, =0x0
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2312, c0, x0, 0x0)
test_2313:
    mov x19, 2313
    ldr x1, =0x0
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2313, c0, x0, 0x0)
test_2314:
    mov x19, 2314
    ldr x1, =0x0
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2314, c0, x0, 0x0)
test_2315:
    mov x19, 2315
    ldr x1, =0x0
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2315, c0, x0, 0x0)
test_2316:
    mov x19, 2316
    ldr x1, =0x0
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2316, c0, x0, 0x0)
test_2317:
    mov x19, 2317
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2317, c0, x0, 0x0)
test_2318:
    mov x19, 2318
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2318, c0, x0, 0x0)
test_2319:
    mov x19, 2319
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2319, c0, x0, 0x0)
test_2320:
    mov x19, 2320
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2320, c0, x0, 0x0)
test_2321:
    mov x19, 2321
    ldr x1, =0x0
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2321, c0, x0, 0x0)
test_2322:
    mov x19, 2322
    ldr x1, =0x0
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2322, c0, x0, 0x0)
test_2323:
    mov x19, 2323
    ldr x1, =0x0
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2323, c0, x0, 0x0)
test_2324:
    mov x19, 2324
    ldr x1, =0x0
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2324, c0, x0, 0x0)
test_2325:
    mov x19, 2325
    ldr x1, =0x0
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2325, c0, x0, 0x0)
test_2326:
    mov x19, 2326
    ldr x1, =0x0
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2326, c0, x0, 0x0)
test_2327:
    mov x19, 2327
    ldr x1, =0x0
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2327, c0, x0, 0x0)
test_2328:
    mov x19, 2328
    ldr x1, =0x0
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2328, c0, x0, 0x0)
test_2329:
    mov x19, 2329
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2329, c0, x0, 0x0)
test_2330:
    mov x19, 2330
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2330, c0, x0, 0x0)
test_2331:
    mov x19, 2331
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2331, c0, x0, 0x0)
test_2332:
    mov x19, 2332
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2332, c0, x0, 0x0)
test_2333:
    mov x19, 2333
    ldr x1, =0x0
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2333, c0, x0, 0x0)
test_2334:
    mov x19, 2334
    ldr x1, =0x0
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2334, c0, x0, 0x0)
test_2335:
    mov x19, 2335
    ldr x1, =0x0
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2335, c0, x0, 0x0)
test_2336:
    mov x19, 2336
    ldr x1, =0x0
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2336, c0, x0, 0x0)
test_2337:
    mov x19, 2337
    ldr x1, =0x0
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2337, c0, x0, 0x0)
test_2338:
    mov x19, 2338
    ldr x1, =0x0
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2338, c0, x0, 0x0)
test_2339:
    mov x19, 2339
    ldr x1, =0x0
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2339, c0, x0, 0x0)
test_2340:
    mov x19, 2340
    ldr x1, =0x0
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2340, c0, x0, 0x0)
test_2341:
    mov x19, 2341
    ldr x1, =0x0
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2341, c0, x0, 0x0)
test_2342:
    mov x19, 2342
    ldr x1, =0x0
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2342, c0, x0, 0x0)
test_2343:
    mov x19, 2343
    ldr x1, =0x0
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2343, c0, x0, 0x0)
test_2344:
    mov x19, 2344
    ldr x1, =0x0
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2344, c0, x0, 0x0)
test_2345:
    mov x19, 2345
    ldr x1, =0x0
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2345, c0, x0, 0x0)
test_2346:
    mov x19, 2346
    ldr x1, =0x0
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2346, c0, x0, 0x0)
test_2347:
    mov x19, 2347
    ldr x1, =0x0
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2347, c0, x0, 0x0)
test_2348:
    mov x19, 2348
    ldr x1, =0x0
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2348, c0, x0, 0x0)
test_2349:
    mov x19, 2349
    ldr x1, =0x0
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2349, c0, x0, 0x0)
test_2350:
    mov x19, 2350
    ldr x1, =0x0
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2350, c0, x0, 0x0)
test_2351:
    mov x19, 2351
    ldr x1, =0x0
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2351, c0, x0, 0x0)
test_2352:
    mov x19, 2352
    ldr x1, =0x0
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2352, c0, x0, 0x0)
test_2353:
    mov x19, 2353
    ldr x1, =0x1
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2353, c0, x0, 0x0)
test_2354:
    mov x19, 2354
    ldr x1, =0x1
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2354, c0, x0, 0x0)
test_2355:
    mov x19, 2355
    ldr x1, =0x1
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2355, c0, x0, 0x0)
test_2356:
    mov x19, 2356
    ldr x1, =0x1
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2356, c0, x0, 0x0)
test_2357:
    mov x19, 2357
    ldr x1, =0x1
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2357, c0, x0, 0x1)
test_2358:
    mov x19, 2358
    ldr x1, =0x1
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2358, c0, x0, 0x1)
test_2359:
    mov x19, 2359
    ldr x1, =0x1
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2359, c0, x0, 0x1)
test_2360:
    mov x19, 2360
    ldr x1, =0x1
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2360, c0, x0, 0x1)
test_2361:
    mov x19, 2361
    ldr x1, =0x1
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2361, c0, x0, 0x0)
test_2362:
    mov x19, 2362
    ldr x1, =0x1
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2362, c0, x0, 0x0)
test_2363:
    mov x19, 2363
    ldr x1, =0x1
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2363, c0, x0, 0x0)
test_2364:
    mov x19, 2364
    ldr x1, =0x1
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2364, c0, x0, 0x0)
test_2365:
    mov x19, 2365
    ldr x1, =0x1
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2365, c0, x0, 0x0)
test_2366:
    mov x19, 2366
    ldr x1, =0x1
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2366, c0, x0, 0x0)
test_2367:
    mov x19, 2367
    ldr x1, =0x1
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2367, c0, x0, 0x0)
test_2368:
    mov x19, 2368
    ldr x1, =0x1
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2368, c0, x0, 0x0)
test_2369:
    mov x19, 2369
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2369, c0, x0, 0x0)
test_2370:
    mov x19, 2370
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2370, c0, x0, 0xffffffffffffffff)
test_2371:
    mov x19, 2371
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2371, c0, x0, 0x0)
test_2372:
    mov x19, 2372
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2372, c0, x0, 0xffffffff)
test_2373:
    mov x19, 2373
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2373, c0, x0, 0x0)
test_2374:
    mov x19, 2374
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2374, c0, x0, 0x0)
test_2375:
    mov x19, 2375
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2375, c0, x0, 0x0)
test_2376:
    mov x19, 2376
    ldr x1, =0x1
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2376, c0, x0, 0xffffffff)
test_2377:
    mov x19, 2377
    ldr x1, =0x1
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2377, c0, x0, 0x0)
test_2378:
    mov x19, 2378
    ldr x1, =0x1
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2378, c0, x0, 0x0)
test_2379:
    mov x19, 2379
    ldr x1, =0x1
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2379, c0, x0, 0x0)
test_2380:
    mov x19, 2380
    ldr x1, =0x1
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2380, c0, x0, 0x0)
test_2381:
    mov x19, 2381
    ldr x1, =0x1
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2381, c0, x0, 0x0)
test_2382:
    mov x19, 2382
    ldr x1, =0x1
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2382, c0, x0, 0x0)
test_2383:
    mov x19, 2383
    ldr x1, =0x1
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2383, c0, x0, 0x0)
test_2384:
    mov x19, 2384
    ldr x1, =0x1
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2384, c0, x0, 0x0)
test_2385:
    mov x19, 2385
    ldr x1, =0x1
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2385, c0, x0, 0x0)
test_2386:
    mov x19, 2386
    ldr x1, =0x1
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2386, c0, x0, 0x0)
test_2387:
    mov x19, 2387
    ldr x1, =0x1
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2387, c0, x0, 0x0)
test_2388:
    mov x19, 2388
    ldr x1, =0x1
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2388, c0, x0, 0x0)
test_2389:
    mov x19, 2389
    ldr x1, =0x1
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2389, c0, x0, 0x0)
test_2390:
    mov x19, 2390
    ldr x1, =0x1
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2390, c0, x0, 0x0)
test_2391:
    mov x19, 2391
    ldr x1, =0x1
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2391, c0, x0, 0x0)
test_2392:
    mov x19, 2392
    ldr x1, =0x1
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2392, c0, x0, 0xffffffff)
test_2393:
    mov x19, 2393
    ldr x1, =0x1
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2393, c0, x0, 0x0)
test_2394:
    mov x19, 2394
    ldr x1, =0x1
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2394, c0, x0, 0x0)
test_2395:
    mov x19, 2395
    ldr x1, =0x1
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2395, c0, x0, 0x0)
test_2396:
    mov x19, 2396
    ldr x1, =0x1
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2396, c0, x0, 0x0)
test_2397:
    mov x19, 2397
    ldr x1, =0x1
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2397, c0, x0, 0x0)
test_2398:
    mov x19, 2398
    ldr x1, =0x1
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2398, c0, x0, 0x0)
test_2399:
    mov x19, 2399
    ldr x1, =0x1
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2399, c0, x0, 0x0)
test_2400:
    mov x19, 2400
    ldr x1, =0x1
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2400, c0, x0, 0x0)
test_2401:
    mov x19, 2401
    ldr x1, =0x1
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2401, c0, x0, 0x0)
test_2402:
    mov x19, 2402
    ldr x1, =0x1
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2402, c0, x0, 0x0)
test_2403:
    mov x19, 2403
    ldr x1, =0x1
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2403, c0, x0, 0x0)
test_2404:
    mov x19, 2404
    ldr x1, =0x1
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2404, c0, x0, 0x0)
test_2405:
    mov x19, 2405
    ldr x1, =0x3
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2405, c0, x0, 0x0)
test_2406:
    mov x19, 2406
    ldr x1, =0x3
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2406, c0, x0, 0x0)
test_2407:
    mov x19, 2407
    ldr x1, =0x3
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2407, c0, x0, 0x0)
test_2408:
    mov x19, 2408
    ldr x1, =0x3
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2408, c0, x0, 0x0)
test_2409:
    mov x19, 2409
    ldr x1, =0x3
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2409, c0, x0, 0x3)
test_2410:
    mov x19, 2410
    ldr x1, =0x3
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2410, c0, x0, 0x3)
test_2411:
    mov x19, 2411
    ldr x1, =0x3
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2411, c0, x0, 0x3)
test_2412:
    mov x19, 2412
    ldr x1, =0x3
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2412, c0, x0, 0x3)
test_2413:
    mov x19, 2413
    ldr x1, =0x3
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2413, c0, x0, 0x1)
test_2414:
    mov x19, 2414
    ldr x1, =0x3
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2414, c0, x0, 0x1)
test_2415:
    mov x19, 2415
    ldr x1, =0x3
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2415, c0, x0, 0x1)
test_2416:
    mov x19, 2416
    ldr x1, =0x3
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2416, c0, x0, 0x1)
test_2417:
    mov x19, 2417
    ldr x1, =0x3
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2417, c0, x0, 0x0)
test_2418:
    mov x19, 2418
    ldr x1, =0x3
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2418, c0, x0, 0x0)
test_2419:
    mov x19, 2419
    ldr x1, =0x3
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2419, c0, x0, 0x0)
test_2420:
    mov x19, 2420
    ldr x1, =0x3
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2420, c0, x0, 0x0)
test_2421:
    mov x19, 2421
    ldr x1, =0x3
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2421, c0, x0, 0x0)
test_2422:
    mov x19, 2422
    ldr x1, =0x3
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2422, c0, x0, 0xfffffffffffffffd)
test_2423:
    mov x19, 2423
    ldr x1, =0x3
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2423, c0, x0, 0x0)
test_2424:
    mov x19, 2424
    ldr x1, =0x3
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2424, c0, x0, 0xfffffffd)
test_2425:
    mov x19, 2425
    ldr x1, =0x3
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2425, c0, x0, 0x0)
test_2426:
    mov x19, 2426
    ldr x1, =0x3
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2426, c0, x0, 0x0)
test_2427:
    mov x19, 2427
    ldr x1, =0x3
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2427, c0, x0, 0x0)
test_2428:
    mov x19, 2428
    ldr x1, =0x3
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2428, c0, x0, 0xfffffffd)
test_2429:
    mov x19, 2429
    ldr x1, =0x3
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2429, c0, x0, 0x0)
test_2430:
    mov x19, 2430
    ldr x1, =0x3
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2430, c0, x0, 0x0)
test_2431:
    mov x19, 2431
    ldr x1, =0x3
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2431, c0, x0, 0x0)
test_2432:
    mov x19, 2432
    ldr x1, =0x3
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2432, c0, x0, 0x0)
test_2433:
    mov x19, 2433
    ldr x1, =0x3
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2433, c0, x0, 0x0)
test_2434:
    mov x19, 2434
    ldr x1, =0x3
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2434, c0, x0, 0x0)
test_2435:
    mov x19, 2435
    ldr x1, =0x3
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2435, c0, x0, 0x0)
test_2436:
    mov x19, 2436
    ldr x1, =0x3
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2436, c0, x0, 0x0)
test_2437:
    mov x19, 2437
    ldr x1, =0x3
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2437, c0, x0, 0x0)
test_2438:
    mov x19, 2438
    ldr x1, =0x3
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2438, c0, x0, 0x0)
test_2439:
    mov x19, 2439
    ldr x1, =0x3
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2439, c0, x0, 0x0)
test_2440:
    mov x19, 2440
    ldr x1, =0x3
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2440, c0, x0, 0x0)
test_2441:
    mov x19, 2441
    ldr x1, =0x3
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2441, c0, x0, 0x0)
test_2442:
    mov x19, 2442
    ldr x1, =0x3
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2442, c0, x0, 0x0)
test_2443:
    mov x19, 2443
    ldr x1, =0x3
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2443, c0, x0, 0x0)
test_2444:
    mov x19, 2444
    ldr x1, =0x3
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2444, c0, x0, 0xfffffffd)
test_2445:
    mov x19, 2445
    ldr x1, =0x3
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2445, c0, x0, 0x0)
test_2446:
    mov x19, 2446
    ldr x1, =0x3
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2446, c0, x0, 0x0)
test_2447:
    mov x19, 2447
    ldr x1, =0x3
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2447, c0, x0, 0x0)
test_2448:
    mov x19, 2448
    ldr x1, =0x3
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2448, c0, x0, 0xffffffff)
test_2449:
    mov x19, 2449
    ldr x1, =0x3
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2449, c0, x0, 0x0)
test_2450:
    mov x19, 2450
    ldr x1, =0x3
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2450, c0, x0, 0x0)
test_2451:
    mov x19, 2451
    ldr x1, =0x3
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2451, c0, x0, 0x0)
test_2452:
    mov x19, 2452
    ldr x1, =0x3
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2452, c0, x0, 0x0)
test_2453:
    mov x19, 2453
    ldr x1, =0x3
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2453, c0, x0, 0x0)
test_2454:
    mov x19, 2454
    ldr x1, =0x3
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2454, c0, x0, 0x0)
test_2455:
    mov x19, 2455
    ldr x1, =0x3
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2455, c0, x0, 0x0)
test_2456:
    mov x19, 2456
    ldr x1, =0x3
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2456, c0, x0, 0x0)
test_2457:
    mov x19, 2457
    ldr x1, =0x7
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2457, c0, x0, 0x0)
test_2458:
    mov x19, 2458
    ldr x1, =0x7
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2458, c0, x0, 0x0)
test_2459:
    mov x19, 2459
    ldr x1, =0x7
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2459, c0, x0, 0x0)
test_2460:
    mov x19, 2460
    ldr x1, =0x7
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2460, c0, x0, 0x0)
test_2461:
    mov x19, 2461
    ldr x1, =0x7
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2461, c0, x0, 0x7)
test_2462:
    mov x19, 2462
    ldr x1, =0x7
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2462, c0, x0, 0x7)
test_2463:
    mov x19, 2463
    ldr x1, =0x7
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2463, c0, x0, 0x7)
test_2464:
    mov x19, 2464
    ldr x1, =0x7
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2464, c0, x0, 0x7)
test_2465:
    mov x19, 2465
    ldr x1, =0x7
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2465, c0, x0, 0x2)
test_2466:
    mov x19, 2466
    ldr x1, =0x7
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2466, c0, x0, 0x2)
test_2467:
    mov x19, 2467
    ldr x1, =0x7
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2467, c0, x0, 0x2)
test_2468:
    mov x19, 2468
    ldr x1, =0x7
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2468, c0, x0, 0x2)
test_2469:
    mov x19, 2469
    ldr x1, =0x7
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2469, c0, x0, 0x1)
test_2470:
    mov x19, 2470
    ldr x1, =0x7
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2470, c0, x0, 0x1)
test_2471:
    mov x19, 2471
    ldr x1, =0x7
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2471, c0, x0, 0x1)
test_2472:
    mov x19, 2472
    ldr x1, =0x7
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2472, c0, x0, 0x1)
test_2473:
    mov x19, 2473
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2473, c0, x0, 0x0)
test_2474:
    mov x19, 2474
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2474, c0, x0, 0xfffffffffffffff9)
test_2475:
    mov x19, 2475
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2475, c0, x0, 0x0)
test_2476:
    mov x19, 2476
    ldr x1, =0x7
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2476, c0, x0, 0xfffffff9)
test_2477:
    mov x19, 2477
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2477, c0, x0, 0x0)
test_2478:
    mov x19, 2478
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2478, c0, x0, 0x0)
test_2479:
    mov x19, 2479
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2479, c0, x0, 0x0)
test_2480:
    mov x19, 2480
    ldr x1, =0x7
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2480, c0, x0, 0xfffffff9)
test_2481:
    mov x19, 2481
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2481, c0, x0, 0x0)
test_2482:
    mov x19, 2482
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2482, c0, x0, 0x0)
test_2483:
    mov x19, 2483
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2483, c0, x0, 0x0)
test_2484:
    mov x19, 2484
    ldr x1, =0x7
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2484, c0, x0, 0x0)
test_2485:
    mov x19, 2485
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2485, c0, x0, 0x0)
test_2486:
    mov x19, 2486
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2486, c0, x0, 0x0)
test_2487:
    mov x19, 2487
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2487, c0, x0, 0x0)
test_2488:
    mov x19, 2488
    ldr x1, =0x7
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2488, c0, x0, 0x0)
test_2489:
    mov x19, 2489
    ldr x1, =0x7
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2489, c0, x0, 0x0)
test_2490:
    mov x19, 2490
    ldr x1, =0x7
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2490, c0, x0, 0x0)
test_2491:
    mov x19, 2491
    ldr x1, =0x7
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2491, c0, x0, 0x0)
test_2492:
    mov x19, 2492
    ldr x1, =0x7
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2492, c0, x0, 0x0)
test_2493:
    mov x19, 2493
    ldr x1, =0x7
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2493, c0, x0, 0x0)
test_2494:
    mov x19, 2494
    ldr x1, =0x7
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2494, c0, x0, 0x0)
test_2495:
    mov x19, 2495
    ldr x1, =0x7
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2495, c0, x0, 0x0)
test_2496:
    mov x19, 2496
    ldr x1, =0x7
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2496, c0, x0, 0xfffffff9)
test_2497:
    mov x19, 2497
    ldr x1, =0x7
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2497, c0, x0, 0x0)
test_2498:
    mov x19, 2498
    ldr x1, =0x7
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2498, c0, x0, 0x0)
test_2499:
    mov x19, 2499
    ldr x1, =0x7
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2499, c0, x0, 0x0)
test_2500:
    mov x19, 2500
    ldr x1, =0x7
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2500, c0, x0, 0xfffffffe)
test_2501:
    mov x19, 2501
    ldr x1, =0x7
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2501, c0, x0, 0x0)
test_2502:
    mov x19, 2502
    ldr x1, =0x7
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2502, c0, x0, 0xffffffffffffffff)
test_2503:
    mov x19, 2503
    ldr x1, =0x7
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2503, c0, x0, 0x0)
test_2504:
    mov x19, 2504
    ldr x1, =0x7
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2504, c0, x0, 0xffffffff)
test_2505:
    mov x19, 2505
    ldr x1, =0x7
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2505, c0, x0, 0x0)
test_2506:
    mov x19, 2506
    ldr x1, =0x7
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2506, c0, x0, 0x0)
test_2507:
    mov x19, 2507
    ldr x1, =0x7
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2507, c0, x0, 0x1)
test_2508:
    mov x19, 2508
    ldr x1, =0x7
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2508, c0, x0, 0x1)
test_2509:
    mov x19, 2509
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2509, c0, x0, 0x0)
test_2510:
    mov x19, 2510
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2510, c0, x0, 0x0)
test_2511:
    mov x19, 2511
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2511, c0, x0, 0x0)
test_2512:
    mov x19, 2512
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2512, c0, x0, 0x0)
test_2513:
    mov x19, 2513
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2513, c0, x0, 0xffffffffffffffff)
test_2514:
    mov x19, 2514
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2514, c0, x0, 0xffffffffffffffff)
test_2515:
    mov x19, 2515
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2515, c0, x0, 0xffffffff)
test_2516:
    mov x19, 2516
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2516, c0, x0, 0xffffffff)
test_2517:
    mov x19, 2517
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2517, c0, x0, 0x5555555555555555)
test_2518:
    mov x19, 2518
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2518, c0, x0, 0x0)
test_2519:
    mov x19, 2519
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2519, c0, x0, 0x55555555)
test_2520:
    mov x19, 2520
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2520, c0, x0, 0x0)
test_2521:
    mov x19, 2521
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2521, c0, x0, 0x2492492492492492)
test_2522:
    mov x19, 2522
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2522, c0, x0, 0x0)
test_2523:
    mov x19, 2523
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2523, c0, x0, 0x24924924)
test_2524:
    mov x19, 2524
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2524, c0, x0, 0x0)
test_2525:
    mov x19, 2525
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2525, c0, x0, 0x1)
test_2526:
    mov x19, 2526
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2526, c0, x0, 0x1)
test_2527:
    mov x19, 2527
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2527, c0, x0, 0x1)
test_2528:
    mov x19, 2528
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2528, c0, x0, 0x1)
test_2529:
    mov x19, 2529
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2529, c0, x0, 0x2)
test_2530:
    mov x19, 2530
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2530, c0, x0, 0x0)
test_2531:
    mov x19, 2531
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2531, c0, x0, 0x1)
test_2532:
    mov x19, 2532
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2532, c0, x0, 0x1)
test_2533:
    mov x19, 2533
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2533, c0, x0, 0x1)
test_2534:
    mov x19, 2534
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2534, c0, x0, 0x0)
test_2535:
    mov x19, 2535
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2535, c0, x0, 0x0)
test_2536:
    mov x19, 2536
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2536, c0, x0, 0x0)
test_2537:
    mov x19, 2537
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2537, c0, x0, 0xe)
test_2538:
    mov x19, 2538
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2538, c0, x0, 0x0)
test_2539:
    mov x19, 2539
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2539, c0, x0, 0x1)
test_2540:
    mov x19, 2540
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2540, c0, x0, 0x0)
test_2541:
    mov x19, 2541
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2541, c0, x0, 0x1ffffffff)
test_2542:
    mov x19, 2542
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2542, c0, x0, 0x0)
test_2543:
    mov x19, 2543
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2543, c0, x0, 0x1)
test_2544:
    mov x19, 2544
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2544, c0, x0, 0x0)
test_2545:
    mov x19, 2545
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2545, c0, x0, 0x100000001)
test_2546:
    mov x19, 2546
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2546, c0, x0, 0x0)
test_2547:
    mov x19, 2547
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2547, c0, x0, 0x1)
test_2548:
    mov x19, 2548
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2548, c0, x0, 0x1)
test_2549:
    mov x19, 2549
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2549, c0, x0, 0x100000003)
test_2550:
    mov x19, 2550
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2550, c0, x0, 0x0)
test_2551:
    mov x19, 2551
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2551, c0, x0, 0x1)
test_2552:
    mov x19, 2552
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2552, c0, x0, 0x0)
test_2553:
    mov x19, 2553
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2553, c0, x0, 0x1)
test_2554:
    mov x19, 2554
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2554, c0, x0, 0x0)
test_2555:
    mov x19, 2555
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2555, c0, x0, 0x1)
test_2556:
    mov x19, 2556
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2556, c0, x0, 0x0)
test_2557:
    mov x19, 2557
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2557, c0, x0, 0xfffffff9)
test_2558:
    mov x19, 2558
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2558, c0, x0, 0x0)
test_2559:
    mov x19, 2559
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2559, c0, x0, 0x24924924)
test_2560:
    mov x19, 2560
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2560, c0, x0, 0x0)
test_2561:
    mov x19, 2561
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2561, c0, x0, 0x0)
test_2562:
    mov x19, 2562
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2562, c0, x0, 0x0)
test_2563:
    mov x19, 2563
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2563, c0, x0, 0x0)
test_2564:
    mov x19, 2564
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2564, c0, x0, 0x0)
test_2565:
    mov x19, 2565
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2565, c0, x0, 0x7fffffffffffffff)
test_2566:
    mov x19, 2566
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2566, c0, x0, 0x7fffffffffffffff)
test_2567:
    mov x19, 2567
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2567, c0, x0, 0xffffffff)
test_2568:
    mov x19, 2568
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2568, c0, x0, 0xffffffff)
test_2569:
    mov x19, 2569
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2569, c0, x0, 0x2aaaaaaaaaaaaaaa)
test_2570:
    mov x19, 2570
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2570, c0, x0, 0x2aaaaaaaaaaaaaaa)
test_2571:
    mov x19, 2571
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2571, c0, x0, 0x55555555)
test_2572:
    mov x19, 2572
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2572, c0, x0, 0x0)
test_2573:
    mov x19, 2573
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2573, c0, x0, 0x1249249249249249)
test_2574:
    mov x19, 2574
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2574, c0, x0, 0x1249249249249249)
test_2575:
    mov x19, 2575
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2575, c0, x0, 0x24924924)
test_2576:
    mov x19, 2576
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2576, c0, x0, 0x0)
test_2577:
    mov x19, 2577
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2577, c0, x0, 0x0)
test_2578:
    mov x19, 2578
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2578, c0, x0, 0x8000000000000001)
test_2579:
    mov x19, 2579
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2579, c0, x0, 0x1)
test_2580:
    mov x19, 2580
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2580, c0, x0, 0x1)
test_2581:
    mov x19, 2581
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2581, c0, x0, 0x1)
test_2582:
    mov x19, 2582
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2582, c0, x0, 0x1)
test_2583:
    mov x19, 2583
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2583, c0, x0, 0x1)
test_2584:
    mov x19, 2584
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2584, c0, x0, 0x1)
test_2585:
    mov x19, 2585
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2585, c0, x0, 0x0)
test_2586:
    mov x19, 2586
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2586, c0, x0, 0x0)
test_2587:
    mov x19, 2587
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2587, c0, x0, 0x0)
test_2588:
    mov x19, 2588
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2588, c0, x0, 0x0)
test_2589:
    mov x19, 2589
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2589, c0, x0, 0x7)
test_2590:
    mov x19, 2590
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2590, c0, x0, 0x7)
test_2591:
    mov x19, 2591
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2591, c0, x0, 0x1)
test_2592:
    mov x19, 2592
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2592, c0, x0, 0x0)
test_2593:
    mov x19, 2593
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2593, c0, x0, 0xffffffff)
test_2594:
    mov x19, 2594
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2594, c0, x0, 0xffffffff)
test_2595:
    mov x19, 2595
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2595, c0, x0, 0x1)
test_2596:
    mov x19, 2596
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2596, c0, x0, 0x0)
test_2597:
    mov x19, 2597
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2597, c0, x0, 0x80000000)
test_2598:
    mov x19, 2598
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2598, c0, x0, 0x80000000)
test_2599:
    mov x19, 2599
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2599, c0, x0, 0x1)
test_2600:
    mov x19, 2600
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2600, c0, x0, 0x1)
test_2601:
    mov x19, 2601
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2601, c0, x0, 0x80000001)
test_2602:
    mov x19, 2602
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2602, c0, x0, 0x80000001)
test_2603:
    mov x19, 2603
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2603, c0, x0, 0x1)
test_2604:
    mov x19, 2604
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2604, c0, x0, 0x0)
test_2605:
    mov x19, 2605
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2605, c0, x0, 0x0)
test_2606:
    mov x19, 2606
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2606, c0, x0, 0xedb6db6db6db6db7)
test_2607:
    mov x19, 2607
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2607, c0, x0, 0x1)
test_2608:
    mov x19, 2608
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2608, c0, x0, 0x0)
test_2609:
    mov x19, 2609
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2609, c0, x0, 0x7ffffffc)
test_2610:
    mov x19, 2610
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2610, c0, x0, 0x7ffffffc)
test_2611:
    mov x19, 2611
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2611, c0, x0, 0x24924924)
test_2612:
    mov x19, 2612
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2612, c0, x0, 0x0)
test_2613:
    mov x19, 2613
    ldr x1, =0x8000000000000000
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2613, c0, x0, 0x0)
test_2614:
    mov x19, 2614
    ldr x1, =0x8000000000000000
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2614, c0, x0, 0x0)
test_2615:
    mov x19, 2615
    ldr x1, =0x8000000000000000
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2615, c0, x0, 0x0)
test_2616:
    mov x19, 2616
    ldr x1, =0x8000000000000000
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2616, c0, x0, 0x0)
test_2617:
    mov x19, 2617
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2617, c0, x0, 0x8000000000000000)
test_2618:
    mov x19, 2618
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2618, c0, x0, 0x8000000000000000)
test_2619:
    mov x19, 2619
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2619, c0, x0, 0x0)
test_2620:
    mov x19, 2620
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2620, c0, x0, 0x0)
test_2621:
    mov x19, 2621
    ldr x1, =0x8000000000000000
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2621, c0, x0, 0x2aaaaaaaaaaaaaaa)
test_2622:
    mov x19, 2622
    ldr x1, =0x8000000000000000
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2622, c0, x0, 0xd555555555555556)
test_2623:
    mov x19, 2623
    ldr x1, =0x8000000000000000
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2623, c0, x0, 0x0)
test_2624:
    mov x19, 2624
    ldr x1, =0x8000000000000000
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2624, c0, x0, 0x0)
test_2625:
    mov x19, 2625
    ldr x1, =0x8000000000000000
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2625, c0, x0, 0x1249249249249249)
test_2626:
    mov x19, 2626
    ldr x1, =0x8000000000000000
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2626, c0, x0, 0xedb6db6db6db6db7)
test_2627:
    mov x19, 2627
    ldr x1, =0x8000000000000000
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2627, c0, x0, 0x0)
test_2628:
    mov x19, 2628
    ldr x1, =0x8000000000000000
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2628, c0, x0, 0x0)
test_2629:
    mov x19, 2629
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2629, c0, x0, 0x0)
test_2630:
    mov x19, 2630
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2630, c0, x0, 0x8000000000000000)
test_2631:
    mov x19, 2631
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2631, c0, x0, 0x0)
test_2632:
    mov x19, 2632
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2632, c0, x0, 0x0)
test_2633:
    mov x19, 2633
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2633, c0, x0, 0x1)
test_2634:
    mov x19, 2634
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2634, c0, x0, 0xffffffffffffffff)
test_2635:
    mov x19, 2635
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2635, c0, x0, 0x0)
test_2636:
    mov x19, 2636
    ldr x1, =0x8000000000000000
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2636, c0, x0, 0x0)
test_2637:
    mov x19, 2637
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2637, c0, x0, 0x1)
test_2638:
    mov x19, 2638
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2638, c0, x0, 0x1)
test_2639:
    mov x19, 2639
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2639, c0, x0, 0x0)
test_2640:
    mov x19, 2640
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2640, c0, x0, 0x0)
test_2641:
    mov x19, 2641
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2641, c0, x0, 0x7)
test_2642:
    mov x19, 2642
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2642, c0, x0, 0xfffffffffffffff9)
test_2643:
    mov x19, 2643
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2643, c0, x0, 0x0)
test_2644:
    mov x19, 2644
    ldr x1, =0x8000000000000000
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2644, c0, x0, 0x0)
test_2645:
    mov x19, 2645
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2645, c0, x0, 0x100000000)
test_2646:
    mov x19, 2646
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2646, c0, x0, 0xffffffff00000000)
test_2647:
    mov x19, 2647
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2647, c0, x0, 0x0)
test_2648:
    mov x19, 2648
    ldr x1, =0x8000000000000000
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2648, c0, x0, 0x0)
test_2649:
    mov x19, 2649
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2649, c0, x0, 0x80000000)
test_2650:
    mov x19, 2650
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2650, c0, x0, 0xffffffff80000000)
test_2651:
    mov x19, 2651
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2651, c0, x0, 0x0)
test_2652:
    mov x19, 2652
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2652, c0, x0, 0x0)
test_2653:
    mov x19, 2653
    ldr x1, =0x8000000000000000
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2653, c0, x0, 0x80000001)
test_2654:
    mov x19, 2654
    ldr x1, =0x8000000000000000
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2654, c0, x0, 0xffffffff7fffffff)
test_2655:
    mov x19, 2655
    ldr x1, =0x8000000000000000
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2655, c0, x0, 0x0)
test_2656:
    mov x19, 2656
    ldr x1, =0x8000000000000000
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2656, c0, x0, 0x0)
test_2657:
    mov x19, 2657
    ldr x1, =0x8000000000000000
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2657, c0, x0, 0x0)
test_2658:
    mov x19, 2658
    ldr x1, =0x8000000000000000
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2658, c0, x0, 0x1249249249249249)
test_2659:
    mov x19, 2659
    ldr x1, =0x8000000000000000
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2659, c0, x0, 0x0)
test_2660:
    mov x19, 2660
    ldr x1, =0x8000000000000000
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2660, c0, x0, 0x0)
test_2661:
    mov x19, 2661
    ldr x1, =0x8000000000000000
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2661, c0, x0, 0x7ffffffc)
test_2662:
    mov x19, 2662
    ldr x1, =0x8000000000000000
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2662, c0, x0, 0xffffffff80000004)
test_2663:
    mov x19, 2663
    ldr x1, =0x8000000000000000
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2663, c0, x0, 0x0)
test_2664:
    mov x19, 2664
    ldr x1, =0x8000000000000000
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2664, c0, x0, 0x0)
test_2665:
    mov x19, 2665
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2665, c0, x0, 0x0)
test_2666:
    mov x19, 2666
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2666, c0, x0, 0x0)
test_2667:
    mov x19, 2667
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2667, c0, x0, 0x0)
test_2668:
    mov x19, 2668
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2668, c0, x0, 0x0)
test_2669:
    mov x19, 2669
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2669, c0, x0, 0x123456789abcdef0)
test_2670:
    mov x19, 2670
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2670, c0, x0, 0x123456789abcdef0)
test_2671:
    mov x19, 2671
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2671, c0, x0, 0x9abcdef0)
test_2672:
    mov x19, 2672
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2672, c0, x0, 0x9abcdef0)
test_2673:
    mov x19, 2673
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2673, c0, x0, 0x611722833944a50)
test_2674:
    mov x19, 2674
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2674, c0, x0, 0x611722833944a50)
test_2675:
    mov x19, 2675
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2675, c0, x0, 0x33944a50)
test_2676:
    mov x19, 2676
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2676, c0, x0, 0xde3ef4fb)
test_2677:
    mov x19, 2677
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2677, c0, x0, 0x299c335ccf668fd)
test_2678:
    mov x19, 2678
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2678, c0, x0, 0x299c335ccf668fd)
test_2679:
    mov x19, 2679
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2679, c0, x0, 0x161afb46)
test_2680:
    mov x19, 2680
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2680, c0, x0, 0xf188b223)
test_2681:
    mov x19, 2681
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2681, c0, x0, 0x0)
test_2682:
    mov x19, 2682
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2682, c0, x0, 0xedcba98765432110)
test_2683:
    mov x19, 2683
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2683, c0, x0, 0x0)
test_2684:
    mov x19, 2684
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2684, c0, x0, 0x65432110)
test_2685:
    mov x19, 2685
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2685, c0, x0, 0x0)
test_2686:
    mov x19, 2686
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2686, c0, x0, 0x0)
test_2687:
    mov x19, 2687
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2687, c0, x0, 0x0)
test_2688:
    mov x19, 2688
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2688, c0, x0, 0x65432110)
test_2689:
    mov x19, 2689
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2689, c0, x0, 0x0)
test_2690:
    mov x19, 2690
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2690, c0, x0, 0x0)
test_2691:
    mov x19, 2691
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2691, c0, x0, 0x0)
test_2692:
    mov x19, 2692
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2692, c0, x0, 0x0)
test_2693:
    mov x19, 2693
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2693, c0, x0, 0x1)
test_2694:
    mov x19, 2694
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2694, c0, x0, 0x1)
test_2695:
    mov x19, 2695
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2695, c0, x0, 0x1)
test_2696:
    mov x19, 2696
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2696, c0, x0, 0x1)
test_2697:
    mov x19, 2697
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2697, c0, x0, 0x2468acf1)
test_2698:
    mov x19, 2698
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2698, c0, x0, 0x2468acf1)
test_2699:
    mov x19, 2699
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2699, c0, x0, 0x1)
test_2700:
    mov x19, 2700
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2700, c0, x0, 0x0)
test_2701:
    mov x19, 2701
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2701, c0, x0, 0x12345678)
test_2702:
    mov x19, 2702
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2702, c0, x0, 0x12345678)
test_2703:
    mov x19, 2703
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2703, c0, x0, 0x0)
test_2704:
    mov x19, 2704
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2704, c0, x0, 0x65432110)
test_2705:
    mov x19, 2705
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2705, c0, x0, 0x12345678)
test_2706:
    mov x19, 2706
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2706, c0, x0, 0x12345678)
test_2707:
    mov x19, 2707
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2707, c0, x0, 0x0)
test_2708:
    mov x19, 2708
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2708, c0, x0, 0x21c10b05)
test_2709:
    mov x19, 2709
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2709, c0, x0, 0x0)
test_2710:
    mov x19, 2710
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2710, c0, x0, 0xfd663cca33099703)
test_2711:
    mov x19, 2711
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2711, c0, x0, 0x0)
test_2712:
    mov x19, 2712
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2712, c0, x0, 0xe774ddd)
test_2713:
    mov x19, 2713
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2713, c0, x0, 0x12345678)
test_2714:
    mov x19, 2714
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2714, c0, x0, 0x12345678)
test_2715:
    mov x19, 2715
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2715, c0, x0, 0x161afb46)
test_2716:
    mov x19, 2716
    ldr x1, =0x123456789abcdef0
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2716, c0, x0, 0xf188b223)
test_2717:
    mov x19, 2717
    ldr x1, =0x80000000
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2717, c0, x0, 0x0)
test_2718:
    mov x19, 2718
    ldr x1, =0x80000000
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2718, c0, x0, 0x0)
test_2719:
    mov x19, 2719
    ldr x1, =0x80000000
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2719, c0, x0, 0x0)
test_2720:
    mov x19, 2720
    ldr x1, =0x80000000
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2720, c0, x0, 0x0)
test_2721:
    mov x19, 2721
    ldr x1, =0x80000000
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2721, c0, x0, 0x80000000)
test_2722:
    mov x19, 2722
    ldr x1, =0x80000000
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2722, c0, x0, 0x80000000)
test_2723:
    mov x19, 2723
    ldr x1, =0x80000000
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2723, c0, x0, 0x80000000)
test_2724:
    mov x19, 2724
    ldr x1, =0x80000000
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2724, c0, x0, 0x80000000)
test_2725:
    mov x19, 2725
    ldr x1, =0x80000000
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2725, c0, x0, 0x2aaaaaaa)
test_2726:
    mov x19, 2726
    ldr x1, =0x80000000
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2726, c0, x0, 0x2aaaaaaa)
test_2727:
    mov x19, 2727
    ldr x1, =0x80000000
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2727, c0, x0, 0x2aaaaaaa)
test_2728:
    mov x19, 2728
    ldr x1, =0x80000000
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2728, c0, x0, 0xd5555556)
test_2729:
    mov x19, 2729
    ldr x1, =0x80000000
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2729, c0, x0, 0x12492492)
test_2730:
    mov x19, 2730
    ldr x1, =0x80000000
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2730, c0, x0, 0x12492492)
test_2731:
    mov x19, 2731
    ldr x1, =0x80000000
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2731, c0, x0, 0x12492492)
test_2732:
    mov x19, 2732
    ldr x1, =0x80000000
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2732, c0, x0, 0xedb6db6e)
test_2733:
    mov x19, 2733
    ldr x1, =0x80000000
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2733, c0, x0, 0x0)
test_2734:
    mov x19, 2734
    ldr x1, =0x80000000
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2734, c0, x0, 0xffffffff80000000)
test_2735:
    mov x19, 2735
    ldr x1, =0x80000000
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2735, c0, x0, 0x0)
test_2736:
    mov x19, 2736
    ldr x1, =0x80000000
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2736, c0, x0, 0x80000000)
test_2737:
    mov x19, 2737
    ldr x1, =0x80000000
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2737, c0, x0, 0x0)
test_2738:
    mov x19, 2738
    ldr x1, =0x80000000
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2738, c0, x0, 0x0)
test_2739:
    mov x19, 2739
    ldr x1, =0x80000000
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2739, c0, x0, 0x0)
test_2740:
    mov x19, 2740
    ldr x1, =0x80000000
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2740, c0, x0, 0x80000000)
test_2741:
    mov x19, 2741
    ldr x1, =0x80000000
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2741, c0, x0, 0x0)
test_2742:
    mov x19, 2742
    ldr x1, =0x80000000
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2742, c0, x0, 0x0)
test_2743:
    mov x19, 2743
    ldr x1, =0x80000000
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2743, c0, x0, 0x0)
test_2744:
    mov x19, 2744
    ldr x1, =0x80000000
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2744, c0, x0, 0x0)
test_2745:
    mov x19, 2745
    ldr x1, =0x80000000
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2745, c0, x0, 0x0)
test_2746:
    mov x19, 2746
    ldr x1, =0x80000000
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2746, c0, x0, 0x0)
test_2747:
    mov x19, 2747
    ldr x1, =0x80000000
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2747, c0, x0, 0x0)
test_2748:
    mov x19, 2748
    ldr x1, =0x80000000
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2748, c0, x0, 0x1)
test_2749:
    mov x19, 2749
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2749, c0, x0, 0x1)
test_2750:
    mov x19, 2750
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2750, c0, x0, 0x1)
test_2751:
    mov x19, 2751
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2751, c0, x0, 0x1)
test_2752:
    mov x19, 2752
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2752, c0, x0, 0x1)
test_2753:
    mov x19, 2753
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2753, c0, x0, 0x0)
test_2754:
    mov x19, 2754
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2754, c0, x0, 0x0)
test_2755:
    mov x19, 2755
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2755, c0, x0, 0x0)
test_2756:
    mov x19, 2756
    ldr x1, =0x80000000
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2756, c0, x0, 0x80000000)
test_2757:
    mov x19, 2757
    ldr x1, =0x80000000
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2757, c0, x0, 0x0)
test_2758:
    mov x19, 2758
    ldr x1, =0x80000000
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2758, c0, x0, 0x0)
test_2759:
    mov x19, 2759
    ldr x1, =0x80000000
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2759, c0, x0, 0x0)
test_2760:
    mov x19, 2760
    ldr x1, =0x80000000
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2760, c0, x0, 0x2aaaaaaa)
test_2761:
    mov x19, 2761
    ldr x1, =0x80000000
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2761, c0, x0, 0x0)
test_2762:
    mov x19, 2762
    ldr x1, =0x80000000
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2762, c0, x0, 0xffffffffedb6db6e)
test_2763:
    mov x19, 2763
    ldr x1, =0x80000000
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2763, c0, x0, 0x0)
test_2764:
    mov x19, 2764
    ldr x1, =0x80000000
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2764, c0, x0, 0x12492492)
test_2765:
    mov x19, 2765
    ldr x1, =0x80000000
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2765, c0, x0, 0x0)
test_2766:
    mov x19, 2766
    ldr x1, =0x80000000
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2766, c0, x0, 0x0)
test_2767:
    mov x19, 2767
    ldr x1, =0x80000000
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2767, c0, x0, 0x12492492)
test_2768:
    mov x19, 2768
    ldr x1, =0x80000000
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2768, c0, x0, 0xedb6db6e)
test_2769:
    mov x19, 2769
    ldr x1, =0xffffffff
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2769, c0, x0, 0x0)
test_2770:
    mov x19, 2770
    ldr x1, =0xffffffff
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2770, c0, x0, 0x0)
test_2771:
    mov x19, 2771
    ldr x1, =0xffffffff
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2771, c0, x0, 0x0)
test_2772:
    mov x19, 2772
    ldr x1, =0xffffffff
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2772, c0, x0, 0x0)
test_2773:
    mov x19, 2773
    ldr x1, =0xffffffff
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2773, c0, x0, 0xffffffff)
test_2774:
    mov x19, 2774
    ldr x1, =0xffffffff
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2774, c0, x0, 0xffffffff)
test_2775:
    mov x19, 2775
    ldr x1, =0xffffffff
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2775, c0, x0, 0xffffffff)
test_2776:
    mov x19, 2776
    ldr x1, =0xffffffff
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2776, c0, x0, 0xffffffff)
test_2777:
    mov x19, 2777
    ldr x1, =0xffffffff
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2777, c0, x0, 0x55555555)
test_2778:
    mov x19, 2778
    ldr x1, =0xffffffff
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2778, c0, x0, 0x55555555)
test_2779:
    mov x19, 2779
    ldr x1, =0xffffffff
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2779, c0, x0, 0x55555555)
test_2780:
    mov x19, 2780
    ldr x1, =0xffffffff
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2780, c0, x0, 0x0)
test_2781:
    mov x19, 2781
    ldr x1, =0xffffffff
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2781, c0, x0, 0x24924924)
test_2782:
    mov x19, 2782
    ldr x1, =0xffffffff
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2782, c0, x0, 0x24924924)
test_2783:
    mov x19, 2783
    ldr x1, =0xffffffff
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2783, c0, x0, 0x24924924)
test_2784:
    mov x19, 2784
    ldr x1, =0xffffffff
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2784, c0, x0, 0x0)
test_2785:
    mov x19, 2785
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2785, c0, x0, 0x0)
test_2786:
    mov x19, 2786
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2786, c0, x0, 0xffffffff00000001)
test_2787:
    mov x19, 2787
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2787, c0, x0, 0x1)
test_2788:
    mov x19, 2788
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2788, c0, x0, 0x1)
test_2789:
    mov x19, 2789
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2789, c0, x0, 0x0)
test_2790:
    mov x19, 2790
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2790, c0, x0, 0x0)
test_2791:
    mov x19, 2791
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2791, c0, x0, 0x1)
test_2792:
    mov x19, 2792
    ldr x1, =0xffffffff
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2792, c0, x0, 0x1)
test_2793:
    mov x19, 2793
    ldr x1, =0xffffffff
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2793, c0, x0, 0x0)
test_2794:
    mov x19, 2794
    ldr x1, =0xffffffff
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2794, c0, x0, 0x0)
test_2795:
    mov x19, 2795
    ldr x1, =0xffffffff
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2795, c0, x0, 0x0)
test_2796:
    mov x19, 2796
    ldr x1, =0xffffffff
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2796, c0, x0, 0x0)
test_2797:
    mov x19, 2797
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2797, c0, x0, 0x0)
test_2798:
    mov x19, 2798
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2798, c0, x0, 0x0)
test_2799:
    mov x19, 2799
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2799, c0, x0, 0x1)
test_2800:
    mov x19, 2800
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2800, c0, x0, 0x0)
test_2801:
    mov x19, 2801
    ldr x1, =0xffffffff
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2801, c0, x0, 0x1)
test_2802:
    mov x19, 2802
    ldr x1, =0xffffffff
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2802, c0, x0, 0x1)
test_2803:
    mov x19, 2803
    ldr x1, =0xffffffff
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2803, c0, x0, 0x1)
test_2804:
    mov x19, 2804
    ldr x1, =0xffffffff
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2804, c0, x0, 0x0)
test_2805:
    mov x19, 2805
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2805, c0, x0, 0x1)
test_2806:
    mov x19, 2806
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2806, c0, x0, 0x1)
test_2807:
    mov x19, 2807
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2807, c0, x0, 0x1)
test_2808:
    mov x19, 2808
    ldr x1, =0xffffffff
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2808, c0, x0, 0x1)
test_2809:
    mov x19, 2809
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2809, c0, x0, 0x1)
test_2810:
    mov x19, 2810
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2810, c0, x0, 0x1)
test_2811:
    mov x19, 2811
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2811, c0, x0, 0x1)
test_2812:
    mov x19, 2812
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2812, c0, x0, 0x0)
test_2813:
    mov x19, 2813
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2813, c0, x0, 0x0)
test_2814:
    mov x19, 2814
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2814, c0, x0, 0xffffffffdb6db6dc)
test_2815:
    mov x19, 2815
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2815, c0, x0, 0x1)
test_2816:
    mov x19, 2816
    ldr x1, =0xffffffff
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2816, c0, x0, 0x0)
test_2817:
    mov x19, 2817
    ldr x1, =0xffffffff
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2817, c0, x0, 0x0)
test_2818:
    mov x19, 2818
    ldr x1, =0xffffffff
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2818, c0, x0, 0x0)
test_2819:
    mov x19, 2819
    ldr x1, =0xffffffff
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2819, c0, x0, 0x24924924)
test_2820:
    mov x19, 2820
    ldr x1, =0xffffffff
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2820, c0, x0, 0x0)
test_2821:
    mov x19, 2821
    ldr x1, =0xfffffffd
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2821, c0, x0, 0x0)
test_2822:
    mov x19, 2822
    ldr x1, =0xfffffffd
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2822, c0, x0, 0x0)
test_2823:
    mov x19, 2823
    ldr x1, =0xfffffffd
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2823, c0, x0, 0x0)
test_2824:
    mov x19, 2824
    ldr x1, =0xfffffffd
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2824, c0, x0, 0x0)
test_2825:
    mov x19, 2825
    ldr x1, =0xfffffffd
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2825, c0, x0, 0xfffffffd)
test_2826:
    mov x19, 2826
    ldr x1, =0xfffffffd
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2826, c0, x0, 0xfffffffd)
test_2827:
    mov x19, 2827
    ldr x1, =0xfffffffd
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2827, c0, x0, 0xfffffffd)
test_2828:
    mov x19, 2828
    ldr x1, =0xfffffffd
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2828, c0, x0, 0xfffffffd)
test_2829:
    mov x19, 2829
    ldr x1, =0xfffffffd
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2829, c0, x0, 0x55555554)
test_2830:
    mov x19, 2830
    ldr x1, =0xfffffffd
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2830, c0, x0, 0x55555554)
test_2831:
    mov x19, 2831
    ldr x1, =0xfffffffd
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2831, c0, x0, 0x55555554)
test_2832:
    mov x19, 2832
    ldr x1, =0xfffffffd
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2832, c0, x0, 0xffffffff)
test_2833:
    mov x19, 2833
    ldr x1, =0xfffffffd
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2833, c0, x0, 0x24924924)
test_2834:
    mov x19, 2834
    ldr x1, =0xfffffffd
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2834, c0, x0, 0x24924924)
test_2835:
    mov x19, 2835
    ldr x1, =0xfffffffd
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2835, c0, x0, 0x24924924)
test_2836:
    mov x19, 2836
    ldr x1, =0xfffffffd
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2836, c0, x0, 0x0)
test_2837:
    mov x19, 2837
    ldr x1, =0xfffffffd
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2837, c0, x0, 0x0)
test_2838:
    mov x19, 2838
    ldr x1, =0xfffffffd
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2838, c0, x0, 0xffffffff00000003)
test_2839:
    mov x19, 2839
    ldr x1, =0xfffffffd
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2839, c0, x0, 0x0)
test_2840:
    mov x19, 2840
    ldr x1, =0xfffffffd
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2840, c0, x0, 0x3)
test_2841:
    mov x19, 2841
    ldr x1, =0xfffffffd
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2841, c0, x0, 0x0)
test_2842:
    mov x19, 2842
    ldr x1, =0xfffffffd
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2842, c0, x0, 0x0)
test_2843:
    mov x19, 2843
    ldr x1, =0xfffffffd
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2843, c0, x0, 0x0)
test_2844:
    mov x19, 2844
    ldr x1, =0xfffffffd
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2844, c0, x0, 0x3)
test_2845:
    mov x19, 2845
    ldr x1, =0xfffffffd
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2845, c0, x0, 0x0)
test_2846:
    mov x19, 2846
    ldr x1, =0xfffffffd
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2846, c0, x0, 0x0)
test_2847:
    mov x19, 2847
    ldr x1, =0xfffffffd
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2847, c0, x0, 0x0)
test_2848:
    mov x19, 2848
    ldr x1, =0xfffffffd
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2848, c0, x0, 0x0)
test_2849:
    mov x19, 2849
    ldr x1, =0xfffffffd
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2849, c0, x0, 0x0)
test_2850:
    mov x19, 2850
    ldr x1, =0xfffffffd
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2850, c0, x0, 0x0)
test_2851:
    mov x19, 2851
    ldr x1, =0xfffffffd
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2851, c0, x0, 0x1)
test_2852:
    mov x19, 2852
    ldr x1, =0xfffffffd
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2852, c0, x0, 0x0)
test_2853:
    mov x19, 2853
    ldr x1, =0xfffffffd
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2853, c0, x0, 0x1)
test_2854:
    mov x19, 2854
    ldr x1, =0xfffffffd
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2854, c0, x0, 0x1)
test_2855:
    mov x19, 2855
    ldr x1, =0xfffffffd
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2855, c0, x0, 0x1)
test_2856:
    mov x19, 2856
    ldr x1, =0xfffffffd
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2856, c0, x0, 0x0)
test_2857:
    mov x19, 2857
    ldr x1, =0xfffffffd
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2857, c0, x0, 0x0)
test_2858:
    mov x19, 2858
    ldr x1, =0xfffffffd
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2858, c0, x0, 0x0)
test_2859:
    mov x19, 2859
    ldr x1, =0xfffffffd
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2859, c0, x0, 0x0)
test_2860:
    mov x19, 2860
    ldr x1, =0xfffffffd
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2860, c0, x0, 0x3)
test_2861:
    mov x19, 2861
    ldr x1, =0xfffffffd
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2861, c0, x0, 0x1)
test_2862:
    mov x19, 2862
    ldr x1, =0xfffffffd
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2862, c0, x0, 0x1)
test_2863:
    mov x19, 2863
    ldr x1, =0xfffffffd
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2863, c0, x0, 0x1)
test_2864:
    mov x19, 2864
    ldr x1, =0xfffffffd
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2864, c0, x0, 0x1)
test_2865:
    mov x19, 2865
    ldr x1, =0xfffffffd
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2865, c0, x0, 0x0)
test_2866:
    mov x19, 2866
    ldr x1, =0xfffffffd
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2866, c0, x0, 0xffffffffdb6db6dc)
test_2867:
    mov x19, 2867
    ldr x1, =0xfffffffd
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2867, c0, x0, 0x1)
test_2868:
    mov x19, 2868
    ldr x1, =0xfffffffd
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2868, c0, x0, 0x0)
test_2869:
    mov x19, 2869
    ldr x1, =0xfffffffd
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2869, c0, x0, 0x0)
test_2870:
    mov x19, 2870
    ldr x1, =0xfffffffd
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2870, c0, x0, 0x0)
test_2871:
    mov x19, 2871
    ldr x1, =0xfffffffd
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2871, c0, x0, 0x24924924)
test_2872:
    mov x19, 2872
    ldr x1, =0xfffffffd
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2872, c0, x0, 0x0)
test_2873:
    mov x19, 2873
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2873, c0, x0, 0x0)
test_2874:
    mov x19, 2874
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2874, c0, x0, 0x0)
test_2875:
    mov x19, 2875
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2875, c0, x0, 0x0)
test_2876:
    mov x19, 2876
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2876, c0, x0, 0x0)
test_2877:
    mov x19, 2877
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2877, c0, x0, 0xfffffffffffffff9)
test_2878:
    mov x19, 2878
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2878, c0, x0, 0xfffffffffffffff9)
test_2879:
    mov x19, 2879
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2879, c0, x0, 0xfffffff9)
test_2880:
    mov x19, 2880
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2880, c0, x0, 0xfffffff9)
test_2881:
    mov x19, 2881
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2881, c0, x0, 0x5555555555555553)
test_2882:
    mov x19, 2882
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2882, c0, x0, 0xfffffffffffffffe)
test_2883:
    mov x19, 2883
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2883, c0, x0, 0x55555553)
test_2884:
    mov x19, 2884
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2884, c0, x0, 0xfffffffe)
test_2885:
    mov x19, 2885
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2885, c0, x0, 0x2492492492492491)
test_2886:
    mov x19, 2886
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2886, c0, x0, 0xffffffffffffffff)
test_2887:
    mov x19, 2887
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2887, c0, x0, 0x24924923)
test_2888:
    mov x19, 2888
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2888, c0, x0, 0xffffffff)
test_2889:
    mov x19, 2889
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2889, c0, x0, 0x0)
test_2890:
    mov x19, 2890
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2890, c0, x0, 0x7)
test_2891:
    mov x19, 2891
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2891, c0, x0, 0x0)
test_2892:
    mov x19, 2892
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2892, c0, x0, 0x7)
test_2893:
    mov x19, 2893
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2893, c0, x0, 0x1)
test_2894:
    mov x19, 2894
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2894, c0, x0, 0x0)
test_2895:
    mov x19, 2895
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2895, c0, x0, 0x0)
test_2896:
    mov x19, 2896
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2896, c0, x0, 0x7)
test_2897:
    mov x19, 2897
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2897, c0, x0, 0x1)
test_2898:
    mov x19, 2898
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2898, c0, x0, 0x0)
test_2899:
    mov x19, 2899
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2899, c0, x0, 0x0)
test_2900:
    mov x19, 2900
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2900, c0, x0, 0x0)
test_2901:
    mov x19, 2901
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2901, c0, x0, 0xe)
test_2902:
    mov x19, 2902
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2902, c0, x0, 0x0)
test_2903:
    mov x19, 2903
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2903, c0, x0, 0x1)
test_2904:
    mov x19, 2904
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2904, c0, x0, 0x0)
test_2905:
    mov x19, 2905
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2905, c0, x0, 0x1ffffffff)
test_2906:
    mov x19, 2906
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2906, c0, x0, 0x0)
test_2907:
    mov x19, 2907
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2907, c0, x0, 0x1)
test_2908:
    mov x19, 2908
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2908, c0, x0, 0x0)
test_2909:
    mov x19, 2909
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2909, c0, x0, 0x100000000)
test_2910:
    mov x19, 2910
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2910, c0, x0, 0x0)
test_2911:
    mov x19, 2911
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2911, c0, x0, 0x0)
test_2912:
    mov x19, 2912
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2912, c0, x0, 0x7)
test_2913:
    mov x19, 2913
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2913, c0, x0, 0x100000003)
test_2914:
    mov x19, 2914
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2914, c0, x0, 0x0)
test_2915:
    mov x19, 2915
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2915, c0, x0, 0x0)
test_2916:
    mov x19, 2916
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2916, c0, x0, 0x2)
test_2917:
    mov x19, 2917
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2917, c0, x0, 0x1)
test_2918:
    mov x19, 2918
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2918, c0, x0, 0x1)
test_2919:
    mov x19, 2919
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2919, c0, x0, 0x1)
test_2920:
    mov x19, 2920
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2920, c0, x0, 0x1)
test_2921:
    mov x19, 2921
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2921, c0, x0, 0xfffffff9)
test_2922:
    mov x19, 2922
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2922, c0, x0, 0x0)
test_2923:
    mov x19, 2923
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2923, c0, x0, 0x24924923)
test_2924:
    mov x19, 2924
    ldr x1, =0xfffffffffffffff9
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2924, c0, x0, 0xffffffff)
test_2925:
    mov x19, 2925
    ldr x1, =0x100000007
    ldr x2, =0x0
    udiv x0, x1, x2
    CHECK_EQ_T(2925, c0, x0, 0x0)
test_2926:
    mov x19, 2926
    ldr x1, =0x100000007
    ldr x2, =0x0
    sdiv x0, x1, x2
    CHECK_EQ_T(2926, c0, x0, 0x0)
test_2927:
    mov x19, 2927
    ldr x1, =0x100000007
    ldr x2, =0x0
    udiv w0, w1, w2
    CHECK_EQ_T(2927, c0, x0, 0x0)
test_2928:
    mov x19, 2928
    ldr x1, =0x100000007
    ldr x2, =0x0
    sdiv w0, w1, w2
    CHECK_EQ_T(2928, c0, x0, 0x0)
test_2929:
    mov x19, 2929
    ldr x1, =0x100000007
    ldr x2, =0x1
    udiv x0, x1, x2
    CHECK_EQ_T(2929, c0, x0, 0x100000007)
test_2930:
    mov x19, 2930
    ldr x1, =0x100000007
    ldr x2, =0x1
    sdiv x0, x1, x2
    CHECK_EQ_T(2930, c0, x0, 0x100000007)
test_2931:
    mov x19, 2931
    ldr x1, =0x100000007
    ldr x2, =0x1
    udiv w0, w1, w2
    CHECK_EQ_T(2931, c0, x0, 0x7)
test_2932:
    mov x19, 2932
    ldr x1, =0x100000007
    ldr x2, =0x1
    sdiv w0, w1, w2
    CHECK_EQ_T(2932, c0, x0, 0x7)
test_2933:
    mov x19, 2933
    ldr x1, =0x100000007
    ldr x2, =0x3
    udiv x0, x1, x2
    CHECK_EQ_T(2933, c0, x0, 0x55555557)
test_2934:
    mov x19, 2934
    ldr x1, =0x100000007
    ldr x2, =0x3
    sdiv x0, x1, x2
    CHECK_EQ_T(2934, c0, x0, 0x55555557)
test_2935:
    mov x19, 2935
    ldr x1, =0x100000007
    ldr x2, =0x3
    udiv w0, w1, w2
    CHECK_EQ_T(2935, c0, x0, 0x2)
test_2936:
    mov x19, 2936
    ldr x1, =0x100000007
    ldr x2, =0x3
    sdiv w0, w1, w2
    CHECK_EQ_T(2936, c0, x0, 0x2)
test_2937:
    mov x19, 2937
    ldr x1, =0x100000007
    ldr x2, =0x7
    udiv x0, x1, x2
    CHECK_EQ_T(2937, c0, x0, 0x24924925)
test_2938:
    mov x19, 2938
    ldr x1, =0x100000007
    ldr x2, =0x7
    sdiv x0, x1, x2
    CHECK_EQ_T(2938, c0, x0, 0x24924925)
test_2939:
    mov x19, 2939
    ldr x1, =0x100000007
    ldr x2, =0x7
    udiv w0, w1, w2
    CHECK_EQ_T(2939, c0, x0, 0x1)
test_2940:
    mov x19, 2940
    ldr x1, =0x100000007
    ldr x2, =0x7
    sdiv w0, w1, w2
    CHECK_EQ_T(2940, c0, x0, 0x1)
test_2941:
    mov x19, 2941
    ldr x1, =0x100000007
    ldr x2, =0xffffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2941, c0, x0, 0x0)
test_2942:
    mov x19, 2942
    ldr x1, =0x100000007
    ldr x2, =0xffffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2942, c0, x0, 0xfffffffefffffff9)
test_2943:
    mov x19, 2943
    ldr x1, =0x100000007
    ldr x2, =0xffffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2943, c0, x0, 0x0)
test_2944:
    mov x19, 2944
    ldr x1, =0x100000007
    ldr x2, =0xffffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2944, c0, x0, 0xfffffff9)
test_2945:
    mov x19, 2945
    ldr x1, =0x100000007
    ldr x2, =0x7fffffffffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2945, c0, x0, 0x0)
test_2946:
    mov x19, 2946
    ldr x1, =0x100000007
    ldr x2, =0x7fffffffffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2946, c0, x0, 0x0)
test_2947:
    mov x19, 2947
    ldr x1, =0x100000007
    ldr x2, =0x7fffffffffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2947, c0, x0, 0x0)
test_2948:
    mov x19, 2948
    ldr x1, =0x100000007
    ldr x2, =0x7fffffffffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2948, c0, x0, 0xfffffff9)
test_2949:
    mov x19, 2949
    ldr x1, =0x100000007
    ldr x2, =0x8000000000000000
    udiv x0, x1, x2
    CHECK_EQ_T(2949, c0, x0, 0x0)
test_2950:
    mov x19, 2950
    ldr x1, =0x100000007
    ldr x2, =0x8000000000000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2950, c0, x0, 0x0)
test_2951:
    mov x19, 2951
    ldr x1, =0x100000007
    ldr x2, =0x8000000000000000
    udiv w0, w1, w2
    CHECK_EQ_T(2951, c0, x0, 0x0)
test_2952:
    mov x19, 2952
    ldr x1, =0x100000007
    ldr x2, =0x8000000000000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2952, c0, x0, 0x0)
test_2953:
    mov x19, 2953
    ldr x1, =0x100000007
    ldr x2, =0x123456789abcdef0
    udiv x0, x1, x2
    CHECK_EQ_T(2953, c0, x0, 0x0)
test_2954:
    mov x19, 2954
    ldr x1, =0x100000007
    ldr x2, =0x123456789abcdef0
    sdiv x0, x1, x2
    CHECK_EQ_T(2954, c0, x0, 0x0)
test_2955:
    mov x19, 2955
    ldr x1, =0x100000007
    ldr x2, =0x123456789abcdef0
    udiv w0, w1, w2
    CHECK_EQ_T(2955, c0, x0, 0x0)
test_2956:
    mov x19, 2956
    ldr x1, =0x100000007
    ldr x2, =0x123456789abcdef0
    sdiv w0, w1, w2
    CHECK_EQ_T(2956, c0, x0, 0x0)
test_2957:
    mov x19, 2957
    ldr x1, =0x100000007
    ldr x2, =0x80000000
    udiv x0, x1, x2
    CHECK_EQ_T(2957, c0, x0, 0x2)
test_2958:
    mov x19, 2958
    ldr x1, =0x100000007
    ldr x2, =0x80000000
    sdiv x0, x1, x2
    CHECK_EQ_T(2958, c0, x0, 0x2)
test_2959:
    mov x19, 2959
    ldr x1, =0x100000007
    ldr x2, =0x80000000
    udiv w0, w1, w2
    CHECK_EQ_T(2959, c0, x0, 0x0)
test_2960:
    mov x19, 2960
    ldr x1, =0x100000007
    ldr x2, =0x80000000
    sdiv w0, w1, w2
    CHECK_EQ_T(2960, c0, x0, 0x0)
test_2961:
    mov x19, 2961
    ldr x1, =0x100000007
    ldr x2, =0xffffffff
    udiv x0, x1, x2
    CHECK_EQ_T(2961, c0, x0, 0x1)
test_2962:
    mov x19, 2962
    ldr x1, =0x100000007
    ldr x2, =0xffffffff
    sdiv x0, x1, x2
    CHECK_EQ_T(2962, c0, x0, 0x1)
test_2963:
    mov x19, 2963
    ldr x1, =0x100000007
    ldr x2, =0xffffffff
    udiv w0, w1, w2
    CHECK_EQ_T(2963, c0, x0, 0x0)
test_2964:
    mov x19, 2964
    ldr x1, =0x100000007
    ldr x2, =0xffffffff
    sdiv w0, w1, w2
    CHECK_EQ_T(2964, c0, x0, 0xfffffff9)
test_2965:
    mov x19, 2965
    ldr x1, =0x100000007
    ldr x2, =0xfffffffd
    udiv x0, x1, x2
    CHECK_EQ_T(2965, c0, x0, 0x1)
test_2966:
    mov x19, 2966
    ldr x1, =0x100000007
    ldr x2, =0xfffffffd
    sdiv x0, x1, x2
    CHECK_EQ_T(2966, c0, x0, 0x1)
test_2967:
    mov x19, 2967
    ldr x1, =0x100000007
    ldr x2, =0xfffffffd
    udiv w0, w1, w2
    CHECK_EQ_T(2967, c0, x0, 0x0)
test_2968:
    mov x19, 2968
    ldr x1, =0x100000007
    ldr x2, =0xfffffffd
    sdiv w0, w1, w2
    CHECK_EQ_T(2968, c0, x0, 0xfffffffe)
test_2969:
    mov x19, 2969
    ldr x1, =0x100000007
    ldr x2, =0xfffffffffffffff9
    udiv x0, x1, x2
    CHECK_EQ_T(2969, c0, x0, 0x0)
test_2970:
    mov x19, 2970
    ldr x1, =0x100000007
    ldr x2, =0xfffffffffffffff9
    sdiv x0, x1, x2
    CHECK_EQ_T(2970, c0, x0, 0xffffffffdb6db6db)
test_2971:
    mov x19, 2971
    ldr x1, =0x100000007
    ldr x2, =0xfffffffffffffff9
    udiv w0, w1, w2
    CHECK_EQ_T(2971, c0, x0, 0x0)
test_2972:
    mov x19, 2972
    ldr x1, =0x100000007
    ldr x2, =0xfffffffffffffff9
    sdiv w0, w1, w2
    CHECK_EQ_T(2972, c0, x0, 0xffffffff)
test_2973:
    mov x19, 2973
    ldr x1, =0x100000007
    ldr x2, =0x100000007
    udiv x0, x1, x2
    CHECK_EQ_T(2973, c0, x0, 0x1)
test_2974:
    mov x19, 2974
    ldr x1, =0x100000007
    ldr x2, =0x100000007
    sdiv x0, x1, x2
    CHECK_EQ_T(2974, c0, x0, 0x1)
test_2975:
    mov x19, 2975
    ldr x1, =0x100000007
    ldr x2, =0x100000007
    udiv w0, w1, w2
    CHECK_EQ_T(2975, c0, x0, 0x1)
test_2976:
    mov x19, 2976
    ldr x1, =0x100000007
    ldr x2, =0x100000007
    sdiv w0, w1, w2
    CHECK_EQ_T(2976, c0, x0, 0x1)
    b pass
TEST_END
