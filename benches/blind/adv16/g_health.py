import json
import random
from common import *


def kvnr(rng, letter):
    """German health insurance number (KVNR): letter + 8 digits + check digit."""
    body = "%02d" % (ord(letter) - 64) + digits(rng, 8)
    tot = 0
    for i, ch in enumerate(body):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return letter + body[2:] + str(tot % 10)


def build():
    r = random.Random(1608)
    g = Group("health")

    mrn, s = digits(r, 8), ssn(r)
    ph = "(217)%s-%s" % (digits(r, 3), digits(r, 4, False))
    g.pos("hl7_adt", "\r".join([
        "MSH|^~\\&|EPIC|SPRINGFIELD_MED|RHAPSODY|HIE|20240603081422||ADT^A01^ADT_A01|MSG%s|P|2.5.1" % digits(r, 8),
        "EVN|A01|20240603081400",
        "PID|1||%s^^^SMC^MR||HOLLOWAY^MARGARET^ANNE^^MRS||19520417|F|||1189 WOODLAWN AVE^^SPRINGFIELD^IL^62704^USA||%s^PRN^PH|||M||ACC%s|%s" % (mrn, ph, digits(r, 7), s),
        "PV1|1|I|4W^412^B^SMC||||1234567890^PATEL^RAJ^^^DR|||MED||||ADM|||||IP%s" % digits(r, 7),
    ]), ["HOLLOWAY", "MARGARET", "19520417", mrn, "1189 WOODLAWN AVE", ph, s])

    mrn = digits(r, 9)
    ph = "^PRN^CP^^1^312^%s" % digits(r, 7, False)
    nkph = "(312)%s-%s" % (digits(r, 3), digits(r, 4, False))
    g.pos("hl7_oru", "\n".join([
        "MSH|^~\\&|LAB|NORTHSHORE|EHR|NORTHSHORE|20240603101500||ORU^R01|LAB%s|P|2.3" % digits(r, 6),
        "PID|1||%s^^^NSH^MR||NWOSU^ADAEZE^C||19890923|F|||77 W ELM ST APT 5^^CHICAGO^IL^60610||%s" % (mrn, ph),
        "NK1|1|NWOSU^CHIDI|SPO|||%s" % nkph,
        "OBR|1|ORD7781|LAB5521|24331-1^LIPID PANEL^LN|||20240603073000",
        "OBX|1|NM|2093-3^CHOLESTEROL TOTAL^LN||212|mg/dL|<200|H|||F",
        "OBX|2|NM|2571-8^TRIGLYCERIDE^LN||168|mg/dL|<150|H|||F",
    ]), ["NWOSU^ADAEZE", "NWOSU^CHIDI", "19890923", mrn, "77 W ELM ST APT 5", ph.split("^")[-1], nkph])

    mrn = digits(r, 7)
    ph = "(714)%s-%s" % (digits(r, 3), digits(r, 4, False))
    g.pos("hl7_siu", "\r".join([
        "MSH|^~\\&|CERNER|VALLEYCLINIC|SCHED|VC|20240604090000||SIU^S12|%s|P|2.4" % digits(r, 9),
        "SCH|APT44821|||||ROUTINE^Routine follow-up|||30|MIN",
        "PID|1||%s^^^VC^MR||NGUYEN^THI LAN||19591102|F|||4521 BOLSA AVE^^WESTMINSTER^CA^92683||%s" % (mrn, ph),
        "AIL|1||EXAM3^^^VALLEYCLINIC",
    ]), ["NGUYEN", "THI LAN", "19591102", mrn, "4521 BOLSA AVE", ph])

    mbi_ = mbi(r)
    mrn = digits(r, 8)
    g.pos("hl7_in1", "\r".join([
        "PID|1||%s^^^GHS^MR||RAMIREZ^ESPERANZA^^^^^L||19480130|F|||2918 CALLE DEL SOL^^TUCSON^AZ^85713" % mrn,
        "IN1|1|MCR^MEDICARE PART B|00451|MEDICARE||||||||||||RAMIREZ^ESPERANZA|SEL|19480130|2918 CALLE DEL SOL^^TUCSON^AZ^85713|||||||||||||||||%s" % mbi_,
    ]), ["RAMIREZ^ESPERANZA", "19480130", mrn, "2918 CALLE DEL SOL", mbi_])

    ph = "+1-614-%s-%s" % (digits(r, 3), digits(r, 4, False))
    mrn = digits(r, 8)
    pat = {"resourceType": "Patient", "id": "pat-" + digits(r, 6),
           "identifier": [{"system": "http://hospital.example.org/mrn", "value": mrn},
                          {"system": "http://hl7.org/fhir/sid/us-ssn", "value": ssn(r)}],
           "name": [{"use": "official", "family": "Whitfield", "given": ["Theodore", "James"]}],
           "telecom": [{"system": "phone", "value": ph, "use": "mobile"},
                       {"system": "email", "value": "ted.whitfield58@gmail.com"}],
           "gender": "male", "birthDate": "1958-06-21",
           "address": [{"line": ["2207 Brookside Dr"], "city": "Columbus", "state": "OH", "postalCode": "43221"}]}
    g.pos("fhir_patient", json.dumps(pat, indent=2),
          ["Whitfield", "Theodore", mrn, pat["identifier"][1]["value"], ph, "ted.whitfield58@gmail.com", "1958-06-21", "2207 Brookside Dr"])

    pat = {"resourceType": "Bundle", "type": "searchset", "total": 1, "entry": [
        {"resource": {"resourceType": "Patient", "id": "84412", "name": [{"family": "Oyelaran", "given": ["Titilayo"]}],
                      "birthDate": "1977-12-03", "telecom": [{"system": "phone", "value": "+234 802 %s %s" % (digits(r, 3), digits(r, 4, False))}]}},
        {"resource": {"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
                      "subject": {"reference": "Patient/84412", "display": "Titilayo Oyelaran"}, "valueQuantity": {"value": 7.8, "unit": "%"}}}]}
    tx = json.dumps(pat, indent=1, ensure_ascii=False)
    g.pos("fhir_bundle", tx, ["Oyelaran", "Titilayo", "1977-12-03", pat["entry"][0]["resource"]["telecom"][0]["value"]])

    pat = {"resourceType": "Patient", "id": "jp-2291",
           "name": [{"use": "official", "family": "鈴木", "given": ["一郎"]},
                    {"use": "official", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation", "valueCode": "SYL"}],
                     "family": "スズキ", "given": ["イチロウ"]}],
           "birthDate": "1969-03-08", "address": [{"text": "大阪府大阪市北区梅田3-1-3 グランフロント南館12階"}]}
    g.pos("fhir_patient", json.dumps(pat, ensure_ascii=False, indent=2), ["鈴木", "一郎", "スズキ", "イチロウ", "1969-03-08", "梅田3-1-3"])

    mid = "W" + digits(r, 9, False)
    g.pos("x12_270", "~\n".join([
        "ISA*00*          *00*          *ZZ*CLEARHOUSE01   *ZZ*BCBSIL         *240603*0915*^*00501*%s*0*P*:" % digits(r, 9),
        "GS*HS*CLEARHOUSE01*BCBSIL*20240603*0915*1*X*005010X279A1",
        "ST*270*0001*005010X279A1",
        "BHT*0022*13*REQ%s*20240603*0915" % digits(r, 5),
        "HL*1**20*1", "NM1*PR*2*BLUE CROSS BLUE SHIELD OF ILLINOIS*****PI*00621",
        "HL*2*1*21*1", "NM1*1P*2*LAKESIDE FAMILY MEDICINE*****XX*1730261847",
        "HL*3*2*22*0", "TRN*1*%s*9CLEARHOUS" % digits(r, 8),
        "NM1*IL*1*KOWALCZYK*DOROTA****MI*%s" % mid,
        "DMG*D8*19710519*F", "DTP*291*D8*20240603", "EQ*30", "SE*13*0001", "GE*1*1", "IEA*1*%s" % digits(r, 9)]) + "~",
          ["KOWALCZYK", "DOROTA", mid, "19710519"])

    mid = digits(r, 11)
    g.pos("x12_837", "~".join([
        "ST*837*0021*005010X222A1", "BHT*0019*00*0123*20240601*1023*CH",
        "NM1*85*2*RIVERBEND ORTHOPEDICS*****XX*1497758544",
        "HL*2*1*22*0", "SBR*P*18*GRP8812******CI",
        "NM1*IL*1*ABERNATHY*COLTON*R***MI*%s" % mid,
        "N3*604 SYCAMORE HOLLOW RD", "N4*FRANKLIN*TN*370645521",
        "DMG*D8*19850811*M",
        "CLM*PCN%s*1875***11:B:1*Y*A*Y*Y" % digits(r, 6),
        "HI*ABK:M1711*ABF:M25561", "SE*11*0021"]) + "~",
          ["ABERNATHY", "COLTON", mid, "604 SYCAMORE HOLLOW RD", "19850811"])

    pid = "MRN" + digits(r, 7)
    g.pos("dicom_dump", """# Dicom-File-Format
# Dicom-Meta-Information-Header
(0002,0010) UI =LittleEndianExplicit                    #  20, 1 TransferSyntaxUID
# Dicom-Data-Set
(0008,0060) CS [CT]                                     #   2, 1 Modality
(0008,1030) LO [CT CHEST W CONTRAST]                    #  20, 1 StudyDescription
(0010,0010) PN [GARCIA LOPEZ^MARIA DEL CARMEN]          #  30, 1 PatientName
(0010,0020) LO [%s]                                  #  10, 1 PatientID
(0010,0030) DA [19670322]                               #   8, 1 PatientBirthDate
(0010,0040) CS [F]                                      #   2, 1 PatientSex
(0010,1040) LO [Av. de la Constitucion 21, 41004 Sevilla] #  40, 1 PatientAddress
(0028,0010) US 512                                      #   2, 1 Rows""" % pid,
          ["GARCIA LOPEZ", "MARIA DEL CARMEN", pid, "19670322", "Av. de la Constitucion 21"])

    pid = digits(r, 10)
    g.pos("pydicom", """>>> ds = pydicom.dcmread("IM-0001-0042.dcm")
>>> ds
Dataset.file_meta -------------------------------
(0002,0002) Media Storage SOP Class UID         UI: MR Image Storage
-------------------------------------------------
(0008,0020) Study Date                          DA: '20240528'
(0008,0060) Modality                            CS: 'MR'
(0010,0010) Patient's Name                      PN: 'Chowdhury^Farhana'
(0010,0020) Patient ID                          LO: '%s'
(0010,0030) Patient's Birth Date                DA: '19900214'
(0010,1010) Patient's Age                       AS: '034Y'
how do I anonymize this before sending it to the vendor?""" % pid, ["Chowdhury^Farhana", pid, "19900214"])

    mrn = digits(r, 8)
    g.pos("clinical_note", """PROGRESS NOTE
Patient: Harold Jenkins   DOB: 04/02/1957   MRN: %s
S: 67 y/o M with CHF (I50.22) and T2DM (E11.9) presents with 3 days of increased DOE and 2-pillow orthopnea. Wife Linda Jenkins reports 4 lb weight gain.
O: BP 148/88, HR 96, SpO2 93%% RA. JVD to angle of jaw, bibasilar crackles, 2+ pitting edema.
A/P: Acute on chronic HFrEF. Furosemide 40 mg IV BID, daily weights, BMP in AM.""" % mrn, ["Harold Jenkins", "04/02/1957", mrn, "Linda Jenkins"])

    mb = mbi(r)
    g.pos("discharge_summary", """Summarize this discharge summary for the patient in plain language:

DISCHARGE SUMMARY — St. Agnes Medical Center
Name: Eleanor Fitzgerald-Moore    DOB: 1941-09-30    Medicare MBI: %s
Admit: 05/27/2024   Discharge: 05/31/2024
Diagnosis: Community-acquired pneumonia (J18.9), AKI (N17.9) resolved.
Discharge meds: amoxicillin-clavulanate 875/125 mg PO BID x5 days; resume lisinopril 10 mg daily.
Follow-up: PCP in 1 week. Home address for home-health referral: 38 Orchard Lane, Fairfield, CT 06824.""" % mb,
          ["Eleanor Fitzgerald-Moore", "1941-09-30", mb, "38 Orchard Lane"])

    n = nhs(r)
    g.pos("nhs_referral", """Dear Dr Shah,

Re: Mr Oluwadamilare Balogun, DOB 11/01/1983, NHS No. %s
Address: Flat 9, 44 Coldharbour Lane, London SE5 9NR

Thank you for seeing this 41-year-old man with a 6-month history of intermittent dysphagia to solids. Upper GI endoscopy is requested under the 2-week-wait pathway.

Yours sincerely""" % n, ["Oluwadamilare Balogun", "11/01/1983", n, "44 Coldharbour Lane"])

    n = nhs(r).replace(" ", "")
    g.pos("nhs_csv", """nhs_number,surname,forename,dob,postcode,ward
%s,MACLEOD,Isla,2011-04-16,IV2 3DZ,Paediatrics""" % n, [n, "MACLEOD", "Isla", "2011-04-16"])

    rx = digits(r, 7)
    g.pos("pharmacy_label", """RIVERSIDE PHARMACY
Rx# %s      Date: 06/01/24
DEVON OKAFOR-WILLIAMS
1420 PEACHTREE ST NE APT 1107, ATLANTA GA 30309
DOB: 08/22/1979
METFORMIN HCL ER 500 MG TAB
TAKE 2 TABLETS BY MOUTH ONCE DAILY WITH EVENING MEAL
Qty: 180   Refills: 3   Dr. A. Kaur""" % rx, ["DEVON OKAFOR-WILLIAMS", "1420 PEACHTREE ST NE APT 1107", "08/22/1979"])

    mid = "XJH" + digits(r, 9, False)
    g.pos("insurance_card", """Front of card (OCR):
Aetna Choice POS II
Member: SOFIA MARCHETTI
Member ID: %s
Group: 0862214-011-00001
PCP: —   Copay OV $25 / ER $250
Can you tell me if my plan covers physical therapy?""" % mid, ["SOFIA MARCHETTI", mid])

    m1, m2 = digits(r, 8), digits(r, 8)
    g.pos("lab_requisition", '''patient_last,patient_first,dob,sex,mrn,tests
"Van der Merwe","Johannes",1962-07-14,M,%s,"CMP;CBC;PSA"
"Haddad","Leila",1995-02-28,F,%s,"TSH;Ferritin"''' % (m1, m2),
          ["Van der Merwe", "Johannes", "1962-07-14", m1, "Haddad", "Leila", "1995-02-28", m2])

    ph = us_phone(r)
    s2 = ssn(r)
    g.pos("prior_auth_fax", """PRIOR AUTHORIZATION REQUEST — FAX
To: UnitedHealthcare Utilization Mgmt
Patient name: Marcus A. Thibodeaux     DOB: 12/09/1966     SSN: %s
Phone: %s
Requested: MRI lumbar spine w/o contrast (CPT 72148)
Dx: M54.16 Radiculopathy, lumbar region; failed 8 weeks PT and NSAIDs.""" % (s2, ph), ["Marcus A. Thibodeaux", "12/09/1966", s2, ph])

    g.pos("handoff_chat", """SBAR for 4 West bed 12: Mrs. Adaeze Nwankwo, 71F, DOB 3/14/1953, post-op day 1 L TKA. Pain 6/10 on oxycodone 5 mg q4h PRN. Foley out at 06:00, due to void by 12:00. Daughter Chioma Nwankwo is the contact.""",
          ["Adaeze Nwankwo", "3/14/1953", "Chioma Nwankwo"])

    ph = "+1 (" + digits(r, 3) + ") " + digits(r, 3) + "-" + digits(r, 4, False)
    g.pos("sms_log", """2024-06-02 17:00:03 reminder.sent to=%s body="Hi Priyanka Deshmukh, this is a reminder of your colonoscopy on 06/05 at 7:30 AM at Lakeview Endoscopy. Nothing to eat after midnight. Reply C to confirm." status=delivered""" % ph,
          [ph, "Priyanka Deshmukh"])

    g.pos("fhir_query", """GET https://fhir.lakeview-health.org/r4/Patient?family=Tran&given=Quoc%20Bao&birthdate=1959-11-02&address-postalcode=77072 HTTP/1.1
Authorization: Bearer <redacted>
-> returns 2 matches, how do I narrow it down?""", ["family=Tran", "Quoc%20Bao", "1959-11-02"])

    mrn = digits(r, 8)
    g.pos("hl7_mdm", "\r".join([
        "MSH|^~\\&|TRANSCRIPTION|MERCY|EHR|MERCY|20240603143000||MDM^T02|%s|P|2.5" % digits(r, 8),
        "PID|1||%s^^^MERCY^MR||BRENNAN^SIOBHAN||19880706|F" % mrn,
        "TXA|1|CN|TX|20240603140000",
        "OBX|1|TX|CONSULT^Consultation Note||Ms. Siobhan Brennan is a 35-year-old G2P1 seen for preconception counseling. She lives at 12 Harbour View Rd, Cobh.||||||F",
    ]), ["BRENNAN^SIOBHAN", mrn, "19880706", "Siobhan Brennan", "12 Harbour View Rd"])

    cid, tel = digits(r, 9), "+1-317-%s-%s" % (digits(r, 3), digits(r, 4, False))
    g.pos("cda", """<recordTarget>
  <patientRole>
    <id extension="%s" root="2.16.840.1.113883.19.5"/>
    <addr use="HP"><streetAddressLine>915 Kessler Blvd</streetAddressLine><city>Indianapolis</city><state>IN</state><postalCode>46228</postalCode></addr>
    <telecom value="tel:%s" use="HP"/>
    <patient>
      <name><given>Rosalind</given><given>Mae</given><family>Achterberg</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19720815"/>
    </patient>
  </patientRole>
</recordTarget>""" % (cid, tel), [cid, "915 Kessler Blvd", tel, "Rosalind", "Achterberg", "19720815"])

    acc = "ACC" + digits(r, 8)
    g.pos("radiology_report", """EXAM: XR CHEST 2 VIEWS   ACCESSION: %s
PATIENT: Kwame Asante-Mensah   DOB: 1988-01-27
HISTORY: Cough x 3 weeks.
FINDINGS: Lungs are clear. No pleural effusion or pneumothorax. Cardiomediastinal silhouette normal.
IMPRESSION: No acute cardiopulmonary process.""" % acc, ["Kwame Asante-Mensah", "1988-01-27"])

    d = dni(r)
    g.pos("nota_es", """Informe de vacunación
Paciente: Alejandro Gómez Ruiz   DNI: %s   Fecha de nacimiento: 05/10/1984
Domicilio: Calle San Vicente Mártir 87, 4ª, 46007 Valencia
Vacuna: Gripe 2023/24 (Fluenz Tetra) — lote FT2291, administrada en deltoides izquierdo.""" % d,
          ["Alejandro Gómez Ruiz", d, "05/10/1984", "Calle San Vicente Mártir 87"])

    abha = "%s-%s-%s-%s" % (digits(r, 2), digits(r, 4, False), digits(r, 4, False), digits(r, 4, False))
    ph = "+91 94%s %s" % (digits(r, 3, False), digits(r, 5, False))
    g.pos("opd_slip", """OPD SLIP — Sri Ramachandra Hospital
Name: Karthik Subramaniam   Age/Sex: 42/M   DOB: 17-06-1981
ABHA No: %s   Mobile: %s
Complaint: fever with chills x 4 days. Advised: CBC, dengue NS1, malaria antigen.""" % (abha, ph),
          ["Karthik Subramaniam", "17-06-1981", abha, ph])

    s3 = ssn(r)
    g.pos("ehr_sql", """patient_id | last_name   | first_name | ssn         | dob        | zip
-----------+-------------+------------+-------------+------------+------
    448120 | Castellanos | Beatriz    | %s | 1973-05-02 | 33012
(1 row)
why does the join with encounters return nothing for this patient?""" % s3, ["Castellanos", "Beatriz", s3, "1973-05-02"])

    mb = mbi(r)
    s4 = ssn(r)
    g.pos("medicare_letter", """Help me fill in the SSA-44 form. My details from the Medicare letter:
Name on card: Gloria Jean Pettigrew
Medicare Beneficiary Identifier: %s
Social Security Number: %s
Mailing address: 5530 Old Hickory Blvd, Hermitage, TN 37076""" % (mb, s4),
          ["Gloria Jean Pettigrew", mb, s4, "5530 Old Hickory Blvd"])

    kv = kvnr(r, "S")
    g.pos("arztbrief_de", """Arztbrief
Patientin: Annelie Schröder, geb. 03.11.1949
Versichertennummer: %s (AOK Niedersachsen)
Anschrift: Lindenallee 7, 30159 Hannover
Diagnosen: Vorhofflimmern (I48.1), arterielle Hypertonie (I10.90)
Medikation: Apixaban 5 mg 1-0-1, Ramipril 5 mg 1-0-0""" % kv,
          ["Annelie Schröder", "03.11.1949", kv, "Lindenallee 7"])

    mrn, nid = digits(r, 8), "1" + digits(r, 9, False)
    ph = "+966 50 %s %s" % (digits(r, 3), digits(r, 4, False))
    g.pos("hl7_adt", "\r".join([
        "MSH|^~\\&|MEDITECH|KFMC|CLOVERLEAF|MOH|20240604112000||ADT^A08|%s|P|2.4" % digits(r, 8),
        "PID|1||%s^^^KFMC^MR~%s^^^SA^NI||AL-RASHID^NOOR^FAHAD||19930717|F|||KING FAHD RD 4412^^RIYADH^^12271^SA||%s" % (mrn, nid, ph),
    ]), ["AL-RASHID^NOOR", mrn, nid, "19930717", "KING FAHD RD 4412", ph])

    # ---------------- negatives
    g.neg("hl7_ack", "\r".join([
        "MSH|^~\\&|RHAPSODY|HIE|EPIC|SPRINGFIELD_MED|20240603081423||ACK^A01^ACK|ACK20240603081423|P|2.5.1",
        "MSA|AA|MSG83120044|Message accepted"]))
    g.neg("hl7_msh", """Why does the interface engine reject this header? It says "MSH-9 invalid".
MSH|^~\\&|LAB|NORTHSHORE|EHR|NORTHSHORE|20240603101500||ORU-R01|LAB771203|P|2.3""")
    g.neg("fhir_codesystem", json.dumps({"resourceType": "CodeSystem", "id": "encounter-priority", "url": "http://example.org/fhir/CodeSystem/encounter-priority",
                                         "status": "active", "content": "complete", "concept": [
                                             {"code": "EL", "display": "elective"}, {"code": "UR", "display": "urgent"},
                                             {"code": "EM", "display": "emergency"}]}, indent=2))
    g.neg("drug_icd", """What is the usual starting dose of empagliflozin for a patient with E11.9 (type 2 diabetes without complications) and I50.22 (chronic systolic heart failure)? Any interaction with furosemide or spironolactone?""")
    g.neg("fhir_capability", """{
  "resourceType": "CapabilityStatement",
  "status": "active",
  "date": "2024-05-01",
  "kind": "instance",
  "fhirVersion": "4.0.1",
  "format": ["json"],
  "rest": [{ "mode": "server", "resource": [
    { "type": "Patient", "interaction": [{ "code": "read" }, { "code": "search-type" }],
      "searchParam": [{ "name": "family", "type": "string" }, { "name": "birthdate", "type": "date" }] }
  ]}]
}""")
    g.neg("hl7_spec", """PID-5 (Patient Name) is an XPN: family name ^ given name ^ middle name ^ suffix ^ prefix. PID-7 is the date/time of birth (YYYYMMDD). PID-11 is the patient address (XAD) and PID-19 is the SSN, which most modern interfaces leave empty.""")
    g.neg("x12_999", "~".join(["ST*999*0001*005010X231A1", "AK1*HC*1*005010X222A1", "AK2*837*0021*005010X222A1",
                               "IK5*A", "AK9*A*1*1*1", "SE*6*0001"]) + "~")
    g.neg("dicom_dump", """(0008,0016) UI =CTImageStorage                          #  26, 1 SOPClassUID
(0008,0060) CS [CT]                                     #   2, 1 Modality
(0018,0050) DS [1.25]                                   #   4, 1 SliceThickness
(0018,0060) DS [120]                                    #   4, 1 KVP
(0028,0010) US 512                                      #   2, 1 Rows
(0028,0011) US 512                                      #   2, 1 Columns
(0028,0100) US 16                                       #   2, 1 BitsAllocated""")
    g.neg("code_mapping", """| LOINC   | Display                    | SNOMED CT  |
|---------|----------------------------|------------|
| 4548-4  | Hemoglobin A1c             | 43396009   |
| 2093-3  | Cholesterol, total         | 77068002   |
| 2160-0  | Creatinine, serum          | 113075003  |""")
    return g.cases
