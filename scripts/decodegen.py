#!/usr/bin/env python3
"""Generate an instruction decoder from declarative pattern files.

Usage: decodegen.py --name NAME --width 16|32 --out FILE.c.inc PATTERNS...

Pattern file syntax (one declaration per line, '#' starts a comment):

  %field  POS:LEN[s] [POS:LEN ...] [<<N] [!function=FN]
      A field made of bit segments, most significant first.  's' on the
      first segment makes the whole value sign-extended.  '<<N' shifts the
      assembled value left; FN(int64_t) -> int64_t post-processes it.

  &argset  member member ...
      An argument structure (typedef arg_ARGSET) passed to the handlers.

  @format  BITS  &argset  [member=%field | member=CONST] ...
      A reusable layout.  BITS are 0/1 for fixed bits and . for don't care.

  name  BITS  (@format | &argset)  [member=%field | member=CONST] ...
      An instruction.  Calls trans_NAME(ctx, &arg) and, for -d in_asm,
      disas_ARGSET(d, "mnemonic", &arg) with '_' in NAME shown as '.'.

Argset members with no explicit assignment take the %field of the same
name.  Patterns may overlap: they are tried in file order, and when a
handler returns false the next matching pattern is tried, so a handler can
reject a reserved encoding and let a more general pattern (or the illegal
instruction path) have it.

Output: decode_NAME(DisasContext *ctx, uint32_t insn) -> bool and (unless
--no-disas) disas_NAME(DisasInfo *d, uint32_t insn) -> bool, dispatching through a
decision tree on the bits that all remaining candidates fix.
"""

import argparse
import re
import sys


class Error(Exception):
    pass


class Field:
    def __init__(self, name, segs, signed, shift, func):
        self.name, self.segs, self.signed = name, segs, signed
        self.shift, self.func = shift, func

    def expr(self):
        width = sum(l for _, l in self.segs)
        parts = []
        acc = 0
        for pos, length in reversed(self.segs):
            parts.append(f"(((uint64_t)insn >> {pos}) & 0x{(1 << length) - 1:x}ull) << {acc}")
            acc += length
        v = " | ".join(f"({p})" for p in parts)
        if self.signed:
            v = f"(int64_t)((uint64_t)({v}) << {64 - width}) >> {64 - width}"
        else:
            v = f"(int64_t)({v})"
        if self.shift:
            v = f"(int64_t)((uint64_t)({v}) << {self.shift})"
        if self.func:
            v = f"{self.func}({v})"
        return v


class Pattern:
    def __init__(self, name, mask, value, argset, assigns, where):
        self.name, self.mask, self.value = name, mask, value
        self.argset, self.assigns, self.where = argset, assigns, where


def parse_bits(tokens, width, where):
    bits = "".join(tokens)
    if len(bits) != width:
        raise Error(f"{where}: pattern has {len(bits)} bits, want {width}")
    mask = value = 0
    for ch in bits:
        mask <<= 1
        value <<= 1
        if ch in "01":
            mask |= 1
            value |= int(ch)
        elif ch not in ".-":
            raise Error(f"{where}: bad bit character {ch!r}")
    return mask, value


def parse(files, width):
    fields, argsets, formats, patterns = {}, {}, {}, []
    for path in files:
        with open(path) as f:
            lines = f.readlines()
        for lineno, raw in enumerate(lines, 1):
            where = f"{path}:{lineno}"
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            toks = line.split()
            head = toks[0]
            if head.startswith("%"):
                segs, signed, shift, func = [], False, 0, None
                for t in toks[1:]:
                    m = re.fullmatch(r"(\d+):(s?)(\d+)", t)
                    if m:
                        if m.group(2):
                            if segs:
                                raise Error(f"{where}: only the first segment may be signed")
                            signed = True
                        segs.append((int(m.group(1)), int(m.group(3))))
                    elif t.startswith("<<"):
                        shift = int(t[2:])
                    elif t.startswith("!function="):
                        func = t.split("=", 1)[1]
                    else:
                        raise Error(f"{where}: bad field segment {t!r}")
                if not segs:
                    raise Error(f"{where}: field without segments")
                for pos, length in segs:
                    if pos + length > width:
                        raise Error(f"{where}: segment {pos}:{length} outside {width} bits")
                fields[head[1:]] = Field(head[1:], segs, signed, shift, func)
            elif head.startswith("&"):
                argsets[head[1:]] = toks[1:]
            else:
                bit_toks, rest = [], []
                for t in toks[1:]:
                    if not rest and re.fullmatch(r"[01.\-]+", t):
                        bit_toks.append(t)
                    else:
                        rest.append(t)
                mask, value = parse_bits(bit_toks, width, where)
                argset, assigns = None, {}
                for t in rest:
                    if t.startswith("@"):
                        fmt = formats.get(t[1:])
                        if fmt is None:
                            raise Error(f"{where}: unknown format {t}")
                        if fmt["mask"] & mask & (fmt["value"] ^ value):
                            raise Error(f"{where}: fixed bits contradict format {t}")
                        mask |= fmt["mask"]
                        value |= fmt["value"]
                        argset = fmt["argset"]
                        assigns.update(fmt["assigns"])
                    elif t.startswith("&"):
                        argset = t[1:]
                        if argset not in argsets:
                            raise Error(f"{where}: unknown argset {t}")
                    elif "=" in t:
                        k, v = t.split("=", 1)
                        if v.startswith("%"):
                            if v[1:] not in fields:
                                raise Error(f"{where}: unknown field {v}")
                            assigns[k] = ("field", v[1:])
                        else:
                            assigns[k] = ("const", int(v, 0))
                    else:
                        raise Error(f"{where}: unexpected {t!r}")
                if head.startswith("@"):
                    formats[head[1:]] = dict(mask=mask, value=value, argset=argset,
                                             assigns=assigns)
                    continue
                if argset is None:
                    argset = ""
                for k in assigns:
                    if argset == "" or k not in argsets[argset]:
                        raise Error(f"{where}: {k} is not a member of &{argset}")
                for member in argsets.get(argset, []):
                    if member not in assigns:
                        if member not in fields:
                            raise Error(f"{where}: no value for member {member}")
                        assigns[member] = ("field", member)
                patterns.append(Pattern(head, mask, value, argset, assigns, where))
    return fields, argsets, patterns


def emit_match(out, p, fields, indent, mode):
    pad = "    " * indent
    out.append(f"{pad}if ((insn & 0x{p.mask:x}u) == 0x{p.value:x}u) {{")
    call_arg = "NULL"
    if p.argset:
        out.append(f"{pad}    arg_{p.argset} a;")
        for member, (kind, v) in p.assigns.items():
            val = fields[v].expr() if kind == "field" else str(v)
            out.append(f"{pad}    a.{member} = {val};")
        call_arg = "&a"
    if mode == "decode":
        out.append(f"{pad}    if (trans_{p.name}(ctx, {call_arg})) return true;")
    else:
        mnem = p.name.replace("_", ".")
        fn = f"disas_{p.argset}" if p.argset else "disas_none"
        out.append(f'{pad}    {fn}(d, "{mnem}", {call_arg});')
        out.append(f"{pad}    return true;")
    out.append(f"{pad}}}")


def emit_tree(out, pats, fields, indent, known, mode):
    pad = "    " * indent
    common = ~known & 0xFFFFFFFF
    for p in pats:
        common &= p.mask
    if len(pats) > 1 and common:
        groups = {}
        for p in pats:
            groups.setdefault(p.value & common, []).append(p)
        if len(groups) > 1:
            out.append(f"{pad}switch (insn & 0x{common:x}u) {{")
            for val, group in groups.items():
                out.append(f"{pad}case 0x{val:x}u:")
                emit_tree(out, group, fields, indent + 1, known | common, mode)
                out.append(f"{pad}    break;")
            out.append(f"{pad}}}")
            return
    for p in pats:
        emit_match(out, p, fields, indent, mode)


def generate(name, fields, argsets, patterns, disas=True):
    out = [f"/* Generated by scripts/decodegen.py for {name}: do not edit. */", ""]
    for a, members in argsets.items():
        if a == "":
            continue
        body = " ".join(f"int64_t {m};" for m in members) or "int unused;"
        out.append(f"typedef struct arg_{a} {{ {body} }} arg_{a};")
    out.append("")
    seen = set()
    for p in patterns:
        if p.name in seen:
            continue
        seen.add(p.name)
        argt = f"arg_{p.argset} *" if p.argset else "void *"
        out.append(f"static bool trans_{p.name}(DisasContext *ctx, {argt}a);")
    out.append("")
    printers = sorted({p.argset for p in patterns}) if disas else []
    for a in printers:
        if a:
            out.append(f"static void disas_{a}(DisasInfo *d, const char *mnem, arg_{a} *a);")
        else:
            out.append("static void disas_none(DisasInfo *d, const char *mnem, void *a);")
    out.append("")
    for mode in ("decode", "disas") if disas else ("decode",):
        if mode == "decode":
            out.append(f"static bool decode_{name}(DisasContext *ctx, uint32_t insn)")
        else:
            out.append(f"static bool disas_{name}(DisasInfo *d, uint32_t insn)")
        out.append("{")
        emit_tree(out, patterns, fields, 1, 0, mode)
        out.append("    return false;")
        out.append("}")
        out.append("")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--width", type=int, choices=(16, 32), required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-disas", action="store_true",
                    help="emit only the decoder (the frontend disassembles otherwise)")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    try:
        fields, argsets, patterns = parse(args.files, args.width)
    except Error as e:
        print(f"decodegen: {e}", file=sys.stderr)
        return 1
    text = generate(args.name, fields, argsets, patterns, not args.no_disas)
    with open(args.out, "w") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
