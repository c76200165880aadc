"""Group neg: look-alikes that must be left byte-identical."""
import json

from common import D, J, b64s, b64u

SEED = 2308
TITLE = "look-alikes that must stay untouched (negatives only)"
COVERS = [
    "lockfile integrity hashes (npm sha512/sha1, yarn, pnpm), Cargo.lock checksums, go.sum h1: hashes, Maven .sha1 files",
    "SRI attributes, CSP headers with nonces and sha256- hashes, content-hashed bundle names, ETags, GraphQL persisted-query hashes",
    "commit SHAs, UUIDs, request/trace IDs, Sentry event IDs, K8s uids/resourceVersions, Terraform state lineage, Nix store paths",
    "Docker image digests, Git LFS pointers, SSH public keys, X.509 certificates (public), blockchain transaction hashes",
    "base64 PNG/SVG images and WOFF2 fonts inside CSS, base64 ConfigMap binaryData, pagination cursors",
    "placeholders: <YOUR_API_KEY>, ${SECRET}, {{ token }}, %(password)s, $(vault ...), ****, xxx-redacted; masked sk-...abcd / AKIA****",
    "documentation of token formats (prefixes and lengths, no token), regexes for secrets, version strings, ISBNs, order numbers, "
    "timestamps, tracking numbers, YouTube ids, S3 object keys, AWS ARNs and request ids",
]


def build(c):
    g, r = c.g, c.rng

    def sri(n):
        return b64s(g.rbytes(n))

    # lockfiles ------------------------------------------------------------
    c.neg("npm_lock", D("""
        "node_modules/axios": {
          "version": "1.7.2",
          "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
          "integrity": "sha512-⟦a⟧",
          "dependencies": { "follow-redirects": "^1.15.6", "form-data": "^4.0.0" }
        },
        "node_modules/balanced-match": {
          "version": "1.0.2",
          "integrity": "sha1-⟦b⟧"
        }
        """, a=sri(64), b=sri(20)))
    c.neg("yarn_lock", D("""
        "@babel/code-frame@^7.0.0", "@babel/code-frame@^7.24.7":
          version "7.24.7"
          resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.24.7.tgz#⟦h⟧"
          integrity sha512-⟦a⟧
          dependencies:
            "@babel/highlight" "^7.24.7"
        """, h=g.hex(40), a=sri(64)))
    c.neg("pnpm_lock", D("""
        packages:
          /zod@3.23.8:
            resolution: {integrity: sha512-⟦a⟧}
            dev: false
          /nanoid@3.3.7:
            resolution: {integrity: sha512-⟦b⟧}
            engines: {node: ^10 || ^12 || ^13.7 || ^14 || >=15.0.1}
            hasBin: true
        """, a=sri(64), b=sri(64)))
    c.neg("cargo_lock", D("""
        [[package]]
        name = "serde"
        version = "1.0.203"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        checksum = "⟦a⟧"

        [[package]]
        name = "tokio"
        version = "1.38.0"
        checksum = "⟦b⟧"
        """, a=g.hex(64), b=g.hex(64)))
    c.neg("go_sum", D("""
        github.com/google/uuid v1.6.0 h1:⟦a⟧
        github.com/google/uuid v1.6.0/go.mod h1:⟦b⟧
        golang.org/x/crypto v0.24.0 h1:⟦c⟧
        """, a=sri(32), b=sri(32), c=sri(32)))
    c.neg("maven_checksums", D("""
        $ ls ~/.m2/repository/org/slf4j/slf4j-api/2.0.13/
        slf4j-api-2.0.13.jar  slf4j-api-2.0.13.jar.sha1  slf4j-api-2.0.13.pom  slf4j-api-2.0.13.pom.sha1
        $ cat slf4j-api-2.0.13.jar.sha1
        ⟦a⟧
        """, a=g.hex(40)))

    # web integrity / CSP ----------------------------------------------------
    c.neg("sri_attributes", D("""
        <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
                integrity="sha384-⟦a⟧"
                crossorigin="anonymous"></script>
        <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
              integrity="sha384-⟦b⟧" crossorigin="anonymous">
        """, a=sri(48), b=sri(48)))
    nonce = sri(16)
    c.neg("csp_nonce", D("""
        HTTP/2 200
        content-security-policy: default-src 'self'; script-src 'self' 'nonce-⟦n⟧' 'sha256-⟦h⟧'; object-src 'none'
        content-type: text/html; charset=utf-8

        <script nonce="⟦n⟧">window.__APP_STATE__ = {"locale":"de"};</script>
        """, n=nonce, h=sri(32)))
    c.neg("bundle_hashes", D("""
        {
          "main.js": "/static/js/main.⟦a⟧.js",
          "main.css": "/static/css/main.⟦b⟧.css",
          "vendors.js": "/static/js/vendors-node_modules_react-dom_index_js.⟦c⟧.chunk.js",
          "logo.svg": "/static/media/logo.⟦d⟧.svg"
        }
        """, a=g.hex(8), b=g.hex(8), c=g.hex(20), d=g.hex(20)))
    c.neg("etags", D("""
        HTTP/1.1 304 Not Modified
        ETag: "⟦a⟧"
        x-amz-request-id: ⟦rq⟧
        x-amz-id-2: ⟦id2⟧
        Last-Modified: Tue, 11 Jun 2024 08:12:44 GMT
        """, a=g.hex(32), rq=g.HEX(16), id2=sri(57)))
    c.neg("persisted_queries", D("""
        {"operationName":"ProductPage","variables":{"slug":"linen-shirt-navy"},
         "extensions":{"persistedQuery":{"version":1,"sha256Hash":"⟦a⟧"}}}
        """, a=g.hex(64)))

    # identifiers --------------------------------------------------------------
    c.neg("git_log", D("""
        commit ⟦a⟧
        Author: Release Bot <release-bot>
        Date:   Tue Jun 11 09:41:02 2024 +0200

            chore(release): 4.18.2

        commit ⟦b⟧
        Merge: ⟦c⟧ ⟦d⟧
        """, a=g.hex(40), b=g.hex(40), c=g.hex(7), d=g.hex(7)))
    c.neg("uuids_in_logs", D("""
        2024-06-11T09:41:02.118Z INFO request_id=⟦a⟧ method=GET path=/api/v1/orders status=200 dur_ms=41
        2024-06-11T09:41:02.530Z INFO request_id=⟦b⟧ method=POST path=/api/v1/carts status=201 dur_ms=77
        2024-06-11T09:41:03.004Z WARN request_id=⟦c⟧ method=GET path=/api/v1/products/⟦d⟧ status=404 dur_ms=12
        """, a=g.uuid(), b=g.uuid(), c=g.uuid(), d=g.uuid()))
    c.neg("sentry_event", D("""
        Sentry Event ⟦a⟧
        Issue: TypeError: Cannot read properties of undefined (reading 'price')
        Release: web@2024.06.11+⟦b⟧
        Trace: ⟦t⟧
        """, a=g.hex(32), b=g.hex(7), t=g.hex(32)))
    c.neg("k8s_metadata", D("""
        metadata:
          name: checkout-7c9f5d6b8-x2kqp
          namespace: shop
          uid: ⟦u⟧
          resourceVersion: "184472913"
          labels:
            pod-template-hash: 7c9f5d6b8
            app.kubernetes.io/version: "4.18.2"
        """, u=g.uuid()))
    c.neg("terraform_state", D("""
        {
          "version": 4,
          "terraform_version": "1.8.5",
          "serial": 211,
          "lineage": "⟦l⟧",
          "outputs": { "bucket_name": { "value": "acme-artifacts-eu", "type": "string" } }
        }
        """, l=g.uuid()))
    c.neg("nix_store_paths", D("""
        these 3 paths will be fetched (41.2 MiB download, 188.9 MiB unpacked):
          /nix/store/⟦a⟧-openssl-3.0.13
          /nix/store/⟦b⟧-python3-3.11.9
          /nix/store/⟦c⟧-glibc-2.39-52
        """, a=g.s("0123456789abcdfghijklmnpqrsvwxyz", 32), b=g.s("0123456789abcdfghijklmnpqrsvwxyz", 32),
        c=g.s("0123456789abcdfghijklmnpqrsvwxyz", 32)))

    # artefacts / public keys ---------------------------------------------------
    c.neg("docker_digest", D("""
        $ docker pull ghcr.io/acme/checkout:4.18.2
        4.18.2: Pulling from acme/checkout
        Digest: sha256:⟦a⟧
        Status: Downloaded newer image for ghcr.io/acme/checkout:4.18.2
        image: ghcr.io/acme/checkout@sha256:⟦a⟧
        """, a=g.hex(64)))
    c.neg("git_lfs_pointer", D("""
        version https://git-lfs.github.com/spec/v1
        oid sha256:⟦a⟧
        size 48213771
        """, a=g.hex(64)))
    c.neg("ssh_public_keys", J(
        "# ~/.ssh/authorized_keys on build-01",
        g.ssh_ed25519_public() + " deploy-key-2024",
        g.ssh_ed25519_public() + " laptop-mkoenig"))
    cert_body = b64s(bytes.fromhex("3082") + g.rbytes(2) + bytes.fromhex("308201") + g.rbytes(560))
    c.neg("x509_certificate", J(
        "Server certificate (public, from openssl s_client -showcerts):",
        "-----BEGIN CERTIFICATE-----",
        *[cert_body[i:i + 64] for i in range(0, len(cert_body), 64)],
        "-----END CERTIFICATE-----"))
    c.neg("tx_hash", D("""
        Withdrawal confirmed ✅
        Network: Ethereum mainnet · Block 20071422
        Transaction hash: 0x⟦a⟧
        Explorer: https://etherscan.io/tx/0x⟦a⟧
        """, a=g.hex(64)))

    # embedded binary ------------------------------------------------------------
    png = b64s(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + g.rbytes(120))
    c.neg("css_base64_image", D("""
        .icon-check {
          width: 16px;
          height: 16px;
          background-image: url("data:image/png;base64,⟦p⟧");
        }
        """, p=png))
    woff = b64s(b"wOF2\x00\x01\x00\x00" + g.rbytes(180))
    c.neg("css_base64_font", D("""
        @font-face {
          font-family: "Inter var";
          font-weight: 100 900;
          src: url(data:font/woff2;base64,⟦w⟧) format("woff2");
          font-display: swap;
        }
        """, w=woff))
    svg = b64s('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M20 6 9 17l-5-5"/></svg>')
    c.neg("configmap_binary", D("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: brand-assets
        binaryData:
          check.svg: ⟦s⟧
        """, s=svg))
    cursor = b64u(json.dumps({"offset": 200, "sort": "created_at", "dir": "desc"}).encode())
    c.neg("pagination_cursor", D("""
        GET /api/v1/orders?limit=100&cursor=⟦cur⟧
        {"data":[...],"next_cursor":"⟦nxt⟧","has_more":true}
        """, cur=cursor, nxt=b64u(json.dumps({"offset": 300, "sort": "created_at", "dir": "desc"}).encode())))

    # placeholders ------------------------------------------------------------------
    c.neg("placeholder_angle", D("""
        curl https://api.openai.com/v1/models \\
          -H "Authorization: Bearer <YOUR_API_KEY>" \\
          -H "OpenAI-Organization: <YOUR_ORG_ID>"
        """))
    c.neg("placeholder_shell", D("""
        export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:?missing}"
        export AWS_SECRET_ACCESS_KEY="${SECRET}"
        docker login -u "$REGISTRY_USER" --password-stdin <<< "$REGISTRY_PASSWORD"
        """))
    c.neg("placeholder_template", D("""
        apiVersion: v1
        kind: Secret
        stringData:
          token: {{ .Values.slack.token | quote }}
          password: "{{ vault_db_password }}"
          apiKey: "{{ token }}"
        """))
    c.neg("placeholder_printf", D("""
        [handler_db]
        class = handlers.SQLHandler
        args = ('postgresql://%(user)s:%(password)s@%(host)s/%(db)s',)
        format = %(asctime)s %(levelname)s %(message)s
        """))
    c.neg("masked_values", D("""
        $ vercel env ls
        name                   value           environments
        OPENAI_API_KEY         Encrypted       Production, Preview
        STRIPE_SECRET_KEY      ****************  Production
        DATABASE_URL           postgres://app:****@db:5432/app  Development
        """))
    c.neg("masked_prefix_suffix", D("""
        API keys
        Name            Key                  Created      Last used
        ci-bot          sk-...a3Fd           2024-05-02   2 hours ago
        notebook        sk-proj-...Qx9Z      2024-06-01   never
        aws (legacy)    AKIA************7Q2M 2023-11-19   41 days ago
        """))
    c.neg("redacted_log", D("""
        2024-06-11T10:02:03Z INFO auth: login ok user=id:48211 token=[REDACTED]
        2024-06-11T10:02:03Z INFO http: GET /export?api_key=xxx-redacted-xxx 200
        2024-06-11T10:02:04Z INFO smtp: AUTH PLAIN ******** accepted
        """))

    # documentation -------------------------------------------------------------------
    c.neg("token_format_docs", D("""
        | Provider | Prefix        | Body                                 |
        |----------|---------------|--------------------------------------|
        | GitHub   | ghp_ / gho_   | 36 base62 chars, last 6 are a CRC32  |
        | Slack    | xoxb- / xoxp- | team id, user id, then 24+ chars     |
        | AWS      | AKIA / ASIA   | 16 chars from A–Z and 2–7            |
        | Stripe   | sk_live_      | 24 or 99 alphanumerics               |
        """))
    c.neg("secret_regexes", D("""
        rules:
          - id: aws-access-key
            regex: '\\b(AKIA|ASIA)[A-Z2-7]{16}\\b'
          - id: github-pat
            regex: 'gh[pousr]_[A-Za-z0-9]{36}'
          - id: private-key
            regex: '-----BEGIN (RSA|EC|OPENSSH) PRIVATE KEY-----'
        """))

    # numbers that are not secrets -----------------------------------------------------
    c.neg("version_strings", D("""
        Environment:
          node v20.14.0, npm 10.7.0, pnpm 9.1.4
          python 3.12.3 (main, Apr 9 2024), pip 24.0
          app version 2024.06.11+build.1877 (commit 9c0d77e)
        """))
    c.neg("isbns", D("""
        Reading list:
        - Clean Architecture — ISBN 978-0-13-449416-6
        - The Pragmatic Programmer (20th anniv.) — ISBN-13: 9780135957059
        - Refactoring — ISBN-10 0134757599
        """))
    c.neg("order_numbers", D("""
        Bestellnummer: 302-4417823-9918764
        Rechnungsnummer: DE-2024-0611-004471
        Kundennummer: 88120934
        Artikel: B0CHX1W1XY  Menge: 2
        """))
    c.neg("timestamps", D("""
        created_at=1718096522118 updated_at=1718096583004
        iso=2024-06-11T09:02:02.118+00:00 rfc2822="Tue, 11 Jun 2024 09:02:02 +0000"
        ulid=01J02R3XK7N8Q9P0RS1TVWXYZA ksuid=2HbcnSYMZaS6nVjTaBSZQOKQm3o
        """))
    c.neg("tracking_numbers", D("""
        UPS      1Z999AA10123456784
        USPS     9400 1118 9922 3344 5566 77
        DHL      JJD000390007882712346
        Royal Mail  AB123456789GB
        """))
    c.neg("youtube_ids", D("""
        Playlist "Conference talks 2024":
        1. https://www.youtube.com/watch?v=kHvD2Jw3xXg
        2. https://www.youtube.com/watch?v=8aGhZQkoFbQ&list=PLFs4vir_WsTyjuJEaH6ySx4eXkS9i45lj
        3. https://youtu.be/3Vmh3CwBjlk
        """))
    c.neg("s3_object_keys", D("""
        $ aws s3 ls s3://acme-data-lake/raw/events/dt=2024-06-11/
        2024-06-11 02:00:14   48213771 part-00000-⟦a⟧-c000.snappy.parquet
        2024-06-11 02:00:15   47119042 part-00001-⟦b⟧-c000.snappy.parquet
        2024-06-11 02:00:15         0 _SUCCESS
        """, a=g.uuid(), b=g.uuid()))
    c.neg("aws_arns", D("""
        RoleArn: arn:aws:iam::481516234200:role/github-actions-deploy
        KmsKeyId: arn:aws:kms:eu-west-1:481516234200:key/⟦k⟧
        RequestId: ⟦rq⟧
        """, k=g.uuid(), rq=g.uuid()))
    c.neg("css_module_classes", D("""
        <button class="Button_root__⟦a⟧ Button_primary__⟦b⟧ tw-bg-[#1e40af]" data-testid="checkout-submit">
          Pay now
        </button>
        """, a=g.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 5),
        b=g.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 5)))
    c.neg("sha256sum_output", D("""
        $ sha256sum dist/*
        ⟦a⟧  dist/checkout-4.18.2-linux-amd64.tar.gz
        ⟦b⟧  dist/checkout-4.18.2-darwin-arm64.tar.gz
        """, a=g.hex(64), b=g.hex(64)))
    c.neg("iban_format_docs", D("""
        German IBAN layout: DEkk bbbb bbbb cccc cccc cc (22 characters)
        kk = check digits (ISO 7064 MOD 97-10), b = Bankleitzahl, c = Kontonummer
        Enter it without spaces; we validate the checksum before saving.
        """))
