"""Fake personal data with valid check digits (adv22).

Every function takes an explicit random.Random.  Names are drawn from common
given names / surnames per locale and combined at random; no real person is
intended.
"""
import string

NAMES = {
    "en_US": (["Brandon", "Kayla", "Tyler", "Megan", "Jordan", "Destiny", "Austin", "Brianna", "Cody", "Shelby"],
              ["Whitaker", "Delgado", "Hollis", "Brennan", "Okafor", "Pruitt", "Castellano", "Yarborough", "Lindqvist", "Mercer"]),
    "en_GB": (["Callum", "Niamh", "Rhys", "Imogen", "Alfie", "Poppy", "Declan", "Harriet", "Ewan", "Freya"],
              ["Pemberton", "Ashworth", "McCluskey", "Thwaites", "Bramwell", "Ogilvie", "Fairbairn", "Hartigan", "Croft", "Llewellyn"]),
    "de": (["Jannik", "Annika", "Torben", "Friederike", "Malte", "Svenja", "Hendrik", "Wiebke", "Lukas", "Merle"],
           ["Schüttler", "Brandtner", "Kowalewski", "Hüttenrauch", "Oberländer", "Zimmermann", "Wendeborn", "Kießling", "Radtke", "Pfeifer"]),
    "fr": (["Maëlys", "Théo", "Clémence", "Baptiste", "Anaïs", "Quentin", "Solène", "Mathis", "Océane", "Romain"],
           ["Lefèvre", "Garnier", "Rousseau", "Chevallier", "Boucher", "Marchand", "Fontaine", "Lacroix", "Perrin", "Deschamps"]),
    "es": (["Alejandro", "Lucía", "Iñigo", "Begoña", "Sergio", "Nerea", "Álvaro", "Ainhoa", "Rubén", "Itziar"],
           ["García Ortega", "Etxeberria", "Núñez Vidal", "Fernández", "Castaño", "Urrutia", "Sáez Molina", "Pizarro", "Quintana", "Aranda"]),
    "it": (["Lorenzo", "Giulia", "Matteo", "Chiara", "Davide", "Federica", "Alessio", "Martina", "Simone", "Beatrice"],
           ["Ferraro", "Esposito", "Colombo", "Marchetti", "Bianchi", "Galli", "Santoro", "Lombardi", "Caruso", "Moretti"]),
    "nl": (["Daan", "Sanne", "Bram", "Femke", "Joris", "Lieke", "Thijs", "Marloes", "Sem", "Noor"],
           ["van der Berg", "de Vries", "Bakker", "Visser", "Smit", "Jansen", "Mulder", "de Groot", "Kuipers", "Hendriks"]),
    "pl": (["Katarzyna", "Bartłomiej", "Agnieszka", "Grzegorz", "Małgorzata", "Krzysztof", "Zofia", "Paweł", "Joanna", "Łukasz"],
           ["Wiśniewska", "Kowalczyk", "Zieliński", "Szymańska", "Woźniak", "Dąbrowski", "Lewandowska", "Kamiński", "Jankowska", "Mazur"]),
    "sv": (["Elin", "Oskar", "Linnea", "Viktor", "Saga", "Hampus", "Ebba", "Gustav", "Tove", "Axel"],
           ["Lindqvist", "Bergström", "Åkesson", "Nyström", "Sjöberg", "Holmgren", "Ekdahl", "Lundgren", "Forsberg", "Wallin"]),
    "da": (["Mads", "Freja", "Rasmus", "Ida", "Kasper", "Mathilde", "Emil", "Signe", "Jonas", "Astrid"],
           ["Kjærgaard", "Sørensen", "Holm", "Thomsen", "Mortensen", "Bech", "Lauridsen", "Østergaard", "Kristiansen", "Dahl"]),
    "fi": (["Aino", "Eetu", "Venla", "Joonas", "Iida", "Lauri", "Siiri", "Otto", "Kerttu", "Valtteri"],
           ["Korhonen", "Mäkinen", "Virtanen", "Heikkilä", "Nieminen", "Järvinen", "Lehtonen", "Hämäläinen", "Saarinen", "Koskinen"]),
    "no": (["Sindre", "Ingrid", "Håkon", "Sunniva", "Eirik", "Maren", "Torbjørn", "Solveig", "Vegard", "Tuva"],
           ["Haugland", "Bakken", "Solberg", "Strand", "Eriksen", "Lunde", "Fjeldstad", "Hagen", "Brekke", "Aasen"]),
    "pt_BR": (["João Pedro", "Ana Clara", "Thiago", "Larissa", "Gustavo", "Fernanda", "Rafael", "Camila", "Mateus", "Juliana"],
              ["da Silva Souza", "Oliveira", "Carvalho", "Albuquerque", "Nascimento", "Ribeiro", "Cavalcanti", "Pereira", "Moreira", "Barbosa"]),
    "zh": (["伟", "秀英", "志强", "丽娟", "建国", "晓燕", "浩然", "雨桐", "子涵", "俊杰"],
           ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"]),
    "ja": (["翔太", "美咲", "健一", "由美子", "大輔", "彩香", "拓海", "陽菜", "直樹", "真由美"],
           ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"]),
    "ko": (["민준", "서연", "지훈", "하은", "도윤", "수빈", "현우", "지민", "성민", "예린"],
           ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"]),
    "hi": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Siddharth", "Meera"],
           ["Sharma", "Iyer", "Chatterjee", "Reddy", "Patel", "Nair", "Deshpande", "Banerjee", "Kulkarni", "Menon"]),
    "ru": (["Дмитрий", "Екатерина", "Алексей", "Ольга", "Сергей", "Наталья", "Михаил", "Анастасия", "Иван", "Татьяна"],
           ["Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Новикова", "Морозов", "Волкова", "Фёдоров", "Павлова"]),
    "tr": (["Emre", "Zeynep", "Burak", "Elif", "Mert", "Ayşe", "Kerem", "Büşra", "Oğuz", "Selin"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç"]),
    "ar": (["محمد", "فاطمة", "أحمد", "مريم", "خالد", "نور", "يوسف", "سارة", "عمر", "ليلى"],
           ["الحربي", "العتيبي", "القحطاني", "الشمري", "الدوسري", "المطيري", "الزهراني", "الغامدي", "السبيعي", "الخالدي"]),
    "vi": (["Minh Anh", "Quang Huy", "Thu Trang", "Đức Thắng", "Ngọc Lan", "Hoàng Nam", "Thanh Hương", "Văn Long", "Bảo Ngọc", "Tuấn Kiệt"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]),
}


def name(rng, loc):
    first, last = NAMES[loc]
    f, l = rng.choice(first), rng.choice(last)
    if loc in ("zh", "ja", "ko"):
        return l + f
    if loc == "vi":
        return l + " " + f
    if loc == "hu":
        return l + " " + f
    return f + " " + l


def ascii_fold(s):
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e", "ï": "i",
                           "à": "a", "á": "a", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ł": "l",
                           "ś": "s", "ń": "n", "ą": "a", "ę": "e", "ż": "z", "ź": "z", "ć": "c", "å": "a",
                           "ø": "o", "æ": "ae", "ğ": "g", "ş": "s", "ı": "i", "Ł": "L", "Ö": "O", "Ç": "C",
                           "Ş": "S", "Å": "A", "Ø": "O", "Á": "A", "Í": "I", "Ú": "U", "Ó": "O", "É": "E",
                           "Ü": "U", "Ä": "A", "Ż": "Z", "Ś": "S", "â": "a", "ê": "e", "ô": "o", "ã": "a", "õ": "o"})
    return s.translate(table)


def email(rng, person, domains=None):
    domains = domains or ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "web.de", "orange.fr", "libero.it",
                          "hotmail.co.uk", "gmx.net", "icloud.com", "wp.pl", "seznam.cz", "uol.com.br"]
    base = ascii_fold(person).lower().replace(" ", rng.choice([".", "_", ""]))
    base = "".join(c for c in base if c in string.ascii_lowercase + "._")
    if len(base) < 4:
        base = rng.choice(["user", "kunde", "client", "cliente", "klant"]) + base
    return "%s%s@%s" % (base.strip("._"), rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1960, 2004))]),
                        rng.choice(domains))


def dob(rng, lo=1950, hi=2003):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


# ---------------------------------------------------------------- cards
CARD_PREFIXES = {
    "visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2720"], 16),
    "amex": (["34", "37"], 15), "discover": (["6011", "65"], 16), "jcb": (["3528", "3589"], 16),
    "unionpay": (["62"], 16), "diners": (["36"], 14), "maestro": (["6759"], 16),
}


def card(rng, brand=None):
    brand = brand or rng.choice(list(CARD_PREFIXES))
    prefixes, n = CARD_PREFIXES[brand]
    p = rng.choice(prefixes)
    body = p + digits(rng, n - len(p) - 1)
    return body + luhn_digit(body)


def fmt_card(num, sep=" "):
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    if len(num) == 14:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def card_not_luhn(rng, n=16):
    while True:
        s = digits(rng, n)
        if not luhn_ok(s) and s[0] != "0":
            return s


# ---------------------------------------------------------------- IBAN
def _alnum_to_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(cc, bban):
    n = int(_alnum_to_num(bban + cc + "00"))
    return "%02d" % (98 - n % 97)


def iban_ok(iban):
    s = iban.replace(" ", "")
    return int(_alnum_to_num(s[4:] + s[:4])) % 97 == 1


ODD_CIN = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin_val(ch, odd):
    idx = int(ch) if ch.isdigit() else ord(ch) - 65
    return ODD_CIN[idx] if odd else idx


def it_cin(s):
    total = sum(_cin_val(ch, i % 2 == 0) for i, ch in enumerate(s))
    return chr(65 + total % 26)


def es_dc(s10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * w[i] for i, d in enumerate(s10)) % 11
    return str({11: 0, 10: 1}.get(r, r))


def fr_rib_key(bank, branch, acct):
    n = 89 * int(bank) + 15 * int(branch) + 3 * int(acct)
    return "%02d" % (97 - n % 97)


def iban(rng, cc):
    if cc == "DE":
        bban = rng.choice(["10010010", "20041133", "37040044", "50010517", "70020270", "12030000"]) + digits(rng, 10)
    elif cc == "FR":
        bank, branch, acct = rng.choice(["30004", "20041", "30003", "10278"]), digits(rng, 5), digits(rng, 11)
        bban = bank + branch + acct + fr_rib_key(bank, branch, acct)
    elif cc == "ES":
        bank, office, acct = rng.choice(["2100", "0049", "0182", "2085"]), digits(rng, 4), digits(rng, 10)
        bban = bank + office + es_dc("00" + bank + office) + es_dc(acct) + acct
    elif cc == "IT":
        rest = rng.choice(["03069", "02008", "05034"]) + digits(rng, 5) + digits(rng, 12)
        bban = it_cin(rest) + rest
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB"]) + digits(rng, 10)
    elif cc == "BE":
        first = digits(rng, 10)
        c = int(first) % 97 or 97
        bban = first + "%02d" % c
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + digits(rng, 6) + digits(rng, 8)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 6) + digits(rng, 8)
    elif cc == "PL":
        bban = digits(rng, 24)
    elif cc == "SE":
        bban = rng.choice(["500", "800", "600", "300"]) + digits(rng, 17)
    elif cc == "DK":
        bban = digits(rng, 14)
    elif cc == "FI":
        bban = digits(rng, 14)
    elif cc == "NO":
        while True:
            b = digits(rng, 10)
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            k = 11 - sum(int(d) * w[i] for i, d in enumerate(b)) % 11
            if k == 10:
                continue
            bban = b + str(0 if k == 11 else k)
            break
    elif cc == "CH":
        bban = digits(rng, 17)
    elif cc == "AT":
        bban = digits(rng, 16)
    elif cc == "PT":
        bban = "0035" + digits(rng, 17)
    elif cc == "BR":
        bban = digits(rng, 23) + "C1"
    elif cc == "TR":
        bban = digits(rng, 22)
    else:
        raise ValueError(cc)
    out = cc + iban_check(cc, bban) + bban
    assert iban_ok(out)
    return out


def fmt_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- national IDs
def us_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def uk_nino(rng):
    first = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
    second = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = digits(rng, 6)
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], rng.choice("ABCD"))


def fr_nir(rng, sex=None):
    sex = sex or rng.choice("12")
    y, m, _ = dob(rng)
    dept = "%02d" % rng.choice([13, 31, 33, 44, 59, 67, 69, 75, 92, 93, 94])
    body = "%s%02d%02d%s%03d%03d" % (sex, y % 100, m, dept, rng.randint(1, 990), rng.randint(1, 999))
    key = 97 - int(body) % 97
    return "%s %s %s %s %s %s %02d" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)


def es_dni(rng):
    n = rng.randint(10000000, 99999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def es_nie(rng):
    p = rng.choice("XYZ")
    n = rng.randint(0, 9999999)
    full = int(str("XYZ".index(p)) + "%07d" % n)
    return "%s%07d%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[full % 23])


CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
          **{chr(65 + i): v for i, v in enumerate(ODD_CIN)}}


def _cf_part(s, is_name):
    s = ascii_fold(s).upper()
    s = "".join(c for c in s if c.isalpha())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_cf(rng, first, last, female=False):
    y, m, d = dob(rng)
    code = _cf_part(last, False) + _cf_part(first, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1]
    code += "%02d" % (d + (40 if female else 0))
    code += rng.choice(["H501", "F205", "L219", "G273", "F839", "A944", "D612"])
    total = 0
    for i, ch in enumerate(code):
        if i % 2 == 0:
            total += CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return code + chr(65 + total % 26)


def de_steuer_id(rng):
    while True:
        ds = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
        counts = sorted((ds.count(x) for x in set(ds)), reverse=True)
        if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] != 1):
            continue
        product = 10
        for d in ds:
            s = (d + product) % 10
            if s == 0:
                s = 10
            product = (s * 2) % 11
        c = 11 - product
        if c == 10:
            c = 0
        return "".join(map(str, ds)) + str(c)


def nl_bsn(rng):
    while True:
        ds = [rng.randint(0, 9) for _ in range(8)]
        if ds[0] == 0:
            continue
        s = sum(d * w for d, w in zip(ds, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, ds)) + str(c)


def be_nn(rng):
    y, m, d = dob(rng, 1950, 1999)
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, d, seq)
    c = 97 - int(base) % 97
    return "%s.%s.%s-%s.%02d" % (base[:2], base[2:4], base[4:6], base[6:], c)


def pl_pesel(rng):
    y, m, d = dob(rng, 1950, 2005)
    mm = m + (20 if y >= 2000 else 0)
    base = "%02d%02d%02d%04d" % (y % 100, mm, d, rng.randint(0, 9999))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(x) * w[i] for i, x in enumerate(base)) % 10) % 10
    return base + str(c)


def se_pnr(rng):
    y, m, d = dob(rng)
    base = "%02d%02d%02d%03d" % (y % 100, m, d, rng.randint(0, 999))
    return "%d%02d%02d-%s%s" % (y, m, d, base[6:], luhn_digit(base))


def dk_cpr(rng):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        y, m, d = dob(rng)
        s = "%02d%02d%02d%04d" % (d, m, y % 100, rng.randint(0, 9999))
        if sum(int(x) * w[i] for i, x in enumerate(s)) % 11 == 0:
            return s[:6] + "-" + s[6:]


def fi_hetu(rng):
    y, m, d = dob(rng, 1950, 2005)
    ind = rng.randint(2, 899)
    n = int("%02d%02d%02d%03d" % (d, m, y % 100, ind))
    sign = "-" if y < 2000 else "A"
    return "%02d%02d%02d%s%03d%s" % (d, m, y % 100, sign, ind, "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31])


def no_fnr(rng):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        y, m, d = dob(rng, 1950, 1999)
        base = [int(x) for x in "%02d%02d%02d%03d" % (d, m, y % 100, rng.randint(0, 499))]
        k1 = 11 - sum(a * b for a, b in zip(base, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(a * b for a, b in zip(base + [k1], w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, base + [k1, k2]))


def br_cpf(rng):
    while True:
        ds = [rng.randint(0, 9) for _ in range(9)]
        if len(set(ds)) > 1:
            break
    for n in (10, 11):
        s = sum(d * w for d, w in zip(ds, range(n, 1, -1)))
        r = s % 11
        ds.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, ds))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def cn_rid(rng):
    area = rng.choice(["110105", "310115", "440305", "330106", "510107", "420111", "320102"])
    y, m, d = dob(rng)
    body = "%s%04d%02d%02d%03d" % (area, y, m, d, rng.randint(1, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(x) * w[i] for i, x in enumerate(body)) % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def in_aadhaar(rng):
    body = str(rng.randint(2, 9)) + digits(rng, 10)
    full = body + verhoeff_digit(body)
    assert verhoeff_ok(full)
    return "%s %s %s" % (full[:4], full[4:8], full[8:])


def kr_rrn(rng):
    y, m, d = dob(rng, 1950, 1999)
    g = rng.choice("12")
    base = "%02d%02d%02d%s%05d" % (y % 100, m, d, g, rng.randint(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * w[i] for i, x in enumerate(base)) % 11) % 10
    return base[:6] + "-" + base[6:] + str(c)


def jp_mynumber(rng):
    body = digits(rng, 11)
    total = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    c = 0 if r <= 1 else 11 - r
    s = body + str(c)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def au_tfn(rng):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        ds = [rng.randint(0, 9) for _ in range(9)]
        if ds[0] and sum(a * b for a, b in zip(ds, w)) % 11 == 0:
            s = "".join(map(str, ds))
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def ca_sin(rng):
    body = str(rng.randint(1, 7)) + digits(rng, 7)
    s = body + luhn_digit(body)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def pt_nif(rng):
    while True:
        body = rng.choice("12") + digits(rng, 7)
        r = sum(int(x) * w for x, w in zip(body, range(9, 1, -1))) % 11
        c = 0 if r < 2 else 11 - r
        return body + str(c)


def tr_tckn(rng):
    while True:
        ds = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        d10 = ((ds[0] + ds[2] + ds[4] + ds[6] + ds[8]) * 7 - (ds[1] + ds[3] + ds[5] + ds[7])) % 10
        d11 = (sum(ds) + d10) % 10
        return "".join(map(str, ds + [d10, d11]))


# ---------------------------------------------------------------- phones / addresses
def phone(rng, cc):
    d = lambda n: digits(rng, n)
    f = {
        "US": lambda: "(%s) %s-%s" % (rng.choice(["415", "312", "646", "206", "512", "617", "303"]), str(rng.randint(2, 9)) + d(2), d(4)),
        "GB": lambda: "07%s %s" % (d(3), d(6)),
        "DE": lambda: "+49 %s %s" % (rng.choice(["151", "160", "170", "176"]), d(8)),
        "FR": lambda: "0%s %s %s %s %s" % (rng.choice("67"), d(2), d(2), d(2), d(2)),
        "ES": lambda: "+34 6%s %s %s" % (d(2), d(3), d(3)),
        "IT": lambda: "+39 3%s %s %s" % (d(2), d(3), d(4)),
        "NL": lambda: "06-%s" % d(8),
        "PL": lambda: "+48 %s %s %s" % ("5" + d(2), d(3), d(3)),
        "SE": lambda: "07%s-%s %s %s" % (rng.choice("0236"), d(3), d(2), d(2)),
        "DK": lambda: "+45 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
        "FI": lambda: "040 %s %s" % (d(3), d(4)),
        "NO": lambda: "+47 %s %s %s" % (rng.choice("49") + d(2), d(2), d(3)),
        "BR": lambda: "(11) 9%s-%s" % (d(4), d(4)),
        "CN": lambda: "+86 1%s %s %s" % (rng.choice(["38", "39", "58", "86"]), d(4), d(4)),
        "JP": lambda: "090-%s-%s" % (d(4), d(4)),
        "KR": lambda: "010-%s-%s" % (d(4), d(4)),
        "IN": lambda: "+91 %s %s" % (rng.choice("6789") + d(4), d(5)),
        "AU": lambda: "04%s %s %s" % (d(2), d(3), d(3)),
        "CA": lambda: "+1 604-%s-%s" % (str(rng.randint(2, 9)) + d(2), d(4)),
        "BE": lambda: "+32 47%s %s %s" % (d(1), d(2), d(2) + " " + d(2)),
        "RU": lambda: "+7 9%s %s-%s-%s" % (d(2), d(3), d(2), d(2)),
        "TR": lambda: "0 5%s %s %s %s" % (d(2), d(3), d(2), d(2)),
        "SA": lambda: "+966 5%s %s %s" % (d(1), d(3), d(4)),
        "VN": lambda: "09%s %s %s" % (d(1), d(3), d(4)),
        "MX": lambda: "+52 55 %s %s" % (d(4), d(4)),
    }[cc]
    return f()


STREETS = {
    "US": ["Larkspur Ln", "W Harrison St", "Old Mill Rd", "Maple Ave", "N Elston Ave"],
    "GB": ["Coleridge Road", "Barnfield Close", "Station Lane", "Albert Terrace"],
    "DE": ["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Hauptstraße", "Goethestraße"],
    "FR": ["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard Voltaire", "impasse des Lilas"],
    "ES": ["Calle de Alcalá", "Carrer de Provença", "Avenida de la Constitución", "Calle Mayor"],
    "IT": ["Via Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille", "Via Roma"],
    "NL": ["Prinsengracht", "Kerkstraat", "Lange Voorhout", "Dorpsweg"],
    "PL": ["ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Piotrkowska"],
    "SE": ["Storgatan", "Drottninggatan", "Kungsvägen", "Björkvägen"],
    "DK": ["Nørrebrogade", "Vesterbrogade", "Østerbrogade"],
    "FI": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu"],
    "NO": ["Karl Johans gate", "Thorvald Meyers gate", "Bogstadveien"],
    "BR": ["Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras"],
    "BE": ["Rue de la Loi", "Meir", "Chaussée de Waterloo"],
}
CITIES = {
    "US": ["Aurora, CO 80012", "Columbus, OH 43215", "Tacoma, WA 98402", "Austin, TX 78704"],
    "GB": ["Leeds LS6 2QB", "Bristol BS7 8LZ", "Manchester M20 4RT"],
    "DE": ["50667 Köln", "80331 München", "04109 Leipzig", "28195 Bremen"],
    "FR": ["69002 Lyon", "31000 Toulouse", "44000 Nantes", "13006 Marseille"],
    "ES": ["28014 Madrid", "08036 Barcelona", "41001 Sevilla"],
    "IT": ["20121 Milano", "00184 Roma", "40126 Bologna"],
    "NL": ["1016 GV Amsterdam", "3511 LX Utrecht", "2514 JL Den Haag"],
    "PL": ["00-680 Warszawa", "90-001 Łódź", "80-831 Gdańsk"],
    "SE": ["411 38 Göteborg", "111 52 Stockholm", "211 20 Malmö"],
    "DK": ["2200 København N", "8000 Aarhus C"],
    "FI": ["00100 Helsinki", "33100 Tampere"],
    "NO": ["0154 Oslo", "5003 Bergen"],
    "BR": ["São Paulo - SP, 01310-100", "Rio de Janeiro - RJ, 22240-000"],
    "BE": ["1040 Bruxelles", "2000 Antwerpen"],
}


def street(rng, cc):
    n = rng.randint(2, 220)
    s = rng.choice(STREETS[cc])
    if cc in ("US", "GB", "FR"):
        return "%d %s" % (n, s)
    if cc == "BR":
        return "%s, %d" % (s, n)
    return "%s %d" % (s, n)


def address(rng, cc):
    return "%s, %s" % (street(rng, cc), rng.choice(CITIES[cc]))
