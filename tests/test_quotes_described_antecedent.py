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
    t = "Kini, para pedagang telah mencopot semua kode QRIS dari etalase. Mereka berharap sistem keamanan diperketat."
    assert _quotes(t) == [(None, "para pedagang", "sistem keamanan diperketat")]
    # past another ``Mereka`` sentence, and after a fronted participle
    t2 = ("Diberitakan sebelumnya, sejumlah warga Tegalrejo melaporkan koperasi itu ke polisi. Mereka merasa "
          "tertipu oleh koperasi tersebut. Mereka menduga ada skema ponzi dalam kasus ini.")
    assert _quotes(t2) == [(None, "sejumlah warga Tegalrejo", "ada skema ponzi dalam kasus ini")]
    t3 = "Dalam orasinya, massa menilai kebijakan itu gagal. Mereka menilai program makan gratis memboroskan anggaran."
    assert _quotes(t3) == [(None, "massa", "program makan gratis memboroskan anggaran")]


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
