"""A summary sentence naming a person by a short form the summary has not given in full shows the full
name in brackets (round 36 reading: ``Muslim mengapresiasi ...``, ``Agus mengatakan ...`` in summaries
whose earlier sentences never named the lawyer or the general)."""

from __future__ import annotations

from kliping.model import Citation, SummarySentence
from kliping.render.common import Index

BODY = (
    "Dinas Kesehatan Meninjau Puskesmas\n\n"
    "Kepala Dinas Kesehatan Kabupaten Sukamaju, Rina Wulandari, meninjau tiga puskesmas pada Senin (3/11/2025). "
    "Peninjauan dilakukan untuk memastikan stok vaksin campak.\n\n"
    "Rina mengatakan stok vaksin cukup sampai akhir tahun. "
    "Petugas juga memeriksa lemari pendingin di setiap puskesmas.\n\n"
    "Rina menambahkan, distribusi vaksin ke sekolah dimulai pekan depan.\n"
)


def _shown(tmp_path, picks: list[int]) -> list[str]:
    from kliping.pipeline import analyze
    from kliping.render.markdown import summary_texts

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    dossier = analyze([tmp_path / "a.txt"]).dossier
    ev = dossier.articles[0]
    sents = [SummarySentence(text=ev.doc.sentences[k].text, citations=[Citation(ev.doc.id, k)]) for k in picks]
    return summary_texts(Index(dossier), sents)


def _k(tmp_path, start: str) -> int:
    from kliping.pipeline import analyze

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    ev = analyze([tmp_path / "a.txt"]).dossier.articles[0]
    return next(k for k, s in enumerate(ev.doc.sentences) if s.text.startswith(start))


def test_a_short_name_not_yet_given_in_full_shows_the_full_name(tmp_path) -> None:
    said, added = _k(tmp_path, "Rina mengatakan"), _k(tmp_path, "Rina menambahkan")
    shown = _shown(tmp_path, [said, added])
    assert shown[0].startswith("Rina [Rina Wulandari] mengatakan stok vaksin"), shown
    assert shown[1].startswith("Rina menambahkan"), "once given in full, the short form stands"


def test_a_summary_that_named_the_person_in_full_keeps_the_short_form(tmp_path) -> None:
    lead, said = _k(tmp_path, "Kepala Dinas"), _k(tmp_path, "Rina mengatakan")
    shown = _shown(tmp_path, [lead, said])
    assert shown[1].startswith("Rina mengatakan"), shown
    assert "[" not in shown[0]
