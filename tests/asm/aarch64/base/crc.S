/* CRC32B/H/W/X and CRC32CB/H/W/X (reflected polynomials, no inversion), with
 * the standard check values of "123456789".
 * Expected values come from the Arm ARM pseudo-code, evaluated in Python. */
#include "test.h"

TEST_BEGIN
test_3354:
    mov x19, 3354
    ldr x1, =0x0
    ldr x2, =0x0
    crc32b w0, w1, w2
    CHECK_EQ_T(3354, c0, x0, 0x0)
test_3355:
    mov x19, 3355
    ldr x1, =0x0
    ldr x2, =0x0
    crc32cb w0, w1, w2
    CHECK_EQ_T(3355, c0, x0, 0x0)
test_3356:
    mov x19, 3356
    ldr x1, =0x0
    ldr x2, =0x0
    crc32h w0, w1, w2
    CHECK_EQ_T(3356, c0, x0, 0x0)
test_3357:
    mov x19, 3357
    ldr x1, =0x0
    ldr x2, =0x0
    crc32ch w0, w1, w2
    CHECK_EQ_T(3357, c0, x0, 0x0)
test_3358:
    mov x19, 3358
    ldr x1, =0x0
    ldr x2, =0x0
    crc32w w0, w1, w2
    CHECK_EQ_T(3358, c0, x0, 0x0)
test_3359:
    mov x19, 3359
    ldr x1, =0x0
    ldr x2, =0x0
    crc32cw w0, w1, w2
    CHECK_EQ_T(3359, c0, x0, 0x0)
test_3360:
    mov x19, 3360
    ldr x1, =0x0
    ldr x2, =0x0
    crc32x w0, w1, x2
    CHECK_EQ_T(3360, c0, x0, 0x0)
test_3361:
    mov x19, 3361
    ldr x1, =0x0
    ldr x2, =0x0
    crc32cx w0, w1, x2
    CHECK_EQ_T(3361, c0, x0, 0x0)
test_3362:
    mov x19, 3362
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef
    crc32b w0, w1, w2
    CHECK_EQ_T(3362, c0, x0, 0x30b5ffe9)
test_3363:
    mov x19, 3363
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef
    crc32cb w0, w1, w2
    CHECK_EQ_T(3363, c0, x0, 0xbd23943e)
test_3364:
    mov x19, 3364
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef
    crc32h w0, w1, w2
    CHECK_EQ_T(3364, c0, x0, 0x3c33512e)
test_3365:
    mov x19, 3365
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef
    crc32ch w0, w1, w2
    CHECK_EQ_T(3365, c0, x0, 0xe083bf15)
test_3366:
    mov x19, 3366
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef
    crc32w w0, w1, w2
    CHECK_EQ_T(3366, c0, x0, 0xcefc0adb)
test_3367:
    mov x19, 3367
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef
    crc32cw w0, w1, w2
    CHECK_EQ_T(3367, c0, x0, 0x5914342a)
test_3368:
    mov x19, 3368
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef
    crc32x w0, w1, x2
    CHECK_EQ_T(3368, c0, x0, 0x21193d2e)
test_3369:
    mov x19, 3369
    ldr x1, =0x0
    ldr x2, =0x123456789abcdef
    crc32cx w0, w1, x2
    CHECK_EQ_T(3369, c0, x0, 0xe9986aa9)
test_3370:
    mov x19, 3370
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    crc32b w0, w1, w2
    CHECK_EQ_T(3370, c0, x0, 0x2d02ef8d)
test_3371:
    mov x19, 3371
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    crc32cb w0, w1, w2
    CHECK_EQ_T(3371, c0, x0, 0xad7d5351)
test_3372:
    mov x19, 3372
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    crc32h w0, w1, w2
    CHECK_EQ_T(3372, c0, x0, 0xbe2612ff)
test_3373:
    mov x19, 3373
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    crc32ch w0, w1, w2
    CHECK_EQ_T(3373, c0, x0, 0xe9e77d2)
test_3374:
    mov x19, 3374
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    crc32w w0, w1, w2
    CHECK_EQ_T(3374, c0, x0, 0xdebb20e3)
test_3375:
    mov x19, 3375
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    crc32cw w0, w1, w2
    CHECK_EQ_T(3375, c0, x0, 0xb798b438)
test_3376:
    mov x19, 3376
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    crc32x w0, w1, x2
    CHECK_EQ_T(3376, c0, x0, 0x44660075)
test_3377:
    mov x19, 3377
    ldr x1, =0x0
    ldr x2, =0xffffffffffffffff
    crc32cx w0, w1, x2
    CHECK_EQ_T(3377, c0, x0, 0xc44ff94d)
test_3378:
    mov x19, 3378
    ldr x1, =0x0
    ldr x2, =0x80
    crc32b w0, w1, w2
    CHECK_EQ_T(3378, c0, x0, 0xedb88320)
test_3379:
    mov x19, 3379
    ldr x1, =0x0
    ldr x2, =0x80
    crc32cb w0, w1, w2
    CHECK_EQ_T(3379, c0, x0, 0x82f63b78)
test_3380:
    mov x19, 3380
    ldr x1, =0x0
    ldr x2, =0x80
    crc32h w0, w1, w2
    CHECK_EQ_T(3380, c0, x0, 0x3b83984b)
test_3381:
    mov x19, 3381
    ldr x1, =0x0
    ldr x2, =0x80
    crc32ch w0, w1, w2
    CHECK_EQ_T(3381, c0, x0, 0xfbc3faf9)
test_3382:
    mov x19, 3382
    ldr x1, =0x0
    ldr x2, =0x80
    crc32w w0, w1, w2
    CHECK_EQ_T(3382, c0, x0, 0xed59b63b)
test_3383:
    mov x19, 3383
    ldr x1, =0x0
    ldr x2, =0x80
    crc32cw w0, w1, w2
    CHECK_EQ_T(3383, c0, x0, 0x52a0c93f)
test_3384:
    mov x19, 3384
    ldr x1, =0x0
    ldr x2, =0x80
    crc32x w0, w1, x2
    CHECK_EQ_T(3384, c0, x0, 0x533b85da)
test_3385:
    mov x19, 3385
    ldr x1, =0x0
    ldr x2, =0x80
    crc32cx w0, w1, x2
    CHECK_EQ_T(3385, c0, x0, 0x34019664)
test_3386:
    mov x19, 3386
    ldr x1, =0xffffffff
    ldr x2, =0x0
    crc32b w0, w1, w2
    CHECK_EQ_T(3386, c0, x0, 0x2dfd1072)
test_3387:
    mov x19, 3387
    ldr x1, =0xffffffff
    ldr x2, =0x0
    crc32cb w0, w1, w2
    CHECK_EQ_T(3387, c0, x0, 0xad82acae)
test_3388:
    mov x19, 3388
    ldr x1, =0xffffffff
    ldr x2, =0x0
    crc32h w0, w1, w2
    CHECK_EQ_T(3388, c0, x0, 0xbe26ed00)
test_3389:
    mov x19, 3389
    ldr x1, =0xffffffff
    ldr x2, =0x0
    crc32ch w0, w1, w2
    CHECK_EQ_T(3389, c0, x0, 0xe9e882d)
test_3390:
    mov x19, 3390
    ldr x1, =0xffffffff
    ldr x2, =0x0
    crc32w w0, w1, w2
    CHECK_EQ_T(3390, c0, x0, 0xdebb20e3)
test_3391:
    mov x19, 3391
    ldr x1, =0xffffffff
    ldr x2, =0x0
    crc32cw w0, w1, w2
    CHECK_EQ_T(3391, c0, x0, 0xb798b438)
test_3392:
    mov x19, 3392
    ldr x1, =0xffffffff
    ldr x2, =0x0
    crc32x w0, w1, x2
    CHECK_EQ_T(3392, c0, x0, 0x9add2096)
test_3393:
    mov x19, 3393
    ldr x1, =0xffffffff
    ldr x2, =0x0
    crc32cx w0, w1, x2
    CHECK_EQ_T(3393, c0, x0, 0x73d74d75)
test_3394:
    mov x19, 3394
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef
    crc32b w0, w1, w2
    CHECK_EQ_T(3394, c0, x0, 0x1d48ef9b)
test_3395:
    mov x19, 3395
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef
    crc32cb w0, w1, w2
    CHECK_EQ_T(3395, c0, x0, 0x10a13890)
test_3396:
    mov x19, 3396
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef
    crc32h w0, w1, w2
    CHECK_EQ_T(3396, c0, x0, 0x8215bc2e)
test_3397:
    mov x19, 3397
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef
    crc32ch w0, w1, w2
    CHECK_EQ_T(3397, c0, x0, 0xee1d3738)
test_3398:
    mov x19, 3398
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef
    crc32w w0, w1, w2
    CHECK_EQ_T(3398, c0, x0, 0x10472a38)
test_3399:
    mov x19, 3399
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef
    crc32cw w0, w1, w2
    CHECK_EQ_T(3399, c0, x0, 0xee8c8012)
test_3400:
    mov x19, 3400
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef
    crc32x w0, w1, x2
    CHECK_EQ_T(3400, c0, x0, 0xbbc41db8)
test_3401:
    mov x19, 3401
    ldr x1, =0xffffffff
    ldr x2, =0x123456789abcdef
    crc32cx w0, w1, x2
    CHECK_EQ_T(3401, c0, x0, 0x9a4f27dc)
test_3402:
    mov x19, 3402
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    crc32b w0, w1, w2
    CHECK_EQ_T(3402, c0, x0, 0xffffff)
test_3403:
    mov x19, 3403
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    crc32cb w0, w1, w2
    CHECK_EQ_T(3403, c0, x0, 0xffffff)
test_3404:
    mov x19, 3404
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    crc32h w0, w1, w2
    CHECK_EQ_T(3404, c0, x0, 0xffff)
test_3405:
    mov x19, 3405
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    crc32ch w0, w1, w2
    CHECK_EQ_T(3405, c0, x0, 0xffff)
test_3406:
    mov x19, 3406
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    crc32w w0, w1, w2
    CHECK_EQ_T(3406, c0, x0, 0x0)
test_3407:
    mov x19, 3407
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    crc32cw w0, w1, w2
    CHECK_EQ_T(3407, c0, x0, 0x0)
test_3408:
    mov x19, 3408
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    crc32x w0, w1, x2
    CHECK_EQ_T(3408, c0, x0, 0xdebb20e3)
test_3409:
    mov x19, 3409
    ldr x1, =0xffffffff
    ldr x2, =0xffffffffffffffff
    crc32cx w0, w1, x2
    CHECK_EQ_T(3409, c0, x0, 0xb798b438)
test_3410:
    mov x19, 3410
    ldr x1, =0xffffffff
    ldr x2, =0x80
    crc32b w0, w1, w2
    CHECK_EQ_T(3410, c0, x0, 0xc0459352)
test_3411:
    mov x19, 3411
    ldr x1, =0xffffffff
    ldr x2, =0x80
    crc32cb w0, w1, w2
    CHECK_EQ_T(3411, c0, x0, 0x2f7497d6)
test_3412:
    mov x19, 3412
    ldr x1, =0xffffffff
    ldr x2, =0x80
    crc32h w0, w1, w2
    CHECK_EQ_T(3412, c0, x0, 0x85a5754b)
test_3413:
    mov x19, 3413
    ldr x1, =0xffffffff
    ldr x2, =0x80
    crc32ch w0, w1, w2
    CHECK_EQ_T(3413, c0, x0, 0xf55d72d4)
test_3414:
    mov x19, 3414
    ldr x1, =0xffffffff
    ldr x2, =0x80
    crc32w w0, w1, w2
    CHECK_EQ_T(3414, c0, x0, 0x33e296d8)
test_3415:
    mov x19, 3415
    ldr x1, =0xffffffff
    ldr x2, =0x80
    crc32cw w0, w1, w2
    CHECK_EQ_T(3415, c0, x0, 0xe5387d07)
test_3416:
    mov x19, 3416
    ldr x1, =0xffffffff
    ldr x2, =0x80
    crc32x w0, w1, x2
    CHECK_EQ_T(3416, c0, x0, 0xc9e6a54c)
test_3417:
    mov x19, 3417
    ldr x1, =0xffffffff
    ldr x2, =0x80
    crc32cx w0, w1, x2
    CHECK_EQ_T(3417, c0, x0, 0x47d6db11)
test_3418:
    mov x19, 3418
    ldr x1, =0x12345678
    ldr x2, =0x0
    crc32b w0, w1, w2
    CHECK_EQ_T(3418, c0, x0, 0x5ecccd58)
test_3419:
    mov x19, 3419
    ldr x1, =0x12345678
    ldr x2, =0x0
    crc32cb w0, w1, w2
    CHECK_EQ_T(3419, c0, x0, 0xfb533894)
test_3420:
    mov x19, 3420
    ldr x1, =0x12345678
    ldr x2, =0x0
    crc32h w0, w1, w2
    CHECK_EQ_T(3420, c0, x0, 0x65ee150b)
test_3421:
    mov x19, 3421
    ldr x1, =0x12345678
    ldr x2, =0x0
    crc32ch w0, w1, w2
    CHECK_EQ_T(3421, c0, x0, 0x55c93830)
test_3422:
    mov x19, 3422
    ldr x1, =0x12345678
    ldr x2, =0x0
    crc32w w0, w1, w2
    CHECK_EQ_T(3422, c0, x0, 0x8e2958ce)
test_3423:
    mov x19, 3423
    ldr x1, =0x12345678
    ldr x2, =0x0
    crc32cw w0, w1, w2
    CHECK_EQ_T(3423, c0, x0, 0xfa745634)
test_3424:
    mov x19, 3424
    ldr x1, =0x12345678
    ldr x2, =0x0
    crc32x w0, w1, x2
    CHECK_EQ_T(3424, c0, x0, 0xba7bd7f1)
test_3425:
    mov x19, 3425
    ldr x1, =0x12345678
    ldr x2, =0x0
    crc32cx w0, w1, x2
    CHECK_EQ_T(3425, c0, x0, 0x4a4a6d17)
test_3426:
    mov x19, 3426
    ldr x1, =0x12345678
    ldr x2, =0x123456789abcdef
    crc32b w0, w1, w2
    CHECK_EQ_T(3426, c0, x0, 0x6e7932b1)
test_3427:
    mov x19, 3427
    ldr x1, =0x12345678
    ldr x2, =0x123456789abcdef
    crc32cb w0, w1, w2
    CHECK_EQ_T(3427, c0, x0, 0x4670acaa)
test_3428:
    mov x19, 3428
    ldr x1, =0x12345678
    ldr x2, =0x123456789abcdef
    crc32h w0, w1, w2
    CHECK_EQ_T(3428, c0, x0, 0x59dd4425)
test_3429:
    mov x19, 3429
    ldr x1, =0x12345678
    ldr x2, =0x123456789abcdef
    crc32ch w0, w1, w2
    CHECK_EQ_T(3429, c0, x0, 0xb54a8725)
test_3430:
    mov x19, 3430
    ldr x1, =0x12345678
    ldr x2, =0x123456789abcdef
    crc32w w0, w1, w2
    CHECK_EQ_T(3430, c0, x0, 0x40d55215)
test_3431:
    mov x19, 3431
    ldr x1, =0x12345678
    ldr x2, =0x123456789abcdef
    crc32cw w0, w1, w2
    CHECK_EQ_T(3431, c0, x0, 0xa360621e)
test_3432:
    mov x19, 3432
    ldr x1, =0x12345678
    ldr x2, =0x123456789abcdef
    crc32x w0, w1, x2
    CHECK_EQ_T(3432, c0, x0, 0x9b62eadf)
test_3433:
    mov x19, 3433
    ldr x1, =0x12345678
    ldr x2, =0x123456789abcdef
    crc32cx w0, w1, x2
    CHECK_EQ_T(3433, c0, x0, 0xa3d207be)
test_3434:
    mov x19, 3434
    ldr x1, =0x12345678
    ldr x2, =0xffffffffffffffff
    crc32b w0, w1, w2
    CHECK_EQ_T(3434, c0, x0, 0x73ce22d5)
test_3435:
    mov x19, 3435
    ldr x1, =0x12345678
    ldr x2, =0xffffffffffffffff
    crc32cb w0, w1, w2
    CHECK_EQ_T(3435, c0, x0, 0x562e6bc5)
test_3436:
    mov x19, 3436
    ldr x1, =0x12345678
    ldr x2, =0xffffffffffffffff
    crc32h w0, w1, w2
    CHECK_EQ_T(3436, c0, x0, 0xdbc807f4)
test_3437:
    mov x19, 3437
    ldr x1, =0x12345678
    ldr x2, =0xffffffffffffffff
    crc32ch w0, w1, w2
    CHECK_EQ_T(3437, c0, x0, 0x5b574fe2)
test_3438:
    mov x19, 3438
    ldr x1, =0x12345678
    ldr x2, =0xffffffffffffffff
    crc32w w0, w1, w2
    CHECK_EQ_T(3438, c0, x0, 0x5092782d)
test_3439:
    mov x19, 3439
    ldr x1, =0x12345678
    ldr x2, =0xffffffffffffffff
    crc32cw w0, w1, w2
    CHECK_EQ_T(3439, c0, x0, 0x4dece20c)
test_3440:
    mov x19, 3440
    ldr x1, =0x12345678
    ldr x2, =0xffffffffffffffff
    crc32x w0, w1, x2
    CHECK_EQ_T(3440, c0, x0, 0xfe1dd784)
test_3441:
    mov x19, 3441
    ldr x1, =0x12345678
    ldr x2, =0xffffffffffffffff
    crc32cx w0, w1, x2
    CHECK_EQ_T(3441, c0, x0, 0x8e05945a)
test_3442:
    mov x19, 3442
    ldr x1, =0x12345678
    ldr x2, =0x80
    crc32b w0, w1, w2
    CHECK_EQ_T(3442, c0, x0, 0xb3744e78)
test_3443:
    mov x19, 3443
    ldr x1, =0x12345678
    ldr x2, =0x80
    crc32cb w0, w1, w2
    CHECK_EQ_T(3443, c0, x0, 0x79a503ec)
test_3444:
    mov x19, 3444
    ldr x1, =0x12345678
    ldr x2, =0x80
    crc32h w0, w1, w2
    CHECK_EQ_T(3444, c0, x0, 0x5e6d8d40)
test_3445:
    mov x19, 3445
    ldr x1, =0x12345678
    ldr x2, =0x80
    crc32ch w0, w1, w2
    CHECK_EQ_T(3445, c0, x0, 0xae0ac2c9)
test_3446:
    mov x19, 3446
    ldr x1, =0x12345678
    ldr x2, =0x80
    crc32w w0, w1, w2
    CHECK_EQ_T(3446, c0, x0, 0x6370eef5)
test_3447:
    mov x19, 3447
    ldr x1, =0x12345678
    ldr x2, =0x80
    crc32cw w0, w1, w2
    CHECK_EQ_T(3447, c0, x0, 0xa8d49f0b)
test_3448:
    mov x19, 3448
    ldr x1, =0x12345678
    ldr x2, =0x80
    crc32x w0, w1, x2
    CHECK_EQ_T(3448, c0, x0, 0xe940522b)
test_3449:
    mov x19, 3449
    ldr x1, =0x12345678
    ldr x2, =0x80
    crc32cx w0, w1, x2
    CHECK_EQ_T(3449, c0, x0, 0x7e4bfb73)
test_3450:
    mov x19, 3450
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x0
    crc32b w0, w1, w2
    CHECK_EQ_T(3450, c0, x0, 0x306b5257)
test_3451:
    mov x19, 3451
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x0
    crc32cb w0, w1, w2
    CHECK_EQ_T(3451, c0, x0, 0xbdfd3980)
test_3452:
    mov x19, 3452
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x0
    crc32h w0, w1, w2
    CHECK_EQ_T(3452, c0, x0, 0xf53faf05)
test_3453:
    mov x19, 3453
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x0
    crc32ch w0, w1, w2
    CHECK_EQ_T(3453, c0, x0, 0x824bc641)
test_3454:
    mov x19, 3454
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x0
    crc32w w0, w1, w2
    CHECK_EQ_T(3454, c0, x0, 0x3b1ebf03)
test_3455:
    mov x19, 3455
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x0
    crc32cw w0, w1, w2
    CHECK_EQ_T(3455, c0, x0, 0x9991d14)
test_3456:
    mov x19, 3456
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x0
    crc32x w0, w1, x2
    CHECK_EQ_T(3456, c0, x0, 0xb9fdc038)
test_3457:
    mov x19, 3457
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x0
    crc32cx w0, w1, x2
    CHECK_EQ_T(3457, c0, x0, 0xd3287e9e)
test_3458:
    mov x19, 3458
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x123456789abcdef
    crc32b w0, w1, w2
    CHECK_EQ_T(3458, c0, x0, 0xdeadbe)
test_3459:
    mov x19, 3459
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x123456789abcdef
    crc32cb w0, w1, w2
    CHECK_EQ_T(3459, c0, x0, 0xdeadbe)
test_3460:
    mov x19, 3460
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x123456789abcdef
    crc32h w0, w1, w2
    CHECK_EQ_T(3460, c0, x0, 0xc90cfe2b)
test_3461:
    mov x19, 3461
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x123456789abcdef
    crc32ch w0, w1, w2
    CHECK_EQ_T(3461, c0, x0, 0x62c87954)
test_3462:
    mov x19, 3462
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x123456789abcdef
    crc32w w0, w1, w2
    CHECK_EQ_T(3462, c0, x0, 0xf5e2b5d8)
test_3463:
    mov x19, 3463
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x123456789abcdef
    crc32cw w0, w1, w2
    CHECK_EQ_T(3463, c0, x0, 0x508d293e)
test_3464:
    mov x19, 3464
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x123456789abcdef
    crc32x w0, w1, x2
    CHECK_EQ_T(3464, c0, x0, 0x98e4fd16)
test_3465:
    mov x19, 3465
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x123456789abcdef
    crc32cx w0, w1, x2
    CHECK_EQ_T(3465, c0, x0, 0x3ab01437)
test_3466:
    mov x19, 3466
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0xffffffffffffffff
    crc32b w0, w1, w2
    CHECK_EQ_T(3466, c0, x0, 0x1d69bdda)
test_3467:
    mov x19, 3467
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0xffffffffffffffff
    crc32cb w0, w1, w2
    CHECK_EQ_T(3467, c0, x0, 0x10806ad1)
test_3468:
    mov x19, 3468
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0xffffffffffffffff
    crc32h w0, w1, w2
    CHECK_EQ_T(3468, c0, x0, 0x4b19bdfa)
test_3469:
    mov x19, 3469
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0xffffffffffffffff
    crc32ch w0, w1, w2
    CHECK_EQ_T(3469, c0, x0, 0x8cd5b193)
test_3470:
    mov x19, 3470
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0xffffffffffffffff
    crc32w w0, w1, w2
    CHECK_EQ_T(3470, c0, x0, 0xe5a59fe0)
test_3471:
    mov x19, 3471
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0xffffffffffffffff
    crc32cw w0, w1, w2
    CHECK_EQ_T(3471, c0, x0, 0xbe01a92c)
test_3472:
    mov x19, 3472
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0xffffffffffffffff
    crc32x w0, w1, x2
    CHECK_EQ_T(3472, c0, x0, 0xfd9bc04d)
test_3473:
    mov x19, 3473
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0xffffffffffffffff
    crc32cx w0, w1, x2
    CHECK_EQ_T(3473, c0, x0, 0x176787d3)
test_3474:
    mov x19, 3474
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x80
    crc32b w0, w1, w2
    CHECK_EQ_T(3474, c0, x0, 0xddd3d177)
test_3475:
    mov x19, 3475
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x80
    crc32cb w0, w1, w2
    CHECK_EQ_T(3475, c0, x0, 0x3f0b02f8)
test_3476:
    mov x19, 3476
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x80
    crc32h w0, w1, w2
    CHECK_EQ_T(3476, c0, x0, 0xcebc374e)
test_3477:
    mov x19, 3477
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x80
    crc32ch w0, w1, w2
    CHECK_EQ_T(3477, c0, x0, 0x79883cb8)
test_3478:
    mov x19, 3478
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x80
    crc32w w0, w1, w2
    CHECK_EQ_T(3478, c0, x0, 0xd6470938)
test_3479:
    mov x19, 3479
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x80
    crc32cw w0, w1, w2
    CHECK_EQ_T(3479, c0, x0, 0x5b39d42b)
test_3480:
    mov x19, 3480
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x80
    crc32x w0, w1, x2
    CHECK_EQ_T(3480, c0, x0, 0xeac645e2)
test_3481:
    mov x19, 3481
    ldr x1, =0xffffffffdeadbeef
    ldr x2, =0x80
    crc32cx w0, w1, x2
    CHECK_EQ_T(3481, c0, x0, 0xe729e8fa)
test_3482:
    mov x19, 3482
    adr x5, .Lcrcmsg
    mov w0, -1
    mov x6, 9
    1: ldrb w7, [x5], 1
    crc32b w0, w0, w7
    subs x6, x6, 1
    b.ne 1b
    mvn w0, w0
    CHECK_EQ_T(3482, c0, x0, 0xcbf43926)
test_3483:
    mov x19, 3483
    adr x5, .Lcrcmsg
    mov w0, -1
    ldr x7, [x5]
    crc32cx w0, w0, x7
    ldrb w7, [x5, 8]
    crc32cb w0, w0, w7
    mvn w0, w0
    CHECK_EQ_T(3483, c0, x0, 0xe3069283)
    b pass
.Lcrcmsg: .ascii "123456789"
    .balign 4
TEST_END
