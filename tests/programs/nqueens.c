/* Backtracking: N-queens solution counts (bitmask version) and a sudoku
 * solver on a fixed hard puzzle. */
#include <stdio.h>
#include <string.h>

static long queens(unsigned n, unsigned cols, unsigned d1, unsigned d2)
{
    unsigned all = (1u << n) - 1;
    if (cols == all)
        return 1;
    long count = 0;
    unsigned free_ = all & ~(cols | d1 | d2);
    while (free_) {
        unsigned bit = free_ & -free_;
        free_ ^= bit;
        count += queens(n, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
    return count;
}

static int grid[81];
static long nodes;

static int ok(int pos, int v)
{
    int r = pos / 9, c = pos % 9, br = r / 3 * 3, bc = c / 3 * 3;
    for (int i = 0; i < 9; i++)
        if (grid[r * 9 + i] == v || grid[i * 9 + c] == v ||
            grid[(br + i / 3) * 9 + bc + i % 3] == v)
            return 0;
    return 1;
}

static int solve(int pos)
{
    while (pos < 81 && grid[pos])
        pos++;
    if (pos == 81)
        return 1;
    for (int v = 1; v <= 9; v++) {
        nodes++;
        if (ok(pos, v)) {
            grid[pos] = v;
            if (solve(pos + 1))
                return 1;
            grid[pos] = 0;
        }
    }
    return 0;
}

int main(void)
{
    for (unsigned n = 1; n <= 10; n++)
        printf("queens(%u)=%ld\n", n, queens(n, 0, 0, 0));
    static const char *puzzle =
        "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
    for (int i = 0; i < 81; i++)
        grid[i] = puzzle[i] - '0';
    int solved = solve(0);
    printf("sudoku solved=%d nodes=%ld\n", solved, nodes);
    for (int r = 0; r < 9; r++) {
        for (int c = 0; c < 9; c++)
            printf("%d", grid[r * 9 + c]);
        printf("\n");
    }
    static const char *hard =
        "800000000003600000070090200050007000000045700000100030001000068008500010090000400";
    for (int i = 0; i < 81; i++)
        grid[i] = hard[i] - '0';
    nodes = 0;
    solved = solve(0);
    printf("hard solved=%d nodes=%ld row0=", solved, nodes);
    for (int c = 0; c < 9; c++)
        printf("%d", grid[c]);
    printf("\n");
    return 0;
}
