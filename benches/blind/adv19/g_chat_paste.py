"""Group chat_paste: secrets pasted into conversations and chat exports."""
from common import *  # noqa: F401,F403
import json


def build():
    g = Group("chat_paste")
    r = g.r

    # ------------------------------------------------------------ whatsapp
    akid, asec = aws_key_id(r), aws_secret(r)
    g.p("whatsapp_export", f"""[12/03/24, 21:14:07] Marcus Delgado: hey are you still at the laptop?
[12/03/24, 21:14:31] Tyler Okafor: ya whats up
[12/03/24, 21:15:02] Marcus Delgado: the nightly export to S3 died again, can u run it from your machine
[12/03/24, 21:15:40] Marcus Delgado: use these, they're the backup-bot ones
[12/03/24, 21:15:41] Marcus Delgado: AWS_ACCESS_KEY_ID={akid}
[12/03/24, 21:15:41] Marcus Delgado: AWS_SECRET_ACCESS_KEY={asec}
[12/03/24, 21:16:10] Tyler Okafor: 👍 on it
[12/03/24, 21:31:55] Tyler Okafor: done, 14.2 GB uploaded
[12/03/24, 21:32:20] Marcus Delgado: legend 🙏 <Media omitted>""", [akid, asec])

    pw = password(r, "human")
    sk = stripe_short(r, "rk_live_")
    g.p("whatsapp_export", f"""04.05.24, 09:02 - Jonas Krüger: Moin! Kurze Frage wegen dem Laden-WLAN
04.05.24, 09:03 - Hannah Weißmann: Netz heißt "Kaffeebar_Gast", Passwort {pw}
04.05.24, 09:03 - Jonas Krüger: danke!!
04.05.24, 09:10 - Jonas Krüger: und für das Kassensystem brauch ich noch den Stripe Key, der alte geht nicht mehr
04.05.24, 09:12 - Hannah Weißmann: {sk}
04.05.24, 09:12 - Hannah Weißmann: das ist der eingeschränkte, nur für Terminal-Zahlungen
04.05.24, 09:13 - Jonas Krüger: Nachricht wurde gelöscht""", [pw, sk])

    g.n("whatsapp_export", """[03/07/24, 18:40:12] ops-oncall: heads up, I rotated the payment provider key at 18:30
[03/07/24, 18:40:30] ops-oncall: new one is only in the password manager, folder "Prod / Payments"
[03/07/24, 18:41:02] backend-dev: ok, do I need to redeploy?
[03/07/24, 18:41:45] ops-oncall: no, the pods read it from the secret store on restart, just bounce them
[03/07/24, 18:42:10] backend-dev: 👍 will do after the standup
[03/07/24, 18:55:33] backend-dev: <Media omitted>""")

    # ------------------------------------------------------------ telegram
    tok = telegram_bot_token(r)
    msgs = {"name": "Infra alerts", "type": "private_group", "id": int(digits(r, 10)), "messages": [
        {"id": 4411, "type": "message", "date": "2024-02-19T23:02:11", "from": "Vikram Reddy",
         "text": "bot stopped posting again, anyone changed the token?"},
        {"id": 4412, "type": "message", "date": "2024-02-19T23:04:56", "from": "Ananya Banerjee",
         "text": "I regenerated it in BotFather yesterday, sorry. here: " + tok},
        {"id": 4413, "type": "message", "date": "2024-02-19T23:05:20", "from": "Vikram Reddy",
         "text": "thx, updating the alertmanager config now"}]}
    g.p("telegram_export", "result.json from the Telegram export, can you tell me why the bot shows as offline?\n\n"
        + json.dumps(msgs, indent=1, ensure_ascii=False), [tok])

    dbpw = url_password(r)
    host = "pg-%s.%s.eu-central-1.rds.amazonaws.com" % (rs(r, LOWER, 6), rs(r, LOWER + DIGITS, 12))
    g.p("telegram_export", f"""Дмитрий Волков, [21.11.2023 14:07]
Привет! Вот строка подключения к стейджингу, только никому не пересылай

Дмитрий Волков, [21.11.2023 14:07]
postgresql://analytics_ro:{dbpw}@{host}:5432/warehouse

Анна Смирнова, [21.11.2023 14:09]
Спасибо, подключилась 👌""", [dbpw])

    # ------------------------------------------------------------ signal
    vt = vault_token(r)
    g.p("signal", f"""Signal conversation with Erik Åkesson
Erik Åkesson  Mon 22:48
hey the vault ui logs me out every 5 min, can you just give me a token for tonight's migration
Me  Mon 22:51
fine but it expires at 6am
Me  Mon 22:51
{vt}
Erik Åkesson  Mon 22:52
cheers 🙌  (this message will disappear in 1 day)""", [vt])

    ak = age_key(r)
    g.p("signal", f"""Note to Self
Today 08:15
backup key for the family photos archive (age), DON'T lose:
{ak}
Today 08:16
public part is in the README on the NAS""", [ak])

    # ------------------------------------------------------------ slack
    xb = slack_token(r, "xoxb")
    ts = 1709800000 + r.randrange(900000)
    exp = [{"type": "message", "user": "U0" + rs(r, UPPER + DIGITS, 9), "ts": "%d.%06d" % (ts, r.randrange(10**6)),
            "text": "why does `slack_sdk` say `invalid_auth`? using this in the workflow:\n```SLACK_BOT_TOKEN=%s```" % xb},
           {"type": "message", "user": "U0" + rs(r, UPPER + DIGITS, 9), "ts": "%d.%06d" % (ts + 95, r.randrange(10**6)),
            "text": "is the app reinstalled to the workspace? tokens change when you reinstall"}]
    g.p("slack_export", "channels/dev-help/2024-03-07.json\n" + json.dumps(exp, indent=4), [xb])

    ghp = github_token(r)
    g.p("slack_export", f"""Brianna Hollister  10:42 AM
can someone with org admin check why the release workflow can't push tags?
Brianna Hollister  10:43 AM
I set RELEASE_TOKEN to my personal one for now: {ghp}
Keisha Brennan  10:47 AM
please don't put PATs in channels 😬 but it's probably missing the `workflow` scope
Brianna Hollister  10:47 AM
ugh ok will rotate after""", [ghp])

    g.n("slack_export", """release-captain  11:05 AM
rotated. the new release token lives in the repo secrets as RELEASE_TOKEN, value is `ghp_…` (redacted) — ping me if the workflow still fails
qa-lead  11:06 AM
:white_check_mark: tagged v4.12.0 fine now
release-captain  11:06 AM
nice, closing the incident thread""")

    # ------------------------------------------------------------ teams
    acct = "st" + rs(r, LOWER + DIGITS, 12)
    akey = azure_storage_key(r)
    g.p("teams", f"""[10:02] Chiara Colombo
Ciao, I can't get the function app to read the blob container, local works but Azure doesn't

[10:04] Chiara Colombo
local.settings.json:
  "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={akey};EndpointSuffix=core.windows.net"

[10:09] Alessandro Ricci
did you add it under Configuration > Application settings in the portal too?

[10:10] Chiara Colombo
ah no 🙈 thanks""", [akey])

    pw = password(r, "random")
    g.p("teams", f"""Réunion : Migration ERP – transcription
00:14:31 Étienne Girard
Donc pour le compte de service SAP, l'identifiant c'est svc_erp_batch et le mot de passe c'est {pw}, je vous le mets dans le chat.
00:14:52 Léa Fontaine
Il faudrait peut-être pas le mettre dans la transcription...
00:15:03 Étienne Girard
Oui, je le change vendredi.""", [pw])

    # ------------------------------------------------------------ discord
    dtok = discord_bot_token(r)
    g.p("discord", f"""kestrel — Today at 3:14 PM
my bot keeps throwing `discord.errors.LoginFailure: Improper token has been passed.` 😭
kestrel — Today at 3:14 PM
```py
client.run("{dtok}")
```
mod_lynx — Today at 3:16 PM
you just leaked your token in a public server, reset it in the dev portal NOW
kestrel — Today at 3:16 PM
oh no""", [dtok])

    ok = openai_key(r)
    g.p("discord", f"""[2024-05-02 19:22] pixelwitch: why does this fail? `openai.AuthenticationError: Error code: 401`
[2024-05-02 19:22] pixelwitch: import openai
client = openai.OpenAI(api_key="{ok} ")
[2024-05-02 19:24] quasar: there's a trailing space inside the quotes lol
[2024-05-02 19:24] pixelwitch: omg""", [ok])

    # ------------------------------------------------------------ email chain
    pw = password(r, "human")
    first, last, full, _ = person(r, "uk")
    g.p("email_chain", f"""Hi Sam,

Thanks — that worked, I'm in.

Kind regards,
{full}
Finance Systems | Northgate Logistics

On Wed, 6 Mar 2024 at 16:20, IT Service Desk wrote:
> Hi {first},
>
> I've reset your VPN account. Your temporary password is:
>
>     {pw}
>
> You'll be asked to change it on first login.
>
> > On Wed, 6 Mar 2024 at 15:58, {full} wrote:
> > I'm locked out of the VPN after the laptop swap, can you reset me?""", [pw])

    sg = sendgrid_key(r)
    g.p("email_chain", f"""Re: Re: transactional mails not going out

yes that's the one, I rotated it after the contractor left.

> > On Mon, Feb 12, 2024, Ryan Castellano wrote:
> > > which key is the app using? the dashboard says 0 requests today
> > We use this one in prod (set as SENDGRID_API_KEY):
> > {sg}
> > Let me know if mails still bounce.
>
> That's weird, it's marked as "revoked" on my side.""", [sg])

    sftp_pw = password(r, "random", symbols="!%*+-_.")
    g.p("email_chain", f"""Betreff: AW: Zugang SFTP Lieferantenportal

Hallo Herr Krüger,

anbei wie besprochen die Zugangsdaten für den SFTP-Upload der Preislisten:

  Host:      sftp.lieferportal-nord.de, Port 2222
  Benutzer:  lief_0{digits(r, 4)}
  Kennwort:  {sftp_pw}

Bitte ändern Sie das Kennwort nach der ersten Anmeldung.

Mit freundlichen Grüßen
Katharina Hoffmann
Einkauf / Stammdaten

> Am 14.02.2024 um 11:32 schrieb Jonas Krüger:
> Können Sie mir die Zugangsdaten nochmal schicken? Die alte Mail finde ich nicht mehr.""", [sftp_pw])

    g.n("email_chain", """Re: credentials for the staging bucket

Hi both,

As discussed on the call I won't send the access keys by mail. I've shared them through the
secrets manager instead (entry "staging-bucket-uploader", expires in 7 days). You should see it
under Shared with me. If the link asks for a passcode, it's the one from the onboarding sheet.

Cheers,
Platform team

> On Thu, 14 Mar 2024, Data Engineering wrote:
> Could you send us the keys for the uploader? Ideally today, the vendor is waiting.""")

    # ------------------------------------------------------------ github issue
    npm = npm_token(r)
    g.p("github_issue", f"""### Bug: `npm publish` fails with E403 in CI

**Environment**
```
node v20.11.1
npm 10.2.4
runner: ubuntu-22.04
```

**Output of `env | sort` from the failing step**
```
CI=true
GITHUB_REF=refs/tags/v2.8.0
HOME=/home/runner
NODE_AUTH_TOKEN={npm}
NPM_CONFIG_USERCONFIG=/home/runner/work/_temp/.npmrc
RUNNER_OS=Linux
```

**Expected** the package is published. **Actual** `403 Forbidden - PUT https://registry.npmjs.org/@acme%2fui-kit`""", [npm])

    fpat = github_fine_pat(r)
    g.p("github_issue", f"""@maintainers I can reproduce on main. Here's the exact request I'm sending, the API returns 404 for a repo I definitely have access to:

```bash
curl -sS -H "Accept: application/vnd.github+json" \\
  -H "Authorization: Bearer {fpat}" \\
  -H "X-GitHub-Api-Version: 2022-11-28" \\
  https://api.github.com/repos/acme-internal/billing-service/actions/runs?per_page=5
```

Is it the fine-grained token not being approved by the org yet?""", [fpat])

    dsn = sentry_dsn(r)
    ddk = datadog_api(r)
    g.p("github_issue", f"""**Describe the bug**
After upgrading to 3.0 the app crashes on start with `ValueError: Unsupported scheme`.

**Config** (`config/observability.yaml`):
```yaml
sentry:
  dsn: {dsn}
  traces_sample_rate: 0.2
datadog:
  api_key: {ddk}
  site: datadoghq.eu
```
**Version** 3.0.1, python 3.12""", [ddk])

    g.n("github_issue", """Thanks for the report! I edited your comment to remove the token you pasted (please revoke it anyway,
it was visible for ~10 minutes). For future reports, you can paste the config like this:

```yaml
sentry:
  dsn: ${SENTRY_DSN}
datadog:
  api_key: ${DD_API_KEY}   # ****redacted****
```

The crash itself is tracked in #2291, fix lands in 3.0.2.""")

    # ------------------------------------------------------------ gitlab
    gl = gitlab_pat(r)
    g.p("gitlab_issue", f"""Joan commented 2 hours ago

Mirror job still red. Log from the runner:

```
$ git clone https://oauth2:{gl}@gitlab.com/acme/platform/infra-modules.git
Cloning into 'infra-modules'...
remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled
```
Did the token expire? It was created with `read_repository` only.""", [gl])

    glrt = "glrt-" + rs(r, ALNUM + "-_", 20)
    g.p("gitlab_issue", f"""Review comment on `.gitlab/runner/config.toml` (line 9)

> ```toml
> [[runners]]
>   name = "k8s-build-pool"
>   url = "https://gitlab.acme-corp.net"
>   token = "{glrt}"
>   executor = "kubernetes"
> ```

This must not be committed, please move it into the chart values from the sealed secret.""", [glrt])

    # ------------------------------------------------------------ forum
    sid, auth = twilio_sid(r), hexs(r, 32)
    g.p("forum", f"""Title: Twilio SMS works locally but 401 on Heroku?

I've been stuck on this for two days. Locally this script sends fine, on Heroku I get
`HTTP 401 error: Unable to create record: Authenticate`.

    from twilio.rest import Client
    account_sid = "{sid}"
    auth_token  = "{auth}"
    client = Client(account_sid, auth_token)
    client.messages.create(to=to, from_=TWILIO_NUMBER, body="Your order shipped")

Anyone seen this? Edit: formatting""", [auth])

    mg = mailgun_key(r)
    g.p("forum", f"""Hola a todos, tengo un problema con Mailgun desde Laravel. Los correos no salen y en el log
aparece "Forbidden". Mi .env es:

MAIL_MAILER=mailgun
MAILGUN_DOMAIN=mg.tiendaverde.es
MAILGUN_SECRET={mg}
MAILGUN_ENDPOINT=api.eu.mailgun.net

¿Alguien sabe qué estoy haciendo mal? Gracias de antemano!!""", [mg])

    g.n("forum", """Re: where should I keep my API keys in a React app?

Short answer: you can't hide them in frontend code. Anything bundled into the JS is readable by
anyone who opens dev tools. Put the key on a small backend (or a serverless function), read it
from an environment variable there (process.env.PAYMENT_API_KEY), and have the browser call
your backend instead. Also restrict the key by referrer/IP in the provider dashboard and rotate
it if it was ever committed.""")

    # ------------------------------------------------------------ jira
    pw = url_password(r)
    g.p("jira", f"""PLAT-{digits(r, 4)}: Reporting DB replica lag alarms

Comment by Piotr Zieliński:
Reproduced with the read-only user, query times out after 30s:
{{code:bash}}
psql "postgres://report_ro:{pw}@replica-2.db.internal:5432/reporting?sslmode=require" -c "select now() - pg_last_xact_replay_timestamp();"
{{code}}
Lag is ~14 min during the ETL window. Assigning to DBA team.""", [pw])

    atl = atlassian_token(r)
    g.p("jira", f"""SUP-{digits(r, 4)} Automation rule fails with 401

Steps: I tested the REST call from my laptop first:
{{noformat}}
curl -u automation-bot:{atl} \\
  -H "Content-Type: application/json" \\
  https://acme.atlassian.net/rest/api/3/issue/SUP-1022/transitions
{{noformat}}
returns 401 too. Was the bot account deactivated?""", [atl])

    g.n("jira", """OPS-4410 Rotate service credentials (quarterly)

Checklist:
(/) payments gateway key — rotated, stored in Vault at secret/payments/gateway
(/) SMTP relay password — rotated
(x) analytics warehouse user — blocked, owner on leave until 22 April
Notes: no credentials in this ticket please, link the Vault path instead.""")

    # ------------------------------------------------------------ linear
    lin = linear_key(r)
    g.p("linear", f"""ENG-{digits(r, 3)} · Sync script creates duplicate issues

Matilda Fitzgerald commented:
repro script attached. Run with `LINEAR_API_KEY={lin} python sync.py --dry-run` and you'll see
each issue is created twice when the label has an emoji in it.""", [lin])

    # ------------------------------------------------------------ sms
    pw = password(r, "human")
    g.p("sms", f"""Messages — Today 7:41 AM
+1 (919) 4{digits(r, 2)}-{digits(r, 4)}: Hi it's Dan from the front office. Router admin got reset by the ISP tech.
new login is admin / {pw}
please don't change it this time lol
Today 7:44 AM
Me: got it thx""", [pw])

    tmp = password(r, "random", symbols="#%*-_")
    g.p("sms", f"""<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="2">
  <sms protocol="0" address="+4917{digits(r, 8)}" date="{1700000000000 + r.randrange(10**10)}" type="1"
       body="Hallo Lukas, dein vorläufiges Passwort für das Mitarbeiterportal lautet {tmp} – bitte nach dem ersten Login ändern. Gruß, Personalabteilung" read="1" />
  <sms protocol="0" address="+4917{digits(r, 8)}" date="{1700000000000 + r.randrange(10**10)}" type="2"
       body="Danke!" read="1" />
</smses>""", [tmp])

    g.n("sms", """DHL: Your parcel JJD0149{0} will be delivered today between 13:00 and 15:00.
Manage delivery: dhl.de/manage  Reply STOP to opt out.
---
Your table for 4 at Osteria Lupo is confirmed for Fri 19:30. Booking ref RX-88K2.""".format(digits(r, 11)))

    # ------------------------------------------------------------ split key
    ok = openai_key(r)
    cut = r.randrange(60, 100)
    g.p("split_key", f"""Gabriel Rodrigues Lima  4:02 PM
the key is too long for the mobile client so I'll send in two parts
Gabriel Rodrigues Lima  4:02 PM
{ok[:cut]}
Gabriel Rodrigues Lima  4:02 PM
{ok[cut:]}
Gabriel Rodrigues Lima  4:03 PM
just glue them together, no space""", [ok[:cut], ok[cut:]])

    asec = aws_secret(r)
    akid = aws_key_id(r)
    g.p("split_key", f"""[08/01/24, 13:20:01] Oskar Bergström: id {akid}
[08/01/24, 13:20:15] Oskar Bergström: secret first half {asec[:20]}
[08/01/24, 13:20:44] Oskar Bergström: second half {asec[20:]}
[08/01/24, 13:21:02] Elin Lindqvist: got it, running terraform now""", [akid, asec[:20], asec[20:]])

    an = anthropic_key(r)
    a, b = len(an) // 3, 2 * len(an) // 3
    g.p("split_key", f"""nullbyte — Yesterday at 11:58 PM
key part 1/3: {an[:a]}
nullbyte — Yesterday at 11:58 PM
2/3 {an[a:b]}
nullbyte — Yesterday at 11:59 PM
3/3 {an[b:]}
nullbyte — Yesterday at 11:59 PM
delete after copying pls, discord search indexes everything""", [an[:a], an[a:b], an[b:]])

    # ------------------------------------------------------------ dictated passwords
    pw = password(r, "phrase")
    g.p("dictated_password", f"Hi! Welcome to the cabin 🌲 the wifi password is {pw} (the second word starts with a capital). Checkout is 10am, keys go in the lockbox.", [pw])

    pw = password(r, "phrase")
    g.p("dictated_password", f"""Tue 18:02 Lucía: ya estoy en la oficina nueva, cómo me conecto?
Tue 18:03 Javier: red "Oficina-5G", y cuando te pida la clave pon {pw}
Tue 18:03 Lucía: perfecto gracias""", [pw])

    pw = password(r, "human")
    g.p("dictated_password", f"can you write me a bash script that logs into our NAS over ssh and runs a backup? user is admin, pw {pw}, host is nas.local. also why does rsync keep asking for it", [pw])

    pw = password(r, "random", symbols="!#%-_")
    g.p("dictated_password", f"""Voicemail transcript (0:41)
"Hey, it's Jess from the clinic front desk. The new login for the scheduling system —
username front.desk2, and the password is {pw}, I'll spell it out when you call back
because the capitals matter. Thanks, bye."
""", [pw])

    pw = password(r, "phrase")
    g.p("dictated_password", f"""Guest network: Haus-Gast
just type in {pw} when your phone asks, it's case sensitive
(router is in the hallway cupboard if it drops)""", [pw])

    g.n("dictated_password", """the wifi password is on the sticker under the router (the long one, not the WPS PIN).
If that doesn't work press the reset button for 10 seconds and use the default from the sticker again.""")

    return g.cases
