"""Same-date sentences grouped into happenings: one happening by TF-IDF cosine or word
overlap (by the words' roots) with a shared entity or, within one article, enough shared words
(:func:`same_happening`), one speaker's statement of a day (:func:`same_statement`) or of two
neighbouring sentences (:func:`_same_article_statement`), an act pointed back to and told in the
same article (:func:`_same_act`), never two reports whose figures contradict; the greedy grouping
(:func:`group_sentences`) tests a sentence only against its candidates (:class:`_Candidates`), and groups
holding one and the same sentence become one (:func:`same_text`).

Apart because grouping is the timeline's one quadratic step (``bench/bench_timeline.py``) and its
bars are tuned on their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kliping.ingest.glue import word_root
from kliping.lang.id import calendar, outlets, time_cues
from kliping.synth.corpus import Corpus, word_overlap, words
from kliping.synth.timeline.near_pairs import cosines_above
from kliping.synth.timeline.said_days import dates_told
from kliping.synth.timeline.sentences import QUOTE_MARK, Facts, Sentences, StatedFigures, contradicts
from kliping.synth.timeline.shown_text import POINTED_BACK_TO, SUBJECT_OPENING

# Sentences with the same date value describe the same happening at this TF-IDF cosine or above.
# Lower than the summary's same-fact bar: the shared date already makes a coincidence unlikely.
SAME_HAPPENING_COSINE = 0.3
# ... or when they name a common entity and this share of the shorter sentence's content words
# (without the words of its dates) is in the other (overlap coefficient). Reports of one happening in
# other words keep its key words but add their own context, which dilutes the cosine. Measured on
# the sample and detik-dev (pairs below the cosine bar with a common entity): the summit at
# Vostochny in two outlets (cosine 0.22-0.28, overlap 0.78-0.89), the shipments "since early
# September" (0.27, 0.60), one suspect's questioning (0.21, 0.67) are one happening; two KPK cases
# examined the same day (0.28 and 0.08, overlap 0.40 and 0.50) or a spokesman's remark next to
# another case (0.23, 0.40) are not. Missed at this bar: the April tariff announcement told twice
# (0.20, 0.57), one bridge closure (0.22, 0.57).
SAME_HAPPENING_OVERLAP = 0.6
# ... the words compared by their dictionary roots (:meth:`Sentences.happening_roots`): reports of one
# happening name its act as a noun or as a verb (``pemeriksaan`` / ``diperiksa``, ``dipanggil`` /
# ``panggilan``); on the dev labels the roots bring 9 pairs of one happening to the bar and no pair of
# two (docs/times.md, "One happening, one entry").
SAME_HAPPENING_ROOTS = True
# ... read only when the plain words already share this much: every pair the roots brought to the bar on
# the dev labels shared a quarter of its plain words or more (0.25-0.67), and rooting the words of every
# pair sharing a place or an institution on a busy day is what costs (``bench/bench_timeline.py``).
ROOTS_FROM_OVERLAP = 0.25
# ... and two sentences of one article need no common entity (the article is their common ground: what
# the entity asks of two articles) when they share at least this many of those words: the verdict of a
# court told as ``Putusan itu ... dibacakan`` and ``yang putusannya dibacakan hari ini`` with no name
# in common (five words by their roots). Two are too few: a regent's visit to a breached dike and the
# dike's breach (``tanggul``, ``jebol``) are two happenings of one day.
SAME_ARTICLE_OVERLAP = True
SAME_ARTICLE_SHARED_WORDS = 3
# ... or, for a day, when they quote one speaker (:func:`same_statement`) in one article or in
# articles on one matter: at least this TF-IDF cosine of the two whole articles. A speaker answering
# questions on several cases at one doorstop is quoted in one article per case, and those articles
# share little but the speaker, the institution and the place (a KPK deputy on four cases on one
# day in detik-dev: 0.07-0.08), while articles quoting one lawyer, minister or official on one
# matter share its names and words (labelled one happening: 0.20-0.74; one media briefing told in
# a piece on each of its two topics, 0.08, is split: one more entry of that briefing).
SAME_SPEAKER_DAY = True
SAME_STATEMENT_ARTICLE_COSINE = 0.1
SAME_STATEMENT_SAME_EVENT = True


def same_happening(corpus: Corpus, x: tuple[int, int], y: tuple[int, int], cosine: float,
                   cache: Sentences | None = None) -> bool:
    """Two sentences with one date describe one happening (the date equality is the caller's)."""
    c = cache or Sentences(corpus)
    if cosine >= SAME_HAPPENING_COSINE:
        # The cosine counts the date's words and the quoting frame (``kata ... di Jakarta, Rabu
        # (4/12/2013)``), which two short quote tails share: two quotes must also share a name or a
        # word beyond the names of whoever they quote. Two plain sentences may share only their
        # dates (``antara 7 September dan 1 Oktober``), which then are what they tell.
        if not (QUOTE_MARK.search(corpus.text(*x)) or QUOTE_MARK.search(corpus.text(*y))):
            return True
        # The frame's own words (``di Jakarta``, ``kepada wartawan``) are left out too.
        spoken = c.speakers(*x) | c.speakers(*y)
        names = c.speaker_words(*x) | c.speaker_words(*y) | c.frame_words(*x) | c.frame_words(*y)
        return bool((c.quoted_entities(*x) & c.quoted_entities(*y)) - spoken
                    or (c.happening_words(*x) & c.happening_words(*y)) - names)
    return _overlapping(c, x, y)


def _overlapping(c: Sentences, x: tuple[int, int], y: tuple[int, int], named: bool | None = None) -> bool:
    """The overlap path of :func:`same_happening`: :data:`SAME_HAPPENING_OVERLAP` of the happening
    words, by their roots with :data:`SAME_HAPPENING_ROOTS`, and a common entity; within one article
    (with :data:`SAME_ARTICLE_OVERLAP`) the article is the common ground instead, when the two share
    :data:`SAME_ARTICLE_SHARED_WORDS` words or more and do not quote two different people
    (:func:`_other_speakers`)."""
    if named is None:  # the caller may know the two share an entity (:class:`_Candidates`)
        named = bool(c.entities(*x) & c.entities(*y))
    if not named and not (SAME_ARTICLE_OVERLAP and x[0] == y[0] and not _other_speakers(c, x, y)):
        return False
    wx, wy = c.happening_words(*x), c.happening_words(*y)
    plain = word_overlap(wx, wy)
    if plain < SAME_HAPPENING_OVERLAP:
        if not SAME_HAPPENING_ROOTS or plain < ROOTS_FROM_OVERLAP:
            return False
        wx, wy = c.happening_roots(*x), c.happening_roots(*y)
        if word_overlap(wx, wy) < SAME_HAPPENING_OVERLAP:
            return False
    return named or len(wx & wy) >= SAME_ARTICLE_SHARED_WORDS


def _other_speakers(c: Sentences, x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Both sentences quote someone and no one in common: two people's words on one matter in one
    article (a lawyer and the police on one summons) are two statements, however alike."""
    sx, sy = c.speakers(*x), c.speakers(*y)
    return bool(sx and sy and not sx & sy)


def same_statement(corpus: Corpus, x: tuple[int, int], y: tuple[int, int],
                   cache: Sentences | None = None) -> bool:
    """Two sentences dated the same *day* quote one speaker: one occasion (a press conference, an
    interview, a statement) told in several quotes, e.g. ``"...," ujar Rudi, Selasa (21/10)`` in
    two articles with different quotes. Not for months: a month holds many occasions. Across
    articles the two must be on one matter (:data:`SAME_STATEMENT_ARTICLE_COSINE`): one speaker's
    remarks on different cases, told in a piece each, are different happenings."""
    c = cache or Sentences(corpus)
    if not c.speakers(*x) & c.speakers(*y):
        return _same_spokesperson(corpus, x, y, c)
    if x[0] == y[0]:
        return True
    if SAME_STATEMENT_SAME_EVENT and corpus.event_of.get(x[0]) != corpus.event_of.get(y[0]):
        return False
    return corpus.article_cosine(x[0], y[0]) >= SAME_STATEMENT_ARTICLE_COSINE


# ... and one spokesperson (whom :func:`same_statement` leaves out: a KPK spokesman answers on every case of
# the day) quoted in two articles of one event that share at least this TF-IDF cosine: one matter, one
# briefing (an upstream regulator's spokesman on the year's lifting, told in two pieces of one day). The
# bar is above :data:`SAME_STATEMENT_ARTICLE_COSINE`: a spokesperson's pieces on one institution share its
# words whatever the case.
SAME_SPOKESPERSON_ONE_MATTER = True
SAME_SPOKESPERSON_ARTICLE_COSINE = 0.25


def _same_spokesperson(corpus: Corpus, x: tuple[int, int], y: tuple[int, int], c: Sentences) -> bool:
    """With :data:`SAME_SPOKESPERSON_ONE_MATTER`, two sentences of two articles of one event quote one
    spokesperson and the articles are on one matter (:data:`SAME_SPOKESPERSON_ARTICLE_COSINE`)."""
    if not SAME_SPOKESPERSON_ONE_MATTER or x[0] == y[0] or not c.spokespersons(*x) & c.spokespersons(*y):
        return False
    if corpus.event_of.get(x[0]) != corpus.event_of.get(y[0]):
        return False
    return corpus.article_cosine(x[0], y[0]) >= SAME_SPOKESPERSON_ARTICLE_COSINE


def group_sentences(corpus: Corpus, items: list[tuple[int, int, str]],
           cache: Sentences | None = None) -> list[list[tuple[int, int, str]]]:
    """Greedy single-link grouping of same-date sentences by :func:`same_happening` (and, for a
    day, :func:`same_statement`), in publication order: a sentence joins the first group holding a
    sentence it matches and none of another article whose figures it contradicts (:func:`contradicts`:
    about 7.000 and nearly 10.000 containers in two outlets are two reports that disagree, however
    alike the sentences). One article's sentences of one date with different figures are parts of one
    report (a trading day's WTI and Brent closes) and may join. A frame pointing back at the statement
    before it (``Hal tersebut ia sampaikan saat mengajar ..., Sabtu (11/10)``: :func:`dates_told`) that
    joined another group first (the occasion it names) brings the statement's group with it: one
    happening, not the statement on one line and its occasion on the next.

    A sentence is tested only against the earlier sentences that can match it (:class:`_Candidates`:
    above the cosine bar, sharing an entity, or, for a day, a speaker), and so only against their
    groups, in group order, each group's figures first (:class:`StatedFigures`) and the words of a
    sentence sharing only an entity with it compared only in a group they do not contradict: the same
    groups as testing every member of every earlier group, without the quadratic walk over the groups
    and the entity-sharing pairs of a busy date."""
    if len(items) < 2:  # most dates of a storyline hold one sentence: nothing to compare
        return [list(items)] if items else []
    cache = cache or Sentences(corpus)
    sims = _near_cosines(corpus, [corpus.sent_rows[(a, s)] for a, s, _g in items])
    groups: list[list[int]] = []
    group_of: list[int] = []  # sentence -> its group
    candidates = _Candidates(cache, items, sims)
    frames: dict[tuple[int, int], int] = {}  # (article, sentence) -> its index, for a frame's statement

    def same(k: int, j: int) -> bool:
        x, y = items[k][:2], items[j][:2]
        if x[0] == y[0] and abs(x[1] - y[1]) == 1 and _tells_on(corpus.text(x[0], max(x[1], y[1]))):
            return True  # a statement and the frame dating it (``Hal itu disampaikan X, Selasa``): one
        if _same_article_statement(cache, x, y) or _same_act(cache, x, y):
            return True
        if items[k][2] == "day" and items[j][2] == "day" and _on_the_spot(cache, x, y):
            return True
        if same_happening(corpus, x, y, sims[k].get(j, 0.0), cache):
            return True
        return SAME_SPEAKER_DAY and items[k][2] == "day" and items[j][2] == "day" and same_statement(corpus, x, y, cache)

    # Per group, the figures its members state (:class:`StatedFigures`), read before its members' words.
    figures = StatedFigures()
    # Per group, its members' (article, facts) with any value or move: the others contradict nothing.
    stated: list[list[tuple[int, Facts]]] = []

    def joinable(k: int, gi: int, a: int, mine: Facts, sure: set[int], named: set[int]) -> bool:
        if figures.contradicted(gi, a, mine):
            return False
        return any(same(k, j) for j in groups[gi] if j in sure or (j in named and candidates.overlaps(k, j)))

    for k in range(len(items)):
        a = items[k][0]
        facts = cache.facts(a, items[k][1])
        sure = candidates.sure(k)
        named = candidates.named(k, sure)
        # the candidates' groups in group order: the first joinable one is the first of all groups; a group
        # whose figures the sentence contradicts is passed without comparing the words of its members
        order = sorted({group_of[j] for j in sure} | {group_of[j] for j in named})
        gi = next((gi for gi in order if joinable(k, gi, a, facts, sure, named)), None)
        if gi is None:
            gi = len(groups)
            groups.append([])
            figures.new()
            stated.append([])
        groups[gi].append(k)
        group_of.append(gi)
        candidates.add(k)
        figures.add(gi, a, facts)
        if facts[0] or facts[1] or facts[2]:
            stated[gi].append((a, facts))
        told = frames.get((a, items[k][1] - 1)) if dates_told(corpus.text(a, items[k][1])) else None
        if told is not None and group_of[told] != gi and not _clash(stated[gi], stated[group_of[told]]):
            # the frame joined an earlier group first (the occasion it names, the speaker's other
            # remark): the statement it dates is that happening too, so the two groups are one
            keep, gone = sorted((gi, group_of[told]))
            groups[keep] += groups[gone]
            for j in groups[gone]:
                group_of[j] = keep
            stated[keep] += stated[gone]
            figures.merge(keep, gone)
            groups[gone], stated[gone] = [], []
        frames[(a, items[k][1])] = k
    return [[items[k] for k in sorted(g)] for g in groups if g]


POINTED_SUBJECT_SAME = True
# A sentence opening with a happening pointed back to (``Agenda tersebut ...``, ``"Penutupan ini ...``,
# ``Namun, hal itu ...``): :data:`time_cues.OCCASION_POINTER_NOUNS` and a demonstrative, as
# ``shown_text.points_back`` reads any noun so.
_POINTED_HAPPENING = re.compile(
    r"(?i)" + SUBJECT_OPENING + r"(?:" + "|".join(sorted(time_cues.OCCASION_POINTER_NOUNS)) + r")" + POINTED_BACK_TO)


def _tells_on(text: str) -> bool:
    """The sentence goes on with the happening the sentence before it told: a frame dating it
    (:func:`dates_told`) or, with :data:`POINTED_SUBJECT_SAME`, a happening pointed back to
    (``Agenda tersebut sedianya digelar ... hari ini``; not a thing of the sentence before,
    ``Tanggul itu jebol ...``, which may be a happening of its own)."""
    return dates_told(text) or (POINTED_SUBJECT_SAME and _POINTED_HAPPENING.match(text) is not None)


POINTED_ACT_SAME = True
# A sentence opening with an act or occasion pointed back to, one word of its own allowed before the
# demonstrative (``Pelaporan itu ...``, ``Penurunan harga ini ...``, ``Putusan MK tersebut ...``).
_POINTED_ACT = re.compile(
    r"(?i)" + SUBJECT_OPENING + r"(?P<noun>" + "|".join(sorted(time_cues.OCCASION_POINTER_NOUNS)) + r")(?:\s+[a-z]+)?"
    + POINTED_BACK_TO)


@lru_cache(maxsize=4096)
def pointed_act(text: str) -> str | None:
    """The root of the act or occasion a sentence opens by pointing back to (``Pelaporan itu sudah
    dilakukan ...`` -> ``lapor``, ``Penurunan harga ini sesuai ...`` -> ``turun``), or None."""
    m = _POINTED_ACT.match(text)
    if m is None:
        return None
    noun = m.group("noun").casefold()
    return word_root(noun) or noun


def _same_act(c: Sentences, x: tuple[int, int], y: tuple[int, int]) -> bool:
    """With :data:`POINTED_ACT_SAME`, two sentences of one article and one date, one of which points
    back to an act (:func:`pointed_act`) that the other tells in a word of the same root (``Pelaporan
    itu sudah dilakukan pada Minggu`` and a quote ``kami ... melaporkan X``, wherever the two stand
    in the article): the pointer names the happening the article tells that day, and the other
    sentence tells it."""
    if not POINTED_ACT_SAME or x[0] != y[0]:
        return False
    text = c.corpus.text
    ax, ay = pointed_act(text(*x)), pointed_act(text(*y))
    return bool((ax and ax in c.happening_roots(*y)) or (ay and ay in c.happening_roots(*x)))


REPORTER_ON_THE_SPOT = True
_SELF_BRANDS = tuple(outlets.SELF_BRANDS.values())


@lru_cache(maxsize=4096)
def reporter_on_the_spot(text: str) -> bool:
    """The outlet's own reporter tells what they saw at the scene (``Dari pantauan tim detikProperti di
    lokasi, Jumat (17/10/2025), terlihat ...``, ``Selasa (12/8/2025) malam, detikJabar menyusuri ...``): the
    outlet's name as it calls itself (:data:`outlets.SELF_BRANDS`) and a word of looking at a place
    (:data:`time_cues.REPORTER_VISIT_WORDS`). Cached by text: :func:`_on_the_spot` asks it of one sentence for
    every candidate pair of its date."""
    return (bool(time_cues.REPORTER_VISIT_WORDS.intersection(words(text)))
            and any(p.search(text) for p in _SELF_BRANDS))


@lru_cache(maxsize=4096)
def _said_elsewhere(text: str) -> bool:
    """The sentence was taken from another text or said through one: a verb of citing an outlet
    (``Mengutip pantauan detikcom ...``, ``dikutip dari detikNews``: :data:`calendar.CITING_VERBS`), a source
    (``dalam siaran YouTube ...``: :data:`time_cues.SOURCE_NOUNS`) or a release (``dalam keterangan
    tertulis``: :data:`time_cues.RELEASE_PHRASES`). Cached by text, as :func:`reporter_on_the_spot` is: the
    release phrases are matched against every word of the sentence, once per sentence, not once per pair."""
    ws = words(text)
    if calendar.CITING_VERBS.intersection(ws) or time_cues.SOURCE_NOUNS.intersection(ws):
        return True
    return any(tuple(ws[i:i + len(p)]) == p for p in time_cues.RELEASE_PHRASES for i in range(len(ws)))


def _on_the_spot(c: Sentences, x: tuple[int, int], y: tuple[int, int]) -> bool:
    """With :data:`REPORTER_ON_THE_SPOT`, two sentences of one article and one day, one the reporter's own
    look at the scene (:func:`reporter_on_the_spot`) and the other quoting someone, neither taken from
    another text nor said through one (:func:`_said_elsewhere`): a reportage, whose reporter met the people
    it quotes on that visit (a resident, an estate's manager), is one happening with them; the quote shares
    few words with what the reporter saw, so no word test joins them. A recap's ``Mengutip pantauan
    detikcom`` and a pollster's words in a broadcast of that day are two happenings."""
    if not REPORTER_ON_THE_SPOT or x[0] != y[0]:
        return False
    text = c.corpus.text
    for seen, quoted in ((x, y), (y, x)):
        if (reporter_on_the_spot(text(*seen)) and c.speakers(*quoted)
                and not _said_elsewhere(text(*seen)) and not _said_elsewhere(text(*quoted))):
            return True
    return False


SAME_ARTICLE_SPEAKER = True


def _same_article_statement(c: Sentences, x: tuple[int, int], y: tuple[int, int]) -> bool:
    """With :data:`SAME_ARTICLE_SPEAKER`, two neighbouring sentences of one article quoting one speaker
    at one date of any granularity (a paraphrase and the quote it sums up: ``Bimo menambahkan, ...
    bulan ini.`` then ``"...," imbuh Bimo.``): one statement. :func:`same_statement` asks a day,
    since a month holds many occasions, but two sentences in a row are one."""
    return (SAME_ARTICLE_SPEAKER and x[0] == y[0] and abs(x[1] - y[1]) == 1
            and bool(c.speakers(*x) & c.speakers(*y)))


def _clash(one: list[tuple[int, Facts]], other: list[tuple[int, Facts]]) -> bool:
    """Two groups hold sentences of different articles whose figures contradict (:func:`contradicts`),
    which :func:`group_sentences` never joins."""
    return any(a != b and contradicts(f, g) for a, f in one for b, g in other)


def _groups_clash(cache: Sentences, group: list[tuple[int, int, str]], other: list[tuple[int, int, str]]) -> bool:
    """:func:`_clash` of two groups of (article, sentence, granularity), each sentence's figures read only when
    asked: :func:`same_text` and :func:`join_article_asides` merge no two groups so."""
    return any(a != b and contradicts(cache.facts(a, s), cache.facts(b, t)) for a, s, _g in group for b, t, _h in other)


def _near_cosines(corpus: Corpus, rows: list[int]) -> list[dict[int, float]]:
    """Per sentence (a row of ``corpus.sent_matrix``), the others at or above :data:`SAME_HAPPENING_COSINE`
    and their cosine: all that :func:`same_happening` and :class:`_Candidates` read of the similarities (a
    cosine below the bar is 0.0 to them). Only the pairs at or above the bar are found, from a product
    leaving out the words every sentence of a busy date shares (:func:`.near_pairs.cosines_above`),
    instead of a dense or full ``N x N`` product (``bench/bench_timeline.py``)."""
    if corpus.sent_matrix.shape[1] == 0 or not rows:
        return [{} for _ in rows]
    return cosines_above(corpus.sent_matrix[rows], SAME_HAPPENING_COSINE)


class _Candidates:
    """The earlier same-date sentences a sentence can match (:func:`group_sentences`), a superset of those
    :func:`same_happening` or :func:`same_statement` accept, in two parts. :meth:`sure`: above
    :data:`SAME_HAPPENING_COSINE` (a row of the similarity matrix), both dated to a day and sharing a
    speaker (:func:`same_statement` needs one), the statement a frame dates, or the same article's sentences
    its rules accept. :meth:`named`: the others sharing an entity, each a candidate only when its words
    overlap enough (the overlap path of :func:`same_happening`, exactly: :meth:`overlaps`), which the
    grouping asks only of the sentences of a group it tests. Sentences are added in order; both give the
    earlier ones only."""

    def __init__(self, cache: Sentences, items: list[tuple[int, int, str]], sims: list[dict[int, float]]) -> None:
        self.cache = cache
        self.items = items
        self.sims = sims
        self.by_entity: dict[str, list[int]] = {}
        self.by_speaker: dict[str, list[int]] = {}
        self.by_sentence: dict[tuple[int, int], int] = {}
        self.by_article: dict[int, list[int]] = {}
        self.words: list[set[str]] = []  # sentence -> its happening words (:meth:`Sentences.happening_words`)

    def sure(self, k: int) -> set[int]:
        """The earlier sentences that may match sentence ``k`` by any rule but the overlap of two sentences of
        two articles sharing an entity."""
        a, s, gran = self.items[k]
        out = {j for j in self.sims[k] if j < k}  # above the cosine bar (:func:`_near_cosines`)
        told = self.by_sentence.get((a, s - 1))
        if told is not None and _tells_on(self.cache.corpus.text(a, s)):
            out.add(told)  # the statement a frame dates (``Hal itu disampaikan X, Selasa``)
        if SAME_SPEAKER_DAY and gran == "day":
            for sp in self.cache.speakers(a, s) | self.cache.spokespersons(a, s):
                out.update(self.by_speaker.get(sp, ()))
        for j in self.by_article.get(a, ()):
            if j not in out:
                y = self.items[j][:2]
                if (_same_article_statement(self.cache, (a, s), y) or _same_act(self.cache, (a, s), y)
                        or (gran == "day" and self.items[j][2] == "day" and _on_the_spot(self.cache, (a, s), y))
                        or _overlapping(self.cache, (a, s), y)):
                    out.add(j)
        return out

    def named(self, k: int, sure: set[int]) -> set[int]:
        """The earlier sentences sharing an entity with sentence ``k`` and not in ``sure``: each a candidate
        when :meth:`overlaps` says so. Below the bar and with no shared speaker, a sentence sharing an entity
        matches only by the overlap of its words; a place or an institution named by many matters of the day
        makes many such pairs, nearly all of groups whose figures the sentence contradicts
        (``bench/bench_timeline.py``), so their words are compared only when the grouping gets to them."""
        a, s, _gran = self.items[k]
        out: set[int] = set()
        for e in self.cache.entities(a, s):
            out.update(self.by_entity.get(e, ()))
        return out - sure

    def overlaps(self, k: int, j: int) -> bool:
        """Sentence ``k`` and the earlier ``j``, sharing an entity, are one happening by the overlap path
        (:func:`_overlapping`), asked first by the plain words' overlap alone, which it needs at
        :data:`ROOTS_FROM_OVERLAP` (or, without the roots, :data:`SAME_HAPPENING_OVERLAP`) before it reads
        anything else."""
        a, s, _gran = self.items[k]
        bar = ROOTS_FROM_OVERLAP if SAME_HAPPENING_ROOTS else SAME_HAPPENING_OVERLAP
        if word_overlap(self.cache.happening_words(a, s), self.words[j]) < bar:
            return False
        return _overlapping(self.cache, (a, s), self.items[j][:2], named=True)

    def add(self, k: int) -> None:
        """Index sentence ``k`` for the sentences after it."""
        a, s, gran = self.items[k]
        self.by_sentence[(a, s)] = k
        self.by_article.setdefault(a, []).append(k)
        self.words.append(self.cache.happening_words(a, s))
        for e in self.cache.entities(a, s):
            self.by_entity.setdefault(e, []).append(k)
        if gran == "day":
            for sp in self.cache.speakers(a, s) | self.cache.spokespersons(a, s):
                self.by_speaker.setdefault(sp, []).append(k)


def same_text(corpus: Corpus, groups: list[list[tuple[int, int, str]]],
               cache: Sentences | None = None) -> list[list[tuple[int, int, str]]]:
    """Groups of one date that hold one and the same sentence (a statement copied word for word into
    two articles, grouped apart because each copy joined other sentences first) are one entry: a
    reader would see it twice on one day. Not when the rest of the two groups state figures that
    contradict (:func:`contradicts`, as :func:`group_sentences` asks): a boilerplate line copied into two
    pieces does not make their two happenings one."""
    cache = cache or Sentences(corpus)
    first: dict[str, int] = {}  # normalised text -> index of the merged group holding it
    merged: list[list[tuple[int, int, str]]] = []
    for group in groups:
        keys = {" ".join(words(corpus.text(a, s))) for a, s, _g in group}
        into = min((first[k] for k in keys if k in first and not _groups_clash(cache, group, merged[first[k]])),
                   default=None)
        if into is None:
            into = len(merged)
            merged.append([])
        merged[into].extend(group)
        for k in keys:
            first.setdefault(k, into)
    return merged


ARTICLE_ASIDES_JOIN = True
# An occasion named by its day (``acara hari ini``, ``kunjungan kemarin``: :data:`time_cues.OCCASION_NOUNS`
# and a word of :data:`calendar.DEICTIC_DAYS`).
_OCCASION_OF_THE_DAY = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(time_cues.OCCASION_NOUNS)) + r")\s+(?:"
    + "|".join(sorted(calendar.DEICTIC_DAYS, key=len, reverse=True)) + r")\b")
_ASIDE_OPENER = re.compile(r"(?i)^\W*(?:" + "|".join(sorted(time_cues.ARTICLE_ASIDE_OPENERS)) + r")\b")


def article_aside(text: str) -> bool:
    """The sentence tells no happening of its own at its date: it announces or sums up its article's
    matter (``Berikut prakiraan cuaca ... hari ini:``, ``Itulah cara cek ... Oktober 2025``, a line
    ending in a colon) or names the day's occasion by its day (``"Acara hari ini menjadi momen penting
    ...``)."""
    return bool(_ASIDE_OPENER.match(text) or text.rstrip().endswith(":") or _OCCASION_OF_THE_DAY.search(text))


def join_article_asides(corpus: Corpus, groups: list[list[tuple[int, int, str]]],
                        cache: Sentences | None = None) -> list[list[tuple[int, int, str]]]:
    """A group of one article's sentences holding an aside (:func:`article_aside`) joins the one other
    group of that date holding a sentence of the same article: the happening the article tells that
    day, which the aside announces, sums up or names by its day (``Opening ceremony ... dilaksanakan
    ..., Selasa (21/10)`` and ``"Acara hari ini menjadi momen penting ...," ujar X, Selasa`` are one
    ceremony). With no such group, or several, the aside stays where it is. Not when the two groups'
    sentences of different articles state figures that contradict (:func:`contradicts`)."""
    if not ARTICLE_ASIDES_JOIN or len(groups) < 2:
        return groups
    cache = cache or Sentences(corpus)
    out = [list(g) for g in groups]
    for k in range(len(out)):
        arts = {a for a, _s, _g in out[k]}
        if len(arts) != 1 or not any(article_aside(corpus.text(a, s)) for a, s, _g in out[k]):
            continue
        (a,) = arts
        others = [j for j, g in enumerate(out) if j != k and g and any(b == a for b, _t, _h in g)]
        if len(others) != 1 or _groups_clash(cache, out[k], out[others[0]]):
            continue
        out[others[0]] += out[k]
        out[k] = []
    return [g for g in out if g]

