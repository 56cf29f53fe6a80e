/* detectors.c - the structured detectors: one Vectorscan pattern each, a C
 * check that validates the candidate (checksums, ranges, calendars, layout),
 * a base score, and context words in Azerbaijani, Turkish, English (and some
 * Russian) that raise or lower the score. docs/detectors.md describes each. */
#include "detect.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <hs/hs.h>
#include <string.h>
#include <strings.h>

/* ---- character classes for Vectorscan byte-mode patterns (UTF-8) ------- */
#define UP "(?:[A-Z]|\xC3\x87|\xC3\x96|\xC3\x9C|\xC4\x9E|\xC4\xB0|\xC5\x9E|\xC6\x8F)"
#define LO                                                                      \
  "(?:[a-z]|\xC3\xA7|\xC3\xB6|\xC3\xBC|\xC4\x9F|\xC4\xB1|\xC5\x9F|\xC9\x99|" \
  "\xC3\xA2|\xC3\xAE|\xC3\xBB|\xC3\xA9|\xC3\xA8)"
/* A capitalised word (letters, inner apostrophe or dash), or a short number
 * ("28 May"). */
#define CW "(?:" UP "(?:" LO "|" UP "|['.-])*|[0-9]{1,3})"
/* The same for English addresses, ASCII only (compiles much faster). */
#define CWA "(?:[A-Z][A-Za-z'.-]*|[0-9]{1,3}(?:st|nd|rd|th)?)" /* also "42nd" */

/* ---- context words ------------------------------------------------------ */
static const char *const ctx_tckn[] = {
    "tc kimlik", "t.c. kimlik", "t.c kimlik", "tc no", "t.c. no", "tckn", "tckno",
    "kimlik no", "kimlik numara", "tc kimlik no", "t.c.", "vatandaşlık no", "national id",
    "turkish id", "identity number", "id number", "id no", "kimlik", "шəxsiyyət",
    "tc", NULL};
static const char *const neg_ids[] = {
    "sipariş", "order", "invoice", "fatura", "tracking", "takip", "kargo", "ref",
    "referans", "reference", "transaction", "işlem", "əməliyyat", "sifariş", "qaimə",
    "barkod", "barcode", "isbn", "izləmə", "poliçe", "policy", "serial", "seri no", "ticket", "bilet", "tutar", "amount",
    "məbləğ", "hesab-faktura", "request id", "trace", NULL};
/* an Azerbaijani ID card's AA + 7 digits is also the form of other
 * documents' series and numbers: a certificate's ("doğum haqqında
 * şəhadətnamə AA 4417903", batch 26) is no ID card */
static const char *const neg_az_id[] = {
    "sipariş", "order", "invoice", "fatura", "tracking", "takip", "kargo", "ref",
    "referans", "reference", "transaction", "işlem", "əməliyyat", "sifariş", "qaimə",
    "barkod", "barcode", "isbn", "izləmə", "poliçe", "policy", "serial", "seri no", "ticket", "bilet", "tutar", "amount",
    "məbləğ", "hesab-faktura", "request id", "trace", "şəhadətnamə", "certificate", NULL};
static const char *const ctx_vkn[] = {"vkn", "vergi kimlik", "vergi no", "vergi numara",
                                      "vergi dairesi", "tax id", "tax number", "tax identification",
                                      "tin", "v.no", "v.d.", "vd",
                                      /* an INI or JSON key run together, "VergiNo=" (batch 32) */
                                      "vergino",
                                      /* a JSON key run together, "taxNo":"5115564030" (batch 49) */
                                      "taxno", "tax no", NULL};
static const char *const ctx_voen[] = {"vöen",
                                       "voen",
                                       "vergi ödəyicisinin",
                                       "vergi ödəyicisi",
                                       "tax id",
                                       "tax number",
                                       "taxpayer",
                                       "tin",
                                       "инн",
                                       "taxno",
                                       "tax no",
                                       NULL};
static const char *const ctx_mersis[] = {"mersis", NULL};
static const char *const ctx_passport[] = {
    "pasaport", "passport", "pasport", "паспорт", "pass no", "passport no", NULL};
/* An Azerbaijani passport number (C + 8 digits) is specific enough that a
 * "document" column or label also counts ("Sənəd | ... | C47111003") */
static const char *const ctx_az_passport[] = {
    "pasaport", "passport", "pasport", "паспорт", "pass no", "passport no", "sənəd",
    "sənədin nömrəsi", "document", "document no", "belge", "документ",
    /* the DOC column of airline manifests and APIS lists; "pasp" of a
     * passenger list ("NASIROV/FARID MR   pasp C02218847", batch 49) */
    "doc", "pasp", NULL};
/* A Turkish passport's letter and eight digits under a "document" column
 * or label ("| Qonaq | S\xC9\x99n\xC9\x99d |" over "| Kerem Y\xC4\xB1ld\xC4\xB1z | U41758203 |" of
 * a hotel's register, batch 30): only for the letters the passports carry, U, S and Z
 * (chk_tr_passport takes the boost back for the others) */
static const char *const ctx_tr_passport[] = {
    "pasaport",        "passport", "pasport",     "паспорт", "pass no",  "passport no", "sənəd",
    "sənədin nömrəsi", "document", "document no", "belge",   "документ", NULL};
static const char *const ctx_az_id[] = {"şəxsiyyət vəsiqəsi", "vəsiqə", "id kart", "id card",
                                        "identity card", "şv",
                                        /* typed without diacritics, "sv AA3307816" (batch 47) */
                                        "sv", "ş/v", "seriya", "удостоверение", "id", "şəxsiyyət",
                                        "sexsiyyet", "vesiqe", "sənəd", "document", "doc", NULL};
static const char *const ctx_fin[] = {
    "fin", "pin", "fin kod", "fin-kod", "fərdi identifikasiya", "fincode", "pin kod",
    "personal identification", "fin:", "şəxsi identifikasiya", "sexsi identifikasiya",
    "ferdi identifikasiya", "finkod", "personal no", "personal number",
    "national id", "national_id", /* a column of national IDs */
    "f i n:", "f i n :", /* a label spaced by OCR */
    /* a payment's purpose: a fine or a debt is paid under the payer's FİN
     * ("Təyinat: A0ZWMJ7 borc ödənişi") */
    "təyinat", "teyinat",
    /* "my FİN", "your FİN" in a chat: "finim 6UW3FDG" (batch 55) */
    "finim", "finin", "fin-im", NULL};
static const char *const ctx_phone[] = {
    "tel", "telefon", "phone", "mobile", "mob", "cep", "gsm", "mobil", "əlaqə", "iletişim",
    "contact", "call", "zəng", "whatsapp", "fax", "reach me on", "faks", "телефон", "çağrı merkezi",
    "müşteri hizmetleri", "call center", "call centre", "qaynar xətt", "hotline", "aray",
    "beyaz masa", "geri ara", "geri dön", "geri don",
    /* an operator's word for the subscriber's mobile number, "hat
     * numaranız" (batch 38) */
    "hat numara", "hat no",
    /* the telephone signs of ads, "☎ 050 5 1 2 7 7 4 0" (batch 47) */
    "\xE2\x98\x8E", "\xF0\x9F\x93\x9E", NULL};
/* "aray": arayın, arayınız (call); "Beyaz Masa": a Turkish municipality's
 * citizen line; "geri arama", "geri dönüş": the call-back number of a
 * call-centre note */
static const char *const neg_phone[] = {"sipariş", "order", "invoice", "fatura", "poliçe", "nhs",
                                        "bəyannamə", "beyanname", "declaration",
                                        "policy", "izləmə", "sifariş",
                                        "tracking", "takip", "ref", "iban", "hesab",
                                        "account no", "isbn", "abonent kodu", "abone no",
                                        /* a utility's subscriber number,
                                         * "abonent 0211448831" (batch 30) */
                                        "abonent",
                                        "tesisat no", "claim", "başvuru", "müraciət",
                                        "kasko", "sığorta", "sigorta", "referans",
                                        "reference",
                                        /* case numbers of courts and police */
                                        "cinayət işi", "işi №", "iş №", "esas no",
                                        "dosya no", "case no", "case number",
                                        /* e-wallet numbers: "papara no 0991440636" */
                                        "papara no", "papara numara", "wallet no",
                                        "wallet number", "cüzdan no", "cüzdan numara",
                                        /* a filing's approval code, "Onay
                                         * kodu: 0997093957" (batch 34) */
                                        "onay kodu", "onay no", "təsdiq kodu",
                                        "approval code",
                                        /* a payment's or transaction's id, a
                                         * webhook's "paymentId":"2408364225"
                                         * (batch 56) */
                                        "paymentid", "payment_id", "payment id",
                                        "transactionid", "transaction_id",
                                        "transaction id", NULL};
static const char *const ctx_iban[] = {"iban", "hesab", "hesap", "account", "bank", NULL};
/* for the costly spaced form, which is run only around its context words */
static const char *const ctx_iban_label[] = {"iban", NULL};
static const char *const ctx_card[] = {"kart", "card", "visa", "mastercard", "amex",
                                       "troy", "kredi", "credit", "debit", "ödəniş",
                                       "ödeme", "payment", NULL};
static const char *const neg_card[] = {"order", "sipariş", "invoice", "fatura", "tracking",
                                       "izləmə", "sifariş", "poliçe", "policy", "kargo",
                                       "takip", "isbn", "imei", "serial", NULL};
/* "aracın": the Turkish araç softens before a vowel ("Aracınız 34 ABC 12") */
static const char *const ctx_plate[] = {
    "plaka",           "plakalı", "araç",         "aracın",       "araba",     "nömrə nişanı",
    "qeydiyyat nişan", "nişanlı", "yol polisi",   "dövlət nömrə", "avtomobil", "maşın",
    "plate",           "vehicle", "registration", "car",
    /* a truck and its trailer on waybills and customs papers (batch 35):
     * "Tır: 35 ADF 7714", "tır nömrəsi ..., qoşqu 34 R 7720" */
    "tır", "tir", "kamyon", "çekici", "dorse", "römork", "qoşqu", "truck", "lorry", "trailer",
    NULL};
static const char *const ctx_ip[] = {"ip", "server", "sunucu", "host", "address",
                                     "adres", "ünvan", "client", "login", "giriş", NULL};
/* no "v.": a name's initial, "user=v.ismayilzade from 85.132.44.209"
 * (batch 56); "v. 4.2.0.1" is version_label_before's */
static const char *const neg_ip[] = {"version", "versiyon", "sürüm", "versiya",
                                     "build", "release", "firmware", NULL};
static const char *const ctx_mac[] = {"mac", "ethernet", "wifi", "wi-fi", "device",
                                      "cihaz", "qurğu", NULL};
/* an Indian UPI payment address's labels (batch 32) */
static const char *const ctx_upi[] = {"upi", "vpa", NULL};
static const char *const ctx_handle[] = {
    "twitter", "x.com", "instagram", "insta", "telegram", "tiktok", "facebook",
    "threads", "mastodon", "follow", "takip et", "izləyin", "hesabı", "hesabından",
    "handle", "tweet", "paylaş", "reply", "dm", NULL};
/* Patient labels first, then ID labels and court roles: they are
 * birth-date context only in a record, "Pasiyent: Name Surname, <date>"
 * (patient_record), "Name, <date>, FİN ..." or "Name, <date>, of
 * <address>" (id_record); ctx_dob is the list without any of them, and
 * ctx_dob_rec + 4 without the patient labels */
static const char *const ctx_dob_rec[] = {
    "pasiyent", "patient", "hasta", "x\xC9\x99st\xC9\x99", "fin", "tckn", "t.c. kimlik",
    "tc kimlik", "ssn", "defendant", "accused", "sanik",
    /* the people of a police or collision report (batch 23) */
    "victim", "driver", "witness", "complainant", "injured party",
    /* the person of an application or insurance record (batch 27; see
     * role_record) */
    "namizəd", "namized", "aday", "sigortalı", "candidate", "applicant", "doğum tarihi",
    "doğum tarixi", "doğum", "doğulub", "doğumlu", "anadan olub",
    /* the participle of court texts ("25.05.1990-cı ildə Bakıda anadan
     * olmuş", batch 28); context only after its date (chk_date) */
    "anadan olmuş", "anadan olmus",
    /* the first person of a profile ("Doğulmuşam 14 fevral 1997-də",
     * batch 44) */
    "doğulmuşam", "dogulmusam", "doğuldum", "anadan olmuşam", "anadan olmusam", "date of birth",
    "birth date", "birthdate", "birthday", "dob", "d.o.b", "born", "d.t.", "d.t:", "t.t.", "t/t",
    "doğ.", "d o ğ u m", "d o g u m", "dt:", "d. tarihi", "d.tarihi", "d. tarixi", "d.tarixi",
    "doğ. tar", "дата рождения", "родился", "родилась", "təvəllüd", "doğulduğu", "doğdu",
    "dünyaya gel", "d.lu", "dogum", "dogul", "dateofbirth", "d. yeri ve tarihi", "d.yeri ve tarihi",
    "d. yeri/tarihi", "d.yeri/tarihi", "tevellud",
    /* the plural of a list of fields ("incl. names, phones, DOBs") */
    "dobs", "dates of birth",
    /* the Turkish evidential of notarial texts ("... ayının 2'sinde doğmuş") */
    "doğmuş", "dogmus",
    /* "təvəllüd" abbreviated after the date, "11.01.1961 təv." (batch 33) */
    "təv.",
    /* "doğum tarixi" abbreviated on a referral form ("Xəstə: ..., d/t
     * 11.09.1962") and "təvəllüd tarixi" after the date of a police
     * record ("Səfərov Murad Əli oğlu, 1998-01-27 t.d.", batch 49) */
    "d/t", "t.d.",
    /* Azerbaijani written in Cyrillic by the diaspora (batch 42):
     * "12.05.1967 тәвәллүдлүдүр", "анадан олуб", "доғум тарихи" */
    "тәвәллүд", "анадан ол", "доғум тарих", NULL};
#define ctx_dob           (ctx_dob_rec + 23)
#define ctx_dob_nopatient (ctx_dob_rec + 4)
static const char *const patient_labels[] = {"pasiyent", "patient", "hasta", "x\xC9\x99st\xC9\x99",
                                             NULL};
static const char *const dob_ids[] = {"fin", "tckn", "t.c. kimlik", "tc kimlik", "ssn", NULL};
/* the ID labels and the roles of a court record ("Defendant: Jack
 * Thompson, 19.04.1994, of 7 Crown Street"), and those of a police or
 * collision report ("Victim: Margaret Ellison, 12/04/1948, 31 Lordship
 * Lane, ..."; dob_roles: only for a date of a birth year) */
static const char *const dob_rec_words[] = {"fin",    "tckn",   "t.c. kimlik", "tc kimlik",
                                            "ssn",    "defendant", "accused",  "sanik",
                                            "victim", "driver", "witness",     "complainant",
                                            "injured party", NULL};
#define dob_roles (dob_rec_words + 8)
static const char *const ctx_address[] = {"adres", "ünvan", "unvan", "address", "yaşayır",
                                          "ikamet", "residing", "lives at", "located",
                                          "адрес", NULL};
static const char *const ctx_nino[] = {"national insurance", "nino", "ni number",
                                       "insurance number", NULL};
static const char *const ctx_ssn[] = {"ssn", "social security", "social sec", NULL};
static const char *const ctx_email[] = {"email", "e-mail", "e-posta", "e-poçt", "mail",
                                        NULL};

/* Special categories of personal data (KVKK art. 6, GDPR art. 9, Law
 * 998-IIIQ art. 2): words that reveal health, religion or belief, ethnic
 * origin, political opinion, union membership, sex life, criminal record or
 * biometric/genetic data. A finding is the word (with its case suffix). */
static const char *const special_words[] = {
    /* health, en / tr / az */
    "diabetes", "diabetic", "cancer", "hiv", "aids", "hepatitis", "tuberculosis", "depression",
    "schizophrenia", "bipolar disorder", "epilepsy", "pregnancy", "pregnant", "chemotherapy",
    "dialysis", "alzheimer", "autism", "disability", "psychiatric", "hypertension", "asthma",
    "diyabet", "şeker hastalığı", "kanser", "hepatit", "verem", "tüberküloz", "depresyon",
    "şizofreni", "epilepsi", "hamile", "kemoterapi", "diyaliz", "engelli", "otizm", "psikiyatri",
    "hipertansiyon", "astım", "atrial fibrillation", "heart failure", "copd", "multiple sclerosis",
    "koah", "kalp yetmezliği", "böbrek yetmezliği", "multipl skleroz", "wheelchair user",
    "tekerlekli sandalye kullanıcısı", "əlil arabası istifadəçisi", "diabet", "şəkər xəstəliyi",
    "xərçəng", "vərəm", "depressiya", "şizofreniya", "epilepsiya", "hamilə", "kimyaterapiya",
    "dializ", "əlillik", "psixiatr", "hipertoniya", "astma",
    /* chronic diseases, diagnoses and allergies, en / tr / az */
    "chronic kidney disease", "kidney disease", "kidney failure", "heart disease", "renal failure",
    "coronary artery disease", "myocardial infarction", "high blood pressure", "dementia",
    "parkinson's disease", "parkinson hastalığı", "parkinson xəstəliyi", "rheumatoid arthritis",
    "osteoarthritis", "osteoporosis", "cirrhosis", "leukemia", "leukaemia", "lymphoma", "migraine",
    "celiac disease", "coeliac disease", "crohn's disease", "crohn hastalığı", "psoriasis",
    "anxiety disorder", "panic disorder", "ptsd", "adhd", "eating disorder", "anorexia",
    "alcoholism", "hypothyroidism", "hyperthyroidism", "peanut allergy", "nut allergy",
    "penicillin allergy", "food allergy", "latex allergy", "shellfish allergy",
    "kronik böbrek hastalığı", "böbrek hastalığı", "kalp hastalığı", "koroner arter",
    "yüksek tansiyon", "demans", "romatoid artrit", "osteoporoz", "siroz", "lösemi", "lenfoma",
    "migren", "çölyak", "sedef hastalığı", "anksiyete bozukluğu", "panik bozukluk", "hipotiroidi",
    "hipertiroidi", "fıstık alerjisi", "penisilin alerjisi", "gıda alerjisi", "şəkərli diabet",
    "diabetes mellitus", "congestive heart failure", "konjestif kalp yetmezliği", "hipertenziya",
    "arterial hipertenziya", "arterial hypertension", "böyrək çatışmazlığı", "ürək çatışmazlığı",
    "miokard infarktı", "demensiya", "revmatoid artrit", "sirroz", "leykemiya", "limfoma", "miqren",
    "fıstıq allergiyası", "penisillin allergiyası", "qida allergiyası", "xroniki böyrək xəstəliyi",
    "böyrək xəstəliyi", "ürək xəstəliyi",
    /* diagnoses as discharge letters and reports name them (batch 15) */
    "bədxassəli şiş", "xoşxassəli şiş", "malignant tumour", "malignant tumor", "malign tümör",
    "disk hernisi", "bel fıtığı", "disc herniation", "herniated disc", "disk yırtığı",
    "miyokard enfarktüsü", "miokard infarkt", "community-acquired pneumonia", "pneumonia",
    "pnömoni", "zatürre", "pnevmoniya", "sətəlcəm", "bipolar affective disorder",
    "bipolar bozukluk", "bipolyar pozuntu", "bipolyar affektiv pozuntu",
    /* batch 16: more diagnoses and fertility treatment */
    "prediabetes", "prediabet", "atrial fibrilyasiya", "atriyal fibrilasyon", "miyokard infarktüsü",
    "major depressive disorder", "majör depresif bozukluk", "depresif bozukluk",
    "depressiv pozuntu", "appendicitis", "apandisit", "appendisit", "ivf", "in vitro fertilisation",
    "in vitro fertilization", "tüp bebek tedavisi", "süni mayalanma",
    /* batch 17: a lung disease, and infectious-disease markers reported
     * with their result ("HBsAg: müsbət"; a negative one, see negated_field) */
    "obstrüktif akciğer hastalığı", "obstructive pulmonary disease", "obstruktiv ağciyər xəstəliyi",
    "hbsag", "anti-hcv",
    /* batch 18: an infection, a depressive episode, a symptom, and an
     * offence charged under its statute ("... contrary to section 2 of
     * the Fraud Act 2006", see special_statute) */
    "bronchitis", "bronşit", "bronxit", "depressive episode", "depresif epizod", "depressiv epizod",
    "night sweats", "gece terlemesi", "gecə tərləmə", "contrary to s",
    /* more diagnoses: pancreatitis, an addiction, a learning disability,
     * the short form of type 2 diabetes */
    "pancreatitis", "pankreatit", "alcohol use disorder", "substance use disorder",
    "alkol bağımlılığı", "alkoqol asılılığı", "dyslexia", "disleksi", "type 2 dm", "tip 2 dm",
    "t2dm",
    /* batches 19-20: chronic pain in a person's record, and offences as az
     * and tr charge sheets write them, an act on an object ("narkotik
     * vasitələrin qanunsuz saxlanması", "resmi belgede sahtecilik"; see
     * offence_object) */
    "chronic pain", "chronic back pain", "chronic neck pain", "chronic low back pain",
    "chronic lower back pain", "chronic pelvic pain", "kronik ağrı", "kronik bel ağrısı",
    "kronik boyun ağrısı", "xroniki ağrı", "xroniki bel ağrısı", "fibromyalgia", "fibromiyalji",
    "fibromialgiya", "qanunsuz saxlan", "qanunsuz gəzdiril", "qanunsuz əldə edil",
    "qanunsuz hazırlan", "qanunsuz daşın", "qanunsuz satış", "saxtalaşdırıl", "sahtecilik",
    /* offences that are everyday words too ("fraud", "tehdit", "oğurluq"):
     * only with a charge, verdict, record or suspect in their sentence
     * (offence_gated) */
    "assault", "theft", "robbery", "shoplifting", "fraud", "murder", "manslaughter", "harassment",
    "criminal damage", "possession of a class", "driving while disqualified", "dangerous driving",
    "stalking", "arson", "dolandırıcılık", "tehdit", "hakaret", "yağma", "kasten öldürme",
    "cinsel saldırı", "dələduzluq", "oğurluq", "quldurluq", "qəsdən adam öldürmə", "xuliqanlıq",
    /* religion or belief */
    "muslim", "christian", "jewish", "atheist", "buddhist", "sunni", "shia", "alevi", "müslüman",
    "hristiyan", "yahudi", "ateist", "sünni", "şii", "müsəlman", "xristian", "yəhudi", "şiə",
    /* ethnic origin */
    "ethnic origin", "etnik köken", "etnik mənşə", "irqi mənsubiyyət",
    /* political opinion, union membership */
    "party member", "parti üyesi", "partiya üzvü", "union member", "sendika üyesi",
    "həmkarlar ittifaqı üzvü",
    /* sex life */
    "homosexual", "lesbian", "bisexual", "transgender", "eşcinsel", "biseksüel", "homoseksual",
    /* criminal record */
    "criminal record", "convicted of", "sabıka kaydı", "hükümlü", "məhkumluq", "cinayət işi",
    /* offences as charge sheets and custody records name them (batch 15) */
    "nitelikli dolandırıcılık", "nitelikli hırsızlık", "kasten yaralama",
    "uyuşturucu madde ticareti", "possession with intent to supply",
    "narkotik vasitələrin qanunsuz dövriyyəsi",
    /* sentences (batch 16) */
    "hapis cezası", "imprisonment", "həbs cəzası", "azadlıqdan məhrum etmə",
    /* offences and verdicts (batch 17) */
    "burglary", "hırsızlık", "driving under the influence", "drink-driving", "drink driving",
    "alkollü araç kullan", "possession of a controlled substance", "azadlıqdan məhrum edil",
    /* batch 21: an injury or a mass at a body site (site_before), a clot,
     * a symptom, a dependence, an offence with a weapon or a drug, a
     * disability with its group, a flu told of oneself (illness_told), a
     * named developmental disorder */
    "fracture", "kırığı", "sınığı", "zədəsi", "menisk zədəsi", "meniscus tear", "menisküs yırtığı",
    "lobe mass", "deep vein thrombosis", "derin ven trombozu", "pulmonary embolism",
    "pulmoner emboli", "shortness of breath", "nefes darlığı", "alcohol dependence",
    "opioid dependence", "possession of an offensive weapon", "possession of a bladed article",
    "conspiracy to supply", "bıçakla yaralama", "silahla yaralama", "əlilliy", "qrip", "grip",
    "otizm spektrum bozukluğu", "autism spectrum disorder",
    /* batch 22: a kidney infection, a palsy, a gluten allergy, stress and
     * anxiety on a fit note, a stroke told of someone (not "a stroke of
     * luck", general_22), a prison sentence being served, an offence in the
     * dative or accusative (the final q softens: "xuliqanlığa görə") */
    "pielonefrit", "piyelonefrit", "pyelonephritis", "serebral iflic", "cerebral palsy",
    "serebral palsi", "qlüten allergiyası", "gluten allergy", "gluten alerjisi",
    "work-related stress", "anxiety", "had a stroke", "suffered a stroke",
    "recovering from a stroke", "custodial sentence", "prison sentence", "cezaevinde hükümlü",
    "xuliqanlığ", "oğurluğ", "dələduzluğ", "quldurluğ",
    /* batch 23: an injury as a claim or a collision report gives it, at
     * its body site ("chest injuries", "boyun incinmesi"; site_before) or
     * after "fractured" (site_after), a concussion, whiplash, a lipid
     * disorder, AF as written short, a drug addiction, and the handling
     * of stolen goods charged */
    "injuries", "injury", "incinmesi", "fractured", "concussion", "beyin sarsıntısı",
    "beyin silkələnməsi", "whiplash", "hypercholesterolemia", "hypercholesterolaemia",
    "hiperkolesterolemi", "hiperxolesterinemiya", "afib", "narkomaniya", "narkomanlıq",
    "uyuşturucu bağımlılığı", "madde bağımlılığı", "drug addiction", "heroin addiction",
    "theft from the person", "theft from person", "theft from a motor vehicle",
    "receiving stolen property", "receiving stolen goods", "handling stolen goods",
    "handling stolen property",
    /* batch 24: diagnoses of discharge letters, prescriptions and health
     * declarations (a stroke named by its kind, not the English "insult"),
     * a disability group, sexually transmitted infections, antenatal care,
     * a dietary condition alone ("Roy - coeliac"), the IATA service codes
     * of a passenger with a disability, an offence against an order and
     * the misuse of bank cards (TCK 245) */
    "işemik xəstəliy", "stenokardiya", "hipotireoz", "işemik insult", "hemorragik insult",
    "beyin insultu", "hemiparez", "bel yırtığı", "qrup əlil", "skolyoz", "skolioz", "scoliosis",
    "menisküs ameliyatı", "kafa travması", "head injury", "alkol intoksikasyonu",
    "alcohol intoxication", "kartlarının kötüye kullanılması", "cognitive impairment",
    "fractured neck of femur", "acl reconstruction", "acl tear", "prenatal care", "antenatal care",
    "coeliac", "celiac", "chlamydia", "gonorrhoea", "gonorrhea", "syphilis", "klamidya", "frengi",
    "sifilis", "xlamidiya", "ssr deaf", "ssr blnd", "ssr dpna", "breach of protection order",
    "breach of a protection order", "breach of restraining order", "breach of a restraining order",
    /* batch 25: tonsillitis (az) or angina pectoris, covid told of oneself
     * (illness_told), a stroke told of someone ("after a stroke"; "insult
     * keçirib", "felç geçirdi", "inme geçirdi": see stroke_told), an
     * allergy with its allergen ("egg allergy", "penisillinə allergiya":
     * see allergen_before), and more charges of a court docket */
    "angina", "covid", "stroke", "insult", "fel\xC3\xA7", "inme", "allerg", "alerji",
    /* batches 40-49: a heart attack's clinical name, a seizure told of
     * someone (see stroke_told), self-harm, an eating disorder, a gender
     * identity, a recovery fellowship, bipolar II, an operation, a
     * hepatitis C antibody with its result */
    "nstemi", "stemi", "seizure", "self-harm", "disordered eating", "eating disorder", "non-binary",
    "alcoholics anonymous", "bipolar ii", "hysterectomy", "mastectomy", "hcv antitel",
    "hcv antikor", "hcv antibody", "operating under the influence", "leaving the scene",
    /* a faith as the answer of a religion field ("Dini: İslam"; see
     * religion_field: "İslam" is a given name too) */
    "islam", "catholic", "katolik", "orthodox", "ortodoks", "pravoslav", "protestant",
    /* batch 26: impairments of hearing and sight, autism and a malignant
     * growth as az writes them, a stroke in an az case ("insultdan
     * sonrakı"), ALS and Parkinson's named short, a neck hernia, named
     * food and other allergies, a joint replacement, recovery from an
     * addiction, wheelchair use told of someone (see wheelchair_use),
     * gender identity and orientation told of someone (identity_told),
     * trade unions' members, an arrest for drink-driving */
    "eşitmə qüsuru", "görmə qüsuru", "nitq qüsuru", "işitme kaybı", "işitme engelli",
    "görme engelli", "hearing impairment", "hearing loss", "visual impairment", "autizm",
    "autizm spektri pozuntusu", "bədxassəli törəmə", "xoşxassəli törəmə", "insultdan",
    "als hastalığı", "als xəstəliyi", "motor neurone disease", "motor neuron disease",
    "amyotrophic lateral sclerosis", "parkinson's", "boyun fıtığı", "fındık alerjisi",
    "ceviz alerjisi", "süt alerjisi", "yumurta alerjisi", "arı alerjisi", "polen alerjisi",
    "ilaç alerjisi", "fındıq allergiyası", "qoz allergiyası", "süd allergiyası",
    "yumurta allergiyası", "arı allergiyası", "dərman allergiyası", "egg allergy", "milk allergy",
    "tree nut allergy", "sesame allergy", "bee sting allergy", "pollen allergy", "drug allergy",
    "hip replacement", "knee replacement", "kalça protezi", "diz protezi", "recovering alcoholic",
    "recovering addict", "tekerlekli sandalye", "əlil arabası", "i'm trans", "i am trans",
    "i'm gay", "i am gay", "is gay", "is trans", "openly gay", "siptu member", "unite member",
    "unison member", "gmb member", "rmt member", "nasuwt member", "teamsters member",
    "trade union member", "member of siptu", "member of unite", "member of unison",
    "sendika temsilcisi", "arrest for dui", "arrested for dui", "dui arrest", "dwi arrest",
    /* batch 27: childhood infections, heart surgery, alcohol intoxication
     * as az writes it, ADHD as tr writes it short, a disability's kind, a
     * Turkish union named "...-Sen" and a union representative (see
     * union_told), maternity leave, colour blindness, chemotherapy said
     * short, a disabled veteran, gender reassignment */
    "suçiçəyi", "su çiçeği", "chickenpox", "chicken pox", "measles", "kızamık", "qızılca xəstəliyi",
    "ürək əməliyyat", "kalp ameliyat", "bypass ameliyat", "heart surgery", "open-heart surgery",
    "bypass surgery", "alkoqol sərxoşluğ", "dehb", "dikkat eksikliği", "diqqət əskikliyi",
    "ortopedik engel", "zihinsel engel", "bedensel engel", "eğitim-sen", "eğitim-bir-sen",
    "sağlık-sen", "memur-sen", "büro-sen", "tüm bel-sen", "union representative", "union rep",
    "doğum izn", "maternity leave", "analıq məzuniyyət", "renk körlüğü", "colour blindness",
    "color blindness", "colour blind", "color blind", "daltonizm", "rəng korluğu", "chemo",
    "radiotherapy", "radyoterapi", "disabled veteran", "registered disabled", "gender reassignment",
    "gender transition", "gender dysphoria", "cinsiyet değiştirme", "cinsiyet uyum",
    /* batch 28: a heart defect, gallstones, a pacemaker, a hepatitis B
     * carrier, panic attacks, a pregnancy by its week, hearing and sight
     * impairments in the first person ("işitme engelim"), kidney disease
     * short, speech and language impairments, a memory clinic, wheelchair
     * use, union membership in the dative, previous convictions, an
     * offence of a Turkish record, a drug possession charge (drug names
     * alone, "sertraline", "insulin", are not: the labelled sets leave
     * them); a race or ethnicity as a field's answer ("Race:
     * Asian", see race_field) */
    "ürək qüsuru", "anadangəlmə ürək qüsuru", "heart defect", "kalp kusuru", "öd kisəsində daş",
    "öd daşı", "safra kesesi taşı", "gallstones", "kardiostimulyator", "pacemaker", "kalp pili",
    "hbv daşıyıcısı", "hepatit b daşıyıcısı", "hbv taşıyıcısı", "hepatit b taşıyıcısı",
    "hbv carrier", "panik atak", "panic attacks", "haftalık gebelik", "həftəlik hamiləlik",
    "weeks pregnant", "işitme engel", "görme engel", "ckd", "speech impairment",
    "language impairment", "memory clinic", "uses a wheelchair", "emotional support animal",
    "həmkarlar ittifaqına üzv", "previous convictions", "convictions for", "karşılıksız yararlanma",
    "fəqərələrində yırtıq", "fəqərə yırtığı", "possession of marijuana", "possession of cannabis",
    "heroin dependency", "opioid dependency", "white", "asian", "black", "hispanic", "latino",
    "latina", "caucasian", "african american", "mixed race",
    /* batch 31: a dependency, sight loss as registered, an allergy told as
     * "allergic to" its allergen */
    "alcohol dependency", "alcohol dependence", "registered blind", "allergic to penicillin",
    "allergic to peanuts", "allergic to nuts", "allergic to latex",
    /* batch 29: a blood disorder, a confusion and an infection of a
     * discharge letter, a low mood on a prescription, a loss of sight or
     * hearing, an inguinal hernia, blood sugar told high, a past
     * conviction (az), union membership, a recent stroke, charges of a
     * court list by their statutory names (not gated: a name this long is
     * always the offence), a US misdemeanor, embezzlement and drug use
     * (gated, see offence_gated) */
    "sickle cell", "delirium", "urinary tract infection", "low mood", "görmə itkisi",
    "eşitmə itkisi", "görme kaybı", "qasıq yırtığı", "kasık fıtığı", "inguinal hernia",
    "şəkəri yüksək", "məhkum olunmuş", "sendika üyeliği", "sendikası üyesi", "recent stroke",
    "fraud by false representation", "fraud by abuse of position",
    "assault occasioning actual bodily harm", "assault by beating", "misdemeanor dwi",
    "misdemeanor dui", "felony dwi", "felony dui", "mənimsəmə", "uyuşturucu madde kullan",
    /* batch 32: a depressive disorder of any kind, a road-accident
     * injury offence (TCK 89), union membership in the genitive */
    "depressive disorder", "taksirle yaralama", "həmkarlar ittifaqının üzvü",
    /* batches 30-31: a conviction under an article of the az criminal code
     * ("CM-in 177.2-ci maddəsi ilə məhkum olunub"), a war disability, being
     * drunk at work, a gambling addiction, a prison term served ("hapis
     * yatmış"), a mental health team, a US conviction, religious dress and
     * feasts, bedridden and paralysed, stalking (TCK 123/A), a hepatitis B
     * carrier in the noun form, union dues (see union_dues) */
    "maddəsi ilə məhkum", "müharibəsi əlili", "müharibə əlili", "alkoqol təsiri altında",
    "alkol etkisi altında", "under the influence of alcohol", "kumar bağımlılığı",
    "kumar bağımlısı", "qumar asılılığı", "gambling addiction", "hapis yat", "mental health team",
    "perinatal mental health", "misdemeanor conviction", "felony conviction", "conviction for",
    "hijab", "niqab", "eid al-fitr", "eid al-adha", "yatağa bağımlı", "ısrarlı takip",
    "hepatit b taşıyıcılığı", "sendika",
    /* faiths and schools of a religion field or in brackets after a name
     * (see religion_field) */
    "church of ireland", "church of england", "anglican", "presbyterian", "methodist", "hanefi",
    "şafii", "caferi",
    /* batch 33: a party's member in the genitive (az), blood alcohol in
     * promille, cancer treatment, devoutness, procedures (a coronary
     * angioplasty, knee and hip surgery, an appendix removed), antenatal
     * visits, a union by its name, the breach of a protection order */
    "partiyasının üzvü", "partisinin üyesi", "promil alkoqol", "promil alkol", "onkoloji müalicə",
    "onkolojik tedavi", "onkoloji tedavi", "dindar", "angioplasty", "anjiyoplasti", "angioplastika",
    "knee surgery", "hip surgery", "diz ameliyat", "kalça ameliyat", "perforated appendix",
    "appendectomy", "antenatal appointment", "antenatal clinic", "unite the union", "avo breach",
    "breach of an avo",
    /* batches 34-35: a low or high blood sugar episode, a heart attack, a
     * lung disease, a torn meniscus or rotator cuff, high blood pressure
     * as az and tr say it ("təzyiq xəstəliyi", "tansiyon hastası"), a
     * thyroiditis, lactose intolerance, Parkinson's named short before
     * its drug or patient ("parkinson ilacı"; the name alone is a
     * surname), money laundering (gated, see offence_gated) and a union
     * by its name (see union_told) */
    "hipoqlikemiya", "hipoglisemi", "hypoglycaemia", "hypoglycemia", "hiperqlikemiya",
    "hiperglisemi", "hyperglycaemia", "hyperglycemia", "heart attack", "kalp krizi", "ürək tutması",
    "infarkt keçir", "emphysema", "amfizem", "emfizema", "menisk cırılması", "menisk yırtığı",
    "rotator cuff", "rotator manşet", "təzyiq xəstəliy", "tansiyon hastası", "tansiyon hastalığı",
    "tiroidit", "thyroiditis", "tireoidit", "lactose intolerance", "laktoz intoleransı",
    "laktoz intoleransiyası", "laktoza dözümsüzlük", "gluten intolerance", "glüten intoleransı",
    "parkinson ilac", "parkinson hasta", "parkinson xəstə", "parkinson dərman",
    "parkinson medication", "money laundering", "kara para aklama", "çirkli pulların yuyulması",
    "siptu union", "unison union", "gmb union", "alzheimer's dementia", "alzheimer's disease",
    "alzheimer hastalığı", "alzheimer xəstəliyi",
    /* batch 39: a trauma disorder, hardened arteries, an infarction named
     * after its organ ("Miokardın kəskin infarktı", see organ_before),
     * gallstones in the genitive, a thyroid nodule and its removal,
     * substance abuse, a party's membership ("partiya üzvlüyünə qəbul",
     * "Yeni Çağ Partisi'ne üyeliğiniz", "membership of the Green Party":
     * see party_after) and an ethnicity field's "Mixed" (race_field) */
    "post-traumatic stress disorder", "posttraumatic stress disorder",
    "travma sonrası stres bozukluğu", "posttravmatik stress pozuntusu", "ateroskleroz",
    "atherosclerosis", "kəskin infarkt", "öd kisəsinin daş", "tiroid nodül", "thyroid nodule",
    "tiroidektomi", "thyroidectomy", "substance abuse", "partiya üzvlüy", "partisi'ne üye",
    "partisine üye", "partisi\xE2\x80\x99ne üye", "membership of the", "member of the", "mixed",
    /* batch 42: a brain haemorrhage in a blood appeal, psychological
     * treatment in a petition, dengue in a complaint, and a caste in a
     * matrimonial ad ("Telugu Brahmin": caste is religious and ethnic
     * origin) */
    "beyin kanaması", "beyin qanaması", "brain haemorrhage", "brain hemorrhage",
    "psikolojik tedavi", "psixoloji müalicə", "psychological treatment", "dengue", "brahmin",
    /* leftovers of the seventh session: leukaemia in Azerbaijani, spinal
     * muscular atrophy and its type, a brain injury by its kind, the
     * locals of US unions */
    "leykoz", "sma tip ", "spinal muscular atrophy", "spinal müsküler atrofi",
    "traumatic brain injury", "teamsters local", "seiu local",
    /* biometric and genetic */
    "fingerprint", "genetic test", "parmak izi", "barmaq izi", "genetik test", NULL};

/* ---- helpers ------------------------------------------------------------ */
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }

static int count_digits(const char *s, size_t n) {
  int d = 0;
  for (size_t i = 0; i < n; i++) d += is_digit((unsigned char)s[i]);
  return d;
}

/* Separator layout of a digit string: returns 1 if all separators are the same
 * single character (or there are none), else 0; *groups gets group sizes. */
static int grouping(const char *s, size_t n, int *groups, int maxg, int *ng) {
  char sep = 0;
  int g = 0, cur = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (is_digit((unsigned char)c)) {
      cur++;
      continue;
    }
    if (sep && c != sep) return 0;
    sep = c;
    if (cur == 0) return 0;
    if (g < maxg) groups[g] = cur;
    g++;
    cur = 0;
  }
  if (cur == 0) return 0;
  if (g < maxg) groups[g] = cur;
  *ng = g + 1;
  return 1;
}

/* Does p[0..n) consist of `prefix` followed by exactly `digits` digits, with
 * one optional space between them when space_ok? */
static int prefixed_digits(const char *p, size_t n, const char *prefix, int digits,
                           int space_ok) {
  size_t k = strlen(prefix);
  if (n < k || memcmp(p, prefix, k) != 0) return 0;
  if (space_ok && k < n && p[k] == ' ') k++;
  if (n - k != (size_t)digits) return 0;
  for (size_t i = k; i < n; i++)
    if (!is_digit((unsigned char)p[i])) return 0;
  return 1;
}

/* ---- checks ------------------------------------------------------------- */
/* T.C. Kimlik: the checksum. Spaced by OCR, one digit per box, the
 * number is also a run of spaced digits, which a checksum passes one time
 * in a hundred: it then needs its context word (-0.55: 0.3 + 0.15 + the
 * label and language bonuses). */
static int chk_tckn(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  if (*e - *s == 21) {
    char b[11];
    for (int i = 0; i < 11; i++) {
      b[i] = t[*s + 2 * (size_t)i];
      if (i < 10 && t[*s + 2 * (size_t)i + 1] != ' ') return 0;
    }
    if (!gizli_valid_tckn(b, 11)) return 0;
    *adj -= 0.55f;
    return 2;
  }
  return gizli_valid_tckn(t + *s, *e - *s) ? 2 : 0;
}
static int chk_vkn(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  return gizli_valid_vkn(t + *s, *e - *s) ? 2 : 0;
}
static int chk_voen(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  return gizli_valid_voen(t + *s, *e - *s) ? 2 : 0;
}
static int chk_mersis(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  return gizli_valid_mersis(t + *s, *e - *s) ? 2 : 0;
}
static int chk_iban(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  return gizli_valid_iban(t + *s, *e - *s) ? 2 : 0;
}

/* An IBAN typed in lower case ("az15ubaz1072..." in a chat): validated in
 * upper case. */
static int chk_iban_lower(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  char b[48];
  size_t n = *e - *s;
  if (n >= sizeof b) return 0;
  for (size_t i = 0; i < n; i++) b[i] = (char)toupper((unsigned char)t[*s + i]);
  return gizli_valid_iban(b, n) ? 2 : 0;
}

/* Cards: Luhn and issuer range, and a plausible layout: no separators, or
 * one separator kind in groups of 4 (Amex 4-6-5, 19-digit 4-4-4-4-3). */
static int chk_card(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  const char *p = t + *s;
  size_t n = *e - *s;
  int g[8], ng = 0;
  if (!grouping(p, n, g, 8, &ng)) return 0;
  if (ng > 1) {
    int nd = count_digits(p, n);
    int ok = 1;
    if (nd == 15 && ng == 3) ok = g[0] == 4 && g[1] == 6 && g[2] == 5;
    else {
      for (int i = 0; i < ng && i < 8; i++)
        if (g[i] != 4 && !(i == ng - 1 && g[i] >= 1 && g[i] <= 4)) ok = 0;
    }
    if (!ok) return 0;
    /* two more groups of four before it with the same separator, the
     * first with a digit ("TR73 0013 4061 0492 7354 3939 87", an IBAN that
     * failed its checksum): the middle of a longer grouped number, not a
     * card (batch 26); one group is a year or a reference ("Ref 2023
     * 4111 ...") */
    char sep = p[g[0]];
    if (*s >= 11 && t[*s - 1] == sep && count_digits(t + *s - 5, 4) == 4 && t[*s - 6] == sep &&
        !isalnum((unsigned char)t[*s - 11]) && count_digits(t + *s - 10, 4) >= 1) {
      int alnum = 1;
      for (size_t k = *s - 10; k < *s - 6; k++) alnum &= isalnum((unsigned char)t[k]) != 0;
      if (alnum) return 0;
    }
  }
  return gizli_valid_card(p, n) ? 2 : 0;
}

/* Phone parsing shared by the Turkish and Azerbaijani checks: keeps digits,
 * allows ' ', '-', '.', and one pair of brackets; notes a leading '+'. */
static int phone_digits(const char *p, size_t n, char *d, int cap, int *plus) {
  int k = 0, open = 0, closed = 0;
  *plus = 0;
  for (size_t i = 0; i < n; i++) {
    char c = p[i];
    if (is_digit((unsigned char)c)) {
      if (k == cap) return -1;
      d[k++] = c;
    } else if (c == '+' && (i == 0 || (i == 1 && p[0] == '('))) { /* "(+994 12)" */
      *plus = 1;
    } else if (c == '(') {
      if (open) return -1;
      open = 1;
    } else if (c == ')') {
      if (!open || closed) return -1;
      closed = 1;
    } else if (c != ' ' && c != '-' && c != '.') {
      return -1;
    }
  }
  if (open != closed) return -1;
  for (size_t i = 1; i < n; i++) {
    char a = p[i - 1], b = p[i];
    int sa = !is_digit((unsigned char)a) && a != '+', sb = !is_digit((unsigned char)b);
    if (sa && sb && !(a == ')' && b == ' ') && !(a == ' ' && b == '(') &&
        !(a == ')' && b == '-') && !(a == '(' && b == '+'))
      return -1;
  }
  if (!is_digit((unsigned char)p[n - 1])) return -1;
  return k;
}

/* What a '+' country code adds: enough to outweigh a contradicting word. */
#define GZ_PLUS_BONUS 0.35f

/* Is the word right before s (after its spaces, not before lo) a word for
 * a number, "No", "No:", "Nr.", "numarası"? *ws is set to its start. */
static int number_word_before(const char *t, size_t lo, size_t s, size_t *ws) {
  static const char *const no[] = {"no",       "no.",       "no:",      "nr",        "nr.", "nr:",
                                   "numarası", "numarası:", "numarasi", "numarasi:", NULL};
  size_t w = s;
  while (w > lo && t[w - 1] == ' ') w--;
  size_t a = w;
  while (a > lo && w - a < 16 && t[a - 1] != ' ' && t[a - 1] != '\n') a--;
  if (a == w) return 0;
  char f[24];
  size_t n = gz_fold_key(t + a, w - a, f, sizeof f - 1);
  f[n] = 0;
  for (int i = 0; no[i]; i++)
    if (strcmp(f, no[i]) == 0) {
      *ws = a;
      return 1;
    }
  return 0;
}

/* Is a digit group glued by a space, dot or dash right before s ("235
 * 2161884027", "12-0532...")? Then the number at s is the tail of a longer
 * one. */
static int group_before(const char *t, size_t s) {
  return s >= 2 && strchr(" .-", t[s - 1]) && is_digit((unsigned char)t[s - 2]);
}

/* Is a national number (with its trunk 0) written the way only phone
 * numbers are: its area code in brackets ("(022) 256 33 10", "0 (212) 555
 * 12 34", "(0 312) 468 12 34"), or its subscriber number grouped 3-2-2 or
 * 3-4 after the area code ("050 234 56 78", "0532 123 45 67", "0555 762
 * 9578"), and no other digit group glued to it by a separator? Order,
 * subscriber and reference numbers are run together ("0222563310"). */
static int phone_layout(const char *t, size_t len, size_t s, size_t e) {
  const char *p = t + s, *o = memchr(p, '(', e - s), *c = memchr(p, ')', e - s);
  if (group_before(t, s)) return 0;
  if (e + 1 < len && strchr(" .-", t[e]) && is_digit((unsigned char)t[e + 1])) return 0;
  if (o && c && c > o) {
    size_t i = 0;
    while (s + i < e && !is_digit((unsigned char)p[i])) i++;
    if (s + i == e || p[i] != '0' || p + i > o + 1) return 0;
    return count_digits(c + 1, e - s - (size_t)(c + 1 - p)) == 7;
  }
  int g[8], ng = 0, cur = 0;
  for (size_t i = s; i <= e; i++) {
    if (i < e && is_digit((unsigned char)t[i])) {
      cur++;
    } else if (cur) {
      if (ng == 8) return 0;
      g[ng++] = cur;
      cur = 0;
    }
  }
  if (ng >= 4 && g[ng - 3] == 3 && g[ng - 2] == 2 && g[ng - 1] == 2) return 1;
  return ng >= 3 && g[ng - 2] == 3 && g[ng - 1] == 4;
}

/* Is the number ending at e named by the words after it as a reference:
 * "4206528804 numaralı başvurunuz", "... nolu sipariş", "...
 * nömrəli müraciət"? The numbered word and then a word of neg_phone;
 * the contradicting-word window (16 bytes after) ends inside "numaralı". "...
 * numaralı telefon" stays a phone. */
/* Is the number at s glued with a hyphen to the letters of a code before
 * it ("Polis № KS-26-0145782", "TC-88412093"), or with a slash to a code
 * in capitals ("İTS/26-0094412")? Then it is the code's
 * tail, not a phone number written on its own (batch 26). */
static int code_prefix(const char *t, size_t s) {
  if (s < 2 || (t[s - 1] != '-' && t[s - 1] != '/')) return 0;
  unsigned char c = (unsigned char)t[s - 2];
  /* a slash after a capitals code: "Arayış № İTS/26-0094412" (batch 28) */
  if (t[s - 1] == '/') return c >= 'A' && c <= 'Z' && s >= 3 && !(t[s - 3] >= 'a' && t[s - 3] <= 'z');
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* A number in its international form without '+' (country code and
 * national number, "994553407719") after a lower-case word and a hyphen
 * is a value tagged by that word, "user=guest-994553407719" on a Wi-Fi
 * portal (batch 32): no code's tail, which code_prefix takes in capitals. */
static int tagged_intl(const char *t, size_t s, const char *nat, const char *d) {
  return nat != d && d[0] != '0' && s >= 2 && t[s - 1] == '-' && t[s - 2] >= 'a' && t[s - 2] <= 'z';
}

static int numbered_reference(const char *t, size_t len, size_t e) {
  static const char *const numbered[] = {
      "numarali ", "nolu ", "no'lu ", "no.lu ", "sayili ", "sayli ", "n\xC3\xB6mr\xC9\x99li ",
      NULL};
  if (e >= len || t[e] != ' ') return 0;
  char f[64];
  size_t n = gz_fold_key(t + e + 1, len - e - 1 < 48 ? len - e - 1 : 48, f, sizeof f - 1);
  f[n] = 0;
  for (int k = 0; numbered[k]; k++) {
    size_t m = strlen(numbered[k]);
    if (strncmp(f, numbered[k], m) != 0) continue;
    for (int w = 0; neg_phone[w]; w++)
      if (strncmp(f + m, neg_phone[w], strlen(neg_phone[w])) == 0) return 1;
    return 0;
  }
  return 0;
}

static int folded_has(const char *t, size_t a, size_t b, const char *const *words);
/* A number run together with no separator and then "numaralı" (or
 * "nömrəli", "nolu") naming anything but a phone line ("0211140033
 * numaralı mezunuyum", a student number; batch 31) is that thing's number;
 * "05321234567 numaralı telefon", "... numaralı yeni bir hat" (a phone or
 * line word in the next three words) stay phones. */
static int numbered_plain(const char *t, size_t len, size_t s, size_t e) {
  static const char *const numbered[] = {"numarali ", "nolu ", "no'lu ", "n\xC3\xB6mr\xC9\x99li ",
                                         NULL};
  static const char *const line[] = {"hat", "xett", "cep", "gsm", "mobil", "whatsapp", NULL};
  for (size_t i = s; i < e; i++)
    if (!is_digit((unsigned char)t[i])) return 0;
  if (e >= len || t[e] != ' ') return 0;
  char f[64];
  size_t n = gz_fold_key(t + e + 1, len - e - 1 < 48 ? len - e - 1 : 48, f, sizeof f - 1);
  f[n] = 0;
  for (int k = 0; numbered[k]; k++) {
    size_t m = strlen(numbered[k]);
    if (strncmp(f, numbered[k], m) != 0) continue;
    /* a phone or line word among the next three words */
    size_t w = m;
    for (int words = 0; words < 3 && f[w] && f[w] != '\n'; words++) {
      for (int j = 0; ctx_phone[j]; j++)
        if (strncmp(f + w, ctx_phone[j], strlen(ctx_phone[j])) == 0) return 0;
      for (int j = 0; line[j]; j++)
        if (strncmp(f + w, line[j], strlen(line[j])) == 0) return 0;
      while (f[w] && f[w] != ' ' && f[w] != '\n') w++;
      while (f[w] == ' ') w++;
    }
    return w > m;
  }
  return 0;
}

/* Does a Turkish mobile operator's name stand before s on its line, at
 * most two words back: a bank statement's bill payment ("TURKCELL FATURA
 * 5327194406"), a top-up ("Vodafone TL yükleme 5421234567")? The number
 * after it is the subscriber's line. */
static int operator_before(const char *t, size_t s) {
  static const char *const ops[] = {
      "turkcell", "vodafone", "türk telekom", "turk telekom", "bimcell", "pttcell", NULL};
  size_t a = s, words = 0;
  while (a > 0 && s - a < 40 && t[a - 1] != '\n') {
    if (t[a - 1] == ' ' && a < s && t[a] != ' ' && ++words > 3) break;
    a--;
  }
  /* "Turkcell fatura no 5327194406": a number labelled as the bill's */
  size_t ws;
  if (number_word_before(t, a, s, &ws)) return 0;
  return folded_has(t, a, s, ops);
}

/* Is the ten-digit national number nat (no trunk 0) in the Turkish
 * numbering plan: a mobile prefix (50x, 51x, 53x-55x, 561) or a geographic
 * area code (2xx-4xx with an even last digit and a middle digit 1-8, as
 * every province's is; 0850 and the like are handled by the caller)? A
 * reference run together without its 0 ("Tahakkuk No: 5672268672",
 * "2601144872") mostly is not. */
static int tr_number_plan(const char *nat) {
  int a = nat[0] - '0', b = nat[1] - '0', c = nat[2] - '0';
  if (a == 5) return b == 0 || b == 1 || (b >= 3 && b <= 5) || (b == 6 && c == 1);
  return a >= 2 && a <= 4 && b >= 1 && b <= 8 && c % 2 == 0;
}

/* Is the number at s labelled as a reference on its line: "Dekont No:",
 * "Aday No:", "Tahakkuk No" (a word for a number after a word that is not a
 * phone word; "Tel No:", "Cep No:" stay phones)? */
static int reference_label_before(const char *t, size_t s) {
  size_t ws;
  if (!number_word_before(t, 0, s, &ws) || ws == 0 || t[ws - 1] != ' ') return 0;
  size_t pe = ws - 1, ps = pe; /* the word before it */
  while (ps > 0 && pe - ps < 24 && t[ps - 1] != ' ' && t[ps - 1] != '\n') ps--;
  return ps < pe && !folded_has(t, ps, pe, ctx_phone);
}

/* Is the number at s the value of a log's or a record's key that names
 * an identifier or a tag: 'logid="0101039424"' of a FortiGate event,
 * '"hgs_etiket":"0512771048"' of a toll-tag dump, "msgid=", "sessionid="
 * (batch 41)? The key stands right before the value ('=' or ':' and an
 * optional quote); its name, folded and without '_' or '-', ends in one of
 * the words below. A caller id ("callerid=") is not among them. */
static int id_key_before(const char *t, size_t s) {
  static const char *const keys[] = {"logid",     "msgid",  "eventid",  "sessionid", "traceid",
                                     "requestid", "txid",   "deviceid", "etiket",    "tagid",
                                     "tagno",     "serial", "serialno",
                                     /* "sess=4KXP9QZ" beside "fin=" (batch 43) */
                                     "sess",      "session", "sid",     "token",     "nonce",
                                     "spanid",    "jobid",   NULL};
  size_t i = s;
  if (i > 0 && (t[i - 1] == '"' || t[i - 1] == '\'')) i--;
  if (i > 0 && t[i - 1] == ' ') i--;
  if (i == 0 || (t[i - 1] != '=' && t[i - 1] != ':')) return 0;
  i--;
  if (i > 0 && t[i - 1] == '"') i--;
  char k[24];
  size_t n = 0, j = i;
  while (j > 0 && i - j < 32 &&
         (isalnum((unsigned char)t[j - 1]) || t[j - 1] == '_' || t[j - 1] == '-'))
    j--;
  for (size_t q = j; q < i && n < sizeof k - 1; q++)
    if (t[q] != '_' && t[q] != '-') k[n++] = (char)tolower((unsigned char)t[q]);
  k[n] = 0;
  for (int w = 0; keys[w]; w++) {
    size_t m = strlen(keys[w]);
    if (n >= m && memcmp(k + n - m, keys[w], m) == 0) return 1;
  }
  return 0;
}

static int chk_phone_tr(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  char d[20];
  int plus;
  int n = phone_digits(t + *s, *e - *s, d, 20, &plus);
  const char *nat = NULL;
  if (n == 12 && d[0] == '9' && d[1] == '0') nat = d + 2;
  else if (n == 13 && memcmp(d, "900", 3) == 0 && memchr(t + *s, '(', *e - *s)) nat = d + 3;
  else if (n == 14 && memcmp(d, "0090", 4) == 0) nat = d + 4;
  else if (n == 11 && d[0] == '0' && !plus) nat = d + 1;
  int line = 0; /* a mobile line named by its operator */
  if (n == 10 && !plus) {
    nat = d;
    line = d[0] == '5' && operator_before(t, *s);
    if (!line) {
      /* no trunk or country prefix: needs context, a prefix of the
       * numbering plan, no digit group run into it ("E-bilet: 235
       * 2161884027") and no reference label before it */
      if (!tr_number_plan(d) || reference_label_before(t, *s) || group_before(t, *s)) return 0;
      *adj -= 0.45f;
      /* a cell under an "ID" column's header, a game roster's (batch 51) */
      size_t hs, he;
      if (gz_cell_header(t, len, *s, *e, &hs, &he)) {
        while (hs < he && t[hs] == ' ') hs++;
        while (he > hs && t[he - 1] == ' ') he--;
        if (he - hs == 2 && strncasecmp(t + hs, "id", 2) == 0) return 0;
      }
    }
  }
  if (!nat) return 0;
  /* with the trunk 0 or the country code, the numbering plan is known: an
   * area or operator code it lacks makes the number something else, a
   * utility's subscriber code ("Abonent kodu: 0207-114-8830", batch 45)
   * or a student number ("Öğrenci no: 05210001342", batch 47) */
  if (nat != d && nat[0] != '8' && !tr_number_plan(nat)) return 0;
  /* a number written with its '+' country code, or with its trunk 0 in a
   * layout only phones have (phone_layout), is a phone whatever word stands
   * near it ("Sifarişlər üçün: +994 ...", "Sifariş: (022) 256 33 10",
   * "Sipariş: 0532 123 45 67": orders by phone). Verdict 3: contradicting
   * words are not counted (engine.c). */
  int strong = plus || line || (nat != d && phone_layout(t, len, *s, *e));
  if (!strong && (numbered_reference(t, len, *e) || numbered_plain(t, len, *s, *e) ||
                  id_key_before(t, *s) || (code_prefix(t, *s) && !tagged_intl(t, *s, nat, d))))
    return 0;
  if (plus) *adj += GZ_PLUS_BONUS;
  if (nat[0] == '8') {
    /* non-geographic 0800 (free), 0811, 0822, 0850 (corporate), 0888: only
     * with the trunk 0 or the country code */
    static const char *const ng[] = {"800", "811", "822", "850", "888", NULL};
    if (nat == d) return 0;
    for (int i = 0; ng[i]; i++)
      if (memcmp(nat, ng[i], 3) == 0) return strong ? 3 : 1;
    return 0;
  }
  if (nat[0] < '2' || nat[0] > '5') return 0;
  return strong ? 3 : 1;
}

static int az_operator(const char *c) {
  static const char *const codes[] = {"10", "50", "51", "55", "60", "70", "77", "99",
                                      "12", "18", "20", "21", "22", "23", "24", "25",
                                      "26", "36", NULL};
  for (int i = 0; codes[i]; i++)
    if (c[0] == codes[i][0] && c[1] == codes[i][1]) return 1;
  return 0;
}

static int chk_phone_az(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  char d[20];
  int plus;
  int n = phone_digits(t + *s, *e - *s, d, 20, &plus);
  const char *nat = NULL;
  if (n == 12 && memcmp(d, "994", 3) == 0) nat = d + 3;
  else if (n == 13 && memcmp(d, "9940", 4) == 0 && memchr(t + *s, '(', *e - *s)) nat = d + 4;
  else if (n == 14 && memcmp(d, "00994", 5) == 0) nat = d + 5;
  else if (n == 10 && d[0] == '0' && !plus) nat = d + 1;
  else if (n == 9 && !plus) {
    nat = d;
    *adj -= 0.45f;
    /* a key column's cell under a header: "musteri_no;...;gsm" (batch 43) */
    if (gz_cell_header_type(t, len, *s, *e) < 0) return 0;
  }
  if (!nat || !az_operator(nat)) return 0;
  int strong = plus || (nat != d && phone_layout(t, len, *s, *e));
  if (!strong && (numbered_reference(t, len, *e) || numbered_plain(t, len, *s, *e) ||
                  id_key_before(t, *s) || (code_prefix(t, *s) && !tagged_intl(t, *s, nat, d))))
    return 0;
  if (plus) *adj += GZ_PLUS_BONUS;
  return strong ? 3 : 1; /* see chk_phone_tr */
}

/* North American numbers: (NXX) NXX-XXXX, optional +1; 10 digits. */
static int chk_phone_us(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  char d[20];
  int plus;
  int n = phone_digits(t + *s, *e - *s, d, 20, &plus);
  if (*e - *s < 12) return 0;
  char sep = t[*e - 5]; /* NXX-XXXX: a separator before the last four digits */
  if (sep != ' ' && sep != '-' && sep != '.') return 0;
  /* "(312) 555-0148" is written only as a phone: it survives a contradicting
   * word nearby ("Ordering physician", "order"; verdict 3) */
  int strong = sep == '-' && memchr(t + *s, '(', *e - *s) && memchr(t + *s, ')', *e - *s);
  /* "+1 718 555 0124": the '+' country code too, as for Turkish and
   * Azerbaijani numbers ("Order via IG or text +1 718 ..."). Fictional
   * 555-01xx numbers are not rejected: real documents and test data use
   * them, and a redaction tool errs toward flagging a phone-shaped value. */
  if (plus && n == 11) strong = 1;
  /* "1-800-445-4418", "1 612 874 3319": the long-distance prefix 1 and
   * the three groups, all with one separator kind, is the dialling form
   * of a North American number (a claim or order number is no 1-3-3-4) */
  int g[5], ng = 0;
  if (!plus && n == 11 && d[0] == '1' && t[*s] == '1' && grouping(t + *s, *e - *s, g, 5, &ng) &&
      ng == 4 && g[0] == 1 && g[1] == 3 && g[2] == 3 && g[3] == 4)
    strong = 1;
  if (strong) *adj += 0.35f;
  if (n == 11 && d[0] == '1') return strong ? 3 : 1;
  return n == 10 && !plus ? (strong ? 3 : 1) : 0;
}

/* Irish national numbers, nine or ten digits with the trunk 0, spaced or
 * dashed in three groups as they are written: mobiles 083/085/086/087/089
 * as 3-3-4 ("087 412 3309") and Dublin 01 as 2-3-4 ("01 283 4471") pass
 * alone; other area codes 0xx as 3-3-3 or 3-3-4 ("091 536 400", "021 490
 * 1234") only with a phone word, as such groups may be any number. */
static int chk_phone_ie(const char *p, size_t w, const char *d, int n, float *adj) {
  int g[4], ng = 0;
  if (!grouping(p, w, g, 4, &ng) || ng != 3 || g[1] != 3) return 0;
  if (d[1] == '1') return n == 9 && g[0] == 2 && g[2] == 4;
  /* the 0818 LoCall numbers of companies as 4-3-3, "call 0818 365 000"
   * (batch 45) */
  if (n == 10 && !memcmp(d, "0818", 4)) return g[0] == 4 && g[2] == 3;
  if (g[0] != 3 || d[1] == '0') return 0;
  if (d[1] == '8' && strchr("35679", d[2])) return g[2] == 4;
  *adj -= 0.3f;
  return 1;
}

/* UK national numbers with the trunk 0: mobiles 07xxx, geographic 01xxx
 * and non-geographic 03xx ("03457 888 444"; 02x and 03xx grouped like
 * Turkish numbers also pass the Turkish check). Eleven digits, grouped as
 * people write them: 5-6 ("07911 123456"), 5-3-3, 4-3-4 ("0161 276 1234"),
 * 4-7, a mobile as 5-2-2-2, or run together (then only with a phone word
 * nearby); London and other 02x numbers as 3-4-4 ("020 3312 6666"). Nine
 * and ten digits: Irish numbers (chk_phone_ie). */
/* A UK number spaced by OCR, one digit per box ("0 7 7 0 0  9 0 0 5 5
 * 2"): the walk back over at most 15 bytes took only its tail, so its
 * start is found here; it then needs a phone word (-0.4: 0.2 + 0.25 + the
 * label and language bonuses; digits spaced out in a table are no phone). */
static int chk_phone_uk_spaced(const char *t, size_t *s, size_t *e, float *adj) {
  size_t p = *e;
  for (int k = 0; k < 10; k++) {
    if (p == 0 || !is_digit((unsigned char)t[p - 1]) || p < 2 || t[p - 2] != ' ') return 0;
    p -= 2;
    if (p > 0 && t[p - 1] == ' ') p--;
  }
  if (p == 0 || t[p - 1] != '0') return 0;
  p--;
  if (p > 0 && (isalnum((unsigned char)t[p - 1]) || (unsigned char)t[p - 1] >= 0x80)) return 0;
  *s = p;
  *adj -= 0.4f;
  return 1;
}

static int word_in(const char *t, size_t a, size_t b, const char *const *list);
/* Does "Mr|Mrs|Ms|Miss|Dr|Prof" and one to three capitalised words (an
 * initial "D." too) end with ", " right before s? */
static int titled_name_before(const char *t, size_t s) {
  static const char *const titles[] = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", NULL};
  if (s < 6 || t[s - 1] != ' ' || t[s - 2] != ',') return 0;
  size_t i = s - 2;
  for (int words = 0; words < 4; words++) {
    size_t w = i;
    while (w > 0 && i - w < 20 &&
           (isalpha((unsigned char)t[w - 1]) || t[w - 1] == '.' || t[w - 1] == '-' ||
            t[w - 1] == '\''))
      w--;
    if (w == i || !is_upper((unsigned char)t[w])) return 0;
    size_t we = i;
    if (t[we - 1] == '.') we--;
    if (words > 0 && word_in(t, w, we, titles)) return 1;
    if (w == 0 || t[w - 1] != ' ') return 0;
    i = w - 1;
  }
  return 0;
}

/* Australian, New Zealand and Irish numbers with a one-digit area code in
 * brackets after the trunk 0, the subscriber number grouped 3-4 or 4-4
 * ("(08) 8231 4407", "(06) 835 4471", "(01) 832 4418"): the bracketed
 * trunk code is written only in phone numbers (verdict 3). The walk back
 * stops at the ')', so the span is extended over "(0X) " here. Australian
 * 1300 and 1800 numbers grouped 4-3-3 ("1300 652 418"), and the Irish
 * 1850 and 1890 shared-cost numbers written the same way (batch 39: "ESB
 * Networks: 1850 372 999"). Returns -1 when
 * the span is neither. */
static int chk_phone_au_nz(const char *t, size_t *s, size_t *e) {
  const char *p = t + *s;
  size_t w = *e - *s;
  if (w == 12 && p[0] == '1' && p[3] == '0' &&
      (((p[1] == '3' || p[1] == '8') && p[2] == '0') ||
       (p[1] == '8' && (p[2] == '5' || p[2] == '9'))) &&
      (p[4] == ' ' || p[4] == '-') && p[8] == p[4])
    return 1;
  size_t o = *s;
  if (o > 0 && t[o - 1] == ' ') o--;
  if (o < 4 || t[o - 1] != ')' || t[o - 4] != '(' || t[o - 3] != '0' || t[o - 2] < '1' ||
      t[o - 2] > '9')
    return -1;
  int g[4], ng = 0;
  if (!grouping(p, w, g, 4, &ng) || ng != 2 || (g[0] != 3 && g[0] != 4) || g[1] != 4) return 0;
  *s = o - 4;
  return 3;
}

static int chk_phone_uk(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  int au = chk_phone_au_nz(t, s, e);
  if (au >= 0) return au;
  if (*e - *s >= 2 && t[*e - 2] == ' ' && *e - *s < 21 && is_digit((unsigned char)t[*s]) &&
      *s > 0 && t[*s - 1] == ' ' && *s > 1 && is_digit((unsigned char)t[*s - 2]))
    return chk_phone_uk_spaced(t, s, e, adj);
  /* after a retry past another number's digits ("850 044 718 221"): only
   * a number run together is a cell of its own ("1961 07801441290") */
  if (*s >= 2 && (t[*s - 1] == ' ' || t[*s - 1] == '-') && is_digit((unsigned char)t[*s - 2]) &&
      (memchr(t + *s, ' ', *e - *s) || memchr(t + *s, '-', *e - *s)))
    return 0;
  char d[20];
  int plus, g[6], ng = 0;
  int n = phone_digits(t + *s, *e - *s, d, 20, &plus);
  if ((n == 9 || n == 10) && !plus && d[0] == '0') return chk_phone_ie(t + *s, *e - *s, d, n, adj);
  /* a non-geographic or freephone number, 0800, 0808, 0845, 0870: as
   * 4-3-4 only ("0808 800 4444"), a layout written only as a phone (3: a
   * "claim" in the sentence before does not contradict it) */
  if (n == 11 && !plus && d[0] == '0' && d[1] == '8')
    return strchr("0457", d[2]) && grouping(t + *s, *e - *s, g, 6, &ng) && ng == 3 && g[0] == 4 &&
                   g[1] == 3 && g[2] == 4
               ? 3
               : 0;
  if (n != 11 || plus || d[0] != '0' || !strchr("1237", d[1])) return 0;
  /* a mobile in pairs after the five-digit prefix: "07384 22 91 07" */
  if (d[1] == '7' && grouping(t + *s, *e - *s, g, 6, &ng) && ng == 4 && g[0] == 5) return 1;
  if (!grouping(t + *s, *e - *s, g, 6, &ng)) {
    /* mixed separators: "07700 900-987" is as good as one kind */
    ng = 0;
    int cur = 0;
    for (size_t i = *s; i < *e; i++) {
      if (is_digit((unsigned char)t[i])) cur++;
      else if (cur) {
        if (ng == 6) return 0;
        g[ng++] = cur;
        cur = 0;
      }
    }
    if (ng == 6) return 0;
    g[ng++] = cur;
  }
  /* 020 7946 0958: the London layout, written only as a phone (verdict 3:
   * "Lost property ref ..., enquiries 020 7421 0174") */
  if (d[1] == '2') return ng == 3 && g[0] == 3 && g[1] == 4 && g[2] == 4 ? 3 : 0;
  /* a mobile as 5-3-3 ("07700 900 512") is written only as a phone: an
   * "order" nearby ("Contact number on the order:") does not contradict it */
  if (d[1] == '7' && ng == 3 && g[0] == 5 && g[1] == 3 && g[2] == 3) return 3;

  if (ng == 1) *adj -= 0.3f;
  else if (!((ng == 2 && ((g[0] == 5 && g[1] == 6) || (g[0] == 4 && g[1] == 7))) ||
             (ng == 3 && ((g[0] == 5 && g[1] == 3 && g[2] == 3) ||
                          (g[0] == 4 && g[1] == 3 && g[2] == 4)))))
    return 0;
  /* grouped, right after a titled name and a comma, it is that person's
   * number: a landlord "reference: Mr D. Kerr, 0131 496 0117" is a referee,
   * so the word does not contradict (verdict 3) */
  if (ng > 1 && titled_name_before(t, *s)) return 3;
  return 1;
}

/* "444 0 123", a Turkish nationwide call-centre number: seven digits and
 * no area code, so it needs a phone word (base 0.75 - 0.35 < 0.5 without),
 * and it must not be the tail or head of a longer digit sequence
 * ("0532 444 12 34"). */
static size_t word_start(const char *t, size_t lo, size_t end);
static int word_in(const char *t, size_t a, size_t b, const char *const *list);
static int chk_phone_444(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  char d[20];
  int plus;
  int n = phone_digits(t + *s, *e - *s, d, 20, &plus);
  if (n != 7 || plus || memcmp(d, "444", 3) != 0) return 0;
  if (*s >= 2 && strchr(" .-", t[*s - 1]) && is_digit((unsigned char)t[*s - 2])) return 0;
  if (*e + 1 < len && strchr(" .-", t[*e]) && is_digit((unsigned char)t[*e + 1])) return 0;
  /* grouped as these numbers are advertised, "444 0 123" or "444 12 34"
   * (one separator kind), it is one without a phone word; run together
   * ("4440123") it may be any number */
  const char *p = t + *s;
  size_t w = *e - *s;
  int g313 = w == 9 && p[3] == p[5] && strchr(" .-", p[3]);
  int g322 = w == 9 && p[3] == p[6] && strchr(" .-", p[3]);
  *adj -= g313 || g322 ? 0.2f : 0.35f;
  /* the 3-1-3 layout is the advertised one: a billing word elsewhere in
   * the sentence does not contradict it ("Hatalı fatura için 444 4 186"),
   * one labelling it does ("Sipariş no 444 0 123", "Fatura: 444 4 186") */
  if (!g313) return 1;
  static const char *const number_words[] = {
      "no", "No", "NO", "numara", "numaras\xC4\xB1", "number", "nömrə", "n\xC3\xB6mr\xC9\x99si",
      NULL};
  size_t j = *s;
  while (j > 0 && *s - j < 4 && strchr(" :.#", t[j - 1])) j--;
  size_t ws = word_start(t, j > 24 ? j - 24 : 0, j);
  if (ws == j || word_in(t, ws, j, number_words)) return 1;
  char f[32];
  size_t fn = gz_fold_key(t + ws, j - ws, f, sizeof f - 1);
  f[fn] = 0;
  for (int i = 0; neg_phone[i]; i++)
    if (strncmp(f, neg_phone[i], strlen(neg_phone[i])) == 0) return 1;
  return 3;
}

/* Seven-digit local numbers ("425-10-16", "404 46 00"), written without
 * the area code on Azerbaijani and Turkish contact pages. Seven digits are
 * also ticket and order numbers, so only as the next number of a list that
 * starts with a full phone ("+994 12 425 10 15, 425-10-16") or right after
 * a phone label ("Tel: 404 46 00"). The pattern takes the separator or the
 * label (mirrored by end_phone_local); the value is the last nine bytes,
 * and no digit group may follow it. */
static int chk_phone_local(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  if (*e - *s < 10) return 0;
  size_t j = *e - 9, s0 = *s;
  *s = j;
  if (*e < len && (gz_is_wordcp(gz_cp_at(t, len, *e)) || t[*e] == '@')) return 0;
  if (*e + 1 < len && strchr(" /-.,", t[*e]) && is_digit((unsigned char)t[*e + 1])) return 0;
  if (j > s0 && t[j - 1] == ' ') j--;
  if (j > s0 && strchr(",;/", t[j - 1])) {
    /* a list: a phone number ends right before the separator (seven digits
     * or more among the phone bytes before it) */
    j--;
    while (j > 0 && t[j - 1] == ' ') j--;
    int digits = 0;
    size_t k = j;
    while (k > 0 && j - k < 24 && (is_digit((unsigned char)t[k - 1]) || strchr(" ()+-.", t[k - 1])))
      digits += is_digit((unsigned char)t[--k]);
    return j > 0 && is_digit((unsigned char)t[j - 1]) && digits >= 7;
  }
  /* a label: a whole word ("Hotel: 404 46 00" has none) */
  static const char *const labels[] = {GZ_LOCAL_LABELS(GZ_LBL_STR, GZ_LBL_COMMA), NULL};
  if (j > 0 && t[j - 1] == ':') j--;
  if (j > 0 && t[j - 1] == '.') j--;
  size_t w = j;
  while (w > 0 && j - w < 12 && (isalpha((unsigned char)t[w - 1]) || (unsigned char)t[w - 1] >= 0x80))
    w--;
  if (w > 0 && gz_is_wordcp(gz_cp_before(t, w))) return 0;
  return word_in(t, w, j, labels);
}

/* A slash after the trunk and area code, as small ads and forms write it
 * ("0532/418 66 21", "0505/312 44 81"): read as a space, then checked as a
 * Turkish or Azerbaijani national number. One slash only (a walk back over
 * "2026/0532/..." took a reference number too). */
static int chk_phone_slash(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  char b[24];
  size_t n = *e - *s, slash = 0;
  if (n >= sizeof b) return 0;
  for (size_t i = 0; i < n; i++) {
    b[i] = t[*s + i];
    if (b[i] == '/') {
      if (slash) return 0;
      slash = i;
      b[i] = ' ';
    }
  }
  if (!slash || b[0] != '0' || (slash != 3 && slash != 4)) return 0;
  size_t s0 = 0, e0 = n;
  float a2 = *adj;
  if (chk_phone_tr(b, n, &s0, &e0, adj)) return 1;
  *adj = a2;
  return chk_phone_az(b, n, &s0, &e0, adj);
}

/* Other countries: "+" then 8 to 15 digits (E.164), one bracket pair. */
/* A national mobile number in the grouping of phone_mobile_x: one
 * separator throughout, and no further digit group after it (a longer
 * number, an account, is not one). */
static int chk_phone_mobile_x(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  /* Turkish 05xx xxxx xxx: eleven digits, the operator's prefix in the
   * numbering plan */
  size_t z = *s + (t[*s + 1] == ' ' ? 2 : 1);
  if (t[z] == '5' && t[z + 3] == ' ' && *e - z == 12) {
    char d[20];
    int plus;
    if (phone_digits(t + *s, *e - *s, d, 20, &plus) != 11 || !tr_number_plan(d + 1)) return 0;
    if (*e + 1 < len && strchr(" .-", t[*e]) && is_digit((unsigned char)t[*e + 1])) return 0;
    if (*s >= 2 && strchr(" .-", t[*s - 1]) && is_digit((unsigned char)t[*s - 2])) return 0;
    return 1;
  }
  (void)adj;
  if (*e - *s != 12) return 0;
  char sep = t[*s + 1] == '4' ? ' ' : t[*s + 3]; /* Australian: 04xx */
  for (size_t i = *s; i < *e; i++)
    if (!is_digit((unsigned char)t[i]) && t[i] != sep) return 0;
  if (*e + 1 < len && strchr(" .-", t[*e]) && is_digit((unsigned char)t[*e + 1])) return 0;
  if (*s >= 2 && strchr(" .-", t[*s - 1]) && is_digit((unsigned char)t[*s - 2])) return 0;
  return 1;
}

/* A phone number spaced by OCR or typed box by box (batch 31): "050 3 4
 * 4 – 1 2 – 9 8", "0 5 3 8 – 2 9 4 – 1 7 – 6 6", "( 5 7 0 )  5 5 5 - 0 1 9
 * 2", "0-542-9 3 8-41-07". Four single digits standing apart at least (an
 * ordinary grouping has none or one: "444 0 123"), ten or eleven digits,
 * no digit group run into it; the digits are then written in the usual
 * grouping of each numbering plan and checked by that plan's check. Found
 * only around a phone word (ctx_anchor). */
static int chk_phone_ocr(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  char d[16], b[24];
  size_t n = 0, single = 0;
  int bracket = 0;
  if (*s >= 2 && strchr(" -", t[*s - 1]) && is_digit((unsigned char)t[*s - 2])) return 0;
  if (*e + 1 < len && strchr(" -", t[*e]) && is_digit((unsigned char)t[*e + 1])) return 0;
  for (size_t i = *s; i < *e; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == '(' || c == ')') bracket = 1;
    if (!is_digit(c)) continue;
    if (n == sizeof d) return 0;
    d[n++] = (char)c;
    single += (i == *s || !is_digit((unsigned char)t[i - 1])) &&
              (i + 1 == *e || !is_digit((unsigned char)t[i + 1]));
  }
  if (single < 4 || n < 10 || n > 11) return 0;
  /* the plans' groupings: TR 0XXX XXX XX XX, UK 0XXXX XXX XXX, AZ 0XX XXX
   * XX XX, US (XXX) XXX-XXXX */
  static const char *const form[] = {"0XXX XXX XX XX", "0XXXX XXX XXX", "0XX XXX XX XX",
                                     "(XXX) XXX-XXXX", NULL};
  for (int f = 0; form[f]; f++) {
    size_t k = 0, m = 0;
    for (const char *q = form[f]; *q; q++) {
      if (*q != 'X' && *q != '0') {
        b[k++] = *q;
        continue;
      }
      if (m == n || (*q == '0' && d[m] != '0')) break;
      b[k++] = d[m++];
    }
    if (m != n || k != strlen(form[f])) continue;
    if (f == 3 && !bracket) continue;
    size_t s0 = 0, e0 = k;
    float a = 0;
    int v = f == 0   ? chk_phone_tr(b, k, &s0, &e0, &a)
            : f == 1 ? chk_phone_uk(b, k, &s0, &e0, &a)
            : f == 2 ? chk_phone_az(b, k, &s0, &e0, &a)
                     : chk_phone_us(b, k, &s0, &e0, &a);
    if (v && s0 == 0 && e0 == k) {
      (void)adj;
      return 1; /* the layout is the scan's, not a phone's: context decides */
    }
  }
  return 0;
}

static int chk_phone_intl(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  char d[20];
  int plus;
  int n = phone_digits(t + *s, *e - *s, d, 20, &plus);
  if (!plus || n < 8 || n > 15) return 0;
  /* Turkish and Azerbaijani numbers have their own checks; this pattern
   * also takes a grouping theirs does not ("+994 51 9090 101") */
  /* ... and the odd groupings people type ("+90 506 7718 203", "+994 70 88
   * 99 415"): the country code set off by a space, then the national number
   * of its full length (their checks count the digits) in groups of two to
   * four, none after it */
  int tr = memcmp(d, "90", 2) == 0, az = memcmp(d, "994", 3) == 0;
  if (tr || az) {
    size_t c = *s + (tr ? 3 : 4);
    int odd = c < *e && t[c] == ' ' &&
              !(*e + 1 < len && strchr(" .-", t[*e]) && is_digit((unsigned char)t[*e + 1]));
    for (size_t i = c + 1, g = 0; odd && i <= *e; i++) {
      if (i < *e && is_digit((unsigned char)t[i])) {
        g++;
      } else {
        odd = g >= 2 && g <= 4 && (i == *e || t[i] == ' ');
        g = 0;
      }
    }
    if (odd) return tr ? chk_phone_tr(t, len, s, e, adj) : chk_phone_az(t, len, s, e, adj);
    if (tr) return 0;
    /* the 4-3 subscriber grouping the Azerbaijani pattern lacks, with any
     * separator ("+994-51-9090-101") */
    const char *q = t + *e;
    if (*e - *s < 12 || !strchr(" .-", q[-4]) || !strchr(" .-", q[-9])) return 0;
    return chk_phone_az(t, len, s, e, adj);
  }
  /* a '+' and a country code: written as only phones are (verdict 3, see
   * chk_phone_tr) */
  return 3;
}

/* An Indian UPI payment address after its label, "UPI handle
 * lakshmi.iyer@okaxis", "VPA: 9876543210@ybl" (batch 32): a name, a
 * phone number or a word, '@' and the payment app's handle, which has
 * no dot (an e-mail's domain has one: "UPI: a@b.com" is the EMAIL's). A
 * personal identifier like a Venmo user name, so a SOCIAL_HANDLE. */
static int chk_upi(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  const char *at = memchr(t + *s, '@', *e - *s);
  if (!at || at == t + *s || t + *e - at < 3) return 0;
  if (*e < len && (t[*e] == '@' || t[*e] == '-' || gz_ascii_alnum((unsigned char)t[*e]))) return 0;
  if (*e + 1 < len && t[*e] == '.' && gz_ascii_alnum((unsigned char)t[*e + 1])) return 0;
  if (*s > 0 && (gz_ascii_alnum((unsigned char)t[*s - 1]) || strchr("._-@/", t[*s - 1]))) return 0;
  /* the label on the address's own line, at most 40 bytes before it */
  size_t a = *s > 40 ? *s - 40 : 0;
  for (size_t k = a; k < *s; k++)
    if (t[k] == '\n') a = k + 1;
  return folded_has(t, a, *s, ctx_upi);
}

/* A phone number as a query string's value, URL-encoded (batch 32):
 * "tel=%2B994%2050%20612%2033%2090", "phone=%2B447700913482", "cep=0532+
 * 418+27+90". The span starts after the '=' of its key=value pair; '%2B'
 * is read as '+', '%20' and '+' as a space, and the decoded number must
 * pass the check of its country (Turkish, Azerbaijani, UK, or any '+'
 * international number). Plain values are the other rows' (no encoded
 * byte here: none). */
static int chk_phone_url(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  if (t[*s] != '=' || *e - *s > 48) return 0;
  if (*e < len && (gz_ascii_alnum((unsigned char)t[*e]) || t[*e] == '%' || t[*e] == '+')) return 0;
  char b[48];
  size_t n = 0, enc = 0;
  for (size_t i = *s + 1; i < *e; i++) {
    char c = t[i];
    if (c == '%' && i + 2 < *e + 1 && t[i + 1] == '2' && (t[i + 2] == 'B' || t[i + 2] == 'b')) {
      c = '+';
      i += 2;
      enc++;
    } else if (c == '%' && i + 2 < *e + 1 && t[i + 1] == '2' && t[i + 2] == '0') {
      c = ' ';
      i += 2;
      enc++;
    } else if (c == '+') {
      c = ' ';
      enc++;
    } else if (!is_digit((unsigned char)c)) {
      return 0;
    }
    b[n++] = c;
  }
  if (!enc || n < 8) return 0;
  size_t s0 = 0, e0 = n;
  float a0 = *adj;
  int v = chk_phone_tr(b, n, &s0, &e0, adj);
  if (!v) {
    *adj = a0;
    v = chk_phone_az(b, n, &s0, &e0, adj);
  }
  if (!v && b[0] == '0') {
    *adj = a0;
    v = chk_phone_uk(b, n, &s0, &e0, adj);
  }
  if (!v && b[0] == '+') {
    *adj = a0;
    v = chk_phone_intl(b, n, &s0, &e0, adj);
  }
  if (!v) return 0;
  *s += 1;
  return v;
}

/* Is the '@' at t[at] the end of a URL's user part ("mongodb+srv://app:
 * pa55^word@cluster0.example.net/db")? Back over the token to "://" with
 * no '/' between: "https://x.com/u?mail=a@b.az" is a query, not a user. */
static int url_userinfo(const char *t, size_t at) {
  for (size_t k = at; k > 0 && at - k < 300; k--) {
    unsigned char c = (unsigned char)t[k - 1];
    if (c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>') return 0;
    if (c == '/') return k >= 3 && t[k - 2] == '/' && t[k - 3] == ':';
  }
  return 0;
}

/* Is the '<' at t[lt] inside a mail header that names messages, not
 * people ("Message-ID: <2026...@smtp.yandex.com.tr>", "In-Reply-To:",
 * "References:", "Content-ID:", or a log's "message-id=<")? Such an id
 * has an address's form. */
static int message_id_header(const char *t, size_t lt) {
  static const char *const hdr[] = {
      "message-id:", "in-reply-to:", "references:", "content-id:", NULL};
  /* a mail log's key right before it (batch 27: postfix "message-id=<",
   * "in-reply-to=<"): the key, '=' or ':', then the '<' */
  size_t k = lt;
  if (k > 0 && (t[k - 1] == '=' || t[k - 1] == ':')) k--;
  for (int h = 0; hdr[h]; h++) {
    size_t n = strlen(hdr[h]) - 1; /* without its colon */
    if (k >= n && strncasecmp(t + k - n, hdr[h], n) == 0 &&
        (k == n || !isalnum((unsigned char)t[k - n - 1])))
      return 1;
  }
  size_t ls = lt;
  while (ls > 0 && lt - ls < 80 && t[ls - 1] != '\n') ls--;
  if (ls > 0 && t[ls - 1] != '\n') return 0;
  for (int k = 0; hdr[k]; k++) {
    size_t n = strlen(hdr[k]);
    if (lt - ls >= n && strncasecmp(t + ls, hdr[k], n) == 0) return 1;
  }
  return 0;
}

static int chk_email(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  if (*s > 0 && t[*s - 1] == '<' && message_id_header(t, *s - 1)) return 0;
  /* an iCalendar or vCard "UID:" line's value, "UID:7QK3ZMW@outlook.com":
   * the event's or card's id in an address's form (batch 56) */
  if (*s >= 4 && strncasecmp(t + *s - 4, "UID:", 4) == 0 && (*s == 4 || t[*s - 5] == '\n'))
    return 0;
  /* ... also when the id's first part has bytes no local part takes
   * ("<CAK7t2Lw=xQ4fR1mZ@mail.gmail.com>", batch 33): the '<' further back
   * in the same token */
  for (size_t k = *s, z = *s > 64 ? *s - 64 : 0; k > z && (unsigned char)t[k - 1] > ' '; k--)
    if (t[k - 1] == '<') {
      if (k < *s && message_id_header(t, k - 1)) return 0;
      break;
    }
  /* a GitHub App's commit address, "49699333+dependabot[bot]@users.
   * noreply.github.com" (a git log, batch 38): the local part goes on
   * before its "[bot]", which no other address has */
  if (t[*s] == '@' && *s >= 6 && memcmp(t + *s - 5, "[bot]", 5) == 0) {
    size_t k = *s - 5;
    while (k > 0 && *s - k < 64 &&
           (isalnum((unsigned char)t[k - 1]) || strchr("._%+-", t[k - 1])) && t[k - 1])
      k--;
    static const char gh[] = "@users.noreply.github.com";
    if (k == *s - 5 || *e - *s != sizeof gh - 1 || memcmp(t + *s, gh, sizeof gh - 1) != 0) return 0;
    *s = k;
  }
  /* local part: starts with a letter, digit or '_' */
  while (*s < *e && !isalnum((unsigned char)t[*s]) && t[*s] != '_') (*s)++;
  const char *p = t + *s;
  size_t n = *e - *s;
  if (n < 6 || n > 254) return 0;
  const char *at = memchr(p, '@', n);
  if (!at || at == p || at[-1] == '.' || memchr(at + 1, '@', (size_t)(p + n - at - 1))) return 0;
  if (url_userinfo(t, (size_t)(at - t))) return 0; /* user:password@host */
  /* domain: labels of [A-Za-z0-9-] not starting or ending with '-', TLD of
   * 2-24 letters */
  const char *d = at + 1, *end = p + n, *label = d;
  int labels = 0;
  for (const char *q = d; q <= end; q++) {
    if (q == end || *q == '.') {
      if (q == label || *label == '-' || q[-1] == '-') return 0;
      labels++;
      if (q == end) break;
      label = q + 1;
    } else if (!isalnum((unsigned char)*q) && *q != '-') {
      return 0;
    }
  }
  size_t tld = (size_t)(end - label);
  if (labels < 2 || tld < 2 || tld > 24) return 0;
  for (const char *q = label; q < end; q++)
    if (!isalpha((unsigned char)*q)) return 0;
  return 1;
}

/* Obfuscated e-mail ("info [at] firma.az", "ad.soyad(at)mail(dot)com",
 * URL-encoded "k.fraser%40gmail.com" in a query string, JSON-escaped
 * "ad\\u0040mail.az" in a log's escaped payload):
 * rewritten with '@' and '.' into a buffer and validated like an address. */
static int chk_email_obf(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  char b[260];
  size_t n = 0, i = *s;
  while (i < *e) {
    char c = t[i];
    if (c == '%' && i + 3 <= *e && t[i + 1] == '4' && t[i + 2] == '0') { /* URL-encoded '@' */
      c = '@';
      i += 2;
    } else if (c == '\\' && i + 6 <= *e && memcmp(t + i + 1, "u0040", 5) == 0) {
      c = '@'; /* a JSON string's escape, "ad\\u0040mail.az" (batch 32) */
      i += 5;
    }
    if (c == ' ' || c == '[' || c == '(' || c == '{') {
      size_t k = i;
      while (k < *e && t[k] == ' ') k++;
      if (k + 4 <= *e && strchr("[({", t[k]) && strchr("])}", t[k + 3]) &&
          strncasecmp(t + k + 1, "at", 2) == 0)
        c = '@';
      else if (k + 5 <= *e && strchr("[({", t[k]) && strchr("])}", t[k + 4]) &&
               strncasecmp(t + k + 1, "dot", 3) == 0)
        c = '.';
      else
        return 0;
      i = k + (c == '@' ? 4 : 5);
      while (i < *e && t[i] == ' ') i++;
    } else {
      i++;
    }
    if (n == sizeof b) return 0;
    b[n++] = c;
  }
  size_t s0 = 0, e0 = n;
  if (!chk_email(b, n, &s0, &e0, adj)) return 0;
  *s += s0; /* the local part is copied verbatim */
  return 1;
}

/* An address spelled out with bare words, "callum.r.89 at outlook dot
 * com" (batch 31): the local part must look like one (a '.', '_' or a
 * digit in it: "look at gmail dot com" has none), every " at " and " dot "
 * read as '@' and '.', one " at ", then the usual address check. */
static int chk_email_spelled(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  char b[260];
  size_t n = 0, i = *s, ats = 0;
  int mark = 0;
  while (i < *e && t[i] != ' ') {
    mark |= t[i] == '.' || t[i] == '_' || is_digit((unsigned char)t[i]);
    i++;
  }
  if (!mark || i - *s < 3) return 0;
  for (i = *s; i < *e;) {
    char c = t[i];
    if (c == ' ') {
      if (i + 4 <= *e && strncasecmp(t + i, " at ", 4) == 0) {
        c = '@';
        i += 4;
        ats++;
      } else if (i + 5 <= *e && strncasecmp(t + i, " dot ", 5) == 0) {
        c = '.';
        i += 5;
      } else {
        return 0;
      }
    } else {
      i++;
    }
    if (n == sizeof b) return 0;
    b[n++] = c;
  }
  size_t s0 = 0, e0 = n;
  return ats == 1 && chk_email(b, n, &s0, &e0, adj) && s0 == 0 && e0 == n;
}

static int upper_units(const char *p, size_t n) {
  static const char *const units[] = {"GB", "MB", "KB", "TB", "TL", "AZN", "USD", "EUR",
                                      "GHZ", "MHZ", "TRY", "RUB", "GBP", "MP", NULL};
  for (int i = 0; units[i]; i++)
    if (strlen(units[i]) == n && memcmp(units[i], p, n) == 0) return 1;
  return 0;
}

/* Turkish plate: province 01-81, 1-3 letters (no Q, W, X), digits: one
 * letter with 4-5 digits, two letters with 3-4, three letters with 2-3 (the
 * 2-letter/3-letter rules allow the common variants). */
/* Is p an English month's three-letter abbreviation in capitals (JAN..DEC)? */
static int month_abbr3(const char *p) {
  static const char m[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
  for (int i = 0; i < 36; i += 3)
    if (p[0] == m[i] && p[1] == m[i + 1] && p[2] == m[i + 2]) return 1;
  return 0;
}

static int chk_plate_tr(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  const char *p = t + *s;
  size_t n = *e - *s, i = 0;
  if (n < 5 || !is_digit((unsigned char)p[0]) || !is_digit((unsigned char)p[1])) return 0;
  int prov = (p[0] - '0') * 10 + (p[1] - '0');
  if (prov < 1 || prov > 81) return 0;
  i = 2;
  if (i < n && p[i] == ' ') i++;
  size_t ls = i;
  while (i < n && is_upper((unsigned char)p[i])) {
    if (p[i] == 'Q' || p[i] == 'W' || p[i] == 'X') return 0;
    i++;
  }
  size_t nl = i - ls;
  if (upper_units(p + ls, nl)) return 0;
  if (i < n && p[i] == ' ') i++;
  size_t nd = n - i;
  if (count_digits(p + i, nd) != (int)nd) return 0;
  if (nl == 1) return (nd == 4 || nd == 5) ? 1 : 0;
  if (nl == 2) return (nd == 3 || nd == 4) ? 1 : 0;
  /* "17JUN19", "03MAY84": an airline record's day, month and year glued
   * (batch 29), never a plate */
  if (nl == 3 && nd == 2 && n == 7 && prov <= 31 && month_abbr3(p + 2)) return 0;
  if (nl == 3 && (nd == 2 || nd == 3)) return 1;
  /* "34 KLM 2741": three letters and four digits are written too, but are
   * no issued series; only next to a plate word ("plakalı aracım") */
  if (nl == 3 && nd == 4) {
    *adj -= 0.3f;
    return 1;
  }
  return 0;
}

/* Azerbaijani plate: region 01-99, two letters, three digits. */
static int chk_plate_az(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  const char *p = t + *s;
  size_t n = *e - *s;
  /* "10-AB-123" or "90 AA 001" */
  if (n != 9 || !is_digit((unsigned char)p[0]) || !is_digit((unsigned char)p[1]) ||
      (p[2] != '-' && p[2] != ' ') || p[5] != p[2] || !is_upper((unsigned char)p[3]) ||
      !is_upper((unsigned char)p[4]) || count_digits(p + 6, 3) != 3)
    return 0;
  if (p[0] == '0' && p[1] == '0') return 0;
  if (p[2] == '-') *adj += 0.1f; /* the dashed form is distinctively AZ */
  const char *l = p + 2;
  while (*l == ' ' || *l == '-') l++;
  /* "10 TL 907" may be an amount; "10-TL-907" is written only as a plate */
  if (p[2] == ' ' && upper_units(l, 2)) return 0;
  return 1;
}


/* Turkish passport: a letter and 8 digits. They start with U, S, Z or D in
 * practice; C is Azerbaijan's. */
/* Does the line before s, at most 48 bytes back, name another country's
 * passport (batch 29)? "US Passport A04418273" (a letter and eight digits
 * too), and for a C and eight digits, the Azerbaijani passport's form,
 * the country named before it: "Aliyev Tofiq, Azerbaycan, Pasaport
 * C72442451" (then az_passport's). */
static int foreign_passport_before(const char *t, size_t s, int az_form) {
  static const char *const us[] = {"US Passport", "U.S. Passport", "US passport", "U.S. passport", NULL};
  static const char *const az[] = {"Azerbaycan", "Az\xC9\x99rbaycan", "AZERBAIJAN", "Azerbaijan", NULL};
  size_t lo = s;
  while (lo > 0 && s - lo < 48 && t[lo - 1] != '\n') lo--;
  for (int pass = 0; pass < 2; pass++) {
    const char *const *w = pass ? az : us;
    if (pass && !az_form) break;
    for (; *w; w++) {
      size_t n = strlen(*w);
      for (size_t i = lo; i + n <= s; i++)
        if (t[i] == (*w)[0] && memcmp(t + i, *w, n) == 0) return 1;
    }
  }
  return 0;
}

/* Is the line of s one row of a list of passport records under a
 * heading that names passports (batch 41, a dark-web listing's sample):
 *
 *   Forum elanı: "AZ pasport skanları 2023-2024, nümunə aşağıda"
 *     #1  ALIYEV ORKHAN  C03517290  DOB 19/09/1987
 *     #2  MAMMADOVA AYSEL  C02208146  DOB 02/01/1996
 *
 * Walking up from the row: every line must hold a value of the same
 * passport form (a capital from `letters` and eight digits, as a word),
 * and within two lines above the first such row a passport word
 * (ctx_passport) must stand. At most 12 rows are walked. */
static int passport_list_row(const char *t, size_t s, const char *letters) {
  size_t ls = s;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  int rows = 0, free_lines = 0;
  while (ls > 0 && rows < 12 && free_lines <= 2) {
    size_t pe = ls - 1, ps = pe; /* the line above: [ps, pe) */
    while (ps > 0 && t[ps - 1] != '\n' && pe - ps < 400) ps--;
    if (folded_has(t, ps, pe, ctx_passport)) return 1;
    int has = 0;
    for (size_t i = ps; i + 9 <= pe && !has; i++)
      if (strchr(letters, t[i]) && t[i] && (i == ps || !isalnum((unsigned char)t[i - 1])) &&
          count_digits(t + i + 1, 8) == 8 && (i + 9 == pe || !isalnum((unsigned char)t[i + 9])))
        has = 1;
    if (has) {
      if (free_lines) return 0;
      rows++;
    } else
      free_lines++;
    ls = ps;
  }
  return 0;
}

static int chk_tr_passport(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  const char *p = t + *s;
  size_t n = *e - *s, k = n == 10 && p[1] == ' ' ? 2 : 1; /* "U12345678", "U 12345678" */
  if (n != k + 8 || !is_upper((unsigned char)p[0]) || count_digits(p + k, 8) != 8) return 0;
  /* C and eight digits is Azerbaijan's passport (az_passport's) wherever
   * it is written: Turkish passports carry U, S, Z, D or P ("Uyruğu:
   * Azerbaycan ... Pasaport No: C45481845" of a Turkish residence form,
   * batch 34) */
  if (p[0] == 'C' || foreign_passport_before(t, *s, 0)) return 0;
  /* a document word is context only for the letters Turkish passports
   * carry; for another letter only a passport word near counts */
  if (p[0] != 'U' && p[0] != 'S' && p[0] != 'Z' &&
      !folded_has(t, *s > 48 ? *s - 48 : 0, *e + 40 < len ? *e + 40 : len, ctx_passport) &&
      folded_has(t, *s > 48 ? *s - 48 : 0, *e + 40 < len ? *e + 40 : len, ctx_tr_passport))
    *adj -= 0.5f;
  else if ((p[0] == 'U' || p[0] == 'S' || p[0] == 'Z') && k == 1 && passport_list_row(t, *s, "USZ"))
    *adj += 0.5f;
  return 1;
}

static int chk_az_passport(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  if (!prefixed_digits(t + *s, *e - *s, "C", 8, 1)) return 0;
  if (*e - *s == 9 && passport_list_row(t, *s, "C")) *adj += 0.5f;
  return 1;
}
static int chk_az_id_aze(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  return prefixed_digits(t + *s, *e - *s, "AZE", 8, 1);
}
static int chk_az_id_aa(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  return prefixed_digits(t + *s, *e - *s, "AA", 7, 1);
}

static int chk_fin(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  const char *p = t + *s;
  if (*e - *s != 7 || id_key_before(t, *s)) return 0;
  /* typed in lower case: all lower case, with a digit and two letters at
   * least, so that a lower-case word is not one */
  int lower = 0, upper = 0;
  for (int i = 0; i < 7; i++) {
    lower += p[i] >= 'a' && p[i] <= 'z';
    upper += is_upper((unsigned char)p[i]);
  }
  if (lower) return !upper && count_digits(p, 7) >= 1 && count_digits(p, 7) <= 5;
  /* letters only is possible (and is what format-preserving encryption may
   * produce); seven digits is a number, not a FİN; one letter seven times
   * ("XXXXXXX") is a placeholder (batch 32) */
  if (memcmp(p, p + 1, 6) == 0) return 0;
  return count_digits(p, 7) <= 6;
}

/* A value spaced by OCR, one character per box and one space between:
 * are [s, e) n characters of `ok` with single spaces between, and no
 * other lone character before or after in the same way (the tail of a
 * longer spaced run, "P A S P O R T")? The characters read without the
 * spaces go to out[0..n). */
static int spaced_chars(const char *t, size_t len, size_t s, size_t e, size_t n, const char *ok,
                        char *out) {
  if (e - s != 2 * n - 1) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = t[s + 2 * i];
    if (!c || !strchr(ok, c) || (i + 1 < n && t[s + 2 * i + 1] != ' ')) return 0;
    out[i] = c;
  }
  if (s >= 2 && t[s - 1] == ' ' && gz_ascii_alnum((unsigned char)t[s - 2]) &&
      (s == 2 || !gz_word_byte((unsigned char)t[s - 3])))
    return 0;
  if (e + 2 <= len && t[e] == ' ' && gz_ascii_alnum((unsigned char)t[e + 1]) &&
      (e + 2 == len || !gz_word_byte((unsigned char)t[e + 2])))
    return 0;
  return 1;
}

/* A FİN spaced by OCR ("FİN 3 Q 9 V T 7 K", batch 30): with a digit and a
 * letter (a spaced word is no FİN). */
static int chk_fin_spaced(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  char v[7];
  if (!spaced_chars(t, len, *s, *e, 7, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", v)) return 0;
  int d = count_digits(v, 7);
  return d >= 1 && d <= 5;
}

/* An Azerbaijani passport spaced by OCR: "C 2 0 5 6 1 8 4 7" (batch 30). */
static int chk_az_passport_spaced(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  char v[9];
  return spaced_chars(t, len, *s, *e, 9, "C0123456789", v) && v[0] == 'C' &&
         count_digits(v + 1, 8) == 8;
}

/* Is the single character at t[i] one box of a letter-spaced run ("S O
 * Y A D"): a lone character with a space and another lone one beside it?
 * A spaced value is taken only as a run of its own length. */
static int spaced_box(const char *t, size_t len, size_t i) {
  if (i >= len || !isalnum((unsigned char)t[i])) return 0;
  return (i == 0 || !isalnum((unsigned char)t[i - 1])) &&
         (i + 1 >= len || !isalnum((unsigned char)t[i + 1]));
}

/* An ID card number spaced by OCR after its AZE ("AZE 0 3 3 1 8 5 2 9",
 * batch 31): eight single digits, no ninth box after them. */
static int chk_az_id_spaced(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  if (*e - *s != 19 || memcmp(t + *s, "AZE ", 4) != 0) return 0;
  for (size_t i = *s + 4; i < *e; i += 2)
    if (!is_digit((unsigned char)t[i]) || (i + 1 < *e && t[i + 1] != ' ')) return 0;
  return !(*e + 1 < len && t[*e] == ' ' && spaced_box(t, len, *e + 1));
}

/* "fin kodum pnvp0pv": the pattern takes the label, the value is the last
 * seven bytes, in lower case (an upper-case one is az_fin's). */
static int chk_fin_lower(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  if (*e - *s < 8) return 0;
  *s = *e - 7;
  for (size_t i = *s; i < *e; i++)
    if (is_upper((unsigned char)t[i])) return 0;
  return chk_fin(t, len, s, e, adj);
}

/* A FİN in a scanned document's file name after the person's name, as HR
 * folders name them (batch 27: "Aliyev_Namiq_8C55U79.pdf"): two or more
 * capitalised name parts joined by '_', then the seven characters (a digit
 * and a letter at least) and the extension. The span is the FİN. */
static int chk_fin_file(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  size_t dot = *e;
  while (dot > *s && t[dot - 1] != '.') dot--;
  if (dot < *s + 9 || t[dot - 9] != '_') return 0;
  size_t f = dot - 8;
  int digits = count_digits(t + f, 7);
  if (digits < 1 || digits > 5) return 0;
  /* the name parts before, "Surname_Name_", one an Azerbaijani surname
   * written in ASCII ("-ov", "-yeva", "-li", "-zade"): "Report_Final_..."
   * is no name */
  static const char *const sfx[] = {"ov", "ova", "ev", "eva", "li", "lu", "zade", "zada", NULL};
  int parts = 0, surname = 0;
  size_t k = f - 1; /* the '_' before the FİN */
  while (k > *s) {
    size_t w = k;
    while (w > *s && t[w - 1] >= 'a' && t[w - 1] <= 'z') w--;
    if (w == k || w == *s || !is_upper((unsigned char)t[w - 1]) || k - w < 1) break;
    for (int x = 0; sfx[x]; x++) {
      size_t n = strlen(sfx[x]);
      if (k - w > n && memcmp(t + k - n, sfx[x], n) == 0) surname = 1;
    }
    w--;
    parts++;
    if (w == *s || t[w - 1] != '_') break;
    k = w - 1;
  }
  if (parts < 2 || !surname) return 0;
  *s = f;
  *e = dot - 1;
  return 1;
}

/* IPv4: four octets 0-255 without leading zeros beyond one digit. A port
 * may follow ("10.20.30.40:5432"); a ':' and a hex digit before it (the
 * tail of an IPv6 address or of a MAC) may not. */
/* Is the dotted number at s labelled as a version? The word right before
 * it (over at most two bytes of " =:/", a glued "v" allowed), or its last
 * part after '_' or '.' ("APP_VERSION=", "uygulama_surum="), is a version
 * word; or it is a product word ("VPN client 5.1.2.40", "agent 4.2.0.1")
 * and the first number is below 10: versions start small, and the private
 * and most public addresses a client has do not. */
static int version_label_before(const char *t, size_t s) {
  static const char *const ver[] = {"v", "ver", "version", "versiyon", "versiya", "surum",
                                    "s\xC3\xBCr\xC3\xBCm", "build", "release", "firmware",
                                    "fw", "rev", NULL};
  /* the product tokens of a browser's user agent, glued by '/'
   * ("Chrome/130.0.0.0" in an access log, batch 40) */
  static const char *const agent[] = {"chrome", "chromium",  "firefox",     "safari",
                                      "edg",    "edge",      "opr",         "crios",
                                      "fxios",  "yabrowser", "applewebkit", NULL};
  static const char *const product[] = {"client", "agent", "app", "driver", "plugin",
                                        "kernel", "bios", NULL};
  size_t i = s;
  if (i > 0 && (t[i - 1] == 'v' || t[i - 1] == 'V') && (i < 2 || !isalnum((unsigned char)t[i - 2])))
    return 1;
  /* "v.4.2.0.1", "v. 4.2.0.1" */
  size_t vd = i >= 2 && t[i - 1] == '.'                      ? i - 1
              : i >= 3 && t[i - 1] == ' ' && t[i - 2] == '.' ? i - 2
                                                             : 0;
  if (vd && (t[vd - 1] == 'v' || t[vd - 1] == 'V') &&
      (vd < 2 || !isalnum((unsigned char)t[vd - 2])))
    return 1;
  for (int k = 0; k < 2 && i > 0 && strchr(" =:/", t[i - 1]); k++) i--;
  if (i == s) return 0;
  size_t w = i;
  while (w > 0 && i - w < 24 && (isalpha((unsigned char)t[w - 1]) || (unsigned char)t[w - 1] >= 0x80))
    w--;
  if (w == i || i - w > 16) return 0;
  char word[20];
  size_t n = i - w;
  for (size_t k = 0; k < n; k++) word[k] = (char)tolower((unsigned char)t[w + k]);
  word[n] = 0;
  for (int k = 0; ver[k]; k++)
    if (strcmp(word, ver[k]) == 0) return 1;
  for (int k = 0; agent[k] && i + 1 == s && t[i] == '/'; k++)
    if (strcmp(word, agent[k]) == 0) return 1;
  if (w > 0 && (t[w - 1] == '_' || t[w - 1] == '.' || isalnum((unsigned char)t[w - 1]))) return 0;
  if (!(t[s] >= '0' && t[s] <= '9') || t[s + 1] != '.') return 0;
  for (int k = 0; product[k]; k++)
    if (strcmp(word, product[k]) == 0) return 1;
  return 0;
}

static int chk_ipv4(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  /* an IPv4-mapped IPv6 address, "::ffff:82.132.219.40" of a Node.js
   * req.ip (batch 40): the span takes its prefix */
  int mapped = *s >= 7 && strncasecmp(t + *s - 7, "::ffff:", 7) == 0 &&
               (*s == 7 || !isxdigit((unsigned char)t[*s - 8]));
  if (!mapped && *s >= 2 && t[*s - 1] == ':' && isxdigit((unsigned char)t[*s - 2])) return 0;
  if (version_label_before(t, *s)) return 0;
  char buf[16];
  size_t n = *e - *s;
  if (n >= sizeof buf) return 0;
  memcpy(buf, t + *s, n);
  buf[n] = 0;
  struct in_addr a;
  if (inet_pton(AF_INET, buf, &a) != 1) return 0;
  /* reject leading zeros ("01.02.03.04" is a date-like code, not an IP) */
  for (size_t i = 0; i + 1 < n; i++)
    if (buf[i] == '0' && (i == 0 || buf[i - 1] == '.') && is_digit((unsigned char)buf[i + 1]))
      return 0;
  if (mapped) *s -= 7;
  return 1;
}

static int chk_ipv6(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  char buf[48];
  size_t n = *e - *s;
  if (n >= sizeof buf || n < 3) return 0;
  memcpy(buf, t + *s, n);
  buf[n] = 0;
  struct in6_addr a;
  if (inet_pton(AF_INET6, buf, &a) != 1) return 0;
  int colons = 0, hex_letters = 0;
  for (size_t i = 0; i < n; i++) {
    colons += buf[i] == ':';
    hex_letters += (buf[i] >= 'a' && buf[i] <= 'f') || (buf[i] >= 'A' && buf[i] <= 'F');
  }
  if (colons < 2) return 0;
  /* "12::30" style times and ratios: require a hex letter or >= 4 groups */
  if (!hex_letters && colons < 4) return 0;
  /* eight groups of two hex digits each, "3c:9a:01:de:77:b2:4f:e1": a
   * fingerprint's or an EUI-64's octets, which no one writes an address
   * as (batch 32) */
  if (n == 23 && colons == 7) {
    size_t i = 0;
    while (i < n && (i % 3 == 2 ? buf[i] == ':' : isxdigit((unsigned char)buf[i]) != 0)) i++;
    if (i == n) return 0;
  }
  return 1;
}

static int chk_mac(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  const char *p = t + *s;
  size_t n = *e - *s;
  if (n == 17) {
    char sep = p[2];
    if (sep != ':' && sep != '-') return 0;
    for (size_t i = 0; i < n; i++)
      if (i % 3 == 2 ? p[i] != sep : !isxdigit((unsigned char)p[i])) return 0;
    return 1;
  }
  if (n == 14) {
    for (size_t i = 0; i < n; i++)
      if (i % 5 == 4 ? p[i] != '.' : !isxdigit((unsigned char)p[i])) return 0;
    return 1;
  }
  return 0;
}

static int folded_has(const char *t, size_t a, size_t b, const char *const *words);
static int chk_handle(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  const char *at = memrchr(t + *s, '@', *e - *s);
  if (!at) return 0;
  /* the '@' itself starts no word ("...-68@db" of a URL's password) and
   * does not end a URL's user part */
  if (at > t + *s && (isalnum((unsigned char)at[-1]) || at[-1] == '_' || at[-1] == '.'))
    return 0;
  if (url_userinfo(t, (size_t)(at - t))) return 0;
  *s = (size_t)(at - t);
  size_t n = *e - *s;
  if (n < 3 || t[*s + 1] == '.' || t[*e - 1] == '.') return 0;
  /* a Slack mention in its markup, "<@U03AB7YQP>": the workspace's id of
   * a member (capitals and digits), not the name (batch 32) */
  if (*s > 0 && t[*s - 1] == '<' && *e < len && (t[*e] == '>' || t[*e] == '|')) {
    size_t i = *s + 1;
    while (i < *e && (isupper((unsigned char)t[i]) || isdigit((unsigned char)t[i]))) i++;
    if (i == *e) return 0;
  }
  int letters = 0;
  for (size_t i = *s + 1; i < *e; i++) letters += isalpha((unsigned char)t[i]) != 0;
  if (!letters) return 0; /* "@__", "@2024" */
  /* the metadata fields of Elasticsearch, Logstash and Kibana records
   * ("@timestamp", "@version" of a JSON event or a Discover column
   * header) name a field, not a member (batch 41) */
  static const char *const es_fields[] = {"timestamp", "version", "metadata", NULL};
  for (int i = 0; es_fields[i]; i++)
    if (n - 1 == strlen(es_fields[i]) && memcmp(t + *s + 1, es_fields[i], n - 1) == 0) return 0;
  /* "@2x", all digits, or a following "." + letter (a domain) are not handles */
  if (count_digits(t + *s + 1, n - 1) == (int)n - 1) return 0;
  /* an npm package's scope, "@turkpay/iban-utils", "@types/node" (batch 48) */
  if (*e + 1 < len && t[*e] == '/' && islower((unsigned char)t[*e + 1])) return 0;
  if (*e + 1 < len && t[*e] == '.' && gz_is_wordcp(gz_cp_at(t, len, *e + 1))) return 0;
  /* "@example.com" is a domain, not a handle, unless a platform is named
   * right before it on the line: Instagram and TikTok names may end in a
   * country code ("insta is @jess.lifts.uk") */
  static const char *const platforms[] = {"insta ",  "insta:",   "instagram", "tiktok",
                                          "twitter", "telegram", NULL};
  size_t pa = *s > 32 ? *s - 32 : 0;
  for (size_t k = pa; k < *s; k++)
    if (t[k] == '\n') pa = k + 1;
  /* Venmo user names hold dashes ("his venmo and it's literally
   * @marcus-tran-9"): after the word venmo earlier on the line (at most 64
   * bytes back), the name runs on over '-' and letters or digits */
  size_t va = *s > 64 ? *s - 64 : 0;
  for (size_t k = va; k < *s; k++)
    if (t[k] == '\n') va = k + 1;
  static const char *const venmo[] = {"venmo", NULL};
  if (*e + 1 < len && t[*e] == '-' && isalnum((unsigned char)t[*e + 1]) &&
      folded_has(t, va, *s, venmo)) {
    size_t k = *e;
    while (k + 1 < len && k - *s < 30 && t[k] == '-' && isalnum((unsigned char)t[k + 1])) {
      k++;
      while (k < len && k - *s < 30 && (isalnum((unsigned char)t[k]) || t[k] == '_')) k++;
    }
    if (k == len || !gz_is_wordcp(gz_cp_at(t, len, k))) *e = k;
  }
  const char *dot = memrchr(t + *s, '.', n);
  if (dot && !folded_has(t, pa, *s, platforms)) {
    static const char *const tlds[] = {"com", "net", "org", "az", "tr", "ru", "io", "co", "uk",
                                       "gov", "edu", "info", "de", "me", NULL};
    size_t tl = (size_t)(t + *e - dot - 1);
    for (int i = 0; tlds[i]; i++)
      if (strlen(tlds[i]) == tl && strncasecmp(dot + 1, tlds[i], tl) == 0) return 0;
  }
  return 1;
}

/* Month number from a (folded) month name prefix in az/tr/en, or 0; the
 * Turkish names also as typed without their letters ğ, ü, ş ("agustos",
 * "eylul", "subat"; batch 41). */
static int month_from(const char *p, size_t n) {
  static const char *const names[][4] = {
      {"jan", "ocak", "yanvar", NULL},       {"feb", "şubat", "fevral", "subat"},
      {"mar", "mart", NULL, NULL},           {"apr", "nisan", "aprel", NULL},
      {"may", "mayıs", NULL, NULL},          {"jun", "haziran", "iyun", NULL},
      {"jul", "temmuz", "iyul", NULL},       {"aug", "ağustos", "avqust", "agustos"},
      {"sep", "eylül", "sentyabr", "eylul"}, {"oct", "ekim", "oktyabr", NULL},
      {"nov", "kasım", "noyabr", NULL},      {"dec", "aralık", "dekabr", NULL},
  };
  char f[32];
  size_t m = gz_fold_key(p, n, f, sizeof f);
  /* gz_fold_key maps ı to i; compare against folded names */
  for (int i = 0; i < 12; i++)
    for (int k = 0; k < 4 && names[i][k]; k++) {
      char g[32];
      size_t gl = gz_fold_key(names[i][k], strlen(names[i][k]), g, sizeof g);
      if (m >= gl && memcmp(f, g, gl) == 0) return i + 1;
    }
  return 0;
}

/* Does t[a..b), folded by gz_fold_key, contain one of `words` starting at
 * a word start? The words must be written folded already: lower case, with
 * plain "i" for any of I, İ, ı, i (as the context lists are). */
static int folded_has(const char *t, size_t a, size_t b, const char *const *words) {
  char f[160];
  size_t n = gz_fold_key(t + a, b - a, f, sizeof f - 1);
  f[n] = 0;
  for (int i = 0; words[i]; i++) {
    const char *w = words[i];
    for (const char *q = strstr(f, w); q; q = strstr(q + 1, w))
      if (q == f || (!isalnum((unsigned char)q[-1]) && (unsigned char)q[-1] < 0x80)) return 1;
  }
  return 0;
}

/* Birth verbs that follow the date in az/tr/en prose, often further than
 * the context window reaches ("12.03.1985-ci ildə Bakı şəhərində anadan
 * olub", "4 July 1976 in Ganja was born" is rare, but "təvəllüdlü" is not). */
static const char *const birth_after[] = {"anadan ol", "doğul", "doğdu", "dünyaya gel",
                                          "təvəllüd", "doğumlu", "dogumlu", "dogul",
                                          "tevellud", "doğmuş", "dogmus", "тәвәллүд",
                                          "анадан ол", NULL};
/* Birth labels, which come before their date ("born", "Doğum tarihi:"). */
static const char *const birth_labels[] = {"born", "birth", "doğum", "dogum", "dob", "d.o.b", "d.t.", "d.t:",
                                           "dt:", "doğ.", "d. tarih", "d.tarih", "d. tarix",
                                           "d.tarix", NULL};
/* Words right before a month-and-year birth date ("born in March 1985",
 * "Date of birth: April 2023"; not "birthday", an event's date). */
static const char *const birth_before[] = {"born", "doğum", "doğul", "dob", "d.o.b",
                                           "anadan", "birth:", "birth ", NULL};

/* A birth label in t[a..b) that is not the start of a birth verb: "Doğum
 * tarihi:" is one, "doğumluyum" ("I was born") is the verb, which speaks
 * for the date before it. */
static int birth_label_between(const char *t, size_t a, size_t b) {
  char f[160];
  size_t n = gz_fold_key(t + a, b - a, f, sizeof f - 1);
  f[n] = 0;
  for (int i = 0; birth_labels[i]; i++)
    for (const char *q = strstr(f, birth_labels[i]); q; q = strstr(q + 1, birth_labels[i])) {
      if (q != f && (isalnum((unsigned char)q[-1]) || (unsigned char)q[-1] >= 0x80)) continue;
      int verb = 0;
      for (int k = 0; birth_after[k] && !verb; k++)
        verb = strncmp(q, birth_after[k], strlen(birth_after[k])) == 0;
      if (!verb) return 1;
    }
  return 0;
}

/* Is the date at s field 3 of a driving licence in the EU and UK layout
 * (batch 41, an OCR'd licence):
 *
 *   DRIVING LICENCE  UK
 *   1. MORRISON
 *   2. ALISON JANE
 *   3. 11.08.1983 UNITED KINGDOM      <- the birth date and place
 *   4a. 02.03.2019  4b. 01.03.2029    <- issue and expiry
 *
 * The date follows "3." at its line's start, the line above starts with
 * "2.", and a licence word stands within 400 bytes before. */
static int licence_field3(const char *t, size_t s) {
  static const char *const licence[] = {"licence",
                                        "license",
                                        "ehliyet",
                                        "s\xC3\xBCr\xC3\xBC"
                                        "c\xC3\xBCl\xC3\xBCk",
                                        "permis de conduire",
                                        "f\xC3\xBChrerschein",
                                        NULL};
  size_t ls = s;
  while (ls > 0 && s - ls < 6 && t[ls - 1] != '\n') ls--;
  if ((ls > 0 && t[ls - 1] != '\n') || s - ls < 3 || t[ls] != '3' || t[ls + 1] != '.') return 0;
  for (size_t k = ls + 2; k < s; k++)
    if (t[k] != ' ') return 0;
  if (ls < 4) return 0;
  size_t ps = ls - 1;
  while (ps > 0 && ls - ps < 120 && t[ps - 1] != '\n') ps--;
  if (t[ps] != '2' || t[ps + 1] != '.') return 0;
  /* folded_has reads up to 160 bytes: overlapping pieces of 150 */
  size_t a = ps > 400 ? ps - 400 : 0;
  for (size_t b = ps; b > a; b = b - a > 130 ? b - 130 : a)
    if (folded_has(t, b - a > 150 ? b - 150 : a, b, licence)) return 1;
  return 0;
}

/* A birth date whose zeros a scan's OCR read as the letter O (batch 38:
 * "Date of birth  O4.1O.1996", "Date of Birth: O7/23/1994"): ten bytes
 * DD?MM?YYYY or, with '/', MM/DD/YYYY, one separator twice, an O among
 * the digits. Read with the O as 0 it must be a real day from 1900 to
 * 2030, and a birth label must stand before it on its line (at most 48
 * bytes back, no digit between): an O among digits elsewhere is a
 * code's. */
static int chk_dob_ocr(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  char b[11];
  int os = 0;
  if (*e - *s != 10) return 0;
  for (int i = 0; i < 10; i++) {
    char c = t[*s + (size_t)i];
    os += c == 'O';
    b[i] = c == 'O' ? '0' : c;
  }
  b[10] = 0;
  if (!os || b[2] != b[5]) return 0;
  for (int i = 0; i < 10; i++)
    if (i != 2 && i != 5 && !is_digit((unsigned char)b[i])) return 0;
  int d = (b[0] - '0') * 10 + b[1] - '0', m = (b[3] - '0') * 10 + b[4] - '0';
  int y = (b[6] - '0') * 1000 + (b[7] - '0') * 100 + (b[8] - '0') * 10 + b[9] - '0';
  if (b[2] == '/' && (m > 12 || d <= 12)) { /* US month first */
    int x = d;
    d = m;
    m = x;
  }
  if (y < 1900 || y > 2030 || m < 1 || m > 12 || d < 1 || d > gz_days_in_month(y, m)) return 0;
  /* the label of this date: no digit between them ("DOB 04/11/1982  4b
   * EXP O4/11/2029" labels the expiry no birth date) */
  size_t la = *s > 48 ? *s - 48 : 0;
  for (size_t k = la; k < *s; k++)
    if (t[k] == '\n' || is_digit((unsigned char)t[k])) la = k + 1;
  return birth_label_between(t, la, *s);
}

/* Field 3 of a driving licence, "3. 11.08.1983 UNITED KINGDOM", also
 * with the zeros OCR'd as O ("3. 11.O8.1983"; see licence_field3): the
 * span starts at "3. ", the date is DD.MM.YYYY (or with '/' or '-'), a
 * real day from 1900 to 2030. */
static int chk_dob_licence(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  (void)adj;
  if (*e - *s != 13 || t[*s] != '3' || t[*s + 1] != '.' || t[*s + 2] != ' ') return 0;
  char b[10];
  for (int i = 0; i < 10; i++) {
    char c = t[*s + 3 + (size_t)i];
    b[i] = c == 'O' ? '0' : c;
  }
  if (b[2] != b[5]) return 0;
  for (int i = 0; i < 10; i++)
    if (i != 2 && i != 5 && !is_digit((unsigned char)b[i])) return 0;
  int d = (b[0] - '0') * 10 + b[1] - '0', m = (b[3] - '0') * 10 + b[4] - '0';
  int y = (b[6] - '0') * 1000 + (b[7] - '0') * 100 + (b[8] - '0') * 10 + b[9] - '0';
  if (y < 1900 || y > 2030 || m < 1 || m > 12 || d < 1 || d > gz_days_in_month(y, m)) return 0;
  if (!licence_field3(t, *s + 3)) return 0;
  *s += 3;
  return 1;
}

/* A birth date in a URL's query or a form body with its slashes
 * percent-encoded, "dob=04%2F17%2F1990" (batch 41): the key right before
 * the '=' names a birth date (dob, birth, dogum), and read with '/' the
 * value is a real day from 1900 to 2030 (month first when the day is over
 * 12, as chk_dob_ocr reads it). */
static int chk_dob_urlenc(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  (void)adj;
  int v[3], k = 0;
  for (size_t i = *s; i < *e && k < 3;) {
    if (!is_digit((unsigned char)t[i])) return 0;
    int x = 0;
    while (i < *e && is_digit((unsigned char)t[i])) x = x * 10 + (t[i++] - '0');
    v[k++] = x;
    if (i < *e) {
      if (i + 3 > *e || t[i] != '%' || t[i + 1] != '2' || (t[i + 2] | 32) != 'f') return 0;
      i += 3;
    }
  }
  if (k != 3) return 0;
  int d = v[0], m = v[1], y = v[2];
  if (m > 12 && d <= 12) {
    d = v[1];
    m = v[0];
  }
  if (y < 1900 || y > 2030 || m < 1 || m > 12 || d < 1 || d > gz_days_in_month(y, m)) return 0;
  if (*s < 2 || t[*s - 1] != '=') return 0;
  size_t ka = *s - 1;
  while (ka > 0 && *s - ka < 24 && (isalnum((unsigned char)t[ka - 1]) || t[ka - 1] == '_')) ka--;
  static const char *const keys[] = {"dob", "birth", "dogum", NULL};
  char f[32];
  size_t n = *s - 1 - ka;
  for (size_t i = 0; i < n; i++) f[i] = (char)tolower((unsigned char)t[ka + i]);
  f[n] = 0;
  for (int i = 0; keys[i]; i++)
    if (strstr(f, keys[i])) return 1;
  return 0;
}

/* Does the abbreviation of "təvəllüd" (born in) follow the date ending at
 * e: "11.01.1961 təv.", "(03.03.2016 təv.)" (batch 33)? */
static int tev_after(const char *t, size_t len, size_t e) {
  if (e < len && t[e] == ' ') e++;
  if (e + 5 <= len && memcmp(t + e, "t\xC9\x99v.", 5) == 0) return 1;
  return e + 4 <= len && memcmp(t + e, "tev.", 4) == 0;
}

/* Is the date ending at e the first of a life span: a dash, then a date
 * 20 to 110 years later ("Margaret Lewis, 4 May 1938 – 16 November 2026",
 * "(12.03.1921 – 7.05.1994)")? Its year is the first one after the dash,
 * on the same line within 24 bytes. */
static int life_span(const char *t, size_t len, size_t e, int y) {
  size_t i = e;
  if (i < len && t[i] == ' ') i++;
  if (i + 2 < len && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
      ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94))
    i += 3;
  else if (i < len && t[i] == '-')
    i++;
  else
    return 0;
  if (i == e + 1 && t[e] == '-') return 0; /* "1938-2026": no spaced dash */
  for (size_t k = i, z = i + 24 < len ? i + 24 : len; k + 4 <= z && t[k] != '\n'; k++) {
    if (!is_digit((unsigned char)t[k]) || (k > i && is_digit((unsigned char)t[k - 1]))) continue;
    size_t r = k;
    while (r < len && is_digit((unsigned char)t[r])) r++;
    if (r - k != 4) continue;
    int y2 =
        (t[k] - '0') * 1000 + (t[k + 1] - '0') * 100 + (t[k + 2] - '0') * 10 + (t[k + 3] - '0');
    return y2 - y >= 20 && y2 - y <= 110;
  }
  return 0;
}

/* Is the date at s written right after the abbreviation "<c>." (the
 * letter c, upper or lower case, starting a word, then ". ")? */
static int after_abbrev(const char *t, size_t s, char c) {
  if (s < 3 || t[s - 1] != ' ' || t[s - 2] != '.' || (t[s - 3] | 32) != c) return 0;
  return s == 3 || !isalnum((unsigned char)t[s - 4]);
}

/* A date between a name and an ID label, in a person's record: "İşçi:
 * Nicat Bayramov, 1996-02-19, FİN: ...", "Patient: J. Doe, 05/08/1983,
 * SSN ...": a word, ", ", the date, ", ", then the label, or "of" and an
 * address ("Jack Thompson, 19.04.1994, of 7 Crown Street"). */
static int id_record(const char *t, size_t len, size_t s, size_t e) {
  if (s < 3 || t[s - 1] != ' ' || t[s - 2] != ',') return 0;
  unsigned char c = (unsigned char)t[s - 3];
  if (!isalpha(c) && c < 0x80) return 0;
  if (e + 2 >= len || t[e] != ',' || t[e + 1] != ' ') return 0;
  char f[40];
  size_t z = e + 2, w = z;
  /* court and press records give the address after "of" */
  if (z + 4 < len && t[z] == 'o' && t[z + 1] == 'f' && t[z + 2] == ' ' &&
      (isdigit((unsigned char)t[z + 3]) || isupper((unsigned char)t[z + 3])))
    return 1;
  /* or the address itself, a house number and a street ("..., 31
   * Lordship Lane", "..., Flat 9, 118 Dulwich Road") */
  if (z < len && (isdigit((unsigned char)t[z]) || strncmp(t + z, "Flat ", 5) == 0)) {
    size_t k = z + (t[z] == 'F' ? 5 : 0);
    while (k < len && k - z < 10 && (isdigit((unsigned char)t[k]) || t[k] == ',')) k++;
    if (k + 1 < len && t[k] == ' ' && isupper((unsigned char)t[k + 1])) return 1;
  }
  while (w < len && w < z + 14 && t[w] != '\n') w++;
  size_t n = gz_fold_key(t + z, w - z, f, sizeof f - 1);
  f[n] = 0;
  for (int i = 0; dob_ids[i]; i++)
    if (strncmp(f, dob_ids[i], strlen(dob_ids[i])) == 0) return 1;
  return 0;
}

/* A date of a birth year as a cell of a person's record under a role
 * label at the line's start (batch 27): "Namizəd: Hüseynli Nigar |
 * 1997-04-09 | ...", "Sigortalı: Merve Güneş, 31506602306, 07.07.2001".
 * The role alone is no birth-date context: "Namizəd: ..., müsahibə
 * 12.12.2026" is none. */
static const char *const dob_record_roles[] = {"namizəd", "namized", "aday", "sigortalı",
                                               "candidate", "applicant", NULL};
static int role_record(const char *t, size_t len, size_t s, size_t e, int y) {
  if (y < 1920 || y > 2012 || s < 3) return 0;
  if (!((t[s - 1] == ' ' && (t[s - 2] == ',' || t[s - 2] == '|')) || t[s - 1] == '|')) return 0;
  size_t k = e;
  while (k < len && t[k] == ' ') k++;
  if (k < len && t[k] != ',' && t[k] != '|' && t[k] != '\n' && t[k] != '\r') return 0;
  size_t ls = s;
  while (ls > 0 && s - ls < 120 && t[ls - 1] != '\n') ls--;
  if (ls > 0 && t[ls - 1] != '\n') return 0;
  size_t c = ls;
  while (c < s && c - ls < 24 && t[c] != ':') c++;
  return c < s && t[c] == ':' && folded_has(t, ls, c, dob_record_roles);
}

/* Is a birth or ID word (ctx_dob_nopatient) on the line of the date (from
 * la or its line start to b) or on the line above [la, ...) without a value
 * of its own: "Doğum tarihiniz?" above a reply counts, "Doğum Tarihi:
 * 01.07.1958" above "Yatış: 12.11.2026" (a digit on that line) does not. */
static int birth_word_near(const char *t, size_t la, size_t s, size_t b) {
  size_t ls = s;
  while (ls > la && t[ls - 1] != '\n') ls--;
  if (folded_has(t, ls, b, ctx_dob_nopatient)) return 1;
  if (ls == la) return 0;
  for (size_t i = la; i < ls; i++)
    if (t[i] >= '0' && t[i] <= '9') return 0;
  return folded_has(t, la, ls, ctx_dob_nopatient);
}

/* Can t[a..b) hold a patient label: a word starting "pa", "ha" (any case)
 * or "xə"? A filter that spares the folding of every date's window. */
static int maybe_patient(const char *t, size_t a, size_t b) {
  for (size_t i = a; i + 1 < b; i++) {
    unsigned char c = (unsigned char)(t[i] | 32), d = (unsigned char)t[i + 1];
    if ((c == 'p' || c == 'h') && (d | 32) == 'a') return 1;
    if (c == 'x' && (d == 0xC9 || d == 0xC6)) return 1;
  }
  return 0;
}

/* Does the date at [s, e) follow a self-introduction, a first-person
 * pronoun and a name set off by commas, and go on with a comma: "Mən
 * Zeynalov Elşən, 5 iyul 1985-ci il, Quba r., ... sakini", "I, John
 * Smith, 12/03/1985, of ..." (the opening of a statement: name, birth
 * date, residence)? The pronoun starts the text, a line or a sentence;
 * two or three capitalised words name the writer; an Azerbaijani year
 * suffix ("-ci il") may follow the date. */
static int cap_at(const char *t, size_t a, size_t b);
static int self_intro(const char *t, size_t len, size_t s, size_t e) {
  static const char *const pronouns[] = {"M\xC9\x99n", "m\xC9\x99n", "M\xC6\x8FN", "Men", "men",
                                         "Ben",        "ben",        "BEN",        "I",   NULL};
  size_t z = e;
  if (z + 1 < len && t[z] == '-') {
    size_t k = z + 1;
    while (k < len && k - z <= 4 && (isalpha((unsigned char)t[k]) || (unsigned char)t[k] >= 0x80))
      k++;
    if (k + 3 <= len && memcmp(t + k, " il", 3) == 0) z = k + 3;
  }
  if (z >= len || t[z] != ',' || s < 4 || t[s - 1] != ' ' || t[s - 2] != ',') return 0;
  size_t i = s - 2; /* end of the word before */
  for (int words = 0; words < 4; words++) {
    size_t w = i;
    while (w > 0 && w + 16 > i && !strchr(" ,\n\t", t[w - 1])) w--;
    if (w == i) return 0;
    if (words > 1 && word_in(t, w, i, pronouns))
      return w == 0 || t[w - 1] == '\n' || (w >= 2 && t[w - 1] == ' ' && strchr(".:!\n", t[w - 2]));
    if (!cap_at(t, w, i) || w == 0 || t[w - 1] == '\n' || t[w - 1] == '\t') return 0;
    i = w - 1; /* a space, or the comma of "Mən, Name," */
    if (t[i] == ' ' && i > 0 && t[i - 1] == ',') i--;
    if (t[i] == ',' && words == 0) return 0; /* "Bakı, Name, date": not one name */
  }
  return 0;
}

/* A date right after a patient's name on the patient line, which is how
 * lab reports and referrals give the birth date: "Pasiyent: Vüqar Cəfərov,
 * 03.01.1969", "Patient: J. Doe, 05/08/1983", "Hasta: Ayşe Yılmaz, 12.03.1985".
 * The label and a colon, one to four words of the name, ", ", the date,
 * then the line's end or a comma, semicolon or bracket ("..., 03.01.2024
 * tarixində qəbul edilib" is no birth date). */
/* The same with the label opening its sentence and no colon: "...
 * göndərirəm. Xəstə Vəliyev Anar, 12.05.1968, diaqnoz: ..." (the label
 * word after ". " or a line start, then two to four capitalised words and
 * ", " before the date at s). */
static int patient_sentence(const char *t, size_t s) {
  size_t i = s - 2, ws = i;
  int words = 0;
  for (;;) {
    while (i > 0 && s - i < 64 && t[i - 1] != ' ' && t[i - 1] != '\n') i--;
    if (i == 0 || s - i >= 64) return 0;
    if (t[i - 1] == '\n' || (i >= 3 && t[i - 1] == ' ' && (t[i - 2] == '.' || t[i - 2] == '!') &&
                             !(i >= 4 && isupper((unsigned char)t[i - 3]) && t[i - 4] == ' '))) {
      /* the sentence's first word (not the initial of "J. Doe") */
      char f[24];
      size_t n = gz_fold_key(t + i, ws - i, f, sizeof f - 1);
      f[n] = 0;
      for (int k = 0; patient_labels[k] && words >= 2; k++)
        if (strcmp(f, patient_labels[k]) == 0) return 1;
      return 0;
    }
    unsigned char c = (unsigned char)t[i];
    if ((c < 'A' || c > 'Z') && c < 0x80) return 0; /* each word of the name capitalised */
    if (++words > 4) return 0;
    ws = --i; /* the space before the word */
  }
}

static int patient_record(const char *t, size_t len, size_t s, size_t e) {
  if (s < 6 || t[s - 1] != ' ' || t[s - 2] != ',') return 0;
  if (e < len && t[e] != '\n' && t[e] != '\r' && t[e] != ',' && t[e] != ';' && t[e] != ')')
    return 0;
  if (patient_sentence(t, s)) return 1;
  size_t i = s - 2, words = 0;
  while (i > 0 && s - i < 64 && t[i - 1] != ':' && t[i - 1] != '\n') {
    unsigned char c = (unsigned char)t[i - 1];
    if (c == ' ') {
      if (i >= 2 && t[i - 2] == ' ') return 0;
    } else if (!gz_word_byte(c) && c != '.' && c != '-' && c != '\'') {
      return 0;
    } else if (i == 1 || t[i - 2] == ' ' || t[i - 2] == ':') {
      if (c >= 'a' && c <= 'z') return 0; /* each word of the name capitalised */
      words++;
    }
    i--;
  }
  if (i == 0 || t[i - 1] != ':' || words < 1 || words > 4) return 0;
  size_t ls = i - 1;
  while (ls > 0 && i - ls < 40 && t[ls - 1] != '\n') ls--;
  return folded_has(t, ls, i - 1, patient_labels);
}

/* A chat reply to a request for the birth date: the line holding s is a
 * speaker's ("Requester: sure \xE2\x80\x94 14/03/1989, and ..."), the date is
 * the first digit on it after the speaker, and the line right above (at
 * most 200 bytes) names the birth date and holds no digit ("Agent: ...
 * please reply with your date of birth and the postcode on file."). A
 * form's label line with its value ("Date of birth: 01.02.1990") has a
 * digit, so the date on the line below it gets nothing from it. */
/* After a chat line's bracketed time stamp at i ("[11:07] ", "[21/06/25,
 * 8:05 PM] "), or i when there is none. */
static size_t after_chat_stamp(const char *t, size_t i, size_t e) {
  if (i >= e || t[i] != '[') return i;
  size_t k = i + 1;
  while (k < e && k - i < 32 && (is_digit((unsigned char)t[k]) || strchr(".:/, -APM", t[k]))) k++;
  if (k >= e || t[k] != ']' || k == i + 1) return i;
  k++;
  while (k < e && t[k] == ' ') k++;
  return k;
}

static int birth_question_reply(const char *t, size_t s) {
  size_t ls = s;
  while (ls > 0 && s - ls < 80 && t[ls - 1] != '\n') ls--;
  if (ls == 0 || t[ls - 1] != '\n') return 0;
  /* a chat export's time stamps on both lines (batch 47: "[11:07] Məktəb
   * 189: Uşağın doğum tarixini də yazın" over "[11:09] Aynur xanım:
   * 14.06.2015"); then the asker's name may hold a number */
  size_t ls_stamp = after_chat_stamp(t, ls, s);
  int stamped = ls_stamp != ls;
  ls = ls_stamp;
  const char *c = memchr(t + ls, ':', s - ls);
  if (!c || (size_t)(c - t) - ls > 24) return 0;
  /* the other value asked for may come first, one token and a comma:
   * "Müşteri (Kübra): 15316515254 , 8 mayis 92" (batch 41) */
  size_t from = (size_t)(c - t) + 1, x = from;
  while (x < s && t[x] == ' ') x++;
  size_t y = x;
  while (y < s && t[y] != ' ' && t[y] != ',') y++;
  size_t z = y;
  while (z < s && t[z] == ' ') z++;
  if (y > x && y - x <= 24 && z < s && t[z] == ',') {
    z++;
    while (z < s && t[z] == ' ') z++;
    if (z == s) from = s;
  }
  for (size_t k = ls; k < s; k++)
    if (is_digit((unsigned char)t[k]) && !(from == s && k >= x && k < y)) return 0;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  size_t pe = ls - 1, ps = pe;
  while (ps > 0 && pe - ps < 200 && t[ps - 1] != '\n') ps--;
  if (ps > 0 && t[ps - 1] != '\n') return 0;
  size_t ds = ps;
  if (stamped) {
    ps = after_chat_stamp(t, ps, pe);
    if (ps == ds) return 0;
    const char *sp = memchr(t + ps, ':', pe - ps < 40 ? pe - ps : 40);
    ds = sp ? (size_t)(sp - t) + 1 : ps;
  }
  for (size_t k = ds; k < pe; k++)
    if (is_digit((unsigned char)t[k])) return 0;
  static const char *const asked[] = {"date of birth", "birth date", "doğum tarix",
                                      "doğum tarih",   "dob",        NULL};
  return folded_has(t, ps, pe, asked);
}

/* The birth date asked for and given as a bare reply, one value a line:
 * the date fills its line, at most two lines of one token each (the other
 * values asked for, "LKAM9FS") may stand above it, and above those the request,
 * a line naming the birth date with no digit ("> Salam, zəhmət olmasa FİN
 * kodunuzu və doğum tarixinizi yazın"). */
static int birth_reply_lines(const char *t, size_t len, size_t s, size_t e) {
  if (s == 0 || t[s - 1] != '\n') return 0;
  size_t k = e;
  while (k < len && (t[k] == ' ' || t[k] == '\r')) k++;
  if (k < len && t[k] != '\n') return 0;
  size_t pe = s - 1;
  for (int up = 0; up < 3 && pe > 0; up++) {
    size_t ps = pe;
    while (ps > 0 && pe - ps < 200 && t[ps - 1] != '\n') ps--;
    if (ps > 0 && t[ps - 1] != '\n') return 0;
    size_t le = pe;
    while (le > ps && (t[le - 1] == ' ' || t[le - 1] == '\r')) le--;
    if (le > ps && le - ps <= 24 && !memchr(t + ps, ' ', le - ps)) {
      pe = ps - 1; /* another reply value */
      if (ps == 0) return 0;
      continue;
    }
    static const char *const asked[] = {"date of birth",      "birth date", "do\xC4\x9Fum tarix",
                                        "do\xC4\x9Fum tarih", "dob",        NULL};
    for (size_t q = ps; q < pe; q++)
      if (is_digit((unsigned char)t[q])) return 0;
    return folded_has(t, ps, pe, asked);
  }
  return 0;
}

/* A corrected birth date: a birth label earlier in the sentence (at most
 * 96 bytes back, no digit between) and a correction word right before the
 * date, "Kaan'ın doğum tarihini yanlış yazmışım, doğrusu 19.06.2018",
 * "düzgünü", "the correct one is". */
static int birth_correction(const char *t, size_t s) {
  static const char *const fix[] = {"do\xC4\x9Frusu ", "do\xC4\x9Frusu: ", "dogrusu ",
                                    "d\xC3\xBCzg\xC3\xBCn\xC3\xBC ", "duzgunu ", "correct one is ",
                                    "correct date is ",
                                    /* "my date of birth on the form is wrong, it should be 9th July
                                     * 1993" (batch 47) */
                                    "should be ", NULL};
  size_t f = 0;
  /* each ends in "u ", "ü ", "s ", "e " or ": " (most dates have none of
   * them before) */
  if (s < 8 || t[s - 1] != ' ' ||
      (t[s - 2] != 'u' && t[s - 2] != 's' && t[s - 2] != ':' && t[s - 2] != 'e' &&
       (unsigned char)t[s - 2] != 0xBC))
    return 0;
  for (int k = 0; fix[k] && !f; k++) {
    size_t n = strlen(fix[k]);
    if (s >= n && strncasecmp(t + s - n, fix[k], n) == 0 &&
        (s == n || !gz_word_byte((unsigned char)t[s - n - 1])))
      f = s - n;
  }
  if (!f) return 0;
  size_t a = f;
  while (a > 0 && f - a < 96 && t[a - 1] != '\n' && !is_digit((unsigned char)t[a - 1]) &&
         !(a >= 2 && t[a - 1] == ' ' && (t[a - 2] == '.' || t[a - 2] == '?' || t[a - 2] == '!')))
    a--;
  return birth_label_between(t, a, f);
}

/* Dates: parse day, month, year in the forms the patterns allow and check
 * the calendar and a plausible birth year (1900-2030). A month and year
 * without a day is a birth date only right after a birth word or right
 * before a birth verb ("Şubat 1994 doğumluyum", "fevral 1994-cü ildə
 * anadan olub"); a birth verb later in the same sentence (up to 72 bytes)
 * counts as context. */
/* The start of the first numeric date ("03.03.2016", "3/3/21") in [a, b),
 * or b. */
static size_t next_numeric_date(const char *t, size_t a, size_t b) {
  for (size_t k = a; k + 6 <= b; k++) {
    if (!is_digit((unsigned char)t[k]) || (k > a && is_digit((unsigned char)t[k - 1]))) continue;
    size_t i = k, parts = 0;
    while (parts < 3) {
      size_t d = i;
      while (i < b && is_digit((unsigned char)t[i])) i++;
      if (i == d || i - d > 4) break;
      parts++;
      if (parts < 3 && !(i < b && (t[i] == '.' || t[i] == '/' || t[i] == '-'))) break;
      if (parts < 3) i++;
    }
    if (parts == 3) return k;
  }
  return b;
}

/* Is the birth label after the date [s, e) the next sentence's, with its
 * own date: "başlama 10.03.2025. Doğum günü 02.12.1999" (batch 32)? A
 * sentence's end (". ") within 40 bytes after the date, a birth label
 * and a numeric date after it on the line, and no birth label before the
 * date on its line. */
static int label_of_next_sentence(const char *t, size_t len, size_t s, size_t e) {
  size_t q = e;
  while (q + 1 < len && q < e + 40 && t[q] != '\n' && !(t[q] == '.' && t[q + 1] == ' ')) q++;
  if (q + 1 >= len || t[q] != '.' || t[q + 1] != ' ') return 0;
  size_t le = q;
  while (le < len && le < q + 80 && t[le] != '\n') le++;
  size_t nd = next_numeric_date(t, q, le);
  if (nd == le || !folded_has(t, q, nd, birth_labels)) return 0;
  size_t a = s > 48 ? s - 48 : 0;
  for (size_t k = a; k < s; k++)
    if (t[k] == '\n') a = k + 1;
  return !folded_has(t, a, s, birth_labels);
}

/* Is the date at s the value of another event's date label on its line:
 * "Date of baptism: ", "Evlenme tarihi: ", "Tarix: " (a label with a date
 * word and a colon right before the date, and no birth word)? */
static int other_date_label(const char *t, size_t s) {
  size_t k = s;
  while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) k--;
  if (k == 0) return 0;
  if (t[k - 1] != ':') {
    /* a form's label in its own column, a gap of two spaces or a tab
     * before the value and the label from the line's start: a passport
     * page's "Verilm\xC9\x99 tarixi  03.04.2023", "Date of issue  ..." (batch 30) */
    if (s - k < 2 && !(s > k && t[k] == '\t')) return 0;
    size_t a = k;
    while (a > 0 && k - a < 48 && t[a - 1] != '\n' &&
           !(t[a - 1] == ' ' && a >= 2 && t[a - 2] == ' '))
      a--;
    if (k - a >= 48) return 0;
    static const char *const date_words[] = {"date of", "tarih", "tarix", NULL};
    return folded_has(t, a, k, date_words) && !folded_has(t, a, k, ctx_dob) &&
           !folded_has(t, a, k, birth_labels);
  }
  size_t a = k - 1;
  /* the label: back to the line start, a column gap of two spaces, or
   * a separator */
  while (a > 0 && k - a < 64 && t[a - 1] != '\n' && t[a - 1] != ',' && t[a - 1] != ';' &&
         t[a - 1] != '|' && !(t[a - 1] == ' ' && a >= 2 && t[a - 2] == ' '))
    a--;
  if (k - a >= 64) return 0; /* no label's start found */
  static const char *const date_words[] = {"date of", "tarih", "tarix", NULL};
  return folded_has(t, a, k - 1, date_words) && !folded_has(t, a, k - 1, ctx_dob) &&
         !folded_has(t, a, k - 1, birth_labels);
}

/* Is the date [s, e) another event's by the key or label right before it
 * (batches 40 and 49), though a birth word is near:
 *  - an expiry or issue abbreviation: "Passport U71728877 (TUR), exp
 *    2029-04-30, date of birth 1984-06-09";
 *  - the right side of an SQL comparison on a column that is no birth
 *    date: "SELECT ..., dob, zip FROM applicants WHERE created_at >
 *    '2026-11-01'";
 *  - a cell of a table whose header names another column, when the line
 *    right above is that header and names a birth column too (only then
 *    does the context window reach a birth word): "arrival_date,...,dob"
 *    over "2026-11-24,412,...". */
static int date_of_other_key(const char *t, size_t len, size_t s, size_t e) {
  size_t k = s;
  if (k > 0 && (t[k - 1] == '\'' || t[k - 1] == '"')) k--;
  while (k > 0 && s - k < 4 && (t[k - 1] == ' ' || t[k - 1] == ':')) k--;
  /* '<' or '>', or '=' spaced ("created_at = '...'"; not an HTML
   * attribute's value="...") */
  size_t j = k;
  while (j > 0 && k - j < 3 && strchr("<>=!", t[j - 1])) j--;
  if (j < k && (memchr(t + j, '<', k - j) || memchr(t + j, '>', k - j) ||
                (j > 0 && t[j - 1] == ' ' && k < s && t[k] == ' '))) {
    while (j > 0 && t[j - 1] == ' ') j--;
    size_t we = j;
    while (j > 0 && we - j < 40 && (isalnum((unsigned char)t[j - 1]) || t[j - 1] == '_')) j--;
    if (we > j && (j == 0 || !isalnum((unsigned char)t[j - 1])) &&
        !folded_has(t, j, we, birth_labels) && !folded_has(t, j, we, ctx_dob))
      return 1;
  }
  size_t w = k;
  while (w > 0 && k - w < 10 && (isalpha((unsigned char)t[w - 1]) || t[w - 1] == '.')) w--;
  if (w < k && (w == 0 || !isalnum((unsigned char)t[w - 1]))) {
    static const char *const expiry[] = {"exp",  "exp.",   "expiry", "expires", "until",
                                         "thru", "issued", "iss.",   NULL};
    char word[12];
    size_t n = k - w;
    for (size_t i = 0; i < n; i++) word[i] = (char)tolower((unsigned char)t[w + i]);
    word[n] = 0;
    for (int i = 0; expiry[i]; i++)
      if (strcmp(word, expiry[i]) == 0) return 1;
  }
  /* a whole cell: a separator or the line's edge on both sides (tested
   * first: most dates end here) */
  static const char cell[] = ",;\t|";
  size_t cs = s, ce = e;
  if (cs > 0 && t[cs - 1] == '"') cs--;
  if (ce < len && t[ce] == '"') ce++;
  if ((cs > 0 && t[cs - 1] != '\n' && !strchr(cell, t[cs - 1])) ||
      (ce < len && t[ce] != '\n' && t[ce] != '\r' && !strchr(cell, t[ce])))
    return 0;
  size_t ls = s;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  if (ls == 0) return 0;
  size_t ps = ls - 1;
  while (ps > 0 && ls - 1 - ps < 400 && t[ps - 1] != '\n') ps--;
  size_t hs, he, seps = 0;
  if (!folded_has(t, ps, ls - 1, birth_labels)) return 0;
  for (size_t i = ls; i < len && t[i] != '\n' && seps < 2; i++)
    seps += t[i] == ',' || t[i] == ';' || t[i] == '\t' || t[i] == '|';
  return seps >= 2 && gz_cell_header(t, len, s, e, &hs, &he) && hs >= ps &&
         !folded_has(t, hs, he, birth_labels) && !folded_has(t, hs, he, ctx_dob);
}

/* The year of the chat-export time stamp that opens the line holding s
 * ("12/04/2024, 10:18 - ", "[19.11.26, 20:14] ", "15.10.24, 19:02 - "),
 * or 0 when the line opens with none. */
static int chat_stamp_year(const char *t, size_t len, size_t s) {
  size_t i = s;
  while (i > 0 && t[i - 1] != '\n' && s - i < 160) i--;
  if (i > 0 && t[i - 1] != '\n') return 0; /* no chat line: too far from its start */
  if (i < len && t[i] == '[') i++;
  int f[3], k = 0;
  for (; k < 3; k++) {
    int v = 0, n = 0;
    while (i < len && n < 4 && is_digit((unsigned char)t[i])) v = v * 10 + (t[i++] - '0'), n++;
    if (n == 0 || (k < 2 && n > 2)) return 0;
    f[k] = n == 2 && k == 2 ? 2000 + v : v;
    if (k < 2) {
      if (i >= len || (t[i] != '.' && t[i] != '/' && t[i] != '-')) return 0;
      i++;
    }
  }
  if (i + 6 > len || t[i] != ',' || t[i + 1] != ' ' || !is_digit((unsigned char)t[i + 2])) return 0;
  /* a time of day after the date: h:mm or hh:mm */
  size_t c = i + 3;
  if (is_digit((unsigned char)t[c])) c++;
  if (c + 3 > len || t[c] != ':' || !is_digit((unsigned char)t[c + 1])) return 0;
  return f[2] >= 1990 && f[2] <= 2099 ? f[2] : 0;
}

/* Does an animal word stand before s in its sentence on the same line,
 * at most 100 bytes back? A vet record's or a pet insurance claim's
 * "Pet: "Biscuit", Cocker Spaniel, DOB 03/03/2021", "Növ: pişik (...) ·
 * Doğum: 14.03.2023": the birth date is an animal's, no person's. (No az
 * "it" (dog): it is the English pronoun.) */
static int animal_before(const char *t, size_t s) {
  static const char *const w[] = {"pet",          "pets",   "dog",    "cat",          "puppy",
                                  "kitten",       "canine", "feline", "k\xC3\xB6pek", "kedi",
                                  "pi\xC5\x9Fik", "heyvan", NULL};
  size_t lo = s;
  while (lo > 0 && s - lo < 100 && t[lo - 1] != '\n' &&
         !(t[lo - 1] == ' ' && lo >= 2 && t[lo - 2] == '.' && lo >= 3 &&
           islower((unsigned char)t[lo - 3])))
    lo--;
  for (size_t i = lo; i < s; i++) {
    /* the words' first letters before the word-start test: most bytes fail
     * the first, and it needs no table look-up */
    char f = (char)(t[i] | 32);
    if (f != 'p' && f != 'd' && f != 'c' && f != 'k' && f != 'f' && f != 'h') continue;
    if (i > lo && (isalnum((unsigned char)t[i - 1]) || (unsigned char)t[i - 1] >= 0x80)) continue;
    for (int k = 0; w[k]; k++) {
      if (w[k][0] != f) continue;
      size_t n = strlen(w[k]);
      if (i + n > s || strncasecmp(t + i, w[k], n) != 0) continue;
      /* a whole word; "heyvan", "köpek", "pişik" with their suffixes */
      unsigned char c = i + n < s ? (unsigned char)t[i + n] : ' ';
      if (k >= 8 || !(isalnum(c) || c >= 0x80)) return 1;
    }
  }
  return 0;
}

/* A day, a Roman month and a year, "14.VI.1994", "3-XI-1987" (the
 * post-Soviet and Central European way of writing a date in CVs and
 * forms, batch 56): the same date in digits, "14.06.1994", written to out
 * (at least 11 bytes); its length, or 0 when [p, p + n) is no such date.
 * The month is in capitals only ("vi" is a word). */
static size_t roman_month_date(const char *p, size_t n, char *out) {
  static const char *const rm[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                   "VII", "VIII", "IX",  "X",  "XI", "XII"};
  size_t i = 0;
  while (i < n && i < 2 && is_digit((unsigned char)p[i])) i++;
  if (i == 0 || i >= n || !strchr("./-", p[i])) return 0;
  size_t ms = ++i;
  while (i < n && (p[i] == 'I' || p[i] == 'V' || p[i] == 'X')) i++;
  size_t ml = i - ms;
  if (ml == 0 || i + 5 != n || p[i] != p[ms - 1]) return 0;
  int m = 0;
  for (int k = 0; k < 12 && !m; k++)
    if (strlen(rm[k]) == ml && memcmp(rm[k], p + ms, ml) == 0) m = k + 1;
  if (!m) return 0;
  size_t k = 0;
  for (size_t j = 0; j < ms - 1; j++) out[k++] = p[j];
  out[k++] = '.';
  out[k++] = (char)('0' + m / 10);
  out[k++] = (char)('0' + m % 10);
  out[k++] = '.';
  memcpy(out + k, p + i + 1, 4);
  return k + 4;
}

static int chk_date(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  const char *p = t + *s;
  size_t n = *e - *s;
  if (animal_before(t, *s)) return 0;
  /* "09 04 1997": a date only on its own, not the tail or head of a run of
   * digit groups (a phone number "0532 205 09 04 1997") */
  if ((n == 10 || n == 8) && p[2] == ' ' && p[5] == ' ' &&
      ((*s >= 2 && t[*s - 1] == ' ' && is_digit((unsigned char)t[*s - 2])) ||
       (*e + 1 < len && t[*e] == ' ' && is_digit((unsigned char)t[*e + 1]))))
    return 0;
  /* "04 09 91": after a birth label on its line (at most 32 bytes back) */
  if (n == 8 && p[2] == ' ') {
    size_t la = *s > 32 ? *s - 32 : 0;
    for (size_t k = la; k < *s; k++)
      if (t[k] == '\n') la = k + 1;
    if (!folded_has(t, la, *s, birth_labels)) return 0;
  }
  /* spaced by OCR, one digit per box: read without the spaces, the eight
   * digits of "2 1 0 6 1 9 8 5" as 21.06.1985 */
  char sp[16];
  int boxed = n >= 15 && n <= 19 && is_digit((unsigned char)p[0]) && p[1] == ' ';
  for (size_t i = 0; boxed && i < n; i++) /* digits never two together */
    boxed = (is_digit((unsigned char)p[i]) && (i + 1 == n || !is_digit((unsigned char)p[i + 1]))) ||
            p[i] == ' ' || p[i] == '.' || p[i] == '/' || p[i] == '-';
  char rmd[16];
  size_t rml = boxed ? 0 : roman_month_date(p, n, rmd);
  if (rml) {
    p = rmd;
    n = rml;
  }
  if (boxed) {
    size_t k = 0;
    for (size_t i = 0; i < n && k + 2 < sizeof sp; i++) {
      if (p[i] == ' ') continue;
      sp[k++] = p[i];
      if (n == 15 && (k == 2 || k == 5)) sp[k++] = '.';
    }
    p = sp;
    n = k;
  }
  /* a birth label, then "MM.YYYY" or "MM/YYYY" (dob_text): the value alone,
   * read as the first of that month */
  int label_my = 0;
  if (n > 8 && isalpha((unsigned char)p[0]) && p[n - 8] == ' ' &&
      is_digit((unsigned char)p[n - 7]) && (p[n - 5] == '.' || p[n - 5] == '/')) {
    if (*e < len && (t[*e] == '.' || t[*e] == '/' || t[*e] == '-') && *e + 1 < len &&
        is_digit((unsigned char)t[*e + 1]))
      return 0;
    *s = *e - 7;
    p = t + *s;
    n = 7;
    label_my = 1;
  }
  int nums[3], nn = 0, month_word = 0;
  size_t i = 0, len3 = 0;
  while (i < n && nn < 3) {
    if (is_digit((unsigned char)p[i])) {
      int v = 0;
      size_t st = i;
      while (i < n && is_digit((unsigned char)p[i])) v = v * 10 + (p[i++] - '0');
      if (i - st > 4) return 0;
      /* a day or month has one or two digits, a year four (a year first
       * only as "1990-04-17"): "021-04-1914" is no date (an SSN) */
      if (i - st == 3) return 0;
      nums[nn++] = v;
      if (nn == 3) len3 = i - st;
      /* skip ordinal suffixes */
      while (i < n && (p[i] | 32) >= 'a' && (p[i] | 32) <= 'z' && i - st < 6 &&
             !month_word && nn == 1 && (p[i] | 32) != 'o') {
        if (month_from(p + i, n - i)) break;
        i++;
      }
    } else if ((unsigned char)p[i] >= 'A') {
      int m = month_from(p + i, n - i);
      if (m && !month_word) month_word = m;
      while (i < n && !is_digit((unsigned char)p[i]) && p[i] != ' ' && p[i] != ',') i++;
    } else {
      i++;
    }
  }
  /* digits after the third number: a run of digit groups ("04 09 91 44"
   * read back from its end), no date */
  for (size_t k = i; nn == 3 && k < n; k++)
    if (is_digit((unsigned char)p[k])) return 0;
  int d, m, y;
  if (month_word && nn == 1) {
    size_t a = *s > 24 ? *s - 24 : 0;
    for (size_t k = a; k < *s; k++)
      if (t[k] == '\n') a = k + 1;
    /* the birth verb after: in the next three words (after a suffix glued
     * to the year: "1994-cü ildə anadan olub"), not past a colon, comma or
     * line end ("Eylül 2024 raporu: doğumlu sayısı" is no birth date) */
    size_t z = *e;
    for (int w = 0; w < 4 && z < len && z < *e + 40; w++) {
      while (z < len && t[z] == ' ') z++;
      while (z < len && !strchr(" :,;\n", t[z])) z++;
      if (z < len && t[z] != ' ') break;
    }
    if (nums[0] < 1900 || (!folded_has(t, a, *s, birth_before) &&
                           !folded_has(t, *e, z, birth_after)))
      return 0;
    m = month_word;
    y = nums[0];
    d = 1;
  } else if (month_word) {
    if (nn != 2) return 0;
    m = month_word;
    if (nums[0] > 31) { y = nums[0]; d = nums[1]; }
    else { d = nums[0]; y = nums[1]; }
    /* "22AUG79" (tickets, passports: day, month, two-digit year glued) */
    if (len3 == 0 && y < 100 && n == 7 && is_digit((unsigned char)p[5])) {
      y += y < 30 ? 2000 : 1900;
    } else if (y < 100) {
      /* "17 nisan 82", "5 March '79": a two-digit year after a month
       * name only as the answer to a birth-date question, or after a birth
       * label on its line */
      size_t la = *s > 32 ? *s - 32 : 0;
      for (size_t k = la; k < *s; k++)
        if (t[k] == '\n') la = k + 1;
      if (!birth_question_reply(t, *s) && !folded_has(t, la, *s, birth_labels)) return 0;
      y += y < 30 ? 2000 : 1900;
    }
  } else if (label_my) {
    if (nn != 2) return 0;
    m = nums[0];
    y = nums[1];
    d = 1;
  } else {
    if (nn != 3) return 0;
    /* year first only as "1990-04-17", "1990.04.17" or "1990/04/17" */
    if (nums[0] > 31 && (n != 10 || p[7] != p[4])) return 0;
    if (nums[0] > 31) { y = nums[0]; m = nums[1]; d = nums[2]; }
    else {
      d = nums[0]; m = nums[1]; y = nums[2];
      if (m > 12 && d <= 12) { int x = d; d = m; m = x; } /* US month/day */
      if (len3 == 2) y += y < 30 ? 2000 : 1900;           /* "12/03/85" */
    }
  }
  if (y < 1900 || y > 2030 || m < 1 || m > 12 || d < 1 || d > gz_days_in_month(y, m)) return 0;
  if (gz_empty_date(y, m, d)) return 0;
  /* a chat export's line ("12/04/2024, 10:18 - Anama: ... doğum günü ...
   * 14.04.2024 bazar günü yığışırıq", batch 46): a date in the stamp's
   * year or later is a birthday party's, not a birth date, unless a
   * birth-date label stands right before it */
  int stamp_y = y >= 1990 ? chat_stamp_year(t, len, *s) : 0;
  if (stamp_y && y >= stamp_y) {
    static const char *const dob_label[] = {"tarix", "tarih", "date of birth", "dob", "d.o.b",
                                            "born", "doğuldu", "anadan ol", NULL};
    size_t la = *s > 32 ? *s - 32 : 0;
    if (!folded_has(t, la, *s, dob_label)) return 0;
  }
  /* a date with its time of day is a time stamp, "[19.11.26, 20:14]
   * Aynur: ... doğum günü" (a chat export), "2026-11-19T08:15": no birth
   * date unless a birth label stands right before it (a birth time) */
  size_t tm = *e;
  if (tm < len && (t[tm] == ',' || t[tm] == 'T')) tm++;
  if (tm < len && t[tm] == ' ') tm++;
  if (tm + 5 <= len && is_digit((unsigned char)t[tm]) && is_digit((unsigned char)t[tm + 1]) &&
      t[tm + 2] == ':' && is_digit((unsigned char)t[tm + 3]) &&
      is_digit((unsigned char)t[tm + 4]) &&
      (tm + 5 == len || !is_digit((unsigned char)t[tm + 5]))) {
    size_t la = *s > 32 ? *s - 32 : 0;
    for (size_t k = la; k < *s; k++)
      if (t[k] == '\n') la = k + 1;
    if (!folded_has(t, la, *s, birth_labels)) return 0;
  }
  /* A birth word before an earlier date on the line is that date's context,
   * not this one's: "(born April 2, 1990) joined on April 2, 2015"; so is a
   * birth verb right after the earlier date, unless a birth label follows it:
   * "10 Ağustos 1878'de Viyana'da doğdu, 8 temmuz 1950'de ... öldü". */
  size_t a = *s > 64 ? *s - 64 : 0, ye = 0;
  for (size_t k = a; k < *s; k++)
    if (t[k] == '\n') a = k + 1;
  for (size_t k = a; k + 4 <= *s; k++)
    if ((k == a || !is_digit((unsigned char)t[k - 1])) &&
        ((t[k] == '1' && (t[k + 1] == '8' || t[k + 1] == '9')) || (t[k] == '2' && t[k + 1] == '0')) &&
        is_digit((unsigned char)t[k + 2]) && is_digit((unsigned char)t[k + 3]) &&
        (k + 4 == *s || !is_digit((unsigned char)t[k + 4])))
      ye = k + 4;
  if (ye && !birth_label_between(t, ye, *s) &&
      ((folded_has(t, a, ye, ctx_dob) && !folded_has(t, ye, *s, ctx_dob)) ||
       folded_has(t, ye, *s, birth_after)))
    *adj -= 0.75f;
  size_t b = *e;
  while (b < len && b < *e + 72 && t[b] != '\n' && t[b] != ';' &&
         !(t[b] == '.' && (b + 1 == len || t[b + 1] == ' ' || t[b + 1] == '\n')))
    b++;
  /* "anadan olmuş" (who was born) is context for the date before it; a date
   * after it ("... 9-da anadan olmuşdur),\n01.12.2026 tarixdən") is another
   * event's, unless a birth label is near */
  static const char *const born_part[] = {"anadan olmu", NULL};
  int after = folded_has(t, *e, b, birth_after) || tev_after(t, len, *e);
  /* a later date between this one and the birth word takes the word:
   * "14.09.2014 tarihinde evlenmiş olup bu evlilikten 03.03.2016 doğumlu"
   * (batch 28); and a date under its own event's label ("Date of
   * baptism: 15 November 2026   Date of birth: ...") is that event's */
  size_t nd = next_numeric_date(t, *e, b);
  if (after && nd < b && !folded_has(t, *e, nd, birth_after)) {
    after = 0;
    *adj -= 0.75f;
  }
  if (other_date_label(t, *s) || date_of_other_key(t, len, *s, *e)) *adj -= 0.75f;
  if (label_of_next_sentence(t, len, *s, *e)) *adj -= 0.75f;
  if (!after && folded_has(t, *s > 48 ? *s - 48 : 0, *s, born_part) &&
      !folded_has(t, *s > 48 ? *s - 48 : 0, *s, birth_labels))
    *adj -= 0.75f;
  if (after) *adj += 0.75f;
  else if (life_span(t, len, *e, y)) *adj += 0.75f;
  else if (after_abbrev(t, *s, 'b')) *adj += 0.75f; /* "(b. 14 Feb 1976, Baku)": born */
  else if (self_intro(t, len, *s, *e))
    *adj += 0.75f;
  else if (after_abbrev(t, *s, 'd')) {
    /* "(d. 2 fevral 1921, Gəncə — ö. 17 iyul 1994)": Azerbaijani and
     * Turkish encyclopaedias write "d." for born (doğulub, doğum) and "ö."
     * for died; in English "d." is died, so only with an az/tr month name
     * or an "ö." later on the line */
    static const char *const months_aztr[] = {
        "yanvar", "fevral", "mart", "aprel", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
        "noyabr", "dekabr", "ocak", "şubat", "nisan", "mayis", "haziran", "temmuz", "ağustos",
        "eylül", "ekim", "kasim", "aralik", NULL};
    static const char *const died[] = {"ö.", NULL};
    size_t le = *e;
    while (le < len && le < *e + 96 && t[le] != '\n') le++;
    if (folded_has(t, *s, *e, months_aztr) || folded_has(t, *e, le, died)) *adj += 0.75f;
  }
  /* an ID label near the date opened its window and counts as context;
   * outside a record layout it is none ("FİN: ..., Tarix: 12.03.2024"): take
   * the boost back unless a birth word is on the line or the line above */
  size_t wa = *s > 40 ? *s - 40 : 0, wb = *e + 40 < len ? *e + 40 : len;
  size_t la = *s, nl = 0; /* the line above and this one, up to 110 bytes */
  while (la > 0 && *s - la < 110 && !(t[la - 1] == '\n' && ++nl == 2)) la--;
  /* a patient label near the date opened its window: context only on the
   * patient line (patient_record), unless another birth or ID word is on
   * the line or the line above (a reply: "Doğum tarihiniz?" / "Hasta: ...") */
  if (maybe_patient(t, wa, wb) && folded_has(t, wa, wb, patient_labels) &&
      !birth_word_near(t, la, *s, wb) && !patient_record(t, len, *s, *e))
    *adj -= 0.75f;
  if (folded_has(t, wa, wb, dob_rec_words) &&
      (!id_record(t, len, *s, *e) || (y > 2012 && folded_has(t, wa, wb, dob_roles)))) {
    /* birth_labels: word starts, so keys such as "birth_date" count too */
    if (!folded_has(t, la, wb, ctx_dob) && !folded_has(t, la, wb, birth_labels)) *adj -= 0.75f;
  }
  /* a role label is context only for a cell of its record (role_record) */
  if (folded_has(t, wa, wb, dob_record_roles) && !role_record(t, len, *s, *e, y) &&
      !folded_has(t, la, wb, ctx_dob) && !folded_has(t, la, wb, birth_labels))
    *adj -= 0.75f;
  if (birth_question_reply(t, *s) && !folded_has(t, wa, *s, ctx_dob)) *adj += 0.75f;
  else if (birth_reply_lines(t, len, *s, *e) || birth_correction(t, *s))
    *adj += 0.75f;
  /* a sample after a list of the fields a file holds, "incl. names,
   * phones, DOBs. Sample: Gail Fenton, 0113 496 0771, 1966-05-23": the
   * plural field name earlier on the line (also further than the context
   * window) speaks for a date of a birth year (1900-2012) */
  static const char *const dob_fields[] = {"dobs",
                                           "dates of birth",
                                           "birth dates",
                                           "do\xC4\x9Fum tarihleri",
                                           "do\xC4\x9Fum tarixl\xC9\x99ri",
                                           NULL};
  if (y <= 2012 && *s > 4) {
    size_t ls = *s, lo = *s > 150 ? *s - 150 : 0;
    while (ls > lo && t[ls - 1] != '\n') ls--;
    if (folded_has(t, ls, *s, dob_fields)) *adj += 0.75f;
  }
  return 1;
}

static int chk_aws_key(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  return *e - *s == 20 && (memcmp(t + *s, "AKIA", 4) == 0 || memcmp(t + *s, "ASIA", 4) == 0);
}
static int chk_github(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  return *e - *s == 40 && t[*s] == 'g' && t[*s + 1] == 'h' && strchr("pousr", t[*s + 2]) &&
         t[*s + 3] == '_';
}
static int chk_jwt(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  const char *p = t + *s;
  size_t n = *e - *s;
  const char *d1 = memchr(p, '.', n);
  if (n < 30 || memcmp(p, "eyJ", 3) != 0 || !d1) return 0;
  const char *d2 = memchr(d1 + 1, '.', (size_t)(p + n - d1 - 1));
  return d2 && memcmp(d1 + 1, "eyJ", 3) == 0 && !memchr(d2 + 1, '.', (size_t)(p + n - d2 - 1));
}
/* Stripe secret/restricted keys and Google API keys: fixed prefixes. */
static int chk_api_key(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  size_t n = *e - *s;
  const char *p = t + *s;
  if (n >= 4 && memcmp(p, "AIza", 4) == 0) return n == 39;
  return n >= 24 && n <= 128 && (memcmp(p, "sk_live_", 8) == 0 || memcmp(p, "rk_live_", 8) == 0);
}

/* Keys of two more vendors whose form alone says what they are (batch
 * 40): a SendGrid API key "SG.<22>.<43>" (base64url parts) and a Telegram
 * bot token "<bot id>:AA<33>", also glued to "/bot" in the Bot API's URL
 * ("api.telegram.org/bot7712049381:AAHf.../sendMessage"). The walk back
 * may take letters before the key; the span starts at "SG." or at the
 * bot id's first digit. */
static int chk_vendor_key(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  (void)adj;
  const char *p = t + *s, *q;
  size_t n = *e - *s;
  if ((q = memmem(p, n, "SG.", 3)) != NULL) {
    size_t k = (size_t)(q - t);
    if (k > 0 && gz_ascii_alnum((unsigned char)t[k - 1])) return 0;
    const char *dot = memchr(q + 3, '.', (size_t)(t + *e - q) - 3);
    if (!dot || dot - q - 3 < 16 || t + *e - dot - 1 < 30) return 0;
    *s = k;
    return 1;
  }
  if ((q = memmem(p, n, ":AA", 3)) == NULL || t + *e - q - 1 != 35) return 0;
  size_t k = (size_t)(q - t), d = k;
  while (d > *s && is_digit((unsigned char)t[d - 1])) d--;
  if (k - d < 8 || k - d > 10) return 0;
  /* after a word boundary or the URL's "/bot" */
  if (d > 0 && gz_ascii_alnum((unsigned char)t[d - 1]) &&
      !(d >= 4 && memcmp(t + d - 4, "/bot", 4) == 0))
    return 0;
  *s = d;
  return 1;
}

static int chk_slack(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  return *e - *s >= 15 && memcmp(t + *s, "xox", 3) == 0 && strchr("abpr", t[*s + 3]) &&
         t[*s + 4] == '-';
}

/* e-Devlet addresses: "... NO: 4 İÇ KAPI NO: 5 SEYHAN / ADANA". The
 * pattern stops at "İÇ" (read as a district; an inner-door group in the
 * pattern itself made the whole scan much slower), so the check takes the
 * inner door number and then "DISTRICT / PROVINCE" after it. Returns the new
 * end, or e when the text does not go on that way. */
static size_t inner_door(const char *t, size_t len, size_t e) {
  static const char *const kw[] = {" KAPI NO", " Kap\xC4\xB1 No", NULL};
  for (int i = 0; kw[i]; i++) {
    size_t k = e, n = strlen(kw[i]);
    if (k + n > len || memcmp(t + k, kw[i], n) != 0) continue;
    k += n;
    if (k < len && (t[k] == ':' || t[k] == '.')) k++;
    if (k < len && t[k] == ' ') k++;
    size_t d = k;
    while (k < len && k - d < 4 && is_digit((unsigned char)t[k])) k++;
    if (k == d || (k < len && is_digit((unsigned char)t[k]))) return e;
    size_t end = k;
    /* " SEYHAN / ADANA", " Seyhan/Adana", after a postcode too: " 34770
     * Ümraniye/İstanbul" (batch 23) */
    if (k < len && t[k] == ' ') {
      size_t w = k + 1, x = w;
      if (w + 6 < len && count_digits(t + w, 5) == 5 && t[w + 5] == ' ') w += 6;
      x = w;
      while (x < len && t[x] != ' ' && t[x] != '/' && t[x] != '\n' && t[x] != ',') x++;
      size_t y = x;
      if (y < len && t[y] == ' ') y++;
      if (x > w && y < len && t[y] == '/') {
        y++;
        if (y < len && t[y] == ' ') y++;
        size_t z = y;
        while (z < len && t[z] != ' ' && t[z] != '\n' && t[z] != ',' && t[z] != '.') z++;
        if (z > y) end = z;
      }
    }
    return end;
  }
  return e;
}

/* Start of the word that ends at `end` (words end at a space, comma, line
 * break or bracket), not before lo. */
static size_t word_start(const char *t, size_t lo, size_t end) {
  size_t w = end;
  while (w > lo && !strchr(" ,\n(\t", t[w - 1])) w--;
  return w;
}
static int word_in(const char *t, size_t a, size_t b, const char *const *list) {
  for (int i = 0; list[i]; i++)
    if (strlen(list[i]) == b - a && memcmp(list[i], t + a, b - a) == 0) return 1;
  return 0;
}
/* Does a capital letter (ASCII or Ç Ö Ü Ğ İ Ş Ə) or a digit start t[a..]? */
static int cap_at(const char *t, size_t a, size_t b) {
  if (a >= b) return 0;
  unsigned char c = (unsigned char)t[a];
  if (is_upper(c) || is_digit(c)) return 1;
  if (a + 1 >= b) return 0;
  unsigned char d = (unsigned char)t[a + 1];
  return (c == 0xC3 && (d == 0x87 || d == 0x96 || d == 0x9C)) || (c == 0xC4 && (d == 0x9E || d == 0xB0)) ||
         (c == 0xC5 && d == 0x9E) || (c == 0xC6 && d == 0x8F);
}

/* The parts a pattern leaves out before an address: the unit of "Unit 7,
 * Harbour Way" (the pattern takes the 7 for a house number), the first name
 * and title of an Azerbaijani street ("Həsən bəy Zərdabi prospekti"), and
 * Azerbaijani districts, villages and numbered micro-districts before the
 * street ("Sumqayıt şəhəri, 9-cu mikrorayon, Sülh küçəsi"). Title and
 * ordinal alternatives in address_az made it too large to compile (and
 * slower); this is a few byte comparisons per address. Returns the new
 * start. */
static size_t address_head(const char *t, size_t s) {
  static const char *const units[] = {"Unit", "Flat", "Apt", "Apt.", "Apartment", "Suite", NULL};
  static const char *const titles[] = {"b\xC9\x99y", "a\xC4\x9F" "a", "xan\xC4\xB1m", NULL};
  static const char *const kinds[] = {"rayonu", "district", "r.", "r-nu", "\xC5\x9F\xC9\x99h\xC9\x99ri",
                                      "\xC5\x9F\xC9\x99h.", "\xC5\x9F.", "q\xC9\x99s\xC9\x99" "b\xC9\x99si",
                                      "q\xC9\x99s.", "k\xC9\x99ndi", "mikrorayonu", "mikrorayon", "mkr", "mkr.",
                                      "m\xC9\x99h\xC9\x99ll\xC9\x99", "m\xC9\x99h\xC9\x99ll\xC9\x99si",
                                      "settlement", "village", NULL};
  size_t lo = s > 160 ? s - 160 : 0;
  if (s < lo + 2 || t[s - 1] != ' ') return s;
  size_t w = word_start(t, lo, s - 1);
  if (is_digit((unsigned char)t[s]) && word_in(t, w, s - 1, units)) return w;
  /* an office's floor before the house number, as e-mail signatures give
   * it: "4th Floor, 12 Park Row, Leeds LS1 5HD" */
  if (is_digit((unsigned char)t[s]) && s >= lo + 11 && t[s - 2] == ',' &&
      memcmp(t + s - 8, " Floor", 6) == 0 && is_digit((unsigned char)t[s - 11]) &&
      strchr("snrt", t[s - 10]) && (s - 11 == lo || !isalnum((unsigned char)t[s - 12])))
    return s - 11;
  if (is_digit((unsigned char)t[s]) && s >= lo + 12 && t[s - 2] == ',' &&
      memcmp(t + s - 8, " Floor", 6) == 0 && is_digit((unsigned char)t[s - 12]) &&
      is_digit((unsigned char)t[s - 11]) && strchr("snrt", t[s - 10]) &&
      (s - 12 == lo || !isalnum((unsigned char)t[s - 13])))
    return s - 12;
  if (word_in(t, w, s - 1, titles) && w >= lo + 2 && t[w - 1] == ' ') {
    size_t w2 = word_start(t, lo, w - 1);
    if (cap_at(t, w2, w - 1)) s = w2;
  }
  for (int k = 0; k < 3 && s >= lo + 3 && t[s - 1] == ' ' && t[s - 2] == ','; k++) {
    size_t kb = word_start(t, lo, s - 2);
    if (!word_in(t, kb, s - 2, kinds) || kb < lo + 2 || t[kb - 1] != ' ') break;
    size_t nb = word_start(t, lo, kb - 1);
    if (!cap_at(t, nb, kb - 1)) break;
    s = nb;
  }
  /* a Baku district named without its kind: "Yasamal, Həsən bəy Zərdabi
   * pr. 78" */
  static const char *const districts[] = {"Yasamal",
                                          "N\xC9\x99simi",
                                          "X\xC9\x99tai",
                                          "N\xC9\x99rimanov",
                                          "S\xC9\x99"
                                          "bail",
                                          "Bin\xC9\x99q\xC9\x99"
                                          "di",
                                          "Suraxan\xC4\xB1",
                                          "Sabun\xC3\xA7u",
                                          "Qarada\xC4\x9F",
                                          "X\xC9\x99z\xC9\x99r",
                                          NULL};
  if (s >= lo + 3 && t[s - 1] == ' ' && t[s - 2] == ',' && !is_digit((unsigned char)t[s])) {
    size_t db = word_start(t, lo, s - 2);
    if (word_in(t, db, s - 2, districts)) s = db;
  }
  /* and the city before them: "Baku, Nasimi district, Azadliq avenue 112" */
  static const char *const cities[] = {
      "Bak\xC4\xB1", "Baku", "Baki", "G\xC9\x99nc\xC9\x99", "Ganja", "Sumqay\xC4\xB1t",
      "Sumgait",     "BAKI", "BAKU", "G\xC6\x8FNC\xC6\x8F", "GENCE", "SUMQAYIT",
      "Sumqayit",    NULL};
  if (s >= lo + 3 && t[s - 1] == ' ' && t[s - 2] == ',') {
    size_t cb = word_start(t, lo, s - 2);
    if (word_in(t, cb, s - 2, cities)) s = cb;
  } else if (s >= lo + 2 && t[s - 1] == ' ' && is_digit((unsigned char)t[s])) {
    /* a city right before a micro-district's number: "SUMQAYIT 14 MKR" */
    size_t cb = word_start(t, lo, s - 1);
    if (word_in(t, cb, s - 1, cities)) s = cb;
  }
  /* the postcode written first (batch 42): "AZ1122, Bak\xC4\xB1 \xC5\x9F\xC9\x99h., ..." */
  if (s >= lo + 8 && t[s - 1] == ' ' && t[s - 2] == ',' && count_digits(t + s - 6, 4) == 4) {
    size_t a = t[s - 7] == ' ' ? (s >= lo + 9 ? s - 9 : s) : s - 8;
    if (a < s && t[a] == 'A' && t[a + 1] == 'Z' && (a == 0 || !isalnum((unsigned char)t[a - 1])))
      s = a;
  }
  return s;
}

/* The districts and city an address may go on with up to an Azerbaijani
 * postcode: "28 Bul-Bul Avenue[, Nasimi] district, Baku AZ1014" (a second
 * place group in the English pattern made the engine 20 MB larger and its
 * compile 0.2 s slower). Without the postcode, a district's kind and a
 * main city end it (batch 42): "Atat\xC3\xBCrk prospekti 52, N\xC9\x99rimanov r., Bak\xC4\xB1".
 * Returns the new end, or e. */
static size_t az_tail(const char *t, size_t len, size_t e) {
  static const char *const kinds[] = {" district", " rayonu", " r-nu", " r.", NULL};
  static const char *const cities[] = {"Bak\xC4\xB1", "Baku", "Baki", "G\xC9\x99nc\xC9\x99",
                                       "Ganja", "Sumqay\xC4\xB1t", "Sumqayit", "Sumgait", NULL};
  size_t i = e, best = e;
  int kind = 0;
  for (int k = 0; k < 3; k++) {
    for (int q = 0; kinds[q]; q++) {
      size_t n = strlen(kinds[q]);
      if (i + n <= len && memcmp(t + i, kinds[q], n) == 0) {
        i += n;
        kind = 1;
        break;
      }
    }
    size_t j = i;
    if (j + 1 < len && t[j] == ',') j++;
    if (j < len && t[j] == ' ') j++;
    if (j == i) return best;
    /* "AZ1014", "AZ 1014" */
    size_t p = j + 2;
    if (p + 4 <= len && t[j] == 'A' && t[j + 1] == 'Z') {
      if (t[p] == ' ') p++;
      if (p + 4 <= len && count_digits(t + p, 4) == 4 &&
          (p + 4 == len || !isalnum((unsigned char)t[p + 4])))
        return p + 4;
    }
    if (t[j - 1] != ' ' || t[i] != ',' || !cap_at(t, j, len)) return best;
    size_t w = j;
    while (w < len && w - j < 24 && !strchr(" ,\n\t;:()", t[w])) w++;
    if (kind && word_in(t, j, w, cities)) best = w;
    i = w;
  }
  return best;
}

/* The end of an Irish county written at j, "Co. Mayo", "County Mayo" (one
 * of the 32 counties, then no letter), or 0. */
static size_t ie_county(const char *t, size_t len, size_t j) {
  static const char *const counties[] = {
      "Antrim",    "Armagh",    "Carlow",  "Cavan",     "Clare",    "Cork",      "Derry",
      "Donegal",   "Down",      "Dublin",  "Fermanagh", "Galway",   "Kerry",     "Kildare",
      "Kilkenny",  "Laois",     "Leitrim", "Limerick",  "Longford", "Louth",     "Mayo",
      "Meath",     "Monaghan",  "Offaly",  "Roscommon", "Sligo",    "Tipperary", "Tyrone",
      "Waterford", "Westmeath", "Wexford", "Wicklow",   NULL};
  size_t p;
  if (j + 4 < len && memcmp(t + j, "Co. ", 4) == 0)
    p = j + 4;
  else if (j + 7 < len && memcmp(t + j, "County ", 7) == 0)
    p = j + 7;
  else
    return 0;
  size_t q = p;
  while (q < len && q - p < 10 && isalpha((unsigned char)t[q])) q++;
  if (q < len && (isalnum((unsigned char)t[q]) || (unsigned char)t[q] >= 0x80)) return 0;
  return word_in(t, p, q, counties) ? q : 0;
}

/* The places an English address may go on with up to an Irish Eircode:
 * "15 Ashfield Park[, Terenure][, Dublin 6W], D6W XK02" (up to three
 * capitalised places, a Dublin district number, then the Eircode: a
 * letter, two digits or a digit and W, a space, four capitals or digits
 * with a digit). Returns the new end, or the end of a Dublin district
 * when no Eircode follows it, or e. */
static size_t ie_tail(const char *t, size_t len, size_t e) {
  size_t i = e, dub = 0;
  for (int k = 0; k < 4; k++) {
    /* the Eircode may follow the county without a comma ("Co. Louth A91
     * F4X2") */
    int sp = k > 0 && dub && dub == i && i + 1 < len && t[i] == ' ';
    if (!sp && (i + 2 >= len || t[i] != ',' || t[i + 1] != ' ')) return dub ? dub : e;
    size_t j = i + (sp ? 1 : 2), p = j;
    /* the county, "Co. Mayo" or "County Mayo", ends the address unless
     * its Eircode follows (sixth session, en-b43-026) */
    size_t ce = ie_county(t, len, j);
    if (ce) {
      dub = i = ce;
      continue;
    }
    /* the Eircode */
    if (j + 8 <= len && is_upper((unsigned char)t[j]) && is_digit((unsigned char)t[j + 1]) &&
        (is_digit((unsigned char)t[j + 2]) || t[j + 2] == 'W') && t[j + 3] == ' ') {
      int dig = 0, ok = 1;
      for (size_t q = j + 4; q < j + 8; q++) {
        ok &= is_upper((unsigned char)t[q]) || is_digit((unsigned char)t[q]);
        dig |= is_digit((unsigned char)t[q]);
      }
      if (ok && dig && (j + 8 == len || !isalnum((unsigned char)t[j + 8]))) return j + 8;
    }
    if (sp || k == 3 || !is_upper((unsigned char)t[p])) return dub ? dub : e;
    /* a place of one or two capitalised words, or "Dublin 6W" */
    for (int w = 0; w < 2; w++) {
      size_t q = p;
      if (is_upper((unsigned char)t[q])) {
        q++;
        while (q < len && q - p < 20 &&
               (islower((unsigned char)t[q]) || t[q] == '-' || t[q] == '\''))
          q++;
      } else if (w == 1 && is_digit((unsigned char)t[q])) {
        while (q < len && q - p < 2 && is_digit((unsigned char)t[q])) q++;
        if (q < len && t[q] == 'W') q++;
      }
      if (q == p || (q - p < 2 && !is_digit((unsigned char)t[p])) ||
          (q < len && isalnum((unsigned char)t[q]))) {
        if (w == 0) return dub ? dub : e;
        break;
      }
      /* a Dublin postal district after a locality ends the address
       * without its Eircode too: "12 Ashfield Park, Terenure, Dublin 6W"
       * (batch 33; "3 Central Park, Dublin 6W" is a place) */
      if (w == 1 && k > 0 && is_digit((unsigned char)t[p]) && p >= j + 7 &&
          memcmp(t + j, "Dublin ", 7) == 0)
        dub = q;
      i = q;
      if (q + 1 >= len || t[q] != ' ') break;
      p = q + 1;
    }
  }
  return dub ? dub : e;
}

/* The end of the numeric date (day, month and year with one separator
 * twice: "12/04/1948", "1948-04-12") that holds position p, or 0 when the
 * digits and separators around p are no such date ("8/42 Chapel St" is a
 * unit and a house number). */
static size_t date_around(const char *t, size_t len, size_t p) {
  size_t a = p, z = p;
  while (a > 0 && p - a < 12 && (is_digit((unsigned char)t[a - 1]) || gz_date_sep(t[a - 1]))) a--;
  while (z < len && z - p < 12 && (is_digit((unsigned char)t[z]) || gz_date_sep(t[z]))) z++;
  int seps = 0, groups = 0;
  char sep = 0;
  for (size_t i = a; i < z; i++) {
    if (gz_date_sep(t[i])) {
      if ((sep && t[i] != sep) || i == a || !is_digit((unsigned char)t[i - 1])) return 0;
      sep = t[i];
      seps++;
    } else if (i == a || gz_date_sep(t[i - 1])) {
      groups++;
    }
  }
  return seps == 2 && groups == 3 && is_digit((unsigned char)t[z - 1]) ? z : 0;
}

/* Addresses: drop trailing separators the optional groups may leave, and a
 * sentence's full stop unless it ends an abbreviation ("Gül Sk.", "Rd."). */
/* A number the address ends with that counts the rooms of a flat for
 * rent ("Şərifzadə küçəsi, 3 otaq", "Gül Sok. 2 odalı", "4 bedroom", batch
 * 26) is no house number: the address ends before it, and without
 * another digit it is a street named in an advert, no address (0). */
static int count_noun_after(const char *t, size_t len, const size_t *s, size_t *e) {
  static const char *const nouns[] = {"otaq",    "oda ", "oda,",  "odal",
                                      "bedroom", "room", "yataq", NULL};
  if (*e + 1 >= len || t[*e] != ' ' || !is_digit((unsigned char)t[*e - 1])) return 1;
  int count = 0;
  for (int k = 0; nouns[k] && !count; k++) {
    size_t n = strlen(nouns[k]);
    count = *e + 1 + n <= len && strncasecmp(t + *e + 1, nouns[k], n) == 0;
  }
  if (!count) return 1;
  size_t c = *e;
  while (c > *s && is_digit((unsigned char)t[c - 1])) c--;
  while (c > *s && (t[c - 1] == ' ' || t[c - 1] == ',')) c--;
  for (size_t k = *s; k < c; k++)
    if (is_digit((unsigned char)t[k])) {
      *e = c;
      return 1;
    }
  return 0;
}

/* An HL7 address (XAD) goes on after its street in '^'-separated
 * components: other line, city, state, postcode ("415 Chestnut
 * St^^Wilmington^DE^19801|", batch 26). The end of its last non-empty
 * component before the field's '|' (at most 64 bytes, two '^' or more,
 * only letters, digits, spaces and . ' -), else e. */
static size_t hl7_address_tail(const char *t, size_t len, size_t e) {
  if (e >= len || t[e] != '^') return e;
  size_t k = e, last = e;
  int carets = 0;
  for (; k < len && k - e < 64 && t[k] != '|' && t[k] != '\n' && t[k] != '\r'; k++) {
    unsigned char c = (unsigned char)t[k];
    if (c == '^') {
      carets++;
    } else if (isalnum(c) || c >= 0x80 || c == ' ' || c == '.' || c == '\'' || c == '-') {
      last = k + 1;
    } else {
      return e;
    }
  }
  if (carets < 2 || (k < len && t[k] != '|' && t[k] != '\n' && t[k] != '\r')) return e;
  return last;
}

/* Does the number at s count minutes or miles, not a house: "a 5 Minute
 * Walk", "10 Mile Walk", "15 Min Drive" (the number's next word is a unit
 * of time or distance; batch 56 brought "Walk" in as a street kind)? */
static int duration_street(const char *t, size_t s, size_t e) {
  static const char *const units[] = {"Minute", "Minutes", "Min",    "Mins",    "Mile",  "Miles",
                                      "Hour",   "Hours",   "Second", "Seconds", "Km",    "Day",
                                      "Days",   "Step",    "Steps",  "Metre",   "Meter", NULL};
  size_t i = s;
  while (i < e && is_digit((unsigned char)t[i])) i++;
  if (i == s || i >= e || t[i] != ' ') return 0;
  size_t j = ++i;
  while (j < e && isalpha((unsigned char)t[j])) j++;
  for (int k = 0; units[k]; k++)
    if (strlen(units[k]) == j - i && memcmp(t + i, units[k], j - i) == 0) return 1;
  return 0;
}

static int chk_address(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  /* a number glued to a date is its year, no house number: "Victim: ...,
   * 12/04/1948, 31 Lordship Lane" starts at the "31"; also when the match
   * took the date's month as a unit ("09/09/2021, 6 Park Row") */
  size_t k;
  if (*s >= 2 && is_digit((unsigned char)t[*s]) && gz_date_sep(t[*s - 1]) &&
      is_digit((unsigned char)t[*s - 2]) && (k = date_around(t, len, *s))) {
    if (k + 2 >= *e || t[k] != ',' || t[k + 1] != ' ' || !is_digit((unsigned char)t[k + 2]))
      return 0;
    *s = k + 2;
  }
  *s = address_head(t, *s);
  if (duration_street(t, *s, *e)) return 0;
  *e = az_tail(t, len, *e);
  size_t eh = hl7_address_tail(t, len, *e);
  if (eh != *e) {
    *e = eh;
    return 1;
  }
  /* "Park" names a street only before an Eircode ("15 Ashfield Park,
   * Terenure, D6W XK02"); "3 Central Park, Dublin" is a place */
  size_t e0 = *e;
  *e = ie_tail(t, len, *e);
  for (size_t k = *s; *e == e0 && k + 5 <= e0; k++)
    if (memcmp(t + k, " Park", 5) == 0 && (k + 5 == e0 || t[k + 5] == ',')) return 0;
  /* a label after the address is not a city ("..., mənzil 34, FİN 8B5HKU1") */
  static const char *const labels[] = {"F\xC4\xB0N", "FIN", "V\xC3\x96" "EN", "VOEN", "Tel", "Tel.",
                                       "Telefon", "Mob", "Mob.", "Faks", "E-po\xC3\xA7t",
                                       "E-posta", "Email", "TCKN", "VKN", NULL};
  for (int again = 1; again;) {
    again = 0;
    size_t c = *e;
    while (c > *s + 1 && !(t[c - 2] == ',' && t[c - 1] == ' ')) c--;
    if (c <= *s + 1) break;
    for (int i = 0; labels[i]; i++)
      if (strlen(labels[i]) == *e - c && memcmp(labels[i], t + c, *e - c) == 0) {
        *e = c - 2;
        again = 1;
      }
  }
  /* a sentence ends after the city: "Baker Street 12, London. The ..."
   * (a word of four or more letters and a full stop before a capital; an
   * abbreviation such as "St. Louis" or "Mt. Vernon" is shorter) */
  for (size_t c = *s + 1; c + 2 < *e; c++) {
    if (!(t[c] == '.' && t[c + 1] == ' ' && t[c + 2] >= 'A' && t[c + 2] <= 'Z')) continue;
    size_t w = c;
    while (w > *s && ((t[w - 1] | 32) >= 'a' && (t[w - 1] | 32) <= 'z')) w--;
    /* "Atatürk Bulv. No:56" abbreviates its boulevard (batch 35) */
    if (c - w >= 4 && w > *s && t[w - 1] == ' ' && t[w] >= 'A' && t[w] <= 'Z' &&
        !(c - w == 4 && memcmp(t + w, "Bulv", 4) == 0)) {
      *e = c;
      break;
    }
  }
  /* batch 42: a pause typed as an ellipsis ends the address ("2200 Maple
   * Avenue, Evanston... I'm calling"), and the last word's Turkish case
   * suffix after an apostrophe is no part of the town ("No:401,
   * Suadiye'deki"; a capital after it, "O'Connell", is a name's) */
  for (size_t c = *s + 1; c < *e && c + 3 <= len; c++)
    if ((t[c] == '.' && t[c + 1] == '.' && t[c + 2] == '.') ||
        ((unsigned char)t[c] == 0xE2 && (unsigned char)t[c + 1] == 0x80 &&
         (unsigned char)t[c + 2] == 0xA6)) {
      *e = c;
      break;
    }
  {
    size_t w = *e;
    while (w > *s && t[w - 1] != ' ' && t[w - 1] != ',' && t[w - 1] != '/') w--;
    for (size_t a = w + 2; a + 1 < *e; a++) {
      size_t n = t[a] == '\'' ? 1
                 : ((unsigned char)t[a] == 0xE2 && a + 3 < *e && (unsigned char)t[a + 1] == 0x80 &&
                    (unsigned char)t[a + 2] == 0x99)
                     ? 3
                     : 0;
      if (!n) continue;
      if (t[a + n] >= 'a' && t[a + n] <= 'z') *e = a;
      break;
    }
  }
  while (*e > *s && (t[*e - 1] == ',' || t[*e - 1] == ' ')) (*e)--;
  if (!count_noun_after(t, len, s, e)) return 0;
  /* "..., mən. 42, 9-cu mərtəbə", "..., 12/17 mərtəbə": a number that goes
   * on with '-' or '/' is no city */
  if (*e < len && (t[*e] == '-' || t[*e] == '/')) {
    size_t c = *e;
    while (c > *s && is_digit((unsigned char)t[c - 1])) c--;
    if (c < *e && c >= *s + 2 && t[c - 1] == ' ' && t[c - 2] == ',') *e = c - 2;
  }
  if (*e >= *s + 4 && (memcmp(t + *e - 4, "\xC4\xB0\xC3\x87", 4) == 0 ||
                       memcmp(t + *e - 4, "\xC4\xB0\xC3\xA7", 4) == 0)) {
    size_t ne = inner_door(t, len, *e);
    if (ne != *e) {
      *e = ne;
      return 1;
    }
  }
  if (*e > *s && t[*e - 1] == '.') {
    static const char *const abbr[] = {"Mah", "mah", "Mh", "Sok", "Sk", "Cad", "Cd", "Blv", "Bulv",
                                       "pr", "St", "Rd", "Ave", "Ln", "Dr", "Blvd", "Ct", "Pl", "r", "\xC5\x9F",
                                       "k\xC3\xBC\xC3\xA7", "\xC5\x9F\xC9\x99h", "q\xC9\x99s", "kuc", NULL};
    size_t w = *e - 1;
    while (w > *s && t[w - 1] != ' ' && t[w - 1] != ',' && t[w - 1] != '/') w--;
    int is_abbr = 0;
    for (int i = 0; abbr[i]; i++)
      if (strlen(abbr[i]) == *e - 1 - w && memcmp(abbr[i], t + w, *e - 1 - w) == 0) is_abbr = 1;
    if (!is_abbr) (*e)--;
  }
  return *e - *s >= 8;
}

/* address_az: a street name may hold a title ("Cavad xan küçəsi") but
 * not start with one. */
static size_t city_before(const char *t, size_t s);

/* Is the number ending the match at e a date's day (batch 29)? "Zığ
 * şossesi, 21.11.2026 02:17", "Alatava küç. 19, 29 noyabr saat 15:00":
 * one or two digits followed by ".MM." or an Azerbaijani month's name.
 * Returns where the number starts, or e. */
static size_t day_at_end(const char *t, size_t len, size_t s, size_t e) {
  static const char *const months[] = {"yanvar", "fevral", "mart", "aprel", "may", "iyun",
                                       "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
                                       "dekabr", NULL};
  size_t c = e;
  while (c > s && is_digit((unsigned char)t[c - 1])) c--;
  if (c == e || e - c > 2 || c == s || t[c - 1] != ' ') return e;
  if (e + 4 <= len && t[e] == '.' && is_digit((unsigned char)t[e + 1]) &&
      is_digit((unsigned char)t[e + 2]) && t[e + 3] == '.')
    return c;
  if (e + 1 < len && t[e] == ' ')
    for (int i = 0; months[i]; i++) {
      size_t n = strlen(months[i]);
      if (e + 1 + n <= len && memcmp(t + e + 1, months[i], n) == 0 &&
          (e + 1 + n == len || !isalpha((unsigned char)t[e + 1 + n])))
        return c;
    }
  return e;
}

static int chk_address_az(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  if (!chk_address(t, len, s, e, adj)) return 0;
  if (t[*s] >= 'a' && t[*s] <= 'z') return 0;
  size_t day = day_at_end(t, len, *s, *e);
  if (day != *e) {
    *e = day;
    while (*e > *s && (t[*e - 1] == ' ' || t[*e - 1] == ',')) (*e)--;
    if (count_digits(t + *s, *e - *s) == 0) return 0; /* the street's number was the day */
  }
  /* the first word of a name after the address is no place: "..., küç.
   * 14, Mərkəzi Klinika" (a capitalised word follows it, not a postcode) */
  if (*e + 2 < len && t[*e] == ' ' && cap_at(t, *e + 1, len) &&
      !(t[*e + 1] == 'A' && t[*e + 2] == 'Z')) {
    size_t c = *e;
    while (c > *s + 1 && !(t[c - 2] == ',' && t[c - 1] == ' ')) c--;
    if (c > *s + 1 && cap_at(t, c, *e)) *e = c - 2;
  }
  *s = city_before(t, *s);
  return 1;
}

/* UK towns and cities with the postcode areas their districts lie in:
 * a town followed by an outward code of its own area ("Leeds LS6", "London
 * E2", "Oxford OX4") is a partial address, as small ads, court lists and
 * letters give it; the area check keeps "London M25" (a motorway) and
 * "Reading A1" out. One list for the pattern (UKT_RX) and the check. */
/* clang-format off */
#define UK_TOWNS(X)                                                                            \
  X("London", "E EC N NW SE SW W WC BR CR DA EN HA IG KT RM SM TW UB")                         \
  X("Leeds", "LS") X("Oxford", "OX") X("Bristol", "BS") X("Manchester", "M") X("Salford", "M")  \
  X("Birmingham", "B") X("Glasgow", "G") X("Edinburgh", "EH") X("Liverpool", "L")              \
  X("Sheffield", "S") X("Cardiff", "CF") X("Nottingham", "NG") X("Newcastle", "NE")            \
  X("Brighton", "BN") X("Cambridge", "CB") X("Bath", "BA") X("York", "YO") X("Leicester", "LE") \
  X("Coventry", "CV") X("Reading", "RG") X("Southampton", "SO") X("Portsmouth", "PO")          \
  X("Norwich", "NR") X("Exeter", "EX") X("Plymouth", "PL") X("Belfast", "BT")                  \
  X("Aberdeen", "AB") X("Dundee", "DD") X("Swansea", "SA") X("Hull", "HU") X("Derby", "DE")     \
  X("Wolverhampton", "WV") X("Bradford", "BD") X("Preston", "PR") X("Luton", "LU")             \
  X("Bolton", "BL") X("Oldham", "OL") X("Stockport", "SK") X("Sunderland", "SR")               \
  X("Middlesbrough", "TS") X("Bournemouth", "BH") X("Ipswich", "IP") X("Peterborough", "PE")   \
  X("Northampton", "NN") X("Milton Keynes", "MK") X("Canterbury", "CT") X("Guildford", "GU")   \
  X("Croydon", "CR") X("Watford", "WD") X("Slough", "SL") X("Swindon", "SN")                   \
  X("Gloucester", "GL") X("Cheltenham", "GL") X("Worcester", "WR") X("Lincoln", "LN")          \
  X("Lancaster", "LA") X("Carlisle", "CA") X("Durham", "DH") X("Wakefield", "WF")              \
  X("Huddersfield", "HD") X("Doncaster", "DN") X("Chester", "CH") X("Warrington", "WA")        \
  X("Blackburn", "BB") X("Inverness", "IV") X("Newport", "NP") X("Colchester", "CO")           \
  X("Chelmsford", "CM") X("Maidstone", "ME") X("Stoke-on-Trent", "ST") X("Harrogate", "HG")
/* clang-format on */
#define UKT_ROW(town, areas) {town, areas},
#define UKT_RX(town, areas)  town "|"
static const struct { const char *town, *areas; } uk_towns[] = {UK_TOWNS(UKT_ROW)};

/* Is t[p, p + al) one of the space-separated area letter groups of
 * uk_towns[i] ("Manchester": "M", "Sheffield": "S")? */
static int uk_town_has_area(size_t i, const char *t, size_t p, size_t al) {
  for (const char *a = uk_towns[i].areas; *a;) {
    size_t n = strcspn(a, " ");
    if (n == al && memcmp(a, t + p, al) == 0) return 1;
    a += n;
    while (*a == ' ') a++;
  }
  return 0;
}

/* The start of an area written before a town and its outward code,
 * "Didsbury, Manchester M20", "im in Leith, Edinburgh EH6" (sixth
 * session): one capitalised word of letters and ", " before the town at
 * s, itself after a preposition ("in", "at", "from", "near", "of", "to"),
 * a label's colon or the line's start; else s. */
static size_t uk_area_before(const char *t, size_t s) {
  static const char *const preps[] = {"in", "at", "from", "near", "of", "to", "In", "At", NULL};
  if (s < 6 || t[s - 1] != ' ' || t[s - 2] != ',') return s;
  size_t a = s - 2;
  while (a > 0 && s - 2 - a < 20 && isalpha((unsigned char)t[a - 1])) a--;
  if (s - 2 - a < 3 || !is_upper((unsigned char)t[a])) return s;
  if (a == 0 || t[a - 1] == '\n') return a;
  if (t[a - 1] != ' ') return s;
  if (a >= 2 && t[a - 2] == ':') return a;
  size_t w = a - 1;
  while (w > 0 && isalpha((unsigned char)t[w - 1])) w--;
  return word_in(t, w, a - 1, preps) && (w == 0 || !isalnum((unsigned char)t[w - 1])) ? a : s;
}

/* address_uk_town: [street phrase, ]Town OUTWARD, where the outward code's
 * area letters are one of the town's and no inward code follows (a full
 * postcode is address_uk's). */
/* Is [s, e) a whole table cell: a CSV, TSV or pipe field, quoted or not,
 * or a JSON string ('"' or a field separator or the line's edge on both
 * sides)? For the town and postcode of an export's city column. */
static int uk_town_cell(const char *t, size_t len, size_t s, size_t e) {
  int q = s > 0 && t[s - 1] == '"';
  if (q) return e < len && t[e] == '"';
  int l = s == 0 || t[s - 1] == ',' || t[s - 1] == '\t' || t[s - 1] == '|' || t[s - 1] == '\n';
  int r = e == len || t[e] == ',' || t[e] == '\t' || t[e] == '|' || t[e] == '\n' || t[e] == '\r';
  return l && r;
}

static int chk_address_uk_town(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  size_t ow = *e;
  while (ow > *s && t[ow - 1] != ' ') ow--;
  if (ow < *s + 2) return 0;
  size_t al = 0;
  while (ow + al < *e && is_upper((unsigned char)t[ow + al])) al++;
  /* the full postcode after: address_uk's, unless the town starts a
   * table cell holding the town and postcode alone (a CSV export's
   * "Bristol BS8 1TH" city column, batch 55): then the cell */
  if (*e + 4 <= len && t[*e] == ' ' && is_digit((unsigned char)t[*e + 1]) &&
      is_upper((unsigned char)t[*e + 2]) && is_upper((unsigned char)t[*e + 3])) {
    if (!uk_town_cell(t, len, *s, *e + 4)) return 0;
    *e += 4;
  }
  for (size_t i = 0; i < sizeof uk_towns / sizeof uk_towns[0]; i++) {
    size_t tl = strlen(uk_towns[i].town), ts = ow - 1 - tl;
    if (ow - 1 < *s + tl || memcmp(t + ts, uk_towns[i].town, tl) != 0) continue;
    if (ts != *s && (ts < *s + 2 || t[ts - 1] != ' ' || t[ts - 2] != ',')) continue;
    if (!uk_town_has_area(i, t, ow, al)) continue;
    if (ts == *s) *s = uk_area_before(t, *s);
    return 1;
  }
  return 0;
}

/* address_az_street (batch 56): no further test; the pattern's three
 * parts (a city, a district, a street, each with its kind) are the
 * evidence. */
static int chk_address_az_street(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)t;
  (void)len;
  (void)s;
  (void)e;
  (void)adj;
  return 1;
}

/* address_ie_dublin (batch 55): the street's words start the address; a
 * capitalised word before them that says what is let or sold ("Room",
 * "House", "Apartment", "Flat") is left out. */
static int chk_address_ie_dublin(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  (void)e;
  (void)adj;
  static const char *const lead[] = {"Room", "House", "Apartment", "Flat", "Studio", "Address",
                                     "Near", "In",    "At",        "To",   "From",   NULL};
  for (int again = 1; again;) {
    again = 0;
    size_t j = *s;
    while (j < *e && t[j] != ' ') j++;
    for (int k = 0; lead[k]; k++)
      if (strlen(lead[k]) == j - *s && memcmp(t + *s, lead[k], j - *s) == 0 && j + 1 < *e &&
          is_upper((unsigned char)t[j + 1])) {
        *s = j + 1;
        again = 1;
        break;
      }
  }
  return 1;
}

/* address_au_locality (batch 55): an Australian suburb, its state and
 * postcode alone, "Randwick NSW 2031", "St Kilda VIC 3182" (an export's
 * city column, a form's locality line): the postcode's first digit must
 * be one of its state's (NSW 1-2, ACT 0 or 2, VIC 3 or 8, QLD 4 or 9, SA
 * 5, WA 6, TAS 7, NT 0; "Sydney NSW 3000" is none), and the suburb's
 * words have three letters or more, or are "St" or "Mt" ("St Kilda"). */
static int chk_address_au_locality(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  (void)adj;
  static const struct {
    const char *st;
    const char *first;
  } states[] = {{"NSW", "12"}, {"ACT", "02"}, {"VIC", "38"}, {"QLD", "49"},
                {"SA", "5"},   {"WA", "6"},   {"TAS", "7"},  {"NT", "0"}};
  size_t pc = *e - 4, se = pc - 1, ss = se;
  while (ss > *s && t[ss - 1] != ' ') ss--;
  int ok = 0;
  for (size_t k = 0; k < sizeof states / sizeof states[0] && !ok; k++)
    ok = strlen(states[k].st) == se - ss && memcmp(t + ss, states[k].st, se - ss) == 0 &&
         strchr(states[k].first, t[pc]) != NULL;
  if (!ok) return 0;
  for (size_t i = *s; i + 1 < ss;) {
    size_t j = i;
    while (j < ss && t[j] != ' ') j++;
    if (j - i < 3 && !(j - i == 2 && (t[i] == 'S' || t[i] == 'M') && t[i + 1] == 't')) return 0;
    i = j + 1;
  }
  return 1;
}

/* address_us_zip: the house number starts the address; right after a
 * capitalised word other than a label it belongs to a title or a name
 * ("Top 10 Things, Austin, TX 78701", "Studio 54 Tours, ...") */
static int chk_address_us_zip(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  static const char *const labels[] = {"Address", "Office", "Offices", "Headquarters", "HQ",
                                       "Mail", "Ship", "Shipping", "Billing", NULL};
  if (*s >= 2 && t[*s - 1] == ' ' && isalpha((unsigned char)t[*s - 2])) {
    size_t w = *s - 1;
    while (w > 0 && isalpha((unsigned char)t[w - 1])) w--;
    if (is_upper((unsigned char)t[w]) && (w == 0 || !isalnum((unsigned char)t[w - 1])) &&
        !word_in(t, w, *s - 1, labels))
      return 0;
  }
  /* the city on the next line (a driver licence's "1187 ELM RIDGE DR" over
   * "COLUMBUS, OH 43215-1042", batch 34): only after a street word */
  const char *nl = memchr(t + *s, '\n', *e - *s);
  if (nl) {
    static const char *const kinds[] = {"ST",   "STREET", "AVE",  "AVENUE", "RD",  "ROAD",
                                        "DR",   "DRIVE",  "BLVD", "LN",     "LANE", "CT",
                                        "COURT", "WAY",   "PL",   "PKWY",   "HWY", "TER",
                                        "CIR",  "TRL",    "SQ",   "PLACE",  NULL};
    size_t we = (size_t)(nl - t), ws = we;
    while (ws > *s && t[ws - 1] != ' ') ws--;
    char f[8];
    size_t n = we - ws;
    if (n == 0 || n >= sizeof f) return 0;
    for (size_t i = 0; i < n; i++) f[i] = (char)toupper((unsigned char)t[ws + i]);
    f[n] = 0;
    int ok = 0;
    for (int k = 0; kinds[k] && !ok; k++) ok = strcmp(f, kinds[k]) == 0;
    if (!ok) return 0;
  }
  return chk_address(t, len, s, e, adj);
}

/* address_tr_lc: a lower-case word after the door number is the district
 * only when the value ends after it (a quote, a comma, a full stop, a
 * bracket or the line's end): "moda cad. no 44 d 3 kad\xC4\xB1k\xC3\xB6y\"", not "lale
 * sk no 14 de bulu\xC5\x9Fal\xC4\xB1m"; the match starts at a word's start (not
 * inside a capitalised name, which the other patterns take), with no
 * neighbourhood before it. */
static int chk_address_tr_lc(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  if (*s > 0 && (isalnum((unsigned char)t[*s - 1]) || (unsigned char)t[*s - 1] >= 0x80)) return 0;
  /* a neighbourhood before the street on its line is address_tr_mah's
   * ("moda mah. dr. esat işık cad. no:25") */
  static const char *const mah[] = {"mah", "mh", "mahallesi", NULL};
  size_t ls = *s;
  while (ls > 0 && *s - ls < 48 && t[ls - 1] != '\n') ls--;
  if (folded_has(t, ls, *e, mah)) return 0;
  if (!is_digit((unsigned char)t[*e - 1]) && *e < len && !strchr("\",.)\n\r;", t[*e])) {
    size_t k = *e;
    while (k > *s && !is_digit((unsigned char)t[k - 1])) k--;
    *e = k;
  }
  return chk_address(t, len, s, e, adj);
}

/* address_ie_county (sixth session, en-b43-026): an Irish address with
 * no house number, its townland or street, its town and its county, as
 * death notices and letters write it ("late of Oakfield, Ballina, Co.
 * Mayo"). The county must be one of the 32; the first part is one
 * capitalised word, or words ending in a street or house word ("Ashgrove
 * Park, ..."), so that a person's name before a town ("Patrick Brennan,
 * Ballina, Co. Mayo") is no address. */
static int chk_address_ie_county(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  static const char *const kinds[] = {
      "Road",   "Street",  "Lane",    "Avenue",  "Drive", "Park", "Close",    "Court",
      "Grove",  "Terrace", "Heights", "Lawn",    "Lawns", "View", "Crescent", "Place",
      "Square", "Hill",    "Cottage", "House",   "Lodge", "Farm", "Manor",    "Green",
      "Way",    "Rise",    "Wood",    "Meadows", NULL};
  const char *c = memchr(t + *s, ',', *e - *s);
  if (!c) return 0;
  size_t ce = (size_t)(c - t), w = word_start(t, *s, ce);
  if (w > *s && !word_in(t, w, ce, kinds)) return 0;
  /* the county the pattern ends with (or before the Eircode) */
  const char *co = memmem(t + *s, *e - *s, ", Co. ", 6);
  size_t ke = co ? ie_county(t, len, (size_t)(co - t) + 2) : 0;
  if (!ke) {
    const char *cy = memmem(t + *s, *e - *s, ", County ", 9);
    if (!cy || !(ke = ie_county(t, len, (size_t)(cy - t) + 2))) return 0;
  }
  if (ke != *e && !(ke + 9 <= *e)) return 0;
  return chk_address(t, len, s, e, adj);
}

/* address_uk_district (sixth session, en-b43-016): a London street
 * without its number and the postcode district alone, "Elms Road, SW4",
 * as neighbourhood posts write it; a full postcode after it is
 * address_uk's. */
static int chk_address_uk_district(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  if (*e < len && (isalnum((unsigned char)t[*e]) || (unsigned char)t[*e] >= 0x80)) return 0;
  if (*e + 4 <= len && t[*e] == ' ' && is_digit((unsigned char)t[*e + 1]) &&
      is_upper((unsigned char)t[*e + 2]) && is_upper((unsigned char)t[*e + 3]))
    return 0;
  return chk_address(t, len, s, e, adj);
}

/* address_us_city: the city starts its line (after spaces or a list's
 * quote) or follows a label's colon; inside a sentence ("we moved from
 * Austin, TX 78702 last year" is rare, a title's "Top Things, Austin,
 * TX" is not) it is left out. */
/* The start of a street named without a door number right before the
 * comma at c, "W 80th St" of "... this morning on W 80th St, Los
 * Angeles, CA 90045" (batch 45): one to three capitalised, ordinal or
 * compass words and a street word last; or c when there is none. */
static size_t us_street_before(const char *t, size_t c) {
  static const char *const street[] = {
      "St",    "St.",       "Street", "Ave",   "Ave.", "Avenue", "Rd",  "Rd.",  "Road", "Blvd",
      "Blvd.", "Boulevard", "Dr",     "Drive", "Ln",   "Lane",   "Way", "Pkwy", NULL};
  size_t b = c, words = 0, start = c;
  int last = 1;
  while (b > 0 && words < 4) {
    size_t w = b;
    while (w > 0 && (isalnum((unsigned char)t[w - 1]) || t[w - 1] == '.')) w--;
    if (w == b) break;
    int ok = 0;
    if (last) {
      for (int i = 0; street[i] && !ok; i++)
        ok = strlen(street[i]) == b - w && memcmp(t + w, street[i], b - w) == 0;
    } else {
      ok = is_upper((unsigned char)t[w]) ||
           (is_digit((unsigned char)t[w]) && b - w >= 3 && isalpha((unsigned char)t[b - 1]));
    }
    if (!ok) break;
    last = 0;
    words++;
    start = w;
    if (w == 0 || t[w - 1] != ' ') break;
    b = w - 1;
  }
  return words >= 2 ? start : c;
}

/* An Australian suburb, state and postcode alone, "they even knew my
 * address in Parramatta NSW 2150" (batch 49): the postcode in its
 * state's range (NSW 2000-2999, ACT 2600-2620 and 2900-2920, VIC 3000-3999,
 * QLD 4000-4999, TAS 7000-7999), nothing glued after it, and the suburb
 * not a label's word ("Postcode NSW 2000" is none: a capitalised word). */
static int chk_address_au_suburb(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  if (*e < len && (isalnum((unsigned char)t[*e]) || t[*e] == '-')) return 0;
  if (*s > 0 && isalnum((unsigned char)t[*s - 1])) return 0;
  int pc = atoi(t + *e - 4);
  const char *st = t + *e - 8;
  int ok = 0;
  if (!memcmp(st, "NSW", 3))
    ok = pc >= 2000 && pc <= 2999;
  else if (!memcmp(st, "ACT", 3))
    ok = (pc >= 2600 && pc <= 2620) || (pc >= 2900 && pc <= 2920);
  else if (!memcmp(st, "VIC", 3))
    ok = pc >= 3000 && pc <= 3999;
  else if (!memcmp(st, "QLD", 3))
    ok = pc >= 4000 && pc <= 4999;
  else if (!memcmp(st, "TAS", 3))
    ok = pc >= 7000 && pc <= 7999;
  static const char *const label[] = {"Postcode", "Postal", "Code", "State", "Zip", NULL};
  size_t w = *s;
  while (w < *e && t[w] != ' ') w++;
  for (int i = 0; label[i] && ok; i++)
    ok = !(strlen(label[i]) == w - *s && memcmp(t + *s, label[i], w - *s) == 0);
  return ok;
}

/* An Irish Eircode named as one, "our eircode is D08 Y2X4" (batch 45):
 * the span is the code, its routing key a letter of the routing areas
 * and two digits (or a digit and W), its unique part four of the
 * letters and digits Eircodes use; a whole word. */
static int chk_address_eircode(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  static const char ok[] = "ACDEFHKNPRTVWXY0123456789";
  if (*e - *s < 8 || (*e < len && gz_ascii_alnum((unsigned char)t[*e]))) return 0;
  const char *p = t + *e - 8;
  if (!strchr("ACDEFHKNPRTVWXY", p[0]) || !is_digit((unsigned char)p[1]) ||
      !(is_digit((unsigned char)p[2]) || p[2] == 'W') || p[3] != ' ')
    return 0;
  for (int i = 4; i < 8; i++)
    if (!p[i] || !strchr(ok, p[i])) return 0;
  *s = *e - 8;
  return 1;
}

static int chk_address_us_city(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  size_t k = *s;
  while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) k--;
  if (k > 1 && t[k - 1] == ',') {
    size_t st = us_street_before(t, k - 1);
    if (st == k - 1) return 0;
    *s = st;
    k = st;
    while (k > 0 && t[k - 1] == ' ') k--;
    /* the street after a word of place, or alone on its line */
    if (k > 0 && t[k - 1] != '\n' && t[k - 1] != ':' && !isalpha((unsigned char)t[k - 1])) return 0;
  } else if (k > 0 && t[k - 1] != '\n' && t[k - 1] != ':')
    return 0;
  if (*e < len && (t[*e] == '-' || isalnum((unsigned char)t[*e]))) return 0;
  (void)adj;
  return 1;
}

/* address_az_label: a street name and a house number with no street word
 * right after the address label ("Ünvan: Şərifzadə 173", "Qeydiyyat
 * ünvanı: Ə.Rəcəbli 3/8"). The pattern takes the label; the value starts
 * after it. Not a number that goes on ("Bakı 2026-cı ildə", "12:30"), and
 * not when a flat follows (address_az_flat takes the longer span). */
static int chk_address_az_label(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  const char *c = memchr(t + *s, ':', *e - *s);
  if (!c) return 0;
  size_t i = (size_t)(c - t) + 1;
  while (i < *e && t[i] == ' ') i++;
  if (i >= *e || is_digit((unsigned char)t[i])) return 0;
  *s = i;
  if (*e < len && (t[*e] == '-' || t[*e] == ':' ||
                   (t[*e] == '.' && *e + 1 < len && is_digit((unsigned char)t[*e + 1]))))
    return 0;
  static const char *const flat[] = {", m\xC9\x99nzil", ", menzil", ", m\xC9\x99n.", ", men.", NULL};
  for (int k = 0; flat[k]; k++)
    if (*e + strlen(flat[k]) <= len && memcmp(t + *e, flat[k], strlen(flat[k])) == 0) return 0;
  return chk_address(t, len, s, e, adj);
}

/* A street named with no door number, then "civarı" (around), "yakını"
 * (near), "tarafları" or "çevresi" is an area an ad or a chat points to
 * ("Rasimpaşa Mah. Karakolhane Cad. civarı", batch 31), no address. */
static int tr_vicinity_after(const char *t, size_t len, size_t s, size_t e) {
  static const char *const near[] = {"civar", "yak\xC4\xB1n", "taraf", "\xC3\xA7\x65vres", NULL};
  for (size_t i = s; i < e; i++)
    if (is_digit((unsigned char)t[i])) return 0;
  /* a shorter match of the same words ends before the street's kind */
  static const char *const kind[] = {
      "Cad. ", "Cd. ", "Caddesi ", "Sk. ", "Sok. ", "Sokak ", "Soka\xC4\x9F\xC4\xB1 ",
      "Bulvar\xC4\xB1 ", NULL};
  size_t k = e;
  if (k >= len || t[k] != ' ') return 0;
  k++;
  for (int i = 0; kind[i]; i++) {
    size_t n = strlen(kind[i]);
    if (k + n <= len && memcmp(t + k, kind[i], n) == 0) {
      k += n;
      break;
    }
  }
  for (int i = 0; near[i]; i++) {
    size_t n = strlen(near[i]);
    if (k + n <= len && memcmp(t + k, near[i], n) == 0) return 1;
  }
  return 0;
}

/* address_ru: the pattern holds the form (the word bounds keep "пр." of a
 * longer word out); the span ends at the house or flat number. */
static int chk_address_ru(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  (void)adj;
  return *e > *s && is_digit((unsigned char)t[*e - 1]);
}

/* address_tr_mah: a neighbourhood alone ("Konum: İstanbul / Kartal /
 * Yakacık Yeni Mah.") is a place, not an address: a street, a door
 * number, a district or a postcode must follow it. A number followed by
 * an area unit is the flat's size, not its door ("Ertuğrul Mah., 95 m2"
 * in a sale ad): it is left out. */
static int chk_address_mah(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  static const char *const kinds[] = {"Mahallesi",        "Mah.", "Mh.",
                                      "MAHALLES\xC4\xB0", "MAH.", "B\xC3\xB6lgesi",
                                      "mahallesi",        "mah.", "mh.", NULL};
  /* a number right after a colon is the value of a door or flat label
   * ("Zambak Sk. No:9 D:3 Fatih Mah."), not a word of the neighbourhood's
   * name: the neighbourhood starts after it (and the street before joins
   * it, gz_merge_address_parts) */
  if (*s > 0 && t[*s - 1] == ':' && is_digit((unsigned char)t[*s])) {
    size_t k = *s;
    while (k < *e && is_digit((unsigned char)t[k])) k++;
    if (k + 1 >= *e || t[k] != ' ') return 0;
    *s = k + 1;
  }
  size_t d = *e;
  while (d > *s && is_digit((unsigned char)t[d - 1])) d--;
  if (d < *e && d > *s && t[d - 1] == ' ' && *e + 2 < len && t[*e] == ' ' &&
      (t[*e + 1] == 'm' || t[*e + 1] == 'M') &&
      (t[*e + 2] == '2' || (unsigned char)t[*e + 2] == 0xC2 ||
       strncasecmp(t + *e + 1, "metrekare", 9) == 0)) {
    d--;
    if (d > *s && t[d - 1] == ',') d--;
    *e = d;
  }
  /* a Turkish ordinal after the neighbourhood is no town (batch 42): the
   * floor of a flat in an ad, "Kaz\xC4\xB1mdirik Mah., 4. kat" (a neighbourhood
   * alone, no address), and the section of an industrial estate,
   * "Organize Sanayi B\xC3\xB6lgesi 4. K\xC4\xB1s\xC4\xB1m, 22. Sok." (kept with its word) */
  if (d < *e && d > *s && *e - d <= 2 && t[d - 1] == ' ' && *e + 2 < len && t[*e] == '.' &&
      t[*e + 1] == ' ') {
    static const char *const part[] = {"K\xC4\xB1s\xC4\xB1m", "Etap", "Blok", NULL};
    size_t pw = *e + 2, pe = pw;
    while (pe < len && pe - pw < 12 && t[pe] != ' ' && t[pe] != ',' && t[pe] != '\n') pe++;
    if (word_in(t, pw, pe, part)) {
      *e = pe;
    } else {
      d--;
      if (d > *s && t[d - 1] == ',') d--;
      *e = d;
    }
  }
  if (!chk_address(t, len, s, e, adj)) return 0;
  /* the address label written as a word before it is no part of the
   * neighbourhood's name: "Adresim Barbaros Mah. Lale Sk. ..." */
  static const char *const labels[] = {"Adresim",   "Adres", "Adresi", "Adresimiz",
                                       "Adresiniz", "ADRES", NULL};
  size_t lw = *s;
  while (t[*s] == 'A' && lw < *e && t[lw] != ' ') lw++;
  if (lw > *s && lw + 1 < *e && word_in(t, *s, lw, labels) && cap_at(t, lw + 1, *e)) *s = lw + 1;
  size_t w = *e;
  while (w > *s && t[w - 1] != ' ') w--;
  if (word_in(t, w, *e, kinds)) return 0;
  if (tr_vicinity_after(t, len, *s, *e)) return 0;
  /* the district and province written first (batch 42), "Yenimahalle/Ankara,
   * Kardelen Mah. 2032. Cad. No: 14": one token of two capitalised words
   * joined by '/', then ", " */
  if (*s >= 6 && t[*s - 1] == ' ' && t[*s - 2] == ',') {
    size_t a = *s - 2, slash = 0;
    while (a > 0 && *s - a < 48 && t[a - 1] != ' ' && t[a - 1] != '\n' && t[a - 1] != ',' &&
           t[a - 1] != ':' && t[a - 1] != '(') {
      if (t[a - 1] == '/') slash = slash ? SIZE_MAX : a - 1;
      a--;
    }
    if (slash && slash != SIZE_MAX && slash > a && slash + 1 < *s - 2 && cap_at(t, a, slash) &&
        cap_at(t, slash + 1, *s - 2) && !is_digit((unsigned char)t[a]) &&
        !is_digit((unsigned char)t[slash + 1]))
      *s = a;
  }
  /* a neighbourhood in lower case only with its door number ("esentepe
   * mah. lale sk no 14"): "bizim mahallesi" is no address */
  if (cap_at(t, *s, *e)) return 1;
  for (size_t i = *s; i + 4 < *e; i++)
    if (t[i] == ' ' && (t[i + 1] | 32) == 'n' && (t[i + 2] | 32) == 'o' &&
        (is_digit((unsigned char)t[i + 3]) ||
         (strchr(" :.", t[i + 3]) && is_digit((unsigned char)t[i + 4]))))
      return 1;
  return 0;
}

/* address_az_dist: "Gəncə şəhəri, Noyabr 2026" is a date, not a street
 * and a house number. */
static int chk_address_dist(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  static const char *const months[] = {
      "Yanvar", "Fevral", "Mart", "Aprel", "May", "\xC4\xB0yun", "\xC4\xB0yul", "Iyun", "Iyul",
      "Avqust", "Sentyabr", "Oktyabr", "Noyabr", "Dekabr", NULL};
  size_t n = *e;
  while (n > *s && t[n - 1] != ' ') n--;
  size_t w = n > *s ? n - 1 : n;
  while (w > *s && t[w - 1] != ' ') w--;
  for (int i = 0; months[i]; i++)
    if (strlen(months[i]) == n - 1 - w && strncasecmp(months[i], t + w, n - 1 - w) == 0) return 0;
  return chk_address(t, len, s, e, adj);
}

/* address_az_flat: a name, a number and a flat are an address only with a
 * context word (its base score is low) or a city or postcode after the flat
 * ("Otaq 3, mənzil 2" is a room). */
static int chk_address_flat(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  if (!chk_address(t, len, s, e, adj)) return 0;
  size_t d = *e;
  while (d > *s && t[d - 1] != ' ') d--;
  /* the last word: a city, "AZ1000", or the number of "AZ 1000" */
  if (!is_digit((unsigned char)t[*e - 1]) || (t[d] == 'A' && t[d + 1] == 'Z') ||
      (d >= *s + 3 && t[d - 3] == 'A' && t[d - 2] == 'Z'))
    *adj += 0.3f;
  return 1;
}

/* address_az_mkr: the city right before the number, as chats write it
 * without a comma or capitals ("sumqayit 17 ci mkr ev 5", "SUMQAYIT 14 MKR
 * EV 8"), belongs to the address (a comma-set one is taken by
 * address_head). */
static int chk_address_mkr(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  if (!chk_address(t, len, s, e, adj)) return 0;
  *s = city_before(t, *s);
  return 1;
}

/* The city typed before a street or micro-district in a chat, in any
 * case, with or without its "şəhəri" ("sumqayit 17 ci mkr", "gence seh,
 * Ataturk pr 118"): returns the start of the city, or s. */
static size_t city_before(const char *t, size_t s) {
  static const char *const cities[] = {"baki",       "baku",       "sumqayit", "sumgait",
                                       "gəncə",      "gence",      "ganja",    "xirdalan",
                                       "mingəçevir", "mingecevir", "lənkəran", "lenkeran",
                                       "şirvan",     "shirvan",    "naxçivan", NULL};
  static const char *const city_words[] = {"seh", "seh.", "şəh", "şəh.", "şəhəri", "seheri", NULL};
  if (s < 2 || t[s - 1] != ' ') return s;
  int comma = t[s - 2] == ',';       /* "gence seh, " */
  size_t we = s - 1 - (size_t)comma; /* the end of the word before */
  size_t w = word_start(t, we > 24 ? we - 24 : 0, we);
  char f[32];
  size_t n = gz_fold_key(t + w, we - w, f, sizeof f - 1);
  f[n] = 0;
  int word = 0;
  for (int i = 0; city_words[i] && !word; i++) word = strcmp(f, city_words[i]) == 0;
  if (word) {
    if (w < 2 || t[w - 1] != ' ') return s;
    we = w - 1;
    w = word_start(t, we > 24 ? we - 24 : 0, we);
    n = gz_fold_key(t + w, we - w, f, sizeof f - 1);
    f[n] = 0;
  } else if (comma) {
    return s; /* a comma-set city alone is taken by address_head */
  }
  for (int i = 0; cities[i]; i++)
    if (strcmp(f, cities[i]) == 0) return w;
  return s;
}

/* The Turkish provinces in the order of their plate and postcode numbers
 * (01 Adana ... 81 Düzce), folded to lower-case ASCII (tr_ascii_fold). */
static const char *const tr_provinces[] = {
    "adana",     "adiyaman",   "afyonkarahisar", "agri",      "amasya",    "ankara",
    "antalya",   "artvin",     "aydin",          "balikesir", "bilecik",   "bingol",
    "bitlis",    "bolu",       "burdur",         "bursa",     "canakkale", "cankiri",
    "corum",     "denizli",    "diyarbakir",     "edirne",    "elazig",    "erzincan",
    "erzurum",   "eskisehir",  "gaziantep",      "giresun",   "gumushane", "hakkari",
    "hatay",     "isparta",    "mersin",         "istanbul",  "izmir",     "kars",
    "kastamonu", "kayseri",    "kirklareli",     "kirsehir",  "kocaeli",   "konya",
    "kutahya",   "malatya",    "manisa",         "kahramanmaras", "mardin", "mugla",
    "mus",       "nevsehir",   "nigde",          "ordu",      "rize",      "sakarya",
    "samsun",    "siirt",      "sinop",          "sivas",     "tekirdag",  "tokat",
    "trabzon",   "tunceli",    "sanliurfa",      "usak",      "van",       "yozgat",
    "zonguldak", "aksaray",    "bayburt",        "karaman",   "kirikkale", "batman",
    "sirnak",    "bartin",     "ardahan",        "igdir",     "yalova",    "karabuk",
    "kilis",     "osmaniye",   "duzce",          NULL};

/* Folds the word t[a, b) to lower-case ASCII, the Turkish letters to
 * their base letter (ç c, ğ g, ı İ i, ö o, ş s, ü u); 0 when it holds
 * another byte or is longer than cap - 1. */
static size_t tr_ascii_fold(const char *t, size_t a, size_t b, char *out, size_t cap) {
  size_t k = 0;
  for (size_t i = a; i < b; i++) {
    unsigned char c = (unsigned char)t[i], d = i + 1 < b ? (unsigned char)t[i + 1] : 0;
    char f;
    if (isalpha(c)) {
      f = (char)tolower(c);
    } else if (c == 0xC3 && (d == 0xA7 || d == 0x87)) {
      f = 'c';
    } else if (c == 0xC3 && (d == 0xB6 || d == 0x96)) {
      f = 'o';
    } else if (c == 0xC3 && (d == 0xBC || d == 0x9C)) {
      f = 'u';
    } else if (c == 0xC4 && (d == 0x9F || d == 0x9E)) {
      f = 'g';
    } else if (c == 0xC4 && (d == 0xB1 || d == 0xB0)) {
      f = 'i';
    } else if (c == 0xC5 && (d == 0x9F || d == 0x9E)) {
      f = 's';
    } else {
      return 0;
    }
    if (c >= 0x80) i++;
    if (k + 1 >= cap) return 0;
    out[k++] = f;
  }
  out[k] = 0;
  return k;
}

/* address_tr_prov: a Turkish district and its province after a road
 * ("Mudanya Yolu, Nilüfer/BURSA") or a postcode ("35220 Konak/İzmir",
 * batch 35), with no street number: the last word must be a province, and
 * a postcode's first two digits its number. */
static int chk_address_tr_prov(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  size_t w = *e;
  while (w > *s && t[w - 1] != ' ' && t[w - 1] != '/') w--;
  char f[24];
  if (!tr_ascii_fold(t, w, *e, f, sizeof f)) return 0;
  int p = -1;
  for (int i = 0; tr_provinces[i] && p < 0; i++)
    if (strcmp(f, tr_provinces[i]) == 0) p = i + 1;
  if (p < 0) return 0;
  if (is_digit((unsigned char)t[*s]) && (t[*s] - '0') * 10 + (t[*s + 1] - '0') != p) return 0;
  return chk_address(t, len, s, e, adj);
}

/* address_tr_mevki: the locality must go on ("Belek Mevkii çok güzel" is
 * a place name, "Göksu Mevkii, Kepez/Antalya" an address). */
static int chk_address_mevki(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  if (!chk_address(t, len, s, e, adj)) return 0;
  size_t w = *e;
  while (w > *s && t[w - 1] != ' ') w--;
  return !(*e - w >= 5 && (strncmp(t + w, "Mevki", 5) == 0 || strncmp(t + w, "MEVK", 4) == 0));
}

/* UK addresses found by their postcode (address_uk; the engine reports
 * where a postcode ends and retries the start word by word):
 *   [Unit|Flat|Apt|Suite X, ][12A ]Words{1,4}, Place[ Place][, Place[ Place]],? POSTCODE
 * with a unit or a house number at least, so that "88 Queensway, London W2
 * 3RL" and "Unit 12B, Riverside Business Park, Leeds LS9 0PW" are found and
 * a sentence ending in a postcode is not; without them only when the last
 * street word is a street kind ("Praed Street, London W2 1NY"). A line
 * break may stand for ", " (an address written on three lines). */
static size_t cap_word(const char *t, size_t i, size_t e) {
  if (i >= e || !is_upper((unsigned char)t[i])) return 0;
  size_t k = i + 1;
  while (k < e && (isalpha((unsigned char)t[k]) || t[k] == '\'' || t[k] == '-' || t[k] == '.')) k++;
  return k - i;
}
/* The length of a place-name particle at i ("y", "yr", "upon", "on",
 * "under", "by", "the", "of", "de", "la", "le") ending a word, or 0. */
static size_t particle_word(const char *t, size_t i, size_t e) {
  static const char *const p[] = {"y",   "yr", "upon", "on", "under", "by",
                                  "the", "of", "de",   "la", "le",    NULL};
  for (int k = 0; p[k]; k++) {
    size_t n = strlen(p[k]);
    if (i + n < e && memcmp(t + i, p[k], n) == 0 && t[i + n] == ' ') return n;
  }
  return 0;
}
/* Does the town before the postcode at pc (after ", ") have the
 * postcode's area letters among its own (UK_TOWNS)? */
static int uk_town_area(const char *t, size_t s, size_t pc, size_t end) {
  size_t al = 0;
  while (pc + al < end && is_upper((unsigned char)t[pc + al])) al++;
  if (al == 0 || pc < s + 3) return 0;
  for (size_t i = 0; i < sizeof uk_towns / sizeof uk_towns[0]; i++) {
    size_t tl = strlen(uk_towns[i].town);
    if (pc < s + tl + 3 || memcmp(t + pc - 1 - tl, uk_towns[i].town, tl) != 0 ||
        t[pc - 2 - tl] != ' ' || t[pc - 3 - tl] != ',')
      continue;
    if (uk_town_has_area(i, t, pc, al)) return 1;
  }
  return 0;
}

static int chk_address_uk(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  static const char *const units[] = {"Unit ", "Flat ", "Apt ", "Apt. ", "Suite ", NULL};
  size_t i = *s, end = *e, w;
  int lead = 0;
  for (int u = 0; units[u]; u++) {
    size_t n = strlen(units[u]);
    if (i + n < end && memcmp(t + i, units[u], n) == 0) {
      size_t k = i + n, v = k;
      while (k < end && k - v < 5 && isalnum((unsigned char)t[k])) k++;
      if (k == v || k >= end) return 0;
      if (t[k] == ',') k++;
      if (k >= end || t[k] != ' ') return 0;
      i = k + 1;
      lead = 1;
      break;
    }
  }
  if (i < end && is_digit((unsigned char)t[i])) {
    size_t k = i;
    while (k < end && k - i < 5 && is_digit((unsigned char)t[k])) k++;
    if (k < end && isalpha((unsigned char)t[k]) && k + 1 < end && !isalpha((unsigned char)t[k + 1])) k++;
    if (k < end && t[k] == ',') k++;
    if (k >= end || t[k] != ' ') return 0;
    i = k + 1;
    if (i < end && t[i] == ' ') i++; /* OCR doubles spaces: "12  Acorn  Road" */
    lead = 1;
  }
  /* the postcode: the last word, or the last two (outward and inward code) */
  size_t pc = end;
  while (pc > i && t[pc - 1] != ' ' && t[pc - 1] != '\n') pc--;
  if (end - pc == 3 && pc >= i + 2 && t[pc - 1] == ' ') {
    size_t o = pc - 1;
    while (o > i && t[o - 1] != ' ' && t[o - 1] != '\n') o--;
    if (pc - 1 - o >= 2 && pc - 1 - o <= 4) pc = o;
  } else if (end - pc == 4 && pc >= i + 5 && t[pc - 1] == ' ' && is_upper((unsigned char)t[pc - 4]) &&
             (pc - 4 == i || t[pc - 5] == ' ' || t[pc - 5] == '\n')) {
    pc -= 4; /* an Eircode: "Galway H91 X4K8" */
  }
  if (pc <= i + 1 || (t[pc - 1] != ' ' && t[pc - 1] != '\n')) return 0;
  size_t body = pc - 1;
  if (body > i && t[body - 1] == ' ' && t[body] == ' ') body--; /* "York  YO24 1AB" */
  /* a form's address block indented under its first line ("44 Belgrave
   * Road\n   Leicester\n   LE4 6AR"; sixth session) */
  {
    size_t b2 = body + 1;
    while (b2 > i && t[b2 - 1] == ' ' && body + 1 - b2 < 8) b2--;
    if (b2 < body + 1 && b2 > i + 1 && t[b2 - 1] == '\n') body = b2 - 1;
  }
  if (t[body - 1] == ',') body--;
  /* street words, then one or two ", Place[ Place]" (or a place on a line
   * of its own, as letters and delivery e-mails write it) */
  int words = 0, places = 0, lower = 0, place_kind = 0;
  size_t last = i, last_n = 0; /* the last street word */
  size_t prev = i, prev_n = 0; /* the street word before it */
  /* the street kinds (see below) */
  static const char *const kinds[] = {"Street", "St",       "Road",  "Rd",     "Lane",    "Avenue",
                                      "Ave",    "Way",      "Place", "Square", "Gardens", "Terrace",
                                      "Close",  "Crescent", "Drive", "Grove",  "Row",     "Mews",
                                      "Walk",   "Court",    "Hill",  "Parade", "Green",   NULL};
  while (i < body) {
    if (!(w = cap_word(t, i, body)) && places > 0 && i > *s && t[i - 1] == ' ' &&
        is_digit((unsigned char)t[i])) {
      /* a postal district after its town: "Dublin 12", "Dublin 6W" */
      w = 1;
      while (i + w < body && w < 3 && isalnum((unsigned char)t[i + w])) w++;
      if (i + w < body && t[i + w] != ',' && t[i + w] != ' ' && t[i + w] != '\n') return 0;
    } else if (!w && i > *s && t[i - 1] == ' ' && (w = particle_word(t, i, body))) {
      /* a particle between capitalised words: Welsh "Heol y Nant",
       * "Ffordd yr Afon" (batch 30), "Newcastle upon Tyne", "Walton on
       * Thames"; never the first or last word */
      size_t k = i + w;
      if (k + 1 >= body || t[k] != ' ' || !is_upper((unsigned char)t[k + 1]) || words == 0)
        return 0;
    } else if (!w) {
      /* a word in lower case, as a call note types it ("22 ashworth st,
       * rochdale OL16 1BD"): checked below */
      if (!lead || i >= body || t[i] < 'a' || t[i] > 'z') return 0;
      for (w = 1; i + w < body && (isalpha((unsigned char)t[i + w]) || t[i + w] == '\'' ||
                                   t[i + w] == '-' || t[i + w] == '.');
           w++) {
      }
      lower = 1;
    }
    if (places == 0) {
      words++;
      prev = last;
      prev_n = last_n;
      last = i;
      last_n = w;
    } else if (!place_kind) {
      size_t n = w;
      while (n && t[i + n - 1] == '.') n--;
      place_kind = word_in(t, i, i + n, kinds);
    }
    i += w;
    if (i == body) break;
    /* a space doubled or written before the comma, as OCR does ("Acorn
     * Road , York"): at most two spaces, never a table's wide gap */
    size_t sp = i;
    while (sp < body && sp - i < 2 && t[sp] == ' ') sp++;
    if (sp < body && t[sp] == ',' && sp > i) i = sp;
    if (t[i] == ' ') {
      i = sp;
      if (places == 0 && words > 4) return 0;
    } else if (t[i] == ',' && i + 1 < body && (t[i + 1] == ' ' || t[i + 1] == '\n')) {
      i += 2;
      if (i < body && t[i] == ' ' && t[i - 1] == ' ') i++;
      if (++places > 2) return 0;
    } else if (t[i] == '\n') {
      i++;
      for (size_t k = i; k < body && k - i < 8 && t[k] == ' '; k++)
        if (t[k + 1] != ' ') i = k + 1; /* the block's indent */
      if (++places > 2) return 0;
    } else {
      return 0;
    }
  }
  if (words < 1) return 0;
  /* without a unit or house number, the street must say it is one:
   * "Praed Street, London W2 1NY"; so must a street with its postcode and
   * no town ("7 Cromwell Grove, M19 3QD") and one typed in lower case
   * (then with the full postcode) */
  static const char *const kinds_lc[] = {"street", "st", "road", "rd", "lane", "ln", "avenue",
                                         "ave", "way", "close", "crescent", "drive", "dr",
                                         "grove", "gardens", "terrace", "place", NULL};
  while (last_n && t[last + last_n - 1] == '.') last_n--;
  int kind = word_in(t, last, last + last_n, kinds);
  /* a street kind with its part after it: "Ballymount Road Lower",
   * "Leeson Street Upper" (batch 35) */
  static const char *const parts[] = {"Lower", "Upper", "North", "South", "East", "West", NULL};
  if (!kind && prev_n && words >= 3 && word_in(t, last, last + last_n, parts))
    kind = word_in(t, prev, prev + prev_n, kinds);
  int full = end - pc >= 6 && t[end - 4] == ' '; /* outward and inward code */
  if (lower && !(full && word_in(t, last, last + last_n, kinds_lc) && places >= 1)) return 0;
  /* an Irish rural address has neither: its townland, "Co." and the
   * county, then the full Eircode ("Ballyhale, Co. Kilkenny, R95 X2F8",
   * batch 26) */
  if (!lead && !kind && !lower && places >= 1 && end - pc == 8 && t[pc + 3] == ' ' &&
      memmem(t + *s, body - *s, ", Co. ", 6))
    return 1;
  if (places < 1 && !(lead && kind && full)) return 0;
  /* a named building, then its area (no street of a kind: "The Town
   * Hall, Market Place, ..." starts at the street) and the town, with
   * the full postcode: "Dock Office, Royal Quays, North Shields NE29 6DW"
   * (batch 33) */
  static const char *const buildings[] = {"House",   "Cottage",  "Office",    "Lodge", "Farm",
                                          "Rectory", "Vicarage", "Manor",     "Hall",  "Mill",
                                          "Barn",    "Chambers", "Buildings", NULL};
  if (!lead && !kind && !lower && !place_kind && places == 2 && full &&
      word_in(t, last, last + last_n, buildings))
    return 1;
  /* a street of one word and no kind, its town and the full postcode of
   * that town's areas: "Strand, London WC2A 2LL" (batch 35) */
  if (!lead && !kind && !lower && words == 1 && places == 1 && full && uk_town_area(t, *s, pc, end))
    return 1;
  if (!lead && !kind) return 0;
  return 1;
}

static int chk_nino(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  const char *p = t + *s;
  char c[9];
  size_t k = 0;
  for (size_t i = 0; i < *e - *s; i++) {
    if (p[i] == ' ') continue;
    if (k == 9) return 0;
    c[k++] = p[i];
  }
  if (k != 9 || !is_upper((unsigned char)c[0]) || !is_upper((unsigned char)c[1]) ||
      count_digits(c + 2, 6) != 6 || c[8] < 'A' || c[8] > 'D')
    return 0;
  if (strchr("DFIQUV", c[0]) || strchr("DFIOQUV", c[1])) return 0;
  static const char *const bad[] = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ", NULL};
  for (int i = 0; bad[i]; i++)
    if (p[0] == bad[i][0] && p[1] == bad[i][1]) return 0;
  return 1;
}

/* A National Insurance number typed in lower case in a chat, "my475681d"
 * given to an agent who asked for the NI number (batch 41): nine bytes,
 * all lower case, that pass chk_nino once upper-cased. The detector runs
 * only near an NI word (ctx_anchor). */
static int chk_nino_lower(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  if (*e - *s != 9) return 0;
  char u[10];
  for (size_t i = 0; i < 9; i++) {
    char c = t[*s + i];
    if (c >= 'A' && c <= 'Z') return 0;
    u[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
  }
  u[9] = 0;
  size_t us = 0, ue = 9;
  return chk_nino(u, 9, &us, &ue, adj);
}

static int chk_ssn(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len; (void)adj;
  char d[9];
  int k = 0;
  char sep = *e - *s == 11 ? t[*s + 3] : 0;
  if ((sep != '-' && sep != ' ') || t[*s + 6] != sep) return 0;
  if (sep == ' ') *adj -= 0.2f; /* "123 45 6789": only with context */
  for (size_t i = *s; i < *e; i++)
    if (is_digit((unsigned char)t[i])) {
      if (k == 9) return 0;
      d[k++] = t[i];
    }
  if (k != 9) return 0;
  if (memcmp(d, "000", 3) == 0 || memcmp(d, "666", 3) == 0 || d[0] == '9') return 0;
  if (d[3] == '0' && d[4] == '0') return 0;
  if (memcmp(d + 5, "0000", 4) == 0) return 0;
  return 1;
}

/* Does the key ending the line's text at b follow a user key's value: a
 * separator ('/', '|', ',' or ';') right before, and "user" or "login"
 * with its ':' or '=' earlier on the line? */
static int user_pass_pair(const char *t, size_t b) {
  if (!strchr("/|,;", t[b - 1])) return 0;
  size_t ls = b - 1;
  while (ls > 0 && t[ls - 1] != '\n' && b - ls < 160) ls--;
  for (size_t i = ls; i + 5 < b; i++)
    if ((!strncasecmp(t + i, "user", 4) || !strncasecmp(t + i, "login", 5)) &&
        (i == ls || !isalnum((unsigned char)t[i - 1]))) {
      size_t k = i;
      while (k < b && k - i < 12 && isalpha((unsigned char)t[k])) k++;
      while (k < b && t[k] == ' ') k++;
      if (k < b && (t[k] == ':' || t[k] == '=')) return 1;
    }
  return 0;
}

/* Credential assignments ("password: hunter2"): keep only the value. */
/* Is the value at [i, e) code that reads the secret from elsewhere: a
 * call or an index on a dotted name or an environment accessor
 * ("os.environ[\"STRIPE_KEY\"]", "os.getenv('DB_PASS')", "ENV['TOKEN']",
 * "config('app.key')"), or Node's "process.env.X"? A password with a
 * bracket ("Xk9(pq)z77") has no dot before it. */
static int code_reference(const char *t, size_t len, size_t i, size_t e) {
  static const char *const accessors[] = {"ENV", "env", "getenv", "config", "secrets", NULL};
  if (e - i > 12 && strncmp(t + i, "process.env.", 12) == 0) return 1;
  size_t q = i;
  int dot = 0;
  while (q < e && (isalnum((unsigned char)t[q]) || t[q] == '_' || t[q] == '.'))
    dot |= t[q++] == '.';
  if (q == i || q >= len || (t[q] != '[' && t[q] != '(')) return 0;
  if (dot) return 1;
  for (int k = 0; accessors[k]; k++)
    if (q - i == strlen(accessors[k]) && memcmp(t + i, accessors[k], q - i) == 0) return 1;
  return 0;
}

/* Is the value [i, e) an environment variable's reference, "${DB_PASS}"? */
static int env_reference(const char *t, size_t i, size_t e) {
  return e - i >= 4 && t[i] == '$' && t[i + 1] == '{' && t[e - 1] == '}';
}

/* Is the value [i, e) after the password word at s a one-time code: four
 * to eight digits, and a one-time word ("tek kullanımlık", "one-time",
 * "OTP", "birdəfəlik") right before the word on its line? Such codes
 * expire in minutes; the set labels them lookalikes (batch 32). */
static int one_time_code(const char *t, size_t s, size_t i, size_t e) {
  static const char *const otp[] = {"tek kullanimlik", "one-time", "one time", "otp",
                                    "bird\xC9\x99" "f\xC9\x99lik", "birdefelik", NULL};
  if (e - i < 4 || e - i > 8 || count_digits(t + i, e - i) != (int)(e - i)) return 0;
  size_t a = s > 24 ? s - 24 : 0;
  for (size_t k = a; k < s; k++)
    if (t[k] == '\n') a = k + 1;
  return folded_has(t, a, s, otp);
}

static int chk_secret_value(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  (void)adj;
  /* Vectorscan reports every end of the value ("hunt", "hunte", ...): only
   * the end of the whole token can pass (the test at the end below), so
   * the other ends are dropped before any other work. A URL's query
   * parameter ends at '&' or '#' instead. */
  /* a password parameter of a URL's query or a form body ("GET
   * /api/login?email=...&pass=Sebuhi1990 HTTP/1.1",
   * "kullanici=...&pass=Gokhan.1987!&beni_hatirla=1", batch 41): the key
   * right after '?' or '&', the value up to the next '&' or '#' */
  int query = *s > 0 && (t[*s - 1] == '?' || t[*s - 1] == '&') && t[*s] != '?' && t[*s] != '&';
  const char *ends = query ? " \t\r\n\"',;&#" : " \t\r\n\"',;";
  if (t[*s] != '?' && t[*s] != '&' && *e < len && !strchr(ends, t[*e])) return 0;
  size_t i = *s;
  while (i < *e && t[i] != ':' && t[i] != '=') i++;
  if (i == *e) return 0;
  if (query && (t[i] != '=' || memchr(t + i, '&', *e - i) || memchr(t + i, '#', *e - i))) return 0;
  /* the short key "pass" only as a config line's key ("pass: ...", also
   * indented) or as the second key of a user/pass pair ("test user:
   * a@b.az / pass: ...", "login: admin, pass: ..."): "Boarding pass:
   * K7PQ2M", "bypass=1" are no passwords */
  size_t k = i;
  while (k > *s && strchr(" \t\"'", t[k - 1])) k--;
  if (k - *s == 4 && strncasecmp(t + *s, "pass", 4) == 0 && !query) {
    size_t b = *s;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
    if (b > 0 && t[b - 1] != '\n' && !user_pass_pair(t, b)) return 0;
  }
  i++;
  /* a URL's query parameter "?token=" / "&token=" (a reset or sign-in
   * link, batch 26): the value up to the next parameter, a long random
   * string of letters and digits */
  if (t[*s] == '?' || t[*s] == '&') {
    size_t q = i;
    int al = 0, dg = 0;
    while (q < *e && t[q] != '&' && t[q] != '#') {
      al |= isalpha((unsigned char)t[q]) != 0;
      dg |= is_digit((unsigned char)t[q]);
      q++;
    }
    if (q - i < 16 || !al || !dg || code_reference(t, len, i, q)) return 0;
    *s = i;
    *e = q;
    return 1;
  }
  if (i < *e && t[i] == '>' && t[i - 1] == '=') i++; /* PHP, Ruby: 'password' => '...' */
  while (i < *e && (t[i] == ' ' || t[i] == '\t' || t[i] == '"' || t[i] == '\'')) i++;
  /* a sentence's full stop after the value is not part of it */
  if (*e > i && t[*e - 1] == '.' && (*e == len || t[*e] == ' ' || t[*e] == '\n')) (*e)--;
  if (*e - i < 4 || *e - i > 256) return 0;
  /* a yes/no answer is no secret: MySQL's "(using password: YES)",
   * "password: none", "password = null"; nor a default that says to be
   * replaced ("SMTP_PASS = \"changeme\"", Java's keystore "changeit") */
  static const char *const no_secret[] = {"yes",       "no",       "true",        "false",
                                          "none",      "null",     "changeme",    "change_me",
                                          "change-me", "changeit", "placeholder", NULL};
  size_t ve = *e;
  while (ve > i && (t[ve - 1] == ')' || t[ve - 1] == '.')) ve--;
  for (int k = 0; no_secret[k]; k++)
    if (ve - i == strlen(no_secret[k]) && strncasecmp(t + i, no_secret[k], ve - i) == 0) return 0;
  /* a directory is no secret: sudo's "PWD=/home/deploy" is the working
   * directory; a value starting with '/' made only of path bytes */
  if (t[i] == '/') {
    size_t q = i + 1;
    while (q < *e && (isalnum((unsigned char)t[q]) || strchr("/._-~", t[q]))) q++;
    if (q == *e) return 0;
  }
  if (code_reference(t, len, i, *e)) return 0;
  /* an environment variable's reference, "SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}"
   * (a diff that removes the secret, batch 32), and a one-time code sent
   * by SMS ("Tek kullanımlık şifre: 731504"): no stored secret */
  if (env_reference(t, i, *e)) return 0;
  if (one_time_code(t, *s, i, *e)) return 0;
  /* the whole token only ("admi" of "admin" is no value of its own) */
  if (*e < len && !strchr(ends, t[*e])) return 0;
  /* "kullanıcı/şifre: admin / Kurulum.2026": the value before the slash is
   * the user name (the password is taken by secret_userpass) */
  size_t a = *e;
  while (a < len && a - *e < 2 && t[a] == ' ') a++;
  if (a > *e && a < len && t[a] == '/' && a + 1 < len && t[a + 1] == ' ') return 0;
  *s = i;
  return 1;
}

/* Is the keyword t[a..b) an object (accusative) form of a password word:
 * "şifremi", "şifreyi", "şifrəni", "parolamı", "parolumu"? It
 * ends in a case vowel after m, y, n or z ("şifresi" and "parolu" are
 * possessives, written before their value with or without a colon). */
static int secret_object_form(const char *t, size_t a, size_t b) {
  if (b - a < 7) return 0;
  const unsigned char *p = (const unsigned char *)t + b;
  size_t cons;
  if (p[-2] == 0xC4 && (p[-1] == 0xB1 || p[-1] == 0xB0)) /* ı, İ */
    cons = 3;
  else if ((p[-1] | 32) == 'i' || (p[-1] | 32) == 'u')
    cons = 2;
  else
    return 0;
  unsigned char c = (unsigned char)(t[b - cons] | 32);
  if (c == 's') return 0; /* "şifresi" */
  return c == 'm' || c == 'y' || c == 'n' || c == 'z';
}

/* How many of lower case, upper case, digit and symbol the ASCII token
 * [a, b) holds (a password's strength test); -1 when it holds a byte
 * outside ASCII. */
static int ascii_classes(const char *t, size_t a, size_t b) {
  int lower = 0, upper = 0, digit = 0, sym = 0;
  for (size_t k = a; k < b; k++) {
    unsigned char c = (unsigned char)t[k];
    if (c >= 'a' && c <= 'z')
      lower = 1;
    else if (c >= 'A' && c <= 'Z')
      upper = 1;
    else if (c >= '0' && c <= '9')
      digit = 1;
    else if (c >= 0x80)
      return -1;
    else
      sym = 1;
  }
  return lower + upper + digit + sym;
}

/* A password asked for with a question and given on the next line after
 * "it's" (the second form of secret_phrase): the whole last token, 8-128
 * bytes, with three of lower case, upper case, digit and symbol (a chat
 * answer "it's fine now" or "it's on the wiki" is none). */
static int secret_reply(const char *t, size_t len, size_t *s, size_t *e) {
  if (*e < len && !strchr(" \t\r\n\"',;", t[*e])) return 0;
  /* the question ends its line within 80 bytes; the answer comes within
   * 48 bytes of the next line's start (a speaker, a time stamp) */
  const char *nl = memchr(t + *s, '\n', *e - *s);
  size_t q = (size_t)(nl - t);
  if (q - *s > 80 || memchr(nl + 1, '\n', *e - q - 1)) return 0;
  size_t i = *e;
  while (i > *s && t[i - 1] != ' ') i--;
  if (i < *e && t[i] == '"') i++; /* quoted: "Ulviyya2025!"-dir */
  size_t end = *e;
  if (end > i && t[end - 1] == '.') end--;
  if (end - i < 8 || end - i > 128 || i - q > 64) return 0;
  if (ascii_classes(t, i, end) < 3) return 0;
  *s = i;
  *e = end;
  return 1;
}

/* "she read me her password over the phone, it's Bluebell2019!" (batch
 * 30): the token after "it's" / "it is" later in the password word's
 * sentence (the pattern: no '.', '?', '!' or line break between), one
 * token of 8-128 bytes with three character classes and no URL. */
static int chk_secret_its(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  if (*e < len && !strchr(" \t\r\n\"',;", t[*e])) return 0;
  size_t i = *e;
  while (i > *s && t[i - 1] != ' ') i--;
  size_t end = *e;
  /* a quoted value: inside its quotes */
  if (end > i + 2 && t[i] == '"' && t[end - 1] == '"') i++, end--;
  while (end > i && (t[end - 1] == '.' || t[end - 1] == ')')) end--;
  if (end - i < 8 || end - i > 128 || memmem(t + i, end - i, "://", 3)) return 0;
  if (ascii_classes(t, i, end) < 3) return 0;
  *s = i;
  *e = end;
  return 1;
}

/* A network device's configuration (batch 47, a Cisco IOS "show run"):
 * "username netadmin privilege 15 secret 0 UV?t$7csjuT" and "enable
 * password 0 ..." (type 0: the clear text; 5, 7, 8 and 9 are hashes or
 * an encoding, not matched), "snmp-server community c0rkBr4nch!RO RO".
 * The value is the last token, 6-128 bytes of three character classes
 * (so "public" or a word is none). */
static int chk_secret_device(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  if (*e < len && !strchr(" \t\r\n", t[*e])) return 0;
  size_t i = *e;
  while (i > *s && t[i - 1] != ' ') i--;
  if (*e - i < 6 || *e - i > 128) return 0;
  if (ascii_classes(t, i, *e) < 3) return 0;
  *s = i;
  return 1;
}

/* The value after a verb of setting (secret_reset's pattern) counts only
 * with a password word at most 100 bytes before the verb on its line;
 * the value is checked as secret_its checks it. */
static int chk_secret_reset(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  static const char *const words[] = {"password",
                                      "passcode",
                                      "parol",
                                      "\xC5\x9Fifr",
                                      "\xC5\x9E\xC4\xB0"
                                      "FR",
                                      NULL};
  /* the value's start (the last space before the end), then the verb
   * before it: the start of the match is not tracked */
  size_t v = *e;
  while (v > 0 && v > *e - (*e < 130 ? *e : 130) && t[v - 1] != ' ') v--;
  if (v == 0 || t[v - 1] != ' ') return 0;
  *s = v - 1;
  size_t a = *s;
  while (a > 0 && *s - a < 130 && t[a - 1] != '\n') a--;
  /* what is set is a rule about passwords ("password policy changed to
   * MinLength12"), not one */
  static const char *const rules[] = {"polic", "length", "rule",   "requirement",
                                      "kural", "qayda",  "uzunlu", NULL};
  if (!folded_has(t, a, *s, words) || folded_has(t, a, *s, rules)) return 0;
  return chk_secret_its(t, len, s, e, adj);
}

/* The password among a database connect call's arguments, when the
 * call writes host (or DSN), user and password as string literals:
 * 'mysqli("192.168.10.25", "shop_admin", "Baku2024!Shop", "eshop")',
 * 'new PDO("mysql:host=db;dbname=shop", "app", "S3cret!x")' (batch 44).
 * The third argument, in single or double quotes, 4-128 bytes without a
 * '$' (a variable); a call with fewer literals or a variable in that
 * place is none. The pattern ends at the '(' and the arguments are read
 * here, up to the ')' on its line (at most 320 bytes). */
static int chk_connect_args(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  if (*e == 0 || t[*e - 1] != '(') return 0;
  size_t i = *e, end = i;
  while (end < len && end - i < 320 && t[end] != ')' && t[end] != '\n') end++;
  for (int arg = 0; arg < 3; arg++) {
    while (i < end && (t[i] == ' ' || t[i] == '\t')) i++;
    if (i >= end || (t[i] != '"' && t[i] != '\'')) return 0;
    char q = t[i];
    const char *c = memchr(t + i + 1, q, end - i - 1);
    if (!c) return 0;
    size_t a = i + 1, b = (size_t)(c - t);
    if (arg == 2) {
      if (b - a < 4 || b - a > 128 || memchr(t + a, '$', b - a) || memchr(t + a, ' ', b - a))
        return 0;
      *s = a;
      *e = b;
      return 1;
    }
    i = b + 1;
    while (i < end && (t[i] == ' ' || t[i] == '\t')) i++;
    if (i >= end || t[i] != ',') return 0;
    i++;
  }
  return 0;
}

/* "the password is M3po#a-tCEf", "şifrə: ...": the value after the keyword
 * and an optional verb; it must look like a secret (6-128 bytes, at least two
 * character classes, one of them a digit or symbol). In prose, after the
 * keyword and a space alone, a hyphenated word is none ("Şifreniz e-posta
 * adresinize gönderildi"); after an object form ("şifremi Kaan.1987!x
 * yaptım") the value needs a letter and a digit or a symbol other than
 * '-' and '.' ("şifremi 12.03.2024 tarihinde değiştirdim" is a date). */
/* Is the "pw" at s the second half of a login pair, "my login is
 * bwilliams@keystonelabs.io, pw <secret>": ", " right before it, and a
 * login or user word earlier on its line (at most 80 bytes back)? */
static int pw_after_login(const char *t, size_t s) {
  if (s < 2 || t[s - 1] != ' ' || t[s - 2] != ',') return 0;
  size_t a = s - 2;
  while (a > 0 && s - a < 80 && t[a - 1] != '\n') a--;
  static const char *const login[] = {"login", "username", "user name", "user:", "user id", NULL};
  return folded_has(t, a, s - 2, login);
}

static int chk_secret_phrase(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  if (memchr(t + *s, '\n', *e - *s)) return secret_reply(t, len, s, e);
  /* the whole token only: Vectorscan reports every end of the value, and
   * a shorter match ends inside it (tested first: most calls end here) */
  if (*e < len && !strchr(" \t\r\n\"',;", t[*e])) return 0;
  /* a remark in brackets is no value: "Temporary password (change on
   * first login): ..." (secret_remark's, batch 56), "(optional):" */
  size_t vs = *e;
  while (vs > *s && t[vs - 1] == ':') vs--;
  while (vs > *s && !strchr(" \t:=\"", t[vs - 1])) vs--;
  if (vs < *e && t[vs] == '(') {
    /* a word in brackets, not "(L@_d--w4afQ@1C-k)" */
    size_t k = vs + 1;
    while (k < *e && ((t[k] >= 'a' && t[k] <= 'z') || t[k] == ')' || t[k] == ':')) k++;
    if (k == *e) return 0;
  }
  size_t i = *s;
  while (i < *e && t[i] != ' ' && t[i] != '\t' && t[i] != ':' && t[i] != '=') i++;
  int object = secret_object_form(t, *s, i);
  static const char *const verbs[] = {"is ", "was ", "now ", "to ", "budur ", "olaraq ",
                                      "\xC5\x9Fudur ", "set to ", "reset to ", "changed to ",
                                      /* "Şifreni sıfırladım: ..." (reset; batch 32) */
                                      "s\xC4\xB1"
                                      "f\xC4\xB1rlad\xC4\xB1m",
                                      /* "şifresi hâlâ ..." (still; batch 47) */
                                      "h\xC3\xA2l\xC3\xA2 ", "hala ", "still ",
                                      /* given, leaked (batches 31, 35) */
                                      "verildi ", "verildi:", "verilib ",
                                      "verilib:", "s\xC4\xB1zd\xC4\xB1 ",
                                      "s\xC4\xB1zd\xC4\xB1:", NULL};
  /* "pw" only as a word and before a verb ("old pw was ..."); Redis'
   * "requirepass" / "masterauth" directives only as words */
  size_t kw = i - *s;
  int short_kw = strncasecmp(t + *s, "pw", 2) == 0;
  int redis = strncasecmp(t + *s, "requirepass", 11) == 0 || strncasecmp(t + *s, "masterauth", 10) == 0;
  if (short_kw && kw != 2) return 0; /* "S3cr3t!pw@host" */
  if ((short_kw || redis) && *s > 0 &&
      (isalnum((unsigned char)t[*s - 1]) || (unsigned char)t[*s - 1] >= 0x80))
    return 0;
  size_t kw_end = i;
  int label = 0, renew = 0; /* a ':' or '=' or a verb between the keyword and the value */
  /* "password got rotated, new one is <value>": the value after the last
   * "new one" of the match */
  static const char *const renewed[] = {"new one is ",
                                        "new one's ",
                                        "new one: ",
                                        "yenisi ",
                                        "yenisi: ",
                                        "t\xC9\x99z\xC9\x99si ",
                                        "t\xC9\x99z\xC9\x99si: ",
                                        NULL};
  for (size_t k = kw_end; k < *e; k++) {
    if (k == 0 || (t[k - 1] != ' ' && t[k - 1] != ',')) continue; /* after a space or comma */
    for (int r = 0; renewed[r]; r++) {
      size_t m = strlen(renewed[r]);
      if (k + m <= *e && strncasecmp(t + k, renewed[r], m) == 0) {
        i = k + m;
        label = renew = 1;
      }
    }
  }
  /* "password for payroll@ is <value>": the object named, then a verb */
  if (!renew && i + 5 < *e && t[i] == ' ' && strncasecmp(t + i + 1, "for ", 4) == 0) {
    size_t k = i + 5;
    for (int w = 0; w < 2 && k < *e; w++) {
      while (k < *e && t[k] != ' ') k++;
      if (k + 4 <= *e && (strncasecmp(t + k, " is ", 4) == 0 || strncasecmp(t + k, " was ", 5) == 0))
        break;
      k++;
    }
    if (k + 4 > *e || !(strncasecmp(t + k, " is ", 4) == 0 || strncasecmp(t + k, " was ", 5) == 0))
      return 0;
    i = k;
  }
  while (!renew) {
    while (i < *e && (t[i] == ' ' || t[i] == '\t' || t[i] == ':' || t[i] == '=')) {
      label |= t[i] == ':' || t[i] == '=';
      i++;
    }
    int skipped = 0;
    for (int k = 0; verbs[k]; k++) {
      size_t n = strlen(verbs[k]);
      if (i + n <= *e && strncasecmp(t + i, verbs[k], n) == 0) {
        i += n;
        skipped = label = 1;
      }
    }
    if (!skipped) break;
  }
  /* a value in double quotes after a verb or a label ('Password was
   * "Winter2026!"', batch 41): the closing quote must end it */
  if (i < *e && t[i] == '"') {
    if (!label || *e >= len || t[*e] != '"') return 0;
    i++;
  }
  /* the protocol of an HTTP request line is no value: '"POST
   * /reset-password HTTP/1.1"' of an access log (batch 41) */
  if (*e - i >= 6 && strncasecmp(t + i, "HTTP/", 5) == 0) return 0;
  /* "pw" right before its value ("her vpn pw em4GBI5CNaK6kWEM", batch
   * 26): only a value of mixed-case letters and digits, checked below;
   * after a login on its line ("user ali pw x", batch 25) any value */
  int bare_pw = short_kw && i < kw_end + 4 &&
                !(i == kw_end + 1 && t[i - 1] == ' ' && pw_after_login(t, *s));
  if (short_kw && t[kw_end] != ' ') return 0;
  /* a trailing sentence full stop is not part of the secret, and a word
   * with a colon is a label ("Şifrə dəyişdirildi: ...") */
  size_t end = *e;
  if (end > i && (t[end - 1] == '.' || t[end - 1] == ':') &&
      (end == len || t[end] == ' ' || t[end] == '\n'))
    end--;
  /* the closing bracket of a remark the value ends ("(parol sızdı:
   * xSt7ySi@^TC9OFb6)", batch 35): when the value opens none and the line
   * before the keyword does */
  if (end > i && t[end - 1] == ')' && !memchr(t + i, '(', end - i - 1)) {
    size_t ls = *s;
    while (ls > 0 && t[ls - 1] != '\n' && *s - ls < 200) ls--;
    if (memchr(t + ls, '(', *s - ls)) end--;
  }
  size_t n = end - i;
  if (n < 6 || n > 128) return 0;
  /* with no label, a log's next field is no value: "invalid password
   * user=r.aliyev ip=..." (batch 34) */
  if (!label) {
    size_t k = i;
    while (k < end && (isalnum((unsigned char)t[k]) || t[k] == '_')) k++;
    if (k > i && k < end && t[k] == '=') return 0;
  }
  int lower = 0, upper = 0, digit = 0, sym = 0, hard_sym = 0;
  for (size_t k = i; k < end; k++) {
    unsigned char c = (unsigned char)t[k];
    if (c >= 'a' && c <= 'z') lower = 1;
    else if (c >= 'A' && c <= 'Z') upper |= k > i ? 2 : 1; /* 2: a capital inside */
    else if (c >= '0' && c <= '9') digit = 1;
    else if (c >= 0x80) lower = 1; /* a letter of az/tr ("değişti") */
    else {
      sym = 1;
      hard_sym |= c != '-' && c != '.';
    }
  }
  if (!(digit || sym) || lower + !!upper + digit + sym < 2) return 0;
  /* a bare "pw" value has a capital inside it, not only first: a word
   * and a digit ("pw Wednesday9 is out") is no password */
  if (bare_pw && (n < 8 || !lower || !(upper & 2) || !digit)) return 0;
  if (!label && !digit && !hard_sym && !upper) return 0; /* "e-posta" */
  /* with no label, a word and the closing marks of its sentence is prose:
   * "Authentication failure (password mismatch?)" (batch 27) */
  if (!label && !digit) {
    size_t w = end;
    while (w > i && strchr(")]?!", t[w - 1])) w--;
    int word = w > i;
    for (size_t k = i; k < w && word; k++)
      word = isalpha((unsigned char)t[k]) || (unsigned char)t[k] >= 0x80;
    if (word) return 0;
  }
  if (object && (!(lower || upper) || !(digit || hard_sym))) return 0;
  /* where it was sent, not what it is: "send your password to
   * https://...", "... to j.doe@mail.com" */
  const char *at = memchr(t + i, '@', end - i);
  if (memmem(t + i, end - i, "://", 3) || (at && memchr(at, '.', (size_t)(t + end - at)))) return 0;
  if (code_reference(t, len, i, end) || env_reference(t, i, end)) return 0;
  *s = i;
  *e = end;
  return 1;
}

/* The value after "new one is" / "yenisi" (secret_renewed) when a password
 * word stands before it in its sentence, at most 64 bytes back on the line
 * ("the db password got rotated, new one is ..."): validated as a
 * password phrase from that word (chk_secret_phrase). */
static int chk_secret_renewed(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  static const char *const kws[] = {"password", "passcode", "parola", "parol", "şifre",
                                    "şifrə",    "Şifre",    "Şifrə",  "sifre", NULL};
  size_t lo = *s > 64 ? *s - 64 : 0;
  for (size_t k = *s; k > lo; k--) {
    char c = t[k - 1];
    if (c == '\n' || c == '.' || c == '?' || c == '!') break;
    if (k - 1 > 0 && isalnum((unsigned char)t[k - 2])) continue;
    for (int w = 0; kws[w]; w++) {
      size_t n = strlen(kws[w]);
      if (k - 1 + n <= *s && strncasecmp(t + k - 1, kws[w], n) == 0) {
        size_t s2 = k - 1, e2 = *e;
        if (!chk_secret_phrase(t, len, &s2, &e2, adj)) return 0;
        *s = s2;
        *e = e2;
        return 1;
      }
    }
  }
  return 0;
}

/* A user name and its password written as a pair ("login: admin /
 * Xezer2026!", "root/Rt#55lan"): the token after the slash, when it looks
 * like a secret (6-128 bytes, a digit or a symbol and a second character
 * class). The user name must be a word of its own: "/home/admin/x" and
 * "sysadmin/tools" are paths. */
/* Is a bracket open before s on its line ("(admin / ...")? */
static int open_bracket(const char *t, size_t s) {
  int depth = 0;
  for (size_t k = s; k > 0 && s - k < 120 && t[k - 1] != '\n'; k--) {
    if (t[k - 1] == ')') depth--;
    if (t[k - 1] == '(' && ++depth > 0) return 1;
  }
  return 0;
}

static int chk_secret_userpass(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  if (*s > 0) {
    unsigned char b = (unsigned char)t[*s - 1];
    if (isalnum(b) || b == '/' || b == '.' || b == '_' || b == '-' || b >= 0x80) return 0;
  }
  size_t i = *s;
  while (i < *e && t[i] != '/') i++;
  /* after a test-account or credentials label ("Test hesab\xC4\xB1:
   * qa@bank.az / uk0vZAP9...", "Repro creds (staging only): qa / ..."):
   * the login is an e-mail or user name, the slash set apart by spaces */
  if (strncasecmp(t + *s, "admin", 5) != 0 && strncasecmp(t + *s, "root", 4) != 0) {
    const char *c = memchr(t + *s, ':', i - *s);
    int letters = 0;
    if (!c || i + 1 >= *e || t[i - 1] != ' ' || t[i + 1] != ' ') return 0;
    for (const char *u = c + 1; u < t + i - 1; u++) {
      if (*u != ' ' && !isalnum((unsigned char)*u) && !strchr("._+-@", *u)) return 0;
      letters += isalpha((unsigned char)*u) != 0;
    }
    /* both a name and a password with letters: "Login: 12 / 2026-03-04" is
     * a date */
    if (!letters) return 0;
    size_t k = i + 1;
    while (k < *e && !isalpha((unsigned char)t[k])) k++;
    if (k == *e) return 0;
  }
  i++;
  while (i < *e && t[i] == ' ') i++;
  if (*e < len && !strchr(" \t\r\n\"',;", t[*e])) return 0; /* the whole token */
  size_t end = *e;
  if (end > i && t[end - 1] == '.' && (end == len || t[end] == ' ' || t[end] == '\n')) end--;
  /* the pair in brackets, "(admin / Xcj*cXf-1o$!r)": the closing bracket
   * is not the password's when the token opens none */
  if (end > i && t[end - 1] == ')' && !memchr(t + i, '(', end - i) && open_bracket(t, *s)) end--;
  if (end - i < 6 || end - i > 128) return 0;
  int lower = 0, upper = 0, digit = 0, sym = 0;
  for (size_t k = i; k < end; k++) {
    unsigned char c = (unsigned char)t[k];
    if (c == '/') return 0; /* a path: "admin/users/list2" */
    if (c >= 'a' && c <= 'z') lower = 1;
    else if (c >= 'A' && c <= 'Z') upper = 1;
    else if (c >= '0' && c <= '9') digit = 1;
    else if (c >= 0x80) lower = 1;
    else sym = 1;
  }
  if (!(digit || sym) || lower + upper + digit + sym < 2) return 0;
  /* a firmware version ("admin / v1.0.4") is no password */
  size_t v = i + (t[i] == 'v' || t[i] == 'V');
  while (v < end && (is_digit((unsigned char)t[v]) || t[v] == '.')) v++;
  if (v == end) return 0;
  *s = i;
  *e = end;
  return 1;
}

/* Credentials inside a URL ("postgres://app:Prod#Pass55@10.20.30.40/db",
 * "redis://:R3d1s@10.1.2.3"):
 * the password between the user's ':' and the '@'. Templates ("${DB_PASS}",
 * "<password>") and masks ("****") are not secrets. */
/* "curl -u admin:Hunter2Prod! https://...": the password after the user
 * name's ':' of curl's -u / --user option (the token starts at v), with
 * "curl" earlier on the line; "-u user" alone, a template ("$TOKEN") or a
 * mask is none. */
static int chk_curl_user(const char *t, size_t opt, size_t v, size_t *s, size_t *e) {
  const char *c = memchr(t + v, ':', *e - v);
  if (!c) return 0;
  size_t a = (size_t)(c - t) + 1;
  if (*e - a < 4 || *e - a > 128 || strchr("$<{*%", t[a])) return 0;
  size_t ls = opt;
  while (ls > 0 && opt - ls < 200 && t[ls - 1] != '\n') ls--;
  int cmd = 0;
  for (size_t i = ls; i + 4 <= opt && !cmd; i++) cmd = memcmp(t + i, "curl", 4) == 0;
  if (!cmd) return 0;
  *s = a;
  return 1;
}

/* Is one of the words in `cmds` earlier on the line of position p (at
 * most 200 bytes back)? */
static int cli_command(const char *t, size_t p, const char *const *cmds) {
  size_t ls = p;
  while (ls > 0 && p - ls < 200 && t[ls - 1] != '\n') ls--;
  for (size_t i = ls; i < p; i++)
    for (int k = 0; cmds[k]; k++) {
      size_t n = strlen(cmds[k]);
      if (i + n <= p && memcmp(t + i, cmds[k], n) == 0) return 1;
    }
  return 0;
}

/* A password as the second string of a sign-in call in source code,
 * 'login("aysel.test@bakuhub.io", "t829DYzycBppcdz")' in a diff (batch
 * 32): the function word must start a word, the value is the second
 * quoted argument, 6-128 bytes with a digit, or a symbol and a second
 * character class ("password", a word alone, is a placeholder's). */
static int chk_secret_call(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  (void)adj;
  if (*s > 0 && (gz_ascii_alnum((unsigned char)t[*s - 1]) || t[*s - 1] == '_')) return 0;
  size_t q = *e - 1; /* the closing quote */
  size_t a = q;
  while (a > *s && t[a - 1] != t[q]) a--;
  if (a <= *s || q - a < 6) return 0;
  int lower = 0, upper = 0, digit = 0, sym = 0;
  for (size_t k = a; k < q; k++) {
    unsigned char c = (unsigned char)t[k];
    if (c >= 'a' && c <= 'z')
      lower = 1;
    else if (c >= 'A' && c <= 'Z')
      upper = 1;
    else if (c >= '0' && c <= '9')
      digit = 1;
    else if (c < 0x80)
      sym = 1;
  }
  if (!(digit || sym) || lower + upper + digit + sym < 2) return 0;
  *s = a;
  *e = q;
  return 1;
}

/* An API key passed as the user name of HTTP basic auth with an empty
 * password, as the Companies House and Stripe APIs take it
 * ('requests.get(url, auth=("8a7c1f0e-44b2-...", ""))', batch 41): the
 * first quoted string, 20-128 bytes of letters, digits, '_', '.', '-',
 * with a letter and a digit; "auth" must start a word. */
static int chk_secret_auth_key(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)len;
  (void)adj;
  if (*s > 0 && (gz_ascii_alnum((unsigned char)t[*s - 1]) || t[*s - 1] == '_')) return 0;
  size_t a = *s;
  while (a < *e && t[a] != '"' && t[a] != '\'') a++;
  size_t q = a + 1;
  while (q < *e && t[q] != t[a]) q++;
  if (q >= *e) return 0;
  int letter = 0, digit = 0;
  for (size_t k = a + 1; k < q; k++) {
    letter |= isalpha((unsigned char)t[k]) != 0;
    digit |= is_digit((unsigned char)t[k]);
  }
  if (!letter || !digit) return 0;
  *s = a + 1;
  *e = q;
  return 1;
}

/* A password glued to the -p option of a MySQL / MariaDB client command
 * ("mysql -h db -u root -phunter2pass", also quoted: -p'hunter2!'): the
 * value is the whole token after "-p" (4-128 bytes, without its quotes);
 * "-p" followed by a space asks for it and has none. After a space, -p
 * is the password of the tools whose -p takes one ("sshpass -p 'pw' scp
 * ...", "docker login -u bot -p pw", podman, helm registry login; ssh's
 * -p is a port); --password=pw and --password pw of any tool. curl's -u
 * "user:pass", also quoted (chk_curl_user). */
static int chk_secret_cli(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  static const char *const mysql[] = {"mysql", "mariadb", NULL};
  static const char *const redis[] = {"redis-cli", NULL};
  static const char *const p_space[] = {"sshpass",       "docker login",  "podman login",
                                        "helm registry", "buildah login", NULL};
  if (*e < len && !isspace((unsigned char)t[*e]) && t[*e] != '"' && t[*e] != '\'') return 0;
  const char *o = t + *s + 1; /* the option, after the space */
  if (o[1] == 'u' || (o[1] == '-' && o[2] == 'u')) {
    size_t v = *e;
    while (v > *s && !isspace((unsigned char)t[v - 1])) v--;
    if (v <= *s + 3) return 0;
    int q = t[v] == '"' || t[v] == '\'';
    if (q && t[*e - 1] != t[v]) return 0;
    size_t e2 = q ? *e - 1 : *e;
    if (!chk_curl_user(t, *s, v + (size_t)q, s, &e2)) return 0;
    *e = e2;
    return 1;
  }
  size_t v;
  int spaced;
  if (o[1] == '-') { /* --password=pw, --password pw */
    v = *s + 11;
    if (t[v] == '=' || t[v] == ' ') v++;
    spaced = -1;
  } else {
    v = *s + 3;
    spaced = t[v] == ' ';
    if (spaced) v++;
  }
  if (v >= *e) return 0;
  if (o[1] == 'a') { /* redis-cli -a pw: the server's password (batch 26) */
    if (!cli_command(t, *s, redis)) return 0;
  } else if (spaced == 0 && !cli_command(t, *s, mysql)) {
    return 0;
  }
  if (spaced == 1 && o[1] == 'p' && !cli_command(t, *s, p_space)) return 0;
  *s = v;
  if ((t[*s] == '\'' || t[*s] == '"') && t[*e - 1] == t[*s]) { /* -p'secret' */
    (*s)++;
    (*e)--;
  } else if (t[*e - 1] == '.') {
    (*e)--; /* a sentence's full stop */
  }
  if (strchr("$<{*%", t[*s])) return 0; /* a variable or a placeholder */
  return *e - *s >= 4 && *e - *s <= 128;
}

/* A webhook URL's secret: the last path segment, the whole of it (no
 * letter or digit after the match). */
static int chk_webhook(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  if (*e < len && (isalnum((unsigned char)t[*e]) || t[*e] == '_' || t[*e] == '-')) return 0;
  size_t k = *e;
  while (k > *s && t[k - 1] != '/') k--;
  if (*e - k < 20) return 0;
  *s = k;
  return 1;
}

static int chk_secret_url(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  const char *p = t + *s, *end = t + *e, *sch = NULL;
  for (const char *q = p; q + 3 <= end; q++)
    if (q[0] == ':' && q[1] == '/' && q[2] == '/') sch = q + 3;
  if (!sch || end[-1] != '@') return 0;
  /* the user may be empty: "redis://:secret@host" */
  const char *colon = memchr(sch, ':', (size_t)(end - sch));
  if (!colon) return 0;
  const char *v = colon + 1, *ve = end - 1;
  if (ve - v < 3 || ve - v > 128 || strchr("$<{*%", *v)) return 0;
  if (memchr(v, '/', (size_t)(ve - v))) return 0;
  /* the user information ends at the last '@' before the host: a password
   * may hold one ("postgres://app:185Guq@L@10.40.12.7:5432/db") */
  for (size_t k = *e; k < len && !strchr(" \t\r\n/\"'<>", t[k]); k++)
    if (t[k] == '@') return 0;
  *s = (size_t)(v - t);
  *e = (size_t)(ve - t);
  return 1;
}

/* The length of the separator of a field's value at i: a colon, or a dash
 * between spaces as lab reports write it ("HBsAg — müsbət", "Anti-HCV -
 * mənfi"; the space after it is left); 0 when there is none. */
static size_t field_sep(const char *t, size_t len, size_t i) {
  if (i < len && t[i] == ':') return 1;
  if (i + 2 >= len || t[i] != ' ') return 0;
  size_t d = 0;
  if (t[i + 1] == '-')
    d = 1;
  else if (i + 4 < len && (unsigned char)t[i + 1] == 0xE2 && (unsigned char)t[i + 2] == 0x80 &&
           ((unsigned char)t[i + 3] == 0x93 || (unsigned char)t[i + 3] == 0x94))
    d = 3; /* an en or em dash */
  return d && t[i + 1 + d] == ' ' ? d + 1 : 0;
}

/* A dot leader at i, " ........ " between a lab test and its result
 * (batch 31): its length up to the space after the dots, or 0. */
static size_t dot_leader(const char *t, size_t len, size_t i) {
  if (i + 4 >= len || t[i] != ' ' || t[i + 1] != '.' || t[i + 2] != '.' || t[i + 3] != '.')
    return 0;
  size_t k = i + 1;
  while (k < len && t[k] == '.') k++;
  return k < len && t[k] == ' ' ? k - i : 0;
}

/* A tab or two spaces at i: the gap between two columns of a table. */
static int table_gap(const char *t, size_t len, size_t i) {
  return i + 1 < len && (t[i] == '\t' || (t[i] == ' ' && t[i + 1] == ' '));
}

/* A form field named by a special-category word and answered no
 * ("Engellilik Durumu: Yok", "Disability: None", "Əlillik: yoxdur",
 * "HIV-1/2 Ag/Ab: Non-reactive", "Anti-HCV — mənfi") says nothing about
 * the person: after the word (and the rest of its token, "-1/2"), at most
 * two more words, a separator (field_sep), and a "no" that ends its line
 * or clause. */
static int negated_field(const char *t, size_t len, size_t e) {
  static const char *const no[] = {"yok",
                                   "yoxdur",
                                   "yox",
                                   "none",
                                   "no",
                                   "n/a",
                                   "hay\xC4\xB1r",
                                   "xeyr",
                                   "-",
                                   "negative",
                                   "negatif",
                                   "NEGAT\xC4\xB0"
                                   "F",
                                   "m\xC9\x99nfi",
                                   "menfi",
                                   "non-reactive",
                                   "nonreactive",
                                   "not detected",
                                   NULL};
  size_t i = e;
  while (i < len && t[i] != ' ' && t[i] != ':' && t[i] != '\n' && t[i] != '\t') i++;
  /* the gap of a table's columns is a separator too ("Anti-HCV      mənfi",
   * "HIV-1/2 Ag/Ab          Nonreactive") */
  for (int w = 0;
       w < 3 && i < len && !field_sep(t, len, i) && !table_gap(t, len, i) && !dot_leader(t, len, i);
       w++) {
    if (t[i] != ' ') return 0;
    i++;
    while (i < len && t[i] != ' ' && t[i] != ':' && t[i] != '\n' && t[i] != '\t') i++;
  }
  size_t sep = table_gap(t, len, i) ? 1 : field_sep(t, len, i);
  if (!sep) sep = dot_leader(t, len, i);
  if (!sep) return 0;
  i += sep;
  while (i < len && (t[i] == ' ' || t[i] == '\t')) i++;
  for (int k = 0; no[k]; k++) {
    size_t n = strlen(no[k]);
    if (i + n <= len && strncasecmp(t + i, no[k], n) == 0 &&
        (i + n == len || strchr("\r\n,;. )", t[i + n])))
      return 1;
  }
  return 0;
}

/* Special-category words that say nothing about a person (te: the end of
 * the listed word, before any suffix; ts: its start):
 * - the start of another word: Turkish "-yor" makes a verb, never a case
 *   suffix ("sonra engelliyor": he blocks, not "engelli");
 * - a new facility: "new" / "yeni" and the word before a unit noun
 *   ("opens new dialysis unit"); a person's appointment at one is health
 *   data ("your appointment at the Diabetes Clinic");
 * - a form label whose answer names the condition itself ("Engellilik
 *   durumu: %40 işitme engelli", "Sabıka kaydı: ... hükümlü"): the answer
 *   is the finding, the label adds nothing. */
static int special_context_ok(const char *t, size_t len, size_t ts, size_t te) {
  if (te + 3 <= len && strncasecmp(t + te, "yor", 3) == 0) return 0;
  size_t we = te;
  while (we < len && gz_is_wordcp(gz_cp_at(t, len, we))) we++;
  static const char *const units[] = {
      " unit", " clinic", " department", " ward", " centre", " center", " poliklini",
      " klini", " b\xC3\xB6l\xC3\xBCm", " servis", " \xC3\xBCnite", " dispanser",
      " \xC5\x9F\xC3\xB6" "b\xC9\x99", NULL};
  int is_new = (ts >= 4 && strncasecmp(t + ts - 4, "new ", 4) == 0) ||
               (ts >= 5 && strncasecmp(t + ts - 5, "yeni ", 5) == 0);
  for (int i = 0; units[i] && is_new; i++) {
    size_t n = strlen(units[i]);
    if (we + n <= len && strncasecmp(t + we, units[i], n) == 0) return 0;
  }
  /* at most two more words, a colon, then a special word on the line */
  size_t i = we;
  for (int w = 0; w < 3 && i < len && t[i] != ':'; w++) {
    if (t[i] != ' ') return 1;
    i++;
    while (i < len && t[i] != ' ' && t[i] != ':' && t[i] != '\n') i++;
  }
  if (i >= len || t[i] != ':') return 1;
  size_t le = i + 1;
  while (le < len && le - i < 150 && t[le] != '\n') le++;
  return !folded_has(t, i + 1, le, special_words);
}

/* A special-category word: the span runs to the end of its word, so a case
 * suffix ("kanserden", "diabetim") is covered too, and over a disease stage
 * written after it ("chronic kidney disease stage 3", "evre 4", "stage IIIb"). */
/* The words that qualify a diagnosis right before it ("Tip 1 diyabet",
 * "2-ci tip şəkərli diabet", "Kronik hepatit", "Akut miyokard
 * enfarktüsü"): the span takes them in (not a severity: "severe
 * shellfish allergy" stays "shellfish allergy"). */
static const char *const special_before[] = {
    "type 1",    "type 2",    "tip 1",     "tip 2",   "1-ci tip", "2-ci tip", "I tip",
    "II tip",    "chronic",   "kronik",    "xroniki", "acute",    "akut",     "k\xC9\x99skin",
    "essential", "essensial", "esansiyel", "lomber", "familial", "ailəvi", "ailesel",
    /* the eponym of a thyroiditis (batch 35): "Hashimoto tiroiditi" */
    "hashimoto", "hashimoto's", "early",
    /* the airways of an asthma (batch 39): "bronxial astma" */
    "bronxial", "bronşiyal", "bronchial",
    /* an arrest for the offence (batch 39): "arrest for driving under the
     * influence", as "arrest for DUI" is listed; "arrested for drink
     * driving" of en-b23-035 stays the offence alone) */
    "arrest for",
    /* an offence's degree (batch 26): "common assault" */
    "common",
    /* the organ of a cancer (batch 22): "meme kanseri", "breast cancer",
     * "süd vəzi xərçəngi" */
    "meme", "breast", "lung", "akciğer", "ağciyər", "prostate", "prostat", "bowel", "kolon",
    "colon", "süd vəzi", "mide", "mədə", "ovarian", "cervical", "pancreatic", "bladder", "mesane",
    /* batch 42: a disease's stage and an open operation ("advanced
     * Parkinson's disease", "open heart surgery"), and the language group
     * of a caste in a matrimonial ad ("Telugu Brahmin") */
    "advanced", "open", "telugu", "tamil", "kannada", "marathi", "bengali", "gujarati",
    NULL};

/* Does the word w end at s, after a word boundary and before a space? */
static size_t word_before(const char *t, size_t s, const char *w) {
  size_t n = strlen(w);
  if (s < n + 1 || t[s - 1] != ' ' || strncasecmp(t + s - 1 - n, w, n) != 0) return 0;
  size_t b = s - 1 - n;
  if (b > 0 && gz_is_wordcp(gz_cp_before(t, b))) return 0;
  return n + 1;
}

/* The sentence around t[s..e): back to a line break or the ". ", "! ",
 * "? " before it, forward to the next one; at most 240 bytes each way. */
static void sentence_of(const char *t, size_t len, size_t s, size_t e, size_t *a, size_t *b) {
  size_t i = s;
  while (i > 0 && s - i < 240 && t[i - 1] != '\n' &&
         !(i >= 2 && t[i - 1] == ' ' && (t[i - 2] == '.' || t[i - 2] == '!' || t[i - 2] == '?')))
    i--;
  size_t j = e;
  while (j < len && j - e < 240 && t[j] != '\n' &&
         !((t[j] == '.' || t[j] == '!' || t[j] == '?') &&
           (j + 1 == len || t[j + 1] == ' ' || t[j + 1] == '\n' || t[j + 1] == '\r')))
    j++;
  *a = i;
  *b = j;
}

/* folded_has for a whole sentence (up to 500 bytes) */
static int sentence_has(const char *t, size_t a, size_t b, const char *const *words) {
  char f[512];
  size_t n = gz_fold_key(t + a, b - a, f, sizeof f - 1);
  f[n] = 0;
  for (int i = 0; words[i]; i++)
    for (const char *q = strstr(f, words[i]); q; q = strstr(q + 1, words[i]))
      if (q == f || (!isalnum((unsigned char)q[-1]) && (unsigned char)q[-1] < 0x80)) return 1;
  return 0;
}

/* Words that tie an offence to a person: a charge, a verdict, a record, a
 * custody (folded: lower case, plain i). */
static const char *const offence_roles[] = {
    "convict",    "charge",      "guilty",     "sentence", "arrest",  "defendant", "accused",
    "admit",      "record",      "offence",    "offense",  "suspect", "custody",   "remand",
    "bail",       "suç",         "sani",       "şüpheli",  "hükümlü", "sabika",    "yakalan",
    "gözalti",    "tutuklan",    "cinayət",    "təqsir",   "məhkum",  "həbs",      "ittiham",
    "saxlanilib", "saxlanilmiş", "saxlanildi", "previous for", "previous conviction",
    /* batch 28: release on licence ("on parole for theft"; not "probation",
     * an employee's trial period too) */
    "parole", "denetimli serbestlik", "şartlı tahliye",
    /* batch 29: "on probation for theft" (the offence named after it) */
    "probation for", NULL};
/* An offence told as an event or a statistic, not as someone's record:
 * "Officers investigating a burglary", "burglary rates rose". */
static const char *const offence_events[] = {"investigat", "appeal",     "rates",      "rate of",
                                             "statistic",  "figures",    "prevention", "reports of",
                                             "incident",   "oran",       "istatistik", "artış",
                                             "önleme",     "statistika", "artım",      NULL};
/* A condition told as general information, about a group or a population
 * (a health article, an allergen notice): "affects 4 million people",
 * "Çölyak hastaları için", "yetkin əhalinin üçdə birində", "genellikle".
 * Folded words; "hastalar" and "xəstələr" are the plural "patients". */
static const char *const health_general[] = {
    "million",  "people",        "experts",     "population", "patients",   "sufferers",
    "usually",  "generally",     "may contain", "worldwide",  "milyon",     "insanlar",
    "uzmanlar", "nüfus",         "hastalar",    "genellikle", "içerebilir", "toplum",
    "əhali",    "mütəxəssislər", "xəstələr",    "adətən",     "rast gəlin", "ehtiva",
    "adults",   "1 in ",         "one in ",     "yetişkin",   "böyüklər",
    /* the residents of a street or a building as a group, "özellikle
     * engelli ve yaşlı sakinler" (batch 33) */
    "sakinler", "sakinlər",      "residents",   NULL};
/* ... unless the same sentence is about someone: "my", "I have", "he
 * has", a relative, a patient field, a diagnosis. */
static const char *const health_person[] = {
    "my",     "i have",  "i've",     "i'm",       "i am",      "i was",    "he has", "she has",
    "he was", "she was", "patient:", "diagnosed", "diagnosis", "tani",     "teşhis", "hasta:",
    "benim",  "bende",   "annem",    "babam",     "eşim",      "oğlum",    "kizim",  "diaqnoz",
    "mənim",  "məndə",   "anam",     "atam",      "xəstə:",    "pasiyent",
    /* batch 35: "She is also being investigated for early Alzheimer's
     * dementia, so her daughter usually attends" */
    "she is", "he is", "investigated for",
    /* batch 39: a cause of death of a named decedent, "Ölüm sebebi (nüfus
     * kaydı beyanı): akciğer kanseri" ("nüfus" is the register there, no
     * population) */
    "ölüm sebebi", "ölüm nedeni", "ölümün səbəbi", "cause of death", NULL};
/* The listed offences and sentences (prefixes of the listed words), for
 * special_general. */
static const char *const offence_words[] = {
    "nitelikli dolan", "nitelikli h", "kasten yaralama", "uyuşturucu madde",
    "possession",      "narkotik",    "burglary",        "hırsızlık",
    "driving under",   "drink",       "alkollü araç",    "hapis",
    "imprisonment",    "həbs",        "azadlıqdan",      "receiving stolen",
    "handling stolen", "operating under", NULL};

/* Offences whose words are everyday words too ("fraud warning", "tehdit
 * altında", "oğurluq hadisələri"): a finding only with a charge, verdict,
 * record or suspect in the sentence (offence_roles). */
static const char *const offence_gated[] = {"assault",         "theft",
                                            "robbery",         "shoplifting",
                                            "fraud",           "murder",
                                            "manslaughter",    "harassment",
                                            "criminal damage", "possession of a class",
                                            "driving while",   "dangerous driving",
                                            "stalking",        "arson",
                                            "dolandırıcılık",  "tehdit",
                                            "hakaret",         "yağma",
                                            "kasten öldürme",  "cinsel saldırı",
                                            "dələduzluq",      "oğurluq",
                                            "quldurluq",       "qəsdən adam",
                                            "xuliqanlıq",      "qanunsuz",
                                            "xuliqanlığ",      "oğurluğ",
                                            "dələduzluğ",      "quldurluğ",
                                            "saxtalaşdırıl",   "sahtecilik",
                                            "leaving the scene", "mənimsəmə",
                                            "ısrarlı takip",
                                            "uyuşturucu madde kullan",
                                            "money laundering", "kara para aklama",
                                            "çirkli pulların", NULL};
/* An eyewitness verb: "I saw ... assaulting a taxi driver" tells what a
 * person did, as a charge does (for the "-ing" form of an offence). */
static const char *const offence_seen[] = {"saw", "seen", "witnessed", "watched", NULL};

/* Does the text at s start with one of `words` (both folded by
 * gz_fold_key, so any letter case matches)? */
static int word_is(const char *t, size_t len, size_t s, const char *const *words) {
  char f[32];
  size_t n = gz_fold_key(t + s, len - s < 30 ? len - s : 30, f, sizeof f - 1);
  f[n] = 0;
  for (int i = 0; words[i]; i++) {
    /* a word starting with an ASCII byte folds to its lower case there:
     * compare that first (exact, and spares most folds) */
    unsigned char w0 = (unsigned char)words[i][0];
    if (w0 < 0x80 && (w0 >= 'A' && w0 <= 'Z' ? w0 + 32 : w0) != (unsigned char)f[0]) continue;
    char g[32];
    size_t m = gz_fold_key(words[i], strlen(words[i]), g, sizeof g - 1);
    if (m <= n && memcmp(f, g, m) == 0) return 1;
  }
  return 0;
}

/* The article of a criminal code right before s: "CM 178.3.2 (", "TCK
 * 191 - ", "TCK 86/2 " (batch 29). */
static int code_article_before(const char *t, size_t s) {
  size_t k = s;
  if (k >= 1 && t[k - 1] == '(')
    k -= 1;
  else if (k >= 3 && t[k - 1] == ' ' && t[k - 2] == '-' && t[k - 3] == ' ')
    k -= 3;
  else
    return 0;
  if (k >= 1 && t[k - 1] == ' ') k--;
  size_t d = k;
  while (d > 0 && k - d < 12 &&
         (is_digit((unsigned char)t[d - 1]) || t[d - 1] == '.' || t[d - 1] == '/'))
    d--;
  if (d == k || !is_digit((unsigned char)t[d]) || d < 3 || t[d - 1] != ' ') return 0;
  return (d >= 3 && !strncmp(t + d - 3, "CM", 2)) || (d >= 4 && !strncmp(t + d - 4, "TCK", 3));
}

/* Does a special word at [s, e) name no one's health or record? An
 * offence as an event or statistic with no charge, verdict or record in
 * its sentence ("Officers investigating a burglary"); a condition in a
 * sentence about a group or population and not about someone ("Type 2
 * diabetes now affects more than 4 million people"). */
static int special_general(const char *t, size_t len, size_t s, size_t e) {
  size_t a, b;
  sentence_of(t, len, s, e, &a, &b);
  /* batch 29: an offence by its statutory name, "Fraud by false
   * representation", is always the offence; one written after the
   * article of a code, "CM 178.3.2 (dələduzluq)", "TCK 191 - Uyuşturucu
   * madde kullanmak", is charged */
  static const char *const named[] = {"fraud by", "assault occasioning", "assault by beating",
                                      NULL};
  if (word_is(t, len, s, named) || code_article_before(t, s)) return 0;
  /* the offence line of a police incident report ("Date/Time Reported:
   * ...   Offense: Burglary of Vehicle", batches 40 and 49): the incident
   * reported by its victim, no one's record unless a suspect, an arrest
   * or a charge is on the line */
  static const char *const reported[] = {"time reported", "date reported", NULL};
  static const char *const suspected[] = {"suspect", "arrest", "charge", "defendant",
                                          "accused", "custody", NULL};
  if ((word_is(t, len, s, offence_gated) || word_is(t, len, s, offence_words)) &&
      sentence_has(t, a, b, reported) && !sentence_has(t, a, b, suspected))
    return 1;
  if (word_is(t, len, s, offence_gated)) {
    size_t we = e; /* the name of a statute, "the Fraud Act 2006", is no offence */
    while (we < len && gz_is_wordcp(gz_cp_at(t, len, we))) we++;
    if (we + 4 < len && strncmp(t + we, " Act ", 5) == 0) return 1;
    if (sentence_has(t, a, b, offence_roles)) return 0;
    int ing = we - s > 3 && strncmp(t + we - 3, "ing", 3) == 0;
    return !(ing && sentence_has(t, a, b, offence_seen));
  }
  if (word_is(t, len, s, offence_words)) {
    if (sentence_has(t, a, b, offence_roles)) return 0;
    int article = word_before(t, s, "a") || word_before(t, s, "an") || word_before(t, s, "the");
    return article || sentence_has(t, a, b, offence_events);
  }
  return sentence_has(t, a, b, health_general) && !sentence_has(t, a, b, health_person);
}

/* An offence charged under its statute, "pleaded guilty to fraud by false
 * representation contrary to section 2 of the Fraud Act 2006", "Charged
 * with burglary of a dwelling contrary to s.9(1)(b) Theft Act 1968": the
 * listed "contrary to s" at s; the span runs from after the charge words
 * to the Act and its year. No charge words in the sentence, no offence. */
static int special_statute(const char *t, size_t len, size_t *s, size_t *e) {
  size_t k = *s + 12; /* after "contrary to " */
  if (k + 9 <= len && strncasecmp(t + k, "section ", 8) == 0)
    k += 8;
  else if (k + 2 < len && (t[k + 1] == '.' || t[k + 1] == ' '))
    k += 2;
  if (k >= len || !is_digit((unsigned char)t[k])) return 0;
  size_t end = 0;
  for (size_t i = k; i + 8 < len && i - k < 100 && t[i] != '\n'; i++)
    if (strncmp(t + i, " Act ", 5) == 0 && is_digit((unsigned char)t[i + 5]) &&
        is_digit((unsigned char)t[i + 6]) && is_digit((unsigned char)t[i + 7]) &&
        is_digit((unsigned char)t[i + 8])) {
      end = i + 9;
      break;
    }
  if (!end || (end < len && gz_is_wordcp(gz_cp_at(t, len, end)))) return 0;
  static const char *const charge[] = {
      "guilty to ", "guilty of ",  "charged with ", "convicted of ", "accused of ", "arrested for ",
      "charge of ", "offence of ", "admitted ",     "count of ",     NULL};
  size_t a, b, from = 0;
  sentence_of(t, len, *s, *s, &a, &b);
  for (size_t i = a; i < *s; i++)
    for (int w = 0; charge[w]; w++) {
      size_t n = strlen(charge[w]);
      if (i + n <= *s && strncasecmp(t + i, charge[w], n) == 0 &&
          (i == 0 || !gz_is_wordcp(gz_cp_before(t, i))))
        from = i + n;
    }
  if (!from || from + 1 >= *s) return 0;
  *s = from;
  *e = end;
  return 1;
}

/* An infection marker with its result, "HBsAg: Reaktif (pozitif)",
 * "Anti-HCV: POZİTİF": the result says what the person has, so the span
 * runs over it to the end of its field (a negative one is dropped before,
 * see negated_field). */
/* A test marker named in a JSON resource, its result in a field of the
 * same object further on, as FHIR Observations write them:
 * {"code":{"text":"HIV-1/2 Ag/Ab"},"subject":{...},"valueString":"Reactive"}.
 * The marker at s opens a JSON string after a "text" or "display" key;
 * the result is the first "valueString" or "interpretation" text up to
 * 400 bytes on, on the same line. Returns 1 with the result's bounds in
 * *vs, *ve when it is positive (the finding: the result says the person
 * has it), -1 when it is negative (no finding), 0 otherwise. */
static int json_marker_result(const char *t, size_t len, size_t s, size_t *vs, size_t *ve) {
  static const char *const markers[] = {"hbsag", "anti-hcv", "hiv", NULL};
  if (s < 9 || t[s - 1] != '"' || !word_is(t, len, s, markers)) return 0;
  if (memcmp(t + s - 8, "\"text\":\"", 8) != 0 &&
      (s < 11 || memcmp(t + s - 11, "\"display\":\"", 11) != 0))
    return 0;
  static const char *const keys[] = {"\"valueString\":\"", "\"interpretation\":{\"text\":\"", NULL};
  size_t z = s + 400 < len ? s + 400 : len;
  for (size_t i = s; i < z && t[i] != '\n'; i++) {
    if (t[i] != '"') continue;
    for (int k = 0; keys[k]; k++) {
      size_t n = strlen(keys[k]);
      if (i + n > z || memcmp(t + i, keys[k], n) != 0) continue;
      size_t a = i + n, b = a;
      while (b < z && t[b] != '"' && t[b] != '\n') b++;
      if (b >= z || t[b] != '"' || b == a) return 0;
      static const char *const pos[] = {"reactive", "positive", "detected", "reaktiv",
                                        "pozitif",  "müsbət",   NULL};
      static const char *const neg[] = {"non-reactive", "nonreactive", "negative", "not detected",
                                        "negatif",      "mənfi",       NULL};
      if (word_is(t, len, a, neg)) return -1;
      if (!word_is(t, len, a, pos)) return 0;
      *vs = a;
      *ve = b;
      return 1;
    }
  }
  return 0;
}

/* A marker in a lab table's row, its positive result in the next column
 * after the rest of its name ("HBsAg (ELİSA)      MÜSBƏT      mənfi",
 * "Chlamydia trachomatis    DETECTED    A"): the end of the result, or 0
 * when the row gives no positive result there (a negative one is dropped
 * before, see negated_field). */
static size_t table_result_end(const char *t, size_t len, size_t f) {
  static const char *const pos[] = {"reactive", "positive", "detected", "reaktiv", "reaktif",
                                    "pozitif",  "pozitiv",  "müsbət",   NULL};
  /* a dot leader between the name and the result (batch 31: "Anti-HCV
   * .......... müsbət (Hepatit C)") is the gap */
  if (dot_leader(t, len, f)) {
    f += dot_leader(t, len, f);
    goto result;
  }
  /* up to two more words of the name, one of them in brackets */
  for (int w = 0; w < 2 && f + 1 < len && t[f] == ' ' && !table_gap(t, len, f); w++) {
    size_t g = f + 1;
    if (t[g] == '(') {
      while (g < len && g - f < 24 && t[g] != ')' && t[g] != '\n') g++;
      if (g >= len || t[g] != ')') return 0;
      g++;
    } else
      while (g < len && g - f < 24 && t[g] != ' ' && t[g] != '\t' && t[g] != '\n') g++;
    f = g;
  }
  if (!table_gap(t, len, f)) return 0;
result:
  while (f < len && (t[f] == ' ' || t[f] == '\t')) f++;
  if (f >= len || !word_is(t, len, f, pos)) return 0;
  size_t k = f;
  while (k < len && gz_is_wordcp(gz_cp_at(t, len, k)))
    for (k++; k < len && ((unsigned char)t[k] & 0xC0) == 0x80;) k++;
  return k;
}

static size_t marker_result_end(const char *t, size_t len, size_t s, size_t e) {
  /* batch 31: a hepatitis antibody row, "Hepatitis C Ab: REACTIVE" */
  static const char *const markers[] = {"hbsag", "anti-hcv", "hiv", "hepatitis", "hepatit", NULL};
  static const char *const sti[] = {"chlamydia", "gonorr", "syphilis", NULL};
  if (word_is(t, len, s, sti)) {
    size_t k = table_result_end(t, len, e);
    return k ? k : e;
  }
  if (!word_is(t, len, s, markers)) return e;
  {
    size_t f = e;
    while (f < len && f - e < 12 && t[f] != ' ' && t[f] != ':' && t[f] != '\n' && t[f] != '"') f++;
    size_t k = table_result_end(t, len, f);
    if (k) return k;
  }
  /* the rest of the test's name, "HIV-1/2 Ag/Ab: REAKTİV" (batch 23) */
  size_t f = e;
  while (f < len && f - e < 12 && t[f] != ' ' && t[f] != ':' && t[f] != '\n' && t[f] != '"') f++;
  if (!field_sep(t, len, f) && f + 1 < len && t[f] == ' ') {
    size_t g = f + 1;
    while (g < len && g - f < 12 && t[g] != ' ' && t[g] != ':' && t[g] != '\n' && t[g] != '"') g++;
    if (g < len && t[g] == ':') f = g;
  }
  size_t sep = field_sep(t, len, f);
  if (!sep) return e;
  size_t i = f + sep;
  while (i < len && (t[i] == ' ' || t[i] == '\t')) i++;
  size_t v = i, last = 0;
  while (i < len && i - v < 60 && t[i] != '\n' && t[i] != '\r' && t[i] != ';' && t[i] != ',') {
    /* a dash after a space starts another clause: "REACTIVE — HIV
     * positive, confirmatory test ordered" */
    if (field_sep(t, len, i) > 1) break;
    if (t[i] != ' ' && t[i] != '\t') last = i + 1;
    i++;
  }
  return last > v ? last : e;
}

/* The length of a sentence's term written before it, "18 months'", "1 yıl
 * 3 ay", "3 il": pairs of a number and a unit of time, counted back from
 * s (which follows a space); 0 when there is none. */
static size_t term_before(const char *t, size_t s) {
  static const char *const units[] = {"months'", "months’", "years'", "years’", "weeks'", "weeks’",
                                      "months",  "years",   "yıl",    "ay",     "il",     NULL};
  size_t b = s;
  for (int pair = 0; pair < 3; pair++) {
    size_t n = 0;
    for (int u = 0; units[u] && !n; u++) n = word_before(t, b, units[u]);
    if (!n) {
      if (pair && (n = word_before(t, b, "and")) && b - n > 0) {
        b -= n; /* "2 years and 3 months'" */
        pair--;
        continue;
      }
      break;
    }
    size_t k = b - n; /* at the unit */
    if (k < 2 || t[k - 1] != ' ' || !is_digit((unsigned char)t[k - 2])) break;
    size_t d = k - 1;
    while (d > 0 && is_digit((unsigned char)t[d - 1])) d--;
    if (d > 0 && gz_is_wordcp(gz_cp_before(t, d))) break;
    b = d;
  }
  return s - b;
}

/* The object of an offence written as an act on it, before the act: a
 * genitive ("narkotik vasitələrin qanunsuz saxlanması", "sənədlərin
 * saxtalaşdırılması") or a locative ("resmi belgede sahtecilik") word,
 * and one modifier of the listed kinds before it. Returns the new start. */
static const char *const offence_acts[] = {"qanunsuz", "saxtalaşdırıl", "sahtecilik", NULL};
static size_t offence_object(const char *t, size_t s) {
  static const char *const mods[] = {"narkotik",   "psixotrop", "odlu",  "soyuq",
                                     "partlayıcı", "resmi",     "rəsmi", "özel",
                                     "xüsusi",     "sahte",     NULL};
  if (s < 5 || t[s - 1] != ' ') return s;
  size_t we = s - 1, ws = we;
  for (int32_t c; ws > 0 && gz_is_wordcp(c = gz_cp_before(t, ws));)
    ws -= c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  size_t n = we - ws;
  int32_t c0 = gz_cp_at(t, we, ws); /* a noun, not a name: lower case */
  if (n < 4 || !((c0 >= 'a' && c0 <= 'z') || c0 == 0xE7 || c0 == 0x11F || c0 == 0x131 ||
                 c0 == 0xF6 || c0 == 0x15F || c0 == 0xFC || c0 == 0x259))
    return s;
  /* the suffix: -(n)ın/in/un/ün, -da/de/ta/te/də */
  int32_t v = gz_cp_before(t, we - 1);
  int gen = t[we - 1] == 'n' && (v == 'i' || v == 'u' || v == 0x131 || v == 0xFC);
  int32_t l = gz_cp_before(t, we);
  size_t ll = l < 0x80 ? 1 : 2;
  int loc =
      (l == 'a' || l == 'e' || l == 0x259) && (t[we - ll - 1] == 'd' || t[we - ll - 1] == 't');
  if (!gen && !loc) return s;
  for (int m = 0; mods[m]; m++) {
    size_t k = word_before(t, ws, mods[m]);
    if (k) return ws - k;
  }
  return ws;
}

/* What a charge sheet writes right after an offence: the article of the
 * code in brackets ("Hırsızlık (TCK 141)") and the class of a drug
 * ("possession with intent to supply a Class B drug"; the listed
 * "possession of a class" ends at its "Class"), and the kind of building
 * of a burglary ("burglary of a dwelling", Theft Act 1968 s.9). */
static size_t offence_tail(const char *t, size_t len, size_t e) {
  /* what was left: "leaving the scene of property damage", "... of an
   * accident" (up to four lower-case words) */
  if (e >= 9 && strncmp(t + e - 9, "the scene", 9) == 0 && e + 4 < len &&
      strncmp(t + e, " of ", 4) == 0) {
    size_t k = e + 3, end = e;
    for (int w = 0; w < 4 && k + 1 < len && t[k] == ' ' && t[k + 1] >= 'a' && t[k + 1] <= 'z';
         w++) {
      k++;
      while (k < len && t[k] >= 'a' && t[k] <= 'z') k++;
      end = k;
    }
    if (end > e + 4 && (end == len || !gz_is_wordcp(gz_cp_at(t, len, end)))) return end;
  }
  if (e + 6 < len && strncmp(t + e, " (TCK ", 6) == 0) {
    size_t k = e + 6;
    while (k < len && k - e < 24 && t[k] != ')' && t[k] != '\n') k++;
    if (k < len && t[k] == ')') return k + 1;
  }
  if (e + 14 <= len && strncmp(t + e, " of a dwelling", 14) == 0 &&
      (e + 14 == len || !gz_is_wordcp(gz_cp_at(t, len, e + 14))))
    return e + 14;
  size_t c = e >= 8 && strncmp(t + e - 8, " a Class", 8) == 0 ? e - 8 : e;
  if (c + 15 <= len && strncmp(t + c, " a Class ", 9) == 0 && t[c + 9] >= 'A' && t[c + 9] <= 'C' &&
      strncmp(t + c + 10, " drug", 5) == 0) {
    size_t k = c + 15;
    if (k < len && t[k] == 's') k++;
    if (k == len || !gz_is_wordcp(gz_cp_at(t, len, k))) return k;
  }
  return e;
}

static const char *const crim_case[] = {"cinayət işi", NULL};
/* The sides and body parts of an injury's site (site_before, site_after):
 * stems, so a case suffix is taken in. */
static const char *const site_sides[] = {"left", "right", "upper", "lower", "bilateral",
                                         "sol",  "sağ",   "üst",   "alt",   NULL};
static const char *const site_parts[] = {
    "hip",    "knee",   "wrist",   "ankle",   "shoulder", "elbow",   "femur",  "femoral",
    "rib",    "skull",  "pelvic",  "pelvis",  "spinal",   "vertebr", "clavic", "collarbone",
    "tibia",  "fibula", "humer",   "radius",  "nasal",    "jaw",     "kalça",  "diz",
    "bilek",  "bilə",   "ayak",    "ayağ",    "ayaq",     "bacak",   "omuz",   "çiyin",
    "dirsek", "dirsək", "kaburga", "qabırğa", "kafatas",  "kəllə",   "leğen",  "uyluk",
    "bud",    "sümü",   "kemi",    "oynağ",   "oynak",    "eklem",   "menisk", "lobe",
    "beyin",  "omurga", "onurğa",  "göz",     "chest",    "head",    "neck",   "back",
    "spine",  "facial", "boyun",   "boyn",    "göğüs",    "sinə",    "baş",    "arm",
    "leg",    "hand",   "foot",    "nose",    "burun",
    /* fingers and toes, "sol el 2. ve 3. parmak kırığı" (batch 56) */
    "parmak", "barmaq", "finger", "toe",      "thumb",    NULL};
/* The body site written before an injury or a mass ("left hip
 * fracture", "sol diz oynağında menisk zədəsi", "right upper lobe
 * mass"): up to four words back, each a side or a body part (a stem, so a
 * case suffix is taken in). Returns the new start, or SIZE_MAX when it is an
 * injury that names no body part ("stress fracture", "cam kırığı",
 * "avtomobilin zədəsi") before it or in the four words after it. */
static size_t site_before(const char *t, size_t len, size_t s) {
  static const char *const sited[] = {"fracture", "kırığı", "sınığı",   "zədəsi",    "injur",
                                      "incinme",  "menisk", "meniscus", "lobe mass", NULL};
  static const char *const gated[] = {"fracture", "kırığı",  "sınığı", "zədəsi",
                                      "injur",    "incinme", NULL};

  if (!word_is(t, len, s, sited)) return s;
  int part = 0;
  size_t b = s, keep = s;
  for (int w = 0; w < 5 && b >= 2 && t[b - 1] == ' '; w++) {
    size_t ws = b - 1;
    while (ws > 0 && t[ws - 1] != ' ' && t[ws - 1] != '\n' && b - 1 - ws < 30) ws--;
    char f[40];
    size_t n = gz_fold_key(t + ws, b - 1 - ws, f, sizeof f - 1), hit = 0;
    f[n] = 0;
    for (int i = 0; site_sides[i] && !hit; i++)
      if (strcmp(f, site_sides[i]) == 0) hit = 1;
    for (int i = 0; site_parts[i] && !hit; i++) {
      size_t m = strlen(site_parts[i]);
      if (m <= n && n - m <= 8 && memcmp(f, site_parts[i], m) == 0) hit = 2;
    }
    /* after a body part, its ordinals and "and": "2. ve 3. parmak",
     * "2nd and 3rd finger" (batch 56) */
    if (!hit && part && (strcmp(f, "ve") == 0 || strcmp(f, "and") == 0))
      hit = 3; /* taken in only with an ordinal or a body part before it */
    if (!hit && part &&
        ((n >= 2 && n <= 4 && f[n - 1] == '.' && f[0] >= '0' && f[0] <= '9') ||
         strcmp(f, "2nd") == 0 || strcmp(f, "3rd") == 0 || strcmp(f, "4th") == 0))
      hit = 4;
    if (!hit) break;
    part |= hit == 2;
    b = ws;
    if (hit != 3) keep = b;
  }
  if (!part && word_is(t, len, s, gated)) {
    /* or after it, in the next four words: "fractured neck of femur",
     * "fracture of the left wrist" */
    size_t i = s;
    while (i < len && t[i] != ' ' && t[i] != '\n') i++;
    for (int w = 0; w < 4 && i + 1 < len && t[i] == ' '; w++) {
      size_t ws = ++i;
      while (i < len && t[i] != ' ' && t[i] != '\n' && i - ws < 30) i++;
      char f[40];
      size_t n = gz_fold_key(t + ws, i - ws, f, sizeof f - 1);
      f[n] = 0;
      for (int k = 0; site_parts[k]; k++) {
        size_t m = strlen(site_parts[k]);
        if (m <= n && n - m <= 8 && memcmp(f, site_parts[k], m) == 0) return b;
      }
    }
    return SIZE_MAX;
  }
  return keep;
}

/* The site after "fractured" ("a fractured left wrist", "fractured
 * his ankle", "fractured ribs"): a possessive, up to two sides, then a body
 * part, which ends the span; 0 when no body part follows ("fractured
 * relations"). */
static size_t site_after(const char *t, size_t len, size_t e) {
  static const char *const poss[] = {"his", "her", "my", "their", "both", NULL};
  size_t i = e;
  for (int w = 0; w < 4 && i + 1 < len && t[i] == ' '; w++) {
    size_t ws = i + 1, we = ws;
    while (we < len && we - ws < 30 && gz_is_wordcp(gz_cp_at(t, len, we))) we++;
    char f[40];
    size_t n = gz_fold_key(t + ws, we - ws, f, sizeof f - 1);
    f[n] = 0;
    int hit = 0;
    for (int k = 0; poss[k] && !hit && w == 0; k++) hit = strcmp(f, poss[k]) == 0;
    for (int k = 0; site_sides[k] && !hit; k++) hit = strcmp(f, site_sides[k]) == 0;
    if (hit) {
      i = we;
      continue;
    }
    for (int k = 0; site_parts[k]; k++) {
      size_t m = strlen(site_parts[k]);
      if (m <= n && n - m <= 2 && memcmp(f, site_parts[k], m) == 0) return we;
    }
    return 0;
  }
  return 0;
}

/* A flu is everyone's season ("qripin ilk əlamətləri", "grip nedeniyle
 * hekime başvuruyor"): a finding only when told as someone's, the word
 * followed by "I was" / "I had" ("qripp idim", "grip oldum"). */
static int illness_told(const char *t, size_t len, size_t s, size_t e) {
  static const char *const common[] = {"qrip", "grip", "covid", NULL};
  static const char *const told[] = {
      "pozitif", "positive", "müsbət", /* a test's result (batch 40) */
      "idim ",   "idim,",    "idim.",    "idi ",    "idi.",  "olmuşam", "olmuşdum", "oldum", "olub",
      "olmuşdu", "olmuş ",   "olmuştum", "geçirdi", "oldu ", "oldu.",   "oldu,",    NULL};
  if (!word_is(t, len, s, common)) return 1;
  if (e + 1 >= len || t[e] != ' ') return 0;
  return word_is(t, len, e + 1, told);
}

/* A question put to the reader of a form, "Have you ever been treated for
 * cancer, heart disease or mental illness? No": it names conditions, not
 * the person's, unless answered yes. */
static int asked_question(const char *t, size_t len, size_t s, size_t e) {
  static const char *const openers[] = {
      "have you ever",      "have you had", "do you have", "do you suffer",
      "has anyone in your", "are you",      NULL};
  static const char *const yes[] = {"yes", "evet", "bəli", NULL};
  size_t a, b;
  sentence_of(t, len, s, e, &a, &b);
  if (b >= len || t[b] != '?') return 0;
  while (a < s && (t[a] == ' ' || t[a] == '\t')) a++;
  if (!word_is(t, len, a, openers)) return 0;
  size_t k = b + 1;
  while (k < len && (t[k] == ' ' || t[k] == '\t')) k++;
  return !(k < len && word_is(t, len, k, yes));
}

/* A disability with its rate before it: "%40 engelli", "40% disability"
 * (batch 26): the start of the rate, else s. */
static size_t rate_before(const char *t, size_t len, size_t s) {
  /* the kind of a disability too (batch 27): "%40 ortopedik engel" */
  static const char *const disab[] = {
      "engelli",         "disability",     "disabled",       "əlillik",
      "ortopedik engel", "zihinsel engel", "bedensel engel", NULL};
  if (s < 3 || t[s - 1] != ' ' || (t[s - 2] != '%' && !is_digit((unsigned char)t[s - 2])) ||
      !word_is(t, len, s, disab))
    return s;
  size_t k = s - 1;
  if (t[k - 1] == '%') {
    size_t d = k - 1;
    while (d > 0 && is_digit((unsigned char)t[d - 1])) d--;
    return d < k - 1 && (d == 0 || !gz_is_wordcp(gz_cp_before(t, d))) ? d : s;
  }
  size_t d = k;
  while (d > 0 && is_digit((unsigned char)t[d - 1])) d--;
  if (d == k || d == 0 || t[d - 1] != '%') return s;
  return d - 1;
}

/* A condition naming a field of work, not someone's health: "call re:
 * epilepsy trial" (a neurologist's contact card, batch 56), "diabetes
 * research", "cancer charity", "autism awareness" (the next word). */
static int research_topic(const char *t, size_t len, size_t e) {
  static const char *const topic[] = {"trial",       "trials",     "research", "awareness",
                                      "charity",     "foundation", "society",  "conference",
                                      "association", NULL};
  if (e + 1 >= len || t[e] != ' ') return 0;
  size_t k = e + 1;
  while (k < len && t[k] >= 'a' && t[k] <= 'z') k++;
  if (k < len && ((unsigned char)t[k] >= 0x80 || isalnum((unsigned char)t[k]))) return 0;
  for (int i = 0; topic[i]; i++)
    if (strlen(topic[i]) == k - e - 1 && memcmp(t + e + 1, topic[i], k - e - 1) == 0) return 1;
  return 0;
}

/* A disability word naming a document, "ENGELLİ RAPORU ALMAK İSTİYORUM",
 * "əlillik arayışı": the name of the paper, as "Sağlık raporu" is; also
 * of a procedure or a hiring quota (batch 26: "əlillik müəyyən edilməsi",
 * "engelli kontenjanı"). */
static int document_name(const char *t, size_t len, size_t s, size_t e) {
  static const char *const disab[] = {"engelli", "əlillik", NULL};
  /* also the procedure: "ƏLİLLİK MÜƏYYƏN EDİLMƏSİ ÜÇÜN MÜRACİƏT" (batch 26) */
  static const char *const docs[] = {"raporu", "arayışı", "belgesi", "müəyyən", "kontenjan", NULL};
  /* with its rate the report is someone's: "%40 engelli raporum var" */
  if (rate_before(t, len, s) != s) return 0;
  if (!(word_is(t, len, s, disab) && e + 1 < len && t[e] == ' ' && word_is(t, len, e + 1, docs)))
    return 0;
  /* ... or after it, "engelli raporu (%45)" (batch 56) */
  size_t k = e + 1;
  while (k < len && k - e < 24 && t[k] != ' ' && t[k] != '\n') k++;
  if (k + 2 < len && t[k] == ' ' && (t[k + 1] == '%' || (t[k + 1] == '(' && t[k + 2] == '%')))
    return 0;
  return 1;
}

/* More general information (batch 21): a share of adults ("1 in 10
 * adults in the UK has diabetes") and a disease's list of signs ("Kalp
 * krizi belirtileri: ... nefes darlığı"), unless the sentence is about
 * someone (health_person). Offences with a weapon are everyday news
 * words too: a finding only with a charge or a suspect (offence_roles). */
static int general_21(const char *t, size_t len, size_t s, size_t e) {
  static const char *const groups[] = {
      "adults",      "yetişkinler", "symptoms of", "symptoms include",
      "belirtileri", "əlamətləri",  NULL};
  static const char *const weapon[] = {"bıçakla yaralama", "silahla yaralama", NULL};
  size_t a, b;
  sentence_of(t, len, s, e, &a, &b);
  if (word_is(t, len, s, weapon)) return !sentence_has(t, a, b, offence_roles);
  /* an examination's conclusion, "ocaq - işemik insult əlamətləri.": the
   * signs follow the condition and end the sentence (no list after them) */
  static const char *const signs[] = {"əlamətləri.", "əlamətləri,", "belirtileri.",
                                      "belirtileri,", NULL};
  if (e + 1 < len && t[e] == ' ' && word_is(t, len, e + 1, signs)) return 0;
  /* "əlilliyi olan şəxslər": people with a disability, a group */
  static const char *const disab[] = {"əlilliyi olan ", NULL};
  if (word_is(t, len, s, disab)) {
    size_t k = e;
    while (k < len && t[k] != ' ') k++;
    k += 6; /* " olan " */
    size_t j = k;
    while (j < len && j - k < 40 && t[j] != ' ' && t[j] != ',' && t[j] != '.' && t[j] != '\n') j++;
    for (size_t i = k; i + 3 <= j; i++)
      if ((t[i] | 32) == 'l' &&
          (((t[i + 1] | 32) == 'a' && (t[i + 2] | 32) == 'r') ||
           (i + 4 <= j && (t[i + 3] | 32) == 'r' &&
            (!memcmp(t + i + 1, "\xC9\x99", 2) || !memcmp(t + i + 1, "\xC6\x8F", 2)))))
        return 1;
  }
  return sentence_has(t, a, b, groups) && !sentence_has(t, a, b, health_person);
}

/* The words before a condition that belong to it (batch 21): its course,
 * "worsening shortness of breath", and a disability's group, "I qrup
 * əlilliyim" (after special_before). */
static size_t before_21(const char *t, size_t s) {
  static const char *const words[] = {"worsening", "I qrup",    "II qrup",   "III qrup",
                                      "1-ci qrup", "2-ci qrup", "3-cü qrup", NULL};
  for (int w = 0; words[w]; w++) {
    size_t n = word_before(t, s, words[w]);
    if (n) return s - n;
  }
  return s;
}

/* The class of the drug after a drug offence without an article,
 * "conspiracy to supply class A drugs". */
static size_t class_drugs_tail(const char *t, size_t len, size_t s, size_t e) {
  static const char *const supply[] = {"conspiracy to supply", "possession", NULL};
  if (word_is(t, len, s, supply) && e + 14 <= len && strncasecmp(t + e, " class ", 7) == 0 &&
      t[e + 7] >= 'A' && t[e + 7] <= 'C' && strncmp(t + e + 8, " drug", 5) == 0) {
    size_t k = e + 13;
    if (k < len && t[k] == 's') k++;
    if (k == len || !gz_is_wordcp(gz_cp_at(t, len, k))) return k;
  }
  return e;
}

/* More words that name no one's record (batch 22):
 * - a criminal case given by its number, "Cinayət işi № 262051477" (the
 *   case of the notice's person is found where it is opened);
 * - a disability word before a facility, "engelli park yeri", "disability
 *   access", "əlillik rampası";
 * - "a stroke of luck", "a stroke of genius";
 * - a figure for a year or a country, "her yıl yaklaşık 24 bin kadına
 *   meme kanseri tanısı konmaktadır", "each year 1,200 people", unless the
 *   sentence speaks of someone (a narrower list than health_person: a
 *   diagnosis word is how the statistic is told);
 * - a condition in the quoted title of a leaflet, a guide or an article,
 *   'Leaflet given: "Pneumonia: what you need to know"'. */
static int general_22(const char *t, size_t len, size_t s, size_t e) {
  static const char *const crim[] = {"cinay\xC9\x99t i\xC5\x9Fi", NULL};
  static const char *const disab[] = {"engelli", "disability", "\xC9\x99lillik", NULL};
  static const char *const facility[] = {
      "park",         "otopark", "rampa",   "tuvalet", "wc",        "asans\xC3\xB6r",
      "giri\xC5\x9F", "yer",     "parking", "toilet",  "ramp",      "access",
      "bay",          "lift",    "parkinq", "tualet",  "dayanacaq", NULL};
  static const char *const stats[] = {"her yil",   "yilda",    "h\xC9\x99r il", "every year",
                                      "each year", "per year", "annually",      NULL};
  static const char *const self[] = {"my ",     "i have",       "i've",
                                     "i'm",     "i am",         "he has",
                                     "she has", "patient:",     "hasta:",
                                     "benim",   "bende",        "annem",
                                     "babam",   "m\xC9\x99nim", "m\xC9\x99nd\xC9\x99",
                                     "anam",    "atam",         "x\xC9\x99st\xC9\x99:",
                                     NULL};
  static const char *const pubs[] = {"leaflet", "brochure", "booklet", "guide",  "article",
                                     "titled",  "poster",   "webinar", "broşür", "kitapçık",
                                     "broşura", "kitabça",  "məqalə",  "makale", NULL};
  size_t k = e;
  while (k < len && gz_is_wordcp(gz_cp_at(t, len, k))) k++;
  if (word_is(t, len, s, crim) && k + 2 < len && t[k] == ' ' &&
      (!strncmp(t + k + 1, "\xE2\x84\x96", 3) || !strncmp(t + k + 1, "No", 2) ||
       !strncasecmp(t + k + 1, "n\xC3\xB6mr", 5)))
    return 1;
  if (word_is(t, len, s, disab) && k + 1 < len && t[k] == ' ' && word_is(t, len, k + 1, facility))
    return 1;
  if (e >= 6 && !strncasecmp(t + e - 6, "stroke", 6) && k + 4 <= len && !strncmp(t + k, " of ", 4))
    return 1;
  size_t a, b;
  sentence_of(t, len, s, e, &a, &b);
  if (sentence_has(t, a, b, stats) && !sentence_has(t, a, b, self)) return 1;
  /* an open quotation mark on the line before s, after a publication word */
  size_t ls = s, q = SIZE_MAX;
  int n = 0;
  while (ls > 0 && s - ls < 200 && t[ls - 1] != '\n') {
    ls--;
    if (t[ls] == '"') {
      n++;
      if (q == SIZE_MAX) q = ls;
    }
  }
  return (n & 1) && q > ls && sentence_has(t, ls, q, pubs);
}

/* The words around a condition that belong to it (batch 22): the
 * disease word after a listed name, "çölyak hastalığı", "Parkinson
 * xəstəliyi"; the serving of a sentence before it, "currently serving a
 * custodial sentence". */
static void around_22(const char *t, size_t len, size_t *s, size_t *e) {
  static const char *const disease[] = {" hastal\xC4\xB1\xC4\x9F\xC4\xB1",
                                        " x\xC9\x99st\xC9\x99liyi", " disease", NULL};
  for (int w = 0; disease[w]; w++) {
    size_t n = strlen(disease[w]);
    if (*e + n <= len && !strncasecmp(t + *e, disease[w], n) &&
        (*e + n == len || !gz_is_wordcp(gz_cp_at(t, len, *e + n)))) {
      *e += n;
      break;
    }
  }
  size_t n = word_before(t, *s, "serving a");
  if (n) {
    *s -= n;
    if ((n = word_before(t, *s, "currently"))) *s -= n;
  }
}

/* The words around a condition or an offence that belong to it (batch
 * 23):
 * - its course or grade after it, "KOAH akut alevlenme", "COPD acute
 *   exacerbation", "arterial hipertenziya III dərəcə", "grade 2";
 * - the article of the code that opened a criminal case, before it:
 *   "Cinayət Məcəlləsinin 127.1-ci maddəsi ilə cinayət işi başlanıb";
 * - a US charge's penal code section and degree before the offence:
 *   "PC 459 first-degree residential burglary", "PC 496(a) receiving
 *   stolen property". */
static void around_23(const char *t, size_t len, size_t *s, size_t *e) {
  static const char *const course[] = {" akut alevlenme",
                                       " alevlenmesi",
                                       " acute exacerbation",
                                       " exacerbation",
                                       " k\xC9\x99skinl\xC9\x99\xC5\x9Fm\xC9\x99",
                                       NULL};
  for (int w = 0; course[w]; w++) {
    size_t n = strlen(course[w]);
    if (*e + n <= len && !strncasecmp(t + *e, course[w], n)) {
      size_t k = *e + n;
      while (k < len && gz_is_wordcp(gz_cp_at(t, len, k))) k++;
      *e = k;
      break;
    }
  }
  /* "III dərəcə", "2-ci dərəcə", "II derece", "grade 3" */
  size_t k = *e;
  if (k + 2 < len && t[k] == ' ') {
    size_t g = k + 1, v = g;
    while (g < len && g - v < 4 && (t[g] == 'I' || t[g] == 'V' || is_digit((unsigned char)t[g])))
      g++;
    if (g > v && g + 1 < len && t[g] == '-') { /* the ordinal's suffix */
      g++;
      while (g < len && g - v < 9 && gz_is_wordcp(gz_cp_at(t, len, g))) g++;
    }
    static const char *const grade[] = {" d\xC9\x99r\xC9\x99"
                                        "c\xC9\x99",
                                        " derece", NULL};
    for (int w = 0; g > v && grade[w]; w++) {
      size_t n = strlen(grade[w]);
      if (g + n <= len && !strncmp(t + g, grade[w], n)) {
        g += n;
        while (g < len && gz_is_wordcp(gz_cp_at(t, len, g))) g++;
        *e = g;
        break;
      }
    }
    if (*e == k && k + 8 < len && !strncasecmp(t + k, " grade ", 7)) {
      g = k + 7;
      v = g;
      while (g < len && g - v < 4 && (t[g] == 'I' || t[g] == 'V' || is_digit((unsigned char)t[g])))
        g++;
      if (g > v && (g == len || !gz_is_wordcp(gz_cp_at(t, len, g)))) *e = g;
    }
  }
  if (word_is(t, len, *s, crim_case)) {
    size_t n = word_before(t, *s, "il\xC9\x99"), b = *s;
    if (n) b -= n;
    if (n && (n = word_before(t, b, "madd\xC9\x99si"))) {
      b -= n; /* at the article's number, "127.1-ci" */
      size_t a = b - 1;
      while (a > 0 && t[a - 1] != ' ' && b - a < 16) a--;
      if (b >= 2 && a < b - 1 && is_digit((unsigned char)t[a]) && a >= 2 && t[a - 1] == ' ') {
        size_t m = word_before(t, a,
                               "M\xC9\x99"
                               "c\xC9\x99ll\xC9\x99sinin");
        if (m && (n = word_before(t, a - m, "Cinay\xC9\x99t"))) *s = a - m - n;
      }
    }
  }
  if (word_is(t, len, *s, offence_gated) || word_is(t, len, *s, offence_words)) {
    static const char *const mods[] = {"first-degree", "second-degree", "third-degree",
                                       "residential",  "commercial",    "aggravated",
                                       "grand",        "petty",         NULL};
    for (int pass = 0; pass < 2; pass++)
      for (int w = 0; mods[w]; w++) {
        size_t n = word_before(t, *s, mods[w]);
        if (n) {
          *s -= n;
          break;
        }
      }
    /* "PC 459 ", "PC 496(a) ", "PC 12022.5 " */
    size_t b = *s;
    if (b >= 6 && t[b - 1] == ' ') {
      size_t a = b - 1;
      if (t[a - 1] == ')') {
        while (a > 0 && b - a < 6 && t[a - 1] != '(') a--;
        if (a > 0) a--;
      }
      size_t d = a;
      while (d > 0 && b - d < 14 && (is_digit((unsigned char)t[d - 1]) || t[d - 1] == '.')) d--;
      if (d < a && is_digit((unsigned char)t[d]) && d >= 3 && t[d - 1] == ' ' && t[d - 2] == 'C' &&
          t[d - 3] == 'P' && (d == 3 || !gz_is_wordcp(gz_cp_before(t, d - 3))))
        *s = d - 3;
    }
  }
}

/* A stroke told of someone. "stroke" after "a" (and a kind: "a mild
 * stroke") and a word that tells it happened: "in hospital after a
 * stroke", "had a minor stroke" (not a swimming stroke or a brush stroke).
 * The Azerbaijani and Turkish words ("insult", "inme"; "felç": paralysis,
 * also figurative, "trafik felç oldu") only before the verb "keçir-" /
 * "geçir-" (to suffer): "insult keçirib", "felç geçirdi"; "felç" also with
 * a hospital, doctor, treatment or wheelchair in its sentence ("WCHR
 * tekerlekli sandalye (felç)"). Other words pass. */
static int stroke_told(const char *t, size_t len, size_t s, size_t e) {
  static const char *const en[] = {"stroke", NULL};
  static const char *const aztr[] = {"insult", "inme", "fel\xC3\xA7", NULL};
  if (word_is(t, len, s, en) && e - s == 6) {
    static const char *const kinds[] = {
        "mild",  "minor",     "major",    "massive",      "severe",      "small", "second",
        "fatal", "ischaemic", "ischemic", "haemorrhagic", "hemorrhagic", NULL};
    /* a history's "previous stroke (2019)" (batch 47) is someone's */
    if (word_before(t, s, "previous") || word_before(t, s, "prior")) return 1;
    static const char *const told[] = {"after", "from",      "had",      "has",    "suffered",
                                       "with",  "following", "survived", "having", NULL};
    size_t k = s;
    for (int w = 0; kinds[w]; w++) {
      size_t n = word_before(t, k, kinds[w]);
      if (n) {
        k -= n;
        break;
      }
    }
    /* "a stroke", or a possessive (batch 27: "after his stroke") */
    static const char *const det[] = {"a", "his", "her", "their", NULL};
    size_t n = 0;
    for (int w = 0; det[w] && !n; w++) n = word_before(t, k, det[w]);
    if (!n) return 0;
    k -= n;
    for (int w = 0; told[w]; w++)
      if (word_before(t, k, told[w])) return 1;
    return 0;
  }
  /* "seizure" is also the police's or a court's ("seizure of goods"):
   * someone's after an article or a possessive or a kind ("she had a
   * seizure last night", batch 49) */
  static const char *const seiz[] = {"seizure", NULL};
  if (word_is(t, len, s, seiz) && e - s == 7) {
    static const char *const det[] = {"a",     "her",     "his",       "my",      "their",
                                      "first", "febrile", "epileptic", "another", NULL};
    for (int w = 0; det[w]; w++)
      if (word_before(t, s, det[w])) return e >= len || strncmp(t + e, " of ", 4) != 0;
    return 0;
  }
  if (!word_is(t, len, s, aztr)) return 1;
  /* a longer listed form (batch 26: "insultdan", "insult keçir") is told
   * as it is; only the bare words need the verb or the care words */
  char f[16];
  size_t fn = e - s < sizeof f ? gz_fold_key(t + s, e - s, f, sizeof f - 1) : sizeof f;
  if (!((fn == 6 && !memcmp(f, "insult", 6)) || (fn == 4 && !memcmp(f, "inme", 4)) ||
        (fn == 5 && !memcmp(f, "fel\xC3\xA7", 5))))
    return 1;
  size_t k = e;
  while (k < len && gz_is_wordcp(gz_cp_at(t, len, k))) k++;
  /* "felçli" (paralysed, batch 31: "yatağa bağımlı felçli annem") tells it */
  if (fn == 5 && k - s == e - s + 2 && strncmp(t + e, "li", 2) == 0) return 1;
  if (k - s != e - s) return 0; /* the word itself: "inmek", "insultu" are other words */
  static const char *const verb[] = {"ke\xC3\xA7ir", "ge\xC3\xA7ir", NULL};
  if (k + 1 < len && t[k] == ' ' && word_is(t, len, k + 1, verb)) return 1;
  static const char *const felc[] = {"fel\xC3\xA7", NULL};
  static const char *const care[] = {"hastane", "doktor",    "tedavi", "yoğun bakim", "ameliyat",
                                     "fizik",   "xəstəxana", "həkim",  "müalicə",     "tekerlekli",
                                     "wchr",    "engelli",   NULL};
  if (!word_is(t, len, s, felc)) return 0;
  size_t a, b;
  sentence_of(t, len, s, e, &a, &b);
  return sentence_has(t, a, b, care);
}

/* A faith named only as the answer of a religion field: "Dini: İslam",
 * "Religion: Catholic", "Dini mənsubiyyəti: pravoslav" (the label and a
 * colon on the line, at most 32 bytes before). Other words pass. */
static int religion_field(const char *t, size_t len, size_t s) {
  static const char *const faith[] = {"islam",    "catholic",     "katolik",    "orthodox",
                                      "ortodoks", "pravoslav",    "protestant", "church of ",
                                      "anglican", "presbyterian", "methodist",  "hanefi",
                                      "şafii",    "caferi",       NULL};
  if (!word_is(t, len, s, faith)) return 1;
  /* in brackets after a person's name (batch 28: "Father: Luca Rossi
   * (Catholic)   Mother: ... (Church of Ireland)") */
  if (s >= 2 && t[s - 1] == '(' && t[s - 2] == ' ') {
    size_t k = s;
    while (k < len && k - s < 24 && t[k] != ')' && t[k] != '\n') k++;
    if (k < len && t[k] == ')') return 1;
  }
  size_t k = s;
  while (k > 0 && t[k - 1] == ' ') k--;
  if (k == 0 || t[k - 1] != ':') return 0;
  k--;
  /* a note in brackets between the label and its colon (batch 31:
   * "Religion (optional, for RE lessons): Catholic") */
  if (k > 0 && t[k - 1] == ')') {
    size_t o = k - 1;
    while (o > 0 && k - o < 48 && t[o] != '(' && t[o] != '\n') o--;
    if (t[o] == '(') k = o;
  }
  size_t a = k;
  while (a > 0 && k - a < 32 && t[a - 1] != '\n' && t[a - 1] != ',' && t[a - 1] != ';') a--;
  static const char *const label[] = {"din",    "religion", "faith",  "inanc",
                                      "etiqad", "mezhe",    "məzhəb", NULL};
  return folded_has(t, a, k, label);
}

/* A race in a person's description, next to the sex (batch 30-31):
 * "white male, 20s", "described as male, approx. 35, Black." The race
 * word (a whole word) right before "male"/"female"/"man"/"woman", or
 * after "male," or "female," earlier in the same comma list of the line. */
static int race_described(const char *t, size_t len, size_t s) {
  size_t we = s;
  while (we < len && gz_is_wordcp(gz_cp_at(t, len, we))) we++;
  static const char *const sex[] = {"male", "female", "man", "woman", NULL};
  if (we + 1 < len && t[we] == ' ') {
    size_t k = we + 1, ke = k;
    while (ke < len && gz_is_wordcp(gz_cp_at(t, len, ke))) ke++;
    for (int w = 0; sex[w]; w++)
      if (ke - k == strlen(sex[w]) && strncasecmp(t + k, sex[w], ke - k) == 0) return 1;
  }
  if (s < 2 || t[s - 1] != ' ' || t[s - 2] != ',') return 0;
  if (we < len && t[we] != '.' && t[we] != ',' && t[we] != '\n' && t[we] != ';') return 0;
  for (size_t i = s - 2; i > 0 && s - i < 48 && t[i - 1] != '\n'; i--) {
    if (t[i] != ',') continue;
    for (int w = 0; w < 2; w++) {
      size_t n = strlen(sex[w]);
      if (i >= n && strncasecmp(t + i - n, sex[w], n) == 0 &&
          (i == n || !gz_is_wordcp(gz_cp_before(t, i - n))))
        return 1;
    }
  }
  return 0;
}

/* A race or ethnicity is a special category only as the answer of its
 * field ("Race: Asian", "Ethnicity: White British"): the words are
 * everyday words and colours otherwise. Other words: 1. */
static int race_field(const char *t, size_t len, size_t s) {
  static const char *const race[] = {"white",  "asian",    "black",     "hispanic",
                                     "latino", "latina",   "caucasian", "african american",
                                     "mixed race", "mixed", NULL};
  if (!word_is(t, len, s, race)) return 1;
  if (race_described(t, len, s)) return 1;
  size_t k = s;
  while (k > 0 && t[k - 1] == ' ') k--;
  if (k == 0 || t[k - 1] != ':') return 0;
  size_t a = k - 1;
  while (a > 0 && s - a < 32 && t[a - 1] != '\n' && t[a - 1] != ',' && t[a - 1] != ';' &&
         !(t[a - 1] == ' ' && a >= 2 && t[a - 2] == ' '))
    a--;
  static const char *const label[] = {"race", "ethnicity", "ethnic group", "ethnic origin",
                                      "ırk", "etnik köken", NULL};
  return folded_has(t, a, k - 1, label);
}

/* An allergy with its allergen right before it, "Known egg allergy.",
 * "Allergiyası var: penisillinə allergiya", "penisiline alerjim var": the
 * start of the allergen word, or SIZE_MAX when there is none (a function
 * word or a severity is no allergen: "any allergies", "the allergy
 * season") or the sentence tells of no one ("tozcuq allergiyası
 * kəskinləşir": a season's pollen). Other words: s itself. */
static size_t allergen_before(const char *t, size_t len, size_t s, size_t e) {
  static const char *const allergy[] = {"allerg", "alerji", NULL};
  if (!word_is(t, len, s, allergy)) return s;
  /* "allergic to penicillin": the allergen follows (batch 31) */
  if (e - s > 12 && strncasecmp(t + s, "allergic to ", 12) == 0) return s;
  if (s < 4 || t[s - 1] != ' ') return SIZE_MAX;
  size_t w = s - 1;
  while (w > 0 && gz_is_wordcp(gz_cp_before(t, w))) {
    w--;
    while (w > 0 && ((unsigned char)t[w] & 0xC0) == 0x80) w--;
  }
  if (s - 1 - w < 3) return SIZE_MAX;
  static const char *const stop[] = {"the",  "any",      "your", "his",   "her",    "their", "our",
                                     "and",  "for",      "with", "known", "severe", "mild",  "food",
                                     "drug", "seasonal", "bir",  "hər",   "her",    "ve",    "və",
                                     "ağır", "yüngül",   "qida", "gıda",  "dərman", "ilaç",
                                     /* a topic, "Harvey's mum asked about allergies" (batch 49) */
                                     "about", "regarding", NULL};
  char f[32];
  size_t n = gz_fold_key(t + w, s - 1 - w, f, sizeof f - 1);
  f[n] = 0;
  for (int k = 0; stop[k]; k++) {
    char g[32];
    size_t m = gz_fold_key(stop[k], strlen(stop[k]), g, sizeof g - 1);
    if (m == n && memcmp(f, g, n) == 0) return SIZE_MAX;
  }
  static const char *const person[] = {"known",
                                       "var",
                                       "has ",
                                       "have ",
                                       "my ",
                                       "his ",
                                       "her ",
                                       "patient",
                                       "history",
                                       "allergic",
                                       "alerjim",
                                       "allergiyam",
                                       "allergiyası var",
                                       "alerjisi var",
                                       "diagnos",
                                       "tani",
                                       "diaqnoz",
                                       "anamnez",
                                       "pasiyent",
                                       /* a form's answer told back to its
                                        * writer (batch 35): "anketdə
                                        * penisillinə allergiya göstərmisiniz" */
                                       "göstərmisiniz",
                                       "göstərdiniz",
                                       "qeyd etmisiniz",
                                       "belirttiniz",
                                       "belirtmişsiniz",
                                       "you indicated",
                                       "you declared",
                                       NULL};
  size_t a, b;
  sentence_of(t, len, s, e, &a, &b);
  /* a question asks, it tells no one's allergy: "Qızınızda allergiya var?"
   * (batch 29) */
  if (b < len && t[b] == '?') return SIZE_MAX;
  /* "Allergiyası var: penisillinə allergiya": the label before the colon
   * counts, the sentence runs on over it */
  return sentence_has(t, a, b, person) ? w : SIZE_MAX;
}

/* The type of a diabetes written after it, after a comma: "şəkərli
 * diabet, 2-ci tip", "Şəkərli diabet, tip 2" (the end after it, or e). */
static size_t diabetes_type_after(const char *t, size_t len, size_t s, size_t e) {
  static const char *const diab[] = {"diabet", "diyabet", "şəkər", NULL};
  static const char *const types[] = {"1-ci tip", "2-ci tip", "tip 1", "tip 2", "type 1",
                                      "type 2",   "II tip",   "I tip", NULL};
  if (!folded_has(t, s, e, diab)) return e;
  if (e + 2 >= len || t[e] != ',' || t[e + 1] != ' ') return e;
  for (int k = 0; types[k]; k++) {
    size_t n = strlen(types[k]);
    if (e + 2 + n <= len && strncasecmp(t + e + 2, types[k], n) == 0 &&
        (e + 2 + n == len || !gz_is_wordcp(gz_cp_at(t, len, e + 2 + n))))
      return e + 2 + n;
  }
  return e;
}

/* Batch 26 forms of chk_special (see there). An identity told of
 * someone, "I'm trans", "housemate is gay": the whole last word (not "is
 * transferred"), and the span is that word. Returns 0 to drop the match. */
static int identity_told(const char *t, size_t len, size_t *s, size_t *e) {
  static const char *const told[] = {"i'm trans", "i am trans", "i'm gay",    "i am gay",
                                     "is gay",    "is trans",   "openly gay", NULL};
  unsigned char c = (unsigned char)t[*s] | 32;
  if ((c != 'i' && c != 'o') || !word_is(t, len, *s, told)) return 1;
  if (*e < len && gz_is_wordcp(gz_cp_at(t, len, *e))) return 0;
  size_t k = *e;
  while (k > *s && t[k - 1] != ' ') k--;
  *s = k;
  return 1;
}

/* A wheelchair named as what someone uses ("tekerlekli sandalye
 * kullanıyor", "WCHR (əlil arabası)"), not a building's or a service's
 * access for one ("tekerlekli sandalye erişimi", "əlil arabası üçün
 * pandus"), nor one given away. */
static int wheelchair_use(const char *t, size_t len, size_t s, size_t e) {
  static const char *const chair[] = {"tekerlekli sandalye", "əlil arabası", NULL};
  static const char *const access[] = {"erişim",  "uygun",  "rampa",     "giriş",  "bağış",
                                       "dağıt",   "yardım", "üçün",      "pandus", "giriş",
                                       "bağışla", "paylan", "ilə giriş", NULL};
  unsigned char c = (unsigned char)t[s];
  if ((c | 32) != 't' && c != 0xC9 && c != 0xC6) return 1; /* t, ə, Ə */
  if (!word_is(t, len, s, chair)) return 1;
  return !(e + 1 < len && t[e] == ' ' && word_is(t, len, e + 1, access));
}

/* "convicted of" before the offence it names ("convicted of common
 * assault"): the offence is the finding (its own match); only an offence
 * not listed keeps the words (0: drop this match). */
static int convicted_of_listed(const char *t, size_t len, size_t s, size_t e) {
  if (e - s != 12 || strncasecmp(t + s, "convicted of", 12) != 0) return 0;
  for (size_t i = e; i < len && i - e < 40 && t[i] != '\n' && t[i] != '.'; i++) {
    if (t[i] != ' ') continue;
    for (int w = 0; special_words[w]; w++) {
      size_t n = strlen(special_words[w]);
      if (i + 1 + n <= len && strncasecmp(t + i + 1, special_words[w], n) == 0 &&
          (i + 1 + n == len || !gz_is_wordcp(gz_cp_at(t, len, i + 1 + n))))
        return 1;
    }
  }
  return 0;
}

/* A childhood infection named as a vaccine ("KKK + Su çiçeği" on a
 * vaccination card, "MMR and chickenpox jabs"): a vaccine word or another
 * vaccine's short name in its sentence. Other words pass (1). */
static int infection_not_vaccine(const char *t, size_t len, size_t s, size_t e) {
  /* batch 30: a hepatitis A or B vaccine on a travel certificate,
   * "Hepatitis A (Havrix), batch AHAVB771AB" */
  static const char *const inf[] = {"suçiçəyi",     "su çiçeği",  "chickenpox", "chicken pox",
                                    "measles",      "kızamık",    "qızılca",    "hepatitis a ",
                                    "hepatitis b ", "hepatit a ", "hepatit b ", NULL};
  unsigned char c = (unsigned char)t[s] | 32;
  if ((c != 's' && c != 'c' && c != 'm' && c != 'k' && c != 'q' && c != 'h') ||
      !word_is(t, len, s, inf))
    return 1;
  static const char *const vacc[] = {"aşi",    "vaccin",  "peyvənd", "immuni",  "jab",    "kkk",
                                     "mmr",    "dabt",    "bcg",     "booster", "inject", "batch",
                                     "havrix", "engerix", "twinrix", NULL};
  size_t a, b;
  sentence_of(t, len, s, e, &a, &b);
  return !sentence_has(t, a, b, vacc);
}

/* Batch 27 forms of chk_special. A Turkish union named "...-Sen"
 * ("Eğitim-Sen", "Türk Sağlık-Sen") is someone's only with a membership
 * in its sentence ("üyesi", "aidat", "sendikası", "member"); news of the
 * union itself is no one's. A union representative is someone's, not
 * the role in general ("contact a union rep", "your union
 * representative"), and only as the whole word ("union republics" is
 * none). Other words pass (1); 0 drops the match. */
static int union_told(const char *t, size_t len, size_t s, size_t e) {
  static const char *const sen[] = {"eğitim-sen", "eğitim-bir-sen", "sağlık-sen", "memur-sen",
                                    "büro-sen",   "tüm bel-sen",    NULL};
  static const char *const rep[] = {"union rep", NULL};
  unsigned char c = (unsigned char)t[s] | 32;
  /* a union by its name, "Unite the Union" (batch 33), also only where a
   * sentence tells membership (not a check-off list's heading) */
  static const char *const named[] = {"unite the union", "siptu union", "unison union",
                                      "gmb union", NULL};
  if ((c == 'e' || c == 's' || c == 'm' || c == 'b' || c == 't' || c == 'u' || c == 'g') &&
      (word_is(t, len, s, sen) || word_is(t, len, s, named))) {
    static const char *const member[] = {"üye",      "aidat",   "sendika", "member",
                                         "temsilci", "steward", NULL};
    size_t a, b;
    sentence_of(t, len, s, e, &a, &b);
    return sentence_has(t, a, b, member);
  }
  if (c != 'u' || !word_is(t, len, s, rep)) return 1;
  size_t k = e;
  while (k < len && gz_is_wordcp(gz_cp_at(t, len, k))) k++;
  size_t ws = s + 6; /* the word after "union " */
  static const char *const whole[] = {"rep", "reps", "representative", "representatives", NULL};
  int ok = 0;
  for (int w = 0; whole[w]; w++)
    if (k - ws == strlen(whole[w]) && strncasecmp(t + ws, whole[w], k - ws) == 0) ok = 1;
  if (!ok) return 0;
  static const char *const general[] = {"a",   "an",    "the",   "your", "any",
                                        "our", "their", "every", "each", NULL};
  for (int w = 0; general[w]; w++)
    if (word_before(t, s, general[w])) return 0;
  return 1;
}

/* Batch 29 forms of chk_special: special words that name no one's datum.
 * Returns 1 to drop the match.
 * - a column or key name, "hiv_status", "religion_id": joined by '_';
 * - a heading of a screening report, "Criminal records search:",
 *   "Criminal records — Bibb County Superior Court:" (the record found is
 *   its own finding under it);
 * - a word in the proper name of an organisation or a benefit, written
 *   with capitals: "Diabetes UK Walk", "the Disability Support Pension",
 *   "QAFQAZ MÜSƏLMANLARI İDARƏSİ" (the person's own condition is named
 *   apart, "on the Disability Support Pension for epilepsy"). */
static int special_not_datum_29(const char *t, size_t len, size_t s, size_t e) {
  /* a forum's section in its breadcrumb, "kadinlarkulubu.com › Hamilelik"
   * (batch 30): a topic, no one's datum */
  if (s >= 4 && memcmp(t + s - 4, "\xE2\x80\xBA ", 4) == 0) return 1;
  size_t we = e;
  while (we < len && gz_is_wordcp(gz_cp_at(t, len, we)))
    for (we++; we < len && ((unsigned char)t[we] & 0xC0) == 0x80;) we++;
  if ((we < len && t[we] == '_') || (s > 0 && t[s - 1] == '_')) return 1;
  static const char *const crim[] = {"criminal record", NULL};
  if ((t[s] | 32) == 'c' && word_is(t, len, s, crim) && we + 2 < len && t[we] == ' ') {
    static const char *const head[] = {"search", "check", "\xE2\x80\x94", "\xE2\x80\x93", "-",
                                       NULL};
    if (word_is(t, len, we + 1, head)) return 1;
  }
  /* a capital first letter, then a capitalised organisation or benefit word */
  if (!(t[s] >= 'A' && t[s] <= 'Z') || we + 3 >= len || t[we] != ' ') return 0;
  unsigned char n0 = (unsigned char)t[we + 1];
  if (!((n0 >= 'A' && n0 <= 'Z') || n0 == 0xC4)) return 0; /* 0xC4: İ */
  static const char *const org[] = {
      "UK ",        "UK,",         "UK\"",      "Association", "Society", "Foundation",
      "Trust",      "Awareness",   "Research",   "Support Pension", "Living Allowance",
      "Allowance",  "Benefit",     "Charity",    "Federation",  "Council", "Alliance",
      "Derneği", "Vakfı", "Birliği", "Federasyonu",
      "İDARƏSİ", "İdarəsi", "Cəmiyyəti",
      "Birliyi",    NULL};
  for (int w = 0; org[w]; w++) {
    size_t n = strlen(org[w]);
    if (we + 1 + n <= len && !strncmp(t + we + 1, org[w], n)) return 1;
  }
  return 0;
}

/* Is the "fingerprint" at s a key's or a certificate's digest, not a
 * person's print: "cert fingerprint", "SSH key fingerprint", "TLS
 * fingerprint" (a word of those before it on its line, batch 32)? */
static int key_fingerprint(const char *t, size_t len, size_t s) {
  static const char *const fp[] = {"fingerprint", NULL};
  static const char *const keys[] = {"cert", "certificate", "key",     "ssh",    "tls",     "ssl",
                                     "gpg",  "pgp",         "x509",    "sha256", "sha-256", "sha1",
                                     "md5",  "host",        "browser", "device", NULL};
  if ((t[s] | 32) != 'f' || !word_is(t, len, s, fp)) return 0;
  size_t a = s > 32 ? s - 32 : 0;
  for (size_t k = a; k < s; k++)
    if (t[k] == '\n') a = k + 1;
  return folded_has(t, a, s, keys);
}

/* A conviction under an article of the Azerbaijani criminal code
 * (batches 30-31), "Cinayət Məcəlləsinin 234.4.3-cü maddəsi ilə məhkum
 * edilərək", "CM-in 177.2-ci maddəsi ilə məhkum olunub": the span runs
 * back over the article's number and the code's name, and on over the
 * verb ("olunub", "edilib", "olunmuş"). */
static void conviction_article(const char *t, size_t len, size_t *s, size_t *e) {
  static const char *const w[] = {"maddəsi ilə məhkum", NULL};
  if ((t[*s] | 32) != 'm' || !word_is(t, len, *s, w)) return;
  static const char *const verb[] = {"olun", "edil", NULL};
  if (*e + 1 < len && t[*e] == ' ' && word_is(t, len, *e + 1, verb)) {
    size_t k = *e + 1;
    while (k < len && gz_is_wordcp(gz_cp_at(t, len, k)))
      for (k++; k < len && ((unsigned char)t[k] & 0xC0) == 0x80;) k++;
    *e = k;
  }
  /* the article: a token starting with a digit ("177.2-ci") */
  if (*s < 3 || t[*s - 1] != ' ') return;
  size_t a = *s - 1;
  while (a > 0 && a + 16 > *s && t[a - 1] != ' ' && t[a - 1] != '\n') a--;
  if (!is_digit((unsigned char)t[a])) return;
  *s = a;
  /* the code: "CM-in", "Cinayət Məcəlləsinin" */
  static const char *const code[] = {"CM-in", "Məcəlləsinin", NULL};
  for (int k = 0; code[k]; k++) {
    size_t n = word_before(t, *s, code[k]);
    if (!n) continue;
    *s -= n;
    n = word_before(t, *s, "Cinayət");
    if (k == 1 && n) *s -= n;
    break;
  }
}

/* Union dues (batch 30): the bare word "sendika" (a union) is someone's
 * membership only with the dues in its clause, "bordromda sendika
 * (Tümtis) aidatı iki kez kesilmiş"; other words starting with it are
 * listed apart ("sendika üyesi") or name no one. Returns 0 to drop the
 * match, 2 for dues (the span takes the union's name in brackets), 1 for
 * other words. */
static int union_dues(const char *t, size_t len, size_t s, size_t e) {
  /* in capitals, "...İŞÇİLERİ SENDİKASI — ÜYELİK BİLDİRİMİ": a union's name
   * in a heading (batch 39); its member is told apart ("Sendika üyesi") */
  if (e - s == 8 && memcmp(t + s, "SEND\xC4\xB0KA", 8) == 0) return 0;
  if ((t[s] | 32) != 's' || e - s != 7 || strncasecmp(t + s, "sendika", 7) != 0) return 1;
  /* a union's name as the answer of a union field (batch 28): "Sendika:
   * Türk Metal Sendikası → Birleşik Metal-İş Sendikası" (3: the span
   * takes the name's capitalised words before it) */
  if (t[s] == 'S' && ((e + 3 <= len && !memcmp(t + e, "s\xC4\xB1", 3) &&
                       (e + 3 == len || !gz_is_wordcp(gz_cp_at(t, len, e + 3)))) ||
                      (e + 2 <= len && t[e] == 's' && t[e + 1] == 'i' &&
                       (e + 2 == len || !gz_is_wordcp(gz_cp_at(t, len, e + 2)))))) {
    size_t ls = s;
    while (ls > 0 && s - ls < 80 && t[ls - 1] != '\n') ls--;
    static const char *const label[] = {"sendika:", "sendikası:", "sendikasi:", NULL};
    return folded_has(t, ls, s, label) ? 3 : 0;
  }
  if (e < len && gz_is_wordcp(gz_cp_at(t, len, e))) return 0;
  for (size_t i = e; i + 5 <= len && i - e < 40 && t[i] != '\n' && t[i] != '.' && t[i] != ','; i++)
    if (strncasecmp(t + i, "aidat", 5) == 0 && t[i - 1] == ' ') return 2;
  return 0;
}

/* A special word as a form's label answered yes, "Həmkarlar ittifaqı
 * üzvü: bəli (Neft-qaz işçiləri HİK)" (batch 30): the answer is the
 * datum, the span runs to the end of its line (at most 80 bytes). */
static size_t yes_answer_end(const char *t, size_t len, size_t e) {
  if (e + 2 >= len || t[e] != ':') return e;
  size_t i = e + 1;
  while (i < len && (t[i] == ' ' || t[i] == '\t')) i++;
  static const char *const yes[] = {"b\xC9\x99li", "beli", "evet", "yes", "var", NULL};
  int ok = 0;
  for (int w = 0; yes[w] && !ok; w++) {
    size_t n = strlen(yes[w]);
    ok = i + n <= len && strncasecmp(t + i, yes[w], n) == 0 &&
         (i + n == len || !gz_is_wordcp(gz_cp_at(t, len, i + n)));
  }
  if (!ok) return e;
  size_t k = i, last = i;
  while (k < len && k - i < 80 && t[k] != '\n' && t[k] != '\r') {
    if (t[k] != ' ' && t[k] != '\t' && t[k] != '.' && t[k] != ';' && t[k] != ',') last = k + 1;
    k++;
  }
  return k - i < 80 ? last : e;
}

/* Is the listed word at [s, e) no datum about anyone in a form or a
 * record (batch 33): a condition behind an empty check box ("[ ] Asthma",
 * "\xE2\x98\x90 Cancer": not ticked), a JSON key ('"fingerprint": "Xq2p..."' of
 * a card, '"engellilikDurumu": ...': its value says it, if anything),
 * a criminal record's label before its colon ("Sab\xC4\xB1ka kayd\xC4\xB1: ..."; the
 * offence after it is found on its own), or a trait wished for? */
static int special_form_noise(const char *t, size_t len, size_t s, size_t e) {
  size_t k = s;
  while (k > 0 && s - k < 3 && t[k - 1] == ' ') k--;
  if (k >= 3 && (memcmp(t + k - 3, "[ ]", 3) == 0 || memcmp(t + k - 3, "\xE2\x98\x90", 3) == 0))
    return 1;
  if (s > 0 && t[s - 1] == '"') {
    size_t w = e;
    while (w < len && (isalnum((unsigned char)t[w]) || t[w] == '_' || (unsigned char)t[w] >= 0x80))
      w++;
    if (w < len && t[w] == '"') {
      w++;
      while (w < len && t[w] == ' ') w++;
      if (w < len && t[w] == ':') return 1;
    }
  }
  static const char *const labels[] = {"sab\xC4\xB1ka kayd\xC4\xB1", "criminal record",
                                       "m\xC9\x99hkumluq", NULL};
  if (e < len && t[e] == ':' && word_is(t, len, s, labels)) return 1;
  /* a trait wished for, no fact: "h\xC9\x99yat yolda\xC5\x9F\xC4\xB1m da dindar olsun" (a
   * dating ad), "dindar olmal\xC4\xB1" */
  static const char *const wish[] = {" olsun", " olmal\xC4\xB1", NULL};
  for (int w = 0; wish[w]; w++) {
    size_t n = strlen(wish[w]);
    if (e + n <= len && memcmp(t + e, wish[w], n) == 0) return 1;
  }
  return 0;
}

/* Batch 39 forms of chk_special (official and business papers): special
 * words that name no one's datum. Returns 1 to drop the match.
 * - an offence word as the first half of a compound, "fraud-loss
 *   dashboard", "theft-prevention team": a topic of work, no record;
 * - a psychiatrist's title after a doctor's name, "Həkim: K. Abbasov,
 *   psixiatr": the doctor's specialty (the patient's clinic, "Psikiyatri
 *   randevunuz", stays a datum);
 * - a word in the sender's name of an e-mail header, "From: Green Party
 *   Membership <membership@...>": the organisation, not the reader;
 * - a benefit named as an income line, "Engelli aylığı 4.418 TL";
 * - the clause of a power of attorney, "shall not be affected by my
 *   subsequent disability or incapacity": a condition supposed, not had;
 * - a yes/no question of a Turkish or Azerbaijani health form answered
 *   no, "S3. Psikiyatrik tedavi gördünüz mü? HAYIR": the question names
 *   the condition, the answer tells (asked_question does the English
 *   ones; a chat's "Crohn hastalığı var, ilgisi olabilir mi?" stays);
 * - an offence after the "Offense:" label of an incident report that
 *   names a victim but no suspect, "Offense: Burglary of Vehicle ...
 *   Complainant/Victim: ...": it happened to the person named (en-b28-002
 *   and en-b31-009 name their suspect). */
static int special_not_datum_39(const char *t, size_t len, size_t s, size_t e) {
  size_t we = e;
  while (we < len && gz_is_wordcp(gz_cp_at(t, len, we)))
    for (we++; we < len && ((unsigned char)t[we] & 0xC0) == 0x80;) we++;
  int offence = word_is(t, len, s, offence_words) || word_is(t, len, s, offence_gated);
  if (offence && we + 1 < len && t[we] == '-' && gz_is_wordcp(gz_cp_at(t, len, we + 1))) return 1;
  size_t ls = s;
  while (ls > 0 && s - ls < 200 && t[ls - 1] != '\n') ls--;
  while (ls < s && (t[ls] == ' ' || t[ls] == '\t')) ls++;
  static const char *const shrink[] = {"psixiatr", "psikiyatr", "psychiatrist", NULL};
  static const char *const doctor[] = {"h\xC9\x99kim", "hekim",      "doktor", "dr",
                                       "doctor",       "consultant", NULL};
  if (s >= 2 && t[s - 2] == ',' && t[s - 1] == ' ' && we - s <= 12 && word_is(t, len, s, shrink) &&
      word_is(t, len, ls, doctor))
    return 1;
  static const char *const header[] = {"from:", "kimden:", "kimd\xC9\x99n:", "sender:", NULL};
  if (word_is(t, len, ls, header)) return 1;
  /* a benefit by its name as a line item, "Hane Geliri: Engelli aylığı
   * 4.418 TL" (as "the Disability Support Pension", batch 29) */
  static const char *const benefit[] = {" ayl\xC4\xB1\xC4\x9F\xC4\xB1",
                                        " Ayl\xC4\xB1\xC4\x9F\xC4\xB1", " pensiyas\xC4\xB1", NULL};
  for (int w = 0; benefit[w] && t[s] >= 'A' && t[s] <= 'Z'; w++) {
    size_t n = strlen(benefit[w]);
    if (we + n <= len && memcmp(t + we, benefit[w], n) == 0) return 1;
  }
  static const char *const lpa[] = {" or incapacity", NULL};
  if ((t[s] | 32) == 'd' && we + 14 <= len && word_is(t, len, we, lpa)) return 1;
  /* a question ending in a Turkish or Azerbaijani particle, not answered yes */
  size_t b = we; /* the sentence's end: at most 80 bytes on */
  while (b < len && b - we < 80 && t[b] != '\n' && t[b] != '?' && t[b] != '!' &&
         !(t[b] == '.' && (b + 1 == len || t[b + 1] == ' ')))
    b++;
  if (b < len && t[b] == '?' && b > we) {
    size_t q = b;
    while (q > we && t[q - 1] != ' ') q--;
    static const char *const particle[] = {"mi", "m\xC4\xB1", "mu", "m\xC3\xBC", NULL};
    static const char *const no[] = {"hay\xC4\xB1r", "xeyr", "yok", "no", NULL};
    if (q > we && b - q <= 12 && word_is(t, len, q, particle)) {
      size_t k = b + 1;
      while (k < len && (t[k] == ' ' || t[k] == '\t')) k++;
      if (k < len && word_is(t, len, k, no)) return 1;
    }
  }
  static const char *const offense[] = {"offense:", "offence:", NULL};
  if (offence || (t[s] | 32) == 'b') {
    size_t k = s;
    while (k > ls && (t[k - 1] == ' ' || t[k - 1] == '\t')) k--;
    if (k > ls && t[k - 1] == ':' && word_is(t, len, ls, offense) && k - ls <= 9) {
      static const char *const roles[] = {"suspect",  "arrest",  "defendant", "accused",
                                          "offender", "charged", "detained",  NULL};
      static const char *const victim[] = {"victim", "complainant", NULL};
      size_t d0 = s > 1500 ? s - 1500 : 0, d1 = len - s > 3000 ? s + 3000 : len;
      int named = 0, harmed = 0;
      for (size_t i = d0; i < d1 && !named; i += 400) {
        size_t j = i + 480 < d1 ? i + 480 : d1; /* windows overlap by 80 bytes */
        named = sentence_has(t, i, j, roles);
        harmed |= sentence_has(t, i, j, victim);
      }
      if (harmed && !named) return 1;
    }
  }
  return 0;
}

/* The capitalised words of a name right before s, "Yeni Çağ Partisi'ne
 * üyeliğiniz" (up to four words): the new start. */
static size_t caps_before(const char *t, size_t s) {
  for (int w = 0; w < 4 && s >= 2 && t[s - 1] == ' '; w++) {
    size_t k = s - 1;
    while (k > 0 && t[k - 1] != ' ' && t[k - 1] != '\n' && t[k - 1] != ':' && s - k < 24) k--;
    unsigned char c = (unsigned char)t[k], d = (unsigned char)t[k + 1];
    int cap = (c >= 'A' && c <= 'Z') || (c == 0xC3 && (d == 0x87 || d == 0x96 || d == 0x9C)) ||
              (c == 0xC4 && (d == 0x9E || d == 0xB0)) || (c == 0xC5 && d == 0x9E) ||
              (c == 0xC6 && d == 0x8F); /* Ç Ö Ü Ğ İ Ş Ə */
    if (k == s - 1 || !cap) break;
    s = k;
  }
  return s;
}

/* A party's membership told in English (batch 39), "renewing your
 * membership of the Green Party", "a member of the Labour Party": the
 * words "member(ship) of the" are someone's only before a capitalised
 * name that ends in "Party" (a club's or a gym's membership is none).
 * Returns the end of "Party", or 0. */
static size_t party_after(const char *t, size_t len, size_t s, size_t e) {
  static const char *const of[] = {"membership of the", "member of the", NULL};
  if ((t[s] | 32) != 'm' || !word_is(t, len, s, of)) return e;
  size_t i = e;
  for (int w = 0; w < 4 && i + 1 < len && t[i] == ' ' && t[i + 1] >= 'A' && t[i + 1] <= 'Z'; w++) {
    size_t ws = i + 1;
    i = ws;
    while (i < len && gz_is_wordcp(gz_cp_at(t, len, i))) i++;
    if (i - ws == 5 && memcmp(t + ws, "Party", 5) == 0) return i;
  }
  return 0;
}

/* The words before a condition that belong to it in Azerbaijani letters
 * (batch 39): the organ in the genitive, "Miokardın kəskin infarktı",
 * "ağciyərin bədxassəli şişi", "koronar arteriyaların aterosklerozu" (with
 * one qualifier before the organ). Returns the new start. */
static size_t organ_before(const char *t, size_t s) {
  static const char *const organ[] = {"miokard",
                                      "a\xC4\x9F"
                                      "ciy\xC9\x99r",
                                      "qaraciy\xC9\x99r",
                                      "arteriya",
                                      "b\xC3\xB6yr\xC9\x99y",
                                      "m\xC9\x99"
                                      "d\xC9\x99",
                                      "ba\xC4\x9F\xC4\xB1rsa",
                                      "beyn",
                                      "prostat",
                                      "damar",
                                      "mədəaltı",
                                      "\xC3\xBCr\xC9\x99y",
                                      NULL};
  static const char *const gen[] = {"\xC4\xB1n", "in", "un", "\xC3\xBCn", NULL};
  if (s < 4 || t[s - 1] != ' ') return s;
  size_t k = s - 1;
  while (k > 0 && t[k - 1] != ' ' && t[k - 1] != '\n' && s - k < 32) k--;
  size_t wl = s - 1 - k;
  int g = 0;
  for (int i = 0; gen[i] && !g; i++) {
    size_t n = strlen(gen[i]);
    g = wl > n && strncmp(t + s - 1 - n, gen[i], n) == 0;
  }
  if (!g) return s;
  int hit = 0;
  for (int i = 0; organ[i] && !hit; i++) {
    size_t n = strlen(organ[i]);
    hit = wl > n && strncasecmp(t + k, organ[i], n) == 0;
  }
  if (!hit) return s;
  static const char *const qual[] = {"koronar", "sol", "sa\xC4\x9F", NULL};
  for (int i = 0; qual[i]; i++) {
    size_t n = word_before(t, k, qual[i]);
    if (n) return k - n;
  }
  return k;
}

/* A race or ethnicity answering its field runs to the end of the answer
 * (batch 39), "Ethnicity: Mixed – White and Asian", "Ethnic group: White –
 * Polish": up to a line break, ';', two spaces or 48 bytes. */
static size_t race_value_end(const char *t, size_t len, size_t s, size_t e) {
  static const char *const race[] = {"white", "asian", "black", "mixed", NULL};
  if (!word_is(t, len, s, race)) return e;
  size_t k = s;
  while (k > 0 && t[k - 1] == ' ') k--;
  if (k == 0 || t[k - 1] != ':') return e;
  size_t a = k - 1;
  while (a > 0 && s - a < 32 && t[a - 1] != '\n' && t[a - 1] != ',' && t[a - 1] != ';') a--;
  static const char *const label[] = {"race", "ethnicity", "ethnic group", "ethnic origin", NULL};
  if (!folded_has(t, a, k - 1, label)) return e;
  size_t i = e, last = e;
  while (i < len && i - s < 48 && t[i] != '\n' && t[i] != '\r' && t[i] != ';' && t[i] != ',' &&
         t[i] != '(' && !(t[i] == ' ' && i + 1 < len && t[i + 1] == ' ')) {
    if (t[i] != ' ' && t[i] != '.') last = i + 1;
    i++;
  }
  if (i - s >= 48) return e;
  return last;
}

static int chk_special(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  if (special_form_noise(t, len, *s, *e) || special_not_datum_39(t, len, *s, *e)) return 0;
  size_t party = party_after(t, len, *s, *e);
  if (!party) return 0;
  int dues = union_dues(t, len, *s, *e);
  if (!dues) return 0;
  if (!identity_told(t, len, s, e) || !wheelchair_use(t, len, *s, *e) ||
      convicted_of_listed(t, len, *s, *e) || !union_told(t, len, *s, *e) ||
      !infection_not_vaccine(t, len, *s, *e) || special_not_datum_29(t, len, *s, *e) ||
      key_fingerprint(t, len, *s))
    return 0;
  if (*e - *s == 13 && strncasecmp(t + *s, "contrary to s", 13) == 0)
    return special_statute(t, len, s, e);
  /* the gates of batch 25 first, each only for words of its first letter
   * (İ: 0xC4); they cost less than the sentence checks below */
  unsigned char c0 = (unsigned char)t[*s] | 32;
  if ((c0 == 's' || c0 == 'i' || c0 == 'f' || c0 == 0xE4) && !stroke_told(t, len, *s, *e))
    return 0;
  if ((c0 == 'i' || c0 == 'c' || c0 == 'k' || c0 == 'o' || c0 == 'p' || c0 == 0xE4 || c0 == 'a' ||
       c0 == 'm' || c0 == 'h' || c0 == 0xE5) &&
      !religion_field(t, len, *s))
    return 0;
  if ((c0 == 'w' || c0 == 'a' || c0 == 'b' || c0 == 'h' || c0 == 'l' || c0 == 'c' || c0 == 'm') &&
      !race_field(t, len, *s))
    return 0;
  size_t allergen = c0 == 'a' ? allergen_before(t, len, *s, *e) : *s;
  if (allergen == SIZE_MAX) return 0;
  if (!special_context_ok(t, len, *s, *e)) return 0;
  if (special_general(t, len, *s, *e)) return 0;
  size_t s0 = *s; /* the listed word's start */
  if (asked_question(t, len, *s, *e) || general_21(t, len, *s, *e) || general_22(t, len, *s, *e))
    return 0;
  *s = allergen;
  if (*e - *s == 9 && strncasecmp(t + *s, "fractured", 9) == 0) {
    size_t k = site_after(t, len, *e);
    if (!k) return 0;
    *e = k;
    return 1;
  }
  size_t site = site_before(t, len, *s);
  if (site == SIZE_MAX) return 0;
  *s = site;
  for (int pass = 0; pass < 2; pass++)
    for (int w = 0; special_before[w]; w++) {
      size_t n = word_before(t, *s, special_before[w]);
      if (n) {
        *s -= n;
        break;
      }
    }
  *s = before_21(t, *s);
  *s = rate_before(t, len, *s);
  while (*e < len && gz_is_wordcp(gz_cp_at(t, len, *e))) {
    size_t k = *e + 1;
    while (k < len && ((unsigned char)t[k] & 0xC0) == 0x80) k++;
    *e = k;
  }
  static const char *const stage[] = {" stage ", " evre ", ", stage ", ", evre ", NULL};
  for (int w = 0; stage[w]; w++) {
    size_t n = strlen(stage[w]), k = *e + n;
    if (k >= len || strncasecmp(t + *e, stage[w], n) != 0) continue;
    while (k < len && k - *e - n < 4 &&
           (is_digit((unsigned char)t[k]) || t[k] == 'I' || t[k] == 'V'))
      k++;
    if (k > *e + n && k < len && (t[k] == 'a' || t[k] == 'b')) k++;
    if (k > *e + n && (k == len || !gz_is_wordcp(gz_cp_at(t, len, k)))) *e = k;
  }
  /* the virus of a hepatitis: "Kronik hepatit C", "hepatitis B" */
  size_t ws = *e;
  while (ws > *s && t[ws - 1] != ' ') ws--;
  if (((*e - ws == 7 && strncasecmp(t + ws, "hepatit", 7) == 0) ||
       (*e - ws == 9 && strncasecmp(t + ws, "hepatitis", 9) == 0)) &&
      *e + 2 <= len && t[*e] == ' ' && (t[*e + 1] == 'B' || t[*e + 1] == 'C') &&
      (*e + 2 == len || !gz_is_wordcp(gz_cp_at(t, len, *e + 2))))
    *e += 2;
  if (negated_field(t, len, *e)) return 0;
  if (!illness_told(t, len, s0, *e) || document_name(t, len, s0, *e)) return 0;
  if (research_topic(t, len, *e)) return 0;
  /* a fright, not a condition: "That meeting almost gave me a heart attack" */
  static const char *const heart[] = {"heart attack", NULL};
  if ((t[s0] | 32) == 'h' && word_is(t, len, s0, heart)) {
    static const char *const idiom[] = {"gave me a",    "give me a", "giving me a", "gives me a",
                                        "almost had a", "nearly had a", NULL};
    size_t a, b;
    sentence_of(t, len, s0, *e, &a, &b);
    if (sentence_has(t, a, s0, idiom)) return 0;
  }
  size_t rs, re;
  int json = json_marker_result(t, len, *s, &rs, &re);
  if (json < 0) return 0;
  if (json > 0) {
    *s = rs;
    *e = re;
    return 1;
  }
  *e = marker_result_end(t, len, *s, *e);
  *e = yes_answer_end(t, len, *e);
  conviction_article(t, len, s, e);
  while (dues == 3 && *s >= 2 && t[*s - 1] == ' ') { /* the name's capitalised words */
    size_t k = *s - 1;
    while (k > 0 && t[k - 1] != ' ' && t[k - 1] != '\n' && t[k - 1] != ':') k--;
    unsigned char c = (unsigned char)t[k], d = (unsigned char)t[k + 1];
    int cap = (c >= 'A' && c <= 'Z') || (c == 0xC3 && (d == 0x87 || d == 0x96 || d == 0x9C)) ||
              (c == 0xC4 && (d == 0x9E || d == 0xB0)) || (c == 0xC5 && d == 0x9E) ||
              (c == 0xC6 && d == 0x8F); /* Ç Ö Ü Ğ İ Ş Ə */
    if (k == *s - 1 || !cap) break;
    *s = k;
  }
  if (dues == 2 && *e + 3 < len && t[*e] == ' ' && t[*e + 1] == '(') {
    size_t k = *e + 2;
    while (k < len && k - *e < 40 && t[k] != ')' && t[k] != '\n') k++;
    if (k < len && t[k] == ')') *e = k + 1;
  }
  /* a sentence with its term, an offence with its article or drug class,
   * a depressive episode with its grade (ICD-10 F32.0-F32.2 name it so) */
  static const char *const sentences[] = {"imprisonment", "hapis", "azadlıqdan", "həbs", NULL};
  static const char *const episodes[] = {"depressive episode", "depresif epizod",
                                         "depressiv epizod", NULL};
  /* the grade as az writes it comes first: "orta dərəcəli" (batch 39) */
  static const char *const grades[] = {
      "orta dərəcəli", "ağır dərəcəli", "yüngül dərəcəli", "mild", "moderate", "severe", "hafif",
      "orta",          "ağır",          "yüngül",          NULL};
  if (word_is(t, len, *s, sentences)) *s -= term_before(t, *s);
  int act = word_is(t, len, *s, offence_acts);
  static const char *const scene[] = {"leaving the scene", NULL};
  if (act || word_is(t, len, *s, offence_words) ||
      ((t[*s] | 32) == 'l' && word_is(t, len, *s, scene)))
    *e = offence_tail(t, len, *e);
  if (act) *s = offence_object(t, *s);
  /* a criminal case with the verb that opens it: "cinayət işi başlanıb" */
  if (*e - *s == 13 && word_is(t, len, *s, crim_case) && *e + 8 <= len &&
      strncmp(t + *e, " ba\xC5\x9Flan", 8) == 0) {
    *e += 8;
    while (*e < len && gz_is_wordcp(gz_cp_at(t, len, *e))) {
      (*e)++;
      while (*e < len && ((unsigned char)t[*e] & 0xC0) == 0x80) (*e)++;
    }
  }
  *e = class_drugs_tail(t, len, *s, *e);
  unsigned char d0 = (unsigned char)t[s0] | 32;
  if (d0 == 'd' || d0 == 0xE5) *e = diabetes_type_after(t, len, s0, *e); /* d, ş, Ş */
  /* a disability with its group before it: "II qrup əlil", "2-ci qrup əlil" */
  static const char *const group[] = {"qrup \xC9\x99lil", NULL};
  if ((t[*s] | 32) == 'q' && word_is(t, len, *s, group) && *s >= 2 && t[*s - 1] == ' ') {
    size_t k = *s - 1;
    while (k > 0 && (t[k - 1] == 'I' || t[k - 1] == 'V')) k--;
    if (k == *s - 1) {
      size_t o = k; /* "2-ci", "3-cü": digits, '-', a suffix of two to three bytes */
      while (o > 0 && k - o < 6 && t[o - 1] != ' ' && t[o - 1] != '\n') o--;
      if (o < k && is_digit((unsigned char)t[o]) && o + 1 < k && t[o + 1] == '-') k = o;
    }
    if (k < *s - 1 && (k == 0 || !gz_is_wordcp(gz_cp_before(t, k)))) *s = k;
  }
  /* batch 39: a party's name before its membership, an organ in the
   * genitive, a race field's whole answer, a party after "membership of" */
  static const char *const party_tr[] = {"partisi'ne", "partisine", "partisi\xE2\x80\x99ne", NULL};
  if ((t[*s] | 32) == 'p' && t[*s] == 'P' && word_is(t, len, *s, party_tr)) *s = caps_before(t, *s);
  *s = organ_before(t, *s);
  *e = race_value_end(t, len, *s, *e);
  if (party > *e) *e = party;
  around_22(t, len, s, e);
  around_23(t, len, s, e);
  if (word_is(t, len, *s, episodes))
    for (int w = 0; grades[w]; w++) {
      size_t n = word_before(t, *s, grades[w]);
      if (n) {
        *s -= n;
        break;
      }
    }
  return 1;
}

/* A letter-spaced address line of an OCR'd scan, "2 7  Ty n - y - C o e d
 * R o a d , S w a n s e a  S A 2  9 D L", "N i z a m i  k ü ç ə s i  4 5"
 * (batches 30-31): the anchor is a street word spaced letter by letter
 * (address_spaced); the span runs over the spaced run around it on its
 * line: tokens of one character (two for an OCR slip, "Ty n") separated
 * by one space, words by two. It needs a digit (a house number or a
 * postcode) and eight one-character tokens; a longer word (a label,
 * "ADDRESS") ends it. */
static size_t spaced_token_start(const char *t, size_t lo, size_t e) {
  size_t a = e;
  while (a > lo && t[a - 1] != ' ' && t[a - 1] != '\n' && t[a - 1] != '\t') a--;
  return a;
}
static size_t cp_count(const char *t, size_t a, size_t b) {
  size_t n = 0;
  for (size_t k = a; k < b; k++) n += ((unsigned char)t[k] & 0xC0) != 0x80;
  return n;
}
static int chk_address_spaced(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)adj;
  if ((*s > 0 && t[*s - 1] != ' ') ||
      (*e < len && t[*e] != ' ' && t[*e] != '\n' && t[*e] != '\r' && t[*e] != ','))
    return 0;
  size_t ls = *s, le = *e;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  while (le < len && t[le] != '\n' && t[le] != '\r') le++;
  size_t a = *s, b = *e;
  int ones = 0, digit = 0;
  for (size_t k = *s; k < *e; k++) ones += t[k] != ' ' && ((unsigned char)t[k] & 0xC0) != 0x80;
  /* back: token by token, a gap of one or two spaces between them */
  while (a > ls) {
    size_t g = a;
    while (g > ls && a - g < 3 && t[g - 1] == ' ') g--;
    if (g == a || g == ls || t[g - 1] == ' ') break;
    size_t ts = spaced_token_start(t, ls, g);
    size_t n = cp_count(t, ts, g);
    if (n > 2) break;
    ones += n == 1;
    for (size_t k = ts; k < g; k++) digit |= is_digit((unsigned char)t[k]);
    a = ts;
  }
  /* on: the same after the street word */
  while (b < le) {
    size_t g = b;
    while (g < le && g - b < 3 && t[g] == ' ') g++;
    if (g == b || g == le || t[g] == ' ' || t[g] == '\t') break;
    size_t te = g;
    while (te < le && t[te] != ' ' && t[te] != '\t') te++;
    size_t n = cp_count(t, g, te);
    if (n > 2) break;
    ones += n == 1;
    for (size_t k = g; k < te; k++) digit |= is_digit((unsigned char)t[k]);
    b = te;
  }
  while (b > *e && (t[b - 1] == ',' || t[b - 1] == '.' || t[b - 1] == ' ')) b--;
  while (a < *s && (t[a] == ',' || t[a] == '-' || t[a] == ':')) a++;
  if (!digit || ones < 8) return 0;
  *s = a;
  *e = b;
  return 1;
}

/* dob_words: a spoken date is one phrase, the pattern holds it whole
 * (its day's words name a day of the month). */
static int chk_dob_words(const char *t, size_t len, size_t *s, size_t *e, float *adj) {
  (void)t;
  (void)len;
  (void)adj;
  return *e - *s >= 10;
}

/* ---- the table ---------------------------------------------------------- */
#define GZ_CLS_DIGIT "0123456789"
/* "şifr" in any letter case: Vectorscan's caseless mode folds ASCII only */
#define SIFR "(?:\xC5\x9F|\xC5\x9E)(?:i|\xC4\xB0)fr"
#define GZ_CLS_UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define GZ_CLS_LOWER "abcdefghijklmnopqrstuvwxyz"
/* the two-byte az/tr letters (ç ö ü ğ ı ş ə, Ç Ö Ü Ğ İ Ş Ə) as a regex
 * alternative and as the bytes a start walk may cross */
#define GZ_RE_AZTR                                                                                 \
  "\xC3[\x87\x96\x9C\xA7\xB6\xBC]|\xC4[\x9E\x9F\xB0\xB1]|\xC5[\x9E\x9F]|\xC6\x8F|\xC9\x99"
#define GZ_CLS_AZTR "\xC3\xC4\xC5\xC6\xC9\x87\x96\x9C\xA7\xB6\xBC\x9E\x9F\xB0\xB1\x8F\x99"
/* ---- the table ---------------------------------------------------------- */
#define MONTHS                                                                                     \
  "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|"                       \
  "june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember)?|\\.)?|oct(?:ober|\\.)?|"                          \
  "nov(?:ember|\\.)?|dec(?:ember|\\.)?|ocak|(?:\xC5\x9E|\xC5\x9F)ubat|mart|nisan|"                 \
  "may(?:\xC4\xB1|I|i)s|haziran|temmuz|a(?:\xC4\x9F|\xC4\x9E|g)ustos|subat|"                       \
  "eyl(?:\xC3\xBC|\xC3\x9C|u)l|ekim|kas(?:\xC4\xB1|I|i)m|aral(?:\xC4\xB1|I|i)k|yanvar|"            \
  "fevral|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)"
/* number words of spoken dates (dob_words): az/tr tens and units, en
 * ordinal days and years */
#define TRW_TENS                                                                                   \
  "(?:iyirmi|yirmi|otuz|q\xC4\xB1rx|k\xC4\xB1rk|\xC9\x99lli|elli|altm\xC4\xB1\xC5\x9F|"            \
  "yetmi\xC5\x9F|"                                                                                 \
  "s\xC9\x99ks\xC9\x99n|seksen|doxsan|doksan)"
#define TRW_UNIT                                                                                   \
  "(?:bir|iki|\xC3\xBC\xC3\xA7|d\xC3\xB6rd|d\xC3\xB6rt|be\xC5\x9F|alt\xC4\xB1|yeddi|yedi|"         \
  "s\xC9\x99kkiz|"                                                                                 \
  "sekiz|doqquz|dokuz)"
#define EN_UNIT "(?:one|two|three|four|five|six|seven|eight|nine)"
#define EN_ORD                                                                                     \
  "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"          \
  "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"         \
  "thirtieth|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
#define EN_YEAR                                                                                    \
  "(?:nineteen (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]" EN_UNIT        \
  ")?|oh " EN_UNIT ")|two thousand(?: and)?(?: " EN_UNIT ")?)"
/* birth-date labels before a month and year alone (dob_text) */
#define DOB_LABEL_RX                                                                               \
  "(?:do\xC4\x9Fum tarix(?:i|\xC4\xB1)|do\xC4\x9Fum tarihi|date of birth|d\\.o\\.b\\.?|dob|"       \
  "do\xC4\x9F\\.)"
/* three-letter English month abbreviations, as tickets write them: "22AUG79" */
#define MON3 "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
/* subscriber number: 3-2-2 or 3-4. The phone_tr, phone_az and phone_us
 * patterns are mirrored by hand-written end matchers (numeric.c, checked by
 * tests/unit/test_numeric.c); the forms added from realistic.jsonl are in
 * the separate *_x rows below, run by Vectorscan. */
#define PHONE_TAIL "[ .-]?[0-9]{3}(?:[ .-]?[0-9]{2}[ .-]?[0-9]{2}|[ .-]?[0-9]{4})"
/* the same, and the 3-1-3 of Turkish service numbers ("0850 222 0 800") */
#define PHONE_TAIL_X \
  "[ .-]?[0-9]{3}(?:[ .-]?[0-9]{2}[ .-]?[0-9]{2}|[ .-]?[0-9]{4}|[ .-][0-9][ .-][0-9]{3})"
/* Turkish street kinds, and the words of a street name: capitalised words
 * or numbers, also numbered streets ("1443. Cadde", "7. Sokak", "1337 Sk.") */
#define TRSTREET                                                                   \
  "(?:Soka(?:k|\xC4\x9F\xC4\xB1)|Sok\\.|Sk\\.|Caddesi|Cadde|Cad\\.|Cd\\.|Bulvar\xC4\xB1|" \
  "Blv\\.|SOKAK|SOK\\.|SK\\.|CADDES\xC4\xB0|CAD\\.|CD\\.|BULVARI|BLV\\.|Meydan\xC4\xB1|MEYDANI|" \
  "Yoku\xC5\x9Fu|Yolu|\xC3\x87\xC4\xB1kmaz\xC4\xB1|Bulv\\.)"
/* the same in lower case, only after a neighbourhood (address_tr_mah) */
#define TRSTREET_LC                                                                    \
  "(?:sokak|soka\xC4\x9F\xC4\xB1|sok\\.?|sk\\.?|caddesi|cad\\.?|cd\\.?|yoku\xC5\x9Fu|yolu|" \
  "\xC3\xA7\xC4\xB1kmaz\xC4\xB1)"
/* the largest provinces as typed in lower case after a district */
#define TRCITY_LC \
  "(?:(?:i|I|\xC4\xB0)stanbul|[Aa]nkara|(?:i|I|\xC4\xB0)zmir|[Bb]ursa|[Aa]ntalya|[Aa]dana|[Kk]onya|" \
  "(?:i|I|\xC4\xB0)st\\.?|[Aa]nk\\.?)"
#define TRW "(?:" CW "|[0-9]{4,5}|[0-9]{1,5}\\.|[0-9]{1,5}/[0-9]{1,3})" /* İzmir "372/5 Sok." */
/* district / province separator: "Çankaya/Ankara", "Çankaya - ANKARA" */
#define TRSL "(?: ?/ ?| - | \xE2\x80\x93 )"
#define UKPC "[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}"
/* the 81 Turkish provinces, title case and capitals, with and without
 * their Turkish letters (the anchor of address_tr_prov) */
#define TRPROV \
  "(?:" \
  "ADANA|ADIYAMAN|AFYONKARAHISAR|AFYONKARAH\xC4\xB0SAR|AGRI|AKSARAY|AMASYA|ANKARA|" \
  "ANTALYA|ARDAHAN|ARTVIN|ARTV\xC4\xB0N|AYDIN|Adana|Adiyaman|Ad\xC4\xB1yaman|" \
  "Afyonkarahisar|Agri|Aksaray|Amasya|Ankara|Antalya|Ardahan|Artvin|Aydin|" \
  "Ayd\xC4\xB1n|A\xC4\x9ERI|A\xC4\x9Fr\xC4\xB1|BALIKESIR|BALIKES\xC4\xB0R|BARTIN|" \
  "BATMAN|BAYBURT|BILECIK|BINGOL|BITLIS|BOLU|BURDUR|BURSA|Balikesir|" \
  "Bal\xC4\xB1kesir|Bartin|Bart\xC4\xB1n|Batman|Bayburt|Bilecik|Bingol|" \
  "Bing\xC3\xB6l|Bitlis|Bolu|Burdur|Bursa|B\xC4\xB0LEC\xC4\xB0K|" \
  "B\xC4\xB0NG\xC3\x96L|B\xC4\xB0TL\xC4\xB0S|CANAKKALE|CANKIRI|CORUM|Canakkale|" \
  "Cankiri|Corum|DENIZLI|DEN\xC4\xB0ZL\xC4\xB0|DIYARBAKIR|DUZCE|Denizli|Diyarbakir|" \
  "Diyarbak\xC4\xB1r|Duzce|D\xC3\x9CZCE|D\xC3\xBCzce|D\xC4\xB0YARBAKIR|EDIRNE|" \
  "ED\xC4\xB0RNE|ELAZIG|ELAZI\xC4\x9E|ERZINCAN|ERZURUM|ERZ\xC4\xB0NCAN|ESKISEHIR|" \
  "ESK\xC4\xB0\xC5\x9E" "EH\xC4\xB0R|Edirne|Elazig|Elaz\xC4\xB1\xC4\x9F|Erzincan|" \
  "Erzurum|Eskisehir|Eski\xC5\x9F" "ehir|GAZIANTEP|GAZ\xC4\xB0" "ANTEP|GIRESUN|GUMUSHANE|" \
  "Gaziantep|Giresun|Gumushane|G\xC3\x9CM\xC3\x9C\xC5\x9EHANE|" \
  "G\xC3\xBCm\xC3\xBC\xC5\x9Fhane|G\xC4\xB0RESUN|HAKKARI|HAKKAR\xC4\xB0|HATAY|" \
  "Hakkari|Hatay|IGDIR|ISPARTA|ISTANBUL|IZMIR|Igdir|Isparta|Istanbul|Izmir|" \
  "I\xC4\x9E" "DIR|I\xC4\x9F" "d\xC4\xB1r|KAHRAMANMARAS|KAHRAMANMARA\xC5\x9E|KARABUK|" \
  "KARAB\xC3\x9CK|KARAMAN|KARS|KASTAMONU|KAYSERI|KAYSER\xC4\xB0|KILIS|KIRIKKALE|" \
  "KIRKLARELI|KIRKLAREL\xC4\xB0|KIRSEHIR|KIR\xC5\x9E" "EH\xC4\xB0R|KOCAELI|" \
  "KOCAEL\xC4\xB0|KONYA|KUTAHYA|Kahramanmaras|Kahramanmara\xC5\x9F|Karabuk|" \
  "Karab\xC3\xBCk|Karaman|Kars|Kastamonu|Kayseri|Kilis|Kirikkale|Kirklareli|" \
  "Kirsehir|Kocaeli|Konya|Kutahya|K\xC3\x9CTAHYA|K\xC3\xBCtahya|" \
  "K\xC4\xB0L\xC4\xB0S|K\xC4\xB1rklareli|K\xC4\xB1r\xC4\xB1kkale|" \
  "K\xC4\xB1r\xC5\x9F" "ehir|MALATYA|MANISA|MAN\xC4\xB0SA|MARDIN|MARD\xC4\xB0N|MERSIN|" \
  "MERS\xC4\xB0N|MUGLA|MUS|MU\xC4\x9ELA|MU\xC5\x9E|Malatya|Manisa|Mardin|Mersin|" \
  "Mugla|Mus|Mu\xC4\x9Fla|Mu\xC5\x9F|NEVSEHIR|NEV\xC5\x9E" "EH\xC4\xB0R|NIGDE|" \
  "Nevsehir|Nev\xC5\x9F" "ehir|Nigde|Ni\xC4\x9F" "de|N\xC4\xB0\xC4\x9E" "DE|ORDU|OSMANIYE|" \
  "OSMAN\xC4\xB0YE|Ordu|Osmaniye|RIZE|Rize|R\xC4\xB0ZE|SAKARYA|SAMSUN|SANLIURFA|" \
  "SIIRT|SINOP|SIRNAK|SIVAS|Sakarya|Samsun|Sanliurfa|Siirt|Sinop|Sirnak|Sivas|" \
  "S\xC4\xB0NOP|S\xC4\xB0VAS|S\xC4\xB0\xC4\xB0RT|TEKIRDAG|TEK\xC4\xB0RDA\xC4\x9E|" \
  "TOKAT|TRABZON|TUNCELI|TUNCEL\xC4\xB0|Tekirdag|Tekirda\xC4\x9F|Tokat|Trabzon|" \
  "Tunceli|USAK|Usak|U\xC5\x9E" "AK|U\xC5\x9F" "ak|VAN|Van|YALOVA|YOZGAT|Yalova|Yozgat|" \
  "ZONGULDAK|Zonguldak|\xC3\x87" "ANAKKALE|\xC3\x87" "ANKIRI|\xC3\x87ORUM|" \
  "\xC3\x87" "anakkale|\xC3\x87" "ank\xC4\xB1r\xC4\xB1|\xC3\x87orum|\xC4\xB0STANBUL|" \
  "\xC4\xB0ZM\xC4\xB0R|\xC4\xB0stanbul|\xC4\xB0zmir|\xC5\x9E" "ANLIURFA|\xC5\x9EIRNAK|" \
  "\xC5\x9E" "anl\xC4\xB1urfa|\xC5\x9E\xC4\xB1rnak" \
  ")"

/* the phone labels before a seven-digit local number (phone_local; the
 * one list is GZ_LOCAL_LABELS in detect.h) */
#define LOCAL_LABELS GZ_LOCAL_LABELS(GZ_LBL_STR, GZ_LBL_BAR)
/* "fin kodum pnvp0pv" (az_fin_lower: the pattern is its own anchor) */
#define FIN_LOWER \
  "[Ff](?:[Ii]|\xC4\xB0|\xC4\xB1)[Nn](?:[ -]?(?:kod|code)[a-z]{0,4})?[ \t]*[:=-]?[ \t]*[0-9a-hj-np-z]{7}"
/* Latin-1 letters for continental European addresses: a capital (also
 * Ä, Ö, Ü, É...), a small letter (also ä, ö, ü, ß, é...), a capitalised
 * word, any word (French street names have articles: "de la") and the
 * German and Dutch street words glued to the name */
/* Azerbaijani cities before a postcode (address_az_pc) */
/* street words spaced letter by letter by OCR (address_spaced) */
#define SPACED_STREET                                                                            \
  "(?:R o a d|R O A D|S t r e e t|S T R E E T|A v e|A V E|A v e n u e|L a n e|D r i v e|"         \
  "k \xC3\xBC \xC3\xA7 \xC9\x99 s i|k \xC3\xBC \xC3\xA7 \\.|p r o s p e k t i|C a d d e s i|"        \
  "C a d \\.|S o k a k|S o k \\.|M a h a l l e s i|M a h \\.)"
/* Azerbaijani ordinals of numbered streets and micro-districts: "2-ci",
 * "6-c\xC4\xB1", "9-cu", "5-c\xC3\xBC" */
#define AZORD "[0-9]{1,2}-(?:ci|c\xC4\xB1|cu|c\xC3\xBC)"
/* titles written in lower case inside a street's name ("Cavad xan
 * k\xC3\xBC\xC3\xA7\xC9\x99si", "\xC6\x8Fli b\xC9\x99y
 * H\xC3\xBCseynzad\xC9\x99 k\xC3\xBC\xC3\xA7\xC9\x99si") */
#define AZTITLE "xan|xan\xC4\xB1m|b\xC9\x99y|a\xC4\x9F" "a"
/* the separator between two digits of phone_ocr: spaces, brackets and
 * dashes, or an en dash */
#define OCR_SEP "(?:[ ()-]{1,4}| ?\xE2\x80\x93 ?)"
/* UK towns (UK_TOWNS) and street kinds before them (address_uk_town) */
#define UKTOWN "(?:" UK_TOWNS(UKT_RX) "London)"
#define UKSTREET                                                                                   \
  "(?:Street|Road|Lane|Avenue|Drive|Way|Close|Crescent|Terrace|Gardens|Grove|Place|Square|"        \
  "Mews|Row|Walk|Rise)"
/* US state and territory codes (address_us_zip) */
#define USST                                                                                   \
  "(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|" \
  "S[CD]|T[NX]|UT|V[AT]|W[AIVY])"
#define AZCITY                                                                                  \
  "(?:Baku|Bak\xC4\xB1|Baki|Ganja|G\xC9\x99nc\xC9\x99|Sumgait|Sumqay\xC4\xB1t|Sumqayit|Lankaran|" \
  "L\xC9\x99nk\xC9\x99ran|Mingachevir|Shirvan|Khirdalan|X\xC4\xB1rdalan|Nakhchivan|"             \
  "Nax\xC3\xA7\xC4\xB1van)"
/* Azerbaijani settlements: a city, a village, a settlement */
#define AZSETTLE "\xC5\x9F\xC9\x99h\xC9\x99ri|\xC5\x9F\xC9\x99h\\.|k\xC9\x99ndi|q\xC9\x99s\xC9\x99" "b\xC9\x99si"
#define AZVILL "(?:k\xC9\x99ndi|q\xC9\x99s\xC9\x99" "b\xC9\x99si|Q\xC9\x99s\xC9\x99" "b\xC9\x99|q\xC9\x99s\\.)"
/* a capitalised word in Latin letters with the Slavic ones (\xC4 \xC5: \xC5\x82 \xC5\x9B
 * \xC4\x87 \xC5\xBC ...), for address_ul */
#define SLW                                                                     \
  "(?:[A-Z]|\xC3[\x80-\x9E]|\xC4[\x80-\xBF]|\xC5[\x80-\xBF])(?:[a-z'-]|\xC3[\x9F-\xBF]|" \
  "\xC4[\x80-\xBF]|\xC5[\x80-\xBF])+"
#define EUU "(?:[A-Z]|\xC3[\x80-\x9E])"
#define EUL "(?:[a-z]|\xC3[\x9F-\xBF])"
#define EUW EUU "(?:" EUL "|-)*"
#define EUX "(?:[A-Za-z'-]|\xC3[\x80-\xBF])+"
#define EUSUF                                                                              \
  "stra\xC3\x9F" "e|strasse|str\\.|weg|gasse|allee|platz|damm|ufer|gracht|straat|laan|kade|" \
  "plein|steig"

/* labels of a login and password written as a pair (secret_userpass) */
#define USERPASS_LABEL                                                                             \
  "(?:creds|credentials|hesab(?:\xC4\xB1|i)?|hesap|account|login|giri(?:\xC5\x9F|s)|"              \
  "kullan(?:\xC4\xB1|i)c(?:\xC4\xB1|i))"
/* Russian: a capitalised Cyrillic word; the street words ул. улица пр.
 * просп. проспект пер. переулок бульвар шоссе (address_ru) */
/* Azerbaijani Cyrillic letters (with \xD0\x88 \xD3\x98 \xD2\x9C \xD2\x92 \xD2\xAE \xD2\xBA \xD2\xB8 \xD3\xA8) and a
 * capitalised word, an initial allowed ("\xD2\x9C.\xD0\x91...", address_az_cyr) */
#define AZC_UP "(?:\xD0[\x90-\xAF]|\xD0\x88|\xD3\x98|\xD2[\x92\x9C\xAE\xB8\xBA]|\xD3\xA8)"
#define AZC_LO "(?:\xD0[\xB0-\xBF]|\xD1[\x80-\x8F]|\xD1\x98|\xD3\x99|\xD2[\x93\x9D\xAF\xB9\xBB]|\xD3\xA9)"
#define AZC_W "(?:" AZC_UP "\\.)?" AZC_UP AZC_LO "+"
#define RU_W "\xD0[\x90-\xAF](?:\xD0[\xB0-\xBF]|\xD1[\x80-\x8F]|\xD1\x91)+"
#define RU_KIND                                                                                    \
  "(?:\xD1\x83\xD0\xBB\\.|\xD1\x83\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB0|\xD0\xBF\xD1\x80\\.|"           \
  "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD0\xBF\\.|"                                                   \
  "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD0\xBF\xD0\xB5\xD0\xBA\xD1\x82|\xD0\xBF\xD0\xB5\xD1\x80\\.|"  \
  "\xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD1\x83\xD0\xBB\xD0\xBE\xD0\xBA|"                              \
  "\xD0\xB1\xD1\x83\xD0\xBB\xD1\x8C\xD0\xB2\xD0\xB0\xD1\x80|"                                      \
  "\xD1\x88\xD0\xBE\xD1\x81\xD1\x81\xD0\xB5)"
const gz_detector gz_detectors[] = {
    /* type, name, regex, flags, bound, lang, base, ctx+, neg-, before, after, ctx, neg, check, trim
     */
    /* also spaced by OCR ("5 4 4 3 1 3 2 2 5 7 6"): then only with a
     * context word (chk_tckn); the walk back over spaces may take a group
     * before the number, which trim_left drops again */
    {GIZLI_T_TR_TCKN, "tr_tckn", "[1-9][0-9]{10}|[1-9](?: [0-9]){10}", 0, GZ_B_NUM, GIZLI_LANG_TR,
     0.85f, 0.15f, 0.45f, 48, 24, ctx_tckn, neg_ids, chk_tckn, 1, "0123456789 ", 21, NULL, 0},
    /* 64 bytes before: a correction names the number after the label and
     * a wrong one ("VKN yanlış yazılmış: X değil, doğrusu Y") */
    {GIZLI_T_TR_VKN, "tr_vkn", "[0-9]{10}", 0, GZ_B_NUM, GIZLI_LANG_TR, 0.3f, 0.55f, 0.45f, 64, 24,
     ctx_vkn, neg_ids, chk_vkn, 0, "0123456789", 10, NULL, 1},
    {GIZLI_T_AZ_VOEN, "az_voen", "[0-9]{8}[0-9][12]", 0, GZ_B_NUM, GIZLI_LANG_AZ, 0.3f, 0.55f,
     0.45f, 48, 24, ctx_voen, neg_ids, chk_voen, 0, "0123456789", 10, NULL, 1},
    {GIZLI_T_TR_MERSIS, "tr_mersis", "0[0-9]{15}", 0, GZ_B_NUM, GIZLI_LANG_TR, 0.3f, 0.6f, 0.3f, 48,
     24, ctx_mersis, neg_ids, chk_mersis, 0, "0123456789", 16, NULL, 1},
    {GIZLI_T_IBAN, "iban", "[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}", 0, GZ_B_WORD, 0, 0.95f, 0.05f,
     0.0f, 32, 16, ctx_iban, NULL, chk_iban, 1, GZ_CLS_UPPER GZ_CLS_DIGIT " ", 42, NULL, 0},
    /* the country code set apart: "TR 41 0001 0033 4322 0886 5338 17"; run
     * only around the word "IBAN" (costly over all text) */
    {GIZLI_T_IBAN, "iban_cc_sep", "[A-Z]{2} [0-9]{2}(?: ?[A-Z0-9]){11,30}", 0, GZ_B_WORD, 0, 0.95f,
     0.05f, 0.0f, 32, 16, ctx_iban_label, NULL, chk_iban, 1, GZ_CLS_UPPER GZ_CLS_DIGIT " ", 43,
     NULL, 1},
    /* typed in lower case in chats, run together or in groups of four (see
     * end_iban_lower, which mirrors the pattern) */
    {GIZLI_T_IBAN, "iban_lower",
     "[a-z]{2}[0-9]{2}(?:[a-z0-9]{4}[0-9]{7,26}| [a-z0-9]{4}(?: [0-9]{4}){1,6}(?: [0-9]{1,4})?)", 0,
     GZ_B_WORD, 0, 0.6f, 0.3f, 0.0f, 32, 16, ctx_iban, NULL, chk_iban_lower, 1,
     GZ_CLS_LOWER GZ_CLS_DIGIT " ", 42, NULL, 0},
    {GIZLI_T_CREDIT_CARD, "card", "[0-9](?:[ -]?[0-9]){11,18}", 0, GZ_B_NUM, 0, 0.85f, 0.1f, 0.3f,
     48, 24, ctx_card, neg_card, chk_card, 1, GZ_CLS_DIGIT " -", 23, NULL, 0},
    {GIZLI_T_PHONE, "phone_tr",
     "(?:(?:(?:\\+|00)90[ .-]?|0 ?)?\\(?[2-5][0-9]{2}\\)?|\\(0[2-5][0-9]{2}\\))" PHONE_TAIL, 0,
     GZ_B_NUM, GIZLI_LANG_TR, 0.75f, 0.2f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_tr, 1,
     GZ_CLS_DIGIT " .()+-", 26, NULL, 0},
    {GIZLI_T_PHONE, "phone_az",
     "(?:(?:\\+|00)?994[ .-]?\\(?[1-9][0-9]\\)?|\\(?0[1-9][0-9]\\)?|[1-9][0-9])" PHONE_TAIL, 0,
     GZ_B_NUM, GIZLI_LANG_AZ, 0.75f, 0.2f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_az, 1,
     GZ_CLS_DIGIT " .()+-", 26, NULL, 0},
    /* Forms of contact pages (realistic.jsonl): Turkish non-geographic
     * 0800/0850 numbers (with the trunk 0 or +90, also 3-1-3 grouped), the
     * trunk 0 in brackets "(0 312)", "+90 (0212)", and "(+90) 212". */
    {GIZLI_T_PHONE, "phone_tr_x",
     "(?:(?:(?:\\+|00)90[ .-]?|0 ?)\\(?8[0-9]{2}\\)?|(?:(?:\\+|00)90[ .-]?)?\\(0 "
     "?[2-58][0-9]{2}\\)|"
     "\\(\\+90\\) ?[2-58][0-9]{2})" PHONE_TAIL_X
     /* an operator's own service number, 3-1-3: "0542 542 0 542" */
     "|(?:(?:\\+|00)90[ .-]?|0 ?)5[0-9]{2}[ .-][0-9]{3}[ .-][0-9][ .-][0-9]{3}",
     0, GZ_B_NUM, GIZLI_LANG_TR, 0.75f, 0.2f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_tr, 1,
     GZ_CLS_DIGIT " .()+-", 26, NULL, 0},
    /* an Azerbaijani mobile grouped 4-2-2-2, the operator code's 0 and
     * the first digit of the number together: "0513 40 77 26", "0707 55
     * 12 80" (batches 38, 44); ten digits, so no Turkish number (eleven)
     * takes this grouping. A row of its own in the main database (no
     * digit-walk end matcher): its literal start "0" and an operator code */
    {GIZLI_T_PHONE, "phone_az_4222",
     "0(?:10|50|51|55|60|70|77|99)[0-9][ .-][0-9]{2}[ .-][0-9]{2}[ .-][0-9]{2}", 0, GZ_B_NUM,
     GIZLI_LANG_AZ, 0.75f, 0.2f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_az, 1,
     GZ_CLS_DIGIT " .-", 13, NULL, 0},
    /* "(+994 12)", "(+994) 12", "+994 (012)" */
    {GIZLI_T_PHONE, "phone_az_x",
     "(?:(?:\\+|00)?994[ .-]?\\(0[1-9][0-9]\\)|\\(\\+994 ?[1-9][0-9]\\)|\\(\\+994\\) "
     "?[1-9][0-9])" PHONE_TAIL,
     0, GZ_B_NUM, GIZLI_LANG_AZ, 0.75f, 0.2f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_az, 1,
     GZ_CLS_DIGIT " .()+-", 26, NULL, 0},
    /* Turkish 444 call-centre numbers ("Çağrı Merkezi: 444 0 123", "444 0
     * 606 (Çağrı Merkezi)"), only with a phone word (see chk_phone_444).
     * Seven-digit local numbers as a context-anchored scan or a
     * digit-started pattern cost 5-9 % of the scan time; they are found
     * after a label or a full number only (phone_local, an end matcher). */
    {GIZLI_T_PHONE, "phone_444", "444(?:[ .-]?[0-9]){4}", 0, GZ_B_NUM, 0, 0.75f, 0.2f, 0.5f, 40, 24,
     ctx_phone, neg_phone, chk_phone_444, 1, GZ_CLS_DIGIT " .-", 10, NULL, 0},
    {GIZLI_T_PHONE, "phone_us",
     "(?:\\+1[ .-]?)?\\(?[2-9][0-9]{2}\\)?[ .-]?[2-9][0-9]{2}[ .-][0-9]{4}", 0, GZ_B_NUM,
     GIZLI_LANG_EN, 0.5f, 0.3f, 0.4f, 40, 16, ctx_phone, neg_phone, chk_phone_us, 1,
     GZ_CLS_DIGIT " .()+-", 20, NULL, 0},
    /* UK and Irish national numbers (see chk_phone_uk); also the
     * Australian, New Zealand and Irish one-digit area code in brackets
     * "(08) 8231 4407", "(06) 835 4471", "(01) 832 4418" and Australian
     * 1300/1800 numbers "1300 652 418" (chk_phone_au_nz); mirrored by
     * end_phone_uk. Retried after a separator: the walk back over 15
     * bytes takes the tail of a number before it in a table row
     * ("03/02/1961 07801441290"). */
    {GIZLI_T_PHONE, "phone_uk",
     "0[137][0-9]{2,3}[ -]?[0-9]{3}[ -]?[0-9]{3,4}|02[0-9][ -][0-9]{4}[ -][0-9]{4}|"
     "07[0-9]{3} [0-9]{2} [0-9]{2} [0-9]{2}|0[1-9][0-9]?[ -][0-9]{3}[ -][0-9]{3,4}|"
     "\\(0[1-9]\\) ?[0-9]{3,4}[ -][0-9]{4}|1(?:[38]0|8[59])0[ -][0-9]{3}[ -][0-9]{3}|"
     "0(?: {1,2}[1237])(?: {1,2}[0-9]){9}",
     0, GZ_B_NUM, /* spaced by OCR */
     GIZLI_LANG_EN, 0.6f, 0.25f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_uk, 1,
     GZ_CLS_DIGIT " -", 15, NULL, 0},
    /* UK non-geographic and freephone numbers, "0808 800 4444" (batch 34;
     * a row of its own: phone_uk's pattern is mirrored by numeric.c) */
    {GIZLI_T_PHONE, "phone_uk_free",
     "08[0457][0-9][ -][0-9]{3}[ -][0-9]{4}|0818[ -][0-9]{3}[ -][0-9]{3}", 0, GZ_B_NUM,
     GIZLI_LANG_EN, 0.6f, 0.25f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_uk, 1,
     GZ_CLS_DIGIT " -", 15, NULL, 0},
    /* a UK area code of four or five digits in brackets, "(01889) 881 207"
     * (batch 34): a row of its own, its brackets in the start's bytes */
    {GIZLI_T_PHONE, "phone_uk_bracket", "\\(0[1-9][0-9]{2,3}\\) ?[0-9]{3,4}[ -]?[0-9]{3,4}", 0,
     GZ_B_NUM, GIZLI_LANG_EN, 0.6f, 0.25f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_uk, 0,
     GZ_CLS_DIGIT " -()", 16, NULL, 0},
    /* seven-digit local numbers after a phone label or a full number (see
     * chk_phone_local); mirrored by end_phone_local */
    {GIZLI_T_PHONE, "phone_local",
     "(?:[,;/]|(?:" LOCAL_LABELS ")\\.?:?) ?[2-9][0-9]{2}(?: [0-9]{2} [0-9]{2}|-[0-9]{2}-[0-9]{2})",
     0, GZ_B_NONE, 0, 0.7f, 0.2f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_local, 0,
     GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT " -,;/.:\xC9\x99\xC6\x8F", 19, NULL, 0},
    /* "0532/418 66 21" (see chk_phone_slash) */
    {GIZLI_T_PHONE, "phone_slash", "0[1-9][0-9]{1,2}/ ?[0-9]{3}[ .-]?[0-9]{2}[ .-]?[0-9]{2}", 0,
     GZ_B_NUM, 0, 0.75f, 0.2f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_slash, 0,
     GZ_CLS_DIGIT " .-/", 17, NULL, 0},
    /* national mobile numbers in groupings the rows above lack (batch
     * 23): Azerbaijani 4-3 after the operator code ("050 4410 823"),
     * Australian 04xx xxx xxx ("0412 338 706") and (batch 28) Turkish
     * 4-3 after the operator code ("0543 1186 204", "0 532 5114 806");
     * see chk_phone_mobile_x */
    {GIZLI_T_PHONE, "phone_mobile_x",
     "0(?:10|5[015]|7[07]|99)(?: [0-9]{4} |\\.[0-9]{4}\\.|-[0-9]{4}-)[0-9]{3}|04[0-9]{2} [0-9]{3} "
     "[0-9]{3}|"
     "0 ?5[0-9]{2} [0-9]{4} [0-9]{3}",
     0, GZ_B_NUM, 0, 0.7f, 0.2f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_mobile_x, 0,
     GZ_CLS_DIGIT " .-", 14, NULL, 0},
    {GIZLI_T_PHONE, "phone_intl",
     "\\+[1-9][0-9]{0,3}(?:[ .-]?\\(?[0-9]{1,5}\\)?){1,5}[ .-]?[0-9]{2,5}", 0, GZ_B_NUM, 0, 0.65f,
     0.25f, 0.4f, 40, 16, ctx_phone, neg_phone, chk_phone_intl, 1, GZ_CLS_DIGIT " .()+-", 26, NULL,
     0},
    /* spaced by OCR or typed box by box (chk_phone_ocr); it needs a phone
     * word to pass (0.3 + 0.5). Anchored on what its check wants, not on the
     * phone words (run around every one, with start tracking, it cost 14 %
     * of the structured scan): of ten or eleven digits, four stand alone,
     * so two single digits stand next to each other or with one group of
     * two or three digits between them (the other three groups hold at
     * most seven digits). The engine finds the anchor in its digit walk
     * (gz_ocr_anchor, checked against this regex by test_numeric) */
    {GIZLI_T_PHONE, "phone_ocr", "(?:\\( ?)?[0-9](?:" OCR_SEP "?[0-9]){9,10}", 0, GZ_B_NUM, 0, 0.3f,
     0.5f, 0.4f, 40, 16, ctx_phone, neg_phone, chk_phone_ocr, 1, GZ_CLS_DIGIT " ()-\xE2\x80\x93",
     64, "(?:^|[^0-9])[0-9]" OCR_SEP "(?:[0-9]{2,3}" OCR_SEP ")?[0-9](?:[^0-9]|$)", 0},
    /* a UPI payment address after "UPI" / "VPA" (see chk_upi) */
    {GIZLI_T_SOCIAL_HANDLE, "handle_upi", "[A-Za-z0-9][A-Za-z0-9._-]{1,63}@[A-Za-z]{2,20}", 0,
     GZ_B_NONE, 0, 0.3f, 0.5f, 0.0f, 40, 8, ctx_upi, NULL, chk_upi, 0, NULL, 0, NULL, 1},
    /* a URL-encoded phone as a query value (see chk_phone_url) */
    {GIZLI_T_PHONE, "phone_url", "=(?:%2[Bb]|0)[0-9]{1,4}(?:(?:%20|\\+)?[0-9]{1,5}){1,6}", 0,
     GZ_B_NONE, 0, 0.75f, 0.2f, 0.5f, 40, 16, ctx_phone, neg_phone, chk_phone_url, 0, NULL, 0,
     "=%2[Bb][0-9]|=0[0-9]{2,4}\\+[0-9]", 0},
    {GIZLI_T_EMAIL, "email",
     "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}", 0, GZ_B_EMAIL, 0,
     0.9f, 0.1f, 0.0f, 32, 8, ctx_email, NULL, chk_email, 0,
     GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT "._%+-@", 254, NULL, 0},
    {GIZLI_T_EMAIL, "email_obf",
     "[A-Za-z0-9._%+-]+(?: ?[[({]at[])}] ?|%40|\\\\u0040)[A-Za-z0-9-]+(?:(?:\\.| ?[[({]dot[])}] "
     "?)[A-Za-z0-9-]+)*"
     "(?:\\.| ?[[({]dot[])}] ?)[A-Za-z]{2,24}",
     HS_FLAG_CASELESS, GZ_B_EMAIL, 0, 0.8f, 0.1f, 0.0f, 32, 8, ctx_email, NULL, chk_email_obf, 0,
     NULL, 0, "[[({]at[])}]|%40|\\\\u0040", 0},
    /* spelled with bare words, "callum.r.89 at outlook dot com" (see
     * chk_email_spelled); only around a " dot " and a top-level domain */
    {GIZLI_T_EMAIL, "email_spelled",
     "[A-Za-z0-9._%+-]+ at [A-Za-z0-9-]+(?: dot [A-Za-z0-9-]+){0,3} dot "
     "(?:com|net|org|az|tr|ru|uk|io|de)",
     HS_FLAG_CASELESS, GZ_B_EMAIL, 0, 0.8f, 0.1f, 0.0f, 32, 8, ctx_email, NULL, chk_email_spelled,
     0, NULL, 0, " dot (?:com|net|org|az|tr|ru|uk|io|de)\\b", 0},
    {GIZLI_T_TR_PASSPORT, "tr_passport", "[A-Z] ?[0-9]{8}", 0, GZ_B_WORD, GIZLI_LANG_TR, 0.3f, 0.5f,
     0.3f, 48, 40, ctx_tr_passport, neg_ids, chk_tr_passport, 1, GZ_CLS_UPPER GZ_CLS_DIGIT " ", 10,
     NULL, 1},
    /* 40 bytes after: the kind of passport between the number and the word
     * ("C94257213 nömrəli ümumvətəndaş pasportu", batch 28); 64 before: the
     * holder's name between the word and its number ("pasport tapdım. Adı
     * ALLAHVERDİYEV SƏNAN, nömrəsi C41137302", batch 33) */
    {GIZLI_T_AZ_PASSPORT, "az_passport", "C ?[0-9]{8}", 0, GZ_B_WORD, GIZLI_LANG_AZ, 0.32f, 0.5f,
     0.3f, 64, 40, ctx_az_passport, neg_ids, chk_az_passport, 1, GZ_CLS_UPPER GZ_CLS_DIGIT " ", 10,
     NULL, 1},
    /* spaced by OCR, one character per box (batch 30) */
    {GIZLI_T_AZ_PASSPORT, "az_passport_spaced", "C(?: [0-9]){8}", 0, GZ_B_WORD, GIZLI_LANG_AZ,
     0.32f, 0.5f, 0.3f, 48, 40, ctx_az_passport, neg_ids, chk_az_passport_spaced, 1, "C0123456789 ",
     17, NULL, 1},
    {GIZLI_T_AZ_ID_CARD, "az_id_aze", "AZE ?[0-9]{8}", 0, GZ_B_WORD, GIZLI_LANG_AZ, 0.8f, 0.2f,
     0.3f, 48, 16, ctx_az_id, neg_az_id, chk_az_id_aze, 1, GZ_CLS_UPPER GZ_CLS_DIGIT " ", 12, NULL,
     0},
    {GIZLI_T_AZ_ID_CARD, "az_id_aa", "AA ?[0-9]{7}", 0, GZ_B_WORD, GIZLI_LANG_AZ, 0.42f, 0.45f,
     0.3f, 48, 16, ctx_az_id, neg_az_id, chk_az_id_aa, 1, GZ_CLS_UPPER GZ_CLS_DIGIT " ", 10, NULL,
     0},
    /* also typed in lower case ("fin: nlrp1qt"): then with a digit */
    {GIZLI_T_AZ_FIN, "az_fin", "[0-9A-HJ-NP-Z]{7}", 0, GZ_B_WORD, GIZLI_LANG_AZ, 0.2f, 0.6f, 0.3f,
     40, 8, ctx_fin, neg_ids, chk_fin, 0, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 7, NULL, 1},
    /* spaced by OCR, one character per box: "FİN 3 Q 9 V T 7 K" (batch 30) */
    {GIZLI_T_AZ_FIN, "az_fin_spaced", "[0-9A-HJ-NP-Z](?: [0-9A-HJ-NP-Z]){6}", 0, GZ_B_WORD,
     GIZLI_LANG_AZ, 0.2f, 0.6f, 0.3f, 40, 8, ctx_fin, neg_ids, chk_fin_spaced, 1,
     "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ ", 13, NULL, 1},
    {GIZLI_T_AZ_ID_CARD, "az_id_spaced", "AZE(?: [0-9]){8}", 0, GZ_B_WORD, GIZLI_LANG_AZ, 0.6f,
     0.3f, 0.3f, 48, 16, ctx_az_id, neg_az_id, chk_az_id_spaced, 0, GZ_CLS_UPPER GZ_CLS_DIGIT " ",
     19, NULL, 0},
    /* typed in lower case ("fin kodum pnvp0pv"): only right after the word
     * FİN (a pattern over every FİN window cost 10 % of the scan, and 1.3 %
     * even with the label in it); the check keeps the value */
    {GIZLI_T_AZ_FIN, "az_fin_lower", FIN_LOWER, 0, GZ_B_WORD, GIZLI_LANG_AZ, 0.2f, 0.6f, 0.3f, 40,
     8, ctx_fin, neg_ids, chk_fin_lower, 0, NULL, 0, FIN_LOWER, 0},
    /* in a file name after the person's name, "Aliyev_Namiq_8C55U79.pdf"
     * (see chk_fin_file) */
    {GIZLI_T_AZ_FIN, "az_fin_file",
     "_[0-9A-HJ-NP-Z]{7}\\.(?:pdf|PDF|jpe?g|JPE?G|png|PNG|docx?|tiff?)", 0, GZ_B_WORD,
     GIZLI_LANG_AZ, 0.6f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_fin_file, 0,
     GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT "_.", 64, NULL, 0},
    {GIZLI_T_TR_PLATE, "tr_plate", "[0-9]{2} ?[A-Z]{1,3} ?[0-9]{2,5}", 0, GZ_B_WORD, GIZLI_LANG_TR,
     0.45f, 0.4f, 0.3f, 40, 24, ctx_plate, NULL, chk_plate_tr, 0, GZ_CLS_UPPER GZ_CLS_DIGIT " ", 12,
     NULL, 0},
    {GIZLI_T_AZ_PLATE, "az_plate", "[0-9]{2}(?:-[A-Z]{2}-| [A-Z]{2} )[0-9]{3}", 0, GZ_B_WORD,
     GIZLI_LANG_AZ, 0.45f, 0.4f, 0.3f, 40, 24, ctx_plate, NULL, chk_plate_az, 0,
     GZ_CLS_UPPER GZ_CLS_DIGIT " -", 10, NULL, 0},
    {GIZLI_T_IP_ADDRESS, "ipv4", "[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}", 0, GZ_B_NUM,
     0, 0.75f, 0.2f, 0.5f, 32, 0, ctx_ip, neg_ip, chk_ipv4, 0, GZ_CLS_DIGIT ".", 15, NULL, 0},
    {GIZLI_T_IP_ADDRESS, "ipv6", "[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}", 0, GZ_B_IP, 0, 0.8f,
     0.15f, 0.3f, 32, 0, ctx_ip, neg_ip, chk_ipv6, 0, GZ_CLS_DIGIT "abcdefABCDEF:", 39, NULL, 0},
    {GIZLI_T_MAC_ADDRESS, "mac",
     "[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}", 0,
     GZ_B_MAC, 0, 0.8f, 0.15f, 0.0f, 32, 8, ctx_mac, NULL, chk_mac, 0,
     GZ_CLS_DIGIT "abcdefABCDEF:.-", 17, NULL, 0},
    /* a mention may hold the az/tr letters (Discord, WhatsApp and Telegram
     * display names: "@Gülnar_xala", "@TÜRKÜN_OĞLU"; seventh session) */
    {GIZLI_T_SOCIAL_HANDLE, "handle",
     "@(?:[A-Za-z0-9_]|" GZ_RE_AZTR ")(?:(?:[A-Za-z0-9_.]|" GZ_RE_AZTR "){0,28}(?:[A-Za-z0-9_]|" GZ_RE_AZTR "))?",
     0, GZ_B_HANDLE, 0, 0.6f, 0.3f, 0.0f, 48, 24, ctx_handle, NULL, chk_handle, 0,
     GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT "_.@" GZ_CLS_AZTR, 61, NULL, 0},
    {GIZLI_T_DATE_OF_BIRTH, "dob_numeric",
     "[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}|"
     "(?:19|20)[0-9]{2}(?:-[0-9]{2}-|\\.[0-9]{2}\\.|/[0-9]{2}/)[0-9]{2}|" /* 1990.04.17 */
     "[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2}|" /* two-digit year: 12/03/85 */
     /* a form's boxes, "23 / 06 / 1995" */
     "[0-9]{1,2} [./-] [0-9]{1,2} [./-] (?:19|20)[0-9]{2}|"
     /* a form's "DD MM YYYY" boxes read with spaces: "09 04 1997" (batch
      * 28; chk_date: not inside a run of digit groups) */
     "[0-9]{2} [0-9]{2} (?:19|20)[0-9]{2}|"
     /* and with a two-digit year, "Birth date: 04 09 91 (dd mm yy)" (only
      * after a birth label on its line: chk_date) */
     "[0-9]{2} [0-9]{2} [0-9]{2}|"
     /* spaced by OCR: "0 7. 0 4. 1 9 8 6", "2 1 0 6 1 9 8 5" */
     "[0-9] [0-9] ?[./-] ?[0-9] [0-9] ?[./-] ?(?:1 9|2 0) [0-9] [0-9]|"
     "[0-9] [0-9] [0-9] [0-9] (?:1 9|2 0) [0-9] [0-9]",
     0, GZ_B_NUM, 0, 0.15f, 0.75f, 0.0f, 40, 40, ctx_dob_rec, NULL, chk_date, 1,
     GZ_CLS_DIGIT "./- ", 19, NULL, 1},
    /* "dob=04%2F17%2F1990" of a URL or a form body (see chk_dob_urlenc) */
    {GIZLI_T_DATE_OF_BIRTH, "dob_urlenc", "[0-9]{1,2}%2[Ff][0-9]{1,2}%2[Ff](?:19|20)[0-9]{2}", 0,
     GZ_B_WORD, 0, 0.9f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_dob_urlenc, 0, GZ_CLS_DIGIT "%Ff", 14,
     NULL, 0},
    /* field 3 of a driving licence (see chk_dob_licence) */
    {GIZLI_T_DATE_OF_BIRTH, "dob_licence", "3\\. [0-9O]{2}[./-][0-9O]{2}[./-][12][0-9O]{3}", 0,
     GZ_B_NUM, 0, 0.9f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_dob_licence, 0, GZ_CLS_DIGIT "O./- ", 13,
     NULL, 0},
    /* a scan's O for 0, "O4.1O.1996" (chk_dob_ocr: after a birth label) */
    {GIZLI_T_DATE_OF_BIRTH, "dob_ocr_o",
     "O[0-9O][./-][0-9O]{2}[./-][12][0-9O]{3}|[0-9]O[./-][0-9O]{2}[./-][12][0-9O]{3}|"
     "[0-9]{2}[./-](?:O[0-9O]|[0-9]O)[./-][12][0-9O]{3}|"
     "[0-9]{2}[./-][0-9]{2}[./-][12](?:O[0-9O]{2}|[0-9]O[0-9O]|[0-9]{2}O)",
     0, GZ_B_NUM, 0, 0.3f, 0.6f, 0.0f, 48, 0, ctx_dob_rec, NULL, chk_dob_ocr, 0,
     GZ_CLS_DIGIT "O./-", 10, NULL, 1},
    {GIZLI_T_DATE_OF_BIRTH, "dob_text",
     "[0-9]{1,2}(?:st|nd|rd|th)?(?: of)? " MONTHS ",? (?:19|20)[0-9]{2}|" MONTHS
     " [0-9]{1,2}(?:st|nd|rd|th)?,? (?:19|20)[0-9]{2}|" MONTHS " (?:19|20)[0-9]{2}|"
     /* "1975-ci il mayın 12" (az: year, genitive month, day) */
     "(?:19|20)[0-9]{2}-(?:ci|c\xC4\xB1|cu|c\xC3\xBC) il(?:in)? " MONTHS
     "(?:[a-z]|\xC4\xB1|\xC3\xBC){0,3} [0-9]{1,2}|"
     /* "1990-cı il 12 may", "1942-ci ilin 25 martında", "12-Mar-1985" */
     "(?:19|20)[0-9]{2}-(?:ci|c\xC4\xB1|cu|c\xC3\xBC) il(?:in)?,? [0-9]{1,2} " MONTHS
     "(?:[a-z]|\xC4\xB1|\xC3\xBC|\xC9\x99){0,5}|"
     "[0-9]{1,2}-" MONTHS "-(?:19|20)[0-9]{2}|"
     /* a two-digit year, "17 nisan 82" (only as a birth date's answer: chk_date) */
     "[0-9]{1,2}(?:st|nd|rd|th)? " MONTHS " '?[0-9]{2}|"
     /* "1992 Mart 08 do\xC4\x9Fumlu" (tr: year, month, day) */
     "(?:19|20)[0-9]{2} " MONTHS " [0-9]{1,2}|"
     /* "1962 yılı Mart ayının 8'i" (tr: year, month, day written out) */
     "(?:19|20)[0-9]{2} y(?:\xC4\xB1|i)l(?:\xC4\xB1|i) " MONTHS " ay(?:\xC4\xB1|i)n(?:\xC4\xB1|i)n "
     "[0-9]{1,2}(?:'(?:[a-z]|\xC4\xB1|\xC3\xBC){1,4})?|"
     /* "1994 y\xC4\xB1l\xC4\xB1n\xC4\xB1n 2 Mart'\xC4\xB1nda do\xC4\x9Fdum" (tr: the year's
        genitive, day, month; batch 26) */
     /* ... and the case ending glued to the month, "1975 y\xC4\xB1l\xC4\xB1n\xC4\xB1n 14
        Haziran\xC4\xB1nda" (batch 31) */
     "(?:19|20)[0-9]{2} y(?:\xC4\xB1|i)l(?:\xC4\xB1|i)n(?:\xC4\xB1|i)n [0-9]{1,2} " MONTHS
     "(?:[a-z]|\xC4\xB1|\xC3\xBC){0,5}|"
     /* a birth label, then a month and year alone: "Do\xC4\x9Fum tarixi: 09.1987"
      * (the check keeps the value) */
     DOB_LABEL_RX ":? {1,3}(?:0[1-9]|1[0-2])[./](?:19|20)[0-9]{2}|"
     /* "03MAR1988", "22AUG79" (tickets, passports, their machine zones) */
     "[0-9]{2}" MON3 "(?:19|20)?[0-9]{2}|"
     /* a Roman month, "14.VI.1994" (roman_month_date; batch 56) */
     "[0-9]{1,2}[./-](?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})[./-](?:19|20)[0-9]{2}",
     HS_FLAG_CASELESS, GZ_B_WORD, 0, 0.15f, 0.75f, 0.0f, 40, 40, ctx_dob_rec, NULL, chk_date, 0,
     NULL, 0,
     MONTHS "(?:[ ,]+[0-9]{1,2}(?:st|nd|rd|th)?)?,? (?:19|20)[0-9]{2}|il(?:in)? " MONTHS
            "|il(?:in)?,? [0-9]{1,2} " MONTHS "|[0-9](?:st|nd|rd|th)? " MONTHS
            " '?[0-9]{1,2}(?:[ ,\r\n]|$)|" MONTHS "-(?:19|20)[0-9]{2}|" MONTHS " ay(?:\xC4\xB1|i)n|"
            "l(?:\xC4\xB1|i)n(?:\xC4\xB1|i)n [0-9]{1,2} " MONTHS "|"
            "[0-9]" MON3 "(?:19|20)?[0-9]{2}|" DOB_LABEL_RX ":? {1,3}[01][0-9][./](?:19|20)|"
            "[0-9][./-](?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})[./-](?:19|20)",
     0},
    /* A birth date spoken, as call transcripts write it (batch 26): az/tr
     * "on bir mart min doqquz yüz yetmiş altı", "on yedi şubat seksen
     * bir"; en "June ninth, nineteen seventy-two", "the 3rd of May
     * nineteen eighty". It needs a birth word near it to pass. */
    {GIZLI_T_DATE_OF_BIRTH, "dob_words",
     "(?:(?:on|iyirmi|yirmi)(?: " TRW_UNIT ")?|otuz(?: bir)?|" TRW_UNIT ") " MONTHS
     " (?:(?:min|bin) "
     "(?:doqquz|dokuz) y\xC3\xBCz |(?:iki )?(?:min|bin) )?(?:(?:on|" TRW_TENS ")(?: " TRW_UNIT
     ")?|" TRW_UNIT ")|" MONTHS " (?:the )?" EN_ORD ",? " EN_YEAR "|(?:the )?" EN_ORD " of " MONTHS
     ",? " EN_YEAR "|"
     /* the day spoken, the year in digits: "twelfth of march 1951" (batch 33) */
     "(?:the )?" EN_ORD " of " MONTHS ",? (?:19|20)[0-9]{2}",
     HS_FLAG_CASELESS, GZ_B_WORD, 0, 0.15f, 0.75f, 0.0f, 40, 40, ctx_dob, NULL, chk_dob_words, 0,
     /* anchor: the spoken year's start, after the month in az/tr ("mart
      * min", "şubat seksen") or "nineteen seventy" (long literals: a day's
      * word before the month cost 3 % of a prose scan; a context-word
      * window would run the pattern around every birth and patient word) */
     NULL, 0,
     MONTHS " (?:min|bin|iki|" TRW_TENS ") |nineteen (?:twenty|thirty|forty|fifty|sixty|"
            "seventy|eighty|ninety|oh)|two thousand|(?:th|st|nd|rd) of " MONTHS
            ",? (?:19|20)[0-9]{2}",
     0},
    {GIZLI_T_ADDRESS, "address_az",
     "(?:AZ ?[0-9]{4},? )?(?:(?:Bak\xC4\xB1|Baku|G\xC9\x99nc\xC9\x99|Sumqay\xC4\xB1t|"
     "L\xC9\x99nk\xC9\x99ran|\xC5\x9E\xC9\x99ki|Nax\xC3\xA7\xC4\xB1van|Ming\xC9\x99\xC3\xA7"
     "evir|"
     "X\xC4\xB1rdalan|\xC5\x9Eirvan|Baki|Sumqayit|Gence|Xirdalan|Lenkeran),? )?(?:" CW
     " (?:\xC5\x9F\xC9\x99h\\.|\xC5\x9F\xC9\x99h\xC9\x99ri|\xC5\x9F\\.|r\\.|r-nu|rayonu|"
     "q\xC9\x99s\\.|q\xC9\x99s\xC9\x99"
     "b\xC9\x99si|"
     /* typed without diacritics or the abbreviation's dot: "Baki seheri,
      * Sabuncu rayonu, Bakixanov qes.", "Yasamal r, ..." */
     "seheri|seh\\.|qes\\.|qesebesi|r),? ){0,3}"
     "(?:(?:" CW "|" AZORD "|" AZTITLE ") "
     "){1,3}(?:k(?:\xC3\xBC|u)(?:\xC3\xA7|c)(?:\xC9\x99|e)(?:si)?|k(?:\xC3\xBC|u)(?:\xC3\xA7|c)\\.|"
     "k(?:\xC3\xBC|u)(?:\xC3\xA7|c)|prospekti|pr\\.?|pr-ti|"
     /* "3-cü döngə, ev 9": a numbered lane without its suffix */
     "\xC5\x9Fossesi|d\xC3\xB6ng\xC9\x99(?:si)?|bulvar\xC4\xB1|dalan\xC4\xB1)"
     ",? (?:ev |bina )?[0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,3})?"
     /* the building of a housing block before the flat or office ("Babək
      * pr. 44, bina 2, mənzil 71", "küç. 12, blok B, ofis 14") */
     "(?:,? (?:bina|blok|korpus) [0-9A-Z]{1,3})?"
     "(?:,? (?:m\xC9\x99nzil|menzil|m\\.|m\xC9\x99n\\.?|men\\.?|ofis|of\\.|otaq) ?[0-9]{1,4})?"
     "(?:, " CW
     "(?: (?:\xC5\x9F\xC9\x99h\xC9\x99ri|\xC5\x9F\xC9\x99h\\.|rayonu|\xC5\x9F\\.|r-nu))?){0,2}"
     "(?:,? AZ ?[0-9]{4})?",
     0, GZ_B_WORD, GIZLI_LANG_AZ, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_az, 0,
     NULL, 0,
     "k(?:\xC3\xBC|u)(?:\xC3\xA7|c)(?:\xC9\x99si|esi|\\.|\xC9\x99 [0-9]|e [0-9]|(?:\xC9\x99|e),? "
     "(?:ev|bina) [0-9]| [0-9])|prospekti|pr\\.|pr "
     "[0-9]|pr-ti|\xC5\x9Fossesi|d\xC3\xB6ng\xC9\x99(?:si|,? ev "
     "[0-9])|bulvar\xC4\xB1|dalan\xC4\xB1",
     0},
    /* An Azerbaijani place given to its street without a house number
     * (batch 56: an accident's place in an insurance claim, "Sumqayıt
     * şəh., 9-cu mkr., Sülh küç. yaxınlığında"): a city with "şəh.", one
     * or two districts, settlements or microdistricts, the street */
    {GIZLI_T_ADDRESS, "address_az_street",
     CW " (?:\xC5\x9F\xC9\x99h\\.|\xC5\x9F\xC9\x99h\xC9\x99ri), (?:(?:" CW "|" AZORD ") (?:mkr\\.|r\\.|r-nu|rayonu|"
     "q\xC9\x99s\\.|q\xC9\x99s\xC9\x99" "b\xC9\x99si|mikrorayonu|massivi), ){1,2}(?:" CW " ){1,3}"
     "(?:k\xC3\xBC\xC3\xA7\\.|k\xC3\xBC\xC3\xA7\xC9\x99si|pr\\.|prospekti)",
     0, GZ_B_WORD, GIZLI_LANG_AZ, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_az_street, 0,
     NULL, 0, "\xC5\x9F\xC9\x99h(?:\\.|\xC9\x99ri), ", 0},
    /* Russian-language addresses of Azerbaijani papers (notarial deeds,
     * batch 31): "г. Баку, Хатаинский р-н, ул. Ниязи 12, кв. 45", the city
     * and district optional, the street word, a capitalised name, the
     * house number, the flat; found from the street word */
    {GIZLI_T_ADDRESS, "address_ru",
     "(?:\xD0\xB3\\. " RU_W ", )?(?:" RU_W
     " (?:\xD1\x80-\xD0\xBD|\xD1\x80\xD0\xB0\xD0\xB9\xD0\xBE\xD0\xBD), )?" RU_KIND " " RU_W
     "(?: " RU_W ")?(?:, \xD0\xB4\\. ?| )[0-9]{1,4}"
     "(?:, (?:\xD0\xB4\\. ?[0-9]{1,4}, "
     ")?(?:\xD0\xBA\xD0\xB2\\.|\xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD1\x80\xD0\xB0) "
     "?[0-9]{1,4})?",
     0, GZ_B_WORD, 0, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_ru, 0, NULL, 0,
     RU_KIND, 0},
    /* Ukrainian, Russian and Polish streets written in Latin letters
     * (batch 42: a diaspora appeal), "vul. Saksahanskoho 42, kv. 17, Kyiv
     * 01033", "ul. Tverskaya 7, kv. 12, Moskva 125009", "ul. Marsza\xC5\x82kowska
     * 84/92, 00-514 Warszawa": the street word, a capitalised name, the
     * house number, the flat, then the town with its postcode before or
     * after it; found from the street word */
    {GIZLI_T_ADDRESS, "address_ul",
     "(?:[Vv]ul\\.|[Uu]l\\.|[Vv]ulytsia|[Uu]litsa|[Pp]rosp\\.) ?" SLW "(?: " SLW
     ")? [0-9]{1,4}[A-Za-z]?"
     "(?:/[0-9]{1,3})?(?:, (?:kv\\.|m\\.|apt\\.?|flat) ?[0-9]{1,4})?"
     "(?:, (?:[0-9]{2}-[0-9]{3} |[0-9]{5,6} )?" SLW "(?: [0-9]{5,6})?)?",
     0, GZ_B_WORD, 0, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address, 0, NULL, 0,
     "(?:[Vv]ul|[Uu]l|[Pp]rosp)\\. ?[A-Z]|[Vv]ulytsia |[Uu]litsa ", 0},
    /* Azerbaijani addresses in Cyrillic letters (batch 42: a diaspora
     * appeal written the Soviet way), "Garachukhur gasabasi, K.Bajramov
     * kuchasi 12" in Cyrillic: a settlement or district optional, the
     * street's name (an initial allowed), the street word, the house
     * number and the flat; found from the street word, ended at a digit
     * (chk_address_ru) */
    {GIZLI_T_ADDRESS, "address_az_cyr",
     "(?:(?:" AZC_W " ){1,2}(?:\xD0\xB3\xD3\x99\xD1\x81\xD3\x99\xD0\xB1\xD3\x99\xD1\x81\xD0\xB8|"
     "\xD0\xB3\xD3\x99\xD1\x81\\.|\xD0\xBA\xD3\x99\xD0\xBD\xD0\xB4\xD0\xB8|"
     "\xD1\x80\xD0\xB0\xD1\x98\xD0\xBE\xD0\xBD\xD1\x83|"
     "\xD1\x80\xD0\xB0\xD0\xB9\xD0\xBE\xD0\xBD\xD1\x83|\xD1\x80\\.),? ){0,2}(?:" AZC_W " ){1,2}"
     "(?:\xD0\xBA\xD2\xAF\xD1\x87\xD3\x99\xD1\x81\xD0\xB8|\xD0\xBA\xD2\xAF\xD1\x87\\.|"
     "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD0\xBF\xD0\xB5\xD0\xBA\xD1\x82\xD0\xB8|\xD0\xBF\xD1\x80\\.)"
     " [0-9]{1,4}(?:/[0-9]{1,3})?(?:,? "
     "(?:\xD0\xBC\xD3\x99\xD0\xBD\xD0\xB7\xD0\xB8\xD0\xBB|\xD0\xBC\xD3\x99\xD0\xBD\\.) "
     "?[0-9]{1,4})?",
     0, GZ_B_WORD, 0, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_ru, 0, NULL, 0,
     "\xD0\xBA\xD2\xAF\xD1\x87\xD3\x99\xD1\x81\xD0\xB8|\xD0\xBA\xD2\xAF\xD1\x87\\. "
     "|\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD0\xBF\xD0\xB5\xD0\xBA\xD1\x82\xD0\xB8",
     0},
    {GIZLI_T_ADDRESS, "address_tr_mah",
     "(?:(?:" CW " ){1,3}(?:Mahallesi|Mah\\.|Mh\\.|MAHALLES\xC4\xB0|MAH\\.|B\xC3\xB6lgesi|"
     "mahallesi|mah\\.|mh\\.)|" LO LO "+ (?:mahallesi|mah\\.|mh\\.))"
     /* also typed in lower case after the neighbourhood: "Barbaros mah.
      * Akasya sk no 14 daire 3 \xC3\x9Csk\xC3\xBCdar istanbul", "esentepe mah.
      * lale sk no 14 d 6 sisli istanbul" (a lower-case neighbourhood needs
      * its door number, chk_address_mah) */
     "(?:,? (?:(?:" TRW " ){1,3}(?:" TRSTREET "|" TRSTREET_LC ")|(?:" LO "+ ){1,2}" TRSTREET_LC
     "))?"
     "(?:,? (?:No|NO|Numara|no)[:.]? ?[0-9]{1,4}[A-Z]?(?:/[0-9]{1,3}[A-Z]?|/[A-Z])?)?"
     "(?:,? (?:Daire|Kat|D|K|daire|kat|d|k|\xC4\xB0\xC3\xA7 Kap\xC4\xB1(?: No)?)[:.]? "
     "?[0-9]{1,3}){0,2}"
     "(?:,? (?:[0-9]{5} )?(?:" CW "(?: " CW TRSL CW "|" TRSL CW "|, " CW "(?:" TRSL CW
     ")?| " TRCITY_LC ")?|" LO "+ " TRCITY_LC "))?",
     0, GZ_B_WORD, GIZLI_LANG_TR, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_mah, 0,
     NULL, 0,
     "Mahallesi|Mah\\.|Mh\\.|MAHALLES\xC4\xB0|MAH\\.|B\xC3\xB6lgesi|mahallesi|mah\\.|mh\\.", 0},
    {GIZLI_T_ADDRESS, "address_tr_street",
     "(?:" TRW " ){1,3}" TRSTREET
     /* the kilometre of a highway address (batch 39): "Haymana Yolu 5. km No:88" */
     "(?: [0-9]{1,3}\\.? ?(?:km|Km|KM))?"
     /* a building between the street and its number: "Emek Apt.", "Ferah Sitesi C Blok" */
     "(?:,? (?:" CW " ){1,2}(?:Apt\\.|Ap\\.|Apartman\xC4\xB1|Sitesi)(?: [A-Z0-9]{1,2} Blok)?)?"
     /* the door number after "No", or written "12/3" without it */
     ",? (?:(?:No|NO|Numara)[:.]? "
     "?[0-9]{1,4}[A-Z]?(?:/[0-9]{1,3}[A-Z]?|/[A-Z])?|[0-9]{1,3}[A-Z]?/[0-9]{1,3})"
     "(?:,? (?:Daire|Kat|D|K|\xC4\xB0\xC3\xA7 Kap\xC4\xB1(?: No)?)[:.]? ?[0-9]{1,3}){0,2}"
     "(?:,? (?:[0-9]{5} )?" CW "(?: " CW TRSL CW "|" TRSL CW "|, " CW "(?:" TRSL CW ")?)?)?",
     0, GZ_B_WORD, GIZLI_LANG_TR, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address, 0, NULL,
     0,
     "Soka(?:k|\xC4\x9F\xC4\xB1)|Sok\\.|Sk\\.|Cadde|Cad\\.|Cd\\.|Bulvar\xC4\xB1|Blv\\.|"
     "SOKAK|SOK\\.|SK\\.|CADDES\xC4\xB0|CAD\\.|CD\\.|BULVARI|BLV\\.|Meydan\xC4\xB1|MEYDANI|"
     "Yoku\xC5\x9Fu|Yolu|\xC3\x87\xC4\xB1kmaz\xC4\xB1|Bulv\\.",
     0},
    /* a Turkish housing or industrial estate with its block and door
     * number, no street: "Kartal Yakac\xC4\xB1k Sanayi Sitesi 4. Blok No: 11",
     * "Ferah Sitesi C Blok No:4 D:8 Kad\xC4\xB1k\xC3\xB6y/\xC4\xB0stanbul" (batch 33) */
    {GIZLI_T_ADDRESS, "address_tr_site",
     "(?:" TRW " ){1,3}(?:Sitesi|S\xC4\xB0TES\xC4\xB0),? (?:[A-Z0-9]{1,2}\\.? Blok,? )?"
     "(?:No|NO|Numara)[:.]? ?[0-9]{1,4}[A-Z]?(?:/[0-9]{1,3}[A-Z]?|/[A-Z])?"
     "(?:,? (?:Daire|Kat|D|K|\xC4\xB0\xC3\xA7 Kap\xC4\xB1(?: No)?)[:.]? ?[0-9]{1,3}){0,2}"
     "(?:,? (?:[0-9]{5} )?" CW "(?: " CW TRSL CW "|" TRSL CW "|, " CW "(?:" TRSL CW ")?)?)?",
     0, GZ_B_WORD, GIZLI_LANG_TR, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address, 0, NULL,
     0, "(?:Sitesi|S\xC4\xB0TES\xC4\xB0),? (?:[A-Z0-9]{1,2}\\.? Blok,? )?(?:No|NO|Numara)", 0},
    /* a Turkish street typed in lower case with its door number, no
     * neighbourhood: "moda cad. no 44 d 3 kad\xC4\xB1k\xC3\xB6y", "lale sk no 14 daire 2"
     * (batch 33); a district word after it only before the end of the
     * value (chk_address_tr_lc) */
    {GIZLI_T_ADDRESS, "address_tr_lc",
     "(?:" LO "+ ){1,2}" TRSTREET_LC ",? no[:.]? ?[0-9]{1,4}[a-z]?(?:/[0-9]{1,3})?"
     "(?:,? (?:daire|kat|d|k)[:.]? ?[0-9]{1,3}){0,2}(?:,? " LO "{3,}(?: " TRCITY_LC ")?)?",
     0, GZ_B_WORD, GIZLI_LANG_TR, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_tr_lc, 0,
     NULL, 0, "(?:sokak|sok\\.?|sk\\.?|caddesi|cad\\.?|cd\\.?),? no[:.]? ?[0-9]", 0},
    /* a district and its province after a road or a postcode, no number:
     * "Mudanya Yolu, Nil\xC3\xBC" "fer/BURSA", "35220 Konak/\xC4\xB0zmir" (batch 35; the
     * province checked in chk_address_tr_prov) */
    {GIZLI_T_ADDRESS, "address_tr_prov",
     "(?:(?:" CW " ){1,3}(?:Yolu|YOLU)|[0-8][0-9]{4}),? " CW " ?/ ?" CW, 0, GZ_B_WORD,
     GIZLI_LANG_TR, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_tr_prov, 0, NULL, 0,
     "/ ?" TRPROV, 0},
    /* Turkish rural and resort addresses given by their locality ("mevki")
     * instead of a neighbourhood: "\xC4\xB0leriba\xC5\x9F\xC4\xB1 Mevkii, Belek 07506
     * Serik/Antalya", "Kavakl\xC4\xB1 Mevkii, \xC3\x87aml\xC4\xB1k Sitesi B Blok No:4
     * Ku\xC5\x9Fadas\xC4\xB1/Ayd\xC4\xB1n" */
    {GIZLI_T_ADDRESS, "address_tr_mevki",
     "(?:" CW " ){1,3}(?:Mevkii|Mevkisi|Mevki|MEVK\xC4\xB0\xC4\xB0)"
     "(?:,? (?:" CW
     " ){1,2}(?:K\xC3\xB6y\xC3\xBC|Sitesi|Beldesi|Mahallesi|Mah\\.)(?: [A-Z0-9]{1,2} Blok)?)?"
     "(?:,? (?:No|NO)[:.]? ?[0-9]{1,4}[A-Z]?(?:/[0-9]{1,3})?)?"
     "(?:,? (?:" CW " )?(?:[0-9]{5} )?" CW "(?: " CW TRSL CW "|" TRSL CW "|, " CW "(?:" TRSL CW
     ")?)?)?",
     0, GZ_B_WORD, GIZLI_LANG_TR, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_mevki, 0,
     NULL, 0, "Mevki|MEVK\xC4\xB0", 0},
    {GIZLI_T_ADDRESS, "address_en",
     "(?:(?:Flat|Apt\\.?|Apartment|Suite|Unit) [0-9A-Za-z]{1,5},? )?"
     "(?:P\\.? ?O\\.? Box [0-9]{1,6}|"
     "(?:[0-9]{1,4}/)?[0-9]{1,5}[A-Za-z]?,? (?:" CWA
     " ){1,3}(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|"
     "Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Square|"
     "Terrace|Close|Crescent|Gardens|Park|Parkway|Highway|Loop|Circle|Row|Mews|Plaza|Grove|"
     "Pkwy\\.?|Hwy\\.?|Ter\\.?|Cir\\.?|Sq\\.?|Trail|Parade|Pde\\.?|Esplanade|Quay|Walk|"
     /* an Azerbaijani street written in English, "61 Ahmadbey Aghaoglu
      * str., Baku AZ1008" (batch 40) */
     "[Ss]tr\\.)"
     "(?: (?:N|S|E|W|NE|NW|SE|SW|West|East|North|South))?)"
     "(?:,? (?:(?:[Aa]pt|APT|[Aa]partment|[Ff]lat|[Ss]uite|SUITE|[Uu]nit|UNIT|[Ss]te|STE)\\.? "
     "?#?|#)[0-9A-Za-z]{1,5})?"
     /* an office floor after the street (sixth session): "200 Clarendon
      * St, 32nd Floor, Boston, MA 02116" */
     "(?:, [0-9]{1,2}(?:st|nd|rd|th) [Ff]loor)?"
     /* the town, state and ZIP code on the next line ("1902 Glenwood
      * Ave\nRaleigh NC 27608"; a unit's line may come between, batch 33),
      * or a state's name before the ZIP code
      * (", Asheville, North Carolina 28805") */
     "(?:(?:\\n(?:Apt\\.?|Suite|Unit|Ste\\.?) #?[0-9A-Za-z]{1,5})?\\n" CWA "(?: " CWA
     ")?,? [A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|"
     ", " CWA "(?: " CWA ")?, [A-Z][a-z]+(?: [A-Z][a-z]+)? [0-9]{5}(?:-[0-9]{4})?|"
     "(?:, (?:[A-Z][A-Za-z'.-]*|[0-9]{1,3}(?:st|nd|rd|th))(?: " CWA ")?)?(?:,? (?:" UKPC
     "|[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|AZ ?[0-9]{4}|"
     /* Canadian postcode after the province, Irish Eircode; Australian
      * state and postcode ("St Kilda VIC 3182"), a New Zealand postcode
      * after the town ("Napier 4110") */
     "[A-Z]{2} [A-Z][0-9][A-Z] [0-9][A-Z][0-9]|[A-Z][0-9][0-9W] [0-9A-Z]{4}|"
     "(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) [0-9]{4}|[0-9]{4}))?)",
     0, GZ_B_WORD, GIZLI_LANG_EN, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address, 0, NULL,
     0,
     " (?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|"
     "Square|Terrace|Close|Crescent|Gardens|Park|Parkway|Highway|Loop|Circle|Row|Mews|Plaza|Grove|"
     "Box|Pkwy|Hwy|Ter|Cir|Sq|Trail|Parade|Pde|Esplanade|Quay|Walk|[Ss]tr\\.)[ ,.\\n\"<^;]",
     0},
    /* US addresses whose street has no street word ("1450 Broadway, Suite
     * 900, New York, NY 10018"): a house number, the street, an optional
     * suite, a city, a state code and a ZIP code */
    {GIZLI_T_ADDRESS, "address_us_zip",
     "[0-9]{1,6} (?:" CWA " ){0,3}" CWA "(?:,(?: (?:Suite|Ste\\.?|Unit|Apt\\.?|Floor|Fl\\.?) #?"
     "[0-9A-Za-z-]{1,6},)? |\\n)" CWA "(?: " CWA "){0,2}, " USST " [0-9]{5}(?:-[0-9]{4})?",
     0, GZ_B_WORD, GIZLI_LANG_EN, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_us_zip,
     0, NULL, 0, ", " USST " [0-9]{5}", 0},
    /* a US city, state and ZIP code alone: the last line of an address
     * whose street line is another finding, or a form's "City, state,
     * ZIP: Austin, TX 78702" (batch 33); the city's one to three words
     * start the line or follow a label's colon (chk_address_us_city) */
    {GIZLI_T_ADDRESS, "address_us_city",
     "[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, " USST " [0-9]{5}(?:-[0-9]{4})?", 0, GZ_B_WORD,
     GIZLI_LANG_EN, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_us_city, 0, NULL, 0,
     ", " USST " [0-9]{5}", 0},
    /* an Eircode after the word (chk_address_eircode) */
    {GIZLI_T_ADDRESS, "address_eircode", "eircode(?: is|:)? ?[A-Z][0-9][0-9W] [0-9A-Z]{4}",
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.85f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_address_eircode, 0,
     NULL, 0, "eircode", 0},
    /* an Australian suburb, state and postcode (chk_address_au_suburb) */
    {GIZLI_T_ADDRESS, "address_au_suburb",
     "[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} (?:NSW|VIC|QLD|TAS|ACT) [0-9]{4}", 0, GZ_B_WORD,
     GIZLI_LANG_EN, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_au_suburb, 0, NULL, 0,
     " (?:NSW|VIC|QLD|TAS|ACT) [0-9]{4}", 0},
    /* a London street and its postcode district (chk_address_uk_district) */
    {GIZLI_T_ADDRESS, "address_uk_district",
     "(?:" CWA " ){1,3}" UKSTREET ", (?:EC|WC|NW|SE|SW|[ENW])[0-9]{1,2}[A-Z]?", 0, GZ_B_WORD,
     GIZLI_LANG_EN, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_uk_district, 0, NULL,
     0, UKSTREET ", (?:EC|WC|NW|SE|SW|[ENW])[0-9]", 0},
    /* an Irish townland, town and county (chk_address_ie_county) */
    {GIZLI_T_ADDRESS, "address_ie_county",
     "(?:" CWA " ){0,2}" CWA ", (?:" CWA " )?" CWA
     ", (?:Co\\.|County) [A-Z][a-z]+(?:,? [A-Z][0-9][0-9W] [0-9A-Z]{4})?",
     0, GZ_B_WORD, GIZLI_LANG_EN, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL,
     chk_address_ie_county, 0, NULL, 0, ", (?:Co\\.|County) [A-Z][a-z]", 0},
    /* UK partial addresses: a town and the outward code of its postcode,
     * after an optional street ("Bethnal Green Road, London E2", "Leeds
     * LS6"; see UK_TOWNS) */
    {GIZLI_T_ADDRESS, "address_uk_town",
     "(?:(?:" CWA " ){1,3}" UKSTREET ", )?" UKTOWN " [A-Z]{1,2}[0-9][0-9A-Z]?", 0, GZ_B_WORD,
     GIZLI_LANG_EN, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_uk_town, 0, NULL, 0,
     UKTOWN " [A-Z]{1,2}[0-9]", 0},
    /* Dublin addresses without a house number (batch 55): a street with
     * its kind, a locality and the postal district, "Vernon Avenue,
     * Clontarf, Dublin 3" (a house share's advert, a letting); or the town
     * and its Eircode alone, "Dublin D6W X2F4" (an export's city column;
     * the identifier's letters are the Eircode alphabet's) */
    {GIZLI_T_ADDRESS, "address_ie_dublin",
     "(?:[A-Z][a-z'-]+ ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Park|Terrace|Crescent|"
     "Close|Court|Grove|Gardens|Place|Square|Way|Walk|Quay|Row|Hill|View|Lawns?|Green|Rise|"
     "Heights|Manor|Vale|Mews), (?:[A-Z][a-z'-]+ ){0,2}[A-Z][a-z'-]+, Dublin [0-9]{1,2}W?|"
     "Dublin(?: [0-9]{1,2}W?)?,? D(?:[0-9]{2}|6W) [0-9ACDEFHKNPRTVWXY]{4}",
     0, GZ_B_WORD, GIZLI_LANG_EN, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_ie_dublin, 0,
     NULL, 0, ", Dublin [0-9]|Dublin(?: [0-9]{1,2}W?)?,? D[0-9]", 0},
    /* an Australian suburb, state and postcode alone (batch 55; see
     * chk_address_au_locality) */
    {GIZLI_T_ADDRESS, "address_au_locality",
     "(?:[A-Z][a-z'-]+ ){1,3}(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) [0-9]{4}",
     0, GZ_B_WORD, GIZLI_LANG_EN, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_au_locality, 0,
     NULL, 0, "[a-z] (?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) [0-9]{4}", 0},
    /* A US address in capitals, as statements and mailing labels print
     * it (batch 23): "4410 N 32ND ST APT 118, PHOENIX AZ 85018-4471"; a
     * house number, the street with its kind, an optional unit, the city,
     * the state and the ZIP code, no comma needed before the state */
    {GIZLI_T_ADDRESS, "address_us_caps",
     "[0-9]{1,6} (?:[NSEW] )?(?:(?:[0-9]{1,4}(?:ST|ND|RD|TH)|[A-Z]{1,12}) "
     "){1,3}(?:ST|AVE|RD|DR|BLVD|LN|CT|WAY|PL|PKWY|HWY|"
     "TER|CIR|TRL|STREET|AVENUE|ROAD|DRIVE|LANE|COURT)(?: [NSEW]{1,2})?"
     "(?:,? (?:APT|UNIT|STE|SUITE|#) ?#?[0-9A-Z-]{1,6})?,? (?:[A-Z]{2,14} ){1,2}" USST
     " [0-9]{5}(?:-[0-9]{4})?",
     0, GZ_B_WORD, GIZLI_LANG_EN, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address, 0, NULL,
     0, "[A-Z] " USST " [0-9]{5}", 0},
    /* UK addresses without a street word, found by their postcode; the
     * pattern is the postcode (its end matcher is end_uk_postcode), the
     * start is walked back over the address bytes and retried word by word
     * (chk_address_uk) */
    {GIZLI_T_ADDRESS, "address_uk", "(?:" UKPC "|[A-Z][0-9][0-9W] [0-9A-Z]{4})", 0, GZ_B_WORD,
     GIZLI_LANG_EN, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_uk, 1,
     GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT " ,.'-\n", 100, NULL, 0},
    {GIZLI_T_ADDRESS, "address_en_eu",
     "(?:" CW " ){1,3}(?:[Ss]treet|[Ss]tr\\.|[Aa]venue|[Aa]ve\\.|[Rr]oad|[Hh]ighway|[Ll]ane)"
     ",? (?:[Nn]o\\.? ?)?[0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,3})?"
     "(?:,? (?:[Aa]pt|[Aa]partment|[Ff]lat)\\.? ?[0-9]{1,4})?"
     "(?:, " CW "(?: " CW ")?)?(?:,? (?:AZ ?[0-9]{4}|[0-9]{5}))?",
     0, GZ_B_WORD, 0, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address, 0,
     /* anchor: the street word after a space and the house number after
      * it, as the pattern has them (a bare "ave" or "road" opened a window
      * at every "have" and "broad" of English prose) */
     NULL, 0,
     " (?:[Ss]treet|[Ss]tr\\.|[Aa]venue|[Aa]ve\\.|[Rr]oad|[Hh]ighway|[Ll]ane),? (?:[Nn]o\\.? "
     "?)?[0-9]",
     0},
    /* Continental European addresses in any text: German and Dutch street
     * names ending in their street word ("Friedrichstraße 43", "Keizersgracht
     * 221", "Berliner Str. 5") with an optional postcode and city ("10117
     * Berlin", "1016 DV Amsterdam"), and French ones ("12 rue de la Paix,
     * 75002 Paris", only with the postcode and city) */
    {GIZLI_T_ADDRESS, "address_eu",
     "(?:" EUU EUL "*(?:" EUSUF ")|(?:" EUW " ){1,2}(?:Stra\xC3\x9F"
     "e|Strasse|Str\\.|Allee|Platz|Weg|Gasse|Ring))"
     " [0-9]{1,4}[a-z]?(?:[-/][0-9]{1,4}[a-z]?)?"
     "(?:,? (?:[A-Z]{1,2}-)?(?:[0-9]{5}|[0-9]{4}(?: ?[A-Z]{2})?) " EUW "(?:[ -]" EUW ")?)?|"
     "[0-9]{1,4}(?: ?(?:bis|ter))?,? "
     "(?:[Rr]ue|[Aa]venue|[Bb]oulevard|bd|[Pp]lace|[Cc]hemin|[Aa]ll\xC3\xA9"
     "e|[Qq]uai|[Ii]mpasse|[Rr]oute)"
     " (?:" EUX " ){0,4}" EUX ",? (?:(?:F-)?[0-9]{5} " EUW "|" EUW "(?:-" EUW ")?,? "
     /* Quebec and New Brunswick: "4520 rue Saint-Denis, Montréal, QC H2J 2L3" */
     "(?:QC|NB|ON) [A-Z][0-9][A-Z] ?[0-9][A-Z][0-9])|"
     /* Italian and Spanish (batch 23), the street word first and only with
      * the five-digit postcode and the city: "Via della Spiga 14, 20121
      * Milano", "Calle de Alcalá 45, 28014 Madrid" */
     "(?:Via|Viale|Piazza|Corso|Largo|Vicolo|Calle|Avenida|Paseo|Plaza) (?:" EUX " ){0,3}" EUX
     ",? (?:n\\. ?)?[0-9]{1,4}[a-zA-Z]?,? [0-9]{5} " EUW "(?: " EUW ")?|"
     /* Norwegian and Danish, the street word apart and in lower case,
      * only with the four-digit postcode and the town: "Thorvald Meyers
      * gate 58, 0552 Oslo" ("the North gate 5" is none) */
     "(?:" EUW " ){1,2}(?:gate|gata|vei|veien|vej) [0-9]{1,4}[A-Z]?,? [0-9]{4} " EUW,
     0, GZ_B_WORD, 0, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address, 0, NULL, 0,
     "(?:" EUSUF "|Stra\xC3\x9F"
     "e|Strasse|Str\\.|Allee|Platz|Weg|Gasse|Ring) [0-9]|"
     "[0-9],? (?:[Rr]ue|[Aa]venue|[Bb]oulevard|bd|[Pp]lace|[Cc]hemin|[Aa]ll\xC3\xA9"
     "e|[Qq]uai|[Ii]mpasse|[Rr]oute) |"
     "[0-9],? [0-9]{5} " EUU "|(?:gate|gata|vei|veien|vej) [0-9]",
     0},
    /* A house in a numbered micro-district, with no street: "6-c\xC4\xB1 mkr., ev
     * 14", "18-ci mkr., bina 24, m\xC9\x99n. 31", and as chats write it, in
     * any case and with the suffix spaced or left out: "17 ci mkr ev 5
     * menzil 40", "14 MKR EV 8" (the settlement, district and city before
     * it are taken by chk_address_mkr) */
    {GIZLI_T_ADDRESS, "address_az_mkr",
     "[0-9]{1,2}(?:[- ]?(?:ci|c\xC4\xB1|cu|c\xC3\xBC))? "
     "(?:mkr\\.?|mikrorayon(?:u)?|m\xC9\x99h\xC9\x99ll\xC9\x99(?:si)?),? "
     "(?:(?:ev|bina|b\\.) ?[0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,3})?|"
     /* the building by its ordinal, as chats write it: "9-cu mkr,
      * 14-c\xC3\xBC bina" (sixth session, az-b44-012) */
     "[0-9]{1,3}[- ]?(?:ci|c\xC4\xB1|cu|c\xC3\xBC) (?:bina|ev))"
     "(?:,? (?:m\xC9\x99nzil|menzil|m\\.|m\xC9\x99n\\.?|men\\.?) ?[0-9]{1,4})?",
     HS_FLAG_CASELESS, GZ_B_WORD, GIZLI_LANG_AZ, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL,
     chk_address_mkr, 0, NULL, 0,
     "(?:mkr\\.?|mikrorayon(?:u)?|m\xC9\x99h\xC9\x99ll\xC9\x99(?:si)?),? (?:(?:ev|bina|b\\.) "
     "?[0-9]|[0-9]{1,3}[- ]?c)",
     0},
    /* A street written without its street word right after a district:
     * "Yasamal rayonu, \xC5\x9E\xC9\x99rifzad\xC9\x99 88", "N\xC9\x99rimanov r.,
     * \xC6\x8F.R\xC9\x99c\xC9\x99bli 3/8" (a name and a house number) */
    /* a street named after the road it was, "yolu" (road) before the
     * street word: "A\xC4\x9Fsu yolu k\xC3\xBC\xC3\xA7. 5" (batch 30; in address_az's
     * name group the pattern grew too large); address_head takes the
     * city and district before it */
    {GIZLI_T_ADDRESS, "address_az_road",
     "(?:" CW " ){1,2}yolu (?:k\xC3\xBC\xC3\xA7\\.|k\xC3\xBC\xC3\xA7\xC9\x99si|kuc\\.|kucesi),? "
     "[0-9]{1,4}[A-Za-z]?"
     "(?:,? (?:m\xC9\x99nzil|menzil|m\xC9\x99n\\.) ?[0-9]{1,4})?",
     0, GZ_B_WORD, GIZLI_LANG_AZ, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_az, 0,
     NULL, 0, "yolu k", 0},
    {GIZLI_T_ADDRESS, "address_az_dist",
     CW " (?:r\\.|r-nu|rayonu|" AZSETTLE "), (?:" AZORD " mkr\\.?, )?" CW
        " [0-9]{1,4}(?:/[0-9]{1,3})?[A-Za-z]?",
     0, GZ_B_WORD, GIZLI_LANG_AZ, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_dist, 0,
     NULL, 0, "(?:r\\.|r-nu|rayonu|" AZSETTLE "), ", 0},
    /* A village or settlement with its district and no street: "Qusar
     * rayonu, Laza k\xC9\x99ndi", "Quba rayonu, Q\xC4\xB1rm\xC4\xB1z\xC4\xB1
     * Q\xC9\x99s\xC9\x99b\xC9\x99, Y.\xC5\x9Eahnazarov 12", "Laza k\xC9\x99ndi, Qusar rayonu" */
    {GIZLI_T_ADDRESS, "address_az_village",
     "(?:(?:" CW " (?:rayonu|r-nu|r\\.),? (?:" CW " ){1,2}" AZVILL "|(?:" CW " ){1,2}" AZVILL
     ",? " CW " (?:rayonu|r-nu))(?:, " CW "(?: " CW ")? [0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,3})?)?"
     /* batch 42: "Sabun\xC3\xA7u r., Bak\xC4\xB1xanov q\xC9\x99s." (AZVILL's "q\xC9\x99s."), and
      * a settlement and its street named without a house, "M\xC9\x99rd\xC9\x99kan q\xC9\x99s.,
      * S.Yesenin k\xC3\xBC\xC3\xA7\xC9\x99si boyunca" (one word before the settlement
      * word, as a word before it may be none of its name: "Onun Bin\xC9\x99
      * q\xC9\x99s\xC9\x99b\xC9\x99si") */
     "|" CW " " AZVILL ",? " CW "(?: " CW ")? (?:k\xC3\xBC\xC3\xA7\xC9\x99si|k\xC3\xBC\xC3\xA7\\.|"
     "prospekti|pr\\.)(?: [0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,3})?)?)",
     0, GZ_B_WORD, GIZLI_LANG_AZ, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address, 0, NULL,
     0, AZVILL, 0},
    /* A suburb's lane and house (batch 26): "Masaz\xC4\xB1r q\xC9\x99s., Yeni Bak\xC4\xB1
     * y/\xC5\x9F, Dalan 7, ev 14", "5-ci dalan, ev 12": the settlement, the housing estate
     * (y/\xC5\x9F) or district before it, then the lane and "ev" */
    {GIZLI_T_ADDRESS, "address_az_lane",
     "(?:(?:" CW " ){1,2}(?:q\xC9\x99s\\.|q\xC9\x99s\xC9\x99"
     "b\xC9\x99si|r\\.|rayonu|y/\xC5\x9F|k\xC9\x99ndi),? ){0,3}"
     "(?:[Dd]alan [0-9]{1,3}|" AZORD " dalan),? ev [0-9]{1,4}[A-Za-z]?",
     0, GZ_B_WORD, GIZLI_LANG_AZ, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address, 0, NULL,
     0, "alan [0-9]{1,3},? ev [0-9]|alan,? ev [0-9]", 0},
    /* A street without its street word, then a flat: "\xC5\x9E\xC9\x99rifzad\xC9\x99 173,
     * m\xC9\x99nzil 41, Bak\xC4\xB1" (the flat number makes the pair an address) */
    {GIZLI_T_ADDRESS, "address_az_flat",
     CW " [0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,3})?, (?:m\xC9\x99nzil|menzil|m\xC9\x99n\\.|men\\.) "
        "?[0-9]{1,4}"
        "(?:, " AZCITY "(?: \xC5\x9F\xC9\x99h\xC9\x99ri| \xC5\x9F\\.)?)?(?:,? AZ ?[0-9]{4})?",
     0, GZ_B_WORD, GIZLI_LANG_AZ, 0.3f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_flat, 0,
     NULL, 0, "[0-9], (?:m\xC9\x99nzil|menzil|m\xC9\x99n\\.|men\\.) ?[0-9]", 0},
    /* A street without its street word right after the address label:
     * "\xC3\x9Cnvan: \xC5\x9E\xC9\x99rifzad\xC9\x99 173" (see chk_address_az_label) */
    {GIZLI_T_ADDRESS, "address_az_label",
     "(?:\xC3\x9Cnvan|\xC3\xBCnvan|\xC3\x9CNVAN)(?:\xC4\xB1|\xC4\xB1m\xC4\xB1z|\xC4\xB1n\xC4\xB1z|"
     "I)? ?: ?" CW "(?: " CW "){0,2} [0-9]{1,3}(?:/[0-9]{1,3})?[A-Za-z]?",
     0, GZ_B_WORD, GIZLI_LANG_AZ, 0.6f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address_az_label,
     0, NULL, 0, "\xC3\x9Cnvan|\xC3\xBCnvan|\xC3\x9CNVAN", 0},
    /* An Azerbaijani address with no street, given by its districts, city
     * and postcode: "Sabunchu district, Baku AZ1025", "Xətai rayonu, Bakı
     * AZ1025" */
    {GIZLI_T_ADDRESS, "address_az_pc",
     "(?:(?:" CW " ){1,2}(?:district|settlement|village|rayonu|r\\.|r-nu|q\xC9\x99s\xC9\x99"
     "b\xC9\x99si|"
     "q\xC9\x99s\\.|k\xC9\x99ndi|mikrorayonu|mkr\\.?),? ){1,3}" AZCITY
     "(?: city| \xC5\x9F\xC9\x99h\xC9\x99ri| \xC5\x9F\\.)?,? AZ ?[0-9]{4}",
     0, GZ_B_WORD, GIZLI_LANG_AZ, 0.75f, 0.2f, 0.0f, 40, 8, ctx_address, NULL, chk_address, 0, NULL,
     0, AZCITY "(?: city| \xC5\x9F\xC9\x99h\xC9\x99ri| \xC5\x9F\\.)?,? AZ ?[0-9]{4}", 0},
    /* a street word spaced letter by letter in an OCR'd address line
     * (chk_address_spaced) */
    {GIZLI_T_ADDRESS, "address_spaced", SPACED_STREET, 0, GZ_B_NONE, 0, 0.8f, 0.0f, 0.0f, 0, 0,
     NULL, NULL, chk_address_spaced, 0, NULL, 0, SPACED_STREET, 0},
    /* regex NULL: the engine builds it from the word list (any letter case) */
    {GIZLI_T_SPECIAL_CATEGORY, "special_category", NULL, 0, GZ_B_WORDSTART, 0, 0.6f, 0.0f, 0.0f, 0,
     0, special_words, NULL, chk_special, 0, NULL, 0, NULL, 1},
    {GIZLI_T_UK_NINO, "uk_nino",
     "[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]", 0, GZ_B_WORD,
     GIZLI_LANG_EN, 0.55f, 0.4f, 0.3f, 48, 16, ctx_nino, neg_ids, chk_nino, 1,
     GZ_CLS_UPPER GZ_CLS_DIGIT " ", 13, NULL, 0},
    /* typed in lower case near an NI word (see chk_nino_lower) */
    {GIZLI_T_UK_NINO, "uk_nino_lower", "[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z][0-9]{6}[a-d]", 0,
     GZ_B_WORD, GIZLI_LANG_EN, 0.2f, 0.4f, 0.0f, 120, 16, ctx_nino, NULL, chk_nino_lower, 0,
     GZ_CLS_LOWER GZ_CLS_DIGIT, 9, NULL, 1},
    {GIZLI_T_US_SSN, "us_ssn", "[0-9]{3}-[0-9]{2}-[0-9]{4}", 0, GZ_B_NUM, GIZLI_LANG_EN, 0.5f,
     0.45f, 0.4f, 48, 16, ctx_ssn, neg_ids, chk_ssn, 0, GZ_CLS_DIGIT "-", 11, NULL, 0},
    /* "123 45 6789": only next to "SSN" / "social security" */
    {GIZLI_T_US_SSN, "us_ssn_spaced", "[0-9]{3} [0-9]{2} [0-9]{4}", 0, GZ_B_NUM, GIZLI_LANG_EN,
     0.5f, 0.45f, 0.4f, 48, 16, ctx_ssn, neg_ids, chk_ssn, 0, GZ_CLS_DIGIT " ", 11, NULL, 1},
    {GIZLI_T_CREDENTIAL, "secret_assign",
     "(?:password|passwd|pass|pwd|parol|parola|" SIFR
     "(?:e|\xC9\x99|\xC6\x8F)|sifre|shifre|secret|[?&]token|"
     "api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|secret[_-]?key|"
     "private[_-]?key|app[_-]?key|api[_-]?secret|secret[_-]?access[_-]?key|"
     /* a Wi-Fi key: "psk=...", "wpa_passphrase=..." (batch 44) */
     "psk|passphrase|"
     /* a bank's security word, "Memorable word: Buttercup1962" (batch 31) */
     "memorable word)[\"']?[ \\t]*"
     "[:=]>?[ \\t]*"
     "[\"']?[^ \\t\\r\\n\"',;]{4,}",
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.85f, 0.0f, 0.0f, 96, 0, NULL, NULL, chk_secret_value, 0,
     /* anchor: the keyword's last word and the ':' or '=' after it, as
      * the pattern has them (a bare "pass" or "secret" opened a window at
      * every "passed" and "compass" of prose) */
     NULL, 0,
     "(?:password|pass|passwd|pwd|parol|parola|" SIFR
     "(?:e|\xC9\x99|\xC6\x8F)|sifre|shifre|secret|key|token|psk|passphrase|memorable word)"
     "[\"']?[ \\t]*[:=]",
     0},
    /* a remark between the password word and its colon, "Temporary
     * password (change on first login): M1!fKKBxqyzf" (batch 56; a row of
     * its own: in secret_assign the pattern grew too large) */
    {GIZLI_T_CREDENTIAL, "secret_remark",
     "(?:password|parol|parola|" SIFR "(?:e|\xC9\x99)) ?\\([a-z ]{1,30}\\): ?[^ \\t\\r\\n\"',;]{4,}",
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.85f, 0.0f, 0.0f, 96, 0, NULL, NULL, chk_secret_value, 0,
     NULL, 0, "(?:password|parol|parola|" SIFR "(?:e|\xC9\x99)) ?\\(", 0},
    /* environment variables ending in _PASS, _PWD or _TOKEN ("DB_PASS=...",
     * "GITLAB_TOKEN: ..."), also the lower-case keys of inventories and
     * .ini files ("ansible_become_pass=...", batch 28); a row of its
     * own so that the assignment pattern above keeps its literal start;
     * also a name and value pair, as Kubernetes and ECS write the
     * environment ("- name: SMTP_PASSWORD" then "value: ..." on the next
     * line, {"name": "DB_PASSWORD", "value": "..."}), with _PASSWORD and
     * _SECRET names too */
    {GIZLI_T_CREDENTIAL, "secret_env",
     "_(?:PASS|PWD|TOKEN)[\"']?[ \\t]*[:=][ \\t]*[\"']?[^ \\t\\r\\n\"',;]{4,}|"
     "_(?:PASS(?:WORD)?|PWD|TOKEN|SECRET)[\"']?[ \\t]*(?:,[ \\t]*|\\r?\\n[ \\t]*)[\"']?value[\"']?"
     "[ \\t]*:[ \\t]*[\"']?[^ \\t\\r\\n\"',;]{4,}",
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.85f, 0.0f, 0.0f, 32, 0, NULL, NULL, chk_secret_value, 0,
     NULL, 0, "_PASS|_PWD|_TOKEN|_SECRET", 0},
    /* also the object forms of prose ("şifremi Kaan.1987!x yaptım",
     * "parolumu ... etdim", "changed my password to ..."): see chk_secret_phrase */
    {GIZLI_T_CREDENTIAL, "secret_phrase",
     "(?:password|passcode|parol(?:u|um|unuz|umu|unu|unuzu)?|"
     "parola(?:m|s\xC4\xB1|n\xC4\xB1z|m\xC4\xB1|y\xC4\xB1|s\xC4\xB1n\xC4\xB1|n\xC4\xB1z\xC4\xB1)?"
     "|" SIFR "e(?:s(?:i|\xC4\xB0)|m|n|n(?:i|\xC4\xB0)z|m(?:i|\xC4\xB0)z|"
     "(?:m|y|n|sin|n(?:i|\xC4\xB0)z|m(?:i|\xC4\xB0)z)(?:i|\xC4\xB0))?|" SIFR
     "(?:\xC9\x99|\xC6\x8F)(?:si|m|n|niz|miz|mi|ni|nizi|sini)?|pw|requirepass|masterauth|"
     /* typed without diacritics (batch 49: "tc si ... sifre Anne1962* diye") */
     "sifre(?:si|m|n|niz|mi|ni|nizi|sini)?)"
     "(?:[ \\t]+(?:is|was|(?:set |reset |changed )?to|budur|olaraq|s\xC4\xB1"
     "f\xC4\xB1rlad\xC4\xB1m|"
     /* "still" between: "redis şifresi hâlâ v&o!9813zY-qJ3 mü?" (batch 47) */
     "h\xC3\xA2l\xC3\xA2|hala|still|"
     /* given, leaked: "Müvəqqəti parol verildi: ...", "parol sızdı: ..." (batches 31, 35) */
     "verildi|verilib|s\xC4\xB1zd\xC4\xB1)(?: now)?)?[ \\t]*[:=]?[ \\t]*\"?"
     "[^ \\t\\r\\n\"',;]{6,}|"
     /* asked for in a chat and given on the next line: "can someone share
      * the db password?" / "Tom: it's xN2jb8aMveKBcrq@m" */
     "(?:password|parol|parola|" SIFR "(?:e|\xC9\x99))[^\\r\\n?]{0,24}\\?[^\\r\\n]*\\n[^\\r\\n]*"
     /* also a yes to a question whether it was changed, and the new one
      * (batch 34): "changed the Wi-Fi password?" / "yes to PeteHughes!1966",
      * "parolunu dəyişmisinizmi?" / "bəli, indi \"Ulviyya2025!\"-dir" */
     "(?:it's|it is|here you go:?|budur:?|\xC5\x9Fudur:?|yes to|indi) \"?[^ \\t\\r\\n\"',;]{8,}",
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.8f, 0.0f, 0.0f, 32, 0, NULL, NULL, chk_secret_phrase, 0,
     NULL, 0, "password|passcode|parol|" SIFR "|sifre|pw|requirepass|masterauth", 0},
    /* "her password over the phone, it's Bluebell2019!": "it's" later in
     * the sentence (batch 30; see chk_secret_its) */
    {GIZLI_T_CREDENTIAL, "secret_its",
     "password[^\\r\\n.?!]{0,48} (?:it's|it is) [^ \\t\\r\\n\"',;]{8,}|"
     /* "I've reset my password twice (last one was mGJ&1C$F0&U ...)", "her
      * password in the ticket \"udVS4$v7SYIH\"" (batch 55-56): the one before
      * named, or the value quoted */
     "password[^\\r\\n.?!]{0,48}[ (](?:last|old|previous|current) one (?:was|is) [^ \\t\\r\\n\"',;]{8,}|"
     "password[^\\r\\n.?!\"]{0,48} \"[^ \\t\\r\\n\"]{8,64}\"",
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.8f, 0.0f, 0.0f, 32, 0, NULL, NULL, chk_secret_its, 0,
     NULL, 0, "password", 0},
    /* "it says password expired. I tried resetting to Spring2026!Kew",
     * "köhnə parolu bərpa etdim: Hs6RC1Gav35Oi*d" (batch 43): a verb of
     * setting later on the password word's line, then the value (checked
     * as secret_its checks it: three character classes, 8-128 bytes) */
    {GIZLI_T_CREDENTIAL, "secret_reset",
     "(?:(?:reset(?:ting)?|chang(?:ed|ing)|set(?:ting)?|updat(?:ed|ing)|rotat(?:ed|ing))"
     "(?: it| mine)? to|(?:b\xC9\x99rpa etdim|b\xC9\x99rpa etdik|d\xC9\x99yi\xC5\x9F"
     "dim|"
     "yenil\xC9\x99"
     "dim|s\xC4\xB1"
     "f\xC4\xB1rlad\xC4\xB1m|s\xC4\xB1"
     "f\xC4\xB1rlad\xC4\xB1k|"
     "de\xC4\x9Fi\xC5\x9Ftirdim|de\xC4\x9Fi\xC5\x9Ftirdik|g\xC3\xBCncelledim|belirledim):)"
     " [^ \\t\\r\\n\"',;]{8,}",
     /* in the main database, no start tracking (an anchored row cost 2.5 %
      * of the structured scan): the check finds the value from the end */
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.8f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_secret_reset, 0,
     GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT "!#$%&()*+-./:<=>?@[]^_{|}~", 128, NULL, 0},
    /* "$conn = new mysqli(\"192.168.10.25\", \"shop_admin\", \"Baku2024!Shop\",
     * \"eshop\")" (batch 44): the third argument of a database connect
     * call, host or DSN, user, password, written as a string literal
     * (see chk_connect_args) */
    {GIZLI_T_CREDENTIAL, "secret_connect_args",
     "(?:mysqli|mysqli_connect|mysql_connect|mysqli_real_connect|PDO|pg_connect|psycopg2\\.connect)"
     "[ \\t]*\\(",
     0, GZ_B_NONE, 0, 0.8f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_connect_args, 0,
     GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT "_.( \t", 40, NULL, 0},
    /* "the temporary password you sent was pWkDRFxeLr1v4": who gave or
     * set it between the word and the verb (batch 33; the value checked
     * as secret_its checks it) */
    {GIZLI_T_CREDENTIAL, "secret_sent",
     "password (?:you|I|we|they|he|she|IT) (?:sent|gave|set|emailed|texted|issued|gave me|sent me|"
     "sent us|gave us) (?:is|was) [^ \\t\\r\\n\"',;]{8,}",
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.8f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_secret_its, 0, NULL, 0,
     "password (?:you|i|we|they|he|she|it) ", 0},
    /* "password for payroll@ is <value>": the object named between (a
     * row of its own: in secret_phrase the pattern grew too large) */
    {GIZLI_T_CREDENTIAL, "secret_for",
     "password for [^ \\t\\r\\n]{1,32}(?: [^ \\t\\r\\n]{1,16})? (?:is|was) [^ \\t\\r\\n\"',;]{6,}",
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.8f, 0.0f, 0.0f, 32, 0, NULL, NULL, chk_secret_phrase, 0,
     NULL, 0, "password for ", 0},
    /* a password changed and the new one given later in its sentence:
     * "the db password got rotated, new one is ...", "şifresi değişti,
     * yenisi ..." (see chk_secret_renewed) */
    {GIZLI_T_CREDENTIAL, "secret_renewed",
     "(?:new one is|new one's|new one:|yenisi:?|t\xC9\x99z\xC9\x99si:?) [^ \\t\\r\\n\"',;]{8,}",
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.8f, 0.0f, 0.0f, 32, 0, NULL, NULL, chk_secret_renewed, 0,
     NULL, 0, "new one|yenisi|t\xC9\x99z\xC9\x99si", 0},
    /* "login: admin / Xezer2026!" (see chk_secret_userpass) */
    {GIZLI_T_CREDENTIAL, "secret_userpass",
     "(?:admin|administrator|root|" USERPASS_LABEL
     "(?: \\([^():/\\r\\n]*\\))?: ?[A-Za-z0-9._+@-]+) ?/ ?"
     "[^ \\t\\r\\n\"',;]{6,}",
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.8f, 0.0f, 0.0f, 32, 0, NULL, NULL, chk_secret_userpass, 0,
     /* anchor: what must follow the login word ("admin /", "login:", "creds (");
      * the bare words opened a window at every "account" or "hesab" */
     NULL, 0, "admin ?/|administrator ?/|root ?/|" USERPASS_LABEL "(?::| \\()", 0},
    /* 'login("qa@firma.az", "t8D...")' in source code (see chk_secret_call) */
    {GIZLI_T_CREDENTIAL, "secret_call",
     "(?:login|signin|sign_in|authenticate|basic_auth|HTTPBasicAuth)\\( "
     "?[\"'][^\"'\\r\\n]{1,80}[\"'] ?, ?"
     "[\"'][^\"'\\r\\n ]{6,128}[\"']",
     HS_FLAG_CASELESS, GZ_B_NONE, 0, 0.8f, 0.0f, 0.0f, 32, 0, NULL, NULL, chk_secret_call, 0, NULL,
     0, "(?:login|signin|sign_in|authenticate|basic_auth|HTTPBasicAuth)\\(", 0},
    /* an API key given as the user of HTTP basic auth with an empty
     * password, 'auth=("8a7c1f0e-...", "")' of Python requests (see
     * chk_secret_auth_key) */
    {GIZLI_T_CREDENTIAL, "secret_auth_key",
     "auth ?= ?\\( ?[\"'][A-Za-z0-9_.-]{20,128}[\"'] ?, ?(?:\"\"|'') ?\\)", 0, GZ_B_NONE, 0, 0.8f,
     0.0f, 0.0f, 0, 0, NULL, NULL, chk_secret_auth_key, 0, NULL, 0, "auth ?= ?\\(", 0},
    /* "mysql -u root -phunter2pass" (see chk_secret_cli) */
    {GIZLI_T_CREDENTIAL, "secret_cli",
     " -p(?:[^ \\t\\r\\n\"']{4,}|'[^ \\t\\r\\n']{4,}'|\"[^ \\t\\r\\n\"]{4,}\")|"
     " (?:-u|--user) [^ \\t\\r\\n:\"'/]+:[^ \\t\\r\\n\"']{4,}|"
     /* batch 24: curl -u "user:pass" quoted; "sshpass -p 'pass'", "docker
      * login -u bot -p pass" (a password option with a space, see
      * chk_secret_cli); --password=pass or --password pass; batch 26:
      * "redis-cli -a 'pass'" */
     " (?:-u|--user) [\"'][^ \\t\\r\\n:\"'/]+:[^ \\t\\r\\n\"']{4,}[\"']|"
     " (?:-p|-a|--password=?) ?(?:[^ \\t\\r\\n\"'-][^ \\t\\r\\n\"']{3,}|'[^ \\t\\r\\n']{4,}'|"
     "\"[^ \\t\\r\\n\"]{4,}\")",
     0, GZ_B_NONE, 0, 0.85f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_secret_cli, 0, NULL, 0,
     "mysql|mariadb|curl|sshpass|docker|podman|helm|redis-cli|--password", 0},
    {GIZLI_T_CREDENTIAL, "secret_url",
     "[A-Za-z][A-Za-z0-9+.-]{1,15}://[^ \\t\\r\\n:/@\"'<>]{0,64}:[^ \\t\\r\\n/\"'<>]{3,128}@", 0,
     GZ_B_NONE, 0, 0.85f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_secret_url, 0,
     GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT "+.-:/_%!#$&()*;=?~[]{}^|,@", 230, NULL, 0},
    /* the secret path of a Slack or Discord incoming webhook URL (see
     * chk_webhook): whoever has it can post to the channel */
    {GIZLI_T_CREDENTIAL, "webhook_url",
     "hooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/[AB][A-Z0-9]{8,12}/"
     "[A-Za-z0-9]{20,40}|discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,72}",
     0, GZ_B_NONE, 0, 0.9f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_webhook, 0, NULL, 0,
     "hooks\\.slack\\.com/|discord(?:app)?\\.com/api/webhooks/", 0},
    {GIZLI_T_CREDENTIAL, "aws_key", "(?:AKIA|ASIA)[0-9A-Z]{16}", 0, GZ_B_WORD, 0, 0.9f, 0.0f, 0.0f,
     0, 0, NULL, NULL, chk_aws_key, 0, GZ_CLS_UPPER GZ_CLS_DIGIT, 20, NULL, 0},
    {GIZLI_T_CREDENTIAL, "github_token", "gh[pousr]_[A-Za-z0-9]{36}", 0, GZ_B_WORD, 0, 0.95f, 0.0f,
     0.0f, 0, 0, NULL, NULL, chk_github, 0, GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT "_", 40, NULL,
     0},
    {GIZLI_T_CREDENTIAL, "jwt", "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}",
     0, GZ_B_WORD, 0, 0.9f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_jwt, 0,
     GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT "_.-", 1024, NULL, 0},
    {GIZLI_T_CREDENTIAL, "slack_token", "xox[abpr]-[A-Za-z0-9-]{10,72}", 0, GZ_B_WORD, 0, 0.9f,
     0.0f, 0.0f, 0, 0, NULL, NULL, chk_slack, 0, GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT "-", 80,
     NULL, 0},
    /* clear-text secrets of a router's configuration (chk_secret_device) */
    {GIZLI_T_CREDENTIAL, "secret_device",
     "(?:secret|password) 0 [^ \\t\\r\\n]{6,}|snmp-server community [^ \\t\\r\\n]{6,}", 0,
     GZ_B_NONE, 0, 0.85f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_secret_device, 0, NULL, 0,
     "(?:secret|password) 0 |snmp-server community ", 0},
    /* SendGrid keys and Telegram bot tokens (see chk_vendor_key) */
    {GIZLI_T_CREDENTIAL, "api_key_vendor",
     "SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{30,64}|[0-9]{8,10}:AA[0-9A-Za-z_-]{33}", 0,
     GZ_B_NONE, 0, 0.9f, 0.0f, 0.0f, 0, 0, NULL, NULL, chk_vendor_key, 0,
     GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT "_-.:/", 120, NULL, 0},
    {GIZLI_T_CREDENTIAL, "api_key_prefixed",
     "(?:sk|rk)_live_[A-Za-z0-9]{16,120}|AIza[0-9A-Za-z_-]{35}", 0, GZ_B_WORD, 0, 0.9f, 0.0f, 0.0f,
     0, 0, NULL, NULL, chk_api_key, 0, GZ_CLS_UPPER GZ_CLS_LOWER GZ_CLS_DIGIT "_-", 128, NULL, 0},
};

const size_t gz_n_detectors = sizeof gz_detectors / sizeof gz_detectors[0];
/* The engine keeps one bit per detector in fixed-size sets (context words,
 * windows, anchors: gz_detset in engine.c) and per-detector arrays of
 * GZ_MAX_DETECTORS entries: a row beyond that must fail the build, not shift
 * a bit out silently. Raise GZ_MAX_DETECTORS (detect.h) to add more. */
_Static_assert(sizeof gz_detectors / sizeof gz_detectors[0] <= GZ_MAX_DETECTORS,
               "the detector table holds at most GZ_MAX_DETECTORS rows (detect.h)");
