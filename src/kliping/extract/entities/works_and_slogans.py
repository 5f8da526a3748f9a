"""Document passes for titles of works and English slogans typed as people.

A work's title after ``film``/``jurnal``/quotes and English slogan words (``Loyalty``) lose
the person reading; both read the span's own words and its list context.
"""

from __future__ import annotations

from kliping.extract.entities.person_marks import _age_after, _person_marks, _speaking_person
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import _CLOSE_QUOTES, _OPEN_QUOTES
from kliping.ingest.glue import derived_word, known_word
from kliping.lang.id import brands, gazetteer
from kliping.lang.id.entity_words import (
    ENGLISH_FUNCTION_WORDS,
    SLOGAN_BEFORE,
    SLOGAN_LIST_SEPARATORS,
    TITLE_JOINERS,
    WORK_TITLE_INTRO,
)
from kliping.lang.id.titles import BALINESE_NAMES, HONORIFICS

_WORK_PREFIXES = tuple(brands.WORK_NOUNS)


def _title_run(st: _Sentence, a: int) -> int:
    """End of a title's capitalised words from ``a`` (lower-case joiners between them)."""
    k, end = a, a
    while k < st.n and (_cap(st.w[k]) or (k > a and st.low[k] in TITLE_JOINERS)):
        k += 1
        if _cap(st.w[k - 1]):
            end = k
    return end


def _title_ranges(st: _Sentence) -> list[tuple[int, int, bool]]:
    """Word ranges of works' titles in the sentence, each with whether a title word introduced it:
    after ``berjudul``/``bertajuk`` (the quoted words, or the capitalised run), and the capitalised
    run after a work noun (``dalam buku X``, ``dalam bukunya, X``)."""
    out: list[tuple[int, int, bool]] = []
    for k in range(st.n - 1):
        w = st.low[k]
        if w in WORK_TITLE_INTRO:
            if st.w[k + 1] in _OPEN_QUOTES:
                e = next((x for x in range(k + 2, min(st.n, k + 60)) if st.w[x] in _CLOSE_QUOTES), None)
                if e is not None:
                    out.append((k + 2, e, True))
            elif _cap(st.w[k + 1]):
                out.append((k + 1, _title_run(st, k + 1), True))
        elif st.w[k].islower() and (w in brands.WORK_NOUNS or (w.endswith("nya") and w[:-3] in brands.WORK_NOUNS)):
            a = k + 2 if st.w[k + 1] == "," else k + 1
            if a < st.n and _cap(st.w[a]) and st.low[a] not in WORK_TITLE_INTRO:
                out.append((a, _title_run(st, a), False))
    return out


def _work_titles(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: the words of a work's title are no person (``jurnal berjudul 'Potensi ... dan
    Antibakteri'``, ``dalam buku Bahan Pangan Pencegah Kanker``).

    A title after ``berjudul``/``bertajuk`` drops every person span inside it. A capitalised run
    right after a work noun (``buku``, ``jurnal``, ``film``, ``lagu``: ``brands.WORK_NOUNS``) may
    also be the work's author (``film Joko Anwar``), so there the person span goes only when it has
    two words or more, all of them Indonesian dictionary words and one derived by affixes
    (``Tanaman Obat Keluarga``; ``lagu Bunga Citra Lestari`` stays a person), and the article marks
    it nowhere outside a title as a person (a title, honorific, age or speech verb)."""
    ranges = [[] if st.caseless or not any(w in WORK_TITLE_INTRO or w.startswith(_WORK_PREFIXES) for w in st.low)
              else _title_ranges(st) for st in sents]
    if not any(ranges):
        return
    marked: set[tuple[str, ...]] = set()
    for st, sp, rs in zip(sents, spans, ranges, strict=True):
        for s in sp:
            if s.type != "PERSON":
                continue
            # marks inside a title are the title's words (``... bagi Ibu dan Anak``), and the verb after
            # it is its author's (``dalam buku X menjelaskan``)
            if not any(a <= s.i and s.j <= b for a, b, _ in rs) and (any(_person_marks(st, s)) or _age_after(st, s.j)):
                marked.add(tuple(st.w[s.i:s.j]))

    def in_title(st: _Sentence, s: Span, rs: list[tuple[int, int, bool]]) -> bool:
        key = tuple(st.w[s.i:s.j])
        return key not in marked and any(
            a <= s.i and s.j <= b and (introduced or (
                len(key) >= 2 and all(known_word(w) for w in key) and any(derived_word(w) for w in key)))
            for a, b, introduced in rs)
    for st, sp, rs in zip(sents, spans, ranges, strict=True):
        if rs:
            sp[:] = [s for s in sp if not (s.type == "PERSON" and in_title(st, s, rs))]


def _list_item(st: _Sentence, k: int) -> bool:
    """Word ``k`` is a capitalised word (hyphens allowed) that can be an item of a list of terms."""
    return 0 <= k < st.n and _cap(st.w[k]) and st.w[k].replace("-", "").isalpha()


def _english_item(st: _Sentence, k: int) -> bool:
    """Word ``k`` is a capitalised English word."""
    return _list_item(st, k) and gazetteer.is_english_word(st.w[k])


def _renamed_acronym(st: _Sentence, i: int) -> bool:
    """``mata uang Australian Dollar (AUD) atau [Kangaroo Bond]``: the span at ``i`` follows
    ``atau`` after a bracketed acronym, another name of the abbreviated term. Not when the acronym
    is the initials of the words before it, a person's way (``Basuki Tjahaja Purnama (BTP) atau
    Ahok``)."""
    if i < 4 or st.low[i - 1] != "atau" or st.w[i - 2] != ")" or st.w[i - 4] != "(":
        return False
    acr = st.w[i - 3]
    if not (acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 6):
        return False
    k = i - 5
    while k >= 0 and _cap(st.w[k]):
        k -= 1
    initials = "".join(w[0] for w in st.w[k + 1:i - 4]).upper()
    return bool(initials) and initials != acr


# How far back (lower-case words only) a work noun may introduce a title set off by commas: a
# clause about the work fits (``jurnal ilmiah akses terbuka yang telah ditelaah sejawat, ...``).
_WORK_REACH = 10


def _work_title(st: _Sentence, i: int, j: int) -> bool:
    """``diterbitkan dalam jurnal ilmiah yang ditelaah sejawat, [Heritage], pada Juni``: the span
    is set off by commas and, back over lower-case words only (at most ``_WORK_REACH``), a work noun
    (``brands.WORK_NOUNS``: ``jurnal``, ``majalah``, ``film``) introduces it, with no word that
    brings a person in (``oleh``, ``penulis``)."""
    if i < 2 or st.w[i - 1] != "," or (j < st.n and st.w[j] not in (",", ".", ";")):
        return False
    for k in range(i - 2, max(-1, i - 2 - _WORK_REACH), -1):
        w = st.low[k]
        if not st.w[k].isalpha() or not st.w[k].islower() or w in brands.WORK_PERSON_WORDS:
            return False
        if w in brands.WORK_NOUNS:
            return True
    return False


def _slogan_cue(st: _Sentence, s: Span) -> bool:
    """A mention of an English-word span has a cue that it names a thing, not a person."""
    i, j = s.i, s.j
    if (i > 0 and st.w[i - 1] in ENGLISH_FUNCTION_WORDS) or (j < st.n and st.w[j] in ENGLISH_FUNCTION_WORDS):
        return True
    if i > 0 and st.low[i - 1] in SLOGAN_BEFORE:
        return True
    if _renamed_acronym(st, i) or _work_title(st, i, j):
        return True
    if i > 0 and j < st.n and st.w[i - 1] in ("\"", "“", "'", "‘") and st.w[j] in ("\"", "”", "'", "’"):
        return True
    if j + 2 < st.n and st.w[j] == "(" and st.w[j + 2] == ")" and j - i >= 2 \
            and st.w[j + 1] == "".join(w[0] for w in st.w[i:j]).upper():
        return True
    if j - i > 1:
        return False
    first, items = i, [i]  # a list of terms: "nilai: Safety, Open-mindedness, Loyalty, dan Integrity"
    while True:
        g = first - 2 if first >= 2 and st.low[first - 1] in SLOGAN_LIST_SEPARATORS else -1
        g = g - 1 if g >= 1 and st.w[g] == "," else g  # "A, dan B"
        if g < 0 or not _list_item(st, g):
            break
        first = g
        items.append(g)
    k = j
    while True:
        g = k + 1 if k + 1 < st.n and st.low[k] in SLOGAN_LIST_SEPARATORS else st.n
        g = g + 1 if g + 1 < st.n and st.w[k] == "," and st.low[g] in SLOGAN_LIST_SEPARATORS else g
        if g >= st.n or not _list_item(st, g):
            break
        items.append(g)
        k = g + 1
    # three items or more, two English words, opened by a colon or a slogan word: not a list of
    # people ("Hadir pula Melody, Crystal, dan Jasmine"); two items opened by a slogan or place
    # word take the cue of the first ("menuju Aliso dan Alameda")
    opened = first > 0 and (st.w[first - 1] == ":" or st.low[first - 1] in SLOGAN_BEFORE)
    return opened and ((len(items) >= 3 and sum(_english_item(st, x) for x in items) >= 2)
                       or (len(items) == 2 and st.low[first - 1] in SLOGAN_BEFORE))


def _english_slogans(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: an English slogan, value or programme name capitalised in the text (``Loyalty``,
    ``Sustainable Finance``, ``Particulate Matter``) is no person.

    Every word of the span is an English dictionary word (``gazetteer.is_english_word``: web2 less
    the words web2 also capitalises, ``Harry``, ``Tommy``, ``Sri``, and less every word the NER
    corpora tag as a person, ``Effendi``, ``Firman``, ``Hakim``, ``Maharani``, ``Anis``), three
    letters or more; some mention has a non-name cue (``_slogan_cue``: ``program``/``nilai``/...
    before it, an English function word beside it, a list of such words, quotes, its initials in
    brackets after it), since a loanword can still be somebody's name (``Salma``, ``Jasmine``); no
    mention has a title, an honorific or naming word, an age or a speech verb beside it (``kata
    Loyalty`` would be a speaker); a one-word name needs six letters or more (``Trump``, ``Wang``,
    ``Cook`` are English words too) and must be no word of a longer person name of the article
    (``Hawking`` after ``Stephen Hawking``). All its mentions go. The word list is read only when a
    candidate passes the cheap tests. A span written as another name of a bracketed acronym's term
    (:func:`_renamed_acronym`: ``Australian Dollar (AUD) atau Kangaroo Bond``) needs no English word
    list: ``Bond`` is left out of it as a person's name.
    """
    cand: dict[tuple[str, ...], bool] = {}
    cued: set[tuple[str, ...]] = set()
    renamed: set[tuple[str, ...]] = set()  # another name of an abbreviated term: any words
    long_words: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            continue
        for s in sp:
            if s.type != "PERSON":
                continue
            key = tuple(st.w[s.i:s.j])
            if len(key) >= 2:
                long_words.update(key)
            if not all(len(w) >= 3 and w.isalpha() and w.lower() not in HONORIFICS
                       and w.lower() not in BALINESE_NAMES for w in key) or (len(key) == 1 and len(key[0]) < 6):
                continue
            marked = s.title is not None or any(_person_marks(st, s)) or _speaking_person(st, s) \
                or _age_after(st, s.j)
            cand[key] = cand.get(key, False) or marked
            if not marked and key not in cued and _slogan_cue(st, s):
                cued.add(key)
            if not marked and key not in renamed and _renamed_acronym(st, s.i):
                renamed.add(key)
    drop = {k for k, marked in cand.items() if not marked and k in cued and (len(k) >= 2 or k[0] not in long_words)}
    drop = {k for k in drop if k in renamed or all(gazetteer.is_english_word(w) for w in k)}
    if not drop:
        return
    for st, sp in zip(sents, spans, strict=True):
        sp[:] = [s for s in sp if not (s.type == "PERSON" and tuple(st.w[s.i:s.j]) in drop)]
