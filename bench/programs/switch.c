/* A branchy interpreter-like switch loop: a tiny stack VM running a loop. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum { PUSH, ADD, MUL, XOR, DUP, SWAP, DEC, POP, JNZ, HALT };

int main(int argc, char **argv)
{
    long iters = argc > 1 ? atol(argv[1]) : 12000000;
    int64_t prog[32];
    int n = 0;
    prog[n++] = PUSH; prog[n++] = 7;                    /* acc */
    prog[n++] = PUSH; prog[n++] = iters;                /* acc c */
    int loop = n;
    prog[n++] = SWAP;                                   /* c acc */
    prog[n++] = PUSH; prog[n++] = 33; prog[n++] = MUL;  /* c acc*33 */
    prog[n++] = PUSH; prog[n++] = 5; prog[n++] = XOR;   /* c acc' */
    prog[n++] = PUSH; prog[n++] = 1; prog[n++] = ADD;   /* c acc'' */
    prog[n++] = SWAP;                                   /* acc'' c */
    prog[n++] = DEC;                                    /* acc'' c-1 */
    prog[n++] = DUP;                                    /* acc'' c-1 c-1 */
    prog[n++] = JNZ; prog[n++] = loop;                  /* acc'' c-1 */
    prog[n++] = POP;
    prog[n++] = HALT;

    int64_t stack[16];
    int sp = 0;
    long steps = 0;
    for (int pc = 0;;) {
        steps++;
        switch (prog[pc]) {
        case PUSH: stack[sp++] = prog[pc + 1]; pc += 2; break;
        case ADD: sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] + (uint64_t)stack[sp]); pc++; break;
        case MUL: sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] * (uint64_t)stack[sp]); pc++; break;
        case XOR: sp--; stack[sp - 1] ^= stack[sp]; pc++; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; pc++; break;
        case SWAP: { int64_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; pc++; break; }
        case DEC: stack[sp - 1]--; pc++; break;
        case POP: sp--; pc++; break;
        case JNZ: sp--; pc = stack[sp] ? (int)prog[pc + 1] : pc + 2; break;
        case HALT: printf("%016llx %ld\n", (unsigned long long)stack[sp - 1], steps); return 0;
        default: return 2;
        }
    }
}
