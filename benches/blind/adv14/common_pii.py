"""PII fake-value generators (mixed into common.G).

Cards are Luhn-valid, IBANs carry valid ISO 13616 check digits, SSNs and
NINOs respect the published allocation rules; all values are random.
"""
import re

_BAD = re.compile(r"(.)\1\1\1|1234")


class PiiMixin:
    def luhn(self, prefix, length):
        while True:
            body = prefix + self.digits(length - len(prefix) - 1)
            tot = 0
            for i, ch in enumerate(reversed(body)):
                d = int(ch)
                if i % 2 == 0:
                    d *= 2
                    if d > 9:
                        d -= 9
                tot += d
            num = body + str((10 - tot % 10) % 10)
            if not _BAD.search(num):
                return num

    def card(self, brand="visa", sep=" "):
        if brand == "amex":
            n = self.luhn(self.pick(["34", "37"]), 15)
            return sep.join([n[:4], n[4:10], n[10:]])
        pre = {"visa": "4", "mc": self.pick(["51", "53", "55", "2221", "2720"]),
               "disc": "6011"}[brand]
        n = self.luhn(pre, 16)
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def iban(self, cc="DE", spaced=True):
        if cc == "DE":
            bban = self.digits(8) + self.digits(10)
        elif cc == "GB":
            bban = self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.digits(6) + self.digits(8)
        elif cc == "NL":
            while True:
                acct = self.digits(10)
                if sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
                    break
            bban = self.pick(["ABNA", "RABO", "INGB", "SNSB"]) + acct
        elif cc == "AT":
            bban = self.digits(16)
        elif cc == "CH":
            bban = self.digits(17)
        elif cc == "IE":
            bban = self.pick(["AIBK", "BOFI"]) + self.digits(14)
        else:
            raise ValueError(cc)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = "%02d" % (98 - int(num) % 97)
        v = cc + chk + bban
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v

    def ssn(self):
        while True:
            a = self.num(1, 899)
            if a == 666:
                continue
            v = "%03d-%02d-%04d" % (a, self.num(1, 99), self.num(1, 9999))
            if not _BAD.search(v.replace("-", "")):
                return v

    def nino(self, spaced=True):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.pick(first) + self.pick(second)
            if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        d = self.digits(6)
        suf = self.pick("ABCD")
        if spaced:
            return "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], suf)
        return pre + d + suf

    def ipv4(self):
        while True:
            a = self.num(23, 223)
            if a in (127, 100, 169, 172, 192, 198, 203, 10):
                continue
            return "%d.%d.%d.%d" % (a, self.num(0, 255), self.num(0, 255), self.num(1, 254))

    def ipv6(self):
        return "2a02:%s:%s:%s::%s" % (self.hx(4).lstrip("0") or "c7", self.hx(4), self.hx(3), self.hx(3))

    def phone(self, cc):
        d = self.digits
        if cc == "US":
            area = self.pick(["212", "312", "415", "503", "617", "702", "206", "404", "512",
                              "602", "713", "808", "919", "720", "614", "971"])
            return "(%s) %d%s-%s" % (area, self.num(2, 9), self.pick(["23", "47", "61", "84", "39", "72"]), d(4))
        if cc == "UK":
            return "+44 7%s %s" % (d(3), d(6))
        if cc == "DE":
            return "+49 151 %s %s" % (d(4), d(4))
        if cc == "FR":
            return "+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2))
        if cc == "ES":
            return "+34 6%s %s %s" % (d(2), d(3), d(3))
        if cc == "IT":
            return "+39 3%s %s %s" % (d(2), d(3), d(4))
        if cc == "NL":
            return "+31 6 %s %s" % (d(4), d(4))
        if cc == "BR":
            return "+55 11 9%s-%s" % (d(4), d(4))
        if cc == "IN":
            return "+91 9%s %s" % (d(4), d(5))
        if cc == "JP":
            return "+81 90-%s-%s" % (d(4), d(4))
        if cc == "AU":
            return "+61 4%s %s %s" % (d(2), d(3), d(3))
        if cc == "ZA":
            return "+27 82 %s %s" % (d(3), d(4))
        if cc == "MX":
            return "+52 55 %s %s" % (d(4), d(4))
        if cc == "PL":
            return "+48 5%s %s %s" % (d(2), d(3), d(3))
        if cc == "SE":
            return "+46 70 %s %s %s" % (d(3), d(2), d(2))
        if cc == "IE":
            return "+353 87 %s %s" % (d(3), d(4))
        raise ValueError(cc)

    FIRST = ["Ayesha", "Tomasz", "Ingrid", "Kwame", "Lucia", "Dmitri", "Mei", "Oluwaseun",
             "Freya", "Rafael", "Siobhan", "Haruto", "Zanele", "Mateo", "Priya", "Gustav"]
    LAST = ["Okafor", "Lindqvist", "Moreau", "Nakamura", "Brennan", "Castellanos", "Hughes",
            "Petrovic", "Adeyemi", "Kowalczyk", "Ferreira", "Sato", "Dlamini", "Whitfield"]
    DOMAINS = ["gmail.com", "outlook.com", "fastmail.com", "proton.me", "yahoo.co.uk",
               "web.de", "icloud.com", "hey.com"]

    def person(self):
        f, l = self.pick(self.FIRST), self.pick(self.LAST)
        return f, l

    def email(self, f, l, domain=None):
        domain = domain or self.pick(self.DOMAINS)
        sep = self.pick([".", "_", ""])
        tail = self.pick(["", str(self.num(7, 99))])
        return ("%s%s%s%s@%s" % (f, sep, l, tail, domain)).lower()
