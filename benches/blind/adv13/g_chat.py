"""Theme 6: chat exports, voice transcripts, OCR text."""
import json

from common import ALNUM, LO, DIG, UP

G = "chat"

NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot",
        "G": "Golf", "H": "Hotel", "I": "India", "J": "Juliett", "K": "Kilo", "L": "Lima",
        "M": "Mike", "N": "November", "O": "Oscar", "P": "Papa", "Q": "Quebec", "R": "Romeo",
        "S": "Sierra", "T": "Tango", "U": "Uniform", "V": "Victor", "W": "Whiskey", "X": "X-ray",
        "Y": "Yankee", "Z": "Zulu"}
NUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def ts(g):
    return f"{g.intr(1704067200, 1735603200)}.{g.digits(6)}"


def seq_ts(g, n):
    base = g.intr(1704067200, 1735603200)
    out = []
    for _ in range(n):
        base += g.intr(4, 240)
        out.append(f"{base}.{g.digits(6)}")
    return out


def build(c, g):
    # ---------------- Slack exports ----------------
    gl = g.gitlab_pat()
    t = seq_ts(g, 3)
    msgs = [
        {"type": "message", "user": "U04QK2M7ZL1", "text": "anyone know why the runner can't clone the infra repo?", "ts": t[0]},
        {"type": "message", "user": "U05B8RXN3TA", "text": f"try with my token for now `{gl}` and i'll make a project token later", "ts": t[1]},
        {"type": "message", "user": "U04QK2M7ZL1", "text": "works :+1:", "ts": t[2]},
    ]
    c.pos(G, "slack-export", "From the #platform channel export (channels/platform/2024-11-07.json):\n" + json.dumps(msgs, indent=4), [gl])

    sk = g.stripe("sk_live")
    cut = g.intr(30, 60)
    a, b = sk[:cut], sk[cut:]
    t = seq_ts(g, 3)
    msgs = [
        {"type": "message", "user": "U03ZZ81KQ0P", "text": f"ok here's the live key, slack keeps cutting it: {a}", "ts": t[0]},
        {"type": "message", "user": "U03ZZ81KQ0P", "text": f"{b}", "ts": t[1]},
        {"type": "message", "user": "U06LL2P9MXC", "text": "got it, thanks. deleting these in 5", "ts": t[2]},
    ]
    c.pos(G, "slack-split", json.dumps(msgs, indent=2), [a, b])

    xb = g.slack_bot()
    c.pos(G, "slack-export", json.dumps({"client_msg_id": g.uuid(), "type": "message",
          "text": f"new bot token for the standup app:\n```SLACK_BOT_TOKEN={xb}```\nplease put it in the k8s secret, not the chart values",
          "user": "U02H7J5QW9B", "ts": ts(g), "team": "T01AB2CD3EF",
          "blocks": [{"type": "rich_text", "block_id": "Xk3p", "elements": []}]}, indent=2), [xb])

    # ---------------- Discord ----------------
    dt = g.discord_bot()
    c.pos(G, "discord-log", f"""[14:02] kai.dev: my bot goes offline after like 10 seconds, no error
[14:03] kai.dev: token is {dt} if anyone wants to try lol
[14:03] mod_frosty: DELETE THAT and reset it in the dev portal right now
[14:04] kai.dev: oh. oops""", [dt])

    dw = g.discord_webhook()
    c.pos(G, "discord-log", f"""[Yesterday at 9:41 PM] ravenclaw99: for the github -> discord notifications just paste this in the repo webhook settings and add /github at the end
[Yesterday at 9:41 PM] ravenclaw99: {dw}
[Yesterday at 9:43 PM] ravenclaw99: content type application/json""", [dw])

    ant = g.anthropic()
    c.pos(G, "discord-log", f"""[Today at 11:20 AM] sunny: can someone check if my key is rate limited? ||{ant}|| (spoilered so it's fine right)
[Today at 11:21 AM] leo: spoilers don't hide anything from scrapers, revoke it""", [ant])

    # ---------------- Teams ----------------
    sa = g.password("random")
    c.pos(G, "teams-chat", f"""Bramwell, Tessa  10:02 AM
can you restart the reporting job? I'm locked out of SQL

Okonkwo, Daniel  10:04 AM
use sa for now, password is {sa}
I'll reset your account after lunch

Bramwell, Tessa  10:05 AM
thanks!!""", [sa])

    th = f"https://contoso{g.digits(3)}.webhook.office.com/webhookb2/{g.uuid()}@{g.uuid()}/IncomingWebhook/{g.hex(32)}/{g.uuid()}/V2{g.s(44, ALNUM + '-_')}"
    c.pos(G, "teams-chat", f"""Daniel Okonkwo  3:17 PM
Connector URL for the alerts channel, use this in Grafana contact points:
{th}
(reacted with 👍 by 2 people)""", [th])

    # ---------------- spelled out ----------------
    body = g.s(14, UP + LO + DIG)
    spelled = " ".join(body)
    c.pos(G, "spelled-out", f"""Support chat transcript, 2025-01-09

Agent: For the integration I need the restricted key, but please don't paste it, just read the last part and I'll confirm it matches.
Customer: ok it's r k underscore live underscore and then {spelled}
Agent: Thanks, that matches what we have on file.""", [spelled])

    pw = g.s(8, UP + LO + DIG)
    parts = []
    for ch in pw:
        if ch.isdigit():
            parts.append(NUM[int(ch)])
        elif ch.isupper():
            parts.append("capital " + NATO[ch])
        else:
            parts.append(NATO[ch.upper()].lower())
    phon = ", ".join(parts)
    c.pos(G, "spelled-out", f"""[09:12] helpdesk-bot: Ticket #88213 note added by L2 engineer:
"Called user, reset done. Temporary password given over the phone as {phon}. User must change at next logon."
[09:13] helpdesk-bot: Status changed: Pending user -> Resolved""", [phon])

    # ---------------- voice-to-text ----------------
    w = g.pick(["purple", "orange", "silver", "golden", "crimson"])
    a2 = g.pick(["dolphin", "tractor", "penguin", "lighthouse", "pancake"])
    n2 = g.pick(["forty two", "ninety nine", "twenty one", "seventeen", "sixty six"])
    vp = f"{w} {a2} {n2} exclamation mark"
    c.pos(G, "voice-transcript", f"""Voicemail transcription (confidence: medium)

"Hi it's me, um, I'm at your place, the plumber's coming at three. I couldn't find the wifi so if he asks, the network is Sunset underscore five G and the password is {vp}. Um. Okay, call me back. Bye."
""", [vp])

    cd = g.card("visa")
    cg = " ".join(cd[i:i + 4] for i in range(0, 16, 4))
    c.pos(G, "voice-transcript", f"""[Call recording auto-transcript, agent 4471]
00:01:12 AGENT: And could I take the long number across the front of the card please?
00:01:15 CALLER: Yeah it's {cg}.
00:01:24 AGENT: Lovely, and the expiry?
00:01:26 CALLER: Oh nine twenty seven.
00:01:29 AGENT: Thank you, that's gone through now.""", [cg])

    jp = g.password("words")
    c.pos(G, "voice-transcript", f"""Meeting transcript - Release sync (auto-generated)

Speaker 1 (00:14:02): Can somebody give Priya access to the staging Jenkins?
Speaker 2 (00:14:09): Just use the shared admin, it's admin and {jp}, I'll rotate it on Friday.
Speaker 1 (00:14:18): Cool. Next item, the flaky payments test.""", [jp])

    # ---------------- OCR ----------------
    ak, sec = g.aws_akid(), g.aws_secret()
    cut = g.intr(18, 26)
    s1, s2 = sec[:cut], sec[cut:]
    c.pos(G, "ocr-screenshot", f"""(text extracted from the screenshot you sent, Tesseract)

Terminal — ubuntu@ip-172-31-9-44: ~ — 80x24
ubuntu@ip-172-31-9-44:~$ cat ~/.aws/credentials
[default]
aws_access_key_id = {ak}
aws_secret_access_key = {s1}
{s2}
ubuntu@ip-172-31-9-44:~$ aws s3 ls
An error occurred (SignatureDoesNotMatch)""", [ak, s1, s2])

    gh = g.github_classic()
    cut = g.intr(20, 30)
    h1, h2 = gh[:cut], gh[cut:]
    c.pos(G, "ocr-screenshot", f"""OCR of screenshot "Screen Shot 2025-01-14 at 10.22.31.png":

Personal access tokens (classic)
Make sure to copy your personal access token now. You won't be able to see it again!
✓ {h1}
{h2}   [copy]
Delete""", [h1, h2])

    wifi = g.password("leet")
    c.pos(G, "ocr-screenshot", f"""Photo of the whiteboard in the meeting room, OCR output:

GUEST WIFI
SSID: Meridian-Guest
PW : {wifi}
Printer: 2nd floor, ask reception
~~ please don't erase ~~""", [wifi])

    # ---------------- IRC / WhatsApp / Telegram ----------------
    ns = g.password("random")
    c.pos(G, "irc-log", f"""[21:04:17] <vexel> /msg NickServ IDENTIFY {ns}
[21:04:19] <vexel> oh no. wrong window
[21:04:22] <mordax> lol. /msg NickServ SET PASSWORD, fast
[21:04:40] * vexel has quit (Quit: changing password)""", [ns])

    ph = "+44 7" + g.digits(3) + " " + g.digits(6)
    nfp = g.password("words")
    c.pos(G, "whatsapp-export", f"""12/01/2025, 21:14 - Mum: Whats the netflix password again darling
12/01/2025, 21:20 - {ph}: It's {nfp}
12/01/2025, 21:20 - {ph}: Capital letters where I put them!!
12/01/2025, 21:31 - Mum: Thank you xx""", [ph, nfp])

    tt = g.telegram()
    c.pos(G, "telegram-chat", f"""Homelab Nerds (Telegram), forwarded message:
> @sysfox: to make the bot post uptime alerts: curl -s "https://api.telegram.org/bot{tt}/sendMessage" -d chat_id=-100{g.digits(10, True)} -d text="NAS down"
> @sysfox: works with my bot, just swap in yours""", [tt])

    # ---------------- negatives ----------------
    c.neg(G, "slack-export", json.dumps([
        {"type": "message", "user": "U04QK2M7ZL1", "text": "rotated the stripe restricted key this morning, the new one is in Vault under secret/payments/stripe", "ts": "1731061021.118439"},
        {"type": "message", "user": "U05B8RXN3TA", "text": "nice. do the workers pick it up automatically?", "ts": "1731061107.220391"},
        {"type": "message", "user": "U04QK2M7ZL1", "text": "yes, the vault agent re-renders the template, pods restart within ~2 min", "ts": "1731061155.301775"},
        {"type": "message", "subtype": "bot_message", "bot_id": "B07C1F2G3H4", "text": ":white_check_mark: deploy payments-worker v2.31.4 finished (build 8812)", "ts": "1731061290.000200"},
    ], indent=2))

    c.neg(G, "discord-log", """[Today at 8:00 AM] StatusBot: ✅ All systems operational (API p95 212 ms, queue depth 14)
[Today at 8:30 AM] StatusBot: ⚠️ Elevated error rate on eu-west gateway (2.1%)
[Today at 8:34 AM] StatusBot: ℹ️ Incident INC-20250114-03 opened, severity SEV3
[Today at 9:02 AM] StatusBot: ✅ Resolved after config rollback to release 2025.01.13-rc2
[Today at 9:05 AM] StatusBot: Reminder: never post tokens here, use /secret request in the bot DM instead""")
