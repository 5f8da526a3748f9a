"""A small hand-written dossier: two articles about one flood, every part of the contract used.

The text is invented for kliping (no real article). It exists so the reports can be previewed
without running the pipeline (``python -m kliping.render.example OUT_DIR``) and so tests and docs
share one example that is known to validate.
"""

from __future__ import annotations

import sys

from kliping.model import (
    Citation,
    Claim,
    Document,
    Dossier,
    Entity,
    Evidence,
    Figure,
    FigureValue,
    Finding,
    FindingItem,
    Mention,
    Quantity,
    Quote,
    Removal,
    Sentence,
    Storyline,
    StorySection,
    SummarySentence,
    TimeExpr,
    TimelineEntry,
)


def _doc(aid: str, sents: list[str], **meta: object) -> Document:
    text = " ".join(sents)
    out, pos = [], 0
    for s in sents:
        start = text.index(s, pos)
        out.append(Sentence(s, start, start + len(s)))
        pos = start + len(s)
    return Document(id=aid, input=f"contoh/{aid}.txt", text=text, sentences=out, **meta)  # type: ignore[arg-type]


def _span(sents: list[str], k: int, piece: str) -> tuple[int, int, int]:
    start = sents[k].index(piece)
    return k, start, start + len(piece)


A1 = [
    "Banjir merendam 1.200 rumah di Kabupaten Bandung pada Selasa (5/3/2024).",
    "\"Air naik sangat cepat sejak subuh,\" kata Kepala BPBD Dedi Kurnia.",
    "Dedi menyebut kerugian sementara sekitar Rp 3 miliar.",
]
A2 = [
    "Jumlah rumah terendam di Kabupaten Bandung bertambah menjadi 1.450 unit, Rabu (6/3/2024).",
    "Kepala BPBD Dedy Kurnia membantah ada korban jiwa.",
]


def example_dossier(a1: list[str] | None = None, title1: str = "Banjir rendam ribuan rumah") -> Dossier:
    """The example dossier; ``a1`` replaces the first article's sentences (same shape expected)."""
    a1 = a1 or A1
    d1 = _doc("a1", a1, title=title1, source="Kabar Contoh", url="https://kabar.test/banjir?id=1",
              published="2024-03-05", language="id", dateline="Bandung",
              removed=[Removal("Baca juga: Cuaca ekstrem pekan depan", "baca_juga")], content_hash="h1")
    d2 = _doc("a2", A2, title="Rumah terendam bertambah", source="Warta Uji", published="2024-03-06",
              published_inferred=True, language="id", content_hash="h2")
    k, s, t = _span(a1, 0, "1.200 rumah") if "1.200 rumah" in a1[0] else (0, 0, 1)
    ev1 = Evidence(
        doc=d1,
        mentions=[Mention("Kabupaten Bandung", "GPE", *_span(a1, 0, "Kabupaten Bandung"), entity="e2")]
        + ([Mention("Dedi Kurnia", "PERSON", *_span(a1, 1, "Dedi Kurnia"), entity="e1", title="Kepala BPBD")]
           if "Dedi Kurnia" in a1[1] else []),
        quantities=[Quantity(a1[k][s:t], 1200.0, k, s, t, unit=None, noun="rumah", as_of="2024-03-05")],
        times=[TimeExpr(a1[0][a1[0].index("Selasa"):a1[0].index("2024)") + 5], "DATE", 0,
                        a1[0].index("Selasa"), a1[0].index("2024)") + 5, value="2024-03-05", granularity="day")],
        quotes=[Quote(a1[1].split('"')[1] if '"' in a1[1] else a1[1], 1, speaker_name="Dedi Kurnia",
                      speaker="e1", cue="kata", end_sentence=1)],
        claims=[],
    )
    ev2 = Evidence(
        doc=d2,
        mentions=[Mention("Dedy Kurnia", "PERSON", *_span(A2, 1, "Dedy Kurnia"), entity="e1", title="Kepala BPBD")],
        quantities=[Quantity("1.450 unit", 1450.0, *_span(A2, 0, "1.450 unit"), noun="rumah", modifier="exact",
                             as_of="2024-03-06")],
        times=[TimeExpr("Rabu (6/3/2024)", "DATE", *_span(A2, 0, "Rabu (6/3/2024)"), value="2024-03-06",
                        granularity="day")],
        quotes=[Quote("tidak ada korban jiwa", 1, speaker_name="Dedy Kurnia", speaker="e1", cue="membantah",
                      direct=False)],
        claims=[Claim("denial", "membantah", "ada korban jiwa", 1, actor_name="Dedy Kurnia", actor="e1")],
    )
    entities = [
        Entity("e1", "Dedi Kurnia", "PERSON", ["Dedi Kurnia", "Dedy Kurnia"], "Kepala BPBD", ["a1", "a2"]),
        Entity("e2", "Kabupaten Bandung", "GPE", ["Kabupaten Bandung"], None, ["a1", "a2"]),
    ]
    story = StorySection("s1", "Banjir Kabupaten Bandung", ["a1", "a2"], "2024-03-05", "2024-03-06",
                         [SummarySentence("Banjir merendam lebih dari seribu rumah di Kabupaten Bandung.",
                                          [Citation("a1", 0), Citation("a2", 0)], "2024-03-05", "sentence")])
    storyline = Storyline(
        id="L1",
        title="Banjir Bandung Maret 2024",
        stories=["s1"],
        summary=[SummarySentence("Jumlah rumah terendam naik dari 1.200 menjadi 1.450.", [Citation("a1", 0), Citation("a2", 0)],
                                 "2024-03-05", "sentence"),
                 # names no day: dated by its article's publication
                 SummarySentence("BPBD membantah adanya korban jiwa.", [Citation("a2", 1)], "2024-03-06", "published")],
        timeline=[TimelineEntry("2024-03-05", "day", "Banjir merendam 1.200 rumah", [Citation("a1", 0)]),
                  TimelineEntry("2024-03-06", "day", "Rumah terendam menjadi 1.450", [Citation("a2", 0)])],
        figures=[Figure("rumah terendam", None, [
            FigureValue(1200.0, "2024-03-05", "a1", 0, text="1.200 rumah"),
            FigureValue(1450.0, "2024-03-06", "a2", 0, text="1.450 unit"),
        ]), Figure("kerugian", "IDR", [FigureValue(3e9, None, "a1", 2, modifier="about", text="sekitar Rp 3 miliar")])],
        findings=[
            Finding("agreement", "lokasi banjir", [FindingItem("a1", 0, A1[0]), FindingItem("a2", 0, A2[0])]),
            Finding("discrepancy", "rumah terendam", [FindingItem("a1", 0, "1.200 rumah"), FindingItem("a2", 0, "1.450 unit")]),
            Finding("update", "rumah terendam", [FindingItem("a2", 0, "bertambah menjadi 1.450 unit")]),
            Finding("name_variant", "Dedi Kurnia / Dedy Kurnia", [FindingItem("a1", 1, "Dedi Kurnia"), FindingItem("a2", 1, "Dedy Kurnia")]),
        ],
    )
    return Dossier(articles=[ev1, ev2], duplicate_of={}, entities=entities, stories=[story],
                   storylines=[storyline], generated="2024-03-07T08:00:00+07:00")


if __name__ == "__main__":
    from kliping.render import write_all

    for path in write_all(example_dossier(), sys.argv[1] if len(sys.argv) > 1 else "kliping-example").values():
        print(path)
