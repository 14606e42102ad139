# Python workload for tests/debian, run by Debian's python3 natively and
# under xrun (output compared): py-test.py SECTION...  (default: all but
# subprocess, which needs execve).  Every section prints deterministic results.
# PY_TEST_LIGHT=1 (set for both runs under the interpreter backend) scales
# the loops down.
import os
import sys

LIGHT = os.environ.get("PY_TEST_LIGHT") == "1"
N = 1 if LIGHT else 5      # loop scale


def sec_threading():
    import threading, queue
    lock = threading.Lock()
    counter = [0]
    def work(n):
        for _ in range(n):
            with lock:
                counter[0] += 1
    ts = [threading.Thread(target=work, args=(1000 * N,)) for _ in range(8)]
    for t in ts: t.start()
    for t in ts: t.join()
    print("threads counter", counter[0])
    q, out = queue.Queue(), []
    cond = threading.Condition()
    def producer():
        for i in range(200): q.put(i * i)
        q.put(None)
    def consumer():
        while (v := q.get()) is not None:
            out.append(v)
        with cond: cond.notify_all()
    c = threading.Thread(target=consumer); c.start()
    threading.Thread(target=producer).start()
    c.join()
    print("queue", len(out), sum(out))
    ev = threading.Event(); seen = []
    def waiter(i):
        ev.wait(); seen.append(i)
    ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
    for w in ws: w.start()
    ev.set()
    for w in ws: w.join()
    print("event", sorted(seen))
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(4) as ex:
        print("pool", list(ex.map(lambda x: x ** 3 % 1009, range(20))))
    b = threading.Barrier(3); r = []
    def bar(i):
        r.append(b.wait() >= 0)
    bs = [threading.Thread(target=bar, args=(i,)) for i in range(3)]
    for t in bs: t.start()
    for t in bs: t.join()
    print("barrier", r)


def sec_signal():
    import signal, os, threading, time
    got = []
    signal.signal(signal.SIGUSR1, lambda s, f: got.append(("usr1", s)))
    os.kill(os.getpid(), signal.SIGUSR1)
    signal.raise_signal(signal.SIGUSR1)
    print("signal handler", got)
    fired = []
    signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    t0 = time.monotonic()
    while not fired and time.monotonic() - t0 < 10:
        time.sleep(0.01)
    print("setitimer fired", fired == [signal.SIGALRM])
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2})
    os.kill(os.getpid(), signal.SIGUSR2)
    print("pending", signal.SIGUSR2 in signal.sigpending())
    print("sigwait", signal.sigwait({signal.SIGUSR2}) == signal.SIGUSR2)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR2})
    try:
        signal.signal(signal.SIGALRM, lambda s, f: (_ for _ in ()).throw(TimeoutError("alarm")))
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        time.sleep(5)
        print("sleep not interrupted")
    except TimeoutError as e:
        print("exception from handler:", e)
    print("default int handler", signal.getsignal(signal.SIGINT) is signal.default_int_handler)


def sec_json():
    import json
    doc = {"name": "xrun", "n": [1, 2.5, -3e-7, None, True], "nested": {"k": "v\u00e9\n"},
           "big": 2 ** 70, "list": [{"i": i, "s": str(i) * 3} for i in range(5)]}
    s = json.dumps(doc, sort_keys=True, indent=1)
    print(s)
    back = json.loads(s)
    print("json round trip", back == doc, json.dumps(back, separators=(",", ":"), sort_keys=True, ensure_ascii=False))
    print(json.loads('[1e400, -0.0, 1.0000000000000002, "\\ud83d\\ude00"]'))


def sec_re():
    import re
    text = "\n".join("user%d@host%d.example.org id=%d score=%.2f" % (i, i % 7, i * 37, i / 3) for i in range(300))
    emails = re.findall(r"\b([\w.]+)@([\w.]+)\.org\b", text)
    print("emails", len(emails), emails[:3])
    pat = re.compile(r"id=(?P<id>\d+) score=(?P<s>\d+\.\d\d)$", re.M)
    tot = sum(int(m["id"]) for m in pat.finditer(text))
    print("ids", tot)
    print(re.sub(r"(\w+)@(\w+)", lambda m: m[2].upper() + "#" + m[1][::-1], text[:120]))
    print(re.split(r"[\s=]+", "a = b  c=d\te"), bool(re.fullmatch(r"(?i)[a-f0-9]{8}", "DEADbeef")))
    print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"))


def sec_zlib():
    import zlib, gzip, bz2, lzma, io
    data = b"".join(b"line %d: %s\n" % (i, b"xyz" * (i % 17)) for i in range(1000 * N))
    for lvl in (1, 6, 9):
        c = zlib.compress(data, lvl)
        print("zlib", lvl, len(c), zlib.crc32(c), zlib.decompress(c) == data)
    co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
    raw = co.compress(data) + co.flush()
    print("raw deflate", len(raw), zlib.decompress(raw, -15) == data, zlib.adler32(data))
    print("gzip", len(gzip.compress(data, mtime=0)), zlib.crc32(gzip.compress(data, mtime=0)))
    print("bz2", len(bz2.compress(data)), "lzma", len(lzma.compress(data)))


def sec_hashlib():
    import hashlib, hmac
    data = bytes(range(256)) * 1000
    for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"):
        print(name, hashlib.new(name, data).hexdigest())
    print("hmac", hmac.new(b"key", data, "sha256").hexdigest())
    print("pbkdf2", hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 2000).hex())
    print("shake", hashlib.shake_128(data).hexdigest(20))


def sec_sqlite3():
    import sqlite3
    db = sqlite3.connect(":memory:")
    db.execute("create table t (id integer primary key, g int, v real, s text)")
    db.executemany("insert into t (g, v, s) values (?, ?, ?)",
                   ((i % 13, i * 1.5, "s%05d" % (i * 7 % 1000)) for i in range(1000 * N)))
    for row in db.execute("select g, count(*), sum(v), max(s) from t group by g order by g"):
        print(row)
    db.create_function("rev", 1, lambda s: s[::-1])
    print(db.execute("select rev(s) from t where id in (1, 2, 3) order by id").fetchall())
    with db:
        db.execute("update t set v = -v where g = 3")
    print(db.execute("select total(v) from t").fetchone(), sqlite3.sqlite_version)


def sec_decimal():
    from decimal import Decimal, getcontext, ROUND_HALF_EVEN
    from fractions import Fraction
    import math
    getcontext().prec = 50
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("1.1") + Decimal("2.2"))
    print(Decimal("123.456789").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN), Decimal(10).ln())
    print(Fraction(355, 113) - Fraction(22, 7), math.factorial(40), math.comb(60, 30))
    print(repr(0.1 + 0.2), 1e22, float("nan") != float("nan"), math.fsum([0.1] * 10), 2 ** 0.5)
    print(math.gamma(5.5), math.erf(0.7), math.atan2(-1, -1), math.expm1(1e-10), math.log1p(1e-15))
    print(round(2.675, 2), divmod(-7, 3), (-7) // 2, pow(3, 1000, 10 ** 9 + 7), int("ff" * 20, 16))


def sec_struct():
    import struct, array
    b = struct.pack("<IhQd5s?", 0xdeadbeef, -2, 2 ** 63 + 5, 3.25, b"abc", True)
    print(b.hex(), struct.unpack("<IhQd5s?", b))
    print(struct.pack(">f", 1 / 3).hex(), struct.unpack("<e", b"\x00\x3c"), struct.calcsize("@iqc"))
    a = array.array("d", (i / 7 for i in range(10)))
    print(a.tobytes()[:16].hex(), sum(a), array.array("H", b"\x01\x02\x03\x04").tolist())
    it = struct.iter_unpack("<HH", bytes(range(16)))
    print(list(it))


def sec_misc():
    import os, collections, itertools, functools, datetime, tempfile, io
    c = collections.Counter("the quick brown fox jumps over the lazy dog" * 3)
    print(c.most_common(5))
    print(list(itertools.islice(itertools.accumulate(itertools.count(1), lambda a, b: a * b), 12)))
    print(functools.reduce(lambda a, b: a ^ b, range(10000)), sorted({3: "c", 1: "a", 2: "b"}.items()))
    print(datetime.datetime(2024, 2, 29, 13, 45, 7, tzinfo=datetime.timezone.utc).timestamp(),
          datetime.date(2024, 2, 29) + datetime.timedelta(days=400))
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "f.txt")
        with open(p, "w") as f:
            f.write("hello\n" * 1000)
        st = os.stat(p)
        print("file", st.st_size, sorted(os.listdir(d)), open(p).read().count("hello"))
    gen = (x * x for x in range(20000 * N) if x % 3)
    print(sum(gen), "%-8s|%8.3f|%x" % ("fmt", 3.14159, 255), f"{1234567.891:,.2f}")


def sec_subprocess():
    import subprocess, os
    r = subprocess.run(["/bin/echo", "hello", "from", "echo"], capture_output=True, text=True)
    print("echo:", r.returncode, r.stdout.strip())
    r = subprocess.run(["/usr/bin/sort", "-r"], input="b\na\nc\n", capture_output=True, text=True)
    print("sort:", r.stdout.split())
    r = subprocess.run("echo $((6*7)) | /usr/bin/tr 0-9 a-j; exit 3", shell=True, capture_output=True, text=True)
    print("sh:", r.returncode, r.stdout.strip())
    p = subprocess.Popen([sys.executable, "-c", "import sys; print(sum(map(int, sys.stdin)))"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    out, _ = p.communicate("\n".join(str(i) for i in range(1000)))
    print("python child:", out.strip(), p.returncode)
    print("check_output:", subprocess.check_output(["/usr/bin/seq", "3"], text=True).split())
    try:
        subprocess.run(["/bin/false"], check=True)
    except subprocess.CalledProcessError as e:
        print("false:", e.returncode)
    try:
        subprocess.run(["/nonexistent/prog"])
    except FileNotFoundError as e:
        print("missing:", e.errno)
    pid = os.fork()
    if pid == 0:
        os._exit(9)
    print("fork/wait:", os.waitpid(pid, 0)[1] >> 8)


SECTIONS = ["threading", "signal", "json", "re", "zlib", "hashlib", "sqlite3",
            "decimal", "struct", "misc", "subprocess"]
for name in sys.argv[1:] or [s for s in SECTIONS if s != "subprocess"]:
    print("==", name)
    globals()["sec_" + name]()
    sys.stdout.flush()
