"""read_inputs: formats, manifests, ids, and one Problem per bad input while the rest is read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kliping.ingest import read_inputs
from kliping.model import Article, Problem

BERITA = (
    "Jakarta, Kabar Kita - Pemerintah kota menambah dua puluh bus listrik untuk rute sekolah mulai "
    "pekan depan. Kepala dinas perhubungan menyebut armada baru itu dibiayai anggaran daerah."
)
BERITA_2 = "Petani di lereng gunung mulai memanen kopi lebih awal karena musim hujan datang terlambat tahun ini."


def _split(items: list) -> tuple[list[Article], list[Problem]]:
    arts = [i for i in items if isinstance(i, Article)]
    probs = [i for i in items if isinstance(i, Problem)]
    assert len(arts) + len(probs) == len(items)
    return arts, probs


def _jsonl(path: Path, rows: list) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_reads_txt_html_and_jsonl_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(BERITA, encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<html><body><p>{BERITA_2}</p></body></html>", encoding="utf-8")
    _jsonl(tmp_path / "c.jsonl", [{"text": BERITA_2, "title": "Panen Kopi", "topic": "pertanian"}])
    (tmp_path / "gambar.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")  # ignored inside a directory
    arts, probs = _split(list(read_inputs([tmp_path])))
    assert probs == []
    assert [a.id for a in arts] == ["a", "b", "c-1"]
    assert arts[0].html is not None and arts[0].text is None
    assert arts[1].text == BERITA and arts[1].input == str(tmp_path / "b.txt")
    assert arts[2].input == f"{tmp_path / 'c.jsonl'}:1"
    assert arts[2].title == "Panen Kopi" and arts[2].meta == {"topic": "pertanian"}


def test_json_file_may_be_object_or_array(tmp_path: Path) -> None:
    (tmp_path / "satu.json").write_text(json.dumps({"id": "x1", "text": BERITA}), encoding="utf-8")
    (tmp_path / "banyak.json").write_text(json.dumps([{"text": BERITA}, {"text": BERITA_2}]), encoding="utf-8")
    arts, probs = _split(list(read_inputs([tmp_path / "satu.json", tmp_path / "banyak.json"])))
    assert probs == []
    assert [a.id for a in arts] == ["x1", "banyak-1", "banyak-2"]


def test_manifest_attaches_metadata_and_file_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "berita.txt").write_text(BERITA, encoding="utf-8")
    (tmp_path / "lain.txt").write_text(BERITA_2, encoding="utf-8")
    _jsonl(tmp_path / "manifest.jsonl", [
        {"id": "bus-01", "path": "berita.txt", "published": "2024-02-03", "source": "kompas.com", "penyunting": "A"},
    ])
    # The directory and the file are both named: still one article for berita.txt, via the manifest.
    arts, probs = _split(list(read_inputs([tmp_path, tmp_path / "berita.txt"])))
    assert probs == []
    by_id = {a.id: a for a in arts}
    assert sorted(by_id) == ["bus-01", "lain"]
    bus = by_id["bus-01"]
    assert bus.text == BERITA and bus.published == "2024-02-03" and bus.source == "kompas.com"
    assert bus.input == str(tmp_path / "berita.txt")
    assert bus.meta["penyunting"] == "A" and bus.meta["manifest"] == f"{tmp_path / 'manifest.jsonl'}:1"


def test_manifest_pointing_to_missing_file_is_a_problem_for_that_line(tmp_path: Path) -> None:
    _jsonl(tmp_path / "m.jsonl", [{"path": "hilang.txt"}, {"text": BERITA}])
    arts, probs = _split(list(read_inputs([tmp_path / "m.jsonl"])))
    assert len(arts) == 1 and len(probs) == 1
    assert probs[0].input.endswith("m.jsonl:1") and "no such file" in probs[0].reason


def test_duplicate_ids_get_suffixes(tmp_path: Path) -> None:
    _jsonl(tmp_path / "d.jsonl", [{"id": "a", "text": BERITA}, {"id": "a", "text": BERITA_2}, {"id": "a", "text": BERITA}])
    (tmp_path / "a.txt").write_text(BERITA_2, encoding="utf-8")
    arts, _ = _split(list(read_inputs([tmp_path / "a.txt", tmp_path / "d.jsonl"])))
    ids = [a.id for a in arts]
    assert ids == ["a", "a-2", "a-3", "a-4"]


def test_bad_jsonl_lines_are_reported_one_by_one(tmp_path: Path) -> None:
    _jsonl(tmp_path / "campur.jsonl", [
        {"text": BERITA},
        "{bukan json",
        {"title": "tanpa isi"},
        {"text": BERITA_2, "published": "kemarin sore"},
        {"text": BERITA_2, "published": "2013-12-4"},
        {"text": BERITA, "published": "2024-03-05T08:15:00+07:00"},
        "[1, 2]",
        {"text": ""},
    ])
    arts, probs = _split(list(read_inputs([tmp_path / "campur.jsonl"])))
    reasons = {p.input.rsplit(":", 1)[1]: p.reason for p in probs}
    assert reasons["2"].startswith("not valid JSON (")
    assert reasons["3"] == "missing 'text', 'html' or 'path'"
    # a relative date string is no date: the article is kept undated and the user told so
    assert "'kemarin sore' is not a date" in reasons["4"] and "kept the article" in reasons["4"]
    assert [p.skipped for p in probs if p.input.endswith(":4")] == [False]
    assert "expected a JSON object" in reasons["7"]
    assert "empty 'text'" in reasons["8"]
    assert [a.id for a in arts] == ["campur-1", "campur-4", "campur-5", "campur-6"]
    assert arts[1].published is None
    assert arts[2].published == "2013-12-04"  # unpadded date padded so it parses
    assert arts[3].published == "2024-03-05T08:15:00+07:00"  # kept exactly as given


def test_empty_binary_and_missing_inputs(tmp_path: Path) -> None:
    (tmp_path / "kosong.txt").write_bytes(b"")
    (tmp_path / "spasi.txt").write_bytes(b"  \n\n ")
    (tmp_path / "biner.txt").write_bytes(b"\x00\x01\x02\x03GIF89a" * 50)
    (tmp_path / "baik.txt").write_text(BERITA, encoding="utf-8")
    items = list(read_inputs([tmp_path, tmp_path / "tidak-ada.txt"]))
    arts, probs = _split(items)
    assert [a.id for a in arts] == ["baik"]
    got = {Path(p.input).name: p.reason for p in probs}
    assert "binary" in got["biner.txt"]
    assert got["kosong.txt"].startswith("empty file")
    assert got["spasi.txt"].startswith("empty file")
    assert got["tidak-ada.txt"] == "no such file or directory"


def test_explicit_file_with_unknown_extension_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "laporan.pdf").write_bytes(b"%PDF-1.4 ...")
    probs = list(read_inputs([tmp_path / "laporan.pdf"]))
    assert len(probs) == 1 and isinstance(probs[0], Problem)
    assert "unsupported file type '.pdf'" in probs[0].reason
    assert list(read_inputs([tmp_path])) == []  # inside a directory it is ignored silently


def test_cp1252_smart_quotes_are_decoded(tmp_path: Path) -> None:
    raw = "\u201cKami siap bekerja,\u201d kata wali kota \u2013 yang baru dilantik \u2013 di balai kota."
    (tmp_path / "win.txt").write_bytes(raw.encode("cp1252"))
    # Mostly UTF-8 with one stray cp1252 quote: the UTF-8 part must survive intact.
    (tmp_path / "campur.txt").write_bytes("Harga cabai naik 10% di pasar Kramat Jati \u2014 ".encode() + b"\x93mahal\x94.")
    arts, probs = _split(list(read_inputs([tmp_path])))
    assert probs == []
    by_id = {a.id: a.text for a in arts}
    assert by_id["win"] == raw
    assert by_id["campur"] == "Harga cabai naik 10% di pasar Kramat Jati \u2014 \u201cmahal\u201d."


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes(BERITA.encode("utf-16"))
    arts, probs = _split(list(read_inputs([tmp_path / "u16.txt"])))
    assert probs == [] and arts[0].text == BERITA


def test_too_big_file_is_reported_with_its_size(tmp_path: Path) -> None:
    (tmp_path / "besar.txt").write_text(BERITA * 20, encoding="utf-8")
    (tmp_path / "kecil.txt").write_text(BERITA_2, encoding="utf-8")
    arts, probs = _split(list(read_inputs([tmp_path], max_bytes=1000)))
    assert [a.id for a in arts] == ["kecil"]
    assert len(probs) == 1 and "file too large" in probs[0].reason and "KB" in probs[0].reason


def test_real_50mb_file_is_reported_and_others_still_read(tmp_path: Path) -> None:
    big = tmp_path / "a-dump.jsonl"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on stat, instant to create
    (tmp_path / "b.txt").write_text(BERITA, encoding="utf-8")
    arts, probs = _split(list(read_inputs([tmp_path])))
    assert [a.id for a in arts] == ["b"]
    assert probs[0].input == str(big) and probs[0].reason == "file too large (50.0 MB > limit 20.0 MB)"


def test_unreadable_file_is_reported_and_run_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(BERITA, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BERITA_2, encoding="utf-8")
    locked = tmp_path / "a.txt"
    real = Path.read_bytes

    # Tests often run as root, where chmod 000 does not block reading: simulate the OS refusing.
    def read_bytes(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    arts, probs = _split(list(read_inputs([tmp_path])))
    assert [a.id for a in arts] == ["b"]
    assert probs == [Problem(str(locked), "cannot read file: permission denied")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod 000 directories")
def test_unreadable_directory_is_reported(tmp_path: Path) -> None:
    sub = tmp_path / "terkunci"
    sub.mkdir()
    (sub / "x.txt").write_text(BERITA, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(BERITA_2, encoding="utf-8")
    sub.chmod(0)
    try:
        arts, probs = _split(list(read_inputs([tmp_path])))
    finally:
        sub.chmod(0o755)
    assert [a.id for a in arts] == ["ok"]
    assert len(probs) == 1 and "permission denied" in probs[0].reason


def test_unreadable_directory_via_walk_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same as above but works as root: os.walk reports the directory it could not list."""
    sub = tmp_path / "terkunci"
    sub.mkdir()
    (sub / "x.txt").write_text(BERITA, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(BERITA_2, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path) == sub:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    arts, probs = _split(list(read_inputs([tmp_path])))
    assert [a.id for a in arts] == ["ok"]
    assert probs == [Problem(str(sub), "cannot read directory: permission denied")]


def test_random_bytes_without_nul_are_not_text(tmp_path: Path) -> None:
    import random

    rnd = random.Random(7)
    (tmp_path / "acak.txt").write_bytes(bytes(rnd.randrange(1, 256) for _ in range(4000)))
    probs = list(read_inputs([tmp_path / "acak.txt"]))
    assert len(probs) == 1 and isinstance(probs[0], Problem)
    assert probs[0].reason.startswith("not text")


@pytest.mark.parametrize(("written", "iso"), [
    ("Senin, 06 Okt 2025 14:30 WIB", "2025-10-06T14:30:00+07:00"),  # an Indonesian site's own label
    ("Kamis, 14 September 2023 | 10:15 WIB", "2023-09-14T10:15:00+07:00"),
    ("Selasa 12-9-2023, 10.15 WITA", "2023-09-12T10:15:00+08:00"),
    ("6 Oktober 2025", "2025-10-06"),
    ("12 Sept. 2023", "2023-09-12"),
    ("06/10/2025", "2025-10-06"),  # numeric dates are day first, as Indonesian writes them
    ("06.10.2025", "2025-10-06"),
    ("2025/10/06 08:00", "2025-10-06T08:00:00"),  # no zone given: the time stays naive
    ("Mon, 06 Oct 2025 07:30:00 +0000", "2025-10-06T07:30:00+00:00"),  # RSS (RFC 822)
    ("Tue, 07 Oct 2025 01:02:03 GMT", "2025-10-07T01:02:03+00:00"),
    ("October 6, 2025", "2025-10-06"),
    ("Oct 6, 2025 at 7:30 PM", "2025-10-06T19:30:00"),
    ("1759735800", "2025-10-06T07:30:00+00:00"),  # Unix seconds of an export or news API
    ("1759735800000", "2025-10-06T07:30:00+00:00"),  # Unix milliseconds
    ("20251006073000", "2025-10-06T07:30:00+00:00"),  # GDELT-style YYYYMMDDHHMMSS
])
def test_published_as_sites_and_feeds_write_it_is_read(written: str, iso: str) -> None:
    from kliping.ingest import normalize_published

    assert normalize_published(written) == iso


@pytest.mark.parametrize("not_a_date", [
    "2 jam yang lalu", "kemarin sore", "31/02/2025", "06/10/25", "12 Desember 1850",
    "0000000001", "9999999999", "123456789",  # Unix time 0's neighbour is a placeholder; 2286; 9 digits
    "Senin, 06 Okt 2025 25:99 WIB",
])
def test_published_that_names_no_day_is_none(not_a_date: str) -> None:
    from kliping.ingest import normalize_published

    assert normalize_published(not_a_date) is None


def test_scraped_pile_with_site_dates_keeps_every_article_dated(tmp_path: Path) -> None:
    # A scraper's export writes the page's own date label; every article must be read and dated,
    # and one relative label ("3 jam lalu") must not cost its article.
    _jsonl(tmp_path / "kabar.jsonl", [
        {"id": "k1", "text": BERITA, "published": "Senin, 06 Okt 2025 14:30 WIB"},
        {"id": "k2", "text": BERITA_2, "published": "07/10/2025"},
        {"id": "k3", "text": BERITA, "published": "3 jam lalu"},
    ])
    arts, probs = _split(list(read_inputs([tmp_path / "kabar.jsonl"])))
    assert [(a.id, a.published) for a in arts] == [
        ("k1", "2025-10-06T14:30:00+07:00"), ("k2", "2025-10-07"), ("k3", None),
    ]
    assert [(p.input.rsplit(":", 1)[1], p.skipped) for p in probs] == [("3", False)]
