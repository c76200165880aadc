"""Group chat_languages: credentials pasted or told in chat/e-mail/tickets in 25 languages."""
import random

from common import Group, tok, password, rs, person, email, ALNUM

SEED = 21004
NAME = 'chat_languages'

KEY_KINDS = ['stripe_sk', 'github_pat', 'gitlab_pat', 'slack_bot', 'openai_proj', 'anthropic', 'sendgrid', 'do', 'hf',
             'npm', 'linear', 'notion', 'groq', 'figma', 'doppler_st']

# (lang, form kind, template). {pw} password, {tok} token, {user} login, {p1}/{p2} halves, {sp} spaced-out password
TEMPLATES = [
    ('zh', 'wifi', '[09:12] 刘婷：各位，会议室的WiFi换了\n[09:12] 刘婷：网络：Corvid-Meeting-5G\n[09:13] 刘婷：密码：{pw}\n'
                   '[09:13] 周凯：收到，谢谢！'),
    ('zh', 'key', '王工，这是测试环境（staging）的 API key：{tok}\n用完跟我说一声，我去后台轮换一下。'),
    ('ja', 'login', 'お疲れ様です。経費精算ポータルのログイン情報をお送りします。\nID：{user}\nパスワード：「{pw}」\n'
                    '初回ログイン後に必ず変更してください。'),
    ('ja', 'split', '[14:02] 佐藤：パスワードが長いので2回に分けて送ります\n[14:02] 佐藤：前半：{p1}\n[14:03] 佐藤：後半は「{p2}」です\n'
                    '[14:05] 山田：入れました、ありがとうございます！'),
    ('ko', 'wifi', '사무실 와이파이 비번 바뀌었어요!\n네트워크: Tidewater_5G\n비밀번호: {pw}\n대소문자 구분하니까 주의하세요~'),
    ('ko', 'key', '스테이징 서버 키 공유드립니다: {tok}\n외부에는 절대 공유하지 마세요 🙏'),
    ('ar', 'login', 'مرحباً أحمد،\nهذه بيانات الدخول إلى بوابة الموردين:\nاسم المستخدم: {user}\nكلمة المرور: {pw}\n'
                    'يرجى تغييرها بعد أول تسجيل دخول.\nمع التحية'),
    ('ar', 'wifi', 'كلمة سر الواي فاي في الفندق هي «{pw}» والشبكة اسمها Oasis-Guest'),
    ('he', 'key', 'היי, הנה המפתח לסביבת הסטייג\'ינג: {tok}\nתמחק את ההודעה אחרי שהעתקת 🙂'),
    ('he', 'wifi', 'הסיסמה לוויי-פיי של המשרד החדש היא {pw} (עם אות גדולה בהתחלה)'),
    ('hi', 'login', 'नमस्ते सर, HR पोर्टल का लॉगिन भेज रहा हूँ —\nयूज़रनेम: {user}\nपासवर्ड: {pw}\nकृपया किसी से शेयर मत कीजिए।'),
    ('hi', 'dictated', 'फ़ोन पर समझ नहीं आया तो लिख देता हूँ, राउटर का पासवर्ड एक-एक अक्षर: {sp}'),
    ('ru', 'login', 'Логин от личного кабинета: {user} / {pw}\nНе забудь сменить пароль после входа!'),
    ('ru', 'split', '[18:40] Дима: пароль длинный, скину двумя сообщениями\n[18:40] Дима: первая часть: {p1}\n'
                    '[18:41] Дима: вторая часть: {p2}\n[18:41] Дима: без пробелов между ними'),
    ('uk', 'login', 'Привіт! Доступ до порталу постачальників: логін {user}, пароль «{pw}». Після входу зміни, будь ласка.'),
    ('uk', 'dictated', 'Диктую пароль по символах, бо в месенджері він чомусь ламається: {sp}'),
    ('es', 'login', 'Hola Marta, mi usuario del portal es {user} y la contraseña «{pw}», por si necesitas entrar '
                    'mientras estoy de vacaciones. ¡Gracias!'),
    ('es', 'dictated', 'Te la dicto despacio porque por teléfono no se entendía: {sp}'),
    ('fr', 'key', 'Salut, voici la clé pour l\'environnement de staging : {tok}\nNe la commitez pas, elle donne accès à tout !'),
    ('fr', 'wifi', 'Le mot de passe du wifi invité : « {pw} » (le réseau s\'appelle Brasserie-Invites)'),
    ('de', 'login', 'Hallo Jana,\n\nmeine Zugangsdaten für das Kundenportal: Benutzer {user} / Passwort „{pw}“.\n'
                    'Danke fürs Nachsehen!\n\nViele Grüße'),
    ('de', 'split', 'Das Passwort ist zu lang für eine SMS, hier Teil 1: {p1}\n…und Teil 2 kommt gleich: {p2}'),
    ('th', 'wifi', 'รหัสไวไฟของร้านคือ {pw} นะคะ ถ้าต่อไม่ได้บอกพนักงานได้เลยค่ะ'),
    ('el', 'key', 'Καλημέρα! Να το κλειδί για το staging: {tok}\nΜην το βάλεις στο repo.'),
    ('vi', 'wifi', 'Mật khẩu wifi phòng họp tầng 3 là: {pw} nha mọi người'),
    ('id', 'login', 'Halo Mbak, ini akun portal vendor ya:\nusername: {user}\npassword: {pw}\nTolong jangan disebar.'),
    ('tr', 'split', 'Şifre uzun, iki parça halinde atıyorum:\n1) {p1}\n2) {p2}\nArada boşluk yok.'),
    ('pl', 'wifi', 'Hasło do wifi w biurze: „{pw}” (wielkość liter ma znaczenie)'),
    ('cs', 'login', 'Ahoj, přihlašovací údaje do portálu: uživatel {user}, heslo „{pw}“. Dej vědět, jestli to funguje.'),
    ('hu', 'dictated', 'Betűnként mondom a jelszót, mert elírtad: {sp}'),
    ('sv', 'login', 'Hej! Inloggning till leverantörsportalen: användarnamn {user}, lösenord {pw}. Byt gärna efter första inloggningen.'),
    ('fi', 'split', 'Salasana tulee kahdessa osassa.\nEka osa: {p1}\nToka osa: {p2}'),
    ('ro', 'login', 'Bună, datele de logare pentru portal sunt: utilizator {user} și parola {pw}'),
    ('pt', 'wifi', 'A senha do wi-fi aqui de casa é {pw}, tá colada na geladeira também 😅'),
    ('it', 'key', 'Ciao, ecco la chiave per l\'ambiente di staging: {tok} — mi raccomando, non metterla su Slack.'),
    ('nl', 'key', 'Hier is de sleutel voor staging: {tok}\nGraag niet doorsturen.'),
]

LOGINS = {'ja': ['k.sato', 'vendor-4471'], 'ar': ['m.haddad', 'a.alharbi'], 'hi': ['r.sharma', 'kavya.iyer'],
          'ru': ['dmitriy.p', 'e.smirnova'], 'uk': ['okovalenko', 'i.shevchuk'], 'es': ['mgarcia', 'l.navarro'],
          'de': ['j.hoffmann', 'kd-40418'], 'id': ['putri.w', 'bayu_s'], 'cs': ['jnovak', 'kdvorakova'],
          'sv': ['lbergstrom', 'oskar.h'], 'ro': ['apopescu', 'ioana.d']}
USER_CC = {'ja': None, 'ar': None, 'hi': 'in', 'ru': None, 'uk': None, 'es': 'es', 'de': 'de', 'id': 'id', 'cs': 'cz',
           'sv': 'se', 'ro': 'ro'}


def build():
    r = random.Random(SEED)
    g = Group(NAME)

    for lang, kind, tmpl in TEMPLATES:
        vals, secrets = {}, []
        if kind == 'wifi':
            vals['pw'] = password(r, r.choice(['phrase', 'short', 'leet']))
            secrets = [vals['pw']]
        elif kind == 'key':
            vals['tok'] = tok(r, r.choice(KEY_KINDS))
            secrets = [vals['tok']]
        elif kind == 'login':
            vals['pw'] = password(r)
            cc = USER_CC.get(lang)
            if cc and r.random() < 0.6:
                gn, fn = person(r, cc)
                vals['user'] = email(r, gn, fn, cc if cc in ('in', 'es', 'de', 'cz', 'se') else 'us')
                secrets = [vals['user'], vals['pw']]
            else:
                vals['user'] = r.choice(LOGINS[lang]) + str(r.randint(1, 99))
                secrets = [vals['pw']]
        elif kind == 'split':
            p = password(r, 'random')
            while len(p) < 16:
                p = password(r, 'random')
            h = len(p) // 2
            vals['p1'], vals['p2'] = p[:h], p[h:]
            secrets = [vals['p1'], vals['p2']]
        elif kind == 'dictated':
            p = rs(r, r.randint(10, 13), ALNUM)
            vals['sp'] = ' '.join(p)
            secrets = [vals['sp']]
        g.pos('%s_%s' % (kind, lang), tmpl.format(**vals), secrets)

    g.neg('wifi_zh', '[09:12] 刘婷：各位，会议室的WiFi换了\n[09:13] 刘婷：密码贴在前台，我就不在群里发了。\n[09:13] 周凯：好的，谢谢！')
    g.neg('split_ja', '[14:02] 佐藤：パスワードは1Passwordの「staging」保管庫に入れておきました。\n[14:03] 山田：確認しました、ありがとうございます！')
    g.neg('login_ru', 'Логин от личного кабинета тот же, что и раньше, а пароль: ******** (скрыт). Если забыл — нажми «Восстановить пароль».')
    g.neg('login_de', 'Hallo Jana,\n\ndas Passwort schicke ich dir nicht per Chat – ruf mich kurz an, dann sage ich es dir.\n\nViele Grüße')
    g.neg('dictated_es', 'La clave de staging está en el gestor de secretos, en la ruta prod/staging/api-key. No la pegues aquí, por favor.')
    g.neg('login_ar', 'مرحباً أحمد، لن أرسل كلمة المرور هنا. ستصلك رسالة لإعادة تعيينها من بوابة الموردين.')
    g.neg('wifi_fr', 'Le mot de passe du wifi invité est affiché à l\'accueil, sur le petit chevalet à côté de la caisse.')
    g.neg('key_ko', '스테이징 키는 Vault의 secret/staging/api 경로에 있어요. 채팅에는 절대 올리지 마세요!')
    return g.cases
