"""Which sentence an entry shows: one that does not lean on its context
(:func:`leans_on_context`: a quote, ``Hal itu ...``) or point back to its subject
(:func:`points_back`), not telling what went before the happening (:func:`before_happening`); for
an entry citing only a quote's fragments, the sentence introducing the quote
(:func:`quote_opening`) or the quote from its opening (:func:`quote_head`, :func:`quote_close`,
shortened by :func:`head_and_tail`).

Apart because these choose the text a reader sees, after the grouping has decided what one entry
is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from kliping.lang.id import calendar, cues, discourse, time_cues
from kliping.model import Quote, TimeExpr
from kliping.synth.corpus import Corpus, is_clear, words
from kliping.synth.timeline.clauses import HYPHENATED_WORD
from kliping.synth.timeline.relative_days import dates_by_sentence
from kliping.synth.timeline.said_days import POINTER_PHRASE, dates_told, quote_said_days
from kliping.synth.timeline.sentences import QUOTE_MARK

# Sentence openers that point back to the sentence before (``Hal itu diungkapkan olehnya ...``).
_ANAPHORIC_OPENER = re.compile(r"^\W*" + POINTER_PHRASE + r"\b", re.IGNORECASE)


def leans_on_context(text: str) -> bool:
    """A sentence that needs its neighbours to be understood: it quotes someone (the quote's
    subject is usually named before) or opens with ``Hal itu``/``Hal tersebut``. An entry shows
    such a sentence only when all its sentences are like that."""
    return bool(QUOTE_MARK.search(text) or _ANAPHORIC_OPENER.match(text))


# A sentence's opening up to its subject, past a connector (``Namun, ...``: :data:`time_cues.SUBJECT_CONNECTORS`);
# and what follows a subject's noun pointed back to: a demonstrative, not before a copula (``Tuduhan tersebut ...``,
# not ``Alasan itu adalah ...``). The pieces of :data:`_POINTED_SUBJECT` and of the grouping's pointed happening
# (``synth.timeline.grouping``: ``Agenda tersebut ...``).
SUBJECT_OPENING = r"^\W*(?:(?:" + "|".join(sorted(time_cues.SUBJECT_CONNECTORS)) + r")\s*,?\s+)?"
POINTED_BACK_TO = (r"\s+(?:" + "|".join(sorted(time_cues.POINTER_WORDS)) + r")\b"
                   r"(?!\s+(?:juga\s+)?(?:adalah|merupakan|ialah|yakni))")
# A sentence whose subject is told in the sentence before, after a connector: one noun and a demonstrative
# (``Peringatan itu dilontarkan ...``, ``Tuduhan tersebut ...``) or a pronoun (``Dirinya dilantik
# menggantikan ...``: :data:`time_cues.SUBJECT_PRONOUNS`).
# The noun is none of the words a demonstrative follows without pointing at a thing (``Sementara itu, ...``, ``Selain
# itu``, ``Hari ini``: :data:`discourse.NOT_POINTING_BACK`), which opened 9 of the 77 rows counted as pointing back (round 42);
# the subject after ``Sementara itu,`` is read.
_NOT_A_POINTED_NOUN = r"(?!(?:" + "|".join(sorted(discourse.NOT_POINTING_BACK)) + r")\b)"
_POINTED_SUBJECT = re.compile(SUBJECT_OPENING + r"(?:itu\s*,?\s+)?(?:" + _NOT_A_POINTED_NOUN + r"[A-Za-z]+" + POINTED_BACK_TO
                              + r"|(?:" + "|".join(sorted(time_cues.SUBJECT_PRONOUNS)) + r")\b)", re.IGNORECASE)


def points_back(text: str) -> bool:
    """The sentence's subject is a noun pointed back to (``Peringatan itu dilontarkan setelah Kim tiba ...``) or a
    pronoun (``Dirinya dilantik ...``): a reader of the timeline, who sees the sentence alone, does not know which
    warning, or who. Among the sentences of one
    entry, one that names its subject is shown first (``Kim Jong-un menyeberang ke Rusia ... pada Selasa``); the
    pointing one stays cited. Only among sentences that do not lean on their context otherwise (a quote, ``Hal
    itu ...``): between two of those the older order stands."""
    return _POINTED_SUBJECT.match(text) is not None


# Show a quote's first sentence when no introduction of it stands alone. Off: measured on the dev
# sets it added 87 citations across the label sets (against 13 with introductions only), openings
# that often say little without their speaker (a bare remark that not everyone needs it); not
# labelled, so not shipped (docs/times.md).
QUOTE_OPENING_SHOWN = False


def dated_tails(corpus: Corpus, cited: list[tuple[int, int]], value: str,
                 quote_days: dict[int, dict[int, list[tuple[tuple[int, int], dt.date | None]]]],
                 ) -> list[tuple[int, int, Quote]]:
    """``(article, cited sentence, quote)`` for each cited sentence that is a later sentence of a
    direct quote (``Ketiga, ...," ujar X, Senin (20/10).``) placed at ``value`` as the day the quote
    was said, in publication order: what :func:`quote_opening` and :func:`quote_head` look at. A
    tail placed at a date the quote tells (``pompa kami kerahkan pada Sabtu``) is none.
    ``quote_days`` caches :func:`quote_said_days` by article (worked out once per article)."""
    return _said_quote_sentences(corpus, cited, value, quote_days, whole=False)


def _said_quote_sentences(corpus: Corpus, cited: list[tuple[int, int]], value: str,
                          quote_days: dict[int, dict[int, list[tuple[tuple[int, int], dt.date | None]]]],
                          whole: bool) -> list[tuple[int, int, Quote]]:
    """``(article, cited sentence, quote)`` for the cited sentences of direct quotes said at ``value``
    (:func:`quote_said_days`), in publication order: with ``whole`` the quotes of one sentence, else the
    later sentences of quotes of several."""
    out: list[tuple[int, int, Quote]] = []
    for a, s in sorted(cited, key=lambda c: corpus.time_key(*c)):
        for q in corpus.articles[a].quotes:
            last = q.last_sentence
            if not q.direct or not ((q.sentence == s == last) if whole else (q.sentence < s <= last)):
                continue
            if a not in quote_days:
                quote_days[a] = quote_said_days(corpus, a)
            if value in {day.isoformat() for _span, day in quote_days[a].get(s, ()) if day is not None}:
                out.append((a, s, q))
    return out


# An entry shown by a whole one-sentence quote (``"...," kata X, Senin (20/10).``) shows the sentence
# introducing it instead, as a tail's entry does (:func:`quote_opening`).
QUOTE_INTRODUCTION_OF_WHOLE = True


def dated_wholes(corpus: Corpus, cited: list[tuple[int, int]], value: str,
                  quote_days: dict[int, dict[int, list[tuple[tuple[int, int], dt.date | None]]]],
                  ) -> list[tuple[int, int, Quote]]:
    """``(article, cited sentence, quote)`` for each cited sentence that is a whole direct quote of one
    sentence said at ``value`` (its dated attribution's day, :func:`quote_said_days`), in publication
    order: the entries :func:`quote_opening` may show by the quote's introduction."""
    return _said_quote_sentences(corpus, cited, value, quote_days, whole=True)


def quote_opening(corpus: Corpus, tails: list[tuple[int, int, Quote]], cited: list[tuple[int, int]],
                   value: str) -> tuple[int, int] | None:
    """For an entry citing only fragments (``cited``), one of them the closing sentence of a quote
    that began sentences before and is placed at the day the quote was said (``tails``:
    :func:`dated_tails`), the sentence that says what the statement is: the sentence introducing
    the quote when it names the speaker (:func:`names_speaker`), stands alone (:func:`is_clear`, not
    :func:`leans_on_context`) and has no time of its own but ``saat ini`` or a coming year
    (:func:`_own_date`; ``Kapolsek X mengatakan pihaknya menelusuri kasus itu.``); the quote's first sentence only with
    :data:`QUOTE_OPENING_SHOWN`.
    Never a sentence the article places at another date (one sentence at one date) nor one already
    cited; a tail placed at a date the quote tells takes none: the introduction is of the day of
    saying. None when no cited sentence is such a tail.

    The introduction may stand two sentences before the quote (:data:`INTRO_BEFORE_QUOTE`) when the
    sentence between goes on with the speaker's statement (:func:`_goes_on`: ``Ia mengatakan bahwa
    ...``, a paraphrase) and it speaks (a speech verb or ``menurut``): ``X menjelaskan ...``, ``Ia
    mengatakan ...``, then the quote ending ``kata dia``, the commonest shape of a statement left
    shown by its quote tail in detik-dev. Introductions right before a quote are looked for first, in
    every tail's article, so an entry keeps the one the sentence-before rule found."""
    per_article: dict[int, tuple] = {}
    # the introductions right before a quote first, in every cited tail's article; then those a
    # sentence further back
    for reach in range(1, INTRO_BEFORE_QUOTE + 1):
        for a, _s, q in tails:
            if a not in per_article:  # the article's other dates and dated sentences
                per_article[a] = ({t for v, t, _g in corpus.dated.get(a, ()) if v != value},
                                  dates_by_sentence(corpus.articles[a]))
            other, dated_here = per_article[a]
            intro = q.sentence - reach
            if intro < 0 or any(not _goes_on(corpus, a, b, q, value, other, dated_here)
                                for b in range(intro + 1, q.sentence)):
                continue
            if (names_speaker(corpus, a, intro, q) and not _own_date(dated_here.get(intro, ()), value)
                    and is_clear(corpus.text(a, intro)) and not leans_on_context(corpus.text(a, intro))
                    and intro not in other and (a, intro) not in cited
                    and (reach == 1 or (bool(_SPEAKING & set(words(corpus.text(a, intro))))
                                        and not _POINTER_PHRASE.search(corpus.text(a, intro))))):
                return a, intro
            if reach == 1 and QUOTE_OPENING_SHOWN and q.sentence not in other and (a, q.sentence) not in cited:
                return a, q.sentence
    return None


# How many sentences before a quote's opening :func:`quote_opening` looks for its introduction: the
# one right before, or the one before that across a sentence going on with the statement. Three
# would reach past a second sentence of paraphrase, where a new statement more often starts.
INTRO_BEFORE_QUOTE = 2
# An introduction further back than the sentence right before the quote speaks (``X menjelaskan``,
# ``Menurut X``, ``kata X``): a sentence only naming the speaker there tells what they did
# (``Menu ayam ... dinikmati X bersama siswa``), not what they said.
_SPEAKING = cues.SPEECH_FORMS | frozenset(cues.ACCORDING_TO)
# ... and says what: not ``X membenarkan hal itu`` (a pointer noun and word anywhere in it), which
# points at the sentence between.
_POINTER_PHRASE = re.compile(r"(?i)\b" + POINTER_PHRASE + r"\b")


def _goes_on(corpus: Corpus, a: int, s: int, q: Quote, value: str, other: set[int],
             dated_here: dict[int, list[TimeExpr]]) -> bool:
    """Sentence ``s`` of article ``a``, between a quote's introduction and the quote ``q``, goes on
    with the speaker's statement: it quotes nothing (a quote of its own is another statement), is
    placed at no other date and has no time of its own (:func:`_own_date`), names no other person,
    and opens with no aside or turn (``Sementara itu, ...``, ``Adapun ...``:
    :data:`time_cues.TURN_OPENERS`), each of which starts another matter."""
    text = corpus.text(a, s)
    if QUOTE_MARK.search(text) or s in other or _own_date(dated_here.get(s, ()), value):
        return False
    ws = words(text)
    if any(tuple(ws[:len(p)]) == p for p in time_cues.TURN_OPENERS):
        return False
    return not any(m.sentence == s and m.type == "PERSON" and (q.speaker is None or m.entity != q.speaker)
                   for m in corpus.articles[a].mentions)


def names_speaker(corpus: Corpus, a: int, s: int, q: Quote) -> bool:
    """Sentence ``s`` of article ``a`` names the speaker of ``q``: the last word of the name the quote
    is attributed by (``kata Bambang``), or a mention the linker resolved to the quote's speaker
    (``Kepala Humas Rudiantoro Rimbono menuturkan ...`` before ``jelas Rudi``; ``Andy Noorsaman
    Sommeng`` before ``kata Andi``): an attribution often shortens or respells the name the
    introduction writes in full."""
    name = [w for w in words(q.speaker_name or "") if len(w) >= 3]
    if name and name[-1] in words(corpus.text(a, s)):
        return True
    return q.speaker is not None and any(
        m.sentence == s and m.entity == q.speaker for m in corpus.articles[a].mentions)


def _own_date(times: Sequence[TimeExpr], value: str) -> bool:
    """An introduction has a time of its own, so it may tell another occasion than the day the quote
    was said (``value``): any date expression but ``saat ini``/``kini`` (``PRESENT_REF``) and a year
    not before the quote's (``penerimaan migas pada 2015`` said in December 2014, ``anggaran di 2026``):
    those place nothing and are no other occasion, the speaker's present or forecast said that day. A
    past reference (``Di saat itu, X gencar menyampaikan imbauan``), an earlier year (``Pada 2019, X
    mengatakan``), a week, a month or a day still count."""
    return any(not (t.value == "PRESENT_REF" or (t.granularity == "year" and t.value and t.value.isdigit()
                                                   and t.value >= value[:4])) for t in times)


def quote_head(corpus: Corpus, tails: list[tuple[int, int, Quote]], cited: list[tuple[int, int]],
                value: str) -> tuple[int, int, int] | None:
    """For an entry citing only fragments (``cited``), one of them a later sentence of a direct
    quote (its closing sentence with the attribution, ``Jadi menterinya saya," ungkap X, Kamis
    (9/10).``) placed at the day the quote was said (``tails``: :func:`dated_tails`): (article,
    the quote's first sentence, the cited sentence), so the entry can show the quote from its
    opening. None when the quote's first sentence is placed at another date or already cited."""
    for a, s, q in tails:
        if (a, q.sentence) in cited:
            continue
        if any(t == q.sentence and v != value for v, t, _g in corpus.dated.get(a, ())):
            continue
        return a, q.sentence, s
    return None


# An entry shown by a clear sentence and holding a dated quote tail (a quote tail joined to the report of
# its day, a frame, another speaker's statement of one occasion) cites the quote's opening and its
# introduction too (:func:`tail_sources`), as an entry shown by the quote does: the tail alone is the end of a
# statement, the evidence for it starts where the quote does. Off, such an entry cited only what the grouping
# joined, so a join of a quote tail into a clearer entry dropped two right placements (round 36).
QUOTE_TAIL_CITES_WHOLE = True


def tail_sources(corpus: Corpus, tails: list[tuple[int, int, Quote]], cited: list[tuple[int, int]],
                 value: str) -> set[tuple[int, int]]:
    """The sentences an entry holding dated quote tails (``tails``: :func:`dated_tails`) cites beyond
    ``cited`` for them: for each tail's quote, the introduction :func:`quote_opening` finds and the
    opening :func:`quote_head` finds, with the same tests (neither placed at another date nor already
    cited), so an entry shown by another sentence cites what an entry shown by each quote would. Each
    quote on its own: two speakers' quotes of one occasion joined into one entry are both evidence."""
    out: set[tuple[int, int]] = set()
    for tail in tails:
        opening = quote_opening(corpus, [tail], cited, value)
        if opening:
            out.add(opening)
        head = quote_head(corpus, [tail], cited, value)
        if head:
            out.add(head[:2])
    return out


def quote_close(corpus: Corpus, cited: list[tuple[int, int]], value: str,
                 quote_days: dict[int, dict[int, list[tuple[tuple[int, int], dt.date | None]]]],
                 ) -> tuple[int, int, int] | None:
    """For an entry citing only fragments (``cited``), one of them the opening sentence of a direct quote
    that goes on in later sentences (``"Hari ini kami melaporkan seseorang ...``, no speaker, no
    close): (article, that opening, the quote's closing sentence), so the entry shows the quote from its
    opening to the closing sentence that says who spoke (``... ," kata Zakki``). The closing sentence is
    already cited, or it is cited with it when it names the quote's speaker, is placed at no date of its
    own (one sentence at one date), and the entry's date is the day the quote was said (its dated
    attribution's, :func:`quote_said_days`; undated, the publication day): an opening telling another day
    (``kemarin kami mendapat informasi``) stays alone, as its close is no report of that day. None when
    no cited sentence is such an opening."""
    for a, s in sorted(cited, key=lambda c: corpus.time_key(*c)):
        for q in corpus.articles[a].quotes:
            last = q.last_sentence
            if not q.direct or q.sentence != s or last <= s:
                continue
            if (a, last) in cited:
                return a, s, last
            name = [w for w in words(q.speaker_name or "") if len(w) >= 3]
            if not name or name[-1] not in words(corpus.text(a, last)):
                continue
            if any(t == last for _v, t, _g in corpus.dated.get(a, ())):
                continue
            if a not in quote_days:
                quote_days[a] = quote_said_days(corpus, a)
            said = [day for _span, day in quote_days[a].get(s, ())]
            day = said[0] if said else corpus.dates[a]
            if day is not None and day.isoformat() == value:
                return a, s, last
    return None


QUOTE_WITH_FRAME = True


def framed_quote(corpus: Corpus, cited: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """With :data:`QUOTE_WITH_FRAME`, for an entry citing only fragments (``cited``), one of them a frame
    (:func:`~kliping.synth.timeline.said_days.dates_told`: ``Menteri X mengatakan kepada wartawan, Rabu.``)
    right after a cited sentence closing a direct quote (``"Mengapa saya harus memangkas produksi?"``):
    (article, the quote's first sentence, the frame), so the entry shows the quote and who said it when,
    as :func:`quote_head` shows a quote and its tail. None otherwise."""
    if not QUOTE_WITH_FRAME:
        return None
    mine = set(cited)
    for a, s in sorted(cited, key=lambda c: corpus.time_key(*c)):
        if (a, s - 1) not in mine or not dates_told(corpus.text(a, s)):
            continue
        for q in corpus.articles[a].quotes:
            if q.direct and q.last_sentence == s - 1:
                return a, q.sentence, s
    return None


# How many words of a quote's opening sentence an entry shows before ``…`` and the cited closing
# sentence (:func:`quote_head`).
QUOTE_HEAD_WORDS = 18


def head_and_tail(head: str, tail: str) -> str:
    """A quote's opening sentence, cut after :data:`QUOTE_HEAD_WORDS` words, one ``…`` for all it
    leaves out (the rest of the opening and the sentences up to the tail), then the tail."""
    parts = head.split()
    if len(parts) > QUOTE_HEAD_WORDS:
        head = " ".join(parts[:QUOTE_HEAD_WORDS]).rstrip(",;:")
    return head.rstrip(".") + " … " + tail


# A sentence ending on a question mark, and quoting no one (``Bagaimana prakiraan cuaca ... hari ini?``).
_WRITERS_QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")


def writers_question(text: str) -> bool:
    """The writer's own question (a lede's ``Bagaimana prakiraan cuaca Makassar hari ini, Rabu ...?``): it asks, it tells
    nothing, so a row shows any other of its sentences before it, even a list's header naming the source (round 41
    reading: a question as a row). A quoted question is someone's statement and is left to the quote rules."""
    return bool(_WRITERS_QUESTION.search(text)) and not QUOTE_MARK.search(text)


def before_happening(text: str) -> bool:
    """The sentence tells what went on before the happening its date names (``menjelang pertemuan
    OPEC, Kamis``: :data:`calendar.BEFORE_HAPPENING_WORDS`)."""
    return any(w in calendar.BEFORE_HAPPENING_WORDS for w in words(text))


# A row whose shown sentence leans back on the sentence before it (``Video itu diunggah ... pada Sabtu.``: which
# video; ``Ia juga mengisyaratkan ...``: who) shows that sentence first, as a quote's row shows its opening before its
# tail (:func:`head_and_tail`), and cites it (:func:`antecedent`, :func:`with_antecedent`). Off, the reader of the timeline saw the pointer
# alone (round 41 reading: 73 such rows in detik-dev and kompas-oil-dev that cite no other sentence standing alone).
ANTECEDENT_SHOWN = True
# Nouns a demonstrative closes that name no thing of their own (``Hal itu``): the sentence before is what they point at.
_BARE_POINTER_NOUNS = frozenset({"hal"})
# One-word cause and result connectives (``Sebab,``, ``Jadi``) read past to the subject, as the connectives are.
_OPENING_TIES = frozenset(p[0] for p in discourse.CAUSE_OPENERS | discourse.RESULT_OPENERS if len(p) == 1)


def _pointed_at(text: str) -> tuple[str, frozenset[str]]:
    """What the sentence's opening points back at: ``("person", ...)`` for a pronoun subject (``Ia``, ``Menurutnya``,
    ``Keduanya``), ``("noun", words)`` for the words of a noun phrase a demonstrative closes (``Video itu``,
    ``Dua orang tersangka itu``, ``Sebab, politikus NasDem itu``), ``("sentence", {})`` for anything else
    :func:`~kliping.synth.summary.openings.leans_back` reads (``Hal tersebut``, ``Ini berdasarkan``, ``Sebab,``):
    the sentence before as a whole."""
    ws = [w.casefold() for w in HYPHENATED_WORD.findall(text[:100])[:8]]
    i = 0
    while i < min(2, len(ws) - 1) and (ws[i] in discourse.CONNECTIVE_OPENERS or ws[i] in _OPENING_TIES):
        i += 1
    if i < len(ws) and ws[i] == "itu" and i:  # ``Sementara itu,``
        i += 1
    if i < len(ws) and (ws[i] in discourse.PRONOUN_OPENERS or ws[i] in time_cues.SUBJECT_PRONOUNS):
        return "person", frozenset()
    for k in range(i + 1, min(i + 4, len(ws))):
        if ws[k] in discourse.DEMONSTRATIVES:
            if ws[k - 1] in _BARE_POINTER_NOUNS:
                break
            # the noun phrase after the last comma before the demonstrative (``Esther menilai, peristiwa tersebut``)
            opening = text[:text.casefold().find(ws[k - 1] + " " + ws[k]) + len(ws[k - 1])].rpartition(",")[2]
            phrase = frozenset(w for w in words(opening) if w not in discourse.NOT_POINTING_BACK
                               and w not in cues.SPEECH_FORMS and not w.isdigit())
            if phrase:
                return "noun", phrase
            break
    return "sentence", frozenset()


def leans_back(text: str) -> bool:
    """:func:`kliping.synth.summary.openings.leans_back`: the summary's test of a sentence meaning little without the
    one before (``Video itu ...``, ``Ia ...``, ``Sebab, ...``), imported when called as the summary package imports
    this one."""
    from kliping.synth.summary.openings import leans_back as summary_leans_back

    return summary_leans_back(text)


def antecedent(corpus: Corpus, a: int, s: int, value: str, cited: Sequence[tuple[int, int]],
               dated_here: dict[int, list[TimeExpr]]) -> int | None:
    """With :data:`ANTECEDENT_SHOWN`, the sentence a row shows before its shown sentence ``s`` of article ``a`` (placed
    at ``value``) when ``s`` leans back on it (:func:`~kliping.synth.summary.openings.leans_back`, or a pronoun
    subject: :func:`points_back`): the sentence right before, when it stands alone (clear, quoting nothing, leaning
    back on nothing), tells what ``s`` points at (:func:`_pointed_at`: a person it names for a pronoun, a word of the
    pointed noun phrase, ``Trump memposting video ...`` before ``Video itu diunggah ...``; for a pronoun or a bare
    pointer only in a row of the article's publication day), is placed at no date but
    as one of the row's own sentences (``cited``) and has no time of its own (:func:`_own_date`): it is the same
    happening's start, not another. ``dated_here`` is the article's expressions by sentence. None otherwise: the row
    shows ``s`` alone."""
    text = corpus.text(a, s)
    if not ANTECEDENT_SHOWN or s == 0 or QUOTE_MARK.search(text) or " … " in text:
        return None
    kind, phrase = _pointed_at(text)
    if not (leans_back(text) or (kind == "person" and points_back(text))):
        return None
    p = s - 1
    before = corpus.text(a, p)
    if (not is_clear(before) or leans_on_context(before) or leans_back(before) or points_back(before)
            or _own_date(dated_here.get(p, ()), value)):
        return None
    if (a, p) not in cited and any(t == p for _v, t, _g in corpus.dated.get(a, ())):
        return None
    if kind == "noun":
        return p if phrase & set(words(before)) else None
    # a pronoun or a bare pointer ties the sentence before to no thing of the row's happening: an undated sentence
    # is of its article's day (``Namun, ketika ditanyakan ..., X menjelaskan ...`` said on the publication day before
    # ``Untuk hal ini, X mengatakan, Rabu, dia akan rapat ...``), so it is shown only with a row of that day
    published = corpus.dates[a]
    if published is None or published.isoformat() != value:
        return None
    if kind == "person":
        return p if any(m.sentence == p and m.type == "PERSON" for m in corpus.articles[a].mentions) else None
    return p


def with_antecedent(before: str, text: str) -> str:
    """The text of a row showing :func:`antecedent`'s sentence ``before`` and its shown sentence ``text``: both whole,
    in the article's order, one space apart. Unlike a quote's opening (:func:`head_and_tail`) nothing is left out
    between them, so no ``…``, and the sentence before is not cut: the thing pointed at may be its last words
    (``..., mengajukan peninjauan kembali atas vonis ...`` before ``Vonis itu ...``)."""
    return before.strip() + " " + text.strip()
