"""The numpy BiLSTM-CRF tagger (``kliping.extract.ner_nn``): decoding, and agreement with torch."""

from __future__ import annotations

import importlib.util
import sys
from argparse import Namespace
from pathlib import Path

import numpy as np
import pytest

from kliping.extract import ner_nn

ROOT = Path(__file__).resolve().parents[1]
LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]


def _brute_force(emit, trans, start, end):
    import itertools

    n, n_lab = emit.shape
    best, arg = -np.inf, None
    scores = {}
    for path in itertools.product(range(n_lab), repeat=n):
        s = start[path[0]] + end[path[-1]] + sum(emit[t, path[t]] for t in range(n))
        s += sum(trans[path[t - 1], path[t]] for t in range(1, n))
        scores[path] = s
        if s > best:
            best, arg = s, list(path)
    return arg, scores


def test_viterbi_and_marginals_match_brute_force():
    rng = np.random.default_rng(0)
    emit = rng.normal(size=(4, 3))
    trans = rng.normal(size=(3, 3))
    start, end = rng.normal(size=3), rng.normal(size=3)
    path, scores = _brute_force(emit, trans, start, end)
    assert ner_nn.viterbi(emit, trans, start, end) == path
    z = np.logaddexp.reduce(list(scores.values()))
    want = np.zeros((4, 3))
    for p, s in scores.items():
        for t, k in enumerate(p):
            want[t, k] += np.exp(s - z)
    np.testing.assert_allclose(ner_nn.marginals(emit, trans, start, end), want, atol=1e-9)


def test_batched_viterbi_and_marginals_equal_one_sentence_at_a_time():
    rng = np.random.default_rng(1)
    trans, start, end = rng.normal(size=(5, 5)), rng.normal(size=5), rng.normal(size=5)
    lens = np.array([1, 4, 7])
    emit = rng.normal(size=(3, 7, 5))
    got = ner_nn.viterbi_batch(emit, lens, trans, start, end)
    post = ner_nn.marginals_batch(emit, lens, trans, start, end)
    for r, n in enumerate(lens):
        assert got[r] == ner_nn.viterbi(emit[r, :n], trans, start, end)
        np.testing.assert_allclose(post[r], ner_nn.marginals(emit[r, :n], trans, start, end), atol=1e-9)


def test_bio_constraints_forbid_inside_after_other_type():
    ok = ner_nn.allowed_transitions(LABELS)
    assert not ok[LABELS.index("B-PER"), LABELS.index("I-ORG")]
    assert not ok[LABELS.index("O"), LABELS.index("I-PER")]
    assert ok[LABELS.index("B-ORG"), LABELS.index("I-ORG")]
    assert list(ner_nn.allowed_start(LABELS)) == [True, True, False, True, False]


def test_word_features_mark_gazetteer_and_case():
    cats, gaz = ner_nn.word_features(["Warga", "Jakarta", "berkumpul", "di", "Monas"], caseless=False)
    labels = ner_nn.gaz_labels()
    assert labels[gaz[1]].startswith("B")  # Jakarta is in the city gazetteer
    assert gaz[2] == 0
    assert ner_nn.CASES[cats[1, 3]] == "T" and ner_nn.CASES[cats[2, 3]] == "L"


def _train_module():
    spec = importlib.util.spec_from_file_location("train_ner_nn", ROOT / "scripts" / "train_ner_nn.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_ner_nn"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_numpy_forward_matches_torch(tmp_path):
    """A randomly initialised torch model exported to .npz gives the same emissions in numpy."""
    torch = pytest.importorskip("torch")
    tr = _train_module()
    torch.manual_seed(0)
    vocab = ["<pad>", "<unk>", "presiden", "jakarta", "di", "joko", "widodo"]
    vecs = np.random.default_rng(0).normal(size=(len(vocab), 6)).astype(np.float32)
    vecs[:2] = 0
    chars = ["<pad>", "<unk>", *sorted(set("PresidnJoktaWwbKjkrdi"))]
    args = Namespace(word_dim=5, char_dim=4, char_filters=3, hidden=4, dropout=0.0)
    model = tr.make_model(torch, vecs, len(chars), len(ner_nn.gaz_labels()), args)
    with torch.no_grad():
        model.out.bias.normal_()
    model.eval()
    sents = [["Presiden", "Joko", "Widodo", "di", "Jakarta"], ["Kabar", "dari", "Jakarta"], ["Widodo"]]
    vindex = {w: i for i, w in enumerate(vocab)}
    cindex = {c: i for i, c in enumerate(chars)}
    enc = tr.encode([(s, None) for s in sents], vindex, cindex, caseless=False)
    wid, cats, gaz, ch, _, mask = tr.collate(enc, torch)
    with torch.no_grad():
        want = model.emissions(wid, cats, gaz, ch, mask).numpy()
    path = tmp_path / "m.npz"
    tr.export(model, vocab, chars, False, path)
    got = ner_nn.NNTagger(path).emissions(sents)
    for r, s in enumerate(sents):
        np.testing.assert_allclose(got[r], want[r, :len(s)], atol=2e-2)  # float16 weights


def test_shipped_models_tag_a_written_sentence():
    if not ner_nn.NN_MODEL.exists() or not ner_nn.NN_CASELESS_MODEL.exists():
        pytest.skip("no shipped neural model")
    words = ["Presiden", "Joko", "Widodo", "berkunjung", "ke", "Surabaya", "kemarin", "."]
    for caseless in (False, True):
        sent = [w.lower() for w in words] if caseless else words
        tags = ner_nn.nn_tagger(caseless).tag([sent])[0]
        assert tags[1:3] == ["B-PER", "I-PER"], (caseless, tags)
        assert tags[5] == "B-PLACE", (caseless, tags)
        assert tags[3] == "O" and tags[7] == "O"


def test_vote_keeps_crf_tags_unless_the_network_is_confidently_different():
    labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]
    crf = [["B-PER", "I-PER", "O"]]
    unsure = np.array([[0.3, 0.6, 0.0, 0.1, 0.0], [0.1, 0.0, 0.5, 0.0, 0.4], [0.5, 0.5, 0.0, 0.0, 0.0]])
    assert ner_nn.vote(crf, [unsure], labels) == crf
    sure = np.array([[0.02, 0.02, 0.0, 0.96, 0.0], [0.02, 0.0, 0.02, 0.0, 0.96], [0.98, 0.02, 0.0, 0.0, 0.0]])
    assert ner_nn.vote(crf, [sure], labels) == [["B-ORG", "I-ORG", "O"]]


def test_decoded_posteriors_are_valid_bio():
    labels = ["O", "B-PER", "I-PER"]
    post = np.array([[0.4, 0.0, 0.6], [0.1, 0.0, 0.9]])  # I-PER at the start is not allowed
    assert ner_nn.decode_posteriors([post], labels) == [["O", "O"]]  # 0.4 * 0.1 beats 0 * 0.9


def test_word_type_cache_growth_and_reset_do_not_change_emissions(monkeypatch):
    if not ner_nn.NN_MODEL.exists():
        pytest.skip("no shipped neural model")
    sents = [["Gubernur", "Jawa", "Tengah", "meresmikan", "jembatan", "di", "Kudus", "."],
             ["Pertandingan", "Persib", "melawan", "Arema", "ditunda", "."],
             ["Menteri", "Keuangan", "Sri", "Mulyani", "berbicara", "di", "Bali", "."]]
    want = ner_nn.NNTagger(ner_nn.NN_MODEL).emissions(sents)
    monkeypatch.setattr(ner_nn, "_MAX_TYPES", 10)
    small = ner_nn.NNTagger(ner_nn.NN_MODEL)
    small._table = small._table[:, :4]
    for _ in range(2):  # the second pass starts over more than once
        got = [small.emissions([s])[0] for s in sents]
        for g, w in zip(got, want, strict=True):
            np.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-5)
