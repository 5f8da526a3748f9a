"""Claims from the sixth dossier review: a denial or admission whose object points back (``membantah
tuduhan itu``, ``membenarkan hal tersebut``, nothing) shows what it answers; a hedge adverb opening a
new clause ends an admitted clause; ``memperhatikan kemungkinan`` is nobody guessing; a person named in
a prosecutor's reported clause is not the actor of the allegation in it.

The sentences are written for these tests (mentions from the real entity extractor); each rule has a
near-variant it must not change.
"""

from __future__ import annotations

from kliping.extract.claims import extract_claims
from kliping.extract.entities import extract_mentions
from tests.quote_helpers import doc


def claims(text: str) -> list[tuple[str, str, str | None]]:
    d = doc(text)
    return [(c.status, c.text, c.actor_name) for c in extract_claims(d, extract_mentions(d))]


def test_a_denial_of_that_accusation_shows_the_accusation_it_answers():
    t = ("Gedung Putih menuduh Korea Utara mengirim seribu kontainer amunisi ke Rusia. "
         "Rusia dan Korea Utara membantah tuduhan itu.")
    assert claims(t)[-1] == ("denial", "tuduhan itu: Korea Utara mengirim seribu kontainer amunisi ke Rusia",
                             "Rusia dan Korea Utara")
    # with no object at all, the accusation is the text
    t2 = "Gedung Putih menuduh Korea Utara mengirim amunisi ke Rusia. Korea Utara kembali membantah."
    assert claims(t2)[-1][1] == "Korea Utara mengirim amunisi ke Rusia"
    # a denial with its own object is unchanged
    t3 = "Gedung Putih menuduh Korea Utara mengirim amunisi ke Rusia. Korea Utara membantah mengirim amunisi."
    assert claims(t3)[-1][1] == "mengirim amunisi"


def test_a_pointing_back_object_takes_the_statement_before_or_is_marked():
    t = "Budi Santoso mengatakan Andi Wijaya menjual tanah kas desa. Andi Wijaya membantah hal tersebut."
    assert claims(t) == [("denial", "hal tersebut: Andi Wijaya menjual tanah kas desa", "Andi Wijaya")]
    # a statement with a narrated sentence in between is not what is answered
    t2 = ("Budi Santoso mengatakan Andi Wijaya menjual tanah kas desa. Sebelumnya diberitakan, warga melapor "
          "ke polisi. Andi Wijaya membantah kabar tersebut.")
    assert claims(t2)[-1][1] == "Andi Wijaya membantah kabar tersebut"
    # with nothing before, the sentence stays the text (it says what it points back to)
    assert claims("Andi Wijaya membenarkan hal itu.") == [
        ("confirmation", "Andi Wijaya membenarkan hal itu", "Andi Wijaya")]


def test_an_admitted_clause_ends_before_a_hedge_adverb_opening_a_new_clause():
    t = "Diakui, pilkada kemarin berlangsung sangat keras sepertinya ke depan akan ada lagi bupati yang ditangkap."
    assert claims(t)[0][:2] == ("confirmation", "pilkada kemarin berlangsung sangat keras")
    # a hedge right after a short subject does not cut the claim to nothing
    t2 = "Budi Santoso mengklaim harga sepertinya akan turun pekan depan."
    assert claims(t2)[0][1] == "harga sepertinya akan turun pekan depan"


def test_watching_for_a_possibility_is_no_speculation():
    assert claims("Pemerintah memperhatikan kemungkinan diterapkannya strategi keluar dari program itu.") == []
    assert claims("Pemerintah menilai kemungkinan harga beras turun pekan depan.")[0][0] == "speculation"


def test_the_person_in_a_prosecutors_clause_is_not_the_actor():
    t = "Jaksa mengatakan Hendra Gunawan diduga menyetujui kontrak itu ketika perusahaan sudah bangkrut."
    (c,) = claims(t)
    assert c[0] == "allegation" and c[2] is None
