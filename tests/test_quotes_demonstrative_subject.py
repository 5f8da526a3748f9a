"""A speaker written as a noun and a demonstrative (round 22, item 1).

* ``Pj Sekda Sinjai itu mengatakan``: an office after an acting prefix (``Pj``, ``Plt``; the
  abbreviations are ``titles.ACTING_PREFIXES`` and speaker title words) with a demonstrative points
  back at the one speaking, as ``Ketua Majelis … itu`` does; before, ``Pj`` was read as a name and the
  statement had no speaker.
* ``Pria itu mengatakan``: one capitalised person noun and a demonstrative is the current speaker,
  not a speaker called ``Pria``.
* ``Kartel itu menyatakan``, ``Konsorsium tersebut membantah``: a noun for an organisation
  (``quote_words.ORG_ANAPHOR_NOUNS``) is the organisation named before as the subject of its clause;
  an organisation head (``Perusahaan itu``) is the organisation last named with that head, else the
  same. A noun of no list (``Panggung itu``) names nobody: no bare ``Kartel`` or ``Panggung`` as a
  speaker.

The sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.extract.quotes import extract_quotes
from tests.quote_helpers import doc
from tests.quote_helpers import typed_mentions as _mentions


def _reported(text: str, specs: list[tuple[str, str]]) -> list[tuple[str | None, str]]:
    return [(q.speaker_name, q.cue) for q in extract_quotes(doc(text), _mentions(text, specs)) if not q.direct]


def test_an_acting_office_with_a_demonstrative_is_the_one_speaking():
    t = ("“Kami masih berkonsultasi dengan provinsi,” ujar Kepala Bappeda Kabupaten Sinjai Rudi Hartono.\n"
         "Pj Sekda Sinjai itu mengatakan, pencairan anggaran belum bisa dilakukan bulan ini.")
    assert _reported(t, [("Rudi Hartono", "PERSON")]) == [("Rudi Hartono", "mengatakan")]


def test_a_person_noun_with_a_demonstrative_is_the_current_speaker_not_a_name():
    t = ("“Jalan ini rusak sejak musim hujan,” ujar Rudi Hartono.\n"
         "Pria itu mengatakan, perbaikan sudah diusulkan ke dinas sejak tahun lalu.")
    assert _reported(t, [("Rudi Hartono", "PERSON")]) == [("Rudi Hartono", "mengatakan")]


def test_a_cartel_with_a_demonstrative_is_the_organisation_named_before():
    t = ("Organisasi Negara Pengekspor Kopi (ONPK) mempertahankan kuota ekspor pada rapat di Roma.\n"
         "Kartel itu menyatakan bahwa permintaan kopi dunia akan melemah tahun depan.")
    specs = [("Organisasi Negara Pengekspor Kopi", "ORG"), ("ONPK", "ORG"), ("Roma", "GPE")]
    assert _reported(t, specs) == [("ONPK", "menyatakan")]


def test_an_organisation_named_inside_a_clause_is_no_antecedent():
    # the organisation is what the clause is about; the subject is the country
    t = ("Brasil, anggota terbesar ONPK, menaikkan harga ekspor pekan lalu.\n"
         "Kartel itu menyatakan bahwa harga akan stabil.")
    specs = [("Brasil", "GPE"), ("ONPK", "ORG")]
    assert _reported(t, specs) == [(None, "menyatakan")]


def test_a_company_head_with_a_demonstrative_is_the_company_named_before():
    t = ("PT Sinar Abadi menutup dua pabriknya di Cikarang.\n"
         "Perusahaan itu menyatakan bahwa penjualan turun tajam sejak awal tahun.")
    specs = [("PT Sinar Abadi", "ORG"), ("Cikarang", "GPE")]
    assert _reported(t, specs) == [("PT Sinar Abadi", "menyatakan")]


def test_a_noun_of_no_list_with_a_demonstrative_names_nobody():
    t = ("“Kami siap tampil,” kata Dewi Lestari.\n"
         "Panggung itu menyebut bahwa acara akan dimulai pukul delapan.")
    names = [name for name, _cue in _reported(t, [("Dewi Lestari", "PERSON")])]
    assert "Panggung" not in names


def test_a_claim_by_a_cartel_with_a_demonstrative_is_the_organisation():
    t = ("Organisasi Negara Pengekspor Kopi (ONPK) mempertahankan kuota ekspor pada rapat di Roma.\n"
         "Kartel itu membantah tuduhan bahwa anggotanya sengaja menahan pasokan.")
    specs = [("Organisasi Negara Pengekspor Kopi", "ORG"), ("ONPK", "ORG"), ("Roma", "GPE")]
    claims = extract_claims(doc(t), _mentions(t, specs))
    assert [(c.status, c.actor_name) for c in claims] == [("denial", "ONPK")]


def test_an_office_running_on_past_an_ordinal_to_a_demonstrative_is_the_one_speaking():
    # ``Ketua MPR ke-15 ini``: before, the speaker was the organisation inside the office (``MPR``)
    t = ("“Konstitusi perlu dibaca ulang,” kata Bambang Soesanto.\n"
         "Ketua Dewan Pakar ke-3 ini menegaskan, perubahan aturan harus melalui kajian panjang.")
    specs = [("Bambang Soesanto", "PERSON"), ("Dewan Pakar", "ORG")]
    assert _reported(t, specs) == [("Bambang Soesanto", "menegaskan")]


def test_an_office_with_a_bracket_and_a_date_in_its_name_then_a_demonstrative():
    t = ("“Literasi digital harus dimulai di kampus,” ujar Rina Marlina.\n"
         "Direktur Pusat Data (Pusdat) Yayasan Nusa 10 November 1950 (YNN) Malang ini menyebut, "
         "kampus memegang peran penting dalam budaya berpikir kritis.")
    specs = [("Rina Marlina", "PERSON"), ("Yayasan Nusa", "ORG")]
    assert _reported(t, specs) == [("Rina Marlina", "menyebut")]
