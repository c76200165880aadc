"""Group pii_forms: personal data in filled-in forms from 25+ countries."""
import json

from common import D, J, pct

SEED = 2307
TITLE = "personal data in forms from 25+ countries"
COVERS = [
    "insurance claims, school enrolment, visa/immigration forms, medical intake, tenancy applications, payroll, loan applications",
    "national IDs with valid check digits: US SSN, UK NINO, DE Steuer-ID, FR NIR+key, ES DNI/NIE, IT codice fiscale, NL BSN, "
    "BE national number, PL PESEL, SE personnummer, DK CPR, NO fødselsnummer, FI HETU, BR CPF/CNPJ, MX CURP, IN Aadhaar/PAN, "
    "CN resident ID, JP My Number, KR RRN, AU TFN/Medicare, CA SIN, ZA ID, IL Teudat Zehut, TR TC Kimlik, CH AHV, PT NIF, GR AMKA",
    "phones in national and E.164 formats, e-mails, IBANs (national check digits), Luhn-valid cards, labelled names and addresses",
    "labels in the local language; layouts: key/value, HL7 v2 PID, FHIR Patient JSON, CSV export, urlencoded form POST, "
    "PDF-extracted text with letter-spaced labels, ISO 20022 pain.001 XML, Markdown tables",
]


def build(c):
    g, r, p = c.g, c.rng, c.pii

    def addr_line(w):
        return w["address"]

    # 1 US loan application
    w = p.person("US")
    ssn = p.us_ssn()
    c.pos("us_loan", D("""
        PERSONAL LOAN APPLICATION — Section A: Applicant
        Full legal name: ⟦n⟧
        Social Security Number: ⟦s⟧
        Date of birth: ⟦dob⟧
        Home address: ⟦a⟧
        Mobile phone: ⟦ph⟧
        Email: ⟦e⟧
        Annual income: $84,500
        """, n=w["name"], s=ssn, dob="%02d/%02d/%d" % (w["dob"][1], w["dob"][2], w["dob"][0]), a=w["address"],
        ph=w["phone_nat"], e=w["email"]), [w["name"], ssn, w["address"], w["phone_nat"], w["email"]])

    # 2 US medical intake as HL7 v2
    w = p.person("US")
    ssn = p.us_ssn()
    fam, giv = w["family_latin"].upper(), w["given_latin"].upper()
    num = w["num"] * 7 + 10
    pid = "PID|1||MRN%s^^^HOSP^MR||%s^%s^^^^^L||%d%02d%02d|%s|||%d %s^^%s^%s^%s^USA||%s|||||||%s" % (
        p.d(7), fam, giv, w["dob"][0], w["dob"][1], w["dob"][2], w["sex"], num, w["street"].upper(), w["city"].upper(),
        w["region"], w["postcode"], w["phone_nat"], ssn.replace("-", ""))
    c.pos("us_hl7", J(
        "MSH|^~\\&|EPIC|MAINCLINIC|LAB|LABCORP|20240611093211||ADT^A04|MSG00231|P|2.5.1",
        "EVN|A04|20240611093211",
        pid,
        "PV1|1|O|URGENT^^^MAINCLINIC||||1234567^WALSH^KAREN"),
        ["%s^%s" % (fam, giv), ssn.replace("-", ""), w["phone_nat"], "%d %s" % (num, w["street"].upper())])

    # 3 UK tenancy application
    w = p.person("GB")
    nino = p.uk_nino()
    iban = p.iban("GB", spaced=True)
    c.pos("gb_tenancy", D("""
        Tenancy Application – 14 Albert Road, Flat 2
        Applicant name: ⟦n⟧
        Current address: ⟦a⟧
        National Insurance number: ⟦ni⟧
        Telephone: ⟦ph⟧
        Email address: ⟦e⟧
        Bank account for deposit return (IBAN): ⟦i⟧
        Employer: NHS Leeds Teaching Hospitals
        """, n=w["name"], a=w["address"], ni=nino, ph=w["phone_nat"], e=w["email"], i=iban),
        [w["name"], w["address"], nino, w["phone_nat"], w["email"], iban])

    # 4 DE payroll questionnaire
    w = p.person("DE")
    sid = p.de_steuer_id()
    iban = p.iban("DE", spaced=True)
    c.pos("de_payroll", D("""
        Personalfragebogen für neue Mitarbeiter/innen
        Name, Vorname: ⟦fam⟧, ⟦giv⟧
        Anschrift: ⟦a⟧
        Steuerliche Identifikationsnummer: ⟦s⟧
        Steuerklasse: 1   Konfession: rk
        IBAN: ⟦i⟧
        Telefon: ⟦ph⟧
        E-Mail: ⟦e⟧
        """, fam=w["family"], giv=w["given"], a=w["address"], s=sid, i=iban, ph=w["phone_nat"], e=w["email"]),
        ["%s, %s" % (w["family"], w["given"]), w["address"], sid, iban, w["phone_nat"], w["email"]])

    # 5 FR insurance claim
    w = p.person("FR")
    nir = p.fr_nir(w["sex"], w["dob"][0], w["dob"][1])
    iban = p.iban("FR", spaced=True)
    c.pos("fr_claim", D("""
        DÉCLARATION DE SINISTRE – Assurance habitation
        Nom et prénom de l'assuré : ⟦n⟧
        N° de sécurité sociale : ⟦nir⟧
        Adresse : ⟦a⟧
        Téléphone portable : ⟦ph⟧
        Courriel : ⟦e⟧
        RIB / IBAN pour l'indemnisation : ⟦i⟧
        Nature du sinistre : dégât des eaux (cuisine)
        """, n=w["name"], nir=nir, a=w["address"], ph=w["phone_nat"], e=w["email"], i=iban),
        [w["name"], nir, w["address"], w["phone_nat"], w["email"], iban])

    # 6 ES school enrolment (parent DNI, second parent NIE)
    w = p.person("ES")
    w2 = p.person("ES")
    dni, nie = p.es_dni(), p.es_nie()
    c.pos("es_enrolment", D("""
        SOLICITUD DE MATRÍCULA – Curso 2024/2025
        Alumno/a: Hugo ⟦fam⟧ Ruiz — 3º ESO
        Padre/madre/tutor 1: ⟦n1⟧   DNI: ⟦d⟧
        Padre/madre/tutor 2: ⟦n2⟧   NIE: ⟦ne⟧
        Teléfono de contacto: ⟦ph⟧
        Correo electrónico: ⟦e⟧
        Domicilio: ⟦a⟧
        """, fam=w["family"], n1=w["name"], d=dni, n2=w2["name"], ne=nie, ph=w["phone_nat"], e=w["email"], a=w["address"]),
        [w["name"], dni, w2["name"], nie, w["phone_nat"], w["email"], w["address"]])

    # 7 IT medical intake
    w = p.person("IT")
    cf = p.it_cf(w["family_latin"], w["given_latin"], w["sex"], *w["dob"])
    c.pos("it_medical", D("""
        SCHEDA DI ACCETTAZIONE AMBULATORIALE
        Cognome e nome: ⟦fam⟧ ⟦giv⟧
        Codice fiscale: ⟦cf⟧
        Nato/a il: ⟦dob⟧
        Residenza: ⟦a⟧
        Recapito telefonico: ⟦ph⟧
        Allergie note: penicillina
        """, fam=w["family"], giv=w["given"], cf=cf, dob="%02d/%02d/%d" % (w["dob"][2], w["dob"][1], w["dob"][0]),
        a=w["address"], ph=w["phone"]), ["%s %s" % (w["family"], w["given"]), cf, w["address"], w["phone"]])

    # 8 NL tenancy
    w = p.person("NL")
    bsn = p.nl_bsn()
    iban = p.iban("NL", spaced=True)
    c.pos("nl_tenancy", D("""
        Inschrijfformulier huurwoning – Woonstichting De Linie
        Naam: ⟦n⟧
        BSN: ⟦b⟧
        Huidig adres: ⟦a⟧
        Telefoonnummer: ⟦ph⟧
        E-mailadres: ⟦e⟧
        IBAN (automatische incasso): ⟦i⟧
        """, n=w["name"], b=bsn, a=w["address"], ph=w["phone_nat"], e=w["email"], i=iban),
        [w["name"], bsn, w["address"], w["phone_nat"], w["email"], iban])

    # 9 BE payroll
    w = p.person("BE")
    nn = p.be_nn(*w["dob"], w["sex"])
    iban = p.iban("BE", spaced=True)
    c.pos("be_payroll", D("""
        Fiche signalétique du travailleur / Personeelsfiche
        Nom / Naam: ⟦n⟧
        Numéro de registre national / Rijksregisternummer: ⟦nn⟧
        Adresse / Adres: ⟦a⟧
        Compte bancaire / Bankrekening: ⟦i⟧
        GSM: ⟦ph⟧
        """, n=w["name"], nn=nn, a=w["address"], i=iban, ph=w["phone_nat"]), [w["name"], nn, w["address"], iban, w["phone_nat"]])

    # 10 PL loan application
    w = p.person("PL")
    pesel = p.pl_pesel(*w["dob"], w["sex"])
    iban = p.iban("PL", spaced=True)
    c.pos("pl_loan", D("""
        WNIOSEK O KREDYT GOTÓWKOWY
        Imię i nazwisko: ⟦n⟧
        PESEL: ⟦ps⟧
        Adres zamieszkania: ⟦a⟧
        Telefon komórkowy: ⟦ph⟧
        Adres e-mail: ⟦e⟧
        Numer rachunku do wypłaty: ⟦i⟧
        Kwota kredytu: 35 000 zł, okres: 48 mies.
        """, n=w["name"], ps=pesel, a=w["address"], ph=w["phone"], e=w["email"], i=iban),
        [w["name"], pesel, w["address"], w["phone"], w["email"], iban])

    # 11 SE school enrolment (child + guardian)
    w = p.person("SE")
    child_pnr = p.se_pnr(r.randint(2012, 2018), r.randint(1, 12), r.randint(1, 28), r.choice("MF"), long=True)
    g_pnr = p.se_pnr(*w["dob"], w["sex"])
    c.pos("se_enrolment", D("""
        Ansökan om skolplacering – Grundskola, Uppsala kommun
        Elevens personnummer: ⟦cp⟧
        Vårdnadshavare: ⟦n⟧, personnummer ⟦gp⟧
        Adress: ⟦a⟧
        Mobilnummer: ⟦ph⟧
        E-post: ⟦e⟧
        """, cp=child_pnr, n=w["name"], gp=g_pnr, a=w["address"], ph=w["phone_nat"], e=w["email"]),
        [child_pnr, w["name"], g_pnr, w["address"], w["phone_nat"], w["email"]])

    # 12 DK insurance claim
    w = p.person("DK")
    cpr = p.dk_cpr(*w["dob"])
    iban = p.iban("DK")
    c.pos("dk_claim", D("""
        Skadeanmeldelse – indbrud
        Forsikringstager: ⟦n⟧
        CPR-nr.: ⟦c⟧
        Adresse: ⟦a⟧
        Telefon: ⟦ph⟧
        Udbetaling til IBAN: ⟦i⟧
        """, n=w["name"], c=cpr, a=w["address"], ph=w["phone"], i=iban), [w["name"], cpr, w["address"], w["phone"], iban])

    # 13 NO tenancy
    w = p.person("NO")
    fnr = p.no_fnr(*w["dob"])
    iban = p.iban("NO")
    konto = iban[4:8] + "." + iban[8:10] + "." + iban[10:]
    c.pos("no_tenancy", D("""
        Husleiekontrakt – leietakers opplysninger
        Navn: ⟦n⟧
        Fødselsnummer (11 siffer): ⟦f⟧
        Nåværende adresse: ⟦a⟧
        Mobil: ⟦ph⟧
        Kontonummer for depositum: ⟦k⟧
        """, n=w["name"], f=fnr, a=w["address"], ph=w["phone_nat"], k=konto), [w["name"], fnr, w["address"], w["phone_nat"], konto])

    # 14 FI payroll
    w = p.person("FI")
    hetu = p.fi_hetu(*w["dob"])
    iban = p.iban("FI", spaced=True)
    c.pos("fi_payroll", D("""
        Uuden työntekijän tiedot / palkanlaskenta
        Nimi: ⟦n⟧
        Henkilötunnus: ⟦h⟧
        Osoite: ⟦a⟧
        Tilinumero (IBAN): ⟦i⟧
        Puhelin: ⟦ph⟧
        """, n=w["name"], h=hetu, a=w["address"], i=iban, ph=w["phone_nat"]), [w["name"], hetu, w["address"], iban, w["phone_nat"]])

    # 15 BR loan application
    w = p.person("BR")
    cpf, cnpj = p.br_cpf(), p.br_cnpj()
    c.pos("br_loan", D("""
        PROPOSTA DE CRÉDITO PESSOAL
        Nome completo: ⟦n⟧
        CPF: ⟦cpf⟧
        Endereço: ⟦a⟧
        Celular: ⟦ph⟧
        E-mail: ⟦e⟧
        Empresa empregadora – CNPJ: ⟦cnpj⟧
        Renda mensal: R$ 7.800,00
        """, n=w["name"], cpf=cpf, a=w["address"], ph=w["phone_nat"], e=w["email"], cnpj=cnpj),
        [w["name"], cpf, w["address"], w["phone_nat"], w["email"]])

    # 16 MX visa/immigration form
    w = p.person("MX")
    fam2 = r.choice(["López", "Ramírez", "Flores", "Torres", "Cruz"])
    curp = p.mx_curp(w["family"], fam2, w["given"], *w["dob"], w["sex"])
    passport = "G" + p.d(8)
    c.pos("mx_visa", D("""
        DS-160 worksheet (draft) — applicant data
        Surnames: ⟦f1⟧ ⟦f2⟧
        Given names: ⟦g⟧
        National Identification Number (CURP): ⟦c⟧
        Passport number: ⟦pp⟧
        Primary phone: ⟦ph⟧
        Email: ⟦e⟧
        """, f1=w["family"], f2=fam2, g=w["given"], c=curp, pp=passport, ph=w["phone"], e=w["email"]),
        ["%s %s" % (w["family"], fam2), curp, passport, w["phone"], w["email"]])

    # 17 IN insurance claim
    w = p.person("IN")
    aad = p.in_aadhaar()
    pan = p.in_pan(w["family_latin"])
    acct = p.d(14)
    c.pos("in_claim", D("""
        HEALTH INSURANCE CLAIM FORM – Part A (to be filled by insured)
        Name of insured: ⟦n⟧
        Aadhaar No.: ⟦a⟧
        PAN: ⟦pn⟧
        Address: ⟦ad⟧
        Mobile: ⟦ph⟧
        Email ID: ⟦e⟧
        Bank A/c No.: ⟦acct⟧  IFSC: HDFC0001234
        """, n=w["name"], a=aad, pn=pan, ad=w["address"], ph=w["phone"], e=w["email"], acct=acct),
        [w["name"], aad, pan, w["address"], w["phone"], w["email"], acct])

    # 18 CN visa/immigration application
    w = p.person("CN")
    rid = p.cn_rid(*w["dob"], w["sex"])
    pp = "E" + p.d(8)
    c.pos("cn_visa", D("""
        签证申请表 Visa Application Form
        姓名 Name：⟦n⟧ (⟦nl⟧)
        公民身份号码 ID No.：⟦i⟧
        护照号码 Passport No.：⟦pp⟧
        手机 Mobile：⟦ph⟧
        电子邮箱 Email：⟦e⟧
        家庭住址 Address：⟦a⟧
        """, n=w["name"], nl=w["name_latin"], i=rid, pp=pp, ph=w["phone"], e=w["email"], a=w["address"]),
        ["姓名 Name：" + w["name"], w["name_latin"], rid, pp, w["phone"], w["email"], w["address"]])

    # 19 JP payroll (扶養控除等申告書)
    w = p.person("JP")
    mn = p.jp_mynumber(spaced=True)
    c.pos("jp_payroll", D("""
        給与所得者の扶養控除等（異動）申告書
        氏名：⟦n⟧（⟦nl⟧）
        個人番号：⟦m⟧
        住所：⟦a⟧
        電話：⟦ph⟧
        """, n=w["name"], nl=w["name_latin"], m=mn, a=w["address"], ph=w["phone_nat"]),
        ["氏名：" + w["name"], mn, w["address"], w["phone_nat"]])

    # 20 KR medical intake
    w = p.person("KR")
    rrn = p.kr_rrn(*w["dob"], w["sex"])
    c.pos("kr_medical", D("""
        초진 환자 접수 카드
        성명: ⟦n⟧
        주민등록번호: ⟦r⟧
        연락처: ⟦ph⟧
        주소: ⟦a⟧
        보호자 연락처: ⟦ph2⟧
        """, n=w["name"], r=rrn, ph=w["phone_nat"], a=w["address"], ph2=p.phone("KR", national=True)),
        ["성명: " + w["name"], rrn, w["phone_nat"], w["address"]])

    # 21 AU TFN declaration / payroll
    w = p.person("AU")
    tfn = p.au_tfn()
    bsb = "%s-%s" % (p.d(3), p.d(3))
    acct = p.d(9)
    c.pos("au_payroll", D("""
        Tax file number declaration & payroll details
        Name: ⟦n⟧
        TFN: ⟦t⟧
        Home address: ⟦a⟧
        BSB: ⟦b⟧   Account number: ⟦ac⟧
        Mobile: ⟦ph⟧
        """, n=w["name"], t=tfn, a=w["address"], b=bsb, ac=acct, ph=w["phone_nat"]),
        [w["name"], tfn, w["address"], "Account number: " + acct, w["phone_nat"]])

    # 22 CA payroll (SIN)
    w = p.person("CA")
    sin = p.ca_sin()
    c.pos("ca_payroll", D("""
        NEW HIRE FORM / FORMULAIRE D'EMBAUCHE
        Employee name / Nom de l'employé : ⟦n⟧
        Social Insurance Number / NAS : ⟦s⟧
        Address / Adresse : ⟦a⟧
        Phone / Téléphone : ⟦ph⟧
        Direct deposit: transit 00012, institution 003, account 5⟦ac⟧
        """, n=w["name"], s=sin, a=w["address"], ph=w["phone_nat"], ac=p.d(6)), [w["name"], sin, w["address"], w["phone_nat"]])

    # 23 ZA loan application
    w = p.person("ZA")
    zid = p.za_id(*w["dob"], w["sex"])
    c.pos("za_loan", D("""
        PERSONAL LOAN APPLICATION
        Full names: ⟦n⟧
        SA ID number: ⟦z⟧
        Residential address: ⟦a⟧
        Cell: ⟦ph⟧
        E-mail: ⟦e⟧
        Gross monthly salary: R 38 400
        """, n=w["name"], z=zid, a=w["address"], ph=w["phone_nat"], e=w["email"]),
        [w["name"], zid, w["address"], w["phone_nat"], w["email"]])

    # 24 IL medical intake (Hebrew)
    w = p.person("IL")
    tz = p.il_tz()
    c.pos("il_medical", D("""
        טופס קבלת מטופל – מרפאה
        שם מלא: ⟦n⟧
        מספר תעודת זהות: ⟦t⟧
        טלפון נייד: ⟦ph⟧
        כתובת: ⟦a⟧
        קופת חולים: מכבי
        """, n=w["name"], t=tz, ph=w["phone_nat"], a=w["address"]), [w["name"], tz, w["phone_nat"], w["address"]])

    # 25 TR school enrolment
    w = p.person("TR")
    tc = p.tr_tckn()
    iban = p.iban("TR", spaced=True)
    c.pos("tr_enrolment", D("""
        ÖĞRENCİ KAYIT FORMU – Veli Bilgileri
        Veli Adı Soyadı: ⟦n⟧
        T.C. Kimlik No: ⟦t⟧
        Cep Telefonu: ⟦ph⟧
        E-posta: ⟦e⟧
        Ev Adresi: ⟦a⟧
        Servis ücreti IBAN: ⟦i⟧
        """, n=w["name"], t=tc, ph=w["phone_nat"], e=w["email"], a=w["address"], i=iban),
        [w["name"], tc, w["phone_nat"], w["email"], w["address"], iban])

    # 26 CH payroll
    w = p.person("CH")
    ahv = p.ch_ahv()
    iban = p.iban("CH", spaced=True)
    c.pos("ch_payroll", D("""
        Personalblatt / Fiche personnel
        Name, Vorname: ⟦fam⟧ ⟦giv⟧
        AHV-Nr.: ⟦a⟧
        Adresse: ⟦ad⟧
        IBAN Lohnkonto: ⟦i⟧
        Tel.: ⟦ph⟧
        """, fam=w["family"], giv=w["given"], a=ahv, ad=w["address"], i=iban, ph=w["phone_nat"]),
        ["%s %s" % (w["family"], w["given"]), ahv, w["address"], iban, w["phone_nat"]])

    # 27 PT tenancy
    w = p.person("PT")
    nif = p.pt_nif()
    iban = p.iban("PT", spaced=True)
    c.pos("pt_tenancy", D("""
        FICHA DE CANDIDATURA A ARRENDAMENTO
        Nome: ⟦n⟧
        NIF: ⟦nf⟧
        Morada atual: ⟦a⟧
        Telemóvel: ⟦ph⟧
        Email: ⟦e⟧
        IBAN para devolução da caução: ⟦i⟧
        """, n=w["name"], nf=nif, a=w["address"], ph=w["phone_nat"], e=w["email"], i=iban),
        [w["name"], "NIF: " + nif, w["address"], w["phone_nat"], w["email"], iban])

    # 28 GR insurance claim
    w = p.person("GR")
    amka = p.gr_amka(*w["dob"])
    iban = p.iban("GR", spaced=True)
    c.pos("gr_claim", D("""
        ΔΗΛΩΣΗ ΖΗΜΙΑΣ – Ασφάλεια αυτοκινήτου
        Ονοματεπώνυμο: ⟦n⟧
        ΑΜΚΑ: ⟦a⟧
        Διεύθυνση: ⟦ad⟧
        Κινητό: ⟦ph⟧
        IBAN αποζημίωσης: ⟦i⟧
        """, n=w["name"], a=amka, ad=w["address"], ph=w["phone"], i=iban), [w["name"], amka, w["address"], w["phone"], iban])

    # 29 UA immigration / temporary protection registration
    w = p.person("UA")
    rn = p.ua_rnokpp(*w["dob"], w["sex"])
    pp = g.s("ABCEHKMOPTX", 2) + p.d(6)
    c.pos("ua_registration", D("""
        Registration for temporary protection / Реєстрація
        Прізвище, ім'я (Name): ⟦n⟧ / ⟦nl⟧
        РНОКПП (tax number): ⟦r⟧
        Passport (закордонний паспорт): ⟦pp⟧
        Phone in Ukraine: ⟦ph⟧
        """, n=w["name"], nl=w["name_latin"], r=rn, pp=pp, ph=w["phone"]), [w["name"], w["name_latin"], rn, pp, w["phone"]])

    # 30 FHIR Patient resource
    w = p.person("NL")
    bsn = p.nl_bsn()
    res = {"resourceType": "Patient", "id": "pat-%s" % p.d(5),
           "identifier": [{"system": "http://fhir.nl/fhir/NamingSystem/bsn", "value": bsn}],
           "name": [{"family": w["family"], "given": [w["given"]], "text": w["name"]}],
           "telecom": [{"system": "phone", "value": w["phone"]}, {"system": "email", "value": w["email"]}],
           "birthDate": "%d-%02d-%02d" % w["dob"],
           "address": [{"line": ["%s %d" % (w["street"], w["num"])], "postalCode": w["postcode"], "city": w["city"]}]}
    items = ['  "%s": %s' % (k, json.dumps(v, ensure_ascii=False)) for k, v in res.items()]
    c.pos("fhir_patient", "{\n" + ",\n".join(items) + "\n}",
          [bsn, w["name"], w["phone"], w["email"], "%s %d" % (w["street"], w["num"])])

    # 31 CSV export of enrolments (several countries)
    a, b, d = p.person("SE"), p.person("FI"), p.person("DK")
    pa = p.se_pnr(*a["dob"], a["sex"])
    pb = p.fi_hetu(*b["dob"])
    pd = p.dk_cpr(*d["dob"])
    c.pos("csv_export", D("""
        student_id,guardian_name,guardian_national_id,country,phone,email
        10231,⟦an⟧,⟦ai⟧,SE,⟦ap⟧,⟦ae⟧
        10232,⟦bn⟧,⟦bi⟧,FI,⟦bp⟧,⟦be⟧
        10233,⟦dn⟧,⟦di⟧,DK,⟦dp⟧,⟦de⟧
        """, an=a["name"], ai=pa, ap=a["phone"], ae=a["email"], bn=b["name"], bi=pb, bp=b["phone"], be=b["email"],
        dn=d["name"], di=pd, dp=d["phone"], de=d["email"]),
        [a["name"], pa, a["phone"], a["email"], b["name"], pb, b["phone"], b["email"], d["name"], pd, d["phone"], d["email"]])

    # 32 urlencoded checkout form POST
    w = p.person("US")
    card = p.card("discover", fmt=False)
    cvv = p.cvv()
    body = "name=%s&email=%s&card_number=%s&exp=%s&cvv=%s&zip=%s" % (
        pct(w["name"]).replace("%20", "+"), pct(w["email"]), card, pct(p.expiry()), cvv, w["postcode"])
    c.pos("form_post", J(
        "POST /checkout/pay HTTP/1.1",
        "Host: shop.quietpine.co",
        "Content-Type: application/x-www-form-urlencoded",
        "",
        body), [pct(w["name"]).replace("%20", "+"), pct(w["email"]), card, "cvv=" + cvv])

    # 33 PDF-extracted loan application with letter-spaced labels
    w = p.person("US")
    ssn = p.us_ssn()
    c.pos("pdf_extract", D("""
        U N I F O R M   R E S I D E N T I A L   L O A N   A P P L I C A T I O N
        B o r r o w e r   N a m e          ⟦n⟧
        S o c i a l   S e c u r i t y   N u m b e r     ⟦s⟧
        H o m e   P h o n e                ⟦ph⟧
        P r e s e n t   A d d r e s s      ⟦a⟧
        """, n=w["name"], s=ssn, ph=w["phone_nat"], a=w["address"]), [w["name"], ssn, w["phone_nat"], w["address"]])

    # 34 ISO 20022 pain.001 payroll payment
    a, b = p.person("DE"), p.person("DE")
    ia, ib = p.iban("DE"), p.iban("AT")
    c.pos("pain001", D("""
        <CdtTrfTxInf>
          <PmtId><EndToEndId>LOHN-2024-06-0041</EndToEndId></PmtId>
          <Amt><InstdAmt Ccy="EUR">3412.55</InstdAmt></Amt>
          <Cdtr><Nm>⟦an⟧</Nm></Cdtr>
          <CdtrAcct><Id><IBAN>⟦ia⟧</IBAN></Id></CdtrAcct>
        </CdtTrfTxInf>
        <CdtTrfTxInf>
          <PmtId><EndToEndId>LOHN-2024-06-0042</EndToEndId></PmtId>
          <Amt><InstdAmt Ccy="EUR">2987.10</InstdAmt></Amt>
          <Cdtr><Nm>⟦bn⟧</Nm></Cdtr>
          <CdtrAcct><Id><IBAN>⟦ib⟧</IBAN></Id></CdtrAcct>
        </CdtTrfTxInf>
        """, an=a["name"], ia=ia, bn=b["name"], ib=ib), [a["name"], ia, b["name"], ib])

    # 35 MX insurance claim with card
    w = p.person("MX")
    curp = p.mx_curp(w["family"], "Cruz", w["given"], *w["dob"], w["sex"])
    card = p.card("mc")
    c.pos("mx_claim", D("""
        FORMATO DE RECLAMACIÓN DE GASTOS MÉDICOS
        Nombre del asegurado: ⟦n⟧ Cruz
        CURP: ⟦c⟧
        Domicilio: ⟦a⟧
        Teléfono: ⟦ph⟧
        Tarjeta para reembolso: ⟦cd⟧
        """, n=w["name"], c=curp, a=w["address"], ph=w["phone_nat"], cd=card),
        [w["name"] + " Cruz", curp, w["address"], w["phone_nat"], card])

    # 36 IN school enrolment (Markdown table)
    w = p.person("IN")
    aad_child = p.in_aadhaar()
    aad_parent = p.in_aadhaar(spaced=False)
    c.pos("in_enrolment", D("""
        | Field | Value |
        |---|---|
        | Student name | Aarav ⟦fam⟧ |
        | Student Aadhaar | ⟦ac⟧ |
        | Parent/Guardian | ⟦n⟧ |
        | Parent Aadhaar | ⟦ap⟧ |
        | Parent mobile | ⟦ph⟧ |
        | Address | ⟦a⟧ |
        """, fam=w["family"], ac=aad_child, n=w["name"], ap=aad_parent, ph=w["phone_nat"], a=w["address"]),
        ["Aarav " + w["family"], aad_child, w["name"], aad_parent, w["phone_nat"], w["address"]])

    # 37 US visa (DS-160 style) with SSN + passport
    w = p.person("GB")
    ssn = p.us_ssn()
    pp = p.d(9)
    c.pos("us_visa", D("""
        Nonimmigrant Visa Application – Personal Information 2
        Surnames: ⟦fam⟧     Given Names: ⟦giv⟧
        Passport/Travel Document Number: ⟦pp⟧
        U.S. Social Security Number: ⟦s⟧
        Primary Phone Number: ⟦ph⟧
        Email Address: ⟦e⟧
        """, fam=w["family"].upper(), giv=w["given"].upper(), pp=pp, s=ssn, ph=w["phone"], e=w["email"]),
        ["Passport/Travel Document Number: " + pp, ssn, w["phone"], w["email"]])

    # negatives ---------------------------------------------------------
    c.neg("blank_template", D("""
        PERSONAL LOAN APPLICATION — Section A: Applicant
        Full legal name: ______________________
        Social Security Number: ___-__-____
        Date of birth (MM/DD/YYYY): __/__/____
        Mobile phone: (___) ___-____
        """))
    c.neg("instructions", D("""
        Wpisz swój 11-cyfrowy numer PESEL w polu 4.
        Jeżeli nie posiadasz numeru PESEL, podaj serię i numer paszportu.
        Numer rachunku bankowego podaj w formacie IBAN (28 znaków, zaczyna się od PL).
        """))
    c.neg("aggregate_stats", D("""
        Enrolment summary 2024/25
        Region      | Applications | Accepted | Avg. age
        Uppsala     | 1 284        | 1 102    | 7.4
        Göteborg    | 2 931        | 2 540    | 7.1
        """))
    c.neg("placeholders", D("""
        Patient: <FULL_NAME>
        NIR : [à compléter]
        Téléphone : XX XX XX XX XX
        Adresse e-mail : (non renseignée)
        """))
    c.neg("claim_reference", D("""
        Claim reference: CLM-2024-0618-77431
        Policy number: HOME/55/00912/B
        Date of loss: 2024-06-14   Status: under review
        Adjuster: team South-West
        """))
    c.neg("hl7_empty", D("""
        MSH|^~\\&|EPIC|MAINCLINIC|LAB|LABCORP|20240611093211||ADT^A08|MSG00232|P|2.5.1
        PID|1||MRN0000000^^^HOSP^MR||^^^^^^L||||||^^^^^USA||||||||
        PV1|1|O
        """))
    c.neg("form_schema", D("""
        {
          "fields": [
            {"name": "national_id", "type": "string", "pattern": "^[0-9]{11}$", "label": "Fødselsnummer"},
            {"name": "iban", "type": "string", "maxLength": 34, "label": "Kontonummer"},
            {"name": "phone", "type": "tel", "label": "Mobil"}
          ]
        }
        """))
    c.neg("dates_amounts", D("""
        Rechnung Nr. 2024-00871 vom 14.06.2024
        Leistungszeitraum: 01.05.2024 – 31.05.2024
        Nettobetrag: 1.840,00 EUR, USt. 19 %: 349,60 EUR
        Zahlbar bis: 28.06.2024
        """))
