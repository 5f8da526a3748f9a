"""What the Markdown and HTML reports share: lookups, labels and number formatting.

Both reports show the same facts; keeping the wording and the selection (which quotes and entities
belong to a storyline) here means the two never disagree.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kliping.extract.numbers import clean_float
from kliping.lang.id import figure_cues, quote_words
from kliping.link.aliases import describe
from kliping.model import Citation, Claim, Document, Dossier, Entity, Evidence, FigureValue, Quote, Storyline
from kliping.sources import outlet_key
from kliping.synth.quotes import quote_key
from kliping.text.patterns import WORD

# The mark shown next to the date of a timeline entry whose happening was still ahead when reported
# (``planned`` in the JSON): a meeting scheduled for tomorrow is on the timeline, but not as done.
PLANNED_LABEL = "rencana"


def planned_when(value: str, planned: bool) -> str:
    """A timeline date as plain text, with the plan mark when the happening was still ahead
    (charts, the source matrix); the Markdown and HTML tables style the mark their own way."""
    return f"{value} ({PLANNED_LABEL})" if planned else value

# The mark next to a timeline entry's date counted from its article's publication day (``date_source``
# ``published`` in the JSON): a quote's ``kemarin`` said on a day the article does not name.
BY_PUBLISHED_LABEL = "menurut tanggal terbit"

# The word before a summary sentence's date when it is its article's publication day (``date_source``
# ``published``): the sentence names no day of its own, the reader learns when it was reported.
PUBLISHED_LABEL = "terbit"


def summary_when(date: str | None, source: str | None) -> str | None:
    """A summary sentence's date as the reports show it before the sentence: the day or month of its
    happening, or ``terbit`` and its article's publication day (:data:`PUBLISHED_LABEL`); None when
    the dossier gives none (one written before the field)."""
    if not date:
        return None
    return f"{PUBLISHED_LABEL} {date}" if source == "published" else date

# The mark next to a story that is a digest of several happenings (``roundup`` in the JSON): its
# summary and timeline retell unrelated cases, not one event.
ROUNDUP_LABEL = "rangkuman beberapa peristiwa"

FINDING_LABELS = {
    "agreement": "Kesesuaian",
    "discrepancy": "Perbedaan",
    "update": "Pembaruan",
    "name_variant": "Variasi nama",
}
FINDING_HELP = {
    "agreement": "beberapa sumber menyebut hal yang sama",
    "discrepancy": "sumber menyebut angka atau fakta yang berbeda",
    "update": "angka atau fakta berubah dari waktu ke waktu",
    "name_variant": "ejaan nama yang berbeda untuk entitas yang sama",
}
MODIFIER_WORDS = {
    "exact": "",
    "about": "sekitar",
    "more_than": "lebih dari",
    "less_than": "kurang dari",
    "at_least": "sedikitnya",
    "up_to": "hingga",
    "nearly": "hampir",
    "range": "",
    "plural_tens": "puluhan",
    "plural_hundreds": "ratusan",
    "plural_thousands": "ribuan",
    "plural_millions": "jutaan",
}
CLAIM_LABELS = {
    "allegation": "Tuduhan dan klaim",
    "denial": "Bantahan",
    "confirmation": "Konfirmasi",
    "speculation": "Spekulasi",
}
CLAIM_HELP = {
    "allegation": "pihak yang menuduh, menduga atau mengklaim sesuatu yang belum terbukti",
    "denial": "pihak yang membantah",
    "confirmation": "pihak yang membenarkan",
    "speculation": "perkiraan atau kemungkinan",
}
# Short signs for chart labels, where a word would not fit beside a dot.
MODIFIER_SIGNS = {
    "exact": "",
    "about": "±",
    "more_than": ">",
    "less_than": "<",
    "at_least": "≥",
    "up_to": "≤",
    "nearly": "≈",
    "range": "",
}
ENTITY_TYPE_LABELS = {
    "PERSON": "orang",
    "ORG": "organisasi",
    "GPE": "wilayah",
    "LOC": "lokasi",
    "PRODUCT": "produk",
    "EVENT": "peristiwa",
}


def format_number(x: float | None) -> str:
    """Indonesian digits: ``12500000.5`` -> ``12.500.000,5`` (dot thousands, comma decimals)."""
    if x is None:
        return ""
    x = clean_float(x)  # no binary noise of a scaled value (538,70 triliun)
    if x.is_integer():
        # through 15 significant digits: above 2^53, int(1e20) spells out binary noise
        # (100000000000000004384...) rather than the 1 and zeros the text wrote
        s = f"{int(Decimal(f'{x:.15g}')):,}"
        return s.replace(",", ".")
    whole, _, frac = f"{x:,.4f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


# What one of each vague plural counts: ``ratusan triliun`` is 1e14, a hundred of the scale.
PLURAL_BASES = {"plural_tens": 10.0, "plural_hundreds": 100.0, "plural_thousands": 1e3, "plural_millions": 1e6}
# Scale words by power of a thousand, in full and short (chart) form.
_SCALE_NAMES = {1: ("ribu", "rb"), 2: ("juta", "jt"), 3: ("miliar", "M"), 4: ("triliun", "T")}


def vague_value(value: float, modifier: str, short: bool = False) -> str:
    """A vague plural with the scale it was written with: ``ratusan triliun`` (value 1e14), not
    ``ratusan``, which a reader takes for a few hundred.

    The value is the plural's floor times its scale, so the scale is the value over the plural's
    base, a power of a thousand spelt as scale words, smaller first as Indonesian says them
    (``ratusan ribu triliun`` is 1e17). A value that is no such product (never from the extractor)
    shows its number; ``short`` gives the chart form (``ratusan T``).
    """
    word = MODIFIER_WORDS.get(modifier, modifier)
    base = PLURAL_BASES.get(modifier)
    if not base or not value:
        return word
    k = round(math.log(abs(value) / base, 1000)) if abs(value) >= base else -1
    if k < 0 or not math.isclose(abs(value), base * 1000.0 ** k, rel_tol=1e-9):
        return f"{word} ({compact_number(value) if short else format_number(value)})"
    names = []
    while k > 0:
        step = min(k, 4)
        names.insert(0, _SCALE_NAMES[step][1 if short else 0])
        k -= step
    return " ".join([word, *names])


def value_text(v: FigureValue) -> str:
    """A figure value's words for a table, with the party it recalls (``FigureValue.recall``): the reader sees the
    value repeats an earlier statement, not the outlet's own reading."""
    return f"{v.text} (↺ mengulang {v.recall})" if v.recall else v.text


def statement_key(v: FigureValue) -> tuple[float, float | None, str, str | None, str]:
    """What two values of one figure share when they state one value the same way: the value, its maximum, its
    modifier (``sekitar 40.000`` is not ``40.000``), its date (``as_of``; two undated values share None) and the
    party it recalls (``FigureValue.recall``: a repeat of another's statement is no outlet's own reading)."""
    return (v.value, v.value_max, v.modifier, v.as_of, v.recall)


@dataclass(frozen=True)
class FigureRow:
    """One row of a figures table: consecutive values (in the table's own order) stating one value the same way
    (:func:`statement_key`), each with its article's sentence. Several outlets repeating ``33 provinsi`` make one
    row citing them all, not four rows in a row; the JSON keeps one value per sentence (the contract)."""

    values: tuple[FigureValue, ...]

    @property
    def first(self) -> FigureValue:
        return self.values[0]

    @property
    def articles(self) -> list[str]:
        """The articles stating the value, each once, in the row's order."""
        return list(dict.fromkeys(v.article for v in self.values))

    def text(self) -> str:
        """The row's words: its one text, or each distinct wording once joined by `` / `` (``276 SPBU / 276
        stasiun``), so the reader sees which words the sources used."""
        texts: dict[str, str] = {}
        for v in self.values:  # ``Sebanyak 26 pegawai`` opening its sentence is ``sebanyak 26 pegawai``: one wording
            texts.setdefault(" ".join(value_text(v).split()).casefold(), value_text(v))
        return " / ".join(texts.values())


def figure_rows(values: Sequence[FigureValue]) -> list[FigureRow]:
    """``values`` as table rows: a run of consecutive values stating one value the same way is one row. Only a
    run folds: a value that comes back after a different one keeps its own row, so the table still shows how the
    figure moved (``33``, ``34``, ``33`` is three rows)."""
    out: list[list[FigureValue]] = []
    for v in values:
        if out and statement_key(out[-1][-1]) == statement_key(v):
            out[-1].append(v)
        else:
            out.append([v])
    return [FigureRow(tuple(run)) for run in out]


def day_range(days: Iterable[str | None]) -> str:
    """The first and last of ``days`` (``YYYY-MM-DD``, None skipped) as a reader writes a span: ``2013-12-06 –
    2013-12-19``, one day alone, ``""`` when none is known."""
    known = sorted({d for d in days if d})
    if not known:
        return ""
    return known[0] if len(known) == 1 else f"{known[0]} – {known[-1]}"


def sources_count(row: FigureRow) -> str:
    """The count shown beside a folded row's citations (``3 artikel``), ``""`` for a row of one article."""
    n = len(row.articles)
    return f"{n} artikel" if n > 1 else ""


# Money nouns a rate's series may name among its qualifiers (``per bulan (dana)``): the thing the rate is of.
_RATE_MONEY = figure_cues.MONEY_MEASURES | figure_cues.BARE_MONEY_NOUNS


def heading_name(about: str) -> str:
    """A figure's name as its heading reads: a rate's series named by its period with the money it is of among its
    qualifiers (``per bulan (dana)``, ``per bulan (target, tunjangan)``, ``per liter (subsidi BBM)``) is headed by
    that money first (``dana per bulan``, ``tunjangan per bulan (target)``, ``subsidi BBM per liter``): a heading that
    opens on ``per bulan`` does not say what is paid each month (round 41 reading). Only when exactly one qualifier
    opens with a money noun (``_RATE_MONEY``: ``figure_cues.MONEY_MEASURES`` and
    ``BARE_MONEY_NOUNS``); a grade or a place (``per barel (Brent)``, ``per hari
    (produksi, OPEC)``) stays. The JSON keeps the series name (``about``)."""
    head, sep, quals = about.partition(" (")
    if not head.startswith("per ") or not sep or not quals.endswith(")"):
        return about
    parts = quals[:-1].split(", ")
    money = [x for x in parts if x.split() and x.split()[0].casefold() in _RATE_MONEY]  # ``per bulan ()``: none
    if len(money) != 1:
        return about
    rest = [x for x in parts if x != money[0]]
    return f"{money[0]} {head}" + (f" ({', '.join(rest)})" if rest else "")


_YEAR_ONLY = re.compile(r"\d{4}")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def year_only_points(as_ofs: Sequence[str | None], whens: Sequence[str | None]) -> set[int]:
    """The indices of a figure's values dated by a whole year only (``as_of`` ``2025``: ``pada 2025``, ``hingga akhir
    tahun ini``) when another of its values is charted at a day (its ``as_of`` or its publication, ``whens``): a
    chart would draw the year at its first day, months from the others, and a line from it would read as a change
    over those months (round 41 reading: 200 tax evaders of ``hingga akhir tahun ini`` drawn in January and joined to
    October's counts of other things). They stay in the table; with no value charted at a day they are drawn."""
    yearly = {k for k, a in enumerate(as_ofs) if a and _YEAR_ONLY.fullmatch(a)}
    if not any(w and _DAY.fullmatch(w) for k, w in enumerate(whens) if k not in yearly):
        return set()
    return yearly


def heading_unit(about: str, unit: str | None) -> str | None:
    """The unit a figure's heading adds after its name, or None when the name already is the unit: a series
    named by its unit alone (``cm``) or by its unit and qualifiers (``IDR (target)``, ``MMSCFD (rata-rata)``,
    ``IDR (Penebalan Juni-Juli 2025)``) is headed so, not ``cm (cm)`` or ``IDR (target) (IDR)`` (round 41
    reading: 16 such headings in the dev dossiers)."""
    if not unit or about.partition(" (")[0] == unit:
        return None
    return unit


def format_value(value: float, value_max: float | None, modifier: str, unit: str | None) -> str:
    """A reported value as a reader would say it: ``sekitar 1.200 ha``, ``3–4 hari``, ``ratusan juta``."""
    if modifier.startswith("plural_"):
        text = vague_value(value, modifier)
    else:
        num = format_number(value)
        if value_max is not None and value_max != value:
            num = f"{num}–{format_number(value_max)}"
        word = MODIFIER_WORDS.get(modifier, modifier)
        text = f"{word} {num}".strip()
    return f"{text} {unit}" if unit else text


def short_value(value: float, value_max: float | None, modifier: str) -> str:
    """A value short enough for a chart label: ``±7.000``, ``>1.000``, ``3–4``, ``ratusan rb``, ``4,8 jt``."""
    if modifier.startswith("plural_"):
        return vague_value(value, modifier, short=True)

    def num_(x: float) -> str:
        return format_number(x) if abs(x) < 1e6 else compact_number(x)

    num = num_(value)
    if value_max is not None and value_max != value:
        num = f"{num}–{num_(value_max)}"
    return MODIFIER_SIGNS.get(modifier, "") + num




def compact_number(x: float) -> str:
    """A short Indonesian-style number: ``12500000000`` -> ``12,5 M``, ``1500`` -> ``1,5 rb``."""
    ax = abs(x)
    v, suffix = x, ""
    for div, name in ((1e12, " T"), (1e9, " M"), (1e6, " jt"), (1e3, " rb")):
        if ax >= div:
            v, suffix = x / div, name
            break
    s = f"{v:.2f}".rstrip("0").rstrip(".") if not float(v).is_integer() else str(int(v))
    return s.replace(".", ",") + suffix


def safe_id(raw: str) -> str:
    """``raw`` reduced to characters safe in an HTML id and a URL fragment."""
    s = re.sub(r"[^A-Za-z0-9_-]", "_", raw)
    return s or "_"


def _domain_like(spelling: str) -> bool:
    """``kabarharian.id``, ``www.x.com``: a spelling that is an address, not a name."""
    return "." in spelling and " " not in spelling.strip()


# The fewest words a quote needs before a longer quote of its speaker holding its wording takes it in:
# a remark of a few words (``Iya``, ``Enggak hadir, sakit``) may well recur inside another statement.
CONTAINED_QUOTE_MIN_WORDS = 4


# Two wordings of one speaker's quote at least this alike (difflib's ratio over their words) and differing in no
# word of ``quote_words.MEANING_WORDS`` are one statement: of the detik-dev pairs of one speaker's rows, every pair
# at 0.85 or more was one statement edited (20 of 20), while below it paraphrases and overlapping windows of a long
# quote begin (round 41 reading).
NEAR_QUOTE_RATIO = 0.85


def _near_wording(a: str, b: str) -> bool:
    """``a`` and ``b`` are one wording with a few words changed, added or left out (``NEAR_QUOTE_RATIO`` of their
    words alike: a word in a short quote, up to about one word in seven in a long one; the detik-dev folds change 1
    to 5 words of 8 to 47, each read as one statement), no negation or number among the changed words."""
    wa, wb = WORD.findall(a.casefold()), WORD.findall(b.casefold())
    if min(len(wa), len(wb)) < CONTAINED_QUOTE_MIN_WORDS:
        return False
    sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    if sm.real_quick_ratio() < NEAR_QUOTE_RATIO or sm.quick_ratio() < NEAR_QUOTE_RATIO or sm.ratio() < NEAR_QUOTE_RATIO:
        return False
    changed = [w for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal" for w in (*wa[i1:i2], *wb[j1:j2])]
    return not any(w in quote_words.MEANING_WORDS or any(ch.isdigit() for ch in w) for w in changed)


def _fold_contained_quotes(rows: dict[tuple[str, str], tuple[Quote, str, list[tuple[str, int]]]]
                           ) -> dict[tuple[str, str], tuple[Quote, str, list[tuple[str, int]]]]:
    """One row per statement when one copy quotes less of it: an outlet cuts a speaker's quote short
    (two of its three sentences), splits it over two paragraphs, or a broken copy keeps only its tail
    (``ekarang untuk mengikuti ...``). A quote whose wording (``quote_key``) lies inside a longer quote
    of the same speaker and kind (direct or reported) is that statement again: its citations join the
    longest such row, the fuller wording shown. So is a wording of the same length or shorter that differs from
    another in a few words (:func:`_near_wording`: ``Lihat sekeliling!`` / ``Lihatlah sekeliling!``, ``memberi`` /
    ``memberikan``, ``(QC)`` left out): a copy edited, not another statement."""
    out = dict(rows)
    order = {k: n for n, k in enumerate(rows)}
    for key, (q, _who, where) in rows.items():
        if key[0] == Index.UNNAMED.casefold() or len(q.text.split()) < CONTAINED_QUOTE_MIN_WORDS:
            continue
        size = (len(q.text.split()), -order[key])  # the wording of more words takes in the other; of as many, the first
        holders = [k for k, (o, _, _) in out.items()
                   if k != key and k[0] == key[0] and o.direct == q.direct
                   and (key[1] in k[1] or ((len(o.text.split()), -order[k]) > size
                                           and _near_wording(q.text, o.text)))]
        if not holders:
            continue
        into = max(holders, key=lambda k: len(k[1]))
        cited = out[into][2]
        for aid, k in where:
            if all(a != aid for a, _ in cited):
                cited.append((aid, k))
        del out[key]
    return out


@dataclass
class Index:
    """Lookups over one dossier, built once per render."""

    dossier: Dossier
    articles: dict[str, Evidence] = field(init=False)
    entities: dict[str, Entity] = field(init=False)
    anchors: dict[str, str] = field(init=False)
    outlets: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.articles = {ev.doc.id: ev for ev in self.dossier.articles}
        spellings: dict[str, Counter[str]] = {}
        for ev in self.dossier.articles:
            if ev.doc.source:
                spellings.setdefault(outlet_key(ev.doc.source), Counter())[ev.doc.source] += 1
        # a name the outlet calls itself (``Kabar Harian``) before its domain (``kabarharian.id``), then the most
        # frequent spelling; ``most_common`` keeps first-seen order among ties: deterministic for a given dossier
        self.outlets = {k: min(c.most_common(), key=lambda sc: _domain_like(sc[0]))[0] for k, c in spellings.items()}
        self.entities = {e.id: e for e in self.dossier.entities}
        # Sanitised ids can collide (``a.1`` and ``a_1``): number the later ones.
        self.anchors = {}
        used: set[str] = set()
        for aid in self.articles:
            base = cand = safe_id(aid)
            n = 2
            while cand in used:
                cand = f"{base}-{n}"
                n += 1
            used.add(cand)
            self.anchors[aid] = cand

    def anchor(self, article: str, sentence: int | None = None) -> str | None:
        """The fragment id of an article (``a-<id>``) or one of its sentences (``a-<id>-s<n>``)."""
        a = self.anchors.get(article)
        if a is None:
            return None
        return f"a-{a}" if sentence is None else f"a-{a}-s{sentence}"

    def published(self, aid: str) -> str | None:
        """An article's publication day (``YYYY-MM-DD``), None when it has none: the date a figure's value
        is shown at when its sentence names none (marked ``terbit``, never passed off as ``as_of``)."""
        ev = self.articles.get(aid)
        return ev.doc.published[:10] if ev and ev.doc.published else None

    def sentence(self, article: str, k: int) -> str | None:
        ev = self.articles.get(article)
        if ev is None or not 0 <= k < len(ev.doc.sentences):
            return None
        return ev.doc.sentences[k].text

    def outlet(self, doc: Document) -> str | None:
        """The outlet's one name in this dossier (``source_label``'s spelling: ``Kabar Harian`` for an article
        whose own metadata says ``kabarharian.id``), None when the article names none."""
        if not doc.source or not doc.source.strip():
            return None
        return self.outlets.get(outlet_key(doc.source), doc.source)

    def source_label(self, article: str) -> str:
        """The outlet of an article as a column name: its ``source``, else the article id.

        Spellings of one outlet (``Kabar Harian``, ``kabarharian.id``) share one label, the most
        frequent spelling, so one outlet never counts as two independent sources.
        """
        ev = self.articles.get(article)
        if ev is None:
            return article
        if not ev.doc.source:
            return ev.doc.id
        return self.outlets.get(outlet_key(ev.doc.source), ev.doc.source)

    def storyline_articles(self, sl: Storyline) -> list[str]:
        """Article ids of the storyline's stories, in story order, each once."""
        stories = {s.id: s for s in self.dossier.stories}
        out: list[str] = []
        for sid in sl.stories:
            for aid in stories[sid].articles if sid in stories else []:
                if aid not in out:
                    out.append(aid)
        return out

    def storyline_entities(self, sl: Storyline) -> list[Entity]:
        """Entities that appear in any article of the storyline, in dossier order, each described
        as the storyline's own articles describe it: one person holds different offices over the
        years (``Gubernur DKI Jakarta`` in a 2013 story, ``Presiden`` later), so the dossier-wide
        description is no description of every story. Without a title in these articles, none."""
        arts = self.storyline_articles(sl)
        titles: dict[str, list[str | None]] = {}
        for aid in arts:
            ev = self.articles.get(aid)
            for m in ev.mentions if ev is not None else ():
                if m.entity is not None:
                    titles.setdefault(m.entity, []).append(m.title)
        return [replace(e, description=describe(titles.get(e.id, ())))
                for e in self.dossier.entities if set(arts).intersection(e.articles)]

    UNNAMED = "—"  # no speaker named: a row of its own, never a group (see ``UNNAMED_LABEL``)

    def speaker(self, entity_id: str | None, name: str | None) -> str:
        """Display name: the resolved entity's name, else the name as written, else a dash."""
        if entity_id and entity_id in self.entities:
            return self.entities[entity_id].name
        return name or "—"

    def storyline_quotes(self, sl: Storyline) -> list[tuple[Quote, str, list[tuple[str, int]]]]:
        """``(quote, speaker, [(article, sentence)])``: one row per distinct speaker and wording.

        Near-duplicate articles repeat quotes word for word; a reader wants each statement once
        with every article that carries it, in the wording of the copy that kept its spaces.
        """
        rows: dict[tuple[str, str], tuple[Quote, str, list[tuple[str, int]]]] = {}
        for aid in self.storyline_articles(sl):
            ev = self.articles.get(aid)
            if ev is None:
                continue
            for q in ev.quotes:
                who = self.speaker(q.speaker, q.speaker_name)
                key = (who.casefold(), quote_key(q.text))  # a comma, ``nggak``/``gak`` or a lost space apart: one row
                if key in rows:
                    if all(a != aid for a, _ in rows[key][2]):
                        rows[key][2].append((aid, q.sentence))
                    if len(q.text.split()) > len(rows[key][0].text.split()):
                        # the copy that kept its spaces is shown (``tahu tu. Mobil``, not ``tahutu.Mobil``)
                        rows[key] = (q, who, rows[key][2])
                else:
                    rows[key] = (q, who, [(aid, q.sentence)])
        return list(_fold_contained_quotes(rows).values())

    def storyline_quotes_by_speaker(self, sl: Storyline) -> list[tuple[str, list[tuple[Quote, list[tuple[str, int]]]]]]:
        """Quotes grouped by speaker: the most quoted first, unknown speakers (``—``) last."""
        groups: dict[str, tuple[str, list[tuple[Quote, list[tuple[str, int]]]]]] = {}
        for q, who, where in self.storyline_quotes(sl):
            groups.setdefault(who.casefold(), (who, []))[1].append((q, where))
        return sorted(groups.values(), key=lambda g: (g[0] == "—", -len(g[1]), g[0].casefold()))

    def storyline_claims(self, sl: Storyline) -> dict[str, list[tuple[Claim, str, list[Citation]]]]:
        """Claims by status (in ``CLAIM_LABELS`` order): ``(claim, actor, citations)``.

        Like quotes, a claim repeated word for word by a near-copy is one row citing both.
        """
        rows: dict[tuple[str, str, str], tuple[Claim, str, list[Citation]]] = {}
        for aid in self.storyline_articles(sl):
            ev = self.articles.get(aid)
            if ev is None:
                continue
            for c in ev.claims:
                who = self.speaker(c.actor, c.actor_name)
                key = (c.status, who.casefold(), " ".join(c.text.split()).casefold())
                # a claim whose matter was told in an earlier sentence cites that sentence before the cue's
                cites = [Citation(aid, s) for s in (c.matter_sentence, c.sentence) if s is not None]
                if key in rows:
                    if all(x.article != aid for x in rows[key][2]):
                        rows[key][2].extend(cites)
                else:
                    rows[key] = (c, who, cites)
        out: dict[str, list[tuple[Claim, str, list[Citation]]]] = {}
        for status in (*CLAIM_LABELS, *sorted({k[0] for k in rows} - set(CLAIM_LABELS))):
            group = [r for k, r in rows.items() if k[0] == status]
            if group:
                out[status] = group
        return out
