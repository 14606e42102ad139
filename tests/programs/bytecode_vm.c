/* A small stack-based bytecode interpreter (switch dispatch) running a few
 * programs: loops, calls, arithmetic, memory. */
#include <stdint.h>
#include <stdio.h>

enum { PUSH, POP, DUP, SWAP, OVER, ADD, SUB, MUL, DIV, MOD, LT, EQ, JMP, JZ, CALL, RET, LOAD,
       STORE, PRINT, HALT, NEG, AND, SHL };

static int64_t mem[64];

static int64_t run(const int64_t *code, int trace)
{
    int64_t stack[256], rstack[64];
    int sp = 0, rsp = 0, pc = 0;
    long steps = 0;
    for (;;) {
        int64_t op = code[pc++], a, b;
        steps++;
        switch (op) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case POP: sp--; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case SWAP: a = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = a; break;
        case OVER: stack[sp] = stack[sp - 2]; sp++; break;
        case ADD: b = stack[--sp]; stack[sp - 1] += b; break;
        case SUB: b = stack[--sp]; stack[sp - 1] -= b; break;
        case MUL: b = stack[--sp]; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] * (uint64_t)b); break;
        case DIV: b = stack[--sp]; stack[sp - 1] /= b; break;
        case MOD: b = stack[--sp]; stack[sp - 1] %= b; break;
        case LT: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] < b; break;
        case EQ: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] == b; break;
        case JMP: pc = (int)code[pc]; break;
        case JZ: a = stack[--sp]; pc = a ? pc + 1 : (int)code[pc]; break;
        case CALL: rstack[rsp++] = pc + 1; pc = (int)code[pc]; break;
        case RET: pc = (int)rstack[--rsp]; break;
        case LOAD: stack[sp - 1] = mem[stack[sp - 1]]; break;
        case STORE: a = stack[--sp]; mem[a] = stack[--sp]; break;
        case PRINT: printf("vm: %lld\n", (long long)stack[--sp]); break;
        case NEG: stack[sp - 1] = -stack[sp - 1]; break;
        case AND: b = stack[--sp]; stack[sp - 1] &= b; break;
        case SHL: b = stack[--sp]; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] << b); break;
        case HALT:
            if (trace)
                printf("halt after %ld steps, sp=%d\n", steps, sp);
            return sp ? stack[sp - 1] : 0;
        default: printf("bad opcode %lld\n", (long long)op); return -1;
        }
    }
}

int main(void)
{
    /* sum of i*i for i < 1000 using mem[0]=i, mem[1]=sum */
    static const int64_t sumsq[] = {
        PUSH, 0, PUSH, 0, STORE, PUSH, 0, PUSH, 1, STORE,
        /* 10: loop */ PUSH, 0, LOAD, PUSH, 1000, LT, JZ, 42,
        PUSH, 0, LOAD, DUP, MUL, PUSH, 1, LOAD, ADD, PUSH, 1, STORE,
        PUSH, 0, LOAD, PUSH, 1, ADD, PUSH, 0, STORE, JMP, 10, HALT,
        /* 42 */ PUSH, 1, LOAD, DUP, PRINT, HALT};
    printf("sumsq -> %lld\n", (long long)run(sumsq, 1));

    /* iterative fibonacci(90): mem[4]=a, mem[5]=b, counter on the stack */
    static const int64_t fib[] = {
        PUSH, 0, PUSH, 4, STORE, PUSH, 1, PUSH, 5, STORE, PUSH, 90,
        /* 12 */ DUP, JZ, 36, PUSH, 1, SUB, PUSH, 4, LOAD, PUSH, 5, LOAD, ADD,
        PUSH, 5, LOAD, PUSH, 4, STORE, PUSH, 5, STORE, JMP, 12,
        /* 36 */ POP, PUSH, 4, LOAD, HALT};
    printf("fib -> %lld\n", (long long)run(fib, 1));

    /* subroutine: gcd via CALL/RET, applied to a few pairs; result printed */
    static const int64_t gcd[] = {
        PUSH, 1071, PUSH, 462, CALL, 20, PRINT,
        PUSH, 1234567890, PUSH, 987654321, CALL, 20, PRINT, PUSH, -77, NEG, HALT, 0, 0,
        /* 20: gcd(a,b) */ DUP, JZ, 30, SWAP, OVER, MOD, JMP, 20, 0, 0,
        /* 30 */ POP, RET};
    printf("gcd -> %lld\n", (long long)run(gcd, 1));

    /* hash loop mixing MUL, SHL, AND */
    static const int64_t hash[] = {
        PUSH, 17, PUSH, 3, STORE, PUSH, 5000,
        /* 7 */ DUP, JZ, 34, PUSH, 3, LOAD, PUSH, 31, MUL, OVER, ADD, DUP, PUSH, 5, SHL, ADD,
        PUSH, 0xffffffffff, AND, PUSH, 3, STORE, PUSH, 1, SUB, JMP, 7,
        /* 34 */ POP, PUSH, 3, LOAD, HALT};
    printf("hash -> %lld\n", (long long)run(hash, 1));
    return 0;
}
