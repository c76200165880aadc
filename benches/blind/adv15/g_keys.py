"""keys: private key material in its many encodings, wallet secrets, 2FA seeds."""
import json
import random

import common as C
from common import fill

R = random.Random(150303)


def body(pem_text):
    """Body lines of an armored/PEM block, without headers and CRC line."""
    return [l for l in C.pem_lines(pem_text) if not l.startswith("=")]


def indent(text, n):
    return "\n".join((" " * n + l) if l else l for l in text.splitlines())


def build():
    c = C.Cases("keys")
    rsa = [C.rsa_key(R, 2048) for _ in range(6)]

    F = "pgp"
    k = C.pgp_key(R, "Ifeoma Chukwu <ifeoma@fastmail.example>", True, 1688000000)
    c.pos(F, "New laptop. I exported my key on the old one with `gpg --export-secret-keys -a ifeoma > me.asc`.\n"
          "This is the file. How do I import it and set ultimate trust so git signing works again?\n\n" + k
          + "\n\ngpg: signing failed: No secret key", body(k))

    k = C.pgp_key(R, "release-signing (CI) <release@build.internal>", True, 1712000000)
    c.pos(F, fill("""
        GitLab job log, stage "sign":
        $ echo "$GPG_PRIVATE_KEY" | gpg --batch --import
        gpg: directory '/root/.gnupg' created
        $ cat $GPG_PRIVATE_KEY_FILE   # debugging, remove later
        {{k}}
        $ gpg --batch --pinentry-mode loopback --detach-sign --armor dist/app-2.4.1.tar.gz
        gpg: no default secret key: No secret key
        """, k=k), body(k))

    F = "openssh"
    seed = C.rbytes(R, 32)
    k = C.openssh_private(R, "ed", (seed, C.ed25519_pub(seed)), "deploy@ci-runner-04")
    c.pos(F, "Deploy key the runner uses (saved as /home/gitlab-runner/.ssh/id_ed25519). `ssh -T git@git.internal` says\n"
          "\"Load key: invalid format\". Content:\n\n" + k + "\n\nfile has CRLF line endings maybe?", body(k))

    k = C.openssh_private(R, "rsa", rsa[0], "ansible@bastion")
    c.pos(F, "group_vars/all/vault.yml — I decrypted it to debug, now 'ansible-vault encrypt' it again?\n\n"
          "bastion_user: ansible\nbastion_ssh_key: |\n" + indent(k, 2) + "\nbastion_port: 2222\n", body(k))

    seed = C.rbytes(R, 32)
    k = C.openssh_private(R, "ed", (seed, C.ed25519_pub(seed)), "backup@nas")
    esc = k.replace("\n", "\\n")
    c.pos(F, "terraform.tfvars.json:\n{\n  \"region\": \"eu-central-1\",\n  \"backup_host\": \"nas.home.lan\",\n"
          "  \"backup_ssh_private_key\": \"" + esc + "\\n\"\n}\n\nError: Invalid character; expected '\"'... what's wrong with the escaping?",
          body(k))

    F = "ppk"
    seed = C.rbytes(R, 32)
    t, priv = C.ppk("ed", (seed, C.ed25519_pub(seed)), "eddsa-key-20240312")
    c.pos(F, "WinSCP says \"Unable to use key file ... (unrecognised cipher name)\". Here is the .ppk:\n\n" + t
          + "\n\nI generated it with PuTTYgen 0.80, WinSCP is 5.17.", priv)

    t, priv = C.ppk("rsa", rsa[1], "rsa-key-20190702")
    c.pos(F, "convert this to OpenSSH format for me please (puttygen not installed on mac):\n\n" + t, priv)

    F = "pem"
    k = C.pem("PRIVATE KEY", C.rsa_pkcs8(rsa[2]))
    c.pos(F, fill("""
        $ openssl pkcs12 -in wildcard_corp.pfx -nodes -passin pass:
        MAC verified OK
        Bag Attributes
            localKeyID: 01 00 00 00
            friendlyName: te-{{u}}
            Microsoft CSP Name: Microsoft Software Key Storage Provider
        Key Attributes
            X509v3 Key Usage: 90
        {{k}}
        Bag Attributes
            localKeyID: 01 00 00 00
        subject=CN = *.corp.example
        issuer=C = US, O = DigiCert Inc, CN = DigiCert Global G2 TLS RSA SHA256 2020 CA1

        need key + cert separately for nginx, which command?
        """, u=C.uuid4(R), k=k), body(k))

    k = C.pem("ENCRYPTED PRIVATE KEY", C.pkcs8_encrypted(R, 1218))
    c.pos(F, "nginx: [emerg] cannot load certificate key \"/etc/nginx/tls/api.key\": PEM_read_bio_PrivateKey() failed (SSL: error:1400006B:UI routines::processing error:while reading strings)\n\n"
          "cat /etc/nginx/tls/api.key\n" + k + "\n\nthe passphrase is in our wiki, can nginx read an encrypted key at all?", body(k))

    d, Q = C.ec_key(R)
    params = C.pem("EC PARAMETERS", C.doid("1.2.840.10045.3.1.7"))
    k = C.pem("EC PRIVATE KEY", C.ec_sec1(d, Q))
    c.pos(F, "$ openssl ecparam -name prime256v1 -genkey -out es256.pem && cat es256.pem\n" + params + "\n" + k
          + "\n\njose library says 'Unsupported key format' when I pass this to importPKCS8", body(k))

    d, Q = C.ec_key(R)
    kid = C.rs(R, C.UPPER + C.DIGITS, 10)
    k = C.pem("PRIVATE KEY", C.ec_pkcs8(d, Q))
    c.pos(F, fill("""
        APNs token auth returns 403 InvalidProviderToken. Config (push-service/config/apns.yaml):

        apns:
          team_id: {{team}}
          key_id: {{kid}}
          topic: com.example.fooddelivery
          production: true
          auth_key_p8: |
        {{k}}
        """, team=C.rs(R, C.UPPER + C.DIGITS, 10), kid=kid, k=indent(k, 4)), body(k))

    import os as _os
    enc = C.rbytes(R, 1200)
    iv = C.hex_n(R, 32).upper()
    k = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,%s\n\n%s\n-----END RSA PRIVATE KEY-----" % (
        iv, "\n".join(C.wrap(C.b64(enc))))
    c.pos(F, "old key from 2016 we still use for the SFTP partner, paramiko raises 'private key file is encrypted'\n"
          "even though I pass password=. File:\n\n" + k, body(k))

    seed = C.rbytes(R, 32)
    k = C.pem("PRIVATE KEY", C.ed25519_pkcs8(seed))
    c.pos(F, fill("""
        // internal/auth/keys.go  -- TODO move to KMS
        const licenseSigningKey = `{{k}}`

        func loadSigner() (ed25519.PrivateKey, error) {
            block, _ := pem.Decode([]byte(licenseSigningKey))
            key, err := x509.ParsePKCS8PrivateKey(block.Bytes)
            ...
        """, k=k), body(k))

    F = "jwk"
    d, Q = C.ec_key(R)
    jd = C.b64url(C.i2b(d, 32))
    doc = {"keys": [{"kty": "EC", "crv": "P-256", "kid": "sig-2024-05", "use": "sig", "alg": "ES256",
                     "x": C.b64url(C.i2b(Q[0], 32)), "y": C.b64url(C.i2b(Q[1], 32)), "d": jd}]}
    c.pos(F, "Our auth server's jwks.json endpoint — a pentester said something is wrong with it, what?\n\n"
          "GET https://auth.shopline.example/.well-known/jwks.json\n" + json.dumps(doc, indent=2), [jd])

    seed = C.rbytes(R, 32)
    jd = C.b64url(seed)
    doc = {"kty": "OKP", "crv": "Ed25519", "kid": "webhook-signer", "x": C.b64url(C.ed25519_pub(seed)), "d": jd}
    c.pos(F, "WEBHOOK_SIGNING_JWK='" + json.dumps(doc, separators=(",", ":")) + "'\n\n"
          "is in our .env.production; the verifier side only needs x, right? how do I strip d with jq?", [jd])

    r = rsa[3]
    parts = {n: C.b64url(r[n].to_bytes((r[n].bit_length() + 7) // 8, "big")) for n in ("n", "d", "p", "q", "dp", "dq", "qi")}
    doc = {"p": parts["p"], "kty": "RSA", "q": parts["q"], "d": parts["d"], "e": "AQAB", "use": "sig", "kid": "k1",
           "qi": parts["qi"], "dp": parts["dp"], "alg": "RS256", "dq": parts["dq"], "n": parts["n"]}
    c.pos(F, "Keycloak realm export, 'keys' component (I need to move it to another instance):\n"
          + json.dumps({"name": "rsa-generated", "providerId": "rsa", "config": {"priority": ["100"]}, "jwk": doc}, indent=2),
          [parts["d"], parts["p"], parts["q"], parts["dp"], parts["dq"], parts["qi"]])

    F = "bundle"
    pfx = C.dseq(C.dint(3), C.dseq(C.doid("1.2.840.113549.1.7.1"), C.dctx(0, C.doct(C.rbytes(R, 2400)))),
                 C.dseq(C.dseq(C.dseq(C.doid("2.16.840.1.101.3.4.2.1"), C.DNULL), C.doct(C.rbytes(R, 32))), C.doct(C.rbytes(R, 8)), C.dint(2048)))
    pfxb = C.b64(pfx)
    ppw = C.pw_mixed(R, 16)
    doc = {"Logging": {"LogLevel": {"Default": "Information"}},
           "Kestrel": {"Endpoints": {"Https": {"Url": "https://*:5001"}}},
           "SigningCertificate": {"Base64": pfxb, "Password": ppw, "Thumbprint": C.hex_n(R, 40).upper()}}
    c.pos(F, "appsettings.Production.json (the whole thing, sorry it's long):\n" + json.dumps(doc, indent=2)
          + "\n\nX509Certificate2 ctor throws 'The specified network password is not correct'", [pfxb, ppw])

    sk, pk = C.age_keypair(R)
    c.pos(F, fill("""
        $ cat ~/.config/sops/age/keys.txt
        # created: 2024-03-09T21:04:55+01:00
        # public key: {{pk}}
        {{sk}}
        $ sops -d secrets.enc.yaml
        Failed to get the data key required to decrypt the SOPS file.
        Group 0: FAILED
          {{pk2}}: FAILED
            - | no identity matched any of the recipients
        """, sk=sk, pk=pk, pk2=C.age_keypair(R)[1]), [sk])

    sk, pk = C.age_keypair(R)
    c.pos(F, fill("""
        - name: Decrypt secrets
          env:
            SOPS_AGE_KEY: {{sk}}
          run: sops -d k8s/secrets.enc.yaml > k8s/secrets.yaml

        I know it should be ${{ secrets.SOPS_AGE_KEY }}, it's just for testing on a branch
        """, sk=sk), [sk])

    F = "sigkeys"
    kb = (b"Ed" + b"Sc" + b"B2" + C.rbytes(R, 32) + bytes.fromhex("0000000200000000") + bytes.fromhex("0000004000000000")
          + C.rbytes(R, 104))
    ms = C.b64(kb)
    c.pos(F, fill("""
        ~/.minisign/minisign.key (used in the release script, passwordless via -W at creation):
        untrusted comment: minisign encrypted secret key
        {{ms}}

        minisign -Sm dist/tool-v1.8.0-linux-amd64.tar.gz -s ~/.minisign/minisign.key
        Wrong password for that key   <- but I never set one?
        """, ms=ms), [ms])

    sb = C.b64(b"Ed" + b"BK" + bytes.fromhex("0000002a") + C.rbytes(R, 16) + C.rbytes(R, 8) + C.rbytes(R, 8) + C.rbytes(R, 64))
    c.pos(F, fill("""
        $ cat /etc/signify/mirror-2024.sec
        untrusted comment: signify secret key
        {{sb}}
        $ signify -S -s /etc/signify/mirror-2024.sec -m SHA256 -x SHA256.sig
        signify: incorrect passphrase
        """, sb=sb), [sb])

    kdf = {"kdf": {"name": "scrypt", "params": {"N": 65536, "r": 8, "p": 1}, "salt": C.b64(C.rbytes(R, 32))},
           "cipher": {"name": "nacl/secretbox", "nonce": C.b64(C.rbytes(R, 24))},
           "ciphertext": C.b64(C.rbytes(R, 157))}
    k = C.pem("ENCRYPTED SIGSTORE PRIVATE KEY", json.dumps(kdf, separators=(",", ":")).encode())
    cpw = C.pw_phrase(R, 4)
    c.pos(F, "cosign sign fails in CI: 'decrypt: encrypted: decryption failed'.\n\nCOSIGN_PASSWORD=" + cpw
          + "\n\ncosign.key:\n" + k, body(k) + [cpw])

    keyb = C.rbytes(R, 32)
    val = C.b64(b"\x1a\x20" + keyb)
    ks = {"primaryKeyId": R.randint(10 ** 8, 4 * 10 ** 9),
          "key": [{"keyData": {"typeUrl": "type.googleapis.com/google.crypto.tink.AesGcmKey", "value": val,
                               "keyMaterialType": "SYMMETRIC"}, "status": "ENABLED", "keyId": 0, "outputPrefixType": "TINK"}]}
    ks["key"][0]["keyId"] = ks["primaryKeyId"]
    c.pos(F, "cleartext keyset for field-level encryption (we generated it with tinkey create-keyset --key-template AES256_GCM --out-format json):\n"
          + json.dumps(ks, indent=2) + "\nIs it OK to put this in a ConfigMap?", [val])

    F = "wallet"
    m = C.bip39_mnemonic(R, 24)
    rows = [" ".join(m[i:i + 6]) for i in range(0, 24, 6)]
    c.pos(F, fill("""
        Cold wallet backup (Trezor Model T) — written 2023-11-02, copy #2 of 3, kept in the fire safe.
        Passphrase: none

        1-6:    {{r0}}
        7-12:   {{r1}}
        13-18:  {{r2}}
        19-24:  {{r3}}

        First receive address checked against device: yes
        """, r0=rows[0], r1=rows[1], r2=rows[2], r3=rows[3]), rows)

    m = C.bip39_mnemonic(R, 12)
    words = " ".join(m)
    chunks = [" ".join(m[i:i + 4]) for i in range(0, 12, 4)]
    c.pos(F, "hi, metamask shows 0 balance after I reinstalled the browser. I restored with my secret recovery phrase "
          + words + " but the account address is different from before. did I lose my funds?? what derivation path does metamask use", chunks)

    pk = "0x" + C.hex_n(R, 64)
    c.pos(F, fill("""
        .env for the deploy scripts (hardhat):
        ALCHEMY_SEPOLIA_URL=https://eth-sepolia.g.alchemy.com/v2/{{al}}
        ETHERSCAN_API_KEY={{es}}
        DEPLOYER_PRIVATE_KEY={{pk}}

        Error HH8: There's one or more errors in your config file: * Invalid account: #0 for network: sepolia - private key too long
        """, al=C.rs(R, C.B64URL, 32), es=C.rs(R, C.UPPER + C.DIGITS, 34), pk=pk), [pk])

    pk1, pk2 = C.hex_n(R, 64), C.hex_n(R, 64)
    c.pos(F, fill("""
        // hardhat.config.js
        module.exports = {
          solidity: "0.8.24",
          networks: {
            polygon: {
              url: "https://polygon-rpc.com",
              accounts: ["0x{{a}}", "{{b}}"],
            },
          },
        };
        why does the second account not get used for `--network polygon`?
        """, a=pk1, b=pk2), [pk1, pk2])

    pk = "0x" + C.hex_n(R, 64)
    addr = "0x" + C.hex_n(R, 40)
    c.pos(F, fill("""
        $ cast wallet new
        Successfully created new keypair.
        Address:     {{addr}}
        Private key: {{pk}}
        $ forge script script/Deploy.s.sol --rpc-url $BASE_RPC --private-key {{pk}} --broadcast
        Error: Failed to get EIP-1559 fees
        """, addr=addr, pk=pk), [pk])

    w1 = C.wif(R)
    c.pos(F, fill("""
        bitcoin-cli -rpcwallet=legacy_2017 dumpprivkey 1{{a}}
        {{w}}
        bitcoin-cli -rpcwallet=descriptors importprivkey {{w}} "rescued" false
        error code: -4
        error message:
        Only legacy wallets are supported by this command
        """, a=C.rs(R, C.B58, 33), w=w1), [w1])

    ws = [C.wif(R) for _ in range(3)]
    c.pos(F, "Electrum > Wallet > Private keys > Import, I pasted:\n" + "\n".join("p2wpkh:" + w for w in ws)
          + "\nbut the balance shows 0 mBTC, which script type should these be?", ws)

    seed = C.rbytes(R, 32)
    kp = list(seed + C.ed25519_pub(seed))
    first = ",".join(str(b) for b in kp[:32])
    arr = "[" + ",".join(str(b) for b in kp) + "]"
    c.pos(F, "$ cat ~/.config/solana/id.json\n" + arr + "\n$ solana address\n" + C.b58(C.ed25519_pub(seed))
          + "\n$ solana balance\n0 SOL\nI moved id.json from my old machine, why is the address different from Phantom?", [first])

    nsec = C.bech32("nsec", C.rbytes(R, 32))
    c.pos(F, "Setting up my nostr bot. In config.toml:\n\n[bot]\nname = \"relaywatch\"\nrelays = [\"wss://relay.damus.io\", \"wss://nos.lol\"]\n"
          "private_key = \"" + nsec + "\"\n\nit posts nothing and logs 'invalid secret key'", [nsec])

    F = "mfa"
    ents = []
    secs = []
    for issuer, name in [("GitHub", "mwangi-dev"), ("AWS", "root-account-billing"), ("Cloudflare", "dns-admin")]:
        s = C.rs(R, C.B32, 32)
        secs.append(s)
        ents.append({"type": "totp", "uuid": C.uuid4(R), "name": name, "issuer": issuer, "note": "", "icon": None,
                     "info": {"secret": s, "algo": "SHA1", "digits": 6, "period": 30}})
    doc = {"version": 1, "header": {"slots": None, "params": None}, "db": {"version": 3, "entries": ents}}
    c.pos(F, "Aegis plain export (aegis-export-plain-20240511.json). I want to import into KeepassXC, is there a converter?\n\n"
          + json.dumps(doc, indent=2), secs)

    s = C.rs(R, C.B32, 32).lower()
    g = " ".join(C.chunks_of(s, 4))
    c.pos(F, fill("""
        Note to self: the company Google Workspace 2FA for the shared billing account.
        "Can't scan it? Enter this key instead":
        {{g}}
        Time based: yes. Added to the office phone + the old iPad.
        """, g=g), [g[:19], g[20:]])

    codes = ["%s-%s" % (C.hex_n(R, 5), C.hex_n(R, 5)) for _ in range(16)]
    c.pos(F, "github-recovery-codes.txt\n\n" + "\n".join(codes)
          + "\n\nPut these in a safe place.\nIf you lose your device and don't have the recovery codes you will lose access to your account.", codes)

    bc = ["%04d %04d" % (R.randint(0, 9999), R.randint(0, 9999)) for _ in range(10)]
    lines = ["%d. %s     %d. %s" % (i + 1, bc[i], i + 6, bc[i + 5]) for i in range(5)]
    c.pos(F, "BACKUP VERIFICATION CODES\nnaledi.mokoena.ops\n\n" + "\n".join(lines)
          + "\n\n* You can only use each backup code once.\n* Need more? Visit g.co/2sv\nGenerated May 3, 2024", bc)

    # ---------------- negatives
    F = "neg"
    seed = C.rbytes(R, 32)
    ak = [C.ssh_pub_line_ed(C.ed25519_pub(seed), "deploy@ci-runner-04"),
          C.ssh_pub_line_rsa(rsa[0], "ansible@bastion"),
          'command="/usr/local/bin/backup-only",no-agent-forwarding,no-port-forwarding ' + C.ssh_pub_line_ed(C.ed25519_pub(C.rbytes(R, 32)), "backup@nas")]
    c.neg(F, "~/.ssh/authorized_keys on the bastion, which of these is restricted to a forced command?\n\n" + "\n".join(ak))

    k = C.pgp_key(R, "Ifeoma Chukwu <ifeoma@fastmail.example>", False, 1688000000)  # uid only inside the base64
    c.neg(F, "My public key for the security.txt / keyserver. Is it fine to publish?\n\n" + k)

    cert = C.pem("CERTIFICATE", C.certificate(R, rsa[4], "api.shopline.example", "Shopline Issuing CA 2", "Shopline Ltd", "GB"))
    ca = C.pem("CERTIFICATE", C.certificate(R, rsa[5], "Shopline Issuing CA 2", "Shopline Root CA", "Shopline Ltd", "GB", "220101000000Z", "320101000000Z"))
    c.neg(F, "$ openssl s_client -connect api.shopline.example:443 -showcerts </dev/null 2>/dev/null | sed -n '/BEGIN/,/END/p'\n"
          + cert + "\n" + ca + "\n\nchain looks complete? the android app still fails with 'Trust anchor not found'")

    fps = ["256 SHA256:%s deploy@ci-runner-04 (ED25519)" % C.b64(C.rbytes(R, 32)).rstrip("="),
           "2048 SHA256:%s ansible@bastion (RSA)" % C.b64(C.rbytes(R, 32)).rstrip("=")]
    kh = ["|1|%s|%s ecdsa-sha2-nistp256 %s" % (C.b64(C.rbytes(R, 20)), C.b64(C.rbytes(R, 20)),
                                              C.b64(b"\x00\x00\x00\x13ecdsa-sha2-nistp256\x00\x00\x00\x08nistp256\x00\x00\x00\x41\x04" + C.rbytes(R, 64)))]
    c.neg(F, "$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n" + fps[0] + "\n$ ssh-keygen -lf ansible.pub\n" + fps[1]
          + "\n$ tail -1 ~/.ssh/known_hosts\n" + kh[0] + "\n\nWARNING: REMOTE HOST IDENTIFICATION HAS CHANGED — how do I verify the new fingerprint?")

    a1, a2 = "0x" + C.hex_n(R, 40), "0x" + C.hex_n(R, 40)
    c.neg(F, fill("""
        Transaction Hash:  0x{{tx}}
        Status:            Success
        Block:             {{blk}}  (1843 Block Confirmations)
        From:              {{a1}}
        To:                {{a2}} (Uniswap V3: Router 2)
        Value:             0.25 ETH ($741.32)
        Transaction Fee:   0.000412290113 ETH
        Gas Price:         9.412 Gwei
        Input Data:        0x5ae401dc000000000000000000000000000000000000000000000000000000006641c3b7

        swap shows success on etherscan but the tokens are not in my wallet, why?
        """, tx=C.hex_n(R, 64), blk=R.randint(19000000, 20000000), a1=a1, a2=a2))

    c.neg(F, fill("""
        Payment received for invoice INV-2024-0419:
          txid:    {{tx}}
          address: {{ad}}
          amount:  0.00418 BTC
          confirmations: 3
          block hash: 00000000000000000002{{bh}}
        Please confirm on mempool.space and release the order.
        """, tx=C.hex_n(R, 64), ad=C.btc_addr_p2wpkh(R), bh=C.hex_n(R, 44)))

    rec = [C.age_keypair(R)[1] for _ in range(3)]
    mpub = C.b64(b"Ed" + C.rbytes(R, 8) + C.rbytes(R, 32))
    c.neg(F, "# .sops.yaml\ncreation_rules:\n  - path_regex: k8s/.*\\.enc\\.yaml$\n    age: >-\n      " + ",\n      ".join(rec)
          + "\n\nand the release verification key published in README:\n\n    minisign -Vm tool-v1.8.0-linux-amd64.tar.gz -P " + mpub)

    d, Q = C.ec_key(R)
    r = rsa[3]
    doc = {"keys": [{"kty": "EC", "crv": "P-256", "kid": "sig-2024-05", "use": "sig", "alg": "ES256",
                     "x": C.b64url(C.i2b(Q[0], 32)), "y": C.b64url(C.i2b(Q[1], 32))},
                    {"kty": "RSA", "kid": "k1", "use": "sig", "alg": "RS256", "e": "AQAB",
                     "n": C.b64url(r["n"].to_bytes(256, "big"))}]}
    c.neg(F, "This is the fixed jwks.json (public parts only now). Can you confirm nothing private is left?\n" + json.dumps(doc, indent=2))

    k = C.pem("CERTIFICATE REQUEST", C.csr(R, rsa[5], "vpn.northwind.lan", "Northwind", "ZA"))
    c.neg(F, "CSR for the VPN cert, please submit to the CA portal:\n\n" + k + "\n\n(openssl req -new -key vpn.key -out vpn.csr -subj '/C=ZA/O=Northwind/CN=vpn.northwind.lan')")

    fp = C.hex_n(R, 40).upper()
    c.neg(F, fill("""
        $ gpg --list-secret-keys --keyid-format=long
        /home/dev/.gnupg/pubring.kbx
        -------------------------------
        sec   ed25519/{{s}} 2023-06-29 [SC]
              {{fp}}
        uid                 [ultimate] release-signing (laptop key)
        ssb   cv25519/{{b}} 2023-06-29 [E]

        $ git config --global user.signingkey {{s}}
        then: error: gpg failed to sign the data. npub for nostr is npub1{{np}} btw (unrelated)
        """, s=fp[-16:], fp=fp, b=C.hex_n(R, 16).upper(), np=C.bech32("npub", C.rbytes(R, 32))[5:]))
    return c.items
