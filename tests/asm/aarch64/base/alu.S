/* Integer ALU: move wide, add/sub (immediate, shifted, extended, SP forms), ADC/SBC,
 * logical shifted register; 32- and 64-bit forms, shifts by 0 and 31/63, NZCV
 * of every flag-setting form (captured in x3).  Expected values come from the
 * Arm ARM pseudo-code (AddWithCarry, ShiftReg, ExtendReg), evaluated in Python. */
#include "test.h"

TEST_BEGIN
test_100:
    mov x19, 100
    ldr x0, =0xffffffffffffffff
    movz x0, 0xbeef, lsl 0
    CHECK_EQ_T(100, c0, x0, 0xbeef)
test_101:
    mov x19, 101
    ldr x0, =0xffffffffffffffff
    movn x0, 0xbeef, lsl 0
    CHECK_EQ_T(101, c0, x0, 0xffffffffffff4110)
test_102:
    mov x19, 102
    ldr x0, =0x1111222233334444
    movk x0, 0xbeef, lsl 0
    CHECK_EQ_T(102, c0, x0, 0x111122223333beef)
test_103:
    mov x19, 103
    ldr x0, =0xffffffffffffffff
    movz x0, 0xbeef, lsl 16
    CHECK_EQ_T(103, c0, x0, 0xbeef0000)
test_104:
    mov x19, 104
    ldr x0, =0xffffffffffffffff
    movn x0, 0xbeef, lsl 16
    CHECK_EQ_T(104, c0, x0, 0xffffffff4110ffff)
test_105:
    mov x19, 105
    ldr x0, =0x1111222233334444
    movk x0, 0xbeef, lsl 16
    CHECK_EQ_T(105, c0, x0, 0x11112222beef4444)
test_106:
    mov x19, 106
    ldr x0, =0xffffffffffffffff
    movz x0, 0xbeef, lsl 32
    CHECK_EQ_T(106, c0, x0, 0xbeef00000000)
test_107:
    mov x19, 107
    ldr x0, =0xffffffffffffffff
    movn x0, 0xbeef, lsl 32
    CHECK_EQ_T(107, c0, x0, 0xffff4110ffffffff)
test_108:
    mov x19, 108
    ldr x0, =0x1111222233334444
    movk x0, 0xbeef, lsl 32
    CHECK_EQ_T(108, c0, x0, 0x1111beef33334444)
test_109:
    mov x19, 109
    ldr x0, =0xffffffffffffffff
    movz x0, 0xbeef, lsl 48
    CHECK_EQ_T(109, c0, x0, 0xbeef000000000000)
test_110:
    mov x19, 110
    ldr x0, =0xffffffffffffffff
    movn x0, 0xbeef, lsl 48
    CHECK_EQ_T(110, c0, x0, 0x4110ffffffffffff)
test_111:
    mov x19, 111
    ldr x0, =0x1111222233334444
    movk x0, 0xbeef, lsl 48
    CHECK_EQ_T(111, c0, x0, 0xbeef222233334444)
test_112:
    mov x19, 112
    ldr x0, =0xffffffffffffffff
    movz w0, 0xbeef, lsl 0
    CHECK_EQ_T(112, c0, x0, 0xbeef)
test_113:
    mov x19, 113
    ldr x0, =0xffffffffffffffff
    movn w0, 0xbeef, lsl 0
    CHECK_EQ_T(113, c0, x0, 0xffff4110)
test_114:
    mov x19, 114
    ldr x0, =0x1111222233334444
    movk w0, 0xbeef, lsl 0
    CHECK_EQ_T(114, c0, x0, 0x3333beef)
test_115:
    mov x19, 115
    ldr x0, =0xffffffffffffffff
    movz w0, 0xbeef, lsl 16
    CHECK_EQ_T(115, c0, x0, 0xbeef0000)
test_116:
    mov x19, 116
    ldr x0, =0xffffffffffffffff
    movn w0, 0xbeef, lsl 16
    CHECK_EQ_T(116, c0, x0, 0x4110ffff)
test_117:
    mov x19, 117
    ldr x0, =0x1111222233334444
    movk w0, 0xbeef, lsl 16
    CHECK_EQ_T(117, c0, x0, 0xbeef4444)
test_118:
    mov x19, 118
    ldr x1, =0x0
    adds x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(118, c0, x0, 0x0)
    CHECK_EQ_T(118, f, x3, 0x40000000)
test_119:
    mov x19, 119
    ldr x1, =0x0
    subs x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(119, c0, x0, 0x0)
    CHECK_EQ_T(119, f, x3, 0x60000000)
test_120:
    mov x19, 120
    ldr x1, =0x0
    adds x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(120, c0, x0, 0x1)
    CHECK_EQ_T(120, f, x3, 0x0)
test_121:
    mov x19, 121
    ldr x1, =0x0
    subs x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(121, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(121, f, x3, 0x80000000)
test_122:
    mov x19, 122
    ldr x1, =0x0
    adds x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(122, c0, x0, 0xfff)
    CHECK_EQ_T(122, f, x3, 0x0)
test_123:
    mov x19, 123
    ldr x1, =0x0
    subs x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(123, c0, x0, 0xfffffffffffff001)
    CHECK_EQ_T(123, f, x3, 0x80000000)
test_124:
    mov x19, 124
    ldr x1, =0x0
    adds x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(124, c0, x0, 0x1000)
    CHECK_EQ_T(124, f, x3, 0x0)
test_125:
    mov x19, 125
    ldr x1, =0x0
    subs x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(125, c0, x0, 0xfffffffffffff000)
    CHECK_EQ_T(125, f, x3, 0x80000000)
test_126:
    mov x19, 126
    ldr x1, =0x0
    adds x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(126, c0, x0, 0xfff000)
    CHECK_EQ_T(126, f, x3, 0x0)
test_127:
    mov x19, 127
    ldr x1, =0x0
    subs x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(127, c0, x0, 0xffffffffff001000)
    CHECK_EQ_T(127, f, x3, 0x80000000)
test_128:
    mov x19, 128
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x0
    add x0, x1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(128, c0, x0, 0x123000)
    CHECK_EQ_T(128, f, x3, 0xa0000000)
test_129:
    mov x19, 129
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x0
    sub x0, x1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(129, c0, x0, 0xfffffffffffff801)
    CHECK_EQ_T(129, f, x3, 0x50000000)
test_130:
    mov x19, 130
    ldr x1, =0x1
    adds x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(130, c0, x0, 0x1)
    CHECK_EQ_T(130, f, x3, 0x0)
test_131:
    mov x19, 131
    ldr x1, =0x1
    subs x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(131, c0, x0, 0x1)
    CHECK_EQ_T(131, f, x3, 0x20000000)
test_132:
    mov x19, 132
    ldr x1, =0x1
    adds x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(132, c0, x0, 0x2)
    CHECK_EQ_T(132, f, x3, 0x0)
test_133:
    mov x19, 133
    ldr x1, =0x1
    subs x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(133, c0, x0, 0x0)
    CHECK_EQ_T(133, f, x3, 0x60000000)
test_134:
    mov x19, 134
    ldr x1, =0x1
    adds x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(134, c0, x0, 0x1000)
    CHECK_EQ_T(134, f, x3, 0x0)
test_135:
    mov x19, 135
    ldr x1, =0x1
    subs x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(135, c0, x0, 0xfffffffffffff002)
    CHECK_EQ_T(135, f, x3, 0x80000000)
test_136:
    mov x19, 136
    ldr x1, =0x1
    adds x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(136, c0, x0, 0x1001)
    CHECK_EQ_T(136, f, x3, 0x0)
test_137:
    mov x19, 137
    ldr x1, =0x1
    subs x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(137, c0, x0, 0xfffffffffffff001)
    CHECK_EQ_T(137, f, x3, 0x80000000)
test_138:
    mov x19, 138
    ldr x1, =0x1
    adds x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(138, c0, x0, 0xfff001)
    CHECK_EQ_T(138, f, x3, 0x0)
test_139:
    mov x19, 139
    ldr x1, =0x1
    subs x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(139, c0, x0, 0xffffffffff001001)
    CHECK_EQ_T(139, f, x3, 0x80000000)
test_140:
    mov x19, 140
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x1
    add x0, x1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(140, c0, x0, 0x123001)
    CHECK_EQ_T(140, f, x3, 0xa0000000)
test_141:
    mov x19, 141
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x1
    sub x0, x1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(141, c0, x0, 0xfffffffffffff802)
    CHECK_EQ_T(141, f, x3, 0x50000000)
test_142:
    mov x19, 142
    ldr x1, =0x7fffffff
    adds x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(142, c0, x0, 0x7fffffff)
    CHECK_EQ_T(142, f, x3, 0x0)
test_143:
    mov x19, 143
    ldr x1, =0x7fffffff
    subs x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(143, c0, x0, 0x7fffffff)
    CHECK_EQ_T(143, f, x3, 0x20000000)
test_144:
    mov x19, 144
    ldr x1, =0x7fffffff
    adds x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(144, c0, x0, 0x80000000)
    CHECK_EQ_T(144, f, x3, 0x0)
test_145:
    mov x19, 145
    ldr x1, =0x7fffffff
    subs x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(145, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(145, f, x3, 0x20000000)
test_146:
    mov x19, 146
    ldr x1, =0x7fffffff
    adds x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(146, c0, x0, 0x80000ffe)
    CHECK_EQ_T(146, f, x3, 0x0)
test_147:
    mov x19, 147
    ldr x1, =0x7fffffff
    subs x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(147, c0, x0, 0x7ffff000)
    CHECK_EQ_T(147, f, x3, 0x20000000)
test_148:
    mov x19, 148
    ldr x1, =0x7fffffff
    adds x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(148, c0, x0, 0x80000fff)
    CHECK_EQ_T(148, f, x3, 0x0)
test_149:
    mov x19, 149
    ldr x1, =0x7fffffff
    subs x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(149, c0, x0, 0x7fffefff)
    CHECK_EQ_T(149, f, x3, 0x20000000)
test_150:
    mov x19, 150
    ldr x1, =0x7fffffff
    adds x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(150, c0, x0, 0x80ffefff)
    CHECK_EQ_T(150, f, x3, 0x0)
test_151:
    mov x19, 151
    ldr x1, =0x7fffffff
    subs x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(151, c0, x0, 0x7f000fff)
    CHECK_EQ_T(151, f, x3, 0x20000000)
test_152:
    mov x19, 152
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    add x0, x1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(152, c0, x0, 0x80122fff)
    CHECK_EQ_T(152, f, x3, 0xa0000000)
test_153:
    mov x19, 153
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    sub x0, x1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(153, c0, x0, 0x7ffff800)
    CHECK_EQ_T(153, f, x3, 0x50000000)
test_154:
    mov x19, 154
    ldr x1, =0x80000000
    adds x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(154, c0, x0, 0x80000000)
    CHECK_EQ_T(154, f, x3, 0x0)
test_155:
    mov x19, 155
    ldr x1, =0x80000000
    subs x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(155, c0, x0, 0x80000000)
    CHECK_EQ_T(155, f, x3, 0x20000000)
test_156:
    mov x19, 156
    ldr x1, =0x80000000
    adds x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(156, c0, x0, 0x80000001)
    CHECK_EQ_T(156, f, x3, 0x0)
test_157:
    mov x19, 157
    ldr x1, =0x80000000
    subs x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(157, c0, x0, 0x7fffffff)
    CHECK_EQ_T(157, f, x3, 0x20000000)
test_158:
    mov x19, 158
    ldr x1, =0x80000000
    adds x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(158, c0, x0, 0x80000fff)
    CHECK_EQ_T(158, f, x3, 0x0)
test_159:
    mov x19, 159
    ldr x1, =0x80000000
    subs x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(159, c0, x0, 0x7ffff001)
    CHECK_EQ_T(159, f, x3, 0x20000000)
test_160:
    mov x19, 160
    ldr x1, =0x80000000
    adds x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(160, c0, x0, 0x80001000)
    CHECK_EQ_T(160, f, x3, 0x0)
test_161:
    mov x19, 161
    ldr x1, =0x80000000
    subs x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(161, c0, x0, 0x7ffff000)
    CHECK_EQ_T(161, f, x3, 0x20000000)
test_162:
    mov x19, 162
    ldr x1, =0x80000000
    adds x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(162, c0, x0, 0x80fff000)
    CHECK_EQ_T(162, f, x3, 0x0)
test_163:
    mov x19, 163
    ldr x1, =0x80000000
    subs x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(163, c0, x0, 0x7f001000)
    CHECK_EQ_T(163, f, x3, 0x20000000)
test_164:
    mov x19, 164
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x80000000
    add x0, x1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(164, c0, x0, 0x80123000)
    CHECK_EQ_T(164, f, x3, 0xa0000000)
test_165:
    mov x19, 165
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x80000000
    sub x0, x1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(165, c0, x0, 0x7ffff801)
    CHECK_EQ_T(165, f, x3, 0x50000000)
test_166:
    mov x19, 166
    ldr x1, =0xffffffff
    adds x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(166, c0, x0, 0xffffffff)
    CHECK_EQ_T(166, f, x3, 0x0)
test_167:
    mov x19, 167
    ldr x1, =0xffffffff
    subs x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(167, c0, x0, 0xffffffff)
    CHECK_EQ_T(167, f, x3, 0x20000000)
test_168:
    mov x19, 168
    ldr x1, =0xffffffff
    adds x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(168, c0, x0, 0x100000000)
    CHECK_EQ_T(168, f, x3, 0x0)
test_169:
    mov x19, 169
    ldr x1, =0xffffffff
    subs x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(169, c0, x0, 0xfffffffe)
    CHECK_EQ_T(169, f, x3, 0x20000000)
test_170:
    mov x19, 170
    ldr x1, =0xffffffff
    adds x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(170, c0, x0, 0x100000ffe)
    CHECK_EQ_T(170, f, x3, 0x0)
test_171:
    mov x19, 171
    ldr x1, =0xffffffff
    subs x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(171, c0, x0, 0xfffff000)
    CHECK_EQ_T(171, f, x3, 0x20000000)
test_172:
    mov x19, 172
    ldr x1, =0xffffffff
    adds x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(172, c0, x0, 0x100000fff)
    CHECK_EQ_T(172, f, x3, 0x0)
test_173:
    mov x19, 173
    ldr x1, =0xffffffff
    subs x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(173, c0, x0, 0xffffefff)
    CHECK_EQ_T(173, f, x3, 0x20000000)
test_174:
    mov x19, 174
    ldr x1, =0xffffffff
    adds x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(174, c0, x0, 0x100ffefff)
    CHECK_EQ_T(174, f, x3, 0x0)
test_175:
    mov x19, 175
    ldr x1, =0xffffffff
    subs x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(175, c0, x0, 0xff000fff)
    CHECK_EQ_T(175, f, x3, 0x20000000)
test_176:
    mov x19, 176
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    add x0, x1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(176, c0, x0, 0x100122fff)
    CHECK_EQ_T(176, f, x3, 0xa0000000)
test_177:
    mov x19, 177
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    sub x0, x1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(177, c0, x0, 0xfffff800)
    CHECK_EQ_T(177, f, x3, 0x50000000)
test_178:
    mov x19, 178
    ldr x1, =0x7fffffffffffffff
    adds x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(178, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(178, f, x3, 0x0)
test_179:
    mov x19, 179
    ldr x1, =0x7fffffffffffffff
    subs x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(179, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(179, f, x3, 0x20000000)
test_180:
    mov x19, 180
    ldr x1, =0x7fffffffffffffff
    adds x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(180, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(180, f, x3, 0x90000000)
test_181:
    mov x19, 181
    ldr x1, =0x7fffffffffffffff
    subs x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(181, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(181, f, x3, 0x20000000)
test_182:
    mov x19, 182
    ldr x1, =0x7fffffffffffffff
    adds x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(182, c0, x0, 0x8000000000000ffe)
    CHECK_EQ_T(182, f, x3, 0x90000000)
test_183:
    mov x19, 183
    ldr x1, =0x7fffffffffffffff
    subs x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(183, c0, x0, 0x7ffffffffffff000)
    CHECK_EQ_T(183, f, x3, 0x20000000)
test_184:
    mov x19, 184
    ldr x1, =0x7fffffffffffffff
    adds x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(184, c0, x0, 0x8000000000000fff)
    CHECK_EQ_T(184, f, x3, 0x90000000)
test_185:
    mov x19, 185
    ldr x1, =0x7fffffffffffffff
    subs x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(185, c0, x0, 0x7fffffffffffefff)
    CHECK_EQ_T(185, f, x3, 0x20000000)
test_186:
    mov x19, 186
    ldr x1, =0x7fffffffffffffff
    adds x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(186, c0, x0, 0x8000000000ffefff)
    CHECK_EQ_T(186, f, x3, 0x90000000)
test_187:
    mov x19, 187
    ldr x1, =0x7fffffffffffffff
    subs x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(187, c0, x0, 0x7fffffffff000fff)
    CHECK_EQ_T(187, f, x3, 0x20000000)
test_188:
    mov x19, 188
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    add x0, x1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(188, c0, x0, 0x8000000000122fff)
    CHECK_EQ_T(188, f, x3, 0xa0000000)
test_189:
    mov x19, 189
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    sub x0, x1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(189, c0, x0, 0x7ffffffffffff800)
    CHECK_EQ_T(189, f, x3, 0x50000000)
test_190:
    mov x19, 190
    ldr x1, =0x8000000000000000
    adds x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(190, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(190, f, x3, 0x80000000)
test_191:
    mov x19, 191
    ldr x1, =0x8000000000000000
    subs x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(191, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(191, f, x3, 0xa0000000)
test_192:
    mov x19, 192
    ldr x1, =0x8000000000000000
    adds x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(192, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(192, f, x3, 0x80000000)
test_193:
    mov x19, 193
    ldr x1, =0x8000000000000000
    subs x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(193, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(193, f, x3, 0x30000000)
test_194:
    mov x19, 194
    ldr x1, =0x8000000000000000
    adds x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(194, c0, x0, 0x8000000000000fff)
    CHECK_EQ_T(194, f, x3, 0x80000000)
test_195:
    mov x19, 195
    ldr x1, =0x8000000000000000
    subs x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(195, c0, x0, 0x7ffffffffffff001)
    CHECK_EQ_T(195, f, x3, 0x30000000)
test_196:
    mov x19, 196
    ldr x1, =0x8000000000000000
    adds x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(196, c0, x0, 0x8000000000001000)
    CHECK_EQ_T(196, f, x3, 0x80000000)
test_197:
    mov x19, 197
    ldr x1, =0x8000000000000000
    subs x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(197, c0, x0, 0x7ffffffffffff000)
    CHECK_EQ_T(197, f, x3, 0x30000000)
test_198:
    mov x19, 198
    ldr x1, =0x8000000000000000
    adds x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(198, c0, x0, 0x8000000000fff000)
    CHECK_EQ_T(198, f, x3, 0x80000000)
test_199:
    mov x19, 199
    ldr x1, =0x8000000000000000
    subs x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(199, c0, x0, 0x7fffffffff001000)
    CHECK_EQ_T(199, f, x3, 0x30000000)
test_200:
    mov x19, 200
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    add x0, x1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(200, c0, x0, 0x8000000000123000)
    CHECK_EQ_T(200, f, x3, 0xa0000000)
test_201:
    mov x19, 201
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    sub x0, x1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(201, c0, x0, 0x7ffffffffffff801)
    CHECK_EQ_T(201, f, x3, 0x50000000)
test_202:
    mov x19, 202
    ldr x1, =0xffffffffffffffff
    adds x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(202, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(202, f, x3, 0x80000000)
test_203:
    mov x19, 203
    ldr x1, =0xffffffffffffffff
    subs x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(203, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(203, f, x3, 0xa0000000)
test_204:
    mov x19, 204
    ldr x1, =0xffffffffffffffff
    adds x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(204, c0, x0, 0x0)
    CHECK_EQ_T(204, f, x3, 0x60000000)
test_205:
    mov x19, 205
    ldr x1, =0xffffffffffffffff
    subs x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(205, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(205, f, x3, 0xa0000000)
test_206:
    mov x19, 206
    ldr x1, =0xffffffffffffffff
    adds x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(206, c0, x0, 0xffe)
    CHECK_EQ_T(206, f, x3, 0x20000000)
test_207:
    mov x19, 207
    ldr x1, =0xffffffffffffffff
    subs x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(207, c0, x0, 0xfffffffffffff000)
    CHECK_EQ_T(207, f, x3, 0xa0000000)
test_208:
    mov x19, 208
    ldr x1, =0xffffffffffffffff
    adds x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(208, c0, x0, 0xfff)
    CHECK_EQ_T(208, f, x3, 0x20000000)
test_209:
    mov x19, 209
    ldr x1, =0xffffffffffffffff
    subs x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(209, c0, x0, 0xffffffffffffefff)
    CHECK_EQ_T(209, f, x3, 0xa0000000)
test_210:
    mov x19, 210
    ldr x1, =0xffffffffffffffff
    adds x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(210, c0, x0, 0xffefff)
    CHECK_EQ_T(210, f, x3, 0x20000000)
test_211:
    mov x19, 211
    ldr x1, =0xffffffffffffffff
    subs x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(211, c0, x0, 0xffffffffff000fff)
    CHECK_EQ_T(211, f, x3, 0xa0000000)
test_212:
    mov x19, 212
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    add x0, x1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(212, c0, x0, 0x122fff)
    CHECK_EQ_T(212, f, x3, 0xa0000000)
test_213:
    mov x19, 213
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    sub x0, x1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(213, c0, x0, 0xfffffffffffff800)
    CHECK_EQ_T(213, f, x3, 0x50000000)
test_214:
    mov x19, 214
    ldr x1, =0x123456789abcdef0
    adds x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(214, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(214, f, x3, 0x0)
test_215:
    mov x19, 215
    ldr x1, =0x123456789abcdef0
    subs x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(215, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(215, f, x3, 0x20000000)
test_216:
    mov x19, 216
    ldr x1, =0x123456789abcdef0
    adds x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(216, c0, x0, 0x123456789abcdef1)
    CHECK_EQ_T(216, f, x3, 0x0)
test_217:
    mov x19, 217
    ldr x1, =0x123456789abcdef0
    subs x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(217, c0, x0, 0x123456789abcdeef)
    CHECK_EQ_T(217, f, x3, 0x20000000)
test_218:
    mov x19, 218
    ldr x1, =0x123456789abcdef0
    adds x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(218, c0, x0, 0x123456789abceeef)
    CHECK_EQ_T(218, f, x3, 0x0)
test_219:
    mov x19, 219
    ldr x1, =0x123456789abcdef0
    subs x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(219, c0, x0, 0x123456789abccef1)
    CHECK_EQ_T(219, f, x3, 0x20000000)
test_220:
    mov x19, 220
    ldr x1, =0x123456789abcdef0
    adds x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(220, c0, x0, 0x123456789abceef0)
    CHECK_EQ_T(220, f, x3, 0x0)
test_221:
    mov x19, 221
    ldr x1, =0x123456789abcdef0
    subs x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(221, c0, x0, 0x123456789abccef0)
    CHECK_EQ_T(221, f, x3, 0x20000000)
test_222:
    mov x19, 222
    ldr x1, =0x123456789abcdef0
    adds x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(222, c0, x0, 0x123456789bbccef0)
    CHECK_EQ_T(222, f, x3, 0x0)
test_223:
    mov x19, 223
    ldr x1, =0x123456789abcdef0
    subs x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(223, c0, x0, 0x1234567899bceef0)
    CHECK_EQ_T(223, f, x3, 0x20000000)
test_224:
    mov x19, 224
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    add x0, x1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(224, c0, x0, 0x123456789acf0ef0)
    CHECK_EQ_T(224, f, x3, 0xa0000000)
test_225:
    mov x19, 225
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    sub x0, x1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(225, c0, x0, 0x123456789abcd6f1)
    CHECK_EQ_T(225, f, x3, 0x50000000)
test_226:
    mov x19, 226
    ldr x1, =0xfffffffe00000001
    adds x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(226, c0, x0, 0xfffffffe00000001)
    CHECK_EQ_T(226, f, x3, 0x80000000)
test_227:
    mov x19, 227
    ldr x1, =0xfffffffe00000001
    subs x0, x1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(227, c0, x0, 0xfffffffe00000001)
    CHECK_EQ_T(227, f, x3, 0xa0000000)
test_228:
    mov x19, 228
    ldr x1, =0xfffffffe00000001
    adds x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(228, c0, x0, 0xfffffffe00000002)
    CHECK_EQ_T(228, f, x3, 0x80000000)
test_229:
    mov x19, 229
    ldr x1, =0xfffffffe00000001
    subs x0, x1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(229, c0, x0, 0xfffffffe00000000)
    CHECK_EQ_T(229, f, x3, 0xa0000000)
test_230:
    mov x19, 230
    ldr x1, =0xfffffffe00000001
    adds x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(230, c0, x0, 0xfffffffe00001000)
    CHECK_EQ_T(230, f, x3, 0x80000000)
test_231:
    mov x19, 231
    ldr x1, =0xfffffffe00000001
    subs x0, x1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(231, c0, x0, 0xfffffffdfffff002)
    CHECK_EQ_T(231, f, x3, 0xa0000000)
test_232:
    mov x19, 232
    ldr x1, =0xfffffffe00000001
    adds x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(232, c0, x0, 0xfffffffe00001001)
    CHECK_EQ_T(232, f, x3, 0x80000000)
test_233:
    mov x19, 233
    ldr x1, =0xfffffffe00000001
    subs x0, x1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(233, c0, x0, 0xfffffffdfffff001)
    CHECK_EQ_T(233, f, x3, 0xa0000000)
test_234:
    mov x19, 234
    ldr x1, =0xfffffffe00000001
    adds x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(234, c0, x0, 0xfffffffe00fff001)
    CHECK_EQ_T(234, f, x3, 0x80000000)
test_235:
    mov x19, 235
    ldr x1, =0xfffffffe00000001
    subs x0, x1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(235, c0, x0, 0xfffffffdff001001)
    CHECK_EQ_T(235, f, x3, 0xa0000000)
test_236:
    mov x19, 236
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0xfffffffe00000001
    add x0, x1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(236, c0, x0, 0xfffffffe00123001)
    CHECK_EQ_T(236, f, x3, 0xa0000000)
test_237:
    mov x19, 237
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0xfffffffe00000001
    sub x0, x1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(237, c0, x0, 0xfffffffdfffff802)
    CHECK_EQ_T(237, f, x3, 0x50000000)
test_238:
    mov x19, 238
    ldr x1, =0x0
    adds w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(238, c0, x0, 0x0)
    CHECK_EQ_T(238, f, x3, 0x40000000)
test_239:
    mov x19, 239
    ldr x1, =0x0
    subs w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(239, c0, x0, 0x0)
    CHECK_EQ_T(239, f, x3, 0x60000000)
test_240:
    mov x19, 240
    ldr x1, =0x0
    adds w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(240, c0, x0, 0x1)
    CHECK_EQ_T(240, f, x3, 0x0)
test_241:
    mov x19, 241
    ldr x1, =0x0
    subs w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(241, c0, x0, 0xffffffff)
    CHECK_EQ_T(241, f, x3, 0x80000000)
test_242:
    mov x19, 242
    ldr x1, =0x0
    adds w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(242, c0, x0, 0xfff)
    CHECK_EQ_T(242, f, x3, 0x0)
test_243:
    mov x19, 243
    ldr x1, =0x0
    subs w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(243, c0, x0, 0xfffff001)
    CHECK_EQ_T(243, f, x3, 0x80000000)
test_244:
    mov x19, 244
    ldr x1, =0x0
    adds w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(244, c0, x0, 0x1000)
    CHECK_EQ_T(244, f, x3, 0x0)
test_245:
    mov x19, 245
    ldr x1, =0x0
    subs w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(245, c0, x0, 0xfffff000)
    CHECK_EQ_T(245, f, x3, 0x80000000)
test_246:
    mov x19, 246
    ldr x1, =0x0
    adds w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(246, c0, x0, 0xfff000)
    CHECK_EQ_T(246, f, x3, 0x0)
test_247:
    mov x19, 247
    ldr x1, =0x0
    subs w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(247, c0, x0, 0xff001000)
    CHECK_EQ_T(247, f, x3, 0x80000000)
test_248:
    mov x19, 248
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x0
    add w0, w1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(248, c0, x0, 0x123000)
    CHECK_EQ_T(248, f, x3, 0xa0000000)
test_249:
    mov x19, 249
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x0
    sub w0, w1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(249, c0, x0, 0xfffff801)
    CHECK_EQ_T(249, f, x3, 0x50000000)
test_250:
    mov x19, 250
    ldr x1, =0x1
    adds w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(250, c0, x0, 0x1)
    CHECK_EQ_T(250, f, x3, 0x0)
test_251:
    mov x19, 251
    ldr x1, =0x1
    subs w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(251, c0, x0, 0x1)
    CHECK_EQ_T(251, f, x3, 0x20000000)
test_252:
    mov x19, 252
    ldr x1, =0x1
    adds w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(252, c0, x0, 0x2)
    CHECK_EQ_T(252, f, x3, 0x0)
test_253:
    mov x19, 253
    ldr x1, =0x1
    subs w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(253, c0, x0, 0x0)
    CHECK_EQ_T(253, f, x3, 0x60000000)
test_254:
    mov x19, 254
    ldr x1, =0x1
    adds w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(254, c0, x0, 0x1000)
    CHECK_EQ_T(254, f, x3, 0x0)
test_255:
    mov x19, 255
    ldr x1, =0x1
    subs w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(255, c0, x0, 0xfffff002)
    CHECK_EQ_T(255, f, x3, 0x80000000)
test_256:
    mov x19, 256
    ldr x1, =0x1
    adds w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(256, c0, x0, 0x1001)
    CHECK_EQ_T(256, f, x3, 0x0)
test_257:
    mov x19, 257
    ldr x1, =0x1
    subs w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(257, c0, x0, 0xfffff001)
    CHECK_EQ_T(257, f, x3, 0x80000000)
test_258:
    mov x19, 258
    ldr x1, =0x1
    adds w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(258, c0, x0, 0xfff001)
    CHECK_EQ_T(258, f, x3, 0x0)
test_259:
    mov x19, 259
    ldr x1, =0x1
    subs w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(259, c0, x0, 0xff001001)
    CHECK_EQ_T(259, f, x3, 0x80000000)
test_260:
    mov x19, 260
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x1
    add w0, w1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(260, c0, x0, 0x123001)
    CHECK_EQ_T(260, f, x3, 0xa0000000)
test_261:
    mov x19, 261
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x1
    sub w0, w1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(261, c0, x0, 0xfffff802)
    CHECK_EQ_T(261, f, x3, 0x50000000)
test_262:
    mov x19, 262
    ldr x1, =0x7fffffff
    adds w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(262, c0, x0, 0x7fffffff)
    CHECK_EQ_T(262, f, x3, 0x0)
test_263:
    mov x19, 263
    ldr x1, =0x7fffffff
    subs w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(263, c0, x0, 0x7fffffff)
    CHECK_EQ_T(263, f, x3, 0x20000000)
test_264:
    mov x19, 264
    ldr x1, =0x7fffffff
    adds w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(264, c0, x0, 0x80000000)
    CHECK_EQ_T(264, f, x3, 0x90000000)
test_265:
    mov x19, 265
    ldr x1, =0x7fffffff
    subs w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(265, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(265, f, x3, 0x20000000)
test_266:
    mov x19, 266
    ldr x1, =0x7fffffff
    adds w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(266, c0, x0, 0x80000ffe)
    CHECK_EQ_T(266, f, x3, 0x90000000)
test_267:
    mov x19, 267
    ldr x1, =0x7fffffff
    subs w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(267, c0, x0, 0x7ffff000)
    CHECK_EQ_T(267, f, x3, 0x20000000)
test_268:
    mov x19, 268
    ldr x1, =0x7fffffff
    adds w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(268, c0, x0, 0x80000fff)
    CHECK_EQ_T(268, f, x3, 0x90000000)
test_269:
    mov x19, 269
    ldr x1, =0x7fffffff
    subs w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(269, c0, x0, 0x7fffefff)
    CHECK_EQ_T(269, f, x3, 0x20000000)
test_270:
    mov x19, 270
    ldr x1, =0x7fffffff
    adds w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(270, c0, x0, 0x80ffefff)
    CHECK_EQ_T(270, f, x3, 0x90000000)
test_271:
    mov x19, 271
    ldr x1, =0x7fffffff
    subs w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(271, c0, x0, 0x7f000fff)
    CHECK_EQ_T(271, f, x3, 0x20000000)
test_272:
    mov x19, 272
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    add w0, w1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(272, c0, x0, 0x80122fff)
    CHECK_EQ_T(272, f, x3, 0xa0000000)
test_273:
    mov x19, 273
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    sub w0, w1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(273, c0, x0, 0x7ffff800)
    CHECK_EQ_T(273, f, x3, 0x50000000)
test_274:
    mov x19, 274
    ldr x1, =0x80000000
    adds w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(274, c0, x0, 0x80000000)
    CHECK_EQ_T(274, f, x3, 0x80000000)
test_275:
    mov x19, 275
    ldr x1, =0x80000000
    subs w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(275, c0, x0, 0x80000000)
    CHECK_EQ_T(275, f, x3, 0xa0000000)
test_276:
    mov x19, 276
    ldr x1, =0x80000000
    adds w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(276, c0, x0, 0x80000001)
    CHECK_EQ_T(276, f, x3, 0x80000000)
test_277:
    mov x19, 277
    ldr x1, =0x80000000
    subs w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(277, c0, x0, 0x7fffffff)
    CHECK_EQ_T(277, f, x3, 0x30000000)
test_278:
    mov x19, 278
    ldr x1, =0x80000000
    adds w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(278, c0, x0, 0x80000fff)
    CHECK_EQ_T(278, f, x3, 0x80000000)
test_279:
    mov x19, 279
    ldr x1, =0x80000000
    subs w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(279, c0, x0, 0x7ffff001)
    CHECK_EQ_T(279, f, x3, 0x30000000)
test_280:
    mov x19, 280
    ldr x1, =0x80000000
    adds w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(280, c0, x0, 0x80001000)
    CHECK_EQ_T(280, f, x3, 0x80000000)
test_281:
    mov x19, 281
    ldr x1, =0x80000000
    subs w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(281, c0, x0, 0x7ffff000)
    CHECK_EQ_T(281, f, x3, 0x30000000)
test_282:
    mov x19, 282
    ldr x1, =0x80000000
    adds w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(282, c0, x0, 0x80fff000)
    CHECK_EQ_T(282, f, x3, 0x80000000)
test_283:
    mov x19, 283
    ldr x1, =0x80000000
    subs w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(283, c0, x0, 0x7f001000)
    CHECK_EQ_T(283, f, x3, 0x30000000)
test_284:
    mov x19, 284
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x80000000
    add w0, w1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(284, c0, x0, 0x80123000)
    CHECK_EQ_T(284, f, x3, 0xa0000000)
test_285:
    mov x19, 285
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x80000000
    sub w0, w1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(285, c0, x0, 0x7ffff801)
    CHECK_EQ_T(285, f, x3, 0x50000000)
test_286:
    mov x19, 286
    ldr x1, =0xffffffff
    adds w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(286, c0, x0, 0xffffffff)
    CHECK_EQ_T(286, f, x3, 0x80000000)
test_287:
    mov x19, 287
    ldr x1, =0xffffffff
    subs w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(287, c0, x0, 0xffffffff)
    CHECK_EQ_T(287, f, x3, 0xa0000000)
test_288:
    mov x19, 288
    ldr x1, =0xffffffff
    adds w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(288, c0, x0, 0x0)
    CHECK_EQ_T(288, f, x3, 0x60000000)
test_289:
    mov x19, 289
    ldr x1, =0xffffffff
    subs w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(289, c0, x0, 0xfffffffe)
    CHECK_EQ_T(289, f, x3, 0xa0000000)
test_290:
    mov x19, 290
    ldr x1, =0xffffffff
    adds w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(290, c0, x0, 0xffe)
    CHECK_EQ_T(290, f, x3, 0x20000000)
test_291:
    mov x19, 291
    ldr x1, =0xffffffff
    subs w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(291, c0, x0, 0xfffff000)
    CHECK_EQ_T(291, f, x3, 0xa0000000)
test_292:
    mov x19, 292
    ldr x1, =0xffffffff
    adds w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(292, c0, x0, 0xfff)
    CHECK_EQ_T(292, f, x3, 0x20000000)
test_293:
    mov x19, 293
    ldr x1, =0xffffffff
    subs w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(293, c0, x0, 0xffffefff)
    CHECK_EQ_T(293, f, x3, 0xa0000000)
test_294:
    mov x19, 294
    ldr x1, =0xffffffff
    adds w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(294, c0, x0, 0xffefff)
    CHECK_EQ_T(294, f, x3, 0x20000000)
test_295:
    mov x19, 295
    ldr x1, =0xffffffff
    subs w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(295, c0, x0, 0xff000fff)
    CHECK_EQ_T(295, f, x3, 0xa0000000)
test_296:
    mov x19, 296
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    add w0, w1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(296, c0, x0, 0x122fff)
    CHECK_EQ_T(296, f, x3, 0xa0000000)
test_297:
    mov x19, 297
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    sub w0, w1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(297, c0, x0, 0xfffff800)
    CHECK_EQ_T(297, f, x3, 0x50000000)
test_298:
    mov x19, 298
    ldr x1, =0x7fffffffffffffff
    adds w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(298, c0, x0, 0xffffffff)
    CHECK_EQ_T(298, f, x3, 0x80000000)
test_299:
    mov x19, 299
    ldr x1, =0x7fffffffffffffff
    subs w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(299, c0, x0, 0xffffffff)
    CHECK_EQ_T(299, f, x3, 0xa0000000)
test_300:
    mov x19, 300
    ldr x1, =0x7fffffffffffffff
    adds w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(300, c0, x0, 0x0)
    CHECK_EQ_T(300, f, x3, 0x60000000)
test_301:
    mov x19, 301
    ldr x1, =0x7fffffffffffffff
    subs w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(301, c0, x0, 0xfffffffe)
    CHECK_EQ_T(301, f, x3, 0xa0000000)
test_302:
    mov x19, 302
    ldr x1, =0x7fffffffffffffff
    adds w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(302, c0, x0, 0xffe)
    CHECK_EQ_T(302, f, x3, 0x20000000)
test_303:
    mov x19, 303
    ldr x1, =0x7fffffffffffffff
    subs w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(303, c0, x0, 0xfffff000)
    CHECK_EQ_T(303, f, x3, 0xa0000000)
test_304:
    mov x19, 304
    ldr x1, =0x7fffffffffffffff
    adds w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(304, c0, x0, 0xfff)
    CHECK_EQ_T(304, f, x3, 0x20000000)
test_305:
    mov x19, 305
    ldr x1, =0x7fffffffffffffff
    subs w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(305, c0, x0, 0xffffefff)
    CHECK_EQ_T(305, f, x3, 0xa0000000)
test_306:
    mov x19, 306
    ldr x1, =0x7fffffffffffffff
    adds w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(306, c0, x0, 0xffefff)
    CHECK_EQ_T(306, f, x3, 0x20000000)
test_307:
    mov x19, 307
    ldr x1, =0x7fffffffffffffff
    subs w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(307, c0, x0, 0xff000fff)
    CHECK_EQ_T(307, f, x3, 0xa0000000)
test_308:
    mov x19, 308
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    add w0, w1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(308, c0, x0, 0x122fff)
    CHECK_EQ_T(308, f, x3, 0xa0000000)
test_309:
    mov x19, 309
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    sub w0, w1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(309, c0, x0, 0xfffff800)
    CHECK_EQ_T(309, f, x3, 0x50000000)
test_310:
    mov x19, 310
    ldr x1, =0x8000000000000000
    adds w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(310, c0, x0, 0x0)
    CHECK_EQ_T(310, f, x3, 0x40000000)
test_311:
    mov x19, 311
    ldr x1, =0x8000000000000000
    subs w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(311, c0, x0, 0x0)
    CHECK_EQ_T(311, f, x3, 0x60000000)
test_312:
    mov x19, 312
    ldr x1, =0x8000000000000000
    adds w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(312, c0, x0, 0x1)
    CHECK_EQ_T(312, f, x3, 0x0)
test_313:
    mov x19, 313
    ldr x1, =0x8000000000000000
    subs w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(313, c0, x0, 0xffffffff)
    CHECK_EQ_T(313, f, x3, 0x80000000)
test_314:
    mov x19, 314
    ldr x1, =0x8000000000000000
    adds w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(314, c0, x0, 0xfff)
    CHECK_EQ_T(314, f, x3, 0x0)
test_315:
    mov x19, 315
    ldr x1, =0x8000000000000000
    subs w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(315, c0, x0, 0xfffff001)
    CHECK_EQ_T(315, f, x3, 0x80000000)
test_316:
    mov x19, 316
    ldr x1, =0x8000000000000000
    adds w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(316, c0, x0, 0x1000)
    CHECK_EQ_T(316, f, x3, 0x0)
test_317:
    mov x19, 317
    ldr x1, =0x8000000000000000
    subs w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(317, c0, x0, 0xfffff000)
    CHECK_EQ_T(317, f, x3, 0x80000000)
test_318:
    mov x19, 318
    ldr x1, =0x8000000000000000
    adds w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(318, c0, x0, 0xfff000)
    CHECK_EQ_T(318, f, x3, 0x0)
test_319:
    mov x19, 319
    ldr x1, =0x8000000000000000
    subs w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(319, c0, x0, 0xff001000)
    CHECK_EQ_T(319, f, x3, 0x80000000)
test_320:
    mov x19, 320
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    add w0, w1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(320, c0, x0, 0x123000)
    CHECK_EQ_T(320, f, x3, 0xa0000000)
test_321:
    mov x19, 321
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    sub w0, w1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(321, c0, x0, 0xfffff801)
    CHECK_EQ_T(321, f, x3, 0x50000000)
test_322:
    mov x19, 322
    ldr x1, =0xffffffffffffffff
    adds w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(322, c0, x0, 0xffffffff)
    CHECK_EQ_T(322, f, x3, 0x80000000)
test_323:
    mov x19, 323
    ldr x1, =0xffffffffffffffff
    subs w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(323, c0, x0, 0xffffffff)
    CHECK_EQ_T(323, f, x3, 0xa0000000)
test_324:
    mov x19, 324
    ldr x1, =0xffffffffffffffff
    adds w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(324, c0, x0, 0x0)
    CHECK_EQ_T(324, f, x3, 0x60000000)
test_325:
    mov x19, 325
    ldr x1, =0xffffffffffffffff
    subs w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(325, c0, x0, 0xfffffffe)
    CHECK_EQ_T(325, f, x3, 0xa0000000)
test_326:
    mov x19, 326
    ldr x1, =0xffffffffffffffff
    adds w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(326, c0, x0, 0xffe)
    CHECK_EQ_T(326, f, x3, 0x20000000)
test_327:
    mov x19, 327
    ldr x1, =0xffffffffffffffff
    subs w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(327, c0, x0, 0xfffff000)
    CHECK_EQ_T(327, f, x3, 0xa0000000)
test_328:
    mov x19, 328
    ldr x1, =0xffffffffffffffff
    adds w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(328, c0, x0, 0xfff)
    CHECK_EQ_T(328, f, x3, 0x20000000)
test_329:
    mov x19, 329
    ldr x1, =0xffffffffffffffff
    subs w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(329, c0, x0, 0xffffefff)
    CHECK_EQ_T(329, f, x3, 0xa0000000)
test_330:
    mov x19, 330
    ldr x1, =0xffffffffffffffff
    adds w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(330, c0, x0, 0xffefff)
    CHECK_EQ_T(330, f, x3, 0x20000000)
test_331:
    mov x19, 331
    ldr x1, =0xffffffffffffffff
    subs w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(331, c0, x0, 0xff000fff)
    CHECK_EQ_T(331, f, x3, 0xa0000000)
test_332:
    mov x19, 332
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    add w0, w1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(332, c0, x0, 0x122fff)
    CHECK_EQ_T(332, f, x3, 0xa0000000)
test_333:
    mov x19, 333
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    sub w0, w1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(333, c0, x0, 0xfffff800)
    CHECK_EQ_T(333, f, x3, 0x50000000)
test_334:
    mov x19, 334
    ldr x1, =0x123456789abcdef0
    adds w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(334, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(334, f, x3, 0x80000000)
test_335:
    mov x19, 335
    ldr x1, =0x123456789abcdef0
    subs w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(335, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(335, f, x3, 0xa0000000)
test_336:
    mov x19, 336
    ldr x1, =0x123456789abcdef0
    adds w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(336, c0, x0, 0x9abcdef1)
    CHECK_EQ_T(336, f, x3, 0x80000000)
test_337:
    mov x19, 337
    ldr x1, =0x123456789abcdef0
    subs w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(337, c0, x0, 0x9abcdeef)
    CHECK_EQ_T(337, f, x3, 0xa0000000)
test_338:
    mov x19, 338
    ldr x1, =0x123456789abcdef0
    adds w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(338, c0, x0, 0x9abceeef)
    CHECK_EQ_T(338, f, x3, 0x80000000)
test_339:
    mov x19, 339
    ldr x1, =0x123456789abcdef0
    subs w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(339, c0, x0, 0x9abccef1)
    CHECK_EQ_T(339, f, x3, 0xa0000000)
test_340:
    mov x19, 340
    ldr x1, =0x123456789abcdef0
    adds w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(340, c0, x0, 0x9abceef0)
    CHECK_EQ_T(340, f, x3, 0x80000000)
test_341:
    mov x19, 341
    ldr x1, =0x123456789abcdef0
    subs w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(341, c0, x0, 0x9abccef0)
    CHECK_EQ_T(341, f, x3, 0xa0000000)
test_342:
    mov x19, 342
    ldr x1, =0x123456789abcdef0
    adds w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(342, c0, x0, 0x9bbccef0)
    CHECK_EQ_T(342, f, x3, 0x80000000)
test_343:
    mov x19, 343
    ldr x1, =0x123456789abcdef0
    subs w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(343, c0, x0, 0x99bceef0)
    CHECK_EQ_T(343, f, x3, 0xa0000000)
test_344:
    mov x19, 344
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    add w0, w1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(344, c0, x0, 0x9acf0ef0)
    CHECK_EQ_T(344, f, x3, 0xa0000000)
test_345:
    mov x19, 345
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    sub w0, w1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(345, c0, x0, 0x9abcd6f1)
    CHECK_EQ_T(345, f, x3, 0x50000000)
test_346:
    mov x19, 346
    ldr x1, =0xfffffffe00000001
    adds w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(346, c0, x0, 0x1)
    CHECK_EQ_T(346, f, x3, 0x0)
test_347:
    mov x19, 347
    ldr x1, =0xfffffffe00000001
    subs w0, w1, 0, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(347, c0, x0, 0x1)
    CHECK_EQ_T(347, f, x3, 0x20000000)
test_348:
    mov x19, 348
    ldr x1, =0xfffffffe00000001
    adds w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(348, c0, x0, 0x2)
    CHECK_EQ_T(348, f, x3, 0x0)
test_349:
    mov x19, 349
    ldr x1, =0xfffffffe00000001
    subs w0, w1, 1, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(349, c0, x0, 0x0)
    CHECK_EQ_T(349, f, x3, 0x60000000)
test_350:
    mov x19, 350
    ldr x1, =0xfffffffe00000001
    adds w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(350, c0, x0, 0x1000)
    CHECK_EQ_T(350, f, x3, 0x0)
test_351:
    mov x19, 351
    ldr x1, =0xfffffffe00000001
    subs w0, w1, 4095, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(351, c0, x0, 0xfffff002)
    CHECK_EQ_T(351, f, x3, 0x80000000)
test_352:
    mov x19, 352
    ldr x1, =0xfffffffe00000001
    adds w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(352, c0, x0, 0x1001)
    CHECK_EQ_T(352, f, x3, 0x0)
test_353:
    mov x19, 353
    ldr x1, =0xfffffffe00000001
    subs w0, w1, 1, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(353, c0, x0, 0xfffff001)
    CHECK_EQ_T(353, f, x3, 0x80000000)
test_354:
    mov x19, 354
    ldr x1, =0xfffffffe00000001
    adds w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(354, c0, x0, 0xfff001)
    CHECK_EQ_T(354, f, x3, 0x0)
test_355:
    mov x19, 355
    ldr x1, =0xfffffffe00000001
    subs w0, w1, 4095, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(355, c0, x0, 0xff001001)
    CHECK_EQ_T(355, f, x3, 0x80000000)
test_356:
    mov x19, 356
    ldr x4, =0xa0000000
    msr nzcv, x4
    ldr x1, =0xfffffffe00000001
    add w0, w1, 0x123, lsl 12
    mrs x3, nzcv
    CHECK_EQ_T(356, c0, x0, 0x123001)
    CHECK_EQ_T(356, f, x3, 0xa0000000)
test_357:
    mov x19, 357
    ldr x4, =0x50000000
    msr nzcv, x4
    ldr x1, =0xfffffffe00000001
    sub w0, w1, 0x7ff
    mrs x3, nzcv
    CHECK_EQ_T(357, c0, x0, 0xfffff802)
    CHECK_EQ_T(357, f, x3, 0x50000000)
test_358:
    mov x19, 358
    mov x0, 77
    cmp x0, 77
    mrs x3, nzcv
    CHECK_EQ_T(358, c0, x0, 0x4d)
    CHECK_EQ_T(358, f, x3, 0x60000000)
test_359:
    mov x19, 359
    mov x0, 77
    cmn w0, 78
    mrs x3, nzcv
    CHECK_EQ_T(359, c0, x0, 0x4d)
    CHECK_EQ_T(359, f, x3, 0x0)
test_360:
    mov x19, 360
    mov x9, sp
    sub sp, sp, 4096
    mov x0, sp
    add sp, sp, 4096
    sub x0, x9, x0
    mov x1, sp
    sub x1, x1, x9
    CHECK_EQ_T(360, c0, x0, 0x1000)
    CHECK_EQ_T(360, c1, x1, 0x0)
test_361:
    mov x19, 361
    mov x9, sp
    add x0, sp, 16
    sub x0, x0, x9
    CHECK_EQ_T(361, c0, x0, 0x10)
test_362:
    mov x19, 362
    mov x9, sp
    sub w0, wsp, 16
    sub w1, w9, 16
    sub x0, x0, x1
    CHECK_EQ_T(362, c0, x0, 0x0)
test_363:
    mov x19, 363
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(363, c0, x0, 0x0)
    CHECK_EQ_T(363, f, x3, 0x40000000)
test_364:
    mov x19, 364
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(364, c0, x0, 0x0)
    CHECK_EQ_T(364, f, x3, 0x60000000)
test_365:
    mov x19, 365
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(365, c0, x0, 0x0)
    CHECK_EQ_T(365, f, x3, 0x40000000)
test_366:
    mov x19, 366
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(366, c0, x0, 0x0)
    CHECK_EQ_T(366, f, x3, 0x60000000)
test_367:
    mov x19, 367
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(367, c0, x0, 0x0)
    CHECK_EQ_T(367, f, x3, 0x40000000)
test_368:
    mov x19, 368
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(368, c0, x0, 0x0)
    CHECK_EQ_T(368, f, x3, 0x60000000)
test_369:
    mov x19, 369
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(369, c0, x0, 0x0)
    CHECK_EQ_T(369, f, x3, 0x40000000)
test_370:
    mov x19, 370
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(370, c0, x0, 0x0)
    CHECK_EQ_T(370, f, x3, 0x60000000)
test_371:
    mov x19, 371
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(371, c0, x0, 0x0)
    CHECK_EQ_T(371, f, x3, 0x40000000)
test_372:
    mov x19, 372
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(372, c0, x0, 0x0)
    CHECK_EQ_T(372, f, x3, 0x60000000)
test_373:
    mov x19, 373
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(373, c0, x0, 0x0)
    CHECK_EQ_T(373, f, x3, 0x40000000)
test_374:
    mov x19, 374
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(374, c0, x0, 0x0)
    CHECK_EQ_T(374, f, x3, 0x60000000)
test_375:
    mov x19, 375
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(375, c0, x0, 0x0)
    CHECK_EQ_T(375, f, x3, 0x40000000)
test_376:
    mov x19, 376
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(376, c0, x0, 0x0)
    CHECK_EQ_T(376, f, x3, 0x60000000)
test_377:
    mov x19, 377
    ldr x1, =0x0
    ldr x2, =0x0
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(377, c0, x0, 0x0)
test_378:
    mov x19, 378
    ldr x1, =0x0
    ldr x2, =0x0
    neg x0, x2, asr 1
    CHECK_EQ_T(378, c0, x0, 0x0)
test_379:
    mov x19, 379
    ldr x2, =0x0
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(379, c0, x0, 0x0)
    CHECK_EQ_T(379, f, x3, 0x60000000)
test_380:
    mov x19, 380
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(380, c0, x0, 0x2)
    CHECK_EQ_T(380, f, x3, 0x0)
test_381:
    mov x19, 381
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(381, c0, x0, 0x0)
    CHECK_EQ_T(381, f, x3, 0x60000000)
test_382:
    mov x19, 382
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(382, c0, x0, 0x3)
    CHECK_EQ_T(382, f, x3, 0x0)
test_383:
    mov x19, 383
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(383, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(383, f, x3, 0x80000000)
test_384:
    mov x19, 384
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(384, c0, x0, 0x1)
    CHECK_EQ_T(384, f, x3, 0x0)
test_385:
    mov x19, 385
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(385, c0, x0, 0x1)
    CHECK_EQ_T(385, f, x3, 0x20000000)
test_386:
    mov x19, 386
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(386, c0, x0, 0x1)
    CHECK_EQ_T(386, f, x3, 0x0)
test_387:
    mov x19, 387
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(387, c0, x0, 0x1)
    CHECK_EQ_T(387, f, x3, 0x20000000)
test_388:
    mov x19, 388
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(388, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(388, f, x3, 0x80000000)
test_389:
    mov x19, 389
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(389, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(389, f, x3, 0x90000000)
test_390:
    mov x19, 390
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(390, c0, x0, 0x1)
    CHECK_EQ_T(390, f, x3, 0x0)
test_391:
    mov x19, 391
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(391, c0, x0, 0x1)
    CHECK_EQ_T(391, f, x3, 0x20000000)
test_392:
    mov x19, 392
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(392, c0, x0, 0x1)
    CHECK_EQ_T(392, f, x3, 0x0)
test_393:
    mov x19, 393
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(393, c0, x0, 0x1)
    CHECK_EQ_T(393, f, x3, 0x20000000)
test_394:
    mov x19, 394
    ldr x1, =0x1
    ldr x2, =0x1
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(394, c0, x0, 0x5)
test_395:
    mov x19, 395
    ldr x1, =0x1
    ldr x2, =0x1
    neg x0, x2, asr 1
    CHECK_EQ_T(395, c0, x0, 0x0)
test_396:
    mov x19, 396
    ldr x2, =0x1
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(396, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(396, f, x3, 0x80000000)
test_397:
    mov x19, 397
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(397, c0, x0, 0x80000000)
    CHECK_EQ_T(397, f, x3, 0x0)
test_398:
    mov x19, 398
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(398, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(398, f, x3, 0x20000000)
test_399:
    mov x19, 399
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(399, c0, x0, 0x80000001)
    CHECK_EQ_T(399, f, x3, 0x0)
test_400:
    mov x19, 400
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(400, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(400, f, x3, 0x20000000)
test_401:
    mov x19, 401
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(401, c0, x0, 0x7fffffff)
    CHECK_EQ_T(401, f, x3, 0x0)
test_402:
    mov x19, 402
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(402, c0, x0, 0x7fffffff)
    CHECK_EQ_T(402, f, x3, 0x20000000)
test_403:
    mov x19, 403
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(403, c0, x0, 0x7fffffff)
    CHECK_EQ_T(403, f, x3, 0x0)
test_404:
    mov x19, 404
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(404, c0, x0, 0x7fffffff)
    CHECK_EQ_T(404, f, x3, 0x20000000)
test_405:
    mov x19, 405
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(405, c0, x0, 0x800000007fffffff)
    CHECK_EQ_T(405, f, x3, 0x80000000)
test_406:
    mov x19, 406
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(406, c0, x0, 0x800000007fffffff)
    CHECK_EQ_T(406, f, x3, 0x90000000)
test_407:
    mov x19, 407
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(407, c0, x0, 0x7fffffff)
    CHECK_EQ_T(407, f, x3, 0x0)
test_408:
    mov x19, 408
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(408, c0, x0, 0x7fffffff)
    CHECK_EQ_T(408, f, x3, 0x20000000)
test_409:
    mov x19, 409
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(409, c0, x0, 0x7fffffff)
    CHECK_EQ_T(409, f, x3, 0x0)
test_410:
    mov x19, 410
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(410, c0, x0, 0x7fffffff)
    CHECK_EQ_T(410, f, x3, 0x20000000)
test_411:
    mov x19, 411
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(411, c0, x0, 0x80000003)
test_412:
    mov x19, 412
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    neg x0, x2, asr 1
    CHECK_EQ_T(412, c0, x0, 0x0)
test_413:
    mov x19, 413
    ldr x2, =0x1
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(413, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(413, f, x3, 0x80000000)
test_414:
    mov x19, 414
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(414, c0, x0, 0x100000000)
    CHECK_EQ_T(414, f, x3, 0x0)
test_415:
    mov x19, 415
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(415, c0, x0, 0x0)
    CHECK_EQ_T(415, f, x3, 0x60000000)
test_416:
    mov x19, 416
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(416, c0, x0, 0x180000000)
    CHECK_EQ_T(416, f, x3, 0x0)
test_417:
    mov x19, 417
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(417, c0, x0, 0xffffffff80000000)
    CHECK_EQ_T(417, f, x3, 0x80000000)
test_418:
    mov x19, 418
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(418, c0, x0, 0x90000000)
    CHECK_EQ_T(418, f, x3, 0x0)
test_419:
    mov x19, 419
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(419, c0, x0, 0x70000000)
    CHECK_EQ_T(419, f, x3, 0x20000000)
test_420:
    mov x19, 420
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(420, c0, x0, 0x81000000)
    CHECK_EQ_T(420, f, x3, 0x0)
test_421:
    mov x19, 421
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(421, c0, x0, 0x7f000000)
    CHECK_EQ_T(421, f, x3, 0x20000000)
test_422:
    mov x19, 422
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(422, c0, x0, 0x80000000)
    CHECK_EQ_T(422, f, x3, 0x0)
test_423:
    mov x19, 423
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(423, c0, x0, 0x80000000)
    CHECK_EQ_T(423, f, x3, 0x20000000)
test_424:
    mov x19, 424
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(424, c0, x0, 0x80000000)
    CHECK_EQ_T(424, f, x3, 0x0)
test_425:
    mov x19, 425
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(425, c0, x0, 0x80000000)
    CHECK_EQ_T(425, f, x3, 0x20000000)
test_426:
    mov x19, 426
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(426, c0, x0, 0x80000000)
    CHECK_EQ_T(426, f, x3, 0x0)
test_427:
    mov x19, 427
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(427, c0, x0, 0x80000000)
    CHECK_EQ_T(427, f, x3, 0x20000000)
test_428:
    mov x19, 428
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(428, c0, x0, 0x280000000)
test_429:
    mov x19, 429
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    neg x0, x2, asr 1
    CHECK_EQ_T(429, c0, x0, 0xffffffffc0000000)
test_430:
    mov x19, 430
    ldr x2, =0x80000000
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(430, c0, x0, 0xffffffff80000000)
    CHECK_EQ_T(430, f, x3, 0x80000000)
test_431:
    mov x19, 431
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(431, c0, x0, 0x100000000)
    CHECK_EQ_T(431, f, x3, 0x0)
test_432:
    mov x19, 432
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(432, c0, x0, 0xfffffffe)
    CHECK_EQ_T(432, f, x3, 0x20000000)
test_433:
    mov x19, 433
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(433, c0, x0, 0x100000001)
    CHECK_EQ_T(433, f, x3, 0x0)
test_434:
    mov x19, 434
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(434, c0, x0, 0xfffffffd)
    CHECK_EQ_T(434, f, x3, 0x20000000)
test_435:
    mov x19, 435
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(435, c0, x0, 0xffffffff)
    CHECK_EQ_T(435, f, x3, 0x0)
test_436:
    mov x19, 436
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(436, c0, x0, 0xffffffff)
    CHECK_EQ_T(436, f, x3, 0x20000000)
test_437:
    mov x19, 437
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(437, c0, x0, 0xffffffff)
    CHECK_EQ_T(437, f, x3, 0x0)
test_438:
    mov x19, 438
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(438, c0, x0, 0xffffffff)
    CHECK_EQ_T(438, f, x3, 0x20000000)
test_439:
    mov x19, 439
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(439, c0, x0, 0x80000000ffffffff)
    CHECK_EQ_T(439, f, x3, 0x80000000)
test_440:
    mov x19, 440
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(440, c0, x0, 0x80000000ffffffff)
    CHECK_EQ_T(440, f, x3, 0x90000000)
test_441:
    mov x19, 441
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(441, c0, x0, 0xffffffff)
    CHECK_EQ_T(441, f, x3, 0x0)
test_442:
    mov x19, 442
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(442, c0, x0, 0xffffffff)
    CHECK_EQ_T(442, f, x3, 0x20000000)
test_443:
    mov x19, 443
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(443, c0, x0, 0xffffffff)
    CHECK_EQ_T(443, f, x3, 0x0)
test_444:
    mov x19, 444
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(444, c0, x0, 0xffffffff)
    CHECK_EQ_T(444, f, x3, 0x20000000)
test_445:
    mov x19, 445
    ldr x1, =0xffffffff
    ldr x2, =0x1
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(445, c0, x0, 0x100000003)
test_446:
    mov x19, 446
    ldr x1, =0xffffffff
    ldr x2, =0x1
    neg x0, x2, asr 1
    CHECK_EQ_T(446, c0, x0, 0x0)
test_447:
    mov x19, 447
    ldr x2, =0x1
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(447, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(447, f, x3, 0x80000000)
test_448:
    mov x19, 448
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(448, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(448, f, x3, 0x90000000)
test_449:
    mov x19, 449
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(449, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(449, f, x3, 0x20000000)
test_450:
    mov x19, 450
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(450, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(450, f, x3, 0x90000000)
test_451:
    mov x19, 451
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(451, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(451, f, x3, 0x20000000)
test_452:
    mov x19, 452
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(452, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(452, f, x3, 0x0)
test_453:
    mov x19, 453
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(453, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(453, f, x3, 0x20000000)
test_454:
    mov x19, 454
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(454, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(454, f, x3, 0x0)
test_455:
    mov x19, 455
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(455, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(455, f, x3, 0x20000000)
test_456:
    mov x19, 456
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(456, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(456, f, x3, 0x80000000)
test_457:
    mov x19, 457
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(457, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(457, f, x3, 0x90000000)
test_458:
    mov x19, 458
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(458, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(458, f, x3, 0x0)
test_459:
    mov x19, 459
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(459, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(459, f, x3, 0x20000000)
test_460:
    mov x19, 460
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(460, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(460, f, x3, 0x0)
test_461:
    mov x19, 461
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(461, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(461, f, x3, 0x20000000)
test_462:
    mov x19, 462
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(462, c0, x0, 0x8000000000000003)
test_463:
    mov x19, 463
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    neg x0, x2, asr 1
    CHECK_EQ_T(463, c0, x0, 0x0)
test_464:
    mov x19, 464
    ldr x2, =0x1
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(464, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(464, f, x3, 0x80000000)
test_465:
    mov x19, 465
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(465, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(465, f, x3, 0x30000000)
test_466:
    mov x19, 466
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(466, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(466, f, x3, 0x80000000)
test_467:
    mov x19, 467
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(467, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(467, f, x3, 0x30000000)
test_468:
    mov x19, 468
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(468, c0, x0, 0x8000000000000002)
    CHECK_EQ_T(468, f, x3, 0x80000000)
test_469:
    mov x19, 469
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(469, c0, x0, 0x9fffffffffffffff)
    CHECK_EQ_T(469, f, x3, 0x80000000)
test_470:
    mov x19, 470
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(470, c0, x0, 0x6000000000000001)
    CHECK_EQ_T(470, f, x3, 0x30000000)
test_471:
    mov x19, 471
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(471, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(471, f, x3, 0x30000000)
test_472:
    mov x19, 472
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(472, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(472, f, x3, 0x80000000)
test_473:
    mov x19, 473
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(473, c0, x0, 0x0)
    CHECK_EQ_T(473, f, x3, 0x70000000)
test_474:
    mov x19, 474
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(474, c0, x0, 0x0)
    CHECK_EQ_T(474, f, x3, 0x60000000)
test_475:
    mov x19, 475
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(475, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(475, f, x3, 0x80000000)
test_476:
    mov x19, 476
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(476, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(476, f, x3, 0x30000000)
test_477:
    mov x19, 477
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(477, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(477, f, x3, 0x30000000)
test_478:
    mov x19, 478
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(478, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(478, f, x3, 0x80000000)
test_479:
    mov x19, 479
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(479, c0, x0, 0x7ffffffffffffffc)
test_480:
    mov x19, 480
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    neg x0, x2, asr 1
    CHECK_EQ_T(480, c0, x0, 0x1)
test_481:
    mov x19, 481
    ldr x2, =0xffffffffffffffff
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(481, c0, x0, 0x1)
    CHECK_EQ_T(481, f, x3, 0x0)
test_482:
    mov x19, 482
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(482, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(482, f, x3, 0xa0000000)
test_483:
    mov x19, 483
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(483, c0, x0, 0x0)
    CHECK_EQ_T(483, f, x3, 0x60000000)
test_484:
    mov x19, 484
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(484, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(484, f, x3, 0xa0000000)
test_485:
    mov x19, 485
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(485, c0, x0, 0x1)
    CHECK_EQ_T(485, f, x3, 0x20000000)
test_486:
    mov x19, 486
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(486, c0, x0, 0x1ffffffffffffffe)
    CHECK_EQ_T(486, f, x3, 0x20000000)
test_487:
    mov x19, 487
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(487, c0, x0, 0xe000000000000000)
    CHECK_EQ_T(487, f, x3, 0xa0000000)
test_488:
    mov x19, 488
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(488, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(488, f, x3, 0xa0000000)
test_489:
    mov x19, 489
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(489, c0, x0, 0x0)
    CHECK_EQ_T(489, f, x3, 0x60000000)
test_490:
    mov x19, 490
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(490, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(490, f, x3, 0x30000000)
test_491:
    mov x19, 491
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(491, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(491, f, x3, 0x20000000)
test_492:
    mov x19, 492
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(492, c0, x0, 0x0)
    CHECK_EQ_T(492, f, x3, 0x60000000)
test_493:
    mov x19, 493
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(493, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(493, f, x3, 0xa0000000)
test_494:
    mov x19, 494
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(494, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(494, f, x3, 0xa0000000)
test_495:
    mov x19, 495
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(495, c0, x0, 0x0)
    CHECK_EQ_T(495, f, x3, 0x60000000)
test_496:
    mov x19, 496
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(496, c0, x0, 0xfffffffffffffffb)
test_497:
    mov x19, 497
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    neg x0, x2, asr 1
    CHECK_EQ_T(497, c0, x0, 0x1)
test_498:
    mov x19, 498
    ldr x2, =0xffffffffffffffff
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(498, c0, x0, 0x1)
    CHECK_EQ_T(498, f, x3, 0x0)
test_499:
    mov x19, 499
    ldr x1, =0x5
    ldr x2, =0x7
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(499, c0, x0, 0xc)
    CHECK_EQ_T(499, f, x3, 0x0)
test_500:
    mov x19, 500
    ldr x1, =0x5
    ldr x2, =0x7
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(500, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(500, f, x3, 0x80000000)
test_501:
    mov x19, 501
    ldr x1, =0x5
    ldr x2, =0x7
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(501, c0, x0, 0x13)
    CHECK_EQ_T(501, f, x3, 0x0)
test_502:
    mov x19, 502
    ldr x1, =0x5
    ldr x2, =0x7
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(502, c0, x0, 0xfffffffffffffff7)
    CHECK_EQ_T(502, f, x3, 0x80000000)
test_503:
    mov x19, 503
    ldr x1, =0x5
    ldr x2, =0x7
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(503, c0, x0, 0x5)
    CHECK_EQ_T(503, f, x3, 0x0)
test_504:
    mov x19, 504
    ldr x1, =0x5
    ldr x2, =0x7
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(504, c0, x0, 0x5)
    CHECK_EQ_T(504, f, x3, 0x20000000)
test_505:
    mov x19, 505
    ldr x1, =0x5
    ldr x2, =0x7
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(505, c0, x0, 0x5)
    CHECK_EQ_T(505, f, x3, 0x0)
test_506:
    mov x19, 506
    ldr x1, =0x5
    ldr x2, =0x7
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(506, c0, x0, 0x5)
    CHECK_EQ_T(506, f, x3, 0x20000000)
test_507:
    mov x19, 507
    ldr x1, =0x5
    ldr x2, =0x7
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(507, c0, x0, 0x8000000000000005)
    CHECK_EQ_T(507, f, x3, 0x80000000)
test_508:
    mov x19, 508
    ldr x1, =0x5
    ldr x2, =0x7
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(508, c0, x0, 0x8000000000000005)
    CHECK_EQ_T(508, f, x3, 0x90000000)
test_509:
    mov x19, 509
    ldr x1, =0x5
    ldr x2, =0x7
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(509, c0, x0, 0x5)
    CHECK_EQ_T(509, f, x3, 0x0)
test_510:
    mov x19, 510
    ldr x1, =0x5
    ldr x2, =0x7
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(510, c0, x0, 0x5)
    CHECK_EQ_T(510, f, x3, 0x20000000)
test_511:
    mov x19, 511
    ldr x1, =0x5
    ldr x2, =0x7
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(511, c0, x0, 0x5)
    CHECK_EQ_T(511, f, x3, 0x0)
test_512:
    mov x19, 512
    ldr x1, =0x5
    ldr x2, =0x7
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(512, c0, x0, 0x5)
    CHECK_EQ_T(512, f, x3, 0x20000000)
test_513:
    mov x19, 513
    ldr x1, =0x5
    ldr x2, =0x7
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(513, c0, x0, 0x21)
test_514:
    mov x19, 514
    ldr x1, =0x5
    ldr x2, =0x7
    neg x0, x2, asr 1
    CHECK_EQ_T(514, c0, x0, 0xfffffffffffffffd)
test_515:
    mov x19, 515
    ldr x2, =0x7
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(515, c0, x0, 0xfffffffffffffff9)
    CHECK_EQ_T(515, f, x3, 0x80000000)
test_516:
    mov x19, 516
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(516, c0, x0, 0x1111111111111100)
    CHECK_EQ_T(516, f, x3, 0x20000000)
test_517:
    mov x19, 517
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(517, c0, x0, 0x13579be02468ace0)
    CHECK_EQ_T(517, f, x3, 0x0)
test_518:
    mov x19, 518
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(518, c0, x0, 0xfedcba987654310)
    CHECK_EQ_T(518, f, x3, 0x20000000)
test_519:
    mov x19, 519
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(519, c0, x0, 0x147ae147ae147ad0)
    CHECK_EQ_T(519, f, x3, 0x0)
test_520:
    mov x19, 520
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(520, c0, x0, 0x320fedcba9876532)
    CHECK_EQ_T(520, f, x3, 0x0)
test_521:
    mov x19, 521
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(521, c0, x0, 0xf258bf258bf258ae)
    CHECK_EQ_T(521, f, x3, 0x80000000)
test_522:
    mov x19, 522
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(522, c0, x0, 0x12320fedcba98754)
    CHECK_EQ_T(522, f, x3, 0x20000000)
test_523:
    mov x19, 523
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(523, c0, x0, 0x12369d0369d0368c)
    CHECK_EQ_T(523, f, x3, 0x0)
test_524:
    mov x19, 524
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(524, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(524, f, x3, 0x0)
test_525:
    mov x19, 525
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(525, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(525, f, x3, 0x20000000)
test_526:
    mov x19, 526
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(526, c0, x0, 0x123456789abcdef1)
    CHECK_EQ_T(526, f, x3, 0x0)
test_527:
    mov x19, 527
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(527, c0, x0, 0x123456789abcdeef)
    CHECK_EQ_T(527, f, x3, 0x20000000)
test_528:
    mov x19, 528
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(528, c0, x0, 0x123456789abcdeef)
    CHECK_EQ_T(528, f, x3, 0x20000000)
test_529:
    mov x19, 529
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(529, c0, x0, 0x123456789abcdef1)
    CHECK_EQ_T(529, f, x3, 0x0)
test_530:
    mov x19, 530
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(530, c0, x0, 0xda740da740da730)
test_531:
    mov x19, 531
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    neg x0, x2, asr 1
    CHECK_EQ_T(531, c0, x0, 0x91a2b3c4d5e6f8)
test_532:
    mov x19, 532
    ldr x2, =0xfedcba9876543210
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(532, c0, x0, 0x123456789abcdf0)
    CHECK_EQ_T(532, f, x3, 0x0)
test_533:
    mov x19, 533
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(533, c0, x0, 0x0)
    CHECK_EQ_T(533, f, x3, 0x60000000)
test_534:
    mov x19, 534
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(534, c0, x0, 0xfffffffe00000000)
    CHECK_EQ_T(534, f, x3, 0xa0000000)
test_535:
    mov x19, 535
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(535, c0, x0, 0x100000000)
    CHECK_EQ_T(535, f, x3, 0x20000000)
test_536:
    mov x19, 536
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(536, c0, x0, 0xfffffffd00000000)
    CHECK_EQ_T(536, f, x3, 0xa0000000)
test_537:
    mov x19, 537
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(537, c0, x0, 0xffffffff20000000)
    CHECK_EQ_T(537, f, x3, 0x80000000)
test_538:
    mov x19, 538
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(538, c0, x0, 0xfffffffee0000000)
    CHECK_EQ_T(538, f, x3, 0xa0000000)
test_539:
    mov x19, 539
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(539, c0, x0, 0xffffffff02000000)
    CHECK_EQ_T(539, f, x3, 0x80000000)
test_540:
    mov x19, 540
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(540, c0, x0, 0xfffffffefe000000)
    CHECK_EQ_T(540, f, x3, 0xa0000000)
test_541:
    mov x19, 541
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(541, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(541, f, x3, 0x80000000)
test_542:
    mov x19, 542
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(542, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(542, f, x3, 0xa0000000)
test_543:
    mov x19, 543
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(543, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(543, f, x3, 0x80000000)
test_544:
    mov x19, 544
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(544, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(544, f, x3, 0xa0000000)
test_545:
    mov x19, 545
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(545, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(545, f, x3, 0x80000000)
test_546:
    mov x19, 546
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(546, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(546, f, x3, 0xa0000000)
test_547:
    mov x19, 547
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(547, c0, x0, 0x300000000)
test_548:
    mov x19, 548
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    neg x0, x2, asr 1
    CHECK_EQ_T(548, c0, x0, 0xffffffff80000000)
test_549:
    mov x19, 549
    ldr x2, =0x100000000
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(549, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(549, f, x3, 0x80000000)
test_550:
    mov x19, 550
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(550, c0, x0, 0x0)
    CHECK_EQ_T(550, f, x3, 0x70000000)
test_551:
    mov x19, 551
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(551, c0, x0, 0x0)
    CHECK_EQ_T(551, f, x3, 0x60000000)
test_552:
    mov x19, 552
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(552, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(552, f, x3, 0x80000000)
test_553:
    mov x19, 553
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs x0, x1, x2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(553, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(553, f, x3, 0xa0000000)
test_554:
    mov x19, 554
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(554, c0, x0, 0x9000000000000000)
    CHECK_EQ_T(554, f, x3, 0x80000000)
test_555:
    mov x19, 555
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs x0, x1, x2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(555, c0, x0, 0x7000000000000000)
    CHECK_EQ_T(555, f, x3, 0x30000000)
test_556:
    mov x19, 556
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(556, c0, x0, 0x7f00000000000000)
    CHECK_EQ_T(556, f, x3, 0x30000000)
test_557:
    mov x19, 557
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs x0, x1, x2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(557, c0, x0, 0x8100000000000000)
    CHECK_EQ_T(557, f, x3, 0x80000000)
test_558:
    mov x19, 558
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(558, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(558, f, x3, 0x80000000)
test_559:
    mov x19, 559
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs x0, x1, x2, lsl 63
    mrs x3, nzcv
    CHECK_EQ_T(559, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(559, f, x3, 0xa0000000)
test_560:
    mov x19, 560
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(560, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(560, f, x3, 0x80000000)
test_561:
    mov x19, 561
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(561, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(561, f, x3, 0x30000000)
test_562:
    mov x19, 562
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(562, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(562, f, x3, 0x30000000)
test_563:
    mov x19, 563
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(563, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(563, f, x3, 0x80000000)
test_564:
    mov x19, 564
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    add x0, x1, x2, lsl 2
    CHECK_EQ_T(564, c0, x0, 0x8000000000000000)
test_565:
    mov x19, 565
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    neg x0, x2, asr 1
    CHECK_EQ_T(565, c0, x0, 0x4000000000000000)
test_566:
    mov x19, 566
    ldr x2, =0x8000000000000000
    negs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(566, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(566, f, x3, 0x90000000)
test_567:
    mov x19, 567
    ldr x1, =0x0
    ldr x2, =0x0
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(567, c0, x0, 0x0)
    CHECK_EQ_T(567, f, x3, 0x40000000)
test_568:
    mov x19, 568
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(568, c0, x0, 0x0)
    CHECK_EQ_T(568, f, x3, 0x60000000)
test_569:
    mov x19, 569
    ldr x1, =0x0
    ldr x2, =0x0
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(569, c0, x0, 0x0)
    CHECK_EQ_T(569, f, x3, 0x40000000)
test_570:
    mov x19, 570
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(570, c0, x0, 0x0)
    CHECK_EQ_T(570, f, x3, 0x60000000)
test_571:
    mov x19, 571
    ldr x1, =0x0
    ldr x2, =0x0
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(571, c0, x0, 0x0)
    CHECK_EQ_T(571, f, x3, 0x40000000)
test_572:
    mov x19, 572
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(572, c0, x0, 0x0)
    CHECK_EQ_T(572, f, x3, 0x60000000)
test_573:
    mov x19, 573
    ldr x1, =0x0
    ldr x2, =0x0
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(573, c0, x0, 0x0)
    CHECK_EQ_T(573, f, x3, 0x40000000)
test_574:
    mov x19, 574
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(574, c0, x0, 0x0)
    CHECK_EQ_T(574, f, x3, 0x60000000)
test_575:
    mov x19, 575
    ldr x1, =0x0
    ldr x2, =0x0
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(575, c0, x0, 0x0)
    CHECK_EQ_T(575, f, x3, 0x40000000)
test_576:
    mov x19, 576
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(576, c0, x0, 0x0)
    CHECK_EQ_T(576, f, x3, 0x60000000)
test_577:
    mov x19, 577
    ldr x1, =0x0
    ldr x2, =0x0
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(577, c0, x0, 0x0)
    CHECK_EQ_T(577, f, x3, 0x40000000)
test_578:
    mov x19, 578
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(578, c0, x0, 0x0)
    CHECK_EQ_T(578, f, x3, 0x60000000)
test_579:
    mov x19, 579
    ldr x1, =0x0
    ldr x2, =0x0
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(579, c0, x0, 0x0)
    CHECK_EQ_T(579, f, x3, 0x40000000)
test_580:
    mov x19, 580
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(580, c0, x0, 0x0)
    CHECK_EQ_T(580, f, x3, 0x60000000)
test_581:
    mov x19, 581
    ldr x1, =0x0
    ldr x2, =0x0
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(581, c0, x0, 0x0)
test_582:
    mov x19, 582
    ldr x1, =0x0
    ldr x2, =0x0
    neg w0, w2, asr 1
    CHECK_EQ_T(582, c0, x0, 0x0)
test_583:
    mov x19, 583
    ldr x2, =0x0
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(583, c0, x0, 0x0)
    CHECK_EQ_T(583, f, x3, 0x60000000)
test_584:
    mov x19, 584
    ldr x1, =0x1
    ldr x2, =0x1
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(584, c0, x0, 0x2)
    CHECK_EQ_T(584, f, x3, 0x0)
test_585:
    mov x19, 585
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(585, c0, x0, 0x0)
    CHECK_EQ_T(585, f, x3, 0x60000000)
test_586:
    mov x19, 586
    ldr x1, =0x1
    ldr x2, =0x1
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(586, c0, x0, 0x3)
    CHECK_EQ_T(586, f, x3, 0x0)
test_587:
    mov x19, 587
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(587, c0, x0, 0xffffffff)
    CHECK_EQ_T(587, f, x3, 0x80000000)
test_588:
    mov x19, 588
    ldr x1, =0x1
    ldr x2, =0x1
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(588, c0, x0, 0x1)
    CHECK_EQ_T(588, f, x3, 0x0)
test_589:
    mov x19, 589
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(589, c0, x0, 0x1)
    CHECK_EQ_T(589, f, x3, 0x20000000)
test_590:
    mov x19, 590
    ldr x1, =0x1
    ldr x2, =0x1
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(590, c0, x0, 0x1)
    CHECK_EQ_T(590, f, x3, 0x0)
test_591:
    mov x19, 591
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(591, c0, x0, 0x1)
    CHECK_EQ_T(591, f, x3, 0x20000000)
test_592:
    mov x19, 592
    ldr x1, =0x1
    ldr x2, =0x1
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(592, c0, x0, 0x80000001)
    CHECK_EQ_T(592, f, x3, 0x80000000)
test_593:
    mov x19, 593
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(593, c0, x0, 0x80000001)
    CHECK_EQ_T(593, f, x3, 0x90000000)
test_594:
    mov x19, 594
    ldr x1, =0x1
    ldr x2, =0x1
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(594, c0, x0, 0x1)
    CHECK_EQ_T(594, f, x3, 0x0)
test_595:
    mov x19, 595
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(595, c0, x0, 0x1)
    CHECK_EQ_T(595, f, x3, 0x20000000)
test_596:
    mov x19, 596
    ldr x1, =0x1
    ldr x2, =0x1
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(596, c0, x0, 0x1)
    CHECK_EQ_T(596, f, x3, 0x0)
test_597:
    mov x19, 597
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(597, c0, x0, 0x1)
    CHECK_EQ_T(597, f, x3, 0x20000000)
test_598:
    mov x19, 598
    ldr x1, =0x1
    ldr x2, =0x1
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(598, c0, x0, 0x5)
test_599:
    mov x19, 599
    ldr x1, =0x1
    ldr x2, =0x1
    neg w0, w2, asr 1
    CHECK_EQ_T(599, c0, x0, 0x0)
test_600:
    mov x19, 600
    ldr x2, =0x1
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(600, c0, x0, 0xffffffff)
    CHECK_EQ_T(600, f, x3, 0x80000000)
test_601:
    mov x19, 601
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(601, c0, x0, 0x80000000)
    CHECK_EQ_T(601, f, x3, 0x90000000)
test_602:
    mov x19, 602
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(602, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(602, f, x3, 0x20000000)
test_603:
    mov x19, 603
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(603, c0, x0, 0x80000001)
    CHECK_EQ_T(603, f, x3, 0x90000000)
test_604:
    mov x19, 604
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(604, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(604, f, x3, 0x20000000)
test_605:
    mov x19, 605
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(605, c0, x0, 0x7fffffff)
    CHECK_EQ_T(605, f, x3, 0x0)
test_606:
    mov x19, 606
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(606, c0, x0, 0x7fffffff)
    CHECK_EQ_T(606, f, x3, 0x20000000)
test_607:
    mov x19, 607
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(607, c0, x0, 0x7fffffff)
    CHECK_EQ_T(607, f, x3, 0x0)
test_608:
    mov x19, 608
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(608, c0, x0, 0x7fffffff)
    CHECK_EQ_T(608, f, x3, 0x20000000)
test_609:
    mov x19, 609
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(609, c0, x0, 0xffffffff)
    CHECK_EQ_T(609, f, x3, 0x80000000)
test_610:
    mov x19, 610
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(610, c0, x0, 0xffffffff)
    CHECK_EQ_T(610, f, x3, 0x90000000)
test_611:
    mov x19, 611
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(611, c0, x0, 0x7fffffff)
    CHECK_EQ_T(611, f, x3, 0x0)
test_612:
    mov x19, 612
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(612, c0, x0, 0x7fffffff)
    CHECK_EQ_T(612, f, x3, 0x20000000)
test_613:
    mov x19, 613
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(613, c0, x0, 0x7fffffff)
    CHECK_EQ_T(613, f, x3, 0x0)
test_614:
    mov x19, 614
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(614, c0, x0, 0x7fffffff)
    CHECK_EQ_T(614, f, x3, 0x20000000)
test_615:
    mov x19, 615
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(615, c0, x0, 0x80000003)
test_616:
    mov x19, 616
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    neg w0, w2, asr 1
    CHECK_EQ_T(616, c0, x0, 0x0)
test_617:
    mov x19, 617
    ldr x2, =0x1
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(617, c0, x0, 0xffffffff)
    CHECK_EQ_T(617, f, x3, 0x80000000)
test_618:
    mov x19, 618
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(618, c0, x0, 0x0)
    CHECK_EQ_T(618, f, x3, 0x70000000)
test_619:
    mov x19, 619
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(619, c0, x0, 0x0)
    CHECK_EQ_T(619, f, x3, 0x60000000)
test_620:
    mov x19, 620
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(620, c0, x0, 0x80000000)
    CHECK_EQ_T(620, f, x3, 0x80000000)
test_621:
    mov x19, 621
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(621, c0, x0, 0x80000000)
    CHECK_EQ_T(621, f, x3, 0xa0000000)
test_622:
    mov x19, 622
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(622, c0, x0, 0x90000000)
    CHECK_EQ_T(622, f, x3, 0x80000000)
test_623:
    mov x19, 623
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(623, c0, x0, 0x70000000)
    CHECK_EQ_T(623, f, x3, 0x30000000)
test_624:
    mov x19, 624
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(624, c0, x0, 0x7f000000)
    CHECK_EQ_T(624, f, x3, 0x30000000)
test_625:
    mov x19, 625
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(625, c0, x0, 0x81000000)
    CHECK_EQ_T(625, f, x3, 0x80000000)
test_626:
    mov x19, 626
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(626, c0, x0, 0x80000000)
    CHECK_EQ_T(626, f, x3, 0x80000000)
test_627:
    mov x19, 627
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(627, c0, x0, 0x80000000)
    CHECK_EQ_T(627, f, x3, 0xa0000000)
test_628:
    mov x19, 628
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(628, c0, x0, 0x80000001)
    CHECK_EQ_T(628, f, x3, 0x80000000)
test_629:
    mov x19, 629
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(629, c0, x0, 0x7fffffff)
    CHECK_EQ_T(629, f, x3, 0x30000000)
test_630:
    mov x19, 630
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(630, c0, x0, 0x7fffffff)
    CHECK_EQ_T(630, f, x3, 0x30000000)
test_631:
    mov x19, 631
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(631, c0, x0, 0x80000001)
    CHECK_EQ_T(631, f, x3, 0x80000000)
test_632:
    mov x19, 632
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(632, c0, x0, 0x80000000)
test_633:
    mov x19, 633
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    neg w0, w2, asr 1
    CHECK_EQ_T(633, c0, x0, 0x40000000)
test_634:
    mov x19, 634
    ldr x2, =0x80000000
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(634, c0, x0, 0x80000000)
    CHECK_EQ_T(634, f, x3, 0x90000000)
test_635:
    mov x19, 635
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(635, c0, x0, 0x0)
    CHECK_EQ_T(635, f, x3, 0x60000000)
test_636:
    mov x19, 636
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(636, c0, x0, 0xfffffffe)
    CHECK_EQ_T(636, f, x3, 0xa0000000)
test_637:
    mov x19, 637
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(637, c0, x0, 0x1)
    CHECK_EQ_T(637, f, x3, 0x20000000)
test_638:
    mov x19, 638
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(638, c0, x0, 0xfffffffd)
    CHECK_EQ_T(638, f, x3, 0xa0000000)
test_639:
    mov x19, 639
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(639, c0, x0, 0xffffffff)
    CHECK_EQ_T(639, f, x3, 0x80000000)
test_640:
    mov x19, 640
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(640, c0, x0, 0xffffffff)
    CHECK_EQ_T(640, f, x3, 0xa0000000)
test_641:
    mov x19, 641
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(641, c0, x0, 0xffffffff)
    CHECK_EQ_T(641, f, x3, 0x80000000)
test_642:
    mov x19, 642
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(642, c0, x0, 0xffffffff)
    CHECK_EQ_T(642, f, x3, 0xa0000000)
test_643:
    mov x19, 643
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(643, c0, x0, 0x7fffffff)
    CHECK_EQ_T(643, f, x3, 0x30000000)
test_644:
    mov x19, 644
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(644, c0, x0, 0x7fffffff)
    CHECK_EQ_T(644, f, x3, 0x20000000)
test_645:
    mov x19, 645
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(645, c0, x0, 0xffffffff)
    CHECK_EQ_T(645, f, x3, 0x80000000)
test_646:
    mov x19, 646
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(646, c0, x0, 0xffffffff)
    CHECK_EQ_T(646, f, x3, 0xa0000000)
test_647:
    mov x19, 647
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(647, c0, x0, 0xffffffff)
    CHECK_EQ_T(647, f, x3, 0x80000000)
test_648:
    mov x19, 648
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(648, c0, x0, 0xffffffff)
    CHECK_EQ_T(648, f, x3, 0xa0000000)
test_649:
    mov x19, 649
    ldr x1, =0xffffffff
    ldr x2, =0x1
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(649, c0, x0, 0x3)
test_650:
    mov x19, 650
    ldr x1, =0xffffffff
    ldr x2, =0x1
    neg w0, w2, asr 1
    CHECK_EQ_T(650, c0, x0, 0x0)
test_651:
    mov x19, 651
    ldr x2, =0x1
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(651, c0, x0, 0xffffffff)
    CHECK_EQ_T(651, f, x3, 0x80000000)
test_652:
    mov x19, 652
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(652, c0, x0, 0x0)
    CHECK_EQ_T(652, f, x3, 0x60000000)
test_653:
    mov x19, 653
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(653, c0, x0, 0xfffffffe)
    CHECK_EQ_T(653, f, x3, 0xa0000000)
test_654:
    mov x19, 654
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(654, c0, x0, 0x1)
    CHECK_EQ_T(654, f, x3, 0x20000000)
test_655:
    mov x19, 655
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(655, c0, x0, 0xfffffffd)
    CHECK_EQ_T(655, f, x3, 0xa0000000)
test_656:
    mov x19, 656
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(656, c0, x0, 0xffffffff)
    CHECK_EQ_T(656, f, x3, 0x80000000)
test_657:
    mov x19, 657
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(657, c0, x0, 0xffffffff)
    CHECK_EQ_T(657, f, x3, 0xa0000000)
test_658:
    mov x19, 658
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(658, c0, x0, 0xffffffff)
    CHECK_EQ_T(658, f, x3, 0x80000000)
test_659:
    mov x19, 659
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(659, c0, x0, 0xffffffff)
    CHECK_EQ_T(659, f, x3, 0xa0000000)
test_660:
    mov x19, 660
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(660, c0, x0, 0x7fffffff)
    CHECK_EQ_T(660, f, x3, 0x30000000)
test_661:
    mov x19, 661
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(661, c0, x0, 0x7fffffff)
    CHECK_EQ_T(661, f, x3, 0x20000000)
test_662:
    mov x19, 662
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(662, c0, x0, 0xffffffff)
    CHECK_EQ_T(662, f, x3, 0x80000000)
test_663:
    mov x19, 663
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(663, c0, x0, 0xffffffff)
    CHECK_EQ_T(663, f, x3, 0xa0000000)
test_664:
    mov x19, 664
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(664, c0, x0, 0xffffffff)
    CHECK_EQ_T(664, f, x3, 0x80000000)
test_665:
    mov x19, 665
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(665, c0, x0, 0xffffffff)
    CHECK_EQ_T(665, f, x3, 0xa0000000)
test_666:
    mov x19, 666
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(666, c0, x0, 0x3)
test_667:
    mov x19, 667
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    neg w0, w2, asr 1
    CHECK_EQ_T(667, c0, x0, 0x0)
test_668:
    mov x19, 668
    ldr x2, =0x1
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(668, c0, x0, 0xffffffff)
    CHECK_EQ_T(668, f, x3, 0x80000000)
test_669:
    mov x19, 669
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(669, c0, x0, 0xffffffff)
    CHECK_EQ_T(669, f, x3, 0x80000000)
test_670:
    mov x19, 670
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(670, c0, x0, 0x1)
    CHECK_EQ_T(670, f, x3, 0x0)
test_671:
    mov x19, 671
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(671, c0, x0, 0xfffffffe)
    CHECK_EQ_T(671, f, x3, 0x80000000)
test_672:
    mov x19, 672
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(672, c0, x0, 0x2)
    CHECK_EQ_T(672, f, x3, 0x0)
test_673:
    mov x19, 673
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(673, c0, x0, 0x1fffffff)
    CHECK_EQ_T(673, f, x3, 0x0)
test_674:
    mov x19, 674
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(674, c0, x0, 0xe0000001)
    CHECK_EQ_T(674, f, x3, 0x80000000)
test_675:
    mov x19, 675
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(675, c0, x0, 0xffffffff)
    CHECK_EQ_T(675, f, x3, 0x80000000)
test_676:
    mov x19, 676
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(676, c0, x0, 0x1)
    CHECK_EQ_T(676, f, x3, 0x0)
test_677:
    mov x19, 677
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(677, c0, x0, 0x80000000)
    CHECK_EQ_T(677, f, x3, 0x80000000)
test_678:
    mov x19, 678
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(678, c0, x0, 0x80000000)
    CHECK_EQ_T(678, f, x3, 0x90000000)
test_679:
    mov x19, 679
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(679, c0, x0, 0x1)
    CHECK_EQ_T(679, f, x3, 0x0)
test_680:
    mov x19, 680
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(680, c0, x0, 0xffffffff)
    CHECK_EQ_T(680, f, x3, 0x80000000)
test_681:
    mov x19, 681
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(681, c0, x0, 0xffffffff)
    CHECK_EQ_T(681, f, x3, 0x80000000)
test_682:
    mov x19, 682
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(682, c0, x0, 0x1)
    CHECK_EQ_T(682, f, x3, 0x0)
test_683:
    mov x19, 683
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(683, c0, x0, 0xfffffffc)
test_684:
    mov x19, 684
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    neg w0, w2, asr 1
    CHECK_EQ_T(684, c0, x0, 0x1)
test_685:
    mov x19, 685
    ldr x2, =0xffffffffffffffff
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(685, c0, x0, 0x1)
    CHECK_EQ_T(685, f, x3, 0x0)
test_686:
    mov x19, 686
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(686, c0, x0, 0xfffffffe)
    CHECK_EQ_T(686, f, x3, 0xa0000000)
test_687:
    mov x19, 687
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(687, c0, x0, 0x0)
    CHECK_EQ_T(687, f, x3, 0x60000000)
test_688:
    mov x19, 688
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(688, c0, x0, 0xfffffffd)
    CHECK_EQ_T(688, f, x3, 0xa0000000)
test_689:
    mov x19, 689
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(689, c0, x0, 0x1)
    CHECK_EQ_T(689, f, x3, 0x20000000)
test_690:
    mov x19, 690
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(690, c0, x0, 0x1ffffffe)
    CHECK_EQ_T(690, f, x3, 0x20000000)
test_691:
    mov x19, 691
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(691, c0, x0, 0xe0000000)
    CHECK_EQ_T(691, f, x3, 0xa0000000)
test_692:
    mov x19, 692
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(692, c0, x0, 0xfffffffe)
    CHECK_EQ_T(692, f, x3, 0xa0000000)
test_693:
    mov x19, 693
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(693, c0, x0, 0x0)
    CHECK_EQ_T(693, f, x3, 0x60000000)
test_694:
    mov x19, 694
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(694, c0, x0, 0x7fffffff)
    CHECK_EQ_T(694, f, x3, 0x30000000)
test_695:
    mov x19, 695
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(695, c0, x0, 0x7fffffff)
    CHECK_EQ_T(695, f, x3, 0x20000000)
test_696:
    mov x19, 696
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(696, c0, x0, 0x0)
    CHECK_EQ_T(696, f, x3, 0x60000000)
test_697:
    mov x19, 697
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(697, c0, x0, 0xfffffffe)
    CHECK_EQ_T(697, f, x3, 0xa0000000)
test_698:
    mov x19, 698
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(698, c0, x0, 0xfffffffe)
    CHECK_EQ_T(698, f, x3, 0xa0000000)
test_699:
    mov x19, 699
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(699, c0, x0, 0x0)
    CHECK_EQ_T(699, f, x3, 0x60000000)
test_700:
    mov x19, 700
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(700, c0, x0, 0xfffffffb)
test_701:
    mov x19, 701
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    neg w0, w2, asr 1
    CHECK_EQ_T(701, c0, x0, 0x1)
test_702:
    mov x19, 702
    ldr x2, =0xffffffffffffffff
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(702, c0, x0, 0x1)
    CHECK_EQ_T(702, f, x3, 0x0)
test_703:
    mov x19, 703
    ldr x1, =0x5
    ldr x2, =0x7
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(703, c0, x0, 0xc)
    CHECK_EQ_T(703, f, x3, 0x0)
test_704:
    mov x19, 704
    ldr x1, =0x5
    ldr x2, =0x7
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(704, c0, x0, 0xfffffffe)
    CHECK_EQ_T(704, f, x3, 0x80000000)
test_705:
    mov x19, 705
    ldr x1, =0x5
    ldr x2, =0x7
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(705, c0, x0, 0x13)
    CHECK_EQ_T(705, f, x3, 0x0)
test_706:
    mov x19, 706
    ldr x1, =0x5
    ldr x2, =0x7
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(706, c0, x0, 0xfffffff7)
    CHECK_EQ_T(706, f, x3, 0x80000000)
test_707:
    mov x19, 707
    ldr x1, =0x5
    ldr x2, =0x7
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(707, c0, x0, 0x5)
    CHECK_EQ_T(707, f, x3, 0x0)
test_708:
    mov x19, 708
    ldr x1, =0x5
    ldr x2, =0x7
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(708, c0, x0, 0x5)
    CHECK_EQ_T(708, f, x3, 0x20000000)
test_709:
    mov x19, 709
    ldr x1, =0x5
    ldr x2, =0x7
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(709, c0, x0, 0x5)
    CHECK_EQ_T(709, f, x3, 0x0)
test_710:
    mov x19, 710
    ldr x1, =0x5
    ldr x2, =0x7
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(710, c0, x0, 0x5)
    CHECK_EQ_T(710, f, x3, 0x20000000)
test_711:
    mov x19, 711
    ldr x1, =0x5
    ldr x2, =0x7
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(711, c0, x0, 0x80000005)
    CHECK_EQ_T(711, f, x3, 0x80000000)
test_712:
    mov x19, 712
    ldr x1, =0x5
    ldr x2, =0x7
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(712, c0, x0, 0x80000005)
    CHECK_EQ_T(712, f, x3, 0x90000000)
test_713:
    mov x19, 713
    ldr x1, =0x5
    ldr x2, =0x7
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(713, c0, x0, 0x5)
    CHECK_EQ_T(713, f, x3, 0x0)
test_714:
    mov x19, 714
    ldr x1, =0x5
    ldr x2, =0x7
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(714, c0, x0, 0x5)
    CHECK_EQ_T(714, f, x3, 0x20000000)
test_715:
    mov x19, 715
    ldr x1, =0x5
    ldr x2, =0x7
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(715, c0, x0, 0x5)
    CHECK_EQ_T(715, f, x3, 0x0)
test_716:
    mov x19, 716
    ldr x1, =0x5
    ldr x2, =0x7
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(716, c0, x0, 0x5)
    CHECK_EQ_T(716, f, x3, 0x20000000)
test_717:
    mov x19, 717
    ldr x1, =0x5
    ldr x2, =0x7
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(717, c0, x0, 0x21)
test_718:
    mov x19, 718
    ldr x1, =0x5
    ldr x2, =0x7
    neg w0, w2, asr 1
    CHECK_EQ_T(718, c0, x0, 0xfffffffd)
test_719:
    mov x19, 719
    ldr x2, =0x7
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(719, c0, x0, 0xfffffff9)
    CHECK_EQ_T(719, f, x3, 0x80000000)
test_720:
    mov x19, 720
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(720, c0, x0, 0x11111100)
    CHECK_EQ_T(720, f, x3, 0x20000000)
test_721:
    mov x19, 721
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(721, c0, x0, 0x2468ace0)
    CHECK_EQ_T(721, f, x3, 0x30000000)
test_722:
    mov x19, 722
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(722, c0, x0, 0x87654310)
    CHECK_EQ_T(722, f, x3, 0xa0000000)
test_723:
    mov x19, 723
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(723, c0, x0, 0xae147ad0)
    CHECK_EQ_T(723, f, x3, 0x80000000)
test_724:
    mov x19, 724
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(724, c0, x0, 0xa9876532)
    CHECK_EQ_T(724, f, x3, 0x80000000)
test_725:
    mov x19, 725
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(725, c0, x0, 0x8bf258ae)
    CHECK_EQ_T(725, f, x3, 0xa0000000)
test_726:
    mov x19, 726
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(726, c0, x0, 0x9ba98754)
    CHECK_EQ_T(726, f, x3, 0x80000000)
test_727:
    mov x19, 727
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(727, c0, x0, 0x99d0368c)
    CHECK_EQ_T(727, f, x3, 0xa0000000)
test_728:
    mov x19, 728
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(728, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(728, f, x3, 0x80000000)
test_729:
    mov x19, 729
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(729, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(729, f, x3, 0xa0000000)
test_730:
    mov x19, 730
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(730, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(730, f, x3, 0x80000000)
test_731:
    mov x19, 731
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(731, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(731, f, x3, 0xa0000000)
test_732:
    mov x19, 732
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(732, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(732, f, x3, 0x80000000)
test_733:
    mov x19, 733
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(733, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(733, f, x3, 0xa0000000)
test_734:
    mov x19, 734
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(734, c0, x0, 0x740da730)
test_735:
    mov x19, 735
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    neg w0, w2, asr 1
    CHECK_EQ_T(735, c0, x0, 0xc4d5e6f8)
test_736:
    mov x19, 736
    ldr x2, =0xfedcba9876543210
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(736, c0, x0, 0x89abcdf0)
    CHECK_EQ_T(736, f, x3, 0x80000000)
test_737:
    mov x19, 737
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(737, c0, x0, 0x0)
    CHECK_EQ_T(737, f, x3, 0x40000000)
test_738:
    mov x19, 738
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(738, c0, x0, 0x0)
    CHECK_EQ_T(738, f, x3, 0x60000000)
test_739:
    mov x19, 739
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(739, c0, x0, 0x0)
    CHECK_EQ_T(739, f, x3, 0x40000000)
test_740:
    mov x19, 740
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(740, c0, x0, 0x0)
    CHECK_EQ_T(740, f, x3, 0x60000000)
test_741:
    mov x19, 741
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(741, c0, x0, 0x0)
    CHECK_EQ_T(741, f, x3, 0x40000000)
test_742:
    mov x19, 742
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(742, c0, x0, 0x0)
    CHECK_EQ_T(742, f, x3, 0x60000000)
test_743:
    mov x19, 743
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(743, c0, x0, 0x0)
    CHECK_EQ_T(743, f, x3, 0x40000000)
test_744:
    mov x19, 744
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(744, c0, x0, 0x0)
    CHECK_EQ_T(744, f, x3, 0x60000000)
test_745:
    mov x19, 745
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(745, c0, x0, 0x0)
    CHECK_EQ_T(745, f, x3, 0x40000000)
test_746:
    mov x19, 746
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(746, c0, x0, 0x0)
    CHECK_EQ_T(746, f, x3, 0x60000000)
test_747:
    mov x19, 747
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(747, c0, x0, 0x0)
    CHECK_EQ_T(747, f, x3, 0x40000000)
test_748:
    mov x19, 748
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(748, c0, x0, 0x0)
    CHECK_EQ_T(748, f, x3, 0x60000000)
test_749:
    mov x19, 749
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(749, c0, x0, 0x0)
    CHECK_EQ_T(749, f, x3, 0x40000000)
test_750:
    mov x19, 750
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(750, c0, x0, 0x0)
    CHECK_EQ_T(750, f, x3, 0x60000000)
test_751:
    mov x19, 751
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(751, c0, x0, 0x0)
test_752:
    mov x19, 752
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    neg w0, w2, asr 1
    CHECK_EQ_T(752, c0, x0, 0x0)
test_753:
    mov x19, 753
    ldr x2, =0x100000000
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(753, c0, x0, 0x0)
    CHECK_EQ_T(753, f, x3, 0x60000000)
test_754:
    mov x19, 754
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(754, c0, x0, 0x0)
    CHECK_EQ_T(754, f, x3, 0x40000000)
test_755:
    mov x19, 755
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(755, c0, x0, 0x0)
    CHECK_EQ_T(755, f, x3, 0x60000000)
test_756:
    mov x19, 756
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(756, c0, x0, 0x0)
    CHECK_EQ_T(756, f, x3, 0x40000000)
test_757:
    mov x19, 757
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs w0, w1, w2, lsl 1
    mrs x3, nzcv
    CHECK_EQ_T(757, c0, x0, 0x0)
    CHECK_EQ_T(757, f, x3, 0x60000000)
test_758:
    mov x19, 758
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(758, c0, x0, 0x0)
    CHECK_EQ_T(758, f, x3, 0x40000000)
test_759:
    mov x19, 759
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs w0, w1, w2, lsr 3
    mrs x3, nzcv
    CHECK_EQ_T(759, c0, x0, 0x0)
    CHECK_EQ_T(759, f, x3, 0x60000000)
test_760:
    mov x19, 760
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(760, c0, x0, 0x0)
    CHECK_EQ_T(760, f, x3, 0x40000000)
test_761:
    mov x19, 761
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs w0, w1, w2, asr 7
    mrs x3, nzcv
    CHECK_EQ_T(761, c0, x0, 0x0)
    CHECK_EQ_T(761, f, x3, 0x60000000)
test_762:
    mov x19, 762
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(762, c0, x0, 0x0)
    CHECK_EQ_T(762, f, x3, 0x40000000)
test_763:
    mov x19, 763
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs w0, w1, w2, lsl 31
    mrs x3, nzcv
    CHECK_EQ_T(763, c0, x0, 0x0)
    CHECK_EQ_T(763, f, x3, 0x60000000)
test_764:
    mov x19, 764
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(764, c0, x0, 0x0)
    CHECK_EQ_T(764, f, x3, 0x40000000)
test_765:
    mov x19, 765
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(765, c0, x0, 0x0)
    CHECK_EQ_T(765, f, x3, 0x60000000)
test_766:
    mov x19, 766
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adds w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(766, c0, x0, 0x0)
    CHECK_EQ_T(766, f, x3, 0x40000000)
test_767:
    mov x19, 767
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    subs w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(767, c0, x0, 0x0)
    CHECK_EQ_T(767, f, x3, 0x60000000)
test_768:
    mov x19, 768
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    add w0, w1, w2, lsl 2
    CHECK_EQ_T(768, c0, x0, 0x0)
test_769:
    mov x19, 769
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    neg w0, w2, asr 1
    CHECK_EQ_T(769, c0, x0, 0x0)
test_770:
    mov x19, 770
    ldr x2, =0x8000000000000000
    negs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(770, c0, x0, 0x0)
    CHECK_EQ_T(770, f, x3, 0x60000000)
test_771:
    mov x19, 771
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(771, c0, x0, 0x0)
    CHECK_EQ_T(771, f, x3, 0x40000000)
test_772:
    mov x19, 772
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(772, c0, x0, 0x0)
    CHECK_EQ_T(772, f, x3, 0x60000000)
test_773:
    mov x19, 773
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(773, c0, x0, 0x0)
    CHECK_EQ_T(773, f, x3, 0x40000000)
test_774:
    mov x19, 774
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(774, c0, x0, 0x0)
    CHECK_EQ_T(774, f, x3, 0x60000000)
test_775:
    mov x19, 775
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(775, c0, x0, 0x0)
    CHECK_EQ_T(775, f, x3, 0x40000000)
test_776:
    mov x19, 776
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(776, c0, x0, 0x0)
    CHECK_EQ_T(776, f, x3, 0x60000000)
test_777:
    mov x19, 777
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, uxtb
    mrs x3, nzcv
    CHECK_EQ_T(777, c0, x0, 0x0)
    CHECK_EQ_T(777, f, x3, 0x60000000)
test_778:
    mov x19, 778
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(778, c0, x0, 0x0)
    CHECK_EQ_T(778, f, x3, 0x40000000)
test_779:
    mov x19, 779
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(779, c0, x0, 0x0)
    CHECK_EQ_T(779, f, x3, 0x60000000)
test_780:
    mov x19, 780
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(780, c0, x0, 0x0)
    CHECK_EQ_T(780, f, x3, 0x40000000)
test_781:
    mov x19, 781
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(781, c0, x0, 0x0)
    CHECK_EQ_T(781, f, x3, 0x60000000)
test_782:
    mov x19, 782
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(782, c0, x0, 0x0)
    CHECK_EQ_T(782, f, x3, 0x40000000)
test_783:
    mov x19, 783
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(783, c0, x0, 0x0)
    CHECK_EQ_T(783, f, x3, 0x60000000)
test_784:
    mov x19, 784
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, uxth
    mrs x3, nzcv
    CHECK_EQ_T(784, c0, x0, 0x0)
    CHECK_EQ_T(784, f, x3, 0x60000000)
test_785:
    mov x19, 785
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(785, c0, x0, 0x0)
    CHECK_EQ_T(785, f, x3, 0x40000000)
test_786:
    mov x19, 786
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(786, c0, x0, 0x0)
    CHECK_EQ_T(786, f, x3, 0x60000000)
test_787:
    mov x19, 787
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(787, c0, x0, 0x0)
    CHECK_EQ_T(787, f, x3, 0x40000000)
test_788:
    mov x19, 788
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(788, c0, x0, 0x0)
    CHECK_EQ_T(788, f, x3, 0x60000000)
test_789:
    mov x19, 789
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(789, c0, x0, 0x0)
    CHECK_EQ_T(789, f, x3, 0x40000000)
test_790:
    mov x19, 790
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(790, c0, x0, 0x0)
    CHECK_EQ_T(790, f, x3, 0x60000000)
test_791:
    mov x19, 791
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, uxtw
    mrs x3, nzcv
    CHECK_EQ_T(791, c0, x0, 0x0)
    CHECK_EQ_T(791, f, x3, 0x60000000)
test_792:
    mov x19, 792
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(792, c0, x0, 0x0)
    CHECK_EQ_T(792, f, x3, 0x40000000)
test_793:
    mov x19, 793
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(793, c0, x0, 0x0)
    CHECK_EQ_T(793, f, x3, 0x60000000)
test_794:
    mov x19, 794
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(794, c0, x0, 0x0)
    CHECK_EQ_T(794, f, x3, 0x40000000)
test_795:
    mov x19, 795
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(795, c0, x0, 0x0)
    CHECK_EQ_T(795, f, x3, 0x60000000)
test_796:
    mov x19, 796
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(796, c0, x0, 0x0)
    CHECK_EQ_T(796, f, x3, 0x40000000)
test_797:
    mov x19, 797
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(797, c0, x0, 0x0)
    CHECK_EQ_T(797, f, x3, 0x60000000)
test_798:
    mov x19, 798
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, uxtx
    mrs x3, nzcv
    CHECK_EQ_T(798, c0, x0, 0x0)
    CHECK_EQ_T(798, f, x3, 0x60000000)
test_799:
    mov x19, 799
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(799, c0, x0, 0x0)
    CHECK_EQ_T(799, f, x3, 0x40000000)
test_800:
    mov x19, 800
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(800, c0, x0, 0x0)
    CHECK_EQ_T(800, f, x3, 0x60000000)
test_801:
    mov x19, 801
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(801, c0, x0, 0x0)
    CHECK_EQ_T(801, f, x3, 0x40000000)
test_802:
    mov x19, 802
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(802, c0, x0, 0x0)
    CHECK_EQ_T(802, f, x3, 0x60000000)
test_803:
    mov x19, 803
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(803, c0, x0, 0x0)
    CHECK_EQ_T(803, f, x3, 0x40000000)
test_804:
    mov x19, 804
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(804, c0, x0, 0x0)
    CHECK_EQ_T(804, f, x3, 0x60000000)
test_805:
    mov x19, 805
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, sxtb
    mrs x3, nzcv
    CHECK_EQ_T(805, c0, x0, 0x0)
    CHECK_EQ_T(805, f, x3, 0x60000000)
test_806:
    mov x19, 806
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(806, c0, x0, 0x0)
    CHECK_EQ_T(806, f, x3, 0x40000000)
test_807:
    mov x19, 807
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(807, c0, x0, 0x0)
    CHECK_EQ_T(807, f, x3, 0x60000000)
test_808:
    mov x19, 808
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(808, c0, x0, 0x0)
    CHECK_EQ_T(808, f, x3, 0x40000000)
test_809:
    mov x19, 809
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(809, c0, x0, 0x0)
    CHECK_EQ_T(809, f, x3, 0x60000000)
test_810:
    mov x19, 810
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(810, c0, x0, 0x0)
    CHECK_EQ_T(810, f, x3, 0x40000000)
test_811:
    mov x19, 811
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(811, c0, x0, 0x0)
    CHECK_EQ_T(811, f, x3, 0x60000000)
test_812:
    mov x19, 812
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, sxth
    mrs x3, nzcv
    CHECK_EQ_T(812, c0, x0, 0x0)
    CHECK_EQ_T(812, f, x3, 0x60000000)
test_813:
    mov x19, 813
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(813, c0, x0, 0x0)
    CHECK_EQ_T(813, f, x3, 0x40000000)
test_814:
    mov x19, 814
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(814, c0, x0, 0x0)
    CHECK_EQ_T(814, f, x3, 0x60000000)
test_815:
    mov x19, 815
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(815, c0, x0, 0x0)
    CHECK_EQ_T(815, f, x3, 0x40000000)
test_816:
    mov x19, 816
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(816, c0, x0, 0x0)
    CHECK_EQ_T(816, f, x3, 0x60000000)
test_817:
    mov x19, 817
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(817, c0, x0, 0x0)
    CHECK_EQ_T(817, f, x3, 0x40000000)
test_818:
    mov x19, 818
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(818, c0, x0, 0x0)
    CHECK_EQ_T(818, f, x3, 0x60000000)
test_819:
    mov x19, 819
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, sxtw
    mrs x3, nzcv
    CHECK_EQ_T(819, c0, x0, 0x0)
    CHECK_EQ_T(819, f, x3, 0x60000000)
test_820:
    mov x19, 820
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(820, c0, x0, 0x0)
    CHECK_EQ_T(820, f, x3, 0x40000000)
test_821:
    mov x19, 821
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(821, c0, x0, 0x0)
    CHECK_EQ_T(821, f, x3, 0x60000000)
test_822:
    mov x19, 822
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(822, c0, x0, 0x0)
    CHECK_EQ_T(822, f, x3, 0x40000000)
test_823:
    mov x19, 823
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(823, c0, x0, 0x0)
    CHECK_EQ_T(823, f, x3, 0x60000000)
test_824:
    mov x19, 824
    ldr x1, =0x0
    ldr x2, =0x0
    adds x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(824, c0, x0, 0x0)
    CHECK_EQ_T(824, f, x3, 0x40000000)
test_825:
    mov x19, 825
    ldr x1, =0x0
    ldr x2, =0x0
    subs x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(825, c0, x0, 0x0)
    CHECK_EQ_T(825, f, x3, 0x60000000)
test_826:
    mov x19, 826
    ldr x1, =0x0
    ldr x2, =0x0
    subs w0, w1, w2, sxtx
    mrs x3, nzcv
    CHECK_EQ_T(826, c0, x0, 0x0)
    CHECK_EQ_T(826, f, x3, 0x60000000)
test_827:
    mov x19, 827
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(827, c0, x0, 0x2)
    CHECK_EQ_T(827, f, x3, 0x0)
test_828:
    mov x19, 828
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(828, c0, x0, 0x0)
    CHECK_EQ_T(828, f, x3, 0x60000000)
test_829:
    mov x19, 829
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(829, c0, x0, 0x3)
    CHECK_EQ_T(829, f, x3, 0x0)
test_830:
    mov x19, 830
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(830, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(830, f, x3, 0x80000000)
test_831:
    mov x19, 831
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(831, c0, x0, 0x11)
    CHECK_EQ_T(831, f, x3, 0x0)
test_832:
    mov x19, 832
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(832, c0, x0, 0xfffffffffffffff1)
    CHECK_EQ_T(832, f, x3, 0x80000000)
test_833:
    mov x19, 833
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, uxtb
    mrs x3, nzcv
    CHECK_EQ_T(833, c0, x0, 0x0)
    CHECK_EQ_T(833, f, x3, 0x60000000)
test_834:
    mov x19, 834
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(834, c0, x0, 0x2)
    CHECK_EQ_T(834, f, x3, 0x0)
test_835:
    mov x19, 835
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(835, c0, x0, 0x0)
    CHECK_EQ_T(835, f, x3, 0x60000000)
test_836:
    mov x19, 836
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(836, c0, x0, 0x3)
    CHECK_EQ_T(836, f, x3, 0x0)
test_837:
    mov x19, 837
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(837, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(837, f, x3, 0x80000000)
test_838:
    mov x19, 838
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(838, c0, x0, 0x11)
    CHECK_EQ_T(838, f, x3, 0x0)
test_839:
    mov x19, 839
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(839, c0, x0, 0xfffffffffffffff1)
    CHECK_EQ_T(839, f, x3, 0x80000000)
test_840:
    mov x19, 840
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, uxth
    mrs x3, nzcv
    CHECK_EQ_T(840, c0, x0, 0x0)
    CHECK_EQ_T(840, f, x3, 0x60000000)
test_841:
    mov x19, 841
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(841, c0, x0, 0x2)
    CHECK_EQ_T(841, f, x3, 0x0)
test_842:
    mov x19, 842
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(842, c0, x0, 0x0)
    CHECK_EQ_T(842, f, x3, 0x60000000)
test_843:
    mov x19, 843
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(843, c0, x0, 0x3)
    CHECK_EQ_T(843, f, x3, 0x0)
test_844:
    mov x19, 844
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(844, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(844, f, x3, 0x80000000)
test_845:
    mov x19, 845
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(845, c0, x0, 0x11)
    CHECK_EQ_T(845, f, x3, 0x0)
test_846:
    mov x19, 846
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(846, c0, x0, 0xfffffffffffffff1)
    CHECK_EQ_T(846, f, x3, 0x80000000)
test_847:
    mov x19, 847
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, uxtw
    mrs x3, nzcv
    CHECK_EQ_T(847, c0, x0, 0x0)
    CHECK_EQ_T(847, f, x3, 0x60000000)
test_848:
    mov x19, 848
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(848, c0, x0, 0x2)
    CHECK_EQ_T(848, f, x3, 0x0)
test_849:
    mov x19, 849
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(849, c0, x0, 0x0)
    CHECK_EQ_T(849, f, x3, 0x60000000)
test_850:
    mov x19, 850
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(850, c0, x0, 0x3)
    CHECK_EQ_T(850, f, x3, 0x0)
test_851:
    mov x19, 851
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(851, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(851, f, x3, 0x80000000)
test_852:
    mov x19, 852
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(852, c0, x0, 0x11)
    CHECK_EQ_T(852, f, x3, 0x0)
test_853:
    mov x19, 853
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(853, c0, x0, 0xfffffffffffffff1)
    CHECK_EQ_T(853, f, x3, 0x80000000)
test_854:
    mov x19, 854
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, uxtx
    mrs x3, nzcv
    CHECK_EQ_T(854, c0, x0, 0x0)
    CHECK_EQ_T(854, f, x3, 0x60000000)
test_855:
    mov x19, 855
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(855, c0, x0, 0x2)
    CHECK_EQ_T(855, f, x3, 0x0)
test_856:
    mov x19, 856
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(856, c0, x0, 0x0)
    CHECK_EQ_T(856, f, x3, 0x60000000)
test_857:
    mov x19, 857
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(857, c0, x0, 0x3)
    CHECK_EQ_T(857, f, x3, 0x0)
test_858:
    mov x19, 858
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(858, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(858, f, x3, 0x80000000)
test_859:
    mov x19, 859
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(859, c0, x0, 0x11)
    CHECK_EQ_T(859, f, x3, 0x0)
test_860:
    mov x19, 860
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(860, c0, x0, 0xfffffffffffffff1)
    CHECK_EQ_T(860, f, x3, 0x80000000)
test_861:
    mov x19, 861
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, sxtb
    mrs x3, nzcv
    CHECK_EQ_T(861, c0, x0, 0x0)
    CHECK_EQ_T(861, f, x3, 0x60000000)
test_862:
    mov x19, 862
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(862, c0, x0, 0x2)
    CHECK_EQ_T(862, f, x3, 0x0)
test_863:
    mov x19, 863
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(863, c0, x0, 0x0)
    CHECK_EQ_T(863, f, x3, 0x60000000)
test_864:
    mov x19, 864
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(864, c0, x0, 0x3)
    CHECK_EQ_T(864, f, x3, 0x0)
test_865:
    mov x19, 865
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(865, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(865, f, x3, 0x80000000)
test_866:
    mov x19, 866
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(866, c0, x0, 0x11)
    CHECK_EQ_T(866, f, x3, 0x0)
test_867:
    mov x19, 867
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(867, c0, x0, 0xfffffffffffffff1)
    CHECK_EQ_T(867, f, x3, 0x80000000)
test_868:
    mov x19, 868
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, sxth
    mrs x3, nzcv
    CHECK_EQ_T(868, c0, x0, 0x0)
    CHECK_EQ_T(868, f, x3, 0x60000000)
test_869:
    mov x19, 869
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(869, c0, x0, 0x2)
    CHECK_EQ_T(869, f, x3, 0x0)
test_870:
    mov x19, 870
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(870, c0, x0, 0x0)
    CHECK_EQ_T(870, f, x3, 0x60000000)
test_871:
    mov x19, 871
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(871, c0, x0, 0x3)
    CHECK_EQ_T(871, f, x3, 0x0)
test_872:
    mov x19, 872
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(872, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(872, f, x3, 0x80000000)
test_873:
    mov x19, 873
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(873, c0, x0, 0x11)
    CHECK_EQ_T(873, f, x3, 0x0)
test_874:
    mov x19, 874
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(874, c0, x0, 0xfffffffffffffff1)
    CHECK_EQ_T(874, f, x3, 0x80000000)
test_875:
    mov x19, 875
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, sxtw
    mrs x3, nzcv
    CHECK_EQ_T(875, c0, x0, 0x0)
    CHECK_EQ_T(875, f, x3, 0x60000000)
test_876:
    mov x19, 876
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(876, c0, x0, 0x2)
    CHECK_EQ_T(876, f, x3, 0x0)
test_877:
    mov x19, 877
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(877, c0, x0, 0x0)
    CHECK_EQ_T(877, f, x3, 0x60000000)
test_878:
    mov x19, 878
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(878, c0, x0, 0x3)
    CHECK_EQ_T(878, f, x3, 0x0)
test_879:
    mov x19, 879
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(879, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(879, f, x3, 0x80000000)
test_880:
    mov x19, 880
    ldr x1, =0x1
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(880, c0, x0, 0x11)
    CHECK_EQ_T(880, f, x3, 0x0)
test_881:
    mov x19, 881
    ldr x1, =0x1
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(881, c0, x0, 0xfffffffffffffff1)
    CHECK_EQ_T(881, f, x3, 0x80000000)
test_882:
    mov x19, 882
    ldr x1, =0x1
    ldr x2, =0x1
    subs w0, w1, w2, sxtx
    mrs x3, nzcv
    CHECK_EQ_T(882, c0, x0, 0x0)
    CHECK_EQ_T(882, f, x3, 0x60000000)
test_883:
    mov x19, 883
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(883, c0, x0, 0x80000000)
    CHECK_EQ_T(883, f, x3, 0x0)
test_884:
    mov x19, 884
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(884, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(884, f, x3, 0x20000000)
test_885:
    mov x19, 885
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(885, c0, x0, 0x80000001)
    CHECK_EQ_T(885, f, x3, 0x0)
test_886:
    mov x19, 886
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(886, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(886, f, x3, 0x20000000)
test_887:
    mov x19, 887
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(887, c0, x0, 0x8000000f)
    CHECK_EQ_T(887, f, x3, 0x0)
test_888:
    mov x19, 888
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(888, c0, x0, 0x7fffffef)
    CHECK_EQ_T(888, f, x3, 0x20000000)
test_889:
    mov x19, 889
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxtb
    mrs x3, nzcv
    CHECK_EQ_T(889, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(889, f, x3, 0x20000000)
test_890:
    mov x19, 890
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(890, c0, x0, 0x80000000)
    CHECK_EQ_T(890, f, x3, 0x0)
test_891:
    mov x19, 891
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(891, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(891, f, x3, 0x20000000)
test_892:
    mov x19, 892
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(892, c0, x0, 0x80000001)
    CHECK_EQ_T(892, f, x3, 0x0)
test_893:
    mov x19, 893
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(893, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(893, f, x3, 0x20000000)
test_894:
    mov x19, 894
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(894, c0, x0, 0x8000000f)
    CHECK_EQ_T(894, f, x3, 0x0)
test_895:
    mov x19, 895
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(895, c0, x0, 0x7fffffef)
    CHECK_EQ_T(895, f, x3, 0x20000000)
test_896:
    mov x19, 896
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxth
    mrs x3, nzcv
    CHECK_EQ_T(896, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(896, f, x3, 0x20000000)
test_897:
    mov x19, 897
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(897, c0, x0, 0x80000000)
    CHECK_EQ_T(897, f, x3, 0x0)
test_898:
    mov x19, 898
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(898, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(898, f, x3, 0x20000000)
test_899:
    mov x19, 899
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(899, c0, x0, 0x80000001)
    CHECK_EQ_T(899, f, x3, 0x0)
test_900:
    mov x19, 900
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(900, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(900, f, x3, 0x20000000)
test_901:
    mov x19, 901
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(901, c0, x0, 0x8000000f)
    CHECK_EQ_T(901, f, x3, 0x0)
test_902:
    mov x19, 902
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(902, c0, x0, 0x7fffffef)
    CHECK_EQ_T(902, f, x3, 0x20000000)
test_903:
    mov x19, 903
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxtw
    mrs x3, nzcv
    CHECK_EQ_T(903, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(903, f, x3, 0x20000000)
test_904:
    mov x19, 904
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(904, c0, x0, 0x80000000)
    CHECK_EQ_T(904, f, x3, 0x0)
test_905:
    mov x19, 905
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(905, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(905, f, x3, 0x20000000)
test_906:
    mov x19, 906
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(906, c0, x0, 0x80000001)
    CHECK_EQ_T(906, f, x3, 0x0)
test_907:
    mov x19, 907
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(907, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(907, f, x3, 0x20000000)
test_908:
    mov x19, 908
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(908, c0, x0, 0x8000000f)
    CHECK_EQ_T(908, f, x3, 0x0)
test_909:
    mov x19, 909
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(909, c0, x0, 0x7fffffef)
    CHECK_EQ_T(909, f, x3, 0x20000000)
test_910:
    mov x19, 910
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxtx
    mrs x3, nzcv
    CHECK_EQ_T(910, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(910, f, x3, 0x20000000)
test_911:
    mov x19, 911
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(911, c0, x0, 0x80000000)
    CHECK_EQ_T(911, f, x3, 0x0)
test_912:
    mov x19, 912
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(912, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(912, f, x3, 0x20000000)
test_913:
    mov x19, 913
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(913, c0, x0, 0x80000001)
    CHECK_EQ_T(913, f, x3, 0x0)
test_914:
    mov x19, 914
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(914, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(914, f, x3, 0x20000000)
test_915:
    mov x19, 915
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(915, c0, x0, 0x8000000f)
    CHECK_EQ_T(915, f, x3, 0x0)
test_916:
    mov x19, 916
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(916, c0, x0, 0x7fffffef)
    CHECK_EQ_T(916, f, x3, 0x20000000)
test_917:
    mov x19, 917
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxtb
    mrs x3, nzcv
    CHECK_EQ_T(917, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(917, f, x3, 0x20000000)
test_918:
    mov x19, 918
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(918, c0, x0, 0x80000000)
    CHECK_EQ_T(918, f, x3, 0x0)
test_919:
    mov x19, 919
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(919, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(919, f, x3, 0x20000000)
test_920:
    mov x19, 920
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(920, c0, x0, 0x80000001)
    CHECK_EQ_T(920, f, x3, 0x0)
test_921:
    mov x19, 921
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(921, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(921, f, x3, 0x20000000)
test_922:
    mov x19, 922
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(922, c0, x0, 0x8000000f)
    CHECK_EQ_T(922, f, x3, 0x0)
test_923:
    mov x19, 923
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(923, c0, x0, 0x7fffffef)
    CHECK_EQ_T(923, f, x3, 0x20000000)
test_924:
    mov x19, 924
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxth
    mrs x3, nzcv
    CHECK_EQ_T(924, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(924, f, x3, 0x20000000)
test_925:
    mov x19, 925
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(925, c0, x0, 0x80000000)
    CHECK_EQ_T(925, f, x3, 0x0)
test_926:
    mov x19, 926
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(926, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(926, f, x3, 0x20000000)
test_927:
    mov x19, 927
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(927, c0, x0, 0x80000001)
    CHECK_EQ_T(927, f, x3, 0x0)
test_928:
    mov x19, 928
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(928, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(928, f, x3, 0x20000000)
test_929:
    mov x19, 929
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(929, c0, x0, 0x8000000f)
    CHECK_EQ_T(929, f, x3, 0x0)
test_930:
    mov x19, 930
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(930, c0, x0, 0x7fffffef)
    CHECK_EQ_T(930, f, x3, 0x20000000)
test_931:
    mov x19, 931
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxtw
    mrs x3, nzcv
    CHECK_EQ_T(931, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(931, f, x3, 0x20000000)
test_932:
    mov x19, 932
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(932, c0, x0, 0x80000000)
    CHECK_EQ_T(932, f, x3, 0x0)
test_933:
    mov x19, 933
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(933, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(933, f, x3, 0x20000000)
test_934:
    mov x19, 934
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(934, c0, x0, 0x80000001)
    CHECK_EQ_T(934, f, x3, 0x0)
test_935:
    mov x19, 935
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(935, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(935, f, x3, 0x20000000)
test_936:
    mov x19, 936
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(936, c0, x0, 0x8000000f)
    CHECK_EQ_T(936, f, x3, 0x0)
test_937:
    mov x19, 937
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(937, c0, x0, 0x7fffffef)
    CHECK_EQ_T(937, f, x3, 0x20000000)
test_938:
    mov x19, 938
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxtx
    mrs x3, nzcv
    CHECK_EQ_T(938, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(938, f, x3, 0x20000000)
test_939:
    mov x19, 939
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(939, c0, x0, 0x80000000)
    CHECK_EQ_T(939, f, x3, 0x0)
test_940:
    mov x19, 940
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(940, c0, x0, 0x80000000)
    CHECK_EQ_T(940, f, x3, 0x20000000)
test_941:
    mov x19, 941
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(941, c0, x0, 0x80000000)
    CHECK_EQ_T(941, f, x3, 0x0)
test_942:
    mov x19, 942
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(942, c0, x0, 0x80000000)
    CHECK_EQ_T(942, f, x3, 0x20000000)
test_943:
    mov x19, 943
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(943, c0, x0, 0x80000000)
    CHECK_EQ_T(943, f, x3, 0x0)
test_944:
    mov x19, 944
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(944, c0, x0, 0x80000000)
    CHECK_EQ_T(944, f, x3, 0x20000000)
test_945:
    mov x19, 945
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, uxtb
    mrs x3, nzcv
    CHECK_EQ_T(945, c0, x0, 0x80000000)
    CHECK_EQ_T(945, f, x3, 0xa0000000)
test_946:
    mov x19, 946
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(946, c0, x0, 0x80000000)
    CHECK_EQ_T(946, f, x3, 0x0)
test_947:
    mov x19, 947
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(947, c0, x0, 0x80000000)
    CHECK_EQ_T(947, f, x3, 0x20000000)
test_948:
    mov x19, 948
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(948, c0, x0, 0x80000000)
    CHECK_EQ_T(948, f, x3, 0x0)
test_949:
    mov x19, 949
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(949, c0, x0, 0x80000000)
    CHECK_EQ_T(949, f, x3, 0x20000000)
test_950:
    mov x19, 950
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(950, c0, x0, 0x80000000)
    CHECK_EQ_T(950, f, x3, 0x0)
test_951:
    mov x19, 951
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(951, c0, x0, 0x80000000)
    CHECK_EQ_T(951, f, x3, 0x20000000)
test_952:
    mov x19, 952
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, uxth
    mrs x3, nzcv
    CHECK_EQ_T(952, c0, x0, 0x80000000)
    CHECK_EQ_T(952, f, x3, 0xa0000000)
test_953:
    mov x19, 953
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(953, c0, x0, 0x100000000)
    CHECK_EQ_T(953, f, x3, 0x0)
test_954:
    mov x19, 954
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(954, c0, x0, 0x0)
    CHECK_EQ_T(954, f, x3, 0x60000000)
test_955:
    mov x19, 955
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(955, c0, x0, 0x180000000)
    CHECK_EQ_T(955, f, x3, 0x0)
test_956:
    mov x19, 956
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(956, c0, x0, 0xffffffff80000000)
    CHECK_EQ_T(956, f, x3, 0x80000000)
test_957:
    mov x19, 957
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(957, c0, x0, 0x880000000)
    CHECK_EQ_T(957, f, x3, 0x0)
test_958:
    mov x19, 958
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(958, c0, x0, 0xfffffff880000000)
    CHECK_EQ_T(958, f, x3, 0x80000000)
test_959:
    mov x19, 959
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, uxtw
    mrs x3, nzcv
    CHECK_EQ_T(959, c0, x0, 0x0)
    CHECK_EQ_T(959, f, x3, 0x60000000)
test_960:
    mov x19, 960
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(960, c0, x0, 0x100000000)
    CHECK_EQ_T(960, f, x3, 0x0)
test_961:
    mov x19, 961
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(961, c0, x0, 0x0)
    CHECK_EQ_T(961, f, x3, 0x60000000)
test_962:
    mov x19, 962
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(962, c0, x0, 0x180000000)
    CHECK_EQ_T(962, f, x3, 0x0)
test_963:
    mov x19, 963
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(963, c0, x0, 0xffffffff80000000)
    CHECK_EQ_T(963, f, x3, 0x80000000)
test_964:
    mov x19, 964
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(964, c0, x0, 0x880000000)
    CHECK_EQ_T(964, f, x3, 0x0)
test_965:
    mov x19, 965
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(965, c0, x0, 0xfffffff880000000)
    CHECK_EQ_T(965, f, x3, 0x80000000)
test_966:
    mov x19, 966
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, uxtx
    mrs x3, nzcv
    CHECK_EQ_T(966, c0, x0, 0x0)
    CHECK_EQ_T(966, f, x3, 0x60000000)
test_967:
    mov x19, 967
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(967, c0, x0, 0x80000000)
    CHECK_EQ_T(967, f, x3, 0x0)
test_968:
    mov x19, 968
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(968, c0, x0, 0x80000000)
    CHECK_EQ_T(968, f, x3, 0x20000000)
test_969:
    mov x19, 969
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(969, c0, x0, 0x80000000)
    CHECK_EQ_T(969, f, x3, 0x0)
test_970:
    mov x19, 970
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(970, c0, x0, 0x80000000)
    CHECK_EQ_T(970, f, x3, 0x20000000)
test_971:
    mov x19, 971
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(971, c0, x0, 0x80000000)
    CHECK_EQ_T(971, f, x3, 0x0)
test_972:
    mov x19, 972
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(972, c0, x0, 0x80000000)
    CHECK_EQ_T(972, f, x3, 0x20000000)
test_973:
    mov x19, 973
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, sxtb
    mrs x3, nzcv
    CHECK_EQ_T(973, c0, x0, 0x80000000)
    CHECK_EQ_T(973, f, x3, 0xa0000000)
test_974:
    mov x19, 974
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(974, c0, x0, 0x80000000)
    CHECK_EQ_T(974, f, x3, 0x0)
test_975:
    mov x19, 975
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(975, c0, x0, 0x80000000)
    CHECK_EQ_T(975, f, x3, 0x20000000)
test_976:
    mov x19, 976
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(976, c0, x0, 0x80000000)
    CHECK_EQ_T(976, f, x3, 0x0)
test_977:
    mov x19, 977
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(977, c0, x0, 0x80000000)
    CHECK_EQ_T(977, f, x3, 0x20000000)
test_978:
    mov x19, 978
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(978, c0, x0, 0x80000000)
    CHECK_EQ_T(978, f, x3, 0x0)
test_979:
    mov x19, 979
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(979, c0, x0, 0x80000000)
    CHECK_EQ_T(979, f, x3, 0x20000000)
test_980:
    mov x19, 980
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, sxth
    mrs x3, nzcv
    CHECK_EQ_T(980, c0, x0, 0x80000000)
    CHECK_EQ_T(980, f, x3, 0xa0000000)
test_981:
    mov x19, 981
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(981, c0, x0, 0x0)
    CHECK_EQ_T(981, f, x3, 0x60000000)
test_982:
    mov x19, 982
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(982, c0, x0, 0x100000000)
    CHECK_EQ_T(982, f, x3, 0x0)
test_983:
    mov x19, 983
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(983, c0, x0, 0xffffffff80000000)
    CHECK_EQ_T(983, f, x3, 0x80000000)
test_984:
    mov x19, 984
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(984, c0, x0, 0x180000000)
    CHECK_EQ_T(984, f, x3, 0x0)
test_985:
    mov x19, 985
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(985, c0, x0, 0xfffffff880000000)
    CHECK_EQ_T(985, f, x3, 0x80000000)
test_986:
    mov x19, 986
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(986, c0, x0, 0x880000000)
    CHECK_EQ_T(986, f, x3, 0x0)
test_987:
    mov x19, 987
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, sxtw
    mrs x3, nzcv
    CHECK_EQ_T(987, c0, x0, 0x0)
    CHECK_EQ_T(987, f, x3, 0x60000000)
test_988:
    mov x19, 988
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(988, c0, x0, 0x100000000)
    CHECK_EQ_T(988, f, x3, 0x0)
test_989:
    mov x19, 989
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(989, c0, x0, 0x0)
    CHECK_EQ_T(989, f, x3, 0x60000000)
test_990:
    mov x19, 990
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(990, c0, x0, 0x180000000)
    CHECK_EQ_T(990, f, x3, 0x0)
test_991:
    mov x19, 991
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(991, c0, x0, 0xffffffff80000000)
    CHECK_EQ_T(991, f, x3, 0x80000000)
test_992:
    mov x19, 992
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adds x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(992, c0, x0, 0x880000000)
    CHECK_EQ_T(992, f, x3, 0x0)
test_993:
    mov x19, 993
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(993, c0, x0, 0xfffffff880000000)
    CHECK_EQ_T(993, f, x3, 0x80000000)
test_994:
    mov x19, 994
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    subs w0, w1, w2, sxtx
    mrs x3, nzcv
    CHECK_EQ_T(994, c0, x0, 0x0)
    CHECK_EQ_T(994, f, x3, 0x60000000)
test_995:
    mov x19, 995
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(995, c0, x0, 0x100000000)
    CHECK_EQ_T(995, f, x3, 0x0)
test_996:
    mov x19, 996
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(996, c0, x0, 0xfffffffe)
    CHECK_EQ_T(996, f, x3, 0x20000000)
test_997:
    mov x19, 997
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(997, c0, x0, 0x100000001)
    CHECK_EQ_T(997, f, x3, 0x0)
test_998:
    mov x19, 998
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(998, c0, x0, 0xfffffffd)
    CHECK_EQ_T(998, f, x3, 0x20000000)
test_999:
    mov x19, 999
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(999, c0, x0, 0x10000000f)
    CHECK_EQ_T(999, f, x3, 0x0)
test_1000:
    mov x19, 1000
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1000, c0, x0, 0xffffffef)
    CHECK_EQ_T(1000, f, x3, 0x20000000)
test_1001:
    mov x19, 1001
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxtb
    mrs x3, nzcv
    CHECK_EQ_T(1001, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1001, f, x3, 0xa0000000)
test_1002:
    mov x19, 1002
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1002, c0, x0, 0x100000000)
    CHECK_EQ_T(1002, f, x3, 0x0)
test_1003:
    mov x19, 1003
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1003, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1003, f, x3, 0x20000000)
test_1004:
    mov x19, 1004
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1004, c0, x0, 0x100000001)
    CHECK_EQ_T(1004, f, x3, 0x0)
test_1005:
    mov x19, 1005
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1005, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1005, f, x3, 0x20000000)
test_1006:
    mov x19, 1006
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1006, c0, x0, 0x10000000f)
    CHECK_EQ_T(1006, f, x3, 0x0)
test_1007:
    mov x19, 1007
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1007, c0, x0, 0xffffffef)
    CHECK_EQ_T(1007, f, x3, 0x20000000)
test_1008:
    mov x19, 1008
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxth
    mrs x3, nzcv
    CHECK_EQ_T(1008, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1008, f, x3, 0xa0000000)
test_1009:
    mov x19, 1009
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1009, c0, x0, 0x100000000)
    CHECK_EQ_T(1009, f, x3, 0x0)
test_1010:
    mov x19, 1010
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1010, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1010, f, x3, 0x20000000)
test_1011:
    mov x19, 1011
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1011, c0, x0, 0x100000001)
    CHECK_EQ_T(1011, f, x3, 0x0)
test_1012:
    mov x19, 1012
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1012, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1012, f, x3, 0x20000000)
test_1013:
    mov x19, 1013
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1013, c0, x0, 0x10000000f)
    CHECK_EQ_T(1013, f, x3, 0x0)
test_1014:
    mov x19, 1014
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1014, c0, x0, 0xffffffef)
    CHECK_EQ_T(1014, f, x3, 0x20000000)
test_1015:
    mov x19, 1015
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxtw
    mrs x3, nzcv
    CHECK_EQ_T(1015, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1015, f, x3, 0xa0000000)
test_1016:
    mov x19, 1016
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1016, c0, x0, 0x100000000)
    CHECK_EQ_T(1016, f, x3, 0x0)
test_1017:
    mov x19, 1017
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1017, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1017, f, x3, 0x20000000)
test_1018:
    mov x19, 1018
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1018, c0, x0, 0x100000001)
    CHECK_EQ_T(1018, f, x3, 0x0)
test_1019:
    mov x19, 1019
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1019, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1019, f, x3, 0x20000000)
test_1020:
    mov x19, 1020
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1020, c0, x0, 0x10000000f)
    CHECK_EQ_T(1020, f, x3, 0x0)
test_1021:
    mov x19, 1021
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1021, c0, x0, 0xffffffef)
    CHECK_EQ_T(1021, f, x3, 0x20000000)
test_1022:
    mov x19, 1022
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxtx
    mrs x3, nzcv
    CHECK_EQ_T(1022, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1022, f, x3, 0xa0000000)
test_1023:
    mov x19, 1023
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1023, c0, x0, 0x100000000)
    CHECK_EQ_T(1023, f, x3, 0x0)
test_1024:
    mov x19, 1024
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1024, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1024, f, x3, 0x20000000)
test_1025:
    mov x19, 1025
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1025, c0, x0, 0x100000001)
    CHECK_EQ_T(1025, f, x3, 0x0)
test_1026:
    mov x19, 1026
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1026, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1026, f, x3, 0x20000000)
test_1027:
    mov x19, 1027
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1027, c0, x0, 0x10000000f)
    CHECK_EQ_T(1027, f, x3, 0x0)
test_1028:
    mov x19, 1028
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1028, c0, x0, 0xffffffef)
    CHECK_EQ_T(1028, f, x3, 0x20000000)
test_1029:
    mov x19, 1029
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxtb
    mrs x3, nzcv
    CHECK_EQ_T(1029, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1029, f, x3, 0xa0000000)
test_1030:
    mov x19, 1030
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1030, c0, x0, 0x100000000)
    CHECK_EQ_T(1030, f, x3, 0x0)
test_1031:
    mov x19, 1031
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1031, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1031, f, x3, 0x20000000)
test_1032:
    mov x19, 1032
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1032, c0, x0, 0x100000001)
    CHECK_EQ_T(1032, f, x3, 0x0)
test_1033:
    mov x19, 1033
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1033, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1033, f, x3, 0x20000000)
test_1034:
    mov x19, 1034
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1034, c0, x0, 0x10000000f)
    CHECK_EQ_T(1034, f, x3, 0x0)
test_1035:
    mov x19, 1035
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1035, c0, x0, 0xffffffef)
    CHECK_EQ_T(1035, f, x3, 0x20000000)
test_1036:
    mov x19, 1036
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxth
    mrs x3, nzcv
    CHECK_EQ_T(1036, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1036, f, x3, 0xa0000000)
test_1037:
    mov x19, 1037
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1037, c0, x0, 0x100000000)
    CHECK_EQ_T(1037, f, x3, 0x0)
test_1038:
    mov x19, 1038
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1038, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1038, f, x3, 0x20000000)
test_1039:
    mov x19, 1039
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1039, c0, x0, 0x100000001)
    CHECK_EQ_T(1039, f, x3, 0x0)
test_1040:
    mov x19, 1040
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1040, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1040, f, x3, 0x20000000)
test_1041:
    mov x19, 1041
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1041, c0, x0, 0x10000000f)
    CHECK_EQ_T(1041, f, x3, 0x0)
test_1042:
    mov x19, 1042
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1042, c0, x0, 0xffffffef)
    CHECK_EQ_T(1042, f, x3, 0x20000000)
test_1043:
    mov x19, 1043
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxtw
    mrs x3, nzcv
    CHECK_EQ_T(1043, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1043, f, x3, 0xa0000000)
test_1044:
    mov x19, 1044
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1044, c0, x0, 0x100000000)
    CHECK_EQ_T(1044, f, x3, 0x0)
test_1045:
    mov x19, 1045
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1045, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1045, f, x3, 0x20000000)
test_1046:
    mov x19, 1046
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1046, c0, x0, 0x100000001)
    CHECK_EQ_T(1046, f, x3, 0x0)
test_1047:
    mov x19, 1047
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1047, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1047, f, x3, 0x20000000)
test_1048:
    mov x19, 1048
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1048, c0, x0, 0x10000000f)
    CHECK_EQ_T(1048, f, x3, 0x0)
test_1049:
    mov x19, 1049
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1049, c0, x0, 0xffffffef)
    CHECK_EQ_T(1049, f, x3, 0x20000000)
test_1050:
    mov x19, 1050
    ldr x1, =0xffffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxtx
    mrs x3, nzcv
    CHECK_EQ_T(1050, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1050, f, x3, 0xa0000000)
test_1051:
    mov x19, 1051
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1051, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1051, f, x3, 0x90000000)
test_1052:
    mov x19, 1052
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1052, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1052, f, x3, 0x20000000)
test_1053:
    mov x19, 1053
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1053, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1053, f, x3, 0x90000000)
test_1054:
    mov x19, 1054
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1054, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1054, f, x3, 0x20000000)
test_1055:
    mov x19, 1055
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1055, c0, x0, 0x800000000000000f)
    CHECK_EQ_T(1055, f, x3, 0x90000000)
test_1056:
    mov x19, 1056
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1056, c0, x0, 0x7fffffffffffffef)
    CHECK_EQ_T(1056, f, x3, 0x20000000)
test_1057:
    mov x19, 1057
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxtb
    mrs x3, nzcv
    CHECK_EQ_T(1057, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1057, f, x3, 0xa0000000)
test_1058:
    mov x19, 1058
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1058, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1058, f, x3, 0x90000000)
test_1059:
    mov x19, 1059
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1059, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1059, f, x3, 0x20000000)
test_1060:
    mov x19, 1060
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1060, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1060, f, x3, 0x90000000)
test_1061:
    mov x19, 1061
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1061, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1061, f, x3, 0x20000000)
test_1062:
    mov x19, 1062
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1062, c0, x0, 0x800000000000000f)
    CHECK_EQ_T(1062, f, x3, 0x90000000)
test_1063:
    mov x19, 1063
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1063, c0, x0, 0x7fffffffffffffef)
    CHECK_EQ_T(1063, f, x3, 0x20000000)
test_1064:
    mov x19, 1064
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxth
    mrs x3, nzcv
    CHECK_EQ_T(1064, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1064, f, x3, 0xa0000000)
test_1065:
    mov x19, 1065
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1065, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1065, f, x3, 0x90000000)
test_1066:
    mov x19, 1066
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1066, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1066, f, x3, 0x20000000)
test_1067:
    mov x19, 1067
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1067, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1067, f, x3, 0x90000000)
test_1068:
    mov x19, 1068
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1068, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1068, f, x3, 0x20000000)
test_1069:
    mov x19, 1069
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1069, c0, x0, 0x800000000000000f)
    CHECK_EQ_T(1069, f, x3, 0x90000000)
test_1070:
    mov x19, 1070
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1070, c0, x0, 0x7fffffffffffffef)
    CHECK_EQ_T(1070, f, x3, 0x20000000)
test_1071:
    mov x19, 1071
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxtw
    mrs x3, nzcv
    CHECK_EQ_T(1071, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1071, f, x3, 0xa0000000)
test_1072:
    mov x19, 1072
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1072, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1072, f, x3, 0x90000000)
test_1073:
    mov x19, 1073
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1073, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1073, f, x3, 0x20000000)
test_1074:
    mov x19, 1074
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1074, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1074, f, x3, 0x90000000)
test_1075:
    mov x19, 1075
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1075, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1075, f, x3, 0x20000000)
test_1076:
    mov x19, 1076
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1076, c0, x0, 0x800000000000000f)
    CHECK_EQ_T(1076, f, x3, 0x90000000)
test_1077:
    mov x19, 1077
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1077, c0, x0, 0x7fffffffffffffef)
    CHECK_EQ_T(1077, f, x3, 0x20000000)
test_1078:
    mov x19, 1078
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, uxtx
    mrs x3, nzcv
    CHECK_EQ_T(1078, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1078, f, x3, 0xa0000000)
test_1079:
    mov x19, 1079
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1079, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1079, f, x3, 0x90000000)
test_1080:
    mov x19, 1080
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1080, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1080, f, x3, 0x20000000)
test_1081:
    mov x19, 1081
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1081, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1081, f, x3, 0x90000000)
test_1082:
    mov x19, 1082
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1082, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1082, f, x3, 0x20000000)
test_1083:
    mov x19, 1083
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1083, c0, x0, 0x800000000000000f)
    CHECK_EQ_T(1083, f, x3, 0x90000000)
test_1084:
    mov x19, 1084
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1084, c0, x0, 0x7fffffffffffffef)
    CHECK_EQ_T(1084, f, x3, 0x20000000)
test_1085:
    mov x19, 1085
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxtb
    mrs x3, nzcv
    CHECK_EQ_T(1085, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1085, f, x3, 0xa0000000)
test_1086:
    mov x19, 1086
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1086, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1086, f, x3, 0x90000000)
test_1087:
    mov x19, 1087
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1087, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1087, f, x3, 0x20000000)
test_1088:
    mov x19, 1088
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1088, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1088, f, x3, 0x90000000)
test_1089:
    mov x19, 1089
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1089, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1089, f, x3, 0x20000000)
test_1090:
    mov x19, 1090
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1090, c0, x0, 0x800000000000000f)
    CHECK_EQ_T(1090, f, x3, 0x90000000)
test_1091:
    mov x19, 1091
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1091, c0, x0, 0x7fffffffffffffef)
    CHECK_EQ_T(1091, f, x3, 0x20000000)
test_1092:
    mov x19, 1092
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxth
    mrs x3, nzcv
    CHECK_EQ_T(1092, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1092, f, x3, 0xa0000000)
test_1093:
    mov x19, 1093
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1093, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1093, f, x3, 0x90000000)
test_1094:
    mov x19, 1094
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1094, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1094, f, x3, 0x20000000)
test_1095:
    mov x19, 1095
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1095, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1095, f, x3, 0x90000000)
test_1096:
    mov x19, 1096
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1096, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1096, f, x3, 0x20000000)
test_1097:
    mov x19, 1097
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1097, c0, x0, 0x800000000000000f)
    CHECK_EQ_T(1097, f, x3, 0x90000000)
test_1098:
    mov x19, 1098
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1098, c0, x0, 0x7fffffffffffffef)
    CHECK_EQ_T(1098, f, x3, 0x20000000)
test_1099:
    mov x19, 1099
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxtw
    mrs x3, nzcv
    CHECK_EQ_T(1099, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1099, f, x3, 0xa0000000)
test_1100:
    mov x19, 1100
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1100, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1100, f, x3, 0x90000000)
test_1101:
    mov x19, 1101
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1101, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1101, f, x3, 0x20000000)
test_1102:
    mov x19, 1102
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1102, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1102, f, x3, 0x90000000)
test_1103:
    mov x19, 1103
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1103, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1103, f, x3, 0x20000000)
test_1104:
    mov x19, 1104
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adds x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1104, c0, x0, 0x800000000000000f)
    CHECK_EQ_T(1104, f, x3, 0x90000000)
test_1105:
    mov x19, 1105
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1105, c0, x0, 0x7fffffffffffffef)
    CHECK_EQ_T(1105, f, x3, 0x20000000)
test_1106:
    mov x19, 1106
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    subs w0, w1, w2, sxtx
    mrs x3, nzcv
    CHECK_EQ_T(1106, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1106, f, x3, 0xa0000000)
test_1107:
    mov x19, 1107
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1107, c0, x0, 0x80000000000000ff)
    CHECK_EQ_T(1107, f, x3, 0x80000000)
test_1108:
    mov x19, 1108
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1108, c0, x0, 0x7fffffffffffff01)
    CHECK_EQ_T(1108, f, x3, 0x30000000)
test_1109:
    mov x19, 1109
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1109, c0, x0, 0x80000000000001fe)
    CHECK_EQ_T(1109, f, x3, 0x80000000)
test_1110:
    mov x19, 1110
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1110, c0, x0, 0x7ffffffffffffe02)
    CHECK_EQ_T(1110, f, x3, 0x30000000)
test_1111:
    mov x19, 1111
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1111, c0, x0, 0x8000000000000ff0)
    CHECK_EQ_T(1111, f, x3, 0x80000000)
test_1112:
    mov x19, 1112
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1112, c0, x0, 0x7ffffffffffff010)
    CHECK_EQ_T(1112, f, x3, 0x30000000)
test_1113:
    mov x19, 1113
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, uxtb
    mrs x3, nzcv
    CHECK_EQ_T(1113, c0, x0, 0xffffff01)
    CHECK_EQ_T(1113, f, x3, 0x80000000)
test_1114:
    mov x19, 1114
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1114, c0, x0, 0x800000000000ffff)
    CHECK_EQ_T(1114, f, x3, 0x80000000)
test_1115:
    mov x19, 1115
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1115, c0, x0, 0x7fffffffffff0001)
    CHECK_EQ_T(1115, f, x3, 0x30000000)
test_1116:
    mov x19, 1116
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1116, c0, x0, 0x800000000001fffe)
    CHECK_EQ_T(1116, f, x3, 0x80000000)
test_1117:
    mov x19, 1117
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1117, c0, x0, 0x7ffffffffffe0002)
    CHECK_EQ_T(1117, f, x3, 0x30000000)
test_1118:
    mov x19, 1118
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1118, c0, x0, 0x80000000000ffff0)
    CHECK_EQ_T(1118, f, x3, 0x80000000)
test_1119:
    mov x19, 1119
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1119, c0, x0, 0x7ffffffffff00010)
    CHECK_EQ_T(1119, f, x3, 0x30000000)
test_1120:
    mov x19, 1120
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, uxth
    mrs x3, nzcv
    CHECK_EQ_T(1120, c0, x0, 0xffff0001)
    CHECK_EQ_T(1120, f, x3, 0x80000000)
test_1121:
    mov x19, 1121
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1121, c0, x0, 0x80000000ffffffff)
    CHECK_EQ_T(1121, f, x3, 0x80000000)
test_1122:
    mov x19, 1122
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1122, c0, x0, 0x7fffffff00000001)
    CHECK_EQ_T(1122, f, x3, 0x30000000)
test_1123:
    mov x19, 1123
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1123, c0, x0, 0x80000001fffffffe)
    CHECK_EQ_T(1123, f, x3, 0x80000000)
test_1124:
    mov x19, 1124
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1124, c0, x0, 0x7ffffffe00000002)
    CHECK_EQ_T(1124, f, x3, 0x30000000)
test_1125:
    mov x19, 1125
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1125, c0, x0, 0x8000000ffffffff0)
    CHECK_EQ_T(1125, f, x3, 0x80000000)
test_1126:
    mov x19, 1126
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1126, c0, x0, 0x7ffffff000000010)
    CHECK_EQ_T(1126, f, x3, 0x30000000)
test_1127:
    mov x19, 1127
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, uxtw
    mrs x3, nzcv
    CHECK_EQ_T(1127, c0, x0, 0x1)
    CHECK_EQ_T(1127, f, x3, 0x0)
test_1128:
    mov x19, 1128
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1128, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1128, f, x3, 0x30000000)
test_1129:
    mov x19, 1129
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1129, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1129, f, x3, 0x80000000)
test_1130:
    mov x19, 1130
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1130, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1130, f, x3, 0x30000000)
test_1131:
    mov x19, 1131
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1131, c0, x0, 0x8000000000000002)
    CHECK_EQ_T(1131, f, x3, 0x80000000)
test_1132:
    mov x19, 1132
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1132, c0, x0, 0x7ffffffffffffff0)
    CHECK_EQ_T(1132, f, x3, 0x30000000)
test_1133:
    mov x19, 1133
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1133, c0, x0, 0x8000000000000010)
    CHECK_EQ_T(1133, f, x3, 0x80000000)
test_1134:
    mov x19, 1134
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, uxtx
    mrs x3, nzcv
    CHECK_EQ_T(1134, c0, x0, 0x1)
    CHECK_EQ_T(1134, f, x3, 0x0)
test_1135:
    mov x19, 1135
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1135, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1135, f, x3, 0x30000000)
test_1136:
    mov x19, 1136
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1136, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1136, f, x3, 0x80000000)
test_1137:
    mov x19, 1137
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1137, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1137, f, x3, 0x30000000)
test_1138:
    mov x19, 1138
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1138, c0, x0, 0x8000000000000002)
    CHECK_EQ_T(1138, f, x3, 0x80000000)
test_1139:
    mov x19, 1139
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1139, c0, x0, 0x7ffffffffffffff0)
    CHECK_EQ_T(1139, f, x3, 0x30000000)
test_1140:
    mov x19, 1140
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1140, c0, x0, 0x8000000000000010)
    CHECK_EQ_T(1140, f, x3, 0x80000000)
test_1141:
    mov x19, 1141
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, sxtb
    mrs x3, nzcv
    CHECK_EQ_T(1141, c0, x0, 0x1)
    CHECK_EQ_T(1141, f, x3, 0x0)
test_1142:
    mov x19, 1142
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1142, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1142, f, x3, 0x30000000)
test_1143:
    mov x19, 1143
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1143, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1143, f, x3, 0x80000000)
test_1144:
    mov x19, 1144
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1144, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1144, f, x3, 0x30000000)
test_1145:
    mov x19, 1145
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1145, c0, x0, 0x8000000000000002)
    CHECK_EQ_T(1145, f, x3, 0x80000000)
test_1146:
    mov x19, 1146
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1146, c0, x0, 0x7ffffffffffffff0)
    CHECK_EQ_T(1146, f, x3, 0x30000000)
test_1147:
    mov x19, 1147
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1147, c0, x0, 0x8000000000000010)
    CHECK_EQ_T(1147, f, x3, 0x80000000)
test_1148:
    mov x19, 1148
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, sxth
    mrs x3, nzcv
    CHECK_EQ_T(1148, c0, x0, 0x1)
    CHECK_EQ_T(1148, f, x3, 0x0)
test_1149:
    mov x19, 1149
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1149, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1149, f, x3, 0x30000000)
test_1150:
    mov x19, 1150
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1150, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1150, f, x3, 0x80000000)
test_1151:
    mov x19, 1151
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1151, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1151, f, x3, 0x30000000)
test_1152:
    mov x19, 1152
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1152, c0, x0, 0x8000000000000002)
    CHECK_EQ_T(1152, f, x3, 0x80000000)
test_1153:
    mov x19, 1153
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1153, c0, x0, 0x7ffffffffffffff0)
    CHECK_EQ_T(1153, f, x3, 0x30000000)
test_1154:
    mov x19, 1154
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1154, c0, x0, 0x8000000000000010)
    CHECK_EQ_T(1154, f, x3, 0x80000000)
test_1155:
    mov x19, 1155
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, sxtw
    mrs x3, nzcv
    CHECK_EQ_T(1155, c0, x0, 0x1)
    CHECK_EQ_T(1155, f, x3, 0x0)
test_1156:
    mov x19, 1156
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1156, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1156, f, x3, 0x30000000)
test_1157:
    mov x19, 1157
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1157, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1157, f, x3, 0x80000000)
test_1158:
    mov x19, 1158
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1158, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1158, f, x3, 0x30000000)
test_1159:
    mov x19, 1159
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1159, c0, x0, 0x8000000000000002)
    CHECK_EQ_T(1159, f, x3, 0x80000000)
test_1160:
    mov x19, 1160
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1160, c0, x0, 0x7ffffffffffffff0)
    CHECK_EQ_T(1160, f, x3, 0x30000000)
test_1161:
    mov x19, 1161
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1161, c0, x0, 0x8000000000000010)
    CHECK_EQ_T(1161, f, x3, 0x80000000)
test_1162:
    mov x19, 1162
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, sxtx
    mrs x3, nzcv
    CHECK_EQ_T(1162, c0, x0, 0x1)
    CHECK_EQ_T(1162, f, x3, 0x0)
test_1163:
    mov x19, 1163
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1163, c0, x0, 0xfe)
    CHECK_EQ_T(1163, f, x3, 0x20000000)
test_1164:
    mov x19, 1164
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1164, c0, x0, 0xffffffffffffff00)
    CHECK_EQ_T(1164, f, x3, 0xa0000000)
test_1165:
    mov x19, 1165
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1165, c0, x0, 0x1fd)
    CHECK_EQ_T(1165, f, x3, 0x20000000)
test_1166:
    mov x19, 1166
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1166, c0, x0, 0xfffffffffffffe01)
    CHECK_EQ_T(1166, f, x3, 0xa0000000)
test_1167:
    mov x19, 1167
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1167, c0, x0, 0xfef)
    CHECK_EQ_T(1167, f, x3, 0x20000000)
test_1168:
    mov x19, 1168
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1168, c0, x0, 0xfffffffffffff00f)
    CHECK_EQ_T(1168, f, x3, 0xa0000000)
test_1169:
    mov x19, 1169
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, uxtb
    mrs x3, nzcv
    CHECK_EQ_T(1169, c0, x0, 0xffffff00)
    CHECK_EQ_T(1169, f, x3, 0xa0000000)
test_1170:
    mov x19, 1170
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1170, c0, x0, 0xfffe)
    CHECK_EQ_T(1170, f, x3, 0x20000000)
test_1171:
    mov x19, 1171
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1171, c0, x0, 0xffffffffffff0000)
    CHECK_EQ_T(1171, f, x3, 0xa0000000)
test_1172:
    mov x19, 1172
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1172, c0, x0, 0x1fffd)
    CHECK_EQ_T(1172, f, x3, 0x20000000)
test_1173:
    mov x19, 1173
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1173, c0, x0, 0xfffffffffffe0001)
    CHECK_EQ_T(1173, f, x3, 0xa0000000)
test_1174:
    mov x19, 1174
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1174, c0, x0, 0xfffef)
    CHECK_EQ_T(1174, f, x3, 0x20000000)
test_1175:
    mov x19, 1175
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1175, c0, x0, 0xfffffffffff0000f)
    CHECK_EQ_T(1175, f, x3, 0xa0000000)
test_1176:
    mov x19, 1176
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, uxth
    mrs x3, nzcv
    CHECK_EQ_T(1176, c0, x0, 0xffff0000)
    CHECK_EQ_T(1176, f, x3, 0xa0000000)
test_1177:
    mov x19, 1177
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1177, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1177, f, x3, 0x20000000)
test_1178:
    mov x19, 1178
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1178, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1178, f, x3, 0xa0000000)
test_1179:
    mov x19, 1179
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1179, c0, x0, 0x1fffffffd)
    CHECK_EQ_T(1179, f, x3, 0x20000000)
test_1180:
    mov x19, 1180
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1180, c0, x0, 0xfffffffe00000001)
    CHECK_EQ_T(1180, f, x3, 0xa0000000)
test_1181:
    mov x19, 1181
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1181, c0, x0, 0xfffffffef)
    CHECK_EQ_T(1181, f, x3, 0x20000000)
test_1182:
    mov x19, 1182
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, uxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1182, c0, x0, 0xfffffff00000000f)
    CHECK_EQ_T(1182, f, x3, 0xa0000000)
test_1183:
    mov x19, 1183
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, uxtw
    mrs x3, nzcv
    CHECK_EQ_T(1183, c0, x0, 0x0)
    CHECK_EQ_T(1183, f, x3, 0x60000000)
test_1184:
    mov x19, 1184
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1184, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1184, f, x3, 0xa0000000)
test_1185:
    mov x19, 1185
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, uxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1185, c0, x0, 0x0)
    CHECK_EQ_T(1185, f, x3, 0x60000000)
test_1186:
    mov x19, 1186
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1186, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(1186, f, x3, 0xa0000000)
test_1187:
    mov x19, 1187
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, uxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1187, c0, x0, 0x1)
    CHECK_EQ_T(1187, f, x3, 0x20000000)
test_1188:
    mov x19, 1188
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1188, c0, x0, 0xffffffffffffffef)
    CHECK_EQ_T(1188, f, x3, 0xa0000000)
test_1189:
    mov x19, 1189
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, uxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1189, c0, x0, 0xf)
    CHECK_EQ_T(1189, f, x3, 0x20000000)
test_1190:
    mov x19, 1190
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, uxtx
    mrs x3, nzcv
    CHECK_EQ_T(1190, c0, x0, 0x0)
    CHECK_EQ_T(1190, f, x3, 0x60000000)
test_1191:
    mov x19, 1191
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1191, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1191, f, x3, 0xa0000000)
test_1192:
    mov x19, 1192
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtb 0
    mrs x3, nzcv
    CHECK_EQ_T(1192, c0, x0, 0x0)
    CHECK_EQ_T(1192, f, x3, 0x60000000)
test_1193:
    mov x19, 1193
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1193, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(1193, f, x3, 0xa0000000)
test_1194:
    mov x19, 1194
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtb 1
    mrs x3, nzcv
    CHECK_EQ_T(1194, c0, x0, 0x1)
    CHECK_EQ_T(1194, f, x3, 0x20000000)
test_1195:
    mov x19, 1195
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1195, c0, x0, 0xffffffffffffffef)
    CHECK_EQ_T(1195, f, x3, 0xa0000000)
test_1196:
    mov x19, 1196
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtb 4
    mrs x3, nzcv
    CHECK_EQ_T(1196, c0, x0, 0xf)
    CHECK_EQ_T(1196, f, x3, 0x20000000)
test_1197:
    mov x19, 1197
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, sxtb
    mrs x3, nzcv
    CHECK_EQ_T(1197, c0, x0, 0x0)
    CHECK_EQ_T(1197, f, x3, 0x60000000)
test_1198:
    mov x19, 1198
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1198, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1198, f, x3, 0xa0000000)
test_1199:
    mov x19, 1199
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxth 0
    mrs x3, nzcv
    CHECK_EQ_T(1199, c0, x0, 0x0)
    CHECK_EQ_T(1199, f, x3, 0x60000000)
test_1200:
    mov x19, 1200
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1200, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(1200, f, x3, 0xa0000000)
test_1201:
    mov x19, 1201
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxth 1
    mrs x3, nzcv
    CHECK_EQ_T(1201, c0, x0, 0x1)
    CHECK_EQ_T(1201, f, x3, 0x20000000)
test_1202:
    mov x19, 1202
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1202, c0, x0, 0xffffffffffffffef)
    CHECK_EQ_T(1202, f, x3, 0xa0000000)
test_1203:
    mov x19, 1203
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxth 4
    mrs x3, nzcv
    CHECK_EQ_T(1203, c0, x0, 0xf)
    CHECK_EQ_T(1203, f, x3, 0x20000000)
test_1204:
    mov x19, 1204
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, sxth
    mrs x3, nzcv
    CHECK_EQ_T(1204, c0, x0, 0x0)
    CHECK_EQ_T(1204, f, x3, 0x60000000)
test_1205:
    mov x19, 1205
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1205, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1205, f, x3, 0xa0000000)
test_1206:
    mov x19, 1206
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtw 0
    mrs x3, nzcv
    CHECK_EQ_T(1206, c0, x0, 0x0)
    CHECK_EQ_T(1206, f, x3, 0x60000000)
test_1207:
    mov x19, 1207
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1207, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(1207, f, x3, 0xa0000000)
test_1208:
    mov x19, 1208
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtw 1
    mrs x3, nzcv
    CHECK_EQ_T(1208, c0, x0, 0x1)
    CHECK_EQ_T(1208, f, x3, 0x20000000)
test_1209:
    mov x19, 1209
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1209, c0, x0, 0xffffffffffffffef)
    CHECK_EQ_T(1209, f, x3, 0xa0000000)
test_1210:
    mov x19, 1210
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, w2, sxtw 4
    mrs x3, nzcv
    CHECK_EQ_T(1210, c0, x0, 0xf)
    CHECK_EQ_T(1210, f, x3, 0x20000000)
test_1211:
    mov x19, 1211
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, sxtw
    mrs x3, nzcv
    CHECK_EQ_T(1211, c0, x0, 0x0)
    CHECK_EQ_T(1211, f, x3, 0x60000000)
test_1212:
    mov x19, 1212
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1212, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1212, f, x3, 0xa0000000)
test_1213:
    mov x19, 1213
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, sxtx 0
    mrs x3, nzcv
    CHECK_EQ_T(1213, c0, x0, 0x0)
    CHECK_EQ_T(1213, f, x3, 0x60000000)
test_1214:
    mov x19, 1214
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1214, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(1214, f, x3, 0xa0000000)
test_1215:
    mov x19, 1215
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, sxtx 1
    mrs x3, nzcv
    CHECK_EQ_T(1215, c0, x0, 0x1)
    CHECK_EQ_T(1215, f, x3, 0x20000000)
test_1216:
    mov x19, 1216
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adds x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1216, c0, x0, 0xffffffffffffffef)
    CHECK_EQ_T(1216, f, x3, 0xa0000000)
test_1217:
    mov x19, 1217
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs x0, x1, x2, sxtx 4
    mrs x3, nzcv
    CHECK_EQ_T(1217, c0, x0, 0xf)
    CHECK_EQ_T(1217, f, x3, 0x20000000)
test_1218:
    mov x19, 1218
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    subs w0, w1, w2, sxtx
    mrs x3, nzcv
    CHECK_EQ_T(1218, c0, x0, 0x0)
    CHECK_EQ_T(1218, f, x3, 0x60000000)
test_1219:
    mov x19, 1219
    mov x9, sp
    mov x2, 3
    add x0, sp, w2, uxtw 3
    sub x0, x0, x9
    CHECK_EQ_T(1219, c0, x0, 0x18)
test_1220:
    mov x19, 1220
    mov x9, sp
    mov x2, -2
    add sp, sp, x2, sxtx 4
    mov x0, sp
    sub x0, x9, x0
    add sp, sp, 32
    CHECK_EQ_T(1220, c0, x0, 0x20)
test_1221:
    mov x19, 1221
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1221, c0, x0, 0x0)
    CHECK_EQ_T(1221, f, x3, 0x40000000)
test_1222:
    mov x19, 1222
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1222, c0, x0, 0x0)
    CHECK_EQ_T(1222, f, x3, 0x0)
test_1223:
    mov x19, 1223
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1223, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1223, f, x3, 0x80000000)
test_1224:
    mov x19, 1224
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1224, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1224, f, x3, 0x0)
test_1225:
    mov x19, 1225
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1225, c0, x0, 0x1)
    CHECK_EQ_T(1225, f, x3, 0x0)
test_1226:
    mov x19, 1226
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1226, c0, x0, 0x1)
    CHECK_EQ_T(1226, f, x3, 0x20000000)
test_1227:
    mov x19, 1227
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1227, c0, x0, 0x0)
    CHECK_EQ_T(1227, f, x3, 0x60000000)
test_1228:
    mov x19, 1228
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1228, c0, x0, 0x0)
    CHECK_EQ_T(1228, f, x3, 0x20000000)
test_1229:
    mov x19, 1229
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x0
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1229, c0, x0, 0x0)
    CHECK_EQ_T(1229, f, x3, 0x60000000)
test_1230:
    mov x19, 1230
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1230, c0, x0, 0x2)
    CHECK_EQ_T(1230, f, x3, 0x0)
test_1231:
    mov x19, 1231
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1231, c0, x0, 0x2)
    CHECK_EQ_T(1231, f, x3, 0x0)
test_1232:
    mov x19, 1232
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1232, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1232, f, x3, 0x80000000)
test_1233:
    mov x19, 1233
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1233, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1233, f, x3, 0x0)
test_1234:
    mov x19, 1234
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1234, c0, x0, 0x3)
    CHECK_EQ_T(1234, f, x3, 0x0)
test_1235:
    mov x19, 1235
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1235, c0, x0, 0x3)
    CHECK_EQ_T(1235, f, x3, 0x20000000)
test_1236:
    mov x19, 1236
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1236, c0, x0, 0x0)
    CHECK_EQ_T(1236, f, x3, 0x60000000)
test_1237:
    mov x19, 1237
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1237, c0, x0, 0x0)
    CHECK_EQ_T(1237, f, x3, 0x20000000)
test_1238:
    mov x19, 1238
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x1
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1238, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1238, f, x3, 0x80000000)
test_1239:
    mov x19, 1239
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1239, c0, x0, 0x80000000)
    CHECK_EQ_T(1239, f, x3, 0x0)
test_1240:
    mov x19, 1240
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1240, c0, x0, 0x80000000)
    CHECK_EQ_T(1240, f, x3, 0x0)
test_1241:
    mov x19, 1241
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1241, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(1241, f, x3, 0x20000000)
test_1242:
    mov x19, 1242
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1242, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(1242, f, x3, 0x0)
test_1243:
    mov x19, 1243
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1243, c0, x0, 0x80000001)
    CHECK_EQ_T(1243, f, x3, 0x0)
test_1244:
    mov x19, 1244
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1244, c0, x0, 0x80000001)
    CHECK_EQ_T(1244, f, x3, 0x20000000)
test_1245:
    mov x19, 1245
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1245, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(1245, f, x3, 0x20000000)
test_1246:
    mov x19, 1246
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1246, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(1246, f, x3, 0x20000000)
test_1247:
    mov x19, 1247
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x1
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1247, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1247, f, x3, 0x80000000)
test_1248:
    mov x19, 1248
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1248, c0, x0, 0x100000000)
    CHECK_EQ_T(1248, f, x3, 0x0)
test_1249:
    mov x19, 1249
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1249, c0, x0, 0x100000000)
    CHECK_EQ_T(1249, f, x3, 0x0)
test_1250:
    mov x19, 1250
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1250, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1250, f, x3, 0x80000000)
test_1251:
    mov x19, 1251
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1251, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1251, f, x3, 0x0)
test_1252:
    mov x19, 1252
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1252, c0, x0, 0x100000001)
    CHECK_EQ_T(1252, f, x3, 0x0)
test_1253:
    mov x19, 1253
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1253, c0, x0, 0x100000001)
    CHECK_EQ_T(1253, f, x3, 0x20000000)
test_1254:
    mov x19, 1254
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1254, c0, x0, 0x0)
    CHECK_EQ_T(1254, f, x3, 0x60000000)
test_1255:
    mov x19, 1255
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1255, c0, x0, 0x0)
    CHECK_EQ_T(1255, f, x3, 0x20000000)
test_1256:
    mov x19, 1256
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x80000000
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1256, c0, x0, 0xffffffff80000000)
    CHECK_EQ_T(1256, f, x3, 0x80000000)
test_1257:
    mov x19, 1257
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1257, c0, x0, 0x100000000)
    CHECK_EQ_T(1257, f, x3, 0x0)
test_1258:
    mov x19, 1258
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1258, c0, x0, 0x100000000)
    CHECK_EQ_T(1258, f, x3, 0x0)
test_1259:
    mov x19, 1259
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1259, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1259, f, x3, 0x20000000)
test_1260:
    mov x19, 1260
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1260, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1260, f, x3, 0x0)
test_1261:
    mov x19, 1261
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1261, c0, x0, 0x100000001)
    CHECK_EQ_T(1261, f, x3, 0x0)
test_1262:
    mov x19, 1262
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1262, c0, x0, 0x100000001)
    CHECK_EQ_T(1262, f, x3, 0x20000000)
test_1263:
    mov x19, 1263
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1263, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1263, f, x3, 0x20000000)
test_1264:
    mov x19, 1264
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1264, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1264, f, x3, 0x20000000)
test_1265:
    mov x19, 1265
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x1
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1265, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1265, f, x3, 0x80000000)
test_1266:
    mov x19, 1266
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1266, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1266, f, x3, 0x90000000)
test_1267:
    mov x19, 1267
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1267, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1267, f, x3, 0x0)
test_1268:
    mov x19, 1268
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1268, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1268, f, x3, 0x20000000)
test_1269:
    mov x19, 1269
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1269, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1269, f, x3, 0x0)
test_1270:
    mov x19, 1270
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1270, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1270, f, x3, 0x90000000)
test_1271:
    mov x19, 1271
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1271, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1271, f, x3, 0x20000000)
test_1272:
    mov x19, 1272
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1272, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1272, f, x3, 0x20000000)
test_1273:
    mov x19, 1273
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1273, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1273, f, x3, 0x20000000)
test_1274:
    mov x19, 1274
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x1
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1274, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1274, f, x3, 0x80000000)
test_1275:
    mov x19, 1275
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1275, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1275, f, x3, 0x30000000)
test_1276:
    mov x19, 1276
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1276, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1276, f, x3, 0x0)
test_1277:
    mov x19, 1277
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1277, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1277, f, x3, 0x80000000)
test_1278:
    mov x19, 1278
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1278, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1278, f, x3, 0x0)
test_1279:
    mov x19, 1279
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1279, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1279, f, x3, 0xa0000000)
test_1280:
    mov x19, 1280
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1280, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1280, f, x3, 0x20000000)
test_1281:
    mov x19, 1281
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1281, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1281, f, x3, 0x80000000)
test_1282:
    mov x19, 1282
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1282, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1282, f, x3, 0x20000000)
test_1283:
    mov x19, 1283
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0xffffffffffffffff
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1283, c0, x0, 0x1)
    CHECK_EQ_T(1283, f, x3, 0x0)
test_1284:
    mov x19, 1284
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1284, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1284, f, x3, 0xa0000000)
test_1285:
    mov x19, 1285
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1285, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1285, f, x3, 0x0)
test_1286:
    mov x19, 1286
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1286, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1286, f, x3, 0x80000000)
test_1287:
    mov x19, 1287
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1287, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1287, f, x3, 0x0)
test_1288:
    mov x19, 1288
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1288, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1288, f, x3, 0xa0000000)
test_1289:
    mov x19, 1289
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1289, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1289, f, x3, 0x20000000)
test_1290:
    mov x19, 1290
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1290, c0, x0, 0x0)
    CHECK_EQ_T(1290, f, x3, 0x60000000)
test_1291:
    mov x19, 1291
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1291, c0, x0, 0x0)
    CHECK_EQ_T(1291, f, x3, 0x20000000)
test_1292:
    mov x19, 1292
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0xffffffffffffffff
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1292, c0, x0, 0x1)
    CHECK_EQ_T(1292, f, x3, 0x0)
test_1293:
    mov x19, 1293
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1293, c0, x0, 0xc)
    CHECK_EQ_T(1293, f, x3, 0x0)
test_1294:
    mov x19, 1294
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1294, c0, x0, 0xc)
    CHECK_EQ_T(1294, f, x3, 0x0)
test_1295:
    mov x19, 1295
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1295, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(1295, f, x3, 0x80000000)
test_1296:
    mov x19, 1296
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1296, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(1296, f, x3, 0x0)
test_1297:
    mov x19, 1297
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1297, c0, x0, 0xd)
    CHECK_EQ_T(1297, f, x3, 0x0)
test_1298:
    mov x19, 1298
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1298, c0, x0, 0xd)
    CHECK_EQ_T(1298, f, x3, 0x20000000)
test_1299:
    mov x19, 1299
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1299, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1299, f, x3, 0x80000000)
test_1300:
    mov x19, 1300
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1300, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1300, f, x3, 0x20000000)
test_1301:
    mov x19, 1301
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x7
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1301, c0, x0, 0xfffffffffffffff9)
    CHECK_EQ_T(1301, f, x3, 0x80000000)
test_1302:
    mov x19, 1302
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1302, c0, x0, 0x1111111111111100)
    CHECK_EQ_T(1302, f, x3, 0x20000000)
test_1303:
    mov x19, 1303
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1303, c0, x0, 0x1111111111111100)
    CHECK_EQ_T(1303, f, x3, 0x0)
test_1304:
    mov x19, 1304
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1304, c0, x0, 0x13579be02468acdf)
    CHECK_EQ_T(1304, f, x3, 0x0)
test_1305:
    mov x19, 1305
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1305, c0, x0, 0x13579be02468acdf)
    CHECK_EQ_T(1305, f, x3, 0x0)
test_1306:
    mov x19, 1306
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1306, c0, x0, 0x1111111111111101)
    CHECK_EQ_T(1306, f, x3, 0x20000000)
test_1307:
    mov x19, 1307
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1307, c0, x0, 0x1111111111111101)
    CHECK_EQ_T(1307, f, x3, 0x20000000)
test_1308:
    mov x19, 1308
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1308, c0, x0, 0x13579be02468ace0)
    CHECK_EQ_T(1308, f, x3, 0x0)
test_1309:
    mov x19, 1309
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1309, c0, x0, 0x13579be02468ace0)
    CHECK_EQ_T(1309, f, x3, 0x20000000)
test_1310:
    mov x19, 1310
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0xfedcba9876543210
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1310, c0, x0, 0x123456789abcdf0)
    CHECK_EQ_T(1310, f, x3, 0x0)
test_1311:
    mov x19, 1311
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1311, c0, x0, 0x0)
    CHECK_EQ_T(1311, f, x3, 0x60000000)
test_1312:
    mov x19, 1312
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1312, c0, x0, 0x0)
    CHECK_EQ_T(1312, f, x3, 0x0)
test_1313:
    mov x19, 1313
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1313, c0, x0, 0xfffffffdffffffff)
    CHECK_EQ_T(1313, f, x3, 0xa0000000)
test_1314:
    mov x19, 1314
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1314, c0, x0, 0xfffffffdffffffff)
    CHECK_EQ_T(1314, f, x3, 0x0)
test_1315:
    mov x19, 1315
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1315, c0, x0, 0x1)
    CHECK_EQ_T(1315, f, x3, 0x20000000)
test_1316:
    mov x19, 1316
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1316, c0, x0, 0x1)
    CHECK_EQ_T(1316, f, x3, 0x20000000)
test_1317:
    mov x19, 1317
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1317, c0, x0, 0xfffffffe00000000)
    CHECK_EQ_T(1317, f, x3, 0xa0000000)
test_1318:
    mov x19, 1318
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1318, c0, x0, 0xfffffffe00000000)
    CHECK_EQ_T(1318, f, x3, 0x20000000)
test_1319:
    mov x19, 1319
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x100000000
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1319, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1319, f, x3, 0x80000000)
test_1320:
    mov x19, 1320
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1320, c0, x0, 0x0)
    CHECK_EQ_T(1320, f, x3, 0x70000000)
test_1321:
    mov x19, 1321
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1321, c0, x0, 0x0)
    CHECK_EQ_T(1321, f, x3, 0x0)
test_1322:
    mov x19, 1322
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1322, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1322, f, x3, 0x80000000)
test_1323:
    mov x19, 1323
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1323, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1323, f, x3, 0x0)
test_1324:
    mov x19, 1324
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1324, c0, x0, 0x1)
    CHECK_EQ_T(1324, f, x3, 0x30000000)
test_1325:
    mov x19, 1325
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1325, c0, x0, 0x1)
    CHECK_EQ_T(1325, f, x3, 0x20000000)
test_1326:
    mov x19, 1326
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    sbcs x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1326, c0, x0, 0x0)
    CHECK_EQ_T(1326, f, x3, 0x60000000)
test_1327:
    mov x19, 1327
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    sbc x0, x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1327, c0, x0, 0x0)
    CHECK_EQ_T(1327, f, x3, 0x20000000)
test_1328:
    mov x19, 1328
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x8000000000000000
    ngcs x0, x2
    mrs x3, nzcv
    CHECK_EQ_T(1328, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1328, f, x3, 0x90000000)
test_1329:
    mov x19, 1329
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1329, c0, x0, 0x0)
    CHECK_EQ_T(1329, f, x3, 0x40000000)
test_1330:
    mov x19, 1330
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1330, c0, x0, 0x0)
    CHECK_EQ_T(1330, f, x3, 0x0)
test_1331:
    mov x19, 1331
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1331, c0, x0, 0xffffffff)
    CHECK_EQ_T(1331, f, x3, 0x80000000)
test_1332:
    mov x19, 1332
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1332, c0, x0, 0xffffffff)
    CHECK_EQ_T(1332, f, x3, 0x0)
test_1333:
    mov x19, 1333
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1333, c0, x0, 0x1)
    CHECK_EQ_T(1333, f, x3, 0x0)
test_1334:
    mov x19, 1334
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1334, c0, x0, 0x1)
    CHECK_EQ_T(1334, f, x3, 0x20000000)
test_1335:
    mov x19, 1335
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1335, c0, x0, 0x0)
    CHECK_EQ_T(1335, f, x3, 0x60000000)
test_1336:
    mov x19, 1336
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x0
    ldr x2, =0x0
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1336, c0, x0, 0x0)
    CHECK_EQ_T(1336, f, x3, 0x20000000)
test_1337:
    mov x19, 1337
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x0
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1337, c0, x0, 0x0)
    CHECK_EQ_T(1337, f, x3, 0x60000000)
test_1338:
    mov x19, 1338
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1338, c0, x0, 0x2)
    CHECK_EQ_T(1338, f, x3, 0x0)
test_1339:
    mov x19, 1339
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1339, c0, x0, 0x2)
    CHECK_EQ_T(1339, f, x3, 0x0)
test_1340:
    mov x19, 1340
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1340, c0, x0, 0xffffffff)
    CHECK_EQ_T(1340, f, x3, 0x80000000)
test_1341:
    mov x19, 1341
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1341, c0, x0, 0xffffffff)
    CHECK_EQ_T(1341, f, x3, 0x0)
test_1342:
    mov x19, 1342
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1342, c0, x0, 0x3)
    CHECK_EQ_T(1342, f, x3, 0x0)
test_1343:
    mov x19, 1343
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1343, c0, x0, 0x3)
    CHECK_EQ_T(1343, f, x3, 0x20000000)
test_1344:
    mov x19, 1344
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1344, c0, x0, 0x0)
    CHECK_EQ_T(1344, f, x3, 0x60000000)
test_1345:
    mov x19, 1345
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x1
    ldr x2, =0x1
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1345, c0, x0, 0x0)
    CHECK_EQ_T(1345, f, x3, 0x20000000)
test_1346:
    mov x19, 1346
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x1
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1346, c0, x0, 0xffffffff)
    CHECK_EQ_T(1346, f, x3, 0x80000000)
test_1347:
    mov x19, 1347
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1347, c0, x0, 0x80000000)
    CHECK_EQ_T(1347, f, x3, 0x90000000)
test_1348:
    mov x19, 1348
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1348, c0, x0, 0x80000000)
    CHECK_EQ_T(1348, f, x3, 0x0)
test_1349:
    mov x19, 1349
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1349, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(1349, f, x3, 0x20000000)
test_1350:
    mov x19, 1350
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1350, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(1350, f, x3, 0x0)
test_1351:
    mov x19, 1351
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1351, c0, x0, 0x80000001)
    CHECK_EQ_T(1351, f, x3, 0x90000000)
test_1352:
    mov x19, 1352
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1352, c0, x0, 0x80000001)
    CHECK_EQ_T(1352, f, x3, 0x20000000)
test_1353:
    mov x19, 1353
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1353, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(1353, f, x3, 0x20000000)
test_1354:
    mov x19, 1354
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffff
    ldr x2, =0x1
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1354, c0, x0, 0x7ffffffe)
    CHECK_EQ_T(1354, f, x3, 0x20000000)
test_1355:
    mov x19, 1355
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x1
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1355, c0, x0, 0xffffffff)
    CHECK_EQ_T(1355, f, x3, 0x80000000)
test_1356:
    mov x19, 1356
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1356, c0, x0, 0x0)
    CHECK_EQ_T(1356, f, x3, 0x70000000)
test_1357:
    mov x19, 1357
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1357, c0, x0, 0x0)
    CHECK_EQ_T(1357, f, x3, 0x0)
test_1358:
    mov x19, 1358
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1358, c0, x0, 0xffffffff)
    CHECK_EQ_T(1358, f, x3, 0x80000000)
test_1359:
    mov x19, 1359
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1359, c0, x0, 0xffffffff)
    CHECK_EQ_T(1359, f, x3, 0x0)
test_1360:
    mov x19, 1360
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1360, c0, x0, 0x1)
    CHECK_EQ_T(1360, f, x3, 0x30000000)
test_1361:
    mov x19, 1361
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1361, c0, x0, 0x1)
    CHECK_EQ_T(1361, f, x3, 0x20000000)
test_1362:
    mov x19, 1362
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1362, c0, x0, 0x0)
    CHECK_EQ_T(1362, f, x3, 0x60000000)
test_1363:
    mov x19, 1363
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x80000000
    ldr x2, =0x80000000
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1363, c0, x0, 0x0)
    CHECK_EQ_T(1363, f, x3, 0x20000000)
test_1364:
    mov x19, 1364
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x80000000
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1364, c0, x0, 0x80000000)
    CHECK_EQ_T(1364, f, x3, 0x90000000)
test_1365:
    mov x19, 1365
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1365, c0, x0, 0x0)
    CHECK_EQ_T(1365, f, x3, 0x60000000)
test_1366:
    mov x19, 1366
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1366, c0, x0, 0x0)
    CHECK_EQ_T(1366, f, x3, 0x0)
test_1367:
    mov x19, 1367
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1367, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1367, f, x3, 0xa0000000)
test_1368:
    mov x19, 1368
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1368, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1368, f, x3, 0x0)
test_1369:
    mov x19, 1369
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1369, c0, x0, 0x1)
    CHECK_EQ_T(1369, f, x3, 0x20000000)
test_1370:
    mov x19, 1370
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1370, c0, x0, 0x1)
    CHECK_EQ_T(1370, f, x3, 0x20000000)
test_1371:
    mov x19, 1371
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1371, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1371, f, x3, 0xa0000000)
test_1372:
    mov x19, 1372
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1372, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1372, f, x3, 0x20000000)
test_1373:
    mov x19, 1373
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x1
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1373, c0, x0, 0xffffffff)
    CHECK_EQ_T(1373, f, x3, 0x80000000)
test_1374:
    mov x19, 1374
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1374, c0, x0, 0x0)
    CHECK_EQ_T(1374, f, x3, 0x60000000)
test_1375:
    mov x19, 1375
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1375, c0, x0, 0x0)
    CHECK_EQ_T(1375, f, x3, 0x0)
test_1376:
    mov x19, 1376
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1376, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1376, f, x3, 0xa0000000)
test_1377:
    mov x19, 1377
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1377, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1377, f, x3, 0x0)
test_1378:
    mov x19, 1378
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1378, c0, x0, 0x1)
    CHECK_EQ_T(1378, f, x3, 0x20000000)
test_1379:
    mov x19, 1379
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1379, c0, x0, 0x1)
    CHECK_EQ_T(1379, f, x3, 0x20000000)
test_1380:
    mov x19, 1380
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1380, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1380, f, x3, 0xa0000000)
test_1381:
    mov x19, 1381
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1381, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1381, f, x3, 0x20000000)
test_1382:
    mov x19, 1382
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x1
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1382, c0, x0, 0xffffffff)
    CHECK_EQ_T(1382, f, x3, 0x80000000)
test_1383:
    mov x19, 1383
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1383, c0, x0, 0xffffffff)
    CHECK_EQ_T(1383, f, x3, 0x80000000)
test_1384:
    mov x19, 1384
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1384, c0, x0, 0xffffffff)
    CHECK_EQ_T(1384, f, x3, 0x0)
test_1385:
    mov x19, 1385
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1385, c0, x0, 0x0)
    CHECK_EQ_T(1385, f, x3, 0x40000000)
test_1386:
    mov x19, 1386
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1386, c0, x0, 0x0)
    CHECK_EQ_T(1386, f, x3, 0x0)
test_1387:
    mov x19, 1387
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1387, c0, x0, 0x0)
    CHECK_EQ_T(1387, f, x3, 0x60000000)
test_1388:
    mov x19, 1388
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1388, c0, x0, 0x0)
    CHECK_EQ_T(1388, f, x3, 0x20000000)
test_1389:
    mov x19, 1389
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1389, c0, x0, 0x1)
    CHECK_EQ_T(1389, f, x3, 0x0)
test_1390:
    mov x19, 1390
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1390, c0, x0, 0x1)
    CHECK_EQ_T(1390, f, x3, 0x20000000)
test_1391:
    mov x19, 1391
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0xffffffffffffffff
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1391, c0, x0, 0x1)
    CHECK_EQ_T(1391, f, x3, 0x0)
test_1392:
    mov x19, 1392
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1392, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1392, f, x3, 0xa0000000)
test_1393:
    mov x19, 1393
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1393, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1393, f, x3, 0x0)
test_1394:
    mov x19, 1394
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1394, c0, x0, 0xffffffff)
    CHECK_EQ_T(1394, f, x3, 0x80000000)
test_1395:
    mov x19, 1395
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1395, c0, x0, 0xffffffff)
    CHECK_EQ_T(1395, f, x3, 0x0)
test_1396:
    mov x19, 1396
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1396, c0, x0, 0xffffffff)
    CHECK_EQ_T(1396, f, x3, 0xa0000000)
test_1397:
    mov x19, 1397
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1397, c0, x0, 0xffffffff)
    CHECK_EQ_T(1397, f, x3, 0x20000000)
test_1398:
    mov x19, 1398
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1398, c0, x0, 0x0)
    CHECK_EQ_T(1398, f, x3, 0x60000000)
test_1399:
    mov x19, 1399
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1399, c0, x0, 0x0)
    CHECK_EQ_T(1399, f, x3, 0x20000000)
test_1400:
    mov x19, 1400
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0xffffffffffffffff
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1400, c0, x0, 0x1)
    CHECK_EQ_T(1400, f, x3, 0x0)
test_1401:
    mov x19, 1401
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1401, c0, x0, 0xc)
    CHECK_EQ_T(1401, f, x3, 0x0)
test_1402:
    mov x19, 1402
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1402, c0, x0, 0xc)
    CHECK_EQ_T(1402, f, x3, 0x0)
test_1403:
    mov x19, 1403
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1403, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1403, f, x3, 0x80000000)
test_1404:
    mov x19, 1404
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1404, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1404, f, x3, 0x0)
test_1405:
    mov x19, 1405
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1405, c0, x0, 0xd)
    CHECK_EQ_T(1405, f, x3, 0x0)
test_1406:
    mov x19, 1406
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1406, c0, x0, 0xd)
    CHECK_EQ_T(1406, f, x3, 0x20000000)
test_1407:
    mov x19, 1407
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1407, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1407, f, x3, 0x80000000)
test_1408:
    mov x19, 1408
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1408, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1408, f, x3, 0x20000000)
test_1409:
    mov x19, 1409
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x7
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1409, c0, x0, 0xfffffff9)
    CHECK_EQ_T(1409, f, x3, 0x80000000)
test_1410:
    mov x19, 1410
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1410, c0, x0, 0x11111100)
    CHECK_EQ_T(1410, f, x3, 0x20000000)
test_1411:
    mov x19, 1411
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1411, c0, x0, 0x11111100)
    CHECK_EQ_T(1411, f, x3, 0x0)
test_1412:
    mov x19, 1412
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1412, c0, x0, 0x2468acdf)
    CHECK_EQ_T(1412, f, x3, 0x30000000)
test_1413:
    mov x19, 1413
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1413, c0, x0, 0x2468acdf)
    CHECK_EQ_T(1413, f, x3, 0x0)
test_1414:
    mov x19, 1414
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1414, c0, x0, 0x11111101)
    CHECK_EQ_T(1414, f, x3, 0x20000000)
test_1415:
    mov x19, 1415
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1415, c0, x0, 0x11111101)
    CHECK_EQ_T(1415, f, x3, 0x20000000)
test_1416:
    mov x19, 1416
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1416, c0, x0, 0x2468ace0)
    CHECK_EQ_T(1416, f, x3, 0x30000000)
test_1417:
    mov x19, 1417
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1417, c0, x0, 0x2468ace0)
    CHECK_EQ_T(1417, f, x3, 0x20000000)
test_1418:
    mov x19, 1418
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0xfedcba9876543210
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1418, c0, x0, 0x89abcdf0)
    CHECK_EQ_T(1418, f, x3, 0x80000000)
test_1419:
    mov x19, 1419
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1419, c0, x0, 0x0)
    CHECK_EQ_T(1419, f, x3, 0x40000000)
test_1420:
    mov x19, 1420
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1420, c0, x0, 0x0)
    CHECK_EQ_T(1420, f, x3, 0x0)
test_1421:
    mov x19, 1421
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1421, c0, x0, 0xffffffff)
    CHECK_EQ_T(1421, f, x3, 0x80000000)
test_1422:
    mov x19, 1422
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1422, c0, x0, 0xffffffff)
    CHECK_EQ_T(1422, f, x3, 0x0)
test_1423:
    mov x19, 1423
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1423, c0, x0, 0x1)
    CHECK_EQ_T(1423, f, x3, 0x0)
test_1424:
    mov x19, 1424
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1424, c0, x0, 0x1)
    CHECK_EQ_T(1424, f, x3, 0x20000000)
test_1425:
    mov x19, 1425
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1425, c0, x0, 0x0)
    CHECK_EQ_T(1425, f, x3, 0x60000000)
test_1426:
    mov x19, 1426
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1426, c0, x0, 0x0)
    CHECK_EQ_T(1426, f, x3, 0x20000000)
test_1427:
    mov x19, 1427
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x100000000
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1427, c0, x0, 0x0)
    CHECK_EQ_T(1427, f, x3, 0x60000000)
test_1428:
    mov x19, 1428
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1428, c0, x0, 0x0)
    CHECK_EQ_T(1428, f, x3, 0x40000000)
test_1429:
    mov x19, 1429
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1429, c0, x0, 0x0)
    CHECK_EQ_T(1429, f, x3, 0x0)
test_1430:
    mov x19, 1430
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1430, c0, x0, 0xffffffff)
    CHECK_EQ_T(1430, f, x3, 0x80000000)
test_1431:
    mov x19, 1431
    ldr x4, =0x0
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1431, c0, x0, 0xffffffff)
    CHECK_EQ_T(1431, f, x3, 0x0)
test_1432:
    mov x19, 1432
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1432, c0, x0, 0x1)
    CHECK_EQ_T(1432, f, x3, 0x0)
test_1433:
    mov x19, 1433
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    adc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1433, c0, x0, 0x1)
    CHECK_EQ_T(1433, f, x3, 0x20000000)
test_1434:
    mov x19, 1434
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    sbcs w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1434, c0, x0, 0x0)
    CHECK_EQ_T(1434, f, x3, 0x60000000)
test_1435:
    mov x19, 1435
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    sbc w0, w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(1435, c0, x0, 0x0)
    CHECK_EQ_T(1435, f, x3, 0x20000000)
test_1436:
    mov x19, 1436
    ldr x4, =0x20000000
    msr nzcv, x4
    ldr x2, =0x8000000000000000
    ngcs w0, w2
    mrs x3, nzcv
    CHECK_EQ_T(1436, c0, x0, 0x0)
    CHECK_EQ_T(1436, f, x3, 0x60000000)
test_1437:
    mov x19, 1437
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1437, c0, x0, 0x1)
    CHECK_EQ_T(1437, f, x3, 0x30000000)
test_1438:
    mov x19, 1438
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1438, c0, x0, 0x10)
    CHECK_EQ_T(1438, f, x3, 0x30000000)
test_1439:
    mov x19, 1439
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1439, c0, x0, 0x0)
    CHECK_EQ_T(1439, f, x3, 0x30000000)
test_1440:
    mov x19, 1440
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1440, c0, x0, 0x0)
    CHECK_EQ_T(1440, f, x3, 0x30000000)
test_1441:
    mov x19, 1441
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1441, c0, x0, 0x0)
    CHECK_EQ_T(1441, f, x3, 0x30000000)
test_1442:
    mov x19, 1442
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1442, c0, x0, 0x2)
    CHECK_EQ_T(1442, f, x3, 0x30000000)
test_1443:
    mov x19, 1443
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1443, c0, x0, 0x1)
    CHECK_EQ_T(1443, f, x3, 0x30000000)
test_1444:
    mov x19, 1444
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1444, c0, x0, 0x0)
    CHECK_EQ_T(1444, f, x3, 0x30000000)
test_1445:
    mov x19, 1445
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1445, c0, x0, 0xffffffff)
    CHECK_EQ_T(1445, f, x3, 0x30000000)
test_1446:
    mov x19, 1446
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1446, c0, x0, 0xffffffff)
    CHECK_EQ_T(1446, f, x3, 0x30000000)
test_1447:
    mov x19, 1447
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1447, c0, x0, 0xffffffff)
    CHECK_EQ_T(1447, f, x3, 0x30000000)
test_1448:
    mov x19, 1448
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1448, c0, x0, 0xffffffff)
    CHECK_EQ_T(1448, f, x3, 0x30000000)
test_1449:
    mov x19, 1449
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1449, c0, x0, 0x80000000ffffffff)
    CHECK_EQ_T(1449, f, x3, 0x30000000)
test_1450:
    mov x19, 1450
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1450, c0, x0, 0xffffffff)
    CHECK_EQ_T(1450, f, x3, 0x30000000)
test_1451:
    mov x19, 1451
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1451, c0, x0, 0xffffffff)
    CHECK_EQ_T(1451, f, x3, 0x30000000)
test_1452:
    mov x19, 1452
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1452, c0, x0, 0xffffffff)
    CHECK_EQ_T(1452, f, x3, 0x30000000)
test_1453:
    mov x19, 1453
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1453, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1453, f, x3, 0x30000000)
test_1454:
    mov x19, 1454
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1454, c0, x0, 0xffffffef)
    CHECK_EQ_T(1454, f, x3, 0x30000000)
test_1455:
    mov x19, 1455
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1455, c0, x0, 0xffffffff)
    CHECK_EQ_T(1455, f, x3, 0x30000000)
test_1456:
    mov x19, 1456
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1456, c0, x0, 0xffffffff)
    CHECK_EQ_T(1456, f, x3, 0x30000000)
test_1457:
    mov x19, 1457
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1457, c0, x0, 0x80000000ffffffff)
    CHECK_EQ_T(1457, f, x3, 0x30000000)
test_1458:
    mov x19, 1458
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1458, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1458, f, x3, 0x30000000)
test_1459:
    mov x19, 1459
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1459, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1459, f, x3, 0x30000000)
test_1460:
    mov x19, 1460
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1460, c0, x0, 0xffffffff)
    CHECK_EQ_T(1460, f, x3, 0x30000000)
test_1461:
    mov x19, 1461
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1461, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1461, f, x3, 0x30000000)
test_1462:
    mov x19, 1462
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1462, c0, x0, 0xffffffef)
    CHECK_EQ_T(1462, f, x3, 0x30000000)
test_1463:
    mov x19, 1463
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1463, c0, x0, 0xffffffff)
    CHECK_EQ_T(1463, f, x3, 0x30000000)
test_1464:
    mov x19, 1464
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1464, c0, x0, 0xffffffff)
    CHECK_EQ_T(1464, f, x3, 0x30000000)
test_1465:
    mov x19, 1465
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1465, c0, x0, 0xffffffff)
    CHECK_EQ_T(1465, f, x3, 0x30000000)
test_1466:
    mov x19, 1466
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1466, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1466, f, x3, 0x30000000)
test_1467:
    mov x19, 1467
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1467, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1467, f, x3, 0x30000000)
test_1468:
    mov x19, 1468
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1468, c0, x0, 0xffffffff)
    CHECK_EQ_T(1468, f, x3, 0x30000000)
test_1469:
    mov x19, 1469
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1469, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1469, f, x3, 0x30000000)
test_1470:
    mov x19, 1470
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1470, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1470, f, x3, 0x30000000)
test_1471:
    mov x19, 1471
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1471, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1471, f, x3, 0x30000000)
test_1472:
    mov x19, 1472
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1472, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1472, f, x3, 0x30000000)
test_1473:
    mov x19, 1473
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1473, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1473, f, x3, 0x30000000)
test_1474:
    mov x19, 1474
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1474, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1474, f, x3, 0x30000000)
test_1475:
    mov x19, 1475
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1475, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1475, f, x3, 0x30000000)
test_1476:
    mov x19, 1476
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1476, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1476, f, x3, 0x30000000)
test_1477:
    mov x19, 1477
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1477, c0, x0, 0xffffffff00000001)
    CHECK_EQ_T(1477, f, x3, 0x30000000)
test_1478:
    mov x19, 1478
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1478, c0, x0, 0xffffffff00000010)
    CHECK_EQ_T(1478, f, x3, 0x30000000)
test_1479:
    mov x19, 1479
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1479, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1479, f, x3, 0x30000000)
test_1480:
    mov x19, 1480
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1480, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1480, f, x3, 0x30000000)
test_1481:
    mov x19, 1481
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1481, c0, x0, 0x7fffffff00000000)
    CHECK_EQ_T(1481, f, x3, 0x30000000)
test_1482:
    mov x19, 1482
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1482, c0, x0, 0xffffffff00000002)
    CHECK_EQ_T(1482, f, x3, 0x30000000)
test_1483:
    mov x19, 1483
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1483, c0, x0, 0xffffffff00000001)
    CHECK_EQ_T(1483, f, x3, 0x30000000)
test_1484:
    mov x19, 1484
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1484, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1484, f, x3, 0x30000000)
test_1485:
    mov x19, 1485
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1485, c0, x0, 0x1)
    CHECK_EQ_T(1485, f, x3, 0x0)
test_1486:
    mov x19, 1486
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1486, c0, x0, 0x10)
    CHECK_EQ_T(1486, f, x3, 0x0)
test_1487:
    mov x19, 1487
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1487, c0, x0, 0x0)
    CHECK_EQ_T(1487, f, x3, 0x40000000)
test_1488:
    mov x19, 1488
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1488, c0, x0, 0x0)
    CHECK_EQ_T(1488, f, x3, 0x40000000)
test_1489:
    mov x19, 1489
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1489, c0, x0, 0x0)
    CHECK_EQ_T(1489, f, x3, 0x40000000)
test_1490:
    mov x19, 1490
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1490, c0, x0, 0x2)
    CHECK_EQ_T(1490, f, x3, 0x0)
test_1491:
    mov x19, 1491
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1491, c0, x0, 0x1)
    CHECK_EQ_T(1491, f, x3, 0x0)
test_1492:
    mov x19, 1492
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1492, c0, x0, 0x0)
    CHECK_EQ_T(1492, f, x3, 0x40000000)
test_1493:
    mov x19, 1493
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1493, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1493, f, x3, 0x0)
test_1494:
    mov x19, 1494
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1494, c0, x0, 0xffffffef)
    CHECK_EQ_T(1494, f, x3, 0x0)
test_1495:
    mov x19, 1495
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1495, c0, x0, 0xffffffff)
    CHECK_EQ_T(1495, f, x3, 0x0)
test_1496:
    mov x19, 1496
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1496, c0, x0, 0xffffffff)
    CHECK_EQ_T(1496, f, x3, 0x0)
test_1497:
    mov x19, 1497
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1497, c0, x0, 0xffffffff)
    CHECK_EQ_T(1497, f, x3, 0x0)
test_1498:
    mov x19, 1498
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1498, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1498, f, x3, 0x0)
test_1499:
    mov x19, 1499
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1499, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1499, f, x3, 0x0)
test_1500:
    mov x19, 1500
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1500, c0, x0, 0xffffffff)
    CHECK_EQ_T(1500, f, x3, 0x0)
test_1501:
    mov x19, 1501
    ldr x2, =0x1
    mvn x0, x2, ror 3
    CHECK_EQ_T(1501, c0, x0, 0xdfffffffffffffff)
test_1502:
    mov x19, 1502
    ldr x2, =0x1
    mov x0, x2
    CHECK_EQ_T(1502, c0, x0, 0x1)
test_1503:
    mov x19, 1503
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    tst x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1503, c0, x1, 0xffffffff)
    CHECK_EQ_T(1503, f, x3, 0x0)
test_1504:
    mov x19, 1504
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1504, c0, x0, 0x1)
    CHECK_EQ_T(1504, f, x3, 0x30000000)
test_1505:
    mov x19, 1505
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1505, c0, x0, 0x10)
    CHECK_EQ_T(1505, f, x3, 0x30000000)
test_1506:
    mov x19, 1506
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1506, c0, x0, 0x0)
    CHECK_EQ_T(1506, f, x3, 0x30000000)
test_1507:
    mov x19, 1507
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1507, c0, x0, 0x0)
    CHECK_EQ_T(1507, f, x3, 0x30000000)
test_1508:
    mov x19, 1508
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1508, c0, x0, 0x0)
    CHECK_EQ_T(1508, f, x3, 0x30000000)
test_1509:
    mov x19, 1509
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1509, c0, x0, 0x2)
    CHECK_EQ_T(1509, f, x3, 0x30000000)
test_1510:
    mov x19, 1510
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1510, c0, x0, 0x1)
    CHECK_EQ_T(1510, f, x3, 0x30000000)
test_1511:
    mov x19, 1511
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1511, c0, x0, 0x0)
    CHECK_EQ_T(1511, f, x3, 0x30000000)
test_1512:
    mov x19, 1512
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1512, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1512, f, x3, 0x30000000)
test_1513:
    mov x19, 1513
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1513, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1513, f, x3, 0x30000000)
test_1514:
    mov x19, 1514
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1514, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1514, f, x3, 0x30000000)
test_1515:
    mov x19, 1515
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1515, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1515, f, x3, 0x30000000)
test_1516:
    mov x19, 1516
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1516, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1516, f, x3, 0x30000000)
test_1517:
    mov x19, 1517
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1517, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1517, f, x3, 0x30000000)
test_1518:
    mov x19, 1518
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1518, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1518, f, x3, 0x30000000)
test_1519:
    mov x19, 1519
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1519, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1519, f, x3, 0x30000000)
test_1520:
    mov x19, 1520
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1520, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1520, f, x3, 0x30000000)
test_1521:
    mov x19, 1521
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1521, c0, x0, 0x7fffffffffffffef)
    CHECK_EQ_T(1521, f, x3, 0x30000000)
test_1522:
    mov x19, 1522
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1522, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1522, f, x3, 0x30000000)
test_1523:
    mov x19, 1523
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1523, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1523, f, x3, 0x30000000)
test_1524:
    mov x19, 1524
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1524, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1524, f, x3, 0x30000000)
test_1525:
    mov x19, 1525
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1525, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1525, f, x3, 0x30000000)
test_1526:
    mov x19, 1526
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1526, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1526, f, x3, 0x30000000)
test_1527:
    mov x19, 1527
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1527, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1527, f, x3, 0x30000000)
test_1528:
    mov x19, 1528
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1528, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1528, f, x3, 0x30000000)
test_1529:
    mov x19, 1529
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1529, c0, x0, 0x7fffffffffffffef)
    CHECK_EQ_T(1529, f, x3, 0x30000000)
test_1530:
    mov x19, 1530
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1530, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1530, f, x3, 0x30000000)
test_1531:
    mov x19, 1531
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1531, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1531, f, x3, 0x30000000)
test_1532:
    mov x19, 1532
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1532, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1532, f, x3, 0x30000000)
test_1533:
    mov x19, 1533
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1533, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1533, f, x3, 0x30000000)
test_1534:
    mov x19, 1534
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1534, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1534, f, x3, 0x30000000)
test_1535:
    mov x19, 1535
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1535, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1535, f, x3, 0x30000000)
test_1536:
    mov x19, 1536
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1536, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1536, f, x3, 0x30000000)
test_1537:
    mov x19, 1537
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1537, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1537, f, x3, 0x30000000)
test_1538:
    mov x19, 1538
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1538, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1538, f, x3, 0x30000000)
test_1539:
    mov x19, 1539
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1539, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1539, f, x3, 0x30000000)
test_1540:
    mov x19, 1540
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1540, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1540, f, x3, 0x30000000)
test_1541:
    mov x19, 1541
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1541, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1541, f, x3, 0x30000000)
test_1542:
    mov x19, 1542
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1542, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1542, f, x3, 0x30000000)
test_1543:
    mov x19, 1543
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1543, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1543, f, x3, 0x30000000)
test_1544:
    mov x19, 1544
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1544, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1544, f, x3, 0x30000000)
test_1545:
    mov x19, 1545
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1545, c0, x0, 0x8000000000000010)
    CHECK_EQ_T(1545, f, x3, 0x30000000)
test_1546:
    mov x19, 1546
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1546, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1546, f, x3, 0x30000000)
test_1547:
    mov x19, 1547
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1547, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1547, f, x3, 0x30000000)
test_1548:
    mov x19, 1548
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1548, c0, x0, 0x0)
    CHECK_EQ_T(1548, f, x3, 0x30000000)
test_1549:
    mov x19, 1549
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1549, c0, x0, 0x8000000000000002)
    CHECK_EQ_T(1549, f, x3, 0x30000000)
test_1550:
    mov x19, 1550
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1550, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1550, f, x3, 0x30000000)
test_1551:
    mov x19, 1551
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1551, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1551, f, x3, 0x30000000)
test_1552:
    mov x19, 1552
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1552, c0, x0, 0x1)
    CHECK_EQ_T(1552, f, x3, 0x0)
test_1553:
    mov x19, 1553
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1553, c0, x0, 0x10)
    CHECK_EQ_T(1553, f, x3, 0x0)
test_1554:
    mov x19, 1554
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1554, c0, x0, 0x0)
    CHECK_EQ_T(1554, f, x3, 0x40000000)
test_1555:
    mov x19, 1555
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1555, c0, x0, 0x0)
    CHECK_EQ_T(1555, f, x3, 0x40000000)
test_1556:
    mov x19, 1556
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1556, c0, x0, 0x0)
    CHECK_EQ_T(1556, f, x3, 0x40000000)
test_1557:
    mov x19, 1557
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1557, c0, x0, 0x2)
    CHECK_EQ_T(1557, f, x3, 0x0)
test_1558:
    mov x19, 1558
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1558, c0, x0, 0x1)
    CHECK_EQ_T(1558, f, x3, 0x0)
test_1559:
    mov x19, 1559
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1559, c0, x0, 0x0)
    CHECK_EQ_T(1559, f, x3, 0x40000000)
test_1560:
    mov x19, 1560
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1560, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1560, f, x3, 0x0)
test_1561:
    mov x19, 1561
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1561, c0, x0, 0x7fffffffffffffef)
    CHECK_EQ_T(1561, f, x3, 0x0)
test_1562:
    mov x19, 1562
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1562, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1562, f, x3, 0x0)
test_1563:
    mov x19, 1563
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1563, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1563, f, x3, 0x0)
test_1564:
    mov x19, 1564
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1564, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1564, f, x3, 0x0)
test_1565:
    mov x19, 1565
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1565, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1565, f, x3, 0x0)
test_1566:
    mov x19, 1566
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1566, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1566, f, x3, 0x0)
test_1567:
    mov x19, 1567
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1567, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1567, f, x3, 0x0)
test_1568:
    mov x19, 1568
    ldr x2, =0x1
    mvn x0, x2, ror 3
    CHECK_EQ_T(1568, c0, x0, 0xdfffffffffffffff)
test_1569:
    mov x19, 1569
    ldr x2, =0x1
    mov x0, x2
    CHECK_EQ_T(1569, c0, x0, 0x1)
test_1570:
    mov x19, 1570
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    tst x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1570, c0, x1, 0x7fffffffffffffff)
    CHECK_EQ_T(1570, f, x3, 0x0)
test_1571:
    mov x19, 1571
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1571, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1571, f, x3, 0x30000000)
test_1572:
    mov x19, 1572
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1572, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1572, f, x3, 0x30000000)
test_1573:
    mov x19, 1573
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1573, c0, x0, 0x0)
    CHECK_EQ_T(1573, f, x3, 0x30000000)
test_1574:
    mov x19, 1574
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1574, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1574, f, x3, 0x30000000)
test_1575:
    mov x19, 1575
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1575, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1575, f, x3, 0x30000000)
test_1576:
    mov x19, 1576
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1576, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1576, f, x3, 0x30000000)
test_1577:
    mov x19, 1577
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1577, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1577, f, x3, 0x30000000)
test_1578:
    mov x19, 1578
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1578, c0, x0, 0x0)
    CHECK_EQ_T(1578, f, x3, 0x30000000)
test_1579:
    mov x19, 1579
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1579, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1579, f, x3, 0x30000000)
test_1580:
    mov x19, 1580
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1580, c0, x0, 0xfffffffffffffff0)
    CHECK_EQ_T(1580, f, x3, 0x30000000)
test_1581:
    mov x19, 1581
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1581, c0, x0, 0x87ffffffffffffff)
    CHECK_EQ_T(1581, f, x3, 0x30000000)
test_1582:
    mov x19, 1582
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1582, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1582, f, x3, 0x30000000)
test_1583:
    mov x19, 1583
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1583, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1583, f, x3, 0x30000000)
test_1584:
    mov x19, 1584
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1584, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1584, f, x3, 0x30000000)
test_1585:
    mov x19, 1585
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1585, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1585, f, x3, 0x30000000)
test_1586:
    mov x19, 1586
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1586, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1586, f, x3, 0x30000000)
test_1587:
    mov x19, 1587
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1587, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1587, f, x3, 0x30000000)
test_1588:
    mov x19, 1588
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1588, c0, x0, 0x7ffffffffffffff0)
    CHECK_EQ_T(1588, f, x3, 0x30000000)
test_1589:
    mov x19, 1589
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1589, c0, x0, 0x87ffffffffffffff)
    CHECK_EQ_T(1589, f, x3, 0x30000000)
test_1590:
    mov x19, 1590
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1590, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1590, f, x3, 0x30000000)
test_1591:
    mov x19, 1591
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1591, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1591, f, x3, 0x30000000)
test_1592:
    mov x19, 1592
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1592, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1592, f, x3, 0x30000000)
test_1593:
    mov x19, 1593
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1593, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1593, f, x3, 0x30000000)
test_1594:
    mov x19, 1594
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1594, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1594, f, x3, 0x30000000)
test_1595:
    mov x19, 1595
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1595, c0, x0, 0x0)
    CHECK_EQ_T(1595, f, x3, 0x30000000)
test_1596:
    mov x19, 1596
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1596, c0, x0, 0x0)
    CHECK_EQ_T(1596, f, x3, 0x30000000)
test_1597:
    mov x19, 1597
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1597, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1597, f, x3, 0x30000000)
test_1598:
    mov x19, 1598
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1598, c0, x0, 0x0)
    CHECK_EQ_T(1598, f, x3, 0x30000000)
test_1599:
    mov x19, 1599
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1599, c0, x0, 0x0)
    CHECK_EQ_T(1599, f, x3, 0x30000000)
test_1600:
    mov x19, 1600
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1600, c0, x0, 0x0)
    CHECK_EQ_T(1600, f, x3, 0x30000000)
test_1601:
    mov x19, 1601
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1601, c0, x0, 0x0)
    CHECK_EQ_T(1601, f, x3, 0x30000000)
test_1602:
    mov x19, 1602
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1602, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1602, f, x3, 0x30000000)
test_1603:
    mov x19, 1603
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1603, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1603, f, x3, 0x30000000)
test_1604:
    mov x19, 1604
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1604, c0, x0, 0x800000000000000f)
    CHECK_EQ_T(1604, f, x3, 0x30000000)
test_1605:
    mov x19, 1605
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1605, c0, x0, 0xf800000000000000)
    CHECK_EQ_T(1605, f, x3, 0x30000000)
test_1606:
    mov x19, 1606
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1606, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1606, f, x3, 0x30000000)
test_1607:
    mov x19, 1607
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1607, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1607, f, x3, 0x30000000)
test_1608:
    mov x19, 1608
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1608, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1608, f, x3, 0x30000000)
test_1609:
    mov x19, 1609
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1609, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1609, f, x3, 0x30000000)
test_1610:
    mov x19, 1610
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1610, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1610, f, x3, 0x30000000)
test_1611:
    mov x19, 1611
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1611, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1611, f, x3, 0x30000000)
test_1612:
    mov x19, 1612
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1612, c0, x0, 0x800000000000000f)
    CHECK_EQ_T(1612, f, x3, 0x30000000)
test_1613:
    mov x19, 1613
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1613, c0, x0, 0x7800000000000000)
    CHECK_EQ_T(1613, f, x3, 0x30000000)
test_1614:
    mov x19, 1614
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1614, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1614, f, x3, 0x30000000)
test_1615:
    mov x19, 1615
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1615, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1615, f, x3, 0x30000000)
test_1616:
    mov x19, 1616
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1616, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1616, f, x3, 0x30000000)
test_1617:
    mov x19, 1617
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1617, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1617, f, x3, 0x30000000)
test_1618:
    mov x19, 1618
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1618, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1618, f, x3, 0x30000000)
test_1619:
    mov x19, 1619
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1619, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1619, f, x3, 0x80000000)
test_1620:
    mov x19, 1620
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1620, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1620, f, x3, 0x80000000)
test_1621:
    mov x19, 1621
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1621, c0, x0, 0x0)
    CHECK_EQ_T(1621, f, x3, 0x40000000)
test_1622:
    mov x19, 1622
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1622, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1622, f, x3, 0x80000000)
test_1623:
    mov x19, 1623
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1623, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1623, f, x3, 0x80000000)
test_1624:
    mov x19, 1624
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1624, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1624, f, x3, 0x80000000)
test_1625:
    mov x19, 1625
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1625, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1625, f, x3, 0x80000000)
test_1626:
    mov x19, 1626
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1626, c0, x0, 0x0)
    CHECK_EQ_T(1626, f, x3, 0x40000000)
test_1627:
    mov x19, 1627
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1627, c0, x0, 0x0)
    CHECK_EQ_T(1627, f, x3, 0x40000000)
test_1628:
    mov x19, 1628
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1628, c0, x0, 0x0)
    CHECK_EQ_T(1628, f, x3, 0x40000000)
test_1629:
    mov x19, 1629
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1629, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1629, f, x3, 0x80000000)
test_1630:
    mov x19, 1630
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1630, c0, x0, 0x0)
    CHECK_EQ_T(1630, f, x3, 0x40000000)
test_1631:
    mov x19, 1631
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1631, c0, x0, 0x0)
    CHECK_EQ_T(1631, f, x3, 0x40000000)
test_1632:
    mov x19, 1632
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1632, c0, x0, 0x0)
    CHECK_EQ_T(1632, f, x3, 0x40000000)
test_1633:
    mov x19, 1633
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1633, c0, x0, 0x0)
    CHECK_EQ_T(1633, f, x3, 0x40000000)
test_1634:
    mov x19, 1634
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1634, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1634, f, x3, 0x80000000)
test_1635:
    mov x19, 1635
    ldr x2, =0xffffffffffffffff
    mvn x0, x2, ror 3
    CHECK_EQ_T(1635, c0, x0, 0x0)
test_1636:
    mov x19, 1636
    ldr x2, =0xffffffffffffffff
    mov x0, x2
    CHECK_EQ_T(1636, c0, x0, 0xffffffffffffffff)
test_1637:
    mov x19, 1637
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    tst x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1637, c0, x1, 0x8000000000000000)
    CHECK_EQ_T(1637, f, x3, 0x80000000)
test_1638:
    mov x19, 1638
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1638, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1638, f, x3, 0x30000000)
test_1639:
    mov x19, 1639
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1639, c0, x0, 0xfffffffffffffff0)
    CHECK_EQ_T(1639, f, x3, 0x30000000)
test_1640:
    mov x19, 1640
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1640, c0, x0, 0x7ffffffffffffff)
    CHECK_EQ_T(1640, f, x3, 0x30000000)
test_1641:
    mov x19, 1641
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1641, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1641, f, x3, 0x30000000)
test_1642:
    mov x19, 1642
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1642, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1642, f, x3, 0x30000000)
test_1643:
    mov x19, 1643
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1643, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1643, f, x3, 0x30000000)
test_1644:
    mov x19, 1644
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1644, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1644, f, x3, 0x30000000)
test_1645:
    mov x19, 1645
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1645, c0, x0, 0x1)
    CHECK_EQ_T(1645, f, x3, 0x30000000)
test_1646:
    mov x19, 1646
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1646, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1646, f, x3, 0x30000000)
test_1647:
    mov x19, 1647
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1647, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1647, f, x3, 0x30000000)
test_1648:
    mov x19, 1648
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1648, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1648, f, x3, 0x30000000)
test_1649:
    mov x19, 1649
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1649, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1649, f, x3, 0x30000000)
test_1650:
    mov x19, 1650
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1650, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1650, f, x3, 0x30000000)
test_1651:
    mov x19, 1651
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1651, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1651, f, x3, 0x30000000)
test_1652:
    mov x19, 1652
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1652, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1652, f, x3, 0x30000000)
test_1653:
    mov x19, 1653
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1653, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1653, f, x3, 0x30000000)
test_1654:
    mov x19, 1654
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1654, c0, x0, 0x0)
    CHECK_EQ_T(1654, f, x3, 0x30000000)
test_1655:
    mov x19, 1655
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1655, c0, x0, 0xf)
    CHECK_EQ_T(1655, f, x3, 0x30000000)
test_1656:
    mov x19, 1656
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1656, c0, x0, 0xf800000000000000)
    CHECK_EQ_T(1656, f, x3, 0x30000000)
test_1657:
    mov x19, 1657
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1657, c0, x0, 0x0)
    CHECK_EQ_T(1657, f, x3, 0x30000000)
test_1658:
    mov x19, 1658
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1658, c0, x0, 0x0)
    CHECK_EQ_T(1658, f, x3, 0x30000000)
test_1659:
    mov x19, 1659
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1659, c0, x0, 0x0)
    CHECK_EQ_T(1659, f, x3, 0x30000000)
test_1660:
    mov x19, 1660
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1660, c0, x0, 0x0)
    CHECK_EQ_T(1660, f, x3, 0x30000000)
test_1661:
    mov x19, 1661
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1661, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1661, f, x3, 0x30000000)
test_1662:
    mov x19, 1662
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1662, c0, x0, 0x0)
    CHECK_EQ_T(1662, f, x3, 0x30000000)
test_1663:
    mov x19, 1663
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1663, c0, x0, 0xf)
    CHECK_EQ_T(1663, f, x3, 0x30000000)
test_1664:
    mov x19, 1664
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1664, c0, x0, 0xf800000000000000)
    CHECK_EQ_T(1664, f, x3, 0x30000000)
test_1665:
    mov x19, 1665
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1665, c0, x0, 0x0)
    CHECK_EQ_T(1665, f, x3, 0x30000000)
test_1666:
    mov x19, 1666
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1666, c0, x0, 0x0)
    CHECK_EQ_T(1666, f, x3, 0x30000000)
test_1667:
    mov x19, 1667
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1667, c0, x0, 0x0)
    CHECK_EQ_T(1667, f, x3, 0x30000000)
test_1668:
    mov x19, 1668
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1668, c0, x0, 0x0)
    CHECK_EQ_T(1668, f, x3, 0x30000000)
test_1669:
    mov x19, 1669
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1669, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1669, f, x3, 0x30000000)
test_1670:
    mov x19, 1670
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1670, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1670, f, x3, 0x30000000)
test_1671:
    mov x19, 1671
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1671, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1671, f, x3, 0x30000000)
test_1672:
    mov x19, 1672
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1672, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1672, f, x3, 0x30000000)
test_1673:
    mov x19, 1673
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1673, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1673, f, x3, 0x30000000)
test_1674:
    mov x19, 1674
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1674, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1674, f, x3, 0x30000000)
test_1675:
    mov x19, 1675
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1675, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1675, f, x3, 0x30000000)
test_1676:
    mov x19, 1676
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1676, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1676, f, x3, 0x30000000)
test_1677:
    mov x19, 1677
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1677, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1677, f, x3, 0x30000000)
test_1678:
    mov x19, 1678
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1678, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1678, f, x3, 0x30000000)
test_1679:
    mov x19, 1679
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1679, c0, x0, 0xfffffffffffffff0)
    CHECK_EQ_T(1679, f, x3, 0x30000000)
test_1680:
    mov x19, 1680
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1680, c0, x0, 0x7ffffffffffffff)
    CHECK_EQ_T(1680, f, x3, 0x30000000)
test_1681:
    mov x19, 1681
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1681, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1681, f, x3, 0x30000000)
test_1682:
    mov x19, 1682
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1682, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1682, f, x3, 0x30000000)
test_1683:
    mov x19, 1683
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1683, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1683, f, x3, 0x30000000)
test_1684:
    mov x19, 1684
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1684, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1684, f, x3, 0x30000000)
test_1685:
    mov x19, 1685
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1685, c0, x0, 0x1)
    CHECK_EQ_T(1685, f, x3, 0x30000000)
test_1686:
    mov x19, 1686
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1686, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1686, f, x3, 0x80000000)
test_1687:
    mov x19, 1687
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1687, c0, x0, 0xfffffffffffffff0)
    CHECK_EQ_T(1687, f, x3, 0x80000000)
test_1688:
    mov x19, 1688
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1688, c0, x0, 0x7ffffffffffffff)
    CHECK_EQ_T(1688, f, x3, 0x0)
test_1689:
    mov x19, 1689
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1689, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1689, f, x3, 0x80000000)
test_1690:
    mov x19, 1690
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1690, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1690, f, x3, 0x80000000)
test_1691:
    mov x19, 1691
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1691, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1691, f, x3, 0x80000000)
test_1692:
    mov x19, 1692
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1692, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1692, f, x3, 0x80000000)
test_1693:
    mov x19, 1693
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1693, c0, x0, 0x1)
    CHECK_EQ_T(1693, f, x3, 0x0)
test_1694:
    mov x19, 1694
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1694, c0, x0, 0x0)
    CHECK_EQ_T(1694, f, x3, 0x40000000)
test_1695:
    mov x19, 1695
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1695, c0, x0, 0xf)
    CHECK_EQ_T(1695, f, x3, 0x0)
test_1696:
    mov x19, 1696
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1696, c0, x0, 0xf800000000000000)
    CHECK_EQ_T(1696, f, x3, 0x80000000)
test_1697:
    mov x19, 1697
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1697, c0, x0, 0x0)
    CHECK_EQ_T(1697, f, x3, 0x40000000)
test_1698:
    mov x19, 1698
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1698, c0, x0, 0x0)
    CHECK_EQ_T(1698, f, x3, 0x40000000)
test_1699:
    mov x19, 1699
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1699, c0, x0, 0x0)
    CHECK_EQ_T(1699, f, x3, 0x40000000)
test_1700:
    mov x19, 1700
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1700, c0, x0, 0x0)
    CHECK_EQ_T(1700, f, x3, 0x40000000)
test_1701:
    mov x19, 1701
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1701, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1701, f, x3, 0x80000000)
test_1702:
    mov x19, 1702
    ldr x2, =0xffffffffffffffff
    mvn x0, x2, ror 3
    CHECK_EQ_T(1702, c0, x0, 0x0)
test_1703:
    mov x19, 1703
    ldr x2, =0xffffffffffffffff
    mov x0, x2
    CHECK_EQ_T(1703, c0, x0, 0xffffffffffffffff)
test_1704:
    mov x19, 1704
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    tst x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1704, c0, x1, 0xffffffffffffffff)
    CHECK_EQ_T(1704, f, x3, 0x80000000)
test_1705:
    mov x19, 1705
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1705, c0, x0, 0x5)
    CHECK_EQ_T(1705, f, x3, 0x30000000)
test_1706:
    mov x19, 1706
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1706, c0, x0, 0x0)
    CHECK_EQ_T(1706, f, x3, 0x30000000)
test_1707:
    mov x19, 1707
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1707, c0, x0, 0x0)
    CHECK_EQ_T(1707, f, x3, 0x30000000)
test_1708:
    mov x19, 1708
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1708, c0, x0, 0x0)
    CHECK_EQ_T(1708, f, x3, 0x30000000)
test_1709:
    mov x19, 1709
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1709, c0, x0, 0x1)
    CHECK_EQ_T(1709, f, x3, 0x30000000)
test_1710:
    mov x19, 1710
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1710, c0, x0, 0x4)
    CHECK_EQ_T(1710, f, x3, 0x30000000)
test_1711:
    mov x19, 1711
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1711, c0, x0, 0x5)
    CHECK_EQ_T(1711, f, x3, 0x30000000)
test_1712:
    mov x19, 1712
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1712, c0, x0, 0x0)
    CHECK_EQ_T(1712, f, x3, 0x30000000)
test_1713:
    mov x19, 1713
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1713, c0, x0, 0x7)
    CHECK_EQ_T(1713, f, x3, 0x30000000)
test_1714:
    mov x19, 1714
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1714, c0, x0, 0x75)
    CHECK_EQ_T(1714, f, x3, 0x30000000)
test_1715:
    mov x19, 1715
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1715, c0, x0, 0x5)
    CHECK_EQ_T(1715, f, x3, 0x30000000)
test_1716:
    mov x19, 1716
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1716, c0, x0, 0x5)
    CHECK_EQ_T(1716, f, x3, 0x30000000)
test_1717:
    mov x19, 1717
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1717, c0, x0, 0x8000000000000007)
    CHECK_EQ_T(1717, f, x3, 0x30000000)
test_1718:
    mov x19, 1718
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1718, c0, x0, 0xf)
    CHECK_EQ_T(1718, f, x3, 0x30000000)
test_1719:
    mov x19, 1719
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1719, c0, x0, 0x7)
    CHECK_EQ_T(1719, f, x3, 0x30000000)
test_1720:
    mov x19, 1720
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1720, c0, x0, 0x5)
    CHECK_EQ_T(1720, f, x3, 0x30000000)
test_1721:
    mov x19, 1721
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1721, c0, x0, 0x2)
    CHECK_EQ_T(1721, f, x3, 0x30000000)
test_1722:
    mov x19, 1722
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1722, c0, x0, 0x75)
    CHECK_EQ_T(1722, f, x3, 0x30000000)
test_1723:
    mov x19, 1723
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1723, c0, x0, 0x5)
    CHECK_EQ_T(1723, f, x3, 0x30000000)
test_1724:
    mov x19, 1724
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1724, c0, x0, 0x5)
    CHECK_EQ_T(1724, f, x3, 0x30000000)
test_1725:
    mov x19, 1725
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1725, c0, x0, 0x8000000000000006)
    CHECK_EQ_T(1725, f, x3, 0x30000000)
test_1726:
    mov x19, 1726
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1726, c0, x0, 0xb)
    CHECK_EQ_T(1726, f, x3, 0x30000000)
test_1727:
    mov x19, 1727
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1727, c0, x0, 0x2)
    CHECK_EQ_T(1727, f, x3, 0x30000000)
test_1728:
    mov x19, 1728
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1728, c0, x0, 0x5)
    CHECK_EQ_T(1728, f, x3, 0x30000000)
test_1729:
    mov x19, 1729
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1729, c0, x0, 0x0)
    CHECK_EQ_T(1729, f, x3, 0x30000000)
test_1730:
    mov x19, 1730
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1730, c0, x0, 0x5)
    CHECK_EQ_T(1730, f, x3, 0x30000000)
test_1731:
    mov x19, 1731
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1731, c0, x0, 0x5)
    CHECK_EQ_T(1731, f, x3, 0x30000000)
test_1732:
    mov x19, 1732
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1732, c0, x0, 0x5)
    CHECK_EQ_T(1732, f, x3, 0x30000000)
test_1733:
    mov x19, 1733
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1733, c0, x0, 0x4)
    CHECK_EQ_T(1733, f, x3, 0x30000000)
test_1734:
    mov x19, 1734
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1734, c0, x0, 0x1)
    CHECK_EQ_T(1734, f, x3, 0x30000000)
test_1735:
    mov x19, 1735
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1735, c0, x0, 0x0)
    CHECK_EQ_T(1735, f, x3, 0x30000000)
test_1736:
    mov x19, 1736
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1736, c0, x0, 0x5)
    CHECK_EQ_T(1736, f, x3, 0x30000000)
test_1737:
    mov x19, 1737
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1737, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(1737, f, x3, 0x30000000)
test_1738:
    mov x19, 1738
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1738, c0, x0, 0xffffffffffffff8f)
    CHECK_EQ_T(1738, f, x3, 0x30000000)
test_1739:
    mov x19, 1739
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1739, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1739, f, x3, 0x30000000)
test_1740:
    mov x19, 1740
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1740, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1740, f, x3, 0x30000000)
test_1741:
    mov x19, 1741
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1741, c0, x0, 0x7ffffffffffffffd)
    CHECK_EQ_T(1741, f, x3, 0x30000000)
test_1742:
    mov x19, 1742
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1742, c0, x0, 0xfffffffffffffff5)
    CHECK_EQ_T(1742, f, x3, 0x30000000)
test_1743:
    mov x19, 1743
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1743, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(1743, f, x3, 0x30000000)
test_1744:
    mov x19, 1744
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1744, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1744, f, x3, 0x30000000)
test_1745:
    mov x19, 1745
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1745, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(1745, f, x3, 0x30000000)
test_1746:
    mov x19, 1746
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1746, c0, x0, 0xffffffffffffff8a)
    CHECK_EQ_T(1746, f, x3, 0x30000000)
test_1747:
    mov x19, 1747
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1747, c0, x0, 0xfffffffffffffffa)
    CHECK_EQ_T(1747, f, x3, 0x30000000)
test_1748:
    mov x19, 1748
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1748, c0, x0, 0xfffffffffffffffa)
    CHECK_EQ_T(1748, f, x3, 0x30000000)
test_1749:
    mov x19, 1749
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1749, c0, x0, 0x7ffffffffffffff9)
    CHECK_EQ_T(1749, f, x3, 0x30000000)
test_1750:
    mov x19, 1750
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1750, c0, x0, 0xfffffffffffffff4)
    CHECK_EQ_T(1750, f, x3, 0x30000000)
test_1751:
    mov x19, 1751
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1751, c0, x0, 0xfffffffffffffffd)
    CHECK_EQ_T(1751, f, x3, 0x30000000)
test_1752:
    mov x19, 1752
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1752, c0, x0, 0xfffffffffffffffa)
    CHECK_EQ_T(1752, f, x3, 0x30000000)
test_1753:
    mov x19, 1753
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1753, c0, x0, 0x5)
    CHECK_EQ_T(1753, f, x3, 0x0)
test_1754:
    mov x19, 1754
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1754, c0, x0, 0x0)
    CHECK_EQ_T(1754, f, x3, 0x40000000)
test_1755:
    mov x19, 1755
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1755, c0, x0, 0x0)
    CHECK_EQ_T(1755, f, x3, 0x40000000)
test_1756:
    mov x19, 1756
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1756, c0, x0, 0x0)
    CHECK_EQ_T(1756, f, x3, 0x40000000)
test_1757:
    mov x19, 1757
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1757, c0, x0, 0x1)
    CHECK_EQ_T(1757, f, x3, 0x0)
test_1758:
    mov x19, 1758
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1758, c0, x0, 0x4)
    CHECK_EQ_T(1758, f, x3, 0x0)
test_1759:
    mov x19, 1759
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1759, c0, x0, 0x5)
    CHECK_EQ_T(1759, f, x3, 0x0)
test_1760:
    mov x19, 1760
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1760, c0, x0, 0x0)
    CHECK_EQ_T(1760, f, x3, 0x40000000)
test_1761:
    mov x19, 1761
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1761, c0, x0, 0x0)
    CHECK_EQ_T(1761, f, x3, 0x40000000)
test_1762:
    mov x19, 1762
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1762, c0, x0, 0x5)
    CHECK_EQ_T(1762, f, x3, 0x0)
test_1763:
    mov x19, 1763
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1763, c0, x0, 0x5)
    CHECK_EQ_T(1763, f, x3, 0x0)
test_1764:
    mov x19, 1764
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1764, c0, x0, 0x5)
    CHECK_EQ_T(1764, f, x3, 0x0)
test_1765:
    mov x19, 1765
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1765, c0, x0, 0x4)
    CHECK_EQ_T(1765, f, x3, 0x0)
test_1766:
    mov x19, 1766
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1766, c0, x0, 0x1)
    CHECK_EQ_T(1766, f, x3, 0x0)
test_1767:
    mov x19, 1767
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1767, c0, x0, 0x0)
    CHECK_EQ_T(1767, f, x3, 0x40000000)
test_1768:
    mov x19, 1768
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1768, c0, x0, 0x5)
    CHECK_EQ_T(1768, f, x3, 0x0)
test_1769:
    mov x19, 1769
    ldr x2, =0x7
    mvn x0, x2, ror 3
    CHECK_EQ_T(1769, c0, x0, 0x1fffffffffffffff)
test_1770:
    mov x19, 1770
    ldr x2, =0x7
    mov x0, x2
    CHECK_EQ_T(1770, c0, x0, 0x7)
test_1771:
    mov x19, 1771
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    tst x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1771, c0, x1, 0x5)
    CHECK_EQ_T(1771, f, x3, 0x0)
test_1772:
    mov x19, 1772
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1772, c0, x0, 0x1214121812141210)
    CHECK_EQ_T(1772, f, x3, 0x30000000)
test_1773:
    mov x19, 1773
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1773, c0, x0, 0x0)
    CHECK_EQ_T(1773, f, x3, 0x30000000)
test_1774:
    mov x19, 1774
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1774, c0, x0, 0x234445082b08090)
    CHECK_EQ_T(1774, f, x3, 0x30000000)
test_1775:
    mov x19, 1775
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1775, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(1775, f, x3, 0x30000000)
test_1776:
    mov x19, 1776
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1776, c0, x0, 0x122454481a281800)
    CHECK_EQ_T(1776, f, x3, 0x30000000)
test_1777:
    mov x19, 1777
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1777, c0, x0, 0x1030543088a84420)
    CHECK_EQ_T(1777, f, x3, 0x30000000)
test_1778:
    mov x19, 1778
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1778, c0, x0, 0x1214121812141210)
    CHECK_EQ_T(1778, f, x3, 0x30000000)
test_1779:
    mov x19, 1779
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1779, c0, x0, 0x0)
    CHECK_EQ_T(1779, f, x3, 0x30000000)
test_1780:
    mov x19, 1780
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1780, c0, x0, 0xfefcfef8fefcfef0)
    CHECK_EQ_T(1780, f, x3, 0x30000000)
test_1781:
    mov x19, 1781
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1781, c0, x0, 0xfffffffffffffff0)
    CHECK_EQ_T(1781, f, x3, 0x30000000)
test_1782:
    mov x19, 1782
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1782, c0, x0, 0x17f6f7fcdbbefff0)
    CHECK_EQ_T(1782, f, x3, 0x30000000)
test_1783:
    mov x19, 1783
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1783, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1783, f, x3, 0x30000000)
test_1784:
    mov x19, 1784
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1784, c0, x0, 0x7f7e5f7cbbbedff8)
    CHECK_EQ_T(1784, f, x3, 0x30000000)
test_1785:
    mov x19, 1785
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1785, c0, x0, 0xffbd7778febcfef1)
    CHECK_EQ_T(1785, f, x3, 0x30000000)
test_1786:
    mov x19, 1786
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1786, c0, x0, 0xfefcfef8fefcfef0)
    CHECK_EQ_T(1786, f, x3, 0x30000000)
test_1787:
    mov x19, 1787
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1787, c0, x0, 0x123456789abcdef1)
    CHECK_EQ_T(1787, f, x3, 0x30000000)
test_1788:
    mov x19, 1788
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1788, c0, x0, 0xece8ece0ece8ece0)
    CHECK_EQ_T(1788, f, x3, 0x30000000)
test_1789:
    mov x19, 1789
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1789, c0, x0, 0xfffffffffffffff0)
    CHECK_EQ_T(1789, f, x3, 0x30000000)
test_1790:
    mov x19, 1790
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1790, c0, x0, 0x15c2b3ac590e7f60)
    CHECK_EQ_T(1790, f, x3, 0x30000000)
test_1791:
    mov x19, 1791
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1791, c0, x0, 0xedcba9876543210f)
    CHECK_EQ_T(1791, f, x3, 0x30000000)
test_1792:
    mov x19, 1792
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1792, c0, x0, 0x6d5a0b34a196c7f8)
    CHECK_EQ_T(1792, f, x3, 0x30000000)
test_1793:
    mov x19, 1793
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1793, c0, x0, 0xef8d23487614bad1)
    CHECK_EQ_T(1793, f, x3, 0x30000000)
test_1794:
    mov x19, 1794
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1794, c0, x0, 0xece8ece0ece8ece0)
    CHECK_EQ_T(1794, f, x3, 0x30000000)
test_1795:
    mov x19, 1795
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1795, c0, x0, 0x123456789abcdef1)
    CHECK_EQ_T(1795, f, x3, 0x30000000)
test_1796:
    mov x19, 1796
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1796, c0, x0, 0x20446088a8cce0)
    CHECK_EQ_T(1796, f, x3, 0x30000000)
test_1797:
    mov x19, 1797
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1797, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(1797, f, x3, 0x30000000)
test_1798:
    mov x19, 1798
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1798, c0, x0, 0x10001228180c5e60)
    CHECK_EQ_T(1798, f, x3, 0x30000000)
test_1799:
    mov x19, 1799
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1799, c0, x0, 0x0)
    CHECK_EQ_T(1799, f, x3, 0x30000000)
test_1800:
    mov x19, 1800
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1800, c0, x0, 0x1002308094c6f0)
    CHECK_EQ_T(1800, f, x3, 0x30000000)
test_1801:
    mov x19, 1801
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1801, c0, x0, 0x204024812149ad0)
    CHECK_EQ_T(1801, f, x3, 0x30000000)
test_1802:
    mov x19, 1802
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1802, c0, x0, 0x20446088a8cce0)
    CHECK_EQ_T(1802, f, x3, 0x30000000)
test_1803:
    mov x19, 1803
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1803, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(1803, f, x3, 0x30000000)
test_1804:
    mov x19, 1804
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1804, c0, x0, 0x1337577f9bbfdfff)
    CHECK_EQ_T(1804, f, x3, 0x30000000)
test_1805:
    mov x19, 1805
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1805, c0, x0, 0x123456789abcdeff)
    CHECK_EQ_T(1805, f, x3, 0x30000000)
test_1806:
    mov x19, 1806
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1806, c0, x0, 0xfa3d5e7bbefddeff)
    CHECK_EQ_T(1806, f, x3, 0x30000000)
test_1807:
    mov x19, 1807
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1807, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(1807, f, x3, 0x30000000)
test_1808:
    mov x19, 1808
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1808, c0, x0, 0x92b5f6fbdefdfef7)
    CHECK_EQ_T(1808, f, x3, 0x30000000)
test_1809:
    mov x19, 1809
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1809, c0, x0, 0x1276deff9bffdffe)
    CHECK_EQ_T(1809, f, x3, 0x30000000)
test_1810:
    mov x19, 1810
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1810, c0, x0, 0x1337577f9bbfdfff)
    CHECK_EQ_T(1810, f, x3, 0x30000000)
test_1811:
    mov x19, 1811
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1811, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1811, f, x3, 0x30000000)
test_1812:
    mov x19, 1812
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1812, c0, x0, 0x1317131f1317131f)
    CHECK_EQ_T(1812, f, x3, 0x30000000)
test_1813:
    mov x19, 1813
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1813, c0, x0, 0xf)
    CHECK_EQ_T(1813, f, x3, 0x30000000)
test_1814:
    mov x19, 1814
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1814, c0, x0, 0xea3d4c53a6f1809f)
    CHECK_EQ_T(1814, f, x3, 0x30000000)
test_1815:
    mov x19, 1815
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1815, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(1815, f, x3, 0x30000000)
test_1816:
    mov x19, 1816
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1816, c0, x0, 0x92a5f4cb5e693807)
    CHECK_EQ_T(1816, f, x3, 0x30000000)
test_1817:
    mov x19, 1817
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1817, c0, x0, 0x1072dcb789eb452e)
    CHECK_EQ_T(1817, f, x3, 0x30000000)
test_1818:
    mov x19, 1818
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1818, c0, x0, 0x1317131f1317131f)
    CHECK_EQ_T(1818, f, x3, 0x30000000)
test_1819:
    mov x19, 1819
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1819, c0, x0, 0xedcba9876543210e)
    CHECK_EQ_T(1819, f, x3, 0x30000000)
test_1820:
    mov x19, 1820
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1820, c0, x0, 0x1214121812141210)
    CHECK_EQ_T(1820, f, x3, 0x0)
test_1821:
    mov x19, 1821
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1821, c0, x0, 0x0)
    CHECK_EQ_T(1821, f, x3, 0x40000000)
test_1822:
    mov x19, 1822
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1822, c0, x0, 0x234445082b08090)
    CHECK_EQ_T(1822, f, x3, 0x0)
test_1823:
    mov x19, 1823
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1823, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(1823, f, x3, 0x0)
test_1824:
    mov x19, 1824
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1824, c0, x0, 0x122454481a281800)
    CHECK_EQ_T(1824, f, x3, 0x0)
test_1825:
    mov x19, 1825
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1825, c0, x0, 0x1030543088a84420)
    CHECK_EQ_T(1825, f, x3, 0x0)
test_1826:
    mov x19, 1826
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1826, c0, x0, 0x1214121812141210)
    CHECK_EQ_T(1826, f, x3, 0x0)
test_1827:
    mov x19, 1827
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1827, c0, x0, 0x0)
    CHECK_EQ_T(1827, f, x3, 0x40000000)
test_1828:
    mov x19, 1828
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1828, c0, x0, 0x20446088a8cce0)
    CHECK_EQ_T(1828, f, x3, 0x0)
test_1829:
    mov x19, 1829
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1829, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(1829, f, x3, 0x0)
test_1830:
    mov x19, 1830
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1830, c0, x0, 0x10001228180c5e60)
    CHECK_EQ_T(1830, f, x3, 0x0)
test_1831:
    mov x19, 1831
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1831, c0, x0, 0x0)
    CHECK_EQ_T(1831, f, x3, 0x40000000)
test_1832:
    mov x19, 1832
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1832, c0, x0, 0x1002308094c6f0)
    CHECK_EQ_T(1832, f, x3, 0x0)
test_1833:
    mov x19, 1833
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1833, c0, x0, 0x204024812149ad0)
    CHECK_EQ_T(1833, f, x3, 0x0)
test_1834:
    mov x19, 1834
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1834, c0, x0, 0x20446088a8cce0)
    CHECK_EQ_T(1834, f, x3, 0x0)
test_1835:
    mov x19, 1835
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1835, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(1835, f, x3, 0x0)
test_1836:
    mov x19, 1836
    ldr x2, =0xfedcba9876543210
    mvn x0, x2, ror 3
    CHECK_EQ_T(1836, c0, x0, 0xe02468acf13579bd)
test_1837:
    mov x19, 1837
    ldr x2, =0xfedcba9876543210
    mov x0, x2
    CHECK_EQ_T(1837, c0, x0, 0xfedcba9876543210)
test_1838:
    mov x19, 1838
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    tst x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1838, c0, x1, 0x123456789abcdef0)
    CHECK_EQ_T(1838, f, x3, 0x0)
test_1839:
    mov x19, 1839
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1839, c0, x0, 0x100000000)
    CHECK_EQ_T(1839, f, x3, 0x30000000)
test_1840:
    mov x19, 1840
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1840, c0, x0, 0x1000000000)
    CHECK_EQ_T(1840, f, x3, 0x30000000)
test_1841:
    mov x19, 1841
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1841, c0, x0, 0x0)
    CHECK_EQ_T(1841, f, x3, 0x30000000)
test_1842:
    mov x19, 1842
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1842, c0, x0, 0x0)
    CHECK_EQ_T(1842, f, x3, 0x30000000)
test_1843:
    mov x19, 1843
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1843, c0, x0, 0x0)
    CHECK_EQ_T(1843, f, x3, 0x30000000)
test_1844:
    mov x19, 1844
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1844, c0, x0, 0x200000000)
    CHECK_EQ_T(1844, f, x3, 0x30000000)
test_1845:
    mov x19, 1845
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1845, c0, x0, 0x100000000)
    CHECK_EQ_T(1845, f, x3, 0x30000000)
test_1846:
    mov x19, 1846
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1846, c0, x0, 0x0)
    CHECK_EQ_T(1846, f, x3, 0x30000000)
test_1847:
    mov x19, 1847
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1847, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1847, f, x3, 0x30000000)
test_1848:
    mov x19, 1848
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1848, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1848, f, x3, 0x30000000)
test_1849:
    mov x19, 1849
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1849, c0, x0, 0xffffffff08000000)
    CHECK_EQ_T(1849, f, x3, 0x30000000)
test_1850:
    mov x19, 1850
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1850, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1850, f, x3, 0x30000000)
test_1851:
    mov x19, 1851
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1851, c0, x0, 0xffffffff80000000)
    CHECK_EQ_T(1851, f, x3, 0x30000000)
test_1852:
    mov x19, 1852
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1852, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1852, f, x3, 0x30000000)
test_1853:
    mov x19, 1853
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1853, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1853, f, x3, 0x30000000)
test_1854:
    mov x19, 1854
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1854, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1854, f, x3, 0x30000000)
test_1855:
    mov x19, 1855
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1855, c0, x0, 0xfffffffe00000000)
    CHECK_EQ_T(1855, f, x3, 0x30000000)
test_1856:
    mov x19, 1856
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1856, c0, x0, 0xffffffef00000000)
    CHECK_EQ_T(1856, f, x3, 0x30000000)
test_1857:
    mov x19, 1857
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1857, c0, x0, 0xffffffff08000000)
    CHECK_EQ_T(1857, f, x3, 0x30000000)
test_1858:
    mov x19, 1858
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1858, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1858, f, x3, 0x30000000)
test_1859:
    mov x19, 1859
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1859, c0, x0, 0xffffffff80000000)
    CHECK_EQ_T(1859, f, x3, 0x30000000)
test_1860:
    mov x19, 1860
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1860, c0, x0, 0xfffffffd00000000)
    CHECK_EQ_T(1860, f, x3, 0x30000000)
test_1861:
    mov x19, 1861
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1861, c0, x0, 0xfffffffe00000000)
    CHECK_EQ_T(1861, f, x3, 0x30000000)
test_1862:
    mov x19, 1862
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1862, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1862, f, x3, 0x30000000)
test_1863:
    mov x19, 1863
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1863, c0, x0, 0xfffffffe00000000)
    CHECK_EQ_T(1863, f, x3, 0x30000000)
test_1864:
    mov x19, 1864
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1864, c0, x0, 0xffffffef00000000)
    CHECK_EQ_T(1864, f, x3, 0x30000000)
test_1865:
    mov x19, 1865
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1865, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1865, f, x3, 0x30000000)
test_1866:
    mov x19, 1866
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1866, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1866, f, x3, 0x30000000)
test_1867:
    mov x19, 1867
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1867, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1867, f, x3, 0x30000000)
test_1868:
    mov x19, 1868
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1868, c0, x0, 0xfffffffd00000000)
    CHECK_EQ_T(1868, f, x3, 0x30000000)
test_1869:
    mov x19, 1869
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1869, c0, x0, 0xfffffffe00000000)
    CHECK_EQ_T(1869, f, x3, 0x30000000)
test_1870:
    mov x19, 1870
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1870, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1870, f, x3, 0x30000000)
test_1871:
    mov x19, 1871
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1871, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1871, f, x3, 0x30000000)
test_1872:
    mov x19, 1872
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1872, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1872, f, x3, 0x30000000)
test_1873:
    mov x19, 1873
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1873, c0, x0, 0xfffffffff7ffffff)
    CHECK_EQ_T(1873, f, x3, 0x30000000)
test_1874:
    mov x19, 1874
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1874, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1874, f, x3, 0x30000000)
test_1875:
    mov x19, 1875
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1875, c0, x0, 0xffffffff7fffffff)
    CHECK_EQ_T(1875, f, x3, 0x30000000)
test_1876:
    mov x19, 1876
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1876, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1876, f, x3, 0x30000000)
test_1877:
    mov x19, 1877
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1877, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1877, f, x3, 0x30000000)
test_1878:
    mov x19, 1878
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1878, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1878, f, x3, 0x30000000)
test_1879:
    mov x19, 1879
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1879, c0, x0, 0x1ffffffff)
    CHECK_EQ_T(1879, f, x3, 0x30000000)
test_1880:
    mov x19, 1880
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1880, c0, x0, 0x10ffffffff)
    CHECK_EQ_T(1880, f, x3, 0x30000000)
test_1881:
    mov x19, 1881
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1881, c0, x0, 0xf7ffffff)
    CHECK_EQ_T(1881, f, x3, 0x30000000)
test_1882:
    mov x19, 1882
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1882, c0, x0, 0xffffffff)
    CHECK_EQ_T(1882, f, x3, 0x30000000)
test_1883:
    mov x19, 1883
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1883, c0, x0, 0x7fffffff)
    CHECK_EQ_T(1883, f, x3, 0x30000000)
test_1884:
    mov x19, 1884
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1884, c0, x0, 0x2ffffffff)
    CHECK_EQ_T(1884, f, x3, 0x30000000)
test_1885:
    mov x19, 1885
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1885, c0, x0, 0x1ffffffff)
    CHECK_EQ_T(1885, f, x3, 0x30000000)
test_1886:
    mov x19, 1886
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1886, c0, x0, 0xffffffff)
    CHECK_EQ_T(1886, f, x3, 0x30000000)
test_1887:
    mov x19, 1887
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1887, c0, x0, 0x100000000)
    CHECK_EQ_T(1887, f, x3, 0x0)
test_1888:
    mov x19, 1888
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1888, c0, x0, 0x1000000000)
    CHECK_EQ_T(1888, f, x3, 0x0)
test_1889:
    mov x19, 1889
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1889, c0, x0, 0x0)
    CHECK_EQ_T(1889, f, x3, 0x40000000)
test_1890:
    mov x19, 1890
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1890, c0, x0, 0x0)
    CHECK_EQ_T(1890, f, x3, 0x40000000)
test_1891:
    mov x19, 1891
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1891, c0, x0, 0x0)
    CHECK_EQ_T(1891, f, x3, 0x40000000)
test_1892:
    mov x19, 1892
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1892, c0, x0, 0x200000000)
    CHECK_EQ_T(1892, f, x3, 0x0)
test_1893:
    mov x19, 1893
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1893, c0, x0, 0x100000000)
    CHECK_EQ_T(1893, f, x3, 0x0)
test_1894:
    mov x19, 1894
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1894, c0, x0, 0x0)
    CHECK_EQ_T(1894, f, x3, 0x40000000)
test_1895:
    mov x19, 1895
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1895, c0, x0, 0xfffffffe00000000)
    CHECK_EQ_T(1895, f, x3, 0x80000000)
test_1896:
    mov x19, 1896
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1896, c0, x0, 0xffffffef00000000)
    CHECK_EQ_T(1896, f, x3, 0x80000000)
test_1897:
    mov x19, 1897
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1897, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1897, f, x3, 0x80000000)
test_1898:
    mov x19, 1898
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1898, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1898, f, x3, 0x80000000)
test_1899:
    mov x19, 1899
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1899, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1899, f, x3, 0x80000000)
test_1900:
    mov x19, 1900
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1900, c0, x0, 0xfffffffd00000000)
    CHECK_EQ_T(1900, f, x3, 0x80000000)
test_1901:
    mov x19, 1901
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1901, c0, x0, 0xfffffffe00000000)
    CHECK_EQ_T(1901, f, x3, 0x80000000)
test_1902:
    mov x19, 1902
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1902, c0, x0, 0xffffffff00000000)
    CHECK_EQ_T(1902, f, x3, 0x80000000)
test_1903:
    mov x19, 1903
    ldr x2, =0x100000000
    mvn x0, x2, ror 3
    CHECK_EQ_T(1903, c0, x0, 0xffffffffdfffffff)
test_1904:
    mov x19, 1904
    ldr x2, =0x100000000
    mov x0, x2
    CHECK_EQ_T(1904, c0, x0, 0x100000000)
test_1905:
    mov x19, 1905
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    tst x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1905, c0, x1, 0xffffffff00000000)
    CHECK_EQ_T(1905, f, x3, 0x0)
test_1906:
    mov x19, 1906
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1906, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1906, f, x3, 0x30000000)
test_1907:
    mov x19, 1907
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1907, c0, x0, 0x0)
    CHECK_EQ_T(1907, f, x3, 0x30000000)
test_1908:
    mov x19, 1908
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1908, c0, x0, 0x0)
    CHECK_EQ_T(1908, f, x3, 0x30000000)
test_1909:
    mov x19, 1909
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1909, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1909, f, x3, 0x30000000)
test_1910:
    mov x19, 1910
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1910, c0, x0, 0x0)
    CHECK_EQ_T(1910, f, x3, 0x30000000)
test_1911:
    mov x19, 1911
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1911, c0, x0, 0x0)
    CHECK_EQ_T(1911, f, x3, 0x30000000)
test_1912:
    mov x19, 1912
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1912, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1912, f, x3, 0x30000000)
test_1913:
    mov x19, 1913
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1913, c0, x0, 0x0)
    CHECK_EQ_T(1913, f, x3, 0x30000000)
test_1914:
    mov x19, 1914
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1914, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1914, f, x3, 0x30000000)
test_1915:
    mov x19, 1915
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1915, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1915, f, x3, 0x30000000)
test_1916:
    mov x19, 1916
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1916, c0, x0, 0x8400000000000000)
    CHECK_EQ_T(1916, f, x3, 0x30000000)
test_1917:
    mov x19, 1917
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1917, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1917, f, x3, 0x30000000)
test_1918:
    mov x19, 1918
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1918, c0, x0, 0xc000000000000000)
    CHECK_EQ_T(1918, f, x3, 0x30000000)
test_1919:
    mov x19, 1919
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1919, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1919, f, x3, 0x30000000)
test_1920:
    mov x19, 1920
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1920, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1920, f, x3, 0x30000000)
test_1921:
    mov x19, 1921
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1921, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1921, f, x3, 0x30000000)
test_1922:
    mov x19, 1922
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1922, c0, x0, 0x0)
    CHECK_EQ_T(1922, f, x3, 0x30000000)
test_1923:
    mov x19, 1923
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1923, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1923, f, x3, 0x30000000)
test_1924:
    mov x19, 1924
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1924, c0, x0, 0x8400000000000000)
    CHECK_EQ_T(1924, f, x3, 0x30000000)
test_1925:
    mov x19, 1925
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1925, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1925, f, x3, 0x30000000)
test_1926:
    mov x19, 1926
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1926, c0, x0, 0xc000000000000000)
    CHECK_EQ_T(1926, f, x3, 0x30000000)
test_1927:
    mov x19, 1927
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1927, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1927, f, x3, 0x30000000)
test_1928:
    mov x19, 1928
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1928, c0, x0, 0x0)
    CHECK_EQ_T(1928, f, x3, 0x30000000)
test_1929:
    mov x19, 1929
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1929, c0, x0, 0x8000000000000001)
    CHECK_EQ_T(1929, f, x3, 0x30000000)
test_1930:
    mov x19, 1930
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1930, c0, x0, 0x0)
    CHECK_EQ_T(1930, f, x3, 0x30000000)
test_1931:
    mov x19, 1931
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1931, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1931, f, x3, 0x30000000)
test_1932:
    mov x19, 1932
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1932, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1932, f, x3, 0x30000000)
test_1933:
    mov x19, 1933
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1933, c0, x0, 0x0)
    CHECK_EQ_T(1933, f, x3, 0x30000000)
test_1934:
    mov x19, 1934
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1934, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1934, f, x3, 0x30000000)
test_1935:
    mov x19, 1935
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1935, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1935, f, x3, 0x30000000)
test_1936:
    mov x19, 1936
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1936, c0, x0, 0x0)
    CHECK_EQ_T(1936, f, x3, 0x30000000)
test_1937:
    mov x19, 1937
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1937, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1937, f, x3, 0x30000000)
test_1938:
    mov x19, 1938
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1938, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1938, f, x3, 0x30000000)
test_1939:
    mov x19, 1939
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1939, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1939, f, x3, 0x30000000)
test_1940:
    mov x19, 1940
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1940, c0, x0, 0xfbffffffffffffff)
    CHECK_EQ_T(1940, f, x3, 0x30000000)
test_1941:
    mov x19, 1941
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1941, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1941, f, x3, 0x30000000)
test_1942:
    mov x19, 1942
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1942, c0, x0, 0xbfffffffffffffff)
    CHECK_EQ_T(1942, f, x3, 0x30000000)
test_1943:
    mov x19, 1943
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1943, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1943, f, x3, 0x30000000)
test_1944:
    mov x19, 1944
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1944, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1944, f, x3, 0x30000000)
test_1945:
    mov x19, 1945
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1945, c0, x0, 0xfffffffffffffffe)
    CHECK_EQ_T(1945, f, x3, 0x30000000)
test_1946:
    mov x19, 1946
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1946, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1946, f, x3, 0x30000000)
test_1947:
    mov x19, 1947
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1947, c0, x0, 0x7fffffffffffffff)
    CHECK_EQ_T(1947, f, x3, 0x30000000)
test_1948:
    mov x19, 1948
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1948, c0, x0, 0x7bffffffffffffff)
    CHECK_EQ_T(1948, f, x3, 0x30000000)
test_1949:
    mov x19, 1949
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1949, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1949, f, x3, 0x30000000)
test_1950:
    mov x19, 1950
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1950, c0, x0, 0x3fffffffffffffff)
    CHECK_EQ_T(1950, f, x3, 0x30000000)
test_1951:
    mov x19, 1951
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1951, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1951, f, x3, 0x30000000)
test_1952:
    mov x19, 1952
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1952, c0, x0, 0xffffffffffffffff)
    CHECK_EQ_T(1952, f, x3, 0x30000000)
test_1953:
    mov x19, 1953
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1953, c0, x0, 0x7ffffffffffffffe)
    CHECK_EQ_T(1953, f, x3, 0x30000000)
test_1954:
    mov x19, 1954
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1954, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1954, f, x3, 0x80000000)
test_1955:
    mov x19, 1955
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1955, c0, x0, 0x0)
    CHECK_EQ_T(1955, f, x3, 0x40000000)
test_1956:
    mov x19, 1956
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1956, c0, x0, 0x0)
    CHECK_EQ_T(1956, f, x3, 0x40000000)
test_1957:
    mov x19, 1957
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1957, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1957, f, x3, 0x80000000)
test_1958:
    mov x19, 1958
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1958, c0, x0, 0x0)
    CHECK_EQ_T(1958, f, x3, 0x40000000)
test_1959:
    mov x19, 1959
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1959, c0, x0, 0x0)
    CHECK_EQ_T(1959, f, x3, 0x40000000)
test_1960:
    mov x19, 1960
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1960, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1960, f, x3, 0x80000000)
test_1961:
    mov x19, 1961
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1961, c0, x0, 0x0)
    CHECK_EQ_T(1961, f, x3, 0x40000000)
test_1962:
    mov x19, 1962
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics x0, x1, x2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1962, c0, x0, 0x0)
    CHECK_EQ_T(1962, f, x3, 0x40000000)
test_1963:
    mov x19, 1963
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics x0, x1, x2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1963, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1963, f, x3, 0x80000000)
test_1964:
    mov x19, 1964
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics x0, x1, x2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1964, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1964, f, x3, 0x80000000)
test_1965:
    mov x19, 1965
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics x0, x1, x2, asr 63
    mrs x3, nzcv
    CHECK_EQ_T(1965, c0, x0, 0x0)
    CHECK_EQ_T(1965, f, x3, 0x40000000)
test_1966:
    mov x19, 1966
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics x0, x1, x2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1966, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1966, f, x3, 0x80000000)
test_1967:
    mov x19, 1967
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics x0, x1, x2, ror 63
    mrs x3, nzcv
    CHECK_EQ_T(1967, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1967, f, x3, 0x80000000)
test_1968:
    mov x19, 1968
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics x0, x1, x2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1968, c0, x0, 0x0)
    CHECK_EQ_T(1968, f, x3, 0x40000000)
test_1969:
    mov x19, 1969
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics x0, x1, x2, lsr 63
    mrs x3, nzcv
    CHECK_EQ_T(1969, c0, x0, 0x8000000000000000)
    CHECK_EQ_T(1969, f, x3, 0x80000000)
test_1970:
    mov x19, 1970
    ldr x2, =0x8000000000000000
    mvn x0, x2, ror 3
    CHECK_EQ_T(1970, c0, x0, 0xefffffffffffffff)
test_1971:
    mov x19, 1971
    ldr x2, =0x8000000000000000
    mov x0, x2
    CHECK_EQ_T(1971, c0, x0, 0x8000000000000000)
test_1972:
    mov x19, 1972
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    tst x1, x2
    mrs x3, nzcv
    CHECK_EQ_T(1972, c0, x1, 0x8000000000000000)
    CHECK_EQ_T(1972, f, x3, 0x80000000)
test_1973:
    mov x19, 1973
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1973, c0, x0, 0x1)
    CHECK_EQ_T(1973, f, x3, 0x30000000)
test_1974:
    mov x19, 1974
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1974, c0, x0, 0x10)
    CHECK_EQ_T(1974, f, x3, 0x30000000)
test_1975:
    mov x19, 1975
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1975, c0, x0, 0x0)
    CHECK_EQ_T(1975, f, x3, 0x30000000)
test_1976:
    mov x19, 1976
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(1976, c0, x0, 0x0)
    CHECK_EQ_T(1976, f, x3, 0x30000000)
test_1977:
    mov x19, 1977
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1977, c0, x0, 0x80000000)
    CHECK_EQ_T(1977, f, x3, 0x30000000)
test_1978:
    mov x19, 1978
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(1978, c0, x0, 0x2)
    CHECK_EQ_T(1978, f, x3, 0x30000000)
test_1979:
    mov x19, 1979
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1979, c0, x0, 0x1)
    CHECK_EQ_T(1979, f, x3, 0x30000000)
test_1980:
    mov x19, 1980
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    and w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(1980, c0, x0, 0x0)
    CHECK_EQ_T(1980, f, x3, 0x30000000)
test_1981:
    mov x19, 1981
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1981, c0, x0, 0xffffffff)
    CHECK_EQ_T(1981, f, x3, 0x30000000)
test_1982:
    mov x19, 1982
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1982, c0, x0, 0xffffffff)
    CHECK_EQ_T(1982, f, x3, 0x30000000)
test_1983:
    mov x19, 1983
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1983, c0, x0, 0xffffffff)
    CHECK_EQ_T(1983, f, x3, 0x30000000)
test_1984:
    mov x19, 1984
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(1984, c0, x0, 0xffffffff)
    CHECK_EQ_T(1984, f, x3, 0x30000000)
test_1985:
    mov x19, 1985
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1985, c0, x0, 0xffffffff)
    CHECK_EQ_T(1985, f, x3, 0x30000000)
test_1986:
    mov x19, 1986
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(1986, c0, x0, 0xffffffff)
    CHECK_EQ_T(1986, f, x3, 0x30000000)
test_1987:
    mov x19, 1987
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1987, c0, x0, 0xffffffff)
    CHECK_EQ_T(1987, f, x3, 0x30000000)
test_1988:
    mov x19, 1988
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orr w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(1988, c0, x0, 0xffffffff)
    CHECK_EQ_T(1988, f, x3, 0x30000000)
test_1989:
    mov x19, 1989
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1989, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1989, f, x3, 0x30000000)
test_1990:
    mov x19, 1990
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1990, c0, x0, 0xffffffef)
    CHECK_EQ_T(1990, f, x3, 0x30000000)
test_1991:
    mov x19, 1991
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1991, c0, x0, 0xffffffff)
    CHECK_EQ_T(1991, f, x3, 0x30000000)
test_1992:
    mov x19, 1992
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(1992, c0, x0, 0xffffffff)
    CHECK_EQ_T(1992, f, x3, 0x30000000)
test_1993:
    mov x19, 1993
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(1993, c0, x0, 0x7fffffff)
    CHECK_EQ_T(1993, f, x3, 0x30000000)
test_1994:
    mov x19, 1994
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(1994, c0, x0, 0xfffffffd)
    CHECK_EQ_T(1994, f, x3, 0x30000000)
test_1995:
    mov x19, 1995
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(1995, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1995, f, x3, 0x30000000)
test_1996:
    mov x19, 1996
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eor w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(1996, c0, x0, 0xffffffff)
    CHECK_EQ_T(1996, f, x3, 0x30000000)
test_1997:
    mov x19, 1997
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(1997, c0, x0, 0xfffffffe)
    CHECK_EQ_T(1997, f, x3, 0x30000000)
test_1998:
    mov x19, 1998
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(1998, c0, x0, 0xffffffef)
    CHECK_EQ_T(1998, f, x3, 0x30000000)
test_1999:
    mov x19, 1999
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(1999, c0, x0, 0xffffffff)
    CHECK_EQ_T(1999, f, x3, 0x30000000)
test_2000:
    mov x19, 2000
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2000, c0, x0, 0xffffffff)
    CHECK_EQ_T(2000, f, x3, 0x30000000)
test_2001:
    mov x19, 2001
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2001, c0, x0, 0x7fffffff)
    CHECK_EQ_T(2001, f, x3, 0x30000000)
test_2002:
    mov x19, 2002
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2002, c0, x0, 0xfffffffd)
    CHECK_EQ_T(2002, f, x3, 0x30000000)
test_2003:
    mov x19, 2003
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2003, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2003, f, x3, 0x30000000)
test_2004:
    mov x19, 2004
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bic w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2004, c0, x0, 0xffffffff)
    CHECK_EQ_T(2004, f, x3, 0x30000000)
test_2005:
    mov x19, 2005
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2005, c0, x0, 0xffffffff)
    CHECK_EQ_T(2005, f, x3, 0x30000000)
test_2006:
    mov x19, 2006
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2006, c0, x0, 0xffffffff)
    CHECK_EQ_T(2006, f, x3, 0x30000000)
test_2007:
    mov x19, 2007
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2007, c0, x0, 0xffffffff)
    CHECK_EQ_T(2007, f, x3, 0x30000000)
test_2008:
    mov x19, 2008
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2008, c0, x0, 0xffffffff)
    CHECK_EQ_T(2008, f, x3, 0x30000000)
test_2009:
    mov x19, 2009
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2009, c0, x0, 0xffffffff)
    CHECK_EQ_T(2009, f, x3, 0x30000000)
test_2010:
    mov x19, 2010
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2010, c0, x0, 0xffffffff)
    CHECK_EQ_T(2010, f, x3, 0x30000000)
test_2011:
    mov x19, 2011
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2011, c0, x0, 0xffffffff)
    CHECK_EQ_T(2011, f, x3, 0x30000000)
test_2012:
    mov x19, 2012
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    orn w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2012, c0, x0, 0xffffffff)
    CHECK_EQ_T(2012, f, x3, 0x30000000)
test_2013:
    mov x19, 2013
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2013, c0, x0, 0x1)
    CHECK_EQ_T(2013, f, x3, 0x30000000)
test_2014:
    mov x19, 2014
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2014, c0, x0, 0x10)
    CHECK_EQ_T(2014, f, x3, 0x30000000)
test_2015:
    mov x19, 2015
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2015, c0, x0, 0x0)
    CHECK_EQ_T(2015, f, x3, 0x30000000)
test_2016:
    mov x19, 2016
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2016, c0, x0, 0x0)
    CHECK_EQ_T(2016, f, x3, 0x30000000)
test_2017:
    mov x19, 2017
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2017, c0, x0, 0x80000000)
    CHECK_EQ_T(2017, f, x3, 0x30000000)
test_2018:
    mov x19, 2018
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2018, c0, x0, 0x2)
    CHECK_EQ_T(2018, f, x3, 0x30000000)
test_2019:
    mov x19, 2019
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2019, c0, x0, 0x1)
    CHECK_EQ_T(2019, f, x3, 0x30000000)
test_2020:
    mov x19, 2020
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    eon w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2020, c0, x0, 0x0)
    CHECK_EQ_T(2020, f, x3, 0x30000000)
test_2021:
    mov x19, 2021
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2021, c0, x0, 0x1)
    CHECK_EQ_T(2021, f, x3, 0x0)
test_2022:
    mov x19, 2022
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2022, c0, x0, 0x10)
    CHECK_EQ_T(2022, f, x3, 0x0)
test_2023:
    mov x19, 2023
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2023, c0, x0, 0x0)
    CHECK_EQ_T(2023, f, x3, 0x40000000)
test_2024:
    mov x19, 2024
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2024, c0, x0, 0x0)
    CHECK_EQ_T(2024, f, x3, 0x40000000)
test_2025:
    mov x19, 2025
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2025, c0, x0, 0x80000000)
    CHECK_EQ_T(2025, f, x3, 0x80000000)
test_2026:
    mov x19, 2026
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2026, c0, x0, 0x2)
    CHECK_EQ_T(2026, f, x3, 0x0)
test_2027:
    mov x19, 2027
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2027, c0, x0, 0x1)
    CHECK_EQ_T(2027, f, x3, 0x0)
test_2028:
    mov x19, 2028
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    ands w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2028, c0, x0, 0x0)
    CHECK_EQ_T(2028, f, x3, 0x40000000)
test_2029:
    mov x19, 2029
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2029, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2029, f, x3, 0x80000000)
test_2030:
    mov x19, 2030
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2030, c0, x0, 0xffffffef)
    CHECK_EQ_T(2030, f, x3, 0x80000000)
test_2031:
    mov x19, 2031
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2031, c0, x0, 0xffffffff)
    CHECK_EQ_T(2031, f, x3, 0x80000000)
test_2032:
    mov x19, 2032
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2032, c0, x0, 0xffffffff)
    CHECK_EQ_T(2032, f, x3, 0x80000000)
test_2033:
    mov x19, 2033
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2033, c0, x0, 0x7fffffff)
    CHECK_EQ_T(2033, f, x3, 0x0)
test_2034:
    mov x19, 2034
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2034, c0, x0, 0xfffffffd)
    CHECK_EQ_T(2034, f, x3, 0x80000000)
test_2035:
    mov x19, 2035
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2035, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2035, f, x3, 0x80000000)
test_2036:
    mov x19, 2036
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    bics w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2036, c0, x0, 0xffffffff)
    CHECK_EQ_T(2036, f, x3, 0x80000000)
test_2037:
    mov x19, 2037
    ldr x2, =0x1
    mvn w0, w2, ror 3
    CHECK_EQ_T(2037, c0, x0, 0xdfffffff)
test_2038:
    mov x19, 2038
    ldr x2, =0x1
    mov w0, w2
    CHECK_EQ_T(2038, c0, x0, 0x1)
test_2039:
    mov x19, 2039
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff
    ldr x2, =0x1
    tst w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(2039, c0, x1, 0xffffffff)
    CHECK_EQ_T(2039, f, x3, 0x0)
test_2040:
    mov x19, 2040
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2040, c0, x0, 0x1)
    CHECK_EQ_T(2040, f, x3, 0x30000000)
test_2041:
    mov x19, 2041
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2041, c0, x0, 0x10)
    CHECK_EQ_T(2041, f, x3, 0x30000000)
test_2042:
    mov x19, 2042
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2042, c0, x0, 0x0)
    CHECK_EQ_T(2042, f, x3, 0x30000000)
test_2043:
    mov x19, 2043
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2043, c0, x0, 0x0)
    CHECK_EQ_T(2043, f, x3, 0x30000000)
test_2044:
    mov x19, 2044
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2044, c0, x0, 0x80000000)
    CHECK_EQ_T(2044, f, x3, 0x30000000)
test_2045:
    mov x19, 2045
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2045, c0, x0, 0x2)
    CHECK_EQ_T(2045, f, x3, 0x30000000)
test_2046:
    mov x19, 2046
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2046, c0, x0, 0x1)
    CHECK_EQ_T(2046, f, x3, 0x30000000)
test_2047:
    mov x19, 2047
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    and w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2047, c0, x0, 0x0)
    CHECK_EQ_T(2047, f, x3, 0x30000000)
test_2048:
    mov x19, 2048
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2048, c0, x0, 0xffffffff)
    CHECK_EQ_T(2048, f, x3, 0x30000000)
test_2049:
    mov x19, 2049
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2049, c0, x0, 0xffffffff)
    CHECK_EQ_T(2049, f, x3, 0x30000000)
test_2050:
    mov x19, 2050
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2050, c0, x0, 0xffffffff)
    CHECK_EQ_T(2050, f, x3, 0x30000000)
test_2051:
    mov x19, 2051
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2051, c0, x0, 0xffffffff)
    CHECK_EQ_T(2051, f, x3, 0x30000000)
test_2052:
    mov x19, 2052
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2052, c0, x0, 0xffffffff)
    CHECK_EQ_T(2052, f, x3, 0x30000000)
test_2053:
    mov x19, 2053
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2053, c0, x0, 0xffffffff)
    CHECK_EQ_T(2053, f, x3, 0x30000000)
test_2054:
    mov x19, 2054
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2054, c0, x0, 0xffffffff)
    CHECK_EQ_T(2054, f, x3, 0x30000000)
test_2055:
    mov x19, 2055
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orr w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2055, c0, x0, 0xffffffff)
    CHECK_EQ_T(2055, f, x3, 0x30000000)
test_2056:
    mov x19, 2056
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2056, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2056, f, x3, 0x30000000)
test_2057:
    mov x19, 2057
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2057, c0, x0, 0xffffffef)
    CHECK_EQ_T(2057, f, x3, 0x30000000)
test_2058:
    mov x19, 2058
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2058, c0, x0, 0xffffffff)
    CHECK_EQ_T(2058, f, x3, 0x30000000)
test_2059:
    mov x19, 2059
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2059, c0, x0, 0xffffffff)
    CHECK_EQ_T(2059, f, x3, 0x30000000)
test_2060:
    mov x19, 2060
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2060, c0, x0, 0x7fffffff)
    CHECK_EQ_T(2060, f, x3, 0x30000000)
test_2061:
    mov x19, 2061
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2061, c0, x0, 0xfffffffd)
    CHECK_EQ_T(2061, f, x3, 0x30000000)
test_2062:
    mov x19, 2062
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2062, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2062, f, x3, 0x30000000)
test_2063:
    mov x19, 2063
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eor w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2063, c0, x0, 0xffffffff)
    CHECK_EQ_T(2063, f, x3, 0x30000000)
test_2064:
    mov x19, 2064
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2064, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2064, f, x3, 0x30000000)
test_2065:
    mov x19, 2065
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2065, c0, x0, 0xffffffef)
    CHECK_EQ_T(2065, f, x3, 0x30000000)
test_2066:
    mov x19, 2066
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2066, c0, x0, 0xffffffff)
    CHECK_EQ_T(2066, f, x3, 0x30000000)
test_2067:
    mov x19, 2067
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2067, c0, x0, 0xffffffff)
    CHECK_EQ_T(2067, f, x3, 0x30000000)
test_2068:
    mov x19, 2068
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2068, c0, x0, 0x7fffffff)
    CHECK_EQ_T(2068, f, x3, 0x30000000)
test_2069:
    mov x19, 2069
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2069, c0, x0, 0xfffffffd)
    CHECK_EQ_T(2069, f, x3, 0x30000000)
test_2070:
    mov x19, 2070
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2070, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2070, f, x3, 0x30000000)
test_2071:
    mov x19, 2071
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bic w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2071, c0, x0, 0xffffffff)
    CHECK_EQ_T(2071, f, x3, 0x30000000)
test_2072:
    mov x19, 2072
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2072, c0, x0, 0xffffffff)
    CHECK_EQ_T(2072, f, x3, 0x30000000)
test_2073:
    mov x19, 2073
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2073, c0, x0, 0xffffffff)
    CHECK_EQ_T(2073, f, x3, 0x30000000)
test_2074:
    mov x19, 2074
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2074, c0, x0, 0xffffffff)
    CHECK_EQ_T(2074, f, x3, 0x30000000)
test_2075:
    mov x19, 2075
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2075, c0, x0, 0xffffffff)
    CHECK_EQ_T(2075, f, x3, 0x30000000)
test_2076:
    mov x19, 2076
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2076, c0, x0, 0xffffffff)
    CHECK_EQ_T(2076, f, x3, 0x30000000)
test_2077:
    mov x19, 2077
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2077, c0, x0, 0xffffffff)
    CHECK_EQ_T(2077, f, x3, 0x30000000)
test_2078:
    mov x19, 2078
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2078, c0, x0, 0xffffffff)
    CHECK_EQ_T(2078, f, x3, 0x30000000)
test_2079:
    mov x19, 2079
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    orn w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2079, c0, x0, 0xffffffff)
    CHECK_EQ_T(2079, f, x3, 0x30000000)
test_2080:
    mov x19, 2080
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2080, c0, x0, 0x1)
    CHECK_EQ_T(2080, f, x3, 0x30000000)
test_2081:
    mov x19, 2081
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2081, c0, x0, 0x10)
    CHECK_EQ_T(2081, f, x3, 0x30000000)
test_2082:
    mov x19, 2082
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2082, c0, x0, 0x0)
    CHECK_EQ_T(2082, f, x3, 0x30000000)
test_2083:
    mov x19, 2083
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2083, c0, x0, 0x0)
    CHECK_EQ_T(2083, f, x3, 0x30000000)
test_2084:
    mov x19, 2084
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2084, c0, x0, 0x80000000)
    CHECK_EQ_T(2084, f, x3, 0x30000000)
test_2085:
    mov x19, 2085
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2085, c0, x0, 0x2)
    CHECK_EQ_T(2085, f, x3, 0x30000000)
test_2086:
    mov x19, 2086
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2086, c0, x0, 0x1)
    CHECK_EQ_T(2086, f, x3, 0x30000000)
test_2087:
    mov x19, 2087
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    eon w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2087, c0, x0, 0x0)
    CHECK_EQ_T(2087, f, x3, 0x30000000)
test_2088:
    mov x19, 2088
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2088, c0, x0, 0x1)
    CHECK_EQ_T(2088, f, x3, 0x0)
test_2089:
    mov x19, 2089
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2089, c0, x0, 0x10)
    CHECK_EQ_T(2089, f, x3, 0x0)
test_2090:
    mov x19, 2090
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2090, c0, x0, 0x0)
    CHECK_EQ_T(2090, f, x3, 0x40000000)
test_2091:
    mov x19, 2091
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2091, c0, x0, 0x0)
    CHECK_EQ_T(2091, f, x3, 0x40000000)
test_2092:
    mov x19, 2092
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2092, c0, x0, 0x80000000)
    CHECK_EQ_T(2092, f, x3, 0x80000000)
test_2093:
    mov x19, 2093
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2093, c0, x0, 0x2)
    CHECK_EQ_T(2093, f, x3, 0x0)
test_2094:
    mov x19, 2094
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2094, c0, x0, 0x1)
    CHECK_EQ_T(2094, f, x3, 0x0)
test_2095:
    mov x19, 2095
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    ands w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2095, c0, x0, 0x0)
    CHECK_EQ_T(2095, f, x3, 0x40000000)
test_2096:
    mov x19, 2096
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2096, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2096, f, x3, 0x80000000)
test_2097:
    mov x19, 2097
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2097, c0, x0, 0xffffffef)
    CHECK_EQ_T(2097, f, x3, 0x80000000)
test_2098:
    mov x19, 2098
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2098, c0, x0, 0xffffffff)
    CHECK_EQ_T(2098, f, x3, 0x80000000)
test_2099:
    mov x19, 2099
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2099, c0, x0, 0xffffffff)
    CHECK_EQ_T(2099, f, x3, 0x80000000)
test_2100:
    mov x19, 2100
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2100, c0, x0, 0x7fffffff)
    CHECK_EQ_T(2100, f, x3, 0x0)
test_2101:
    mov x19, 2101
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2101, c0, x0, 0xfffffffd)
    CHECK_EQ_T(2101, f, x3, 0x80000000)
test_2102:
    mov x19, 2102
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2102, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2102, f, x3, 0x80000000)
test_2103:
    mov x19, 2103
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    bics w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2103, c0, x0, 0xffffffff)
    CHECK_EQ_T(2103, f, x3, 0x80000000)
test_2104:
    mov x19, 2104
    ldr x2, =0x1
    mvn w0, w2, ror 3
    CHECK_EQ_T(2104, c0, x0, 0xdfffffff)
test_2105:
    mov x19, 2105
    ldr x2, =0x1
    mov w0, w2
    CHECK_EQ_T(2105, c0, x0, 0x1)
test_2106:
    mov x19, 2106
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x7fffffffffffffff
    ldr x2, =0x1
    tst w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(2106, c0, x1, 0x7fffffffffffffff)
    CHECK_EQ_T(2106, f, x3, 0x0)
test_2107:
    mov x19, 2107
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2107, c0, x0, 0x0)
    CHECK_EQ_T(2107, f, x3, 0x30000000)
test_2108:
    mov x19, 2108
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2108, c0, x0, 0x0)
    CHECK_EQ_T(2108, f, x3, 0x30000000)
test_2109:
    mov x19, 2109
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2109, c0, x0, 0x0)
    CHECK_EQ_T(2109, f, x3, 0x30000000)
test_2110:
    mov x19, 2110
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2110, c0, x0, 0x0)
    CHECK_EQ_T(2110, f, x3, 0x30000000)
test_2111:
    mov x19, 2111
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2111, c0, x0, 0x0)
    CHECK_EQ_T(2111, f, x3, 0x30000000)
test_2112:
    mov x19, 2112
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2112, c0, x0, 0x0)
    CHECK_EQ_T(2112, f, x3, 0x30000000)
test_2113:
    mov x19, 2113
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2113, c0, x0, 0x0)
    CHECK_EQ_T(2113, f, x3, 0x30000000)
test_2114:
    mov x19, 2114
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2114, c0, x0, 0x0)
    CHECK_EQ_T(2114, f, x3, 0x30000000)
test_2115:
    mov x19, 2115
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2115, c0, x0, 0xffffffff)
    CHECK_EQ_T(2115, f, x3, 0x30000000)
test_2116:
    mov x19, 2116
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2116, c0, x0, 0xfffffff0)
    CHECK_EQ_T(2116, f, x3, 0x30000000)
test_2117:
    mov x19, 2117
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2117, c0, x0, 0x7ffffff)
    CHECK_EQ_T(2117, f, x3, 0x30000000)
test_2118:
    mov x19, 2118
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2118, c0, x0, 0xffffffff)
    CHECK_EQ_T(2118, f, x3, 0x30000000)
test_2119:
    mov x19, 2119
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2119, c0, x0, 0xffffffff)
    CHECK_EQ_T(2119, f, x3, 0x30000000)
test_2120:
    mov x19, 2120
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2120, c0, x0, 0xffffffff)
    CHECK_EQ_T(2120, f, x3, 0x30000000)
test_2121:
    mov x19, 2121
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2121, c0, x0, 0xffffffff)
    CHECK_EQ_T(2121, f, x3, 0x30000000)
test_2122:
    mov x19, 2122
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2122, c0, x0, 0x1)
    CHECK_EQ_T(2122, f, x3, 0x30000000)
test_2123:
    mov x19, 2123
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2123, c0, x0, 0xffffffff)
    CHECK_EQ_T(2123, f, x3, 0x30000000)
test_2124:
    mov x19, 2124
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2124, c0, x0, 0xfffffff0)
    CHECK_EQ_T(2124, f, x3, 0x30000000)
test_2125:
    mov x19, 2125
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2125, c0, x0, 0x7ffffff)
    CHECK_EQ_T(2125, f, x3, 0x30000000)
test_2126:
    mov x19, 2126
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2126, c0, x0, 0xffffffff)
    CHECK_EQ_T(2126, f, x3, 0x30000000)
test_2127:
    mov x19, 2127
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2127, c0, x0, 0xffffffff)
    CHECK_EQ_T(2127, f, x3, 0x30000000)
test_2128:
    mov x19, 2128
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2128, c0, x0, 0xffffffff)
    CHECK_EQ_T(2128, f, x3, 0x30000000)
test_2129:
    mov x19, 2129
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2129, c0, x0, 0xffffffff)
    CHECK_EQ_T(2129, f, x3, 0x30000000)
test_2130:
    mov x19, 2130
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2130, c0, x0, 0x1)
    CHECK_EQ_T(2130, f, x3, 0x30000000)
test_2131:
    mov x19, 2131
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2131, c0, x0, 0x0)
    CHECK_EQ_T(2131, f, x3, 0x30000000)
test_2132:
    mov x19, 2132
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2132, c0, x0, 0x0)
    CHECK_EQ_T(2132, f, x3, 0x30000000)
test_2133:
    mov x19, 2133
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2133, c0, x0, 0x0)
    CHECK_EQ_T(2133, f, x3, 0x30000000)
test_2134:
    mov x19, 2134
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2134, c0, x0, 0x0)
    CHECK_EQ_T(2134, f, x3, 0x30000000)
test_2135:
    mov x19, 2135
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2135, c0, x0, 0x0)
    CHECK_EQ_T(2135, f, x3, 0x30000000)
test_2136:
    mov x19, 2136
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2136, c0, x0, 0x0)
    CHECK_EQ_T(2136, f, x3, 0x30000000)
test_2137:
    mov x19, 2137
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2137, c0, x0, 0x0)
    CHECK_EQ_T(2137, f, x3, 0x30000000)
test_2138:
    mov x19, 2138
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2138, c0, x0, 0x0)
    CHECK_EQ_T(2138, f, x3, 0x30000000)
test_2139:
    mov x19, 2139
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2139, c0, x0, 0x0)
    CHECK_EQ_T(2139, f, x3, 0x30000000)
test_2140:
    mov x19, 2140
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2140, c0, x0, 0xf)
    CHECK_EQ_T(2140, f, x3, 0x30000000)
test_2141:
    mov x19, 2141
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2141, c0, x0, 0xf8000000)
    CHECK_EQ_T(2141, f, x3, 0x30000000)
test_2142:
    mov x19, 2142
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2142, c0, x0, 0x0)
    CHECK_EQ_T(2142, f, x3, 0x30000000)
test_2143:
    mov x19, 2143
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2143, c0, x0, 0x0)
    CHECK_EQ_T(2143, f, x3, 0x30000000)
test_2144:
    mov x19, 2144
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2144, c0, x0, 0x0)
    CHECK_EQ_T(2144, f, x3, 0x30000000)
test_2145:
    mov x19, 2145
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2145, c0, x0, 0x0)
    CHECK_EQ_T(2145, f, x3, 0x30000000)
test_2146:
    mov x19, 2146
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2146, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2146, f, x3, 0x30000000)
test_2147:
    mov x19, 2147
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2147, c0, x0, 0x0)
    CHECK_EQ_T(2147, f, x3, 0x30000000)
test_2148:
    mov x19, 2148
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2148, c0, x0, 0xf)
    CHECK_EQ_T(2148, f, x3, 0x30000000)
test_2149:
    mov x19, 2149
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2149, c0, x0, 0xf8000000)
    CHECK_EQ_T(2149, f, x3, 0x30000000)
test_2150:
    mov x19, 2150
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2150, c0, x0, 0x0)
    CHECK_EQ_T(2150, f, x3, 0x30000000)
test_2151:
    mov x19, 2151
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2151, c0, x0, 0x0)
    CHECK_EQ_T(2151, f, x3, 0x30000000)
test_2152:
    mov x19, 2152
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2152, c0, x0, 0x0)
    CHECK_EQ_T(2152, f, x3, 0x30000000)
test_2153:
    mov x19, 2153
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2153, c0, x0, 0x0)
    CHECK_EQ_T(2153, f, x3, 0x30000000)
test_2154:
    mov x19, 2154
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2154, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2154, f, x3, 0x30000000)
test_2155:
    mov x19, 2155
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2155, c0, x0, 0x0)
    CHECK_EQ_T(2155, f, x3, 0x40000000)
test_2156:
    mov x19, 2156
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2156, c0, x0, 0x0)
    CHECK_EQ_T(2156, f, x3, 0x40000000)
test_2157:
    mov x19, 2157
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2157, c0, x0, 0x0)
    CHECK_EQ_T(2157, f, x3, 0x40000000)
test_2158:
    mov x19, 2158
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2158, c0, x0, 0x0)
    CHECK_EQ_T(2158, f, x3, 0x40000000)
test_2159:
    mov x19, 2159
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2159, c0, x0, 0x0)
    CHECK_EQ_T(2159, f, x3, 0x40000000)
test_2160:
    mov x19, 2160
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2160, c0, x0, 0x0)
    CHECK_EQ_T(2160, f, x3, 0x40000000)
test_2161:
    mov x19, 2161
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2161, c0, x0, 0x0)
    CHECK_EQ_T(2161, f, x3, 0x40000000)
test_2162:
    mov x19, 2162
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2162, c0, x0, 0x0)
    CHECK_EQ_T(2162, f, x3, 0x40000000)
test_2163:
    mov x19, 2163
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2163, c0, x0, 0x0)
    CHECK_EQ_T(2163, f, x3, 0x40000000)
test_2164:
    mov x19, 2164
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2164, c0, x0, 0x0)
    CHECK_EQ_T(2164, f, x3, 0x40000000)
test_2165:
    mov x19, 2165
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2165, c0, x0, 0x0)
    CHECK_EQ_T(2165, f, x3, 0x40000000)
test_2166:
    mov x19, 2166
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2166, c0, x0, 0x0)
    CHECK_EQ_T(2166, f, x3, 0x40000000)
test_2167:
    mov x19, 2167
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2167, c0, x0, 0x0)
    CHECK_EQ_T(2167, f, x3, 0x40000000)
test_2168:
    mov x19, 2168
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2168, c0, x0, 0x0)
    CHECK_EQ_T(2168, f, x3, 0x40000000)
test_2169:
    mov x19, 2169
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2169, c0, x0, 0x0)
    CHECK_EQ_T(2169, f, x3, 0x40000000)
test_2170:
    mov x19, 2170
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2170, c0, x0, 0x0)
    CHECK_EQ_T(2170, f, x3, 0x40000000)
test_2171:
    mov x19, 2171
    ldr x2, =0xffffffffffffffff
    mvn w0, w2, ror 3
    CHECK_EQ_T(2171, c0, x0, 0x0)
test_2172:
    mov x19, 2172
    ldr x2, =0xffffffffffffffff
    mov w0, w2
    CHECK_EQ_T(2172, c0, x0, 0xffffffff)
test_2173:
    mov x19, 2173
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0xffffffffffffffff
    tst w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(2173, c0, x1, 0x8000000000000000)
    CHECK_EQ_T(2173, f, x3, 0x40000000)
test_2174:
    mov x19, 2174
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2174, c0, x0, 0xffffffff)
    CHECK_EQ_T(2174, f, x3, 0x30000000)
test_2175:
    mov x19, 2175
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2175, c0, x0, 0xfffffff0)
    CHECK_EQ_T(2175, f, x3, 0x30000000)
test_2176:
    mov x19, 2176
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2176, c0, x0, 0x7ffffff)
    CHECK_EQ_T(2176, f, x3, 0x30000000)
test_2177:
    mov x19, 2177
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2177, c0, x0, 0xffffffff)
    CHECK_EQ_T(2177, f, x3, 0x30000000)
test_2178:
    mov x19, 2178
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2178, c0, x0, 0xffffffff)
    CHECK_EQ_T(2178, f, x3, 0x30000000)
test_2179:
    mov x19, 2179
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2179, c0, x0, 0xffffffff)
    CHECK_EQ_T(2179, f, x3, 0x30000000)
test_2180:
    mov x19, 2180
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2180, c0, x0, 0xffffffff)
    CHECK_EQ_T(2180, f, x3, 0x30000000)
test_2181:
    mov x19, 2181
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    and w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2181, c0, x0, 0x1)
    CHECK_EQ_T(2181, f, x3, 0x30000000)
test_2182:
    mov x19, 2182
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2182, c0, x0, 0xffffffff)
    CHECK_EQ_T(2182, f, x3, 0x30000000)
test_2183:
    mov x19, 2183
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2183, c0, x0, 0xffffffff)
    CHECK_EQ_T(2183, f, x3, 0x30000000)
test_2184:
    mov x19, 2184
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2184, c0, x0, 0xffffffff)
    CHECK_EQ_T(2184, f, x3, 0x30000000)
test_2185:
    mov x19, 2185
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2185, c0, x0, 0xffffffff)
    CHECK_EQ_T(2185, f, x3, 0x30000000)
test_2186:
    mov x19, 2186
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2186, c0, x0, 0xffffffff)
    CHECK_EQ_T(2186, f, x3, 0x30000000)
test_2187:
    mov x19, 2187
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2187, c0, x0, 0xffffffff)
    CHECK_EQ_T(2187, f, x3, 0x30000000)
test_2188:
    mov x19, 2188
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2188, c0, x0, 0xffffffff)
    CHECK_EQ_T(2188, f, x3, 0x30000000)
test_2189:
    mov x19, 2189
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orr w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2189, c0, x0, 0xffffffff)
    CHECK_EQ_T(2189, f, x3, 0x30000000)
test_2190:
    mov x19, 2190
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2190, c0, x0, 0x0)
    CHECK_EQ_T(2190, f, x3, 0x30000000)
test_2191:
    mov x19, 2191
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2191, c0, x0, 0xf)
    CHECK_EQ_T(2191, f, x3, 0x30000000)
test_2192:
    mov x19, 2192
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2192, c0, x0, 0xf8000000)
    CHECK_EQ_T(2192, f, x3, 0x30000000)
test_2193:
    mov x19, 2193
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2193, c0, x0, 0x0)
    CHECK_EQ_T(2193, f, x3, 0x30000000)
test_2194:
    mov x19, 2194
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2194, c0, x0, 0x0)
    CHECK_EQ_T(2194, f, x3, 0x30000000)
test_2195:
    mov x19, 2195
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2195, c0, x0, 0x0)
    CHECK_EQ_T(2195, f, x3, 0x30000000)
test_2196:
    mov x19, 2196
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2196, c0, x0, 0x0)
    CHECK_EQ_T(2196, f, x3, 0x30000000)
test_2197:
    mov x19, 2197
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eor w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2197, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2197, f, x3, 0x30000000)
test_2198:
    mov x19, 2198
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2198, c0, x0, 0x0)
    CHECK_EQ_T(2198, f, x3, 0x30000000)
test_2199:
    mov x19, 2199
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2199, c0, x0, 0xf)
    CHECK_EQ_T(2199, f, x3, 0x30000000)
test_2200:
    mov x19, 2200
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2200, c0, x0, 0xf8000000)
    CHECK_EQ_T(2200, f, x3, 0x30000000)
test_2201:
    mov x19, 2201
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2201, c0, x0, 0x0)
    CHECK_EQ_T(2201, f, x3, 0x30000000)
test_2202:
    mov x19, 2202
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2202, c0, x0, 0x0)
    CHECK_EQ_T(2202, f, x3, 0x30000000)
test_2203:
    mov x19, 2203
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2203, c0, x0, 0x0)
    CHECK_EQ_T(2203, f, x3, 0x30000000)
test_2204:
    mov x19, 2204
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2204, c0, x0, 0x0)
    CHECK_EQ_T(2204, f, x3, 0x30000000)
test_2205:
    mov x19, 2205
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bic w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2205, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2205, f, x3, 0x30000000)
test_2206:
    mov x19, 2206
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2206, c0, x0, 0xffffffff)
    CHECK_EQ_T(2206, f, x3, 0x30000000)
test_2207:
    mov x19, 2207
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2207, c0, x0, 0xffffffff)
    CHECK_EQ_T(2207, f, x3, 0x30000000)
test_2208:
    mov x19, 2208
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2208, c0, x0, 0xffffffff)
    CHECK_EQ_T(2208, f, x3, 0x30000000)
test_2209:
    mov x19, 2209
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2209, c0, x0, 0xffffffff)
    CHECK_EQ_T(2209, f, x3, 0x30000000)
test_2210:
    mov x19, 2210
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2210, c0, x0, 0xffffffff)
    CHECK_EQ_T(2210, f, x3, 0x30000000)
test_2211:
    mov x19, 2211
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2211, c0, x0, 0xffffffff)
    CHECK_EQ_T(2211, f, x3, 0x30000000)
test_2212:
    mov x19, 2212
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2212, c0, x0, 0xffffffff)
    CHECK_EQ_T(2212, f, x3, 0x30000000)
test_2213:
    mov x19, 2213
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    orn w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2213, c0, x0, 0xffffffff)
    CHECK_EQ_T(2213, f, x3, 0x30000000)
test_2214:
    mov x19, 2214
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2214, c0, x0, 0xffffffff)
    CHECK_EQ_T(2214, f, x3, 0x30000000)
test_2215:
    mov x19, 2215
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2215, c0, x0, 0xfffffff0)
    CHECK_EQ_T(2215, f, x3, 0x30000000)
test_2216:
    mov x19, 2216
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2216, c0, x0, 0x7ffffff)
    CHECK_EQ_T(2216, f, x3, 0x30000000)
test_2217:
    mov x19, 2217
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2217, c0, x0, 0xffffffff)
    CHECK_EQ_T(2217, f, x3, 0x30000000)
test_2218:
    mov x19, 2218
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2218, c0, x0, 0xffffffff)
    CHECK_EQ_T(2218, f, x3, 0x30000000)
test_2219:
    mov x19, 2219
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2219, c0, x0, 0xffffffff)
    CHECK_EQ_T(2219, f, x3, 0x30000000)
test_2220:
    mov x19, 2220
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2220, c0, x0, 0xffffffff)
    CHECK_EQ_T(2220, f, x3, 0x30000000)
test_2221:
    mov x19, 2221
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    eon w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2221, c0, x0, 0x1)
    CHECK_EQ_T(2221, f, x3, 0x30000000)
test_2222:
    mov x19, 2222
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2222, c0, x0, 0xffffffff)
    CHECK_EQ_T(2222, f, x3, 0x80000000)
test_2223:
    mov x19, 2223
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2223, c0, x0, 0xfffffff0)
    CHECK_EQ_T(2223, f, x3, 0x80000000)
test_2224:
    mov x19, 2224
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2224, c0, x0, 0x7ffffff)
    CHECK_EQ_T(2224, f, x3, 0x0)
test_2225:
    mov x19, 2225
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2225, c0, x0, 0xffffffff)
    CHECK_EQ_T(2225, f, x3, 0x80000000)
test_2226:
    mov x19, 2226
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2226, c0, x0, 0xffffffff)
    CHECK_EQ_T(2226, f, x3, 0x80000000)
test_2227:
    mov x19, 2227
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2227, c0, x0, 0xffffffff)
    CHECK_EQ_T(2227, f, x3, 0x80000000)
test_2228:
    mov x19, 2228
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2228, c0, x0, 0xffffffff)
    CHECK_EQ_T(2228, f, x3, 0x80000000)
test_2229:
    mov x19, 2229
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    ands w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2229, c0, x0, 0x1)
    CHECK_EQ_T(2229, f, x3, 0x0)
test_2230:
    mov x19, 2230
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2230, c0, x0, 0x0)
    CHECK_EQ_T(2230, f, x3, 0x40000000)
test_2231:
    mov x19, 2231
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2231, c0, x0, 0xf)
    CHECK_EQ_T(2231, f, x3, 0x0)
test_2232:
    mov x19, 2232
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2232, c0, x0, 0xf8000000)
    CHECK_EQ_T(2232, f, x3, 0x80000000)
test_2233:
    mov x19, 2233
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2233, c0, x0, 0x0)
    CHECK_EQ_T(2233, f, x3, 0x40000000)
test_2234:
    mov x19, 2234
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2234, c0, x0, 0x0)
    CHECK_EQ_T(2234, f, x3, 0x40000000)
test_2235:
    mov x19, 2235
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2235, c0, x0, 0x0)
    CHECK_EQ_T(2235, f, x3, 0x40000000)
test_2236:
    mov x19, 2236
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2236, c0, x0, 0x0)
    CHECK_EQ_T(2236, f, x3, 0x40000000)
test_2237:
    mov x19, 2237
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    bics w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2237, c0, x0, 0xfffffffe)
    CHECK_EQ_T(2237, f, x3, 0x80000000)
test_2238:
    mov x19, 2238
    ldr x2, =0xffffffffffffffff
    mvn w0, w2, ror 3
    CHECK_EQ_T(2238, c0, x0, 0x0)
test_2239:
    mov x19, 2239
    ldr x2, =0xffffffffffffffff
    mov w0, w2
    CHECK_EQ_T(2239, c0, x0, 0xffffffff)
test_2240:
    mov x19, 2240
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffffffffffff
    ldr x2, =0xffffffffffffffff
    tst w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(2240, c0, x1, 0xffffffffffffffff)
    CHECK_EQ_T(2240, f, x3, 0x80000000)
test_2241:
    mov x19, 2241
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2241, c0, x0, 0x5)
    CHECK_EQ_T(2241, f, x3, 0x30000000)
test_2242:
    mov x19, 2242
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2242, c0, x0, 0x0)
    CHECK_EQ_T(2242, f, x3, 0x30000000)
test_2243:
    mov x19, 2243
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2243, c0, x0, 0x0)
    CHECK_EQ_T(2243, f, x3, 0x30000000)
test_2244:
    mov x19, 2244
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2244, c0, x0, 0x0)
    CHECK_EQ_T(2244, f, x3, 0x30000000)
test_2245:
    mov x19, 2245
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2245, c0, x0, 0x1)
    CHECK_EQ_T(2245, f, x3, 0x30000000)
test_2246:
    mov x19, 2246
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2246, c0, x0, 0x4)
    CHECK_EQ_T(2246, f, x3, 0x30000000)
test_2247:
    mov x19, 2247
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2247, c0, x0, 0x5)
    CHECK_EQ_T(2247, f, x3, 0x30000000)
test_2248:
    mov x19, 2248
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    and w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2248, c0, x0, 0x0)
    CHECK_EQ_T(2248, f, x3, 0x30000000)
test_2249:
    mov x19, 2249
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2249, c0, x0, 0x7)
    CHECK_EQ_T(2249, f, x3, 0x30000000)
test_2250:
    mov x19, 2250
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2250, c0, x0, 0x75)
    CHECK_EQ_T(2250, f, x3, 0x30000000)
test_2251:
    mov x19, 2251
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2251, c0, x0, 0x5)
    CHECK_EQ_T(2251, f, x3, 0x30000000)
test_2252:
    mov x19, 2252
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2252, c0, x0, 0x5)
    CHECK_EQ_T(2252, f, x3, 0x30000000)
test_2253:
    mov x19, 2253
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2253, c0, x0, 0x80000007)
    CHECK_EQ_T(2253, f, x3, 0x30000000)
test_2254:
    mov x19, 2254
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2254, c0, x0, 0xf)
    CHECK_EQ_T(2254, f, x3, 0x30000000)
test_2255:
    mov x19, 2255
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2255, c0, x0, 0x7)
    CHECK_EQ_T(2255, f, x3, 0x30000000)
test_2256:
    mov x19, 2256
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orr w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2256, c0, x0, 0x5)
    CHECK_EQ_T(2256, f, x3, 0x30000000)
test_2257:
    mov x19, 2257
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2257, c0, x0, 0x2)
    CHECK_EQ_T(2257, f, x3, 0x30000000)
test_2258:
    mov x19, 2258
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2258, c0, x0, 0x75)
    CHECK_EQ_T(2258, f, x3, 0x30000000)
test_2259:
    mov x19, 2259
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2259, c0, x0, 0x5)
    CHECK_EQ_T(2259, f, x3, 0x30000000)
test_2260:
    mov x19, 2260
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2260, c0, x0, 0x5)
    CHECK_EQ_T(2260, f, x3, 0x30000000)
test_2261:
    mov x19, 2261
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2261, c0, x0, 0x80000006)
    CHECK_EQ_T(2261, f, x3, 0x30000000)
test_2262:
    mov x19, 2262
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2262, c0, x0, 0xb)
    CHECK_EQ_T(2262, f, x3, 0x30000000)
test_2263:
    mov x19, 2263
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2263, c0, x0, 0x2)
    CHECK_EQ_T(2263, f, x3, 0x30000000)
test_2264:
    mov x19, 2264
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eor w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2264, c0, x0, 0x5)
    CHECK_EQ_T(2264, f, x3, 0x30000000)
test_2265:
    mov x19, 2265
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2265, c0, x0, 0x0)
    CHECK_EQ_T(2265, f, x3, 0x30000000)
test_2266:
    mov x19, 2266
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2266, c0, x0, 0x5)
    CHECK_EQ_T(2266, f, x3, 0x30000000)
test_2267:
    mov x19, 2267
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2267, c0, x0, 0x5)
    CHECK_EQ_T(2267, f, x3, 0x30000000)
test_2268:
    mov x19, 2268
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2268, c0, x0, 0x5)
    CHECK_EQ_T(2268, f, x3, 0x30000000)
test_2269:
    mov x19, 2269
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2269, c0, x0, 0x4)
    CHECK_EQ_T(2269, f, x3, 0x30000000)
test_2270:
    mov x19, 2270
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2270, c0, x0, 0x1)
    CHECK_EQ_T(2270, f, x3, 0x30000000)
test_2271:
    mov x19, 2271
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2271, c0, x0, 0x0)
    CHECK_EQ_T(2271, f, x3, 0x30000000)
test_2272:
    mov x19, 2272
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bic w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2272, c0, x0, 0x5)
    CHECK_EQ_T(2272, f, x3, 0x30000000)
test_2273:
    mov x19, 2273
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2273, c0, x0, 0xfffffffd)
    CHECK_EQ_T(2273, f, x3, 0x30000000)
test_2274:
    mov x19, 2274
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2274, c0, x0, 0xffffff8f)
    CHECK_EQ_T(2274, f, x3, 0x30000000)
test_2275:
    mov x19, 2275
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2275, c0, x0, 0xffffffff)
    CHECK_EQ_T(2275, f, x3, 0x30000000)
test_2276:
    mov x19, 2276
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2276, c0, x0, 0xffffffff)
    CHECK_EQ_T(2276, f, x3, 0x30000000)
test_2277:
    mov x19, 2277
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2277, c0, x0, 0x7ffffffd)
    CHECK_EQ_T(2277, f, x3, 0x30000000)
test_2278:
    mov x19, 2278
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2278, c0, x0, 0xfffffff5)
    CHECK_EQ_T(2278, f, x3, 0x30000000)
test_2279:
    mov x19, 2279
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2279, c0, x0, 0xfffffffd)
    CHECK_EQ_T(2279, f, x3, 0x30000000)
test_2280:
    mov x19, 2280
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    orn w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2280, c0, x0, 0xffffffff)
    CHECK_EQ_T(2280, f, x3, 0x30000000)
test_2281:
    mov x19, 2281
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2281, c0, x0, 0xfffffffd)
    CHECK_EQ_T(2281, f, x3, 0x30000000)
test_2282:
    mov x19, 2282
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2282, c0, x0, 0xffffff8a)
    CHECK_EQ_T(2282, f, x3, 0x30000000)
test_2283:
    mov x19, 2283
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2283, c0, x0, 0xfffffffa)
    CHECK_EQ_T(2283, f, x3, 0x30000000)
test_2284:
    mov x19, 2284
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2284, c0, x0, 0xfffffffa)
    CHECK_EQ_T(2284, f, x3, 0x30000000)
test_2285:
    mov x19, 2285
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2285, c0, x0, 0x7ffffff9)
    CHECK_EQ_T(2285, f, x3, 0x30000000)
test_2286:
    mov x19, 2286
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2286, c0, x0, 0xfffffff4)
    CHECK_EQ_T(2286, f, x3, 0x30000000)
test_2287:
    mov x19, 2287
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2287, c0, x0, 0xfffffffd)
    CHECK_EQ_T(2287, f, x3, 0x30000000)
test_2288:
    mov x19, 2288
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    eon w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2288, c0, x0, 0xfffffffa)
    CHECK_EQ_T(2288, f, x3, 0x30000000)
test_2289:
    mov x19, 2289
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2289, c0, x0, 0x5)
    CHECK_EQ_T(2289, f, x3, 0x0)
test_2290:
    mov x19, 2290
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2290, c0, x0, 0x0)
    CHECK_EQ_T(2290, f, x3, 0x40000000)
test_2291:
    mov x19, 2291
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2291, c0, x0, 0x0)
    CHECK_EQ_T(2291, f, x3, 0x40000000)
test_2292:
    mov x19, 2292
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2292, c0, x0, 0x0)
    CHECK_EQ_T(2292, f, x3, 0x40000000)
test_2293:
    mov x19, 2293
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2293, c0, x0, 0x1)
    CHECK_EQ_T(2293, f, x3, 0x0)
test_2294:
    mov x19, 2294
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2294, c0, x0, 0x4)
    CHECK_EQ_T(2294, f, x3, 0x0)
test_2295:
    mov x19, 2295
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2295, c0, x0, 0x5)
    CHECK_EQ_T(2295, f, x3, 0x0)
test_2296:
    mov x19, 2296
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    ands w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2296, c0, x0, 0x0)
    CHECK_EQ_T(2296, f, x3, 0x40000000)
test_2297:
    mov x19, 2297
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2297, c0, x0, 0x0)
    CHECK_EQ_T(2297, f, x3, 0x40000000)
test_2298:
    mov x19, 2298
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2298, c0, x0, 0x5)
    CHECK_EQ_T(2298, f, x3, 0x0)
test_2299:
    mov x19, 2299
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2299, c0, x0, 0x5)
    CHECK_EQ_T(2299, f, x3, 0x0)
test_2300:
    mov x19, 2300
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2300, c0, x0, 0x5)
    CHECK_EQ_T(2300, f, x3, 0x0)
test_2301:
    mov x19, 2301
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2301, c0, x0, 0x4)
    CHECK_EQ_T(2301, f, x3, 0x0)
test_2302:
    mov x19, 2302
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2302, c0, x0, 0x1)
    CHECK_EQ_T(2302, f, x3, 0x0)
test_2303:
    mov x19, 2303
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2303, c0, x0, 0x0)
    CHECK_EQ_T(2303, f, x3, 0x40000000)
test_2304:
    mov x19, 2304
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    bics w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2304, c0, x0, 0x5)
    CHECK_EQ_T(2304, f, x3, 0x0)
test_2305:
    mov x19, 2305
    ldr x2, =0x7
    mvn w0, w2, ror 3
    CHECK_EQ_T(2305, c0, x0, 0x1fffffff)
test_2306:
    mov x19, 2306
    ldr x2, =0x7
    mov w0, w2
    CHECK_EQ_T(2306, c0, x0, 0x7)
test_2307:
    mov x19, 2307
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x5
    ldr x2, =0x7
    tst w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(2307, c0, x1, 0x5)
    CHECK_EQ_T(2307, f, x3, 0x0)
test_2308:
    mov x19, 2308
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2308, c0, x0, 0x12141210)
    CHECK_EQ_T(2308, f, x3, 0x30000000)
test_2309:
    mov x19, 2309
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2309, c0, x0, 0x0)
    CHECK_EQ_T(2309, f, x3, 0x30000000)
test_2310:
    mov x19, 2310
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2310, c0, x0, 0x2b08090)
    CHECK_EQ_T(2310, f, x3, 0x30000000)
test_2311:
    mov x19, 2311
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2311, c0, x0, 0x0)
    CHECK_EQ_T(2311, f, x3, 0x30000000)
test_2312:
    mov x19, 2312
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2312, c0, x0, 0x1a281800)
    CHECK_EQ_T(2312, f, x3, 0x30000000)
test_2313:
    mov x19, 2313
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2313, c0, x0, 0x88a84420)
    CHECK_EQ_T(2313, f, x3, 0x30000000)
test_2314:
    mov x19, 2314
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2314, c0, x0, 0x12141210)
    CHECK_EQ_T(2314, f, x3, 0x30000000)
test_2315:
    mov x19, 2315
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    and w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2315, c0, x0, 0x0)
    CHECK_EQ_T(2315, f, x3, 0x30000000)
test_2316:
    mov x19, 2316
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2316, c0, x0, 0xfefcfef0)
    CHECK_EQ_T(2316, f, x3, 0x30000000)
test_2317:
    mov x19, 2317
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2317, c0, x0, 0xfffffff0)
    CHECK_EQ_T(2317, f, x3, 0x30000000)
test_2318:
    mov x19, 2318
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2318, c0, x0, 0x9bbefff0)
    CHECK_EQ_T(2318, f, x3, 0x30000000)
test_2319:
    mov x19, 2319
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2319, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(2319, f, x3, 0x30000000)
test_2320:
    mov x19, 2320
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2320, c0, x0, 0xbbbedff8)
    CHECK_EQ_T(2320, f, x3, 0x30000000)
test_2321:
    mov x19, 2321
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2321, c0, x0, 0xfebcfef0)
    CHECK_EQ_T(2321, f, x3, 0x30000000)
test_2322:
    mov x19, 2322
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2322, c0, x0, 0xfefcfef0)
    CHECK_EQ_T(2322, f, x3, 0x30000000)
test_2323:
    mov x19, 2323
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orr w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2323, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(2323, f, x3, 0x30000000)
test_2324:
    mov x19, 2324
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2324, c0, x0, 0xece8ece0)
    CHECK_EQ_T(2324, f, x3, 0x30000000)
test_2325:
    mov x19, 2325
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2325, c0, x0, 0xfffffff0)
    CHECK_EQ_T(2325, f, x3, 0x30000000)
test_2326:
    mov x19, 2326
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2326, c0, x0, 0x990e7f60)
    CHECK_EQ_T(2326, f, x3, 0x30000000)
test_2327:
    mov x19, 2327
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2327, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(2327, f, x3, 0x30000000)
test_2328:
    mov x19, 2328
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2328, c0, x0, 0xa196c7f8)
    CHECK_EQ_T(2328, f, x3, 0x30000000)
test_2329:
    mov x19, 2329
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2329, c0, x0, 0x7614bad0)
    CHECK_EQ_T(2329, f, x3, 0x30000000)
test_2330:
    mov x19, 2330
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2330, c0, x0, 0xece8ece0)
    CHECK_EQ_T(2330, f, x3, 0x30000000)
test_2331:
    mov x19, 2331
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eor w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2331, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(2331, f, x3, 0x30000000)
test_2332:
    mov x19, 2332
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2332, c0, x0, 0x88a8cce0)
    CHECK_EQ_T(2332, f, x3, 0x30000000)
test_2333:
    mov x19, 2333
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2333, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(2333, f, x3, 0x30000000)
test_2334:
    mov x19, 2334
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2334, c0, x0, 0x980c5e60)
    CHECK_EQ_T(2334, f, x3, 0x30000000)
test_2335:
    mov x19, 2335
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2335, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(2335, f, x3, 0x30000000)
test_2336:
    mov x19, 2336
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2336, c0, x0, 0x8094c6f0)
    CHECK_EQ_T(2336, f, x3, 0x30000000)
test_2337:
    mov x19, 2337
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2337, c0, x0, 0x12149ad0)
    CHECK_EQ_T(2337, f, x3, 0x30000000)
test_2338:
    mov x19, 2338
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2338, c0, x0, 0x88a8cce0)
    CHECK_EQ_T(2338, f, x3, 0x30000000)
test_2339:
    mov x19, 2339
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bic w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2339, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(2339, f, x3, 0x30000000)
test_2340:
    mov x19, 2340
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2340, c0, x0, 0x9bbfdfff)
    CHECK_EQ_T(2340, f, x3, 0x30000000)
test_2341:
    mov x19, 2341
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2341, c0, x0, 0x9abcdeff)
    CHECK_EQ_T(2341, f, x3, 0x30000000)
test_2342:
    mov x19, 2342
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2342, c0, x0, 0xfefddeff)
    CHECK_EQ_T(2342, f, x3, 0x30000000)
test_2343:
    mov x19, 2343
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2343, c0, x0, 0xffffffff)
    CHECK_EQ_T(2343, f, x3, 0x30000000)
test_2344:
    mov x19, 2344
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2344, c0, x0, 0xdefdfef7)
    CHECK_EQ_T(2344, f, x3, 0x30000000)
test_2345:
    mov x19, 2345
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2345, c0, x0, 0x9bffdfff)
    CHECK_EQ_T(2345, f, x3, 0x30000000)
test_2346:
    mov x19, 2346
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2346, c0, x0, 0x9bbfdfff)
    CHECK_EQ_T(2346, f, x3, 0x30000000)
test_2347:
    mov x19, 2347
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    orn w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2347, c0, x0, 0xffffffff)
    CHECK_EQ_T(2347, f, x3, 0x30000000)
test_2348:
    mov x19, 2348
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2348, c0, x0, 0x1317131f)
    CHECK_EQ_T(2348, f, x3, 0x30000000)
test_2349:
    mov x19, 2349
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2349, c0, x0, 0xf)
    CHECK_EQ_T(2349, f, x3, 0x30000000)
test_2350:
    mov x19, 2350
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2350, c0, x0, 0x66f1809f)
    CHECK_EQ_T(2350, f, x3, 0x30000000)
test_2351:
    mov x19, 2351
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2351, c0, x0, 0x6543210f)
    CHECK_EQ_T(2351, f, x3, 0x30000000)
test_2352:
    mov x19, 2352
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2352, c0, x0, 0x5e693807)
    CHECK_EQ_T(2352, f, x3, 0x30000000)
test_2353:
    mov x19, 2353
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2353, c0, x0, 0x89eb452f)
    CHECK_EQ_T(2353, f, x3, 0x30000000)
test_2354:
    mov x19, 2354
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2354, c0, x0, 0x1317131f)
    CHECK_EQ_T(2354, f, x3, 0x30000000)
test_2355:
    mov x19, 2355
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    eon w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2355, c0, x0, 0x6543210f)
    CHECK_EQ_T(2355, f, x3, 0x30000000)
test_2356:
    mov x19, 2356
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2356, c0, x0, 0x12141210)
    CHECK_EQ_T(2356, f, x3, 0x0)
test_2357:
    mov x19, 2357
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2357, c0, x0, 0x0)
    CHECK_EQ_T(2357, f, x3, 0x40000000)
test_2358:
    mov x19, 2358
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2358, c0, x0, 0x2b08090)
    CHECK_EQ_T(2358, f, x3, 0x0)
test_2359:
    mov x19, 2359
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2359, c0, x0, 0x0)
    CHECK_EQ_T(2359, f, x3, 0x40000000)
test_2360:
    mov x19, 2360
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2360, c0, x0, 0x1a281800)
    CHECK_EQ_T(2360, f, x3, 0x0)
test_2361:
    mov x19, 2361
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2361, c0, x0, 0x88a84420)
    CHECK_EQ_T(2361, f, x3, 0x80000000)
test_2362:
    mov x19, 2362
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2362, c0, x0, 0x12141210)
    CHECK_EQ_T(2362, f, x3, 0x0)
test_2363:
    mov x19, 2363
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    ands w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2363, c0, x0, 0x0)
    CHECK_EQ_T(2363, f, x3, 0x40000000)
test_2364:
    mov x19, 2364
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2364, c0, x0, 0x88a8cce0)
    CHECK_EQ_T(2364, f, x3, 0x80000000)
test_2365:
    mov x19, 2365
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2365, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(2365, f, x3, 0x80000000)
test_2366:
    mov x19, 2366
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2366, c0, x0, 0x980c5e60)
    CHECK_EQ_T(2366, f, x3, 0x80000000)
test_2367:
    mov x19, 2367
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2367, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(2367, f, x3, 0x80000000)
test_2368:
    mov x19, 2368
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2368, c0, x0, 0x8094c6f0)
    CHECK_EQ_T(2368, f, x3, 0x80000000)
test_2369:
    mov x19, 2369
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2369, c0, x0, 0x12149ad0)
    CHECK_EQ_T(2369, f, x3, 0x0)
test_2370:
    mov x19, 2370
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2370, c0, x0, 0x88a8cce0)
    CHECK_EQ_T(2370, f, x3, 0x80000000)
test_2371:
    mov x19, 2371
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    bics w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2371, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(2371, f, x3, 0x80000000)
test_2372:
    mov x19, 2372
    ldr x2, =0xfedcba9876543210
    mvn w0, w2, ror 3
    CHECK_EQ_T(2372, c0, x0, 0xf13579bd)
test_2373:
    mov x19, 2373
    ldr x2, =0xfedcba9876543210
    mov w0, w2
    CHECK_EQ_T(2373, c0, x0, 0x76543210)
test_2374:
    mov x19, 2374
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ldr x2, =0xfedcba9876543210
    tst w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(2374, c0, x1, 0x123456789abcdef0)
    CHECK_EQ_T(2374, f, x3, 0x0)
test_2375:
    mov x19, 2375
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2375, c0, x0, 0x0)
    CHECK_EQ_T(2375, f, x3, 0x30000000)
test_2376:
    mov x19, 2376
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2376, c0, x0, 0x0)
    CHECK_EQ_T(2376, f, x3, 0x30000000)
test_2377:
    mov x19, 2377
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2377, c0, x0, 0x0)
    CHECK_EQ_T(2377, f, x3, 0x30000000)
test_2378:
    mov x19, 2378
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2378, c0, x0, 0x0)
    CHECK_EQ_T(2378, f, x3, 0x30000000)
test_2379:
    mov x19, 2379
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2379, c0, x0, 0x0)
    CHECK_EQ_T(2379, f, x3, 0x30000000)
test_2380:
    mov x19, 2380
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2380, c0, x0, 0x0)
    CHECK_EQ_T(2380, f, x3, 0x30000000)
test_2381:
    mov x19, 2381
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2381, c0, x0, 0x0)
    CHECK_EQ_T(2381, f, x3, 0x30000000)
test_2382:
    mov x19, 2382
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    and w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2382, c0, x0, 0x0)
    CHECK_EQ_T(2382, f, x3, 0x30000000)
test_2383:
    mov x19, 2383
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2383, c0, x0, 0x0)
    CHECK_EQ_T(2383, f, x3, 0x30000000)
test_2384:
    mov x19, 2384
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2384, c0, x0, 0x0)
    CHECK_EQ_T(2384, f, x3, 0x30000000)
test_2385:
    mov x19, 2385
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2385, c0, x0, 0x0)
    CHECK_EQ_T(2385, f, x3, 0x30000000)
test_2386:
    mov x19, 2386
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2386, c0, x0, 0x0)
    CHECK_EQ_T(2386, f, x3, 0x30000000)
test_2387:
    mov x19, 2387
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2387, c0, x0, 0x0)
    CHECK_EQ_T(2387, f, x3, 0x30000000)
test_2388:
    mov x19, 2388
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2388, c0, x0, 0x0)
    CHECK_EQ_T(2388, f, x3, 0x30000000)
test_2389:
    mov x19, 2389
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2389, c0, x0, 0x0)
    CHECK_EQ_T(2389, f, x3, 0x30000000)
test_2390:
    mov x19, 2390
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orr w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2390, c0, x0, 0x0)
    CHECK_EQ_T(2390, f, x3, 0x30000000)
test_2391:
    mov x19, 2391
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2391, c0, x0, 0x0)
    CHECK_EQ_T(2391, f, x3, 0x30000000)
test_2392:
    mov x19, 2392
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2392, c0, x0, 0x0)
    CHECK_EQ_T(2392, f, x3, 0x30000000)
test_2393:
    mov x19, 2393
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2393, c0, x0, 0x0)
    CHECK_EQ_T(2393, f, x3, 0x30000000)
test_2394:
    mov x19, 2394
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2394, c0, x0, 0x0)
    CHECK_EQ_T(2394, f, x3, 0x30000000)
test_2395:
    mov x19, 2395
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2395, c0, x0, 0x0)
    CHECK_EQ_T(2395, f, x3, 0x30000000)
test_2396:
    mov x19, 2396
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2396, c0, x0, 0x0)
    CHECK_EQ_T(2396, f, x3, 0x30000000)
test_2397:
    mov x19, 2397
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2397, c0, x0, 0x0)
    CHECK_EQ_T(2397, f, x3, 0x30000000)
test_2398:
    mov x19, 2398
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eor w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2398, c0, x0, 0x0)
    CHECK_EQ_T(2398, f, x3, 0x30000000)
test_2399:
    mov x19, 2399
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2399, c0, x0, 0x0)
    CHECK_EQ_T(2399, f, x3, 0x30000000)
test_2400:
    mov x19, 2400
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2400, c0, x0, 0x0)
    CHECK_EQ_T(2400, f, x3, 0x30000000)
test_2401:
    mov x19, 2401
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2401, c0, x0, 0x0)
    CHECK_EQ_T(2401, f, x3, 0x30000000)
test_2402:
    mov x19, 2402
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2402, c0, x0, 0x0)
    CHECK_EQ_T(2402, f, x3, 0x30000000)
test_2403:
    mov x19, 2403
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2403, c0, x0, 0x0)
    CHECK_EQ_T(2403, f, x3, 0x30000000)
test_2404:
    mov x19, 2404
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2404, c0, x0, 0x0)
    CHECK_EQ_T(2404, f, x3, 0x30000000)
test_2405:
    mov x19, 2405
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2405, c0, x0, 0x0)
    CHECK_EQ_T(2405, f, x3, 0x30000000)
test_2406:
    mov x19, 2406
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bic w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2406, c0, x0, 0x0)
    CHECK_EQ_T(2406, f, x3, 0x30000000)
test_2407:
    mov x19, 2407
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2407, c0, x0, 0xffffffff)
    CHECK_EQ_T(2407, f, x3, 0x30000000)
test_2408:
    mov x19, 2408
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2408, c0, x0, 0xffffffff)
    CHECK_EQ_T(2408, f, x3, 0x30000000)
test_2409:
    mov x19, 2409
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2409, c0, x0, 0xffffffff)
    CHECK_EQ_T(2409, f, x3, 0x30000000)
test_2410:
    mov x19, 2410
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2410, c0, x0, 0xffffffff)
    CHECK_EQ_T(2410, f, x3, 0x30000000)
test_2411:
    mov x19, 2411
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2411, c0, x0, 0xffffffff)
    CHECK_EQ_T(2411, f, x3, 0x30000000)
test_2412:
    mov x19, 2412
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2412, c0, x0, 0xffffffff)
    CHECK_EQ_T(2412, f, x3, 0x30000000)
test_2413:
    mov x19, 2413
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2413, c0, x0, 0xffffffff)
    CHECK_EQ_T(2413, f, x3, 0x30000000)
test_2414:
    mov x19, 2414
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    orn w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2414, c0, x0, 0xffffffff)
    CHECK_EQ_T(2414, f, x3, 0x30000000)
test_2415:
    mov x19, 2415
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2415, c0, x0, 0xffffffff)
    CHECK_EQ_T(2415, f, x3, 0x30000000)
test_2416:
    mov x19, 2416
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2416, c0, x0, 0xffffffff)
    CHECK_EQ_T(2416, f, x3, 0x30000000)
test_2417:
    mov x19, 2417
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2417, c0, x0, 0xffffffff)
    CHECK_EQ_T(2417, f, x3, 0x30000000)
test_2418:
    mov x19, 2418
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2418, c0, x0, 0xffffffff)
    CHECK_EQ_T(2418, f, x3, 0x30000000)
test_2419:
    mov x19, 2419
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2419, c0, x0, 0xffffffff)
    CHECK_EQ_T(2419, f, x3, 0x30000000)
test_2420:
    mov x19, 2420
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2420, c0, x0, 0xffffffff)
    CHECK_EQ_T(2420, f, x3, 0x30000000)
test_2421:
    mov x19, 2421
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2421, c0, x0, 0xffffffff)
    CHECK_EQ_T(2421, f, x3, 0x30000000)
test_2422:
    mov x19, 2422
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    eon w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2422, c0, x0, 0xffffffff)
    CHECK_EQ_T(2422, f, x3, 0x30000000)
test_2423:
    mov x19, 2423
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2423, c0, x0, 0x0)
    CHECK_EQ_T(2423, f, x3, 0x40000000)
test_2424:
    mov x19, 2424
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2424, c0, x0, 0x0)
    CHECK_EQ_T(2424, f, x3, 0x40000000)
test_2425:
    mov x19, 2425
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2425, c0, x0, 0x0)
    CHECK_EQ_T(2425, f, x3, 0x40000000)
test_2426:
    mov x19, 2426
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2426, c0, x0, 0x0)
    CHECK_EQ_T(2426, f, x3, 0x40000000)
test_2427:
    mov x19, 2427
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2427, c0, x0, 0x0)
    CHECK_EQ_T(2427, f, x3, 0x40000000)
test_2428:
    mov x19, 2428
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2428, c0, x0, 0x0)
    CHECK_EQ_T(2428, f, x3, 0x40000000)
test_2429:
    mov x19, 2429
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2429, c0, x0, 0x0)
    CHECK_EQ_T(2429, f, x3, 0x40000000)
test_2430:
    mov x19, 2430
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    ands w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2430, c0, x0, 0x0)
    CHECK_EQ_T(2430, f, x3, 0x40000000)
test_2431:
    mov x19, 2431
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2431, c0, x0, 0x0)
    CHECK_EQ_T(2431, f, x3, 0x40000000)
test_2432:
    mov x19, 2432
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2432, c0, x0, 0x0)
    CHECK_EQ_T(2432, f, x3, 0x40000000)
test_2433:
    mov x19, 2433
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2433, c0, x0, 0x0)
    CHECK_EQ_T(2433, f, x3, 0x40000000)
test_2434:
    mov x19, 2434
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2434, c0, x0, 0x0)
    CHECK_EQ_T(2434, f, x3, 0x40000000)
test_2435:
    mov x19, 2435
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2435, c0, x0, 0x0)
    CHECK_EQ_T(2435, f, x3, 0x40000000)
test_2436:
    mov x19, 2436
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2436, c0, x0, 0x0)
    CHECK_EQ_T(2436, f, x3, 0x40000000)
test_2437:
    mov x19, 2437
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2437, c0, x0, 0x0)
    CHECK_EQ_T(2437, f, x3, 0x40000000)
test_2438:
    mov x19, 2438
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    bics w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2438, c0, x0, 0x0)
    CHECK_EQ_T(2438, f, x3, 0x40000000)
test_2439:
    mov x19, 2439
    ldr x2, =0x100000000
    mvn w0, w2, ror 3
    CHECK_EQ_T(2439, c0, x0, 0xffffffff)
test_2440:
    mov x19, 2440
    ldr x2, =0x100000000
    mov w0, w2
    CHECK_EQ_T(2440, c0, x0, 0x0)
test_2441:
    mov x19, 2441
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0xffffffff00000000
    ldr x2, =0x100000000
    tst w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(2441, c0, x1, 0xffffffff00000000)
    CHECK_EQ_T(2441, f, x3, 0x40000000)
test_2442:
    mov x19, 2442
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2442, c0, x0, 0x0)
    CHECK_EQ_T(2442, f, x3, 0x30000000)
test_2443:
    mov x19, 2443
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2443, c0, x0, 0x0)
    CHECK_EQ_T(2443, f, x3, 0x30000000)
test_2444:
    mov x19, 2444
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2444, c0, x0, 0x0)
    CHECK_EQ_T(2444, f, x3, 0x30000000)
test_2445:
    mov x19, 2445
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2445, c0, x0, 0x0)
    CHECK_EQ_T(2445, f, x3, 0x30000000)
test_2446:
    mov x19, 2446
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2446, c0, x0, 0x0)
    CHECK_EQ_T(2446, f, x3, 0x30000000)
test_2447:
    mov x19, 2447
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2447, c0, x0, 0x0)
    CHECK_EQ_T(2447, f, x3, 0x30000000)
test_2448:
    mov x19, 2448
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2448, c0, x0, 0x0)
    CHECK_EQ_T(2448, f, x3, 0x30000000)
test_2449:
    mov x19, 2449
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    and w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2449, c0, x0, 0x0)
    CHECK_EQ_T(2449, f, x3, 0x30000000)
test_2450:
    mov x19, 2450
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2450, c0, x0, 0x0)
    CHECK_EQ_T(2450, f, x3, 0x30000000)
test_2451:
    mov x19, 2451
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2451, c0, x0, 0x0)
    CHECK_EQ_T(2451, f, x3, 0x30000000)
test_2452:
    mov x19, 2452
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2452, c0, x0, 0x0)
    CHECK_EQ_T(2452, f, x3, 0x30000000)
test_2453:
    mov x19, 2453
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2453, c0, x0, 0x0)
    CHECK_EQ_T(2453, f, x3, 0x30000000)
test_2454:
    mov x19, 2454
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2454, c0, x0, 0x0)
    CHECK_EQ_T(2454, f, x3, 0x30000000)
test_2455:
    mov x19, 2455
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2455, c0, x0, 0x0)
    CHECK_EQ_T(2455, f, x3, 0x30000000)
test_2456:
    mov x19, 2456
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2456, c0, x0, 0x0)
    CHECK_EQ_T(2456, f, x3, 0x30000000)
test_2457:
    mov x19, 2457
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orr w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2457, c0, x0, 0x0)
    CHECK_EQ_T(2457, f, x3, 0x30000000)
test_2458:
    mov x19, 2458
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2458, c0, x0, 0x0)
    CHECK_EQ_T(2458, f, x3, 0x30000000)
test_2459:
    mov x19, 2459
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2459, c0, x0, 0x0)
    CHECK_EQ_T(2459, f, x3, 0x30000000)
test_2460:
    mov x19, 2460
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2460, c0, x0, 0x0)
    CHECK_EQ_T(2460, f, x3, 0x30000000)
test_2461:
    mov x19, 2461
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2461, c0, x0, 0x0)
    CHECK_EQ_T(2461, f, x3, 0x30000000)
test_2462:
    mov x19, 2462
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2462, c0, x0, 0x0)
    CHECK_EQ_T(2462, f, x3, 0x30000000)
test_2463:
    mov x19, 2463
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2463, c0, x0, 0x0)
    CHECK_EQ_T(2463, f, x3, 0x30000000)
test_2464:
    mov x19, 2464
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2464, c0, x0, 0x0)
    CHECK_EQ_T(2464, f, x3, 0x30000000)
test_2465:
    mov x19, 2465
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eor w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2465, c0, x0, 0x0)
    CHECK_EQ_T(2465, f, x3, 0x30000000)
test_2466:
    mov x19, 2466
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2466, c0, x0, 0x0)
    CHECK_EQ_T(2466, f, x3, 0x30000000)
test_2467:
    mov x19, 2467
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2467, c0, x0, 0x0)
    CHECK_EQ_T(2467, f, x3, 0x30000000)
test_2468:
    mov x19, 2468
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2468, c0, x0, 0x0)
    CHECK_EQ_T(2468, f, x3, 0x30000000)
test_2469:
    mov x19, 2469
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2469, c0, x0, 0x0)
    CHECK_EQ_T(2469, f, x3, 0x30000000)
test_2470:
    mov x19, 2470
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2470, c0, x0, 0x0)
    CHECK_EQ_T(2470, f, x3, 0x30000000)
test_2471:
    mov x19, 2471
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2471, c0, x0, 0x0)
    CHECK_EQ_T(2471, f, x3, 0x30000000)
test_2472:
    mov x19, 2472
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2472, c0, x0, 0x0)
    CHECK_EQ_T(2472, f, x3, 0x30000000)
test_2473:
    mov x19, 2473
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bic w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2473, c0, x0, 0x0)
    CHECK_EQ_T(2473, f, x3, 0x30000000)
test_2474:
    mov x19, 2474
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2474, c0, x0, 0xffffffff)
    CHECK_EQ_T(2474, f, x3, 0x30000000)
test_2475:
    mov x19, 2475
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2475, c0, x0, 0xffffffff)
    CHECK_EQ_T(2475, f, x3, 0x30000000)
test_2476:
    mov x19, 2476
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2476, c0, x0, 0xffffffff)
    CHECK_EQ_T(2476, f, x3, 0x30000000)
test_2477:
    mov x19, 2477
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2477, c0, x0, 0xffffffff)
    CHECK_EQ_T(2477, f, x3, 0x30000000)
test_2478:
    mov x19, 2478
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2478, c0, x0, 0xffffffff)
    CHECK_EQ_T(2478, f, x3, 0x30000000)
test_2479:
    mov x19, 2479
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2479, c0, x0, 0xffffffff)
    CHECK_EQ_T(2479, f, x3, 0x30000000)
test_2480:
    mov x19, 2480
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2480, c0, x0, 0xffffffff)
    CHECK_EQ_T(2480, f, x3, 0x30000000)
test_2481:
    mov x19, 2481
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    orn w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2481, c0, x0, 0xffffffff)
    CHECK_EQ_T(2481, f, x3, 0x30000000)
test_2482:
    mov x19, 2482
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2482, c0, x0, 0xffffffff)
    CHECK_EQ_T(2482, f, x3, 0x30000000)
test_2483:
    mov x19, 2483
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2483, c0, x0, 0xffffffff)
    CHECK_EQ_T(2483, f, x3, 0x30000000)
test_2484:
    mov x19, 2484
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2484, c0, x0, 0xffffffff)
    CHECK_EQ_T(2484, f, x3, 0x30000000)
test_2485:
    mov x19, 2485
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2485, c0, x0, 0xffffffff)
    CHECK_EQ_T(2485, f, x3, 0x30000000)
test_2486:
    mov x19, 2486
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2486, c0, x0, 0xffffffff)
    CHECK_EQ_T(2486, f, x3, 0x30000000)
test_2487:
    mov x19, 2487
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2487, c0, x0, 0xffffffff)
    CHECK_EQ_T(2487, f, x3, 0x30000000)
test_2488:
    mov x19, 2488
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2488, c0, x0, 0xffffffff)
    CHECK_EQ_T(2488, f, x3, 0x30000000)
test_2489:
    mov x19, 2489
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    eon w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2489, c0, x0, 0xffffffff)
    CHECK_EQ_T(2489, f, x3, 0x30000000)
test_2490:
    mov x19, 2490
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2490, c0, x0, 0x0)
    CHECK_EQ_T(2490, f, x3, 0x40000000)
test_2491:
    mov x19, 2491
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2491, c0, x0, 0x0)
    CHECK_EQ_T(2491, f, x3, 0x40000000)
test_2492:
    mov x19, 2492
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2492, c0, x0, 0x0)
    CHECK_EQ_T(2492, f, x3, 0x40000000)
test_2493:
    mov x19, 2493
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2493, c0, x0, 0x0)
    CHECK_EQ_T(2493, f, x3, 0x40000000)
test_2494:
    mov x19, 2494
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2494, c0, x0, 0x0)
    CHECK_EQ_T(2494, f, x3, 0x40000000)
test_2495:
    mov x19, 2495
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2495, c0, x0, 0x0)
    CHECK_EQ_T(2495, f, x3, 0x40000000)
test_2496:
    mov x19, 2496
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2496, c0, x0, 0x0)
    CHECK_EQ_T(2496, f, x3, 0x40000000)
test_2497:
    mov x19, 2497
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    ands w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2497, c0, x0, 0x0)
    CHECK_EQ_T(2497, f, x3, 0x40000000)
test_2498:
    mov x19, 2498
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics w0, w1, w2, lsl 0
    mrs x3, nzcv
    CHECK_EQ_T(2498, c0, x0, 0x0)
    CHECK_EQ_T(2498, f, x3, 0x40000000)
test_2499:
    mov x19, 2499
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics w0, w1, w2, lsl 4
    mrs x3, nzcv
    CHECK_EQ_T(2499, c0, x0, 0x0)
    CHECK_EQ_T(2499, f, x3, 0x40000000)
test_2500:
    mov x19, 2500
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics w0, w1, w2, lsr 5
    mrs x3, nzcv
    CHECK_EQ_T(2500, c0, x0, 0x0)
    CHECK_EQ_T(2500, f, x3, 0x40000000)
test_2501:
    mov x19, 2501
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics w0, w1, w2, asr 31
    mrs x3, nzcv
    CHECK_EQ_T(2501, c0, x0, 0x0)
    CHECK_EQ_T(2501, f, x3, 0x40000000)
test_2502:
    mov x19, 2502
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics w0, w1, w2, ror 1
    mrs x3, nzcv
    CHECK_EQ_T(2502, c0, x0, 0x0)
    CHECK_EQ_T(2502, f, x3, 0x40000000)
test_2503:
    mov x19, 2503
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics w0, w1, w2, ror 31
    mrs x3, nzcv
    CHECK_EQ_T(2503, c0, x0, 0x0)
    CHECK_EQ_T(2503, f, x3, 0x40000000)
test_2504:
    mov x19, 2504
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics w0, w1, w2, ror 0
    mrs x3, nzcv
    CHECK_EQ_T(2504, c0, x0, 0x0)
    CHECK_EQ_T(2504, f, x3, 0x40000000)
test_2505:
    mov x19, 2505
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    bics w0, w1, w2, lsr 31
    mrs x3, nzcv
    CHECK_EQ_T(2505, c0, x0, 0x0)
    CHECK_EQ_T(2505, f, x3, 0x40000000)
test_2506:
    mov x19, 2506
    ldr x2, =0x8000000000000000
    mvn w0, w2, ror 3
    CHECK_EQ_T(2506, c0, x0, 0xffffffff)
test_2507:
    mov x19, 2507
    ldr x2, =0x8000000000000000
    mov w0, w2
    CHECK_EQ_T(2507, c0, x0, 0x0)
test_2508:
    mov x19, 2508
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x8000000000000000
    ldr x2, =0x8000000000000000
    tst w1, w2
    mrs x3, nzcv
    CHECK_EQ_T(2508, c0, x1, 0x8000000000000000)
    CHECK_EQ_T(2508, f, x3, 0x40000000)
    b pass
TEST_END
