"""Indonesian cue words that tell a dated phrase is not when something happened (data only).

Used by the timeline (:mod:`kliping.synth.timeline`), next to the target, comparison and name cues of
:mod:`kliping.lang.id.calendar`. Keys are lower case.
"""

from __future__ import annotations

# A hope or wish before a date that is still to come: the date is hoped for, not a happening
# (``mudah-mudahan awal November sudah jalan``, ``semoga Senin depan cair``). Words as written, with
# their hyphen.
HOPE_BEFORE: frozenset[str] = frozenset({
    "mudah-mudahan", "semoga", "moga-moga", "harapannya", "diharapkan", "berharap", "mengharapkan",
    "harapan", "insyaallah", "insya allah",
})
# A condition right before a date still to come: the date is a supposition (``jika akhir Oktober nanti
# tidak ada perkembangan``, ``kalau besok mau diambil``).
CONDITION_BEFORE: frozenset[str] = frozenset({
    "jika", "jikalau", "kalau", "apabila", "bila", "seandainya", "andaikan", "andai", "asalkan",
    "manakala", "kalaupun", "jikapun",
})
# "Let's see by then" (``kita lihat sampai akhir Oktober``, ``akhir Oktober saya akan lihat lagi``): a
# look still to come, neither a happening nor a concrete scheduled event.
WAIT_AND_SEE: frozenset[str] = frozenset({"lihat", "melihat", "dilihat"})
# Words of a weather or other forecast: in a sentence with one of these, a date still to come is the
# forecast's day (``prakiraan cuaca besok, Selasa, 21 Oktober 2025``), a prediction.
FORECAST_WORDS: frozenset[str] = frozenset({"prakiraan", "ramalan", "prediksi", "cuaca"})
# Verbs saying when the reporter quoted, read or looked something up (``dikutip``, ``dilansir``,
# ``dilihat``); a date right after such a verb and its outlet (``dikutip detikHot, Sabtu``) is when
# the text was read. The scrape often glues the verb, ``dari`` and ``pada`` to the outlet's name
# (``dikutipdetikHot``, ``Dikutip dariEuronewspada Jumat``), so they are matched as word starts.
QUOTING_VERBS: tuple[str, ...] = ("dikutip", "dilansir", "dilihat", "diakses", "ditulis")
# Lower-case words allowed between a quoting verb and the outlet's name (``dilansir dari laman resmi
# BMKG``).
OUTLET_FILLERS: frozenset[str] = frozenset({
    "dari", "laman", "situs", "akun", "kanal", "kantor", "berita", "media", "resmi", "dan", "di",
})
