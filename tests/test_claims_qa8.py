"""Claims from the eighth round (garbled rows): a relative set off by a comma hedges the noun phrase
closing the clause before it and ends at its own comma; an amount alone is no claim text; what
follows a passive cue's agent only describing it (an adjunct of the speaking, a relative, a role in
apposition) is no claim, and an amount is no agent.

The sentences are written for these tests (mentions from the real entity extractor); each rule has a
near-variant it must not change.
"""

from __future__ import annotations

from tests.test_claims_qa6 import claims


def test_a_comma_relative_without_a_first_yang_hedges_the_noun_before_the_comma():
    assert claims("Proyek itu menelan biaya besar, yang diperkirakan mencapai Rp 2 triliun.") == [
        ("speculation", "biaya besar mencapai Rp 2 triliun", None)]
    assert claims("Polisi menangkap Budi Santoso, yang diduga mencuri sepeda motor warga.") == [
        ("allegation", "Budi Santoso mencuri sepeda motor warga", None)]
    # an aside ends at its comma: the main clause after it is not estimated
    assert claims("Biaya itu, yang diperkirakan Rp 2 triliun, ditanggung negara.") == [
        ("speculation", "Biaya itu Rp 2 triliun", None)]


def test_an_amount_alone_keeps_the_sentence_as_the_text():
    (c,) = claims("Hal itu, yang diperkirakan Rp 2 triliun, ditanggung negara.")
    assert c == ("speculation", "Hal itu, yang diperkirakan Rp 2 triliun, ditanggung negara", None)
    # an amount with its subject is unchanged, as is a clause about a number of people
    assert claims("Jumlah korban diperkirakan mencapai 200 orang.") == [
        ("speculation", "Jumlah korban mencapai 200 orang", None)]
    assert claims("Aparat menahan tiga pemuda yang diduga melakukan perusakan.") == [
        ("allegation", "tiga pemuda melakukan perusakan", None)]


def test_a_comma_relative_after_a_list_of_measures_takes_no_measure_as_subject():
    t = "Motor itu memakai mesin 150 cc, 1 silinder, yang diklaim irit untuk dipakai di jalan kota."
    assert claims(t)[0][1] == "irit untuk dipakai di jalan kota"


def test_an_adjunct_after_a_passive_agent_is_not_the_claim():
    (c,) = claims("Keunggulan itu diakui oleh Bank Dunia dalam laporannya.")
    assert c == ("confirmation", "Keunggulan itu diakui oleh Bank Dunia dalam laporannya", "Bank Dunia")


def test_an_apposition_or_relative_of_the_agent_is_not_the_claim():
    (c,) = claims("Tuduhan itu dibantah oleh Andi Wijaya, kuasa hukum terdakwa.")
    assert c[1] == "Tuduhan itu dibantah oleh Andi Wijaya, kuasa hukum terdakwa" and c[2] == "Andi Wijaya"
    (c,) = claims("Tuduhan itu dibantah oleh kuasa hukum terdakwa, Andi Wijaya.")
    assert c[1] == "Tuduhan itu dibantah oleh kuasa hukum terdakwa, Andi Wijaya" and c[2] == "Andi Wijaya"
    (c,) = claims("Kabar itu dibantah Kementerian Agama yang menyebut dana sudah cair.")
    assert c[1].startswith("Kabar itu dibantah") and c[2] == "Kementerian Agama"
    # a clause of its own after the agent is still the claim
    (c,) = claims("Kabar itu dibantah Kementerian Agama, dana sudah cair sejak pekan lalu.")
    assert c == ("denial", "dana sudah cair sejak pekan lalu", "Kementerian Agama")
    # an allegation with its clause after the agent is unchanged
    assert claims("Rusia dituduh oleh Gedung Putih mengirim amunisi ke Korea Utara.") == [
        ("allegation", "Rusia mengirim amunisi ke Korea Utara", "Gedung Putih")]
