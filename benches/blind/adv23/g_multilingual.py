"""Group multilingual: credentials and PII in prompts written in many scripts."""
from common import D, J
from common_pii import luhn_ok

SEED = 2305
TITLE = "multilingual prompts (CJK, RTL, Indic, SE-Asian, European)"
COVERS = [
    "prompts in Simplified/Traditional Chinese, Japanese, Korean, Arabic, Hebrew, Persian, Thai, Hindi, Bengali, Tamil, "
    "Vietnamese, Indonesian, Turkish, Polish, Ukrainian, Russian, Greek",
    "local password words (密码, 密碼, パスワード, 비밀번호, كلمة المرور, סיסמה, رمز عبور, รหัสผ่าน, पासवर्ड, পাসওয়ার্ড, "
    "கடவுச்சொல், mật khẩu, kata sandi, şifre, hasło, пароль, κωδικός) and local API-key words (密钥, 金鑰, キー, 키, مفتاح, "
    "מפתח, کلید, คีย์, कुंजी, khóa, kunci, anahtar, klucz, ключ, κλειδί)",
    "full-width colons/parentheses/quotes (：（）「」『』《》), Thai text with no spaces around the value, Devanagari danda",
    "RTL marks (U+200F, U+202B/U+202C embeddings) around LTR values, ZWNJ in Persian, zero-width space splitting a token",
    "values that are themselves Unicode-altered: Persian digits inside a password, full-width password, Arabic-Indic phone digits",
    "local PII: KR RRN, CN resident ID + UnionPay card, JP My Number, IL Teudat Zehut, TR TC Kimlik + IBAN, PL PESEL, "
    "UA RNOKPP, GR AMKA, IN Aadhaar/PAN, ID NIK, SA IBAN, VN/TH phones",
    'Alibaba Cloud AccessKey (zh), Yandex Cloud OAuth + Tencent SecretId/SecretKey (ru), OpenSSH key pasted into a Japanese question',
]

RLM, LRM, RLE, PDF, ZWSP, ZWNJ = "\u200f", "\u200e", "\u202b", "\u202c", "\u200b", "\u200c"
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def fullwidth(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


def build(c):
    g, r, p = c.g, c.rng, c.pii

    # 1 zh-CN: DB connection, full-width colons
    pw = g.pw()
    c.pos("zh_cn", D("""
        我的数据库一直连不上，帮我看看哪里配置错了：
        主机：pg-prod-3.internal
        端口：5432
        用户名：report_ro
        密码：⟦pw⟧
        报错是 FATAL: password authentication failed for user "report_ro"
        """, pw=pw), [pw])

    # 2 zh-TW: 「」『』 quotes
    pw = g.pw()
    key = g.gcp_api_key()
    c.pos("zh_tw", D("""
        請幫我把這段設定翻成英文給外包看：
        後台帳號是 admin，密碼「⟦pw⟧」，
        Google 地圖 API 金鑰『⟦k⟧』只能在正式站使用。
        """, pw=pw, k=key), [pw, key])

    # 3 ja: パスワード and APIキー
    pw = g.pw()
    key = g.anthropic()
    c.pos("ja", D("""
        以下の設定でエラーになります。原因を教えてください。
        ・ユーザー名：batch_user
        ・パスワード：⟦pw⟧
        ・APIキー：⟦k⟧
        エラー内容：401 Unauthorized
        """, pw=pw, k=key), [pw, key])

    # 4 ja: 『』 token
    tok = g.github("ghp")
    c.pos("ja", D("""
        GitHub のアクセストークンは『⟦t⟧』です。
        これを Actions のシークレットに登録する手順を教えてください。
        """, t=tok), [tok])

    # 5 ko: 비밀번호, API 키
    pw = g.pw()
    key = g.openai()
    c.pos("ko", D("""
        안녕하세요, 스테이징 서버 접속 정보 공유드립니다.
        - 계정: deploy
        - 비밀번호: ⟦pw⟧
        - OpenAI API 키: ⟦k⟧
        배포 스크립트가 왜 실패하는지 봐주세요.
        """, pw=pw, k=key), [pw, key])

    # 6 ko PII: 주민등록번호
    who = p.person("KR")
    rrn = p.kr_rrn(*who["dob"], who["sex"])
    c.pos("ko_pii", D("""
        아래 고객 정보로 보험 청구서 초안 작성해줘.
        성명: ⟦n⟧
        주민등록번호: ⟦r⟧
        휴대전화: ⟦ph⟧
        이메일: ⟦e⟧
        주소: ⟦a⟧
        """, n=who["name"], r=rrn, ph=who["phone_nat"], e=who["email"], a=who["address"]),
        ["성명: " + who["name"], rrn, who["phone_nat"], who["email"], who["address"]])

    # 7 ar: password with RLM marks
    pw = g.pw()
    c.pos("ar", J(
        "مرحبا، لا أستطيع الدخول إلى لوحة التحكم.",
        "اسم المستخدم: " + LRM + "ops_admin" + LRM,
        "كلمة المرور: " + RLM + pw + RLM,
        "هل يمكنك مساعدتي في إعادة تعيينها؟"), [pw])

    # 8 ar: API key
    key = g.stripe("sk", "live")
    c.pos("ar", D("""
        لدي مشكلة في الدفع عبر Stripe.
        مفتاح API السري: ⟦k⟧
        رسالة الخطأ: Invalid API Key provided
        """, k=key), [key])

    # 9 he: password + Teudat Zehut
    pw = g.pw()
    who = p.person("IL")
    tz = p.il_tz()
    c.pos("he", J(
        "שלום, תעזור לי למלא את הטופס?",
        "שם מלא: " + who["name"],
        "מספר זהות: " + tz,
        "טלפון: " + who["phone_nat"],
        "סיסמה לאתר: " + RLM + pw), [who["name"], tz, who["phone_nat"], pw])

    # 10 fa: Persian digits inside the password, ZWNJ in text
    base = g.s("ABCDEFGHJKLMNPQRSTUVWXYZ", 1) + g.s("abcdefghjkmnpqrstuvwxyz", 5)
    pw = base + str(r.randint(1390, 1403)).translate(FA_DIG) + "!"
    c.pos("fa", J(
        "سلام، وقتی با این مشخصات وارد می" + ZWNJ + "شوم خطا می" + ZWNJ + "گیرم:",
        "نام کاربری: hamid.r",
        "رمز عبور: " + pw,
        "لطفاً بگویید مشکل از کجاست."), [pw])

    # 11 th: no spaces around the value
    pw = g.pw_random(12)
    c.pos("th", J(
        "ช่วยเขียนอีเมลแจ้งพนักงานใหม่หน่อยครับ",
        "ชื่อผู้ใช้คือsomchai.kและรหัสผ่านคือ" + pw + "ครับ",
        "ให้เปลี่ยนรหัสผ่านภายใน7วัน"), [pw])

    # 12 hi: danda after value
    pw = g.pw()
    key = g.groq()
    c.pos("hi", D("""
        मेरे सर्वर का लॉगिन काम नहीं कर रहा है।
        यूज़रनेम: admin_hq
        पासवर्ड: ⟦pw⟧ ।
        Groq API कुंजी: ⟦k⟧ ।
        कृपया बताइए क्या गलत है।
        """, pw=pw, k=key), [pw, key])

    # 13 bn
    pw = g.pw()
    c.pos("bn", D("""
        আমার অফিসের ইমেইল সেটআপ করতে সাহায্য করুন।
        ইউজারনেম: rahim.office
        পাসওয়ার্ড: ⟦pw⟧
        SMTP সার্ভার: smtp.office365.com
        """, pw=pw), [pw])

    # 14 ta
    pw = g.pw()
    tok = g.huggingface()
    c.pos("ta", D("""
        வணக்கம், இந்த மாடலை பதிவிறக்க முடியவில்லை.
        Hugging Face டோக்கன்: ⟦t⟧
        கணினி கடவுச்சொல்: ⟦pw⟧
        """, t=tok, pw=pw), [tok, pw])

    # 15 vi
    pw = g.pw()
    key = g.gcp_api_key()
    c.pos("vi", D("""
        Anh ơi, em gửi thông tin đăng nhập máy chủ:
        tài khoản: quantri
        mật khẩu: ⟦pw⟧
        khóa API Google Maps: ⟦k⟧
        Nhờ anh kiểm tra giúp em lỗi 403 nhé.
        """, pw=pw, k=key), [pw, key])

    # 16 id
    pw = g.pw()
    key = g.xai()
    c.pos("id", D("""
        Tolong bantu cek kenapa bot saya error.
        kata sandi database: ⟦pw⟧
        kunci API xAI: ⟦k⟧
        Terima kasih!
        """, pw=pw, k=key), [pw, key])

    # 17 tr: şifre + TC Kimlik
    pw = g.pw()
    who = p.person("TR")
    tc = p.tr_tckn()
    c.pos("tr", D("""
        Merhaba, e-Devlet başvurusu için dilekçe yazar mısın?
        Ad Soyad: ⟦n⟧
        TC Kimlik No: ⟦tc⟧
        Telefon: ⟦ph⟧
        Portal şifre: ⟦pw⟧
        """, n=who["name"], tc=tc, ph=who["phone_nat"], pw=pw), [who["name"], tc, who["phone_nat"], pw])

    # 18 pl: hasło + PESEL
    who = p.person("PL")
    pesel = p.pl_pesel(*who["dob"], who["sex"])
    pw = g.pw()
    c.pos("pl", D("""
        Napisz proszę maila do działu kadr z moimi danymi:
        Imię i nazwisko: ⟦n⟧
        PESEL: ⟦ps⟧
        Nr telefonu: ⟦ph⟧
        (hasło do portalu pracownika to ⟦pw⟧, nie wpisuj go do maila)
        """, n=who["name"], ps=pesel, ph=who["phone"], pw=pw), [who["name"], pesel, who["phone"], pw])

    # 19 uk: пароль + ключ API + РНОКПП
    who = p.person("UA")
    rn = p.ua_rnokpp(*who["dob"], who["sex"])
    pw = g.pw()
    key = g.mistral()
    c.pos("uk", D("""
        Допоможи заповнити заяву.
        ПІБ: ⟦n⟧
        РНОКПП: ⟦rn⟧
        пароль від кабінету: ⟦pw⟧
        ключ API Mistral: ⟦k⟧
        """, n=who["name"], rn=rn, pw=pw, k=key), [who["name"], rn, pw, key])

    # 20 el: κωδικός + ΑΜΚΑ
    who = p.person("GR")
    amka = p.gr_amka(*who["dob"])
    pw = g.pw()
    c.pos("el", D("""
        Γεια σου, χρειάζομαι βοήθεια με την αίτηση.
        Ονοματεπώνυμο: ⟦n⟧
        ΑΜΚΑ: ⟦a⟧
        Κινητό: ⟦ph⟧
        Κωδικός πρόσβασης TaxisNet: ⟦pw⟧
        """, n=who["name"], a=amka, ph=who["phone"], pw=pw), [who["name"], amka, who["phone"], pw])

    # 21 ru: em dash
    pw = g.pw()
    c.pos("ru", D("""
        Коллеги, временный доступ к VPN:
        логин — ivanov.s
        пароль — ⟦pw⟧
        Сменить до пятницы!
        """, pw=pw), [pw])

    # 22 mixed: Chinese comments in .env
    key = g.openai()
    pw = g.pw_random(20)
    c.pos("mixed_env", D("""
        帮我看看这个 .env 有没有问题：
        # 生产环境密钥，不要提交到仓库
        OPENAI_API_KEY=⟦k⟧
        # 数据库密码
        DB_PASSWORD=⟦pw⟧
        """, k=key, pw=pw), [key, pw])

    # 23 full-width parentheses
    tok = g.slack_bot()
    c.pos("zh_fullwidth", D("""
        Slack 机器人令牌（token）：⟦t⟧
        频道（channel）：#ops-alerts
        请帮我写一个发送消息的 Python 脚本。
        """, t=tok), [tok])

    # 24 《》 quoting
    pw = g.pw()
    c.pos("zh_fullwidth", D("""
        把路由器管理员密码从《⟦pw⟧》改成更安全的，
        顺便告诉我怎么关掉 WPS。
        """, pw=pw), [pw])

    # 25 full-width password typed with IME
    raw = g.pw_pronounceable()
    fw = fullwidth(raw)
    c.pos("ja_fullwidth", D("""
        ログインできません。全角で入力したかもしれません。
        ＩＤ：ｔａｎａｋａ０１
        パスワード：⟦fw⟧
        半角に直すとどうなりますか？
        """, fw=fw), [fw])

    # 26 ZWSP splitting a token (copied from a web page)
    tok = g.github("ghp")
    cut = r.randint(12, 28)
    split = tok[:cut] + ZWSP + tok[cut:]
    c.pos("zwsp_split", J(
        "從 Notion 複製過來的 token 好像怪怪的，貼上後 401：",
        "GITHUB_TOKEN=" + split,
        "是不是有隱藏字元？"), [tok[:cut], tok[cut:]])

    # 27 ja PII: マイナンバー
    who = p.person("JP")
    mn = p.jp_mynumber()
    c.pos("ja_pii", D("""
        年末調整の書類に記入する内容です。
        氏名：⟦n⟧
        マイナンバー：⟦m⟧
        住所：⟦a⟧
        電話番号：⟦ph⟧
        """, n=who["name"], m=mn, a=who["address"], ph=who["phone_nat"]), ["氏名：" + who["name"], mn, who["address"], who["phone_nat"]])

    # 28 zh PII: 身份证号 + 银行卡号
    who = p.person("CN")
    while len(who["name"]) < 3:
        who = p.person("CN")
    rid = p.cn_rid(*who["dob"], who["sex"])
    card = p.card("unionpay", fmt=False)
    c.pos("zh_pii", D("""
        帮我整理成表格：
        姓名：⟦n⟧
        身份证号：⟦i⟧
        手机号：⟦ph⟧
        银行卡号：⟦c⟧
        """, n=who["name"], i=rid, ph=who["phone_nat"], c=card), ["姓名：" + who["name"], rid, who["phone_nat"], card])

    # 29 ar: Arabic-Indic phone digits + SA IBAN
    ph = p.phone("SA", national=True)
    ph_ar = ph.translate(AR_DIG)
    iban = p.iban("SA", spaced=True)
    c.pos("ar_pii", J(
        "الرجاء تحويل المبلغ إلى الحساب التالي:",
        "رقم الآيبان: " + iban,
        "رقم الجوال: " + RLM + ph_ar,
        "شكراً"), [iban, ph_ar])

    # 30 ko: 계좌번호 + card
    who = p.person("KR")
    card = p.card("visa")
    acct = "%s-%s-%s" % (p.d(3), p.d(6), p.d(5))
    c.pos("ko_pii", D("""
        환불 요청서 작성 부탁해요.
        예금주: ⟦n⟧
        환불 계좌번호: 국민은행 ⟦a⟧
        결제 카드 번호: ⟦c⟧
        """, n=who["name"], a=acct, c=card), ["예금주: " + who["name"], acct, card])

    # 31 hi: Aadhaar + PAN
    who = p.person("IN")
    aad = p.in_aadhaar()
    pan = p.in_pan(who["family_latin"])
    c.pos("hi_pii", D("""
        कृपया इस KYC फॉर्म को अंग्रेज़ी में भर दीजिए:
        नाम: ⟦n⟧
        आधार संख्या: ⟦a⟧
        पैन: ⟦pn⟧
        मोबाइल: ⟦ph⟧
        """, n=who["name"], a=aad, pn=pan, ph=who["phone"]), [who["name"], aad, pan, who["phone"]])

    # 32 vi PII
    ph = p.phone("VN")
    name = r.choice(["Nguyễn Thị Thu Hà", "Trần Văn Minh", "Lê Hoàng Phúc", "Phạm Ngọc Anh"])
    mail = r.choice(["thuha.nguyen", "tranvanminh88", "hoangphuc.le", "ngocanh.pham"]) + "@gmail.com"
    c.pos("vi_pii", D("""
        Viết giúp tôi thư xin việc, thông tin liên hệ:
        Họ và tên: ⟦n⟧
        Số điện thoại: ⟦ph⟧
        Email: ⟦e⟧
        """, n=name, ph=ph, e=mail), [name, ph, mail])

    # 33 id: NIK
    sex = r.choice("MF")
    y, m, d = p.dob()
    nik = p.id_nik(y, m, d, sex)
    ph = p.phone("ID", national=True)
    name = r.choice(["Dewi Lestari", "Budi Santoso", "Siti Rahmawati", "Agus Wijaya"])
    c.pos("id_pii", D("""
        Tolong isi formulir BPJS ini:
        Nama lengkap: ⟦n⟧
        NIK: ⟦k⟧
        No. HP: ⟦ph⟧
        """, n=name, k=nik, ph=ph), [name, nik, ph])

    # 34 tr: IBAN
    who = p.person("TR")
    iban = p.iban("TR", spaced=True)
    c.pos("tr_pii", D("""
        Kira ödemesi için dekont açıklaması yazar mısın?
        Alıcı: ⟦n⟧
        IBAN: ⟦i⟧
        """, n=who["name"], i=iban), [who["name"], iban])

    # 35 he: RTL embedding around an LTR key
    key = g.sendgrid()
    c.pos("he", J(
        "המפתח של SendGrid הפסיק לעבוד אחרי העדכון:",
        "מפתח API: " + RLE + key + PDF,
        "מה לעשות?"), [key])

    # 36 fa: API key word with ZWNJ
    key = g.deepseek()
    c.pos("fa", J(
        "کلید API دیپ" + ZWNJ + "سیک من:",
        key,
        "چرا خطای ۴۰۱ می" + ZWNJ + "دهد؟"), [key])

    # 37 ja: DB URL inside 「」
    pw = g.pw(avoid="@/:?#」「")
    c.pos("ja", D("""
        接続文字列は「postgresql://app_user:⟦pw⟧@db.prod.local:5432/app」で合っていますか？
        SSL の設定も必要でしょうか。
        """, pw=pw), [pw])

    # 38 zh-HK mixed Cantonese with AWS creds
    ak, sk = g.aws_akid(), g.aws_secret()
    c.pos("zh_hk", D("""
        唔該幫我睇下點解 S3 upload 唔到：
        存取金鑰ID：⟦a⟧
        秘密存取金鑰：⟦s⟧
        區域：ap-east-1
        """, a=ak, s=sk), [ak, sk])

    # 39 zh: Alibaba Cloud AccessKey
    ak, sk = g.alibaba_id(), g.alibaba_secret()
    c.pos("zh_cn", D("""
        用 aliyun-cli 上传 OSS 一直报 InvalidAccessKeyId，帮我看看：
        AccessKey ID：⟦a⟧
        AccessKey Secret：⟦s⟧
        地域：cn-hangzhou
        """, a=ak, s=sk), [ak, sk])

    # 40 ru: Yandex Cloud OAuth token + Tencent keys in a mixed prompt
    yt = g.yandex()
    tid, tsk = g.tencent_id(), g.alnum(32)
    c.pos("ru", D("""
        Привет! Переношу сервис из Tencent Cloud в Yandex Cloud.
        OAuth-токен Яндекса: ⟦y⟧
        SecretId Tencent: ⟦ti⟧
        SecretKey Tencent: ⟦ts⟧
        Напиши, пожалуйста, terraform-провайдеры для обоих.
        """, y=yt, ti=tid, ts=tsk), [yt, tid, tsk])

    # 41 ja: private key pasted into a question
    key = g.openssh_ed25519("tanaka@mbp")
    c.pos("ja", J("この秘密鍵でサーバーに SSH できません。「Load key: invalid format」と出ます。", "",
                  key.text, "", "鍵の形式が間違っていますか？"), key.picks())

    # negatives ---------------------------------------------------------
    c.neg("zh_masked", D("""
        我已经把敏感信息隐藏了：
        用户名：report_ro
        密码：********（已隐藏）
        API 密钥：sk-...（已删除）
        """))
    c.neg("ja_placeholder", D("""
        設定ファイルの例：
        パスワード：＜あなたのパスワード＞
        APIキー：${API_KEY}
        ※実際の値は絶対に貼り付けないでください。
        """))
    c.neg("ko_env_ref", D("""
        비밀번호는 환경 변수 DB_PASSWORD 에서 읽습니다.
        API 키는 AWS Secrets Manager 의 prod/api-key 에 저장되어 있습니다.
        로컬에서는 .env.example 을 복사해서 쓰세요.
        """))
    c.neg("ar_docs", D("""
        يبدأ مفتاح API السري دائماً بالبادئة sk_live_ متبوعة بأحرف وأرقام،
        بينما يبدأ المفتاح المنشور بـ pk_live_ ويمكن وضعه في الواجهة.
        لا تشارك المفتاح السري مع أي شخص.
        """))
    order = "2024031512345678"
    while luhn_ok(order):
        order = order[:-1] + str((int(order[-1]) + 1) % 10)
    c.neg("zh_order_numbers", D("""
        订单号：⟦o⟧
        快递单号：SF1402837719206
        下单时间：2024-03-15 12:34:56
        """, o=order))
    c.neg("th_tracking", D("""
        เลขพัสดุของคุณคือ EY123456789TH
        สถานะ: อยู่ระหว่างการขนส่ง
        วันที่ส่ง 15/03/2567
        """))
    c.neg("hi_versions", D("""
        कृपया Python 3.12.3 और Node.js v20.11.1 पर टेस्ट करें।
        बिल्ड नंबर: 2024.06.14-rc2
        """))
    c.neg("ko_ids", D("""
        커밋 해시: 3f9d2c41b7a8e6f0d1c2b3a4958672e1f0a9b8c7
        요청 ID: 6f1c2a9b-3d4e-4f50-8a6b-7c8d9e0f1a2b
        위 커밋 이후로 빌드가 실패합니다.
        """))
