"""How a sentence stands to its neighbours, read from its opening and its tail: it leans back on the
sentence before (:func:`leans_back`), continues it (:func:`continues`), reads as a continuation
(:func:`dependent`), goes on from it (:func:`opens_on_before`) or stands alone (:func:`stands_alone`);
and whether it gives the other side of an accusation (:func:`other_side`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kliping.extract.quotes.clauses import verb_shaped
from kliping.lang.id import calendar, cues, discourse
from kliping.synth.corpus import (
    Corpus,
    is_clear,
)
from kliping.synth.timeline import HYPHENATED_WORD

# Connectives whose sentence says what follows from, or why, something said before it (``Alhasil,``,
# ``Pasalnya,``): :func:`leans_back` on its first words.
_BACK_CONNECTIVES = discourse.RESULT_OPENERS | discourse.CAUSE_OPENERS


def leans_back(text: str) -> bool:
    """The sentence means little without the one before: it opens with a result connective
    (``Alhasil,``, ``Akibatnya,``, ``Dengan demikian,``: a consequence of something unsaid) or a cause
    connective (``Sebab,``, ``Pasalnya,``: the reason for it, ``discourse.CAUSE_OPENERS``), a wrap-up
    or an item of something named before (``Itulah ...``, ``Demikianlah ...``, ``Dari sana,``,
    ``Contohnya,``, ``Beberapa di antaranya``: ``discourse.BACK_OPENERS``) or, after
    any opening connectives (``Namun,``, ``Sebelumnya,``, ``Sementara itu,``), with a pronoun (``Ia
    menambahkan``; not an acronym such as ``IA``), a bare demonstrative (``Ini adalah ...``, ``Itu
    sebabnya``) or a noun pointed back at (``Hal tersebut``, ``Dua orang tersangka itu``, ``Wilayah yang
    dimaksud``: ``discourse.MEANT_PHRASE``), also
    inside an opening adverbial (``Terkait hal tersebut``, ``Dalam demo tersebut``), not with a time
    (``Saat ini``, ``Akhir tahun ini``, ``Pada hari ini``) or a connective idiom (``Selain itu``;
    ``lang.id.discourse``)."""
    found = HYPHENATED_WORD.findall(text[:100])[:7]
    words = [w.casefold() for w in found]
    if any(tuple(words[:len(p)]) == p for p in _BACK_CONNECTIVES):
        return True
    # read past opening connectives: ``Namun,``, ``Sebelumnya,``, ``Meski begitu,``, ``Tak hanya itu,``
    i = next((len(p) for p in discourse.CONTINUING_PHRASES if tuple(words[:len(p)]) == p), 0)
    while i < min(2, len(words) - 1) and words[i] in discourse.CONNECTIVE_OPENERS:
        i += 1
    if any(tuple(words[i:i + len(p)]) == p for p in discourse.BACK_OPENERS):
        return True  # ``Itulah 10 manfaat ...``, ``Dari sana,``, ``Namun, contohnya``
    if any(tuple(words[k:k + 2]) == discourse.MEANT_PHRASE and not verb_shaped(words[k - 1]) for k in (i + 1, i + 2)):
        # ``Wilayah yang dimaksud antara lain ...``: the regions told of before; after a verb (``Pemerintah
        # menjelaskan yang dimaksud dengan ...``) the sentence says what is meant itself
        return True
    if i and i < len(words) and words[i] == "itu":  # ``Sementara itu,``, ``Selain itu,``
        i += 1
    head = words[i:i + 4]
    if not head:
        return False
    if head[0] in discourse.PRONOUN_OPENERS and not found[i].isupper():
        return True
    if head[0] in discourse.DEMONSTRATIVES:
        return True
    if head[0] in discourse.NOT_POINTING_BACK:
        # ``Selain itu``, ``Saat ini``: an idiom; ``Dalam demo tersebut``: a noun pointed back at
        if len(head) < 2 or head[1] in discourse.DEMONSTRATIVES:
            return False
        return _points_back(head, (2, 3))
    return _points_back(head, (1, 2, 3))


def continues(text: str) -> bool:
    """The sentence opens with a connective that continues the one before it (``Namun,``,
    ``Sementara itu,``, ``Selain itu,``, ``Terlebih``: ``discourse.CONTINUING_OPENERS``; ``Meski
    begitu,``, ``Tak hanya itu,``: ``discourse.CONTINUING_PHRASES``)."""
    first = tuple(w.casefold() for w in HYPHENATED_WORD.findall(text[:40])[:3])
    return bool(first) and (first[0] in discourse.CONTINUING_OPENERS
                            or any(first[:len(p)] == p for p in discourse.CONTINUING_PHRASES))


def dependent(text: str) -> bool:
    """The sentence reads as a continuation, though its fact may stand: it opens with a continuing
    connective (:func:`continues`: ``Namun,``, ``Lebih lanjut,``) or another tie to its neighbours
    (``Agar ...``, ``Adapun ...``, ``Sebagai informasi,``, ``Keduanya``:
    ``discourse.DEPENDENT_OPENERS``), adds to what came before by ``juga``/``pun`` right after its
    subject (``Prabowo juga mengatakan``), opens with a capitalised title pointed back at (``Waka
    Komisi Hukum DPR itu``: who, the reader was told before), goes on from its speaker's remark before
    (``Rina menambahkan, ...``) or names its speaker only by a
    ``-nya`` tail (``," ujarnya.``). A summary prefers a self-contained sentence to such a one
    (``DEPENDENT_PENALTY``) but keeps it when it is the one that states a fact."""
    found = HYPHENATED_WORD.findall(text[:100])[:7]
    words = [w.casefold() for w in found]
    if not words:
        return False
    if continues(text) or any(tuple(words[:len(p)]) == p for p in discourse.DEPENDENT_OPENERS):
        return True
    if tuple(words[:2]) == discourse.AT_THE_END and len(words) > 2 and not _end_of_time(words[2]):
        return True  # ``Di akhir sambutan, ...``: the end of an occasion told before
    k = next((i for i, w in enumerate(words[:4]) if w in discourse.ALSO_WORDS), None)
    if k and all(w[:1].isupper() for w in found[:k]):
        return True  # ``KPK juga``, ``Gus Ipul pun``
    k = next((i for i, w in enumerate(words[:6]) if w in discourse.DEMONSTRATIVES), None)
    if k is not None and k >= 2 and all(w[:1].isupper() for w in found[:k]):
        return True  # ``Kepala Badan Pangan Nasional itu``
    k = next((i for i, w in enumerate(words[:4]) if w in discourse.GOING_ON_VERBS), None)
    if k and all(w[:1].isupper() for w in found[:k]) and _GOES_ON.match(text, text.find(found[k]) + len(found[k])):
        return True  # ``Ichwan menambahkan, ...``
    return bool(_NYA_TAIL.search(text) or _DIA_TAIL.search(text))


_GOES_ON = re.compile(r",|\s+bahwa\b")


def opens_on_before(text: str) -> bool:
    """The sentence's opening ties it to the one before it: a continuing connective
    (:func:`continues`: ``Namun,``, ``Selain itu,``, ``Lebih lanjut,``, ``Kemudian``), an addition or
    a sequel (``Apalagi``, ``Setelah itu,``, ``Keduanya``: ``discourse.DEPENDENT_OPENERS``; not the
    asides that bring in background whole, ``Adapun``, ``Sebagai informasi,``:
    ``discourse.ASIDE_OPENERS``) or the end of an occasion told before (``Di akhir sambutannya,``).
    Most of :func:`dependent`'s openings; a summary shows such a sentence only after the sentence it
    goes on from, or when nothing else is left (``summarize``)."""
    words = [w.casefold() for w in HYPHENATED_WORD.findall(text[:100])[:3]]
    if not words:
        return False
    if any(tuple(words[:len(p)]) == p for p in discourse.ASIDE_OPENERS):
        return False
    if continues(text) or any(tuple(words[:len(p)]) == p for p in discourse.DEPENDENT_OPENERS):
        return True
    return tuple(words[:2]) == discourse.AT_THE_END and len(words) > 2 and not _end_of_time(words[2])


def _end_of_time(word: str) -> bool:
    """``Di akhir`` + this word is a time (``Oktober``, ``pekan``, ``2024``), not an occasion."""
    return word in discourse.END_TIME_WORDS or word in calendar.MONTHS or word[:1].isdigit()


def other_side(corpus: Corpus, a: int, s: int) -> bool:
    """Sentence ``s`` of article ``a`` carries a denial (``Namun, Kapolres X membantah tudingan
    itu``): the answer to an accusation, which a summary must not drop for a restatement of it."""
    return any(c.sentence == s and c.status == "denial" for c in corpus.articles[a].claims)


def penalised(corpus: Corpus, a: int, s: int) -> bool:
    """The sentence reads as a continuation (:func:`dependent`) and gives no other side
    (:func:`other_side`): it takes ``DEPENDENT_PENALTY``."""
    return dependent(corpus.text(a, s)) and not other_side(corpus, a, s)


def _points_back(head: Sequence[str], at: Sequence[int]) -> bool:
    """A demonstrative at one of the positions ``at`` closes a noun phrase that is not a time
    (``hal tersebut``, ``kebijakan baru ini``; not ``tahun ini``, ``akhir pekan ini``, ``penghujung
    2013 ini``). A number before ``itu``/``tersebut`` is an amount or a year told of before (``Dari 246 itu,
    ...``: of the 246 permits the sentence before counted), only ``ini`` after one is the running one."""
    for k in at:
        if k < len(head) and head[k] in discourse.DEMONSTRATIVES:
            if k == 3 and head[k] == "ini":
                return False  # ``Agenda sidang kabinet ini``: after a long noun phrase, the one reported now
            return head[k - 1] not in discourse.TIME_NOUNS and not (head[k - 1].isdigit() and head[k] == "ini")
    return False


# A reporting verb with ``-nya`` closing the sentence: the speaker is someone named before
# (``," tambahnya.``, ``, jelasnya.``, ``," tutupnya.``, ``," ujarnya kepada wartawan, Senin.``,
# ``Makanan, katanya, ...``); the roots are the quote extractor's (``cues.SPEECH_ROOTS``). Only that
# tail shape: the root with ``-nya`` at the end, before a comma, or followed by how, where, when or to
# whom it was said (``_NYA_TAIL_GOES_ON``); a ``-nya`` noun after a comma (``..., klaimnya tidak
# berdasar``, ``buka pukul 08.00, tutupnya pukul 22.00``, ``..., jawabnya proses masih berjalan``) is
# the sentence going on.
_NYA_TAIL_GOES_ON = (
    "kepada|saat|di|ketika|dalam|usai|seusai|pada|dengan|melalui|lewat|via|seraya|sambil|sembari|"
    "singkat|tegas|lagi|pula|dikutip|dilansir|mengutip|dihubungi|ditemui|dikonfirmasi|menambahkan|"
    "menjelaskan|menutup|mengakhiri|senin|selasa|rabu|kamis|jumat|sabtu|minggu")
_NYA_TAIL = re.compile(
    r'[,"”]\s*(?:' + "|".join(cues.SPEECH_ROOTS) + r')nya'
    r'(?:\s*,|\s+(?:' + _NYA_TAIL_GOES_ON + r')\b|\s*[.!?]?\s*$)[^"“”]*$', re.IGNORECASE)
# ``," kata dia.``, ``," ucap dia.``: the speaker only as a pronoun, at the sentence's end.
_DIA_TAIL = re.compile(
    r'[,"”]\s*(?:' + "|".join(cues.SPEECH_ROOTS) + r')\s+(?:dia|ia|beliau)\s*[.!?]?\s*$', re.IGNORECASE)
_DANGLING = re.compile(r"\btersebut\b", re.IGNORECASE)


def stands_alone(text: str) -> bool:
    """The sentence reads without its neighbours: clear, not leaning back (:func:`leans_back`), with
    no ``tersebut`` pointing at something said before (``partikel yang sangat kecil tersebut``) and
    no ``-nya`` reporting tail naming its speaker only as someone before (``," tambahnya.``)."""
    return (is_clear(text) and not leans_back(text) and not _DANGLING.search(text)
            and not _NYA_TAIL.search(text))
