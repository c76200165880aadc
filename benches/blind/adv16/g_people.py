import json
import random
from common import *


def pesel(rng, yy, mm, dd, female):
    z = digits(rng, 3, False)
    x = rng.choice("02468" if female else "13579")
    base = "%02d%02d%02d%s%s" % (yy, mm, dd, z, x)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return base + str((10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10)


def tckn(rng):
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d + [d10, d11]))


def build():
    r = random.Random(1606)
    g = Group("people")

    ph = "+234 803 %s %s" % (digits(r, 3), digits(r, 4, False))
    g.pos("support_ticket", """Ticket #48211 — Double charge on order 7720-19
From: Chinedu Okonkwo <chinedu.okonkwo84@yahoo.com>

Hello, I was debited twice for the same order. Please refund one of them. You can reach me on %s. Delivery address was 14 Admiralty Way, Lekki Phase 1, Lagos.
Thanks,
Chinedu""" % ph, ["Chinedu Okonkwo", "chinedu.okonkwo84@yahoo.com", ph, "14 Admiralty Way"])

    ad = aadhaar(r)
    ph = "+91 98%s %s" % (digits(r, 3, False), digits(r, 5, False))
    g.pos("hr_email", """Subject: Joining formalities – Priya Raghavan (Emp ID pending)

Hi HR team,
Please find the details for the new joinee below:
Name: Priya Raghavan
DOB: 14/08/1994
Aadhaar: %s
Mobile: %s
Address: Flat 3B, Sai Residency, 27 MG Road, Bengaluru 560001
Personal email: priya.raghavan94@gmail.com
Regards,
Recruitment Ops""" % (ad, ph), ["Priya Raghavan", "14/08/1994", ad, ph, "27 MG Road", "priya.raghavan94@gmail.com"])

    rows = [("Oluwaseun", "Adebayo", "seun.adebayo@outlook.com", "+234 805 %s %s" % (digits(r, 3), digits(r, 4, False)), "Ibadan"),
            ("Ananya", "Bhattacharya", "ananya.b@rediffmail.com", "+91 90%s %s" % (digits(r, 3, False), digits(r, 5, False)), "Kolkata"),
            ("Lucía", "Sánchez de la Torre", "lucia.sdlt@gmail.com", "+34 6%s %s %s %s" % (digits(r, 2, False), digits(r, 2, False), digits(r, 2, False), digits(r, 2, False)), "Sevilla"),
            ("Pieter", "van den Heuvel", "p.vandenheuvel@ziggo.nl", "+31 6 %s" % digits(r, 8, False), "Utrecht")]
    txt = "first_name,last_name,email,phone,city,lifecycle_stage\n" + "\n".join(
        '%s,"%s",%s,%s,%s,customer' % row for row in rows)
    sec = []
    for fn, ln, em, p, _ in rows:
        sec += [fn, ln, em, p]
    g.pos("crm_csv", "Can you dedupe this export and tell me which contacts are missing a phone?\n\n" + txt, sec)

    ph = "+84 9%s %s %s" % (digits(r, 2, False), digits(r, 3, False), digits(r, 3, False))
    rec = {"id": "hs_" + digits(r, 9), "properties": {"firstname": "Minh Anh", "lastname": "Nguyễn Thị",
           "email": "minhanh.nguyen@fpt.edu.vn", "phone": ph, "address": "42 Nguyễn Huệ, Phường Bến Nghé, Quận 1",
           "city": "TP. Hồ Chí Minh", "lifecyclestage": "lead"}}
    g.pos("crm_json", json.dumps(rec, ensure_ascii=False, indent=2),
          ["Minh Anh", "Nguyễn Thị", "minhanh.nguyen@fpt.edu.vn", ph, "42 Nguyễn Huệ"])

    ph = "+966 55 %s %s" % (digits(r, 3), digits(r, 4, False))
    g.pos("signature_ar", """شكراً لتواصلكم، سنرسل العرض المحدث غداً.

مع خالص التحيات،
خالد يوسف العتيبي
مدير المبيعات الإقليمي
جوال: %s
البريد: khalid.alotaibi@najd-trading.sa""" % ph, ["خالد يوسف العتيبي", ph, "khalid.alotaibi@najd-trading.sa"])

    ph = "138 %s %s" % (digits(r, 4, False), digits(r, 4, False))
    g.pos("ticket_zh", """您好，我是王秀英，上周在你们店里买的空气净化器坏了，想申请换货。
手机号：%s
收货地址：北京市朝阳区建国路88号SOHO现代城2号楼1803室
麻烦尽快处理，谢谢！""" % ph, ["王秀英", ph, "建国路88号SOHO现代城2号楼1803室"])

    d = dni(r)
    ph = "612 %s %s %s" % (digits(r, 2, False), digits(r, 2, False), digits(r, 2, False))
    g.pos("form_es", """Solicitud de alta — datos del titular
Nombre completo: María José García Fernández
DNI: %s
Fecha de nacimiento: 23/02/1988
Domicilio: Calle de Alcalá 148, 3º B, 28028 Madrid
Teléfono: %s
Correo: mjgarciafdez@telefonica.net""" % (d, ph), ["María José García Fernández", d, "23/02/1988", "Calle de Alcalá 148", ph, "mjgarciafdez@telefonica.net"])

    b = bsn(r)
    ph = "06-%s%s" % (r.choice("12345"), digits(r, 7, False))
    g.pos("form_nl", """Beste klantenservice,

Mijn gegevens voor de verhuizing van het contract:
Naam: Jan-Willem van der Berg
BSN: %s
Nieuw adres: Keizersgracht 214-2, 1016 DZ Amsterdam
Telefoon: %s

Met vriendelijke groet,
Jan-Willem""" % (b, ph), ["Jan-Willem van der Berg", b, "Keizersgracht 214-2", ph])

    ph = "+31 6 %s" % digits(r, 8, False)
    g.pos("signature_nl", """Dank voor de snelle reactie, dan plannen we de oplevering op 14 juni.

Groet,
Femke ter Horst
Projectleider | Bouwbedrijf Horstink B.V.
M %s | femke.terhorst@horstink-bouw.nl""" % ph, ["Femke ter Horst", ph, "femke.terhorst@horstink-bouw.nl"])

    ph = "+234 70%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4, False))
    nin = digits(r, 11)
    g.pos("hr_email", """Dear Folake,

Following our call, please update the staff record for Babatunde Ogunleye:
- NIN: %s
- Date of birth: 02 March 1991
- Next of kin: Ngozi Ogunleye (wife), %s
- Home address: Plot 7, Adeola Odeku Street, Victoria Island, Lagos

Best,
Emeka Eze
People & Culture""" % (nin, ph), ["Babatunde Ogunleye", nin, "02 March 1991", "Ngozi Ogunleye", ph, "Plot 7, Adeola Odeku Street", "Emeka Eze"])

    ph = "0%s %s %s" % (rs(r, "9", 1) + digits(r, 2, False), digits(r, 3, False), digits(r, 3, False))
    g.pos("chat_vi", """Chào shop, mình tên Trần Văn Hùng, đặt đơn #VN88213 mà chưa nhận được hàng. Sđt của mình là %s, địa chỉ giao: 17 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội. Shop kiểm tra giúp mình nhé.""" % ph,
          ["Trần Văn Hùng", ph, "17 Lý Thường Kiệt"])

    ph = "090-%s-%s" % (digits(r, 4, False), digits(r, 4, False))
    g.pos("form_ja", """お問い合わせフォーム
氏名：山田 花子（ヤマダ ハナコ）
電話番号：%s
住所：〒150-0041 東京都渋谷区神南1-19-11 パークウェイスクエア4F
メール：hanako.yamada@docomo.ne.jp
内容：先月の請求額について確認したいです。""" % ph, ["山田 花子", "ヤマダ ハナコ", ph, "神南1-19-11", "hanako.yamada@docomo.ne.jp"])

    ph = "010-%s-%s" % (digits(r, 4, False), digits(r, 4, False))
    g.pos("form_ko", """[배송 정보 변경 요청]
받는 분: 김민준
연락처: %s
주소: 서울특별시 강남구 테헤란로 152, 강남파이낸스센터 21층
요청 사항: 부재 시 경비실에 맡겨 주세요.""" % ph, ["김민준", ph, "테헤란로 152"])

    ph = "+7 916 %s-%s-%s" % (digits(r, 3), digits(r, 2, False), digits(r, 2, False))
    g.pos("letter_ru", """Добрый день!
Прошу перенести доставку на субботу.
Получатель: Соколов Дмитрий Иванович
Адрес: г. Москва, ул. Тверская, д. 12, кв. 45
Телефон: %s
dmitry.sokolov1979@mail.ru""" % ph, ["Соколов Дмитрий Иванович", "ул. Тверская, д. 12, кв. 45", ph, "dmitry.sokolov1979@mail.ru"])

    pe = pesel(r, 92, 7, 19, True)
    ph = "+48 5%s %s %s" % (digits(r, 2, False), digits(r, 3, False), digits(r, 3, False))
    g.pos("form_pl", """Dane do umowy najmu:
Najemca: Katarzyna Wiśniewska
PESEL: %s
Adres zameldowania: ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa
Tel.: %s""" % (pe, ph), ["Katarzyna Wiśniewska", pe, "ul. Marszałkowska 84/92 m. 17", ph])

    tc = tckn(r)
    ph = "+90 532 %s %s %s" % (digits(r, 3), digits(r, 2, False), digits(r, 2, False))
    g.pos("form_tr", """Müşteri bilgileri (kargo iadesi için):
Ad Soyad: Ayşe Yılmaz
T.C. Kimlik No: %s
Cep: %s
Adres: Bağdat Caddesi No: 312 D: 8, Kadıköy / İstanbul""" % (tc, ph), ["Ayşe Yılmaz", tc, ph, "Bağdat Caddesi No: 312 D: 8"])

    cp = cpf(r)
    ph = "(11) 9%s-%s" % (digits(r, 4), digits(r, 4, False))
    g.pos("form_pt", """Olá, segue meu cadastro para a troca do produto:
Nome: João Pedro Oliveira Santos
CPF: %s
Endereço: Rua Augusta, 1508, apto 72 – Consolação, São Paulo – SP, 01304-001
Celular: %s
E-mail: jp.oliveirasantos@uol.com.br""" % (cp, ph), ["João Pedro Oliveira Santos", cp, "Rua Augusta, 1508, apto 72", ph, "jp.oliveirasantos@uol.com.br"])

    ph = us_phone(r)
    g.pos("support_chat", """[14:02] Agent Sam: Can I get the account holder's details to verify?
[14:03] Customer: Jennifer Martinez-Alvarez, date of birth 03/17/1986
[14:03] Customer: billing address 4417 Maple Ridge Ct, Plano, TX 75024
[14:04] Customer: callback number %s
[14:04] Agent Sam: Thank you, you're verified.""" % ph, ["Jennifer Martinez-Alvarez", "03/17/1986", "4417 Maple Ridge Ct", ph])

    ib = iban(r, "DE", "10010010" + digits(r, 10, False))
    g.pos("letter_de", """Sehr geehrte Damen und Herren,
hiermit kündige ich meinen Vertrag (Kundennr. 55102934) fristgerecht.
Bitte erstatten Sie das Guthaben auf folgendes Konto:
Kontoinhaber: Maximilian Müller-Lüdenscheidt
IBAN: %s
Anschrift: Hauptstraße 12a, 10827 Berlin
Mit freundlichen Grüßen""" % group4(ib), ["Maximilian Müller-Lüdenscheidt", group4(ib), "Hauptstraße 12a"])

    ph = "06 %s %s %s %s" % (digits(r, 2, False), digits(r, 2, False), digits(r, 2, False), digits(r, 2, False))
    g.pos("letter_fr", """Objet : réclamation colis n° 6A21984403317
Madame, Monsieur,
Je soussignée Élodie Lefèvre-Dubois, née le 12/05/1979, domiciliée au 18 rue des Lilas, 69003 Lyon, signale la non-réception de mon colis. Vous pouvez me joindre au %s.
Cordialement""" % ph, ["Élodie Lefèvre-Dubois", "12/05/1979", "18 rue des Lilas", ph])

    ph = "054-%s" % digits(r, 7, False)
    g.pos("chat_he", """שלום, שמי נועה כהן-לוי ואני רוצה לעדכן את כתובת החיוב שלי לרחוב הרצל 45 דירה 6, תל אביב. הטלפון שלי %s. תודה!""" % ph,
          ["נועה כהן-לוי", "הרצל 45 דירה 6", ph])

    ph = "+30 69%s %s" % (digits(r, 2, False), digits(r, 6, False))
    g.pos("form_el", """Στοιχεία παραλήπτη:
Ονοματεπώνυμο: Γιώργος Παπαδόπουλος
Διεύθυνση: Λεωφόρος Αλεξάνδρας 86, 114 73 Αθήνα
Τηλέφωνο: %s
Email: g.papadopoulos@otenet.gr""" % ph, ["Γιώργος Παπαδόπουλος", "Λεωφόρος Αλεξάνδρας 86", ph, "g.papadopoulos@otenet.gr"])

    ph = "+212 6 %s %s %s %s" % (digits(r, 2, False), digits(r, 2, False), digits(r, 2, False), digits(r, 2, False))
    g.pos("support_ticket", """Bonjour, je m'appelle Fatima Zahra Benali (فاطمة الزهراء بنعلي). Ma commande n'est pas arrivée à mon adresse: 23 Rue Ibn Batouta, Quartier Gauthier, Casablanca. Tél: %s""" % ph,
          ["Fatima Zahra Benali", "فاطمة الزهراء بنعلي", "23 Rue Ibn Batouta", ph])

    ph = "+254 712 %s %s" % (digits(r, 3), digits(r, 3, False))
    g.pos("mpesa_sms", """Please help me reverse this, I sent to the wrong number:
"QFT7H2K9LM Confirmed. Ksh2,500.00 sent to WANJIRU KAMAU %s on 3/6/24 at 4:12 PM. New M-PESA balance is Ksh1,204.50." """ % ph,
          ["WANJIRU KAMAU", ph])

    g.pos("hr_email", """Kedves Csapat!

Jövő hónaptól Nagy Zsófia csatlakozik hozzánk pénzügyi elemzőként. Születési dátuma: 1993. április 9. Lakcíme: 1065 Budapest, Andrássy út 52. III/4. Kérem, készítsétek elő a belépőkártyáját.
Üdv,
Kovács Bence""", ["Nagy Zsófia", "1993. április 9.", "Andrássy út 52. III/4.", "Kovács Bence"])

    ph = "+63 917 %s %s" % (digits(r, 3), digits(r, 4, False))
    g.pos("support_ticket", """Hi po, this is Maria Cristina dela Cruz-Reyes. My package was delivered to the wrong unit. Correct address: Unit 1203, Tower 2, Avida Towers, 34th St., Bonifacio Global City, Taguig. Mobile %s. Salamat!""" % ph,
          ["Maria Cristina dela Cruz-Reyes", "Unit 1203, Tower 2, Avida Towers", ph])

    g.pos("meeting_notes", """Kickoff notes — vendor onboarding
Attendees: Zhang Wei (张伟, procurement, zhang.wei@huaxin-mfg.cn), Arjun Venkataraman (arjun.v@brightpath.io), Sanne de Vries (s.devries@brightpath.io)
Action items:
- Zhang Wei to send updated price list by Friday
- Sanne to set up the supplier portal account""",
          ["Zhang Wei", "张伟", "zhang.wei@huaxin-mfg.cn", "Arjun Venkataraman", "arjun.v@brightpath.io", "Sanne de Vries", "s.devries@brightpath.io"])

    ph = "+44 7%s%s %s" % (r.choice("4589"), digits(r, 2, False), digits(r, 6, False))
    g.pos("vcard", """BEGIN:VCARD
VERSION:3.0
N:Okafor;Ifeoma;;;
FN:Ifeoma Okafor
ORG:Harbourline Freight Ltd
TEL;TYPE=CELL:%s
EMAIL:ifeoma.okafor@harbourline.co.uk
ADR;TYPE=HOME:;;58 Gipsy Hill;London;;SE19 1QH;UK
END:VCARD""" % ph, ["Ifeoma Okafor", "Okafor;Ifeoma", ph, "ifeoma.okafor@harbourline.co.uk", "58 Gipsy Hill"])

    ph1 = "+971 50 %s %s" % (digits(r, 3), digits(r, 4, False))
    ph2 = "+91 99%s %s" % (digits(r, 3, False), digits(r, 5, False))
    data = [{"contact_id": 91822, "full_name": "Omar Farouk El-Sayed", "email": "omar.elsayed@gulfbridge.ae", "mobile": ph1, "tags": ["vip"]},
            {"contact_id": 91823, "full_name": "Meenakshi Iyer", "email": "meenakshi.iyer@tcs-mail.in", "mobile": ph2, "tags": []}]
    g.pos("crm_json", "Write a SQL insert for these:\n" + json.dumps(data, ensure_ascii=False),
          ["Omar Farouk El-Sayed", "omar.elsayed@gulfbridge.ae", ph1, "Meenakshi Iyer", "meenakshi.iyer@tcs-mail.in", ph2])

    g.pos("review_reply", """Draft a polite reply to this review:
"Ordered a birthday cake for my daughter, it arrived late and squashed. — Roberto Castillo Ibáñez, Av. Insurgentes Sur 1602, Col. Crédito Constructor, CDMX" """,
          ["Roberto Castillo Ibáñez", "Av. Insurgentes Sur 1602"])

    ph = us_phone(r)
    g.pos("shipping_label", """SHIP TO:
DANIEL KIM
2210 N HALSTED ST APT 3R
CHICAGO IL 60614-4512
%s
USPS PRIORITY MAIL 2-DAY""" % ph, ["DANIEL KIM", "2210 N HALSTED ST APT 3R", ph])

    g.pos("hr_email", """Hi Lotte,
Can you change the payroll address for Daan van 't Hof? New address is Oudegracht 131-bis, 3511 AH Utrecht, effective 1 July. His date of birth on file (19-11-1990) is correct.
Thanks""", ["Daan van 't Hof", "Oudegracht 131-bis", "19-11-1990"])

    # ---------------- negatives
    g.neg("product", """Compare the Galaxy S24 Ultra, Pixel 8 Pro and iPhone 15 Pro Max for low-light photography and video stabilisation. Which one has the best zoom?""")
    g.neg("company", """For a small bottling plant, is it better to standardise on Siemens S7-1500 or Schneider Electric Modicon M580 PLCs? We already use Rockwell for the packaging line.""")
    g.neg("travel", """I have five days in Vietnam in October. Is it better to do Hà Nội → Hạ Long Bay → Hội An, or fly straight to Đà Nẵng and spend the rest in Hội An and Huế? Also, is Keizersgracht or Prinsengracht nicer for an evening walk when I'm in Amsterdam afterwards?""")
    g.neg("ui_labels", """{
  "fields": [
    { "id": "full_name", "label": "Full name", "required": true },
    { "id": "dob", "label": "Date of birth", "type": "date" },
    { "id": "email", "label": "Email address", "type": "email", "placeholder": "Enter your email" },
    { "id": "phone", "label": "Phone number", "type": "tel" }
  ]
}""")
    g.neg("i18n_labels", """# locales/forms.yml
es:
  full_name: "Nombre completo"
  birth_date: "Fecha de nacimiento"
  address: "Dirección"
de:
  full_name: "Vollständiger Name"
  birth_date: "Geburtsdatum"
  address: "Anschrift"
zh:
  full_name: "姓名"
ar:
  full_name: "الاسم الكامل"
vi:
  full_name: "Họ và tên\"""")
    g.neg("csv_header", """first_name,last_name,email,phone,street,postal_code,city,country
# (no rows — the export filter returned 0 contacts)""")
    g.neg("field_values", """Nombre completo: Nombre completo
Apellidos: Apellidos
Vorname: Vorname
Nachname: Nachname
These are the rows where the translation team pasted the label into the value column by mistake — please list the keys so we can clear them.""")
    g.neg("translation", """Translate into Spanish, Dutch and Vietnamese: "Please enter your full name exactly as it appears on your passport, and your date of birth in DD/MM/YYYY format." """)
    g.neg("company", """Dividend comparison request: Procter & Gamble vs Johnson & Johnson vs Unilever over the last ten years, including payout ratios. Also add Nestlé and Danone.""")
    return g.cases
