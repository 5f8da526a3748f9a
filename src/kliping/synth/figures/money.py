"""Money amounts: the currencies (:data:`CURRENCIES`), the money noun an amount of no noun of its own is an
amount of (:func:`money_measure`, :func:`money_head`, :func:`clause_money_head`, :func:`valued_thing`,
:func:`loose_money`), and the names of amounts whose clause names none, by their list, the sentence that opens
it or their purpose (:func:`money_names`, :func:`continues_money_list`, :func:`list_intro_money`,
:func:`year_list_money`, :func:`act_after`, :func:`anaphoric_money`, :func:`amount_purpose`).

Apart because a money amount is grouped by its currency alone until these words say what it is a sum of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kliping.lang.id import calendar, figure_cues, numbers
from kliping.model import Quantity
from kliping.synth.corpus import Corpus, stop_words, words
from kliping.synth.figures.clauses import Clause, Tokens, amount_clause, sentence_tokens, verb_like, verb_word
from kliping.synth.figures.mates import LastBefore
from kliping.synth.figures.point import Point
from kliping.text.patterns import WORD, alternation

# Currency codes of the quantity extractor: a money amount's unit.
CURRENCIES = frozenset(numbers.CURRENCY_PREFIXES.values()) | frozenset(numbers.CURRENCY_WORDS.values())


def money_word(w: str) -> str | None:
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
    terpakai Rp 900 miliar``, a list ``penerimaan Rp 1,2 triliun, layanan Rp 1,7 triliun``), or when the noun comes
    right after another money amount of the sentence, whose noun it is (``Dari Rp 60 triliun tunggakan pajak, sudah
    direalisasi Rp 7,21 triliun``: the arrears are the 60, not the 7,21 collected; round 41 reading). Then the amount
    stays under its currency."""
    before, head = clause_money_head(toks.sentence, q, toks, clause)
    if head is None or any(before[head[0]][0] < a < q.start for a in amounts):
        return None
    j = head[0]  # the first word of the noun's run, as ``money_head`` walks it (``tunggakan`` of ``tunggakan pajak``)
    while j and money_word(before[j - 1][1]) and before[j - 1][1] not in figure_cues.MONEY_WALK_STOPS:
        j -= 1
    if j and any(a < before[j][0] for a in amounts) and _ends_amount(before[j - 1][1]) \
            and not _ITEM_BREAK.search(toks.sentence, before[j - 1][0], before[j][0]):
        return None  # (not after a comma: ``Rp 1,74 triliun, belanja TIK Rp 1,90 triliun`` names the next item)
    return head[1]


_ITEM_BREAK = re.compile(r"[,;:()]")


def _ends_amount(word: str) -> bool:
    """``word`` can end a money amount written before a noun (``Rp 60 triliun``, ``Rp 500.000``, ``40 miliar
    rupiah``): a scale word, a number or a currency word."""
    return word in numbers.SCALE_WORDS or word[:1].isdigit() or word in numbers.CURRENCY_WORDS


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
            or verb_word(w)):
        return None
    return w


def valued_thing(before: Sequence[tuple[int, str]], text: str = "") -> str | None:
    """``nilai <thing>`` for a money amount right after ``<thing> senilai`` or ``bernilai``
    (``figure_cues.VALUED_LINKS``): ``memiliki 1 unit mobil senilai Rp 359 juta`` is the value of the car, ``proyek
    bernilai Rp 78,9 miliar`` the project's, as ``nilai mobil`` and ``nilai proyek`` would say (``value_of``). The
    thing is the run of thing words (``_thing_word``) before the link, at most ``figure_cues.VALUED_RUN_MAX``, two
    joined by ``dan`` included, past the count of the second (``tanah dan bangunan``, ``sepeda motor dan 1 unit
    mobil``, ``transaksi obligasi sosial``: an Indonesian noun phrase
    puts its head first, so the run is kept whole). ``dengan nilai`` links as ``senilai`` does (``gerobak bakso
    dengan nilai Rp 8 juta``: ``figure_cues.VALUED_LINK_PAIRS``). None when the word before the link is no thing
    (``melaporkan memiliki senilai``, ``ditaksir bernilai``)."""
    paired = len(before) >= 3 and (before[-2][1], before[-1][1]) in figure_cues.VALUED_LINK_PAIRS
    if not paired and (len(before) < 2 or before[-1][1] not in figure_cues.VALUED_LINKS):
        return None
    run: list[str] = []
    k = len(before) - (3 if paired else 2)
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
    not inside a capitalised name (``in_name``: ``Badan Bantuan ...``) nor after a word that makes it no sum (``mata
    uang``: ``figure_cues.LOOSE_MONEY_NOT_AFTER``) or a noun of a change (``peningkatan aset tetap sebesar Rp 1
    triliun`` is the size of a rise, not the assets: ``figure_cues.MOVEMENT_NOUNS``). None when there is none."""
    for k in range(len(before) - 1, -1, -1):
        o, w = before[k]
        prev = before[k - 1][1] if k else ""
        if (w in figure_cues.LOOSE_MONEY_NOUNS and not (text and in_name(text, o))
                and prev not in figure_cues.LOOSE_MONEY_NOT_AFTER.get(w, ()) and prev not in figure_cues.MOVEMENT_NOUNS):
            return figure_cues.LOOSE_MONEY_NOUNS[w]
    return None


def thing_or_loose(valued: str | None, loose: str | None) -> str | None:
    """The table name of an amount both a valued thing (``valued_thing``) and a loose money noun (``loose_money``) may
    name: the thing, which says more (``uang ... dipakai membeli rumah senilai Rp 1 miliar`` is ``nilai rumah``),
    unless the thing is itself the loose noun (``uang senilai``, ``bantuan senilai``: ``uang``, ``bantuan``)."""
    if valued and not (loose and set(valued.split()[1:]) & set(figure_cues.LOOSE_MONEY_NOUNS)):
        return valued
    return loose or valued


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
    ``figure_cues.VALUE_NOT_THINGS``), that is a verb (``nilainya dipangkas``) or that is a money noun of its own
    (``nilai kerugian``: the loss)."""
    if before[k][1] not in figure_cues.VALUE_WORDS or k + 1 >= len(before):
        return None
    thing = before[k + 1][1]
    thing = thing[:-3] if thing.endswith("nya") and len(thing) > 6 else thing
    if (len(thing) < 3 or not thing.isalpha() or thing in figure_cues.VALUE_NOT_THINGS or thing in stop_words()
            or money_word(thing) or verb_word(thing)):
        return None  # (``nilainya dipangkas menjadi ...``: a verb, no thing; the anaphor is read by ``anaphoric_money``)
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
    return not (w.isupper() or money_word(w.casefold()) or w.casefold() in figure_cues.NAME_LEAD_WORDS)


def money_phrase(before: Sequence[tuple[int, str]], k: int) -> str | None:
    """The money noun of two words ending at word ``k`` of ``before`` (``uang pengganti``, ``politik uang``:
    ``figure_cues.MONEY_PHRASE_NOUNS``), else None."""
    return figure_cues.MONEY_PHRASE_NOUNS.get((before[k - 1][1], before[k][1])) if k > 0 else None


def named_money(before: Sequence[tuple[int, str]], k: int) -> str | None:
    """A money noun of more than one word at word ``k`` of ``before``: ``nilai <thing>`` (``value_of``) or a two-word
    noun (``money_phrase``)."""
    return value_of(before, k) or money_phrase(before, k)


def money_at(before: Sequence[tuple[int, str]], k: int) -> bool:
    """Word ``k`` of ``before`` is a money noun or ends one of more words (``money_word``, ``named_money``), and no
    word before it makes it a time (``tahun anggaran``: ``figure_cues.MONEY_NOT_AFTER``)."""
    w = before[k][1]
    return bool(money_word(w) or named_money(before, k)) and not (
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
    while k and money_word(before[k - 1][1]) and before[k - 1][1] not in figure_cues.MONEY_WALK_STOPS:
        k -= 1
    if k and (before[k - 1][1], before[k][1]) in figure_cues.MONEY_PHRASES:  # ``realisasi anggaran``: spent
        return at, figure_cues.MONEY_PHRASES[(before[k - 1][1], before[k][1])]
    head = money_word(before[k][1]) or ""
    nxt = before[k + 1][1] if k + 1 < len(before) else ""
    compound = nxt in figure_cues.MONEY_COMPOUNDS or nxt in figure_cues.MONEY_PART_COMPOUNDS.get(head, ())
    return at, f"{head} {nxt}" if compound else head  # ``cadangan devisa``, ``bunga utang``


def clause_money_head(text: str, q: Quantity, toks: Tokens | None = None, clause: Clause | None = None
                      ) -> tuple[Sequence[tuple[int, str]], tuple[int, str] | None]:
    """The words before amount ``q`` of sentence ``text`` that may name what it is a sum of (the last
    ``figure_cues.MONEY_MEASURE_GAP`` of its clause's, ``gap_window``; ``clause`` when its caller has read it) and the
    money noun they end on (``money_head``, None when none): read by ``money_measure``, ``restated_share``,
    ``items.modifier_items``, ``items.money_subject`` and ``period_paid``."""
    toks = sentence_tokens(text) if toks is None else toks
    start = (amount_clause(text, q.start, q.end, toks) if clause is None else clause)[0]
    before = gap_window(toks, toks.within(start, q.start), figure_cues.MONEY_MEASURE_GAP)
    return before, money_head(before, text)


# A list line's mark at its start (``1.``, ``2)``, ``-``, a bullet): read by ``list_intro_money`` and ``items.line_label``.
LIST_ITEM = re.compile(r"^\W{0,3}(?:\d{1,2}[.)]|[-\u2013\u2022*])\s*")


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
    ``MONEY_PARALLEL_WORDS``). A verb in a relative clause of an item (``kepada saksi A yang telah membantu ...``) is
    no verb of the sentence's."""
    between = text[prev.end : q.start]
    ws = words(between)
    if len(ws) > figure_cues.MONEY_LIST_GAP or not ("," in between or ";" in between
                                                     or any(w in figure_cues.MONEY_LIST_JOINS for w in ws)):
        return False
    if ws and set(ws) <= figure_cues.MONEY_LIST_JOINS:
        return True  # ``menyetorkan Rp 150.000 dan Rp 40.000``: nothing but the join between
    lead = words(text[: prev.start])[-figure_cues.MONEY_LIST_HEAD_GAP :]
    # (``Rp 5 miliar masing-masing untuk B``: the parallel word after the distributive)
    after = [w for w in words(text[q.end : q.end + 40]) if w not in figure_cues.MONEY_LIST_HEADS][:1]
    if not ((ws and lead and ws[-1] == lead[-1] in figure_cues.MONEY_LINK_WORDS)
            or any(w in figure_cues.MONEY_LIST_HEADS for w in lead)
            or (ws and after and ws[0] == after[0] in figure_cues.MONEY_PARALLEL_WORDS)):
        return False  # ``penerimaan negara Rp 1 triliun, layanan Rp 2 triliun``: each item names its own amount
    toks = [(0, w) for w in ws]
    # a relative clause describing the item's recipient (``kepada saksi A yang telah mempertemukan X dengan Y``)
    # holds verbs of its own: they describe, they open no clause of the sentence
    outside = _RELATIVE_CLAUSE.sub(" ", between)
    lower = {m.group().casefold() for m in WORD.finditer(outside) if not m.group()[:1].isupper()}
    return not any(w in figure_cues.MONEY_LIST_BREAKS or money_at(toks, i)
                   or (w in lower and verb_word(w))
                   for i, w in enumerate(ws))


# ``yang`` and the words after it up to a comma, ``;`` or a list join: a relative clause inside a list item.
_RELATIVE_CLAUSE = re.compile(r"(?<![\w-])yang\s[^,;]*?(?=[,;]|(?<![\w-])(?:" + alternation(figure_cues.MONEY_LIST_JOINS)
                              + r")(?![\w-])|$)", re.IGNORECASE)


def list_intro_money(corpus: Corpus, a: int, s: int) -> str | None:
    """The money noun the amounts of sentence ``s`` are amounts of when they name none, told by the sentence that
    opens their list: ``s`` is a line of a list (``3. Pusat Investasi: Rp 95 miliar``, ``- Deposito senilai Rp 4
    miliar``: ``LIST_ITEM``) and the sentence right before its first line ends on a colon (``Berikut rincian anggaran
    ... tiap lembaga:`` -> ``anggaran``, ``barang yang disita ... yaitu:`` -> ``sitaan``), or ``s`` opens on a word
    of a breakdown (``Jumlah tersebut terdiri dari ...``, ``Rinciannya, ...``: ``figure_cues.BREAKDOWN_CUES`` in its
    first ``BREAKDOWN_OPENING`` words) and the sentence before names the whole (``money_head``). None otherwise."""
    text = corpus.text(a, s)
    if s > 0 and any(w in figure_cues.BREAKDOWN_CUES for w in words(text)[: figure_cues.BREAKDOWN_OPENING]):
        before = corpus.text(a, s - 1)
        head = money_head(sentence_tokens(before), before)
        return head[1] if head else None
    if not LIST_ITEM.match(text):
        return None
    for k in range(s - 1, max(-1, s - 1 - figure_cues.LIST_MAX_ITEMS), -1):
        text = corpus.text(a, k)
        if LIST_ITEM.match(text):
            continue
        if not text.rstrip(" \"'\u201d").endswith(":"):
            return None
        head = money_head(sentence_tokens(text), text)
        return head[1] if head else None
    return None


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
    for t in WORD.finditer(text, end):
        w = t.group().casefold()
        if text[end : t.start()].strip() or len(out) == figure_cues.PURPOSE_MAX_WORDS or not w.isalpha() \
                or w in stop_words() or (not out and w in figure_cues.PURPOSE_NOT_FIRST):
            break
        out.append(w)
        end = t.end()
    return " ".join([m.group().strip().casefold(), *out]) if out else None


# After an amount, up to a passive verb: a source (``dari APBN``, at most three words), ``yang``, an auxiliary.
def period_paid(text: str, q: Quantity, toks: Tokens, clause: Clause, amounts: Sequence[int] = ()) -> str | None:
    """What money amount ``q``, a sum per period (``tunjangan ... Rp 50 juta per bulan``), pays: the money noun of its
    clause (``money_measure``, ``amounts`` the starts of the sentence's money amounts), else what it is for
    (``amount_purpose``: ``Rp 5 juta per bulan untuk gaji perangkat``); the table names its series by it
    (``per bulan (tunjangan)``). An act of money names no rate (``menyalurkan BLT Rp 300 ribu per bulan``:
    ``figure_cues.MONEY_ACTS``): then only what it is for."""
    paid = money_measure(q, toks, clause, amounts)
    said, head = clause_money_head(text, q, toks, clause)
    if paid and head and said[head[0]][1] not in figure_cues.MONEY_ACTS:
        return paid
    return amount_purpose(text, q)


_ACT_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:dari(?:\s+[^\s,.;:!?\"\u201c\u201d]+){1,3}?\s+)?(?:yang\s+)?"
                        r"(?:(?:telah|sudah|akan|baru|pun)\s+)?(?P<verb>(?:di|ter)[a-z]+)(?![\w-])", re.IGNORECASE)


def act_after(text: str, q: Quantity) -> str | None:
    """The act or role of money a passive verb right after a money amount names (``Rp 30 triliun dari APBN
    dikucurkan untuk ...``, ``setiap US$ 1 yang dikucurkan pemerintah``, ``Rp 2 miliar disita dari ...``): the amount
    is the verb's subject, what was paid out, collected or seized, as the active verb before it names it
    (``mengucurkan Rp 30 triliun``: ``figure_cues.MONEY_ACTS``, ``MONEY_ROLES``). A source with ``dari`` (three words
    at most), ``yang`` and an auxiliary may stand between. None when no such verb follows."""
    m = _ACT_AFTER.match(text, q.end)
    if m is None:
        return None
    verb = m.group("verb").casefold()
    return figure_cues.MONEY_ACTS.get(verb) or figure_cues.MONEY_ROLES.get(verb)


# ``…, yaitu sebesar`` right before an amount: it restates what the sentence gave before the comma.
_RESTATES = re.compile(r",\s*(?:yaitu|yakni)\s+(?:sebesar\s+)?$", re.IGNORECASE)


_RESTATE_WORD = re.compile(r"yaitu|yakni", re.IGNORECASE)


@lru_cache(maxsize=64)
def _restates_any(text: str) -> bool:
    """The sentence writes ``yaitu``/``yakni`` anywhere: read once per sentence, so that the amounts of a long
    sentence with neither skip the search of each prefix for ``_RESTATES``."""
    return _RESTATE_WORD.search(text) is not None


def restated_share(text: str, q: Quantity, mates: Sequence[Quantity]) -> str | None:
    """The money noun of a share a money amount restates (``kementerian itu telah menyerap 48 persen anggaran dari pagu
    Rp 3 triliun, yaitu sebesar Rp 1,4 triliun``: the sum absorbed, ``serapan``): the amount follows ``, yaitu``/``, yakni``
    (``sebesar``), a percentage of its sentence (``mates``) stands before that comma with at most
    ``figure_cues.RESTATED_SHARE_GAP`` words and no verb between, and the words before the percentage in its clause name
    the money noun or act (``money_head``). None when they name none (``mencapai 99 persen, yaitu Rp ...``: what
    reached 99 percent is said in another sentence)."""
    m = _RESTATES.search(text, 0, q.start) if _restates_any(text) else None
    if m is None:
        return None
    shares = [r for r in mates if r.unit == "%" and r.end <= m.start()]
    if not shares:
        return None
    r = max(shares, key=lambda x: x.end)
    mid = text[r.end : m.start()]
    if len(words(mid)) > figure_cues.RESTATED_SHARE_GAP or any(
            verb_like(w.group().casefold()) for w in WORD.finditer(mid) if not w.group()[:1].isupper()):
        return None
    head = clause_money_head(text, r)[1]
    return head[1] if head else None


# ``…, yang kemudian meningkat menjadi`` between two amounts: the second is the first's new value.
_MOVED_ON = re.compile(r"^(?P<adjunct>[^,;.:!?\"\u201c\u201d]{0,60}),\s*yang\s+(?:(?:" + alternation(figure_cues.MOVED_ON_ADVERBS)
                       + r")\s+)?(?:" + alternation(figure_cues.MOVEMENT_VERBS) + r")\s+(?:"
                       + alternation(figure_cues.MOVE_TO_WORDS) + r")\s*$", re.IGNORECASE)


def moved_on(between: str) -> bool:
    """The words ``between`` two money amounts of a sentence tell the second as the first's new value through a
    relative clause of a move (``paket investasi senilai A di negara itu, yang kemudian meningkat menjadi B``): the
    first's money noun names the second too, as ``dari A menjadi B`` does. Before the comma only an adjunct of the
    first (a place, no verb of its own: ``di negara itu``)."""
    m = _MOVED_ON.match(between)
    if m is None:
        return False
    lower = [w.group() for w in WORD.finditer(m.group("adjunct")) if not w.group()[:1].isupper()]
    return not any(verb_like(w.casefold()) for w in lower)


_PURPOSE = re.compile(r"\s+(?:" + alternation(figure_cues.PURPOSE_WORDS) + r")\b", re.IGNORECASE)


def money_names(corpus: Corpus, a: int, art_points: Sequence[tuple[tuple[str, str | None], Point]]) -> None:
    """Name the money amounts of no noun whose own clause names nothing (``Point.money`` None) by their list: the
    amount before it in its sentence, when only a list's next item stands between (``continues_money_list``), or the
    sentence opening the list it is a line of (``list_intro_money``), or a passive act of money right after it
    (``act_after``), or the one money noun of the sentence before when an anaphor names it (``anaphoric_money``:
    ``angka tersebut``); failing all, by what it is for (``amount_purpose``). A reader then sees ``anggaran`` for each
    agency's line of a budget, not one more ``IDR`` table."""
    bare = [(key, p) for key, p in art_points if key[1] in CURRENCIES and key[0] == key[1]]
    at: dict[int, list[tuple[tuple[str, str | None], Point]]] = {}  # the points of each sentence, in their order
    for key, p in art_points:
        at.setdefault(p.q.sentence, []).append((key, p))
    by_start = {(p.q.sentence, p.q.start): p for _k, p in bare}
    intro: dict[int, str | None] = {}
    toks_at: dict[int, Tokens] = {}  # per sentence, its words, read once for all its amounts
    money_of: dict[int, list[Point]] = {}  # per sentence, its money points in order
    last_money: dict[int, LastBefore] = {}  # per sentence, the money point starting last before an offset
    quantities_of: dict[int, list[Quantity]] = {}  # per sentence, its quantities in order (``restated_share``)
    for q in corpus.articles[a].quantities:
        quantities_of.setdefault(q.sentence, []).append(q)
    for _key, p in sorted(bare, key=lambda kp: (kp[1].q.sentence, kp[1].q.start)):
        if p.money is not None:
            continue
        text = corpus.text(a, p.q.sentence)
        if p.q.sentence not in last_money:
            money_of[p.q.sentence] = [r for _k, r in at[p.q.sentence] if r.q.unit in CURRENCIES]
            last_money[p.q.sentence] = LastBefore([r.q for r in money_of[p.q.sentence]])
        k = last_money[p.q.sentence].index(p.q.start)  # the money amount before it: the one starting last
        prev = None if k is None else money_of[p.q.sentence][k]
        if prev is not None and prev.money and (prev.q.sentence, prev.q.start) in by_start and (
                continues_money_list(text, prev.q, p.q)
                or set(words(text[prev.q.end : p.q.start])) <= figure_cues.MOVE_TO_WORDS
                or moved_on(text[prev.q.end : p.q.start])):
            p.money = prev.money  # ``dari Rp 3 triliun menjadi Rp 2 triliun``: one thing
            continue
        if p.q.sentence not in intro:
            intro[p.q.sentence] = list_intro_money(corpus, a, p.q.sentence) or year_list_money(
                corpus, a, p.q.sentence, [r.q for _k, r in at[p.q.sentence] if r.q.unit in CURRENCIES])
        # (not an amount in another currency right after one, ``setiap US$ 1 atau Rp 16.500 yang dikucurkan``: a
        # conversion or an exchange rate, ``exchange.converted``, ``near_rate``)
        restated = p.converted or (prev is not None and prev.q.unit != p.q.unit
                                   and len(words(text[prev.q.end : p.q.start])) <= 2)
        p.money = intro[p.q.sentence] or (None if restated else act_after(text, p.q)) or restated_share(
            text, p.q, quantities_of.get(p.q.sentence, ()))
        if p.money is None:
            if p.q.sentence not in toks_at:
                toks_at[p.q.sentence] = sentence_tokens(text)
            toks = toks_at[p.q.sentence]
            before = toks.within(amount_clause(text, p.q.start, p.q.end, toks)[0], p.q.start)
            p.money = anaphoric_money(before, p.q.unit, at.get(p.q.sentence - 1, ()), toks, text if prev is None else "") \
                or realised_target(before, p, at[p.q.sentence])
        if p.money is None:
            p.purpose = amount_purpose(text, p.q) or thing_or_loose(
                valued_thing(before, text), loose_money(before[-figure_cues.MONEY_MEASURE_GAP :], text))


def anaphoric_money(before: Sequence[tuple[int, str]], unit: str | None,
                    prev: Sequence[tuple[tuple[str, str | None], Point]], toks: Tokens, text: str = "") -> str | None:
    """The money noun of an amount its clause names by an anaphor only (``angka tersebut dipangkas menjadi Rp 2
    triliun``, ``jumlah itu naik menjadi Rp 5 miliar``: a noun of ``figure_cues.ANAPHORIC_AMOUNT_NOUNS`` right before
    a demonstrative, in the words ``before`` the amount; ``jumlahnya``, ``totalnya``, ``nilainya``:
    ``ANAPHORIC_AMOUNT_NYA``) or by no subject at all (``Tahun ini dinaikkan menjadi Rp 75 miliar``: ``elided_move``,
    read when the sentence ``text`` is given, i.e. when no amount of the sentence comes before): the noun the sentence
    before (``prev``, its points) names its amounts of the same currency ``unit`` by, when it names them all and by one
    noun only (``dana hibah ... Rp 3 triliun``, then ``angka tersebut ...``: ``dana``). None when that sentence has no
    amount of the currency, one it does not name, or two nouns (the anaphor could be either). ``before`` is a run of
    the sentence's words ``toks``, whose anaphors are bisected (``Tokens.marks``), not read word by word for each
    amount of a long sentence."""
    named = False
    if before:
        lo, hi = before[0][0], before[-1][0] + 1
        last = toks.at(hi) - 1
        named = (any(k < last and toks[k + 1][1] in figure_cues.DEMONSTRATIVES
                     for k in toks.marked(figure_cues.ANAPHORIC_AMOUNT_NOUNS, lo, hi))
                 or bool(toks.marked(figure_cues.ANAPHORIC_AMOUNT_NYA, lo, hi)))
    if not (named or (text and elided_move(before, text))):
        return None
    return one_money_noun([(key, r) for key, r in prev if r.q.unit == unit])


def elided_move(before: Sequence[tuple[int, str]], text: str) -> bool:
    """The words ``before`` an amount of sentence ``text`` (its clause's) move an amount they do not name to it:
    a verb of movement or of setting anew (``figure_cues.MOVEMENT_VERBS``, ``ADJUSTED_VERBS``), ``lagi`` or ``pun``
    or nothing, then ``menjadi``/``ke`` right before the amount, and before the verb only words of no subject:
    function words, times (``MODIFIER_TIME_WORDS``, ``TIME_FRAME_WORDS``, a month, a number) and capitalised names
    after the sentence's first word (``Tapi di era Presiden X itu dinaikkan menjadi Rp 110 triliun``). The subject
    is the amount the sentence before named, as an anaphor says (``anaphoric_money``). ``Tiket pesawat naik menjadi
    ...`` names its own subject: False."""
    k = len(before) - 1
    if k < 1 or before[k][1] not in figure_cues.MOVE_TO_WORDS:
        return False
    k -= 1
    if k > 0 and before[k][1] in ("lagi", "pun"):
        k -= 1
    if before[k][1] not in figure_cues.MOVEMENT_VERBS and before[k][1] not in figure_cues.ADJUSTED_VERBS:
        return False
    stops = stop_words()
    first = next((m.start() for m in WORD.finditer(text)), 0)
    return all(w in stops or w in figure_cues.MODIFIER_TIME_WORDS or w in figure_cues.TIME_FRAME_WORDS
               or w in calendar.MONTHS or w.isdigit() or (o > first and text[o : o + 1].isupper())
               for o, w in before[:k])


def realised_target(before: Sequence[tuple[int, str]], p: Point,
                    mates: Sequence[tuple[tuple[str, str | None], Point]]) -> str | None:
    """The money noun of a target amount named by the target alone (``... atau 25 persen dari target sebesar Rp 2.700
    triliun``, ``Dari target Rp 2 triliun, penerimaannya baru Rp 800 miliar``: a word of ``figure_cues.TARGET_NOUNS``
    right before it in the words ``before`` it, past a word of an amount and a time): the noun the other amounts of
    its sentence (``mates``: its points) in the same currency that are no targets are named by, when they are all
    named and by one noun (``realisasi belanja ... Rp 694 triliun``: ``belanja``). The target is what that amount
    reaches for; the table shows it as ``belanja (target)``. None otherwise (a verb of aiming, ``menargetkan Rp 5
    triliun``, names no noun of its own and says nothing of whose)."""
    if p.mode != "target":
        return None
    k = len(before) - 1
    while k >= 0 and (before[k][1] in figure_cues.MONEY_LINK_WORDS or before[k][1] in figure_cues.MODIFIER_TIME_WORDS
                      or before[k][1].isdigit()):
        k -= 1
    if k < 0 or before[k][1] not in figure_cues.TARGET_NOUNS:
        return None
    return one_money_noun([(key, r) for key, r in mates if r is not p and r.q.unit == p.q.unit and r.mode != "target"])


def one_money_noun(points: Sequence[tuple[tuple[str, str | None], Point]]) -> str | None:
    """The one money noun ``points`` (keys and points) are all named by: a noun's own key, or the ``Point.money`` of a
    currency-only amount; a rate (``per bulan``) or a currency-only amount of no noun names none. None when there is no
    point, one names none, or two nouns name them (read by ``anaphoric_money`` and ``realised_target``)."""
    names = {r.money if key[0] == key[1] else None if key[0].startswith("per ") else key[0] for key, r in points}
    if len(names) != 1 or None in names:
        return None
    return names.pop()


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
