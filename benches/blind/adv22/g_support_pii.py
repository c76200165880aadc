"""Group support_pii: customer support material in ~20 languages with personal data."""
import json
import random

import common_pii as P
from common import Collector, Gen

SEED = 220505
G = "support_pii"


def J(o, indent=None):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def ch_ahv(rng):
    body = "756" + P.digits(rng, 9)
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (full[:3], full[3:7], full[7:11], full[11:])


def cz_rc(rng, female=False):
    while True:
        y, m, d = P.dob(rng, 1955, 1999)
        base = "%02d%02d%02d%03d" % (y % 100, m + (50 if female else 0), d, rng.randint(0, 999))
        for last in range(10):
            if int(base + str(last)) % 11 == 0:
                return base[:6] + "/" + base[6:] + str(last)


def at_svnr(rng):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        serial = "%03d" % rng.randint(100, 999)
        y, m, d = P.dob(rng)
        dob = "%02d%02d%02d" % (d, m, y % 100)
        digs = serial + "0" + dob
        c = sum(int(x) * w[i] for i, x in enumerate(digs)) % 11
        if c == 10:
            continue
        return serial + str(c) + " " + dob


def in_pan(rng):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(rng.choice(L) for _ in range(3)) + "P" + rng.choice(L) + P.digits(rng, 4) + rng.choice(L)


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    c = Collector(G)
    R = rng

    # 1 US complaint email
    nm = P.name(R, "en_US"); em = P.email(R, nm); ph = P.phone(R, "US"); ad = P.address(R, "US")
    ssn = P.us_ssn(R); cd = P.card(R, "amex")
    c.pos("complaint_email_en_us", "From: %s <%s>\nTo: support@northwind-bank.example\nSubject: Unauthorized charge – please escalate\n\n"
          "Hi,\nI was charged twice on my Amex ending in the number below. Full card: %s. My SSN for verification is %s.\n"
          "Mailing address: %s\nYou can reach me at %s after 5pm.\n\nThanks,\n%s" % (nm, em, P.fmt_card(cd), ssn, ad, ph, nm.split()[0]),
          [nm, em, P.fmt_card(cd), ssn, ad, ph])

    # 2 UK live chat transcript
    nm = P.name(R, "en_GB"); nino = P.uk_nino(R); ph = P.phone(R, "GB"); ib = P.fmt_iban(P.iban(R, "GB")); ad = P.address(R, "GB")
    c.pos("chat_transcript_en_gb", "[14:02] Agent (Priya): Thanks for holding. Can I take your full name?\n[14:02] Customer: %s\n"
          "[14:03] Agent (Priya): And your National Insurance number?\n[14:03] Customer: %s\n[14:04] Customer: refund to %s please\n"
          "[14:04] Customer: new address is %s, mobile %s\n[14:05] Agent (Priya): Lovely, all updated." % (nm, nino, ib, ad, ph),
          [nm, nino, ib, ad, ph])

    # 3 French Zendesk ticket JSON
    nm = P.name(R, "fr"); nir = P.fr_nir(R); ib = P.fmt_iban(P.iban(R, "FR")); ph = P.phone(R, "FR"); em = P.email(R, nm)
    t = {"ticket": {"id": 884213, "subject": "Remboursement non reçu", "requester": {"name": nm, "email": em},
                    "description": "Bonjour, je n'ai toujours pas reçu le remboursement. Mon numéro de sécurité sociale : %s. "
                                   "IBAN : %s. Vous pouvez m'appeler au %s." % (nir, ib, ph), "tags": ["remboursement", "prioritaire"]}}
    c.pos("zendesk_ticket_fr", "GET /api/v2/tickets/884213.json\n" + J(t, 2), [nm, em, nir, ib, ph])

    # 4 Spanish call-centre notes
    nm = P.name(R, "es"); dni = P.es_dni(R); nie = P.es_nie(R); ib = P.fmt_iban(P.iban(R, "ES")); ph = P.phone(R, "ES")
    c.pos("call_notes_es", "NOTAS DE LLAMADA – 12/03/2025 10:41\nCliente: %s (DNI %s)\nEsposa titular secundaria, NIE %s\n"
          "Solicita domiciliar recibos en la cuenta %s\nTeléfono de contacto: %s\nResultado: pendiente de firma" % (nm, dni, nie, ib, ph),
          [nm, dni, nie, ib, ph])

    # 5 Italian CRM CSV export
    rows = ["id;nome;cognome;codice_fiscale;iban;cellulare;note"]
    sec = []
    for i in range(2):
        f, l = R.choice(P.NAMES["it"][0]), R.choice(P.NAMES["it"][1])
        cf = P.it_cf(R, f, l, female=f.endswith("a")); ib = P.iban(R, "IT"); ph = P.phone(R, "IT")
        rows.append("%d;%s;%s;%s;%s;%s;\"richiesta rimborso\"" % (1200 + i, f, l, cf, ib, ph))
        sec += [cf, ib, ph, "%s;%s" % (f, l)]
    c.pos("crm_csv_it", "\n".join(rows), sec)

    # 6 German complaint letter
    nm = P.name(R, "de"); sid = P.de_steuer_id(R); ib = P.fmt_iban(P.iban(R, "DE")); ad = P.address(R, "DE")
    y, m, d = P.dob(R); gb = "%02d.%02d.%d" % (d, m, y)
    c.pos("complaint_letter_de", "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der Lastschrift vom 03.02.2025.\n"
          "Name: %s\nGeburtsdatum: %s\nSteuer-ID: %s\nAnschrift: %s\nBankverbindung: %s\n\nMit freundlichen Grüßen\n%s" % (nm, gb, sid, ad, ib, nm),
          [nm, "Geburtsdatum: " + gb, sid, ad, ib])

    # 7 Dutch WhatsApp export
    nm = P.name(R, "nl"); bsn = P.nl_bsn(R); ib = P.fmt_iban(P.iban(R, "NL")); ph = P.phone(R, "NL")
    c.pos("whatsapp_export_nl", "12-03-25 09:14 - Klantenservice: Goedemorgen! Waarmee kunnen we helpen?\n12-03-25 09:15 - %s: Hoi, mijn toeslag is niet gestort\n"
          "12-03-25 09:15 - %s: mijn BSN is %s en rekening %s\n12-03-25 09:16 - %s: bel me gerust op %s\n12-03-25 09:17 - Klantenservice: Dank u, we zoeken het uit."
          % (nm, nm, bsn, ib, nm, ph), [nm, bsn, ib, ph])

    # 8 Belgian bilingual ticket
    nm = P.name(R, "fr"); nn = P.be_nn(R); ib = P.fmt_iban(P.iban(R, "BE")); ph = P.phone(R, "BE"); ad = P.address(R, "BE")
    c.pos("ticket_be_fr_nl", "Ticket #BE-22018 (FR/NL)\nClient / Klant : %s\nN° de registre national / Rijksregisternummer : %s\nCompte / Rekening : %s\n"
          "Adresse / Adres : %s\nGSM : %s\nDemande : changement de domiciliation" % (nm, nn, ib, ad, ph), [nm, nn, ib, ad, ph])

    # 9 Polish support email
    nm = P.name(R, "pl"); pesel = P.pl_pesel(R); ib = P.fmt_iban(P.iban(R, "PL")); ph = P.phone(R, "PL"); em = P.email(R, nm)
    c.pos("support_email_pl", "Od: %s <%s>\nTemat: Reklamacja zamówienia 55/2025\n\nDzień dobry,\nproszę o zwrot środków na konto %s.\n"
          "PESEL: %s, tel. %s.\nPozdrawiam" % (nm, em, ib, pesel, ph), [nm, em, ib, pesel, ph])

    # 10 Swedish case note
    nm = P.name(R, "sv"); pnr = P.se_pnr(R); ph = P.phone(R, "SE"); ad = P.address(R, "SE")
    c.pos("case_note_sv", "Ärende 7781 – flytt av abonnemang\nKund: %s\nPersonnummer: %s\nNy adress: %s\nNås på %s vardagar\nÅtgärd: skickat avtal via BankID" % (nm, pnr, ad, ph),
          [nm, pnr, ad, ph])

    # 11 Danish e-mail reply with quote
    nm = P.name(R, "da"); cpr = P.dk_cpr(R); ib = P.fmt_iban(P.iban(R, "DK")); ph = P.phone(R, "DK")
    c.pos("email_reply_da", "Hej,\n\nTak for din henvendelse. Vi har registreret udbetalingen.\n\nVenlig hilsen\nKundeservice\n\n> Fra: %s\n"
          "> Mit CPR-nummer er %s og min konto er %s.\n> Ring gerne på %s." % (nm, cpr, ib, ph), [nm, cpr, ib, ph])

    # 12 Finnish web form submission
    nm = P.name(R, "fi"); hetu = P.fi_hetu(R); ib = P.fmt_iban(P.iban(R, "FI")); em = P.email(R, nm); ad = P.address(R, "FI")
    c.pos("webform_fi", "Lomake: Vahinkoilmoitus\n---\nnimi=%s\nhenkilotunnus=%s\nsahkoposti=%s\nosoite=%s\ntilinumero=%s\nkuvaus=Puhelin putosi ja näyttö hajosi" % (nm, hetu, em, ad, ib),
          [nm, hetu, em, ad, ib])

    # 13 Norwegian chat
    nm = P.name(R, "no"); fnr = P.no_fnr(R); ib = P.fmt_iban(P.iban(R, "NO")); ph = P.phone(R, "NO")
    c.pos("chat_no", "Kunde: hei, jeg heter %s og vil endre kontonummer\nKunde: fødselsnummer %s\nKunde: nytt konto: %s\nAgent: takk! Vi sender bekreftelse på SMS til %s?\nKunde: ja" % (nm, fnr, ib, ph),
          [nm, fnr, ib, ph])

    # 14 Brazilian Reclame Aqui style complaint
    nm = P.name(R, "pt_BR"); cpf = P.br_cpf(R); ph = P.phone(R, "BR"); cd = P.card(R, "mastercard"); ad = P.address(R, "BR")
    c.pos("complaint_pt_br", "Reclamação: cobrança indevida no cartão\n\nMeu nome é %s, CPF %s. Foi cobrado duas vezes no cartão %s.\n"
          "Moro na %s. WhatsApp %s. Quero o estorno imediato!" % (nm, cpf, P.fmt_card(cd, "."), ad, ph), [nm, cpf, P.fmt_card(cd, "."), ad, ph])

    # 15 Chinese ticket
    nm = P.name(R, "zh"); rid = P.cn_rid(R); ph = P.phone(R, "CN")
    c.pos("ticket_zh", "工单编号：CN-20250311-0042\n客户姓名：%s\n身份证号：%s\n联系电话：%s\n问题描述：实名认证失败，请人工审核。\n处理人：二线支持" % (nm, rid, ph),
          ["客户姓名：" + nm, rid, ph])

    # 16 India support mail with Aadhaar/PAN
    nm = P.name(R, "hi"); aad = P.in_aadhaar(R); pan = in_pan(R); ph = P.phone(R, "IN"); em = P.email(R, nm, ["gmail.com", "rediffmail.com", "yahoo.co.in"])
    c.pos("kyc_email_in", "Subject: KYC update pending for 3 weeks\n\nDear team,\nI have uploaded my documents again. Aadhaar: %s, PAN: %s.\n"
          "Name as per PAN: %s\nMobile: %s / email %s\nPlease update KYC status asap." % (aad, pan, nm, ph, em), [aad, pan, nm, ph, em])

    # 17 Korean KakaoTalk-like consult
    nm = P.name(R, "ko"); rrn = P.kr_rrn(R); ph = P.phone(R, "KR")
    c.pos("consult_ko", "[상담 기록]\n고객명: %s\n주민등록번호: %s\n연락처: %s\n문의 내용: 본인인증이 계속 실패합니다.\n답변: 통신사 정보 확인 요청" % (nm, rrn, ph),
          ["고객명: " + nm, rrn, ph])

    # 18 Japanese inquiry form
    nm = P.name(R, "ja"); mn = P.jp_mynumber(R); ph = P.phone(R, "JP")
    addr = "東京都世田谷区三軒茶屋%d丁目%d-%d" % (R.randint(1, 4), R.randint(1, 30), R.randint(1, 20))
    c.pos("inquiry_ja", "【お問い合わせ】\nお名前：%s 様\nマイナンバー：%s\n住所：%s\n電話番号：%s\n内容：年末調整の書類が届いていません。" % (nm, mn, addr, ph),
          ["お名前：" + nm, mn, addr, ph])

    # 19 Australian ticket with TFN and card
    nm = P.name(R, "en_GB"); tfn = P.au_tfn(R); ph = P.phone(R, "AU"); cd = P.card(R, "visa")
    c.pos("ticket_en_au", "Payroll helpdesk #AU-5512\nEmployee: %s\nTFN: %s\nCorporate card (lost): %s\nBest contact: %s\nPriority: high" % (nm, tfn, P.fmt_card(cd, "-"), ph),
          [nm, tfn, P.fmt_card(cd, "-"), ph])

    # 20 Canadian bilingual note
    nm = P.name(R, "fr"); sin = P.ca_sin(R); ph = P.phone(R, "CA"); cd = P.card(R, "visa")
    c.pos("note_ca_fr_en", "Dossier: T4 reissue / réémission T4\nClient: %s\nNAS / SIN: %s\nTél: %s\nCarte pour frais: %s\nAgent: verified by callback" % (nm, sin, ph, cd),
          [nm, sin, ph, cd])

    # 21 Russian support message
    nm = P.name(R, "ru"); ph = P.phone(R, "RU"); body = "2200" + P.digits(R, 11); cd = body + P.luhn_digit(body); em = P.email(R, "klient " + P.digits(R, 3), ["yandex.ru", "mail.ru"])
    c.pos("support_ru", "Здравствуйте! Меня зовут %s.\nС карты Мир %s списали деньги дважды.\nМой телефон %s, почта %s.\nПрошу вернуть средства." % (nm, P.fmt_card(cd), ph, em),
          [nm, P.fmt_card(cd), ph, em])

    # 22 Turkish complaint
    nm = P.name(R, "tr"); tc = P.tr_tckn(R); ib = P.fmt_iban(P.iban(R, "TR")); ph = P.phone(R, "TR")
    c.pos("complaint_tr", "Şikayet: İade yapılmadı\nAd Soyad: %s\nT.C. Kimlik No: %s\nIBAN: %s\nTelefon: %s\nAçıklama: 14 gündür bekliyorum." % (nm, tc, ib, ph),
          [nm, tc, ib, ph])

    # 23 Arabic chat
    nm = P.name(R, "ar"); ph = P.phone(R, "SA"); em = P.email(R, "customer " + P.digits(R, 4), ["gmail.com"])
    c.pos("chat_ar", "العميل: السلام عليكم، اسمي %s\nالعميل: رقم جوالي %s والبريد %s\nالموظف: شكراً، تم تحديث البيانات." % (nm, ph, em),
          ["اسمي " + nm, ph, em])

    # 24 Vietnamese ticket with CCCD
    nm = P.name(R, "vi"); cccd = "0" + P.digits(R, 2) + R.choice("0123") + P.digits(R, 8); ph = P.phone(R, "VN")
    c.pos("ticket_vi", "Phiếu hỗ trợ #VN-9912\nHọ tên: %s\nSố CCCD: %s\nSĐT: %s\nNội dung: Không nhận được mã OTP khi chuyển khoản." % (nm, cccd, ph),
          [nm, cccd, ph])

    # 25 Portuguese (PT) email
    nm = P.name(R, "pt_BR"); nif = P.pt_nif(R); ib = P.fmt_iban(P.iban(R, "PT")); em = P.email(R, nm, ["sapo.pt", "gmail.com"])
    c.pos("email_pt_pt", "Assunto: Alteração de IBAN para reembolso\n\nBoa tarde,\nsou %s (NIF %s). Peço que o reembolso seja feito para o IBAN %s.\nContacto: %s\nObrigado" % (nm, nif, ib, em),
          [nm, nif, ib, em])

    # 26 Swiss German insurance note
    nm = P.name(R, "de"); ahv = ch_ahv(R); ib = P.fmt_iban(P.iban(R, "CH")); ph = "+41 79 %s %s %s" % (P.digits(R, 3), P.digits(R, 2), P.digits(R, 2))
    c.pos("insurance_note_ch", "Schadenmeldung (CH)\nVersicherte Person: %s\nAHV-Nr.: %s\nAuszahlung auf: %s\nErreichbar: %s\nSachbearbeitung: Team Zürich" % (nm, ahv, ib, ph),
          [nm, ahv, ib, ph])

    # 27 Austrian SVNR
    nm = P.name(R, "de"); sv = at_svnr(R); ib = P.fmt_iban(P.iban(R, "AT"))
    c.pos("form_at", "Antrag Familienbeihilfe – Rückfrage\nAntragsteller/in: %s\nSozialversicherungsnummer: %s\nKonto: %s\nBitte Geburtsurkunde nachreichen." % (nm, sv, ib),
          [nm, sv, ib])

    # 28 Czech ticket
    nm = R.choice(["Jana", "Petr", "Lucie", "Tomáš"]) + " " + R.choice(["Nováková", "Dvořák", "Procházková", "Černý"])
    rc = cz_rc(R, female=nm.endswith("á")); ph = "+420 6%s %s %s" % (P.digits(R, 2), P.digits(R, 3), P.digits(R, 3))
    c.pos("ticket_cs", "Požadavek č. 3310\nJméno: %s\nRodné číslo: %s\nTelefon: %s\nPopis: nefunguje přihlášení do internetového bankovnictví" % (nm, rc, ph), [nm, rc, ph])

    # 29 HubSpot CRM JSON export (multi-country)
    recs, sec = [], []
    for loc, cc in (("en_US", "US"), ("de", "DE"), ("es", "ES")):
        nm = P.name(R, loc); em = P.email(R, nm); ph = P.phone(R, cc)
        recs.append({"id": g.digits(11), "properties": {"firstname": nm.split(" ", 1)[0], "lastname": nm.split(" ", 1)[1], "email": em, "phone": ph, "lifecyclestage": "customer"}})
        sec += [em, ph, nm.split(" ", 1)[1]]
    c.pos("crm_json_export", "hubspot contacts export (page 1)\n" + J({"results": recs}), [s for s in sec if len(s) >= 6])

    # 30 Intercom conversation with card, CVV, expiry
    nm = P.name(R, "en_US"); cd = P.card(R, "discover"); cvv = "%03d" % R.randint(100, 999)
    c.pos("intercom_convo", "Conversation 1843920044 (web)\n• %s: hey can you just charge this card manually\n• %s: %s exp 08/27 cvv %s\n"
          "• Operator bot: For your security, please don't share card details in chat.\n• %s: ok sorry" % (nm, nm, cd, cvv, nm),
          [nm, cd, "cvv " + cvv])

    # 31 Salesforce case CSV with many columns
    nm = P.name(R, "en_GB"); em = P.email(R, nm); ph = P.phone(R, "GB"); ad = P.address(R, "GB")
    y, m, d = P.dob(R); dobs = "%d-%02d-%02d" % (y, m, d)
    c.pos("salesforce_csv", "\"CaseNumber\",\"Subject\",\"Contact.Name\",\"Contact.Email\",\"Contact.Phone\",\"Contact.MailingAddress\",\"Contact.Birthdate\"\n"
          "\"00041877\",\"Cannot log in\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"" % (nm, em, ph, ad, dobs), [nm, em, ph, ad, dobs])

    # 32 Freshdesk Italian with card and DOB in prose
    nm = P.name(R, "it"); cd = P.card(R, "visa"); em = P.email(R, nm)
    y, m, d = P.dob(R)
    c.pos("freshdesk_it", "Ticket #IT-7719 – Priorità: Urgente\nDa: %s\n\nBuongiorno, sono %s, nata il %d/%d/%d. Ho pagato con la carta %s ma l'ordine risulta annullato.\nGrazie" % (em, nm, d, m, y, P.fmt_card(cd), ),
          [em, nm, "nata il %d/%d/%d" % (d, m, y), P.fmt_card(cd)])

    # 33 voicemail transcription with spoken-style SSN and phone
    nm = P.name(R, "en_US"); ssn = P.us_ssn(R).replace("-", " "); ph = P.phone(R, "US")
    c.pos("voicemail_transcript", "Voicemail transcription (confidence 0.87)\n\"Hi this is %s calling about my tax form, my social is %s, "
          "uh, call me back at %s, thanks bye\"" % (nm, ssn, ph), [nm, ssn, ph])

    # 34 Hinglish chat with Aadhaar and UPI id
    nm = P.name(R, "hi"); aad = P.in_aadhaar(R).replace(" ", "-"); upi = P.ascii_fold(nm.split()[0]).lower() + P.digits(R, 2) + "@okicici"; ph = P.phone(R, "IN")
    c.pos("chat_hinglish", "user: bhai refund abhi tak nahi aaya\nuser: naam %s hai, aadhaar %s\nuser: UPI pe bhej do %s\nuser: call kar lo %s\nagent: ji sir, 48 ghante mein ho jayega" % (nm, aad, upi, ph),
          [nm, aad, upi, ph])

    # 35 SMS thread export (Spanish, Mexico)
    nm = R.choice(["Guadalupe", "Ximena", "Fernando", "Emiliano"]) + " " + R.choice(["Hernández Ruiz", "Ramírez Soto", "Cervantes Lara"])
    cd = P.card(R, "mastercard"); ph = P.phone(R, "MX")
    c.pos("sms_thread_es_mx", "SMS %s ↔ Soporte\n[09:01] Cliente: Soy %s, me cobraron de más\n[09:02] Soporte: ¿Últimos dígitos de la tarjeta?\n"
          "[09:03] Cliente: toda es %s\n[09:03] Soporte: Gracias, no comparta el número completo." % (ph, nm, cd), [ph, nm, cd])

    # 36 Greek support email with phone and IBAN (GR)
    nm = R.choice(["Γιώργος", "Ελένη", "Νίκος", "Κατερίνα"]) + " " + R.choice(["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Καραγιάννη"])
    bban = P.digits(R, 23)
    ib = "GR" + P.iban_check("GR", bban) + bban
    assert P.iban_ok(ib)
    ph = "+30 69%s %s %s" % (P.digits(R, 2), P.digits(R, 3), P.digits(R, 3))
    c.pos("email_el", "Θέμα: Επιστροφή χρημάτων\n\nΚαλησπέρα σας,\nονομάζομαι %s. Παρακαλώ επιστρέψτε το ποσό στο IBAN %s.\nΤηλέφωνο: %s\nΕυχαριστώ" % (nm, P.fmt_iban(ib), ph),
          [nm, P.fmt_iban(ib), ph])

    # ---------------------------------------------------------------- negatives
    c.neg("complaint_email_en_us", "Subject: Unauthorized charge – please escalate\n\nHi,\nI was charged twice on my card ending in 4471. "
                                   "Order reference ORD-2025-118204, amount $84.20 on Feb 3.\nPlease call me back on the number in my profile.\nThanks")
    c.neg("chat_transcript_en_gb", "[14:02] Agent: Thanks for holding. Can I take your full name?\n[14:02] Customer: [NAME]\n[14:03] Agent: And your National Insurance number?\n"
                                   "[14:03] Customer: [NINO]\n[14:04] Agent: Lovely, all updated.")
    c.neg("crm_json_export", "hubspot contacts export (hashed)\n" + J({"results": [{"id": "51208841121", "properties": {"email_sha256": g.sha256_of("a"), "phone_sha256": g.sha256_of("b"), "lifecyclestage": "customer"}}]}))
    c.neg("zendesk_ticket_fr", J({"ticket": {"id": 884214, "subject": "Remboursement non reçu", "description": "Bonjour, le remboursement de la commande CMD-77120 (49,90 €) n'apparaît pas. "
                                              "Merci de vérifier.", "tags": ["remboursement"]}}, 2))
    c.neg("call_notes_es", "NOTAS DE LLAMADA – 12/03/2025 10:41\nCliente: [anonimizado]\nDNI: ********X\nSolicita cambio de tarifa a Fibra 600Mb\nResultado: resuelto")
    c.neg("ticket_zh", "工单编号：CN-20250311-0043\n客户姓名：[已脱敏]\n身份证号：110***********1234\n问题描述：发票抬头需要修改。\n处理人：一线支持")
    c.neg("salesforce_csv", "\"CaseNumber\",\"Subject\",\"Status\",\"Priority\",\"CreatedDate\"\n\"00041878\",\"Invoice PDF missing\",\"Closed\",\"Low\",\"2025-03-02T10:11:00Z\"\n"
                            "\"00041879\",\"Change plan\",\"Open\",\"Medium\",\"2025-03-02T11:40:00Z\"")
    c.neg("complaint_letter_de", "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der Lastschrift vom 03.02.2025 (Mandatsreferenz MR-2024-00815, Betrag 39,99 EUR).\n"
                                 "Meine Kundennummer lautet K-884120.\n\nMit freundlichen Grüßen")
    return c.items
