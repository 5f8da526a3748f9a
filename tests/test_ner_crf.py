"""The array CRF tagger (``kliping.extract.ner_crf``) gives pycrfsuite's labels for every shipped model."""

from __future__ import annotations

import pycrfsuite
import pytest

from kliping.extract.entities import model as ner_model
from kliping.extract.ner_crf import CRFModel, crf_model
from kliping.extract.ner_features import sentence_feature_ids, sentence_features, tokenize_ner

# Own sentences: titles, places after prepositions, speech verbs, organisations, hyphenated places,
# a sentence of one word and one of punctuation only.
SENTENCES = [
    "Menteri Luar Negeri Retno Marsudi bertemu Wakil Presiden Filipina di Manila, Senin (3/2).",
    "\"Kami masih menunggu data dari BPBD Kabupaten Bogor,\" kata Kepala Dinas Sosial, Andi Pratama.",
    "Bank Indonesia menaikkan suku bunga acuan menjadi 6,25 persen pada rapat bulan lalu.",
    "Pertemuan Korea Selatan-AS-Jepang digelar di Seoul tanpa kehadiran Kim Jong-un.",
    "PT Pertamina (Persero) menurunkan harga Pertamax di seluruh SPBU mulai Rabu.",
    "Warga Desa Sukamaju yang mengungsi ke Masjid Al-Ikhlas mengatakan air naik sejak subuh.",
    "Jakarta",
    "...",
    "Ketua Umum Partai Golkar, Budi Santoso, menyebut koalisi akan solid hingga 2029.",
    "presiden joko widodo meresmikan bendungan di kabupaten gowa sulawesi selatan kemarin.",
]


def _words(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize_ner(text)]


@pytest.mark.parametrize(("caseless", "convention"), [(False, "general"), (True, "general"), (False, "news")])
def test_labels_equal_pycrfsuite_one_by_one_and_in_a_batch(caseless: bool, convention: str) -> None:
    path = ner_model._model_path(caseless, convention)
    reference = pycrfsuite.Tagger()
    reference.open(str(path))
    sents = [_words(s) for s in SENTENCES]
    expected = [reference.tag(sentence_features(w, caseless)) for w in sents]
    assert CRFModel(path).tag(sents, caseless) == expected
    one_by_one = CRFModel(path)
    assert [one_by_one.tag([w], caseless)[0] for w in sents] == expected
    assert CRFModel(path).tag([[], sents[0], []], caseless) == [[], expected[0], []]
    assert CRFModel(path).tag([], caseless) == []
    again = CRFModel(path)
    assert again.tag(sents[:4], caseless) == expected[:4]
    assert again.tag(sents, caseless) == expected  # four of them looked up, the rest decoded


@pytest.mark.parametrize("caseless", [False, True])
def test_feature_ids_are_the_known_feature_strings_in_their_order(caseless: bool) -> None:
    model = crf_model(ner_model._model_path(caseless))
    cache: dict = {}
    for text in SENTENCES:
        words = _words(text)
        strings = sentence_features(words, caseless)
        expected = [[model.index[f] for f in feats if f in model.index] for feats in strings]
        assert sentence_feature_ids(words, caseless, model.index, cache) == expected
        assert sentence_feature_ids(words, caseless, model.index, cache) == expected  # from the cache


def test_model_read_again_when_its_file_changes(tmp_path) -> None:
    src = ner_model._model_path(False)
    copy = tmp_path / "m.crfsuite"
    copy.write_bytes(src.read_bytes())
    first = crf_model(copy)
    assert crf_model(copy) is first
    copy.write_bytes(ner_model._model_path(False, "news").read_bytes())
    assert crf_model(copy) is not first


def test_labels_stay_the_same_when_the_word_cache_is_emptied_between_batches() -> None:
    path = ner_model._model_path(False)
    reference = pycrfsuite.Tagger()
    reference.open(str(path))
    sents = [_words(s) for s in SENTENCES]
    expected = [reference.tag(sentence_features(w, False)) for w in sents]
    model = CRFModel(path)
    model.cache_size = 5  # emptied before nearly every batch: its summed rows are made again
    assert [model.tag([w], False)[0] for w in sents] == expected
    model._tagged.clear()
    assert model.tag(sents, False) == expected
    model._tagged.clear()
    assert model.tag(sents[::-1], False) == expected[::-1]
