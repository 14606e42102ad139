/* Logical immediate (bitmask immediates of every element size), bitfield moves
 * (SBFM/BFM/UBFM and their aliases), EXTR/ROR; 32- and 64-bit forms.
 * Expected values come from the Arm ARM pseudo-code, evaluated in Python. */
#include "test.h"

TEST_BEGIN
test_100:
    mov x19, 100
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0x5555555555555555
    CHECK_EQ_T(100, c0, x0, 0x1014545010145450)
test_101:
    mov x19, 101
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0x5555555555555555
    CHECK_EQ_T(101, c0, x0, 0x5775577ddffddff5)
test_102:
    mov x19, 102
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0x5555555555555555
    CHECK_EQ_T(102, c0, x0, 0x4761032dcfe98ba5)
test_103:
    mov x19, 103
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0x5555555555555555
    mrs x3, nzcv
    CHECK_EQ_T(103, c0, x0, 0x1014545010145450)
    CHECK_EQ_T(103, f, x3, 0x0)
test_104:
    mov x19, 104
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0x3333333333333333
    CHECK_EQ_T(104, c0, x0, 0x1230123012301230)
test_105:
    mov x19, 105
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0x3333333333333333
    CHECK_EQ_T(105, c0, x0, 0x3337777bbbbffff3)
test_106:
    mov x19, 106
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0x3333333333333333
    CHECK_EQ_T(106, c0, x0, 0x2107654ba98fedc3)
test_107:
    mov x19, 107
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0x3333333333333333
    mrs x3, nzcv
    CHECK_EQ_T(107, c0, x0, 0x1230123012301230)
    CHECK_EQ_T(107, f, x3, 0x0)
test_108:
    mov x19, 108
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0xf0f0f0f0f0f0f0f
    CHECK_EQ_T(108, c0, x0, 0x20406080a0c0e00)
test_109:
    mov x19, 109
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0xf0f0f0f0f0f0f0f
    CHECK_EQ_T(109, c0, x0, 0x1f3f5f7f9fbfdfff)
test_110:
    mov x19, 110
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0xf0f0f0f0f0f0f0f
    CHECK_EQ_T(110, c0, x0, 0x1d3b597795b3d1ff)
test_111:
    mov x19, 111
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0xf0f0f0f0f0f0f0f
    mrs x3, nzcv
    CHECK_EQ_T(111, c0, x0, 0x20406080a0c0e00)
    CHECK_EQ_T(111, f, x3, 0x0)
test_112:
    mov x19, 112
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0xff00ff00ff00ff
    CHECK_EQ_T(112, c0, x0, 0x34007800bc00f0)
test_113:
    mov x19, 113
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0xff00ff00ff00ff
    CHECK_EQ_T(113, c0, x0, 0x12ff56ff9affdeff)
test_114:
    mov x19, 114
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0xff00ff00ff00ff
    CHECK_EQ_T(114, c0, x0, 0x12cb56879a43de0f)
test_115:
    mov x19, 115
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0xff00ff00ff00ff
    mrs x3, nzcv
    CHECK_EQ_T(115, c0, x0, 0x34007800bc00f0)
    CHECK_EQ_T(115, f, x3, 0x0)
test_116:
    mov x19, 116
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0xffff0000ffff
    CHECK_EQ_T(116, c0, x0, 0x56780000def0)
test_117:
    mov x19, 117
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0xffff0000ffff
    CHECK_EQ_T(117, c0, x0, 0x1234ffff9abcffff)
test_118:
    mov x19, 118
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0xffff0000ffff
    CHECK_EQ_T(118, c0, x0, 0x1234a9879abc210f)
test_119:
    mov x19, 119
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0xffff0000ffff
    mrs x3, nzcv
    CHECK_EQ_T(119, c0, x0, 0x56780000def0)
    CHECK_EQ_T(119, f, x3, 0x0)
test_120:
    mov x19, 120
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0xffffffff
    CHECK_EQ_T(120, c0, x0, 0x9abcdef0)
test_121:
    mov x19, 121
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0xffffffff
    CHECK_EQ_T(121, c0, x0, 0x12345678ffffffff)
test_122:
    mov x19, 122
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0xffffffff
    CHECK_EQ_T(122, c0, x0, 0x123456786543210f)
test_123:
    mov x19, 123
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0xffffffff
    mrs x3, nzcv
    CHECK_EQ_T(123, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(123, f, x3, 0x0)
test_124:
    mov x19, 124
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0x7fffffffffffffff
    CHECK_EQ_T(124, c0, x0, 0x123456789abcdef0)
test_125:
    mov x19, 125
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0x7fffffffffffffff
    CHECK_EQ_T(125, c0, x0, 0x7fffffffffffffff)
test_126:
    mov x19, 126
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0x7fffffffffffffff
    CHECK_EQ_T(126, c0, x0, 0x6dcba9876543210f)
test_127:
    mov x19, 127
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0x7fffffffffffffff
    mrs x3, nzcv
    CHECK_EQ_T(127, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(127, f, x3, 0x0)
test_128:
    mov x19, 128
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0x8000000000000000
    CHECK_EQ_T(128, c0, x0, 0x0)
test_129:
    mov x19, 129
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0x8000000000000000
    CHECK_EQ_T(129, c0, x0, 0x923456789abcdef0)
test_130:
    mov x19, 130
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0x8000000000000000
    CHECK_EQ_T(130, c0, x0, 0x923456789abcdef0)
test_131:
    mov x19, 131
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0x8000000000000000
    mrs x3, nzcv
    CHECK_EQ_T(131, c0, x0, 0x0)
    CHECK_EQ_T(131, f, x3, 0x40000000)
test_132:
    mov x19, 132
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0xfffffffffffffffe
    CHECK_EQ_T(132, c0, x0, 0x123456789abcdef0)
test_133:
    mov x19, 133
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0xfffffffffffffffe
    CHECK_EQ_T(133, c0, x0, 0xfffffffffffffffe)
test_134:
    mov x19, 134
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0xfffffffffffffffe
    CHECK_EQ_T(134, c0, x0, 0xedcba9876543210e)
test_135:
    mov x19, 135
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0xfffffffffffffffe
    mrs x3, nzcv
    CHECK_EQ_T(135, c0, x0, 0x123456789abcdef0)
    CHECK_EQ_T(135, f, x3, 0x0)
test_136:
    mov x19, 136
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0x1
    CHECK_EQ_T(136, c0, x0, 0x0)
test_137:
    mov x19, 137
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0x1
    CHECK_EQ_T(137, c0, x0, 0x123456789abcdef1)
test_138:
    mov x19, 138
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0x1
    CHECK_EQ_T(138, c0, x0, 0x123456789abcdef1)
test_139:
    mov x19, 139
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0x1
    mrs x3, nzcv
    CHECK_EQ_T(139, c0, x0, 0x0)
    CHECK_EQ_T(139, f, x3, 0x40000000)
test_140:
    mov x19, 140
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0xff0
    CHECK_EQ_T(140, c0, x0, 0xef0)
test_141:
    mov x19, 141
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0xff0
    CHECK_EQ_T(141, c0, x0, 0x123456789abcdff0)
test_142:
    mov x19, 142
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0xff0
    CHECK_EQ_T(142, c0, x0, 0x123456789abcd100)
test_143:
    mov x19, 143
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0xff0
    mrs x3, nzcv
    CHECK_EQ_T(143, c0, x0, 0xef0)
    CHECK_EQ_T(143, f, x3, 0x0)
test_144:
    mov x19, 144
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0xfffff000000003ff
    CHECK_EQ_T(144, c0, x0, 0x12345000000002f0)
test_145:
    mov x19, 145
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0xfffff000000003ff
    CHECK_EQ_T(145, c0, x0, 0xfffff6789abcdfff)
test_146:
    mov x19, 146
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0xfffff000000003ff
    CHECK_EQ_T(146, c0, x0, 0xedcba6789abcdd0f)
test_147:
    mov x19, 147
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0xfffff000000003ff
    mrs x3, nzcv
    CHECK_EQ_T(147, c0, x0, 0x12345000000002f0)
    CHECK_EQ_T(147, f, x3, 0x0)
test_148:
    mov x19, 148
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0xc000000000000001
    CHECK_EQ_T(148, c0, x0, 0x0)
test_149:
    mov x19, 149
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0xc000000000000001
    CHECK_EQ_T(149, c0, x0, 0xd23456789abcdef1)
test_150:
    mov x19, 150
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0xc000000000000001
    CHECK_EQ_T(150, c0, x0, 0xd23456789abcdef1)
test_151:
    mov x19, 151
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0xc000000000000001
    mrs x3, nzcv
    CHECK_EQ_T(151, c0, x0, 0x0)
    CHECK_EQ_T(151, f, x3, 0x40000000)
test_152:
    mov x19, 152
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0xaaaaaaaaaaaaaaaa
    CHECK_EQ_T(152, c0, x0, 0x22002288aa88aa0)
test_153:
    mov x19, 153
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0xaaaaaaaaaaaaaaaa
    CHECK_EQ_T(153, c0, x0, 0xbabefefababefefa)
test_154:
    mov x19, 154
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0xaaaaaaaaaaaaaaaa
    CHECK_EQ_T(154, c0, x0, 0xb89efcd23016745a)
test_155:
    mov x19, 155
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0xaaaaaaaaaaaaaaaa
    mrs x3, nzcv
    CHECK_EQ_T(155, c0, x0, 0x22002288aa88aa0)
    CHECK_EQ_T(155, f, x3, 0x0)
test_156:
    mov x19, 156
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0xe7e7e7e7e7e7e7e7
    CHECK_EQ_T(156, c0, x0, 0x224466082a4c6e0)
test_157:
    mov x19, 157
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0xe7e7e7e7e7e7e7e7
    CHECK_EQ_T(157, c0, x0, 0xf7f7f7fffffffff7)
test_158:
    mov x19, 158
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0xe7e7e7e7e7e7e7e7
    CHECK_EQ_T(158, c0, x0, 0xf5d3b19f7d5b3917)
test_159:
    mov x19, 159
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0xe7e7e7e7e7e7e7e7
    mrs x3, nzcv
    CHECK_EQ_T(159, c0, x0, 0x224466082a4c6e0)
    CHECK_EQ_T(159, f, x3, 0x0)
test_160:
    mov x19, 160
    ldr x1, =0x123456789abcdef0
    and x0, x1, 0x8080808080808080
    CHECK_EQ_T(160, c0, x0, 0x80808080)
test_161:
    mov x19, 161
    ldr x1, =0x123456789abcdef0
    orr x0, x1, 0x8080808080808080
    CHECK_EQ_T(161, c0, x0, 0x92b4d6f89abcdef0)
test_162:
    mov x19, 162
    ldr x1, =0x123456789abcdef0
    eor x0, x1, 0x8080808080808080
    CHECK_EQ_T(162, c0, x0, 0x92b4d6f81a3c5e70)
test_163:
    mov x19, 163
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands x0, x1, 0x8080808080808080
    mrs x3, nzcv
    CHECK_EQ_T(163, c0, x0, 0x80808080)
    CHECK_EQ_T(163, f, x3, 0x0)
test_164:
    mov x19, 164
    ldr x1, =0x123456789abcdef0
    and w0, w1, 0x55555555
    CHECK_EQ_T(164, c0, x0, 0x10145450)
test_165:
    mov x19, 165
    ldr x1, =0x123456789abcdef0
    orr w0, w1, 0x55555555
    CHECK_EQ_T(165, c0, x0, 0xdffddff5)
test_166:
    mov x19, 166
    ldr x1, =0x123456789abcdef0
    eor w0, w1, 0x55555555
    CHECK_EQ_T(166, c0, x0, 0xcfe98ba5)
test_167:
    mov x19, 167
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands w0, w1, 0x55555555
    mrs x3, nzcv
    CHECK_EQ_T(167, c0, x0, 0x10145450)
    CHECK_EQ_T(167, f, x3, 0x0)
test_168:
    mov x19, 168
    ldr x1, =0x123456789abcdef0
    and w0, w1, 0xf0f0f0f
    CHECK_EQ_T(168, c0, x0, 0xa0c0e00)
test_169:
    mov x19, 169
    ldr x1, =0x123456789abcdef0
    orr w0, w1, 0xf0f0f0f
    CHECK_EQ_T(169, c0, x0, 0x9fbfdfff)
test_170:
    mov x19, 170
    ldr x1, =0x123456789abcdef0
    eor w0, w1, 0xf0f0f0f
    CHECK_EQ_T(170, c0, x0, 0x95b3d1ff)
test_171:
    mov x19, 171
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands w0, w1, 0xf0f0f0f
    mrs x3, nzcv
    CHECK_EQ_T(171, c0, x0, 0xa0c0e00)
    CHECK_EQ_T(171, f, x3, 0x0)
test_172:
    mov x19, 172
    ldr x1, =0x123456789abcdef0
    and w0, w1, 0xffff
    CHECK_EQ_T(172, c0, x0, 0xdef0)
test_173:
    mov x19, 173
    ldr x1, =0x123456789abcdef0
    orr w0, w1, 0xffff
    CHECK_EQ_T(173, c0, x0, 0x9abcffff)
test_174:
    mov x19, 174
    ldr x1, =0x123456789abcdef0
    eor w0, w1, 0xffff
    CHECK_EQ_T(174, c0, x0, 0x9abc210f)
test_175:
    mov x19, 175
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands w0, w1, 0xffff
    mrs x3, nzcv
    CHECK_EQ_T(175, c0, x0, 0xdef0)
    CHECK_EQ_T(175, f, x3, 0x0)
test_176:
    mov x19, 176
    ldr x1, =0x123456789abcdef0
    and w0, w1, 0x7fffffff
    CHECK_EQ_T(176, c0, x0, 0x1abcdef0)
test_177:
    mov x19, 177
    ldr x1, =0x123456789abcdef0
    orr w0, w1, 0x7fffffff
    CHECK_EQ_T(177, c0, x0, 0xffffffff)
test_178:
    mov x19, 178
    ldr x1, =0x123456789abcdef0
    eor w0, w1, 0x7fffffff
    CHECK_EQ_T(178, c0, x0, 0xe543210f)
test_179:
    mov x19, 179
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands w0, w1, 0x7fffffff
    mrs x3, nzcv
    CHECK_EQ_T(179, c0, x0, 0x1abcdef0)
    CHECK_EQ_T(179, f, x3, 0x0)
test_180:
    mov x19, 180
    ldr x1, =0x123456789abcdef0
    and w0, w1, 0x80000000
    CHECK_EQ_T(180, c0, x0, 0x80000000)
test_181:
    mov x19, 181
    ldr x1, =0x123456789abcdef0
    orr w0, w1, 0x80000000
    CHECK_EQ_T(181, c0, x0, 0x9abcdef0)
test_182:
    mov x19, 182
    ldr x1, =0x123456789abcdef0
    eor w0, w1, 0x80000000
    CHECK_EQ_T(182, c0, x0, 0x1abcdef0)
test_183:
    mov x19, 183
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands w0, w1, 0x80000000
    mrs x3, nzcv
    CHECK_EQ_T(183, c0, x0, 0x80000000)
    CHECK_EQ_T(183, f, x3, 0x80000000)
test_184:
    mov x19, 184
    ldr x1, =0x123456789abcdef0
    and w0, w1, 0xfffffffe
    CHECK_EQ_T(184, c0, x0, 0x9abcdef0)
test_185:
    mov x19, 185
    ldr x1, =0x123456789abcdef0
    orr w0, w1, 0xfffffffe
    CHECK_EQ_T(185, c0, x0, 0xfffffffe)
test_186:
    mov x19, 186
    ldr x1, =0x123456789abcdef0
    eor w0, w1, 0xfffffffe
    CHECK_EQ_T(186, c0, x0, 0x6543210e)
test_187:
    mov x19, 187
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands w0, w1, 0xfffffffe
    mrs x3, nzcv
    CHECK_EQ_T(187, c0, x0, 0x9abcdef0)
    CHECK_EQ_T(187, f, x3, 0x80000000)
test_188:
    mov x19, 188
    ldr x1, =0x123456789abcdef0
    and w0, w1, 0x1
    CHECK_EQ_T(188, c0, x0, 0x0)
test_189:
    mov x19, 189
    ldr x1, =0x123456789abcdef0
    orr w0, w1, 0x1
    CHECK_EQ_T(189, c0, x0, 0x9abcdef1)
test_190:
    mov x19, 190
    ldr x1, =0x123456789abcdef0
    eor w0, w1, 0x1
    CHECK_EQ_T(190, c0, x0, 0x9abcdef1)
test_191:
    mov x19, 191
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands w0, w1, 0x1
    mrs x3, nzcv
    CHECK_EQ_T(191, c0, x0, 0x0)
    CHECK_EQ_T(191, f, x3, 0x40000000)
test_192:
    mov x19, 192
    ldr x1, =0x123456789abcdef0
    and w0, w1, 0xff0
    CHECK_EQ_T(192, c0, x0, 0xef0)
test_193:
    mov x19, 193
    ldr x1, =0x123456789abcdef0
    orr w0, w1, 0xff0
    CHECK_EQ_T(193, c0, x0, 0x9abcdff0)
test_194:
    mov x19, 194
    ldr x1, =0x123456789abcdef0
    eor w0, w1, 0xff0
    CHECK_EQ_T(194, c0, x0, 0x9abcd100)
test_195:
    mov x19, 195
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands w0, w1, 0xff0
    mrs x3, nzcv
    CHECK_EQ_T(195, c0, x0, 0xef0)
    CHECK_EQ_T(195, f, x3, 0x0)
test_196:
    mov x19, 196
    ldr x1, =0x123456789abcdef0
    and w0, w1, 0xc0000001
    CHECK_EQ_T(196, c0, x0, 0x80000000)
test_197:
    mov x19, 197
    ldr x1, =0x123456789abcdef0
    orr w0, w1, 0xc0000001
    CHECK_EQ_T(197, c0, x0, 0xdabcdef1)
test_198:
    mov x19, 198
    ldr x1, =0x123456789abcdef0
    eor w0, w1, 0xc0000001
    CHECK_EQ_T(198, c0, x0, 0x5abcdef1)
test_199:
    mov x19, 199
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands w0, w1, 0xc0000001
    mrs x3, nzcv
    CHECK_EQ_T(199, c0, x0, 0x80000000)
    CHECK_EQ_T(199, f, x3, 0x80000000)
test_200:
    mov x19, 200
    ldr x1, =0x123456789abcdef0
    and w0, w1, 0xe7e7e7e7
    CHECK_EQ_T(200, c0, x0, 0x82a4c6e0)
test_201:
    mov x19, 201
    ldr x1, =0x123456789abcdef0
    orr w0, w1, 0xe7e7e7e7
    CHECK_EQ_T(201, c0, x0, 0xfffffff7)
test_202:
    mov x19, 202
    ldr x1, =0x123456789abcdef0
    eor w0, w1, 0xe7e7e7e7
    CHECK_EQ_T(202, c0, x0, 0x7d5b3917)
test_203:
    mov x19, 203
    ldr x4, =0x30000000
    msr nzcv, x4
    ldr x1, =0x123456789abcdef0
    ands w0, w1, 0xe7e7e7e7
    mrs x3, nzcv
    CHECK_EQ_T(203, c0, x0, 0x82a4c6e0)
    CHECK_EQ_T(203, f, x3, 0x80000000)
test_204:
    mov x19, 204
    mov x9, sp
    orr x1, x9, 8
    and sp, x1, 0xfffffffffffffff0
    mov x0, sp
    mov sp, x9
    sub x0, x0, x9
    CHECK_EQ_T(204, c0, x0, 0x0)
test_205:
    mov x19, 205
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 0, 0
    CHECK_EQ_T(205, c0, x0, 0x0)
test_206:
    mov x19, 206
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 0, 0
    CHECK_EQ_T(206, c0, x0, 0x0)
test_207:
    mov x19, 207
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 0, 0
    CHECK_EQ_T(207, c0, x0, 0xa5a5a5a5a5a5a5a4)
test_208:
    mov x19, 208
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 0, 63
    CHECK_EQ_T(208, c0, x0, 0x123456789abcdef0)
test_209:
    mov x19, 209
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 0, 63
    CHECK_EQ_T(209, c0, x0, 0x123456789abcdef0)
test_210:
    mov x19, 210
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 0, 63
    CHECK_EQ_T(210, c0, x0, 0x123456789abcdef0)
test_211:
    mov x19, 211
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 63, 63
    CHECK_EQ_T(211, c0, x0, 0x0)
test_212:
    mov x19, 212
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 63, 63
    CHECK_EQ_T(212, c0, x0, 0x0)
test_213:
    mov x19, 213
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 63, 63
    CHECK_EQ_T(213, c0, x0, 0xa5a5a5a5a5a5a5a4)
test_214:
    mov x19, 214
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 4, 11
    CHECK_EQ_T(214, c0, x0, 0xef)
test_215:
    mov x19, 215
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 4, 11
    CHECK_EQ_T(215, c0, x0, 0xffffffffffffffef)
test_216:
    mov x19, 216
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 4, 11
    CHECK_EQ_T(216, c0, x0, 0xa5a5a5a5a5a5a5ef)
test_217:
    mov x19, 217
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 11, 4
    CHECK_EQ_T(217, c0, x0, 0x200000000000000)
test_218:
    mov x19, 218
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 11, 4
    CHECK_EQ_T(218, c0, x0, 0xfe00000000000000)
test_219:
    mov x19, 219
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 11, 4
    CHECK_EQ_T(219, c0, x0, 0xa605a5a5a5a5a5a5)
test_220:
    mov x19, 220
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 1, 0
    CHECK_EQ_T(220, c0, x0, 0x0)
test_221:
    mov x19, 221
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 1, 0
    CHECK_EQ_T(221, c0, x0, 0x0)
test_222:
    mov x19, 222
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 1, 0
    CHECK_EQ_T(222, c0, x0, 0x25a5a5a5a5a5a5a5)
test_223:
    mov x19, 223
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 63, 0
    CHECK_EQ_T(223, c0, x0, 0x0)
test_224:
    mov x19, 224
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 63, 0
    CHECK_EQ_T(224, c0, x0, 0x0)
test_225:
    mov x19, 225
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 63, 0
    CHECK_EQ_T(225, c0, x0, 0xa5a5a5a5a5a5a5a5)
test_226:
    mov x19, 226
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 0, 7
    CHECK_EQ_T(226, c0, x0, 0xf0)
test_227:
    mov x19, 227
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 0, 7
    CHECK_EQ_T(227, c0, x0, 0xfffffffffffffff0)
test_228:
    mov x19, 228
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 0, 7
    CHECK_EQ_T(228, c0, x0, 0xa5a5a5a5a5a5a5f0)
test_229:
    mov x19, 229
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 8, 23
    CHECK_EQ_T(229, c0, x0, 0xbcde)
test_230:
    mov x19, 230
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 8, 23
    CHECK_EQ_T(230, c0, x0, 0xffffffffffffbcde)
test_231:
    mov x19, 231
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 8, 23
    CHECK_EQ_T(231, c0, x0, 0xa5a5a5a5a5a5bcde)
test_232:
    mov x19, 232
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 56, 5
    CHECK_EQ_T(232, c0, x0, 0x3000)
test_233:
    mov x19, 233
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 56, 5
    CHECK_EQ_T(233, c0, x0, 0xfffffffffffff000)
test_234:
    mov x19, 234
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 56, 5
    CHECK_EQ_T(234, c0, x0, 0xa5a5a5a5a5a5b0a5)
test_235:
    mov x19, 235
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 3, 62
    CHECK_EQ_T(235, c0, x0, 0x2468acf13579bde)
test_236:
    mov x19, 236
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 3, 62
    CHECK_EQ_T(236, c0, x0, 0x2468acf13579bde)
test_237:
    mov x19, 237
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 3, 62
    CHECK_EQ_T(237, c0, x0, 0xa2468acf13579bde)
test_238:
    mov x19, 238
    ldr x1, =0x123456789abcdef0
    ubfm x0, x1, 63, 62
    CHECK_EQ_T(238, c0, x0, 0x2468acf13579bde0)
test_239:
    mov x19, 239
    ldr x1, =0x123456789abcdef0
    sbfm x0, x1, 63, 62
    CHECK_EQ_T(239, c0, x0, 0x2468acf13579bde0)
test_240:
    mov x19, 240
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 63, 62
    CHECK_EQ_T(240, c0, x0, 0x2468acf13579bde1)
test_241:
    mov x19, 241
    ldr x1, =0x123456789abcdef0
    lsl x0, x1, 63
    CHECK_EQ_T(241, c0, x0, 0x0)
test_242:
    mov x19, 242
    ldr x1, =0x123456789abcdef0
    lsr x0, x1, 63
    CHECK_EQ_T(242, c0, x0, 0x0)
test_243:
    mov x19, 243
    ldr x1, =0x123456789abcdef0
    asr x0, x1, 63
    CHECK_EQ_T(243, c0, x0, 0x0)
test_244:
    mov x19, 244
    ldr x1, =0x123456789abcdef0
    sbfx x0, x1, 4, 12
    CHECK_EQ_T(244, c0, x0, 0xfffffffffffffdef)
test_245:
    mov x19, 245
    ldr x1, =0x123456789abcdef0
    ubfx x0, x1, 28, 4
    CHECK_EQ_T(245, c0, x0, 0x9)
test_246:
    mov x19, 246
    ldr x1, =0x123456789abcdef0
    sbfiz x0, x1, 3, 5
    CHECK_EQ_T(246, c0, x0, 0xffffffffffffff80)
test_247:
    mov x19, 247
    ldr x1, =0x123456789abcdef0
    ubfiz x0, x1, 60, 4
    CHECK_EQ_T(247, c0, x0, 0x0)
test_248:
    mov x19, 248
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfi x0, x1, 8, 8
    CHECK_EQ_T(248, c0, x0, 0xa5a5a5a5a5a5f0a5)
test_249:
    mov x19, 249
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfxil x0, x1, 4, 8
    CHECK_EQ_T(249, c0, x0, 0xa5a5a5a5a5a5a5ef)
test_250:
    mov x19, 250
    ldr x1, =0x123456789abcdef0
    sxtb x0, w1
    CHECK_EQ_T(250, c0, x0, 0xfffffffffffffff0)
test_251:
    mov x19, 251
    ldr x1, =0x123456789abcdef0
    sxth x0, w1
    CHECK_EQ_T(251, c0, x0, 0xffffffffffffdef0)
test_252:
    mov x19, 252
    ldr x1, =0x123456789abcdef0
    uxtb w0, w1
    CHECK_EQ_T(252, c0, x0, 0xf0)
test_253:
    mov x19, 253
    ldr x1, =0x123456789abcdef0
    uxth w0, w1
    CHECK_EQ_T(253, c0, x0, 0xdef0)
test_254:
    mov x19, 254
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 0, 0
    CHECK_EQ_T(254, c0, x0, 0x0)
test_255:
    mov x19, 255
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 0, 0
    CHECK_EQ_T(255, c0, x0, 0x0)
test_256:
    mov x19, 256
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 0, 0
    CHECK_EQ_T(256, c0, x0, 0xa5a5a5a5a5a5a5a4)
test_257:
    mov x19, 257
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 0, 63
    CHECK_EQ_T(257, c0, x0, 0xfedcba9876543210)
test_258:
    mov x19, 258
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 0, 63
    CHECK_EQ_T(258, c0, x0, 0xfedcba9876543210)
test_259:
    mov x19, 259
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 0, 63
    CHECK_EQ_T(259, c0, x0, 0xfedcba9876543210)
test_260:
    mov x19, 260
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 63, 63
    CHECK_EQ_T(260, c0, x0, 0x1)
test_261:
    mov x19, 261
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 63, 63
    CHECK_EQ_T(261, c0, x0, 0xffffffffffffffff)
test_262:
    mov x19, 262
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 63, 63
    CHECK_EQ_T(262, c0, x0, 0xa5a5a5a5a5a5a5a5)
test_263:
    mov x19, 263
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 4, 11
    CHECK_EQ_T(263, c0, x0, 0x21)
test_264:
    mov x19, 264
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 4, 11
    CHECK_EQ_T(264, c0, x0, 0x21)
test_265:
    mov x19, 265
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 4, 11
    CHECK_EQ_T(265, c0, x0, 0xa5a5a5a5a5a5a521)
test_266:
    mov x19, 266
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 11, 4
    CHECK_EQ_T(266, c0, x0, 0x200000000000000)
test_267:
    mov x19, 267
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 11, 4
    CHECK_EQ_T(267, c0, x0, 0xfe00000000000000)
test_268:
    mov x19, 268
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 11, 4
    CHECK_EQ_T(268, c0, x0, 0xa605a5a5a5a5a5a5)
test_269:
    mov x19, 269
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 1, 0
    CHECK_EQ_T(269, c0, x0, 0x0)
test_270:
    mov x19, 270
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 1, 0
    CHECK_EQ_T(270, c0, x0, 0x0)
test_271:
    mov x19, 271
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 1, 0
    CHECK_EQ_T(271, c0, x0, 0x25a5a5a5a5a5a5a5)
test_272:
    mov x19, 272
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 63, 0
    CHECK_EQ_T(272, c0, x0, 0x0)
test_273:
    mov x19, 273
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 63, 0
    CHECK_EQ_T(273, c0, x0, 0x0)
test_274:
    mov x19, 274
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 63, 0
    CHECK_EQ_T(274, c0, x0, 0xa5a5a5a5a5a5a5a5)
test_275:
    mov x19, 275
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 0, 7
    CHECK_EQ_T(275, c0, x0, 0x10)
test_276:
    mov x19, 276
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 0, 7
    CHECK_EQ_T(276, c0, x0, 0x10)
test_277:
    mov x19, 277
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 0, 7
    CHECK_EQ_T(277, c0, x0, 0xa5a5a5a5a5a5a510)
test_278:
    mov x19, 278
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 8, 23
    CHECK_EQ_T(278, c0, x0, 0x5432)
test_279:
    mov x19, 279
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 8, 23
    CHECK_EQ_T(279, c0, x0, 0x5432)
test_280:
    mov x19, 280
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 8, 23
    CHECK_EQ_T(280, c0, x0, 0xa5a5a5a5a5a55432)
test_281:
    mov x19, 281
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 56, 5
    CHECK_EQ_T(281, c0, x0, 0x1000)
test_282:
    mov x19, 282
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 56, 5
    CHECK_EQ_T(282, c0, x0, 0x1000)
test_283:
    mov x19, 283
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 56, 5
    CHECK_EQ_T(283, c0, x0, 0xa5a5a5a5a5a590a5)
test_284:
    mov x19, 284
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 3, 62
    CHECK_EQ_T(284, c0, x0, 0xfdb97530eca8642)
test_285:
    mov x19, 285
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 3, 62
    CHECK_EQ_T(285, c0, x0, 0xffdb97530eca8642)
test_286:
    mov x19, 286
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 3, 62
    CHECK_EQ_T(286, c0, x0, 0xafdb97530eca8642)
test_287:
    mov x19, 287
    ldr x1, =0xfedcba9876543210
    ubfm x0, x1, 63, 62
    CHECK_EQ_T(287, c0, x0, 0xfdb97530eca86420)
test_288:
    mov x19, 288
    ldr x1, =0xfedcba9876543210
    sbfm x0, x1, 63, 62
    CHECK_EQ_T(288, c0, x0, 0xfdb97530eca86420)
test_289:
    mov x19, 289
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 63, 62
    CHECK_EQ_T(289, c0, x0, 0xfdb97530eca86421)
test_290:
    mov x19, 290
    ldr x1, =0xfedcba9876543210
    lsl x0, x1, 63
    CHECK_EQ_T(290, c0, x0, 0x0)
test_291:
    mov x19, 291
    ldr x1, =0xfedcba9876543210
    lsr x0, x1, 63
    CHECK_EQ_T(291, c0, x0, 0x1)
test_292:
    mov x19, 292
    ldr x1, =0xfedcba9876543210
    asr x0, x1, 63
    CHECK_EQ_T(292, c0, x0, 0xffffffffffffffff)
test_293:
    mov x19, 293
    ldr x1, =0xfedcba9876543210
    sbfx x0, x1, 4, 12
    CHECK_EQ_T(293, c0, x0, 0x321)
test_294:
    mov x19, 294
    ldr x1, =0xfedcba9876543210
    ubfx x0, x1, 28, 4
    CHECK_EQ_T(294, c0, x0, 0x7)
test_295:
    mov x19, 295
    ldr x1, =0xfedcba9876543210
    sbfiz x0, x1, 3, 5
    CHECK_EQ_T(295, c0, x0, 0xffffffffffffff80)
test_296:
    mov x19, 296
    ldr x1, =0xfedcba9876543210
    ubfiz x0, x1, 60, 4
    CHECK_EQ_T(296, c0, x0, 0x0)
test_297:
    mov x19, 297
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfi x0, x1, 8, 8
    CHECK_EQ_T(297, c0, x0, 0xa5a5a5a5a5a510a5)
test_298:
    mov x19, 298
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfxil x0, x1, 4, 8
    CHECK_EQ_T(298, c0, x0, 0xa5a5a5a5a5a5a521)
test_299:
    mov x19, 299
    ldr x1, =0xfedcba9876543210
    sxtb x0, w1
    CHECK_EQ_T(299, c0, x0, 0x10)
test_300:
    mov x19, 300
    ldr x1, =0xfedcba9876543210
    sxth x0, w1
    CHECK_EQ_T(300, c0, x0, 0x3210)
test_301:
    mov x19, 301
    ldr x1, =0xfedcba9876543210
    uxtb w0, w1
    CHECK_EQ_T(301, c0, x0, 0x10)
test_302:
    mov x19, 302
    ldr x1, =0xfedcba9876543210
    uxth w0, w1
    CHECK_EQ_T(302, c0, x0, 0x3210)
test_303:
    mov x19, 303
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 0, 0
    CHECK_EQ_T(303, c0, x0, 0x0)
test_304:
    mov x19, 304
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 0, 0
    CHECK_EQ_T(304, c0, x0, 0x0)
test_305:
    mov x19, 305
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 0, 0
    CHECK_EQ_T(305, c0, x0, 0xa5a5a5a5a5a5a5a4)
test_306:
    mov x19, 306
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 0, 63
    CHECK_EQ_T(306, c0, x0, 0x8000000080000000)
test_307:
    mov x19, 307
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 0, 63
    CHECK_EQ_T(307, c0, x0, 0x8000000080000000)
test_308:
    mov x19, 308
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 0, 63
    CHECK_EQ_T(308, c0, x0, 0x8000000080000000)
test_309:
    mov x19, 309
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 63, 63
    CHECK_EQ_T(309, c0, x0, 0x1)
test_310:
    mov x19, 310
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 63, 63
    CHECK_EQ_T(310, c0, x0, 0xffffffffffffffff)
test_311:
    mov x19, 311
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 63, 63
    CHECK_EQ_T(311, c0, x0, 0xa5a5a5a5a5a5a5a5)
test_312:
    mov x19, 312
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 4, 11
    CHECK_EQ_T(312, c0, x0, 0x0)
test_313:
    mov x19, 313
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 4, 11
    CHECK_EQ_T(313, c0, x0, 0x0)
test_314:
    mov x19, 314
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 4, 11
    CHECK_EQ_T(314, c0, x0, 0xa5a5a5a5a5a5a500)
test_315:
    mov x19, 315
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 11, 4
    CHECK_EQ_T(315, c0, x0, 0x0)
test_316:
    mov x19, 316
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 11, 4
    CHECK_EQ_T(316, c0, x0, 0x0)
test_317:
    mov x19, 317
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 11, 4
    CHECK_EQ_T(317, c0, x0, 0xa405a5a5a5a5a5a5)
test_318:
    mov x19, 318
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 1, 0
    CHECK_EQ_T(318, c0, x0, 0x0)
test_319:
    mov x19, 319
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 1, 0
    CHECK_EQ_T(319, c0, x0, 0x0)
test_320:
    mov x19, 320
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 1, 0
    CHECK_EQ_T(320, c0, x0, 0x25a5a5a5a5a5a5a5)
test_321:
    mov x19, 321
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 63, 0
    CHECK_EQ_T(321, c0, x0, 0x0)
test_322:
    mov x19, 322
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 63, 0
    CHECK_EQ_T(322, c0, x0, 0x0)
test_323:
    mov x19, 323
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 63, 0
    CHECK_EQ_T(323, c0, x0, 0xa5a5a5a5a5a5a5a5)
test_324:
    mov x19, 324
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 0, 7
    CHECK_EQ_T(324, c0, x0, 0x0)
test_325:
    mov x19, 325
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 0, 7
    CHECK_EQ_T(325, c0, x0, 0x0)
test_326:
    mov x19, 326
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 0, 7
    CHECK_EQ_T(326, c0, x0, 0xa5a5a5a5a5a5a500)
test_327:
    mov x19, 327
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 8, 23
    CHECK_EQ_T(327, c0, x0, 0x0)
test_328:
    mov x19, 328
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 8, 23
    CHECK_EQ_T(328, c0, x0, 0x0)
test_329:
    mov x19, 329
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 8, 23
    CHECK_EQ_T(329, c0, x0, 0xa5a5a5a5a5a50000)
test_330:
    mov x19, 330
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 56, 5
    CHECK_EQ_T(330, c0, x0, 0x0)
test_331:
    mov x19, 331
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 56, 5
    CHECK_EQ_T(331, c0, x0, 0x0)
test_332:
    mov x19, 332
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 56, 5
    CHECK_EQ_T(332, c0, x0, 0xa5a5a5a5a5a580a5)
test_333:
    mov x19, 333
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 3, 62
    CHECK_EQ_T(333, c0, x0, 0x10000000)
test_334:
    mov x19, 334
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 3, 62
    CHECK_EQ_T(334, c0, x0, 0x10000000)
test_335:
    mov x19, 335
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 3, 62
    CHECK_EQ_T(335, c0, x0, 0xa000000010000000)
test_336:
    mov x19, 336
    ldr x1, =0x8000000080000000
    ubfm x0, x1, 63, 62
    CHECK_EQ_T(336, c0, x0, 0x100000000)
test_337:
    mov x19, 337
    ldr x1, =0x8000000080000000
    sbfm x0, x1, 63, 62
    CHECK_EQ_T(337, c0, x0, 0x100000000)
test_338:
    mov x19, 338
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm x0, x1, 63, 62
    CHECK_EQ_T(338, c0, x0, 0x100000001)
test_339:
    mov x19, 339
    ldr x1, =0x8000000080000000
    lsl x0, x1, 63
    CHECK_EQ_T(339, c0, x0, 0x0)
test_340:
    mov x19, 340
    ldr x1, =0x8000000080000000
    lsr x0, x1, 63
    CHECK_EQ_T(340, c0, x0, 0x1)
test_341:
    mov x19, 341
    ldr x1, =0x8000000080000000
    asr x0, x1, 63
    CHECK_EQ_T(341, c0, x0, 0xffffffffffffffff)
test_342:
    mov x19, 342
    ldr x1, =0x8000000080000000
    sbfx x0, x1, 4, 12
    CHECK_EQ_T(342, c0, x0, 0x0)
test_343:
    mov x19, 343
    ldr x1, =0x8000000080000000
    ubfx x0, x1, 28, 4
    CHECK_EQ_T(343, c0, x0, 0x8)
test_344:
    mov x19, 344
    ldr x1, =0x8000000080000000
    sbfiz x0, x1, 3, 5
    CHECK_EQ_T(344, c0, x0, 0x0)
test_345:
    mov x19, 345
    ldr x1, =0x8000000080000000
    ubfiz x0, x1, 60, 4
    CHECK_EQ_T(345, c0, x0, 0x0)
test_346:
    mov x19, 346
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfi x0, x1, 8, 8
    CHECK_EQ_T(346, c0, x0, 0xa5a5a5a5a5a500a5)
test_347:
    mov x19, 347
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfxil x0, x1, 4, 8
    CHECK_EQ_T(347, c0, x0, 0xa5a5a5a5a5a5a500)
test_348:
    mov x19, 348
    ldr x1, =0x8000000080000000
    sxtb x0, w1
    CHECK_EQ_T(348, c0, x0, 0x0)
test_349:
    mov x19, 349
    ldr x1, =0x8000000080000000
    sxth x0, w1
    CHECK_EQ_T(349, c0, x0, 0x0)
test_350:
    mov x19, 350
    ldr x1, =0x8000000080000000
    uxtb w0, w1
    CHECK_EQ_T(350, c0, x0, 0x0)
test_351:
    mov x19, 351
    ldr x1, =0x8000000080000000
    uxth w0, w1
    CHECK_EQ_T(351, c0, x0, 0x0)
test_352:
    mov x19, 352
    ldr x1, =0x123456789abcdef0
    sxtw x0, w1
    CHECK_EQ_T(352, c0, x0, 0xffffffff9abcdef0)
test_353:
    mov x19, 353
    ldr x1, =0xfedcba9876543210
    sxtw x0, w1
    CHECK_EQ_T(353, c0, x0, 0x76543210)
test_354:
    mov x19, 354
    ldr x1, =0x8000000080000000
    sxtw x0, w1
    CHECK_EQ_T(354, c0, x0, 0xffffffff80000000)
test_355:
    mov x19, 355
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 0, 0
    CHECK_EQ_T(355, c0, x0, 0x0)
test_356:
    mov x19, 356
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 0, 0
    CHECK_EQ_T(356, c0, x0, 0x0)
test_357:
    mov x19, 357
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 0, 0
    CHECK_EQ_T(357, c0, x0, 0xa5a5a5a4)
test_358:
    mov x19, 358
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 0, 31
    CHECK_EQ_T(358, c0, x0, 0x9abcdef0)
test_359:
    mov x19, 359
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 0, 31
    CHECK_EQ_T(359, c0, x0, 0x9abcdef0)
test_360:
    mov x19, 360
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 0, 31
    CHECK_EQ_T(360, c0, x0, 0x9abcdef0)
test_361:
    mov x19, 361
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 31, 31
    CHECK_EQ_T(361, c0, x0, 0x1)
test_362:
    mov x19, 362
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 31, 31
    CHECK_EQ_T(362, c0, x0, 0xffffffff)
test_363:
    mov x19, 363
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 31, 31
    CHECK_EQ_T(363, c0, x0, 0xa5a5a5a5)
test_364:
    mov x19, 364
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 4, 11
    CHECK_EQ_T(364, c0, x0, 0xef)
test_365:
    mov x19, 365
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 4, 11
    CHECK_EQ_T(365, c0, x0, 0xffffffef)
test_366:
    mov x19, 366
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 4, 11
    CHECK_EQ_T(366, c0, x0, 0xa5a5a5ef)
test_367:
    mov x19, 367
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 11, 4
    CHECK_EQ_T(367, c0, x0, 0x2000000)
test_368:
    mov x19, 368
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 11, 4
    CHECK_EQ_T(368, c0, x0, 0xfe000000)
test_369:
    mov x19, 369
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 11, 4
    CHECK_EQ_T(369, c0, x0, 0xa605a5a5)
test_370:
    mov x19, 370
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 1, 0
    CHECK_EQ_T(370, c0, x0, 0x0)
test_371:
    mov x19, 371
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 1, 0
    CHECK_EQ_T(371, c0, x0, 0x0)
test_372:
    mov x19, 372
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 1, 0
    CHECK_EQ_T(372, c0, x0, 0x25a5a5a5)
test_373:
    mov x19, 373
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 31, 0
    CHECK_EQ_T(373, c0, x0, 0x0)
test_374:
    mov x19, 374
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 31, 0
    CHECK_EQ_T(374, c0, x0, 0x0)
test_375:
    mov x19, 375
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 31, 0
    CHECK_EQ_T(375, c0, x0, 0xa5a5a5a5)
test_376:
    mov x19, 376
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 0, 7
    CHECK_EQ_T(376, c0, x0, 0xf0)
test_377:
    mov x19, 377
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 0, 7
    CHECK_EQ_T(377, c0, x0, 0xfffffff0)
test_378:
    mov x19, 378
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 0, 7
    CHECK_EQ_T(378, c0, x0, 0xa5a5a5f0)
test_379:
    mov x19, 379
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 8, 23
    CHECK_EQ_T(379, c0, x0, 0xbcde)
test_380:
    mov x19, 380
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 8, 23
    CHECK_EQ_T(380, c0, x0, 0xffffbcde)
test_381:
    mov x19, 381
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 8, 23
    CHECK_EQ_T(381, c0, x0, 0xa5a5bcde)
test_382:
    mov x19, 382
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 24, 5
    CHECK_EQ_T(382, c0, x0, 0x3000)
test_383:
    mov x19, 383
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 24, 5
    CHECK_EQ_T(383, c0, x0, 0xfffff000)
test_384:
    mov x19, 384
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 24, 5
    CHECK_EQ_T(384, c0, x0, 0xa5a5b0a5)
test_385:
    mov x19, 385
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 3, 30
    CHECK_EQ_T(385, c0, x0, 0x3579bde)
test_386:
    mov x19, 386
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 3, 30
    CHECK_EQ_T(386, c0, x0, 0x3579bde)
test_387:
    mov x19, 387
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 3, 30
    CHECK_EQ_T(387, c0, x0, 0xa3579bde)
test_388:
    mov x19, 388
    ldr x1, =0x123456789abcdef0
    ubfm w0, w1, 31, 30
    CHECK_EQ_T(388, c0, x0, 0x3579bde0)
test_389:
    mov x19, 389
    ldr x1, =0x123456789abcdef0
    sbfm w0, w1, 31, 30
    CHECK_EQ_T(389, c0, x0, 0x3579bde0)
test_390:
    mov x19, 390
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 31, 30
    CHECK_EQ_T(390, c0, x0, 0x3579bde1)
test_391:
    mov x19, 391
    ldr x1, =0x123456789abcdef0
    lsl w0, w1, 31
    CHECK_EQ_T(391, c0, x0, 0x0)
test_392:
    mov x19, 392
    ldr x1, =0x123456789abcdef0
    lsr w0, w1, 31
    CHECK_EQ_T(392, c0, x0, 0x1)
test_393:
    mov x19, 393
    ldr x1, =0x123456789abcdef0
    asr w0, w1, 31
    CHECK_EQ_T(393, c0, x0, 0xffffffff)
test_394:
    mov x19, 394
    ldr x1, =0x123456789abcdef0
    sbfx w0, w1, 4, 12
    CHECK_EQ_T(394, c0, x0, 0xfffffdef)
test_395:
    mov x19, 395
    ldr x1, =0x123456789abcdef0
    ubfx w0, w1, 28, 4
    CHECK_EQ_T(395, c0, x0, 0x9)
test_396:
    mov x19, 396
    ldr x1, =0x123456789abcdef0
    sbfiz w0, w1, 3, 5
    CHECK_EQ_T(396, c0, x0, 0xffffff80)
test_397:
    mov x19, 397
    ldr x1, =0x123456789abcdef0
    ubfiz w0, w1, 28, 4
    CHECK_EQ_T(397, c0, x0, 0x0)
test_398:
    mov x19, 398
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfi w0, w1, 8, 8
    CHECK_EQ_T(398, c0, x0, 0xa5a5f0a5)
test_399:
    mov x19, 399
    ldr x1, =0x123456789abcdef0
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfxil w0, w1, 4, 8
    CHECK_EQ_T(399, c0, x0, 0xa5a5a5ef)
test_400:
    mov x19, 400
    ldr x1, =0x123456789abcdef0
    sxtb w0, w1
    CHECK_EQ_T(400, c0, x0, 0xfffffff0)
test_401:
    mov x19, 401
    ldr x1, =0x123456789abcdef0
    sxth w0, w1
    CHECK_EQ_T(401, c0, x0, 0xffffdef0)
test_402:
    mov x19, 402
    ldr x1, =0x123456789abcdef0
    uxtb w0, w1
    CHECK_EQ_T(402, c0, x0, 0xf0)
test_403:
    mov x19, 403
    ldr x1, =0x123456789abcdef0
    uxth w0, w1
    CHECK_EQ_T(403, c0, x0, 0xdef0)
test_404:
    mov x19, 404
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 0, 0
    CHECK_EQ_T(404, c0, x0, 0x0)
test_405:
    mov x19, 405
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 0, 0
    CHECK_EQ_T(405, c0, x0, 0x0)
test_406:
    mov x19, 406
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 0, 0
    CHECK_EQ_T(406, c0, x0, 0xa5a5a5a4)
test_407:
    mov x19, 407
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 0, 31
    CHECK_EQ_T(407, c0, x0, 0x76543210)
test_408:
    mov x19, 408
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 0, 31
    CHECK_EQ_T(408, c0, x0, 0x76543210)
test_409:
    mov x19, 409
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 0, 31
    CHECK_EQ_T(409, c0, x0, 0x76543210)
test_410:
    mov x19, 410
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 31, 31
    CHECK_EQ_T(410, c0, x0, 0x0)
test_411:
    mov x19, 411
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 31, 31
    CHECK_EQ_T(411, c0, x0, 0x0)
test_412:
    mov x19, 412
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 31, 31
    CHECK_EQ_T(412, c0, x0, 0xa5a5a5a4)
test_413:
    mov x19, 413
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 4, 11
    CHECK_EQ_T(413, c0, x0, 0x21)
test_414:
    mov x19, 414
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 4, 11
    CHECK_EQ_T(414, c0, x0, 0x21)
test_415:
    mov x19, 415
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 4, 11
    CHECK_EQ_T(415, c0, x0, 0xa5a5a521)
test_416:
    mov x19, 416
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 11, 4
    CHECK_EQ_T(416, c0, x0, 0x2000000)
test_417:
    mov x19, 417
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 11, 4
    CHECK_EQ_T(417, c0, x0, 0xfe000000)
test_418:
    mov x19, 418
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 11, 4
    CHECK_EQ_T(418, c0, x0, 0xa605a5a5)
test_419:
    mov x19, 419
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 1, 0
    CHECK_EQ_T(419, c0, x0, 0x0)
test_420:
    mov x19, 420
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 1, 0
    CHECK_EQ_T(420, c0, x0, 0x0)
test_421:
    mov x19, 421
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 1, 0
    CHECK_EQ_T(421, c0, x0, 0x25a5a5a5)
test_422:
    mov x19, 422
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 31, 0
    CHECK_EQ_T(422, c0, x0, 0x0)
test_423:
    mov x19, 423
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 31, 0
    CHECK_EQ_T(423, c0, x0, 0x0)
test_424:
    mov x19, 424
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 31, 0
    CHECK_EQ_T(424, c0, x0, 0xa5a5a5a5)
test_425:
    mov x19, 425
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 0, 7
    CHECK_EQ_T(425, c0, x0, 0x10)
test_426:
    mov x19, 426
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 0, 7
    CHECK_EQ_T(426, c0, x0, 0x10)
test_427:
    mov x19, 427
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 0, 7
    CHECK_EQ_T(427, c0, x0, 0xa5a5a510)
test_428:
    mov x19, 428
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 8, 23
    CHECK_EQ_T(428, c0, x0, 0x5432)
test_429:
    mov x19, 429
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 8, 23
    CHECK_EQ_T(429, c0, x0, 0x5432)
test_430:
    mov x19, 430
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 8, 23
    CHECK_EQ_T(430, c0, x0, 0xa5a55432)
test_431:
    mov x19, 431
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 24, 5
    CHECK_EQ_T(431, c0, x0, 0x1000)
test_432:
    mov x19, 432
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 24, 5
    CHECK_EQ_T(432, c0, x0, 0x1000)
test_433:
    mov x19, 433
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 24, 5
    CHECK_EQ_T(433, c0, x0, 0xa5a590a5)
test_434:
    mov x19, 434
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 3, 30
    CHECK_EQ_T(434, c0, x0, 0xeca8642)
test_435:
    mov x19, 435
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 3, 30
    CHECK_EQ_T(435, c0, x0, 0xfeca8642)
test_436:
    mov x19, 436
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 3, 30
    CHECK_EQ_T(436, c0, x0, 0xaeca8642)
test_437:
    mov x19, 437
    ldr x1, =0xfedcba9876543210
    ubfm w0, w1, 31, 30
    CHECK_EQ_T(437, c0, x0, 0xeca86420)
test_438:
    mov x19, 438
    ldr x1, =0xfedcba9876543210
    sbfm w0, w1, 31, 30
    CHECK_EQ_T(438, c0, x0, 0xeca86420)
test_439:
    mov x19, 439
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 31, 30
    CHECK_EQ_T(439, c0, x0, 0xeca86421)
test_440:
    mov x19, 440
    ldr x1, =0xfedcba9876543210
    lsl w0, w1, 31
    CHECK_EQ_T(440, c0, x0, 0x0)
test_441:
    mov x19, 441
    ldr x1, =0xfedcba9876543210
    lsr w0, w1, 31
    CHECK_EQ_T(441, c0, x0, 0x0)
test_442:
    mov x19, 442
    ldr x1, =0xfedcba9876543210
    asr w0, w1, 31
    CHECK_EQ_T(442, c0, x0, 0x0)
test_443:
    mov x19, 443
    ldr x1, =0xfedcba9876543210
    sbfx w0, w1, 4, 12
    CHECK_EQ_T(443, c0, x0, 0x321)
test_444:
    mov x19, 444
    ldr x1, =0xfedcba9876543210
    ubfx w0, w1, 28, 4
    CHECK_EQ_T(444, c0, x0, 0x7)
test_445:
    mov x19, 445
    ldr x1, =0xfedcba9876543210
    sbfiz w0, w1, 3, 5
    CHECK_EQ_T(445, c0, x0, 0xffffff80)
test_446:
    mov x19, 446
    ldr x1, =0xfedcba9876543210
    ubfiz w0, w1, 28, 4
    CHECK_EQ_T(446, c0, x0, 0x0)
test_447:
    mov x19, 447
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfi w0, w1, 8, 8
    CHECK_EQ_T(447, c0, x0, 0xa5a510a5)
test_448:
    mov x19, 448
    ldr x1, =0xfedcba9876543210
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfxil w0, w1, 4, 8
    CHECK_EQ_T(448, c0, x0, 0xa5a5a521)
test_449:
    mov x19, 449
    ldr x1, =0xfedcba9876543210
    sxtb w0, w1
    CHECK_EQ_T(449, c0, x0, 0x10)
test_450:
    mov x19, 450
    ldr x1, =0xfedcba9876543210
    sxth w0, w1
    CHECK_EQ_T(450, c0, x0, 0x3210)
test_451:
    mov x19, 451
    ldr x1, =0xfedcba9876543210
    uxtb w0, w1
    CHECK_EQ_T(451, c0, x0, 0x10)
test_452:
    mov x19, 452
    ldr x1, =0xfedcba9876543210
    uxth w0, w1
    CHECK_EQ_T(452, c0, x0, 0x3210)
test_453:
    mov x19, 453
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 0, 0
    CHECK_EQ_T(453, c0, x0, 0x0)
test_454:
    mov x19, 454
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 0, 0
    CHECK_EQ_T(454, c0, x0, 0x0)
test_455:
    mov x19, 455
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 0, 0
    CHECK_EQ_T(455, c0, x0, 0xa5a5a5a4)
test_456:
    mov x19, 456
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 0, 31
    CHECK_EQ_T(456, c0, x0, 0x80000000)
test_457:
    mov x19, 457
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 0, 31
    CHECK_EQ_T(457, c0, x0, 0x80000000)
test_458:
    mov x19, 458
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 0, 31
    CHECK_EQ_T(458, c0, x0, 0x80000000)
test_459:
    mov x19, 459
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 31, 31
    CHECK_EQ_T(459, c0, x0, 0x1)
test_460:
    mov x19, 460
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 31, 31
    CHECK_EQ_T(460, c0, x0, 0xffffffff)
test_461:
    mov x19, 461
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 31, 31
    CHECK_EQ_T(461, c0, x0, 0xa5a5a5a5)
test_462:
    mov x19, 462
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 4, 11
    CHECK_EQ_T(462, c0, x0, 0x0)
test_463:
    mov x19, 463
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 4, 11
    CHECK_EQ_T(463, c0, x0, 0x0)
test_464:
    mov x19, 464
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 4, 11
    CHECK_EQ_T(464, c0, x0, 0xa5a5a500)
test_465:
    mov x19, 465
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 11, 4
    CHECK_EQ_T(465, c0, x0, 0x0)
test_466:
    mov x19, 466
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 11, 4
    CHECK_EQ_T(466, c0, x0, 0x0)
test_467:
    mov x19, 467
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 11, 4
    CHECK_EQ_T(467, c0, x0, 0xa405a5a5)
test_468:
    mov x19, 468
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 1, 0
    CHECK_EQ_T(468, c0, x0, 0x0)
test_469:
    mov x19, 469
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 1, 0
    CHECK_EQ_T(469, c0, x0, 0x0)
test_470:
    mov x19, 470
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 1, 0
    CHECK_EQ_T(470, c0, x0, 0x25a5a5a5)
test_471:
    mov x19, 471
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 31, 0
    CHECK_EQ_T(471, c0, x0, 0x0)
test_472:
    mov x19, 472
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 31, 0
    CHECK_EQ_T(472, c0, x0, 0x0)
test_473:
    mov x19, 473
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 31, 0
    CHECK_EQ_T(473, c0, x0, 0xa5a5a5a5)
test_474:
    mov x19, 474
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 0, 7
    CHECK_EQ_T(474, c0, x0, 0x0)
test_475:
    mov x19, 475
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 0, 7
    CHECK_EQ_T(475, c0, x0, 0x0)
test_476:
    mov x19, 476
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 0, 7
    CHECK_EQ_T(476, c0, x0, 0xa5a5a500)
test_477:
    mov x19, 477
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 8, 23
    CHECK_EQ_T(477, c0, x0, 0x0)
test_478:
    mov x19, 478
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 8, 23
    CHECK_EQ_T(478, c0, x0, 0x0)
test_479:
    mov x19, 479
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 8, 23
    CHECK_EQ_T(479, c0, x0, 0xa5a50000)
test_480:
    mov x19, 480
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 24, 5
    CHECK_EQ_T(480, c0, x0, 0x0)
test_481:
    mov x19, 481
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 24, 5
    CHECK_EQ_T(481, c0, x0, 0x0)
test_482:
    mov x19, 482
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 24, 5
    CHECK_EQ_T(482, c0, x0, 0xa5a580a5)
test_483:
    mov x19, 483
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 3, 30
    CHECK_EQ_T(483, c0, x0, 0x0)
test_484:
    mov x19, 484
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 3, 30
    CHECK_EQ_T(484, c0, x0, 0x0)
test_485:
    mov x19, 485
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 3, 30
    CHECK_EQ_T(485, c0, x0, 0xa0000000)
test_486:
    mov x19, 486
    ldr x1, =0x8000000080000000
    ubfm w0, w1, 31, 30
    CHECK_EQ_T(486, c0, x0, 0x0)
test_487:
    mov x19, 487
    ldr x1, =0x8000000080000000
    sbfm w0, w1, 31, 30
    CHECK_EQ_T(487, c0, x0, 0x0)
test_488:
    mov x19, 488
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfm w0, w1, 31, 30
    CHECK_EQ_T(488, c0, x0, 0x1)
test_489:
    mov x19, 489
    ldr x1, =0x8000000080000000
    lsl w0, w1, 31
    CHECK_EQ_T(489, c0, x0, 0x0)
test_490:
    mov x19, 490
    ldr x1, =0x8000000080000000
    lsr w0, w1, 31
    CHECK_EQ_T(490, c0, x0, 0x1)
test_491:
    mov x19, 491
    ldr x1, =0x8000000080000000
    asr w0, w1, 31
    CHECK_EQ_T(491, c0, x0, 0xffffffff)
test_492:
    mov x19, 492
    ldr x1, =0x8000000080000000
    sbfx w0, w1, 4, 12
    CHECK_EQ_T(492, c0, x0, 0x0)
test_493:
    mov x19, 493
    ldr x1, =0x8000000080000000
    ubfx w0, w1, 28, 4
    CHECK_EQ_T(493, c0, x0, 0x8)
test_494:
    mov x19, 494
    ldr x1, =0x8000000080000000
    sbfiz w0, w1, 3, 5
    CHECK_EQ_T(494, c0, x0, 0x0)
test_495:
    mov x19, 495
    ldr x1, =0x8000000080000000
    ubfiz w0, w1, 28, 4
    CHECK_EQ_T(495, c0, x0, 0x0)
test_496:
    mov x19, 496
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfi w0, w1, 8, 8
    CHECK_EQ_T(496, c0, x0, 0xa5a500a5)
test_497:
    mov x19, 497
    ldr x1, =0x8000000080000000
    ldr x0, =0xa5a5a5a5a5a5a5a5
    bfxil w0, w1, 4, 8
    CHECK_EQ_T(497, c0, x0, 0xa5a5a500)
test_498:
    mov x19, 498
    ldr x1, =0x8000000080000000
    sxtb w0, w1
    CHECK_EQ_T(498, c0, x0, 0x0)
test_499:
    mov x19, 499
    ldr x1, =0x8000000080000000
    sxth w0, w1
    CHECK_EQ_T(499, c0, x0, 0x0)
test_500:
    mov x19, 500
    ldr x1, =0x8000000080000000
    uxtb w0, w1
    CHECK_EQ_T(500, c0, x0, 0x0)
test_501:
    mov x19, 501
    ldr x1, =0x8000000080000000
    uxth w0, w1
    CHECK_EQ_T(501, c0, x0, 0x0)
test_502:
    mov x19, 502
    ldr x1, =0x123456789abcdef0
    sxtw x0, w1
    CHECK_EQ_T(502, c0, x0, 0xffffffff9abcdef0)
test_503:
    mov x19, 503
    ldr x1, =0xfedcba9876543210
    sxtw x0, w1
    CHECK_EQ_T(503, c0, x0, 0x76543210)
test_504:
    mov x19, 504
    ldr x1, =0x8000000080000000
    sxtw x0, w1
    CHECK_EQ_T(504, c0, x0, 0xffffffff80000000)
test_505:
    mov x19, 505
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr x0, x1, x2, 0
    CHECK_EQ_T(505, c0, x0, 0xfedcba9876543210)
test_506:
    mov x19, 506
    ldr x1, =0x123456789abcdef
    ror x0, x1, 0
    CHECK_EQ_T(506, c0, x0, 0x123456789abcdef)
test_507:
    mov x19, 507
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr x0, x1, x2, 1
    CHECK_EQ_T(507, c0, x0, 0xff6e5d4c3b2a1908)
test_508:
    mov x19, 508
    ldr x1, =0x123456789abcdef
    ror x0, x1, 1
    CHECK_EQ_T(508, c0, x0, 0x8091a2b3c4d5e6f7)
test_509:
    mov x19, 509
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr x0, x1, x2, 8
    CHECK_EQ_T(509, c0, x0, 0xeffedcba98765432)
test_510:
    mov x19, 510
    ldr x1, =0x123456789abcdef
    ror x0, x1, 8
    CHECK_EQ_T(510, c0, x0, 0xef0123456789abcd)
test_511:
    mov x19, 511
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr x0, x1, x2, 63
    CHECK_EQ_T(511, c0, x0, 0x2468acf13579bdf)
test_512:
    mov x19, 512
    ldr x1, =0x123456789abcdef
    ror x0, x1, 63
    CHECK_EQ_T(512, c0, x0, 0x2468acf13579bde)
test_513:
    mov x19, 513
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr w0, w1, w2, 0
    CHECK_EQ_T(513, c0, x0, 0x76543210)
test_514:
    mov x19, 514
    ldr x1, =0x123456789abcdef
    ror w0, w1, 0
    CHECK_EQ_T(514, c0, x0, 0x89abcdef)
test_515:
    mov x19, 515
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr w0, w1, w2, 1
    CHECK_EQ_T(515, c0, x0, 0xbb2a1908)
test_516:
    mov x19, 516
    ldr x1, =0x123456789abcdef
    ror w0, w1, 1
    CHECK_EQ_T(516, c0, x0, 0xc4d5e6f7)
test_517:
    mov x19, 517
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr w0, w1, w2, 8
    CHECK_EQ_T(517, c0, x0, 0xef765432)
test_518:
    mov x19, 518
    ldr x1, =0x123456789abcdef
    ror w0, w1, 8
    CHECK_EQ_T(518, c0, x0, 0xef89abcd)
test_519:
    mov x19, 519
    ldr x1, =0x123456789abcdef
    ldr x2, =0xfedcba9876543210
    extr w0, w1, w2, 31
    CHECK_EQ_T(519, c0, x0, 0x13579bde)
test_520:
    mov x19, 520
    ldr x1, =0x123456789abcdef
    ror w0, w1, 31
    CHECK_EQ_T(520, c0, x0, 0x13579bdf)
    b pass
TEST_END
