"""Indonesian calendar words for time expressions (data only).

Used by :mod:`kliping.extract.times`. Keys are lower case; the extractor decides where case matters
(weekday names must be capitalised, because ``minggu`` is also "week"). The small number-word table
here covers counts in dates and durations (``sembilan bulan``, ``dua puluh tahun``); quantities use
:mod:`kliping.lang.id.numbers`.
"""

from __future__ import annotations

# Month names and abbreviations → month number. Abbreviations are only trusted next to a day or a
# year (``12 Des 2023``), never on their own (``Des`` is also a name).
MONTHS_ID: dict[str, int] = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12,
}
# English spellings seen in Indonesian news
MONTHS_EN: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12,
}
MONTHS: dict[str, int] = {**MONTHS_ID, **MONTHS_EN}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
    "ags": 8, "agust": 8, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11, "des": 12,
    "dec": 12,
}
# English full names that are also ordinary words are left out of bare-month matching.
MONTHS_NEED_CONTEXT: frozenset[str] = frozenset({"may", "march"})

# ISO weekday numbers (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "jum’at": 5,
    "sabtu": 6, "minggu": 7, "ahad": 7,
}

# English weekday names and the three-letter abbreviations of both languages, as scrapers and feeds
# write them before a publication date (``Mon, 06 Oct 2025``, ``Sen, 06 Okt 2025``). Only the
# ingest stage's ``published`` parser reads these: in running text ``Sen`` or ``Min`` are names.
WEEKDAY_LABELS: dict[str, int] = {
    **WEEKDAYS,
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
    "sen": 1, "sel": 2, "rab": 3, "kam": 4, "jum": 5, "sab": 6, "min": 7,
}

# Seasons → TIMEX3 season codes. Tropical seasons have no TIMEX3 code: we report the year only
# (value ``YYYY``, granularity ``year``) because the rainy season straddles two calendar years.
SEASONS: dict[str, str | None] = {
    "semi": "SP", "panas": "SU", "gugur": "FA", "dingin": "WI", "salju": "WI",
    "hujan": None, "kemarau": None, "penghujan": None,
}

# Parts of the day → TIMEX3 codes.
PARTS_OF_DAY: dict[str, str] = {
    "pagi": "MO", "subuh": "MO", "siang": "AF", "sore": "AF", "petang": "EV", "malam": "NI",
    "dini hari": "NI", "tengah malam": "NI",
}
# Hour offsets for ``pukul 8 malam`` (12-hour clock with a part of day).
PART_OF_DAY_HOUR_SHIFT: dict[str, int] = {
    "pagi": 0, "subuh": 0, "dini hari": 0, "siang": 12, "sore": 12, "petang": 12, "malam": 12,
    "tengah malam": 0,
}

# Indonesian time zones (UTC offsets in hours).
TIME_ZONES: dict[str, int] = {"wib": 7, "wita": 8, "wit": 9}
# Zone names feeds and exports write after a time (``07:30 GMT``), with the Indonesian ones.
ZONE_NAMES: dict[str, int] = {**TIME_ZONES, "gmt": 0, "utc": 0, "ut": 0, "z": 0}

# Calendar units → ISO 8601 duration letters. Time units (jam, menit, detik) go after ``T``.
DATE_UNITS: dict[str, str] = {
    "hari": "D", "minggu": "W", "pekan": "W", "bulan": "M", "tahun": "Y", "windu": "Y8",
    "dekade": "DE", "dasawarsa": "DE", "abad": "CE",
}
TIME_UNITS: dict[str, str] = {"jam": "H", "menit": "M", "detik": "S"}
# Long units counted in years: ``sewindu`` is 8 years, ``setengah abad`` 50 (a fraction of a decade or a
# century has no TIMEX3 code of its own; ``windu`` never has one).
YEARS_PER_UNIT: dict[str, int] = {"windu": 8, "dekade": 10, "dasawarsa": 10, "abad": 100}
# The two quarter words of a relative period (``kuartal lalu`` steps three months).
RELATIVE_QUARTER_UNITS: tuple[str, ...] = ("kuartal", "triwulan")
# Units of a period named from the publication or the article's latest date (``bulan lalu``, ``tahun
# depan``, ``kuartal ini``, ``semester berikutnya``); only these two quarter words, not every one of
# :data:`QUARTER_WORDS`.
RELATIVE_PERIOD_UNITS: tuple[str, ...] = (
    "hari", "minggu", "pekan", "bulan", "tahun", *RELATIVE_QUARTER_UNITS, "semester",
)
# The units a period modifier names alone (``awal bulan``, ``akhir tahun``, ``pertengahan pekan``):
# not ``hari`` or ``triwulan``.
MODIFIED_PERIOD_UNITS: tuple[str, ...] = ("bulan", "tahun", "pekan", "minggu", "kuartal", "semester")
# ``se-`` forms: sehari = one day.
SE_UNITS: dict[str, str] = {
    "sehari": "hari", "seminggu": "minggu", "sepekan": "pekan", "sebulan": "bulan",
    "setahun": "tahun", "sejam": "jam", "semenit": "menit", "sedetik": "detik", "seabad": "abad",
    "sewindu": "windu", "sedekade": "dekade",
}
# Capitalised weekday names as written before a date (``Selasa (12/9/2023)``), for case-sensitive
# patterns such as the ingest stage's dateline dates.
WEEKDAY_NAMES: tuple[str, ...] = tuple(w[:1].upper() + w[1:] for w in WEEKDAYS)

# Vague counts: value ``X`` in durations (PXM).
VAGUE_COUNTS: frozenset[str] = frozenset(
    {"beberapa", "sejumlah", "belasan", "puluhan", "ratusan", "ribuan", "berapa"}
)

# Number words for counts in dates and durations.
NUMBER_WORDS: dict[str, int] = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
}
NUMBER_MULTIPLIERS: dict[str, int] = {"belas": 10, "puluh": 10, "ratus": 100}
# Of them only the tens take a unit word after them (``dua puluh lima``; ``dua belas``, ``tiga ratus`` end).
TENS_MULTIPLIER = "puluh"

# Ordinal words: a quarter (``kuartal ketiga``, up to the fourth) or a week of a month (``pekan kelima``).
ORDINAL_WORDS: dict[str, int] = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5}
# Ordinals for quarters and halves.
ORDINALS: dict[str, int] = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, **ORDINAL_WORDS,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4,
}
QUARTER_WORDS: frozenset[str] = frozenset({"kuartal", "triwulan", "caturwulan", "kwartal", "quarter", "q"})
HALF_WORDS: frozenset[str] = frozenset({"semester", "paruh", "paro"})

# Words before a bare year that make it a year (``pada 2020``); the word is not part of the extent.
YEAR_SIGNALS: frozenset[str] = frozenset(
    {
        "pada", "sejak", "hingga", "sampai", "di", "dari", "ke", "selama", "sepanjang", "periode",
        "dibanding", "dibandingkan", "ketimbang", "jelang", "menjelang", "per", "sebelum",
        "setelah", "sesudah", "usai", "target", "mulai", "untuk", "apbn", "apbd", "rapbn",
    }
)
# Words before a year or month that are part of the expression (``akhir 2023``).
PERIOD_MODIFIERS: frozenset[str] = frozenset({"awal", "akhir", "pertengahan", "medio", "penghujung"})

# Words that put a bare month or weekday in the future (``akan digelar Selasa``).
FUTURE_CUES: frozenset[str] = frozenset(
    {
        "akan", "bakal", "mulai", "rencananya", "direncanakan", "dijadwalkan", "berencana",
        "depan", "mendatang", "nanti", "hendak", "ditargetkan", "dijadwal", "segera",
        # futures contracts are named by their coming delivery month ("pengiriman Januari")
        "pengiriman", "pengantaran", "targetkan", "menargetkan", "targetnya",
    }
)
# A capitalised word right before a weekday that makes it a place name (``Pasar Minggu``, a Jakarta
# district), not a day.
WEEKDAY_PLACE_WORDS: frozenset[str] = frozenset({"Pasar", "PASAR"})
# Words just before a bare month or weekday that put it in the past (``sejak Juni``).
PAST_CUES: frozenset[str] = frozenset({"sejak", "semenjak"})
# A date a figure is *compared* with is not when the sentence's happening took place: ``terendah
# sejak Juli 2009``, ``pertama kali sejak Mei``, ``dibanding penutupan Senin``, ``level yang terakhir
# terlihat pada April 2009``. Used by the timeline (``synth.timeline``). ``sejak`` alone is not
# enough: ``sejak awal September`` is when the shipments began; nor is ``terakhir`` alone (``terakhir
# pada September 2025`` is the latest visit, ``sepekan terakhir Agustus`` a real week).
COMPARISON_BEFORE: frozenset[str] = frozenset({"dibanding", "dibandingkan", "ketimbang"})
# A likeness word right before a period counted back (``seperti bulan sebelumnya``, ``sama seperti
# pekan lalu``, ``serupa dengan tahun lalu``): the period a state is likened to, not a happening. Only
# before such a period (its first word one of :data:`DATE_UNITS`, :data:`QUARTER_WORDS`,
# :data:`HALF_WORDS`): ``seperti pada 12 Oktober, ketika banjir merendam ...`` gives an example that
# happened then, and ``seperti disampaikan Kapolres Senin`` has a verb between.
LIKENESS_BEFORE: frozenset[str] = frozenset({"seperti", "sebagaimana", "layaknya", "laiknya"})
# ... or after one of these followed by ``dengan`` (``sama dengan bulan lalu``).
LIKENESS_WITH: frozenset[str] = frozenset({"sama", "serupa", "mirip"})
# ``terakhir`` followed by one of these: the level was "last seen/traded" then.
LAST_SEEN: frozenset[str] = frozenset({"disaksikan", "terlihat", "diperdagangkan"})
# A month right after these names a futures contract (``pengiriman Januari``), not when the
# sentence's price move happened; the timeline leaves it out.
DELIVERY_BEFORE: frozenset[str] = frozenset({"pengiriman", "pengantaran", "kontrak"})
# The delivery words of FUTURE_CUES: future only for the month they name (``extract.times``).
DELIVERY_CUES: frozenset[str] = FUTURE_CUES & DELIVERY_BEFORE
# A month still to come right after a traded good, or after it and ``untuk``, names the contract or
# the loading month a price is for (``Brent untuk Januari``, ``harga minyak mentah Januari untuk
# pembeli Asia`` in a December report), not when the price move happened; a past month after such a
# word stays (``harga minyak mentah Januari`` in a March report is that month's price).
CONTRACT_GOODS: frozenset[str] = frozenset({
    "brent", "wti", "intermediate", "nymex", "minyak", "mentah", "crude", "gas", "emas", "perak",
    "tembaga", "nikel", "timah", "batu", "bara", "batubara", "cpo", "sawit", "gandum", "jagung",
    "kedelai", "kopi", "kakao", "gula", "karet",
})
CONTRACT_LINKS: frozenset[str] = frozenset({"untuk"})
# A day or month right after ``sejak`` (``tanggal``/``hari`` may stand between) in a clause giving a
# count with one of these words before it (``sudah mengirim sekitar 7.000 kontainer sejak awal
# September``, ``tercatat 232 siswa keracunan sejak Senin``) starts a running total: the total is as
# of the statement, not a happening of that day or month (``synth.timeline``).
RUNNING_TOTAL_WORDS: frozenset[str] = frozenset({
    "sudah", "telah", "total", "totalnya", "tercatat", "mencapai", "sebanyak", "jumlah", "jumlahnya",
    "bertambah", "terkumpul", "akumulasi", "kumulatif",
})
# A sentence placed at a happening's date with one of these tells what went on before it
# (``harga turun menjelang pertemuan OPEC, Kamis``): an entry holding a report of the happening
# itself shows that report instead (``synth.timeline``).
BEFORE_HAPPENING_WORDS: frozenset[str] = frozenset({"menjelang", "jelang"})
# ``sejak`` after one of these (a superlative or "the first time") marks a comparison too.
RECORD_WORDS: frozenset[str] = frozenset({
    "terendah", "tertinggi", "terbesar", "terkecil", "terburuk", "terbaik", "terparah", "terlemah",
    "terkuat", "termurah", "termahal", "terbanyak", "tersedikit", "terlama", "tercepat", "terdalam",
    "pertama",
})
# ``sejak`` after one of these is a comparison too: ``belum pernah setinggi ini sejak Mei 2008``.
SEEN_WORDS: frozenset[str] = frozenset({"pernah", "terlihat", "disaksikan", "tercatat", "serendah", "setinggi"})
# ... the level words among them only before a demonstrative (``setinggi ini``, ``serendah itu``): ``banjir
# setinggi lutut ... sejak Senin`` measures the water, not a level not seen since Monday.
SEEN_LEVEL_WORDS: frozenset[str] = frozenset({"serendah", "setinggi"})
SEEN_LEVEL_AFTER: frozenset[str] = frozenset({"ini", "itu"})
# Timeline (``synth.timeline``): a target, plan, prediction or postponement word in the clause before
# a date makes the date a deadline, not when something happened (``menargetkan rampung pada Juni
# 2014``, ``diperkirakan terealisasi bulan depan``, ``seharusnya berakhir pada Kamis``). Scheduled
# events (``akan menggelar rapat hari Kamis``, ``dijadwalkan``, ``rencananya``, ``diundur ke
# Rabu``) are not in the list: a meeting fixed for a day is a happening at that day.
TARGET_BEFORE: frozenset[str] = frozenset({
    "target", "targetnya", "targetkan", "menargetkan", "ditargetkan", "diprediksi", "diprediksikan",
    "diproyeksikan", "diperkirakan", "direncanakan", "berencana", "merencanakan",
    "harusnya", "seharusnya", "semestinya", "tenggat",
})
# ... a cue reaches the date only when no second verb of its own (after its complement) stands before
# the date (``yang diperkirakan berusia 40 tahun itu ditemukan Senin`` is a finding), except these,
# which say the target is reached (``ditargetkan jalan itu rampung pada Juni``).
COMPLETION_VERBS: frozenset[str] = frozenset({
    "rampung", "selesai", "usai", "terealisasi", "beroperasi", "tuntas", "terpasang", "berakhir", "berlaku",
    "tercapai", "terwujud", "merampungkan", "menyelesaikan", "dirampungkan", "diselesaikan",
})
# Words shaped like a di-/me-/ber-/ter- verb that are not one (a verb test of the timeline).
NOT_VERB_WORDS: frozenset[str] = frozenset({
    "dinas", "direktur", "direksi", "dirut", "diri", "dirinya", "dia", "dibanding", "dibandingkan",
    "menteri", "mendatang", "menjelang", "menurut", "melalui", "mengenai", "meski", "meskipun",
    "bersama", "berikutnya", "berdasarkan", "terhadap", "tersebut", "terakhir", "termasuk", "terkait",
    "tertentu", "terutama", "terbaru", "terdekat", "dirjen", "diskon", "digital", "diesel", "menit",
    "merek", "meter", "merah", "berita", "beras", "besar", "terminal", "teras", "mentah",
})
# ... the date when the text was quoted, written or read (``dikutip Minggu (8/6/2025)``,
# ``keterangannya, ditulis Minggu``, ``Dirangkum detikcom, Jumat``): the publication, not a happening.
# Verbs of taking a text from an outlet: passive (``dikutip dari Reuters``, ``dilansir Antara``) and
# active (``mengutip Reuters``, ``melansir detikJatim``).
QUOTED_FROM: frozenset[str] = frozenset({"dikutip", "dilansir"})
QUOTED_FROM_ACTIVE: frozenset[str] = frozenset({"mengutip", "melansir"})
# Both voices: the one list of verbs an outlet cites a source with. Read by the company rule (the name
# after it is a source, ``extract.entities.companies``), the day the outlet copied a plan
# (``synth.figures.dates``), the source line before ``menurut`` (``extract.quotes.reported``), the
# model's glued verbs (``extract.entities.model_fixes``) and the read date (``synth.timeline.quoting_dates``).
CITING_VERBS: frozenset[str] = QUOTED_FROM | QUOTED_FROM_ACTIVE
CITED_BEFORE: frozenset[str] = QUOTED_FROM | {"ditulis", "diakses", "dirangkum"}
# ... a date that is part of a name (``Universitas 17 Agustus 1945``, ``Universitas Sebelas
# Maret``, ``Jalan 10 November``).
NAME_BEFORE: frozenset[str] = frozenset({
    "universitas", "perguruan", "jalan", "jl", "gedung", "stadion", "lapangan", "monumen", "tugu",
    "bundaran", "taman", "simpang", "kampus", "yayasan", "museum",
})
# ... ``sejak <month>`` in a sentence giving a change in percent (``turun 30 persen sejak Juni``)
# compares the price with the month: the fall is as of the report.
CHANGE_WORDS: frozenset[str] = frozenset({
    "turun", "naik", "jatuh", "anjlok", "merosot", "melorot", "melemah", "menguat", "penurunan",
    "kenaikan", "terkoreksi", "melonjak", "lonjakan", "meroket", "susut", "menyusut", "terpangkas",
    "tergerus", "terjun", "ambles", "amblas",
})
# ... ``dari`` followed within a few words by one of these (or a superlative) names the level a
# move is measured from (``saham itu melemah 20 poin dari penutupan Jumat``, ``dari puncak pada Juni``).
FROM_LEVEL: frozenset[str] = frozenset({"penutupan", "puncak", "puncaknya", "level", "rekor"})
# Words joining two dates of one happening (``21-23 Oktober``, ``13 hingga 17 Oktober``,
# ``antara 7 September dan 1 Oktober``, ``1 sampai dengan 5 Mei``): the timeline places it at the first.
# A bare month right after one of these (``bulan`` may stand between) ends a span: in the anchor's year
# (``cukup sampai Desember`` in October is this December, not the last; ``hingga Maret`` in October
# stays this March). Time extractor (``extract.times``).
UNTIL_MONTH_BEFORE: frozenset[str] = frozenset({"hingga", "sampai", "sampe"})
RANGE_JOINERS: frozenset[str] = frozenset({"-", "–", "—", "hingga", "sampai", "sampai dengan", "s.d.", "s/d", "sd"})
# Every-words (``setiap tahun``, ``tiap-tiap hari Rabu``, ``saban hari``): the time extractor's sets
# (``extract.times.patterns.EVERY``) and the timeline's habits (``synth.timeline.not_happening``).
EVERY_WORDS: frozenset[str] = frozenset({"setiap", "tiap", "tiap-tiap", "saban"})
# Timeline: two bare weekdays joined by a dash after an every-word or one of these are a habit
# (``setiap Senin-Jumat``, ``biasanya Sabtu-Minggu``), not a happening; without one they are a range
# placed at its start (``digelar Sabtu-Minggu``). The words before the date are read split at
# hyphens, so ``tiap-tiap`` counts as its words ``tiap``.
HABIT_BEFORE: frozenset[str] = EVERY_WORDS | {"seperti", "biasanya"}
# Timeline: one speaker quoted twice on one day is one occasion, except a spokesperson, who speaks
# for an institution on many matters a day (``Jubir KPK Budi Prasetyo`` on three cases). Matched
# in the sentences that quote the speaker, as words (``juru bicara``, ``jubir``, ``humas``).
SPOKESPERSON_WORDS: tuple[str, ...] = (
    "juru bicara", "jubir", "humas", "kapuspenkum", "kapuspen", "penmas", "spokesperson", "spokesman",
)
# Timeline: words naming a day relative to when they are said. Inside a quote whose attribution
# is dated (``"Kemarin kami menerima laporan," ujar Kapolsek, Sabtu.``) they count from that day,
# not from the publication.
DEICTIC_DAYS: frozenset[str] = frozenset({
    "hari ini", "kemarin", "besok", "esok", "esok hari", "lusa", "kemarin lusa", "tadi", "semalam",
})
# How many days from the day they are said each relative day word counts (``kemarin`` -1, ``lusa``
# +2): the time extractor counts them from the publication, the timeline re-counts a quote's
# (:data:`DEICTIC_DAYS`) from the day the quote was said. ``nanti`` with a part of day is today
# (``nanti malam``).
# "The next day" of a narrative (``keesokan harinya``): counted from a day the story tells.
NEXT_DAY_WORDS: frozenset[str] = frozenset({"keesokan harinya", "esok harinya"})
DAY_OFFSETS: dict[str, int] = {
    "hari ini": 0, "tadi": 0, "nanti": 0, "kemarin": -1, "semalam": -1, "besok": 1, "esok": 1,
    "esok hari": 1, "lusa": 2, "besok lusa": 2, "kemarin lusa": -2,
}
# ``kemarin`` after these words, or followed by ``ada``/``sempat``, means "previously", not
# "yesterday" (``karena kemarin ada kendala``): PAST_REF.
KEMARIN_PREVIOUSLY_BEFORE: frozenset[str] = frozenset({"karena", "yang", "seperti", "sejak"})
KEMARIN_PREVIOUSLY_AFTER: frozenset[str] = frozenset({"ada", "sempat", "sudah", "pernah"})
# ``kemarin sore`` after these words is the idiom "a newcomer" (``masih anak kemarin sore``), no time.
KEMARIN_SORE_IDIOM_BEFORE: frozenset[str] = frozenset({"anak", "bocah"})
# ``hari ini`` right after these generic groups or periods means "nowadays" (PRESENT_REF), not the
# publication day: ``anak muda hari ini lebih suka ...``, ``generasi hari ini``, ``zaman hari ini``.
# Not when a quantity or ``para`` picks out a group of that day (``ratusan anak muda hari ini
# berunjuk rasa``: :data:`NOWADAYS_SPECIFIC_BEFORE`). ``masyarakat``/``warga`` are left out: ``warga
# hari ini mendatangi ...`` is as common as the generic reading.
NOWADAYS_HEADS: frozenset[str] = frozenset({
    "generasi", "anak muda", "anak-anak muda", "kaum muda", "orang muda", "remaja", "milenial",
    "zaman", "jaman", "era", "bangsa",
})
# Words before a group that make it a group of the day (``ratusan anak muda hari ini ...``).
NOWADAYS_SPECIFIC_BEFORE: frozenset[str] = frozenset({
    "para", "sejumlah", "puluhan", "ratusan", "ribuan", "belasan", "beberapa", "banyak", "dua", "tiga",
    "kelompok", "rombongan", "itu", "tersebut",
})
# A country before ``hari ini`` is "that country nowadays" when a portrait noun stands before it
# (``wajah Indonesia hari ini``) or a copula after (``Indonesia hari ini adalah ...``); otherwise it is
# the government acting that day (``Jepang hari ini mengumumkan ...``) and stays a day.
NOWADAYS_PORTRAIT_BEFORE: frozenset[str] = frozenset({"wajah", "potret", "realitas", "gambaran", "cermin"})
NOWADAYS_COPULA_AFTER: frozenset[str] = frozenset({"adalah", "ialah", "merupakan", "bukan", "bukanlah"})
# Words of an address whose numbers are written like a date (``RT 03/02/01``, ``Blok 12/3/21``,
# ``Kav 7/2/19``): neighbourhood (RT/RW) and plot numbers.
ADDRESS_WORDS: frozenset[str] = frozenset({"rt", "rw", "blok", "kav", "kavling"})
# Alleys and lots (``Gang 5/10/25``, ``Lot 3/2/21``) and codes, also numbered like a date; of them only
# ``kode`` is in :data:`NOT_YEAR_BEFORE` too (``Gang 1998`` may be the year an alley was named for).
ALLEY_WORDS: frozenset[str] = frozenset({"gang", "gg", "lot", "kode"})
# Words of a document number (``Surat Keputusan Nomor 12/10/25``, ``Surat Edaran No. 12/10/2025``):
# the numbers after them are the letter's number, even with a four-digit year.
DOC_NUMBER_WORDS: frozenset[str] = frozenset({"no", "nomor", "nomer"})
# Words before a bare year that make it a number, not a year (``Nomor 2010``, ``Rp 2015``).
NOT_YEAR_BEFORE: frozenset[str] = ADDRESS_WORDS | DOC_NUMBER_WORDS | {
    "rp", "us$", "usd", "idr", "kode", "pasal", "ayat", "km", "jalan", "jl",
    "sebanyak", "sejumlah", "mencapai", "total", "ke", "pukul", "jam", "ruang",
    "dasar",  # Undang-Undang Dasar 1945
}
# ``N <unit> lagi`` is how much time is left, a duration, not the date N units from now, when one of
# these stands right before the count (``tinggal dua pekan lagi``) *and* a noun of time left comes
# before it in the clause (``sisa masa jabatan bupati tinggal tiga bulan lagi``, ``waktu pendaftaran
# hanya tersisa enam hari lagi``). Without the noun the count is a date: ``sidang vonis tinggal tiga
# hari lagi`` names the day of the hearing (a scheduled event, a date by devsets/timeline/README.md).
REMAINING_BEFORE: frozenset[str] = frozenset({"tinggal", "tersisa", "sisa", "hanya", "masih"})
TIME_LEFT_NOUNS: frozenset[str] = frozenset({"sisa", "waktu", "masa", "tenggat", "durasi", "jangka", "tersisa"})
# Hedges that may stand between such a word and the count (``tinggal sekitar tiga bulan lagi``,
# ``kurang dari sepekan lagi``); skipped, as written, before the test above.
COUNT_HEDGES: tuple[str, ...] = ("kurang lebih", "kurang dari", "lebih dari", "sekitar", "hampir", "kira-kira")
# A forward count after one of these is a span whatever follows (``selama dua pekan mendatang``,
# ``ditahan untuk 25 hari ke depan``, ``dalam tiga hari ke depan``).
SPAN_BEFORE: frozenset[str] = frozenset({"selama", "untuk", "dalam"})
# A backward count ``N unit sebelumnya`` right after a verb of lasting is "the previous N units", a
# span (``merosot, meninggalkan kenaikan yang berlangsung tiga hari sebelumnya``: the three days of
# gains before the fall, no day of its own); ``berlangsung tiga hari lalu`` ("took place three days
# ago") stays a date.
LASTING_VERBS: frozenset[str] = frozenset({"berlangsung", "bertahan"})
# ``N hari ke depan`` ("the next N days") is a span, except after ``akan``/``bakal`` and one of these
# one-off acts (``pemerintah akan mengumumkan hasilnya tiga hari ke depan``: a day).
PUNCTUAL_VERBS: frozenset[str] = frozenset({
    "mengumumkan", "diumumkan", "memutuskan", "diputuskan", "meresmikan", "diresmikan", "melantik",
    "dilantik", "membacakan", "dibacakan", "menetapkan", "ditetapkan", "tiba", "datang",
})
# Words after a bare year that make it a count (``2015 orang``).
NOT_YEAR_AFTER: frozenset[str] = frozenset(
    {
        "orang", "unit", "ton", "meter", "kg", "km", "ha", "hektare", "persen", "kali", "buah", "jiwa",
        "rumah", "kendaraan", "barel", "liter", "mw", "kwh", "lembar", "ekor", "siswa", "peserta", "suara",
    }
)
# Words before ``(YYYY)`` that make it a citation (``Aspinall dkk (2022)``), not a time.
CITATION_BEFORE: frozenset[str] = frozenset({"dkk", "dkk.", "al", "al.", "et al."})
# Words after a bare month that tell which one is meant (``Maret lalu``, ``Juni yang akan datang``,
# ``Desember nanti``); read as past, current or coming by the time extractor's resolution.
MONTH_TAIL_WORDS: tuple[str, ...] = (
    "lalu", "yang lalu", "silam", "kemarin", "depan", "mendatang", "akan datang", "yang akan datang",
    "ini", "nanti",
)
# Words after a count of units (``tiga hari lalu``, ``setahun kemudian``, ``dua bulan lagi``, ``lima
# tahun terakhir``): back from the publication, from the article's latest date, ahead, or a span
# ending now.
COUNT_DIRECTION_WORDS: tuple[str, ...] = (
    "lalu", "yang lalu", "silam", "sebelumnya", "kemudian", "setelahnya", "sesudahnya", "berselang",
    "berikutnya", "lagi", "mendatang", "ke depan", "akan datang", "yang akan datang", "terakhir",
    "belakangan", "belakangan ini", "kemarin", "yang kemarin",
)
# Words after ``tanggal N bulan`` naming which month the day is in (``tanggal 5 bulan depan``,
# ``tanggal 20 bulan lalu``, ``tanggal 1 bulan ini``): the month by its place from the publication,
# the day a DATE. Read with :data:`DIRECTION_WORDS`.
DAY_OF_MONTH_TAILS: tuple[str, ...] = (
    "lalu", "kemarin", "sebelumnya", "ini", "depan", "mendatang", "berikutnya", "yang akan datang",
)
# ``bulan berjalan`` ("the running month") in a standing rule (``pendaftaran dibuka sampai tanggal 28
# bulan berjalan``): whichever month one is in, so the day is every month's (a SET ``XXXX-XX-28``).
RUNNING_MONTH_WORDS: tuple[str, ...] = ("berjalan",)
# Words naming one period as the exception of a rule (``Namun, khusus Februari, pendaftaran hanya
# buka hingga tanggal 27``, ``kecuali bulan Desember``): after a rule for every month, the month
# named is every year's such month, not the nearest one.
EXCEPTION_WORDS: frozenset[str] = frozenset({"khusus", "kecuali", "terkecuali"})
# Modifiers after a month/weekday/unit: direction (−1 past, +1 future, 0 current).
DIRECTION_WORDS: dict[str, int] = {
    "lalu": -1, "kemarin": -1, "silam": -1, "sebelumnya": -1, "yang lalu": -1,
    "depan": 1, "mendatang": 1, "yang akan datang": 1, "berikutnya": 1, "lagi": 1, "ke depan": 1,
    "ini": 0,
}
# How the time extractor reads the direction words above (:mod:`kliping.extract.times.relative` and
# :mod:`kliping.extract.times.resolution`). A count ending in one of these is a span up to now (``lima
# tahun terakhir``), a duration, no date.
SPAN_TO_NOW_WORDS: frozenset[str] = frozenset({"terakhir", "belakangan", "belakangan ini"})
# A count ending in one of these counts from the article's latest date, not the publication
# (``setahun kemudian``, ``tiga hari sebelumnya``).
COUNT_FROM_LATEST_WORDS: frozenset[str] = frozenset({
    "kemudian", "setelahnya", "sesudahnya", "berselang", "berikutnya", "sebelumnya",
})
# A count ending in one of these goes back (``tiga hari lalu``, ``dua tahun silam``; spoken ``beberapa
# hari kemarin``, ``dua minggu kemarin``: "ago", not yesterday).
COUNT_BACK_WORDS: frozenset[str] = frozenset({"lalu", "yang lalu", "silam", "sebelumnya", "kemarin", "yang kemarin"})
# A count ending in one of these goes ahead and, after :data:`REMAINING_BEFORE`, may be time left
# (``tinggal tiga bulan lagi``); ``ke depan`` is read on its own, with :data:`PUNCTUAL_VERBS`.
COUNT_AHEAD_WORDS: frozenset[str] = frozenset({"lagi", "mendatang", "akan datang", "yang akan datang"})
# ``akan``/``bakal`` before a one-off act make ``N hari ke depan`` a day (with :data:`PUNCTUAL_VERBS`).
FUTURE_AUXILIARIES: frozenset[str] = frozenset({"akan", "bakal"})
# Words after ``Minggu`` that fit a weekday as well as a week (``pada Minggu lalu``): mid-sentence
# the Sunday is meant, not the week.
SUNDAY_OR_WEEK_TAILS: frozenset[str] = frozenset({"lalu", "kemarin", "ini", "depan"})
# A period ending in one of these counts from the article's latest date (``tahun sebelumnya``,
# ``bulan berikutnya``, ``tahun yang sama``).
PERIOD_FROM_LATEST_WORDS: frozenset[str] = frozenset({"berikutnya", "sebelumnya", "yang sama"})
# A period ending in one of these is the one just named (``pekan ini``, ``tahun yang sama``); after
# :data:`PERIOD_BACK_WORDS` the one before, else the one after.
PERIOD_SAME_WORDS: frozenset[str] = frozenset({"ini", "yang sama"})
PERIOD_BACK_WORDS: frozenset[str] = frozenset({"lalu", "kemarin", "sebelumnya", "yang lalu"})
# Directions after a doubled word of time (``bulan-bulan mendatang``, ``hari-hari ke depan``,
# ``tahun-tahun yang akan datang``; ``tahun-tahun lalu``): the ahead ones make it FUTURE_REF, the
# back ones PAST_REF; the extractor reads the first word of the direction.
DOUBLED_AHEAD_WORDS: tuple[str, ...] = ("mendatang", "ke depan", "yang akan datang")
DOUBLED_BACK_WORDS: tuple[str, ...] = ("lalu", "sebelumnya", "terakhir", "belakangan")
DOUBLED_AHEAD_STARTS: frozenset[str] = frozenset(w.split()[0] for w in DOUBLED_AHEAD_WORDS)
# ``dulu`` is "formerly" at the start or after one of these (``sejak dulu``, ``zaman dulu``, ``yang
# dulu``); elsewhere it is "first" (``tunggu dulu``).
FORMERLY_BEFORE: frozenset[str] = frozenset({
    "sejak", "dari", "zaman", "jaman", "masa", "waktu", "seperti", "yang",
})
# ``dahulu`` after one of these is "first", no time (``lebih dahulu``, ``terlebih dahulu``).
FIRST_BEFORE: frozenset[str] = frozenset({"lebih", "terlebih", "paling"})
# Single words in the tail of a day, month or weekday that put it back or ahead (``Maret lalu``,
# ``Senin depan``, ``Desember nanti``); the back words are the one-word backward
# :data:`DIRECTION_WORDS`.
TAIL_BACK_WORDS: frozenset[str] = frozenset(w for w, d in DIRECTION_WORDS.items() if d < 0 and " " not in w)
TAIL_AHEAD_WORDS: frozenset[str] = frozenset({"depan", "mendatang", "datang", "nanti", "berikutnya"})
# Vague counts of years that make a decade or century duration (``puluhan tahun`` PXDE, ``ratusan
# tahun`` PXCE).
VAGUE_YEAR_LETTERS: dict[str, str] = {"puluhan": "DE", "ratusan": "CE", "ribuan": "CE"}
# Parts of day that mean the small hours before five o'clock (``pukul 2 malam`` is 02:00), no
# evening shift.
SMALL_HOURS_PARTS: frozenset[str] = frozenset({"malam"})

# Reference words (TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF).
REFERENCE_WORDS: dict[str, str] = {
    "saat ini": "PRESENT_REF", "sekarang": "PRESENT_REF", "kini": "PRESENT_REF",
    "dewasa ini": "PRESENT_REF", "belakangan ini": "PRESENT_REF", "sejauh ini": "PRESENT_REF",
    "baru-baru ini": "PAST_REF", "saat itu": "PAST_REF", "ketika itu": "PAST_REF",
    "kala itu": "PAST_REF", "waktu itu": "PAST_REF", "masa lalu": "PAST_REF", "dahulu": "PAST_REF",
    "dulu": "PAST_REF", "masa depan": "FUTURE_REF", "nanti": "FUTURE_REF", "kelak": "FUTURE_REF",
    "mendatang": "FUTURE_REF", "kemudian hari": "FUTURE_REF",
    "beberapa waktu lalu": "PAST_REF", "beberapa waktu yang lalu": "PAST_REF",
    "beberapa waktu silam": "PAST_REF", "waktu dekat": "FUTURE_REF", "akhir-akhir ini": "PRESENT_REF",
    "masa sebelumnya": "PAST_REF", "masa mendatang": "FUTURE_REF", "masa yang akan datang": "FUTURE_REF",
    "masa kini": "PRESENT_REF",
}

# Legal citations whose ``Tahun YYYY`` is part of a name, not a time: ``UU No. 11 Tahun 2008``.
LAW_PREFIXES: frozenset[str] = frozenset(
    {
        "uu", "uud", "undang-undang", "pp", "perpu", "perppu", "perpres", "keppres", "kepres", "inpres",
        "permen", "pmk", "perda", "pergub", "perwali", "perbup", "perkap", "perpol", "perma",
        "permendag", "permenkes", "permendagri", "permenkeu", "permendikbud", "permenhub", "se",
        "sema", "tap", "ketetapan", "peraturan", "keputusan", "instruksi", "surat", "pojk", "seojk",
        "pbi", "perban", "perkom", "skb", "putusan", "nomor", "no",
    }
)

# A month word right after a capitalised word is part of a person's or an institution's name
# (``Ahmad Juni``, ``Menteri Kehutanan Raja Juli``, ``Universitas Sebelas Maret``), not a date,
# unless that word is itself a time word, a holiday or a preposition written with a capital (title
# case, a sentence start): ``Lebaran April``, ``Natal Desember``, ``Bulan Juni``. Read by
# ``extract.times`` (bare months only: a day number, a year or ``lalu``/``ini`` after the month
# keep the date).
NOT_NAME_BEFORE_MONTH: frozenset[str] = frozenset(
    {
        "natal", "lebaran", "fitri", "idulfitri", "adha", "iduladha", "ramadan", "ramadhan", "imlek",
        "paskah", "waisak", "nyepi", "syawal", "muharram", "hari", "bulan", "tahun", "pekan",
        "minggu", "awal", "akhir", "pertengahan", "medio", "penghujung", "sejak", "semenjak", "pada",
        "hingga", "sampai", "mulai", "selama", "dari", "sebelum", "setelah", "sesudah", "usai",
        "jelang", "menjelang", "periode", "edisi", "tanggal", "per", "bulanan", "dan", "atau",
    }
)
# Modal assurance before a bare weekday: what "can be assured" for a day is still to come
# (``dana sudah dapat dipastikan cair hari Senin``). ``dipastikan`` alone is not enough
# (``korban dipastikan tewas pada Senin`` reports a past confirmation), and neither is the modal
# before a told happening (``dapat dipastikan korban meninggal Senin``, ``bisa dipastikan pelaku
# sudah kabur Senin``): between the cue and the weekday only ASSURED_GAP_WORDS, or a schedule or
# payout verb of ASSURED_SCHEDULE_VERBS with no completion word (COMPLETED_WORDS) beside it.
ASSURANCE_CUES: tuple[str, ...] = ("dapat dipastikan", "bisa dipastikan")
ASSURED_GAP_WORDS: frozenset[str] = frozenset({"hari", "pada", "mulai", "tanggal", "nanti", "ini", "itu", "pun"})
ASSURED_SCHEDULE_VERBS: frozenset[str] = frozenset(
    {
        "cair", "dicairkan", "dibayarkan", "dibayar", "disalurkan", "ditransfer", "diterima", "digelar",
        "dimulai", "dilaksanakan", "diadakan", "dibuka", "diresmikan", "berlaku", "diberlakukan",
        "dijadwalkan", "rampung", "selesai", "diumumkan",
    }
)
COMPLETED_WORDS: frozenset[str] = frozenset({"sudah", "telah", "sempat", "pernah", "tadi"})
# Parts of the day and "coming" words that may follow an assured weekday without telling a
# happening of their own (``dapat dipastikan hari Senin pagi``).
DAY_PART_WORDS: frozenset[str] = frozenset({"pagi", "siang", "sore", "malam", "nanti", "mendatang", "ini", "besok"})
# Capitalised number words that, before a month, name an institution or a street after a date
# (``Universitas Sebelas Maret``, ``Institut Teknologi Sepuluh Nopember``), read by
# ``extract.times`` only inside a capitalised run (``Universitas`` before it).
NAME_NUMBER_WORDS: frozenset[str] = frozenset(
    {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
     "belas", "puluh"}
)


# ---------------------------------------------------------------------------------------------------
# The words of the time pattern's families (``extract.times.patterns``), one home each. Tails that
# differ from family to family are kept apart as they were measured (each is a subset of the
# one-word month tails); joining them would change what is found.

# Abbreviations of the head words of a day of the month, a clock time and a year (``tgl. 5``,
# ``pkl 10.00``, ``thn 2020``, ``No. 11 Tahun 2008``), written with or without a dot.
HEAD_ABBREVIATIONS: dict[str, str] = {"tgl": "tanggal", "pkl": "pukul", "thn": "tahun", "no": "nomor"}
# Words that head a clock time (``pukul 10.00``, ``jam 8 malam``).
CLOCK_WORDS: tuple[str, ...] = ("pukul", "jam")
# Zones written after a clock time in running text (``pukul 10.00 WIB``, ``pukul 08.00 waktu
# setempat``): the Indonesian zones, GMT/UTC and "local time"; not the feeds' ``ut``/``z`` of :data:`ZONE_NAMES`.
CLOCK_ZONE_WORDS: tuple[str, ...] = (*TIME_ZONES, "gmt", "utc", "waktu setempat")
# The constitution, whose ``1945`` is part of its name (``UUD NRI Tahun 1945``), and the state name
# that may follow it.
CONSTITUTION_NAMES: tuple[str, ...] = ("uud", "undang-undang dasar")
CONSTITUTION_STATE_NAMES: tuple[str, ...] = ("nri", "negara republik indonesia")
# Words before a decade (``dekade 1990-an``, ``era 80-an``, ``tahun 2000-an``) ...
DECADE_HEADS: tuple[str, ...] = ("dekade", "dasawarsa", "era", "tahun", "periode")
# ... and the edges that stand only before a decade written in full (``akhir 1990-an``, ``awal 2000-an``).
DECADE_EDGE_WORDS: tuple[str, ...] = ("akhir", "awal")
# Days named from the day of writing (``kemarin``, ``besok lusa``, ``tadi``) or from the day a story
# has told (:data:`NEXT_DAY_WORDS`); ``hari ini`` is a period with its direction (``hari`` + ``ini``).
RELATIVE_DAY_WORDS: frozenset[str] = (frozenset(DAY_OFFSETS) - {"hari ini"}) | NEXT_DAY_WORDS
# Noon written as a part of the day (``tengah hari``), and the parts of the day written with ``hari``
# (``malam hari``, ``pagi hari``): not ``subuh``, ``dini hari`` or ``tengah malam``.
NOON_WORDS: tuple[str, ...] = ("tengah hari",)
DAY_PARTS_WITH_HARI: tuple[str, ...] = ("pagi", "siang", "sore", "petang", "malam")
# Words after ``tengah hari`` / ``malam hari`` that make them a day, not a time of day (``tengah hari
# ini``, ``malam hari itu``); a part of the day is a day before a counted one too (``pagi hari berikutnya``).
DAY_DEICTIC_WORDS: tuple[str, ...] = ("ini", "itu", "tadi")
DAY_PART_DAY_WORDS: tuple[str, ...] = (*DAY_DEICTIC_WORDS, "berikutnya", "sebelumnya")
# Words after a part of the day that name its day from now (``pagi ini``, ``malam tadi``, ``sore nanti``).
DAY_PART_DAY_TAILS: tuple[str, ...] = ("ini", "tadi", "nanti")
# The weekend as the unit of a habit (``setiap akhir pekan``).
WEEKEND_WORDS: tuple[str, ...] = ("akhir pekan",)
# Units of a habit (``setiap hari``, ``tiap bulan``, ``per jam``): not the long units counted in
# years (:data:`YEARS_PER_UNIT`).
RECURRING_UNITS: tuple[str, ...] = (*(u for u in DATE_UNITS if u not in YEARS_PER_UNIT), *TIME_UNITS)
# Units doubled after ``ber-`` for a long vague span (``berhari-hari``, ``bertahun-tahun``).
DOUBLED_UNITS: tuple[str, ...] = ("hari", "minggu", "bulan", "tahun", "jam", "abad", "dekade")
# Doubled words of a vague time (``hari-hari``, ``bulan-bulan``, ``kemarin-kemarin``); the
# directions that may follow them are :data:`DOUBLED_AHEAD_WORDS` and :data:`DOUBLED_BACK_WORDS`.
REDUPLICATED_TIME_WORDS: tuple[str, ...] = ("hari", "minggu", "pekan", "bulan", "tahun", "kemarin")
# Kinds of school year (``tahun ajaran baru``).
SCHOOL_YEAR_WORDS: tuple[str, ...] = ("ajaran", "akademik", "pelajaran")
# A week of a month by its place (``pekan ketiga Mei``, ``minggu terakhir bulan ini``).
WEEK_ORDINAL_WORDS: tuple[str, ...] = (*ORDINAL_WORDS, "terakhir")
# What joins the two ends of a range of counts (``dua hingga tiga hari``), of months (``Januari s/d
# Maret``), of days (``5 dan 6 Mei``) and of clock times (``pukul 10.00 s.d. 12.00``): subsets of
# :data:`RANGE_JOINERS`, as measured for each.
COUNT_RANGE_JOINERS: tuple[str, ...] = ("-", "–", "hingga", "sampai")
MONTH_RANGE_JOINERS: tuple[str, ...] = (*COUNT_RANGE_JOINERS, "s/d")
DAY_LIST_JOINERS: tuple[str, ...] = (*MONTH_RANGE_JOINERS, "dan")
CLOCK_RANGE_JOINERS: tuple[str, ...] = (*MONTH_RANGE_JOINERS, "s.d.")
# One-word tails that tell a weekday's direction (``Senin lalu``, ``Kamis ini``, ``Jumat nanti``):
# the one-word :data:`MONTH_TAIL_WORDS`. The other families take a part of them.
WEEKDAY_TAIL_WORDS: frozenset[str] = frozenset(w for w in MONTH_TAIL_WORDS if " " not in w)
# ... of a written date or a weekday with its date (``5 Mei lalu``, ``Senin (3/11) mendatang``)
DATE_TAIL_WORDS: frozenset[str] = WEEKDAY_TAIL_WORDS - {"ini"}
# ... of a month with its year (``Mei 2024 lalu``)
MONTH_YEAR_TAIL_WORDS: frozenset[str] = WEEKDAY_TAIL_WORDS - {"kemarin", "nanti"}
# ... of ``tahun 2024`` (``tahun 2019 silam``)
YEAR_TAIL_WORDS: frozenset[str] = WEEKDAY_TAIL_WORDS - {"kemarin"}
# ... of a bare year after a modifier or a signal word (``pada 2019 lalu``)
BARE_YEAR_TAIL_WORDS: frozenset[str] = WEEKDAY_TAIL_WORDS - {"kemarin", "depan", "nanti"}
# ... of a bare year standing alone, back only (``2019 silam``)
BARE_YEAR_BACK_WORDS: frozenset[str] = frozenset({"lalu", "silam"})
# ... of a season (``musim hujan tahun lalu``)
SEASON_TAIL_WORDS: frozenset[str] = WEEKDAY_TAIL_WORDS - {"silam"}
# ... of a quarter or half (``kuartal III tahun lalu``, ``semester sebelumnya``)
QUARTER_TAIL_WORDS: frozenset[str] = frozenset({"ini", "lalu", "depan", "mendatang", "sebelumnya"})
# ... of ``tahun``/``bulan`` after a month or a week of a month (``Mei tahun lalu``, ``pekan kedua bulan depan``)
NEIGHBOUR_PERIOD_WORDS: frozenset[str] = frozenset({"ini", "lalu", "depan"})
# Directions of a period named from the publication or the latest date (``bulan lalu``, ``tahun
# depan``, ``pekan yang akan datang``, ``tahun yang sama``): the words ``extract.times.relative.h_relsimple``
# reads, and the ones ahead.
PERIOD_AHEAD_WORDS: frozenset[str] = frozenset({"depan", "mendatang", "akan datang", "yang akan datang"})
PERIOD_TAIL_WORDS: frozenset[str] = (
    PERIOD_FROM_LATEST_WORDS | PERIOD_SAME_WORDS | PERIOD_BACK_WORDS | PERIOD_AHEAD_WORDS
)
