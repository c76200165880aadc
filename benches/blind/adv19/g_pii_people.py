"""Group pii_people: personal data in tickets, HR/health notes, letters, forms, exports and logs."""
from common import *  # noqa: F401,F403
import json


def _dob(r, fmt, lo=1955, hi=2003):
    y, m, d = dob(r, lo, hi)
    return (y, m, d), fmt.format(y=y, m=m, d=d)


def _kvnr(r):
    """German health insurance number: letter + 8 digits + check digit."""
    letter = r.choice(UPPER)
    body = digits(r, 8, False)
    seq = "%02d" % (ord(letter) - 64) + body
    tot = 0
    for i, c in enumerate(seq):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return letter + body + str(tot % 10)


def build():
    g = Group("pii_people")
    r = g.r

    # ------------------------------------------------------------ support tickets
    first, last, full, fem = person(r, "us")
    ph, em, ad, ss = phone(r, "us"), email_for(r, first, last), address(r, "us"), ssn(r)
    g.p("support_ticket", f"""Ticket #{digits(r, 6)} — Priority: High — Channel: phone
Customer: {full}
Callback: {ph}
Email on file: {em}
Billing address: {ad}, Columbus, OH 43215

Notes: caller says the W-2 upload in the tax portal shows someone else's name. Verified identity with SSN {ss}
and last payment amount. Escalating to Tier 2. Please summarise this ticket for the handover.""", [full, ph, em, ad, ss])

    first, last, full, fem = person(r, "uk")
    ni, ph = nino(r), phone(r, "uk")
    pc = r.choice(["LS6 2QW", "M14 5RT", "BS7 8NJ", "EH10 4BF"])
    ad = address(r, "uk")
    g.p("support_ticket", f"""Subject: Pension transfer not showing

Hi team, customer {full} (NI number {ni}) rang again today. Says the transfer from her old employer scheme
hasn't appeared after 6 weeks. Best number is {ph} after 5pm. Postal address {ad}, {pc}.
Can someone draft a reply apologising for the delay?""", [full, ni, ph, ad])

    first, last, full, fem = person(r, "jp")
    mn, ph, ad = my_number(r), phone(r, "jp"), address(r, "jp")
    g.p("support_ticket", f"""【お問い合わせ】マイナンバー登録について
お名前：{full} 様
電話番号：{ph}
ご住所：〒{digits(r, 3)}-{digits(r, 4, False)} {ad}
マイナンバー：{mn}
内容：年末調整の書類にマイナンバーを入力したところ「桁数が正しくありません」と表示されます。
対応方法を英語で要約してください。""", [full, ph, ad, mn])

    first, last, full, fem = person(r, "br")
    c, ph, ad = cpf(r), phone(r, "br"), address(r, "br")
    g.p("support_ticket", f"""Chamado #{digits(r, 5)} – Reembolso não recebido
Cliente: {full}
CPF: {c}
Telefone/WhatsApp: {ph}
Endereço: {ad} – Pinheiros, São Paulo/SP, CEP {digits(r, 5)}-{digits(r, 3, False)}
Descrição: o cliente cancelou o pedido há 15 dias e o estorno ainda não apareceu no cartão.
Pode escrever uma resposta educada em português?""", [full, c, ph, ad])

    first, last, full, fem = person(r, "kr")
    y, m, d = dob(r, 1970, 2002)
    rn, ph, ad = rrn(r, y, m, d, fem), phone(r, "kr"), address(r, "kr")
    g.p("support_ticket", f"""[고객 문의] 본인인증 실패
고객명: {full}
주민등록번호: {rn}
연락처: {ph}
주소: {ad}
문의 내용: 휴대폰 본인인증이 계속 실패합니다. 통신사 변경 후부터 그렇습니다.""", [full, rn, ph, ad])

    g.n("support_ticket", f"""Ticket #{digits(r, 6)} — Priority: Normal — Channel: web form
Product: Trailrunner 2 headlamp (SKU TR2-HL-400-BLK)
Order: SO-2024-{digits(r, 6)}, shipped 2024-03-02 via DPD
Issue: the USB-C port stops charging after ~2 weeks. Firmware 1.4.2. Three other tickets this month with the same batch (lot 24-07).
Next step: offer replacement from batch 24-09, ask for photo of the port. Please summarise for the weekly quality report.""")

    # ------------------------------------------------------------ HR notes
    first, last, full, fem = person(r, "de")
    (y, m, d), geb = _dob(r, "{d:02d}.{m:02d}.{y}")
    st, ib, ad = steuer_id(r), iban_de(r), address(r, "de")
    g.p("hr_note", f"""Personalstammblatt – Neueinstellung zum 01.04.2024
Name: {full}
Geburtsdatum: {geb}
Anschrift: {ad}, 50667 Köln
Steuer-ID: {st}
Steuerklasse: 1, Konfession: keine
Bankverbindung (IBAN): {iban_fmt(ib)}
Bitte die Angaben an die Lohnbuchhaltung weiterleiten und einen Onboarding-Plan für die erste Woche vorschlagen.""",
        [full, geb, ad, st, iban_fmt(ib)])

    first, last, full, fem = person(r, "fr")
    y, m, d = dob(r, 1960, 2000)
    nr = nir_fmt(r, sex="2" if fem else "1", yy=y % 100, mm=m)
    ib, ph = iban_fr(r), phone(r, "fr")
    g.p("hr_note", f"""Note RH – dossier arrêt maladie
Salarié(e) : {full}
N° de sécurité sociale : {nr}
Téléphone : {ph}
RIB pour maintien de salaire : {ib}
Arrêt du 04/03 au 22/03, prolongation possible. Merci de préparer le courrier pour la prévoyance.""", [full, nr, ph, ib])

    first, last, full, fem = person(r, "nl")
    b, ib, ad = bsn(r), iban_nl(r), address(r, "nl")
    (y, m, d), gd = _dob(r, "{d:02d}-{m:02d}-{y}")
    g.p("hr_note", f"""Indiensttreding – gegevens voor de salarisadministratie
Naam: {full}
BSN: {b}
Geboortedatum: {gd}
Adres: {ad}, 1016 DK Amsterdam
IBAN: {iban_fmt(ib)}
Kun je een welkomstmail in het Engels opstellen?""", [full, b, gd, ad, iban_fmt(ib)])

    first, last, full, fem = person(r, "se")
    y, m, d = dob(r, 1965, 2001)
    pn, ad, ph = personnummer(r, y, m, d), address(r, "se"), phone(r, "se")
    g.p("hr_note", f"""Anställningsavtal – utkast
Arbetstagare: {full}, personnummer {pn}
Adress: {ad}, 113 46 Stockholm
Mobil: {ph}
Tjänst: Backend-utvecklare, tillsvidare, provanställning 6 månader.
Kan du översätta avtalet till engelska?""", [full, pn, ad, ph])

    first, last, full, fem = person(r, "pl")
    y, m, d = dob(r, 1970, 2003)
    ps, ib = pesel(r, y, m, d, fem), iban_pl(r)
    g.p("hr_note", f"""Zgłoszenie do ZUS – nowy pracownik
Imię i nazwisko: {full}
PESEL: {ps}
Numer rachunku: {iban_fmt(ib)}
Adres zamieszkania: {address(r, "pl")}, 00-{digits(r, 3, False)} Warszawa
Proszę o sprawdzenie, czy formularz ZUS ZUA jest kompletny.""", [full, ps, iban_fmt(ib)])
    last_case = g.cases[-1]
    last_case["secrets"].append(last_case["text"].split("Adres zamieszkania: ")[1].split(",")[0])

    g.n("hr_note", """HR policy reminder — onboarding documents

New starters must provide: proof of right to work, tax identification number, bank details for payroll,
and an emergency contact. These are collected only through the HR portal, never by e-mail or chat.
Managers should not keep copies. Retention: 6 years after the end of employment, then deleted.
Questions go to the People team channel.""")

    # ------------------------------------------------------------ healthcare notes
    first, last, full, fem = person(r, "au")
    (y, m, d), db = _dob(r, "{d:02d}/{m:02d}/{y}")
    mc, ph = medicare(r), phone(r, "au")
    g.p("healthcare_note", f"""GP referral – Physiotherapy
Patient: {full}   DOB: {db}
Medicare No.: {mc}
Mobile: {ph}
Hx: R knee pain 6/52 after netball, swelling reduced, ROM limited in flexion. No red flags.
Please rewrite this referral in plain language for the patient.""", [full, db, mc, ph])

    first, last, full, fem = person(r, "in")
    ad_no, ph = aadhaar(r), phone(r, "in")
    deva = {"Aarav Iyer": "आरव अय्यर", "Ananya Banerjee": "अनन्या बनर्जी",
            "Vikram Reddy": "विक्रम रेड्डी", "Priya Sharma": "प्रिया शर्मा"}[full]
    g.p("healthcare_note", f"""OPD slip — Cardiology
Patient name: {full} ({deva})
Aadhaar: {ad_no}
Contact: {ph}
Age/Sex: {r.randrange(35, 70)}/{'F' if fem else 'M'}
Complaint: exertional chest tightness x 2 weeks. ECG: NSR, no ST changes. Plan: TMT, lipid profile.
Summarise for the discharge note in Hindi and English.""", [full, deva, ad_no, ph])

    first, last, full, fem = person(r, "us")
    (y, m, d), db = _dob(r, "{m:02d}/{d:02d}/{y}")
    mrn, ss = digits(r, 8), ssn(r)
    g.p("healthcare_note", f"""Discharge summary (draft) — please fix grammar only
Pt {full}, DOB {db}, MRN {mrn}, SSN {ss} (for billing)
Admitted 3/4 with community-acquired pneumonia, treated with ceftriaxone + azithromycin, now afebrile x48h.
Discharge on amoxicillin-clavulanate 875 mg BID x5d. Follow-up with PCP in 1 week.""", [full, db, mrn, ss])

    first, last, full, fem = person(r, "es")
    nid, ph, ad = (dni(r) if r.random() < .5 else nie(r)), phone(r, "es"), address(r, "es")
    g.p("healthcare_note", f"""Informe de urgencias
Paciente: {full}
DNI/NIE: {nid}
Teléfono: {ph}
Domicilio: {ad}, 28012 Madrid
Motivo de consulta: cefalea intensa de inicio brusco. TAC craneal sin hallazgos. Alta con analgesia.
¿Puedes resumirlo en inglés para el seguro de viaje?""", [full, nid, ph, ad])

    g.n("healthcare_note", """Clinical guidance snippet (for the patient leaflet generator)
Amoxicillin-clavulanate 875/125 mg: take twice daily with food for 5 days. Common side effects: diarrhoea,
nausea, rash. Seek urgent care for swelling of the face or difficulty breathing.
Review after 48–72 h if fever persists. Reduce dose if creatinine clearance is below 30 mL/min.""")

    # ------------------------------------------------------------ bank letters
    first, last, full, fem = person(r, "it")
    y, m, d = dob(r, 1958, 2000)
    cf = codice_fiscale(r, last, first, fem, y, m, d)
    ib, ad = iban_it(r), address(r, "it")
    g.p("bank_letter", f"""Spett.le {full}
{ad}
20121 Milano (MI)

Oggetto: conferma apertura conto corrente
Codice fiscale: {cf}
IBAN: {iban_fmt(ib)}

Gentile Cliente, Le confermiamo l'apertura del conto. La carta di debito Le sarà recapitata entro 10 giorni lavorativi.
(traduci in inglese per favore)""", [full, ad, cf, iban_fmt(ib)])

    first, last, full, fem = person(r, "uk")
    ib = iban_gb(r)
    sort, acct = ib[8:14], ib[14:]
    cardn = card(r, "mc")
    g.p("bank_letter", f"""Dear {full},

Following your call, we have cancelled the card ending {cardn[-4:]}. The full number of the cancelled card was
{card_fmt(cardn)}; please destroy it. Your account details are unchanged:
Sort code {sort[:2]}-{sort[2:4]}-{sort[4:]}  Account number {acct}
IBAN {iban_fmt(ib)}

Yours sincerely,
Card Services""", [full, card_fmt(cardn), acct, iban_fmt(ib)])

    first, last, full, fem = person(r, "es")
    ib, nid = iban_es(r), dni(r)
    g.p("bank_letter", f"""Estimado/a {full}:
Le informamos de que la domiciliación del recibo de su seguro de hogar se cargará en la cuenta {ib}
a partir del próximo mes. Titular: {full}, DNI {nid}.
¿Me ayudas a redactar una respuesta pidiendo cambiar la fecha de cargo?""", [full, ib, nid])

    first, last, full, fem = person(r, "nl")
    ib = iban_be(r)
    g.p("bank_letter", f"""Beste {full},
Uw terugbetaling van €{r.randrange(40, 900)},{digits(r, 2, False)} wordt uitgevoerd naar rekening {iban_fmt(ib)} (BIC GEBABEBB).
Met vriendelijke groet, Klantendienst""", [full, iban_fmt(ib)])

    g.n("bank_letter", """Dear {{customer.salutation}} {{customer.last_name}},

We have received your request to change the direct debit mandate to the account ending {{mandate.iban_last4}}.
The change will take effect from {{mandate.effective_date}}. If you did not request this change, call us on the
number printed on the back of your card.

Template id: DD-CHANGE-EN-v7 — please improve the tone, keep all placeholders.""")

    # ------------------------------------------------------------ insurance
    first, last, full, fem = person(r, "de")
    (y, m, d), geb = _dob(r, "{d:02d}.{m:02d}.{y}")
    kv = _kvnr(r)
    ph, ad = phone(r, "de"), address(r, "de")
    g.p("insurance_letter", f"""Schadenmeldung Kfz-Haftpflicht – Vorgang {digits(r, 9)}
Versicherungsnehmer: {full}, geb. {geb}
Anschrift: {ad}, 80331 München
Telefon: {ph}
Krankenversichertennummer (für Personenschaden): {kv}
Hergang: Auffahrunfall an der Ampel, Gegner räumt Schuld ein. Bitte formuliere eine kurze Schadensschilderung.""",
        [full, geb, ad, ph, kv])

    first, last, full, fem = person(r, "au")
    tf, ad = tfn(r), address(r, "au")
    g.p("insurance_letter", f"""Income protection claim — employer statement
Claimant: {full}
Tax File Number: {tf}
Residential address: {ad}, Parramatta NSW 2150
Last day worked: 14 February. Salary continuance via payroll until 31 March.""", [full, tf, ad])

    first, last, full, fem = person(r, "cn")
    y, m, d = dob(r, 1965, 2000)
    cid, ph, ad = cn_id(r, y, m, d, fem), phone(r, "cn"), address(r, "cn")
    g.p("insurance_letter", f"""理赔申请表
被保险人姓名：{full}
身份证号码：{cid}
联系电话：{ph}
联系地址：{ad}
出险经过：2024年3月2日骑电动车摔倒，右手腕骨折，已在医院门诊治疗。
请帮我把这段翻译成英文给再保险公司。""", [full, cid, ph, ad])

    g.n("insurance_letter", """Policy wording extract — Section 4: Exclusions
We will not pay for loss or damage caused by wear and tear, gradual deterioration, or faulty workmanship.
Claims must be reported within 30 days. An excess of €250 applies to each claim under Section 2.
Please rewrite this section in plain English at a reading age of 12.""")

    # ------------------------------------------------------------ delivery forms
    first, last, full, fem = person(r, "jp")
    ph, ad = phone(r, "jp"), address(r, "jp")
    g.p("delivery_form", f"""配送伝票（宅急便）
お届け先：{full} 様
住所：〒{digits(r, 3)}-{digits(r, 4, False)} {ad}
電話：{ph}
品名：書籍　配達希望日：3月15日 午前中""", [full, ad, ph])

    first, last, full, fem = person(r, "tr")
    ph, ad = phone(r, "tr"), address(r, "tr")
    g.p("delivery_form", f"""Teslimat bilgileri
Alıcı: {full}
Adres: {ad}, Kadıköy / İstanbul 34710
Telefon: {ph}
Not: Kapıda ödeme, zili çalmayın bebek uyuyor :)""", [full, ad, ph])

    first, last, full, fem = person(r, "ru")
    ph, ad = phone(r, "ru"), address(r, "ru")
    g.p("delivery_form", f"""Получатель: {full}
Адрес доставки: г. Москва, {ad}
Телефон: {ph}
Комментарий курьеру: домофон не работает, позвоните за 15 минут""", [full, ad, ph])

    first, last, full, fem = person(r, "gr")
    ph, ad = phone(r, "gr"), address(r, "gr")
    g.p("delivery_form", f"""Στοιχεία αποστολής
Παραλήπτης: {full}
Διεύθυνση: {ad}, 105 63 Αθήνα
Τηλέφωνο: {ph}
Παρατηρήσεις: παράδοση μετά τις 14:00""", [full, ad, ph])

    g.n("delivery_form", """Delivery form (blank template)
Recipient name: ______________________
Street and number: ___________________
Postcode / City: _____________________
Phone (for the courier): _____________
Preferred slot:  [ ] morning  [ ] afternoon  [ ] evening
Parcel size: S / M / L — weight limit 31.5 kg""")

    # ------------------------------------------------------------ CRM CSV exports
    rows, secrets = [], []
    for cc in ["de", "fr", "it", "se", "us"]:
        first, last, full, fem = person(r, cc)
        em, ph = email_for(r, first, last), phone(r, cc, intl=True)
        (y, m, d), db = _dob(r, "{y}-{m:02d}-{d:02d}")
        rows.append('"%s","%s","%s","%s","%s",%s' % (first, last, em, ph, db, cc.upper()))
        secrets += [em, ph, db]
    g.p("crm_csv", "can you dedupe this export and tell me which rows have invalid phone numbers?\n"
        'first_name,last_name,email,phone,birth_date,country\n' + "\n".join(rows), secrets)
    # add the names as written (first + last columns together are the full name; list last names that are long)
    last_case = g.cases[-1]
    for row in rows:
        ln = row.split('","')[1]
        if len(ln) >= 8 or last_case["text"].count(ln) == 1:
            last_case["secrets"].append(ln)

    rows, secrets = [], []
    for brand in ["visa", "mc", "amex", "visa", "discover"]:
        cc = r.choice(["uk", "de", "au", "us", "nl"])
        first, last, full, fem = person(r, cc)
        num = card(r, brand)
        exp = "%02d/%02d" % (r.randrange(1, 13), r.randrange(25, 30))
        rows.append("%s;%s;%s;%s;%s" % (r.randrange(10000, 99999), full, num, exp, r.choice(["paid", "failed", "refunded"])))
        secrets += [full, num]
    g.p("crm_csv", "payments_export_2024-03.csv (sorry, our old system exported full PANs)\norder_id;cardholder;pan;exp;status\n"
        + "\n".join(rows), secrets)

    rows, secrets = [], []
    for mk in [iban_de, iban_fr, iban_es, iban_nl, iban_it]:
        cc = {"iban_de": "de", "iban_fr": "fr", "iban_es": "es", "iban_nl": "nl", "iban_it": "it"}[mk.__name__]
        first, last, full, fem = person(r, cc)
        ib = mk(r)
        rows.append("%s\t%s\t%s\t%s" % ("SUP-" + digits(r, 5), full, ib, r.choice(["EUR", "EUR", "EUR"])))
        secrets += [full, ib]
    g.p("crm_csv", "supplier_payouts.tsv — which of these IBANs will SEPA reject?\nsupplier\tname\tiban\tcurrency\n" + "\n".join(rows), secrets)

    rows, secrets = [], []
    for cc in ["ar", "ru", "cn", "kr", "in"]:
        first, last, full, fem = person(r, cc)
        ph = phone(r, cc)
        rows.append("%s,%s,%s" % (full, ph, r.choice(["lead", "customer", "churned"])))
        secrets += [full, ph]
    g.p("crm_csv", "name,phone,stage\n" + "\n".join(rows) + "\n\ntranslate the stage column to German and keep the rest", secrets)

    first, last, full, fem = person(r, "br")
    c2, em = cpf(r), email_for(r, first, last)
    cn = cnpj(r)
    g.p("crm_csv", f"""id;razao_social;cnpj;contato;cpf_contato;email
{digits(r, 4)};Padaria Bom Pão Ltda;{cn};{full};{c2};{em}""", [full, c2, em])

    g.n("crm_csv", """country,leads,customers,churned,median_age,avg_order_value_eur
DE,1243,412,37,38,61.20
FR,988,301,22,41,58.75
IT,640,199,19,44,49.10
SE,311,120,8,35,72.40
-- aggregated export, no personal columns. Which country has the best lead-to-customer ratio?""")

    # ------------------------------------------------------------ JSON logs
    first, last, full, fem = person(r, "us")
    em, ph = email_for(r, first, last), phone(r, "us", intl=True)
    (y, m, d), db = _dob(r, "{y}-{m:02d}-{d:02d}")
    cardn = card(r, "visa")
    u = {"level": "info", "msg": "user updated", "user": {"id": int(digits(r, 7)), "name": full, "email": em,
         "phone": ph, "dob": db, "payment": {"card_number": cardn, "exp": "09/27"}}, "ts": "2024-03-11T10:04:11Z"}
    g.p("json_log", json.dumps(u), [full, em, ph, db, cardn])

    first, last, full, fem = person(r, "gr")
    ph = phone(r, "gr")
    amka = "%02d%02d%02d%05d" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(60, 99), r.randrange(10000, 99999))
    amka = amka[:10] + luhn_digit(amka[:10])
    u = {"event": "patient.lookup", "patient": {"full_name": full, "amka": amka, "mobile": ph}, "clinic": "ATH-03"}
    g.p("json_log", "2024-03-11 09:12:44,118 INFO audit " + json.dumps(u, ensure_ascii=False), [full, amka, ph])

    first, last, full, fem = person(r, "tr")
    tc = [r.randrange(1, 10)] + [r.randrange(10) for _ in range(8)]
    d10 = ((sum(tc[0:9:2]) * 7) - sum(tc[1:8:2])) % 10
    d11 = (sum(tc) + d10) % 10
    tckn = "".join(map(str, tc)) + str(d10) + str(d11)
    em = email_for(r, first, last)
    u = {"musteri": {"ad_soyad": full, "tckn": tckn, "eposta": em, "adres": address(r, "tr") + ", Ankara"}}
    g.p("json_log", "POST /api/v1/kyc 422 " + json.dumps(u, ensure_ascii=False), [full, tckn, em, u["musteri"]["adres"]])

    first, last, full, fem = person(r, "in")
    ad_no, ph, em = aadhaar(r), phone(r, "in"), email_for(r, first, last)
    pan = "".join(r.choice(UPPER) for _ in range(3)) + "P" + last[0].upper() + digits(r, 4, False) + r.choice(UPPER)
    g.p("json_log", f"""{{"ts":"2024-03-11T06:41:09.221+05:30","svc":"kyc-worker","msg":"ekyc response","data":{{"name":"{full}","aadhaar":"{ad_no}","pan":"{pan}","mobile":"{ph}","email":"{em}"}}}}""",
        [full, ad_no, pan, ph, em])

    first, last, full, fem = person(r, "br")
    c3, ph = cpf(r), phone(r, "br")
    pix = uuid4(r)
    g.p("json_log", f"""[pix-gateway] erro ao processar pagamento: {{"pagador":{{"nome":"{full}","cpf":"{c3}","telefone":"{ph}"}},"chave_pix":"{pix}","valor":"149.90"}}""",
        [full, c3, ph])

    g.n("json_log", """{"level":"info","msg":"user updated","user":{"id":4821937,"plan":"pro","locale":"de-DE","country":"DE","created_at":"2023-11-02T08:14:55Z","email_verified":true,"mfa":"totp"},"request_id":"01HRM7A2B9C4D6E8F0G1H3J5K7","ts":"2024-03-11T10:04:11Z"}""")

    return g.cases
