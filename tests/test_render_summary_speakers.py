"""A summary sentence quoting someone its frame names by a pronoun only (``"...," ujarnya.``, ``kata dia``,
``Menurutnya, ...``) shows the speaker's name in brackets after the frame (round 41 reading: ``"Nanti jumlah
kerugian ..." sebut dia.`` in a corruption case's summary, the deputy named three sentences before)."""

from __future__ import annotations

from kliping.model import Citation, SummarySentence
from kliping.render.common import Index

BODY = (
    "Banjir Rendam Dua Desa di Sukamaju\n\n"
    "Kepala Badan Penanggulangan Bencana Daerah Sukamaju, Hendra Kusumawijaya, meninjau dua desa yang terendam "
    "banjir pada Senin (3/11/2025). "
    "Hendra mengatakan air mulai surut sejak pagi.\n\n"
    "\"Kami sudah menyiapkan dapur umum dan tenda pengungsian di balai desa,\" ujarnya.\n\n"
    "Menurutnya, bantuan logistik dari provinsi tiba besok siang.\n\n"
    "\"Tiga pompa air juga dikerahkan ke desa yang paling parah,\" kata dia.\n\n"
    "\"Warga yang rumahnya rusak akan didata ulang,\" kata Hendra Kusumawijaya kepada wartawan.\n"
)


def _article(tmp_path):
    from kliping.pipeline import analyze

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    dossier = analyze([tmp_path / "a.txt"]).dossier
    return dossier, dossier.articles[0]


def _shown(tmp_path, starts: list[str]) -> list[str]:
    from kliping.render.markdown import summary_texts

    dossier, ev = _article(tmp_path)
    picks = [next(k for k, s in enumerate(ev.doc.sentences) if s.text.startswith(x)) for x in starts]
    sents = [SummarySentence(text=ev.doc.sentences[k].text, citations=[Citation(ev.doc.id, k)]) for k in picks]
    return summary_texts(Index(dossier), sents)


def test_a_quote_framed_by_a_pronoun_shows_its_speaker(tmp_path) -> None:
    shown = _shown(tmp_path, ['"Kami sudah', "Menurutnya", '"Tiga pompa'])
    assert shown[0].endswith('," ujarnya [Hendra Kusumawijaya].'), shown
    assert shown[1].startswith("Menurutnya [Hendra Kusumawijaya], bantuan logistik"), shown
    assert shown[2].endswith('," kata dia [Hendra Kusumawijaya].'), shown


def test_a_frame_naming_the_speaker_adds_nothing(tmp_path) -> None:
    shown = _shown(tmp_path, ['"Warga yang', "Hendra mengatakan"])
    assert "[" not in shown[0] and "[" not in shown[1], shown


def test_the_json_keeps_the_verbatim_sentence(tmp_path) -> None:
    from kliping.render import to_json

    dossier, _ev = _article(tmp_path)
    assert "[Hendra Kusumawijaya]" not in to_json(dossier)
