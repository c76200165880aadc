"""Group prose_credentials: credentials written in human prose, tables and fences."""
import random

import common_pii as P
from common import Collector, Gen

SEED = 220606
G = "prose_credentials"


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    c = Collector(G)

    # 1 runbook step with user and pass
    pw = g.password()
    c.pos("runbook_en", "## Grafana: recover the admin UI\n\n1. SSH to `mon-01` via the bastion.\n2. Open https://grafana.internal/login\n"
          "3. Log in with user `admin` and pass `%s` (break-glass only!)\n4. Reset the SSO mapping under *Administration → Auth*.\n5. Log out." % pw, [pw])

    # 2 postmortem timeline with a pasted SendGrid key
    sg = g.sendgrid()
    c.pos("postmortem_en", "### Timeline (UTC)\n- 14:02 — dev pasted the prod SendGrid key (%s) into #general while debugging bounces\n"
          "- 14:09 — secret scanner alert fired\n- 14:15 — key revoked, new key issued via Vault\n\n### Root cause\nManual debugging with production credentials." % sg, [sg])

    # 3 Jira bug with curl -u
    pw = g.url_safe_pw()
    c.pos("jira_en", "PLAT-4412: Artifact upload returns 401 intermittently\n\n*Steps to reproduce*\n# run {{curl -u deploy-bot:%s -T build.zip https://nexus.acme.io/repository/raw/}}\n"
          "# repeat 5 times\n\n*Expected*: 201 every time\n*Actual*: 401 about 1 in 5" % pw, [pw])

    # 4 GitHub issue with YAML containing misspelled 'pasword'
    pw = g.symbol_pw()
    c.pos("github_issue_en", "**Describe the bug**\nConnector crashes on startup with my config:\n\n```yaml\nsource:\n  host: mssql-prod.corp\n  user: etl_reader\n  pasword: \"%s\"\n```\n\n"
          "**Version** 2.3.1\n**OS** Ubuntu 22.04" % pw, [pw])

    # 5 Confluence wiki table with 'Passwrd' column
    p1, p2 = g.password(), g.password()
    c.pos("confluence_table", "h2. Shared service accounts\n\n||Env||System||User||Passwrd||Owner||\n|DEV|RabbitMQ|mq_admin|%s|Team Orion|\n"
          "|STAGE|Keycloak|kc-master|%s|Team Orion|\n\n{note}Move these to 1Password by end of quarter{note}" % (p1, p2), [p1, p2])

    # 6 Slack thread: "the creds are X / Y"
    pw = g.passphrase("-")
    c.pos("slack_thread", "*ana* 10:41 anyone have the staging sftp login?\n*mikko* 10:42 the creds are svc_stage_upload / %s\n*mikko* 10:42 dont leak it lol\n*ana* 10:43 ty 🙏" % pw, [pw])

    # 7 German email
    pw = g.password()
    c.pos("email_de", "Hallo Team,\n\nfür den Kundentermin morgen habe ich einen Demo-Zugang eingerichtet.\nDas Passwort lautet: %s\nBenutzer ist demo.vertrieb.\n\nViele Grüße" % pw, [pw])

    # 8 French with guillemets and NBSP
    pw = g.leet()
    c.pos("email_fr", "Bonjour,\n\nLe mot de passe du compte de test est «\u00a0%s\u00a0». Merci de ne pas le diffuser.\n\nBonne journée" % pw, [pw])

    # 9 Spanish Wi-Fi password with spaces
    pw = g.passphrase(" ")
    c.pos("chat_es", "—¿Me pasas la clave del wifi de la oficina?\n—Claro: la contraseña del wifi es \"%s\" (con espacios)\n—¡Gracias!" % pw, [pw])

    # 10 Italian
    pw = g.symbol_pw()
    c.pos("ticket_it", "Richiesta #5521\nLa password dell'utente root sul NAS è %s — va cambiata dopo l'intervento.\nTecnico: reparto IT" % pw, [pw])

    # 11 Portuguese
    pw = g.password()
    c.pos("whatsapp_pt", "[08:12] Rui: a senha do painel do servidor é %s\n[08:13] Rui: o usuário é gestor\n[08:15] Ana: valeu, já entrei" % pw, [pw])

    # 12 Dutch
    pw = g.url_safe_pw()
    c.pos("email_nl", "Hoi,\n\nHet wachtwoord voor het testaccount is %s — graag na de demo wijzigen.\n\nGroet,\nBeheer" % pw, [pw])

    # 13 Polish
    pw = g.leet()
    c.pos("teams_pl", "[Teams] Hasło do panelu administracyjnego: %s\nLogin: admin_sklep\nProszę nie przesyłać dalej." % pw, [pw])

    # 14 Swedish
    pw = g.passphrase("-")
    c.pos("email_sv", "Hej!\nLösenordet till gästnätet är %s och det byts varje månad.\nMvh IT-support" % pw, [pw])

    # 15 Japanese
    pw = g.symbol_pw()
    c.pos("chat_ja", "本番DBの接続情報です。\nユーザー名：app_rw\nパスワードは「%s」です。\n取り扱いにご注意ください。" % pw, [pw])

    # 16 Chinese
    pw = g.password()
    ak = g.alibaba_id()
    c.pos("wiki_zh", "## 测试环境账号\n- 堡垒机账号：ops_test\n- 密码：%s\n- 阿里云 AccessKey ID：%s\n请勿外传。" % (pw, ak), [pw, ak])

    # 17 Korean
    pw = g.leet()
    c.pos("kakao_ko", "관리자 페이지 접속 정보 공유드립니다.\n아이디: master01\n비밀번호는 %s 입니다.\n확인 후 삭제 부탁드려요." % pw, [pw])

    # 18 Russian
    pw = g.symbol_pw()
    c.pos("telegram_ru", "Коллеги, пароль от админки: %s\nЛогин: root\nПосле релиза сменю." % pw, [pw])

    # 19 Turkish
    pw = g.password()
    c.pos("email_tr", "Merhaba,\nVPN için şifre: %s\nKullanıcı adınız e-postanızdır.\nİyi çalışmalar" % pw, [pw])

    # 20 misspelled "secert"
    sec = g.hex(40)
    c.pos("misspelled_label", "note to self for the webhook integration:\nclient id = 7731\nsecert: %s\n(ask Lena before rotating)" % sec, [sec])

    # 21 "tokn="
    tk = g.github_classic()
    c.pos("misspelled_label", "hey, ci keeps failing at checkout, I put tokn=%s in the pipeline vars, is that right?\nor does it need GH_TOKEN" % tk, [tk])

    # 22 "api kee"
    ak = g.perplexity()
    c.pos("misspelled_label", "Can someone check why the research bot is down?\napi kee is %s\nit worked yesterday" % ak, [ak])

    # 23 "pw" in chat
    pw = g.symbol_pw(12)
    c.pos("abbrev_label", "<jt> need the kibana login quick\n<mo> user elastic pw %s\n<jt> 👍" % pw, [pw])

    # 24 "pass phrase" with spaces
    pp = " ".join(rng.choice(g.WORDS) for _ in range(5))
    c.pos("passphrase_label", "Backup encryption\n- tool: restic\n- repo: s3:s3.eu-central-1.amazonaws.com/acme-backups\n- pass phrase: %s\n- schedule: nightly 02:00" % pp, [pp])

    # 25 PIN and alarm code
    pin = "%06d" % rng.randint(100000, 999999)
    code = "%08d" % rng.randint(10000000, 99999999)
    c.pos("pin_label", "Office handover notes\n- Alarm code: %s\n- Safe PIN: %s\n- Spare keys are with reception" % (code, pin), ["Alarm code: " + code, "Safe PIN: " + pin])

    # 26 "login with admin and X"
    pw = g.leet()
    c.pos("colloquial", "Quick fix for the router: login with admin and %s, then disable UPnP under Advanced.\nReboot afterwards." % pw, [pw])

    # 27 "use X as the pass"
    pw = g.passphrase("")
    c.pos("colloquial", "For the new intern laptops just use %s as the pass for the local account, they'll be forced to change it on first login." % pw + "\n— IT", [pw])

    # 28 shell history pasted in a ticket with pwd=
    pw = g.url_safe_pw()
    c.pos("shell_history", "Ticket SUP-8812 — output of `history | tail -4` from the customer VM:\n  501  cd /opt/app\n  502  export pwd=%s\n  503  ./migrate.sh --user app --password \"$pwd\"\n  504  tail -f logs/migrate.log" % pw, [pw])

    # 29 password with spaces and punctuation in quotes
    pw = rng.choice(["Blue whale, 7 seas!", "Rain on Tuesday; 42 umbrellas?", "Mind the gap: 3 trains & 1 bus", "Coffee before code (always) #9"])
    pw = pw.replace("7", str(rng.randint(2, 9))).replace("42", str(rng.randint(10, 99)))
    c.pos("quoted_punct", "The shared mailbox password is \"%s\" — yes, including the comma and the spaces.\nPlease rotate it after the migration." % pw, [pw])

    # 30 postmortem with AWS keys in code fence
    kid, sec = g.aws_key_id(), g.aws_secret()
    c.pos("code_fence_postmortem", "## What happened\nThe following snippet was committed to the public repo `acme/website` at 09:12:\n\n```bash\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\naws s3 sync ./out s3://acme-www\n```\n\nIt was found by an external researcher at 11:40." % (kid, sec), [kid, sec])

    # 31 German handover with Zugangsdaten table
    u1, p1 = "fibu", g.password()
    p2 = g.password()
    c.pos("handover_table_de", "Übergabe Buchhaltungssystem\n\n| System | Benutzer | Kennwort |\n|---|---|---|\n| DATEV | %s | %s |\n| Lexware | admin | %s |\n\nBitte beim ersten Login ändern." % (u1, p1, p2), [p1, p2])

    # 32 Slack key split across two messages
    st = g.stripe("sk_live_")
    half = len(st) // 2
    c.pos("split_messages", "*omar* 16:01 here's the live key, first half: %s\n*omar* 16:01 second half: %s\n*omar* 16:02 (split it so the bot doesn't catch it 😅)" % (st[:half], st[half:]),
          [st[:half], st[half:]])

    # 33 Hinglish
    pw = g.leet()
    c.pos("chat_hinglish", "bhai staging server ka password hai %s\nusername wahi purana: deploy\nkisi ko forward mat karna" % pw, [pw])

    # 34 Arabic
    pw = g.symbol_pw()
    c.pos("email_ar", "مرحباً،\nكلمة المرور الخاصة بحساب الاختبار: %s\nاسم المستخدم: qa_team\nمع التحية" % pw, [pw])

    # 35 Czech / Hungarian mixed team message
    p1, p2 = g.password(), g.password()
    c.pos("chat_cs_hu", "Petr: heslo k FTP je %s\nGábor: köszi! a jelszó a teszt DB-hez pedig: %s\nPetr: díky" % (p1, p2), [p1, p2])

    # 36 Confluence page with API key in sentence and a DB URL
    dd = g.datadog_app()
    pw = g.url_safe_pw()
    c.pos("confluence_prose", "h1. Observability onboarding\n\nOur Datadog application key is %s — use it only for the dashboards API.\n"
          "The metrics DB is reachable at postgres://grafana_ro:%s@metrics-db:5432/metrics from the VPN." % (dd, pw), [dd, pw])

    # ---------------------------------------------------------------- negatives
    c.neg("password_policy", "Password policy (v3)\n- Minimum length: 14 characters\n- Must include: one uppercase letter, one digit, one symbol such as ! or #\n"
                             "- Passwords expire every 180 days; the last 12 passwords cannot be reused.\n- Example of a weak password: your company name plus the year.")
    c.neg("runbook_en", "## Grafana: recover the admin UI\n\n1. SSH to `mon-01` via the bastion.\n2. Log in with user `admin`; the password is in 1Password item \"Grafana break-glass\".\n3. Reset the SSO mapping.")
    c.neg("jira_en", "PLAT-4413: Artifact upload returns 401\n\n*Steps*\n# run {{curl -u $NEXUS_USER:$NEXUS_PASS -T build.zip https://nexus.acme.io/repository/raw/}}\n\n*Notes* pw: <ask in #infra>")
    c.neg("slack_thread", "*ana* 10:41 anyone have the staging sftp login?\n*mikko* 10:42 the creds are in vault at secret/data/ci/sftp-stage\n*ana* 10:43 ty")
    c.neg("postmortem_en", "### Timeline (UTC)\n- 14:02 — a SendGrid key (ending …a9f3) was posted in #general\n- 14:15 — key revoked; the new key lives in Vault only\n\n### Action items\n- enable push protection")
    c.neg("email_de", "Hallo,\n\nIhr Passwort wurde zurückgesetzt. Den Link zum Festlegen eines neuen Passworts erhalten Sie in einer separaten Nachricht.\n\nViele Grüße\nIT-Service")
    c.neg("email_fr", "Bonjour,\n\nLe mot de passe du compte de test est dans le coffre Bitwarden (collection « QA »).\nMerci de ne jamais l'envoyer par e-mail.")
    c.neg("confluence_table", "h2. Shared service accounts\n\n||Env||System||User||Passwrd||\n|DEV|RabbitMQ|mq_admin|********|\n|STAGE|Keycloak|kc-master|(see vault)|")
    return c.items
