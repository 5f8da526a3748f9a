"""Hostile inputs to the readers and to ``clean``: each is one clear problem, never a crash or a hang,
and never the loss of the other inputs. Texts are invented for these tests."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import threading
import time
import types
from pathlib import Path

import pytest

from kliping.ingest import clean, normalize_published, read_inputs, readers
from kliping.ingest.clean import MAX_TEXT_CHARS
from kliping.model import Article, ArticleError, Problem

BERITA = (
    "LUMBUNG -- Banjir setinggi satu meter merendam 120 rumah di Desa Sukawangi pada Senin (3/2/2025). "
    "Kepala desa, Ratna Melati, mengatakan warga sudah mengungsi ke balai desa."
)


def _split(items: list) -> tuple[list[Article], list[Problem]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def _jsonl(path: Path, rows: list) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- files and links


def test_symlink_loop_inside_a_directory_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "baik.txt").write_text(BERITA, encoding="utf-8")
    (tmp_path / "putar.txt").symlink_to("putar.txt")  # a link to itself
    arts, probs = _split(list(read_inputs([tmp_path])))
    assert [a.id for a in arts] == ["baik"]
    assert [(Path(p.input).name, p.reason) for p in probs] == [
        ("putar.txt", "cannot read file: Too many levels of symbolic links")
    ]


def test_symlink_loop_named_on_the_command_line_says_why(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    _, probs = _split(list(read_inputs([tmp_path / "a"])))
    assert [p.reason for p in probs] == ["cannot access: Too many levels of symbolic links"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_inside_a_directory_is_reported_without_blocking(tmp_path: Path) -> None:
    (tmp_path / "baik.txt").write_text(BERITA, encoding="utf-8")
    os.mkfifo(tmp_path / "pipa.txt")  # reading it would wait forever for a writer
    items: list = []
    reader = threading.Thread(target=lambda: items.extend(read_inputs([tmp_path])), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert not reader.is_alive(), "read_inputs blocked on a FIFO"
    arts, probs = _split(items)
    assert [a.id for a in arts] == ["baik"]
    assert [(Path(p.input).name, p.reason) for p in probs] == [("pipa.txt", "not a regular file")]


# --------------------------------------------------------------------------- JSON Lines


def test_one_jsonl_line_with_a_nul_byte_loses_only_that_line(tmp_path: Path) -> None:
    rows = [json.dumps({"id": f"r{i}", "text": f"{BERITA} Catatan nomor {i}."}).encode() for i in range(5)]
    rows[2] = b'{"id": "rusak", "text": "Warga \x00 mengungsi ke balai desa."}'
    (tmp_path / "campur.jsonl").write_bytes(b"\n".join(rows) + b"\n")
    arts, probs = _split(list(read_inputs([tmp_path])))
    assert [a.id for a in arts] == ["r0", "r1", "r3", "r4"]
    assert [(p.input, p.reason) for p in probs] == [
        (f"{tmp_path / 'campur.jsonl'}:3", "binary data, not text (NUL or control bytes)")
    ]


def test_one_jsonl_line_of_control_bytes_loses_only_that_line(tmp_path: Path) -> None:
    rows = [json.dumps({"id": f"r{i}", "text": f"{BERITA} Catatan nomor {i}."}).encode() for i in range(4)]
    rows[1] = b'{"id": "sampah", "text": "' + bytes(range(1, 9)) * 200 + b'"}'
    (tmp_path / "campur.jsonl").write_bytes(b"\n".join(rows) + b"\n")
    arts, probs = _split(list(read_inputs([tmp_path])))
    assert [a.id for a in arts] == ["r0", "r2", "r3"]
    assert [p.input for p in probs] == [f"{tmp_path / 'campur.jsonl'}:2"]


def test_a_jsonl_read_line_by_line_decodes_stray_cp1252_bytes_as_a_whole_file_would(tmp_path: Path) -> None:
    # one line with a NUL forces line-by-line decoding; another holds a stray cp1252 quote, which
    # must come out as decode_bytes reads it in a file of its own (one UTF-8 step for both paths)
    good = b'{"id": "kutip", "text": "Warga menyebut harga beras \x93terlalu mahal\x94 pekan ini."}'
    rows = [good, b'{"id": "rusak", "text": "Warga \x00 mengungsi."}']
    (tmp_path / "campur.jsonl").write_bytes(b"\n".join(rows) + b"\n")
    (tmp_path / "utuh.jsonl").write_bytes(good + b"\n")
    arts, probs = _split(list(read_inputs([tmp_path / "campur.jsonl"])))
    whole, _ = _split(list(read_inputs([tmp_path / "utuh.jsonl"])))
    assert [a.id for a in arts] == ["kutip"] and len(probs) == 1
    assert arts[0].text == whole[0].text
    assert "\u201cterlalu mahal\u201d" in arts[0].text


def _mojibake(text: str) -> str:
    """What a scraper saves when it reads UTF-8 as cp1252 (latin-1 where cp1252 has no character)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_valid_utf8_with_mojibake_records_keeps_every_other_record_intact(tmp_path: Path) -> None:
    # Two records quote Arabic that was mis-decoded upstream (valid UTF-8 full of C1 characters);
    # a third, clean record has accented names. The file must stay UTF-8 (a charset detector once
    # read such a file as GB18030 and turned every accent of every record into Chinese).
    arab = _mojibake("\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064a\u0643\u0645") * 40
    rows = [
        {"id": "doa-1", "text": f"{BERITA} Ustaz membacakan doa: {arab}"},
        {"id": "doa-2", "text": f"{BERITA} Jemaah menirukan: {arab}"},
        {"id": "padel", "text": f"{BERITA} Pelatih José Núñez dari Asociación Padel memuji pemain muda."},
    ]
    arts, probs = _split(list(read_inputs([_jsonl(tmp_path / "campur.jsonl", rows)])))
    assert probs == []
    assert "José Núñez dari Asociación Padel" in arts[2].text
    docs = [clean(a) for a in arts]
    assert "\u0627\u0644\u0633\u0644\u0627\u0645" in docs[0].text  # the Arabic itself is repaired
    assert not re.search("[\u0080-\u009f\u4e00-\u9fff]", " ".join(d.text for d in docs))


@pytest.mark.parametrize("clean_text", [
    "Suhu siang mencapai 34°C di Medan.",
    "Gajinya sekitar €3.100 per bulan.",
    "Lahan seluas 2.567 m² disita.",
    "Pesepak bola Björn Müller dan François Hollande hadir.",
    "Ia menulis \u201cinflasi terkendali\u201d \u2014 kata menteri \u2026",
])
def test_mojibake_in_an_article_is_repaired(clean_text: str) -> None:
    broken = _mojibake(clean_text)
    assert broken != clean_text
    doc = clean(Article(id="m", input="m.txt", text=f"{BERITA} {broken}"))
    assert clean_text in doc.text


def test_correct_accented_text_is_not_changed_by_the_mojibake_repair() -> None:
    text = f"{BERITA} Penyanyi Rosé dan aktris Ãnh tampil; harga naik 5 °C? Tidak, 5 persen."
    doc = clean(Article(id="ok", input="ok.txt", text=text))
    assert "Rosé dan aktris Ãnh" in doc.text


def test_valid_utf8_of_control_characters_is_still_binary(tmp_path: Path) -> None:
    (tmp_path / "kontrol.txt").write_bytes(bytes(range(1, 9)) * 300)
    _, probs = _split(list(read_inputs([tmp_path / "kontrol.txt"])))
    assert len(probs) == 1 and "not text" in probs[0].reason


def test_binary_file_named_jsonl_stays_one_problem(tmp_path: Path) -> None:
    (tmp_path / "acak.jsonl").write_bytes(bytes(range(256)) * 40 + b"\n" + bytes(range(200, 256)) * 40)
    _, probs = _split(list(read_inputs([tmp_path])))
    assert len(probs) == 1 and probs[0].input == str(tmp_path / "acak.jsonl")


def test_jsonl_messages_name_json_types(tmp_path: Path) -> None:
    path = tmp_path / "jenis.jsonl"
    path.write_text(
        "\n".join([
            json.dumps([{"text": BERITA}]),
            "null",
            json.dumps({"text": BERITA, "url": float("nan")}),
            json.dumps({"text": 12345}),
            json.dumps({"text": BERITA, "title": {"utama": "Banjir"}}),
        ]) + "\n",
        encoding="utf-8",
    )
    _, probs = _split(list(read_inputs([path])))
    assert [str(p) for p in probs] == [
        f"{path}:1: expected a JSON object, got array",
        f"{path}:2: expected a JSON object, got null",
        f"{path}:3: 'url' must be a string, got nan",
        f"{path}:4: 'text' must be a string, got number",
        f"{path}:5: 'title' must be a string, got object",
    ]


def test_problem_messages_name_the_line_once(tmp_path: Path) -> None:
    # ``f.jsonl:2`` already says which line: the reason does not repeat it (``f.jsonl:2: line 2: ...``); an array's
    # position is an item's, not a line's, so its reason says ``item``
    lines = tmp_path / "baris.jsonl"
    lines.write_text(json.dumps({"text": BERITA}) + "\nnull\n", encoding="utf-8")
    array = tmp_path / "larik.json"
    array.write_text(json.dumps([{"text": BERITA}, None]), encoding="utf-8")
    _, probs = _split(list(read_inputs([lines, array])))
    assert [str(p) for p in probs] == [
        f"{lines}:2: expected a JSON object, got null",
        f"{array}:2: item 2: expected a JSON object, got null",
    ]


def test_manifest_path_to_an_unsupported_file_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "rahasia").write_text("kunci rahasia yang tidak boleh masuk laporan\n", encoding="utf-8")
    _jsonl(tmp_path / "lain.jsonl", [{"text": BERITA}])
    manifest = _jsonl(tmp_path / "daftar.jsonl", [
        {"path": "rahasia", "source": "Warta Lumbung"},
        {"path": "lain.jsonl"},
    ])
    arts, probs = _split(list(read_inputs([manifest])))
    assert arts == []
    assert [str(p) for p in probs] == [
        f"{manifest}:1: 'path' 'rahasia': unsupported file type '(none)' (expected .txt, .html or .htm)",
        f"{manifest}:2: 'path' 'lain.jsonl': unsupported file type '.jsonl' (expected .txt, .html or .htm)",
    ]


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("given", [20250304, "20250304", "2025-W10-2"])
def test_published_in_other_iso_forms_is_written_as_the_contract_wants(tmp_path: Path, given) -> None:
    # Python reads these as dates, but the dossier contract needs YYYY-MM-DD: kept as given they
    # failed validation and lost the whole run.
    path = _jsonl(tmp_path / "a.jsonl", [{"text": BERITA, "published": given}])
    arts, probs = _split(list(read_inputs([path])))
    assert probs == []
    assert arts[0].published == "2025-03-04"


def test_published_datetime_in_basic_form_is_rewritten() -> None:
    assert normalize_published("20250304T101500") == "2025-03-04T10:15:00"
    assert normalize_published("2025-03-04T10:15:00+07:00") == "2025-03-04T10:15:00+07:00"


def test_published_outside_news_years_is_a_note_and_the_article_kept(tmp_path: Path) -> None:
    # Year 1 crashed the near-duplicate window (date - 7 days overflows) after every article had
    # been extracted; year 9999 failed extraction of "tahun depan" as an internal error.
    path = _jsonl(tmp_path / "a.jsonl", [
        {"id": "awal", "text": BERITA, "published": "0001-01-01"},
        {"id": "akhir", "text": BERITA, "published": "9999-12-31T23:59:59-12:00"},
        {"id": "baik", "text": BERITA, "published": "2025-02-03"},
    ])
    arts, probs = _split(list(read_inputs([path])))
    assert [(a.id, a.published) for a in arts] == [("awal", None), ("akhir", None), ("baik", "2025-02-03")]
    assert [(p.reason, p.skipped) for p in probs] == [
        ("'published' '0001-01-01' is not a date (expected ISO 8601, '6 Oktober 2025' or "
         "'06/10/2025', year 1900-2100); kept the article, dated from its text", False),
        ("'published' '9999-12-31T23:59:59-12:00' is not a date (expected ISO 8601, "
         "'6 Oktober 2025' or '06/10/2025', year 1900-2100); kept the article, dated from its text", False),
    ]


def test_page_date_outside_news_years_falls_back_to_the_text() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z">'
        f"<title>Banjir di Sukawangi</title></head><body><p>{BERITA}</p></body></html>"
    )
    doc = clean(Article(id="h", input="h.html", html=page))
    assert doc.published == "2025-02-03" and doc.published_inferred


# --------------------------------------------------------------------------- clean


def test_no_usable_text_reason_does_not_repeat_the_file_name() -> None:
    # The pipeline's Problem names the input; the reason used to name it a second time.
    with pytest.raises(ArticleError) as info:
        clean(Article(id="b", input="dir/b.txt", text="Baca Juga: Banjir Lagi\nSCROLL TO CONTINUE WITH CONTENT"))
    assert str(info.value) == "no usable text after removing boilerplate"


def test_text_longer_than_one_article_is_refused_quickly() -> None:
    dump = "Warga Desa Sukawangi berkumpul di balai desa. " * (MAX_TEXT_CHARS // 40)
    with pytest.raises(ArticleError, match=r"^text too long \(.* characters > limit 500,000\)"):
        clean(Article(id="besar", input="besar.txt", text=dump))


def test_lone_surrogates_from_json_and_file_names_are_replaced(tmp_path: Path) -> None:
    # json.loads turns "\ud800" into a lone surrogate and a non-UTF-8 file name decodes to one;
    # no UTF-8 writer accepts them, so a title with one stopped the run when reports were written.
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"id": "s\\ud800", "title": "Banjir \\udfff", "source": "Warta\\udc80", "text": "' + BERITA + '"}\n',
        encoding="utf-8",
    )
    odd = os.path.join(os.fsencode(tmp_path), b"banjir\xff.txt")
    with open(odd, "wb") as f:
        f.write(BERITA.encode("utf-8"))
    arts, probs = _split(list(read_inputs([tmp_path])))
    assert probs == []
    assert [(a.id, a.title, a.source) for a in arts] == [
        ("banjir\ufffd", None, None), ("s\ufffd", "Banjir \ufffd", "Warta\ufffd")
    ]
    assert arts[0].input == str(tmp_path / "banjir\ufffd.txt")
    for a in arts:
        for value in (a.id, a.input, a.title, a.source, a.text):
            (value or "").encode("utf-8")  # raises on a surrogate


def test_json_nested_too_deeply_is_a_problem_of_its_line(tmp_path: Path) -> None:
    # json.loads raises RecursionError, not JSONDecodeError, and that ended the whole run.
    path = tmp_path / "dalam.jsonl"
    path.write_text(
        json.dumps({"id": "baik", "text": BERITA}) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n"
        + json.dumps({"text": BERITA, "lain": 0})[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
        encoding="utf-8",
    )
    arts, probs = _split(list(read_inputs([path])))
    assert [a.id for a in arts] == ["baik"]
    assert [p.reason for p in probs] == [
        "not valid JSON (nested too deeply at column 1)",
        "not valid JSON (nested too deeply at column 1)",
    ]


def test_broken_pretty_printed_json_is_one_problem_where_the_error_is(tmp_path: Path) -> None:
    # It was re-read as JSON Lines: a problem for every line of the file, none of them the error.
    records = [{"id": f"r{i}", "title": "Banjir", "text": BERITA} for i in range(3)]
    text = json.dumps(records, indent=2).replace('"title": "Banjir",', '"title": "Banjir"', 1)
    path = tmp_path / "rapi.json"
    path.write_text(text, encoding="utf-8")
    arts, probs = _split(list(read_inputs([path])))
    assert arts == []
    assert [(p.input, p.reason) for p in probs] == [
        (str(path), "not valid JSON (Expecting ',' delimiter at line 5, column 5)")
    ]


def test_a_file_with_no_json_line_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "tabel.jsonl"
    path.write_text("id,judul\n1,Banjir di Sukawangi\n2,Jalan longsor\n", encoding="utf-8")
    _, probs = _split(list(read_inputs([path])))
    assert [(p.input, p.reason) for p in probs] == [
        (str(path), "not JSON Lines: none of its 3 lines is JSON (line 1: Expecting value)")
    ]


def test_bidi_overrides_are_dropped_from_text_title_outlet_and_id(tmp_path: Path) -> None:
    # U+202E shows what follows it reversed: the report would show "1500" for a text saying 0051.
    doc = clean(Article(
        id="b", input="b.txt", title="Harga \u202e0051\u202c Naik", source="Warta\u2067 Lumbung",
        text="LUMBUNG -- Harga beras naik menjadi \u202e0051\u202c rupiah per kilogram pada Senin (3/2/2025).",
    ))
    assert (doc.title, doc.source) == ("Harga 0051 Naik", "Warta Lumbung")
    assert "\u202e" not in doc.text and "naik menjadi 0051 rupiah" in doc.text
    path = _jsonl(tmp_path / "a.jsonl", [{"id": "ber\u202eita", "text": BERITA}])
    arts, _ = _split(list(read_inputs([path])))
    assert [a.id for a in arts] == ["berita"]


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_not_called_binary(tmp_path: Path, enc: str) -> None:
    (tmp_path / "tanpa-bom.txt").write_bytes(("Banjir “Besar” di Sukawangi\n" + BERITA).encode(enc))
    arts, probs = _split(list(read_inputs([tmp_path])))
    assert probs == []
    assert arts[0].text.startswith("Banjir “Besar” di Sukawangi\nLUMBUNG -- Banjir")


def test_binary_with_nul_bytes_on_both_sides_stays_binary(tmp_path: Path) -> None:
    (tmp_path / "gambar.txt").write_bytes(bytes(range(256)) * 64)
    _, probs = _split(list(read_inputs([tmp_path])))
    assert [p.reason for p in probs] == ["binary file (contains NUL bytes), not text"]


# --------------------------------------------------------------------------- JSON ingest review


HUJAN = "Hujan deras sejak Selasa malam membuat Sungai Cikaret meluap dan merendam dua dusun di Desa Sukamaju."


def test_random_bytes_named_jsonl_are_one_problem_quickly(tmp_path: Path) -> None:
    # Junk always holds a line that parses as some JSON value (a bare number, even a stray "{}"):
    # that used to make the file JSON Lines, a problem for every chunk of junk, each chunk first
    # run through charset detection (2 MB: 7,827 problems in 12 s).
    junk = random.Random(7).randbytes(200_000)
    (tmp_path / "acak.jsonl").write_bytes(junk[:70_000] + b"\n12\n" + junk[70_000:140_000] + b"\n{}\n" + junk[140_000:])
    start = time.perf_counter()
    _, probs = _split(list(read_inputs([tmp_path])))
    assert time.perf_counter() - start < 5
    assert [p.input for p in probs] == [str(tmp_path / "acak.jsonl")]


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_lines_whose_first_record_is_broken_keep_the_others(tmp_path: Path, suffix: str) -> None:
    # As .json the broken first line (a raw tab in a string) made the whole file one problem and
    # its good records were lost; the message said "at at column".
    rows = [json.dumps({"id": f"b{i}", "text": f"{HUJAN} Laporan ke-{i}."}) for i in range(4)]
    rows[0] = '{"id": "b0", "text": "Hujan\tderas"}'
    path = tmp_path / f"banjir{suffix}"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    arts, probs = _split(list(read_inputs([path])))
    assert [a.id for a in arts] == ["b1", "b2", "b3"]
    assert [(p.input, p.reason) for p in probs] == [
        (f"{path}:1", "not valid JSON (Invalid control character at column 28)")
    ]


def test_huge_json_numbers_do_not_end_the_run(tmp_path: Path) -> None:
    # A 401-digit title raised OverflowError in math.isfinite; a number over 4,300 digits raises
    # ValueError (not JSONDecodeError) in json.loads on Python 3.11. Both ended the whole run.
    path = tmp_path / "angka.jsonl"
    path.write_text(
        f'{{"id": "panjang", "title": 1{"0" * 400}, "text": "{HUJAN}"}}\n'
        f'{{"id": "raksasa", "title": 9{"0" * 5000}, "text": "{HUJAN}"}}\n'
        + json.dumps({"id": "biasa", "text": HUJAN}) + "\n",
        encoding="utf-8",
    )
    arts, probs = _split(list(read_inputs([path])))
    assert [(a.id, a.title) for a in arts] == [("panjang", "1" + "0" * 400), ("biasa", None)]
    assert [(p.input, p.reason) for p in probs] == [
        (f"{path}:2", "not valid JSON (number longer than 4300 digits at column 28)")
    ]


def test_published_in_arabic_indic_digits_is_written_in_ascii() -> None:
    # \d matched these digits, so the date was kept as given and broke the dossier contract.
    assert normalize_published("\u0662\u0660\u0662\u0665-\u0660\u0663-\u0660\u0664") == "2025-03-04"


class _Date310(dt.date):
    """``date.fromisoformat`` as Python 3.10 has it: YYYY-MM-DD only."""

    @classmethod
    def fromisoformat(cls, s: str):  # type: ignore[override]
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", s):
            raise ValueError(f"Invalid isoformat string: {s!r}")
        return super().fromisoformat(s)


class _Datetime310(dt.datetime):
    """``datetime.fromisoformat`` as Python 3.10 has it: an extended date and time."""

    @classmethod
    def fromisoformat(cls, s: str):  # type: ignore[override]
        if not re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:$|.[0-9]{2}(?::|$))", s):
            raise ValueError(f"Invalid isoformat string: {s!r}")
        return super().fromisoformat(s)


@pytest.mark.parametrize("given, want", [
    ("20250304", "2025-03-04"),
    ("2025-W10-2", "2025-03-04"),
    ("2025W102", "2025-03-04"),
    ("20250304T101500", "2025-03-04T10:15:00"),
    ("20250304T1015Z", "2025-03-04T10:15:00+00:00"),
    ("2025-03-04", "2025-03-04"),
    ("2025-03-04T10:15:00+07:00", "2025-03-04T10:15:00+07:00"),
])
def test_published_basic_and_week_dates_do_not_need_python_3_11(monkeypatch, given: str, want: str) -> None:
    # pyproject allows Python 3.10, whose fromisoformat reads only YYYY-MM-DD[THH:MM...].
    assert normalize_published(given) == want
    monkeypatch.setattr(readers, "dt", types.SimpleNamespace(**{**vars(dt), "date": _Date310, "datetime": _Datetime310}))
    assert normalize_published(given) == want
