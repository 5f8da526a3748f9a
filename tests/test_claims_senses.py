"""Claim cues read in their claim sense only (QA round 3, defect 16).

A confirmation is a speaker affirming something asserted or reported; checking records, the
reporter's ``dikonfirmasi`` formula, the noun ``spekulasi`` and a call to stop speculating are no
claims. All sentences are written for these tests.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.model import Document
from kliping.text import split_sentences


def claims(text: str):
    d = Document(id="t", input="t", text=text, sentences=split_sentences(text))
    return extract_claims(d, None)


def test_checked_records_are_no_confirmation():
    assert claims("Sebanyak 900 berkas pendaftar baru berhasil diverifikasi panitia.") == []


def test_a_check_still_to_come_is_no_confirmation():
    assert claims("Petugas dinas akan memverifikasi ulang nama-nama penerima bantuan.") == []


def test_a_finished_check_of_a_claim_is_a_confirmation():
    (c,) = claims("Lembaga pemantau itu menyatakan telah memverifikasi sebagian klaim pemerintah dengan citra satelit.")
    assert (c.status, c.cue) == ("confirmation", "memverifikasi")
    assert "klaim pemerintah" in c.text


def test_information_checked_then_judged_is_no_claim_fragment():
    # checked (no outcome given by the cue) and a coordinated second predicate: no claim at all,
    # and never the fragment after the cue
    out = claims("Pesan itu segera diverifikasi dan dinilai janggal oleh staf kantor bupati.")
    assert [c for c in out if c.status == "confirmation"] == []
    assert not any(c.text.startswith("dan ") for c in out)


def test_reporter_formula_dikonfirmasi_with_a_day_is_no_claim():
    text = "\"Berkasnya sudah lengkap,\" ujar Kapolsek Tanjung, AKP Rudi Hartono, dikonfirmasi Rabu (12/3/2025)."
    assert claims(text) == []


def test_reporter_formula_dikonfirmasi_with_the_outlet_is_no_claim():
    assert claims("Camat Laweyan Heru dikonfirmasi detikJateng, Senin (3/2).") == []
    assert claims("Hal itu disampaikan Heru ketika dikonfirmasi wartawan, Senin (3/2).") == []


def test_dikonfirmasi_with_an_agent_is_a_confirmation():
    (c,) = claims("Penangkapan dua pelaku itu dikonfirmasi oleh Kepala Bidang Humas Budi Santoso.")
    assert (c.status, c.cue, c.actor_name) == ("confirmation", "dikonfirmasi", "Budi Santoso")


def test_the_noun_spekulasi_is_no_speculation_claim():
    assert claims("Kenaikan harga yang tak terkendali membuka celah bagi spekulasi dan penimbunan.") == []


def test_spekulasi_with_a_proposition_is_a_speculation_claim():
    (c,) = claims("Beredar spekulasi bahwa menteri itu akan segera diganti.")
    assert (c.status, c.cue) == ("speculation", "spekulasi")
    assert c.text == "menteri itu akan segera diganti"


def test_a_call_to_stop_speculating_is_part_of_a_denial_not_a_speculation():
    text = ("\"Kami tidak pernah membahas pembelian itu,\" kata juru bicara istana, "
            "\"dan kami minta media berhenti berspekulasi soal hal yang tidak terjadi.\"")
    assert [c for c in claims(text) if c.status == "speculation"] == []
    assert claims("Warga diminta jangan menuduh tetangga tanpa bukti.") == []


def test_claim_text_drops_a_double_dash_dateline():
    (c,) = claims("KABARKITA, MEDAN -- Sungai itu diduga tercemar limbah pabrik.")
    assert c.text == "Sungai itu tercemar limbah pabrik"


def test_whole_sentence_claim_text_drops_the_dateline():
    (c,) = claims("KABARKITA, MEDAN -- Hal itu dibantah oleh Dinas Lingkungan Hidup.")
    assert c.status == "denial"
    assert not c.text.startswith("KABARKITA")
    assert c.text.startswith("Hal itu dibantah")


def test_untrue_verdict_text_has_no_trailing_coordinator():
    (c,) = claims("Laporan warga itu segera diperiksa dan dinyatakan tidak benar.")
    assert c.status == "denial"
    assert not c.text.endswith(" dan")


def test_a_province_abbreviation_after_an_office_is_not_part_of_the_actor():
    (c,) = claims("Kasi Penkum Kejati Sumsel Rina Marlina membenarkan penangkapan dua pegawai itu.")
    assert (c.status, c.actor_name) == ("confirmation", "Rina Marlina")


def test_recognised_as_is_no_confirmation():
    assert claims("Pertanian kini diakui sebagai penggerak utama ekonomi desa.") == []
    assert claims("Rumah sakit itu diakui setara dengan rumah sakit rujukan nasional.") == []


def test_an_admission_with_diakui_and_an_agent_is_still_a_confirmation():
    (c,) = claims("Keterlambatan proyek itu diakui oleh Kepala Dinas Budi Santoso.")
    assert (c.status, c.cue, c.actor_name) == ("confirmation", "diakui", "Budi Santoso")


def test_a_comparison_with_an_expectation_is_no_speculation():
    assert claims("Jumlah pemudik tahun ini lebih sedikit dari yang diperkirakan.") == []
    assert claims("Dampak banjir ternyata tidak separah seperti yang diperkirakan.") == []


def test_a_hedge_opening_a_quote_has_no_quote_mark_in_its_text():
    (c,) = claims("\"Kemungkinan bisa saja karena hujan deras semalam,\" kata petugas.")
    assert c.status == "speculation"
    assert not c.text.startswith("\"")
    assert c.text.startswith("bisa saja karena hujan deras")
