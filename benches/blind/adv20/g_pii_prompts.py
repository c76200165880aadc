# -*- coding: utf-8 -*-
"""pii_prompts: personal data as people paste it into LLM prompts and support tools."""
import datetime

from common import Group, iban_fmt, iban_make, codice_fiscale, fold

G = Group("pii_prompts", seed=20006)

MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_eu(d, sep="/"):
    return d.strftime("%d" + sep + "%m" + sep + "%Y")


@G.pos("letter_us")
def letter_us(g, i):
    p = g.person("us")
    a = g.address("us")
    text = (
        "Can you write a polite but firm letter to my tenant %s at %s, %s, %s about the late rent for May "
        "($1,850, now 12 days overdue)? Mention clause 14(b) of the lease and that a late fee of $75 applies. "
        "Offer a payment plan if they call me back. Their number is %s in case you want to put it in the letter.\n"
        % (p["full"], a[0], a[1], a[2], p["phone"]))
    return text, [p["full"], a[0], a[2], p["phone"]]


@G.pos("letter_de")
def letter_de(g, i):
    p = g.person("de")
    a = g.address("de")
    dob = p["dob"].replace(year=1964)
    text = (
        "Schreib bitte einen herzlichen Brief an %s %s, %s, %s. Sie ist seit 25 Jahren Mitglied im Chor "
        "und hat am %s Geburtstag (wird 60). Wir möchten ihr im Namen des Vorstands gratulieren und sie zum "
        "Sommerfest einladen. Rückfragen gerne an sie direkt unter %s.\n"
        % ("Frau" if p["female"] else "Herrn", p["full"], a[0], a[1], dob.strftime("%d.%m.%Y"), p["phone"]))
    return text, [p["full"], a[0], a[1], dob.strftime("%d.%m.%Y"), p["phone"]]


@G.pos("cs_transcript_uk")
def cs_transcript_uk(g, i):
    p = g.person("gb")
    a = g.address("gb")
    ni = g.nino()
    text = (
        "[10:02] Agent (Priya): Thanks for contacting Harbourline Energy. Can I take your full name and date of birth?\n"
        "[10:02] Customer: %s, %s\n"
        "[10:03] Agent: Thank you. And the first line of your address and postcode?\n"
        "[10:03] Customer: %s, %s\n"
        "[10:04] Customer: for the Warm Home Discount form you asked for my NI number, it's %s\n"
        "[10:05] Agent: Perfect. Best number to reach you?\n"
        "[10:05] Customer: mobile %s, or email %s\n"
        "[10:06] Agent: I've logged the application, reference WHD-%d.\n"
        % (p["full"], d_eu(p["dob"]), a[0], a[2], ni, p["phone"], p["email"], g.ri(100000, 999999)))
    return text, [p["full"], d_eu(p["dob"]), a[0], a[2], ni, p["phone"], p["email"]]


@G.pos("cv_fr")
def cv_fr(g, i):
    p = g.person("fr")
    a = g.address("fr")
    nir = g.nir(p["female"], p["dob"])
    text = (
        "Peux-tu reformuler mon CV pour un poste de cheffe de projet digital ? Garde le même ordre.\n\n"
        "%s\n%s, %s\nTél. : %s · %s\nNée le %s · N° de sécurité sociale : %s\n\n"
        "EXPÉRIENCE\n2019–2024  Chargée de projet web, agence Lumenfold (Lyon)\n"
        "  - pilotage de 12 refontes de sites e-commerce\n2016–2019  Assistante marketing, Groupe SEB\n\n"
        "FORMATION\nMaster Communication numérique, Université Lumière Lyon 2\n"
        % (p["full"].upper(), a[0], a[1], p["phone"], p["email"], d_eu(p["dob"]), nir))
    return text, [p["full"].upper(), a[0], a[1], p["phone"], p["email"], d_eu(p["dob"]), nir]


@G.pos("cv_es")
def cv_es(g, i):
    p = g.person("es")
    a = g.address("es")
    dni = g.dni()
    text = (
        "Mejora mi currículum para una oferta de ingeniero de datos, que suene más profesional:\n\n"
        "Nombre: %s\nDNI: %s\nFecha de nacimiento: %s\nDirección: %s, %s\nMóvil: %s\nCorreo: %s\n\n"
        "Experiencia: 4 años con Python, Spark y Airflow en una consultora de Madrid. Inglés B2.\n"
        % (p["full"], dni, d_eu(p["dob"]), a[0], a[1], p["phone"], p["email"]))
    return text, [p["full"], dni, d_eu(p["dob"]), a[0], a[1], p["phone"], p["email"]]


@G.pos("medical_it")
def medical_it(g, i):
    p = g.person("it")
    a = g.address("it")
    cf = codice_fiscale(p["first"], p["last"], p["dob"], p["female"], g.pick(["H501", "F205", "A944", "L219"]))
    text = (
        "Riassumi questo referto in linguaggio semplice per mia madre:\n\n"
        "AZIENDA OSPEDALIERA – U.O. CARDIOLOGIA\n"
        "Paziente: %s   Nato/a il: %s\n"
        "C.F.: %s\n"
        "Residenza: %s, %s\n"
        "Diagnosi: fibrillazione atriale parossistica; ipertensione arteriosa in buon compenso.\n"
        "Terapia: apixaban 5 mg x2/die, bisoprololo 2,5 mg/die. Controllo ECG Holter tra 3 mesi.\n"
        % (p["full"], d_eu(p["dob"]), cf, a[0], a[1]))
    return text, [p["full"], d_eu(p["dob"]), cf, a[0], a[1]]


@G.pos("insurance_nl")
def insurance_nl(g, i):
    p = g.person("nl")
    a = g.address("nl")
    bsn = g.bsn()
    iban = iban_fmt(g.iban("NL"))
    text = (
        "Kun je deze schademelding netjes formuleren voor mijn inboedelverzekering?\n\n"
        "Naam verzekerde: %s\nBSN: %s\nAdres: %s, %s\nTelefoon: %s\n"
        "Rekeningnummer voor uitkering: %s\n\n"
        "Op 3 juni is door een lekkage bij de bovenburen het plafond in de woonkamer beschadigd; laptop en "
        "bank zijn nat geworden. Foto's heb ik.\n" % (p["full"], bsn, a[0], a[1], p["phone"], iban))
    return text, [p["full"], bsn, a[0], a[1], p["phone"], iban]


@G.pos("rental_pl")
def rental_pl(g, i):
    p = g.person("pl")
    a = g.address("pl")
    pesel = g.pesel(p["dob"], p["female"])
    dow = g.pl_idcard()
    text = (
        "Pomóż mi napisać krótki list motywacyjny do właściciela mieszkania. Moje dane do wniosku:\n"
        "Imię i nazwisko: %s\nPESEL: %s\nNr dowodu osobistego: %s\nObecny adres: %s, %s\n"
        "Tel.: %s, e-mail: %s\n"
        "Pracuję jako księgowa na umowę o pracę, bez zwierząt, niepaląca.\n"
        % (p["full"], pesel, dow, a[0], a[1], p["phone"], p["email"]))
    return text, [p["full"], pesel, dow, a[0], a[1], p["phone"], p["email"]]


@G.pos("school_form_in")
def school_form_in(g, i):
    parent = g.person("in")
    child_first = g.pick(["Aditya", "Ishaan", "Diya", "Kavya", "Arjun"])
    child = "%s %s" % (child_first, parent["last"])
    dob = datetime.date(g.ri(2014, 2018), g.ri(1, 12), g.ri(1, 28))
    a = g.address("in")
    ad = g.aadhaar()
    text = (
        "Please check this admission form for mistakes before I submit it:\n\n"
        "Student's name: %s\nDate of birth: %s\nStudent Aadhaar No.: %s\n"
        "Parent/Guardian: %s\nMobile: %s\nResidential address: %s, %s\n"
        "Class applied for: III   Second language: Hindi\n"
        % (child, dob.strftime("%d-%m-%Y"), ad, parent["full"], parent["phone"], a[0], a[1]))
    return text, [child, dob.strftime("%d-%m-%Y"), ad, parent["full"], parent["phone"], a[0], a[1]]


@G.pos("travel_booking_jp")
def travel_booking_jp(g, i):
    kanji, roman = g.pick([("長谷川 美由紀", "HASEGAWA MIYUKI"), ("佐々木 健太郎", "SASAKI KENTARO"),
                           ("小野寺 さくら", "ONODERA SAKURA")])
    pp = g.pick(["TK", "TR", "TZ", "MU"]) + g.digits(7)
    dob = g.dob()
    a = g.address("jp")
    ph = g.phone("jp")
    text = (
        "以下の内容でホテル予約確認メールを英語で作成してください。\n\n"
        "予約者氏名：%s（%s）\n旅券番号：%s\n生年月日：%d年%d月%d日\n住所：%s\n電話：%s\n"
        "宿泊：2024年10月12日〜15日、ツイン1室、朝食付き\n"
        % (kanji, roman, pp, dob.year, dob.month, dob.day, a[0], ph))
    return text, [kanji, roman, pp, "%d年%d月%d日" % (dob.year, dob.month, dob.day), a[0], ph]


@G.pos("support_br")
def support_br(g, i):
    p = g.person("br")
    a = g.address("br")
    cpf = g.cpf()
    text = (
        "Oi, preciso de ajuda pra escrever um e-mail pra operadora pedindo a portabilidade do meu número. Meus dados:\n"
        "Nome completo: %s\nCPF: %s\nEndereço: %s, %s\nCelular: %s\nE-mail: %s\n"
        "Quero sair do plano controle e ir pra outra operadora sem multa.\n"
        % (p["full"], cpf, a[0], a[1], p["phone"], p["email"]))
    return text, [p["full"], cpf, a[0], a[1], p["phone"], p["email"]]


@G.pos("credit_form_mx")
def credit_form_mx(g, i):
    p = g.person("mx")
    pat, mat = p["last"].split(" ")
    curp = g.curp(p["first"], pat, mat, p["dob"], p["female"])
    a = g.address("mx")
    text = (
        "¿Me ayudas a redactar una carta para el banco explicando por qué me atrasé en un pago? Mis datos:\n"
        "Nombre: %s\nCURP: %s\nDomicilio: %s, %s\nTeléfono: %s\nNo. de cliente: %d\n"
        % (p["full"], curp, a[0], a[1], p["phone"], g.ri(10000000, 99999999)))
    return text, [p["full"], curp, a[0], a[1], p["phone"]]


@G.pos("tfn_au")
def tfn_au(g, i):
    p = g.person("au")
    a = g.address("au")
    tfn = g.tfn()
    med = g.medicare_au()
    text = (
        "Starting a new casual job, can you help me fill in the TFN declaration? Here's my stuff:\n"
        "Name: %s\nDOB: %s\nTFN: %s\nMedicare: %s (ref 1)\nAddress: %s, %s\nPhone: %s\n"
        "Is it right that I should claim the tax-free threshold from this employer only?\n"
        % (p["full"], d_eu(p["dob"]), tfn, med, a[0], a[1], p["phone"]))
    return text, [p["full"], d_eu(p["dob"]), tfn, med, a[0], a[1], p["phone"]]


@G.pos("sin_ca")
def sin_ca(g, i):
    p = g.person("ca")
    a = g.address("ca")
    sin = g.sin_ca()
    text = (
        "Bonjour! Mon nouvel employeur me demande mon NAS par courriel. Peux-tu m'aider à écrire le message "
        "(en français, ton professionnel) ?\n\nNom : %s\nNAS : %s\nAdresse : %s, %s\nCellulaire : %s\n"
        "Date de naissance : %s\n" % (p["full"], sin, a[0], a[1], p["phone"], p["dob"].isoformat()))
    return text, [p["full"], sin, a[0], a[1], p["phone"], p["dob"].isoformat()]


@G.pos("affidavit_za")
def affidavit_za(g, i):
    p = g.person("za")
    a = g.address("za")
    idn = g.za_id(p["dob"], p["female"])
    text = (
        "Please draft a sworn affidavit for a lost ID card to take to the police station:\n"
        "I, %s, ID number %s, residing at %s, %s, state that my green ID book was lost on or about "
        "2 March at Menlyn Maine. Contact: %s.\n" % (p["full"], idn, a[0], a[1], p["phone"]))
    return text, [p["full"], idn, a[0], a[1], p["phone"]]


@G.pos("w9_us")
def w9_us(g, i):
    p = g.person("us")
    a = g.address("us")
    ssn = g.ssn_us()
    dl = g.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + g.digits(7)
    text = (
        "I'm a freelancer and a client sent me a W-9. Which boxes do I fill? My info: %s, sole proprietor, "
        "SSN %s, address %s %s, %s. They also asked for a copy of my CA driver license (%s, exp %s) — "
        "is that normal?\n" % (p["full"], ssn, a[0], a[1], a[2], dl, "%02d/%02d/2028" % (g.ri(1, 12), g.ri(1, 28))))
    return text, [p["full"], ssn, a[0], a[2], dl]


@G.pos("obfuscated_email")
def obfuscated_email(g, i):
    p = g.person("us")
    local = fold(p["first"]).lower() + " dot " + fold(p["last"]).lower()
    ob = "%s at gmail dot com" % local
    text = (
        "Selling my 2016 Subaru Outback, 92k miles, new tires. Serious buyers only, no trades. DM me or write to "
        "%s (no spam pls) or text %s after 5pm. Ask for %s.\n" % (ob, p["phone"], p["full"]))
    return text, [ob, p["phone"], p["full"]]


@G.pos("cargo_tr")
def cargo_tr(g, i):
    p = g.person("tr")
    a = g.address("tr")
    tc = g.tckn()
    iban = iban_fmt(g.iban("TR"))
    text = (
        "İade talebi için satıcıya gönderilecek mesajı düzelt lütfen:\n\n"
        "Merhaba, siparişim hasarlı geldi. İade tutarını aşağıdaki hesaba yatırabilir misiniz?\n"
        "Ad Soyad: %s\nT.C. Kimlik No: %s\nIBAN: %s\nAdres: %s, %s\nTel: %s\n"
        % (p["full"], tc, iban, a[0], a[1], p["phone"]))
    return text, [p["full"], tc, iban, a[0], a[1], p["phone"]]


@G.pos("statement_ru")
def statement_ru(g, i):
    name = g.pick(["Смирнова Екатерина Андреевна", "Волков Дмитрий Сергеевич", "Кузнецова Ольга Игоревна"])
    ser = "%02d %02d %06d" % (g.ri(1, 99), g.ri(0, 24), g.ri(100000, 999999))
    sn = g.snils()
    inn = g.inn_ru()
    a = g.address("ru")
    ph = g.phone("ru")
    text = (
        "Помоги составить заявление работодателю на стандартный налоговый вычет на ребёнка.\n"
        "Мои данные: %s, паспорт %s, выдан ГУ МВД России по г. Москве, СНИЛС %s, ИНН %s.\n"
        "Адрес регистрации: %s, %s. Телефон: %s.\n" % (name, ser, sn, inn, a[0], a[1], ph))
    return text, [name, ser, sn, inn, a[0], a[1], ph]


@G.pos("form_kr")
def form_kr(g, i):
    hangul, roman = g.pick([("김민준", "KIM MINJUN"), ("이서연", "LEE SEOYEON"), ("박지훈", "PARK JIHOON")])
    dob = g.dob()
    rrn = g.kr_rrn(dob, roman in ("LEE SEOYEON",))
    a = g.address("kr")
    ph = g.phone("kr")
    text = (
        "비자 신청서 영문 번역 좀 도와주세요.\n\n"
        "성명: %s (%s)\n주민등록번호: %s\n주소: %s\n휴대폰: %s\n방문 목적: 관광, 체류 기간 10일\n"
        % (hangul, roman, rrn, a[0], ph))
    return text, [roman, rrn, a[0], ph]


@G.pos("visa_cn")
def visa_cn(g, i):
    roman = g.pick(["WANG JIANGUO", "ZHANG XIAOMING", "LIU YUTING"])
    dob = g.dob()
    cid = g.cn_id(dob, roman == "LIU YUTING")
    a = g.address("cn")
    ph = g.phone("cn")
    text = (
        "请帮我把下面的签证申请信息翻译成英文：\n"
        "姓名（拼音）：%s\n身份证号：%s\n出生日期：%s\n现居住地址：%s\n手机：%s\n"
        "工作单位：上海某科技有限公司，职位：产品经理\n" % (roman, cid, dob.strftime("%Y年%m月%d日"), a[0], ph))
    return text, [roman, cid, dob.strftime("%Y年%m月%d日"), a[0], ph]


@G.pos("sepa_mandate_de")
def sepa_mandate_de(g, i):
    p = g.person("de")
    a = g.address("de")
    iban = g.iban("DE")
    text = (
        "Formuliere bitte ein SEPA-Lastschriftmandat für den Mitgliedsbeitrag (jährlich 96 €) unseres Vereins "
        "mit folgenden Daten:\nKontoinhaber: %s\nAnschrift: %s, %s\nIBAN: %s\nBIC: %s\n"
        "Gläubiger-ID: DE98ZZZ09999999999\n" % (p["full"], a[0], a[1], iban_fmt(iban),
                                                 g.pick(["COBADEFFXXX", "DEUTDEDBBER", "GENODEF1S04"])))
    return text, [p["full"], a[0], a[1], iban_fmt(iban)]


@G.pos("chargeback_us")
def chargeback_us(g, i):
    p = g.person("us")
    a = g.address("us")
    card = g.card(g.pick(["visa", "mc", "amex"]))
    exp = "%02d/%d" % (g.ri(1, 12), g.ri(26, 29))
    text = (
        "Help me write a chargeback dispute. The merchant charged me twice ($249.99 each) on June 3.\n"
        "Cardholder: %s\nCard number: %s  exp %s\nBilling address: %s, %s\nPhone: %s\n"
        "I already contacted the merchant on June 5 and got no reply.\n"
        % (p["full"], g.card_fmt(card), exp, a[0], a[2], p["phone"]))
    return text, [p["full"], g.card_fmt(card), a[0], a[2], p["phone"]]


@G.pos("car_hire_uk")
def car_hire_uk(g, i):
    p = g.person("gb")
    a = g.address("gb")
    dl = g.uk_dl(p["first"], p["last"], p["dob"], p["female"])
    ni = g.nino()
    text = (
        "Can you turn this into a neat table for the car hire desk?\n"
        "driver: %s, born %s\nlicence no %s (full UK, no points)\nNI %s\n"
        "address %s, %s %s\nmobile %s\n" % (p["full"], p["dob"].strftime("%d %B %Y"), dl, ni, a[0], a[1], a[2],
                                            p["phone"]))
    return text, [p["full"], p["dob"].strftime("%d %B %Y"), dl, ni, a[0], p["phone"]]


@G.pos("resiliation_fr")
def resiliation_fr(g, i):
    p = g.person("fr")
    a = g.address("fr")
    iban = iban_fmt(g.iban("FR"))
    text = (
        "Corrige les fautes de cette lettre de résiliation :\n\n"
        "%s\n%s\n%s\nTél : %s\n\nObjet : résiliation de mon abonnement salle de sport\n\n"
        "Madame, Monsieur,\nJe vous informe que je souhaite résilier mon abonement à compter du 30 juin. "
        "Merci de ne plus prélever mon compte (IBAN %s).\n"
        % (p["full"], a[0], a[1], p["phone"], iban))
    return text, [p["full"], a[0], a[1], p["phone"], iban]


@G.pos("padron_es")
def padron_es(g, i):
    p = g.person("es")
    a = g.address("es")
    nie = g.nie()
    text = (
        "Necesito una carta para pedir cita de empadronamiento en el Ayuntamiento. Datos:\n"
        "- %s, NIE %s\n- Domicilio: %s, %s\n- Tel. %s · %s\n"
        "Vivo aquí desde marzo con contrato de alquiler.\n" % (p["full"], nie, a[0], a[1], p["phone"], p["email"]))
    return text, [p["full"], nie, a[0], a[1], p["phone"], p["email"]]


@G.pos("bonifico_it")
def bonifico_it(g, i):
    p = g.person("it")
    cf = codice_fiscale(p["first"], p["last"], p["dob"], p["female"], g.pick(["H501", "F205", "L219"]))
    iban = g.iban("IT")
    text = (
        "Scrivimi una mail breve per il commercialista: deve fare il bonifico del rimborso 730 sul conto "
        "intestato a %s, IBAN %s, codice fiscale %s. Ricordagli che la scadenza è il 30 settembre. "
        "Il mio cellulare è %s se serve.\n" % (p["full"], iban, cf, p["phone"]))
    return text, [p["full"], iban, cf, p["phone"]]


@G.pos("prior_auth_us")
def prior_auth_us(g, i):
    p = g.person("us")
    a = g.address("us")
    member = g.pick("WXYZ") + g.digits(9)
    mrn = "MRN%08d" % g.ri(0, 99999999)
    text = (
        "Summarize this for a prior authorization request, keep it under 150 words:\n\n"
        "Patient: %s | DOB: %s | Member ID: %s | %s\n"
        "Address: %s, %s | Phone: %s\n"
        "Dx: M54.16 lumbar radiculopathy; failed 8 wks PT and NSAIDs. Requesting MRI L-spine w/o contrast.\n"
        % (p["full"], d_us(p["dob"]), member, mrn, a[0], a[2], p["phone"]))
    return text, [p["full"], d_us(p["dob"]), member, mrn, a[0], a[2], p["phone"]]


@G.pos("onboarding_de")
def onboarding_de(g, i):
    p = g.person("de")
    a = g.address("de")
    st = g.steuer_id()
    rv = g.rv_nummer(p["last"], p["dob"], p["female"])
    iban = iban_fmt(g.iban("DE"))
    text = (
        "Personalfragebogen – bitte prüfen, ob alles für die Lohnabrechnung da ist:\n"
        "Name, Vorname: %s, %s\nGeburtsdatum: %s\nAnschrift: %s, %s\n"
        "Steuer-ID: %s   Steuerklasse: 1\nRentenversicherungsnr.: %s\nKrankenkasse: TK\n"
        "Bankverbindung: %s\n" % (p["last"], p["first"], p["dob"].strftime("%d.%m.%Y"), a[0], a[1], st, rv, iban))
    return text, ["%s, %s" % (p["last"], p["first"]), p["dob"].strftime("%d.%m.%Y"), a[0], a[1], st, rv, iban]


@G.pos("support_ar")
def support_ar(g, i):
    name, ini, fam = g.pick([("محمد عبدالله العتيبي", "m", "alotaibi"), ("فاطمة حسن الزهراني", "f", "alzahrani"),
                             ("خالد يوسف المنصوري", "k", "almansouri")])
    ph = g.phone("ae")
    a = g.address("ae")
    iban = iban_make("AE", g.digits(3) + g.digits(16))
    em = "%s.%s%d@%s" % (ini, fam, g.ri(10, 99), g.pick(["gmail.com", "outlook.com"]))
    text = (
        "أريد مساعدة في كتابة رسالة لخدمة العملاء لاسترداد مبلغ الحجز الملغى.\n"
        "الاسم: %s\nرقم الجوال: %s\nالبريد الإلكتروني: %s\nالعنوان: %s\nرقم الآيبان: %s\n"
        % (name, ph, em, a[0], iban))
    return text, [name, ph, em, a[0], iban]


@G.pos("form_hi")
def form_hi(g, i):
    name = g.pick(["प्रियंका शर्मा", "राहुल कुलकर्णी", "अनन्या देशपांडे"])
    ad = g.aadhaar()
    ph = g.phone("in")
    a = g.address("in")
    text = (
        "कृपया इस गैस कनेक्शन ट्रांसफर आवेदन को अंग्रेज़ी में लिख दीजिए:\n"
        "नाम: %s\nआधार संख्या: %s\nमोबाइल: %s\nपता: %s, %s\n"
        % (name, ad, ph, a[0], a[1]))
    return text, [name, ad, ph, a[0], a[1]]


@G.pos("rental_au")
def rental_au(g, i):
    p = g.person("au")
    a, prev = g.address("au"), g.address("au")
    lic = g.digits(8, True)
    text = (
        "Tidy up my rental application cover note:\n"
        "hi, im %s, applying for the 2br unit on Enmore Rd. current address %s, %s (2 yrs), before that %s, %s. "
        "NSW licence %s. work full time as a nurse at RPA. email %s / ph %s. no pets, happy to do 12 months\n"
        % (p["full"], a[0], a[1], prev[0], prev[1], lic, p["email"], p["phone"]))
    return text, [p["full"], a[0], prev[0], lic, p["email"], p["phone"]]


@G.pos("passport_mrz_de")
def passport_mrz_de(g, i):
    p = g.person("de")
    num = g.de_passport()
    exp = datetime.date(g.ri(2027, 2033), g.ri(1, 12), g.ri(1, 28))
    l1, l2 = g.mrz_td3("D<<", p["last"], p["first"], num, "D<<", p["dob"], p["female"], exp)
    text = (
        "Stimmen die Daten in der Flugbuchung mit meinem Pass überein? Buchung: %s, geb. %s.\n"
        "Hier die maschinenlesbare Zone vom Foto:\n\n%s\n%s\n" % (p["full"], p["dob"].strftime("%d.%m.%Y"), l1, l2))
    return text, [p["full"], p["dob"].strftime("%d.%m.%Y"), num, l1, l2]


@G.pos("cv_nl")
def cv_nl(g, i):
    p = g.person("nl")
    a = g.address("nl")
    text = (
        "Maak van dit cv een sterk LinkedIn-profiel (samenvatting van max. 5 zinnen):\n\n"
        "%s | %s, %s | %s | %s | geboren %s\n"
        "Werkervaring: 6 jaar accountmanager bij een logistiek bedrijf in Tilburg, daarvoor 2 jaar binnendienst.\n"
        % (p["full"], a[0], a[1], p["phone"], p["email"], p["dob"].strftime("%d-%m-%Y")))
    return text, [p["full"], a[0], a[1], p["phone"], p["email"], p["dob"].strftime("%d-%m-%Y")]


@G.pos("invoice_pl")
def invoice_pl(g, i):
    p = g.person("pl")
    a = g.address("pl")
    nip = g.pl_nip()
    iban = g.iban("PL")
    text = (
        "Wygeneruj mi treść faktury (usługi programistyczne, 120 h × 150 zł netto):\n"
        "Sprzedawca: %s, jednoosobowa działalność, %s, %s, NIP %s\n"
        "Konto: %s\nE-mail: %s\n"
        "Nabywca: Fernhill Labs Sp. z o.o.\n" % (p["full"], a[0], a[1], nip, iban_fmt(iban), p["email"]))
    return text, [p["full"], a[0], a[1], nip, iban_fmt(iban), p["email"]]


# ------------------------------------------------------------- negatives
@G.neg("letter_us")
def n_letter(g, i):
    return ("Write a polite but firm letter to my tenant {{tenant_name}} at {{property_address}} about late rent "
            "for {{month}}. Mention clause 14(b) and the late fee. Leave [PHONE] as a placeholder, I'll fill it in.\n")


@G.neg("cv_fr")
def n_cv(g, i):
    return ("Peux-tu reformuler mon CV ? J'ai retiré mes coordonnées.\n\n[NOM PRÉNOM]\n[ADRESSE]\n\n"
            "EXPÉRIENCE\n2019–2024  Chargée de projet web, agence à Lyon\n  - pilotage de 12 refontes de sites\n")


@G.neg("cs_transcript_uk")
def n_cs(g, i):
    return ("[10:02] Agent: Thanks for contacting us. Can I take your postcode?\n"
            "[10:02] Customer: one sec, I'm not at home, can I call back later?\n"
            "[10:03] Agent: Of course. Our lines are open 8am to 8pm, Monday to Saturday.\n")


@G.neg("medical_summary")
def n_med(g, i):
    return ("Summarize for a teaching slide: Patient A (female, 60s) presented with paroxysmal atrial fibrillation; "
            "CHA2DS2-VASc 3. Started apixaban 5 mg twice daily and bisoprolol 2.5 mg. Follow-up Holter in 3 months.\n")


@G.neg("travel_booking")
def n_travel(g, i):
    return ("Plan a 4-day trip: LH 400 FRA→JFK departing 13:20, return LH 401 on Sunday. Hotel near Bryant Park, "
            "budget 250 USD/night. Include a day trip to the Hudson Valley and a Broadway show.\n")


@G.neg("luhn_question")
def n_luhn(g, i):
    return ("How does the Luhn check work? Walk me through the textbook example 79927398713 step by step and "
            "explain why changing one digit makes it fail.\n")


@G.neg("essay_public_figure")
def n_essay(g, i):
    return ("Write a 300-word essay for a school project about Marie Curie: her two Nobel Prizes (1903 physics, "
            "1911 chemistry), her work on radioactivity, and why she matters for women in science today.\n")


@G.neg("form_instructions_de")
def n_form(g, i):
    return ("Wo finde ich meine Steuer-Identifikationsnummer? Sie ist 11-stellig, steht auf der Lohnsteuer-"
            "bescheinigung und im Brief vom Bundeszentralamt für Steuern. Was ist der Unterschied zur Steuernummer "
            "vom Finanzamt?\n")
