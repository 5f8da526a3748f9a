"""``synth.claims.claim_findings``: an allegation by one side paired with another actor's denial.

Evidence is built by hand from sentences written for these tests.
"""

from __future__ import annotations

from kliping.model import Claim, Document, Evidence
from kliping.synth.claims import claim_findings
from kliping.text import split_sentences


def ev(aid: str, text: str, claims: list[Claim]) -> Evidence:
    doc = Document(id=aid, input=aid, text=text, sentences=split_sentences(text))
    return Evidence(doc=doc, claims=claims)


A_TEXT = "Pemerintah Kota Tirta menuduh PT Sungai Jaya membuang limbah ke Sungai Ciliwung. Warga mengeluh bau."
B_TEXT = "Cuaca cerah sepanjang hari. PT Sungai Jaya membantah membuang limbah ke Sungai Ciliwung."


def allegation(sentence: int = 0, actor: str | None = "Pemerintah Kota Tirta") -> Claim:
    return Claim("allegation", "menuduh", "PT Sungai Jaya membuang limbah ke Sungai Ciliwung", sentence,
                 actor_name=actor)


def denial(sentence: int = 1, actor: str | None = "PT Sungai Jaya", text: str = "membuang limbah ke Sungai Ciliwung") -> Claim:
    return Claim("denial", "membantah", text, sentence, actor_name=actor)


def test_allegation_and_denial_by_another_actor_make_a_discrepancy():
    arts = [ev("a", A_TEXT, [allegation()]), ev("b", B_TEXT, [denial()])]
    (f,) = claim_findings(arts, {})
    assert f.kind == "discrepancy"
    assert f.about.startswith("Pemerintah Kota Tirta vs PT Sungai Jaya: ")
    assert "limbah" in f.about
    assert [(i.article, i.sentence) for i in f.items] == [("a", 0), ("b", 1)]
    # every item is a real sentence of its article
    for i, art in zip(f.items, arts, strict=True):
        assert i.text == art.doc.sentences[i.sentence].text


def test_unrelated_denial_is_not_paired():
    other = denial(text="menunggak pajak tahun lalu")
    assert claim_findings([ev("a", A_TEXT, [allegation()]), ev("b", B_TEXT, [other])], {}) == []


def test_same_actor_or_unknown_actor_is_not_a_dispute():
    same = denial(actor="Pemerintah Kota Tirta")
    assert claim_findings([ev("a", A_TEXT, [allegation()]), ev("b", B_TEXT, [same])], {}) == []
    nobody = denial(actor=None)
    assert claim_findings([ev("a", A_TEXT, [allegation()]), ev("b", B_TEXT, [nobody])], {}) == []
    passive = allegation(actor=None)  # ``diduga``: nobody alleges it, nothing to pair
    assert claim_findings([ev("a", A_TEXT, [passive]), ev("b", B_TEXT, [denial()])], {}) == []


def test_duplicate_articles_are_skipped():
    arts = [ev("a", A_TEXT, [allegation()]), ev("b", B_TEXT, [denial()])]
    assert claim_findings(arts, {"b": "x"}) == []


def test_confirmation_counts_and_one_finding_per_pair():
    conf = Claim("confirmation", "membenarkan", "PT Sungai Jaya membuang limbah ke Sungai Ciliwung", 0,
                 actor_name="Dinas Lingkungan Hidup")
    arts = [ev("a", A_TEXT, [allegation(), conf]), ev("b", B_TEXT, [denial()]), ev("c", B_TEXT, [denial()])]
    fs = claim_findings(arts, {})
    assert sorted(f.about.split(":")[0] for f in fs) == [
        "Dinas Lingkungan Hidup vs PT Sungai Jaya", "Pemerintah Kota Tirta vs PT Sungai Jaya"]
    for f in fs:  # the denial in two articles joins the same finding, each sentence once
        assert [(i.article, i.sentence) for i in f.items] == [("a", 0), ("b", 1), ("c", 1)]


def test_entity_ids_decide_sameness_when_linked():
    a = allegation()
    a.actor = "e1"
    b = denial(actor="Pemkot Tirta")
    b.actor = "e1"  # linked to the same entity under another name
    assert claim_findings([ev("a", A_TEXT, [a]), ev("b", B_TEXT, [b])], {}) == []


def test_denial_of_hal_tersebut_is_read_with_the_sentence_before():
    b_text = "Warga menyebut PT Sungai Jaya membuang limbah ke Sungai Ciliwung. Perusahaan itu membantah hal tersebut."
    b = Claim("denial", "membantah", "Perusahaan itu membantah hal tersebut", 1, actor_name="PT Sungai Jaya")
    (f,) = claim_findings([ev("a", A_TEXT, [allegation()]), ev("b", b_text, [b])], {})
    assert [(i.article, i.sentence) for i in f.items] == [("a", 0), ("b", 1)]  # the denial sentence itself
