"""Fake personal data for ~25 locales, with valid check digits.

Everything is driven by the random.Random instance handed in; nothing here
touches the global random module or the clock.
"""
import datetime
import unicodedata

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# ---------------------------------------------------------------- checksums
def luhn_digit(payload):
    """Check digit that makes payload+digit Luhn-valid."""
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    num = "".join(ch for ch in num if ch.isdigit())
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 2, 4, 1], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - n % 97)


def iban_ok(iban):
    iban = iban.replace(" ", "")
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


# Italian odd-position table (codice fiscale and CIN)
_IT_ODD = {}
for _k, _v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    _IT_ODD[_k] = _v
for _k, _v in zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6,
                        8, 12, 14, 16, 10, 22, 25, 24, 23]):
    _IT_ODD[_k] = _v


def _it_even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def it_check_char(s):
    tot = 0
    for i, ch in enumerate(s):
        tot += _IT_ODD[ch] if i % 2 == 0 else _it_even(ch)
    return chr(65 + tot % 26)


def mrz_check(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- locales
LOC = {
    "US": dict(m=["James", "Michael", "Robert", "Daniel", "Marcus", "Tyler", "Kevin", "Andre"],
               f=["Jennifer", "Emily", "Ashley", "Megan", "Rachel", "Latoya", "Brianna", "Sarah"],
               fam=["Johnson", "Williams", "Garcia", "Martinez", "Robinson", "Walker", "Nguyen", "Thompson", "Okafor"],
               st=["Maple Ave", "Oak Street", "Sunset Blvd", "W 38th St", "Pine Ridge Rd", "Lakeview Dr"],
               city=[("Portland", "OR", "97205"), ("Austin", "TX", "78704"), ("Columbus", "OH", "43215"),
                     ("Denver", "CO", "80203"), ("Raleigh", "NC", "27601")],
               mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"]),
    "GB": dict(m=["Oliver", "Harry", "Jack", "Callum", "Rhys", "Declan", "Amir"],
               f=["Sophie", "Chloe", "Hannah", "Niamh", "Isla", "Priya", "Ellie"],
               fam=["Smith", "Jones", "Taylor", "Davies", "Evans", "Hughes", "Khan", "Fletcher"],
               st=["Albert Road", "Station Lane", "Victoria Street", "Kingsway", "Mill Close"],
               city=[("Leeds", "", "LS6 2AB"), ("Bristol", "", "BS3 4QT"), ("Manchester", "", "M14 5RL"),
                     ("Cardiff", "", "CF24 3DN"), ("Glasgow", "", "G12 8QQ")],
               mail=["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"]),
    "DE": dict(m=["Lukas", "Jonas", "Maximilian", "Tobias", "Jürgen", "Florian"],
               f=["Anna", "Lea", "Katharina", "Jülide", "Sabine", "Marie"],
               fam=["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann"],
               st=["Lindenstraße", "Hauptstraße", "Goethestraße", "Am Mühlbach", "Schillerweg"],
               city=[("Berlin", "", "10115"), ("München", "", "80331"), ("Köln", "", "50667"),
                     ("Hamburg", "", "20095"), ("Leipzig", "", "04109")],
               mail=["web.de", "gmx.de", "t-online.de", "posteo.de"]),
    "FR": dict(m=["Lucas", "Hugo", "Théo", "Mathis", "Karim", "Julien"],
               f=["Camille", "Léa", "Manon", "Chloé", "Inès", "Élodie"],
               fam=["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Lefèvre", "Moreau", "Girard"],
               st=["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "impasse des Tilleuls"],
               city=[("Lyon", "", "69003"), ("Paris", "", "75011"), ("Nantes", "", "44000"),
                     ("Toulouse", "", "31000"), ("Lille", "", "59000")],
               mail=["orange.fr", "free.fr", "laposte.net", "gmail.com"]),
    "ES": dict(m=["Javier", "Alejandro", "Pablo", "Sergio", "Iker"],
               f=["Lucía", "María", "Paula", "Carmen", "Nerea"],
               fam=["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"],
               st=["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gracia", "Calle Sierpes"],
               city=[("Madrid", "", "28013"), ("Barcelona", "", "08007"), ("Sevilla", "", "41004"),
                     ("Valencia", "", "46002"), ("Bilbao", "", "48001")],
               mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"]),
    "IT": dict(m=["Marco", "Luca", "Giuseppe", "Francesco", "Alessandro", "Matteo"],
               f=["Giulia", "Francesca", "Chiara", "Sara", "Martina", "Elena"],
               fam=["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"],
               st=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza"],
               city=[("Milano", "MI", "20121"), ("Roma", "RM", "00184"), ("Napoli", "NA", "80134"),
                     ("Torino", "TO", "10121"), ("Bologna", "BO", "40125")],
               mail=["libero.it", "gmail.com", "virgilio.it", "tiscali.it"]),
    "NL": dict(m=["Daan", "Sem", "Bram", "Thijs", "Joost"],
               f=["Emma", "Sanne", "Fleur", "Lotte", "Anouk"],
               fam=["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit"],
               st=["Keizersgracht", "Kerkstraat", "Dorpsstraat", "Oudegracht", "Stationsweg"],
               city=[("Amsterdam", "", "1017 CT"), ("Utrecht", "", "3511 AB"), ("Rotterdam", "", "3011 BH"),
                     ("Eindhoven", "", "5611 EM"), ("Groningen", "", "9711 LV")],
               mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"]),
    "BE": dict(m=["Wout", "Arne", "Maxime", "Senne", "Thomas"],
               f=["Lotte", "Elise", "Charlotte", "Noor", "Amélie"],
               fam=["Peeters", "Janssens", "Maes", "Jacobs", "Dubois", "Lambert", "Claes"],
               st=["Meir", "Rue Neuve", "Kouter", "Naamsestraat", "Chaussée de Wavre"],
               city=[("Antwerpen", "", "2000"), ("Bruxelles", "", "1000"), ("Gent", "", "9000"),
                     ("Leuven", "", "3000"), ("Liège", "", "4000")],
               mail=["telenet.be", "skynet.be", "gmail.com", "proximus.be"]),
    "PL": dict(m=["Jakub", "Kacper", "Mateusz", "Piotr", "Tomasz"],
               f=["Zuzanna", "Julia", "Agnieszka", "Katarzyna", "Małgorzata"],
               fam=["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński"],
               st=["ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa", "al. Jerozolimskie", "ul. Floriańska"],
               city=[("Warszawa", "", "00-950"), ("Kraków", "", "31-019"), ("Łódź", "", "90-001"),
                     ("Gdańsk", "", "80-831"), ("Wrocław", "", "50-077")],
               mail=["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"]),
    "SE": dict(m=["Erik", "Lars", "Oskar", "Nils", "Viktor"],
               f=["Astrid", "Elin", "Maja", "Ingrid", "Saga"],
               fam=["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindqvist", "Berg"],
               st=["Drottninggatan", "Storgatan", "Kungsgatan", "Västra Hamngatan", "Sveavägen"],
               city=[("Stockholm", "", "111 22"), ("Göteborg", "", "411 04"), ("Malmö", "", "211 20"),
                     ("Uppsala", "", "753 20"), ("Umeå", "", "903 26")],
               mail=["telia.com", "gmail.com", "hotmail.se", "bredband.net"]),
    "DK": dict(m=["Mads", "Rasmus", "Frederik", "Mikkel", "Søren"],
               f=["Freja", "Ida", "Mette", "Signe", "Karen"],
               fam=["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen"],
               st=["Nørrebrogade", "Vesterbrogade", "Strøget", "Østerbrogade", "Algade"],
               city=[("København N", "", "2200"), ("Aarhus C", "", "8000"), ("Odense C", "", "5000"),
                     ("Aalborg", "", "9000")],
               mail=["mail.dk", "gmail.com", "hotmail.dk", "jubii.dk"]),
    "NO": dict(m=["Magnus", "Henrik", "Sindre", "Eirik", "Ola"],
               f=["Nora", "Ingrid", "Sigrid", "Ragnhild", "Thea"],
               fam=["Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Haugen", "Bakke"],
               st=["Karl Johans gate", "Bygdøy allé", "Thorvald Meyers gate", "Kongens gate", "Storgata"],
               city=[("Oslo", "", "0159"), ("Bergen", "", "5003"), ("Trondheim", "", "7011"),
                     ("Stavanger", "", "4006"), ("Tromsø", "", "9008")],
               mail=["online.no", "gmail.com", "hotmail.no", "live.no"]),
    "FI": dict(m=["Mikko", "Juha", "Antti", "Eero", "Ville"],
               f=["Aino", "Helmi", "Sanna", "Tiina", "Venla"],
               fam=["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen"],
               st=["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Puistokatu"],
               city=[("Helsinki", "", "00100"), ("Tampere", "", "33100"), ("Turku", "", "20100"),
                     ("Oulu", "", "90100")],
               mail=["gmail.com", "elisanet.fi", "hotmail.fi", "luukku.com"]),
    "BR": dict(m=["João", "Pedro", "Gabriel", "Thiago", "Rafael"],
               f=["Ana", "Juliana", "Beatriz", "Larissa", "Camila"],
               fam=["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida"],
               st=["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro", "Avenida Atlântica"],
               city=[("São Paulo", "SP", "01310-100"), ("Rio de Janeiro", "RJ", "22021-001"),
                     ("Curitiba", "PR", "80020-310"), ("Belo Horizonte", "MG", "30130-110"),
                     ("Recife", "PE", "50030-230")],
               mail=["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br"]),
    "MX": dict(m=["José", "Luis", "Carlos", "Miguel", "Jorge"],
               f=["Guadalupe", "Fernanda", "Ximena", "Alejandra", "Valeria"],
               fam=["Hernández", "García", "Martínez", "López", "González", "Ramírez", "Torres", "Flores"],
               st=["Av. Insurgentes Sur", "Calle Madero", "Av. Reforma", "Calle Morelos", "Av. Juárez"],
               city=[("Ciudad de México", "CDMX", "06700"), ("Guadalajara", "JAL", "44100"),
                     ("Monterrey", "NL", "64000"), ("Puebla", "PUE", "72000")],
               mail=["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"]),
    "IN": dict(m=["Rahul", "Arjun", "Vikram", "Sandeep", "Aditya", "Karthik"],
               f=["Priya", "Ananya", "Sneha", "Divya", "Lakshmi", "Pooja"],
               fam=["Sharma", "Verma", "Iyer", "Reddy", "Nair", "Gupta", "Banerjee", "Kulkarni"],
               st=["MG Road", "Linking Road", "Anna Salai", "Park Street", "Banjara Hills Road No. 12"],
               city=[("Bengaluru", "Karnataka", "560001"), ("Mumbai", "Maharashtra", "400050"),
                     ("Chennai", "Tamil Nadu", "600002"), ("Kolkata", "West Bengal", "700016"),
                     ("Hyderabad", "Telangana", "500034")],
               mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"]),
    "CN": dict(m=[("伟", "Wei"), ("强", "Qiang"), ("磊", "Lei"), ("浩然", "Haoran"), ("子轩", "Zixuan")],
               f=[("丽", "Li"), ("静", "Jing"), ("敏", "Min"), ("欣怡", "Xinyi"), ("梓涵", "Zihan")],
               fam=[("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao")],
               st=["建国路88号", "南京西路1266号", "科技园南区深南大道9988号", "武侯祠大街231号", "中山路45号"],
               city=[("北京市朝阳区", "", "100022"), ("上海市静安区", "", "200040"), ("深圳市南山区", "", "518057"),
                     ("成都市武侯区", "", "610041")],
               mail=["qq.com", "163.com", "126.com", "sina.com"]),
    "JP": dict(m=[("翔太", "Shota"), ("大輔", "Daisuke"), ("拓也", "Takuya"), ("健太", "Kenta"), ("蓮", "Ren")],
               f=[("美咲", "Misaki"), ("陽菜", "Hina"), ("由美", "Yumi"), ("さくら", "Sakura"), ("愛", "Ai")],
               fam=[("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("渡辺", "Watanabe"), ("伊藤", "Ito")],
               st=["神南1-19-11", "大手町2-6-1", "梅田3-1-3", "栄3-5-12", "中央区天神2-11-1"],
               city=[("東京都渋谷区", "", "150-0041"), ("東京都千代田区", "", "100-0004"), ("大阪府大阪市北区", "", "530-0001"),
                     ("愛知県名古屋市中区", "", "460-0008"), ("福岡県福岡市", "", "810-0001")],
               mail=["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"]),
    "KR": dict(m=[("민준", "Minjun"), ("서준", "Seojun"), ("지훈", "Jihoon"), ("현우", "Hyunwoo"), ("도윤", "Doyun")],
               f=[("서연", "Seoyeon"), ("지민", "Jimin"), ("수빈", "Subin"), ("하은", "Haeun"), ("예진", "Yejin")],
               fam=[("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang")],
               st=["테헤란로 152", "세종대로 110", "해운대해변로 264", "동성로 2길 30", "판교역로 235"],
               city=[("서울특별시 강남구", "", "06236"), ("서울특별시 중구", "", "04524"), ("부산광역시 해운대구", "", "48099"),
                     ("경기도 성남시 분당구", "", "13494")],
               mail=["naver.com", "daum.net", "gmail.com", "kakao.com"]),
    "AU": dict(m=["Liam", "Noah", "Jack", "Cooper", "Lachlan"],
               f=["Charlotte", "Olivia", "Matilda", "Isla", "Chloe"],
               fam=["Smith", "Nguyen", "Wilson", "Brown", "Taylor", "O'Brien", "Kelly"],
               st=["George St", "Chapel St", "Brunswick St", "Hay St", "Rundle Mall"],
               city=[("Sydney", "NSW", "2000"), ("Melbourne", "VIC", "3000"), ("Brisbane", "QLD", "4000"),
                     ("Perth", "WA", "6000"), ("Adelaide", "SA", "5000")],
               mail=["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"]),
    "CA": dict(m=["Ethan", "Liam", "Mathieu", "Owen", "Gabriel"],
               f=["Emma", "Chloé", "Ava", "Florence", "Madison"],
               fam=["Tremblay", "Gagnon", "Roy", "Smith", "MacDonald", "Wong", "Singh"],
               st=["Yonge St", "Rue Sainte-Catherine", "Granville St", "Jasper Ave", "Sparks St"],
               city=[("Toronto", "ON", "M5B 2H1"), ("Montréal", "QC", "H3B 1A7"), ("Vancouver", "BC", "V6Z 1L2"),
                     ("Edmonton", "AB", "T5J 0N3"), ("Ottawa", "ON", "K1P 5G3")],
               mail=["gmail.com", "rogers.com", "videotron.ca", "shaw.ca"]),
    "ZA": dict(m=["Thabo", "Sipho", "Pieter", "Lwazi", "Kagiso"],
               f=["Naledi", "Lerato", "Anri", "Zanele", "Ayanda"],
               fam=["Nkosi", "Dlamini", "van der Merwe", "Botha", "Khumalo", "Naidoo", "Mokoena"],
               st=["Long Street", "Jan Smuts Avenue", "Florida Road", "Church Street", "Main Road"],
               city=[("Cape Town", "", "8001"), ("Johannesburg", "", "2196"), ("Durban", "", "4001"),
                     ("Pretoria", "", "0002")],
               mail=["gmail.com", "webmail.co.za", "mweb.co.za", "vodamail.co.za"]),
    "IL": dict(m=[("יונתן", "Yonatan"), ("איתי", "Itai"), ("נועם", "Noam"), ("עומר", "Omer")],
               f=[("נועה", "Noa"), ("מאיה", "Maya"), ("שירה", "Shira"), ("תמר", "Tamar")],
               fam=[("כהן", "Cohen"), ("לוי", "Levi"), ("מזרחי", "Mizrahi"), ("פרץ", "Peretz"), ("ביטון", "Biton")],
               st=["רחוב הרצל 15", "שדרות רוטשילד 22", "רחוב יפו 97", "רחוב ויצמן 8"],
               city=[("תל אביב-יפו", "", "6688218"), ("ירושלים", "", "9422507"), ("חיפה", "", "3303113"),
                     ("באר שבע", "", "8489312")],
               mail=["gmail.com", "walla.co.il", "012.net.il", "bezeqint.net"]),
    "TR": dict(m=["Emre", "Burak", "Mehmet", "Can", "Oğuz"],
               f=["Elif", "Zeynep", "Ayşe", "Büşra", "Selin"],
               fam=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk"],
               st=["İstiklal Caddesi", "Bağdat Caddesi", "Atatürk Bulvarı", "Cumhuriyet Caddesi", "Kordon Boyu"],
               city=[("İstanbul", "Beyoğlu", "34430"), ("Ankara", "Çankaya", "06690"), ("İzmir", "Konak", "35250"),
                     ("Bursa", "Osmangazi", "16010")],
               mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"]),
    "CH": dict(m=["Luca", "Noah", "Reto", "Matthias", "Gian"],
               f=["Mia", "Laura", "Seraina", "Nadine", "Corinne"],
               fam=["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Brunner"],
               st=["Bahnhofstrasse", "Marktgasse", "Rue du Rhône", "Seestrasse", "Via Nassa"],
               city=[("Zürich", "", "8001"), ("Bern", "", "3011"), ("Genève", "", "1204"),
                     ("Basel", "", "4051"), ("Lugano", "", "6900")],
               mail=["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com"]),
    "PT": dict(m=["João", "Tiago", "Rui", "Duarte", "Miguel"],
               f=["Inês", "Beatriz", "Mariana", "Leonor", "Joana"],
               fam=["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues"],
               st=["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo", "Avenida dos Aliados"],
               city=[("Lisboa", "", "1100-053"), ("Porto", "", "4000-447"), ("Braga", "", "4700-320"),
                     ("Coimbra", "", "3000-150")],
               mail=["sapo.pt", "gmail.com", "hotmail.com", "iol.pt"]),
    "GR": dict(m=["Γιώργος", "Νίκος", "Κώστας", "Δημήτρης"],
               f=["Μαρία", "Ελένη", "Κατερίνα", "Σοφία"],
               fam=["Παπαδόπουλος", "Παππάς", "Οικονόμου", "Γεωργίου", "Νικολάου"],
               st=["Οδός Ερμού 42", "Λεωφόρος Συγγρού 110", "Οδός Τσιμισκή 17", "Οδός Πανεπιστημίου 39"],
               city=[("Αθήνα", "", "105 63"), ("Θεσσαλονίκη", "", "546 22"), ("Πάτρα", "", "262 21")],
               mail=["gmail.com", "otenet.gr", "yahoo.gr", "hotmail.com"]),
    "UA": dict(m=["Олександр", "Андрій", "Дмитро", "Тарас", "Богдан"],
               f=["Олена", "Ірина", "Наталія", "Оксана", "Софія"],
               fam=["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Мельник"],
               st=["вул. Хрещатик, 22", "вул. Сумська, 10", "просп. Свободи, 15", "вул. Дерибасівська, 7"],
               city=[("Київ", "", "01001"), ("Харків", "", "61002"), ("Львів", "", "79000"), ("Одеса", "", "65026")],
               mail=["ukr.net", "gmail.com", "i.ua", "meta.ua"]),
}

TRANSLIT_GR = dict(zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ",
                       ["A", "V", "G", "D", "E", "Z", "I", "Th", "I", "K", "L", "M", "N", "X", "O", "P", "R", "S", "T", "Y", "F", "Ch", "Ps", "O",
                        "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o",
                        "a", "e", "i", "i", "o", "y", "o"]))
TRANSLIT_UA = dict(zip("АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
                       ["A", "B", "V", "H", "G", "D", "E", "Ye", "Zh", "Z", "Y", "I", "Yi", "Y", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U", "F", "Kh", "Ts", "Ch", "Sh", "Shch", "", "Yu", "Ya",
                        "a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia"]))


def latin(s):
    if any(ch in TRANSLIT_GR for ch in s):
        s = s.replace("ου", "ou").replace("Ου", "Ou")
        s = "".join(TRANSLIT_GR.get(ch, ch) for ch in s)
    if any(ch in TRANSLIT_UA for ch in s):
        s = "".join(TRANSLIT_UA.get(ch, ch) for ch in s)
    return ascii_fold(s)


# ---------------------------------------------------------------- generator
class PII:
    def __init__(self, rng):
        self.r = rng

    # -- primitives
    def d(self, n):
        return "".join(self.r.choice(DIG) for _ in range(n))

    def dob(self, y0=1955, y1=1999):
        return (self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))

    # -- people
    def person(self, cc, sex=None):
        r = self.r
        L = LOC[cc]
        sex = sex or r.choice("MF")
        g = r.choice(L["m"] if sex == "M" else L["f"])
        fam = r.choice(L["fam"])
        if isinstance(g, tuple):
            g_nat, g_lat = g
            f_nat, f_lat = fam
        else:
            g_nat, g_lat = g, latin(g)
            f_nat, f_lat = fam, latin(fam)
        if cc in ("CN", "JP", "KR"):
            name = f_nat + g_nat if cc != "KR" else f_nat + g_nat
            if cc == "JP":
                name = f_nat + " " + g_nat
        elif cc == "IL":
            name = g_nat + " " + f_nat
        else:
            name = g_nat + " " + f_nat
        name_latin = g_lat + " " + f_lat
        user_first = g_lat.lower().replace(" ", "").replace("'", "")
        user_last = f_lat.lower().replace(" ", "").replace("'", "")
        pat = r.randint(0, 4)
        if pat == 0:
            user = "%s.%s" % (user_first, user_last)
        elif pat == 1:
            user = "%s%s%d" % (user_first, user_last, r.randint(1, 99))
        elif pat == 2:
            user = "%s.%s" % (user_first[0], user_last)
        elif pat == 3:
            user = "%s_%s%d" % (user_last, user_first, r.randint(1960, 2005))
        else:
            user = "%s%s" % (user_first, user_last[:3])
        if cc == "CN" and r.random() < 0.5:
            user = self.d(9).lstrip("0") or "8842019"
        email = "%s@%s" % (user, r.choice(L["mail"]))
        city, region, pc = r.choice(L["city"])
        st = r.choice(L["st"])
        num = r.randint(2, 180)
        address = self.address(cc, st, num, city, region, pc)
        y, m, day = self.dob()
        return dict(cc=cc, sex=sex, given=g_nat, family=f_nat, name=name, name_latin=name_latin,
                    given_latin=g_lat, family_latin=f_lat, email=email, phone=self.phone(cc),
                    phone_nat=self.phone(cc, national=True), street=st, num=num, city=city,
                    region=region, postcode=pc, address=address, dob=(y, m, day))

    def address(self, cc, st, num, city, region, pc):
        if cc in ("US", "AU", "CA"):
            return "%d %s, %s, %s %s" % (num * 7 + 10, st, city, region, pc)
        if cc == "GB":
            return "%d %s, %s %s" % (num, st, city, pc)
        if cc in ("FR",):
            return "%d %s, %s %s" % (num, st, pc, city)
        if cc in ("CN", "JP", "KR", "IL", "GR", "UA"):
            return "%s %s %s" % (pc, city, st)
        if cc == "IT":
            return "%s %d, %s %s (%s)" % (st, num, pc, city, region)
        if cc in ("BR",):
            return "%s, %d - %s - %s, %s" % (st, num, city, region, pc)
        if cc == "MX":
            return "%s %d, Col. Centro, %s %s, %s" % (st, num, pc, city, region)
        if cc == "IN":
            return "%d, %s, %s, %s %s" % (num, st, city, region, pc)
        if cc == "TR":
            return "%s No:%d, %s %s/%s" % (st, num, pc, region, city)
        return "%s %d, %s %s" % (st, num, pc, city)

    def phone(self, cc, national=False):
        r = self.r
        d = self.d
        if cc in ("US", "CA"):
            area = r.choice(["212", "312", "415", "503", "617", "646", "702", "713", "206", "305", "416", "514", "604"])
            ex = str(r.randint(2, 9)) + d(2)
            ln = d(4)
            return "(%s) %s-%s" % (area, ex, ln) if national else "+1 %s %s %s" % (area, ex, ln)
        if cc == "GB":
            a = "7" + r.choice(["4", "5", "7", "8", "9"]) + d(2)
            b = d(6)
            return "0%s %s" % (a, b) if national else "+44 %s %s" % (a, b)
        if cc == "DE":
            a = r.choice(["151", "160", "170", "176", "152", "157"])
            b = d(8)
            return "0%s %s" % (a, b) if national else "+49 %s %s" % (a, b)
        if cc == "FR":
            p = [r.choice("67")] + [d(2) for _ in range(4)]
            return ("0" + " ".join(p)) if national else "+33 " + " ".join(p)
        if cc == "ES":
            a = "6" + d(2)
            return "%s %s %s" % (a, d(3), d(3)) if national else "+34 %s %s %s" % (a, d(3), d(3))
        if cc == "IT":
            a = "3" + r.choice(["20", "28", "33", "35", "39", "47", "49"])
            return "%s %s %s" % (a, d(3), d(4)) if national else "+39 %s %s %s" % (a, d(3), d(4))
        if cc == "NL":
            b = d(8)
            return "06-%s" % b if national else "+31 6 %s" % b
        if cc == "BE":
            a = "4" + r.choice(["70", "75", "77", "85", "95"])
            return "0%s %s %s %s" % (a, d(2), d(2), d(2)) if national else "+32 %s %s %s %s" % (a, d(2), d(2), d(2))
        if cc == "PL":
            a = r.choice("5678") + d(2)
            return "%s %s %s" % (a, d(3), d(3)) if national else "+48 %s %s %s" % (a, d(3), d(3))
        if cc == "SE":
            a = "7" + r.choice("02369")
            return "0%s-%s %s %s" % (a, d(3), d(2), d(2)) if national else "+46 %s %s %s %s" % (a, d(3), d(2), d(2))
        if cc == "DK":
            p = [str(r.randint(2, 9)) + d(1)] + [d(2) for _ in range(3)]
            return " ".join(p) if national else "+45 " + " ".join(p)
        if cc == "NO":
            a = r.choice("49") + d(2)
            return "%s %s %s" % (a, d(2), d(3)) if national else "+47 %s %s %s" % (a, d(2), d(3))
        if cc == "FI":
            a = r.choice(["40", "44", "45", "50"])
            return "0%s %s %s" % (a, d(3), d(4)) if national else "+358 %s %s %s" % (a, d(3), d(4))
        if cc == "BR":
            a = r.choice(["11", "21", "31", "41", "81"])
            return "(%s) 9%s-%s" % (a, d(4), d(4)) if national else "+55 %s 9%s-%s" % (a, d(4), d(4))
        if cc == "MX":
            a = r.choice(["55", "33", "81"])
            return "%s %s %s" % (a, d(4), d(4)) if national else "+52 %s %s %s" % (a, d(4), d(4))
        if cc == "IN":
            a = r.choice("6789") + d(4)
            return "0%s %s" % (a, d(5)) if national else "+91 %s %s" % (a, d(5))
        if cc == "CN":
            a = "1" + r.choice(["38", "39", "58", "86", "77", "35"])
            return "%s %s %s" % (a, d(4), d(4)) if national else "+86 %s %s %s" % (a, d(4), d(4))
        if cc == "JP":
            a = r.choice(["90", "80", "70"])
            return "0%s-%s-%s" % (a, d(4), d(4)) if national else "+81 %s-%s-%s" % (a, d(4), d(4))
        if cc == "KR":
            return "010-%s-%s" % (d(4), d(4)) if national else "+82 10-%s-%s" % (d(4), d(4))
        if cc == "AU":
            a = "4" + d(2)
            return "0%s %s %s" % (a, d(3), d(3)) if national else "+61 %s %s %s" % (a, d(3), d(3))
        if cc == "ZA":
            a = r.choice(["72", "82", "83", "71", "61"])
            return "0%s %s %s" % (a, d(3), d(4)) if national else "+27 %s %s %s" % (a, d(3), d(4))
        if cc == "IL":
            a = "5" + r.choice("023458")
            return "0%s-%s-%s" % (a, d(3), d(4)) if national else "+972 %s-%s-%s" % (a, d(3), d(4))
        if cc == "TR":
            a = "5" + r.choice(["32", "35", "42", "05", "55"])
            return "0%s %s %s %s" % (a, d(3), d(2), d(2)) if national else "+90 %s %s %s %s" % (a, d(3), d(2), d(2))
        if cc == "CH":
            a = "7" + r.choice("6789")
            return "0%s %s %s %s" % (a, d(3), d(2), d(2)) if national else "+41 %s %s %s %s" % (a, d(3), d(2), d(2))
        if cc == "PT":
            a = "9" + r.choice("1236")
            return "%s %s %s" % (a + d(1), d(3), d(3)) if national else "+351 %s %s %s" % (a + d(1), d(3), d(3))
        if cc == "GR":
            a = "69" + r.choice("0345789")
            return "%s %s %s" % (a, d(3), d(4)) if national else "+30 %s %s %s" % (a, d(3), d(4))
        if cc == "UA":
            a = r.choice(["50", "63", "67", "93", "97"])
            return "0%s %s %s %s" % (a, d(3), d(2), d(2)) if national else "+380 %s %s %s %s" % (a, d(3), d(2), d(2))
        if cc == "SA":
            return "05%s %s %s" % (d(1), d(3), d(4)) if national else "+966 5%s %s %s" % (d(1), d(3), d(4))
        if cc == "AE":
            return "05%s %s %s" % (r.choice("0258"), d(3), d(4)) if national else "+971 5%s %s %s" % (r.choice("0258"), d(3), d(4))
        if cc == "VN":
            return "09%s %s %s" % (d(1), d(3), d(3)) if national else "+84 9%s %s %s" % (d(1), d(3), d(3))
        if cc == "ID":
            return "08%s-%s-%s" % (d(2), d(4), d(4)) if national else "+62 8%s-%s-%s" % (d(2), d(4), d(4))
        if cc == "TH":
            return "08%s %s %s" % (d(1), d(3), d(4)) if national else "+66 8%s %s %s" % (d(1), d(3), d(4))
        if cc == "EG":
            return "010 %s %s" % (d(4), d(4)) if national else "+20 10 %s %s" % (d(4), d(4))
        if cc == "IR":
            return "091%s %s %s" % (d(1), d(3), d(4)) if national else "+98 91%s %s %s" % (d(1), d(3), d(4))
        if cc == "BD":
            return "017%s-%s" % (d(2), d(6)) if national else "+880 17%s-%s" % (d(2), d(6))
        if cc == "AT":
            return "0664 %s" % d(7) if national else "+43 664 %s" % d(7)
        raise KeyError(cc)

    # -- national identifiers
    def us_ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

    def uk_nino(self, spaced=True):
        r = self.r
        while True:
            a = r.choice("ABCEGHJKLMNOPRSTWXYZ")
            b = r.choice("ABCEGHJKLMNPRSTWXYZ")
            if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        n = self.d(6)
        s = r.choice("ABCD")
        return "%s%s %s %s %s %s" % (a, b, n[:2], n[2:4], n[4:], s) if spaced else a + b + n + s

    def de_steuer_id(self):
        r = self.r
        while True:
            digs = list(DIG)
            r.shuffle(digs)
            nine = digs[:9]
            dup = r.choice(nine)
            ten = nine + [dup]
            r.shuffle(ten)
            if ten[0] == "0":
                continue
            break
        product = 10
        for ch in ten:
            s = (int(ch) + product) % 10
            if s == 0:
                s = 10
            product = (s * 2) % 11
        chk = 11 - product
        if chk == 10:
            chk = 0
        return "".join(ten) + str(chk)

    def fr_nir(self, sex, y, m, spaced=True):
        r = self.r
        dept = r.choice(["75", "69", "13", "33", "59", "31", "44", "67", "06", "34", "92", "93"])
        body = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, y % 100, m, dept, r.randint(1, 990), r.randint(1, 999))
        key = 97 - int(body) % 97
        if spaced:
            return "%s %s %s %s %s %s %02d" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
        return "%s%02d" % (body, key)

    def es_dni(self):
        n = self.r.randint(10000000, 79999999)
        return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])

    def es_nie(self):
        p = self.r.choice("XYZ")
        n = self.d(7)
        v = int(str("XYZ".index(p)) + n)
        return "%s%s%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[v % 23])

    def it_cf(self, family, given, sex, y, m, day, place=None):
        def cons(s):
            return [c for c in s if c not in "AEIOU"]

        def vow(s):
            return [c for c in s if c in "AEIOU"]
        fam = "".join(ch for ch in ascii_fold(family).upper() if ch.isalpha())
        giv = "".join(ch for ch in ascii_fold(given).upper() if ch.isalpha())
        s1 = "".join((cons(fam) + vow(fam) + ["X"] * 3)[:3])
        gc = cons(giv)
        if len(gc) >= 4:
            s2 = gc[0] + gc[2] + gc[3]
        else:
            s2 = "".join((gc + vow(giv) + ["X"] * 3)[:3])
        dd = day + (40 if sex == "F" else 0)
        place = place or self.r.choice(["H501", "F205", "F839", "L219", "A944", "D612", "G273", "L736"])
        body = "%s%s%02d%s%02d%s" % (s1, s2, y % 100, "ABCDEHLMPRST"[m - 1], dd, place)
        return body + it_check_char(body)

    def nl_bsn(self):
        r = self.r
        while True:
            first = str(r.randint(1, 6)) + self.d(7)
            s = sum(int(ch) * (9 - i) for i, ch in enumerate(first))
            last = s % 11
            if last < 10:
                return first + str(last)

    def be_nn(self, y, m, day, sex, dotted=True):
        r = self.r
        seq = r.randrange(1, 997, 2) if sex == "M" else r.randrange(2, 997, 2)
        body = "%02d%02d%02d%03d" % (y % 100, m, day, seq)
        base = int(("2" + body) if y >= 2000 else body)
        chk = 97 - base % 97
        if dotted:
            return "%s.%s.%s-%s.%02d" % (body[0:2], body[2:4], body[4:6], body[6:9], chk)
        return "%s%02d" % (body, chk)

    def pl_pesel(self, y, m, day, sex):
        mm = m + (20 if y >= 2000 else 0)
        r = self.r
        z = self.d(3)
        x = r.choice("13579" if sex == "M" else "02468")
        body = "%02d%02d%02d%s%s" % (y % 100, mm, day, z, x)
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        s = sum(int(ch) * w[i] for i, ch in enumerate(body))
        return body + str((10 - s % 10) % 10)

    def se_pnr(self, y, m, day, sex, long=False):
        r = self.r
        n = "%02d%s" % (r.randint(0, 99), r.choice("13579" if sex == "M" else "02468"))
        body = "%02d%02d%02d%s" % (y % 100, m, day, n)
        w = [2, 1] * 5
        s = 0
        for i, ch in enumerate(body):
            p = int(ch) * w[i]
            s += p // 10 + p % 10
        c = (10 - s % 10) % 10
        pre = "%04d%02d%02d" % (y, m, day) if long else body[:6]
        return "%s-%s%d" % (pre, body[6:], c)

    def dk_cpr(self, y, m, day):
        r = self.r
        w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
        while True:
            body = "%02d%02d%02d%s" % (day, m, y % 100, self.d(3))
            s = sum(int(ch) * w[i] for i, ch in enumerate(body))
            last = (-s) % 11
            if last < 10:
                return "%s-%s%d" % (body[:6], body[6:], last)

    def no_fnr(self, y, m, day):
        r = self.r
        while True:
            ind = "%03d" % r.randint(0, 499)
            body = "%02d%02d%02d%s" % (day, m, y % 100, ind)
            ds = [int(ch) for ch in body]
            k1 = 11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], ds)) % 11
            if k1 == 11:
                k1 = 0
            if k1 == 10:
                continue
            k2 = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], ds + [k1])) % 11
            if k2 == 11:
                k2 = 0
            if k2 == 10:
                continue
            return "%s%d%d" % (body, k1, k2)

    def fi_hetu(self, y, m, day):
        n = "%03d" % self.r.randint(2, 899)
        body = "%02d%02d%02d" % (day, m, y % 100)
        chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body + n) % 31]
        sep = "-" if y < 2000 else "A"
        return body + sep + n + chk

    def br_cpf(self, fmt=True):
        while True:
            b = [int(ch) for ch in self.d(9)]
            if len(set(b)) > 1:
                break
        s = sum(v * w for v, w in zip(b, range(10, 1, -1)))
        d1 = (s * 10) % 11 % 10
        s = sum(v * w for v, w in zip(b + [d1], range(11, 1, -1)))
        d2 = (s * 10) % 11 % 10
        n = "".join(map(str, b + [d1, d2]))
        return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:]) if fmt else n

    def br_cnpj(self, fmt=True):
        b = [int(ch) for ch in self.d(8) + "0001"]
        w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
        r1 = sum(v * w for v, w in zip(b, w1)) % 11
        d1 = 0 if r1 < 2 else 11 - r1
        w2 = [6] + w1
        r2 = sum(v * w for v, w in zip(b + [d1], w2)) % 11
        d2 = 0 if r2 < 2 else 11 - r2
        n = "".join(map(str, b + [d1, d2]))
        return "%s.%s.%s/%s-%s" % (n[:2], n[2:5], n[5:8], n[8:12], n[12:]) if fmt else n

    def mx_curp(self, fam1, fam2, given, y, m, day, sex, state=None):
        r = self.r
        f1 = ascii_fold(fam1).upper().replace(" ", "")
        f2 = ascii_fold(fam2).upper().replace(" ", "")
        gv = ascii_fold(given).upper().split()[0]

        def first_vowel(s):
            for ch in s[1:]:
                if ch in "AEIOU":
                    return ch
            return "X"

        def first_cons(s):
            for ch in s[1:]:
                if ch.isalpha() and ch not in "AEIOU":
                    return ch
            return "X"
        state = state or r.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC"])
        body = f1[0] + first_vowel(f1) + f2[0] + gv[0]
        body += "%02d%02d%02d" % (y % 100, m, day) + ("H" if sex == "M" else "M") + state
        body += first_cons(f1) + first_cons(f2) + first_cons(gv)
        body += r.choice(DIG) if y < 2000 else r.choice(UP)
        alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        s = sum(alpha.index(ch) * (18 - i) for i, ch in enumerate(body))
        return body + str((10 - s % 10) % 10)

    def in_aadhaar(self, spaced=True):
        body = str(self.r.randint(2, 9)) + self.d(10)
        n = body + verhoeff_digit(body)
        return "%s %s %s" % (n[:4], n[4:8], n[8:]) if spaced else n

    def in_pan(self, family):
        r = self.r
        return "".join(r.choice(UP) for _ in range(3)) + "P" + ascii_fold(family)[0].upper() + self.d(4) + r.choice(UP)

    def cn_rid(self, y, m, day, sex):
        r = self.r
        area = r.choice(["110105", "310106", "440305", "510107", "330106", "420111"])
        seq = "%02d%s" % (r.randint(0, 99), r.choice("13579" if sex == "M" else "02468"))
        body = "%s%04d%02d%02d%s" % (area, y, m, day, seq)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(int(ch) * w[i] for i, ch in enumerate(body))
        return body + "10X98765432"[s % 11]

    def jp_mynumber(self, spaced=False):
        body = self.d(11)
        s = 0
        for n in range(1, 12):
            p = int(body[11 - n])
            q = n + 1 if n <= 6 else n - 5
            s += p * q
        rem = s % 11
        chk = 0 if rem <= 1 else 11 - rem
        num = body + str(chk)
        return "%s %s %s" % (num[:4], num[4:8], num[8:]) if spaced else num

    def kr_rrn(self, y, m, day, sex):
        g = ("1" if sex == "M" else "2") if y < 2000 else ("3" if sex == "M" else "4")
        body = "%02d%02d%02d%s%s" % (y % 100, m, day, g, self.d(5))
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        s = sum(int(ch) * w[i] for i, ch in enumerate(body))
        c = (11 - s % 11) % 10
        return "%s-%s%d" % (body[:6], body[6:], c)

    def au_tfn(self, spaced=True):
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            b = self.d(8)
            s = sum(int(ch) * w[i] for i, ch in enumerate(b))
            last = s % 11
            if last < 10 and (s + 10 * last) % 11 == 0:
                n = b + str(last)
                return "%s %s %s" % (n[:3], n[3:6], n[6:]) if spaced else n

    def au_medicare(self):
        b = str(self.r.randint(2, 6)) + self.d(7)
        w = [1, 3, 7, 9, 1, 3, 7, 9]
        c = sum(int(ch) * w[i] for i, ch in enumerate(b)) % 10
        issue = self.r.randint(1, 9)
        n = "%s%d%d" % (b, c, issue)
        return "%s %s %s" % (n[:4], n[4:9], n[9:])

    def ca_sin(self, spaced=True):
        b = str(self.r.randint(1, 7)) + self.d(7)
        n = b + luhn_digit(b)
        return "%s %s %s" % (n[:3], n[3:6], n[6:]) if spaced else n

    def za_id(self, y, m, day, sex):
        r = self.r
        g = r.randint(5000, 9999) if sex == "M" else r.randint(0, 4999)
        b = "%02d%02d%02d%04d08" % (y % 100, m, day, g)
        return b + luhn_digit(b)

    def il_tz(self):
        b = self.d(8)
        s = 0
        for i, ch in enumerate(b):
            p = int(ch) * (1 if i % 2 == 0 else 2)
            s += p // 10 + p % 10
        # 9th digit has weight 1 (i=8 even)
        c = (10 - s % 10) % 10
        return b + str(c)

    def tr_tckn(self):
        r = self.r
        d = [r.randint(1, 9)] + [int(ch) for ch in self.d(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        return "".join(map(str, d + [d10, d11]))

    def ch_ahv(self):
        b = "756" + self.d(9)
        s = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(b))
        c = (10 - s % 10) % 10
        n = b + str(c)
        return "%s.%s.%s.%s" % (n[:3], n[3:7], n[7:11], n[11:])

    def pt_nif(self):
        while True:
            b = self.r.choice("12") + self.d(7)
            s = sum(int(ch) * (9 - i) for i, ch in enumerate(b))
            c = 11 - s % 11
            if c >= 10:
                c = 0
            return b + str(c)

    def gr_amka(self, y, m, day):
        b = "%02d%02d%02d%s" % (day, m, y % 100, self.d(4))
        return b + luhn_digit(b)

    def ua_rnokpp(self, y, m, day, sex):
        days = (datetime.date(y, m, day) - datetime.date(1899, 12, 31)).days
        while True:
            b = "%05d%s%s" % (days, self.d(3), self.r.choice("13579" if sex == "M" else "02468"))
            w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
            s = sum(int(ch) * w[i] for i, ch in enumerate(b))
            return b + str((s % 11) % 10)

    def id_nik(self, y, m, day, sex):
        dd = day + (40 if sex == "F" else 0)
        area = self.r.choice(["317101", "327302", "357801", "517102"])
        return "%s%02d%02d%02d%04d" % (area, dd, m, y % 100, self.r.randint(1, 2999))

    # -- passports (ICAO 9303)
    def mrz_td3(self, issuer, surname, given, docno, nat, dob, sex, exp, personal=""):
        name = (surname.upper().replace(" ", "<") + "<<" + given.upper().replace(" ", "<"))
        l1 = ("P<" + issuer + name + "<" * 44)[:44]
        doc = (docno + "<" * 9)[:9]
        pn = (personal + "<" * 14)[:14]
        pnc = mrz_check(pn) if personal else "0"
        parts = doc + mrz_check(doc), dob + mrz_check(dob), exp + mrz_check(exp), pn + pnc
        comp = mrz_check(parts[0] + parts[1] + parts[2] + parts[3])
        l2 = parts[0] + nat + parts[1] + sex + parts[2] + parts[3] + comp
        assert len(l1) == 44 and len(l2) == 44
        return l1, l2

    def mrz_td1(self, issuer, docno, dob, sex, exp, nat, surname, given):
        doc = (docno + "<" * 9)[:9]
        l1 = ("I<" + issuer + doc + mrz_check(doc) + "<" * 15)[:30]
        l2a = dob + mrz_check(dob) + sex + exp + mrz_check(exp) + nat + "<" * 11
        comp = mrz_check(l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29])
        l2 = l2a + comp
        l3 = (surname.upper().replace(" ", "<") + "<<" + given.upper().replace(" ", "<") + "<" * 30)[:30]
        assert len(l1) == 30 and len(l2) == 30, (l1, l2)
        return l1, l2, l3

    # -- money
    def card(self, brand="visa", fmt=True):
        r = self.r
        if brand == "visa":
            pre, ln = "4" + self.d(5), 16
        elif brand == "mc":
            pre, ln = (("5" + str(r.randint(1, 5))) if r.random() < 0.6 else str(r.randint(2221, 2720))), 16
        elif brand == "amex":
            pre, ln = r.choice(["34", "37"]), 15
        elif brand == "discover":
            pre, ln = "6011", 16
        elif brand == "jcb":
            pre, ln = str(r.randint(3528, 3589)), 16
        elif brand == "unionpay":
            pre, ln = "62" + r.choice(["22", "28", "12", "59"]), 16
        elif brand == "mir":
            pre, ln = "220" + str(r.randint(0, 4)), 16
        elif brand == "troy":
            pre, ln = "9792", 16
        elif brand == "rupay":
            pre, ln = "6521", 16
        elif brand == "elo":
            pre, ln = "6363", 16
        else:
            raise KeyError(brand)
        body = pre + self.d(ln - 1 - len(pre))
        n = body + luhn_digit(body)
        assert luhn_ok(n)
        if not fmt:
            return n
        if ln == 15:
            return "%s %s %s" % (n[:4], n[4:10], n[10:])
        return " ".join(n[i:i + 4] for i in range(0, ln, 4))

    def expiry(self):
        return "%02d/%02d" % (self.r.randint(1, 12), self.r.randint(26, 31))

    def cvv(self, n=3):
        return str(self.r.randint(1, 9)) + self.d(n - 1)

    def iban(self, cc, spaced=False):
        r = self.r
        d = self.d
        if cc == "DE":
            bban = r.choice(["10070000", "50010517", "20041133", "37040044", "76026000"]) + d(10)
        elif cc == "FR":
            bank, branch, acct = r.choice(["30004", "30003", "20041", "10278", "17515"]), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = "%s%s%s%02d" % (bank, branch, acct, key)
        elif cc == "ES":
            bank, branch, acct = r.choice(["2100", "0049", "0182", "2085", "0081"]), d(4), d(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s):
                v = 11 - sum(int(ch) * w[i] for i, ch in enumerate(s)) % 11
                return 0 if v == 11 else (1 if v == 10 else v)
            bban = "%s%s%d%d%s" % (bank, branch, dc("00" + bank + branch), dc(acct), acct)
        elif cc == "IT":
            abi, cab, conto = r.choice(["03069", "02008", "05034", "01030", "03062"]), d(5), d(12)
            bban = it_check_char(abi + cab + conto) + abi + cab + conto
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + d(10)
        elif cc == "BE":
            b = d(10)
            c = int(b) % 97 or 97
            bban = "%s%02d" % (b, c)
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(6) + d(8)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI"]) + d(6) + d(8)
        elif cc == "PL":
            s7 = r.choice(["102", "105", "109", "114", "124"]) + d(4)
            w = [3, 9, 7, 1, 3, 9, 7]
            c = (10 - sum(int(ch) * w[i] for i, ch in enumerate(s7)) % 10) % 10
            bban = s7 + str(c) + d(16)
        elif cc == "SE":
            bban = r.choice(["500", "800", "600", "300"]) + d(17)
        elif cc == "DK":
            bban = d(14)
        elif cc == "NO":
            while True:
                b = d(10)
                w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
                k = 11 - sum(int(ch) * w[i] for i, ch in enumerate(b)) % 11
                if k == 11:
                    k = 0
                if k < 10:
                    bban = b + str(k)
                    break
        elif cc == "FI":
            b = r.choice(["123456", "800012", "157135", "470970"]) + d(7)
            bban = b + luhn_digit(b)
        elif cc == "CH":
            bban = r.choice(["00762", "00235", "00700", "08390"]) + d(12)
        elif cc == "AT":
            bban = r.choice(["12000", "20111", "14000", "32000"]) + d(11)
        elif cc == "PT":
            b = r.choice(["0033", "0035", "0007", "0018"]) + d(4) + d(11)
            c = 98 - (int(b) * 100) % 97
            bban = "%s%02d" % (b, c)
        elif cc == "TR":
            bban = r.choice(["00010", "00062", "00046", "00064"]) + "0" + d(16)
        elif cc == "BR":
            bban = d(8) + d(5) + d(10) + r.choice("CP") + "1"
        elif cc == "IL":
            bban = r.choice(["010", "012", "020", "011"]) + d(3) + d(13)
        elif cc == "SA":
            bban = r.choice(["80", "10", "45", "20"]) + d(18)
        elif cc == "AE":
            bban = r.choice(["033", "026", "035"]) + d(16)
        elif cc == "GR":
            bban = r.choice(["011", "014", "017", "026"]) + d(4) + d(16)
        elif cc == "UA":
            bban = r.choice(["305299", "322001", "300465"]) + d(19)
        elif cc == "LU":
            bban = r.choice(["001", "002", "014"]) + d(13)
        else:
            raise KeyError(cc)
        iban = cc + iban_check(cc, bban) + bban
        assert iban_ok(iban), iban
        if spaced:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban
