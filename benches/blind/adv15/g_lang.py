"""lang: prompts and messages in languages not used by earlier sets, giving (or not giving) credentials."""
import random

import common as C
from common import fill

R = random.Random(150707)


def build():
    c = C.Cases("lang")
    pw = lambda: R.choice([C.pw_mixed(R), C.pw_human(R), C.pw_phrase(R, 3)])

    p = pw()
    c.pos("yo", fill("""
        Ẹ káàárọ̀. Mo ń gbìyànjú láti so app mi pọ̀ mọ́ database MySQL, ṣùgbọ́n ó ń sọ pé "Access denied for user".
        Orúkọ olùlò ni shop_app, ọ̀rọ̀ aṣínà sì ni {{p}}
        Ẹ jọ̀ọ́, ṣé ẹ lè sọ ohun tí mo ṣe àṣìṣe nínú config yìí?
        DB_HOST=127.0.0.1
        DB_PORT=3306
        """, p=p), [p])

    k = "sk_live_" + C.hex_n(R, 40)
    p = pw()
    c.pos("ha", fill("""
        Sannu, don Allah ka taimaka min. Na saka Paystack a shafin yanar gizo na amma biyan kuɗi yana kasawa.
        Maɓallin sirri na API shine: {{k}}
        Kalmar sirri ta dashboard kuma ita ce {{p}} — ban san ko matsalar tana nan ba.
        Me ya sa yake cewa "Invalid key"?
        """, k=k, p=p), [k, p])

    p = pw()
    c.pos("so", fill("""
        Asc walaal, waxaan isku dayayaa inaan server-ka ku galo SSH laakiin wuu i diidayaa.
        Username-ku waa deploy, erayga sirta ahna waa {{p}}
        Fariinta khaladka: "Permission denied (publickey,password)". Maxaan sameeyaa?
        """, p=p), [p])

    t = C.gh_token(R)
    c.pos("ne", fill("""
        नमस्ते, मेरो GitHub Actions workflow ले private repo clone गर्न सकिरहेको छैन।
        मैले secret मा यो टोकन राखेको छु: {{t}}
        तर "remote: Repository not found" भन्ने error आउँछ। कृपया के गलत भयो बताइदिनुहोस्।
        """, t=t), [t])

    k = "live_secret_key_" + C.hex_n(R, 32)
    c.pos("ne", fill("""
        दाइ, Khalti payment को लागि merchant को गोप्य कुञ्जी {{k}} हो। यसलाई Django settings मा राख्दा
        "invalid token" आयो। Authorization header मा "Key " लेख्नुपर्छ कि "Bearer "?
        """, k=k), [k])

    p = pw()
    c.pos("si", fill("""
        ආයුබෝවන්! මගේ ගෙදර WiFi router එකේ admin මුරපදය {{p}}. ඒත් 192.168.1.1 එකට ලොග් වෙන්න බැහැ.
        මට මේක reset නොකර වෙනස් කරන්න විදිහක් කියන්න පුළුවන්ද?
        """, p=p), [p])

    p = pw()
    c.pos("my", fill("""
        မင်္ဂလာပါ ခင်ဗျာ။ ကျွန်တော့် PostgreSQL database ရဲ့ စကားဝှက်က {{p}} ဖြစ်ပါတယ်။
        user က postgres ပါ။ pgAdmin ကနေ ချိတ်ရင် "password authentication failed" လို့ ပြနေတယ်။ ဘာကြောင့်လဲ ကူညီပေးပါ။
        """, p=p), [p])

    p = pw()
    c.pos("lo", fill("""
        ສະບາຍດີ, ຂ້ອຍຕ້ອງການຕັ້ງຄ່າອີເມວບໍລິສັດໃນ Outlook.
        ອີເມວ: sales@lao-coffee.example, ລະຫັດຜ່ານ: {{p}}
        ເຊີບເວີ IMAP ແມ່ນຫຍັງ? ກະລຸນາຊ່ວຍແດ່.
        """, p=p), [p])

    t = C.telegram_bot(R)
    c.pos("uz", fill("""
        Salom! Telegram bot yozayapman (python-telegram-bot 21), lekin token ishlamayapti.
        Bot tokeni: {{t}}
        setWebhook qilganimda {"ok":false,"error_code":401,"description":"Unauthorized"} qaytaryapti. Nima qilsam bo'ladi?
        """, t=t), [t])

    p = pw()
    c.pos("kk", fill("""
        Сәлеметсіз бе! Ubuntu серверге кіре алмай жүрмін.
        Пайдаланушы аты: admin, құпия сөз: {{p}}
        SSH арқылы қосылғанда "Permission denied, please try again" шығады. Не істеуім керек?
        """, p=p), [p])

    k = C.stripe(R)
    c.pos("az", fill("""
        Salam, Laravel-də Stripe inteqrasiyasını yoxlayıram. Gizli açarım budur: {{k}}
        Test rejimində hər şey işləyir, amma canlı rejimdə "No such customer" xətası verir. Səbəb nə ola bilər?
        """, k=k), [k])

    p = pw()
    c.pos("sq", fill("""
        Përshëndetje! Po lidh aplikacionin Laravel me MySQL në hosting.
        Përdoruesi është u4471_shop dhe fjalëkalimi i bazës së të dhënave është {{p}}
        Marr gabimin SQLSTATE[HY000] [1045]. Çfarë duhet të kontrolloj?
        """, p=p), [p])

    k = C.openai_key(R)
    c.pos("mk", fill("""
        Здраво, ова е мојот API клуч за OpenAI: {{k}}
        Кога го повикувам од Python скриптата добивам грешка 429 "insufficient_quota", иако имам кредит.
        Дали клучот е погрешен или проблемот е во организацијата?
        """, k=k), [k])

    p = pw()
    c.pos("sl", fill("""
        Živjo! Geslo za strežnik je {{p}}, uporabniško ime pa deploy.
        Ali mi lahko napišeš bash skripto, ki vsako noč naredi varnostno kopijo mape /var/www na ta strežnik prek rsync?
        """, p=p), [p])

    ak, sk = C.aws_akid(R), C.aws_secret(R)
    c.pos("lv", fill("""
        Sveiki! Mēģinu sinhronizēt failus ar S3, bet "aws s3 sync" atgriež SignatureDoesNotMatch.
        Mana piekļuves atslēga ir {{ak}}, bet slepenā atslēga ir {{sk}}
        Reģions: eu-north-1. Kas varētu būt nepareizi?
        """, ak=ak, sk=sk), [sk])

    t = C.glpat(R)
    c.pos("lt", fill("""
        Labas, mano GitLab asmeninis prieigos raktas yra {{t}}
        Kai bandau klonuoti repozitoriją per HTTPS, gaunu klaidą "HTTP Basic: Access denied". Ką daryti?
        """, t=t), [t])

    p = C.pw_mixed(R, 16, "-_.~")
    c.pos("et", fill("""
        Tere! Andmebaasi parool on {{p}}
        Ühendusstring näeb välja nii: postgres://app:{{p}}@db.local:5432/app
        Miks Django ütleb "password authentication failed for user app"?
        """, p=p), [p])

    p = pw()
    c.pos("mt", fill("""
        Bonġu, il-password tal-email tax-xogħol tiegħi hija {{p}}
        Tista' tgħinni nissettja l-email fuq il-mowbajl? Ma nafx liema server għandi npoġġi.
        """, p=p), [p])

    p = pw()
    c.pos("ga", fill("""
        Dia duit! Seo é mo phasfhocal don chuntas riaracháin ar an suíomh gréasáin: {{p}}
        An féidir leat cabhrú liom é a athrú go ceann níos sábháilte, agus fíordheimhniú dhá fhachtóir a chur ar siúl?
        """, p=p), [p])

    p = pw()
    c.pos("lb", fill("""
        Moien! D'Passwuert fir den Admin-Kont vum Router ass {{p}}
        Kanns du mer w.e.g. hëllefen, e separaten Gaascht-WLAN anzerichten?
        """, p=p), [p])

    p = pw()
    c.pos("ur", fill("""
        السلام علیکم، سرور کا یوزر نیم root ہے اور پاس ورڈ {{p}} ہے۔
        SSH سے لاگ ان کرنے پر "Connection closed by remote host" آتا ہے۔ براہ کرم مدد کریں۔
        """, p=p), [p])

    pw2 = C.pw_mixed(R, 14, "-_.~")
    c.pos("ur", fill("""
        بھائی، یہ ہماری ڈیٹابیس کی کنکشن سٹرنگ ہے:
        mongodb+srv://admin:{{p}}@cluster0.ab12c.mongodb.net/shop
        خفیہ کلید تو صحیح ہے پھر بھی "bad auth : authentication failed" آ رہا ہے۔ کیا مسئلہ ہے؟
        """, p=pw2), [pw2])

    p = pw()
    c.pos("pa", fill("""
        ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਮੇਰਾ ਈਮੇਲ ਪਾਸਵਰਡ {{p}} ਹੈ।
        ਮੈਂ ਨਵੇਂ ਫ਼ੋਨ ਉੱਤੇ Gmail ਵਿੱਚ ਲੌਗਇਨ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਮਦਦ ਕਰੋ।
        """, p=p), [p])

    k = C.sendgrid(R)
    c.pos("gu", fill("""
        નમસ્તે, અમારી વેબસાઇટ માટે SendGrid ની API કી આ છે: {{k}}
        ઈમેલ મોકલતી વખતે 403 Forbidden ભૂલ આવે છે. શું કારણ હોઈ શકે?
        """, k=k), [k])

    p = pw()
    c.pos("mr", fill("""
        नमस्कार, माझ्या VPS सर्व्हरचा पासवर्ड {{p}} आहे.
        SSH ने लॉगिन करताना "Access denied" येतं. पासवर्ड बरोबर आहे, मग काय चुकतंय?
        """, p=p), [p])

    p = pw()
    c.pos("te", fill("""
        నమస్తే, నా MySQL డేటాబేస్ పాస్‌వర్డ్ {{p}}
        Spring Boot లో application.properties ఫైల్‌లో దీన్ని ఎలా పెట్టాలి? ఇప్పుడు "Access denied for user 'root'@'localhost'" వస్తోంది.
        """, p=p), [p])

    k = C.google_api(R)
    c.pos("kn", fill("""
        ನಮಸ್ಕಾರ, ನನ್ನ Google Maps API ಕೀ {{k}}
        ಇದನ್ನು Android ಆ್ಯಪ್‌ನಲ್ಲಿ ಸುರಕ್ಷಿತವಾಗಿ ಹೇಗೆ ಇಡುವುದು? ಈಗ ಅದು strings.xml ನಲ್ಲಿ ಇದೆ.
        """, k=k), [k])

    t = C.hf_token(R)
    c.pos("ml", fill("""
        നമസ്കാരം, എന്റെ Hugging Face ടോക്കൺ {{t}} ആണ്.
        Llama മോഡൽ ഡൗൺലോഡ് ചെയ്യുമ്പോൾ 403 error വരുന്നു. access request approve ആയിട്ടുണ്ട്. എന്തുചെയ്യണം?
        """, t=t), [t])

    p = pw()
    c.pos("ky", fill("""
        Салам! MySQL'ге туташа албай жатам.
        Колдонуучу: root, сырсөз: {{p}}
        "ERROR 1045 (28000): Access denied" чыгат. Жардам бериңизчи.
        """, p=p), [p])

    p = pw()
    c.pos("ht", fill("""
        Bonjou, modpas wifi biwo a se {{p}}
        Tanpri, ki jan mwen ka chanje l sou routè TP-Link la? Mwen pa jwenn paj konfigirasyon an.
        """, p=p), [p])

    p = pw()
    c.pos("eo", fill("""
        Saluton! Mia pasvorto por la servilo estas {{p}}
        Ĉu vi povas helpi min agordi SSH-ŝlosilon anstataŭe, por ke mi ne plu bezonu tajpi la pasvorton?
        """, p=p), [p])

    p = pw()
    c.pos("af", fill("""
        Hallo, die wagwoord vir die SQL Server-databasis is {{p}} en die gebruikersnaam is sa.
        Hoekom kan my .NET-toepassing nie konnekteer nie? Die fout is "Login failed for user 'sa'".
        """, p=p), [p])

    p = pw()
    c.pos("xh", fill("""
        Molo, igama lokugqitha le-akhawunti yam ye-imeyile ngu {{p}}
        Ndicela uncedo lokulitshintsha ngokukhuselekileyo.
        """, p=p), [p])

    p = pw()
    c.pos("jv", fill("""
        Sugeng enjing mas, tembung sandhi kanggo server produksi yaiku {{p}}
        Kula nyuwun tulung, kepiye carane ngganti tembung sandhi root lan mateni login nganggo sandhi?
        """, p=p), [p])

    p = pw()
    c.pos("ceb", fill("""
        Maayong buntag! Ang password sa akong email sa opisina kay {{p}}
        Palihug tabangi ko nga ma-setup kini sa akong cellphone, Android ang akong gamit.
        """, p=p), [p])

    p = pw()
    c.pos("mi", fill("""
        Kia ora! Ko taku kupuhipa mō te pae tukutuku o te kura ko {{p}}
        Ka taea e koe te āwhina i ahau ki te huri i taku kupuhipa?
        """, p=p), [p])

    # ---------------- negatives (no values)
    c.neg("neg", fill("""
        Ìkìlọ̀ ààbò: Ẹ máa yí ọ̀rọ̀ aṣínà yín padà ní gbogbo ọjọ́ 90. Ẹ má ṣe fi ọ̀rọ̀ aṣínà yín ránṣẹ́ sí ẹnikẹ́ni
        lórí WhatsApp tàbí ímeèlì, kódà bí wọ́n bá sọ pé láti ẹ̀ka IT ni wọ́n ti wá.
        """))
    c.neg("neg", fill("""
        اہم اطلاع: اپنا پاس ورڈ کسی کے ساتھ شیئر نہ کریں۔ ہمارا عملہ کبھی بھی فون یا ای میل پر آپ کا پاس ورڈ نہیں مانگے گا۔
        پاس ورڈ کم از کم 12 حروف کا ہونا چاہیے اور ہر 90 دن بعد تبدیل کریں۔
        """))
    c.neg("neg", fill("""
        Paroles politika: parolei jābūt vismaz 12 rakstzīmes garai, tajā jābūt lielajiem un mazajiem burtiem un ciparam.
        Paroli jāmaina reizi 90 dienās. API atslēgas glabājiet tikai paroļu pārvaldniekā, nevis e-pastā.
        """))
    c.neg("neg", fill("""
        Құпия сөзді 90 күн сайын өзгертіңіз. Құпия сөзіңізді ешкімге айтпаңыз.
        Егер құпия сөзді ұмытсаңыз, кіру бетіндегі "Құпия сөзді ұмыттыңыз ба?" сілтемесін басыңыз.
        """))
    c.neg("neg", fill("""
        Onthou: moet nooit jou wagwoord per e-pos of SMS stuur nie. Die bank sal jou nooit vra vir jou wagwoord
        of eenmalige PIN nie. Gebruik 'n wagwoordbestuurder en skakel twee-faktor-verifikasie aan.
        """))
    c.neg("neg", fill("""
        നിങ്ങളുടെ പാസ്‌വേഡ് ആരുമായും പങ്കിടരുത്. ഓരോ വെബ്സൈറ്റിനും വ്യത്യസ്തമായ പാസ്‌വേഡ് ഉപയോഗിക്കുക,
        കുറഞ്ഞത് 12 അക്ഷരങ്ങൾ ഉണ്ടായിരിക്കണം.
        """))
    c.neg("neg", fill("""
        Via pasvorto devas enhavi almenaŭ 12 signojn. Ne reuzu malnovajn pasvortojn, kaj neniam konservu ilin
        en simpla teksta dosiero. La API-ŝlosilon vi trovas en la agordoj sub "Programistoj".
        """))
    c.neg("neg", fill("""
        Fjalëkalimi juaj skadon pas 90 ditësh. Për ta ndryshuar, hyni në Profili > Siguria > Ndrysho fjalëkalimin.
        Kujdes: stafi ynë nuk ju kërkon kurrë fjalëkalimin me telefon.
        """))
    c.neg("neg", fill("""
        Kaua e tuku tō kupuhipa ki tētahi atu, ahakoa ki ō hoa mahi. Mēnā kua wareware i a koe tō kupuhipa,
        pēhia te "Kua wareware tō kupuhipa?" i te whārangi takiuru.
        """))
    c.neg("neg", fill("""
        Parolni tiklash uchun kirish sahifasidagi "Parolni unutdingizmi?" tugmasini bosing. API kalitini
        Sozlamalar > Dasturchilar bo'limida yaratishingiz mumkin; kalitni hech kimga yubormang.
        API raktą galite sukurti nustatymuose, skiltyje "Kūrėjams". Niekada nesiųskite rakto el. paštu.
        """))
    return c.items
