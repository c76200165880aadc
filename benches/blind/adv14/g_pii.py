"""Theme 5: health, HR and CRM records with PII.

Only emails, phone numbers, card numbers, IBANs, SSNs, NINOs and IP
addresses are listed as must-disappear; names, addresses and dates of birth
appear but are not listed.
"""
import json

from common import G, P, N


def cases():
    g = G("pii")
    out = []
    F = "pii/"

    ph = g.phone("US").replace(") ", ")")
    f, l = g.person()
    em, ssn = g.email(f, l), g.ssn()
    out.append(P(F + "hl7-pid", f"""MSH|^~\\&|EPIC|MERCYGEN|LABSYS|MERCYLAB|20240611083012||ADT^A04|MSG00{g.digits(6)}|P|2.5.1
EVN|A04|20240611083012
PID|1||{g.digits(8)}^^^MERCYGEN^MR||{l.upper()}^{f.upper()}^J||19810417|F|||4821 Alder Creek Rd^^Boise^ID^83709^USA||{ph}^PRN^PH~^NET^Internet^{em}||EN|M||{g.digits(9)}|{ssn}
PV1|1|O|OPCLIN^^^MERCYGEN||||{g.digits(6)}^WELBY^MARCUS^^^DR
""", [ph, em, ssn]))

    ph1, ph2 = g.phone("UK"), g.phone("UK")
    f, l = g.person()
    em = g.email(f, l)
    out.append(P(F + "hl7-pid", f"""MSH|^~\\&|PAS|RXH|EDMS|RXH|20240610171544||ADT^A08|{g.digits(10)}|P|2.4
PID|1||{g.digits(10)}^^^NHS^NH~RXH{g.digits(6)}^^^RXH^MR||{l}^{f}^^^Ms||19770923|F|||Flat 2, 19 Marlowe Street^^Leeds^^LS6 2QA^GBR||{ph1}^PRN^CP^{em}|||||||||||||||||N
NK1|1|{l}^Daniel|SPO^Spouse|||{ph2}^PRN^PH
""", [ph1, ph2, em]))

    ssn, ph = g.ssn(), g.phone("US").replace(") ", ")")
    out.append(P(F + "hl7-pid", f"""MSH|^~\\&|CERNER|STLUKE|BILLING|STLUKE|20240609023301||DFT^P03|{g.digits(9)}|P|2.3
PID|||{g.digits(7)}||HALVORSEN^ERIK^T||19590102|M|||77 Birch Ln^^Duluth^MN^55803||{ph}|||S||{g.digits(10)}|{ssn}
FT1|1|||20240608||CG|99213^Office visit est pt^CPT|||1
""", [ssn, ph]))

    f, l = g.person()
    ph, em, ssn = g.phone("US"), g.email(f, l), g.ssn()
    pat = {"resourceType": "Patient", "id": g.uuid(),
           "identifier": [{"system": "https://fhir.mercygen.org/sid/mrn", "value": "MRN" + g.digits(7)},
                          {"system": "http://hl7.org/fhir/sid/us-ssn", "value": ssn}],
           "name": [{"use": "official", "family": l, "given": [f]}],
           "telecom": [{"system": "phone", "value": ph, "use": "mobile"},
                       {"system": "email", "value": em, "use": "home"}],
           "gender": "female", "birthDate": "1990-03-14",
           "address": [{"line": ["118 Willow Bend"], "city": "Austin", "state": "TX", "postalCode": "78704"}]}
    out.append(P(F + "fhir-patient", json.dumps(pat, indent=2) + "\n", [ssn, ph, em]))

    entries = []
    lst = []
    for cc in ("UK", "IE"):
        f, l = g.person()
        ph, em = g.phone(cc), g.email(f, l)
        lst += [ph, em]
        entries.append({"fullUrl": "urn:uuid:" + g.uuid(), "resource": {
            "resourceType": "Patient", "name": [{"family": l, "given": [f]}],
            "telecom": [{"system": "phone", "value": ph}, {"system": "email", "value": em}],
            "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": g.digits(10)}]}})
    out.append(P(F + "fhir-patient", json.dumps({"resourceType": "Bundle", "type": "collection",
                                                 "entry": entries}, indent=1) + "\n", lst))

    f, l = g.person()
    ph, em = g.phone("DE"), g.email(f, l, "web.de")
    out.append(P(F + "fhir-patient", json.dumps({
        "resourceType": "Patient", "meta": {"profile": ["https://fhir.kbv.de/StructureDefinition/KBV_PR_Base_Patient"]},
        "name": [{"family": l, "given": [f]}], "birthDate": "1968-07-30",
        "telecom": [{"system": "phone", "value": ph}, {"system": "email", "value": em}],
        "contact": [{"relationship": [{"text": "Tochter"}], "telecom": [{"system": "phone", "value": g.phone("DE")}]}],
    }, ensure_ascii=False, indent=2) + "\n", [ph, em]))
    out[-1]["secrets"].append(json.loads(out[-1]["text"])["contact"][0]["telecom"][0]["value"])

    rows, lst = [], []
    for _ in range(3):
        f, l = g.person()
        em, ph, mob = g.email(f, l), g.phone("US"), g.phone("US")
        lst += [em, ph, mob]
        rows.append('"003%s","%s","%s","%s","%s","%s","Chicago"' % (g.s(15), f, l, em, ph, mob))
    out.append(P(F + "salesforce-csv", '"Id","FirstName","LastName","Email","Phone","MobilePhone","MailingCity"\n'
                 + "\n".join(rows) + "\n", lst))

    rows, lst = [], []
    for cc in ("FR", "ES", "IT", "NL"):
        f, l = g.person()
        em, ph = g.email(f, l), g.phone(cc)
        lst += [em, ph]
        rows.append("00Q%s,%s,%s,%s,%s,Web,Open - Not Contacted" % (g.s(15), f, l, em, ph))
    out.append(P(F + "salesforce-csv", "Id,FirstName,LastName,Email,Phone,LeadSource,Status\n" + "\n".join(rows) + "\n", lst))

    rows, lst = [], []
    for cc in ("US", "AU", "UK"):
        f, l = g.person()
        em, ph, ip = g.email(f, l), g.phone(cc), g.ipv4()
        lst += [em, ph, ip]
        rows.append('%s,%s,%s,%s,"%s",%s,2024-05-%02d 14:%02d' % (g.digits(11), f, l, em, ph, ip, g.num(1, 28), g.num(0, 59)))
    out.append(P(F + "hubspot-csv", "Record ID,First Name,Last Name,Email,Phone Number,IP Address,Create Date\n"
                 + "\n".join(rows) + "\n", lst))

    rows, lst = [], []
    for amt in ("4800.00", "12500.00"):
        f, l = g.person()
        em = g.email(f, l)
        lst.append(em)
        rows.append("%s,Annual plan - %s,%s,closedwon,%s,%s" % (g.digits(11), l, amt, em, g.digits(4)))
    out.append(P(F + "hubspot-csv", "Deal ID,Deal Name,Amount,Deal Stage,Associated Contact Email,Card Last 4\n"
                 + "\n".join(rows) + "\n", lst))

    f, l = g.person()
    ib, ph, em = g.iban("DE"), g.phone("DE"), g.email(f, l, "gmx.de")
    out.append(P(F + "hr-onboarding", f"""Personalfragebogen / Employee onboarding form
Name: {f} {l}
Geburtsdatum / Date of birth: 14.02.1993
Private E-Mail: {em}
Mobil: {ph}
Bankverbindung (IBAN): {ib}
BIC: COBADEFFXXX
Steuer-ID: provided separately
Start date: 01.07.2024
""", [ib, ph, em]))

    f, l = g.person()
    ni, ph, em, ib = g.nino(), g.phone("UK"), g.email(f, l), g.iban("GB")
    out.append(P(F + "hr-onboarding", f"""NEW STARTER CHECKLIST (HMRC starter declaration attached)
Employee: {f} {l}          Department: Finance Ops
Date of birth: 22/09/1988
National Insurance number: {ni}
Personal email: {em}
Mobile: {ph}
Salary account IBAN: {ib}
Student loan: Plan 2
""", [ni, ph, em, ib]))

    f, l = g.person()
    ssn, ph, em = g.ssn(), g.phone("US"), g.email(f, l)
    out.append(P(F + "hr-onboarding", f"""Workday import row (hire_batch_2024_06.yaml)
- worker_id: W{g.digits(7)}
  legal_name: "{f} {l}"
  date_of_birth: 1995-11-03
  ssn: "{ssn}"
  personal_email: {em}
  home_phone: "{ph}"
  job_profile: Data Analyst II
""", [ssn, ph, em]))

    f, l = g.person()
    ib, ph, em = g.iban("NL"), g.phone("NL"), g.email(f, l)
    out.append(P(F + "hr-onboarding", f"""Indiensttreding – gegevens medewerker
Naam: {f} {l}
Geboortedatum: 05-06-1991
E-mailadres: {em}
Telefoon: {ph}
IBAN voor salaris: {ib}
""", [ib, ph, em]))

    ph, card, em = g.phone("ES"), g.card("mc"), g.email(*g.person())
    out.append(P(F + "crm-note", f"""Call note 11/06 14:20 (agent: rmoreau)
Customer rang from {ph}, card on file was declined. Read me the new card {card} exp 03/28,
asked that receipts go to {em} from now on. Updated billing profile, retry succeeded.
""", [ph, card, em]))

    card, ph = g.card("amex"), g.phone("AU")
    out.append(P(F + "crm-note", f"""Ticket #{g.digits(6)} - "Charged twice for May"
Requester wrote: hi, you charged my amex {card} twice on the 3rd, please refund one.
you can call me on {ph} after 5pm AEST
Internal note: refund issued, do NOT paste full card numbers in tickets.
""", [card, ph]))

    c1, c2, c3 = g.card("visa", ""), g.card("mc", ""), g.card("visa", "-")
    out.append(P(F + "payment-export", f"""refund_id,created,amount,currency,pan,reason
re_{g.s(24)},2024-06-03T10:14:22Z,49.00,GBP,{c1},duplicate
re_{g.s(24)},2024-06-04T16:40:09Z,120.00,GBP,{c2},requested_by_customer
re_{g.s(24)},2024-06-05T08:02:51Z,15.50,GBP,{c3},fraudulent
""", [c1, c2, c3]))

    i1, i2 = g.iban("DE", False), g.iban("AT", False)
    out.append(P(F + "sepa-xml", f"""<DrctDbtTxInf>
  <PmtId><EndToEndId>E2E-{g.digits(10)}</EndToEndId></PmtId>
  <InstdAmt Ccy="EUR">29.90</InstdAmt>
  <DrctDbtTx><MndtRltdInf><MndtId>MD-{g.digits(8)}</MndtId><DtOfSgntr>2023-11-02</DtOfSgntr></MndtRltdInf></DrctDbtTx>
  <DbtrAgt><FinInstnId><BIC>BYLADEM1001</BIC></FinInstnId></DbtrAgt>
  <Dbtr><Nm>Weber Sabine</Nm></Dbtr>
  <DbtrAcct><Id><IBAN>{i1}</IBAN></Id></DbtrAcct>
</DrctDbtTxInf>
<DrctDbtTxInf>
  <InstdAmt Ccy="EUR">29.90</InstdAmt>
  <Dbtr><Nm>Gruber Lukas</Nm></Dbtr>
  <DbtrAcct><Id><IBAN>{i2}</IBAN></Id></DbtrAcct>
</DrctDbtTxInf>
""", [i1, i2]))

    i1, i2 = g.iban("CH"), g.iban("IE")
    out.append(P(F + "supplier-csv", f"""supplier_no;name;country;iban;payment_terms
SUP-0193;Alpenblick Logistik AG;CH;{i1};30 days net
SUP-0207;Liffey Print Works Ltd;IE;{i2};14 days net
""", [i1, i2]))

    ip1, ip2, em = g.ipv4(), g.ipv4(), g.email(*g.person())
    out.append(P(F + "access-log", f"""{ip1} - - [11/Jun/2024:09:12:44 +0000] "GET /api/v2/invoices?page=2 HTTP/2.0" 200 18211 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"
{ip2} - - [11/Jun/2024:09:12:47 +0000] "GET /unsubscribe?email={em}&list=weekly HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
{ip2} - - [11/Jun/2024:09:12:48 +0000] "POST /newsletter/confirm HTTP/1.1" 200 512 "-" "Mozilla/5.0 (iPhone)"
""", [ip1, ip2, em]))

    ip1, ip6 = g.ipv4(), g.ipv6()
    out.append(P(F + "access-log", f"""Jun 11 03:14:07 bastion-1 sshd[21877]: Failed password for invalid user admin from {ip1} port 50212 ssh2
Jun 11 03:14:09 bastion-1 sshd[21877]: Connection closed by invalid user admin {ip1} port 50212 [preauth]
Jun 11 07:52:30 bastion-1 sshd[22410]: Accepted publickey for ops from {ip6} port 61022 ssh2: ED25519 SHA256:{g.b64bytes(32).rstrip('=')}
""", [ip1, ip6]))

    lines, lst = [], []
    for cc in ("JP", "IN", "BR", "MX", "ZA"):
        f, l = g.person()
        ph, em = g.phone(cc), g.email(f, l)
        lst += [ph, em]
        lines.append("| %s %s | %s | %s | %s |" % (f, l, cc, ph, em))
    out.append(P(F + "intl-phones", "Speakers - APAC/LATAM/EMEA summit\n\n| Name | Country | Phone | Email |\n|---|---|---|---|\n"
                 + "\n".join(lines) + "\n", lst))

    lines, lst = [], []
    for day, cc in (("Mon", "PL"), ("Tue", "SE"), ("Wed", "IE")):
        ph = g.phone(cc)
        lst.append(ph)
        lines.append("%s  %-10s %s" % (day, g.pick(g.FIRST), ph))
    out.append(P(F + "intl-phones", "On-call rota (week 24) - call the mobile, not Slack, for P1s\n" + "\n".join(lines) + "\n", lst))

    ssn, ph = g.ssn(), g.phone("US")
    out.append(P(F + "ssn-form", f"""CLAIM FORM - Section A (Member)
Member name ........ Rosa Delgado
Member SSN ......... {ssn}
Date of birth ...... 07/19/1979
Daytime phone ...... {ph}
Group number ....... GRP-{g.digits(6)}
""", [ssn, ph]))

    ni, ph = g.nino(spaced=False), g.phone("UK")
    out.append(P(F + "nino-letter", f"""Our ref: PAYE/{g.digits(3)}/{g.s(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}
Dear Mr Whitfield,
We have updated your tax code for 2024-25. Please quote your National Insurance
number {ni} in all correspondence. If anything looks wrong, call us on
{ph} (Monday to Friday, 8am to 6pm).
""", [ni, ph]))

    card = g.card("visa", "-")
    out.append(P(F + "card-inline", f"""[11:02] tom: can someone put the conference tickets on the company card
[11:03] finance-bot: use {card} exp 08/27, billing postcode EC2A 4NE
[11:03] tom: thx
""", [card]))

    card = g.card("disc", "")
    out.append(P(F + "card-inline", f"""# fixtures/customers.yml  (copied from prod by mistake)
cust_0192:
  name: "Harlan Brooks"
  card_number: "{card}"
  card_exp: "11/26"
""", [card]))

    ph, em = g.phone("IE"), g.email(*g.person())
    out.append(P(F + "referral-letter", f"""Re: Ms Niamh Brennan, DOB 02/04/1986
Thank you for seeing this lady who presents with a 3-month history of intermittent palpitations.
She can be contacted on {ph} or by email at {em}; she prefers morning appointments.
Kind regards, Dr A. Fitzgerald
""", [ph, em]))

    # ---------------- negatives ----------------
    out.append(N(F + "fhir-observation", json.dumps({
        "resourceType": "Observation", "id": g.uuid(), "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "2345-7", "display": "Glucose [Mass/volume] in Serum or Plasma"}]},
        "subject": {"reference": "Patient/" + g.uuid()},
        "effectiveDateTime": "2024-06-10T07:45:00+01:00",
        "valueQuantity": {"value": 5.4, "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L"},
        "referenceRange": [{"low": {"value": 3.9}, "high": {"value": 7.8}}]}, indent=2) + "\n"))
    out.append(N(F + "hl7-pid", """MSH|^~\\&|LABSYS|MERCYLAB|EPIC|MERCYGEN|20240611083015||ACK^A04|ACK%s|P|2.5.1
MSA|AA|MSG00%s|Message accepted
""" % (g.digits(8), g.digits(6))))
    rows = "\n".join("006%s,Renewal FY25 - Account %d,%d.00,2024-%02d-28,Negotiation" % (
        g.s(15), g.num(100, 999), g.num(5, 90) * 1000, g.num(7, 12)) for _ in range(3))
    out.append(N(F + "salesforce-csv", "Id,Name,Amount,CloseDate,StageName\n" + rows + "\n"))
    out.append(N(F + "hr-onboarding", """NEW STARTER CHECKLIST (template - fill in and return to HR)
Employee name: ______________________
Date of birth (DD/MM/YYYY): __/__/____
National Insurance number: __ __ __ __ _
Personal email: ______________________
Mobile: +44 ____ ______
Salary account IBAN: GB__ ____ ____ ____ ____ __
"""))
    out.append(N(F + "clinical-codes", """Problem list (coded)
- E11.9   Type 2 diabetes mellitus without complications (SNOMED 44054006)
- I10     Essential (primary) hypertension (SNOMED 38341003)
- Z79.4   Long term (current) use of insulin
Medication: metformin 500 mg tablets, 1 twice daily, 56 tablets, repeat 3 of 6
"""))
    return out
