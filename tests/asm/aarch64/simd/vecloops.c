/* Loops that gcc -O3 vectorizes with AdvSIMD; prints a checksum that must equal the host build's
 * (not wired into meson: build with aarch64-linux-gnu-gcc -static -O3 -ffp-contract=off ... -lm
 * and compare "xrun a.out" with the native -O2 build). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#define N 1003
static uint8_t u8a[N], u8b[N], u8c[N]; static int8_t s8a[N], s8b[N];
static uint16_t u16a[N], u16b[N]; static int16_t s16a[N], s16b[N], s16c[N];
static uint32_t u32a[N], u32b[N]; static int32_t s32a[N], s32b[N], s32c[N];
static uint64_t u64a[N]; static int64_t s64a[N], s64b[N];
static float fa[N], fb[N], fc[N]; static double da[N], db[N], dc[N];
static uint64_t h = 1469598103934665603ull;
static void mix(const void *p, size_t n) { const uint8_t *b = p; for (size_t i = 0; i < n; i++) { h ^= b[i]; h *= 1099511628211ull; } }
#define MIX(a) mix(a, sizeof a)
__attribute__((noinline)) static void run(int k) {
    for (int i = 0; i < N; i++) u8c[i] = (uint8_t)(u8a[i] + u8b[i] * k);
    MIX(u8c);
    for (int i = 0; i < N; i++) { int v = u8a[i] + u8b[i]; u8c[i] = v > 255 ? 255 : v; }
    MIX(u8c);
    for (int i = 0; i < N; i++) { int v = s8a[i] - s8b[i]; s8a[i] = v < -128 ? -128 : v > 127 ? 127 : v; }
    MIX(s8a);
    unsigned sad = 0; for (int i = 0; i < N; i++) sad += abs(u8a[i] - u8b[i]); mix(&sad, 4);
    int dot = 0; for (int i = 0; i < N; i++) dot += s8a[i] * s8b[i]; mix(&dot, 4);
    for (int i = 0; i < N; i++) s16c[i] = (int16_t)((s16a[i] * s16b[i]) >> 15); MIX(s16c);
    for (int i = 0; i < N; i++) s32c[i] = s16a[i] * (int32_t)s16b[i] + s32a[i]; MIX(s32c);
    int64_t acc = 0; for (int i = 0; i < N; i++) acc += (int64_t)s32a[i] * s32b[i]; mix(&acc, 8);
    for (int i = 0; i < N; i++) u16a[i] = (uint16_t)(u16a[i] >> 3 | u16b[i] << 5); MIX(u16a);
    for (int i = 0; i < N; i++) s32c[i] = s32a[i] >> (i & 7); MIX(s32c);
    for (int i = 0; i < N; i++) u32a[i] = u32a[i] < u32b[i] ? u32b[i] : u32a[i] ^ k; MIX(u32a);
    int32_t mx = INT32_MIN, mn = INT32_MAX; for (int i = 0; i < N; i++) { if (s32b[i] > mx) mx = s32b[i]; if (s32b[i] < mn) mn = s32b[i]; } mix(&mx, 4); mix(&mn, 4);
    uint8_t bmax = 0; for (int i = 0; i < N; i++) if (u8b[i] > bmax) bmax = u8b[i]; mix(&bmax, 1);
    for (int i = 0; i < N; i++) s64a[i] = s64a[i] * 3 + s64b[i] - (s64b[i] >> 2); MIX(s64a);
    for (int i = 0; i < N; i++) u64a[i] = u64a[i] ^ (u64a[i] << 13) ^ (u64a[i] >> 7); MIX(u64a);
    for (int i = 0; i < N; i++) fc[i] = fa[i] * fb[i] + fc[i] * 0.5f; MIX(fc);
    for (int i = 0; i < N; i++) dc[i] = da[i] / (db[i] + 1.5) - dc[i]; MIX(dc);
    for (int i = 0; i < N; i++) fc[i] = fa[i] > fb[i] ? fa[i] : fb[i]; MIX(fc);
    for (int i = 0; i < N; i++) fc[i] = fabsf(fa[i]) + sqrtf(fabsf(fb[i])); MIX(fc);
    for (int i = 0; i < N; i++) s32c[i] = (int32_t)fa[i]; MIX(s32c);
    for (int i = 0; i < N; i++) fc[i] = (float)s32a[i] * 0.25f; MIX(fc);
    for (int i = 0; i < N; i++) dc[i] = (double)fa[i] * db[i]; MIX(dc);
    for (int i = 0; i < N; i++) fc[i] = (float)da[i]; MIX(fc);
    for (int i = 0; i < N; i++) s64a[i] = (int64_t)da[i]; MIX(s64a);
    for (int i = 0; i < N; i++) s16c[i] = (int16_t)s32a[i]; MIX(s16c);
    for (int i = 0; i < N; i++) s32c[i] = s8a[i]; MIX(s32c);
    for (int i = 0; i < N; i++) u16b[i] = u8a[i] * (uint16_t)u8b[i]; MIX(u16b);
    for (int i = 0; i < N; i++) u8c[i] = (uint8_t)((u8a[i] + u8b[i] + 1) >> 1); MIX(u8c);
    for (int i = 0; i < N; i++) fc[i] = floorf(fa[i]) + ceilf(fb[i]) + truncf(fa[i] * 3) + roundf(fb[i]); MIX(fc);
    for (int i = 0; i < N; i++) dc[i] = fmin(da[i], db[i]) + fmax(da[i], dc[i]); MIX(dc);
    for (int i = 0; i < N; i++) u32b[i] = __builtin_popcount(u32a[i]) + (u32a[i] & -u32a[i]); MIX(u32b);
    for (int i = 0; i < N; i++) s16a[i] = s16a[i] < 0 ? -s16a[i] : s16a[i]; MIX(s16a);
    for (int i = 0; i < N; i++) { u8c[i] = u8a[i] == u8b[i] ? 1 : (u8a[i] > 200 ? 2 : 3); } MIX(u8c);
    for (int i = 0; i < N / 2; i++) { s32c[2 * i] = s32a[i] + s32b[i]; s32c[2 * i + 1] = s32a[i] - s32b[i]; } MIX(s32c);
    float fs = 0; for (int i = 0; i < N; i++) fs += fa[i] * fb[i]; mix(&fs, 4);
    uint32_t us = 0; for (int i = 0; i < N; i++) us += u16a[i]; mix(&us, 4);
    for (int i = 0; i < N; i++) s32c[i] = s32a[i] / 7; MIX(s32c);
    for (int i = 0; i < N; i++) u32b[i] = u32a[i] % 10; MIX(u32b);
    for (int i = 0; i < N; i++) s16c[i] = (int16_t)(((int32_t)s16a[i] * s16b[i] + 16384) >> 15); MIX(s16c);
}
int main(void) {
    uint64_t x = 88172645463325252ull;
    #define R() (x ^= x << 13, x ^= x >> 7, x ^= x << 17, x)
    for (int i = 0; i < N; i++) {
        u8a[i] = R(); u8b[i] = R(); s8a[i] = R(); s8b[i] = R(); u16a[i] = R(); u16b[i] = R();
        s16a[i] = R(); s16b[i] = R(); u32a[i] = R(); u32b[i] = R(); s32a[i] = R(); s32b[i] = R();
        u64a[i] = R(); s64a[i] = R(); s64b[i] = R();
        fa[i] = (float)((int32_t)R() % 100000) / 37.0f; fb[i] = (float)((int32_t)R() % 1000) / 3.0f;
        da[i] = (double)(int64_t)R() / 1e12; db[i] = (double)(int32_t)R() / 1e3; dc[i] = i;
    }
    for (int k = 0; k < 50; k++) run(k);
    printf("%016llx\n", (unsigned long long)h);
    return 0;
}
