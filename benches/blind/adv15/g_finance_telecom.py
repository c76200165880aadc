"""finance_telecom: VoIP/SIP credentials, SWIFT/ISO 20022/NACHA payment data, card data in logs and receipts."""
import json
import random

import common as C
from common import fill

R = random.Random(150404)
SIPP = "!#%*-_+=.?~"


def aba(rng):
    body = rng.choice(["0", "1", "2", "3"]) + C.rs(rng, C.DIGITS, 7)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(a) * b for a, b in zip(body, w))
    return body + str((10 - s % 10) % 10)


def uniq(text, shorts):
    return all(text.count(s) == 1 for s in shorts)


def build():
    c = C.Cases("finance_telecom")
    F = "sip"
    s1, s2 = C.pw_mixed(R, 16, SIPP), C.pw_mixed(R, 12, SIPP)
    c.pos(F, fill("""
        Asterisk 16 (chan_sip, yes I know). Trunk registers but extensions get 401 on every call.

        ; /etc/asterisk/sip.conf
        [general]
        context=from-external
        allowguest=no
        register => 4930128841:{{s1}}@sip.carrier-voice.example/4930128841

        [carrier-trunk]
        type=peer
        host=sip.carrier-voice.example
        defaultuser=4930128841
        secret={{s1}}
        fromdomain=sip.carrier-voice.example
        insecure=port,invite
        dtmfmode=rfc2833

        [201]
        type=friend
        host=dynamic
        secret={{s2}}
        context=internal
        callerid="Reception" <201>
        """, s1=s1, s2=s2), [s1, s2])

    s1, s2, s3 = C.pw_mixed(R, 20, SIPP), C.pw_mixed(R, 14, SIPP), C.pw_mixed(R, 14, SIPP)
    c.pos(F, fill("""
        pjsip.conf (FreePBX custom, pjsip.endpoint_custom_post.conf). Outbound calls fail with "No matching endpoint found":

        [voipms-auth]
        type=auth
        auth_type=userpass
        username=218774_office
        password={{s1}}

        [voipms-reg]
        type=registration
        outbound_auth=voipms-auth
        server_uri=sip:toronto3.voip.ms:5060
        client_uri=sip:218774_office@toronto3.voip.ms:5060

        [1001]
        type=auth
        auth_type=userpass
        username=1001
        password={{s2}}

        [1002](1001)
        username=1002
        password={{s3}}
        """, s1=s1, s2=s2, s3=s3), [s1, s2, s3])

    pw = C.pw_mixed(R, 12, SIPP)
    nonce = C.hex_n(R, 32)
    c.pos(F, fill("""
        sngrep capture of the REGISTER from the Linphone client (the 401 challenge then the retry):

        REGISTER sip:pbx.kanzlei-weber.example SIP/2.0
        Via: SIP/2.0/UDP 192.168.178.44:5060;branch=z9hG4bK.{{br}};rport
        From: <sip:107@pbx.kanzlei-weber.example>;tag={{tag}}
        To: sip:107@pbx.kanzlei-weber.example
        CSeq: 21 REGISTER
        Call-ID: {{cid}}
        Authorization: Digest realm="asterisk", nonce="{{nonce}}", algorithm=MD5, username="107", uri="sip:pbx.kanzlei-weber.example", response="{{resp}}"
        Expires: 3600
        User-Agent: Linphone-Desktop/5.2.4 (belle-sip/5.2.94)

        SIP/2.0 403 Forbidden

        and ~/.config/linphone/linphonerc:
        [auth_info_0]
        username=107
        passwd={{pw}}
        realm=asterisk
        domain=pbx.kanzlei-weber.example
        algorithm=MD5
        """, br=C.rs(R, C.ALNUM, 9), tag=C.rs(R, C.ALNUM, 9), cid=C.rs(R, C.ALNUM, 10), nonce=nonce, resp=C.hex_n(R, 32), pw=pw), [pw])

    p1, v1 = C.pw_mixed(R, 14, SIPP), "%04d" % R.randint(1000, 9999)
    p2 = C.pw_mixed(R, 14, SIPP)
    t = fill("""
        FreeSWITCH: conf/directory/default/1042.xml — user can register from the office but not from the softphone at home.

        <include>
          <user id="1042">
            <params>
              <param name="password" value="{{p1}}"/>
              <param name="vm-password" value="{{v1}}"/>
            </params>
            <variables>
              <variable name="toll_allow" value="domestic,international,local"/>
              <variable name="accountcode" value="1042"/>
              <variable name="user_context" value="default"/>
              <variable name="effective_caller_id_name" value="Support Desk"/>
              <variable name="effective_caller_id_number" value="1042"/>
            </variables>
          </user>
        </include>

        conf/sip_profiles/external/sipgate.xml:
        <include>
          <gateway name="sipgate">
            <param name="username" value="2938475e0"/>
            <param name="password" value="{{p2}}"/>
            <param name="realm" value="sipgate.de"/>
            <param name="register" value="true"/>
          </gateway>
        </include>
        """, p1=p1, v1=v1, p2=p2)
    assert uniq(t, [v1])
    c.pos(F, t, [p1, v1, p2])

    sid, tok = C.twilio_sid(R), C.hex_n(R, 32)
    ksid, ksec = C.twilio_sid(R, "SK"), C.rs(R, C.ALNUM, 32)
    c.pos(F, fill("""
        // config/telephony.ts — the IVR webhooks work locally but the outbound dialer returns 20003 Authenticate
        export const telephony = {
          accountSid: "{{sid}}",
          authToken: "{{tok}}",
          apiKeySid: "{{ksid}}",
          apiKeySecret: "{{ksec}}",
          callerId: "+14155550132",
          statusCallback: "https://dialer.example-crm.com/hooks/twilio/status",
        };
        """, sid=sid, tok=tok, ksid=ksid, ksec=ksec), [tok, ksec])

    pid, ptok = "MA" + C.rs(R, C.UPPER + C.DIGITS, 18), C.rs(R, C.ALNUM, 40)
    pw = C.pw_mixed(R, 16, SIPP)
    c.pos(F, fill("""
        From: noc@voice-carrier.example
        Subject: Your SIP trunk is active — order #VC-228104

        Hello,

        your elastic SIP trunk is now provisioned.

          SIP domain:      trunk-228104.sip.voice-carrier.example
          Auth username:   trk228104
          Auth password:   {{pw}}
          Channels:        30
          DIDs:            +27 21 555 0140 – 0159

        REST API (number porting, CDR export):
          Auth ID:    {{pid}}
          Auth Token: {{ptok}}

        Kind regards,
        Voice Carrier NOC
        """, pw=pw, pid=pid, ptok=ptok), [pw, ptok])

    p1, p2 = C.pw_mixed(R, 12, SIPP), C.pw_mixed(R, 12, SIPP)
    c.pos(F, fill("""
        Yealink T46U provisioning file served from our TFTP (y000000000108.cfg + MAC file 805ec0a1b2c3.cfg):

        #!version:1.0.0.1
        account.1.enable = 1
        account.1.label = Front Desk
        account.1.auth_name = 2001
        account.1.user_name = 2001
        account.1.password = {{p1}}
        account.1.sip_server.1.address = pbx.clinic-north.local
        static.security.user_password = admin:{{p2}}
        features.dnd.enable = 0

        phones show "Registration failed" — is the password line the issue or the server address?
        """, p1=p1, p2=p2), [p1, p2])

    F = "swift"
    ib1, ib2 = C.iban(R, "DE"), C.iban(R, "GB", bank="NWBK")
    n1, n2 = "MARTINA KESSLER", "OLUWASEUN ADEYEMI"
    c.pos(F, fill("""
        Ops, this MT103 was returned (RJT, reason AC01 incorrect account number). Can you check the :59: field format?

        {1:F01COBADEFFAXXX0000123456}{2:I103NWBKGB2LXXXXN}{3:{108:MT103-2405-0091}{121:{{uetr}}}}{4:
        :20:PAY240514-0091
        :23B:CRED
        :32A:240514GBP4850,00
        :33B:GBP4850,00
        :50K:/{{ib1}}
        {{n1}}
        LINDENSTRASSE 14
        60325 FRANKFURT
        :52A:COBADEFFXXX
        :57A:NWBKGB2L
        :59:/{{ib2}}
        {{n2}}
        42 CALTHORPE ROAD
        BIRMINGHAM B15 1TQ
        :70:INVOICE 2024-117 TRANSLATION SERVICES
        :71A:SHA
        -}
        """, uetr=C.uuid4(R), ib1=ib1, ib2=ib2, n1=n1, n2=n2), [ib1, ib2, n1, n2])

    acct = C.rs(R, C.DIGITS, 10)
    ib = C.iban(R, "AE")
    c.pos(F, fill("""
        Incoming payment not credited, our correspondent sent this copy:

        :20:FT24135KQ0921
        :23B:CRED
        :32A:240514USD12500,
        :50K:/{{ib}}
        AL NOOR GENERAL TRADING LLC
        DUBAI UAE
        :53A:CHASUS33
        :57A:BOFAUS3N
        :59:/{{acct}}
        HARBOR LINE IMPORTS INC
        1188 HARBOR BLVD, LONG BEACH CA
        :70:PO 55-1290 CONTAINER MSKU7723410
        :71A:OUR
        """, ib=ib, acct=acct), [ib, acct])

    dn, cn1, cn2 = "Sabine Hoxha", "Arben Krasniqi", "Elira Dushku"
    di, ci1, ci2 = C.iban(R, "AT"), C.iban(R, "DE"), C.iban(R, "NL")
    c.pos(F, fill("""
        Bank portal rejects our payroll batch (pain.001.001.03) with "Schema validation failed". File:

        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
          <CstmrCdtTrfInitn>
            <GrpHdr><MsgId>PAYROLL-2024-05</MsgId><CreDtTm>2024-05-27T09:00:00</CreDtTm><NbOfTxs>2</NbOfTxs><CtrlSum>6230.40</CtrlSum>
              <InitgPty><Nm>Alpenblick Software GmbH</Nm></InitgPty></GrpHdr>
            <PmtInf>
              <PmtInfId>SAL-05</PmtInfId><PmtMtd>TRF</PmtMtd><ReqdExctnDt>2024-05-28</ReqdExctnDt>
              <Dbtr><Nm>{{dn}}</Nm></Dbtr>
              <DbtrAcct><Id><IBAN>{{di}}</IBAN></Id></DbtrAcct>
              <DbtrAgt><FinInstnId><BIC>BKAUATWWXXX</BIC></FinInstnId></DbtrAgt>
              <CdtTrfTxInf>
                <PmtId><EndToEndId>SAL-05-001</EndToEndId></PmtId>
                <Amt><InstdAmt Ccy="EUR">3120.20</InstdAmt></Amt>
                <Cdtr><Nm>{{cn1}}</Nm></Cdtr>
                <CdtrAcct><Id><IBAN>{{ci1}}</IBAN></Id></CdtrAcct>
              </CdtTrfTxInf>
              <CdtTrfTxInf>
                <PmtId><EndToEndId>SAL-05-002</EndToEndId></PmtId>
                <Amt><InstdAmt Ccy="EUR">3110.20</InstdAmt></Amt>
                <CdtrAgt><FinInstnId><BIC>INGBNL2A</BIC></FinInstnId></CdtrAgt>
                <Cdtr><Nm>{{cn2}}</Nm></Cdtr>
                <CdtrAcct><Id><IBAN>{{ci2}}</IBAN></Id></CdtrAcct>
              </CdtTrfTxInf>
            </PmtInf>
          </CstmrCdtTrfInitn>
        </Document>
        """, dn=dn, di=di, cn1=cn1, ci1=ci1, cn2=cn2, ci2=ci2), [di, ci1, ci2, cn1, cn2])

    own = C.iban(R, "BE")
    rows = [(C.iban(R, "FR"), "FACT-2024-0412", "-1250,00"), (C.iban(R, "ES"), "ALQUILER MAYO", "-980,00"),
            (C.iban(R, "NL"), "Refund order 88412", "149,95")]
    c.pos(F, fill("""
        MT940 from the bank's SFTP, our parser chokes on the :86: lines. Sample:

        :20:STMT240514
        :25:{{own}}
        :28C:00091/001
        :60F:C240513EUR18422,17
        :61:2405140514D1250,00NTRFNONREF//24135000412
        :86:/EREF/FACT-2024-0412/IBAN/{{i0}}/BIC/BNPAFRPP/NAME/Atelier Moreau SARL/REMI/FACT-2024-0412
        :61:2405140514D980,00NTRFNONREF//24135000413
        :86:/IBAN/{{i1}}/NAME/Inmobiliaria Ruiz SL/REMI/ALQUILER MAYO
        :61:2405140514C149,95NTRFNONREF//24135000414
        :86:/IBAN/{{i2}}/REMI/Refund order 88412
        :62F:C240514EUR16342,12
        """, own=own, i0=rows[0][0], i1=rows[1][0], i2=rows[2][0]), [own, rows[0][0], rows[1][0], rows[2][0]])

    # NACHA
    org_rt = aba(R)
    entries = []
    for name in ["DARNELL WASHINGTON", "PRIYA RAMASWAMY", "KOFI BOATENG"]:
        rt = aba(R)
        acct = C.rs(R, C.DIGITS, R.randint(8, 12))
        amt = R.randint(150000, 480000)
        entries.append((rt, acct, amt, name))
    lines = ["101 %s %s2405281200A094101NORTHSHORE CREDIT UNION BRIGHTLINE STAFFING LLC         " % (org_rt, "1" + C.rs(R, C.DIGITS, 9)),
             "5220BRIGHTLINE STAF                    1%sPPDPAYROLL   240528240528   1%s0000001" % (C.rs(R, C.DIGITS, 9), org_rt[:8])]
    for i, (rt, acct, amt, name) in enumerate(entries):
        lines.append("622%s%s%s%s%s  0%s%07d" % (rt, acct.ljust(17), "%010d" % amt, ("EMP%05d" % R.randint(1, 99999)).ljust(15),
                                              name.ljust(22), org_rt[:8], i + 1))
    eh = sum(int(e[0][:8]) for e in entries) % 10 ** 10
    lines.append("8220%06d%010d%012d%012d1%s                         %s0000001" % (len(entries), eh, 0, sum(e[2] for e in entries), C.rs(R, C.DIGITS, 9), org_rt[:8]))
    lines.append(("9000001000001%08d%010d%012d%012d" % (len(entries), eh, 0, sum(e[2] for e in entries))).ljust(94))
    c.pos(F, "ACH file rejected by the bank: 'Entry detail record 2: invalid field'. Here's the file (fixed width):\n\n"
          + "\n".join(lines) + "\n\ncan you check the column positions?", [e[1] for e in entries] + [e[3] for e in entries])

    F = "card"
    while True:
        pan = C.card(R, "visa")
        exp, sc, disc = "2711", "201", C.rs(R, C.DIGITS, 13)
        t2 = "%sD%s%s%s" % (pan, exp, sc, disc)
        if len(t2) % 2:
            t2 += "F"
        text = fill("""
            [2024-05-14 12:03:44.118] EMV: GPO OK, AIP=3900 AFL=08010100 10010301 18010201
            [2024-05-14 12:03:44.201] EMV: READ RECORD SFI1 REC1 -> 70 81 8C 57 13 {{t2s}} 5F 20 0F 4D 45 4E 53 41 48 2F 4B 57 41 4D 45 20 20 9F 1F 18 ...
            [2024-05-14 12:03:44.202] EMV: tag 57 (Track 2 Equivalent Data) = {{t2}}
            [2024-05-14 12:03:44.202] EMV: tag 5A (PAN) = {{pan}}
            [2024-05-14 12:03:44.203] EMV: tag 5F24 (Expiry) = {{exp}}31
            [2024-05-14 12:03:44.480] HOST: 0100 sent, waiting... timeout after 30000ms (DE39=91)
            why does the terminal time out only for contactless? full debug log attached above.
            """, t2s=" ".join(C.chunks_of(t2, 2)), t2=t2, pan=pan, exp=exp)
        if uniq(text, [t2]):
            break
    c.pos(F, text, [pan, t2, t2[len(pan) + 1:]])

    pan = C.card(R, "mc")
    t1 = "%%B%s^ODHIAMBO/GRACE A^2609101%s?" % (pan, C.rs(R, C.DIGITS, 21))
    t2 = ";%s=2609101%s?" % (pan, C.rs(R, C.DIGITS, 12))
    c.pos(F, fill("""
        USB MSR keyboard-wedge reader test in notepad — the POS field only gets the first track. Raw swipe:

        {{t1}}{{t2}}

        I think the app needs to split on '?' and take track 2 only?
        """, t1=t1, t2=t2), [pan, t1.split("^")[2].rstrip("?"), t2.split("=")[1].rstrip("?")])

    pan = C.card(R, "visa")
    text = fill("""
            HARBORSIDE HARDWARE #0412
            1200 INDUSTRIAL PKWY
            TERMINAL 03   CLERK 117

        05/14/24                  14:22:07
        SALE
        VISA                 {{pan}}
        ENTRY: CHIP           EXP: **/**
        AID: A0000000031010
        AUTH CODE: 08342C    REF: 413514002211
        ---------------------------------
        2x DECK SCREW 3IN        $  23.98
        1x CIRC SAW BLADE 7-1/4  $  18.49
        SUBTOTAL                 $  42.47
        TAX                      $   3.50
        TOTAL                    $  45.97

                 MERCHANT COPY

        our receipts started printing the full card number after the firmware update, how do I turn masking back on (Verifone)?
        """, pan=pan)
    c.pos(F, text, [pan])

    while True:
        pan = C.card(R, "mc2")
        cvv = "%03d" % R.randint(100, 999)
        doc = {"event": "payment.failed", "merchant_ref": "ORD-%d" % R.randint(100000, 999999),
               "payment": {"amount": 8990, "currency": "KES",
                           "card": {"number": pan, "exp_month": "%02d" % R.randint(1, 12), "exp_year": "2028", "cvv": cvv,
                                    "holder": "WANJIKU NDUNGU"},
                           "gateway_response": {"code": "05", "message": "Do not honor"}},
               "created_at": "2024-05-14T11:20:04Z"}
        text = "Our payment provider's webhook payload (copied from the request log). Why is the card data even in here?\n\n" + json.dumps(doc, indent=2)
        if uniq(text, [cvv]):
            break
    c.pos(F, text, [pan, cvv])

    while True:
        pan = C.card(R, "visa")
        cvv = "%03d" % R.randint(100, 999)
        text = fill("""
            access.log on the legacy shop (old gateway posts back via GET, ugh):
            203.0.113.77 - - [14/May/2024:10:41:55 +0300] "GET /checkout/return.php?order_id=77120&status=DECLINED&card_no={{pan}}&exp=0927&cvv2={{cvv}}&holder=AYSE+YILMAZ&resp_code=51 HTTP/1.1" 302 0 "-" "Mozilla/5.0"
            203.0.113.77 - - [14/May/2024:10:41:56 +0300] "GET /checkout/failed.php?order_id=77120 HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
            """, pan=pan, cvv=cvv)
        if uniq(text, [cvv]):
            break
    c.pos(F, text, [pan, cvv])

    pan = C.card(R, "amex")
    ib = C.iban(R, "CH")
    c.pos(F, fill("""
        Buchungsdatum;Valuta;Gegenpartei;IBAN Gegenpartei;Buchungstext;Betrag;Saldo
        02.05.2024;02.05.2024;Migros Genossenschaft;;Kartenzahlung Debit;-84.35;12450.10
        03.05.2024;03.05.2024;Stefan Brunner;{{ib}};Gutschrift Miete Mai;1850.00;14300.10
        06.05.2024;06.05.2024;American Express;;LSV Amex {{pan}};-2210.70;12089.40

        (export from my bank, how do I import this into GnuCash — which columns map to what?)
        """, ib=ib, pan=C.group_card(pan)), [ib, C.group_card(pan)])

    pan = C.card(R, "visa")
    f = "%s %s %s %s" % tuple(C.chunks_of(pan, 4))
    c.pos(F, fill("""
        Subject: Dispute case CB-2024-11873 — unrecognised charge

        Dear team,
        I see a charge of EUR 312.00 from "SP * TRVLDEALS" on my statement that I did not make.
        Card: {{f}}, holder name as on card. I have already blocked the card in the app.
        Please refund and send me the dispute form.
        """, f=f), [f])

    pan = C.card(R, "disc")
    t2 = "%s=2806201%s" % (pan, C.rs(R, C.DIGITS, 10))
    c.pos(F, fill("""
        jPOS q2 log, acquirer sim returns 30 (format error):
        <log realm="channel/10.1.4.20:8000" at="2024-05-14T09:41:07.211">
          <send>
            <isomsg direction="outgoing">
              <field id="0" value="0200"/>
              <field id="2" value="{{pan}}"/>
              <field id="3" value="000000"/>
              <field id="4" value="000000004599"/>
              <field id="7" value="0514094107"/>
              <field id="11" value="004211"/>
              <field id="14" value="2806"/>
              <field id="22" value="901"/>
              <field id="35" value="{{t2}}"/>
              <field id="41" value="TRM00042"/>
              <field id="42" value="000001234567890"/>
              <field id="49" value="840"/>
            </isomsg>
          </send>
        </log>
        """, pan=pan, t2=t2), [pan, t2[len(pan) + 1:]])

    F = "payroll"
    people = [("Naledi Mokoena", C.iban(R, "DE")), ("Tomás Ferreira", C.iban(R, "ES")), ("Ayşe Demir", C.iban(R, "TR"))]
    c.pos(F, "sepa_upload_2024-05.csv — the bank tool says 'invalid IBAN in line 3', which one?\n\n"
          "Name;IBAN;Betrag;Verwendungszweck\n"
          + "\n".join("%s;%s;%s;Gehalt 05/2024" % (n, C.iban_print(i), "%d,%02d" % (R.randint(2500, 5200), R.randint(0, 99))) for n, i in people),
          [C.iban_print(i) for _, i in people])

    F = "sms_mobile"
    sp, ck, cs = C.pw_mixed(R, 8, "#_!"), C.pw_mixed(R, 12, "#_!"), C.rs(R, C.ALNUM, 24)
    c.pos(F, fill("""
        Kannel keeps reconnecting to the operator SMSC ("SMPP[opA]: ERROR: SMPP bind failed: 0x0000000e"). kannel.conf:

        group = core
        admin-port = 13000
        admin-password = {{ck}}
        smsbox-port = 13001

        group = smsc
        smsc = smpp
        smsc-id = opA
        host = smpp.operator-a.example
        port = 2775
        transceiver-mode = true
        smsc-username = ACME_OTP
        smsc-password = {{sp}}
        system-type = OTP

        group = sendsms-user
        username = otpsvc
        password = {{cs}}
        """, sp=sp, ck=ck, cs=cs), [sp, ck, cs])

    ck, csec = C.rs(R, C.ALNUM, 48), C.rs(R, C.ALNUM, 64)
    pk = C.hex_n(R, 64)
    msisdn = "2547" + C.rs(R, C.DIGITS, 8)
    doc = {"Body": {"stkCallback": {"MerchantRequestID": "%d-%d-1" % (R.randint(1000, 99999), R.randint(10 ** 7, 10 ** 8)),
                                    "CheckoutRequestID": "ws_CO_14052024112233%s" % C.rs(R, C.DIGITS, 6),
                                    "ResultCode": 0, "ResultDesc": "The service request is processed successfully.",
                                    "CallbackMetadata": {"Item": [{"Name": "Amount", "Value": 1500.0},
                                                                  {"Name": "MpesaReceiptNumber", "Value": "SEE" + C.rs(R, C.UPPER + C.DIGITS, 7)},
                                                                  {"Name": "TransactionDate", "Value": 20240514112301},
                                                                  {"Name": "PhoneNumber", "Value": int(msisdn)}]}}}}
    c.pos(F, fill("""
        M-Pesa STK push: payment succeeds but our order stays "pending". Settings + the callback we receive:

        MPESA_CONSUMER_KEY={{ck}}
        MPESA_CONSUMER_SECRET={{cs}}
        MPESA_SHORTCODE=174379
        MPESA_PASSKEY={{pk}}
        MPESA_CALLBACK_URL=https://shop.example.co.ke/api/mpesa/callback

        {{doc}}
        """, ck=ck, cs=csec, pk=pk, doc=json.dumps(doc, indent=2)), [ck, csec, pk, msisdn])

    F = "banking"
    acct, rt = C.rs(R, C.DIGITS, 12), aba(R)
    c.pos(F, fill("""
        From: Accounts Receivable <ar@brightline-staffing.example>
        Subject: Updated remittance instructions

        Hi,
        please update our bank details for all future payments:

        Beneficiary: Brightline Staffing LLC
        Bank: Northshore Credit Union
        ABA routing: {{rt}}
        Account number: {{acct}}
        Account type: business checking

        Thanks,
        Accounts Receivable

        ^ we got this from a vendor, the domain looks slightly different. how do I verify before changing it in NetSuite?
        """, rt=rt, acct=acct), [acct])

    a1, a2 = C.rs(R, C.DIGITS, 10), C.rs(R, C.DIGITS, 12)
    doc = {"accounts": [{"account_id": C.rs(R, C.ALNUM, 37), "balances": {"available": 2140.55, "current": 2210.55, "iso_currency_code": "USD"},
                         "mask": a1[-4:], "name": "Everyday Checking", "subtype": "checking", "type": "depository"},
                        {"account_id": C.rs(R, C.ALNUM, 37), "balances": {"available": 15880.0, "current": 15880.0, "iso_currency_code": "USD"},
                         "mask": a2[-4:], "name": "High Yield Savings", "subtype": "savings", "type": "depository"}],
           "numbers": {"ach": [{"account": a1, "account_id": "...", "routing": aba(R), "wire_routing": aba(R)},
                               {"account": a2, "account_id": "...", "routing": aba(R), "wire_routing": None}]},
           "request_id": C.rs(R, C.ALNUM, 15)}
    c.pos(F, "/auth/get response from the aggregator sandbox→prod switch, we log it at INFO (should we?):\n" + json.dumps(doc, indent=2),
          [a1, a2])

    # ---------------- negatives
    F = "neg"
    c.neg(F, fill("""
            HARBORSIDE HARDWARE #0412
            TERMINAL 03   CLERK 117
        05/14/24                  14:25:51
        SALE
        VISA              ************4417
        ENTRY: CONTACTLESS
        AID: A0000000031010
        AUTH CODE: 61902A    REF: 413514002219
        TOTAL                    $  12.49
        Receipt #: 0412-03-118842
        Thank you for shopping with us!

        This is how it should look after the fix: masked PAN, no expiry.
        """))

    c.neg(F, fill("""
        Correspondent banks we use for USD and EUR outgoing payments (for the ops wiki):

        | Currency | Bank                         | BIC          | Cut-off (CET) |
        |----------|------------------------------|--------------|---------------|
        | USD      | JPMorgan Chase Bank, N.A.    | CHASUS33     | 17:00         |
        | USD      | Bank of America, N.A.        | BOFAUS3N     | 16:30         |
        | EUR      | Deutsche Bank AG             | DEUTDEFFXXX  | 15:00         |
        | GBP      | NatWest                      | NWBKGB2L     | 14:00         |
        | CHF      | UBS Switzerland AG           | UBSWCHZH80A  | 12:00         |
        """))

    c.neg(F, fill("""
        {1:F01DEUTDEFFAXXX0000654321}{2:I202CHASUS33XXXXN}{4:
        :20:FX240514-33871
        :21:FX240514-33871
        :32A:240516USD2500000,00
        :52A:DEUTDEFF
        :57A:CHASUS33
        :58A:UBSWUS33XXX
        :72:/BNF/FX SETTLEMENT DEAL 558120
        -}
        MT202 for the FX deal, no customer data. Does :58A: need the branch code here?
        """))

    c.neg(F, fill("""
        INVOICE  INV-2024-05-00871
        Date: 2024-05-14        Due: 2024-06-13
        PO number: 4500218877     Customer no.: 100442
        ---------------------------------------------------
        Item   Description                 Qty   Amount
        10     Managed SIP trunk (30 ch)     1   450.00
        20     DID block (20 numbers)        1    60.00
        30     Porting fee                   1    25.00
        ---------------------------------------------------
        Net                                       535.00
        VAT 20%                                   107.00
        Total EUR                                 642.00
        Payment reference: INV-2024-05-00871
        """))

    c.neg(F, fill("""
        <!-- conf/directory/default/1042.xml, passwords come from vars.xml -->
        <user id="1042">
          <params>
            <param name="password" value="$${default_password}"/>
          </params>
        </user>
        <!-- vars.xml -->
        <X-PRE-PROCESS cmd="set" data="default_password=$${DEFAULT_PASSWORD_FROM_ENV}"/>

        FreeSWITCH warns "Setting default_password to something other than 1234 is recommended" even though I set it via env — why?
        """))

    c.neg(F, fill("""
        BIN ranges to route to the debit network (first 6 digits):

        457173  Visa Debit      GB
        535522  Mastercard Debit  NL
        402360  Visa Electron   PL
        676770  Maestro         GB

        If the BIN table lookup misses, default to credit routing.
        """))

    c.neg(F, fill("""
        2024-05-14T09:41:07.211Z txn=auth stan=004211 rrn=413509004211 tid=TRM00042 mid=000001234567890 pan=476173******0119 amt=45.99 cur=840 rc=00 auth=08342C
        2024-05-14T09:41:09.004Z txn=auth stan=004212 rrn=413509004212 tid=TRM00042 mid=000001234567890 pan=535522******8810 amt=12.00 cur=840 rc=51
        2024-05-14T09:41:12.730Z txn=rev  stan=004213 rrn=413509004211 tid=TRM00042 mid=000001234567890 pan=476173******0119 amt=45.99 cur=840 rc=00
        Why does the reversal reuse the original RRN but get a new STAN?
        """))

    c.neg(F, fill("""
        <CdtTrfTxInf>
          <PmtId><EndToEndId>${payment.endToEndId}</EndToEndId></PmtId>
          <Amt><InstdAmt Ccy="EUR">${payment.amount}</InstdAmt></Amt>
          <CdtrAgt><FinInstnId><BIC>${creditor.bic}</BIC></FinInstnId></CdtrAgt>
          <Cdtr><Nm>${creditor.name}</Nm></Cdtr>
          <CdtrAcct><Id><IBAN>${creditor.iban}</IBAN></Id></CdtrAcct>
        </CdtTrfTxInf>
        Freemarker template for pain.001 — how do I strip spaces from creditor.iban inside the template?
        """))
    return c.items
