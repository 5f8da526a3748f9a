"""QA5 sentence splitting: office abbreviations before a name. Invented Indonesian text."""

from __future__ import annotations

import pytest

from kliping.text import split_sentences


@pytest.mark.parametrize("title", ["Plt.", "Plh.", "Pj.", "Pjs."])
def test_acting_office_abbreviation_does_not_end_the_sentence(title: str) -> None:
    text = (f'"Layanan paspor kini lebih cepat," ujar {title} Kepala Kantor Imigrasi Budi Santoso di Medan. '
            "Antrean pemohon pun berkurang.")
    assert [s.text for s in split_sentences(text)] == [
        f'"Layanan paspor kini lebih cepat," ujar {title} Kepala Kantor Imigrasi Budi Santoso di Medan.',
        "Antrean pemohon pun berkurang.",
    ]
