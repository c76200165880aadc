import base64
import hashlib
import random
import struct
import zlib
from common import *


def tiny_png(rng, w=8, h=8):
    raw = b"".join(b"\x00" + bytes(rng.getrandbits(8) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ulid(rng):
    al = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "01H" + rs(rng, al, 23)


def build():
    r = random.Random(1609)
    g = Group("neg")

    msgs = ["fix(api): handle empty cursor in pagination", "chore(deps): bump serde from 1.0.197 to 1.0.201",
            "feat(ui): add dark mode toggle to settings", "test: cover retry backoff edge cases",
            "refactor: extract tokenizer into its own module", "docs: clarify rate limit headers",
            "ci: pin actions to full commit SHAs", "perf: avoid double allocation in encoder"]
    g.neg("git_log", "$ git log --format='%H %s' -8\n" + "\n".join("%s %s" % (hexs(r, 40), m) for m in msgs))

    pk = [("lodash", "4.17.21"), ("react", "18.3.1"), ("typescript", "5.4.5"), ("zod", "3.23.8")]
    g.neg("package_lock", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n" + ",\n".join(
        '    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s"\n    }' % (
            n, v, n, n, v, b64(rbytes(r, 64))) for n, v in pk) + "\n  }\n}")

    g.neg("docker_digest", "$ docker images --digests\nREPOSITORY                     TAG       DIGEST                                                                    IMAGE ID       SIZE\n" + "\n".join(
        "%-30s %-9s sha256:%s   %s   %s" % (repo, tag, hexs(r, 64), hexs(r, 12), size) for repo, tag, size in
        [("ghcr.io/acme/api", "1.42.0", "182MB"), ("postgres", "16-alpine", "243MB"), ("nginx", "1.27", "188MB")]) +
        "\n\nFROM python:3.12-slim@sha256:%s" % hexs(r, 64))

    g.neg("uuid_ulid", "-- migration 0042_backfill_regions.sql\nINSERT INTO regions (id, code, parent_id) VALUES\n" + ",\n".join(
        "  ('%s', '%s', %s)" % (uuid4(r), c, "NULL" if i == 0 else "'%s'" % uuid4(r)) for i, c in enumerate(["eu", "eu-west", "eu-central", "us-east"])) +
        ";\n-- event ids (ULID): " + ", ".join(ulid(r) for _ in range(3)))

    g.neg("trace_ids", """traceparent: 00-%s-%s-01
X-Amzn-Trace-Id: Root=1-%s-%s;Parent=%s;Sampled=1
{"level":"warn","msg":"upstream slow","trace_id":"%s","span_id":"%s","duration_ms":2314}""" % (
        hexs(r, 32), hexs(r, 16), hexs(r, 8), hexs(r, 24), hexs(r, 16), hexs(r, 32), hexs(r, 16)))

    g.neg("minified_js", """!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).Debounce=t()}(this,function(){"use strict";return function(e,t){var n;return void 0===t&&(t=250),function(){for(var o=this,i=arguments.length,r=new Array(i),u=0;u<i;u++)r[u]=arguments[u];clearTimeout(n),n=setTimeout(function(){return e.apply(o,r)},t)}}});
//# sourceMappingURL=debounce.min.js.map""")

    g.neg("doc_example_keys", """From the AWS CLI documentation ("Configuration basics"), the example profile uses the documentation-only placeholder credentials:

[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-west-2

Why does the docs example use us-west-2 while my default is us-east-1?""")

    png = base64.b64encode(tiny_png(r)).decode()
    g.neg("base64_image", """<img alt="status: passing" width="8" height="8" src="data:image/png;base64,%s">""" % png)

    files = ["scrubline-0.9.2-x86_64-unknown-linux-gnu.tar.gz", "scrubline-0.9.2-aarch64-apple-darwin.tar.gz",
             "scrubline-0.9.2-x86_64-pc-windows-msvc.zip"]
    g.neg("checksums", "$ cat SHA256SUMS\n" + "\n".join("%s  %s" % (hashlib.sha256(f.encode()).hexdigest(), f) for f in files) +
          "\n$ sha256sum -c SHA256SUMS\n" + "\n".join("%s: OK" % f for f in files))

    g.neg("semver_list", """Supported versions:
- 3.2.x (current): 3.2.0, 3.2.1, 3.2.2-rc.1, 3.2.2
- 3.1.x (maintenance until 2025-03-31): 3.1.7, 3.1.8+build.20240412
- 2.x: end of life
Upgrade path: 2.9.14 → 3.0.0 → 3.1.8 → 3.2.2""")

    g.neg("go_sum", "\n".join("%s %s h1:%s" % (m, v, b64(rbytes(r, 32))) + "\n%s %s/go.mod h1:%s" % (m, v, b64(rbytes(r, 32)))
                               for m, v in [("github.com/google/uuid", "v1.6.0"), ("golang.org/x/sync", "v0.7.0"), ("gopkg.in/yaml.v3", "v3.0.1")]))

    g.neg("sri_tags", """<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="sha384-%s" crossorigin="anonymous">
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>""" % (b64(rbytes(r, 48)), b64(rbytes(r, 48))))

    g.neg("terraform_lock", """provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.49.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:%s",
    "zh:%s",
    "zh:%s",
  ]
}""" % (b64(rbytes(r, 32)), hexs(r, 64), hexs(r, 64)))

    g.neg("k8s_pods", "$ kubectl get pods -n checkout -o wide\nNAME                                READY   STATUS    RESTARTS   AGE   NODE\n" + "\n".join(
        "%-35s 1/1     Running   0          %s   ip-node-%s" % ("checkout-api-%s-%s" % (rs(r, LOW + DIG, 10), rs(r, LOW + DIG, 5)), age, rs(r, LOW + DIG, 6))
        for age in ["3d", "3d", "41h"]))

    g.neg("cargo_lock", "\n\n".join('[[package]]\nname = "%s"\nversion = "%s"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"' % (n, v, hexs(r, 64))
                                   for n, v in [("regex", "1.10.4"), ("aho-corasick", "1.1.3"), ("memchr", "2.7.2")]))

    g.neg("ssh_fingerprint", """$ ssh-keygen -lf deploy_ed25519.pub
256 SHA256:%s deploy-key-2024 (ED25519)
$ ssh-keygen -E md5 -lf deploy_ed25519.pub
256 MD5:%s deploy-key-2024 (ED25519)""" % (b64(rbytes(r, 32)).rstrip("="), ":".join(hexs(r, 2) for _ in range(16))))
    return g.cases
