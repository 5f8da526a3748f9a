"""One occurrence of a quantity in a storyline's figures (:class:`Point`): its article, date and what its
sentence says of it (statement kind, movement, owner, scope, place, money noun ...).

Apart because every part of the package, and ``synth.findings``, reads or fills these fields; the record itself
holds no logic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kliping.model import Quantity


@dataclass
class Point:
    """One quantity occurrence with its article (corpus index), statement date and whether its
    sentence names that day.

    ``date`` is the extractor's ``as_of`` (the statement date: a day the sentence names in the week up to
    publication), else the publication date. ``as_of`` is what the figures table shows: that date, or an earlier
    month or day the amount's clause names as the time the value holds for (``hingga Oktober 2025 tercatat ...``:
    ``stated_as_of``). ``explicit`` is true when
    the sentence itself names that day ("Selasa (4/3/2025) ... Rp 15.985"): the value then holds for
    that day, not for "these days" of the report (see ``findings``).
    """

    q: Quantity
    article: int
    date: dt.date | None  # as_of when known, else the article's publication date
    explicit: bool
    # What kind of statement carries the value (module docstring); defaults: a plain reported value.
    mode: str = "fact"  # "fact", "target" or "conditional"
    delta: bool = False  # the size of a movement (``naik 2,6 juta barel``)
    level: bool = False  # a reading at its own time (``ditutup pada``, ``berada di level``)
    shared: bool = False  # its sentence gives another value of the same figure (breakdown, then-vs-now)
    base: bool = False  # where a movement started (``turun dari ... 16 juta``): a value of the past
    periods: frozenset[str] = frozenset()  # years and months (``2015``, ``2014-12``) the sentence names
    pointed: bool = False  # the sentence names its matter by a demonstrative (``dalam kasus ini``)
    measures: frozenset[str] = frozenset()  # stock or flow its sentence names (``stok``, ``produksi``)
    head: str | None = None  # the stock or flow named last before it in its clause (``measure_head``)
    owner: str | None = None  # whose stock or flow: a country entity id (``measure_owner``)
    owner_named: bool = False  # the sentence names the owner (else it is the article's main country)
    owner_name: str | None = None  # the named owner as its sentence writes it (``Rusia``), for series names
    phrase: tuple[str, ...] = ()  # words between the measured noun and the named owner (``minyak mentah``)
    scoped: str = ""  # "estimate" (a forecast, an average) or "part" (one region) of the whole (``measure_scoped``)
    grades: frozenset[str] = frozenset()  # benchmark grades its sentence names (``brent``, ``wti``)
    plan: bool = False  # its clause says what will be done (``akan``, ``mulai Januari``): no reading
    whole: bool = False  # it follows ``sebagian dari`` in its clause: a value of the whole, not the subject's
    scene: frozenset[str] = frozenset()  # the local places its clause says it happened in (``amount_scene``)
    total: bool = False  # a word of the whole (``total``, ``seluruh``) before it in its clause: a total, unmarked
    forecast: bool = False  # a forecast word before it in its clause (``memprediksi``, ``mungkin``): no value
    as_of: str | None = None  # TIMEX3 date the value holds for, for the table (``stated_as_of``)
    bare: bool = False  # a count under a generic counter naming nothing it counts (``baru 2.500 unit.``: ``bare_counter``)
    money: str | None = None  # what a money amount of no noun is an amount of (``pendapatan``: ``money_measure``)
    purpose: str | None = None  # what an amount of no money noun is for (``untuk kampanye``: ``amount_purpose``)
    dimension: str | None = None  # what a physical amount of no noun measures (``tinggi``: ``amount_dimension``)
    subject: str | None = None  # what group a count counts (``penderita anemia``: ``count_subject``)
    item: tuple[str, str] | None = None  # the item a count of a list names (``botol arak Bali``: ``breakdown_item``)
    qualifiers: tuple[str, ...] = ()  # what sets its table series apart (``brent``, ``biaya``: ``series_qualifiers``)
    place: str | None = None  # where a count of people gathered, as written (``New York``: ``crowd_place``)
    role: str | None = None  # the act or role its clause names (``luka``, ``aktivasi``, ``sitaan``: ``amount_role``)
    priced: str | None = None  # what a money rate is of, as named next to it (``beras medium``: ``rate_product``)
    exchange: tuple[str, str | None] | None = None  # an exchange rate's series name and other currency (``exchange_rate``)
    converted: bool = False  # a restatement of the amount before it in another currency (``converted``)
    entry: str | None = None  # the list item a money amount is of (``Sekjen``, ``BBNI``: ``items.line_item``)
    part: bool = False  # an unnamed part of a whole its sentence states first (``yaitu Rp B ditambah Rp C``)
    # whose or what for a bare money noun's amount is, as the words after the noun or the amount say (``anggaran
    # pendidikan``: ``pendidikan``; ``items.money_subject``)
    subject_of: str | None = None
    # the level before the move its sentence states (``turun 25 sen ke posisi 64,3 dollar``: 64,55;
    # ``prior_level``): a reading whose prior is another's value comes after it, on another session
    prior: float | None = None
    recall: str | None = None  # the party whose earlier statement it repeats (``synth.recalls.recalled_party``)
    deed: tuple[frozenset[str], frozenset[str]] | None = None  # (acts, things) its clause names (``count_deed``)
    # (low, high, rounding) of its wording, filled once by ``synth.findings.intervals.point_span``
    span: tuple[float, float, float] | None = field(default=None, repr=False, compare=False)
