"""Theme 5: password-manager and browser exports."""
import json

from common import ALNUM, LO, DIG, UP

G = "pwexport"


def build(c, g):
    # ---------------- Bitwarden JSON ----------------
    e1, p1, t1, p2 = g.email(), g.password("random"), g.base32(32), g.password("words")
    item = {"encrypted": False, "folders": [{"id": g.uuid(), "name": "Finance"}], "items": [
        {"id": g.uuid(), "organizationId": None, "folderId": None, "type": 1, "reprompt": 0,
         "name": "PayPal", "notes": None, "favorite": True,
         "login": {"uris": [{"match": None, "uri": "https://www.paypal.com/signin"}],
                   "username": e1, "password": p1, "totp": t1},
         "collectionIds": None},
        {"id": g.uuid(), "organizationId": None, "folderId": None, "type": 1, "reprompt": 0,
         "name": "Router admin", "notes": "FRITZ!Box 7590", "favorite": False,
         "login": {"uris": [{"match": None, "uri": "http://fritz.box"}],
                   "username": "admin", "password": p2, "totp": None},
         "collectionIds": None}]}
    c.pos(G, "bitwarden-json", "Trying to import this into Proton Pass and it says invalid file. Here's the start of bitwarden_export_20250112.json:\n\n"
          + json.dumps(item, indent=2)[:-2] + "\n  ...", [e1, p1, t1, p2])

    e2, p3, p4, t2 = g.email(), g.password("leet"), g.password("mixed"), g.base32(16)
    c.pos(G, "bitwarden-csv", f"""folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Shopping,,login,Amazon,,,0,https://www.amazon.de/ap/signin,{e2},{p3},
Work,1,login,VPN portal,"second factor is the yubikey",,0,https://vpn.corp-example.com,jdoe,{p4},otpauth://totp/Corp:jdoe?secret={t2}&issuer=Corp
,,note,Wifi at mum's,"SSID Vodafone-4F2A",,0,,,,""", [e2, p3, p4, t2])

    # ---------------- LastPass ----------------
    e3, p5, p6 = g.email(), g.password("words"), g.password("random")
    cc = g.card("visa")
    c.pos(G, "lastpass-csv", f"""url,username,password,totp,extra,name,grouping,fav
https://accounts.google.com,{e3},{p5},,,Google,Personal,1
https://login.xfinity.com,xfin_home22,{p6},,,Xfinity,Bills,0
http://sn,,,,"NoteType:Credit Card
Language:en-US
Name on Card:J DOE
Type:Visa
Number:{cc}
Security Code:{g.digits(3)}
Start Date:,
Expiration Date:March,2028
Notes:",Visa debit,Finance,0""", [e3, p5, p6, cc])

    # ---------------- 1Password ----------------
    p7, t3, e4 = g.password("random"), g.base32(32), g.email()
    p8 = g.password("leet")
    c.pos(G, "1password-csv", f"""Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes
GitHub,https://github.com/login,octo-dev,{p7},otpauth://totp/GitHub:octo-dev?secret={t3}&issuer=GitHub,true,false,dev,
Netflix,https://www.netflix.com/login,{e4},{p8},,false,false,,shared with family""",
          [p7, t3, e4, p8])

    p9 = g.password("random")
    pux = {"uuid": g.s(26, LO + DIG), "favIndex": 0, "createdAt": 1699012345, "updatedAt": 1712345678,
           "state": "active", "categoryUuid": "001",
           "details": {"loginFields": [
               {"value": "ops-admin", "id": "", "name": "username", "fieldType": "T", "designation": "username"},
               {"value": p9, "id": "", "name": "password", "fieldType": "P", "designation": "password"}],
               "notesPlain": "", "sections": [], "passwordHistory": []},
           "overview": {"subtitle": "ops-admin", "urls": [{"label": "", "url": "https://console.hetzner.cloud"}],
                        "title": "Hetzner Cloud", "url": "https://console.hetzner.cloud", "ps": 92, "pbe": 0.0}}
    c.pos(G, "1password-1pux", "unzipped the .1pux and export.data has entries like this, how do I flatten it to csv with jq?\n\n"
          + json.dumps(pux, indent=1), [p9])

    sk, mp, e5 = g.op_secret_key(), g.passphrase(4, "-"), g.email()
    c.pos(G, "1password-kit", f"""(text from my scanned Emergency Kit PDF, OCR)

1Password Emergency Kit
Created for {e5} on January 3, 2025
SIGN-IN ADDRESS  https://my.1password.eu
EMAIL ADDRESS    {e5}
SECRET KEY       {sk}
MASTER PASSWORD  {mp}
Keep this document in a safe place.""", [sk, mp, e5])

    # ---------------- KeePass ----------------
    kp, kp2 = g.password("random"), g.password("words")
    c.pos(G, "keepass-xml", f"""			<Entry>
				<UUID>{g.b64bytes(16)}</UUID>
				<IconID>0</IconID>
				<Times><LastModificationTime>2024-11-02T09:13:44Z</LastModificationTime></Times>
				<String><Key>Notes</Key><Value>domain admin, rotate quarterly</Value></String>
				<String><Key>Password</Key><Value ProtectInMemory="True">{kp}</Value></String>
				<String><Key>Title</Key><Value>DC01 Administrator</Value></String>
				<String><Key>URL</Key><Value>rdp://dc01.corp.local</Value></String>
				<String><Key>UserName</Key><Value>CORP\\Administrator</Value></String>
				<History>
					<Entry><String><Key>Password</Key><Value ProtectInMemory="True">{kp2}</Value></String></Entry>
				</History>
			</Entry>""", [kp, kp2])

    kx1, kx2, kt = g.password("mixed"), g.password("random"), g.base32(32)
    c.pos(G, "keepassxc-csv", f""""Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"
"Root/Servers","pve01 root","root","{kx1}","https://pve01.lab:8006","","","48","2024-10-01T10:00:00Z","2023-02-11T18:22:10Z"
"Root/Email","Fastmail","me","{kx2}","https://app.fastmail.com","app pw for thunderbird in notes","otpauth://totp/Fastmail?secret={kt}&period=30&digits=6&issuer=Fastmail","1","2024-12-20T08:31:00Z","2022-06-05T11:40:52Z\"""",
          [kx1, kx2, kt])

    # ---------------- Browsers ----------------
    ce1, cp1, cp2, cp3 = g.email(), g.password("words"), g.password("leet"), g.password("random")
    c.pos(G, "chrome-csv", f"""name,url,username,password,note
accounts.google.com,https://accounts.google.com/signin/v2/challenge/pwd,{ce1},{cp1},
www.ebay.co.uk,https://signin.ebay.co.uk/ws/eBayISAPI.dll,bargainhunter_77,{cp2},
192.168.0.1,http://192.168.0.1/login.html,admin,{cp3},""", [ce1, cp1, cp2, cp3])

    fe, fp1, fp2 = g.email(), g.password("mixed"), g.password("words")
    c.pos(G, "firefox-csv", f""""url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"
"https://www.reddit.com","throwaway_k8s","{fp1}",,"https://www.reddit.com","{{{g.uuid()}}}","1701234567890","1736543210987","1701234567890"
"https://login.live.com","{fe}","{fp2}",,"https://login.live.com","{{{g.uuid()}}}","1699876543210","1736000000000","1712345678901\"""",
          [fp1, fe, fp2])

    ae, ap1, at1 = g.email(), g.password("random"), g.base32(26)
    c.pos(G, "apple-passwords", f"""Title,URL,Username,Password,Notes,OTPAuth
discord.com (user),https://discord.com/,{ae},{ap1},,otpauth://totp/Discord:user?secret={at1}&algorithm=SHA1&digits=6&period=30""",
          [ae, ap1, at1])

    de, dp = g.email(), g.password("leet")
    c.pos(G, "dashlane-csv", f"""username,username2,username3,title,password,note,url,category,otpSecret
{de},,,booking.com,{dp},,https://www.booking.com,Travel,""", [de, dp])

    # ---------------- pass / Proton ----------------
    pp = g.password("random")
    c.pos(G, "password-store", f"""$ pass show work/ldap
{pp}
user: svc-jenkins
url: ldaps://ldap.corp.example:636
$ # why does `pass -c` copy only the first line?""", [pp])

    pe, ppw = g.email(), g.password("words")
    proton = {"itemId": g.b64bytes(30), "shareId": g.b64bytes(30), "data": {
        "metadata": {"name": "Steam", "note": "", "itemUuid": g.hex(8)}, "type": "login",
        "content": {"itemEmail": pe, "password": ppw, "urls": ["https://store.steampowered.com/"],
                    "totpUri": "", "passkeys": [], "itemUsername": ""}}, "state": 1, "pinned": False}
    c.pos(G, "proton-pass", json.dumps(proton, indent=2) + "\n\n^ one item from the Proton Pass JSON export, is there a CLI to convert it?", [pe, ppw])

    # ---------------- negatives ----------------
    c.neg(G, "chrome-csv", """If you want to bulk import into Chrome the CSV must have exactly this header:

name,url,username,password,note

Columns can be empty but the header order matters. Chrome ignores rows where url is missing, and a
password column full of asterisks is treated as literal text, so export from the old manager instead of
copying from its UI.""")

    c.neg(G, "keepass-xml", """<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
	<Meta>
		<Generator>KeePassXC</Generator>
		<DatabaseName>Team Vault</DatabaseName>
		<DatabaseNameChanged>2024-09-14T07:12:03Z</DatabaseNameChanged>
		<MaintenanceHistoryDays>365</MaintenanceHistoryDays>
		<MemoryProtection>
			<ProtectTitle>False</ProtectTitle>
			<ProtectUserName>False</ProtectUserName>
			<ProtectPassword>True</ProtectPassword>
			<ProtectURL>False</ProtectURL>
			<ProtectNotes>False</ProtectNotes>
		</MemoryProtection>
		<HistoryMaxItems>10</HistoryMaxItems>
		<HistoryMaxSize>6291456</HistoryMaxSize>
	</Meta>""")
