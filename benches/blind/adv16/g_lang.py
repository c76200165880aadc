import random
from common import *


def build():
    r = random.Random(1607)
    g = Group("lang")
    P = lambda n=None: password(r, n or r.randint(11, 16))

    p = P()
    g.pos("es", "Hola, no puedo entrar al servidor de staging. Mi contraseña es %s y el usuario es deploy. ¿Me ayudas a revisar el sshd_config?" % p, [p])

    p = P()
    dsn = "postgresql://app_user:%s@10.20.4.17:5432/facturacion" % p
    g.pos("pt", "Oi! A string de conexão do banco é %s — o Django diz que a autenticação falhou. O que pode ser?" % dsn, [p])

    k = "sk-proj-" + rs(r, B64U, 120)
    g.pos("fr", "Bonjour, voici ma clé API OpenAI : %s. Pourquoi est-ce que j'obtiens une erreur 429 alors que je n'ai fait que trois requêtes ?" % k, [k])

    p = P()
    g.pos("de", "Kannst du mir helfen, das Skript zu reparieren? Das Passwort für den FTP-Zugang lautet „%s“, Benutzer ist backup_nas." % p, [p])

    p = P()
    g.pos("it", "Ciao, la password del database MySQL è %s, utente root, host db.interno. Come faccio il dump di una sola tabella?" % p, [p])

    t = gh_pat(r)
    g.pos("nl", "Ik krijg steeds 'Bad credentials' bij het pushen. Mijn GitHub-token is %s, klopt het formaat wel?" % t, [t])

    p = P()
    g.pos("pl", "Cześć, hasło do panelu administracyjnego to %s, login admin. Dlaczego po zalogowaniu od razu mnie wylogowuje?" % p, [p])

    k = stripe(r)
    g.pos("tr", "Merhaba, Stripe gizli anahtarım şu: %s. Canlı ortamda ödeme alırken 'No such customer' hatası alıyorum." % k, [k])

    p = P()
    g.pos("ru", "Привет! Пароль от сервера: %s, пользователь ubuntu. Почему ssh пишет Permission denied (publickey)?" % p, [p])

    p = P()
    dsn = "mongodb+srv://orders:%s@cluster0.k3x9q.mongodb.net/shop" % p
    g.pos("uk", "Привіт, ось рядок підключення до бази: %s — драйвер пише, що сервер недоступний. Що не так?" % dsn, [p])

    ak, sk = aws_akid(r), aws_secret(r)
    g.pos("ar", "مرحباً، هذا مفتاح الوصول الخاص بي: %s والمفتاح السري: %s ، لماذا يظهر خطأ AccessDenied عند رفع الملفات إلى S3؟" % (ak, sk), [ak, sk])

    p = P()
    g.pos("he", "היי, הסיסמה שלי לשרת הדואר היא %s ושם המשתמש הוא info. למה Outlook לא מצליח להתחבר?" % p, [p])

    p = P()
    g.pos("hi", "नमस्ते, मेरे राउटर का एडमिन पासवर्ड %s है। मैं पोर्ट फॉरवर्डिंग कैसे सेट करूँ?" % p, [p])

    p = P()
    g.pos("bn", "হ্যালো, আমার ডাটাবেসের পাসওয়ার্ড হলো %s আর ইউজারনেম হলো postgres। ব্যাকআপ নেওয়ার কমান্ড কী হবে?" % p, [p])

    k = "sk-" + hexs(r, 32)
    g.pos("zh", "你好，我的 DeepSeek API 密钥是 %s，调用接口时一直返回 401，帮我看看代码哪里错了。" % k, [k])

    p = P()
    g.pos("ja", "すみません、社内Wi-Fiのパスワードは「%s」です。Ubuntuでnmcliを使って接続する方法を教えてください。" % p, [p])

    p = P()
    dsn = "Server=tcp:erp-sql.database.windows.net,1433;Database=erp;User ID=erp_admin;Password=%s;Encrypt=True;" % p
    g.pos("ko", "안녕하세요. 연결 문자열이 %s 인데 로그인 실패 오류가 나요. 방화벽 문제일까요?" % dsn, [p])

    p = P()
    g.pos("vi", "Chào bạn, mật khẩu email công ty của mình là %s, tài khoản ketoan@. Sao Thunderbird báo sai mật khẩu nhỉ?" % p, [p])

    k = "AIza" + rs(r, B62 + "-_", 35)
    g.pos("th", "สวัสดีครับ คีย์ API ของ Google Maps คือ %s ทำไมแผนที่ถึงขึ้นว่า For development purposes only ครับ" % k, [k])

    p = P()
    g.pos("id", "Halo, kata sandi Wi-Fi kantor kami %s dan nama jaringannya KANTOR-5G. Bagaimana cara membagikannya lewat QR code?" % p, [p])

    p = P()
    g.pos("sw", "Habari, nenosiri la akaunti ya seva ni %s na jina la mtumiaji ni admin. Naomba msaada wa kusanidi nginx." % p, [p])

    p = P()
    g.pos("tl", "Hi po, ang password ng database namin ay %s, user ay app_ro. Paano ko ikokonekta ito sa Laravel?" % p, [p])

    t = gitlab_pat(r)
    g.pos("el", "Γεια σου, το προσωπικό διακριτικό πρόσβασης του GitLab είναι %s. Γιατί το git clone αποτυγχάνει με 403;" % t, [t])

    p = P()
    g.pos("cs", "Ahoj, heslo k účtu root na VPS je %s. Jak zakážu přihlášení rootem přes SSH, aniž bych se zamkl?" % p, [p])

    p = P()
    dsn = "mysql://shop:%s@127.0.0.1:3306/magazin" % p
    g.pos("ro", "Salut, URL-ul bazei de date este %s și aplicația dă eroarea ECONNREFUSED. Ce verific mai întâi?" % dsn, [p])

    p = P()
    g.pos("hu", "Szia! A jelszavam a routerhez %s, a felhasználónév admin. Hogyan állítok be vendég hálózatot?" % p, [p])

    t = slack_bot(r)
    g.pos("fi", "Moi, Slack-botin tunnus on %s ja se ei pysty lähettämään viestejä kanavalle. Mitä oikeuksia puuttuu?" % t, [t])

    p = P()
    g.pos("sv", "Hej! Lösenordet till vår Redis är %s. Hur konfigurerar jag det i Spring Boot så att det inte syns i loggarna?" % p, [p])

    p = P()
    g.pos("da", "Hej, adgangskoden til NAS'en er %s, brugernavn er familie. Hvordan sætter jeg automatisk backup op?" % p, [p])

    p = P()
    g.pos("fa", "سلام، رمز عبور پنل هاست من %s است و نام کاربری admin. چرا گواهی SSL نصب نمی‌شود؟" % p, [p])

    k = sendgrid(r)
    g.pos("ms", "Hai, kunci API SendGrid saya ialah %s. Kenapa e-mel tidak sampai ke peti masuk pelanggan?" % k, [k])

    # ---------------- negatives: password policies, no example values
    g.neg("es", "Política de contraseñas: mínimo 12 caracteres, al menos una mayúscula, un número y un símbolo. No reutilices las últimas cinco contraseñas y cámbiala cada 90 días. Nunca compartas tu contraseña por correo ni por chat.")
    g.neg("de", "Passwortrichtlinie: Das Passwort muss mindestens 14 Zeichen lang sein und darf keinen Teil des Benutzernamens enthalten. Nach fünf Fehlversuchen wird das Konto für 15 Minuten gesperrt.")
    g.neg("fr", "Règles de mot de passe : 12 caractères minimum, mélange de lettres, chiffres et caractères spéciaux. L'authentification à deux facteurs est obligatoire pour les comptes administrateurs.")
    g.neg("ja", "パスワードポリシー：12文字以上で、英大文字・英小文字・数字・記号をそれぞれ1文字以上含めてください。過去5回分のパスワードは再利用できません。")
    g.neg("ru", "Требования к паролю: не менее 12 символов, хотя бы одна заглавная буква, одна цифра и один специальный символ. Пароль нужно менять каждые 90 дней.")
    g.neg("ar", "سياسة كلمات المرور: يجب ألا يقل طول كلمة المرور عن 12 حرفاً، وأن تحتوي على حرف كبير ورقم ورمز خاص. لا تشارك كلمة المرور مع أي شخص.")
    g.neg("zh", "密码策略：密码长度至少为12位，必须包含大写字母、小写字母、数字和特殊字符，且不得与最近5次使用的密码相同。连续输错5次将锁定账户30分钟。")
    g.neg("pt", "Política de senhas: use no mínimo 12 caracteres, evite palavras do dicionário e ative a verificação em duas etapas. A senha expira a cada 180 dias.")
    g.neg("tr", "Parola politikası: Parolanız en az 12 karakter olmalı, büyük harf, küçük harf, rakam ve özel karakter içermelidir. Parolanızı kimseyle paylaşmayın.")
    return g.cases
