"""A pronoun whose antecedent the article described but never named is shown with that description: ``Mereka``
after a group (``para pedagang``, ``sejumlah warga X``, ``massa``, an organisation), ``Dia`` after a representative
(``Kuasa hukum X menyinggung ...``). The speaker's name stays empty; a person named in between, or a subject that
is no group, leaves the dash.

The sentences are written for these tests (mentions from the real entity extractor).
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.extract.quotes import extract_quotes
from tests.quote_helpers import doc


def _quotes(text: str) -> list[tuple[str | None, str | None, str]]:
    d = doc(text)
    return [(q.speaker_name, q.speaker_desc, q.text) for q in extract_quotes(d, extract_mentions(d))]


def test_mereka_after_a_group_is_described_by_it():
    t = "Kini, para pedagang sudah menurunkan papan pembayaran digital dari lapak. Mereka berharap bank memperketat pengawasan."
    assert _quotes(t) == [(None, "para pedagang", "bank memperketat pengawasan")]
    # past another ``Mereka`` sentence, and after a fronted participle
    t2 = ("Diberitakan sebelumnya, sejumlah warga Tegalrejo mengadukan pengelola arisan ke kantor polisi. Mereka "
          "merasa dirugikan selama bertahun-tahun. Mereka menduga uang setoran dipakai membayar anggota lama.")
    assert _quotes(t2) == [(None, "sejumlah warga Tegalrejo", "uang setoran dipakai membayar anggota lama")]
    t3 = "Di depan balai kota, massa membentangkan spanduk. Mereka menilai tarif parkir baru terlalu mahal."
    assert _quotes(t3) == [(None, "massa", "tarif parkir baru terlalu mahal")]


def test_mereka_after_no_group_keeps_the_dash():
    # the sentence before has a person as subject: the group named further back is not guessed
    t = ("Para petani berkumpul di balai desa. Menteri Budi Santoso datang siang itu. Mereka mengatakan harga gabah "
         "terlalu rendah.")
    assert _quotes(t)[-1] == (None, None, "harga gabah terlalu rendah")
    t2 = "Saat ini sudah banyak siasat penipuan di media sosial. Mereka berharap korban mau mentransfer uang."
    assert _quotes(t2) == [(None, None, "korban mau mentransfer uang")]


def test_a_pronoun_after_a_representative_is_theirs_described():
    t = ("Budi Santoso membacakan pembelaannya di sidang. Kuasa hukum Hendra Wijaya menyinggung abolisi yang "
         "diterima mantan menteri. Dia mengatakan Hendra tak punya kewenangan membatalkan perintah itu. "
         "\"Klien kami hanya menjalankan perintah atasan,\" ujarnya.")
    assert _quotes(t) == [
        (None, "Kuasa hukum Hendra Wijaya", "Hendra tak punya kewenangan membatalkan perintah itu"),
        (None, "Kuasa hukum Hendra Wijaya", "Klien kami hanya menjalankan perintah atasan"),
    ]
    # a named speaker after the representative takes the pronoun, as before
    t2 = ("Kuasa hukum Hendra Wijaya menyinggung abolisi yang diterima mantan menteri. Jaksa Rina Marlina "
          "menanggapi pembelaan itu. Dia mengatakan tuntutan tetap berlaku.")
    assert _quotes(t2)[-1] == ("Rina Marlina", None, "tuntutan tetap berlaku")


def test_a_subject_closed_by_a_comma_or_holding_a_name_is_described():
    # a comma right before the cue closes the group's phrase; ``Medical`` in a name is no ``me-`` verb
    t = "Sejumlah akademisi di Malang, menilai arah kebijakan energi sudah positif."
    assert _quotes(t) == [(None, "Sejumlah akademisi di Malang", "arah kebijakan energi sudah positif")]
    t2 = "Kajian dari Harvard Medical School menyebutkan, tidur kurang dari enam jam melemahkan daya ingat."
    assert _quotes(t2) == [(None, "Kajian dari Harvard Medical School",
                            "tidur kurang dari enam jam melemahkan daya ingat")]
    # a verb in lower case still makes the words a clause, not a description
    t3 = "Video potongan memperlihatkan seorang pejabat menyebut guru sebagai beban negara."
    assert all(desc is None for _n, desc, _t in _quotes(t3))


def test_mereka_after_a_team_is_described_by_it():
    t = ("Tim memeriksa sampel air dari dua puluh sumur warga. Menurut mereka, pencemaran itu datang dari limbah "
         "pabrik tahu.")
    assert _quotes(t) == [(None, "Tim", "pencemaran itu datang dari limbah pabrik tahu")]


def test_a_pronoun_after_an_organisation_is_its_spokesperson_described():
    t = ("Jalan Merdeka ditutup selama dua bulan. Pemkot Medan meminta maaf kepada warga atas kemacetan itu. "
         "\"Kami mohon pengertian selama perbaikan berlangsung,\" imbuhnya.")
    assert _quotes(t) == [(None, "Pemkot Medan", "Kami mohon pengertian selama perbaikan berlangsung")]
    # a person who spoke after the organisation takes the pronoun, as before
    t2 = ("Pemkot Medan meminta maaf kepada warga atas kemacetan itu. Kepala Dinas Perhubungan Budi Santoso "
          "mengatakan jalan dibuka bulan depan. \"Kami mohon pengertian,\" imbuhnya.")
    assert _quotes(t2)[-1] == ("Budi Santoso", None, "Kami mohon pengertian")


def test_a_decimal_comma_in_the_subject_is_no_clause_boundary():
    t = ("Survei itu melibatkan seribu responden. Mayoritas orang tua murid (94,4%) juga menilai kesempatan sekolah "
         "makin besar.")
    assert _quotes(t) == [(None, "Mayoritas orang tua murid (94,4%)", "kesempatan sekolah makin besar")]
