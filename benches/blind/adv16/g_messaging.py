import random
from common import *


def build():
    r = random.Random(1603)
    g = Group("messaging")

    w = slack_webhook(r)
    g.pos("slack_webhook", """hey can you check why this returns `invalid_payload`?

curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy finished :rocket:"}' %s""" % w, [w])

    t = slack_bot(r)
    g.pos("slack_bot", """[10:42] ops-bot: starting with SLACK_BOT_TOKEN=%s
[10:42] ops-bot: slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage)
The server responded with: {'ok': False, 'error': 'not_in_channel'}""" % t, [t])

    t = slack_user(r)
    g.pos("slack_user", """# scripts/export_channel.py
import requests
TOKEN = "%s"  # my user token, has channels:history
resp = requests.get("https://slack.com/api/conversations.history",
                    headers={"Authorization": f"Bearer {TOKEN}"},
                    params={"channel": "C05QK7M2R1A", "limit": 200})""" % t, [t])

    t = "xapp-1-A%s-%s-%s" % (rs(r, UP + DIG, 10), digits(r, 13), hexs(r, 64))
    bt = slack_bot(r)
    ss = hexs(r, 32)
    g.pos("slack_socket", """SLACK_APP_TOKEN=%s
SLACK_BOT_TOKEN=%s
SLACK_SIGNING_SECRET=%s""" % (t, bt, ss), [t, bt, ss])

    t = discord_bot(r)
    g.pos("discord_bot", """import discord
client = discord.Client(intents=discord.Intents.default())

@client.event
async def on_ready():
    print(f"logged in as {client.user}")

client.run("%s")""" % t, [t])

    w = discord_webhook(r)
    g.pos("discord_webhook", """> **#alerts-setup** — pasted the webhook for the uptime monitor, use this one:
> %s
> (don't share outside the server)""" % w, [w])

    t = telegram_bot(r)
    g.pos("telegram", """Why does my bot get 409 Conflict?

$ curl "https://api.telegram.org/bot%s/getUpdates?offset=-1"
{"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request"}""" % t, [t])

    t = telegram_bot(r)
    g.pos("telegram", """TELEGRAM:
  token: '%s'
  chat_id: -100%s
  parse_mode: MarkdownV2""" % (t, digits(r, 10)), [t])

    w = teams_webhook(r, "northwindtraders")
    g.pos("teams_webhook", """$body = @{ title = "Backup job"; text = "Nightly backup completed in 42 min" } | ConvertTo-Json
Invoke-RestMethod -Method Post -ContentType 'application/json' -Body $body `
  -Uri '%s'""" % w, [w])

    sid, tok = twilio_sid(r), hexs(r, 32)
    g.pos("twilio", """from twilio.rest import Client
account_sid = "%s"
auth_token = "%s"
client = Client(account_sid, auth_token)
msg = client.messages.create(to="+15005550006", from_="+15005550006", body="Your code is 482913")""" % (sid, tok), [tok])

    ks, kt = twilio_sid(r, "SK"), b62(r, 32)
    g.pos("twilio", """TWILIO_ACCOUNT_SID=%s
TWILIO_API_KEY=%s
TWILIO_API_SECRET=%s""" % (twilio_sid(r), ks, kt), [kt])

    sg = sendgrid(r)
    g.pos("sendgrid", """const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('%s');
await sgMail.send({ to: process.env.ALERT_TO, from: 'noreply@status.acme.io', subject: 'Status', text: 'ok' });""" % sg, [sg])

    sg = sendgrid(r)
    g.pos("smtp_sendgrid", """# postfix /etc/postfix/sasl_passwd
[smtp.sendgrid.net]:587 apikey:%s""" % sg, [sg])

    mk = mailgun(r)
    g.pos("mailgun", """curl -s --user 'api:%s' \\
  https://api.eu.mailgun.net/v3/mg.acme.io/messages \\
  -F from='Acme <noreply@mg.acme.io>' -F to=ops-digest@acme.io -F subject='weekly digest' -F text='see attached'""" % mk, [mk])

    mk = "key-" + hexs(r, 32)
    g.pos("mailgun", """MAILGUN_DOMAIN=sandbox%s.mailgun.org
MAILGUN_API_KEY=%s""" % (hexs(r, 32), mk), [mk])

    pm = uuid4(r)
    g.pos("postmark", """var client = new postmark.ServerClient("%s");
client.sendEmailWithTemplate({ From: "receipts@shop.acme.io", To: customer.email, TemplateAlias: "receipt", TemplateModel: model });""" % pm, [pm])

    vk, vs = hexs(r, 8), b62(r, 16)
    g.pos("vonage", """Vonage settings in our admin panel:
API key: %s
API secret: %s
Sender ID: ACMEALERT""" % (vk, vs), [vk, vs])

    p = password(r, 16)
    g.pos("smtp_config", """# config/mail.php-ish env
MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_PORT=587
MAIL_USERNAME=notifications@fabrikam-logistics.com
MAIL_PASSWORD=%s
MAIL_ENCRYPTION=tls""" % p, [p])

    p = password(r, 14)
    g.pos("smtp_config", """spring:
  mail:
    host: smtp.gmail.com
    port: 587
    username: alerts.fabrikam@gmail.com
    password: %s
    properties.mail.smtp.starttls.enable: true""" % p, [p])

    p = "".join(rs(r, LOW, 4) for _ in range(4))
    g.pos("smtp_url", """EMAIL_URL=smtp+tls://reports.bot%%40gmail.com:%s@smtp.gmail.com:587""" % p, [p])

    p = password(r, 12)
    g.pos("smtp_log", """Mar 11 04:17:52 mx1 postfix/smtp[21731]: connect to smtp.mailprovider.net:465
Mar 11 04:17:53 mx1 python3[21730]: DEBUG smtplib: send: 'AUTH PLAIN %s\\r\\n'
Mar 11 04:17:53 mx1 python3[21730]: DEBUG smtplib: reply: b'235 2.7.0 Authentication successful\\r\\n'""" % b64("\0relay-user\0" + p), [b64("\0relay-user\0" + p)])

    mt = matrix_token(r, "alertbot")
    g.pos("matrix", """homeserver: https://matrix.fabrikam.chat
user_id: "@alertbot:fabrikam.chat"
access_token: "%s"
device_id: QWKXMBRTPZ
rooms:
  - "!kXqTnVpLwRzYbMcD:fabrikam.chat\"""" % mt, [mt])

    mt = "mct_" + b62(r, 30) + "_" + b62(r, 6)
    g.pos("matrix", """curl -XPOST -d '{"msgtype":"m.text","body":"backup done"}' \\
  "https://matrix.example-hs.org/_matrix/client/v3/rooms/%%21abcdEFGHijkl:example-hs.org/send/m.room.message?access_token=%s\"""" % mt, [mt])

    wt = meta_token(r)
    g.pos("whatsapp", """curl -i -X POST https://graph.facebook.com/v19.0/%s/messages \\
  -H 'Authorization: Bearer %s' \\
  -H 'Content-Type: application/json' \\
  -d '{ "messaging_product": "whatsapp", "to": "RECIPIENT", "type": "template", "template": { "name": "hello_world", "language": { "code": "en_US" } } }'""" % (digits(r, 15), wt), [wt])

    wt = meta_token(r)
    vt = hexs(r, 24)
    g.pos("whatsapp", """WHATSAPP_TOKEN=%s
WHATSAPP_VERIFY_TOKEN=%s
WHATSAPP_PHONE_NUMBER_ID=%s""" % (wt, vt, digits(r, 15)), [wt, vt])

    ts = "xoxe.xoxp-1-" + rs(r, B62, 140)
    g.pos("slack_user", """Slack rotated my token and gave me this refresh-able one, is the format right? %s""" % ts, [ts])

    pw = password(r, 20)
    g.pos("rocketchat", """ROCKETCHAT_URL=https://chat.fabrikam.local
ROCKETCHAT_USER=hubot
ROCKETCHAT_PASSWORD=%s
ROCKETCHAT_ROOM=GENERAL""" % pw, [pw])

    tk = rs(r, LOW + DIG, 26)
    hk = "https://mm.fabrikam.local/hooks/" + rs(r, LOW + DIG, 26)
    g.pos("mattermost", """Incoming webhook for mattermost → %s
personal access token for the bot: %s""" % (hk, tk), [hk, tk])

    mt = "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43)
    mc = hexs(r, 32) + "-us21"
    md = "md-" + rs(r, B62 + "_", 22)
    g.pos("mailchimp", """MAILCHIMP_API_KEY=%s
MANDRILL_KEY=%s
SENDGRID_FALLBACK=%s""" % (mc, md, mt), [mc, md, mt])

    ps = hexs(r, 20)
    g.pos("pusher", """Pusher channels creds (app 1789234):
key = %s
secret = %s
cluster = eu""" % (hexs(r, 20), ps), [ps])

    # ---------------- negatives
    g.neg("slack_docs", """To post from a script, create an incoming webhook in your Slack app settings. Slack gives you a URL of the form
https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
Store it as a secret (for example SLACK_WEBHOOK_URL) and never commit it. Bot tokens start with xoxb- and user tokens with xoxp-.""")
    g.neg("twilio_docs", """# Find your Account SID and Auth Token at twilio.com/console
# and set the environment variables. See http://twil.io/secure
import os
from twilio.rest import Client
account_sid = os.environ["TWILIO_ACCOUNT_SID"]
auth_token = os.environ["TWILIO_AUTH_TOKEN"]
client = Client(account_sid, auth_token)""")
    g.neg("discord_docs", """client.run(os.getenv("DISCORD_TOKEN"))
# Never hard-code the bot token. Reset it under Developer Portal > Bot > Reset Token if it leaks.""")
    g.neg("telegram_docs", """Each bot is given a unique authentication token when it is created. The token looks something like 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11, but we'll use simply <token> in this document instead.""")
    g.neg("smtp_config", """MAIL_MAILER=smtp
MAIL_HOST=${SMTP_HOST}
MAIL_PORT=587
MAIL_USERNAME=${SMTP_USER}
MAIL_PASSWORD=${SMTP_PASSWORD}
MAIL_ENCRYPTION=tls""")
    g.neg("sendgrid_docs", """SendGrid API keys begin with "SG." followed by the key id and the secret. Use the setApiKey method with process.env.SENDGRID_API_KEY; the key is shown only once when created, so store it in your secret manager.""")
    g.neg("matrix_log", """2024-06-02 11:03:14,221 - synapse.access.http.8008 - 450 - INFO - GET-2918 - ::1 - 8008 - {None} Processed request: 0.003sec/0.000sec (0.000sec, 0.000sec) (0.000sec/0.000sec/0) 187B 200 "GET /_matrix/client/versions HTTP/1.1" "curl/8.5.0" [0 dbevts]""")
    g.neg("teams_card", """{
  "type": "message",
  "attachments": [{
    "contentType": "application/vnd.microsoft.card.adaptive",
    "content": { "type": "AdaptiveCard", "version": "1.4",
      "body": [{ "type": "TextBlock", "text": "Nightly backup completed", "weight": "Bolder" }] }
  }]
}""")
    g.neg("whatsapp_docs", """Webhook verification: Meta sends hub.mode=subscribe, hub.challenge and hub.verify_token. Compare hub.verify_token to the value you configured, then echo hub.challenge with status 200. Access tokens should be read from WHATSAPP_TOKEN at startup.""")
    return g.cases
