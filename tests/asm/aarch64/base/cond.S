/* Condition codes: CSEL/CSET/CSETM/B.cond for all 16 conditions over all 16
 * NZCV states; CSINC/CSINV/CSNEG; CCMP/CCMN (register, immediate, AL/NV).
 * Expected values come from the Arm ARM pseudo-code, evaluated in Python. */
#include "test.h"

TEST_BEGIN
test_521:
    mov x19, 521
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(521, c0, x0, 0x16)
    CHECK_EQ_T(521, f, x3, 0x0)
test_522:
    mov x19, 522
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(522, c0, x0, 0xb)
    CHECK_EQ_T(522, f, x3, 0x0)
test_523:
    mov x19, 523
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(523, c0, x0, 0x16)
    CHECK_EQ_T(523, f, x3, 0x0)
test_524:
    mov x19, 524
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(524, c0, x0, 0xb)
    CHECK_EQ_T(524, f, x3, 0x0)
test_525:
    mov x19, 525
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(525, c0, x0, 0x16)
    CHECK_EQ_T(525, f, x3, 0x0)
test_526:
    mov x19, 526
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(526, c0, x0, 0xb)
    CHECK_EQ_T(526, f, x3, 0x0)
test_527:
    mov x19, 527
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(527, c0, x0, 0x16)
    CHECK_EQ_T(527, f, x3, 0x0)
test_528:
    mov x19, 528
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(528, c0, x0, 0xb)
    CHECK_EQ_T(528, f, x3, 0x0)
test_529:
    mov x19, 529
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(529, c0, x0, 0x16)
    CHECK_EQ_T(529, f, x3, 0x0)
test_530:
    mov x19, 530
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(530, c0, x0, 0xb)
    CHECK_EQ_T(530, f, x3, 0x0)
test_531:
    mov x19, 531
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(531, c0, x0, 0xb)
    CHECK_EQ_T(531, f, x3, 0x0)
test_532:
    mov x19, 532
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(532, c0, x0, 0x16)
    CHECK_EQ_T(532, f, x3, 0x0)
test_533:
    mov x19, 533
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(533, c0, x0, 0xb)
    CHECK_EQ_T(533, f, x3, 0x0)
test_534:
    mov x19, 534
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(534, c0, x0, 0x16)
    CHECK_EQ_T(534, f, x3, 0x0)
test_535:
    mov x19, 535
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(535, c0, x0, 0xb)
    CHECK_EQ_T(535, f, x3, 0x0)
test_536:
    mov x19, 536
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(536, c0, x0, 0xb)
    CHECK_EQ_T(536, f, x3, 0x0)
test_537:
    mov x19, 537
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(537, c0, x0, 0x0)
    CHECK_EQ_T(537, c1, x1, 0x0)
    CHECK_EQ_T(537, f, x3, 0x0)
test_538:
    mov x19, 538
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(538, c0, x0, 0x1)
    CHECK_EQ_T(538, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(538, f, x3, 0x0)
test_539:
    mov x19, 539
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(539, c0, x0, 0x0)
    CHECK_EQ_T(539, c1, x1, 0x0)
    CHECK_EQ_T(539, f, x3, 0x0)
test_540:
    mov x19, 540
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(540, c0, x0, 0x1)
    CHECK_EQ_T(540, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(540, f, x3, 0x0)
test_541:
    mov x19, 541
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(541, c0, x0, 0x0)
    CHECK_EQ_T(541, c1, x1, 0x0)
    CHECK_EQ_T(541, f, x3, 0x0)
test_542:
    mov x19, 542
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(542, c0, x0, 0x1)
    CHECK_EQ_T(542, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(542, f, x3, 0x0)
test_543:
    mov x19, 543
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(543, c0, x0, 0x0)
    CHECK_EQ_T(543, c1, x1, 0x0)
    CHECK_EQ_T(543, f, x3, 0x0)
test_544:
    mov x19, 544
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(544, c0, x0, 0x1)
    CHECK_EQ_T(544, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(544, f, x3, 0x0)
test_545:
    mov x19, 545
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(545, c0, x0, 0x0)
    CHECK_EQ_T(545, c1, x1, 0x0)
    CHECK_EQ_T(545, f, x3, 0x0)
test_546:
    mov x19, 546
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(546, c0, x0, 0x1)
    CHECK_EQ_T(546, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(546, f, x3, 0x0)
test_547:
    mov x19, 547
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(547, c0, x0, 0x1)
    CHECK_EQ_T(547, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(547, f, x3, 0x0)
test_548:
    mov x19, 548
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(548, c0, x0, 0x0)
    CHECK_EQ_T(548, c1, x1, 0x0)
    CHECK_EQ_T(548, f, x3, 0x0)
test_549:
    mov x19, 549
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(549, c0, x0, 0x1)
    CHECK_EQ_T(549, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(549, f, x3, 0x0)
test_550:
    mov x19, 550
    ldr x4, =0x0
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(550, c0, x0, 0x0)
    CHECK_EQ_T(550, c1, x1, 0x0)
    CHECK_EQ_T(550, f, x3, 0x0)
test_551:
    mov x19, 551
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(551, c0, x0, 0x2)
    CHECK_EQ_T(551, f, x3, 0x0)
test_552:
    mov x19, 552
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(552, c0, x0, 0x1)
    CHECK_EQ_T(552, f, x3, 0x0)
test_553:
    mov x19, 553
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(553, c0, x0, 0x2)
    CHECK_EQ_T(553, f, x3, 0x0)
test_554:
    mov x19, 554
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(554, c0, x0, 0x1)
    CHECK_EQ_T(554, f, x3, 0x0)
test_555:
    mov x19, 555
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(555, c0, x0, 0x2)
    CHECK_EQ_T(555, f, x3, 0x0)
test_556:
    mov x19, 556
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(556, c0, x0, 0x1)
    CHECK_EQ_T(556, f, x3, 0x0)
test_557:
    mov x19, 557
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(557, c0, x0, 0x2)
    CHECK_EQ_T(557, f, x3, 0x0)
test_558:
    mov x19, 558
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(558, c0, x0, 0x1)
    CHECK_EQ_T(558, f, x3, 0x0)
test_559:
    mov x19, 559
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(559, c0, x0, 0x2)
    CHECK_EQ_T(559, f, x3, 0x0)
test_560:
    mov x19, 560
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(560, c0, x0, 0x1)
    CHECK_EQ_T(560, f, x3, 0x0)
test_561:
    mov x19, 561
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(561, c0, x0, 0x1)
    CHECK_EQ_T(561, f, x3, 0x0)
test_562:
    mov x19, 562
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(562, c0, x0, 0x2)
    CHECK_EQ_T(562, f, x3, 0x0)
test_563:
    mov x19, 563
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(563, c0, x0, 0x1)
    CHECK_EQ_T(563, f, x3, 0x0)
test_564:
    mov x19, 564
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(564, c0, x0, 0x2)
    CHECK_EQ_T(564, f, x3, 0x0)
test_565:
    mov x19, 565
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(565, c0, x0, 0x1)
    CHECK_EQ_T(565, f, x3, 0x0)
test_566:
    mov x19, 566
    ldr x4, =0x0
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(566, c0, x0, 0x1)
    CHECK_EQ_T(566, f, x3, 0x0)
test_567:
    mov x19, 567
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(567, c0, x0, 0x16)
    CHECK_EQ_T(567, f, x3, 0x10000000)
test_568:
    mov x19, 568
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(568, c0, x0, 0xb)
    CHECK_EQ_T(568, f, x3, 0x10000000)
test_569:
    mov x19, 569
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(569, c0, x0, 0x16)
    CHECK_EQ_T(569, f, x3, 0x10000000)
test_570:
    mov x19, 570
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(570, c0, x0, 0xb)
    CHECK_EQ_T(570, f, x3, 0x10000000)
test_571:
    mov x19, 571
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(571, c0, x0, 0x16)
    CHECK_EQ_T(571, f, x3, 0x10000000)
test_572:
    mov x19, 572
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(572, c0, x0, 0xb)
    CHECK_EQ_T(572, f, x3, 0x10000000)
test_573:
    mov x19, 573
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(573, c0, x0, 0xb)
    CHECK_EQ_T(573, f, x3, 0x10000000)
test_574:
    mov x19, 574
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(574, c0, x0, 0x16)
    CHECK_EQ_T(574, f, x3, 0x10000000)
test_575:
    mov x19, 575
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(575, c0, x0, 0x16)
    CHECK_EQ_T(575, f, x3, 0x10000000)
test_576:
    mov x19, 576
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(576, c0, x0, 0xb)
    CHECK_EQ_T(576, f, x3, 0x10000000)
test_577:
    mov x19, 577
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(577, c0, x0, 0x16)
    CHECK_EQ_T(577, f, x3, 0x10000000)
test_578:
    mov x19, 578
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(578, c0, x0, 0xb)
    CHECK_EQ_T(578, f, x3, 0x10000000)
test_579:
    mov x19, 579
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(579, c0, x0, 0x16)
    CHECK_EQ_T(579, f, x3, 0x10000000)
test_580:
    mov x19, 580
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(580, c0, x0, 0xb)
    CHECK_EQ_T(580, f, x3, 0x10000000)
test_581:
    mov x19, 581
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(581, c0, x0, 0xb)
    CHECK_EQ_T(581, f, x3, 0x10000000)
test_582:
    mov x19, 582
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(582, c0, x0, 0xb)
    CHECK_EQ_T(582, f, x3, 0x10000000)
test_583:
    mov x19, 583
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(583, c0, x0, 0x0)
    CHECK_EQ_T(583, c1, x1, 0x0)
    CHECK_EQ_T(583, f, x3, 0x10000000)
test_584:
    mov x19, 584
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(584, c0, x0, 0x1)
    CHECK_EQ_T(584, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(584, f, x3, 0x10000000)
test_585:
    mov x19, 585
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(585, c0, x0, 0x0)
    CHECK_EQ_T(585, c1, x1, 0x0)
    CHECK_EQ_T(585, f, x3, 0x10000000)
test_586:
    mov x19, 586
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(586, c0, x0, 0x1)
    CHECK_EQ_T(586, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(586, f, x3, 0x10000000)
test_587:
    mov x19, 587
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(587, c0, x0, 0x0)
    CHECK_EQ_T(587, c1, x1, 0x0)
    CHECK_EQ_T(587, f, x3, 0x10000000)
test_588:
    mov x19, 588
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(588, c0, x0, 0x1)
    CHECK_EQ_T(588, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(588, f, x3, 0x10000000)
test_589:
    mov x19, 589
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(589, c0, x0, 0x1)
    CHECK_EQ_T(589, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(589, f, x3, 0x10000000)
test_590:
    mov x19, 590
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(590, c0, x0, 0x0)
    CHECK_EQ_T(590, c1, x1, 0x0)
    CHECK_EQ_T(590, f, x3, 0x10000000)
test_591:
    mov x19, 591
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(591, c0, x0, 0x0)
    CHECK_EQ_T(591, c1, x1, 0x0)
    CHECK_EQ_T(591, f, x3, 0x10000000)
test_592:
    mov x19, 592
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(592, c0, x0, 0x1)
    CHECK_EQ_T(592, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(592, f, x3, 0x10000000)
test_593:
    mov x19, 593
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(593, c0, x0, 0x0)
    CHECK_EQ_T(593, c1, x1, 0x0)
    CHECK_EQ_T(593, f, x3, 0x10000000)
test_594:
    mov x19, 594
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(594, c0, x0, 0x1)
    CHECK_EQ_T(594, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(594, f, x3, 0x10000000)
test_595:
    mov x19, 595
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(595, c0, x0, 0x0)
    CHECK_EQ_T(595, c1, x1, 0x0)
    CHECK_EQ_T(595, f, x3, 0x10000000)
test_596:
    mov x19, 596
    ldr x4, =0x10000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(596, c0, x0, 0x1)
    CHECK_EQ_T(596, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(596, f, x3, 0x10000000)
test_597:
    mov x19, 597
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(597, c0, x0, 0x2)
    CHECK_EQ_T(597, f, x3, 0x10000000)
test_598:
    mov x19, 598
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(598, c0, x0, 0x1)
    CHECK_EQ_T(598, f, x3, 0x10000000)
test_599:
    mov x19, 599
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(599, c0, x0, 0x2)
    CHECK_EQ_T(599, f, x3, 0x10000000)
test_600:
    mov x19, 600
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(600, c0, x0, 0x1)
    CHECK_EQ_T(600, f, x3, 0x10000000)
test_601:
    mov x19, 601
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(601, c0, x0, 0x2)
    CHECK_EQ_T(601, f, x3, 0x10000000)
test_602:
    mov x19, 602
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(602, c0, x0, 0x1)
    CHECK_EQ_T(602, f, x3, 0x10000000)
test_603:
    mov x19, 603
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(603, c0, x0, 0x1)
    CHECK_EQ_T(603, f, x3, 0x10000000)
test_604:
    mov x19, 604
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(604, c0, x0, 0x2)
    CHECK_EQ_T(604, f, x3, 0x10000000)
test_605:
    mov x19, 605
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(605, c0, x0, 0x2)
    CHECK_EQ_T(605, f, x3, 0x10000000)
test_606:
    mov x19, 606
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(606, c0, x0, 0x1)
    CHECK_EQ_T(606, f, x3, 0x10000000)
test_607:
    mov x19, 607
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(607, c0, x0, 0x2)
    CHECK_EQ_T(607, f, x3, 0x10000000)
test_608:
    mov x19, 608
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(608, c0, x0, 0x1)
    CHECK_EQ_T(608, f, x3, 0x10000000)
test_609:
    mov x19, 609
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(609, c0, x0, 0x2)
    CHECK_EQ_T(609, f, x3, 0x10000000)
test_610:
    mov x19, 610
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(610, c0, x0, 0x1)
    CHECK_EQ_T(610, f, x3, 0x10000000)
test_611:
    mov x19, 611
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(611, c0, x0, 0x1)
    CHECK_EQ_T(611, f, x3, 0x10000000)
test_612:
    mov x19, 612
    ldr x4, =0x10000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(612, c0, x0, 0x1)
    CHECK_EQ_T(612, f, x3, 0x10000000)
test_613:
    mov x19, 613
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(613, c0, x0, 0x16)
    CHECK_EQ_T(613, f, x3, 0x20000000)
test_614:
    mov x19, 614
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(614, c0, x0, 0xb)
    CHECK_EQ_T(614, f, x3, 0x20000000)
test_615:
    mov x19, 615
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(615, c0, x0, 0xb)
    CHECK_EQ_T(615, f, x3, 0x20000000)
test_616:
    mov x19, 616
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(616, c0, x0, 0x16)
    CHECK_EQ_T(616, f, x3, 0x20000000)
test_617:
    mov x19, 617
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(617, c0, x0, 0x16)
    CHECK_EQ_T(617, f, x3, 0x20000000)
test_618:
    mov x19, 618
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(618, c0, x0, 0xb)
    CHECK_EQ_T(618, f, x3, 0x20000000)
test_619:
    mov x19, 619
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(619, c0, x0, 0x16)
    CHECK_EQ_T(619, f, x3, 0x20000000)
test_620:
    mov x19, 620
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(620, c0, x0, 0xb)
    CHECK_EQ_T(620, f, x3, 0x20000000)
test_621:
    mov x19, 621
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(621, c0, x0, 0xb)
    CHECK_EQ_T(621, f, x3, 0x20000000)
test_622:
    mov x19, 622
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(622, c0, x0, 0x16)
    CHECK_EQ_T(622, f, x3, 0x20000000)
test_623:
    mov x19, 623
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(623, c0, x0, 0xb)
    CHECK_EQ_T(623, f, x3, 0x20000000)
test_624:
    mov x19, 624
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(624, c0, x0, 0x16)
    CHECK_EQ_T(624, f, x3, 0x20000000)
test_625:
    mov x19, 625
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(625, c0, x0, 0xb)
    CHECK_EQ_T(625, f, x3, 0x20000000)
test_626:
    mov x19, 626
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(626, c0, x0, 0x16)
    CHECK_EQ_T(626, f, x3, 0x20000000)
test_627:
    mov x19, 627
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(627, c0, x0, 0xb)
    CHECK_EQ_T(627, f, x3, 0x20000000)
test_628:
    mov x19, 628
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(628, c0, x0, 0xb)
    CHECK_EQ_T(628, f, x3, 0x20000000)
test_629:
    mov x19, 629
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(629, c0, x0, 0x0)
    CHECK_EQ_T(629, c1, x1, 0x0)
    CHECK_EQ_T(629, f, x3, 0x20000000)
test_630:
    mov x19, 630
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(630, c0, x0, 0x1)
    CHECK_EQ_T(630, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(630, f, x3, 0x20000000)
test_631:
    mov x19, 631
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(631, c0, x0, 0x1)
    CHECK_EQ_T(631, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(631, f, x3, 0x20000000)
test_632:
    mov x19, 632
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(632, c0, x0, 0x0)
    CHECK_EQ_T(632, c1, x1, 0x0)
    CHECK_EQ_T(632, f, x3, 0x20000000)
test_633:
    mov x19, 633
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(633, c0, x0, 0x0)
    CHECK_EQ_T(633, c1, x1, 0x0)
    CHECK_EQ_T(633, f, x3, 0x20000000)
test_634:
    mov x19, 634
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(634, c0, x0, 0x1)
    CHECK_EQ_T(634, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(634, f, x3, 0x20000000)
test_635:
    mov x19, 635
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(635, c0, x0, 0x0)
    CHECK_EQ_T(635, c1, x1, 0x0)
    CHECK_EQ_T(635, f, x3, 0x20000000)
test_636:
    mov x19, 636
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(636, c0, x0, 0x1)
    CHECK_EQ_T(636, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(636, f, x3, 0x20000000)
test_637:
    mov x19, 637
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(637, c0, x0, 0x1)
    CHECK_EQ_T(637, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(637, f, x3, 0x20000000)
test_638:
    mov x19, 638
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(638, c0, x0, 0x0)
    CHECK_EQ_T(638, c1, x1, 0x0)
    CHECK_EQ_T(638, f, x3, 0x20000000)
test_639:
    mov x19, 639
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(639, c0, x0, 0x1)
    CHECK_EQ_T(639, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(639, f, x3, 0x20000000)
test_640:
    mov x19, 640
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(640, c0, x0, 0x0)
    CHECK_EQ_T(640, c1, x1, 0x0)
    CHECK_EQ_T(640, f, x3, 0x20000000)
test_641:
    mov x19, 641
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(641, c0, x0, 0x1)
    CHECK_EQ_T(641, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(641, f, x3, 0x20000000)
test_642:
    mov x19, 642
    ldr x4, =0x20000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(642, c0, x0, 0x0)
    CHECK_EQ_T(642, c1, x1, 0x0)
    CHECK_EQ_T(642, f, x3, 0x20000000)
test_643:
    mov x19, 643
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(643, c0, x0, 0x2)
    CHECK_EQ_T(643, f, x3, 0x20000000)
test_644:
    mov x19, 644
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(644, c0, x0, 0x1)
    CHECK_EQ_T(644, f, x3, 0x20000000)
test_645:
    mov x19, 645
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(645, c0, x0, 0x1)
    CHECK_EQ_T(645, f, x3, 0x20000000)
test_646:
    mov x19, 646
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(646, c0, x0, 0x2)
    CHECK_EQ_T(646, f, x3, 0x20000000)
test_647:
    mov x19, 647
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(647, c0, x0, 0x2)
    CHECK_EQ_T(647, f, x3, 0x20000000)
test_648:
    mov x19, 648
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(648, c0, x0, 0x1)
    CHECK_EQ_T(648, f, x3, 0x20000000)
test_649:
    mov x19, 649
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(649, c0, x0, 0x2)
    CHECK_EQ_T(649, f, x3, 0x20000000)
test_650:
    mov x19, 650
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(650, c0, x0, 0x1)
    CHECK_EQ_T(650, f, x3, 0x20000000)
test_651:
    mov x19, 651
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(651, c0, x0, 0x1)
    CHECK_EQ_T(651, f, x3, 0x20000000)
test_652:
    mov x19, 652
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(652, c0, x0, 0x2)
    CHECK_EQ_T(652, f, x3, 0x20000000)
test_653:
    mov x19, 653
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(653, c0, x0, 0x1)
    CHECK_EQ_T(653, f, x3, 0x20000000)
test_654:
    mov x19, 654
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(654, c0, x0, 0x2)
    CHECK_EQ_T(654, f, x3, 0x20000000)
test_655:
    mov x19, 655
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(655, c0, x0, 0x1)
    CHECK_EQ_T(655, f, x3, 0x20000000)
test_656:
    mov x19, 656
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(656, c0, x0, 0x2)
    CHECK_EQ_T(656, f, x3, 0x20000000)
test_657:
    mov x19, 657
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(657, c0, x0, 0x1)
    CHECK_EQ_T(657, f, x3, 0x20000000)
test_658:
    mov x19, 658
    ldr x4, =0x20000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(658, c0, x0, 0x1)
    CHECK_EQ_T(658, f, x3, 0x20000000)
test_659:
    mov x19, 659
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(659, c0, x0, 0x16)
    CHECK_EQ_T(659, f, x3, 0x30000000)
test_660:
    mov x19, 660
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(660, c0, x0, 0xb)
    CHECK_EQ_T(660, f, x3, 0x30000000)
test_661:
    mov x19, 661
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(661, c0, x0, 0xb)
    CHECK_EQ_T(661, f, x3, 0x30000000)
test_662:
    mov x19, 662
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(662, c0, x0, 0x16)
    CHECK_EQ_T(662, f, x3, 0x30000000)
test_663:
    mov x19, 663
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(663, c0, x0, 0x16)
    CHECK_EQ_T(663, f, x3, 0x30000000)
test_664:
    mov x19, 664
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(664, c0, x0, 0xb)
    CHECK_EQ_T(664, f, x3, 0x30000000)
test_665:
    mov x19, 665
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(665, c0, x0, 0xb)
    CHECK_EQ_T(665, f, x3, 0x30000000)
test_666:
    mov x19, 666
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(666, c0, x0, 0x16)
    CHECK_EQ_T(666, f, x3, 0x30000000)
test_667:
    mov x19, 667
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(667, c0, x0, 0xb)
    CHECK_EQ_T(667, f, x3, 0x30000000)
test_668:
    mov x19, 668
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(668, c0, x0, 0x16)
    CHECK_EQ_T(668, f, x3, 0x30000000)
test_669:
    mov x19, 669
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(669, c0, x0, 0x16)
    CHECK_EQ_T(669, f, x3, 0x30000000)
test_670:
    mov x19, 670
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(670, c0, x0, 0xb)
    CHECK_EQ_T(670, f, x3, 0x30000000)
test_671:
    mov x19, 671
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(671, c0, x0, 0x16)
    CHECK_EQ_T(671, f, x3, 0x30000000)
test_672:
    mov x19, 672
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(672, c0, x0, 0xb)
    CHECK_EQ_T(672, f, x3, 0x30000000)
test_673:
    mov x19, 673
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(673, c0, x0, 0xb)
    CHECK_EQ_T(673, f, x3, 0x30000000)
test_674:
    mov x19, 674
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(674, c0, x0, 0xb)
    CHECK_EQ_T(674, f, x3, 0x30000000)
test_675:
    mov x19, 675
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(675, c0, x0, 0x0)
    CHECK_EQ_T(675, c1, x1, 0x0)
    CHECK_EQ_T(675, f, x3, 0x30000000)
test_676:
    mov x19, 676
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(676, c0, x0, 0x1)
    CHECK_EQ_T(676, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(676, f, x3, 0x30000000)
test_677:
    mov x19, 677
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(677, c0, x0, 0x1)
    CHECK_EQ_T(677, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(677, f, x3, 0x30000000)
test_678:
    mov x19, 678
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(678, c0, x0, 0x0)
    CHECK_EQ_T(678, c1, x1, 0x0)
    CHECK_EQ_T(678, f, x3, 0x30000000)
test_679:
    mov x19, 679
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(679, c0, x0, 0x0)
    CHECK_EQ_T(679, c1, x1, 0x0)
    CHECK_EQ_T(679, f, x3, 0x30000000)
test_680:
    mov x19, 680
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(680, c0, x0, 0x1)
    CHECK_EQ_T(680, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(680, f, x3, 0x30000000)
test_681:
    mov x19, 681
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(681, c0, x0, 0x1)
    CHECK_EQ_T(681, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(681, f, x3, 0x30000000)
test_682:
    mov x19, 682
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(682, c0, x0, 0x0)
    CHECK_EQ_T(682, c1, x1, 0x0)
    CHECK_EQ_T(682, f, x3, 0x30000000)
test_683:
    mov x19, 683
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(683, c0, x0, 0x1)
    CHECK_EQ_T(683, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(683, f, x3, 0x30000000)
test_684:
    mov x19, 684
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(684, c0, x0, 0x0)
    CHECK_EQ_T(684, c1, x1, 0x0)
    CHECK_EQ_T(684, f, x3, 0x30000000)
test_685:
    mov x19, 685
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(685, c0, x0, 0x0)
    CHECK_EQ_T(685, c1, x1, 0x0)
    CHECK_EQ_T(685, f, x3, 0x30000000)
test_686:
    mov x19, 686
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(686, c0, x0, 0x1)
    CHECK_EQ_T(686, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(686, f, x3, 0x30000000)
test_687:
    mov x19, 687
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(687, c0, x0, 0x0)
    CHECK_EQ_T(687, c1, x1, 0x0)
    CHECK_EQ_T(687, f, x3, 0x30000000)
test_688:
    mov x19, 688
    ldr x4, =0x30000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(688, c0, x0, 0x1)
    CHECK_EQ_T(688, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(688, f, x3, 0x30000000)
test_689:
    mov x19, 689
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(689, c0, x0, 0x2)
    CHECK_EQ_T(689, f, x3, 0x30000000)
test_690:
    mov x19, 690
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(690, c0, x0, 0x1)
    CHECK_EQ_T(690, f, x3, 0x30000000)
test_691:
    mov x19, 691
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(691, c0, x0, 0x1)
    CHECK_EQ_T(691, f, x3, 0x30000000)
test_692:
    mov x19, 692
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(692, c0, x0, 0x2)
    CHECK_EQ_T(692, f, x3, 0x30000000)
test_693:
    mov x19, 693
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(693, c0, x0, 0x2)
    CHECK_EQ_T(693, f, x3, 0x30000000)
test_694:
    mov x19, 694
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(694, c0, x0, 0x1)
    CHECK_EQ_T(694, f, x3, 0x30000000)
test_695:
    mov x19, 695
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(695, c0, x0, 0x1)
    CHECK_EQ_T(695, f, x3, 0x30000000)
test_696:
    mov x19, 696
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(696, c0, x0, 0x2)
    CHECK_EQ_T(696, f, x3, 0x30000000)
test_697:
    mov x19, 697
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(697, c0, x0, 0x1)
    CHECK_EQ_T(697, f, x3, 0x30000000)
test_698:
    mov x19, 698
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(698, c0, x0, 0x2)
    CHECK_EQ_T(698, f, x3, 0x30000000)
test_699:
    mov x19, 699
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(699, c0, x0, 0x2)
    CHECK_EQ_T(699, f, x3, 0x30000000)
test_700:
    mov x19, 700
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(700, c0, x0, 0x1)
    CHECK_EQ_T(700, f, x3, 0x30000000)
test_701:
    mov x19, 701
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(701, c0, x0, 0x2)
    CHECK_EQ_T(701, f, x3, 0x30000000)
test_702:
    mov x19, 702
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(702, c0, x0, 0x1)
    CHECK_EQ_T(702, f, x3, 0x30000000)
test_703:
    mov x19, 703
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(703, c0, x0, 0x1)
    CHECK_EQ_T(703, f, x3, 0x30000000)
test_704:
    mov x19, 704
    ldr x4, =0x30000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(704, c0, x0, 0x1)
    CHECK_EQ_T(704, f, x3, 0x30000000)
test_705:
    mov x19, 705
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(705, c0, x0, 0xb)
    CHECK_EQ_T(705, f, x3, 0x40000000)
test_706:
    mov x19, 706
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(706, c0, x0, 0x16)
    CHECK_EQ_T(706, f, x3, 0x40000000)
test_707:
    mov x19, 707
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(707, c0, x0, 0x16)
    CHECK_EQ_T(707, f, x3, 0x40000000)
test_708:
    mov x19, 708
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(708, c0, x0, 0xb)
    CHECK_EQ_T(708, f, x3, 0x40000000)
test_709:
    mov x19, 709
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(709, c0, x0, 0x16)
    CHECK_EQ_T(709, f, x3, 0x40000000)
test_710:
    mov x19, 710
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(710, c0, x0, 0xb)
    CHECK_EQ_T(710, f, x3, 0x40000000)
test_711:
    mov x19, 711
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(711, c0, x0, 0x16)
    CHECK_EQ_T(711, f, x3, 0x40000000)
test_712:
    mov x19, 712
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(712, c0, x0, 0xb)
    CHECK_EQ_T(712, f, x3, 0x40000000)
test_713:
    mov x19, 713
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(713, c0, x0, 0x16)
    CHECK_EQ_T(713, f, x3, 0x40000000)
test_714:
    mov x19, 714
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(714, c0, x0, 0xb)
    CHECK_EQ_T(714, f, x3, 0x40000000)
test_715:
    mov x19, 715
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(715, c0, x0, 0xb)
    CHECK_EQ_T(715, f, x3, 0x40000000)
test_716:
    mov x19, 716
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(716, c0, x0, 0x16)
    CHECK_EQ_T(716, f, x3, 0x40000000)
test_717:
    mov x19, 717
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(717, c0, x0, 0x16)
    CHECK_EQ_T(717, f, x3, 0x40000000)
test_718:
    mov x19, 718
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(718, c0, x0, 0xb)
    CHECK_EQ_T(718, f, x3, 0x40000000)
test_719:
    mov x19, 719
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(719, c0, x0, 0xb)
    CHECK_EQ_T(719, f, x3, 0x40000000)
test_720:
    mov x19, 720
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(720, c0, x0, 0xb)
    CHECK_EQ_T(720, f, x3, 0x40000000)
test_721:
    mov x19, 721
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(721, c0, x0, 0x1)
    CHECK_EQ_T(721, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(721, f, x3, 0x40000000)
test_722:
    mov x19, 722
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(722, c0, x0, 0x0)
    CHECK_EQ_T(722, c1, x1, 0x0)
    CHECK_EQ_T(722, f, x3, 0x40000000)
test_723:
    mov x19, 723
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(723, c0, x0, 0x0)
    CHECK_EQ_T(723, c1, x1, 0x0)
    CHECK_EQ_T(723, f, x3, 0x40000000)
test_724:
    mov x19, 724
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(724, c0, x0, 0x1)
    CHECK_EQ_T(724, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(724, f, x3, 0x40000000)
test_725:
    mov x19, 725
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(725, c0, x0, 0x0)
    CHECK_EQ_T(725, c1, x1, 0x0)
    CHECK_EQ_T(725, f, x3, 0x40000000)
test_726:
    mov x19, 726
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(726, c0, x0, 0x1)
    CHECK_EQ_T(726, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(726, f, x3, 0x40000000)
test_727:
    mov x19, 727
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(727, c0, x0, 0x0)
    CHECK_EQ_T(727, c1, x1, 0x0)
    CHECK_EQ_T(727, f, x3, 0x40000000)
test_728:
    mov x19, 728
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(728, c0, x0, 0x1)
    CHECK_EQ_T(728, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(728, f, x3, 0x40000000)
test_729:
    mov x19, 729
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(729, c0, x0, 0x0)
    CHECK_EQ_T(729, c1, x1, 0x0)
    CHECK_EQ_T(729, f, x3, 0x40000000)
test_730:
    mov x19, 730
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(730, c0, x0, 0x1)
    CHECK_EQ_T(730, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(730, f, x3, 0x40000000)
test_731:
    mov x19, 731
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(731, c0, x0, 0x1)
    CHECK_EQ_T(731, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(731, f, x3, 0x40000000)
test_732:
    mov x19, 732
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(732, c0, x0, 0x0)
    CHECK_EQ_T(732, c1, x1, 0x0)
    CHECK_EQ_T(732, f, x3, 0x40000000)
test_733:
    mov x19, 733
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(733, c0, x0, 0x0)
    CHECK_EQ_T(733, c1, x1, 0x0)
    CHECK_EQ_T(733, f, x3, 0x40000000)
test_734:
    mov x19, 734
    ldr x4, =0x40000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(734, c0, x0, 0x1)
    CHECK_EQ_T(734, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(734, f, x3, 0x40000000)
test_735:
    mov x19, 735
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(735, c0, x0, 0x1)
    CHECK_EQ_T(735, f, x3, 0x40000000)
test_736:
    mov x19, 736
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(736, c0, x0, 0x2)
    CHECK_EQ_T(736, f, x3, 0x40000000)
test_737:
    mov x19, 737
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(737, c0, x0, 0x2)
    CHECK_EQ_T(737, f, x3, 0x40000000)
test_738:
    mov x19, 738
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(738, c0, x0, 0x1)
    CHECK_EQ_T(738, f, x3, 0x40000000)
test_739:
    mov x19, 739
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(739, c0, x0, 0x2)
    CHECK_EQ_T(739, f, x3, 0x40000000)
test_740:
    mov x19, 740
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(740, c0, x0, 0x1)
    CHECK_EQ_T(740, f, x3, 0x40000000)
test_741:
    mov x19, 741
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(741, c0, x0, 0x2)
    CHECK_EQ_T(741, f, x3, 0x40000000)
test_742:
    mov x19, 742
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(742, c0, x0, 0x1)
    CHECK_EQ_T(742, f, x3, 0x40000000)
test_743:
    mov x19, 743
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(743, c0, x0, 0x2)
    CHECK_EQ_T(743, f, x3, 0x40000000)
test_744:
    mov x19, 744
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(744, c0, x0, 0x1)
    CHECK_EQ_T(744, f, x3, 0x40000000)
test_745:
    mov x19, 745
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(745, c0, x0, 0x1)
    CHECK_EQ_T(745, f, x3, 0x40000000)
test_746:
    mov x19, 746
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(746, c0, x0, 0x2)
    CHECK_EQ_T(746, f, x3, 0x40000000)
test_747:
    mov x19, 747
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(747, c0, x0, 0x2)
    CHECK_EQ_T(747, f, x3, 0x40000000)
test_748:
    mov x19, 748
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(748, c0, x0, 0x1)
    CHECK_EQ_T(748, f, x3, 0x40000000)
test_749:
    mov x19, 749
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(749, c0, x0, 0x1)
    CHECK_EQ_T(749, f, x3, 0x40000000)
test_750:
    mov x19, 750
    ldr x4, =0x40000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(750, c0, x0, 0x1)
    CHECK_EQ_T(750, f, x3, 0x40000000)
test_751:
    mov x19, 751
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(751, c0, x0, 0xb)
    CHECK_EQ_T(751, f, x3, 0x50000000)
test_752:
    mov x19, 752
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(752, c0, x0, 0x16)
    CHECK_EQ_T(752, f, x3, 0x50000000)
test_753:
    mov x19, 753
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(753, c0, x0, 0x16)
    CHECK_EQ_T(753, f, x3, 0x50000000)
test_754:
    mov x19, 754
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(754, c0, x0, 0xb)
    CHECK_EQ_T(754, f, x3, 0x50000000)
test_755:
    mov x19, 755
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(755, c0, x0, 0x16)
    CHECK_EQ_T(755, f, x3, 0x50000000)
test_756:
    mov x19, 756
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(756, c0, x0, 0xb)
    CHECK_EQ_T(756, f, x3, 0x50000000)
test_757:
    mov x19, 757
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(757, c0, x0, 0xb)
    CHECK_EQ_T(757, f, x3, 0x50000000)
test_758:
    mov x19, 758
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(758, c0, x0, 0x16)
    CHECK_EQ_T(758, f, x3, 0x50000000)
test_759:
    mov x19, 759
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(759, c0, x0, 0x16)
    CHECK_EQ_T(759, f, x3, 0x50000000)
test_760:
    mov x19, 760
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(760, c0, x0, 0xb)
    CHECK_EQ_T(760, f, x3, 0x50000000)
test_761:
    mov x19, 761
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(761, c0, x0, 0x16)
    CHECK_EQ_T(761, f, x3, 0x50000000)
test_762:
    mov x19, 762
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(762, c0, x0, 0xb)
    CHECK_EQ_T(762, f, x3, 0x50000000)
test_763:
    mov x19, 763
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(763, c0, x0, 0x16)
    CHECK_EQ_T(763, f, x3, 0x50000000)
test_764:
    mov x19, 764
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(764, c0, x0, 0xb)
    CHECK_EQ_T(764, f, x3, 0x50000000)
test_765:
    mov x19, 765
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(765, c0, x0, 0xb)
    CHECK_EQ_T(765, f, x3, 0x50000000)
test_766:
    mov x19, 766
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(766, c0, x0, 0xb)
    CHECK_EQ_T(766, f, x3, 0x50000000)
test_767:
    mov x19, 767
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(767, c0, x0, 0x1)
    CHECK_EQ_T(767, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(767, f, x3, 0x50000000)
test_768:
    mov x19, 768
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(768, c0, x0, 0x0)
    CHECK_EQ_T(768, c1, x1, 0x0)
    CHECK_EQ_T(768, f, x3, 0x50000000)
test_769:
    mov x19, 769
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(769, c0, x0, 0x0)
    CHECK_EQ_T(769, c1, x1, 0x0)
    CHECK_EQ_T(769, f, x3, 0x50000000)
test_770:
    mov x19, 770
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(770, c0, x0, 0x1)
    CHECK_EQ_T(770, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(770, f, x3, 0x50000000)
test_771:
    mov x19, 771
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(771, c0, x0, 0x0)
    CHECK_EQ_T(771, c1, x1, 0x0)
    CHECK_EQ_T(771, f, x3, 0x50000000)
test_772:
    mov x19, 772
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(772, c0, x0, 0x1)
    CHECK_EQ_T(772, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(772, f, x3, 0x50000000)
test_773:
    mov x19, 773
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(773, c0, x0, 0x1)
    CHECK_EQ_T(773, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(773, f, x3, 0x50000000)
test_774:
    mov x19, 774
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(774, c0, x0, 0x0)
    CHECK_EQ_T(774, c1, x1, 0x0)
    CHECK_EQ_T(774, f, x3, 0x50000000)
test_775:
    mov x19, 775
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(775, c0, x0, 0x0)
    CHECK_EQ_T(775, c1, x1, 0x0)
    CHECK_EQ_T(775, f, x3, 0x50000000)
test_776:
    mov x19, 776
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(776, c0, x0, 0x1)
    CHECK_EQ_T(776, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(776, f, x3, 0x50000000)
test_777:
    mov x19, 777
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(777, c0, x0, 0x0)
    CHECK_EQ_T(777, c1, x1, 0x0)
    CHECK_EQ_T(777, f, x3, 0x50000000)
test_778:
    mov x19, 778
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(778, c0, x0, 0x1)
    CHECK_EQ_T(778, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(778, f, x3, 0x50000000)
test_779:
    mov x19, 779
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(779, c0, x0, 0x0)
    CHECK_EQ_T(779, c1, x1, 0x0)
    CHECK_EQ_T(779, f, x3, 0x50000000)
test_780:
    mov x19, 780
    ldr x4, =0x50000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(780, c0, x0, 0x1)
    CHECK_EQ_T(780, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(780, f, x3, 0x50000000)
test_781:
    mov x19, 781
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(781, c0, x0, 0x1)
    CHECK_EQ_T(781, f, x3, 0x50000000)
test_782:
    mov x19, 782
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(782, c0, x0, 0x2)
    CHECK_EQ_T(782, f, x3, 0x50000000)
test_783:
    mov x19, 783
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(783, c0, x0, 0x2)
    CHECK_EQ_T(783, f, x3, 0x50000000)
test_784:
    mov x19, 784
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(784, c0, x0, 0x1)
    CHECK_EQ_T(784, f, x3, 0x50000000)
test_785:
    mov x19, 785
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(785, c0, x0, 0x2)
    CHECK_EQ_T(785, f, x3, 0x50000000)
test_786:
    mov x19, 786
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(786, c0, x0, 0x1)
    CHECK_EQ_T(786, f, x3, 0x50000000)
test_787:
    mov x19, 787
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(787, c0, x0, 0x1)
    CHECK_EQ_T(787, f, x3, 0x50000000)
test_788:
    mov x19, 788
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(788, c0, x0, 0x2)
    CHECK_EQ_T(788, f, x3, 0x50000000)
test_789:
    mov x19, 789
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(789, c0, x0, 0x2)
    CHECK_EQ_T(789, f, x3, 0x50000000)
test_790:
    mov x19, 790
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(790, c0, x0, 0x1)
    CHECK_EQ_T(790, f, x3, 0x50000000)
test_791:
    mov x19, 791
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(791, c0, x0, 0x2)
    CHECK_EQ_T(791, f, x3, 0x50000000)
test_792:
    mov x19, 792
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(792, c0, x0, 0x1)
    CHECK_EQ_T(792, f, x3, 0x50000000)
test_793:
    mov x19, 793
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(793, c0, x0, 0x2)
    CHECK_EQ_T(793, f, x3, 0x50000000)
test_794:
    mov x19, 794
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(794, c0, x0, 0x1)
    CHECK_EQ_T(794, f, x3, 0x50000000)
test_795:
    mov x19, 795
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(795, c0, x0, 0x1)
    CHECK_EQ_T(795, f, x3, 0x50000000)
test_796:
    mov x19, 796
    ldr x4, =0x50000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(796, c0, x0, 0x1)
    CHECK_EQ_T(796, f, x3, 0x50000000)
test_797:
    mov x19, 797
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(797, c0, x0, 0xb)
    CHECK_EQ_T(797, f, x3, 0x60000000)
test_798:
    mov x19, 798
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(798, c0, x0, 0x16)
    CHECK_EQ_T(798, f, x3, 0x60000000)
test_799:
    mov x19, 799
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(799, c0, x0, 0xb)
    CHECK_EQ_T(799, f, x3, 0x60000000)
test_800:
    mov x19, 800
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(800, c0, x0, 0x16)
    CHECK_EQ_T(800, f, x3, 0x60000000)
test_801:
    mov x19, 801
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(801, c0, x0, 0x16)
    CHECK_EQ_T(801, f, x3, 0x60000000)
test_802:
    mov x19, 802
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(802, c0, x0, 0xb)
    CHECK_EQ_T(802, f, x3, 0x60000000)
test_803:
    mov x19, 803
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(803, c0, x0, 0x16)
    CHECK_EQ_T(803, f, x3, 0x60000000)
test_804:
    mov x19, 804
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(804, c0, x0, 0xb)
    CHECK_EQ_T(804, f, x3, 0x60000000)
test_805:
    mov x19, 805
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(805, c0, x0, 0x16)
    CHECK_EQ_T(805, f, x3, 0x60000000)
test_806:
    mov x19, 806
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(806, c0, x0, 0xb)
    CHECK_EQ_T(806, f, x3, 0x60000000)
test_807:
    mov x19, 807
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(807, c0, x0, 0xb)
    CHECK_EQ_T(807, f, x3, 0x60000000)
test_808:
    mov x19, 808
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(808, c0, x0, 0x16)
    CHECK_EQ_T(808, f, x3, 0x60000000)
test_809:
    mov x19, 809
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(809, c0, x0, 0x16)
    CHECK_EQ_T(809, f, x3, 0x60000000)
test_810:
    mov x19, 810
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(810, c0, x0, 0xb)
    CHECK_EQ_T(810, f, x3, 0x60000000)
test_811:
    mov x19, 811
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(811, c0, x0, 0xb)
    CHECK_EQ_T(811, f, x3, 0x60000000)
test_812:
    mov x19, 812
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(812, c0, x0, 0xb)
    CHECK_EQ_T(812, f, x3, 0x60000000)
test_813:
    mov x19, 813
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(813, c0, x0, 0x1)
    CHECK_EQ_T(813, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(813, f, x3, 0x60000000)
test_814:
    mov x19, 814
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(814, c0, x0, 0x0)
    CHECK_EQ_T(814, c1, x1, 0x0)
    CHECK_EQ_T(814, f, x3, 0x60000000)
test_815:
    mov x19, 815
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(815, c0, x0, 0x1)
    CHECK_EQ_T(815, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(815, f, x3, 0x60000000)
test_816:
    mov x19, 816
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(816, c0, x0, 0x0)
    CHECK_EQ_T(816, c1, x1, 0x0)
    CHECK_EQ_T(816, f, x3, 0x60000000)
test_817:
    mov x19, 817
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(817, c0, x0, 0x0)
    CHECK_EQ_T(817, c1, x1, 0x0)
    CHECK_EQ_T(817, f, x3, 0x60000000)
test_818:
    mov x19, 818
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(818, c0, x0, 0x1)
    CHECK_EQ_T(818, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(818, f, x3, 0x60000000)
test_819:
    mov x19, 819
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(819, c0, x0, 0x0)
    CHECK_EQ_T(819, c1, x1, 0x0)
    CHECK_EQ_T(819, f, x3, 0x60000000)
test_820:
    mov x19, 820
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(820, c0, x0, 0x1)
    CHECK_EQ_T(820, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(820, f, x3, 0x60000000)
test_821:
    mov x19, 821
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(821, c0, x0, 0x0)
    CHECK_EQ_T(821, c1, x1, 0x0)
    CHECK_EQ_T(821, f, x3, 0x60000000)
test_822:
    mov x19, 822
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(822, c0, x0, 0x1)
    CHECK_EQ_T(822, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(822, f, x3, 0x60000000)
test_823:
    mov x19, 823
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(823, c0, x0, 0x1)
    CHECK_EQ_T(823, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(823, f, x3, 0x60000000)
test_824:
    mov x19, 824
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(824, c0, x0, 0x0)
    CHECK_EQ_T(824, c1, x1, 0x0)
    CHECK_EQ_T(824, f, x3, 0x60000000)
test_825:
    mov x19, 825
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(825, c0, x0, 0x0)
    CHECK_EQ_T(825, c1, x1, 0x0)
    CHECK_EQ_T(825, f, x3, 0x60000000)
test_826:
    mov x19, 826
    ldr x4, =0x60000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(826, c0, x0, 0x1)
    CHECK_EQ_T(826, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(826, f, x3, 0x60000000)
test_827:
    mov x19, 827
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(827, c0, x0, 0x1)
    CHECK_EQ_T(827, f, x3, 0x60000000)
test_828:
    mov x19, 828
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(828, c0, x0, 0x2)
    CHECK_EQ_T(828, f, x3, 0x60000000)
test_829:
    mov x19, 829
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(829, c0, x0, 0x1)
    CHECK_EQ_T(829, f, x3, 0x60000000)
test_830:
    mov x19, 830
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(830, c0, x0, 0x2)
    CHECK_EQ_T(830, f, x3, 0x60000000)
test_831:
    mov x19, 831
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(831, c0, x0, 0x2)
    CHECK_EQ_T(831, f, x3, 0x60000000)
test_832:
    mov x19, 832
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(832, c0, x0, 0x1)
    CHECK_EQ_T(832, f, x3, 0x60000000)
test_833:
    mov x19, 833
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(833, c0, x0, 0x2)
    CHECK_EQ_T(833, f, x3, 0x60000000)
test_834:
    mov x19, 834
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(834, c0, x0, 0x1)
    CHECK_EQ_T(834, f, x3, 0x60000000)
test_835:
    mov x19, 835
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(835, c0, x0, 0x2)
    CHECK_EQ_T(835, f, x3, 0x60000000)
test_836:
    mov x19, 836
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(836, c0, x0, 0x1)
    CHECK_EQ_T(836, f, x3, 0x60000000)
test_837:
    mov x19, 837
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(837, c0, x0, 0x1)
    CHECK_EQ_T(837, f, x3, 0x60000000)
test_838:
    mov x19, 838
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(838, c0, x0, 0x2)
    CHECK_EQ_T(838, f, x3, 0x60000000)
test_839:
    mov x19, 839
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(839, c0, x0, 0x2)
    CHECK_EQ_T(839, f, x3, 0x60000000)
test_840:
    mov x19, 840
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(840, c0, x0, 0x1)
    CHECK_EQ_T(840, f, x3, 0x60000000)
test_841:
    mov x19, 841
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(841, c0, x0, 0x1)
    CHECK_EQ_T(841, f, x3, 0x60000000)
test_842:
    mov x19, 842
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(842, c0, x0, 0x1)
    CHECK_EQ_T(842, f, x3, 0x60000000)
test_843:
    mov x19, 843
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(843, c0, x0, 0xb)
    CHECK_EQ_T(843, f, x3, 0x70000000)
test_844:
    mov x19, 844
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(844, c0, x0, 0x16)
    CHECK_EQ_T(844, f, x3, 0x70000000)
test_845:
    mov x19, 845
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(845, c0, x0, 0xb)
    CHECK_EQ_T(845, f, x3, 0x70000000)
test_846:
    mov x19, 846
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(846, c0, x0, 0x16)
    CHECK_EQ_T(846, f, x3, 0x70000000)
test_847:
    mov x19, 847
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(847, c0, x0, 0x16)
    CHECK_EQ_T(847, f, x3, 0x70000000)
test_848:
    mov x19, 848
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(848, c0, x0, 0xb)
    CHECK_EQ_T(848, f, x3, 0x70000000)
test_849:
    mov x19, 849
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(849, c0, x0, 0xb)
    CHECK_EQ_T(849, f, x3, 0x70000000)
test_850:
    mov x19, 850
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(850, c0, x0, 0x16)
    CHECK_EQ_T(850, f, x3, 0x70000000)
test_851:
    mov x19, 851
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(851, c0, x0, 0x16)
    CHECK_EQ_T(851, f, x3, 0x70000000)
test_852:
    mov x19, 852
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(852, c0, x0, 0xb)
    CHECK_EQ_T(852, f, x3, 0x70000000)
test_853:
    mov x19, 853
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(853, c0, x0, 0x16)
    CHECK_EQ_T(853, f, x3, 0x70000000)
test_854:
    mov x19, 854
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(854, c0, x0, 0xb)
    CHECK_EQ_T(854, f, x3, 0x70000000)
test_855:
    mov x19, 855
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(855, c0, x0, 0x16)
    CHECK_EQ_T(855, f, x3, 0x70000000)
test_856:
    mov x19, 856
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(856, c0, x0, 0xb)
    CHECK_EQ_T(856, f, x3, 0x70000000)
test_857:
    mov x19, 857
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(857, c0, x0, 0xb)
    CHECK_EQ_T(857, f, x3, 0x70000000)
test_858:
    mov x19, 858
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(858, c0, x0, 0xb)
    CHECK_EQ_T(858, f, x3, 0x70000000)
test_859:
    mov x19, 859
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(859, c0, x0, 0x1)
    CHECK_EQ_T(859, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(859, f, x3, 0x70000000)
test_860:
    mov x19, 860
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(860, c0, x0, 0x0)
    CHECK_EQ_T(860, c1, x1, 0x0)
    CHECK_EQ_T(860, f, x3, 0x70000000)
test_861:
    mov x19, 861
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(861, c0, x0, 0x1)
    CHECK_EQ_T(861, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(861, f, x3, 0x70000000)
test_862:
    mov x19, 862
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(862, c0, x0, 0x0)
    CHECK_EQ_T(862, c1, x1, 0x0)
    CHECK_EQ_T(862, f, x3, 0x70000000)
test_863:
    mov x19, 863
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(863, c0, x0, 0x0)
    CHECK_EQ_T(863, c1, x1, 0x0)
    CHECK_EQ_T(863, f, x3, 0x70000000)
test_864:
    mov x19, 864
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(864, c0, x0, 0x1)
    CHECK_EQ_T(864, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(864, f, x3, 0x70000000)
test_865:
    mov x19, 865
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(865, c0, x0, 0x1)
    CHECK_EQ_T(865, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(865, f, x3, 0x70000000)
test_866:
    mov x19, 866
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(866, c0, x0, 0x0)
    CHECK_EQ_T(866, c1, x1, 0x0)
    CHECK_EQ_T(866, f, x3, 0x70000000)
test_867:
    mov x19, 867
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(867, c0, x0, 0x0)
    CHECK_EQ_T(867, c1, x1, 0x0)
    CHECK_EQ_T(867, f, x3, 0x70000000)
test_868:
    mov x19, 868
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(868, c0, x0, 0x1)
    CHECK_EQ_T(868, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(868, f, x3, 0x70000000)
test_869:
    mov x19, 869
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(869, c0, x0, 0x0)
    CHECK_EQ_T(869, c1, x1, 0x0)
    CHECK_EQ_T(869, f, x3, 0x70000000)
test_870:
    mov x19, 870
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(870, c0, x0, 0x1)
    CHECK_EQ_T(870, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(870, f, x3, 0x70000000)
test_871:
    mov x19, 871
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(871, c0, x0, 0x0)
    CHECK_EQ_T(871, c1, x1, 0x0)
    CHECK_EQ_T(871, f, x3, 0x70000000)
test_872:
    mov x19, 872
    ldr x4, =0x70000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(872, c0, x0, 0x1)
    CHECK_EQ_T(872, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(872, f, x3, 0x70000000)
test_873:
    mov x19, 873
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(873, c0, x0, 0x1)
    CHECK_EQ_T(873, f, x3, 0x70000000)
test_874:
    mov x19, 874
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(874, c0, x0, 0x2)
    CHECK_EQ_T(874, f, x3, 0x70000000)
test_875:
    mov x19, 875
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(875, c0, x0, 0x1)
    CHECK_EQ_T(875, f, x3, 0x70000000)
test_876:
    mov x19, 876
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(876, c0, x0, 0x2)
    CHECK_EQ_T(876, f, x3, 0x70000000)
test_877:
    mov x19, 877
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(877, c0, x0, 0x2)
    CHECK_EQ_T(877, f, x3, 0x70000000)
test_878:
    mov x19, 878
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(878, c0, x0, 0x1)
    CHECK_EQ_T(878, f, x3, 0x70000000)
test_879:
    mov x19, 879
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(879, c0, x0, 0x1)
    CHECK_EQ_T(879, f, x3, 0x70000000)
test_880:
    mov x19, 880
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(880, c0, x0, 0x2)
    CHECK_EQ_T(880, f, x3, 0x70000000)
test_881:
    mov x19, 881
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(881, c0, x0, 0x2)
    CHECK_EQ_T(881, f, x3, 0x70000000)
test_882:
    mov x19, 882
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(882, c0, x0, 0x1)
    CHECK_EQ_T(882, f, x3, 0x70000000)
test_883:
    mov x19, 883
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(883, c0, x0, 0x2)
    CHECK_EQ_T(883, f, x3, 0x70000000)
test_884:
    mov x19, 884
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(884, c0, x0, 0x1)
    CHECK_EQ_T(884, f, x3, 0x70000000)
test_885:
    mov x19, 885
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(885, c0, x0, 0x2)
    CHECK_EQ_T(885, f, x3, 0x70000000)
test_886:
    mov x19, 886
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(886, c0, x0, 0x1)
    CHECK_EQ_T(886, f, x3, 0x70000000)
test_887:
    mov x19, 887
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(887, c0, x0, 0x1)
    CHECK_EQ_T(887, f, x3, 0x70000000)
test_888:
    mov x19, 888
    ldr x4, =0x70000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(888, c0, x0, 0x1)
    CHECK_EQ_T(888, f, x3, 0x70000000)
test_889:
    mov x19, 889
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(889, c0, x0, 0x16)
    CHECK_EQ_T(889, f, x3, 0x80000000)
test_890:
    mov x19, 890
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(890, c0, x0, 0xb)
    CHECK_EQ_T(890, f, x3, 0x80000000)
test_891:
    mov x19, 891
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(891, c0, x0, 0x16)
    CHECK_EQ_T(891, f, x3, 0x80000000)
test_892:
    mov x19, 892
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(892, c0, x0, 0xb)
    CHECK_EQ_T(892, f, x3, 0x80000000)
test_893:
    mov x19, 893
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(893, c0, x0, 0xb)
    CHECK_EQ_T(893, f, x3, 0x80000000)
test_894:
    mov x19, 894
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(894, c0, x0, 0x16)
    CHECK_EQ_T(894, f, x3, 0x80000000)
test_895:
    mov x19, 895
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(895, c0, x0, 0x16)
    CHECK_EQ_T(895, f, x3, 0x80000000)
test_896:
    mov x19, 896
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(896, c0, x0, 0xb)
    CHECK_EQ_T(896, f, x3, 0x80000000)
test_897:
    mov x19, 897
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(897, c0, x0, 0x16)
    CHECK_EQ_T(897, f, x3, 0x80000000)
test_898:
    mov x19, 898
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(898, c0, x0, 0xb)
    CHECK_EQ_T(898, f, x3, 0x80000000)
test_899:
    mov x19, 899
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(899, c0, x0, 0x16)
    CHECK_EQ_T(899, f, x3, 0x80000000)
test_900:
    mov x19, 900
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(900, c0, x0, 0xb)
    CHECK_EQ_T(900, f, x3, 0x80000000)
test_901:
    mov x19, 901
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(901, c0, x0, 0x16)
    CHECK_EQ_T(901, f, x3, 0x80000000)
test_902:
    mov x19, 902
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(902, c0, x0, 0xb)
    CHECK_EQ_T(902, f, x3, 0x80000000)
test_903:
    mov x19, 903
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(903, c0, x0, 0xb)
    CHECK_EQ_T(903, f, x3, 0x80000000)
test_904:
    mov x19, 904
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(904, c0, x0, 0xb)
    CHECK_EQ_T(904, f, x3, 0x80000000)
test_905:
    mov x19, 905
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(905, c0, x0, 0x0)
    CHECK_EQ_T(905, c1, x1, 0x0)
    CHECK_EQ_T(905, f, x3, 0x80000000)
test_906:
    mov x19, 906
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(906, c0, x0, 0x1)
    CHECK_EQ_T(906, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(906, f, x3, 0x80000000)
test_907:
    mov x19, 907
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(907, c0, x0, 0x0)
    CHECK_EQ_T(907, c1, x1, 0x0)
    CHECK_EQ_T(907, f, x3, 0x80000000)
test_908:
    mov x19, 908
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(908, c0, x0, 0x1)
    CHECK_EQ_T(908, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(908, f, x3, 0x80000000)
test_909:
    mov x19, 909
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(909, c0, x0, 0x1)
    CHECK_EQ_T(909, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(909, f, x3, 0x80000000)
test_910:
    mov x19, 910
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(910, c0, x0, 0x0)
    CHECK_EQ_T(910, c1, x1, 0x0)
    CHECK_EQ_T(910, f, x3, 0x80000000)
test_911:
    mov x19, 911
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(911, c0, x0, 0x0)
    CHECK_EQ_T(911, c1, x1, 0x0)
    CHECK_EQ_T(911, f, x3, 0x80000000)
test_912:
    mov x19, 912
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(912, c0, x0, 0x1)
    CHECK_EQ_T(912, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(912, f, x3, 0x80000000)
test_913:
    mov x19, 913
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(913, c0, x0, 0x0)
    CHECK_EQ_T(913, c1, x1, 0x0)
    CHECK_EQ_T(913, f, x3, 0x80000000)
test_914:
    mov x19, 914
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(914, c0, x0, 0x1)
    CHECK_EQ_T(914, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(914, f, x3, 0x80000000)
test_915:
    mov x19, 915
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(915, c0, x0, 0x0)
    CHECK_EQ_T(915, c1, x1, 0x0)
    CHECK_EQ_T(915, f, x3, 0x80000000)
test_916:
    mov x19, 916
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(916, c0, x0, 0x1)
    CHECK_EQ_T(916, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(916, f, x3, 0x80000000)
test_917:
    mov x19, 917
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(917, c0, x0, 0x0)
    CHECK_EQ_T(917, c1, x1, 0x0)
    CHECK_EQ_T(917, f, x3, 0x80000000)
test_918:
    mov x19, 918
    ldr x4, =0x80000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(918, c0, x0, 0x1)
    CHECK_EQ_T(918, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(918, f, x3, 0x80000000)
test_919:
    mov x19, 919
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(919, c0, x0, 0x2)
    CHECK_EQ_T(919, f, x3, 0x80000000)
test_920:
    mov x19, 920
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(920, c0, x0, 0x1)
    CHECK_EQ_T(920, f, x3, 0x80000000)
test_921:
    mov x19, 921
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(921, c0, x0, 0x2)
    CHECK_EQ_T(921, f, x3, 0x80000000)
test_922:
    mov x19, 922
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(922, c0, x0, 0x1)
    CHECK_EQ_T(922, f, x3, 0x80000000)
test_923:
    mov x19, 923
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(923, c0, x0, 0x1)
    CHECK_EQ_T(923, f, x3, 0x80000000)
test_924:
    mov x19, 924
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(924, c0, x0, 0x2)
    CHECK_EQ_T(924, f, x3, 0x80000000)
test_925:
    mov x19, 925
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(925, c0, x0, 0x2)
    CHECK_EQ_T(925, f, x3, 0x80000000)
test_926:
    mov x19, 926
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(926, c0, x0, 0x1)
    CHECK_EQ_T(926, f, x3, 0x80000000)
test_927:
    mov x19, 927
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(927, c0, x0, 0x2)
    CHECK_EQ_T(927, f, x3, 0x80000000)
test_928:
    mov x19, 928
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(928, c0, x0, 0x1)
    CHECK_EQ_T(928, f, x3, 0x80000000)
test_929:
    mov x19, 929
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(929, c0, x0, 0x2)
    CHECK_EQ_T(929, f, x3, 0x80000000)
test_930:
    mov x19, 930
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(930, c0, x0, 0x1)
    CHECK_EQ_T(930, f, x3, 0x80000000)
test_931:
    mov x19, 931
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(931, c0, x0, 0x2)
    CHECK_EQ_T(931, f, x3, 0x80000000)
test_932:
    mov x19, 932
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(932, c0, x0, 0x1)
    CHECK_EQ_T(932, f, x3, 0x80000000)
test_933:
    mov x19, 933
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(933, c0, x0, 0x1)
    CHECK_EQ_T(933, f, x3, 0x80000000)
test_934:
    mov x19, 934
    ldr x4, =0x80000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(934, c0, x0, 0x1)
    CHECK_EQ_T(934, f, x3, 0x80000000)
test_935:
    mov x19, 935
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(935, c0, x0, 0x16)
    CHECK_EQ_T(935, f, x3, 0x90000000)
test_936:
    mov x19, 936
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(936, c0, x0, 0xb)
    CHECK_EQ_T(936, f, x3, 0x90000000)
test_937:
    mov x19, 937
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(937, c0, x0, 0x16)
    CHECK_EQ_T(937, f, x3, 0x90000000)
test_938:
    mov x19, 938
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(938, c0, x0, 0xb)
    CHECK_EQ_T(938, f, x3, 0x90000000)
test_939:
    mov x19, 939
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(939, c0, x0, 0xb)
    CHECK_EQ_T(939, f, x3, 0x90000000)
test_940:
    mov x19, 940
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(940, c0, x0, 0x16)
    CHECK_EQ_T(940, f, x3, 0x90000000)
test_941:
    mov x19, 941
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(941, c0, x0, 0xb)
    CHECK_EQ_T(941, f, x3, 0x90000000)
test_942:
    mov x19, 942
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(942, c0, x0, 0x16)
    CHECK_EQ_T(942, f, x3, 0x90000000)
test_943:
    mov x19, 943
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(943, c0, x0, 0x16)
    CHECK_EQ_T(943, f, x3, 0x90000000)
test_944:
    mov x19, 944
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(944, c0, x0, 0xb)
    CHECK_EQ_T(944, f, x3, 0x90000000)
test_945:
    mov x19, 945
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(945, c0, x0, 0xb)
    CHECK_EQ_T(945, f, x3, 0x90000000)
test_946:
    mov x19, 946
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(946, c0, x0, 0x16)
    CHECK_EQ_T(946, f, x3, 0x90000000)
test_947:
    mov x19, 947
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(947, c0, x0, 0xb)
    CHECK_EQ_T(947, f, x3, 0x90000000)
test_948:
    mov x19, 948
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(948, c0, x0, 0x16)
    CHECK_EQ_T(948, f, x3, 0x90000000)
test_949:
    mov x19, 949
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(949, c0, x0, 0xb)
    CHECK_EQ_T(949, f, x3, 0x90000000)
test_950:
    mov x19, 950
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(950, c0, x0, 0xb)
    CHECK_EQ_T(950, f, x3, 0x90000000)
test_951:
    mov x19, 951
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(951, c0, x0, 0x0)
    CHECK_EQ_T(951, c1, x1, 0x0)
    CHECK_EQ_T(951, f, x3, 0x90000000)
test_952:
    mov x19, 952
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(952, c0, x0, 0x1)
    CHECK_EQ_T(952, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(952, f, x3, 0x90000000)
test_953:
    mov x19, 953
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(953, c0, x0, 0x0)
    CHECK_EQ_T(953, c1, x1, 0x0)
    CHECK_EQ_T(953, f, x3, 0x90000000)
test_954:
    mov x19, 954
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(954, c0, x0, 0x1)
    CHECK_EQ_T(954, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(954, f, x3, 0x90000000)
test_955:
    mov x19, 955
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(955, c0, x0, 0x1)
    CHECK_EQ_T(955, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(955, f, x3, 0x90000000)
test_956:
    mov x19, 956
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(956, c0, x0, 0x0)
    CHECK_EQ_T(956, c1, x1, 0x0)
    CHECK_EQ_T(956, f, x3, 0x90000000)
test_957:
    mov x19, 957
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(957, c0, x0, 0x1)
    CHECK_EQ_T(957, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(957, f, x3, 0x90000000)
test_958:
    mov x19, 958
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(958, c0, x0, 0x0)
    CHECK_EQ_T(958, c1, x1, 0x0)
    CHECK_EQ_T(958, f, x3, 0x90000000)
test_959:
    mov x19, 959
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(959, c0, x0, 0x0)
    CHECK_EQ_T(959, c1, x1, 0x0)
    CHECK_EQ_T(959, f, x3, 0x90000000)
test_960:
    mov x19, 960
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(960, c0, x0, 0x1)
    CHECK_EQ_T(960, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(960, f, x3, 0x90000000)
test_961:
    mov x19, 961
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(961, c0, x0, 0x1)
    CHECK_EQ_T(961, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(961, f, x3, 0x90000000)
test_962:
    mov x19, 962
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(962, c0, x0, 0x0)
    CHECK_EQ_T(962, c1, x1, 0x0)
    CHECK_EQ_T(962, f, x3, 0x90000000)
test_963:
    mov x19, 963
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(963, c0, x0, 0x1)
    CHECK_EQ_T(963, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(963, f, x3, 0x90000000)
test_964:
    mov x19, 964
    ldr x4, =0x90000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(964, c0, x0, 0x0)
    CHECK_EQ_T(964, c1, x1, 0x0)
    CHECK_EQ_T(964, f, x3, 0x90000000)
test_965:
    mov x19, 965
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(965, c0, x0, 0x2)
    CHECK_EQ_T(965, f, x3, 0x90000000)
test_966:
    mov x19, 966
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(966, c0, x0, 0x1)
    CHECK_EQ_T(966, f, x3, 0x90000000)
test_967:
    mov x19, 967
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(967, c0, x0, 0x2)
    CHECK_EQ_T(967, f, x3, 0x90000000)
test_968:
    mov x19, 968
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(968, c0, x0, 0x1)
    CHECK_EQ_T(968, f, x3, 0x90000000)
test_969:
    mov x19, 969
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(969, c0, x0, 0x1)
    CHECK_EQ_T(969, f, x3, 0x90000000)
test_970:
    mov x19, 970
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(970, c0, x0, 0x2)
    CHECK_EQ_T(970, f, x3, 0x90000000)
test_971:
    mov x19, 971
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(971, c0, x0, 0x1)
    CHECK_EQ_T(971, f, x3, 0x90000000)
test_972:
    mov x19, 972
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(972, c0, x0, 0x2)
    CHECK_EQ_T(972, f, x3, 0x90000000)
test_973:
    mov x19, 973
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(973, c0, x0, 0x2)
    CHECK_EQ_T(973, f, x3, 0x90000000)
test_974:
    mov x19, 974
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(974, c0, x0, 0x1)
    CHECK_EQ_T(974, f, x3, 0x90000000)
test_975:
    mov x19, 975
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(975, c0, x0, 0x1)
    CHECK_EQ_T(975, f, x3, 0x90000000)
test_976:
    mov x19, 976
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(976, c0, x0, 0x2)
    CHECK_EQ_T(976, f, x3, 0x90000000)
test_977:
    mov x19, 977
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(977, c0, x0, 0x1)
    CHECK_EQ_T(977, f, x3, 0x90000000)
test_978:
    mov x19, 978
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(978, c0, x0, 0x2)
    CHECK_EQ_T(978, f, x3, 0x90000000)
test_979:
    mov x19, 979
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(979, c0, x0, 0x1)
    CHECK_EQ_T(979, f, x3, 0x90000000)
test_980:
    mov x19, 980
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(980, c0, x0, 0x1)
    CHECK_EQ_T(980, f, x3, 0x90000000)
test_981:
    mov x19, 981
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(981, c0, x0, 0x16)
    CHECK_EQ_T(981, f, x3, 0xa0000000)
test_982:
    mov x19, 982
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(982, c0, x0, 0xb)
    CHECK_EQ_T(982, f, x3, 0xa0000000)
test_983:
    mov x19, 983
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(983, c0, x0, 0xb)
    CHECK_EQ_T(983, f, x3, 0xa0000000)
test_984:
    mov x19, 984
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(984, c0, x0, 0x16)
    CHECK_EQ_T(984, f, x3, 0xa0000000)
test_985:
    mov x19, 985
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(985, c0, x0, 0xb)
    CHECK_EQ_T(985, f, x3, 0xa0000000)
test_986:
    mov x19, 986
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(986, c0, x0, 0x16)
    CHECK_EQ_T(986, f, x3, 0xa0000000)
test_987:
    mov x19, 987
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(987, c0, x0, 0x16)
    CHECK_EQ_T(987, f, x3, 0xa0000000)
test_988:
    mov x19, 988
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(988, c0, x0, 0xb)
    CHECK_EQ_T(988, f, x3, 0xa0000000)
test_989:
    mov x19, 989
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(989, c0, x0, 0xb)
    CHECK_EQ_T(989, f, x3, 0xa0000000)
test_990:
    mov x19, 990
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(990, c0, x0, 0x16)
    CHECK_EQ_T(990, f, x3, 0xa0000000)
test_991:
    mov x19, 991
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(991, c0, x0, 0x16)
    CHECK_EQ_T(991, f, x3, 0xa0000000)
test_992:
    mov x19, 992
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(992, c0, x0, 0xb)
    CHECK_EQ_T(992, f, x3, 0xa0000000)
test_993:
    mov x19, 993
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(993, c0, x0, 0x16)
    CHECK_EQ_T(993, f, x3, 0xa0000000)
test_994:
    mov x19, 994
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(994, c0, x0, 0xb)
    CHECK_EQ_T(994, f, x3, 0xa0000000)
test_995:
    mov x19, 995
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(995, c0, x0, 0xb)
    CHECK_EQ_T(995, f, x3, 0xa0000000)
test_996:
    mov x19, 996
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(996, c0, x0, 0xb)
    CHECK_EQ_T(996, f, x3, 0xa0000000)
test_997:
    mov x19, 997
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(997, c0, x0, 0x0)
    CHECK_EQ_T(997, c1, x1, 0x0)
    CHECK_EQ_T(997, f, x3, 0xa0000000)
test_998:
    mov x19, 998
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(998, c0, x0, 0x1)
    CHECK_EQ_T(998, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(998, f, x3, 0xa0000000)
test_999:
    mov x19, 999
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(999, c0, x0, 0x1)
    CHECK_EQ_T(999, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(999, f, x3, 0xa0000000)
test_1000:
    mov x19, 1000
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(1000, c0, x0, 0x0)
    CHECK_EQ_T(1000, c1, x1, 0x0)
    CHECK_EQ_T(1000, f, x3, 0xa0000000)
test_1001:
    mov x19, 1001
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(1001, c0, x0, 0x1)
    CHECK_EQ_T(1001, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1001, f, x3, 0xa0000000)
test_1002:
    mov x19, 1002
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(1002, c0, x0, 0x0)
    CHECK_EQ_T(1002, c1, x1, 0x0)
    CHECK_EQ_T(1002, f, x3, 0xa0000000)
test_1003:
    mov x19, 1003
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(1003, c0, x0, 0x0)
    CHECK_EQ_T(1003, c1, x1, 0x0)
    CHECK_EQ_T(1003, f, x3, 0xa0000000)
test_1004:
    mov x19, 1004
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(1004, c0, x0, 0x1)
    CHECK_EQ_T(1004, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1004, f, x3, 0xa0000000)
test_1005:
    mov x19, 1005
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(1005, c0, x0, 0x1)
    CHECK_EQ_T(1005, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1005, f, x3, 0xa0000000)
test_1006:
    mov x19, 1006
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(1006, c0, x0, 0x0)
    CHECK_EQ_T(1006, c1, x1, 0x0)
    CHECK_EQ_T(1006, f, x3, 0xa0000000)
test_1007:
    mov x19, 1007
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(1007, c0, x0, 0x0)
    CHECK_EQ_T(1007, c1, x1, 0x0)
    CHECK_EQ_T(1007, f, x3, 0xa0000000)
test_1008:
    mov x19, 1008
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(1008, c0, x0, 0x1)
    CHECK_EQ_T(1008, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1008, f, x3, 0xa0000000)
test_1009:
    mov x19, 1009
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(1009, c0, x0, 0x0)
    CHECK_EQ_T(1009, c1, x1, 0x0)
    CHECK_EQ_T(1009, f, x3, 0xa0000000)
test_1010:
    mov x19, 1010
    ldr x4, =0xa0000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(1010, c0, x0, 0x1)
    CHECK_EQ_T(1010, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1010, f, x3, 0xa0000000)
test_1011:
    mov x19, 1011
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1011, c0, x0, 0x2)
    CHECK_EQ_T(1011, f, x3, 0xa0000000)
test_1012:
    mov x19, 1012
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1012, c0, x0, 0x1)
    CHECK_EQ_T(1012, f, x3, 0xa0000000)
test_1013:
    mov x19, 1013
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1013, c0, x0, 0x1)
    CHECK_EQ_T(1013, f, x3, 0xa0000000)
test_1014:
    mov x19, 1014
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1014, c0, x0, 0x2)
    CHECK_EQ_T(1014, f, x3, 0xa0000000)
test_1015:
    mov x19, 1015
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1015, c0, x0, 0x1)
    CHECK_EQ_T(1015, f, x3, 0xa0000000)
test_1016:
    mov x19, 1016
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1016, c0, x0, 0x2)
    CHECK_EQ_T(1016, f, x3, 0xa0000000)
test_1017:
    mov x19, 1017
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1017, c0, x0, 0x2)
    CHECK_EQ_T(1017, f, x3, 0xa0000000)
test_1018:
    mov x19, 1018
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1018, c0, x0, 0x1)
    CHECK_EQ_T(1018, f, x3, 0xa0000000)
test_1019:
    mov x19, 1019
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1019, c0, x0, 0x1)
    CHECK_EQ_T(1019, f, x3, 0xa0000000)
test_1020:
    mov x19, 1020
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1020, c0, x0, 0x2)
    CHECK_EQ_T(1020, f, x3, 0xa0000000)
test_1021:
    mov x19, 1021
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1021, c0, x0, 0x2)
    CHECK_EQ_T(1021, f, x3, 0xa0000000)
test_1022:
    mov x19, 1022
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1022, c0, x0, 0x1)
    CHECK_EQ_T(1022, f, x3, 0xa0000000)
test_1023:
    mov x19, 1023
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1023, c0, x0, 0x2)
    CHECK_EQ_T(1023, f, x3, 0xa0000000)
test_1024:
    mov x19, 1024
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1024, c0, x0, 0x1)
    CHECK_EQ_T(1024, f, x3, 0xa0000000)
test_1025:
    mov x19, 1025
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1025, c0, x0, 0x1)
    CHECK_EQ_T(1025, f, x3, 0xa0000000)
test_1026:
    mov x19, 1026
    ldr x4, =0xa0000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1026, c0, x0, 0x1)
    CHECK_EQ_T(1026, f, x3, 0xa0000000)
test_1027:
    mov x19, 1027
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(1027, c0, x0, 0x16)
    CHECK_EQ_T(1027, f, x3, 0xb0000000)
test_1028:
    mov x19, 1028
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(1028, c0, x0, 0xb)
    CHECK_EQ_T(1028, f, x3, 0xb0000000)
test_1029:
    mov x19, 1029
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(1029, c0, x0, 0xb)
    CHECK_EQ_T(1029, f, x3, 0xb0000000)
test_1030:
    mov x19, 1030
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(1030, c0, x0, 0x16)
    CHECK_EQ_T(1030, f, x3, 0xb0000000)
test_1031:
    mov x19, 1031
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(1031, c0, x0, 0xb)
    CHECK_EQ_T(1031, f, x3, 0xb0000000)
test_1032:
    mov x19, 1032
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(1032, c0, x0, 0x16)
    CHECK_EQ_T(1032, f, x3, 0xb0000000)
test_1033:
    mov x19, 1033
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(1033, c0, x0, 0xb)
    CHECK_EQ_T(1033, f, x3, 0xb0000000)
test_1034:
    mov x19, 1034
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(1034, c0, x0, 0x16)
    CHECK_EQ_T(1034, f, x3, 0xb0000000)
test_1035:
    mov x19, 1035
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(1035, c0, x0, 0xb)
    CHECK_EQ_T(1035, f, x3, 0xb0000000)
test_1036:
    mov x19, 1036
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(1036, c0, x0, 0x16)
    CHECK_EQ_T(1036, f, x3, 0xb0000000)
test_1037:
    mov x19, 1037
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(1037, c0, x0, 0xb)
    CHECK_EQ_T(1037, f, x3, 0xb0000000)
test_1038:
    mov x19, 1038
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(1038, c0, x0, 0x16)
    CHECK_EQ_T(1038, f, x3, 0xb0000000)
test_1039:
    mov x19, 1039
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(1039, c0, x0, 0xb)
    CHECK_EQ_T(1039, f, x3, 0xb0000000)
test_1040:
    mov x19, 1040
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(1040, c0, x0, 0x16)
    CHECK_EQ_T(1040, f, x3, 0xb0000000)
test_1041:
    mov x19, 1041
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(1041, c0, x0, 0xb)
    CHECK_EQ_T(1041, f, x3, 0xb0000000)
test_1042:
    mov x19, 1042
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(1042, c0, x0, 0xb)
    CHECK_EQ_T(1042, f, x3, 0xb0000000)
test_1043:
    mov x19, 1043
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(1043, c0, x0, 0x0)
    CHECK_EQ_T(1043, c1, x1, 0x0)
    CHECK_EQ_T(1043, f, x3, 0xb0000000)
test_1044:
    mov x19, 1044
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(1044, c0, x0, 0x1)
    CHECK_EQ_T(1044, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1044, f, x3, 0xb0000000)
test_1045:
    mov x19, 1045
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(1045, c0, x0, 0x1)
    CHECK_EQ_T(1045, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1045, f, x3, 0xb0000000)
test_1046:
    mov x19, 1046
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(1046, c0, x0, 0x0)
    CHECK_EQ_T(1046, c1, x1, 0x0)
    CHECK_EQ_T(1046, f, x3, 0xb0000000)
test_1047:
    mov x19, 1047
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(1047, c0, x0, 0x1)
    CHECK_EQ_T(1047, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1047, f, x3, 0xb0000000)
test_1048:
    mov x19, 1048
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(1048, c0, x0, 0x0)
    CHECK_EQ_T(1048, c1, x1, 0x0)
    CHECK_EQ_T(1048, f, x3, 0xb0000000)
test_1049:
    mov x19, 1049
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(1049, c0, x0, 0x1)
    CHECK_EQ_T(1049, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1049, f, x3, 0xb0000000)
test_1050:
    mov x19, 1050
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(1050, c0, x0, 0x0)
    CHECK_EQ_T(1050, c1, x1, 0x0)
    CHECK_EQ_T(1050, f, x3, 0xb0000000)
test_1051:
    mov x19, 1051
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(1051, c0, x0, 0x1)
    CHECK_EQ_T(1051, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1051, f, x3, 0xb0000000)
test_1052:
    mov x19, 1052
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(1052, c0, x0, 0x0)
    CHECK_EQ_T(1052, c1, x1, 0x0)
    CHECK_EQ_T(1052, f, x3, 0xb0000000)
test_1053:
    mov x19, 1053
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(1053, c0, x0, 0x1)
    CHECK_EQ_T(1053, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1053, f, x3, 0xb0000000)
test_1054:
    mov x19, 1054
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(1054, c0, x0, 0x0)
    CHECK_EQ_T(1054, c1, x1, 0x0)
    CHECK_EQ_T(1054, f, x3, 0xb0000000)
test_1055:
    mov x19, 1055
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(1055, c0, x0, 0x1)
    CHECK_EQ_T(1055, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1055, f, x3, 0xb0000000)
test_1056:
    mov x19, 1056
    ldr x4, =0xb0000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(1056, c0, x0, 0x0)
    CHECK_EQ_T(1056, c1, x1, 0x0)
    CHECK_EQ_T(1056, f, x3, 0xb0000000)
test_1057:
    mov x19, 1057
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1057, c0, x0, 0x2)
    CHECK_EQ_T(1057, f, x3, 0xb0000000)
test_1058:
    mov x19, 1058
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1058, c0, x0, 0x1)
    CHECK_EQ_T(1058, f, x3, 0xb0000000)
test_1059:
    mov x19, 1059
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1059, c0, x0, 0x1)
    CHECK_EQ_T(1059, f, x3, 0xb0000000)
test_1060:
    mov x19, 1060
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1060, c0, x0, 0x2)
    CHECK_EQ_T(1060, f, x3, 0xb0000000)
test_1061:
    mov x19, 1061
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1061, c0, x0, 0x1)
    CHECK_EQ_T(1061, f, x3, 0xb0000000)
test_1062:
    mov x19, 1062
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1062, c0, x0, 0x2)
    CHECK_EQ_T(1062, f, x3, 0xb0000000)
test_1063:
    mov x19, 1063
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1063, c0, x0, 0x1)
    CHECK_EQ_T(1063, f, x3, 0xb0000000)
test_1064:
    mov x19, 1064
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1064, c0, x0, 0x2)
    CHECK_EQ_T(1064, f, x3, 0xb0000000)
test_1065:
    mov x19, 1065
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1065, c0, x0, 0x1)
    CHECK_EQ_T(1065, f, x3, 0xb0000000)
test_1066:
    mov x19, 1066
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1066, c0, x0, 0x2)
    CHECK_EQ_T(1066, f, x3, 0xb0000000)
test_1067:
    mov x19, 1067
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1067, c0, x0, 0x1)
    CHECK_EQ_T(1067, f, x3, 0xb0000000)
test_1068:
    mov x19, 1068
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1068, c0, x0, 0x2)
    CHECK_EQ_T(1068, f, x3, 0xb0000000)
test_1069:
    mov x19, 1069
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1069, c0, x0, 0x1)
    CHECK_EQ_T(1069, f, x3, 0xb0000000)
test_1070:
    mov x19, 1070
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1070, c0, x0, 0x2)
    CHECK_EQ_T(1070, f, x3, 0xb0000000)
test_1071:
    mov x19, 1071
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1071, c0, x0, 0x1)
    CHECK_EQ_T(1071, f, x3, 0xb0000000)
test_1072:
    mov x19, 1072
    ldr x4, =0xb0000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1072, c0, x0, 0x1)
    CHECK_EQ_T(1072, f, x3, 0xb0000000)
test_1073:
    mov x19, 1073
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(1073, c0, x0, 0xb)
    CHECK_EQ_T(1073, f, x3, 0xc0000000)
test_1074:
    mov x19, 1074
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(1074, c0, x0, 0x16)
    CHECK_EQ_T(1074, f, x3, 0xc0000000)
test_1075:
    mov x19, 1075
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(1075, c0, x0, 0x16)
    CHECK_EQ_T(1075, f, x3, 0xc0000000)
test_1076:
    mov x19, 1076
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(1076, c0, x0, 0xb)
    CHECK_EQ_T(1076, f, x3, 0xc0000000)
test_1077:
    mov x19, 1077
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(1077, c0, x0, 0xb)
    CHECK_EQ_T(1077, f, x3, 0xc0000000)
test_1078:
    mov x19, 1078
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(1078, c0, x0, 0x16)
    CHECK_EQ_T(1078, f, x3, 0xc0000000)
test_1079:
    mov x19, 1079
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(1079, c0, x0, 0x16)
    CHECK_EQ_T(1079, f, x3, 0xc0000000)
test_1080:
    mov x19, 1080
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(1080, c0, x0, 0xb)
    CHECK_EQ_T(1080, f, x3, 0xc0000000)
test_1081:
    mov x19, 1081
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(1081, c0, x0, 0x16)
    CHECK_EQ_T(1081, f, x3, 0xc0000000)
test_1082:
    mov x19, 1082
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(1082, c0, x0, 0xb)
    CHECK_EQ_T(1082, f, x3, 0xc0000000)
test_1083:
    mov x19, 1083
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(1083, c0, x0, 0x16)
    CHECK_EQ_T(1083, f, x3, 0xc0000000)
test_1084:
    mov x19, 1084
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(1084, c0, x0, 0xb)
    CHECK_EQ_T(1084, f, x3, 0xc0000000)
test_1085:
    mov x19, 1085
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(1085, c0, x0, 0x16)
    CHECK_EQ_T(1085, f, x3, 0xc0000000)
test_1086:
    mov x19, 1086
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(1086, c0, x0, 0xb)
    CHECK_EQ_T(1086, f, x3, 0xc0000000)
test_1087:
    mov x19, 1087
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(1087, c0, x0, 0xb)
    CHECK_EQ_T(1087, f, x3, 0xc0000000)
test_1088:
    mov x19, 1088
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(1088, c0, x0, 0xb)
    CHECK_EQ_T(1088, f, x3, 0xc0000000)
test_1089:
    mov x19, 1089
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(1089, c0, x0, 0x1)
    CHECK_EQ_T(1089, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1089, f, x3, 0xc0000000)
test_1090:
    mov x19, 1090
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(1090, c0, x0, 0x0)
    CHECK_EQ_T(1090, c1, x1, 0x0)
    CHECK_EQ_T(1090, f, x3, 0xc0000000)
test_1091:
    mov x19, 1091
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(1091, c0, x0, 0x0)
    CHECK_EQ_T(1091, c1, x1, 0x0)
    CHECK_EQ_T(1091, f, x3, 0xc0000000)
test_1092:
    mov x19, 1092
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(1092, c0, x0, 0x1)
    CHECK_EQ_T(1092, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1092, f, x3, 0xc0000000)
test_1093:
    mov x19, 1093
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(1093, c0, x0, 0x1)
    CHECK_EQ_T(1093, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1093, f, x3, 0xc0000000)
test_1094:
    mov x19, 1094
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(1094, c0, x0, 0x0)
    CHECK_EQ_T(1094, c1, x1, 0x0)
    CHECK_EQ_T(1094, f, x3, 0xc0000000)
test_1095:
    mov x19, 1095
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(1095, c0, x0, 0x0)
    CHECK_EQ_T(1095, c1, x1, 0x0)
    CHECK_EQ_T(1095, f, x3, 0xc0000000)
test_1096:
    mov x19, 1096
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(1096, c0, x0, 0x1)
    CHECK_EQ_T(1096, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1096, f, x3, 0xc0000000)
test_1097:
    mov x19, 1097
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(1097, c0, x0, 0x0)
    CHECK_EQ_T(1097, c1, x1, 0x0)
    CHECK_EQ_T(1097, f, x3, 0xc0000000)
test_1098:
    mov x19, 1098
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(1098, c0, x0, 0x1)
    CHECK_EQ_T(1098, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1098, f, x3, 0xc0000000)
test_1099:
    mov x19, 1099
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(1099, c0, x0, 0x0)
    CHECK_EQ_T(1099, c1, x1, 0x0)
    CHECK_EQ_T(1099, f, x3, 0xc0000000)
test_1100:
    mov x19, 1100
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(1100, c0, x0, 0x1)
    CHECK_EQ_T(1100, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1100, f, x3, 0xc0000000)
test_1101:
    mov x19, 1101
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(1101, c0, x0, 0x0)
    CHECK_EQ_T(1101, c1, x1, 0x0)
    CHECK_EQ_T(1101, f, x3, 0xc0000000)
test_1102:
    mov x19, 1102
    ldr x4, =0xc0000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(1102, c0, x0, 0x1)
    CHECK_EQ_T(1102, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1102, f, x3, 0xc0000000)
test_1103:
    mov x19, 1103
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1103, c0, x0, 0x1)
    CHECK_EQ_T(1103, f, x3, 0xc0000000)
test_1104:
    mov x19, 1104
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1104, c0, x0, 0x2)
    CHECK_EQ_T(1104, f, x3, 0xc0000000)
test_1105:
    mov x19, 1105
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1105, c0, x0, 0x2)
    CHECK_EQ_T(1105, f, x3, 0xc0000000)
test_1106:
    mov x19, 1106
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1106, c0, x0, 0x1)
    CHECK_EQ_T(1106, f, x3, 0xc0000000)
test_1107:
    mov x19, 1107
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1107, c0, x0, 0x1)
    CHECK_EQ_T(1107, f, x3, 0xc0000000)
test_1108:
    mov x19, 1108
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1108, c0, x0, 0x2)
    CHECK_EQ_T(1108, f, x3, 0xc0000000)
test_1109:
    mov x19, 1109
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1109, c0, x0, 0x2)
    CHECK_EQ_T(1109, f, x3, 0xc0000000)
test_1110:
    mov x19, 1110
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1110, c0, x0, 0x1)
    CHECK_EQ_T(1110, f, x3, 0xc0000000)
test_1111:
    mov x19, 1111
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1111, c0, x0, 0x2)
    CHECK_EQ_T(1111, f, x3, 0xc0000000)
test_1112:
    mov x19, 1112
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1112, c0, x0, 0x1)
    CHECK_EQ_T(1112, f, x3, 0xc0000000)
test_1113:
    mov x19, 1113
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1113, c0, x0, 0x2)
    CHECK_EQ_T(1113, f, x3, 0xc0000000)
test_1114:
    mov x19, 1114
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1114, c0, x0, 0x1)
    CHECK_EQ_T(1114, f, x3, 0xc0000000)
test_1115:
    mov x19, 1115
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1115, c0, x0, 0x2)
    CHECK_EQ_T(1115, f, x3, 0xc0000000)
test_1116:
    mov x19, 1116
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1116, c0, x0, 0x1)
    CHECK_EQ_T(1116, f, x3, 0xc0000000)
test_1117:
    mov x19, 1117
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1117, c0, x0, 0x1)
    CHECK_EQ_T(1117, f, x3, 0xc0000000)
test_1118:
    mov x19, 1118
    ldr x4, =0xc0000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1118, c0, x0, 0x1)
    CHECK_EQ_T(1118, f, x3, 0xc0000000)
test_1119:
    mov x19, 1119
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(1119, c0, x0, 0xb)
    CHECK_EQ_T(1119, f, x3, 0xd0000000)
test_1120:
    mov x19, 1120
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(1120, c0, x0, 0x16)
    CHECK_EQ_T(1120, f, x3, 0xd0000000)
test_1121:
    mov x19, 1121
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(1121, c0, x0, 0x16)
    CHECK_EQ_T(1121, f, x3, 0xd0000000)
test_1122:
    mov x19, 1122
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(1122, c0, x0, 0xb)
    CHECK_EQ_T(1122, f, x3, 0xd0000000)
test_1123:
    mov x19, 1123
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(1123, c0, x0, 0xb)
    CHECK_EQ_T(1123, f, x3, 0xd0000000)
test_1124:
    mov x19, 1124
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(1124, c0, x0, 0x16)
    CHECK_EQ_T(1124, f, x3, 0xd0000000)
test_1125:
    mov x19, 1125
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(1125, c0, x0, 0xb)
    CHECK_EQ_T(1125, f, x3, 0xd0000000)
test_1126:
    mov x19, 1126
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(1126, c0, x0, 0x16)
    CHECK_EQ_T(1126, f, x3, 0xd0000000)
test_1127:
    mov x19, 1127
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(1127, c0, x0, 0x16)
    CHECK_EQ_T(1127, f, x3, 0xd0000000)
test_1128:
    mov x19, 1128
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(1128, c0, x0, 0xb)
    CHECK_EQ_T(1128, f, x3, 0xd0000000)
test_1129:
    mov x19, 1129
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(1129, c0, x0, 0xb)
    CHECK_EQ_T(1129, f, x3, 0xd0000000)
test_1130:
    mov x19, 1130
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(1130, c0, x0, 0x16)
    CHECK_EQ_T(1130, f, x3, 0xd0000000)
test_1131:
    mov x19, 1131
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(1131, c0, x0, 0x16)
    CHECK_EQ_T(1131, f, x3, 0xd0000000)
test_1132:
    mov x19, 1132
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(1132, c0, x0, 0xb)
    CHECK_EQ_T(1132, f, x3, 0xd0000000)
test_1133:
    mov x19, 1133
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(1133, c0, x0, 0xb)
    CHECK_EQ_T(1133, f, x3, 0xd0000000)
test_1134:
    mov x19, 1134
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(1134, c0, x0, 0xb)
    CHECK_EQ_T(1134, f, x3, 0xd0000000)
test_1135:
    mov x19, 1135
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(1135, c0, x0, 0x1)
    CHECK_EQ_T(1135, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1135, f, x3, 0xd0000000)
test_1136:
    mov x19, 1136
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(1136, c0, x0, 0x0)
    CHECK_EQ_T(1136, c1, x1, 0x0)
    CHECK_EQ_T(1136, f, x3, 0xd0000000)
test_1137:
    mov x19, 1137
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(1137, c0, x0, 0x0)
    CHECK_EQ_T(1137, c1, x1, 0x0)
    CHECK_EQ_T(1137, f, x3, 0xd0000000)
test_1138:
    mov x19, 1138
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(1138, c0, x0, 0x1)
    CHECK_EQ_T(1138, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1138, f, x3, 0xd0000000)
test_1139:
    mov x19, 1139
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(1139, c0, x0, 0x1)
    CHECK_EQ_T(1139, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1139, f, x3, 0xd0000000)
test_1140:
    mov x19, 1140
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(1140, c0, x0, 0x0)
    CHECK_EQ_T(1140, c1, x1, 0x0)
    CHECK_EQ_T(1140, f, x3, 0xd0000000)
test_1141:
    mov x19, 1141
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(1141, c0, x0, 0x1)
    CHECK_EQ_T(1141, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1141, f, x3, 0xd0000000)
test_1142:
    mov x19, 1142
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(1142, c0, x0, 0x0)
    CHECK_EQ_T(1142, c1, x1, 0x0)
    CHECK_EQ_T(1142, f, x3, 0xd0000000)
test_1143:
    mov x19, 1143
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(1143, c0, x0, 0x0)
    CHECK_EQ_T(1143, c1, x1, 0x0)
    CHECK_EQ_T(1143, f, x3, 0xd0000000)
test_1144:
    mov x19, 1144
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(1144, c0, x0, 0x1)
    CHECK_EQ_T(1144, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1144, f, x3, 0xd0000000)
test_1145:
    mov x19, 1145
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(1145, c0, x0, 0x1)
    CHECK_EQ_T(1145, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1145, f, x3, 0xd0000000)
test_1146:
    mov x19, 1146
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(1146, c0, x0, 0x0)
    CHECK_EQ_T(1146, c1, x1, 0x0)
    CHECK_EQ_T(1146, f, x3, 0xd0000000)
test_1147:
    mov x19, 1147
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(1147, c0, x0, 0x0)
    CHECK_EQ_T(1147, c1, x1, 0x0)
    CHECK_EQ_T(1147, f, x3, 0xd0000000)
test_1148:
    mov x19, 1148
    ldr x4, =0xd0000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(1148, c0, x0, 0x1)
    CHECK_EQ_T(1148, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1148, f, x3, 0xd0000000)
test_1149:
    mov x19, 1149
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1149, c0, x0, 0x1)
    CHECK_EQ_T(1149, f, x3, 0xd0000000)
test_1150:
    mov x19, 1150
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1150, c0, x0, 0x2)
    CHECK_EQ_T(1150, f, x3, 0xd0000000)
test_1151:
    mov x19, 1151
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1151, c0, x0, 0x2)
    CHECK_EQ_T(1151, f, x3, 0xd0000000)
test_1152:
    mov x19, 1152
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1152, c0, x0, 0x1)
    CHECK_EQ_T(1152, f, x3, 0xd0000000)
test_1153:
    mov x19, 1153
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1153, c0, x0, 0x1)
    CHECK_EQ_T(1153, f, x3, 0xd0000000)
test_1154:
    mov x19, 1154
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1154, c0, x0, 0x2)
    CHECK_EQ_T(1154, f, x3, 0xd0000000)
test_1155:
    mov x19, 1155
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1155, c0, x0, 0x1)
    CHECK_EQ_T(1155, f, x3, 0xd0000000)
test_1156:
    mov x19, 1156
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1156, c0, x0, 0x2)
    CHECK_EQ_T(1156, f, x3, 0xd0000000)
test_1157:
    mov x19, 1157
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1157, c0, x0, 0x2)
    CHECK_EQ_T(1157, f, x3, 0xd0000000)
test_1158:
    mov x19, 1158
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1158, c0, x0, 0x1)
    CHECK_EQ_T(1158, f, x3, 0xd0000000)
test_1159:
    mov x19, 1159
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1159, c0, x0, 0x1)
    CHECK_EQ_T(1159, f, x3, 0xd0000000)
test_1160:
    mov x19, 1160
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1160, c0, x0, 0x2)
    CHECK_EQ_T(1160, f, x3, 0xd0000000)
test_1161:
    mov x19, 1161
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1161, c0, x0, 0x2)
    CHECK_EQ_T(1161, f, x3, 0xd0000000)
test_1162:
    mov x19, 1162
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1162, c0, x0, 0x1)
    CHECK_EQ_T(1162, f, x3, 0xd0000000)
test_1163:
    mov x19, 1163
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1163, c0, x0, 0x1)
    CHECK_EQ_T(1163, f, x3, 0xd0000000)
test_1164:
    mov x19, 1164
    ldr x4, =0xd0000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1164, c0, x0, 0x1)
    CHECK_EQ_T(1164, f, x3, 0xd0000000)
test_1165:
    mov x19, 1165
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(1165, c0, x0, 0xb)
    CHECK_EQ_T(1165, f, x3, 0xe0000000)
test_1166:
    mov x19, 1166
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(1166, c0, x0, 0x16)
    CHECK_EQ_T(1166, f, x3, 0xe0000000)
test_1167:
    mov x19, 1167
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(1167, c0, x0, 0xb)
    CHECK_EQ_T(1167, f, x3, 0xe0000000)
test_1168:
    mov x19, 1168
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(1168, c0, x0, 0x16)
    CHECK_EQ_T(1168, f, x3, 0xe0000000)
test_1169:
    mov x19, 1169
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(1169, c0, x0, 0xb)
    CHECK_EQ_T(1169, f, x3, 0xe0000000)
test_1170:
    mov x19, 1170
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(1170, c0, x0, 0x16)
    CHECK_EQ_T(1170, f, x3, 0xe0000000)
test_1171:
    mov x19, 1171
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(1171, c0, x0, 0x16)
    CHECK_EQ_T(1171, f, x3, 0xe0000000)
test_1172:
    mov x19, 1172
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(1172, c0, x0, 0xb)
    CHECK_EQ_T(1172, f, x3, 0xe0000000)
test_1173:
    mov x19, 1173
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(1173, c0, x0, 0x16)
    CHECK_EQ_T(1173, f, x3, 0xe0000000)
test_1174:
    mov x19, 1174
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(1174, c0, x0, 0xb)
    CHECK_EQ_T(1174, f, x3, 0xe0000000)
test_1175:
    mov x19, 1175
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(1175, c0, x0, 0x16)
    CHECK_EQ_T(1175, f, x3, 0xe0000000)
test_1176:
    mov x19, 1176
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(1176, c0, x0, 0xb)
    CHECK_EQ_T(1176, f, x3, 0xe0000000)
test_1177:
    mov x19, 1177
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(1177, c0, x0, 0x16)
    CHECK_EQ_T(1177, f, x3, 0xe0000000)
test_1178:
    mov x19, 1178
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(1178, c0, x0, 0xb)
    CHECK_EQ_T(1178, f, x3, 0xe0000000)
test_1179:
    mov x19, 1179
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(1179, c0, x0, 0xb)
    CHECK_EQ_T(1179, f, x3, 0xe0000000)
test_1180:
    mov x19, 1180
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(1180, c0, x0, 0xb)
    CHECK_EQ_T(1180, f, x3, 0xe0000000)
test_1181:
    mov x19, 1181
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(1181, c0, x0, 0x1)
    CHECK_EQ_T(1181, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1181, f, x3, 0xe0000000)
test_1182:
    mov x19, 1182
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(1182, c0, x0, 0x0)
    CHECK_EQ_T(1182, c1, x1, 0x0)
    CHECK_EQ_T(1182, f, x3, 0xe0000000)
test_1183:
    mov x19, 1183
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(1183, c0, x0, 0x1)
    CHECK_EQ_T(1183, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1183, f, x3, 0xe0000000)
test_1184:
    mov x19, 1184
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(1184, c0, x0, 0x0)
    CHECK_EQ_T(1184, c1, x1, 0x0)
    CHECK_EQ_T(1184, f, x3, 0xe0000000)
test_1185:
    mov x19, 1185
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(1185, c0, x0, 0x1)
    CHECK_EQ_T(1185, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1185, f, x3, 0xe0000000)
test_1186:
    mov x19, 1186
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(1186, c0, x0, 0x0)
    CHECK_EQ_T(1186, c1, x1, 0x0)
    CHECK_EQ_T(1186, f, x3, 0xe0000000)
test_1187:
    mov x19, 1187
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(1187, c0, x0, 0x0)
    CHECK_EQ_T(1187, c1, x1, 0x0)
    CHECK_EQ_T(1187, f, x3, 0xe0000000)
test_1188:
    mov x19, 1188
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(1188, c0, x0, 0x1)
    CHECK_EQ_T(1188, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1188, f, x3, 0xe0000000)
test_1189:
    mov x19, 1189
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(1189, c0, x0, 0x0)
    CHECK_EQ_T(1189, c1, x1, 0x0)
    CHECK_EQ_T(1189, f, x3, 0xe0000000)
test_1190:
    mov x19, 1190
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(1190, c0, x0, 0x1)
    CHECK_EQ_T(1190, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1190, f, x3, 0xe0000000)
test_1191:
    mov x19, 1191
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(1191, c0, x0, 0x0)
    CHECK_EQ_T(1191, c1, x1, 0x0)
    CHECK_EQ_T(1191, f, x3, 0xe0000000)
test_1192:
    mov x19, 1192
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(1192, c0, x0, 0x1)
    CHECK_EQ_T(1192, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1192, f, x3, 0xe0000000)
test_1193:
    mov x19, 1193
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(1193, c0, x0, 0x0)
    CHECK_EQ_T(1193, c1, x1, 0x0)
    CHECK_EQ_T(1193, f, x3, 0xe0000000)
test_1194:
    mov x19, 1194
    ldr x4, =0xe0000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(1194, c0, x0, 0x1)
    CHECK_EQ_T(1194, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1194, f, x3, 0xe0000000)
test_1195:
    mov x19, 1195
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1195, c0, x0, 0x1)
    CHECK_EQ_T(1195, f, x3, 0xe0000000)
test_1196:
    mov x19, 1196
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1196, c0, x0, 0x2)
    CHECK_EQ_T(1196, f, x3, 0xe0000000)
test_1197:
    mov x19, 1197
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1197, c0, x0, 0x1)
    CHECK_EQ_T(1197, f, x3, 0xe0000000)
test_1198:
    mov x19, 1198
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1198, c0, x0, 0x2)
    CHECK_EQ_T(1198, f, x3, 0xe0000000)
test_1199:
    mov x19, 1199
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1199, c0, x0, 0x1)
    CHECK_EQ_T(1199, f, x3, 0xe0000000)
test_1200:
    mov x19, 1200
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1200, c0, x0, 0x2)
    CHECK_EQ_T(1200, f, x3, 0xe0000000)
test_1201:
    mov x19, 1201
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1201, c0, x0, 0x2)
    CHECK_EQ_T(1201, f, x3, 0xe0000000)
test_1202:
    mov x19, 1202
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1202, c0, x0, 0x1)
    CHECK_EQ_T(1202, f, x3, 0xe0000000)
test_1203:
    mov x19, 1203
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1203, c0, x0, 0x2)
    CHECK_EQ_T(1203, f, x3, 0xe0000000)
test_1204:
    mov x19, 1204
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1204, c0, x0, 0x1)
    CHECK_EQ_T(1204, f, x3, 0xe0000000)
test_1205:
    mov x19, 1205
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1205, c0, x0, 0x2)
    CHECK_EQ_T(1205, f, x3, 0xe0000000)
test_1206:
    mov x19, 1206
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1206, c0, x0, 0x1)
    CHECK_EQ_T(1206, f, x3, 0xe0000000)
test_1207:
    mov x19, 1207
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1207, c0, x0, 0x2)
    CHECK_EQ_T(1207, f, x3, 0xe0000000)
test_1208:
    mov x19, 1208
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1208, c0, x0, 0x1)
    CHECK_EQ_T(1208, f, x3, 0xe0000000)
test_1209:
    mov x19, 1209
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1209, c0, x0, 0x1)
    CHECK_EQ_T(1209, f, x3, 0xe0000000)
test_1210:
    mov x19, 1210
    ldr x4, =0xe0000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1210, c0, x0, 0x1)
    CHECK_EQ_T(1210, f, x3, 0xe0000000)
test_1211:
    mov x19, 1211
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, eq
    mrs x3, nzcv
    CHECK_EQ_T(1211, c0, x0, 0xb)
    CHECK_EQ_T(1211, f, x3, 0xf0000000)
test_1212:
    mov x19, 1212
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ne
    mrs x3, nzcv
    CHECK_EQ_T(1212, c0, x0, 0x16)
    CHECK_EQ_T(1212, f, x3, 0xf0000000)
test_1213:
    mov x19, 1213
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cs
    mrs x3, nzcv
    CHECK_EQ_T(1213, c0, x0, 0xb)
    CHECK_EQ_T(1213, f, x3, 0xf0000000)
test_1214:
    mov x19, 1214
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, cc
    mrs x3, nzcv
    CHECK_EQ_T(1214, c0, x0, 0x16)
    CHECK_EQ_T(1214, f, x3, 0xf0000000)
test_1215:
    mov x19, 1215
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, mi
    mrs x3, nzcv
    CHECK_EQ_T(1215, c0, x0, 0xb)
    CHECK_EQ_T(1215, f, x3, 0xf0000000)
test_1216:
    mov x19, 1216
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, pl
    mrs x3, nzcv
    CHECK_EQ_T(1216, c0, x0, 0x16)
    CHECK_EQ_T(1216, f, x3, 0xf0000000)
test_1217:
    mov x19, 1217
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vs
    mrs x3, nzcv
    CHECK_EQ_T(1217, c0, x0, 0xb)
    CHECK_EQ_T(1217, f, x3, 0xf0000000)
test_1218:
    mov x19, 1218
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, vc
    mrs x3, nzcv
    CHECK_EQ_T(1218, c0, x0, 0x16)
    CHECK_EQ_T(1218, f, x3, 0xf0000000)
test_1219:
    mov x19, 1219
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, hi
    mrs x3, nzcv
    CHECK_EQ_T(1219, c0, x0, 0x16)
    CHECK_EQ_T(1219, f, x3, 0xf0000000)
test_1220:
    mov x19, 1220
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ls
    mrs x3, nzcv
    CHECK_EQ_T(1220, c0, x0, 0xb)
    CHECK_EQ_T(1220, f, x3, 0xf0000000)
test_1221:
    mov x19, 1221
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, ge
    mrs x3, nzcv
    CHECK_EQ_T(1221, c0, x0, 0xb)
    CHECK_EQ_T(1221, f, x3, 0xf0000000)
test_1222:
    mov x19, 1222
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, lt
    mrs x3, nzcv
    CHECK_EQ_T(1222, c0, x0, 0x16)
    CHECK_EQ_T(1222, f, x3, 0xf0000000)
test_1223:
    mov x19, 1223
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, gt
    mrs x3, nzcv
    CHECK_EQ_T(1223, c0, x0, 0x16)
    CHECK_EQ_T(1223, f, x3, 0xf0000000)
test_1224:
    mov x19, 1224
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, le
    mrs x3, nzcv
    CHECK_EQ_T(1224, c0, x0, 0xb)
    CHECK_EQ_T(1224, f, x3, 0xf0000000)
test_1225:
    mov x19, 1225
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, al
    mrs x3, nzcv
    CHECK_EQ_T(1225, c0, x0, 0xb)
    CHECK_EQ_T(1225, f, x3, 0xf0000000)
test_1226:
    mov x19, 1226
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x1, 11
    mov x2, 22
    csel x0, x1, x2, nv
    mrs x3, nzcv
    CHECK_EQ_T(1226, c0, x0, 0xb)
    CHECK_EQ_T(1226, f, x3, 0xf0000000)
test_1227:
    mov x19, 1227
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, eq
    csetm x1, eq
    mrs x3, nzcv
    CHECK_EQ_T(1227, c0, x0, 0x1)
    CHECK_EQ_T(1227, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1227, f, x3, 0xf0000000)
test_1228:
    mov x19, 1228
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, ne
    csetm x1, ne
    mrs x3, nzcv
    CHECK_EQ_T(1228, c0, x0, 0x0)
    CHECK_EQ_T(1228, c1, x1, 0x0)
    CHECK_EQ_T(1228, f, x3, 0xf0000000)
test_1229:
    mov x19, 1229
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, cs
    csetm x1, cs
    mrs x3, nzcv
    CHECK_EQ_T(1229, c0, x0, 0x1)
    CHECK_EQ_T(1229, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1229, f, x3, 0xf0000000)
test_1230:
    mov x19, 1230
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, cc
    csetm x1, cc
    mrs x3, nzcv
    CHECK_EQ_T(1230, c0, x0, 0x0)
    CHECK_EQ_T(1230, c1, x1, 0x0)
    CHECK_EQ_T(1230, f, x3, 0xf0000000)
test_1231:
    mov x19, 1231
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, mi
    csetm x1, mi
    mrs x3, nzcv
    CHECK_EQ_T(1231, c0, x0, 0x1)
    CHECK_EQ_T(1231, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1231, f, x3, 0xf0000000)
test_1232:
    mov x19, 1232
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, pl
    csetm x1, pl
    mrs x3, nzcv
    CHECK_EQ_T(1232, c0, x0, 0x0)
    CHECK_EQ_T(1232, c1, x1, 0x0)
    CHECK_EQ_T(1232, f, x3, 0xf0000000)
test_1233:
    mov x19, 1233
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, vs
    csetm x1, vs
    mrs x3, nzcv
    CHECK_EQ_T(1233, c0, x0, 0x1)
    CHECK_EQ_T(1233, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1233, f, x3, 0xf0000000)
test_1234:
    mov x19, 1234
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, vc
    csetm x1, vc
    mrs x3, nzcv
    CHECK_EQ_T(1234, c0, x0, 0x0)
    CHECK_EQ_T(1234, c1, x1, 0x0)
    CHECK_EQ_T(1234, f, x3, 0xf0000000)
test_1235:
    mov x19, 1235
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, hi
    csetm x1, hi
    mrs x3, nzcv
    CHECK_EQ_T(1235, c0, x0, 0x0)
    CHECK_EQ_T(1235, c1, x1, 0x0)
    CHECK_EQ_T(1235, f, x3, 0xf0000000)
test_1236:
    mov x19, 1236
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, ls
    csetm x1, ls
    mrs x3, nzcv
    CHECK_EQ_T(1236, c0, x0, 0x1)
    CHECK_EQ_T(1236, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1236, f, x3, 0xf0000000)
test_1237:
    mov x19, 1237
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, ge
    csetm x1, ge
    mrs x3, nzcv
    CHECK_EQ_T(1237, c0, x0, 0x1)
    CHECK_EQ_T(1237, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1237, f, x3, 0xf0000000)
test_1238:
    mov x19, 1238
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, lt
    csetm x1, lt
    mrs x3, nzcv
    CHECK_EQ_T(1238, c0, x0, 0x0)
    CHECK_EQ_T(1238, c1, x1, 0x0)
    CHECK_EQ_T(1238, f, x3, 0xf0000000)
test_1239:
    mov x19, 1239
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, gt
    csetm x1, gt
    mrs x3, nzcv
    CHECK_EQ_T(1239, c0, x0, 0x0)
    CHECK_EQ_T(1239, c1, x1, 0x0)
    CHECK_EQ_T(1239, f, x3, 0xf0000000)
test_1240:
    mov x19, 1240
    ldr x4, =0xf0000000
    msr nzcv, x4
    cset w0, le
    csetm x1, le
    mrs x3, nzcv
    CHECK_EQ_T(1240, c0, x0, 0x1)
    CHECK_EQ_T(1240, c1, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1240, f, x3, 0xf0000000)
test_1241:
    mov x19, 1241
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.eq 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1241, c0, x0, 0x1)
    CHECK_EQ_T(1241, f, x3, 0xf0000000)
test_1242:
    mov x19, 1242
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.ne 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1242, c0, x0, 0x2)
    CHECK_EQ_T(1242, f, x3, 0xf0000000)
test_1243:
    mov x19, 1243
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.cs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1243, c0, x0, 0x1)
    CHECK_EQ_T(1243, f, x3, 0xf0000000)
test_1244:
    mov x19, 1244
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.cc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1244, c0, x0, 0x2)
    CHECK_EQ_T(1244, f, x3, 0xf0000000)
test_1245:
    mov x19, 1245
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.mi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1245, c0, x0, 0x1)
    CHECK_EQ_T(1245, f, x3, 0xf0000000)
test_1246:
    mov x19, 1246
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.pl 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1246, c0, x0, 0x2)
    CHECK_EQ_T(1246, f, x3, 0xf0000000)
test_1247:
    mov x19, 1247
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.vs 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1247, c0, x0, 0x1)
    CHECK_EQ_T(1247, f, x3, 0xf0000000)
test_1248:
    mov x19, 1248
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.vc 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1248, c0, x0, 0x2)
    CHECK_EQ_T(1248, f, x3, 0xf0000000)
test_1249:
    mov x19, 1249
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.hi 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1249, c0, x0, 0x2)
    CHECK_EQ_T(1249, f, x3, 0xf0000000)
test_1250:
    mov x19, 1250
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.ls 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1250, c0, x0, 0x1)
    CHECK_EQ_T(1250, f, x3, 0xf0000000)
test_1251:
    mov x19, 1251
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.ge 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1251, c0, x0, 0x1)
    CHECK_EQ_T(1251, f, x3, 0xf0000000)
test_1252:
    mov x19, 1252
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.lt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1252, c0, x0, 0x2)
    CHECK_EQ_T(1252, f, x3, 0xf0000000)
test_1253:
    mov x19, 1253
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.gt 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1253, c0, x0, 0x2)
    CHECK_EQ_T(1253, f, x3, 0xf0000000)
test_1254:
    mov x19, 1254
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.le 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1254, c0, x0, 0x1)
    CHECK_EQ_T(1254, f, x3, 0xf0000000)
test_1255:
    mov x19, 1255
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.al 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1255, c0, x0, 0x1)
    CHECK_EQ_T(1255, f, x3, 0xf0000000)
test_1256:
    mov x19, 1256
    ldr x4, =0xf0000000
    msr nzcv, x4
    mov x0, 0
    b.nv 1f
    mov x0, 2
    b 2f
    1: mov x0, 1
    2:
    mrs x3, nzcv
    CHECK_EQ_T(1256, c0, x0, 0x1)
    CHECK_EQ_T(1256, f, x3, 0xf0000000)
test_1257:
    mov x19, 1257
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, eq
    CHECK_EQ_T(1257, c0, x0, 0xa)
test_1258:
    mov x19, 1258
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, eq
    CHECK_EQ_T(1258, c0, x0, 0xfffffffffffffff6)
test_1259:
    mov x19, 1259
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, eq
    CHECK_EQ_T(1259, c0, x0, 0xfffffffffffffff7)
test_1260:
    mov x19, 1260
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, eq
    CHECK_EQ_T(1260, c0, x0, 0x5)
test_1261:
    mov x19, 1261
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, eq
    CHECK_EQ_T(1261, c0, x0, 0x5)
test_1262:
    mov x19, 1262
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, eq
    CHECK_EQ_T(1262, c0, x0, 0x5)
test_1263:
    mov x19, 1263
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, eq
    CHECK_EQ_T(1263, c0, x0, 0xa)
test_1264:
    mov x19, 1264
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, eq
    CHECK_EQ_T(1264, c0, x0, 0xfffffffffffffff6)
test_1265:
    mov x19, 1265
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, eq
    CHECK_EQ_T(1265, c0, x0, 0xfffffffffffffff7)
test_1266:
    mov x19, 1266
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, ne
    CHECK_EQ_T(1266, c0, x0, 0x5)
test_1267:
    mov x19, 1267
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, ne
    CHECK_EQ_T(1267, c0, x0, 0x5)
test_1268:
    mov x19, 1268
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, ne
    CHECK_EQ_T(1268, c0, x0, 0x5)
test_1269:
    mov x19, 1269
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, ne
    CHECK_EQ_T(1269, c0, x0, 0xa)
test_1270:
    mov x19, 1270
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, ne
    CHECK_EQ_T(1270, c0, x0, 0xfffffffffffffff6)
test_1271:
    mov x19, 1271
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, ne
    CHECK_EQ_T(1271, c0, x0, 0xfffffffffffffff7)
test_1272:
    mov x19, 1272
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, ne
    CHECK_EQ_T(1272, c0, x0, 0x5)
test_1273:
    mov x19, 1273
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, ne
    CHECK_EQ_T(1273, c0, x0, 0x5)
test_1274:
    mov x19, 1274
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, ne
    CHECK_EQ_T(1274, c0, x0, 0x5)
test_1275:
    mov x19, 1275
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, ge
    CHECK_EQ_T(1275, c0, x0, 0x5)
test_1276:
    mov x19, 1276
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, ge
    CHECK_EQ_T(1276, c0, x0, 0x5)
test_1277:
    mov x19, 1277
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, ge
    CHECK_EQ_T(1277, c0, x0, 0x5)
test_1278:
    mov x19, 1278
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, ge
    CHECK_EQ_T(1278, c0, x0, 0x5)
test_1279:
    mov x19, 1279
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, ge
    CHECK_EQ_T(1279, c0, x0, 0x5)
test_1280:
    mov x19, 1280
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, ge
    CHECK_EQ_T(1280, c0, x0, 0x5)
test_1281:
    mov x19, 1281
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, ge
    CHECK_EQ_T(1281, c0, x0, 0x5)
test_1282:
    mov x19, 1282
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, ge
    CHECK_EQ_T(1282, c0, x0, 0x5)
test_1283:
    mov x19, 1283
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, ge
    CHECK_EQ_T(1283, c0, x0, 0x5)
test_1284:
    mov x19, 1284
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, al
    CHECK_EQ_T(1284, c0, x0, 0x5)
test_1285:
    mov x19, 1285
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, al
    CHECK_EQ_T(1285, c0, x0, 0x5)
test_1286:
    mov x19, 1286
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, al
    CHECK_EQ_T(1286, c0, x0, 0x5)
test_1287:
    mov x19, 1287
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, al
    CHECK_EQ_T(1287, c0, x0, 0x5)
test_1288:
    mov x19, 1288
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, al
    CHECK_EQ_T(1288, c0, x0, 0x5)
test_1289:
    mov x19, 1289
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, al
    CHECK_EQ_T(1289, c0, x0, 0x5)
test_1290:
    mov x19, 1290
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc x0, x1, x2, al
    CHECK_EQ_T(1290, c0, x0, 0x5)
test_1291:
    mov x19, 1291
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv x0, x1, x2, al
    CHECK_EQ_T(1291, c0, x0, 0x5)
test_1292:
    mov x19, 1292
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg x0, x1, x2, al
    CHECK_EQ_T(1292, c0, x0, 0x5)
test_1293:
    mov x19, 1293
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffff12345678
    ldr x2, =0x8765432100000000
    csel x0, x1, x2, eq
    CHECK_EQ_T(1293, c0, x0, 0xffffffff12345678)
test_1294:
    mov x19, 1294
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, eq
    CHECK_EQ_T(1294, c0, x0, 0xa)
test_1295:
    mov x19, 1295
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, eq
    CHECK_EQ_T(1295, c0, x0, 0xfffffff6)
test_1296:
    mov x19, 1296
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, eq
    CHECK_EQ_T(1296, c0, x0, 0xfffffff7)
test_1297:
    mov x19, 1297
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, eq
    CHECK_EQ_T(1297, c0, x0, 0x5)
test_1298:
    mov x19, 1298
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, eq
    CHECK_EQ_T(1298, c0, x0, 0x5)
test_1299:
    mov x19, 1299
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, eq
    CHECK_EQ_T(1299, c0, x0, 0x5)
test_1300:
    mov x19, 1300
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, eq
    CHECK_EQ_T(1300, c0, x0, 0xa)
test_1301:
    mov x19, 1301
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, eq
    CHECK_EQ_T(1301, c0, x0, 0xfffffff6)
test_1302:
    mov x19, 1302
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, eq
    CHECK_EQ_T(1302, c0, x0, 0xfffffff7)
test_1303:
    mov x19, 1303
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, ne
    CHECK_EQ_T(1303, c0, x0, 0x5)
test_1304:
    mov x19, 1304
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, ne
    CHECK_EQ_T(1304, c0, x0, 0x5)
test_1305:
    mov x19, 1305
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, ne
    CHECK_EQ_T(1305, c0, x0, 0x5)
test_1306:
    mov x19, 1306
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, ne
    CHECK_EQ_T(1306, c0, x0, 0xa)
test_1307:
    mov x19, 1307
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, ne
    CHECK_EQ_T(1307, c0, x0, 0xfffffff6)
test_1308:
    mov x19, 1308
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, ne
    CHECK_EQ_T(1308, c0, x0, 0xfffffff7)
test_1309:
    mov x19, 1309
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, ne
    CHECK_EQ_T(1309, c0, x0, 0x5)
test_1310:
    mov x19, 1310
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, ne
    CHECK_EQ_T(1310, c0, x0, 0x5)
test_1311:
    mov x19, 1311
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, ne
    CHECK_EQ_T(1311, c0, x0, 0x5)
test_1312:
    mov x19, 1312
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, ge
    CHECK_EQ_T(1312, c0, x0, 0x5)
test_1313:
    mov x19, 1313
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, ge
    CHECK_EQ_T(1313, c0, x0, 0x5)
test_1314:
    mov x19, 1314
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, ge
    CHECK_EQ_T(1314, c0, x0, 0x5)
test_1315:
    mov x19, 1315
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, ge
    CHECK_EQ_T(1315, c0, x0, 0x5)
test_1316:
    mov x19, 1316
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, ge
    CHECK_EQ_T(1316, c0, x0, 0x5)
test_1317:
    mov x19, 1317
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, ge
    CHECK_EQ_T(1317, c0, x0, 0x5)
test_1318:
    mov x19, 1318
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, ge
    CHECK_EQ_T(1318, c0, x0, 0x5)
test_1319:
    mov x19, 1319
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, ge
    CHECK_EQ_T(1319, c0, x0, 0x5)
test_1320:
    mov x19, 1320
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, ge
    CHECK_EQ_T(1320, c0, x0, 0x5)
test_1321:
    mov x19, 1321
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, al
    CHECK_EQ_T(1321, c0, x0, 0x5)
test_1322:
    mov x19, 1322
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, al
    CHECK_EQ_T(1322, c0, x0, 0x5)
test_1323:
    mov x19, 1323
    ldr x4, =0x0
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, al
    CHECK_EQ_T(1323, c0, x0, 0x5)
test_1324:
    mov x19, 1324
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, al
    CHECK_EQ_T(1324, c0, x0, 0x5)
test_1325:
    mov x19, 1325
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, al
    CHECK_EQ_T(1325, c0, x0, 0x5)
test_1326:
    mov x19, 1326
    ldr x4, =0x60000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, al
    CHECK_EQ_T(1326, c0, x0, 0x5)
test_1327:
    mov x19, 1327
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinc w0, w1, w2, al
    CHECK_EQ_T(1327, c0, x0, 0x5)
test_1328:
    mov x19, 1328
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csinv w0, w1, w2, al
    CHECK_EQ_T(1328, c0, x0, 0x5)
test_1329:
    mov x19, 1329
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x1, 5
    mov x2, 9
    csneg w0, w1, w2, al
    CHECK_EQ_T(1329, c0, x0, 0x5)
test_1330:
    mov x19, 1330
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffff12345678
    ldr x2, =0x8765432100000000
    csel w0, w1, w2, eq
    CHECK_EQ_T(1330, c0, x0, 0x12345678)
test_1331:
    mov x19, 1331
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp x1, x2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1331, f, x3, 0x60000000)
test_1332:
    mov x19, 1332
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn x1, x2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1332, f, x3, 0x0)
test_1333:
    mov x19, 1333
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1333, f, x3, 0x80000000)
test_1334:
    mov x19, 1334
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1334, f, x3, 0x0)
test_1335:
    mov x19, 1335
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp x1, x2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1335, f, x3, 0xa0000000)
test_1336:
    mov x19, 1336
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn x1, x2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1336, f, x3, 0x50000000)
test_1337:
    mov x19, 1337
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1337, f, x3, 0xf0000000)
test_1338:
    mov x19, 1338
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1338, f, x3, 0x0)
test_1339:
    mov x19, 1339
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp x1, x2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1339, f, x3, 0xa0000000)
test_1340:
    mov x19, 1340
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn x1, x2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1340, f, x3, 0x50000000)
test_1341:
    mov x19, 1341
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1341, f, x3, 0xf0000000)
test_1342:
    mov x19, 1342
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1342, f, x3, 0x0)
test_1343:
    mov x19, 1343
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp x1, x2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1343, f, x3, 0x60000000)
test_1344:
    mov x19, 1344
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn x1, x2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1344, f, x3, 0x0)
test_1345:
    mov x19, 1345
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1345, f, x3, 0x80000000)
test_1346:
    mov x19, 1346
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1346, f, x3, 0x0)
test_1347:
    mov x19, 1347
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp x1, x2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1347, f, x3, 0x60000000)
test_1348:
    mov x19, 1348
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn x1, x2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1348, f, x3, 0x0)
test_1349:
    mov x19, 1349
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1349, f, x3, 0x80000000)
test_1350:
    mov x19, 1350
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1350, f, x3, 0x0)
test_1351:
    mov x19, 1351
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp x1, x2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1351, f, x3, 0x60000000)
test_1352:
    mov x19, 1352
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn x1, x2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1352, f, x3, 0x0)
test_1353:
    mov x19, 1353
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1353, f, x3, 0x80000000)
test_1354:
    mov x19, 1354
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1354, f, x3, 0x0)
test_1355:
    mov x19, 1355
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp x1, x2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1355, f, x3, 0x60000000)
test_1356:
    mov x19, 1356
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn x1, x2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1356, f, x3, 0x0)
test_1357:
    mov x19, 1357
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1357, f, x3, 0x80000000)
test_1358:
    mov x19, 1358
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1358, f, x3, 0x0)
test_1359:
    mov x19, 1359
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp x1, x2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1359, f, x3, 0x60000000)
test_1360:
    mov x19, 1360
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn x1, x2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1360, f, x3, 0x0)
test_1361:
    mov x19, 1361
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1361, f, x3, 0x80000000)
test_1362:
    mov x19, 1362
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1362, f, x3, 0x0)
test_1363:
    mov x19, 1363
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp x1, x2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1363, f, x3, 0x80000000)
test_1364:
    mov x19, 1364
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn x1, x2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1364, f, x3, 0x0)
test_1365:
    mov x19, 1365
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1365, f, x3, 0x80000000)
test_1366:
    mov x19, 1366
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1366, f, x3, 0x0)
test_1367:
    mov x19, 1367
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp x1, x2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1367, f, x3, 0xa0000000)
test_1368:
    mov x19, 1368
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn x1, x2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1368, f, x3, 0x50000000)
test_1369:
    mov x19, 1369
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1369, f, x3, 0xf0000000)
test_1370:
    mov x19, 1370
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1370, f, x3, 0x0)
test_1371:
    mov x19, 1371
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp x1, x2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1371, f, x3, 0xa0000000)
test_1372:
    mov x19, 1372
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn x1, x2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1372, f, x3, 0x50000000)
test_1373:
    mov x19, 1373
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1373, f, x3, 0xf0000000)
test_1374:
    mov x19, 1374
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1374, f, x3, 0x0)
test_1375:
    mov x19, 1375
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp x1, x2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1375, f, x3, 0x80000000)
test_1376:
    mov x19, 1376
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn x1, x2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1376, f, x3, 0x0)
test_1377:
    mov x19, 1377
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1377, f, x3, 0x80000000)
test_1378:
    mov x19, 1378
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1378, f, x3, 0x0)
test_1379:
    mov x19, 1379
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp x1, x2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1379, f, x3, 0x80000000)
test_1380:
    mov x19, 1380
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn x1, x2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1380, f, x3, 0x0)
test_1381:
    mov x19, 1381
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1381, f, x3, 0x80000000)
test_1382:
    mov x19, 1382
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1382, f, x3, 0x0)
test_1383:
    mov x19, 1383
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp x1, x2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1383, f, x3, 0x80000000)
test_1384:
    mov x19, 1384
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn x1, x2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1384, f, x3, 0x0)
test_1385:
    mov x19, 1385
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1385, f, x3, 0x80000000)
test_1386:
    mov x19, 1386
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1386, f, x3, 0x0)
test_1387:
    mov x19, 1387
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp x1, x2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1387, f, x3, 0x80000000)
test_1388:
    mov x19, 1388
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn x1, x2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1388, f, x3, 0x0)
test_1389:
    mov x19, 1389
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1389, f, x3, 0x80000000)
test_1390:
    mov x19, 1390
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1390, f, x3, 0x0)
test_1391:
    mov x19, 1391
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp x1, x2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1391, f, x3, 0x80000000)
test_1392:
    mov x19, 1392
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn x1, x2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1392, f, x3, 0x0)
test_1393:
    mov x19, 1393
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp x1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1393, f, x3, 0x80000000)
test_1394:
    mov x19, 1394
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn x1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1394, f, x3, 0x0)
test_1395:
    mov x19, 1395
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1395, f, x3, 0x20000000)
test_1396:
    mov x19, 1396
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1396, f, x3, 0x0)
test_1397:
    mov x19, 1397
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp x1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1397, f, x3, 0x20000000)
test_1398:
    mov x19, 1398
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn x1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1398, f, x3, 0x0)
test_1399:
    mov x19, 1399
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1399, f, x3, 0xa0000000)
test_1400:
    mov x19, 1400
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1400, f, x3, 0x50000000)
test_1401:
    mov x19, 1401
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp x1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1401, f, x3, 0xf0000000)
test_1402:
    mov x19, 1402
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn x1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1402, f, x3, 0x0)
test_1403:
    mov x19, 1403
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1403, f, x3, 0xa0000000)
test_1404:
    mov x19, 1404
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1404, f, x3, 0x50000000)
test_1405:
    mov x19, 1405
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp x1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1405, f, x3, 0xf0000000)
test_1406:
    mov x19, 1406
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn x1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1406, f, x3, 0x0)
test_1407:
    mov x19, 1407
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1407, f, x3, 0x20000000)
test_1408:
    mov x19, 1408
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1408, f, x3, 0x0)
test_1409:
    mov x19, 1409
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp x1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1409, f, x3, 0x20000000)
test_1410:
    mov x19, 1410
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn x1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1410, f, x3, 0x0)
test_1411:
    mov x19, 1411
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1411, f, x3, 0x20000000)
test_1412:
    mov x19, 1412
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1412, f, x3, 0x0)
test_1413:
    mov x19, 1413
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp x1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1413, f, x3, 0x20000000)
test_1414:
    mov x19, 1414
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn x1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1414, f, x3, 0x0)
test_1415:
    mov x19, 1415
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1415, f, x3, 0x20000000)
test_1416:
    mov x19, 1416
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1416, f, x3, 0x0)
test_1417:
    mov x19, 1417
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp x1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1417, f, x3, 0x20000000)
test_1418:
    mov x19, 1418
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn x1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1418, f, x3, 0x0)
test_1419:
    mov x19, 1419
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1419, f, x3, 0x20000000)
test_1420:
    mov x19, 1420
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1420, f, x3, 0x0)
test_1421:
    mov x19, 1421
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp x1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1421, f, x3, 0x20000000)
test_1422:
    mov x19, 1422
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn x1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1422, f, x3, 0x0)
test_1423:
    mov x19, 1423
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1423, f, x3, 0x20000000)
test_1424:
    mov x19, 1424
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1424, f, x3, 0x0)
test_1425:
    mov x19, 1425
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp x1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1425, f, x3, 0x20000000)
test_1426:
    mov x19, 1426
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn x1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1426, f, x3, 0x0)
test_1427:
    mov x19, 1427
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1427, f, x3, 0x30000000)
test_1428:
    mov x19, 1428
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1428, f, x3, 0x80000000)
test_1429:
    mov x19, 1429
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp x1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1429, f, x3, 0x30000000)
test_1430:
    mov x19, 1430
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn x1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1430, f, x3, 0x80000000)
test_1431:
    mov x19, 1431
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1431, f, x3, 0xa0000000)
test_1432:
    mov x19, 1432
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1432, f, x3, 0x50000000)
test_1433:
    mov x19, 1433
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp x1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1433, f, x3, 0xf0000000)
test_1434:
    mov x19, 1434
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn x1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1434, f, x3, 0x0)
test_1435:
    mov x19, 1435
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1435, f, x3, 0xa0000000)
test_1436:
    mov x19, 1436
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1436, f, x3, 0x50000000)
test_1437:
    mov x19, 1437
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp x1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1437, f, x3, 0xf0000000)
test_1438:
    mov x19, 1438
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn x1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1438, f, x3, 0x0)
test_1439:
    mov x19, 1439
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1439, f, x3, 0x30000000)
test_1440:
    mov x19, 1440
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1440, f, x3, 0x80000000)
test_1441:
    mov x19, 1441
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp x1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1441, f, x3, 0x30000000)
test_1442:
    mov x19, 1442
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn x1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1442, f, x3, 0x80000000)
test_1443:
    mov x19, 1443
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1443, f, x3, 0x30000000)
test_1444:
    mov x19, 1444
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1444, f, x3, 0x80000000)
test_1445:
    mov x19, 1445
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp x1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1445, f, x3, 0x30000000)
test_1446:
    mov x19, 1446
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn x1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1446, f, x3, 0x80000000)
test_1447:
    mov x19, 1447
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1447, f, x3, 0x30000000)
test_1448:
    mov x19, 1448
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1448, f, x3, 0x80000000)
test_1449:
    mov x19, 1449
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp x1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1449, f, x3, 0x30000000)
test_1450:
    mov x19, 1450
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn x1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1450, f, x3, 0x80000000)
test_1451:
    mov x19, 1451
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1451, f, x3, 0x30000000)
test_1452:
    mov x19, 1452
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1452, f, x3, 0x80000000)
test_1453:
    mov x19, 1453
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp x1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1453, f, x3, 0x30000000)
test_1454:
    mov x19, 1454
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn x1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1454, f, x3, 0x80000000)
test_1455:
    mov x19, 1455
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp x1, x2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1455, f, x3, 0x30000000)
test_1456:
    mov x19, 1456
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn x1, x2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1456, f, x3, 0x80000000)
test_1457:
    mov x19, 1457
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp x1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1457, f, x3, 0x30000000)
test_1458:
    mov x19, 1458
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn x1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1458, f, x3, 0x80000000)
test_1459:
    mov x19, 1459
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp x1, x2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1459, f, x3, 0xa0000000)
test_1460:
    mov x19, 1460
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn x1, x2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1460, f, x3, 0x60000000)
test_1461:
    mov x19, 1461
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp x1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1461, f, x3, 0xa0000000)
test_1462:
    mov x19, 1462
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn x1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1462, f, x3, 0x80000000)
test_1463:
    mov x19, 1463
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp x1, x2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1463, f, x3, 0xa0000000)
test_1464:
    mov x19, 1464
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn x1, x2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1464, f, x3, 0x50000000)
test_1465:
    mov x19, 1465
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp x1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1465, f, x3, 0xf0000000)
test_1466:
    mov x19, 1466
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn x1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1466, f, x3, 0x0)
test_1467:
    mov x19, 1467
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp x1, x2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1467, f, x3, 0xa0000000)
test_1468:
    mov x19, 1468
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn x1, x2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1468, f, x3, 0x50000000)
test_1469:
    mov x19, 1469
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp x1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1469, f, x3, 0xf0000000)
test_1470:
    mov x19, 1470
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn x1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1470, f, x3, 0x0)
test_1471:
    mov x19, 1471
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp x1, x2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1471, f, x3, 0xa0000000)
test_1472:
    mov x19, 1472
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn x1, x2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1472, f, x3, 0x60000000)
test_1473:
    mov x19, 1473
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp x1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1473, f, x3, 0xa0000000)
test_1474:
    mov x19, 1474
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn x1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1474, f, x3, 0x80000000)
test_1475:
    mov x19, 1475
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp x1, x2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1475, f, x3, 0xa0000000)
test_1476:
    mov x19, 1476
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn x1, x2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1476, f, x3, 0x60000000)
test_1477:
    mov x19, 1477
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp x1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1477, f, x3, 0xa0000000)
test_1478:
    mov x19, 1478
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn x1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1478, f, x3, 0x80000000)
test_1479:
    mov x19, 1479
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp x1, x2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1479, f, x3, 0xa0000000)
test_1480:
    mov x19, 1480
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn x1, x2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1480, f, x3, 0x60000000)
test_1481:
    mov x19, 1481
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp x1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1481, f, x3, 0xa0000000)
test_1482:
    mov x19, 1482
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn x1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1482, f, x3, 0x80000000)
test_1483:
    mov x19, 1483
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp x1, x2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1483, f, x3, 0xa0000000)
test_1484:
    mov x19, 1484
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn x1, x2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1484, f, x3, 0x60000000)
test_1485:
    mov x19, 1485
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp x1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1485, f, x3, 0xa0000000)
test_1486:
    mov x19, 1486
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn x1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1486, f, x3, 0x80000000)
test_1487:
    mov x19, 1487
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp x1, x2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1487, f, x3, 0xa0000000)
test_1488:
    mov x19, 1488
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn x1, x2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1488, f, x3, 0x60000000)
test_1489:
    mov x19, 1489
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp x1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1489, f, x3, 0xa0000000)
test_1490:
    mov x19, 1490
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn x1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1490, f, x3, 0x80000000)
test_1491:
    mov x19, 1491
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp w1, w2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1491, f, x3, 0x60000000)
test_1492:
    mov x19, 1492
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn w1, w2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1492, f, x3, 0x0)
test_1493:
    mov x19, 1493
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1493, f, x3, 0x80000000)
test_1494:
    mov x19, 1494
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1494, f, x3, 0x0)
test_1495:
    mov x19, 1495
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp w1, w2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1495, f, x3, 0xa0000000)
test_1496:
    mov x19, 1496
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn w1, w2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1496, f, x3, 0x50000000)
test_1497:
    mov x19, 1497
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1497, f, x3, 0xf0000000)
test_1498:
    mov x19, 1498
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1498, f, x3, 0x0)
test_1499:
    mov x19, 1499
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp w1, w2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1499, f, x3, 0xa0000000)
test_1500:
    mov x19, 1500
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn w1, w2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1500, f, x3, 0x50000000)
test_1501:
    mov x19, 1501
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1501, f, x3, 0xf0000000)
test_1502:
    mov x19, 1502
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1502, f, x3, 0x0)
test_1503:
    mov x19, 1503
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp w1, w2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1503, f, x3, 0x60000000)
test_1504:
    mov x19, 1504
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn w1, w2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1504, f, x3, 0x0)
test_1505:
    mov x19, 1505
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1505, f, x3, 0x80000000)
test_1506:
    mov x19, 1506
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1506, f, x3, 0x0)
test_1507:
    mov x19, 1507
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp w1, w2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1507, f, x3, 0x60000000)
test_1508:
    mov x19, 1508
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn w1, w2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1508, f, x3, 0x0)
test_1509:
    mov x19, 1509
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1509, f, x3, 0x80000000)
test_1510:
    mov x19, 1510
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1510, f, x3, 0x0)
test_1511:
    mov x19, 1511
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp w1, w2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1511, f, x3, 0x60000000)
test_1512:
    mov x19, 1512
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn w1, w2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1512, f, x3, 0x0)
test_1513:
    mov x19, 1513
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1513, f, x3, 0x80000000)
test_1514:
    mov x19, 1514
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1514, f, x3, 0x0)
test_1515:
    mov x19, 1515
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp w1, w2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1515, f, x3, 0x60000000)
test_1516:
    mov x19, 1516
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn w1, w2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1516, f, x3, 0x0)
test_1517:
    mov x19, 1517
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1517, f, x3, 0x80000000)
test_1518:
    mov x19, 1518
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1518, f, x3, 0x0)
test_1519:
    mov x19, 1519
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmp w1, w2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1519, f, x3, 0x60000000)
test_1520:
    mov x19, 1520
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x5
    ccmn w1, w2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1520, f, x3, 0x0)
test_1521:
    mov x19, 1521
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1521, f, x3, 0x80000000)
test_1522:
    mov x19, 1522
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1522, f, x3, 0x0)
test_1523:
    mov x19, 1523
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp w1, w2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1523, f, x3, 0x80000000)
test_1524:
    mov x19, 1524
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn w1, w2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1524, f, x3, 0x0)
test_1525:
    mov x19, 1525
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1525, f, x3, 0x80000000)
test_1526:
    mov x19, 1526
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1526, f, x3, 0x0)
test_1527:
    mov x19, 1527
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp w1, w2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1527, f, x3, 0xa0000000)
test_1528:
    mov x19, 1528
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn w1, w2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1528, f, x3, 0x50000000)
test_1529:
    mov x19, 1529
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1529, f, x3, 0xf0000000)
test_1530:
    mov x19, 1530
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1530, f, x3, 0x0)
test_1531:
    mov x19, 1531
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp w1, w2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1531, f, x3, 0xa0000000)
test_1532:
    mov x19, 1532
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn w1, w2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1532, f, x3, 0x50000000)
test_1533:
    mov x19, 1533
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1533, f, x3, 0xf0000000)
test_1534:
    mov x19, 1534
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1534, f, x3, 0x0)
test_1535:
    mov x19, 1535
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp w1, w2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1535, f, x3, 0x80000000)
test_1536:
    mov x19, 1536
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn w1, w2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1536, f, x3, 0x0)
test_1537:
    mov x19, 1537
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1537, f, x3, 0x80000000)
test_1538:
    mov x19, 1538
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1538, f, x3, 0x0)
test_1539:
    mov x19, 1539
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp w1, w2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1539, f, x3, 0x80000000)
test_1540:
    mov x19, 1540
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn w1, w2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1540, f, x3, 0x0)
test_1541:
    mov x19, 1541
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1541, f, x3, 0x80000000)
test_1542:
    mov x19, 1542
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1542, f, x3, 0x0)
test_1543:
    mov x19, 1543
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp w1, w2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1543, f, x3, 0x80000000)
test_1544:
    mov x19, 1544
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn w1, w2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1544, f, x3, 0x0)
test_1545:
    mov x19, 1545
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1545, f, x3, 0x80000000)
test_1546:
    mov x19, 1546
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1546, f, x3, 0x0)
test_1547:
    mov x19, 1547
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp w1, w2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1547, f, x3, 0x80000000)
test_1548:
    mov x19, 1548
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn w1, w2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1548, f, x3, 0x0)
test_1549:
    mov x19, 1549
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1549, f, x3, 0x80000000)
test_1550:
    mov x19, 1550
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1550, f, x3, 0x0)
test_1551:
    mov x19, 1551
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmp w1, w2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1551, f, x3, 0x80000000)
test_1552:
    mov x19, 1552
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ccmn w1, w2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1552, f, x3, 0x0)
test_1553:
    mov x19, 1553
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmp w1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1553, f, x3, 0x80000000)
test_1554:
    mov x19, 1554
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ccmn w1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1554, f, x3, 0x0)
test_1555:
    mov x19, 1555
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1555, f, x3, 0x30000000)
test_1556:
    mov x19, 1556
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1556, f, x3, 0x80000000)
test_1557:
    mov x19, 1557
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp w1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1557, f, x3, 0x30000000)
test_1558:
    mov x19, 1558
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn w1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1558, f, x3, 0x80000000)
test_1559:
    mov x19, 1559
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1559, f, x3, 0xa0000000)
test_1560:
    mov x19, 1560
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1560, f, x3, 0x50000000)
test_1561:
    mov x19, 1561
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp w1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1561, f, x3, 0xf0000000)
test_1562:
    mov x19, 1562
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn w1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1562, f, x3, 0x0)
test_1563:
    mov x19, 1563
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1563, f, x3, 0xa0000000)
test_1564:
    mov x19, 1564
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1564, f, x3, 0x50000000)
test_1565:
    mov x19, 1565
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp w1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1565, f, x3, 0xf0000000)
test_1566:
    mov x19, 1566
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn w1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1566, f, x3, 0x0)
test_1567:
    mov x19, 1567
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1567, f, x3, 0x30000000)
test_1568:
    mov x19, 1568
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1568, f, x3, 0x80000000)
test_1569:
    mov x19, 1569
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp w1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1569, f, x3, 0x30000000)
test_1570:
    mov x19, 1570
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn w1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1570, f, x3, 0x80000000)
test_1571:
    mov x19, 1571
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1571, f, x3, 0x30000000)
test_1572:
    mov x19, 1572
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1572, f, x3, 0x80000000)
test_1573:
    mov x19, 1573
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp w1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1573, f, x3, 0x30000000)
test_1574:
    mov x19, 1574
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn w1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1574, f, x3, 0x80000000)
test_1575:
    mov x19, 1575
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1575, f, x3, 0x30000000)
test_1576:
    mov x19, 1576
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1576, f, x3, 0x80000000)
test_1577:
    mov x19, 1577
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp w1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1577, f, x3, 0x30000000)
test_1578:
    mov x19, 1578
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn w1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1578, f, x3, 0x80000000)
test_1579:
    mov x19, 1579
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1579, f, x3, 0x30000000)
test_1580:
    mov x19, 1580
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1580, f, x3, 0x80000000)
test_1581:
    mov x19, 1581
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp w1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1581, f, x3, 0x30000000)
test_1582:
    mov x19, 1582
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn w1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1582, f, x3, 0x80000000)
test_1583:
    mov x19, 1583
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1583, f, x3, 0x30000000)
test_1584:
    mov x19, 1584
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1584, f, x3, 0x80000000)
test_1585:
    mov x19, 1585
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmp w1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1585, f, x3, 0x30000000)
test_1586:
    mov x19, 1586
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ccmn w1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1586, f, x3, 0x80000000)
test_1587:
    mov x19, 1587
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1587, f, x3, 0x80000000)
test_1588:
    mov x19, 1588
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1588, f, x3, 0x0)
test_1589:
    mov x19, 1589
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp w1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1589, f, x3, 0x80000000)
test_1590:
    mov x19, 1590
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn w1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1590, f, x3, 0x40000000)
test_1591:
    mov x19, 1591
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1591, f, x3, 0xa0000000)
test_1592:
    mov x19, 1592
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1592, f, x3, 0x50000000)
test_1593:
    mov x19, 1593
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp w1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1593, f, x3, 0xf0000000)
test_1594:
    mov x19, 1594
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn w1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1594, f, x3, 0x0)
test_1595:
    mov x19, 1595
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1595, f, x3, 0xa0000000)
test_1596:
    mov x19, 1596
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1596, f, x3, 0x50000000)
test_1597:
    mov x19, 1597
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp w1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1597, f, x3, 0xf0000000)
test_1598:
    mov x19, 1598
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn w1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1598, f, x3, 0x0)
test_1599:
    mov x19, 1599
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1599, f, x3, 0x80000000)
test_1600:
    mov x19, 1600
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1600, f, x3, 0x0)
test_1601:
    mov x19, 1601
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp w1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1601, f, x3, 0x80000000)
test_1602:
    mov x19, 1602
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn w1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1602, f, x3, 0x40000000)
test_1603:
    mov x19, 1603
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1603, f, x3, 0x80000000)
test_1604:
    mov x19, 1604
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1604, f, x3, 0x0)
test_1605:
    mov x19, 1605
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp w1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1605, f, x3, 0x80000000)
test_1606:
    mov x19, 1606
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn w1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1606, f, x3, 0x40000000)
test_1607:
    mov x19, 1607
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1607, f, x3, 0x80000000)
test_1608:
    mov x19, 1608
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1608, f, x3, 0x0)
test_1609:
    mov x19, 1609
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp w1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1609, f, x3, 0x80000000)
test_1610:
    mov x19, 1610
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn w1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1610, f, x3, 0x40000000)
test_1611:
    mov x19, 1611
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1611, f, x3, 0x80000000)
test_1612:
    mov x19, 1612
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1612, f, x3, 0x0)
test_1613:
    mov x19, 1613
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp w1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1613, f, x3, 0x80000000)
test_1614:
    mov x19, 1614
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn w1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1614, f, x3, 0x40000000)
test_1615:
    mov x19, 1615
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmp w1, w2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1615, f, x3, 0x80000000)
test_1616:
    mov x19, 1616
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x1
    ccmn w1, w2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1616, f, x3, 0x0)
test_1617:
    mov x19, 1617
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmp w1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1617, f, x3, 0x80000000)
test_1618:
    mov x19, 1618
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ccmn w1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1618, f, x3, 0x40000000)
test_1619:
    mov x19, 1619
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp w1, w2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1619, f, x3, 0xa0000000)
test_1620:
    mov x19, 1620
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn w1, w2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1620, f, x3, 0x60000000)
test_1621:
    mov x19, 1621
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp w1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1621, f, x3, 0xa0000000)
test_1622:
    mov x19, 1622
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn w1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1622, f, x3, 0x80000000)
test_1623:
    mov x19, 1623
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp w1, w2, 0xa, eq
    mrs x3, nzcv
    CHECK_EQ_T(1623, f, x3, 0xa0000000)
test_1624:
    mov x19, 1624
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn w1, w2, 0x5, eq
    mrs x3, nzcv
    CHECK_EQ_T(1624, f, x3, 0x50000000)
test_1625:
    mov x19, 1625
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp w1, 31, 0xf, eq
    mrs x3, nzcv
    CHECK_EQ_T(1625, f, x3, 0xf0000000)
test_1626:
    mov x19, 1626
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn w1, 0, 0x0, eq
    mrs x3, nzcv
    CHECK_EQ_T(1626, f, x3, 0x0)
test_1627:
    mov x19, 1627
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp w1, w2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1627, f, x3, 0xa0000000)
test_1628:
    mov x19, 1628
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn w1, w2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1628, f, x3, 0x50000000)
test_1629:
    mov x19, 1629
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp w1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1629, f, x3, 0xf0000000)
test_1630:
    mov x19, 1630
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn w1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1630, f, x3, 0x0)
test_1631:
    mov x19, 1631
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp w1, w2, 0xa, ne
    mrs x3, nzcv
    CHECK_EQ_T(1631, f, x3, 0xa0000000)
test_1632:
    mov x19, 1632
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn w1, w2, 0x5, ne
    mrs x3, nzcv
    CHECK_EQ_T(1632, f, x3, 0x60000000)
test_1633:
    mov x19, 1633
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp w1, 31, 0xf, ne
    mrs x3, nzcv
    CHECK_EQ_T(1633, f, x3, 0xa0000000)
test_1634:
    mov x19, 1634
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn w1, 0, 0x0, ne
    mrs x3, nzcv
    CHECK_EQ_T(1634, f, x3, 0x80000000)
test_1635:
    mov x19, 1635
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp w1, w2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1635, f, x3, 0xa0000000)
test_1636:
    mov x19, 1636
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn w1, w2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1636, f, x3, 0x60000000)
test_1637:
    mov x19, 1637
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp w1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1637, f, x3, 0xa0000000)
test_1638:
    mov x19, 1638
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn w1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1638, f, x3, 0x80000000)
test_1639:
    mov x19, 1639
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp w1, w2, 0xa, al
    mrs x3, nzcv
    CHECK_EQ_T(1639, f, x3, 0xa0000000)
test_1640:
    mov x19, 1640
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn w1, w2, 0x5, al
    mrs x3, nzcv
    CHECK_EQ_T(1640, f, x3, 0x60000000)
test_1641:
    mov x19, 1641
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp w1, 31, 0xf, al
    mrs x3, nzcv
    CHECK_EQ_T(1641, f, x3, 0xa0000000)
test_1642:
    mov x19, 1642
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn w1, 0, 0x0, al
    mrs x3, nzcv
    CHECK_EQ_T(1642, f, x3, 0x80000000)
test_1643:
    mov x19, 1643
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp w1, w2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1643, f, x3, 0xa0000000)
test_1644:
    mov x19, 1644
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn w1, w2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1644, f, x3, 0x60000000)
test_1645:
    mov x19, 1645
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp w1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1645, f, x3, 0xa0000000)
test_1646:
    mov x19, 1646
    ldr x4, =0x40000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn w1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1646, f, x3, 0x80000000)
test_1647:
    mov x19, 1647
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmp w1, w2, 0xa, nv
    mrs x3, nzcv
    CHECK_EQ_T(1647, f, x3, 0xa0000000)
test_1648:
    mov x19, 1648
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0x1
    ccmn w1, w2, 0x5, nv
    mrs x3, nzcv
    CHECK_EQ_T(1648, f, x3, 0x60000000)
test_1649:
    mov x19, 1649
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmp w1, 31, 0xf, nv
    mrs x3, nzcv
    CHECK_EQ_T(1649, f, x3, 0xa0000000)
test_1650:
    mov x19, 1650
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ccmn w1, 0, 0x0, nv
    mrs x3, nzcv
    CHECK_EQ_T(1650, f, x3, 0x80000000)
    b pass
TEST_END
