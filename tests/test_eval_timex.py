"""``kliping eval timex``: the TimeML reader, the annotation-only TSV and the scorer."""

from __future__ import annotations

import argparse
from pathlib import Path

from kliping.eval import timex
from kliping.eval.timeml import GoldTimex, parse_tml, read_tsv, write_tsv

ROOT = Path(__file__).resolve().parents[1]

TML = """<?xml version="1.0" encoding="UTF-8"?>
<tml:TimeML xmlns:tml="http://timeml.org/ns">
<DOCID>uji-01</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2014-12-29" functionInDocument="CREATION_TIME">29/12/2014</TIMEX3></DCT>
<TITLE>Harga Cabai &amp; Bawang</TITLE>
<TEXT>
BANDUNG - Harga cabai naik &quot;tajam&quot; sejak <tml:TIMEX3 tid="t1" type="DATE" value="2014-12-28">Minggu (28/12/2014) kemarin</tml:TIMEX3>.
Pedagang menutup lapak <TIMEX3 tid='t2' type='TIME' value='2014-12-28T14:30'> pukul 14.30 WIB </TIMEX3> setelah berjualan <TIMEX3 tid="t3" type="DURATION" value="P3D">tiga hari</TIMEX3><TIMEX3 tid="t4" type="DATE" value="2014-12-31" temporalFunction="true"/>.
</TEXT>
</tml:TimeML>
"""


def test_tml_reader_strips_markup_and_keeps_spans_in_the_body() -> None:
    doc = parse_tml(TML, "f")
    assert doc.id == "uji-01" and doc.dct == "2014-12-29" and doc.title == "Harga Cabai & Bawang"
    assert "<" not in doc.text and '"tajam"' in doc.text
    got = [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes]
    assert got == [
        ("Minggu (28/12/2014) kemarin", "DATE", "2014-12-28"),
        ("pukul 14.30 WIB", "TIME", "2014-12-28T14:30"),  # edge spaces trimmed
        ("tiga hari", "DURATION", "P3D"),
    ]  # the creation time and the empty (non-consuming) TIMEX3 are not gold expressions


def test_tml_without_text_element_and_with_a_plain_dct() -> None:
    doc = parse_tml('<DCT>20131018</DCT>Rapat digelar <TIMEX3 type="DATE" value="2013-10">Oktober ini</TIMEX3>.')
    assert doc.dct == "2013-10-18"
    assert [doc.text[t.start : t.end] for t in doc.timexes] == ["Oktober ini"]
    assert not doc.text.startswith("20131018")


def test_tsv_round_trip_holds_no_text(tmp_path: Path) -> None:
    gold = {"a": [GoldTimex(5, 9, "DATE", "2014")], "b": []}
    write_tsv(tmp_path / "g.tsv", gold)
    assert read_tsv(tmp_path / "g.tsv") == {"a": [GoldTimex(5, 9, "DATE", "2014")], "b": []}


def test_lenient_and_strict_matching() -> None:
    gold = [GoldTimex(0, 10, "DATE", "2014-12-28"), GoldTimex(20, 25, "DURATION", "P3D"), GoldTimex(40, 44, "DATE", "2014")]
    pred = [GoldTimex(0, 6, "DATE", "2014-12-28"), GoldTimex(20, 25, "DURATION", "P2D"), GoldTimex(50, 55, "SET", "P1D")]
    sc, _pairs = timex.score_doc(gold, pred)
    assert (sc.lenient.tp, sc.lenient.fp, sc.lenient.fn) == (2, 1, 1)
    assert (sc.strict.tp, sc.strict.fp, sc.strict.fn) == (1, 2, 2)
    assert sc.value_ok == 1 and sc.type_ok == 2


def test_scorer_runs_kliping_on_a_tml_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    args = argparse.Namespace(gold=[str(tmp_path)], corpus=str(tmp_path), errors=False)
    assert timex.run(args) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("TimeML"))
    assert row.split()[4] == "3"  # three gold expressions, all recognised by kliping
    assert row.split()[-1] == "1.000"


def test_dev_gold_set_scores(shared_dir: Path, capsys) -> None:
    args = argparse.Namespace(gold=[str(ROOT / "devsets" / "timex" / "dev.tsv")],
                              corpus=str(shared_dir / "news"), errors=False)
    assert timex.run(args) == 0
    row = capsys.readouterr().out.splitlines()[-1].split()
    f1, value_acc = float(row[5]), float(row[-1])
    assert f1 >= 0.95 and value_acc >= 0.92
