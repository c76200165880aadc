"""Group dumps: hexdumps, syscall traces, core strings, DB dumps, Redis MONITOR, tcpdump payloads."""
import json

from common import D, J, b64s, jesc
from dumpfmt import xxd, hexdump_c, pieces

SEED = 2401
TITLE = "hexdumps, traces and database/packet dumps"
COVERS = [
    "xxd and hexdump -C of memory/config/HTTP buffers where the ASCII column carries the secret, often split over two dump lines (each visible piece >= 6 chars listed)",
    "xxd of /proc/PID/environ (NUL-separated env), gdb x/s output",
    "strace -s 1024 write()/sendto()/connect() buffers with Authorization headers and Redis/Postgres wire auth; ltrace getenv/strcmp/SSL_write",
    "`strings core.N | grep` output with tokens, DSNs and cookies",
    "pg_dump COPY blocks (tab-separated) and mysqldump extended INSERTs with password/token columns and PII",
    "mongoexport JSON lines, Redis MONITOR (HSET/SETEX/EVAL) lines",
    "tcpdump -A payloads of HTTP requests (Bearer, Basic base64 listed as written), SMTP AUTH PLAIN base64",
]


def build(c):
    g, p, r = c.g, c.pii, c.rng

    def tok():
        return r.choice([lambda: g.stripe("sk", "live", long=False), g.github, g.openai, g.anthropic, g.slack_bot,
                         g.sendgrid, g.npm, lambda: g.gitlab(), g.gcp_api_key, g.huggingface])()

    # ---- xxd of HTTP request buffers, secret split over two lines
    for k in range(6):
        prov = [("api.stripe.com", "/v1/charges", "Authorization: Bearer ", lambda: g.stripe("sk", "live", long=False)),
                ("api.github.com", "/user/repos", "Authorization: token ", g.github),
                ("api.openai.com", "/v1/chat/completions", "Authorization: Bearer ", g.openai),
                ("api.anthropic.com", "/v1/messages", "x-api-key: ", g.anthropic),
                ("slack.com", "/api/chat.postMessage", "Authorization: Bearer ", g.slack_bot),
                ("api.sendgrid.com", "/v3/mail/send", "Authorization: Bearer ", g.sendgrid),
                ("gitlab.example.net", "/api/v4/projects", "PRIVATE-TOKEN: ", g.gitlab)][k % 7 if k < 6 else 6]
        host, path, hdr, fn = prov
        t = fn()
        pre = ("POST %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: python-httpx/0.27.%d\r\n" % (path, host, k)).encode()
        pad = (r.randint(7, 10) - (len(pre) + len(hdr)) % 16) % 16
        pre += b"X-Pad: " + b"a" * pad + b"\r\n" if pad > 2 else b""
        buf = b"\x00" * r.randint(0, 5) + pre + hdr.encode() + t.encode() + b"\r\nContent-Length: 212\r\n\r\n"
        if len(buf) > 16 * 26:
            buf = buf[:16 * 26]
        base = 0x7f3a1c000000 + r.randrange(0, 1 << 20) * 16
        dump = xxd(buf, base=base & 0xffffffff)
        cmd = r.choice(["(gdb) dump binary memory /tmp/req.bin 0x%x 0x%x" % (base, base + len(buf)),
                        "$ xxd /tmp/capture/req-%04d.bin | head -30" % r.randint(1, 9999)])
        c.pos("xxd_http", J(cmd, dump), pieces(buf, t.encode()))

    # ---- hexdump -C of config blobs (key=value, NUL separated)
    for k in range(5):
        pw = g.pw(avoid=" \"'\\")
        key = r.choice([g.aws_secret(), g.sendgrid(), g.hex(40), g.twilio_token()])
        akid = g.aws_akid()
        entries = [b"[default]", b"region=eu-west-1", b"aws_access_key_id=" + akid.encode(),
                   b"aws_secret_access_key=" + key.encode(), b"db.user=svc_billing", b"db.password=" + pw.encode()]
        r.shuffle(entries[2:])
        buf = bytes(g.rbytes(r.randint(3, 12))) + b"\x00".join(entries) + b"\x00\x00"
        fname = r.choice(["/var/lib/agent/state.db", "settings.bin", "blob-%s.dat" % g.hex(8), "config.cache"])
        txt = J("$ hexdump -C %s" % fname, hexdump_c(buf))
        secs = pieces(buf, key.encode()) + pieces(buf, pw.encode()) + pieces(buf, akid.encode())
        c.pos("hexdump_c", txt, secs)

    # ---- xxd of /proc/PID/environ
    for k in range(3):
        dbpw = g.pw_random(18)
        t = tok()
        env = (b"PATH=/usr/local/bin:/usr/bin\x00HOSTNAME=worker-" + g.hex(5).encode() + b"\x00DATABASE_URL=postgres://app:"
               + dbpw.encode() + b"@pg-primary:5432/app\x00API_TOKEN=" + t.encode() + b"\x00LANG=C.UTF-8\x00")
        pid = r.randint(200, 40000)
        txt = J("root@worker:/# xxd /proc/%d/environ" % pid, xxd(env))
        c.pos("proc_environ", txt, pieces(env, dbpw.encode()) + pieces(env, t.encode()))

    # ---- gdb x/s
    for k in range(2):
        t = tok()
        pw = g.pw(avoid="\"\\")
        addr = 0x555555554000 + r.randrange(1 << 16) * 16
        txt = D("""
            (gdb) break auth_connect
            Breakpoint 1 at 0x⟦b⟧: file src/auth.c, line 88.
            (gdb) run --config /etc/svc/agent.toml
            Breakpoint 1, auth_connect (ctx=0x⟦a1⟧, user=0x⟦a2⟧ "svc-sync", secret=0x⟦a3⟧) at src/auth.c:88
            88	    if (ctx->tls == NULL) {
            (gdb) x/s secret
            0x⟦a3⟧:	"⟦pw⟧"
            (gdb) x/s ctx->bearer
            0x⟦a4⟧:	"⟦t⟧"
            (gdb) p ctx->port
            $1 = 8443
            """, b="%x" % (addr + 0x1a2b), a1="%x" % addr, a2="%x" % (addr + 0x60), a3="%x" % (addr + 0x90),
                  a4="%x" % (addr + 0x120), pw=pw, t=t)
        c.pos("gdb_xs", txt, [pw, t])

    # ---- strace write/sendto
    for k in range(5):
        t = tok()
        kind = k % 3
        pid = r.randint(1000, 60000)
        if kind == 0:
            req = "GET /api/v2/items?page=%d HTTP/1.1\\r\\nHost: api.internal\\r\\nAuthorization: Bearer %s\\r\\nAccept: */*\\r\\n\\r\\n" % (k, t)
            txt = J('%d  connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("10.%d.%d.%d")}, 16) = 0' % (pid, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                    '%d  write(5, "%s", %d) = %d' % (pid, req, len(req) - 12, len(req) - 12),
                    '%d  read(5, "HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\n", 4096) = 49' % pid)
            c.pos("strace_write", txt, [t])
        elif kind == 1:
            pw = g.pw(avoid="\"\\")
            txt = J('%d  connect(3, {sa_family=AF_UNIX, sun_path="/var/run/redis/redis.sock"}, 110) = 0' % pid,
                    '%d  sendto(3, "*2\\r\\n$4\\r\\nAUTH\\r\\n$%d\\r\\n%s\\r\\n", %d, MSG_NOSIGNAL, NULL, 0) = %d' % (pid, len(pw), pw, 27 + len(pw), 27 + len(pw)),
                    '%d  recvfrom(3, "+OK\\r\\n", 16384, 0, NULL, NULL) = 5' % pid,
                    '%d  sendto(3, "*3\\r\\n$3\\r\\nSET\\r\\n$9\\r\\nrl:tenant\\r\\n$1\\r\\n0\\r\\n", 38, MSG_NOSIGNAL, NULL, 0) = 38' % pid)
            c.pos("strace_redis_auth", txt, [pw])
        else:
            pw = g.pw_random(20)
            user = r.choice(["replicator", "app_rw", "etl_loader"])
            msg = "p\\0\\0\\0%s\\0" % pw
            txt = J('%d  write(4, "\\0\\0\\0O\\0\\3\\0\\0user\\0%s\\0database\\0warehouse\\0application_name\\0psql\\0\\0", 79) = 79' % (pid, user),
                    '%d  read(4, "R\\0\\0\\0\\10\\0\\0\\0\\3", 16384) = 9' % pid,
                    '%d  write(4, "%s", %d) = %d' % (pid, msg, len(pw) + 6, len(pw) + 6),
                    '%d  read(4, "R\\0\\0\\0\\10\\0\\0\\0\\0S\\0\\0\\0\\26application_name\\0psql\\0", 16384) = 60' % pid)
            c.pos("strace_pg_password", txt, [pw])

    # ---- ltrace
    for k in range(3):
        t = tok()
        pw = g.pw(avoid="\"\\")
        txt = D("""
            $ ltrace -s 256 -e getenv+strcmp+SSL_write ./sync-agent --once
            sync-agent->getenv("SYNC_API_TOKEN")                = "⟦t⟧"
            sync-agent->getenv("SYNC_DB_PASS")                  = "⟦pw⟧"
            sync-agent->strcmp("⟦pw⟧", "")                      = 1
            libcurl.so.4->SSL_write(0x55d1c3a0, "GET /v1/sync HTTP/1.1\\r\\nHost: sync.example.net\\r\\nAuthorization: Bearer ⟦t⟧\\r\\n"..., 162) = 162
            +++ exited (status 0) +++
            """, t=t, pw=pw)
        c.pos("ltrace", txt, [t, pw])

    # ---- core strings
    for k in range(3):
        t = tok()
        pw = g.pw(avoid=" \"'@/:")
        cookie = g.session_cookie()
        txt = D("""
            $ strings -n 8 core.⟦pid⟧ | grep -E 'postgres://|Bearer|session=' | sort -u
            Authorization: Bearer ⟦t⟧
            Cookie: session=⟦ck⟧; theme=dark
            SELECT id, status FROM jobs WHERE id = $1
            postgres://billing:⟦pw⟧@db-prod-1.internal:5432/billing?sslmode=require
            """, pid=r.randint(1000, 99999), t=t, ck=cookie, pw=pw)
        c.pos("core_strings", txt, [t, cookie, pw])

    # ---- pg_dump COPY
    for k in range(3):
        rows, secs = [], []
        for i in range(r.randint(3, 5)):
            cc = r.choice(["US", "GB", "DE", "FR", "NL"])
            pe = p.person(cc)
            key = r.choice([g.stripe("sk", "live", long=False), g.hex(40), g.github()])
            rows.append("%d\t%s\t%s\t%s\t%s\t2024-%02d-%02d %02d:%02d:00+00" % (
                100 + i * 7 + k, pe["name"], pe["email"], pe["phone"], key, r.randint(1, 12), r.randint(1, 28),
                r.randint(0, 23), r.randint(0, 59)))
            secs += [pe["name"], pe["email"], pe["phone"], key]
        txt = J("--", "-- Data for Name: api_clients; Type: TABLE DATA; Schema: public; Owner: billing", "--", "",
                "COPY public.api_clients (id, contact_name, contact_email, contact_phone, api_secret, created_at) FROM stdin;",
                *rows, "\\.", "")
        txt = txt.rstrip("\n")
        c.pos("pg_dump_copy", txt, [s for s in secs if len(s) >= 6])

    # ---- mysqldump
    for k in range(3):
        vals, secs = [], []
        for i in range(r.randint(2, 4)):
            pe = p.person(r.choice(["US", "ES", "IT", "BR"]))
            pw = g.pw(avoid="'\\\"")
            tk = g.hex(32)
            vals.append("(%d,'%s','%s','%s','%s',NULL)" % (i + 1, pe["email"], pe["name"].replace("'", "\\'"), pw, tk))
            secs += [pe["email"], pe["name"].replace("'", "\\'"), pw, tk]
        txt = J("-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)" % r.randint(30, 39), "--",
                "-- Dumping data for table `smtp_accounts`", "--", "",
                "LOCK TABLES `smtp_accounts` WRITE;",
                "/*!40000 ALTER TABLE `smtp_accounts` DISABLE KEYS */;",
                "INSERT INTO `smtp_accounts` VALUES " + ",".join(vals) + ";",
                "/*!40000 ALTER TABLE `smtp_accounts` ENABLE KEYS */;", "UNLOCK TABLES;")
        c.pos("mysqldump", txt, [s for s in secs if len(s) >= 6])

    # ---- mongoexport
    for k in range(2):
        lines, secs = [], []
        for i in range(3):
            pe = p.person(r.choice(["US", "GB", "DE", "IN"]))
            t = tok()
            lines.append(json.dumps({"_id": {"$oid": g.hex(24)}, "email": pe["email"], "fullName": pe["name"],
                                     "integrations": {"provider": "ext", "apiKey": t},
                                     "createdAt": {"$date": "2024-%02d-%02dT10:11:12.000Z" % (r.randint(1, 12), r.randint(1, 28))}},
                                    separators=(",", ":"), ensure_ascii=False))
            secs += [pe["email"], pe["name"], t]
        c.pos("mongoexport", J("2024-06-0%dT09:12:44.118+0000\tconnected to: mongodb://localhost/" % (k + 1), *lines,
                               "2024-06-0%dT09:12:44.131+0000\texported 3 records" % (k + 1)), secs)

    # ---- Redis MONITOR
    for k in range(3):
        t = g.google_refresh_token() if k == 0 else tok()
        pe = p.person(r.choice(["US", "FR", "PL"]))
        ts = g.ts()
        port = r.randint(30000, 60000)
        sess = g.session_cookie()
        txt = J("$ redis-cli -a \"$REDIS_PASS\" MONITOR", "OK",
                '%d.%06d [0 10.2.%d.%d:%d] "HSET" "user:%d" "email" "%s" "phone" "%s"' % (ts, r.randint(0, 999999), r.randint(0, 9), r.randint(2, 250), port, r.randint(1000, 99999), pe["email"], pe["phone"]),
                '%d.%06d [0 10.2.%d.%d:%d] "SETEX" "oauth:refresh:%s" "2592000" "%s"' % (ts, r.randint(0, 999999), r.randint(0, 9), r.randint(2, 250), port, g.hex(8), t),
                '%d.%06d [0 10.2.%d.%d:%d] "SET" "sess:%s" "{\\"uid\\":%d}" "EX" "3600"' % (ts + 1, r.randint(0, 999999), r.randint(0, 9), r.randint(2, 250), port, sess, r.randint(1, 9999)),
                '%d.%06d [0 lua] "GET" "ratelimit:%s"' % (ts + 1, r.randint(0, 999999), g.hex(6)))
        c.pos("redis_monitor", txt, [pe["email"], pe["phone"], t, sess])

    # ---- tcpdump -A
    for k in range(4):
        ts = "%02d:%02d:%02d.%06d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999))
        src = "10.0.%d.%d.%d" % (r.randint(0, 9), r.randint(2, 250), r.randint(30000, 60000))
        if k % 2 == 0:
            user = r.choice(["deploy", "jenkins", "admin", "metrics"])
            pw = g.pw(avoid=":")
            basic = b64s("%s:%s" % (user, pw))
            pay = ["E..%s..@.@.%s" % (g.s("ABCDEFGHIJ", 1), g.s("abcdefghij", 2)),
                   "....P....%s..P.....GET /manager/status HTTP/1.1" % g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3),
                   "Host: tomcat.internal:8080", "Authorization: Basic " + basic, "User-Agent: curl/8.5.0",
                   "Accept: */*", ""]
            secs = [basic]
        else:
            t = g.jwt_user()
            pay = ["E..R..@.@.%s" % g.s("abcdefghij", 3),
                   "....P..%s..P.....POST /graphql HTTP/1.1" % g.s("ABCDEFGHIJ", 2),
                   "Host: gateway.internal", "Content-Type: application/json", "Authorization: Bearer " + t,
                   "Content-Length: 57", "", '{"query":"{ viewer { id login } }","variables":{}}']
            secs = [t]
        txt = J("# tcpdump -i eth0 -A -s0 'tcp port 80 or tcp port 8080'",
                "tcpdump: verbose output suppressed, use -v[v]... for full protocol decode",
                "listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes",
                "%s IP %s > 10.0.4.20.8080: Flags [P.], seq 1:%d, ack 1, win 502, length %d" % (ts, src, 200 + k, 199 + k),
                *pay)
        c.pos("tcpdump_http", txt.rstrip("\n"), secs)

    # ---- SMTP AUTH PLAIN in tcpdump
    for k in range(2):
        pe = p.person(r.choice(["US", "GB"]))
        pw = g.pw(avoid="\x00")
        plain = b64s("\x00%s\x00%s" % (pe["email"], pw))
        txt = J("%02d:%02d:%02d.%06d IP 10.1.0.%d.%d > 10.1.0.25.587: Flags [P.], seq 31:%d, ack 210, win 502, length %d" % (
                    r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999), r.randint(2, 200), r.randint(30000, 60000), 33 + len(plain), len(plain) + 13),
                "E..g..@.@.%s" % g.s("abcdefghij", 4),
                ".......K..P...AUTH PLAIN " + plain,
                "%02d:%02d:%02d.%06d IP 10.1.0.25.587 > 10.1.0.9.41100: Flags [P.], length 30" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999)),
                "E..F..@.@...235 2.7.0 Authentication successful")
        c.pos("tcpdump_smtp", txt, [plain])
