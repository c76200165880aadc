"""Group voice_ocr: credentials and PII in speech-to-text transcripts and OCR output."""
import json

from common import D, J, b64s

SEED = 2306
TITLE = "speech-to-text transcripts and OCR of screenshots/photos"
COVERS = [
    "WebVTT/SRT captions, Teams/Zoom transcripts with speaker labels, AI note-taker summaries, voicemail transcriptions",
    "dictated passwords spelled out ('capital T, i, ...') next to the assembled value; one hyphen-spelled run listed as written",
    "call-centre transcript with a card number in words and the agent's digits; dictated phone number and e-mail",
    "AWS Transcribe JSON with an SSN, YouTube captions with on-screen keys",
    "OCR of terminals with line numbers and box-drawing borders (tmux panes, VS Code, Jupyter, aws configure, kubectl secrets)",
    "OCR'd tables with misplaced pipes, sticky notes, whiteboards, router labels, browser password managers, RDP dialogs",
    "OCR of card photos (number, name, CVV on the back), passport TD3 and ID-card TD1 MRZ lines with valid check digits, "
    "bank slips (IBAN/BIC), Medicare card, recovery-code printouts and TOTP setup keys",
    "noise stays outside the secret: the secret string itself is always intact",
    'OCR of `cat ~/.ssh/id_rsa` with line-number gutter (OpenSSH RSA key), paper backup card with Bitcoin WIF (base58check), Ethereum private key and age secret key',
]

SAY = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
       "8": "eight", "9": "nine", "!": "exclamation mark", "@": "at sign", "#": "hash", "$": "dollar sign",
       "%": "percent", "&": "ampersand", "*": "asterisk", "?": "question mark", "-": "dash", "_": "underscore",
       ".": "dot", "+": "plus"}


def spell(pw):
    out = []
    for ch in pw:
        if ch.isupper():
            out.append("capital " + ch)
        elif ch.islower():
            out.append(ch)
        else:
            out.append(SAY[ch])
    return ", ".join(out)


def digits_words(s):
    return " ".join(SAY[ch] for ch in s if ch.isdigit())


def build(c):
    g, r, p = c.g, c.rng, c.pii

    # 1 WebVTT with password said in passing
    pw = g.pw_passphrase(sep="-", k=2)
    c.pos("vtt_transcript", D("""
        WEBVTT

        00:14:02.120 --> 00:14:05.480
        <v Priya Raman>For now the staging admin password is ⟦pw⟧,

        00:14:05.480 --> 00:14:08.010
        <v Priya Raman>I'll rotate it after the demo on Thursday.

        00:14:08.300 --> 00:14:09.900
        <v Tom Becker>Perfect, thanks.
        """, pw=pw), [pw])

    # 2 dictated password spelled out + assembled
    pw = g.pw_pronounceable()
    c.pos("dictation", D("""
        [00:03:12] Agent: Okay, I've reset it. Your temporary password is ... let me spell it.
        [00:03:15] Agent: ⟦sp⟧.
        [00:03:24] Caller: Sorry, one more time?
        [00:03:26] Agent: Sure, so written out that's ⟦pw⟧ — you'll be asked to change it at first login.
        """, sp=spell(pw), pw=pw), [pw])

    # 3 STT rendered a hyphen-spelled run (no assembled value)
    pw = g.s("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789", 10)
    run = "-".join(pw)
    c.pos("dictation", D("""
        Speaker 1 (00:21:40): what's the wifi in the lab again
        Speaker 2 (00:21:43): it's the guest one, key is ⟦run⟧ all one word
        Speaker 1 (00:21:50): got it
        """, run=run), [run])

    # 4 Otter-style notes with Stripe key
    sk = g.stripe("sk", "live")
    c.pos("meeting_notes", D("""
        Weekly Payments Sync — Otter summary
        Keywords: refunds, Stripe, rotation
        Action items
        • Dan to rotate the live Stripe key — current one read out in the call: ⟦k⟧
        • Mei to update the runbook
        • Follow-up next Tuesday
        """, k=sk), [sk])

    # 5 Teams transcript with key read out
    key = g.sendgrid()
    c.pos("teams_transcript", D("""
        Becker, Tom   10:42
        Can you paste the SendGrid key in here so I can test from my machine?
        Okafor, Ada   10:43
        Sure: ⟦k⟧
        Becker, Tom   10:43
        Thanks, works.
        """, k=key), [key])

    # 6 OCR of a terminal with line numbers + box drawing
    ak, sk = g.aws_akid(), g.aws_secret()
    c.pos("ocr_terminal", D("""
        ┌─ deploy.sh ─────────────────────────────────────────────┐
        │ 11 │ #!/usr/bin/env bash                                  │
        │ 12 │ export AWS_ACCESS_KEY_ID=⟦a⟧                 │
        │ 13 │ export AWS_SECRET_ACCESS_KEY=⟦s⟧ │
        │ 14 │ aws s3 sync ./dist s3://www-acme-prod --delete       │
        └─────────────────────────────────────────────────────────┘
        """, a=ak, s=sk), [ak, sk])

    # 7 OCR of kubectl get secret -o yaml
    pw = g.pw_random(18)
    tok = g.gitlab("glrt-")
    b1, b2 = b64s(pw), b64s(tok)
    c.pos("ocr_terminal", D("""
        $ kubectl get secret app-secrets -n prod -o yaml
        apiVersion: v1
        data:
          DB_PASSWORD: ⟦a⟧
          RUNNER_TOKEN: ⟦b⟧
        kind: Secret
        metadata:
          name: app-secrets
        type: Opaque
        """, a=b1, b=b2), [b1, b2])

    # 8 OCR'd table with pipes misplaced
    p1, p2, p3 = g.pw(avoid="| "), g.pw(avoid="| "), g.pw_random(16)
    c.pos("ocr_table", D("""
        | Service   | User      Password
        |postgres  | app_rw   |  ⟦a⟧ |
         redis | default |   ⟦b⟧|
        | rabbitmq   guest2 | ⟦c⟧
        """, a=p1, b=p2, c=p3), [p1, p2, p3])

    # 9 sticky note photo OCR
    psk = g.pw_passphrase(sep="", k=3, cap=True)
    adm = g.pw()
    c.pos("ocr_note", D("""
        WIFI  ~  BergHaus_5G
        pw: ⟦k⟧
        router admin → ⟦a⟧
        (don't lose this!!)
        """, k=psk, a=adm), [psk, adm])

    # 10 AWS console "access key created" page OCR
    ak, sk = g.aws_akid(), g.aws_secret()
    c.pos("ocr_console", D("""
        Retrieve access keys
        Access key          Secret access key
        ⟦a⟧   ⟦s⟧   Hide
        This is the only time that the secret access key can be viewed or downloaded.
        [ Download .csv file ]      [ Done ]
        """, a=ak, s=sk), [ak, sk])

    # 11 credit card photo OCR (front and back)
    who = p.person("US")
    card = p.card("mc")
    cvv = p.cvv()
    name_up = who["name_latin"].upper()
    c.pos("ocr_card", D("""
        FRONT:
        BANK OF THE PACIFIC         mastercard
        ⟦c⟧
        VALID THRU ⟦x⟧
        ⟦n⟧
        BACK:
        AUTHORIZED SIGNATURE ____________  CVC ⟦v⟧
        """, c=card, x=p.expiry(), n=name_up, v=cvv), [card, name_up, "CVC " + cvv])

    # 12 passport TD3 MRZ
    who = p.person("GB")
    y, m, d = who["dob"]
    docno = p.d(9)
    l1, l2 = p.mrz_td3("GBR", who["family_latin"], who["given_latin"], docno, "GBR",
                       "%02d%02d%02d" % (y % 100, m, d), who["sex"], "3%d%02d%02d" % (r.randint(0, 3), r.randint(1, 12), r.randint(1, 28)))
    c.pos("ocr_mrz", D("""
        Passport / Passeport        Type P   Code GBR   Passport No. ⟦no⟧
        Surname / Nom  ⟦s⟧
        Given names / Prénoms  ⟦g⟧
        Date of birth ⟦dob⟧
        ⟦l1⟧
        ⟦l2⟧
        """, no=docno, s=who["family_latin"].upper(), g=who["given_latin"].upper(),
        dob="%02d %s %d" % (d, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1], y),
        l1=l1, l2=l2), [docno, l1, l2])

    # 13 German ID card TD1 MRZ
    who = p.person("DE")
    y, m, d = who["dob"]
    docno = r.choice("LMNPRTVWXYZ") + g.s("0123456789CFGHJKLMNPRTVWXYZ", 8)
    l1, l2, l3 = p.mrz_td1("D<<", docno, "%02d%02d%02d" % (y % 100, m, d), who["sex"],
                           "3%d%02d%02d" % (r.randint(0, 3), r.randint(1, 12), r.randint(1, 28)), "D<<",
                           who["family_latin"], who["given_latin"])
    c.pos("ocr_mrz", D("""
        Rückseite Personalausweis (Foto, schräg):
        ⟦l1⟧
        ⟦l2⟧
        ⟦l3⟧
        """, l1=l1, l2=l2, l3=l3), [l1, l2, l3])

    # 14 call-centre card number in words + agent digits
    card = p.card("visa", fmt=False)
    words = digits_words(card)
    c.pos("call_transcript", D("""
        CALLER: yeah the card is ⟦w⟧
        AGENT: thank you, and the expiry?
        CALLER: oh nine twenty seven
        [agent note] card captured: ⟦c⟧ exp 09/27
        """, w=words, c=card), [words, card])

    # 15 phone number dictated + normalized + email
    who = p.person("GB")
    ph = who["phone"]
    c.pos("call_transcript", D("""
        Caller: my mobile is ⟦pw⟧
        Agent: so that's ⟦ph⟧, and the email on file?
        Caller: ⟦es⟧
        Agent: ⟦e⟧, lovely, you're verified.
        """, pw=" ".join(SAY.get(ch, "plus" if ch == "+" else "") for ch in ph.replace(" ", "")),
        ph=ph, es=who["email"].replace(".", " dot ").replace("@", " at "), e=who["email"]), [ph, who["email"]])

    # 16 VS Code screenshot OCR of a .env
    key = g.anthropic()
    url = "postgresql://app:%s@localhost:5432/app" % g.pw_random(16)
    pw = url.split(":")[2].split("@")[0]
    c.pos("ocr_editor", D("""
        EXPLORER   ● .env — chat-api     × README.md
        1   NODE_ENV=development
        2   ANTHROPIC_API_KEY=⟦k⟧
        3   DATABASE_URL=⟦u⟧
        4
        Ln 2, Col 19   Spaces: 2   UTF-8   LF   Properties
        """, k=key, u=url), [key, pw])

    # 17 YouTube auto-captions with on-screen key
    key = g.openai()
    c.pos("video_captions", D("""
        1
        00:07:31,200 --> 00:07:34,050
        and now I just paste my key into the env file

        2
        00:07:34,050 --> 00:07:36,900
        [on screen: OPENAI_API_KEY=⟦k⟧]

        3
        00:07:36,900 --> 00:07:39,000
        don't worry I'll revoke this after the video
        """, k=key), [key])

    # 18 whiteboard photo OCR
    pw = g.pw_leet()
    c.pos("ocr_whiteboard", D("""
        SPRINT 42 -- migration plan
        1) freeze writes 22:00
        2) DB pw → ⟦pw⟧   (temp!)
        3) run pg_upgrade, smoke tests
        """, pw=pw), [pw])

    # 19 bank transfer slip OCR
    who = p.person("DE")
    iban = p.iban("DE", spaced=True)
    c.pos("ocr_bank_slip", D("""
        SEPA-Überweisung / Zahlschein
        Empfänger: ⟦n⟧
        IBAN  ⟦i⟧
        BIC   COBADEFFXXX
        Betrag: EUR 1.250,00   Verwendungszweck: Miete Juni
        """, n=who["name"], i=iban), [who["name"], iban])

    # 20 Postman screenshot OCR
    jwt = g.jwt_user(iss="https://login.tessera.app/", alg="HS256")
    c.pos("ocr_console", D("""
        GET  ▾  https://api.tessera.app/v2/me                         Send ▾
        Params  Authorization  Headers (9)  Body  Scripts  Settings
        ☑  Authorization   Bearer ⟦j⟧
        ☑  Accept          application/json
        200 OK  143 ms  1.2 KB
        """, j=jwt), [jwt])

    # 21 git error dialog OCR
    tok = g.github("ghp")
    c.pos("ocr_dialog", D("""
        ⚠ Git
        fatal: Authentication failed for 'https://mkoenig:⟦t⟧@github.com/mkoenig/dotfiles.git/'
        [ Open Git Log ]   [ OK ]
        """, t=tok), [tok])

    # 22 Jupyter screenshot OCR
    key = g.huggingface()
    c.pos("ocr_notebook", D("""
        In [3]:  from huggingface_hub import login
                 login(token="⟦k⟧")
        Token is valid (permission: write).
        Your token has been saved to /root/.cache/huggingface/token
        In [4]:
        """, k=key), [key])

    # 23 recovery codes printout OCR
    codes = ["%s-%s" % (g.hex(5), g.hex(5)) for _ in range(6)]
    c.pos("ocr_recovery_codes", D("""
        github-recovery-codes.txt  (printed, photo)
        ⟦a⟧    ⟦b⟧
        ⟦c⟧    ⟦d⟧
        ⟦e⟧    ⟦f⟧
        Keep your recovery codes as safe as your password.
        """, a=codes[0], b=codes[1], c=codes[2], d=codes[3], e=codes[4], f=codes[5]), codes)

    # 24 TOTP setup key grouped by 4
    seed = g.totp_seed(32)
    grouped = " ".join(seed[i:i + 4] for i in range(0, 32, 4))
    c.pos("ocr_totp", D("""
        Set up authenticator app
        Scan the QR code, or enter this key manually:
        ⟦k⟧
        Account: m.keller · Issuer: Northwind VPN
        """, k=grouped), [grouped])

    # 25 voicemail transcription
    pw = g.pw_passphrase(sep="-", k=2, cap=True)
    c.pos("voicemail", D("""
        Voicemail from +1 (646) 555-0148 · 0:38
        "Hi it's Marco from IT, your laptop is ready. Temporary password is ⟦pw⟧,
        you'll need to change it when you first log in. Call me back if it doesn't work. Bye."
        Transcription confidence: high
        """, pw=pw), [pw])

    # 26 AWS Transcribe JSON with SSN
    ssn = p.us_ssn()
    text = "yes my social is %s and date of birth march third nineteen eighty four" % ssn
    c.pos("transcribe_json", D("""
        {
          "jobName": "claims-call-2024-06-11-0932",
          "results": {
            "transcripts": [{ "transcript": "⟦t⟧" }],
            "items": [{ "start_time": "12.01", "end_time": "12.33", "alternatives": [{ "confidence": "0.998", "content": "yes" }], "type": "pronunciation" }]
          },
          "status": "COMPLETED"
        }
        """, t=text), [ssn])

    # 27 RDP dialog OCR
    pw = g.pw(avoid=" ")
    c.pos("ocr_dialog", D("""
        Windows Security
        Enter your credentials
        These credentials will be used to connect to TS-FIN-02.
        CORP\\svc_backup
        ⟦pw⟧        (shown: 👁 )
        ☑ Remember me      [ OK ]  [ Cancel ]
        """, pw=pw), [pw])

    # 28 SRT of a livestream showing .env
    key = g.stripe("sk", "test")
    wh = g.stripe_whsec()
    c.pos("video_captions", D("""
        88
        01:12:04,000 --> 01:12:06,500
        ok chat, here's my env, STRIPE_SECRET_KEY=⟦k⟧

        89
        01:12:06,500 --> 01:12:09,000
        and the webhook one is ⟦w⟧ lol it's test mode
        """, k=key, w=wh), [key, wh])

    # 29 AI notetaker summary with credentials section
    pw = g.pw()
    tok = g.atlassian_token()
    c.pos("meeting_notes", D("""
        ## Summary — Vendor onboarding (Fireflies)
        - Jira integration: token shared by Lea: ⟦t⟧
        - SFTP drop: user `vendor_io`, password `⟦pw⟧`
        - Next steps: vendor to confirm by Friday
        """, t=tok, pw=pw), [tok, pw])

    # 30 OCR'd contract page with line numbers and bank details
    who = p.person("FR")
    iban = p.iban("FR", spaced=True)
    c.pos("ocr_contract", D("""
        12  Article 4 – Paiement
        13  Les loyers sont versés sur le compte de ⟦n⟧,
        14  IBAN : ⟦i⟧  BIC : BNPAFRPPXXX
        15  domicilié ⟦a⟧.
        16  Tél. ⟦ph⟧
        """, n=who["name"], i=iban, a=who["address"], ph=who["phone_nat"]), [who["name"], iban, who["address"], who["phone_nat"]])

    # 31 tmux panes OCR with mysql -p
    pw = g.pw(avoid="' ")
    c.pos("ocr_terminal", D("""
        ┃ root@db-02:~# mysql -u root -p'⟦pw⟧' -e "SHOW SLAVE STATUS\\G" ┃ top - 09:12:44 up 41 days
        ┃ Slave_IO_Running: Yes                                        ┃ Tasks: 212 total
        ┃ Seconds_Behind_Master: 0                                     ┃ %Cpu(s):  3.1 us
        ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━━━
        [0] 0:bash*  1:htop                                     "db-02" 09:12 11-Jun-24
        """, pw=pw), [pw])

    # 32 aws configure prompts OCR
    ak, sk = g.aws_akid(), g.aws_secret()
    c.pos("ocr_terminal", D("""
        PS C:\\Users\\jnowak> aws configure
        AWS Access Key ID [None]: ⟦a⟧
        AWS Secret Access Key [None]: ⟦s⟧
        Default region name [None]: eu-central-1
        Default output format [None]: json
        """, a=ak, s=sk), [ak, sk])

    # 33 Slack screenshot OCR
    tok = g.slack_app()
    c.pos("ocr_chat", D("""
        Jana Horvat  2:14 PM
        here's the app-level token for socket mode: ⟦t⟧ (edited)
        👍 2   💬 1 reply
        """, t=tok), [tok])

    # 34 phone screenshot of SMS
    pw = g.pw_pronounceable()
    c.pos("ocr_sms", D("""
        09:41                                  ▂▄▆ 5G ▮▮▮
        < Messages     NorthBank
        Your online banking has been unlocked.
        Temporary password: ⟦pw⟧
        Never share this with anyone, including NorthBank staff.
        """, pw=pw), [pw])

    # 35 browser password manager OCR
    p1, p2 = g.pw(avoid=" "), g.pw(avoid=" ")
    c.pos("ocr_password_manager", D("""
        Saved passwords                          🔍 Search passwords
        Site                       Username                Password
        accounts.ovh.com           kowalczyk.marta          ⟦a⟧   👁  ⋮
        portal.enel.it             marta.k                  ••••••••••   👁  ⋮
        login.dhl.de               mk-shipping              ⟦b⟧   👁  ⋮
        """, a=p1, b=p2), [p1, p2])

    # 36 router label photo OCR
    psk = g.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16)
    adm = g.s("abcdefghjkmnpqrstuvwxyz23456789", 10)
    c.pos("ocr_label", D("""
        FRITZ!Box 7590 AX        Art.-Nr. 20002998
        WLAN-Netzwerk (SSID): FRITZ!Box 7590 XQ
        WLAN-Netzwerkschlüssel: ⟦k⟧
        FRITZ!Box-Kennwort: ⟦a⟧
        CWMP-Account: ZN-4a1c8e92f03b
        """, k=" ".join(psk[i:i + 4] for i in range(0, 16, 4)), a=adm),
        [" ".join(psk[i:i + 4] for i in range(0, 16, 4)), adm])

    # 37 Medicare card OCR
    who = p.person("AU")
    mc = p.au_medicare()
    name_up = who["name_latin"].upper()
    c.pos("ocr_card", D("""
        medicare
        ⟦m⟧
        1  ⟦n⟧
        VALID TO 08/2028
        """, m=mc, n=name_up), [mc, name_up])

    # 38 OCR of `cat ~/.ssh/id_rsa` with editor line numbers
    key = g.openssh_rsa(1024)
    ls = key.text.split("\n")
    c.pos("ocr_terminal", J("nas-backup ~ $ cat ~/.ssh/id_rsa",
                            *["%3d │ %s" % (i + 1, ln) for i, ln in enumerate(ls)],
                            "nas-backup ~ $ █"), key.picks())

    # 39 OCR of a paper wallet / seed backup card
    wif = g.btc_wif()
    eth = g.eth_private()
    age = g.age()
    c.pos("ocr_paper_backup", D("""
        ███ COLD STORAGE BACKUP — DO NOT PHOTOGRAPH ███
        BTC (WIF):  ⟦w⟧
        ETH priv:   ⟦e⟧
        age key for the NAS archive:
        ⟦a⟧
        """, w=wif, e=eth, a=age), [wif, eth, age])

    # negatives ---------------------------------------------------------
    c.neg("transcript_no_values", D("""
        [00:12:01] Lea: I'll send you the password over Signal, not here.
        [00:12:05] Tom: Sure. And the API key?
        [00:12:07] Lea: It's in the vault under team-payments, you should have access now.
        """))
    c.neg("ocr_orders_table", D("""
        | Order      | Tracking             | Status     |
        |AC-2024-118734 | 1Z999AA10123456784 | Delivered |
        | AC-2024-118735| 9400111899223344556677 |In transit|
        """))
    c.neg("ocr_git_log", D("""
        │ 1 │ 3f9d2c4  fix: handle empty cart (#4412)
        │ 2 │ a41e9b0  chore(deps): bump axios from 1.6.7 to 1.7.2
        │ 3 │ 9c0d77e  feat: add SEPA mandate screen
        commit 3f9d2c41b7a8e6f0d1c2b3a4958672e1f0a9b8c7
        """))
    c.neg("captions_plain", D("""
        00:01:02,000 --> 00:01:05,000
        So today we're going to rotate all the keys in the staging account.

        00:01:05,000 --> 00:01:08,000
        First, open the console and go to Security credentials.
        """))
    c.neg("ocr_masked_card", D("""
        Payment method
        VISA  •••• •••• •••• 4242   Expires 09/27
        Billing name: on file
        [ Update card ]
        """))
    c.neg("ocr_codes_regenerated", D("""
        Recovery codes
        Your recovery codes were regenerated on 11 Jun 2024.
        Previously downloaded codes no longer work.
        [ Download ]  [ Print ]  [ Copy ]
        """))
    c.neg("stt_versions", D("""
        Speaker 2: we're on version three point twelve of the agent, build 20240611
        Speaker 1: and the helm chart is 4.18.2, right?
        Speaker 2: yes, released yesterday
        """))
    c.neg("ocr_book_cover", D("""
        DESIGNING DATA-INTENSIVE APPLICATIONS
        Martin Kleppmann          O'REILLY
        ISBN 978-1-449-37332-0   US $59.99
        """))
