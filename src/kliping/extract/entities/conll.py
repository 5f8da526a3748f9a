"""CoNLL files: reading them, tagging them, and scoring the tagger against their gold tags.

Used by ``kliping tag``, ``kliping eval ner`` and the training scripts (corpus profile).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from kliping.extract.entities.mentions import is_caseless, tag_words
from kliping.extract.entities.span import Span

# CoNLL tag names of kliping's types (``tag_conll`` output) and back.
CONLL_TAG = {"PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "PRODUCT": "PRODUCT", "EVENT": "EVENT"}
# Gold tag names of the training corpora mapped to evaluation types (FNB is not evaluated).
GOLD_MAP = {
    "PERSON": "PER", "PPL": "PER", "PER": "PER",
    "ORGANISATION": "ORG", "IND": "ORG", "ORG": "ORG",
    "PLACE": "PLACE", "PLC": "PLACE", "LOC": "LOC", "GPE": "GPE",
    "EVT": "EVENT", "EVENT": "EVENT", "PRODUCT": "PRODUCT",
}


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """(tokens, tags) per sentence of a CoNLL file: token first column, tag last, blank lines between."""
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if toks:
                    sents.append((toks, tags))
                toks, tags = [], []
                continue
            toks.append(parts[0])
            tags.append(parts[-1] if len(parts) > 1 else "O")
    if toks:
        sents.append((toks, tags))
    return sents


def _bio(n: int, spans: list[Span]) -> list[str]:
    tags = ["O"] * n
    for s in spans:
        t = CONLL_TAG.get(s.type, s.type)
        tags[s.i] = "B-" + t
        for k in range(s.i + 1, s.j):
            tags[k] = "I-" + t
    return tags


def _tag_sentences(sents: list[list[str]], profile: str = "corpus", convention: str = "general") -> list[list[str]]:
    caseless = is_caseless(" ".join(" ".join(s) for s in sents[:2000]))
    return [_bio(len(words), tag_words(words, caseless, profile, convention)) for words in sents]


def gold_convention(tags: set[str]) -> str:
    """The corpus convention a gold file declares by its tag set.

    The CoNLL news scheme ``PER``/``ORG``/``LOC`` (idner-news-2k and CoNLL-style news NER) is
    "news"; anything else (NERGrit's ``PERSON``/``ORGANISATION``/``PLACE``, NERP's ``PPL``/``IND``/
    ``PLC``) is "general". Only the tag *names* are read, never the tags of a sentence.
    """
    names = {t.partition("-")[2] for t in tags} - {""}
    if "LOC" in names and names & {"PER", "ORG"} and not names & {"PERSON", "ORGANISATION", "PLACE", "PPL",
                                                                     "IND", "PLC", "GPE"}:
        return "news"
    return "general"


def tag_conll(in_path: str | Path, out_path: str | Path, profile: str = "corpus",
              convention: str = "general") -> int:
    """Tag a CoNLL file (tokens in the first column); write ``token<TAB>BIO-tag``. Returns tokens.

    ``profile`` is ``"corpus"`` (the corpora's conventions, the default) or ``"dossier"`` (every
    document rule, as in ``kliping analyze``); ``convention`` the corpus-convention model (the
    general one unless asked; other columns of the input, tags included, are ignored).
    """
    sents = [toks for toks, _ in read_conll(in_path)]
    tagged = _tag_sentences(sents, profile, convention)
    with open(out_path, "w", encoding="utf-8") as f:
        for words, tags in zip(sents, tagged, strict=True):
            for w, t in zip(words, tags, strict=True):
                f.write(f"{w}\t{t}\n")
            f.write("\n")
    return sum(len(s) for s in sents)


def _entities(tags: list[str], mapping: dict[str, str]) -> set[tuple[int, int, str]]:
    out = set()
    start, typ = None, None
    for k, t in enumerate([*tags, "O"]):
        bio, _, name = t.partition("-")
        name = mapping.get(name) if name else None
        if start is not None and (bio != "I" or name != typ):
            out.add((start, k, typ))
            start, typ = None, None
        if name and (bio == "B" or (bio == "I" and start is None)):
            start, typ = k, name
    return out


def eval_ner(gold_path: str | Path, pred_path: str | Path | None = None, profile: str = "corpus",
             convention: str | None = None) -> dict:
    """Entity-level exact-span precision/recall/F1, overall (micro) and per type.

    Gold tags are mapped to PER/ORG/PLACE/EVENT (FNB, food and drink, is not evaluated). When the
    gold has a single place type, predicted GPE and LOC both count as PLACE. Predicted types the
    gold does not annotate at all (e.g. PRODUCT against NERGrit) are left out rather than counted
    as false positives. Without ``pred_path`` the gold tokens are tagged in memory with ``profile``
    and the convention model (``convention``; by default ``gold_convention`` of the gold tag set in
    the corpus profile, "general" in the dossier profile). ``res["convention"]`` says which.
    """
    gold = read_conll(gold_path)
    raw = {t.partition("-")[2] for _, tags in gold for t in tags}
    gmap = dict(GOLD_MAP)
    if "GPE" not in raw:  # a single place type, whatever its name (PLACE, PLC, LOC)
        gmap["LOC"] = "PLACE"
    if convention is None:
        convention = gold_convention({t for _, tags in gold for t in tags}) if profile == "corpus" else "general"
    if pred_path is None:
        pred_tags = _tag_sentences([t for t, _ in gold], profile, convention)
    else:
        pred = read_conll(pred_path)
        if [t for t, _ in pred] != [t for t, _ in gold]:
            raise ValueError(f"{pred_path}: tokens differ from {gold_path}")
        pred_tags = [g for _, g in pred]
    gold_sets = []
    gold_types: set[str] = set()
    for _, tags in gold:
        ents = _entities(tags, gmap)
        gold_sets.append(ents)
        gold_types |= {e[2] for e in ents}
    one_place = "PLACE" in gold_types
    pmap = {"PER": "PER", "ORG": "ORG", "GPE": "PLACE" if one_place else "GPE",
            "LOC": "PLACE" if one_place else "LOC", "PRODUCT": "PRODUCT", "EVENT": "EVENT"}
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, p_tags in zip(gold_sets, pred_tags, strict=True):
        p = {e for e in _entities(p_tags, pmap) if e[2] in gold_types}
        for e in p & g:
            tp[e[2]] += 1
        for e in p - g:
            fp[e[2]] += 1
        for e in g - p:
            fn[e[2]] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "support": t + f_n}

    res = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    res["types"] = {t: prf(tp[t], fp[t], fn[t]) for t in sorted(gold_types)}
    res["tokens"] = sum(len(t) for t, _ in gold)
    res["convention"] = convention if pred_path is None else None
    return res
