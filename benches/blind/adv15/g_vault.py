"""vault: output of secret-manager CLIs and APIs."""
import json
import random

import common as C
from common import fill

R = random.Random(150101)


def vtable(rows, w=None):
    w = w or max(len(k) for k, _ in rows) + 4
    out = ["Key".ljust(w) + "Value", "---".ljust(w) + "-----"]
    out += [k.ljust(w) + v for k, v in rows]
    return "\n".join(out)


def box(rows, h=("NAME", "VALUE")):
    a = max(len(h[0]), *(len(r[0]) for r in rows))
    b = max(len(h[1]), *(len(r[1]) for r in rows))
    line = lambda l, m, r: l + "─" * (a + 2) + m + "─" * (b + 2) + r
    out = [line("┌", "┬", "┐"), "│ %s │ %s │" % (h[0].ljust(a), h[1].ljust(b)), line("├", "┼", "┤")]
    out += ["│ %s │ %s │" % (k.ljust(a), v.ljust(b)) for k, v in rows]
    out.append(line("└", "┴", "┘"))
    return "\n".join(out)


def ts(rng):
    return "2024-%02d-%02dT%02d:%02d:%02d.%06dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                   rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999999))


def build():
    c = C.Cases("vault")
    F = "vault_kv"

    # 1 vault kv get, table
    sk, wh = C.stripe(R), "whsec_" + C.rs(R, C.ALNUM, 32)
    pk = "pk_live_" + C.rs(R, C.ALNUM, 24)
    c.pos(F, fill("""
        The checkout service keeps failing with "No API key provided". I checked that the secret is there:

        $ vault kv get -mount=secret payments/stripe
        ======= Secret Path =======
        secret/data/payments/stripe

        ======= Metadata =======
        Key                Value
        ---                -----
        created_time       {{t}}
        custom_metadata    <nil>
        deletion_time      n/a
        destroyed          false
        version            7

        ========= Data =========
        {{data}}

        So the value exists. Is the agent template using the wrong path (secret/ vs secret/data/)?
        """, t=ts(R), data=vtable([("publishable_key", pk), ("secret_key", sk), ("webhook_secret", wh)], 22)), [sk, wh])

    # 2 vault kv get -format=json
    pw = C.pw_mixed(R, 18)
    doc = {"request_id": C.uuid4(R), "lease_id": "", "lease_duration": 0, "renewable": False,
           "data": {"data": {"host": "pg-ledger.internal", "password": pw, "port": "5432", "username": "ledger_rw"},
                    "metadata": {"created_time": ts(R), "custom_metadata": None, "deletion_time": "",
                                 "destroyed": False, "version": 3}},
           "warnings": None}
    c.pos(F, "vault kv get -format=json kv/ledger/postgres\n" + json.dumps(doc, indent=2) +
          "\n\nthe app reads .data.password but gets null, what jq path should I use?", [pw])

    # 3 vault kv get -field
    sq = "squ_" + C.hex_n(R, 40)
    c.pos(F, fill("""
        ci runner log (sonar step):
        + export SONAR_HOST_URL=https://sonar.int.example.net
        + vault kv get -field=token secret/ci/sonarqube
        {{sq}}
        + export SONAR_TOKEN=***
        + sonar-scanner -Dsonar.projectKey=billing-api
        ERROR: Not authorized. Please check the user token in the property 'sonar.token'
        """, sq=sq), [sq])

    # 4 vault kv get with multiple versions / patch
    gh = C.gh_token(R)
    nt = "secret_" + C.rs(R, C.ALNUM, 43)
    c.pos(F, fill("""
        I rotated the github token yesterday but the bot still uses the old one. Output:

        $ vault kv get -version=5 -mount=kv bots/release-bot
        ==== Secret Path ====
        kv/data/bots/release-bot

        ======= Data =======
        Key               Value
        ---               -----
        github_token      {{gh}}
        notion_secret     {{nt}}
        owner             platform-team

        $ vault kv get -version=6 -mount=kv bots/release-bot
        Error reading kv/data/bots/release-bot: Error making API request.
        Code: 404. Errors:
        * no secret exists at kv/data/bots/release-bot?version=6
        """, gh=gh, nt=nt), [gh, nt])

    F = "vault_dyn"
    # 5 vault read database creds
    dpw = "A1a-" + C.rs(R, C.ALNUM, 16)
    user = "v-approle-readonly-%s-%d" % (C.rs(R, C.ALNUM, 20), R.randint(1715000000, 1716000000))
    c.pos(F, fill("""
        $ vault read database/creds/readonly
        Key                Value
        ---                -----
        lease_id           database/creds/readonly/{{lid}}
        lease_duration     1h
        lease_renewable    true
        password           {{pw}}
        username           {{user}}

        psql: error: connection to server at "10.20.4.11", port 5432 failed: FATAL:  password authentication failed for user "{{user}}"
        why does the generated user not work right away?
        """, lid=C.rs(R, C.ALNUM, 24), pw=dpw, user=user), [dpw])

    # 6 vault read aws creds json
    ak, sec = C.aws_akid(R), C.aws_secret(R)
    doc = {"request_id": C.uuid4(R), "lease_id": "aws/creds/deploy/" + C.rs(R, C.ALNUM, 24), "lease_duration": 900,
           "renewable": True, "data": {"access_key": ak, "secret_key": sec, "security_token": None}, "warnings": None}
    c.pos(F, "Getting InvalidClientTokenId from terraform right after this:\n\n$ vault read -format=json aws/creds/deploy\n"
          + json.dumps(doc, indent=2) + "\n\nis it the IAM eventual consistency thing?", [sec])

    # 7 vault login / token create
    tok = C.vault_token(R)
    c.pos(F, fill("""
        $ vault login -method=oidc role=engineer
        Complete the login via your OIDC provider. Launching browser to:

            https://login.microsoftonline.com/{{tenant}}/oauth2/v2.0/authorize?client_id=...

        Success! You are now authenticated. The token information displayed below
        is already stored in the token helper. You do NOT need to run "vault login"
        again. Future Vault requests will automatically use this token.

        Key                  Value
        ---                  -----
        token                {{tok}}
        token_accessor       {{acc}}
        token_duration       8h
        token_renewable      true
        token_policies       ["default" "engineer"]
        identity_policies    []
        policies             ["default" "engineer"]
        token_meta_role      engineer
        """, tenant=C.uuid4(R), tok=tok, acc=C.rs(R, C.ALNUM, 24)), [tok])

    tok = C.vault_token(R)
    doc = {"request_id": C.uuid4(R), "lease_id": "", "lease_duration": 0, "renewable": False, "data": None,
           "warnings": None, "auth": {"client_token": tok, "accessor": C.rs(R, C.ALNUM, 24),
                                      "policies": ["default", "ci-deploy"], "token_policies": ["default", "ci-deploy"],
                                      "metadata": None, "lease_duration": 2764800, "renewable": True,
                                      "entity_id": "", "token_type": "service", "orphan": False}}
    c.pos(F, "vault token create -policy=ci-deploy -format=json returns this, then the pipeline says permission denied:\n"
          + json.dumps(doc, indent=2), [tok])

    # 8 approle secret-id
    sid, rid = C.uuid4(R), C.uuid4(R)
    c.pos(F, fill("""
        Setting up AppRole for the nightly exporter. Steps I ran:

        $ vault read auth/approle/role/exporter/role-id
        Key        Value
        ---        -----
        role_id    {{rid}}

        $ vault write -f auth/approle/role/exporter/secret-id
        Key                   Value
        ---                   -----
        secret_id             {{sid}}
        secret_id_accessor    {{acc}}
        secret_id_num_uses    0
        secret_id_ttl         0s

        Then `vault write auth/approle/login role_id=... secret_id=...` says "invalid role or secret ID". Ideas?
        """, rid=rid, sid=sid, acc=C.uuid4(R)), [sid])

    F = "aws_sm"
    # 9 secretsmanager escaped json
    pw = C.pw_mixed(R, 24, punct="!#%^*-_+=.")
    ss = json.dumps({"username": "reporting", "password": pw, "engine": "postgres",
                     "host": "reporting.cluster-c8x2k1.eu-west-1.rds.amazonaws.com", "port": 5432, "dbname": "reporting"},
                    separators=(",", ":"))
    doc = {"ARN": "arn:aws:secretsmanager:eu-west-1:%d:secret:prod/reporting/db-%s" % (R.randint(10 ** 11, 10 ** 12 - 1), C.rs(R, C.ALNUM, 6)),
           "Name": "prod/reporting/db", "VersionId": C.uuid4(R), "SecretString": ss,
           "VersionStages": ["AWSCURRENT"], "CreatedDate": "2024-06-02T11:41:17.713000+02:00"}
    c.pos(F, "$ aws secretsmanager get-secret-value --secret-id prod/reporting/db\n" + json.dumps(doc, indent=4)
          + "\n\nHow do I parse SecretString in bash without python? jq -r .SecretString | jq .password ?", [pw])

    # 10 secretsmanager --query SecretString --output text
    oak, osec = "ak_" + C.rs(R, C.ALNUM, 20), C.rs(R, C.ALNUM + "_-", 48)
    c.pos(F, fill("""
        [deploy 14:02:11] fetching partner creds
        [deploy 14:02:11] aws secretsmanager get-secret-value --secret-id partners/onfleet --query SecretString --output text
        {"api_key":"{{a}}","api_secret":"{{b}}","base_url":"https://onfleet.com/api/v2"}
        [deploy 14:02:12] jq: error (at <stdin>:1): Cannot index string with "api_key"
        """, a=oak, b=osec), [oak, osec])

    # 11 ssm get-parameter
    sg = C.sendgrid(R)
    doc = {"Parameter": {"Name": "/shop/prod/SENDGRID_API_KEY", "Type": "SecureString", "Value": sg, "Version": 4,
                         "LastModifiedDate": "2024-03-19T08:14:55.021000+00:00",
                         "ARN": "arn:aws:ssm:us-east-1:%d:parameter/shop/prod/SENDGRID_API_KEY" % R.randint(10 ** 11, 10 ** 12 - 1),
                         "DataType": "text"}}
    c.pos(F, "aws ssm get-parameter --name /shop/prod/SENDGRID_API_KEY --with-decryption\n" + json.dumps(doc, indent=4)
          + "\nvs without --with-decryption I get the AQICAH... blob. Which one should the lambda env get?", [sg])

    # 12 ssm get-parameters-by-path table
    rpw, jw = C.pw_human(R), C.rs(R, C.ALNUM, 64)
    dd = C.datadog(R)
    rows = [("/api/prod/DATADOG_API_KEY", "SecureString", dd), ("/api/prod/JWT_SIGNING_SECRET", "SecureString", jw),
            ("/api/prod/LOG_LEVEL", "String", "info"), ("/api/prod/REDIS_PASSWORD", "SecureString", rpw)]
    a = max(len(r[0]) for r in rows)
    b = max(len(r[2]) for r in rows)
    tbl = ["-" * (a + b + 24), "|" + "GetParametersByPath".center(a + b + 22) + "|", "+" + "-" * (a + 2) + "+" + "-" * 16 + "+" + "-" * (b + 2) + "+"]
    tbl.append("|  %s|  %s|  %s|" % ("Name".ljust(a), "Type".ljust(14), "Value".ljust(b)))
    tbl.append(tbl[2])
    tbl += ["|  %s|  %s|  %s|" % (r[0].ljust(a), r[1].ljust(14), r[2].ljust(b)) for r in rows]
    tbl.append(tbl[2])
    c.pos(F, "$ aws ssm get-parameters-by-path --path /api/prod --with-decryption --query 'Parameters[].[Name,Type,Value]' --output table\n"
          + "\n".join(tbl) + "\n\ncan you turn this into a .env for local debugging?", [dd, jw, rpw])

    F = "gcp_azure"
    # 13 gcloud secrets access
    oa = C.openai_key(R)
    c.pos(F, fill("""
        Cloud Run revision fails health check, env var looks empty. Verified the secret:

        PS C:\\Users\\amir> gcloud secrets versions access latest --secret=openai-api-key --project=helpdesk-bot-prod
        {{k}}
        PS C:\\Users\\amir> gcloud run services describe helpdesk-bot --region=europe-west1 --format="value(spec.template.spec.containers[0].env)"
        {'name': 'OPENAI_API_KEY', 'valueFrom': {'secretKeyRef': {'key': '2', 'name': 'openai-api-key'}}}

        version 2 was disabled last week, is that it?
        """, k=oa), [oa])

    # 14 gcloud plain password
    gpw = C.pw_phrase(R, 4)
    c.pos(F, fill("""
        $ gcloud secrets versions list erp-db-password
        NAME  STATE     CREATED              DESTROYED
        3     enabled   2024-07-01T10:12:55  -
        2     disabled  2024-04-02T08:01:13  -
        $ gcloud secrets versions access 3 --secret=erp-db-password
        {{pw}}
        $ PGPASSWORD=$(gcloud secrets versions access 3 --secret=erp-db-password) psql -h 10.40.0.3 -U erp erp
        psql: error: FATAL:  password authentication failed for user "erp"
        """, pw=gpw), [gpw])

    # 15 az keyvault secret show json
    cs = C.azure_client_secret(R)
    doc = {"attributes": {"created": "2024-02-11T09:30:12+00:00", "enabled": True, "expires": "2025-02-11T09:29:55+00:00",
                          "notBefore": None, "recoverableDays": 90, "recoveryLevel": "Recoverable",
                          "updated": "2024-02-11T09:30:12+00:00"},
           "contentType": "client secret for sp-intranet-sync", "id": "https://kv-intranet-prd.vault.azure.net/secrets/graph-client-secret/" + C.hex_n(R, 32),
           "kid": None, "managed": None, "name": "graph-client-secret", "tags": {"owner": "identity-team"}, "value": cs}
    c.pos(F, "az keyvault secret show --vault-name kv-intranet-prd --name graph-client-secret\n" + json.dumps(doc, indent=2)
          + "\n\nAADSTS7000215: Invalid client secret provided. The value above is what the function app references. expired?", [cs])

    # 16 az keyvault show -o tsv connection string
    sk_ = C.azure_storage_key(R)
    c.pos(F, fill("""
        $ az keyvault secret show --vault-name kv-media-weu --name blob-conn --query value -o tsv
        DefaultEndpointsProtocol=https;AccountName=stmediaweu01;AccountKey={{k}};EndpointSuffix=core.windows.net
        $ az storage container list --connection-string "$(az keyvault secret show --vault-name kv-media-weu --name blob-conn --query value -o tsv)"
        The request is not authorized to perform this operation.
        """, k=sk_), [sk_])

    F = "doppler_infisical"
    # 17 doppler download json
    db_pw = C.pw_mixed(R, 20, punct="-_.~")
    st = C.stripe(R, "rk_live_")
    pg = C.glpat(R)
    doc = {"DATABASE_URL": "postgres://app:%s@db.internal:5432/shop" % db_pw, "DOPPLER_CONFIG": "prd",
           "DOPPLER_ENVIRONMENT": "prd", "DOPPLER_PROJECT": "shop-api", "GITLAB_TOKEN": pg, "STRIPE_RESTRICTED_KEY": st}
    c.pos(F, "$ doppler secrets download --no-file --format json -p shop-api -c prd\n" + json.dumps(doc, indent=2)
          + "\n\nneed this as docker --env-file format, can you convert?", [db_pw, st, pg])

    # 18 doppler table
    tw, tsid = C.hex_n(R, 32), C.twilio_sid(R)
    lin = C.linear(R)
    c.pos(F, "doppler secrets -p notify -c stg\n" + box([("DOPPLER_CONFIG", "stg"), ("DOPPLER_ENVIRONMENT", "stg"),
                                                          ("DOPPLER_PROJECT", "notify"), ("LINEAR_API_KEY", lin),
                                                          ("TWILIO_ACCOUNT_SID", tsid), ("TWILIO_AUTH_TOKEN", tw)])
          + "\nwhy does `doppler run -- node index.js` not see TWILIO_AUTH_TOKEN?", [lin, tw])

    # 19 infisical export
    mg, ses = C.mailgun(R), C.rs(R, C.B64, 44)
    rp = C.pw_mixed(R, 16)
    c.pos(F, fill("""
        infisical export --env=prod --path=/backend > .env.prod && cat .env.prod
        MAILGUN_API_KEY='{{mg}}'
        MAILGUN_DOMAIN='mg.tickets-app.io'
        REDIS_URL='redis://default:{{rp}}@redis-prod:6379/0'
        SESSION_SECRET='{{ses}}'

        the quotes end up inside the values in docker compose, how do I export without quotes?
        """, mg=mg, rp=rp, ses=ses), [mg, rp, ses])

    # 20 infisical secrets table
    ant = C.anthropic_key(R)
    c.pos(F, "$ infisical secrets --env=dev\n" + box([("ANTHROPIC_API_KEY", ant), ("MODEL", "claude-3-5-sonnet"), ("PORT", "8080")],
                                                      ("SECRET NAME", "SECRET VALUE"))
          + "\n\nwhy is the dev env using a production-looking key?", [ant])

    # 21 chamber
    dg, kp = C.datadog(R, 40), C.pw_mixed(R, 22)
    c.pos(F, fill("""
        $ chamber export payments-worker --format json
        {"datadog_app_key":"{{dg}}","kafka_sasl_password":"{{kp}}","kafka_sasl_username":"payments-worker"}
        $ chamber exec payments-worker -- ./worker
        2024/05/07 10:21:03 kafka: SASL authentication failed: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512
        """, dg=dg, kp=kp), [dg, kp])

    F = "op_bw"
    # 22 op item get text
    opw = C.pw_mixed(R, 24, punct="!#%^*-_+=.?~")
    c.pos(F, fill("""
        $ op item get "Prod Postgres" --vault Infra
        ID:          {{id}}
        Title:       Prod Postgres
        Vault:       Infra ({{vid}})
        Created:     8 months ago
        Updated:     2 weeks ago by Dana Whitfield
        Favorite:    false
        Version:     6
        Category:    DATABASE
        Fields:
          type:        postgresql
          server:      pg-prod-01.internal
          port:        5432
          database:    ledger
          username:    ledger_owner
          password:    {{pw}}

        I need the connection URI for prisma, what's the exact format with special chars?
        """, id=C.rs(R, C.LOWER + C.DIGITS, 26), vid=C.rs(R, C.LOWER + C.DIGITS, 26), pw=opw), [opw])

    # 23 op read
    se = "sntryu_" + C.hex_n(R, 64)
    c.pos(F, fill("""
        Makefile target that uploads sourcemaps:

        release:
        	SENTRY_AUTH_TOKEN=$$(op read "op://Engineering/Sentry CI/credential") sentry-cli releases files $(VERSION) upload-sourcemaps ./dist

        when I run `op read "op://Engineering/Sentry CI/credential"` by hand I get
        {{se}}
        but inside make it's empty. Is $$ right?
        """, se=se), [se])

    # 24 op item get --format json
    okey = C.rs(R, C.ALNUM, 32)
    osecret = C.rs(R, C.ALNUM + "+/", 40)
    doc = {"id": C.rs(R, C.LOWER + C.DIGITS, 26), "title": "Binance read-only", "version": 2,
           "vault": {"id": C.rs(R, C.LOWER + C.DIGITS, 26), "name": "Trading"}, "category": "API_CREDENTIAL",
           "fields": [{"id": "username", "type": "STRING", "label": "username", "value": "quant-bot"},
                      {"id": "credential", "type": "CONCEALED", "label": "credential", "value": okey},
                      {"id": "kd7x", "type": "CONCEALED", "label": "secret", "value": osecret},
                      {"id": "notesPlain", "type": "STRING", "purpose": "NOTES", "label": "notesPlain", "value": "IP-restricted"}]}
    c.pos(F, "op item get 'Binance read-only' --format json | jq '.fields'\n" + json.dumps(doc, indent=2), [okey, osecret])

    # 25 bw get item
    bpw = C.pw_human(R)
    totp = C.rs(R, C.B32, 32)
    doc = {"object": "item", "id": C.uuid4(R), "organizationId": None, "folderId": None, "type": 1, "reprompt": 0,
           "name": "registrar (namecheap)", "notes": None, "favorite": False,
           "login": {"uris": [{"match": None, "uri": "https://www.namecheap.com"}], "username": "hostmaster",
                     "password": bpw, "totp": "otpauth://totp/Namecheap:hostmaster?secret=%s&issuer=Namecheap" % totp,
                     "passwordRevisionDate": None}, "collectionIds": [], "revisionDate": "2024-04-30T19:12:44.210Z"}
    c.pos(F, "bw get item 'registrar (namecheap)' --pretty\n" + json.dumps(doc, indent=2)
          + "\nI want a script that fills these into a new vault, help", [bpw, totp])

    # 26 bw get password + pass show
    bpw2 = C.pw_mixed(R, 16)
    c.pos(F, fill("""
        $ export BW_SESSION=$(bw unlock --raw)
        $ bw get password smtp-relay
        {{pw}}
        $ swaks --to ops@example.org --server smtp-relay.internal:587 --auth-user relay --auth-password "$(bw get password smtp-relay)" --tls
        *** No authentication type succeeded
        """, pw=bpw2), [bpw2])

    ppw = C.pw_phrase(R, 3)
    c.pos(F, fill("""
        $ pass show infra/idrac/r740-03
        {{pw}}
        user: root
        url: https://idrac-r740-03.mgmt
        note: changed after the firmware update

        $ gopass show -o infra/idrac/r740-03 | xclip   # this one works
        """, pw=ppw), [ppw])

    F = "sops_k8s"
    # 27 sops decrypted
    a1, a2 = C.pw_mixed(R, 20), C.hex_n(R, 64)
    sl = C.slack_webhook(R)
    _, agepub = C.age_keypair(R)
    c.pos(F, fill("""
        $ sops -d deploy/secrets.prod.yaml
        grafana:
            admin_password: {{a1}}
        alertmanager:
            slack_api_url: {{sl}}
        app:
            cookie_hash_key: {{a2}}
        sops:
            age:
                - recipient: {{ap}}
                  enc: |
                    -----BEGIN AGE ENCRYPTED FILE-----
                    YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBs...
                    -----END AGE ENCRYPTED FILE-----
            lastmodified: "2024-05-02T08:12:41Z"
            version: 3.8.1

        helm secrets upgrade complains "MAC mismatch" after I edited it by hand, why?
        """, a1=a1, a2=a2, sl=sl, ap=agepub), [a1, sl, a2])

    # 28 kubectl jsonpath base64 (not decoded)
    raw = C.pw_mixed(R, 18, punct="-_.")
    enc = C.b64(raw.encode())
    c.pos(F, fill("""
        $ kubectl -n payments get secret pg-app -o jsonpath='{.data.password}'
        {{enc}}
        $ kubectl -n payments get secret pg-app -o jsonpath='{.data.username}'
        cGF5bWVudHM=

        pasted that into DBeaver and it doesn't log in
        """, enc=enc), [enc])

    # 29 kubectl decoded
    hv = C.vault_token(R, "hvs.")
    rawp = C.pw_phrase(R, 3)
    c.pos(F, fill("""
        $ kubectl get secret vault-agent-token -n ops -o jsonpath='{.data.token}' | base64 -d; echo
        {{hv}}
        $ kubectl get secret rabbitmq-default-user -n ops -o go-template='{{.data.password | base64decode}}'
        {{rp}}
        """, hv=hv, rp=rawp), [hv, rawp])

    F = "pam"
    # 30 conjur
    cpw = C.pw_mixed(R, 20)
    capi = C.rs(R, "0123456789abcdefghjkmnpqrstvwxyz", 53)
    c.pos(F, fill("""
        $ conjur variable get -i prod/payments/mssql/password
        {{pw}}
        $ conjur host rotate-api-key -i host/payments/batch-runner
        {{api}}

        after rotating, the batch runner gets 401 from /authn/acme/host%2Fpayments%2Fbatch-runner/authenticate
        """, pw=cpw, api=capi), [cpw, capi])

    # 31 CyberArk CCP
    kpw = C.pw_mixed(R, 16, punct="!#%^*-_+=")
    doc = {"Content": kpw, "CreationMethod": "PVWA", "Address": "sqlprd04.corp.local", "Safe": "APP-FIN-PRD",
           "UserName": "svc_finrpt", "Name": "Database-MSSQL-sqlprd04-svc_finrpt", "PolicyID": "MSSQL",
           "DeviceType": "Database", "PasswordChangeInProcess": "False"}
    c.pos(F, "GET https://ccp.corp.local/AIMWebService/api/Accounts?AppID=FinReports&Safe=APP-FIN-PRD&Object=Database-MSSQL-sqlprd04-svc_finrpt\n"
          "HTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\n\n" + json.dumps(doc, indent=2)
          + "\n\nThe connection pool still uses the cached value after CPM rotated it; what TTL should we set?", [kpw])

    # 32 CyberArk CLI SDK
    kpw2 = C.pw_mixed(R, 14)
    c.pos(F, fill("""
        C:\\Program Files (x86)\\CyberArk\\ApplicationPasswordSdk>CLIPasswordSDK.exe GetPassword /p AppDescs.AppID=ETL_Nightly /p Query="Safe=ETL;Folder=Root;Object=Oracle-ORAPRD-etl_user" /o Password,PassProps.UserName
        {{pw}},etl_user

        the scheduled task runs this as SYSTEM and gets APPAP282E, but manually it works (above)
        """, pw=kpw2), [kpw2])

    # 33 akeyless
    ak_pw = C.pw_mixed(R, 18)
    c.pos(F, fill("""
        akeyless get-secret-value --name /prod/redis/password
        {{pw}}
        akeyless get-secret-value --name /prod/redis/host
        redis-prod.cache.internal
        # redis-cli -h redis-prod.cache.internal -a "$(akeyless get-secret-value --name /prod/redis/password)" ping
        # (error) WRONGPASS invalid username-password pair or user is disabled.
        """, pw=ak_pw), [ak_pw])

    # 34 railway style table
    rpw2 = C.pw_mixed(R, 32, punct="_-")
    cl = "sk_live_" + C.rs(R, C.ALNUM, 48)
    c.pos(F, fill("""
        $ railway variables
        ╔════════════════════════ Variables for web ═════════════════════════╗
        ║ CLERK_SECRET_KEY  │ {{cl}} ║
        ║ DATABASE_URL      │ postgresql://postgres:{{pw}}@postgres.railway.internal:5432/railway ║
        ║ NODE_ENV          │ production ║
        ╚════════════════════════════════════════════════════════════════════╝
        """, cl=cl, pw=rpw2), [cl, rpw2])

    # ---------------- negatives
    F = "neg"
    c.neg(F, fill("""
        $ cat deploy/secrets.prod.yaml
        grafana:
            admin_password: ENC[AES256_GCM,data:{{d1}},iv:{{iv1}},tag:{{t1}},type:str]
        app:
            cookie_hash_key: ENC[AES256_GCM,data:{{d2}},iv:{{iv2}},tag:{{t2}},type:str]
        sops:
            age:
                - recipient: {{ap}}
            lastmodified: "2024-05-02T08:12:41Z"
            mac: ENC[AES256_GCM,data:{{d3}},iv:{{iv3}},tag:{{t3}},type:str]
            unencrypted_suffix: _unencrypted
            version: 3.8.1

        Is it safe to commit this file as is? The values are all ENC[...] blocks.
        """, d1=C.b64(C.rbytes(R, 15)), iv1=C.b64(C.rbytes(R, 32)), t1=C.b64(C.rbytes(R, 16)),
        d2=C.b64(C.rbytes(R, 48)), iv2=C.b64(C.rbytes(R, 32)), t2=C.b64(C.rbytes(R, 16)),
        d3=C.b64(C.rbytes(R, 96)), iv3=C.b64(C.rbytes(R, 32)), t3=C.b64(C.rbytes(R, 16)), ap=C.age_keypair(R)[1]))

    c.neg(F, fill("""
        $ vault kv metadata get -mount=secret payments/stripe
        ======= Metadata Path =======
        secret/metadata/payments/stripe

        ========== Metadata ==========
        Key                     Value
        ---                     -----
        cas_required            false
        created_time            2023-11-02T10:44:19.110342Z
        current_version         7
        custom_metadata         map[owner:payments rotation:quarterly]
        delete_version_after    0s
        max_versions            10
        oldest_version          1
        updated_time            2024-05-14T09:12:44.518243Z

        ====== Version 7 ======
        Key              Value
        ---              -----
        created_time     2024-05-14T09:12:44.518243Z
        deletion_time    n/a
        destroyed        false
        """))

    c.neg(F, fill("""
        $ vault status
        Key                     Value
        ---                     -----
        Seal Type               shamir
        Initialized             true
        Sealed                  false
        Total Shares            5
        Threshold               3
        Version                 1.15.6
        Build Date              2024-02-28T17:07:34Z
        Storage Type            raft
        Cluster Name            vault-cluster-{{cn}}
        Cluster ID              {{cid}}
        HA Enabled              true
        HA Cluster              https://vault-1.vault-internal:8201
        HA Mode                 active
        Active Since            2024-06-01T03:12:09.381244Z
        Raft Committed Index    918221
        Raft Applied Index      918221
        """, cn=C.hex_n(R, 8), cid=C.uuid4(R)))

    items = [{"attributes": {"created": "2024-0%d-1%dT09:30:12+00:00" % (i + 1, i), "enabled": True, "expires": None,
                             "notBefore": None, "recoveryLevel": "Recoverable+Purgeable", "updated": "2024-0%d-1%dT09:30:12+00:00" % (i + 1, i)},
              "contentType": ct, "id": "https://kv-intranet-prd.vault.azure.net/secrets/" + n, "managed": None, "name": n, "tags": {}}
             for i, (n, ct) in enumerate([("graph-client-secret", "client secret"), ("sql-admin-password", None), ("storage-conn", "connection string")])]
    c.neg(F, "az keyvault secret list --vault-name kv-intranet-prd  (values are not listed, only ids)\n" + json.dumps(items, indent=2))

    acct = R.randint(10 ** 11, 10 ** 12 - 1)
    doc = {"ARN": "arn:aws:secretsmanager:eu-west-1:%d:secret:prod/reporting/db-%s" % (acct, C.rs(R, C.ALNUM, 6)),
           "Name": "prod/reporting/db", "Description": "reporting RDS master credentials",
           "KmsKeyId": "arn:aws:kms:eu-west-1:%d:key/%s" % (acct, C.uuid4(R)),
           "RotationEnabled": True, "RotationLambdaARN": "arn:aws:lambda:eu-west-1:%d:function:SecretsManagerRDSPostgreSQLRotationSingleUser" % acct,
           "RotationRules": {"AutomaticallyAfterDays": 30}, "LastRotatedDate": "2024-06-02T11:41:17.713000+02:00",
           "VersionIdsToStages": {C.uuid4(R): ["AWSPREVIOUS"], C.uuid4(R): ["AWSCURRENT"]}}
    c.neg(F, "$ aws secretsmanager describe-secret --secret-id prod/reporting/db\n" + json.dumps(doc, indent=4)
          + "\nRotation ran but the app kept the old connection. Which stage label should the app read?")

    rows = ["NAME                  DIGEST            CREATED AT"]
    for n in ["DATABASE_URL", "REDIS_URL", "SECRET_KEY_BASE", "STRIPE_API_KEY"]:
        rows.append("%s%s%s" % (n.ljust(22), C.hex_n(R, 16).ljust(18), "%dd%dh ago" % (R.randint(1, 40), R.randint(1, 23))))
    c.neg(F, "$ fly secrets list -a shop-web\n" + "\n".join(rows) + "\n\nfly only shows digests. How do I check the value actually changed after `fly secrets set`?")

    c.neg(F, fill("""
        $ op item list --vault Infra --categories Database,Server
        ID                            TITLE                 VAULT            EDITED
        {{a}}    Prod Postgres         Infra            2 weeks ago
        {{b}}    Staging Postgres      Infra            3 months ago
        {{c}}    bastion-eu-1          Infra            1 year ago
        $ doppler secrets --only-names -p shop-api -c prd
        ┌───────────────────────┐
        │ NAME                  │
        ├───────────────────────┤
        │ DATABASE_URL          │
        │ GITLAB_TOKEN          │
        │ STRIPE_RESTRICTED_KEY │
        └───────────────────────┘
        """, a=C.rs(R, C.LOWER + C.DIGITS, 26), b=C.rs(R, C.LOWER + C.DIGITS, 26), c=C.rs(R, C.LOWER + C.DIGITS, 26)))

    c.neg(F, fill("""
        $ kubectl -n payments get secret
        NAME                  TYPE                                  DATA   AGE
        pg-app                Opaque                                2      41d
        regcred               kubernetes.io/dockerconfigjson        1      212d
        sh.helm.release.v1.payments.v14   helm.sh/release.v1        1      3d
        $ kubectl -n payments describe secret pg-app
        Name:         pg-app
        Namespace:    payments
        Labels:       app.kubernetes.io/managed-by=external-secrets
        Annotations:  reconcile.external-secrets.io/data-hash: {{h}}

        Type:  Opaque

        Data
        ====
        password:  24 bytes
        username:  8 bytes
        """, h=C.hex_n(R, 32)))

    c.neg(F, fill("""
        # vault policy read ci-deploy
        path "secret/data/ci/*" {
          capabilities = ["read", "list"]
        }
        path "aws/creds/deploy" {
          capabilities = ["read"]
        }
        path "auth/token/renew-self" {
          capabilities = ["update"]
        }

        Question: with this policy can the CI job run `vault kv get -field=token secret/ci/sonarqube`,
        or does kv v2 also need the metadata/ path for -field?
        """))
    return c.items
