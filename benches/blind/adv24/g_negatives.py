"""Group negatives: look-alikes in the same carriers; must stay byte-identical."""
import hashlib
import struct
import zlib

from common import D, J, b64s
from common_pii import luhn_ok
from dumpfmt import xxd, hexdump_c

SEED = 2405
TITLE = "look-alikes in the same odd carriers (negatives only)"
COVERS = [
    "xxd / hexdump -C of ELF, PNG, gzip and zip headers; strace of ordinary file I/O; gdb memory of plain strings",
    "pg_dump COPY / mysqldump INSERT / mongoexport of catalog data with SHA-256 and UUID columns; Redis MONITOR of cache keys",
    "tcpdump -A of unauthenticated health checks; MIME parts with inline base64 PNG images",
    "docx/xlsx/ODF/RTF/ics/pdftotext content with template placeholders, SKUs, commit hashes, versions, dates",
    "code: os.environ[\"X\"], process.env.X, ${{ secrets.X }}, <YOUR_API_KEY>, bytes.fromhex of file magic, base64 logos, hash test vectors, minified JS",
    "ISBN-13s, order numbers, Luhn-invalid 16-digit order ids, tracking numbers",
]


def luhn_bad16(r):
    while True:
        n = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(15))
        if not luhn_ok(n):
            return n


def isbn13(r):
    b = "978" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(b))
    return b + str((10 - s % 10) % 10)


def build(c):
    g, r = c.g, c.rng

    # ---- binary headers
    for k in range(3):
        elf = (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + struct.pack("<HHI", 3, 0x3e, 1) + struct.pack("<Q", 0x1000 + r.randrange(1 << 12))
               + struct.pack("<QQ", 64, 0x3000 + r.randrange(1 << 14)) + b"\x00" * 4 + struct.pack("<HHHHHH", 64, 56, 13, 64, 31, 30)
               + g.rbytes(48) + b"/lib64/ld-linux-x86-64.so.2\x00" + b"GLIBC_2.34\x00GLIBC_2.2.5\x00__libc_start_main\x00")
        c.neg("xxd_elf", J("$ xxd ./bin/worker-%d | head -12" % k, xxd(elf[:192])))
    for k in range(2):
        ihdr = struct.pack(">IIBBBBB", r.randint(16, 512), r.randint(16, 512), 8, 6, 0, 0, 0)
        png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr)) + \
            struct.pack(">I", 25) + b"tEXtSoftware\x00inkscape.org" + g.rbytes(40)
        c.neg("hexdump_png", J("$ hexdump -C assets/icon-%d.png | head" % (k + 1), hexdump_c(png)))
    gz = b"\x1f\x8b\x08\x08" + g.rbytes(4) + b"\x00\x03release-notes-4.%d.md\x00" % r.randint(0, 9) + g.rbytes(70)
    c.neg("hexdump_gzip", J("$ hexdump -C notes.md.gz | head -8", hexdump_c(gz)))

    # ---- strace ordinary
    for k in range(2):
        pid = r.randint(1000, 60000)
        c.neg("strace_plain", J(
            '%d  openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3' % pid,
            '%d  read(3, "\\177ELF\\2\\1\\1\\0\\0\\0\\0\\0\\0\\0\\0\\0\\3\\0>\\0\\1\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0"..., 832) = 832' % pid,
            '%d  write(1, "build %s finished in %d.%ds\\n", 31) = 31' % (pid, g.hex(7), r.randint(1, 90), r.randint(0, 9)),
            '%d  write(2, "warning: deprecated option --legacy-peer-deps\\n", 47) = 47' % pid,
            '%d  exit_group(0)                     = ?' % pid))

    # ---- DB dumps of catalog data
    for k in range(2):
        rows = ["%d\t%s\t%s\t%s\t%d.%02d" % (i + 1, r.choice(["Desk lamp", "Cable tie", "USB-C hub", "Notebook A5", "Mug"]),
                                            g.uuid(), hashlib.sha256(g.rbytes(8)).hexdigest(), r.randint(1, 99), r.randint(0, 99)) for i in range(4)]
        c.neg("pg_dump_catalog", J("COPY public.products (id, title, external_id, image_sha256, price) FROM stdin;", *rows, "\\."))
    for k in range(2):
        vals = ",".join("(%d,'%s','%s','2024-%02d-%02d')" % (i + 1, "SKU-%05d" % r.randint(1, 99999), g.hex(40), r.randint(1, 12), r.randint(1, 28)) for i in range(4))
        c.neg("mysqldump_builds", J("LOCK TABLES `builds` WRITE;", "INSERT INTO `builds` VALUES %s;" % vals, "UNLOCK TABLES;"))
    c.neg("mongoexport_events", J(*['{"_id":{"$oid":"%s"},"type":"page_view","path":"/docs/v%d","ts":{"$date":"2024-05-%02dT08:00:00Z"}}' % (g.hex(24), r.randint(1, 5), r.randint(1, 28)) for _ in range(3)]))

    # ---- Redis MONITOR cache keys
    for k in range(2):
        ts = g.ts()
        c.neg("redis_monitor_cache", J(
            '%d.%06d [0 unix:/run/redis.sock] "GET" "cache:page:%s"' % (ts, r.randint(0, 999999), hashlib.sha1(g.rbytes(6)).hexdigest()),
            '%d.%06d [0 unix:/run/redis.sock] "INCRBY" "stats:hits:2024-06-%02d" "1"' % (ts, r.randint(0, 999999), r.randint(1, 28)),
            '%d.%06d [0 unix:/run/redis.sock] "EXPIRE" "lock:job:%s" "30"' % (ts + 1, r.randint(0, 999999), g.uuid())))

    # ---- tcpdump health check
    for k in range(2):
        c.neg("tcpdump_health", J(
            "%02d:%02d:%02d.%06d IP lb-%d.local.%d > app-%d.local.http: Flags [P.], seq 1:88, ack 1, win 502, length 87" % (
                r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999), k, r.randint(30000, 60000), k),
            "E....@.@.%s" % g.s("abcdef", 3), "GET /healthz HTTP/1.1", "Host: app.local", "User-Agent: ELB-HealthChecker/2.0",
            "Accept: */*"))

    # ---- MIME inline image
    for k in range(2):
        png = b"\x89PNG\r\n\x1a\n" + g.rbytes(150)
        enc = b64s(png)
        lines = [enc[i:i + 76] for i in range(0, len(enc), 76)]
        bnd = "b1_" + g.hex(16)
        c.neg("mime_inline_png", J("--" + bnd, "Content-Type: image/png; name=\"logo.png\"", "Content-Transfer-Encoding: base64",
                                   "Content-ID: <logo@cid>" if False else "Content-ID: <logo_%d>" % k, "", *lines, "--" + bnd + "--"))

    # ---- office with placeholders
    for k in range(2):
        ph = ["<YOUR_API_KEY>", "{{ api_key }}", "${STRIPE_SECRET_KEY}", "[paste token here]"][k * 2:(k * 2) + 2]
        c.neg("docx_placeholders", J('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Setup guide v%d.%d</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">API key: </w:t></w:r><w:r><w:t>%s</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Webhook secret: </w:t></w:r><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>'
              % (r.randint(1, 4), r.randint(0, 9), ph[0].replace("<", "&lt;").replace(">", "&gt;"), ph[1])))
    for k in range(2):
        items = ["SKU", "Commit", "Released"] + sum([["AX-%04d-%s" % (r.randint(1, 9999), g.s("ABCDEFGH", 2)), g.hex(40), "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))] for _ in range(3)], [])
        c.neg("xlsx_shared_strings_ids", J('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
              % (len(items), len(items), "".join("<si><t>%s</t></si>" % x for x in items))))
    c.neg("odf_changelog", D("""
        <text:h text:outline-level="2">Release 5.⟦a⟧.0</text:h>
        <text:p>Build <text:span text:style-name="Code">⟦h⟧</text:span> signed with key id ⟦kid⟧.</text:p>
        <text:p>Checksum (SHA-256):<text:s/>⟦s⟧</text:p>
        """, a=r.randint(0, 9), h=g.hex(12), kid=g.HEX(16), s=hashlib.sha256(g.rbytes(9)).hexdigest()))
    c.neg("rtf_heading", J("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}", "\\pard\\b\\fs28 Quarterly report Q%d 2024\\b0\\par" % r.randint(1, 4),
                           "Revenue grew 12.%d%% year over year; order volume 48,%03d.\\par}" % (r.randint(0, 9), r.randint(0, 999))))
    for k in range(2):
        c.neg("ics_public", J("BEGIN:VEVENT", "DTSTART;VALUE=DATE:2025%02d%02d" % (r.randint(1, 12), r.randint(1, 28)),
                              "SUMMARY:Release freeze (v%d.%d)" % (r.randint(2, 9), r.randint(0, 20)),
                              "DESCRIPTION:No deploys to production. Tracking ticket PLAT-%d. See the runbook\\, sect" % r.randint(1000, 9999),
                              " ion 4.2 for exceptions.", "UID:%s" % g.uuid(), "END:VEVENT"))
    for k in range(2):
        c.neg("pdf_price_list", J("P R I C E   L I S T   2 0 2 5", "", "Item            Version     Price      Valid from",
                                  "Agent           %d.%d.%d       %d.00 EUR  %02d.%02d.2025" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.randint(10, 900), r.randint(1, 28), r.randint(1, 12)),
                                  "Support plan    n/a         %d.00 EUR  01.01.2025" % r.randint(100, 2000), "", "Order no. %d" % r.randint(10 ** 8, 10 ** 9)))

    # ---- code references
    c.neg("py_environ", D("""
        import os
        STRIPE_KEY = os.environ["STRIPE_SECRET_KEY"]
        DB_PASSWORD = os.getenv("DB_PASSWORD", "")
        OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")  # e.g. sk-...
        """))
    c.neg("js_env", D("""
        const config = {
          stripeKey: process.env.STRIPE_SECRET_KEY ?? "<YOUR_STRIPE_KEY>",
          githubToken: process.env.GITHUB_TOKEN,
          mapsKey: import.meta.env.VITE_MAPS_KEY,
        };
        """))
    for k in range(2):
        c.neg("gha_secret_refs", D("""
            env:
              ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}
              NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
              AWS_REGION: eu-west-⟦n⟧
            steps:
              - uses: actions/setup-node@⟦sha⟧ # v4.0.⟦n⟧
            """, n=k + 1, sha=g.hex(40)))
    c.neg("dockerfile_args", D("""
        ARG NPM_TOKEN
        ARG BUILD_SHA=⟦sha⟧
        ENV NODE_ENV=production \\
            APP_VERSION=3.⟦v⟧.1
        RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
        """, sha=g.hex(40), v=r.randint(0, 20)))
    c.neg("makefile_version", D("""
        VERSION ?= $(shell git describe --tags --always)
        COMMIT  := $(shell git rev-parse HEAD)
        LDFLAGS := -X main.version=$(VERSION) -X main.commit=$(COMMIT)
        API_TOKEN ?= $(API_TOKEN_FROM_VAULT)
        """))
    c.neg("py_fromhex_magic", D("""
        PNG_MAGIC = bytes.fromhex("89504e470d0a1a0a")
        ZIP_MAGIC = b"\\x50\\x4b\\x03\\x04"
        SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        """))
    for k in range(2):
        c.neg("b64_logo_constant", J("// generated by svg-to-b64, do not edit",
                                     'export const LOGO_PNG_B64 = "%s";' % b64s(b"\x89PNG\r\n\x1a\n" + g.rbytes(60))))
    for k in range(2):
        ids = [g.s("abcdefghijklmnopqrstuvwxyz", 1) + g.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 2) for _ in range(6)]
        c.neg("minified_js", J("/*! app.%s.js | MIT */" % g.hex(8),
                               '!function(%s,%s){"use strict";var %s=function(){return %s.%s||{}},%s="__v%d";%s.exports=%s}(this,module);'
                               % (ids[0], ids[1], ids[2], ids[0], ids[3], ids[4], r.randint(1, 9), ids[1], ids[2]),
                               "//# sourceMappingURL=app.%s.js.map" % g.hex(8)))
    c.neg("sha_commits", J(*["%s %s" % (g.hex(40), r.choice(["fix: retry on 429", "chore: bump deps", "feat: export csv", "docs: typo"])) for _ in range(4)]))
    c.neg("uuid_log", J(*["2024-06-%02dT10:%02d:%02dZ INFO request_id=%s trace_id=%s status=200" % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), g.uuid(), g.hex(32)) for _ in range(3)]))

    # ---- numbers
    for k in range(3):
        rows = ["Order id           Placed       Total", "----------------   ----------   --------"]
        for _ in range(3):
            rows.append("%s   2024-%02d-%02d   %d.%02d" % (luhn_bad16(r), r.randint(1, 12), r.randint(1, 28), r.randint(5, 900), r.randint(0, 99)))
        c.neg("order_ids_luhn_invalid", J(*rows))
    for k in range(2):
        c.neg("isbn_list", J("Reading list", *["- ISBN %s (%d ed.)" % (isbn13(r), r.randint(1, 5)) for _ in range(3)]))
    c.neg("tracking_numbers", J("Shipment 1Z%s%s delivered" % (g.s("0123456789ABCDEFGHJKLMNPRSTVWXYZ", 6), g.digits(10)),
                                "Shipment JJD%s in transit" % g.digits(18)))
