"""pii_world: personal data and national IDs from many countries, with valid checksums."""
import json
import random

from common import (Collector, crlf, rs, digits, se_personnummer, se_personnummer_ok, no_fnr, fi_hetu,
                    dk_cpr, pesel, pesel_ok, cz_rc, cz_rc_ok, tc_kimlik, tc_kimlik_ok, il_id, za_id,
                    kr_rrn, cn_id, cn_id_ok, jp_mynumber, ar_cuit, cl_rut, br_cpf, br_cnpj,
                    iban_make, iban_valid, iban_group, luhn_sum_ok, card_number)

SEED = 18006
GROUP = "pii_world"


def d(rng, n):
    return digits(rng, n, first_nonzero=False)


def date(rng, y0=1950, y1=2004):
    y = rng.randrange(y0, y1)
    m = rng.randrange(1, 13)
    dd = rng.randrange(1, 29)
    return y, m, dd


def se_id(rng, long=False):
    y, m, dd = date(rng)
    s = se_personnummer("%02d%02d%02d" % (y % 100, m, dd), d(rng, 3))
    assert se_personnummer_ok(s)
    return ("%d" % (y // 100)) + s if long else s


def no_id(rng):
    while True:
        y, m, dd = date(rng, 1950, 1999)
        r = no_fnr("%02d%02d%02d" % (dd, m, y % 100), "%03d" % rng.randrange(0, 500))
        if r:
            return r


def fi_id(rng):
    y, m, dd = date(rng, 1950, 2006)
    return fi_hetu("%02d%02d%02d" % (dd, m, y % 100), "-" if y < 2000 else "A", "%03d" % rng.randrange(2, 900))


def dk_id(rng):
    y, m, dd = date(rng)
    return dk_cpr("%02d%02d%02d" % (dd, m, y % 100), rng)


def pl_id(rng):
    y, m, dd = date(rng, 1960, 2006)
    mm = m + (20 if y >= 2000 else 0)
    s = pesel("%02d%02d%02d" % (y % 100, mm, dd), d(rng, 4))
    assert pesel_ok(s)
    return s


def cz_id(rng, female=False):
    y, m, dd = date(rng, 1960, 2004)
    s = cz_rc("%02d%02d%02d" % (y % 100, m + (50 if female else 0), dd), rng)
    assert cz_rc_ok(s)
    return s


def tr_id(rng):
    s = tc_kimlik(digits(rng, 9))
    assert tc_kimlik_ok(s)
    return s


def za(rng, male=True):
    y, m, dd = date(rng)
    g = rng.randrange(5000, 9999) if male else rng.randrange(0, 4999)
    s = za_id("%02d%02d%02d" % (y % 100, m, dd), "%04d" % g)
    assert luhn_sum_ok(s)
    return s


def kr(rng, male=True):
    y, m, dd = date(rng, 1960, 2004)
    g = ("1" if male else "2") if y < 2000 else ("3" if male else "4")
    return kr_rrn("%02d%02d%02d" % (y % 100, m, dd), g, d(rng, 5))


def cn(rng):
    area = rng.choice(["110105", "310104", "440305", "510107", "330106", "420111"])
    y, m, dd = date(rng)
    s = cn_id("%s%04d%02d%02d%s" % (area, y, m, dd, d(rng, 3)))
    assert cn_id_ok(s)
    return s


def ar(rng, prefix="20"):
    while True:
        r = ar_cuit(prefix + digits(rng, 8))
        if r:
            return r


def ean13(rng, prefix):
    body = prefix + d(rng, 12 - len(prefix))
    s = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
    return body + str((10 - s % 10) % 10)


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    # --- Sweden
    pn = se_id(rng)
    ph = "070-%s %s %s" % (d(rng, 3), d(rng, 2), d(rng, 2))
    c.pos("se_form", """Ansökan om medlemskap
Namn: Ingrid Lindqvist
Personnummer: %s
Adress: Södermannagatan %d, 116 40 Stockholm
Mobil: %s
E-post: ingrid.lindqvist@telia.se
""" % (pn, rng.randrange(2, 60), ph), ["Ingrid Lindqvist", pn, ph, "ingrid.lindqvist@telia.se"])
    c.cases[-1]["secrets"].append(c.cases[-1]["text"].split("Adress: ")[1].split(",")[0])
    rows = [("Oskar Berglund", se_id(rng, True)), ("Maja Holmström", se_id(rng, True)), ("Elias Nyberg", se_id(rng, True))]
    c.pos("se_csv", crlf("namn;personnummer;kommun\n" + "".join("%s;%s;%s\n" % (n, p, k) for (n, p), k in zip(rows, ["Uppsala", "Malmö", "Umeå"]))),
          [x for r in rows for x in r])

    # --- Norway
    f = no_id(rng)
    ph = "+47 %s %s %s" % (d(rng, 3), d(rng, 2), d(rng, 3))
    c.pos("no_chat", "Hei! Jeg prøver å fylle ut skjemaet hos NAV men det godtar ikke fødselsnummeret mitt: %s. Navnet mitt er Sindre Haugland og du kan ringe meg på %s hvis det er enklere.\n" % (f, ph),
          [f, "Sindre Haugland", ph])

    # --- Finland
    h = fi_id(rng)
    c.pos("fi_form", """Henkilötiedot
Sukunimi, etunimet: Virtanen, Aino Maria
Henkilötunnus: %s
Osoite: Hämeenkatu %d B 12, 33100 Tampere
Puhelin: +358 40 %s %s
""" % (h, rng.randrange(2, 40), d(rng, 3), d(rng, 4)), [h, "Virtanen, Aino Maria"])
    last = c.cases[-1]
    last["secrets"] += [last["text"].split("Osoite: ")[1].split(",")[0], last["text"].split("Puhelin: ")[1].strip()]

    # --- Denmark
    cpr = dk_id(rng)
    c.pos("dk_mail", "Kære kundeservice,\n\nJeg har fået et brev om min pensionsopsparing, men mit CPR-nummer står forkert. Det rigtige er %s.\nMed venlig hilsen\nMette Kjærgaard\nNørrebrogade %d, 2200 København N\n" % (cpr, rng.randrange(2, 200)),
          [cpr, "Mette Kjærgaard"])
    c.cases[-1]["secrets"].append(c.cases[-1]["text"].split("Kjærgaard\n")[1].split(",")[0])

    # --- Poland
    p1, p2 = pl_id(rng), pl_id(rng)
    c.pos("pl_json", json.dumps({"pacjenci": [
        {"imie": "Katarzyna", "nazwisko": "Wiśniewska", "pesel": p1, "telefon": "+48 %s %s %s" % (rng.choice(["512", "601", "698"]), d(rng, 3), d(rng, 3))},
        {"imie": "Tomasz", "nazwisko": "Zieliński", "pesel": p2, "email": "t.zielinski84@wp.pl"}]}, ensure_ascii=False, indent=2),
        [p1, p2, "Wiśniewska", "Zieliński", "t.zielinski84@wp.pl"])
    last = c.cases[-1]
    last["secrets"].append(json.loads(last["text"])["pacjenci"][0]["telefon"])
    p = pl_id(rng)
    c.pos("pl_chat", "Cześć, czy możesz sprawdzić czy ten PESEL jest poprawny? %s — to mojej mamy, Haliny Kowalczyk, potrzebuję go do wniosku w ZUS.\n" % p, [p, "Haliny Kowalczyk"])

    # --- Czechia
    r = cz_id(rng, female=True)
    c.pos("cz_form", "Jméno a příjmení: Tereza Dvořáková\nRodné číslo: %s\nTrvalé bydliště: Vinohradská %d, 120 00 Praha 2\nTelefon: +420 %s %s %s\n" % (r, rng.randrange(2, 200), rng.choice(["601", "737", "775"]), d(rng, 3), d(rng, 3)),
          ["Tereza Dvořáková", r])
    last = c.cases[-1]
    last["secrets"] += [last["text"].split("bydliště: ")[1].split(",")[0], last["text"].split("Telefon: ")[1].strip()]

    # --- Turkey
    t = tr_id(rng)
    ph = "0532 %s %s %s" % (d(rng, 3), d(rng, 2), d(rng, 2))
    c.pos("tr_chat", "Merhaba, kargo teslimatı için bilgilerim: Ad Soyad: Emre Yıldırım, TC Kimlik No: %s, Tel: %s, Adres: Bağdat Caddesi No:%d Kadıköy/İstanbul\n" % (t, ph, rng.randrange(2, 400)),
          ["Emre Yıldırım", t, ph])
    c.cases[-1]["secrets"].append(c.cases[-1]["text"].split("Adres: ")[1].split(" Kadıköy")[0])
    t2 = tr_id(rng)
    ib = iban_make("TR", "00" + d(rng, 4) + "0" + d(rng, 16))
    assert iban_valid(ib)
    c.pos("tr_payout", "Ödeme bilgileri\nT.C. No: %s\nIBAN: %s\nHesap sahibi: Zeynep Aksoy\n" % (t2, iban_group(ib)), [t2, iban_group(ib), "Zeynep Aksoy"])

    # --- Israel
    i = il_id(d(rng, 8))
    c.pos("il_form", "שם מלא: נועה כהן-לוי\nמספר תעודת זהות: %s\nטלפון נייד: 05%s-%s\nכתובת: רחוב הרצל %d, תל אביב\n" % (i, rng.choice("0234"), d(rng, 7), rng.randrange(2, 150)),
          ["נועה כהן-לוי", i])
    last = c.cases[-1]
    last["secrets"].append(last["text"].split("נייד: ")[1].split("\n")[0])

    # --- South Africa
    z = za(rng, male=True)
    c.pos("za_form", "Applicant: Sipho Nkosi\nSA ID Number: %s\nCell: +27 82 %s %s\nResidential address: %d Jan Smuts Avenue, Rosebank, Johannesburg, 2196\n" % (z, d(rng, 3), d(rng, 4), rng.randrange(2, 400)),
          ["Sipho Nkosi", z])
    last = c.cases[-1]
    last["secrets"] += [last["text"].split("Cell: ")[1].split("\n")[0], last["text"].split("address: ")[1].split(",")[0]]

    # --- Korea
    k = kr(rng, male=False)
    ph = "010-%s-%s" % (d(rng, 4), d(rng, 4))
    c.pos("kr_chat", "안녕하세요, 회원가입이 안 돼서 문의드립니다. 이름: 김지현, 주민등록번호: %s, 연락처: %s 입니다. 확인 부탁드려요.\n" % (k, ph), [k, ph, "김지현"])
    # note: 3-char Korean name appears once

    # --- China
    cid = cn(rng)
    ph = "+86 1%s %s %s" % (rng.choice(["38", "39", "86", "58"]), d(rng, 4), d(rng, 4))
    c.pos("cn_form", "姓名：王晓明\n身份证号：%s\n手机号：%s\n住址：上海市徐汇区漕溪北路%d号\n邮箱：wangxm1988@163.com\n" % (cid, ph, rng.randrange(10, 600)),
          [cid, ph, "wangxm1988@163.com", "王晓明"])
    last = c.cases[-1]
    last["secrets"].append(last["text"].split("住址：")[1].split("\n")[0])
    cid2 = cn(rng)
    c.pos("cn_chat", "帮我看一下这个身份证号格式对不对：%s，是我同事刘芳的，她要订机票。\n" % cid2, [cid2, "刘芳"])

    # --- Japan
    mn = jp_mynumber(d(rng, 11))
    mn_fmt = "%s %s %s" % (mn[:4], mn[4:8], mn[8:])
    c.pos("jp_form", "氏名：佐藤 美咲\nフリガナ：サトウ ミサキ\n個人番号（マイナンバー）：%s\n電話番号：090-%s-%s\n住所：東京都世田谷区太子堂%d-%d-%d\n" % (mn_fmt, d(rng, 4), d(rng, 4), rng.randrange(1, 6), rng.randrange(1, 30), rng.randrange(1, 20)),
          ["佐藤 美咲", "サトウ ミサキ", mn_fmt])
    last = c.cases[-1]
    last["secrets"] += [last["text"].split("電話番号：")[1].split("\n")[0], last["text"].split("住所：")[1].split("\n")[0]]
    mn = jp_mynumber(d(rng, 11))
    c.pos("jp_csv", "社員番号,氏名,個人番号\nE10%s,高橋 健太,%s\n" % (d(rng, 3), mn), ["高橋 健太", mn])

    # --- Argentina
    cu = ar(rng, "27")
    c.pos("ar_invoice", "FACTURA B N° 0003-%s\nCliente: Lucía Fernández\nCUIT/CUIL: %s\nDomicilio: Av. Corrientes %d, Piso 4 Dto. B, CABA\nTel: +54 9 11 %s-%s\n" % (d(rng, 8), cu, rng.randrange(100, 5000), d(rng, 4), d(rng, 4)),
          ["Lucía Fernández", cu])
    last = c.cases[-1]
    last["secrets"] += [last["text"].split("Domicilio: ")[1].split(", Piso")[0], last["text"].split("Tel: ")[1].strip()]

    # --- Chile
    body = str(rng.randrange(8000000, 25000000))
    rut = cl_rut(body)
    c.pos("cl_chat", "Hola! Para la boleta necesito tus datos. —Sí, claro: Camila Rojas Muñoz, RUT %s, correo camila.rojas.m@gmail.com, dirección Av. Providencia %d, depto 502, Santiago.\n" % (rut, rng.randrange(100, 3000)),
          ["Camila Rojas Muñoz", rut, "camila.rojas.m@gmail.com"])
    c.cases[-1]["secrets"].append(c.cases[-1]["text"].split("dirección ")[1].split(", depto")[0])
    body = str(rng.randrange(8000000, 25000000))
    rut2 = cl_rut(body, dots=False)
    c.pos("cl_json", json.dumps({"cliente": {"rut": rut2, "nombre": "Matías Soto Vergara", "telefono": "+56 9 %s %s" % (d(rng, 4), d(rng, 4))}}, ensure_ascii=False),
          [rut2, "Matías Soto Vergara"])
    last = c.cases[-1]
    last["secrets"].append(json.loads(last["text"])["cliente"]["telefono"])

    # --- Colombia
    cc = "{:,}".format(int(digits(rng, 10))).replace(",", ".")
    c.pos("co_form", "Nombre: Andrés Felipe Gómez Restrepo\nCédula de ciudadanía: %s de Medellín\nCelular: 310 %s %s\nDirección: Calle 10 # %d-%d, El Poblado\n" % (cc, d(rng, 3), d(rng, 4), rng.randrange(20, 60), rng.randrange(10, 99)),
          ["Andrés Felipe Gómez Restrepo", cc])
    last = c.cases[-1]
    last["secrets"] += [last["text"].split("Celular: ")[1].split("\n")[0], last["text"].split("Dirección: ")[1].split(",")[0]]

    # --- Brazil
    cpf = br_cpf(d(rng, 9))
    c.pos("br_chat", "Oi! Pra emitir a nota fiscal preciso: nome completo Rafael Costa Almeida, CPF %s, e-mail rafa.almeida@hotmail.com, celular (11) 9%s-%s. Valeu!\n" % (cpf, d(rng, 4), d(rng, 4)),
          ["Rafael Costa Almeida", cpf, "rafa.almeida@hotmail.com"])
    last = c.cases[-1]
    last["secrets"].append("(11) 9" + last["text"].split("(11) 9")[1].split(".")[0])
    cpf2, cnpj = br_cpf(d(rng, 9), fmt=False), br_cnpj(d(rng, 8) + "0001")
    c.pos("br_csv", crlf("nome,cpf,empresa_cnpj,cidade\nJuliana Pereira Santos,%s,%s,Belo Horizonte\n" % (cpf2, cnpj)), ["Juliana Pereira Santos", cpf2, cnpj])

    # --- Nigeria
    nin, bvn = d(rng, 11), "22" + d(rng, 9)
    ph = "+234 80%s %s %s" % (rng.choice("3678"), d(rng, 3), d(rng, 4))
    c.pos("ng_form", "KYC update\nFull name: Chukwuemeka Obi\nNIN: %s\nBVN: %s\nPhone: %s\nAddress: %d Adeola Odeku Street, Victoria Island, Lagos\n" % (nin, bvn, ph, rng.randrange(2, 90)),
          ["Chukwuemeka Obi", nin, bvn, ph])
    c.cases[-1]["secrets"].append(c.cases[-1]["text"].split("Address: ")[1].split(",")[0])
    bvn = "22" + d(rng, 9)
    c.pos("ng_chat", "Abeg help me check am, the bank app dey ask for my BVN again. Na %s. My name na Aisha Bello.\n" % bvn, [bvn, "Aisha Bello"])

    # --- Kenya
    p1 = "07%s%s %s" % (rng.choice("0129"), d(rng, 1), d(rng, 6))
    p2 = "+254 7%s %s %s" % (d(rng, 2), d(rng, 3), d(rng, 3))
    c.pos("ke_sms", "QJK%s Confirmed. Ksh2,500.00 sent to WANJIKU KAMAU %s on 12/7/24 at 3:41 PM. New M-PESA balance is Ksh4,120.50.\nHabari, tafadhali nipigie kwa %s kuhusu malipo.\n" % (rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 7), p1, p2),
          ["WANJIKU KAMAU", p1, p2])
    p3 = "+2547%s%s" % (d(rng, 2), d(rng, 6))
    c.pos("ke_json", json.dumps({"msisdn": p3, "name": "Brian Otieno", "id_number": d(rng, 8), "county": "Kisumu"}),
          [p3, "Brian Otieno"])
    last = c.cases[-1]
    last["secrets"].append(json.loads(last["text"])["id_number"])

    # --- mixed JSON user export
    users = [
        {"name": "Linnea Ahonen", "hetu": fi_id(rng), "email": "linnea.ahonen@outlook.com"},
        {"name": "Mehmet Demir", "tckn": tr_id(rng), "phone": "+90 533 %s %s %s" % (d(rng, 3), d(rng, 2), d(rng, 2))},
        {"name": "Thandiwe Mokoena", "za_id": za(rng, male=False), "email": "thandi.mokoena@webmail.co.za"},
    ]
    sec = []
    for u in users:
        sec += [v for k, v in u.items()]
    c.pos("mixed_export", "\n".join(json.dumps(u, ensure_ascii=False) for u in users) + "\n", sec)

    # --- Polish IBAN + Swedish card payout (Luhn)
    ib = iban_make("PL", d(rng, 24))
    cardn = card_number(rng, "4571")
    cf = " ".join(cardn[i:i + 4] for i in range(0, 16, 4))
    c.pos("payout_form", "Dane do przelewu zwrotu:\nOdbiorca: Piotr Nowakowski\nNr rachunku: %s\nKarta (do weryfikacji): %s\n" % (iban_group(ib), cf),
          ["Piotr Nowakowski", iban_group(ib), cf])

    # --- Czech male + Slovak-style chat
    r = cz_id(rng)
    c.pos("cz_chat", "Ahoj, posílám údaje pro pojišťovnu: Jakub Novotný, r.č. %s, pojištěnec VZP.\n" % r, ["Jakub Novotný", r])

    # --- Norwegian CSV
    rows = [("Ingvild Solberg", no_id(rng)), ("Henrik Aasen", no_id(rng))]
    c.pos("no_csv", "fornavn etternavn,fodselsnummer\n" + "".join("%s,%s\n" % r for r in rows), [x for r in rows for x in r])

    # ---------------- negatives
    c.neg("form_template", """Personnummer: ______________ (ÅÅÅÅMMDD-XXXX)
Henkilötunnus: PPKKVV-NNNT
PESEL: 11 cyfr, ostatnia to cyfra kontrolna
身份证号码：18位，最后一位为校验码（0-9或X）
""")
    c.neg("product_codes", """Lagerbestand / stock report
  EAN %s  Textmarker gelb (10 Stk)   qty 120
  EAN %s  Buch "Datenbanken"         qty 4
  LOT 20240709-0042  batch QA passed
  Bestellnummer 2024-118-774-002
""" % (ean13(rng, "400"), ean13(rng, "978")))
    c.neg("stats_text", """Nairobi County has roughly 4.4 million residents; Kenyan mobile numbers start with the country code +254.
Brazilian CPF numbers have 11 digits and two check digits computed modulo 11; CNPJ numbers have 14.
Korean resident registration numbers were partially randomised in October 2020.
""")
    c.neg("postal_and_dates", """Versandzonen:
  Zone 1: PLZ 10115-14199 (Berlin), Lieferzeit 1-2 Tage
  Zone 2: 00-001 do 99-999 (Polska), 2-4 dni
  Tarif valable du 01/07/2024 au 31/12/2024
""")
    c.neg("masked_ids", """Identity verification result: MATCH
  document: national_id   number: ********4471   country: ZA
  phone: +27 ** *** **19   verified_at: 2024-07-12T08:44:10Z
  cpf: ***.***.***-**
""")
    return c.cases
