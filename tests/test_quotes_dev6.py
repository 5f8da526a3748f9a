"""Speaker patterns found on the sixth development batch (``devsets/quotes/dev6.tsv``): bare
office attributions written with the office's short form (``kata Kasi Intel``, ``kata
Kasintel``, ``kata Kasat``), offices written with ``pada`` before the name, and epithets that
continue past the tagged mention.

All sentences are written for these tests.
"""

from __future__ import annotations

from tests.quote_helpers import direct, mentions


def test_bare_office_with_its_portfolio_is_the_person_introduced_with_it():
    # ``kata Kasi Intel`` names nobody: ``Intel`` is the office, not a name
    t = (
        "Kasi Intel Kejaksaan Negeri Tanjung Batu Haryono Saputra mengatakan berkas sudah lengkap.\n"
        "Kasi Pidsus Kejaksaan Negeri Tanjung Batu Dewi Lestari memimpin penyerahan itu.\n"
        "“Tersangka langsung kami bawa ke rutan,” kata Kasi Intel, Senin (3/3/2025)."
    )
    qs = direct(t, mentions(t, ["Haryono Saputra", "Dewi Lestari"]))
    assert [q.speaker_name for q in qs] == ["Haryono Saputra"]


def test_glued_office_abbreviation_refers_to_the_office_written_out():
    # ``Kasintel`` is ``Kasi Intel`` glued; ``Kasat`` is the head of ``Kasatreskrim``
    t = (
        "Kasi Intel Kejari Muara Hulu Bambang Irawan mengatakan tersangka ditahan.\n"
        "Kasatreskrim Polres Muara Hulu AKP Rudi Hartono ikut hadir dalam penyerahan.\n"
        "“Kerugian negara mencapai Rp 2 miliar,” kata Kasintel.\n"
        "“Tersangka kedua masih kami cari,” kata Kasat."
    )
    qs = direct(t, mentions(t, ["Bambang Irawan", "Rudi Hartono"]))
    assert [q.speaker_name for q in qs] == ["Bambang Irawan", "Rudi Hartono"]


def test_glued_abbreviation_after_the_office_spoke_under_its_full_title():
    t = (
        "“Dua orang kami amankan,” kata Kasat Reskrim Polres Lembah Hijau AKP Joko Pranoto.\n"
        "Warga sempat mengejar pelaku hingga ke sawah.\n"
        "“Keduanya sudah kami periksa,” kata Kasatreskrim."
    )
    qs = direct(t, mentions(t, ["Joko Pranoto"]))
    assert [q.speaker_name for q in qs] == ["Joko Pranoto", "Joko Pranoto"]


def test_unknown_office_abbreviation_gives_no_speaker():
    t = (
        "Polisi menangkap dua pemuda di Jalan Kenanga.\n"
        "“Keduanya membawa senjata tajam,” kata Kasintel."
    )
    qs = direct(t, [])
    assert [q.speaker_name for q in qs] == [None]


def test_office_of_an_agency_written_with_pada_before_the_name():
    # the tagger found no person: the name after ``Kabid … pada <agency>`` is still the speaker,
    # and the pronoun after it takes that name
    t = (
        "“Kami membuka layanan pengaduan setiap hari,” kata Kabid Pelayanan dan Informasi pada "
        "Badan Pusat Statistik (BPS) Sri Wulandari, Kamis (4/9/2025).\n"
        "“Warga cukup datang membawa KTP,” jelasnya."
    )
    qs = direct(t, [])
    assert [q.speaker_name for q in qs] == ["Sri Wulandari", "Sri Wulandari"]


def test_pada_before_a_day_name_is_no_office():
    t = "“Jalan itu kami tutup sementara,” kata Kapolres Lamaru pada Senin (1/9/2025)."
    qs = direct(t, [])
    assert [q.speaker_name for q in qs] != ["Senin"]


def test_epithet_longer_than_its_mention_keeps_the_speaker():
    # the tagger took ``Pengasuh Pondok Al Hikmah`` as a person; the epithet runs on to ``… Jawa
    # Tengah ini``, so it varies the name of the one speaking
    t = (
        "“Kita harus menjaga persatuan,” ujar Kiai Hasan Basri.\n"
        "Lebih lanjut, Pengasuh Pondok Al Hikmah Jawa Tengah ini menilai pemerintah sudah bekerja "
        "keras.\n"
        "“Saya mendoakan yang terbaik,” imbuhnya."
    )
    qs = direct(t, mentions(t, ["Hasan Basri", "Pengasuh Pondok Al Hikmah"]))
    assert [q.speaker_name for q in qs] == ["Hasan Basri", "Hasan Basri"]


def test_pronoun_after_a_request_by_a_party_of_the_case_keeps_the_official():
    # the victim only asks for something; the quote speaks of ``korban`` and ``tersangka`` in the
    # third person, so ``ungkapnya`` is the police chief's
    t = (
        "“Keduanya sering bertengkar,” kata Kapolsek Sukamaju Kompol Darmawan Putra.\n"
        "Malam itu, Sulastri belum tidur. Sulastri justru meminta Bondan mengambilkan air minum.\n"
        "“Kesempatan itu dipakai tersangka untuk menyerang korban dari belakang,” ungkapnya."
    )
    qs = direct(t, mentions(t, ["Darmawan Putra", "Sulastri", "Bondan"]))
    assert [q.speaker_name for q in qs] == ["Darmawan Putra", "Darmawan Putra"]


def test_a_named_narrated_subject_still_speaks_when_the_quote_is_not_about_the_parties():
    t = (
        "“Keduanya sering bertengkar,” kata Kapolsek Sukamaju Kompol Darmawan Putra.\n"
        "Warga bernama Sulastri menyaksikan kejadian itu. Sulastri justru meminta polisi datang lebih cepat.\n"
        "“Saya takut sekali waktu itu,” ungkapnya."
    )
    qs = direct(t, mentions(t, ["Darmawan Putra", "Sulastri"]))
    assert [q.speaker_name for q in qs] == ["Darmawan Putra", "Sulastri"]


def test_an_official_narrated_with_a_role_word_takes_the_pronoun_about_the_parties():
    t = (
        "“Saya tidak tahu soal uang itu,” jawab saksi Wulan.\n"
        "Mendengar jawaban itu hakim Bonar Sitompul pun menggelengkan kepala.\n"
        "“Terdakwa sendiri sudah mengakui menerima uang,” ujarnya."
    )
    qs = direct(t, mentions(t, ["Wulan", "Bonar Sitompul"]))
    assert [q.speaker_name for q in qs] == ["Wulan", "Bonar Sitompul"]


def test_a_person_found_after_a_passive_with_an_adverb_is_no_antecedent():
    # ``Jasad X baru ditemukan …``: X is the patient, the next ``ujarnya`` is the last speaker's
    t = (
        "“Kami menerima laporan pagi tadi,” kata Kapolsek Sukamaju Kompol Darmawan Putra.\n"
        "Sulastri baru ditemukan oleh tetangganya dua hari kemudian.\n"
        "“Pintu kamarnya terkunci dari dalam,” ujarnya."
    )
    qs = direct(t, mentions(t, ["Darmawan Putra", "Sulastri"]))
    assert [q.speaker_name for q in qs] == ["Darmawan Putra", "Darmawan Putra"]


def test_verbless_lead_by_an_official_makes_him_the_speaker():
    # ``Kapolres X AKBP Bayu, kebakaran itu terjadi …``: the speech verb is left out; the next
    # pronoun quote is his, not the person narrated in between
    t = (
        "Kapolrestabes Lembah Hijau AKBP Bayu Saputra, kebakaran itu terjadi pada Senin dini hari.\n"
        "Saat itu, Tono melihat api dari dapur lalu berlari ke luar rumah.\n"
        "“Pelaku sengaja menyiram bensin ke dapur korban,” jelasnya."
    )
    qs = direct(t, mentions(t, ["Bayu Saputra", "Tono"]))
    assert [q.speaker_name for q in qs] == ["Bayu Saputra"]



def test_quote_paragraph_after_a_stance_verb_lead_is_the_subjects():
    # ``X menyoroti …`` reports no content but makes X the one speaking in the bare quote after it
    t = (
        "“Stok beras cukup,” kata Menteri Pertanian Arif Santoso.\n"
        "Pengamat pangan Dedi Kurnia menyoroti lambatnya penyaluran beras ke daerah terpencil.\n"
        "“Gudang penuh tetapi pasar kosong. Ini soal distribusi.”"
    )
    qs = direct(t, mentions(t, ["Arif Santoso", "Dedi Kurnia"]))
    assert [q.speaker_name for q in qs] == ["Arif Santoso", "Dedi Kurnia"]
