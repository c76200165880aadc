"""Theme 9a: negatives: identifiers, hashes, digests and public key material."""
import base64
import json
import struct
import zlib

from common import G, N, ALNUM, B64URL


def ssh_string(b):
    return struct.pack(">I", len(b)) + b


def ed25519_pub(g):
    blob = ssh_string(b"ssh-ed25519") + ssh_string(bytes(g.r.getrandbits(8) for _ in range(32)))
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def rsa_pub(g, bits=3072):
    n = bytes([0x80 | g.r.getrandbits(7)]) + bytes(g.r.getrandbits(8) for _ in range(bits // 8 - 1))
    blob = ssh_string(b"ssh-rsa") + ssh_string(b"\x01\x00\x01") + ssh_string(b"\x00" + n)
    return "ssh-rsa " + base64.b64encode(blob).decode()


def png_b64(g, w=8, h=8):
    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes(g.r.getrandbits(8) for _ in range(w * 3)) for _ in range(h))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    return base64.b64encode(png).decode()


def armor(lines_b64, width=64):
    s = "".join(lines_b64)
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def cases():
    g = G("neg")
    out = []
    F = "lookalike/"

    out.append(N(F + "uuid", "\n".join(
        "2024-06-11T10:%02d:%02d.%03dZ INFO  request_id=%s trace_id=%s span_id=%s status=200 dur_ms=%d" % (
            i, g.num(0, 59), g.num(0, 999), g.uuid(), g.hx(32), g.hx(16), g.num(3, 400)) for i in range(4)) + "\n"))

    out.append(N(F + "uuid", json.dumps({"data": [{"id": g.uuid(), "type": "invoice", "attributes": {
        "number": "INV-2024-0%d" % g.num(100, 999), "etag": 'W/"%s"' % g.hx(40), "status": "paid"}} for _ in range(2)],
        "meta": {"page": 1, "request_id": g.uuid()}}, indent=2) + "\n"))

    out.append(N(F + "git-sha", "$ git log --format='%H %s' -5\n" + "\n".join(
        "%s %s" % (g.hx(40), m) for m in ("Merge pull request #482 from corp-lab/fx-rounding", "fx: use banker's rounding",
                                          "ci: pin actions/checkout to a commit", "docs: explain reconciliation windows",
                                          "Revert \"bump tokio\"")) + "\n"))

    out.append(N(F + "git-sha", "\n".join("%s %s %s" % (c, g.hx(7), m) for c, m in (
        ("pick", "add refunds table"), ("squash", "fixup index name"), ("pick", "expose refunds in API"),
        ("drop", "WIP debugging"), ("reword", "update changelog"))) + """

# Rebase %s..%s onto %s (5 commands)
#
# Commands:
# p, pick <commit> = use commit
""" % (g.hx(7), g.hx(7), g.hx(7))))

    out.append(N(F + "sha256sum", "$ sha256sum dist/*\n" + "\n".join("%s  dist/%s" % (g.hx(64), f) for f in (
        "ledger-2.3.0-x86_64-unknown-linux-gnu.tar.gz", "ledger-2.3.0-aarch64-apple-darwin.tar.gz",
        "ledger-2.3.0-x86_64-pc-windows-msvc.zip")) + "\n"))

    out.append(N(F + "docker-digest", "$ docker images --digests\nREPOSITORY                    TAG       DIGEST                                                                    IMAGE ID       CREATED       SIZE\n"
                 + "\n".join("ghcr.io/corp-lab/%-12s %-9s sha256:%s   %s   %d days ago   %dMB" % (n, t, g.hx(64), g.hx(12), g.num(1, 30), g.num(40, 400))
                             for n, t in (("ledger-api", "2.3.0"), ("ledger-web", "2.3.0"), ("migrator", "latest"))) + "\n"))

    out.append(N(F + "sri-integrity", """<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
      integrity="sha384-%s" crossorigin="anonymous">
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
        integrity="sha384-%s" crossorigin="anonymous"></script>
""" % (g.b64bytes(48), g.b64bytes(48))))

    out.append(N(F + "package-lock", json.dumps({"packages": {
        "node_modules/%s" % n: {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], v),
                               "integrity": "sha512-" + g.b64bytes(64), "license": "MIT"}
        for n, v in (("lodash", "4.17.21"), ("zod", "3.23.8"), ("@types/node", "20.14.2"))}}, indent=2) + "\n"))

    out.append(N(F + "go-sum", "\n".join("%s %s h1:%s" % (m, v, g.b64bytes(32)) for m, v in (
        ("github.com/google/uuid", "v1.6.0"), ("github.com/google/uuid", "v1.6.0/go.mod"),
        ("golang.org/x/crypto", "v0.24.0"), ("golang.org/x/crypto", "v0.24.0/go.mod"),
        ("github.com/jackc/pgx/v5", "v5.6.0"))) + "\n"))

    out.append(N(F + "pip-hashes", "\n".join("%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (p, v, g.hx(64), g.hx(64))
                                             for p, v in (("certifi", "2024.6.2"), ("requests", "2.32.3"), ("urllib3", "2.2.1"))) + "\n"))

    out.append(N(F + "nix-hash", json.dumps({"nodes": {"nixpkgs": {"locked": {
        "lastModified": 1717974879, "narHash": "sha256-" + g.b64bytes(32), "owner": "NixOS", "repo": "nixpkgs",
        "rev": g.hx(40), "type": "github"}, "original": {"owner": "NixOS", "ref": "nixos-24.05", "repo": "nixpkgs", "type": "github"}}},
        "root": "root", "version": 7}, indent=2) + "\n"))

    out.append(N(F + "base64-image", """.avatar-placeholder {
  width: 32px;
  height: 32px;
  background-image: url("data:image/png;base64,%s");
  image-rendering: pixelated;
}
""" % png_b64(g)))

    out.append(N(F + "css-colours", """:root {
  --brand-600: #4f46e5;
  --brand-700: #4338ca;
  --surface: #0f172a;
  --ink-muted: rgb(100 116 139 / 0.8);
  --accent: hsl(330deg 81%% 60%%);
  --focus-ring: 0 0 0 3px #a5b4fc80;
}
.badge--%s { background: #%s; color: #ffffff; }
""" % (g.hx(6), g.hx(6))))

    out.append(N(F + "ssh-public", "# ~/.ssh/authorized_keys on bastion-1\n%s deploy@ci-runner-03\n%s rmoreau@laptop\n" % (
        ed25519_pub(g), rsa_pub(g))))

    body = "mQINBGZ" + "".join(g.b64bytes(48) for _ in range(10))
    out.append(N(F + "pgp-public", """Please encrypt vulnerability reports to our security team key:

-----BEGIN PGP PUBLIC KEY BLOCK-----

%s
=%s
-----END PGP PUBLIC KEY BLOCK-----
""" % (armor([body]), g.b64bytes(3))))

    body = "MIIDdzCCAl+gAwIBAgIU" + "".join(g.b64bytes(48) for _ in range(14))
    out.append(N(F + "x509-cert", """# CA bundle for the internal service mesh (public certificate)
-----BEGIN CERTIFICATE-----
%s
-----END CERTIFICATE-----
""" % armor([body])))

    nmod = base64.urlsafe_b64encode(bytes(g.r.getrandbits(8) for _ in range(256))).decode().rstrip("=")
    out.append(N(F + "jwks-public", json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256",
                                                          "kid": g.s(43, B64URL), "n": nmod, "e": "AQAB"}]}, indent=2) + "\n"))

    out.append(N(F + "webpack-manifest", json.dumps({"files": {
        "main.css": "/static/css/main.%s.css" % g.hx(8), "main.js": "/static/js/main.%s.js" % g.hx(8),
        "static/js/453.%s.chunk.js" % g.hx(8): "/static/js/453.%s.chunk.js" % g.hx(8),
        "index.html": "/index.html"}, "entrypoints": ["static/css/main.%s.css" % g.hx(8), "static/js/main.%s.js" % g.hx(8)]}, indent=2) + "\n"))

    rows = []
    for n in ("ledger-api", "ledger-api", "ledger-worker", "migrator"):
        rows.append("%-38s %-6s %-9s %-9s %s" % ("%s-%s-%s" % (n, g.s(10, "bcdfghjklmnpqrstvwxz2456789"), g.s(5, "bcdfghjklmnpqrstvwxz2456789")),
                                                 "1/1", "Running", str(g.num(0, 3)), "%dd" % g.num(1, 20)))
    out.append(N(F + "k8s-pods", "$ kubectl get pods -n ledger\nNAME                                   READY  STATUS    RESTARTS  AGE\n" + "\n".join(rows) + "\n"))

    out.append(N(F + "stripe-object-ids", json.dumps({
        "id": "evt_1P" + g.s(22), "object": "event", "type": "payment_intent.succeeded", "api_version": "2024-04-10",
        "data": {"object": {"id": "pi_3P" + g.s(22), "object": "payment_intent", "amount": 4900, "currency": "gbp",
                            "customer": "cus_" + g.s(14), "payment_method": "pm_1P" + g.s(22), "latest_charge": "ch_3P" + g.s(22),
                            "status": "succeeded"}},
        "livemode": True, "request": {"id": "req_" + g.s(14), "idempotency_key": g.uuid()}}, indent=2) + "\n"))

    acct = g.digits(12)
    out.append(N(F + "aws-ids", """$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,ImageId,State.Name]' --output text
i-0%s\tami-0%s\trunning
i-0%s\tami-0%s\tstopped
$ aws sts get-caller-identity
{
    "UserId": "AROA%s:rmoreau",
    "Account": "%s",
    "Arn": "arn:aws:sts::%s:assumed-role/PlatformReadOnly/rmoreau"
}
""" % (g.hx(16), g.hx(16), g.hx(16), g.hx(16), g.s(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), acct, acct)))
    return out
