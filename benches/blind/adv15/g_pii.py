"""pii: national IDs (with real check digits), phones, emails and names in forms from 20 countries."""
import json
import random
import unicodedata

import common as C
from common import fill

R = random.Random(150808)


def mail(first, last, domain=None, rng=R):
    base = unicodedata.normalize("NFKD", "%s.%s" % (first, last)).encode("ascii", "ignore").decode().lower().replace(" ", "")
    if rng.random() < 0.4:
        base += str(rng.randint(1, 99))
    return base + "@" + (domain or rng.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"]))


def pe_ruc(dni, pre="10"):
    body = pre + dni
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
    return body + str({10: 0, 11: 1}.get(r, r))


def build():
    c = C.Cases("pii")
    # ---- Nigeria
    F = "africa"
    nin, bvn = C.rs(R, C.DIGITS, 11), "22" + C.rs(R, C.DIGITS, 9)
    ph = C.phone(R, "NG")
    em = mail("Chinedu", "Okafor", "gmail.com")
    c.pos(F, fill("""
        NEW STAFF ONBOARDING FORM — Lagos office
        ----------------------------------------
        Full name:          Chinedu Emeka Okafor
        Date of birth:      14/03/1991
        NIN:                {{nin}}
        BVN (for payroll):  {{bvn}}
        Phone:              {{ph}}
        Personal email:     {{em}}
        Next of kin:        Ngozi Okafor (sister)
        Start date:         03/06/2024
        Please create the HR record and the payroll profile from this form.
        """, nin=nin, bvn=bvn, ph=ph, em=em), [nin, bvn, ph, em, "Chinedu Emeka Okafor"])

    nin = C.rs(R, C.DIGITS, 11)
    local = "080%d %s %s" % (R.choice([3, 6]), C.rs(R, C.DIGITS, 3), C.rs(R, C.DIGITS, 4))
    c.pos(F, fill("""
        [chat] Customer: good afternoon, my account upgrade to tier 3 is still pending since last week
        [chat] Agent (Bisi): Sorry about that. Please confirm your NIN and the phone number linked to the account.
        [chat] Customer: NIN is {{nin}}, phone {{ph}}
        [chat] Customer: I already uploaded my utility bill too
        [chat] Agent (Bisi): Thank you, I have escalated it to the KYC team.
        """, nin=nin, ph=local), [nin, local])

    # ---- Kenya
    kid, kra = C.rs(R, C.DIGITS, 8), C.ke_kra(R)
    ph = C.phone(R, "KE")
    em = mail("Wanjiru", "Kamau", "yahoo.com")
    c.pos(F, fill("""
        Ticket #48812 — M-Pesa till not receiving payments
        Merchant: Kamau Fresh Groceries, Till 5523xx
        Contact: Wanjiru Kamau, {{ph}}, {{em}}
        ID No. {{kid}}   KRA PIN {{kra}}
        Issue: since Monday customers get "transaction failed" when paying to the till. Please check urgently.
        """, ph=ph, em=em, kid=kid, kra=kra), [ph, em, kid, kra])

    rows = []
    sec = []
    for first, last in [("Achieng", "Otieno"), ("Kiprop", "Cheruiyot"), ("Mutua", "Musyoka")]:
        kra, idn, ph = C.ke_kra(R), C.rs(R, C.DIGITS, 8), "07%s%s" % (R.choice("0129"), C.rs(R, C.DIGITS, 7))
        rows.append("%s %s,%s,%s,%s,%d" % (first, last, idn, kra, ph, R.randint(45000, 180000)))
        sec += ["%s %s" % (first, last), idn, kra, ph]
    c.pos(F, "payroll_may.csv — the import says 'invalid KRA PIN on row 2', can you spot it?\n\nemployee_name,national_id,kra_pin,mpesa_number,gross_kes\n"
          + "\n".join(rows), sec)

    # ---- South Africa
    zid = C.za_id(R, female=True)
    ph, em = C.phone(R, "ZA"), mail("Thandiwe", "Nkosi", "webmail.co.za")
    c.pos(F, fill("""
        Please update my details on the medical aid scheme:

        Member name: Thandiwe Nkosi
        ID number: {{zid}}
        Cell: {{ph}}
        Email: {{em}}
        Dependants: 1 (son, born 2019)

        My previous cellphone number is no longer in use.
        """, zid=zid, ph=ph, em=em), [zid, ph, em, "Thandiwe Nkosi"])

    zid = C.za_id(R, female=False)
    ph = C.phone(R, "ZA")
    doc = {"applicant": {"firstName": "Sipho", "lastName": "Dlamini", "idNumber": zid, "idType": "RSA_ID",
                         "mobile": ph.replace(" ", ""), "email": mail("sipho", "dlamini", "gmail.com")},
           "loan": {"amount": 25000, "termMonths": 24, "purpose": "vehicle repair"}, "consent": {"creditCheck": True}}
    c.pos(F, "POST /v2/applications returns 422 'idNumber failed validation' but the ID is correct. Body we send:\n"
          + json.dumps(doc, indent=2), [zid, ph.replace(" ", ""), doc["applicant"]["email"]])

    # ---- Egypt
    F = "mena"
    nid = C.eg_nid(R)
    ph = C.phone(R, "EG")
    c.pos(F, fill("""
        عميل: السلام عليكم، عايز أفعل المحفظة الإلكترونية
        الموظف: أهلاً بحضرتك، محتاجين الرقم القومي ورقم الموبايل المسجل
        عميل: الرقم القومي {{nid}} والموبايل {{ph}}
        الموظف: تمام، هيوصلك كود تفعيل خلال دقائق.
        (customer says the activation SMS never arrives — can you help me write the escalation?)
        """, nid=nid, ph=ph), [nid, ph])

    rows, sec = [], []
    for name in ["Mona Abdelrahman", "Karim Youssef", "Heba Mansour"]:
        n, p = C.eg_nid(R), "01%s%s" % (R.choice("0125"), C.rs(R, C.DIGITS, 8))
        rows.append("%s;%s;%s;Cairo" % (name, n, p))
        sec += [name, n, p]
    c.pos(F, "HR export for the insurance provider (semicolon separated, UTF-8):\nName;National ID;Mobile;Branch\n" + "\n".join(rows)
          + "\n\nthey want the national ID split into birth date and governorate columns — formula?", sec)

    # ---- Saudi Arabia
    iq = C.sa_id(R, "2")
    ph, em = C.phone(R, "SA"), mail("arjun", "menon", "outlook.com")
    c.pos(F, fill("""
        نموذج تحديث بيانات الموظف / Employee data update
        الاسم / Name: Arjun Menon
        رقم الإقامة / Iqama No.: {{iq}}
        تاريخ انتهاء الإقامة / Iqama expiry: 1446/09/12
        الجوال / Mobile: {{ph}}
        البريد الإلكتروني / Email: {{em}}
        """, iq=iq, ph=ph, em=em), [iq, ph, em, "Arjun Menon"])

    sid = C.sa_id(R, "1")
    ib = C.iban(R, "SA", bank="80")
    doc = {"customer": {"nationalId": sid, "nameAr": "عبدالله الحربي", "mobile": "+9665%s" % C.rs(R, C.DIGITS, 8)},
           "payout": {"iban": ib, "amount": "1500.00", "currency": "SAR"}, "channel": "sarie"}
    c.pos(F, "Payout API request that failed with 'beneficiary name mismatch':\n" + json.dumps(doc, indent=2, ensure_ascii=False),
          [sid, ib, doc["customer"]["mobile"], "عبدالله الحربي"])

    # ---- UAE
    eid = C.emirates_id(R)
    ph, em = C.phone(R, "AE"), mail("fatima", "alzaabi", "gmail.com")
    c.pos(F, fill("""
        Subject: Visa renewal — documents
        Hi team,
        Please find my details for the renewal application:
        Emirates ID: {{eid}}
        Mobile: {{ph}}
        Email: {{em}}
        The scanned passport copy is attached. Thanks, Fatima
        """, eid=eid, ph=ph, em=em), [eid, ph, em])

    # ---- Israel
    tz = C.il_tz(R)
    ph, em = C.phone(R, "IL"), mail("noa", "levi", "walla.co.il")
    c.pos(F, fill("""
        טופס הצטרפות לקופת חולים
        שם מלא: נועה לוי
        מספר תעודת זהות: {{tz}}
        טלפון נייד: {{ph}}
        דוא"ל: {{em}}
        (the form submit fails with "ת.ז. לא תקינה" but the number is from her ID card — is our validation wrong?)
        """, tz=tz, ph=ph, em=em), [tz, ph, em, "נועה לוי"])

    # ---- Turkey
    tc = C.tr_tc(R)
    ph = C.phone(R, "TR")
    doc = {"musteri": {"ad": "Elif", "soyad": "Yıldız", "tcKimlikNo": tc, "telefon": ph, "eposta": mail("elif", "yildiz", "hotmail.com")},
           "siparis": {"no": "SP-2024-118823", "tutar": 1249.90}}
    c.pos(F, "e-fatura entegrasyonu 'TCKN doğrulanamadı' hatası veriyor, gönderdiğimiz JSON:\n" + json.dumps(doc, indent=2, ensure_ascii=False),
          [tc, ph, doc["musteri"]["eposta"]])

    rows, sec = [], []
    for n in ["Mehmet Kaya", "Zeynep Demir", "Ahmet Çelik"]:
        t, p = C.tr_tc(R), C.phone(R, "TR")
        rows.append('"%s","%s","%s"' % (n, t, p))
        sec += [n, t, p]
    c.pos(F, "Bordro için personel listesi:\n\"Ad Soyad\",\"T.C. Kimlik No\",\"Telefon\"\n" + "\n".join(rows), sec)

    # ---- Pakistan / Bangladesh
    F = "south_asia"
    cn = C.pk_cnic(R, female=False)
    ph, em = C.phone(R, "PK"), mail("usman", "tariq", "gmail.com")
    c.pos(F, fill("""
        Support chat (JazzCash merchant onboarding)
        Customer: I want to register my shop, what do you need?
        Agent: Please share your CNIC, mobile number and email.
        Customer: CNIC {{cn}}
        Customer: mobile {{ph}}, email {{em}}
        Agent: Thank you, the verification link has been sent.
        """, cn=cn, ph=ph, em=em), [cn, ph, em])

    nid10, nid17 = C.rs(R, C.DIGITS, 10), "19%02d" % R.randint(70, 99) + C.rs(R, C.DIGITS, 13)
    ph = C.phone(R, "BD")
    c.pos(F, fill("""
        bKash agent complaint #BK-77120
        Customer name: Rafiqul Islam
        NID (smart card): {{a}}
        Old NID (17 digit): {{b}}
        Mobile: {{ph}}
        Complaint: cash-out of 5,000 BDT deducted twice. Please refund the duplicate.
        """, a=nid10, b=nid17, ph=ph), [nid10, nid17, ph, "Rafiqul Islam"])

    # ---- Indonesia / Vietnam / Thailand / Philippines / Malaysia
    F = "sea"
    nik = C.id_nik(R, female=True)
    npwp = "%s.%s.%s.%s-%s.%s" % (C.rs(R, C.DIGITS, 2), C.rs(R, C.DIGITS, 3), C.rs(R, C.DIGITS, 3), C.rs(R, C.DIGITS, 1), C.rs(R, C.DIGITS, 3), C.rs(R, C.DIGITS, 3))
    ph, em = C.phone(R, "ID"), mail("siti", "rahmawati", "gmail.com")
    c.pos(F, fill("""
        FORMULIR DATA KARYAWAN BARU
        Nama Lengkap : Siti Rahmawati
        NIK          : {{nik}}
        NPWP         : {{npwp}}
        No. HP       : {{ph}}
        Email        : {{em}}
        Bagian       : Keuangan
        Tolong masukkan ke sistem HRIS dan daftarkan BPJS Ketenagakerjaan.
        """, nik=nik, npwp=npwp, ph=ph, em=em), [nik, npwp, ph, em, "Siti Rahmawati"])

    nik = C.id_nik(R)
    ph = "08%s-%s-%s" % (C.rs(R, C.DIGITS, 2), C.rs(R, C.DIGITS, 4), C.rs(R, C.DIGITS, 4))
    c.pos(F, "Halo kak, mau tanya kenapa verifikasi akun saya ditolak terus ya? NIK saya " + nik
          + " sesuai KTP, nomor HP " + ph + ". Foto selfie sudah jelas kok. Mohon dibantu 🙏", [nik, ph])

    cc = C.vn_cccd(R, female=True)
    ph, em = C.phone(R, "VN"), mail("nguyen", "thi lan", "gmail.com")
    c.pos(F, fill("""
        PHIẾU ĐĂNG KÝ THÀNH VIÊN
        Họ và tên: Nguyễn Thị Lan
        Số CCCD: {{cc}}
        Ngày cấp: 12/08/2021
        Số điện thoại: {{ph}}
        Email: {{em}}
        (khách báo không nhận được mã OTP khi đăng ký, nhờ kiểm tra)
        """, cc=cc, ph=ph, em=em), [cc, ph, em, "Nguyễn Thị Lan"])

    th = C.th_id(R)
    ph = C.phone(R, "TH")
    c.pos(F, fill("""
        ลูกค้าแจ้งปัญหา: สมัครบัตรเครดิตออนไลน์ไม่ผ่าน
        ชื่อ-นามสกุล: สมชาย ใจดี
        เลขประจำตัวประชาชน: {{th}}
        เบอร์โทร: {{ph}}
        รบกวนตรวจสอบว่าทำไมระบบแจ้ง "ข้อมูลไม่ถูกต้อง"
        """, th=C.th_fmt(th), ph=ph), [C.th_fmt(th), ph, "สมชาย ใจดี"])

    sss = "%s-%s-%s" % (C.rs(R, C.DIGITS, 2), C.rs(R, C.DIGITS, 7), C.rs(R, C.DIGITS, 1))
    tin = "%s-%s-%s-000" % (C.rs(R, C.DIGITS, 3), C.rs(R, C.DIGITS, 3), C.rs(R, C.DIGITS, 3))
    ph, em = C.phone(R, "PH"), mail("maria", "santos", "yahoo.com")
    c.pos(F, fill("""
        Hi HR, sorry for the late submission. Here are my details for the 201 file:
        SSS No.: {{sss}}
        TIN: {{tin}}
        PhilHealth: {{phh}}
        Pag-IBIG MID: {{hdmf}}
        Mobile: {{ph}}
        Email: {{em}}
        Salamat po!
        """, sss=sss, tin=tin, phh="%s-%s-%s" % (C.rs(R, C.DIGITS, 2), C.rs(R, C.DIGITS, 9), C.rs(R, C.DIGITS, 1)),
        hdmf="%s-%s-%s" % (C.rs(R, C.DIGITS, 4), C.rs(R, C.DIGITS, 4), C.rs(R, C.DIGITS, 4)), ph=ph, em=em), [sss, tin, ph, em])

    mk = C.my_mykad(R, female=False)
    ph, em = C.phone(R, "MY"), mail("ahmad", "faizal", "gmail.com")
    doc = {"nama": "Ahmad Faizal bin Hassan", "no_mykad": mk, "telefon": ph, "emel": em, "alamat": {"poskod": "50450", "negeri": "W.P. Kuala Lumpur"}}
    c.pos(F, "Borang pendaftaran ahli (JSON dari aplikasi), kenapa validation no_mykad gagal?\n" + json.dumps(doc, indent=2),
          [mk, ph, em, "Ahmad Faizal bin Hassan"])

    # ---- Latin America
    F = "latam"
    cuil = C.ar_cuit(R, "27")
    dni = cuil.split("-")[1]
    ph, em = C.phone(R, "AR"), mail("lucia", "fernandez", "gmail.com")
    c.pos(F, fill("""
        Hola, necesito dar de alta a una nueva empleada en el sistema de liquidación de sueldos:
        Nombre completo: Lucía Fernández
        DNI: {{dni}}
        CUIL: {{cuil}}
        Teléfono: {{ph}}
        Correo: {{em}}
        ¿Me armás el alta en AFIP con estos datos?
        """, dni="{:,}".format(int(dni)).replace(",", "."), cuil=cuil, ph=ph, em=em),
        ["{:,}".format(int(dni)).replace(",", "."), cuil, ph, em, "Lucía Fernández"])

    rut1, rut2 = C.cl_rut(R, want_k=True), C.cl_rut(R)
    ph, em = C.phone(R, "CL"), mail("matias", "gonzalez", "gmail.com")
    c.pos(F, fill("""
        Ticket soporte #CL-22041
        Cliente: Matías González (RUT {{r1}})
        Cónyuge / beneficiario: RUT {{r2}}
        Teléfono: {{ph}} — Correo: {{em}}
        Problema: el formulario rechaza el RUT que termina en K, dice "RUT inválido". Adjunto captura.
        """, r1=rut1, r2=rut2, ph=ph, em=em), [rut1, rut2, ph, em])

    cc = "1.0%s.%s.%s" % (C.rs(R, C.DIGITS, 2), C.rs(R, C.DIGITS, 3), C.rs(R, C.DIGITS, 3))
    nit = C.co_nit(R)
    ph = C.phone(R, "CO")
    c.pos(F, fill("""
        Solicitud de crédito — datos del solicitante
        Nombre: Andrés Felipe Restrepo
        C.C.: {{cc}} de Medellín
        Celular: {{ph}}
        Empresa donde labora: Logística Andina S.A.S., NIT {{nit}}
        Por favor validar en centrales de riesgo.
        """, cc=cc, ph=ph, nit=nit), [cc, ph, "Andrés Felipe Restrepo"])

    dni = "%08d" % R.randint(10 ** 7, 8 * 10 ** 7)
    ruc = pe_ruc(dni)
    ph, em = C.phone(R, "PE"), mail("rosa", "quispe", "hotmail.com")
    c.pos(F, fill("""
        Buenas tardes, quiero emitir facturas como persona natural con negocio.
        Mi DNI es {{dni}} y mi RUC {{ruc}}. Celular {{ph}}, correo {{em}}.
        ¿El sistema de facturación electrónica acepta RUC 10?
        """, dni=dni, ruc=ruc, ph=ph, em=em), [dni, ruc, ph, em])

    curp = C.mx_curp(R, "HERNANDEZ", "GOMEZ", "JOSE", 1987, 9, 23, "H", "JC")
    rfc = C.mx_rfc(R, curp)
    ph, em = C.phone(R, "MX"), mail("jose", "hernandez", "gmail.com")
    c.pos(F, fill("""
        Alta de proveedor persona física
        Nombre: José Hernández Gómez
        CURP: {{curp}}
        RFC: {{rfc}}
        Teléfono: {{ph}}
        Correo para CFDI: {{em}}
        Régimen: 612 Personas Físicas con Actividades Empresariales
        """, curp=curp, rfc=rfc, ph=ph, em=em), [curp, rfc, ph, em, "José Hernández Gómez"])

    curp = C.mx_curp(R, "RAMIREZ", "SOTO", "DANIELA", 2001, 2, 7, "M", "NL")
    rfc = C.mx_rfc(R, curp)
    doc = {"Receptor": {"Rfc": rfc, "Nombre": "DANIELA RAMIREZ SOTO", "DomicilioFiscalReceptor": "64000",
                        "RegimenFiscalReceptor": "605", "UsoCFDI": "CN01"},
           "Complemento": {"Nomina": {"Receptor": {"Curp": curp, "NumSeguridadSocial": C.rs(R, C.DIGITS, 11), "NumEmpleado": "0457"}}}}
    c.pos(F, "El PAC rechaza el timbrado con CFDI40147. Nodo receptor del XML convertido a JSON:\n" + json.dumps(doc, indent=2),
          [rfc, curp, doc["Complemento"]["Nomina"]["Receptor"]["NumSeguridadSocial"], "DANIELA RAMIREZ SOTO"])

    # ---- mixed
    F = "mixed"
    rows = [("NG", "Adaeze Nwosu", C.rs(R, C.DIGITS, 11), C.phone(R, "NG")),
            ("MY", "Tan Wei Ling", C.my_mykad(R, female=True), C.phone(R, "MY")),
            ("CL", "Camila Rojas", C.cl_rut(R), C.phone(R, "CL")),
            ("TH", "Kittipong Srisuk", C.th_id(R), C.phone(R, "TH"))]
    c.pos(F, "kyc_export_2024-05-14.csv (from the compliance tool) — dedupe by id_number please\ncountry,full_name,id_number,phone\n"
          + "\n".join(",".join(r) for r in rows), [x for r in rows for x in r[1:]])

    ip1, ip2 = "41.%d.%d.%d" % (R.randint(58, 90), R.randint(0, 255), R.randint(1, 254)), "105.%d.%d.%d" % (R.randint(112, 119), R.randint(0, 255), R.randint(1, 254))
    em, ph = mail("oluwatobi", "adeyemi", "gmail.com"), C.phone(R, "NG")
    c.pos(F, fill("""
        Fraud review — account flagged for login anomaly
        Account email: {{em}}
        Registered phone: {{ph}}
        Last successful login: 2024-05-13 21:14 WAT from {{ip1}} (Lagos, MTN)
        Failed attempts: 14 in 3 minutes from {{ip2}}
        Action: forced password reset, notified the customer by SMS.
        """, em=em, ph=ph, ip1=ip1, ip2=ip2), [em, ph, ip1, ip2])

    # ---------------- negatives
    F = "neg"
    eans = []
    while len(eans) < 4:
        b = "6" + C.rs(R, C.DIGITS, 11)
        s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(b))
        eans.append(b + str((10 - s % 10) % 10))
    c.neg(F, "Product import file for the POS (barcode = EAN-13):\nsku,barcode,description,price_kes\n"
          + "\n".join("SKU-%04d,%s,%s,%d" % (R.randint(1000, 9999), e, d, R.randint(80, 900))
                      for e, d in zip(eans, ["Maize flour 2kg", "Cooking oil 1L", "Sugar 1kg", "Tea leaves 250g"])))

    base = 1715678000000
    c.neg(F, "\n".join('{"ts":%d,"level":"info","msg":"%s","latency_ms":%d}' % (base + R.randint(0, 99999), m, R.randint(3, 400))
                       for m in ["request completed", "cache miss", "request completed", "upstream retry"])
          + "\n\nthe ts field is epoch milliseconds, how do I convert it in BigQuery?")

    c.neg(F, fill("""
        Your parcel is on its way!
        DHL Express waybill: {{w}}
        Aramex shipment: {{a}}
        J&T Express (ID) resi: JP{{j}}
        Estimated delivery: 17–19 May. Track at the carrier's website using the numbers above.
        """, w=C.rs(R, C.DIGITS, 10), a=C.rs(R, C.DIGITS, 11), j=C.rs(R, C.DIGITS, 10)))

    c.neg(F, fill("""
        Reconciliation: invoices not matched to payments (May)
        INV-20240501-00012   KES 14,500.00   due 2024-05-31
        INV-20240503-00047   KES  3,250.00   due 2024-06-02
        PO 4500218877 / GRN 5000331204 (3-way match pending)
        Order #20240514112233 shipped, credit note CN-2024-0091 issued
        """))

    isbns = []
    for _ in range(3):
        b = "978" + C.rs(R, C.DIGITS, 9)
        s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(b))
        isbns.append(b + str((10 - s % 10) % 10))
    c.neg(F, "Reading list for the course (ISBN-13):\n" + "\n".join("- %s (ISBN %s)" % (t, i) for t, i in zip(
        ["Things Fall Apart", "Season of Migration to the North", "One Hundred Years of Solitude"], isbns)))

    c.neg(F, fill("""
        Census 2019 (KNBS) – population by county, selected:
        Nairobi      4397073
        Kiambu       2417735
        Nakuru       2162202
        Mombasa      1208333
        Growth rate 2009–2019: 2.2% p.a. Area of Nairobi county: 696.1 km².
        """))

    c.neg(F, fill("""
        Machine park — maintenance schedule
        Line 3 packer, serial 784-2019-0042117, next service 2024-06-10
        Compressor P/N 1622-0871-00, hours 31807
        Firmware build 20240514.1187 (v4.12.0-rc2)
        Coordinates of the site: -1.2921, 36.8219
        """))

    c.neg(F, fill("""
        Validation rules we implemented (no real data in tests, generated fixtures only):
        - South African ID: 13 digits, YYMMDD + SSSS + C + A + Z, Luhn check on the last digit
        - Turkish T.C. Kimlik: 11 digits, first digit non-zero, digits 10 and 11 are checksums
        - Chilean RUT: body + verifier computed mod 11, "K" when the result is 10
        - Mexican CURP: 18 characters, last one is a check digit over the first 17
        Tell me if these descriptions are accurate.
        """))

    c.neg(F, fill("""
        M-Pesa statement summary (business till, amounts only):
        Receipts: SEE4KQ0921, SEE4KQ1187, SEE4KR0042
        Total paid in:  KES 184,220.00
        Total withdrawn: KES 120,000.00
        Charges: KES 1,093.00
        Statement period: 01/05/2024 – 14/05/2024
        """))

    c.neg(F, fill("""
        Error codes from the national ID verification API:
        1001  ID number format invalid (length/charset)
        1002  check digit mismatch
        1003  record not found in registry
        2001  registry timeout (retry after 30 s)
        HTTP 429 when more than 50 requests per second per client.
        """))
    return c.items
