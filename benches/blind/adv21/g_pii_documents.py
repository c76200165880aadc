"""Group pii_documents: personal data in forms/documents from 31 countries, local formats, valid check digits."""
import random

from common import (Group, is_female, person, email, phone, dob, card, card_fmt, iban_for, iban_fmt, aba_routing, us_ssn, us_mbi,
                    uk_nino, uk_nhs, uk_driving, ie_ppsn, de_steuerid, de_rvnr, at_svnr, ch_ahv, fr_nir, be_nn, nl_bsn,
                    es_dni, es_nie, pt_nif, it_cf, pl_pesel, pl_nip, cz_rc, se_pnr, no_fnr, dk_cpr, fi_hetu, in_aadhaar,
                    in_pan, sg_nric, jp_mynumber, kr_rrn, br_cpf, br_cnpj, ar_cuit, ar_cbu, cl_rut, mx_curp, mx_rfc,
                    mx_clabe, mx_nss, au_tfn, au_medicare, nz_ird, za_id, ng_nuban, digits, rs, fill, UP)

SEED = 21005
NAME = 'pii_documents'

STREETS = {
    'us': ('%d Larkspur Lane|%d Maple Ridge Drive|%d West Fulton Street|%d Bayview Terrace|%d Old Mill Road', 'Columbus, OH 43215|Tacoma, WA 98403|Durham, NC 27701|Tucson, AZ 85719'),
    'uk': ('%d Thornbury Road|Flat 3, %d Kelvin Grove|%d Ashgrove Crescent|%d Wellington Street', 'Leeds LS6 2QT|Glasgow G3 7SQ|Bristol BS6 5AA|Norwich NR2 3LH'),
    'ie': ('Apt 4, %d Castlewood Avenue|%d Douglas Road|%d Upper Salthill Road', 'Rathmines, Dublin 6, D06 T2K7|Douglas, Cork, T12 XK84|Salthill, Galway, H91 E2P8'),
    'de': ('Schönhauser Allee %d|Am Kirchberg %d|Lindenstraße %d|Weidenweg %da', '10437 Berlin|80331 München|50667 Köln|04109 Leipzig'),
    'at': ('Mariahilfer Straße %d/5|Landstraße %d/12|Herrengasse %d', '1070 Wien|4020 Linz|8010 Graz'),
    'ch': ('Bahnhofstrasse %d|Rue de Lausanne %d|Kramgasse %d', '8001 Zürich|1201 Genève|3011 Bern'),
    'fr': ('%d rue des Lilas|%d avenue Jean Jaurès|%d boulevard de la Croix-Rousse', '75019 Paris|69007 Lyon|69004 Lyon'),
    'be': ('Meir %d|Rue de la Loi %d|Kortrijksesteenweg %d', '2000 Antwerpen|1040 Bruxelles|9000 Gent'),
    'nl': ('Prinsengracht %d-2|Oudegracht %d|Witte de Withstraat %d', '1016 GV Amsterdam|3511 AR Utrecht|3012 BP Rotterdam'),
    'es': ('Calle de Alcalá %d, 3.º B|Carrer de Mallorca %d, 2.º 1.ª|Avenida de la Constitución %d', '28009 Madrid|08013 Barcelona|41001 Sevilla'),
    'pt': ('Rua Augusta %d, 2.º Esq.|Avenida da Boavista %d, 4.º Dto.', '1100-048 Lisboa|4100-113 Porto'),
    'it': ('Via Garibaldi %d|Corso Vittorio Emanuele II %d|Via dei Mille %d', '20121 Milano MI|10123 Torino TO|80121 Napoli NA'),
    'pl': ('ul. Marszałkowska %d m. 15|ul. Długa %d/4|al. Jana Pawła II %d', '00-514 Warszawa|31-147 Kraków|80-831 Gdańsk'),
    'cz': ('Vinohradská %d/46|Masarykova %d/12|Nádražní %d', '120 00 Praha 2|602 00 Brno|702 00 Ostrava'),
    'se': ('Storgatan %d|Södra Förstadsgatan %d|Kungsgatan %d, lgh 1102', '114 51 Stockholm|211 43 Malmö|411 19 Göteborg'),
    'no': ('Thorvald Meyers gate %d|Kongens gate %d|Nedre Storgate %d', '0555 Oslo|7011 Trondheim|3015 Drammen'),
    'dk': ('Nørrebrogade %d, 2. tv.|Vesterbrogade %d, st.|Jægergårdsgade %d', '2200 København N|1620 København V|8000 Aarhus C'),
    'fi': ('Mannerheimintie %d B 7|Hämeenkatu %d A 3|Aleksanterinkatu %d', '00100 Helsinki|33100 Tampere|20100 Turku'),
    'in': ('Flat %d, Sai Residency, 14th Cross, Indiranagar|%d, Lokhandwala Complex, Andheri West', 'Bengaluru 560038|Mumbai 400053'),
    'sg': ('Blk %d Ang Mo Kio Ave 10, #08-1123|%d Tampines Street 21, #04-77', 'Singapore 560412|Singapore 521208'),
    'br': ('Rua Oscar Freire, %d, apto 42|Avenida Sete de Setembro, %d, casa 2', 'São Paulo - SP, 01426-001|Salvador - BA, 40060-001'),
    'ar': ('Av. Corrientes %d, Piso 5 Dto. B|Calle 7 N° %d', 'C1193AAE CABA|B1900 La Plata'),
    'cl': ('Av. Providencia %d, depto 1204|Pasaje Los Aromos %d', 'Providencia, Santiago|Viña del Mar, Valparaíso'),
    'mx': ('Calle Durango %d, Col. Roma Norte|Av. Vallarta %d, Col. Americana', '06700 Ciudad de México, CDMX|44160 Guadalajara, Jal.'),
    'au': ('Unit 7, %d Brunswick Street|%d Coronation Drive', 'Fitzroy VIC 3065|Milton QLD 4064'),
    'nz': ('%d Ponsonby Road|%d Cuba Street', 'Grey Lynn, Auckland 1021|Te Aro, Wellington 6011'),
    'za': ('%d Jan Smuts Avenue|%d Long Street', 'Parktown, Johannesburg 2193|Cape Town 8001'),
    'ng': ('%d Adeola Odeku Street, Victoria Island|%d Ogui Road', 'Lagos 101241|Enugu 400001'),
    'ke': ('Hse No. %d, Argwings Kodhek Road, Kilimani|Plot %d, Ngong Road', 'Nairobi 00100|Nairobi 00505'),
}

DATE = {'us': '%(m)02d/%(d)02d/%(y)04d', 'eu': '%(d)02d.%(m)02d.%(y)04d', 'sl': '%(d)02d/%(m)02d/%(y)04d',
        'iso': '%(y)04d-%(m)02d-%(d)02d', 'dash': '%(d)02d-%(m)02d-%(y)04d', 'jp': '%(y)d年%(m)d月%(d)d日', 'kr': '%(y)04d.%(m)02d.%(d)02d'}

JP_NAMES = [('高橋', 'タカハシ', 'Takahashi'), ('佐々木', 'ササキ', 'Sasaki'), ('中村', 'ナカムラ', 'Nakamura')]
JP_GIVEN = [('陽菜', 'ヒナ', 'Hina'), ('大翔', 'ヒロト', 'Hiroto'), ('美咲', 'ミサキ', 'Misaki')]
KR_NAMES = [('김서연', 'KIM SEOYEON'), ('박지훈', 'PARK JIHOON'), ('이하은', 'LEE HAEUN')]


def build():
    r = random.Random(SEED)
    g = Group(NAME)

    def addr(cc):
        s, c = (x.split('|') for x in STREETS[cc])
        i = r.randrange(len(s))
        return s[i] % r.randint(2, 188), c[i % len(c)]

    def ppl(cc, y0=1955, y1=2002):
        while True:
            gn, fn = person(r, cc)
            f = is_female(gn)
            if cc == 'cz' and fn.endswith('á') != f:
                continue
            if cc == 'pl' and ((f and fn.endswith('ski')) or (not f and fn.endswith('ska'))):
                continue
            break
        y, m, d = dob(r, y0, y1)
        return gn, fn, '%s %s' % (gn, fn), y, m, d

    def dt(kind, y, m, d):
        return DATE[kind] % {'y': y, 'm': m, 'd': d}

    # ---------- United States
    gn, fn, nm, y, m, d = ppl('us')
    st, city = addr('us')
    ssn, ph, em, rt, acct = us_ssn(r), phone(r, 'us'), email(r, gn, fn, 'us'), aba_routing(r), digits(r, 11)
    dl = 'D' + digits(r, 7, False)
    g.pos('hr_onboarding_us', 'NEW HIRE INFORMATION SHEET — Harbourline Logistics Inc.\n\nLegal name: %s\nSocial Security Number: %s\n'
          'Date of birth: %s\nHome address: %s\n              %s\nMobile: %s\nPersonal e-mail: %s\nDriver license (CA): %s\n\n'
          'DIRECT DEPOSIT\nBank: Columbia Credit Union   Account type: Checking\nRouting number: %s\nAccount number: %s\n'
          % (nm, ssn, dt('us', y, m, d), st, city, ph, em, dl, rt, acct), [nm, ssn, dt('us', y, m, d), st, ph, em, dl, rt, acct])

    gn, fn, nm, y, m, d = ppl('us', 1940, 1958)
    st, city = addr('us')
    mbi, cc, ph = us_mbi(r), card(r, 'amex'), phone(r, 'us')
    g.pos('insurance_claim_us', 'CLAIM FOR REIMBURSEMENT — Patient Portion\nPatient: %s    DOB: %s\nMedicare Beneficiary Identifier (MBI): %s\n'
          'Mailing address: %s, %s\nPhone: %s\nDate of service: 01/22/2025   Provider: Lakeside Orthopedics\n'
          'Copay charged to card: %s  exp 07/27\n' % (nm, dt('us', y, m, d), mbi, st, city, ph, card_fmt(cc)),
          [nm, dt('us', y, m, d), mbi, st, ph, card_fmt(cc)])

    # ---------- United Kingdom / Ireland
    gn, fn, nm, y, m, d = ppl('uk')
    st, city = addr('uk')
    ni, sc, acct = uk_nino(r), '%02d-%02d-%02d' % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)), digits(r, 8)
    g.pos('payslip_uk', 'PAYSLIP   Pay date: 28/02/2025   Period: 11\nEmployee: %s   Employee no: 00418\nNI number: %s   Tax code: 1257L   NI category: A\n'
          'Address: %s, %s\nGross pay £3,412.50  PAYE £473.20  NI £187.04  Pension £170.63\nNet pay £2,581.63 paid to sort code %s account %s\n'
          % (nm, ni, st, city, sc, acct), [nm, ni, st, sc, acct])

    gn, fn, nm, y, m, d = ppl('uk', 1940, 1990)
    st, city = addr('uk')
    nhs, ph, dl = uk_nhs(r), phone(r, 'uk'), uk_driving(fn, gn, y, m, d, is_female(gn), r)
    g.pos('medical_referral_uk', 'Dear Dr Fenwick,\n\nRe: %s   DOB %s   NHS No. %s\n%s, %s   Tel %s\n\nThank you for seeing this patient with '
          'a 6-week history of exertional chest pain. ECG attached.\nPhoto ID seen: driving licence %s\n\nKind regards,\nDr A. Mistry, '
          'Kelvin Grove Surgery\n' % (nm, dt('sl', y, m, d), nhs, st, city, ph, dl), [nm, dt('sl', y, m, d), nhs, st, ph, dl])

    gn, fn, nm, y, m, d = ppl('ie')
    st, city = addr('ie')
    pps, ph, em, ib = ie_ppsn(r), phone(r, 'ie'), email(r, gn, fn, 'ie'), iban_for(r, 'IE')
    g.pos('rental_application_ie', 'TENANCY APPLICATION — 4 Castlewood Mews\nApplicant: %s\nDate of birth: %s\nPPS Number: %s\n'
          'Current address: %s, %s\nPhone: %s   Email: %s\nEmployer: Fáilte Software Ltd, net monthly €3,950\nDeposit refund IBAN: %s\n'
          % (nm, dt('sl', y, m, d), pps, st, city, ph, em, iban_fmt(ib)), [nm, dt('sl', y, m, d), pps, st, ph, em, iban_fmt(ib)])

    # ---------- Germany / Austria / Switzerland
    gn, fn, nm, y, m, d = ppl('de')
    st, city = addr('de')
    fem = is_female(gn)
    sid, rv, ib, ph, em = de_steuerid(r), de_rvnr(r, y, m, d, fn, fem), iban_for(r, 'DE'), phone(r, 'de'), email(r, gn, fn, 'de')
    g.pos('hr_onboarding_de', 'Personalfragebogen (Neueinstellung)\n\nName, Vorname: %s, %s\nGeburtsdatum: %s\nAnschrift: %s, %s\n'
          'Telefon: %s   E-Mail: %s\nSteuerliche Identifikationsnummer: %s\nSozialversicherungsnummer: %s\nKrankenkasse: Techniker Krankenkasse\n'
          'Bankverbindung (IBAN): %s\n' % (fn, gn, dt('eu', y, m, d), st, city, ph, em, sid, rv, iban_fmt(ib)),
          ['%s, %s' % (fn, gn), dt('eu', y, m, d), st, ph, em, sid, rv, iban_fmt(ib)])

    gn, fn, nm, y, m, d = ppl('de')
    st, city = addr('de')
    ph, em = phone(r, 'de'), email(r, gn, fn, 'de')
    g.pos('shipping_label_de', 'DHL PAKET  V01PAK  2,5 kg\nAbsender: Kesselhaus Kaffeerösterei, Gleisstraße 4, 28195 Bremen\n\nEmpfänger:\n%s\n%s\n%s\n'
          'Tel.: %s\nBenachrichtigung an: %s\nSendungsnummer: 00340434%s\n' % (nm, st, city, ph, em, digits(r, 12)), [nm, st, ph, em])

    gn, fn, nm, y, m, d = ppl('at')
    st, city = addr('at')
    sv, ib, ph = at_svnr(r, y, m, d), iban_for(r, 'AT'), phone(r, 'at')
    g.pos('insurance_claim_at', 'Antrag auf Kostenerstattung (Wahlarztrechnung) — ÖGK\nVersicherte Person: %s\nVersicherungsnummer (SVNR): %s\n'
          'Geburtsdatum: %s\nWohnadresse: %s, %s\nTelefon: %s\nÜberweisung auf IBAN: %s\n' % (nm, sv, dt('eu', y, m, d), st, city, ph, iban_fmt(ib)),
          [nm, sv, dt('eu', y, m, d), st, ph, iban_fmt(ib)])

    gn, fn, nm, y, m, d = ppl('ch')
    st, city = addr('ch')
    ahv, ib = ch_ahv(r), iban_for(r, 'CH')
    g.pos('payslip_ch', 'Lohnabrechnung Februar 2025\nMitarbeiter/in: %s\nAHV-Nr.: %s\nAdresse: %s, %s\nBruttolohn CHF 7\'850.00\n'
          'AHV/IV/EO 5.3%% CHF 416.05   ALV 1.1%% CHF 86.35   BVG CHF 412.00\nAuszahlung CHF 6\'935.60 auf %s\n' % (nm, ahv, st, city, iban_fmt(ib)),
          [nm, ahv, st, iban_fmt(ib)])

    gn, fn, nm, y, m, d = ppl('fr')
    st, city = addr('fr')
    pp, cc, ph = digits(r, 2) + rs(r, 2, UP) + digits(r, 5), card(r, 'mc'), phone(r, 'fr')
    g.pos('hotel_registration_ch', 'HOTEL SCHWEIZERHOF LUZERN — Meldeschein / Fiche d\'hôtel\nName: %s\nGeburtsdatum: %s   Nationalität: FR\n'
          'Reisepass-Nr.: %s\nWohnadresse: %s, %s, France\nTelefon: %s\nAnkunft 14.03.2025  Abreise 17.03.2025  Zimmer 312\n'
          'Garantie Kreditkarte: %s  gültig bis 09/28\n' % (nm, dt('eu', y, m, d), pp, st, city, ph, card_fmt(cc)),
          [nm, dt('eu', y, m, d), pp, st, ph, card_fmt(cc)])

    # ---------- France / Belgium / Netherlands
    gn, fn, nm, y, m, d = ppl('fr')
    st, city = addr('fr')
    nir, ph, em = fr_nir(r, 2 if is_female(gn) else 1, y, m), phone(r, 'fr'), email(r, gn, fn, 'fr')
    g.pos('medical_referral_fr', 'Cher confrère,\n\nJe vous adresse %s, né(e) le %s, N° de sécurité sociale %s,\ndomicilié(e) %s, %s '
          '(tél. %s, %s), pour avis cardiologique concernant des palpitations récidivantes.\n\nBien confraternellement,\nDr Benali\n'
          % (nm, dt('sl', y, m, d), nir, st, city, ph, em), [nm, dt('sl', y, m, d), nir, st, ph, em])

    gn, fn, nm, y, m, d = ppl('be', 2014, 2019)
    pg, pf, _, py, pm, pd = ppl('be')
    while pg == gn:
        pg = person(r, 'be')[0]
    pf = fn
    st, city = addr('be')
    nn, ph, em = be_nn(r, y, m, d, not is_female(gn)), phone(r, 'be'), email(r, pg, pf, 'be')
    g.pos('school_enrolment_be', 'INSCHRIJVINGSFORMULIER — Basisschool De Regenboog\nLeerling: %s\nGeboortedatum: %s\nRijksregisternummer: %s\n'
          'Ouder/voogd: %s %s\nAdres: %s, %s\nGSM: %s   E-mail: %s\n' % (nm, dt('sl', y, m, d), nn, pg, pf, st, city, ph, em),
          [nm, dt('sl', y, m, d), nn, '%s %s' % (pg, pf), st, ph, em])

    gn, fn, nm, y, m, d = ppl('nl')
    st, city = addr('nl')
    bsn, ib, ph, em = nl_bsn(r), iban_for(r, 'NL'), phone(r, 'nl'), email(r, gn, fn, 'nl')
    g.pos('rental_application_nl', 'Aanvraagformulier huurwoning — Woonstichting Utrecht\nNaam: %s\nGeboortedatum: %s\nBSN: %s\n'
          'Huidig adres: %s, %s\nTelefoon: %s\nE-mail: %s\nIBAN voor automatische incasso: %s\n' % (nm, dt('dash', y, m, d), bsn, st, city, ph, em, iban_fmt(ib)),
          [nm, dt('dash', y, m, d), bsn, st, ph, em, iban_fmt(ib)])

    # ---------- Spain / Portugal / Italy
    gn, fn, nm, y, m, d = ppl('es')
    g2, f2, nm2, _, _, _ = ppl('es')
    st, city = addr('es')
    dni, nie, ib1, ib2, ph = es_dni(r), es_nie(r), iban_for(r, 'ES'), iban_for(r, 'ES'), phone(r, 'es')
    g.pos('bank_transfer_es', 'ORDEN DE TRANSFERENCIA\nOrdenante: %s   DNI: %s\nDomicilio: %s, %s   Tel.: %s\nCuenta de cargo: %s\n'
          'Beneficiario: %s   NIE: %s\nCuenta de abono: %s\nImporte: 1.250,00 EUR   Concepto: fianza alquiler\n'
          % (nm, dni, st, city, ph, iban_fmt(ib1), nm2, nie, iban_fmt(ib2)), [nm, dni, st, ph, iban_fmt(ib1), nm2, nie, iban_fmt(ib2)])

    gn, fn, nm, y, m, d = ppl('pt')
    st, city = addr('pt')
    nif, em, ib, cc = pt_nif(r), email(r, gn, fn, 'pt'), iban_for(r, 'PT'), card(r, 'visa')
    g.pos('invoice_pt', 'FATURA FT 2025/00418   Data: 2025-03-03\nEmitente: Tipografia Ribeirinha, Lda.  NIF 509441228\n'
          'Cliente: %s\nNIF do adquirente: %s\nMorada: %s, %s\nE-mail: %s\nTotal c/ IVA: 184,50 EUR\n'
          'Pago com cartão %s  | Reembolsos para IBAN %s\n' % (nm, nif, st, city, em, card_fmt(cc), iban_fmt(ib)),
          [nm, nif, st, em, card_fmt(cc), iban_fmt(ib)])

    gn, fn, nm, y, m, d = ppl('it')
    st, city = addr('it')
    fem = is_female(gn)
    cf = it_cf(fn, gn, y, m, d, fem, r.choice(['H501', 'F205', 'L219', 'F839', 'A944', 'D612']))
    ib, ph, em = iban_for(r, 'IT'), phone(r, 'it'), email(r, gn, fn, 'it')
    g.pos('hr_onboarding_it', 'SCHEDA ANAGRAFICA DIPENDENTE\nCognome e nome: %s %s\nData di nascita: %s\nCodice fiscale: %s\n'
          'Residenza: %s, %s\nCellulare: %s   Email: %s\nIBAN per accredito stipendio: %s\n' % (fn, gn, dt('sl', y, m, d), cf, st, city, ph, em, iban_fmt(ib)),
          ['%s %s' % (fn, gn), dt('sl', y, m, d), cf, st, ph, em, iban_fmt(ib)])

    # ---------- Poland / Czechia / Nordics
    gn, fn, nm, y, m, d = ppl('pl')
    st, city = addr('pl')
    pes, nip, ib = pl_pesel(r, y, m, d, not is_female(gn)), pl_nip(r), iban_for(r, 'PL')
    g.pos('payslip_pl', 'PASEK WYNAGRODZEŃ — luty 2025\nPracownik: %s\nPESEL: %s\nAdres: %s, %s\nWynagrodzenie brutto: 9 200,00 zł\n'
          'Składki ZUS: 1 261,32 zł   Zaliczka PIT: 712,00 zł\nDo wypłaty: 6 481,17 zł na rachunek %s\nPracodawca NIP: %s\n'
          % (nm, pes, st, city, iban_fmt(ib), nip), [nm, pes, st, iban_fmt(ib)])

    gn, fn, nm, y, m, d = ppl('cz', 1956, 2002)
    st, city = addr('cz')
    rc_, ph, ib = cz_rc(r, y, m, d, is_female(gn)), phone(r, 'cz'), iban_for(r, 'CZ')
    g.pos('insurance_claim_cz', 'Oznámení pojistné události — pojištění domácnosti\nPojištěný: %s\nRodné číslo: %s\nAdresa: %s, %s\n'
          'Telefon: %s\nPopis: vytopení koupelny od souseda dne 02.03.2025\nPlnění zaslat na účet: %s\n' % (nm, rc_, st, city, ph, iban_fmt(ib)),
          [nm, rc_, st, ph, iban_fmt(ib)])

    gn, fn, nm, y, m, d = ppl('se')
    st, city = addr('se')
    pn, ph, em = se_pnr(r, y, m, d), phone(r, 'se'), email(r, gn, fn, 'se')
    g.pos('rental_application_se', 'Intresseanmälan — lägenhet Kungsgatan 12, 3 rok\nSökande: %s\nPersonnummer: %s\nNuvarande adress: %s, %s\n'
          'Mobil: %s\nE-post: %s\nArbetsgivare: Sandberg Bygg AB, fast anställning\n' % (nm, pn, st, city, ph, em), [nm, pn, st, ph, em])

    gn, fn, nm, y, m, d = ppl('no')
    st, city = addr('no')
    fnr, ph, em = no_fnr(r, y, m, d), phone(r, 'no'), email(r, gn, fn, 'no')
    g.pos('police_report_no', 'POLITIET — Anmeldelse av tyveri\nFornærmede: %s\nFødselsnummer: %s\nAdresse: %s, %s\nTelefon: %s   E-post: %s\n'
          'Sykkel (Trek FX 3, ramme nr. WTU%s) stjålet fra bakgården natt til 09.03.2025.\n' % (nm, fnr, st, city, ph, em, digits(r, 7)),
          [nm, fnr, st, ph, em])

    gn, fn, nm, y, m, d = ppl('dk', 2013, 2018)
    pg, pf, _, py, pm, pd = ppl('dk')
    while pg == gn:
        pg = person(r, 'dk')[0]
    pf = fn
    st, city = addr('dk')
    c1, c2, ph = dk_cpr(r, y, m, d), dk_cpr(r, py, pm, pd), phone(r, 'dk')
    g.pos('school_enrolment_dk', 'Indmeldelse i skole — Københavns Kommune\nBarnets navn: %s\nBarnets CPR-nr.: %s\nForælder: %s %s, CPR-nr. %s\n'
          'Adresse: %s, %s\nTelefon: %s\n' % (nm, c1, pg, pf, c2, st, city, ph), [nm, c1, '%s %s' % (pg, pf), c2, st, ph])

    gn, fn, nm, y, m, d = ppl('fi')
    st, city = addr('fi')
    ht, ph = fi_hetu(r, y, m, d), phone(r, 'fi')
    g.pos('medical_referral_fi', 'LÄHETE — erikoissairaanhoito\nPotilas: %s\nHenkilötunnus: %s\nOsoite: %s, %s\nPuhelin: %s\n'
          'Lähettämisen syy: polven nivelkierukan repeämä, MRI 14.2.2025.\n' % (nm, ht, st, city, ph), [nm, ht, st, ph])

    # ---------- India / Singapore / Japan / Korea
    gn, fn, nm, y, m, d = ppl('in')
    st, city = addr('in')
    pan, aad, ph, em = in_pan(r, fn), in_aadhaar(r), phone(r, 'in'), email(r, gn, fn, 'in')
    ifsc, acct = r.choice(['HDFC', 'ICIC', 'SBIN', 'UTIB']) + '0' + digits(r, 6, False), digits(r, 14)
    g.pos('bank_kyc_in', 'KYC UPDATE FORM — Savings Account\nName (as per PAN): %s\nDate of Birth: %s\nPAN: %s\nAadhaar No.: %s\n'
          'Address: %s, %s\nMobile: %s   Email: %s\nAccount No.: %s   IFSC: %s\n' % (nm.upper(), dt('sl', y, m, d), pan, aad, st, city, ph, em, acct, ifsc),
          [nm.upper(), dt('sl', y, m, d), pan, aad, st, ph, em, acct])

    gn, fn, nm, y, m, d = ppl('sg')
    nm = r.choice(['Tan Wei Ling', 'Lim Jun Jie', 'Siti Nurhaliza binte Rahman', 'Muhammad Hafiz bin Ismail', 'Ravi s/o Krishnan',
                   'Goh Hui Min'])
    gn, fn = nm.split()[-1], nm.split()[0]
    st, city = addr('sg')
    nric, ph, em = sg_nric(r, 'T' if y >= 2000 else 'S'), phone(r, 'sg'), email(r, gn, fn, 'sg')
    bacct = '%s-%s-%s' % (digits(r, 3, False), digits(r, 1, False), digits(r, 6, False))
    g.pos('hr_onboarding_sg', 'EMPLOYEE PARTICULARS FORM\nFull name (as in NRIC): %s\nNRIC No.: %s\nDate of birth: %s\nResidential address: %s, %s\n'
          'Contact no.: %s   Email: %s\nSalary crediting — DBS account: %s\n' % (nm, nric, dt('sl', y, m, d), st, city, ph, em, bacct),
          [nm, nric, dt('sl', y, m, d), st, ph, em, bacct])

    (fk, fkana, fr_), (gk, gkana, gr_) = r.choice(JP_NAMES), r.choice(JP_GIVEN)
    y, m, d = dob(r, 1970, 2001)
    mn, ph = jp_mynumber(r), phone(r, 'jp')
    em = '%s.%s%d@%s' % (gr_.lower(), fr_.lower(), r.randint(1, 99), r.choice(['docomo.ne.jp', 'yahoo.co.jp', 'icloud.com']))
    jst = '東京都世田谷区三軒茶屋%d-%d-%d サンハイツ%d号室' % (r.randint(1, 3), r.randint(1, 20), r.randint(1, 30), r.randint(101, 405))
    bacct = digits(r, 7)
    g.pos('hr_onboarding_jp', '入社手続き書類（従業員情報）\n氏名：%s %s\nフリガナ：%s %s\n生年月日：%s\n住所：〒154-0024 %s\n電話番号：%s\n'
          'メール：%s\n個人番号（マイナンバー）：%s\n給与振込口座：みずほ銀行 三軒茶屋支店 普通 %s\n'
          % (fk, gk, fkana, gkana, dt('jp', y, m, d), jst, ph, em, mn, bacct),
          ['氏名：%s %s' % (fk, gk), '%s %s' % (fkana, gkana), dt('jp', y, m, d), jst, ph, em, mn, '普通 ' + bacct])

    kn, kr_rom = r.choice(KR_NAMES)
    y, m, d = dob(r, 1965, 2003)
    rrn, ph = kr_rrn(r, y, m, d, kn == '박지훈'), phone(r, 'kr')
    kst = '서울특별시 마포구 월드컵북로 %d, %d동 %d호' % (r.randint(10, 400), r.randint(101, 112), r.randint(101, 1504))
    g.pos('hospital_registration_kr', '진료 접수 신청서\n성명: %s (%s)\n주민등록번호: %s\n생년월일: %s\n주소: %s\n휴대전화: %s\n'
          '보호자 연락처: 동일\n' % (kn, kr_rom, rrn, dt('kr', y, m, d), kst, ph),
          ['성명: ' + kn, kr_rom, rrn, dt('kr', y, m, d), kst, ph])

    # ---------- Latin America
    gn, fn, nm, y, m, d = ppl('br')
    st, city = addr('br')
    cpf, cnpj, em, ph = br_cpf(r), br_cnpj(r), email(r, gn, fn, 'br'), phone(r, 'br')
    g.pos('invoice_br', 'NOTA FISCAL DE SERVIÇO ELETRÔNICA — NFS-e nº 000418\nPrestador: Estúdio Pereira Design Ltda.  CNPJ: %s\n'
          'Tomador: %s\nCPF: %s\nEndereço: %s, %s\nE-mail: %s   Telefone: %s\nValor dos serviços: R$ 2.400,00\n'
          % (cnpj, nm, cpf, st, city, em, ph), [cnpj, nm, cpf, st, em, ph])

    gn, fn, nm, y, m, d = ppl('ar')
    st, city = addr('ar')
    cuil, cbu = ar_cuit(r, not is_female(gn)), ar_cbu(r)
    g.pos('payslip_ar', 'RECIBO DE HABERES — Febrero 2025\nApellido y nombre: %s, %s\nCUIL: %s\nDomicilio: %s, %s\nFecha de ingreso: 01/04/2021\n'
          'Sueldo básico $ 1.350.000,00  Jubilación 11%%  Obra social 3%%  Ley 19032 3%%\nNeto depositado en CBU %s\n'
          % (fn.upper(), gn, cuil, st, city, cbu), ['%s, %s' % (fn.upper(), gn), cuil, st, cbu])

    gn, fn, nm, y, m, d = ppl('cl')
    st, city = addr('cl')
    rut, ph, em = cl_rut(r), phone(r, 'cl'), email(r, gn, fn, 'cl')
    g.pos('rental_application_cl', 'SOLICITUD DE ARRIENDO — Depto. 1204, Av. Providencia\nPostulante: %s\nRUT: %s\nFecha de nacimiento: %s\n'
          'Domicilio actual: %s, %s\nCelular: %s   Correo: %s\nRenta líquida: $1.850.000\n' % (nm, rut, dt('dash', y, m, d), st, city, ph, em),
          [nm, rut, dt('dash', y, m, d), st, ph, em])

    gn, fn, nm, y, m, d = ppl('mx')
    f2 = person(r, 'mx')[1]
    while f2 == fn:
        f2 = person(r, 'mx')[1]
    st, city = addr('mx')
    male = not is_female(gn)
    curp = mx_curp(r, fn, f2, gn, y, m, d, male, r.choice(['DF', 'JC', 'NL', 'PL']))
    rfc, clabe, nss, ph = mx_rfc(r, curp), mx_clabe(r), mx_nss(r), phone(r, 'mx')
    full = '%s %s %s' % (gn, fn, f2)
    g.pos('hr_onboarding_mx', 'ALTA DE EMPLEADO\nNombre completo: %s\nCURP: %s\nRFC: %s\nNSS (IMSS): %s\nDomicilio: %s, %s\nTeléfono: %s\n'
          'CLABE interbancaria para nómina: %s\n' % (full, curp, rfc, nss, st, city, ph, clabe), [full, curp, rfc, nss, st, ph, clabe])

    # ---------- Oceania / Africa
    gn, fn, nm, y, m, d = ppl('au')
    st, city = addr('au')
    tfn, ph, em = au_tfn(r), phone(r, 'au'), email(r, gn, fn, 'au')
    bsb, acct = '%03d-%03d' % (r.randint(62, 64) * 10 + r.randint(0, 9), r.randint(0, 999)), digits(r, 8)
    g.pos('tfn_declaration_au', 'Tax file number declaration / New employee details\nTFN: %s\nName: %s\nDate of birth: %s\nHome address: %s, %s\n'
          'Phone: %s   Email: %s\nSuper / pay: BSB %s  Account %s\n' % (tfn, nm, dt('sl', y, m, d), st, city, ph, em, bsb, acct),
          [tfn, nm, dt('sl', y, m, d), st, ph, em, acct])

    gn, fn, nm, y, m, d = ppl('au')
    st, city = addr('au')
    med, ph = au_medicare(r), phone(r, 'au')
    g.pos('medicare_claim_au', 'Medicare claim — patient details\nMedicare card number: %s\nPatient: %s   DOB %s\nAddress: %s, %s\n'
          'Contact: %s\nService: GP consult item 23, 04/03/2025, paid $85.00\n' % (med, nm, dt('sl', y, m, d), st, city, ph),
          [med, nm, dt('sl', y, m, d), st, ph])

    gn, fn, nm, y, m, d = ppl('nz')
    st, city = addr('nz')
    ird, ph, em = nz_ird(r), phone(r, 'nz'), email(r, gn, fn, 'nz')
    dl = rs(r, 2, UP) + digits(r, 6, False)
    bank = '%02d-%04d-%07d-%03d' % (r.choice([1, 2, 6, 12, 38]), r.randint(1, 999), r.randint(1000000, 9999999), r.randint(0, 99))
    g.pos('rental_application_nz', 'Tenancy application — 18B Brougham Street\nFull name: %s\nDate of birth: %s\nDriver licence no.: %s\n'
          'IRD number: %s\nCurrent address: %s, %s\nMobile: %s   Email: %s\nBond refund account: %s\n' % (nm, dt('sl', y, m, d), dl, ird, st, city, ph, em, bank),
          [nm, dt('sl', y, m, d), dl, ird, st, ph, em, bank])

    gn, fn, nm, y, m, d = ppl('za')
    st, city = addr('za')
    zid, ph, em, acct = za_id(r, y, m, d, not is_female(gn)), phone(r, 'za'), email(r, gn, fn, 'za'), digits(r, 11)
    g.pos('insurance_claim_za', 'MOTOR CLAIM FORM\nPolicyholder: %s\nSA ID number: %s\nAddress: %s, %s\nCell: %s   Email: %s\n'
          'Incident: rear-ended on the M1 north, 11/03/2025\nPay-out account: FNB cheque, branch 250655, account %s\n' % (nm, zid, st, city, ph, em, acct),
          [nm, zid, st, ph, em, acct])

    gn, fn, nm, y, m, d = ppl('ng')
    st, city = addr('ng')
    bank = r.choice([('058', 'GTBank'), ('044', 'Access Bank'), ('057', 'Zenith Bank')])
    bvn, nin, nuban, ph = '22' + digits(r, 9, False), digits(r, 11), ng_nuban(r, bank[0]), phone(r, 'ng')
    g.pos('bank_transfer_ng', 'FUNDS TRANSFER REQUEST\nAccount name: %s\nAccount number: %s (%s)\nBVN: %s\nNIN: %s\nAddress: %s, %s\nPhone: %s\n'
          'Amount: NGN 450,000.00   Narration: school fees 2nd term\n' % (nm.upper(), nuban, bank[1], bvn, nin, st, city, ph),
          [nm.upper(), nuban, bvn, nin, st, ph])

    gn, fn, nm, y, m, d = ppl('ke')
    st, city = addr('ke')
    kid, kra, ph = digits(r, 8), 'A' + digits(r, 9, False) + r.choice(UP), phone(r, 'ke')
    g.pos('police_abstract_ke', 'NATIONAL POLICE SERVICE — POLICE ABSTRACT\nOB No. 14/11/03/2025   Station: Kilimani\nName of reporter: %s\n'
          'ID No.: %s   KRA PIN: %s\nResidence: %s, %s\nTel: %s\nNature of report: loss of national ID card and wallet.\n' % (nm, kid, kra, st, city, ph),
          [nm, kid, kra, st, ph])

    # ---------------------------------------------------------------- negatives (blank templates / masked)
    g.neg('hr_onboarding_us', 'NEW HIRE INFORMATION SHEET — Harbourline Logistics Inc.\n\nLegal name: ______________________\n'
          'Social Security Number: ___-__-____\nDate of birth (MM/DD/YYYY): __________\nHome address: ______________________\n\n'
          'DIRECT DEPOSIT\nRouting number: _________   Account number: ______________\n')
    g.neg('payslip_uk', 'PAYSLIP   Pay date: 28/02/2025   Period: 11\nEmployee: [NAME]   Employee no: 00418\nNI number: [NINO]   Tax code: 1257L\n'
          'Gross pay £3,412.50  PAYE £473.20  NI £187.04\nNet pay £2,581.63 paid to account ending ••••\n')
    g.neg('hr_onboarding_de', 'Personalfragebogen (Neueinstellung)\n\nName, Vorname: <Nachname>, <Vorname>\nGeburtsdatum: TT.MM.JJJJ\n'
          'Steuerliche Identifikationsnummer: (11 Ziffern, siehe Bescheid des BZSt)\nIBAN: DE__ ____ ____ ____ ____ __\n')
    g.neg('medical_referral_fr', 'Cher confrère,\n\nJe vous adresse [Patient], né(e) le [JJ/MM/AAAA], N° de sécurité sociale [masqué],\n'
          'pour avis cardiologique concernant des palpitations récidivantes.\n\nBien confraternellement,\n[Médecin]\n')
    g.neg('hr_onboarding_jp', '入社手続き書類（従業員情報）\n氏名：＿＿＿＿＿＿\nフリガナ：＿＿＿＿＿＿\n生年月日：＿＿年＿＿月＿＿日\n'
          '個人番号（マイナンバー）：＊＊＊＊ ＊＊＊＊ ＊＊＊＊（本人確認後に記入）\n')
    g.neg('invoice_br', 'NOTA FISCAL DE SERVIÇO ELETRÔNICA — modelo\nPrestador: {{prestador.razao_social}}  CNPJ: {{prestador.cnpj}}\n'
          'Tomador: {{tomador.nome}}\nCPF: ***.***.***-**\nValor dos serviços: {{valor}}\n')
    g.neg('tfn_declaration_au', 'Tax file number declaration — instructions\nQuestion 1: write your TFN (9 digits). If you do not have one, '
          'leave it blank and tick the box for "I have made a separate application".\nQuestion 2: your name as it appears on your tax records.\n')
    g.neg('bank_transfer_es', 'ORDEN DE TRANSFERENCIA (plantilla)\nOrdenante: {NOMBRE}   DNI: {DNI}\nCuenta de cargo: ES** **** **** **** **** ****\n'
          'Beneficiario: {BENEFICIARIO}\nImporte: {IMPORTE} EUR   Concepto: {CONCEPTO}\n')
    return g.cases
