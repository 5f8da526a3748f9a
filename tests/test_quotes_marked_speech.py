"""``mengungkap`` (without ``-kan``) as a speech verb (docs/quotes.md, "mengungkap: speech only before a
comma, a colon or bahwa"): it reports what follows ``bahwa``, a comma or a colon; with an object it means
uncovering (``mengungkap kasus``) and reports nothing, nor makes its subject the speaker of the next bare
quote. The passives ``diungkap`` and ``ditekankan`` name the one speaking (after a quote; in a ``Hal serupa
ditekankan oleh X`` lead, the one a following ``Ia`` stands for).

The sentences are written for these tests; the people and places are invented.
"""

from __future__ import annotations

from tests.test_quotes_qa5 import quotes as _quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(t, sp) for direct, t, sp in _quotes(text) if not direct]


def test_mengungkap_bahwa_reports_the_clause():
    got = _reported("Kepala Dinas Pertanian Hendra Wijaya mengungkap bahwa panen jagung di Lombok Timur "
                    "turun sepertiga tahun ini.")
    assert got == [("panen jagung di Lombok Timur turun sepertiga tahun ini", "Hendra Wijaya")]


def test_mengungkap_with_a_comma_reports_the_clause():
    got = _reported("Direktur Utama PT Sumber Tani Rudi Hartono mengungkap, pabrik pupuk di Gresik "
                    "berhenti beroperasi selama dua pekan.")
    assert got == [("pabrik pupuk di Gresik berhenti beroperasi selama dua pekan", "Rudi Hartono")]


def test_mengungkap_with_an_object_is_uncovering_not_speech():
    assert _reported("Polres Sleman mengungkap jaringan pencurian sepeda motor yang beroperasi di tiga "
                     "kecamatan.") == []


def test_uncovering_does_not_make_the_next_bare_quote_its_subjects():
    text = ("Polres Sleman mengungkap jaringan pencurian sepeda motor di tiga kecamatan.\n\n"
            "\u201cKami masih memburu dua pelaku lain yang kabur ke luar kota.\u201d")
    direct = [(t, sp) for d, t, sp in _quotes(text) if d]
    assert direct and all(sp != "Polres Sleman" for _, sp in direct)


def test_mengungkap_before_an_opening_quote_with_a_comma_is_its_head():
    text = "Bupati Sri Rahayu mengungkap, \u201cAnggaran sekolah rusak sudah kami geser ke tahun depan.\u201d"
    assert [(t, sp) for d, t, sp in _quotes(text) if d] == [
        ("Anggaran sekolah rusak sudah kami geser ke tahun depan.", "Sri Rahayu")]


def test_diungkap_after_a_quote_names_the_speaker():
    text = "\u201cStok gabah di gudang masih aman sampai akhir tahun,\u201d diungkap Kepala Bulog Agus Salim."
    assert next(sp for d, _, sp in _quotes(text) if d) == "Agus Salim"


def test_a_passive_lead_with_ditekankan_makes_its_agent_the_next_pronoun():
    got = _reported("Gubernur Jawa Tengah Bambang Sutrisno menegaskan bahwa panen raya tahun ini melampaui target. "
                    "Hal serupa juga ditekankan oleh Dewi Anggraini. "
                    "Ia menyatakan bahwa kapasitas gudang lama di Semarang sudah penuh sejak Maret.")
    assert ("kapasitas gudang lama di Semarang sudah penuh sejak Maret", "Dewi Anggraini") in got
