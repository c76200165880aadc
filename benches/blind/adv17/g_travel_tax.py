"""travel_tax: PII in travel and tax documents (MRZ, BCBP, PNR, folios, tax forms, national IDs)."""
import random

from common import (DIGITS, UALNUM, UPPER, Collector, aadhaar, card, crlf, curp, ein, fmt_card, fmt_iban, iban,
                    cpf_br, mrz_check, ni_number, fmt_ni, pan_in, steuer_id, rfc, rs, sin_ca, ssn, tfn, uk_driving_licence, vin)

SEED = 1705
GROUP = "travel_tax"


def td3(country, surname, given, docnum, nat, dob, sex, exp, personal=""):
    name = (surname.replace(" ", "<") + "<<" + given.replace(" ", "<"))
    l1 = ("P<" + country + name).ljust(44, "<")[:44]
    personal = personal.ljust(14, "<")
    pc = mrz_check(personal) if personal.strip("<") else "<"
    l2 = docnum + mrz_check(docnum) + nat + dob + mrz_check(dob) + sex + exp + mrz_check(exp) + personal + pc
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_check(comp)
    assert len(l1) == 44 and len(l2) == 44
    return l1, l2, name


def td1(country, docnum, dob, sex, exp, nat, surname, given):
    l1 = ("I<" + country + docnum + mrz_check(docnum)).ljust(30, "<")
    l2 = dob + mrz_check(dob) + sex + exp + mrz_check(exp) + nat
    l2 = l2.ljust(29, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check(comp)
    name = surname.replace(" ", "<") + "<<" + given.replace(" ", "<")
    l3 = name.ljust(30, "<")
    assert len(l1) == len(l2) == len(l3) == 30
    return l1, l2, l3, name


def bcbp(name, pnr, frm, to, carrier, flight, julian, cls, seat, seq):
    return ("M1" + name.ljust(20) + "E" + pnr.ljust(7) + frm + to + carrier.ljust(3) + flight.ljust(5) + julian
            + cls + seat + seq.ljust(5) + "1" + "00")


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23]))


def _cf_even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def codice_fiscale(surname, name, yy, month, day, female, comune):
    def cons(s):
        return [ch for ch in s.upper() if ch.isalpha() and ch not in "AEIOU"]

    def vows(s):
        return [ch for ch in s.upper() if ch in "AEIOU"]

    sc = (cons(surname) + vows(surname) + ["X"] * 3)[:3]
    nc = cons(name)
    nc = [nc[0], nc[2], nc[3]] if len(nc) >= 4 else (nc + vows(name) + ["X"] * 3)[:3]
    code = "".join(sc + nc) + yy + "ABCDEHLMPRST"[month - 1] + "%02d" % (day + (40 if female else 0)) + comune
    tot = sum(_CF_ODD[ch] if i % 2 == 0 else _cf_even(ch) for i, ch in enumerate(code))
    return code + chr(65 + tot % 26)


def dni_es(rng):
    n = rng.randrange(10 ** 7, 10 ** 8)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    def docno(prefix_letters=1):
        return rs(rng, "CFGHJKLMNPRTVWXYZ", prefix_letters) + rs(rng, "CFGHJKLMNPRTVWXYZ0123456789", 9 - prefix_letters)

    # ------------------------------------------------------------ MRZ
    dn = docno()
    l1, l2, nm = td3("D<<", "VOGELSANG", "KATHARINA", dn, "D<<", "870412", "F", "330218")
    c.pos("mrz", f"""OCR result (passport_scan_0412.jpg), confidence 0.97:

{l1}
{l2}

Parsed: document={dn} nationality=D dob=1987-04-12 expiry=2033-02-18
Error: name field exceeds 39 chars? parser says "invalid filler". Is my regex wrong?
""", [l1, l2, dn, nm])

    dn = "T" + rs(rng, "K", 1) + rs(rng, DIGITS, 7)
    l1, l2, nm = td3("JPN", "KOBAYASHI", "HARUTO", dn, "JPN", "910923", "M", "310605")
    c.pos("mrz", crlf(f"""2025-03-09 23:41:17 [PMS/checkin] kiosk=LOBBY-2 room=1712 scan_ok=true
2025-03-09 23:41:17 [PMS/checkin] mrz_line1="{l1}"
2025-03-09 23:41:17 [PMS/checkin] mrz_line2="{l2}"
2025-03-09 23:41:18 [PMS/checkin] guest_profile_update failed: duplicate passport {dn}
"""), [l1, l2, dn, nm])

    dn = rs(rng, "BCDFGHJKLMNPRSTUVWXYZ", 2) + rs(rng, "BCDFGHJKLMNPRSTUVWXYZ0123456789", 6) + rs(rng, DIGITS, 1)
    t1, t2, t3, nm = td1("NLD", dn, "950302", "F", "290814", "NLD", "DE<GROOT", "SANNE")
    c.pos("mrz", f"""back side of the ID card, read by the onboarding SDK:
{t1}
{t2}
{t3}
the composite check digit fails in our validator but the card is genuine, can you double check the algorithm?
""", [t1, t2, t3, dn])

    dn = rs(rng, UPPER, 1) + rs(rng, DIGITS, 7)
    l1, l2, nm = td3("IND", "VENKATESAN", "ARJUN", dn.ljust(9, "<"), "IND", "890117", "M", "340509")
    c.pos("mrz", f"""visa_application.json -> "passport": {{
  "mrz": ["{l1}", "{l2}"],
  "number": "{dn}",
  "place_of_issue": "CHENNAI"
}}
""", [l1, l2, dn, nm])

    # ------------------------------------------------------------ BCBP
    pnr = rs(rng, "BCDFGHJKLMNPQRSTVWXYZ", 1) + rs(rng, UALNUM, 5)
    name = "RAGHUNATHAN/PRIYA MS"
    bp = bcbp(name, pnr, "BLR", "FRA", "LH", "0755", "072", "Y", "034K", "0143")
    c.pos("bcbp", f"""decoded the PDF417 on my boarding pass with zxing to check the seat:

{bp}

is 034K really an aisle seat on the 747-8?
""", [bp, name, pnr])

    pnr = rs(rng, "BCDFGHJKLMNPQRSTVWXYZ", 1) + rs(rng, UALNUM, 5)
    name = "ADEBAYOCOLE/OLUWASEUN"[:20]
    bp = bcbp(name, pnr, "LOS", "LHR", "BA", "0076", "069", "J", "011A", "0007")
    c.pos("bcbp", f"""W/BoardingPassScanner( 8812): decode ok format=AZTEC len={len(bp)}
W/BoardingPassScanner( 8812): raw={bp}
E/GateApp( 8812): lookup failed: PNR {pnr} not in DCS manifest for BA0076/10MAR
""", [bp, name])

    # ------------------------------------------------------------ PNR
    pn = docno()
    ffn = "992" + rs(rng, DIGITS, 12)
    pnr = rs(rng, UPPER, 6)
    c.pos("pnr", f"""RP/FRALH08AA/FRALH08AA            AA/SU  10MAR25/0912Z   {pnr}
  1.BRENNINGER/LUKAS MR   2.BRENNINGER/KATHARINA MRS
  3  LH 400 Y 12APR 6 FRAJFK HK2  1025 1305  *1A/E*
  4  LH 401 Y 26APR 6 JFKFRA HK2  1625 0555+1  *1A/E*
  5 AP FRA +49 89 4120 7718 - H
  6 APE LUKAS.BRENNINGER@WEB.DE
  7 TK OK10MAR/FRALH08AA
  8 SSR DOCS LH HK1 P/DEU/{pn}/DEU/14AUG85/M/03MAR31/BRENNINGER/LUKAS/P1
  9 SSR FQTV LH HK/ LH{ffn}/P1
""", ["BRENNINGER/LUKAS", "BRENNINGER/KATHARINA", "+49 89 4120 7718", "LUKAS.BRENNINGER@WEB.DE", pn, ffn, pnr])

    fb = rs(rng, DIGITS, 10)
    tkt = "057" + rs(rng, DIGITS, 10)
    c.pos("frequent_flyer", f"""Bonjour, il me manque les Miles de mon vol AF1234 CDG-LIS du 2 mars.
Nom : Thibault Marchetti
Numéro Flying Blue : {fb}
Billet : {tkt[:3]}-{tkt[3:]}
Le vol apparaît dans "Mes réservations" mais pas dans l'historique des Miles. Merci !
""", ["Thibault Marchetti", fb, tkt[3:]])

    mp = rs(rng, UPPER, 2) + rs(rng, DIGITS, 6)
    c.pos("frequent_flyer", f"""agent: Can I get your MileagePlus number please?
customer: sure it's {mp}, name on the account is Dakota Reinholt
agent: Thanks Dakota, I see the UA 2211 credit from Feb 27 is pending.
""", [mp, "Dakota Reinholt"])

    # ------------------------------------------------------------ hotel folio
    cc = card(rng, "visa")
    c.pos("hotel_folio", crlf(f"""HOTEL KRONE ZÜRICH                                   GUEST FOLIO
Guest:    Tobias Lindqvist                         Room: 412
Address:  Sveavägen 61, 113 59 Stockholm, SE      Arrival: 05.03.25
Email:    tobias.lindqvist@telia.com               Departure: 08.03.25
Phone:    +46 70 612 44 19
Date      Description                       Charges CHF   Credits CHF
05.03.25  Accommodation                          289.00
06.03.25  Minibar                                 14.50
08.03.25  VISA {fmt_card(cc)}                                  592.50
Balance                                                        0.00
"""), ["Tobias Lindqvist", "Sveavägen 61", "tobias.lindqvist@telia.com", "+46 70 612 44 19", fmt_card(cc)])

    # ------------------------------------------------------------ US tax
    s, e = ssn(rng), ein(rng)
    c.pos("w2", f"""$ pdftotext -layout W2_2024.pdf - | head -24
a  Employee's social security number     OMB No. 1545-0008
   {s}
b  Employer identification number (EIN)          1  Wages, tips, other compensation   2  Federal income tax withheld
   {e}                                          86,412.07                           11,903.55
c  Employer's name, address, and ZIP code        3  Social security wages             4  Social security tax withheld
   Kestrel Health Partners LLC                      86,412.07                            5,357.55
   900 W Monroe St, Chicago, IL 60607
e  Employee's first name and initial   Last name
   Marcus O                             Oyelaran
f  Employee's address and ZIP code
   5521 S Kenwood Ave Apt 3, Chicago, IL 60637
""", [s, e, "Oyelaran", "5521 S Kenwood Ave Apt 3"])

    s, e = ssn(rng), ein(rng)
    acct = rs(rng, DIGITS, 8)
    c.pos("1099", f"""Form 1099-NEC (Rev. January 2024)  -  Nonemployee Compensation
PAYER'S TIN: {e}        RECIPIENT'S TIN: {s}
RECIPIENT'S name: Renata Kowalczyk
Street address: 1740 N Damen Ave #2R
City, state, ZIP: Chicago, IL 60647
Account number (see instructions): {acct}
1 Nonemployee compensation  $ 24,800.00
4 Federal income tax withheld  $ 0.00
""", [s, e, "Renata Kowalczyk", "1740 N Damen Ave #2R", acct])

    s = ssn(rng)
    c.pos("w2", f"""hey can you help me fill in line 1a? my W-2 box 1 says 58,120.44 and box 2 is 6,211.00.
SSN on it is {s.replace('-', '')} (no dashes on the form), filing single, one W-2 only.
""", [s.replace("-", "")])

    # ------------------------------------------------------------ UK
    ni = ni_number(rng)
    c.pos("uk_payslip", f"""Payslip  Month 11  Feb 2025          Employee No. 00871
Name: Maeve Callaghan                 NI Number: {ni}
Tax Code: 1257L   NI Cat: A           Pay Date: 28/02/2025
Basic Salary        3,250.00          PAYE Tax            441.20
Pension (5%)         -162.50          Employee NIC        139.76
Net Pay            2,506.54
""", ["Maeve Callaghan", ni])

    ni = ni_number(rng)
    dl = uk_driving_licence(rng, "Strachan", "CJ", (1990, 11, 4), False)
    c.pos("uk_payslip", f"""Right to work + DVLA check for new starter:
  Full name:        Callum James Strachan
  NINO:             {fmt_ni(ni)}
  Driving licence:  {dl}
  Check code:       {rs(rng, UALNUM, 8)}
""", ["Callum James Strachan", fmt_ni(ni), dl])

    # ------------------------------------------------------------ Canada / Australia
    sn = sin_ca(rng)
    sn_f = "%s %s %s" % (sn[:3], sn[3:6], sn[6:])
    c.pos("t4", f"""T4 Statement of Remuneration Paid 2024
Employer's name: Maple & Rye Bakery Inc.
12 Social insurance number    {sn_f}
14 Employment income          52 310.00
22 Income tax deducted         8 044.17
Employee's name and address:  BEAUDOIN, Émile
                              318 rue Saint-Viateur O, Montréal QC H2V 1Y1
""", [sn_f, "BEAUDOIN, Émile", "318 rue Saint-Viateur O"])

    sn = sin_ca(rng)
    c.pos("t4", f"""Bonjour, mon employeur a mis le mauvais NAS sur mon T4. Le bon est {sn} et l'autre
finit par 418. Est-ce que je peux quand même produire ma déclaration avec NetFile?
""", [sn])

    t = tfn(rng)
    t_f = "%s %s %s" % (t[:3], t[3:6], t[6:])
    c.pos("tfn", f"""Tax file number declaration (NAT 3092)
1  What is your tax file number (TFN)?   {t_f}
2  What is your name?  Title: Ms   Surname: Mokoena   First given name: Thandiwe
4  What is your home address in Australia?  14/88 Glebe Point Rd, Glebe NSW 2037
7  Are you an Australian resident for tax purposes?  Yes
""", [t_f, "Mokoena", "Thandiwe", "14/88 Glebe Point Rd"])

    t = tfn(rng)
    c.pos("tfn", f"""[payroll-import] row 17: invalid super fund USI for employee_id=E1184 tfn={t} name="Joaquim Lacerda"
[payroll-import] row 17 skipped
""", [t, "Joaquim Lacerda"])

    # ------------------------------------------------------------ India
    pan = pan_in(rng, "Raghunathan")
    ad = aadhaar(rng)
    ad_f = "%s %s %s" % (ad[:4], ad[4:8], ad[8:])
    c.pos("pan_aadhaar", f"""FORM NO. 16 - PART A
Name and address of the Employee: PRIYA RAGHUNATHAN, Flat 3B, Lakshmi Residency, 14th Cross, Indiranagar, Bengaluru 560038
PAN of the Employee: {pan}
Aadhaar (for e-KYC): {ad_f}
Assessment Year: 2025-26
""", ["PRIYA RAGHUNATHAN", pan, ad_f, "Flat 3B, Lakshmi Residency"])

    pan = pan_in(rng, "Venkatesan")
    ad = aadhaar(rng)
    c.pos("pan_aadhaar", f"""{{"kyc":{{"name":"Arjun Venkatesan","pan":"{pan}","aadhaar":"{ad}","dob":"1989-01-17","status":"PENDING_VIDEO_KYC"}},"err":"PAN-Aadhaar link status unknown"}}
""", ["Arjun Venkatesan", pan, ad])

    # ------------------------------------------------------------ Mexico
    cp = curp(rng, "GUTIERREZ", "OLVERA", "XIMENA", "930714", "M", "DF")
    rf = rfc(rng, "GUTIERREZ", "OLVERA", "XIMENA", "930714")
    c.pos("curp_rfc", f"""<cfdi:Comprobante Version="4.0" Serie="A" Folio="{rng.randrange(1000, 9999)}" Fecha="2025-03-01T10:22:31" Moneda="MXN" Total="11600.00">
  <cfdi:Emisor Rfc="{rs(rng, UPPER, 3)}{rs(rng, DIGITS, 6)}{rs(rng, UALNUM, 3)}" Nombre="SERVICIOS CONTABLES DEL BAJIO" RegimenFiscal="601"/>
  <cfdi:Receptor Rfc="{rf}" Nombre="XIMENA GUTIERREZ OLVERA" DomicilioFiscalReceptor="03100" RegimenFiscalReceptor="612" UsoCFDI="G03"/>
</cfdi:Comprobante>
CURP del receptor (expediente): {cp}
""", [rf, "XIMENA GUTIERREZ OLVERA", cp])

    cp = curp(rng, "SALCEDO", "IBARRA", "RODRIGO", "810226", "H", "JC")
    c.pos("curp_rfc", f"""hola, el SAT me rechaza la constancia porque dice que el CURP no coincide: {cp}
a nombre de Rodrigo Salcedo Ibarra, ¿es problema del dígito verificador?
""", [cp, "Rodrigo Salcedo Ibarra"])

    # ------------------------------------------------------------ IBAN invoices
    ib = iban(rng, "NL")
    c.pos("iban_invoice", f"""FACTUUR 2025-014
Sanne de Groot - UX Research
Prinsengracht 418-2, 1016 JC Amsterdam
KvK 8{rs(rng, DIGITS, 7)}  |  btw-id NL{rs(rng, DIGITS, 9)}B01

Omschrijving                          Uren    Tarief     Bedrag
Usability-onderzoek checkout           18      95,00   1.710,00
Totaal incl. 21% btw                                   2.069,10

Gelieve binnen 14 dagen over te maken op {fmt_iban(ib)} t.n.v. S. de Groot.
""", [fmt_iban(ib), "Prinsengracht 418-2", "Sanne de Groot"])

    ib = iban(rng, "ES")
    dni = dni_es(rng)
    c.pos("iban_invoice", crlf(f"""FACTURA Nº 25/031
Emisor: Margarida Antunes Ferreira - NIF {dni}
C/ de Verdi 57, 3º 1ª, 08012 Barcelona
Concepto: traducción jurada PT>ES (12 págs.)      Base: 480,00 €   IVA 21%: 100,80 €
Forma de pago: transferencia a {ib}
"""), [dni, ib, "Margarida Antunes Ferreira", "C/ de Verdi 57"])

    cf = codice_fiscale("Ferraresi", "Giulia", "88", 5, 19, True, "F205")
    ib = iban(rng, "IT")
    c.pos("iban_invoice", f"""Fattura n. 7/2025 del 03/03/2025
Cedente: Giulia Ferraresi, Via Padova 121, 20127 Milano
C.F. {cf} - P.IVA {rs(rng, DIGITS, 11)}
Regime forfettario - operazione senza applicazione dell'IVA
Pagamento: bonifico su IBAN {fmt_iban(ib)}
""", ["Giulia Ferraresi", "Via Padova 121", cf, fmt_iban(ib)])

    # ------------------------------------------------------------ vehicles / licences
    v = vin(rng, "1FT")
    dl = "D" + rs(rng, DIGITS, 7)
    c.pos("vin_licence", f"""RENTAL AGREEMENT RA# {rs(rng, DIGITS, 9)}
Renter: Dakota Reinholt   DOB 03/11/1991
Driver License: CA {dl}  exp 03/11/2027
Vehicle: 2023 Ford F-150 XLT  VIN {v}  Plate 8XKT{rs(rng, DIGITS, 3)}
Out: 03/08/25 09:12 LAX   Fuel 8/8   Miles out 18,224
""", ["Dakota Reinholt", dl, v])

    v = vin(rng, "WVW")
    c.pos("vin_licence", f"""Schadenmeldung Kfz-Haftpflicht, Vers.-Nr. KH-{rs(rng, DIGITS, 8)}
Versicherungsnehmer: Lukas Brenninger, Landsberger Str. 302, 80687 München
Fahrzeug-Ident.-Nr. (FIN): {v}
Führerschein-Nr.: B072{rs(rng, UALNUM, 6)}{rs(rng, DIGITS, 1)}
""", ["Lukas Brenninger", "Landsberger Str. 302", v])

    fl = "S%03d-%03d-%02d-%03d-%d" % (rng.randrange(1000), rng.randrange(1000), rng.randrange(100),
                                      rng.randrange(1000), rng.randrange(10))
    c.pos("vin_licence", f"""customer uploaded license for age verification, OCR text:
FLORIDA  DRIVER LICENSE   CLASS E
DL {fl}
SALCEDO, RENATA M
2210 NW 7TH ST MIAMI FL 33125
DOB 09/30/1978   EXP 09/30/2031   SEX F   HGT 5-06
""", [fl, "SALCEDO, RENATA M", "2210 NW 7TH ST"])

    sid = steuer_id(rng)
    sid_f = "%s %s %s %s" % (sid[:2], sid[2:5], sid[5:8], sid[8:])
    c.pos("steuer_id", f"""Lohnsteuerbescheinigung für 2024
Identifikationsnummer: {sid_f}
Name: Katharina Vogelsang   geb. 12.04.1987
Anschrift: Schwanthalerstraße 112, 80339 München
3. Bruttoarbeitslohn                               52.180,00
4. Einbehaltene Lohnsteuer                          8.912,33
""", [sid_f, "Katharina Vogelsang", "Schwanthalerstraße 112"])

    cpf = cpf_br(rng)
    c.pos("cpf", f"""Reserva #{rs(rng, DIGITS, 8)} - Pousada Mar Azul, Paraty
Hóspede: Joaquim Lacerda
CPF: {cpf}
Celular: (21) 98412-7730
Check-in 14/03/2025  Check-out 17/03/2025  2 adultos
""", ["Joaquim Lacerda", cpf, "(21) 98412-7730"])

    pp = rs(rng, "56", 1) + rs(rng, DIGITS, 8)
    c.pos("apis", f"""Secure Flight / APIS details I entered for the DL 41 flight, can you check the format before I submit?
Surname: REINHOLT  Given: DAKOTA  DOB: 11MAR91  Gender: F
Passport: {pp}  Country of issue: USA  Expiry: 02FEB33
Redress number: {rs(rng, DIGITS, 7)}   KTN: TT{rs(rng, DIGITS, 7)}
""", [pp, "REINHOLT"])

    # ------------------------------------------------------------ negatives
    c.neg("w2", """Instructions for Employee (W-2)
Box 1. Enter this amount on the wages line of your tax return.
Box 12. See the chart below for codes. Code DD: cost of employer-sponsored health coverage (not taxable).
If your name, SSN, or address is incorrect, correct your SSN and/or name on the form and notify your employer.
Form W-2 (2024)   Cat. No. 10134D   Department of the Treasury - Internal Revenue Service
""")

    c.neg("pnr", """FRA-JFK summer schedule (valid 30MAR25-25OCT25)
LH 400  FRA 10:25  JFK 13:05  744  daily
LH 402  FRA 13:05  JFK 15:35  359  x6
SQ 026  FRA 09:00  JFK 11:45  388  daily
Booking classes: J C D Z P | Y B M U H Q V W S T L K
Fare basis examples: YLOWDE, KLXSDE6, ZFLEX
""")

    c.neg("vin_licence", """VIN position 1-3 (WMI) quick reference:
  WVW  Volkswagen passenger car (DE)
  WBA  BMW passenger car (DE)
  1FT  Ford truck (US)
  JHM  Honda (JP)
Position 9 is the check digit: weights 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2, remainder 10 -> 'X'.
Position 10 is the model year code (R = 2024, S = 2025).
""")

    c.neg("iban_invoice", """IBAN lengths we accept in the payout form:
  DE 22  (DEkk bbbb bbbb cccc cccc cc)
  FR 27  (FRkk bbbb bggg ggcc cccc cccc cxx)
  NL 18  (NLkk bbbb cccc cccc cc)
  GB 22  (GBkk bbbb ssss sscc cccc cc)
Validation: move first 4 chars to the end, letters to numbers (A=10), mod 97 must equal 1.
""")

    c.neg("bcbp", """BCBP mandatory items (Resolution 792, version 6)
  Format code         1  'M'
  Number of legs      1  '1'..'4'
  Passenger name     20  SURNAME/GIVEN, left aligned, space padded
  Operating PNR       7
  From/To airport   3+3  IATA codes
  Flight number       5  e.g. '0400 '
  Date of flight      3  Julian day, e.g. '072'
  Seat                4  e.g. '034K'
""")
    return c.cases
