#!/usr/bin/env python3
"""Generate the adv7 blind adversarial test set for a secret/PII redactor.

Writes cases.jsonl next to this script.  Deterministic (fixed seed), stdlib only.

Each case: {"id", "form", "text", "secrets"}.
  * positives (id ends in pNN): every string in "secrets" must be absent from
    the redacted output.  Secrets that appear split into pieces are listed
    piece by piece (each piece >= 6 chars).
  * negatives (id ends in nNN): "secrets" is [] and the text must come back
    unchanged.

All secret values are random and fake; formats follow providers' public docs.
"""
import base64
import html
import json
import os
import random
import string
import urllib.parse
import uuid

R = random.Random(20240611)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B32 = UP + "234567"
URLSAFE = AN + "-_"
B64 = AN + "+/"

# symbol sets for human passwords, chosen per surrounding syntax
S_GEN = "!@#^*-_+=?"      # general (no quotes, $, &, <, >, \, :, ;, %, spaces)
S_URL = "-_.~!*"           # safe raw in URL userinfo / logfmt / unquoted yaml
S_CONN = "!#^*-_?@"        # safe inside ;-separated connection strings


def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def pw(n=None, sym=S_GEN):
    """Human-style password: 10-20 chars, upper+lower+digit+symbol,
    starts with a letter and ends with a letter/digit."""
    n = n or R.randint(10, 20)
    while True:
        s = R.choice(UP + LO) + rs(n - 2, AN + sym * 2) + R.choice(AN)
        if (any(c in UP for c in s) and any(c in LO for c in s)
                and any(c in DG for c in s) and any(c in sym for c in s)):
            return s


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def fw(s):
    """ASCII -> full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def chunks(s, n):
    L = len(s) // n
    out = [s[i * L:(i + 1) * L] for i in range(n - 1)] + [s[(n - 1) * L:]]
    assert all(len(x) >= 6 for x in out)
    return out


# ---- provider token formats -------------------------------------------------
def akid():      return "AKIA" + rs(16, B32)
def aws_sk():    return rs(40, B64)
def ghp():       return "ghp_" + rs(36)
def gho():       return "gho_" + rs(36)
def ghs():       return "ghs_" + rs(36)
def ghpat():     return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59)
def xoxb():      return "xoxb-%s-%s-%s" % (rs(12, DG), rs(13, DG), rs(24))
def xoxp():      return "xoxp-%s-%s-%s-%s" % (rs(12, DG), rs(12, DG), rs(13, DG), rs(32, HEX))
def sk_live():   return "sk_live_51" + rs(97)
def sk_live_old(): return "sk_live_" + rs(24)
def sk_test():   return "sk_test_51" + rs(97)
def rk_live():   return "rk_live_51" + rs(97)
def whsec():     return "whsec_" + rs(32)
def openai():    return "sk-proj-" + rs(74, URLSAFE) + "T3BlbkFJ" + rs(74, URLSAFE)
def anthropic(): return "sk-ant-api03-" + rs(93, URLSAFE) + "AA"
def gkey():      return "AIzaSy" + rs(33, URLSAFE)
def glpat():     return "glpat-" + rs(20, URLSAFE)
def npm():       return "npm_" + rs(36)
def pypi():      return "pypi-AgEIcHlwaS5vcmc" + rs(R.randint(150, 170), URLSAFE)
def sendgrid():  return "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE)
def hf():        return "hf_" + rs(34, UP + LO)
def shpat():     return "shpat_" + rs(32, HEX)
def mailgun():   return "key-" + rs(32, HEX)
def hex32():     return rs(32, HEX)
def azkey():     return b64(rbytes(64))
def tfc():       return rs(14) + ".atlasv1." + rs(67)
def vault():     return "hvs.CAESI" + rs(82, URLSAFE)
def dckr():      return "dckr_pat_" + rs(27, URLSAFE)
def dop():       return "dop_v1_" + rs(64, HEX)
def ado_pat():   return rs(52, LO + "234567")
def ali_id():    return "LTAI5t" + rs(18)
def ali_sec():   return rs(30)


def slack_hook():
    tail = rs(24)
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DG), rs(10, UP + DG), tail), tail


def discord():
    uid = str(R.randint(10 ** 17, 10 ** 18))
    return b64u(uid.encode()) + "." + rs(6, URLSAFE) + "." + rs(38, URLSAFE)


def telegram():
    return "%d:AA%s" % (R.randint(10 ** 9, 8 * 10 ** 9), rs(33, URLSAFE))


def jwt(payload=None, alg="HS256"):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    payload = payload or {"sub": str(R.randint(10 ** 6, 10 ** 7)), "name": "Dana Kowalski",
                          "iat": 1718094000 + R.randint(0, 99999)}
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(rbytes(256 if alg == "RS256" else 32))
    return "%s.%s.%s" % (h, p, sig)


def pem(kind="RSA PRIVATE KEY", nbytes=300):
    if kind == "RSA PRIVATE KEY":
        raw = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + rbytes(nbytes)
    elif kind == "OPENSSH PRIVATE KEY":
        raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01" + rbytes(nbytes)
    else:
        raw = b"\x30\x81\x87\x02\x01\x00\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01" + rbytes(nbytes)
    body = b64(raw)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    text = "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)
    return text, [l for l in lines if len(l) >= 6]


# ---- case collection --------------------------------------------------------
CASES = []
_counter = {}


def S(_tmpl, **kw):
    for k, v in kw.items():
        _tmpl = _tmpl.replace("\u27ea%s\u27eb" % k, v)
    assert "\u27ea" not in _tmpl, _tmpl
    return _tmpl


def _add(form, text, secrets):
    assert "/" in form and "." not in form
    kind = "p" if secrets else "n"
    key = (form, kind)
    _counter[key] = _counter.get(key, 0) + 1
    cid = "%s.%s%02d" % (form.replace("/", "."), kind, _counter[key])
    CASES.append({"id": cid, "form": form, "text": text, "secrets": list(secrets)})


def P(form, text, *secrets):
    flat = []
    for s in secrets:
        flat.extend(s if isinstance(s, (list, tuple)) else [s])
    assert flat
    _add(form, text, flat)


def N(form, text):
    _add(form, text, [])


# =============================================================================
# 1. lang: password / key words in languages other than English
# =============================================================================
def g_lang():
    G = "lang/"
    p = pw()
    P(G + "de_sentence", S("Hallo zusammen, ich komme nicht auf den Staging-Server. Das Passwort lautet ⟪p⟫ und der Benutzer ist deploy, aber ich bekomme immer \"Permission denied\". Hat jemand eine Idee?", p=p), p)
    p, k = pw(), gkey()
    P(G + "de_kv", S("Zugangsdaten für das neue Kundenportal:\nBenutzername: m.schneider\nKennwort: ⟪p⟫\nAPI-Schlüssel: ⟪k⟫\nBitte nach dem ersten Login ändern.", p=p, k=k), p, k)
    p = pw()
    P(G + "fr_sentence", S("Salut ! Le mot de passe de la base de préprod est ⟪p⟫ mais psql me renvoie « FATAL: password authentication failed ». Tu peux regarder ?", p=p), p)
    k, p = sk_live(), pw()
    P(G + "fr_kv", S("# configuration du module de paiement\nclé_secrète = \"⟪k⟫\"\nmot_de_passe_admin = \"⟪p⟫\"\ndevise = \"EUR\"", k=k, p=p), k, p)
    p = pw()
    P(G + "es_sentence", S("Buenas, te paso la contraseña del correo corporativo: ⟪p⟫. Cámbiala en cuanto entres, porfa.", p=p), p)
    p, k = pw(), sendgrid()
    P(G + "es_kv", S("usuario=soporte\ncontraseña=⟪p⟫\nclave_api=⟪k⟫\nservidor=mail.empresa.es:993", p=p, k=k), p, k)
    p = pw()
    P(G + "pt_sentence", S("Oi! A senha do servidor de produção é ⟪p⟫ — não compartilhe com ninguém, tá?", p=p), p)
    p = pw()
    P(G + "it_sentence", S("Ciao, la password dell'utente admin su Jenkins è ⟪p⟫, me l'ha passata Marco ieri. Adesso però il login fallisce, sai perché?", p=p), p)
    p = pw()
    P(G + "nl_sentence", S("Het wachtwoord voor de VPN is ⟪p⟫. Laat maar weten als het niet werkt!", p=p), p)
    p = pw()
    P(G + "pl_sentence", S("Cześć, hasło do panelu administracyjnego to ⟪p⟫ (login: admin). Od wczoraj nie mogę się zalogować.", p=p), p)
    p = pw()
    P(G + "ru_sentence", S("Подскажите, почему не подключается? Пароль от сервера: ⟪p⟫, логин root, порт 22.", p=p), p)
    k, p = telegram(), pw()
    P(G + "ru_kv", S("токен_бота = \"⟪k⟫\"\nпароль_бд = \"⟪p⟫\"\nадмин_чат = -100123456789", k=k, p=p), k, p)
    p = pw()
    P(G + "uk_sentence", S("Ось пароль до бази даних: ⟪p⟫ — будь ласка, не публікуй його в чаті.", p=p), p)
    p = pw()
    P(G + "tr_sentence", S("Veritabanı şifresi ⟪p⟫ ama bağlanamıyorum, \"access denied\" hatası alıyorum. Neden olabilir?", p=p), p)
    p = pw()
    P(G + "ja_sentence", S("本番DBのパスワードは⟪p⟫です。接続できないので見てもらえますか？", p=p), p)
    k, p = anthropic(), pw()
    P(G + "ja_kv", S("APIキー：⟪k⟫\nパスワード：⟪p⟫\n有効期限：2024年12月31日", k=k, p=p), k, p)
    p = pw()
    P(G + "zh_sentence", S("数据库密码是⟪p⟫，用户名是root，帮我看看为什么连不上。", p=p), p)
    a, s = ali_id(), ali_sec()
    P(G + "zh_kv", S("阿里云配置：\nAccessKey ID：⟪a⟫\nAccessKey Secret：⟪s⟫\n地域：cn-hangzhou", a=a, s=s), a, s)
    p = pw()
    P(G + "ko_sentence", S("비밀번호는 ⟪p⟫ 입니다. 그런데 로그인이 안 돼요.", p=p), p)
    p = pw()
    P(G + "hi_sentence", S("सर्वर का पासवर्ड ⟪p⟫ है, कृपया इसे किसी से साझा न करें।", p=p), p)
    p = pw()
    P(G + "id_sentence", S("Kata sandi untuk akun admin adalah ⟪p⟫, tolong segera diganti ya.", p=p), p)
    p = pw()
    P(G + "vi_sentence", S("Mật khẩu của máy chủ là ⟪p⟫, đừng chia sẻ cho ai nhé.", p=p), p)
    p = pw()
    P(G + "ar_sentence", S("كلمة المرور الخاصة بالخادم هي ⟪p⟫ من فضلك لا تشاركها مع أحد.", p=p), p)
    p = pw()
    P(G + "he_sentence", S("הסיסמה לשרת היא ⟪p⟫ אל תשתף אותה עם אף אחד.", p=p), p)
    p = pw()
    P(G + "el_sentence", S("Ο κωδικός πρόσβασης για τη βάση είναι ⟪p⟫, άλλαξέ τον μετά την πρώτη σύνδεση.", p=p), p)
    p = pw()
    P(G + "cs_sentence", S("Heslo k serveru je ⟪p⟫, uživatel deploy. Díky!", p=p), p)
    p = pw()
    P(G + "sv_sentence", S("Lösenordet till wifi-nätverket på kontoret är ⟪p⟫", p=p), p)

    # negatives
    N(G + "de_prose", "Ich habe mein Passwort vergessen. Wie kann ich es zurücksetzen, wenn ich keinen Zugriff mehr auf meine E-Mail habe?")
    N(G + "fr_prose", "Le mot de passe doit contenir au moins 12 caractères, dont une majuscule, un chiffre et un caractère spécial.")
    N(G + "es_prose", "¿Dónde guarda Django la contraseña? ¿En la tabla auth_user, columna password, como hash PBKDF2?")
    N(G + "ru_docs", "Пароль должен быть не короче 8 символов. Поле `password` обязательно, поле `password_confirmation` должно совпадать.")
    N(G + "ja_prose", "パスワードを忘れた場合は、ログイン画面の「パスワードを再設定」をクリックしてください。")
    N(G + "zh_placeholder", "请在 .env 文件中设置 DB_PASSWORD=${DB_PASSWORD}，不要把密码直接写进代码里。")
    N(G + "pt_placeholder", "Exemplo de configuração:\nusuario: <seu-usuario>\nsenha: <sua-senha-aqui>\nchave_api: <sua-chave-api>")
    N(G + "pl_masked", "Login: operator\nHasło: ******** (ukryte)\nOstatnia zmiana hasła: 2024-03-14")
    N(G + "tr_error", "Kayıt sırasında şu hatayı alıyorum: \"Şifre alanı boş bırakılamaz\" ve password_confirmation alanı eşleşmiyor. Ne yapmalıyım?")
    N(G + "ko_code", "비밀번호 변경 후에 `passwordResetToken` 필드를 null로 설정해야 하나요, 아니면 `resetTokenExpiresAt`만 과거로 바꾸면 되나요?")


# =============================================================================
# 2. files: secrets in config files of many kinds
# =============================================================================
def g_files():
    G = "files/"
    t = npm()
    P(G + "npmrc_token", S("npm publish fails with `E403 Forbidden - PUT https://registry.npmjs.org/@acme%2fui-kit`. This is my ~/.npmrc, is the scope line wrong?\n\n```\n@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=⟪t⟫\naccess=public\n```", t=t), t)
    a = b64("ci-bot:" + pw())
    P(G + "npmrc_auth", S("Getting 401 from Artifactory with this project .npmrc:\n\nregistry=https://artifactory.acme.io/artifactory/api/npm/npm-virtual/\n_auth=⟪a⟫\nemail=ci-bot@acme.io\nalways-auth=true", a=a), a)
    t1, t2 = pypi(), pypi()
    P(G + "pypirc", S("twine upload says 403 Invalid or non-existent authentication information. ~/.pypirc:\n\n[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\nusername = __token__\npassword = ⟪t1⟫\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\npassword = ⟪t2⟫", t1=t1, t2=t2), t1, t2)
    p = pw(sym=S_URL)
    P(G + "pip_conf", S("# /etc/pip.conf on the build agents\n[global]\nindex-url = https://ci-reader:⟪p⟫@nexus.acme.internal/repository/pypi-all/simple\ntrusted-host = nexus.acme.internal\ntimeout = 60", p=p), p)
    p = pw(sym=S_CONN)
    P(G + "maven_settings", S("mvn deploy returns 401 Unauthorized. Relevant part of ~/.m2/settings.xml:\n\n<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>⟪p⟫</password>\n    </server>\n  </servers>\n</settings>", p=p), p)
    t = ado_pat()
    P(G + "nuget_config", S("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <add key=\"acme\" value=\"https://pkgs.dev.azure.com/acme/_packaging/acme/nuget/v3/index.json\" />\n  </packageSources>\n  <packageSourceCredentials>\n    <acme>\n      <add key=\"Username\" value=\"build@acme.com\" />\n      <add key=\"ClearTextPassword\" value=\"⟪t⟫\" />\n    </acme>\n  </packageSourceCredentials>\n</configuration>", t=t), t)
    a1, a2 = b64("jdoe:" + glpat()), b64("jdoe:" + dckr())
    cfg = json.dumps({"auths": {"registry.gitlab.com": {"auth": a1},
                                "https://index.docker.io/v1/": {"auth": a2}},
                      "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}}, indent="\t")
    P(G + "docker_config", "docker pull from the GitLab registry says unauthorized, here's ~/.docker/config.json:\n\n" + cfg, a1, a2)
    t, g = ghp(), glpat()
    P(G + "git_credentials", S("$ cat ~/.git-credentials\nhttps://jdoe:⟪t⟫@github.com\nhttps://oauth2:⟪g⟫@gitlab.acme.io", t=t, g=g), t, g)
    a, s = akid(), aws_sk()
    P(G + "rclone_conf", S("[s3-backup]\ntype = s3\nprovider = AWS\nenv_auth = false\naccess_key_id = ⟪a⟫\nsecret_access_key = ⟪s⟫\nregion = eu-west-1\nacl = private", a=a, s=s), a, s)
    a, s = akid(), aws_sk()
    P(G + "s3cfg", S("s3cmd ls gives SignatureDoesNotMatch, my ~/.s3cfg:\n[default]\naccess_key = ⟪a⟫\nsecret_key = ⟪s⟫\nbucket_location = EU\nhost_base = s3.amazonaws.com\nhost_bucket = %(bucket)s.s3.amazonaws.com\nuse_https = True", a=a, s=s), a, s)
    a, s = akid(), aws_sk()
    P(G + "boto_cfg", S("# /etc/boto.cfg\n[Credentials]\naws_access_key_id = ⟪a⟫\naws_secret_access_key = ⟪s⟫\n\n[Boto]\ndebug = 0\nnum_retries = 10", a=a, s=s), a, s)
    p1, p2 = pw(), pw()
    P(G + "pgpass", S("# ~/.pgpass (chmod 600)\ndb-primary.acme.internal:5432:billing:billing_app:⟪p1⟫\ndb-replica.acme.internal:5432:*:readonly:⟪p2⟫", p1=p1, p2=p2), p1, p2)
    p, k = pw(sym=S_URL), sk_live()
    P(G + "env_export", S("# source ./prod.env before running migrations\nexport DATABASE_URL='postgres://app:⟪p⟫@10.0.2.15:5432/app'\nexport STRIPE_SECRET_KEY=⟪k⟫\nexport SENTRY_ENVIRONMENT=production", p=p, k=k), p, k)
    k, p = rs(32), pw()
    P(G + "windows_reg", S("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\SyncAgent]\n\"ServerUrl\"=\"https://sync.acme.io\"\n\"ApiKey\"=\"⟪k⟫\"\n\"ProxyUser\"=\"ACME\\\\svc_sync\"\n\"ProxyPassword\"=\"⟪p⟫\"", k=k, p=p), k, p)
    p = pw()
    P(G + "powershell", S("This works interactively but fails from Task Scheduler, why?\n\n$user = \"ACME\\svc_backup\"\n$securePass = ConvertTo-SecureString \"⟪p⟫\" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential($user, $securePass)\nInvoke-Command -ComputerName FS01 -Credential $cred -ScriptBlock { Get-Service Spooler }", p=p), p)
    p1, p2, p3 = pw(), pw(sym=S_URL), pw()
    P(G + "ansible_vars", S("# group_vars/db_servers.yml\nmysql_root_password: \"⟪p1⟫\"\nansible_become_password: ⟪p2⟫\nmysql_replication_user: repl\nmysql_replication_password: '⟪p3⟫'", p1=p1, p2=p2, p3=p3), p1, p2, p3)
    p, k = pw(), sendgrid()
    P(G + "toml", S("# config.toml\n[server]\nport = 8080\n\n[database]\nhost = \"db.internal\"\nuser = \"svc_orders\"\npassword = \"⟪p⟫\"\n\n[integrations.sendgrid]\napi_key = \"⟪k⟫\"", p=p, k=k), p, k)
    t, c = vault(), ruuid()
    P(G + "hcl", S("# /etc/nomad.d/nomad.hcl\nvault {\n  enabled = true\n  address = \"https://vault.acme.internal:8200\"\n  token   = \"⟪t⟫\"\n}\n\nconsul {\n  address = \"127.0.0.1:8500\"\n  token   = \"⟪c⟫\"\n}", t=t, c=c), t, c)
    a, b, c = pw(8, "!*-_"), pw(8, "!*-_"), pw(8, "!*-_")
    m = pw()
    P(G + "properties_escaped", S("# application.properties\nspring.datasource.url=jdbc\\:postgresql\\://db.acme.internal\\:5432/orders\nspring.datasource.username=orders\nspring.datasource.password=⟪a⟫\\:⟪b⟫\\=⟪c⟫\nspring.mail.password=⟪m⟫", a=a, b=b, c=c, m=m), a, b, c, m)
    p = pw()
    P(G + "ini_quoted", S("; /etc/odbc.ini\n[ReportingDSN]\nDriver = ODBC Driver 18 for SQL Server\nServer = tcp:sql-reporting.acme.internal,1433\nDatabase = Reports\nUID = report_reader\nPWD = \"⟪p⟫\"\nEncrypt = yes", p=p), p)
    p, k = pw(sym=S_CONN), sendgrid()
    P(G + "xml_attr", S("<configuration>\n  <connectionStrings>\n    <add name=\"DefaultConnection\" connectionString=\"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=shop;User ID=shopadmin;Password=⟪p⟫;Encrypt=True;\" providerName=\"System.Data.SqlClient\" />\n  </connectionStrings>\n  <appSettings>\n    <add key=\"SendGridApiKey\" value=\"⟪k⟫\" />\n  </appSettings>\n</configuration>", p=p, k=k), p, k)
    k = openai()
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
                     "source": ["import os\n", "from openai import OpenAI\n", "\n",
                                "client = OpenAI(api_key=\"%s\")\n" % k,
                                "resp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": \"hi\"}])"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    P(G + "ipynb", "Why does my notebook hang on the second cell? Raw .ipynb:\n" + json.dumps(nb, indent=1), k)
    u = ruuid()
    P(G + "netrc", S("heroku CLI keeps asking me to log in even though ~/.netrc has:\n\nmachine api.heroku.com\n  login jdoe@acme.io\n  password ⟪u⟫\nmachine git.heroku.com\n  login jdoe@acme.io\n  password ⟪u⟫", u=u), u)
    az = azkey()
    ls = json.dumps({"IsEncrypted": False, "Values": {
        "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acmefuncstore;AccountKey=%s;EndpointSuffix=core.windows.net" % az,
        "FUNCTIONS_WORKER_RUNTIME": "python"}}, indent=2)
    P(G + "azure_local_settings", "local.settings.json:\n" + ls, az)
    t = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
             "kubernetes.io/serviceaccount/service-account.name": "ci-deployer",
             "sub": "system:serviceaccount:ci:ci-deployer"}, alg="RS256")
    P(G + "kubeconfig", S("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.20.0.1:6443\n    insecure-skip-tls-verify: true\n  name: onprem\nusers:\n- name: ci-deployer\n  user:\n    token: ⟪t⟫\ncontexts:\n- context:\n    cluster: onprem\n    user: ci-deployer\n  name: onprem-ci\ncurrent-context: onprem-ci", t=t), t)

    # negatives
    N(G + "ssh_config", "Host bastion\n  HostName bastion.corp.internal\n  User ec2-user\n  IdentityFile ~/.ssh/id_ed25519\n  ForwardAgent yes\n\nHost db-*\n  ProxyJump bastion\n  User ubuntu")
    N(G + "npmrc_envvar", "# .npmrc committed to the repo, CI injects the token\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${NPM_TOKEN}\n//registry.npmjs.org/:_authToken=${NPM_PUBLISH_TOKEN}")
    N(G + "maven_envref", "<server>\n  <id>acme-releases</id>\n  <username>${env.NEXUS_USER}</username>\n  <password>${env.NEXUS_PASSWORD}</password>\n</server>")
    N(G + "pypirc_placeholder", "[pypi]\nusername = __token__\npassword = <your-pypi-api-token>")
    integ = "sha512-" + b64(rbytes(64))
    N(G + "package_lock", S("\"node_modules/left-pad\": {\n  \"version\": \"1.3.0\",\n  \"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\",\n  \"integrity\": \"⟪i⟫\",\n  \"license\": \"WTFPL\"\n}", i=integ))
    N(G + "sha256sums", "# SHA256SUMS\n%s  terraform_1.8.5_linux_amd64.zip\n%s  terraform_1.8.5_darwin_arm64.zip\n%s  terraform_1.8.5_windows_amd64.zip" % (rs(64, HEX), rs(64, HEX), rs(64, HEX)))
    N(G + "env_example", "# .env.example - copy to .env and fill in\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nOPENAI_API_KEY=\nSESSION_SECRET=changeme")
    N(G + "compose_envref", "services:\n  db:\n    image: postgres:16.3\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}\n      POSTGRES_DB: app")
    N(G + "known_hosts", "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\ngitlab.corp.internal ecdsa-sha2-nistp256 " + b64(b"\x00\x00\x00\x13ecdsa-sha2-nistp256\x00\x00\x00\x08nistp256\x00\x00\x00\x41\x04" + rbytes(64)))
    N(G + "authorized_keys", "# ~/.ssh/authorized_keys\nssh-ed25519 " + b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)) + " ci-runner@build01\nssh-ed25519 " + b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)) + " backup@nas01")


# =============================================================================
# 3. code: secrets in source code in many languages
# =============================================================================
def g_code():
    G = "code/"
    k = openai()
    P(G + "go_const", S("This returns 401 from the API, what am I missing?\n\n```go\npackage main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\n\topenai \"github.com/sashabaranov/go-openai\"\n)\n\nconst apiKey = \"⟪k⟫\"\n\nfunc main() {\n\tc := openai.NewClient(apiKey)\n\tresp, err := c.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{Model: openai.GPT4oMini})\n\tfmt.Println(resp, err)\n}\n```", k=k), k)
    p = pw()
    P(G + "go_sprintf", S("dsn := fmt.Sprintf(\"postgres://%s:%s@%s/%s?sslmode=disable\", \"app\", \"⟪p⟫\", \"db:5432\", \"orders\")\ndb, err := sql.Open(\"pgx\", dsn)", p=p), p)
    t = ghp()
    P(G + "rust", S("let octocrab = octocrab::Octocrab::builder()\n    .personal_token(String::from(\"⟪t⟫\"))\n    .build()?;\nlet repos = octocrab.current().list_repos_for_authenticated_user().send().await?;", t=t), t)
    p = pw()
    P(G + "java_const", S("public class DbConfig {\n    private static final String URL = \"jdbc:postgresql://db.acme.internal:5432/orders\";\n    private static final String USER = \"orders_app\";\n    private static final String DB_PASSWORD = \"⟪p⟫\";\n}", p=p), p)
    p = pw()
    P(G + "java_positional", S("Getting `Communications link failure` here:\n\nConnection conn = DriverManager.getConnection(\"jdbc:mysql://10.0.0.12:3306/shop\", \"root\", \"⟪p⟫\");", p=p), p)
    k = sk_live()
    P(G + "kotlin", S("object Payments {\n    init {\n        Stripe.apiKey = \"⟪k⟫\"\n    }\n\n    fun charge(amount: Long) = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(amount).setCurrency(\"eur\").build())\n}", k=k), k)
    k = gkey()
    P(G + "swift", S("func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {\n    GMSServices.provideAPIKey(\"⟪k⟫\")\n    GMSPlacesClient.provideAPIKey(\"⟪k⟫\")\n    return true\n}", k=k), k)
    k = sendgrid()
    P(G + "csharp", S("var client = new SendGridClient(\"⟪k⟫\");\nvar msg = MailHelper.CreateSingleEmail(from, to, subject, plainTextContent, htmlContent);\nvar response = await client.SendEmailAsync(msg);", k=k), k)
    full = sk_live()
    rest = full[len("sk_live_"):]
    a, b = rest[:50], rest[50:]
    P(G + "php_concat", S("<?php\n// split so the secret scanner doesn't flag it\n$stripeKey = 'sk_live_' . '⟪a⟫' . '⟪b⟫';\n\\Stripe\\Stripe::setApiKey($stripeKey);", a=a, b=b), a, b)
    a, s = akid(), aws_sk()
    P(G + "ruby", S("Aws.config.update(\n  region: 'eu-west-1',\n  credentials: Aws::Credentials.new('⟪a⟫', '⟪s⟫')\n)\ns3 = Aws::S3::Client.new", a=a, s=s), a, s)
    p = pw()
    P(G + "elixir", S("config :my_app, MyApp.Repo,\n  username: \"postgres\",\n  password: \"⟪p⟫\",\n  hostname: \"db.prod.internal\",\n  pool_size: 10", p=p), p)
    t = xoxb()
    P(G + "scala", S("val slack = Slack.getInstance()\nval token = \"⟪t⟫\"\nval response = slack.methods(token).chatPostMessage(req => req.channel(\"#alerts\").text(\"deploy done\"))", t=t), t)
    k = gkey()
    P(G + "dart", S("// lib/config.dart\nconst String kMapsApiKey = '⟪k⟫';\nconst Duration kTimeout = Duration(seconds: 10);", k=k), k)
    g = glpat()
    rest = g[len("glpat-"):]
    a, b = rest[:10], rest[10:]
    P(G + "lua_concat", S("local token = \"glpat-\" .. \"⟪a⟫\" .. \"⟪b⟫\"\nlocal res = http.request{ url = \"https://gitlab.acme.io/api/v4/projects\", headers = { [\"PRIVATE-TOKEN\"] = token } }", a=a, b=b), a, b)
    k = openai()
    P(G + "r", S("Sys.setenv(OPENAI_API_KEY = \"⟪k⟫\")\nlibrary(ellmer)\nchat <- chat_openai(model = \"gpt-4o\")\nchat$chat(\"Summarise this data frame\")", k=k), k)
    p1, p2 = pw(), pw()
    P(G + "sql_create_user", S("CREATE USER reporting WITH PASSWORD '⟪p1⟫';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;\n-- and on the MSSQL box:\nALTER LOGIN sa WITH PASSWORD = N'⟪p2⟫';", p1=p1, p2=p2), p1, p2)
    t = xoxb()
    rest = t[len("xoxb-"):]
    a, b = rest[:20], rest[20:]
    P(G + "sql_concat", S("UPDATE app_settings\n   SET value = 'xoxb-' || '⟪a⟫' || '⟪b⟫'\n WHERE name = 'slack_bot_token';", a=a, b=b), a, b)
    a, s = akid(), aws_sk()
    P(G + "terraform_provider", S("terraform plan says InvalidClientTokenId, but the keys are right?\n\nprovider \"aws\" {\n  region     = \"us-east-1\"\n  access_key = \"⟪a⟫\"\n  secret_key = \"⟪s⟫\"\n}", a=a, s=s), a, s)
    n, g = npm(), ghp()
    P(G + "dockerfile", S("FROM node:20-alpine\nWORKDIR /app\nARG NPM_TOKEN=⟪n⟫\nENV GITHUB_TOKEN=⟪g⟫\nCOPY package*.json ./\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci && rm .npmrc", n=n, g=g), n, g)
    h, tail = slack_hook()
    k = anthropic()
    P(G + "gha_env", S("name: notify\non: [push]\njobs:\n  notify:\n    runs-on: ubuntu-latest\n    env:\n      SLACK_WEBHOOK_URL: ⟪h⟫\n      ANTHROPIC_API_KEY: ⟪k⟫\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/notify.sh", h=h, k=k), tail, k)
    p, m = pw(), mailgun()
    P(G + "k8s_stringdata", S("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: shop\ntype: Opaque\nstringData:\n  DB_PASSWORD: \"⟪p⟫\"\n  MAILGUN_API_KEY: ⟪m⟫", p=p, m=m), p, m)
    e = b64(pw())
    P(G + "k8s_data_b64", S("apiVersion: v1\nkind: Secret\nmetadata:\n  name: pg-credentials\ntype: Opaque\ndata:\n  username: ⟪u⟫\n  password: ⟪e⟫", u=b64("postgres"), e=e), e)
    p1, p2, p3 = pw(), pw(sym=S_URL), pw(sym=S_URL)
    P(G + "helm_values", S("# values-prod.yaml\npostgresql:\n  enabled: true\n  auth:\n    username: app\n    password: \"⟪p1⟫\"\n    postgresPassword: ⟪p2⟫\nredis:\n  auth:\n    enabled: true\n    password: ⟪p3⟫", p1=p1, p2=p2, p3=p3), p1, p2, p3)
    key = sk_live_old()
    nums = ", ".join(str(ord(c)) for c in key)
    P(G + "python_bytes", S("# obfuscated so it doesn't show up in grep\nKEY = bytes([⟪n⟫]).decode()\nstripe.api_key = KEY", n=nums), chunks(nums, 3))
    key = sk_live_old()
    hx = "".join("\\x%02x" % ord(c) for c in key)
    P(G + "c_hex_escaped", S("static const char *payment_key = \"⟪h⟫\";\n\nint init_payments(void) {\n    return pay_client_init(payment_key);\n}", h=hx), chunks(hx, 3))
    t = ghp()
    a, b = t[4:22], t[22:]
    P(G + "python_format", S("token = \"ghp_%s%s\" % (\"⟪a⟫\", \"⟪b⟫\")\nheaders = {\"Authorization\": f\"token {token}\"}", a=a, b=b), a, b)
    ak, s = akid(), aws_sk()
    a1, a2 = ak[4:14], ak[14:]
    s1, s2 = s[:20], s[20:]
    P(G + "js_concat", S("const accessKeyId = \"AKIA\" + \"⟪a1⟫\" + \"⟪a2⟫\";\nconst secretAccessKey = \"⟪s1⟫\" +\n  \"⟪s2⟫\";\nconst s3 = new S3Client({ region: \"eu-west-1\", credentials: { accessKeyId, secretAccessKey } });", a1=a1, a2=a2, s1=s1, s2=s2), a1, a2, s1, s2)

    # negatives
    N(G + "python_env", "import os\n\nDB_PASSWORD = os.environ[\"DB_PASSWORD\"]\nAPI_KEY = os.getenv(\"STRIPE_API_KEY\", \"\")\nif not API_KEY:\n    raise RuntimeError(\"STRIPE_API_KEY is not set\")")
    N(G + "js_env", "const token = process.env.GITHUB_TOKEN ?? \"\";\nconst octokit = new Octokit({ auth: token });\nif (!token) console.warn(\"GITHUB_TOKEN missing, using anonymous rate limits\");")
    N(G + "java_getter", "if (!passwordEncoder.matches(request.getPassword(), user.getPasswordHash())) {\n    throw new BadCredentialsException(\"Invalid username or password\");\n}")
    N(G + "go_struct_tags", "type Config struct {\n\tHost     string `json:\"host\"`\n\tUser     string `json:\"user\"`\n\tPassword string `json:\"password\"`\n\tAPIKey   string `json:\"api_key\" env:\"API_KEY\"`\n}")
    N(G + "terraform_var", "resource \"aws_db_instance\" \"main\" {\n  username = var.db_username\n  password = var.db_password\n}\n\nvariable \"db_password\" {\n  type      = string\n  sensitive = true\n}")
    N(G + "gha_secrets_ref", "    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - run: npm publish --access public")
    N(G + "k8s_secretkeyref", "        env:\n          - name: DB_PASSWORD\n            valueFrom:\n              secretKeyRef:\n                name: pg-credentials\n                key: password")
    N(G + "dockerfile_digest", "FROM node:20.11.1-alpine@sha256:%s AS build\nWORKDIR /src\nCOPY . .\nRUN npm ci && npm run build" % rs(64, HEX))
    N(G + "django_settings", "AUTH_PASSWORD_VALIDATORS = [\n    {\"NAME\": \"django.contrib.auth.password_validation.MinimumLengthValidator\", \"OPTIONS\": {\"min_length\": 12}},\n]\nPASSWORD_HASHERS = [\"django.contrib.auth.hashers.Argon2PasswordHasher\"]")
    N(G + "sql_schema", "CREATE TABLE users (\n  id bigserial PRIMARY KEY,\n  email text UNIQUE NOT NULL,\n  password_hash text NOT NULL,\n  api_key_prefix char(8)\n);\nSELECT id, email, password_hash FROM users WHERE email = $1;")


# =============================================================================
# 4. chat: secrets in chat / ticket prose
# =============================================================================
def g_chat():
    G = "chat/"
    t = ghp()
    P(G + "heres_token", S("here's the token: ⟪t⟫ — it has repo and workflow scopes, should be enough for the release job", t=t), t)
    k = anthropic()
    P(G + "use_this_one", S("nvm that key got revoked, use this one instead → ⟪k⟫", k=k), k)
    p = pw()
    P(G + "pwd_for_box", S("pwd for the box is ⟪p⟫ , user is ubuntu. lmk if ssh works", p=p), p)
    p = pw()
    P(G + "smart_quotes", S("She said the wifi password is “⟪p⟫” but my laptop still won't connect. Any ideas?", p=p), p)
    p = pw()
    P(G + "smart_single", S("IT replied: ‘Your temporary password is ⟪p⟫’ — do I have to change it right away?", p=p), p)
    k = rk_live()
    P(G + "parens", S("Is the new restricted key (⟪k⟫) supposed to have write access to Charges? The dashboard says read-only.", k=k), k)
    p = pw()
    P(G + "emoji_space", S("🖥️ https://grafana.acme.io\n👤 admin\n🔑 ⟪p⟫", p=p), p)
    t = xoxp()
    P(G + "emoji_glued", S("new user token 🔑⟪t⟫🔑 pls update the bot config", t=t), t)
    a, b = gkey(), gkey()
    P(G + "glued_punct", S("tried both keys:⟪a⟫,⟪b⟫;neither works with the Maps SDK?!", a=a, b=b), a, b)
    k = openai()
    P(G + "md_inline", S("set `OPENAI_API_KEY` to `⟪k⟫` in your shell and rerun `python app.py`", k=k), k)
    t = ghpat()
    P(G + "md_fenced", S("Can someone explain why this curl returns 403?\n\n```bash\ncurl -s https://api.github.com/user/repos \\\n  -H \"Authorization: token ⟪t⟫\" \\\n  -H \"Accept: application/vnd.github+json\"\n```", t=t), t)
    p = pw()
    P(G + "bullets", S("New staging env is up:\n- host: 10.12.0.7\n- user: admin\n- pass: ⟪p⟫\n- db: staging_core", p=p), p)
    p = pw()
    P(G + "fwd_email", S("---------- Forwarded message ---------\nFrom: IT Service Desk <itsd@acme.io>\nDate: Tue, Jun 11, 2024 at 9:14 AM\nSubject: Your new account\n\n> Hi Dana,\n> Your account has been created.\n> Username: dana.k\n> Temporary password: ⟪p⟫\n> Please change it after first login.\n\nCan you check if this works for the VPN too?", p=p), p)
    p = pw(sym=S_URL)
    line = json.dumps({"type": "message", "user": "U04QX7L2M9A",
                       "text": "db pass for prod-replica is `%s` pls dont paste elsewhere" % p,
                       "ts": "1718094411.293019", "team": "T02ABCDEF12"})
    P(G + "slack_export", line, p)
    k = sk_live()
    P(G + "ticket", S("Ticket #48213 – Customer reports their API key ⟪k⟫ stopped working after the v3 migration. They pasted it in the ticket body, please rotate after fixing.", k=k), k)
    full = pw(20)
    a, b = full[:10], full[10:]
    P(G + "split_messages", S("[10:41] dana: pass is ⟪a⟫\n[10:41] dana: oops cut off, the rest is ⟪b⟫\n[10:42] sam: got it, thanks", a=a, b=b), a, b)
    p = pw()
    P(G + "slash_creds", S("Login for the staging CMS: admin / ⟪p⟫", p=p), p)
    p = pw()
    P(G + "colon_creds", S("creds → svc_backup:⟪p⟫ (same as last quarter)", p=p), p)
    p = pw()
    P(G + "bare_wifi", S("try ⟪p⟫ for the guest wifi, it changed on monday", p=p), p)
    h, tail = slack_hook()
    P(G + "numbered_list", S("1. Create the Slack app\n2. Paste the webhook ⟪h⟫ into Settings → Integrations\n3. Click \"Send test message\"", h=h), tail)
    t = discord()
    P(G + "discord", S("my bot won't come online, token is ⟪t⟫ and all intents are enabled in the dev portal", t=t), t)
    t = telegram()
    P(G + "telegram", S("BotFather gave me ⟪t⟫ — where do I put it in python-telegram-bot v21?", t=t), t)
    k1, k2 = sk_test(), sk_live()
    P(G + "md_table", S("| env | Stripe secret key |\n|-----|-------------------|\n| staging | ⟪k1⟫ |\n| prod | ⟪k2⟫ |", k1=k1, k2=k2), k1, k2)
    t = hf()
    P(G + "hf_cli", S("Loading Llama from the hub fails with 401 even though I did `huggingface-cli login --token ⟪t⟫`. What else do I need?", t=t), t)

    # negatives
    N(G + "placeholder_token", "How do I rotate my GitHub token? I don't want to paste it here, it's the classic kind (ghp_xxxxxxxxxxxx...). Does revoking it break running workflows?")
    N(G + "request_id", "Support asked for details. Request ID: %s, happened at 10:42 UTC, endpoint POST /v1/exports." % ruuid())
    N(G + "version_commit", "We're on 4.12.0-beta.3 (build 20240611.2, commit %s). The regression started after upgrading from 4.11.7." % rs(40, HEX))
    N(G + "reset_prose", "I reset my password yesterday and now the SSO login just loops back to the start page. Cleared cookies already. Any idea?")
    N(G + "export_placeholder", "Set your key like `export OPENAI_API_KEY=<your-key>` and rerun. If you use fish: `set -x OPENAI_API_KEY <your-key>`.")
    N(G + "slack_export_plain", json.dumps({"type": "message", "user": "U04QX7L2M9A", "text": "deploy finished :tada: password reset flow is live on staging",
                                            "ts": "1718101234.123456", "team": "T02ABCDEF12"}))
    N(G + "fwd_email_advice", "> From: IT Security Team\n> Please never share your password with anyone. IT will never ask you for it by email or chat.\n> If you receive such a request, report it through the security portal.\n\nIs this legit or phishing?")
    N(G + "vault_mention", "The key is in 1Password under 'Prod Stripe (restricted)' — please don't paste it in Slack, just grab it from the vault.")
    N(G + "order_numbers", "Order #A7F3-22K9-QX81 still hasn't shipped, tracking number 1Z999AA10123456784 shows no movement since Monday.")
    N(G + "password_policy_q", "Is a 16 character password with only lowercase letters stronger than an 8 character one with symbols? Our policy requires 3 of 4 character classes.")


# =============================================================================
# 5. encoded: base64 / URL / JSON / HTML / wrapped / zero-width / full-width
# =============================================================================
def g_encoded():
    G = "encoded/"
    b = b64("DB_HOST=db.acme.internal\nDB_USER=app\nDB_PASSWORD=%s\n" % pw())
    P(G + "b64_env_file", S("Our CI stores the env file base64-encoded. Decoding this should give the DB settings, right?\n\n⟪b⟫", b=b), b)
    b = b64(json.dumps({"username": "svc-report", "password": pw()}))
    P(G + "b64_json_creds", S("The X-Auth header our legacy client sends is `⟪b⟫` — is that secure enough?", b=b), b)
    creds = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n" % (akid(), aws_sk())
    enc = b64(creds)
    lines = [enc[i:i + 76] for i in range(0, len(enc), 76)]
    P(G + "b64_wrapped", "$ kubectl get secret aws-creds -o jsonpath='{.data.credentials}' | fold -w 76\n" + "\n".join(lines), [l for l in lines if len(l) >= 6])
    A, B, C = rs(7), rs(6) + R.choice(DG), rs(6)
    raw = A + "@" + B + "&" + C
    q = urllib.parse.quote(raw, safe="")
    P(G + "url_query", S("GET https://legacy.acme.io/api/login?user=ops&password=⟪q⟫&format=json", q=q), A, B, C)
    A, B, C = rs(6) + "9", rs(7), rs(6)
    raw = A + "#" + B + " " + C + "!"
    body = urllib.parse.urlencode({"username": "jdoe@acme.io", "password": raw, "remember_me": "1"})
    P(G + "form_body", S("POST /session HTTP/1.1\nHost: portal.acme.io\nContent-Type: application/x-www-form-urlencoded\nContent-Length: ⟪n⟫\n\n⟪b⟫", n=str(len(body)), b=body), A, B, C)
    A, B = rs(8), rs(8)
    raw = A + "@" + B
    inner = "https://sso.acme.io/login?user=svc&password=" + urllib.parse.quote(raw, safe="")
    outer = "https://app.acme.io/start?redirect=" + urllib.parse.quote(inner, safe="")
    P(G + "double_urlenc", "Browser history shows this URL, is the password really in there?\n" + outer, A, B)
    t = gho()
    inner = "https://dash.acme.io/#access_token=%s&token_type=bearer" % t
    P(G + "urlenc_token", "https://app.acme.io/oauth/complete?next=" + urllib.parse.quote(inner, safe=""), t)
    A, B, C = rs(7), rs(7), rs(7)
    raw = A + '"' + B + "\\" + C
    inner = json.dumps({"smtp": {"user": "mailer", "password": raw}})
    outer = json.dumps({"event": "config.updated", "actor": "admin@acme.io", "payload": inner})
    P(G + "json_double_escaped", outer, A, B, C)
    ak = akid()
    s1, s2, s3 = rs(14, AN + "+"), rs(13, AN + "+"), rs(11, AN + "+")
    txt = '{"aws_key_id":"%s","aws_secret":"%s\\/%s\\/%s","region":"eu-west-1"}' % (ak, s1, s2, s3)
    P(G + "json_slash_escaped", "PHP json_encode output from our settings endpoint:\n" + txt, ak, s1, s2, s3)
    A, B, C = rs(6) + "1", rs(7), rs(6)
    raw = A + "&" + B + "<" + C
    P(G + "html_entity", S("<form action=\"/sync\" method=\"post\">\n  <input type=\"hidden\" name=\"api_token\" value=\"⟪v⟫\">\n  <button>Sync now</button>\n</form>", v=html.escape(raw)), A, B, C)
    key = sk_live_old()
    ent = "".join("&#%d;" % ord(c) for c in key)
    P(G + "html_numeric_entities", S("<meta name=\"payment-key\" content=\"⟪e⟫\">", e=ent), chunks(ent, 3))
    j = jwt()
    k = 40
    P(G + "wrapped_jwt", S("2024-06-11 10:22:01 DEBUG outgoing headers={'Authorization': 'Bearer ⟪a⟫\n⟪b⟫', 'Content-Type': 'application/json'}", a=j[:k], b=j[k:]), j[:k], j[k:])
    t = openai()
    first = 80 - len("OPENAI_API_KEY=")
    parts = [t[:first]] + [t[i:i + 80] for i in range(first, len(t), 80)]
    P(G + "wrapped_terminal", "$ grep OPENAI .env\nOPENAI_API_KEY=" + "\n".join(parts), [x for x in parts if len(x) >= 6])
    t = ghp()
    pieces = [t[:12], t[12:26], t[26:]]
    P(G + "zero_width_token", "copied from Teams, does this look right? " + "\u200b".join(pieces), pieces)
    p = pw(16)
    pieces = [p[:8], p[8:]]
    P(G + "word_joiner_pw", "Password: " + "\u2060".join(pieces) + "\nUser: svc_etl", pieces)
    p = pw(16)
    f = fw(p)
    P(G + "fullwidth_pw", S("新しいパスワード：⟪f⟫ でログインしてください。", f=f), f[:8], f[8:])
    a, s = akid(), aws_sk()
    fa, fs = fw(a), fw(s)
    P(G + "fullwidth_aws", S("アクセスキーID：⟪fa⟫\nシークレットアクセスキー：⟪fs⟫", fa=fa, fs=fs), fa[:10], fa[10:], fs[:20], fs[20:])
    A, B = rs(6) + "7", rs(7)
    P(G + "quoted_printable", S("Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\nHello Dana,=20\nyour temporary password is: ⟪a⟫=3D⟪b⟫\nPlease change it after your first login.", a=A, b=B), A, B)
    A, B, C = rs(7), rs(7), rs(6) + "3"
    P(G + "shell_escaped", S("mysql -h db1.acme.internal -u root --password=⟪a⟫\\!⟪b⟫\\$⟪c⟫ shop < dump.sql", a=A, b=B, c=C), A, B, C)
    s = aws_sk()
    hx = ("aws_secret_access_key=" + s).encode().hex()
    hs = s.encode().hex()
    P(G + "hex_blob", S("found this in the provisioning script, what is it?\necho ⟪h⟫ | xxd -r -p >> ~/.aws/credentials", h=hx), chunks(hs, 3))

    # negatives
    N(G + "b64_cookie", "What does this cookie contain? prefs=%s" % b64(json.dumps({"theme": "dark", "lang": "en", "sidebar": "collapsed"})))
    N(G + "urlenc_search", "GET /search?q=reset%20password%20not%20working&page=2&sort=relevance HTTP/1.1")
    N(G + "html_escaped_markup", "The docs render this literally: &lt;input type=&quot;password&quot; name=&quot;pwd&quot; autocomplete=&quot;current-password&quot;&gt;")
    N(G + "data_uri_png", "<img alt=\"spacer\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=\">")
    N(G + "json_escaped_placeholder", json.dumps({"template": json.dumps({"password": "${DB_PASSWORD}", "user": "${DB_USER}"})}))
    N(G + "fullwidth_masked", "パスワード：＊＊＊＊＊＊＊＊（非表示）\nユーザー名：ａｄｍｉｎ")
    N(G + "md5_file", "%s  empty.txt\n%s  report-2024-06.pdf" % ("d41d8cd98f00b204e9800998ecf8427e", rs(32, HEX)))
    N(G + "redirect_no_token", "https://auth.acme.io/authorize?response_type=code&client_id=web-app&redirect_uri=https%3A%2F%2Fapp.acme.io%2Fcallback&scope=openid%20profile&state=" + rs(16, HEX))
    N(G + "b64_tutorial", "To decode base64 in the shell: `echo aGVsbG8gd29ybGQK | base64 -d` prints `hello world`.")
    N(G + "wrapped_url", "See https://docs.acme.io/guides/authentication/rotating-credentials-without-\ndowntime#step-3-update-consumers for the rollout steps.")


# =============================================================================
# 6. logs: application and HTTP logs
# =============================================================================
def g_logs():
    G = "logs/"
    k = sk_live()
    ts = "2024-06-11T10:22:01.417Z DEBUG stripe.http"
    P(G + "http_bearer", S("⟪ts⟫ > POST /v1/payment_intents HTTP/1.1\n⟪ts⟫ > Host: api.stripe.com\n⟪ts⟫ > Authorization: Bearer ⟪k⟫\n⟪ts⟫ > Idempotency-Key: ⟪u⟫\n⟪ts⟫ < HTTP/1.1 200 OK", ts=ts, k=k, u=ruuid()), k)
    b = b64("jenkins:" + pw())
    P(G + "http_basic_pyclient", S("send: b'GET /api/v1/builds?limit=20 HTTP/1.1\\r\\nHost: ci.acme.io\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept: */*\\r\\nAuthorization: Basic ⟪b⟫\\r\\n\\r\\n'\nreply: 'HTTP/1.1 403 Forbidden\\r\\n'", b=b), b)
    k = anthropic()
    P(G + "curl_verbose", S("* Connected to api.anthropic.com (160.79.104.10) port 443\n> POST /v1/messages HTTP/2\n> Host: api.anthropic.com\n> user-agent: curl/8.5.0\n> accept: */*\n> x-api-key: ⟪k⟫\n> anthropic-version: 2023-06-01\n> content-type: application/json\n> content-length: 112\n>\n< HTTP/2 401\n< content-type: application/json\n<\n{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}", k=k), k)
    k = gkey()
    P(G + "nginx_query_key", S("10.0.3.4 - - [11/Jun/2024:10:22:01 +0000] \"GET /maps/api/geocode/json?address=Alexanderplatz+Berlin&key=⟪k⟫ HTTP/1.1\" 200 1843 \"-\" \"okhttp/4.12.0\"", k=k), k)
    k = hex32()
    P(G + "api_key_param", S("INFO  [req 7f3a9c] GET https://api.datadoghq.com/api/v1/validate?api_key=⟪k⟫ -> 403 (143 ms)", k=k), k)
    t = gho()
    P(G + "url_fragment", S("DEBUG oauth: redirecting browser to https://app.acme.io/callback#access_token=⟪t⟫&token_type=bearer&expires_in=28800&scope=repo", t=t), t)
    p = pw(sym=S_URL)
    P(G + "python_traceback", S("Traceback (most recent call last):\n  File \"/app/etl/load.py\", line 41, in <module>\n    conn = psycopg2.connect(\"postgresql://etl:⟪p⟫@db.acme.internal:5432/warehouse\")\n  File \"/usr/local/lib/python3.12/site-packages/psycopg2/__init__.py\", line 122, in connect\n    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\npsycopg2.OperationalError: connection to server at \"db.acme.internal\" (10.0.2.15), port 5432 failed: FATAL:  password authentication failed for user \"etl\"", p=p), p)
    p = pw(sym=S_URL)
    P(G + "java_stacktrace", S("2024-06-11 10:22:01.233 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed\norg.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLException: Access denied for user 'root'@'10.0.4.7' (using password: YES)\n\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)\n\tat com.acme.shop.Bootstrap.run(Bootstrap.java:57)\nCaused by: java.sql.SQLException: Cannot create connection for url=jdbc:mysql://root:⟪p⟫@mysql.acme.internal:3306/shop?useSSL=false\n\t... 12 common frames omitted", p=p), p)
    p = pw()
    line = json.dumps({"ts": "2024-06-11T10:22:01.512Z", "level": "debug", "msg": "incoming request",
                       "req": {"method": "POST", "path": "/api/login",
                               "body": {"email": "alice@example.com", "password": p, "remember": True}},
                       "trace_id": hex32()})
    P(G + "json_nested", line, p)
    p = pw(sym=S_URL)
    P(G + "logfmt", S("time=2024-06-11T10:22:01Z level=debug msg=\"opening db connection\" host=db1.acme.internal port=5432 user=billing password=⟪p⟫ sslmode=require retries=3", p=p), p)
    h, tail = slack_hook()
    P(G + "logfmt_quoted_url", S("time=2024-06-11T10:22:09Z level=warn msg=\"retrying webhook\" url=\"⟪h⟫\" attempt=2 err=\"context deadline exceeded\"", h=h), tail)
    p = pw()
    P(G + "python_kwargs_repr", S("DEBUG:db.pool:connect() called with args=() kwargs={'host': 'db.acme.internal', 'port': 5432, 'user': 'app', 'password': '⟪p⟫', 'dbname': 'app'}", p=p), p)
    k = openai()
    P(G + "python_obj_repr", S("INFO settings loaded: Settings(env='prod', debug=False, openai_api_key='⟪k⟫', request_timeout=30.0)", k=k), k)
    p = pw()
    P(G + "java_tostring", S("2024-06-11 10:22:01.233  INFO 1 --- [nio-8080-exec-3] c.a.auth.LoginController : Login request: User{id=42, email='alice@acme.io', password='⟪p⟫', roles=[ADMIN, BILLING]}", p=p), p)
    p = pw(sym=S_URL)
    P(G + "lombok_tostring", S("DEBUG c.a.api.AuthFilter - received LoginRequest(username=alice, password=⟪p⟫, otp=null)", p=p), p)
    p = pw(sym=S_URL)
    P(G + "go_plusv", S("2024/06/11 10:22:01 config: &{Host:db.acme.internal Port:5432 User:app Password:⟪p⟫ SSLMode:require MaxConns:20}", p=p), p)
    k, w = sk_live(), whsec()
    P(G + "go_plusv_nested", S("2024/06/11 10:22:01 loaded: {Server:{Addr::8080 ReadTimeout:5s} Stripe:{SecretKey:⟪k⟫ WebhookSecret:⟪w⟫}}", k=k, w=w), k, w)
    p = pw(sym=S_URL)
    P(G + "redis_url", S("Error: connect ECONNREFUSED 10.0.5.9:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n[ioredis] Unhandled error event: url=redis://:⟪p⟫@cache.acme.internal:6379/0", p=p), p)
    p = pw(sym=S_URL)
    P(G + "mongo_uri", S("MongoServerSelectionError: connection <monitor> to 52.1.2.3:27017 closed\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:278:38)\n{ uri: 'mongodb+srv://admin:⟪p⟫@cluster0.x7k2p.mongodb.net/prod?retryWrites=true&w=majority' }", p=p), p)
    j = jwt()
    P(G + "set_cookie", S("< HTTP/1.1 302 Found\n< Location: /dashboard\n< Set-Cookie: __Secure-next-auth.session-token=⟪j⟫; Path=/; HttpOnly; Secure; SameSite=Lax\n< Content-Length: 0", j=j), j)
    a, s = akid(), aws_sk()
    P(G + "printenv_ci", S("+ printenv | sort\nAWS_ACCESS_KEY_ID=⟪a⟫\nAWS_DEFAULT_REGION=eu-west-1\nAWS_SECRET_ACCESS_KEY=⟪s⟫\nCI=true\nHOME=/root\nHOSTNAME=runner-7f9c-project-112", a=a, s=s), a, s)
    t = telegram()
    P(G + "telegram_url", S("ERROR notifier: requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.telegram.org/bot⟪t⟫/sendMessage", t=t), t)
    p = pw(sym=S_URL)
    P(G + "syslog_sudo", S("Jun 11 10:22:01 web01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysqldump -u root -p⟪p⟫ --all-databases", p=p), p)
    t = glpat()
    P(G + "gitlab_ci_login", S("$ echo \"Logging in to registry\"\nLogging in to registry\n$ docker login -u ci-bot -p ⟪t⟫ registry.gitlab.acme.io\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded", t=t), t)
    p = pw()
    P(G + "phoenix_params", S("[debug] Processing with MyAppWeb.LegacyLoginController.create/2\n  Parameters: %{\"login\" => %{\"username\" => \"dana\", \"pass\" => \"⟪p⟫\"}}\n  Pipelines: [:browser]", p=p), p)
    text, lines = pem()
    P(G + "pem_in_log", "ERROR tls: failed to load client key, contents were:\n" + text + "\nERROR tls: x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)", lines)

    # negatives
    N(G + "bearer_redacted", "2024-06-11T10:22:01Z DEBUG http > GET /v1/customers HTTP/1.1\n2024-06-11T10:22:01Z DEBUG http > Authorization: Bearer [REDACTED]\n2024-06-11T10:22:01Z DEBUG http < HTTP/1.1 200 OK")
    N(G + "trace_ids", "level=info msg=\"request completed\" trace_id=%s span_id=%s request_id=%s status=200 duration_ms=38" % (hex32(), rs(16, HEX), ruuid()))
    N(G + "json_masked", json.dumps({"level": "info", "msg": "user login", "user": {"id": 8812, "role": "admin", "password": "********"}, "password_changed": False}))
    N(G + "logfmt_prose", "time=2024-06-11T10:22:01Z level=info msg=\"user updated password\" user_id=8812 password_strength=strong duration=12ms")
    N(G + "java_protected", "INFO c.a.auth.LoginController : Login request: User{id=42, role='ADMIN', password=[PROTECTED], locked=false}")
    N(G + "go_empty_password", "2024/06/11 10:22:01 config: &{Host:localhost Port:5432 User:postgres Password: SSLMode:disable MaxConns:5}")
    N(G + "curl_etag", "* ALPN: curl offers h2,http/1.1\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n> GET /v2/status HTTP/2\n> Host: api.example.com\n< HTTP/2 200\n< etag: \"%s\"\n< x-request-id: %s" % (rs(40, HEX), ruuid()))
    N(G + "git_log", "$ git log --format='%%H %%ad %%s' --date=short -2\n%s 2024-06-11 Fix password reset email template (closes #482)\n%s 2024-06-10 Revert %s, reapply %s with fixed password hashing migration" % (rs(40, HEX), rs(40, HEX), rs(7, HEX), rs(7, HEX)))
    N(G + "docker_pull", "1.27.0: Pulling from library/nginx\n%s: Pull complete\nDigest: sha256:%s\nStatus: Downloaded newer image for nginx:1.27.0" % (rs(12, HEX), rs(64, HEX)))
    N(G + "jdbc_no_password", "Caused by: org.postgresql.util.PSQLException: Connection to db.acme.internal:5432 refused. url=jdbc:postgresql://db.acme.internal:5432/app?user=app&ssl=true&sslmode=verify-full")
    N(G + "pydantic_secretstr", "INFO settings loaded: Settings(env='prod', debug=False, openai_api_key=SecretStr('**********'), request_timeout=30.0)")


def main():
    g_lang()
    g_files()
    g_code()
    g_chat()
    g_encoded()
    g_logs()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for c in CASES:
        for s in c["secrets"]:
            assert len(s) >= 6, (c["id"], s)
            assert s in c["text"], (c["id"], s)
        assert "\u27ea" not in c["text"]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    npos = sum(1 for c in CASES if c["secrets"])
    print("wrote %d cases (%d positive, %d negative)" % (len(CASES), npos, len(CASES) - npos))
    groups = {}
    for c in CASES:
        g = c["form"].split("/")[0]
        groups.setdefault(g, [0, 0])[0 if c["secrets"] else 1] += 1
    for g, (p, n) in groups.items():
        print("  %-8s pos=%d neg=%d" % (g, p, n))


if __name__ == "__main__":
    main()
