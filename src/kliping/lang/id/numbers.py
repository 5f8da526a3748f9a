"""Indonesian number words, scales, modifiers, currencies and units (data only).

Used by :mod:`kliping.extract.quantities`. Everything here is plain data: word → value tables and
phrase → code tables. Keys are lower case unless a comment says the match is case-sensitive.
"""

from __future__ import annotations

from kliping.lang.id import calendar, function_words
from kliping.lang.id.wordsets import words as _words

# --------------------------------------------------------------------------- number words

# Digits as words. ``satu`` is listed but the extractor refuses it in idioms (``salah satu``).
UNIT_WORDS: dict[str, int] = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}
# Single words that are complete numbers (``se-`` is "one").
WHOLE_WORDS: dict[str, float] = {
    "sepuluh": 10, "sebelas": 11, "seratus": 100,
}
# Words that multiply the preceding unit word inside a number below one thousand.
SMALL_MULTIPLIERS: dict[str, int] = {"puluh": 10, "ratus": 100}
TEEN_WORD = "belas"  # dua belas = 12
# Scale words closing a group of three digits.
SCALE_WORDS: dict[str, float] = {
    "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9,
    "triliun": 1e12, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
# ``se-`` forms of the scales: seribu = 1 000.
SE_SCALE_WORDS: dict[str, float] = {"seribu": 1e3, "sejuta": 1e6, "semiliar": 1e9, "setriliun": 1e12}
# Case-sensitive scale abbreviations, only trusted after a currency (``Rp 5 M``, ``Rp1,2T``).
CURRENCY_ONLY_SCALES: dict[str, float] = {"M": 1e9, "T": 1e12}
HALF_WORD = "setengah"
# Fractions as words: stand-alone ``sepertiga`` or after a unit word (``dua pertiga``).
SE_FRACTIONS: dict[str, float] = {
    "setengah": 0.5, "separuh": 0.5, "sepertiga": 1 / 3, "seperempat": 0.25, "seperlima": 0.2,
}
PER_FRACTIONS: dict[str, int] = {
    "perdua": 2, "pertiga": 3, "perempat": 4, "perlima": 5, "perenam": 6,
    "pertujuh": 7, "perdelapan": 8, "persembilan": 9, "persepuluh": 10,
}

# Plural (vague) numbers: word -> (value, modifier, value_max). ``belasan`` is the teens (11-19),
# stated as a range. The contract has no ``plural_billions``: ``miliaran``/``triliunan`` say
# "at least a billion/trillion".
PLURAL_WORDS: dict[str, tuple[float, str, float | None]] = {
    "belasan": (11, "range", 19),
    "puluhan": (10, "plural_tens", None),
    "ratusan": (100, "plural_hundreds", None),
    "ribuan": (1e3, "plural_thousands", None),
    "jutaan": (1e6, "plural_millions", None),
    "miliaran": (1e9, "at_least", None),
    "milyaran": (1e9, "at_least", None),
    "triliunan": (1e12, "at_least", None),
}

# --------------------------------------------------------------------------- modifiers

# Phrases right before a number -> modifier. Matched longest first, so ``tidak lebih dari`` wins
# over ``lebih dari`` and ``lebih dari`` over ``lebih``.
PRE_MODIFIERS: dict[str, str] = {
    "sebanyak": "exact",
    "lebih dari": "more_than", "lebih daripada": "more_than", "di atas": "more_than",
    "melebihi": "more_than", "melampaui": "more_than", "lebih banyak dari": "more_than",
    "hampir": "nearly", "nyaris": "nearly", "mendekati": "nearly", "menjelang": "nearly",
    "sekitar": "about", "kurang lebih": "about", "lebih kurang": "about", "kira-kira": "about",
    "sekira": "about", "sekitaran": "about", "kisaran": "about", "di kisaran": "about",
    "berkisar": "about", "ditaksir": "about", "diperkirakan": "about", "±": "about", "~": "about",
    "hingga": "up_to", "sampai": "up_to", "maksimal": "up_to", "maksimum": "up_to",
    "paling banyak": "up_to", "sebanyak-banyaknya": "up_to", "tidak lebih dari": "up_to",
    "tak lebih dari": "up_to", "sampai dengan": "up_to",
    "setidaknya": "at_least", "minimal": "at_least", "minimum": "at_least",
    "sedikitnya": "at_least", "paling sedikit": "at_least", "sekurang-kurangnya": "at_least",
    "sekurangnya": "at_least", "tidak kurang dari": "at_least", "tak kurang dari": "at_least",
    "kurang dari": "less_than", "di bawah": "less_than", "tidak sampai": "less_than",
    "tak sampai": "less_than", "tidak lebih dari satu": "less_than",
    "nggak sampai": "less_than", "enggak sampai": "less_than", "gak sampai": "less_than",
    "ga sampai": "less_than", "belum sampai": "less_than",
}
# A pre-modifier may be separated from its number by ``ada`` (``sedikitnya ada 40 sekolah``)
# or, in market reports, by the word for the level (``di bawah level 60 dollar AS``, ``di atas
# posisi Rp 16.000``).
PRE_MODIFIER_GAP = ("ada", "level", "posisi")
# Words right after a number (``100 lebih``, ``Rp 5 miliar lebih``) -> modifier.
POST_MODIFIERS: dict[str, str] = {
    "lebih": "more_than", "lebih-lebih": "more_than", "an": "about", "sekian": "more_than",
    "maksimal": "up_to", "minimal": "at_least",
}
# Emphatic particles a counted noun may carry (``30 oranglah``); stripped only when what is left is
# a root word and the whole is not (``sekolah``).
NOUN_PARTICLES = ("lah", "pun", "kah")
# A word starting like a derived verb is not a noun with a particle (``menikah``, ``berlibur``).
VERB_PREFIXES = ("me", "di", "ber", "ter", "per", "pe")
# ``lebih`` before these is a comparison (``45 miliar rupiah lebih rendah``), not "more than".
COMPARATIVES = _words(
    "rendah tinggi besar kecil banyak sedikit murah mahal cepat lambat lama baik buruk kuat lemah "
    "dalam luas sempit jauh dekat awal tua muda berat ringan")
# Word before the first number of a range (``antara 5 dan 7``).
RANGE_OPENERS = ("antara", "dari", "berkisar antara", "berkisar")
# Of these, the ones a ``dan`` may close (``antara 5 dan 7``, ``berkisar 5 dan 7``), unlike ``dari`` (``dari 5
# hingga 7``; ``dari 5 dan 7`` is two figures). Matched as the opener's start.
AND_RANGE_OPENERS = ("antara", "berkisar")
# What may stand between the two numbers of a range. ``dan`` only after ``antara``.
RANGE_JOINERS = ("-", "–", "—", "hingga", "sampai", "sampai dengan", "s.d.", "s.d", "s/d")
RANGE_AND = "dan"

# --------------------------------------------------------------------------- currencies

# Prefix symbols and codes (case-sensitive) -> ISO 4217.
CURRENCY_PREFIXES: dict[str, str] = {
    "Rp.": "IDR", "Rp": "IDR", "IDR": "IDR", "US$": "USD", "USD": "USD", "$": "USD",
    "AU$": "AUD", "A$": "AUD", "AUD": "AUD", "SG$": "SGD", "S$": "SGD", "SGD": "SGD",
    "HK$": "HKD", "HKD": "HKD", "NT$": "TWD", "TWD": "TWD", "€": "EUR", "EUR": "EUR",
    "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "KRW": "KRW", "₩": "KRW", "RUB": "RUB", "THB": "THB", "MYR": "MYR", "RM": "MYR",
    "INR": "INR", "PHP": "PHP", "SAR": "SAR", "AED": "AED", "CHF": "CHF", "CAD": "CAD",
    "NZD": "NZD", "ISK": "ISK", "NOK": "NOK", "SEK": "SEK", "DKK": "DKK", "VND": "VND",
    "TRY": "TRY", "BRL": "BRL", "ZAR": "ZAR", "KWD": "KWD", "QAR": "QAR",
}
# Currency prefixes as a lower-cased word before an amount (``Rp``, ``US$``, ``USD``, ``$``).
CURRENCY_PREFIX_WORDS: frozenset[str] = frozenset({"rp", "us$", "usd", "$"})
# Currency words after the number (lower case) -> ISO 4217. Longest first when matching.
CURRENCY_WORDS: dict[str, str] = {
    "rupiah": "IDR",
    "dolar as": "USD", "dolar amerika serikat": "USD", "dolar amerika": "USD", "dollar as": "USD",
    "dolar": "USD", "dollar": "USD", "usd": "USD",
    "dolar singapura": "SGD", "dolar australia": "AUD", "dolar hong kong": "HKD",
    "dolar taiwan": "TWD", "dolar kanada": "CAD", "dolar selandia baru": "NZD",
    "euro": "EUR", "yen": "JPY", "won": "KRW", "rubel": "RUB", "yuan": "CNY", "renminbi": "CNY",
    "ringgit": "MYR", "baht": "THB", "peso": "PHP", "rupee": "INR", "rupe": "INR",
    "poundsterling": "GBP", "pound sterling": "GBP", "pound": "GBP", "riyal": "SAR",
    "dirham": "AED", "franc": "CHF", "lira": "TRY", "dong": "VND",
}

# --------------------------------------------------------------------------- units

# Unit words after the number (lower case, matched case-insensitively, longest first) -> symbol.
UNIT_WORDS_MAP: dict[str, str] = {
    "persen": "%", "%": "%", "basis poin": "bp", "bps": "bp", "persen poin": "pp",
    "kali lipat": "ratio",
    "milimeter": "mm", "mm": "mm", "sentimeter": "cm", "centimeter": "cm", "cm": "cm",
    "kilometer persegi": "km2", "km persegi": "km2", "km2": "km2", "km²": "km2",
    "kilometer per jam": "km/h", "km/jam": "km/h", "km per jam": "km/h",
    "kilometer": "km", "km": "km", "meter persegi": "m2", "m2": "m2", "m²": "m2",
    "meter kubik": "m3", "m3": "m3", "m³": "m3", "meter": "m",
    "kilogram": "kg", "kg": "kg", "gram": "g", "miligram": "mg", "mg": "mg",
    "ton": "t", "tonase": "t", "hektare": "ha", "hektar": "ha", "ha": "ha",
    "kiloliter": "kl", "kl": "kl", "liter": "l", "mililiter": "ml", "ml": "ml",
    "barel": "bbl", "barrel": "bbl", "bbl": "bbl", "mmscfd": "MMSCFD", "mmbtu": "MMBtu",
    "megawatt": "MW", "mw": "MW", "gigawatt": "GW", "gw": "GW", "kilowatt": "kW", "kw": "kW",
    "kwh": "kWh", "kilowatt jam": "kWh", "kaki kubik": "ft3", "bph": "bbl", "bopd": "bbl",
    # gas is metered in standard cubic feet (scf; ``3,1 miliar standar kaki kubik per hari``): still a volume in
    # ft3, not a count of ``standar``; oil and gas together in barrels of oil equivalent (``1,04 juta barel setara
    # minyak per hari``), a measure of its own beside oil's ``bbl`` as ``BOEPD`` is beside ``BOPD``
    "standar kaki kubik": "ft3", "kaki kubik standar": "ft3", "scf": "ft3", "bscfd": "BSCFD",
    "barel setara minyak": "boe", "barrel setara minyak": "boe", "setara barel minyak": "boe", "boe": "boe",
    "mboepd": "MBOEPD", "mbopd": "MBOPD", "boepd": "BOEPD", "kalori": "kcal", "kkal": "kcal",
    "kilokalori": "kcal", "gallon": "gal", "galon": "gal", "watt": "W", "derajat celsius": "°C", "derajat celcius": "°C", "cc": "cc",
    "mikrometer": "µm", "nanometer": "nm", "ppm": "ppm", "°c": "°C",
    # air quality: ``15 mikrogram per meter kubik`` (the rate after it reads the two-word unit), ``2,5 mikron``
    "mikrogram": "µg", "µg": "µg", "mikron": "µm", "µm": "µm", "parts per million": "ppm",
    "bagian per sejuta": "ppm",
    "derajat": "°", "knot": "kn", "mil laut": "nmi", "mil": "mi", "inci": "in", "kaki": "ft",
}
# Units that carry a scale and sometimes a rate of their own (oil and LNG copy): ``40,9 MMBOE`` is 40,9 million
# barrels of oil equivalent, ``5 Mtpa`` five million tonnes a year. Lower case -> (unit symbol, scale, rate noun),
# so they meet the same measure written out (``767 juta barel setara minyak``, ``58 juta ton per tahun``).
SCALED_UNITS: dict[str, tuple[str, float, str | None]] = {
    "mmboe": ("boe", 1e6, None), "mmbbl": ("bbl", 1e6, None), "mtpa": ("t", 1e6, "per tahun"),
}
# Single-letter units, matched case-sensitively so ``5 m`` is metres and ``5 M`` is not.
SHORT_UNITS: dict[str, str] = {"m": "m", "L": "l", "g": "g"}
# ``se-`` + unit means "per unit" (``US$ 74 sebarel``).
SE_RATE_WORDS: dict[str, str] = {
    "sebarel": "barel", "seliter": "liter", "sekilo": "kg", "sekilogram": "kg", "seton": "ton",
    "segram": "gram", "seekor": "ekor", "sebulan": "bulan", "setahun": "tahun", "sehari": "hari",
}

# Time units: a number before these is a duration or date, which belongs to the time extractor.
TIME_UNITS = _words(
    "detik menit jam hari malam pekan minggu bulan tahun dekade abad windu dasawarsa "
    "milenium semester kuartal triwulan caturwulan")
MONTHS = _words(
    "januari februari pebruari maret april mei juni juli agustus september oktober november "
    "desember jan feb mar apr jun jul agu agt agus sep sept okt nov des "
    "january february march may june july august october december")

# --------------------------------------------------------------------------- exclusions

# A bare number (no currency, unit or scale) right after one of these words is a reference, a
# label, a clock time or a rank, not a quantity: ``Pasal 27``, ``halaman 2``, ``pukul 9``.
REFERENCE_WORDS = _words(
    "pasal ayat nomor nomer no no. nmr nr huruf halaman hal hal. hlm hlm. bab lampiran butir "
    "uu pp perpres perppu perpu permen permendagri permenkeu pmk pojk perda pergub perwal perbup "
    "inpres keppres kepres kepmen sk se juknis tap perma perkap perkapolri perban "
    "pukul jam kuartal triwulan semester tahap gelombang putaran babak lantai rt rw blok gang "
    "kamar ruang gate terminal peron jalur km kilometer ron euro kode seri versi edisi jilid "
    "volume vol episode season tingkat kelas roda golongan grup group pot peringkat urutan "
    "ranking rangking urut skor sila kav kavling tahun tanggal tgl desil negeri sektor zona gerbong kursi dapil "
    "pm generasi gen model tipe type patroli batalyon brigade kompi yonif kodim korem kodam "
    "lanud lanal satuan armada divisi pleton resimen skuadron")
# Ordinal prefix: ``ke-3``, ``ke 3``.
ORDINAL_PREFIXES = ("ke-", "ke ")
# ``satu`` in these contexts is an article or idiom, never a count.
SATU_BEFORE = _words("salah di menjadi jadi per bersatu")
# ``satu contoh`` ("for one example", a rhetorical device) and ``satu arah`` ("one-way") are idioms too.
SATU_AFTER = _words("sama per persatu sisi pihak kesatuan atap pintu suara-suara padu contoh arah")

# A number word before one of these with ``-nya`` counts a person's own limbs or organs (``dua betisnya``,
# ``kedua matanya`` is an ordinal already): a description, never a figure anyone reports.
BODY_PARTS = _words(
    "tangan kaki mata telinga kuping betis lengan paha lutut pipi bahu pundak jari siku telapak "
    "pergelangan ginjal paru-paru kelopak alis bibir")
# Counted nouns never start with these words: function words, pronouns, auxiliaries and
# common verbs that follow numbers in news copy.
NOUN_STOPWORDS = _words(
    "yang dan atau di ke dari pada untuk dengan itu ini tersebut per dalam oleh sebagai adalah "
    "ialah karena juga sudah telah akan masih saja pun lagi lalu kemudian serta hingga sampai "
    "bagi terhadap tentang namun tetapi tapi sedangkan sementara bahkan yakni yaitu seperti "
    "antara atas bawah sejak selama setelah sebelum saat ketika jika kalau bila agar supaya "
    "sehingga maka pula hanya cuma baru belum tidak tak bukan ia dia mereka kami kita saya "
    "aku anda beliau nya lebih kurang sekitar hampir nyaris sebanyak sebesar senilai "
    "menjadi jadi ada punya harus bisa dapat mampu boleh perlu ingin mau sedang tengah "
    "naik turun mencapai sekitar kata ujar ucap tutur jelas terang ungkap papar sebut imbuh "
    "tambah lanjut tegas menurut pun pula via vs versus sebagaimana seluruh semua setiap tiap "
    "para sang si pak bu bapak ibu lain lainnya lagi pertama kedua ketiga masing masing-masing "
    "year on yoy ytd mtm qtq tetap sekaligus sekali "
    # prepositions, adverbs and speech particles that follow a figure in news and quotes (QA issue 17):
    # ``Rp 13 triliun kepada ...``, ``20% tanpa ...``, ``10 hektare ya``, ``lima jangan`` (five don'ts)
    "kepada daripada tanpa sesuai akibat sebab tadi sekarang kini dulu nanti kemarin besok "
    "pagi siang sore langsung lewat cukup puas jangan plus x ya kan sih dong deh lho nah kok toh "
    "gitu begitu aja doang banget nih tuh pokoknya kira besar semuanya biasanya seharusnya "
    "sebenarnya terdiri sangat amat terlalu "
    # root verbs that say what happened to the figure (``Rp 2 miliar hilang``, ``dua tewas``)
    "hilang habis raib lenyap masuk keluar tewas mati hadir lolos kabur hanyut") | frozenset(UNIT_WORDS) | TIME_UNITS | MONTHS
# Derivational prefixes of verbs and adverbs (``berhasil``, ``beredar``, ``terdiri``, ``secara``,
# ``setara``, ``sepanjang``): a word made of one of these and a root word, and not a root word itself,
# is no counted noun. ``ter-`` nouns of the courts are the exception (``TER_NOUNS``). ``be-`` alone is
# not listed: it adds only ``bekerja`` and takes nouns such as ``besaran`` (``be`` + ``saran``).
NON_NOUN_PREFIXES = ("ber", "ter", "se")
TER_NOUNS = _words(
    "tersangka terdakwa terpidana tergugat terlapor terduga tertuduh terperiksa teradu termohon "
    "tertanggung terpilih")
# Counted nouns of two words whose first word alone names something else (``lima kepala keluarga``
# counts families, not heads; ``80 juta sepeda motor`` motorbikes): first word -> second words.
COUNTED_COMPOUNDS: dict[str, frozenset[str]] = {
    "kepala": _words("keluarga desa daerah sekolah negara pemerintahan dinas rumah"),
    "wajib": _words("pajak pilih"),
    "sepeda": _words("motor listrik"),
    "tanah": _words("longsor"),
    "suku": _words("bunga bangsa cadang"),
    "tenaga": _words("kerja kesehatan medis pendidik ahli honorer pengajar"),
    "lapangan": _words("kerja pekerjaan"),
    "perguruan": _words("tinggi"),
    "cagar": _words("budaya"),
    "bahan": _words("bakar baku pokok kimia"),
    "pemerintah": _words("daerah kota kabupaten provinsi pusat desa"),
    "rumah": _words("sakit tangga makan ibadah susun"),
    "anak": _words("buah usaha perusahaan yatim"),
    "kartu": _words("keluarga kredit"),
    "mata": _words("uang pelajaran"),
    "kereta": _words("api"),
    "surat": _words("suara utang"),
    "alat": _words("berat bukti"),
    "barang": _words("bukti"),
    "tindak": _words("pidana"),
    "pasangan": _words("calon"),
    "kapal": _words("selam"),
    "tempat": _words("tidur ibadah tinggal"),
    "warga": _words("negara"),
    "juru": _words("bicara"),
    # round 41 reading: ``50 negara bagian AS`` counts states, ``38 ahli waris`` heirs, ``36.000 penyandang
    # disabilitas`` people with disabilities (``penyandang`` alone bears nothing). Not ``orang tua``: docs/quantities.md
    "negara": _words("bagian"),
    "ahli": _words("waris"),
    "penyandang": _words("disabilitas cacat masalah"),
}
# ``3 kilo emas``: spoken ``kilo`` is a kilogram before a thing sold by weight; before anything else
# (``3 kilo dari sini`` is a distance) it stays without a unit.
KILO_WORD = "kilo"
MASS_NOUNS = _words(
    "emas perak beras gula garam tepung daging ayam ikan udang cabai cabe bawang sayur buah kopi teh "
    "jagung kedelai telur minyak tembakau sabu sabu-sabu ganja kokain heroin narkoba pupuk sampah "
    "plastik besi tembaga timah nikel batu pasir semen")
# Products named by their size (``LPG 3 kg``, ``tabung gas 12 kg``, ``elpiji ukuran 5,5 kg``: the subsidised
# gas cylinders): a small weight right after one of these words names the product, it measures nothing. Only
# weights up to ``PRODUCT_SIZE_MAX`` kg without a scale word, so ``impor LPG 6,9 juta ton`` stays an amount.
SIZE_NAMED_PRODUCTS = _words("lpg elpiji tabung gas")
# Words that may stand between the product and its size (``LPG bersubsidi 3 kg``, ``gas melon 3 kg``).
SIZE_NAME_GAP = _words("ukuran isi bersubsidi subsidi nonsubsidi non-subsidi melon")
PRODUCT_SIZE_UNITS = frozenset(("kg",))
PRODUCT_SIZE_MAX = 50
# A measure right after one of these is the basis of a rate (``nutrisi per 100 gram``, ``setiap 100 gram ubi
# mengandung 86 kalori``, ``Rp 50.000 per 100 gram``): the denominator, not a figure of its own.
RATE_BASIS_BEFORE = function_words.DISTRIBUTIVES
# Discourse particles of speech that a transcript may glue to a scale word (``17 ribugitukan`` for
# ``17 ribu gitu kan``): the scale is read only when the rest of the token is made of these.
GLUED_PARTICLES = _words("gitu gini kan lah sih dong deh aja saja ya nih tuh loh lho kok")
# Pure classifiers: skipped to reach the counted noun (``tiga buah kapal`` -> ``kapal``).
CLASSIFIERS = frozenset(("buah",))
# Loan adjectives written before the noun they describe, English order (``20 ribu internal karyawan``): skipped
# like a classifier to reach the counted noun when a noun follows them.
NOUN_PREMODIFIERS = _words("internal eksternal")
# Endings of Indonesian derived words (``karyawan``, ``pelaporan``, ``rumahnya``): a word with one is no English
# word of a compound (``extract.quantities._foreign_compound``).
INDONESIAN_SUFFIXES = ("an", "kan", "nya", "wan", "wati")
# Nouns that look like ``meN-`` verbs.
ME_NOUNS = _words(
    "menteri meter member mesin media meja medali merek meriam mentor menu menara mercusuar "
    "mekanik mesjid merpati meteran meteor metode mega megawatt mil milisi militer")
# Nouns that look like ``di-`` passives.
DI_NOUNS = _words(
    "dinas direktur direksi dirjen dirut dividen distributor diler diskon diplomat dinasti "
    "dimensi distrik divisi dinosaurus dirigen diagnosis diesel digit")
# Era markers after a year: ``1446 H``, ``2025 M`` (case-sensitive).
ERA_MARKERS = frozenset(("H", "M", "SM", "Masehi", "Hijriah", "Hijriyah", "BC", "AD", "BCE", "CE"))
# Reduplicated words that are one word, not a plural: ``laki-laki`` stays ``laki-laki``.
LEXICAL_REDUPLICATION = _words(
    "laki-laki kupu-kupu mata-mata kura-kura undang-undang oleh-oleh alun-alun paru-paru "
    "biri-biri ubur-ubur hati-hati pura-pura masing-masing"
)
# Sub-units of a currency written after the number: ``turun 40 sen`` is 0.40 of the sentence's
# currency (US cents in oil-price copy); only read when the sentence names that currency.
SUBUNITS: dict[str, float] = {"sen": 0.01, "cent": 0.01}
# A bare number right before one of these is a law article (``310, 311 KUHP``, ``Pasal 53 KUHP``).
REFERENCE_AFTER = _words("kuhp kuhap kuhperdata kuhpidana")
# A bare number before one of these and its label (``27 ayat (3)``, ``45 huruf a``) is an article number.
REFERENCE_SUBDIVISIONS = ("ayat", "huruf")
# Reference words of a law or a document's parts (``Pasal 27``, ``Bab II``, ``Lampiran 3``): the word
# with its number is a citation, never a name, whatever type a tagger gives the capitalised word.
CITATION_PART_WORDS = _words("pasal ayat huruf bab butir lampiran")
# The words a chain of legal citations is made of besides numbers and the code cited (``KUHP jo. Pasal
# 55``): the part words and ``jo``/``juncto``. A span of these alone is no name (``jo Pasal``).
CITATION_WORDS = CITATION_PART_WORDS | {"jo", "juncto"}
# A law's short form cited in such a chain (``Pasal 56 ayat (2) KUHP jo. Pasal 66``): a code is no place,
# body or person, so a span of these and the citation words alone is no entity (``KUHP``, ``KUHP Jo``).
LAW_CODE_CITATION_WORDS = CITATION_WORDS | REFERENCE_AFTER
# Reference words after which a grouped number (``tahap 12.508 SPPG``) is still a count.
STRICT_REFERENCE_WORDS = _words("pasal ayat nomor nomer no no. nmr nr uu pp kode seri halaman hal hal. hlm hlm.")

# --------------------------------------------------------------------------- as_of

# A day named after one of these is the base a figure is compared with or counted from
# (``melemah 2,10 dollar dibanding penutupan Senin``, ``sejak Senin``), not the day it is stated at.
AS_OF_BASE_CUES = tuple(sorted(calendar.COMPARISON_BEFORE | calendar.PAST_CUES | {"daripada"}))
# ``dari`` is a base only before the market's reference point (``turun dari penutupan pada Jumat``);
# ``data dari BPS, Senin`` is a source.
AS_OF_BASE_AFTER_DARI = ("penutupan", "posisi", "level", "harga", "perdagangan", "akhir", "hari")

# A year named after one of these opens a span or is a base (``sejak 2021``, ``mulai menanam pada 2004``,
# ``dari tahun 2023 hingga 2024``, ``dibanding 2023``): not the year a figure holds for.
# ``berdasarkan SPT Tahun 2024``: the year is the basis of a calculation, not the period of its figures.
AS_OF_YEAR_START_CUES = tuple(sorted(set(AS_OF_BASE_CUES) | {"mulai", "dari", "berdasarkan"}))
# The word that restates an amount in another measure (``maksimal 1 satuan setingkat peleton atau 30 personel``,
# ``sekitar Rp 330 triliun atau US$ 20 miliar``): the second amount is the first again, bounded or vague as it is.
RESTATING_OR = _words("atau")
# At most this many words of the first amount's noun phrase between it and RESTATING_OR (``setingkat peleton``).
RESTATING_GAP = 3
# Words that close a range after a year (``2021 hingga 2024``, ``2006 sampai 2023``): the year opens it.
AS_OF_YEAR_RANGE_AFTER = ("hingga", "sampai", "-", "–", "s.d.", "s/d")
# Between a year and a figure, these start another clause or another time (``di 2014, kini menjadi 5,6 juta``,
# ``hingga 2024, sementara 12 bulan terakhir ... 3,5 persen``): the year is not that figure's.
AS_OF_YEAR_BREAKS = _words(
    "kini sekarang sementara sedangkan namun tetapi tapi menjadi padahal kemudian lalu serta "
    "terhadap dibanding dibandingkan ketimbang daripada")
# Phrases of the present between a year and a figure (``sejak 2021 hingga 2024, yaitu saat ini mencapai 57,9``).
AS_OF_YEAR_NOW = ("saat ini", "hari ini", "dewasa ini", "sampai sekarang")
# Words that join a figure to the year right after it (``Rp 120,5 miliar pada 2022``, ``Rp 3,6 miliar untuk
# tahun anggaran 2022``, ``512,3 ton di 2024``): that year is the figure's, before any year further back.
AS_OF_YEAR_LINKS = _words("pada di untuk tahun anggaran sepanjang selama hingga sampai periode per dalam masing-masing")
AS_OF_YEAR_LINK_GAP = 4
# How many words a year may stand before the figure it dates (or after the last figure it dated), and after it.
AS_OF_YEAR_GAP = 15
AS_OF_YEAR_AFTER_GAP = 6

# A day right after ``per`` (``per 30 Juni 2025``, ``per tgl 30 September lalu``, ``per tanggal 26 Desember``)
# is the day the figures of its clause hold at, said to be so: it dates them however long before publication
# (a count ``per 31 Desember 2019`` in a 2025 trial report), and before the day the sentence was said.
AS_OF_PER_CUES = ("per",)
AS_OF_PER_DAY_WORDS = ("tgl", "tgl.", "tanggal")

# Clock-time zones: ``14.30 WIB`` is a time of day.
TIME_ZONES = _words("wib wita wit gmt utc")

# --------------------------------------------------------------------------- attribution

# ``..., kata X`` / ``ujar X``: the speaker follows the cue.
SPEAKER_CUES_BEFORE_NAME = (
    "kata", "ujar", "ucap", "tutur", "jelas", "terang", "ungkap", "papar", "sebut", "imbuh",
    "tambah", "lanjut", "tegas", "tandas", "pungkas", "urai", "kata dia", "menurut",
    "dikatakan", "disampaikan", "diungkapkan", "dijelaskan", "disebutkan",
)
# ``X mengatakan ...``: the speaker precedes the cue.
SPEAKER_CUES_AFTER_NAME = (
    "mengatakan", "menyatakan", "menyebut", "menyebutkan", "menjelaskan", "mengungkapkan",
    "menuturkan", "memaparkan", "menegaskan", "menambahkan", "berkata", "menilai",
    "memperkirakan", "mencatat", "melaporkan", "mengklaim", "menyampaikan", "mengakui",
    "membenarkan", "menerangkan", "mengemukakan", "menyebutkan", "bilang", "berujar",
)
# Pronouns and generic words that are not a speaker's name.
SPEAKER_PRONOUNS = _words(
    "ia dia beliau mereka kami kita saya aku anda dirinya pihaknya nya namun sementara itu "
    "sebelumnya selain kemudian adapun menurutnya katanya ujarnya")
