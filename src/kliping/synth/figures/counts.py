"""Counts: what a generic counter counts (:func:`counter_noun`, :func:`noun_before`, :func:`bare_counter`), what
group or item a count names (:func:`count_subject`, :func:`breakdown_item`, :func:`amount_role`), what its clause
says was done and to what (:func:`count_deed`), the part of a total (:func:`part_of`) and one group of people
counted under a generic noun (:func:`people_groups`, :func:`people_join`).

Apart because counts of no unit carry their meaning in the words around them, read here and nowhere else.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from kliping.ingest.glue import word_root
from kliping.lang.id import calendar, figure_cues, numbers, outlets
from kliping.model import Quantity
from kliping.synth.corpus import Corpus, content_words, stop_words, words
from kliping.synth.figures.clauses import ACRONYM, Clause, Tokens, verb_like
from kliping.synth.figures.keys import figure_key
from kliping.synth.figures.money import CURRENCIES
from kliping.synth.figures.point import Point
from kliping.text.patterns import alternation

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


def count_subject(q: Quantity, toks: Tokens, clause: Clause) -> str | None:
    """What group a count is a count of, as the words right after its noun say (``figure_cues.SUBJECT_CUES``): ``248
    ribu anak penderita anemia`` -> ``penderita anemia``, ``20 juta peserta BPJS terdiagnosis hipertensi`` ->
    ``terdiagnosis hipertensi``, ``anak yang terdeteksi mengalami anemia`` -> ``mengalami anemia``, ``empat WNI yang
    diduga ...`` -> ``diduga`` (``SUBJECT_ALONE``). Between the noun and the cue only ``SUBJECT_GAP`` words or an
    acronym (at most ``SUBJECT_GAP_MAX``); ``dengan`` only right after a noun of people (``SUBJECT_DENGAN_NOUNS``). A word of
    membership names the body the group belongs to (``4 juta peserta telah tergabung dalam Prolanis`` -> ``prolanis``:
    ``member_body``). The condition is the first word after
    the cue (``penyakit`` skipped), lower case and no word of an amount or a measure (``dengan total kerugian``:
    ``SUBJECT_STOP``). None for amounts with a unit, counts with no noun, and counts whose clause names no group."""
    if q.unit is not None or not q.noun:
        return None
    after = toks.within(q.end, clause[1])
    for k, (o, w) in enumerate(after[: figure_cues.SUBJECT_GAP_MAX + 1]):
        if w in figure_cues.SUBJECT_ALONE:  # suspects of a deed (``diduga menganiaya``), not ``diduga petugas``
            nxt = after[k + 1][1] if k + 1 < len(after) else ""
            deed = verb_like(nxt) and nxt not in figure_cues.SUBJECT_STOP
            return "diduga" if deed else None
        if w in figure_cues.MEMBER_CUES:  # ``peserta yang tergabung dalam Prolanis``: the body's members
            return member_body(toks, after[k + 1 :])
        label = figure_cues.SUBJECT_CUES.get(w)
        if label and not (w == "dengan" and (k or q.noun.casefold().split()[-1] not in figure_cues.SUBJECT_DENGAN_NOUNS)):
            rest = [(o2, x) for o2, x in after[k + 1 : k + 3] if x not in figure_cues.SUBJECT_SKIP]
            if not rest or rest[0][1] in figure_cues.SUBJECT_STOP or not toks.sentence[rest[0][0]].islower():
                return None
            return f"{label} {rest[0][1]}"
        if w not in figure_cues.SUBJECT_GAP and not ACRONYM.match(toks.sentence[o : o + len(w)]):
            return None
    return None


def member_body(toks: Tokens, after_cue: Sequence[tuple[int, str]]) -> str | None:
    """The body a count's people belong to, after a word of membership (``figure_cues.MEMBER_CUES``): one of
    ``MEMBER_PREPS`` and then the body's name, its capitalised words (at most ``MEMBER_NAME_MAX``) case-folded
    (``tergabung dalam Prolanis`` -> ``prolanis``). The members of one programme are a group of their own beside the
    storyline's other counts of the noun. None when no name follows (``terdaftar di kantor desa``, ``bergabung
    kemarin``)."""
    if not after_cue or after_cue[0][1] not in figure_cues.MEMBER_PREPS:
        return None
    name: list[str] = []
    for o, w in after_cue[1 : figure_cues.MEMBER_NAME_MAX + 1]:
        if not toks.sentence[o : o + 1].isupper():
            break
        name.append(w)
    return " ".join(name) or None


def amount_role(q: Quantity, toks: Tokens, clause: Clause, others: Sequence[Quantity] = ()) -> str | None:
    """The act or role a count of people or a money amount of a noun is of (``figure_cues.ROLE_CUES``,
    ``MONEY_ROLES``), as its clause names it: for a count, right after its noun (``24 warga luka``, ``5 orang yang
    tewas``: only ``SUBJECT_GAP`` words between, at most ``SUBJECT_GAP_MAX``) or the last such word before it
    (``yang sudah mendaftar baru sekitar 3,1 juta peserta``, ``korban tewas bertambah menjadi 7 orang``); for a
    money amount with a noun, the last money role before it (``KPK menyita aset senilai Rp 5 miliar``), unless the
    noun is that role already. Only the words after the last other amount of the clause count before it: ``500 orang
    mengungsi dan 12 warga`` gives the 12 no role. None for other amounts and for clauses that name no role."""
    lo, hi = clause
    if not (q.unit is None and q.noun) and not (q.unit in CURRENCIES and q.noun):
        return None
    ends = toks.derived("ends", others, lambda: sorted((o.end, k) for k, o in enumerate(others)))  # found once per sentence
    i = bisect.bisect_right(ends, (q.start, len(others)))  # the other amounts ending by its start, latest last
    while i and ends[i - 1][0] >= lo and others[ends[i - 1][1]] is q:
        i -= 1
    if i and ends[i - 1][0] >= lo:
        lo = ends[i - 1][0]  # after the last other amount of the clause
    if q.unit is None and q.noun:
        after = toks.at(q.end)
        for k, (_o, w) in enumerate(toks[after : min(toks.at(hi), after + figure_cues.SUBJECT_GAP_MAX + 1)]):
            if w in figure_cues.ROLE_CUES:
                return figure_cues.ROLE_CUES[w]
            if w not in figure_cues.SUBJECT_GAP and not (k == 0 and w in q.noun.casefold().split()):
                break
        roles = toks.marked(figure_cues.ROLE_CUES, lo, q.start)
        return figure_cues.ROLE_CUES[toks[roles[-1]][1]] if roles else None
    noun = set(q.noun.casefold().split())
    roles = toks.marked(figure_cues.MONEY_ROLES, lo, q.start)
    role = figure_cues.MONEY_ROLES[toks[roles[-1]][1]] if roles else None
    return role if role and role not in noun else None


def breakdown_item(q: Quantity, toks: Tokens, clause: Clause) -> tuple[str, str] | None:
    """The item a count of a list names after its noun (``6.000 botol bir, 1.200 botol anggur merah, dan ...``): the
    words right after the count up to a comma, ``dan``/``serta``/``atau``/``yang`` or the clause's end, one to
    ``ITEM_MAX_WORDS`` of them, no number and no verb among them. ``(last word, all words)``: two lists of one article
    naming ``botol minuman jenis Vodka`` and ``botol vodka`` name one item
    (``synth.findings.self_contradictions.item_discrepancies``)."""
    if q.unit is not None or not q.noun:
        return None
    out: list[str] = []
    end = q.end
    for o, w in toks.within(q.end, clause[1]):
        if "," in toks.sentence[end:o] or w in figure_cues.ITEM_BREAKS:
            break
        if w[0].isdigit() or verb_like(w):
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


def rate_basis(q: Quantity, toks: Tokens, clause: Clause, mates: Sequence[Quantity]) -> bool:
    """A count of one that is only the unit another amount of its clause (``mates``: its sentence's quantities) is
    given for: after a word of a rate with an amount before it (``Rp 16 juta untuk satu pemilih``:
    ``figure_cues.BASIS_BEFORE``), or followed within a few words by a word of capacity or duty and then an amount
    (``1 kampung nelayan bisa diisi 2.000 keluarga``, ``satu dapur harus punya dua juru masak``:
    ``figure_cues.BASIS_MODALS``; not across ``yang``, ``satu tersangka yang bisa ...`` counts a suspect). The
    table leaves it out: a rate's basis is no count of anything."""
    if q.value != 1 or q.value_max is not None or q.modifier != "exact":
        return False
    lo, hi = clause
    others = [m for m in mates if m is not q and lo <= m.start and m.end <= hi]
    before = toks.within(lo, q.start)
    if before and before[-1][1] in figure_cues.BASIS_BEFORE and any(m.end <= q.start for m in others):
        return True
    after = toks.within(q.end, hi)
    for off, w in after[: figure_cues.BASIS_MODALS_GAP + 1]:
        if w == "yang":
            return False
        if w in figure_cues.BASIS_MODALS:
            return any(m.start > off for m in others)
    return False


# The modifier of a plural of a scale word (``ribuan``, ``ratusan``, ``puluhan``: ``extract.quantities``).
_PLURAL_SCALE = "plural"

# Nothing but a mark of the phrase's end right after an amount (``... itu satu kelompok,"``): read by ``counts_nothing``.
_ENDS_PHRASE = re.compile(r"\s*(?:[,.;:!?)\"\u201d\u2019]|$)")


def counts_nothing(q: Quantity, toks: Tokens, clause: Clause, mates: Sequence[Quantity]) -> bool:
    """A quantity whose words count or measure nothing of the story, so the figures table leaves it out (thirty-sixth
    round: single-value tables ``kelompok``, ``gal``, ``l``, ``negara (target)``): a count of one that says what a
    thing is, after a copula or a word of likeness (``X dan Y itu satu kelompok``, ``adalah satu bidang khusus``,
    ``seperti satu paket``: ``figure_cues.ONE_CLASS_BEFORE``; after a demonstrative only when its clause ends with the
    noun, since ``Pada hari itu satu orang tewas`` counts), not after a word of an amount (``jumlahnya adalah satu
    orang``); one and the same thing (``satu partai yang sama``) or not a single one (``satu haripun``); either side of a
    conversion of units (``satu galon setara dengan 3,8 liter``: ``conversion_side``); and a small count right after
    ``antara`` naming the parties of a relation or a ranking (``di antara dua negara``, ``di antara tiga kota paling
    macet``; not a range, ``antara 5 dan 7 kapal``). A plural of a scale word of a physical unit and no noun
    (``kereta melaju ribuan kilometer``) says far or much, no value of the unit's series (``jarak``); money (``ratusan
    miliar rupiah``) and counts of a noun (``ribuan ton batu``) keep theirs. ``mates``: the quantities of its
    sentence."""
    if conversion_side(q, toks, clause, mates):
        return True
    if q.unit is not None and q.unit not in CURRENCIES and not q.noun and q.modifier.startswith(_PLURAL_SCALE):
        return True  # ``melaju ribuan kilometer``: far, no value a series of kilometres could hold
    if q.unit is not None or q.value_max is not None or q.modifier != "exact":
        return False
    lo, hi = clause
    before = toks.within(lo, q.start)
    last = before[-1][1] if before else ""
    if last in figure_cues.AMONG_WORDS and q.value <= figure_cues.AMONG_MAX:
        return True
    if q.value != 1:
        return False
    after = [w for _o, w in toks.within(q.end, hi)]
    if tuple(after[: len(figure_cues.ONE_SAME_AFTER)]) == figure_cues.ONE_SAME_AFTER:
        return True
    tail = q.text.split()[-1].casefold()
    if len(tail) > len(figure_cues.ONE_NOT_ANY_SUFFIX) + 2 and tail.endswith(figure_cues.ONE_NOT_ANY_SUFFIX):
        return True
    if any(w in figure_cues.ANAPHORIC_AMOUNT_NOUNS for _o, w in before):
        return False
    return last in figure_cues.ONE_CLASS_BEFORE or (last in figure_cues.DEMONSTRATIVES
                                                    and _ENDS_PHRASE.match(toks.sentence, q.end) is not None)


def conversion_side(q: Quantity, toks: Tokens, clause: Clause, mates: Sequence[Quantity]) -> bool:
    """``q`` is one side of a conversion of units its clause states: a measure of one right before a word of
    equivalence and another amount (``satu galon setara dengan 3,8 liter``: ``figure_cues.CONVERSION_LINKS``), or that
    amount. A conversion says how big a unit is, no figure of the story. Money is left to the exchange rates
    (``synth.figures.exchange``: ``satu dolar setara Rp 16.000``)."""
    if q.unit in CURRENCIES:
        return False
    lo, hi = clause
    for a in [q, *[m for m in mates if m is not q and m.end <= q.start and lo <= m.start]]:
        if a.value != 1 or a.value_max is not None or a.unit in CURRENCIES:
            continue
        between = toks.within(a.end, hi)
        for link in figure_cues.CONVERSION_LINKS:
            if tuple(w for _o, w in between[: len(link)]) != link or len(between) <= len(link):
                continue
            at = between[len(link)][0]
            b = next((m for m in mates if m is not a and m.start == at and m.unit not in CURRENCIES), None)
            if b is not None and (q is a or q is b):
                return True
    return False


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
    ``synth.findings.facts.same_deed`` joins two counts of one noun that share an act and a thing."""
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
        if ACRONYM.match(raw):
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
