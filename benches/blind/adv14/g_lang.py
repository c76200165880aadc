"""Theme 8: someone sharing a password or pasting an API key, in less-covered languages."""
from common import G, P, N


def cases():
    g = G("lang")
    out = []
    F = "lang/"

    def two(slug, pw_text, key_text, pw, keys):
        out.append(P(F + slug, pw_text, [pw]))
        out.append(P(F + slug, key_text, keys))

    pw, k = g.human_pw(), g.stripe()
    two("welsh",
        f"[09:12] Siân: Helo Gareth, dyma'r cyfrinair newydd ar gyfer y gweinydd cronfa ddata: {pw}\n"
        "[09:12] Siân: paid â'i rannu gyda neb arall os gweli di'n dda\n",
        f"Mae'r allwedd API ar gyfer Stripe yn y neges hon: {k}\nRho hi yn y ffeil .env, nid yn y cod.\n",
        pw, [k])

    pw, k = g.pw(), g.sendgrid()
    two("icelandic",
        f"Hæ Gunnar,\n\nlykilorðið að prófunarþjóninum er {pw} – vinsamlegast breyttu því eftir fyrstu innskráningu.\n\nKveðja,\nHelga\n",
        f"Hér er API-lykillinn fyrir SendGrid: {k}\nEkki setja hann í Git, takk.\n",
        pw, [k])

    pw, k = g.human_pw(), g.gh()
    two("basque",
        f"Kaixo Miren! Hona hemen zerbitzariaren pasahitza: {pw}\nMesedez, ez partekatu inorekin eta aldatu lehenbailehen.\n",
        f"GitHub-eko tokena hau da: {k} — bihar ezabatuko dut, erabili gaur bakarrik.\n",
        pw, [k])

    pw, k = g.pw(), g.openai()
    two("catalan",
        f"Hola Jordi, la contrasenya de l'usuari admin del tauler és {pw}. Canvia-la quan puguis, si us plau.\n",
        f"Et passo la clau de l'API d'OpenAI perquè facis les proves:\n{k}\nNo la pugis al repositori!\n",
        pw, [k])

    pw, k = g.pw(), g.slack_bot()
    two("georgian",
        f"გამარჯობა ნინო, სერვერის პაროლია: {pw}\nგთხოვ, არავის გაუზიარო.\n",
        f"აი Slack-ის ბოტის ტოკენი: {k}\nდღეს საღამოს შევცვლი.\n",
        pw, [k])

    pw, ak, sk = g.human_pw(), g.aws_akid(), g.aws_secret()
    two("armenian",
        f"Բարև Արամ, տվյալների բազայի գաղտնաբառն է՝ {pw}։ Խնդրում եմ ոչ մեկին մի՛ ասա։\n",
        f"Ահա AWS-ի բանալիները.\nID՝ {ak}\nգաղտնի բանալի՝ {sk}\nՕգտագործիր միայն staging-ի համար։\n",
        pw, [sk])

    pw, k = g.pw(), g.glpat()
    two("amharic",
        f"ሰላም አበበ፣ የአገልጋዩ የይለፍ ቃል {pw} ነው። እባክህ ለማንም አታጋራ።\n",
        f"የGitLab ቶክን ይህ ነው፦ {k}\nነገ እቀይረዋለሁ።\n",
        pw, [k])

    pw, k = g.human_pw(), g.anthropic()
    two("khmer",
        f"សួស្តី សុខា! ពាក្យសម្ងាត់របស់ម៉ាស៊ីនមេគឺ {pw} សូមកុំចែករំលែកវាជាមួយអ្នកដទៃ។\n",
        f"នេះជាសោ API របស់ Anthropic៖\n{k}\nសូមប្រើវាសម្រាប់តែការសាកល្បងប៉ុណ្ណោះ។\n",
        pw, [k])

    pw, k = g.pw(), g.npm()
    two("mongolian",
        f"Сайн уу Бат, серверийн нууц үг нь {pw}. Хэнтэй ч бүү хуваалцаарай.\n",
        f"npm-ийн токен энд байна: {k} — маргааш устгана.\n",
        pw, [k])

    pw, sid, sec = g.pw(), g.twilio_api(), g.s(32)
    two("tamil",
        f"வணக்கம் குமார், சர்வரின் கடவுச்சொல் {pw}. தயவுசெய்து யாருடனும் பகிர வேண்டாம்.\n",
        f"Twilio API விசை இதோ: {sid}\nரகசியம் (secret): {sec}\nஇதை Slack-இல் போட வேண்டாம்.\n",
        pw, [sid, sec])

    pw, k = g.human_pw(), g.google()
    two("bengali",
        f"হ্যালো রাহুল, সার্ভারের পাসওয়ার্ড হলো {pw}। অনুগ্রহ করে কারও সাথে শেয়ার করবেন না।\n",
        f"এই নাও Google Cloud-এর API কী: {k}\nকাজ শেষ হলে জানিও, আমি এটা মুছে দেব।\n",
        pw, [k])

    pw, k = g.pw(), g.dckr()
    two("ukrainian",
        f"Привіт, Олено! Пароль до бази даних: {pw}\nБудь ласка, нікому не передавай.\n",
        f"Ось токен Docker Hub: {k} — видалю його після релізу.\n",
        pw, [k])

    pw, k = g.human_pw(), g.mailgun()
    two("greek",
        f"Γεια σου Νίκο, ο κωδικός πρόσβασης για τον διακομιστή είναι {pw}. Μην τον μοιραστείς με κανέναν.\n",
        f"Το κλειδί API του Mailgun: {k}\nΘα το ανακαλέσω την Παρασκευή.\n",
        pw, [k])

    pw, k = g.pw(), g.hf()
    two("hebrew",
        f"היי דנה, הסיסמה לשרת היא {pw}\nבבקשה אל תשתפי אותה עם אף אחד.\n",
        f"הנה הטוקן של Hugging Face: {k}\nתמחקי אותו אחרי ההדגמה.\n",
        pw, [k])

    pw, k = g.human_pw(), g.stripe(modern=True)
    two("persian",
        f"سلام علی، رمز عبور سرور {pw} است. لطفاً آن را با کسی به اشتراک نگذار.\n",
        f"این کلید API استرایپ است:\n{k}\nفقط روی سرور تولید استفاده کن.\n",
        pw, [k])

    pw, k = g.pw(), g.pypi()
    two("malay",
        f"Hai Aina, kata laluan untuk pelayan ialah {pw}. Tolong jangan kongsi dengan sesiapa.\n",
        f"Ini token PyPI untuk muat naik pakej: {k}\nSaya akan padamkan selepas keluaran 2.3.0.\n",
        pw, [k])

    pw, k = g.human_pw(), g.cf_token()
    two("tagalog",
        f"Hi Marco, ang password ng server ay {pw}. Huwag mo itong ibahagi kahit kanino, ha?\n",
        f"Eto yung token ng Cloudflare para sa DNS: {k}\nPaki-delete pagkatapos mong gamitin.\n",
        pw, [k])

    pw, k = g.pw(), g.stripe("rk")
    two("zulu",
        f"Sawubona Thabo, iphasiwedi yeseva ithi {pw}. Ngicela ungayabelani nomunye umuntu.\n",
        f"Nansi ikhiye ye-API ye-Stripe: {k}\nNgizoyisusa kusasa.\n",
        pw, [k])

    # ---------------- negatives ----------------
    out.append(N(F + "welsh", "Rhaid i gyfrineiriau fod o leiaf 12 nod o hyd a chynnwys o leiaf un rhif ac un symbol.\n"))
    out.append(N(F + "ukrainian", "Я надішлю тобі пароль через Signal, не сюди. Токени теж ніколи не вставляй у чат.\n"))
    out.append(N(F + "greek", "Το κλειδί API θα το βρεις στο 1Password, στο θησαυροφυλάκιο «Ops». Μην το αντιγράψεις εδώ.\n"))
    out.append(N(F + "hebrew", "אל תשלחו סיסמאות בצ'אט. השתמשו ב-Vault ובקשו גישה דרך הפורטל.\n"))
    out.append(N(F + "tamil", "கடவுச்சொல் குறைந்தது 12 எழுத்துகள் கொண்டதாக இருக்க வேண்டும்; ஒவ்வொரு 90 நாட்களுக்கும் மாற்றவும்.\n"))
    out.append(N(F + "georgian", "ტოკენი ვადაგასულია, ახალი მოითხოვე პორტალში. ძველს აღარ გამოიყენო.\n"))
    out.append(N(F + "persian", "کلید API را در متغیر محیطی STRIPE_SECRET_KEY قرار بده، نه در کد. نسخه ۲.۳.۰ فردا منتشر می‌شود.\n"))
    return out
