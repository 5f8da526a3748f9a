"""Claims a reader can trust (docs/quotes.md, "A claim's pointing-back subject; a sure outcome"): a passive
denial or confirmation whose subject only points back (``Penetapan tersangka itu dikonfirmasi oleh X``) claims
the matter told in the sentence before, shown after the pointer, not the whole confirming sentence; a
``kemungkinan`` opening a condition whose outcome is said to be sure (``pasti``) is no speculation.

The sentences are written for these tests; the people and places are invented or used only as names.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.extract.entities import extract_mentions
from tests.quote_helpers import doc


def _claims(text: str) -> list[tuple[str, str, str | None]]:
    d = doc(text)
    return [(c.status, c.text, c.actor_name) for c in extract_claims(d, extract_mentions(d))]


def test_a_pointer_subject_confirms_the_sentence_before():
    got = _claims("Penyidik menetapkan Budi Santoso sebagai tersangka penipuan pada pekan lalu. "
                  "Penetapan tersangka itu dikonfirmasi oleh Kapolres Sukamaju, AKBP Andi Wirawan, Senin (3/11).")
    assert got[-1][0] == "confirmation"
    assert got[-1][1] == ("Penetapan tersangka itu: Penyidik menetapkan Budi Santoso sebagai tersangka penipuan "
                          "pada pekan lalu")


def test_a_pointer_subject_denies_the_statement_said_before():
    got = _claims("Pejabat Dinas Pangan Rina Kartika mengatakan stok beras di gudang itu sudah habis sejak Juni. "
                  "Namun, hal itu dibantah Kepala Gudang Sukamaju Budi Santoso.")
    assert got[-1][:2] == ("denial", "hal itu: stok beras di gudang itu sudah habis sejak Juni")


def test_a_subject_that_says_what_is_confirmed_keeps_the_sentence():
    got = _claims("Penyidik menetapkan Budi Santoso sebagai tersangka. "
                  "Penetapan Budi sebagai tersangka penipuan dikonfirmasi oleh Kapolres Sukamaju, AKBP Andi Wirawan.")
    assert got[-1][1].startswith("Penetapan Budi sebagai tersangka penipuan dikonfirmasi")


def test_kemungkinan_before_a_condition_whose_outcome_is_sure_is_no_speculation():
    got = _claims('"Jadi kemungkinan kalau harga minyak naik lagi, itu pasti akan berdampak pada inflasi," '
                  "kata ekonom Budi Santoso.")
    assert all(status != "speculation" for status, _t, _a in got)


def test_kemungkinan_before_a_condition_with_an_unsure_outcome_still_speculates():
    got = _claims('"Jadi kemungkinan kalau harga minyak naik lagi, inflasi akan ikut naik," kata ekonom Budi Santoso.')
    assert any(status == "speculation" for status, _t, _a in got)
