"""Claim cues after an intent, an attempt or a request give no confirmation (QA5).

All sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.model import Document
from kliping.text import split_sentences


def claims(text: str):
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text))
    return extract_claims(d, None)


def statuses(text: str) -> list[tuple[str, str]]:
    return [(c.status, c.cue) for c in claims(text)]


def test_an_intent_to_confirm_is_no_confirmation() -> None:
    assert statuses("Polisi ingin mengonfirmasi kabar penangkapan itu kepada keluarga korban.") == []
    assert statuses("Dinas kesehatan berencana memverifikasi klaim tersebut pekan depan.") == []
    assert statuses("Kepolisian masih akan mengonfirmasi identitas jenazah tersebut.") == []
    assert statuses("Pemerintah daerah bermaksud mengkonfirmasi data korban ke setiap desa.") == []


def test_an_attempt_to_confirm_or_justify_is_no_confirmation() -> None:
    assert statuses("Petugas berusaha mengonfirmasi laporan warga soal banjir tersebut.") == []
    assert statuses("Kami sedang berusaha untuk segera mengonfirmasi kabar itu.") == []
    assert statuses("Polisi berupaya mengonfirmasi keberadaan tersangka di kota itu.") == []
    assert statuses("Ia mencoba membenarkan tindakannya di depan para wartawan.") == []


def test_a_request_or_wait_for_confirmation_is_no_confirmation() -> None:
    assert statuses("Warga meminta polisi mengonfirmasi kabar penangkapan itu.") == []
    assert statuses("Keluarga masih menunggu rumah sakit mengonfirmasi penyebab kematian.") == []
    assert statuses("Kabar pengunduran diri itu belum bisa dikonfirmasi oleh pihak istana.") == []


def test_a_confirmation_done_stays_a_confirmation() -> None:
    # near-variants of the sentences above in which the act is reported done
    for text in ("Kapolres segera mengonfirmasi penangkapan dua pelaku.",
                 "Kapolres akhirnya mengonfirmasi penangkapan dua pelaku.",
                 "Kapolres mengonfirmasi penangkapan dua pelaku di rumah kontrakan.",
                 "Setelah berusaha keras, Kapolres mengonfirmasi penangkapan itu.",
                 "Polisi yang berusaha menangkap pelaku akhirnya mengonfirmasi penangkapan itu."):
        assert statuses(text) == [("confirmation", "mengonfirmasi")], text


def test_admitting_after_an_intent_or_an_apology_is_still_an_admission() -> None:
    assert statuses("Saya ingin mengakui bahwa saya lalai mengawasi anggaran itu.") == [("confirmation", "mengakui")]
    assert statuses("Ia meminta maaf dan mengakui telah menabrak pengendara motor itu.") == [
        ("confirmation", "mengakui")]
    assert statuses("Manajer klub akhirnya mau mengakui timnya bermain buruk.") == [("confirmation", "mengakui")]
