"""Round trip of Evidence/Document through plain dicts and JSON (the store's on-disk form)."""

from __future__ import annotations

import json

import pytest

from kliping.model import (
    Claim,
    Document,
    Evidence,
    Mention,
    Quantity,
    Quote,
    Removal,
    Sentence,
    TimeExpr,
)
from kliping.serial import document_from_dict, document_to_dict, evidence_from_dict, evidence_to_dict


def make_evidence(aid: str = "a1", text: str | None = None) -> Evidence:
    """A small hand-made article: every evidence kind, nested lists, None and non-default values."""
    s1 = "Wali Kota Budi Santoso meresmikan jembatan baru di Sleman pada Senin (4/3/2024)."
    s2 = "Biaya pembangunan mencapai Rp 12,5 miliar, kata Budi."
    body = text or f"{s1} {s2}"
    doc = Document(
        id=aid,
        input=f"contoh.jsonl:{aid}",
        text=body,
        sentences=[Sentence(s1, 0, len(s1), 0), Sentence(s2, len(s1) + 1, len(s1) + 1 + len(s2), 1)],
        title="Jembatan baru diresmikan",
        source="Warta Contoh",
        url="https://contoh.test/jembatan",
        published="2024-03-05",
        published_inferred=True,
        language="id",
        dateline="Sleman",
        removed=[Removal("Baca juga: berita lain", "baca_juga")],
        content_hash=f"hash-{aid}" if text is None else "",
    )
    return Evidence(
        doc=doc,
        mentions=[Mention("Budi Santoso", "PERSON", 0, 10, 22, entity="e1", title="Wali Kota")],
        quantities=[
            Quantity("Rp 12,5 miliar", 12.5e9, 1, 27, 41, unit="IDR", modifier="about", noun="biaya",
                     speaker="e1", speaker_name="Budi", as_of="2024-03-04"),
            Quantity("3-4 hari", 3.0, 1, 0, 8, value_max=4.0, modifier="range"),
        ],
        times=[TimeExpr("Senin (4/3/2024)", "DATE", 0, 63, 79, value="2024-03-04", granularity="day")],
        quotes=[Quote("Biaya pembangunan mencapai Rp 12,5 miliar", 1, speaker_name="Budi", speaker="e1",
                      cue="kata", direct=False, end_sentence=1)],
        claims=[Claim("confirmation", "membenarkan", "jembatan dibuka", 0, actor_name="Budi", actor="e1")],
    )


def test_evidence_round_trip_is_lossless_through_json() -> None:
    ev = make_evidence()
    data = json.loads(json.dumps(evidence_to_dict(ev)))
    back = evidence_from_dict(data)
    assert back == ev
    assert back.doc.sentences[1].paragraph == 1
    assert back.quantities[1].value_max == 4.0
    assert back.quotes[0].direct is False


def test_document_round_trip_and_unknown_keys_ignored() -> None:
    doc = make_evidence().doc
    d = document_to_dict(doc)
    assert d["removed"] == [{"text": "Baca juga: berita lain", "reason": "baca_juga"}]
    d["future_field"] = 1
    d["sentences"][0]["future"] = "x"
    assert document_from_dict(d) == doc


def test_missing_optional_fields_take_defaults() -> None:
    d = evidence_to_dict(make_evidence())
    del d["claims"]
    del d["doc"]["dateline"]
    back = evidence_from_dict(d)
    assert back.claims == []
    assert back.doc.dateline is None


def test_unknown_format_is_rejected() -> None:
    d = evidence_to_dict(make_evidence())
    d["format"] = 99
    with pytest.raises(ValueError, match="format"):
        evidence_from_dict(d)
