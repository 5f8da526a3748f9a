"""Claims from the second claims dev draw (round 34): the active and object-voice forms of the passive
cues (``menduga``, ``memperkirakan``, ``memprediksi``, ``meyakini``, ``saya duga``, ``kami perkirakan``,
``ditengarai``); a passive hedge inside what an active cue reports takes its holder; a sentence-opening
``Hanya`` is no subject.

The sentences are written for these tests (mentions from the real entity extractor).
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.extract.entities import extract_mentions
from tests.quote_helpers import doc


def claims(text: str) -> list[tuple[str, str, str | None, str]]:
    d = doc(text)
    return [(c.status, c.cue, c.actor_name, c.text) for c in extract_claims(d, extract_mentions(d))]


def test_active_forms_of_passive_cues_have_their_subject_as_actor():
    assert claims("Kepolisian Resor Bogor menduga pelaku sudah kabur ke luar kota.") == [
        ("allegation", "menduga", "Kepolisian Resor Bogor", "pelaku sudah kabur ke luar kota")]
    assert claims("Tim SAR memperkirakan korban hanyut sejauh dua kilometer dari jembatan.") == [
        ("speculation", "memperkirakan", "Tim SAR", "korban hanyut sejauh dua kilometer dari jembatan")]
    assert claims("BMKG memprediksi hujan lebat turun di Bogor pada sore hari.") == [
        ("speculation", "memprediksi", "BMKG", "hujan lebat turun di Bogor pada sore hari")]
    assert claims("Pengacara terdakwa, Rudi Hartono, meyakini bahwa kliennya tidak bersalah.") == [
        ("speculation", "meyakini", "Rudi Hartono", "kliennya tidak bersalah")]


def test_menduga_an_amount_is_an_estimate():
    assert [c[0] for c in claims("Warga menduga 200 orang terjebak di dalam gedung itu.")] == ["speculation"]


def test_ditengarai_is_a_passive_allegation():
    assert claims("Banjir di kawasan itu ditengarai akibat saluran air yang tersumbat sampah.") == [
        ("allegation", "ditengarai", None, "Banjir di kawasan itu akibat saluran air yang tersumbat sampah")]


def test_negated_or_able_forms_are_no_claim():
    assert claims("Budi tidak menduga hujan turun sederas itu pada musim kemarau.") == []
    assert claims("Para peneliti kini mampu memprediksi letusan gunung itu beberapa hari sebelumnya.") == []


def test_object_voice_cue_needs_the_pronoun_and_gives_the_speaker():
    got = claims('"Kenaikan harga itu kami perkirakan berlangsung sampai Lebaran," ujar Kepala Dinas '
                 'Perdagangan Rina Marlina.')
    assert got == [("speculation", "perkirakan", "Rina Marlina", "Kenaikan harga itu berlangsung sampai Lebaran")]
    # what stands before the pronoun is what the claim is about, never its holder
    got = claims("Harga beras naik lagi pekan ini. Kenaikan itu saya duga hanya sementara, kata ekonom Budi Santoso.")
    assert got == [("allegation", "duga", "Budi Santoso", "Kenaikan itu hanya sementara")]
    # a bare root elsewhere is no cue
    assert claims("Badai itu datang tanpa bisa diduga siapa pun. Duga saja sendiri akibatnya.") == []


def test_a_passive_hedge_inside_an_active_cue_takes_its_holder():
    got = claims("Sebelumnya, BMKG memprediksi suhu udara di Bogor diperkirakan masih tinggi hingga awal November.")
    assert [(c[1], c[2]) for c in got] == [("memprediksi", "BMKG"), ("diperkirakan", "BMKG")]


def test_a_sentence_opening_hanya_is_no_subject():
    got = claims("Budi Santoso tidak mengenal para pelaku. Hanya dia menduga mereka berbadan tegap.")
    assert [(c[1], c[2]) for c in got] == [("menduga", "Budi Santoso")]


def test_a_pronoun_subject_is_the_speaker_the_quote_rules_found():
    # the last person named (Budi, spoken about) is not the one who suspects
    got = claims("Budi Santoso sempat dirawat karena batu ginjal. Dokter urologi rumah sakit itu, Dr Hendra Wijaya, "
                 "mengatakan apa yang dialami Budi hanyalah kebetulan. Ia menduga guncangan keras membuat batu itu "
                 "bergeser.")
    assert [(c[1], c[2]) for c in got] == [("menduga", "Hendra Wijaya")]
    got = claims('"Pasokan masih berlimpah," kata analis Andi Lubis. Menteri Energi Rudi Santoso mengatakan, ia '
                 'memperkirakan harga minyak akan stabil tahun depan.')
    assert [(c[1], c[2]) for c in got] == [("memperkirakan", "Rudi Santoso")]
    # inside a quote the pronoun is someone the speaker talks about, never the speaker
    got = claims('Budi Santoso tidak mengenal para pelaku. "Hanya dia menduga mereka berbadan tegap," kata '
                 'Kapolsek Andi Lubis.')
    assert [c[1] for c in got] == ["menduga"] and got[0][2] != "Andi Lubis"


def test_an_object_voice_cue_in_a_relative_clause_claims_the_sentence():
    got = claims('"Pasal yang kami duga dilanggar itu adalah Pasal 310 KUHP," kata kuasa hukum pelapor, Andi Lubis.')
    assert [(c[1], c[2]) for c in got] == [("duga", "Andi Lubis")]
    # (not ``Pasal dilanggar itu adalah …``: the relative clause cut at the cue)
    assert "Pasal yang kami duga dilanggar itu adalah Pasal 310 KUHP" in got[0][3]


def test_an_active_cue_with_the_object_clitic_is_a_claim_about_what_came_before():
    got = claims("Polisi menuding Budi Santoso menyembunyikan barang bukti. Budi Santoso membantahnya, Senin (3/3).")
    assert [(c[0], c[1], c[2], c[3]) for c in got][1] == (
        "denial", "membantahnya", "Budi Santoso", "Budi Santoso menyembunyikan barang bukti")
    got = claims("Banyak warga desa itu percaya sumur tua itu keramat dan sudah lama meyakininya.")
    assert [(c[0], c[1]) for c in got] == [("speculation", "meyakininya")]
    # an allegation's ``-nya`` stands for something in the sentence: the sentence is the claim
    got = claims("Pertemuan kedua tokoh itu ramai dibicarakan, bahkan ada yang menudingnya sebagai manuver politik.")
    assert [(c[0], c[1], c[3]) for c in got] == [("allegation", "menudingnya", "Pertemuan kedua tokoh itu ramai "
                                                  "dibicarakan, bahkan ada yang menudingnya sebagai manuver politik")]
    # on a passive cue ``-nya`` is the agent, on a hedge no verb clitic: neither is read so
    assert claims("Kemungkinannya kecil sekali. Kabar itu diakuinya benar.") == []
