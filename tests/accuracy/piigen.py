"""piigen.py - generators of valid (and deliberately invalid) personal-data
values and a small document builder, shared by gen_accuracy.py and
holdout_gen.py.

Everything here is written independently of the C library (no project code is
imported) so that the accuracy set checks the engine against a second
implementation of each checksum. Python 3 standard library only; every
function takes an explicit random.Random so output is deterministic.
"""

import base64
import json
import re

# ---------------------------------------------------------------------------
# Check-digit algorithms
# ---------------------------------------------------------------------------


def tckn_check(d9):
    """Returns the two check digits of a Turkish identity number given its
    first nine digits (list of ints): d10 uses a mathematical modulo."""
    odd = d9[0] + d9[2] + d9[4] + d9[6] + d9[8]
    even = d9[1] + d9[3] + d9[5] + d9[7]
    d10 = (7 * odd - even) % 10
    d11 = (sum(d9) + d10) % 10
    return d10, d11


def tckn_valid(s):
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    d = [int(c) for c in s]
    return tckn_check(d[:9]) == (d[9], d[10])


def vkn_check(first9):
    """Check digit of a Turkish tax number (VKN), python-stdnum tr.vkn."""
    s = 0
    for i, c in enumerate(reversed(first9), 1):
        c1 = (int(c) + i) % 10
        if c1:
            s += (c1 * (2 ** i)) % 9 or 9
    return (10 - s) % 10


def vkn_valid(s):
    return len(s) == 10 and s.isdigit() and vkn_check(s[:9]) == int(s[9])


VOEN_W = (4, 1, 8, 6, 2, 7, 5, 3)


def voen_valid(s):
    if len(s) != 10 or not s.isdigit() or s[9] not in "12":
        return False
    c = sum(w * int(x) for w, x in zip(VOEN_W, s[:8])) % 11
    return c != 10 and c == int(s[8])


def luhn_sum_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(prefix_digits):
    """Appends the Luhn check digit to a digit string."""
    for d in "0123456789":
        if luhn_sum_ok(prefix_digits + d):
            return prefix_digits + d
    raise AssertionError


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_valid(s):
    s = s.replace(" ", "")
    return len(s) > 4 and iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(country, bban):
    check = 98 - iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, check, bban)


# ---------------------------------------------------------------------------
# Random helpers
# ---------------------------------------------------------------------------
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = UP + "abcdefghijklmnopqrstuvwxyz" + DIG


def digits(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------------------
# National identifiers
# ---------------------------------------------------------------------------


def tckn(r):
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
    a, b = tckn_check(d)
    return "".join(map(str, d + [a, b]))


def tckn_invalid(r):
    """An 11-digit number (no leading 0) that fails the TCKN checksum."""
    while True:
        s = str(r.randint(1, 9)) + digits(r, 10)
        if not tckn_valid(s):
            return s


def vkn(r):
    """A valid VKN that is not also a valid VÖEN (so context decides nothing)."""
    while True:
        f = str(r.randint(0, 9)) + digits(r, 8)
        s = f + str(vkn_check(f))
        if not voen_valid(s):
            return s


def vkn_invalid(r):
    while True:
        s = digits(r, 10)
        if not vkn_valid(s) and not voen_valid(s):
            return s


def mersis(r):
    """MERSIS numbers as printed by Turkish companies: 0 + VKN + 0001 + digit."""
    return "0" + vkn(r) + "0001" + r.choice(DIG)


def voen(r):
    while True:
        f = [r.randint(0, 9) for _ in range(8)]
        c = sum(w * x for w, x in zip(VOEN_W, f)) % 11
        s = "".join(map(str, f)) + str(c) + r.choice("12")
        if c != 10 and not vkn_valid(s):
            return s


FIN_ALPHA = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def fin(r):
    while True:
        s = "".join(r.choice(FIN_ALPHA) for _ in range(7))
        if any(c.isalpha() for c in s) and any(c.isdigit() for c in s):
            return s


def product_code7(r):
    """7-character product/booking codes that look like a FİN."""
    return fin(r)


def az_id_card(r):
    if r.random() < 0.5:
        return "AZE" + digits(r, 8)
    return "AA" + digits(r, 7)


def az_passport(r):
    return "C" + digits(r, 8)


def tr_passport(r):
    return r.choice("UPSZ") + digits(r, 8)


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(r):
    while True:
        a, b = r.choice(UP), r.choice(UP)
        if a in NINO_BAD_FIRST or b in NINO_BAD_SECOND or a + b in NINO_BAD_PREFIX:
            continue
        num = digits(r, 6)
        suf = r.choice("ABCD")
        if r.random() < 0.5:
            return "%s%s %s %s %s %s" % (a, b, num[:2], num[2:4], num[4:], suf)
        return a + b + num + suf


def ssn(r):
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, r.randint(1, 99), r.randint(1, 9999))


# ---------------------------------------------------------------------------
# Financial
# ---------------------------------------------------------------------------
AZ_BANKS = ["NABZ", "AIIB", "IBAZ", "PAHA", "KAPI", "UBAZ", "ACAB", "BRES", "RZBA"]
TR_BANKS = ["00010", "00012", "00015", "00032", "00046", "00062", "00064", "00067",
            "00111", "00134", "00206", "00203"]


def iban(r, country=None):
    country = country or r.choice(["DE", "GB", "FR", "NL", "ES", "IT"])
    if country == "TR":
        bban = r.choice(TR_BANKS) + "0" + digits(r, 16)
    elif country == "AZ":
        bban = r.choice(AZ_BANKS) + digits(r, 20)
    elif country == "DE":
        bban = digits(r, 18)
    elif country == "GB":
        bban = r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(r, 14)
    elif country == "FR":
        bban = digits(r, 23)
    elif country == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO"]) + digits(r, 10)
    elif country == "ES":
        bban = digits(r, 20)
    elif country == "IT":
        bban = r.choice(UP) + digits(r, 22)
    else:
        raise ValueError(country)
    return iban_make(country, bban)


def iban_fmt(r, s):
    return group(s) if r.random() < 0.55 else s


def iban_invalid(r, country):
    s = iban(r, country)
    while True:
        bad = s[:2] + "%02d" % r.randint(2, 98) + s[4:]
        if not iban_valid(bad):
            return bad


def card_digits(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc2", "amex", "troy"])
    if brand == "visa":
        return luhn_complete("4" + digits(r, 14)), brand
    if brand == "mc":
        return luhn_complete(str(r.randint(51, 55)) + digits(r, 13)), brand
    if brand == "mc2":
        return luhn_complete(str(r.randint(2221, 2720)) + digits(r, 11)), brand
    if brand == "amex":
        return luhn_complete(r.choice(["34", "37"]) + digits(r, 12)), brand
    return luhn_complete("9792" + digits(r, 11)), brand


def card_fmt(r, s):
    if len(s) == 15:
        sep = r.choice([" ", "-", ""])
        return sep.join([s[:4], s[4:10], s[10:]]) if sep else s
    sep = r.choice([" ", " ", "-", ""])
    return group(s, 4, sep) if sep else s


def card(r, brand=None):
    s, _ = card_digits(r, brand)
    return card_fmt(r, s)


def card_invalid(r):
    """16 digits, card-like prefix, failing Luhn."""
    s, _ = card_digits(r, r.choice(["visa", "mc"]))
    last = (int(s[-1]) + r.randint(1, 9)) % 10
    s = s[:-1] + str(last)
    assert not luhn_sum_ok(s)
    return group(s, 4, r.choice([" ", "-"]))


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------
TR_MOBILE = ["501", "505", "506", "507", "530", "531", "532", "533", "534", "535",
             "536", "537", "538", "539", "541", "542", "543", "544", "545", "546",
             "549", "551", "552", "553", "554", "555", "559"]
TR_LAND = ["212", "216", "312", "232", "224", "242", "322", "332", "352", "362",
           "412", "442", "462"]


def phone_tr(r, mobile=None):
    if mobile is None:
        mobile = r.random() < 0.75
    a = r.choice(TR_MOBILE if mobile else TR_LAND)
    n = str(r.randint(2, 9)) + digits(r, 6)
    x, y, z = n[:3], n[3:5], n[5:]
    form = r.randint(0, 6)
    if form == 0:
        return "0%s %s %s %s" % (a, x, y, z)
    if form == 1:
        return "+90 (%s) %s-%s-%s" % (a, x, y, z)
    if form == 2:
        return "0 (%s) %s %s %s" % (a, x, y, z)
    if form == 3:
        return "+90%s%s" % (a, n)
    if form == 4:
        return "+90 %s %s %s %s" % (a, x, y, z)
    if form == 5:
        return "0%s%s" % (a, n)
    return "(0%s) %s %s%s" % (a, x, y, z)


AZ_MOBILE = ["10", "50", "51", "55", "60", "70", "77", "99"]


def phone_az(r, mobile=None):
    if mobile is None:
        mobile = r.random() < 0.8
    if mobile:
        a = r.choice(AZ_MOBILE)
        n = str(r.randint(2, 9)) + digits(r, 6)
    else:
        a = r.choice(["12", "12", "18"])
        n = (r.choice("45") if a == "12" else "6") + digits(r, 6)
    x, y, z = n[:3], n[3:5], n[5:]
    form = r.randint(0, 5)
    if form == 0:
        return "+994 %s %s %s %s" % (a, x, y, z)
    if form == 1:
        return "(0%s) %s-%s-%s" % (a, x, y, z)
    if form == 2:
        return "0%s %s %s %s" % (a, x, y, z)
    if form == 3:
        return "994%s%s" % (a, n)
    if form == 4:
        return "+994%s%s" % (a, n)
    return "+994 (%s) %s-%s-%s" % (a, x, y, z)


def phone_uk(r):
    if r.random() < 0.5:
        return "+44 7%s %s" % (digits(r, 3), digits(r, 6))
    return "+44 20 7%s %s" % (digits(r, 3), digits(r, 4))


def phone_us(r):
    a = r.choice(["212", "415", "646", "312", "617", "206", "512"])
    ex = str(r.randint(2, 9)) + digits(r, 2)
    sub = digits(r, 4)
    form = r.randint(0, 2)
    if form == 0:
        return "(%s) %s-%s" % (a, ex, sub)
    if form == 1:
        return "+1 %s %s %s" % (a, ex, sub)
    return "+1-%s-%s-%s" % (a, ex, sub)


# ---------------------------------------------------------------------------
# Network, accounts, secrets
# ---------------------------------------------------------------------------


def ipv4(r):
    k = r.random()
    if k < 0.3:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k < 0.5:
        return "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    return "%d.%d.%d.%d" % (r.choice([31, 46, 78, 85, 88, 94, 176, 185, 212, 213]),
                            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ipv6(r):
    h = ["%x" % r.randint(1, 0xffff) for _ in range(8)]
    k = r.randint(0, 2)
    if k == 0:
        return ":".join(h)
    if k == 1:
        return "2001:db8:%s::%s" % (h[0], h[1])
    return "fe80::%s:%s:%s:%s" % tuple(h[:4])


def mac(r):
    b = ["%02X" % r.randint(0, 255) for _ in range(6)]
    k = r.randint(0, 2)
    if k == 0:
        return ":".join(b)
    if k == 1:
        return "-".join(b)
    return ":".join(x.lower() for x in b)


def password(r):
    pool = UP + "abcdefghijkmnopqrstuvwxyz" + DIG + "!#$%&*?@^_-"
    while True:
        s = "".join(r.choice(pool) for _ in range(r.randint(10, 18)))
        if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                and any(c.islower() for c in s) and s[-1].isalnum() and s[0].isalnum()):
            return s


def aws_key(r):
    return "AKIA" + "".join(r.choice(UP + "234567") for _ in range(16))


def gh_token(r):
    return "ghp_" + "".join(r.choice(ALNUM) for _ in range(36))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r):
    head = b64u(b'{"alg":"HS256","typ":"JWT"}')
    body = b64u(json.dumps({"sub": digits(r, 7), "iat": 1700000000 + r.randint(0, 9999999),
                            "role": r.choice(["user", "admin", "agent"])},
                           separators=(",", ":")).encode())
    sig = b64u(bytes(r.randint(0, 255) for _ in range(32)))
    return head + "." + body + "." + sig


# ---------------------------------------------------------------------------
# Plates
# ---------------------------------------------------------------------------
TR_PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVYZ"


def plate_tr(r):
    p = "%02d" % r.randint(1, 81)
    n = r.randint(1, 3)
    let = "".join(r.choice(TR_PLATE_LETTERS) for _ in range(n))
    nd = {1: 4, 2: r.choice([3, 4]), 3: r.choice([2, 3])}[n]
    num = str(r.randint(1, 9)) + digits(r, nd - 1)
    return "%s %s %s" % (p, let, num) if r.random() < 0.8 else p + let + num


AZ_REGIONS = ["10", "90", "99", "77", "01", "20", "50", "60", "85"]


def plate_az(r):
    reg = r.choice(AZ_REGIONS)
    let = "".join(r.choice("ABCDEFGHJKLMNOPRSTUVXYZ") for _ in range(2))
    num = "%03d" % r.randint(1, 999)
    sep = r.choice(["-", " ", "-"])
    return sep.join([reg, let, num])


# ---------------------------------------------------------------------------
# Names, e-mails, handles
# ---------------------------------------------------------------------------
AZ_MALE = ["Əli", "Rəşad", "Elvin", "Orxan", "Tural", "Kamran", "Vüqar", "Nicat", "Ramil",
           "Elçin", "Fərid", "Cavid", "Anar", "Rauf", "Emin", "Səbuhi", "İlkin", "Murad"]
AZ_FEMALE = ["Leyla", "Aygün", "Günay", "Nərmin", "Səbinə", "Aysel", "Könül", "Ülviyyə",
             "Fidan", "Nigar", "Lalə", "Şəbnəm", "Aynur", "Zəhra", "Xədicə", "Gülnar"]
AZ_SUR = ["Məmmədov", "Əliyev", "Hüseynov", "Həsənov", "Quliyev", "İsmayılov", "Abbasov",
          "Rzayev", "Cəfərov", "Nəsirov", "Bağırov", "Qasımov", "Vəliyev", "Səfərov",
          "Kərimov", "Orucov"]
TR_MALE = ["Mehmet", "Ahmet", "Mustafa", "Emre", "Burak", "Murat", "Hakan", "Serkan",
           "Oğuz", "Barış", "Çağrı", "Kerem", "Onur", "Uğur", "Yusuf", "İbrahim"]
TR_FEMALE = ["Ayşe", "Fatma", "Zeynep", "Elif", "Merve", "Büşra", "Gülşen", "Özlem",
             "Derya", "Şeyma", "Ebru", "Cansu", "İpek", "Selin", "Tuğba", "Nur"]
TR_SUR = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
          "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Koç",
          "Kurt", "Güneş", "Erdoğan", "Polat"]
EN_FIRST = ["James", "Oliver", "Emma", "Sophie", "Daniel", "Hannah", "Thomas", "Charlotte",
            "Michael", "Emily", "George", "Grace", "Samuel", "Lucy", "Jack", "Amelia"]
EN_SUR = ["Smith", "Johnson", "Williams", "Brown", "Taylor", "Davies", "Wilson", "Evans",
          "Thompson", "Walker", "Wright", "Robinson", "Harris", "Clarke", "Hughes", "Lewis"]

TRANSLIT = str.maketrans({"ə": "e", "Ə": "E", "ı": "i", "İ": "I", "ş": "s", "Ş": "S",
                          "ç": "c", "Ç": "C", "ğ": "g", "Ğ": "G", "ö": "o", "Ö": "O",
                          "ü": "u", "Ü": "U", "x": "x"})


def person(r, lang):
    """Returns (first, last) for a person of the document's language."""
    if lang == "az":
        if r.random() < 0.5:
            return r.choice(AZ_MALE), r.choice(AZ_SUR)
        return r.choice(AZ_FEMALE), r.choice(AZ_SUR) + "a"
    if lang == "tr":
        return r.choice(TR_MALE + TR_FEMALE), r.choice(TR_SUR)
    return r.choice(EN_FIRST), r.choice(EN_SUR)


def ascii_name(s):
    return s.translate(TRANSLIT).lower()


DOMAINS = {
    "az": ["gmail.com", "mail.ru", "box.az", "azercell.com", "yahoo.com", "bakuelectronics.az",
           "kapitalbank.az", "ada.edu.az"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "turkcell.com.tr",
           "firma.com.tr", "metu.edu.tr"],
    "en": ["gmail.com", "outlook.com", "example.co.uk", "company.com", "yahoo.co.uk",
           "proton.me", "acme-corp.io"],
}


def email(r, lang, who=None):
    if who is None:
        who = person(r, lang)
    f, l = ascii_name(who[0]), ascii_name(who[1])
    local = r.choice([f + "." + l, f[0] + l, f + "_" + l + digits(r, 2), l + "." + f,
                      f + digits(r, 4)])
    return local + "@" + r.choice(DOMAINS[lang])


def handle(r, lang, who=None):
    if who is None:
        who = person(r, lang)
    f, l = ascii_name(who[0]), ascii_name(who[1])
    return "@" + r.choice([f + "_" + l, f + l[:3] + digits(r, 2), l + "." + f[0],
                           f + "official", "the_" + f + digits(r, 3)])


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------
MONTHS = {
    "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
           "sentyabr", "oktyabr", "noyabr", "dekabr"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
           "Eylül", "Ekim", "Kasım", "Aralık"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def date_parts(r, y0, y1):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def date_fmt(r, lang, y, m, d):
    k = r.randint(0, 3)
    if k == 0:
        return "%02d.%02d.%04d" % (d, m, y)
    if k == 1:
        return "%04d-%02d-%02d" % (y, m, d)
    if lang == "en":
        if k == 2:
            return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
        return "%d %s %d" % (d, MONTHS["en"][m - 1], y)
    if k == 2:
        return "%d %s %d" % (d, MONTHS[lang][m - 1], y)
    return "%02d/%02d/%04d" % (d, m, y)


def dob(r, lang):
    return date_fmt(r, lang, *date_parts(r, 1948, 2006))


def other_date(r, lang):
    return date_fmt(r, lang, *date_parts(r, 2019, 2025))


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------
AZ_STREETS = ["Nizami", "Füzuli", "Səməd Vurğun", "Üzeyir Hacıbəyov", "Rəşid Behbudov",
              "Xaqani", "Bülbül", "Azadlıq", "Neftçilər", "Cəfər Cabbarlı", "Mirzə İbrahimov",
              "Zərifə Əliyeva"]
AZ_CITIES = [("Bakı", "AZ10"), ("Sumqayıt", "AZ50"), ("Gəncə", "AZ20"), ("Şəki", "AZ55"),
             ("Lənkəran", "AZ42")]
AZ_DISTRICTS = ["Nəsimi", "Yasamal", "Səbail", "Nərimanov", "Xətai", "Binəqədi"]


def address_az(r):
    city, pc = r.choice(AZ_CITIES)
    pc = pc + digits(r, 2)
    st = r.choice(AZ_STREETS)
    kind = r.choice(["küçəsi", "küçəsi", "prospekti"])
    n, m = r.randint(1, 180), r.randint(1, 120)
    k = r.randint(0, 2)
    if k == 0:
        return "%s %s %d, mənzil %d, %s %s" % (st, kind, n, m, city, pc)
    if k == 1:
        return "%s şəhəri, %s rayonu, %s %s %d, mənzil %d" % (
            city, r.choice(AZ_DISTRICTS), st, kind, n, m)
    return "%s, %s şəh., %s küç. %d, mən. %d" % (pc, city, st, n, m)


TR_MAH = ["Atatürk", "Cumhuriyet", "Fatih", "Yenimahalle", "Bahçelievler", "Kızılay",
          "Moda", "Esentepe", "Barbaros", "Gazi Osman Paşa"]
TR_STREETS = ["Gül", "Lale", "Menekşe", "Çınar", "Akasya", "Papatya", "Ihlamur", "Zambak"]
TR_CITIES = [("Çankaya", "Ankara", "06"), ("Kadıköy", "İstanbul", "34"),
             ("Üsküdar", "İstanbul", "34"), ("Konak", "İzmir", "35"),
             ("Nilüfer", "Bursa", "16"), ("Muratpaşa", "Antalya", "07")]


def address_tr(r):
    ilce, il, code = r.choice(TR_CITIES)
    pc = code + digits(r, 3)
    mah, sk = r.choice(TR_MAH), r.choice(TR_STREETS)
    n, d = r.randint(1, 99), r.randint(1, 30)
    k = r.randint(0, 2)
    if k == 0:
        return "%s Mahallesi, %s Sokak No: %d Daire: %d, %s %s/%s" % (mah, sk, n, d, pc, ilce, il)
    if k == 1:
        return "%s Mah. %s Sk. No:%d D:%d %s %s / %s" % (mah, sk, n, d, pc, ilce, il)
    return "%s Caddesi No:%d/%d %s/%s" % (r.choice(["İnönü", "Bağdat", "Cumhuriyet", "İstiklal"]),
                                         n, d, ilce, il)


EN_STREETS = ["Baker Street", "High Street", "Station Road", "Church Lane", "Victoria Road",
              "Park Avenue", "Oak Street", "Maple Drive", "King Street"]


def address_en(r):
    k = r.randint(0, 2)
    n = r.randint(1, 250)
    if k == 0:
        city, pc = r.choice([("London", "NW1 6XE"), ("Manchester", "M1 1AE"),
                             ("Leeds", "LS1 4DT"), ("Bristol", "BS1 5TR"),
                             ("Oxford", "OX1 2JD")])
        return "%d %s, %s %s" % (n, r.choice(EN_STREETS), city, pc)
    if k == 1:
        city, pc = r.choice([("London", "SW1A 2AA"), ("Edinburgh", "EH1 1YZ"),
                             ("Cardiff", "CF10 1EP")])
        return "Flat %d, %d %s, %s %s" % (r.randint(1, 40), n, r.choice(EN_STREETS), city, pc)
    city, st, z = r.choice([("Springfield", "IL", "62704"), ("Austin", "TX", "78701"),
                            ("Seattle", "WA", "98101"), ("Boston", "MA", "02118")])
    return "%d %s, %s, %s %s" % (n, r.choice(EN_STREETS), city, st, z)


# ---------------------------------------------------------------------------
# Lookalike negatives (must not be reported)
# ---------------------------------------------------------------------------


def amount(r, lang):
    v = r.randint(1000, 9999999)
    c = r.randint(0, 99)
    if lang == "en":
        return "%s%s.%02d" % (r.choice(["$", "£", "€"]), "{:,}".format(v), c)
    s = "{:,}".format(v).replace(",", ".") + ",%02d" % c
    return s + " " + (r.choice(["AZN", "manat"]) if lang == "az" else r.choice(["TL", "₺"]))


def isbn13(r):
    body = "978" + r.choice(["605", "975", "9952", "1"])
    body += digits(r, 12 - len(body))
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - tot % 10) % 10
    s = body + str(chk)
    return "%s-%s-%s-%s-%s" % (s[:3], s[3:6], s[6:8], s[8:12], s[12])


def version(r):
    return "%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 99))


def build_id(r):
    return "%d.%d.%d-build%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9),
                                 r.randint(1000, 9999))


def timestamp(r):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(2022, 2025), r.randint(1, 12),
                                               r.randint(1, 28), r.randint(0, 23),
                                               r.randint(0, 59), r.randint(0, 59))


def invoice(r):
    return r.choice(["INV-%d-%06d", "FTR-%d-%06d", "QF-%d-%06d"]) % (
        r.randint(2022, 2025), r.randint(1, 999999))


def e_invoice(r):
    return r.choice(["GIB", "ABC", "EAR"]) + str(r.randint(2022, 2025)) + digits(r, 9)


def tracking(r):
    k = r.randint(0, 2)
    if k == 0:
        return "1Z" + "".join(r.choice(UP + DIG) for _ in range(16))
    if k == 1:
        return r.choice(["RR", "CP", "EE"]) + digits(r, 9) + r.choice(["TR", "AZ", "GB"])
    return digits(r, 12)


def short_ref(r):
    """Phone-shaped but too short to be a phone: e.g. 055-123-45."""
    return "%s-%s-%s" % (digits(r, 3), digits(r, 3), digits(r, 2))


def account_no(r):
    """A 20-digit domestic account number (not an IBAN, no country code)."""
    return digits(r, 20)


# ---------------------------------------------------------------------------
# Document builder
# ---------------------------------------------------------------------------
SLOT = re.compile(r"\[\[([A-Za-z0-9_]+)\]\]")


class Doc:
    """Accumulates text and records entity spans as UTF-8 byte offsets."""

    def __init__(self, doc_id, lang):
        self.id, self.lang = doc_id, lang
        self.parts = []
        self.nbytes = 0
        self.entities = []
        self.lookalikes = []

    def text(self, s):
        self.parts.append(s)
        self.nbytes += len(s.encode("utf-8"))

    def ent(self, typ, s):
        start = self.nbytes
        self.text(s)
        self.entities.append({"type": typ, "start": start, "end": self.nbytes})

    def neg(self, kind, s):
        start = self.nbytes
        self.text(s)
        self.lookalikes.append({"kind": kind, "start": start, "end": self.nbytes})

    def fill(self, template, slots):
        """Expands [[NAME]] slots: slots[NAME]() returns (kind, value) where
        kind is an entity type, 'NEG:<kind>' for a lookalike, '' for plain
        text, or a list of such pairs."""
        pos = 0
        for m in SLOT.finditer(template):
            self.text(template[pos:m.start()])
            out = slots[m.group(1)]()
            for kind, value in (out if isinstance(out, list) else [out]):
                if not kind:
                    self.text(value)
                elif kind.startswith("NEG:"):
                    self.neg(kind[4:], value)
                else:
                    self.ent(kind, value)
            pos = m.end()
        self.text(template[pos:])

    def record(self):
        text = "".join(self.parts)
        b = text.encode("utf-8")
        for e in self.entities + self.lookalikes:
            piece = b[e["start"]:e["end"]].decode("utf-8")
            assert piece == piece.strip() and piece, (self.id, piece)
        return {"id": self.id, "lang": self.lang, "text": text,
                "entities": self.entities, "lookalikes": self.lookalikes}


def self_test():
    assert tckn_valid("10000000146") and tckn_valid("19090909018")
    assert not tckn_valid("10000000147")
    assert vkn_valid("4540536920") and not vkn_valid("4540536921")
    assert voen_valid("1401555071") and not voen_valid("1401555061")
    assert iban_valid("GB82 WEST 1234 5698 7654 32")
    assert iban_valid("TR330006100519786457841326")
    assert luhn_sum_ok("4111111111111111") and not luhn_sum_ok("4111111111111112")


self_test()


# ---------------------------------------------------------------------------
# Slot registry shared by the generators
# ---------------------------------------------------------------------------


def make_slots(r, lang):
    """Returns the [[SLOT]] generators for one document. The document has a
    main person (NAME, FIRST, EMAIL, HANDLE refer to them) and a second one
    (NAME2, FIRST2)."""
    who = person(r, lang)
    who2 = person(r, lang)
    while who2 == who:
        who2 = person(r, lang)
    other = {"az": "tr", "tr": "az", "en": "tr"}[lang]

    def P(t, v):
        return lambda: (t, v() if callable(v) else v)

    s = {
        "NAME": P("PERSON", who[0] + " " + who[1]),
        "NAME2": P("PERSON", who2[0] + " " + who2[1]),
        "FIRST": P("PERSON", who[0]),
        "FIRST2": P("PERSON", who2[0]),
        "LAST": P("PERSON", who[1]),
        "XNAME": lambda: ("PERSON", " ".join(person(r, other))),
        "TCKN": P("TR_TCKN", lambda: tckn(r)),
        "VKN": P("TR_VKN", lambda: vkn(r)),
        "MERSIS": P("TR_MERSIS", lambda: mersis(r)),
        "VOEN": P("AZ_VOEN", lambda: voen(r)),
        "FIN": P("AZ_FIN", lambda: fin(r)),
        "AZID": P("AZ_ID_CARD", lambda: az_id_card(r)),
        "PASS_AZ": P("AZ_PASSPORT", lambda: az_passport(r)),
        "PASS_TR": P("TR_PASSPORT", lambda: tr_passport(r)),
        "NINO": P("UK_NINO", lambda: nino(r)),
        "SSN": P("US_SSN", lambda: ssn(r)),
        "IBAN_TR": P("IBAN", lambda: iban_fmt(r, iban(r, "TR"))),
        "IBAN_AZ": P("IBAN", lambda: iban_fmt(r, iban(r, "AZ"))),
        "IBAN_EU": P("IBAN", lambda: iban_fmt(r, iban(r))),
        "CARD": P("CREDIT_CARD", lambda: card(r)),
        "PH_TR": P("PHONE", lambda: phone_tr(r)),
        "PH_TR_LAND": P("PHONE", lambda: phone_tr(r, False)),
        "PH_AZ": P("PHONE", lambda: phone_az(r)),
        "PH_AZ_LAND": P("PHONE", lambda: phone_az(r, False)),
        "PH_UK": P("PHONE", lambda: phone_uk(r)),
        "PH_US": P("PHONE", lambda: phone_us(r)),
        "EMAIL": P("EMAIL", lambda: email(r, lang, who)),
        "EMAIL2": P("EMAIL", lambda: email(r, lang, who2)),
        "IP4": P("IP_ADDRESS", lambda: ipv4(r)),
        "IP6": P("IP_ADDRESS", lambda: ipv6(r)),
        "MAC": P("MAC_ADDRESS", lambda: mac(r)),
        "HANDLE": P("SOCIAL_HANDLE", lambda: handle(r, lang, who)),
        "HANDLE2": P("SOCIAL_HANDLE", lambda: handle(r, lang, who2)),
        "DOB": P("DATE_OF_BIRTH", lambda: dob(r, lang)),
        "ADDR_AZ": P("ADDRESS", lambda: address_az(r)),
        "ADDR_TR": P("ADDRESS", lambda: address_tr(r)),
        "ADDR_EN": P("ADDRESS", lambda: address_en(r)),
        "PLATE_TR": P("TR_PLATE", lambda: plate_tr(r)),
        "PLATE_AZ": P("AZ_PLATE", lambda: plate_az(r)),
        "PWD": P("CREDENTIAL", lambda: password(r)),
        "AWS": P("CREDENTIAL", lambda: aws_key(r)),
        "GHP": P("CREDENTIAL", lambda: gh_token(r)),
        "JWT": P("CREDENTIAL", lambda: jwt(r)),
        # lookalikes
        "ORDER11": P("NEG:tckn_checksum", lambda: tckn_invalid(r)),
        "NUM10": P("NEG:ten_digit_number", lambda: vkn_invalid(r)),
        "IBAN_TR_BAD": P("NEG:iban_checksum", lambda: iban_fmt(r, iban_invalid(r, "TR"))),
        "IBAN_AZ_BAD": P("NEG:iban_checksum", lambda: iban_fmt(r, iban_invalid(r, "AZ"))),
        "IBAN_EU_BAD": P("NEG:iban_checksum",
                         lambda: iban_fmt(r, iban_invalid(r, r.choice(["DE", "GB", "FR"])))),
        "CARD_BAD": P("NEG:luhn_fail", lambda: card_invalid(r)),
        "PROD7": P("NEG:code7_no_context", lambda: product_code7(r)),
        "AMOUNT": P("NEG:amount", lambda: amount(r, lang)),
        "ISBN": P("NEG:isbn", lambda: isbn13(r)),
        "VER": P("NEG:version", lambda: version(r)),
        "BUILD": P("NEG:version", lambda: build_id(r)),
        "TS": P("NEG:timestamp", lambda: timestamp(r)),
        "DATE": P("NEG:date_not_birth", lambda: other_date(r, lang)),
        "INV": P("NEG:invoice", lambda: invoice(r)),
        "EINV": P("NEG:invoice", lambda: e_invoice(r)),
        "TRACK": P("NEG:tracking", lambda: tracking(r)),
        "SHORTREF": P("NEG:short_number", lambda: short_ref(r)),
        "ACCT": P("NEG:account_number", lambda: account_no(r)),
    }
    return s
