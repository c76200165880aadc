"""Group urls: secrets carried inside URLs of every kind."""
from common import D, J, pct, jesc, b64s

SEED = 2301
TITLE = "secrets inside URLs"
COVERS = [
    "AWS S3 presigned URLs (X-Amz-Credential key id, X-Amz-Security-Token, X-Amz-Signature) in logs and Python errors",
    "GCS V4/V2 signed URLs, Azure SAS (sig=, sv=) in Markdown, azcopy and JSON",
    "password-reset / magic-link / invite tokens in e-mails, chat and access logs",
    "OAuth redirects with code= and access_token=/id_token= in query and #fragment",
    "Slack, Discord, Teams, Zapier webhook URLs (JSON with escaped slashes, curl, YAML, PowerShell)",
    "DB/AMQP/Redis/SMTP/LDAP/FTP/MongoDB URIs with userinfo: unencoded @ ! # : in passwords, percent-encoded, double-encoded",
    "git remotes with GitHub/GitLab/Hugging Face tokens, JDBC URLs with password= params (Postgres, SQL Server, Snowflake)",
    "URLs in Markdown links, HTML href with &amp;, JSON with \\/ escapes, nginx/ALB logs, curl, wget, Telegram bot API, "
    "Datadog intake, Twilio basic-auth URLs, Shopify admin URLs, Stripe basic auth",
]


def build(c):
    g, r, p = c.g, c.rng, c.pii

    # 1 S3 presigned with STS session token in an app log
    ak = g.aws_akid("ASIA")
    tok = g.aws_session_token(300)
    sig = g.aws_sigv4()
    tok_e = pct(tok)
    url = ("https://acme-invoices-prod.s3.eu-west-1.amazonaws.com/exports/2024/03/inv-88213.pdf"
           "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240311%%2Feu-west-1%%2Fs3%%2Faws4_request"
           "&X-Amz-Date=20240311T101522Z&X-Amz-Expires=3600&X-Amz-Security-Token=%s"
           "&X-Amz-Signature=%s&X-Amz-SignedHeaders=host" % (ak, tok_e, sig))
    c.pos("s3_presigned", J(
        "2024-03-11T10:15:22.418Z INFO  [invoice-svc] generated download link tenant=northwind invoice=88213",
        "2024-03-11T10:15:22.419Z DEBUG [invoice-svc] presigned_url=" + url,
        "2024-03-11T10:15:22.431Z INFO  [invoice-svc] mail queued to billing contact"), [ak, tok_e, sig])

    # 2 S3 presigned in a Python traceback (long-term key)
    ak = g.aws_akid()
    sig = g.aws_sigv4()
    url = ("https://ml-artifacts-7731.s3.amazonaws.com/models/churn/v12/model.pkl?X-Amz-Algorithm=AWS4-HMAC-SHA256"
           "&X-Amz-Credential=%s/20240902/us-east-1/s3/aws4_request&X-Amz-Date=20240902T081455Z"
           "&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (ak, sig))
    c.pos("s3_presigned", D("""
        why does this fail?? the link worked yesterday
        Traceback (most recent call last):
          File "/app/download.py", line 41, in <module>
            resp.raise_for_status()
          File "/usr/local/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status
            raise HTTPError(http_error_msg, response=self)
        requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: ⟦u⟧
        """, u=url), [ak, sig])

    # 3 presigned PUT in a curl command from a CI step
    ak = g.aws_akid("ASIA")
    tok = g.aws_session_token(240)
    sig = g.aws_sigv4()
    tok_e = pct(tok)
    c.pos("s3_presigned", D("""
        - name: upload coverage
          run: |
            curl -sS -X PUT --upload-file coverage.xml \\
              "https://ci-cache-eu.s3.eu-central-1.amazonaws.com/cov/${GITHUB_SHA}.xml?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=⟦ak⟧%2F20240518%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20240518T220301Z&X-Amz-Expires=900&X-Amz-Security-Token=⟦tok⟧&X-Amz-SignedHeaders=host&X-Amz-Signature=⟦sig⟧"
        """, ak=ak, tok=tok_e, sig=sig), [ak, tok_e, sig])

    # 4 GCS V4 signed URL
    sig = g.hex(512)
    sa = "exporter%40acme-data-prod.iam.gserviceaccount.com"
    url = ("https://storage.googleapis.com/acme-exports/daily/2024-06-01/users.csv.gz?X-Goog-Algorithm=GOOG4-RSA-SHA256"
           "&X-Goog-Credential=%s%%2F20240601%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=20240601T030000Z"
           "&X-Goog-Expires=86400&X-Goog-SignedHeaders=host&X-Goog-Signature=%s" % (sa, sig))
    c.pos("gcs_signed", J("Here's today's export, link valid 24h:", url, "", "ping me if it 403s"), [sig])

    # 5 GCS V2 signed URL (base64 signature, percent-encoded)
    raw = b64s(g.rbytes(256))
    sig_e = pct(raw)
    c.pos("gcs_signed", D("""
        {"level":"info","msg":"thumbnail ready","asset":"a9f3/cover.webp",
         "signed":"https://storage.googleapis.com/cdn-private-assets/a9f3/cover.webp?GoogleAccessId=thumbs@media-prod.iam.gserviceaccount.com&Expires=1719878400&Signature=⟦s⟧"}
        """, s=sig_e), [sig_e])

    # 6 Azure SAS in Markdown
    sig = pct(g.azure_sas_sig())
    c.pos("azure_sas", D("""
        ### Restore steps
        1. Download the backup from [this link](https://stbackupsweu01.blob.core.windows.net/sql-backups/erp/erp_full_20240412.bak?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2024-04-30T18:00:00Z&st=2024-04-12T09:00:00Z&spr=https&sig=⟦s⟧)
        2. Run `RESTORE DATABASE erp FROM DISK = ...`
        """, s=sig), [sig])

    # 7 Azure SAS in azcopy (PowerShell)
    sig = pct(g.azure_sas_sig())
    c.pos("azure_sas", D("""
        PS C:\\ops> .\\azcopy.exe copy "D:\\exports\\*.parquet" `
        >>   "https://datalakeprod042.blob.core.windows.net/raw/finance?sp=racwdl&st=2024-02-01T08:12:44Z&se=2024-02-08T16:12:44Z&spr=https&sv=2022-11-02&sr=c&sig=⟦s⟧" `
        >>   --recursive=true
        INFO: Scanning...
        Job 3f1c9a2e-77b1 has started
        """, s=sig), [sig])

    # 8 Azure SAS (account SAS in JSON appsettings, URL with sig first)
    sig = pct(g.azure_sas_sig())
    c.pos("azure_sas", D("""
        {
          "Logging": { "LogLevel": { "Default": "Warning" } },
          "BlobExport": {
            "ContainerUri": "https://acmereports.blob.core.windows.net/monthly?sig=⟦s⟧&sv=2021-08-06&se=2025-01-01T00%3A00%3A00Z&sr=c&sp=rwl"
          }
        }
        """, s=sig), [sig])

    # 9 password reset e-mail
    tok = g.reset_token()
    who = p.person("US")
    c.pos("password_reset", D("""
        From: Acme Cloud <no-reply@acmecloud.io>
        To: ⟦e⟧
        Subject: Reset your password

        Hi ⟦n⟧,
        Someone (hopefully you) asked to reset the password for your account.
        Reset it here: https://app.acmecloud.io/account/reset-password?token=⟦t⟧&uid=48211
        This link expires in 30 minutes.
        """, e=who["email"], n=who["given"], t=tok), [who["email"], tok])

    # 10 magic link in chat
    jwt = g.jwt({"email": "ops-lead@fieldkit.dev", "purpose": "login", "iat": g.ts(), "exp": g.ts() + 900}, "HS256")
    c.pos("magic_link", D("""
        [09:41] dana: can someone log into the staging admin for me? here's the magic link it sent
        [09:41] dana: https://staging.fieldkit.dev/auth/magic?redirect=%2Fadmin&t=⟦j⟧
        [09:42] raj: on it
        """, j=jwt), [jwt])

    # 11 invite link (Supabase-style verify with token)
    tok = g.hex(56)
    c.pos("magic_link", D("""
        > **Invite to Northwind workspace**
        > Click to accept: <https://xqzvplmtrwnbkajd.supabase.co/auth/v1/verify?token=⟦t⟧&type=invite&redirect_to=https://app.northwind.so/welcome>
        > (sent by Priya)
        """, t=tok), [tok])

    # 12 OAuth code in a redirect (Google)
    code = g.google_auth_code()
    code_e = pct(code)
    c.pos("oauth_code", D("""
        After consenting I land on this URL but the page just spins:
        http://localhost:8080/oauth2/callback?state=af0ifjsldkj&code=⟦c⟧&scope=email%20openid%20https://www.googleapis.com/auth/userinfo.email&authuser=0&prompt=consent
        Is the state mismatch the issue?
        """, c=code_e), [code_e])

    # 13 OAuth implicit flow: access token in fragment
    at = g.google_access_token()
    c.pos("oauth_fragment", J(
        "Browser ended on:",
        "https://dashboard.lumen.tools/auth/done#access_token=%s&token_type=Bearer&expires_in=3599&scope=https%%3A%%2F%%2Fwww.googleapis.com%%2Fauth%%2Fdrive.readonly" % at,
        "but the SPA never picks it up"), [at])

    # 14 Azure AD id_token + access token in fragment
    idt = g.jwt_user(iss="https://login.microsoftonline.com/%s/v2.0" % g.uuid(), alg="RS256",
                     name="Marta Kowalczyk", preferred_username="m.kowalczyk@contoso.pl")
    at = g.jwt_user(iss="https://sts.windows.net/%s/" % g.uuid(), alg="RS256")
    c.pos("oauth_fragment", D("""
        redirect_uri hit: https://portal.contoso.pl/signin-oidc#id_token=⟦i⟧&access_token=⟦a⟧&token_type=Bearer&expires_in=4709&session_state=⟦s⟧
        (copied from the address bar)
        """, i=idt, a=at, s=g.uuid()), [idt, at])

    # 15 Slack webhook in JSON with escaped slashes
    url, tok = g.slack_webhook()
    c.pos("slack_webhook", D("""
        {"id":17,"name":"deploy-alerts","type":"slack","settings":{"url":"⟦u⟧","channel":"#deploys","username":"grafana"},"isDefault":false}
        {"id":18,"name":"pager","type":"pagerduty","settings":{"severity":"critical"},"isDefault":true}
        """, u=url.replace("/", "\\/")), [tok])

    # 16 Discord webhook in curl
    url, tok = g.discord_webhook()
    c.pos("discord_webhook", D("""
        #!/bin/sh
        # notify the mod channel when the backup finishes
        curl -H "Content-Type: application/json" \\
             -d "{\\"content\\": \\"backup $(date +%F) finished: $SIZE\\"}" \\
             ⟦u⟧
        """, u=url), [tok])

    # 17 Teams webhook in PowerShell
    url, h = g.teams_webhook("fabrikamgroup")
    c.pos("teams_webhook", D("""
        $uri  = '⟦u⟧'
        $body = @{ text = "Nightly ETL failed on $env:COMPUTERNAME" } | ConvertTo-Json
        Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType 'application/json'
        """, u=url), [h])

    # 18 Zapier hook in YAML
    url, pth = g.zapier_webhook()
    c.pos("zapier_webhook", D("""
        alerting:
          on_new_lead:
            method: POST
            url: "⟦u⟧"
            retry: 3
        """, u=url), [pth])

    # 19 postgres URI with unencoded @ ! # in password (.env)
    pw = g.s("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5) + "@!" + g.s("ABCDEFGHJKMNPQRSTUVWXYZ", 2) + "#" + g.digits(3)
    c.pos("db_uri", D("""
        NODE_ENV=production
        PORT=3000
        DATABASE_URL=postgres://app_rw:⟦pw⟧@pg-main.cluster-c8xk2m.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=require
        REDIS_URL=redis://cache:6379/0
        """, pw=pw), [pw])

    # 20 mysql URI with percent-encoded awkward password
    raw = g.pw_symbols(16)
    enc = pct(raw)
    c.pos("db_uri", D("""
        >>> engine = create_engine("mysql+pymysql://reporting:⟦e⟧@mysql-replica-2.internal:3306/analytics?charset=utf8mb4")
        >>> engine.connect()
        sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1045, "Access denied for user 'reporting'@'10.4.7.19' (using password: YES)")
        """, e=enc), [enc])

    # 21 mongodb+srv in Node code
    pw = g.pw_random(16)
    c.pos("db_uri", D("""
        const { MongoClient } = require('mongodb');
        // TODO move to env before launch
        const uri = "mongodb+srv://shopadmin:⟦pw⟧@cluster0.x7qkd.mongodb.net/shop?retryWrites=true&w=majority";
        const client = new MongoClient(uri);
        """, pw=pw), [pw])

    # 22 redis / rediss URLs
    pw1 = g.pw_random(32)
    pw2 = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 34)
    c.pos("redis_uri", D("""
        # sidekiq.yml
        :redis_url: redis://:⟦a⟧@redis-14522.c250.eu-central-1-1.ec2.cloud.redislabs.com:14522/0
        :rate_limit_url: rediss://default:⟦b⟧@eu1-smart-lynx-38211.upstash.io:38211
        """, a=pw1, b=pw2), [pw1, pw2])

    # 23 amqps URI in Celery config
    pw = g.pw_passphrase(sep="-")
    c.pos("amqp_uri", D("""
        # celeryconfig.py
        broker_url = "amqps://celery_worker:⟦pw⟧@b-4e1f2c7a-93d1-4b0e-9a1c-2f6b8e7d1a30.mq.eu-west-1.amazonaws.com:5671/prod"
        result_backend = "rpc://"
        task_acks_late = True
        """, pw=pw), [pw])

    # 24 SMTP URI with SendGrid key as password
    sg = g.sendgrid()
    c.pos("smtp_uri", D("""
        MAILER_DSN=smtp://apikey:⟦k⟧@smtp.sendgrid.net:587?encryption=tls
        MAILER_FROM="Shop Notifications <shop@maisonlune.fr>"
        """, k=sg), [sg])

    # 25 LDAP URI with bind password (percent-encoded # and %)
    raw = g.alnum(6) + "#" + g.alnum(3) + "%" + g.digits(4) + "!"
    enc = pct(raw)
    c.pos("ldap_uri", D("""
        [auth.ldap]
        enabled = true
        ; python-ldap style URL with bind credentials
        url = ldaps://svc_grafana:⟦e⟧@dc01.corp.fabrikam.local:636/OU=Users,DC=corp,DC=fabrikam,DC=local?sAMAccountName?sub
        """, e=enc), [enc])

    # 26 FTP URI in wget with half-encoded password
    raw_a, raw_b = g.alnum(5), g.alnum(6)
    pw = raw_a + "%3A" + raw_b + "!"
    c.pos("ftp_uri", D("""
        $ wget -r -nH --cut-dirs=2 "ftp://edi_partner07:⟦pw⟧@ftp.logistics-hub.de/outbound/DESADV/"
        --2024-05-06 06:00:01--  ftp://edi_partner07:*password*@ftp.logistics-hub.de/outbound/DESADV/
                   => '.listing'
        Resolving ftp.logistics-hub.de... done.
        """, pw=pw), [pw])

    # 27 git remote -v with GitLab token
    gl = g.gitlab()
    c.pos("git_remote", D("""
        $ git remote -v
        origin	https://oauth2:⟦t⟧@gitlab.com/acme-platform/billing-service.git (fetch)
        origin	https://oauth2:⟦t⟧@gitlab.com/acme-platform/billing-service.git (push)
        upstream	git@gitlab.com:acme-platform/templates/service.git (fetch)
        """, t=gl), [gl])

    # 28 CI log with GitHub installation token in a clone URL
    ghs = g.github("ghs")
    c.pos("git_remote", D("""
        2024-07-19T14:02:11.5512345Z ##[group]Run git clone https://x-access-token:⟦t⟧@github.com/acme/infra-live.git
        2024-07-19T14:02:11.5523456Z Cloning into 'infra-live'...
        2024-07-19T14:02:13.0934567Z ##[endgroup]
        """, t=ghs), [ghs])

    # 29 .git/config with classic PAT and HF token
    ghp = g.github("ghp")
    hf = g.huggingface()
    c.pos("git_remote", D("""
        [core]
        	repositoryformatversion = 0
        	bare = false
        [remote "origin"]
        	url = https://jlaurent:⟦a⟧@github.com/jlaurent/thesis-code.git
        	fetch = +refs/heads/*:refs/remotes/origin/*
        [remote "hf"]
        	url = https://jlaurent:⟦b⟧@huggingface.co/jlaurent/camembert-legal-ner
        """, a=ghp, b=hf), [ghp, hf])

    # 30 JDBC postgres with password= param
    pw = g.pw(avoid="&=;{}' \"")
    c.pos("jdbc_url", D("""
        spring:
          datasource:
            url: jdbc:postgresql://pg-ledger.prod.svc:5432/ledger?user=ledger_app&password=⟦pw⟧&ssl=true&sslmode=verify-full
            hikari:
              maximum-pool-size: 20
        """, pw=pw), [pw])

    # 31 JDBC SQL Server with braces-quoted password
    pw = g.pw_symbols(14, avoid="{};'\"")
    c.pos("jdbc_url", D("""
        2024-01-09 11:20:44,102 ERROR [main] c.z.h.pool.HikariPool - HikariPool-1 - Exception during pool initialization.
        com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'sa'. ClientConnectionId:6d1f0c2e-83a4-4b8e-bd0c-1a2f3e4d5c6b
        	url=jdbc:sqlserver://sql-erp-01.corp.local:1433;databaseName=ERP;user=sa;password={⟦pw⟧};encrypt=true;trustServerCertificate=true
        """, pw=pw), [pw])

    # 32 Snowflake JDBC with token-ish password in Markdown link
    pw = g.pw_random(20)
    c.pos("markdown_link", D("""
        * Prod warehouse: [snowflake jdbc](jdbc:snowflake://xy12345.eu-central-1.snowflakecomputing.com/?warehouse=ANALYTICS_WH&db=RAW&user=DBT_PROD&password=⟦pw⟧)
        * Dev warehouse: ask in #data-eng
        """, pw=pw), [pw])

    # 33 Markdown link with Grafana service-account token
    tok = g.grafana_sa()
    c.pos("markdown_link", D("""
        Kiosk dashboards for the office TV:
        - [Ops overview](https://grafana.internal.acme.io/d/ops/overview?orgId=1&kiosk&auth_token=⟦t⟧)
        - [Sales](https://grafana.internal.acme.io/d/sales/funnel?orgId=1&kiosk)
        """, t=tok), [tok])

    # 34 HTML href with &amp; and api_key
    key = g.hex(32)
    c.pos("html_href", D("""
        <tr>
          <td>Monthly usage</td>
          <td><a href="https://api.meteomatics-lite.com/v1/export.csv?api_key=⟦k⟧&amp;from=2024-05-01&amp;to=2024-05-31" target="_blank">CSV</a></td>
        </tr>
        """, k=key), [key])

    # 35 Google Maps key in curl
    key = g.gcp_api_key()
    c.pos("curl", D("""
        curl -s "https://maps.googleapis.com/maps/api/geocode/json?address=Karl-Marx-Allee+90,+Berlin&key=⟦k⟧" | jq '.results[0].geometry'
        {
          "location": { "lat": 52.5172, "lng": 13.4353 }
        }
        """, k=key), [key])

    # 36 Double percent-encoded password in a redirect parameter
    raw = g.pw_symbols(12, avoid="")
    once = pct(raw)
    twice = pct(once)
    nxt = pct("https://svc_report:%s@reports.int.acme.io/q/42" % once)
    c.pos("double_encoded", D("""
        127.0.0.1 - - [04/Jun/2024:13:22:07 +0000] "GET /sso/login?next=⟦n⟧ HTTP/1.1" 302 0 "-" "Mozilla/5.0"
        127.0.0.1 - - [04/Jun/2024:13:22:08 +0000] "GET /sso/callback HTTP/1.1" 200 512 "-" "Mozilla/5.0"
        """, n=nxt), [twice])

    # 37 nginx access log with JWT in query
    jwt = g.jwt_user(iss="https://id.tessera.app/", alg="HS256", email_verified=True)
    c.pos("access_log", D("""
        10.12.0.4 - - [21/Aug/2024:08:14:55 +0000] "GET /api/v2/reports/export?format=xlsx&access_token=⟦j⟧ HTTP/2.0" 200 48213 "https://app.tessera.app/reports" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"
        10.12.0.4 - - [21/Aug/2024:08:14:56 +0000] "GET /favicon.ico HTTP/2.0" 404 153 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"
        """, j=jwt), [jwt])

    # 38 Telegram bot API URL in a cron log
    tb = g.telegram_bot()
    c.pos("bot_api", D("""
        */5 * * * * /opt/monitor/check.sh >> /var/log/monitor.log 2>&1
        # check.sh posts to:
        # https://api.telegram.org/bot⟦t⟧/sendMessage?chat_id=-1001873342211&text=disk+95%25+on+nas01
        """, t=tb), [tb])

    # 39 Datadog intake URL with dd-api-key
    k = g.datadog_api()
    c.pos("intake_url", D("""
        <match app.**>
          @type http
          endpoint https://http-intake.logs.datadoghq.eu/api/v2/logs?dd-api-key=⟦k⟧&ddsource=fluentd&service=checkout
          json_array true
        </match>
        """, k=k), [k])

    # 40 Twilio basic-auth URL + Stripe basic-auth URL in a Python snippet
    sid, tw = g.twilio_sid(), g.twilio_token()
    sk = g.stripe("sk", "live")
    c.pos("basic_auth_url", D("""
        import requests
        TWILIO = "https://⟦sid⟧:⟦tw⟧@api.twilio.com/2010-04-01/Accounts/⟦sid⟧/Messages.json"
        STRIPE = "https://⟦sk⟧:@api.stripe.com/v1/charges?limit=3"
        print(requests.get(STRIPE).json()["data"][0]["amount"])
        """, sid=sid, tw=tw, sk=sk), [tw, sk])

    # 41 Shopify admin URL with key:token
    pk = g.hex(32)
    at = g.shopify("shpat")
    c.pos("basic_auth_url", D("""
        Old private-app style URL still used by the sync job:
        https://⟦a⟧:⟦b⟧@maison-lune.myshopify.com/admin/api/2024-01/orders.json?status=any&limit=250
        """, a=pk, b=at), [at])

    # 42 Salesforce frontdoor URL with session id + Mapbox style URL with secret token
    sid = g.salesforce_session()
    mb = g.mapbox_secret("terrafleet")
    c.pos("session_url", D("""
        Support asked for a repro link, I sent them this (oops?):
        https://terrafleet.my.salesforce.com/secur/frontdoor.jsp?sid=⟦s⟧&retURL=%2Flightning%2Fr%2FCase%2F5008d00000XyZ1AAA%2Fview
        Map preview used in the same ticket:
        https://api.mapbox.com/styles/v1/terrafleet/clx0k2a7f00ab01qk3r9z8w1c/tiles/256/12/2200/1343@2x?access_token=⟦m⟧
        """, s=sid, m=mb), [sid, mb])

    # negatives ---------------------------------------------------------
    c.neg("video_ids", D("""
        Watch list for onboarding:
        - https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s
        - https://youtu.be/9bZkp7q19f0?si=rYhJ8vT2
        - https://www.youtube.com/playlist?list=PLBCF2DAC6FFB574DE
        """))
    c.neg("object_keys", D("""
        Public assets are served straight from the bucket, no signing:
        https://acme-public-assets.s3.eu-west-1.amazonaws.com/brand/2024/logo-dark-7f3a9c2e41b8.svg
        https://acme-public-assets.s3.eu-west-1.amazonaws.com/docs/whitepaper_v3_final_FINAL.pdf
        """))
    c.neg("placeholder_uri", D("""
        DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/${DB_NAME}
        AMQP_URL=amqps://<user>:<password>@<broker-host>:5671/<vhost>
        REDIS_URL=redis://:{{ redis_password }}@redis:6379/0
        """))
    c.neg("commit_links", D("""
        Regression introduced in https://github.com/acme/api/commit/3f9d2c41b7a8e6f0d1c2b3a4958672e1f0a9b8c7
        and reverted in https://github.com/acme/api/pull/4412/commits/a41e9b0c77d2f3e8915b6c0d4e2f1a3b5c6d7e8f
        """))
    c.neg("pkce_params", D("""
        Authorization request (PKCE, S256):
        https://auth.example.org/authorize?response_type=code&client_id=mobile-app&redirect_uri=com.example.app%3A%2Fcallback&scope=openid%20profile&state=n0nc3-st4te&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM
        The token endpoint then needs the code_verifier you generated locally.
        """))
    c.neg("cdn_hashes", D("""
        <link rel="stylesheet" href="https://cdn.shopfront.app/static/css/main.8f3c2a91.chunk.css">
        <script defer src="https://cdn.shopfront.app/static/js/runtime~main.b41e7d02.js"></script>
        <img src="https://images.shopfront.app/p/6c1f0e9a-2d4b-4c71-9b8e-7a5d3f2e1c0b/800x800.webp" alt="Linen shirt">
        """))
    c.neg("tracking_urls", D("""
        Your parcel is on the way:
        https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784
        https://www.dhl.com/de-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=JJD000390007882712346
        Order #AC-2024-118734 · utm_source=newsletter&utm_campaign=spring24
        """))
    c.neg("docs_urls", D("""
        See https://docs.stripe.com/keys#obtain-api-keys for where to find your secret key,
        and https://learn.microsoft.com/azure/storage/common/storage-sas-overview for SAS tokens
        (the query string looks like ?sv=...&se=...&sig=...). Never paste a real one here.
        """))
