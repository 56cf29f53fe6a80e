#!/usr/bin/env python3
"""gen_accuracy.py - writes the labelled accuracy set tests/accuracy/accuracy.jsonl.

Deterministic (fixed seed): running it again reproduces the committed file
byte for byte. Each line is one document:
  {"id", "lang", "text", "entities": [{"type","start","end"}],
   "lookalikes": [{"kind","start","end"}]}
with UTF-8 byte offsets, end exclusive. `lookalikes` are spans that resemble
personal data but are not (checksum failures, amounts, versions, ...); a
prediction overlapping one is a lookalike false positive. See README.md for the
annotation conventions.

Usage: python3 tests/accuracy/gen_accuracy.py [--seed N] [--docs N] [--out FILE]
"""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import piigen  # noqa: E402

# A template is a list of segments; a segment is a string with [[SLOT]]s or a
# tuple of alternative strings (one is chosen per document). [[FILL]] inserts
# zero to two neutral sentences of the document's language.

AZ = [
    # bank letter
    ["Hörmətli [[NAME]],\n\n[[FILL]]",
     ("Sizin [[DATE]] tarixli müraciətinizə əsasən hesabınız yeniləndi. ",
      "[[DATE]] tarixində göndərdiyiniz ərizə baxılıb və təsdiqlənib. "),
     ("Hesab sahibinin FİN kodu: [[FIN]], şəxsiyyət vəsiqəsinin seriya nömrəsi: [[AZID]]. ",
      "Müştərinin fərdi identifikasiya nömrəsi (FİN) [[FIN]], vəsiqə: [[AZID]]. "),
     "Vəsaitin köçürüləcəyi hesab: [[IBAN_AZ]].\n[[FILL]]",
     ("Əlavə suallar üçün [[PH_AZ]] nömrəsi ilə əlaqə saxlaya bilərsiniz.",
      "Suallarınız olarsa, bizə [[PH_AZ_LAND]] nömrəsinə zəng edin və ya [[EMAIL2]] ünvanına yazın."),
     "\n\nHörmətlə,\nMüştəri xidmətləri departamenti"],
    # chat with an operator
    ["[[FIRST]]: Salam, kartımı bloklamaq istəyirəm, itirmişəm\n",
     "Operator: Salam! Zəhmət olmasa kartın nömrəsini yazın\n",
     "[[FIRST]]: [[CARD]]\n",
     "Operator: Təşəkkürlər. Təhlükəsizlik üçün doğum tarixinizi yazın.\n",
     ("[[FIRST]]: [[DOB]]\n", "[[FIRST]]: doğum tarixim [[DOB]]\n"),
     "Operator: Kart bloklandı. Sifariş nömrəsi [[ORDER11]] olan əməliyyat da ləğv edildi. ",
     "Yeni kart [[DATE]] tarixinə hazır olacaq.\n[[FIRST]]: Çox sağ olun!"],
    # support ticket
    ["Müraciət № [[INV]]\nMüştəri: [[NAME]]\n",
     ("Telefon: [[PH_AZ]]\n", "Mobil nömrə: [[PH_AZ]]\n"),
     "E-poçt: [[EMAIL]]\nÇatdırılma ünvanı: [[ADDR_AZ]]\n",
     "Problem: Sifariş hələ çatdırılmayıb, izləmə kodu [[TRACK]]. Ödənilən məbləğ: [[AMOUNT]].\n",
     "[[FILL]]Status: açıq"],
    # application form
    ["ANKET\nSoyadı, adı: [[NAME]]\n",
     ("Doğum tarixi: [[DOB]]\n", "Doğum tarixi və yeri: [[DOB]], Bakı\n"),
     "FİN: [[FIN]]\n",
     ("Pasport nömrəsi: [[PASS_AZ]]\n", "Xarici pasport: [[PASS_AZ]]\n"),
     "Qeydiyyat ünvanı: [[ADDR_AZ]]\nMobil: [[PH_AZ]]\n",
     ("VÖEN (fərdi sahibkar): [[VOEN]]\n", "Vergi ödəyicisinin eyniləşdirmə nömrəsi: [[VOEN]]\n"),
     "Məhsul kodu: [[PROD7]]\nİmza: __________"],
    # bank transfer note
    [("Ödəniş tapşırığı: [[AMOUNT]] məbləğində vəsait ", "Köçürmə: [[AMOUNT]], "),
     "alan: [[NAME]], VÖEN [[VOEN]], hesab [[IBAN_AZ]]. ",
     "Təyinat: [[INV]] saylı qaimə-faktura üzrə ödəniş. ",
     "Göndərən: [[NAME2]], hesab [[IBAN_AZ]].\n",
     "Qeyd: əvvəlki tapşırıqda göstərilən [[IBAN_AZ_BAD]] hesabı səhv yazılmışdı, ödəniş geri qaytarılıb."],
    # HR record
    ["Kadrlar şöbəsi - işçi kartı\n",
     "İşçi: [[NAME]]\nDoğum tarixi: [[DOB]]\n",
     ("Fərdi identifikasiya nömrəsi: [[FIN]]\n", "FIN kod: [[FIN]]\n"),
     "Şəxsiyyət vəsiqəsi: [[AZID]]\nƏmək haqqı kartı: [[CARD]]\n",
     "Xidməti avtomobil: [[PLATE_AZ]]\nKorporativ e-poçt: [[EMAIL]]\n[[FILL]]"],
    # news paragraph
    ["Bakı, [[DATE]]. [[FILL]]",
     ("Yol polisi [[PLATE_AZ]] dövlət qeydiyyat nişanlı avtomobilin sürücüsünü saxlayıb. ",
      "Paytaxtda [[PLATE_AZ]] nömrə nişanlı minik avtomobili qəzaya düşüb. "),
     "Daxili İşlər Nazirliyinin mətbuat xidmətinin rəisi [[NAME]] bildirib ki, araşdırma davam edir. ",
     "Eyni zamanda [[PROD7]] kodlu məhsul partiyası satışdan çıxarılıb, dəymiş ziyan [[AMOUNT]] həcmində qiymətləndirilir. [[FILL]]"],
    # social media
    [("Instagram səhifəm: [[HANDLE]], ", "Mənim Instagram hesabım [[HANDLE]], "),
     "Telegram kanalımız: [[HANDLE2]] — yeniliklər üçün izləyin! ",
     "Sifarişlər üçün WhatsApp: [[PH_AZ]]. [[FILL]]"],
    # system log
    ["[[TS]] INFO istifadəçi [[EMAIL]] [[IP4]] ünvanından sistemə daxil oldu\n",
     "[[TS]] WARN cihazın MAC ünvanı [[MAC]] qeydə alınmayıb, proqram versiyası [[VER]]\n",
     "[[TS]] ERROR sessiya tokeni rədd edildi: [[JWT]]\n",
     "[[TS]] INFO IPv6 bağlantısı: [[IP6]]"],
    # leaked credentials
    ["Test serverinə giriş məlumatları:\nlogin: admin\n",
     ("parol: [[PWD]]\n", "şifrə: [[PWD]]\n"),
     "AWS açarı: [[AWS]]\nGitHub token: [[GHP]]\n",
     "Server versiyası [[BUILD]]. Xahiş edirəm heç kimə göndərməyin."],
    # car sale ad
    ["Satılır: Toyota Prius, 2016-cı il, yürüş 120 000 km, dövlət nişanı [[PLATE_AZ]]. ",
     "Qiymət: [[AMOUNT]]. [[FILL]]Əlaqə: [[PH_AZ]] ([[FIRST]]). ",
     "Elan kodu [[PROD7]]."],
    # partner in Turkey
    ["Türkiyədəki tərəfdaşımız [[XNAME]] ilə görüş [[DATE]] tarixinə təyin olunub. ",
     "Onun əlaqə nömrəsi [[PH_TR]], şirkətin VKN-i [[VKN]]. ",
     "Müqavilə üzrə ödəniş [[IBAN_TR]] hesabına ediləcək. Faktura: [[INV]]. [[FILL]]"],
]

TR = [
    # bank letter
    ["Sayın [[NAME]],\n\n[[FILL]]",
     ("T.C. Kimlik No: [[TCKN]] olan müşterimiz adına [[DATE]] tarihinde kredi kartı başvurusu alınmıştır. ",
      "[[TCKN]] T.C. kimlik numaralı başvurunuz [[DATE]] tarihinde onaylanmıştır. "),
     "[[CARD]] numaralı kartınız ile ilişkilendirilen hesabınızın IBAN'ı [[IBAN_TR]] olarak kaydedilmiştir.\n",
     "[[FILL]]Bilgi için [[PH_TR_LAND]] numaralı çağrı merkezimizi arayabilirsiniz.\n\nSaygılarımızla",
     ("", "\n--\nMarmara Yatırım Bankası A.Ş. | MERSİS No: [[MERSIS]]")],
    # e-commerce complaint
    ["Merhaba, [[DATE]] tarihinde verdiğim [[ORDER11]] numaralı sipariş hâlâ gelmedi. ",
     "Kargo takip no: [[TRACK]]. Ödediğim tutar [[AMOUNT]]. ",
     ("Bana [[PH_TR]] numarasından ya da [[EMAIL]] adresinden ulaşabilirsiniz. ",
      "Cep telefonum [[PH_TR]], e-posta adresim [[EMAIL]]. "),
     "Teslimat adresi: [[ADDR_TR]]\n[[FILL]]İyi çalışmalar, [[NAME]]"],
    # invoice
    ["e-Arşiv Fatura\nFatura No: [[EINV]]\n",
     "Satıcı: Anadolu Bilişim A.Ş., Vergi Dairesi: Kadıköy, VKN: [[VKN]]\n",
     ("MERSİS No: [[MERSIS]]\n", "Mersis numarası: [[MERSIS]]\n"),
     "Alıcı: [[NAME]], TCKN: [[TCKN]]\nAdres: [[ADDR_TR]]\n",
     "Ürün: Kitap, ISBN [[ISBN]]\nToplam: [[AMOUNT]]\nDüzenlenme zamanı: [[TS]]"],
    # HR form
    ["Personel Bilgi Formu\nAdı Soyadı: [[NAME]]\n",
     "T.C. Kimlik Numarası: [[TCKN]]\n",
     ("Doğum Tarihi: [[DOB]]\n", "Doğum tarihi ve yeri: [[DOB]] / Ankara\n"),
     "Pasaport No: [[PASS_TR]]\nAdres: [[ADDR_TR]]\n",
     "Cep Tel: [[PH_TR]]\nMaaş IBAN: [[IBAN_TR]]\nAraç plakası: [[PLATE_TR]]\n[[FILL]]"],
    # WhatsApp chat
    ["[14:02] [[FIRST]]: abi plakası [[PLATE_TR]] olan araç senin mi?\n",
     "[14:03] [[FIRST2]]: evet, ne oldu?\n",
     "[14:03] [[FIRST]]: otoparkta kapını çizmişler, müsait olunca beni ara [[PH_TR]]\n",
     "[14:05] [[FIRST2]]: tamam, sigorta için ruhsattaki kimlik no lazım mı? [[TCKN]]\n",
     "[14:06] [[FIRST]]: evet, bir de poliçe no [[NUM10]]"],
    # bank transfer receipt
    ["Havale/EFT Dekontu\nGönderen: [[NAME]] ([[IBAN_TR]])\n",
     "Alıcı: [[NAME2]] ([[IBAN_TR]])\nTutar: [[AMOUNT]]\n",
     "Açıklama: kira ödemesi, referans [[INV]]\nİşlem zamanı: [[TS]]\n",
     "Not: [[IBAN_TR_BAD]] numaralı IBAN hatalı olduğu için önceki işlem reddedilmiştir."],
    # news paragraph
    ["İstanbul'da [[DATE]] günü meydana gelen kazada [[PLATE_TR]] plakalı otomobil bariyerlere çarptı. ",
     "[[FILL]]Olay yerine gelen ekipler sürücü [[NAME]] isimli vatandaşı hastaneye kaldırdı. ",
     "Hasarın [[AMOUNT]] olduğu tahmin ediliyor. [[FILL]]"],
    # log lines
    ["[[TS]] WARN auth: başarısız giriş denemesi kullanıcı=[[EMAIL]] ip=[[IP4]] sürüm=[[VER]]\n",
     "[[TS]] INFO dhcp: [[MAC]] cihazına [[IP4]] adresi verildi\n",
     "[[TS]] DEBUG istek kimliği [[TRACK]], yanıt süresi 182 ms"],
    # social
    [("Twitter hesabım [[HANDLE]], ", "X'te beni [[HANDLE]] olarak bulabilirsiniz, "),
     "Instagram'dan da [[HANDLE2]] hesabını takip edebilirsiniz. ",
     "İş birlikleri için: [[EMAIL]] [[FILL]]"],
    # credentials in a config paste
    [".env dosyası yanlışlıkla paylaşıldı, lütfen hemen değiştirin:\n",
     "DB_PASSWORD=[[PWD]]\nGITHUB_TOKEN=[[GHP]]\n",
     ("AWS_ACCESS_KEY_ID=[[AWS]]\n", "aws anahtarı: [[AWS]]\n"),
     "Uygulama sürümü [[BUILD]]."],
    # sole proprietor form
    ["Şahıs Şirketi Kayıt Formu\nYetkili: [[NAME]]\nDoğum tarihi: [[DOB]]\n",
     "Vergi Kimlik No: [[VKN]]\nİş telefonu: [[PH_TR_LAND]]\nGSM: [[PH_TR]]\n",
     "İş yeri adresi: [[ADDR_TR]]\nSicil No: [[SHORTREF]]\n[[FILL]]"],
    # Azerbaijani customer in a Turkish ticket
    ["Destek talebi #[[INV]]: Bakü'den müşterimiz [[XNAME]] aradı. ",
     "Azerbaycan numarası [[PH_AZ]], pasaport numarası [[PASS_AZ]]. ",
     "Ödeme [[IBAN_AZ]] hesabından yapılacak. Kart numarası olarak [[CARD_BAD]] yazmış, Luhn kontrolünden geçmedi."],
]

EN = [
    # UK HR letter
    ["Dear [[NAME]],\n\n[[FILL]]",
     "Thank you for returning your starter form. We have recorded your National Insurance number as [[NINO]] ",
     "and your salary will be paid into the account [[IBAN_EU]] from the next payroll run on [[DATE]].\n",
     ("Your home address is listed as [[ADDR_EN]]. ", "Correspondence will be sent to [[ADDR_EN]]. "),
     "If anything is wrong, call us on [[PH_UK]].\n\nKind regards,\nPeople Team"],
    # US application form
    ["Applicant: [[NAME]]\nSSN: [[SSN]]\n",
     ("Date of birth: [[DOB]]\n", "DOB: [[DOB]]\n"),
     "Phone: [[PH_US]]\nEmail: [[EMAIL]]\nAddress: [[ADDR_EN]]\n",
     "Application ID: [[INV]]\n[[FILL]]"],
    # support ticket
    ["Ticket [[INV]] - double charge\nCustomer [[NAME]] reports that card [[CARD]] was charged twice ([[AMOUNT]] each). ",
     "[[FILL]]Order tracking number: [[TRACK]]. The barcode on the receipt reads [[CARD_BAD]]. ",
     "Contact: [[EMAIL]], [[PH_UK]]."],
    # server logs
    ["[[TS]] INFO sshd: Accepted publickey for deploy from [[IP4]] port 52214\n",
     "[[TS]] ERROR api: bearer token [[JWT]] rejected for user [[EMAIL]] from [[IP6]]\n",
     "[[TS]] INFO agent [[BUILD]] started on host with MAC [[MAC]]\n",
     "[[TS]] WARN retry 3/5 for request [[TRACK]]"],
    # Slack chat
    ["[[FIRST]]: hey, can you rotate the AWS key? [[AWS]] got pushed to the public repo\n",
     "[[FIRST2]]: ugh. also the GitHub token [[GHP]] was in the same commit\n",
     ("[[FIRST]]: and the db password: [[PWD]]\n", "[[FIRST]]: the staging password is [[PWD]] btw\n"),
     "[[FIRST2]]: on it, release [[VER]] will ship without them"],
    # news
    ["LONDON, [[DATE]] - [[FILL]]",
     "Police named the suspect as [[NAME]], born on [[DOB]], who was arrested near ",
     "a warehouse. Goods worth [[AMOUNT]] were recovered, according to a statement. [[FILL]]"],
    # email about a Turkish customer
    ["Hi team,\n\nthe customer from Istanbul, [[XNAME]], called again. ",
     "Her mobile is [[PH_TR]] and she gave her Turkish ID number [[TCKN]] for verification. ",
     "Passport on file: [[PASS_TR]]. The order number [[ORDER11]] is still pending.\n\nThanks,\n[[FIRST]]"],
    # bank instruction
    ["Please transfer [[AMOUNT]] to IBAN [[IBAN_EU]], reference [[INV]]. ",
     "Note that the IBAN [[IBAN_EU_BAD]] in my previous e-mail contained a typo. ",
     "Beneficiary: [[NAME]], [[ADDR_EN]]. [[FILL]]"],
    # device inventory
    ["Asset register entry\nAssigned to: [[NAME]] ([[EMAIL]])\n",
     "Asset tag: [[PROD7]]\nMAC address: [[MAC]]\nLast seen IP: [[IP4]]\nFirmware: [[BUILD]]\n",
     "Purchase date: [[DATE]]"],
    # social
    [("Follow me on Twitter [[HANDLE]] ", "Find us on Instagram at [[HANDLE]] "),
     "and join the Telegram group [[HANDLE2]] for updates. [[FILL]]",
     "Press enquiries: [[EMAIL]]"],
    # travel booking
    ["Booking confirmation\nPassenger: [[NAME]]\n",
     ("Passport number: [[PASS_TR]] (Turkey)\n", "Azerbaijani passport: [[PASS_AZ]]\n"),
     "Date of birth: [[DOB]]\nBooking reference: [[PROD7]]\nTotal paid: [[AMOUNT]] by card [[CARD]]\n",
     "Mobile: [[PH_AZ]]"],
    # employee record (UK/US)
    ["Employee record\nName: [[NAME]]\n",
     ("NI number: [[NINO]]\n", "National Insurance No.: [[NINO]]\n"),
     ("US SSN (New York office payroll): [[SSN]]\n", "Social Security Number: [[SSN]]\n"),
     "DOB: [[DOB]]\nMobile: [[PH_UK]]\nStart date: [[DATE]]\n[[FILL]]"],
    # chat with a US support agent
    ["[[FIRST]]: hi, I need to update my tax form\n",
     "Agent: Sure, can you confirm the last address we have? [[ADDR_EN]]\n",
     ("[[FIRST]]: yes that's right, and my ssn is [[SSN]]\n", "[[FIRST]]: correct. SSN [[SSN]]\n"),
     "Agent: Thanks. Your case number is [[INV]] and it was opened on [[DATE]]."],
    # Azerbaijani company
    ["Our supplier in Baku is registered under VÖEN [[VOEN]]. ",
     "Their director, [[XNAME]], can be reached on [[PH_AZ]] or at the office, [[ADDR_AZ]]. ",
     "Payments go to [[IBAN_AZ]]. Their vehicle [[PLATE_AZ]] will collect the goods. [[FILL]]"],
]

FILL = {
    "az": ["Bu məlumat yalnız daxili istifadə üçündür. ", "Gün ərzində hava küləkli olacaq. ",
           "Xidmətlərimizdən istifadə etdiyiniz üçün təşəkkür edirik. ",
           "Sənədlərin surətini əlavə edirik. ", "Növbəti həftə yeni filial açılacaq. ",
           "Zəhmət olmasa məlumatları diqqətlə yoxlayın. ", "Bu barədə əvvəlcədən xəbərdarlıq edilmişdi. ",
           "Müraciətlər iş günləri qəbul olunur. ", "Sistemdə texniki işlər aparılır. ",
           "Yeni qaydalar gələn aydan qüvvəyə minir. "],
    "tr": ["Bu e-posta yalnızca alıcısına yöneliktir. ", "Hafta sonu yoğun yağış bekleniyor. ",
           "Hizmetlerimizi tercih ettiğiniz için teşekkür ederiz. ", "Belgelerin kopyası ektedir. ",
           "Şube çalışma saatleri değişmiştir. ", "Lütfen bilgilerinizi kontrol ediniz. ",
           "Konu hakkında daha önce bilgilendirme yapılmıştı. ", "Talepler iş günlerinde yanıtlanır. ",
           "Sistemde planlı bakım çalışması vardır. ", "Yeni yönetmelik önümüzdeki ay yürürlüğe girecek. "],
    "en": ["This message is intended only for the addressee. ", "Heavy rain is expected over the weekend. ",
           "Thank you for choosing our services. ", "Copies of the documents are attached. ",
           "Branch opening hours have changed. ", "Please check your details carefully. ",
           "We flagged this issue last quarter. ", "Requests are handled on working days. ",
           "Scheduled maintenance is in progress. ", "The new policy takes effect next month. "],
}

TEMPLATES = {"az": AZ, "tr": TR, "en": EN}


def build(r, doc_id, lang, template, fill):
    doc = piigen.Doc(doc_id, lang)
    slots = piigen.make_slots(r, lang)
    slots["FILL"] = lambda: ("", "".join(r.choice(fill[lang]) for _ in range(r.randint(0, 2))))
    for seg in template:
        doc.fill(r.choice(seg) if isinstance(seg, tuple) else seg, slots)
    return doc.record()


def generate(seed, ndocs, templates, fill, prefix):
    r = random.Random(seed)
    langs = ["az", "tr", "en"]
    out = []
    for i in range(ndocs):
        lang = langs[i % 3]
        t = templates[lang][(i // 3) % len(templates[lang])]
        out.append(build(r, "%s%s-%04d" % (prefix, lang, i), lang, t, fill))
    return out


def write(docs, path):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=20240521)
    ap.add_argument("--docs", type=int, default=1080)
    ap.add_argument("--out", default=os.path.join(here, "accuracy.jsonl"))
    a = ap.parse_args()
    docs = generate(a.seed, a.docs, TEMPLATES, FILL, "")
    write(docs, a.out)
    n = sum(len(d["entities"]) for d in docs)
    print("wrote %d documents, %d entities to %s" % (len(docs), n, a.out))


if __name__ == "__main__":
    main()
