"""Dates that frame what a sentence tells rather than date its happening,
each found over all the dates of a sentence: a document's own date (a seized paper's, ``kuitansi tgl
4 Maret 2014``: :func:`document_dates`; a standing rule cited as the basis of an act,
``berdasarkan ... tanggal 10 Juli``: :func:`cited_document_dates`), a statistic's counting period
(``sepanjang Januari-Agustus 2025``: :func:`period_statistics`) and the period a data release is of
(``data inflasi AS Juni 2025``: :func:`data_periods`).

Apart because these read a whole sentence's dates together, with cue lists of documents and
statistics no other rule uses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from kliping.lang.id import calendar, time_cues
from kliping.lang.id.function_words import AND_WORDS
from kliping.model import TimeExpr
from kliping.synth.corpus import words
from kliping.synth.timeline.clauses import MONTH, clause_words, days_before, main_verb, words_before

_TANGGAL = re.compile(r"(?i)^(?:tanggal|tgl)\b")


def document_dates(sentence: str, times: Sequence[TimeExpr]) -> set[int]:
    """Positions (in ``times``) of dates written on a document counted as an object (``dua lembar
    kuitansi tgl 4 Maret 2014``, ``satu bendel akta jual beli tertanggal 9 Mei 2018`` in a list of
    seized evidence): when a paper was dated, not a happening. The date follows
    ``tertanggal``/``bertanggal``, or is written ``tanggal``/``tgl`` after a document noun, and a sheet
    word stands at most :data:`time_cues.DOCUMENT_WINDOW` words before it with no verb between. A
    dated act of the story (a suspect named by a dated decision letter, a letter proposing a plan, an
    audit) has no sheet word and stays. Once a sentence has one, its other
    ``tanggal``/``tgl`` dates are the list's documents too. Cue lists in :mod:`kliping.lang.id.time_cues`."""
    found: set[int] = set()
    written: set[int] = set()
    for k, t in enumerate(times):
        tanggal = bool(_TANGGAL.match(t.text))
        if tanggal:
            written.add(k)
        near = [w for w in clause_words(sentence, t.start, time_cues.DOCUMENT_WINDOW) if w != "pada"]
        if not (near[-1:] and near[-1] in time_cues.DOCUMENT_DATE_WORDS) and not tanggal:
            continue
        noun = bool(near[-1:]) and near[-1] in time_cues.DOCUMENT_DATE_WORDS
        for j in range(len(near) - (2 if noun else 1), -1, -1):
            if main_verb(near[j]):
                break
            noun = noun or near[j] in time_cues.DOCUMENT_NOUNS
            if near[j] in time_cues.SHEET_WORDS:
                if noun:
                    found.add(k)
                break
    return found | written if found else found


def cited_document_dates(sentence: str, times: Sequence[TimeExpr], published: dt.date | None = None) -> set[int]:
    """Positions (in ``times``) of a document's own dates cited as the basis of the sentence's rule or
    act (``Penggeledahan dilakukan berdasarkan Surat Perintah Kepala Kejaksaan tanggal 10 Juli``,
    ``Hal ini tertuang dalam SK Direksi No. 24 tanggal 31 Maret 1992``, ``sesuai Keputusan Menteri
    Nomor 1117 tanggal 22 Oktober``): when the paper was signed, not a happening of the sentence. A
    document day word (``tanggal``/``tertanggal``) right before the date, a regulation or letter word
    or a number word before it in its clause and a reference word (``berdasarkan``, ``sesuai``,
    ``tertuang``) before that. A court ruling's date (``putusan MA nomor 48 tanggal 14 September``)
    is the verdict's day and stays; so does a letter that is the act itself (``melalui surat nomor 5
    tanggal 9 Juli, mengajukan ...``). Only a standing rule loses its date (a law, a regulation, a
    circular, a decree: :data:`time_cues.STANDING_RULE_NOUNS`, the document phrase's head); an
    order, a warrant, a telegram, a memorandum, a note or a plain letter is issued as an act and
    keeps it (``berdasarkan Surat Perintah Penggeledahan tanggal 10 Juli``, ``Nota Pendapat Jaksa
    tanggal 20 Oktober``), and so does a decree signed within :data:`time_cues.FRESH_DECREE_DAYS` of
    ``published`` (the news of its issuing). Once a sentence cites one, its other standing rules'
    days are the list's documents too. Cue lists in :mod:`kliping.lang.id.time_cues`."""
    dated: set[int] = set()
    cited = False
    for k, t in enumerate(times):
        before = clause_words(sentence, t.start, time_cues.DOCUMENT_REFERENCE_WINDOW)
        own = words(t.text)[:1]
        if not ((own and own[0] in time_cues.DOCUMENT_DAY_WORDS)
                or (before[-1:] and before[-1] in time_cues.DOCUMENT_DAY_WORDS)):
            continue
        doc = next((j for j in range(len(before) - 1, -1, -1) if before[j] in time_cues.REGULATION_NOUNS
                    or before[j] in time_cues.RULING_NOUNS or before[j] in calendar.DOC_NUMBER_WORDS), None)
        if doc is None:
            continue
        ruling = next((w for w in reversed(before[: doc + 1]) if w in time_cues.REGULATION_NOUNS
                       or w in time_cues.RULING_NOUNS), None)
        if ruling in time_cues.RULING_NOUNS:
            continue
        head = _document_head(before[: doc + 1])
        if head not in time_cues.STANDING_RULE_NOUNS:
            continue
        days = days_before(t.value, published)
        if head in time_cues.DECREE_NOUNS and days is not None and 0 <= days <= time_cues.FRESH_DECREE_DAYS:
            continue
        dated.add(k)
        cited = cited or any(w in time_cues.DOCUMENT_REFERENCE_WORDS for w in before[:doc])
    return dated if cited else set()


def _document_head(before: list[str]) -> str | None:
    """The head of the document phrase ending ``before``: its first document word after the last
    reference word or list joiner (``dan``, ``serta``); ``surat`` takes the word after it when that
    names the kind (``Surat Keputusan``, ``Surat Edaran``, ``Surat Perintah``)."""
    cut = max((j for j, w in enumerate(before) if w in time_cues.DOCUMENT_REFERENCE_WORDS or w in AND_WORDS),
              default=-1)
    phrase = before[cut + 1 :]
    for j, w in enumerate(phrase):
        if w == "surat" and j + 1 < len(phrase) and phrase[j + 1] not in calendar.DOC_NUMBER_WORDS:
            return phrase[j + 1]
        if w in time_cues.REGULATION_NOUNS or w in time_cues.RULING_NOUNS:
            return w
    return None


_MAGNITUDE = re.compile(r"\d\s*(?:%|(?:" + "|".join(sorted(time_cues.MAGNITUDE_WORDS - {"%"})) + r")\b)", re.IGNORECASE)
_RANGE_JOINER = re.compile(r"(?i)^\s*(?:" + "|".join(re.escape(j) for j in sorted(calendar.RANGE_JOINERS, key=len, reverse=True))
                           + r")(?:\s+dengan)?\s*$")


def period_statistics(sentence: str, times: Sequence[TimeExpr]) -> set[int]:
    """Positions (in ``times``) of months that frame a statistic (``sepanjang Januari-Agustus 2025,
    kunjungan turis asing mencapai 28 juta``, ``harga rata-rata pada Juni-Juli berkisar 95-100
    dollar``, ``pertumbuhan 5,1 persen pada periode Juli-September``): the counting period, not a
    happening. A month value after a frame word (``sepanjang``, ``selama``, ``periode``) among the
    few words before it, or the first of a range of months (``Januari-Maret``, ``Januari hingga
    Oktober``, with its end), in a sentence with a statistic word or a count with a magnitude
    (``28 juta``, ``5,1%``) and no word of a happening in the period (``survei dilakukan pada
    Januari-Maret``, ``mulai beroperasi sejak Juli hingga September`` stay; so does a move with no
    magnitude figure: ``selama November harga minyak menurun pada kisaran 70-80 dollar``). A month with no frame
    (``mengekspor 2,9 juta barel per hari pada Desember``, ``hingga Agustus``: a status as of then)
    stays. Cue lists in :mod:`kliping.lang.id.time_cues`."""
    all_words = words(sentence)
    magnitude = bool(_MAGNITUDE.search(sentence))
    if not (magnitude or any(w in time_cues.STATISTIC_WORDS for w in all_words)):
        return set()
    if any(w in time_cues.PERIOD_HAPPENING_WORDS or (w in time_cues.MOVE_WORDS and not magnitude) for w in all_words):
        return set()
    found: set[int] = set()
    for k, t in enumerate(times):
        if not (t.value and MONTH.match(t.value)):
            continue
        before = [w for w in words_before(sentence, t.start)[-time_cues.PERIOD_FRAME_WINDOW:]]
        framed = any(w in time_cues.PERIOD_FRAME_WORDS for w in before)
        end = next((j for j in range(k + 1, len(times)) if times[j].start >= t.end), None)
        ranged = end is not None and bool(_RANGE_JOINER.match(sentence[t.end : times[end].start])) and bool(
            times[end].value) and times[end].value[:7] > t.value
        if framed or ranged:
            found.add(k)
            if ranged:
                found.add(end)
    return found


def data_periods(sentence: str, times: Sequence[TimeExpr]) -> set[int]:
    """Positions (in ``times``) of months that name which data a release is of (``dolar menguat
    berkat data inflasi AS Juni 2025 yang keluar di atas perkiraan``, ``BPS merilis neraca
    perdagangan periode September``): the data's reference period, not when the release or the move
    it caused happened. A month right after a data noun and words of the data's name (no verb, no
    ``per``/``pada``/``yang`` between: ``data per 16 Oktober``, ``data yang dirilis pada Juni``
    stay), in a sentence with a release word. Without one (``inflasi September tercatat 2,9
    persen``) the month is its own fact and stays. Cue lists in :mod:`kliping.lang.id.time_cues`."""
    if not any(w in time_cues.DATA_RELEASE_WORDS for w in words(sentence)):
        return set()
    found: set[int] = set()
    for k, t in enumerate(times):
        if not (t.value and MONTH.match(t.value) and t.granularity in (None, "month")):
            continue
        before = clause_words(sentence, t.start, time_cues.DATA_NAME_WINDOW)
        while before and before[-1] in time_cues.DATA_PERIOD_WORDS:
            before = before[:-1]
        for w in reversed(before):
            if w in time_cues.DATA_NOUNS:
                found.add(k)
                break
            if w in time_cues.DATA_NAME_STOPS or main_verb(w):
                break
    return found
