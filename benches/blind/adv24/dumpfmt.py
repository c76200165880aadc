"""Formatting helpers for hexdump-style carriers (xxd, hexdump -C) and split-piece listing."""


def _asc(b):
    return "".join(chr(x) if 0x20 <= x < 0x7f else "." for x in b)


def xxd(buf, base=0):
    out = []
    for i in range(0, len(buf), 16):
        ch = buf[i:i + 16]
        hx = ch.hex()
        grp = " ".join(hx[j:j + 4] for j in range(0, len(hx), 4))
        out.append("%08x: %-39s  %s" % (base + i, grp, _asc(ch)))
    return "\n".join(out)


def hexdump_c(buf, base=0):
    out = []
    for i in range(0, len(buf), 16):
        ch = buf[i:i + 16]
        a = " ".join("%02x" % x for x in ch[:8])
        b = " ".join("%02x" % x for x in ch[8:])
        out.append("%08x  %-23s  %-23s  |%s|" % (base + i, a, b, _asc(ch)))
    out.append("%08x" % (base + len(buf)))
    return "\n".join(out)


def pieces(buf, needle, width=16, minlen=6):
    """Visible pieces of needle (bytes) in the ASCII column, line by line."""
    i = buf.index(needle)
    j = i + len(needle)
    out = []
    for ls in range(0, len(buf), width):
        a, b = max(i, ls), min(j, ls + width)
        if a < b:
            p = _asc(buf[a:b])
            if len(p) >= minlen:
                out.append(p)
    return out


def pad_for_split(prefix_len, cut, width=16):
    """Padding bytes so that a value placed after prefix_len bytes is cut after `cut` chars by a line end."""
    return (cut - (prefix_len % width) - 0) % width


def qp_wrap(line, width=76):
    """Quoted-printable soft line breaks (input already QP-escaped)."""
    out = []
    while len(line) > width - 1:
        k = width - 1
        # never split an =XX escape
        if "=" in line[k - 2:k]:
            k = line.rfind("=", 0, k)
        out.append(line[:k] + "=")
        line = line[k:]
    out.append(line)
    return out


def qp_escape(s):
    o = []
    for ch in s:
        if ch == "=":
            o.append("=3D")
        elif ord(ch) > 126:
            o.append("".join("=%02X" % b for b in ch.encode()))
        else:
            o.append(ch)
    return "".join(o)


def ics_fold(line, width=75):
    out = [line[:width]]
    line = line[width:]
    while line:
        out.append(" " + line[:width - 1])
        line = line[width - 1:]
    return out


def split_pieces(value, text, minlen=6):
    """Pieces of value that occur literally; used after an arbitrary split."""
    return [p for p in value if len(p) >= minlen and p in text]


def line_pieces(bodies, v, minlen=6):
    """bodies: line contents with the continuation markers removed; returns visible pieces of v (when split)."""
    joined = "".join(bodies)
    out = []
    i = joined.find(v)
    while i >= 0:
        j = i + len(v)
        pos = 0
        for b in bodies:
            a, z = max(i, pos), min(j, pos + len(b))
            if a < z:
                pc = joined[a:z]
                if len(pc) >= minlen and pc != v:
                    out.append(pc)
            pos += len(b)
        i = joined.find(v, i + 1)
    return out
