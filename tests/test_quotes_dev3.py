"""Speaker patterns found on the third development batch (``devsets/quotes/dev3.tsv``): subjects
after fronted phrases, a speaker named after a speech root, ``ada juga`` introductions, complaints
that are not speech, ``pihak`` before an organisation, day names, titles and stray quote marks.

All sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from kliping.model import Mention
from tests.quote_helpers import direct, doc, mention


def mentions(text: str, names: list[str], typ: str = "PERSON") -> list[Mention]:
    """Every occurrence of every name as a mention, in text order."""
    out = []
    for name in names:
        out.extend(mention(text, name, typ, nth=i) for i in range(text.count(name)))
    return out


def test_pronoun_after_a_speaker_named_by_a_sentence_final_root():
    # ``…, kata sosiolog X dari …`` with no reported item: X still speaks next
    t = (
        "“Kami sudah lama menunggu,” ujar Rahmat Hidayat.\n"
        "Persaingan kerja makin ketat bagi lulusan baru, kata ekonom Sinta Maharani dari Lembaga "
        "Kajian Tenaga Kerja dan Kependudukan (Institute for Labour Studies) Indonesia, yang meneliti "
        "pasar kerja muda. “Perusahaan mencari pengalaman,” ujarnya."
    )
    qs = direct(t, mentions(t, ["Rahmat Hidayat", "Sinta Maharani"]))
    assert [q.speaker_name for q in qs] == ["Rahmat Hidayat", "Sinta Maharani"]


def test_pronoun_after_a_role_word_and_a_fronted_phrase():
    # ``Mendengar jawaban itu hakim X pun …``: no comma, a role word before the name
    t = (
        "“Uang itu saya serahkan ke kantor,” jawab Wulan.\n"
        "Mendengar jawaban itu hakim Bonar Sitompul pun menggelengkan kepala. “Ini baru satu "
        "kantor,” ujarnya."
    )
    qs = direct(t, mentions(t, ["Wulan", "Bonar Sitompul"]))
    assert [q.speaker_name for q in qs] == ["Wulan", "Bonar Sitompul"]


def test_pronoun_skips_a_later_person_who_is_not_a_subject():
    # the subject ``Jaksa KPK Dimas Arya`` comes before a person named inside the clause
    t = (
        "“Iya, benar,” jawab Wulan.\n"
        "Jaksa KPK Dimas Arya juga turut merespons ketika nama Hendrawan disebut.\n"
        "“Apakah proyek itu masuk anggaran tahun ini?” ucapnya."
    )
    qs = direct(t, mentions(t, ["Wulan", "Dimas Arya", "Hendrawan"]))
    assert [q.speaker_name for q in qs] == ["Wulan", "Dimas Arya"]


def test_a_fronted_time_phrase_alone_does_not_make_the_next_speaker():
    # ``Baru-baru ini, X mendapat …``: X is the one the lawyer talks about
    t = (
        "“Klien kami dirugikan,” kata pengacara Joko Susilo.\n"
        "Baru-baru ini, Mirna Lestari mendapat kabar bahwa laporannya naik ke penyidikan.\n"
        "“Kami sudah menerima surat dari penyidik,” jelasnya."
    )
    qs = direct(t, mentions(t, ["Joko Susilo", "Mirna Lestari"]))
    assert [q.speaker_name for q in qs] == ["Joko Susilo", "Joko Susilo"]


def test_ada_juga_introduces_the_next_speaker():
    # a new member of parliament, then ``Menurutnya`` and a quote with no attribution
    t = (
        "“Anggaran ini perlu dijaga,” kata Harun Wibowo.\n"
        "Selain itu, ada juga Anggota Komisi XI, Dewi Anggraeni, yang menyoroti badan baru itu.\n"
        "Menurutnya, badan tersebut punya peran penting. Dengan tugas sepenting itu, bahkan Dewi "
        "meragukan anggarannya cukup.\n"
        "“Anggaran segitu cukup atau tidak?”\n"
        "“Semoga bapak bisa membantu menteri baru,” ucap Dewi."
    )
    qs = direct(t, mentions(t, ["Harun Wibowo", "Dewi Anggraeni", "Dewi"]))
    assert [q.speaker_name for q in qs] == ["Harun Wibowo", "Dewi Anggraeni", "Dewi"]


def test_reporting_people_to_the_police_is_no_lead():
    # ``X melaporkan sejumlah pihak``: a complaint, so X does not take the lawyer's pronoun
    t = (
        "“Kami sudah serahkan buktinya,” kata pengacara Bambang Lesmana.\n"
        "Bambang mengatakan bukti sudah lengkap. Rudi Hartanto melaporkan sejumlah pihak dan "
        "menghormati penyidik.\n"
        "“Kami serahkan kepada penyidik,” jelasnya."
    )
    qs = direct(t, mentions(t, ["Bambang Lesmana", "Bambang", "Rudi Hartanto"]))
    assert qs[1].speaker_name in ("Bambang", "Bambang Lesmana")


def test_pihak_before_an_organisation():
    t = "“Kesepakatan dagang ini membuka pasar baru,” ungkap pihak Gedung Negara di situs resminya."
    assert direct(t, [])[0].speaker_name == "Gedung Negara"
    t2 = "“Kami belum menerima surat itu,” kata pihak sekolah."
    assert direct(t2, [])[0].speaker_name is None  # ``pihak`` before a common noun names nobody


def test_a_day_name_in_an_adjunct_is_no_subject():
    t = (
        "Pangeran Faisal, dalam pidato atas nama Raja Hasan pada Selasa mengatakan, harga turun "
        "karena ekonomi lemah.\n"
        "“Ini bukan hal baru bagi kami,” katanya."
    )
    ms = [mention(t, "Faisal", title="Pangeran"), mention(t, "Hasan", title="Raja"), mention(t, "Selasa")]
    qs = direct(t, ms)
    assert qs[0].speaker_name == "Faisal"
    reported = [q for q in extract_quotes(doc(t), ms) if not q.direct]
    assert reported[0].speaker_name == "Faisal"
