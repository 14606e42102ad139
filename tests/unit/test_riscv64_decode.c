/*
 * Unit tests of the riscv64 integer frontend: decoding and disassembly of
 * every integer instruction class (expected text from
 * `riscv64-linux-gnu-objdump -d -M no-aliases`), rejection of reserved
 * encodings, the IR emitted for representative instructions, and the block
 * translation loop over guest memory.
 */
#include <criterion/criterion.h>
#include <string.h>
#include <sys/mman.h>

#include "frontends/riscv64/internal.h"
#include "util/guestmem.h"

extern const GuestArch guest_riscv64;

static IRBlock blk;
static DisasContext ctx;

static void setup(void)
{
    guest_riscv64.init();
    ir_block_init(&blk, riscv_globals, RV_NUM_GLOBALS, offsetof(RISCVCPU, res_val) + 8);
}

static void teardown(void)
{
    ir_block_free(&blk);
}

TestSuite(riscv64_decode, .init = setup, .fini = teardown);

static bool no_side_exits;      /* the block-ending form of branches */

/* Decode one instruction at pc into a fresh block. */
static bool decode(uint32_t insn, uint64_t pc)
{
    ir_block_reset(&blk, pc);
    if (no_side_exits)
        blk.max_side = 0;
    memset(&ctx, 0, sizeof(ctx));
    ctx.b = &blk;
    ctx.pc = pc;
    ctx.insn = insn;
    ctx.pc_next = pc + ((insn & 3) == 3 ? 4 : 2);
    return riscv_decode_insn(&ctx);
}

static const IROp *op(uint32_t i)
{
    cr_assert_lt(i, blk.nops, "op %u of %u", i, blk.nops);
    return &blk.ops[i];
}

/* Index of the first op with opcode opc, or -1. */
static int find_op(IROpc opc)
{
    for (uint32_t i = 0; i < blk.nops; i++)
        if (blk.ops[i].opc == opc)
            return (int)i;
    return -1;
}

#define X(r) (RV_G_X0 + (r))

/* ---- disassembly ----------------------------------------------------------------- */

static const struct { uint64_t pc; uint32_t insn; const char *text; } objdump_table[] = {
    { 0x0, 0x12345537, "lui\ta0,0x12345" },
    { 0x4, 0xfffff297, "auipc\tt0,0xfffff" },
    { 0x8, 0x001000ef, "jal\tra,808" },
    { 0xc, 0xffdff06f, "jal\tzero,8" },
    { 0x10, 0xff8780e7, "jalr\tra,-8(a5)" },
    { 0x14, 0x00b50863, "beq\ta0,a1,24" },
    { 0x18, 0x80941063, "bne\ts0,s1,fffffffffffff018" },
    { 0x1c, 0x7e62cfe3, "blt\tt0,t1,101a" },
    { 0x20, 0x00055463, "bge\ta0,zero,28" },
    { 0x24, 0xfed66fe3, "bltu\ta2,a3,22" },
    { 0x28, 0x00f77663, "bgeu\ta4,a5,34" },
    { 0x2c, 0xfff10503, "lb\ta0,-1(sp)" },
    { 0x30, 0x00251583, "lh\ta1,2(a0)" },
    { 0x34, 0x7ff5a603, "lw\ta2,2047(a1)" },
    { 0x38, 0x80063683, "ld\ta3,-2048(a2)" },
    { 0x3c, 0x0006c703, "lbu\ta4,0(a3)" },
    { 0x40, 0x00675783, "lhu\ta5,6(a4)" },
    { 0x44, 0x00c7e803, "lwu\ta6,12(a5)" },
    { 0x48, 0xfea10fa3, "sb\ta0,-1(sp)" },
    { 0x4c, 0x00b51123, "sh\ta1,2(a0)" },
    { 0x50, 0x7ec5afa3, "sw\ta2,2047(a1)" },
    { 0x54, 0x80d63023, "sd\ta3,-2048(a2)" },
    { 0x58, 0xfff58513, "addi\ta0,a1,-1" },
    { 0x5c, 0x0645a513, "slti\ta0,a1,100" },
    { 0x60, 0xfff5b513, "sltiu\ta0,a1,-1" },
    { 0x64, 0xfff5c513, "xori\ta0,a1,-1" },
    { 0x68, 0x7ff5e513, "ori\ta0,a1,2047" },
    { 0x6c, 0x8005f513, "andi\ta0,a1,-2048" },
    { 0x70, 0x03f59513, "slli\ta0,a1,0x3f" },
    { 0x74, 0x0015d513, "srli\ta0,a1,0x1" },
    { 0x78, 0x4205d513, "srai\ta0,a1,0x20" },
    { 0x7c, 0x01498933, "add\ts2,s3,s4" },
    { 0x80, 0x417b0ab3, "sub\ts5,s6,s7" },
    { 0x84, 0x01ac9c33, "sll\ts8,s9,s10" },
    { 0x88, 0x01de2db3, "slt\ts11,t3,t4" },
    { 0x8c, 0x003fbf33, "sltu\tt5,t6,gp" },
    { 0x90, 0x0020c233, "xor\ttp,ra,sp" },
    { 0x94, 0x00c5d533, "srl\ta0,a1,a2" },
    { 0x98, 0x40c5d533, "sra\ta0,a1,a2" },
    { 0x9c, 0x00c5e533, "or\ta0,a1,a2" },
    { 0xa0, 0x00c5f533, "and\ta0,a1,a2" },
    { 0xa4, 0xffb5851b, "addiw\ta0,a1,-5" },
    { 0xa8, 0x01f5951b, "slliw\ta0,a1,0x1f" },
    { 0xac, 0x0015d51b, "srliw\ta0,a1,0x1" },
    { 0xb0, 0x4115d51b, "sraiw\ta0,a1,0x11" },
    { 0xb4, 0x00c5853b, "addw\ta0,a1,a2" },
    { 0xb8, 0x40c5853b, "subw\ta0,a1,a2" },
    { 0xbc, 0x00c5953b, "sllw\ta0,a1,a2" },
    { 0xc0, 0x00c5d53b, "srlw\ta0,a1,a2" },
    { 0xc4, 0x40c5d53b, "sraw\ta0,a1,a2" },
    { 0xc8, 0x0ff0000f, "fence\tiorw,iorw" },
    { 0xcc, 0x0310000f, "fence\trw,w" },
    { 0xd0, 0x8330000f, "fence.tso" },
    { 0xd4, 0x0000100f, "fence.i" },
    { 0xd8, 0x00000073, "ecall" },
    { 0xdc, 0x00100073, "ebreak" },
    { 0xe0, 0x00359573, "csrrw\ta0,fcsr,a1" },
    { 0xe4, 0x00102573, "csrrs\ta0,fflags,zero" },
    { 0xe8, 0x00263073, "csrrc\tzero,frm,a2" },
    { 0xec, 0x003fd573, "csrrwi\ta0,fcsr,31" },
    { 0xf0, 0xc0006573, "csrrsi\ta0,cycle,0" },
    { 0xf4, 0x7c00f573, "csrrci\ta0,0x7c0,1" },
    { 0xf8, 0x02c58533, "mul\ta0,a1,a2" },
    { 0xfc, 0x02c59533, "mulh\ta0,a1,a2" },
    { 0x100, 0x02c5a533, "mulhsu\ta0,a1,a2" },
    { 0x104, 0x02c5b533, "mulhu\ta0,a1,a2" },
    { 0x108, 0x02c5c533, "div\ta0,a1,a2" },
    { 0x10c, 0x02c5d533, "divu\ta0,a1,a2" },
    { 0x110, 0x02c5e533, "rem\ta0,a1,a2" },
    { 0x114, 0x02c5f533, "remu\ta0,a1,a2" },
    { 0x118, 0x02c5853b, "mulw\ta0,a1,a2" },
    { 0x11c, 0x02c5c53b, "divw\ta0,a1,a2" },
    { 0x120, 0x02c5d53b, "divuw\ta0,a1,a2" },
    { 0x124, 0x02c5e53b, "remw\ta0,a1,a2" },
    { 0x128, 0x02c5f53b, "remuw\ta0,a1,a2" },
    { 0x12c, 0x1005a52f, "lr.w\ta0,(a1)" },
    { 0x130, 0x1405b52f, "lr.d.aq\ta0,(a1)" },
    { 0x134, 0x1ac5a52f, "sc.w.rl\ta0,a2,(a1)" },
    { 0x138, 0x1ec5b52f, "sc.d.aqrl\ta0,a2,(a1)" },
    { 0x13c, 0x08c5a52f, "amoswap.w\ta0,a2,(a1)" },
    { 0x140, 0x04c5b52f, "amoadd.d.aq\ta0,a2,(a1)" },
    { 0x144, 0x20c5a52f, "amoxor.w\ta0,a2,(a1)" },
    { 0x148, 0x60c5b52f, "amoand.d\ta0,a2,(a1)" },
    { 0x14c, 0x40c5a52f, "amoor.w\ta0,a2,(a1)" },
    { 0x150, 0x80c5b52f, "amomin.d\ta0,a2,(a1)" },
    { 0x154, 0xa0c5a52f, "amomax.w\ta0,a2,(a1)" },
    { 0x158, 0xc0c5b52f, "amominu.d\ta0,a2,(a1)" },
    { 0x15c, 0xe6c5a52f, "amomaxu.w.aqrl\ta0,a2,(a1)" },
    { 0x160, 0x1fe8, "c.addi4spn\ta0,sp,1020" },
    { 0x162, 0x5cfc, "c.lw\ta5,124(s1)" },
    { 0x164, 0x7fe0, "c.ld\ts0,248(a5)" },
    { 0x166, 0xc0bc, "c.sw\ta5,64(s1)" },
    { 0x168, 0xe780, "c.sd\ts0,8(a5)" },
    { 0x16a, 0x0001, "c.addi\tzero,0" },
    { 0x16c, 0x1501, "c.addi\ta0,-32" },
    { 0x16e, 0x257d, "c.addiw\ta0,31" },
    { 0x170, 0x52fd, "c.li\tt0,-1" },
    { 0x172, 0x617d, "c.addi16sp\tsp,496" },
    { 0x174, 0x7501, "c.lui\ta0,0xfffe0" },
    { 0x176, 0x917d, "c.srli\ta0,0x3f" },
    { 0x178, 0x8485, "c.srai\ts1,0x1" },
    { 0x17a, 0x9bfd, "c.andi\ta5,-1" },
    { 0x17c, 0x8d0d, "c.sub\ta0,a1" },
    { 0x17e, 0x8e35, "c.xor\ta2,a3" },
    { 0x180, 0x8f5d, "c.or\ta4,a5" },
    { 0x182, 0x8c65, "c.and\ts0,s1" },
    { 0x184, 0x9d05, "c.subw\ta0,s1" },
    { 0x186, 0x9fa9, "c.addw\ta5,a0" },
    { 0x188, 0xb001, "c.j\tfffffffffffff988" },
    { 0x18a, 0xcd7d, "c.beqz\ta0,288" },
    { 0x18c, 0xf081, "c.bnez\ts1,8c" },
    { 0x18e, 0x0f86, "c.slli\tt6,0x1" },
    { 0x190, 0x50fe, "c.lwsp\tra,252(sp)" },
    { 0x192, 0x757e, "c.ldsp\ta0,504(sp)" },
    { 0x194, 0x8282, "c.jr\tt0" },
    { 0x196, 0x857e, "c.mv\ta0,t6" },
    { 0x198, 0x9002, "c.ebreak" },
    { 0x19a, 0x9502, "c.jalr\ta0" },
    { 0x19c, 0x908a, "c.add\tra,sp" },
    { 0x19e, 0xdfaa, "c.swsp\ta0,252(sp)" },
    { 0x1a0, 0xffee, "c.sdsp\ts11,504(sp)" },
};

Test(riscv64_decode, disas_matches_objdump)
{
    for (size_t i = 0; i < sizeof(objdump_table) / sizeof(objdump_table[0]); i++) {
        char buf[96];
        uint32_t w = objdump_table[i].insn;
        unsigned len = riscv_disas_word(objdump_table[i].pc, w, buf, sizeof(buf));
        cr_expect_str_eq(buf, objdump_table[i].text, "0x%08x", w);
        cr_expect_eq(len, (w & 3) == 3 ? 4u : 2u, "length of 0x%08x", w);
    }
}

/* Every table entry decodes, except the unknown CSR 0x7c0. */
Test(riscv64_decode, table_entries_are_legal)
{
    for (size_t i = 0; i < sizeof(objdump_table) / sizeof(objdump_table[0]); i++) {
        uint32_t w = objdump_table[i].insn;
        cr_expect_eq(decode(w, objdump_table[i].pc), w != 0x7c00f573, "0x%08x", w);
    }
}

Test(riscv64_decode, disas_unknown_words)
{
    char buf[64];
    riscv_disas_word(0, 0xffffffff, buf, sizeof(buf));
    cr_expect_str_eq(buf, ".insn\t0xffffffff");
    riscv_disas_word(0, 0x0000, buf, sizeof(buf));
    cr_expect_str_eq(buf, ".insn\t0x0000");
    riscv_disas_word(0, 0x6101, buf, sizeof(buf));      /* c.addi16sp sp,0 */
    cr_expect_str_eq(buf, ".insn\t0x6101");
    riscv_disas_word(0, 0x4002, buf, sizeof(buf));      /* c.lwsp zero,0(sp) */
    cr_expect_str_eq(buf, ".insn\t0x4002");
}

/* ---- reserved encodings ------------------------------------------------------------- */

Test(riscv64_decode, reserved_encodings_rejected)
{
    static const uint32_t words[] = {
        0x0000,         /* all zero: c.addi4spn with nzuimm = 0 */
        0x0004,         /* c.addi4spn s1,sp,0 */
        0x8000,         /* quadrant 0 funct3 100 */
        0x2001,         /* c.addiw zero,0 */
        0x6101,         /* c.addi16sp sp,0 */
        0x6501,         /* c.lui a0,0 */
        0x4002,         /* c.lwsp zero,0(sp) */
        0x6002,         /* c.ldsp zero,0(sp) */
        0x8002,         /* c.jr zero */
        0x9c41,         /* 100 1 11 000 10 000 01: reserved subw/addw slot */
        0x9c61,         /* ... 11: reserved */
        0x7c00f573,     /* csrrci a0,0x7c0,1: unknown CSR */
        0xc0051073,     /* csrrw zero,cycle,a0: write to a read-only CSR */
        0xc0016073,     /* csrrsi zero,cycle,2: also a write */
        0xffffffff,
        0x0000007f,     /* 64-bit encoding space */
        0x0000000b,     /* custom-0 */
    };
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        cr_expect_not(decode(words[i], 0x1000), "0x%08x", words[i]);
    }
    /* rejected encodings emit nothing (the caller emits the illegal exit) */
    cr_expect_not(decode(0xc0051073, 0x1000));
    cr_expect_eq(blk.nops, 0);
}

Test(riscv64_decode, reserved_register_fields)
{
    cr_expect_not(decode(0x42c58533, 0));                       /* add with funct7 0100001 */
    cr_expect_not(decode(0x0205951b, 0));                       /* slliw with shamt[5] set */
    cr_expect_not(decode(0x1015a52f, 0));                       /* lr.w with rs2 != 0 */
    cr_expect(decode(0x1005a52f, 0));                           /* lr.w a0,(a1) */
    cr_expect(decode(0x0205951b & ~(1u << 25), 0));             /* slliw a0,a1,0 */
}

/* ---- emitted IR --------------------------------------------------------------------- */

Test(riscv64_decode, ir_add_is_one_op)
{
    cr_assert(decode(0x00c58533, 0x1000));                      /* add a0,a1,a2 */
    cr_assert_eq(blk.nops, 1);
    cr_expect_eq(op(0)->opc, IR_add);
    cr_expect_eq(op(0)->args[0], X(10));
    cr_expect_eq(op(0)->args[1], X(11));
    cr_expect_eq(op(0)->args[2], X(12));
    cr_expect_not(ctx.done);
}

Test(riscv64_decode, ir_li_and_x0_destination)
{
    cr_assert(decode(0x00500513, 0));                           /* addi a0,zero,5 */
    cr_assert_eq(blk.nops, 1);
    cr_expect_eq(op(0)->opc, IR_movi);
    cr_expect_eq(op(0)->args[0], X(10));
    cr_expect_eq(op(0)->args[1], 5);
    cr_assert(decode(0x00c58033, 0));                           /* add zero,a1,a2 */
    cr_expect_eq(blk.nops, 0);
    cr_assert(decode(0x5565, 0));                               /* c.li a0,-7 */
    cr_expect_eq(op(0)->opc, IR_movi);
    cr_expect_eq(op(0)->args[1], (uint64_t)-7);
}

/* Block-ending form (superblocks off, as with instruction counting). */
Test(riscv64_decode, ir_branch_two_exits)
{
    no_side_exits = true;
    cr_assert(decode(0x00b50863, 0x2000));                      /* beq a0,a1,.+16 */
    no_side_exits = false;
    cr_assert_eq(blk.nops, 4);
    cr_expect_eq(op(0)->opc, IR_brcond);
    cr_expect_eq(op(0)->args[2], IR_EQ);
    cr_expect_eq(op(1)->opc, IR_goto_tb);
    cr_expect_eq(op(1)->args[0], 0);
    cr_expect_eq(op(1)->args[1], 0x2004);
    cr_expect_eq(op(2)->opc, IR_set_label);
    cr_expect_eq(op(2)->args[0], op(0)->args[3]);
    cr_expect_eq(op(3)->opc, IR_goto_tb);
    cr_expect_eq(op(3)->args[0], 1);
    cr_expect_eq(op(3)->args[1], 0x2010);
    cr_expect(ctx.done);
}

/* In a superblock a branch is a side exit and translation goes on. */
Test(riscv64_decode, ir_branch_side_exit)
{
    cr_assert(decode(0x00b54863, 0x2000));                      /* blt a0,a1,.+16 */
    cr_assert_eq(blk.nops, 1);
    cr_expect_eq(op(0)->opc, IR_brcond_tb);
    cr_expect_eq(op(0)->args[0], X(10));
    cr_expect_eq(op(0)->args[1], X(11));
    cr_expect_eq(op(0)->args[2], IR_LT);
    cr_expect_eq(op(0)->args[3], IR_FIRST_SIDE_SLOT);
    cr_expect_eq(op(0)->args[4], 0x2010);
    cr_expect(!ctx.done);
    /* the slots run out: the branch then ends the block */
    for (int i = IR_FIRST_SIDE_SLOT + 1; i < IR_MAX_SLOTS; i++)
        cr_assert_geq(ir_side_exit_slot(&blk), 0);
    cr_assert(decode(0x00b54863, 0x2000) && blk.nops == 1);     /* reset: slots free again */
    blk.nside = blk.max_side;
    ctx.pc = 0x2000;
    cr_assert(riscv_decode_insn(&ctx));
    cr_expect(ctx.done);
    cr_expect_eq(op(find_op(IR_goto_tb))->args[1], 0x2004);
}

Test(riscv64_decode, ir_compressed_branch_target)
{
    no_side_exits = true;
    cr_assert(decode(0xdd65, 0x102a));                          /* c.beqz a0,.-8 */
    no_side_exits = false;
    int last = (int)blk.nops - 1;
    cr_expect_eq(op(last)->opc, IR_goto_tb);
    cr_expect_eq(op(last)->args[1], 0x1022);
    cr_expect_eq(op(find_op(IR_goto_tb))->args[1], 0x102c);
}

/* jalr a0,4(a0): the target must be read before a0 is overwritten. */
Test(riscv64_decode, ir_jalr_reads_before_link)
{
    cr_assert(decode(0x00450567, 0x3000));
    int link = -1;
    for (uint32_t i = 0; i < blk.nops; i++) {
        const IROp *o = op(i);
        if (o->opc == IR_movi && o->args[0] == X(10))
            link = (int)i;
        if (ir_op_defs[o->opc].nin && o->args[ir_op_defs[o->opc].nout] == X(10))
            cr_expect(link < 0, "a0 read at op %u after the link write", i);
    }
    cr_expect_geq(link, 0);
    cr_expect_eq(op(link)->args[1], 0x3004);
    cr_expect_eq(op(blk.nops - 1)->opc, IR_goto_ptr);
    cr_expect(ctx.done);
}

Test(riscv64_decode, ir_jal_links_and_jumps)
{
    cr_assert(decode(0x001000ef, 0x8));                         /* jal ra,.+2048 */
    cr_assert_eq(blk.nops, 2);
    cr_expect_eq(op(0)->opc, IR_movi);
    cr_expect_eq(op(0)->args[0], X(1));
    cr_expect_eq(op(0)->args[1], 0xc);
    cr_expect_eq(op(1)->opc, IR_goto_tb);
    cr_expect_eq(op(1)->args[1], 0x808);
}

/* The block ends with exit_tb(code), after storing pc. */
static void expect_exit(uint64_t pc, IRExit code)
{
    cr_assert_geq(blk.nops, 2);
    const IROp *ex = op(blk.nops - 1);
    cr_expect_eq(ex->opc, IR_exit_tb);
    cr_expect_eq(ex->args[0], code);
    int st = -1;
    for (uint32_t i = 0; i + 1 < blk.nops; i++)
        if (op(i)->opc == IR_movi && op(i)->args[0] == RV_G_PC)
            st = (int)i;
    cr_assert_neq(st, -1, "pc is not stored");
    cr_expect_eq(op(st)->args[1], pc);
}

Test(riscv64_decode, ir_system_exits)
{
    cr_assert(decode(0x00000073, 0x400));                       /* ecall */
    expect_exit(0x404, IR_EXIT_SYSCALL);
    cr_expect(ctx.done);
    cr_assert(decode(0x00100073, 0x400));                       /* ebreak */
    expect_exit(0x400, IR_EXIT_BREAKPOINT);
    cr_assert(decode(0x9002, 0x400));                           /* c.ebreak */
    expect_exit(0x400, IR_EXIT_BREAKPOINT);
    cr_assert(decode(0x0000100f, 0x400));                       /* fence.i */
    expect_exit(0x404, IR_EXIT_FLUSH);
    cr_assert(decode(0x0ff0000f, 0x400));                       /* fence */
    cr_assert_eq(blk.nops, 1);
    cr_expect_eq(op(0)->opc, IR_fence);
    cr_expect_eq(op(0)->args[0], IR_FENCE_ALL);
}

Test(riscv64_decode, ir_illegal_exit)
{
    ir_block_reset(&blk, 0x500);
    memset(&ctx, 0, sizeof(ctx));
    ctx.b = &blk;
    ctx.pc = 0x500;
    ctx.insn = 0xffffffff;
    rv_gen_illegal(&ctx);
    cr_expect_neq(find_op(IR_call), -1);
    expect_exit(0x500, IR_EXIT_ILLEGAL);
    cr_expect(ctx.done);
}

Test(riscv64_decode, ir_divw_extends)
{
    cr_assert(decode(0x02c5c53b, 0));                           /* divw a0,a1,a2 */
    cr_expect_neq(find_op(IR_divs), -1);
    cr_expect_eq(op(blk.nops - 1)->opc, IR_ext32s);
    cr_expect_eq(op(blk.nops - 1)->args[0], X(10));
    cr_assert(decode(0x02c5f53b, 0));                           /* remuw a0,a1,a2 */
    cr_expect_neq(find_op(IR_ext32u), -1);
    cr_expect_neq(find_op(IR_remu), -1);
    cr_expect_eq(op(blk.nops - 1)->opc, IR_ext32s);
}

Test(riscv64_decode, ir_atomics)
{
    cr_assert(decode(0x00c5a52f, 0));                           /* amoadd.w a0,a2,(a1) */
    int i = find_op(IR_atomic_rmw);
    cr_assert_neq(i, -1);
    cr_expect_eq(op(i)->args[0], X(10));
    cr_expect_eq(op(i)->args[1], X(11));
    cr_expect_eq(op(i)->args[2], X(12));
    cr_expect_eq(op(i)->args[3], IR_MO_S32);
    cr_expect_eq(op(i)->args[4], IR_AMO_ADD);
    cr_expect_eq(find_op(IR_fence), -1);

    i = find_op(IR_brcond);                                     /* alignment check first */
    cr_assert_neq(i, -1);
    cr_expect_eq(op(i)->args[2], IR_TSTEQ);
    cr_expect_lt(i, find_op(IR_atomic_rmw));

    cr_assert(decode(0x06c5b52f, 0));                           /* amoadd.d.aqrl a0,a2,(a1) */
    i = find_op(IR_fence);
    cr_assert_neq(i, -1);
    cr_expect_lt(i, find_op(IR_atomic_rmw));                    /* rl: before */
    cr_expect_eq(op(blk.nops - 1)->opc, IR_fence);              /* aq: after */

    cr_assert(decode(0x1005b52f, 0));                           /* lr.d a0,(a1) */
    i = find_op(IR_ld);
    cr_assert_neq(i, -1);
    cr_expect_eq(op(i)->args[0], RV_G_RES_VAL);
    cr_expect_eq(op(i)->args[2], IR_MO_64);

    cr_assert(decode(0x18c5a52f, 0));                           /* sc.w a0,a2,(a1) */
    i = find_op(IR_atomic_cmpxchg);
    cr_assert_neq(i, -1);
    cr_expect_eq(op(i)->args[2], RV_G_RES_VAL);
    cr_expect_eq(op(i)->args[3], X(12));
    cr_expect_eq(op(i)->args[4], IR_MO_S32);
}

Test(riscv64_decode, ir_csr)
{
    cr_assert(decode(0xc0002573, 0));                           /* csrrs a0,cycle,zero */
    cr_expect_neq(find_op(IR_call), -1);
    cr_assert(decode(0x00359073, 0));                           /* csrrw zero,fcsr,a1 */
    bool wrote_frm = false, wrote_fflags = false;
    for (uint32_t i = 0; i < blk.nops; i++) {
        wrote_frm |= op(i)->opc == IR_and && op(i)->args[0] == RV_G_FRM;
        /* fflags is not an IR global: set through a helper taking a1 */
        wrote_fflags |= op(i)->opc == IR_call && op(i)->args[1] == X(11);
    }
    cr_expect(wrote_frm);
    cr_expect(wrote_fflags);
}

/* ---- the block loop over guest memory --------------------------------------------------- */

static uint64_t map_code(uint64_t addr, uint64_t len)
{
    uint64_t out = 0;
    cr_assert(gm_init(1ull << 32));
    cr_assert_geq(gm_mmap(addr, len, PROT_READ | PROT_WRITE | PROT_EXEC,
                          GM_FIXED | GM_ANON, -1, 0, "code", &out), 0);
    cr_assert_eq(out, addr);
    return addr;
}

static void put32(uint64_t a, uint32_t w) { memcpy(g2h(a), &w, 4); }
static void put16(uint64_t a, uint16_t w) { memcpy(g2h(a), &w, 2); }

static void translate(uint64_t pc, unsigned max)
{
    static RISCVCPU cpu;
    ir_block_reset(&blk, pc);
    guest_riscv64.translate(&cpu.common, &blk, max);
}

Test(riscv64_decode, block_ends_at_syscall)
{
    uint64_t a = map_code(0x10000, 0x1000);
    put32(a, 0x00500513);           /* addi a0,zero,5 */
    put16(a + 4, 0x852e);           /* c.mv a0,a1 */
    put32(a + 6, 0x00000073);       /* ecall */
    put32(a + 10, 0x00000073);
    translate(a, 100);
    cr_expect_eq(blk.ninsns, 3);
    cr_expect_eq(blk.guest_end, a + 10);
    cr_expect_eq(op(blk.nops - 1)->opc, IR_exit_tb);
    cr_expect_eq(op(blk.nops - 1)->args[0], IR_EXIT_SYSCALL);
    int starts = 0;
    for (uint32_t i = 0; i < blk.nops; i++)
        starts += op(i)->opc == IR_insn_start;
    cr_expect_eq(starts, 3);
}

Test(riscv64_decode, block_max_insns_and_fallthrough)
{
    uint64_t a = map_code(0x10000, 0x1000);
    for (int i = 0; i < 8; i++)
        put16(a + 2 * i, 0x0505);   /* c.addi a0,1 */
    translate(a, 3);
    cr_expect_eq(blk.ninsns, 3);
    cr_expect_eq(blk.guest_end, a + 6);
    cr_expect_eq(op(blk.nops - 1)->opc, IR_goto_tb);
    cr_expect_eq(op(blk.nops - 1)->args[0], 0);
    cr_expect_eq(op(blk.nops - 1)->args[1], a + 6);
}

Test(riscv64_decode, block_stops_at_page_end)
{
    uint64_t a = map_code(0x10000, 0x2000);
    for (uint64_t p = a; p < a + 0x2000; p += 2)
        put16(p, 0x0505);
    translate(a + 0xffa, 100);
    cr_expect_eq(blk.ninsns, 3);
    cr_expect_eq(blk.guest_end, a + 0x1000);
    cr_expect_eq(op(blk.nops - 1)->args[1], a + 0x1000);
}

Test(riscv64_decode, block_illegal_after_legal)
{
    uint64_t a = map_code(0x10000, 0x1000);
    put16(a, 0x0505);
    put32(a + 2, 0xffffffff);
    translate(a, 100);
    cr_expect_eq(blk.ninsns, 2);
    expect_exit(a + 2, IR_EXIT_ILLEGAL);
}

Test(riscv64_decode, block_fetch_fault)
{
    uint64_t a = map_code(0x10000, 0x1000);
    translate(a + 0x5000, 100);                 /* unmapped */
    cr_expect_eq(blk.ninsns, 0);
    expect_exit(a + 0x5000, IR_EXIT_FAULT);
    /* a 4-byte instruction straddling into an unmapped page: ends the block before it */
    for (uint64_t p = a; p < a + 0x1000; p += 2)
        put16(p, 0x0505);
    put16(a + 0xffe, 0x0513);       /* low half of addi */
    translate(a + 0xffa, 100);
    cr_expect_eq(blk.ninsns, 2);
    cr_expect_eq(blk.guest_end, a + 0xffe);
    cr_expect_eq(op(blk.nops - 1)->opc, IR_goto_tb);
}
