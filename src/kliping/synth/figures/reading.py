"""Figures: the storyline's numbers grouped by what they count or measure.

Quantities group by their counted noun (lemma from the extractor), mapped through a small synonym
table so that words for the same thing compare (``butir``/``selongsong``/``peluru`` -> ``peluru``).
Without a noun, money and measures group by their unit (all ``USD`` amounts); bare percentages and
ratios are skipped, since "12%" of unknown things is not comparable with another "12%".

Each occurrence (``Point``) also records what kind of statement carries it, read from its sentence
(``lang.id.figure_cues``): a scenario, a target, the size of a movement, a level read at its own
time, one of several values of its figure in one sentence (a breakdown or a comparison), and the
years and months the sentence names. ``synth.findings`` compares only what these allow
(docs/dossier.md, "Measuring the findings").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from kliping.ingest.glue import word_root
from kliping.lang.id import calendar, figure_cues, numbers, outlets
from kliping.model import Evidence, Figure, FigureValue, Quantity
from kliping.synth.corpus import Corpus, content_words, stop_words, words
from kliping.synth.figures.clauses import (
    _ACRONYM,
    _TOKEN,
    Clause,
    Tokens,
    _tokens,
    _verb_like,
    amount_clause,
    sentence_tokens,
)
from kliping.synth.figures.dates import (
    copied_plan_days,
    lede_day,
    parse_timex_date,
    sentence_dates,
    sentence_opening_year,
    sentence_periods,
    stated_as_of,
)
from kliping.synth.figures.keys import abbreviations, figure_key, rate_name
from kliping.synth.figures.point import Point
from kliping.synth.recalls import occasion_qualifier, recalled_party
from kliping.text.patterns import alternation


def conditions(ordered_words: Sequence[str], text: str = "") -> bool:
    """A word of condition (``figure_cues.CONDITIONAL_CUES``) that sets one: not right before a verb of conversion
    (``jika dinominalkan senilai Rp 38 miliar``, ``bila dirupiahkan``: ``figure_cues.CONVERSION_AFTER_CONDITION``,
    ``_converts``), which restates the sentence's own total in another measure. ``text``, the sentence, tells whether
    a comma follows a verb of counting up."""
    return any(w in figure_cues.CONDITIONAL_CUES and not _converts(ordered_words, k, text)
               for k, w in enumerate(ordered_words))


def _converts(ordered_words: Sequence[str], k: int, text: str = "") -> bool:
    """The condition word at ``k`` opens a conversion (``jika dinominalkan``), not resting on an assumption
    (``jika dinominalkan dengan asumsi ...``: ``figure_cues.CONVERSION_PREMISES`` within ``CONVERSION_PREMISE_GAP``
    words after the verb). A verb of counting up (``figure_cues.COUNT_UP_AFTER_CONDITION``: ``jika dihitung``) converts
    only before a comma or a word of ``COUNT_UP_NEXT`` and with no ``COUNT_UP_BLOCKS`` word after it (``jika dihitung
    hingga akhir tahun, kerugian bisa mencapai`` projects)."""
    if k + 1 >= len(ordered_words):
        return False
    verb = ordered_words[k + 1]
    after = ordered_words[k + 2 : k + 2 + figure_cues.CONVERSION_PREMISE_GAP]
    if verb in figure_cues.COUNT_UP_AFTER_CONDITION:
        comma = bool(text) and re.search(rf"\b{ordered_words[k]}\s+{verb}\s*,", text, re.IGNORECASE) is not None
        if not (comma or (after and after[0] in figure_cues.COUNT_UP_NEXT)):
            return False
        if any(w in figure_cues.COUNT_UP_BLOCKS for w in after):
            return False
    elif verb not in figure_cues.CONVERSION_AFTER_CONDITION:
        return False
    return not any(w in figure_cues.CONVERSION_PREMISES for w in after)


def aim_words(ordered_words: Sequence[str], nouns: frozenset[str] = frozenset()) -> set[str]:
    """The sentence's words, less target words that state no aim (``statement_mode``): ``sasaran`` in an idiom
    (``bansos tepat sasaran``: ``figure_cues.TARGET_IDIOM_BEFORE``) and a proposal word that is what the sentence
    counts (``nouns``, its quantities' counted nouns, ``figure_cues.COUNTED_AIM_NOUNS``: ``1 juta usulan`` counts
    proposals received; ``2 juta sasaran penerima`` stays an aim)."""
    out = set()
    for k, w in enumerate(ordered_words):
        if w in figure_cues.TARGET_CUES and (
                (w in nouns and w in figure_cues.COUNTED_AIM_NOUNS)
                or (w in figure_cues.TARGET_IDIOM_WORDS and k and ordered_words[k - 1] in figure_cues.TARGET_IDIOM_BEFORE)):
            continue
        out.add(w)
    return out


def statement_mode(sentence_words: set[str], ordered_words: Sequence[str] | None = None, text: str = "") -> str:
    """``conditional`` (a scenario or premise), ``target`` (an aim), ``hope`` (only a word of a wish or a purpose,
    ``figure_cues.HOPE_CUES``: whether an amount is an aim is told per amount by ``amount_mode``) or ``fact``.
    With the sentence's words in order (``ordered_words``) a condition word before a conversion verb is no
    condition (``conditions``; ``text``, the sentence, shows its commas)."""
    if sentence_words & figure_cues.CONDITIONAL_CUES and (ordered_words is None or conditions(ordered_words, text)):
        return "conditional"
    if sentence_words & figure_cues.STRONG_TARGET_CUES:
        return "target"
    if sentence_words & figure_cues.HOPE_CUES:
        return "hope"
    return "fact"



# A word of completion at most this many words after an amount, before any target word, says it was reached.
REACHED_AFTER_GAP = 3


def amount_mode(sentence: str, q: Quantity, sentence_mode: str, toks: Tokens | None = None,
                clause: Clause | None = None) -> str:
    """The statement kind of one amount. A scenario's sentence holds no claim (all its amounts are
    ``conditional``), but a sentence that names a target often reports the value reached against it as
    well: ``baru 61.000 paket tersalur dari target 3 juta`` (the 61.000 is reported, the 3 juta aimed at),
    ``sasaran 2 juta paket ... baru terealisasi kira-kira 210.000 paket``. In a ``target`` sentence an
    amount is a reported value (``fact``) when its clause (``amount_clause``) has no target word but a word
    of a value reached or of the past before it (``baru 52.000 unit, padahal target 5 juta``; a clause
    with neither continues the aim: ``..., dan pada 2030 bisa 90 ribu``), when in its clause a realisation word
    (``figure_cues.REALISATION_CUES``, as ``realisation_at`` allows) comes after the last target word
    before it, or when no target word comes before it and the target follows as what it is measured
    against (``dari`` then a target word within four words). Otherwise it stays a target (``menargetkan
    30 juta``, ``4 juta target``, ``ditargetkan terpasang pada 3 juta``). ``clause`` is the amount's
    ``amount_clause`` when already known. In a sentence whose only aim word is one of a wish or a purpose
    (``hope``: ``berharap``, ``agar``) an amount is a target only when such a word stands before it in its clause
    (``berharap produksi naik ke 1 juta barel``); before the wish it is reported (``meminta tebusan US$ 500.000
    agar jenazah dikembalikan``). In any sentence of facts, an amount right after a verb of reaching that follows a word
    of purpose (``bekerja keras untuk mencapai 40 juta penerima``: ``purpose_reach``) is what is aimed at."""
    if sentence_mode == "fact" and purpose_reach(sentence, q, toks):
        return "target"
    if sentence_mode not in ("target", "hope"):
        return sentence_mode
    toks = _tokens(sentence, toks)
    lo, hi = clause or amount_clause(sentence, q.start, q.end, toks)
    if sentence_mode == "hope":
        return "target" if any(w in figure_cues.HOPE_CUES for _o, w in toks.within(lo, q.start)) else "fact"
    if not any(w in figure_cues.TARGET_CUES for _o, w in toks.within(lo, hi)):
        # the target is in another clause: a value reached when the clause says so (``baru 52.000 unit,
        # padahal target 5 juta``); else it continues the aim (``..., dan pada 2030 bisa 90 ribu``)
        return "fact" if any(w in figure_cues.REACHED_CUES for _o, w in toks.within(lo, q.start)) else "target"
    last_target = last_real = -1
    for k in range(toks.at(lo), toks.at(q.start)):
        w = toks[k][1]
        if w in figure_cues.TARGET_CUES:
            last_target = k
        elif w in figure_cues.REALISATION_CUES and realisation_at(toks, k, last_target, q.start):
            last_real = k
    if last_target >= 0 or last_real >= 0:  # (``realisasinya baru 52.000 unit, jauh di bawah target``)
        if last_target > last_real and _measured_against(toks, last_target, q.start):
            return "fact"
        return "fact" if last_real > last_target else "target"
    after_toks = toks.within(q.end, hi)
    after = [w for _o, w in after_toks]
    if after and after[0] in figure_cues.TARGET_CUES and "," not in sentence[q.end : after_toks[0][0]]:
        return "target"  # "4 juta target kendaraan": the count is the target (not ``..., target kami 14 juta``)
    comma = sentence.find(",", q.end, hi)
    upto_comma = [w for _o, w in toks.within(q.end, comma if comma >= 0 else hi)]
    if not any(w in figure_cues.TARGET_CUES for w in upto_comma) and any(
            w in figure_cues.COMPLETION_AFTER_CUES or w in figure_cues.REALISATION_CUES
            for w in after[:REACHED_AFTER_GAP]):
        # ``500 ribu penerima telah menikmati program, mendekati target 1,2 juta``: reached; not when a target word
        # follows before a comma (``2 juta keluarga sudah ditargetkan menerima``: the aim was set)
        return "fact"
    for k, w in enumerate(after):
        if w == "dari" and any(x in figure_cues.TARGET_CUES for x in after[k + 1 : k + 5]):
            return "fact"
    if comma >= 0 and _own_target_after(toks.within(comma, hi)):
        return "fact"  # ``baru 3,1 juta peserta terdaftar, target kami 12 juta``: the target is the 12 juta
    return "target"


def purpose_reach(sentence: str, q: Quantity, toks: Tokens | None = None) -> bool:
    """The amount is the object of a verb of reaching after a word of purpose (``untuk mencapai 40 juta penerima``,
    ``demi meraih 1 juta pengunjung``: ``figure_cues.PURPOSE_WORDS`` then ``REACH_VERBS``, at most
    ``REACH_GAP`` words of ``REACH_GAP_WORDS`` between the verb and the amount): an aim, not a value reached. Not a
    verb of reaching with no purpose before it (``korban mencapai 232 orang`` is a count), nor an amount further on
    in the clause (``untuk mencapai lokasi itu, warga berjalan 5 km``)."""
    toks = _tokens(sentence, toks)
    # Only the last words before the amount can be the purpose, the verb and the gap between them.
    hi = toks.at(q.start)
    before = [w for _o, w in toks[max(0, hi - figure_cues.REACH_GAP - 2) : hi]]
    k = len(before)
    while k and len(before) - k < figure_cues.REACH_GAP and before[k - 1] in figure_cues.REACH_GAP_WORDS:
        k -= 1
    return k >= 2 and before[k - 1] in figure_cues.REACH_VERBS and before[k - 2] in figure_cues.PURPOSE_WORDS


def _own_target_after(words: Sequence[tuple[int, str]]) -> bool:
    """The words after a comma that follows an amount name a target with an amount of its own (``..., target kami 14
    juta``): the aim is that amount, and the one before the comma is no aim. Not ``..., sesuai target pemerintah``
    (no amount of its own: the amount before may well be the aim)."""
    k = next((i for i, (_o, w) in enumerate(words) if w in figure_cues.TARGET_CUES), None)
    return k is not None and any(w[0].isdigit() for _o, w in words[k + 1 :])


def _measured_against(toks: Tokens, k: int, at: int) -> bool:
    """Between the target word at token ``k`` and the amount at offset ``at``, ``dari`` right before an amount
    (``menargetkan Rp 15 triliun dari Rp 45 triliun tunggakan``, ``target akhir tahun dari 200 pengemplang``): the
    amount after ``dari``, and what follows it (``... yang ditunggak 200 wajib pajak``), is the whole the aim is
    measured against or where it comes from, a reported value. Not when a word of change or another target word
    follows that ``dari`` (``menargetkan kenaikan dari 10 juta menjadi 15 juta``: the 15 juta is the aim; the 10 juta,
    the value now, is reported)."""
    end = toks.at(at)
    for i in range(k + 1, end):
        if toks[i][1] == "dari" and any(x[0].isdigit() for _o, x in toks[i + 1 : i + 4]):
            return not any(x in figure_cues.CHANGE_TO or x in figure_cues.TARGET_CUES for _o, x in toks[i + 1 : end])
    return False


def realisation_at(toks: Tokens, k: int, last_target: int, at: int | None = None) -> bool:
    """The realisation word at token ``k`` reports a value reached: not right after a target word (``target
    realisasi``, ``ditargetkan terpasang``: part of the aim's phrase), not in a relative clause after the
    target (``yang tercatat sebesar``, ``dana yang terkumpul bisa``) and, for a word of state (``terpasang``,
    ``tercatat``: ``figure_cues.STATE_REALISATION_CUES``), only after a word of completion (``sudah``,
    ``baru``: ``menargetkan alat terpasang di 3 juta mobil`` is the aim). A word of completion between it
    and the amount at offset ``at`` (``dana yang terkumpul baru Rp 1,2 miliar``, ``yang tersalurkan hingga
    kini 800 ribu``) makes it a value reached, ``yang`` or not."""
    so_far = at is not None and any(w in figure_cues.COMPLETION_CUES or w == "sejauh"
                                    for o, w in toks[k + 1 :] if o < at)
    prev = toks[k - 1][1] if k > 0 else ""
    if last_target >= 0 and k - 1 == last_target:
        return False
    if prev == "yang" and not so_far:
        return False
    if toks[k][1] in figure_cues.STATE_REALISATION_CUES:
        return so_far or any(w in figure_cues.COMPLETION_CUES for _o, w in toks[max(0, k - 2) : k])
    return True


def points_back(sentence_words: Sequence[str]) -> bool:
    """The sentence names its matter only by a demonstrative (``dalam kasus ini``, ``perkara
    tersebut``): which case it is about is told by its article (``figure_cues.MATTER_NOUNS``)."""
    return any(w in figure_cues.MATTER_NOUNS and nxt in figure_cues.DEMONSTRATIVES
               for w, nxt in pairwise(sentence_words))


def _in_amount(ev: Evidence, s: int, start: int) -> bool:
    """The mention at ``start`` of sentence ``s`` names a currency, not a country: it lies inside a
    quantity (``US$ 400 miliar``, ``400 miliar dollar AS``) or right after a currency word
    (``dollar AS``, ``dolar Singapura``: ``figure_cues.CURRENCY_WORDS``)."""
    if any(q.sentence == s and q.start <= start < q.end for q in ev.quantities):
        return True
    if not 0 <= s < len(ev.doc.sentences):
        return False
    before = ev.doc.sentences[s].text[max(0, start - 12) : start].casefold().split()
    return bool(before) and before[-1] in figure_cues.CURRENCY_WORDS


def article_countries(ev: Evidence) -> tuple[dict[tuple[int, int], str], str | None]:
    """The article's country mentions as ``(sentence, start) -> entity id`` and its main country
    (the GPE it mentions most, when one leads), for :func:`measure_owner`; once per article. The
    ``AS`` of ``dollar AS`` names a currency and counts for neither (``_in_amount``): a report on
    Russia's economy that gives its sums in dollars is not about the United States."""
    at = {(m.sentence, m.start): m.entity for m in ev.mentions
          if m.type == "GPE" and m.entity and not _in_amount(ev, m.sentence, m.start)}
    top = Counter(at.values()).most_common(2) if at else []
    main = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
    return at, main


def amount_measures(sentence: str, q: Quantity, toks: Tokens | None = None,
                    clause: Clause | None = None) -> frozenset[str]:
    """What the amount measures as its clause says (``amount_clause``, or ``clause`` when already known):
    the stocks and flows (``figure_cues.MEASURED_THINGS``) named there. The rest of the sentence may use
    the same words of something else (``atas permintaan jaksa`` is a request, not demand)."""
    toks = _tokens(sentence, toks)
    lo, hi = clause or amount_clause(sentence, q.start, q.end, toks)
    return frozenset(figure_cues.MEASURED_THINGS[w] for _o, w in toks.within(lo, hi)
                     if w in figure_cues.MEASURED_THINGS)


def measure_owner(ev: Evidence, s: int, sentence: str, at: int,
                  countries: tuple[dict[tuple[int, int], str], str | None] | None = None,
                  toks: Tokens | None = None) -> tuple[str | None, bool]:
    """Whose stock or flow the amount at offset ``at`` is: ``(entity id, named)`` (``measured_owner``)."""
    owner, named, _phrase = measured_owner(ev, s, sentence, at, countries, toks)
    return owner, named


def article_orgs(ev: Evidence) -> dict[tuple[int, int], str]:
    """The article's organisation mentions as ``(sentence, start) -> entity id``, for ``measured_owner``: a flow may be
    an organisation's (``produksi OPEC``); once per article."""
    return {(m.sentence, m.start): m.entity for m in ev.mentions if m.type == "ORG" and m.entity}


def measured_owner(ev: Evidence, s: int, sentence: str, at: int,
                   countries: tuple[dict[tuple[int, int], str], str | None] | None = None,
                   toks: Tokens | None = None, clause: Clause | None = None,
                   orgs: dict[tuple[int, int], str] | None = None) -> tuple[str | None, bool, tuple[str, ...]]:
    """Whose stock or flow the amount at offset ``at`` of a sentence is: ``(entity id, named)``. Its
    head is the last measured noun before it in its clause (``figure_cues.MEASURED_THINGS``,
    ``amount_clause``); a country (GPE) right after that noun (``cadangan devisa Indonesia``;
    ``OWNER_GAP`` words at most, no number or ``OWNER_BREAKS`` word between) is named. A head without a
    country speaks of its article's main country (the GPE it mentions most, when one leads: ``cadangan
    devisa tergerus hingga 400 miliar dollar AS`` in a report on Russia). (None, False) when no measured
    noun comes before the amount. The third value is the words between the noun and a named owner
    (``minyak mentah`` of ``stok minyak mentah AS``): what is stocked, which ``synth.findings`` compares.
    ``toks`` are the sentence's ``sentence_tokens`` (made once per sentence by ``figure_points``), ``clause``
    the amount's ``amount_clause`` when already known (only its start is read, which the amount's end
    does not change). With ``orgs`` (``article_orgs``) an organisation named so is an owner too (``produksi OPEC``),
    and the head may be an active verb of the flow (``figure_cues.MEASURED_VERBS``: ``OPEC ... memompa 30 juta
    barel``), whose owner is the country or organisation its clause names last before it, its subject."""
    toks = _tokens(sentence, toks)
    lo, _hi = clause or amount_clause(sentence, at, at + 1, toks)
    heads = [k for k in range(toks.at(lo), toks.at(at)) if toks[k][1] in figure_cues.MEASURED_THINGS]
    if not heads:
        return None, False, ()
    gpes, main = countries or article_countries(ev)
    owners = {**orgs, **gpes} if orgs else gpes
    k = heads[-1]
    if orgs is not None and toks[k][1] in figure_cues.MEASURED_VERBS:
        subject = [j for j in range(toks.at(lo), k) if (s, toks[j][0]) in owners]
        if subject:
            return owners[(s, toks[subject[-1]][0])], True, ()
    for j in range(k + 1, min(len(toks), k + 2 + figure_cues.OWNER_GAP)):
        o, w = toks[j]
        if (s, o) in owners:
            return owners[(s, o)], True, tuple(x for _o, x in toks[k + 1 : j])
        if w in figure_cues.OWNER_BREAKS or w[0].isdigit() or o >= at:
            break
    return main, False, ()


def scene_places(ev: Evidence) -> dict[int, list[tuple[int, str]]]:
    """Per sentence, its local place mentions (LOC, FAC: a village, a subdistrict, a river; ``figure_cues.PLACE_TYPES``)
    as ``(start, entity id)`` (the mention's words when it has no entity), for ``amount_scene``. Once per article."""
    out: dict[int, list[tuple[int, str]]] = {}
    for m in ev.mentions:
        if m.type in figure_cues.PLACE_TYPES and not _in_amount(ev, m.sentence, m.start):
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


def crowd_places(ev: Evidence) -> dict[int, list[tuple[int, str]]]:
    """Per sentence, its place mentions of any kind (GPE too: a city, a state) as ``(start, written name)``, for
    ``crowd_place``. Once per article."""
    out: dict[int, list[tuple[int, str]]] = {}
    for m in ev.mentions:
        if (m.type in figure_cues.PLACE_TYPES or m.type == "GPE") and not _in_amount(ev, m.sentence, m.start):
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


def _scope_window(sentence: str, q: Quantity, toks: Tokens, clause: Clause) -> list[tuple[int, str]]:
    """The words that may say an amount's scope: its clause (``amount_clause``) before the amount, and
    after it up to the first comma. A tail after a comma names the source (``..., berdasarkan data dari
    BPS``) or compares (``..., lebih tinggi dari perkiraan analis``), not the part measured. ``clause``
    is the amount's ``amount_clause``."""
    lo, hi = clause
    comma = sentence.find(",", q.end, hi)
    stop = comma if comma >= 0 else hi
    return toks.within(lo, q.start) + toks.within(q.end, stop)


def measure_scoped(sentence: str, q: Quantity, toks: Tokens, gpes: dict[tuple[int, int], str],
                   places: frozenset[tuple[int, int]] = frozenset(), clause: Clause | None = None) -> str:
    """The amount is an estimate, an average or a part of its owner's whole, as its clause says: a
    forecast or average word in its clause (``amount_clause``; ``memperkirakan``, ``rata-rata``,
    ``menurut proyeksi``: ``figure_cues.ESTIMATE_CUES``) not after a word of comparison
    (``dari``/``daripada``/``dibanding``/``di atas``: ``lebih tinggi dari perkiraan analis`` is a fact
    compared with a forecast); or, before the amount or after it up to a comma (``_scope_window``),
    ``saja``, or ``di``/``dari``/``wilayah`` then a noun of a part (``dari
    formasi serpih``, ``figure_cues.PART_NOUNS``) or a place mention that is no country (``places``:
    LOC/FAC, ``di wilayah Texas``). ``dari`` after a word of attribution (``menurut data dari``,
    ``berdasarkan``: ``figure_cues.SOURCE_BEFORE_DARI``) names a source, not a place. Such a value joins
    a fact only by its wording, not by naming the same stock or flow and owner, and is compared only
    with values of the same scope (``synth.findings``). ``"estimate"``, ``"part"`` or ``""`` (the whole).
    ``clause`` is the amount's ``amount_clause`` when already known."""
    toks = _tokens(sentence, toks)
    clause = clause or amount_clause(sentence, q.start, q.end, toks)
    lo, hi = clause
    clause_words = [w for _o, w in toks.within(lo, hi)]
    for j, w in enumerate(clause_words):
        if w in figure_cues.ESTIMATE_CUES and not (j > 0 and clause_words[j - 1] in figure_cues.COMPARISON_BEFORE):
            return "estimate"
    inside = _scope_window(sentence, q, toks, clause)
    for j, (_o, w) in enumerate(inside):
        if w in figure_cues.PART_CUES:
            return "part"
        if w in figure_cues.PLACE_CUES:
            if w == "dari" and j > 0 and inside[j - 1][1] in figure_cues.SOURCE_BEFORE_DARI:
                continue
            if j + 1 < len(inside) and inside[j + 1][1] in figure_cues.PART_NOUNS:
                return "part"
            for o2, _w2 in inside[j + 1 : j + 3]:
                if (q.sentence, o2) in places and (q.sentence, o2) not in gpes:
                    return "part"
    return ""


def amount_plan(sentence: str, q: Quantity, toks: Tokens, clause: Clause | None = None) -> bool:
    """The amount's clause (``amount_clause``) says what will be done: ``akan``, ``berencana``
    (``figure_cues.PLAN_CUES``) before the amount, or ``mulai`` then a month (``mulai Januari``)
    anywhere in it. A plan, not a reading; not ``akan`` as a preposition (``kaya akan``:
    ``figure_cues.AKAN_PREPOSITION_AFTER``). A plan in another clause (``..., sementara pasar akan
    menanti pertemuan OPEC``) or after the amount says nothing of it. ``clause`` is the amount's
    ``amount_clause`` when already known."""
    toks = _tokens(sentence, toks)
    lo, hi = clause or amount_clause(sentence, q.start, q.end, toks)
    inside = toks.within(lo, hi)
    for j, (o, w) in enumerate(inside):
        if w in figure_cues.PLAN_CUES and o < q.start and not (
                w == "akan" and j > 0 and inside[j - 1][1] in figure_cues.AKAN_PREPOSITION_AFTER):
            return True
        if w == "mulai" and j + 1 < len(inside) and inside[j + 1][1] in calendar.MONTHS:
            return True
    return False


def amount_whole(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """The amount follows ``sebagian dari`` / ``bagian dari`` (``figure_cues.PART_OF_CUES``, ``dari`` within
    ``PART_OF_GAP`` words) in its clause (``amount_clause``): it counts the whole the sentence's subject is a
    part of (``bantuan itu sebagian dari seluruh 8 juta paket di 30 provinsi``), so it is no value of what
    another report says of that subject (``5 juta paket di 15 provinsi``)."""
    lo, _hi = clause
    inside = [w for _o, w in toks.within(lo, q.start)]
    return any(w in figure_cues.PART_OF_CUES and "dari" in inside[j + 1 : j + 1 + figure_cues.PART_OF_GAP]
               for j, w in enumerate(inside))


def amount_total(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """A word of the whole (``total``, ``seluruh``, ``keseluruhan``: ``figure_cues.TOTAL_CUES``) comes before the
    amount in its clause (``amount_clause``): the total of the thing, as a report gives it without saying what it
    is a whole of (``Secara keseluruhan, pemerintah menyalurkan 6 juta paket``), which a whole named by
    ``sebagian dari`` (``Point.whole``) can contradict."""
    lo, _hi = clause
    return any(w in figure_cues.TOTAL_CUES for _o, w in toks.within(lo, q.start))


def is_delta(sentence: str, q: Quantity) -> bool:
    """The number comes right after a verb or noun of movement (gap words allowed: ``naik senilai Rp 15.000``,
    ``kenaikan sebesar Rp 500``), or restates such a move after its percentage (``melemah 3 persen senilai 1,80
    dollar``, ``naik 12 persen, atau senilai Rp 4,5 triliun``, ``turun 0,48% atau 6,48 poin``:
    ``figure_cues.MOVEMENT_RESTATE``): the size of a change. ``q.start`` is an offset in its sentence. A bound the
    extractor read into the quantity (``melonjak hingga Rp 2.500``: ``up_to``) is where the value went, not by how
    much. A move restated after an amount other than a percentage is found by ``article_moves``."""
    if q.modifier == "up_to" or _CLAUSE_BREAK_BEFORE.search(sentence, max(0, q.start - 8), q.start):
        # ``138 saham menguat, 174 saham melemah``: a comma right before the number ends the clause of
        # the move before it; the number opens a count of its own
        return False
    before = words(sentence[max(0, q.start - 60) : q.start])
    k = len(before)
    while k and before[k - 1] in _RESTATE_WORDS:  # ``atau senilai``, ``atau sekitar``, ``senilai``
        k -= 1
    if any(w in figure_cues.MOVEMENT_RESTATE for w in before[k:]):
        # the move restated as an amount after its percentage
        k -= k > 0 and before[k - 1] in figure_cues.PERCENT_WORDS
        j = k
        while j and before[j - 1].isdigit():  # ``0,48`` is two words
            j -= 1
        if j < k:
            before = before[:j]
    while before and before[-1] in figure_cues.MOVEMENT_GAP:
        before.pop()
    return bool(before) and before[-1] in _MOVEMENT_WORDS


_RESTATE_WORDS = figure_cues.MOVEMENT_RESTATE | figure_cues.MOVEMENT_GAP
_CLAUSE_BREAK_BEFORE = re.compile(r"[,;]\s*$")
_MOVEMENT_WORDS = figure_cues.MOVEMENT_VERBS | figure_cues.MOVEMENT_NOUNS
_BETWEEN_RESTATED = re.compile(r"[\w\s,]*")


def restates(sentence: str, prev: Quantity, q: Quantity) -> bool:
    """``q`` gives again the amount ``prev`` gives: only commas and the words of a restatement stand between them,
    one of them ``atau``/``senilai``/``setara`` (``naik Rp 15.000 atau 25 persen``, ``naik 2 juta barel, atau
    sekitar 3 persen``; ``figure_cues.MOVEMENT_RESTATE``). ``menjadi``, ``ke`` or any other word gives another
    value (``naik 12 persen menjadi Rp 50 triliun``)."""
    between = sentence[prev.end : q.start]
    if prev.end > q.start or not _BETWEEN_RESTATED.fullmatch(between):
        return False
    ws = words(between)
    return (bool(ws) and all(w in _RESTATE_WORDS for w in ws)
            and any(w in figure_cues.MOVEMENT_RESTATE for w in ws))


def article_moves(ev: Evidence) -> set[tuple[int, int]]:
    """``(sentence, start)`` of the article's amounts that give the size of a movement (``is_delta``) or an
    addition (``is_increment``), and of each amount that restates one of them right after it (``restates``:
    ``naik Rp 15.000 atau 25 persen``, ``turun 0,48% atau 6,48 poin``): one move told twice is one move, no
    second value of the series. Not the other way round: ``Ekspor senilai Rp 50 triliun atau naik 12 persen``
    gives the level and then its growth (``naik senilai Rp 15.000 atau 25 persen`` is a move by its verb)."""
    out: set[tuple[int, int]] = set()
    prev: Quantity | None = None
    n = len(ev.doc.sentences)
    for q in sorted(ev.quantities, key=lambda q: (q.sentence, q.start)):
        if not 0 <= q.sentence < n:
            continue
        text = ev.doc.sentences[q.sentence].text
        if (is_delta(text, q) or is_increment(text, q)
                or (prev is not None and prev.sentence == q.sentence and (prev.sentence, prev.start) in out
                    and restates(text, prev, q))):
            out.add((q.sentence, q.start))
        if prev is not None and prev.sentence == q.sentence and moves_to(text, prev, q):
            out.add((prev.sentence, prev.start))
        prev = q
    return out


# The size of a move given before its new level is at most this share of it (``1,5 juta barel ke level 380 juta``);
# a larger first amount is the old value written without ``dari`` (``Rp 2.400 menjadi Rp 1.920``).
MOVE_TO_MAX_SHARE = 1 / 3
_TO_LEVEL = re.compile(r"\s*(?:(?:" + alternation(figure_cues.MOVE_MONTH_BEFORE) + r")\s+(?:bulan\s+)?(?:"
                       + alternation(calendar.MONTHS) + r")(?:\s+\d{4})?\s+)?(?:"
                       + alternation(figure_cues.MOVE_TO_WORDS) + r")(?:\s+(?:"
                       + alternation(figure_cues.MOVE_TO_LEVEL_NOUNS) + r"))?\s*$", re.IGNORECASE)


def moves_to(sentence: str, prev: Quantity, q: Quantity) -> bool:
    """``prev`` is the size of a move whose new level ``q`` gives right after it: the two amounts of one unit stand
    side by side with only ``ke``/``menjadi`` (and ``level``, ``posisi``: ``figure_cues.MOVE_TO_WORDS``,
    ``MOVE_TO_LEVEL_NOUNS``) between, and a verb or noun of movement comes before ``prev`` in its clause
    (``peningkatan stok ... sebanyak 1,5 juta barel ke level 380 juta barel``, ``naik tipis Rp 15 menjadi Rp 16.230``
    when ``is_delta`` misses it): a weekly change is no stock level. Not where ``prev`` is where the move started
    (``turun dari 16.300 ke 16.200``: ``is_base``), nor where it may be (``penurunan berlaku Rp 2.400 menjadi Rp
    1.920``, the old price without ``dari``): a move's size is at most ``MOVE_TO_MAX_SHARE`` of the new level."""
    if prev.unit != q.unit or prev.end > q.start or not _TO_LEVEL.match(sentence[prev.end : q.start]):
        return False
    if abs(prev.value) > MOVE_TO_MAX_SHARE * abs(q.value):
        return False
    if is_base(sentence, prev):
        return False
    clause = re.split(r"[;:]", sentence[: prev.start])[-1]
    return any(w in _MOVEMENT_WORDS for w in words(clause))


def is_base(sentence: str, q: Quantity) -> bool:
    """The value a movement started from: in the number's clause a movement verb is followed by
    ``dari`` and then the number, right away (``naik dari 39% menjadi 43%``: only 39%) or after a short
    phrase that names a past value: its first word one of ``figure_cues.BASE_GAP`` (``turun dari target
    sebelumnya yang mencapai 16 juta``), at most ``BASE_GAP_MAX`` words, none of them a conjunction
    (``BASE_BREAKS``: ``menjadi``, ``hingga`` and ``ke`` give the new value) or a verb other than those
    of BASE_GAP. ``naik dari hulu sehingga merendam 120 rumah`` and ``turun dari pesawat dan disambut
    300 pelajar`` are no movements of the number. With no movement verb, ``dari`` and the number (BASE_GAP words
    between at most) then ``menjadi`` and a new number (``_BECOMES``) state the change as well: ``sedangkan di
    Kabupaten B dari 900 orang menjadi 1.100 orang`` (a list of regencies), ``jumlah sekolah dari 300 menjadi
    450``. ``dari 3 gudang ke 12 kecamatan`` is a route, not a change."""
    clause = re.split(r"[,;:]", sentence[: q.start])[-1]
    before = words(clause)
    for i in range(len(before) - 1, -1, -1):
        if before[i] != "dari":
            continue
        gap = before[i + 1 :]
        if i and before[i - 1] in figure_cues.MOVEMENT_VERBS:
            if not gap:
                return True
            return (gap[0] in figure_cues.BASE_GAP and len(gap) <= figure_cues.BASE_GAP_MAX
                    and not any(w in figure_cues.BASE_BREAKS or (w not in figure_cues.BASE_GAP and _verb_like(w)) for w in gap))
        return (all(w in figure_cues.BASE_GAP for w in gap) and len(gap) <= figure_cues.BASE_GAP_MAX
                and _BECOMES.match(sentence, q.end) is not None)
    return False


# After an old value: a few words (no number, no punctuation), ``menjadi``/``jadi`` and, a few words on, the new number
# (``dari 900 orang menjadi 1.100 orang``, ``dari Rp 2.000 menjadi Rp 2.500``).
_BECOMES = re.compile(r"[ \t]*(?:[^\W\d]+[ \t]+){0,3}?(?:" + alternation(figure_cues.CHANGE_BECOMES) + r")[ \t]+(?:[^\W\d]+\.?[ \t]*){0,3}?\d", re.IGNORECASE)


_NEXT_WORDS = re.compile(r"[ \t]+(\w+)(?:[ \t]+(\w+))?")


def is_increment(sentence: str, q: Quantity) -> bool:
    """A value added to others, not the whole: the word right after the count (no punctuation between)
    is ``lain``/``lainnya``/``tambahan``/``lagi`` (``satu tersangka lain``), or ``baru`` after a noun that
    tallies cases or people (``lima tersangka baru``; ``figure_cues.INCREMENT_NEW_NOUNS``: ``40 sekolah
    baru`` are new schools, a count of its own), or the number follows ``tambahan``/``penambahan`` (gap
    words allowed: ``penambahan hingga 16 juta``). Like the size of a movement, such a count says nothing
    of the total. Not: ``baru`` before a verb ("only just": ``12 orang baru dievakuasi``), ``lagi`` before
    ``masih``/``belum`` (what remains: ``dua korban lagi masih dicari``), a cue after a comma (``5 orang,
    lain halnya ...``). ``q.start``/``q.end`` are offsets in the sentence."""
    m = _NEXT_WORDS.match(sentence, q.end)
    if m:
        cue, nxt = m.group(1).casefold(), (m.group(2) or "").casefold()
        noun = (q.noun or "").casefold().split()
        if cue == "baru":
            if noun and noun[-1] in figure_cues.INCREMENT_NEW_NOUNS and not _verb_like(nxt):
                return True
        elif cue == "lagi":
            if nxt not in figure_cues.REMAINING_CUES:
                return True
        elif cue in figure_cues.INCREMENT_AFTER:
            return True
    before = words(sentence[max(0, q.start - 40) : q.start])
    while before and before[-1] in figure_cues.INCREMENT_GAP:
        before.pop()
    return bool(before) and before[-1] in figure_cues.INCREMENT_BEFORE


# Nouns no generic counter stands for: counters themselves, nouns that measure nothing, continuations.
_NOT_COUNTED = figure_cues.GENERIC_COUNTERS | figure_cues.NON_MEASURE_NOUNS | figure_cues.ANAPHORIC_COUNT_NOUNS


def counted_nouns(corpus: Corpus, article_idx: Sequence[int], aliases: dict[str, str]) -> frozenset[tuple[str, ...]]:
    """The nouns the articles count (``figure_key`` of counts without a unit), but the generic counters (``unit``,
    ``buah``), nouns that measure nothing and those that continue another count: what a generic counter of the
    storyline can stand for (``counter_noun``)."""
    out = set()
    for a in article_idx:
        for q in corpus.articles[a].quantities:
            key = figure_key(q, aliases) if q.unit is None else None
            if key and key[0] not in _NOT_COUNTED:
                out.add(tuple(key[0].split()))
    return frozenset(out)


def counter_noun(sentence: str, q: Quantity, toks: Tokens, clause: Clause,
                 counted: frozenset[tuple[str, ...]]) -> str | None:
    """What a count under a generic counter (``satu unit mobil``, ``150 unit kendaraan``: ``figure_cues.GENERIC_COUNTERS``)
    counts: the noun right after the counter in its clause (``amount_clause``), when the storyline counts that noun
    elsewhere (``counted_nouns``) and it is written in lower case (``tiga unit Bank BRI`` counts branches). Then one
    count meets another report's ``40.000 kendaraan``. Nouns further off in the clause were measured and not
    shipped: the nearest one belongs to another count as often (``8 orang sebagai tersangka ... di tiga unit``,
    ``270.000 anak ..., 5.257 unit alat bantu``). None when the word after is no counted noun."""
    after = toks.within(q.end, clause[1])
    if not after or not sentence[after[0][0] : after[0][0] + 1].islower():
        return noun_before(q, toks, clause, counted)
    if after[0][1] == "dari":
        return whole_noun([w for _o, w in after[1:]], counted)
    ws = tuple(w for _o, w in after[:3])
    found = [n for n in counted if ws[: len(n)] == n]  # ``satu unit sepeda motor``: the longest noun that fits
    return " ".join(max(found, key=len)) if found else None


def whole_noun(after_dari: Sequence[str], counted: frozenset[tuple[str, ...]]) -> str | None:
    """What a count under a generic counter counts when ``dari`` and the whole it is part of follow it (``12.000 unit
    dari 2 juta target kendaraan``): the counted noun (``counted_nouns``) right after the whole's number, its scale word
    and any target word (``figure_cues.TARGET_CUES``). The part is counted in the whole's noun. None otherwise."""
    k = 0
    while k < len(after_dari) and after_dari[k][0].isdigit():
        k += 1
    if k == 0:
        return None
    while k < len(after_dari) and (after_dari[k] in numbers.SCALE_WORDS or after_dari[k] in figure_cues.TARGET_CUES):
        k += 1
    ws = tuple(after_dari[k : k + 3])
    found = [n for n in counted if ws[: len(n)] == n]
    return " ".join(max(found, key=len)) if found else None


# Currency codes of the quantity extractor: a money amount's unit.
CURRENCIES = frozenset(numbers.CURRENCY_PREFIXES.values()) | frozenset(numbers.CURRENCY_WORDS.values())


def _money_word(w: str) -> str | None:
    """``w`` as a money noun (``figure_cues.MONEY_MEASURES``), reading ``penerimaannya`` as ``penerimaan`` and a word
    of a budget as ``anggaran`` (``figure_cues.MONEY_SYNONYMS``: ``pagu``, ``alokasi``, ``dialokasikan``)."""
    if w.endswith("nya") and w[:-3] in figure_cues.MONEY_MEASURES:
        w = w[:-3]
    if w in figure_cues.MONEY_SYNONYMS:
        return figure_cues.MONEY_SYNONYMS[w]
    if w in figure_cues.MONEY_MEASURES:
        return w
    # ``menyita uang Rp 100 miliar``: seized money (``amount_role``); ``merugi Rp 250 juta``: a loss
    return figure_cues.MONEY_ROLES.get(w) or figure_cues.MONEY_ACTS.get(w)


def money_measure(q: Quantity, toks: Tokens, clause: Clause, amounts: Sequence[int] = ()) -> str | None:
    """What a money amount with no noun of its own is an amount of: the last money noun before it in its clause
    (``figure_cues.MONEY_MEASURES``, at most ``MONEY_MEASURE_GAP`` words before), taken at the head of its run
    (``defisit anggaran tahun ini 40 miliar`` -> ``defisit``) and with the word after it when that makes a
    compound (``cadangan devisa``). Words of a budget are one noun (``pagu``, ``alokasi`` -> ``anggaran``:
    ``figure_cues.MONEY_SYNONYMS``); a word before the head may make it another measure (``realisasi anggaran`` ->
    ``serapan``: ``MONEY_PHRASES``); ``nilai`` names the value of the thing right after it (``nilai kontrak``:
    ``value_of``). None when the clause names none, or when another money amount of the sentence
    (``amounts``: their start offsets) stands between: the noun is that amount's (``dari pagu Rp 2 triliun, sudah
    terpakai Rp 900 miliar``, a list ``penerimaan Rp 1,2 triliun, layanan Rp 1,7 triliun``). Then the amount stays
    under its currency."""
    before = gap_window(toks, toks.within(clause[0], q.start), figure_cues.MONEY_MEASURE_GAP)
    head = money_head(before, toks.sentence)
    if head is None or any(before[head[0]][0] < a < q.start for a in amounts):
        return None
    return head[1]


def _thing_word(before: Sequence[tuple[int, str]], k: int, text: str) -> str | None:
    """Word ``k`` of ``before`` as a word of a thing a money amount may be the value of (``valued_thing``): three
    letters or more written in lower case, no function word, money noun, number, unit, currency or counter
    (``figure_cues.VALUED_COUNTERS``), and no verb by its prefix (``figure_cues.VERB_PREFIXES``: ``memiliki``,
    ``ditaksir``); ``mobilnya`` is ``mobil``. Else None."""
    o, w = before[k]
    w = w[:-3] if w.endswith("nya") and len(w) > 6 else w
    if (len(w) < 3 or not w.isalpha() or not text[o : o + 1].islower() or w in stop_words() or money_at(before, k)
            or w in numbers.UNIT_WORDS or w in numbers.SCALE_WORDS or w in numbers.UNIT_WORDS_MAP
            or w in numbers.CURRENCY_WORDS or w in figure_cues.VALUED_COUNTERS
            or (len(w) >= 6 and w.startswith(figure_cues.VERB_PREFIXES) and w not in figure_cues.MONEY_LIST_NOT_VERBS)):
        return None
    return w


def valued_thing(before: Sequence[tuple[int, str]], text: str = "") -> str | None:
    """``nilai <thing>`` for a money amount right after ``<thing> senilai`` or ``bernilai``
    (``figure_cues.VALUED_LINKS``): ``memiliki 1 unit mobil senilai Rp 359 juta`` is the value of the car, ``proyek
    bernilai Rp 78,9 miliar`` the project's, as ``nilai mobil`` and ``nilai proyek`` would say (``value_of``). The
    thing is the run of thing words (``_thing_word``) before the link, at most ``figure_cues.VALUED_RUN_MAX``, two
    joined by ``dan`` included, past the count of the second (``tanah dan bangunan``, ``sepeda motor dan 1 unit
    mobil``, ``transaksi obligasi sosial``: an Indonesian noun phrase
    puts its head first, so the run is kept whole). None when the word before the link is no thing (``melaporkan
    memiliki senilai``, ``ditaksir bernilai``)."""
    if len(before) < 2 or before[-1][1] not in figure_cues.VALUED_LINKS:
        return None
    run: list[str] = []
    k = len(before) - 2
    while k >= 0 and len(run) < figure_cues.VALUED_RUN_MAX:
        w = _thing_word(before, k, text)
        if w is None:
            if (run and k >= 2 and before[k][1] in figure_cues.VALUED_COUNTERS and before[k - 1][1].isdigit()
                    and before[k - 2][1] in figure_cues.MONEY_LIST_JOINS):
                k -= 2  # ``sepeda motor dan 1 unit mobil``: the next item's count, then the join
                continue
            if run and run[-1] not in figure_cues.MONEY_LIST_JOINS and before[k][1] in figure_cues.MONEY_LIST_JOINS:
                run.append(before[k][1])
                k -= 1
                continue
            break
        run.append(w)
        k -= 1
    while run and run[-1] in figure_cues.MONEY_LIST_JOINS:
        run.pop()
    return f"nilai {' '.join(reversed(run))}" if run else None


def loose_money(before: Sequence[tuple[int, str]], text: str = "") -> str | None:
    """The table name of a money amount whose words ``before`` it name it only by a loose money noun
    (``figure_cues.LOOSE_MONEY_NOUNS``: ``menerima bantuan sebesar Rp 600 ribu`` -> ``bantuan``): the last such word,
    not inside a capitalised name (``in_name``: ``Badan Bantuan ...``). None when there is none."""
    for o, w in reversed(before):
        if w in figure_cues.LOOSE_MONEY_NOUNS and not (text and in_name(text, o)):
            return figure_cues.LOOSE_MONEY_NOUNS[w]
    return None


def gap_window(toks: Tokens, words_before: Sequence[tuple[int, str]], gap: int) -> Sequence[tuple[int, str]]:
    """The last ``gap`` words of ``words_before`` (words of ``toks``' sentence), a capitalised name counted as one word:
    ``aliran dana ke mantan Kepala Dinas Pekerjaan Umum Kabupaten Contoh Siti Rahayu sebesar`` reaches ``dana``
    across the recipient's title and name as it would across ``kepada A sebesar``. A word counts when it is written in
    lower case, or is the first of a run of capitalised words."""
    text = toks.sentence
    n = 0
    k = len(words_before)
    while k > 0 and n < gap:
        k -= 1
        o = words_before[k][0]
        if not (text[o : o + 1].isupper() and k and text[words_before[k - 1][0] : words_before[k - 1][0] + 1].isupper()):
            n += 1
    return words_before[k:]


def value_of(before: Sequence[tuple[int, str]], k: int) -> str | None:
    """``nilai <thing>`` at word ``k`` of ``before``: the value of that thing (``nilai kontrak``, ``nilai ekspor``,
    ``nilai bantuannya`` -> ``nilai bantuan``). None when ``nilai`` is no such head: the last word, or a word after it
    that names no thing (``nilai tukar``, an exchange rate; ``nilai sebesar``, ``nilai Rp``:
    ``figure_cues.VALUE_NOT_THINGS``) or that is a money noun of its own (``nilai kerugian``: the loss)."""
    if before[k][1] not in figure_cues.VALUE_WORDS or k + 1 >= len(before):
        return None
    thing = before[k + 1][1]
    thing = thing[:-3] if thing.endswith("nya") and len(thing) > 6 else thing
    if (len(thing) < 3 or not thing.isalpha() or thing in figure_cues.VALUE_NOT_THINGS or thing in stop_words()
            or _money_word(thing)):
        return None
    return f"nilai {thing}"


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def in_name(text: str, offset: int) -> bool:
    """The word at ``offset`` of ``text`` is written inside a capitalised name, after a capitalised word of it that is
    no money noun, no abbreviation (``DBH Pajak`` is a tax's share) nor a word of an amount
    (``figure_cues.NAME_LEAD_WORDS``) and not the sentence's first: ``Dana`` of
    ``Badan Pengelola Dana Perkebunan``, ``Investasi`` of ``Pusat Investasi Pemerintah`` name an agency, not a fund or
    an investment. A name that starts with the money noun (``Dana Bagi Hasil``, ``Anggaran Pendapatan dan Belanja
    Daerah``) is a kind of it and counts."""
    if not text[offset : offset + 1].isupper():
        return False
    m = _WORD_BEFORE.search(text[:offset])
    if m is None or not m.group(1)[:1].isupper() or not text[: m.start(1)].strip(" \"'\u201c-*\u2022\u2013"):
        return False
    w = m.group(1)
    return not (w.isupper() or _money_word(w.casefold()) or w.casefold() in figure_cues.NAME_LEAD_WORDS)


def money_phrase(before: Sequence[tuple[int, str]], k: int) -> str | None:
    """The money noun of two words ending at word ``k`` of ``before`` (``uang pengganti``, ``politik uang``:
    ``figure_cues.MONEY_PHRASE_NOUNS``), else None."""
    return figure_cues.MONEY_PHRASE_NOUNS.get((before[k - 1][1], before[k][1])) if k > 0 else None


def named_money(before: Sequence[tuple[int, str]], k: int) -> str | None:
    """A money noun of more than one word at word ``k`` of ``before``: ``nilai <thing>`` (``value_of``) or a two-word
    noun (``money_phrase``)."""
    return value_of(before, k) or money_phrase(before, k)


def money_at(before: Sequence[tuple[int, str]], k: int) -> bool:
    """Word ``k`` of ``before`` is a money noun or ends one of more words (``_money_word``, ``named_money``), and no
    word before it makes it a time (``tahun anggaran``: ``figure_cues.MONEY_NOT_AFTER``)."""
    w = before[k][1]
    return bool(_money_word(w) or named_money(before, k)) and not (
        k and before[k - 1][1] in figure_cues.MONEY_NOT_AFTER.get(w, ()))


def money_head(before: Sequence[tuple[int, str]], text: str = "") -> tuple[int, str] | None:
    """The money noun the words ``before`` an amount end on (``money_measure``), with the index of its word: the
    last money noun, ``nilai <thing>`` or a noun of two words (``named_money``), at the head of its run, else None. An act of money
    (``figure_cues.MONEY_ACT_VERBS``: ``dikeluarkan``, ``menyerahkan``) names it only when no money noun comes before:
    ``dana hibah yang dikeluarkan ... senilai Rp 5 miliar`` is the fund's. With the sentence (``text``: the words'
    offsets are in it), a money noun inside a capitalised name is none (``in_name``)."""
    found = [i for i, (o, w) in enumerate(before)
             if money_at(before, i) and not (text and in_name(text, o))]
    nouns = [i for i in found if before[i][1] not in figure_cues.MONEY_ACT_VERBS]
    k = max(nouns or found, default=None)
    if k is None:
        return None
    if (v := named_money(before, k)) is not None:
        return k, v
    at = k
    while k and _money_word(before[k - 1][1]) and before[k - 1][1] not in figure_cues.MONEY_WALK_STOPS:
        k -= 1
    if k and (before[k - 1][1], before[k][1]) in figure_cues.MONEY_PHRASES:  # ``realisasi anggaran``: spent
        return at, figure_cues.MONEY_PHRASES[(before[k - 1][1], before[k][1])]
    head = _money_word(before[k][1]) or ""
    nxt = before[k + 1][1] if k + 1 < len(before) else ""
    compound = nxt in figure_cues.MONEY_COMPOUNDS or nxt in figure_cues.MONEY_PART_COMPOUNDS.get(head, ())
    return at, f"{head} {nxt}" if compound else head  # ``cadangan devisa``, ``bunga utang``


_LIST_ITEM = re.compile(r"^\W{0,3}(?:\d{1,2}[.)]|[-\u2013\u2022*])\s*")


def continues_money_list(text: str, prev: Quantity, q: Quantity) -> bool:
    """The words between two money amounts of one sentence (``prev`` then ``q``) only lead to the next item of a list,
    so ``q`` is an amount of what ``prev`` is (``dana sejumlah Rp 4 miliar kepada A, sejumlah Rp 500 juta kepada B``,
    ``memperkaya perusahaan A sebesar Rp 50 miliar dan perusahaan B sebesar Rp 40 miliar``): a list mark (a comma,
    ``;``, ``figure_cues.MONEY_LIST_JOINS``), the same word of an amount right before both (``sebesar``, ``sejumlah``:
    ``MONEY_LINK_WORDS``) or a word of a list's head right before the first (``masing-masing Rp 5 miliar untuk A, Rp 3
    miliar untuk B``: ``MONEY_LIST_HEADS``), at most ``MONEY_LIST_GAP`` words between, none a verb (a word in lower
    case with a prefix of ``VERB_PREFIXES``: a name's ``Meridian`` is none), a break word (``MONEY_LIST_BREAKS``) or a money noun of its own. ``dari pagu Rp 1 triliun, lembaga itu sudah
    membelanjakan Rp 700 miliar`` is no list (a verb between), nor is ``Rp 1 juta dijadikan Rp 10 juta``. Two
    amounts with only a join between (``Rp 150.000 dan Rp 40.000``) are a list, as are two each followed by the same
    word of whom or what for (``Rp 20 juta untuk satu kepala desa dan Rp 50 juta untuk satu camat``:
    ``MONEY_PARALLEL_WORDS``)."""
    between = text[prev.end : q.start]
    ws = words(between)
    if len(ws) > figure_cues.MONEY_LIST_GAP or not ("," in between or ";" in between
                                                     or any(w in figure_cues.MONEY_LIST_JOINS for w in ws)):
        return False
    if ws and set(ws) <= figure_cues.MONEY_LIST_JOINS:
        return True  # ``menyetorkan Rp 150.000 dan Rp 40.000``: nothing but the join between
    lead = words(text[: prev.start])[-figure_cues.MONEY_LIST_HEAD_GAP :]
    after = words(text[q.end : q.end + 40])[:1]
    if not ((ws and lead and ws[-1] == lead[-1] in figure_cues.MONEY_LINK_WORDS)
            or any(w in figure_cues.MONEY_LIST_HEADS for w in lead)
            or (ws and after and ws[0] == after[0] in figure_cues.MONEY_PARALLEL_WORDS)):
        return False  # ``penerimaan negara Rp 1 triliun, layanan Rp 2 triliun``: each item names its own amount
    toks = [(0, w) for w in ws]
    lower = {m.group().casefold() for m in _TOKEN.finditer(between) if not m.group()[:1].isupper()}
    return not any(w in figure_cues.MONEY_LIST_BREAKS or money_at(toks, i)
                   or (w in lower and w.startswith(figure_cues.VERB_PREFIXES) and len(w) >= 6
                       and w not in figure_cues.MONEY_LIST_NOT_VERBS)
                   for i, w in enumerate(ws))


def list_intro_money(corpus: Corpus, a: int, s: int) -> str | None:
    """The money noun the amounts of sentence ``s`` are amounts of when they name none, told by the sentence that
    opens their list: ``s`` is a line of a list (``3. Pusat Investasi: Rp 95 miliar``, ``- Deposito senilai Rp 4
    miliar``: ``_LIST_ITEM``) and the sentence right before its first line ends on a colon (``Berikut rincian anggaran
    ... tiap lembaga:`` -> ``anggaran``, ``barang yang disita ... yaitu:`` -> ``sitaan``), or ``s`` opens on a word
    of a breakdown (``Jumlah tersebut terdiri dari ...``, ``Rinciannya, ...``: ``figure_cues.BREAKDOWN_CUES`` in its
    first ``BREAKDOWN_OPENING`` words) and the sentence before names the whole (``money_head``). None otherwise."""
    text = corpus.text(a, s)
    if s > 0 and any(w in figure_cues.BREAKDOWN_CUES for w in words(text)[: figure_cues.BREAKDOWN_OPENING]):
        before = corpus.text(a, s - 1)
        head = money_head(sentence_tokens(before), before)
        return head[1] if head else None
    if not _LIST_ITEM.match(text):
        return None
    for k in range(s - 1, max(-1, s - 1 - figure_cues.LIST_MAX_ITEMS), -1):
        text = corpus.text(a, k)
        if _LIST_ITEM.match(text):
            continue
        if not text.rstrip(" \"'\u201d").endswith(":"):
            return None
        head = money_head(sentence_tokens(text), text)
        return head[1] if head else None
    return None


# Scale words trusted only after a currency (``Rp 5 M``), case-folded as ``words`` reads them.
_CURRENCY_SCALES = frozenset(k.casefold() for k in numbers.CURRENCY_ONLY_SCALES)


def _currency_at(ws: Sequence[str], i: int) -> str | None:
    """The code of the currency whose name starts at word ``i`` of ``ws`` (``numbers.CURRENCY_WORDS``, longest name
    first: ``dolar singapura`` before ``dolar``; and ``figure_cues.EXCHANGE_CURRENCY_EXTRA``: ``paman sam``), else
    None."""
    for n in (3, 2, 1):
        if i + n <= len(ws):
            code = numbers.CURRENCY_WORDS.get(" ".join(ws[i : i + n])) or figure_cues.EXCHANGE_CURRENCY_EXTRA.get(
                tuple(ws[i : i + n]))
            if code:
                return code
    return None


def counter_currency(ws: Sequence[str], unit: str, at: int | None = None) -> str | None:
    """The other currency of an exchange rate in ``unit`` that the words ``ws`` name: the one named last before word
    ``at`` (the amount), else the first after it (``kurs rupiah terhadap dolar AS ditutup di Rp 16.400``, ``rupiah
    ... Rp 16.400 per dolar AS``); with no ``at``, the first named. None when they name no currency but ``unit``."""
    named = [(i, code) for i in range(len(ws)) if (code := _currency_at(ws, i)) and code != unit]
    if at is not None:
        before = [code for i, code in named if i < at]
        if before:
            return before[-1]
    return named[0][1] if named else None


def exchange_rate(q: Quantity, toks: Tokens, clause: Clause, about: str, lede: Sequence[str] = ()
                  ) -> tuple[str, str | None] | None:
    """``(series name, other currency)`` of a money amount that is its currency's exchange rate, else None. A
    reader cannot tell the rupiah's daily rate tabled as ``IDR`` from any other rupiah amount, so it is tabled as
    ``kurs rupiah`` (``figure_cues.EXCHANGE_CURRENCY_NAMES``), with the currency it is the price of when stated
    (``build_figures``: ``kurs rupiah (per dolar AS)``). An amount per a currency (``Rp 16.239/US$``, key ``per usd``)
    is one; so is an amount of no noun of its own and no scale word (``Rp 16 miliar`` is a sum, not a rate) whose
    clause names before it, at most ``figure_cues.EXCHANGE_GAP`` words away (numbers and ``Rp`` not counted), the rate
    (``figure_cues.EXCHANGE_WORDS``: ``kurs``, ``nilai tukar``), or a currency and then a level or a market's move
    (``EXCHANGE_LEVEL_WORDS``: ``dolar AS berada di level Rp 15.980``, ``rupiah ditutup menguat ke Rp 15.870``). A
    money noun (``harga``, ``anggaran``: ``money_measure``) or a word of a converted sum (``senilai``:
    ``EXCHANGE_CONVERSION_WORDS``) between makes the amount that noun's, not a rate. The other currency is the one
    the clause names (``counter_currency``), else the sentence, else the article's first sentence (``lede``, its
    words) when it names both (``Nilai tukar rupiah dibuka melemah terhadap dolar AS``); ``figure_points`` gives an
    amount that names none the pair of the article's other rates when they name one only. A level word in the amount's
    own words counts (``dolar AS tetap di kisaran level Rp 15.750``: the extractor takes ``di kisaran level`` as its
    modifier)."""
    own = figure_cues.EXCHANGE_CURRENCY_NAMES.get(q.unit or "")
    if own is None:
        return None
    name = f"kurs {own}"
    if about.startswith("per "):
        per = about[4:]
        code = numbers.CURRENCY_WORDS.get(per) or (per.upper() if per.upper() in CURRENCIES else None)
        return (name, code) if code and code != q.unit else None
    if about != q.unit or any(w in numbers.SCALE_WORDS or w in _CURRENCY_SCALES for w in words(q.text)):
        return None
    ws = [w for _o, w in toks.within(clause[0], q.start)]
    gap, level = 0, any(w in figure_cues.EXCHANGE_LEVEL_WORDS for w in words(q.text))  # ``di kisaran level Rp 16.800``
    for i in range(len(ws) - 1, -1, -1):
        w = ws[i]
        if not w.isalpha() or w in figure_cues.EXCHANGE_SKIP:
            continue
        if w in figure_cues.EXCHANGE_CONVERSION_WORDS or _money_word(w):
            return None
        level = level or w in figure_cues.EXCHANGE_LEVEL_WORDS
        if w in figure_cues.EXCHANGE_WORDS or (level and _currency_at(ws, i)):
            break
        gap += 1
        if gap > figure_cues.EXCHANGE_GAP:
            return None
    else:
        return None
    sentence = [w for _o, w in toks]
    in_clause = [w for _o, w in toks.within(*clause)]
    code = (counter_currency(in_clause, q.unit or "", len(ws)) or counter_currency(sentence, q.unit or "")
            or (counter_currency(lede, q.unit or "") if q.unit in {_currency_at(lede, i) for i in range(len(lede))}
                else None))
    return name, code


_CONVERSION_BREAK = re.compile(r"[\d;.!?]")


def converted(text: str, q: Quantity, mates: Sequence[Quantity]) -> bool:
    """``q`` restates the money amount right before it in another currency: ``US$ 120 juta atau Rp 1,9 triliun``,
    ``USD 2 juta (setara Rp 31,8 miliar)``, ``68,40 dollar AS—setara Rp 1,1 juta—per barel``, ``US$ 5,2 juta atau bila
    dirupiahkan dengan kurs hari itu senilai Rp 82 miliar``. Only the words of ``figure_cues.CONVERSION_LINK_WORDS``
    stand between, at most ``CONVERSION_MAX_WORDS``, one of them a mark (``CONVERSION_MARKS``) or a bracket or dash
    opening. The reported value is the first; the second is one currency converted to another, at a rate of the
    writer's choosing: tabled, it is a sum of no name (``IDR``) or a second series of the first's figure, and two
    outlets converting at two rates would seem to disagree. An amount of one unit converted (``setiap US$ 1 atau Rp
    16.040``) is an exchange rate, and stays."""
    if q.unit not in CURRENCIES:
        return False
    before = [m for m in mates if m.unit in CURRENCIES and m.end <= q.start]
    if not before:
        return False
    r = max(before, key=lambda m: m.end)
    if r.unit == q.unit or r.value == 1:
        return False
    mid = text[r.end : q.start]
    if _CONVERSION_BREAK.search(mid):
        return False
    ws = words(mid)
    if len(ws) > figure_cues.CONVERSION_MAX_WORDS or any(w not in figure_cues.CONVERSION_LINK_WORDS for w in ws):
        return False
    return bool(set(ws) & figure_cues.CONVERSION_MARKS) or any(c in mid for c in "(\u2014\u2013")


def move_sign(text: str, q: Quantity) -> int:
    """+1 when a rise word (``figure_cues.RISE_VERBS``, ``RISE_NOUNS``) names the move ``q`` is the size of, -1 for a
    fall (``kehilangan 37 sen``, ``turun 1,35 dollar``), 0 when none stands right before it (the words of
    ``figure_cues.MOVEMENT_GAP`` between: ``naik sebesar 17 poin``)."""
    before = words(text[: q.start])
    while before and before[-1] in figure_cues.MOVEMENT_GAP:
        before.pop()
    if not before:
        return 0
    w = before[-1]
    if w in figure_cues.RISE_VERBS or w in figure_cues.RISE_NOUNS:
        return 1
    if w in figure_cues.FALL_VERBS or w in figure_cues.FALL_NOUNS:
        return -1
    return 0


def prior_level(text: str, q: Quantity, mates: Sequence[Quantity], moves: set[tuple[int, int]]) -> float | None:
    """The level a reading ``q`` moved from, by the move its sentence states: ``turun 25 sen ke posisi 64,3
    dollar AS`` moved from 64,55, ``naik 15 sen menjadi 64,45`` from 64,30. Only when the sentence gives one level and
    one move of its unit, the move's direction named (``move_sign``): then the two readings of one contract on one
    day, 64,3 and 64,45, are two sessions, the second starting where the first closed (``synth.findings``), not two
    sources at odds. None otherwise."""
    same = [m for m in mates if m.unit == q.unit and m.unit is not None]
    moved = [m for m in same if (m.sentence, m.start) in moves]
    if len(moved) != 1 or len(same) != 2 or q.value_max is not None or moved[0].value_max is not None:
        return None
    sign = move_sign(text, moved[0])
    return q.value - sign * moved[0].value if sign else None


def near_rate(key: tuple[str, str | None], p: Point, art_points: Sequence[tuple[tuple[str, str | None], Point]]
              ) -> tuple[str, str | None] | None:
    """The exchange rate (``Point.exchange``) of a money amount its own clause tells as none (``exchange_rate``) but
    its article's rates place: a bare amount (keyed by its unit, no money noun, no scale word, no move) within
    ``figure_cues.EXCHANGE_NEAR_SHARE`` of a rate of its currency the article states (``Posisi itu menguat dibanding
    awal sesi, yaitu Rp 15.940`` after ``dolar AS berada pada level Rp 15.985``; ``setiap US$ 1
    atau Rp 16.040`` beside ``kurs Rp 16.040/dolar AS``). Tabled as ``IDR`` it is one more rupiah sum the reader
    cannot place; it is the rate, of the pair of the nearest one. None otherwise."""
    q = p.q
    if (key[0] != key[1] or q.unit not in figure_cues.EXCHANGE_CURRENCY_NAMES or p.money or p.delta or p.base
            or any(w in numbers.SCALE_WORDS or w in _CURRENCY_SCALES for w in words(q.text))):
        return None
    near = [(abs(r.q.value - q.value), r.exchange) for _k, r in art_points
            if r.exchange and r.q.unit == q.unit and r.q.value > 0
            and abs(r.q.value - q.value) <= figure_cues.EXCHANGE_NEAR_SHARE * r.q.value]
    return min(near, key=lambda x: x[0])[1] if near else None


def amount_dimension(q: Quantity, toks: Tokens, mates: Sequence[Quantity] = ()) -> str | None:
    """What a physical amount with no noun of its own measures (``figure_cues.DIMENSION_WORDS``): the nearest such
    word before it (``banjir setinggi 30 sentimeter`` -> ``tinggi``, ``tanah seluas 75 meter persegi`` -> ``luas``),
    at most ``DIMENSION_GAP`` words away, not counting the words of the sentence's other amounts (``mates``: a list
    ``berat badan 60 kg (210 kalori), 75 kg``) and not past ``;``, ``:`` or a clause break word (``sedangkan``); a
    comma before ``dan`` does not cut a list. The word names the amount only when its unit is of the word's kind
    (``DIMENSION_UNITS``): ``berat badan 60 kg (210 kalori)`` names the kilograms, not the calories, and a dimension
    word of another kind nearer than one of the right kind names nothing; a label of another thing in that unit is
    that thing's (``DIMENSION_RELABEL``: an engine's ``kapasitas`` in cc is ``mesin``). A length right before ``dari`` is a
    distance (``290 kilometer dari perbatasan``), millimetres right after a gun or its ammunition a calibre
    (``figure_cues.CALIBRE_NOUNS``). None when nothing names it: the series stays named by its unit."""
    text = toks.sentence
    lo = max(text.rfind(";", 0, q.start), text.rfind(":", 0, q.start)) + 1
    spans = [(m.start, m.end) for m in mates if m is not q and m.end <= q.start]
    gap = 0
    for o, w in reversed(toks.within(lo, q.start)):
        if any(a <= o < b for a, b in spans):
            continue
        if w in figure_cues.CLAUSE_BREAK_WORDS:
            break
        if w in figure_cues.CALIBRE_NOUNS and gap <= figure_cues.CALIBRE_GAP and q.unit in figure_cues.CALIBRE_UNITS:
            return "kaliber"  # ``peluru artileri 152 milimeter``: the size of a shell is its calibre
        label = figure_cues.DIMENSION_WORDS.get(w)
        if label:
            if q.unit not in figure_cues.DIMENSION_UNITS[label]:
                return None
            return figure_cues.DIMENSION_RELABEL.get((label, q.unit or ""), label)  # ``kapasitas`` of cc: ``mesin``
        gap += 1
        if gap > figure_cues.DIMENSION_GAP:
            break
    nxt = toks.within(q.end, len(text))[:1]
    if nxt and nxt[0][1] in figure_cues.DISTANCE_AFTER and q.unit in figure_cues.DIMENSION_UNITS["jarak"]:
        return "jarak"
    return None


def count_subject(q: Quantity, toks: Tokens, clause: Clause) -> str | None:
    """What group a count is a count of, as the words right after its noun say (``figure_cues.SUBJECT_CUES``): ``248
    ribu anak penderita anemia`` -> ``penderita anemia``, ``20 juta peserta BPJS terdiagnosis hipertensi`` ->
    ``terdiagnosis hipertensi``, ``anak yang terdeteksi mengalami anemia`` -> ``mengalami anemia``, ``empat WNI yang
    diduga ...`` -> ``diduga`` (``SUBJECT_ALONE``). Between the noun and the cue only ``SUBJECT_GAP`` words or an
    acronym (at most ``SUBJECT_GAP_MAX``); ``dengan`` only right after a noun of people (``SUBJECT_DENGAN_NOUNS``). The condition is the first word after
    the cue (``penyakit`` skipped), lower case and no word of an amount or a measure (``dengan total kerugian``:
    ``SUBJECT_STOP``). None for amounts with a unit, counts with no noun, and counts whose clause names no group."""
    if q.unit is not None or not q.noun:
        return None
    after = toks.within(q.end, clause[1])
    for k, (o, w) in enumerate(after[: figure_cues.SUBJECT_GAP_MAX + 1]):
        if w in figure_cues.SUBJECT_ALONE:  # suspects of a deed (``diduga menganiaya``), not ``diduga petugas``
            nxt = after[k + 1][1] if k + 1 < len(after) else ""
            deed = _verb_like(nxt) and nxt not in figure_cues.SUBJECT_STOP
            return "diduga" if deed else None
        label = figure_cues.SUBJECT_CUES.get(w)
        if label and not (w == "dengan" and (k or q.noun.casefold().split()[-1] not in figure_cues.SUBJECT_DENGAN_NOUNS)):
            rest = [(o2, x) for o2, x in after[k + 1 : k + 3] if x not in figure_cues.SUBJECT_SKIP]
            if not rest or rest[0][1] in figure_cues.SUBJECT_STOP or not toks.sentence[rest[0][0]].islower():
                return None
            return f"{label} {rest[0][1]}"
        if w not in figure_cues.SUBJECT_GAP and not _ACRONYM.match(toks.sentence[o : o + len(w)]):
            return None
    return None


def amount_role(q: Quantity, toks: Tokens, clause: Clause, others: Sequence[Quantity] = ()) -> str | None:
    """The act or role a count of people or a money amount of a noun is of (``figure_cues.ROLE_CUES``,
    ``MONEY_ROLES``), as its clause names it: for a count, right after its noun (``24 warga luka``, ``5 orang yang
    tewas``: only ``SUBJECT_GAP`` words between, at most ``SUBJECT_GAP_MAX``) or the last such word before it
    (``yang sudah mendaftar baru sekitar 3,1 juta peserta``, ``korban tewas bertambah menjadi 7 orang``); for a
    money amount with a noun, the last money role before it (``KPK menyita aset senilai Rp 5 miliar``), unless the
    noun is that role already. Only the words after the last other amount of the clause count before it: ``500 orang
    mengungsi dan 12 warga`` gives the 12 no role. None for other amounts and for clauses that name no role."""
    lo, hi = clause
    for o in others:
        if o is not q and lo <= o.end <= q.start:
            lo = o.end
    before = [w for _o, w in toks.within(lo, q.start)]
    if q.unit is None and q.noun:
        for k, (_o, w) in enumerate(toks.within(q.end, hi)[: figure_cues.SUBJECT_GAP_MAX + 1]):
            if w in figure_cues.ROLE_CUES:
                return figure_cues.ROLE_CUES[w]
            if w not in figure_cues.SUBJECT_GAP and not (k == 0 and w in q.noun.casefold().split()):
                break
        return next((figure_cues.ROLE_CUES[w] for w in reversed(before) if w in figure_cues.ROLE_CUES), None)
    if q.unit in CURRENCIES and q.noun:
        noun = set(q.noun.casefold().split())
        role = next((figure_cues.MONEY_ROLES[w] for w in reversed(before) if w in figure_cues.MONEY_ROLES), None)
        return role if role and role not in noun else None
    return None


def breakdown_item(q: Quantity, toks: Tokens, clause: Clause) -> tuple[str, str] | None:
    """The item a count of a list names after its noun (``6.000 botol bir, 1.200 botol anggur merah, dan ...``): the
    words right after the count up to a comma, ``dan``/``serta``/``atau``/``yang`` or the clause's end, one to
    ``ITEM_MAX_WORDS`` of them, no number and no verb among them. ``(last word, all words)``: two lists of one article
    naming ``botol minuman jenis Vodka`` and ``botol vodka`` name one item (``synth.findings.item_discrepancies``)."""
    if q.unit is not None or not q.noun:
        return None
    out: list[str] = []
    end = q.end
    for o, w in toks.within(q.end, clause[1]):
        if "," in toks.sentence[end:o] or w in figure_cues.ITEM_BREAKS:
            break
        if w[0].isdigit() or _verb_like(w):
            return None
        out.append(w)
        end = o + len(w)
    if not 1 <= len(out) <= figure_cues.ITEM_MAX_WORDS:
        return None
    return out[-1], " ".join(out)


def bare_counter(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """A count under a generic counter (``unit``, ``buah``) that names nothing it counts: its clause ends at the
    counter (``pemasangan ... baru 2.500 unit.``) or a word that starts no noun follows it (``4,5 juta unit untuk
    ...``: ``figure_cues.BARE_COUNTER_NEXT``). What it counts lives in the words before, which belong to other counts
    as often (docs/dossier.md), so ``synth.findings`` compares it with no other count."""
    after = toks.within(q.end, clause[1])
    return not after or after[0][1] in figure_cues.BARE_COUNTER_NEXT


def noun_before(q: Quantity, toks: Tokens, clause: Clause, counted: frozenset[tuple[str, ...]]) -> str | None:
    """What a count under a generic counter with no noun after it counts when the noun stands right before its number
    (``mobil dinas dua unit``, ``di kendaraan baru 2.500 unit``; only ``figure_cues.COUNTER_NOUN_GAP`` words between):
    the longest noun the storyline counts elsewhere (``counted_nouns``) ending there. A noun further off in the clause
    was measured and not shipped (it belongs to another count as often)."""
    before = [w for _o, w in toks.within(clause[0], q.start)]
    while before and before[-1] in figure_cues.COUNTER_NOUN_GAP:
        before.pop()
    found = [n for n in counted if len(n) <= len(before) and tuple(before[-len(n) :]) == n]
    return " ".join(max(found, key=len)) if found else None


# The outlets' names as their datelines write them (``JAKARTA, KOMPAS.com -``).
_OUTLET_MARK = re.compile(alternation(m for _d, marks in outlets.OUTLETS.values() for m in marks))


def _act_word(w: str) -> str | None:
    """The root of a word of doing (a verb, ``terpasang``, ``dipasangi``, or the noun of the act, ``pemasangan``),
    or None: other derived nouns name an agent or a tool (``pemerintah``, ``penanda``) or a state (``kebutuhan``),
    a root that itself opens with the prefix's letters was never prefixed (``meteran``), and saying, aiming,
    having and the nouns of a place or a body (``perusahaan``, ``pelanggan``) are no act a count is of
    (``figure_cues.DEED_NOT_ACTS``)."""
    if not (w.startswith(figure_cues.VERB_PREFIXES) or (w.startswith("pe") and w.endswith("an"))):
        return None
    root = word_root(w)
    if not root or root.startswith(w[:2]):  # ``meteran`` is ``meter`` + ``-an``: no prefix, no act
        return None
    return root if root not in figure_cues.DEED_NOT_ACTS else None


def count_deed(q: Quantity, toks: Tokens, clause: Clause, noun: str) -> tuple[frozenset[str], frozenset[str]]:
    """What a count's clause (``amount_clause``) says was done and to what: the roots of its words of doing before
    the count (``_act_word``: ``pemasangan``, ``terpasang`` -> ``pasang``) and of the first verb after it (its
    predicate when it is the subject: ``80 sekolah yang terpasang panel``), and the things the act is done to or in:
    an acronym of the clause (``RFID``), the word right after a word of doing (``pemasangan label``) and the word
    right after ``di`` (``terpasang di mobil``), each a lower-case root (no derived word, no function word), not the
    count's own noun (``noun``) and none of ``figure_cues.DEED_NOT_OBJECTS`` (times, degrees, areas). Other words of
    the clause say how (``secara damai``) as often as what, and capitalised names (``Jakarta``) say where or who.
    ``synth.findings.same_deed`` joins two counts of one noun that share an act and a thing."""
    text = toks.sentence
    own = set(noun.split()) | figure_cues.GENERIC_COUNTERS | set(numbers.SCALE_WORDS)
    stops = stop_words()
    outlet = [(m.start(), m.end()) for m in _OUTLET_MARK.finditer(text)]  # a dateline's ``KOMPAS.com`` is no thing
    acts: set[str] = set()
    things: set[str] = set()
    prev_act = prev_di = False
    for o, w in toks.within(clause[0], clause[1]):
        raw = text[o : o + len(w)]
        after_act, after_di = prev_act, prev_di
        prev_act = prev_di = False
        if q.start <= o < q.end or w in own or w.isdigit() or any(a <= o < b for a, b in outlet):
            continue
        if _ACRONYM.match(raw):
            if w not in figure_cues.DEED_NOT_OBJECTS:
                things.add(w)
            continue
        if not raw.islower():
            continue
        act = _act_word(w)
        if act:
            prev_act = True
            if o < q.start:
                acts.add(act)
        elif w == "di":
            prev_di = True
        elif (after_act or after_di) and len(w) >= 3 and w not in stops and w not in figure_cues.DEED_NOT_OBJECTS \
                and w not in calendar.MONTHS and word_root(w) is None:
            things.add(w)
    # the count as subject: its predicate is the first verb after it (``255 SPBU ... yang terpasang sistem RFID``,
    # ``250 stasiun ... sudah memakai kartu``), not a noun of an act inside its name (``stasiun pengisian``)
    verb = next((a for o, w in toks.within(q.end, clause[1]) if w.startswith(figure_cues.VERB_PREFIXES)
                 and text[o : o + len(w)].islower() for a in [_act_word(w)] if a), None)
    if verb:
        acts.add(verb)
    return frozenset(acts), frozenset(things)


def part_of(sentence: str, p: Point, r: Point) -> bool:
    """``r`` is the total ``p`` is a part of: a later amount of ``p``'s sentence marked as a total (``Point.total``)
    with ``dari`` between the two (``255 SPBU yang terpasang sistem RFID, dari total 264 SPBU``). The part is then the
    value the sentence reports, and the total a figure of its own: not two values of a breakdown (``Point.shared``)."""
    if r is p or not r.total or r.q.sentence != p.q.sentence or r.q.start < p.q.end:
        return False
    return "dari" in words(sentence[p.q.end : r.q.start])


def continues_list(toks: Tokens, clause: Clause) -> bool:
    """The clause opens on a word of a list (``figure_cues.DEED_LIST_WORDS``: ``..., serta 276 SPBU``): what its
    count is of was said by the count before it in the sentence (``figure_points`` then shares that ``count_deed``)."""
    first = toks.within(*clause)[:1]
    return bool(first) and first[0][1] in figure_cues.DEED_LIST_WORDS


def group_value(q: Quantity) -> bool:
    """A count that can name one group of people by its number: at least ``figure_cues.PEOPLE_GROUP_MIN``, no plural
    word (``belasan warga`` has no number) and no range."""
    return q.value >= figure_cues.PEOPLE_GROUP_MIN and q.value_max is None and not (q.modifier or "").startswith("plural")


def people_groups(quantities: Sequence[Quantity], aliases: dict[str, str]
                  ) -> dict[float, tuple[str, frozenset[tuple[int, int]]]]:
    """Per value, the one group of people (``figure_cues.PEOPLE_NOUNS`` but the generic counters) an article counts
    with it (``11 ribu peserta``) and where it counts it (sentence, start); values counted for two groups, plural
    words (``belasan``) and counts below ``figure_cues.PEOPLE_GROUP_MIN`` are left out (``group_value``)."""
    seen: dict[float, dict[str, set[tuple[int, int]]]] = {}
    for q in quantities:
        key = figure_key(q, aliases) if q.unit is None and group_value(q) else None
        if key and key[0] in figure_cues.PEOPLE_NOUNS and key[0] not in figure_cues.GENERIC_PEOPLE:
            seen.setdefault(q.value, {}).setdefault(key[0], set()).add((q.sentence, q.start))
    return {v: next((g, frozenset(at)) for g, at in n.items()) for v, n in seen.items() if len(n) == 1}


_NOT_TOPIC = figure_cues.PEOPLE_NOUNS | frozenset(numbers.SCALE_WORDS) | frozenset(numbers.UNIT_WORDS) | frozenset(
    numbers.SMALL_MULTIPLIERS)


def _topic_words(text: str) -> set[str]:
    """Content words that say what a sentence or clause is about: not the count's own words (``ribu``, ``orang``),
    and the words of one figure read as one (``figure_cues.SAME_FIGURE_WORDS``: ``jatah`` / ``kuota``)."""
    same = figure_cues.SAME_FIGURE_WORDS
    return {same.get(w, w) for w in content_words(text) - _NOT_TOPIC}


def _lead_clause(text: str, start: int) -> str:
    """The clause before a count (cut at ``,;:``): what the count is of (``mendapat jatah ... sebanyak``)."""
    return text[max(text.rfind(c, 0, start) for c in ",;:") + 1 : start]


def people_join(corpus: Corpus, a: int, q: Quantity, group_at: frozenset[tuple[int, int]]) -> bool:
    """A generic count of people (``q``: ``1.000 orang``) counts the group counted with its value at ``group_at``
    only when the text ties them: the same sentence; the sentence next to it when the later of the two points back
    (``itu``/``tersebut``) or they share a topic word (``kuota ... 8 ribu orang`` / ``kuota 8 ribu peserta itu``);
    further off when the clauses before the two counts share one (``mendapat jatah ... 11 ribu orang`` and, five
    sentences on, ``agar kuota 11 ribu peserta``). Else an equal count is a coincidence (``1.000 peserta`` of a race,
    ``1.000 orang`` evacuated by a flood)."""
    s = q.sentence
    text = corpus.text(a, s)
    lead: set[str] | None = None
    for g, start in group_at:
        if g == s:
            return True
        other = corpus.text(a, g)
        if abs(g - s) == 1:
            later = other if g > s else text
            if set(words(later)) & figure_cues.CHANGE_POINTING_BACK or _topic_words(text) & _topic_words(other):
                return True
        if lead is None:
            lead = _topic_words(_lead_clause(text, q.start))
        if lead & _topic_words(_lead_clause(other, start)):
            return True
    return False


SHARE_NAMES = frozenset(figure_cues.SHARE_WORDS.values())
_SHARE_ITEM_BREAK = re.compile(r"[,;]|\b(?:" + alternation(figure_cues.SHARE_ITEM_BREAKS) + r")\b", re.IGNORECASE)


def _share_word(toks: Tokens, lo: int, at: int) -> str | None:
    """The series name of the last share word (``figure_cues.SHARE_WORDS``) among the words of ``toks`` in
    ``[lo, at)``, at most ``SHARE_GAP`` words before ``at``, with the offset it ends at; else None."""
    for _o, w in reversed(toks.within(lo, at)[-figure_cues.SHARE_GAP :]):
        if w in figure_cues.SHARE_WORDS:
            return figure_cues.SHARE_WORDS[w]
    return None


def share_measures(ev: Evidence, s: int, text: str, toks: Tokens, prev: str,
                   orgs: dict[tuple[int, int], str]) -> dict[int, tuple[str, str | None, str | None]]:
    """The percentages of no noun of sentence ``s`` that are shares of a budget spent (``figure_cues.SHARE_WORDS``:
    ``penyerapan anggaran Kementerian A sekitar 52%``), by start offset: ``(series name, owner entity, owner as
    written)``. A share word in the amount's clause at most ``SHARE_GAP`` words before names it; a sentence of two
    percentages or more with none continues the share of the sentence before (``prev``) when that names one (a
    list: ``Badan A 16,9%, Kementerian B 48,2%, dan Kementerian C 32,8%``). The owner is the organisation named last
    before the amount in its list item (from the last comma or ``dan``: ``figure_cues.SHARE_ITEM_BREAKS``) after the
    share word, else the owner of the amount before it in that item (``Kementerian B sedikit di bawah 60% di angka
    55,1%``). A bound (``di bawah 50%``) its owner's exact value in the sentence meets says that value again and is
    left out. Owners keep the shares of a list apart: one organisation's share is no later reading of another's."""
    pct = sorted((q for q in ev.quantities if q.sentence == s and q.unit == "%" and not q.noun), key=lambda q: q.start)
    if not pct:
        return {}
    named: dict[int, str] = {}
    for q in pct:
        clause = amount_clause(text, q.start, q.end, toks)
        name = _share_word(toks, clause[0], q.start)
        if name:
            named[q.start] = name
    if not named and len(pct) >= 2 and prev:
        ptoks = sentence_tokens(prev)
        name = next((figure_cues.SHARE_WORDS[w] for _o, w in ptoks if w in figure_cues.SHARE_WORDS), None)
        if name and any(q.unit == "%" for q in ev.quantities if q.sentence == s - 1):
            named = {q.start: name for q in pct}
    out: dict[int, tuple[str, str | None, str | None]] = {}
    mentions = {(m.sentence, m.start): m.text for m in ev.mentions if m.type == "ORG" and m.entity}
    last_owner: tuple[str | None, str | None] = (None, None)
    item_start = -1
    for q in pct:
        if q.start not in named:
            continue
        breaks = [m.end() for m in _SHARE_ITEM_BREAK.finditer(text, 0, q.start)]
        lo = breaks[-1] if breaks else 0
        share_at = [o for o, w in toks.within(lo, q.start) if w in figure_cues.SHARE_WORDS]
        lo = max([lo, *share_at])
        found = [(o, orgs[(s, o)]) for o, _w in toks.within(lo, q.start) if (s, o) in orgs]
        if found:
            o, ent = found[-1]
            last_owner = (ent, mentions.get((s, o)))
        elif lo != item_start:
            last_owner = (None, None)
        item_start = lo
        out[q.start] = (named[q.start], *last_owner)
    exact = {(out[q.start][1], q.value) for q in pct if q.start in out and q.modifier in (None, "exact", "about")}
    for q in pct:
        if q.start in out and out[q.start][1] and q.modifier in figure_cues.SHARE_BOUNDS:
            below = q.modifier in figure_cues.SHARE_BOUNDS_BELOW
            if any(o == out[q.start][1] and (v <= q.value if below else v >= q.value) for o, v in exact):
                del out[q.start]
    return out


def figure_points(corpus: Corpus, article_idx: Sequence[int]) -> dict[tuple[str, str | None], list[Point]]:
    """Quantities of the articles grouped by ``figure_key``, in time order."""
    groups: dict[tuple[str, str | None], list[Point]] = {}
    aliases = abbreviations(corpus, article_idx)
    counted = counted_nouns(corpus, article_idx, aliases)
    for a in sorted(article_idx, key=corpus.time_key):
        ev = corpus.articles[a]
        n = len(ev.doc.sentences)
        named = {(t.sentence, (t.value or "")[:10]) for t in ev.times if t.type == "DATE" and t.granularity == "day"}
        dates = sentence_dates(ev, corpus.dates[a])
        copied = copied_plan_days(ev, corpus.dates[a])
        periods = sentence_periods(ev)
        countries = article_countries(ev)
        orgs = article_orgs(ev)
        places = article_places(ev)
        moves = article_moves(ev)
        scene_at = scene_places(ev)
        crowd_at = crowd_places(ev)
        trading_day = lede_day(ev, corpus.dates[a], corpus.text(a, 0) if n else "")
        lede = words(corpus.text(a, 0)) if n else []
        values: dict[tuple[tuple[str, str | None], int, str], set[float]] = {}
        kinds: dict[int, tuple[str, bool, bool, Tokens, frozenset[str]]] = {}
        art_points: list[tuple[tuple[str, str | None], Point]] = []
        listed: set[int] = set()  # points whose clause continues a list with no act of its own (``continues_list``)
        money_at: dict[int, list[int]] = {}  # per sentence, where its money amounts start (``money_measure``)
        groups_of = people_groups(ev.quantities, aliases)
        nouns_at: dict[int, frozenset[str]] = {}  # per sentence, the nouns its quantities count (``aim_words``)
        by_sentence: dict[int, list[Quantity]] = {}
        shares: dict[int, dict[int, tuple[str, str | None, str | None]]] = {}  # per sentence (``share_measures``)
        for q in ev.quantities:
            by_sentence.setdefault(q.sentence, []).append(q)
            if q.unit in CURRENCIES:
                money_at.setdefault(q.sentence, []).append(q.start)
            if q.noun:
                nouns_at[q.sentence] = nouns_at.get(q.sentence, frozenset()) | {q.noun.casefold()}
        for q in ev.quantities:
            key = figure_key(q, aliases)
            share = None
            if key is None and q.unit == "%" and 0 <= q.sentence < n:  # a share of a budget spent, by its owner
                if q.sentence not in shares:
                    stext = corpus.text(a, q.sentence)
                    shares[q.sentence] = share_measures(ev, q.sentence, stext, sentence_tokens(stext),
                                                        corpus.text(a, q.sentence - 1) if q.sentence else "", orgs)
                share = shares[q.sentence].get(q.start)
                key = (share[0], q.unit) if share else None
            if key is None or not 0 <= q.sentence < n:
                continue
            as_of = q.as_of
            text = corpus.text(a, q.sentence)
            if q.sentence not in kinds:  # once per sentence: its statement kind and whether it reads a level
                ws = words(text)
                sw = set(ws)
                kinds[q.sentence] = (statement_mode(aim_words(ws, nouns_at.get(q.sentence, frozenset())), ws, text),
                                     bool(sw & figure_cues.LEVEL_CUES), points_back(ws),
                                     sentence_tokens(text), sentence_grades(sw))
            smode, level, pointed, toks, grades = kinds[q.sentence]
            clause = amount_clause(text, q.start, q.end, toks)  # once per amount: every reading below is of its clause
            bare = False
            if key[1] is None and key[0] in figure_cues.GENERIC_COUNTERS:
                noun = counter_noun(text, q, toks, clause, counted)
                key = (noun or key[0], None)
                bare = noun is None and bare_counter(q, toks, clause)
            elif (key[1] is None and key[0] in figure_cues.GENERIC_PEOPLE and q.value in groups_of and group_value(q)
                    and people_join(corpus, a, q, groups_of[q.value][1])):
                key = (groups_of[q.value][0], None)  # ``11 ribu orang`` of an article counting ``11 ribu peserta``
            elif key[1] in CURRENCIES and key[0] == key[1] and "per" in text:
                rate = rate_before(q, toks, clause, by_sentence.get(q.sentence, ()))
                key = (rate, key[1]) if rate else key
            elif key == (figure_cues.RATE_BP_UNIT, figure_cues.RATE_BP_UNIT) and rate_points(q, toks, clause):
                key = (figure_cues.RATE_BP_NAME, key[1])  # ``suku bunganya 650 bps``: the rate's series
            elif key[1] is not None and key[0] == key[1]:
                key = moved_rate(text, q, by_sentence.get(q.sentence, ()), aliases) or key
            asof = parse_timex_date(as_of)
            explicit = asof is not None and (q.sentence, asof.isoformat()) in named
            # the extractor's as_of is a day the sentence names in the week up to publication, else the publication;
            # a month or an earlier day the clause names is the time the value holds for: the table's as_of (the
            # findings keep dating by the statement: ``Point.date``)
            named_dates = dates.get(q.sentence, ())
            # a year or span its own clause names (``... dan Rp 612,4 miliar pada 2024," kata ..., Selasa (15/7)``)
            # or the sentence opens on (``Pada 2025, KPK menyita ...``) is the period the value holds for, before the
            # statement day; a month or day of the clause only when the sentence names no statement day
            mates = by_sentence.get(q.sentence, ())
            stated = stated_as_of(q, clause, [d for d in named_dates if not explicit or d[2] in ("year", "period")],
                                  text, mates) \
                or sentence_opening_year(q, text, named_dates, mates)
            if stated:
                as_of = stated
            elif explicit and (q.sentence, as_of) in copied:
                as_of = None  # the day a plan was copied (``copied_plan_days``); ``Point.date`` keeps it
            elif as_of is None and trading_day and q.sentence > 0 \
                    and not any(d[2] in ("day", "month") for d in named_dates) \
                    and market_quote(q, toks, clause):
                as_of = trading_day  # a close of the day the lede names (``lede_day``); ``Point.date`` keeps its date
            mode = amount_mode(text, q, smode, toks, clause)
            measures = amount_measures(text, q, toks, clause)
            owner, owner_named, phrase = measured_owner(ev, q.sentence, text, q.start, countries, toks, clause, orgs)
            scoped = measure_scoped(text, q, toks, countries[0], places, clause) if measures or grades else ""
            plan = amount_plan(text, q, toks, clause)
            whole = amount_whole(q, toks, clause)
            total = not whole and amount_total(q, toks, clause)
            forecast = amount_forecast(q, toks, clause, scoped)
            delta = (q.sentence, q.start) in moves
            base = is_base(text, q)
            p = Point(q, a, asof or corpus.dates[a], explicit, mode=mode, delta=delta, level=delta or level,
                      periods=periods.get(q.sentence, frozenset()), pointed=pointed, base=base, measures=measures,
                      owner=owner, owner_named=owner_named, phrase=phrase, scoped=scoped, grades=grades,
                      plan=plan, whole=whole, total=total, forecast=forecast, as_of=as_of,
                      scene=amount_scene(toks, clause, scene_at.get(q.sentence, ()), q, mates))
            p.bare = bare
            p.converted = converted(text, q, mates)
            p.subject = count_subject(q, toks, clause) if key[1] is None else None
            p.item = breakdown_item(q, toks, clause) if key[1] is None else None
            if key[1] in CURRENCIES and key[0] == key[1]:  # a money amount of no noun: what it is an amount of
                p.money = money_measure(q, toks, clause, money_at.get(q.sentence, ()))
            elif key[1] is not None and key[0] == key[1]:  # a physical amount of no noun: what it measures
                p.dimension = amount_dimension(q, toks, mates)
            if key[1] in CURRENCIES and (key[0] == key[1] or key[0].startswith("per ")):
                p.exchange = exchange_rate(q, toks, clause, key[0], lede)  # ``kurs rupiah``, not ``IDR``
            p.role = amount_role(q, toks, clause, by_sentence.get(q.sentence, ()))
            p.place = crowd_place(q, toks, clause, crowd_at.get(q.sentence, ()), mates)
            p.qualifiers = series_qualifiers(p, toks, clause)
            if not key[0].startswith("per "):  # a per-occasion amount is no reading of the total (``occasion_qualifier``)
                p.qualifiers += occasion_qualifier(text, q, clause)
            p.recall = recalled_party(text, q, clause)
            if key[1] is None and mode == "fact" and not plan and not forecast and not any(
                    w in figure_cues.PLAN_CUES for _o, w in toks.within(*clause)):
                p.deed = count_deed(q, toks, clause, key[0])  # a count reported done, not planned (``bakal rampung``)
                if not p.deed[0] and continues_list(toks, clause):
                    listed.add(id(p))
            if owner_named and owner:
                p.owner_name = next((m.text for m in ev.mentions if m.entity == owner and m.sentence == q.sentence), None)
            if priced_rate(key):  # a price of goods: of what (``rate_product``)
                p.priced = rate_product(q, toks, clause, by_sentence.get(q.sentence, ()))
                if rate_measure(p) in figure_cues.ESTIMATED_PRICE_WORDS:
                    p.level = False  # an estimated price is no market reading, whatever ``level`` its sentence writes
            elif key[0].startswith("per "):  # another rate: what ``harga`` names, for the findings only
                p.priced = priced_noun([w for _o, w in toks.within(clause[0], q.start)])
            p.head = measure_head(q, toks, clause) if measures else None
            if share:  # one owner's share: its own series and fact (``synth.findings.same_measured_thing``)
                p.measures, p.head = frozenset({share[0]}), share[0]
                p.owner, p.owner_name = share[1], share[2]
                p.owner_named = share[1] is not None
                p.bare = share[1] is None  # a share of no named owner (``penyerapannya ... 50%``) meets no other
                p.level = True  # a share spent so far grows through the year: a reading at its day, as a close is
            art_points.append((key, p))
            if not (delta or base):
                values.setdefault((key, q.sentence, mode, p.owner if share else rate_measure(p)), set()).add(q.value)
        for _key, p in art_points:
            if id(p) in listed:  # ``..., serta 276 SPBU``: the act and things of the count before it in the sentence
                prev = max((r for _k, r in art_points if r.q.sentence == p.q.sentence and r.q.end <= p.q.start),
                           key=lambda r: r.q.start, default=None)
                if prev is not None and prev.deed is not None:
                    p.deed = (prev.deed[0], p.deed[1] | prev.deed[1]) if p.deed else prev.deed
        money_names(corpus, a, art_points)
        for key, p in art_points:
            if p.exchange is None:
                p.exchange = near_rate(key, p, art_points)
        for _key, p in art_points:
            if not (p.delta or p.base):
                p.prior = prior_level(corpus.text(a, p.q.sentence), p.q, by_sentence.get(p.q.sentence, ()), moves)
        pairs = {p.exchange for _k, p in art_points if p.exchange and p.exchange[1]}
        if len(pairs) == 1:  # ``rupiah berada di level Rp 16.383`` in a report of the rupiah against the dollar
            pair = pairs.pop()
            for _k, p in art_points:
                if p.exchange and p.exchange[0] == pair[0]:
                    p.exchange = pair
        for key, p in art_points:
            if p.bare and any(r.q.sentence == p.q.sentence and k2 == key and not r.bare and r.mode != p.mode
                              for k2, r in art_points):
                # ``target 1 juta unit terpasang di mobil ... baru terealisasi 135.000 unit``: the value reached
                # counts what its target under the same counter counts (``bare_counter``)
                p.bare = False
        # counts with no noun of their own (``11 sisanya``, ``86 lainnya``) continue the sentence's count
        rest: dict[int, set[float]] = {}
        for q in ev.quantities:
            if q.unit is None and (q.noun is None or q.noun.casefold() in figure_cues.ANAPHORIC_COUNT_NOUNS):
                rest.setdefault(q.sentence, set()).add(q.value)
        totals: dict[tuple[tuple[str, str | None], int], list[Point]] = {}  # marked totals by key and sentence
        for key, r in art_points:
            if r.total:
                totals.setdefault((key, r.q.sentence), []).append(r)
        for key, p in art_points:
            # a target beside its realisation is no breakdown, nor are the shares of a list's owners
            # a profit per litre is no second value of the price per litre beside it (``rate_measure``)
            mine = values.get((key, p.q.sentence, p.mode, p.owner if p.head in SHARE_NAMES else rate_measure(p)), set())
            if key[1] is None and key[0] not in figure_cues.ANAPHORIC_COUNT_NOUNS:
                mine = mine | rest.get(p.q.sentence, set())
            wholes = {r.q.value for r in totals.get((key, p.q.sentence), ()) if part_of(corpus.text(a, p.q.sentence), p, r)}
            p.shared = len(mine - wholes) > 1  # ``255 SPBU ..., dari total 264 SPBU``: the part is read, not listed
            groups.setdefault(key, []).append(p)
    for pts in groups.values():
        pts.sort(key=lambda p: (p.date is None, p.date or dt.date.min, corpus.time_key(p.article, p.q.sentence)))
    return groups


def amount_purpose(text: str, q: Quantity) -> str | None:
    """What a money amount is for, as the words right after it say (``Rp 40 miliar untuk pembangunan gedung``,
    ``menghabiskan Rp 2 miliar untuk kampanye``): ``untuk`` (``figure_cues.PURPOSE_WORDS``) right after the amount,
    then at most ``PURPOSE_MAX_WORDS`` words up to a punctuation mark, a number or a function word. None when
    nothing follows so, or the first word names no purpose: a recipient counted (``untuk satu pemilih``), a time
    (``untuk tahun anggaran 2024``: ``PURPOSE_NOT_FIRST``) or a function word (``untuk itu``)."""
    m = _PURPOSE.match(text, q.end)
    if m is None:
        return None
    out: list[str] = []
    end = m.end()
    for t in _TOKEN.finditer(text, end):
        w = t.group().casefold()
        if text[end : t.start()].strip() or len(out) == figure_cues.PURPOSE_MAX_WORDS or not w.isalpha() \
                or w in stop_words() or (not out and w in figure_cues.PURPOSE_NOT_FIRST):
            break
        out.append(w)
        end = t.end()
    return " ".join([m.group().strip().casefold(), *out]) if out else None


_PURPOSE = re.compile(r"\s+(?:" + alternation(figure_cues.PURPOSE_WORDS) + r")\b", re.IGNORECASE)


def money_names(corpus: Corpus, a: int, art_points: Sequence[tuple[tuple[str, str | None], Point]]) -> None:
    """Name the money amounts of no noun whose own clause names nothing (``Point.money`` None) by their list: the
    amount before it in its sentence, when only a list's next item stands between (``continues_money_list``), or the
    sentence opening the list it is a line of (``list_intro_money``); failing all, by what it is for
    (``amount_purpose``). A reader then sees ``anggaran`` for each agency's line of a budget, not one more ``IDR``
    table."""
    bare = [(key, p) for key, p in art_points if key[1] in CURRENCIES and key[0] == key[1]]
    by_start = {(p.q.sentence, p.q.start): p for _k, p in bare}
    intro: dict[int, str | None] = {}
    for _key, p in sorted(bare, key=lambda kp: (kp[1].q.sentence, kp[1].q.start)):
        if p.money is not None:
            continue
        text = corpus.text(a, p.q.sentence)
        mates = [r for _k, r in art_points if r.q.sentence == p.q.sentence and r.q.unit in CURRENCIES
                 and r.q.end <= p.q.start]
        prev = max(mates, key=lambda r: r.q.start, default=None)
        if prev is not None and prev.money and (prev.q.sentence, prev.q.start) in by_start and (
                continues_money_list(text, prev.q, p.q)
                or set(words(text[prev.q.end : p.q.start])) <= figure_cues.MOVE_TO_WORDS):
            p.money = prev.money  # ``dari Rp 3 triliun menjadi Rp 2 triliun``: one thing
            continue
        if p.q.sentence not in intro:
            intro[p.q.sentence] = list_intro_money(corpus, a, p.q.sentence) or year_list_money(
                corpus, a, p.q.sentence, [r.q for _k, r in art_points if r.q.sentence == p.q.sentence
                                          and r.q.unit in CURRENCIES])
        p.money = intro[p.q.sentence]
        if p.money is None:
            toks = sentence_tokens(text)
            before = toks.within(amount_clause(text, p.q.start, p.q.end, toks)[0], p.q.start)
            p.purpose = amount_purpose(text, p.q) or loose_money(before[-figure_cues.MONEY_MEASURE_GAP :], text) \
                or valued_thing(before, text)


_YEAR_BEFORE = re.compile(r"(?:^|[\s,;(])(?:(\w+)\s+)?(?:19|20)\d\d\s*[:,]?\s*$")


def year_list_money(corpus: Corpus, a: int, s: int, amounts: Sequence[Quantity]) -> str | None:
    """The money noun of the sentence before ``s`` when ``s`` is a list of money amounts each right after its year and
    naming no money noun of its own (``Tahun 2020 Rp 84 miliar, 2021 Rp 124 miliar dan tahun 2022 Rp 135 miliar``
    after ``Pada 2019, dana hibah ... senilai Rp 54 miliar``: the grant of each later year). A year may follow
    ``tahun`` or ``pada`` (``figure_cues.YEAR_LIST_WORDS``); two amounts at least. None otherwise."""
    if s == 0 or len(amounts) < 2:
        return None
    text = corpus.text(a, s)
    prev_end = 0
    for q in sorted(amounts, key=lambda q: q.start):
        m = _YEAR_BEFORE.search(text, prev_end, q.start)
        if m is None or (m.group(1) and m.group(1).casefold() not in figure_cues.YEAR_LIST_WORDS
                         and m.group(1).casefold() not in figure_cues.MONEY_LIST_JOINS):
            return None
        prev_end = q.end
    toks = sentence_tokens(text)
    if money_head(toks.within(0, len(text)), text):
        return None
    before = corpus.text(a, s - 1)
    head = money_head(sentence_tokens(before), before)
    return head[1] if head else None


def priced_noun(before: Sequence[str]) -> str | None:
    """What a rate prices by ``harga``: the word after the last ``harga`` of ``before`` (the words before the amount),
    past the words of which price it is (``figure_cues.PRICE_KIND_WORDS``: ``harga eceran tertinggi pupuk``). None
    when there is no ``harga``, or the word after it names no product (``harga murah``, ``harga ke``:
    ``figure_cues.PRICE_NOT_PRODUCT``), or names a benchmark grade (``harga Brent``: ``Point.grades`` compares it)."""
    at = max((k for k, w in enumerate(before) if w == "harga"), default=-1)
    if at < 0:
        return None
    for w in before[at + 1 :]:
        if w in figure_cues.PRICE_KIND_WORDS:
            continue
        ok = (w.isalnum() and not w.isdigit() and w != "per" and not _verb_like(w) and w not in figure_cues.GRADE_NAMES
              and w not in figure_cues.PRICE_NOT_PRODUCT and w not in figure_cues.RATE_MEASURES)
        return w if ok else None
    return None


def _product_run(before: Sequence[tuple[int, str]], text: str) -> str | None:
    """The product named last in ``before`` (``figure_cues.PRODUCT_WORDS``; words with their offsets in ``text``)
    with the product words before it and the variety words after it (``daging sapi``, ``cabai rawit merah``, ``NPK
    kakao``, ``ZA khusus tebu``: ``figure_cues.PRODUCT_USE_WORDS``), not across punctuation (``bawang merah, cabai rawit``: ``cabai rawit``), a class word dropped before a
    product word (``pupuk NPK`` -> ``npk``: ``figure_cues.PRODUCT_CLASS_WORDS``)."""
    at = max((k for k, (_o, w) in enumerate(before) if w in figure_cues.PRODUCT_WORDS), default=-1)
    if at < 0:
        return None

    def joined(k: int) -> bool:  # words k-1 and k stand with only spaces between
        o, w = before[k - 1]
        return not text[o + len(w) : before[k][0]].strip()

    lo = at
    while lo and joined(lo) and (before[lo - 1][1] in figure_cues.PRODUCT_WORDS or (
            lo > 1 and before[lo - 1][1] in figure_cues.PRODUCT_USE_WORDS and joined(lo - 1)
            and before[lo - 2][1] in figure_cues.PRODUCT_WORDS)):
        lo -= 1  # ``ZA khusus tebu``: the fertiliser for cane, no price of cane
    hi = at + 1
    while hi < len(before) and before[hi][1] in figure_cues.PRODUCT_VARIETIES and joined(hi):
        hi += 1
    run = [w for _o, w in before[lo:hi]]
    while len(run) > 1 and run[0] in figure_cues.PRODUCT_CLASS_WORDS and run[1] in figure_cues.PRODUCT_WORDS:
        run.pop(0)
    return " ".join(run)


def priced_rate(key: tuple[str, str | None]) -> bool:
    """A figure key that is a price of goods: money per a unit of something (``per kg``, ``per liter``, ``per ekor``),
    not per time or person (``per bulan``, ``per orang``: ``figure_cues.RATE_NOT_PRICED``) nor an exchange rate
    (``per usd``)."""
    about, unit = key
    if not about.startswith("per ") or unit not in CURRENCIES:
        return False
    per = about[4:]
    return per not in figure_cues.RATE_NOT_PRICED and per.upper() not in CURRENCIES


def rate_product(q: Quantity, toks: Tokens, clause: Clause, others: Sequence[Quantity]) -> str | None:
    """What a money rate (``Rp 14.000 per kg``) is the rate of: the product named nearest before it in its clause
    (``_product_run``: ``harga beras medium ... Rp 14.000/kg``, ``urea dari Rp 2.200 per kilogram menjadi Rp 1.760``,
    ``cabai rawit dijual Rp 60.000 per kg``), else the word after ``harga`` (``priced_noun``: ``harga tiket``), led by
    a measure other than a price named before it, after the last ``harga`` and not right after a product (``subsidi BBM ... Rp 1.000 per liter`` ->
    ``subsidi bbm``: ``figure_cues.RATE_MEASURES``). Only the words after the last other amount of another rate count
    (``harga MOPS 72 dollar per barel dan kurs Rp 16.000 per dollar``: the MOPS is the barrel's); an amount of the same
    rate between is a value of the same product (``dari Rp 2.250/kg menjadi Rp 1.800/kg``). None when nothing names
    it: such an amount stays out of every named series (``build_figures``)."""
    mine = rate_name(" ".join(q.noun.casefold().split())) if q.noun else None
    lo = clause[0]
    for o in others:
        if o is q or not lo <= o.end <= q.start:
            continue
        theirs = rate_name(" ".join(o.noun.casefold().split())) if o.noun else None
        if theirs != mine and not (theirs is None and o.unit == q.unit):
            lo = o.end  # ``... 72 dollar AS per barel dan kurs Rp 16.000 per dollar AS``
    window = toks.within(lo, q.start)
    before = [w for _o, w in window]
    product = _product_run(window, toks.sentence) or priced_noun(before)
    # a measure word right after ``harga`` or a product describes the price (``harga pupuk subsidi``), measures nothing
    # and one before a later ``harga`` is not this price's (``harga eceran di luar pajak ... harga MOPS 65 dollar``)
    last_price = max((k for k, w in enumerate(before) if w == "harga"), default=-1)
    measure = next((w for k, w in reversed(list(enumerate(before))) if k > last_price
                    and w in figure_cues.RATE_MEASURES and not (
                        k and (before[k - 1] == "harga" or before[k - 1] in figure_cues.PRODUCT_WORDS))), None)
    if measure is None and any(w in figure_cues.ESTIMATED_PRICE_WORDS for w in before):
        measure = next(w for w in before if w in figure_cues.ESTIMATED_PRICE_WORDS)  # ``harga keekonomian Premium``
    if measure:
        return f"{measure} {product}" if product else measure
    return product


def rate_measure(p: Point) -> str | None:
    """What a money rate measures other than a sale price (``rate_product``: ``keuntungan``, ``subsidi``, an estimated
    price ``keekonomian``): the first word of ``Point.priced`` when it is one of ``figure_cues.RATE_MEASURES`` or
    ``ESTIMATED_PRICE_WORDS``, else None (a price)."""
    first = p.priced.split()[0] if p.priced else None
    return first if first in figure_cues.RATE_MEASURES or first in figure_cues.ESTIMATED_PRICE_WORDS else None


def market_quote(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """A price its clause reads as a market quote: ``figure_cues.MARKET_QUOTE_CUES`` before it (``ditutup pada``,
    ``menetap di``), or the level a move ended at (``merosot 2,10 dollar AS menjadi 61,40 dollar AS``: a movement
    verb, then ``menjadi``/``ke`` right before the price, ``figure_cues.CHANGE_TO``)."""
    if q.unit not in CURRENCIES:
        return False
    before = [w for _o, w in toks.within(clause[0], q.start)]
    if any(w in figure_cues.MARKET_QUOTE_CUES for w in before):
        return True
    return (len(before) >= 2 and before[-1] in figure_cues.CHANGE_TO
            and any(w in figure_cues.MOVEMENT_VERBS for w in before[-figure_cues.MOVE_TO_GAP - 1 : -1]))


def rate_before(q: Quantity, toks: Tokens, clause: Clause, others: Sequence[Quantity]) -> str | None:
    """The rate ``per <word>`` written before a money amount of no noun in its clause (``harga per sak dari Rp 98.000
    turun menjadi Rp 85.000``, ``harga per liter Rp 12.500``), at most ``figure_cues.RATE_BEFORE_GAP`` words before it,
    with only money amounts of no noun between (``dari Rp 101.000 menjadi Rp 87.000``: both per sack). Not a word of
    when (``per tanggal``, ``per hari ini``: ``figure_cues.NOT_RATE_AFTER_PER``), nor the rate written after an amount
    before (``ditutup pada 53 dollar per barel setelah bertahan di kisaran 56 dollar``: the 56 is an earlier level, and
    two values of one series in one sentence would make the close unusable for the findings). The name as
    ``rate_name`` gives it."""
    before = toks.within(clause[0], q.start)[-figure_cues.RATE_BEFORE_GAP :]
    for k in range(len(before) - 2, -1, -1):
        if before[k][1] != "per":
            continue
        w, nxt = before[k + 1][1], before[k + 2][1] if k + 2 < len(before) else ""
        if not w.isalpha() or w in figure_cues.NOT_RATE_AFTER_PER or nxt in figure_cues.NOT_RATE_AFTER_PER:
            return None
        at = before[k][0]
        if any(o.start < at <= o.end for o in others):
            return None  # the rate of the amount before (``53,61 dollar AS per barel setelah ... 56 dollar AS``)
        if any(at < o.start < q.start and (o.noun or o.unit not in CURRENCIES) for o in others):
            return None
        if w.endswith("nya") and len(w) > 6:
            w = w[:-3]  # ``harga per liternya``
        return rate_name("per " + w)
    return None


def recalls_figure(corpus: Corpus, a: int, s: int) -> bool:
    """Sentence ``s`` of article ``a`` repeats a figure as another party's earlier statement: one of its amounts that
    a figure is kept of (``figure_key``) has a recalled party (``recalled_party``, read in its clause as
    ``figure_points`` reads it for ``Point.recall``). The summaries ask it of the sentences they cite: such a
    sentence supports the first report of the statement, it is no second source of it. Read once per sentence and
    corpus (a sentence is cited by many candidates)."""
    memo: dict[tuple[int, int], bool] = corpus.__dict__.setdefault("_recalls_figure", {})
    if (a, s) not in memo:
        text = corpus.text(a, s)
        qs = [q for q in corpus.articles[a].quantities if q.sentence == s and figure_key(q) is not None]
        toks = sentence_tokens(text) if qs else None
        memo[(a, s)] = any(recalled_party(text, q, amount_clause(text, q.start, q.end, toks)) for q in qs)
    return memo[(a, s)]


def in_series(p: Point) -> bool:
    """A value of the thing its figure tracks: not the size of a movement, not where a movement
    started (a past value the report dates by itself), not a scenario's value, not a conversion of another
    amount into another currency (``Point.converted``)."""
    return not p.delta and not p.base and p.mode != "conditional" and not p.converted


def amount_forecast(q: Quantity, toks: Tokens, clause: Clause, scoped: str = "") -> bool:
    """A forecast word (``figure_cues.FORECAST_CUES``: ``memprediksi``, ``mungkin``; not after a negation, ``tidak
    mungkin``) comes before the amount in its clause (``amount_clause``), or the amount is an estimate of a stock,
    flow or grade price (``scoped``, ``measure_scoped``) whose estimate word (``figure_cues.ESTIMATE_CUES``, not an
    average: ``rata-rata`` gives a series of its own) comes before it (``konsumsi ... diperkirakan naik ... 196 juta
    ton tahun 2034``; a price before ``rata-rata`` in the clause is a price), or any estimate word is followed by a
    word of the future before it (``memperkirakan harga akan merosot ke 40 dollar``; ``diperkirakan sudah mengirim``
    estimates the past), a guess also by a word of what may come (``_may_come``: ``menduga harga bisa stabil``; not
    an estimate's ``bisa``, which as often sizes a past loss or a capacity), or a cause may push a price there
    (``bisa mendorong harga ke 45 dollar``): what someone expects, no value the series can show."""
    lo, _hi = clause
    before = [w for _o, w in toks.within(lo, q.start)]
    for j, w in enumerate(before):
        prev = before[j - 1] if j else ""
        if w in figure_cues.FORECAST_CUES and prev not in figure_cues.FORECAST_NEGATIONS:
            return True
        if (w in figure_cues.PUSH_VERBS and prev in figure_cues.MAY_COME
                and any(x == "harga" or x in figure_cues.GRADE_NAMES for x in before[j + 1 :])):
            return True  # ``pasokan berlimpah bisa mendorong harga ke 45 dollar``: where a cause may take it
        if (((w in figure_cues.ESTIMATE_CUES and w != "rata") or w in figure_cues.GUESS_CUES)
                and prev not in figure_cues.COMPARISON_BEFORE
                and ((scoped == "estimate" and w not in figure_cues.GUESS_CUES)
                     or any(x in figure_cues.PLAN_CUES for x in before[j + 1 :])
                     or (w in figure_cues.GUESS_CUES and _may_come(before[j + 1 :])))):
            return True
    return False


def _may_come(after_guess: Sequence[str]) -> bool:
    """A word of what may come after a guess (``figure_cues.MAY_COME``), no word of the past
    (``figure_cues.MAY_COME_PAST``), and ``dapat`` only before a verb (``dapat keuntungan`` is "got")."""
    if any(x in figure_cues.MAY_COME_PAST for x in after_guess):
        return False
    for k, x in enumerate(after_guess):
        if x not in figure_cues.MAY_COME:
            continue
        nxt = after_guess[k + 1] if k + 1 < len(after_guess) else ""
        if x != "dapat" or nxt.startswith(figure_cues.VERB_PREFIXES) or nxt in figure_cues.MAY_COME_BASE_VERBS:
            return True
    return False


def sentence_grades(words_of_sentence: set[str]) -> frozenset[str]:
    """The benchmark grades a sentence names (``figure_cues.GRADE_NAMES``; ``light sweet`` and ``West Texas
    Intermediate`` written out are WTI: ``GRADE_ALIASES``)."""
    return frozenset(words_of_sentence & figure_cues.GRADE_NAMES) | frozenset(
        g for w, g in figure_cues.GRADE_ALIASES.items() if w in words_of_sentence)


def amount_grade(q: Quantity, toks: Tokens, clause: Clause, grades: frozenset[str]) -> str | None:
    """The benchmark grade an amount prices: the last grade name (``figure_cues.GRADE_NAMES``, ``GRADE_ALIASES``)
    before it in its clause (``WTI ... 71,20 dollar, sementara Brent ... 75,40 dollar``), else the only one its
    sentence names, unless a word turning to another thing (``sedangkan``: ``GRADE_BREAKS``) stands between."""
    lo, hi = clause
    named = [(o, figure_cues.GRADE_ALIASES.get(w, w)) for o, w in toks.within(lo, hi)
             if w in figure_cues.GRADE_NAMES or w in figure_cues.GRADE_ALIASES]
    before = [g for o, g in named if o < q.start]
    if before or named:  # the clause's own grade: before the amount, else after it (``55 dollar untuk WTI``)
        return before[-1] if before else named[0][1]
    if len(grades) != 1:
        return None
    last_grade = max((o for o, w in toks.within(0, q.start) if w in figure_cues.GRADE_NAMES
                      or w in figure_cues.GRADE_ALIASES), default=None)
    if last_grade is None or any(w in figure_cues.GRADE_BREAKS for _o, w in toks.within(last_grade + 1, q.start)):
        return None
    return next(iter(grades))


def series_qualifiers(p: Point, toks: Tokens, clause: Clause) -> tuple[str, ...]:
    """What sets an amount's table series apart from others of its noun and unit: a target (``Point.mode``) or a
    plan (``Point.plan``: ``akan menjangkau 35 juta keluarga``, ``direncanakan sebesar``), both a value still to come
    and named alike (``figure_cues.AIM_QUALIFIER``), a role (``Point.role``:
    ``warga (luka)``, ``IDR (sitaan)``), a cost or an average (``figure_cues.SERIES_QUALIFIERS`` before it in its clause) and the benchmark grade
    it prices (``amount_grade``). A Brent price, a WTI price, a production cost and an aim are four series."""
    lo, _hi = clause
    out = [figure_cues.AIM_QUALIFIER] if p.mode == "target" or p.plan else []  # one name for aims and plans
    if p.role:
        out.append(p.role)
    if p.place:
        out.append(f"di {p.place}")
    for _o, w in toks.within(lo, p.q.start):
        tag = figure_cues.SERIES_QUALIFIERS.get(w)
        if tag and tag not in out:
            out.append(tag)
    if whole_of_part(p.q, toks, clause):
        out.append("total")
    grade = amount_grade(p.q, toks, clause, p.grades)
    if grade:
        out.append(grade)
    return tuple(out)


def whole_of_part(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """The amount is the whole another amount before it is measured against: ``dari total`` / ``dari seluruh`` right
    before it (``figure_cues.TOTAL_CUES``; ``sebanyak`` and other ``figure_cues.WHOLE_GAP`` words between), after an
    amount of its sentence's clause (``sudah ada 255 SPBU yang terpasang ..., dari total sebanyak 264 SPBU``). The
    255 and the 264 are no two readings of one count: the 264 is the whole, a series of its own (``stasiun
    (total)``)."""
    before = [w for _o, w in toks.within(clause[0], q.start)]
    while before and before[-1] in figure_cues.WHOLE_GAP:
        before.pop()
    return (len(before) >= 3 and before[-1] in figure_cues.TOTAL_CUES and before[-2] == "dari"
            and any(w[0].isdigit() for w in before[:-2]))


def moved_rate(text: str, q: Quantity, mates: Sequence[Quantity], aliases: dict[str, str]
               ) -> tuple[str, str | None] | None:
    """The rate key of an amount with no noun that is the new level of a move given as a rate right before it
    (``moves_to``): in ``produksi turun 15.000 barel per hari menjadi 8,7 juta barel`` the level is barrels per day,
    as another report's ``8,7 juta barel per hari`` says outright, so both are one series."""
    prev = max((m for m in mates if m.end <= q.start and m.unit == q.unit), key=lambda m: m.start, default=None)
    if prev is None or not moves_to(text, prev, q):
        return None
    key = figure_key(prev, aliases)
    return key if key is not None and key[0].startswith("per ") else None


def rate_points(q: Quantity, toks: Tokens, clause: Clause) -> bool:
    """A basis-point amount with no noun moves an interest rate its clause names before it (``Rusia menaikkan suku
    bunganya 650 bps``: ``figure_cues.RATE_BP_HEADS``), so it belongs to that rate's series, where ``650 basis poin
    suku bunga`` of another report already stands; a bare ``bp`` series would hold one move twice."""
    ws = [w for _o, w in toks.within(clause[0], q.start)]
    return any(a == figure_cues.RATE_BP_FIRST and b in figure_cues.RATE_BP_HEADS for a, b in pairwise(ws))


def measure_head(q: Quantity, toks: Tokens, clause: Clause) -> str | None:
    """The stock or flow (``figure_cues.MEASURED_THINGS``) named last before the amount in its clause: ``produksi
    minyak AS naik menjadi 9,1 juta barel`` is production, ``mobil bermesin 500 cc ... mobil produksi`` is none."""
    named = [figure_cues.MEASURED_THINGS[w] for _o, w in toks.within(clause[0], q.start) if w in figure_cues.MEASURED_THINGS]
    return named[-1] if named else None


def measured_thing(about: str, unit: str | None, p: Point, heads: set[str]) -> tuple[str, ...]:
    """The stock or flow (``Point.head``) that names the series of an amount whose key is only a rate or a unit
    (``per hari``, ``bbl``), when the amounts of that key name at least two (``heads``): ``produksi 9 juta barel per
    hari`` and ``ekspor 2,9 juta barel per hari`` are two series, as the findings already hold them apart
    (``synth.findings.comparable``). A key whose amounts name one flow only keeps one series (``2.500 ton`` and
    ``produksi ... 676 ton`` of one harvest), and a noun of its own names the series already (``penerimaan``)."""
    if p.money or p.head is None or len(heads) < 2 or not (about.startswith("per ") or about == unit):
        return ()
    return (figure_cues.MEASURED_THING_NAMES[p.head],)


def in_table(p: Point) -> bool:
    """A value the figures table shows: one of the series (``in_series``) and not a forecast (``Point.forecast``,
    ``amount_forecast``)."""
    return in_series(p) and not p.forecast


def measured_owner_name(p: Point, owners: dict[str, str], owned: frozenset[str | None]) -> tuple[str, ...]:
    """The named owner of a stock or flow (``Point.owner``, named as ``owners`` first wrote it) in the series name of
    an amount whose series holds a stock or flow of another owner, or of one its sentence does not name (``owned``:
    the owners of the series' stocks and flows, None for an unnamed one): the United States' output and OPEC's quota,
    Indonesia's reserves and those of a report on Russia that names no country in its sentence, are two series
    (``synth.findings.comparable`` already holds named owners apart). A series of one named owner only keeps its
    name. Money amounts too (``cadangan devisa Indonesia``)."""
    if p.head is None or not p.owner_named or p.owner not in owners or len(owned) < 2:
        return ()
    return (owners[p.owner],)


def rate_series_product(p: Point) -> tuple[str, ...]:
    """The product a money rate's series is named by (``Point.priced``, ``rate_product``): ``per kg (beras medium)``
    and ``per kg (cabai rawit)`` are two series, and an amount whose product its clause does not name stays in the
    plain ``per kg`` rather than join either. A benchmark grade among the qualifiers names the product already
    (``per barel (WTI)``, not ``per barel (WTI, minyak)``)."""
    if not p.priced or any(x in figure_cues.GRADE_NAMES for x in p.qualifiers):
        return ()
    return (p.priced,)


def once_per_article(pts: Sequence[Point]) -> list[Point]:
    """The first of the points that give one article's same reading of a series (same value, range, modifier and
    ``as_of``): an article repeating its figure in the lede, the body and a closing recap (``penerimaan Rp 28,3
    triliun`` three times) reported it once; the table lists it once, citing the first sentence."""
    seen: set[tuple[int, float, float | None, str, str | None]] = set()
    out = []
    for p in pts:
        k = (p.article, p.q.value, p.q.value_max, p.q.modifier, p.as_of)
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out


def best_series_only(series: dict[tuple[str, str | None], list[Point]]) -> dict[tuple[str, str | None], list[Point]]:
    """One article's money amount in its best-keyed series only: the same amount (value, range, modifier, currency) of
    one article, in one kind of statement (``Point.mode``, ``Point.plan``) and of one role, grade and product, keyed
    under several series by its sentences' words is one figure told again. It leaves every series named by its unit
    alone (``IDR``, ``USD (2006/2023)``) when a series names what it measures; and of two series named by words of one
    pool of money (``dana`` and ``anggaran``: ``figure_cues.FUND_WORDS``; ``pemotongan dana pusat Rp 800 miliar`` and
    ``anggaran saya dipotong Rp 800 miliar``) it stays in the one more articles report, else the one the article names
    it in first. Series of two different measures keep it (a loss and a seizure of one sum, ``kerugian`` and
    ``sitaan``, are two facts), as do rates (``per kg``) and counts: one report's prices of two goods and its counts of
    two groups coincide often."""
    where: dict[tuple, list[tuple[tuple[str, str | None], Point]]] = {}
    for key, pts in series.items():
        name, unit = key
        if unit not in CURRENCIES or name.startswith("per "):
            continue
        for p in pts:
            grade = tuple(x for x in p.qualifiers if x in figure_cues.GRADE_NAMES)
            k = (p.article, p.q.value, p.q.value_max, p.q.modifier, unit, p.mode, p.plan, p.role, grade, p.priced)
            where.setdefault(k, []).append((key, p))
    spread = {key: len({p.article for p in pts}) for key, pts in series.items()}
    drop: set[int] = set()
    for found in where.values():
        if len({key for key, _p in found}) < 2:
            continue
        heads = {key: key[0].split(" (")[0] for key, _p in found}
        named = [(key, p) for key, p in found if heads[key] != key[1]]
        if named:
            drop.update(id(p) for key, p in found if heads[key] == key[1])  # ``IDR`` beside ``anggaran``
        funds = [(key, p) for key, p in named if heads[key] in figure_cues.FUND_WORDS]
        if len({key for key, _p in funds}) > 1:
            best = min(funds, key=lambda kp: (-spread[kp[0]], kp[1].q.sentence, kp[1].q.start))
            drop.update(id(p) for key, p in funds if key != best[0])
    out = {key: [p for p in pts if id(p) not in drop] for key, pts in series.items()}
    return {key: pts for key, pts in out.items() if pts}


def bare_series(name: str, unit: str | None) -> bool:
    """A series named by nothing but its unit (``IDR``, ``USD``, ``t``) or a word that counts people without saying
    who (``orang``, ``jiwa``: ``figure_cues.GENERIC_PEOPLE``): no measured thing, no role, place or qualifier. The aim
    alone (``USD (target)``: ``figure_cues.AIM_QUALIFIER``) says no more of what is measured: a price a trader foresees
    and a revenue target are two facts, so such a series is split as the bare one is (``split_bare``). So is a money
    series named by a loose noun only (``bantuan``: ``loose_money``): a total of aid and one family's aid are two."""
    aimed = name.removesuffix(f" ({figure_cues.AIM_QUALIFIER})")
    return aimed == unit or (unit is None and aimed in figure_cues.GENERIC_PEOPLE) or (
        unit in CURRENCIES and aimed in LOOSE_MONEY_NAMES)


# The table names of loose money nouns (``loose_money``): such a table is split by fact as a bare one is.
LOOSE_MONEY_NAMES = frozenset(figure_cues.LOOSE_MONEY_NOUNS.values())


def split_bare(corpus: Corpus, series: dict[tuple[str, str | None], list[Point]]
               ) -> list[tuple[tuple[str, str | None], list[Point]]]:
    """The series, a bare one (``bare_series``) split by what its sentences say: its values form a series only within
    one fact (``synth.findings.fact_clusters``: sentences alike, as the findings compare them) stated in two sentences
    or more (the rupiah's closing rate day by day, one crowd size repeated by four reports); every other value stands
    alone, one figure each, among the figures of one report (``Rp 163 miliar`` of one budget item and ``Rp 201
    triliun`` of another are no series of ``IDR``; nor are the values of one sentence's list)."""
    from kliping.synth.findings import fact_clusters  # the findings build on this module

    out: list[tuple[tuple[str, str | None], list[Point]]] = []
    for key, pts in series.items():
        if not bare_series(*key) or len(pts) < 2:
            out.append((key, pts))
            continue
        for fact in fact_clusters(corpus, pts):
            if len({(p.article, p.q.sentence) for p in fact}) > 1:
                out.append((key, fact))
            else:
                out.extend((key, [p]) for p in fact)
    return out


def one_sentence_lists(series: list[tuple[tuple[str, str | None], list[Point]]]
                       ) -> list[tuple[tuple[str, str | None], list[Point]]]:
    """The series, the lone values of a bare series (``bare_series``, as ``split_bare`` leaves them) of one sentence
    joined in one: ``untuk berat badan 60 kg (210 kalori), 75 kg (260 kalori)`` gives one table of calories, not one
    ``kcal`` table per value with the same heading. They share a sentence, an article and a date, so nothing charts
    them as a series over time; values of other sentences keep their own tables."""
    out: list[tuple[tuple[str, str | None], list[Point]]] = []
    at: dict[tuple[tuple[str, str | None], int, int], int] = {}
    for key, pts in series:
        if len(pts) == 1 and bare_series(*key):
            k = (key, pts[0].article, pts[0].q.sentence)
            if k in at:
                out[at[k]][1].append(pts[0])
                continue
            at[k] = len(out)
            pts = list(pts)
        out.append((key, pts))
    return out


def grade_rates(points: dict[tuple[str, str | None], list[Point]]) -> dict[tuple[str | None, str], set[str]]:
    """For each currency and benchmark grade, the rates (``per barel``) whose table values price that grade."""
    out: dict[tuple[str | None, str], set[str]] = {}
    for (about, unit), pts in points.items():
        if about.startswith("per ") and unit in CURRENCIES:
            for p in pts:
                if in_table(p):
                    for g in p.qualifiers:
                        if g in figure_cues.GRADE_NAMES:
                            out.setdefault((unit, g), set()).add(about)
    return out


def graded_rate(about: str, unit: str | None, p: Point, rates: dict[tuple[str | None, str], set[str]]) -> str | None:
    """The rate a bare money amount of one benchmark grade is a reading of: ``minyak jenis Brent ... ke level 66,15
    dollar AS siang ini`` writes no ``per barel``, but the storyline prices Brent per barrel only (``grade_rates``), so
    it is a value of ``per barel (Brent)``, not a table ``USD (Brent)`` or ``harga (Brent)`` of its own. None when the
    amount has a money noun other than ``harga``, names no grade or two, or its grade is priced per two units."""
    if about != unit or p.exchange or p.money not in (None, "harga"):
        return None
    grades = [g for g in p.qualifiers if g in figure_cues.GRADE_NAMES]
    if len(grades) != 1:
        return None
    found = rates.get((unit, grades[0]), set())
    return next(iter(found)) if len(found) == 1 else None


def table_series(points: dict[tuple[str, str | None], list[Point]]) -> dict[tuple[str, str | None], list[Point]]:
    """The table's series: the points the table shows (``in_table``) by series name and unit, each name its key with
    what sets the point's series apart (``series_qualifiers``, the money noun, dimension or subject, the exchange
    pair, the priced product, the measured thing and its owner). The findings name a finding by the series of its
    values (``synth.findings.figure_findings``), so a reader finds it under the heading of its table."""
    series: dict[tuple[str, str | None], list[Point]] = {}
    rates = grade_rates(points)
    for (about, unit), all_pts in points.items():
        if about in figure_cues.NON_MEASURE_NOUNS:
            continue
        if unit is None and about in figure_cues.ENUMERATED_PARTS:  # ``dua opsi``, ``tiga alasan``
            all_pts = [p for p in all_pts if p.q.value > figure_cues.ENUMERATION_MAX]
        heads = {p.head for p in all_pts if p.head and in_table(p)}
        owners: dict[str, str] = {}  # owner entity id -> its first written name (``RI`` and ``Indonesia``: one)
        for p in all_pts:
            if p.head and p.owner and p.owner_name and p.owner_named and in_table(p):
                owners.setdefault(p.owner, p.owner_name)
        named: dict[tuple[str, str | None], list[Point]] = {}
        for p in all_pts:
            if in_table(p):
                # ``pendapatan`` of ``USD``: a revenue and a reserve are two series; ``tinggi`` and ``panjang`` of a
                # length too (``amount_dimension``)
                head = graded_rate(about, unit, p, rates) or p.money or p.dimension or p.purpose or about
                if p.subject:  # ``anak penderita anemia`` and ``anak mengalami karies``: two groups, two series
                    head = f"{about} {p.subject}"
                quals = p.qualifiers + measured_thing(about, unit, p, heads)
                if p.exchange:  # ``kurs rupiah (per dolar AS)``, whether written ``Rp 16.239/US$`` or ``Rp 16.239``
                    head, code = p.exchange
                    if code:
                        quals = (f"per {figure_cues.EXCHANGE_PAIR_NAMES.get(code, code)}", *quals)
                elif priced_rate((about, unit)):
                    quals += rate_series_product(p)
                quals += (p.as_of,) if p.as_of and "/" in p.as_of else ()  # a total over years (``2022/2024``)
                named.setdefault((f"{head} ({', '.join(quals)})" if quals else head, unit), []).append(p)
        for (name, unit_), pts in named.items():
            # whose stock or flow each value is, where the series holds more than one owner (``measured_owner_name``)
            owned = frozenset(p.owner if p.owner_named and p.owner in owners else None for p in pts if p.head)
            for p in pts:
                own = measured_owner_name(p, owners, owned)
                if own:
                    series.setdefault((f"{name[:-1]}, {own[0]})" if name.endswith(")") else f"{name} ({own[0]})",
                                       unit_), []).append(p)
                else:
                    series.setdefault((name, unit_), []).append(p)
    return series


def build_figures(corpus: Corpus, points: dict[tuple[str, str | None], list[Point]],
                  series: dict[tuple[str, str | None], list[Point]] | None = None) -> list[Figure]:
    """One Figure per group and qualifier (``series_qualifiers``: ``per barel (Brent)``, ``shown_series_name``),
    most-reported first. ``series`` is ``table_series(points)`` when the caller has it already (the findings name
    themselves by the same series, ``synth.findings.name_by_series``): it is computed once per storyline.
    The size of a movement (``turun 1,03 dollar AS``), a scenario's value (``kalau harga minyak 60 dollar AS``),
    and a forecast are not values of the thing a figure tracks, so they stay out of its series (they
    remain in the articles' own evidence: ``in_table``), and nouns that measure nothing (``dua kali``,
    ``tiga jenis``: ``figure_cues.NON_MEASURE_NOUNS``) make no series."""
    figs = []
    if series is None:
        series = table_series(points)
    series = best_series_only({key: once_per_article(pts) for key, pts in series.items()})
    for (about, unit), pts in one_sentence_lists(split_bare(corpus, series)):
        values = [
            FigureValue(
                value=p.q.value,
                as_of=p.as_of,
                article=corpus.articles[p.article].id,
                sentence=p.q.sentence,
                value_max=p.q.value_max,
                modifier=p.q.modifier,
                text=p.q.text,
                recall=p.recall or "",
            )
            for p in pts
        ]
        figs.append(Figure(about=about, unit=unit, values=values))
    figs.sort(key=lambda f: (-len({v.article for v in f.values}), -len(f.values), f.about))
    for f in figs:  # named for the reader once sorted: a capital grade moves no table (``B`` sorts before ``b``)
        f.about = shown_series_name(f.about, f.unit, [corpus.text(corpus.by_id[v.article], v.sentence)
                                                      for v in f.values])
    return figs


def written_forms(texts: Sequence[str]) -> dict[str, str]:
    """Each word the sentences ``texts`` write with two capitals or more (an acronym: ``MOPS``, ``RON92``,
    ``UMKM``), by its lower-case key, as written there most often. The series and findings are keyed on
    lower-case words (``figure_key``), so a name built from them says ``per barel (mops)`` or ``umkm`` unless it is
    written back the way its articles write it (``shown_series_name``)."""
    seen: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for w in _TOKEN.findall(text):
            if sum(c.isupper() for c in w) >= 2:
                seen[(w.casefold(), w)] += 1
    out: dict[str, str] = {}
    for (key, form), _n in seen.most_common():
        out.setdefault(key, form)
    return out


def shown_series_name(name: str, unit: str | None = None, texts: Sequence[str] = ()) -> str:
    """A series name as the table shows it: each benchmark grade among its qualifiers written as a reader expects
    (``per barel (wti)`` is shown ``per barel (WTI)``: ``figure_cues.GRADE_SHOWN``), and each word its values'
    sentences (``texts``) write as an acronym written so (``written_forms``: ``per barel (MOPS)``, ``UMKM``,
    ``per liter (RON92)``). Series are grouped, sorted and compared on the lower-case keys
    (``series_qualifiers``, ``rate_series_product``, ``best_series_only``); only the shown name changes. A name that is
    its unit (``kl``) stays the unit: the table heads it so."""
    if name == unit:
        return name
    forms = written_forms(texts)
    if forms:
        unit_key = (unit or "").casefold()
        name = _TOKEN.sub(lambda m: forms.get(m.group(0), m.group(0)) if m.group(0) != unit_key else m.group(0), name)
    head, sep, quals = name.partition(" (")
    if not sep or not quals.endswith(")"):
        return name
    shown = [figure_cues.GRADE_SHOWN.get(x, x) for x in quals[:-1].split(", ")]
    return f"{head} ({', '.join(shown)})"
