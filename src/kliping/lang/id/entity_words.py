"""Words the entity rules (:mod:`kliping.extract.entities`) test one word at a time (data only).

Grouped by the module of ``extract.entities`` that reads them; keys as that rule compares them (lower
case unless a list says otherwise: ``COMPANY_FORMS`` is matched as written).
"""

from __future__ import annotations

from kliping.lang.id import function_words

# --- extract.entities.acronyms
# Function words inside a name its short form skips (``Institute for ASEAN``, ``Research and Consulting``).
NAME_FUNCTION_WORDS: frozenset[str] = frozenset({"for", "of", "and", "the", "dan", "untuk"})
# Crime and court roles before a suspect's initials that a country abbreviation never follows
# (``tersangka AS``); ``saksi``/``korban``/``ekonom`` do (``ekonom AS``: an American), and an
# organisation abbreviation follows all of them (``tersangka KPK``: a suspect of the KPK's case).
SUSPECT_ROLES: frozenset[str] = frozenset({
    "tersangka", "terdakwa", "terpidana", "pelaku", "terlapor", "tahanan", "buronan", "narapidana",
    "napi", "terperiksa"
})
# Words before a country abbreviation that read it as the country (``warga AS``, ``di AS``, ``dolar AS``).
COUNTRY_BEFORE: frozenset[str] = frozenset({
    "di", "ke", "dari", "warga", "negara", "pemerintah", "militer", "tentara", "dolar", "kedubes",
    "kedutaan", "pasukan", "negeri", "bank", "sentral", "asal", "antara"
})
# The case role whose short capitals after it name a disease or an event far more often than a
# victim's initials (``korban DBD``, ``korban PHK``).
VICTIM_WORDS: frozenset[str] = frozenset({"korban"})

# --- extract.entities.dossier_rules
# Administrative words of an address before a village or district name (``Kel. Petojo``, ``Kec
# Menteng``): the name is a place (``_Sentence.address_parts``).
# Abbreviations only: the full words also head offices (``Kepala desa I Gusti Made ...``).
ADDRESS_AREA_ABBREVIATIONS: frozenset[str] = frozenset({"kel", "kec", "ds"})

# --- extract.entities.english_names
# Words joining the department words of a title (``Head of Government and Public Affairs``).
TITLE_DEPARTMENT_JOINERS: frozenset[str] = frozenset({"of", "and", "&"})
# Words opening a company's name: the title ends before them.
COMPANY_FORMS: frozenset[str] = frozenset({"PT", "CV", "PD", "UD", "Perum", "Persero"})

# --- extract.entities.field_lists
# Offices before ``Pusat`` + a centre's name (``Kepala Pusat Data``, ``Plt Kepala Pusat ...``).
CENTRE_TITLES: frozenset[str] = frozenset({"kepala", "kapus", "sekretaris"})

# A title's second word the tagger glues before the body the title is of, no part of its name:
# ``Kepala Pelaksana [BPBD]`` (the disaster agency head's title, ``Kalaksa``); only right after a
# title's head (``Badan Pelaksana ...`` keeps it). The side word ``pihak`` is ``cues.SPEAKER_SIDE_WORDS``.
ORG_TITLE_TAILS: frozenset[str] = frozenset({"pelaksana"})
# Words before the last group of a body's field list (``Riset, dan Teknologi``).
FIELD_LIST_LAST_JOINERS: frozenset[str] = function_words.AND_WORDS

# --- extract.entities.journals_and_awards
# English words that join a journal's capitalised words (``Frontiers in Ecology and the Environment``).
JOURNAL_JOINERS: frozenset[str] = frozenset({"in", "and", "of", "the", "for", "on", "&"})

# --- extract.entities.jurisdictions
# Words before ``kota`` that make ``X Kota`` an office, not the city (``Wali Kota Jambi``, ``Wakil Wali Kota``).
CITY_OFFICE_OPENERS: frozenset[str] = frozenset({"wali", "wakil"})
# Words that continue a place name after a region (``Bogor Kota``, ``Kuta Utara``), never a person.
PLACE_TAILS: frozenset[str] = frozenset({
    "kota", "kabupaten", "utara", "selatan", "barat", "timur", "tengah", "raya", "pusat", "baru",
    "lama", "hulu", "hilir", "ilir", "ulu", "laut", "darat", "induk", "kepulauan", "besar", "kecil",
    "atas", "bawah", "seberang", "kulon", "wetan", "lor", "kidul"
})
# The headquarters of a police or military unit written as one word (``Mapolres`` = markas polres,
# ``Makodim`` = markas kodim): the building, a place, whatever the unit word in it. Not ``Mabes``
# (``Mabes Polri`` speaks as the force). Case-sensitive, as spelt opening a name.
HEADQUARTERS_HEADS: frozenset[str] = frozenset({
    "Mapolda", "Mapolres", "Mapolresta", "Mapolrestabes", "Mapolsek", "Makodim", "Makorem", "Makodam",
    "Makoramil", "Mako", "Mapomdam",
})
# Nouns of a building, a room or a ground that open a place named by the body using it (``Gedung MK``,
# ``Lapangan Mapolresta ...``, ``Aula Kemensos``): such a name stays a place though a body's short form
# ends it; a unit's name ending so (``Siber Bareskrim``, ``OPD Pemkot``) is the body. Lower case.
BUILDING_NOUNS: frozenset[str] = frozenset({
    "gedung", "kantor", "mabes", "markas", "wisma", "balai", "komplek", "kompleks", "lapangan", "aula",
    "ruang", "ruangan", "halaman", "rutan", "lapas", "pos", "gudang", "pabrik", "kilang", "terminal",
    "depo", "rumah", "asrama", "kampus", "mako", "lantai", "area", "kawasan", "lokasi", "depan", "gerbang",
    "menara", "istana", "graha", "pendopo", "auditorium", "sekretariat", "posko", "pelabuhan", "bandara",
    "stasiun", "jalan", "jl", "gang", "taman", "museum", "masjid", "stadion",
})
# English heads of a body's name followed by ``of``/``for``/``on`` (``Center of Generational
# Kinetics``, ``Institute for Policy Studies``, ``Office of the High Commissioner``): the body, not a
# place, whatever the tagger read after ``di``. A venue puts its head last (``Jakarta Convention
# Center``). Case-sensitive.
ENGLISH_BODY_HEADS: frozenset[str] = frozenset({
    "Center", "Centre", "Institute", "Office", "Council", "Agency", "Foundation", "Association", "Society",
    "Department", "Bureau", "School", "College", "Academy", "Commission", "Committee", "Ministry",
})
ENGLISH_BODY_HEAD_JOINERS: frozenset[str] = frozenset({"of", "for", "on"})
# English words of bodies' names that may stand anywhere in them (``... Oversight Board``, ``Police
# Department of ...``), the heads above among them: a spelt-out English name holding one is a body, not
# a term or a system (``extract.entities.lone_words._english_terms``). Case-sensitive.
ENGLISH_BODY_WORDS: frozenset[str] = ENGLISH_BODY_HEADS | {
    "Board", "Service", "Services", "Court", "Parliament", "Senate", "Congress", "Assembly", "Police",
    "Guard", "Navy", "Team", "Club", "League", "Federation", "Bank", "Organization", "Organisation",
    "University", "Company", "Corporation",
}
# Words opening a law's or a regulation's name spelt out (``Undang-Undang Informasi dan Transaksi
# Elektronik (UUITE)``, ``Peraturan Presiden (Perpres)``, ``Kitab Undang-Undang Hukum Pidana``): the
# short form in brackets after it names the law, no body. Lower case.
LAW_NAME_HEADS: frozenset[str] = frozenset({"undang-undang", "uu", "peraturan", "kitab", "qanun"})
# Words naming a fort, opening its name (``Benteng Kuto Besak``) or closing it (``Red Fort``): a
# monument and a place to visit, never the body the tagger reads in a capitalised run. Case-sensitive.
FORT_HEADS: frozenset[str] = frozenset({"Benteng"})
FORT_TAILS: frozenset[str] = frozenset({"Fort", "Fortress", "Citadel"})
# Words before an office's name that make it the place where something happens (``di kantor X``).
OFFICE_PLACE_WORDS: frozenset[str] = frozenset({"kantor", "gedung", "markas", "halaman", "depan", "lokasi"})
# Nouns heading a village or district name (``Desa Sukamaju``), and the offices before one that make
# it a local office (``Kepala Desa Sukamaju``, ``Lurah``).
AREA_NOUNS: frozenset[str] = frozenset({
    "desa", "kelurahan", "dusun", "kampung", "nagari", "gampong", "kecamatan"
})
AREA_OFFICE_OPENERS: frozenset[str] = frozenset({"kepala", "sekretaris", "kades", "lurah", "camat"})

# --- extract.entities.places._street_cities
# Words before a town closing a street's name that make the town the road's destination, part of the
# name (``Jalan Raya Bogor``, ``Jalan Lintas Timur``), lower case; and the hyphens joining two towns a
# road runs between (``Jalan Pantura Semarang-Demak``).
ROAD_TO_WORDS: frozenset[str] = frozenset({"raya", "lintas", "poros", "arah", "tol"})
HYPHENS: frozenset[str] = frozenset({"-", "–"})

# --- extract.entities.factions
# A party's faction in a parliament (``Fraksi Golkar``), and the words of the parliament body a
# faction is written after (``Komisi XI DPR RI Fraksi ...``), lower case.
FACTION_HEADS: frozenset[str] = frozenset({"fraksi"})
PARLIAMENT_WORDS: frozenset[str] = frozenset({"dpr", "dprd", "mpr", "dpd", "komisi", "dprk", "dpra", "dprp"})

# --- extract.entities.office_parents
# Head words of the offices every regional government or police has, beside the unit heads
# (``titles.UNIT_HEADS``, ``bidang``), named with the area or body owning them (``Dinas Sosial
# Kabupaten Garut``, ``Direktorat ... Polda X``). Lower case.
REGIONAL_OFFICE_HEADS: frozenset[str] = frozenset({"dinas", "badan", "direktorat"})
# Area nouns of the owner after a unit (``Seksi ... Kecamatan Manonjaya``, ``Dinas ... Kabupaten Garut``):
# the village and district nouns and the regions'.
OWNER_AREA_NOUNS: frozenset[str] = AREA_NOUNS | {"kabupaten", "kota", "provinsi"}
# Military units written as their head, a number and, after a slash, the unit's own name or its area
# (``Kodam IV/Diponegoro``, ``Kodim 0830/Surabaya``, ``Yonif 315/Garuda``): one organisation, which
# the tagger splits at the slash (``Kodam IV`` and a person ``Diponegoro``). Case-sensitive: the unit
# heads as news writes them; a commander's title (``Pangdam``, ``Dandim``) is no unit.
MILITARY_UNIT_HEADS: frozenset[str] = frozenset({
    "Kodam", "Kodim", "Korem", "Koramil", "Yonif", "Brigif", "Lantamal", "Lanal", "Lanud", "Pomdam",
    "Denpom", "Rindam", "Kodaeral", "Yonkav", "Yonarmed", "Yonzipur", "Koarmada",
})
# A unit commander's or officer's title built on the unit's short name, written before the unit's
# number and name and then the holder (``Pangdam V Brawijaya [Mayjen Fulan]``, ``Dandim 0830/Surabaya
# [Kolonel Fulan]``, ``Kapendam IV/Diponegoro``): the number and name are part of the title, no
# person. Lower case, as the title words compare.
COMMANDER_TITLES: frozenset[str] = frozenset({
    "pangdam", "wapangdam", "kasdam", "kapendam", "danrem", "wadanrem", "kasrem", "kapenrem", "dandim",
    "wadandim", "kasdim", "danramil", "danyon", "danyonif", "danbrigif", "danlanal", "danlantamal",
    "danlanud", "danpomdam", "danrindam", "pangkoarmada", "pangkodaeral",
})

# --- extract.entities.lone_words
# Words between two names of one list (``Rahmat dan Rohmat``, ``Rahmat, Rohmat``).
NAME_LIST_JOINERS: frozenset[str] = function_words.LIST_CONJUNCTIONS | {",", "&"}
# Words before a pseudonym (``sebut saja Mawar``, ``nama samaran Melati``).
PSEUDONYM_BEFORE: frozenset[str] = frozenset({"saja", "samaran"})
# Words introducing a person's initials (``berinisial AB``; ``insial`` as it is misspelt).
INITIALS_INTRO: frozenset[str] = frozenset({"berinisial", "inisial", "insial"})

# --- extract.entities.model_fixes
# Prepositions that take a place, never a person ("di Rio", "menuju Kazan"); "dari" and "ke" also
# take people ("surat dari Budi"), and "dekat" is also "close" ("teman dekat Hariri").
PLACE_ONLY_PREPOSITIONS: frozenset[str] = frozenset({"di", "menuju"})
# Reporting verbs that open a sentence before the outlet they cite (``Melansir Time, ...``).
OUTLET_VERBS: frozenset[str] = frozenset({"melansir", "dilansir", "lansir"})

# --- extract.entities.not_people
# Words between a programme's name and its leader's that make the name the leader's programme (``Asta Cita
# Presiden Prabowo``, ``Asta Cita pemerintahan Prabowo``).
LEADER_PROGRAMME_WORDS: frozenset[str] = frozenset({"pemerintahan", "presiden"})
# Adverbs before a naming verb (``modus ini kerap disebut``, ``juga dikenal dengan nama``), after a demonstrative.
NAMING_VERB_ADVERBS: frozenset[str] = frozenset({"juga", "kerap", "sering", "biasa", "lebih"})
# ``Gen Z``, ``Generasi Milenial``: a generation label, never a name.
GENERATION_HEADS: frozenset[str] = frozenset({"gen", "generasi"})
GENERATION_LABELS: frozenset[str] = frozenset({
    "x", "y", "z", "alpha", "alfa", "beta", "milenial", "millennial", "millenial", "boomer",
    "boomers"
})
# Words before a commemorative day (``peringatan Hari Guru``) and after its name (``Hari Anak Nasional``).
COMMEMORATION_BEFORE: frozenset[str] = frozenset({
    "peringatan", "memperingati", "diperingati", "perayaan", "merayakan", "dirayakan", "menyambut",
    "jelang", "menjelang", "momen", "momentum", "tema"
})
COMMEMORATION_AFTER: frozenset[str] = frozenset({"nasional", "internasional", "sedunia", "dunia"})
# The verbs and nouns that give a scheme its name (``dikenal dengan nama Wangiri``, ``disebut
# istilah ...``).
NAMING_VERBS: frozenset[str] = frozenset({"dikenal", "disebut", "dinamakan", "dinamai", "diberi"})
NAMING_NOUNS: frozenset[str] = frozenset({"nama", "istilah", "sebutan"})
# The words between a naming verb and the name or its naming noun (``dikenal dengan nama 'X'``,
# ``disebut sebagai 'X'``; ``extract.entities.programmes._naming_verb_before``).
NAMING_LINKS: frozenset[str] = frozenset({"dengan", "sebagai"})

# --- extract.entities.people
# Heads only ever followed by a person or a portfolio: "Menteri Wihaji" typed ORG is still a minister.
PERSON_ONLY_HEADS: frozenset[str] = frozenset({
    "menteri", "presiden", "wapres", "menko", "mendiang", "almarhum", "almarhumah"
})
# Words after a month that make it a date (``Juni lalu``, ``Juni mendatang``), not a family name.
MONTH_TIME_AFTER: frozenset[str] = frozenset({
    "lalu", "ini", "itu", "mendatang", "nanti", "depan", "silam", "kemarin", "tahun", "hingga",
    "sampai", "sebelumnya", "kemudian", "tadi"
})

# --- extract.entities.places
# Words joining the items of a list of names (``Barru, Pinrang, dan Wajo``).
PLACE_LIST_JOINERS: frozenset[str] = function_words.LIST_CONJUNCTIONS | {","}
# Words before an area word that open a list of its places (``di Kecamatan A, B, dan C``, ``meliputi
# Desa A, B, dan C``): a person noun there (``warga Desa A, Budi dan Andi``) makes an apposition instead.
AREA_LIST_OPENERS: frozenset[str] = frozenset({
    "di", "ke", "dari", "menuju", "hingga", "sampai", "meliputi", "yakni", "yaitu", "termasuk",
    "seperti", "antara"
})
# Head words of a housing estate's or residential complex's name, written after it (``Griya Asri
# Residence``, ``Bukit Permata Hills``, ``Melati Town House``): the whole name is a place, however a
# tagger reads the developer's made-up first words (often a person's). Case-sensitive, capitalised.
ESTATE_HEADS: frozenset[str] = frozenset({
    "Estate", "Estates", "Residence", "Residences", "Residen", "Regency", "Park", "Village", "Garden",
    "Gardens", "Hills", "Townhouse", "Cluster",
})
# Two-word heads of the same kind (``Town House``), as word pairs.
ESTATE_HEAD_PAIRS: frozenset[tuple[str, str]] = frozenset({("Town", "House")})
# Of those, the heads only a housing development takes, after which news shortens the name to the words
# before the head (``pihak X`` after ``X Estate``); a park, garden or hill is often named after its area
# (``Senayan Park`` is no short ``Senayan``).
ESTATE_SHORT_FORM_HEADS: frozenset[str] = frozenset({
    "Estate", "Estates", "Residence", "Residences", "Residen", "Regency", "Townhouse", "Cluster",
})
# Lower-case nouns before such a name (``perumahan Taman Sari``, ``kompleks Bumi Asri``, ``klaster Melati``).
HOUSING_NOUNS: frozenset[str] = frozenset({"perumahan", "perum", "kompleks", "komplek", "klaster", "cluster"})

# --- extract.entities.rule_spans
# Words that end the description after ``X adalah`` (``jurnalis desk internasional Kabar Harian yang ...``).
APPOSITION_DESCRIPTION_ENDS: frozenset[str] = frozenset({"yang", "dan", "sejak", "pada", "sebelum", "setelah"})
# Words before a designation that make it a letter's or decree's number (``nomor SR-413``, ``No:
# Print-575/...``): a reference, not a product. A ``/`` after it says so too (``PMK-61/PMK.03/2023``).
DOCUMENT_NUMBER_WORDS: frozenset[str] = frozenset({
    "nomor", "no", "no.", "nomer", "nota", "register", "reg", "surat"
})
# Role labels written before a colon and a name (``Reporter: Nadia Safitri``).
BYLINE_ROLES: frozenset[str] = frozenset({
    "reporter", "penulis", "editor", "pewarta", "redaktur", "fotografer", "kontributor",
    "penyunting", "wartawan", "oleh"
})
# Words that end an appositive role and start the reporter's clause about the moment of speaking
# (``Budi, juru bicara warga ditemui di kantornya``, ``..., ketua RT saat dihubungi``).
APPOSITIVE_STOPS: frozenset[str] = frozenset({
    "ditemui", "dihubungi", "dikonfirmasi", "dijumpai", "saat", "ketika", "usai", "seusai",
    "sewaktu", "kepada"
})

# --- extract.entities.sentence_words
# Korean family names that are also (or look like) an Indonesian honorific or a short form:
# ``Pak Thae Song`` is Mr Pak, not "Pak (sir) Thae Song".
KOREAN_FAMILY_NAMES: frozenset[str] = frozenset({
    "pak", "park", "kim", "lee", "choe", "choi", "ri", "jo", "cho"
})

# --- extract.entities.tidy
# Words opening a company's name (``PT``, ``CV``): a job title before one is the employee's.
COMPANY_FORMS_LOWER: frozenset[str] = frozenset({"pt", "cv", "pd", "ud"})

# --- extract.entities.units_and_software
# Words of ``numbers.UNIT_WORDS_MAP`` units that measure nothing: a share or a ratio (``persen``, ``poin``,
# ``kali``, ``lipat``); a short form in brackets after a number and one of them is no unit.
NOT_MEASURE_WORDS: frozenset[str] = frozenset({"persen", "%", "poin", "kali", "lipat"})

# --- extract.entities.works_and_slogans
# Words that introduce a work's title (``makalah berjudul 'Potensi ...'``).
WORK_TITLE_INTRO: frozenset[str] = frozenset({"berjudul", "bertajuk", "berjudulkan"})
# Lower-case words inside a title between its capitalised words (``Obat untuk Anak``).
TITLE_JOINERS: frozenset[str] = frozenset({
    "dan", "di", "untuk", "dengan", "yang", "dari", "ke", "pada", "bagi", "&", "of", "the", "and",
    "for", "in"
})
# A non-name cue on an English slogan's mention (``_slogan_cue``): a word before it no person name
# takes (``program``, ``tema``, ``nilai``, ``menjadi Justice Collaborator``, ``dalam Editorial
# Review``, a place word: ``di``/``menuju Alameda``), an English function word beside it (``Best
# Bank for Sustainable Finance``), a list of three or more such words (``Safety, Loyalty,
# Integrity``), quotes around it, or its initials in brackets after it (``Particulate Matter (PM)``).
SLOGAN_BEFORE: frozenset[str] = frozenset({
    "program", "programme", "tema", "bertema", "bertajuk", "slogan", "jargon", "moto", "motto",
    "nilai", "nilai-nilai", "istilah", "konsep", "kategori", "penghargaan", "proyek", "aplikasi",
    "layanan", "fitur", "sistem", "pelayanan", "pendirian", "peluncuran", "kompleks", "perumahan",
    "pengembang", "gerakan", "kampanye", "segmen", "acara", "menjadi", "dalam", "di", "menuju",
    "produk", "merek"
})
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset({
    "and", "of", "for", "the", "in", "on", "with", "to", "by", "from", "at", "&"
})
SLOGAN_LIST_SEPARATORS: frozenset[str] = frozenset({",", "dan", "and", "atau", "or", "serta"})

# --- extract.entities.companies
# Copulas a name is said to be a product with (``X merupakan mobil mungil``).
PRODUCT_COPULAS: frozenset[str] = function_words.COPULAS | {"ialah"}
# Articles before the noun of such a predicate (``sebuah``, ``salah satu``).
PREDICATE_ARTICLES: frozenset[str] = frozenset({"sebuah", "salah", "satu", "sejenis", "jenis"})
# The nouns that may stand between a citing verb (``calendar.CITING_VERBS``: ``dikutip dari``, ``dilansir``,
# ``mengutip laman``) and its source's name (``situs``, ``laman resmi``, ``data``), and an outlet's own name
# between the verb and ``dari`` (``dikutip detikINET dari``).
CITED_SOURCE_NOUNS: frozenset[str] = frozenset({
    "situs", "laman", "data", "akun", "kanal", "media", "portal", "jurnal", "resmi", "web",
    "website", "dari"
})
# Nouns of a website's page written before the site's name (``laman Medical News Today``): never part
# of it. Not ``situs``, also an archaeological site (``Situs Gunung Padang``).
WEB_PAGE_NOUNS: frozenset[str] = frozenset({"laman", "website"})
