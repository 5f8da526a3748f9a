"""Where a counted thing is: the local places an amount's clause says it happened in (:func:`amount_scene`),
where a crowd gathered (:func:`crowd_place`) and the place each count of a list of counts and places is paired with
(:func:`paired_place`); also the article's non-country places (:func:`article_places`) the scope reads.

Apart because two counts told of two places are two facts: the place splits a series, as an owner does.
"""

from __future__ import annotations

from collections.abc import Sequence

from kliping.lang.id import figure_cues
from kliping.model import Evidence, Mention, Quantity
from kliping.synth.figures.clauses import Clause, Tokens
from kliping.synth.figures.measures import places_outside_amounts


def scene_places(ev: Evidence, outside: Sequence[Mention] | None = None) -> dict[int, list[tuple[int, str]]]:
    """Per sentence, its local place mentions (LOC, FAC: a village, a subdistrict, a river; ``figure_cues.PLACE_TYPES``)
    as ``(start, entity id)`` (the mention's words when it has no entity), for ``amount_scene``. Once per article;
    ``outside``: the article's ``measures.places_outside_amounts`` when already read."""
    out: dict[int, list[tuple[int, str]]] = {}
    for m in places_outside_amounts(ev) if outside is None else outside:
        if m.type in figure_cues.PLACE_TYPES:
            out.setdefault(m.sentence, []).append((m.start, m.entity or " ".join(m.text.casefold().split())))
    return out


def amount_scene(toks: Tokens, clause: Clause, places: Sequence[tuple[int, str]], q: Quantity | None = None,
                 mates: Sequence[Quantity] = ()) -> frozenset[str]:
    """The local places the amount's clause (``amount_clause``) says it happened in: place mentions (``scene_places``)
    right after ``di`` (``figure_cues.SCENE_BEFORE``; ``di wilayah``, ``di kawasan`` too): two counts told of two
    places (``di Desa A``, ``di Desa B``) are two facts. Not a dateline (``WASHINGTON.``), a place that acts
    (``Gedung Putih menuduh``) or a destination (``ke Pelabuhan Rajin``): they say nothing of where the counted
    thing is. Countries and cities (GPE) are left out: they say whose a figure is (``measure_owner``) or which
    market quotes it. A clause that names no place has none: the place of an earlier sentence was measured as the
    scene and not shipped (it joins the wrong places: an office in one report, a building in another). A count of a
    list of counts and places (``q`` among the sentence's amounts ``mates``) is of its own place only
    (``paired_place``)."""
    if q is not None:
        paired = paired_place(q, toks, clause, places, mates)
        if paired is not None:
            return frozenset({paired})
    lo, hi = clause
    out = set()
    for start, place in places:
        if lo <= start < hi:
            k = toks.at(start) - 1
            while k >= 0 and toks[k][1] in figure_cues.SCENE_GAP:
                k -= 1
            if k >= 0 and toks[k][1] in figure_cues.SCENE_BEFORE:
                out.add(place)
    return frozenset(out)


def listed_places(toks: Tokens, clause: Clause, places: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The place mentions of the clause that say where something is, in order: right after ``di`` (``SCENE_GAP``
    words between: ``amount_scene``), or right after ``dan``/``serta``/a comma (``figure_cues.PLACE_LIST_WORDS``;
    ``di`` again allowed) once an earlier place of the clause did: ``di Puskesmas A tersisa 2 orang dan Puskesmas B 1
    orang`` lists two places."""
    lo, hi = clause
    out: list[tuple[int, str]] = []
    for start, place in sorted(places):
        if not lo <= start < hi:
            continue
        k = toks.at(start) - 1
        while k >= 0 and toks[k][1] in figure_cues.SCENE_GAP:
            k -= 1
        if k < 0:
            continue
        listed = out and (toks[k][1] in figure_cues.PLACE_LIST_WORDS
                          or "," in toks.sentence[toks[k][0] + len(toks[k][1]) : start])
        if listed or toks[k][1] in figure_cues.SCENE_BEFORE:
            out.append((start, place))
    return out


def paired_place(q: Quantity, toks: Tokens, clause: Clause, places: Sequence[tuple[int, str]],
                 mates: Sequence[Quantity]) -> str | None:
    """The place a count of a list of counts and places is paired with: as many counts (no unit) as listed places
    (``listed_places``) in the clause, two or more, each place before its count (``di A tersisa 2 orang dan B 1
    orang``) or each after it (``2 pasien di A dan 1 di B``). The place written with a number belongs to that
    number, not to every count of the sentence. None when the clause is no such list."""
    if not places:  # no place listed: no list of places, whatever its counts (read before them, for a long sentence)
        return None
    lo, hi = clause
    counts = sorted((m for m in mates if m.unit is None and lo <= m.start < hi), key=lambda m: m.start)
    listed = listed_places(toks, clause, places)
    if len(counts) < 2 or len(listed) != len(counts) or q not in counts:
        return None
    starts = [m.start for m in counts]
    at = [s for s, _p in listed]
    before = all(at[i] < starts[i] and (i + 1 == len(at) or starts[i] < at[i + 1]) for i in range(len(at)))
    after = all(starts[i] < at[i] and (i + 1 == len(at) or at[i] < starts[i + 1]) for i in range(len(at)))
    return listed[counts.index(q)][1] if before or after else None


def crowd_places(ev: Evidence, outside: Sequence[Mention] | None = None) -> dict[int, list[tuple[int, str]]]:
    """Per sentence, its place mentions of any kind (GPE too: a city, a state) as ``(start, written name)``, for
    ``crowd_place``. Once per article; ``outside``: the article's ``measures.places_outside_amounts`` when already
    read."""
    out: dict[int, list[tuple[int, str]]] = {}
    for m in places_outside_amounts(ev) if outside is None else outside:
        out.setdefault(m.sentence, []).append((m.start, " ".join(m.text.split())))
    return out


def crowd_place(q: Quantity, toks: Tokens, clause: Clause, places: Sequence[tuple[int, str]],
                mates: Sequence[Quantity] = ()) -> str | None:
    """Where a count of people (``figure_cues.PEOPLE_NOUNS``) gathered, as its clause says: the one place mention
    (``crowd_places``; a city counts here, unlike ``amount_scene``) right after ``di`` (``SCENE_GAP`` words between)
    in the amount's clause, before or after it (``lebih dari 100.000 orang di New York``, ``Di Washington, 8.000
    orang ...``). Crowds counted in two cities are two counts, not one crowd counted twice; a count naming no place
    (the nationwide total) keeps the plain series. None when the clause names none or two. A count of a list of
    counts and places (``mates``: the sentence's amounts) takes its own place (``paired_place``: ``di Puskesmas A
    tersisa 2 orang dan Puskesmas B 1 orang``)."""
    if q.unit is not None or not q.noun or q.noun.casefold().split()[-1] not in figure_cues.PEOPLE_NOUNS:
        return None
    paired = paired_place(q, toks, clause, places, mates)
    if paired is not None:
        return paired
    lo, hi = clause
    found = set()
    for start, name in places:
        if lo <= start < hi and not q.start <= start < q.end:
            k = toks.at(start) - 1
            while k >= 0 and toks[k][1] in figure_cues.SCENE_GAP:
                k -= 1
            if k >= 0 and toks[k][1] in figure_cues.SCENE_BEFORE:
                found.add(name)
    return next(iter(found)) if len(found) == 1 else None


def article_places(ev: Evidence) -> frozenset[tuple[int, int]]:
    """``(sentence, start)`` of the article's place mentions that are no country (LOC, FAC: ``Texas``,
    ``Cushing``), for :func:`measure_scoped`; once per article."""
    return frozenset((m.sentence, m.start) for m in ev.mentions if m.type in figure_cues.PLACE_TYPES)
