"""Group log_lake: exported logs from cloud log stores, data platforms, servers."""
import json
import random

import common_pii as P
from common import Collector, Gen

SEED = 220404
G = "log_lake"


def J(o, indent=None):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def ip(rng):
    while True:
        a = rng.choice([31, 46, 62, 77, 81, 88, 91, 109, 151, 176, 185, 188, 212, 217])
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    c = Collector(G)

    # 1 CloudWatch Logs export (get-log-events) with nested JSON message carrying a bearer JWT
    jwt = g.jwt({"sub": g.uuid(), "scope": "orders:write", "iss": "https://auth.acme.example/", "exp": 1767225600}, "RS256")
    msg = J({"level": "warn", "msg": "upstream 401", "req": {"method": "POST", "path": "/v1/orders", "headers": {"authorization": "Bearer " + jwt, "x-request-id": g.uuid()}}})
    ev = {"events": [{"timestamp": 1739951101123, "message": "START RequestId: %s Version: $LATEST" % g.uuid(), "ingestionTime": 1739951101200},
                     {"timestamp": 1739951101456, "message": msg, "ingestionTime": 1739951101511}],
          "nextForwardToken": "f/" + g.digits(56)}
    c.pos("cloudwatch_export", "$ aws logs get-log-events --log-group-name /aws/lambda/orders-api --log-stream-name '2025/02/19/[$LATEST]%s'\n" % g.hex(32) + J(ev, 1), [jwt])

    # 2 CloudWatch Logs Insights CSV
    pw = g.url_safe_pw()
    csv = ("@timestamp,@logStream,@message\n2025-01-07 04:11:02.118,ecs/worker/%s,\"Connecting to amqps://jobs:%s@b-1a2b.mq.eu-west-1.amazonaws.com:5671\"\n"
           "2025-01-07 04:11:02.301,ecs/worker/%s,\"channel opened\"\n2025-01-07 04:11:07.944,ecs/worker/%s,\"consumer started, prefetch=20\"" % (g.hex(32), pw, g.hex(32), g.hex(32)))
    c.pos("cloudwatch_insights_csv", csv, [pw])

    # 3 GCP Cloud Logging entry with Stripe key in textPayload
    sk = g.stripe("sk_live_")
    ent = {"insertId": g.s("abcdefghijklmnopqrstuvwxyz0123456789", 14), "textPayload": "stripe.error.AuthenticationError: Invalid API Key provided: %s" % sk,
           "resource": {"type": "cloud_run_revision", "labels": {"service_name": "checkout", "revision_name": "checkout-00042-xiz", "location": "europe-west1"}},
           "timestamp": "2025-03-11T12:00:04.551Z", "severity": "ERROR", "logName": "projects/acme-shop/logs/run.googleapis.com%2Fstderr"}
    c.pos("gcp_logging", J(ent, 2), [sk])

    # 4 GCP audit log with principal email and caller IP
    nm = P.name(rng, "en_US")
    em = P.email(rng, nm, ["acme-corp.com"])
    cip = ip(rng)
    au = {"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "authenticationInfo": {"principalEmail": em},
                           "requestMetadata": {"callerIp": cip, "callerSuppliedUserAgent": "google-cloud-sdk gcloud/468.0.0"},
                           "serviceName": "iam.googleapis.com", "methodName": "google.iam.admin.v1.CreateServiceAccountKey",
                           "resourceName": "projects/-/serviceAccounts/etl@acme-data.iam.gserviceaccount.com"},
          "severity": "NOTICE", "timestamp": "2025-04-02T17:44:09.001Z"}
    c.pos("gcp_audit", "$ gcloud logging read 'protoPayload.methodName=~\"CreateServiceAccountKey\"' --limit 1 --format=json\n" + J(au), [em, cip])

    # 5 Azure Monitor KQL result with SAS URL
    sig = g.azure_sas_sig()
    from urllib.parse import quote
    qs = quote(sig, safe="")
    kql = ("AppTraces\n| where TimeGenerated > ago(1h) and Message has \"blob\"\n| project TimeGenerated, Message\n\n"
           "TimeGenerated [UTC]        | Message\n2025-02-03 09:12:44.120 | Uploading export to https://stexports01.blob.core.windows.net/exports/daily.csv?sv=2022-11-02&ss=b&srt=o&sp=rwc&se=2025-12-31T23:59:59Z&spr=https&sig=%s\n"
           "2025-02-03 09:12:46.981 | Upload complete (3.2 MB)" % qs)
    c.pos("azure_kql", kql, [qs])

    # 6 Azure sign-in log with UPN and IP
    nm = P.name(rng, "de")
    upn = P.email(rng, nm, ["contoso-gmbh.de"])
    sip = ip(rng)
    sl = {"time": "2025-05-14T06:02:11.0000000Z", "operationName": "Sign-in activity", "category": "SignInLogs", "resultType": "50126",
          "properties": {"userPrincipalName": upn, "userDisplayName": nm, "ipAddress": sip, "appDisplayName": "Azure Portal",
                         "status": {"errorCode": 50126, "failureReason": "Invalid username or password."}, "location": {"city": "Köln", "countryOrRegion": "DE"}}}
    c.pos("azure_signin", J(sl, 2), [upn, nm, sip])

    # 7 Datadog log export CSV with api_key in URL
    mk = g.mailchimp()
    dd = ("Date,Host,Service,Message,@http.url\n2025-03-01T10:00:01Z,i-0a1b2c3d,newsletter,\"GET 401\",https://us12.api.mailchimp.com/3.0/lists?apikey=%s&count=50\n"
          "2025-03-01T10:00:03Z,i-0a1b2c3d,newsletter,\"retry 1/3\",-" % mk)
    c.pos("datadog_export", dd, [mk])

    # 8 Splunk table output with key=value raw
    spw = g.password().replace('"', "")
    sp = ("index=app sourcetype=legacy:billing \"login\" | table _time host _raw\n\n_time                    host        _raw\n"
          "2025-02-18 22:01:03.331  bill-app-02 2025-02-18T22:01:03Z action=login user=\"svc_billing\" password=\"%s\" result=failure\n"
          "2025-02-18 22:01:05.118  bill-app-02 2025-02-18T22:01:05Z action=login user=\"svc_billing\" result=locked" % spw)
    c.pos("splunk_search", sp, [spw])

    # 9 Splunk HEC client debug with token header
    hec = g.uuid()
    hc = ("DEBUG [hec-sender] POST https://http-inputs-acme.splunkcloud.com:443/services/collector/event\nDEBUG [hec-sender] headers={'Authorization': 'Splunk %s', 'Content-Type': 'application/json'}\n"
          "DEBUG [hec-sender] response 200 {\"text\":\"Success\",\"code\":0}" % hec)
    c.pos("splunk_hec", hc, [hec])

    # 10 Spark driver log with s3a keys
    kid, sec = g.aws_key_id(), g.aws_secret()
    sd = ("25/03/04 02:11:09 INFO SparkContext: Running Spark version 3.5.1\n25/03/04 02:11:09 INFO SparkContext: Spark configuration:\n"
          "spark.app.name=nightly-sessionize\nspark.executor.memory=8g\nspark.hadoop.fs.s3a.access.key=%s\nspark.hadoop.fs.s3a.secret.key=%s\n"
          "spark.sql.shuffle.partitions=400\n25/03/04 02:11:10 INFO ResourceUtils: ==============================================================" % (kid, sec))
    c.pos("spark_driver", sd, [kid, sec])

    # 11 Spark event log JSON with ADLS account key
    ak = g.azure_storage_key()
    el = J({"Event": "SparkListenerEnvironmentUpdate", "JVM Information": {"Java Version": "17.0.10 (Azul Systems, Inc.)"},
            "Spark Properties": {"spark.master": "yarn", "spark.hadoop.fs.azure.account.key.lakeprod01.dfs.core.windows.net": ak, "spark.app.id": "application_1709_0042"}})
    c.pos("spark_eventlog", '{"Event":"SparkListenerLogStart","Spark Version":"3.4.2"}\n' + el, [ak])

    # 12 Airflow task log with conn uri and env dump
    apw = g.url_safe_pw()
    sf = g.password().replace(" ", "")
    af = ("[2025-04-20, 03:00:11 UTC] {taskinstance.py:2076} INFO - Starting attempt 1 of 3\n"
          "[2025-04-20, 03:00:12 UTC] {base.py:84} INFO - Retrieving connection 'warehouse_pg'\n"
          "[2025-04-20, 03:00:12 UTC] {sql.py:470} DEBUG - conn_uri=postgresql://loader:%s@pg-wh.data:5432/dwh?sslmode=require\n"
          "[2025-04-20, 03:00:13 UTC] {subprocess.py:93} INFO - SNOWFLAKE_PASSWORD=%s\n"
          "[2025-04-20, 03:00:41 UTC] {taskinstance.py:1138} INFO - Marking task as SUCCESS." % (apw, sf))
    c.pos("airflow_task", af, [apw, sf])

    # 13 dbt debug output printing a profile
    dpw = g.password()
    db = ("15:02:11  Running with dbt=1.8.2\n15:02:11  dbt version: 1.8.2\n15:02:11  Configuration:\n15:02:11    profiles.yml file [OK found and valid]\n"
          "15:02:11  Connection:\n15:02:11    account: xy12345.eu-central-1\n15:02:11    user: DBT_PROD\n15:02:11    password: %s\n15:02:11    database: ANALYTICS\n"
          "15:02:11    warehouse: TRANSFORM_WH\n15:02:12    Connection test: [OK connection ok]" % dpw)
    c.pos("dbt_debug", db, [dpw])

    # 14 Kubernetes container log: docker json-file with JSON-in-JSON
    rpw = g.url_safe_pw()
    inner = J({"level": "info", "ts": 1740000000.123, "msg": "cache configured", "redis": "redis://default:%s@redis-prod.cache.svc:6379/2" % rpw})
    kl = (J({"log": inner + "\n", "stream": "stdout", "time": "2025-02-19T21:20:00.123456789Z"}) + "\n" +
          J({"log": J({"level": "info", "msg": "listening", "port": 8080}) + "\n", "stream": "stdout", "time": "2025-02-19T21:20:00.200000000Z"}))
    c.pos("k8s_container_json", "/var/log/containers/cart-7d9f8-x2k_shop_cart-%s.log\n" % g.hex(12) + kl, [rpw])

    # 15 Fluent Bit record with New Relic key in header dump
    nr = g.newrelic_ingest()
    fb = ("[0] kube.var.log.containers.api-gw: [[1740123456.000000000, {}], {\"log\"=>\"proxying request headers={X-License-Key: %s, Accept: */*}\", "
          "\"kubernetes\"=>{\"pod_name\"=>\"api-gw-5c7b\", \"namespace_name\"=>\"edge\", \"container_name\"=>\"envoy\"}}]\n"
          "[1] kube.var.log.containers.api-gw: [[1740123456.100000000, {}], {\"log\"=>\"upstream ok 204\"}]" % nr)
    c.pos("fluentbit_stdout", fb, [nr])

    # 16 RFC 5424 syslog with structured data
    spw2 = g.symbol_pw().replace('"', "").replace("]", "").replace("\\", "")
    sy = ('<165>1 2025-03-05T22:14:15.003Z vpn-gw-01 ocserv 2211 AUTH [auth@32473 user="contractor17" password="%s" method="plain"] login failed\n'
          '<165>1 2025-03-05T22:14:19.210Z vpn-gw-01 ocserv 2211 AUTH [auth@32473 user="contractor17" method="plain"] account locked' % spw2)
    c.pos("syslog_5424", sy, [spw2])

    # 17 syslog 5424 with Vault token SD param
    vt = g.vault()
    sy = ('<14>1 2025-06-01T08:00:00.000+02:00 nomad-client-7 nomad - - [meta@47450 job="payments" alloc="%s" vault_token="%s"] template rendered\n'
          '<14>1 2025-06-01T08:00:01.000+02:00 nomad-client-7 nomad - - - task started' % (g.uuid(), vt))
    c.pos("syslog_5424", sy, [vt])

    # 18 Java exception with Hikari JDBC URL containing password
    jpw = g.url_safe_pw()
    je = ("2025-02-27 10:44:01.552 ERROR 1 --- [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception during pool initialization.\n"
          "org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"inventory\"\n"
          "\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\n"
          "\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)\n"
          "2025-02-27 10:44:01.553 DEBUG 1 --- [main] com.zaxxer.hikari.HikariConfig : jdbcUrl.........................jdbc:postgresql://pg-inv:5432/inventory?user=inventory&password=%s\n"
          "2025-02-27 10:44:01.553 DEBUG 1 --- [main] com.zaxxer.hikari.HikariConfig : maximumPoolSize.................10" % jpw)
    c.pos("java_exception", je, [jpw])

    # 19 Spring Boot binding failure listing property values
    mpw = g.password()
    sb = ("***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\n"
          "Failed to bind properties under 'spring.mail' to org.springframework.boot.autoconfigure.mail.MailProperties:\n\n"
          "    Property: spring.mail.port\n    Value: \"58 7\"\n    Origin: System Environment Property \"SPRING_MAIL_PORT\"\n\n"
          "Property sources:\n    spring.mail.username=alerts-mailer\n    spring.mail.password=%s\n\nAction:\n\nUpdate your application's configuration" % mpw)
    c.pos("java_exception", sb, [mpw])

    # 20 Nginx error log with credentials in upstream URL and client IP
    npw = g.url_safe_pw()
    cip = ip(rng)
    ng = ('2025/03/09 18:22:47 [error] 3112#3112: *918271 upstream timed out (110: Connection timed out) while reading response header from upstream, '
          'client: %s, server: api.acme.example, request: "GET /v2/reports HTTP/2.0", upstream: "http://reports:%s@10.12.4.19:8080/v2/reports", host: "api.acme.example"\n'
          '2025/03/09 18:22:48 [warn] 3112#3112: *918275 an upstream response is buffered to a temporary file' % (cip, npw))
    c.pos("nginx_error", ng, [cip, npw])

    # 21 Nginx access log with access_token in query
    fbt = g.facebook()
    cip2 = ip(rng)
    na = ('%s - - [09/Mar/2025:18:30:01 +0000] "GET /graph/me?fields=id,name&access_token=%s HTTP/1.1" 200 512 "-" "okhttp/4.12.0"\n'
          '%s - - [09/Mar/2025:18:30:02 +0000] "GET /static/app.css HTTP/1.1" 304 0 "-" "okhttp/4.12.0"' % (cip2, fbt, cip2))
    c.pos("nginx_access", na, [cip2, fbt])

    # 22 Postgres log with PII literals
    nm = P.name(rng, "fr")
    em = P.email(rng, nm)
    nir = P.fr_nir(rng)
    pl = ("2025-01-30 14:02:11.118 CET [41233] LOG:  duration: 2311.442 ms  statement: UPDATE clients SET email = '%s', nir = '%s', updated_at = now() WHERE nom_complet = '%s'\n"
          "2025-01-30 14:02:11.120 CET [41233] LOG:  duration: 0.210 ms  statement: COMMIT" % (em, nir, nm.replace("'", "''")))
    c.pos("postgres_log", pl, [em, nir, nm])

    # 23 MySQL slow log with a card insert
    cd = P.card(rng, "visa")
    nm = P.name(rng, "en_GB")
    ms = ("# Time: 2025-02-11T03:14:22.018211Z\n# User@Host: shop[shop] @  [10.3.1.44]  Id: 88121\n# Query_time: 4.118211  Lock_time: 0.000112 Rows_sent: 0  Rows_examined: 1\n"
          "SET timestamp=1739243662;\nINSERT INTO payments (order_id, card_number, cvv, holder_name) VALUES (771204, '%s', '%03d', '%s');" % (cd, rng.randint(100, 999), nm))
    c.pos("mysql_slow", ms, [cd, nm])

    # 24 Postgres DDL statement log with ALTER ROLE password
    rpw2 = g.password().replace("'", "")
    pd = ("2025-05-02 09:00:03.441 UTC [7781] postgres@app LOG:  statement: ALTER ROLE reporting WITH LOGIN PASSWORD '%s' VALID UNTIL '2026-01-01';\n"
          "2025-05-02 09:00:03.442 UTC [7781] postgres@app LOG:  duration: 1.003 ms" % rpw2)
    c.pos("postgres_log", pd, [rpw2])

    # 25 SaaS audit log CSV with emails, IPs, phone
    rows = ["timestamp,actor,actor_ip,action,target,details"]
    secrets = []
    for i in range(3):
        nm = P.name(rng, rng.choice(["en_US", "es", "it"]))
        em = P.email(rng, nm)
        aip = ip(rng)
        secrets += [em, aip]
        if i == 1:
            ph = P.phone(rng, "IT")
            secrets.append(ph)
            rows.append("2025-03-1%dT08:0%d:11Z,%s,%s,user.mfa.update,self,\"sms number changed to %s\"" % (i, i, em, aip, ph))
        else:
            rows.append("2025-03-1%dT08:0%d:11Z,%s,%s,user.login,self,\"mfa=totp\"" % (i, i, em, aip))
    c.pos("audit_csv", "\n".join(rows), secrets)

    # 26 Admin console audit JSON lines with a customer's card and name
    nm = P.name(rng, "pt_BR")
    cd = P.card(rng, "mastercard")
    cpf = P.br_cpf(rng)
    jl = (J({"ts": "2025-04-09T12:01:00Z", "actor": "agent-4471", "action": "customer.view", "customer_id": "cus_" + g.alnum(14)}) + "\n" +
          J({"ts": "2025-04-09T12:01:42Z", "actor": "agent-4471", "action": "payment_method.add", "payload": {"holder": nm, "pan": cd, "cpf": cpf}}))
    c.pos("audit_jsonl", jl, [nm, cd, cpf])

    # 27 CloudTrail event with SecretString and source IP
    kid3 = g.aws_key_id("ASIA")
    ssv = g.password()
    cip3 = ip(rng)
    ct = {"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "accessKeyId": kid3, "arn": "arn:aws:sts::123456789012:assumed-role/deployer/ci"},
          "eventTime": "2025-02-20T11:11:11Z", "eventSource": "secretsmanager.amazonaws.com", "eventName": "PutSecretValue", "sourceIPAddress": cip3,
          "requestParameters": {"secretId": "prod/payments/db", "secretString": J({"username": "payments", "password": ssv})}}
    c.pos("cloudtrail", J(ct, 2), [kid3, ssv, cip3])

    # 28 logfmt SMTP auth failure
    lpw = g.passphrase("_")
    lf = ('level=error ts=2025-01-05T07:07:07.007Z caller=notifier.go:88 component=alertmanager msg="smtp auth failed" smarthost=smtp.mailgun.org:587 auth_username=postmaster@mg.acme.example auth_password="%s"\n'
          'level=warn ts=2025-01-05T07:07:17.007Z caller=notifier.go:99 msg="retrying notification" attempt=2' % lpw)
    c.pos("logfmt", lf, [lpw])

    # 29 Elasticsearch _search hits with user email, IP, auth header
    nm = P.name(rng, "sv")
    em = P.email(rng, nm)
    cip4 = ip(rng)
    basic_pw = g.url_safe_pw()
    import base64
    b = base64.b64encode(("%s:%s" % (em, basic_pw)).encode()).decode()
    es = {"took": 12, "hits": {"total": {"value": 1, "relation": "eq"}, "hits": [{"_index": "logs-web-2025.03.02", "_id": g.alnum(20), "_source": {
        "@timestamp": "2025-03-02T09:09:09Z", "user": {"email": em}, "client": {"ip": cip4}, "http": {"request": {"method": "POST", "headers": {"authorization": "Basic " + b}}}}}]}}
    c.pos("elastic_hits", "GET logs-web-*/_search?q=status:401&size=1\n" + J(es), [em, cip4, b])

    # 30 Heroku router log with token in query
    hk = g.hex(40)
    hr = ('2025-02-02T02:02:02.000000+00:00 heroku[router]: at=info method=POST path="/hooks/deploy?token=%s" host=acme-hooks.herokuapp.com request_id=%s fwd="%s" dyno=web.1 connect=0ms service=41ms status=202 bytes=120 protocol=https\n'
          '2025-02-02T02:02:02.100000+00:00 app[web.1]: deploy queued' % (hk, g.uuid(), ip(rng)))
    fwd = hr.split('fwd="')[1].split('"')[0]
    c.pos("heroku_router", hr, [hk, fwd])

    # 31 Edge function console.log of request headers (cookie + api key)
    sess = g.b64url(48)
    xk = g.resend()
    vc = ("[GET] /api/newsletter status=500\nError: Resend returned 401\n    at handler (/var/task/.next/server/app/api/newsletter/route.js:1:2211)\n"
          "headers: {\n  host: 'www.acme.example',\n  cookie: '_ga=GA1.1.123.456; session=%s',\n  'x-resend-key': '%s',\n  'user-agent': 'Mozilla/5.0'\n}" % (sess, xk))
    c.pos("edge_function_log", vc, [sess, xk])

    # 32 Windows event 4688 with net use password
    wpw = g.symbol_pw().replace('"', "")
    we = ("Log Name:      Security\nSource:        Microsoft-Windows-Security-Auditing\nEvent ID:      4688\nTask Category: Process Creation\n"
          "New Process Name:\tC:\\Windows\\System32\\net.exe\nProcess Command Line:\tnet use \\\\fs01\\finance /user:ACME\\svc_backup \"%s\" /persistent:no\n"
          "Creator Process Name:\tC:\\Windows\\System32\\cmd.exe" % wpw)
    c.pos("windows_event", we, [wpw])

    # 33 journald JSON export with mysql -p
    jpw2 = g.url_safe_pw()
    jd = J({"__REALTIME_TIMESTAMP": "1740400000000000", "_HOSTNAME": "db-backup-02", "SYSLOG_IDENTIFIER": "backup.sh", "PRIORITY": "6",
            "_CMDLINE": "mysqldump -u root -p%s --single-transaction shop" % jpw2, "MESSAGE": "dump started"})
    c.pos("journald_json", "$ journalctl -u backup.service -o json --since today | tail -1\n" + jd, [jpw2])

    # 34 Envoy JSON access log with Google API key header
    gk = g.gcp_api_key()
    en = J({"start_time": "2025-03-03T03:03:03.333Z", "method": "POST", "path": "/v1/images:annotate", "response_code": 200, "duration": 311,
            "upstream_host": "vision.googleapis.com:443", "request_headers": {"x-goog-api-key": gk, "content-type": "application/json"}})
    c.pos("envoy_access", en + "\n" + J({"start_time": "2025-03-03T03:03:04.001Z", "method": "GET", "path": "/healthz", "response_code": 200}), [gk])

    # 35 Sentry event JSON with env and user
    ssk = g.stripe("sk_live_")
    nm = P.name(rng, "es")
    em = P.email(rng, nm)
    uip = ip(rng)
    se = {"event_id": g.hex(32), "level": "error", "exception": {"values": [{"type": "CardError", "value": "Your card was declined."}]},
          "request": {"url": "https://shop.acme.example/checkout", "env": {"STRIPE_SECRET_KEY": ssk, "SERVER_NAME": "web-3"}},
          "user": {"email": em, "ip_address": uip, "username": nm}}
    c.pos("sentry_event", J(se, 2), [ssk, em, uip, nm])

    # 36 OTLP log record with db.statement literal and enduser
    opw = g.password().replace("'", "")
    nm = P.name(rng, "pl")
    em = P.email(rng, nm)
    ol = {"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "accounts"}}]}, "scopeLogs": [{"logRecords": [{
        "timeUnixNano": "1741000000000000000", "severityText": "INFO", "body": {"stringValue": "query executed"},
        "attributes": [{"key": "db.statement", "value": {"stringValue": "CREATE USER report_ro WITH PASSWORD '%s'" % opw}},
                       {"key": "enduser.id", "value": {"stringValue": em}}]}]}]}]}
    c.pos("otlp_log", "otelcol debug exporter:\n" + J(ol), [opw, em])

    # ---------------------------------------------------------------- negatives
    msg = J({"level": "warn", "msg": "upstream 401", "req": {"method": "POST", "path": "/v1/orders", "headers": {"authorization": "Bearer [REDACTED]", "x-request-id": g.uuid()}}})
    c.neg("cloudwatch_export", J({"events": [{"timestamp": 1739951101456, "message": msg, "ingestionTime": 1739951101511}], "nextForwardToken": "f/" + g.digits(56)}, 1))
    c.neg("spark_driver", "25/03/04 02:11:09 INFO SparkContext: Spark configuration:\nspark.app.name=nightly-sessionize\n"
                          "spark.hadoop.fs.s3a.access.key=*********(redacted)\nspark.hadoop.fs.s3a.secret.key=*********(redacted)\n"
                          "spark.hadoop.fs.s3a.aws.credentials.provider=com.amazonaws.auth.InstanceProfileCredentialsProvider")
    c.neg("airflow_task", "[2025-04-20, 03:00:12 UTC] {base.py:84} INFO - Retrieving connection 'warehouse_pg'\n"
                          "[2025-04-20, 03:00:12 UTC] {sql.py:470} DEBUG - conn_uri=postgresql://loader:***@pg-wh.data:5432/dwh?sslmode=require\n"
                          "[2025-04-20, 03:00:41 UTC] {taskinstance.py:1138} INFO - Marking task as SUCCESS.")
    c.neg("syslog_5424", '<165>1 2025-03-05T22:14:15.003Z vpn-gw-01 ocserv 2211 AUTH [auth@32473 user="contractor17" password="<hidden>" method="plain"] login failed\n'
                         '<165>1 2025-03-05T22:14:19.210Z vpn-gw-01 ocserv 2211 AUTH [auth@32473 method="plain"] retry')
    c.neg("java_exception", "Property sources:\n    spring.mail.username=${SPRING_MAIL_USERNAME}\n    spring.mail.password=${SPRING_MAIL_PASSWORD}\n\n"
                            "Action:\n\nUpdate your application's configuration")
    c.neg("postgres_log", "2025-01-30 14:02:11.118 CET [41233] LOG:  duration: 2311.442 ms  execute S_3: UPDATE clients SET email = $1, nir = $2 WHERE id = $3\n"
                          "2025-01-30 14:02:11.118 CET [41233] DETAIL:  parameters: $1 = '[masked]', $2 = '[masked]', $3 = '88121'")
    c.neg("k8s_container_json", J({"log": J({"level": "info", "msg": "image pulled", "digest": "sha256:" + g.sha256_of("img"), "trace_id": g.hex(32)}) + "\n",
                                  "stream": "stdout", "time": "2025-02-19T21:20:00.123456789Z"}) + "\n" +
          J({"log": "ready\n", "stream": "stdout", "time": "2025-02-19T21:20:01.000000000Z"}))
    c.neg("nginx_error", "2025/03/09 18:22:47 [error] 3112#3112: *918271 no live upstreams while connecting to upstream, server: api.acme.example, "
                         "request: \"GET /v2/reports HTTP/2.0\", upstream: \"http://reports_pool/v2/reports\", host: \"api.acme.example\"\n"
                         "2025/03/09 18:22:47 [notice] 3112#3112: signal process started")
    return c.items
