"""Words that tie a sentence to the one before it (data only; used by ``synth.summary``).

A summary shows sentences out of their articles. One that opens with a pronoun (``Ia menambahkan``,
``Dia mengatakan``) or with a noun pointed back at (``Hal tersebut``, ``Angka itu``, ``Langkah
ini``) reads as nothing, or as something else, without its neighbours. All words lower case.
"""

from __future__ import annotations

from kliping.lang.id import figure_cues, name_prefixes
from kliping.lang.id.wordsets import words as _words

# Third-person subjects and reporting forms that name their speaker only by ``-nya``.
PRONOUN_OPENERS = _words("ia dia beliau mereka menurutnya katanya ujarnya tambahnya lanjutnya imbuhnya jelasnya")

# Demonstratives that point back when they close the sentence's opening noun phrase.
DEMONSTRATIVES = figure_cues.DEMONSTRATIVES

# Nouns of time: a demonstrative after one means now, not something said before (``Tahun ini``,
# ``Akhir pekan ini``, ``Dua hari ini``, ``Belakangan ini``).
TIME_NOUNS = _words("saat hari kali pagi siang sore malam tahun bulan pekan minggu waktu masa kini belakangan")

# Opening words that take a demonstrative right after them without pointing back at a thing the
# reader missed: time (``Saat ini``, ``Selama ini``, ``Sejauh ini``), connectives (``Selain itu``,
# ``Tak hanya itu``) and prepositions opening an adverbial. A noun between them and the demonstrative
# is pointed back at (``Dalam demo tersebut``, ``Terkait hal tersebut``: ``synth.summary.leans_back``)
# unless it is a time (``Pada hari ini``); ``Karena itu`` is a result connective (RESULT_OPENERS).
NOT_POINTING_BACK = TIME_NOUNS | _words("""
selama sejauh sepanjang mulai per akhir awal pertengahan penghujung
selain sementara untuk karena oleh setelah sebelum usai sesudah sejak hingga sampai akibat
meski walau walaupun namun tapi tetapi bahkan apalagi sedangkan sehingga maka jadi dengan
tak tidak bukan begitu seperti sebagai terkait mengenai soal melalui lewat tentang
di dalam dari pada ke bagi atas kepada terhadap antara
""")

# Connectives a sentence may open with before its own subject (``Sebelumnya, ia ...``, ``Namun,
# hal tersebut ...``, ``Lebih lanjut, dia ...``, ``Sementara itu, ...``): the test reads past them.
CONNECTIVE_OPENERS = _words("""
namun sebelumnya kemudian lalu selanjutnya sementara selain tetapi tapi dan bahkan padahal
sehingga maka lebih lanjut adapun terlebih apalagi sedangkan
nah sejatinya
""")
# (``Nah itulah hasil survei ...``, ``Sejatinya ada empat orang yang diperiksa, tapi ...``: a spoken particle and an
# ``in truth`` set against the sentence before: round 41 reading.)

# ``Wilayah yang dimaksud antara lain ...``: a noun of one or two words then these, the thing meant being told in the
# sentence before (``synth.summary.openings.leans_back``); ``Yang dimaksud dengan X adalah ...`` opening the sentence
# defines X and stands alone.
MEANT_PHRASE = ("yang", "dimaksud")

# Result connectives: the sentence states a consequence of what was said before it (``Alhasil,
# produksi turun``, ``Akibatnya, ...``, ``Dengan demikian, ...``), or what it means (``Artinya,
# hanya peserta terdaftar yang berhak``, ``Jadi alasan partai itu ada benarnya``, ``"Jadi kami
# ...``: ``so``, in a quote too), so alone it reads as a cause missing. Phrases of one to three
# words, matched at the sentence's start.
RESULT_OPENERS: frozenset[tuple[str, ...]] = frozenset(tuple(p.split()) for p in (
    "alhasil", "akibatnya", "makanya", "sehingga", "dengan demikian", "dengan begitu", "karena itu",
    "oleh karena itu", "oleh sebab itu", "maka dari itu", "atas dasar itu", "untuk itu",
    "karenanya", "oleh karenanya", "olehnya itu", "artinya", "jadi", "intinya",
))

# Cause connectives: the sentence gives the reason for what was said before it (``Sebab, banyak
# negara gagal menahan inflasi``, ``Pasalnya, serapan anggaran baru 52%``, ``Soalnya ...``), so alone
# it reads as a reason for something missing. Only the connective readings: ``sebab`` opening a
# sentence is ``because`` (the cause of a thing is ``penyebab``), ``lantaran``/``karena`` open a
# clause whose main clause follows in the same sentence and are left out. Matched at the start.
CAUSE_OPENERS: frozenset[tuple[str, ...]] = frozenset(tuple(p.split()) for p in (
    "sebab", "pasalnya", "soalnya", "sebabnya",
))

# Openers that point back at what came before without a demonstrative after a noun: a wrap-up of the
# article (``Itulah 10 manfaat ...``, ``Demikianlah pembahasan ...``), a place in the argument
# (``Dari sana, ...``, ``Dari situ``) or a place told of before (``Di sana korban ...``, ``Di sanalah ...``), or items of something named before (``Contohnya,``,
# ``Misalnya,``, ``Rinciannya,``, ``Beberapa di antaranya``, ``Salah satunya``), or the copula
# completing the one before (``Ialah ...``, ``Yakni ...``: the predicate of a sentence split early).
# Alone in a summary they point at nothing. Phrases of one to three words, matched at the sentence's start.
BACK_OPENERS: frozenset[tuple[str, ...]] = frozenset(tuple(p.split()) for p in (
    "itulah", "demikian", "demikianlah", "dari sana", "dari situ", "dari situlah", "di sana", "di sanalah",
    "di situ", "di situlah", "ke sana", "ke situ", "contohnya",
    "misalnya", "rinciannya", "di antaranya", "beberapa di antaranya", "salah satunya",
    "sebagian di antaranya", "antara lain", "ialah", "adalah", "yakni", "yaitu",
))

# Two-word connectives that continue the sentence before them (a concession to it: ``Meski begitu,``,
# ``Kendati demikian,``; an addition: ``Tak hanya itu,``, ``Di sisi lain,``): like
# CONTINUING_OPENERS, such a sentence may stand in a summary but not first.
CONTINUING_PHRASES: frozenset[tuple[str, ...]] = frozenset(tuple(p.split()) for p in (
    "meski begitu", "meski demikian", "meskipun begitu", "meskipun demikian", "walau begitu",
    "walau demikian", "walaupun begitu", "walaupun demikian", "kendati begitu", "kendati demikian",
    "namun begitu", "namun demikian", "tak hanya itu", "tidak hanya itu", "di sisi lain",
    "di samping itu",
))

# A sentence opening with this word introduces a list (``Berikut rincian prakiraan cuaca ...``):
# the list, not the sentence, is the content.
LIST_OPENERS = _words("berikut")
# Words that, right before ``cara`` (glued or not: a scrape writes ``beginicara``), announce a how-to the article lists
# after the sentence (``Mengutip dari akun resmi ..., ini cara mendaftar ...``, ``Ternyata begini cara mudah cek
# ...``): a teaser, its content the steps (round 41 reading); ``caranya cukup dengan ...`` says the way itself.
HOW_TO_TEASERS = _words("ini begini berikut inilah beginilah simak")
HOW_TO_NOUN = "cara"
# A sentence ending on ``berikut`` (``... dengan cara lain sebagai berikut.``) heads the list after it, and one
# bidding the reader read on (``Yuk simak penjelasan singkat berikut, ...``) says nothing itself.
LIST_HEADER_LAST = "berikut"
READ_ON_WORDS = _words("simak simaklah")
# ... only where a bid opens its clause: first, after a comma, or after an invitation (``Yuk simak``, ``Untuk
# lengkapnya, simak ...``); ``Polisi masih simak rekaman`` mid-clause reports a deed (review of round 41).
READ_ON_LEAD_INS = name_prefixes.INVITATIONS
# A how-to noun phrase someone is reported to call something (``Menurut menteri, ini cara paling cepat ...``,
# ``"Ini cara kami," katanya``) is a statement, no teaser: ``menurut`` and the speech forms (``cues.SPEECH_FORMS``).
ATTRIBUTION_WORDS = _words("menurut menurutnya")

# Connectives that continue the sentence before them (contrast, addition, sequence): ``Namun,``,
# ``Sementara itu,``, ``Selain itu,``, ``Lebih lanjut,``. Such a sentence may stand in a summary, but
# not as its first sentence, where it continues nothing. (``Sebelumnya,`` opens background, which
# may come first.)
CONTINUING_OPENERS = CONNECTIVE_OPENERS - _words("sebelumnya sehingga maka")

# Recurring daily readings: a weather forecast, a market's open or close, an exchange rate. Their
# sentences read alike every day (``Cuaca cerah berawan diperkirakan ...``, ``IHSG dibuka menguat``,
# ``Rupiah bergerak melemah``), so two days' undated ones are two facts (``synth.summary``). Weather
# words alone mark one; a market's name marks one with a move or a word of its reading.
WEATHER_WORDS = _words("cuaca prakiraan hujan berawan cerah mendung gerimis berangin suhu")
MARKET_WORDS = _words("ihsg rupiah dolar dollar kurs valas yen euro yuan jpy usd brent wti saham indeks bursa")
MARKET_READING_WORDS = _words("""
bervariasi stagnan stabil bergerak diperdagangkan dibuka ditutup level posisi menguat melemah naik turun
""")

# Openers that tie a sentence to the text around it without pointing back at a named thing: a
# purpose clause standing as a sentence (``Agar ...``, ``Supaya ...``: its main clause is the
# sentence before), an aside (``Adapun ...``, ``Sebagai informasi,``, ``Untuk diketahui,``), a
# sequel (``Setelah itu,``, ``Belakangan,``, ``Tak lupa,``), a pronoun of a pair (``Keduanya``),
# background announced as told before (``Sebelumnya diberitakan,``). Such a sentence may stand in a
# summary when nothing else states its fact, but a self-contained one is preferred
# (``synth.summary.dependent``). Phrases of one to three words, matched at the sentence's start.
DEPENDENT_OPENERS: frozenset[tuple[str, ...]] = frozenset(tuple(p.split()) for p in (
    "agar", "supaya", "adapun", "apalagi", "terlebih", "sebagai informasi", "sekadar informasi",
    "untuk diketahui", "perlu diketahui", "sebagai catatan", "setelah itu", "usai itu", "belakangan",
    "tak lupa", "tidak lupa", "keduanya", "ketiganya", "sebelumnya diberitakan", "sebelumnya diketahui",
    "seperti diberitakan", "seperti diketahui", "hasil senada", "senada", "bukan hanya", "tak cuma",
    "terkait itu", "terkait hal itu", "hal senada", "pihaknya", "dimana", "di mana",
    # an addition to the sentence before (``Termasuk ...``, ``Ditambah lagi, ...``, ``Belum lagi ...``)
    # or the hope or purpose of the thing it told (``Harapannya ...``, ``Tujuannya ...``)
    "termasuk", "ditambah lagi", "belum lagi", "harapannya", "tujuannya",
))

# Of those, the asides that bring in background or a side fact whole (``Adapun anggaran proyek ...``,
# ``Sebagai informasi, pada Agustus KPK ...``, ``Seperti diberitakan, ...``): preferred less than a
# self-contained sentence, but not a sentence that goes on from the one before it, which a summary
# shows only after that one (``synth.summary.opens_on_before``).
ASIDE_OPENERS: frozenset[tuple[str, ...]] = frozenset(tuple(p.split()) for p in (
    "adapun", "sebagai informasi", "sekadar informasi", "untuk diketahui", "perlu diketahui",
    "sebagai catatan", "sebelumnya diberitakan", "sebelumnya diketahui", "seperti diberitakan",
    "seperti diketahui",
))
assert ASIDE_OPENERS <= DEPENDENT_OPENERS

# ``Di akhir sambutannya, ...``, ``Di akhir acara, ...``: the end of an occasion told before (a
# sequel); not ``Di akhir Oktober``, ``Di akhir pekan``, ``Di akhir 2024``: a time
# (``synth.summary.dependent``; the time words are ``TIME_NOUNS`` and these and the month names).
AT_THE_END = ("di", "akhir")
END_TIME_WORDS = TIME_NOUNS | _words("periode kuartal semester triwulan tahunnya bulannya pekannya abad dekade")

# ``juga`` or ``pun`` right after the opening subject (``Menteri itu juga mengatakan``, ``KPK juga
# menahan``, ``Gus Ipul pun mengungkit``): the sentence adds to something said before it.
ALSO_WORDS = _words("juga pun")
# ``menambahkan``/``melanjutkan`` there before a comma or ``bahwa`` (``Ichwan menambahkan, ...``):
# the speaker goes on (``Kementerian menambahkan dua kapal`` is a verb with its object).
GOING_ON_VERBS = _words("menambahkan melanjutkan")
