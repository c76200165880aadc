"""documents: secrets and PII inside odd file formats pasted as text."""
import base64
import json
import random

from common import (ALNUM, B64STD, DIGITS, LALNUM, UPPER, Collector, anthropic_key, aws_key_id, aws_secret,
                    b64_lines_covering, b64e, card, crlf, ean13, fmt_card, fmt_iban, fmt_ni, hexs, iban, ni_number, openai_key,
                    openssh_lines, password, rbytes, rs, sendgrid, ssn, stripe_live, uuid4, wrap)

SEED = 1704
GROUP = "documents"


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    def rsid():
        return hexs(rng, 8, upper=True)

    # ------------------------------------------------------------ docx
    a, b = password(rng, 9), password(rng, 9)
    c.pos("docx_xml", f"""<w:p w:rsidR="{rsid()}" w:rsidRDefault="{rsid()}"><w:r><w:t xml:space="preserve">Admin console password: </w:t></w:r><w:r w:rsidR="{rsid()}"><w:rPr><w:b/></w:rPr><w:t>{a}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="{rsid()}"><w:rPr><w:b/></w:rPr><w:t>{b}</w:t></w:r><w:proofErr w:type="spellEnd"/></w:p>
<w:p w:rsidR="{rsid()}"><w:r><w:t>Rotate quarterly. Do not share outside the on-call rota.</w:t></w:r></w:p>
""", [a, b])

    kid, sec = aws_key_id(rng), aws_secret(rng)
    c.pos("docx_xml", f"""unzip -p Runbook_Backups.docx word/document.xml | xmllint --format - | grep -A2 '<w:t'
        <w:t xml:space="preserve">Access key ID: </w:t>
        <w:t>{kid}</w:t>
        <w:t xml:space="preserve">Secret access key: </w:t>
        <w:t>{sec[:20]}</w:t>
        <w:t>{sec[20:]}</w:t>
        <w:t>Bucket: s3://nightly-pg-dumps (eu-west-1)</w:t>
""", [kid, sec[:20], sec[20:]])

    s = ssn(rng)
    c.pos("docx_xml", f"""<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Employee name</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Dakota Reinholt</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>SSN</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{s}</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Home address</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>4187 Larkspur Ridge Dr, Boise, ID 83709</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
""", ["Dakota Reinholt", s, "4187 Larkspur Ridge Dr"])

    # ------------------------------------------------------------ xlsx
    pws = [password(rng, 14) for _ in range(3)]
    c.pos("xlsx_shared", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="12" uniqueCount="9"><si><t>System</t></si><si><t>Login</t></si><si><t>Password</t></si><si><t>vCenter</t></si><si><t>administrator@vsphere.local</t></si><si><t>{pws[0]}</t></si><si><t>iDRAC r740-03</t></si><si><t>root</t></si><si><t>{pws[1]}</t></si><si><t>FortiGate</t></si><si><t>admin</t></si><si><t>{pws[2]}</t></si></sst>
""", pws)

    c.pos("xlsx_shared", """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="15" uniqueCount="15">
<si><t>Name</t></si><si><t>Email</t></si><si><t>Phone</t></si><si><t>Renewal</t></si>
<si><t>Giulia Ferraresi</t></si><si><t>giulia.ferraresi@libero.it</t></si><si><t>+39 347 218 5530</t></si><si><t>2025-04-30</t></si>
<si><t>Tobias Lindqvist</t></si><si><t>tobias.lindqvist@telia.com</t></si><si><t>+46 70 612 44 19</t></si><si><t>2025-05-14</t></si>
<si><r><rPr><b/></rPr><t>Sanne</t></r><r><t xml:space="preserve"> de Groot</t></r></si><si><t>sanne.degroot@ziggo.nl</t></si><si><t>+31 6 4128 7703</t></si>
</sst>
""", ["Giulia Ferraresi", "giulia.ferraresi@libero.it", "+39 347 218 5530", "Tobias Lindqvist",
          "tobias.lindqvist@telia.com", "+46 70 612 44 19", "sanne.degroot@ziggo.nl", "+31 6 4128 7703"])

    # ------------------------------------------------------------ rtf
    sk = stripe_live(rng)
    c.pos("rtf", crlf(r"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\f0\fs22\lang9 Stripe (prod)\par
\b Secret key:\b0  """ + sk + r"""\par
Webhook endpoint: https://api.northwind.example/stripe\par
}
"""), [sk])

    ib = iban(rng, "FR")
    c.pos("rtf", crlf(r"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}
\f0\fs20 Coordonn\'e9es bancaires du b\'e9n\'e9ficiaire\par
Titulaire : Mathilde Rousseau-Vidal\par
IBAN : """ + fmt_iban(ib) + r"""\par
BIC : CCBPFRPPMTG\par
}
"""), ["Mathilde Rousseau-Vidal", fmt_iban(ib)])

    # ------------------------------------------------------------ pdf text
    ib = iban(rng, "DE")
    c.pos("pdf_text", f"""$ pdftotext -layout Kontoauszug_2025_02.pdf - | head -20
                                   Kontoauszug Nr. 2/2025
Kontoinhaber:   Katharina Vogelsang
                Schwanthalerstraße 112
                80339 München
IBAN            {fmt_iban(ib)}               BIC  COBADEFFXXX

Buchungstag   Wert     Vorgang                                    Betrag EUR
03.02.        03.02.   Gehalt/Rente Stadtwerke Mü-                 3.412,88 +
                       nchen GmbH
05.02.        05.02.   Lastschrift Miete Februar                   1.180,00 -
""", ["Katharina Vogelsang", "Schwanthalerstraße 112", fmt_iban(ib)])

    ni = ni_number(rng)
    c.pos("pdf_text", f"""P60 End of Year Certificate   Tax year to 5 April 2025
Employee's details
Surname     Pettigrew            Forenames or initials   Graham Ian
National Insurance number   {fmt_ni(ni)}
Works/payroll number   004417
Pay and Income Tax details                     Pay            Tax deducted
In previous employment(s)                      £0.00          £0.00
In this employment                             £41,236.18     £5,731.40
Final tax code 1257L
Certiﬁcate by Employer/Paying Oﬃce: This form shows your total pay for Income Tax purposes
""", [fmt_ni(ni), "Pettigrew", "Graham Ian"])

    sk = stripe_live(rng)
    cut = 58
    c.pos("pdf_text", f"""Onboarding checklist – Payments team                              page 3 of 7

4. Conﬁgure the live key in Vault (kv/payments/stripe):
   {sk[:cut]}
   {sk[cut:]}
5. Verify webhooks are ﬂowing in the dashboard before announcing.
""", [sk[:cut], sk[cut:]])

    c.pos("pdf_text", """Rechnung / Invoice 2025-0117
Kunde:  Kathleen Griﬃth
        27 Quarry Ln, Dunmore, PA 18512
Tel.:   (570) 555-0142
Leistungszeitraum: 01.–28.02.2025
Pos.  Beschreibung                       Menge   Einzelpreis
1     Wartung Heizungsanlage, inkl. Fil-
      terwechsel und Abgasmessung        1       189,00 €
""", ["Kathleen Griﬃth", "27 Quarry Ln", "(570) 555-0142"])

    # ------------------------------------------------------------ eml
    env_pw, env_sg = password(rng, 18, ALNUM), sendgrid(rng)
    env_file = ("NODE_ENV=production\nLOG_LEVEL=info\nDATABASE_URL=postgres://app:%s@db.prod.internal:5432/app\n"
                "SENDGRID_API_KEY=%s\nFEATURE_FLAGS=new-checkout,bulk-export\n" % (env_pw, env_sg))
    att = wrap(b64e(env_file), 76)
    att_secret = b64_lines_covering(env_file, env_pw) + b64_lines_covering(env_file, env_sg)
    boundary = "----=_Part_%s" % rs(rng, DIGITS, 12)
    c.pos("eml", crlf(f"""Return-Path: <lukas.brenninger@kaffeebar-shop.de>
From: Lukas Brenninger <lukas.brenninger@kaffeebar-shop.de>
To: "Oluwaseun Adebayo-Cole" <seun@adebayo-cole.dev>
Subject: prod env for the migration
Date: Mon, 10 Mar 2025 18:22:04 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=UTF-8

Hi Seun, attached the env file you asked for. Please delete after use.

--{boundary}
Content-Type: application/octet-stream; name=".env.production"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename=".env.production"

{chr(10).join(att)}
--{boundary}--
"""), ["lukas.brenninger@kaffeebar-shop.de", "seun@adebayo-cole.dev", "Lukas Brenninger", "Oluwaseun Adebayo-Cole"] + att_secret)

    pw = password(rng, 12, ALNUM)
    body_plain = ("Hola Rodrigo,\n\nTu contraseña temporal para el portal de proveedores es: %s\n"
                  "Cámbiala en el primer inicio de sesión.\n") % pw
    body_b64 = wrap(b64e(body_plain), 76)
    c.pos("eml", crlf(f"""From: Portal Proveedores <no-reply@proveedores.grupo-salcedo.mx>
To: Rodrigo Salcedo Ibarra <rsalcedo@prodigy.net.mx>
Subject: =?UTF-8?B?{b64e("Tu acceso al portal")}?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{chr(10).join(body_b64)}
"""), ["rsalcedo@prodigy.net.mx", "Rodrigo Salcedo Ibarra"] + b64_lines_covering(body_plain, pw))

    # ------------------------------------------------------------ ical / vcard
    pwd = rs(rng, ALNUM, 32)
    c.pos("ics", crlf(f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART:20250318T150000Z
DTEND:20250318T154500Z
UID:{hexs(rng, 26)}@google.com
ORGANIZER;CN=Aoife Donnellan:mailto:aoife.donnellan@brightpath.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=Ciarán Whelehan:mailto:ciaran.whelehan@gmail.com
SUMMARY:Offer discussion
DESCRIPTION:Join Zoom Meeting\\nhttps://us02web.zoom.us/j/{rs(rng, DIGITS, 11)}?pwd={pwd}\\n\\nMobile: +353 87 412 9930
END:VEVENT
END:VCALENDAR
"""), ["aoife.donnellan@brightpath.ie", "ciaran.whelehan@gmail.com", "Aoife Donnellan", "Ciarán Whelehan", pwd,
       "+353 87 412 9930"])

    c.pos("vcard", crlf("""BEGIN:VCARD
VERSION:3.0
N:Oyelaran;Marcus;;;
FN:Marcus Oyelaran
ORG:Oyelaran Consulting LLC
TEL;TYPE=CELL:+1-404-555-0193
EMAIL;TYPE=INTERNET:marcus@oyelaran-consulting.com
ADR;TYPE=HOME:;;1289 Ponce de Leon Ave NE;Atlanta;GA;30306;USA
BDAY:1984-07-22
END:VCARD
"""), ["Marcus Oyelaran", "+1-404-555-0193", "marcus@oyelaran-consulting.com", "1289 Ponce de Leon Ave NE"])

    # ------------------------------------------------------------ ipynb
    oa = openai_key(rng)
    nb = {"cells": [
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": [
            "import os\n", "os.environ[\"OPENAI_API_KEY\"] = \"%s\"\n" % oa, "client = OpenAI()\n"],
         "outputs": []},
        {"cell_type": "code", "execution_count": 4, "metadata": {},
         "source": ["df[[\"name\", \"email\", \"churn_score\"]].head(3)"],
         "outputs": [{"output_type": "execute_result", "execution_count": 4, "metadata": {}, "data": {
             "text/plain": ["                name                       email  churn_score\n",
                            "0     Zeynep Arslan      zeynep.arslan@yandex.com.tr         0.82\n",
                            "1    Bartosz Wiśniewski  b.wisniewski@wp.pl                0.77\n",
                            "2    Margarida Antunes   margarida.antunes@sapo.pt         0.74"]}}]}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4,
          "nbformat_minor": 5}
    c.pos("ipynb", json.dumps(nb, indent=1, ensure_ascii=False) + "\n",
          [oa, "Zeynep Arslan", "zeynep.arslan@yandex.com.tr", "Bartosz Wiśniewski", "b.wisniewski@wp.pl",
           "Margarida Antunes", "margarida.antunes@sapo.pt"])

    ak = anthropic_key(rng)
    nb = {"cell_type": "code", "execution_count": 12, "metadata": {"tags": []},
          "source": ["!curl -s https://api.anthropic.com/v1/models -H 'x-api-key: %s' -H 'anthropic-version: 2023-06-01' | head -c 200" % ak],
          "outputs": [{"name": "stdout", "output_type": "stream",
                       "text": ["{\"data\":[{\"type\":\"model\",\"id\":\"claude-3-5-haiku-20241022\""]}]}
    c.pos("ipynb", json.dumps(nb, indent=1) + "\n", [ak])

    # ------------------------------------------------------------ pcap strings
    user, pw = "svc-backup", password(rng, 14, ALNUM + "!.")
    basic = b64e("%s:%s" % (user, pw))
    sid = hexs(rng, 32)
    pw2 = password(rng, 12, ALNUM)
    c.pos("pcap_strings", f"""$ strings -n 8 capture_vlan20.pcap | grep -iE 'authorization|cookie|password' | sort -u
Authorization: Basic {basic}
Cookie: PHPSESSID={sid}; lang=en
POST /login.php HTTP/1.1
username=ops-readonly&password={pw2}&remember=1
""", [basic, sid, pw2])

    pw = password(rng, 10, ALNUM)
    c.pos("pcap_strings", f"""tcpdump -A -s0 -i eth0 port 21 | grep -E 'USER|PASS'
14:02:11.402 IP 10.20.0.14.51522 > 10.20.0.5.21: Flags [P.], length 16: FTP: USER scanner01
14:02:11.406 IP 10.20.0.14.51522 > 10.20.0.5.21: Flags [P.], length 16: FTP: PASS {pw}
14:02:11.409 IP 10.20.0.5.21 > 10.20.0.14.51522: Flags [P.], length 22: FTP: 230 Login successful.
""", [pw])

    # ------------------------------------------------------------ registry / lnk
    pw = password(rng, 13, ALNUM + "!#")
    c.pos("registry", crlf(f"""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultDomainName"="KIOSK-LOBBY-02"
"DefaultUserName"="kiosk"
"DefaultPassword"="{pw}"
"Shell"="C:\\\\Kiosk\\\\launcher.exe"
"""), [pw])

    ppw = password(rng, 12, ALNUM)
    c.pos("registry", crlf(f"""[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\prod-bastion]
"HostName"="bastion.prod.internal"
"PortNumber"=dword:00000016
"ProxyMethod"=dword:00000003
"ProxyHost"="proxy.corp.internal"
"ProxyUsername"="jumpuser"
"ProxyPassword"="{ppw}"
"PublicKeyFile"="C:\\\\Users\\\\Public\\\\keys\\\\bastion.ppk"
"""), [ppw])

    c.pos("lnk", f"""LECmd version 1.5.0.0
Source file: C:\\Users\\yuna.takeda\\AppData\\Roaming\\Microsoft\\Windows\\Recent\\給与明細_2025-02.pdf.lnk
  Source created:  2025-03-02 09:14:55
--- Link information ---
  Local path: C:\\Users\\yuna.takeda\\Documents\\HR\\給与明細_2025-02.pdf
--- Tracker database block ---
  Machine ID: laptop-yt-0412
  MAC Address: 3c:22:fb:41:9a:07
  Volume Droid: {uuid4(rng)}
""", ["yuna.takeda"])

    # ------------------------------------------------------------ properties
    c.pos("properties", """# messages for the SMTP relay - saved by native2ascii
mail.smtp.host=smtp.office365.com
mail.smtp.port=587
mail.smtp.user=noreply-billing
mail.smtp.password=Gr\\u00fcnerW\\u00e4ld-2024\\u0021x7
mail.from.name=Billing
""", ["Gr\\u00fcnerW\\u00e4ld-2024\\u0021x7"])

    dbpw = password(rng, 18, ALNUM)
    kspw = password(rng, 14, ALNUM)
    c.pos("properties", f"""spring.datasource.url=jdbc:postgresql://pg-prod.internal:5432/ledger
spring.datasource.username=ledger_app
spring.datasource.password={dbpw}
server.ssl.key-store=classpath:keystore.p12
server.ssl.key-store-password={kspw}
server.ssl.key-alias=ledger
""", [dbpw, kspw])

    # ------------------------------------------------------------ yaml anchors
    pgpw = password(rng, 20, ALNUM)
    c.pos("yaml_anchor", f"""x-db-env: &db-env
  POSTGRES_USER: app
  POSTGRES_PASSWORD: "{pgpw}"
  POSTGRES_DB: app

services:
  db:
    image: postgres:16
    environment: *db-env
  api:
    build: .
    environment:
      <<: *db-env
      PORT: "8080"
""", [pgpw])

    ak = anthropic_key(rng)
    c.pos("yaml_anchor", f"""defaults: &llm
  provider: anthropic
  api_key: &anthropic_key {ak}
  max_tokens: 1024

summarizer:
  <<: *llm
  model: claude-3-5-haiku-latest
classifier:
  <<: *llm
  api_key: *anthropic_key
""", [ak])

    # ------------------------------------------------------------ toml
    ssh = openssh_lines(rng)
    c.pos("toml_multiline", f"""[deploy.prod]
host = "deploy.prod.internal"
user = "deployer"
private_key = \"\"\"
-----BEGIN OPENSSH PRIVATE KEY-----
{chr(10).join(ssh)}
-----END OPENSSH PRIVATE KEY-----
\"\"\"
""", [ssh[1], ssh[3], ssh[-2]])

    pw = password(rng, 16, ALNUM + "#%")
    pw2 = password(rng, 12, ALNUM)
    c.pos("toml_multiline", f"""[database]
url = '''postgres://reporting:{pw}@replica.internal:5432/warehouse'''
pool_size = 8

[smtp]
password = \"\"\"{pw2}\"\"\"
""", [pw, pw2])

    # ------------------------------------------------------------ hcl
    dbpw = password(rng, 20, ALNUM)
    c.pos("hcl_heredoc", f"""resource "aws_instance" "worker" {{
  ami           = "ami-0{hexs(rng, 16)}"
  instance_type = "t3.medium"

  user_data = <<-EOT
    #!/bin/bash
    export DB_PASSWORD='{dbpw}'
    export APP_ENV=production
    /opt/app/bin/start
  EOT
}}
""", [dbpw])

    kid, sec = aws_key_id(rng), aws_secret(rng)
    c.pos("hcl_heredoc", f"""locals {{
  backup_config = <<EOF
[default]
aws_access_key_id = {kid}
aws_secret_access_key = {sec}
region = eu-central-1
EOF
}}
""", [kid, sec])

    # ------------------------------------------------------------ negatives
    c.neg("docx_xml", f"""<w:p w:rsidR="{rsid()}" w:rsidRDefault="{rsid()}" w:rsidP="{rsid()}"><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>4.2 Password policy</w:t></w:r></w:p>
<w:p w:rsidR="{rsid()}"><w:r><w:t xml:space="preserve">Passwords must be at least 14 characters and are rotated every </w:t></w:r><w:r w:rsidR="{rsid()}"><w:t>90 days</w:t></w:r><w:r><w:t>. Secrets are stored in Vault under kv/&lt;team&gt;/&lt;service&gt;.</w:t></w:r></w:p>
""")

    c.neg("xlsx_shared", f"""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="8"><si><t>SKU</t></si><si><t>EAN</t></si><si><t>Description</t></si><si><t>Unit</t></si><si><t>WAX-TRP-100</t></si><si><t>{ean13(rng)}</t></si><si><t>Surf wax tropical 100g</t></si><si><t>pcs</t></si></sst>
""")

    c.neg("ipynb", json.dumps({"cell_type": "code", "execution_count": 7, "metadata": {},
                               "source": ["hashlib.sha256(open('train.parquet','rb').read()).hexdigest()"],
                               "outputs": [{"output_type": "execute_result", "execution_count": 7, "metadata": {},
                                            "data": {"text/plain": ["'%s'" % hexs(rng, 64)]}}]}, indent=1) + "\n")

    c.neg("properties", """# messages_de.properties
login.title=Anmelden
login.password=Passwort
login.password.forgot=Passwort vergessen?
login.token.expired=Ihr Sitzungstoken ist abgelaufen. Bitte melden Sie sich erneut an.
greeting=Gr\\u00fc\\u00dfe aus dem Team
spring.datasource.password=${DB_PASSWORD}
""")

    c.neg("hcl_heredoc", """resource "aws_db_instance" "main" {
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t4g.medium"
  username             = "app"
  password             = data.aws_secretsmanager_secret_version.db.secret_string
  manage_master_user_password = false
  user_data_hint       = <<-EOT
    password comes from Secrets Manager, never from tfvars
  EOT
}
""")
    return c.cases
