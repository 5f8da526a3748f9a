"""What kind of statement carries an amount: a scenario (:func:`conditions`), an aim (:func:`statement_mode`,
:func:`amount_mode`, :func:`purpose_reach`), a plan (:func:`amount_plan`), a forecast (:func:`amount_forecast`) or a
reported value; and whether the sentence names its matter only by pointing back (:func:`points_back`).

Apart because the findings compare only reported values: these readings decide which amounts are claims at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from kliping.lang.id import calendar, figure_cues
from kliping.model import Quantity
from kliping.synth.corpus import stop_words
from kliping.synth.figures.clauses import Clause, Tokens, amount_clause, as_tokens


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
    if sentence_mode != "conditional" and example_amount(sentence, q, toks, clause):
        return "conditional"
    if sentence_mode == "fact" and purpose_reach(sentence, q, toks):
        return "target"
    if sentence_mode not in ("target", "hope"):
        return sentence_mode
    toks = as_tokens(sentence, toks)
    lo, hi = clause or amount_clause(sentence, q.start, q.end, toks)
    if sentence_mode == "hope":
        return "target" if _hoped_for(toks.within(lo, q.start)) else "fact"
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


def _hoped_for(before: Sequence[tuple[int, str]]) -> bool:
    """The amount after the words ``before`` it in its clause is what a wish or a purpose aims at: a word of a wish
    stands there (``berharap produksi naik hingga 32 juta ton``), or the last word of purpose does
    (``figure_cues.PURPOSE_HOPE_CUES``: ``agar``, ``supaya``) with a word of reaching or change between it and the
    amount (``figure_cues.AIM_AFTER_PURPOSE``: ``agar PAD dikembalikan ke Rp 340 miliar``). An amount a purpose
    clause only names is a value there is (``agar memanfaatkan dana bantuan Rp900.000 ini``)."""
    words = [w for _o, w in before]
    last = max((k for k, w in enumerate(words) if w in figure_cues.HOPE_CUES), default=None)
    if last is None:
        return False
    if any(w in figure_cues.HOPE_CUES and w not in figure_cues.PURPOSE_HOPE_CUES for w in words):
        return True
    return any(w in figure_cues.AIM_AFTER_PURPOSE for w in words[last + 1 :])


def example_amount(sentence: str, q: Quantity, toks: Tokens | None = None, clause: Clause | None = None) -> bool:
    """The amount is an example's value, a scenario's (``figure_cues.EXAMPLE_CUES``): ``katakanlah`` or ``misalkan``
    before it in its clause, or ``misalnya`` right before it (only ``EXAMPLE_GAP_WORDS`` and other amounts' numbers
    between: ``misalnya menjadi Rp 7.500``, ``misalnya Rp 500 atau Rp 1.000 per liter``). Not ``misalnya`` after a
    subject the sentence then tells of (``Rupiah misalnya, melemah 54,50 poin``): a real instance."""
    toks = as_tokens(sentence, toks)
    lo, _hi = clause or amount_clause(sentence, q.start, q.end, toks)
    before = [w for _o, w in toks.within(lo, q.start)]
    if any(w in figure_cues.EXAMPLE_CUES for w in before):
        return True
    k = len(before)
    while k and (before[k - 1] in figure_cues.EXAMPLE_GAP_WORDS or before[k - 1][:1].isdigit()):
        k -= 1
    return k > 0 and before[k - 1] in figure_cues.EXAMPLE_RIGHT_BEFORE


def purpose_reach(sentence: str, q: Quantity, toks: Tokens | None = None) -> bool:
    """The amount is the object of a verb of reaching after a word of purpose (``untuk mencapai 40 juta penerima``,
    ``demi meraih 1 juta pengunjung``: ``figure_cues.PURPOSE_WORDS`` then ``REACH_VERBS``, at most
    ``REACH_GAP`` words of ``REACH_GAP_WORDS`` between the verb and the amount): an aim, not a value reached. Not a
    verb of reaching with no purpose before it (``korban mencapai 232 orang`` is a count), nor an amount further on
    in the clause (``untuk mencapai lokasi itu, warga berjalan 5 km``)."""
    toks = as_tokens(sentence, toks)
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


# Punctuation between an amount and a plan cue after it: the cue is another clause's (``amount_plan``).
_PLAN_CUE_BREAK = re.compile(r"[,;:()\"\u201c\u201d]")


def amount_plan(sentence: str, q: Quantity, toks: Tokens, clause: Clause | None = None) -> bool:
    """The amount's clause (``amount_clause``) says what will be done: ``akan``, ``berencana``
    (``figure_cues.PLAN_CUES``) before the amount, or ``mulai`` then a month (``mulai Januari``)
    anywhere in it. A plan, not a reading; not ``akan`` as a preposition (``kaya akan``:
    ``figure_cues.AKAN_PREPOSITION_AFTER``). A plan in another clause (``..., sementara pasar akan
    menanti pertemuan OPEC``) says nothing of it, nor does one after the amount, unless ``akan``/``bakal``
    (``figure_cues.PLAN_AFTER_CUES``) follows right after the amount's words, past one word at most that is no function
    word but a demonstrative, and no punctuation: the amount is the plan's subject (``90 juta kendaraan bermotor bakal
    rampung pada 2014``, ``puluhan WNI itu akan dideportasi``; not ``75 bidang yang akan dilelang``, a relative clause
    on plots there are, nor ``uang US$ 1 juta dengan ancaman akan ...``). ``clause`` is the amount's
    ``amount_clause`` when already known."""
    toks = as_tokens(sentence, toks)
    lo, hi = clause or amount_clause(sentence, q.start, q.end, toks)
    first, end = toks.at(lo), toks.at(hi)  # the clause's words are toks[first:end]; its cues are bisected (``marks``)
    for k in toks.marked(figure_cues.PLAN_CUES, lo, min(hi, q.start)):
        if not (toks[k][1] == "akan" and k > first and toks[k - 1][1] in figure_cues.AKAN_PREPOSITION_AFTER):
            return True
    # the amount as the subject of the plan: ``90 juta kendaraan bermotor bakal rampung pada 2014``
    after = toks.within(q.end, hi)[:2]
    for k, (o, w) in enumerate(after):
        if w in figure_cues.PLAN_AFTER_CUES and not _PLAN_CUE_BREAK.search(sentence, q.end, o):
            return True
        if k or (w in stop_words() and w not in figure_cues.DEMONSTRATIVES):
            break
    return any(k + 1 < end and toks[k + 1][1] in calendar.MONTHS
               for k in toks.marked(figure_cues.PLAN_START_WORDS, lo, hi))


# The cue words ``amount_forecast`` reads on from: a forecast's, a push's, an estimate's and a guess's.
_FORECAST_STARTS = figure_cues.FORECAST_CUES | figure_cues.PUSH_VERBS | figure_cues.ESTIMATE_CUES | figure_cues.GUESS_CUES


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
    first, end = toks.at(lo), toks.at(q.start)  # the words before the amount in its clause: toks[first:end]
    # only the cue words are read, each once (``Tokens.marks``), and what follows a cue is bisected
    for k in toks.marked(_FORECAST_STARTS, lo, q.start):
        w = toks[k][1]
        prev = toks[k - 1][1] if k > first else ""
        after = toks[k + 1][0] if k + 1 < end else q.start  # the offset the words after the cue start at
        if w in figure_cues.FORECAST_CUES and prev not in figure_cues.FORECAST_NEGATIONS:
            return True
        if (w in figure_cues.PUSH_VERBS and prev in figure_cues.MAY_COME
                and toks.marked(figure_cues.PUSHED_PRICE_WORDS, after, q.start)):
            return True  # ``pasokan berlimpah bisa mendorong harga ke 45 dollar``: where a cause may take it
        if (((w in figure_cues.ESTIMATE_CUES and w != "rata") or w in figure_cues.GUESS_CUES)
                and prev not in figure_cues.COMPARISON_BEFORE
                and ((scoped == "estimate" and w not in figure_cues.GUESS_CUES)
                     or toks.marked(figure_cues.PLAN_CUES, after, q.start)
                     or (w in figure_cues.GUESS_CUES and _may_come([x for _o, x in toks[k + 1 : end]])))):
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
