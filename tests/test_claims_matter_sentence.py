"""A claim whose text is taken from another sentence cites that sentence (docs/dossier.md, claims
`matter_sentence`): a denial or confirmation that only points back (``membantah tuduhan itu``, ``Hal itu
dikonfirmasi oleh X``) shows the allegation or statement told before, so the dossier must say where that text
stands, or a reader cannot trace the claim's words to the article.

The sentences are written for these tests; the people and places are invented or used only as names.
"""

from __future__ import annotations

import dataclasses
import json

from kliping.extract.claims import extract_claims
from kliping.extract.entities import extract_mentions
from kliping.render.example import example_dossier
from kliping.render.jsonout import to_json
from kliping.render.markdown import render_markdown
from kliping.render.schema import validate
from tests.quote_helpers import doc


def _claims(text: str):
    d = doc(text)
    return extract_claims(d, extract_mentions(d))


def test_a_pointer_subject_cites_the_sentence_its_matter_was_told_in():
    got = _claims("Penyidik menetapkan Budi Santoso sebagai tersangka penipuan pada pekan lalu. "
                  "Penetapan tersangka itu dikonfirmasi oleh Kapolres Sukamaju, AKBP Andi Wirawan, Senin (3/11).")
    last = got[-1]
    assert (last.status, last.sentence, last.matter_sentence) == ("confirmation", 1, 0)
    assert last.text.startswith("Penetapan tersangka itu: Penyidik menetapkan")


def test_a_denial_of_that_accusation_cites_the_accusation_sentence():
    got = _claims("Gedung Putih menuduh Korea Utara mengirim seribu kontainer amunisi ke Rusia. "
                  "Pada Jumat, para pejabat di Moskwa menyampaikan sikap resmi mereka. "
                  "Rusia dan Korea Utara membantah tuduhan itu.")
    denial = got[-1]
    assert denial.status == "denial" and denial.text.startswith("tuduhan itu: Korea Utara mengirim")
    assert (denial.sentence, denial.matter_sentence) == (2, 0)


def test_a_claim_in_its_own_words_has_no_matter_sentence():
    got = _claims("Kepala Dinas Sukamaju Rina Kartika membantah ada korban jiwa dalam banjir itu.")
    assert got and got[0].status == "denial" and got[0].matter_sentence is None


def test_the_json_carries_it_and_the_reports_cite_it_beside_the_cue_sentence():
    d = example_dossier()
    a2 = d.articles[1]
    moved = dataclasses.replace(a2.claims[0], sentence=1, matter_sentence=0)
    d.articles[1] = dataclasses.replace(a2, claims=[moved])
    out = to_json(d)
    validate(json.loads(json.dumps(out)))
    claim = next(a for a in out["articles"] if a["id"] == "a2")["claims"][0]
    assert (claim["sentence"], claim["matter_sentence"]) == (1, 0)
    md = render_markdown(d)
    row = next(line for line in md.splitlines() if "ada korban jiwa" in line and line.startswith("|"))
    assert "a2:0" in row and "a2:1" in row and row.index("a2:0") < row.index("a2:1")
