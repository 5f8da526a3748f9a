"""Time-aware linking (docs/linking.md, "Fifteenth pass"): a daily routine's reports for different
days are different events (``DAY_GUARD``), and explainers with no dated happening do not chain into
a storyline on a broad subject's generic words (``EVERGREEN_GUARD``)."""

from __future__ import annotations

import datetime as dt

from kliping.extract import extract
from kliping.link import link, stream
from kliping.link.events import is_evergreen, report_days
from kliping.link.stream import Features, StreamResult, link_stream
from kliping.model import Evidence
from tests.test_link_helpers import make_doc

# ----------------------------------------------------------------------------- report days


def ev(aid: str, text: str, title: str, published: str):
    return extract(make_doc(aid, text, title=title, published=published))


def test_report_days_come_from_the_headline_and_the_leads_day_words() -> None:
    besok = ev("a", "Hujan ringan diperkirakan turun di Makassar pada sore hari.",
               "Prakiraan Cuaca Makassar Besok: Hujan Ringan", "2025-03-10")
    assert report_days(besok) == {"2025-03-11"}
    pagi = ev("b", "Nilai tukar rupiah melemah terhadap dolar AS pagi ini. Rupiah dibuka di level Rp 16.300.",
              "Rupiah Melemah ke Rp 16.300", "2025-07-08")
    assert report_days(pagi) == {"2025-07-08"}
    # The lead's explicit date beside the day word is the same day, not a second one.
    dated = ev("c", "Bagaimana cuaca Makassar hari ini, Rabu, 12 Maret 2025? Hujan sedang turun siang hari.",
               "Cuaca Makassar Hari Ini 12 Maret", "2025-03-12")
    assert report_days(dated) == {"2025-03-12"}
    # A follow-up on yesterday's happening, or a day word deep in the body, names no report day.
    kemarin = ev("d", "Banjir merendam ratusan rumah di Makassar kemarin. Hari ini warga mulai membersihkan rumah.",
                 "Banjir Rendam Ratusan Rumah di Makassar", "2025-03-12")
    assert report_days(kemarin) == frozenset()


FORECAST_21 = (
    "Bagaimana prakiraan cuaca Kota Bandung dan sekitarnya besok, Selasa, 11 Maret 2025? "
    "Menurut data BMKG, hujan berintensitas sedang diperkirakan mengguyur Bandung, Cimahi dan Lembang pada sore hari. "
    "Suhu udara di wilayah itu berkisar antara 19 hingga 28 derajat Celsius dengan kelembapan yang tinggi. "
    "Warga diminta membawa payung serta mewaspadai genangan air di sejumlah ruas jalan utama. "
    "BMKG juga mengingatkan potensi angin kencang di kawasan Lembang menjelang malam."
)
FORECAST_22 = (
    "Seperti apa prakiraan cuaca Kota Bandung dan sekitarnya hari ini, Rabu, 12 Maret 2025? "
    "Data BMKG menunjukkan Bandung, Cimahi dan Soreang berpotensi diguyur hujan sedang sejak siang hingga sore hari. "
    "Suhu udara diperkirakan 18 sampai 27 derajat Celsius, sementara kelembapan udara tetap tinggi. "
    "BMKG meminta warga menyiapkan payung dan berhati-hati terhadap genangan di jalan utama. "
    "Angin kencang juga berpotensi terjadi di Lembang dan Soreang pada malam hari."
)


def forecasts() -> list:
    return [
        ev("f21", FORECAST_21, "Prakiraan Cuaca Bandung Besok: Hujan Sedang Sore Hari, Waspada Genangan", "2025-03-10"),
        ev("f22", FORECAST_22, "Prakiraan Cuaca Bandung Hari Ini 12 Maret: Hujan Sedang Sore Hari, Waspada Genangan",
           "2025-03-12"),
        ev("g22", "BMKG meminta warga Bandung mewaspadai genangan air hari ini karena hujan sedang diperkirakan "
                  "turun pada sore hari. Genangan biasanya muncul di ruas jalan utama Bandung dan Cimahi, "
                  "sementara angin kencang berpotensi terjadi di Lembang menjelang malam.",
           "Cuaca Bandung Hari Ini: BMKG Minta Warga Waspadai Genangan", "2025-03-12"),
    ]


def test_forecasts_for_two_days_are_two_events_of_one_storyline(monkeypatch) -> None:
    story = link(forecasts())
    event = {a: e.id for e in story.events for a in e.articles}
    storyline = {e: s.id for s in story.storylines for e in s.events}
    assert event["f21"] != event["f22"]
    assert storyline[event["f21"]] == storyline[event["f22"]]
    # Another report for the same day still joins that day's forecast.
    assert event["g22"] == event["f22"]
    # Without the guard the two days' forecasts, worded alike, were one event.
    monkeypatch.setattr(stream, "DAY_GUARD", False)
    plain = {a: e.id for e in link(forecasts()).events for a in e.articles}
    assert plain["f21"] == plain["f22"]


def test_a_report_naming_no_day_still_joins_an_event_of_day_reports() -> None:
    """The guard needs a day on both sides: a follow-up that names none is judged on its words."""
    d0 = dt.date(2025, 7, 7)
    words = dict.fromkeys(("rupiah", "dolar", "melemah", "kurs", "level", "bloomberg", "perdagangan", "pasar",
                           "spot", "asia"), 1)
    feats = [
        Features("a", d0, dict(words), days=frozenset({"2025-07-07"})),
        Features("b", d0 + dt.timedelta(days=1), dict(words)),
        Features("c", d0 + dt.timedelta(days=1), dict(words), days=frozenset({"2025-07-08"})),
    ]
    res: StreamResult = link_stream(feats)
    assert res.event_of["b"] == res.event_of["a"]
    # ``c`` says it is the next day's report: the event holding the 7 July report is no candidate.
    assert res.event_of["c"] != res.event_of["a"]


# ----------------------------------------------------------------------------- evergreen explainers


def test_an_explainer_without_a_dated_happening_is_evergreen_and_a_dated_report_is_not() -> None:
    explainer = ev("k", "Kopi mengandung antioksidan yang baik bagi jantung. Sebuah studi pada 2021 menemukan "
                        "manfaatnya bagi otak. Waktu terbaik minum kopi adalah pukul 10.00 hingga pukul 13.00, "
                        "bukan pada sore hari.", "5 Manfaat Kopi untuk Kesehatan", "2025-10-19")
    assert is_evergreen(explainer)
    report = ev("r", "Dinas Kesehatan Garut mencatat 40 warga keracunan kopi kemasan pada Senin (13/10/2025). "
                     "Para korban dirawat di puskesmas terdekat.", "Puluhan Warga Garut Keracunan", "2025-10-14")
    assert not is_evergreen(report)
    # Without a publication date nothing can be judged: not evergreen.
    undated = ev("u", "Kopi mengandung antioksidan yang baik bagi jantung.", "Manfaat Kopi", None)
    assert not is_evergreen(undated)
    # A news headline names no explainer: a brief whose one sentence names no day is not evergreen.
    brief = ev("n", "Minyak Brent ditutup melemah di level 76,15 dolar AS per barel di bursa London.",
               "Brent Ditutup Melemah", "2025-10-06")
    assert not is_evergreen(brief)
    # Nor without extraction (``link`` on bare documents): no evidence says it is undated.
    bare = Evidence(doc=make_doc("b", explainer.doc.text, title=explainer.doc.title, published="2025-10-19"))
    assert not is_evergreen(bare)


GENERIC = "manfaat kesehatan tubuh nutrisi antioksidan"
KOPI = "kopi kafein cangkir biji sangrai arabika robusta seduh ampas barista gula susu pahit aroma gelas pagi"
UBI = "ubi jalar umbi serat karbohidrat kukus rebus oranye ungu panen ladang kebun goreng manis tanah kulit"


def piece(aid: str, day: int, own: str, evergreen: bool = True) -> Features:
    """A health piece: the broad subject's generic words, then its own (``Manfaat Kopi untuk Kesehatan``)."""
    terms: dict[str, int] = {}
    for w in [*GENERIC.split(), *own.split()]:
        terms[w] = terms.get(w, 0) + 1
    head = own.split()[0]
    terms.update({"manfaat": 3, "kesehatan": 3, head: 4})
    return Features(id=aid, date=dt.date(2025, 10, 1) + dt.timedelta(days=day), terms=terms,
                    evergreen=evergreen, title={"manfaat": 1, "kesehatan": 1, head: 1})


def storyline(res: StreamResult, aid: str) -> int:
    return res.storyline_of_event[res.event_of[aid]]


def test_explainers_on_one_broad_subject_do_not_chain_into_one_storyline(monkeypatch) -> None:
    feats = [piece("kopi", 0, KOPI), piece("ubi", 7, UBI)]
    res = link_stream(feats)
    assert storyline(res, "kopi") != storyline(res, "ubi")
    # Without the guard the sweet-potato explainer joined the coffee one on the health words alone.
    monkeypatch.setattr(stream, "EVERGREEN_GUARD", False)
    assert storyline(link_stream(feats), "kopi") == storyline(link_stream(feats), "ubi")


def test_an_explainer_still_joins_the_storyline_of_a_dated_happening() -> None:
    """A dated report (a study published that week) makes the storyline a happening's: an explainer
    on its subject joins it, and so does the explainer that opened it once a dated report came in."""
    res = link_stream([piece("studi", 0, KOPI, evergreen=False), piece("tips", 7, KOPI)])
    assert storyline(res, "tips") == storyline(res, "studi")
    res = link_stream([piece("tips", 0, KOPI), piece("studi", 7, KOPI, evergreen=False)])
    assert storyline(res, "studi") == storyline(res, "tips")
