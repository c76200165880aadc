"""Theme 4: secrets carried by markup: HTML, inline scripts, SVG/XML, Markdown, data: URIs, email."""
import json
import urllib.parse

from common import G, P, N, ALNUM, B64URL, LOWER


def mapbox_sk(g):
    return "sk." + g.b64u(json.dumps({"u": "corplab", "a": g.s(25, LOWER + "0123456789")},
                                     separators=(",", ":"))) + "." + g.s(22, B64URL)


def cases():
    g = G("markup")
    out = []
    F = "markup/"

    mb = mapbox_sk(g)
    out.append(P(F + "html-data-attr", f"""<section class="store-locator">
  <div id="map"
       data-provider="mapbox"
       data-style="mapbox://styles/corplab/clx2k9q1m00ab01qz"
       data-access-token="{mb}"
       data-zoom="11"></div>
</section>
""", [mb]))

    oa = g.openai()
    out.append(P(F + "html-data-attr", f"""<!-- support widget -->
<div class="chat-launcher" data-position="bottom-right" data-theme="dark"
     data-api-key="{oa}"
     data-model="gpt-4o-mini"></div>
<script src="/static/chat-widget.3f9c2e1a.js" defer></script>
""", [oa]))

    su = "sntryu_" + g.hx(64)
    out.append(P(F + "meta-tag", f"""<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="sentry-release" content="web@4.18.2">
  <meta name="sentry-auth-token" content="{su}">
  <title>Corp Lab Ledger</title>
</head>
""", [su]))

    pw, ht = g.pw(), g.s(40)
    out.append(P(F + "input-value", f"""<form method="post" action="/admin/login">
  <input type="hidden" name="api_token" value="{ht}">
  <label>Username <input type="text" name="username" value="ops-admin"></label>
  <label>Password <input type="password" name="password" value="{pw}"></label>
  <button type="submit">Sign in</button>
</form>
""", [ht, pw]))

    sk = g.stripe(modern=True)
    out.append(P(F + "script-config", f"""<script>
  window.__APP_CONFIG__ = {{"env":"production","apiBase":"https://api.corp-lab.net","stripeSecretKey":"{sk}","features":{{"newCheckout":true}}}};
</script>
""", [sk]))

    dpw, ant = g.pw_url(), g.anthropic()
    nd = {"props": {"pageProps": {"post": {"slug": "q2-roadmap"}, "_debug": {
        "databaseUrl": "postgresql://blog:%s@blog-db.corp-lab.net:5432/blog" % dpw,
        "anthropicKey": ant}}}, "page": "/blog/[slug]", "query": {"slug": "q2-roadmap"},
        "buildId": "k2Q9xLmZ0aVbT4nR8wYc1", "isFallback": False}
    out.append(P(F + "script-config", '<script id="__NEXT_DATA__" type="application/json">'
                 + json.dumps(nd, separators=(",", ":")) + "</script>\n", [dpw, ant]))

    ps = g.hx(20)
    out.append(P(F + "script-config", f"""<script>
  var pusherConfig = {{
    appId: "{g.digits(7)}",
    key: "{g.hx(20)}",
    secret: "{ps}",
    cluster: "eu",
    forceTLS: true
  }};
</script>
""", [ps]))

    mb2 = mapbox_sk(g)
    out.append(P(F + "svg-attr", f"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="320" viewBox="0 0 640 320">
  <image x="0" y="0" width="640" height="320"
         xlink:href="https://api.mapbox.com/styles/v1/corplab/clx2k9q1m00ab01qz/static/-0.1276,51.5072,11/640x320?access_token={mb2}"/>
  <circle cx="320" cy="160" r="6" fill="#e11d48"/>
</svg>
""", [mb2]))

    xpw, sg = g.pw(), g.sendgrid()
    out.append(P(F + "xml-attr", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Ledger" connectionString="Server=sql-prod-01;Database=Ledger;User Id=ledger_app;Password={xpw};Encrypt=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SendGridApiKey" value="{sg}" />
    <add key="Environment" value="Production" />
  </appSettings>
</configuration>
""", [xpw, sg]))

    spw = g.pw()
    out.append(P(F + "xml-attr", f"""<Configuration status="WARN">
  <Appenders>
    <SMTP name="Mail" subject="[ledger] error" to="oncall@corp-lab.net" from="alerts@corp-lab.net"
          smtpHost="smtp.mailgun.org" smtpPort="587" smtpUsername="postmaster@mg.corp-lab.net"
          smtpPassword="{spw}" bufferSize="50"/>
  </Appenders>
</Configuration>
""", [spw]))

    mpw = g.pw_url()
    out.append(P(F + "md-link-creds", f"""## Staging

* Admin UI: [staging admin](https://admin:{mpw}@staging.corp-lab.net/admin/) (basic auth in front of SSO)
* Logs: [Grafana Explore](https://grafana.corp-lab.net/explore)
""", [mpw]))

    gl = g.glpat()
    out.append(P(F + "md-link-creds", f"""# ledger-core

[![pipeline](https://gitlab.corp-lab.net/platform/ledger-core/badges/main/pipeline.svg?private_token={gl})](https://gitlab.corp-lab.net/platform/ledger-core/-/pipelines)
[![coverage](https://gitlab.corp-lab.net/platform/ledger-core/badges/main/coverage.svg)](https://gitlab.corp-lab.net/platform/ledger-core/-/graphs/main/charts)
""", [gl]))

    gs = "glsa_" + g.s(32) + "_" + g.hx(8)
    out.append(P(F + "md-link-creds", f"""See the [dashboards][dash] and the [raw API][api].

[dash]: https://grafana.corp-lab.net/d/ledger-overview
[api]: https://api_key:{gs}@grafana.corp-lab.net/api/dashboards/uid/ledger-overview
""", [gs]))

    ak, asec = g.aws_akid(), g.s(40, ALNUM)
    out.append(P(F + "data-uri", f"""<p>Your temporary deploy credentials are ready.</p>
<a download="credentials.env" href="data:text/plain;charset=utf-8,AWS_ACCESS_KEY_ID%3D{ak}%0AAWS_SECRET_ACCESS_KEY%3D{asec}%0AAWS_REGION%3Deu-west-1">Download credentials.env</a>
""", [asec]))

    sl = g.slack_bot()
    out.append(P(F + "data-uri", f"""<iframe title="bot-config-preview" width="100%" height="120"
  src='data:application/json,{{"channel":"C07K2QZ9M1B","token":"{sl}","notify":true}}'></iframe>
""", [sl]))

    tpw = g.human_pw()
    em = g.email(*g.person(), domain="corp-lab.net")
    out.append(P(F + "email-html", f"""To: {em}
Subject: Your Corp Lab account is ready
Content-Type: text/html; charset=utf-8

<html><body style="font-family:Arial,sans-serif">
<p>Hi,</p>
<p>An account has been created for you. Sign in at <a href="https://portal.corp-lab.net">portal.corp-lab.net</a> with:</p>
<table><tr><td>Username</td><td>{em}</td></tr>
<tr><td>Temporary password</td><td><strong>{tpw}</strong></td></tr></table>
<p>You will be asked to choose a new password on first sign-in.</p>
</body></html>
""", [tpw, em]))

    lin = "lin_api_" + g.s(40)
    out.append(P(F + "email-html", f"""<div class="card">
  <h2>New API key created</h2>
  <p>A personal API key named <em>zapier-sync</em> was created for your workspace.</p>
  <p><code style="background:#f4f4f5;padding:4px 6px">{lin}</code></p>
  <p>Copy it now, for security reasons we won't show it again.</p>
</div>
""", [lin]))

    inv = g.hx(64)
    out.append(P(F + "email-html", f"""<p>Priya invited you to join <b>Corp Lab</b> on Ledger.</p>
<p><a href="https://app.corp-lab.net/invite/accept?token={inv}" style="background:#4f46e5;color:#fff;padding:10px 16px;border-radius:6px">Accept invitation</a></p>
<p style="color:#6b7280">This invitation expires in 7 days.</p>
""", [inv]))

    tw = g.hx(32)
    out.append(P(F + "email-qp", f"""Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<table style=3D"border-collapse:collapse;width:100%">
<tr><td style=3D"padding:4px">Account SID</td><td>{g.twilio_sid()}</td></tr>
<tr><td style=3D"padding:4px">Auth Token</td><td><b>{tw}</b></td></tr>
</table>
<p>Keep these credentials safe =E2=80=94 anyone with them can send SMS from y=
our account.</p>
""", [tw]))

    cpw = g.pw()
    out.append(P(F + "html-comment", f"""<footer class="site-footer">
  <!-- TODO(release): remove before go-live. cms admin / {cpw} -->
  <p>&copy; 2024 Corp Lab Ltd.</p>
</footer>
""", [cpw]))

    wpw = g.pw()
    out.append(P(F + "wiki-export", f"""<h2>Runbook: ledger database</h2>
<table class="confluenceTable"><tbody>
<tr><th class="confluenceTh">Host</th><td class="confluenceTd">ledger-prod.c1k9z2m4q7xw.eu-west-2.rds.amazonaws.com</td></tr>
<tr><th class="confluenceTh">User</th><td class="confluenceTd">ledger_admin</td></tr>
<tr><th class="confluenceTh">Password</th><td class="confluenceTd"><code>{wpw}</code></td></tr>
</tbody></table>
""", [wpw]))

    sk2 = g.stripe()
    out.append(P(F + "jsx", f"""export default function App({{ Component, pageProps }}) {{
  return (
    <PaymentsProvider apiKey="{sk2}" locale="en-GB">
      <Component {{...pageProps}} />
    </PaymentsProvider>
  );
}}
""", [sk2]))

    xp = g.slack_user()
    out.append(P(F + "vue-sfc", f"""<script setup>
import {{ WebClient }} from '@slack/web-api'
const client = new WebClient('{xp}')
</script>

<template>
  <ChannelList :client="client" />
</template>
""", [xp]))

    sig = urllib.parse.quote(g.b64bytes(32), safe="")
    out.append(P(F + "rss-enclosure", f"""<item>
  <title>Episode 12: Double-entry at scale</title>
  <enclosure type="audio/mpeg" length="48211822"
    url="https://corplabmedia.blob.core.windows.net/podcasts/ep12.mp3?sv=2022-11-02&amp;ss=b&amp;srt=o&amp;sp=r&amp;se=2026-01-01T00:00:00Z&amp;st=2024-06-01T00:00:00Z&amp;spr=https&amp;sig={sig}"/>
  <pubDate>Tue, 11 Jun 2024 06:00:00 GMT</pubDate>
</item>
""", [sig]))

    # ---------------- negatives ----------------
    out.append(N(F + "input-value", """<form method="post" action="/login" class="auth">
  <input type="email" name="email" placeholder="you@company" autocomplete="username" required>
  <input type="password" name="password" placeholder="Password" minlength="12" autocomplete="current-password" required>
  <input type="hidden" name="next" value="/dashboard">
  <button type="submit">Sign in</button>
</form>
"""))
    out.append(N(F + "meta-tag", f"""<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#0f172a">
<meta property="og:image" content="https://corp-lab.net/static/og/ledger-2x.png">
<meta name="google-site-verification" content="{g.s(43, B64URL)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
"""))
    out.append(N(F + "md-link-creds", """Read the [setup guide](https://docs.corp-lab.net/ledger/setup?utm_source=readme&utm_medium=repo#prerequisites)
and the [API reference](https://docs.corp-lab.net/ledger/api/v2/#section/Authentication).
Credentials are issued through the [access portal](https://access.corp-lab.net/request?app=ledger&role=read).
"""))
    out.append(N(F + "svg-attr", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">
  <defs><linearGradient id="g-3f9a2c" x1="0" x2="1"><stop offset="0" stop-color="#6366f1"/><stop offset="1" stop-color="#ec4899"/></linearGradient></defs>
  <path fill="url(#g-3f9a2c)" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 3.2a2.4 2.4 0 1 1 0 4.8 2.4 2.4 0 0 1 0-4.8z"/>
</svg>
"""))
    out.append(N(F + "email-html", """<p>We received a request to reset the password for your account.</p>
<p><a href="https://app.corp-lab.net/account/reset" style="background:#4f46e5;color:#fff;padding:10px 16px">Reset password</a></p>
<p>This link expires in 30 minutes. If you didn't ask for this, you can ignore this email.</p>
"""))
    return out
