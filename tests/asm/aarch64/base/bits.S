/* Variable shifts (counts modulo the size: 0, 31, 32, 63, 64 ...), CLZ, CLS,
 * RBIT, REV, REV16, REV32; 32- and 64-bit.
 * Expected values come from the Arm ARM pseudo-code, evaluated in Python. */
#include "test.h"

TEST_BEGIN
test_2977:
    mov x19, 2977
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x0
    lsl x0, x1, x2
    CHECK_EQ_T(2977, c0, x0, 0x8123456789abcdef)
test_2978:
    mov x19, 2978
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x0
    lsr x0, x1, x2
    CHECK_EQ_T(2978, c0, x0, 0x8123456789abcdef)
test_2979:
    mov x19, 2979
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x0
    asr x0, x1, x2
    CHECK_EQ_T(2979, c0, x0, 0x8123456789abcdef)
test_2980:
    mov x19, 2980
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x0
    ror x0, x1, x2
    CHECK_EQ_T(2980, c0, x0, 0x8123456789abcdef)
test_2981:
    mov x19, 2981
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1
    lsl x0, x1, x2
    CHECK_EQ_T(2981, c0, x0, 0x2468acf13579bde)
test_2982:
    mov x19, 2982
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1
    lsr x0, x1, x2
    CHECK_EQ_T(2982, c0, x0, 0x4091a2b3c4d5e6f7)
test_2983:
    mov x19, 2983
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1
    asr x0, x1, x2
    CHECK_EQ_T(2983, c0, x0, 0xc091a2b3c4d5e6f7)
test_2984:
    mov x19, 2984
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1
    ror x0, x1, x2
    CHECK_EQ_T(2984, c0, x0, 0xc091a2b3c4d5e6f7)
test_2985:
    mov x19, 2985
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1f
    lsl x0, x1, x2
    CHECK_EQ_T(2985, c0, x0, 0xc4d5e6f780000000)
test_2986:
    mov x19, 2986
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1f
    lsr x0, x1, x2
    CHECK_EQ_T(2986, c0, x0, 0x102468acf)
test_2987:
    mov x19, 2987
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1f
    asr x0, x1, x2
    CHECK_EQ_T(2987, c0, x0, 0xffffffff02468acf)
test_2988:
    mov x19, 2988
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1f
    ror x0, x1, x2
    CHECK_EQ_T(2988, c0, x0, 0x13579bdf02468acf)
test_2989:
    mov x19, 2989
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x20
    lsl x0, x1, x2
    CHECK_EQ_T(2989, c0, x0, 0x89abcdef00000000)
test_2990:
    mov x19, 2990
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x20
    lsr x0, x1, x2
    CHECK_EQ_T(2990, c0, x0, 0x81234567)
test_2991:
    mov x19, 2991
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x20
    asr x0, x1, x2
    CHECK_EQ_T(2991, c0, x0, 0xffffffff81234567)
test_2992:
    mov x19, 2992
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x20
    ror x0, x1, x2
    CHECK_EQ_T(2992, c0, x0, 0x89abcdef81234567)
test_2993:
    mov x19, 2993
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x3f
    lsl x0, x1, x2
    CHECK_EQ_T(2993, c0, x0, 0x8000000000000000)
test_2994:
    mov x19, 2994
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x3f
    lsr x0, x1, x2
    CHECK_EQ_T(2994, c0, x0, 0x1)
test_2995:
    mov x19, 2995
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x3f
    asr x0, x1, x2
    CHECK_EQ_T(2995, c0, x0, 0xffffffffffffffff)
test_2996:
    mov x19, 2996
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x3f
    ror x0, x1, x2
    CHECK_EQ_T(2996, c0, x0, 0x2468acf13579bdf)
test_2997:
    mov x19, 2997
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x40
    lsl x0, x1, x2
    CHECK_EQ_T(2997, c0, x0, 0x8123456789abcdef)
test_2998:
    mov x19, 2998
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x40
    lsr x0, x1, x2
    CHECK_EQ_T(2998, c0, x0, 0x8123456789abcdef)
test_2999:
    mov x19, 2999
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x40
    asr x0, x1, x2
    CHECK_EQ_T(2999, c0, x0, 0x8123456789abcdef)
test_3000:
    mov x19, 3000
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x40
    ror x0, x1, x2
    CHECK_EQ_T(3000, c0, x0, 0x8123456789abcdef)
test_3001:
    mov x19, 3001
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x41
    lsl x0, x1, x2
    CHECK_EQ_T(3001, c0, x0, 0x2468acf13579bde)
test_3002:
    mov x19, 3002
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x41
    lsr x0, x1, x2
    CHECK_EQ_T(3002, c0, x0, 0x4091a2b3c4d5e6f7)
test_3003:
    mov x19, 3003
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x41
    asr x0, x1, x2
    CHECK_EQ_T(3003, c0, x0, 0xc091a2b3c4d5e6f7)
test_3004:
    mov x19, 3004
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x41
    ror x0, x1, x2
    CHECK_EQ_T(3004, c0, x0, 0xc091a2b3c4d5e6f7)
test_3005:
    mov x19, 3005
    ldr x1, =0x8123456789abcdef
    ldr x2, =0xffffffffffffffe1
    lsl x0, x1, x2
    CHECK_EQ_T(3005, c0, x0, 0x13579bde00000000)
test_3006:
    mov x19, 3006
    ldr x1, =0x8123456789abcdef
    ldr x2, =0xffffffffffffffe1
    lsr x0, x1, x2
    CHECK_EQ_T(3006, c0, x0, 0x4091a2b3)
test_3007:
    mov x19, 3007
    ldr x1, =0x8123456789abcdef
    ldr x2, =0xffffffffffffffe1
    asr x0, x1, x2
    CHECK_EQ_T(3007, c0, x0, 0xffffffffc091a2b3)
test_3008:
    mov x19, 3008
    ldr x1, =0x8123456789abcdef
    ldr x2, =0xffffffffffffffe1
    ror x0, x1, x2
    CHECK_EQ_T(3008, c0, x0, 0xc4d5e6f7c091a2b3)
test_3009:
    mov x19, 3009
    ldr x1, =0xf0000001
    ldr x2, =0x0
    lsl x0, x1, x2
    CHECK_EQ_T(3009, c0, x0, 0xf0000001)
test_3010:
    mov x19, 3010
    ldr x1, =0xf0000001
    ldr x2, =0x0
    lsr x0, x1, x2
    CHECK_EQ_T(3010, c0, x0, 0xf0000001)
test_3011:
    mov x19, 3011
    ldr x1, =0xf0000001
    ldr x2, =0x0
    asr x0, x1, x2
    CHECK_EQ_T(3011, c0, x0, 0xf0000001)
test_3012:
    mov x19, 3012
    ldr x1, =0xf0000001
    ldr x2, =0x0
    ror x0, x1, x2
    CHECK_EQ_T(3012, c0, x0, 0xf0000001)
test_3013:
    mov x19, 3013
    ldr x1, =0xf0000001
    ldr x2, =0x1
    lsl x0, x1, x2
    CHECK_EQ_T(3013, c0, x0, 0x1e0000002)
test_3014:
    mov x19, 3014
    ldr x1, =0xf0000001
    ldr x2, =0x1
    lsr x0, x1, x2
    CHECK_EQ_T(3014, c0, x0, 0x78000000)
test_3015:
    mov x19, 3015
    ldr x1, =0xf0000001
    ldr x2, =0x1
    asr x0, x1, x2
    CHECK_EQ_T(3015, c0, x0, 0x78000000)
test_3016:
    mov x19, 3016
    ldr x1, =0xf0000001
    ldr x2, =0x1
    ror x0, x1, x2
    CHECK_EQ_T(3016, c0, x0, 0x8000000078000000)
test_3017:
    mov x19, 3017
    ldr x1, =0xf0000001
    ldr x2, =0x1f
    lsl x0, x1, x2
    CHECK_EQ_T(3017, c0, x0, 0x7800000080000000)
test_3018:
    mov x19, 3018
    ldr x1, =0xf0000001
    ldr x2, =0x1f
    lsr x0, x1, x2
    CHECK_EQ_T(3018, c0, x0, 0x1)
test_3019:
    mov x19, 3019
    ldr x1, =0xf0000001
    ldr x2, =0x1f
    asr x0, x1, x2
    CHECK_EQ_T(3019, c0, x0, 0x1)
test_3020:
    mov x19, 3020
    ldr x1, =0xf0000001
    ldr x2, =0x1f
    ror x0, x1, x2
    CHECK_EQ_T(3020, c0, x0, 0xe000000200000001)
test_3021:
    mov x19, 3021
    ldr x1, =0xf0000001
    ldr x2, =0x20
    lsl x0, x1, x2
    CHECK_EQ_T(3021, c0, x0, 0xf000000100000000)
test_3022:
    mov x19, 3022
    ldr x1, =0xf0000001
    ldr x2, =0x20
    lsr x0, x1, x2
    CHECK_EQ_T(3022, c0, x0, 0x0)
test_3023:
    mov x19, 3023
    ldr x1, =0xf0000001
    ldr x2, =0x20
    asr x0, x1, x2
    CHECK_EQ_T(3023, c0, x0, 0x0)
test_3024:
    mov x19, 3024
    ldr x1, =0xf0000001
    ldr x2, =0x20
    ror x0, x1, x2
    CHECK_EQ_T(3024, c0, x0, 0xf000000100000000)
test_3025:
    mov x19, 3025
    ldr x1, =0xf0000001
    ldr x2, =0x3f
    lsl x0, x1, x2
    CHECK_EQ_T(3025, c0, x0, 0x8000000000000000)
test_3026:
    mov x19, 3026
    ldr x1, =0xf0000001
    ldr x2, =0x3f
    lsr x0, x1, x2
    CHECK_EQ_T(3026, c0, x0, 0x0)
test_3027:
    mov x19, 3027
    ldr x1, =0xf0000001
    ldr x2, =0x3f
    asr x0, x1, x2
    CHECK_EQ_T(3027, c0, x0, 0x0)
test_3028:
    mov x19, 3028
    ldr x1, =0xf0000001
    ldr x2, =0x3f
    ror x0, x1, x2
    CHECK_EQ_T(3028, c0, x0, 0x1e0000002)
test_3029:
    mov x19, 3029
    ldr x1, =0xf0000001
    ldr x2, =0x40
    lsl x0, x1, x2
    CHECK_EQ_T(3029, c0, x0, 0xf0000001)
test_3030:
    mov x19, 3030
    ldr x1, =0xf0000001
    ldr x2, =0x40
    lsr x0, x1, x2
    CHECK_EQ_T(3030, c0, x0, 0xf0000001)
test_3031:
    mov x19, 3031
    ldr x1, =0xf0000001
    ldr x2, =0x40
    asr x0, x1, x2
    CHECK_EQ_T(3031, c0, x0, 0xf0000001)
test_3032:
    mov x19, 3032
    ldr x1, =0xf0000001
    ldr x2, =0x40
    ror x0, x1, x2
    CHECK_EQ_T(3032, c0, x0, 0xf0000001)
test_3033:
    mov x19, 3033
    ldr x1, =0xf0000001
    ldr x2, =0x41
    lsl x0, x1, x2
    CHECK_EQ_T(3033, c0, x0, 0x1e0000002)
test_3034:
    mov x19, 3034
    ldr x1, =0xf0000001
    ldr x2, =0x41
    lsr x0, x1, x2
    CHECK_EQ_T(3034, c0, x0, 0x78000000)
test_3035:
    mov x19, 3035
    ldr x1, =0xf0000001
    ldr x2, =0x41
    asr x0, x1, x2
    CHECK_EQ_T(3035, c0, x0, 0x78000000)
test_3036:
    mov x19, 3036
    ldr x1, =0xf0000001
    ldr x2, =0x41
    ror x0, x1, x2
    CHECK_EQ_T(3036, c0, x0, 0x8000000078000000)
test_3037:
    mov x19, 3037
    ldr x1, =0xf0000001
    ldr x2, =0xffffffffffffffe1
    lsl x0, x1, x2
    CHECK_EQ_T(3037, c0, x0, 0xe000000200000000)
test_3038:
    mov x19, 3038
    ldr x1, =0xf0000001
    ldr x2, =0xffffffffffffffe1
    lsr x0, x1, x2
    CHECK_EQ_T(3038, c0, x0, 0x0)
test_3039:
    mov x19, 3039
    ldr x1, =0xf0000001
    ldr x2, =0xffffffffffffffe1
    asr x0, x1, x2
    CHECK_EQ_T(3039, c0, x0, 0x0)
test_3040:
    mov x19, 3040
    ldr x1, =0xf0000001
    ldr x2, =0xffffffffffffffe1
    ror x0, x1, x2
    CHECK_EQ_T(3040, c0, x0, 0x7800000080000000)
test_3041:
    mov x19, 3041
    ldr x1, =0x1
    ldr x2, =0x0
    lsl x0, x1, x2
    CHECK_EQ_T(3041, c0, x0, 0x1)
test_3042:
    mov x19, 3042
    ldr x1, =0x1
    ldr x2, =0x0
    lsr x0, x1, x2
    CHECK_EQ_T(3042, c0, x0, 0x1)
test_3043:
    mov x19, 3043
    ldr x1, =0x1
    ldr x2, =0x0
    asr x0, x1, x2
    CHECK_EQ_T(3043, c0, x0, 0x1)
test_3044:
    mov x19, 3044
    ldr x1, =0x1
    ldr x2, =0x0
    ror x0, x1, x2
    CHECK_EQ_T(3044, c0, x0, 0x1)
test_3045:
    mov x19, 3045
    ldr x1, =0x1
    ldr x2, =0x1
    lsl x0, x1, x2
    CHECK_EQ_T(3045, c0, x0, 0x2)
test_3046:
    mov x19, 3046
    ldr x1, =0x1
    ldr x2, =0x1
    lsr x0, x1, x2
    CHECK_EQ_T(3046, c0, x0, 0x0)
test_3047:
    mov x19, 3047
    ldr x1, =0x1
    ldr x2, =0x1
    asr x0, x1, x2
    CHECK_EQ_T(3047, c0, x0, 0x0)
test_3048:
    mov x19, 3048
    ldr x1, =0x1
    ldr x2, =0x1
    ror x0, x1, x2
    CHECK_EQ_T(3048, c0, x0, 0x8000000000000000)
test_3049:
    mov x19, 3049
    ldr x1, =0x1
    ldr x2, =0x1f
    lsl x0, x1, x2
    CHECK_EQ_T(3049, c0, x0, 0x80000000)
test_3050:
    mov x19, 3050
    ldr x1, =0x1
    ldr x2, =0x1f
    lsr x0, x1, x2
    CHECK_EQ_T(3050, c0, x0, 0x0)
test_3051:
    mov x19, 3051
    ldr x1, =0x1
    ldr x2, =0x1f
    asr x0, x1, x2
    CHECK_EQ_T(3051, c0, x0, 0x0)
test_3052:
    mov x19, 3052
    ldr x1, =0x1
    ldr x2, =0x1f
    ror x0, x1, x2
    CHECK_EQ_T(3052, c0, x0, 0x200000000)
test_3053:
    mov x19, 3053
    ldr x1, =0x1
    ldr x2, =0x20
    lsl x0, x1, x2
    CHECK_EQ_T(3053, c0, x0, 0x100000000)
test_3054:
    mov x19, 3054
    ldr x1, =0x1
    ldr x2, =0x20
    lsr x0, x1, x2
    CHECK_EQ_T(3054, c0, x0, 0x0)
test_3055:
    mov x19, 3055
    ldr x1, =0x1
    ldr x2, =0x20
    asr x0, x1, x2
    CHECK_EQ_T(3055, c0, x0, 0x0)
test_3056:
    mov x19, 3056
    ldr x1, =0x1
    ldr x2, =0x20
    ror x0, x1, x2
    CHECK_EQ_T(3056, c0, x0, 0x100000000)
test_3057:
    mov x19, 3057
    ldr x1, =0x1
    ldr x2, =0x3f
    lsl x0, x1, x2
    CHECK_EQ_T(3057, c0, x0, 0x8000000000000000)
test_3058:
    mov x19, 3058
    ldr x1, =0x1
    ldr x2, =0x3f
    lsr x0, x1, x2
    CHECK_EQ_T(3058, c0, x0, 0x0)
test_3059:
    mov x19, 3059
    ldr x1, =0x1
    ldr x2, =0x3f
    asr x0, x1, x2
    CHECK_EQ_T(3059, c0, x0, 0x0)
test_3060:
    mov x19, 3060
    ldr x1, =0x1
    ldr x2, =0x3f
    ror x0, x1, x2
    CHECK_EQ_T(3060, c0, x0, 0x2)
test_3061:
    mov x19, 3061
    ldr x1, =0x1
    ldr x2, =0x40
    lsl x0, x1, x2
    CHECK_EQ_T(3061, c0, x0, 0x1)
test_3062:
    mov x19, 3062
    ldr x1, =0x1
    ldr x2, =0x40
    lsr x0, x1, x2
    CHECK_EQ_T(3062, c0, x0, 0x1)
test_3063:
    mov x19, 3063
    ldr x1, =0x1
    ldr x2, =0x40
    asr x0, x1, x2
    CHECK_EQ_T(3063, c0, x0, 0x1)
test_3064:
    mov x19, 3064
    ldr x1, =0x1
    ldr x2, =0x40
    ror x0, x1, x2
    CHECK_EQ_T(3064, c0, x0, 0x1)
test_3065:
    mov x19, 3065
    ldr x1, =0x1
    ldr x2, =0x41
    lsl x0, x1, x2
    CHECK_EQ_T(3065, c0, x0, 0x2)
test_3066:
    mov x19, 3066
    ldr x1, =0x1
    ldr x2, =0x41
    lsr x0, x1, x2
    CHECK_EQ_T(3066, c0, x0, 0x0)
test_3067:
    mov x19, 3067
    ldr x1, =0x1
    ldr x2, =0x41
    asr x0, x1, x2
    CHECK_EQ_T(3067, c0, x0, 0x0)
test_3068:
    mov x19, 3068
    ldr x1, =0x1
    ldr x2, =0x41
    ror x0, x1, x2
    CHECK_EQ_T(3068, c0, x0, 0x8000000000000000)
test_3069:
    mov x19, 3069
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffe1
    lsl x0, x1, x2
    CHECK_EQ_T(3069, c0, x0, 0x200000000)
test_3070:
    mov x19, 3070
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffe1
    lsr x0, x1, x2
    CHECK_EQ_T(3070, c0, x0, 0x0)
test_3071:
    mov x19, 3071
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffe1
    asr x0, x1, x2
    CHECK_EQ_T(3071, c0, x0, 0x0)
test_3072:
    mov x19, 3072
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffe1
    ror x0, x1, x2
    CHECK_EQ_T(3072, c0, x0, 0x80000000)
test_3073:
    mov x19, 3073
    ldr x1, =0x0
    ldr x2, =0x0
    lsl x0, x1, x2
    CHECK_EQ_T(3073, c0, x0, 0x0)
test_3074:
    mov x19, 3074
    ldr x1, =0x0
    ldr x2, =0x0
    lsr x0, x1, x2
    CHECK_EQ_T(3074, c0, x0, 0x0)
test_3075:
    mov x19, 3075
    ldr x1, =0x0
    ldr x2, =0x0
    asr x0, x1, x2
    CHECK_EQ_T(3075, c0, x0, 0x0)
test_3076:
    mov x19, 3076
    ldr x1, =0x0
    ldr x2, =0x0
    ror x0, x1, x2
    CHECK_EQ_T(3076, c0, x0, 0x0)
test_3077:
    mov x19, 3077
    ldr x1, =0x0
    ldr x2, =0x1
    lsl x0, x1, x2
    CHECK_EQ_T(3077, c0, x0, 0x0)
test_3078:
    mov x19, 3078
    ldr x1, =0x0
    ldr x2, =0x1
    lsr x0, x1, x2
    CHECK_EQ_T(3078, c0, x0, 0x0)
test_3079:
    mov x19, 3079
    ldr x1, =0x0
    ldr x2, =0x1
    asr x0, x1, x2
    CHECK_EQ_T(3079, c0, x0, 0x0)
test_3080:
    mov x19, 3080
    ldr x1, =0x0
    ldr x2, =0x1
    ror x0, x1, x2
    CHECK_EQ_T(3080, c0, x0, 0x0)
test_3081:
    mov x19, 3081
    ldr x1, =0x0
    ldr x2, =0x1f
    lsl x0, x1, x2
    CHECK_EQ_T(3081, c0, x0, 0x0)
test_3082:
    mov x19, 3082
    ldr x1, =0x0
    ldr x2, =0x1f
    lsr x0, x1, x2
    CHECK_EQ_T(3082, c0, x0, 0x0)
test_3083:
    mov x19, 3083
    ldr x1, =0x0
    ldr x2, =0x1f
    asr x0, x1, x2
    CHECK_EQ_T(3083, c0, x0, 0x0)
test_3084:
    mov x19, 3084
    ldr x1, =0x0
    ldr x2, =0x1f
    ror x0, x1, x2
    CHECK_EQ_T(3084, c0, x0, 0x0)
test_3085:
    mov x19, 3085
    ldr x1, =0x0
    ldr x2, =0x20
    lsl x0, x1, x2
    CHECK_EQ_T(3085, c0, x0, 0x0)
test_3086:
    mov x19, 3086
    ldr x1, =0x0
    ldr x2, =0x20
    lsr x0, x1, x2
    CHECK_EQ_T(3086, c0, x0, 0x0)
test_3087:
    mov x19, 3087
    ldr x1, =0x0
    ldr x2, =0x20
    asr x0, x1, x2
    CHECK_EQ_T(3087, c0, x0, 0x0)
test_3088:
    mov x19, 3088
    ldr x1, =0x0
    ldr x2, =0x20
    ror x0, x1, x2
    CHECK_EQ_T(3088, c0, x0, 0x0)
test_3089:
    mov x19, 3089
    ldr x1, =0x0
    ldr x2, =0x3f
    lsl x0, x1, x2
    CHECK_EQ_T(3089, c0, x0, 0x0)
test_3090:
    mov x19, 3090
    ldr x1, =0x0
    ldr x2, =0x3f
    lsr x0, x1, x2
    CHECK_EQ_T(3090, c0, x0, 0x0)
test_3091:
    mov x19, 3091
    ldr x1, =0x0
    ldr x2, =0x3f
    asr x0, x1, x2
    CHECK_EQ_T(3091, c0, x0, 0x0)
test_3092:
    mov x19, 3092
    ldr x1, =0x0
    ldr x2, =0x3f
    ror x0, x1, x2
    CHECK_EQ_T(3092, c0, x0, 0x0)
test_3093:
    mov x19, 3093
    ldr x1, =0x0
    ldr x2, =0x40
    lsl x0, x1, x2
    CHECK_EQ_T(3093, c0, x0, 0x0)
test_3094:
    mov x19, 3094
    ldr x1, =0x0
    ldr x2, =0x40
    lsr x0, x1, x2
    CHECK_EQ_T(3094, c0, x0, 0x0)
test_3095:
    mov x19, 3095
    ldr x1, =0x0
    ldr x2, =0x40
    asr x0, x1, x2
    CHECK_EQ_T(3095, c0, x0, 0x0)
test_3096:
    mov x19, 3096
    ldr x1, =0x0
    ldr x2, =0x40
    ror x0, x1, x2
    CHECK_EQ_T(3096, c0, x0, 0x0)
test_3097:
    mov x19, 3097
    ldr x1, =0x0
    ldr x2, =0x41
    lsl x0, x1, x2
    CHECK_EQ_T(3097, c0, x0, 0x0)
test_3098:
    mov x19, 3098
    ldr x1, =0x0
    ldr x2, =0x41
    lsr x0, x1, x2
    CHECK_EQ_T(3098, c0, x0, 0x0)
test_3099:
    mov x19, 3099
    ldr x1, =0x0
    ldr x2, =0x41
    asr x0, x1, x2
    CHECK_EQ_T(3099, c0, x0, 0x0)
test_3100:
    mov x19, 3100
    ldr x1, =0x0
    ldr x2, =0x41
    ror x0, x1, x2
    CHECK_EQ_T(3100, c0, x0, 0x0)
test_3101:
    mov x19, 3101
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffe1
    lsl x0, x1, x2
    CHECK_EQ_T(3101, c0, x0, 0x0)
test_3102:
    mov x19, 3102
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffe1
    lsr x0, x1, x2
    CHECK_EQ_T(3102, c0, x0, 0x0)
test_3103:
    mov x19, 3103
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffe1
    asr x0, x1, x2
    CHECK_EQ_T(3103, c0, x0, 0x0)
test_3104:
    mov x19, 3104
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffe1
    ror x0, x1, x2
    CHECK_EQ_T(3104, c0, x0, 0x0)
test_3105:
    mov x19, 3105
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x0
    lsl w0, w1, w2
    CHECK_EQ_T(3105, c0, x0, 0x89abcdef)
test_3106:
    mov x19, 3106
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x0
    lsr w0, w1, w2
    CHECK_EQ_T(3106, c0, x0, 0x89abcdef)
test_3107:
    mov x19, 3107
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x0
    asr w0, w1, w2
    CHECK_EQ_T(3107, c0, x0, 0x89abcdef)
test_3108:
    mov x19, 3108
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x0
    ror w0, w1, w2
    CHECK_EQ_T(3108, c0, x0, 0x89abcdef)
test_3109:
    mov x19, 3109
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1
    lsl w0, w1, w2
    CHECK_EQ_T(3109, c0, x0, 0x13579bde)
test_3110:
    mov x19, 3110
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1
    lsr w0, w1, w2
    CHECK_EQ_T(3110, c0, x0, 0x44d5e6f7)
test_3111:
    mov x19, 3111
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1
    asr w0, w1, w2
    CHECK_EQ_T(3111, c0, x0, 0xc4d5e6f7)
test_3112:
    mov x19, 3112
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1
    ror w0, w1, w2
    CHECK_EQ_T(3112, c0, x0, 0xc4d5e6f7)
test_3113:
    mov x19, 3113
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1f
    lsl w0, w1, w2
    CHECK_EQ_T(3113, c0, x0, 0x80000000)
test_3114:
    mov x19, 3114
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1f
    lsr w0, w1, w2
    CHECK_EQ_T(3114, c0, x0, 0x1)
test_3115:
    mov x19, 3115
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1f
    asr w0, w1, w2
    CHECK_EQ_T(3115, c0, x0, 0xffffffff)
test_3116:
    mov x19, 3116
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x1f
    ror w0, w1, w2
    CHECK_EQ_T(3116, c0, x0, 0x13579bdf)
test_3117:
    mov x19, 3117
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x20
    lsl w0, w1, w2
    CHECK_EQ_T(3117, c0, x0, 0x89abcdef)
test_3118:
    mov x19, 3118
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x20
    lsr w0, w1, w2
    CHECK_EQ_T(3118, c0, x0, 0x89abcdef)
test_3119:
    mov x19, 3119
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x20
    asr w0, w1, w2
    CHECK_EQ_T(3119, c0, x0, 0x89abcdef)
test_3120:
    mov x19, 3120
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x20
    ror w0, w1, w2
    CHECK_EQ_T(3120, c0, x0, 0x89abcdef)
test_3121:
    mov x19, 3121
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x3f
    lsl w0, w1, w2
    CHECK_EQ_T(3121, c0, x0, 0x80000000)
test_3122:
    mov x19, 3122
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x3f
    lsr w0, w1, w2
    CHECK_EQ_T(3122, c0, x0, 0x1)
test_3123:
    mov x19, 3123
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x3f
    asr w0, w1, w2
    CHECK_EQ_T(3123, c0, x0, 0xffffffff)
test_3124:
    mov x19, 3124
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x3f
    ror w0, w1, w2
    CHECK_EQ_T(3124, c0, x0, 0x13579bdf)
test_3125:
    mov x19, 3125
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x40
    lsl w0, w1, w2
    CHECK_EQ_T(3125, c0, x0, 0x89abcdef)
test_3126:
    mov x19, 3126
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x40
    lsr w0, w1, w2
    CHECK_EQ_T(3126, c0, x0, 0x89abcdef)
test_3127:
    mov x19, 3127
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x40
    asr w0, w1, w2
    CHECK_EQ_T(3127, c0, x0, 0x89abcdef)
test_3128:
    mov x19, 3128
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x40
    ror w0, w1, w2
    CHECK_EQ_T(3128, c0, x0, 0x89abcdef)
test_3129:
    mov x19, 3129
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x41
    lsl w0, w1, w2
    CHECK_EQ_T(3129, c0, x0, 0x13579bde)
test_3130:
    mov x19, 3130
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x41
    lsr w0, w1, w2
    CHECK_EQ_T(3130, c0, x0, 0x44d5e6f7)
test_3131:
    mov x19, 3131
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x41
    asr w0, w1, w2
    CHECK_EQ_T(3131, c0, x0, 0xc4d5e6f7)
test_3132:
    mov x19, 3132
    ldr x1, =0x8123456789abcdef
    ldr x2, =0x41
    ror w0, w1, w2
    CHECK_EQ_T(3132, c0, x0, 0xc4d5e6f7)
test_3133:
    mov x19, 3133
    ldr x1, =0x8123456789abcdef
    ldr x2, =0xffffffffffffffe1
    lsl w0, w1, w2
    CHECK_EQ_T(3133, c0, x0, 0x13579bde)
test_3134:
    mov x19, 3134
    ldr x1, =0x8123456789abcdef
    ldr x2, =0xffffffffffffffe1
    lsr w0, w1, w2
    CHECK_EQ_T(3134, c0, x0, 0x44d5e6f7)
test_3135:
    mov x19, 3135
    ldr x1, =0x8123456789abcdef
    ldr x2, =0xffffffffffffffe1
    asr w0, w1, w2
    CHECK_EQ_T(3135, c0, x0, 0xc4d5e6f7)
test_3136:
    mov x19, 3136
    ldr x1, =0x8123456789abcdef
    ldr x2, =0xffffffffffffffe1
    ror w0, w1, w2
    CHECK_EQ_T(3136, c0, x0, 0xc4d5e6f7)
test_3137:
    mov x19, 3137
    ldr x1, =0xf0000001
    ldr x2, =0x0
    lsl w0, w1, w2
    CHECK_EQ_T(3137, c0, x0, 0xf0000001)
test_3138:
    mov x19, 3138
    ldr x1, =0xf0000001
    ldr x2, =0x0
    lsr w0, w1, w2
    CHECK_EQ_T(3138, c0, x0, 0xf0000001)
test_3139:
    mov x19, 3139
    ldr x1, =0xf0000001
    ldr x2, =0x0
    asr w0, w1, w2
    CHECK_EQ_T(3139, c0, x0, 0xf0000001)
test_3140:
    mov x19, 3140
    ldr x1, =0xf0000001
    ldr x2, =0x0
    ror w0, w1, w2
    CHECK_EQ_T(3140, c0, x0, 0xf0000001)
test_3141:
    mov x19, 3141
    ldr x1, =0xf0000001
    ldr x2, =0x1
    lsl w0, w1, w2
    CHECK_EQ_T(3141, c0, x0, 0xe0000002)
test_3142:
    mov x19, 3142
    ldr x1, =0xf0000001
    ldr x2, =0x1
    lsr w0, w1, w2
    CHECK_EQ_T(3142, c0, x0, 0x78000000)
test_3143:
    mov x19, 3143
    ldr x1, =0xf0000001
    ldr x2, =0x1
    asr w0, w1, w2
    CHECK_EQ_T(3143, c0, x0, 0xf8000000)
test_3144:
    mov x19, 3144
    ldr x1, =0xf0000001
    ldr x2, =0x1
    ror w0, w1, w2
    CHECK_EQ_T(3144, c0, x0, 0xf8000000)
test_3145:
    mov x19, 3145
    ldr x1, =0xf0000001
    ldr x2, =0x1f
    lsl w0, w1, w2
    CHECK_EQ_T(3145, c0, x0, 0x80000000)
test_3146:
    mov x19, 3146
    ldr x1, =0xf0000001
    ldr x2, =0x1f
    lsr w0, w1, w2
    CHECK_EQ_T(3146, c0, x0, 0x1)
test_3147:
    mov x19, 3147
    ldr x1, =0xf0000001
    ldr x2, =0x1f
    asr w0, w1, w2
    CHECK_EQ_T(3147, c0, x0, 0xffffffff)
test_3148:
    mov x19, 3148
    ldr x1, =0xf0000001
    ldr x2, =0x1f
    ror w0, w1, w2
    CHECK_EQ_T(3148, c0, x0, 0xe0000003)
test_3149:
    mov x19, 3149
    ldr x1, =0xf0000001
    ldr x2, =0x20
    lsl w0, w1, w2
    CHECK_EQ_T(3149, c0, x0, 0xf0000001)
test_3150:
    mov x19, 3150
    ldr x1, =0xf0000001
    ldr x2, =0x20
    lsr w0, w1, w2
    CHECK_EQ_T(3150, c0, x0, 0xf0000001)
test_3151:
    mov x19, 3151
    ldr x1, =0xf0000001
    ldr x2, =0x20
    asr w0, w1, w2
    CHECK_EQ_T(3151, c0, x0, 0xf0000001)
test_3152:
    mov x19, 3152
    ldr x1, =0xf0000001
    ldr x2, =0x20
    ror w0, w1, w2
    CHECK_EQ_T(3152, c0, x0, 0xf0000001)
test_3153:
    mov x19, 3153
    ldr x1, =0xf0000001
    ldr x2, =0x3f
    lsl w0, w1, w2
    CHECK_EQ_T(3153, c0, x0, 0x80000000)
test_3154:
    mov x19, 3154
    ldr x1, =0xf0000001
    ldr x2, =0x3f
    lsr w0, w1, w2
    CHECK_EQ_T(3154, c0, x0, 0x1)
test_3155:
    mov x19, 3155
    ldr x1, =0xf0000001
    ldr x2, =0x3f
    asr w0, w1, w2
    CHECK_EQ_T(3155, c0, x0, 0xffffffff)
test_3156:
    mov x19, 3156
    ldr x1, =0xf0000001
    ldr x2, =0x3f
    ror w0, w1, w2
    CHECK_EQ_T(3156, c0, x0, 0xe0000003)
test_3157:
    mov x19, 3157
    ldr x1, =0xf0000001
    ldr x2, =0x40
    lsl w0, w1, w2
    CHECK_EQ_T(3157, c0, x0, 0xf0000001)
test_3158:
    mov x19, 3158
    ldr x1, =0xf0000001
    ldr x2, =0x40
    lsr w0, w1, w2
    CHECK_EQ_T(3158, c0, x0, 0xf0000001)
test_3159:
    mov x19, 3159
    ldr x1, =0xf0000001
    ldr x2, =0x40
    asr w0, w1, w2
    CHECK_EQ_T(3159, c0, x0, 0xf0000001)
test_3160:
    mov x19, 3160
    ldr x1, =0xf0000001
    ldr x2, =0x40
    ror w0, w1, w2
    CHECK_EQ_T(3160, c0, x0, 0xf0000001)
test_3161:
    mov x19, 3161
    ldr x1, =0xf0000001
    ldr x2, =0x41
    lsl w0, w1, w2
    CHECK_EQ_T(3161, c0, x0, 0xe0000002)
test_3162:
    mov x19, 3162
    ldr x1, =0xf0000001
    ldr x2, =0x41
    lsr w0, w1, w2
    CHECK_EQ_T(3162, c0, x0, 0x78000000)
test_3163:
    mov x19, 3163
    ldr x1, =0xf0000001
    ldr x2, =0x41
    asr w0, w1, w2
    CHECK_EQ_T(3163, c0, x0, 0xf8000000)
test_3164:
    mov x19, 3164
    ldr x1, =0xf0000001
    ldr x2, =0x41
    ror w0, w1, w2
    CHECK_EQ_T(3164, c0, x0, 0xf8000000)
test_3165:
    mov x19, 3165
    ldr x1, =0xf0000001
    ldr x2, =0xffffffffffffffe1
    lsl w0, w1, w2
    CHECK_EQ_T(3165, c0, x0, 0xe0000002)
test_3166:
    mov x19, 3166
    ldr x1, =0xf0000001
    ldr x2, =0xffffffffffffffe1
    lsr w0, w1, w2
    CHECK_EQ_T(3166, c0, x0, 0x78000000)
test_3167:
    mov x19, 3167
    ldr x1, =0xf0000001
    ldr x2, =0xffffffffffffffe1
    asr w0, w1, w2
    CHECK_EQ_T(3167, c0, x0, 0xf8000000)
test_3168:
    mov x19, 3168
    ldr x1, =0xf0000001
    ldr x2, =0xffffffffffffffe1
    ror w0, w1, w2
    CHECK_EQ_T(3168, c0, x0, 0xf8000000)
test_3169:
    mov x19, 3169
    ldr x1, =0x1
    ldr x2, =0x0
    lsl w0, w1, w2
    CHECK_EQ_T(3169, c0, x0, 0x1)
test_3170:
    mov x19, 3170
    ldr x1, =0x1
    ldr x2, =0x0
    lsr w0, w1, w2
    CHECK_EQ_T(3170, c0, x0, 0x1)
test_3171:
    mov x19, 3171
    ldr x1, =0x1
    ldr x2, =0x0
    asr w0, w1, w2
    CHECK_EQ_T(3171, c0, x0, 0x1)
test_3172:
    mov x19, 3172
    ldr x1, =0x1
    ldr x2, =0x0
    ror w0, w1, w2
    CHECK_EQ_T(3172, c0, x0, 0x1)
test_3173:
    mov x19, 3173
    ldr x1, =0x1
    ldr x2, =0x1
    lsl w0, w1, w2
    CHECK_EQ_T(3173, c0, x0, 0x2)
test_3174:
    mov x19, 3174
    ldr x1, =0x1
    ldr x2, =0x1
    lsr w0, w1, w2
    CHECK_EQ_T(3174, c0, x0, 0x0)
test_3175:
    mov x19, 3175
    ldr x1, =0x1
    ldr x2, =0x1
    asr w0, w1, w2
    CHECK_EQ_T(3175, c0, x0, 0x0)
test_3176:
    mov x19, 3176
    ldr x1, =0x1
    ldr x2, =0x1
    ror w0, w1, w2
    CHECK_EQ_T(3176, c0, x0, 0x80000000)
test_3177:
    mov x19, 3177
    ldr x1, =0x1
    ldr x2, =0x1f
    lsl w0, w1, w2
    CHECK_EQ_T(3177, c0, x0, 0x80000000)
test_3178:
    mov x19, 3178
    ldr x1, =0x1
    ldr x2, =0x1f
    lsr w0, w1, w2
    CHECK_EQ_T(3178, c0, x0, 0x0)
test_3179:
    mov x19, 3179
    ldr x1, =0x1
    ldr x2, =0x1f
    asr w0, w1, w2
    CHECK_EQ_T(3179, c0, x0, 0x0)
test_3180:
    mov x19, 3180
    ldr x1, =0x1
    ldr x2, =0x1f
    ror w0, w1, w2
    CHECK_EQ_T(3180, c0, x0, 0x2)
test_3181:
    mov x19, 3181
    ldr x1, =0x1
    ldr x2, =0x20
    lsl w0, w1, w2
    CHECK_EQ_T(3181, c0, x0, 0x1)
test_3182:
    mov x19, 3182
    ldr x1, =0x1
    ldr x2, =0x20
    lsr w0, w1, w2
    CHECK_EQ_T(3182, c0, x0, 0x1)
test_3183:
    mov x19, 3183
    ldr x1, =0x1
    ldr x2, =0x20
    asr w0, w1, w2
    CHECK_EQ_T(3183, c0, x0, 0x1)
test_3184:
    mov x19, 3184
    ldr x1, =0x1
    ldr x2, =0x20
    ror w0, w1, w2
    CHECK_EQ_T(3184, c0, x0, 0x1)
test_3185:
    mov x19, 3185
    ldr x1, =0x1
    ldr x2, =0x3f
    lsl w0, w1, w2
    CHECK_EQ_T(3185, c0, x0, 0x80000000)
test_3186:
    mov x19, 3186
    ldr x1, =0x1
    ldr x2, =0x3f
    lsr w0, w1, w2
    CHECK_EQ_T(3186, c0, x0, 0x0)
test_3187:
    mov x19, 3187
    ldr x1, =0x1
    ldr x2, =0x3f
    asr w0, w1, w2
    CHECK_EQ_T(3187, c0, x0, 0x0)
test_3188:
    mov x19, 3188
    ldr x1, =0x1
    ldr x2, =0x3f
    ror w0, w1, w2
    CHECK_EQ_T(3188, c0, x0, 0x2)
test_3189:
    mov x19, 3189
    ldr x1, =0x1
    ldr x2, =0x40
    lsl w0, w1, w2
    CHECK_EQ_T(3189, c0, x0, 0x1)
test_3190:
    mov x19, 3190
    ldr x1, =0x1
    ldr x2, =0x40
    lsr w0, w1, w2
    CHECK_EQ_T(3190, c0, x0, 0x1)
test_3191:
    mov x19, 3191
    ldr x1, =0x1
    ldr x2, =0x40
    asr w0, w1, w2
    CHECK_EQ_T(3191, c0, x0, 0x1)
test_3192:
    mov x19, 3192
    ldr x1, =0x1
    ldr x2, =0x40
    ror w0, w1, w2
    CHECK_EQ_T(3192, c0, x0, 0x1)
test_3193:
    mov x19, 3193
    ldr x1, =0x1
    ldr x2, =0x41
    lsl w0, w1, w2
    CHECK_EQ_T(3193, c0, x0, 0x2)
test_3194:
    mov x19, 3194
    ldr x1, =0x1
    ldr x2, =0x41
    lsr w0, w1, w2
    CHECK_EQ_T(3194, c0, x0, 0x0)
test_3195:
    mov x19, 3195
    ldr x1, =0x1
    ldr x2, =0x41
    asr w0, w1, w2
    CHECK_EQ_T(3195, c0, x0, 0x0)
test_3196:
    mov x19, 3196
    ldr x1, =0x1
    ldr x2, =0x41
    ror w0, w1, w2
    CHECK_EQ_T(3196, c0, x0, 0x80000000)
test_3197:
    mov x19, 3197
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffe1
    lsl w0, w1, w2
    CHECK_EQ_T(3197, c0, x0, 0x2)
test_3198:
    mov x19, 3198
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffe1
    lsr w0, w1, w2
    CHECK_EQ_T(3198, c0, x0, 0x0)
test_3199:
    mov x19, 3199
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffe1
    asr w0, w1, w2
    CHECK_EQ_T(3199, c0, x0, 0x0)
test_3200:
    mov x19, 3200
    ldr x1, =0x1
    ldr x2, =0xffffffffffffffe1
    ror w0, w1, w2
    CHECK_EQ_T(3200, c0, x0, 0x80000000)
test_3201:
    mov x19, 3201
    ldr x1, =0x0
    ldr x2, =0x0
    lsl w0, w1, w2
    CHECK_EQ_T(3201, c0, x0, 0x0)
test_3202:
    mov x19, 3202
    ldr x1, =0x0
    ldr x2, =0x0
    lsr w0, w1, w2
    CHECK_EQ_T(3202, c0, x0, 0x0)
test_3203:
    mov x19, 3203
    ldr x1, =0x0
    ldr x2, =0x0
    asr w0, w1, w2
    CHECK_EQ_T(3203, c0, x0, 0x0)
test_3204:
    mov x19, 3204
    ldr x1, =0x0
    ldr x2, =0x0
    ror w0, w1, w2
    CHECK_EQ_T(3204, c0, x0, 0x0)
test_3205:
    mov x19, 3205
    ldr x1, =0x0
    ldr x2, =0x1
    lsl w0, w1, w2
    CHECK_EQ_T(3205, c0, x0, 0x0)
test_3206:
    mov x19, 3206
    ldr x1, =0x0
    ldr x2, =0x1
    lsr w0, w1, w2
    CHECK_EQ_T(3206, c0, x0, 0x0)
test_3207:
    mov x19, 3207
    ldr x1, =0x0
    ldr x2, =0x1
    asr w0, w1, w2
    CHECK_EQ_T(3207, c0, x0, 0x0)
test_3208:
    mov x19, 3208
    ldr x1, =0x0
    ldr x2, =0x1
    ror w0, w1, w2
    CHECK_EQ_T(3208, c0, x0, 0x0)
test_3209:
    mov x19, 3209
    ldr x1, =0x0
    ldr x2, =0x1f
    lsl w0, w1, w2
    CHECK_EQ_T(3209, c0, x0, 0x0)
test_3210:
    mov x19, 3210
    ldr x1, =0x0
    ldr x2, =0x1f
    lsr w0, w1, w2
    CHECK_EQ_T(3210, c0, x0, 0x0)
test_3211:
    mov x19, 3211
    ldr x1, =0x0
    ldr x2, =0x1f
    asr w0, w1, w2
    CHECK_EQ_T(3211, c0, x0, 0x0)
test_3212:
    mov x19, 3212
    ldr x1, =0x0
    ldr x2, =0x1f
    ror w0, w1, w2
    CHECK_EQ_T(3212, c0, x0, 0x0)
test_3213:
    mov x19, 3213
    ldr x1, =0x0
    ldr x2, =0x20
    lsl w0, w1, w2
    CHECK_EQ_T(3213, c0, x0, 0x0)
test_3214:
    mov x19, 3214
    ldr x1, =0x0
    ldr x2, =0x20
    lsr w0, w1, w2
    CHECK_EQ_T(3214, c0, x0, 0x0)
test_3215:
    mov x19, 3215
    ldr x1, =0x0
    ldr x2, =0x20
    asr w0, w1, w2
    CHECK_EQ_T(3215, c0, x0, 0x0)
test_3216:
    mov x19, 3216
    ldr x1, =0x0
    ldr x2, =0x20
    ror w0, w1, w2
    CHECK_EQ_T(3216, c0, x0, 0x0)
test_3217:
    mov x19, 3217
    ldr x1, =0x0
    ldr x2, =0x3f
    lsl w0, w1, w2
    CHECK_EQ_T(3217, c0, x0, 0x0)
test_3218:
    mov x19, 3218
    ldr x1, =0x0
    ldr x2, =0x3f
    lsr w0, w1, w2
    CHECK_EQ_T(3218, c0, x0, 0x0)
test_3219:
    mov x19, 3219
    ldr x1, =0x0
    ldr x2, =0x3f
    asr w0, w1, w2
    CHECK_EQ_T(3219, c0, x0, 0x0)
test_3220:
    mov x19, 3220
    ldr x1, =0x0
    ldr x2, =0x3f
    ror w0, w1, w2
    CHECK_EQ_T(3220, c0, x0, 0x0)
test_3221:
    mov x19, 3221
    ldr x1, =0x0
    ldr x2, =0x40
    lsl w0, w1, w2
    CHECK_EQ_T(3221, c0, x0, 0x0)
test_3222:
    mov x19, 3222
    ldr x1, =0x0
    ldr x2, =0x40
    lsr w0, w1, w2
    CHECK_EQ_T(3222, c0, x0, 0x0)
test_3223:
    mov x19, 3223
    ldr x1, =0x0
    ldr x2, =0x40
    asr w0, w1, w2
    CHECK_EQ_T(3223, c0, x0, 0x0)
test_3224:
    mov x19, 3224
    ldr x1, =0x0
    ldr x2, =0x40
    ror w0, w1, w2
    CHECK_EQ_T(3224, c0, x0, 0x0)
test_3225:
    mov x19, 3225
    ldr x1, =0x0
    ldr x2, =0x41
    lsl w0, w1, w2
    CHECK_EQ_T(3225, c0, x0, 0x0)
test_3226:
    mov x19, 3226
    ldr x1, =0x0
    ldr x2, =0x41
    lsr w0, w1, w2
    CHECK_EQ_T(3226, c0, x0, 0x0)
test_3227:
    mov x19, 3227
    ldr x1, =0x0
    ldr x2, =0x41
    asr w0, w1, w2
    CHECK_EQ_T(3227, c0, x0, 0x0)
test_3228:
    mov x19, 3228
    ldr x1, =0x0
    ldr x2, =0x41
    ror w0, w1, w2
    CHECK_EQ_T(3228, c0, x0, 0x0)
test_3229:
    mov x19, 3229
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffe1
    lsl w0, w1, w2
    CHECK_EQ_T(3229, c0, x0, 0x0)
test_3230:
    mov x19, 3230
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffe1
    lsr w0, w1, w2
    CHECK_EQ_T(3230, c0, x0, 0x0)
test_3231:
    mov x19, 3231
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffe1
    asr w0, w1, w2
    CHECK_EQ_T(3231, c0, x0, 0x0)
test_3232:
    mov x19, 3232
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffe1
    ror w0, w1, w2
    CHECK_EQ_T(3232, c0, x0, 0x0)
test_3233:
    mov x19, 3233
    ldr x1, =0x0
    clz x0, x1
    CHECK_EQ_T(3233, c0, x0, 0x40)
test_3234:
    mov x19, 3234
    ldr x1, =0x0
    cls x0, x1
    CHECK_EQ_T(3234, c0, x0, 0x3f)
test_3235:
    mov x19, 3235
    ldr x1, =0x0
    rbit x0, x1
    CHECK_EQ_T(3235, c0, x0, 0x0)
test_3236:
    mov x19, 3236
    ldr x1, =0x0
    rev x0, x1
    CHECK_EQ_T(3236, c0, x0, 0x0)
test_3237:
    mov x19, 3237
    ldr x1, =0x0
    rev16 x0, x1
    CHECK_EQ_T(3237, c0, x0, 0x0)
test_3238:
    mov x19, 3238
    ldr x1, =0x0
    rev32 x0, x1
    CHECK_EQ_T(3238, c0, x0, 0x0)
test_3239:
    mov x19, 3239
    ldr x1, =0x1
    clz x0, x1
    CHECK_EQ_T(3239, c0, x0, 0x3f)
test_3240:
    mov x19, 3240
    ldr x1, =0x1
    cls x0, x1
    CHECK_EQ_T(3240, c0, x0, 0x3e)
test_3241:
    mov x19, 3241
    ldr x1, =0x1
    rbit x0, x1
    CHECK_EQ_T(3241, c0, x0, 0x8000000000000000)
test_3242:
    mov x19, 3242
    ldr x1, =0x1
    rev x0, x1
    CHECK_EQ_T(3242, c0, x0, 0x100000000000000)
test_3243:
    mov x19, 3243
    ldr x1, =0x1
    rev16 x0, x1
    CHECK_EQ_T(3243, c0, x0, 0x100)
test_3244:
    mov x19, 3244
    ldr x1, =0x1
    rev32 x0, x1
    CHECK_EQ_T(3244, c0, x0, 0x1000000)
test_3245:
    mov x19, 3245
    ldr x1, =0xffffffffffffffff
    clz x0, x1
    CHECK_EQ_T(3245, c0, x0, 0x0)
test_3246:
    mov x19, 3246
    ldr x1, =0xffffffffffffffff
    cls x0, x1
    CHECK_EQ_T(3246, c0, x0, 0x3f)
test_3247:
    mov x19, 3247
    ldr x1, =0xffffffffffffffff
    rbit x0, x1
    CHECK_EQ_T(3247, c0, x0, 0xffffffffffffffff)
test_3248:
    mov x19, 3248
    ldr x1, =0xffffffffffffffff
    rev x0, x1
    CHECK_EQ_T(3248, c0, x0, 0xffffffffffffffff)
test_3249:
    mov x19, 3249
    ldr x1, =0xffffffffffffffff
    rev16 x0, x1
    CHECK_EQ_T(3249, c0, x0, 0xffffffffffffffff)
test_3250:
    mov x19, 3250
    ldr x1, =0xffffffffffffffff
    rev32 x0, x1
    CHECK_EQ_T(3250, c0, x0, 0xffffffffffffffff)
test_3251:
    mov x19, 3251
    ldr x1, =0x8000000000000000
    clz x0, x1
    CHECK_EQ_T(3251, c0, x0, 0x0)
test_3252:
    mov x19, 3252
    ldr x1, =0x8000000000000000
    cls x0, x1
    CHECK_EQ_T(3252, c0, x0, 0x0)
test_3253:
    mov x19, 3253
    ldr x1, =0x8000000000000000
    rbit x0, x1
    CHECK_EQ_T(3253, c0, x0, 0x1)
test_3254:
    mov x19, 3254
    ldr x1, =0x8000000000000000
    rev x0, x1
    CHECK_EQ_T(3254, c0, x0, 0x80)
test_3255:
    mov x19, 3255
    ldr x1, =0x8000000000000000
    rev16 x0, x1
    CHECK_EQ_T(3255, c0, x0, 0x80000000000000)
test_3256:
    mov x19, 3256
    ldr x1, =0x8000000000000000
    rev32 x0, x1
    CHECK_EQ_T(3256, c0, x0, 0x8000000000)
test_3257:
    mov x19, 3257
    ldr x1, =0x7fffffffffffffff
    clz x0, x1
    CHECK_EQ_T(3257, c0, x0, 0x1)
test_3258:
    mov x19, 3258
    ldr x1, =0x7fffffffffffffff
    cls x0, x1
    CHECK_EQ_T(3258, c0, x0, 0x0)
test_3259:
    mov x19, 3259
    ldr x1, =0x7fffffffffffffff
    rbit x0, x1
    CHECK_EQ_T(3259, c0, x0, 0xfffffffffffffffe)
test_3260:
    mov x19, 3260
    ldr x1, =0x7fffffffffffffff
    rev x0, x1
    CHECK_EQ_T(3260, c0, x0, 0xffffffffffffff7f)
test_3261:
    mov x19, 3261
    ldr x1, =0x7fffffffffffffff
    rev16 x0, x1
    CHECK_EQ_T(3261, c0, x0, 0xff7fffffffffffff)
test_3262:
    mov x19, 3262
    ldr x1, =0x7fffffffffffffff
    rev32 x0, x1
    CHECK_EQ_T(3262, c0, x0, 0xffffff7fffffffff)
test_3263:
    mov x19, 3263
    ldr x1, =0x123456789abcdef0
    clz x0, x1
    CHECK_EQ_T(3263, c0, x0, 0x3)
test_3264:
    mov x19, 3264
    ldr x1, =0x123456789abcdef0
    cls x0, x1
    CHECK_EQ_T(3264, c0, x0, 0x2)
test_3265:
    mov x19, 3265
    ldr x1, =0x123456789abcdef0
    rbit x0, x1
    CHECK_EQ_T(3265, c0, x0, 0xf7b3d591e6a2c48)
test_3266:
    mov x19, 3266
    ldr x1, =0x123456789abcdef0
    rev x0, x1
    CHECK_EQ_T(3266, c0, x0, 0xf0debc9a78563412)
test_3267:
    mov x19, 3267
    ldr x1, =0x123456789abcdef0
    rev16 x0, x1
    CHECK_EQ_T(3267, c0, x0, 0x34127856bc9af0de)
test_3268:
    mov x19, 3268
    ldr x1, =0x123456789abcdef0
    rev32 x0, x1
    CHECK_EQ_T(3268, c0, x0, 0x78563412f0debc9a)
test_3269:
    mov x19, 3269
    ldr x1, =0xffff0000
    clz x0, x1
    CHECK_EQ_T(3269, c0, x0, 0x20)
test_3270:
    mov x19, 3270
    ldr x1, =0xffff0000
    cls x0, x1
    CHECK_EQ_T(3270, c0, x0, 0x1f)
test_3271:
    mov x19, 3271
    ldr x1, =0xffff0000
    rbit x0, x1
    CHECK_EQ_T(3271, c0, x0, 0xffff00000000)
test_3272:
    mov x19, 3272
    ldr x1, =0xffff0000
    rev x0, x1
    CHECK_EQ_T(3272, c0, x0, 0xffff00000000)
test_3273:
    mov x19, 3273
    ldr x1, =0xffff0000
    rev16 x0, x1
    CHECK_EQ_T(3273, c0, x0, 0xffff0000)
test_3274:
    mov x19, 3274
    ldr x1, =0xffff0000
    rev32 x0, x1
    CHECK_EQ_T(3274, c0, x0, 0xffff)
test_3275:
    mov x19, 3275
    ldr x1, =0xc000000000000001
    clz x0, x1
    CHECK_EQ_T(3275, c0, x0, 0x0)
test_3276:
    mov x19, 3276
    ldr x1, =0xc000000000000001
    cls x0, x1
    CHECK_EQ_T(3276, c0, x0, 0x1)
test_3277:
    mov x19, 3277
    ldr x1, =0xc000000000000001
    rbit x0, x1
    CHECK_EQ_T(3277, c0, x0, 0x8000000000000003)
test_3278:
    mov x19, 3278
    ldr x1, =0xc000000000000001
    rev x0, x1
    CHECK_EQ_T(3278, c0, x0, 0x1000000000000c0)
test_3279:
    mov x19, 3279
    ldr x1, =0xc000000000000001
    rev16 x0, x1
    CHECK_EQ_T(3279, c0, x0, 0xc0000000000100)
test_3280:
    mov x19, 3280
    ldr x1, =0xc000000000000001
    rev32 x0, x1
    CHECK_EQ_T(3280, c0, x0, 0xc001000000)
test_3281:
    mov x19, 3281
    ldr x1, =0x80000000
    clz x0, x1
    CHECK_EQ_T(3281, c0, x0, 0x20)
test_3282:
    mov x19, 3282
    ldr x1, =0x80000000
    cls x0, x1
    CHECK_EQ_T(3282, c0, x0, 0x1f)
test_3283:
    mov x19, 3283
    ldr x1, =0x80000000
    rbit x0, x1
    CHECK_EQ_T(3283, c0, x0, 0x100000000)
test_3284:
    mov x19, 3284
    ldr x1, =0x80000000
    rev x0, x1
    CHECK_EQ_T(3284, c0, x0, 0x8000000000)
test_3285:
    mov x19, 3285
    ldr x1, =0x80000000
    rev16 x0, x1
    CHECK_EQ_T(3285, c0, x0, 0x800000)
test_3286:
    mov x19, 3286
    ldr x1, =0x80000000
    rev32 x0, x1
    CHECK_EQ_T(3286, c0, x0, 0x80)
test_3287:
    mov x19, 3287
    ldr x1, =0x40000000
    clz x0, x1
    CHECK_EQ_T(3287, c0, x0, 0x21)
test_3288:
    mov x19, 3288
    ldr x1, =0x40000000
    cls x0, x1
    CHECK_EQ_T(3288, c0, x0, 0x20)
test_3289:
    mov x19, 3289
    ldr x1, =0x40000000
    rbit x0, x1
    CHECK_EQ_T(3289, c0, x0, 0x200000000)
test_3290:
    mov x19, 3290
    ldr x1, =0x40000000
    rev x0, x1
    CHECK_EQ_T(3290, c0, x0, 0x4000000000)
test_3291:
    mov x19, 3291
    ldr x1, =0x40000000
    rev16 x0, x1
    CHECK_EQ_T(3291, c0, x0, 0x400000)
test_3292:
    mov x19, 3292
    ldr x1, =0x40000000
    rev32 x0, x1
    CHECK_EQ_T(3292, c0, x0, 0x40)
test_3293:
    mov x19, 3293
    ldr x1, =0xffffffff80000000
    clz x0, x1
    CHECK_EQ_T(3293, c0, x0, 0x0)
test_3294:
    mov x19, 3294
    ldr x1, =0xffffffff80000000
    cls x0, x1
    CHECK_EQ_T(3294, c0, x0, 0x20)
test_3295:
    mov x19, 3295
    ldr x1, =0xffffffff80000000
    rbit x0, x1
    CHECK_EQ_T(3295, c0, x0, 0x1ffffffff)
test_3296:
    mov x19, 3296
    ldr x1, =0xffffffff80000000
    rev x0, x1
    CHECK_EQ_T(3296, c0, x0, 0x80ffffffff)
test_3297:
    mov x19, 3297
    ldr x1, =0xffffffff80000000
    rev16 x0, x1
    CHECK_EQ_T(3297, c0, x0, 0xffffffff00800000)
test_3298:
    mov x19, 3298
    ldr x1, =0xffffffff80000000
    rev32 x0, x1
    CHECK_EQ_T(3298, c0, x0, 0xffffffff00000080)
test_3299:
    mov x19, 3299
    ldr x1, =0x0
    clz w0, w1
    CHECK_EQ_T(3299, c0, x0, 0x20)
test_3300:
    mov x19, 3300
    ldr x1, =0x0
    cls w0, w1
    CHECK_EQ_T(3300, c0, x0, 0x1f)
test_3301:
    mov x19, 3301
    ldr x1, =0x0
    rbit w0, w1
    CHECK_EQ_T(3301, c0, x0, 0x0)
test_3302:
    mov x19, 3302
    ldr x1, =0x0
    rev w0, w1
    CHECK_EQ_T(3302, c0, x0, 0x0)
test_3303:
    mov x19, 3303
    ldr x1, =0x0
    rev16 w0, w1
    CHECK_EQ_T(3303, c0, x0, 0x0)
test_3304:
    mov x19, 3304
    ldr x1, =0x1
    clz w0, w1
    CHECK_EQ_T(3304, c0, x0, 0x1f)
test_3305:
    mov x19, 3305
    ldr x1, =0x1
    cls w0, w1
    CHECK_EQ_T(3305, c0, x0, 0x1e)
test_3306:
    mov x19, 3306
    ldr x1, =0x1
    rbit w0, w1
    CHECK_EQ_T(3306, c0, x0, 0x80000000)
test_3307:
    mov x19, 3307
    ldr x1, =0x1
    rev w0, w1
    CHECK_EQ_T(3307, c0, x0, 0x1000000)
test_3308:
    mov x19, 3308
    ldr x1, =0x1
    rev16 w0, w1
    CHECK_EQ_T(3308, c0, x0, 0x100)
test_3309:
    mov x19, 3309
    ldr x1, =0xffffffffffffffff
    clz w0, w1
    CHECK_EQ_T(3309, c0, x0, 0x0)
test_3310:
    mov x19, 3310
    ldr x1, =0xffffffffffffffff
    cls w0, w1
    CHECK_EQ_T(3310, c0, x0, 0x1f)
test_3311:
    mov x19, 3311
    ldr x1, =0xffffffffffffffff
    rbit w0, w1
    CHECK_EQ_T(3311, c0, x0, 0xffffffff)
test_3312:
    mov x19, 3312
    ldr x1, =0xffffffffffffffff
    rev w0, w1
    CHECK_EQ_T(3312, c0, x0, 0xffffffff)
test_3313:
    mov x19, 3313
    ldr x1, =0xffffffffffffffff
    rev16 w0, w1
    CHECK_EQ_T(3313, c0, x0, 0xffffffff)
test_3314:
    mov x19, 3314
    ldr x1, =0x8000000000000000
    clz w0, w1
    CHECK_EQ_T(3314, c0, x0, 0x20)
test_3315:
    mov x19, 3315
    ldr x1, =0x8000000000000000
    cls w0, w1
    CHECK_EQ_T(3315, c0, x0, 0x1f)
test_3316:
    mov x19, 3316
    ldr x1, =0x8000000000000000
    rbit w0, w1
    CHECK_EQ_T(3316, c0, x0, 0x0)
test_3317:
    mov x19, 3317
    ldr x1, =0x8000000000000000
    rev w0, w1
    CHECK_EQ_T(3317, c0, x0, 0x0)
test_3318:
    mov x19, 3318
    ldr x1, =0x8000000000000000
    rev16 w0, w1
    CHECK_EQ_T(3318, c0, x0, 0x0)
test_3319:
    mov x19, 3319
    ldr x1, =0x7fffffffffffffff
    clz w0, w1
    CHECK_EQ_T(3319, c0, x0, 0x0)
test_3320:
    mov x19, 3320
    ldr x1, =0x7fffffffffffffff
    cls w0, w1
    CHECK_EQ_T(3320, c0, x0, 0x1f)
test_3321:
    mov x19, 3321
    ldr x1, =0x7fffffffffffffff
    rbit w0, w1
    CHECK_EQ_T(3321, c0, x0, 0xffffffff)
test_3322:
    mov x19, 3322
    ldr x1, =0x7fffffffffffffff
    rev w0, w1
    CHECK_EQ_T(3322, c0, x0, 0xffffffff)
test_3323:
    mov x19, 3323
    ldr x1, =0x7fffffffffffffff
    rev16 w0, w1
    CHECK_EQ_T(3323, c0, x0, 0xffffffff)
test_3324:
    mov x19, 3324
    ldr x1, =0x123456789abcdef0
    clz w0, w1
    CHECK_EQ_T(3324, c0, x0, 0x0)
test_3325:
    mov x19, 3325
    ldr x1, =0x123456789abcdef0
    cls w0, w1
    CHECK_EQ_T(3325, c0, x0, 0x0)
test_3326:
    mov x19, 3326
    ldr x1, =0x123456789abcdef0
    rbit w0, w1
    CHECK_EQ_T(3326, c0, x0, 0xf7b3d59)
test_3327:
    mov x19, 3327
    ldr x1, =0x123456789abcdef0
    rev w0, w1
    CHECK_EQ_T(3327, c0, x0, 0xf0debc9a)
test_3328:
    mov x19, 3328
    ldr x1, =0x123456789abcdef0
    rev16 w0, w1
    CHECK_EQ_T(3328, c0, x0, 0xbc9af0de)
test_3329:
    mov x19, 3329
    ldr x1, =0xffff0000
    clz w0, w1
    CHECK_EQ_T(3329, c0, x0, 0x0)
test_3330:
    mov x19, 3330
    ldr x1, =0xffff0000
    cls w0, w1
    CHECK_EQ_T(3330, c0, x0, 0xf)
test_3331:
    mov x19, 3331
    ldr x1, =0xffff0000
    rbit w0, w1
    CHECK_EQ_T(3331, c0, x0, 0xffff)
test_3332:
    mov x19, 3332
    ldr x1, =0xffff0000
    rev w0, w1
    CHECK_EQ_T(3332, c0, x0, 0xffff)
test_3333:
    mov x19, 3333
    ldr x1, =0xffff0000
    rev16 w0, w1
    CHECK_EQ_T(3333, c0, x0, 0xffff0000)
test_3334:
    mov x19, 3334
    ldr x1, =0xc000000000000001
    clz w0, w1
    CHECK_EQ_T(3334, c0, x0, 0x1f)
test_3335:
    mov x19, 3335
    ldr x1, =0xc000000000000001
    cls w0, w1
    CHECK_EQ_T(3335, c0, x0, 0x1e)
test_3336:
    mov x19, 3336
    ldr x1, =0xc000000000000001
    rbit w0, w1
    CHECK_EQ_T(3336, c0, x0, 0x80000000)
test_3337:
    mov x19, 3337
    ldr x1, =0xc000000000000001
    rev w0, w1
    CHECK_EQ_T(3337, c0, x0, 0x1000000)
test_3338:
    mov x19, 3338
    ldr x1, =0xc000000000000001
    rev16 w0, w1
    CHECK_EQ_T(3338, c0, x0, 0x100)
test_3339:
    mov x19, 3339
    ldr x1, =0x80000000
    clz w0, w1
    CHECK_EQ_T(3339, c0, x0, 0x0)
test_3340:
    mov x19, 3340
    ldr x1, =0x80000000
    cls w0, w1
    CHECK_EQ_T(3340, c0, x0, 0x0)
test_3341:
    mov x19, 3341
    ldr x1, =0x80000000
    rbit w0, w1
    CHECK_EQ_T(3341, c0, x0, 0x1)
test_3342:
    mov x19, 3342
    ldr x1, =0x80000000
    rev w0, w1
    CHECK_EQ_T(3342, c0, x0, 0x80)
test_3343:
    mov x19, 3343
    ldr x1, =0x80000000
    rev16 w0, w1
    CHECK_EQ_T(3343, c0, x0, 0x800000)
test_3344:
    mov x19, 3344
    ldr x1, =0x40000000
    clz w0, w1
    CHECK_EQ_T(3344, c0, x0, 0x1)
test_3345:
    mov x19, 3345
    ldr x1, =0x40000000
    cls w0, w1
    CHECK_EQ_T(3345, c0, x0, 0x0)
test_3346:
    mov x19, 3346
    ldr x1, =0x40000000
    rbit w0, w1
    CHECK_EQ_T(3346, c0, x0, 0x2)
test_3347:
    mov x19, 3347
    ldr x1, =0x40000000
    rev w0, w1
    CHECK_EQ_T(3347, c0, x0, 0x40)
test_3348:
    mov x19, 3348
    ldr x1, =0x40000000
    rev16 w0, w1
    CHECK_EQ_T(3348, c0, x0, 0x400000)
test_3349:
    mov x19, 3349
    ldr x1, =0xffffffff80000000
    clz w0, w1
    CHECK_EQ_T(3349, c0, x0, 0x0)
test_3350:
    mov x19, 3350
    ldr x1, =0xffffffff80000000
    cls w0, w1
    CHECK_EQ_T(3350, c0, x0, 0x0)
test_3351:
    mov x19, 3351
    ldr x1, =0xffffffff80000000
    rbit w0, w1
    CHECK_EQ_T(3351, c0, x0, 0x1)
test_3352:
    mov x19, 3352
    ldr x1, =0xffffffff80000000
    rev w0, w1
    CHECK_EQ_T(3352, c0, x0, 0x80)
test_3353:
    mov x19, 3353
    ldr x1, =0xffffffff80000000
    rev16 w0, w1
    CHECK_EQ_T(3353, c0, x0, 0x800000)
    b pass
TEST_END
