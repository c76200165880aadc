"""Group pii_docs: personal data in documents (CVs, invoices, letters, HR records, card forms)."""
from common import D, J

SEED = 2404
TITLE = "personal data in CVs, invoices, medical letters, HR records and payment forms"
COVERS = [
    "CVs / résumés in English, German, French, Spanish, Italian, Dutch, Polish, Portuguese (name, phone, e-mail, address, date of birth)",
    "invoices with billing name/address, IBAN (mod-97 valid) and e-mail; VAT ids left unlisted",
    "medical discharge letters (patient name, DOB, NHS number with mod-11 check, address)",
    "HR records with national IDs with valid check digits: US SSN, UK NINO, DE Steuer-ID, FR NIR, ES DNI, IT codice fiscale, NL BSN, BR CPF, IN Aadhaar (Verhoeff), PL PESEL",
    "payment card forms and Markdown/ASCII tables with Luhn-valid numbers, expiry and CVV (CVV listed with its label)",
]


def nhs(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        d[0] = r.randint(4, 6)
        s = sum(x * (10 - i) for i, x in enumerate(d))
        ck = 11 - s % 11
        if ck == 11:
            ck = 0
        if ck != 10:
            n = "".join(map(str, d)) + str(ck)
            return "%s %s %s" % (n[:3], n[3:6], n[6:])


CV = {
    "EN": ("US", ["CURRICULUM VITAE", "Name: {name}", "Phone: {phone}", "Email: {email}", "Address: {addr}",
                  "Date of birth: {dob}", "", "EXPERIENCE", "2019–present  Senior Data Engineer, Northwind Logistics",
                  "2015–2019     Analyst, Contoso Retail", "", "EDUCATION", "B.Sc. Computer Science, 2015"]),
    "DE": ("DE", ["Lebenslauf", "", "Persönliche Daten", "Name:            {name}", "Geburtsdatum:    {dob}",
                  "Anschrift:       {addr}", "Telefon:         {phone}", "E-Mail:          {email}", "",
                  "Berufserfahrung", "seit 03/2020     Projektleiterin, Stadtwerke", "Sprachen: Deutsch (Muttersprache), Englisch (C1)"]),
    "FR": ("FR", ["{name}", "{addr}", "Tél. : {phone} · {email}", "Née le {dob}", "", "EXPÉRIENCES PROFESSIONNELLES",
                  "2018 – aujourd'hui : Chargée de clientèle, Banque Populaire", "FORMATION", "Master Finance, Université de Lyon"]),
    "ES": ("ES", ["CURRÍCULUM VITAE", "Nombre: {name}", "Fecha de nacimiento: {dob}", "Dirección: {addr}",
                  "Teléfono: {phone}", "Correo electrónico: {email}", "", "Experiencia laboral",
                  "2017-2024 Técnico de soporte, Telefónica"]),
    "IT": ("IT", ["CURRICULUM VITAE – FORMATO EUROPEO", "Informazioni personali", "Nome e cognome  {name}",
                  "Indirizzo       {addr}", "Telefono        {phone}", "E-mail          {email}", "Data di nascita {dob}",
                  "", "Esperienza lavorativa", "2016 – oggi  Ingegnere di processo, Barilla"]),
    "NL": ("NL", ["CV", "Naam: {name}", "Adres: {addr}", "Mobiel: {phone}", "E-mail: {email}", "Geboortedatum: {dob}",
                  "", "Werkervaring", "2020-heden  Verpleegkundige, UMC Utrecht"]),
    "PL": ("PL", ["ŻYCIORYS", "Imię i nazwisko: {name}", "Data urodzenia: {dob}", "Adres: {addr}", "Telefon: {phone}",
                  "E-mail: {email}", "", "Doświadczenie zawodowe", "2018–obecnie  Księgowa, PKO BP",
                  "Wyrażam zgodę na przetwarzanie moich danych osobowych."]),
    "PT": ("PT", ["CURRICULUM VITAE", "Nome: {name}", "Data de nascimento: {dob}", "Morada: {addr}", "Telemóvel: {phone}",
                  "Email: {email}", "", "Experiência profissional", "2019 – atual  Enfermeira, Hospital de Santa Maria"]),
}


def build(c):
    g, p, r = c.g, c.pii, c.rng

    # ---- CVs
    for k in range(12):
        lang = list(CV)[k % len(CV)]
        cc, tpl = CV[lang]
        pe = p.person(cc)
        y, m, d = pe["dob"]
        dob = "%02d.%02d.%04d" % (d, m, y) if lang in ("DE", "PL") else ("%02d/%02d/%04d" % (d, m, y) if lang != "EN" else "%04d-%02d-%02d" % (y, m, d))
        ph = pe["phone"] if k < 8 else pe["phone_nat"]
        txt = "\n".join(tpl).format(name=pe["name"], phone=ph, email=pe["email"], addr=pe["address"], dob=dob)
        c.pos("cv_" + lang.lower(), txt, [pe["name"], ph, pe["email"], pe["address"], dob])

    # ---- invoices
    for k in range(6):
        cc = r.choice(["DE", "FR", "ES", "IT", "NL", "BE"])
        pe = p.person(cc)
        iban = p.iban(cc, spaced=(k % 2 == 0))
        inv = "INV-%d-%05d" % (2024, r.randint(1, 99999))
        vat = "%s%s" % (cc, p.d(9 if cc != "NL" else 9) + ("B01" if cc == "NL" else ""))
        txt = D("""
            RECHNUNG / INVOICE                                   ⟦inv⟧
            Bill to:
              ⟦name⟧
              ⟦addr⟧
              ⟦email⟧
            Supplier VAT: ⟦vat⟧

            Pos  Description                      Qty   Unit      Total
            1    Consulting (March)                12   95.00   1,140.00
            2    Travel expenses                    1  212.40     212.40
                                                     Net        1,352.40
            Payment to IBAN ⟦iban⟧ within 14 days, reference ⟦inv⟧.
            Account holder: ⟦name⟧
            """, inv=inv, name=pe["name"], addr=pe["address"], email=pe["email"], vat=vat, iban=iban)
        c.pos("invoice", txt, [pe["name"], pe["address"], pe["email"], iban])

    # ---- medical discharge letters
    for k in range(4):
        pe = p.person("GB")
        nh = nhs(r)
        y, m, d = pe["dob"]
        dob = "%02d/%02d/%04d" % (d, m, y)
        txt = D("""
            ST ELSEWHERE NHS FOUNDATION TRUST — DISCHARGE SUMMARY
            Patient: ⟦name⟧        DOB: ⟦dob⟧        NHS No: ⟦nhs⟧
            Address: ⟦addr⟧
            Tel: ⟦ph⟧
            Admitted: 0⟦a⟧/03/2024   Discharged: 1⟦a⟧/03/2024   Ward: Cedar 4
            Diagnosis: community-acquired pneumonia (J18.9); type 2 diabetes
            Medication on discharge: amoxicillin 500 mg TDS x 5 days; metformin 1 g BD
            Follow-up: GP review in 2 weeks; repeat chest X-ray in 6 weeks.
            """, name=pe["name"], dob=dob, nhs=nh, addr=pe["address"], ph=pe["phone_nat"], a=r.randint(1, 8))
        c.pos("discharge_letter", txt, [pe["name"], "DOB: " + dob, nh, pe["address"], pe["phone_nat"]])

    # ---- HR records per country
    def hr(cc, label_id, idv, lang_lines):
        pe = p.person(cc)
        return pe, idv(pe)

    specs = [
        ("US", "SSN", lambda pe: p.us_ssn(), "Employee record", ["Name", "SSN", "Home address", "Phone", "Start date"]),
        ("GB", "NINO", lambda pe: p.uk_nino(), "Starter checklist", ["Name", "National Insurance number", "Address", "Mobile", "Start date"]),
        ("DE", "Steuer-ID", lambda pe: p.de_steuer_id(), "Personalstammblatt", ["Name", "Steuer-ID", "Anschrift", "Telefon", "Eintritt"]),
        ("FR", "NIR", lambda pe: p.fr_nir(pe["sex"], pe["dob"][0], pe["dob"][1]), "Fiche salarié", ["Nom", "N° de sécurité sociale", "Adresse", "Téléphone", "Date d'entrée"]),
        ("ES", "DNI", lambda pe: p.es_dni(), "Ficha de empleado", ["Nombre", "DNI", "Domicilio", "Teléfono", "Fecha de alta"]),
        ("IT", "CF", lambda pe: p.it_cf(pe["family"], pe["given"], pe["sex"], *pe["dob"]), "Scheda dipendente", ["Nome", "Codice fiscale", "Indirizzo", "Cellulare", "Data assunzione"]),
        ("NL", "BSN", lambda pe: p.nl_bsn(), "Personeelsdossier", ["Naam", "BSN", "Adres", "Telefoon", "In dienst"]),
        ("BR", "CPF", lambda pe: p.br_cpf(), "Ficha de registro de empregado", ["Nome", "CPF", "Endereço", "Celular", "Admissão"]),
        ("IN", "Aadhaar", lambda pe: p.in_aadhaar(), "Employee onboarding form", ["Name", "Aadhaar", "Address", "Mobile", "Date of joining"]),
        ("PL", "PESEL", lambda pe: p.pl_pesel(*pe["dob"], pe["sex"]), "Karta pracownika", ["Imię i nazwisko", "PESEL", "Adres", "Telefon", "Data zatrudnienia"]),
    ]
    for k in range(14):
        cc, _, idf, title, labels = specs[k % len(specs)]
        pe = p.person(cc)
        idv = idf(pe)
        start = "%02d.%02d.20%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(15, 24))
        if k < 10:
            w = max(len(x) for x in labels) + 2
            vals = [pe["name"], idv, pe["address"], pe["phone"], start]
            rows = ["%s%s" % ((l + ":").ljust(w), v) for l, v in zip(labels, vals)]
            txt = J(title.upper(), "=" * len(title), *rows, "", "Personnel no. %d" % r.randint(10000, 99999))
        else:
            # markdown table of several employees
            rows = ["| %s | %s | %s |" % (labels[0], labels[1], labels[3]), "|---|---|---|"]
            secs = []
            for i in range(3):
                pe2 = p.person(cc)
                iv = idf(pe2)
                rows.append("| %s | %s | %s |" % (pe2["name"], iv, pe2["phone"]))
                secs += [pe2["name"], iv, pe2["phone"]]
            c.pos("hr_table_" + cc.lower(), J("## " + title, "", *rows), secs)
            continue
        c.pos("hr_" + cc.lower(), txt, [pe["name"], idv, pe["address"], pe["phone"]])

    # ---- payment card forms
    for k in range(6):
        cc = r.choice(["US", "GB", "DE", "FR", "ES", "IT"])
        pe = p.person(cc)
        brand = r.choice(["visa", "mc", "amex", "discover"])
        card = p.card(brand, fmt=(k % 2 == 0))
        exp = p.expiry()
        cvv = p.cvv(4 if brand == "amex" else 3)
        lab = {"US": ("Cardholder", "Card number", "Expiry", "CVV"), "GB": ("Name on card", "Card number", "Expires", "CVC"),
               "DE": ("Karteninhaber", "Kartennummer", "Gültig bis", "Prüfnummer"), "FR": ("Titulaire", "Numéro de carte", "Expiration", "Cryptogramme"),
               "ES": ("Titular", "Número de tarjeta", "Caducidad", "CVV"), "IT": ("Titolare", "Numero carta", "Scadenza", "CVV")}[cc]
        if k < 3:
            txt = J("+------------------+---------------------------+", "| %-16s | %-25s |" % (lab[0], pe["name"]),
                    "| %-16s | %-25s |" % (lab[1], card), "| %-16s | %-25s |" % (lab[2], exp),
                    "| %-16s | %-25s |" % (lab[3], cvv), "+------------------+---------------------------+")
            cv_l = "%-16s | %s" % (lab[3], cvv)
        else:
            txt = J("%s: %s" % (lab[0], pe["name"]), "%s: %s" % (lab[1], card), "%s: %s  %s: %s" % (lab[2], exp, lab[3], cvv),
                    "Billing: %s" % pe["address"])
            cv_l = "%s: %s" % (lab[3], cvv)
        secs = [pe["name"], card, cv_l] + ([pe["address"]] if k >= 3 else [])
        c.pos("card_form", txt, secs)
