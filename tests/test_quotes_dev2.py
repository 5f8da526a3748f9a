"""Speaker patterns found on the second development batch (``devsets/quotes/dev2.tsv``): pronouns
after narrative paragraphs, passive leads, described speakers, bare roles, written statements.

All sentences are written for these tests.
"""

from __future__ import annotations

from tests.quote_helpers import direct, mention, mentions


def test_pronoun_after_the_speakers_own_paragraph_keeps_the_speaker():
    # the paragraph opens with the lawyer's statement; a client named later in it is narrated
    t = (
        "Pengacara Fajar, Dimas Aryo, menanggapi putusan itu.\n"
        "“Kami menerima putusan hakim,” kata Dimas.\n"
        "Dimas menilai, kliennya sudah bersikap kooperatif. Sebelumnya, Fajar Nugroho "
        "menggugat Rudi Hartono sejak tahun lalu.\n"
        "“Kami akan terus mendampingi klien kami,” ujarnya."
    )
    qs = direct(t, mentions(t, ["Dimas Aryo", "Dimas", "Fajar Nugroho", "Rudi Hartono"]))
    assert [q.speaker_name for q in qs] == ["Dimas", "Dimas Aryo"]  # the pronoun: the full name


def test_pronoun_skips_a_person_who_is_the_patient_of_a_passive_verb():
    t = (
        "Kasubdit Siber Polda, Yoga Pratama, menjelaskan duduk perkaranya.\n"
        "“Yang dilaporkan adalah unggahannya,” kata Yoga.\n"
        "Sejak pekan lalu penyelidikan berjalan.\n"
        "Wawan kemudian dilaporkan ke polisi karena unggahan itu.\n"
        "“Pelapor merasa dirugikan,” imbuhnya."
    )
    qs = direct(t, mentions(t, ["Yoga Pratama", "Yoga", "Wawan"]))
    assert [q.speaker_name for q in qs] == ["Yoga", "Yoga Pratama"]  # the pronoun: the full name


def test_a_narrated_subject_in_a_new_paragraph_still_takes_the_pronoun():
    # the old behaviour stays for a new person introduced in subject position
    t = (
        "“Harga cabai naik,” kata Dewi.\n"
        "Sementara itu, Bambang Suryo berjualan sayur di pasar sejak subuh.\n"
        "“Pembeli makin sepi,” katanya."
    )
    qs = direct(t, mentions(t, ["Dewi", "Bambang Suryo"]))
    assert [q.speaker_name for q in qs] == ["Dewi", "Bambang Suryo"]


def test_passive_lead_names_the_next_speaker():
    t = (
        "“Kunjungan wisata harus aman,” kata Menteri Pariwisata Larasati Wening.\n"
        "Hal senada diungkapkan Sekretaris Dinas Pariwisata Hendro Wibisono. Dia menyebut bahwa "
        "penataan kota harus dimulai dari keamanan.\n"
        "“Wisatawan butuh rasa aman,” katanya."
    )
    qs = direct(t, mentions(t, ["Larasati Wening", "Hendro Wibisono"]))
    assert [q.speaker_name for q in qs] == ["Larasati Wening", "Hendro Wibisono"]


def test_org_mention_that_swallowed_the_person_after_an_office():
    t = (
        "“Kunjungan wisata harus aman,” kata Larasati.\n"
        "“Penataan kota dimulai dari keamanan,” kata Sekretaris Dinas Pariwisata Hendro Wibisono."
    )
    ms = [mention(t, "Larasati"), mention(t, "Dinas Pariwisata Hendro Wibisono", "ORG")]
    assert [q.speaker_name for q in direct(t, ms)] == ["Larasati", "Hendro Wibisono"]


def test_described_speaker_after_a_comma():
    t = "“Saya datang sejak pagi,” ujar seorang pensiunan, Margaretha Lim (70), kepada wartawan."
    qs = direct(t, mentions(t, ["Margaretha Lim"]))
    assert qs[0].speaker_name == "Margaretha Lim"
    t2 = "“Putusan ini sudah final,” ujar hakim tunggal PN Sleman, Bonifasius Adi saat membacakan putusan."
    assert direct(t2, mentions(t2, ["Bonifasius Adi"]))[0].speaker_name == "Bonifasius Adi"


def test_described_group_stays_unknown():
    t = "“Kami menolak,” kata para pengunjuk rasa, sebagian besar mahasiswa."
    assert direct(t, [])[0].speaker_name is None


def test_age_in_brackets_after_an_untagged_name():
    # a name the tagger left out (no mentions given): the age does not hide it
    qs = direct("“Motor saya mogok di tengah genangan,” kata Bonaventura (27), pengendara asal Bekasi.")
    assert qs[0].speaker_name == "Bonaventura"


def test_pronoun_skips_an_abbreviated_agency():
    t = (
        "“Setiap dapur wajib punya ahli gizi,” kata Kepala Dinas Kesehatan Ratna Sari.\n"
        "Dinkes menegaskan sertifikasi dilakukan demi keamanan pangan anak-anak.\n"
        "“Sertifikat ini bukan formalitas,” pungkasnya."
    )
    qs = direct(t, mentions(t, ["Ratna Sari"]))
    assert [q.speaker_name for q in qs] == ["Ratna Sari", "Ratna Sari"]


def test_reporting_someone_to_the_police_is_not_speech():
    t = (
        "“Kami menghormati proses hukum,” kata Hana.\n"
        "Hana menilai, proses berjalan wajar. Sebelumnya, Gilang Ramadhan melaporkan Tono ke polisi.\n"
        "“Kami tetap kooperatif,” ujarnya."
    )
    qs = direct(t, mentions(t, ["Hana", "Gilang Ramadhan", "Tono"]))
    assert [q.speaker_name for q in qs] == ["Hana", "Hana"]


def test_written_statement_names_its_author():
    t = "“Pengerahan pasukan ini tidak punya dasar,” demikian keterangan tertulis Koalisi Warga Peduli, Senin."
    assert direct(t, [])[0].speaker_name == "Koalisi Warga Peduli"
    slogan = "“Lawan banjir, bukan warga,” demikian bunyi sebuah spanduk yang dibentangkan warga."
    assert direct(slogan, [])[0].speaker_name is None


def test_menurutnya_before_a_partial_quote():
    t = (
        "“Kami akan terus bekerja,” kata Menteri Lingkungan Soren Dahl.\n"
        "Namun, menurutnya, kesepakatan itu tetap dibutuhkan demi menuntaskan “persoalan paling mendesak "
        "bagi seluruh umat manusia” dan ia akan mencoba lagi."
    )
    qs = direct(t, mentions(t, ["Soren Dahl"]))
    assert [q.speaker_name for q in qs] == ["Soren Dahl", "Soren Dahl"]


def test_bare_role_takes_the_person_introduced_with_it():
    t = (
        "Jaksa penuntut umum Wiryawan Hadi membacakan dakwaan pada Selasa.\n"
        "“Terdakwa merugikan negara Rp 5 miliar,” ujar jaksa di ruang sidang."
    )
    assert direct(t, mentions(t, ["Wiryawan Hadi"]))[0].speaker_name == "Wiryawan Hadi"


def test_bare_role_with_nobody_introduced_stays_unknown():
    t = (
        "Jaksa mengatakan Isnaini menyetujui kontrak itu.\n"
        "“Terdakwa merugikan negara Rp 5 miliar,” ujar jaksa."
    )
    assert direct(t, mentions(t, ["Isnaini"]))[0].speaker_name is None


def test_dev2_gold_file_format_and_split():
    from kliping.eval.quotes import ROOT, load_gold

    lines = (ROOT / "devsets" / "quotes" / "dev2.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["article_id", "start", "end", "direct", "speaker"]
    ids = set()
    for line in lines[1:]:
        aid, start, end, direct_, speaker = line.split("\t")
        assert int(start) < int(end) and direct_ == "1"
        assert len(speaker.split()) <= 5
        ids.add(aid)
    gold = load_gold(ROOT / "devsets" / "quotes", "dev2")
    assert set(gold) == ids and sum(len(v) for v in gold.values()) == len(lines) - 1
    # the new batch shares no article with the first dev set or the held-out set
    assert not ids & set(load_gold(ROOT / "devsets" / "quotes", "dev"))
    assert not ids & set(load_gold(ROOT / "devsets" / "quotes", "heldout"))
    assert ids <= set(load_gold(ROOT / "devsets" / "quotes", "all"))
