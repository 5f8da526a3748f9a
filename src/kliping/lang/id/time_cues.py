"""Indonesian cue words that tell a dated phrase is not when something happened (data only).

Used by the timeline (:mod:`kliping.synth.timeline`), next to the target, comparison and name cues of
:mod:`kliping.lang.id.calendar`. Keys are lower case. Lists other modules already hold are derived
from them (one home per list): conditions from :data:`figure_cues.CONDITIONAL_CUES`, hope words of
targets from :data:`figure_cues.TARGET_CUES`, quoting verbs from :data:`calendar.CITED_BEFORE`,
outlets from :mod:`kliping.lang.id.outlets`, speech verbs from :mod:`kliping.lang.id.cues`.
"""

from __future__ import annotations

from kliping.lang.id import calendar, cues, discourse, figure_cues, function_words, outlets, quote_words

# A hope or wish governing a date still to come: the date is hoped for, not a happening (``semoga
# pekan depan bantuan sudah turun``, ``mudah2an awal Desember jalan tol dibuka``). Words as
# written, with their hyphen; the hope words of the target list plus the wishes.
HOPE_BEFORE: frozenset[str] = frozenset(w for w in figure_cues.TARGET_CUES if "harap" in w) | {
    "mudah-mudahan", "mudah2an", "moga-moga", "semoga", "harapannya", "mengharapkan", "harap",
    "insyaallah", "insyallah",
}
# The same wish written in two words (``Insya Allah``): matched on the joined lower-case words.
HOPE_PHRASES: tuple[str, ...] = ("insya allah", "insha allah", "insyaa allah")
# A condition right before a date still to come: the date is a supposition (``kalau Kamis nanti
# hujan turun``, ``jika pekan depan stok belum datang``).
CONDITION_BEFORE: frozenset[str] = figure_cues.CONDITIONAL_CUES | {
    "jikalau", "andai", "asalkan", "manakala", "kalaupun", "jikapun",
}
# ``kalau``/``jika``/``bila`` after a verb of saying or knowing means "that" (``Kapolres menyebut
# kalau pemeriksaan dijadwalkan Rabu``): no condition. The speech verbs of the quote extractor plus
# verbs of knowing.
THAT_AFTER: frozenset[str] = frozenset(cues.SPEECH_VERBS) | frozenset(cues.SPEECH_ROOTS) | {
    "tahu", "mengetahui", "diketahui", "ketahuan", "menyadari", "sadar", "yakin", "terungkap",
    "mengerti", "paham", "memahami", "lupa", "ingat", "mendengar", "terdengar", "bilang", "dikatakan",
    "disebutkan", "dipastikan", "diakui",
}
# ``jika dilihat``/``kalau dibandingkan`` ("seen", "compared") is a way of looking at figures, no
# supposition.
NOT_CONDITION_AFTER: frozenset[str] = frozenset({
    "dilihat", "melihat", "dibandingkan", "dibanding", "ditinjau", "dihitung", "menilik", "diukur",
})
# "Let's wait and see until then": a bare verb of waiting or watching with a first-person subject
# or in a fixed phrase (``kita tunggu saja sampai pekan depan``, ``Desember nanti kami lihat
# lagi``, ``lihat saja nanti``): a look still to come, neither a happening nor a scheduled event.
# The prefixed forms (``melihat lokasi``, ``dilihat``) are a visit or a quoting date, never this.
WAIT_VERBS: frozenset[str] = frozenset({"lihat", "tunggu", "pantau", "evaluasi"})
FIRST_PERSON: frozenset[str] = function_words.FIRST_PERSON_PRONOUNS
# Words that may stand between such a verb and the date (``kita pantau terus sampai akhir bulan``).
WAIT_FILLERS: frozenset[str] = frozenset({
    "saja", "aja", "nanti", "dulu", "terus", "lagi", "sampai", "hingga", "pada", "hasilnya",
    "perkembangannya", "seperti", "apa", "bagaimana",
})
# Words of a forecast in the date's own clause: a date still to come is the forecast's day, a
# prediction (``prakiraan hujan untuk Kamis``, ``BMKG memprediksi gelombang tinggi hingga Sabtu``).
# The weather itself (``cuaca``) is no cue: bad weather delays real flights.
FORECAST_WORDS: frozenset[str] = frozenset({
    "prakiraan", "ramalan", "prediksi", "memprediksi", "memprediksikan", "diprakirakan",
    "memprakirakan", "meramalkan", "diramalkan", "berpotensi",
})
# Verbs saying when the reporter quoted, read or looked something up: the quoting verbs of
# :data:`calendar.CITED_BEFORE`, their active forms (``mengutip Reuters``) and ``dilihat`` (a
# document "seen" by the outlet). A date right after such a verb and its outlet (``dikutip
# detikHot, Sabtu``) is when the text was read. The scrape often glues the verb, ``dari`` and
# ``pada`` to the outlet's name (``dikutipdetikHot``, ``Dikutip dariEuronewspada Jumat``), so they
# are matched as word starts.
QUOTING_VERBS: tuple[str, ...] = tuple(sorted(calendar.CITED_BEFORE | calendar.QUOTED_FROM_ACTIVE | {"dilihat"}))
# News agencies and foreign outlets cited by Indonesian news, lower case (the Indonesian outlets come
# from :mod:`kliping.lang.id.outlets`; any ``detik...`` brand is detik's).
AGENCIES: frozenset[str] = frozenset({
    "reuters", "afp", "ap", "bloomberg", "xinhua", "euronews", "kyodo", "yonhap",
    "anadolu", "tass", "sputnik", "ria", "guardian", "nhk", "aljazeera", "jazeera", "nikkei", "axios",
    "politico", "bernama", "straits", "scmp", "ft", "wsj", "nytimes", "forbes", "antaranews",
})
# Words of outlets' names that are ordinary words or places on their own (``Jawa Pos``, ``Suara
# Surabaya``): no outlet without the rest of the name.
_COMMON_NAME_WORDS = frozenset({
    "the", "news", "indonesia", "media", "post", "jawa", "suara", "surabaya", "jakarta", "globe", "times",
    "metro", "pos",
})
# Lower-case words of Indonesian outlets' names and text markers (``kompas.com``, ``tempo``).
OUTLET_NAMES: frozenset[str] = frozenset(
    part.casefold()
    for name, (domains, markers) in outlets.OUTLETS.items()
    for text in (name, *domains, *markers)
    for part in text.split()
    if len(part) > 2 and part.casefold() not in _COMMON_NAME_WORDS
) | AGENCIES
# Outlets that write their own name in lower case (``kumparan``): matched uncapitalised too.
LOWER_CASE_OUTLETS: frozenset[str] = frozenset({"kumparan", "kumparannews"})
# A page or account as the source (``dilansir dari laman resmi BMKG``, ``dikutip dari akun
# Instagram-nya``): any words after it name it.
SOURCE_NOUNS: frozenset[str] = frozenset({"laman", "situs", "akun", "kanal", "website", "portal", "siaran"})
# Lower-case words allowed between a quoting verb and the outlet's name (``dilansir dari laman
# resmi``).
OUTLET_FILLERS: frozenset[str] = frozenset({
    "dari", "kantor", "berita", "media", "resmi", "dan", "di", "seperti", "melalui", "lewat",
})
# A deadline in the date's clause: the date is the last day allowed, not when anything happened
# (``paling lambat Jumat``, ``batas waktu pendaftaran 30 Oktober``, ``tenggat 1 Desember``,
# ``terakhir tanggal 7 Juni``). One-word cues; the two-word ones below are matched on the joined
# words. ``tenggat`` is also a target word of :data:`calendar.TARGET_BEFORE` (which only reaches it
# with no second verb); here it reaches any date of its clause.
DEADLINE_WORDS: frozenset[str] = frozenset({
    "tenggat", "deadline", "selambat-lambatnya", "selambatnya",
})
DEADLINE_PHRASES: tuple[str, ...] = (
    "paling lambat", "batas waktu", "batas akhir", "jatuh tempo", "terakhir tanggal", "terakhir pada tanggal",
)
# Nouns shaped like a di-/me-/ber-/ter- verb that deadline clauses hold (``batas waktu pengumpulan
# berkas``, ``tenggat bagi tersangka``): not a verb of their own between the cue and the date.
VERB_SHAPED_NOUNS: frozenset[str] = frozenset({
    "berkas", "berkasnya", "tersangka", "terdakwa", "tergugat", "terpidana", "terlapor", "peserta",
})
# ``hingga``/``sampai`` right before a date still to come: the date ends a period (a road closed
# ``hingga Minggu``, a programme extended ``hingga 31 Desember``), it is not a happening. Words that
# may stand between the joiner and the date (``hingga akhir Desember``, ``sampai dengan tanggal 8``).
UNTIL_WORDS: frozenset[str] = frozenset({"hingga", "sampai"})
# ... except after a verb of putting off: ``ditunda hingga Selasa`` moves the event to Tuesday.
MOVED_TO: frozenset[str] = frozenset({
    "ditunda", "diundur", "menunda", "mengundur", "tertunda", "dimundurkan", "memundurkan", "molor",
    "dipindah", "dipindahkan", "ditangguhkan", "diskors", "diskorsing", "direschedule",
})
# Two-word verbs of putting off (``dijadwalkan ulang hingga Kamis``).
MOVED_TO_PHRASES: tuple[str, ...] = ("dijadwalkan ulang", "dijadwal ulang")
UNTIL_FILLERS: frozenset[str] = frozenset({
    "dengan", "tanggal", "hari", "pada", "akhir", "penghujung", "pertengahan", "awal", "bulan", "batas",
})
# A word of "after" right before a date still to come (``setelah 30 November``, ``pasca 17 Agustus``,
# ``tanggal`` or ``hari`` between at most): the date is the lower bound of when the sentence's
# happening is (a fee from then, a plan for the months after), not the day it happens. ``usai`` is
# left out: after a noun it is the verb "ended" (``rapat usai Senin``). A past date after these words
# opens a clause of its own day (``setelah kemarin anjlok``) and stays.
AFTER_DATE_WORDS: frozenset[str] = frozenset({"setelah", "sesudah", "pasca", "selepas", "seusai"})
# Words of being ready or available by a time (``kios itu siap Juni ini``, ``stok tersedia akhir bulan
# nanti``): a coming date right after them (only ``pada``/``bulan``/a month part between) is when a
# thing is to be ready, a target and no happening; with a verb between (``siap digunakan mulai 10
# Juni``) the date is that verb's and stays a plan.
READY_WORDS: frozenset[str] = frozenset({"siap", "tersedia"})
# Words that may stand between a readiness word and its date.
READY_FILLERS: frozenset[str] = frozenset({
    "pada", "tanggal", "hari", "bulan", "akhir", "awal", "pertengahan", "penghujung", "paling", "lambat",
})
# Verbs of taking something as the reference of a calculation or comparison (``merujuk harga minyak
# pada 19 Mei``, ``mengacu pada kurs tanggal 2 Juni``, ``berpatokan pada harga Senin``): a date in
# their object, with no verb of its own between, is the date of the reference point, not of the
# sentence's happening (the calculation, the comparison, the statement). The comparison words of
# :data:`calendar.COMPARISON_BEFORE` count the same way when ``pada`` opens the date's phrase inside
# their object (``dibandingkan dengan harga pada 3 Juni``).
REFERENCE_VERBS: frozenset[str] = frozenset({
    "merujuk", "mengacu", "berpatokan", "berpedoman", "beracuan",
})
# How many words may stand between a reference verb and its date (``merujuk harga minyak mentah dunia
# jenis Brent pada``).
REFERENCE_WINDOW = 8
# Words of a habit or a rule of thumb (``biasanya pada Januari harga cabai turun``, ``permintaan
# umumnya memuncak pada Desember``): a month named alone in their clause is a recurring period, every
# year's such month, not a happening's (``synth.timeline.not_happening.generic_month``).
HABIT_WORDS: frozenset[str] = frozenset({
    "biasanya", "umumnya", "lazimnya", "galibnya", "kebanyakan", "kerap", "acap", "acapkali", "seringkali",
    "sering", "selalu", "senantiasa", "rutin", "tradisinya", "lazim",
})
# A month opening its clause as the subject of a property, not of a happening (``Bulan Desember perlu
# energi lebih besar``, ``Juli merupakan puncak kemarau``): the period as a kind, every year's.
PERIOD_PROPERTY_WORDS: frozenset[str] = frozenset({
    "perlu", "butuh", "membutuhkan", "memerlukan", "identik", "dikenal", "merupakan", "adalah", "ialah",
    "cenderung", "rawan",
})
# Words that make a coming date an example the speaker makes up (``saya tidak boleh menyebut tanggal
# terbitnya, 20 Oktober misalnya``, ``katakanlah pada 5 Mei``): right before the date (``pada`` or
# ``tanggal`` between) or right after it, the date is no happening and no plan.
EXAMPLE_WORDS: frozenset[str] = frozenset({
    "misalnya", "misal", "contohnya", "umpamanya", "semisal", "seumpama", "katakanlah", "andaikan",
    "andaikata",
})
# Words between a date and the word a timeline rule reads before it, which the rules look past (``dikutip
# pada hari Senin``, ``misalnya pada tanggal 5``): the nouns that head a date, then ``pada`` too. A rule's
# own list takes the next word up where it was measured so (``bulan``, ``tahun``, the abbreviation ``tgl``).
DATE_HEAD_NOUNS: frozenset[str] = frozenset({"hari", "tanggal"})
DATE_HEAD_WORDS: frozenset[str] = DATE_HEAD_NOUNS | {"tgl"}
DATE_HEAD_WORDS_MONTH: frozenset[str] = DATE_HEAD_WORDS | {"bulan"}
DATE_LEAD_WORDS: frozenset[str] = DATE_HEAD_NOUNS | {"pada"}
DATE_LEAD_WORDS_MONTH: frozenset[str] = DATE_LEAD_WORDS | {"bulan"}
DATE_LEAD_WORDS_PERIOD: frozenset[str] = DATE_LEAD_WORDS_MONTH | {"tahun"}
# The last word of a relative date (``hari ini``, ``pekan depan``, ``bulan lalu``, ``nanti``): a date
# apposed to one (``hari ini, Senin``) is that day's own, no day the words were said.
RELATIVE_DATE_ENDS: frozenset[str] = frozenset({"ini", "itu", "lalu", "depan", "mendatang", "nanti"})
# Words that put a date in apposition to the clause before it (``target pemasangan rampung, yakni
# pada Juni``): the date renames that clause's time, so the clause's target or plan word governs it.
APPOSITION_WORDS: frozenset[str] = frozenset({"yakni", "yaitu"})
# Not knowing what a coming date brings (``dua bulan lagi enggak tahu``, ``belum tahu apakah rapat
# digelar pekan depan``): a coming date next to these is no happening told, not even a plan.
UNKNOWN_PHRASES: tuple[str, ...] = (
    "tidak tahu", "tak tahu", "enggak tahu", "nggak tahu", "ngga tahu", "gak tahu", "ga tahu", "belum tahu",
    "tidak pasti", "belum pasti", "belum jelas", "tidak jelas",
)
# Relative days counted from the day a story has just told (``keesokan harinya``, ``esok harinya``):
# the time extractor counts them from the article's latest absolute date, which may belong to an
# unrelated part of the story; the timeline keeps them only when their own sentence, or the one just
# before, names that day.
NEXT_DAY_WORDS: frozenset[str] = calendar.NEXT_DAY_WORDS
# A future word after a hope belongs to the hoped thing (``semoga jembatan itu akan selesai pada
# Desember``): it does not turn the hope into a schedule, as ``dijadwalkan`` does.
HOPED_FUTURE: frozenset[str] = frozenset({"akan", "bakal", "segera", "nanti"})
# The aim as the topic of the sentence (``Ia mengatakan, targetnya pemasangan alat itu di semua
# kendaraan, rampung pada Desember``): a date after it is when the aim is to be met, unless a word
# says it was met (``targetnya tercapai pada Desember``).
TARGET_TOPICS: frozenset[str] = frozenset({"targetnya", "sasarannya"})
TARGET_MET: frozenset[str] = frozenset({
    "tercapai", "terpenuhi", "terlampaui", "dicapai", "mencapai", "melampaui", "sudah", "telah",
    # an announcement of the aim is a happening (``sasarannya diumumkan Menteri pada Senin``)
    "diumumkan", "ditetapkan", "diputuskan", "disepakati", "dipaparkan", "disampaikan",
    # ``targetnya`` as the target of a crime (``sasarannya adalah gudang yang dijarah pada Sabtu``):
    # the ``yang`` clause tells what happened to it
    "yang",
})
# Deadline cues that are nouns (``batas waktu``, ``tenggat``): the object of another verb before them
# (``DPR membahas batas waktu pemilu pada Senin``) leaves a ``pada`` date to that verb. The adverbial
# cues (``paling lambat``, ``selambat-lambatnya``) govern the date whatever stands before.
DEADLINE_NOUNS: frozenset[str] = frozenset({
    "tenggat", "deadline", "batas waktu", "batas akhir", "jatuh tempo",
})
# The earliest a thing can happen, before a date still to come (``baru akan bisa menerapkan sistem itu
# pada 1 Januari``, ``BMKG baru bisa memastikan musim hujan pada November``, ``paling cepat rampung
# Desember``): a projection, not a happening nor a schedule. ``baru akan`` alone (``sidang baru akan
# digelar Senin``) is a schedule and stays. Matched on the joined lower-case words.
EARLIEST_PHRASES: tuple[str, ...] = (
    "baru akan bisa", "baru akan dapat", "baru bisa", "baru dapat", "paling cepat", "paling awal",
)
# A threat or risk governing a date still to come (``dapur itu terancam tidak boleh beroperasi mulai
# akhir Oktober``, ``serikat mengancam mogok mulai 1 November``): what is threatened has not happened.
# (``berpotensi`` is a forecast word: :data:`FORECAST_WORDS`.)
THREAT_WORDS: frozenset[str] = frozenset({"terancam", "mengancam", "diancam", "berisiko"})
# How many days from the publication the time extractor counts each relative day word
# (:data:`calendar.DEICTIC_DAYS`, offsets from :data:`calendar.DAY_OFFSETS`, the extractor's own): a
# quote's word moves with the day the quote was said only when it was counted so, not when the
# extractor read it from a gloss (``Hari ini, Selasa (21/10)``).
DEICTIC_OFFSETS: dict[str, int] = {w: calendar.DAY_OFFSETS[w] for w in calendar.DEICTIC_DAYS}
# A quote's attribution dating the saying after the speaker (``"...," kata X kemarin``, ``ujar X dalam
# jumpa pers pekan lalu``): read within this many words after the closing mark, and not past a word
# that opens what the speaker talked about (``kata X soal banjir kemarin`` dates the flood).
SAID_TAIL_WORDS = 10
SAID_TAIL_BREAKS: frozenset[str] = cues.ATTRIBUTION_TAIL_BREAKS
# A relative day word with a part of day (``kemarin sore``, ``tadi malam``, ``pagi ini``, ``besok pagi``;
# ``hari`` may stand between a part of day and ``ini``/``tadi``/``nanti``): the day it names, counted
# from the day it is said as the time extractor counts it (the word's offset; ``tadi malam`` and
# ``malam tadi`` are the night just gone, a day back: :data:`NIGHT_JUST_GONE`). The timeline reads
# these as that day, as it reads ``kemarin``. ``semalam`` is left out: in a narrative it is also "one
# night" or "overnight" (``menginap semalam``).
RELATIVE_POD_BEFORE: dict[str, int] = {"kemarin": -1, "besok": 1, "esok": 1, "lusa": 2, "tadi": 0, "nanti": 0}
RELATIVE_POD_AFTER: dict[str, int] = {"ini": 0, "tadi": 0, "nanti": 0}
NIGHT_JUST_GONE: tuple[str, str] = ("tadi", "malam")
# A sentence after a statement that points back at it and dates it (``Hal itu disampaikan Budi di
# Sleman, Selasa (21/10).``, ``Demikian dikatakan Kapolsek, Senin.``): the statement was made that
# day, as when the date ends a quote's own sentence. A pointer noun and word (``hal itu``,
# ``pernyataan tersebut``) or ``demikian``, then a passive speech verb (:data:`cues.PASSIVE_SPEECH`,
# the short ``diungkap`` and ``dinyatakan`` too, also with ``-nya``: ``disampaikannya``); ``juga``/
# ``pun`` may stand between.
POINTER_NOUNS: frozenset[str] = frozenset({"hal", "pernyataan", "keterangan", "informasi", "angka", "data"})
POINTER_WORDS: frozenset[str] = function_words.DEMONSTRATIVES
# A sentence pointing back at the happening the sentence before told and dating it (``Peristiwa itu
# terjadi pada Selasa malam.``, ``Pelantikan tersebut digelar di Istana Negara, Senin (8/9).``): a
# noun of up to :data:`HAPPENED_NOUN_WORDS` words, a demonstrative, then one of these verbs of taking
# place (``synth.timeline.said_days.HAPPENED_BACK``). Not ``dilakukan``/``dialami``: ``Pelaporan itu
# dilakukan ...``, ``Kejadian ini dialami X ...`` tell an act of their own.
HAPPENED_VERBS: frozenset[str] = frozenset({
    "terjadi", "berlangsung", "digelar", "diadakan", "dilaksanakan", "diselenggarakan",
})
HAPPENED_NOUN_WORDS = 3
# Prefixes of an active verb: a word before the demonstrative carrying one makes the sentence a clause
# of its own (``Polisi menduga kebakaran itu terjadi ...``), no frame pointing back.
HAPPENED_NOT_NOUN_PREFIXES: tuple[str, ...] = ("me", "ber")
# Nouns whose pointer in the told sentence shows it points further back itself (``Kapolsek membenarkan
# kejadian ini.`` before ``Peristiwa tersebut terjadi pada Jumat``): the frame then dates
# neither.
HAPPENING_POINTER_NOUNS: frozenset[str] = POINTER_NOUNS | {"kejadian", "peristiwa", "insiden", "kasus"}
# Nouns of an occasion (``acara``, ``rapat``, ``kunjungan``) that a sentence names by its day
# (``Acara hari ini menjadi momen penting ...``, ``ditanya terkait kunjungan hari ini``): the occasion
# its article tells that day, not one of its own (``synth.timeline.grouping.join_article_asides``).
OCCASION_NOUNS: frozenset[str] = frozenset({
    "agenda", "acara", "kegiatan", "rapat", "pertemuan", "sidang", "aksi", "upacara", "kunjungan",
    "peresmian", "pembukaan",
})
# Nouns that, pointed back to at a sentence's start (``Agenda tersebut ...``, ``Penutupan ini ...``),
# name the happening the sentence before told, not a thing in it (``Tanggul itu jebol ...`` tells the
# dike's own breach): such a sentence placed at the same day goes on with that happening
# (``synth.timeline.grouping``). The pointer nouns above, the occasions and nouns of an act.
OCCASION_POINTER_NOUNS: frozenset[str] = HAPPENING_POINTER_NOUNS | OCCASION_NOUNS | {
    "penutupan", "pelaporan", "laporan", "penangkapan", "penggeledahan", "pemeriksaan", "pelantikan",
    "penahanan", "penyegelan", "penyerahan", "penandatanganan", "penetapan", "putusan", "vonis", "operasi",
    "razia", "penurunan", "kenaikan",
}
# Words of a reporter's own look at the scene, written with the outlet's own name (``Dari pantauan tim
# detikProperti di lokasi, Jumat``, ``Selasa malam, detikJabar menyusuri jalan itu``): the outlet's visit of
# that day, at which the people it quotes were met (``synth.timeline.grouping``).
REPORTER_VISIT_WORDS: frozenset[str] = frozenset({
    "pantauan", "memantau", "dipantau", "menyusuri", "mendatangi", "menyambangi", "didatangi", "disambangi",
})
# Words opening a line that announces or sums up the article's own matter (``Berikut prakiraan cuaca
# ... hari ini:``, ``Itulah cara cek ... Oktober 2025 ...``): no happening of its own at its date.
ARTICLE_ASIDE_OPENERS: frozenset[str] = frozenset({"berikut", "inilah", "itulah", "begitulah"})
# Pronouns that open a sentence as its subject (``Dirinya dilantik menggantikan ...``, ``Keduanya resmi
# dilantik ...``): a reader of the timeline, who sees the sentence alone, does not know who
# (``synth.timeline.shown_text.points_back``).
SUBJECT_PRONOUNS: frozenset[str] = quote_words.THIRD_PERSON_PRONOUNS | {
    "dirinya", "mereka", "keduanya", "ketiganya", "pihaknya",
}
# Connectors a sentence may open with before its subject (``Namun, peringatan itu ...``, ``Kemudian
# dirinya ...``): skipped to find the subject (``synth.timeline.shown_text.points_back``).
SUBJECT_CONNECTORS: frozenset[str] = frozenset({"namun", "sementara", "adapun", "kemudian", "lalu"})
FRAME_SPEECH_VERBS: frozenset[str] = frozenset(cues.PASSIVE_SPEECH) | {"diungkap", "dinyatakan", "diucapkan"}
# The active forms of :data:`FRAME_SPEECH_VERBS`, read in a frame whose speaker comes first and whose
# object is the pointer (``Direktur X menyampaikan hal itu, Kamis (17/10), di Jakarta.``:
# ``synth.timeline.said_days.POINTS_BACK``). Not ``membenarkan``/``membantah``: who confirms or denies
# ``hal itu`` answers a claim told before, not a statement of their own made that day.
# How many words may stand before the active verb of such a frame: a speaker's title and name
# (``Wakil Presiden Komunikasi Korporat PT X (Persero) Y Z``), never a clause of its own.
FRAME_SUBJECT_WORDS = 12
FRAME_ACTIVE_SPEECH_VERBS: frozenset[str] = frozenset({
    "mengatakan", "mengungkapkan", "menjelaskan", "menegaskan", "menyampaikan", "menuturkan",
    "memaparkan", "menerangkan", "menyebutkan", "menambahkan", "mengungkap", "membeberkan",
    "mengemukakan", "menekankan", "menyatakan", "mengucapkan",
})
# A written statement's date (``kata X dalam keterangan tertulis, Minggu (19/10)``, ``ujar X dalam
# keterangannya, Selasa (21/10)``, ``dalam siaran pers yang diterima detikcom, Sabtu``) is the day the
# text was sent out. When the sentence after the quote points back at it and dates the saying a few
# days earlier (``Hal itu dikatakan X dalam acara di Bangkalan, Sabtu (18/10) malam.``), the words were
# spoken then, at that occasion, and the release's day is no happening of its own. Phrases of the
# release (word tuples, read right before the date, ``yang diterima <outlet>`` allowed between), and
# how many days the release may follow the saying.
RELEASE_PHRASES: frozenset[tuple[str, ...]] = frozenset(tuple(p.split()) for p in (
    "keterangan tertulis", "keterangan tertulisnya", "keterangannya", "keterangan resmi",
    "keterangan resminya", "keterangan pers", "siaran pers", "siaran persnya", "rilis", "rilisnya",
    "rilis resmi", "pernyataan tertulis", "pernyataan tertulisnya", "pernyataan resmi",
    "pernyataan resminya",
))
RELEASE_LAG_DAYS = 3
# Openers of a sentence that turns to another matter (an aside of :data:`discourse.ASIDE_OPENERS`,
# ``Sementara itu``, ``Di sisi lain``, ``Di tempat lain``, background after ``Sebelumnya``): between a
# quote and an introduction two sentences before it, such a sentence starts another statement, so the
# timeline does not show that introduction for the quote (``synth.timeline.shown_text``). Word tuples.
TURN_OPENERS: frozenset[tuple[str, ...]] = discourse.ASIDE_OPENERS | frozenset(tuple(p.split()) for p in (
    "sementara itu", "di sisi lain", "di tempat lain", "di lain pihak", "sebelumnya",
))
# A date written on a document counted as an object (``dua lembar kuitansi tgl 4 Maret 2014``, ``satu
# bendel akta jual beli tertanggal 9 Mei 2018`` in a list of seized evidence):
# when the paper was dated, not a happening of the story. A date after ``tertanggal``/``bertanggal``,
# or written ``tanggal``/``tgl`` after a document noun, with a sheet word before it and no verb
# between. Without the sheet word a dated document is an act of the story and stays: a letter
# proposing a plan, an audit, a suspect named by a dated decision letter (labelled
# happenings of those days). Once a sentence holds one such date, its other ``tgl``/``tanggal`` dates
# are the list's documents too.
DOCUMENT_DATE_WORDS: frozenset[str] = frozenset({"tertanggal", "bertanggal"})
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "surat", "sertifikat", "akta", "kuitansi", "kwitansi", "faktur", "nota", "memo", "ijazah", "shm",
    "shgb", "dokumen", "fotokopi", "fotocopy", "salinan", "invoice", "bilyet", "cek",
})
SHEET_WORDS: frozenset[str] = frozenset({"lembar", "bendel", "rangkap", "eksemplar"})
# How many words a sheet word may stand before its document's date (``dua lembar kuitansi <an
# issuer's name of six words> tgl ...``).
DOCUMENT_WINDOW = 10
# A rule still to come (``Mulai 1 Juli, pengemudi ojek wajib memakai rompi``, in a piece of
# May): an obligation from that date, not a happening. A date after a start word with an
# obligation word in its sentence; a past start (``sejak 1 Mei pengemudi wajib ...``) is when the
# rule took effect and stays.
RULE_START_WORDS: frozenset[str] = frozenset({"mulai", "per", "terhitung"})
OBLIGATION_WORDS: frozenset[str] = frozenset({
    "wajib", "diwajibkan", "mewajibkan", "harus", "dilarang", "melarang", "berlaku", "diberlakukan",
    "memberlakukan",
})
# A happening on the day or in the month of publication told as still ahead of the writing
# (``rapat itu dijadwalkan digelar hari ini``, ``Menteri akan berkunjung bulan ini``): a plan or
# schedule word in the date's clause before it, or in the two words after it (``Rapat paripurna hari
# ini dijadwalkan mengesahkan RUU``). The timeline marks such entries ``planned``; scheduled events
# stay on it. Named apart from :data:`figure_cues.PLAN_CUES` (the figures' plan words). The future
# words of :data:`calendar.FUTURE_CUES` without the ambiguous start word (``mulai Senin`` also opens
# a past period), the words that say "coming" only after a date (``pekan depan`` is a later date
# anyway; before one they are ``masa depan``, ``di depan kampus``), the delivery words of futures
# contracts, the target words (targets are left out of the timeline before this is asked) and the
# words of haste or intent that tell a happening of the day as well (``petugas segera menuju
# lokasi``, ``hendak``), plus the other plan and promise words. The bare noun ``rencana`` is no cue
# (``menolak rencana relokasi``, ``menjelaskan rencana pengamanan``: the refusal and the briefing
# happened); ``rencananya`` is.
PLANNED_CUES: frozenset[str] = (calendar.FUTURE_CUES - {
    "mulai", "depan", "mendatang", "pengiriman", "pengantaran", "targetkan", "menargetkan", "targetnya",
    "ditargetkan", "segera", "hendak",
}) | {
    "terjadwal", "merencanakan", "berjanji", "dijanjikan", "menjanjikan", "agendanya", "menjadwalkan",
    "diagendakan", "mengagendakan", "sedianya",
}
# Words after a plan word that tell the plan was carried out or called off (``rapat yang dijadwalkan
# hari ini akhirnya digelar``, ``sidang yang direncanakan pagi ini sudah dimulai``): a report of what
# happened, not a plan. The perfective markers of :data:`cues.PERFECTIVE_MARKERS` plus these. ``usai``
# and ``selesai`` are no such words: they mostly open a time clause (``dijadwalkan memberi keterangan
# hari ini usai rapat``).
PLANNED_DONE: frozenset[str] = cues.PERFECTIVE_MARKERS | {"akhirnya", "sempat", "tadi", "batal", "dibatalkan"}
# Verbs that tell the happening went on or ended, except as the plan's own verb right after the plan
# word (``dijadwalkan berlangsung hari ini`` is a plan; ``yang direncanakan pagi ini berlangsung
# alot`` is not).
PLANNED_DONE_LATER: frozenset[str] = frozenset({"rampung", "berlangsung"})
# "In progress", only right before a meN-/di- verb (``sidang yang dijadwalkan hari ini sedang
# berlangsung``... ``tengah memeriksa``); elsewhere ``tengah`` is a place or a time (``Jawa Tengah``,
# ``tengah malam``).
UNDER_WAY: frozenset[str] = frozenset({"sedang", "tengah"})
# How many words before the date a plan word may stand (``Bupati dijadwalkan meninjau tanggul yang
# jebol di desa itu pada``: seven between), and how many after it are read.
PLANNED_WINDOW = 10
PLANNED_AFTER = 2
# Reporting words before the plan word in the date's clause (``Kapolres mengatakan pihaknya akan
# memanggil saksi, Senin``; ``Hal itu disampaikan Kapolres ...``): the date is the day of the
# saying, which happened. The speech roots of :data:`cues.SPEECH_ROOTS` with ``-nya``, the bare roots
# that are no everyday words (``jelas``, ``tambah``, ``tutup`` are), the core active speech verbs and
# their passive forms.
REPORTING_BEFORE: frozenset[str] = frozenset(r + "nya" for r in cues.SPEECH_ROOTS) | {
    "kata", "ujar", "ucap", "tutur", "ungkap", "papar", "imbuh", "pungkas", "tandas", "beber", "bilang",
    "sebut", "mengatakan", "menyatakan", "menjelaskan", "menegaskan", "mengungkapkan", "menyebutkan",
    "menyampaikan", "menuturkan", "memaparkan", "menerangkan", "menambahkan", "berkata", "berujar",
    "disampaikan", "dikatakan", "dijelaskan", "diungkapkan", "ditegaskan", "dipaparkan", "diterangkan",
    "menyebut", "mengumumkan", "diumumkan",
}
# Words of a date expression that count it forward from the writing (``besok``, ``pekan depan``,
# ``tiga hari lagi``, ``Oktober nanti``): a relative date without one (``lima bulan kemudian``,
# counted by the extractor from the publication for want of the story's own day) needs a plan word to
# be told as still ahead.
FORWARD_WORDS: frozenset[str] = frozenset({"besok", "esok", "lusa", "depan", "mendatang", "nanti", "lagi"})
# A date more than this many days after the publication (``(8/10/2028)`` in a piece of 2025: a typo
# of the year) needs a plan word too; a month more than this many months after the publication month
# (a month named without its year is resolved to the coming one, and plans by month reach the coming
# quarter: ``tiga bulan, Oktober, November dan Desember`` in an October piece).
PLANNED_NEAR_DAYS = 30
PLANNED_NEAR_MONTHS = 2


# A list of months (``bantuan untuk Oktober, November, dan Desember``) is one period, placed at its
# first month; two months joined by ``dan`` are two happenings when the second has a verb of its own
# (``harga naik pada Oktober dan November turun lagi``). The word right after the later month is a
# verb when it is one of these bare verbs or auxiliaries, or has a verb prefix (me-, ber-, di-, ter-)
# and is not one of LIST_MONTH_NOT_VERBS (``Oktober dan November mendatang``, ``... tersebut``).
LIST_MONTH_VERBS: frozenset[str] = frozenset({
    "akan", "sudah", "telah", "sempat", "pun", "lagi", "kembali", "naik", "turun", "jatuh", "tiba", "pulang",
    "masuk", "keluar", "muncul", "hilang", "lahir", "tewas", "cair", "anjlok", "melonjak", "tumbuh", "mulai",
    "baru", "justru", "malah", "hanya", "tidak", "tak", "belum", "bisa", "dapat", "harus", "ada",
})
LIST_MONTH_NOT_VERBS: frozenset[str] = frozenset({
    "mendatang", "tersebut", "terakhir", "terdekat", "termasuk", "terutama", "berikut", "berikutnya",
    "bersamaan", "dini", "dinas", "diri", "dirinya", "dia", "mereka", "menurut", "melalui", "mengenai",
    "terhadap", "bersama", "berupa", "berturut-turut",
})



# A document's own date cited as the basis of a rule or an act (``Penurunan harga ini sesuai Keputusan
# Menteri Nomor 1117 tanggal 22 Oktober``, ``tertuang dalam Telegram Panglima No TR/44 tertanggal 5
# Mei``, ``Penggeledahan dilakukan berdasarkan Surat Perintah tanggal 10 Juli``): when the paper
# was signed, not the sentence's happening (the search, the price cut, the rule). The date follows one
# of :data:`DOCUMENT_DAY_WORDS` (or is written with ``tanggal``), a regulation or letter word or a
# number word (:data:`calendar.DOC_NUMBER_WORDS`) stands before it in its clause, and a reference word
# (:data:`DOCUMENT_REFERENCE_WORDS`) before that. A document that is itself the act stays: ``melalui
# surat Menteri nomor 5 tanggal 9 Juli, mengajukan ...`` (no reference word), ``SK itu diteken pada 5
# Mei`` (no document day word), and a court ruling (:data:`RULING_NOUNS`: the day it was read is
# the verdict's day).
DOCUMENT_DAY_WORDS: frozenset[str] = DOCUMENT_DATE_WORDS | {"tanggal", "tgl"}
DOCUMENT_REFERENCE_WORDS: frozenset[str] = frozenset({
    "berdasarkan", "berdasar", "sesuai", "tertuang", "didasari", "didasarkan", "mengacu", "merujuk",
    "diatur", "dimaksud", "menurut", "sebagaimana", "landasan", "payung",
})
REGULATION_NOUNS: frozenset[str] = (DOCUMENT_NOUNS | calendar.LAW_PREFIXES | {
    "sk", "edaran", "telegram", "kesepahaman", "mou", "perintah", "sprindik", "nota", "maklumat",
    "kepmen", "keppres", "kepgub", "kepbup", "kepwal", "juknis", "juklak",
}) - {"putusan", "no", "nomor"}
RULING_NOUNS: frozenset[str] = frozenset({"putusan", "vonis", "amar"})
# Only a standing rule cited as a basis loses its date: a law or regulation (``UU``, ``Perpres``,
# ``PP``, ``Permen``, ``Perda``, ``peraturan``), a circular (``surat edaran``) or a decree
# (``keputusan``, ``SK``). The head of the document phrase is its first document word after the
# reference word (``surat`` takes the next word: ``Surat Keputusan``, ``Surat Edaran``). An order, a
# warrant, a memorandum, an agreement, a note or a plain letter (``Surat Perintah``, ``sprindik``,
# ``Telegram``, ``Nota Kesepahaman``, ``MoU``, ``Nota Pendapat``, ``surat Menteri``) is issued as an
# act of the story and keeps its date.
STANDING_RULE_NOUNS: frozenset[str] = (calendar.LAW_PREFIXES | {
    "sk", "edaran", "kepmen", "keppres", "kepgub", "kepbup", "kepwal", "juknis", "juklak", "maklumat",
}) - {"surat", "putusan", "nomor", "no"}
DECREE_NOUNS: frozenset[str] = frozenset({
    "keputusan", "sk", "kepmen", "keppres", "kepres", "kepgub", "kepbup", "kepwal", "skb",
})
# A decree dated at most this many days before the article is the news of its issuing (a minister's
# decree cutting a price, cited on the day it is signed), not a standing basis, and keeps its date.
FRESH_DECREE_DAYS = 7
# How many words before the date the reference word may stand (``berdasarkan Surat Perintah Penyidikan
# Kepala Kejaksaan Negeri Sleman Nomor 5 tanggal``: twelve).
DOCUMENT_REFERENCE_WINDOW = 16
# A month used as the frame of a statistic (``sepanjang Januari-Agustus 2025, kunjungan turis mencapai
# 28 juta``, ``total kerugian Rp 6 triliun sepanjang November 2024 hingga September 2025``, ``harga
# rata-rata pada Juni-Juli berkisar 95-100 dollar``, ``pertumbuhan 5,1 persen pada periode
# Juli-September``): the counting period, not a happening. The month follows a frame word among
# the few words before it, or opens a range of months (``Januari-Maret``, ``Januari hingga
# Oktober``); the sentence holds a statistic (:data:`STATISTIC_WORDS` or a count with a magnitude,
# :data:`MAGNITUDE_WORDS`) and no word of a happening in that period (:data:`PERIOD_HAPPENING_WORDS`:
# ``survei dilakukan pada Januari-Maret``, ``Sekolah Rakyat mulai beroperasi sejak Juli hingga
# September``), a move with no magnitude figure counting as one (``selama November harga minyak
# menurun pada kisaran 70-80 dollar``; ``naik 5 persen sepanjang Januari-Maret`` is a statistic). Months
# of a range are joined by :data:`calendar.RANGE_JOINERS`. A month without a frame (``Irak mengekspor 2,9 juta barel per hari pada Desember``,
# a status ``hingga Agustus``) stays: the month's own fact, or a status as of then.
PERIOD_FRAME_WORDS: frozenset[str] = frozenset({
    "sepanjang", "selama", "periode", "kuartal", "triwulan", "semester", "caturwulan",
})
PERIOD_FRAME_WINDOW = 3
STATISTIC_WORDS: frozenset[str] = frozenset({
    "total", "jumlah", "rata", "sebanyak", "sebesar", "mencapai", "tercatat", "mencatat", "mencatatkan",
    "capaian", "realisasi", "berkisar", "kisaran", "akumulasi", "kumulatif",
})
MAGNITUDE_WORDS: frozenset[str] = frozenset({"ribu", "juta", "miliar", "triliun", "persen", "%"})
PERIOD_HAPPENING_WORDS: frozenset[str] = frozenset({
    "mulai", "dimulai", "memulai", "berlangsung", "digelar", "menggelar", "diadakan", "mengadakan",
    "diselenggarakan", "menyelenggarakan", "dilaksanakan", "melaksanakan", "dilakukan", "melakukan",
    "beroperasi", "diluncurkan", "meluncurkan",
})
MOVE_WORDS: frozenset[str] = calendar.CHANGE_WORDS | {
    "menurun", "meningkat", "melambat", "bertambah", "berkurang", "merangkak",
}
# A month that names which data a release is of (``data inflasi AS Juni 2025 yang dirilis ...``,
# ``BPS merilis neraca perdagangan periode September``): the data's reference period, not when the
# sentence's happening (the release, or a market move it caused) took place. The month follows a
# data noun (:data:`DATA_NOUNS`) with only words of the data's name between (no verb, none of
# :data:`DATA_NAME_STOPS`: ``data per 16 Oktober`` is a status as of that day, ``data yang dirilis
# pada Juni`` a release in June), :data:`DATA_PERIOD_WORDS` skipped right before it, and the
# sentence tells of a release (:data:`DATA_RELEASE_WORDS`). Without a release word the month keeps
# its place: ``inflasi Jepang September tercatat 2,9 persen`` is September's own fact.
DATA_NOUNS: frozenset[str] = frozenset({
    "data", "inflasi", "deflasi", "neraca", "pmi", "pdb", "gdp", "ihk", "cpi", "ppi", "pce", "payroll",
    "payrolls", "nfp", "pengangguran",
})
DATA_PERIOD_WORDS: frozenset[str] = frozenset({"bulan", "periode", "edisi"})
DATA_NAME_STOPS: frozenset[str] = frozenset({
    "pada", "per", "di", "hingga", "sampai", "sejak", "selama", "sepanjang", "mulai", "yang", "dan", "atau",
    "tanggal", "tgl",
})
DATA_NAME_WINDOW = 6
DATA_RELEASE_WORDS: frozenset[str] = frozenset({
    "rilis", "dirilis", "dirilisnya", "merilis", "diumumkan", "mengumumkan", "dipublikasikan",
    "mempublikasikan", "memublikasikan", "diterbitkan", "menerbitkan",
})
# A date that names an issue (``Konferensi Pers Kinerja Anggaran Edisi Juni 2025``, ``buletin edisi
# Mei``): when the sentence gives another date of its own, the date is no second happening
# (synth.timeline.several_dates.side_dates).
EDITION_WORDS: frozenset[str] = frozenset({"edisi"})
# Words that make what follows the topic of the sentence's happening (``rapat 12 Mei membahas
# keputusan 3 Mei``, ``diperiksa Selasa terkait kejadian Senin``): a date in that topic, within
# TOPIC_WINDOW words after the word with no verb of its own between, is the date of something talked
# about, not a second happening, when the sentence dates its own happening with another day.
TOPIC_WORDS: frozenset[str] = frozenset({
    "membahas", "dibahas", "mengenai", "tentang", "terkait", "soal", "perihal", "menindaklanjuti",
    "ditindaklanjuti", "menanggapi", "merujuk", "mengacu", "atas",
})
TOPIC_WINDOW = 4

# Words naming a happening the sentence's own comes ahead of (``stok beras naik dalam pekan yang berakhir 6
# Juni, menurut survei menjelang rilis laporan Bapanas pada Rabu``): a date in that phrase, at most
# AHEAD_WINDOW words after the word with no verb of its own between, is the later happening's, not the
# sentence's, when the sentence dates its own happening with another day (``synth.timeline.several_dates.side_dates``).
AHEAD_OF_WORDS: frozenset[str] = calendar.BEFORE_HAPPENING_WORDS
AHEAD_WINDOW = 12

# A topic verb after a word of purpose (``... pekan ini untuk menindaklanjuti pertemuan Kim dan Putin
# di Vostochny bulan lalu``): the date in its object is what the visit follows up, however long the
# object, when the sentence names a time of its own before the purpose (``synth.timeline.several_dates.side_dates``).
PURPOSE_WORDS: frozenset[str] = function_words.PURPOSE_WORDS
PURPOSE_TOPIC_VERBS: frozenset[str] = frozenset({
    "membahas", "menindaklanjuti", "menanggapi", "merespons", "merespon", "membicarakan", "mengevaluasi",
    "memperingati", "mengenang",
})

# Words after a month that put it still to come (``Oktober nanti``, ``Oktober mendatang``;
# ``synth.timeline.coming_dates``).
MONTH_FUTURE_AFTER: frozenset[str] = frozenset({"nanti", "mendatang", "depan"})
# Words that open the date's own phrase: a comparison word before them belongs to something else
# (``naik 2 persen dibanding pekan lalu pada perdagangan Senin`` happened on Monday;
# ``synth.timeline.comparisons``).
DATE_PHRASE_OPENERS: frozenset[str] = frozenset({"pada", "di"})
# Words that may stand between a likeness word and the date it likens to (``seperti pada tahun lalu``,
# ``sama halnya tahun lalu``; ``synth.timeline.comparisons``).
LIKENESS_FILLERS: frozenset[str] = frozenset({"pada", "di", "halnya"})
# Words that open a quoting phrase before its verb (``Seperti dilansir Reuters, Senin``;
# ``synth.timeline.quoting_dates``).
CITED_OPENERS: frozenset[str] = frozenset({"seperti", "sebagaimana", "sesuai"})
# Words of a quote's attribution tail that introduce its place or audience (``kata X di Jakarta
# kepada wartawan``): two quotes of one day share them whatever was said (``synth.timeline.sentences``).
QUOTE_FRAME_HEADS: frozenset[str] = frozenset({"di", "kepada", "pada"})
# What stands between two months of one list (``Oktober dan November``, ``Oktober, serta November``;
# ``synth.timeline.several_dates``).
MONTH_LIST_JOINERS: frozenset[str] = frozenset({",", "dan", ", dan", "serta", ", serta", "&"})
# Words a topic's date phrase does not run back over (``membahas laporan pada 3 Juni``: the date is not
# the topic's once ``pada`` or a span word opens its own phrase; ``synth.timeline.several_dates``).
TOPIC_STOPS: frozenset[str] = frozenset({"pada", "sejak", "hingga", "sampai"})
