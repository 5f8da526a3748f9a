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


def test_denial_of_tuduhan_itu_after_a_subheading_pairs_with_the_article_accusation():
    """A subheading between the accusation and ``membantah tuduhan itu`` still pairs them."""
    from kliping.extract.claims import extract_claims
    from kliping.model import Document, Evidence
    from kliping.synth.claims import claim_findings
    from kliping.text import split_sentences

    t = ("Kementerian Perdagangan menuduh Vietnam mengirim ribuan ton gula selundupan ke Batam.\n"
         "Bantahan\n"
         "Vietnam membantah tuduhan itu.")
    doc = Document(id="a", input="a", text=t, sentences=split_sentences(t))
    ev = Evidence(doc=doc, claims=extract_claims(doc))
    (f,) = claim_findings([ev], {})
    assert f.kind == "discrepancy"
    assert f.about.startswith("Kementerian Perdagangan vs Vietnam")
    assert [i.sentence for i in f.items] == [0, 2]


def test_bundled_sample_accusation_and_denial_become_a_finding():
    """The sample's Gedung Putih ``menuduh`` and Rusia/Korut ``membantah`` pair into a discrepancy."""
    from pathlib import Path

    import kliping
    from kliping.extract.claims import extract_claims
    from kliping.extract.entities import extract_mentions
    from kliping.ingest import clean, read_inputs
    from kliping.model import Article, Evidence
    from kliping.synth.claims import claim_findings

    sample = Path(kliping.__file__).parent / "sample" / "wartanusa-2023-10-14-kontainer.txt"
    (art,) = [a for a in read_inputs([sample]) if isinstance(a, Article)]
    doc = clean(art)
    ms = extract_mentions(doc)
    ev = Evidence(doc=doc, mentions=ms, claims=extract_claims(doc, ms))
    acts = {(c.status, c.actor_name) for c in ev.claims}
    assert ("allegation", "Gedung Putih") in acts
    assert ("denial", "Rusia dan Korut") in acts
    found = claim_findings([ev], {})
    assert any(f.about.startswith("Gedung Putih vs Rusia dan Korut") for f in found)
