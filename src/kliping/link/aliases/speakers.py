"""Speakers: the entity a quote's, quantity's or claim's speaker name stands for in its
article (:func:`speaker_resolver`), after the entities are known.

Apart because it reads the resolved entities, not the mentions' keys.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from kliping.link.aliases.forms import Mentions
from kliping.link.aliases.keys import key_tokens, normalize_key, strip_honorifics
from kliping.link.aliases.short_forms import _is_middle, _is_part
from kliping.link.aliases.spans import _GLUED
from kliping.model import Evidence


def speaker_resolver(
    articles: Sequence[Evidence],
    mentions: Mentions,
    mention_ids: dict[tuple[int, int], str],
    key_to_id: dict[str, str],
) -> Callable[[int, str | None], str | None]:
    """A function ``(article index, name as written) -> entity id or None`` for quote speakers etc.

    Same article first (surface form, then a unique first/last-name match, or middle-name match where
    no name starts or ends with the word), then the run-wide merge
    key, then the longest trailing part of the name that is a known name (``Menteri Pertahanan Shin
    Won-sik`` -> ``Shin Won-sik``).
    """
    local: dict[int, dict[str, str]] = defaultdict(dict)
    local_full: dict[int, dict[str, str]] = defaultdict(dict)
    # one-word person names of the article -> their entities (a set: two people may share one)
    local_one: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f in mentions.forms:
        eid = mention_ids.get((f.article, f.mention))
        if not eid:
            continue
        local[f.article].setdefault(normalize_key(f.text), eid)
        local[f.article].setdefault(normalize_key(f.full), eid)
        if len(f.full.split()) >= 2 and f.type == "PERSON":
            local_full[f.article].setdefault(f.full, eid)
        if f.type == "PERSON" and len(f.full.split()) == 1 and not f.common:  # (not a short form of another)
            local_one[f.article][normalize_key(f.text)].add(eid)

    def lookup(i: int, key: str, single: bool) -> str | None:
        if key in local[i]:
            return local[i][key]
        if single:
            ids = {eid for full, eid in local_full[i].items() if key in (key_tokens(full)[:1] + key_tokens(full)[-1:])}
            if not ids:
                # ``ujar Yudha`` of ``Rosyanto Yudha Hermawan``: a middle name used alone, when no name
                # of the article starts or ends with it (:func:`_is_middle`)
                ids = {eid for full, eid in local_full[i].items() if _is_middle([key], key_tokens(full))}
            if len(ids) == 1:
                return next(iter(ids))
        root_key = mentions.uf.find(key) if key in mentions.uf.parent else None
        if root_key and root_key in key_to_id:
            return key_to_id[root_key]
        return key_to_id.get(key)

    def resolve_name(i: int, name: str | None) -> str | None:
        if not name or not name.strip():
            return None
        base = strip_honorifics(" ".join(name.split()))
        toks = base.split()
        for k in range(len(toks), 0, -1):
            part = " ".join(toks[len(toks) - k :])
            # a body's key keeps its one-letter Roman numeral (``Komisi V DPR``, :func:`type_key`)
            for key in dict.fromkeys((normalize_key(part, numerals=True), normalize_key(part))):
                hit = lookup(i, key, single=(k == 1)) if key else None
                if hit:
                    return hit
            if k == len(toks) >= 2:
                # ``kata Pri Agung``: the first words of one full name of the article, before a
                # last word alone could be another person's (``Agung``)
                words = key_tokens(base)
                ids = {eid for full, eid in local_full[i].items() if _is_part(words, key_tokens(full))}
                if len(ids) == 1:
                    return next(iter(ids))
        return _first_word_person(local_one[i], toks)

    return resolve_name


def _first_word_person(one_words: dict[str, set[str]], toks: list[str]) -> str | None:
    """A speaker written in full whom the tagger only knew by the first word (``Sekretaris ...
    Bayu Aji`` left untagged, ``Bayu menyebut ...`` tagged): the one person of the article written
    with that word alone, when the speaker's name is two or three capitalised name words. A word the
    article uses as the short form of another full name (``Yoga`` of ``Yoga Santoso``) is not
    counted: ``Yoga Pratama`` is someone else."""
    if not 2 <= len(toks) <= 3 or not all(t[:1].isupper() and t[1:].islower() and t.isalpha() for t in toks) \
            or toks[0].casefold() in _GLUED:
        return None
    ids = one_words.get(normalize_key(toks[0]), set())
    return next(iter(ids)) if len(ids) == 1 else None
