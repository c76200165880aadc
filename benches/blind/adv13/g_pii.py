"""Theme 9: PII in ordinary text."""
from common import ALNUM, LO, DIG, UP

G = "pii"


def cpf(g):
    d = [int(x) for x in g.digits(9)]
    for n in (10, 11):
        s = sum(v * w for v, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    t = "".join(map(str, d))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"


def dni(g):
    n = g.intr(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def build(c, g):
    d = g.digits
    # ---------------- phones in national formats ----------------
    ph, em = f"0151 {d(8)}", g.email()
    c.pos(G, "phone-de", f"""Sehr geehrte Damen und Herren,
bitte rufen Sie mich wegen der Reklamation (Auftrag 4471-2209) zurück.
Mobil: {ph}
E-Mail: {em}
Mit freundlichen Grüßen
Jana Schreiber""", [ph, em])

    ph = f"06 {d(2)} {d(2)} {d(2)} {d(2)}"
    c.pos(G, "phone-fr", f"""Bonjour, je n'arrive pas à me connecter à mon espace client depuis hier. Vous pouvez me joindre sur mon portable : {ph} (plutôt après 18h). Merci !""", [ph])

    ph, em = f"07{d(3)} {d(6)}", g.email()
    c.pos(G, "phone-uk", f"""Hi, I ordered the oak bookcase (order #UK-558102) and it arrived damaged. Best number to reach me is my mobile {ph}, or email {em}. Cheers, Tom""", [ph, em])

    ph = f"({g.intr(201, 989)}) {g.intr(201, 989)}-{d(4)}"
    c.pos(G, "phone-us", f"""Zendesk ticket #301822
Requester: Maria Castillo
Cell: {ph}
Issue: Charged twice for the annual plan, wants refund of the duplicate. Prefers a call back after 5pm CST.""", [ph])

    ph = f"090-{d(4)}-{d(4)}"
    c.pos(G, "phone-jp", f"""お問い合わせ内容：配送先の変更をお願いしたいです。
お名前：佐藤 健二
携帯電話：{ph}
ご連絡は平日10時〜18時にお願いします。""", [ph])

    ph, cp = f"(11) 9{d(4)}-{d(4)}", cpf(g)
    c.pos(G, "phone-br", f"""Olá, preciso atualizar meu cadastro para emitir a nota fiscal.
Nome: Bruno Ferreira
CPF: {cp}
Celular: {ph}
Obrigado!""", [cp, ph])

    ph = f"+91 9{d(4)} {d(5)}"
    c.pos(G, "phone-in", f"""Dear Support, my KYC is pending for 10 days. Registered mobile: {ph}. Please call me or send the update on WhatsApp. Regards, Rahul""", [ph])

    ph, dn = f"6{d(2)} {d(2)} {d(2)} {d(2)}", dni(g)
    c.pos(G, "phone-es", f"""Hola, quería darme de alta en el gimnasio. Mis datos: DNI {dn}, móvil {ph}. ¿Puedo pagar con domiciliación? Gracias.""", [dn, ph])

    ph = f"3{d(2)} {d(3)} {d(4)}"
    c.pos(G, "phone-it", f"""Buongiorno, il corriere non ha trovato nessuno in casa. Potete dirgli di chiamarmi al cellulare {ph} prima di passare? Grazie mille.""", [ph])

    ph = f"06-{d(8)}"
    c.pos(G, "phone-nl", f"""Hoi, de monteur kan mij bereiken op mijn telefoonnummer {ph}. Ik ben donderdag de hele dag thuis. Groetjes""", [ph])

    ph = f"04{d(2)} {d(3)} {d(3)}"
    c.pos(G, "phone-au", f"""G'day, following up on claim CLM-22091. Mob: {ph}. Happy to send more photos of the water damage if needed.""", [ph])

    ph = f"010-{d(4)}-{d(4)}"
    c.pos(G, "phone-kr", f"""배송 관련 문의드립니다. 주문번호 20250114-3321 상품이 아직 도착하지 않았습니다.
휴대폰 번호: {ph}
연락 부탁드립니다.""", [ph])

    # ---------------- cards ----------------
    cc = g.card("visa")
    c.pos(G, "card", f"""Customer wrote in: "I tried to pay three times and it keeps failing, the card is {cc} exp 08/27, what's wrong??" -- please advise, I've told them not to send card numbers by email.""", [cc])

    mc = g.card("mc")
    c.pos(G, "card", f"""2025-01-13 19:22:04,118 DEBUG payments.gateway request={{'amount': 4999, 'currency': 'EUR', 'pan': '{mc}', 'exp_month': 11, 'exp_year': 2026, 'cvc': '***'}}
2025-01-13 19:22:04,561 WARN  payments.gateway declined code=05 do_not_honor""", [mc])

    ax = g.card("amex")
    axg = f"{ax[:4]} {ax[4:10]} {ax[10:]}"
    c.pos(G, "card", f"""Expense report note: hotel charged the corporate Amex ({axg}) instead of my personal card, please reverse.""", [axg])

    dc = g.card("discover")
    dcg = "-".join(dc[i:i + 4] for i in range(0, 16, 4))
    c.pos(G, "card", f"""order_id,customer,card_number,amount
10442,acct-8812,{dcg},129.00
10443,acct-9035,tokenized,54.50""", [dcg])

    # ---------------- IBANs ----------------
    ib = g.iban("DE")
    ibg = g.iban_groups(ib)
    c.pos(G, "iban", f"""Hallo, bitte überweisen Sie die Kaution auf folgendes Konto:
Kontoinhaber: Lena Hoffmann
IBAN: {ibg}
BIC: COBADEFFXXX
Verwendungszweck: Kaution Whg. 3""", [ibg])

    gb, fr = g.iban("GB"), g.iban("FR")
    c.pos(G, "iban", f"""supplier_id,name,iban,currency
S-1002,Harbour Prints Ltd,{gb},GBP
S-1017,Atelier Moreau,{fr},EUR""", [gb, fr])

    nl = g.iban("NL")
    c.pos(G, "iban", f"""<CdtTrfTxInf>
  <PmtId><EndToEndId>INV-2025-0142</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">1250.00</InstdAmt></Amt>
  <Cdtr><Nm>J. de Vries</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>{nl}</IBAN></Id></CdtrAcct>
</CdtTrfTxInf>""", [nl])

    es, it = g.iban("ES"), g.iban("IT")
    esg = g.iban_groups(es)
    c.pos(G, "iban", f"""Para el reembolso: titular Diego Castillo, IBAN {esg}. Si es más fácil, la cuenta italiana de mi pareja: {it}.""", [esg, it])

    ch, pl = g.iban("CH"), g.iban("PL")
    c.pos(G, "iban", f"""Freelancer payout sheet (Jan):
- Zurich design work, CHF 3,200 -> {g.iban_groups(ch)}
- Kraków QA contract, PLN 9,800 -> {pl}""", [g.iban_groups(ch), pl])

    # ---------------- national IDs ----------------
    ssn = g.ssn()
    c.pos(G, "ssn", f"""HR onboarding checklist for new hire (start date 02/03):
- I-9 verified ✔
- W-4 received ✔
- SSN: {ssn}
- Direct deposit form pending""", [ssn])

    ssn2 = g.ssn()
    c.pos(G, "ssn", f"""ERROR 2025-01-08T16:44:10Z import_applicants row=58 reason="duplicate applicant" payload={{"first":"Grace","last":"Whitfield","ssn":"{ssn2}","state":"OH"}}""", [ssn2])

    ni = g.ni_number()
    c.pos(G, "uk-ni", f"""Hi payroll, my National Insurance number on the last payslip is wrong. It should be {ni}. Can you correct it before the next run? Thanks, Amara""", [ni])

    # ---------------- IPs ----------------
    ips = [g.ipv4() for _ in range(3)]
    c.pos(G, "ip-log", f"""{ips[0]} - - [14/Jan/2025:10:21:44 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
{ips[1]} - - [14/Jan/2025:10:21:45 +0000] "POST /xmlrpc.php HTTP/1.1" 403 162 "-" "python-requests/2.31.0"
{ips[2]} - - [14/Jan/2025:10:21:47 +0000] "GET /.env HTTP/1.1" 404 153 "-" "curl/8.4.0"
^ should I just block these three in fail2ban?""", ips)

    v6, v4 = g.ipv6(), g.ipv4()
    c.pos(G, "ip-log", f"""Jan 14 03:12:09 bastion sshd[21877]: Failed password for invalid user oracle from {v6} port 51022 ssh2
Jan 14 03:12:11 bastion sshd[21877]: Connection closed by invalid user oracle {v6} port 51022 [preauth]
Jan 14 03:14:40 bastion sshd[21903]: Accepted publickey for deploy from {v4} port 60114 ssh2: ED25519 SHA256:Xq1v8c9f2KpL0mN3bR7tY5uW4eZ6aS8dF1gH2jK3lM4""", [v6, v4])

    # ---------------- DOB / passport ----------------
    dob = f"{g.intr(1, 28):02d}/{g.intr(1, 12):02d}/{g.intr(1955, 2003)}"
    pn = g.digits(9, True)
    c.pos(G, "dob-passport", f"""Travel booking request
Traveller: Samuel Mensah
Date of birth: {dob}
Passport No.: {pn} (US)
Seat preference: aisle""", [dob, pn])

    gd = f"{g.intr(1, 28):02d}.{g.intr(1, 12):02d}.{g.intr(1955, 2003)}"
    dp = g.s(1, "CFGHJK") + g.s(8, "CFGHJKLMNPRTVWXYZ0123456789")
    c.pos(G, "dob-passport", f"""Anmeldung Sprachkurs B2
Name: Henrik Lindqvist
Geburtsdatum: {gd}
Reisepassnummer: {dp}
Staatsangehörigkeit: deutsch""", [gd, dp])

    idp = g.s(1, "JKLMNPRSTUVWZ") + g.digits(7, True)
    iso = f"{g.intr(1960, 2002)}-{g.intr(1, 12):02d}-{g.intr(1, 28):02d}"
    c.pos(G, "dob-passport", f"""{{"applicant": {{"full_name": "Priya Raman", "dob": "{iso}", "passport_number": "{idp}", "nationality": "IN", "visa_type": "B1"}}, "status": "pending_docs"}}""", [iso, idp])

    # ---------------- negatives ----------------
    c.neg(G, "order-ids", """Order summary
Order number: 114-7784120-3365921
Placed: 2025-01-12 14:03 UTC
Items: 2 × USB-C cable (1 m), 1 × 65 W charger
Subtotal: 48.97 EUR   Shipping: 0.00 EUR
Tracking: 1Z 999 AA1 01 2345 6784 (UPS Standard)
Estimated delivery: Thursday, 16 January""")

    c.neg(G, "fake-numbers", """Release 4.12.0 (build 20250114.3) - changelog
- Raised the default page size from 25 to 100
- Fixed rounding of totals like 1234.5678 in the CSV export
- Version string is now 4.12.0+g3f9c2a1 in the About dialog
- Migration 0042_add_index runs in ~3 s on 1,000,000 rows
- Port 8443 is now the default for the admin UI""")

    c.neg(G, "isbn", """Reading list for the onboarding week:
1. Designing Data-Intensive Applications, ISBN 978-1-4493-7332-0
2. Site Reliability Engineering, ISBN 978-1-4919-2912-4
3. The Phoenix Project, ISBN 978-1-942788-29-4
Copies are on the shelf next to meeting room B; return them by the end of Q1.""")

    c.neg(G, "timestamps", """2025-01-14T08:00:00.000Z scheduler: job=nightly-report run_id=20250114-0800 status=queued
2025-01-14T08:00:02.417Z worker-3: picked run_id=20250114-0800 attempt=1
2025-01-14T08:03:59.982Z worker-3: rows=1842233 duration_ms=237565 status=ok
1736841839 epoch seconds; 1736841839982 epoch millis; next run at 2025-01-15 08:00 (UTC+00:00)""")
