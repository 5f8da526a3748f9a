"""Words that say what kind of statement a figure is part of (data only; used by ``synth.figures``).

Findings compare figures of one fact across articles (``synth.findings``). A figure is only
comparable with another when both are the same kind of statement: a reported value with a
reported value, a target with a target. A value in a scenario ("if the price is 65 dollars") is
no claim at all, the amount of a movement ("turun 1,03 dollar") is a fact of its own day, and a
level read on a market or a tally ("ditutup di 68,40 dolar", "bertengger di level Rp 15.870")
holds for its own day only. All words lower case; they are matched as whole words of the sentence
(conditional and target cues) or as the word right before the number (movement verbs).
"""

from __future__ import annotations

from kliping.lang.id import abbreviations, calendar, cues, function_words
from kliping.lang.id.wordsets import words as _words

# The sentence states a scenario or a premise: its figures are not claims about the world.
CONDITIONAL_CUES = _words("jika kalau apabila bila seandainya andaikan andaikata asumsi diasumsikan berasumsi")
# An amount given as an example is a scenario's value too (round 41 reading: ``katakanlah UMKM penghasilannya Rp 500
# juta, mereka harus lapor SPT``; ``subsidi dipatok, misalnya Rp 500 atau Rp 1.000 per liter``): ``let's say`` and
# ``suppose`` anywhere before it in its clause (EXAMPLE_CUES); ``for example`` only right before it (EXAMPLE_RIGHT_BEFORE,
# with at most words of EXAMPLE_GAP_WORDS and other amounts between), since after a subject it brings in a real
# instance (``Rupiah misalnya, melemah 54,50 poin``, ``Muhammad Israr misalnya, ... merawat 50 pasien``).
EXAMPLE_CUES = _words("katakanlah misalkan umpamanya")
EXAMPLE_RIGHT_BEFORE = _words("misalnya contohnya semisal")
EXAMPLE_GAP_WORDS = _words("menjadi jadi sebesar senilai sekitar kira-kira atau dan rp us$ usd")

# Words of a wish or a purpose (``berharap``, ``agar``): they make an aim only of what follows them in the
# amount's clause (``berharap produksi naik ke 1 juta barel``, ``agar kuota mencapai 20 ribu``). An amount before
# one is what the sentence reports, and the wish is about something else: a ransom demanded ``agar jenazah
# dikembalikan``, a stone ``kurang dari 55 mm`` and a doctor's advice ``agar banyak minum``, ``Dari 4 poin
# tersebut ... berharap agar ...`` (``synth.figures.modes.amount_mode``).
HOPE_CUES = _words("diharapkan berharap harapan agar supaya")
# Of those, the words of purpose: what follows them is what should come of the clause before, and an amount there
# is an aim only when the purpose moves it or reaches it (``agar harga turun ke Rp 10.000``, ``supaya PAD
# dikembalikan ke Rp 340 miliar``: AIM_AFTER_PURPOSE between them); an amount it merely names is a value there is
# (``agar memanfaatkan dana bantuan Rp900.000 ini``, ``agar penyaluran BLTS sebesar Rp300 ribu tepat sasaran``,
# a statute's ``dengan maksud supaya ... dipidana ... denda paling banyak Rp 400.000.000``).
PURPOSE_HOPE_CUES = _words("agar supaya")
# The word that names an article of a law (``Pasal 27A``, ``pasal 45 ayat (4)``): two values whose sentences name
# different articles are the values of two provisions (``synth.findings.facts.other_provisions``).
PROVISION_WORDS = _words("pasal")
assert PURPOSE_HOPE_CUES <= HOPE_CUES
# A verb of reaching after a word of purpose makes an aim of the amount right after it (``bekerja keras untuk
# mencapai 40 juta penerima``, ``demi meraih 1 juta pengunjung``: ``synth.figures.modes.purpose_reach``); alone
# (``korban mencapai 232 orang``) it reports a count. At most REACH_GAP of REACH_GAP_WORDS between verb and amount.
PURPOSE_WORDS = function_words.PURPOSE_WORDS
REACH_VERBS = _words("mencapai meraih menjangkau")
REACH_GAP_WORDS = _words("angka jumlah total sekitar sebanyak")
REACH_GAP = 2
# Words that make an aim of an amount after a word of purpose (PURPOSE_HOPE_CUES): reaching it, moving to it or
# changing by it (``agar anggaran diefisiensi sebesar Rp 256 triliun``: the cut is the aim).
AIM_AFTER_PURPOSE = REACH_VERBS | calendar.CHANGE_WORDS | _words("""
ke menjadi jadi hingga sampai dinaikkan diturunkan ditingkatkan ditambah dikurangi dipangkas dipotong dihemat
diefisiensi efisiensi dihimpun dikumpulkan
""")
# The sentence states an aim: its figures are targets, comparable only with other targets. ``disasar``: ``50 juta
# anak yang disasar program`` is the aim of a programme, not a count of anything reached. Not ``menyasar``: news
# writes ``bantuan itu kini telah menyasar 12 juta keluarga`` for those reached (detik-dev, read).
STRONG_TARGET_CUES = _words(
    "target targetnya targetkan ditargetkan menargetkan sasaran sasarannya disasar "
    # a proposal is an aim too: the figure a ministry asks for is not the one it gets or spends
    "mengusulkan diusulkan usulkan usulan"
)
TARGET_CUES = STRONG_TARGET_CUES | HOPE_CUES
# ``sasaran`` after one of these is an idiom, no aim of a number: ``bansos tepat sasaran`` (well aimed), ``salah
# sasaran`` (``synth.figures.modes.aim_words``). Not ``menjadi``/``jadi``: ``2 juta keluarga menjadi sasaran program``
# is the aim of a count (``menjadi sasaran`` = attacked is lost with it).
TARGET_IDIOM_BEFORE = _words("tepat salah")
# A target word that is itself what a sentence counts names no aim only when it is a proposal (``2 juta usulan``:
# proposals received); ``2 juta sasaran penerima`` is still the aim (``synth.figures.modes.aim_words``).
COUNTED_AIM_NOUNS = _words("usulan")
TARGET_IDIOM_WORDS = _words("sasaran sasarannya")

# Words of an achieved value: in a sentence that also names a target, a number after one of these (with
# no target word between) is what was reached, not the aim (``sasaran 2 juta paket hingga akhir bulan
# baru terealisasi kira-kira 210.000 paket``: the 210.000 is a reported value; ``synth.figures.modes.amount_mode``).
# Not right after a target word (``target realisasi``, ``ditargetkan terpasang``: one phrase of the aim),
# not after ``yang`` (``target ... yang tercatat dalam APBN``, ``dana yang terkumpul``: a relative clause
# that describes the aim).
# Of them, these describe a state (``alat terpasang di 3 juta mobil`` is what the aim says will be
# true) and report a value reached only after a word of completion (``sudah terpasang``).
STATE_REALISATION_CUES = _words("tercatat terpasang terkumpul tersalurkan tersalur terserap")
REALISATION_CUES = _words(
    "realisasi realisasinya terealisasi direalisasikan tercapai capaian pencapaian") | STATE_REALISATION_CUES
COMPLETION_CUES = _words("sudah telah baru kini")
# Of them, the ones that say a count was reached when they come right after it (``300 ribu siswa sudah menerima``,
# ``synth.figures.modes.amount_mode``): not ``baru`` (``3.000 sekolah baru``: new schools) nor ``kini`` (``5 juta siswa
# kini ditargetkan``: now aimed at).
COMPLETION_AFTER_CUES = _words("sudah telah")
# A clause of a target sentence with no target word of its own reports a value reached when it has one of
# REALISATION_CUES, COMPLETION_CUES or these words of the past before the amount (``tahun lalu tercatat``).
PAST_CUES = _words("lalu kemarin sebelumnya silam")
REACHED_CUES = REALISATION_CUES | COMPLETION_CUES | PAST_CUES

# Verbs of movement, by direction. The summary (``synth.summary``) does not cite a sentence moving
# the other way as stating the same fact (``dolar melemah`` is no support for ``dolar menguat``);
# ``turun`` / ``naik`` alone are enough of a sign there, as they are in market reports.
RISE_VERBS = _words(
    "naik menguat melonjak melambung meningkat bertambah terapresiasi tumbuh bertumbuh"
)
FALL_VERBS = _words(
    "turun melemah merosot anjlok jatuh menurun berkurang kehilangan terkoreksi tergerus melorot "
    "terpuruk susut menyusut terdepresiasi"
)
# A number right after one of them (``naik 1,8 juta barel``, ``melemah 31 poin``) is the size of a
# change on one day, not a level that a later report could update or contradict.
MOVEMENT_VERBS = RISE_VERBS | FALL_VERBS
# The nouns of those moves (``kenaikan harga``, ``pelemahan rupiah``), for the same direction test.
RISE_NOUNS = _words("kenaikan peningkatan penguatan lonjakan pertumbuhan pertambahan apresiasi")
FALL_NOUNS = _words("penurunan pelemahan kemerosotan anjloknya merosotnya pengurangan depresiasi koreksi")

# Words allowed between the movement verb and the number (``naik sebesar 17,25 poin``). Not
# ``hingga``/``ke``/``menjadi``: ``melonjak hingga Rp 3.100`` gives the new level, not the move.
MOVEMENT_GAP = _words("sebesar senilai setara sekitar tipis lagi")
# A move given twice, as a share and then as an amount (``turun 3 persen senilai 1,85 dollar``, ``naik 3% atau 40
# poin``, ``naik 12 persen, atau senilai Rp 4,5 triliun``): the amount after one of these, behind a move, is a move
# too (``synth.figures.moves.is_delta``, ``restates``).
MOVEMENT_RESTATE = _words("senilai atau setara")
# The words that lead from the size of a move to its new level right after it (``bertambah sebanyak 1,5 juta barel ke
# level 380 juta barel``, ``naik 20 poin menjadi 7.100``): the first amount is the move
# (``synth.figures.moves.moves_to``).
MOVE_TO_WORDS = _words("ke menjadi jadi")
MOVE_TO_LEVEL_NOUNS = _words("level posisi angka tingkat")
# Adverbs of time in a relative clause that moves an amount on to a new value (``…, yang kemudian meningkat menjadi
# Rp B``: ``synth.figures.money.moved_on``).
MOVED_ON_ADVERBS = _words("kemudian lalu akhirnya kini belakangan")
# A month the move is told of may stand between its size and ``ke``/``menjadi`` (``turun 120.000 barel per hari pada
# Oktober menjadi 30,1 juta barel``): one of these, then ``bulan`` or not, then a month name (``calendar.MONTHS``).
MOVE_MONTH_BEFORE = _words("pada di dalam sepanjang selama")
PERCENT_WORDS = _words("persen")
# The nouns of a move before an amount (``kenaikan sebesar Rp 500``, ``penurunan 2 juta barel``) give its size,
# like the verbs.
MOVEMENT_NOUNS = RISE_NOUNS | FALL_NOUNS
# A number after a movement verb and ``dari`` is where the movement started (``turun dari target
# sebelumnya yang mencapai 16 juta``, ``naik dari 39% menjadi 43%``): a value of the past, not the
# reading the report gives. Between ``dari`` and the number only a short phrase naming that value:
# its first word one of BASE_GAP, at most BASE_GAP_MAX words, no word of BASE_BREAKS (``menjadi``,
# ``hingga``, ``ke`` give the new value; a conjunction starts another clause) and no verb (by
# ``VERB_PREFIXES``) outside BASE_GAP. ``naik dari hulu sehingga merendam 120 rumah`` and ``turun dari
# pesawat dan disambut 300 pelajar`` do not qualify.
BASE_GAP = _words(
    "level posisi angka titik kisaran harga nilai total jumlah target sasaran realisasi capaian "
    "kenaikan penurunan peningkatan pertumbuhan laju sebelumnya semula awalnya yang mencapai sebesar "
    "sebanyak sekitar hanya rata-rata rata kemarin"
)
BASE_GAP_MAX = 8
BASE_BREAKS = _words(
    "menjadi jadi ke hingga sampai dan serta lalu kemudian sehingga namun tetapi tapi sedangkan "
    "sementara karena untuk dengan"
)

# The sentence reads a level at its own time: a market quote or the state of a running count
# (``ditutup pada``, ``berada pada level``, ``menjadi``). Two such readings on different days are
# two readings, never a disagreement; on the same day they can disagree.
LEVEL_CUES = _words(
    "level posisi ditutup dibuka menetap berakhir diperdagangkan dibanderol menjadi kini "
    "bertengger"
) | MOVEMENT_VERBS
# A market quote's own words (``ditutup pada 74,53 dollar``, ``menetap di``, ``diperdagangkan``): a price read on the
# trading day its report's lede names (``pada perdagangan Kamis (6/3)``) when its own sentence names none
# (``synth.figures.dates.lede_day``). Narrower than LEVEL_CUES, whose ``menjadi``/``kini`` read any running count.
MARKET_QUOTE_CUES = _words("ditutup menetap diperdagangkan dibanderol bertengger")
# At most this many words between a movement verb and the ``menjadi``/``ke`` before a price for the price to be the
# level the move ended at (``merosot 2,10 dollar AS menjadi 61,40``: the size of the move stands between;
# ``synth.figures.prices.market_quote``).
MOVE_TO_GAP = 5
# A lede names the trading day of a market report (``synth.figures.dates.lede_day``) only with one of these words: a
# lede of an inspection on Monday dates no price of the market.
LEDE_MARKET_WORDS = _words("perdagangan bursa sesi ditutup dibuka penutupan pembukaan diperdagangkan")
# The priced thing of a rate (``synth.figures.prices.priced_noun``): the word after ``harga``, past these words of which
# price it is (``harga eceran tertinggi pupuk``: pupuk). Rice per kg and chilli per kilogram are two series' values.
PRICE_KIND_WORDS = _words(
    "eceran tertinggi terendah rata jual beli acuan pembelian penjualan pokok dasar pasar rerata komoditas kontrak "
    "patokan spot berjangka referensi keekonomian")
# Words after ``harga`` that name no product (``harga murah``, ``harga ke Rp 7.500``, ``harga naik``): the price has no
# priced noun there (``synth.figures.prices.priced_noun``).
PRICE_NOT_PRODUCT = _words(
    "murah mahal tinggi rendah normal wajar stabil baru lama lebih sama ini itu tersebut tersebutnya ke di dari pada "
    "yang untuk dengan dan atau juga masih sudah telah kini saat sekitar mencapai sebesar senilai menjadi hingga")
# Goods whose price a rate gives (``Rp 14.000 per kg``, ``Rp 10.000 per liter``): the product named nearest before a
# money rate in its clause keys its series, so rice and chilli per kilogram are two series
# (``synth.figures.prices.rate_product``). Words of one product's name run together (``cabai rawit merah``, ``daging
# sapi``, ``beras medium``: with PRODUCT_VARIETIES).
PRODUCT_WORDS = _words(
    "beras gabah gula cabai cabe bawang daging telur ayam sapi kambing domba babi ikan udang bandeng tongkol cakalang "
    "minyakita minyak jagung kedelai tepung terigu garam susu kopi teh kakao sawit cpo tbs karet tebu singkong ubi "
    "kentang tomat wortel kubis kol sayur sayuran buah pisang jeruk apel mangga emas perak nikel batu bara batubara "
    "timah tembaga aluminium bbm pertalite pertamax premium solar dexlite biosolar avtur lpg elpiji gas listrik "
    "pupuk urea npk za semen besi baja rokok tembakau cengkeh lada pala vanili kelapa kopra")
# Words that tell one kind of a product from another right after it (``beras medium``, ``cabai rawit``, ``bawang
# merah``, ``minyak goreng``, ``pupuk organik``): part of the product's name.
PRODUCT_VARIETIES = _words(
    "medium premium rawit merah putih keriting hijau ras kampung broiler negeri goreng pasir kristal curah kemasan "
    "organik bersubsidi nonsubsidi segar kering bubuk arabika robusta super")
# ``ZA khusus tebu``: a product word after one of these names what the product before it is for, and is part of its
# name (``synth.figures.prices._product_run``), no product of its own.
PRODUCT_USE_WORDS = _words("khusus")
# Rates of money that price no goods: per time (a wage, a rent, an allowance ``per hari``/``per bulan``) or per person
# (a fee ``per orang``, aid ``per keluarga``). A product named before them is no product they price (``petani beras
# ... sewa traktor Rp 500.000 per hari``), so their series take none (``synth.figures.prices.rate_product``); nor do
# exchange rates (``per usd``, a currency after ``per``).
RATE_NOT_PRICED = _words(
    "hari harinya minggu pekan bulan bulannya tahun tahunnya jam menit detik malam semester triwulan kuartal "
    "orang jiwa kepala keluarga kk siswa peserta penerima pasien pekerja karyawan anak murid")
# A class word dropped from a product's name when a product word follows it (``pupuk NPK`` is ``npk``, ``BBM
# premium`` is ``premium``), so that ``pupuk NPK Rp 2.300/kg`` and ``NPK dari Rp 2.300 per kilogram`` are one series.
PRODUCT_CLASS_WORDS = _words("pupuk bbm komoditas")
# What a money rate measures other than a price (``subsidi BBM ... Rp 1.000 per liter``, ``keuntungan Rp 1.500 per
# liter``): named before the amount after the last ``harga``, not right after a product (``pupuk subsidi``), it
# leads the rate's key (``subsidi bbm``), so a subsidy and a price per litre are two series
# (``synth.figures.prices.rate_product``).
RATE_MEASURES = _words("subsidi keuntungan untung laba margin rugi kerugian pajak cukai iuran upah")
# A price its clause calls one of these (``harga keekonomian Premium``: what the fuel costs to supply, at the oil price
# and the exchange rate of the time) is an estimate a regulator or an analyst makes, not the price goods sell at: it
# leads the rate's key as RATE_MEASURES do (``keekonomian premium``), so it is never compared with the pump price, and
# it is no market reading (``Point.level``) though its sentence writes ``level`` (``pernah menyentuh level Rp 8.000``):
# two parties' estimates a few days apart conflict as two counts do (``synth.findings.discrepancy.same_time_conflict``).
ESTIMATED_PRICE_WORDS = _words("keekonomian")
# The products a class word stands for when a rate names the class alone (``harga keekonomian BBM bersubsidi ... Rp
# 7.000 per liter`` and ``harga keekonomian Premium ... Rp 8.000 per liter``): a price of the class is comparable with a
# price of one of its products (``synth.findings.facts.same_product``), as PRODUCT_CLASS_WORDS drop the class before a
# product word.
PRODUCT_CLASS_MEMBERS: dict[str, frozenset[str]] = {
    "bbm": _words("premium pertalite pertamax solar biosolar dexlite"),
    "pupuk": _words("urea npk za"),
}

# A count whose noun is one of these (or none at all) continues the count before it in its sentence:
# ``86 orang ditangkap, adapun 11 sisanya dirawat`` is a breakdown of one group, two values of
# ``orang`` (the extractor lemmatises ``sisanya`` to ``sisa``).
ANAPHORIC_COUNT_NOUNS = _words("sisa sisanya lainnya lain")

# Nouns that stand for an amount said before (``angka tersebut berubah menjadi Rp 2 triliun``, ``jumlah itu naik ke
# Rp 5 miliar``): with a demonstrative after them (DEMONSTRATIVES) they point back at the sentence before, whose one
# named amount of the same currency names this one too (``synth.figures.money.anaphoric_money``).
ANAPHORIC_AMOUNT_NOUNS = _words("angka jumlah nominal besaran")
# The same nouns with ``-nya`` (``jumlahnya dipangkas menjadi Rp 25 miliar``, ``totalnya kini Rp 20 miliar``), and the
# value and total of it: they point back as a noun and a demonstrative do (``synth.figures.money.anaphoric_money``).
ANAPHORIC_AMOUNT_NYA = _words("angkanya jumlahnya nominalnya besarannya nilainya totalnya")
# A target as the noun of an amount (``dari target sebesar Rp 2 triliun``, ``targetnya Rp 5 miliar``): a target of what
# the sentence's amount reached is of (``money.realised_target``).
TARGET_NOUNS = _words("target targetnya sasaran sasarannya")
# Passive verbs of an amount set anew (``Tahun ini dinaikkan menjadi Rp 75 miliar``): with MOVEMENT_VERBS, a move whose
# clause names no subject of its own moves the amount the sentence before named (``money.elided_move``).
ADJUSTED_VERBS = _words("""
dinaikkan dinaikan diturunkan dipangkas dipotong ditambah ditambahkan dikurangi ditingkatkan dilipatgandakan direvisi
""")
# Words of a time frame that may open such a clause besides the words of MODIFIER_TIME_WORDS (``Di era pemerintahan
# sekarang dinaikkan menjadi ...``, ``Sepekan kemudian turun menjadi ...``): no subject.
TIME_FRAME_WORDS = _words("era masa zaman pemerintahan kepemimpinan sepekan sebulan setahun kemudian")

# A word right after a count (no punctuation between) that makes it an addition to others, not the
# whole (``lima tersangka baru``, ``satu korban lain``, ``dua unit lagi``): like the size of a movement,
# it is no value of the total a later report could update or contradict. ``baru`` only after
# INCREMENT_NEW_NOUNS, ``lagi`` not before REMAINING_CUES (``synth.figures.moves.is_increment``). Such a count
# also stays out of the figures table: among a tally's totals (7, 9, 12 suspects) an addition (2 new)
# would read as a drop.
INCREMENT_AFTER = _words("baru lain lainnya tambahan lagi")
# ... or a noun of addition before the number (``tambahan 40 personel``, ``penambahan hingga 16 juta
# keluarga``: up to 16 million more, not 16 million in all), with these words allowed between.
INCREMENT_BEFORE = _words("tambahan penambahan")
INCREMENT_GAP = _words("sebanyak sebesar sekitar hingga mencapai")
# ``baru`` ("new") makes an addition only after a noun that tallies cases or people (``lima tersangka
# baru``, ``30 kasus baru``): ``40 sekolah baru`` are new schools, a count of their own that another
# report can contradict.
INCREMENT_NEW_NOUNS = _words(
    "tersangka terdakwa terpidana tahanan saksi kasus perkara korban pasien penderita pengungsi "
    "infeksi kematian klaster orang warga jiwa anggota"
)
# ``lagi`` before these is what remains, not an addition (``dua korban lagi masih dicari``).
REMAINING_CUES = _words("masih belum tetap")
# ``baru`` followed by a verb is "only just" (``12 orang baru dievakuasi``), not "new": verbs are told
# by these prefixes (and a length, so ``baru diri`` is not a verb).
VERB_PREFIXES = ("di", "me", "ber", "ter")

# A sentence that names its matter only by pointing back to it (``dana yang raib dalam kasus ini``,
# ``dalam perkara tersebut``): which case it counts is told by its article, not by the sentence. Two
# such figures from different articles are values of one fact only when the articles are about the
# same matter (``synth.findings.facts.SAME_MATTER_COSINE``): a storyline of corruption reports holds many
# cases, each with its suspects and its losses.
MATTER_NOUNS = _words("kasus perkara peristiwa kejadian insiden")
# A year or span named after one of these that follows an amount is when the case happened, not the time the amount
# holds for (``uang Rp 13 triliun itu pengganti kerugian negara dalam perkara korupsi ... periode 2021-2022``,
# ``menahan dua tersangka perkara ... 2008-2022``: ``synth.figures.dates.stated_as_of``).
CASE_NOUNS = MATTER_NOUNS | _words("korupsi pidana pelanggaran")
DEMONSTRATIVES = function_words.DEMONSTRATIVES

# What an amount of a commodity measures: a stock held, or one of the flows in and out of it. Two
# sentences that each name one of these and none in common give amounts of different things
# (``stok minyak mentah ... 381 juta barel`` is not ``produksi minyak mentah ... 9 juta barel``)
# however close their words, units and sentence shape.
MEASURED_THINGS: dict[str, str] = {
    # ``cadangan`` stays a stock: news writes ``cadangan minyak AS`` for the weekly US inventories too
    **dict.fromkeys(_words("stok persediaan cadangan inventori"), "stock"),
    # oil is pumped: ``memompa 30 juta barel per hari`` states an output
    **dict.fromkeys(_words("produksi memproduksi diproduksi berproduksi memompa dipompa"), "production"),
    **dict.fromkeys(_words("konsumsi dikonsumsi mengonsumsi"), "consumption"),
    **dict.fromkeys(_words("permintaan"), "demand"),
    **dict.fromkeys(_words("impor diimpor mengimpor"), "import"),
    **dict.fromkeys(_words("ekspor diekspor mengekspor"), "export"),
}
# The active verbs among MEASURED_THINGS: their subject, named before them, owns the flow (``OPEC memompa 30 juta
# barel per hari``; ``synth.figures.measures.measured_owner``).
MEASURED_VERBS = _words("memproduksi memompa mengonsumsi mengimpor mengekspor")
# The name of each measured thing in a series name (``per hari (produksi)``: ``synth.figures.build_figures``).
MEASURED_THING_NAMES: dict[str, str] = {"stock": "stok", "production": "produksi", "consumption": "konsumsi",
                                        "demand": "permintaan", "import": "impor", "export": "ekspor"}

# The measured noun counts only in the amount's clause (``synth.figures.amount_clause``): a sentence is
# cut at ``;``/``:``, at a comma before one of CLAUSE_CONJUNCTIONS and at CLAUSE_BREAK_WORDS, so
# ``atas permintaan jaksa, ...`` (a request) or a reserve fund in another clause says nothing of the
# amount. Not ``sementara`` alone (also "for now").
CLAUSE_CONJUNCTIONS = _words(
    "dan serta sedangkan sementara namun tetapi tapi adapun sehingga karena padahal meski meskipun "
    "walaupun sebaliknya lalu kemudian"
)
# A count of one after one of these, with an amount before it in its clause, is the unit that amount is given for
# (``Rp 16 juta untuk satu pemilih``), and a count of one with one of BASIS_MODALS a few words after it and an amount
# after that is the unit of a capacity or a duty (``1 kampung nelayan bisa diisi 2.000 keluarga``): no count of its
# own (``synth.figures.counts.rate_basis``). BASIS_BEFORE: the distributives (``numbers.RATE_BASIS_BEFORE``, a
# measure's basis) and ``untuk``/``bagi``. BASIS_MODALS_GAP: at most so many words between the one and the modal.
BASIS_BEFORE = function_words.DISTRIBUTIVES | _words("untuk bagi")
BASIS_MODALS = _words("bisa dapat harus wajib mampu sanggup cukup")
BASIS_MODALS_GAP = 3

CLAUSE_BREAK_WORDS = _words("sedangkan namun tetapi padahal sehingga meskipun walaupun karena")

# Counts that count nothing of the story (``synth.figures.counts.counts_nothing``): a count of one after a copula or a
# word of likeness says what a thing is (``X dan Y itu satu kelompok``, ``adalah satu bidang``, ``seperti satu
# paket``: ONE_CLASS_BEFORE; a demonstrative too when nothing follows the noun in its clause), or ``satu X yang sama``
# one and the same thing (ONE_SAME_AFTER), ``satu X pun`` not a single one; a count of one before a word of
# equivalence and an amount (``satu galon setara dengan 3,8 liter``: CONVERSION_LINKS) is a conversion of units, no
# figure, nor is the amount it equals; a small count right after ``antara`` (AMONG_WORDS, at most AMONG_MAX: ``di
# antara dua negara``, ``di antara tiga kota paling macet``) names the parties of a relation or a ranking.
ONE_CLASS_BEFORE = function_words.COPULAS | _words("seperti semacam sejenis ibarat bagaikan")
ONE_SAME_AFTER = ("yang", "sama")
ONE_NOT_ANY_SUFFIX = "pun"
CONVERSION_LINKS = (("setara", "dengan"), ("sama", "dengan"), ("setara",))
AMONG_WORDS = _words("antara")
AMONG_MAX = 3

# Whose stock or flow an amount is: a country named right after the measured noun (``cadangan devisa
# Indonesia``, ``stok minyak mentah AS``), with at most this many words between, none of them one of
# OWNER_BREAKS (``persediaan di Cushing`` names a place, not an owner).
OWNER_GAP = 3
# Words an abbreviation may leave out of its initials (``Kementerian Pemuda dan Olahraga``): one list
# with the linker's acronyms, in lang/id/abbreviations.
ABBREVIATION_SKIP = abbreviations.ABBREVIATION_SKIP

# A country name right after one of these is part of a currency (``dollar AS``, ``dolar Singapura``,
# ``US$``), not the owner of anything; matched case-folded on the text before the name.
CURRENCY_WORDS = _words("dollar dolar us$ usd $ s$ sgd hk$ a$ ringgit yen yuan euro peso rupee won")
OWNER_BREAKS = _words("di ke dari pada untuk dan atau yang oleh sebesar sebanyak mencapai")

# One of these, or a place (``di``/``dari``/``wilayah`` then a LOC/FAC mention or one of PART_NOUNS) or ``saja``
# in the amount's clause before it (or after it up to a comma: ``synth.figures.measures.measure_scoped``) gives an estimate, an average or a part of the owner's stock or flow (``produksi AS
# rata-rata``, ``produksi AS di Texas saja``): it joins a fact only by FACT_COSINE, never by the looser
# FACT_COSINE_MEASURED (``synth.findings``).
# Words of a prediction, both an estimate (findings) and a forecast (the figures table). ``mungkin``: a
# weekly figure that "may" reach a level, as analysts polled before the official release expect
# (``persediaan ... mungkin bertambah ke 402 juta barel``), is an expectation. Not ``survei`` alone: a
# survey's result (a statistics office's harvest survey) is a reading, not a forecast.
PREDICTION_WORDS = _words("prediksi memprediksi proyeksi memproyeksikan diproyeksikan mungkin")
ESTIMATE_CUES = PREDICTION_WORDS | _words("memperkirakan diperkirakan perkiraan rata estimasi diestimasi")
# Not after one of COMPARISON_BEFORE: ``lebih tinggi dari perkiraan analis`` compares a fact with a forecast.
COMPARISON_BEFORE = _words("dari daripada dibanding dibandingkan ketimbang atas bawah")
PART_CUES = _words("saja")
PLACE_CUES = _words("di dari wilayah bagian")
# ``dari`` after one of these names a source (``menurut data dari BPS``), not a place.
SOURCE_BEFORE_DARI = _words("menurut berdasarkan data laporan kata keterangan informasi rilis mengutip dikutip")
# Mention types of a place that is no country (``di wilayah Texas``, ``di Cushing``).
PLACE_TYPES = frozenset({"LOC", "FAC"})
# ... or one of these nouns of a part right after ``di``/``dari`` (``dari formasi serpih``, ``di lapangan``).
PART_NOUNS = _words("lapangan blok formasi sumur ladang kawasan daerah provinsi kilang tambang cekungan tangki")
# ``sebagian dari`` / ``bagian dari`` (a part of) in an amount's clause: the amounts after it in that clause
# belong to the whole the sentence's subject is a part of (``2 juta paket ini sebagian dari keseluruhan 8 juta paket
# di 20 provinsi``: the 20 provinces are the whole programme's), not to that subject
# (``synth.figures.measures.amount_whole``). ``dari`` must follow within PART_OF_GAP words (``sebagian kecil dari``).
PART_OF_CUES = _words("sebagian bagian")
PART_OF_GAP = 2
# A word of the whole before an amount in its clause (``total 6 juta paket``, ``secara keseluruhan``, ``seluruhnya``):
# the amount is a total, which a whole named by ``sebagian dari`` is compared with
# (``synth.figures.measures.amount_total``).
TOTAL_CUES = _words("total totalnya seluruh seluruhnya keseluruhan keseluruhannya")
# Words between ``dari total`` and the whole it names (``dari total sebanyak 264 SPBU``): ``synth.figures.measures.whole_of_part``.
WHOLE_GAP = _words("sebanyak sejumlah sekitar mencapai")
# Benchmark grades of crude oil: two sentences naming different ones (Brent, WTI) price different things
# (``synth.findings.facts.comparable``).
GRADE_NAMES = _words("brent wti minas duri urals dubai oman icp")
# Each grade as a reader writes it, for the series names of the figures table (``per barel (WTI)``): the grades
# stay lower-case keys everywhere they are compared (``synth.figures.shown_series_name``).
GRADE_SHOWN = {"brent": "Brent", "wti": "WTI", "minas": "Minas", "duri": "Duri", "urals": "Urals", "dubai": "Dubai",
               "oman": "Oman", "icp": "ICP"}
# Words that name a grade in full (``light sweet``, ``West Texas Intermediate``): read as that grade.
GRADE_ALIASES = {"sweet": "wti", "texas": "wti"}
# Words that turn a clause to another thing than the grade the sentence named before (``WTI naik,
# sedangkan minyak mentah Indonesia ...``): an amount after one takes no grade from the sentence.
GRADE_BREAKS = _words("sedangkan sementara adapun namun tetapi")
# An amount's clause saying what will be done (``akan memangkas ... mulai Januari``) gives a plan, not the next
# reading of a series (``synth.figures.modes.amount_plan``) (``synth.findings.facts.later_months``).
PLAN_CUES = _words("akan bakal berencana direncanakan rencana")
# ... and so does ``mulai`` right before a month (``mulai Januari``; ``amount_plan``).
PLAN_START_WORDS = _words("mulai")
# ... and so does one of these right after an amount's words (``90 juta kendaraan bermotor bakal rampung``, ``puluhan
# WNI itu akan dideportasi``: the amount the plan's subject; ``amount_plan``).
PLAN_AFTER_CUES = _words("akan bakal")
# ``akan`` right after one of these is a preposition ("of", "in"), not the future: ``negara yang kaya akan budaya
# dengan 1.340 etnis`` states a fact, no plan.
AKAN_PREPOSITION_AFTER = _words("kaya sadar yakin lupa paham peduli haus rindu ingat percaya khawatir takut butuh")

# A local place right after one of these (with SCENE_GAP words between) is where a counted thing is (``di Desa
# Sukamaju``, ``di wilayah Kecamatan Ciawi``): two counts told of two such places are two facts
# (``synth.figures.places.amount_scene``).
SCENE_BEFORE = _words("di")
SCENE_GAP = _words("wilayah kawasan daerah sekitar")
# A place right after one of these continues a list of places whose first follows ``di`` (``di Puskesmas A tersisa 2
# orang dan Puskesmas B 1 orang``): each count of the list takes its own place (``synth.figures.places.paired_place``).
PLACE_LIST_WORDS = function_words.AND_WORDS

# A month or day named right after one of these starts a count or a move (``sejak Agustus``, ``mulai Oktober``,
# ``naik dari Oktober``): not the time a figure holds for (``synth.figures.dates.sentence_dates``).
AS_OF_START_CUES = calendar.PAST_CUES | _words("mulai dari")
# ... also a few words on (``sejak gencatan senjata berlaku pada 10 Oktober``), unless a word of an end comes between
# (``Dari Januari hingga September``: September closes the span, the time a tally holds for); a date right before
# such a word opens a span (``sepanjang November 2024 hingga September 2025``).
AS_OF_START_GAP = 6
AS_OF_END_CUES = _words("hingga sampai sd")
# Between two amounts of a sentence, a word that moves on to another time or compares with one (``pada 2014 ... 300
# ribu pasien, lalu melonjak menjadi 2,1 juta``, ``kini``, ``dibanding``): a date before the first is not the
# second's (``synth.figures.dates.dated_elsewhere``). Not a word of contrast (``sementara``, ``sedangkan``): ``Sepanjang
# 2024, produksi minyak 650.000 barel, sementara produksi gas 1.100 MBOEPD`` dates both.
AS_OF_MOVES_ON = _words("menjadi jadi kini sekarang kemudian lalu dibanding dibandingkan ketimbang daripada")
# The only words between an amount and a date right after it that leave the date the amount's own (``pada 2023``,
# ``di tahun 2025``; ``synth.figures.dates.stated_as_of``): not ``dan``, which opens the next item of a list.
STATED_LINK_WORDS = _words("pada di per untuk selama sepanjang hingga sampai akhir awal tahun periode")

# The figures table (``synth.figures.build_figures``) -------------------------------------------------------
# Words of a forecast in an amount's clause before it (``memprediksi harga turun ke 40 dollar``, ``stok mungkin
# naik menjadi ...``): what someone expects, not a value of the series. Not ``diperkirakan``: news uses it for
# estimates of what already happened (``diperkirakan sudah mengirim sekitar 7.000 kontainer``).
FORECAST_CUES = PREDICTION_WORDS | _words("diprediksi memprediksikan meramalkan diramalkan")
# A guess (``saya menduga harga ... bisa stabil di 70-an dollar``) is a forecast only with a word of what may come
# after it, as an estimate is (``synth.figures.modes.amount_forecast``): ``penyidik menduga kerugian mencapai Rp 1,2
# triliun`` estimates a past loss.
GUESS_CUES = _words("menduga")
# Words of what may come, after a guess: PLAN_CUES and these (``saya menduga harga bisa stabil di 75 dollar``); after
# an estimate only PLAN_CUES (``diperkirakan bisa mencapai Rp 1 triliun`` estimates a loss as often as it foresees
# one; ``memperkirakan gudang itu bisa menampung 2.500 ton`` is a capacity). Not with a word of the past before the
# amount (MAY_COME_PAST: ``kerugian akibat gempa kemarin bisa mencapai``), and ``dapat`` only before a verb
# (``menduga tersangka dapat keuntungan Rp 3 miliar``: "got"; ``synth.figures.modes.amount_forecast``).
MAY_COME = _words("bisa dapat berpotensi")
MAY_COME_PAST = _words("lalu kemarin sejak silam")
# Base verbs after ``dapat`` read as "may" (other verbs carry a VERB_PREFIXES prefix).
MAY_COME_BASE_VERBS = _words("naik turun stabil tembus capai bertahan")
# A cause that may carry a price somewhere (``pasokan berlimpah bisa mendorong harga ke 45 dollar``): a
# word of MAY_COME right before one of these verbs, and ``harga`` or a grade name between the verb and the amount,
# makes a forecast of the amount (``dapat menekan subsidi energi hingga Rp 300 triliun`` prices nothing).
PUSH_VERBS = _words("membawa mendorong menekan menyeret mengangkat")
# What a cause may push (``harga``, a grade name) between the verb and the amount.
PUSHED_PRICE_WORDS = GRADE_NAMES | {"harga"}
# A forecast word right after one of these is negated (``tidak mungkin 12 juta warga ditanggung sendiri``: "it is
# impossible that"), no forecast.
FORECAST_NEGATIONS = _words("tidak tak bukan tiada")
# A basis-point amount with no noun of its own (``menaikkan suku bunganya 650 bps``) moves the interest rate its
# clause names before it: ``suku`` then one of RATE_BP_HEADS. It joins that rate's series (RATE_BP_NAME, the noun the
# extractor gives ``650 basis poin suku bunga``), not a bare ``bp`` one (``synth.figures.prices.rate_points``). A yield
# or a spread in basis points (``imbal hasil``, ``spread``) names no interest rate and keeps its own key.
RATE_BP_FIRST = "suku"
RATE_BP_HEADS = _words("bunga bunganya")
RATE_BP_NAME = "suku bunga"
RATE_BP_UNIT = "bp"
# The one name a table series takes for a value still to come, whether the sentence aims at it (``target``,
# ``sasaran``, ``agar``: ``Point.mode``) or plans it (``akan``, ``rencana``: ``Point.plan``): ``mendorong agar rupiah
# kembali ke Rp 16.300`` and ``kami akan berusaha kembali ke Rp 16.300`` are one aim, not two series. ``target`` is
# the word news uses most for it (forecasts stay out of the table: ``synth.figures.table.in_table``).
AIM_QUALIFIER = "target"
# Words before an amount in its clause that say it is another measure of the same unit: a cost (``biaya produksi
# 10-20 dollar per barel`` among prices), an average (``harga rata-rata ... 95-100 dollar``) or a requirement
# (``syaratnya ... minimal 150 kendaraan`` among the vehicles fitted). The table keeps
# such amounts in a series of their own (``per barel (biaya)``), as it does targets and plans (``target``:
# ``synth.figures.modes.amount_plan``) and named grades.
SERIES_QUALIFIERS: dict[str, str] = {
    **dict.fromkeys(_words("biaya ongkos"), "biaya"),
    **dict.fromkeys(_words("rata"), "rata-rata"),
    # a requirement (``Syaratnya, terkumpul minimal 150 unit kendaraan``) is a threshold, no count of what was done
    **dict.fromkeys(_words("syarat syaratnya persyaratan"), "syarat"),
}
# A trial anywhere in an amount's clause (``sistem itu tengah diuji coba di 5 SPBU``, ``5 SPBU yang tengah
# diujicobakan``): the places or things on trial are no count of those in service, so the table keeps them in a series
# of their own (``stasiun (uji coba)``, ``synth.figures.table.on_trial``). The one-word forms, and the heads written
# before ``coba`` as a word of its own.
TRIAL_WORDS = _words("ujicoba diujicoba diujicobakan diujicobakannya")
TRIAL_HEADS = _words("uji diuji")
TRIAL_QUALIFIER = "uji coba"
# Of those, the ones that name a money amount no money noun names (``dikenakan biaya US$ 15``, ``total biaya acara itu
# Rp 2 miliar``): the table is headed by the cost, not by the currency with the cost as its qualifier (``biaya``, not
# ``IDR (biaya)``: ``synth.figures.table.table_series``).
MONEY_QUALIFIER_HEADS = frozenset({"biaya"})
# Counted nouns that are no measure of anything: ``dua kali`` (a frequency word), ``tiga jenis``, ``banyak hal``,
# ``tutup mulut seribu bahasa`` (an idiom), ``cukup`` and ``target`` read as nouns. Their series say nothing and stay
# out of the table (findings still compare them: ``tiga kali`` vs ``empat kali`` tusukan is a real conflict).
# Counters that say how a thing is counted, not what (``150 unit kendaraan``, ``lima buah rumah``): such a count takes
# the counted noun right after it (``synth.figures.counts.counter_noun``), so it meets another report's ``40.000
# kendaraan``.
GENERIC_COUNTERS = _words("unit buah biji")
# Words right after a generic counter that start no noun (``3 juta unit untuk gudang``): the count names
# nothing it counts, like a counter ending its clause (``baru 2.500 unit.``). Such a bare count is compared with no
# other count (``synth.figures.counts.bare_counter``): ``2 juta unit`` in stock and ``135.000 unit`` fitted look alike.
BARE_COUNTER_NEXT = _words("untuk yang di ke dari dan atau pada dengan per sudah telah baru lagi itu ini tersebut")
# Words that may stand between a counted noun and the number of its generic counter (``kendaraan baru 2.500 unit``,
# ``rumah sebanyak 20 unit``): ``synth.figures.counts.noun_before``.
COUNTER_NOUN_GAP = _words("baru sebanyak sekitar mencapai hanya sudah telah kini total")
# ``dua kondisi``, ``tiga strategi``, ``tujuh tema``, ``lima prinsip`` are the parts of an explainer, ``satu lembar
# surat`` a page of a document in a list of evidence: a count of them tracks nothing over time.
NON_MEASURE_NOUNS = _words("kali jenis hal program bahasa cukup cara target macam sisi kondisi strategi tema prinsip "
                           "lembar "
                           # the steps and parts of a plan (``tiga tahap``, ``tujuh kategori``, ``dua tujuan``)
                           "tahap tahapan kategori tujuan transisi")
# The points, options and reasons an article enumerates (``dua opsi``, ``tiga alasan``, ``satu masalah besar``,
# ``lima metode``): at most ENUMERATION_MAX of them is the structure of its argument, no quantity of the story
# (``synth.figures``). A larger count of the same nouns can be data (``2 juta usulan``, ``1.200 pesan``), so they are
# not NON_MEASURE_NOUNS.
ENUMERATED_PARTS = _words(
    "masalah opsi pilihan faktor alasan langkah aspek isu skenario kemungkinan syarat metode mekanisme parameter "
    "format fakta tanda krisis transformasi inisiatif kesalahan kesediaan perbedaan pertanyaan catatan pesan pilar "
    "prioritas kriteria indikator komponen unsur bentuk pendekatan solusi rekomendasi usulan gagasan ide kunci "
    "pelajaran manfaat kutub simpul sosok belah tarikan"
)
ENUMERATION_MAX = 12

# What a count is a count of, named right after its noun (``synth.figures.counts.count_subject``): ``4,5 juta anak
# mengalami karies``, ``248 ribu anak penderita anemia``, ``20 juta peserta terdiagnosis hipertensi``, ``90 peserta dengan
# diabetes``, ``tiga WNI yang diduga menganiaya rekannya``. Counts of one noun with different such subjects are counts
# of different groups (the anaemic children are not the children with caries): the table keeps them in series of
# their own and the findings do not compare them. Cue -> the label the series is named by.
SUBJECT_CUES: dict[str, str] = {
    **dict.fromkeys(_words("penderita pengidap menderita mengidap"), "penderita"),
    **dict.fromkeys(_words("terdiagnosis didiagnosis"), "terdiagnosis"),
    **dict.fromkeys(_words("terjangkit terinfeksi positif"), "terinfeksi"),
    "mengalami": "mengalami",
    "dengan": "dengan",
}
# Cues that name the group alone, with no condition word after them (``tiga WNI yang diduga menganiaya``: suspects),
# when a verb of a deed follows (``VERB_PREFIXES``; not ``4 orang diduga petugas``: people taken for officers, nor
# ``diduga menjadi``/``merupakan``, in SUBJECT_STOP).
SUBJECT_ALONE = _words("diduga terduga")
# Words that may stand between the counted noun and the cue (``peserta JKN terdiagnosis``: an acronym is allowed too;
# ``anak yang terdeteksi mengalami``, ``peserta merupakan penderita``); at most SUBJECT_GAP_MAX words. ``dengan`` must
# follow the noun right away (``rumah warga dengan ...`` is too loose).
SUBJECT_GAP = _words("yang itu ini telah sudah dilaporkan terdeteksi tercatat merupakan adalah juga kini masih baru")
SUBJECT_GAP_MAX = 3
# Words after a cue that are no condition of a group: ``dengan total kerugian``, ``dengan jumlah``; and words skipped
# before the condition (``penderita penyakit jantung`` -> ``jantung``).
SUBJECT_STOP = _words("total jumlah nilai rincian kerugian rata usia kondisi status luas harga kapasitas "
                      "sebanyak sekitar lebih kurang hampir menjadi merupakan sebagai")
SUBJECT_SKIP = _words("penyakit")
# ``dengan`` names a group only after a noun of people (``75 peserta dengan diabetes``); after other nouns it gives a
# property or a manner (``penonton dengan pangsa``, ``gazebo dengan tema``, ``penumpang dengan kecepatan``: read on
# detik-dev and dropped).
# A count's group named by the body its people belong to (``synth.figures.counts.count_subject``): ``4 juta peserta
# telah tergabung dalam Prolanis`` counts the programme's members, not all the insurance's participants the storyline
# counts beside them. A cue, one of MEMBER_PREPS, then the body's name (capitalised words, at most MEMBER_NAME_MAX).
MEMBER_CUES = _words("tergabung bergabung terdaftar")
MEMBER_PREPS = _words("dalam di ke")
MEMBER_NAME_MAX = 3
SUBJECT_DENGAN_NOUNS = INCREMENT_NEW_NOUNS | _words("peserta anak balita bayi lansia pekerja siswa pelajar penduduk")

# What a count of people or a money amount is a count or an amount of, as the act or role its clause names
# (``synth.figures.counts.amount_role``): ``24 warga luka`` are the injured, not the ``ribuan warga`` who marched;
# ``sudah aktivasi ... 2,6 juta wajib pajak`` are the accounts activated, not the ``13 juta WP`` whose returns came
# in (``pelaporan``); ``menyita uang Rp 100 miliar`` is money seized, not a loss (``merugikan negara``), what was
# recovered (``memulihkan``) or a budget spent (``serapan``). Values of different such roles are different facts:
# the table keeps them in series of their own (``warga (luka)``) and the findings compare none of them with another
# role's. Word -> the label the series is named by. Not ``melaporkan``/``dilaporkan`` (they attribute: ``BNPB
# melaporkan 5 orang tewas``), nor a bare ``korban`` (the injured and the dead are both victims), nor ``terdaftar``
# (``menargetkan 5 juta siswa yang telah terdaftar``: who is counted, not a role apart).
ROLE_CUES: dict[str, str] = {
    **dict.fromkeys(_words("luka terluka cedera"), "luka"),
    **dict.fromkeys(_words("tewas meninggal wafat terbunuh"), "tewas"),
    **dict.fromkeys(_words("hilang"), "hilang"),
    **dict.fromkeys(_words("mengungsi pengungsi"), "mengungsi"),
    **dict.fromkeys(_words("ditangkap diamankan ditahan"), "ditangkap"),
    **dict.fromkeys(_words("aktivasi mengaktivasi mengaktifkan"), "aktivasi"),
    **dict.fromkeys(_words("lapor melapor pelaporan"), "lapor"),
}
# The roles of money (``synth.figures.money_measure`` files a money amount of no noun under them, as under a money
# noun: ``merugikan negara Rp 1 triliun`` is a ``kerugian``): word -> label.
# Words that go before an amount's money noun inside a capitalised name without making it a name (``Total Anggaran Rp
# 99 miliar``: ``synth.figures.money.in_name``).
NAME_LEAD_WORDS = _words("total jumlah nilai realisasi sisa tambahan")
MONEY_ROLES: dict[str, str] = {
    **dict.fromkeys(_words("menyita disita sitaan penyitaan"), "sitaan"),
    **dict.fromkeys(_words("merugikan dirugikan"), "kerugian"),
    **dict.fromkeys(_words("memulihkan dipulihkan pemulihan"), "pemulihan"),
    **dict.fromkeys(_words("serapan menyerap terserap"), "serapan"),
}
# Acts of money that name an amount of no noun as the roles do (``synth.figures.money_measure``), but make no role of
# a rate or an amount with a noun (``menyalurkan BLT Rp 300 ribu per bulan`` is the aid's rate): word -> label.
MONEY_ACTS: dict[str, str] = {
    # a loss told by its verb (``korban merugi hingga Rp 250 juta``, ``tekor``: slang for it)
    **dict.fromkeys(_words("merugi tekor"), "kerugian"),
    # what a defendant made himself or others richer by (``memperkaya diri sebesar Rp 3 miliar``): a charge's sum
    **dict.fromkeys(_words("memperkaya diperkaya"), "memperkaya"),
    **dict.fromkeys(_words("berutang berhutang"), "utang"),
    **dict.fromkeys(_words("menghemat dihemat penghematan"), "penghematan"),
    # money spent (``caleg itu menghabiskan Rp 3 miliar untuk kampanye``). Not ``mengeluarkan``: news writes it of a
    # payer's costs (``BPJS mengeluarkan Rp 35 triliun untuk ...``) that other reports give as ``pembiayaan``, and a
    # name apart would keep the two from being compared.
    **dict.fromkeys(_words("menghabiskan dihabiskan pengeluaran"), "pengeluaran"),
    # money paid out or handed over (``menyalurkan Rp 2 miliar``, ``menyerahkan uang Rp 500 juta kepada ...``)
    **dict.fromkeys(_words("menyalurkan disalurkan penyaluran mengucurkan dikucurkan pengucuran"), "penyaluran"),
    **dict.fromkeys(_words("menyerahkan diserahkan penyerahan"), "penyerahan"),
    **dict.fromkeys(_words("membayar dibayar membayarkan dibayarkan pembayaran"), "pembayaran"),
    # money paid in (``peserta kelas 2 menyetorkan Rp 100.000 tiap bulan``) and money billed or to be collected
    # (``kantor pajak itu ditarget menagih Rp 176 miliar``)
    **dict.fromkeys(_words("menyetor menyetorkan disetor disetorkan penyetoran"), "setoran"),
    **dict.fromkeys(_words("menagih ditagih menagihkan ditagihkan penagihan"), "tagihan"),
    # money collected or raised (``DJP berhasil mengumpulkan Rp 7 triliun``, ``menghimpun Rp 2 triliun dari investor``)
    **dict.fromkeys(_words("mengumpulkan dikumpulkan menghimpun dihimpun penghimpunan"), "penghimpunan"),
    # a verb of having made of a money noun names the amount as that noun (``ia berpenghasilan Rp 9 juta``, ``usaha yang
    # beromzet Rp 40 juta``): one series with ``penghasilan Rp ...``, ``omzet Rp ...``
    "berpenghasilan": "penghasilan", "berpendapatan": "pendapatan", "bergaji": "gaji", "berupah": "upah",
    "bermodal": "modal", "beromzet": "omzet", "berlaba": "laba",
}
# Money nouns of two words, named by both (``synth.figures.money.money_phrase``): the sum a convict must repay (``uang
# pengganti``), money handed out to buy votes (``politik uang``), a down payment (``uang muka``), a budget's room to
# spend (``ruang fiskal``), an oil contractor's costs repaid (``cost recovery``), a fee agreed for a favour
# (``komitmen fee``), compensation (``ganti rugi``: not a ``rugi``, a loss).
MONEY_PHRASE_NOUNS: dict[tuple[str, str], str] = {
    ("uang", "pengganti"): "uang pengganti", ("politik", "uang"): "politik uang", ("uang", "muka"): "uang muka",
    ("uang", "saku"): "uang saku", ("ruang", "fiskal"): "ruang fiskal", ("cost", "recovery"): "cost recovery",
    ("komitmen", "fee"): "fee", ("commitment", "fee"): "fee", ("ganti", "rugi"): "ganti rugi",
}

# A count in a list names its item in the words right after its noun (``300 botol anggur merah, 25 botol ...``), up to a
# comma or one of these, at most ITEM_MAX_WORDS words (``synth.figures.counts.breakdown_item``).
ITEM_BREAKS = _words("dan serta atau yang untuk dari di ke pada dengan")
ITEM_MAX_WORDS = 4
# Two such lists of one article give one item two counts only when both break down a whole (a word of composition)
# described alike (at least WHOLE_SHARED_WORDS words of 4+ letters before it in common): ``barang sitaan yang
# dihancurkan ... terdiri atas``, twice (``synth.findings.self_contradictions.same_whole``).
BREAKDOWN_CUES = _words("terdiri meliputi mencakup rincian rinciannya")
WHOLE_SHARED_WORDS = 2

# What a money amount is an amount of: the noun before it in its clause (``pendapatan ... 190 dollar AS``, ``defisit
# anggaran tahun ini 40 miliar dollar AS``, ``cadangan devisa ... 90 miliar dollar AS``). A money amount with no
# noun of its own is filed under the first noun of the last run of these (``defisit anggaran`` -> ``defisit``), so
# that a state's revenue, a country's reserves and an oil price are not one ``USD`` series (``synth.figures.money_measure``;
# the findings compare no two amounts whose nouns differ).
# Not ``nilai`` or ``kurs`` (``nilai tukar ... Rp 16.262`` and ``dolar AS ... Rp 16.216`` are one exchange rate), not
# ``biaya``/``ongkos`` (a series qualifier already). Not ``bantuan`` or ``aset`` either: one report's total aid and one
# recipient's aid would share a series, and ``aset`` stands in names (``Lembaga Manajemen Aset Negara``).
# Regional money written as its abbreviation is a money noun as ``pnbp`` is: a region's own revenue (``PAD``), its
# share of state revenue (``DBH``, Dana Bagi Hasil) and its general and special grants (``DAU``, ``DAK``).
MONEY_MEASURES = _words("""
pendapatan penerimaan cadangan defisit surplus anggaran belanja utang pinjaman kerugian laba keuntungan rugi
harga subsidi investasi dana modal gaji upah pajak pagu omzet denda tarif hibah tunjangan pembiayaan
bunga tunggakan efisiensi santunan tebusan hadiah kekayaan suap gratifikasi pnbp saldo ekuitas mahar penghasilan
kewajiban setoran tagihan
pad dbh dau dak
""")
# Words of a budget read as one money noun (``synth.figures.money_measure``): ``pagu Rp 71 triliun``, ``alokasi ...
# Rp 71 triliun``, ``dialokasikan Rp 71 triliun`` and ``anggaran Rp 75 triliun`` are amounts of one budget, so they
# share a series and are compared when the rest of their clauses match.
# The verbs among them name the budget only as the money word nearest the amount: before a money noun they take it as
# their object (``menganggarkan bunga utang Rp 420 triliun`` is interest, ``synth.figures.money_measure``).
MONEY_SYNONYM_VERBS = _words("dialokasikan mengalokasikan dianggarkan menganggarkan")
# Acts of money (MONEY_ACTS) that likewise name the amount only when no money noun stands between: ``menyerahkan
# santunan Rp 42 juta`` is a ``santunan``, ``mengeluarkan dana Rp 5 miliar`` a ``dana``
# (``synth.figures.money.money_head``).
MONEY_ACT_VERBS = _words("""
memperkaya diperkaya berutang berhutang menghemat dihemat menghabiskan dihabiskan menyalurkan
disalurkan mengucurkan dikucurkan menyerahkan diserahkan merugi tekor membayar dibayar membayarkan dibayarkan
menyetor menyetorkan disetor disetorkan menagih ditagih menagihkan ditagihkan mengumpulkan dikumpulkan menghimpun
dihimpun berpenghasilan berpendapatan bergaji berupah bermodal beromzet berlaba
""")
# Neither they nor the nouns of the acts head a run of money nouns (``synth.figures.money.money_head``): ``pembayaran
# bunga utang Rp 500 triliun`` is the interest, ``penghematan anggaran`` names the budget.
MONEY_WALK_STOPS = MONEY_SYNONYM_VERBS | frozenset(MONEY_ACTS)
# Words of one pool of money: one article's amount under two of them (``dana Rp 800 miliar``, ``anggaran ... Rp 800
# miliar``) is one figure told twice, shown in one series (``synth.figures.table.best_series_only``).
FUND_WORDS = _words("dana anggaran")
MONEY_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(_words("pagu alokasi") | MONEY_SYNONYM_VERBS, "anggaran"),
    # ``menjual motor itu seharga Rp 5 juta``: the price of what was sold or bought
    "seharga": "harga",
    # a debt spelled as often with an h (``hutang klaim Rp 12 triliun``): one noun, one series with ``utang``
    **dict.fromkeys(_words("hutang hutangnya"), "utang"),
}
# A money noun after one of these names a time, not money (``Rp 3 miliar untuk tahun anggaran 2022``: the fiscal
# year), so it names no amount nor breaks a list of amounts (``synth.figures.money.money_head``).
MONEY_NOT_AFTER: dict[str, frozenset[str]] = {"anggaran": _words("tahun")}
# ``nilai`` names the value of the word right after it (``nilai kontrak Rp 40 miliar``, ``nilai ekspor``:
# ``synth.figures.money.value_of``), unless that word names no thing: ``nilai tukar`` is an exchange rate
# (``EXCHANGE_WORDS``), ``nilai sebesar`` or ``nilai Rp`` give the amount, ``nilai total`` a total of what follows.
VALUE_WORDS = _words("nilai nilainya")
VALUE_NOT_THINGS = _words("""
tukar kurs sebesar senilai sekitar mencapai hingga sampai total keseluruhan rp idr usd us dolar dollar rupiah
tertinggi terendah rata rerata awal akhir baru lama nominal riil
""")
# A word before a money noun that makes it another measure (``realisasi anggaran Rp 2,1 triliun dari pagu Rp 2,4
# triliun``: what was spent of the budget, the ``serapan`` of MONEY_ROLES, not the budget): (word, noun) -> measure.
# Not ``realisasi belanja``: news gives spending to date as ``belanja negara mencapai ...`` as often, one series.
MONEY_PHRASES: dict[tuple[str, str], str] = {("realisasi", "anggaran"): "serapan", ("realisasi", "pagu"): "serapan"}
# Money nouns named with the word after them (``cadangan devisa``: foreign-exchange reserves).
MONEY_COMPOUNDS = _words("devisa")
# Money nouns of a part of another money noun, named with it (``bunga utang``: the interest, not the debt;
# ``tunggakan pajak``: the arrears, not the tax take; ``efisiensi anggaran``: the cut, not the budget): head -> the
# words after it that make the compound. The head is a money noun (MONEY_MEASURES) of its own.
MONEY_PART_COMPOUNDS: dict[str, frozenset[str]] = {
    "bunga": _words("utang pinjaman kredit"),
    "tunggakan": _words("pajak utang iuran"),
    "efisiensi": _words("anggaran belanja"),
    # an insurer's obligations for future policy benefits (``kewajiban manfaat polis``) are one of its liabilities
    "kewajiban": _words("manfaat"),
}
# How far (in words) before a money amount its noun may stand.
MONEY_MEASURE_GAP = 12
# At most this many words between a percentage and the ``, yaitu`` before a money amount restating it
# (``synth.figures.money.restated_share``).
RESTATED_SHARE_GAP = 10
# A money amount after another in a list is an amount of what the first one is
# (``synth.figures.money.continues_money_list``: ``dana sejumlah Rp 4 miliar kepada A, sejumlah Rp 500 juta kepada B``)
# when only the next item's words stand between: a comma, ``;`` or one of MONEY_LIST_JOINS, at most MONEY_LIST_GAP
# words, no verb and none of MONEY_LIST_BREAKS (a clause of its own: ``sedangkan``, a change ``menjadi``, a source
# ``dari``). Words that look like verbs by their prefix but name people or offices (``direktur``, ``tersangka``) are in
# MONEY_LIST_NOT_VERBS.
MONEY_LIST_JOINS = function_words.AND_WORDS
# The word of an amount both amounts of such a list follow (``... sebesar Rp 50 miliar dan B sebesar Rp 40 miliar``),
# or a word that heads a list of amounts at most MONEY_LIST_HEAD_GAP words before its first (``masing-masing``). A list
# whose items are named right before their amounts (``penerimaan negara Rp 1 triliun, layanan Rp 2 triliun``) names
# each amount by its own words, not by the first item's.
MONEY_LINK_WORDS = _words("sebesar sejumlah senilai sebanyak")
MONEY_LIST_HEADS = _words("masing")
# Or both amounts are followed by the same one of these (``Rp 20 juta untuk satu kepala desa dan Rp 50 juta untuk
# satu camat``): items of one list told in parallel.
MONEY_PARALLEL_WORDS = _words("untuk bagi kepada")
MONEY_LIST_HEAD_GAP = 3
MONEY_LIST_GAP = 20
MONEY_LIST_BREAKS = _words("""
sedangkan sementara namun tetapi tapi padahal karena sehingga meski meskipun adapun menjadi jadi dari hingga sampai
atau setara per tiap setiap masing total jumlah yaitu yakni ialah adalah ditambah dikurangi
""")
# (``synth.figures.clauses.verb_word`` reads them for every test of a verb near a money amount.)
MONEY_LIST_NOT_VERBS = _words("direktur direksi direktorat tersangka terdakwa terpidana dinas menteri berkas")
# What a money amount of no money noun is for names its table when its sentence says so right after it (``Rp 40 miliar
# untuk pembangunan gedung``: ``synth.figures.money.amount_purpose``): PURPOSE_WORDS (a word of purpose, above), then at
# most PURPOSE_MAX_WORDS words. A first word of these tells who gets the money or when, not what it is for (``untuk satu
# pemilih``, ``untuk tahun anggaran 2024``, ``untuk tenor 10 tahun``).
PURPOSE_MAX_WORDS = 3
PURPOSE_NOT_FIRST = _words("""
satu setiap tiap per masing seorang sebuah tahun bulan minggu pekan hari periode masa fase tahap tenor kuartal semester
triwulan caleg calon pemilih masyarakat rakyat penduduk keluarga warga korban penerima pegawai guru petani nelayan orang
jiwa
""") | SUBJECT_DENGAN_NOUNS
# Money nouns too loose to key an amount for the findings, that still tell a reader what it is (``menerima bantuan
# sebesar Rp 600 ribu``, ``pemberian bansos sampai Rp 100 triliun``): the table names the amount so when no money noun,
# act, list or purpose names it (``synth.figures.money.loose_money``), and splits such a table by fact as it splits a
# bare ``IDR`` one (one report's total aid and one family's aid are no series): word -> table name. So are money itself
# (``pelaku meminta uang sebesar Rp 20 juta``), assets (``seluruh aset itu ditaksir bernilai Rp 50 miliar``; not a
# money noun: ``aset`` stands in names, which ``loose_money`` skips), wealth (``harta bergerak``) and cash (``kas dan
# setara kas sejumlah Rp 30 juta``), and a need, a funding or a bank's book (``kebutuhan``, ``pendanaan``,
# ``portofolio``): on detik-dev such amounts were tables headed ``IDR``/``USD`` only.
LOOSE_MONEY_NOUNS: dict[str, str] = {
    **dict.fromkeys(_words("bantuan bantuannya"), "bantuan"), **dict.fromkeys(_words("bansos"), "bansos"),
    **dict.fromkeys(_words("uang uangnya"), "uang"), **dict.fromkeys(_words("aset asetnya"), "aset"),
    **dict.fromkeys(_words("harta hartanya"), "harta"), "kas": "kas",
    **dict.fromkeys(_words("kebutuhan kebutuhannya"), "kebutuhan"), "pendanaan": "pendanaan",
    **dict.fromkeys(_words("portofolio portofolionya"), "portofolio"),
    # the bids a bond or share offering drew (``total orderbook mencapai USD 8 miliar``)
    "orderbook": "orderbook",
}
# A loose money noun after one of these names no sum (``mata uang``: a currency): word -> the words before it.
LOOSE_MONEY_NOT_AFTER: dict[str, frozenset[str]] = {"uang": _words("mata")}
# ``<thing> senilai Rp X`` with no money noun names the value of the thing (``1 unit mobil senilai Rp 359 juta``,
# ``proyek bernilai Rp 78,9 miliar``: ``synth.figures.money.valued_thing``), as ``nilai <thing>`` does; the thing may be
# two joined by one of MONEY_LIST_JOINS (``tanah dan bangunan``).
VALUED_LINKS = _words("senilai bernilai")
VALUED_LINK_PAIRS = frozenset({("dengan", "nilai"), ("dengan", "nilainya")})
VALUED_RUN_MAX = 4
# Counters that end the thing's run (``2 unit sepeda motor``, ``5 bidang tanah``, ``6 miliar lot saham``).
VALUED_COUNTERS = GENERIC_COUNTERS | _words("bidang lot lembar paket ekor")
# A list of money amounts each right after its year (``Tahun 2020 Rp 84 miliar, 2021 Rp 124 miliar``) with no money noun
# of its own continues the figure the sentence before names (``synth.figures.money.year_list_money``); a year may follow
# one of these.
YEAR_LIST_WORDS = _words("tahun pada")
# A percentage of no noun of its own names a share of a budget spent when one of these stands at most SHARE_GAP words
# before it in its clause (``penyerapan anggaran Kementerian A sekitar 52%``, ``anggaran yang terserap oleh Badan B
# baru 40%``: ``synth.figures.shares.share_measures``): word -> series name. A list of percentages with no such word of
# its own, right after a sentence with one (``... penyerapannya masih di bawah 50%. Badan A 16%, Kementerian B 48%``),
# continues it. Each value is the share of the organisation its list item names (an owner), so the owners' shares are
# told apart, never read as one share that moved.
SHARE_WORDS: dict[str, str] = dict.fromkeys(
    _words("serapan serapannya penyerapan penyerapannya terserap menyerap diserap"), "serapan")
SHARE_GAP = 8
# Bounds (``model.MODIFIERS``) a share's exact value may restate (``sedikit di bawah 60% di angka 55,1%``); those
# below the bound, the rest above it.
SHARE_BOUNDS = frozenset({"less_than", "up_to", "nearly", "more_than", "at_least"})
SHARE_BOUNDS_BELOW = frozenset({"less_than", "up_to", "nearly"})
# A list item of such a list ends at a comma or one of these.
SHARE_ITEM_BREAKS = _words("dan serta sedangkan sementara")
# A list's lines follow the sentence that opens it (``synth.figures.money.list_intro_money``): at most this many lines
# between a line and that sentence.
LIST_MAX_ITEMS = 15
# A sentence with a word of a breakdown (BREAKDOWN_CUES) among its first words breaks down the whole the sentence before
# names (``Jumlah tersebut terdiri dari A Rp 3 triliun, B Rp 6 triliun``, ``Rinciannya, ...``).
BREAKDOWN_OPENING = 4

# An exchange rate (``synth.figures.exchange.exchange_rate``): a money amount of no noun that is the price of another
# currency in its own, named ``kurs <currency>`` in the figures table, not by its bare unit (``IDR``), so that a reader
# tells the rupiah's daily rate from any other rupiah amount. The currencies whose rate is named, by code.
EXCHANGE_CURRENCY_NAMES: dict[str, str] = {"IDR": "rupiah"}
# Words that name the rate itself before the amount (``kurs rupiah ... Rp 15.900``, ``nilai tukar dolar AS di level
# Rp 15.930``).
EXCHANGE_WORDS = _words("kurs tukar")
# Words that make a currency named before the amount its rate (``dolar AS berada di level Rp 15.980``, ``rupiah
# ditutup menguat ke Rp 15.870``, ``mata uang Paman Sam tembus Rp 16.000-an``): a level or a market's move.
EXCHANGE_LEVEL_WORDS = _words("""
level posisi rentang kisaran ditutup dibuka melemah menguat bergerak menembus tembus bertengger menyentuh berada mencapai
diperdagangkan terdepresiasi terapresiasi
""")
# Words of a sum converted at a rate, between the rate's word and the amount: ``dirupiahkan dengan kurs hari itu
# senilai Rp 82 miliar`` is the price of a house, not a rate.
EXCHANGE_CONVERSION_WORDS = _words("senilai setara dirupiahkan dikonversi dikonversikan seharga")
# How far (in words) before the amount its rate's word or currency may stand.
EXCHANGE_GAP = 12
# Words not counted in that gap: the currency sign of another amount between (``dibuka pada level Rp 16.219``).
EXCHANGE_SKIP = _words("rp idr")
# Names of a currency beside those of ``numbers.CURRENCY_WORDS`` (``mata uang Paman Sam``, ``Rp 16.239/US$``):
# words -> code.
EXCHANGE_CURRENCY_EXTRA: dict[tuple[str, ...], str] = {("paman", "sam"): "USD", ("greenback",): "USD", ("us",): "USD"}
# How near (as a share of it) a rupiah amount of no noun and no scale word must be to a rate its article states for
# the amount to be that rate too, told with no rate word of its own (``kurs itu naik dari awal sesi,
# yaitu Rp 15.940`` after ``nilai tukar dolar AS di level Rp 15.985``; ``synth.figures.exchange.near_rate``).
# A day's rate moves well within it; another rupiah amount of a rate report (a fee, a stock's price) rarely falls in it.
EXCHANGE_NEAR_SHARE = 0.05
# A money amount that restates the one right before it in another currency (``US$ 120 juta atau Rp 1,9 triliun``,
# ``USD 2 juta (setara Rp 31,8 miliar)``, ``68,40 dollar AS—setara Rp 1,1 juta—per barel``) is a conversion, no value
# of its own (``synth.figures.exchange.converted``): between the two only these words, one of CONVERSION_MARKS or a
# bracket among them.
CONVERSION_LINK_WORDS = _words("""
atau setara dengan senilai sekitar kira kurang lebih jika kalau dirupiahkan dikonversi dikonversikan sesuai kurs saat
itu ini sama nilainya
""")
CONVERSION_MARKS = _words("atau setara senilai dirupiahkan dikonversi dikonversikan")
CONVERSION_MAX_WORDS = 8
# How the other currency of a pair is written in a series name (``kurs rupiah (per dolar AS)``); a code not here is
# written as the code.
EXCHANGE_PAIR_NAMES: dict[str, str] = {
    "USD": "dolar AS", "SGD": "dolar Singapura", "AUD": "dolar Australia", "HKD": "dolar Hong Kong",
    "EUR": "euro", "JPY": "yen", "CNY": "yuan", "MYR": "ringgit", "GBP": "pound sterling", "KRW": "won",
    "THB": "baht", "SAR": "riyal",
}

# A change the sentence states itself (``synth.findings.stated_updates.stated_changes``): a verb of change, ``dari`` and
# the old value, then one of CHANGE_TO and the new value (``kuota dipangkas dari 13 ribu menjadi 11 ribu``, ``naik dari
# 39% menjadi 43%``). The movement verbs and the verbs that change a set figure (a quota, a tariff, a rate).
CHANGE_VERBS = MOVEMENT_VERBS | _words(
    "dipangkas memangkas dikurangi mengurangi diturunkan menurunkan dinaikkan menaikkan dipotong memotong "
    "ditambah menambah direvisi merevisi diubah mengubah berubah dikoreksi mengoreksi dinaikan menaikan "
    "bergeser menyusut membengkak"
)
CHANGE_TO = MOVE_TO_WORDS
# Of CHANGE_TO, the words that state a change by themselves, with no verb of change (``jumlahnya dari 300 menjadi
# 450``); ``ke`` alone may join two places (``dari 3 gudang ke 12 kecamatan``).
CHANGE_BECOMES = _words("menjadi jadi")
# At most this many words between the word of CHANGE_TO and the new value (``menjadi sebesar Rp 90.000``); between
# the old value and the new one at most 2 * CHANGE_GAP + 1 words (``dari Rp 112.500 turun menjadi sebesar``: the
# words up to CHANGE_TO, that word and the words after it).
CHANGE_GAP = 3
# Only these words may stand between ``dari`` and the old value of a stated change (``dari sebelumnya 39%``,
# ``dari level 5.000``): BASE_GAP without ``posisi``/``titik``/``angka``, which name a rank or a point
# (``naik dari posisi 3 ke posisi 1``), no amount that changed.
CHANGE_BASE_GAP = BASE_GAP - _words("posisi titik angka")
# A value right after one of these is a rank, a place in a list or a numbered point (``posisi 1``, ``titik 8``,
# ``nomor 4``): no amount of a stated change.
RANK_WORDS = _words("posisi peringkat urutan titik nomor")
# A comma then one of these starts another clause with its own subject (``naik dari 5 persen, sedangkan pajak
# diturunkan menjadi 8 persen``): the old value of one clause is no old value of the other's.
CHANGE_CLAUSE_BREAKS = CLAUSE_BREAK_WORDS | GRADE_BREAKS
# What a percentage is of (``38 persen terhadap PDB``, ``30 persen di desa``): ``terhadap``/``di`` and a noun right
# after the value. Two values of a change with different such nouns measure two things. Not the words of a time
# (``5 persen di awal tahun`` then ``6 persen di akhir tahun`` is one measure at two times).
BASE_OF_WORDS = _words("terhadap di")
BASE_OF_TIME_WORDS = _words("awal akhir tengah pertengahan tahun bulan kuartal triwulan semester pekan minggu hari")
# A sentence that states only the new value (``kuota itu kemudian dikurangi menjadi 11 ribu``) changes the value
# of the sentence before when that one marks it as the earlier one (``awalnya ... 13 ribu``), the new sentence
# opens as its continuation or points back to it, and it names what changed with a content word of the earlier
# value's clause (``kuota``; ``synth.findings.stated_updates._continued_change``). Named for that use: the as_of carry
# of ``extract.quantities`` has its own lists (``_YEAR_CARRY_OPENERS``, ``_YEAR_POINTING_BACK``).
PRIOR_VALUE_CUES = _words("awalnya semula mulanya sebelumnya")
# Words that name one figure under another word, read as one by ``_continued_change`` (``dijatah 13 ribu`` /
# ``kuota tersebut dikurangi``: an allotment is a quota).
SAME_FIGURE_WORDS: dict[str, str] = dict.fromkeys(
    _words("kuota jatah dijatah dijatahi menjatah alokasi dialokasikan mengalokasikan"), "kuota") | dict.fromkeys(
    # what a region or a firm produces: ``menghasilkan 2.500 ton`` / ``produksinya merosot ke 700 ton``
    _words("produksi produksinya memproduksi diproduksi menghasilkan dihasilkan"), "produksi")
# A verb of change said again (``turun lagi``, ``kembali naik``): the sentence continues the change of the one
# before, as an opener would (``synth.findings.stated_updates._continued_change``).
CHANGE_AGAIN = _words("lagi kembali")
# When only the years order two values of consecutive sentences (``Pada 2022 ... 400 juta ton`` / ``turun menjadi
# 350 juta ton pada 2024``, no PRIOR_VALUE_CUES word), the new clause must measure the same thing
# (``synth.findings.stated_updates._same_thing``): no grade or variety the earlier text lacks (``beras medium`` /
# ``beras premium``: GRADE_NAMES and these), no capitalised name it lacks (another country, regency or firm), no other
# product right after a head word (``produksi padi`` / ``produksi jagung``), the same stock or flow
# (MEASURED_THINGS). Heads whose next word names the product: the measured things and these.
VARIETY_WORDS = GRADE_NAMES | _words("medium premium super khusus curah organik kemasan reguler")
PRODUCT_HEADS = frozenset(MEASURED_THINGS) | _words("harga komoditas hasil panen")
# Capitalised words of a clause that name no owner: currency and unit words (``dolar AS``, ``Rp``).
NAME_NOT_OWNER = _words("rp as us usd ri")
# Two words right before a new value that say "to the level of" as ``menjadi`` does (``turun pada angka 676 ton``,
# ``naik di level 5.000``): only after a verb of change (``synth.findings.stated_updates._to_new_value``).
NEW_LEVEL_PHRASES = frozenset({("pada", "angka"), ("di", "angka"), ("ke", "angka"), ("pada", "level"),
                               ("di", "level"), ("ke", "level")})
CHANGE_CONTINUATION_OPENERS = _words("namun tetapi tapi kemudian lalu akhirnya kini belakangan")
CHANGE_POINTING_BACK = _words("tersebut itu")
# Nouns of people counted: two counts of a stated change whose nouns are both of these count one group
# (``13 ribu peserta`` ... ``menjadi 11 ribu orang``).
PEOPLE_NOUNS = _words("orang peserta warga jiwa penduduk penerima pendaftar")
# The counters of people that name no group (``11 ribu orang``, ``2.000 jiwa``): an article that counts the same number
# of one group of PEOPLE_NOUNS (``11 ribu peserta``) counts that group with them (``synth.figures.counts.people_join``).
GENERIC_PEOPLE = _words("orang jiwa")
# Only counts of at least this size, written as a number (no ``belasan``): small counts of one article coincide by
# chance (``2 orang`` hurt, ``2 peserta`` absent), and a plural word's nominal value says no number.
PEOPLE_GROUP_MIN = 100
# A change only proposed, planned, forecast, wished or supposed (``mengusulkan menaikkan ... dari Rp 1.000 menjadi Rp 3.000``)
# is no stated change: the value has not moved.
UNREALISED_CHANGE_CUES = PLAN_CUES | CONDITIONAL_CUES | HOPE_CUES | FORECAST_CUES | _words(
    "usul usulan mengusulkan diusulkan mengajukan diajukan wacana mewacanakan diwacanakan")

# How far (characters) before a day the outlet's compilation formula (``calendar.CITING_VERBS``: ``dilansir dari ...``,
# ``dikutip ...``; glued ``dikutipdetikFinance`` too) may stand for the day to be when the text was copied. In a
# sentence of a plan year it is no time the figure holds for (``synth.figures.dates.copied_plan_days``).
COMPILATION_GAP = 40

# A condition word right before one of these verbs converts a total into another measure, it sets no
# condition: ``jika dinominalkan senilai Rp 38 miliar``, ``bila dirupiahkan``, ``jika dikonversi`` ("in rupiah
# terms"). The figure is the sentence's claim (``synth.figures.modes.statement_mode``).
CONVERSION_AFTER_CONDITION = _words("dinominalkan dirupiahkan dikonversi dikonversikan diuangkan")
# Verbs of counting up (``jika dihitung``, ``bila ditotal``) convert only when a comma or one of COUNT_UP_NEXT follows
# them directly (``jika ditotal, nilainya ...``, ``jika dihitung mencapai Rp 5 miliar``) and no COUNT_UP_BLOCKS word
# within CONVERSION_PREMISE_GAP words: ``jika dihitung hingga akhir tahun, kerugian bisa mencapai``, ``jika dihitung
# dengan kurs Rp 20.000``, ``jika dihitung tanpa subsidi``, ``jika ditotal sampai 2030`` are projections or scenarios.
COUNT_UP_AFTER_CONDITION = _words("dihitung dikalkulasi dijumlahkan ditotal")
COUNT_UP_NEXT = _words("senilai sebesar mencapai total totalnya")
COUNT_UP_BLOCKS = _words("dengan tanpa hingga sampai kurs bisa dapat berpotensi akan")
# ... unless one of these follows within CONVERSION_PREMISE_GAP words: the conversion then rests on an assumption
# (``jika dihitung dengan rata-rata tiga orang per rumah``), a premise as ``dengan asumsi`` is.
# A recount (``jika dihitung ulang``, ``dihitung kembali``) is a condition too: the figure may come out otherwise.
CONVERSION_PREMISES = _words("asumsi rata perkiraan estimasi andaikan ulang kembali")
CONVERSION_PREMISE_GAP = 4

# Counted nouns that name the same thing, mapped to one key (``synth.figures.figure_key``): ``butir``, ``selongsong``
# and ``peluru`` count the same bullets.
NOUN_SYNONYMS: dict[str, str] = {
    "butir": "peluru",
    "selongsong": "peluru",
    "peluru": "peluru",
    # the English spelling of the barrel is common in Indonesian reports: one price, one figure (``per barrel`` is
    # ``per barel`` by ``rate_name``)
    "barrel": "barel",
}

# Unit words of a flow that ``numbers.UNIT_WORDS_MAP`` reads as a barrel: ``per bph`` is no price per barrel.
RATE_NOT_UNITS = _words("bph bopd bpd")
# ... they are barrels per day: ``27.000 bph`` is ``27.000 barel per hari``, one series with it (``figure_key``).
RATE_NOT_UNITS_RATE = "per hari"
# The name a rate's unit takes in a series key (``per kilogram``, ``per kg`` and ``/kg`` are one price:
# ``synth.figures.figure_key``): the unit symbol of ``numbers.UNIT_WORDS_MAP``, or the Indonesian word readers
# expect for symbols that read badly after ``per`` (``per bbl``).
RATE_UNIT_NAMES: dict[str, str] = {
    "bbl": "barel", "t": "ton", "l": "liter", "g": "gram", "ha": "hektare", "kl": "kiloliter", "gal": "galon",
    "kcal": "kalori", "m": "meter", "mg": "miligram", "ml": "mililiter", "W": "watt", "mi": "mil", "ft": "kaki",
    "in": "inci", "kn": "knot", "nmi": "mil laut", "°": "derajat",
}

# ``per`` before an amount names its rate (``harga per sak dari Rp 112.500``, ``harga per liter Rp 10.000``:
# ``synth.figures.prices.rate_before``) within this many words, unless the word after ``per`` says when (``per
# tanggal``, ``per akhir Juni``, ``per hari ini``) or another kind of figure stands between.
RATE_BEFORE_GAP = 9
NOT_RATE_AFTER_PER = _words("tanggal akhir awal posisi periode ini itu")

# The period an amount is given for, as the rate noun (``per tahun``) or the words right after the amount say
# (``Rp 1 miliar setahun``, ``Rp 1 miliar, per bulan``, ``setiap bulan``): one article giving one amount for two
# periods contradicts itself (``synth.findings.self_contradictions.period_discrepancies``).
PERIOD_NOUNS: dict[str, str] = {"hari": "hari", "minggu": "minggu", "pekan": "minggu", "bulan": "bulan",
                                "tahun": "tahun"}
PERIOD_SINGLE: dict[str, str] = {"sehari": "hari", "seminggu": "minggu", "sepekan": "minggu", "sebulan": "bulan",
                                 "setahun": "tahun"}
PERIOD_BEFORE_NOUN = function_words.DISTRIBUTIVES
# Words that name the data source a sentence reads a value from (``mengutip data Bloomberg``, ``berdasarkan data
# Reuters``, ``melansir``): two sources one article quotes for one value at one time are compared
# (``synth.findings.self_contradictions.source_discrepancies``). ``menurut`` alone is left out: it names people as
# often, whose words are views, not readings.
DATA_SOURCE_CUES = _words("data mengutip melansir dilansir dikutip laman situs")
# Words of the two ends of a trading day: a value at the opening and one at the close are two readings, not two
# sources' versions of one.
OPENING_WORDS = _words("dibuka pembukaan pagi")
CLOSING_WORDS = _words("ditutup penutupan sore")

# What an amount of a physical unit with no noun of its own measures, as a word before it says (``synth.figures
# .amount_dimension``): ``banjir setinggi 30 sentimeter`` is a height, ``panjang genangan ... satu kilometer`` a
# length, ``tanah seluas 75 meter persegi`` an area, ``berat badan 57 kg`` a weight. A table headed ``cm (cm)``
# says nothing; ``tinggi (cm)`` and ``panjang (km)`` say which is which. Word -> the label the series is named by.
# Not ``dalam`` (also "in") nor ``jauh`` (also "far more"); a word names only an amount of a unit of its kind
# (DIMENSION_UNITS): ``sepanjang tahun ini 500 ton`` is no length.
DIMENSION_WORDS: dict[str, str] = {
    **dict.fromkeys(_words("tinggi setinggi tingginya ketinggian ketinggiannya"), "tinggi"),
    **dict.fromkeys(_words("panjang sepanjang panjangnya"), "panjang"),
    **dict.fromkeys(_words("lebar selebar lebarnya"), "lebar"),
    **dict.fromkeys(_words("tebal setebal tebalnya ketebalan"), "tebal"),
    **dict.fromkeys(_words("kedalaman sedalam kedalamannya"), "kedalaman"),
    **dict.fromkeys(_words("jarak berjarak jaraknya sejauh radius"), "jarak"),
    **dict.fromkeys(_words("diameter berdiameter"), "diameter"),
    **dict.fromkeys(_words("kaliber"), "kaliber"),
    **dict.fromkeys(_words("curah"), "curah hujan"),
    **dict.fromkeys(_words("ukuran ukurannya berukuran"), "ukuran"),
    **dict.fromkeys(_words("luas seluas luasnya luasan"), "luas"),
    **dict.fromkeys(_words("berat seberat beratnya bobot bobotnya berbobot"), "berat"),
    **dict.fromkeys(_words("volume bervolume volumenya"), "volume"),
    **dict.fromkeys(_words("kecepatan berkecepatan kecepatannya"), "kecepatan"),
    **dict.fromkeys(_words("suhu bersuhu temperatur"), "suhu"),
    # what a machine or a plant can hold or deliver (``pembangkit berkapasitas 100 MW``, ``mesin 250 cc``, ``tenaga
    # 15 kW``), what a mixture holds of a substance (``kandungan sulfur 50 ppm``, ``konsentrasi CO2 420 ppm``), an
    # emission, a reserve of oil and gas counted in barrels of oil equivalent (``cadangan migas 40 MMBOE``)
    **dict.fromkeys(_words("kapasitas berkapasitas kapasitasnya"), "kapasitas"),
    **dict.fromkeys(_words("daya berdaya dayanya"), "daya"),
    **dict.fromkeys(_words("tenaga bertenaga tenaganya"), "tenaga"),
    **dict.fromkeys(_words("mesin bermesin mesinnya"), "mesin"),
    **dict.fromkeys(_words("kandungan kandungannya"), "kandungan"),
    **dict.fromkeys(_words("konsentrasi konsentrasinya"), "konsentrasi"),
    **dict.fromkeys(_words("kadar kadarnya"), "kadar"),
    **dict.fromkeys(_words("emisi emisinya"), "emisi"),
    **dict.fromkeys(_words("cadangan cadangannya"), "cadangan"),
}
# A count right after a word of capacity (``mobil mini berkapasitas 2 orang``, ``stadion dengan kapasitas 40.000
# penonton``; at most CAPACITY_GAP words between) is how many it can hold, no count of those there: its table series
# is ``orang (kapasitas)`` (``synth.figures.table.series_qualifiers``). Only right before it: ``gedung berkapasitas
# 500 orang itu dihadiri 700 orang`` counts 700 who came.
CAPACITY_WORDS = frozenset(w for w, d in DIMENSION_WORDS.items() if d == "kapasitas") | _words("tampung")
CAPACITY_GAP = 2
CAPACITY_QUALIFIER = "kapasitas"
_POWER_UNITS = frozenset({"W", "kW", "MW", "GW"})
_SHARE_UNITS = frozenset({"ppm", "mg", "µg", "g"})
_LENGTH_UNITS = frozenset({"mm", "cm", "m", "km", "µm", "nm", "in", "ft", "mi", "nmi"})
# The units each label of DIMENSION_WORDS measures in (``ukuran``: a length or an area).
DIMENSION_UNITS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("tinggi", "panjang", "lebar", "tebal", "kedalaman", "jarak", "diameter", "kaliber",
                     "curah hujan"), _LENGTH_UNITS),
    "ukuran": _LENGTH_UNITS | {"m2", "km2", "ha"},
    "luas": frozenset({"m2", "km2", "ha"}),
    "berat": frozenset({"kg", "g", "mg", "t"}),
    "volume": frozenset({"m3", "l", "ml", "kl", "gal", "ft3"}),
    "kecepatan": frozenset({"km/h", "kn"}),
    "suhu": frozenset({"°C", "°"}),
    "kapasitas": _POWER_UNITS | {"cc", "l", "kl", "m3", "t", "kWh"},
    "daya": _POWER_UNITS | {"kWh"},
    "tenaga": _POWER_UNITS,
    "mesin": frozenset({"cc"}),
    "kandungan": _SHARE_UNITS,
    "konsentrasi": _SHARE_UNITS,
    "kadar": _SHARE_UNITS,
    "emisi": frozenset({"t"}),
    "cadangan": frozenset({"boe"}),
}
# A label that names another thing in some unit (``synth.figures.measures.amount_dimension``): the capacity of an engine
# in cc (``mesin berkapasitas 640 cc``) is the engine's size, as ``mesin 250 cc`` says; one series, not two.
DIMENSION_RELABEL: dict[tuple[str, str], str] = {("kapasitas", "cc"): "mesin"}
# A millimetre amount right after a word of a gun or its ammunition (``peluru artileri 152 milimeter``, ``meriam 155
# mm``, ``roket 122 mm``) is its calibre, as ``kaliber 152 milimeter`` says outright: the same shells are one series
# whether or not the writer puts ``kaliber`` before the size. At most CALIBRE_GAP words between.
CALIBRE_NOUNS = _words(
    "peluru amunisi selongsong artileri meriam howitzer mortir senapan senjata roket rudal granat proyektil"
)
CALIBRE_UNITS = frozenset({"mm"})
CALIBRE_GAP = 1
# At most this many words (not counting the words of other amounts: ``berat badan 60 kg (210 kalori), 75 kg``)
# between the dimension word and the amount.
DIMENSION_GAP = 5
# A length right before ``dari`` is a distance (``sekitar 290 kilometer dari perbatasan``).
DISTANCE_AFTER = _words("dari")

# A recalled figure (``synth.recalls.recalled_party``): the sentence gives the amount as what another party stated
# at an earlier time (``Pekan lalu, Gedung Putih menyatakan ...``, ``angka ... yang diumumkan Kemenkes pekan lalu``,
# ``Sebelumnya, polisi menyebut ...``). It supports that party's first statement; it is no second report.
# Earlier-time cues: ``<unit> lalu`` (``pekan lalu``, ``dua hari lalu``, ``beberapa waktu lalu``), ``<word> itu``
# (``kala itu``, ``saat itu``), and ``sebelumnya``; ``sempat``/``pernah`` right before the verb (``X sempat
# menyebut``). ``kemarin`` is left out: a day-after report of a statement is the report of it, not a recall; so is
# ``tahun lalu``: ``Tahun lalu, BPS mencatat 5 juta ton`` gives last year's value, a reading of its own year.
RECALL_AGO_UNITS = _words("hari pekan minggu bulan waktu")
RECALL_AGO = _words("lalu silam")
RECALL_THAT_WORDS = _words("kala saat ketika waktu")
RECALL_EARLIER_WORDS = _words("sebelumnya")
RECALL_EARLIER_AUX = _words("sempat pernah sebelumnya")
# Verbs of stating, active (``X menyatakan``, before the amount) and passive (``yang diumumkan X``, ``seperti
# dilaporkan X``, naming the party after them).
RECALL_STATE_VERBS = _words(
    "menyatakan menyebut menyebutkan mengatakan mengumumkan melaporkan menuduh memperkirakan mengklaim mencatat "
    "menaksir mengungkapkan menyampaikan merilis memaparkan menegaskan mengungkap memprediksi menjelaskan menerangkan"
)
RECALL_PASSIVE_VERBS = _words(
    "diumumkan disampaikan disebut disebutkan dilaporkan dirilis dicatat diklaim diperkirakan dinyatakan "
    "diungkapkan diberitakan ditaksir diungkap"
)
# Words between a party and its verb (``Gedung Putih telah menyatakan``) or after ``yang``/``oleh``.
RECALL_AUX = _words("telah sudah juga pun pula oleh resmi")
# What is no named party: pronouns and bare demonstratives (``Pekan lalu, ia menyebut ...`` names nobody).
RECALL_NOT_PARTIES = _words("ia dia beliau mereka kami kita saya aku pihaknya dirinya itu ini tersebut yang")
# A party's name ends at these words (``yang diumumkan Gedung Putih di Washington``).
RECALL_PARTY_STOPS = _words(
    "di pada dalam untuk ke dari dan atau bahwa yang dengan kepada sebagai saat ketika sedangkan sementara namun "
    "tetapi tapi serta"
)
RECALL_PARTY_MAX_WORDS = 10  # ``Kabid Humas Polda Jawa Tengah Kombes Budi Hartono Wijaya Putra``
# A sentence opening on the outlet's own earlier report (``Diberitakan sebelumnya, ...``, ``Sebelumnya diberitakan``,
# ``Seperti diberitakan sebelumnya``) recalls that report: the party shown is RECALL_OWN_REPORT_NAME.
RECALL_OWN_REPORT = _words("diberitakan")
RECALL_OWN_REPORT_OPENING = 4  # within the first words of the sentence
RECALL_OWN_REPORT_NAME = "berita sebelumnya"
# A relative ``yang diumumkan X`` names the source of an amount at most this many words before ``yang``.
RECALL_RELATIVE_GAP = 6
# The attribution after a quote or an amount, a cue after its party (``"...," kata X pekan lalu``, ``..., ujar X
# dalam jumpa pers beberapa waktu lalu``): a speech root after a comma, the party, then the cue within
# RECALL_RELATIVE_GAP words. The speech roots are the quote attribution's own (``cues.SPEECH_ROOTS``).
RECALL_TAIL_ROOTS = frozenset(cues.SPEECH_ROOTS)
# ... with none of these words between (``kata X soal harga yang naik pekan lalu`` dates the rise, not the saying):
# the words that open what the speaker talked about, as a quote's said day reads them.
RECALL_TAIL_BREAKS = cues.ATTRIBUTION_TAIL_BREAKS

# A per-occasion amount (``synth.recalls.occasion_qualifier``): ``setiap kali bersandar ... ratusan kontainer``,
# ``puluhan ribu peluru setiap hari``, ``500 ton sehari`` is what one occasion or one period takes, not a reading of
# the running total its noun counts elsewhere; its series is named by the occasion (``kontainer (per kali)``).
OCCASION_EVERY = function_words.DISTRIBUTIVES
OCCASION_UNITS: dict[str, str] = {"kali": "kali", "hari": "hari", "minggu": "minggu", "pekan": "minggu",
                                  "bulan": "bulan", "tahun": "tahun", "jam": "jam", "malam": "malam"}
# Words after ``per``/``setiap`` + unit that make it a date, not a rate (``per hari ini``).
OCCASION_NOT_AFTER = function_words.DEMONSTRATIVES
# How many words after the amount (its noun phrase) an occasion may follow: ``puluhan ribu peluru artileri setiap
# hari``.
OCCASION_AFTER_GAP = 4
# ``setiap``/``tiap`` + unit before the amount must open its clause, within this many words (``Dan setiap kali ...``).
OCCASION_OPENING_WORDS = 2

# What a count's clause says was done, and to what (``synth.figures.counts.count_deed``): two counts of one noun whose
# clauses name one act done to one thing (``pemasangan label RFID di kendaraan baru 2.500 unit``, ``realisasi
# pemasangan RFID ... mencapai 40.000 kendaraan``) count the same thing, however differently the rest of their
# sentences is worded. Roots of these words are no act of the count: saying, reporting and aiming
# (``mengungkapkan``, ``diberitakan``, ``ditargetkan``), having and being (``mempunyai``, ``berada``), and the roots
# of nouns the stemmer reads as acts (``perusahaan``, ``pendapatan``, ``pelanggan``, ``pemerintahan``, ``tersangka``),
# and verbs that only carry another (``terpaksa mengungsi``, ``berhasil menjual``, ``mulai memakai``).
DEED_NOT_ACTS = _words(
    "kata nyata jelas tegas ungkap sebut ingat tambah tutur papar terang imbuh lanjut tulis ujar sampai tekan "
    "nilai pendapat klaim aku bantah sangkal tepis benar konfirmasi umum lapor prediksi pasti kira yakin ucap "
    "beber urai tandas kemuka tanya jawab tanggap imbau desak minta harap pesan tuding tuduh dalih kilah duga "
    "berita kutip lansir target sasar rencana punya ada milik jadi catat usaha dapat langgan perintah duduk "
    "labuh rumah mukim paksa hasil coba mulai sangka"
)
# Words of a count's clause that name no thing the act is done to: times, degrees, the words around a number, areas
# (``wilayah``: where, not what), the act's own noun (``realisasi``) and company forms (``PT``, ``Tbk``).
DEED_NOT_OBJECTS = _words(
    "saat kini baru sudah telah masih hanya sekitar sebanyak total jumlah angka akhir awal pekan minggu bulan "
    "tahun hari tanggal kemarin lalu sendiri seluruh semua hingga sampai kisaran lebih kurang hampir mencapai "
    "target persen atau orang realisasi wilayah daerah kawasan lokasi tempat pt tbk persero"
)
# A clause opening on one of these continues a list: a count in it with no act of its own shares the act of the
# count before it in the sentence (``baru terpasang 40.000 kendaraan yang terpasang RFID, serta 276 SPBU``).
DEED_LIST_WORDS = function_words.AND_WORDS

# Items of a list (``synth.figures.items``). A list line's label (``2. Inspektorat Jenderal: total anggaran Rp ...``)
# names the item its money amounts are of when it has at most LIST_LABEL_MAX_WORDS words and names more than a time:
# words of a time besides months, quarters, halves, years and roman numerals (``Tahun 2023: 187 perkara`` is a reading
# of one count in 2023, not an item).
LIST_LABEL_MAX_WORDS = 8
# A list line with no colon names its item by the words it opens on, at most LIST_ITEM_MAX_WORDS, none of them a word
# of a whole (TOTAL_CUES, ``Jumlah``, ``Subtotal``: the list's sum, no item): ``synth.figures.items.line_item``.
LIST_ITEM_MAX_WORDS = 4
TOTAL_WORDS = TOTAL_CUES | _words("jumlah subtotal")
LIST_TIME_WORDS = _words("tahun bulan pekan minggu periode hingga sampai akhir awal pertengahan per sd s d")
# Words of shares: a four-capital code beside a bracketed price in such a sentence is a stock (``items.stock_price``).
STOCK_WORDS = _words("saham emiten bursa ihsg lq45 indeks")
# The name of a stock's price (``harga saham (ABCD)``), and of a list item's total given beside another of its amounts
# (``-Program X: 18 juta KPM, Rp 400 ribu, total Rp 7 triliun``: ``total (Program X)``).
STOCK_PRICE_NAME = "harga saham"
TOTAL_NAME = "total"
# The parts of a whole stated before them (``items.unnamed_parts``): ``Rp A, yaitu Rp B ditambah Rp C``. An opener of
# the breakdown right after the whole (with PART_LINKS words), then parts joined by PART_JOINS only.
PART_OPENERS = _words("yaitu yakni terdiri meliputi")
PART_LINKS = _words("atas dari sebesar senilai masing")
PART_JOINS = _words("ditambah dan serta plus tambah")
# Items of one money noun told apart by the words after it (``bunga utang dalam negeri``, ``bunga utang luar negeri``:
# ``synth.figures.items.modifier_items``): at most MODIFIER_MAX_WORDS words; words of a time make no item (``anggaran
# tahun ini``, ``anggaran tahun lalu``: one series over time).
MODIFIER_MAX_WORDS = 3
# Money nouns that alone say no whose or what for (``anggaran``, ``dana``, ``biaya``, ``nilai``): a table of one of them
# whose values name two subjects or more by the words after the noun (``anggaran pendidikan``, ``anggaran
# kementerian kesehatan``) or the purpose after the amount (``untuk membayar bunga utang``) is split by subject
# (``synth.figures.items.money_subject``, ``synth.figures.table.split_money_subjects``).
BARE_MONEY_NOUNS = _words("anggaran dana biaya nilai")
# Words after a budget noun that name its stage, not whose it is (``pagu efektif``, ``pagu indikatif awal``, ``anggaran
# induk``): no subject of the budget.
MONEY_STAGE_WORDS = _words("efektif indikatif awal induk semula sementara definitif murni")
MODIFIER_TIME_WORDS = _words("tahun bulan pekan minggu hari triwulan kuartal semester periode ini itu lalu depan sebelumnya "
                             "kemarin sekarang kini awal akhir tersebut")
