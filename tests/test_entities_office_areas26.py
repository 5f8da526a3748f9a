"""An office whose bracketed short form leaves out its head (``Dinas ... (PUPR)``, written ``Dinas
PUPR``) keeps the area after the bracket (docs/ner.md, "Twenty-sixth round").

Every sentence here is written for these tests (no article text).
"""

from __future__ import annotations

from tests.test_entities_classes22 import _types


def test_a_dinas_short_form_without_its_head_keeps_the_area():
    got = _types("Penyidik menggeledah kantor Dinas Pekerjaan Umum (PU) Lembata pada Senin pagi.")
    assert got.get("Dinas Pekerjaan Umum (PU) Lembata") == "ORG" and "Lembata" not in got


def test_a_short_form_of_other_words_still_ends_the_name():
    # the bracket does not abbreviate the words after the head: a person's initials, no short form
    got = _types("Kepala Dinas Pendidikan Garut, Budi Santoso (BS), meninjau sekolah di Garut.")
    assert "Budi Santoso" in got and not any("(BS)" in t and "Dinas" in t for t in got)
