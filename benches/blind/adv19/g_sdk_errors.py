"""Group sdk_errors: keys leaked by accident in errors, reprs, debug output and logs."""
from common import *  # noqa: F401,F403
import json


def build():
    g = Group("sdk_errors")
    r = g.r

    # ------------------------------------------------------------ python tracebacks / reprs
    k = openai_key(r)
    g.p("python_traceback", f"""why does this fail? it worked yesterday

Traceback (most recent call last):
  File "/app/summarize.py", line 41, in <module>
    main()
  File "/app/summarize.py", line 33, in main
    resp = client.chat.completions.create(model=MODEL, messages=msgs)
  File "/usr/local/lib/python3.12/site-packages/openai/_base_client.py", line 1040, in _request
    raise self._make_status_error_from_response(err.response) from None
╭──────────────────── locals ────────────────────╮
│   api_key = '{k}' │
│     MODEL = 'gpt-4o-mini'                       │
│      msgs = [{{'role': 'user', 'content': '...'}}] │
╰────────────────────────────────────────────────╯
openai.RateLimitError: Error code: 429 - {{'error': {{'message': 'You exceeded your current quota', 'type': 'insufficient_quota'}}}}""", [k])

    sk = stripe_key(r)
    g.p("python_traceback", f""">>> import stripe
>>> client = stripe.StripeClient("{sk}")
>>> client
<stripe._stripe_client.StripeClient object at 0x7f3a2c1b9d50>
>>> vars(client._requestor)
{{'_options': RequestorOptions(api_key='{sk}', stripe_account=None, stripe_version=None, base_addresses={{}}), '_client': None}}
>>> client.customers.list()
stripe._error.AuthenticationError: Request req_{alnum(r, 14)}: Invalid API Key provided""", [sk])

    dbpw = password(r, "random", "-_")
    ak = anthropic_key(r)
    g.p("python_traceback", f"""pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings
redis_url
  Input should be a valid URL, relative URL without a base [type=url_parsing, input_value='redis-cache:6379', input_type=str]

During handling of the above exception, app printed its settings:
Settings(app_env='staging', database_url='postgresql+asyncpg://api:{dbpw}@pg-staging:5432/api', anthropic_api_key='{ak}', redis_url='redis-cache:6379', debug=True)""", [dbpw, ak])

    tok = hf_token(r)
    g.p("python_traceback", f"""import http.client; http.client.HTTPConnection.debuglevel = 1 gave me this, still 403:

send: b'GET /api/models/acme-internal/intent-classifier-v3 HTTP/1.1\\r\\nHost: huggingface.co\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer {tok}\\r\\n\\r\\n'
reply: 'HTTP/1.1 403 Forbidden\\r\\n'
header: Content-Type: application/json; charset=utf-8""", [tok])

    g.n("python_traceback", """Traceback (most recent call last):
  File "/app/main.py", line 12, in <module>
    settings = Settings()
  File "/usr/local/lib/python3.12/site-packages/pydantic_settings/main.py", line 171, in __init__
    super().__init__(**__pydantic_self__._settings_build_values(...))
pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings
redis_url
  Field required [type=missing, input_value={'app_env': 'staging', 'anthropic_api_key': SecretStr('**********'), 'database_url': SecretStr('**********')}, input_type=dict]""")

    # ------------------------------------------------------------ requests / httpx
    k = alnum(r, 32)
    g.p("requests_httpx", f"""requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.weatherstack.com', port=443): Max retries exceeded with url: /current?access_key={k}&query=Lisbon&units=m (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f1d8c2e5a90>: Failed to resolve 'api.weatherstack.com' ([Errno -3] Temporary failure in name resolution)"))""", [k])

    gk = google_api_key(r)
    g.p("requests_httpx", f"""httpx.HTTPStatusError: Client error '400 Bad Request' for url 'https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key={gk}'
For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/400

can you tell me what is wrong with my request body?""", [gk])

    pw = url_password(r)
    g.p("requests_httpx", f"""urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='nexus.acme.internal', port=8443): Max retries exceeded with url: https://deploy:{pw}@nexus.acme.internal:8443/repository/pypi-internal/simple/acme-utils/ (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)')))""", [pw])

    t = alnum(r, 40)
    g.p("requests_httpx", f"""aiohttp.client_exceptions.ClientResponseError: 401, message='Unauthorized', url=URL('https://api.pandadoc.com/public/v1/documents?status=document.completed&api_token={t}')
Task exception was never retrieved
future: <Task finished name='Task-7' coro=<sync_documents() done, defined at /srv/sync/jobs.py:88>>""", [t])

    # ------------------------------------------------------------ curl -v
    tok = github_fine_pat(r)
    g.p("curl_verbose", f"""$ curl -v https://api.github.com/user/repos
*   Trying 140.82.121.6:443...
* Connected to api.github.com (140.82.121.6) port 443
* ALPN: server accepted h2
> GET /user/repos HTTP/2
> Host: api.github.com
> User-Agent: curl/8.5.0
> Accept: */*
> Authorization: Bearer {tok}
>
< HTTP/2 401
< content-type: application/json; charset=utf-8
{{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}}""", [tok])

    user, pw = "jenkins-ci", password(r, "random", "-_.")
    basic = b64enc(user + ":" + pw)
    g.p("curl_verbose", f"""$ curl -v -u {user}:{pw} https://registry.acme.dev/v2/_catalog
* Server auth using Basic with user '{user}'
> GET /v2/_catalog HTTP/1.1
> Host: registry.acme.dev
> Authorization: Basic {basic}
> User-Agent: curl/7.88.1
>
< HTTP/1.1 403 Forbidden""", [pw, basic])

    sess = b64u(r, 48)
    csrf = hexs(r, 40)
    g.p("curl_verbose", f"""$ curl -sv -X POST https://admin.shopline.io/login -d @creds.json -c jar.txt 2>&1 | grep -i cookie
< set-cookie: __Host-session={sess}; Path=/; Secure; HttpOnly; SameSite=Lax
< set-cookie: csrftoken={csrf}; Path=/; Secure
> Cookie: __Host-session={sess}; csrftoken={csrf}""", [sess])

    g.n("curl_verbose", """$ curl -v https://api.github.com/user/repos -H "Authorization: Bearer $GITHUB_TOKEN"
* Connected to api.github.com port 443
> GET /user/repos HTTP/2
> Host: api.github.com
> User-Agent: curl/8.5.0
> Accept: */*
> Authorization: Bearer [REDACTED]
>
< HTTP/2 200
< x-ratelimit-remaining: 4987
< x-github-request-id: C3E1:2B7F:1A9D4E2:1B3F0A1:65F2A9C1""")

    # ------------------------------------------------------------ node / axios
    bt = user_jwt(r)
    err = {"message": "Request failed with status code 403", "name": "AxiosError", "code": "ERR_BAD_REQUEST",
           "config": {"method": "get", "url": "https://api.partner-hub.io/v2/orders?limit=50",
                      "headers": {"Accept": "application/json, text/plain, */*",
                                  "Authorization": "Bearer " + bt, "User-Agent": "axios/1.6.8"},
                      "timeout": 10000},
           "status": 403}
    g.p("node_axios", "console.error(JSON.stringify(err.toJSON(), null, 2)) prints:\n" + json.dumps(err, indent=2), [bt])

    k = openai_key(r)
    g.p("node_axios", f"""> console.log(util.inspect(client, {{ depth: 1 }}))
OpenAI {{
  baseURL: 'https://api.openai.com/v1',
  maxRetries: 2,
  timeout: 600000,
  httpAgent: undefined,
  fetch: [Function: fetch],
  apiKey: '{k}',
  organization: 'org-{alnum(r, 24)}',
  project: null,
  completions: Completions {{ _client: [Circular *1] }}
}}""", [k])

    key = alnum(r, 32)
    g.p("node_axios", f"""TypeError: fetch failed
    at node:internal/deps/undici/undici:12345:11
    at async sendSms (/srv/app/lib/sms.js:22:15) {{
  [cause]: ConnectTimeoutError: Connect Timeout Error
      at onConnectTimeout (node:internal/deps/undici/undici:6869:28) {{
    code: 'UND_ERR_CONNECT_TIMEOUT'
  }}
}}
request was: {{ method: 'POST', url: 'https://rest.messagebird.com/messages', headers: {{ Authorization: 'AccessKey {key}', 'Content-Type': 'application/json' }} }}""", [key])

    sb = supabase_service_jwt(r)
    dpw = password(r, "random", "-_")
    g.p("node_axios", f"""Error: Environment variable not found: DIRECT_URL.
  -->  schema.prisma:9
   |
 8 |   url       = env("DATABASE_URL")
 9 |   directUrl = env("DIRECT_URL")
   |
debug: process.env = {{
  NODE_ENV: 'production',
  DATABASE_URL: 'postgresql://postgres.{rs(r, LOWER, 20)}:{dpw}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres',
  SUPABASE_SERVICE_ROLE_KEY: '{sb}',
  NEXT_PUBLIC_SITE_URL: 'https://app.tidyinvoice.io'
}}""", [dpw, sb])

    g.n("node_axios", """AxiosError: Request failed with status code 401
    at settle (/app/node_modules/axios/dist/node/axios.cjs:1983:12)
  config: {
    url: 'https://api.openai.com/v1/chat/completions',
    method: 'post',
    headers: { Authorization: 'Bearer sk-...a1b2', 'Content-Type': 'application/json' }
  },
  response: { status: 401, data: { error: { message: 'Incorrect API key provided: sk-proj-********************************************Xy9Q.', code: 'invalid_api_key' } } }""")

    # ------------------------------------------------------------ go %+v
    pw, sk = password(r, "random", "-_"), stripe_key(r)
    g.p("go_structs", f"""2024/03/11 09:14:22 loaded config: {{Env:prod Port:8080 DBHost:orders-db.internal DBUser:orders DBPassword:{pw} StripeKey:{sk} Debug:false}}
2024/03/11 09:14:22 listening on :8080
panic: runtime error: invalid memory address or nil pointer dereference""", [pw, sk])

    tok = slack_token(r, "xoxp")
    g.p("go_structs", f"""&http.Request{{Method:"POST", URL:(*url.URL)(0xc0001b2000), Proto:"HTTP/1.1", ProtoMajor:1, ProtoMinor:1, Header:http.Header{{"Authorization":[]string{{"Bearer {tok}"}}, "Content-Type":[]string{{"application/json; charset=utf-8"}}}}, Body:io.NopCloser(...), ContentLength:212, Host:"slack.com"}}""", [tok])

    pw = url_password(r)
    g.p("go_structs", f"""{{"level":"error","ts":1710150862.4411,"caller":"store/pg.go:58","msg":"failed to connect","dsn":"postgres://billing:{pw}@billing-db:5432/billing?sslmode=disable","error":"dial tcp: lookup billing-db: no such host"}}""", [pw])

    g.n("go_structs", """2024/03/11 09:14:22 loaded config: {Env:prod Port:8080 DBHost:orders-db.internal DBUser:orders DBPassword:<redacted> StripeKey:sk_live_…9fQk Debug:false}
2024/03/11 09:14:22 listening on :8080""")

    # ------------------------------------------------------------ java toString
    pw = password(r, "random", "!#%*-_")
    g.p("java_tostring", f"""2024-03-11 10:02:41.118 DEBUG 1 --- [main] c.a.n.config.MailConfig : Loaded MailConfig(host=smtp.sendgrid.net, port=587, username=apikey, password={pw}, starttls=true)
2024-03-11 10:02:42.730 ERROR 1 --- [main] o.s.b.SpringApplication : Application run failed""", [pw])

    ck = alnum(r, 40)
    ppid, ppsec = "A" + b64u(r, 79), "E" + b64u(r, 79)
    env = {"activeProfiles": ["prod"], "propertySources": [
        {"name": "systemEnvironment", "properties": {
            "PAYPAL_CLIENT_ID": {"value": ppid},
            "PAYPAL_CLIENT_SECRET": {"value": ppsec},
            "ALGOLIA_ADMIN_KEY": {"value": ck},
            "JAVA_HOME": {"value": "/opt/java/openjdk"}}}]}
    g.p("java_tostring", "GET /actuator/env (management.endpoint.env.show-values=ALWAYS)\n" + json.dumps(env, indent=2),
        [ppsec, ck])

    pw = password(r, "random", "-_")
    g.p("java_tostring", f"""org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "inventory"
  url: jdbc:postgresql://inv-db.prod:5432/inventory?user=inventory&password={pw}&ssl=true
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)""", [pw])

    user, pw = "svc-jira-sync", password(r, "random", "-_")
    basic = b64enc(user + ":" + pw)
    g.p("java_tostring", f"""DEBUG org.apache.http.wire - http-outgoing-3 >> "GET /rest/api/2/search?jql=project%3DOPS HTTP/1.1[\\r][\\n]"
DEBUG org.apache.http.wire - http-outgoing-3 >> "Host: jira.acme.local[\\r][\\n]"
DEBUG org.apache.http.wire - http-outgoing-3 >> "Authorization: Basic {basic}[\\r][\\n]"
DEBUG org.apache.http.wire - http-outgoing-3 << "HTTP/1.1 401 [\\r][\\n]\"""", [basic])

    g.n("java_tostring", """{
  "name": "systemEnvironment",
  "properties": {
    "PAYPAL_CLIENT_SECRET": { "value": "******" },
    "ALGOLIA_ADMIN_KEY": { "value": "******" },
    "JAVA_HOME": { "value": "/opt/java/openjdk" },
    "SPRING_PROFILES_ACTIVE": { "value": "prod" }
  }
}""")

    # ------------------------------------------------------------ rust Debug
    k, pw = cohere_key(r), password(r, "random", "-_")
    g.p("rust_debug", f"""[2024-03-11T08:12:03Z DEBUG ragserver] config = Config {{ listen: 0.0.0.0:3000, cohere_api_key: "{k}", qdrant_url: "http://qdrant:6334", pg_password: "{pw}", max_chunks: 12 }}
Error: reqwest::Error {{ kind: Status(401), url: Url {{ scheme: "https", host: Some(Domain("api.cohere.com")), path: "/v1/rerank" }} }}""".replace("0.0.0.0:3000", "[::]:3000"), [k, pw])

    tok = mistral_key(r)
    g.p("rust_debug", f"""thread 'main' panicked at src/main.rs:57:10:
called `Result::unwrap()` on an `Err` value: Request {{
    method: POST,
    url: "https://api.mistral.ai/v1/chat/completions",
    headers: {{
        "authorization": "Bearer {tok}",
        "content-type": "application/json",
    }},
}}
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace""", [tok])

    vt = vault_token(r)
    g.p("rust_debug", f"""Error: Unauthorized {{ token: "{vt}", path: "secret/data/payments", status: 403, errors: ["permission denied"] }}""", [vt])

    g.n("rust_debug", """[2024-03-11T08:12:03Z DEBUG ragserver] config = Config { listen: [::]:3000, cohere_api_key: Secret([REDACTED alloc::string::String]), qdrant_url: "http://qdrant:6334", max_chunks: 12 }""")

    # ------------------------------------------------------------ .NET
    pw = password(r, "random", "!#%*-_")
    g.p("dotnet", f"""Unhandled exception. System.ArgumentException: Format of the initialization string does not conform to specification starting at index 118.
   at System.Data.Common.DbConnectionOptions.GetKeyValuePair(String connectionString, Int32 currentPosition)
   at Microsoft.Data.SqlClient.SqlConnection..ctor(String connectionString)
   at Acme.Payroll.Db.Open() in C:\\src\\Payroll\\Db.cs:line 19
ConnectionString was: "Server=tcp:payroll-sql.database.windows.net,1433;Database=payroll;User Id=payroll_app;Password={pw};Encrypt=True;TrustServerCertificate=False;;Connection Timeout=30;\"""", [pw])

    sig = b64s(r, 43) + "="
    from urllib.parse import quote
    sigq = quote(sig, safe="")
    g.p("dotnet", f"""Azure.RequestFailedException: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.
RequestId:{uuid4(r)}
Status: 403 (Server failed to authenticate the request.)
ErrorCode: AuthenticationFailed
Uri: https://stinvoices{rs(r, LOWER + DIGITS, 6)}.blob.core.windows.net/pdf/2024/03/INV-20931.pdf?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2024-06-30T17:00:00Z&st=2024-03-01T09:00:00Z&spr=https&sig={sigq}""", [sigq])

    pw = password(r, "random", "-_")
    g.p("dotnet", f"""fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]
      An error occurred using the connection to database 'crm' on server 'tcp://crm-pg:5432'.
Npgsql.NpgsqlException (0x80004005): Failed to connect to crm-pg:5432 using "Host=crm-pg;Port=5432;Database=crm;Username=crm_api;Password={pw};Include Error Detail=true\"""", [pw])

    k = hexs(r, 32)
    g.p("dotnet", f"""info: System.Net.Http.HttpClient.Translator.LogicalHandler[100]
      Start processing HTTP request POST https://api.cognitive.microsofttranslator.com/translate?api-version=3.0&to=de
trce: System.Net.Http.HttpClient.Translator.ClientHandler[102]
      Request Headers:
      Ocp-Apim-Subscription-Key: {k}
      Ocp-Apim-Subscription-Region: westeurope""", [k])

    g.n("dotnet", """fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]
      An error occurred using the connection to database 'crm' on server 'tcp://crm-pg:5432'.
      Connection string: Host=crm-pg;Port=5432;Database=crm;Username=crm_api;Password=***;Include Error Detail=true
Npgsql.NpgsqlException (0x80004005): Failed to connect to crm-pg:5432
 ---> System.Net.Sockets.SocketException (111): Connection refused""")

    # ------------------------------------------------------------ browser / HAR
    bt = user_jwt(r)
    sid = b64u(r, 32)
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [
        {"startedDateTime": "2024-03-11T09:21:44.120Z", "time": 183.2,
         "request": {"method": "GET", "url": "https://app.tidyinvoice.io/api/v1/invoices?page=2", "httpVersion": "http/2.0",
                     "headers": [{"name": "authorization", "value": "Bearer " + bt},
                                 {"name": "cookie", "value": "sid=" + sid + "; theme=dark"},
                                 {"name": "accept", "value": "application/json"}]},
         "response": {"status": 500, "statusText": "", "content": {"size": 61, "mimeType": "application/json"}}}]}}
    g.p("browser_har", "support asked for a HAR file, attaching the relevant entry:\n" + json.dumps(har, indent=2), [bt, sid])

    at = "EAA" + alnum(r, 180)
    g.p("browser_har", f"""GET https://graph.facebook.com/v19.0/me/accounts?access_token={at}&fields=name,id 400 (Bad Request)
(anonymous) @ insights.js:88
Uncaught (in promise) Error: (#190) Error validating access token: Session has expired""", [at])

    rt = b64u(r, 64)
    idt = user_jwt(r)
    g.p("browser_har", f"""> Object.entries(localStorage)
(3) [Array(2), Array(2), Array(2)]
0: (2) ['oidc.user:https://login.tidyinvoice.io:web', '{{"id_token":"{idt}","refresh_token":"{rt}","token_type":"Bearer","scope":"openid profile offline_access","expires_at":{1710150000 + r.randrange(10**6)}}}']
1: (2) ['i18nextLng', 'de']
2: (2) ['sidebar', 'collapsed']""", [idt, rt])

    g.n("browser_har", """{
  "request": { "method": "GET", "url": "https://app.tidyinvoice.io/api/v1/invoices?page=2",
    "headers": [ { "name": "accept", "value": "application/json" },
                 { "name": "x-request-id", "value": "01HRM6Z8Q4K7D2V9X3T5B1N0CE" },
                 { "name": "traceparent", "value": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" } ] },
  "response": { "status": 500, "headers": [ { "name": "cf-ray", "value": "8631c2a8fd1e9a4b-FRA" } ] }
}""")

    # ------------------------------------------------------------ webhook logs
    wh = stripe_whsec(r)
    g.p("webhook_logs", f"""[webhooks] 2024-03-11T11:40:02Z WARN  stripe signature verification failed
  header   = t={1710157202},v1={hexs(r, 64)}
  secret   = {wh}
  payload  = 1834 bytes, event=evt_{alnum(r, 24)}
  reason   = No signatures found matching the expected signature for payload""", [wh])

    sec = alnum(r, 32)
    g.p("webhook_logs", f"""ERROR github_webhook: HMAC mismatch for delivery {uuid4(r)}
  expected sha256={hexs(r, 64)}
  got      sha256={hexs(r, 64)}
  using secret "{sec}" (from GITHUB_WEBHOOK_SECRET)
  hint: is the payload being re-serialized before verification?""", [sec])

    ss = hexs(r, 32)
    g.p("webhook_logs", f"""slack-bolt: Invalid request signature detected (signing_secret={ss}, timestamp=1710157433, body_len=512)
slack-bolt: Failed to run a middleware (error: Invalid request signature)""", [ss])

    g.n("webhook_logs", """[webhooks] 2024-03-11T11:41:10Z INFO  stripe signature ok (secret whsec_…7Qp2, tolerance 300s)
[webhooks] 2024-03-11T11:41:10Z INFO  event evt_3OtQ2c handled: invoice.paid, customer cus_Pk…, 142 ms
[webhooks] 2024-03-11T11:41:12Z WARN  github delivery rejected: secret ****1234 is not configured for this repo""")

    return g.cases
