"""observability: telemetry, logs and monitoring configs carrying credentials."""
import json
import random

from common import (Collector, crlf, rs, hexs, b62, digits, uuid4, b64, jwt, password,
                    aws_akid, slack_webhook, ALNUM, B64URL, UPALNUM, LOWER)

SEED = 18005
GROUP = "observability"


def glc(rng):
    inner = json.dumps({"o": digits(rng, 6), "n": "stack-%s-%s" % (digits(rng, 6), rng.choice(["otlp-write", "logs-write", "metrics"])),
                        "k": b62(rng, 24), "m": {"r": rng.choice(["prod-eu-west-2", "prod-us-east-0", "prod-ap-southeast-1"])}},
                       separators=(",", ":"))
    return "glc_" + b64(inner)


def glsa(rng):
    return "glsa_%s_%s" % (b62(rng, 32), hexs(rng, 8))


def sntrys(rng):
    inner = json.dumps({"iat": 1715000000 + rng.randrange(10 ** 6), "url": "https://sentry.io",
                        "region_url": "https://us.sentry.io", "org": "acme-retail"}, separators=(",", ":"))
    return "sntrys_" + b64(inner).rstrip("=") + "_" + rs(rng, ALNUM + "+/", 43)


def user_jwt(rng):
    return jwt(rng, {"alg": "RS256", "typ": "JWT", "kid": hexs(rng, 16)},
               {"sub": "usr_" + b62(rng, 12), "scope": "orders:read orders:write",
                "iat": 1719000000, "exp": 1719003600}, 256)


def ts(rng):
    return "2024-07-%02dT%02d:%02d:%02d.%03dZ" % (rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(1000))


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    # OTel span with token in http.url
    tok = b62(rng, 40)
    span = {"traceId": hexs(rng, 32), "spanId": hexs(rng, 16), "name": "GET /v1/export",
            "kind": "SPAN_KIND_CLIENT", "attributes": [
                {"key": "http.request.method", "value": {"stringValue": "GET"}},
                {"key": "url.full", "value": {"stringValue": "https://reports.partner-api.example/v1/export?format=csv&access_token=%s" % tok}},
                {"key": "http.response.status_code", "value": {"intValue": "403"}}]}
    c.pos("otel_span", json.dumps(span, indent=2), [tok])

    # OTel db.statement with password
    pw = password(rng, 16)
    span = {"name": "ALTER ROLE", "attributes": {"db.system": "postgresql", "db.name": "billing",
                                                 "db.statement": "ALTER ROLE billing_app WITH LOGIN PASSWORD '%s' VALID UNTIL '2025-01-01'" % pw,
                                                 "server.address": "pg-billing.internal"}}
    c.pos("otel_db_statement", json.dumps(span), [pw])
    pw = password(rng, 14)
    c.pos("otel_db_statement", "span=mysql.query trace_id=%s db.statement=\"CREATE USER 'grafana_ro'@'%%' IDENTIFIED BY '%s'\" duration_ms=4\n" % (hexs(rng, 32), pw), [pw])

    # OTel authorization header attribute
    j = user_jwt(rng)
    c.pos("otel_span", json.dumps({"name": "POST /orders", "attributes": {
        "http.request.header.authorization": ["Bearer " + j],
        "http.request.header.user_agent": ["okhttp/4.12.0"], "http.route": "/orders"}}, indent=1), [j])

    # OTLP exporter env with Grafana Cloud token
    g = glc(rng)
    basic = b64("%s:%s" % (digits(rng, 6), g))
    c.pos("otlp_env", "OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp-gateway-prod-eu-west-2.grafana.net/otlp\nOTEL_EXPORTER_OTLP_HEADERS=\"Authorization=Basic %s\"\nOTEL_SERVICE_NAME=checkout\n" % basic, [basic])

    # Sentry event breadcrumbs
    key, sess = hexs(rng, 32), b62(rng, 32)
    ev = {"event_id": hexs(rng, 32), "level": "error", "platform": "python",
          "exception": {"values": [{"type": "HTTPError", "value": "502 Bad Gateway"}]},
          "breadcrumbs": {"values": [
              {"type": "http", "category": "httplib", "data": {"method": "GET", "url": "https://api.weather-feed.example/v2/forecast?lat=52.52&lon=13.40&api_key=%s" % key, "status_code": 502}},
              {"type": "default", "category": "query", "message": "SELECT id FROM carts WHERE session_key = %s"}]},
          "request": {"url": "https://shop.example/cart", "headers": {"Cookie": "sessionid=%s; csrftoken=%s" % (sess, b62(rng, 32))}}}
    c.pos("sentry_event", json.dumps(ev, indent=2), [key, sess])

    # Sentry auth tokens
    st = sntrys(rng)
    c.pos("sentry_token", "[defaults]\nurl = https://sentry.io/\norg = acme-retail\nproject = storefront\n\n[auth]\ntoken = %s\n" % st, [st])
    ut = "sntryu_" + hexs(rng, 64)
    c.pos("sentry_token", "- name: Upload sourcemaps\n  run: npx @sentry/cli sourcemaps upload ./dist --auth-token %s --org acme-retail --project storefront\n" % ut, [ut])

    # journald JSON
    pw = password(rng, 15)
    jd = {"__REALTIME_TIMESTAMP": digits(rng, 16), "_HOSTNAME": "worker-03", "SYSLOG_IDENTIFIER": "backup.sh",
          "_PID": digits(rng, 5), "PRIORITY": "3",
          "_CMDLINE": "pg_dump --dbname=postgresql://backup:%s@pg-main:5432/app -Fc -f /var/backups/app.dump" % pw,
          "MESSAGE": "pg_dump: error: connection to server failed: timeout expired"}
    c.pos("journald", json.dumps(jd), [pw])

    # RFC5424 syslog structured data
    k = b62(rng, 32)
    c.pos("syslog_5424", "<134>1 %s edge-gw-02 apigw 2291 REQ [meta@32473 route=\"/v2/payments\" client=\"mobile\" apikey=\"%s\"] upstream timeout after 30000ms\n" % (ts(rng), k), [k])
    pw = password(rng, 12)
    c.pos("syslog_5424", "<86>1 %s bastion sshd-wrapper 771 AUTH [origin@32473 software=\"pam_exec\"][auth@32473 user=\"deploy\" method=\"password\" attempted=\"%s\"] authentication failure\n" % (ts(rng), pw), [pw])

    # nginx access log with token in query
    tok = rs(rng, B64URL, 43)
    c.pos("nginx_access", "203.0.113.%d - - [12/Jul/2024:10:%02d:%02d +0000] \"GET /download/report.pdf?expires=1720780000&token=%s HTTP/1.1\" 200 84213 \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"\n" % (rng.randrange(2, 250), rng.randrange(60), rng.randrange(60), tok), [tok])
    # nginx with basic creds in URL + password reset token
    rt = hexs(rng, 48)
    c.pos("nginx_access", "198.51.100.%d - - [12/Jul/2024:11:02:19 +0000] \"POST /account/reset?reset_token=%s HTTP/2.0\" 302 0 \"https://shop.example/forgot\" \"Mozilla/5.0\" rt=0.041\n" % (rng.randrange(2, 250), rt), [rt])

    # HAProxy with captured auth header
    j = user_jwt(rng)
    c.pos("haproxy", "Jul 12 10:15:33 lb1 haproxy[1123]: 192.0.2.%d:51422 [12/Jul/2024:10:15:33.201] fe_https~ be_api/api2 0/0/1/12/13 200 512 - - ---- 41/41/2/1/0 0/0 {Bearer %s|okhttp/4.12.0} \"GET /v1/me HTTP/1.1\"\n" % (rng.randrange(2, 250), j), [j])

    # Envoy JSON access log with basic auth
    basic = b64("metrics-scraper:%s" % (pw := password(rng, 18)))
    c.pos("envoy", json.dumps({"start_time": ts(rng), "method": "GET", "path": "/federate?match[]=up",
                               "response_code": 401, "upstream_host": "prometheus.monitoring.svc:9090",
                               "request_headers": {"authorization": "Basic " + basic}}), [basic])

    # Kubernetes events / describe
    pw = password(rng, 16)
    c.pos("k8s_event", """LAST SEEN   TYPE      REASON    OBJECT                        MESSAGE
2m          Warning   Failed    pod/migrate-7d9f8-xk2lp       Error: container "migrate" exited: psql: error: connection to server at "pg-main" failed: FATAL: password authentication failed; cmd=[psql postgresql://migrator:%s@pg-main:5432/app -f /sql/041.sql]
2m          Normal    BackOff   pod/migrate-7d9f8-xk2lp       Back-off restarting failed container
""" % pw, [pw])
    tok = b62(rng, 40)
    c.pos("k8s_describe", """Containers:
  api:
    Image:   registry.example-corp.io/api:2.14.1
    Environment:
      LOG_LEVEL:            info
      PAYMENTS_API_TOKEN:   %s
      DB_PASSWORD:          <set to the key 'password' in secret 'api-db'>  Optional: false
""" % tok, [tok])

    # Grafana datasource provisioning
    pw, g = password(rng, 20), glsa(rng)
    c.pos("grafana_provisioning", """apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: https://prometheus.internal:9090
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: %s
  - name: Infinity
    type: yesoreyeram-infinity-datasource
    secureJsonData:
      bearerToken: %s
""" % (pw, g), [pw, g])
    g = glsa(rng)
    c.pos("grafana_api", "curl -H \"Authorization: Bearer %s\" https://grafana.internal/api/dashboards/uid/%s\n" % (g, rs(rng, ALNUM, 9)), [g])

    # Prometheus scrape config
    pw, bt = password(rng, 18), b62(rng, 48)
    c.pos("prometheus", """scrape_configs:
  - job_name: node
    scheme: https
    basic_auth:
      username: prom
      password: '%s'
    static_configs:
      - targets: ['node-exporter.internal:9100']
  - job_name: app
    authorization:
      type: Bearer
      credentials: %s
""" % (pw, bt), [pw, bt])
    g = glc(rng)
    c.pos("prometheus", """remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: %s
      password: %s
""" % (digits(rng, 7), g), [g])

    # Loki / promtail URL with creds
    g = glc(rng)
    c.pos("promtail", "clients:\n  - url: https://%s:%s@logs-prod-012.grafana.net/loki/api/v1/push\n" % (digits(rng, 6), g), [g])

    # Vector TOML
    dd = hexs(rng, 32)
    c.pos("vector", """[sinks.dd_logs]
type = "datadog_logs"
inputs = ["parse_json"]
default_api_key = "%s"
site = "datadoghq.eu"
compression = "gzip"
""" % dd, [dd])

    # Fluent Bit
    pw = password(rng, 16)
    c.pos("fluent_bit", crlf("""[OUTPUT]
    Name            es
    Match           kube.*
    Host            logs-es.internal
    Port            9200
    HTTP_User       fluentbit
    HTTP_Passwd     %s
    tls             On
    Suppress_Type_Name On
""" % pw), [pw])

    # Datadog agent yaml
    api, app = hexs(rng, 32), hexs(rng, 40)
    c.pos("datadog_agent", "## datadog.yaml\napi_key: %s\napp_key: %s\nsite: datadoghq.com\nlogs_enabled: true\n" % (api, app), [api, app])

    # New Relic
    nk = "NRAK-" + rs(rng, UPALNUM, 27)
    c.pos("newrelic", "curl -X POST https://api.newrelic.com/graphql \\\n  -H 'Content-Type: application/json' \\\n  -H 'API-Key: %s' \\\n  -d '{\"query\": \"{ actor { user { name } } }\"}'\n" % nk, [nk])
    lk = hexs(rng, 36) + "NRAL"
    c.pos("newrelic", "common: &default_settings\n  license_key: '%s'\n  app_name: Checkout Service\n  distributed_tracing:\n    enabled: true\n" % lk, [lk])

    # Splunk HEC
    hec = uuid4(rng)
    c.pos("splunk_hec", "curl -k https://splunk-hec.internal:8088/services/collector/event -H \"Authorization: Splunk %s\" -d '{\"event\": \"deploy finished\", \"sourcetype\": \"ci\"}'\n" % hec, [hec])

    # OTel collector exporters (Honeycomb / New Relic)
    hc, nr = b62(rng, 22), hexs(rng, 36) + "NRAL"
    c.pos("otel_collector", """exporters:
  otlp/honeycomb:
    endpoint: api.honeycomb.io:443
    headers:
      x-honeycomb-team: %s
  otlphttp/newrelic:
    endpoint: https://otlp.eu01.nr-data.net
    headers:
      api-key: %s
""" % (hc, nr), [hc, nr])

    # Azure SAS sig in span url
    sig = b64(bytes(rng.randrange(256) for _ in range(32))).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    c.pos("otel_span", "http.url=https://acmestorage.blob.core.windows.net/exports/daily.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-08-01T00:00:00Z&spr=https&sig=%s http.status_code=403\n" % sig, [sig])

    # AWS presigned URL in access log
    ak, sig = aws_akid(rng), hexs(rng, 64)
    c.pos("s3_presigned", "GET /uploads/invoice-%s.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240712%%2Feu-west-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240712T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s 200\n" % (digits(rng, 6), ak, sig), [ak, sig])

    # Alertmanager
    wh, pd, og = slack_webhook(rng), b62(rng, 32), uuid4(rng)
    c.pos("alertmanager", """global:
  slack_api_url: '%s'
receivers:
  - name: oncall
    pagerduty_configs:
      - routing_key: %s
    opsgenie_configs:
      - api_key: %s
""" % (wh, pd, og), [wh.rsplit("/", 1)[1], pd, og])

    # Elastic APM secret token in JVM args
    st = b62(rng, 24)
    c.pos("apm_jvm", "java -javaagent:/opt/elastic-apm-agent.jar -Delastic.apm.service_name=orders -Delastic.apm.server_url=https://apm.internal:8200 -Delastic.apm.secret_token=%s -jar orders.jar\n" % st, [st])

    # ---------------- negatives
    c.neg("trace_ids", json.dumps({"traceId": hexs(rng, 32), "spanId": hexs(rng, 16), "parentSpanId": hexs(rng, 16),
                                   "name": "GET /healthz", "attributes": {"http.route": "/healthz", "http.response.status_code": 200,
                                                                           "request.id": uuid4(rng), "k8s.pod.uid": uuid4(rng)}}, indent=1))
    c.neg("grafana_env_refs", """datasources:
  - name: Loki
    type: loki
    url: https://logs-prod-012.grafana.net
    basicAuth: true
    basicAuthUser: $__env{LOKI_USER}
    secureJsonData:
      basicAuthPassword: $__file{/etc/secrets/loki_password}
""")
    c.neg("redacted_log", """%s api-gw INFO GET /v1/me 200 12ms authorization="Bearer [REDACTED]" api_key=*** cookie=<filtered>
%s api-gw INFO GET /v1/orders?page=2&token=%%7Btoken%%7D 200 31ms request_id=%s
""" % (ts(rng), ts(rng), uuid4(rng)))
    c.neg("image_digests", """Events:
  Normal  Pulled   12s  kubelet  Successfully pulled image "registry.example-corp.io/api@sha256:%s" in 1.2s
  Normal  Created  12s  kubelet  Created container api
  Normal  Started  11s  kubelet  Started container api (containerID containerd://%s)
""" % (hexs(rng, 64), hexs(rng, 64)))
    c.neg("nginx_clean", """- - [12/Jul/2024:10:15:33 +0000] "GET /static/app.%s.js HTTP/1.1" 200 183321 "-" "Mozilla/5.0" upstream=frontend:8080 rt=0.002
- - [12/Jul/2024:10:15:34 +0000] "GET /api/v1/tokens?limit=20 HTTP/1.1" 200 912 "-" "Mozilla/5.0" upstream=api:8080 rt=0.019
""" % hexs(rng, 20))
    return c.cases
