"""One sentence's words with their gazetteer labels, and the questions the rules ask about them.

``_SentenceWords`` is the base of ``sentence._Sentence``: it holds the words, the gazetteer
matches and the model's person probabilities, and answers word-level questions (is this a
title head, a clause opener, a Korean family name; where does this name or title run to).
Separate so the rule groups (model fixes, rule spans, dossier rules) share one base and none
of them needs another.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kliping.extract.entities.model import _tagger
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import (
    _ADMIN_NOUN,
    _DOSSIER_ORG_SUFFIX,
    _HEADS,
    _ORG_LABELS,
    _ORG_SUFFIX,
    _STREET,
    _TRIGGER_HEADS,
    _TWORDS,
    _UNIT_OPENERS,
)
from kliping.extract.ner_features import STRONG_GPE, lexicon, sentence_features
from kliping.ingest.glue import derived_word, known_word
from kliping.lang.id import gazetteer, name_prefixes
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.entity_words import KOREAN_FAMILY_NAMES
from kliping.lang.id.titles import (
    FIELD_NOUNS,
    GIVEN_NAME_HEAD_OFFICE_NEXT,
    GIVEN_NAME_TITLE_HEADS,
    HONORIFICS,
    NAME_PARTICLES,
    NAMED_AFTER_PEOPLE,
    RANK_CORPS,
    RANKS,
    REGIONAL_OFFICE_UNITS,
)


@cache
def _written_out_orgs() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The written-out names of the organisations ``ABBREVIATIONS`` knows, lower-cased words by their
    first word, longest first (``kementerian`` -> ``kementerian energi dan sumber daya mineral``, ...):
    a cue word's name runs to the end of a known one even over a word that alone is no name
    (``Sumber``, listed as the ``Sumber:`` source line)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for full, typ in ABBREVIATIONS.values():
        if typ == "ORG":
            words = tuple(w.lower() for w in full.split())
            if len(words) >= 3:
                out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in out.items()}


_NONNAME = frozenset({"MONTH", "DAY", "NONENT"})

_KOREAN_PART = re.compile(r"^[A-Z][a-z]{1,4}(?:-[a-z]{2,4})?$")


@lru_cache(maxsize=1)
def _dossier_org_phrases() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in gazetteer.cues().get("dorg", ()):
        toks = tuple(phrase.split())
        out.setdefault(toks[0], []).append(toks)
    return out


def _dossier_org_cues(words: list[str]) -> list[tuple[int, int]]:
    """Word ranges of the ``dorg`` cue words (``DPC``, ``Ponpes``): organisation cues of the rules
    only, matched with their case; kept out of the model features (ner_cues.tsv says why)."""
    table = _dossier_org_phrases()
    out = []
    for a, w in enumerate(words):
        for toks in table.get(w, ()):
            if tuple(words[a:a + len(toks)]) == toks:
                out.append((a, a + len(toks)))
                break
    return out


class _SentenceWords:
    """Words of one sentence with gazetteer matches, and the questions the rules ask about them."""

    def __init__(self, words: list[str], caseless: bool, media: tuple[tuple[str, ...], ...] = (),
                 convention: str = "general", tags: list[str] | None = None):
        self.w = words
        self.tags = tags  # the model's tags of the words when already known (``extract_mentions``)
        self.convention = convention
        self.low = [x.lower() for x in words]
        self.caseless = caseless
        self.n = len(words)
        lex = lexicon()
        self.gaz = lex.match(words, caseless)
        for name in media:  # the document's own outlet (``Document.source``)
            for a in range(self.n - len(name) + 1):
                if tuple(words[a:a + len(name)]) == name and not any(
                        x < a + len(name) and a < y for x, y, _ in self.gaz):
                    self.gaz.append((a, a + len(name), "MEDIA"))
        self.dorg: set[int] = set()  # words of the dossier-only organisation cues (``DPC``, ``Ponpes``)
        self._person: list[float] | None = None  # per-word person probability (``person_prob``)
        for a, b in _dossier_org_cues(words):
            if not any(x < b and a < y for x, y, _ in self.gaz):
                self.gaz.append((a, b, "ORGC"))
                self.dorg.update(range(a, b))
        self.gaz.sort()
        self.gaz_at = {a: (b, lab) for a, b, lab in self.gaz}
        self.label = [""] * self.n
        for a, b, lab in self.gaz:
            for k in range(a, b):
                self.label[k] = lab

    def nonname(self, k: int) -> bool:
        return self.label[k] in _NONNAME

    def strong_at(self, k: int) -> tuple[int, str] | None:
        m = self.gaz_at.get(k)
        if m and m[1] in (*STRONG_GPE, *_ORG_LABELS) and (self.caseless or _cap(self.w[k])):
            return m
        return None

    def name_run(self, j: int, limit: int = 5) -> int:
        """End of a run of capitalised name words starting at ``j`` (``j`` if none)."""
        k = j
        while k < self.n and k - j < limit:
            w = self.w[k]
            if (_cap(w) and w[:1].isalpha() and not self.nonname(k) and not self.title_head(k) \
                    and self.label[k] not in ("ORGC", "LOCC", "EVTC")) or (k > j and self.low[k] in NAME_PARTICLES and k + 1 < self.n and _cap(self.w[k + 1])):
                k += 1
            else:
                break
        return k

    def country_at(self, k: int) -> bool:
        """A country or province (or a place name of two words or more) of the gazetteer starts at
        ``w[k]``: never a word of a person's name (one-word cities can be: ``Solo``, ``Bima``)."""
        m = self.gaz_at.get(k)
        return bool(m and m[1] in STRONG_GPE and (m[1] in ("CTRY", "PROV") or m[0] - k >= 2) and _cap(self.w[k]))

    def title_end(self, i: int, spans: list[Span]) -> int:
        """Parse a title phrase starting at head word ``i``; return the word after it."""
        j = i + 1
        if j < self.n and REGIONAL_OFFICE_UNITS.get(self.low[i]) == self.low[j]:
            j += 1  # "Kasatpol PP"
        while j < self.n and (self.low[j] in _TWORDS or self.title_head(j) or self.corps(j)) \
                and not self.strong_at(j):
            j += 1
        # qualifier: a place/organisation the title belongs to (Menteri Pertahanan Korea Selatan)
        m = self.strong_at(j)
        if m:
            j = m[0]
        else:
            for s in spans:
                # a model-tagged organisation/place counts as qualifier only if a name follows it (after
                # its bracketed short form: "Ketua Dewan Perwakilan Daerah (DPD) RI Sultan ..."); it may
                # open with a word the loop above took for a title word ("Dewan")
                if i < s.i <= j < s.j and s.type in ("ORG", "PLACE", "GPE", "LOC"):
                    nxt = s.j + 3 if s.j + 2 < self.n and self.w[s.j] == "(" and self.w[s.j + 2] == ")" else s.j
                    if nxt < self.n and _cap(self.w[nxt]) and (s.i == j or nxt > s.j):
                        j = s.j
                        break
        # "Menteri Keuangan (Menkeu) Purbaya": skip a parenthesised abbreviation
        if j + 2 < self.n and self.w[j] == "(" and self.w[j + 2] == ")":
            j += 3
        # "Ketua DPD RI Sultan ...", "Ketua Dewan Perwakilan Daerah (DPD) RI Sultan ...": the country
        # of the qualifier belongs to it, so a name-like head after it opens the name
        c = self.strong_at(j) if j > i + 1 and (m or self.w[j - 1] == ")") else None
        if c and c[1] in STRONG_GPE and c[0] == j + 1:
            j = c[0]
        return j

    def korean_name(self, k: int) -> bool:
        """``w[k]`` is a Korean family name opening a name (``Pak Thae Song``, ``Pak Jong-chon``).

        Two short capitalised syllable words, or one hyphenated given name, and nothing
        capitalised after them.
        """
        if self.caseless or self.low[k] not in KOREAN_FAMILY_NAMES or not _cap(self.w[k]):
            return False
        n = self.n
        if k + 1 < n and "-" in self.w[k + 1] and _KOREAN_PART.match(self.w[k + 1]):
            end = k + 2
        elif k + 2 < n and all(_KOREAN_PART.match(self.w[x]) and "-" not in self.w[x] for x in (k + 1, k + 2)):
            end = k + 3
        else:
            return False
        return end >= n or not (_cap(self.w[end]) and self.w[end][:1].isalpha())

    def rank_inside(self, s: Span) -> int | None:
        """Index of the last rank word of a place/organisation span followed by two or more
        capitalised name words to the end of the span, else ``None`` (streets such as ``Jalan
        Brigjen Katamso`` are left alone)."""
        if any(self.w[k].rstrip(".").lower() in _STREET for k in range(max(0, s.i - 1), s.j)):
            return None
        for k in range(s.j - 3, s.i - 1, -1):
            if self.low[k] in RANKS and _cap(self.w[k]):
                if all(_cap(self.w[x]) and self.w[x][:1].isalpha() and not self.label[x] for x in range(k + 1, s.j)):
                    return k
                return None
        return None

    def person_prob(self, i: int, j: int) -> float:
        """Lowest probability the model gives words ``i..j`` of being part of a person (its
        marginals). Computed on the first question for the sentence, only for the rare spans a rule
        doubts, and kept: several rules may ask about one sentence."""
        if self._person is None:
            tg = _tagger(self.caseless, "general")
            tg.set(sentence_features(self.w, self.caseless))
            labels = [lab for lab in ("B-PER", "I-PER") if lab in set(tg.labels())]
            self._person = [sum(tg.marginal(lab, k) for lab in labels) for k in range(self.n)]
        return min(self._person[i:j])

    def person_prob_without(self, a: int, b: int, i: int, j: int) -> float:
        """``person_prob(i, j)`` for words ``i..j`` (after ``b``) of the sentence read with words
        ``a..b`` left out: what the model makes of a name once the word glued before it is gone
        (``by Tokopedia [Fulan Fulanah]``). One more tagging, asked only for rare doubted spans."""
        tg = _tagger(self.caseless, "general")
        words = self.w[:a] + self.w[b:]
        tg.set(sentence_features(words, self.caseless))
        labels = [lab for lab in ("B-PER", "I-PER") if lab in set(tg.labels())]
        return min(sum(tg.marginal(lab, k - (b - a)) for lab in labels) for k in range(i, j))

    def cabinet(self, k: int) -> bool:
        """``w[k]`` is a capitalised ``Kabinet`` opening a cabinet's name (``Kabinet Merah Putih``,
        ``Kabinet Indonesia Maju``): a title word only in ``Sekretaris Kabinet``."""
        return self.low[k] == "kabinet" and _cap(self.w[k]) and k + 1 < self.n and _cap(self.w[k + 1]) \
            and self.low[k + 1] not in _TWORDS and not (k > 0 and self.low[k - 1] == "sekretaris")

    def team_after_office(self, k: int) -> bool:
        """``w[k]`` is a capitalised ``Tim`` right after an office and its words (``Ketua Tim``,
        ``Anggota Tim``, ``Koordinator Tim``): the team the office belongs to, not the given name
        ``Tim`` (``CEO Apple Tim Cook`` has a company between, ``Pak Tim`` an honorific)."""
        if self.low[k] != "tim" or not _cap(self.w[k]) or k == 0 or k + 1 >= self.n or not _cap(self.w[k + 1]):
            return False
        b = k - 1
        while b > 0 and self.low[b] in _TWORDS and not self.title_head(b):
            b -= 1
        return self.title_head(b) and self.low[b] not in HONORIFICS

    def team_end(self, i: int, j: int) -> int:
        """End of the team's name in words ``i..j`` opening with ``Tim``: after its last noun derived
        by affixes (``Pemenangan``, ``Pengarah``) when two or more names the model reads as a person
        (0.3+) follow; else ``j`` (the whole run is the team: ``Tim Reformasi Tata Kelola Minyak``)."""
        last = max((x for x in range(i + 1, j) if derived_word(self.low[x]) or _ADMIN_NOUN.match(self.low[x])),
                   default=None)
        if last is None or j - (last + 1) < 2 or any(self.label[x] for x in range(last + 1, j)) \
                or self.person_prob(last + 1, j) < 0.3:
            return j
        return last + 1

    def corps(self, k: int) -> bool:
        """``w[k]`` is a corps abbreviation right after a rank (``Kolonel Inf``), part of the title."""
        return k > 0 and self.low[k] in RANK_CORPS and self.low[k - 1] in RANKS and _cap(self.w[k])

    def title_head(self, k: int) -> bool:
        """``w[k]`` opens a title phrase (not a Korean family name such as ``Pak`` in ``Pak Jong Chon``,
        nor the ``ibu`` of ``ibu kota``, the capital: ``ibu kota Delhi`` names a place)."""
        return self.low[k] in _HEADS and not self.korean_name(k) \
            and not (self.low[k] == "ibu" and k + 1 < self.n and self.low[k + 1] == "kota")

    def given_name_head(self, k: int, end: int) -> bool:
        """``w[k]`` is a title head that is a given name here (``GIVEN_NAME_TITLE_HEADS``: ``Imam
        Santoso``): capitalised, opening the span, with a plain capitalised name word after it inside
        the span (not a title word, not ``Besar``/``Masjid``: ``Imam Besar Masjid X`` is the office)."""
        if self.caseless or self.low[k] not in GIVEN_NAME_TITLE_HEADS or not _cap(self.w[k]) or k + 1 >= end:
            return False
        nxt = k + 1
        return _cap(self.w[nxt]) and self.w[nxt].isalpha() and self.low[nxt] not in GIVEN_NAME_HEAD_OFFICE_NEXT \
            and self.low[nxt] not in _TWORDS and not self.title_head(nxt)

    def headline(self) -> bool:
        """Title Case Headlines Capitalise Every Word, which misleads the model."""
        alpha = [w for w in self.w if w[:1].isalpha()]
        if self.caseless or len(alpha) < 4 or sum(_cap(w) for w in alpha) < 0.75 * len(alpha):
            return False
        # names can fill a sentence; a capitalised function word cannot ("Kini Kena Pajak")
        fw = gazetteer.cues()["function"]
        return any(_cap(w) and w.lower() in fw for w in alpha[1:])

    def opener(self, k: int) -> bool:
        """``w[k]`` is a capitalised conjunction, preposition or sentence adverb (``Kendati``,
        ``Sepengetahuan``, ``Akibatnya``; name_prefixes.CLAUSE_OPENERS), or an adverb of the shape
        noun + ``-nya`` (``Prinsipnya``, ``Faktanya``: a dictionary word of four letters or more before
        the ``-nya``): never a word of a name."""
        w = self.w[k]
        if not _cap(w) or not w.isalpha() or w.isupper() or self.label[k]:
            return False
        low = self.low[k]
        return low in name_prefixes.CLAUSE_OPENERS or (
            low.endswith("nya") and len(low) >= 7 and known_word(low[:-3]))

    def office_before(self, i: int) -> int | None:
        """The head of the office written right before a span starting at ``w[i]`` (``Kepala`` of
        ``Kepala Dinas Sosial``, ``Ketua`` of ``Wakil Ketua Umum``): a title head that opens a name
        (``_TRIGGER_HEADS``) at most four capitalised words back, else ``None``."""
        head = i - 1
        while head >= 0 and head >= i - 4 and _cap(self.w[head]) and self.w[head].isalpha() \
                and not self.title_head(head):
            head -= 1
        if head < 0 or not (self.title_head(head) and self.low[head] in _TRIGGER_HEADS):
            return None
        return head

    def holder_word(self, x: int) -> bool:
        """``w[x]`` may be a word of an office holder's name after the office's unit: a plain
        capitalised word, no acronym, gazetteer word, title, section, field, unit or company word."""
        return _cap(self.w[x]) and self.w[x].isalpha() and not self.w[x].isupper() and not self.label[x] \
            and not self.title_head(x) and self.low[x] not in _TWORDS and self.low[x] not in FIELD_NOUNS \
            and self.low[x] not in _UNIT_OPENERS and not _ADMIN_NOUN.match(self.low[x]) \
            and self.w[x] not in _ORG_SUFFIX and self.w[x] not in _DOSSIER_ORG_SUFFIX

    def institution_cue(self, i: int) -> tuple[int, str] | None:
        """``(end, type)`` when a capitalised institution word named after people (``Universitas``,
        ``RSUP``, ``Rumah Sakit``, ``Bandara``, ``Jalan``) starts at ``w[i]``, else ``None``."""
        if not _cap(self.w[i]):
            return None
        if i + 1 < self.n and (typ := NAMED_AFTER_PEOPLE.get(f"{self.low[i]} {self.low[i + 1]}")):
            return i + 2, typ
        typ = NAMED_AFTER_PEOPLE.get(self.low[i])
        return (i + 1, typ) if typ else None

    def _word_before(self, k: int) -> int:
        """Index of the word before ``w[k]``, skipping an abbreviation's full stop (``Kel.``)."""
        k -= 1
        if k > 0 and self.w[k] == ".":
            k -= 1
        return k
