"""Indonesian speech verbs, attribution phrases and claim-status cues.

Data only; ``kliping.extract.quotes`` and ``kliping.extract.claims`` hold the rules that use them.
Title, rank, office and role words are shared with the entity rules and live in
``kliping.lang.id.titles``; SPEAKER_TITLES and ROLE_NOUNS here are built from them.
Everything is lower case; the extractors match case-insensitively because a cue opens a sentence as
often as it follows a quote (``Kata Bimo, ...`` / ``..., kata Bimo``).
"""

from __future__ import annotations

from kliping.lang.id import function_words, titles

# Bare roots used as attribution verbs right after a quote or before a speaker: ``"...," kata X``,
# ``Ujar X, "..."``. Each also takes ``-nya`` (``katanya``, ``terangnya``) meaning "he/she said".
SPEECH_ROOTS: tuple[str, ...] = (
    "kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "papar", "terang", "imbuh",
    "sebut", "tulis", "lanjut", "tambah", "tanya", "pungkas", "seru", "sambung",
    "bilang", "cetus", "kilah", "dalih", "akui", "tandas", "beber", "urai", "timpal", "teriak",
    "sahut", "jawab", "kenang", "sindir", "keluh", "canda", "pinta", "ajak", "bisik", "tutup",
    "tukas", "klaim",
)

# Prefixed speech verbs: ``X mengatakan, ...``, ``X mengatakan bahwa ...``, ``"...," X menambahkan``.
SPEECH_VERBS: tuple[str, ...] = (
    "mengatakan", "menyatakan", "menjelaskan", "menegaskan", "mengungkapkan", "menyebutkan",
    "menyebut", "memperingatkan", "menambahkan", "menuturkan", "memaparkan", "menerangkan",
    "mengimbuhkan", "melanjutkan", "menuliskan", "menulis", "berkata", "berujar", "bertutur",
    "menyampaikan", "menekankan", "mengingatkan", "menilai", "berpendapat", "mengklaim",
    "mengakui", "membantah", "menyangkal", "menepis", "membenarkan", "mengonfirmasi",
    "mengumumkan", "melaporkan", "memprediksi", "memastikan", "mengaku", "berspekulasi", "memperkirakan", "meyakini", "mengeklaim",
    "mengucapkan", "membeberkan", "menguraikan", "menandaskan", "mengemukakan", "bertanya",
    "menanyakan", "menjawab", "menanggapi", "mengimbau", "mendesak", "meminta", "berharap",
    "mengharapkan", "berpesan", "menuding", "menuduh", "berdalih", "berkilah", "menduga",
)
# Bare roots that also stand as the verb after their subject (``Rosan bilang investor melihat …``), read
# as SPEECH_VERBS taking a clause by the quote rules only (the NER features read SPEECH_VERBS).
ROOT_VERBS: tuple[str, ...] = ("bilang",)

# ``mengungkap`` (without ``-kan``) is speech only when ``bahwa``, a comma or a colon opens what follows
# (``Ia mengungkap, harga naik``, ``Dia mengungkap bahwa …``); with an object it uncovers something
# (``Polisi mengungkap kasus narkoba``), which is no statement, no partial-quote lead and no speaker for
# the next quote. Read by the quote rules only; the NER features read SPEECH_VERBS (trained on that list).
MARKED_SPEECH_VERBS: tuple[str, ...] = ("mengungkap",)

# Every written form of speaking: the roots, their ``-nya`` forms (``katanya``) and the verbs. Read by the
# NER features and by the summary's attribution-tail test.
SPEECH_FORMS: frozenset[str] = frozenset(SPEECH_ROOTS) | frozenset(SPEECH_VERBS) | frozenset(
    w + "nya" for w in SPEECH_ROOTS)

# Attribution roots read only by the quote rules, right after a closing quote mark (``"…," cerita
# Wang``, ``"…," kisahnya``): as nouns (``cerita rakyat``) they are too common for the other
# attribution shapes, and the NER features (trained on SPEECH_FORMS) do not read them.
TAIL_SPEECH_ROOTS: tuple[str, ...] = (
    "cerita", "kisah", "curhat", "harap", "imbau", "pesan", "saran", "usul", "catat",
)

# Administrative units that open a place apposition after a title (``tutur Ketua RT 21, Kelurahan
# Belo, itu``): the place is where the office is, never the speaker.
ADMIN_UNIT_WORDS: frozenset[str] = frozenset((
    "kelurahan", "desa", "kecamatan", "kabupaten", "kota", "provinsi", "dusun", "kampung", "distrik",
    "rw", "rt", "nagari", "gampong",
))

# Local area words at which an address written as one run of names splits into two places (``Cikini
# Kec. Menteng``, ``Desa Sukamaju Kecamatan Cibeber``): the area word opens the second, larger place.
# Not ``kabupaten``/``kota``, which also name a regency's own buildings (``Pendopo Kabupaten X``).
ADDRESS_SPLIT_WORDS: frozenset[str] = frozenset(("kec", "kecamatan", "kel", "kelurahan", "desa"))

# Lower-case common nouns that, right before a one-word name, say what kind of place it is (``di kota
# Dubrovnik``; ``blok Andaman``, an oil and gas working area named after its sea) and the place type
# the name takes: the dossier's NER reads a foreign name it does not know as a first name.
PLACE_NOUNS_BEFORE_NAME: dict[str, str] = {"kota": "GPE", "blok": "LOC"}

# Written sources a quote can be attributed to (``ungkap dokumen tersebut``, ``tulis dokumen Buku II
# Nota Keuangan``, ``demikian tertulis dalam …``): no person or organisation speaks, so the quote has
# no speaker (the gold convention) and a ``-nya`` after it stays with the document.
DOCUMENT_NOUNS: frozenset[str] = frozenset((
    "dokumen", "naskah", "nota", "draf", "draft", "beleid", "buku", "surat", "salinan", "lampiran",
))

# Reports and studies: a source like DOCUMENT_NOUNS when a demonstrative follows (``catat studi
# tersebut``, ``ungkap laporan itu``); ``laporan Reuters`` names its author and is read as before.
REPORT_NOUNS: frozenset[str] = frozenset((
    "laporan", "studi", "kajian", "riset", "penelitian", "survei", "analisis", "makalah", "jurnal",
))

# Records and figures a ``menurut`` source may open with besides DOCUMENT_NOUNS and REPORT_NOUNS (``menurut data
# BPS``, ``menurut catatan kepolisian``): the statement's source is a record, not a speaker, so a speech verb at the
# sentence's end that names someone gives the statement to that person (``extract.quotes.reported``).
RECORD_NOUNS: frozenset[str] = frozenset((
    "data", "catatan", "statistik", "hasil", "rekapitulasi", "rekap",
))

# Verbs by which someone puts out a document (``Kementerian X menerbitkan laporan yang membantah …``):
# a claim the document makes is its issuer's (read by ``extract.claims``).
PUBLISH_VERBS: frozenset[str] = frozenset((
    "mengeluarkan", "menerbitkan", "merilis", "meluncurkan", "menyusun", "mempublikasikan", "menyebarkan",
    "mengirimkan", "mengirim", "menyampaikan", "membuat", "menulis",
))

# Stances with an object (``X menyoroti lambatnya …``): no reported content without ``bahwa``, but X
# is the one speaking in the quote paragraph that follows with no attribution. Kept apart from
# SPEECH_VERBS, which the NER features also read (their models were trained on that list).
STANCE_VERBS: tuple[str, ...] = (
    "menyoroti", "menyinggung", "mengkritik", "mengkritisi", "menyayangkan", "menyesalkan",
    "mempertanyakan", "mengomentari", "merespons", "mengapresiasi", "menggarisbawahi",
    # hinting at something (``Trump mengisyaratkan bahwa …``, ``Ia mengisyaratkan, …``): a statement
    # with ``bahwa`` or a comma only (``mengisyaratkan kebutuhan …`` is an object)
    "mengisyaratkan",
)

# Speech verbs that take a clause directly (``X mengatakan penundaan dilakukan ...``). The others in
# SPEECH_VERBS need ``bahwa``, a comma or a colon before their content to count as reported speech,
# because ``X meminta dana`` or ``X menjawab pertanyaan`` is an action, not a statement.
CLAUSE_VERBS: frozenset[str] = frozenset((
    "mengatakan", "menyatakan", "menjelaskan", "menegaskan", "mengungkapkan", "menyebutkan",
    "memperingatkan", "menambahkan", "menuturkan", "memaparkan", "menerangkan", "menilai",
    "mengklaim", "mengeklaim", "mengakui", "membantah", "memprediksi", "memperkirakan", "meyakini",
    "berpendapat", "mengemukakan", "menekankan", "mengingatkan", "berharap", "menduga",
    "menyebut", "memastikan", "mengaku", "berspekulasi",
))

# Speech verbs of announcing, confirming and conveying that take a clause directly only when it is one: a
# predicate after them (``KPK mengumumkan telah menetapkan lima tersangka``, ``Pihak sekolah
# membenarkan Budi meminta maaf``), ``adanya`` (``membenarkan adanya penggeledahan``: there was one) or
# ``jika``/``kalau`` standing for ``bahwa`` (``membenarkan jika korban balita``); a noun phrase alone
# is what was announced, confirmed or conveyed, no statement (``mengumumkan keadaan darurat``,
# ``membenarkan kejadian itu``, ``menyampaikan apresiasi``).
CONFIRM_CLAUSE_VERBS: frozenset[str] = frozenset(("mengumumkan", "membenarkan", "mengonfirmasi", "menyampaikan"))
CONFIRM_THAT_WORDS: frozenset[str] = frozenset(("jika", "kalau"))
# Words that end a noun phrase's run into a clause after those verbs (``menyampaikan sepatah kata saja
# kemudian berjalan …``, ``menyampaikan fakta hukum, tetapi juga menghadirkan …``).
CLAUSE_BREAK_WORDS: frozenset[str] = frozenset(("tetapi", "namun", "kemudian", "lalu", "melainkan"))
# Words of a verb's shape (``me-``/``ber-``/``ter-``/``di-``) that are no predicate: prepositions,
# determiners and the thanks formula (``menyampaikan terima kasih atas …``, ``berupa``, ``terhadap``).
PREDICATE_LOOKALIKES: frozenset[str] = frozenset((
    "terima", "terhadap", "terkait", "termasuk", "tertentu", "terakhir", "terbaru", "terutama", "terlebih",
    "bersama", "berupa", "berbagai", "berdasarkan", "beserta", "diri", "dini",
))
CONFIRM_EXISTENCE_WORDS: frozenset[str] = frozenset(("adanya",))

# Objects of a speech verb that name a topic rather than report content: ``menjelaskan alasan …``,
# ``menekankan pentingnya …`` say what was talked about, not what was said.
TOPIC_OBJECTS: frozenset[str] = frozenset((
    "alasan", "pentingnya", "terkait", "soal", "mengenai", "tentang", "perihal", "dimensi",
    "kesiapannya", "kesiapan", "upaya", "capaian", "kondisi", "beberapa", "sejumlah", "permintaan",
    "apresiasi", "aspirasinya", "aspirasi",
))

# Nouns of what is laid out or explained that name a topic when nothing after them is a predicate: ``memaparkan
# rencana belanja unit yang mereka pimpin``, ``menjelaskan skema pembiayaan pasien`` (what was talked about);
# ``menjelaskan skema itu sudah berjalan`` states something.
TOPIC_NOUNS: frozenset[str] = frozenset((
    "rencana", "skema", "mekanisme", "prosedur", "tahapan", "rincian", "efek", "cara", "strategi",
))

# Subjects of a speech verb that are documents or ideas, not speakers (``Pernyataan tersebut
# menegaskan …``, ``Komitmen X menegaskan …``).
NON_SPEAKER_SUBJECTS: frozenset[str] = frozenset((
    "pernyataan", "komitmen", "hal", "langkah", "kebijakan", "data", "hasil", "temuan", "kondisi",
    "fakta", "peristiwa", "kejadian", "angka", "sejarah",
    # documents and rulings: ``Putusan MK Nomor … menyatakan``
    "putusan", "keputusan", "pasal", "peraturan", "undang-undang", "surat",
))

# Modals of need, permission or ability right before a speech verb (``Tidak perlu menambahkan …``, ``Ia
# harus menjelaskan …``, ``mampu memprediksi``): no one is reported as saying anything.
MODALS_BEFORE_SPEECH: frozenset[str] = frozenset((
    "perlu", "harus", "wajib", "boleh", "usah", "jangan", "hendak", "mesti", "sebaiknya", "hendaknya",
    "mampu", "sanggup",
    # purpose: ``guna memastikan``, ``demi menjelaskan`` (what something is for, not speech)
    "guna", "demi", "agar", "supaya",
))
# Sentence adverbs with ``-nya`` capitalised as a clause's first word (``Tentunya mereka berharap``,
# ``Setidaknya tiga orang menyatakan``): no name, even when the article never writes them in lower case.
NYA_ADVERBS: frozenset[str] = frozenset((
    "tentunya", "setidaknya", "sedikitnya", "sebenarnya", "seharusnya", "semestinya", "sepertinya",
    "tampaknya", "rupanya", "agaknya", "kiranya", "biasanya", "umumnya", "akhirnya", "nantinya",
    "selanjutnya", "sayangnya", "untungnya", "anehnya", "uniknya", "intinya", "pastinya", "sejatinya",
    "rasanya", "awalnya", "mulanya",
))

# Words that show a phrase opening the sentence before ``X mengakui,`` is an adjunct, not the fronted
# subject of the admitted clause (``Kala itu, X mengakui, …``, ``Ke depan, …``, ``Soal dana, …``).
NOT_FRONTED_WORDS: frozenset[str] = frozenset((
    "menurut", "sebelum", "sesudah", "dari", "bagi", "untuk", "terkait", "soal", "mengenai", "tentang",
    "atas", "sejak", "hingga", "sampai", "jika", "kalau", "bila", "apabila", "meski", "meskipun", "walau",
    "karena", "sebab", "sehingga", "agar", "supaya", "yang", "bahwa", "oleh", "sementara", "kala", "depan",
    "kini", "nanti", "lalu", "silam", "waktu", "masa", "sekarang", "selama", "sejauh", "secara", "begitu",
    "demikian", "akhir", "awal", "tahun", "bulan", "pekan", "hari", "jadi", "intinya", "pokoknya",
))

# Words right before a speech verb that put it in a subordinate clause whose subject comes later
# (``Selain menjelaskan …, Prabowo juga menyampaikan …``).
SUBORDINATE_BEFORE_VERB: frozenset[str] = frozenset((
    "selain", "sambil", "seraya", "sembari", "usai", "seusai", "setelah", "sebelum", "sesudah",
    "saat", "ketika", "tanpa", "dengan",
))

# Words opening a phrase fronted before the subject that make it an adjunct, not a statement the
# subject made (``Karena hujan deras, Budi mengatakan …``, ``Terkait itu, X menjelaskan …``); with
# SUBORDINATE_BEFORE_VERB and TOPIC_OBJECTS.
ADJUNCT_OPENERS: frozenset[str] = frozenset((
    "di", "ke", "dari", "dalam", "pada", "kepada", "karena", "akibat", "meski", "meskipun", "walau",
    "walaupun", "sejak", "hingga", "jika", "bila", "apabila", "kalau", "atas", "sebagai", "untuk",
    "bagi", "menurut", "seperti", "sebagaimana", "demi", "agar", "supaya", "begitu",
))

# Words between an unnamed subject and its speech verb (``ketika analis sebelumnya memperkirakan``).
SUBJECT_MODIFIERS: frozenset[str] = frozenset((
    "sebelumnya", "semula", "tadinya", "lain", "pun", "justru", "sendiri", "setempat", "pasar",
))

# Words right before a speech verb that negate or refuse it (``ia tidak menjelaskan …``, ``Trump menolak
# menyebutkan nama negara itu``): the subject did not say what follows, but is still the one speaking.
# Speech verbs that take the one addressed as their object before the content (``AS mengingatkan Korea Utara bahwa
# ...``, ``Menteri meyakinkan warga bahwa ...``): what was said starts after ``bahwa``, not at the addressee.
OBJECT_SPEECH_VERBS: frozenset[str] = frozenset((
    "mengingatkan", "memperingatkan", "meyakinkan", "memberitahu", "memberitahukan", "memberi tahu",
    "menjamin", "mengabarkan", "menasihati", "menegur",
))
# Speech verbs that also name a deed: ``memastikan`` is "to make sure" by acting as well as "to state for sure".
# Right after a comma that closes its subject's own predicate (``Menteri turun ke lapangan, memastikan pupuk
# sampai ke petani``) it is what the deed was for, no statement.
DEED_SENSE_VERBS: frozenset[str] = frozenset(("memastikan",))
SPEECH_NEGATORS: frozenset[str] = frozenset((
    "tidak", "tak", "belum", "bukan", "enggan", "menolak", "ogah", "urung",
))

# Passive forms: ``Hal itu dikatakan X``, ``"...," dikatakan X``.
PASSIVE_SPEECH: tuple[str, ...] = (
    "dikatakan", "diungkapkan", "dijelaskan", "ditegaskan", "disampaikan", "dituturkan",
    "dipaparkan", "diterangkan", "disebutkan", "ditambahkan",
    # the passives of ``mengungkap``, ``membeberkan``, ``mengemukakan``, ``menekankan`` (``Hal itu diungkap
    # X``, ``"…," dibeberkan X``)
    "diungkap", "dibeberkan", "dikemukakan", "ditekankan",
)

# Speech verbs that also mean reporting someone to the authorities: with a name or ``ke`` (``X
# melaporkan Y``, ``melaporkan ke polisi``) and no ``bahwa`` they are no statement by X.
ACCUSE_VERBS: frozenset[str] = frozenset(("melaporkan", "mengadukan", "melapor"))

# ``menurut X, ...`` / ``..., menurut X.``: attribution with the speaker after the cue.
ACCORDING_TO: tuple[str, ...] = ("menurut",)

# Adjuncts that sit between a speaker and the speech verb, or after an attribution; they end a
# speaker name (``kata Bimo kepada wartawan``) and are skipped when looking for a subject.
ATTRIBUTION_ADJUNCTS: tuple[str, ...] = (
    "dalam keterangannya", "dalam keterangan tertulisnya", "dalam keterangan tertulis",
    "dalam keterangan resminya", "dalam pernyataannya", "dalam pernyataan resminya",
    "dalam konferensi pers", "dalam jumpa pers", "dalam rilisnya", "dalam siaran persnya",
    "kepada wartawan", "kepada awak media", "kepada media", "kepada kompas.com", "kepada detikcom",
    "kepada jurnalis", "kepada para wartawan", "saat ditemui", "ketika ditemui", "saat dihubungi",
    "ketika dihubungi", "saat dikonfirmasi", "ketika dikonfirmasi", "seperti dikutip",
    "sebagaimana dikutip", "dikutip dari",
)

# Words that end a speaker name written after a cue (heuristic path, without mentions).
NAME_STOPWORDS: frozenset[str] = frozenset((
    "kepada", "dalam", "di", "saat", "ketika", "pada", "usai", "seusai", "sebelum", "setelah",
    "seperti", "sebagaimana", "melalui", "lewat", "dari", "yang", "dan", "sambil", "seraya",
    "sembari", "kemarin", "hari", "ini", "itu", "tersebut", "selaku", "sebagai",
))

# Pronouns that refer back to a person: resolved to the last named speaker.
PERSON_PRONOUNS: frozenset[str] = frozenset(("ia", "dia", "beliau", "nya", "-nya"))

# Pronouns that refer to a group or to the speaker's side: never resolved to one person's name.
GROUP_PRONOUNS: frozenset[str] = frozenset((
    "mereka", "kami", "kita", "pihaknya", "keduanya", "ketiganya", "kalian", "aku", "saya", "anda",
))

# Time adverbs fronted before a clause's subject with no comma (``Hingga kini Budi menyebut …``,
# ``Sejak itu pihaknya …``): no part of the subject; their capitalised first word is no name.
FRONTED_TIME_ADVERBS: tuple[str, ...] = (
    "hingga kini", "hingga saat ini", "hingga sekarang", "hingga hari ini", "sampai kini",
    "sampai saat ini", "sampai sekarang", "sampai hari ini", "sejak itu", "sejak saat itu",
)

# Pronouns for the speaker's side as a clause subject (``Pihaknya memastikan …``): the body or person
# named just before (the last speaker, or an organisation narrated since), when that is one party.
SIDE_PRONOUNS: frozenset[str] = frozenset(("pihaknya",))

# Nouns that open a descriptive epithet of the one speaking: ``kata perempuan asal Kalimantan Barat itu``.
EPITHET_NOUNS: frozenset[str] = frozenset((
    "pria", "wanita", "perempuan", "lelaki", "laki-laki", "sosok", "tokoh", "politikus", "politisi",
    "purnawirawan", "pengusaha", "aktris", "aktor", "artis", "penyanyi", "mantan", "putra", "putri",
    "bintang", "selebritas", "pedangdut", "komedian", "presenter", "pesinetron",
))
# Epithets of standing or trade (not ``pria``, ``wanita``, ``sosok``: those describe the unnamed people
# of a report as often) by which news varies the name of the person its headline is about (``aktris
# berusia 39 tahun itu``, ``bintang film X itu``): with no one introduced by that noun, the claim rules
# give such an epithet the one person the headline names.
HEADLINE_EPITHETS: frozenset[str] = frozenset((
    "aktris", "aktor", "artis", "penyanyi", "bintang", "selebritas", "pedangdut", "komedian", "presenter",
    "pesinetron", "politikus", "politisi", "pengusaha", "tokoh", "purnawirawan",
))

# Agent nouns (``peN-``) that name a person's standing, not an office: a capitalised phrase they open
# and a demonstrative closes (``Pengasuh Ponpes X Jawa Timur ini menilai``) describes a person the
# article already named, like ``Ketua DPC X ini``.
AGENT_NOUNS: frozenset[str] = frozenset((
    "pengasuh", "pendiri", "penasihat", "pengurus", "pembina", "pemilik", "penggagas", "pencetus",
    "pelopor", "pendakwah", "penceramah", "pemuka", "pengajar", "pegiat", "penggiat", "pemerhati",
    "peraih", "pemenang", "pelukis", "penulis", "pelatih", "pemain", "pengacara", "penyanyi",
))

# Demonstratives that make a lower-case role phrase anaphoric: ``menteri tersebut``, ``pejabat itu``.
ROLE_DEMONSTRATIVES: frozenset[str] = function_words.DEMONSTRATIVES

# Nouns for a country as a whole (``negara tersebut``, ``pemerintah negeri itu``): with a
# demonstrative in a speaker's place they point back at a country the article named.
COUNTRY_NOUNS: frozenset[str] = frozenset(("negara", "negeri"))

# Bodies whose members are countries (``anggota OPEC ini``): a member so described is a country.
STATE_BODIES: frozenset[str] = frozenset((
    "opec", "opec+", "asean", "nato", "pbb", "g7", "g20", "brics", "apec", "oki", "gcc", "wto", "ue",
))

# Words before a country's name that make it a currency or a product, not the country itself
# (``38 miliar dollar AS``).
COUNTRY_NAME_QUALIFIERS: frozenset[str] = frozenset(("dolar", "dollar", "usd"))

# Discourse connectors that open a sentence before its subject (``Sementara itu, Bimo mengatakan``).
CONNECTORS: tuple[str, ...] = (
    "sementara itu", "selain itu", "di sisi lain", "di lain pihak", "di tempat terpisah",
    "di kesempatan yang sama", "dalam kesempatan itu", "dalam kesempatan tersebut",
    "pada kesempatan itu", "pada kesempatan tersebut", "pada kesempatan yang sama",
    "dalam kesempatan yang sama", "di kesempatan itu", "di kesempatan tersebut", "di tempat yang sama",
    "dalam kesempatan terpisah", "pada kesempatan terpisah", "dalam kesempatan berbeda",
    "pada kesempatan berbeda", "secara terpisah",
    "lebih lanjut", "lebih jauh", "oleh karena itu", "oleh karenanya", "karena itu", "karenanya", "meski demikian",
    "meskipun demikian", "kendati demikian", "namun demikian", "akan tetapi", "dengan demikian",
    "sebelumnya", "kemudian", "namun", "tetapi", "tapi", "sedangkan", "adapun", "bahkan", "lalu",
    "sementara", "terpisah", "selanjutnya", "sebaliknya", "menanggapi hal itu",
    "menanggapi hal tersebut", "terkait hal itu", "terkait hal tersebut", "terkait itu", "saat itu",
    "kala itu", "ketika itu", "waktu itu", "tatkala itu",
    "untuk itu", "hanya saja", "hanya", "maka", "dan", "juga", "pun", "sehingga", "oleh sebab itu",
    # a reason, an aggravation or a contrast of fact (``Pasalnya, menurutnya, ...``, ``Apalagi,
    # kata dia, ...``) and the writer's ``he went on`` (``Lanjutnya, ...``) open a sentence the same way
    "pasalnya", "soalnya", "apalagi", "padahal", "lanjutnya",
)

# Lower-case English words inside an organisation's English name (``Institute for Development Economics
# and Finance``, ``Center of Reform on Economics``): between capitalised words they do not end the name.
ORG_NAME_JOINERS: frozenset[str] = frozenset(("of", "for", "on", "and", "the"))

# Connectors that turn the account to another party (``Sementara itu, BPKP akan …``): an organisation
# subject after one of them speaks through its own official in the next pronoun quote.
SWITCH_CONNECTORS: tuple[str, ...] = (
    "sementara itu", "di sisi lain", "di lain pihak", "di pihak lain", "sedangkan", "adapun", "terpisah",
    "secara terpisah", "di tempat terpisah",
)

# Organisation heads: a capitalised sequence opening with one of these is an organisation name and
# is kept whole as the speaker (``kata Kementerian Unifikasi Korea Selatan``).
ORG_HEADS: frozenset[str] = frozenset((
    "kementerian", "kemenkeu", "kemenlu", "badan", "dinas", "pt", "cv", "bank", "komisi", "dewan",
    "lembaga", "pemerintah", "pemprov", "pemkot", "pemkab", "kepolisian", "polri", "polda",
    "polres", "polsek", "kejaksaan", "kejagung", "universitas", "partai", "kantor", "otoritas",
    "direktorat", "institut", "institute", "yayasan", "asosiasi", "perhimpunan", "serikat",
    "koalisi", "majelis", "mahkamah", "pengadilan", "organisasi", "kedutaan", "kedubes",
    "perusahaan", "tentara", "angkatan", "pasukan", "militer", "gedung", "istana", "persatuan",
    "ikatan", "forum", "federasi", "kantor", "sekretariat", "biro", "pusat", "unit", "satgas",
    "tim", "kongres", "parlemen", "senat", "kabinet", "opec", "pbb", "who", "imf", "kpk", "bpk",
    # abbreviated agencies (``Dinkes menegaskan …``): organisations, never a pronoun's referent
    "dinkes", "disdik", "dishub", "dinsos", "bpbd", "bnpb", "pemda", "bareskrim", "kejati", "kejari",
    "polrestabes", "kemenkes", "bgn", "university",
))

# Heads of institutions numbered within their town (``SMAN 2 Wonosari``, ``SD Negeri 4 Cibeber``, ``Kodim
# 0712 Tegal``): with the number and the place after it the whole run is the institution's name (a
# school's place is not a person's name, nor is the number part of an office), as the organisation
# speaks. ``negeri``/``swasta`` may stand between the head and the number.
NUMBERED_ORG_HEADS: frozenset[str] = frozenset((
    "sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "mi", "min", "mts", "mtsn", "ma", "man",
    "slb", "slbn", "tk", "kodim", "korem", "yonif",
))
NUMBERED_ORG_STATUS: frozenset[str] = frozenset(("negeri", "swasta"))
# School levels written short (``PAUD``, ``TK``, ``SMA``, ``MA``): written alone beside another level
# (``siswa dari TK hingga SMA``, ``SMA/SMK/MA``) one names a level of schooling, no school or body
# (``MA`` there is no ``Mahkamah Agung``). The schools' heads of ``NUMBERED_ORG_HEADS`` and ``paud``.
SCHOOL_LEVELS: frozenset[str] = frozenset({"paud"} | NUMBERED_ORG_HEADS - {"kodim", "korem", "yonif"})
# Words that join two school levels into a range or a list (``dari TK hingga SMA``, ``SD dan SMP``,
# ``SMA/SMK``).
SCHOOL_LEVEL_JOINERS: frozenset[str] = frozenset(("hingga", "sampai", "dan", "atau", "/", ",", "-", "ke"))

# Short capitalised place words that sit between a title and a name (``Menteri Luar Negeri Rusia
# Sergei Lavrov``) and must not be taken as part of the name when no mentions are available.
PLACE_WORDS: frozenset[str] = frozenset((
    "indonesia", "ri", "amerika", "serikat", "as", "rusia", "china", "tiongkok", "jepang", "korea",
    "selatan", "utara", "timur", "barat", "tengah", "inggris", "prancis", "perancis", "jerman",
    "india", "iran", "irak", "israel", "palestina", "ukraina", "arab", "saudi", "uni", "emirat",
    "eropa", "asia", "afrika", "australia", "malaysia", "singapura", "thailand", "filipina",
    "vietnam", "turki", "mesir", "qatar", "suriah", "venezuela", "kanada", "brasil", "meksiko",
    "belanda", "italia", "spanyol", "kuwait", "libya", "nigeria", "norwegia", "taiwan", "myanmar",
    "pakistan", "afghanistan", "yaman", "lebanon", "yordania", "gaza", "dki", "jakarta", "jawa",
    "sumatera", "kalimantan", "sulawesi", "papua", "bali", "aceh", "riau", "banten", "yogyakarta",
    "ntt", "ntb", "maluku", "lampung", "surabaya", "bandung", "medan", "semarang", "makassar",
    "bogor", "depok", "tangerang", "bekasi", "kabupaten", "kota", "provinsi", "pusat",
    # province abbreviations after an office (``Kasi Penkum Kejati Sumsel Vanny …``)
    "sumut", "sumbar", "sumsel", "jabar", "jateng", "jatim", "diy", "kalbar", "kalteng", "kalsel",
    "kaltim", "kaltara", "sulut", "sulteng", "sulsel", "sultra", "sulbar", "malut", "kepri", "babel",
    "pabar",
))

# Words heading the name of a building that houses a government or an office (``Istana
# Kepresidenan``, ``Gedung Putih``, ``Balai Kota``, ``Kantor Staf Presiden``): such a place that
# speaks (``Istana Kepresidenan menegaskan``, ``kata pihak Gedung Putih``) is the body inside it.
SEAT_HEADS: frozenset[str] = frozenset(("istana", "gedung", "balai", "kantor", "wisma", "markas", "mabes"))
# Seat heads that name a building by the body inside (``di Kantor [Kementerian Keuangan]``): a lone
# one tagged before an organisation's name is that building's first word, the whole a place.
BUILDING_OF_BODY_HEADS: frozenset[str] = frozenset(("kantor", "gedung", "markas", "wisma"))
# Compass words that close a place's name, also written after a hyphen (``Jakarta-Timur``,
# ``Sulawesi-Selatan``). Capitalised.
COMPASS_WORDS: frozenset[str] = frozenset(("Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara"))
# English words opening a foreign place's name that are no Indonesian word (``New Jersey``, ``New
# Mexico``): the tagger, or the gazetteer's ``Jersey`` (the island), may take the place without it.
# Capitalised.
FOREIGN_PLACE_OPENERS: frozenset[str] = frozenset(("New",))
# Seat heads that stand alone for the body inside (``Istana membantah kabar itu``: the presidency).
SEAT_ALONE: frozenset[str] = frozenset(("istana",))
# Words between a speech word and the body that speaks (``ungkap pihak Gedung Putih``).
SPEAKER_SIDE_WORDS: frozenset[str] = frozenset(("pihak",))

# Words of a state's formal name written before the country (``Kerajaan Arab Saudi``, ``Republik
# Korea``): a body named ``Kementerian Haji dan Umrah Kerajaan Arab Saudi`` is that country's
# ``Kementerian Haji dan Umrah`` (``link.aliases.country_tail``).
STATE_WORDS: frozenset[str] = frozenset(("kerajaan", "republik", "negara", "federasi", "kesultanan", "keemiran"))

# Entity title heads and roles that are also given names or parts of names (``Putri``, ``Habib``,
# ``Sultan``): left out of SPEAKER_TITLES so a speaker's name keeps them. (``Mas``, ``Raja``, ``Guru``
# are speaker titles: the quote rules always stripped them.)
NAME_LIKE_TITLE_HEADS: frozenset[str] = frozenset((
    "hakim", "putri", "putra", "imam", "kak", "habib", "sultan", "nona", "santri",
))

# Title words only the quote rules use, in none of the ``titles`` lists SPEAKER_TITLES is built from
# (tests check that); for the entity rules most are words continuing a title (``titles.TITLE_WORDS``):
_QUOTE_TITLES: frozenset[str] = frozenset((
    # portfolios and grades after a head (``Direktur Utama``, ``Juru Bicara``, ``Staf Khusus``)
    "utama", "eksekutif", "umum", "bicara", "besar", "senior", "staf", "khusus", "ahli",
    "koordinator", "kordinator", "walikota", "h.", "haji",
    # acting officials spelt out (``Pelaksana Tugas``; the abbreviations ``Plt``, ``Pj`` and their
    # dotted forms are ``titles.ACTING_PREFIXES``, below)
    "pelaksana", "tugas",
    # English corporate titles
    "vp", "vice", "president", "chief", "officer", "manager", "general", "head", "corporate",
    "secretary", "communication",
    # quantifiers before a described speaker (``kata salah satu warga``, ``seorang pejabat``)
    "salah", "satu", "seorang", "para",
))

# Titles, ranks and honorifics written before a name, stripped from the speaker name (``kata
# Kapolres X AKBP Budi`` -> ``Budi``; ``kliping.extract.quotes.TITLE_WORDS``, also what the quote
# scorer strips); alone they name nobody (``kata Kanit`` is the person the article introduced with
# that office, ``kata Kasintel`` the one introduced as ``Kasi Intel``). The entity rules' lists in
# ``titles`` (title heads, ranks and corps, one-word office heads, police and prosecutor sections,
# crime and court roles) without the name-like heads, plus the words only the quote rules need.
SPEAKER_TITLES: frozenset[str] = ((
    titles.TITLE_HEADS | titles.RANKS | titles.RANK_CORPS | titles.OFFICE_HEADS | titles.OFFICE_UNITS
    | titles.CASE_ROLE_NOUNS | titles.ACTING_PREFIXES
) - NAME_LIKE_TITLE_HEADS) | _QUOTE_TITLES

# Nouns that introduce a quoted title (``buku “…”``, ``bertajuk “…”``): a title-case quoted span after
# one of them is a title, not speech, even when the sentence has a speech verb.
TITLE_NOUNS: frozenset[str] = frozenset((
    "buku", "film", "lagu", "album", "video", "program", "acara", "judul", "berjudul", "bertajuk",
    "tema", "bertema", "slogan", "tagar", "kampanye", "gerakan", "novel", "artikel", "laporan",
    "dokumen", "festival", "seminar", "diskusi", "lokakarya", "webinar",
))

# Lower-case role nouns written before a name (``ujar hakim Ni Luh``, ``kata orator, Albani``); alone
# (``kata penulis``) they name nobody and the speaker stays unknown. The crime and court roles
# (``terdakwa``, ``saksi``, ``korban``) are ``titles.CASE_ROLE_NOUNS``, shared with the entity rules.
_QUOTE_ROLE_NOUNS: frozenset[str] = frozenset((
    "hakim", "orator", "jaksa", "pengacara", "dokter", "warga", "pedagang", "petani",
    "penulis", "akun", "pemilik", "pelatih", "pemain", "sopir", "guru", "mahasiswa", "siswa",
    "analis", "pengamat", "peneliti", "pakar", "penuntut",
))
ROLE_NOUNS: frozenset[str] = titles.CASE_ROLE_NOUNS | _QUOTE_ROLE_NOUNS

# Common nouns for an unnamed speaker or party (``Penyelenggara mengatakan …``, ``Warga menyebut …``,
# ``Pihak sekolah menjelaskan …``): capitalised only because they open the sentence, they name a
# kind of speaker, not a person or an organisation, so they give no speaker name (as ``kata
# penyelenggara`` gives none); a name written after them still does (``Warga Bogor, Budi, …``, ``pihak
# RSUD X``). ``ROLE_NOUNS`` are read the same way (the person introduced with that role, if any).
UNNAMED_SPEAKER_NOUNS: frozenset[str] = frozenset((
    "penyelenggara", "panitia", "warga", "warganet", "netizen", "pihak", "pengelola", "manajemen",
    "petugas", "polisi", "aparat", "keluarga", "kerabat", "tetangga", "pengunjung", "penumpang",
    "peserta", "pengemudi", "nelayan", "buruh", "murid", "orang", "penduduk", "relawan", "karyawan",
    "pegawai", "pejabat", "perawat", "pasien", "pengguna", "konsumen", "pembeli", "penjual",
    "penyidik", "petinggi", "pendukung", "simpatisan", "penonton", "sekolah", "pemilik", "media", "lembaga",
    "otoritas", "investor", "trader",
)) | ROLE_NOUNS
# Public bodies written in lower case as a clause's subject (``Pada Senin, otoritas Korea Selatan
# menyebut …``, ``Sementara itu, militer Israel mengatakan …``): the body speaks as the country or
# organisation named after it, as ``kata otoritas Korea Selatan`` reads; with only ``setempat`` after
# it (``otoritas setempat mengatakan``) it speaks unnamed.
AUTHORITY_NOUNS: frozenset[str] = frozenset((
    "otoritas", "pemerintah", "militer", "tentara", "kepolisian", "kementerian", "parlemen",
))
# Nouns of a kind of people that a speech cue or ``menurut`` names as a whole when written alone
# (``kata warga.``, ``Menurut pakar, …``, ``…, menurut ekonom.``), or after a group word (``menurut para
# ahli``, ``kata sejumlah pengamat``: ``GROUP_QUANTIFIERS``): residents, the public, experts in general.
# No one person speaks: not the resident or expert the article named before (``warga Desa X, Siti``),
# whom ``warga tersebut`` or a name after the noun still gives.
GENERIC_SOURCE_NOUNS: frozenset[str] = frozenset((
    "warga", "warganet", "netizen", "masyarakat", "penduduk", "publik", "khalayak",
    "ahli", "pakar", "pengamat", "analis", "ekonom", "peneliti", "ilmuwan", "akademisi", "praktisi", "pengusaha",
    "investor", "trader",
))
# Words after such a noun that keep it a kind of people (``kata warga setempat``, ``warga sekitar``).
GENERIC_SOURCE_MODIFIERS: frozenset[str] = frozenset(("setempat", "sekitar", "lokal"))
# Unnamed sources of a report (``menurut media Rusia``, ``menurut sumber Korea Selatan``): with only a
# place after them, no one is named (the place is where the source is, not the one speaking).
UNNAMED_SOURCE_NOUNS: frozenset[str] = frozenset(("media", "pers", "sumber", "kantor berita", "laporan", "surat kabar"))
# Kinship nouns: ``Anak Tamara itu menjelaskan`` is the child speaking, not Tamara (with ``itu``/
# ``tersebut``/``ini`` after the name, the phrase stands for the relative). ``ibu``/``bapak`` are left
# out: they are also forms of address (``Ibu Sri itu``).
KIN_NOUNS: frozenset[str] = frozenset((
    "anak", "putra", "putri", "putera", "puteri", "istri", "isteri", "suami", "ayah", "ayahanda", "ibunda",
    "adik", "kakak", "cucu", "menantu", "mertua", "keponakan", "sepupu", "kekasih", "pacar", "cicit",
))
# Kinship nouns that are also common given names (``Putri Marlina``, ``Putra Nababan``): read as a
# relative before a name only with a demonstrative after it or a modifier between (``putra sulung X``).
KIN_GIVEN_NAMES: frozenset[str] = frozenset(("putra", "putri", "putera", "puteri"))
# Words that may stand between a kinship noun and the name of the one it relates to (``putra sulung
# X``, ``istri mendiang X``, ``anak mantan Presiden X``).
KIN_MODIFIERS: frozenset[str] = frozenset((
    "sulung", "bungsu", "tertua", "termuda", "kandung", "tiri", "angkat", "pertama", "kedua", "ketiga",
    "keempat", "kelima", "almarhum", "almarhumah", "mendiang", "mantan", "eks", "dari",
))
# A kinship noun and the word after it that together open a name or another noun, not a relative:
# ``Anak Agung Gede …`` (a Balinese name), ``anak buah`` (subordinates).
KIN_NOT_RELATIVE: frozenset[str] = frozenset(("anak agung", "anak buah"))
# Those who speak for someone: ``Kuasa hukum Budi mengatakan`` is the lawyer speaking, not Budi;
# ``Keluarga Budi`` is his family.
# (``pengacara X`` is left out: ``Pengacara Hotman Paris`` is as often the lawyer's own name.)
REPRESENTATIVE_NOUNS: frozenset[str] = frozenset((
    "kuasa hukum", "tim kuasa hukum", "penasihat hukum", "tim penasihat hukum", "tim hukum", "keluarga",
    "pihak keluarga",
))
# Words that open a subject naming a group (``Sejumlah warga``, ``Para pedagang pasar``, ``Sebagian
# besar petani``): the group speaks, no one person; a capitalised word after the noun is a place or
# an organisation the group belongs to, not a name.
GROUP_QUANTIFIERS: frozenset[str] = frozenset((
    "para", "sejumlah", "beberapa", "sebagian", "sebagian besar", "sebagian kecil", "seluruh", "semua",
    "segenap", "sekelompok", "segelintir", "banyak", "berbagai", "kebanyakan", "mayoritas", "kalangan",
    "kaum", "belasan", "puluhan", "ratusan", "ribuan", "jutaan", "ibu-ibu", "bapak-bapak",
))
# Conjunctions of an accompanying act whose subject is the main clause's (``…," ujarnya, sambil
# menambahkan bahwa …``, ``kata X, seraya menambahkan bahwa "…"``): a speech verb after one (and a
# comma before it) is the same speaker's second statement.
ACCOMPANYING_WORDS: frozenset[str] = frozenset(("seraya", "sambil", "sembari"))
# Words that introduce the name of such a speaker: ``Warga bernama Budi Santoso mengatakan …``.
# ``inisial`` without ``ber-`` too: ``salah satu orang tua siswa, inisial S, mengatakan …``.
NAMING_WORDS: frozenset[str] = frozenset(("bernama", "berinisial", "inisial", "yakni", "yaitu"))
# Case roles an article gives to one person it names once (by initials or name) and then calls by
# the role word alone (``tersangka membantah …``): the claim rules look that person up. Not ``saksi``
# or ``korban`` (often several people) nor ``pelapor`` (often an organisation).
CASE_PARTY_ROLES: frozenset[str] = frozenset(("tersangka", "terdakwa", "terlapor", "pelaku", "terpidana"))

# Claim-status cues (status -> cue phrases). Order inside a status matters only for overlapping
# phrases: longer phrases are listed first so ``menolak tuduhan`` wins over nothing.
CLAIM_CUES: dict[str, tuple[str, ...]] = {
    "allegation": (
        "disebut-sebut", "menuduh", "mengklaim", "mengeklaim", "diduga", "dituding", "menuding",
        "dituduh", "diklaim",
        # the active and object-voice forms of ``diduga`` (``Polisi menduga …``, ``saya duga …``) and its
        # synonyms ``ditengarai``/``disinyalir`` (claims dev2: 7 of its 81 claims)
        "menduga", "duga", "ditengarai", "disinyalir",
    ),
    "denial": (
        "menolak tuduhan", "menolak tudingan", "membantah", "menyangkal", "menepis", "dibantah",
        "disangkal", "ditepis", "menampik", "ditampik", "memungkiri", "tidak benar", "tak benar",
    ),
    "confirmation": (
        "mengonfirmasi", "mengkonfirmasi", "memverifikasi", "membenarkan", "mengakui",
        "dikonfirmasi", "dibenarkan", "diverifikasi", "diakui",
    ),
    "speculation": (
        # a hedge of two words is one cue: ``kemungkinan besar`` ("most likely") cut to
        # ``kemungkinan`` would leave ``besar`` ("big") in the claim text (``besar kemungkinan``
        # opening a clause: the claim extractor joins it)
        "kemungkinan besar", "kemungkinan kecil", "kemungkinan", "diperkirakan", "berspekulasi", "diyakini", "tampaknya", "spekulasi",
        "diprediksi",
        # the active and object-voice forms of the passive hedges (``BMKG memprediksi …``, ``Febrio
        # memperkirakan …``, ``dia meyakini bahwa …``, ``saya perkirakan …``; claims dev2: 12 of 81)
        "memperkirakan", "memprediksi", "meyakini", "perkirakan", "yakini",
    ),
}

# Object-voice claim cues (``saya duga``, ``kami perkirakan``, ``kita yakini``): the bare root is a cue only
# right after the pronoun that holds the claim (elsewhere ``duga`` is a fragment such as ``tak terduga``'s
# root or a noun phrase); the pronoun is the cue's subject.
OBJECT_VOICE_CLAIM_CUES: frozenset[str] = frozenset(("duga", "perkirakan", "yakini"))
OBJECT_VOICE_AGENTS: frozenset[str] = function_words.FIRST_PERSON_PRONOUNS

# The ``duga`` family: an allegation, but an estimate before an amount (``diduga di atas 50 dollar``,
# ``menduga jumlahnya mencapai …`` is a speculation).
SUSPICION_CUES: frozenset[str] = frozenset(("diduga", "menduga", "duga"))

# Words that make ``diduga`` one hedge with them (``diduga kuat``, "strongly suspected"): cut with the cue,
# so the claim text does not keep ``kuat``.
DIDUGA_INTENSIFIERS: frozenset[str] = frozenset(("kuat", "keras"))
# Nouns a ``diduga`` before them only describes (``mengamankan dua orang diduga pelaku``): after a clause
# with its own active verb, the hedge is on the noun, not a claim of the sentence.
DIDUGA_ATTRIBUTIVE_NOUNS: frozenset[str] = frozenset((
    "pelaku", "tersangka", "penipu", "pencuri", "pembunuh", "pengedar", "bandar", "anggota", "korban",
))

# Passive claim cues: the actor is the agent after the cue (``dibantah oleh X``), not the subject.
PASSIVE_CLAIM_CUES: frozenset[str] = frozenset((
    "diduga", "dituding", "dituduh", "disebut-sebut", "diklaim", "dibantah", "disangkal",
    "ditepis", "ditampik", "dikonfirmasi", "dibenarkan", "diverifikasi", "diakui", "diperkirakan",
    "diyakini", "diprediksi", "ditengarai", "disinyalir",
))

# Adverbial claim cues with no actor of their own (``harga kemungkinan naik``).
ADVERB_CLAIM_CUES: frozenset[str] = frozenset((
    "kemungkinan", "kemungkinan besar", "kemungkinan kecil", "besar kemungkinan", "kecil kemungkinan",
    "tampaknya", "spekulasi",
))

# Words before a claim cue that cancel it (``tidak membantah``) or make it procedural journalism
# (``saat dikonfirmasi`` = "when asked for comment"). ``berhenti``/``jangan``/``usah``: a call to
# stop (``meminta semua pihak berhenti berspekulasi``) is part of the speaker's denial, not a claim.
CLAIM_BLOCKERS: frozenset[str] = frozenset((
    "tidak", "belum", "bukan", "enggan", "saat", "ketika", "tak", "sempat", "hingga", "untuk",
    "bisa", "dapat", "masih", "sedang", "tengah", "berhenti", "jangan", "usah", "hentikan",
    # an ability, no claim (``para ilmuwan mampu memprediksi …``)
    "mampu",
))

# Verification cues: checking something (``data peserta berhasil diverifikasi``, ``polisi akan
# memverifikasi motif``) is an action whose outcome the cue does not give, so it is no confirmation.
# Only a finished check of someone's assertion confirms it: a perfective marker right before the
# cue and an assertion noun as its object (``telah memverifikasi sebagian klaim X``) or, passive,
# as its subject (``kabar itu sudah diverifikasi``).
VERIFICATION_CUES: frozenset[str] = frozenset(("memverifikasi", "diverifikasi"))
PERFECTIVE_MARKERS: frozenset[str] = frozenset(("telah", "sudah", "berhasil"))
ASSERTION_NOUNS: frozenset[str] = frozenset((
    "klaim", "kabar", "laporan", "tuduhan", "tudingan", "pernyataan", "berita", "isu", "informasi",
    "keterangan", "temuan", "dugaan", "pengakuan", "rumor", "foto", "video", "unggahan",
))
# Quantifiers between a verification cue and its object (``memverifikasi sebagian klaim``).
OBJECT_QUANTIFIERS: frozenset[str] = frozenset(("sebagian", "seluruh", "semua", "beberapa", "sejumlah"))

# ``diakui sebagai sektor utama``, ``diakui setara dengan …``: a status granted (recognised as), not
# an assertion admitted; a confirmation cue followed by these words is no claim.
RECOGNITION_AFTER: frozenset[str] = frozenset(("sebagai", "setara"))

# ``lebih tinggi dari yang diperkirakan``, ``seperti yang diperkirakan``: a comparison with an
# expectation, no one speculating; a claim cue after these words (and an optional ``yang``) is skipped.
COMPARISON_BEFORE: frozenset[str] = frozenset(("seperti", "dari", "daripada", "sebagaimana", "ketimbang"))

# Passive confirmation cues that, without an agent (``dikonfirmasi oleh X``, ``dikonfirmasi Kapolres
# X``), are the reporter's formula: ``…," ujar X, dikonfirmasi Selasa (14/10)`` / ``X dikonfirmasi
# detikcom`` says the reporter reached X, not that X confirmed anything.
AGENT_REQUIRED_CUES: frozenset[str] = frozenset(("dikonfirmasi", "dikonfirmasikan"))

# Passive cues whose agent is written only with ``oleh`` (``diduga oleh penyidik``): a name right after
# them is what is suspected, not who suspects (``seseorang yang patut diduga Budi``: someone suspected
# to be Budi; ``diduga KKB``: suspected to be the armed group).
OLEH_AGENT_CUES: frozenset[str] = frozenset(("diduga",))

# The reporter reaching the speaker (``ketika dikonfirmasi``, ``saat ditanya wartawan``): a clause of
# these opening the text after a claim cue is how the claim was obtained, not what is claimed.
CONTACT_PASSIVES: frozenset[str] = frozenset((
    "dikonfirmasi", "ditanya", "ditanyakan", "dihubungi", "ditemui", "diwawancarai", "dimintai",
    "diklarifikasi",
))
CONTACT_WHEN: frozenset[str] = frozenset(("ketika", "saat", "waktu", "sewaktu", "kala", "tatkala", "begitu"))

# Noun claim cues: ``spekulasi`` is a speculation only when a proposition follows (``spekulasi bahwa
# X akan mundur``); ``membuka ruang bagi spekulasi dan kelangkaan`` names market speculation.
NOUN_CLAIM_CUES: frozenset[str] = frozenset(("spekulasi",))
PROPOSITION_OPENERS: frozenset[str] = frozenset(("bahwa", "jika", "kalau", "seolah", "seakan"))
# Words of certainty in the main clause after a condition (``kemungkinan kalau X mundur, itu pasti akan
# berdampak ...``): the outcome is stated as sure, the ``kemungkinan`` before the condition hedges nothing.
CERTAINTY_ADVERBS: frozenset[str] = frozenset(("pasti", "tentu", "niscaya", "dipastikan"))

# Negation before a denial cue turns it into an admission: ``tak menampik kabar itu`` ("does not
# deny") confirms it.
DENIAL_NEGATORS: frozenset[str] = frozenset(("tidak", "tak", "bukan", "belum"))
DENIAL_VERBS: frozenset[str] = frozenset(("membantah", "menyangkal", "menepis", "menampik", "memungkiri"))

# ``tidak benar`` denies only as a verdict on a statement (``kabar itu tidak benar``); after these words
# it describes conduct or a noun (``praktik tidak benar``, ``data yang tidak benar``).
UNTRUE_BLOCKERS: frozenset[str] = frozenset((
    "yang", "kurang", "praktik", "praktik-praktik", "cara", "perbuatan", "tindakan", "perilaku",
    "sikap", "hal-hal", "pikiran", "berpikiran", "sesuatu",
))

# Verbs that make their subject the one who speculates when ``kemungkinan`` is their object: ``X
# menyinggung kemungkinan …``, ``X membuka kemungkinan …``, ``X tidak menutup kemungkinan …`` (does
# not rule it out; ``menutup`` only after a negation). The actor is X, the claim what follows.
POSSIBILITY_VERBS: tuple[str, ...] = (
    "membuka", "menyinggung", "menyebut", "menyebutkan", "mengungkap", "mengungkapkan", "mengisyaratkan",
)
POSSIBILITY_NEGATED_VERBS: tuple[str, ...] = ("menutup",)

# ``kemungkinan`` is a noun, not hedging, after these verbs and quantifiers (``mencegah kemungkinan
# buruk``, ``segala kemungkinan``) and before these words (``kemungkinan terburuk``).
SPECULATION_NOUN_BEFORE: frozenset[str] = frozenset((
    "mencegah", "mengantisipasi", "menghindari", "mengurangi", "memperkecil", "meminimalkan",
    "meminimalisir", "menjajaki", "mempertimbangkan", "mengkaji", "melihat",
    "segala", "berbagai", "setiap", "semua", "banyak", "akan", "dengan", "terhadap", "atas", "soal",
    "tentang", "mengenai", "peluang", "probabilitas", "tinggi", "rendah",
    "memiliki", "mempunyai", "punya",  # ``punya kemungkinan kecil untuk …``: a chance that is owned
    # ``memperhatikan kemungkinan diterapkannya …``: a possibility watched for, nobody guessing
    "memperhatikan", "mencermati", "mewaspadai", "mengamati",
))
SPECULATION_NOUN_AFTER: frozenset[str] = frozenset((
    "buruk", "terburuk", "terjelek", "lain", "lainnya", "itu", "tersebut", "ini", "tersebut.",
))

# Content-free objects after a speech or claim verb: ``menyampaikan hal itu``.
EMPTY_CONTENT: tuple[str, ...] = (
    "hal itu", "hal tersebut", "hal ini", "itu", "tersebut", "ini", "demikian", "begitu",
    # ``mengatakan hal senada``: the same point as the last speaker, no content of its own
    "hal senada", "hal serupa", "hal yang sama", "hal yang senada", "pernyataan senada",
)

# --- Claim cue senses (read by ``extract.claims``; QA4) ---
# A negator a few words before an allegation or confirmation cue, with only adverbs between (``tidak
# bisa serta-merta mengklaim``, ``agar tidak sembarangan menuduh``, ``Tidak ada yang akan
# mengakui``): nobody alleges or admits anything. ``tidak hanya menuduh`` still does (NOT_ONLY).
CLAIM_NEGATORS: frozenset[str] = frozenset(("tidak", "tak", "jangan", "belum", "bukan", "tanpa", "enggan"))
NOT_ONLY: frozenset[str] = frozenset(("hanya", "cuma", "sekadar", "saja"))
# The sizes of the two-word hedge (``kemungkinan besar``, ``Besar kemungkinan``, ``kemungkinan kecil``).
LIKELIHOOD_SIZES: frozenset[str] = frozenset(("besar", "kecil"))
# The speaker's own subject right before a cue (``kami membantah``, ``pihaknya menepis``): the cue's
# subject is the speaker, no one else named there.
SELF_SUBJECTS: frozenset[str] = function_words.FIRST_PERSON_PRONOUNS | {"pihaknya"}
# Nouns that with a demonstrative make a content-free object (``membantah tuduhan itu``, ``kabar tersebut``).
EMPTY_CONTENT_NOUNS: tuple[str, ...] = ("hal", "tuduhan", "tudingan", "kabar", "informasi", "laporan")
# An age between a noun and ``yang`` (``pria berusia sekitar 30 tahun yang diduga ...``) describes the noun:
# the age words, its units, and the number words and approximations of a spelt age.
AGE_WORDS: frozenset[str] = frozenset(("berusia", "berumur", "usia", "umur", "usianya", "umurnya"))
AGE_UNITS: frozenset[str] = frozenset(("tahun", "thn", "th", "bulan", "minggu", "hari", "tahunan"))
AGE_NUMBER_WORDS: frozenset[str] = frozenset(("puluh", "belas", "sekitar", "kurang", "lebih", "hampir"))
# A modal of need or intent a few words before a confirmation cue (``harus diakui``, ``penting
# juga diakui``, ``masih harus mengklarifikasi dan mengkonfirmasi``, ``akan mengonfirmasi``): the
# writer's rhetoric or a check still to come, no confirmation given. Not ``mau``/``segera``/
# ``ingin``: ``akhirnya mau mengakui``, ``segera mengonfirmasi penangkapan`` report the act done.
# ``ingin``/``berencana``/``bermaksud``/``berniat`` (``Polisi ingin mengonfirmasi kabar itu``) give
# an intent, and a request (``meminta polisi mengonfirmasi``, ``menunggu rumah sakit
# mengonfirmasi``) asks for a confirmation: none is given (``Saya ingin mengakui …`` still admits,
# like ``harus``: ``mengakui``/``membenarkan`` are exempt from these words).
CONFIRMATION_MODALS: frozenset[str] = frozenset((
    "harus", "perlu", "patut", "mesti", "wajib", "penting", "akan", "hendak", "layak", "pantas",
    "ingin", "berencana", "bermaksud", "berniat",
    "meminta", "minta", "mendesak", "menuntut", "menunggu", "menantikan", "berharap",
))
# An attempt before any confirmation cue (``berusaha mengonfirmasi``, ``mencoba membenarkan
# tindakannya``): the outcome is not given, so nothing is confirmed or admitted.
CONFIRMATION_ATTEMPTS: frozenset[str] = frozenset((
    "berusaha", "berupaya", "mencoba", "coba", "mengupayakan",
))
# Words that may stand between an attempt word and the cue (``berusaha untuk segera mengonfirmasi``).
ATTEMPT_BRIDGE: frozenset[str] = frozenset((
    "untuk", "terus", "segera", "kembali", "lagi", "juga", "pula", "masih", "sedang", "tengah", "agar",
    "dapat", "bisa",
))
# ``mengakui kedaulatan``, ``mengakui keberhasilan``: to recognise something, not to admit a claim
# (read after ``mengakui`` only: ``mengonfirmasi keberadaan X`` confirms; and not when a predicate
# follows the object: ``mengakui hak warga itu dilanggar`` admits, see ``extract.claims``).
RECOGNITION_OBJECTS: frozenset[str] = frozenset((
    "kedaulatan", "kemerdekaan", "keberhasilan", "prestasi", "kontribusi", "jasa", "keberadaan",
    "eksistensi", "hak", "legitimasi", "keunggulan", "kehebatan", "kepemimpinan", "status",
    "negara", "pemerintahan",
))
# (Left out: ``kinerja``, ``kualitas``, ``produksi``, ``hasil``, ``produk``, ``peran``: ``mengakui
# kinerja timnya buruk``, ``mengakui produk itu mengandung ...``, ``mengakui peran dalam
# penyelundupan`` admit a fact or a part in a crime.)
# Words that open a predicate right after a recognised object (``mengakui hak itu telah
# dilanggar``): the object is the subject of an admitted claim, not a thing recognised.
RECOGNITION_PREDICATE: frozenset[str] = frozenset((
    "telah", "sudah", "tidak", "tak", "belum", "masih", "sedang", "pernah", "bisa", "dapat", "akan",
    "menjadi", "adalah", "merupakan",
))
# The reporter's formula: ``Wartawan telah mengkonfirmasi Ketua DPRD``, ``mengonfirmasi kepada
# polisi``: the reporter (or someone) asked for comment; nobody confirmed a claim.
REPORTER_WORDS: frozenset[str] = frozenset(("wartawan", "jurnalis", "reporter", "redaksi", "awak"))
ASKING_AFTER: frozenset[str] = frozenset(("kepada", "ke", "ulang", "lagi"))
# ``yang diduga di atas 50 dollar``, ``diduga mencapai 200 orang``: ``diduga`` before an amount
# estimates it, it accuses nobody (a speculation). Not ``diduga akan``: ``diduga akan melarikan
# diri`` and ``diduga akan memasok senjata`` suspect someone (labelled allegations, dev and held-out).
# Not bare ``lebih``/``kurang``: ``diduga lebih dulu menyerang``, ``diduga kurang hati-hati`` accuse.
ESTIMATE_AFTER: frozenset[str] = frozenset((
    "mencapai", "sekitar", "berkisar", "sebesar", "sebanyak", "senilai",
    "di atas", "di bawah", "lebih dari", "kurang dari",
))
# Of those, the ones that are an amount only before a number (``diduga di bawah pengaruh alkohol``
# and ``diduga sekitar lokasi`` accuse; ``diduga di atas 50 dollar`` estimates).
ESTIMATE_NEEDS_NUMBER: frozenset[str] = frozenset(("sekitar", "di atas", "di bawah", "lebih dari", "kurang dari"))
# A feeling or stance before a passive allegation cue (``Dia sedih dituduh melakukan ...``,
# ``merasa dituding``): the accusation is what the sentence is about, so the claim text keeps the cue
# (without it ``Dia sedih melakukan ...`` would assert the act).
STANCE_BEFORE_PASSIVE: frozenset[str] = frozenset((
    "sedih", "senang", "kecewa", "marah", "takut", "khawatir", "malu", "keberatan", "kesal", "heran",
    "terkejut", "kaget", "geram", "menyesal", "tersinggung", "merasa", "terima", "mau", "sakit", "sering",
    "pernah", "kerap", "dulu",
))
# Words that may stand between such a negator and the cue it negates (modals, manner adverbs,
# ``ada yang``); any other word ends the negator's reach (``tidak terima dituduh``: he was accused).
NEGATION_BRIDGE: frozenset[str] = frozenset((
    "bisa", "dapat", "boleh", "mau", "akan", "pernah", "serta-merta", "sertamerta", "sembarangan", "asal",
    "begitu", "langsung", "secara", "sepihak", "seenaknya", "lagi", "perlu", "harus", "ada", "yang",
    "sembarang", "gegabah", "mudah", "terburu-buru", "buru-buru", "pula", "juga", "lantas", "sampai",
))

# Spellings of one colloquial word (``nggak``/``gak``/``enggak``): two outlets writing one quote
# differ in them, so quote rows compare the folded word (synth/quotes.py ``quote_key``).
COLLOQUIAL_SPELLINGS: dict[str, str] = {
    "nggak": "nggak", "ngga": "nggak", "enggak": "nggak", "engga": "nggak", "gak": "nggak", "ga": "nggak",
    "kagak": "nggak", "gk": "nggak", "tdk": "tidak", "udah": "sudah", "udh": "sudah", "aja": "saja",
    "sampe": "sampai", "gimana": "bagaimana", "gini": "begini", "gitu": "begitu", "emang": "memang",
}

# Hedge adverbs that open a new clause inside a claim's text (``Diakui, pemilu itu brutal sepertinya ke
# depan …``): the claim ends before them (``extract.claims.claim_text._claim_text``).
CLAUSE_HEDGES: frozenset[str] = frozenset(("sepertinya", "tampaknya", "agaknya", "rupanya", "kelihatannya"))
# Objects of a denial or admission that point back to an earlier claim (``membantah tuduhan itu``).
ANAPHORIC_CLAIM_NOUNS: frozenset[str] = frozenset((
    "hal", "tuduhan", "tudingan", "kabar", "informasi", "laporan", "isu", "klaim", "pernyataan", "dugaan",
    "anggapan", "tuntutan", "berita",
))

# Words that end the attribution after a quote and open what the speaker talked about or a clause of
# its own (``"...," kata X soal banjir kemarin``, ``..., ujar X yang pekan lalu dilantik``): a time
# phrase after them dates that, not the saying (``synth.timeline``'s said day, ``synth.recalls``).
ATTRIBUTION_TAIL_BREAKS: frozenset[str] = frozenset({
    "yang", "soal", "terkait", "tentang", "mengenai", "atas", "bahwa", "karena", "akibat", "sejak",
    "hingga", "sampai", "untuk", "agar", "dan", "sedangkan", "sementara", "namun",
})

# Words that sum up the quote just closed before its attribution (``," demikian kata X``, ``," begitu
# bunyi surat edaran itu``) ...
SUMMING_UP_WORDS: tuple[str, ...] = ("demikian", "begitu")
# ... or, with them, open a written source's tail (``," seperti tertuang dalam …``).
LIKENESS_OPENERS: tuple[str, ...] = ("seperti", "sebagaimana")
# A news outlet's report named at the end of a translated sentence (``..., demikian dilaporkan
# Reuters.``, ``..., lapor AFP.``, ``..., seperti dilansir BBC.``, ``..., dikutip dari Al Jazeera.``):
# the verb or noun of reporting or quoting-from, after an optional opener, then (``dari``/``oleh``)
# the outlet (``lang.id.outlets``).
REPORT_TAIL_OPENERS: tuple[str, ...] = (
    *SUMMING_UP_WORDS, *LIKENESS_OPENERS, *(f"{w} yang" for w in LIKENESS_OPENERS),
)
REPORT_TAIL_VERBS: tuple[str, ...] = (
    "dilaporkan", "diberitakan", "dilansir", "dikutip", "diwartakan", "dikabarkan", "ditulis", "laporan",
    "lapor", "melaporkan",
)

# Last words of an English event's name (``... Football Championship``, ``... Climate Change Forum``,
# ``... Motor Show``): with an event noun before the name or an edition year after it (``(ICCF)
# 2025``) the name is the event, and its bracketed short form too. Case-sensitive.
ENGLISH_EVENT_HEADS: frozenset[str] = frozenset({
    "Championship", "Championships", "Cup", "Summit", "Forum", "Show", "Festival", "Fest", "Conference",
    "Expo", "Week", "Fair", "Marathon", "Awards", "Games", "Tournament", "Congress", "Olympiad",
})
# Nouns and verbs after which an event's name follows (``ajang X``, ``penyelenggaraan X``).
EVENT_NOUNS: frozenset[str] = frozenset(["acara", "ajang", "gelaran", "perhelatan", "penyelenggaraan", "pembukaan", "penutupan", "turnamen", "kejuaraan", "pameran", "festival", "kompetisi", "konferensi", "menggelar", "digelar", "menyelenggarakan", "diselenggarakan", "bertajuk", "bertema"])


# ---------------------------------------------------------------------------------------------------
# The words of the quote extractor's cue patterns (``extract.quotes.patterns``), one home each.

# Verbs of a text's own wording (``," demikian tertulis dalam dokumen …``): no one speaks.
WRITTEN_IN_VERBS: tuple[str, ...] = ("tertulis", "tertuang", "termuat", "tercantum")
# What may stand between a speech verb and an opening quote (``mengatakan bahwa “``, ``menyampaikan
# sebagai berikut: “``).
SAID_OPENERS: tuple[str, ...] = ("bahwa", "sebagai berikut")
# Kinds of statement named as the source after a quote, and their qualifiers (``," demikian keterangan
# tertulis X``, ``," pernyataan resmi BPBD``, ``siaran pers``).
STATEMENT_NOUNS: tuple[str, ...] = (
    "keterangan", "pernyataan", "siaran pers", "rilis", "unggahan", "cuitan", "laporan",
)
STATEMENT_QUALIFIERS: tuple[str, ...] = ("tertulis", "resmi", "pers")
# A passive lead naming the one who speaks next (``Hal senada diungkapkan X``, ``Pernyataan itu
# disampaikan oleh X``): the noun, then a word pointing back at what was said.
PASSIVE_LEAD_NOUNS: tuple[str, ...] = (
    "hal", "pernyataan", "penjelasan", "keterangan",
    # news made known, confirmed by the one who speaks next (``Pengumuman tersangka itu dikonfirmasi oleh X``)
    "pengumuman", "informasi", "kabar",
)
PASSIVE_LEAD_POINTERS: tuple[str, ...] = ("senada", "serupa", "yang sama", *function_words.DEMONSTRATIVES)
# Passives of confirming that make a lead too, besides ``PASSIVE_SPEECH`` (``Kabar itu dibenarkan oleh X``), only
# after a lead noun and its pointer: elsewhere their subject is what was confirmed, no lead of anyone's words.
PASSIVE_LEAD_CONFIRM: tuple[str, ...] = ("dikonfirmasi", "dibenarkan")
# Adverbs that may stand between a person and a passive verb that makes them its patient (``HM pun
# dilaporkan``, ``Lisa sebelumnya sudah diperiksa``).
PASSIVE_ADVERBS: tuple[str, ...] = (
    "pun", "juga", "sebelumnya", "lalu", "kemudian", "telah", "sudah", "akhirnya", "sempat", "baru",
    "langsung", "segera", "kembali",
)
# Words besides the weekday names that open a phrase of time, never a speaker or a clause (``Senin
# (3/11)``, ``kemarin``, ``hari ini``, ``pada pekan lalu``, a number).
TIME_OPENERS: tuple[str, ...] = ("kemarin", "hari ini", "pada", "tadi", "pekan", "bulan", "tahun")
