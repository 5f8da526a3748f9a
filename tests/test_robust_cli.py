"""``kliping analyze`` as a hostile user runs it: each failure is one line on stderr and an exit
code, never a traceback, and a failed write leaves earlier reports whole. Texts are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kliping.cli.main import EXIT_INTERRUPTED, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main
from kliping.render import validate

BERITA = (
    "LUMBUNG -- Banjir setinggi satu meter merendam 120 rumah di Desa Sukawangi pada Senin (3/2/2025). "
    "Kepala desa, Ratna Melati, mengatakan 45 keluarga sudah mengungsi ke balai desa."
)


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "banjir.txt"
    path.write_text(BERITA + "\n", encoding="utf-8")
    return path


def test_out_that_is_a_file_is_a_usage_error(tmp_path: Path, article: Path, capsys) -> None:
    assert main(["analyze", str(article), "--out", str(article), "-q"]) == EXIT_USAGE
    assert _one_line(capsys) == f"kliping: output directory {article} is a file, not a directory"


def test_db_that_is_not_a_database_is_one_line_and_left_untouched(tmp_path: Path, article: Path, capsys) -> None:
    before = article.read_bytes()
    code = main(["analyze", str(article), "--out", str(tmp_path / "out"), "--db", str(article), "-q"])
    assert code == EXIT_USAGE
    assert _one_line(capsys) == (
        f"kliping: {article}: cannot use as a store: file is not a database (choose another --db, or --no-db)"
    )
    assert article.read_bytes() == before


def test_output_that_cannot_be_written_keeps_the_earlier_reports(tmp_path: Path, article: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "dossier.json").write_text('{"lama": true}', encoding="utf-8")
    (out / "dossier.html").mkdir()  # something in the way of one of the three reports
    assert main(["analyze", str(article), "--out", str(out), "--no-db", "-q"]) == EXIT_USAGE
    assert _one_line(capsys) == f"kliping: cannot write {out / 'dossier.html'}: is a directory"
    assert (out / "dossier.json").read_text(encoding="utf-8") == '{"lama": true}'
    assert sorted(p.name for p in out.iterdir()) == ["dossier.html", "dossier.json"]  # no temporaries left


def test_ctrl_c_is_one_line_and_exit_130(tmp_path: Path, article: Path, capsys, monkeypatch) -> None:
    import kliping.pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kliping.pipeline, "analyze", interrupted)
    db = tmp_path / "k.db"
    assert main(["analyze", str(article), "--out", str(tmp_path / "out"), "--db", str(db), "-q"]) == EXIT_INTERRUPTED
    assert _one_line(capsys) == (
        f"kliping: interrupted, nothing written; evidence of finished batches is kept in {db}"
    )


def test_basic_iso_date_and_bad_records_do_not_lose_the_run(tmp_path: Path, capsys) -> None:
    # A published date of 20250304 (a number in a scraper's export) passed the reader as-is and
    # then broke the dossier contract, so no report at all was written.
    rows = [
        {"id": "angka", "text": BERITA, "published": 20250304},
        {"id": "purba", "text": BERITA.replace("120 rumah", "130 rumah"), "published": "0001-01-01"},
        {"id": "besar", "text": "Warga Desa Sukawangi berkumpul di balai desa. " * 12000},
    ]
    src = tmp_path / "berita.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(src), "--out", str(out), "--no-db", "-q"]) == EXIT_SKIPPED
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2
    assert err[0].startswith(f"kliping: note: {src}:2: 'published' '0001-01-01' is not a date")
    assert err[1].startswith(f"kliping: skipped {src}:3: text too long (552,000 characters")
    data = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    validate(data)
    # the year-1 article is kept, dated from its text (Senin (3/2/2025)) instead
    assert [(a["id"], a["published"]) for a in data["articles"]] == [
        ("angka", "2025-03-04"), ("purba", "2025-02-03"),
    ]


def test_boilerplate_only_file_names_the_file_once(tmp_path: Path, article: Path, capsys) -> None:
    iklan = tmp_path / "iklan.txt"
    iklan.write_text("Baca Juga: Banjir Lagi\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n", encoding="utf-8")
    assert main(["analyze", str(article), str(iklan), "--out", str(tmp_path / "out"), "--no-db", "-q"]) == EXIT_SKIPPED
    assert _one_line(capsys) == f"kliping: skipped {iklan}: no usable text after removing boilerplate"


def test_control_characters_in_a_file_name_stay_on_one_line(tmp_path: Path, article: Path, capsys) -> None:
    bad = tmp_path / "baris\nbaru\x1b[31m.txt"
    bad.write_bytes(b"")
    assert main(["analyze", str(article), str(bad), "--out", str(tmp_path / "out"), "--no-db", "-q"]) == EXIT_SKIPPED
    assert _one_line(capsys) == f"kliping: skipped {tmp_path}/baris\\nbaru\\x1b[31m.txt: empty file"


def test_rerun_over_a_folder_does_not_read_its_own_reports(tmp_path: Path, article: Path, capsys, monkeypatch) -> None:
    # `kliping analyze .` writes ./out; the next `kliping analyze .` read out/dossier.html as an
    # article (every sentence cited twice, once by the report itself) and out/dossier.json as a
    # broken record.
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", ".", "--no-db", "-q"]) == 0
    assert main(["analyze", ".", "--no-db", "-q"]) == 0
    assert capsys.readouterr().err == ""
    data = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["banjir"]
    # named on the command line, a report is a problem of its own
    code = main(["analyze", "banjir.txt", "out/dossier.html", "--out", "lain", "--no-db", "-q"])
    assert code == EXIT_SKIPPED
    assert _one_line(capsys) == "kliping: skipped out/dossier.html: a kliping report (dossier), not an article"


def test_tag_on_a_binary_file_is_one_line(tmp_path: Path, capsys) -> None:
    src = tmp_path / "biner.conll"
    src.write_bytes(b"\xff\xfe\xfa" + bytes(range(128, 256)))
    assert main(["tag", str(src), str(tmp_path / "keluar.tsv")]) == EXIT_SKIPPED
    assert _one_line(capsys) == f"kliping: {src}: not UTF-8 text (invalid start byte at byte 0)"


def test_ctrl_c_while_writing_leaves_the_earlier_reports(tmp_path: Path, article: Path, capsys, monkeypatch) -> None:
    import kliping.render

    out = tmp_path / "out"
    out.mkdir()
    (out / "dossier.md").write_text("# laporan lama\n", encoding="utf-8")
    real = kliping.render.render_html

    def slow_html(dossier):
        real(dossier)
        raise KeyboardInterrupt

    monkeypatch.setattr(kliping.render, "render_html", slow_html)
    assert main(["analyze", str(article), "--out", str(out), "--no-db", "-q"]) == EXIT_INTERRUPTED
    assert _one_line(capsys) == (
        f"kliping: interrupted while writing; the reports in {out} are those of the earlier run"
    )
    assert sorted(p.name for p in out.iterdir()) == ["dossier.md"]
    assert (out / "dossier.md").read_text(encoding="utf-8") == "# laporan lama\n"


def test_a_bad_published_value_is_a_note_and_the_run_is_clean(tmp_path: Path, capsys) -> None:
    # Only a field is dropped, no input: exit 0, one "note:" line naming the line and the value.
    src = tmp_path / "kabar.jsonl"
    src.write_text(json.dumps({"id": "k", "text": BERITA, "published": "2 jam yang lalu"}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(src), "--out", str(out), "--no-db"]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [
        f"kliping: note: {src}:1: 'published' '2 jam yang lalu' is not a date (expected ISO 8601, "
        "'6 Oktober 2025' or '06/10/2025', year 1900-2100); kept the article, dated from its text"
    ]
    assert "read 1 article (0 from cache), skipped 0," in captured.out
