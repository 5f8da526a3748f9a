"""Speaker patterns found on the third development batch (``devsets/quotes/dev3.tsv``): subjects
after fronted phrases, a speaker named after a speech root, ``ada juga`` introductions, complaints
that are not speech, ``pihak`` before an organisation, day names, titles and stray quote marks.

All sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.quotes import extract_quotes
from tests.quote_helpers import direct, doc, mention, mentions


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
        "Di sisi lain, ada juga Anggota Komisi III, Dewi Anggraeni, yang mengkritik lembaga baru itu.\n"
        "Menurutnya, lembaga itu memegang peran besar. Dengan beban sebesar itu, bahkan Dewi "
        "ragu dananya memadai.\n"
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
        "Pangeran Faisal, saat berpidato mewakili Raja Hasan pada Selasa mengatakan, harga turun "
        "karena ekonomi lemah.\n"
        "“Ini bukan hal baru bagi kami,” katanya."
    )
    ms = [mention(t, "Faisal", title="Pangeran"), mention(t, "Hasan", title="Raja"), mention(t, "Selasa")]
    qs = direct(t, ms)
    assert qs[0].speaker_name == "Faisal"
    reported = [q for q in extract_quotes(doc(t), ms) if not q.direct]
    assert reported[0].speaker_name == "Faisal"


def test_a_narrated_passive_subject_stops_the_search_for_a_speaker():
    # the latest subject is the suspect, as a passive patient: the officer still speaks
    t = (
        "“Pelaku kabur ke luar kota,” kata Kapolsek Yudi Pranata.\n"
        "Rangga Saputra akhirnya ditemukan di sebuah gubuk. Rangga ditembak di kaki saat ditangkap.\n"
        "“Kami lumpuhkan supaya tidak kabur lagi,” katanya."
    )
    qs = direct(t, mentions(t, ["Yudi Pranata", "Rangga Saputra", "Rangga"]))
    assert [q.speaker_name for q in qs] == ["Yudi Pranata", "Yudi Pranata"]


def test_an_epithet_with_a_demonstrative_is_the_one_speaking():
    # ``Ketua DPC X ini`` varies the speaker's name; a person tagged inside it is not a new speaker
    t = (
        "“Pemprov harus segera merespons,” kata Imam.\n"
        "Ketua Cabang Partai Surya Kota Timur ini menyinggung dampaknya. Ia pun mendukung langkah "
        "Wali Kota Hartono Wijaya.\n"
        "“Saya setuju dengan wali kota,” katanya."
    )
    ms = [*mentions(t, ["Imam", "Hartono Wijaya"]), mention(t, "Partai Surya Kota Timur", title="Ketua Cabang")]
    ms.sort(key=lambda m: (m.sentence, m.start))
    assert [q.speaker_name for q in direct(t, ms)] == ["Imam", "Imam"]


def test_short_or_single_quoted_terms_inside_a_reported_statement_are_not_quotes():
    t = (
        "Presiden Ramos juga mengatakan bahwa 'aksi damai' telah disusupi penjahat. Ia bersumpah "
        "untuk menyatakan 'perang' terhadap geng."
    )
    qs = extract_quotes(doc(t), [])
    assert not [q for q in qs if q.direct]
    reported = [q for q in qs if not q.direct and q.text.startswith("'aksi damai'")]
    assert reported and reported[0].speaker_name == "Ramos"


def test_a_quoted_report_title_with_function_words_is_a_title():
    t = "Menurut laporan “Growing Up in the City 2024” dari badan statistik, jumlah anak naik."
    assert not direct(t, [])


def test_a_quoted_term_missing_its_closing_mark_is_not_a_quote():
    t = (
        "Berikut bunyi pasal itu.\n"
        "Yang dimaksud dengan “menghina secara daring ialah tindakan menyerang kehormatan seseorang di internet.\n"
        "Pasal berikutnya mengatur hal lain."
    )
    assert not direct(t, [])


def test_a_narrators_sentence_with_a_stray_opening_mark_is_not_a_quote():
    t = (
        "Harga minyak turun lagi.\n"
        "\"Tetapi menurut Budi Laksono, analis Mitra Energi, komentar para menteri membuat pasar ragu.\n"
        "Menteri Anwar mengatakan pasar akan pulih."
    )
    assert not direct(t, [])
    t2 = "\"Kami siap menghadapi semuanya, kata Budi.\nIa lalu pergi."  # a quote missing its closing mark
    assert len(direct(t2, [])) == 1


def test_a_pronoun_gives_the_fullest_form_of_the_name_the_article_writes():
    t = (
        "Dekan Fakultas Ekonomi Dr. Ahmad Sri Mulyono Saputra menilai kebijakan itu tepat.\n"
        "“Arah kebijakannya sudah benar,” kata Sri Mulyono.\n"
        "“Ini bisa membuka lapangan kerja,” ujarnya."
    )
    qs = direct(t, mentions(t, ["Ahmad Sri Mulyono Saputra", "Sri Mulyono"]))
    # the named attribution keeps its own words; the pronoun takes the full name
    assert [q.speaker_name for q in qs] == ["Sri Mulyono", "Ahmad Sri Mulyono Saputra"]


def test_a_pronouns_full_name_drops_titles_the_tagger_glued_on():
    t = (
        "Kapuspenkum Kejagung Rudi Santosa menjelaskan pengamanan kantor.\n"
        "“Pengamanan ini bentuk kerja sama,” kata Rudi.\n"
        "“Tidak ada yang istimewa,” ujarnya."
    )
    ms = [mention(t, "Kapuspenkum Kejagung Rudi Santosa"), mention(t, "Rudi", nth=1)]
    assert [q.speaker_name for q in direct(t, ms)] == ["Rudi", "Rudi Santosa"]


def test_a_pronoun_keeps_a_short_name_that_two_full_names_contain():
    t = (
        "Budi Santoso dan Budi Hartono hadir di rapat.\n"
        "“Kami siap,” kata Budi.\n"
        "“Besok kami mulai,” ujarnya."
    )
    qs = direct(t, mentions(t, ["Budi Santoso", "Budi Hartono", "Budi"]))
    assert qs[1].speaker_name == "Budi"


def test_an_organisation_named_by_its_head_word_and_a_demonstrative():
    t = (
        "Kementerian Kebudayaan Belanda mengumumkan pencurian di museum itu.\n"
        "“Tiga lukisan berharga raib dari ruang pamer,” demikian keterangan tertulis kementerian itu."
    )
    ms = [mention(t, "Kementerian Kebudayaan Belanda", "ORG")]
    assert direct(t, ms)[0].speaker_name == "Kementerian Kebudayaan Belanda"
    assert direct(t, [])[0].speaker_name is None  # no organisation named before: nobody


def test_a_lede_quote_explained_by_the_next_paragraph():
    t = (
        "“Masih adakah sawah di kota kita?”\n"
        "Pertanyaan sederhana Ratna Dewi Kusuma di sebuah seminar itu menjadi peringatan.\n"
        "Lahan pertanian terus menyusut."
    )
    assert direct(t, mentions(t, ["Ratna Dewi Kusuma"]))[0].speaker_name == "Ratna Dewi Kusuma"
    t2 = "“Masih adakah sawah di kota kita?”\nSeminar itu dihadiri Ratna Dewi Kusuma.\n"
    assert direct(t2, mentions(t2, ["Ratna Dewi Kusuma"]))[0].speaker_name is None


def test_tukas_and_klaim_attribute_a_quote():
    t = "“Kasus pencurian motor bisa diungkap,” klaim Hendro.\n“Penjagaan kami tambah tahun depan,” tukas dia."
    qs = direct(t, mentions(t, ["Hendro"]))
    assert [q.speaker_name for q in qs] == ["Hendro", "Hendro"]
    assert [q.cue for q in qs] == ["klaim", "tukas"]


def test_a_ruling_and_its_number_are_no_speaker():
    # ``Putusan MK Nomor 7/PUU-X/2024 menyatakan``: the document, not a person, so the lawyer's
    # ``jelasnya`` after it stays the lawyer's
    t = (
        "“Kami ajukan peninjauan kembali,” kata pengacara Paimin Sutanto.\n"
        "Sebab, Putusan MK Nomor 7/PUU-X/2024 menyatakan bahwa keributan di dunia maya bukan pidana.\n"
        "“Jadi harus ada bukti di dunia nyata,” jelasnya."
    )
    qs = extract_quotes(doc(t), mentions(t, ["Paimin Sutanto"]))
    assert [q.speaker_name for q in qs if q.direct] == ["Paimin Sutanto", "Paimin Sutanto"]
    assert all(q.speaker_name != "PUU-X/2024" for q in qs)


def test_a_statement_or_written_report_after_the_quote_names_its_author():
    t = (
        "“Kami mengimbau warga di lereng agar waspada,” pernyataan BPBD Garut melalui rilis resminya.\n"
        "“Hujan deras mengguyur sejak sore,” demikian laporan tertulis Posko Cikajang Dedi Rusmana."
    )
    ms = [mention(t, "BPBD Garut", "ORG"), mention(t, "Dedi Rusmana")]
    assert [q.speaker_name for q in direct(t, ms)] == ["BPBD Garut", "Dedi Rusmana"]
    t2 = "Laporan itu muram.\n“Hutan pegunungan akan hilang,” laporan tersebut juga memperingatkan."
    assert direct(t2, [])[0].speaker_name is None  # a report as such names no one


def test_an_agency_and_its_place_tagged_as_one_org_is_not_a_person():
    t = "“Kami mengimbau warga agar waspada,” pernyataan BPBD Garut melalui rilis resminya."
    ms = [mention(t, "BPBD Garut", "ORG")]
    assert direct(t, ms)[0].speaker_name == "BPBD Garut"


def test_a_descriptive_epithet_with_a_demonstrative_is_the_one_speaking():
    t = (
        "Menteri Pendidikan Rahmat Hidayat mengusulkan dapur sekolah.\n"
        "“Ini belum keputusan,” kata Rahmat.\n"
        "“Jumlah muridnya akan ditentukan dulu,” ujar pria kelahiran Jawa Timur ini."
    )
    qs = direct(t, mentions(t, ["Rahmat Hidayat", "Rahmat"]))
    assert [q.speaker_name for q in qs] == ["Rahmat", "Rahmat Hidayat"]
