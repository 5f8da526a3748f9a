"""Quote speakers from the ninth round: a quote whose own subject is a named organisation (``"KBRI
akan terus memantau …," tutupnya``, ``"Kami dari KBRI …"``) is that organisation's, not a place's
narrated before it; a quote that agrees ``dengan Menteri X`` is not X's nor X's ministry's.

The sentences are written for these tests (mentions from the real entity extractor); each rule has a
near-variant it must not change.
"""

from __future__ import annotations

from tests.test_quotes_qa5 import quotes, speakers

_KBRI = "Kedutaan Besar RI (KBRI) Phnom Penh menerima laporan itu pada Senin. "
_KANDAL = "Sementara itu, otoritas Provinsi Kandal mengungkapkan bahwa para WNI akan segera dipindahkan."


def _direct_speakers(text: str) -> list[str | None]:
    """Speakers of the direct quotes only: ``_KANDAL`` is itself a statement of ``Provinsi Kandal``
    (the eleventh round reads a lower-case ``otoritas`` before a place as its subject)."""
    return [sp for direct, _t, sp in quotes(text) if direct]


def test_a_quote_naming_its_own_organisation_as_subject_goes_to_it_not_to_a_place():
    t = _KBRI + _KANDAL + ' Nantinya mereka dideportasi. "KBRI Phnom Penh akan terus memantau kasus ini," tutupnya.'
    assert _direct_speakers(t) == ["KBRI Phnom Penh"]
    # a person who spoke last keeps the quote; so does an organisation's pronoun (no party is guessed)
    t = _KBRI + 'Budi Santoso, korban, mengatakan ia sudah pulang. "KBRI Phnom Penh akan terus memantau," ujarnya.'
    assert speakers(t) == ["Budi Santoso", "Budi Santoso"]
    t = _KBRI + 'Polda Jambi mengatakan mereka akan dipindahkan. "KBRI Phnom Penh akan memeriksa kasus ini," ujarnya.'
    assert speakers(t) == ["Polda Jambi", None]
    # the organisation not as the subject (no predicate after it) leaves the speaker as it was
    t = _KBRI + _KANDAL + ' "KBRI Phnom Penh, menurut kami, lambat sekali," tutupnya.'
    assert _direct_speakers(t) == ["Provinsi Kandal"]


def test_kami_dari_an_organisation_speaks_for_it():
    assert _direct_speakers(_KBRI + _KANDAL + '\n"Kami dari KBRI Phnom Penh sudah menemui para WNI," ujarnya.') == [
        "KBRI Phnom Penh"]
    assert _direct_speakers(_KBRI + _KANDAL + '\n\n"Kami dari KBRI Phnom Penh sudah menemui para WNI di tahanan."') == [
        "KBRI Phnom Penh"]
    # a named spokesperson of the organisation still speaks
    t = _KBRI + 'Juru bicara KBRI, Budi Santoso, mengatakan para WNI sehat. "Kami dari KBRI Phnom Penh sudah ' \
        'menemui mereka," ujarnya.'
    assert speakers(t) == ["Budi Santoso", "Budi Santoso"]


_MINISTER = "Menteri Kelautan dan Perikanan Republik Indonesia, Budi Santoso, berkunjung ke Tokyo pada Senin. "


def test_a_quote_agreeing_with_minister_x_is_not_x_nor_xs_ministry():
    t = _MINISTER + "Kementerian Kelautan dan Perikanan RI menegaskan kerja sama itu penting.\n" \
        '"Kami sepakat dengan Menteri Budi Santoso untuk terus bekerja sama."'
    assert quotes(t)[-1] == (True, "Kami sepakat dengan Menteri Budi Santoso untuk terus bekerja sama.", None)
    t = _MINISTER + 'Ia menilai kerja sama itu penting. "Kami sepakat dengan Menteri Budi Santoso untuk terus ' \
        'bekerja sama," ujarnya.'
    assert speakers(t) == ["Budi Santoso", None]
    # without the counterpart the ministry goes on speaking; the other side's minister is the speaker
    t = _MINISTER + "Kementerian Kelautan dan Perikanan RI menegaskan kerja sama itu penting.\n" \
        '"Kami sepakat untuk terus bekerja sama."'
    assert speakers(t) == ["Kementerian Kelautan dan Perikanan RI"] * 2
    t = _MINISTER + 'Hiroshi Tanaka, Menteri Perikanan Jepang, menyambut kunjungan itu. "Kami sepakat dengan ' \
        'Menteri Budi Santoso untuk terus bekerja sama," ujarnya.'
    assert speakers(t) == ["Hiroshi Tanaka"]


# ----------------------------------------------------------------------------- non-names as speakers


def test_kala_itu_opening_a_sentence_is_a_connector_not_a_name():
    assert speakers("Kala itu Kremlin menyatakan tidak ada kesepakatan senjata dengan Pyongyang.") == ["Kremlin"]
    assert speakers("Ketika itu Budi Santoso mengatakan tidak ada kesepakatan apa pun.") == ["Budi Santoso"]
    # ``Kala`` alone is left to the tagger (a given name)
    assert speakers("Kala mengatakan tidak ada kesepakatan apa pun.") == ["Kala"]


def test_menurut_an_unnamed_source_of_a_place_names_no_speaker():
    assert quotes("Menurut media Rusia, Lavrov akan berkunjung ke Pyongyang pekan depan.") == [
        (False, "Lavrov akan berkunjung ke Pyongyang pekan depan", None)]
    assert speakers("Menurut laporan media Korea Selatan, Lavrov akan berkunjung ke Pyongyang.") == [None]
    assert speakers("Menurut warga Bogor, banjir sudah surut sejak pagi tadi.") == [None]
    # a named party of the place still speaks
    assert speakers("Menurut pemerintah Rusia, Lavrov akan berkunjung ke Pyongyang.") == ["Rusia"]
    assert speakers("Menurut Kementerian Luar Negeri Rusia, Lavrov akan berkunjung ke Pyongyang.") == [
        "Kementerian Luar Negeri Rusia"]
