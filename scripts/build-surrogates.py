#!/usr/bin/env python3
"""build-surrogates.py - writes lib/deid_surrogate_data.h, the surrogate name
lists of the de-identification layer (lib/deid_surrogate.c), per language
(tr, az, en) and kind (male first names, female first names, surnames).

Sources, all from npm @faker-js/faker 10.6.0 (MIT), the same package as the
committed gazetteer (docs/names.md):
  - surnames: data/names/gazetteer.tsv ("last" rows of tr and en; for az the
    masculine -ov/-yev forms of the "last az" rows);
  - gendered first names: faker's person.first_name.male / .female of the az,
    tr and en locales (the gazetteer does not keep gender), dumped to a TSV
    by scripts/build-surrogates.sh (gender<TAB>lang<TAB>name);
  - a short hand-curated list per language/kind (the original 40-name lists);
  - Azerbaijani surnames are also formed from the masculine first names the
    way most of them are: -ov after a consonant, -yev after a vowel, and
    -zadə or -li/-lı/-lu/-lü (Həsən -> Həsənov, Həsənzadə, Həsənli; Əli -> Əliyev).
Entries that are not a single word of letters (hyphen allowed) are dropped.

For each list the header also holds the entries' keys, folded with the
Turkish rules of gizli_casefold (I -> ı, İ -> i, then lower case), sorted
bytewise, with the index of each entry, for binary search;
tests/unit/test_deid_surrogates.c checks these keys against gizli_casefold.

usage: python3 scripts/build-surrogates.py FAKER_FIRST_NAMES.tsv [OUT.h]
(normally run through scripts/build-surrogates.sh)
"""
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CURATED = {
    ("tr", "male"): "Ahmet Mehmet Mustafa Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer "
    "Ramazan Halil Süleyman Abdullah Mahmut Recep Fatih Kadir Emre Burak Serkan Volkan Kemal Orhan "
    "Cem Deniz Barış Tolga Onur Uğur Selim Erkan Levent Tuncay Gökhan Hakan Sinan Erdem",
    ("az", "male"): "Əli Məmməd Hüseyn Həsən Elçin Rəşad Tural Orxan Elnur Vüqar Kamran Ramin Fərid "
    "Samir Nicat Ruslan Anar Elvin Cavid Emin Rauf Zaur Şahin Vüsal Namiq İlham Rövşən Fuad Elşən "
    "Araz Toğrul Murad Rüstəm Kənan Nurlan Seymur Elmar Azər Pərviz Ülvi",
    ("en", "male"): "James John Robert Michael William David Richard Joseph Thomas Charles Daniel "
    "Matthew Anthony Mark Paul Steven Andrew Kenneth Joshua Kevin Brian George Edward Ronald Timothy "
    "Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Frank Peter Oliver",
    ("tr", "female"): "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve "
    "Özlem Esra Büşra Derya Gül Sibel Seda Ebru Tuğba Gamze Pınar Aslı Ceren Burcu Songül Nurcan "
    "Yasemin Melek Dilek Leyla Selin İrem Ece Damla Aylin Nazlı Sevgi Gizem",
    ("az", "female"): "Aysel Günay Leyla Nigar Sevinc Aynur Gülnar Səbinə Könül Nərmin Aygün Ülviyyə "
    "Şəbnəm Lalə Fidan Aytən Xədicə Zəhra Nərgiz Türkan Samirə Gülşən Vüsalə Aida Lamiyə Nurlana Röya "
    "Sevda Elnarə Kəmalə Nailə Mehriban Zümrüd Arzu Günel Aynişan Fəridə Səadət Jalə Ləman",
    ("en", "female"): "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy "
    "Lisa Betty Margaret Sandra Ashley Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie "
    "Rebecca Laura Sharon Cynthia Kathleen Amy Angela Helen Anna Brenda Emma Olivia Nicole Rachel "
    "Catherine Grace",
    ("tr", "last"): "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
    "Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar "
    "Güler Aktaş Tekin Bulut Keskin Ünal Güneş Turan Bozkurt Tunç Sarı Işık",
    ("az", "last"): "Məmmədov Əliyev Həsənov Hüseynov Quliyev İsmayılov Abbasov Cəfərov Rzayev Səfərov "
    "Orucov Nəsirov Babayev Kərimov Mustafayev Süleymanov Rəhimov Musayev Əhmədov Nağıyev Bayramov "
    "Qasımov Vəliyev Zeynalov Sadıqov Həmidov Allahverdiyev Əsgərov Novruzov Tağıyev Salmanov "
    "Paşayev Mirzəyev Rüstəmov Şükürov Məlikov Yusifov Əzizov İbrahimov Hacıyev",
    ("en", "last"): "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas "
    "Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright "
    "Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker "
    "Evans Edwards",
}

LANGS = ["tr", "az", "en"]  # order of L_TR, L_AZ, L_EN in deid_surrogate.c
KINDS = ["male", "female", "last"]
AZ_VOWELS = set("aeəiıoöuüAEƏIİOÖUÜ")


def az_li(w):
    """-li with Azerbaijani four-way vowel harmony (Həsənli, Quliyev -> Qulu)."""
    for c in reversed(w.lower()):
        if c in "aı":
            return "lı"
        if c in "eəi":
            return "li"
        if c in "ou":
            return "lu"
        if c in "öü":
            return "lü"
    return "li"


def word_ok(w):
    if not w or len(w.encode()) > 40 or w[0] == "-" or w[-1] == "-":
        return False
    if not all(unicodedata.category(c).startswith("L") or c == "-" for c in w):
        return False
    return unicodedata.category(w[0]) == "Lu" and unicodedata.normalize("NFC", w) == w


def fold_tr(w):
    return w.replace("I", "ı").replace("İ", "i").lower()


def c_str(s):
    out = []
    for b in s.encode():
        out.append(chr(b) if 32 <= b < 127 and chr(b) not in '"\\?' else "\\%03o" % b)
    return '"' + "".join(out) + '"'


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "lib", "deid_surrogate_data.h")
    lists = {(l, k): [] for l in LANGS for k in KINDS}

    def add(lang, kind, w):
        w = w.strip()
        if word_ok(w) and w not in lists[(lang, kind)]:
            lists[(lang, kind)].append(w)

    for (lang, kind), words in CURATED.items():
        for w in words.split():
            add(lang, kind, w)
    faker_version = "?"
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if line.startswith("# faker "):
                faker_version = line.split()[2]
            if line.startswith("#") or not line.strip():
                continue
            gender, lang, w = line.rstrip("\n").split("\t")
            if lang in LANGS and gender in ("male", "female"):
                add(lang, gender, w)
    gaz_path = os.path.join(ROOT, "data", "names", "gazetteer.tsv")
    with open(gaz_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            kind, lang, w = line.rstrip("\n").split("\t")[:3]
            if kind != "last":
                continue
            if lang in ("tr", "en"):
                add(lang, "last", w)
            elif lang == "az" and (w.endswith("ov") or w.endswith("ev")):
                add("az", "last", w)
    for w in list(lists[("az", "male")]):
        add("az", "last", w + ("yev" if w[-1] in AZ_VOWELS else "ov"))
        add("az", "last", w + "zadə")
        add("az", "last", w + az_li(w))

    with open(out_path, "w", encoding="utf-8") as o:
        o.write("/* deid_surrogate_data.h - surrogate name lists (generated by\n"
                " * scripts/build-surrogates.sh from npm @faker-js/faker %s (MIT) and\n"
                " * data/names/gazetteer.tsv; do not edit). Per language (tr, az, en) and\n"
                " * kind (male, female first names; masculine surnames): the entries, and\n"
                " * their Turkish-folded keys sorted bytewise with the entry index. */\n"
                % faker_version)
        o.write("#ifndef GIZLI_DEID_SURROGATE_DATA_H\n#define GIZLI_DEID_SURROGATE_DATA_H\n\n")
        o.write("typedef struct gz_namelist {\n  const char *const *v; /* entries */\n"
                "  const char *const *key; /* folded keys, sorted */\n"
                "  const unsigned short *idx; /* entry index of each key */\n  int n;\n} gz_namelist;\n\n")
        for lang in LANGS:
            for kind in KINDS:
                ws = lists[(lang, kind)]
                assert 40 <= len(ws) < 65536, (lang, kind, len(ws))
                name = "%s_%s" % (lang, kind)
                keyed = sorted(range(len(ws)), key=lambda i: fold_tr(ws[i]).encode())
                o.write("static const char *const nl_%s_v[%d] = {\n" % (name, len(ws)))
                o.write("".join("    %s,\n" % c_str(w) for w in ws))
                o.write("};\nstatic const char *const nl_%s_key[%d] = {\n" % (name, len(ws)))
                o.write("".join("    %s,\n" % c_str(fold_tr(ws[i])) for i in keyed))
                o.write("};\nstatic const unsigned short nl_%s_idx[%d] = {\n" % (name, len(ws)))
                for j in range(0, len(keyed), 16):
                    o.write("    " + ", ".join(str(i) for i in keyed[j:j + 16]) + ",\n")
                o.write("};\n\n")
        for kind in KINDS:
            o.write("static const gz_namelist nl_%s[3] = {\n" % kind)
            for lang in LANGS:
                name = "%s_%s" % (lang, kind)
                o.write("    {nl_%s_v, nl_%s_key, nl_%s_idx, %d},\n"
                        % (name, name, name, len(lists[(lang, kind)])))
            o.write("};\n")
        o.write("\n#endif\n")
    for lang in LANGS:
        print(lang, " ".join("%s %d" % (k, len(lists[(lang, k)])) for k in KINDS))


if __name__ == "__main__":
    main()
