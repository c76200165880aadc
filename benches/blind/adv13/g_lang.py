"""Theme 8: secrets in prose in other languages."""
from common import ALNUM, LO, DIG, UP

G = "lang"


def build(c, g):
    p = g.password("words")
    c.pos(G, "vietnamese", f"""Anh ơi, em gửi lại thông tin đăng nhập router ở văn phòng nhé.
Tên đăng nhập: admin
Mật khẩu: {p}
Anh đổi mật khẩu sau khi cài xong giúp em với ạ.""", [p])

    p = g.password("leet")
    c.pos(G, "swahili", f"""Habari timu, seva mpya ya majaribio iko tayari. Jina la mtumiaji ni deploy na nenosiri ni {p} — tafadhali msiliweke kwenye GitHub. Asanteni!""", [p])

    p = g.password("mixed")
    c.pos(G, "tagalog", f"""Kuya, eto yung password ng wifi sa bahay: {p}
Huwag mo nang ipamigay sa mga kapitbahay ha, bumabagal yung internet natin haha""", [p])

    p = g.password("random")
    c.pos(G, "malay", f"""Salam semua, untuk akses pelayan staging:
Nama pengguna: ops
Kata laluan: {p}
Sila tukar kata laluan selepas log masuk kali pertama. Terima kasih.""", [p])

    p = g.password("words")
    c.pos(G, "greek", f"""Καλημέρα! Ο κωδικός πρόσβασης για το VPN της εταιρείας είναι «{p}». Μην τον στείλετε με email, μόνο από εδώ.""", [p])

    p = g.password("leet")
    c.pos(G, "hebrew", f"""\u200fהיי, הסיסמה לשרת הבדיקות היא: {p}
\u200fשם המשתמש הוא admin. תחליף אותה אחרי ההתקנה בבקשה.""", [p])

    p = g.password("random")
    c.pos(G, "czech", f"""Ahoj Petře, posílám přístup do administrace e-shopu: uživatel „správce“, heslo „{p}“. Po přihlášení si prosím nastav dvoufázové ověření.""", [p])

    p = g.password("words")
    c.pos(G, "romanian", f"""Bună ziua, parola pentru contul de administrator al serverului este: {p}
Vă rog să nu o distribuiți altor colegi.""", [p])

    p = g.password("mixed")
    c.pos(G, "dutch", f"""Hoi! Het wachtwoord voor de NAS is {p} (let op de hoofdletters). Niet doorsturen aub, ik verander het volgende week toch.""", [p])

    p = g.password("random")
    c.pos(G, "japanese", f"""お疲れ様です。本番DBの接続情報です。
ホスト：db-prod-01
ユーザー：app_rw
パスワード：{p}
取り扱いにはご注意ください。""", [p])

    ds, p = "sk-" + g.hex(32), g.password("leet")
    c.pos(G, "chinese", f"""测试环境的账号信息如下：
用户名：tester
密码：{p}
DeepSeek 的 API 密钥：{ds}
请不要把这些信息提交到代码仓库里，谢谢！""", [p, ds])

    p = g.password("words")
    c.pos(G, "arabic", f"""مرحباً، كلمة المرور الخاصة بحساب المدير هي: {p}، يرجى تغييرها بعد أول تسجيل دخول.""", [p])

    kid, ksec = "rzp_live_" + g.s(14, ALNUM), g.s(24, ALNUM)
    c.pos(G, "hindi", f"""नमस्ते, पेमेंट गेटवे की जानकारी नीचे है:
की आईडी: {kid}
सीक्रेट कुंजी: {ksec}
कृपया इसे किसी के साथ शेयर न करें। सर्वर का पासवर्ड अलग से भेजूँगा।""", [ksec])

    ai, p = g.google_api(), g.password("mixed")
    c.pos(G, "portuguese", f"""Oi pessoal, a senha do banco de homologação é {p} e a chave da API do Google Maps é {ai}. Depois eu coloco tudo no cofre de senhas, prometo.""", [p, ai])

    p = g.password("random")
    c.pos(G, "french", f"""Bonjour,
Voici les accès au back-office : identifiant « admin-boutique », mot de passe « {p} ».
Merci de le changer dès la première connexion.
Cordialement""", [p])

    p = "Bärenhöhle" + g.pick("#!$%") + g.digits(4)
    c.pos(G, "german", f"""Hallo zusammen, das Passwort für den Router im Lager lautet „{p}“. Bitte nicht an Externe weitergeben. Danke!""", [p])

    mp = f"APP_USR-{g.digits(16, True)}-{g.digits(6, True)}-{g.hex(32)}-{g.digits(9, True)}"
    c.pos(G, "spanish", f"""Hola equipo, el access token de producción de Mercado Pago es {mp}. Lo necesitan para probar el checkout; no lo suban al repositorio por favor.""", [mp])

    yc, p = "AQVN" + g.s(36, ALNUM + "-_"), "ЗимаЛето" + g.digits(4) + "!"
    c.pos(G, "russian", f"""Коллеги, API-ключ сервисного аккаунта Yandex Cloud: {yc}
Пароль от сервера мониторинга: {p}
Не пересылайте, пожалуйста, в общий чат.""", [yc, p])

    p = g.password("words")
    c.pos(G, "korean", f"""안녕하세요, 사내 위키 관리자 계정 정보 공유드립니다.
아이디: wiki-admin
비밀번호: {p}
외부 유출에 주의해 주세요.""", [p])

    p = g.password("leet")
    c.pos(G, "turkish", f"""Merhaba, muhasebe sunucusunun yönetici şifresi: {p} — lütfen kimseyle paylaşmayın, pazartesi değiştireceğim.""", [p])

    p = g.password("random")
    c.pos(G, "polish", f"""Cześć, hasło do panelu administracyjnego sklepu to: {p}
Login: admin. Zmień je proszę po pierwszym logowaniu.""", [p])

    mk = "Mid-server-" + g.s(24, ALNUM + "-_")
    c.pos(G, "indonesian", f"""Halo tim, server key Midtrans untuk produksi adalah {mk}. Jangan disimpan di repo ya, pakai variabel lingkungan saja.""", [mk])

    # ---------------- negatives ----------------
    c.neg(G, "german", """Hinweis zur Passwortrichtlinie: Ihr Passwort muss mindestens 12 Zeichen lang sein und Groß- und Kleinbuchstaben, Ziffern sowie Sonderzeichen enthalten. Geben Sie Ihr Passwort niemals per Telefon oder Chat weiter – unsere Mitarbeiter werden Sie nie danach fragen.""")

    c.neg(G, "japanese", """パスワードは12文字以上で、英大文字・英小文字・数字・記号をそれぞれ1文字以上含めてください。
前回と同じパスワードは使用できません。パスワードを忘れた場合は「パスワードを再設定」をクリックしてください。""")

    c.neg(G, "portuguese", """Esqueceu sua senha? Clique em «Redefinir senha» na tela de login e siga as instruções. Por segurança, o link expira em 30 minutos e nunca pedimos sua senha por telefone, chat ou mensagem.""")
