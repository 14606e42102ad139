/* Dense double matrix multiply (naive and blocked), transpose, LU-style
 * elimination, printed as exact hex sums so any FP difference shows. */
#include <stdio.h>

#define N 96

static double A[N][N], B[N][N], C[N][N], D[N][N];

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = (double)((i * 31 + j * 17) % 97) / 13.0 - 3.0;
            B[i][j] = (double)((i * 7 + j * 29) % 89) / 11.0 + 0.5;
        }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0;
            for (int k = 0; k < N; k++)
                s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
    /* blocked version accumulates in a different order: compared per element */
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            D[i][j] = 0;
    for (int kk = 0; kk < N; kk += 16)
        for (int i = 0; i < N; i++)
            for (int k = kk; k < kk + 16; k++) {
                double a = A[i][k];
                for (int j = 0; j < N; j++)
                    D[i][j] += a * B[k][j];
            }
    double trace = 0, sum = 0, maxdiff = 0;
    for (int i = 0; i < N; i++) {
        trace += C[i][i];
        for (int j = 0; j < N; j++) {
            sum += C[i][j];
            double d = C[i][j] - D[i][j];
            if (d < 0)
                d = -d;
            if (d > maxdiff)
                maxdiff = d;
        }
    }
    printf("trace=%a sum=%a maxdiff=%a\n", trace, sum, maxdiff);
    printf("C[0][0]=%.17g C[N-1][N-1]=%.17g C[3][77]=%.17g\n", C[0][0], C[N - 1][N - 1], C[3][77]);
    /* Gaussian elimination with partial pivoting on C + N*I, determinant as log-free product */
    for (int i = 0; i < N; i++)
        C[i][i] += N;
    double det = 1;
    int swaps = 0;
    for (int col = 0; col < N; col++) {
        int piv = col;
        for (int r = col + 1; r < N; r++)
            if ((C[r][col] < 0 ? -C[r][col] : C[r][col]) > (C[piv][col] < 0 ? -C[piv][col] : C[piv][col]))
                piv = r;
        if (piv != col) {
            for (int j = 0; j < N; j++) {
                double t = C[col][j];
                C[col][j] = C[piv][j];
                C[piv][j] = t;
            }
            swaps++;
        }
        for (int r = col + 1; r < N; r++) {
            double f = C[r][col] / C[col][col];
            for (int j = col; j < N; j++)
                C[r][j] -= f * C[col][j];
        }
        det *= C[col][col];
        if (col % 16 == 15)
            printf("pivot %d = %a\n", col, C[col][col]);
    }
    printf("swaps=%d det=%a (%.6e)\n", swaps, det, det);
    /* single precision too */
    float fs = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            fs += (float)A[i][j] * (float)B[j][i];
    printf("float dot sum=%a\n", (double)fs);
    return 0;
}
