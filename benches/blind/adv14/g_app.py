"""Theme 7: mobile/desktop crash logs, analytics payloads, editor and IDE config."""
import base64
import json

from common import G, P, N, UPPER, DIGITS, LOWER


def cases():
    g = G("app")
    out = []
    F = "app/"

    jwt = g.jwt({"sub": "auth0|" + g.hx(24), "aud": "https://api.corp-lab.net", "iat": 1718090000,
                 "exp": 1718176400, "azp": g.s(32), "scope": "openid profile offline_access"}, alg="RS256")
    out.append(P(F + "logcat", f"""06-11 10:21:44.118 12873 13011 D OkHttp  : --> GET https://api.corp-lab.net/v2/accounts/me
06-11 10:21:44.118 12873 13011 D OkHttp  : Accept: application/json
06-11 10:21:44.118 12873 13011 D OkHttp  : Authorization: Bearer {jwt}
06-11 10:21:44.119 12873 13011 D OkHttp  : --> END GET
06-11 10:21:44.402 12873 13011 D OkHttp  : <-- 200 https://api.corp-lab.net/v2/accounts/me (283ms)
""", [jwt]))

    at = g.jwt({"iss": "https://corp-lab.eu.auth0.com/", "sub": "auth0|" + g.hx(24), "exp": 1718180000}, alg="RS256")
    rt = g.s(48)
    body = json.dumps({"access_token": at, "refresh_token": rt, "token_type": "Bearer", "expires_in": 86400})
    out.append(P(F + "logcat", f"""06-11 10:20:02.771 12873 13004 I AuthRepository: token refresh ok
06-11 10:20:02.772 12873 13004 D OkHttp  : {body}
06-11 10:20:02.772 12873 13004 D OkHttp  : <-- END HTTP (1123-byte body)
""", [at, rt]))

    tok = g.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    out.append(P(F + "ios-crash", f"""Incident Identifier: {g.uuid().upper()}
Hardware Model:      iPhone15,2
Process:             Ledger [2231]
Identifier:          net.corplab.ledger
Version:             4.18.2 (4182)
OS Version:          iPhone OS 17.5.1 (21F90)
Exception Type:  EXC_CRASH (SIGABRT)
Last Exception Backtrace:
0   CoreFoundation   0x1a2b3c4d0 __exceptionPreprocess + 164
1   libobjc.A.dylib  0x19f8e2a10 objc_exception_throw + 60
Application Specific Information:
*** Terminating app due to uncaught exception 'SyncError', reason: 'Error Domain=NSURLErrorDomain Code=-1001 "The request timed out." UserInfo={{NSErrorFailingURLStringKey=https://api.corp-lab.net/v1/sync?device=ios&access_token={tok}, NSLocalizedDescription=The request timed out.}}'
""", [tok]))

    sess, basic = g.s(64), base64.b64encode(("ops-admin:" + g.pw()).encode()).decode()
    ip = g.ipv4()
    ev = {"event_id": g.hx(32), "level": "error", "platform": "python",
          "exception": {"values": [{"type": "KeyError", "value": "'currency'"}]},
          "request": {"url": "https://ledger.corp-lab.net/admin/export", "method": "POST",
                      "headers": {"Authorization": "Basic " + basic, "Cookie": "sessionid=" + sess + "; csrftoken=" + g.s(32),
                                  "User-Agent": "Mozilla/5.0"},
                      "env": {"REMOTE_ADDR": ip}},
          "release": "ledger@2.3.0"}
    out.append(P(F + "sentry-event", json.dumps(ev, indent=2) + "\n", [basic, sess, ip]))

    gk, ut = g.google(), g.s(40)
    out.append(P(F + "crashlytics-keys", f"""Crashlytics - Fatal Exception: java.lang.IllegalStateException
Custom keys:
  build_flavor = prodRelease
  api_key = {gk}
  user_token = {ut}
  last_screen = CheckoutFragment
Logs:
  10:14:22.019 D/Checkout: submitting cart (3 items)
""", [gk, ut]))

    pw, em = g.pw(), g.email(*g.person())
    out.append(P(F + "analytics-payload", json.dumps({
        "type": "track", "event": "Form Submitted", "userId": None, "anonymousId": g.uuid(),
        "properties": {"form_id": "signup", "fields": {"email": em, "password": pw, "plan": "team"}},
        "context": {"library": {"name": "analytics.js", "version": "next-1.67.0"}, "page": {"path": "/signup"}},
        "timestamp": "2024-06-11T09:41:12.114Z"}, indent=2) + "\n", [pw, em]))

    f, l = g.person()
    em, ph, ip = g.email(f, l), g.phone("FR"), g.ipv4()
    out.append(P(F + "analytics-payload", json.dumps([{
        "$set": {"$email": em, "$phone": ph, "$first_name": f, "plan": "pro"},
        "$token": g.hx(32), "$distinct_id": g.uuid(), "$ip": ip}], indent=2) + "\n", [em, ph, ip]))

    rt2 = g.hx(64)
    out.append(P(F + "analytics-payload", json.dumps({
        "api_key": g.hx(32), "events": [{"event_type": "page_view", "user_id": "u_" + g.digits(7),
                                           "event_properties": {"url": "https://app.corp-lab.net/account/reset?token=" + rt2,
                                                                "referrer": "android-app://com.google.android.gm/"},
                                           "time": 1718098881000}]}, indent=2) + "\n", [rt2]))

    gho, oa = g.gh("gho"), g.openai()
    out.append(P(F + "electron-config", json.dumps({
        "windowBounds": {"x": 112, "y": 64, "width": 1280, "height": 820},
        "theme": "system",
        "auth": {"githubToken": gho, "openaiApiKey": oa},
        "lastOpenedWorkspace": "/Users/dev/src/ledger",
    }, indent="\t") + "\n", [gho, oa]))

    gh = g.gh()
    asp = "-".join(g.s(4, LOWER) for _ in range(4))
    out.append(P(F + "electron-builder", f"""appId: net.corplab.ledger-desktop
productName: Ledger Desktop
publish:
  provider: github
  owner: corp-lab
  repo: ledger-desktop
  private: true
  token: {gh}
mac:
  notarize: true
afterSign: scripts/notarize.js
# notarize.js reads APPLE_ID=release@corp-lab.net APPLE_APP_SPECIFIC_PASSWORD={asp}
""", [gh, asp]))

    gh2 = g.gh()
    out.append(P(F + "electron-log", f"""[2024-06-11 10:12:01.223] [info]  Checking for update
[2024-06-11 10:12:01.230] [debug] updater headers {{"Accept":"application/octet-stream","Authorization":"token {gh2}","User-Agent":"electron-builder"}}
[2024-06-11 10:12:01.871] [info]  Update for version 4.18.2 is not available (latest version: 4.18.2, downgrade is disallowed).
""", [gh2]))

    spw, rt3 = g.pw(), g.s(40)
    out.append(P(F + "vscode-settings", json.dumps({
        "editor.formatOnSave": True,
        "sqltools.connections": [{"name": "ledger-prod", "driver": "PostgreSQL", "server": "ledger-prod.c1k9z2m4q7xw.eu-west-2.rds.amazonaws.com",
                                  "port": 5432, "database": "ledger", "username": "ledger_admin", "password": spw}],
        "rest-client.environmentVariables": {"$shared": {"version": "v2"},
                                             "prod": {"host": "https://api.corp-lab.net", "token": rt3}},
    }, indent=4) + "\n", [spw, rt3]))

    sq, ppw = g.squ(), g.pw_url()
    out.append(P(F + "vscode-settings", json.dumps({
        "http.proxy": "http://jdoe:%s@proxy.corp-lab.net:8080" % ppw,
        "http.proxyStrictSSL": False,
        "sonarlint.connectedMode.connections.sonarqube": [{"connectionId": "corp-sonar", "serverUrl": "https://sonar.corp-lab.net", "token": sq}],
    }, indent=4) + "\n", [ppw, sq]))

    mpw, hf = g.pw(), g.hf()
    out.append(P(F + "vscode-settings", json.dumps({
        "mssql.connections": [{"server": "sql-prod-01.corp-lab.net", "database": "Ledger", "authenticationType": "SqlLogin",
                               "user": "sa", "password": mpw, "savePassword": True, "profileName": "prod"}],
        "llm.backend": "huggingface", "llm.apiToken": hf,
    }, indent=4) + "\n", [mpw, hf]))

    t1, p1, t2 = g.s(40), g.pw(), g.jwt({"sub": "svc-ledger", "role": "admin", "exp": 1735689600})
    out.append(P(F + "jetbrains-http-env", json.dumps({
        "dev": {"token": t1, "password": p1},
        "prod": {"token": t2},
    }, indent=2) + "\n", [t1, p1, t2]))

    ant = g.anthropic()
    basic = base64.b64encode(("reporting:" + g.pw()).encode()).decode()
    out.append(P(F + "jetbrains-http-file", f"""### summarise ticket
POST https://api.anthropic.com/v1/messages
x-api-key: {ant}
anthropic-version: 2023-06-01
Content-Type: application/json

{{"model": "claude-3-5-sonnet-20240620", "max_tokens": 512, "messages": [{{"role": "user", "content": "hello"}}]}}

### legacy report endpoint
GET https://reports.corp-lab.net/api/daily
Authorization: Basic {basic}
""", [ant, basic]))

    pm = g.postman()
    out.append(P(F + "jetbrains-http-file", f"""@apiKey = {pm}
@baseUrl = https://api.getpostman.com

### list collections
GET {{{{baseUrl}}}}/collections
X-Api-Key: {{{{apiKey}}}}
""", [pm]))

    pf = g.s(52, UPPER + DIGITS)
    out.append(P(F + "unity-log", f"""Initialize engine version: 2022.3.31f1 (e5e1b7a3b8a4)
[PlayFab] TitleId=4F2C1
[PlayFab] Server API call: /Server/GrantItemsToUsers
[PlayFab] Request headers: Content-Type=application/json; X-SecretKey={pf}; X-PlayFabSDK=UnitySDK-2.187.240510
UnloadTime: 1.284100 ms
""", [pf]))

    xk = g.s(40)
    out.append(P(F + "flutter-log", f"""I/flutter (21877): ┌───────────────────────────────────────────────
I/flutter (21877): │ DioException [bad response]: status 401
I/flutter (21877): │ uri: https://api.corp-lab.net/v3/quotes
I/flutter (21877): │ headers: {{x-api-key: {xk}, content-type: application/json}}
I/flutter (21877): └───────────────────────────────────────────────
""", [xk]))

    ow = g.hx(32)
    out.append(P(F + "rn-metro-log", f""" LOG  [weather] fetching https://api.openweathermap.org/data/2.5/weather?q=Leeds,GB&units=metric&appid={ow}
 ERROR  TypeError: Network request failed
    at anonymous (http://192.168.1.24:8081/index.bundle?platform=ios&dev=true:36912:33)
""", [ow]))

    wpw = g.pw()
    out.append(P(F + "windows-event", f"""Log Name:      Application
Source:        Ledger.Sync
Date:          11/06/2024 10:02:14
Event ID:      1026
Level:         Error
Description:
Application: Ledger.Sync.exe
Exception Info: System.Data.SqlClient.SqlException: Login failed for user 'sync_svc'.
   Connection: Data Source=sql-prod-01;Initial Catalog=Ledger;User ID=sync_svc;Password={wpw};Connect Timeout=15
""", [wpw]))

    at2 = g.s(64)
    out.append(P(F + "macos-defaults", f"""$ defaults read net.corplab.ledger
{{
    NSWindow Frame main = "112 64 1280 820 0 0 1512 944 ";
    SUEnableAutomaticChecks = 1;
    apiToken = {at2};
    lastSyncDate = "2024-06-11 09:58:31 +0000";
}}
""", [at2]))

    # ---------------- negatives ----------------
    out.append(N(F + "logcat", f"""06-11 10:19:58.004 12873 12873 I ActivityManager: Start proc 12873:net.corplab.ledger/u0a312 for activity
06-11 10:19:58.911 12873 12873 D LedgerApp: onCreate build=4182 flavor=prodRelease
06-11 10:19:59.402 12873 13004 I SyncWorker: run id={g.uuid()} attempt=1
06-11 10:19:59.417 12873 13004 D OkHttp  : Authorization: ██
06-11 10:20:00.050 12873 13004 I SyncWorker: done in 633ms (x-request-id {g.uuid()})
"""))
    out.append(N(F + "vscode-settings", json.dumps({
        "workbench.colorTheme": "Default Dark Modern",
        "workbench.colorCustomizations": {"editor.background": "#1e1e1e", "statusBar.background": "#007acc"},
        "files.exclude": {"**/.git": True, "**/node_modules": True},
        "editor.rulers": [80, 120],
        "rest-client.environmentVariables": {"prod": {"host": "https://api.corp-lab.net", "token": "{{$dotenv LEDGER_TOKEN}}"}},
    }, indent=4) + "\n"))
    out.append(N(F + "ios-crash", f"""Thread 0 Crashed:
0   libsystem_kernel.dylib        0x00000001e2c9a42c __pthread_kill + 8
1   libsystem_pthread.dylib       0x00000001f6a0fc0c pthread_kill + 268
2   Ledger                        0x0000000100f3a1d8 SyncEngine.flush() + 412

Binary Images:
0x100e2c000 - 0x1012fffff Ledger arm64  <{g.hx(32)}> /private/var/containers/Bundle/Application/{g.uuid().upper()}/Ledger.app/Ledger
0x1e2c94000 - 0x1e2ccdfff libsystem_kernel.dylib arm64e  <{g.hx(32)}> /usr/lib/system/libsystem_kernel.dylib
"""))
    out.append(N(F + "jetbrains-http-env", json.dumps({
        "dev": {"host": "http://localhost:8080", "tenant": "core"},
        "prod": {"host": "https://api.corp-lab.net", "tenant": "core", "requestId": "{{$random.uuid}}"},
    }, indent=2) + "\n"))
    return out
