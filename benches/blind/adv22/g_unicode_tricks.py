"""Group unicode_tricks: invisible, bidi, compatibility and look-alike characters
around or inside secrets and personal data.  Secrets are listed exactly as they
appear in the text (altered form)."""
import json
import random
import unicodedata

import common_pii as P
from common import Collector, Gen

SEED = 220303
G = "unicode_tricks"

ZWSP, ZWNJ, ZWJ, WJ, SHY = "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"
NBSP, NNBSP, FIGSP, THINSP, LSEP = "\u00a0", "\u202f", "\u2007", "\u2009", "\u2028"
RLO, PDF, LRI, RLI, PDI, RLM, LRM = "\u202e", "\u202c", "\u2066", "\u2067", "\u2069", "\u200f", "\u200e"


def tags(s):
    return "".join(chr(0xE0000 + ord(ch)) for ch in s)


def _shift(s, upper, lower, digit):
    out = []
    for ch in s:
        if "A" <= ch <= "Z" and upper:
            out.append(chr(upper + ord(ch) - 65))
        elif "a" <= ch <= "z" and lower:
            out.append(chr(lower + ord(ch) - 97))
        elif "0" <= ch <= "9" and digit:
            out.append(chr(digit + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def math_bold(s):
    return _shift(s, 0x1D400, 0x1D41A, 0x1D7CE)


def math_sans_bold(s):
    return _shift(s, 0x1D5D4, 0x1D5EE, 0x1D7EC)


def math_mono(s):
    return _shift(s, 0x1D670, 0x1D68A, 0x1D7F6)


def fullwidth(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in s)


def circled(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(0x24D0 + ord(ch) - 97))
        elif "A" <= ch <= "Z":
            out.append(chr(0x24B6 + ord(ch) - 65))
        elif "1" <= ch <= "9":
            out.append(chr(0x2460 + ord(ch) - 49))
        elif ch == "0":
            out.append("\u24ea")
        else:
            out.append(ch)
    return "".join(out)


SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def vs_encode(data):
    out = []
    for b in data:
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def interleave(s, ch, every):
    return ch.join(s[i:i + every] for i in range(0, len(s), every))


def J(o, indent=None):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    c = Collector(G)

    # 1 tag characters spelling a whole GitHub token after a benign request
    gh = g.github_classic()
    t = tags(gh)
    c.pos("tag_smuggling", "Please summarise the attached release notes in three bullets." + t + "\nKeep it under 80 words.", [t])

    # 2 tag chars spelling "password: <value>" in a markdown comment
    pw = g.password()
    t2 = tags(pw)
    c.pos("tag_smuggling", "<!-- reviewer notes -->\n## Changelog\n- fixed pagination" + tags("db password: ") + t2 + "\n- bumped deps", [t2])

    # 3 tag-encoded AWS secret in a markdown link title
    kid, sec = g.aws_key_id(), g.aws_secret()
    tk, ts = tags(kid), tags(sec)
    c.pos("tag_smuggling", "See the [deployment guide](https://wiki.acme.example/deploy \"guide" + tk + tags(" ") + ts + "\") for details.\nThanks!", [tk, ts])

    # 4 RLO override: value stored reversed so it renders forwards
    pw = g.symbol_pw()
    rev = pw[::-1]
    c.pos("bidi_override", "# .env.production (copied from the ops wiki)\nAPP_ENV=production\nADMIN_PASSWORD=" + RLO + rev + PDF + "\nLOG_LEVEL=warn", [rev])

    # 5 LRI/PDI isolate around an Anthropic key inside Hebrew text
    ak = g.anthropic()
    c.pos("bidi_isolate", "שלום, המפתח של הצוות הוא " + LRI + ak + PDI + " — בבקשה לא לשתף מחוץ לערוץ.\nתודה, צוות התשתיות", [ak])

    # 6 RLO inside a Slack token splitting it in two visual runs
    xb = g.slack_bot()
    cut = len(xb) // 2
    a, b = xb[:cut], xb[cut:]
    c.pos("bidi_inside", "slack:\n  bot_token: \"" + a + RLO + b[::-1] + PDF + "\"\n  channel: \"#alerts\"", [a, b[::-1]])

    # 7 combining marks sprinkled into a password
    base = g.passphrase("-")
    marks = ["\u0301", "\u0308", "\u0303", "\u0327", "\u030a"]
    alt = "".join(ch + (rng.choice(marks) if ch.isalpha() and rng.random() < 0.35 else "") for ch in base)
    c.pos("combining_marks", "Wi-Fi (Gäste): Lobby-5G\nKennwort: " + alt + "\nGültig bis Ende Q3.", [alt])

    # 8 strikethrough combining label, plain value
    sg = g.sendgrid()
    lab = "".join(ch + "\u0336" for ch in "api key")
    c.pos("combining_marks", "old config (don't use):\n" + lab + ": " + sg + "\nnew config lives in Doppler", [sg])

    # 9 math bold AWS key id + secret
    kid2, sec2 = g.aws_key_id(), g.aws_secret()
    mk, ms = math_bold(kid2), math_bold(sec2)
    c.pos("math_alnum", "𝐂𝐫𝐞𝐝𝐞𝐧𝐭𝐢𝐚𝐥𝐬 𝐟𝐨𝐫 𝐭𝐡𝐞 𝐝𝐞𝐦𝐨 𝐚𝐜𝐜𝐨𝐮𝐧𝐭\naccess key: " + mk + "\nsecret: " + ms, [mk, ms])

    # 10 math sans-bold label, plain value (Stripe)
    sk = g.stripe("sk_live_")
    c.pos("math_alnum", "🔐 " + math_sans_bold("STRIPE SECRET") + " → " + sk + "\n(posted by the billing bot)", [sk])

    # 11 monospace math digits in a card number
    cardn = P.card(rng, "mastercard")
    mc = math_mono(P.fmt_card(cardn))
    c.pos("math_alnum", "Customer chat (copied from the widget):\n> my card is " + mc + " exp 11/28\n> please retry the payment", [mc])

    # 12 full-width password with full-width label
    pw = g.leet()
    fw = fullwidth(pw)
    c.pos("fullwidth", "【サーバー情報】\nホスト：ｄｂ０１．ｉｎｔｅｒｎａｌ\nユーザー：ａｄｍｉｎ\nｐａｓｓｗｏｒｄ：" + fw + "\n以上です。", [fw])

    # 13 full-width provider prefix with ascii body
    op = g.openai_proj()
    fwp = fullwidth(op[:8]) + op[8:]
    c.pos("fullwidth", "IME left full-width on when I pasted it, but this still works?\nOPENAI_API_KEY=" + fwp + "\nthanks", [fwp])

    # 14 circled letters password
    pw = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))
    cp = circled(pw)
    c.pos("circled_letters", "ⓅⒶⓈⓈⓌⓄⓇⒹ for the kiosk:\n" + cp + "\n(yes, it's typed with the fancy-font app)", [cp])

    # 15 superscript SSN
    ssn = P.us_ssn(rng)
    sup = ssn.translate(SUP)
    nm = P.name(rng, "en_US")
    c.pos("superscript_digits", "Applicant: " + nm + "\nSSN ⁽ᵖˡᵉᵃˢᵉ ᵏᵉᵉᵖ ᵖʳⁱᵛᵃᵗᵉ⁾: " + sup + "\nStatus: pending review", [nm, sup])

    # 16 NBSP around '=' in env file
    dpw = g.url_safe_pw()
    c.pos("nbsp_separator", "DB_HOST" + NBSP + "=" + NBSP + "pg-main\nDB_USER" + NBSP + "=" + NBSP + "billing\nDB_PASSWORD" + NBSP + "=" + NBSP + dpw, [dpw])

    # 17 narrow NBSP around ':' (French typography) with Azure client secret
    cs = g.azure_client_secret()
    c.pos("nnbsp_separator", "Bonjour,\nVoici les accès pour l'application Entra ID :\nclient_id" + NNBSP + ":" + NNBSP + g.uuid() + "\nclient_secret" + NNBSP + ":" + NNBSP + cs + "\nCordialement", [cs])

    # 18 U+2028 between key and value inside JSON-ish text
    hf = g.huggingface()
    c.pos("line_separator", "{\"provider\": \"huggingface\",\n \"token\":" + LSEP + "\"" + hf + "\"," + LSEP + "\"revision\": \"main\"}", [hf])

    # 19 soft hyphens inside the key name
    pw = g.passphrase(" ")
    c.pos("soft_hyphen_key", "Zugangs" + SHY + "daten für das Kunden" + SHY + "portal:\nBenutzer: portal_admin\nPass" + SHY + "wort: " + pw, [pw])

    # 20 word joiners inside the key
    dd = g.datadog_api()
    c.pos("word_joiner_key", "[datadog]\napi" + WJ + "_" + WJ + "key = " + dd + "\nsite = datadoghq.eu", [dd])

    # 21 zero-width spaces inside a GitLab token (pieces listed)
    gl = g.gitlab_pat()
    pcs = [gl[:9], gl[9:17], gl[17:]]
    c.pos("zwsp_inside_value", "git clone https://oauth2:" + ZWSP.join(pcs) + "@gitlab.example.org/team/app.git\nfatal: Authentication failed", pcs)

    # 22 ZWJ inside the Anthropic prefix
    ak2 = g.anthropic()
    alt = ak2[:2] + ZWJ + ak2[2:]
    c.pos("zwj_in_prefix", "export ANTHROPIC_API_KEY='" + alt + "'\n# pasted from Notion, might have hidden chars", [ak2[2:]])

    # 23 Cyrillic look-alikes in the key name
    pw = g.symbol_pw()
    c.pos("cyrillic_key", "mysql:\n  host: db.internal\n  user: app\n  раssword: \"" + pw + "\"\n  port: 3306", [pw])

    # 24 Cyrillic 's' in provider prefix
    op2 = g.openai_proj()
    alt = "ѕ" + op2[1:]
    c.pos("cyrillic_prefix", "const client = new OpenAI({\n  apiKey: \"" + alt + "\",\n});", [alt])

    # 25 Greek capitals in AWS key id prefix
    kid3, sec3 = g.aws_key_id(), g.aws_secret()
    alt = "ΑΚΙΑ" + kid3[4:]
    c.pos("greek_prefix", "[profile legacy]\naws_access_key_id = " + alt + "\naws_secret_access_key = " + sec3 + "\nregion = eu-central-1", [alt, sec3])

    # 26 NFKC ligatures inside a passphrase and the label
    w = rng.choice(["ﬂamingo", "ﬁreﬂy", "aﬀable", "oﬃce"])
    pw = w + "-" + g.passphrase("-")
    c.pos("ligatures", "Aﬃliate portal login\nuser: partner-ops\npassphrase: " + pw + "\nrotate after the audit", [pw])

    # 27 full-width email address
    nm = P.name(rng, "en_GB")
    em = P.email(rng, nm)
    fem = fullwidth(em)
    c.pos("pii_fullwidth_email", "お客様情報\n氏名：" + nm + "\nメール：" + fem + "\n備考：配送先変更の依頼", [nm, fem])

    # 28 phone with NBSP / NNBSP separators
    ph = P.phone(rng, "DE")
    alt = ph.replace(" ", NBSP, 1).replace(" ", NNBSP)
    nm = P.name(rng, "de")
    c.pos("pii_nbsp_phone", "Rückrufbitte\nKunde: " + nm + "\nTel.: " + alt + "\nAnliegen: Vertragskündigung", [nm, alt])

    # 29 IBAN with NBSP groups
    ib = P.iban(rng, "FR")
    alt = P.fmt_iban(ib).replace(" ", NBSP)
    c.pos("pii_nbsp_iban", "Merci de rembourser sur ce compte :\nIBAN" + NBSP + ": " + alt + "\nBIC : BNPAFRPPXXX", [alt])

    # 30 card with figure spaces and thin spaces
    cd = P.card(rng, "visa")
    alt = cd[:4] + FIGSP + cd[4:8] + THINSP + cd[8:12] + FIGSP + cd[12:]
    c.pos("pii_card_spaces", "Order #55120 — payment failed\ncard: " + alt + "\nexp: 04/29  cvc: on file", [alt])

    # 31 SSN with non-breaking hyphens / minus sign
    ssn = P.us_ssn(rng)
    alt = ssn.replace("-", "\u2011", 1).replace("-", "\u2212")
    c.pos("pii_unicode_hyphen", "Form W-9 draft\nTIN type: SSN\nTIN: " + alt + "\nSigned electronically", [alt])

    # 32 NFD-decomposed Spanish name and DNI
    nm = rng.choice(["José", "María", "Ramón", "Inés"]) + " " + rng.choice(["Núñez", "Muñoz", "Ibáñez", "Peña"]) + " " + rng.choice(["Gómez", "Sáenz", "Martín", "Pérez"])
    nfd = unicodedata.normalize("NFD", nm)
    dni = P.es_dni(rng)
    c.pos("pii_nfd_name", "Reclamación nº 4471\nTitular: " + nfd + "\nDNI: " + dni + "\nMotivo: cargo duplicado", [nfd, dni])

    # 33 email with ZWSP in local part (pieces listed)
    nm = P.name(rng, "nl")
    em = P.email(rng, nm, ["ziggo.nl", "kpnmail.nl", "hotmail.nl"])
    local, dom = em.split("@")
    while len(local) < 16:
        local = local + str(rng.randint(0, 9))
    mid = len(local) // 2
    l1, l2 = local[:mid], local[mid:] + "@" + dom
    c.pos("pii_zwsp_email", "Klantnaam: " + nm + "\nE-mail: " + l1 + ZWSP + l2 + "\nVerzoek: factuur opnieuw sturen", [nm, l1, l2])

    # 34 Arabic RTL message with LTR-isolated API key and phone
    gq = g.groq()
    ph = P.phone(rng, "SA")
    c.pos("bidi_arabic", "مرحباً، هذا مفتاح الواجهة البرمجية الخاص بنا " + LRI + gq + PDI + " يرجى تحديثه في الخادم.\nللتواصل: " + LRI + ph + PDI, [gq, ph])

    # 35 variation-selector smuggling of a Telegram bot token after an emoji
    tg = g.telegram()
    vs = vs_encode(tg.encode())
    c.pos("variation_selector_smuggling", "Great job on the launch team 🚀" + vs + "\nSee you at the retro!", [vs])

    # 36 homoglyph URL scheme and modifier-colon with DB password
    pw = g.url_safe_pw()
    url = "ρostgres://admin꞉" + pw + "@db-prod.acme.internal/core"
    c.pos("homoglyph_url", "Connection (from the old runbook):\n" + url + "\nIf it fails, page the DBA.", [pw])

    # ---------------------------------------------------------------- negatives
    c.neg("tag_smuggling", "Go team England 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f and Scotland 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f!\nMatch starts at 20:00.")
    c.neg("fullwidth", "【サーバー情報】\nホスト：ｄｂ０１．ｉｎｔｅｒｎａｌ\nｐａｓｓｗｏｒｄ：＊＊＊＊＊＊＊＊（金庫を参照）")
    c.neg("nbsp_separator", "DB_HOST" + NBSP + "=" + NBSP + "pg-main\nDB_PASSWORD" + NBSP + "=" + NBSP + "${DB_PASSWORD}")
    c.neg("bidi_isolate", "שחרור גרסה " + LRI + "v4.12.0" + PDI + " של " + LRI + "Acme Cloud Console" + PDI + " מתוכנן ליום שלישי.\nאין שינויים בהרשאות.")
    c.neg("math_alnum", "𝐑𝐞𝐥𝐞𝐚𝐬𝐞 𝐍𝐨𝐭𝐞𝐬 — " + math_sans_bold("v2.8.0") + "\n• faster cold start\n• new dark theme")
    c.neg("soft_hyphen_key", "Die Donau" + SHY + "dampf" + SHY + "schiff" + SHY + "fahrts" + SHY + "gesellschaft hat den Fahr" + SHY + "plan geändert.\nPass" + SHY + "wort: siehe Tresor-Eintrag „Portal“.")
    c.neg("combining_marks", "Thông báo: hệ thống sẽ bảo trì từ 22:00 đến 23:30.\nVui lòng lưu công việc trước khi đăng xuất.")
    c.neg("cyrillic_key", "mysql:\n  host: db.internal\n  раssword: \"{{ vault \\\"secret/mysql\\\" }}\"\n  port: 3306")
    return c.items
