"""Tokenizer, gazetteer lexicon and CRF features for the named-entity tagger.

Shared by ``kliping.extract.entities`` (tagging) and ``scripts/train_ner.py`` (training) so the two
can never drift apart. The tokenizer keeps names and model designations whole (``Jong-un``,
``Hwasong-11A``, ``Su-57``), keeps title abbreviations with their dot (``Dr.``, ``Mr.``) and splits
other punctuation off, which matches the CoNLL training data closely enough.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from operator import is_not
from pathlib import Path
from typing import Any

from kliping.lang.id import gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.cues import SPEECH_FORMS
from kliping.lang.id.outlets import OUTLETS
from kliping.lang.id.titles import TITLE_HEADS, TITLE_WORDS

CLUSTERS = Path(__file__).resolve().parents[1] / "models" / "ner_clusters.tsv"
# Optional second cluster table from pre-trained subword embeddings (``scripts/ner_clusters_use.py``);
# its features (``u1``-``u3``, ``-1u``/``+1u``) are added only when the file exists.
EXTRA_CLUSTERS = Path(__file__).resolve().parents[1] / "models" / "ner_clusters_use.tsv"
# Feature set version: 1 = the original window of two words; 2 adds word clusters, affixes of
# length 1 and 4, a three-word window, word pairs and place/speech cues (docs/ner.md).
FEATURE_VERSION = 2
# Words before a place (``di Jakarta``, ``ke Moskow``, ``dari Seoul``).
_PLACE_PREP = frozenset({"di", "ke", "dari", "menuju", "asal", "sekitar", "wilayah", "kota", "provinsi"})
_SPEECH = SPEECH_FORMS

_DOT_ABBR = (
    "Dr|Prof|Mr|Mrs|Ms|Ir|Drs|Dra|Jl|St|Jr|Sr|Hj|KH|Tn|Ny|Sdr|Bpk|Kol|Jend|Purn|dr|No|Vol|dkk|Sn|Inc|Ltd|Co|Corp"
)
_TOKEN = re.compile(
    r"https?://\S+"
    r"|[\w-]+(?:\.[\w-]+)*\.(?i:com|co\.id|id|net|org|go\.id|ac\.id|tv)\b"  # Kompas.com, WARTANUSA.COM
    r"|(?:[A-Za-z]\.){2,}"  # U.S., D.C.
    rf"|(?:{_DOT_ABBR})\.(?!\w)"
    r"|[A-Z]\.(?=\s*[A-Z])"  # initials: J. Doe
    r"|[A-Z]{1,3}\$"  # US$, S$
    r"|\d+(?:[.,:/]\d+)+(?:-\w+)*"  # 12.000, 3,5, 12/9/2023
    r"|\w+(?:[-'’]\w+)*"  # words, Jong-un, Hwasong-11A, anak-anak, Jum'at
    r"|[^\w\s]",
)


def tokenize(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens of ``text`` (whitespace is dropped)."""
    return [m.span() for m in _TOKEN.finditer(text)]


def tokenize_ner(text: str) -> list[tuple[int, int]]:
    """``tokenize``, then split hyphenated compounds of known places/organisations.

    ``Korea Selatan-AS-Jepang`` names three countries, while ``Jong-un`` or ``Leif-Eric`` are one
    name: a capitalised compound is split only when one of its parts is in the gazetteer.
    """
    out = []
    phrases = lexicon().phrases
    for a, b in tokenize(text):
        w = text[a:b]
        if "-" in w and w[:1].isupper():
            parts = w.split("-")
            if all(p[:1].isupper() for p in parts) and any(
                    phrases.get((p,), "") in _SPLIT_LABELS for p in parts):
                pos = a
                for k, p in enumerate(parts):
                    if k:
                        out.append((pos, pos + 1))
                        pos += 1
                    out.append((pos, pos + len(p)))
                    pos += len(p)
                continue
        out.append((a, b))
    return out


_SPLIT_LABELS = frozenset({"CTRY", "CITY", "PROV", "AGPE", "AORG"})
# A web-domain token (``WARTANUSA.COM``, ``Kompas.com``, ``kabarharian.id``): an outlet's name.
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|go\.id|ac\.id|tv)$", re.IGNORECASE)


# --------------------------------------------------------------------------- lexicon

# Gazetteer labels, in order of precedence when a phrase is in several lists.
STRONG_GPE = ("CTRY", "CITY", "PROV", "REG", "AGPE")
# The labels of a place's name the entity rules test: the strong places' and a region's written short
# (``RSHORT``: ``Situbondo``).
GPE_OR_SHORT = frozenset((*STRONG_GPE, "RSHORT"))


@dataclass
class Lexicon:
    """Token-tuple phrase tables (cased and lower-cased) and word classes used by the features."""

    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    lower_phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_len: dict[str, int] = field(default_factory=dict)
    lower_max_len: dict[str, int] = field(default_factory=dict)
    title_heads: frozenset[str] = frozenset()
    title_words: frozenset[str] = frozenset()
    title_words_lower: frozenset[str] = frozenset()
    upper_forms: dict[str, str] = field(default_factory=dict)
    cap_words: frozenset[str] = frozenset()

    def add(self, phrase: str, label: str, caseless: bool = True) -> None:
        toks = tuple(phrase[a:b] for a, b in tokenize(phrase))
        if not toks:
            return
        if toks not in self.phrases:
            self.phrases[toks] = label
            self.max_len[toks[0]] = max(self.max_len.get(toks[0], 0), len(toks))
        low = tuple(t.lower() for t in toks)
        if caseless and low not in self.lower_phrases:
            self.lower_phrases[low] = label
            self.lower_max_len[low[0]] = max(self.lower_max_len.get(low[0], 0), len(low))

    def match(self, words: list[str], caseless: bool = False) -> list[tuple[int, int, str]]:
        """Greedy longest matches ``(start, end, label)`` of the phrase tables over ``words``."""
        table, lens = (self.lower_phrases, self.lower_max_len) if caseless else (self.phrases, self.max_len)
        seq = [w.lower() for w in words] if caseless else words
        out = []
        i, n = 0, len(seq)
        while i < n:
            m = lens.get(seq[i])
            if m:
                for k in range(min(m, n - i), 0, -1):
                    lab = table.get(tuple(seq[i:i + k]))
                    if lab:
                        out.append((i, i + k, lab))
                        i += k
                        break
                else:
                    i += 1
            else:
                i += 1
        return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon built from ``kliping.lang.id`` (built once per process)."""
    lex = Lexicon()
    for abbr, (_exp, typ) in ABBREVIATIONS.items():
        lab = {"GPE": "AGPE", "LOC": "AGPE", "ORG": "AORG"}.get(typ, "AEVT")
        # two-letter and word-like abbreviations are too ambiguous without case
        lex.add(abbr, lab, caseless=len(abbr) > 3 and not abbr.isupper())
    for name in gazetteer.countries():
        lex.add(name, "CTRY")
    for name in gazetteer.cities():
        lex.add(name, "CITY")
    for name, (kind, _prov) in gazetteer.regions().items():
        lex.add(name, {"province": "PROV", "regency": "REG", "city": "REG"}.get(kind, "RSHORT"))
    for name in gazetteer.media():
        lex.add(name, "MEDIA", caseless=len(name) > 4)
    for canon, (_domains, markers) in OUTLETS.items():
        for name in (canon, *markers):
            if len(name) > 3:
                lex.add(name, "MEDIA", caseless=len(name) > 4)
    for name in gazetteer.orgs():
        lex.add(name, "NORG", caseless=len(name) > 4)
    for name in gazetteer.places():
        lex.add(name, "GLOC")
    cues = gazetteer.cues()
    for kind, lab in (("product", "PROD"), ("org", "ORGC"), ("loc", "LOCC"), ("event", "EVTC"),
                      ("month", "MONTH"), ("day", "DAY"), ("nonent", "NONENT")):
        for w in cues.get(kind, ()):
            lex.add(w, lab, caseless=kind not in {"nonent"} and len(w) > 2)
    lex.title_heads = TITLE_HEADS
    lex.title_words = TITLE_WORDS
    lex.title_words_lower = TITLE_HEADS
    ups: dict[str, str] = {}
    for toks in lex.phrases:
        for t in toks:
            if t[:1].isupper():
                ups.setdefault(t.lower(), t)
    lex.upper_forms = ups
    lex.cap_words = frozenset(w.lower() for k in ("month", "day") for w in cues.get(k, ()))
    return lex


# --------------------------------------------------------------------------- features


def _read_clusters(path: Path) -> dict[str, tuple[str, str, str]]:
    out: dict[str, tuple[str, str, str]] = {}
    if not path.exists():
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 4:
                out[parts[0]] = (parts[1], parts[2], parts[3])
    return out


@lru_cache(maxsize=1)
def clusters() -> dict[str, tuple[str, str, str]]:
    """Lower-cased word -> (coarse, middle, fine) cluster ids (``scripts/ner_clusters.py``)."""
    return _read_clusters(CLUSTERS)


# Words treated as missing from the second table while a model is trained (``hide_extra_clusters``).
_HIDDEN: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def extra_clusters() -> dict[str, tuple[str, str, str]]:
    """The optional second table (``EXTRA_CLUSTERS``), same format; empty when absent."""
    table = _read_clusters(EXTRA_CLUSTERS)
    if _HIDDEN:
        table = {w: c for w, c in table.items() if w not in _HIDDEN}
    return table


def hide_extra_clusters(words: frozenset[str] = frozenset()) -> None:
    """Training only: treat ``words`` as absent from the second table (``frozenset()`` undoes it).

    Why: the table's vocabulary includes every word of the train splits, so without this the model
    never sees a word without ``u`` clusters in training and learns to trust them for every name;
    a new foreign name missing from the table (``Tikhoretsk``) then lost its place tag. Hiding the
    words seen once in training (``scripts/train_ner.py``) shows the model unknown words as it will
    meet them."""
    global _HIDDEN
    _HIDDEN = frozenset(words)
    clear_caches()


# Per-word feature-id caches of the taggers (``ner_crf.CRFModel``), emptied with the feature caches.
FEATURE_ID_CACHES: list[dict] = []


def clear_caches() -> None:
    """Forget every cached word feature (after the cluster tables or the hidden words change)."""
    for fn in (clusters, extra_clusters, _word_feats, _context):
        fn.cache_clear()
    for c in FEATURE_ID_CACHES:
        c.clear()


_SHAPE_MAP = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_RUNS = re.compile(r"(.)\1+")


def _shape(w: str) -> str:
    s = w.translate(_SHAPE_MAP)
    return _RUNS.sub(r"\1", s)[:6]


def _case(w: str) -> str:
    if w.istitle():
        return "T"
    if w.isupper():
        return "U"
    if w.islower():
        return "L"
    if w[:1].isdigit():
        return "D"
    if w.isalpha() or any(c.isalpha() for c in w):
        return "M"
    return "P"


@lru_cache(maxsize=200_000)
def _word_feats(w: str, caseless: bool, version: int = FEATURE_VERSION) -> tuple[str, str, str, tuple[str, ...]]:
    """(lower, shape-or-case, class, own features) for a word; cached because words repeat."""
    low = w.lower()
    sh = _shape(low) if caseless else _shape(w)
    c = "L" if caseless and low.isalpha() else _case(w)
    lex = lexicon()
    feats = [f"w={low}", f"s3={low[-3:]}", f"s2={low[-2:]}", f"p3={low[:3]}", f"p2={low[:2]}", f"sh={sh}", f"c={c}"]
    if len(low) <= 3:
        feats.append("short")
    if low in lex.title_heads:
        feats.append("th")
    if low in lex.title_words:
        feats.append("tw")
    if version >= 2:
        feats += [f"s4={low[-4:]}", f"p4={low[:4]}", f"s1={low[-1:]}", f"p1={w[:1]}"]
        cl = clusters().get(low)
        if cl:
            feats += [f"k1={cl[0]}", f"k2={cl[1]}", f"k3={cl[2]}"]
        else:
            feats.append("k=none")
        extra = extra_clusters()
        ucl = extra.get(low)
        if ucl:
            feats += [f"u1={ucl[0]}", f"u2={ucl[1]}", f"u3={ucl[2]}"]
        elif extra:
            feats.append("u=none")  # a word missing from the table is not a word of cluster "nothing"
    return low, sh, c, tuple(feats)


def sentence_features(words: list[str], caseless: bool = False, version: int = FEATURE_VERSION) -> list[list[str]]:
    """CRF features for each word of a sentence.

    Word identity and affixes, shape and case (dropped for the caseless model), gazetteer matches as
    B-/I- labels, title words, and the same for neighbours within two words. Version 2 adds word
    clusters of the word and its neighbours, word pairs, the words three away, and two cues that the
    small training sets under-represent: a place preposition before (``di``/``ke``/``dari``) and a
    speech verb after (``kata``, ``mengatakan``: a person).

    The strings a word contributes to its neighbours are built once per word type (``_context``),
    which keeps feature extraction fast; only pair features are formatted per position.
    """
    cx = [_context(w, caseless, version) for w in words]
    return _assemble(cx, _gazetteer_tags(words, caseless), version, _same, "b", "BOS", "EOS", "+2speech")


def _same(feature: str) -> str:
    return feature


def _gazetteer_tags(words: list[str], caseless: bool) -> list[str]:
    """Each word's gazetteer match as ``B<label>``/``I<label>`` (``""`` outside any)."""
    gaz = [""] * len(words)
    for a, b, lab in lexicon().match(words, caseless):
        gaz[a] = "B" + lab
        for k in range(a + 1, b):
            gaz[k] = "I" + lab
    return gaz


def _assemble(cx: list[tuple], gaz: list[str], version: int, get: Callable[[str], Any], bias: Any, bos: Any,
              eos: Any, speech: Any) -> list[list]:
    """The features of each word from the words' ``_context`` parts (``cx``, as strings or as a
    tagger's ids) and their gazetteer tags. Features made per position (``g=``, word pairs) go
    through ``get``; ``get``, ``bias``, ``bos``, ``eos`` and ``speech`` giving None leave a feature
    out. One builder for the strings of training and the ids of tagging, so the two cannot differ."""
    n = len(cx)
    v2 = version >= 2
    out = []
    for i in range(n):
        low, c, own = cx[i][:3]
        f = [bias, *own] if bias is not None else list(own)
        if gaz[i] and (k := get("g=" + gaz[i])) is not None:
            f.append(k)
        if i == 0:
            if bos is not None:
                f.append(bos)
        else:
            prev = cx[i - 1]
            f += prev[3]
            if (k := get(f"-1c|c={prev[1]}|{c}")) is not None:
                f.append(k)
            if gaz[i - 1] and (k := get("-1g=" + gaz[i - 1])) is not None:
                f.append(k)
            if v2 and (k := get(f"-1w|w={prev[0]}|{low}")) is not None:
                f.append(k)
            if i > 1:
                f += cx[i - 2][4]
                if v2 and i > 2:
                    f += cx[i - 3][5]
        if i == n - 1:
            if eos is not None:
                f.append(eos)
        else:
            nxt = cx[i + 1]
            f += nxt[6]
            if (k := get(f"c|+1c={c}|{nxt[1]}")) is not None:
                f.append(k)
            if gaz[i + 1] and (k := get("+1g=" + gaz[i + 1])) is not None:
                f.append(k)
            if v2:
                if (k := get(f"w|+1w={low}|{nxt[0]}")) is not None:
                    f.append(k)
                if speech is not None and nxt[0] not in _SPEECH and i < n - 2 and nxt[0] in {",", "yang"} \
                        and cx[i + 2][0] in _SPEECH:
                    f.append(speech)
            if i < n - 2:
                f += cx[i + 2][7]
                if v2 and i < n - 3:
                    f += cx[i + 3][8]
        out.append(f)
    return out


@lru_cache(maxsize=200_000)
def _context(w: str, caseless: bool, version: int) -> tuple:
    """(lower, class, own features, then what the word gives as neighbour -1, -2, -3, +1, +2, +3)."""
    low, sh, c, own = _word_feats(w, caseless, version)
    lex = lexicon()
    p1 = [f"-1w={low}", f"-1sh={sh}"]
    if low in lex.title_heads:
        p1.append("-1th")
    p2 = [f"-2w={low}", f"-2c={c}"]
    n1 = [f"+1w={low}", f"+1sh={sh}"]
    n2 = [f"+2w={low}", f"+2c={c}"]
    p3: list[str] = []
    n3: list[str] = []
    if version >= 2:
        cl = clusters().get(low, ("-", "-", "-"))
        p1.append(f"-1k={cl[1]}")
        if low in _PLACE_PREP:
            p1.append("-1prep")
        p2.append(f"-2k={cl[0]}")
        p3 = [f"-3w={low}"]
        n1.append(f"+1k={cl[1]}")
        if low in _SPEECH:
            n1.append("+1speech")
        n2.append(f"+2k={cl[0]}")
        n3 = [f"+3w={low}"]
        ucl = extra_clusters().get(low)
        if ucl:
            p1.append(f"-1u={ucl[1]}")
            n1.append(f"+1u={ucl[1]}")
    return low, c, own, tuple(p1), tuple(p2), tuple(p3), tuple(n1), tuple(n2), tuple(n3)


_known = partial(is_not, None)


def sentence_feature_ids(words: list[str], caseless: bool, index: dict[str, int], cache: dict[tuple[str, bool, int], tuple],
                         version: int = FEATURE_VERSION,
                         own: Callable[[tuple[int, ...]], tuple[int, ...]] | None = None) -> list[list[int]]:
    """``sentence_features`` as the ids ``index`` gives them, in the same order, features missing
    from ``index`` left out: what a tagger (``ner_crf.CRFModel``) needs, without formatting and
    looking up a word's own and neighbour strings at every position (``cache``, per word type and
    per ``index``, keeps them as ids). Built by the same ``_assemble`` as ``sentence_features``;
    ``tests/test_ner_crf.py`` compares the two. ``own``, when given, replaces the ids of a word's
    own features (which open its list: ``b`` and the word's identity, affixes, shape, clusters) once
    per word type: a tagger sums them once (``ner_crf.CRFModel``)."""
    get = index.get

    def ids(feats: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(filter(_known, map(get, feats)))

    cx = []
    for w in words:
        c = cache.get((w, caseless, version))
        if c is None:
            low, cl, mine_, p1, p2, p3, n1, n2, n3 = _context(w, caseless, version)
            mine = ids(("b", *mine_))
            c = cache[(w, caseless, version)] = (low, cl, own(mine) if own is not None else mine, ids(p1), ids(p2), ids(p3),
                                                 ids(n1), ids(n2), ids(n3))
        cx.append(c)
    return _assemble(cx, _gazetteer_tags(words, caseless), version, get, None, get("BOS"), get("EOS"),
                     get("+2speech"))
