# openssl: digests, ciphers (fixed key and iv, no salt: the bytes are
# deterministic) and MACs compared with the host's openssl, signatures with
# keys the host made for this run (RSA PKCS#1 v1.5 and Ed25519 signatures are
# deterministic), each under three code paths: what AT_HWCAP selects
# (NEON), OPENSSL_armcap=0 (generic C) and OPENSSL_armcap=0x7d (NEON and
# the AES, SHA1, SHA256, PMULL and SHA512 instructions, which xrun
# implements without advertising them).  The host ignores OPENSSL_armcap.
# `openssl speed` only as a smoke test.
need_host /usr/bin/openssl
need_version openssl libssl3
bytes=200000
[ "${XRUN_BACKEND:-jit}" = interp ] && bytes=20000
gen_bin "$H/in.bin" "$bytes" 5
K=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
IV=0f0e0d0c0b0a09080706050403020100
(cd "$H" && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa.pem 2>/dev/null &&
 openssl genpkey -algorithm ED25519 -out ed.pem && openssl genpkey -algorithm X25519 -out x1.pem &&
 openssl genpkey -algorithm X25519 -out x2.pem && openssl pkey -in x2.pem -pubout -out x2.pub &&
 openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec.pem &&
 openssl pkey -in ec.pem -pubout -out ec.pub &&
 openssl dgst -sha256 -sign ec.pem -out ec.sig in.bin) || fail "host openssl cannot make the keys"
for f in in.bin rsa.pem ed.pem x1.pem x2.pub ec.pub ec.sig; do put $f; done
echo "input: $bytes bytes"

for cap in hwcap 0 0x7d; do
  if [ $cap = hwcap ]; then unset OPENSSL_armcap; else export OPENSSL_armcap=$cap; fi
  for d in sha1 sha256 sha512 sha384 md5 sha3-256 blake2b512; do
    check "[$cap] dgst -$d" /usr/bin/openssl dgst -$d in.bin
  done
  for c in aes-256-cbc aes-128-cbc aes-128-ctr aes-192-ofb aes-256-cfb chacha20; do
    check "[$cap] enc -$c" /usr/bin/openssl enc -$c -K $K -iv $IV -in in.bin -out in.$c
    same_file "[$cap] enc -$c ciphertext" in.$c
    check "[$cap] enc -d -$c" /usr/bin/openssl enc -d -$c -K $K -iv $IV -in in.$c -out out.$c
    same_file "[$cap] enc -d -$c plaintext" out.$c
    checks=$((checks + 1))
    cmp -s "$G/out.$c" "$G/in.bin" && echo "ok: [$cap] $c round trip equals the input" ||
      fail "[$cap] $c round trip differs from the input"
  done
  # GCM, the enc utility refuses AEAD ciphers (same message); GMAC is GCM's GHASH
  check "[$cap] enc -aes-128-gcm (refused)" /usr/bin/openssl enc -aes-128-gcm -K ${K:0:32} -iv ${IV:0:24} -in in.bin
  check "[$cap] mac GMAC (AES-128-GCM)" /usr/bin/openssl mac -cipher AES-128-GCM -macopt hexkey:${K:0:32} -macopt hexiv:${IV:0:24} -in in.bin GMAC
  check "[$cap] mac GMAC (AES-256-GCM)" /usr/bin/openssl mac -cipher AES-256-GCM -macopt hexkey:$K -macopt hexiv:${IV:0:24} -in in.bin GMAC
  check "[$cap] mac CMAC (AES-256-CBC)" /usr/bin/openssl mac -cipher AES-256-CBC -macopt hexkey:$K -in in.bin CMAC
  check "[$cap] mac HMAC-SHA512" /usr/bin/openssl mac -digest SHA512 -macopt hexkey:$K -in in.bin HMAC
  check "[$cap] mac Poly1305" /usr/bin/openssl mac -macopt hexkey:$K -in in.bin Poly1305
  check "[$cap] RSA-2048 sign (PKCS#1 v1.5, SHA-256)" /usr/bin/openssl dgst -sha256 -sign rsa.pem -hex in.bin
  check "[$cap] Ed25519 sign" /usr/bin/openssl pkeyutl -sign -inkey ed.pem -rawin -in in.bin -hexdump
  check "[$cap] X25519 derive" /usr/bin/openssl pkeyutl -derive -inkey x1.pem -peerkey x2.pub -hexdump
  check "[$cap] ECDSA P-256 verify" /usr/bin/openssl dgst -sha256 -verify ec.pub -signature ec.sig in.bin
done
unset OPENSSL_armcap
check "rsa -check -text" /usr/bin/openssl rsa -in rsa.pem -check -text -noout
check "prime (a Mersenne prime)" /usr/bin/openssl prime 170141183460469231731687303715884105727
check "base64 round trip" /usr/bin/openssl base64 -in in.bin -out in.b64
same_file "base64 text" in.b64

# speed: a smoke test (timing output is not compared)
(cd "$G" && "$xrun" -L "$root" "$root/usr/bin/openssl" speed -seconds 1 -bytes 1024 -evp aes-128-gcm >.out 2>.err)
rc=$?
checks=$((checks + 1))
if [ $rc -eq 0 ] && grep -q '^AES-128-GCM ' "$G/.out"; then echo "ok: speed -evp aes-128-gcm ran"
else fail "openssl speed: exit $rc"; cat "$G/.out" "$G/.err" | head; fi
