"""Groups 7-9: passphrases, non-English password words, obfuscations."""
import base64 as _b64
from gen_lib import *
from gen_a import add

WORDS = """anchor apricot arctic ballad bamboo banjo basket beacon biscuit blanket blossom bounty
breeze bucket buffalo cabin cactus candle canyon carbon carpet castle cedar cherry chimney cobalt
comet copper coral cosmic cotton cradle crystal cypress dagger dolphin dragon drift eagle ember
falcon fennel ferret fiddle flint forest fossil galaxy garnet gecko ginger glacier goblet granite
gravel gypsy hammer harbor harvest hazel hermit hollow honey hornet husky igloo indigo island
jasmine jigsaw jungle kayak kennel kettle kiwi lagoon lantern lemon lilac lizard lobster lotus
magnet mango maple marble meadow meteor mimosa mirror mitten monsoon mosaic muffin mustang nectar
nutmeg oasis obsidian octopus olive onyx orbit orchid otter oyster paddle pagoda panther papaya
parrot pebble pelican pepper pigeon pillow pirate plasma plum polar poppy prairie pretzel puffin
pumpkin quartz quiver rabbit radish raven reptile ribbon rocket saddle saffron salmon sapphire
scarlet sequoia shadow sherbet silver sketch sleigh socket sparrow spider spruce squid stallion
summit sunset tadpole tango teapot thistle thunder tiger timber toffee tornado trumpet tulip
tundra turnip umbra velvet violet volcano walnut walrus whisker willow wizard yonder zephyr zodiac""".split()

_PASSPH = []


def phrase_case(form, make, nwords=4, caps=False):
    """make(words) -> (text, secrets). Retries until each secret is unique in text."""
    while True:
        ws = R.sample(WORDS, nwords)
        if caps:
            ws = [w.capitalize() for w in ws]
        text, secrets = make(ws)
        low = text.lower()
        if all(low.count(s.lower()) == 1 for s in secrets):
            add(form, text, secrets)
            return


# ====================================================================== 7. passphrases
phrase_case('passphrase/is', lambda w: (f"""Hi! I'm setting up a guest network on my TP-Link. The wifi password is {' '.join(w)} but my Android phone says "incorrect password" while my laptop connects fine. Could spaces in a WPA2 passphrase be a problem?
""", w))

phrase_case('passphrase/colon', lambda w: (f"""I created a GPG key yesterday, the passphrase: {' '.join(w)}
Today `gpg --decrypt notes.txt.gpg` says "No secret key". gpg --list-secret-keys shows nothing. Where did it go?
""", w))

phrase_case('passphrase/hyphen', lambda w: (f"""Restic repo for the NAS backups. Repository password is {'-'.join(w)} (diceware, 5 words)
$ restic -r sftp:backup@nas:/srv/restic snapshots
Fatal: wrong password or no key found
""", w), nwords=5)

phrase_case('passphrase/set-to', lambda w: (f"""I set the BitLocker recovery password to {' '.join(w)} last week and now it asks for a 48-digit recovery key instead. Are those different things?
""", w))

phrase_case('passphrase/email', lambda w: (f"""Hi team,

the new shared password for the conference room display (Room 4B, the Samsung Flip) is {' '.join(w)}
Please don't write it on the whiteboard again.

Thanks,
Priya
""", w), nwords=3)

phrase_case('passphrase/chat', lambda w: (f"""[10:41] alice: what's the pw for the staging jumpbox?
[10:42] bob: {' '.join(w)}
[10:42] bob: all lowercase with spaces
[10:43] alice: thx. hmm ssh says Permission denied (publickey,password)
""", w))

phrase_case('passphrase/dotted', lambda w: (f"""keepass_db_passphrase = {'.'.join(w)}
is this strong enough for a KeePassXC database with Argon2id default settings?
""", w))

phrase_case('passphrase/caps', lambda w: (f"""The router admin password is now: {' '.join(w)} 7!
(capital letters on each word, then space, 7 and exclamation mark). The web UI trims the trailing exclamation mark, is that a known bug with this firmware?
""", w), nwords=3, caps=True)

phrase_case('passphrase/seed', lambda w: (f"""My MetaMask shows a different address than my Ledger even though I restored the same seed phrase: {' '.join(w)}
Is it a derivation path thing (m/44'/60'/0'/0/0 vs Ledger Live)?
""", w), nwords=12)

phrase_case('passphrase/ssh-add', lambda w: (f"""$ ssh-add ~/.ssh/id_ed25519
Enter passphrase for /home/dev/.ssh/id_ed25519:
Bad passphrase, try again for /home/dev/.ssh/id_ed25519:

I'm 100% sure the passphrase is {' '.join(w)} — is there a keyboard layout issue in the terminal?
""", w))

phrase_case('passphrase/vault-unlock', lambda w: (f"""Unlock phrase for the break-glass vault: {' '.join(w)}
Store in the sealed envelope in the office safe. Who should have access to the safe key?
""", w), nwords=5)

phrase_case('passphrase/quote-less', lambda w: (f"""ok so the VeraCrypt volume password is {' '.join(w)} and the PIM is 485. It takes forever to mount, is the PIM why?
""", w))

# --- passphrase negatives
add('passphrase/is', """Login keeps failing with "The password is incorrect. Please try again." even right after a reset. Our IdP is Okta, the app uses SAML. Where do I look first?
""")
add('passphrase/is', """The password is stored in the macOS keychain, not in the repo, so `git push` should pick it up through osxkeychain. Why does it keep prompting?
""")
add('passphrase/colon', """What makes a good passphrase? NIST recommends allowing long passphrases with spaces, and many password managers generate four to six random words. Is that better than 16 random characters?
""")
add('passphrase/ssh-add', """$ ssh-keygen -t ed25519 -C "dev@laptop"
Generating public/private ed25519 key pair.
Enter file in which to save the key (/home/dev/.ssh/id_ed25519):
Enter passphrase (empty for no passphrase):
Enter same passphrase again:
Your identification has been saved in /home/dev/.ssh/id_ed25519
""")
add('passphrase/is', """Error: password is required when auth mode is 'basic'. Set the password in the config file or pass --password-stdin.
""")
add('passphrase/set-to', """The passphrase is the same one you used when you created the key; if you forgot it there is no way to recover it, you'll need to generate a new key pair.
""")

# ====================================================================== 8. non-English
NS = '!#%*-_=+.?@~$'
p = pw(sym=NS)
add('lang/tr', f"""Merhaba, veritabanı bağlantısında hata alıyorum. Kullanıcı adı app_user, şifre: {p}
Hata: FATAL: password authentication failed for user "app_user". Ne yapmalıyım?
""", [p])
p = pw(sym=NS)
add('lang/tr', f"""Ofisin Wi-Fi şifresi {p} ama misafir ağına bağlanamıyoruz, yönlendiricide ayrı bir ayar mı var?
""", [p])
p = pw(sym=NS)
add('lang/tr', f"""Sunucuya root olarak giriyorum, parola: {p}
ssh "Permission denied" diyor. sshd_config içinde PermitRootLogin no olabilir mi?
""", [p])
k = hexs(32)
add('lang/tr', f"""Hava durumu servisinin API anahtarı {k}, ama her istekte 401 dönüyor. Anahtarı header'da mı göndermem gerekiyor?
""", [k])
p = pw(sym=NS)
add('lang/tr', f"""Yeni e-posta hesabımın şifresi {p} olarak ayarlandı, Outlook'ta sürekli şifre soruyor.
""", [p])

p = pw(sym=NS)
add('lang/pl', f"""Cześć, mam problem z logowaniem do bazy. Hasło: {p}
pgAdmin pokazuje "password authentication failed". Czy problemem może być znak specjalny?
""", [p])
p = pw(sym=NS)
add('lang/pl', f"""Hasło do routera to {p}, ale po resecie nie działa. Jak przywrócić ustawienia fabryczne w TP-Link Archer C6?
""", [p])

p = pw(sym=NS)
add('lang/nl', f"""Het wachtwoord is {p} maar FileZilla geeft "530 Login incorrect". Moet ik SFTP gebruiken in plaats van FTP?
""", [p])
p = pw(sym=NS)
add('lang/nl', f"""Inloggegevens testomgeving:
gebruikersnaam: tester01
wachtwoord: {p}
Kan iemand checken of dit account nog actief is?
""", [p])

p = pw(sym=NS)
add('lang/it', f"""Ciao, ho configurato il server SMTP: utente noreply@studio-rossi.it, la password è {p}
Thunderbird dice "Accesso al server non riuscito". Devo abilitare l'accesso per app meno sicure?
""", [p])
p = pw(sym=NS)
add('lang/it', f"""La password del database è: {p}
Come posso spostarla in una variabile d'ambiente in Django?
""", [p])

p = pw(sym=NS)
add('lang/sv', f"""Hej! Lösenordet är {p} men jag kommer inte in i NAS:en via SMB från Windows 11. Vad kan vara fel?
""", [p])
p = pw(sym=NS)
add('lang/sv', f"""Inloggning för testkontot:
användarnamn: qa-bot
lösenord: {p}
""", [p])

p = pw(sym=NS)
add('lang/id', f"""Halo, saya tidak bisa login ke cPanel. Username: tokobaju, kata sandi: {p}
Sudah saya coba reset tapi tetap gagal.
""", [p])
p = pw(sym=NS)
add('lang/id', f"""Kata sandinya adalah {p}, tolong bantu cek kenapa koneksi MySQL dari Laravel ditolak.
""", [p])

p = pw(sym=NS)
add('lang/vi', f"""Chào bạn, mình không kết nối được Wi-Fi công ty. Mật khẩu là {p}, nhưng laptop báo sai mật khẩu.
""", [p])
p = pw(sym=NS)
add('lang/vi', f"""Tài khoản quản trị: admin
mật khẩu: {p}
Làm sao đổi mật khẩu này trong WordPress bằng WP-CLI?
""", [p])

p = pw(sym=NS)
add('lang/ja', f"""データベースに接続できません。ユーザー名：app_user、パスワード：{p}
エラーは「password authentication failed」です。
""", [p])
p = pw(sym=NS)
add('lang/ja', f"""テスト環境のパスワードは {p} です。ログイン後すぐに変更するように案内してください。
""", [p])

p = pw(sym=NS)
add('lang/ko', f"""안녕하세요. 서버 접속 정보입니다. 아이디: deploy, 비밀번호: {p}
ssh 접속 시 Permission denied가 나옵니다.
""", [p])
p = pw(sym=NS)
add('lang/ko', f"""공유기 관리자 비밀번호는 {p} 입니다. 포트포워딩 설정 방법 알려주세요.
""", [p])

p = pw(sym=NS)
add('lang/ar', f"""مرحباً، لا أستطيع الاتصال بقاعدة البيانات. اسم المستخدم: app، كلمة المرور: {p}
يظهر الخطأ Access denied for user.
""", [p])

p = pw(sym=NS)
add('lang/hi', f"""नमस्ते, मेरा सर्वर लॉगिन काम नहीं कर रहा। यूज़रनेम: ubuntu, पासवर्ड: {p}
SSH पर Permission denied आता है, क्या करूँ?
""", [p])

p = pw(sym=NS)
add('lang/de', f"""Das Passwort für den Testserver lautet {p}, bitte nach dem ersten Login ändern. Warum lehnt Ansible die Verbindung ab?
""", [p])
p = pw(sym=NS)
add('lang/fr', f"""Bonjour, le mot de passe : {p} ne fonctionne plus sur le serveur FTP depuis la migration.
""", [p])
p = pw(sym=NS)
add('lang/es', f"""La contraseña de la base de datos es {p} y aun así MySQL devuelve "Access denied for user 'root'@'localhost'".
""", [p])
p = pw(sym=NS)
add('lang/pt', f"""Oi, a senha do banco é {p}, mas o Hibernate não conecta. Pode ser o SSL?
""", [p])
p = pw(sym=NS)
add('lang/ru', f"""Привет! Пароль от сервера: {p}, но по SSH пускает только с ключом. Как включить вход по паролю?
""", [p])
p = pw(sym=NS)
add('lang/zh', f"""数据库密码：{p}，连接时一直提示 Access denied，是不是特殊字符需要转义？
""", [p])

# --- non-English negatives
add('lang/tr', """Şifremi unuttum, e-posta ile sıfırlama bağlantısı gelmiyor. Spam klasörünü de kontrol ettim. Ne yapabilirim?
""")
add('lang/tr', """Şifre yanlış diyor ama Caps Lock kapalı. Hesap kilitlenmiş olabilir mi?
""")
add('lang/pl', """Hasło musi mieć co najmniej 12 znaków i zawierać cyfrę. Jak wymusić tę politykę w Keycloak?
""")
add('lang/nl', """Het wachtwoord is onjuist, zegt Outlook, terwijl ik het net heb gewijzigd. Hoe lang duurt synchronisatie met Exchange?
""")
add('lang/it', """La password è sbagliata secondo il router, ma è quella scritta sull'etichetta. Cosa posso fare?
""")
add('lang/sv', """Lösenordet är fel enligt VPN-klienten fast jag bytte det igår. Hur lång tid tar det innan AD synkar?
""")
add('lang/id', """Kata sandi salah terus padahal sudah benar. Apakah akun saya diblokir setelah 5 kali percobaan?
""")
add('lang/vi', """Bạn quên mật khẩu? Hãy nhấn vào "Quên mật khẩu" để nhận email đặt lại.
""")
add('lang/ja', """パスワードが間違っていますと表示されます。パスワードの再設定方法を教えてください。
""")
add('lang/ko', """비밀번호를 잊어버렸습니다. 관리자에게 초기화를 요청해야 하나요?
""")
add('lang/ar', """نسيت كلمة المرور، كيف يمكنني إعادة تعيينها من لوحة التحكم؟
""")
add('lang/hi', """पासवर्ड कम से कम 8 अक्षरों का होना चाहिए। क्या मैं इसे बदल सकता हूँ?
""")

# ====================================================================== 9. obfuscations
lit = f"{rs(4)}\\'{rs(3)}\\x21{rs(5)}#{rs(3)}"
add('obf/ansi-c', f"""Because the password has a single quote in it I used ANSI-C quoting:

export DB_PASSWORD=$'{lit}'
psql "host=db.internal user=app dbname=app" -c 'select 1'
psql: error: FATAL:  password authentication failed for user "app"

Does psql read PGPASSWORD only, not DB_PASSWORD? 
""", [lit])

lit = f"{rs(5)}\\t{rs(4)}\\x24{rs(4)}"
add('obf/ansi-c', f"""mysql -h 127.0.0.1 -u root -p$'{lit}' shop
ERROR 1045 (28000): Access denied for user 'root'@'172.18.0.1' (using password: YES)
""", [lit])

body = rs(R.randint(60, 90))
add('obf/js-join', f"""// don't flag this in the scanner lol
const stripe = require('stripe')(['sk_live_', '{body}'].join(''));
Stripe returns "Invalid API Key provided: sk_live_****...". Is the join() breaking it?
""", [body])

t = ghp()[4:]
add('obf/js-join', f"""const token = ["ghp_", "{t[:18]}", "{t[18:]}"].join("");
const octokit = new Octokit({{ auth: token }});
I get HttpError: Bad credentials. The token works with curl.
""", [t[:18], t[18:]])

a, sa = akia(), aws_secret()
add('obf/py-join', f"""session = boto3.Session(
    aws_access_key_id=''.join(['AKIA', '{a[4:12]}', '{a[12:]}']),
    aws_secret_access_key=''.join(['{sa[:20]}', '{sa[20:]}']),
)
NoCredentialsError isn't raised but every call is AccessDenied. Did I split it wrong?
""", [a[4:12], a[12:], sa[:20], sa[20:]])

o = openai()[8:]
n = len(o) // 3
parts = [o[:n], o[n:2 * n], o[2 * n:]]
add('obf/py-join', f"""api_key = "".join([
    "sk-proj-",
    "{parts[0]}",
    "{parts[1]}",
    "{parts[2]}",
])
client = OpenAI(api_key=api_key)
openai.AuthenticationError: Error code: 401 - incorrect API key provided
""", parts)

body = rs(R.randint(50, 90))
add('obf/template-literal', f"""const key = `sk_live_${{"{body}"}}`;
TypeScript complains "Unnecessary template literal expression". Can I disable that rule just for this line?
""", [body])

sl = slack()
segs = sl.split('-')
add('obf/template-literal', f"""const SLACK = `${{'{segs[0]}'}}-${{'{segs[1]}'}}-${{'{segs[2]}'}}-${{'{segs[3]}'}}`;
await fetch('https://slack.com/api/chat.postMessage', {{ headers: {{ Authorization: `Bearer ${{SLACK}}` }} }});
Response: {{"ok":false,"error":"invalid_auth"}}
""", [segs[3]])

t = ghp()
add('obf/py-implicit', f"""GITHUB_TOKEN = (
    "{t[:20]}"
    "{t[20:]}"
)
The linter says implicit string concatenation is fine here, but requests still gets 401. Is there a hidden newline?
""", [t[:20], t[20:]])

jw = jwt()
fr = wrap(jw, 60)
jl = ' \\\n'.join(['curl -sS https://api.acme.io/v1/me', '  -H "Authorization: Bearer ' + fr[0]] + fr[1:]) + '"'
add('obf/jwt-wrapped', f"""{jl}
{{"error":"invalid_token","error_description":"Malformed token"}}
I copied it from the docs page where it was wrapped, I added backslashes at the end of each line. What's malformed?
""", fr)

sa_json = json.dumps({"type": "service_account", "project_id": "acme-data", "private_key_id": hexs(40),
                      "client_email": "etl@acme-data.iam.gserviceaccount.com"}).encode() + _b64.b64encode(bytes(R.randrange(256) for _ in range(300)))
sab = _b64.b64encode(sa_json).decode()
lines = wrap(sab, 64)
add('obf/b64-wrapped', "GOOGLE_CREDENTIALS_B64 in our CI is wrapped at 64 columns because I used `base64` without -w0:\n\nGOOGLE_CREDENTIALS_B64=" + '\n'.join(lines)
    + "\n\nThe job fails with 'Incorrect padding'. I guess the newlines break it?\n", lines)

ec = 'MHcCAQEEI' + b64s(155)
ec_lines = wrap(ec, 64)
add('obf/pem', "This key from our signing service fails to load with `ValueError: Could not deserialize key data`:\n\n-----BEGIN EC PRIVATE KEY-----\n"
    + '\n'.join(ec_lines) + "\n-----END EC PRIVATE KEY-----\n\nI pasted it into the env var with literal \\n instead of newlines, is that it?\n", ec_lines)

t = github_pat()
add('obf/go-raw', f"""package main

const apiToken = `{t}`

func main() {{
\treq, _ := http.NewRequest("GET", "https://api.github.com/user", nil)
\treq.Header.Set("Authorization", "Bearer "+apiToken)
}}
why is `http` undefined? I thought it was builtin
""", [t])

cid, csec = uuid(), rs(40, AL + '-_~.')
add('obf/go-raw-multiline', f"""var creds = `{{
  "client_id": "{cid}",
  "client_secret": "{csec}",
  "token_uri": "https://login.partner.io/oauth2/token"
}}`
json.Unmarshal(creds) fails: cannot use creds (variable of type string) as []byte value. Fix?
""", [csec])

sk_ = stripe()
enc = _b64.b64encode(sk_.encode()).decode()
add('obf/base64-echo', f"""In the deploy script we do:

STRIPE_KEY=$(echo '{enc}' | base64 -d)

Is that safer than having it in plain text?
""", [enc])

sk_ = stripe_short()
rev = sk_[::-1]
add('obf/reversed', f"""const k = "{rev}".split("").reverse().join("");
Someone said this is how to "hide" the key in our frontend bundle. Is this OK?
""", [rev])

p1, p2 = rs(10), rs(10) + '!'
add('obf/printf', f"""DB_PASS=$(printf '%s%s' '{p1}' '{p2}')
Why does docker compose see DB_PASS as empty when I put this in .env?
""", [p1, p2])

body = rs(60)
add('obf/rust-concat', f"""const STRIPE_KEY: &str = concat!("sk_live_", "{body[:30]}", "{body[30:]}");
Is concat! evaluated at compile time so the key ends up in the binary anyway?
""", [body[:30], body[30:]])

body = rs(60)
add('obf/java-concat', f"""String apiKey = "sk_live_" + "{body[:28]}"
        + "{body[28:]}";
Stripe.apiKey = apiKey;
SonarQube flags it as a hardcoded credential even though it's split, how does it know?
""", [body[:28], body[28:]])

psp = pw(sym='!#%*-_=+.?@~$')
add('obf/powershell', f"""$pw = ConvertTo-SecureString '{psp}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc_sql', $pw)
Invoke-Command -ComputerName sql01 -Credential $cred -ScriptBlock {{ Get-Service MSSQLSERVER }}
Connecting to remote server sql01 failed: WinRM cannot process the request.
""", [psp])

lit = f"{rs(4)}\\x40{rs(6)}\\x21"
add('obf/ansi-c', f"""curl -u deploy:$'{lit}' https://nexus.acme.io/service/rest/v1/status/check
HTTP/1.1 401 Unauthorized
""", [lit])

k = b64s(88)
kl = wrap(k, 30)
add('obf/c-literals', 'static const char *LICENSE_SIGNING_KEY =\n' + '\n'.join(f'    "{x}"' for x in kl)
    + ';\n\nIt compiles, but the signature check fails at runtime. Are adjacent literals concatenated without separators?\n', kl)

# --- obfuscation negatives
add('obf/js-join', """const greeting = ['Hello', 'world'].join(' ');
const path = ['api', 'v1', 'users'].join('/');
Why does path.join behave differently from Array.join with leading slashes?
""")
add('obf/ansi-c', """printf $'line one\\nline two\\tindented\\n'
echo $'\\e[1;31mERROR\\e[0m something failed'
Why does the second one not show red in my CI logs?
""")
add('obf/go-raw', """const query = `
SELECT id, email, created_at
FROM users
WHERE deleted_at IS NULL
ORDER BY created_at DESC
LIMIT $1`
Does pgx support named parameters instead of $1?
""")
add('obf/template-literal', """const url = `${process.env.API_BASE}/v1/orders?token=${process.env.API_TOKEN}`;
const auth = `Bearer ${token}`;
Is it bad to put the token in the query string instead of the header?
""")
add('obf/pem', """-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=
-----END PUBLIC KEY-----
This is the Ed25519 public key from our JWKS. How do I convert it to the x value for the JWK?
""")
add('obf/py-join', """name = ''.join([first, ' ', last])
slug = '-'.join(title.lower().split())
Which is faster for many strings, join or f-strings?
""")
