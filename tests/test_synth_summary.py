"""Summary citations: a sentence cites other articles only where they state the same fact.

The articles are run through the real cleaning and extraction stages, so the figures, days and
movement words the citation test reads are the extractor's, not planted ones.
"""

from __future__ import annotations

from kliping.extract import extract
from kliping.ingest import clean
from kliping.model import Article, Event, Story, StorylineGroup
from kliping.synth import summary as summary_mod
from kliping.synth.corpus import build_corpus
from kliping.synth.summary import candidates, summarize


def _evidence(aid: str, title: str, published: str, source: str, text: str):
    return extract(clean(Article(id=aid, input=f"{aid}.txt", text=text, title=title, published=published,
                                 source=source)))


def _story(arts) -> Story:
    events = [Event("e1", [a.id for a in arts])]
    return Story(articles=list(arts), duplicate_of={}, entities=[], events=events,
                 storylines=[StorylineGroup("s1", ["e1"])])


def _cited(story: Story, text_start: str) -> list[tuple[str, int]]:
    """The citations of the candidate whose sentence starts with ``text_start``."""
    corpus = build_corpus(story)
    idx = list(range(len(corpus.articles)))
    for c in candidates(corpus, idx, limit=None):
        a, s = corpus.rows[c.row]
        if corpus.text(a, s).startswith(text_start):
            return [(corpus.articles[ca].id, cs) for ca, cs in c.cites]
    raise AssertionError(f"no candidate starts with {text_start!r}")


def _market_reports():
    one = _evidence("pasar-1", "Harga Kopi Robusta Turun", "2024-05-07", "Kabar Niaga", (
        "Harga kopi robusta di pasar berjangka London turun menjadi 3.850 dollar AS per ton pada perdagangan Senin. "
        "Para pedagang menunggu laporan panen dari Vietnam yang akan terbit pekan depan."))
    two = _evidence("pasar-2", "Harga Kopi Robusta Turun Lagi", "2024-05-08", "Warta Pasar", (
        "Harga kopi robusta di pasar berjangka London turun menjadi 3.790 dollar AS per ton pada perdagangan Selasa. "
        "Cuaca kering di dataran tinggi Vietnam masih menjadi perhatian utama pelaku pasar."))
    three = _evidence("pasar-3", "Kopi Robusta Melemah", "2024-05-07", "Suara Dagang", (
        "Harga kopi robusta di pasar berjangka London melemah menjadi 3.850 dollar AS per ton pada perdagangan Senin. "
        "Stok di gudang bursa tercatat stabil sepanjang bulan lalu."))
    return one, two, three


def test_a_report_of_another_price_is_not_cited_as_stating_the_same_fact() -> None:
    one, two, three = _market_reports()
    cites = _cited(_story([one, two, three]), "Harga kopi robusta di pasar berjangka London turun menjadi 3.850")
    assert cites[0] == ("pasar-1", 0), "the shown sentence comes first"
    assert ("pasar-3", 0) in cites, "the same price in other words is support"
    assert all(a != "pasar-2" for a, _s in cites), "the next day's price is another fact"


def test_a_move_the_other_way_is_not_cited_as_stating_the_same_fact() -> None:
    up = _evidence("kurs-1", "Rupiah Menguat", "2024-06-03", "Kabar Niaga", (
        "Nilai tukar rupiah menguat terhadap dolar Amerika Serikat pada pembukaan perdagangan pagi ini. "
        "Analis menilai sentimen pasar membaik setelah data inflasi dirilis."))
    down = _evidence("kurs-2", "Rupiah Melemah", "2024-06-03", "Warta Pasar", (
        "Nilai tukar rupiah melemah terhadap dolar Amerika Serikat pada pembukaan perdagangan pagi ini. "
        "Pelaku pasar masih menahan diri menjelang pengumuman suku bunga."))
    same = _evidence("kurs-3", "Rupiah Menguat Pagi Ini", "2024-06-03", "Suara Dagang", (
        "Nilai tukar rupiah menguat terhadap dolar Amerika Serikat pada pembukaan perdagangan pagi ini. "
        "Penguatan itu terjadi di tengah arus modal asing yang kembali masuk."))
    cites = _cited(_story([up, down, same]), "Nilai tukar rupiah menguat")
    assert {("kurs-1", 0), ("kurs-3", 0)} <= set(cites), "the other report of the rise supports it"
    assert all(a != "kurs-2" for a, _s in cites), "a fall is no support for a rise"


def test_idioms_and_negated_moves_are_no_moves_the_other_way() -> None:
    march = _evidence("demo-1", "Buruh Berunjuk Rasa", "2025-10-15", "Kabar Niaga", (
        "Ribuan buruh turun ke jalan di depan gedung DPRD menuntut kenaikan upah minimum tahun depan. "
        "Polisi mengerahkan ratusan personel untuk mengamankan jalannya aksi."))
    rally = _evidence("demo-2", "Ribuan Buruh Demo", "2025-10-15", "Warta Kota", (
        "Ribuan buruh berunjuk rasa di depan gedung DPRD menuntut kenaikan upah minimum tahun depan. "
        "Aksi berlangsung tertib hingga sore hari."))
    cites = _cited(_story([march, rally]), "Ribuan buruh turun ke jalan")
    assert ("demo-2", 0) in cites, "turun ke jalan is a march, not a fall"


def test_values_of_different_kinds_do_not_contradict() -> None:
    pct = _evidence("brent-1", "Brent Naik", "2024-05-06", "Kabar Niaga", (
        "Harga minyak mentah Brent naik 2 persen pada perdagangan Senin di bursa London. "
        "Kenaikan dipicu kekhawatiran pasokan dari Timur Tengah."))
    usd = _evidence("brent-2", "Brent Menguat", "2024-05-06", "Warta Pasar", (
        "Harga minyak mentah Brent naik menjadi 83 dollar AS per barel pada perdagangan Senin di bursa London. "
        "Pelaku pasar menanti data stok minyak Amerika Serikat."))
    cites = _cited(_story([pct, usd]), "Harga minyak mentah Brent naik 2 persen")
    assert ("brent-2", 0) in cites, "a percent and a price in dollars are one day's rise told twice"


def test_a_paraphrase_adding_a_detail_still_supports_the_sentence() -> None:
    first = _evidence("banjir-1", "Banjir Rendam Ratusan Rumah", "2024-02-12", "Kabar Daerah", (
        "Banjir merendam 320 rumah warga di Kecamatan Sukamaju pada Minggu (11/2/2024). "
        "Petugas membuka dapur umum di balai desa untuk para pengungsi."))
    second = _evidence("banjir-2", "Ratusan Rumah Terendam di Sukamaju", "2024-02-12", "Warta Kota", (
        "Sebanyak 320 rumah warga di Kecamatan Sukamaju terendam banjir setinggi 80 sentimeter pada Minggu (11/2/2024). "
        "Warga berharap tanggul sungai segera diperbaiki pemerintah daerah."))
    cites = _cited(_story([first, second]), "Banjir merendam 320 rumah")
    assert ("banjir-2", 0) in cites, "one more figure (the water's depth) does not contradict"


def test_an_agreed_fact_beyond_the_first_batch_of_candidates_is_still_found(monkeypatch) -> None:
    queue = _evidence("pelabuhan-1", "Antrean Kapal Kargo di Pelabuhan", "2024-03-04", "Kabar Laut", (
        "Antrean kapal kargo di pelabuhan Tanjung Emas mengular sejak pagi karena derek pelabuhan rusak. "
        "Kapal kargo yang mengantre di pelabuhan itu membawa muatan pupuk dan semen. "
        "Petugas pelabuhan menyebut derek pelabuhan baru selesai diperbaiki malam nanti. "
        "Pemilik muatan kapal kargo mengeluhkan biaya sandar yang terus bertambah di pelabuhan. "
        "Otoritas pelabuhan meminta kapal kargo baru menunda kedatangan ke pelabuhan."))
    held = _evidence("pelabuhan-2", "Kapal Kargo Tertahan", "2024-03-04", "Warta Laut", (
        "Puluhan kapal kargo tertahan di pelabuhan Tanjung Emas sejak pagi. "
        "Di gudang timur, seorang mandor gudang terjatuh dari tangga besi saat memeriksa karung gula."))
    piled = _evidence("pelabuhan-3", "Muatan Kapal Menumpuk", "2024-03-04", "Suara Pantai", (
        "Muatan kapal kargo menumpuk di dermaga pelabuhan Tanjung Emas. "
        "Seorang mandor gudang terjatuh dari tangga besi ketika memeriksa karung gula di gudang timur."))
    corpus = build_corpus(_story([queue, held, piled]))
    idx = list(range(len(corpus.articles)))
    ranked = candidates(corpus, idx, limit=None)
    first_agreed = next(k for k, c in enumerate(ranked) if c.agreed)
    assert first_agreed >= 2, "the port's own sentences are more central than the fall two outlets report"
    monkeypatch.setattr(summary_mod, "MIN_AGREED", 1)
    batched = candidates(corpus, idx, limit=2)
    assert any(c.agreed for c in batched), "batches go on until an agreed fact is found"
    monkeypatch.setattr(summary_mod, "MAX_CANDIDATES", 2)
    [chosen] = summarize(corpus, idx, 1)
    assert len(chosen.citations) == 2, "the one-sentence summary states what two outlets report"


def test_sentences_that_point_back_at_their_neighbours_are_not_summary_sentences() -> None:
    art = _evidence("jalan-1", "Jalan Lingkar Selatan Dibuka", "2024-07-01", "Kabar Daerah", (
        "Pemerintah kabupaten membuka jalan lingkar selatan sepanjang 12 kilometer pada Senin pagi. "
        "Ia menambahkan bahwa jalan itu memangkas waktu tempuh ke pelabuhan hingga setengah jam. "
        "Hal tersebut disampaikan dalam acara peresmian di gerbang jalan lingkar. "
        "Angka itu lebih panjang dari rencana awal pembangunan. "
        "Selain itu, dinas perhubungan menyiapkan dua halte bus baru bagi penumpang angkutan kota. "
        "Saat ini, kendaraan berat masih dilarang melintas sampai rambu selesai dipasang."))
    corpus = build_corpus(_story([art]))
    shown = [s.text for s in summarize(corpus, [0], 6)]
    assert not any(t.startswith(("Ia menambahkan", "Hal tersebut", "Angka itu")) for t in shown)
    texts = [corpus.text(*corpus.rows[c.row]) for c in candidates(corpus, [0], limit=None)]
    assert any(t.startswith("Selain itu") for t in texts), "a connective opener is still a candidate"
    assert not any(t.startswith("Selain itu") for t in shown), "but not shown without what it adds to"
    assert any(t.startswith("Saat ini") for t in shown), "a time opener stands alone"


def test_two_wordings_of_one_specific_figure_are_redundant() -> None:
    first = _evidence("bantuan-1", "Bantuan Pangan Menjangkau Jutaan Keluarga", "2024-08-05", "Kabar Niaga", (
        "Menteri Sosial mengatakan bantuan pangan tahap kedua telah diterima 18,4 juta keluarga di seluruh provinsi. "
        "Penyaluran tahap ketiga dijadwalkan mulai bulan depan melalui kantor pos."))
    second = _evidence("bantuan-2", "Penyaluran Bantuan Pangan Tahap Kedua Rampung", "2024-08-05", "Warta Kota", (
        "Sebanyak 18,4 juta keluarga sudah menerima paket beras dari program bantuan pangan tahap kedua. "
        "Pemerintah daerah diminta memperbarui data penerima sebelum tahap berikutnya."))
    corpus = build_corpus(_story([first, second]))
    shown = [s.text for s in summarize(corpus, [0, 1], 4)]
    assert sum("18,4 juta" in t for t in shown) == 1, "one fact, one sentence"
    assert len(shown) >= 2, "the other sentences still make the summary"
    assert summary_mod.specific(18.4e6) and not summary_mod.specific(2e6), "a round count names no fact"


def test_one_number_of_two_kinds_is_two_facts() -> None:
    poisoned = _evidence("mbg-1", "Siswa Keracunan", "2025-09-16", "Kabar Daerah", (
        "Sebanyak 125 siswa SD keracunan makanan program makan siang di Kabupaten Garut pada Selasa. "
        "Dinas kesehatan mengambil sampel makanan untuk diperiksa."))
    schools = _evidence("mbg-2", "Program Makan Siang Meluas", "2025-09-16", "Warta Kota", (
        "Program makan siang di Kabupaten Garut sudah menjangkau 125 sekolah sejak Januari tahun ini. "
        "Pemerintah daerah menambah dapur umum di tiap kecamatan."))
    corpus = build_corpus(_story([poisoned, schools]))
    shown = [s.text for s in summarize(corpus, [0, 1], 4)]
    assert sum("125" in t for t in shown) == 2, "125 pupils and 125 schools are two facts"


def test_leans_back_reads_past_connectives_and_spares_time_openers() -> None:
    from kliping.synth.summary import leans_back

    assert leans_back("Namun, hal tersebut masih harus dibahas di rapat berikutnya.")
    assert leans_back("Sebelumnya, ia mengatakan hal serupa kepada wartawan.")
    assert leans_back("Ini adalah kebijakan pertama pemerintah daerah yang baru.")
    assert not leans_back("Selama ini, warga mengandalkan air sumur untuk kebutuhan sehari-hari.")
    assert not leans_back("Akhir tahun ini, pemerintah menargetkan seluruh desa teraliri listrik.")
    assert not leans_back("Sementara itu, harga emas di pasar domestik naik tipis.")


def test_a_number_pointed_back_at_leans_back_but_this_years_number_does_not() -> None:
    from kliping.synth.summary import leans_back

    # ``of those 120``: the permits counted in the sentence before
    assert leans_back("Dari 120 itu, hanya 30 yang sudah memiliki izin lingkungan.")
    assert leans_back("Dari 120 tersebut, sebagian besar berada di pulau kecil.")
    assert not leans_back("Sepanjang 2024 ini, dinas mencatat 120 izin tambang baru.")
    assert not leans_back("Dari 120 izin tambang, hanya 30 yang memiliki dokumen lingkungan.")


def test_a_speakers_two_remarks_with_one_attribution_tail_do_not_support_each_other() -> None:
    tail = ("kata Kepala Dinas Perhubungan Kota Sukamaju Budi Santoso di Balai Kota Sukamaju, "
            "Jawa Barat, Senin (3/6/2024).")
    fares = _evidence("dishub-1", "Tarif Bus Kota Naik", "2024-06-03", "Kabar Kota", (
        f'"Tarif bus kota naik menjadi Rp 5.000 mulai bulan depan," {tail} '
        "Kenaikan itu sudah disetujui dewan kota pekan lalu."))
    lanes = _evidence("dishub-2", "Jalur Sepeda Diperluas", "2024-06-03", "Warta Kota", (
        f'"Jalur sepeda kami perpanjang sampai ke terminal selatan," {tail} '
        "Pembangunan jalur dimulai setelah musim hujan berakhir."))
    again = _evidence("dishub-3", "Bus Kota Lebih Mahal", "2024-06-03", "Suara Kota", (
        f'"Tarif bus kota naik menjadi Rp 5.000 mulai bulan depan," {tail} '
        "Warga diminta menyiapkan kartu elektronik."))
    cites = _cited(_story([fares, lanes, again]), '"Tarif bus kota naik')
    assert ("dishub-3", 0) in cites, "the same remark reported again is support"
    assert all(a != "dishub-2" for a, _s in cites), "the speaker's other remark is not"


def test_sentences_naming_different_people_are_different_cases() -> None:
    one = _evidence("kpk-1", "KPK Tahan Tersangka Suap Jalan", "2024-09-10", "Kabar Hukum", (
        "KPK menahan Joko Santoso sebagai tersangka kasus suap proyek jalan provinsi di gedung KPK. "
        "Penahanan dilakukan selama 20 hari pertama."))
    other = _evidence("kpk-2", "KPK Tahan Tersangka Lain", "2024-09-10", "Warta Hukum", (
        "KPK menahan Rudi Hartanto sebagai tersangka kasus suap proyek jalan provinsi di gedung KPK. "
        "Ia diduga menerima uang dari kontraktor."))
    same = _evidence("kpk-3", "Joko Santoso Ditahan", "2024-09-10", "Suara Hukum", (
        "KPK resmi menahan Joko Santoso sebagai tersangka kasus suap proyek jalan provinsi. "
        "Joko tiba di gedung KPK pada pagi hari."))
    cites = _cited(_story([one, other, same]), "KPK menahan Joko Santoso")
    assert ("kpk-3", 0) in cites, "the same suspect's detention is support"
    assert all(a != "kpk-2" for a, _s in cites), "another suspect is another case"


def test_two_daily_reports_of_this_morning_are_two_days() -> None:
    monday = _evidence("kurs-a", "Rupiah Pagi Ini", "2024-06-03", "Kabar Niaga", (
        "Rupiah pagi ini diperdagangkan pada kisaran Rp 16.150 per dolar AS. "
        "Pelaku pasar menunggu data inflasi."))
    tuesday = _evidence("kurs-b", "Rupiah Pagi Ini", "2024-06-04", "Kabar Niaga", (
        "Rupiah pagi ini diperdagangkan pada kisaran Rp 16.150 per dolar AS. "
        "Analis memperkirakan rupiah bergerak terbatas."))
    cites = _cited(_story([monday, tuesday]), "Rupiah pagi ini")
    assert cites == [("kurs-a", 0)], "another day's 'pagi ini' is another day's reading"
    now = _evidence("kurs-c", "Rupiah Kini", "2024-06-05", "Kabar Niaga", (
        "Rupiah kini diperdagangkan pada kisaran Rp 16.150 per dolar AS. "
        "Pelaku pasar menunggu data inflasi."))
    cites = _cited(_story([monday, now]), "Rupiah kini")
    assert cites == [("kurs-c", 0)], "a report's 'kini' is its own day too"


def test_a_remark_reported_again_the_next_day_still_supports_it() -> None:
    said = ('"Sekarang kita sudah bisa membuat bus listrik sendiri di dalam negeri," kata Menteri '
            "Perindustrian Agus Salim dalam rapat kabinet di Istana Negara.")
    monday = _evidence("bus-a", "Bus Listrik Buatan Dalam Negeri", "2024-06-03", "Kabar Niaga", (
        f"{said} Pabrik bus itu berada di Jawa Tengah."))
    tuesday = _evidence("bus-b", "Menteri Bangga Bus Listrik", "2024-06-04", "Warta Pasar", (
        f"{said} Produksi pertama dijadwalkan akhir tahun."))
    cites = _cited(_story([monday, tuesday]), '"Sekarang kita sudah bisa')
    assert ("bus-b", 0) in cites, "the quote's 'sekarang' is when it was said, not the report's day"


def test_dates_weeks_apart_are_two_happenings() -> None:
    november = _evidence("minyak-a", "Harga Minyak Turun", "2014-11-20", "Kabar Niaga", (
        "Minyak dunia ditutup melemah pada Rabu (19/11/2014) akibat stok Amerika Serikat bertambah. "
        "Pedagang mencermati pertemuan OPEC."))
    december = _evidence("minyak-b", "Harga Minyak Turun Lagi", "2014-12-25", "Warta Pasar", (
        "Minyak dunia ditutup melemah pada Rabu (14/12/2014) akibat stok Amerika Serikat bertambah. "
        "Pasar sepi menjelang libur Natal."))
    cites = _cited(_story([november, december]), "Minyak dunia ditutup melemah pada Rabu (19/11")
    assert cites == [("minyak-a", 0)], "a date a month later is another fall, even with a weekday slip"


def test_leans_back_result_connectives_and_nouns_pointed_back_inside_an_adverbial() -> None:
    from kliping.synth.summary import leans_back

    assert leans_back("Alhasil, produksi gas dari lapangan itu turun separuh.")
    assert leans_back("Dengan demikian, proyek jalan tol ditunda sampai tahun depan.")
    assert leans_back("Terkait hal tersebut, polisi masih memeriksa sejumlah saksi.")
    assert leans_back("Dalam demo tersebut, massa membawa spanduk berisi tuntutan.")
    assert leans_back("Kedua tersangka itu dibawa ke rumah tahanan negara.")
    assert not leans_back("Pada hari ini, harga cabai di pasar induk naik tipis.")
    assert not leans_back("Namun, hingga penghujung 2013 ini, pemasangan baru mencapai 40.000 unit.")
    assert not leans_back("Selain itu, dinas perhubungan menambah armada bus sekolah.")


def test_list_headers_and_unfinished_lines_are_not_statements() -> None:
    from kliping.synth.corpus import is_clear

    assert not is_clear("Berikut rincian jadwal pemadaman listrik di Kota Sukamaju pekan ini:")
    assert not is_clear("Berikut daftar kecamatan yang terdampak banjir pada Selasa.")
    assert not is_clear("Uang logam Rp 100 bergambar rumah gadang tahun 1978")
    assert is_clear('"Kami siap menghadapi musim hujan tahun ini," kata Bupati Sukamaju.')


def test_an_article_whose_only_sentence_points_back_still_gets_a_summary() -> None:
    art = _evidence("rapat-1", "Kabupaten Siaga Banjir", "2024-11-04", "Kabar Daerah", (
        "Pertemuan ini digelar agar semua instansi siap menghadapi banjir pada musim hujan."))
    corpus = build_corpus(_story([art]))
    shown = [s.text for s in summarize(corpus, [0], 5)]
    assert shown == [corpus.text(0, 0)], "its one clear statement, rather than nothing"


def test_a_summary_does_not_open_with_a_sentence_that_continues_another() -> None:
    art = _evidence("pasar-ikan", "Pasar Ikan Baru Dibuka", "2024-08-12", "Kabar Daerah", (
        "Namun, sebagian pedagang masih memilih berjualan di pasar lama dekat dermaga nelayan. "
        "Pemerintah kota meresmikan pasar ikan higienis di kawasan pelabuhan pada Senin pagi. "
        "Pasar higienis menampung 120 lapak dengan ruang pendingin untuk hasil tangkapan. "
        "Dinas perikanan menyiapkan pelatihan penanganan ikan segar bagi para pedagang baru."))
    corpus = build_corpus(_story([art]))
    shown = [s.text for s in summarize(corpus, [0], 3)]
    assert shown and not shown[0].startswith("Namun"), "the summary opens with a statement, not a 'but'"
    assert len(shown) == 3, "another sentence takes its place"


def test_two_days_undated_weather_or_market_colour_do_not_support_each_other() -> None:
    monday = _evidence("cuaca-a", "Prakiraan Cuaca Sukamaju", "2024-06-03", "Kabar Daerah", (
        "Langit cerah berawan diperkirakan menaungi sebagian besar wilayah Kota Sukamaju. "
        "Warga diminta tetap membawa payung saat bepergian."))
    tuesday = _evidence("cuaca-b", "Prakiraan Cuaca Sukamaju", "2024-06-04", "Kabar Daerah", (
        "Langit cerah berawan diperkirakan menaungi sebagian besar wilayah Kota Sukamaju. "
        "Suhu udara berkisar antara 24 dan 31 derajat Celsius."))
    same_day = _evidence("cuaca-c", "Cuaca Sukamaju Cerah", "2024-06-03", "Warta Kota", (
        "Langit cerah berawan diperkirakan menaungi sebagian besar wilayah Kota Sukamaju. "
        "Hujan ringan mungkin turun di kawasan pegunungan."))
    cites = _cited(_story([monday, tuesday, same_day]), "Langit cerah berawan")
    assert ("cuaca-c", 0) in cites, "another report of the same day's forecast is support"
    assert all(a != "cuaca-b" for a, _s in cites), "the next day's forecast is another forecast"


def test_an_undated_reading_with_its_person_still_supports_it_the_next_day() -> None:
    said = ('"Pekan ini rupiah masih berpeluang melemah terbatas karena data ekspor belum keluar," kata '
            "analis pasar uang Lukman Hakim.")
    monday = _evidence("analis-a", "Rupiah Diprediksi Melemah", "2024-06-03", "Kabar Niaga", (
        f"{said} Pelaku pasar menunggu rilis neraca dagang."))
    tuesday = _evidence("analis-b", "Rupiah Masih Tertekan", "2024-06-04", "Warta Pasar", (
        f"{said} Bank sentral disebut siap menjaga stabilitas."))
    cites = _cited(_story([monday, tuesday]), '"Pekan ini rupiah')
    assert ("analis-b", 0) in cites, "the same analyst's remark reported again the next day is one fact"


def test_two_days_forecasts_for_tomorrow_are_two_forecasts() -> None:
    monday = _evidence("besok-a", "Cuaca Besok", "2024-06-03", "Kabar Daerah", (
        "Ringkasan prakiraan cuaca besok di wilayah Kabupaten Sukamaju disiapkan untuk rencana perjalanan warga. "
        "Hujan sedang diperkirakan turun sore hari."))
    tuesday = _evidence("besok-b", "Cuaca Besok", "2024-06-04", "Kabar Daerah", (
        "Ringkasan prakiraan cuaca besok di wilayah Kabupaten Sukamaju disiapkan untuk rencana perjalanan warga. "
        "Cuaca cerah diperkirakan sepanjang hari."))
    cites = _cited(_story([monday, tuesday]), "Ringkasan prakiraan")
    assert cites == [("besok-a", 0)], "each day's 'besok' is another day"


def test_a_sentence_leaning_on_an_unintroduced_short_name_gives_way() -> None:
    from kliping.link import link

    art = _evidence("mk-1", "Gugatan Pasal Pencemaran Diuji", "2024-07-01", "Kabar Hukum", (
        "Seorang advokat bernama Hendra Wibisono mengajukan uji materi pasal pencemaran nama baik ke Mahkamah Konstitusi. "
        "Dalam permohonannya, Hendra meminta majelis menyatakan aturan tersebut bertentangan dengan UUD 1945. "
        "Sidang perdana perkara uji materi tersebut digelar di gedung Mahkamah Konstitusi pada Senin pagi. "
        "Majelis hakim memberi waktu empat belas hari untuk memperbaiki berkas permohonan."))
    story = link([art])
    corpus = build_corpus(story)
    leaning = "Dalam permohonannya, Hendra"
    assert summary_mod.short_named(summary_mod.SentenceFacts(corpus), 0, 1), "the one-word name is a short form"
    shown = [s.text for s in summarize(corpus, [0], 2)]
    assert len(shown) == 2 and not any(t.startswith(leaning) for t in shown), "another sentence takes its place"
    shown = [s.text for s in summarize(corpus, [0], 4)]
    assert shown[0].startswith("Seorang advokat") and any(t.startswith(leaning) for t in shown), (
        "once the full name is shown before it, the short name reads")


def test_wrap_ups_and_items_of_something_named_before_lean_back() -> None:
    from kliping.synth.summary import continues, leans_back

    assert leans_back("Itulah tujuh manfaat jalan kaki setiap pagi bagi kesehatan jantung.")
    assert leans_back("Demikianlah penjelasan mengenai cara merawat gigi anak.")
    assert leans_back("Dari sana, para petani bisa menjual gabah dengan harga lebih baik.")
    assert leans_back("Contohnya, harga bawang merah naik dua kali lipat.")
    assert leans_back("Beberapa di antaranya masih dirawat di puskesmas setempat.")
    assert leans_back("Rinciannya, pinjaman luar negeri mencapai Rp 80 triliun.")
    assert leans_back("Meski begitu, ia tetap menghadiri sidang pekan depan.")
    assert leans_back("Oleh karenanya pemerintah belum bisa memastikan jadwal pembangunan.")
    assert not leans_back("Dari Surabaya, rombongan berangkat menuju Malang pukul tujuh pagi.")
    assert not leans_back("Belakangan ini, warga mengeluhkan air sumur yang keruh.")
    assert not leans_back("Tak hanya itu, harga minyak goreng ikut naik.")
    assert continues("Terlebih cuaca di lokasi pendakian sedang buruk.")
    assert continues("Meski demikian, harga beras di pasar tradisional masih stabil.")
    assert not continues("Meski hujan deras, ribuan warga tetap datang ke lapangan.")


def _lede_article():
    return _evidence("ombak-1", "Nelayan Hilang Ditemukan", "2024-09-02", "Kabar Pesisir", (
        "Tim SAR gabungan menemukan Rahmat Hidayat, nelayan desa yang hilang saat ombak tinggi di perairan selatan, dalam keadaan selamat. "
        "Perahu nelayan itu terbalik dihantam ombak tinggi di perairan selatan desa pada Kamis malam. "
        "Ombak tinggi di perairan selatan membuat nelayan desa tidak melaut selama sepekan. "
        "Para nelayan desa menunggu ombak tinggi di perairan selatan reda sebelum melaut lagi. "
        "Kepala desa meminta nelayan memakai pelampung setiap kali melaut di perairan selatan. "
        "Ombak tinggi di perairan selatan desa diperkirakan bertahan hingga akhir pekan."))


def test_a_summary_opens_on_a_lede_that_stands_alone(monkeypatch) -> None:
    corpus = build_corpus(_story([_lede_article()]))
    shown = [s.text for s in summarize(corpus, [0], 1)]
    assert shown == [corpus.text(0, 0)], "the lede says who and what; the rest repeats the setting"
    monkeypatch.setattr(summary_mod, "LEDE_BONUS", 0.0)
    shown = [s.text for s in summarize(corpus, [0], 1)]
    assert shown != [corpus.text(0, 0)], "without the lede's weight a more central sentence wins"


def test_a_happening_on_an_earlier_day_is_read_before_a_later_report() -> None:
    arrest = _evidence("curi-1", "Pencuri Motor Ditangkap", "2025-10-21", "Kabar Kota", (
        "Polisi menangkap Budi Santoso, pelaku pencurian sepeda motor milik pedagang Pasar Baru. "
        "Budi Santoso ditahan di Polsek Sukamaju untuk pemeriksaan lebih lanjut."))
    theft = _evidence("curi-2", "Motor Pedagang Dicuri", "2025-10-22", "Warta Kota", (
        "Sepeda motor milik pedagang Pasar Baru hilang dicuri saat diparkir pada Jumat (17/10/2025) siang. "
        "Pedagang tersebut lalu melapor ke Polsek Sukamaju pada sore harinya."))
    corpus = build_corpus(_story([arrest, theft]))
    shown = [(s.citations[0].article, s.citations[0].sentence) for s in summarize(corpus, [0, 1], 5)]
    assert ("curi-2", 0) in shown and ("curi-1", 0) in shown
    assert shown.index(("curi-2", 0)) < shown.index(("curi-1", 0)), (
        "the theft on the 17th comes before the arrest reported on the 21st, though its report came later")


def test_a_fact_is_placed_by_its_first_report_and_an_articles_order_is_kept() -> None:
    early = _evidence("tol-1", "Jalan Tol Baru Diresmikan", "2024-03-04", "Kabar Kota", (
        "Presiden meresmikan jalan tol Sukamaju-Sukaraja sepanjang 42 kilometer pada Senin siang. "
        "Warga sekitar menonton peresmian dari pinggir jalan."))
    late = _evidence("tol-2", "Tol Sukamaju-Sukaraja Dibuka", "2024-03-05", "Warta Kota", (
        "Jalan tol Sukamaju-Sukaraja sepanjang 42 kilometer diresmikan Presiden pada Senin siang. "
        "Tarif tol tersebut belum diumumkan pengelola."))
    corpus = build_corpus(_story([early, late]))
    facts = summary_mod.SentenceFacts(corpus)
    a_early, a_late = corpus.by_id["tol-1"], corpus.by_id["tol-2"]
    assert summary_mod.placed(corpus, facts, [(a_late, 0), (a_early, 0)]) == corpus.time_key(a_early, 0), (
        "shown in the later report's words, the opening is still placed on the day it was first reported")
    rows = {0: (a_late, 1), 1: (a_late, 0), 2: (a_early, 1)}
    keys = {0: (0,), 1: (2,), 2: (1,)}
    order = summary_mod.reading_order([0, 1, 2], keys.__getitem__, rows.__getitem__)
    assert order.index(1) < order.index(0), "sentences of one article keep its order"



def test_of_two_wordings_of_one_fact_the_one_that_stands_alone_is_shown() -> None:
    dangling = _evidence("sumur-1", "Mikroplastik di Air Sumur", "2024-05-06", "Kabar Kota", (
        "Para peneliti menemukan partikel mikroplastik sangat kecil tersebut di air sumur warga Kota Sukamaju. "
        "Sampel diambil dari dua belas titik di tiga kecamatan."))
    alone = _evidence("sumur-2", "Air Sumur Sukamaju Mengandung Mikroplastik", "2024-05-07", "Warta Kota", (
        "Para peneliti menemukan partikel mikroplastik sangat kecil di air sumur warga Kota Sukamaju. "
        "Warga diminta merebus air sumur sebelum diminum."))
    corpus = build_corpus(_story([dangling, alone]))
    [fact] = [s for s in summarize(corpus, [0, 1], 5) if "mikroplastik" in s.text]
    assert {(c.article, c.sentence) for c in fact.citations} == {("sumur-1", 0), ("sumur-2", 0)}
    assert fact.text == corpus.text(corpus.by_id["sumur-2"], 0), "no 'tersebut' pointing at nothing"
    assert summary_mod.stands_alone(fact.text)
    assert not summary_mod.stands_alone('"Kami akan terus memantau kualitas air sumur," tambahnya.')


def test_leans_back_cause_connectives_give_the_reason_for_a_sentence_not_shown() -> None:
    from kliping.synth.summary import leans_back

    assert leans_back("Sebab, banyak petani belum menerima pupuk bersubsidi sejak awal musim tanam.")
    assert leans_back("Sebab warga belum menerima ganti rugi atas lahan yang terkena proyek.")
    assert leans_back("Pasalnya, stok beras di gudang Bulog tinggal cukup untuk dua pekan.")
    assert leans_back("Pasalnya hingga saat ini jembatan darurat itu baru selesai separuh.")
    assert leans_back('"Soalnya kami belum menerima surat resmi dari kementerian," kata kepala desa.')
    assert not leans_back("Penyebab kebakaran gudang pakan ternak masih diselidiki polisi.")
    assert not leans_back("Lantaran hujan deras, pertandingan di stadion kota ditunda sampai Minggu.")


def test_a_summary_leaves_out_a_reason_whose_statement_it_does_not_show() -> None:
    art = _evidence("pupuk-desa", "Petani Sukamaju Kesulitan Pupuk", "2024-09-02", "Kabar Daerah", (
        "Dinas pertanian Kabupaten Sukamaju membuka posko pengaduan pupuk bersubsidi di kantor kecamatan. "
        "Pasalnya, ribuan petani padi di Kabupaten Sukamaju belum menerima pupuk bersubsidi pada musim tanam ini. "
        "Posko buka setiap hari kerja. "
        "Wartawan mencoba menghubungi distributor."))
    corpus = build_corpus(_story([art]))
    shown = [s.text for s in summarize(corpus, [0], 3)]
    assert shown[0].startswith("Dinas pertanian"), shown
    assert all(not s.startswith("Pasalnya") for s in shown), "a reason shown without what it is the reason for"


def test_what_a_sentence_before_means_leans_back_and_additions_read_as_continuations() -> None:
    from kliping.synth.summary import dependent, leans_back, opens_on_before

    assert leans_back("Artinya, hanya warga yang terdaftar di kelurahan yang berhak menerima bantuan.")
    assert leans_back("Jadi alasan yang disampaikan panitia memang masuk akal.")
    assert leans_back('"Jadi kami masih menunggu hasil uji laboratorium," kata kepala dinas.')
    assert not leans_back("Warga Desa Sukamaju jadi korban banjir bandang pada Senin malam.")
    for text in ("Termasuk, kata dia, program perbaikan rumah warga di bantaran sungai.",
                 "Harapannya pembukaan jalur baru ini dapat memperlancar arus barang ke pelabuhan.",
                 "Ditambah lagi, harga pupuk di tingkat petani ikut naik sejak bulan lalu."):
        assert dependent(text) and opens_on_before(text), text
        assert not leans_back(text), text
    assert not dependent("Pemerintah kota membuka jalur baru ke pelabuhan pada Senin.")


def test_a_summary_opens_on_a_report_of_the_same_day_rather_than_on_an_agreed_but() -> None:
    """An agreed sentence that opens with ``Namun,`` stays in the summary (agreement first) but does not open it
    while another report of the same day gives a self-contained sentence."""
    a = _evidence("air-1", "Tarif Air Tidak Naik", "2024-11-04", "Kabar Daerah", (
        "Namun, pemerintah Kota Sukamaju memastikan tarif air bersih tidak naik tahun depan. "
        "Wali kota meminta perusahaan air minum menekan kebocoran pipa."))
    b = _evidence("air-2", "Tarif Air Bersih Sukamaju", "2024-11-04", "Warta Kota", (
        "Dewan Kota Sukamaju menyetujui anggaran perbaikan pipa air bersih sebesar Rp 40 miliar. "
        "Namun, pemerintah Kota Sukamaju memastikan tarif air bersih tidak naik pada tahun depan."))
    shown = [s.text for s in summarize(build_corpus(_story([a, b])), [0, 1], 3)]
    assert shown[0].startswith("Dewan Kota Sukamaju"), shown
    assert any(s.startswith("Namun, pemerintah") for s in shown[1:]), "the agreed fact stays"
