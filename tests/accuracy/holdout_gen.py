#!/usr/bin/env python3
"""holdout_gen.py - writes a held-out-style accuracy set that is NOT committed.

It uses the same value generators as gen_accuracy.py (piigen.py) but different
document kinds, wording and context phrases, and a different seed, so a score
measured on it says how well the engine generalises beyond the templates it
was tuned on. Write it to a temporary path and score it with evaluate.py:

  python3 tests/accuracy/holdout_gen.py --seed 7 --out /tmp/holdout.jsonl
  gizli scan --format jsonl /tmp/holdout.jsonl > /tmp/holdout.pred.jsonl
  python3 tests/accuracy/evaluate.py /tmp/holdout.jsonl /tmp/holdout.pred.jsonl
"""

import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_accuracy  # noqa: E402

AZ = [
    # rental contract
    ["KİRAYƏ MÜQAVİLƏSİ\nMülkiyyətçi: [[NAME]], ",
     ("FİN-i [[FIN]], ", "fərdi identifikasiya kodu [[FIN]], "),
     "ünvan: [[ADDR_AZ]].\nKirayəçi: [[NAME2]], şəxsiyyət vəsiqəsi [[AZID]].\n",
     "Aylıq kirayə haqqı [[AMOUNT]] olmaqla hər ayın 5-dək [[IBAN_AZ]] hesabına ödənilir.\n",
     "Müqavilə [[DATE]] tarixindən qüvvəyə minir. [[FILL]]"],
    # clinic appointment SMS + record
    ["Hörmətli [[FIRST]], [[DATE]] saat 10:30-da həkim qəbulunuz təsdiqləndi. ",
     "Qeydiyyat üçün doğum tarixinizi ([[DOB]]) və mobil nömrənizi ([[PH_AZ]]) təqdim edin. ",
     "Qəbul nömrəsi: [[INV]]. [[FILL]]"],
    # tax office notice
    ["Vergi orqanına məlumat: fərdi sahibkar [[NAME]] (VÖEN: [[VOEN]]) ",
     "[[DATE]] tarixində bəyannamə təqdim etmişdir. Ödənilməli vergi: [[AMOUNT]]. ",
     "Əlaqə e-poçtu [[EMAIL]], telefon [[PH_AZ_LAND]]. Bəyannamə nömrəsi [[NUM10]]."],
    # traffic fine
    ["Cərimə qəbzi. [[PLATE_AZ]] qeydiyyat nişanlı nəqliyyat vasitəsi [[DATE]] tarixində sürət həddini aşmışdır. ",
     "Sürücü: [[NAME]], sürücülük vəsiqəsi ilə yanaşı pasport [[PASS_AZ]] təqdim edilib. ",
     "Cərimə məbləği [[AMOUNT]]. Ödəniş kartı: [[CARD]]."],
    # IT helpdesk
    ["Salam, noutbukum şəbəkəyə qoşulmur. IP ünvanım [[IP4]], fiziki ünvan [[MAC]]. ",
     "Hesabım [[EMAIL]]. Dünən parolumu dəyişdim, yeni parol [[PWD]] — bəlkə səbəb budur? ",
     "Tətbiq versiyası [[VER]]. Təşəkkürlər, [[FIRST]]"],
    # social post
    ["Bu gün yeni kafemizi açdıq! Bizi Instagram-da [[HANDLE]] adı ilə tapın, ",
     "rezervasiya üçün [[PH_AZ]] nömrəsinə zəng edin. Ünvan: [[ADDR_AZ]]. [[FILL]]"],
]

TR = [
    # rental contract
    ["KİRA SÖZLEŞMESİ\nKiraya veren: [[NAME]] (TC Kimlik: [[TCKN]])\n",
     "Kiracı: [[NAME2]], Vergi No: [[VKN]]\nKiralanan: [[ADDR_TR]]\n",
     "Aylık kira bedeli [[AMOUNT]] olup her ayın 1'inde [[IBAN_TR]] hesabına yatırılacaktır.\n",
     "Başlangıç tarihi: [[DATE]]. [[FILL]]"],
    # hospital appointment
    ["Randevu Onayı - [[NAME]]\nKimlik numarası: [[TCKN]]\n",
     ("Doğum tarihi: [[DOB]]\n", "D. Tarihi: [[DOB]]\n"),
     "Randevu tarihi: [[DATE]], Poliklinik: Kardiyoloji\nİletişim: [[PH_TR]]\n",
     "Protokol no: [[ORDER11]] [[FILL]]"],
    # traffic fine
    ["Trafik cezası bildirimi: [[PLATE_TR]] plakalı aracınız [[DATE]] tarihinde hız sınırını aşmıştır. ",
     "Araç sahibi: [[NAME]]. Ceza tutarı [[AMOUNT]]. ",
     "Ödeme için kredi kartı ([[CARD]]) veya havale kullanabilirsiniz. Tebligat no: [[TRACK]]"],
    # job application e-mail
    ["Merhaba,\n\nilanınız için başvurmak istiyorum. Özgeçmişim ektedir. ",
     "Ad Soyad: [[NAME]], doğum tarihim [[DOB]], ikametgâh adresim [[ADDR_TR]]. ",
     "Bana [[EMAIL]] ya da [[PH_TR]] üzerinden ulaşabilirsiniz. LinkedIn dışında Twitter'da da [[HANDLE]] olarak varım.\n",
     "Saygılarımla"],
    # devops incident
    ["Olay raporu: [[TS]] itibarıyla [[IP4]] adresinden gelen isteklerde artış görüldü. ",
     "Sızan anahtarlar: [[AWS]] ve [[GHP]]. Kullanıcı [[EMAIL]] için oturum jetonu: [[JWT]]. ",
     "Etkilenen sürüm [[BUILD]]."],
    # shipping to Azerbaijan
    ["Bakü'ye gönderi: alıcı [[XNAME]], telefon [[PH_AZ]], ",
     "pasaport [[PASS_AZ]]. Gönderici: [[NAME]], [[PH_TR_LAND]]. Gümrük değeri [[AMOUNT]]. Takip: [[TRACK]]"],
]

EN = [
    # tenancy agreement
    ["TENANCY AGREEMENT\nLandlord: [[NAME]], of [[ADDR_EN]]\nTenant: [[NAME2]]\n",
     "Rent of [[AMOUNT]] is payable monthly to [[IBAN_EU]] starting [[DATE]].\n",
     "Tenant's NI number: [[NINO]]. Emergency contact: [[PH_UK]]. [[FILL]]"],
    # medical intake
    ["Patient intake\nName: [[NAME]]\n",
     ("Birth date: [[DOB]]\n", "D.O.B. [[DOB]]\n"),
     "SSN: [[SSN]]\nPhone: [[PH_US]]\nInsurance claim no.: [[INV]]\n[[FILL]]"],
    # phishing report
    ["Reported phishing e-mail from [[EMAIL2]] asked staff to confirm card numbers. ",
     "One employee, [[NAME]], replied with [[CARD]] before IT blocked the sender's IP [[IP4]]. ",
     "The message also quoted an order code [[PROD7]] and an amount of [[AMOUNT]]."],
    # contractor in Turkey
    ["Contractor details: [[XNAME]], Istanbul. Turkish tax number (VKN) [[VKN]], ",
     "company MERSIS [[MERSIS]], mobile [[PH_TR]], bank [[IBAN_TR]]. Invoice [[EINV]] is due on [[DATE]]."],
    # password reset chat
    ["Support: To reset access, please confirm your username.\n[[FIRST]]: [[EMAIL]]\n",
     "Support: Your temporary password is [[PWD]] — change it after logging in.\n",
     "[[FIRST]]: thanks. btw the router shows my MAC as [[MAC]] and IPv6 [[IP6]]"],
    # influencer bio
    ["[[NAME]] | travel & food | Instagram [[HANDLE]] | Telegram [[HANDLE2]] | bookings: [[EMAIL]] [[FILL]]"],
]

FILL = {
    "az": ["Sənəd iki nüsxədə tərtib edilib. ", "Xahiş edirik vaxtında gəlin. ",
           "Bu bildiriş avtomatik göndərilib. ", "Əlavə məlumat saytımızdadır. "],
    "tr": ["Belge iki nüsha olarak düzenlenmiştir. ", "Lütfen randevu saatinden önce gelin. ",
           "Bu bildirim otomatik olarak gönderilmiştir. ", "Ayrıntılar web sitemizdedir. "],
    "en": ["This document is issued in duplicate. ", "Please arrive ten minutes early. ",
           "This notice was generated automatically. ", "More details are on our website. "],
}


def main():
    ap = argparse.ArgumentParser(description="Held-out-style accuracy set (not committed).")
    ap.add_argument("--seed", type=int, default=97531)
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "gizli-holdout.jsonl"))
    a = ap.parse_args()
    docs = gen_accuracy.generate(a.seed, a.docs, {"az": AZ, "tr": TR, "en": EN}, FILL, "h-")
    gen_accuracy.write(docs, a.out)
    print("wrote %d documents, %d entities to %s" %
          (len(docs), sum(len(d["entities"]) for d in docs), a.out))


if __name__ == "__main__":
    main()
