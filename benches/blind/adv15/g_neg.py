"""neg: general developer look-alikes that are neither secrets nor PII."""
import hashlib
import json
import random
import struct
import zlib

import common as C
from common import fill

R = random.Random(150909)


def sha256(rng):
    return hashlib.sha256(C.rbytes(rng, 64)).hexdigest()


def sri(rng, alg="sha512"):
    return alg + "-" + C.b64(hashlib.new(alg, C.rbytes(rng, 64)).digest())


def tiny_png(rng):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + C.rbytes(rng, 4 * 8) for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def build():
    c = C.Cases("neg")
    F = "dev"
    subj = ["fix(api): retry on 503 from upstream", "chore(deps): bump axios from 1.6.7 to 1.7.2",
            "feat(billing): proration for mid-cycle upgrades", "revert \"feat: new exporter\"", "docs: update runbook for failover"]
    log = "\n".join("%s %s %s" % (C.hex_n(R, 40), "2024-05-%02d" % (14 - i), s) for i, s in enumerate(subj))
    c.neg(F, "$ git log --format='%H %ad %s' --date=short -5\n" + log
          + "\n\nwhich of these introduced the regression? bisect says the third one but I doubt it")

    pkgs = {"node_modules/axios": ("1.7.2", "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz"),
            "node_modules/follow-redirects": ("1.15.6", "https://registry.npmjs.org/follow-redirects/-/follow-redirects-1.15.6.tgz"),
            "node_modules/proxy-from-env": ("1.1.0", "https://registry.npmjs.org/proxy-from-env/-/proxy-from-env-1.1.0.tgz")}
    doc = {k: {"version": v, "resolved": u, "integrity": sri(R)} for k, (v, u) in pkgs.items()}
    c.neg(F, "package-lock.json diff after `npm update axios` — is it normal that integrity changed for all three?\n"
          + json.dumps(doc, indent=2))

    c.neg(F, fill("""
        $ docker images --digests ghcr.io/acme/billing-api
        REPOSITORY                  TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE
        ghcr.io/acme/billing-api    2.4.1     sha256:{{d1}}   {{i1}}   2 days ago     187MB
        ghcr.io/acme/billing-api    2.4.0     sha256:{{d2}}   {{i2}}   9 days ago     186MB
        $ docker pull postgres:16.3-alpine
        16.3-alpine: Pulling from library/postgres
        Digest: sha256:{{d3}}
        Status: Image is up to date for postgres:16.3-alpine
        """, d1=sha256(R), d2=sha256(R), d3=sha256(R), i1=C.hex_n(R, 12), i2=C.hex_n(R, 12)))

    objs = [{"Key": "exports/2024/05/%02d/orders.parquet" % d, "LastModified": "2024-05-%02dT02:11:0%dZ" % (d, d % 10),
             "ETag": "\"%s%s\"" % (C.hex_n(R, 32), "-%d" % R.randint(2, 12) if d % 2 else ""), "Size": R.randint(10 ** 6, 10 ** 8),
             "StorageClass": "STANDARD"} for d in (11, 12, 13)]
    c.neg(F, "aws s3api list-objects-v2 --bucket acme-data-exports --prefix exports/2024/05/\n" + json.dumps({"Contents": objs, "KeyCount": 3}, indent=4)
          + "\nwhy do some ETags have a -N suffix and can I use them as an MD5?")

    c.neg(F, fill("""
        Request that timed out (headers from the gateway log):
        traceparent: 00-{{t}}-{{s}}-01
        x-request-id: {{u}}
        x-amzn-trace-id: Root=1-{{ts}}-{{root}};Parent={{p}};Sampled=1
        cf-ray: {{ray}}-FRA
        x-correlation-id: ord-2024-05-14-{{corr}}
        Can you find this request in Tempo with the trace id?
        """, t=C.hex_n(R, 32), s=C.hex_n(R, 16), u=C.uuid4(R), ts=C.hex_n(R, 8), root=C.hex_n(R, 24), p=C.hex_n(R, 16),
        ray=C.hex_n(R, 16), corr=C.rs(R, C.DIGITS, 6)))

    png = C.b64(tiny_png(R))
    c.neg(F, fill("""
        .badge::before {
          content: "";
          width: 8px; height: 8px;
          background-image: url("data:image/png;base64,{{png}}");
        }
        The icon renders blurry on retina screens, should I switch to an SVG data URI?
        """, png=png))

    c.neg(F, fill("""
        Stack trace from production (minified bundle main.{{h1}}.js, chunk 742.{{h2}}.js):
        TypeError: Cannot read properties of undefined (reading 'map')
            at Xe (main.{{h1}}.js:2:48211)
            at Object.Ht [as render] (main.{{h1}}.js:2:51877)
            at ln (vendor.{{h3}}.js:1:120344)
        source: !function(){"use strict";var e={742:function(e,t,n){n.d(t,{Z:function(){return o}});var r=n(7294),o=function(e){return r.createElement("ul",null,e.items.map(function(e){return r.createElement("li",{key:e.id},e.label)}))}}}}();
        //# sourceMappingURL=main.{{h1}}.js.map
        """, h1=C.hex_n(R, 8), h2=C.hex_n(R, 8), h3=C.hex_n(R, 20)))

    c.neg(F, fill("""
        From the AWS CLI docs ("Configuration basics"), the example used on the page:

            $ aws configure
            AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
            AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            Default region name [None]: us-west-2
            Default output format [None]: json

        These are the documented example values, not real keys. In our README we want the same style of example —
        is it fine to copy these two lines verbatim?
        """))

    mods = [("github.com/aws/aws-sdk-go-v2", "v1.27.0"), ("github.com/google/uuid", "v1.6.0"), ("golang.org/x/crypto", "v0.23.0")]
    gs = []
    for m, v in mods:
        gs.append("%s %s h1:%s" % (m, v, C.b64(C.rbytes(R, 32))))
        gs.append("%s %s/go.mod h1:%s" % (m, v, C.b64(C.rbytes(R, 32))))
    c.neg(F, "go.sum conflict after rebase, which side do I keep?\n<<<<<<< HEAD\n" + "\n".join(gs[:2]) + "\n=======\n"
          + "\n".join(gs[2:4]) + "\n>>>>>>> feature/uuid\n" + "\n".join(gs[4:]))

    c.neg(F, fill("""
        # .terraform.lock.hcl
        provider "registry.terraform.io/hashicorp/aws" {
          version     = "5.49.0"
          constraints = "~> 5.0"
          hashes = [
            "h1:{{h1}}",
            "zh:{{z1}}",
            "zh:{{z2}}",
          ]
        }
        Terraform says "the current package doesn't match any of the checksums previously recorded" on the M1 mac.
        """, h1=C.b64(C.rbytes(R, 32)), z1=sha256(R), z2=sha256(R)))

    reqs = "\n".join("%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (p, v, sha256(R), sha256(R))
                     for p, v in [("requests", "2.32.3"), ("urllib3", "2.2.1")])
    c.neg(F, "requirements.txt (pip-compile --generate-hashes):\n" + reqs
          + "\n\nERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE — behind a proxy mirror, why?")

    pod = "billing-api-%s-%s" % (C.rs(R, "bcdfghjklmnpqrstvwxz2456789", 10), C.rs(R, "bcdfghjklmnpqrstvwxz2456789", 5))
    c.neg(F, fill("""
        metadata:
          name: {{pod}}
          generateName: billing-api-{{rs}}-
          namespace: payments
          uid: {{uid}}
          resourceVersion: "{{rv}}"
          ownerReferences:
          - apiVersion: apps/v1
            kind: ReplicaSet
            name: billing-api-{{rs}}
            uid: {{uid2}}
          labels:
            pod-template-hash: {{rs}}
        status:
          containerStatuses:
          - imageID: ghcr.io/acme/billing-api@sha256:{{d}}
            containerID: containerd://{{cid}}
        """, pod=pod, rs=pod.split("-")[2], uid=C.uuid4(R), rv=R.randint(10 ** 7, 10 ** 8), uid2=C.uuid4(R), d=sha256(R), cid=sha256(R)))

    doc = {"data": [{"_id": C.hex_n(R, 24), "orderId": "01HXV" + C.rs(R, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 21),
                     "sku": "TSHIRT-BLK-M", "qty": 2, "status": "shipped", "warehouseId": C.uuid4(R)},
                    {"_id": C.hex_n(R, 24), "orderId": "01HXV" + C.rs(R, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 21),
                     "sku": "MUG-WHT", "qty": 1, "status": "pending", "warehouseId": C.uuid4(R)}],
           "cursor": C.b64url(json.dumps({"after": "2024-05-14T10:00:00Z"}).encode()), "requestId": C.uuid4(R)}
    c.neg(F, "GET /v1/orders?status=any&limit=2\n" + json.dumps(doc, indent=2) + "\nHow do I page with the cursor?")

    c.neg(F, fill("""
        [[package]]
        name = "serde"
        version = "1.0.203"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        checksum = "{{c1}}"

        [[package]]
        name = "tokio"
        version = "1.37.0"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        checksum = "{{c2}}"

        # git lfs pointer for the model file:
        version https://git-lfs.github.com/spec/v1
        oid sha256:{{lfs}}
        size 438102231
        """, c1=sha256(R), c2=sha256(R), lfs=sha256(R)))

    c.neg(F, fill("""
        ## Authentication

        Every request needs an API key in the `Authorization` header:

            curl https://api.example.com/v1/charges \\
              -H "Authorization: Bearer <your-api-key>"

        In your `.env` (never commit it):

            STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
            OPENAI_API_KEY=sk-...
            DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB
            API_KEY=${API_KEY}

        Helm: `apiKey: {{ .Values.apiKey | quote }}`; Terraform: `var.api_key` marked `sensitive = true`.
        Keys prefixed `pk_` are publishable and may appear in client code.
        """))

    c.neg(F, fill("""
        <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
                integrity="{{s1}}"
                crossorigin="anonymous"></script>
        <link rel="stylesheet" href="/static/app.{{h}}.css" integrity="{{s2}}">
        IPFS mirror of the docs: ipfs://bafybei{{cid}}
        """, s1=sri(R, "sha384"), s2=sri(R, "sha256"), h=C.hex_n(R, 10), cid=C.rs(R, "abcdefghijklmnopqrstuvwxyz234567", 52)))
    return c.items
