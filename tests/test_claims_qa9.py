"""Claims from the ninth round: ``diduga kuat`` is one hedge (``kuat`` is not claimed); an attributive
``diduga`` before a party noun after the clause's own active verb hedges only that noun; a cue cut out of
a bracket leaves no empty or padded bracket.

The sentences are written for these tests (mentions from the real entity extractor).
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.extract.entities import extract_mentions
from tests.quote_helpers import doc


def claims(text: str) -> list[tuple[str, str]]:
    d = doc(text)
    return [(c.status, c.text) for c in extract_claims(d, extract_mentions(d))]


def test_diduga_kuat_is_one_hedge():
    assert claims("Keracunan itu diduga kuat karena kelalaian juru masak di dapur umum.") == [
        ("allegation", "Keracunan itu karena kelalaian juru masak di dapur umum")]
    assert claims("Budi Santoso mengatakan, kebakaran itu diduga keras disengaja oleh pemilik gudang.") == [
        ("allegation", "kebakaran itu disengaja oleh pemilik gudang")]
    # ``diduga`` alone is unchanged
    assert claims("Keracunan itu diduga karena kelalaian juru masak di dapur umum.") == [
        ("allegation", "Keracunan itu karena kelalaian juru masak di dapur umum")]


def test_an_attributive_diduga_hedges_only_the_noun_after_an_active_verb():
    assert claims("Polisi menangkap dua orang diduga pelaku pencurian di pasar itu.") == [
        ("allegation", "dua orang pelaku pencurian di pasar itu")]
    assert claims("Petugas mengamankan seorang pria diduga pengedar sabu, Senin malam.") == [
        ("allegation", "seorang pria pengedar sabu")]
    # as the predicate of its clause it is the sentence's claim
    assert claims("Pria itu diduga pelaku pencurian di pasar itu.") == [
        ("allegation", "Pria itu pelaku pencurian di pasar itu")]


def test_a_cue_cut_from_a_bracket_leaves_no_empty_bracket():
    assert claims("Sebanyak 40 siswa yang (diduga keracunan makanan) dirawat di puskesmas.") == [
        ("allegation", "Sebanyak 40 siswa yang (keracunan makanan) dirawat di puskesmas")]
