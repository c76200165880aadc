"""Group data_files: secrets and PII inside data/interchange formats."""
import base64
import json
import quopri
import random

from common import (Group, tok, password, person, email, phone, dob, card, card_fmt, iban_for, iban_fmt, us_ssn, uk_nino,
                    de_steuerid, es_dni, it_cf, nl_bsn, hexs, rs, digits, uuid4, b64, rb, jwt, URLSAFE, UP)

SEED = 21006
NAME = 'data_files'


def build():
    r = random.Random(SEED)
    g = Group(NAME)
    T = lambda k: tok(r, k)
    P = lambda kind=None: password(r, kind)

    def who(cc):
        gn, fn = person(r, cc)
        return gn, fn, '%s %s' % (gn, fn), email(r, gn, fn, cc), phone(r, cc)

    # 1 csv quoted
    rows, sec = ['"customer_id","full_name","email","phone","card_number","ssn","notes"'], []
    for i in range(3):
        gn, fn, nm, em, ph = who('us')
        cc, ssn = card(r, r.choice(['visa', 'mc', 'discover'])), us_ssn(r)
        rows.append('"C-%s","%s, %s","%s","%s","%s","%s","called re: refund, ""urgent"""' % (digits(r, 6), fn, gn, em, ph, cc, ssn))
        sec += ['%s, %s' % (fn, gn), em, ph, cc, ssn]
    g.pos('csv_quoted', '\n'.join(rows) + '\n', sec)

    # 2 csv semicolon (EU)
    rows, sec = ['Kundennummer;Name;Geburtsdatum;IBAN;Telefon;Umsatz 2024'], []
    for i in range(3):
        gn, fn, nm, em, ph = who('de')
        y, m, d = dob(r)
        ib = iban_for(r, 'DE')
        rows.append('%s;%s;%02d.%02d.%04d;%s;%s;%d,%02d' % (digits(r, 7), nm, d, m, y, ib, ph, r.randint(100, 9999), r.randint(0, 99)))
        sec += [nm, '%02d.%02d.%04d' % (d, m, y), ib, ph]
    g.pos('csv_semicolon_eu', '\ufeff' + '\r\n'.join(rows) + '\r\n', sec)

    # 3 csv excel-escaped
    rows, sec = ['Employee,Mobile,NI Number,Sort Code,Account No'], []
    for i in range(3):
        gn, fn, nm, em, ph = who('uk')
        ni, sc, ac = uk_nino(r), '%02d-%02d-%02d' % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)), digits(r, 8, False)
        rows.append('"%s",="%s",%s,="%s",="%s"' % (nm.replace("'", "''"), ph, ni, sc, ac))
        sec += [nm, ph, ni, ac]
    g.pos('csv_excel_escaped', '\n'.join(rows) + '\n', sec)

    # 4 tsv with credentials
    rows, sec = ['username\tdisplay_name\tapi_key\tlegacy_password\tcreated_at'], []
    for i in range(4):
        k, pw = rs(r, 40), P()
        rows.append('%s\t%s\t%s\t%s\t2023-%02d-%02dT09:14:00Z' % (rs(r, 1, 'abcdefghijklmnopqrstuvwxyz') + '.' + person(r, 'nl')[1].lower().replace(' ', ''),
                                                                   ' '.join(person(r, 'nl')), k, pw, r.randint(1, 12), r.randint(1, 28)))
        sec += [k, pw]
    g.pos('tsv_user_export', '\n'.join(rows) + '\n', sec)

    # 5 jsonl users
    lines, sec = [], []
    for cc in ('es', 'it', 'nl'):
        gn, fn, nm, em, ph = who(cc)
        y, m, d = dob(r)
        nid = {'es': lambda: es_dni(r), 'it': lambda: it_cf(fn, gn, y, m, d, False, 'F205'), 'nl': lambda: nl_bsn(r)}[cc]()
        pp = rs(r, 2, UP) + digits(r, 7, False)
        lines.append(json.dumps({'id': uuid4(r), 'name': nm, 'email': em, 'phone': ph, 'dob': '%04d-%02d-%02d' % (y, m, d),
                                 'national_id': nid, 'passport': pp, 'country': cc.upper()}, ensure_ascii=False))
        sec += [nm, em, ph, '%04d-%02d-%02d' % (y, m, d), nid, pp]
    g.pos('jsonl_users', '\n'.join(lines) + '\n', sec)

    # 6 ndjson app log
    gn, fn, nm, em, ph = who('fr')
    pw, t = P(), jwt(r, {'sub': digits(r, 6), 'email': em, 'iat': 1741774462, 'exp': 1741778062})
    lines = [{'ts': '2025-03-12T10:31:02.114Z', 'lvl': 'warn', 'evt': 'login_failed', 'user': em, 'password': pw, 'reason': 'bad_password'},
             {'ts': '2025-03-12T10:31:09.871Z', 'lvl': 'info', 'evt': 'login_ok', 'user': em, 'token': t},
             {'ts': '2025-03-12T10:31:10.002Z', 'lvl': 'info', 'evt': 'profile_view', 'user_id': 88213}]
    g.pos('ndjson_app_log', '\n'.join(json.dumps(x) for x in lines) + '\n', [em, pw, t])

    # 7 xml soap
    pw = P()
    gn, fn, nm, em, ph = who('us')
    ssn, cc = us_ssn(r), card(r, 'visa')
    g.pos('xml_soap_wsse', '<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
          'xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">\n  <soapenv:Header>\n'
          '    <wsse:Security>\n      <wsse:UsernameToken>\n        <wsse:Username>svc_claims</wsse:Username>\n'
          '        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">%s</wsse:Password>\n'
          '      </wsse:UsernameToken>\n    </wsse:Security>\n  </soapenv:Header>\n  <soapenv:Body>\n    <clm:SubmitClaim xmlns:clm="urn:harbourline:claims:v2">\n'
          '      <clm:Member><clm:Name>%s</clm:Name><clm:SSN>%s</clm:SSN><clm:Phone>%s</clm:Phone></clm:Member>\n'
          '      <clm:Payment><clm:CardNumber>%s</clm:CardNumber><clm:Expiry>2027-08</clm:Expiry></clm:Payment>\n'
          '    </clm:SubmitClaim>\n  </soapenv:Body>\n</soapenv:Envelope>\n' % (pw, nm, ssn, ph, cc), [pw, nm, ssn, ph, cc])

    # 8 yaml multi-doc
    dbp, sk = P(), T('stripe_sk')
    rk = password(r, 'random')
    rk64 = b64(rk.encode())
    g.pos('yaml_multidoc_k8s', '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: checkout-config\ndata:\n  LOG_LEVEL: info\n'
          '  DB_HOST: pg-checkout.internal\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: checkout-secrets\ntype: Opaque\nstringData:\n'
          '  DB_PASSWORD: "%s"\n  STRIPE_SECRET_KEY: %s\ndata:\n  REDIS_PASSWORD: %s\n---\napiVersion: apps/v1\nkind: Deployment\n'
          'metadata:\n  name: checkout\n' % (dbp, sk, rk64), [dbp, sk, rk64])

    # 9 toml credentials
    a, b = 'cio' + rs(r, 32), T('hex40')
    g.pos('toml_cargo_credentials', '# ~/.cargo/credentials.toml\n[registry]\ntoken = "%s"\n\n[registries.corvid-internal]\ntoken = "Bearer %s"\n' % (a, b), [a, b])

    # 10 ini (s3cfg + odbc)
    ak, sk2, pw = T('aws_akid'), T('aws_secret'), P()
    g.pos('ini_s3cfg_odbc', '; ~/.s3cfg\n[default]\naccess_key = %s\nsecret_key = %s\nhost_base = s3.eu-west-1.amazonaws.com\n\n'
          '; /etc/odbc.ini\n[ReportingDW]\nDriver = ODBC Driver 18 for SQL Server\nServer = tcp:dw.corvid.internal,1433\nUID = report_reader\n'
          'PWD = %s\nEncrypt = yes\n' % (ak, sk2, pw), [ak, sk2, pw])

    # 11 protobuf text format
    k, cs = T('google_api'), 'GOCSPX-' + rs(r, 28, URLSAFE)
    gn, fn, nm, em, ph = who('au')
    g.pos('protobuf_textproto', '# proto-file: corvid/config/v1/integration.proto\n# proto-message: Integration\nname: "maps-and-sso"\n'
          'maps {\n  api_key: "%s"\n  region: "AU"\n}\noauth {\n  client_id: "%s-%s.apps.googleusercontent.com"\n  client_secret: "%s"\n}\n'
          'owner {\n  display_name: "%s"\n  email: "%s"\n  phone: "%s"\n}\n' % (k, digits(r, 12), rs(r, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), cs, nm, em, ph),
          [k, cs, nm, em, ph])

    # 12 avro json
    gn, fn, nm, em, ph = who('be')
    ib = iban_for(r, 'BE')
    schema = {'type': 'record', 'name': 'Payee', 'namespace': 'io.corvid.payouts', 'fields': [
        {'name': 'name', 'type': 'string'}, {'name': 'email', 'type': 'string'}, {'name': 'iban', 'type': 'string'},
        {'name': 'phone', 'type': ['null', 'string']}]}
    rec = {'name': nm, 'email': em, 'iban': ib, 'phone': {'string': ph}}
    g.pos('avro_json_record', '$ avro-tools tojson payees.avro | head -1\n' + json.dumps(rec, ensure_ascii=False) +
          '\n$ avro-tools getschema payees.avro\n' + json.dumps(schema, indent=2) + '\n', [nm, em, ib, ph])

    # 13 pandas print(df)
    rows, sec = [], []
    for i in range(4):
        gn, fn, nm, em, ph = who('us')
        ssn = us_ssn(r)
        rows.append((nm, em, ssn, r.randint(52, 180) * 1000))
        sec += [nm, em, ssn]
    w1, w2 = max(len(x[0]) for x in rows), max(len(x[1]) for x in rows)
    out = ['>>> print(df)', '   ' + 'name'.rjust(w1) + '  ' + 'email'.rjust(w2) + '          ssn  salary']
    for i, (nm, em, ssn, sal) in enumerate(rows):
        out.append('%-3d%s  %s  %s  %6d' % (i, nm.rjust(w1), em.rjust(w2), ssn.rjust(11), sal))
    out.append('\n[4 rows x 4 columns]')
    g.pos('pandas_print_df', '\n'.join(out) + '\n', sec)

    # 14 SQL INSERT dump
    vals, sec = [], []
    for i in range(3):
        gn, fn, nm, em, ph = who('ie')
        at = T('github_pat') if i == 0 else rs(r, 48, URLSAFE)
        vals.append("(%d,'%s','%s','%s','$2y$10$%s','%s','2024-%02d-%02d 08:12:44')" % (
            1040 + i, nm.replace("'", "''"), em, ph, rs(r, 53, URLSAFE[:-2] + './'), at, r.randint(1, 12), r.randint(1, 28)))
        sec += [nm.replace("'", "''"), em, ph, at]
    g.pos('sql_insert_dump', '--\n-- Dumping data for table `users`\n--\n\nLOCK TABLES `users` WRITE;\n/*!40000 ALTER TABLE `users` DISABLE KEYS */;\n'
          'INSERT INTO `users` (`id`,`name`,`email`,`phone`,`password_hash`,`api_token`,`created_at`) VALUES ' + ','.join(vals) +
          ';\n/*!40000 ALTER TABLE `users` ENABLE KEYS */;\nUNLOCK TABLES;\n', sec)

    # 15 MongoDB extended JSON
    gn, fn, nm, em, ph = who('mx')
    y, m, d = dob(r)
    cc = card(r, 'mc')
    doc = {'_id': {'$oid': hexs(r, 24)}, 'name': nm, 'email': em, 'phone': ph,
           'dob': {'$date': '%04d-%02d-%02dT00:00:00Z' % (y, m, d)}, 'payment': {'pan': cc, 'exp': '11/27', 'brand': 'mastercard'},
           'createdAt': {'$date': {'$numberLong': '1709971200000'}}, 'loyaltyPoints': {'$numberInt': '420'}}
    g.pos('mongodb_extended_json', json.dumps(doc, indent=2, ensure_ascii=False) + '\n', [nm, em, ph, '%04d-%02d-%02d' % (y, m, d), cc])

    # 16 redis MONITOR
    gn, fn, nm, em, ph = who('za')
    gt, sid = 'ya29.' + rs(r, 150, URLSAFE), hexs(r, 40)
    g.pos('redis_monitor', 'OK\n1741774801.118204 [0 10.12.4.21:51234] "HSET" "user:88213" "name" "%s" "email" "%s" "phone" "%s"\n'
          '1741774801.120001 [0 10.12.4.21:51234] "SET" "oauth:google:88213" "%s" "EX" "3599"\n1741774801.120877 [0 10.12.4.22:40122] '
          '"SETEX" "sess:%s" "86400" "{\\"uid\\":88213,\\"csrf\\":\\"%s\\"}"\n' % (nm, em, ph, gt, sid, hexs(r, 32)), [nm, em, ph, gt, sid])

    # 17 Elasticsearch hits
    hits, sec = [], []
    for i in range(2):
        gn, fn, nm, em, ph = who('se')
        st = '%s %d' % (r.choice(['Storgatan', 'Drottninggatan', 'Vasagatan']), r.randint(2, 80))
        hits.append({'_index': 'crm-contacts-2025.03', '_id': rs(r, 20, URLSAFE), '_score': round(r.uniform(3, 9), 4),
                     '_source': {'name': nm, 'email': em, 'phone': ph, 'address': {'street': st, 'city': 'Uppsala', 'zip': '753 20'}}})
        sec += [nm, em, ph, st]
    g.pos('elasticsearch_hits', json.dumps({'took': 7, 'timed_out': False, 'hits': {'total': {'value': 2, 'relation': 'eq'},
                                                                                    'max_score': 8.2, 'hits': hits}}, indent=2, ensure_ascii=False) + '\n', sec)

    # 18 kafka console consumer
    lines, sec = [], []
    for i in range(3):
        gn, fn, nm, em, ph = who(r.choice(['uk', 'ie', 'au']))
        cc = card(r, r.choice(['visa', 'mc']))
        lines.append('order-%s\t%s' % (digits(r, 6), json.dumps({'event': 'payment.authorized', 'cardholder': nm, 'pan': cc,
                                                                   'email': em, 'amount': r.randint(500, 90000), 'currency': 'GBP'}, ensure_ascii=False)))
        sec += [nm, cc, em]
    g.pos('kafka_console_consumer', '$ kafka-console-consumer --bootstrap-server kafka-0:9092 --topic payments --from-beginning '
          '--property print.key=true --max-messages 3\n' + '\n'.join(lines) + '\nProcessed a total of 3 messages\n', sec)

    # 19 S3 inventory
    sec, lines = [], []
    for i in range(3):
        gn, fn, nm, em, ph = who('us')
        ssn = us_ssn(r)
        key = 'hr/onboarding/2024/%s_%s/%s_W4_%s.pdf' % (fn, gn, em.replace('@', '%40'), ssn)
        lines.append('"corvid-hr-docs","%s","%d","2024-%02d-%02dT11:02:%02d.000Z","%s","STANDARD","false"'
                     % (key, r.randint(40000, 900000), r.randint(1, 12), r.randint(1, 28), r.randint(0, 59), hexs(r, 32)))
        sec += ['%s_%s' % (fn, gn), em.replace('@', '%40'), ssn]
    g.pos('s3_inventory_csv', '\n'.join(lines) + '\n', sec)

    # 20 LDIF
    gn, fn, nm, em, ph = who('fi')
    pw = P()
    pb = b64(pw.encode())
    st = 'Fredrikinkatu %d A %d' % (r.randint(2, 70), r.randint(1, 30))
    ldv = lambda k, v: '%s: %s' % (k, v) if v.isascii() else '%s:: %s' % (k, b64(v.encode()))
    cn, sn = ldv('cn', nm), ldv('sn', fn)
    g.pos('ldif_entry', 'version: 1\n\ndn: uid=%s,ou=people,dc=corvid,dc=io\nobjectClass: inetOrgPerson\n%s\n%s\nmail: %s\n'
          'telephoneNumber: %s\nhomePostalAddress: %s$00120 Helsinki\nuserPassword:: %s\n' % (em.split('@')[0], cn, sn, em, ph, st, pb),
          [cn.split(' ', 1)[1], em, ph, st, pb])

    # 21 vCard
    gn, fn, nm, em, ph = who('pl')
    y, m, d = dob(r)
    st = 'ul. Piotrkowska %d/%d' % (r.randint(2, 200), r.randint(1, 40))
    g.pos('vcard', 'BEGIN:VCARD\nVERSION:4.0\nFN:%s\nN:%s;%s;;;\nBDAY:%04d%02d%02d\nTEL;TYPE=cell:%s\nEMAIL;TYPE=home:%s\n'
          'ADR;TYPE=home:;;%s;Łódź;;90-001;Poland\nEND:VCARD\n' % (nm, fn, gn, y, m, d, ph, em, st), [nm, '%04d%02d%02d' % (y, m, d), ph, em, st])

    # 22 iCalendar
    a1, a2 = who('nl'), who('de')
    pc, pin = rs(r, 8, 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'), digits(r, 6)
    mid = '%s %s %s' % (digits(r, 3), digits(r, 4), digits(r, 4))
    g.pos('icalendar_invite', 'BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Corvid//Scheduler 2.3//EN\nBEGIN:VEVENT\nUID:%s\n'
          'DTSTART:20250318T090000Z\nDTEND:20250318T093000Z\nSUMMARY:Quarterly payroll review\nORGANIZER;CN=%s:mailto:%s\n'
          'ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s\nDESCRIPTION:Join Zoom: https://corvid.zoom.us/j/%s?pwd=%s\\n'
          'Meeting ID: %s\\nPasscode: %s\\nDial-in PIN: %s\nEND:VEVENT\nEND:VCALENDAR\n'
          % (uuid4(r), a1[2], a1[3], a2[2], a2[3], mid.replace(' ', ''), rs(r, 32), mid, pc, pin),
          [a1[2], a1[3], a2[2], a2[3], pc])

    # 23 eml with base64 attachment
    a1, a2 = who('uk'), who('uk')
    pw = P()
    att = 'VPN portal: https://vpn.hallbergfreight.se\nusername: %s\npassword: %s\nOTP seed: %s\n' % (a2[3].split('@')[0], pw, rs(r, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))
    bl = base64.encodebytes(att.encode()).decode().strip().split('\n')
    g.pos('eml_base64_attachment', 'From: %s <%s>\nTo: %s <%s>\nSubject: your VPN access\nMIME-Version: 1.0\n'
          'Content-Type: multipart/mixed; boundary="b1_7Fq2"\n\n--b1_7Fq2\nContent-Type: text/plain; charset=utf-8\n\nHi, details attached. Delete after reading.\n\n'
          '--b1_7Fq2\nContent-Type: text/plain; name="vpn.txt"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="vpn.txt"\n\n'
          '%s\n--b1_7Fq2--\n' % (a1[2], a1[3], a2[2], a2[3], '\n'.join(bl)), [a1[3], a2[3]] + [x for x in bl if len(x) >= 6])

    # 24 eml quoted-printable
    a1, a2 = who('de'), who('de')
    pw = password(r, 'phrase')
    while '=' in pw:
        pw = password(r, 'phrase')
    body = 'Hallo %s,\n\ndein vorläufiges Passwort für das Lohnportal lautet:\n%s\nBitte ändere es bei der ersten Anmeldung.\n\nViele Grüße\n%s\n' % (a2[0], pw, a1[2])
    qp = quopri.encodestring(body.encode('utf-8')).decode()
    g.pos('eml_quoted_printable', 'From: %s <%s>\nTo: %s <%s>\nSubject: =?utf-8?q?Zugang_Lohnportal?=\nMIME-Version: 1.0\n'
          'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n%s' % (a1[2], a1[3], a2[2], a2[3], qp),
          [a1[3], a2[3], pw])

    # 25 markdown table
    rows, sec = ['| Service | Account | Password | Owner |', '|---|---|---|---|'], []
    for svc in ('Synology NAS', 'Unifi controller', 'Printer admin', 'Shared mailbox'):
        pw = P()
        gn, fn, nm, em, ph = who('au')
        rows.append('| %s | admin | `%s` | %s (%s) |' % (svc, pw, nm, ph))
        sec += [pw, nm, ph]
    g.pos('markdown_table', '## Office IT — shared accounts\n\n' + '\n'.join(rows) + '\n', sec)

    # 26 html table
    rows, sec = [], []
    for i in range(3):
        gn, fn, nm, em, ph = who('es')
        ib = iban_for(r, 'ES')
        rows.append('    <tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (nm, em, ph, iban_fmt(ib)))
        sec += [nm, em, ph, iban_fmt(ib)]
    g.pos('html_table', '<table class="socios">\n  <thead><tr><th>Nombre</th><th>Correo</th><th>Teléfono</th><th>IBAN</th></tr></thead>\n'
          '  <tbody>\n' + '\n'.join(rows) + '\n  </tbody>\n</table>\n', sec)

    # 27 duckdb over parquet
    rows, sec = [], []
    for i in range(3):
        gn, fn, nm, em, ph = who('de')
        tid = de_steuerid(r)
        rows.append((nm, em, tid))
        sec += [nm, em, tid]
    w = [max(len(x[j]) for x in rows) for j in range(3)]
    hdr = ['name', 'email', 'steuer_id']
    bar = lambda a, b, c: a + b.join('─' * (x + 2) for x in w) + c
    out = ["D SELECT name, email, steuer_id FROM 'employees.parquet' LIMIT 3;", bar('┌', '┬', '┐'),
           '│' + '│'.join(' %s ' % h.ljust(x) for h, x in zip(hdr, w)) + '│',
           '│' + '│'.join(' %s ' % 'varchar'.ljust(x) for x in w) + '│', bar('├', '┼', '┤')]
    out += ['│' + '│'.join(' %s ' % v.ljust(x) for v, x in zip(row, w)) + '│' for row in rows]
    out.append(bar('└', '┴', '┘'))
    g.pos('parquet_duckdb_output', '\n'.join(out) + '\n', sec)

    # 28 fine-tune JSONL
    lines, sec = [], []
    for i in range(2):
        gn, fn, nm, em, ph = who('in')
        cc = card(r, 'visa')
        lines.append(json.dumps({'messages': [{'role': 'system', 'content': 'You are a billing assistant.'},
                                              {'role': 'user', 'content': 'Hi, I am %s, my card %s was charged twice. Call me on %s.' % (nm, cc, ph)},
                                              {'role': 'assistant', 'content': 'Sorry about that! I have raised a refund request.'}]},
                                ensure_ascii=False))
        sec += [nm, cc, ph]
    g.pos('finetune_jsonl', '\n'.join(lines) + '\n', sec)

    # 29 maven settings.xml
    pw, tk = P(), T('artifactory')
    g.pos('maven_settings_xml', '<settings>\n  <servers>\n    <server>\n      <id>corvid-releases</id>\n      <username>deployer</username>\n'
          '      <password>%s</password>\n    </server>\n    <server>\n      <id>corvid-artifactory</id>\n      <username>ci</username>\n'
          '      <password>%s</password>\n    </server>\n  </servers>\n</settings>\n' % (pw, tk), [pw, tk])

    # 30 ansible inventory
    a, b, c = P(), P(), P('short')
    g.pos('ansible_inventory_yaml', 'all:\n  children:\n    windows:\n      hosts:\n        win-dc01.corp.local:\n        win-fs02.corp.local:\n'
          '      vars:\n        ansible_user: CORP\\\\svc_ansible\n        ansible_password: "%s"\n        ansible_connection: winrm\n'
          '    linux:\n      hosts:\n        app[01:04].corp.local:\n      vars:\n        ansible_user: deploy\n        ansible_become_password: "%s"\n'
          '        mysql_root_password: "%s"\n' % (a, b, c), [a, b, c])

    # 31 bank statement csv
    rows, sec = ['Date,Description,Counterparty,Counterparty IBAN,Amount,Balance'], []
    bal = r.randint(2000, 9000)
    for i in range(4):
        gn, fn, nm, em, ph = who(r.choice(['fr', 'nl', 'it']))
        cc = r.choice(['FR', 'NL', 'IT'])
        ib = iban_for(r, cc)
        amt = r.randint(-900, 1200)
        bal += amt
        rows.append('2025-03-%02d,SEPA transfer,"%s",%s,%d.%02d,%d.00' % (i + 3, nm, ib, amt, r.randint(0, 99), bal))
        sec += [nm, ib]
    g.pos('bank_statement_csv', '\n'.join(rows) + '\n', sec)

    # 32 docker config.json
    u, pw = 'corvidci', T('dockerhub')
    auth = b64(('%s:%s' % (u, pw)).encode())
    pw2 = P('random')
    auth2 = b64(('oauth2accesstoken:%s' % pw2).encode())
    g.pos('docker_config_json', json.dumps({'auths': {'https://index.docker.io/v1/': {'auth': auth},
                                                      'europe-docker.pkg.dev': {'auth': auth2}},
                                            'credsStore': '', 'currentContext': 'default'}, indent=2) + '\n', [auth, auth2])

    # 33 netrc
    a, b = T('heroku'), T('github_pat')
    g.pos('netrc_file', 'machine api.heroku.com\n  login ops@pinecart.io\n  password %s\nmachine git.heroku.com\n  login ops@pinecart.io\n'
          '  password %s\nmachine github.com login pinecart-bot password %s\n' % (a, a, b), [a, b])

    # 34 pgpass
    lines, sec = [], []
    for host, db in (('pg-prod-1.internal', 'orders'), ('pg-prod-1.internal', 'billing'), ('*', 'analytics')):
        pw = password(r, r.choice(['random', 'phrase']))
        pw = pw.replace(':', '\\:')
        lines.append('%s:5432:%s:%s_rw:%s' % (host, db, db, pw))
        sec.append(pw)
    g.pos('pgpass_file', '# ~/.pgpass  (chmod 600)\n' + '\n'.join(lines) + '\n', sec)

    # 35 psql result
    rows, sec = [], []
    for i in range(3):
        gn, fn, nm, em, ph = who('ng')
        k = rs(r, 32)
        rows.append((str(5100 + i), em, ph, k))
        sec += [em, ph, k]
    w = [max(len(x[j]) for x in rows + [('id', 'email', 'phone', 'api_key')]) for j in range(4)]
    out = ['orders=> SELECT id, email, phone, api_key FROM merchants LIMIT 3;',
           ' ' + ' | '.join(h.center(x) for h, x in zip(('id', 'email', 'phone', 'api_key'), w)),
           '-' + '-+-'.join('-' * x for x in w) + '-']
    out += [' ' + ' | '.join(v.ljust(x) for v, x in zip(row, w)) for row in rows]
    out.append('(3 rows)')
    g.pos('psql_result', '\n'.join(out) + '\n', sec)

    # 36 properties with DSN
    pw, k = P(), T('sendgrid')
    g.pos('java_properties_export', '#Exported by ConfigTool 4.2\n#Wed Mar 12 10:40:11 CET 2025\ndb.url=jdbc\\:oracle\\:thin\\:@//ora-prod\\:1521/ERP\n'
          'db.user=ERP_APP\ndb.password=%s\nmail.sendgrid.key=%s\n' % (pw.replace(':', '\\:').replace('=', '\\='), k),
          [pw.replace(':', '\\:').replace('=', '\\='), k])

    # ---------------------------------------------------------------- negatives
    g.neg('csv_quoted', '"customer_id","full_name_hash","email_domain","card_token","country"\n"C-008812","sha1:9f8e2b41c07a",'
          '"gmail.com","tok_visa_debit","US"\n"C-008813","sha1:4c1d77e0b9a2","outlook.com","tok_mastercard","US"\n')
    g.neg('jsonl_users', '\n'.join(json.dumps(x) for x in [
        {'id': 'usr_000418', 'name': '[redacted]', 'email': '[redacted]', 'country': 'ES', 'plan': 'pro'},
        {'id': 'usr_000419', 'name': '[redacted]', 'email': '[redacted]', 'country': 'IT', 'plan': 'free'}]) + '\n')
    g.neg('xml_soap_wsse', '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n  <soapenv:Header>\n'
          '    <wsse:Security>\n      <wsse:UsernameToken>\n        <wsse:Username>${ws.username}</wsse:Username>\n'
          '        <wsse:Password>${ws.password}</wsse:Password>\n      </wsse:UsernameToken>\n    </wsse:Security>\n  </soapenv:Header>\n'
          '  <soapenv:Body/>\n</soapenv:Envelope>\n')
    g.neg('yaml_multidoc_k8s', '---\napiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: checkout-secrets\n'
          'spec:\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  data:\n    - secretKey: DB_PASSWORD\n'
          '      remoteRef:\n        key: checkout/db\n        property: password\n---\napiVersion: apps/v1\nkind: Deployment\n'
          'metadata:\n  name: checkout\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          envFrom:\n'
          '            - secretRef:\n                name: checkout-secrets\n')
    g.neg('pandas_print_df', '>>> print(df.groupby("plan").agg(users=("id", "count"), mrr=("mrr", "sum")))\n'
          '        users       mrr\nplan                  \nfree     18214       0.0\npro       2331   46620.0\nteam       412   32548.0\n')
    g.neg('icalendar_invite', 'BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Corvid//Scheduler 2.3//EN\nBEGIN:VEVENT\nUID:evt-20250318-payroll\n'
          'DTSTART:20250318T090000Z\nDTEND:20250318T093000Z\nSUMMARY:Quarterly payroll review\nLOCATION:Room 4.12 (Oslo)\n'
          'DESCRIPTION:Agenda in the shared drive. No dial-in this time.\nEND:VEVENT\nEND:VCALENDAR\n')
    g.neg('sql_insert_dump', 'CREATE TABLE `users` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `email` varchar(255) NOT NULL,\n'
          '  `password_hash` varchar(255) NOT NULL,\n  `api_token` char(64) DEFAULT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n'
          '-- data omitted (--no-data)\n')
    g.neg('markdown_table', '## Office IT — shared accounts\n\n| Service | Account | Password | Owner |\n|---|---|---|---|\n'
          '| Synology NAS | admin | stored in Bitwarden › Office | IT on-call |\n| Unifi controller | admin | stored in Bitwarden › Network | IT on-call |\n')
    return g.cases
