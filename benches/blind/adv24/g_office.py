"""Group office: text as it sits inside office files and exports."""
import base64
from xml.sax.saxutils import escape as xesc

from common import D, J, b64s
from dumpfmt import qp_escape, qp_wrap, ics_fold, line_pieces

SEED = 2402
TITLE = "secrets and personal data inside office files and exports"
COVERS = [
    "docx word/document.xml runs (<w:t>), values split over two runs by proofErr/rPr changes (each piece >= 6 listed), docProps/core.xml",
    "xlsx xl/sharedStrings.xml (label and value in neighbouring <si>, XML-escaped & and <), inline strings in sheet XML",
    "ODF content.xml (text:span, text:s, table cells), pptx slide <a:t> runs",
    "RTF with \\'xx escapes and \\\\ in values",
    ".eml MIME: 7bit text/plain + quoted-printable text/html (=3D, soft breaks =\\n splitting values), base64 attachments (encoded line listed)",
    "iCalendar DESCRIPTION folded at 75 octets (each visible piece listed), vCard exports",
    "pdftotext output with letter-spaced labels, column gaps and values wrapped at the column edge",
]


def build(c):
    g, p, r = c.g, c.pii, c.rng

    def tok():
        return r.choice([lambda: g.stripe("sk", "live"), g.github, g.openai, g.anthropic, g.slack_bot, g.sendgrid,
                         g.npm, g.gcp_api_key, lambda: g.twilio_api_key(), g.github_fine])()

    W = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    NS = ('<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" mc:Ignorable="w14 wp14">')

    def run(t, mono=False, bold=False):
        rp = ""
        if mono or bold:
            rp = "<w:rPr>%s%s</w:rPr>" % ('<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas"/>' if mono else "",
                                         "<w:b/>" if bold else "")
        sp = ' xml:space="preserve"' if t != t.strip() else ""
        return '<w:r w:rsidR="%s">%s<w:t%s>%s</w:t></w:r>' % (g.HEX(8), rp, sp, t)

    def para(*runs):
        return '<w:p w:rsidR="%s" w:rsidRDefault="%s">%s</w:p>' % (g.HEX(8), g.HEX(8), "".join(runs))

    # ---- docx single-line body (realistic: 2 lines), whole value in one run
    for k in range(4):
        t = tok()
        pw = g.pw(avoid="<>&\"")
        body = NS + "<w:body>" + "".join([
            para(run("Onboarding – Payments sandbox", bold=True)),
            para(run("Service account: "), run("svc-payments-%02d" % r.randint(1, 40), mono=True)),
            para(run("API key: "), run(t, mono=True)),
            para(run("Vault fallback password: "), run(pw, mono=True)),
            para(run("Rotate both after go-live. Ask #platform-sec for help.")),
        ]) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
        c.pos("docx_document_xml", J(W, body), [t, pw])

    # ---- docx value split over two runs
    for k in range(5):
        t = tok()
        cut = r.randint(8, len(t) - 8)
        a, b = t[:cut], t[cut:]
        mid = r.choice(['<w:proofErr w:type="spellStart"/>', '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>',
                        '<w:proofErr w:type="gramEnd"/>'])
        lines = [W, NS, "  <w:body>",
                 "    " + para(run("Staging credentials (do not forward)", bold=True)),
                 "    " + para(run("Token: "), run(a, mono=True) + mid + run(b, mono=True, bold=(k % 2 == 0))),
                 "    " + para(run("Expires: 2025-0%d-1%d" % (r.randint(1, 9), r.randint(0, 9)))),
                 "  </w:body>", "</w:document>"]
        c.pos("docx_split_runs", J(*lines), [a, b])

    # ---- docx core.xml (author PII) + comments
    for k in range(2):
        pe = p.person(r.choice(["GB", "DE", "NL"]))
        txt = D("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
              <dc:title>Salary review 2024</dc:title>
              <dc:creator>⟦n⟧</dc:creator>
              <cp:lastModifiedBy>⟦e⟧</cp:lastModifiedBy>
              <cp:revision>14</cp:revision>
              <dcterms:created xsi:type="dcterms:W3CDTF">2024-02-1⟦d⟧T08:41:00Z</dcterms:created>
            </cp:coreProperties>
            """, n=pe["name"], e=pe["email"], d=r.randint(0, 9))
        c.pos("docx_core_props", txt, ["<dc:creator>%s</dc:creator>" % pe["name"], pe["email"]])

    # ---- xlsx sharedStrings
    for k in range(5):
        pw = g.pw(avoid='"')
        t = tok()
        akid, sk = g.aws_akid(), g.aws_secret()
        items = ["Environment", "Username", "Password", "Notes", "prod-eu", "svc_reporting", pw,
                 "rotated Q%d" % r.randint(1, 4), "AWS access key", akid, "AWS secret", sk, "Integration token", t]
        si = "".join("<si><t%s>%s</t></si>" % (' xml:space="preserve"' if x != x.strip() else "", xesc(x)) for x in items)
        txt = J(W, '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>' % (len(items) + 6, len(items), si))
        c.pos("xlsx_shared_strings", txt, [xesc(pw), akid, sk, t])

    # ---- xlsx inline strings with PII
    for k in range(3):
        rows, secs = [], []
        for i in range(3):
            pe = p.person(r.choice(["US", "GB", "IE" if False else "FR", "ES"]))
            iban = p.iban(r.choice(["FR", "ES", "DE", "NL"]))
            rn = i + 2
            rows.append('    <row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c><c r="B%d" t="inlineStr"><is><t>%s</t></is></c><c r="C%d" t="inlineStr"><is><t>%s</t></is></c><c r="D%d"><v>%d.%02d</v></c></row>'
                        % (rn, rn, xesc(pe["name"]), rn, pe["email"], rn, iban, rn, r.randint(100, 9000), r.randint(0, 99)))
            secs += [pe["name"], pe["email"], iban]
        txt = J(W, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', "  <sheetData>",
                '    <row r="1"><c r="A1" t="inlineStr"><is><t>Payee</t></is></c><c r="B1" t="inlineStr"><is><t>E-mail</t></is></c><c r="C1" t="inlineStr"><is><t>IBAN</t></is></c><c r="D1" t="inlineStr"><is><t>Amount</t></is></c></row>',
                *rows, "  </sheetData>", "</worksheet>")
        c.pos("xlsx_inline_pii", txt, [xesc(s) for s in secs])

    # ---- ODF content.xml
    for k in range(4):
        t = tok()
        pe = p.person(r.choice(["DE", "FR", "IT", "NL"]))
        pw = g.pw(avoid="<>&")
        if k % 2 == 0:
            txt = D("""
                <office:text>
                  <text:h text:style-name="Heading_20_1" text:outline-level="1">Zugangsdaten Buchhaltung</text:h>
                  <text:p text:style-name="P1">Ansprechpartner:<text:s/><text:span text:style-name="T2">⟦n⟧</text:span>, ⟦ph⟧</text:p>
                  <text:p text:style-name="P1">API-Schlüssel:<text:tab/><text:span text:style-name="Code">⟦t⟧</text:span></text:p>
                  <text:p text:style-name="P1">Passwort:<text:s text:c="3"/>⟦pw⟧</text:p>
                </office:text>
                """, n=pe["name"], ph=pe["phone"], t=t, pw=pw)
            secs = [pe["name"], pe["phone"], t, pw]
        else:
            txt = D("""
                <table:table table:name="Comptes">
                  <table:table-row>
                    <table:table-cell office:value-type="string"><text:p>Contact</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p>⟦n⟧</text:p></table:table-cell>
                  </table:table-row>
                  <table:table-row>
                    <table:table-cell office:value-type="string"><text:p>Courriel</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p><text:a xlink:href="mailto:⟦e⟧">⟦e⟧</text:a></text:p></table:table-cell>
                  </table:table-row>
                  <table:table-row>
                    <table:table-cell office:value-type="string"><text:p>Jeton API</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p>⟦t⟧</text:p></table:table-cell>
                  </table:table-row>
                </table:table>
                """, n=pe["name"], e=pe["email"], t=t)
            secs = [pe["name"], pe["email"], t]
        c.pos("odf_content_xml", txt, [xesc(s) for s in secs])

    # ---- pptx slide
    for k in range(2):
        t = tok()
        a, b = t[:len(t) // 2], t[len(t) // 2:]
        txt = D("""
            <p:sp><p:nvSpPr><p:cNvPr id="3" name="Content Placeholder 2"/></p:nvSpPr>
            <p:txBody><a:bodyPr/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>Demo setup: export API_KEY=</a:t></a:r>
            <a:r><a:rPr lang="en-US" dirty="0"><a:latin typeface="Courier New"/></a:rPr><a:t>⟦a⟧</a:t></a:r><a:r><a:rPr lang="en-US" err="1"><a:latin typeface="Courier New"/></a:rPr><a:t>⟦b⟧</a:t></a:r></a:p>
            </p:txBody></p:sp>
            """, a=a, b=b)
        c.pos("pptx_slide_runs", txt, [a, b])

    # ---- RTF
    for k in range(3):
        pe = p.person(r.choice(["FR", "DE", "ES"]))
        pw = g.pw(avoid="{}") + "\\x"
        pw = pw[:-2] + r.choice(["\\9", "\\k"]) if k == 0 else pw[:-2]
        rtf_pw = pw.replace("\\", "\\\\")

        def rtfu(s):
            return "".join(ch if ord(ch) < 128 else "\\'%02x" % ord(ch) for ch in s)
        name = rtfu(pe["name"])
        t = tok()
        txt = D("""
            {\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fmodern Consolas;}}
            {\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1
            \\pard\\sa200\\sl276\\slmult1\\b\\f0\\fs22 Kontakt:\\b0  ⟦n⟧\\par
            Telefon: ⟦ph⟧\\par
            Admin-Passwort: {\\f1 ⟦pw⟧}\\par
            Token: {\\f1\\fs18 ⟦t⟧}\\par
            }
            """, n=name, ph=pe["phone"], pw=rtf_pw, t=t)
        secs = [name if len(name) >= 6 else "Kontakt:\\b0  " + name, pe["phone"], rtf_pw, t]
        c.pos("rtf", txt, secs)

    # ---- eml: text/plain 7bit + text/html quoted-printable with soft breaks
    for k in range(4):
        pe = p.person(r.choice(["US", "GB"]))
        link_tok = g.reset_token()
        t = tok()
        bnd = "000000000000%s" % g.hex(12)
        html = '<p>Hi %s,</p><p>your new API key is <code>%s</code>. Reset link: <a href=3D"https://app.example.com/reset?token=3D%s">reset</a></p>' % (
            pe["given"], t, link_tok)
        qp = qp_wrap(html)
        txt = J("MIME-Version: 1.0", "Subject: Your API credentials", "To: %s" % pe["email"],
                'Content-Type: multipart/alternative; boundary="%s"' % bnd, "", "--" + bnd,
                'Content-Type: text/plain; charset="UTF-8"', "",
                "Hi %s, your new API key is %s" % (pe["given"], t), "Reset: https://app.example.com/reset?token=%s" % link_tok,
                "", "--" + bnd, 'Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "",
                *qp, "--" + bnd + "--")
        secs = [pe["email"], t, link_tok]
        bodies = [ln[:-1] if ln.endswith("=") else ln for ln in qp]
        for v in (t, link_tok):
            secs += line_pieces(bodies, v)
        c.pos("eml_quoted_printable", txt, list(dict.fromkeys(secs)))

    # ---- eml base64 attachment (secret only encoded) + one plain
    for k in range(3):
        pe = p.person(r.choice(["US", "DE", "NL"]))
        pw = g.pw(avoid="\n")
        content = "DB_HOST=db.internal\nDB_PASSWORD=%s\n" % pw
        enc = b64s(content)
        assert len(enc) <= 76
        bnd = "----=_Part_%d_%d" % (r.randint(1000, 9999), r.randint(10 ** 8, 10 ** 9))
        txt = J("From: %s" % pe["email"], "Subject: creds for the migration", 'Content-Type: multipart/mixed; boundary="%s"' % bnd, "",
                "--" + bnd, "Content-Type: text/plain; charset=us-ascii", "", "See attached, delete after use.", "",
                "--" + bnd, 'Content-Type: text/plain; name="db.env"', "Content-Transfer-Encoding: base64",
                'Content-Disposition: attachment; filename="db.env"', "", enc, "--" + bnd + "--")
        c.pos("eml_base64_attachment", txt, [pe["email"], enc])

    # ---- ics folded DESCRIPTION
    for k in range(4):
        pe = p.person(r.choice(["US", "GB", "DE"]))
        pc = g.s("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", r.randint(10, 14))
        t = tok()
        zpw = g.b64url(32)
        desc = ("DESCRIPTION:Join Zoom Meeting\\nhttps://us02web.zoom.us/j/%s?pwd=%s\\nMeeting ID: %s\\nPasscode: %s\\n\\nStaging key for the demo: %s\\nHost: %s (%s)"
                % (g.digits(11), zpw, g.digits(11), pc, t, pe["name"], pe["phone"]))
        folded = ics_fold(desc)
        text = J("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "BEGIN:VEVENT",
                 "DTSTART:2024%02d%02dT150000Z" % (r.randint(1, 12), r.randint(1, 28)), "SUMMARY:Partner demo", *folded,
                 "UID:040000008200E00074C5B7101A82E008%s" % g.HEX(40), "END:VEVENT", "END:VCALENDAR")
        bodies = [ln[1:] if ln.startswith(" ") else ln for ln in folded]
        secs = []
        for v in (zpw, pc, t, pe["name"], pe["phone"]):
            secs += [v] if v in text else line_pieces(bodies, v)
        c.pos("ics_folded", text, secs)

    # ---- vCard
    for k in range(2):
        pe = p.person(r.choice(["US", "FR", "IT"]))
        txt = J("BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (pe["family"], pe["given"]), "FN:%s" % pe["name"],
                "TEL;TYPE=CELL:%s" % pe["phone"], "EMAIL;TYPE=INTERNET:%s" % pe["email"],
                "ADR;TYPE=HOME:;;%s %d;%s;;%s;" % (pe["street"], pe["num"], pe["city"], pe["postcode"]),
                "BDAY:%04d-%02d-%02d" % pe["dob"], "END:VCARD")
        c.pos("vcard", txt, ["FN:%s" % pe["name"], pe["phone"], pe["email"], "%s %d" % (pe["street"], pe["num"]),
                             "BDAY:%04d-%02d-%02d" % pe["dob"]])

    # ---- pdftotext
    for k in range(4):
        pe = p.person(r.choice(["US", "GB"]))
        t = tok()
        if k % 2 == 0:
            txt = J("A P I   C R E D E N T I A L S", "", "C l i e n t :      %s" % pe["name"],
                    "E - m a i l :      %s" % pe["email"], "S e c r e t   k e y :", "                   %s" % t,
                    "", "Page 1 of 1")
            c.pos("pdf_text_spacing", txt, [pe["name"], pe["email"], t])
        else:
            cut = r.randint(20, min(40, len(t) - 6))
            txt = J("Integration checklist                                  Contacts",
                    "1. Install the SDK (v4.2)                              %s" % pe["name"],
                    "2. Set the key: %-37s  %s" % (t[:cut], pe["phone"]),
                    "   %-52s %s" % (t[cut:], pe["email"]), "3. Run the smoke test", "", "- 2 -")
            c.pos("pdf_text_columns", txt, [pe["name"], t[:cut], t[cut:], pe["phone"], pe["email"]])
