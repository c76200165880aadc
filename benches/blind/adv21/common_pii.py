"""Shared personal-data generators for adv21: names, contact data, national IDs with check digits.

Re-exported by common.py (imported at its end); every function takes an explicit random.Random.
"""
import unicodedata

from common import DIG, UP, rs, digits, is_clean  # common imports this module at its end


# ------------------------------------------------------------------------ people
NAMES = {
    'us': ('Jordan,Tamika,Brent,Alyssa,DeShawn,Courtney,Marisol,Trevor,Kayla,Dustin', 'Whitfield,Okonkwo,Delgado,Brennan,Kowalczyk,Hollister,Pruitt,Castellanos,Lindqvist,Yazzie'),
    'uk': ('Harriet,Callum,Imogen,Rhys,Priya,Declan,Esme,Tobias,Ffion,Alfie', 'Ashworth,Pennington,Fairbairn,Okoro,Blackwood,Thistlewood,Haddon,Mistry,Rowntree,Pritchard'),
    'ie': ('Aoife,Cian,Saoirse,Oisín,Róisín,Pádraig,Clodagh,Tadhg', 'Ó Briain,Mac Carthaigh,Fitzgerald,Donnelly,Kavanagh,Brennan,Ó Súilleabháin,Geraghty'),
    'de': ('Lukas,Annika,Maximilian,Friederike,Jonas,Wiebke,Till,Hannelore,Yusuf,Svenja', 'Hoffmann,Brandstätter,Kühnel,Wagenknecht,Yılmaz,Oberländer,Riemenschneider,Pohlmann'),
    'at': ('Florian,Theresa,Valentin,Magdalena,Lorenz,Johanna', 'Gruber,Huber,Pichler,Steinbauer,Moser,Leitner'),
    'ch': ('Reto,Corinne,Urs,Nadine,Beat,Seraina,Luca', 'Brunner,Zürcher,Baumgartner,Keller,Caduff,Rossetti,Widmer'),
    'fr': ('Élodie,Mathis,Camille,Théo,Océane,Baptiste,Inès,Gaëtan', 'Lefebvre,Moreau,Garnier,Benali,Rousseau,Chevalier,Dubois,Laurent'),
    'be': ('Wout,Lotte,Arnaud,Manon,Jef,Elise', 'Vermeulen,Peeters,Dupont,Claes,Janssens,Lambert'),
    'nl': ('Daan,Femke,Sander,Lieke,Bram,Noor,Joost', 'de Vries,van Dijk,Bakker,Visser,Smit,van der Meer,Mulder'),
    'es': ('Alejandro,Lucía,Jorge,Nerea,Iñaki,Maite,Sergio,Ainhoa', 'García Morales,Fernández Ruiz,Etxeberria,López Navarro,Sánchez Gil,Castillo Prieto'),
    'pt': ('João,Inês,Rui,Beatriz,Tiago,Mariana', 'Carvalho,Ferreira,Sousa Pinto,Rodrigues,Almeida,Gonçalves'),
    'it': ('Giulia,Matteo,Chiara,Lorenzo,Federica,Alessandro,Martina', 'Rossi,Esposito,Colombo,Ferrari,Bianchi,Marchetti,Ricci'),
    'pl': ('Katarzyna,Mateusz,Agnieszka,Paweł,Zofia,Krzysztof', 'Nowak,Wiśniewski,Kowalczyk,Zielińska,Lewandowski,Wójcik'),
    'cz': ('Tereza,Jakub,Kateřina,Ondřej,Lucie,Tomáš', 'Novák,Dvořáková,Svoboda,Procházková,Černý,Kučera'),
    'se': ('Linnea,Oskar,Ebba,Viktor,Saga,Hugo', 'Lindqvist,Bergström,Nyström,Åkesson,Sandberg,Holm'),
    'no': ('Ingrid,Sindre,Marte,Eirik,Silje,Håkon', 'Haugen,Johansen,Bakke,Solberg,Løvås,Nygård'),
    'dk': ('Mette,Rasmus,Freja,Mikkel,Ida,Frederik', 'Jørgensen,Kristensen,Møller,Nørgaard,Thomsen,Lund'),
    'fi': ('Aino,Juho,Venla,Eetu,Kerttu,Lauri', 'Virtanen,Mäkinen,Korhonen,Nieminen,Häkkinen,Laaksonen'),
    'in': ('Aarav,Ananya,Rohit,Kavya,Siddharth,Meera,Arjun,Lakshmi', 'Sharma,Iyer,Reddy,Banerjee,Kulkarni,Menon,Chatterjee,Nair'),
    'sg': ('Wei Ling,Jun Jie,Siti Nurhaliza,Ravi,Hui Min,Muhammad Hafiz', 'Tan,Lim,Binte Rahman,Krishnan,Goh,Bin Ismail'),
    'br': ('Lucas,Ana Clara,Rafael,Juliana,Thiago,Fernanda', 'da Silva Santos,Oliveira Costa,Pereira Lima,Souza Rocha,Almeida Barros'),
    'ar': ('Santiago,Valentina,Facundo,Camila,Joaquín,Florencia', 'González,Fernández,Romero,Sosa,Benítez,Acosta'),
    'cl': ('Benjamín,Catalina,Matías,Javiera,Vicente,Antonia', 'Muñoz Rojas,González Díaz,Soto Contreras,Silva Morales'),
    'mx': ('José Luis,María Fernanda,Diego,Ximena,Emiliano,Guadalupe', 'Hernández,Martínez,Ramírez,Cruz,Mendoza,Villarreal'),
    'au': ('Liam,Chloe,Mitchell,Tahlia,Jarrah,Brooke', 'Campbell,Nguyen,McKenzie,Papadopoulos,Thompson,Walsh'),
    'nz': ('Aroha,Tane,Mereana,Nikau,Sophie,Jack', 'Ngata,Parata,Williams,Te Huia,Harrison,Tawhiri'),
    'za': ('Thabo,Nomvula,Pieter,Lindiwe,Sipho,Annelie', 'Nkosi,van der Merwe,Dlamini,Botha,Mokoena,Naidoo'),
    'ng': ('Chinedu,Ngozi,Oluwaseun,Aisha,Emeka,Funmilayo', 'Okafor,Adeyemi,Abubakar,Eze,Balogun,Nwosu'),
    'ke': ('Wanjiru,Otieno,Achieng,Kipchoge,Njeri,Mwangi', 'Kamau,Odhiambo,Wambui,Cheruiyot,Mutua,Kiprono'),
    'tr': ('Emre,Zeynep,Burak,Elif,Mert', 'Yılmaz,Kaya,Demir,Çelik,Aydın'),
    'vn': ('Minh Anh,Quang Huy,Thu Trang,Đức Thắng', 'Nguyễn,Trần,Phạm,Lê'),
    'id': ('Putri,Bayu,Dewi,Rizky', 'Santoso,Wijaya,Pratama,Siregar'),
    'ro': ('Andrei,Ioana,Mihai,Bianca', 'Popescu,Ionescu,Dumitrescu,Stan'),
    'hu': ('Bence,Réka,Dániel,Zsófia', 'Nagy,Kovács,Szabó,Tóth'),
}


FEMALE = set(('Tamika Alyssa Courtney Marisol Kayla Harriet Imogen Priya Esme Ffion Aoife Saoirse Róisín Clodagh Annika Friederike '
              'Wiebke Hannelore Svenja Theresa Magdalena Johanna Corinne Nadine Seraina Élodie Camille Océane Inès Lotte Manon Elise '
              'Femke Lieke Noor Lucía Nerea Maite Ainhoa Beatriz Mariana Giulia Chiara Federica Martina Katarzyna Agnieszka Zofia '
              'Tereza Kateřina Lucie Linnea Ebba Saga Ingrid Marte Silje Mette Freja Ida Aino Venla Kerttu Ananya Kavya Meera '
              'Lakshmi Juliana Fernanda Valentina Camila Florencia Catalina Javiera Antonia Ximena Guadalupe Chloe Tahlia Brooke '
              'Aroha Mereana Sophie Nomvula Lindiwe Annelie Ngozi Aisha Funmilayo Wanjiru Achieng Njeri Zeynep Elif Putri Dewi '
              'Ioana Bianca Réka Zsófia').split()) | {'Wei Ling', 'Siti Nurhaliza', 'Hui Min', 'Ana Clara', 'María Fernanda',
                                                    'Minh Anh', 'Thu Trang'}


def is_female(given):
    return given in FEMALE


def fold(s):
    s = s.replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L')
    s = s.replace('đ', 'd').replace('Đ', 'D').replace('ı', 'i')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def person(rng, cc):
    g, f = NAMES[cc]
    return rng.choice(g.split(',')), rng.choice(f.split(','))


MAILDOM = {
    'us': 'gmail.com,outlook.com,yahoo.com,icloud.com', 'uk': 'btinternet.com,gmail.com,outlook.co.uk',
    'ie': 'eircom.net,gmail.com', 'de': 'web.de,gmx.de,t-online.de,posteo.de', 'at': 'gmx.at,aon.at',
    'ch': 'bluewin.ch,gmx.ch', 'fr': 'orange.fr,free.fr,laposte.net', 'be': 'skynet.be,telenet.be',
    'nl': 'ziggo.nl,kpnmail.nl', 'es': 'gmail.com,telefonica.net', 'pt': 'sapo.pt,gmail.com',
    'it': 'libero.it,virgilio.it', 'pl': 'wp.pl,onet.pl,o2.pl', 'cz': 'seznam.cz,centrum.cz',
    'se': 'telia.com,gmail.com', 'no': 'online.no,gmail.com', 'dk': 'mail.dk,gmail.com', 'fi': 'elisanet.fi,gmail.com',
    'in': 'gmail.com,rediffmail.com', 'sg': 'singnet.com.sg,gmail.com', 'jp': 'docomo.ne.jp,yahoo.co.jp',
    'kr': 'naver.com,daum.net', 'br': 'uol.com.br,bol.com.br', 'ar': 'fibertel.com.ar,gmail.com',
    'cl': 'gmail.com,vtr.net', 'mx': 'prodigy.net.mx,hotmail.com', 'au': 'bigpond.com,optusnet.com.au',
    'nz': 'xtra.co.nz,gmail.com', 'za': 'mweb.co.za,telkomsa.net', 'ng': 'yahoo.com,gmail.com', 'ke': 'gmail.com,yahoo.com',
}


def email(rng, given, family, cc='us', domain=None):
    g = ''.join(c for c in fold(given).lower() if c.isalnum())
    f = ''.join(c for c in fold(family).lower() if c.isalnum())
    local = rng.choice(['%s.%s' % (g, f), g[0] + f, '%s%s%d' % (g, f[:4], rng.randint(1, 99)), '%s_%s' % (f, g)])
    return local + '@' + (domain or rng.choice(MAILDOM.get(cc, 'gmail.com').split(',')))


PHONE = {
    'us': '+1 (%##) %##-####', 'uk': '+44 7### ######', 'ie': '+353 8% ### ####', 'de': '+49 15% ########',
    'at': '+43 664 #######', 'ch': '+41 79 ### ## ##', 'fr': '+33 6 ## ## ## ##', 'be': '+32 47# ## ## ##',
    'nl': '+31 6 ########', 'es': '+34 6## ### ###', 'pt': '+351 91# ### ###', 'it': '+39 3## ### ####',
    'pl': '+48 5## ### ###', 'cz': '+420 6## ### ###', 'se': '070-### ## ##', 'no': '+47 9## ## ###',
    'dk': '+45 %# ## ## ##', 'fi': '+358 40 ### ####', 'in': '+91 9#### #####', 'sg': '+65 9### ####',
    'jp': '090-%###-####', 'kr': '010-%###-####', 'br': '+55 11 9####-####', 'ar': '+54 9 11 ####-####',
    'cl': '+56 9 #### ####', 'mx': '+52 55 #### ####', 'au': '+61 4## ### ###', 'nz': '+64 21 ### ####',
    'za': '+27 8% ### ####', 'ng': '+234 80% ### ####', 'ke': '+254 7## ### ###',
}


def fill(rng, tmpl):
    while True:
        s = ''.join(str(rng.randint(0, 9)) if c == '#' else str(rng.randint(1, 9)) if c == '%'
                    else rng.choice(UP) if c == '@' else c for c in tmpl)
        if is_clean(s):
            return s


def phone(rng, cc):
    return fill(rng, PHONE[cc])


def dob(rng, y0=1952, y1=2003):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


# ------------------------------------------------------------------------ check digits
def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        t += d
    return t % 10 == 0


def luhn_digit(partial):
    return next(c for c in DIG if luhn_ok(partial + c))


CARDS = {'visa': (['4'], 16), 'mc': (['51', '52', '53', '54', '55', '2221', '2720'], 16), 'amex': (['34', '37'], 15),
         'discover': (['6011', '65'], 16), 'jcb': (['3528', '3566', '3589'], 16)}


def card(rng, brand='visa'):
    pfx, n = CARDS[brand]
    p = rng.choice(pfx)
    body = p + rs(rng, n - 1 - len(p), DIG)
    return body + luhn_digit(body)


def card_fmt(c, sep=' '):
    if len(c) == 15:
        return c[:4] + sep + c[4:10] + sep + c[10:]
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def iban(cc, bban):
    num = ''.join(str(int(ch, 36)) for ch in bban + cc + '00')
    return '%s%02d%s' % (cc, 98 - int(num) % 97, bban)


def iban_fmt(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


IBAN_BBAN = {'DE': '########' + '##########', 'AT': '#####' + '###########', 'CH': '#####' + '############',
             'NL': '@@@@##########', 'ES': '####################', 'PL': '########################',
             'CZ': '####################', 'SE': '####################', 'NO': '###########', 'DK': '##############',
             'FI': '##############', 'IE': '@@@@##############', 'GB': '@@@@##############', 'PT': '#####################'}
BANKS = {'NL': ['ABNA', 'RABO', 'INGB', 'TRIO', 'SNSB', 'KNAB', 'BUNQ'], 'IE': ['AIBK', 'BOFI', 'IPBS'],
         'GB': ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']}


def iban_for(rng, cc):
    if cc == 'BE':
        acct = digits(rng, 10)
        return iban('BE', acct + '%02d' % (int(acct) % 97 or 97))
    if cc == 'FR':
        b, g, a = digits(rng, 5), digits(rng, 5, False), digits(rng, 11, False)
        key = 97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97
        return iban('FR', b + g + a + '%02d' % key)
    if cc == 'IT':
        body = digits(rng, 5) + digits(rng, 5) + digits(rng, 12, False)
        return iban('IT', cf_check(body) + body)
    bb = fill(rng, IBAN_BBAN[cc])
    if cc in BANKS:
        bb = rng.choice(BANKS[cc]) + bb[4:]
    return iban(cc, bb)


# Italian odd/even tables, shared by codice fiscale and the IBAN CIN character
_CF_ODD = dict(zip('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                    14, 16, 10, 22, 25, 24, 23]))


def _cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_check(code):
    s = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(code))
    return chr(65 + s % 26)


def aba_routing(rng):
    while True:
        p = '%02d' % rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 21, 22, 26, 31]) + digits(rng, 6, False)
        for c in DIG:
            s = p + c
            if sum(int(x) * w for x, w in zip(s, [3, 7, 1] * 3)) % 10 == 0 and is_clean(s):
                return s


def us_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return '%03d-%02d-%04d' % (a, rng.randint(1, 99), rng.randint(1, 9999))


def uk_nino(rng):
    while True:
        p = rng.choice('ABCEGHJKLMNOPRSTWXYZ') + rng.choice('ABCEGHJKLMNPRSTWXYZ')
        if p not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'):
            d = digits(rng, 6, False)
            return '%s %s %s %s %s' % (p, d[:2], d[2:4], d[4:], rng.choice('ABCD'))


def uk_nhs(rng):
    while True:
        d = digits(rng, 9)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = d + str(c)
            return '%s %s %s' % (s[:3], s[3:6], s[6:])


def ie_ppsn(rng):
    d = digits(rng, 7)
    return d + 'WABCDEFGHIJKLMNOPQRSTUV'[sum(int(x) * (8 - i) for i, x in enumerate(d)) % 23]


def de_steuerid(rng):
    while True:
        ds = list(range(10))
        rng.shuffle(ds)
        arr = ds[:9] + [rng.choice(ds[:9])]
        rng.shuffle(arr)
        if arr[0] == 0:
            continue
        prod = 10
        for d in arr:
            s = (d + prod) % 10 or 10
            prod = (s * 2) % 11
        n = ''.join(map(str, arr)) + str((11 - prod) % 10)
        if is_clean(n):
            return '%s %s %s %s' % (n[:2], n[2:5], n[5:8], n[8:])


def at_svnr(rng, y, m, d):
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    while True:
        ser, dd = str(rng.randint(100, 999)), '%02d%02d%02d' % (d, m, y % 100)
        c = sum(int(x) * w[i] for i, x in enumerate(ser + dd)) % 11
        if c != 10:
            return '%s%d %s' % (ser, c, dd)


def ch_ahv(rng):
    p = '756' + digits(rng, 9, False)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(p)) % 10) % 10
    s = p + str(c)
    return '%s.%s.%s.%s' % (s[:3], s[3:7], s[7:11], s[11:])


def fr_nir(rng, sex, y, m):
    n = '%d%02d%02d%s%03d%03d' % (sex, y % 100, m, rng.choice(['75', '69', '13', '33', '59', '67', '31', '44', '35']),
                                 rng.randint(1, 999), rng.randint(1, 999))
    return '%s %s %s %s %s %s %02d' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], 97 - int(n) % 97)


def be_nn(rng, y, m, d, male):
    ser = rng.randrange(1 if male else 2, 998, 2)
    base = '%02d%02d%02d%03d' % (y % 100, m, d, ser)
    c = 97 - int(('2' if y >= 2000 else '') + base) % 97
    return '%s.%s.%s-%s.%02d' % (base[:2], base[2:4], base[4:6], base[6:], c)


def nl_bsn(rng):
    while True:
        d = digits(rng, 8)
        c = sum(int(x) * (9 - i) for i, x in enumerate(d)) % 11
        if c < 10:
            return d + str(c)


def es_dni(rng):
    n = rng.randint(10000000, 79999999)
    return '%08d%s' % (n, 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23])


def es_nie(rng):
    p = rng.randrange(3)
    n = digits(rng, 7, False)
    return 'XYZ'[p] + n + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(str(p) + n) % 23]


def pt_nif(rng):
    d = rng.choice('123') + digits(rng, 7, False)
    r = sum(int(x) * (9 - i) for i, x in enumerate(d)) % 11
    return d + str(0 if r < 2 else 11 - r)


def _cons(s):
    return [c for c in s if c not in 'AEIOU']


def _vow(s):
    return [c for c in s if c in 'AEIOU']


def it_cf(family, given, y, m, d, female, comune):
    f = [c for c in fold(family).upper() if c.isalpha()]
    g = [c for c in fold(given).upper() if c.isalpha()]
    sur = ''.join((_cons(f) + _vow(f) + ['X'] * 3)[:3])
    gc = _cons(g)
    gc = [gc[0], gc[2], gc[3]] if len(gc) >= 4 else gc
    nm = ''.join((gc + _vow(g) + ['X'] * 3)[:3])
    code = sur + nm + '%02d' % (y % 100) + 'ABCDEHLMPRST'[m - 1] + '%02d' % (d + 40 if female else d) + comune
    return code + cf_check(code)


def pl_pesel(rng, y, m, d, male):
    s = '%02d%02d%02d%s%d' % (y % 100, m + (20 if y >= 2000 else 0), d, digits(rng, 3, False), rng.randrange(1 if male else 0, 10, 2))
    return s + str((10 - sum(int(x) * w for x, w in zip(s, [1, 3, 7, 9] * 3)) % 10) % 10)


def pl_nip(rng):
    while True:
        d = digits(rng, 9)
        c = sum(int(x) * w for x, w in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            s = d + str(c)
            return '%s-%s-%s-%s' % (s[:3], s[3:6], s[6:8], s[8:])


def cz_rc(rng, y, m, d, female):
    while True:
        base = '%02d%02d%02d%03d' % (y % 100, m + (50 if female else 0), d, rng.randint(0, 999))
        c = int(base) % 11
        if c < 10:
            return '%s/%s%d' % (base[:6], base[6:], c)


def se_pnr(rng, y, m, d):
    b = '%02d%02d%02d%03d' % (y % 100, m, d, rng.randint(1, 999))
    return '%s-%s%s' % (b[:6], b[6:], luhn_digit(b))


def no_fnr(rng, y, m, d):
    while True:
        ind = rng.randint(500, 999) if y >= 2000 else rng.randint(0, 499)
        b = '%02d%02d%02d%03d' % (d, m, y % 100, ind)
        k = []
        for w in ([3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]):
            c = 11 - sum(int(x) * wi for x, wi in zip(b + ''.join(k), w)) % 11
            k.append('X' if c == 10 else str(c % 11))
            if k[-1] == 'X':
                break
        if 'X' not in k:
            return b[:6] + ' ' + b[6:] + ''.join(k)


def dk_cpr(rng, y, m, d):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        b = '%02d%02d%02d%03d' % (d, m, y % 100, rng.randint(0, 999))
        c = (-sum(int(x) * wi for x, wi in zip(b, w))) % 11
        if c < 10:
            return b[:6] + '-' + b[6:] + str(c)


def fi_hetu(rng, y, m, d):
    n = rng.randint(2, 899)
    base = '%02d%02d%02d' % (d, m, y % 100)
    return base + ('A' if y >= 2000 else '-') + '%03d' % n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + '%03d' % n) % 31]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def in_aadhaar(rng):
    d = str(rng.randint(2, 9)) + digits(rng, 10, False)
    c = next(x for x in DIG if verhoeff_ok(d + x))
    s = d + c
    return '%s %s %s' % (s[:4], s[4:8], s[8:])


def in_pan(rng, family):
    return rs(rng, 3, UP) + 'P' + fold(family)[0].upper() + digits(rng, 4) + rng.choice(UP)


def sg_nric(rng, pfx='S'):
    d = digits(rng, 7, False)
    s = sum(int(x) * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if pfx in 'TG' else 0)
    return pfx + d + ('JZIHGFEDCBA' if pfx in 'ST' else 'XWUTRQPNMLK')[s % 11]


def jp_mynumber(rng):
    d = digits(rng, 11)
    s = sum(int(d[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    n = d + str(0 if r <= 1 else 11 - r)
    return '%s %s %s' % (n[:4], n[4:8], n[8:])


def kr_rrn(rng, y, m, d, male):
    b = '%02d%02d%02d%d%s' % (y % 100, m, d, (1 if male else 2) + (2 if y >= 2000 else 0), digits(rng, 5, False))
    c = (11 - sum(int(x) * w for x, w in zip(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
    return b[:6] + '-' + b[6:] + str(c)


def _mod11_br(s, w):
    r = sum(int(x) * wi for x, wi in zip(s, w)) % 11
    return '0' if r < 2 else str(11 - r)


def br_cpf(rng):
    b = digits(rng, 9, False)
    b += _mod11_br(b, range(10, 1, -1))
    b += _mod11_br(b, range(11, 1, -1))
    return '%s.%s.%s-%s' % (b[:3], b[3:6], b[6:9], b[9:])


def br_cnpj(rng):
    b = digits(rng, 8) + '0001'
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    b += _mod11_br(b, w1)
    b += _mod11_br(b, [6] + w1)
    return '%s.%s.%s/%s-%s' % (b[:2], b[2:5], b[5:8], b[8:12], b[12:])


def ar_cuit(rng, male):
    while True:
        b = ('20' if male else '27') + str(rng.randint(20000000, 45999999))
        c = 11 - sum(int(x) * w for x, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c != 10:
            return '%s-%s-%d' % (b[:2], b[2:], c % 11)


def ar_cbu(rng):
    def chk(s, w):
        return str((10 - sum(int(x) * wi for x, wi in zip(s, w)) % 10) % 10)
    b1 = digits(rng, 7)
    b2 = digits(rng, 13, False)
    return b1 + chk(b1, [7, 1, 3, 9, 7, 1, 3]) + b2 + chk(b2, [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3])


def cl_rut(rng):
    n = rng.randint(8000000, 24999999)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    dv = 11 - s % 11
    return '{:,}'.format(n).replace(',', '.') + '-' + ('0' if dv == 11 else 'K' if dv == 10 else str(dv))


def _first(seq, pred, default='X'):
    return next((c for c in seq if pred(c)), default)


def mx_curp(rng, p1, p2, given, y, m, d, male, state):
    a, b, g = [''.join(c for c in fold(x).upper() if c.isalpha()) for x in (p1.split()[0], p2.split()[0], given.split()[0])]
    isv = lambda c: c in 'AEIOU'
    code = (a[0] + _first(a[1:], isv) + b[0] + g[0] + '%02d%02d%02d' % (y % 100, m, d) + ('H' if male else 'M') + state
            + _first(a[1:], lambda c: not isv(c)) + _first(b[1:], lambda c: not isv(c)) + _first(g[1:], lambda c: not isv(c))
            + (str(rng.randint(0, 9)) if y < 2000 else rng.choice(UP)))
    dic = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'
    return code + str((10 - sum(dic.index(c) * (18 - i) for i, c in enumerate(code)) % 10) % 10)


def mx_rfc(rng, curp):
    code = curp[:10] + rs(rng, 2, UP[:14] + DIG)
    dic = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ'
    r = sum(dic.index(c) * (13 - i) for i, c in enumerate(code)) % 11
    return code + ('0' if r == 0 else 'A' if r == 1 else str(11 - r))


def mx_clabe(rng):
    b = digits(rng, 17, False)
    return b + str((10 - sum((int(x) * w) % 10 for x, w in zip(b, [3, 7, 1] * 6)) % 10) % 10)


def au_tfn(rng):
    w = [1, 4, 3, 7, 5, 8, 6, 9]
    while True:
        d = digits(rng, 8)
        x = sum(int(a) * b for a, b in zip(d, w)) % 11
        if x < 10:
            s = d + str(x)
            return '%s %s %s' % (s[:3], s[3:6], s[6:])


def au_medicare(rng):
    d = str(rng.randint(2, 6)) + digits(rng, 7, False)
    c = sum(int(a) * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return '%s %s%d %d' % (d[:4], d[4:], c, rng.randint(1, 9))


def nz_ird(rng):
    while True:
        b = '%08d' % rng.randint(10000000, 14999999)
        for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
            r = sum(int(a) * wi for a, wi in zip(b, w)) % 11
            c = 0 if r == 0 else 11 - r
            if c < 10:
                s = b.lstrip('0') + str(c)
                s = s.rjust(9, '0')
                return '%s-%s-%s' % (s[:3], s[3:6], s[6:])


def za_id(rng, y, m, d, male):
    b = '%02d%02d%02d%04d08' % (y % 100, m, d, rng.randint(5000, 9999) if male else rng.randint(0, 4999))
    return b + luhn_digit(b)


def de_rvnr(rng, y, m, d, family, female):
    """German Rentenversicherungsnummer: area, ddmmyy, initial, serial, check (weights 2121572121..., digit sums)."""
    area = rng.choice(['12', '13', '15', '16', '17', '18', '19', '20', '21', '23', '24', '25', '26', '28', '29', '38', '39', '40', '42',
                       '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61',
                       '62', '63', '64', '65', '66', '68', '69', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79'])
    ini = fold(family).upper()[0]
    ser = '%02d' % (rng.randint(50, 99) if female else rng.randint(0, 49))
    base = area + '%02d%02d%02d' % (d, m, y % 100) + '%02d' % (ord(ini) - 64) + ser
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    c = sum(sum(divmod(int(x) * wi, 10)) for x, wi in zip(base, w)) % 10
    return '%s %s %s %s%s' % (area, base[2:8], ini, ser, c)


def us_mbi(rng):
    L = 'ACDEFGHJKMNPQRTUVWXY'
    AN = L + DIG
    tmpl = [DIG[1:], L, AN, DIG, L, AN, DIG, L, L, DIG, DIG]
    s = ''.join(rng.choice(t) for t in tmpl)
    return '%s-%s-%s' % (s[:4], s[4:7], s[7:])


def ng_nuban(rng, bank='058'):
    serial = digits(rng, 9, False)
    w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    c = (10 - sum(int(x) * wi for x, wi in zip(bank + serial, w)) % 10) % 10
    return serial + str(c)


def mx_nss(rng):
    b = '%02d' % rng.randint(1, 99) + '%02d' % rng.randint(70, 99) + '%02d' % rng.randint(50, 99) + digits(rng, 4, False)
    return b + luhn_digit(b)


def uk_driving(family, given, y, m, d, female, rng):
    s = (''.join(c for c in fold(family).upper() if c.isalpha()) + '99999')[:5]
    mm = m + (50 if female else 0)
    return '%s%s%02d%02d%s%s9%s' % (s, str(y % 100)[0], mm, d, str(y % 100)[1], (fold(given)[0].upper() + '9'),
                                    rs(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ'))
