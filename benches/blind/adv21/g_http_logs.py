"""Group http_logs: access logs, debug dumps and structured log lines that leak credentials."""
import base64
import json
import random

from common import (Group, tok, jwt, password, hexs, rs, b64, b64u, rb, uuid4, digits, person, email,
                    LO, URLSAFE)

SEED = 21003
NAME = 'http_logs'


def build():
    r = random.Random(SEED)
    g = Group(NAME)
    T = lambda k: tok(r, k)
    P = lambda kind=None: password(r, kind)
    PU = lambda kind=None: password(r, kind, urlsafe=True)
    ip = lambda: '%d.%d.%d.%d' % (r.choice([31, 46, 77, 81, 88, 92, 109, 145, 178, 185, 188, 212]), r.randint(1, 254),
                                  r.randint(1, 254), r.randint(1, 254))
    priv = lambda: '10.%d.%d.%d' % (r.randint(0, 40), r.randint(0, 254), r.randint(2, 254))
    basic = lambda u, p: base64.b64encode(('%s:%s' % (u, p)).encode()).decode()

    def userjwt(alg='RS256'):
        gn, fn = person(r, r.choice(['us', 'de', 'fr', 'in', 'br']))
        return jwt(r, {'sub': uuid4(r), 'email': email(r, gn, fn), 'name': '%s %s' % (gn, fn), 'scope': 'openid profile orders:write',
                       'iat': 1741774462, 'exp': 1741778062, 'iss': 'https://auth.corvid.io/', 'aud': 'orders-api'}, alg,
                   kid=rs(r, 16) if alg == 'RS256' else None)

    t1, t2 = userjwt(), rs(r, 40, LO + '0123456789')
    g.pos('nginx_access_query', '%s - - [12/Mar/2025:10:14:22 +0000] "GET /api/v1/export?format=csv&access_token=%s HTTP/1.1" 200 48213 "-" '
          '"python-requests/2.31.0"\n%s - - [12/Mar/2025:10:14:25 +0000] "GET /static/app.3f9c1e.js HTTP/2.0" 200 10422 '
          '"https://app.corvid.io/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)"\n%s - - [12/Mar/2025:10:14:31 +0000] '
          '"GET /feeds/partner.xml?key=%s HTTP/1.1" 200 90233 "-" "FeedFetcher/2.1"\n' % (ip(), t1, ip(), ip(), t2), [t1, t2])

    u, pw, k = 'r.okafor', PU(), rs(r, 32)
    g.pos('apache_combined', '%s - - [03/Feb/2025:21:07:12 +0100] "GET /legacy/login.php?user=%s&password=%s&remember=1 HTTP/1.1" 302 - '
          '"-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n%s - - [03/Feb/2025:21:07:40 +0100] "POST /wp-json/sync/v2/push?api_key=%s HTTP/1.1" '
          '201 88 "-" "WordPress/6.4.3; https://bakery-lumiere.fr"\n' % (ip(), u, pw, ip(), k), [pw, k])

    k = T('google_api')
    g.pos('alb_access_log', 'https 2025-03-12T10:14:22.381204Z app/prod-alb/50dc6c495c0c9188 %s:51822 %s:8080 0.000 0.014 0.000 200 200 '
          '412 3310 "GET https://maps-proxy.tidewater.app:443/v1/geocode?address=Langgade+14&key=%s HTTP/1.1" "okhttp/4.12.0" '
          'ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:%s:targetgroup/maps/6d0ecf831eec9f09 '
          '"Root=1-65f02a3e-%s" "maps-proxy.tidewater.app" "arn:aws:acm:eu-west-1:%s:certificate/%s" 0 2025-03-12T10:14:22.366000Z '
          '"forward" "-" "-" "%s:8080" "200" "-" "-"\n' % (ip(), priv(), k, digits(r, 12), hexs(r, 24), digits(r, 12), uuid4(r), priv()), [k])

    tk = b64u(rb(r, 24))
    g.pos('cloudfront_log', '#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status '
          'cs(Referer) cs(User-Agent) cs-uri-query\n2025-03-12\t10:15:02\tFRA56-P4\t18234\t%s\tGET\td2q7k1x9v3m8zt.cloudfront.net\t'
          '/downloads/report-q4.pdf\t200\t-\tMozilla/5.0%%20(iPhone;%%20CPU%%20iPhone%%20OS%%2017_3)\tdownload_token=%s&expires=1741860000\n'
          % (ip(), tk), [tk])

    u, pw = 'svc-ledger', P()
    bb = basic(u, pw)
    g.pos('httpclient_wire_basic', '2025-03-12 10:15:44.201 DEBUG 18322 --- [pool-3-thread-1] org.apache.http.wire : '
          'http-outgoing-3 >> "POST /soap/ledger HTTP/1.1[\\r][\\n]"\n2025-03-12 10:15:44.201 DEBUG 18322 --- [pool-3-thread-1] '
          'org.apache.http.wire : http-outgoing-3 >> "Authorization: Basic %s[\\r][\\n]"\n2025-03-12 10:15:44.202 DEBUG 18322 --- '
          '[pool-3-thread-1] org.apache.http.wire : http-outgoing-3 >> "Host: erp.hallbergfreight.se[\\r][\\n]"\n' % bb, [bb])

    t = userjwt()
    g.pos('curl_verbose_bearer', '*   Trying %s:443...\n* Connected to api.corvid.io port 443\n> GET /v2/orders?status=open HTTP/2\n'
          '> Host: api.corvid.io\n> User-Agent: curl/8.4.0\n> Accept: */*\n> Authorization: Bearer %s\n>\n< HTTP/2 200\n'
          '< content-type: application/json\n' % (ip(), t), [t])

    t = hexs(r, 40)
    g.pos('drf_token_header', '[2025-03-12 10:16:03,118] DEBUG django.request: Request headers for GET /api/invoices/?page=2: '
          "{'Host': 'erp.kestrelhomes.co', 'Authorization': 'Token %s', 'Accept': 'application/json', 'User-Agent': 'Zapier'}\n" % t, [t])

    pw = PU()
    g.pos('curl_digest', '$ curl -v --digest -u admin:%s http://%s/cgi-bin/snapshot.cgi -o snap.jpg\n> GET /cgi-bin/snapshot.cgi HTTP/1.1\n'
          '< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Digest realm="IPCamera", qop="auth", nonce="%s"\n> GET /cgi-bin/snapshot.cgi HTTP/1.1\n'
          '> Authorization: Digest username="admin", realm="IPCamera", nonce="%s", uri="/cgi-bin/snapshot.cgi", cnonce="%s", nc=00000001, '
          'qop=auth, response="%s"\n< HTTP/1.1 200 OK\n' % (pw, priv(), hexs(r, 32), hexs(r, 32), hexs(r, 16), hexs(r, 32)), [pw])

    fs = b64u(json.dumps({'_user_id': digits(r, 5), '_fresh': True}).encode()) + '.' + b64u(rb(r, 4)) + '.' + b64u(rb(r, 20))
    rt = digits(r, 4) + '|' + hexs(r, 128)
    g.pos('cookie_request_headers', 'INFO  [werkzeug] --- request headers ---\nHost: portal.fjordtix.no\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) '
          'Gecko/20100101 Firefox/123.0\nCookie: session=%s; remember_token=%s; _ga=GA1.2.%s.%s\n' % (fs, rt, digits(r, 9), digits(r, 10)),
          [fs, rt])

    ls = b64(json.dumps({'iv': b64(rb(r, 16)), 'value': b64(rb(r, 96)), 'mac': hexs(r, 64), 'tag': ''}).encode())
    cs = 's%3A' + rs(r, 32, URLSAFE) + '.' + b64(rb(r, 32)).rstrip('=').replace('+', '%2B').replace('/', '%2F')
    g.pos('set_cookie_response', 'HTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: laravel_session=%s; expires=Wed, 12 Mar 2025 12:16:40 GMT; '
          'Max-Age=7200; path=/; secure; httponly; samesite=lax\nSet-Cookie: connect.sid=%s; Path=/; HttpOnly; Secure\n' % (ls, cs), [ls, cs])

    k = rs(r, 32)
    g.pos('squid_proxy_log', '1741774562.118    214 %s TCP_MISS/200 5120 GET https://api.openweathermap.org/data/3.0/onecall?lat=59.91&lon=10.75&appid=%s '
          '- HIER_DIRECT/%s application/json\n1741774563.401     12 %s TCP_HIT/200 901 GET http://deb.debian.org/debian/dists/bookworm/InRelease - '
          'HIER_NONE/- text/plain\n' % (priv(), k, ip(), priv()), [k])

    t, sid, ak = userjwt(), hexs(r, 32), rs(r, 40)
    har = {'log': {'version': '1.2', 'creator': {'name': 'WebInspector', 'version': '537.36'}, 'entries': [{
        'startedDateTime': '2025-03-12T10:17:01.223Z', 'time': 143.2,
        'request': {'method': 'GET', 'url': 'https://app.pinecart.io/api/cart?currency=EUR', 'httpVersion': 'http/2.0',
                    'headers': [{'name': ':authority', 'value': 'app.pinecart.io'}, {'name': 'authorization', 'value': 'Bearer ' + t},
                                {'name': 'cookie', 'value': '_pinecart_session=' + sid}, {'name': 'x-api-key', 'value': ak}],
                    'queryString': [{'name': 'currency', 'value': 'EUR'}], 'cookies': [{'name': '_pinecart_session', 'value': sid}]},
        'response': {'status': 200, 'statusText': '', 'headers': [{'name': 'content-type', 'value': 'application/json'}]}}]}}
    g.pos('har_fragment', json.dumps(har, indent=2) + '\n', [t, sid, ak])

    cid, cs2 = rs(r, 24), rs(r, 48)
    gn, fn = person(r, 'uk')
    em, pw = email(r, gn, fn, 'uk'), P()
    body = 'grant_type=password&username=%s&password=%s&client_id=%s&client_secret=%s' % (em.replace('@', '%40'), pw, cid, cs2)
    g.pos('python_http_client_debug', "send: b'POST /oauth/token HTTP/1.1\\r\\nHost: id.hallbergfreight.se\\r\\nUser-Agent: python-requests/2.31.0\\r\\n"
          "Content-Type: application/x-www-form-urlencoded\\r\\nContent-Length: %d\\r\\n\\r\\n'\nsend: b'%s'\nreply: 'HTTP/1.1 200 OK\\r\\n'\n"
          % (len(body), body), [em.replace('@', '%40'), pw, cs2])

    k, t = rs(r, 32), T('openai_proj')
    g.pos('httpx_debug', 'DEBUG:httpx:HTTP Request: GET https://api.nasa-mirror.dev/planetary/apod?api_key=%s "HTTP/1.1 200 OK"\n'
          "DEBUG:httpcore.http11:send_request_headers.started request=<Request [b'POST']>\nDEBUG:httpcore.http11:request headers: "
          "[(b'Host', b'api.openai.com'), (b'Accept', b'application/json'), (b'Authorization', b'Bearer %s'), (b'Content-Type', b'application/json')]\n"
          % (k, t), [k, t])

    t, xk = T('anthropic'), rs(r, 40)
    g.pos('axios_error_dump', "AxiosError: Request failed with status code 429\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)\n"
          "  code: 'ERR_BAD_REQUEST',\n  config: {\n    method: 'post',\n    url: 'https://api.anthropic.com/v1/messages',\n"
          "    headers: Object [AxiosHeaders] {\n      Accept: 'application/json, text/plain, */*',\n      'Content-Type': 'application/json',\n"
          "      'x-api-key': '%s',\n      'anthropic-version': '2023-06-01',\n      'X-Internal-Key': '%s',\n"
          "      'User-Agent': 'axios/1.6.7'\n    },\n    timeout: 30000,\n  },\n" % (t, xk), [t, xk])

    sk = T('stripe_sk')
    bb = base64.b64encode((sk + ':').encode()).decode()
    ik = uuid4(r)
    g.pos('go_dumprequest', '2025/03/12 10:18:09 outgoing request:\nPOST /v1/payment_intents HTTP/1.1\r\nHost: api.stripe.com\r\n'
          'User-Agent: corvid-billing/1.14 (go1.22.1)\r\nContent-Length: 63\r\nAuthorization: Basic %s\r\nIdempotency-Key: %s\r\n'
          'Content-Type: application/x-www-form-urlencoded\r\n\r\namount=4990&currency=eur&customer=cus_PbL2x9Qa1Zk7Tm\n' % (bb, ik), [bb])

    t = userjwt('HS256')
    gn, fn = person(r, 'de')
    em, pw = email(r, gn, fn, 'de'), P()
    g.pos('okhttp_logging', 'I/okhttp.OkHttpClient: --> POST https://api.fjordtix.no/v3/auth/login\nI/okhttp.OkHttpClient: Content-Type: application/json; charset=utf-8\n'
          'I/okhttp.OkHttpClient: Content-Length: 64\nI/okhttp.OkHttpClient: \nI/okhttp.OkHttpClient: {"email":"%s","password":"%s"}\n'
          'I/okhttp.OkHttpClient: --> END POST (64-byte body)\nI/okhttp.OkHttpClient: <-- 200 https://api.fjordtix.no/v3/auth/login (212ms)\n'
          'I/okhttp.OkHttpClient: {"accessToken":"%s","expiresIn":3600}\n' % (em, pw, t), [em, pw, t])

    t, k = userjwt(), rs(r, 36)
    g.pos('feign_logging', '2025-03-12 10:19:11.004 DEBUG 1 --- [nio-8080-exec-7] c.c.p.client.PaymentClient : [PaymentClient#charge] ---> POST '
          'https://psp.partner.eu/v2/charges HTTP/1.1\n2025-03-12 10:19:11.004 DEBUG 1 --- [nio-8080-exec-7] c.c.p.client.PaymentClient : '
          '[PaymentClient#charge] Authorization: Bearer %s\n2025-03-12 10:19:11.004 DEBUG 1 --- [nio-8080-exec-7] c.c.p.client.PaymentClient : '
          '[PaymentClient#charge] X-Merchant-Key: %s\n2025-03-12 10:19:11.005 DEBUG 1 --- [nio-8080-exec-7] c.c.p.client.PaymentClient : '
          '[PaymentClient#charge] ---> END HTTP (214-byte body)\n' % (t, k), [t, k])

    t, k = userjwt(), hexs(r, 32)
    g.pos('dotnet_httpclient_log', 'info: System.Net.Http.HttpClient.PartnerApi.LogicalHandler[100]\n      Start processing HTTP request GET '
          'https://apim-lumen.azure-api.net/claims/v1/status/88213\ntrce: System.Net.Http.HttpClient.PartnerApi.ClientHandler[102]\n'
          '      Request Headers:\n      Authorization: Bearer %s\n      Ocp-Apim-Subscription-Key: %s\n      traceparent: 00-%s-%s-01\n'
          % (t, k, hexs(r, 32), hexs(r, 16)), [t, k])

    s1, s2 = rs(r, 32), rs(r, 40)
    g.pos('webhook_delivery_log', 'Delivery %s\n  Event:        order.paid\n  URL:          https://hooks.kestrelhomes.co/in/shop?secret=%s\n'
          '  Request headers:\n    Content-Type: application/json\n    X-Webhook-Secret: %s\n    X-Signature: sha256=%s\n'
          '  Response:     500 Internal Server Error (1.2s)\n  Next retry:   2025-03-12T10:35:00Z\n' % (uuid4(r), s1, s2, hexs(r, 64)), [s1, s2])

    t, k, rid = userjwt(), rs(r, 40), uuid4(r)
    g.pos('api_gateway_exec_log', '(%s) Extended Request Id: %s=\n(%s) Method request path: {proxy=v1/accounts/me}\n'
          '(%s) Method request headers: {Authorization=Bearer %s, x-api-key=%s, Host=api.tidewater.app, X-Forwarded-For=%s}\n'
          % (rid, rs(r, 14), rid, rid, t, k, ip()), [t, k])

    t, sid = userjwt(), rs(r, 32, URLSAFE)
    g.pos('bunyan_json', json.dumps({'name': 'checkout', 'hostname': 'checkout-7d9f8c6b5-x2kqp', 'pid': 18, 'level': 30, 'req': {
        'method': 'POST', 'url': '/api/pay', 'headers': {'host': 'checkout.pinecart.io', 'authorization': 'Bearer ' + t,
                                                          'cookie': 'sid=' + sid, 'content-type': 'application/json'},
        'remoteAddress': '::ffff:' + priv(), 'remotePort': 40122}, 'msg': 'request start', 'time': '2025-03-12T10:20:01.331Z', 'v': 0}) + '\n',
          [t, sid])

    k = T('sendgrid')
    g.pos('pino_json', json.dumps({'level': 30, 'time': 1741774801442, 'pid': 7, 'hostname': 'notify-0', 'reqId': 'req-2k1',
                                   'req': {'method': 'POST', 'url': '/v1/notify', 'headers': {'host': 'notify.internal',
                                                                                               'x-sendgrid-key': k}},
                                   'msg': 'incoming request'}) + '\n', [k])

    pw, t = PU(), rs(r, 40)
    g.pos('zap_json', json.dumps({'level': 'debug', 'ts': 1741774812.2231, 'caller': 'partner/client.go:88', 'msg': 'outgoing request',
                                  'url': 'https://feeds:%s@feeds.partner.fleetwise.io/v1/positions' % pw,
                                  'headers': {'Authorization': ['Token ' + t], 'Accept': ['application/json']}}) + '\n', [pw, t])

    t = T('github_pat')
    g.pos('logrus_text', 'time="2025-03-12T10:20:33Z" level=debug msg="cloning repository" repo=tidewater-labs/infra '
          'url="https://x-access-token:%s@github.com/tidewater-labs/infra.git" depth=1\ntime="2025-03-12T10:20:35Z" level=info '
          'msg="clone finished" duration=1.82s\n' % t, [t])

    t = T('slack_bot')
    g.pos('structlog_kv', "2025-03-12 10:21:02 [debug    ] slack.request                 method=POST url=https://slack.com/api/chat.postMessage "
          "headers={'Authorization': 'Bearer %s', 'Content-Type': 'application/json; charset=utf-8'} channel=C05QK7L2M\n" % t, [t])

    u, pw, qt = 'metrics-ingest', P(), rs(r, 32)
    bb = basic(u, pw)
    g.pos('ecs_json', json.dumps({'@timestamp': '2025-03-12T10:21:14.552Z', 'log.level': 'debug', 'message': 'proxying request',
                                  'ecs.version': '8.11.0', 'service.name': 'edge-gw',
                                  'http': {'request': {'method': 'POST', 'headers': {'authorization': 'Basic ' + bb,
                                                                                     'content-type': 'application/x-protobuf'}}},
                                  'url': {'full': 'https://metrics.corvid.io/api/v1/push?tenant=ops&token=' + qt}}) + '\n', [bb, qt])

    a, b = T('github_pat'), T('gitlab_pat')
    g.pos('url_userinfo_clone', "$ git clone https://release-bot:%s@github.com/orbitnotes/desktop.git\nCloning into 'desktop'...\n"
          "remote: Enumerating objects: 18342, done.\n$ pip install --index-url https://__token__:%s@gitlab.com/api/v4/projects/48213/packages/pypi/simple corvid-sdk\n"
          "Looking in indexes: https://__token__:%s@gitlab.com/api/v4/projects/48213/packages/pypi/simple\n" % (a, b, b), [a, b])

    k = rs(r, 32)
    g.pos('envoy_access_log', '[2025-03-12T10:22:03.118Z] "GET /v1/users/8821/avatar?api_key=%s HTTP/2" 200 - via_upstream - "-" 0 48213 12 11 '
          '"%s" "Dart/3.3 (dart:io)" "%s" "api.harbourline.app" "%s:8080"\n' % (k, ip(), uuid4(r), priv()), [k])

    t = userjwt()
    g.pos('haproxy_captured_header', 'Mar 12 10:22:41 lb1 haproxy[2211]: %s:51234 [12/Mar/2025:10:22:41.118] fe_https~ be_api/api2 0/0/1/14/15 200 '
          '1822 - - ---- 12/12/0/0/0 0/0 {Bearer %s|api.corvid.io} "GET /v2/me HTTP/1.1"\n' % (ip(), t), [t])

    u, pw = 'grafana-agent', P()
    bb = basic(u, pw)
    g.pos('traefik_json', json.dumps({'ClientHost': ip(), 'DownstreamStatus': 204, 'Duration': 3212044, 'RequestMethod': 'POST',
                                      'RequestPath': '/loki/api/v1/push', 'RequestProtocol': 'HTTP/1.1', 'RouterName': 'loki@docker',
                                      'request_Authorization': 'Basic ' + bb, 'request_User-Agent': 'GrafanaAgent/v0.40.2',
                                      'time': '2025-03-12T10:23:00Z'}) + '\n', [bb])

    gn, fn = person(r, 'br')
    em, pw, at = email(r, gn, fn, 'br'), P(), b64(rb(r, 64))
    g.pos('rails_params_log', 'Started POST "/users/sign_in" for %s at 2025-03-12 10:23:18 -0300\nProcessing by Users::SessionsController#create as HTML\n'
          '  Parameters: {"authenticity_token"=>"%s", "user"=>{"email"=>"%s", "password"=>"%s", "remember_me"=>"1"}, "commit"=>"Entrar"}\n'
          'Completed 302 Found in 214ms (ActiveRecord: 12.1ms | Allocations: 18822)\n' % (ip(), at, em, pw), [em, pw])

    ak, st = T('aws_asia'), T('aws_session')
    g.pos('ingress_presigned_url', '%s - - [12/Mar/2025:10:23:40 +0000] "GET /media/exports/2025-03.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20250312%%2Feu-west-1%%2Fs3%%2Faws4_request'
          '&X-Amz-Date=20250312T102340Z&X-Amz-Expires=3600&X-Amz-Security-Token=%s&X-Amz-SignedHeaders=host&X-Amz-Signature=%s HTTP/1.1" 200 '
          '88213421 "-" "aria2/1.37.0" 1012 0.211 [media-media-80] [] %s:80 88213421 0.210 200 %s\n'
          % (ip(), ak, st.replace('/', '%2F').replace('+', '%2B').replace('=', '%3D'), hexs(r, 64), priv(), hexs(r, 32)),
          [ak, st.replace('/', '%2F').replace('+', '%2B').replace('=', '%3D')])

    pw = P()
    g.pos('php_pdo_stacktrace', "PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection timed out in /var/www/shop/lib/Db.php:18\n"
          "Stack trace:\n#0 /var/www/shop/lib/Db.php(18): PDO->__construct('mysql:host=db-m...', 'shop_rw', '%s', Array)\n"
          "#1 /var/www/shop/index.php(9): Db::connect()\n#2 {main}\n  thrown in /var/www/shop/lib/Db.php on line 18\n" % pw, [pw])

    pw = PU()
    g.pos('jdbc_exception_url', 'Caused by: org.postgresql.util.PSQLException: Connection to pg-reporting.internal:5432 refused. '
          'Check that the hostname and port are correct.\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)\n'
          '2025-03-12 10:24:01 WARN  HikariPool-1 - url=jdbc:postgresql://pg-reporting.internal:5432/reports?user=reporter&password=%s&ssl=true\n' % pw, [pw])

    pw = PU()
    g.pos('kombu_connection_error', "[2025-03-12 10:24:30,118: ERROR/MainProcess] consumer: Cannot connect to amqp://orders:%s@rabbit-prod.internal:5672/orders: "
          "[Errno 110] Connection timed out.\nTrying again in 4.00 seconds... (2/100)\n" % pw, [pw])

    # ---------------------------------------------------------------- negatives
    g.neg('nginx_access_query', 'edge-lb-2 - - [12/Mar/2025:10:14:22 +0000] "GET /api/v1/export?format=csv&access_token=[FILTERED] HTTP/1.1" 200 48213 '
          '"-" "python-requests/2.31.0"\nedge-lb-2 - - [12/Mar/2025:10:14:31 +0000] "GET /feeds/partner.xml?key=*** HTTP/1.1" 200 90233 "-" "FeedFetcher/2.1"\n')
    g.neg('curl_verbose_bearer', '* Connected to api.corvid.io port 443\n> GET /v2/orders?status=open HTTP/2\n> Host: api.corvid.io\n'
          '> User-Agent: curl/8.4.0\n> Authorization: Bearer <redacted>\n>\n< HTTP/2 401\n< www-authenticate: Bearer error="invalid_token"\n')
    g.neg('rails_params_log', 'Started POST "/users/sign_in" for ::1 at 2025-03-12 10:23:18 -0300\nProcessing by Users::SessionsController#create as HTML\n'
          '  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"[FILTERED]", "password"=>"[FILTERED]", "remember_me"=>"1"}, '
          '"commit"=>"Entrar"}\nCompleted 302 Found in 214ms\n')
    g.neg('har_fragment', json.dumps({'log': {'version': '1.2', 'entries': [{'request': {
        'method': 'GET', 'url': 'https://app.pinecart.io/api/cart?currency=EUR',
        'headers': [{'name': 'authorization', 'value': '[sanitized by HAR export]'}, {'name': 'accept', 'value': 'application/json'}],
        'cookies': []}, 'response': {'status': 200}}]}}, indent=2) + '\n')
    g.neg('axios_error_dump', "AxiosError: Request failed with status code 429\n  code: 'ERR_BAD_REQUEST',\n  config: {\n    method: 'post',\n"
          "    url: 'https://api.anthropic.com/v1/messages',\n    headers: Object [AxiosHeaders] {\n      'Content-Type': 'application/json',\n"
          "      'x-api-key': '[REDACTED]',\n      'anthropic-version': '2023-06-01'\n    },\n  },\n")
    g.neg('pino_json', json.dumps({'level': 30, 'time': 1741774801442, 'pid': 7, 'hostname': 'notify-0',
                                   'req': {'method': 'POST', 'url': '/v1/notify', 'headers': {'host': 'notify.internal',
                                                                                               'authorization': '[Redacted]'}},
                                   'msg': 'incoming request'}) + '\n')
    g.neg('kombu_connection_error', "[2025-03-12 10:24:30,118: ERROR/MainProcess] consumer: Cannot connect to amqp://orders:**@rabbit-prod.internal:5672/orders: "
          "[Errno 110] Connection timed out.\nTrying again in 4.00 seconds... (2/100)\n")
    g.neg('api_gateway_exec_log', '(c0f1d2e3-9a1b) Method request path: {proxy=v1/accounts/me}\n(c0f1d2e3-9a1b) Method request headers: '
          '{Authorization=****************************, x-api-key=****************************, Host=api.tidewater.app}\n')
    return g.cases
