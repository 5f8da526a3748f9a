"""Document passes for companies, products, markets and government seats.

Bare company and benchmark names the model typed PERSON (``minyak mentah Brent``), exchanges
and instruments, and a seat that speaks (``Gedung Putih mengatakan``) as its body.
"""

from __future__ import annotations

import re
from collections import Counter

from kliping.extract.entities.person_marks import _person_marks
from kliping.extract.entities.sentence import _Sentence
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import _PLACE_BEFORE
from kliping.lang.id import brands, calendar, gazetteer
from kliping.lang.id.abbreviations import TECHNOLOGIES
from kliping.lang.id.cues import (
    ACCORDING_TO,
    PUBLISH_VERBS,
    RECORD_NOUNS,
    REPORT_NOUNS,
    SEAT_ALONE,
    SEAT_HEADS,
    SPEAKER_SIDE_WORDS,
    SPEECH_ROOTS,
    SPEECH_VERBS,
)
from kliping.lang.id.entity_words import (
    CITED_SOURCE_NOUNS,
    PREDICATE_ARTICLES,
    PRODUCT_COPULAS,
    WEB_PAGE_NOUNS,
)

# Product nouns that, after a comma, name what the name before them is (``Maung, kendaraan ...``).
_APPOSITION_PRODUCT_NOUNS = brands.PRODUCT_NOUNS - brands.COMMODITY_NOUNS - brands.KIND_WORDS


# Copulas a name is said to be a product with (``X merupakan mobil mungil``), the articles before the
# noun (``sebuah``, ``salah satu``), and the nouns that make it a product there: vehicles and devices
# (``brands.MODEL_NOUNS``), not ``motor`` (``motor penggerak``, the driving force, says it of bodies).
_PREDICATE_PRODUCT_NOUNS = brands.MODEL_NOUNS - {"motor"}


def _singular(w: str) -> str:
    """A plural written by reduplication as its noun (``mobil-mobil`` -> ``mobil``, ``perusahaan-perusahaan``
    -> ``perusahaan``): ``mobil-mobil nasional seperti A, B`` names cars as ``mobil nasional`` does."""
    a, sep, b = w.partition("-")
    return a if sep and a == b else w


def _brand_cue(st: _Sentence, s: Span) -> str | None:
    """``ORG``/``PRODUCT`` when the noun before span ``s`` names a company or a product kind
    (``emiten Sritex``, ``mobil mewah seperti Alphard, Lexus``, ``minyak mentah Brent North Sea``).

    Walks back over a list of names (only when commas or ``dan`` make it a list), a list opener
    (``seperti``) and up to two modifiers (``mewah``, ``multinasional``). A name of two or more words
    takes only a crude-oil noun (``minyak``): ``perusahaan Budi Santoso`` may be his company.
    After the name, a maker (``Maung buatan PT Pindad``, ``brands.MADE_BY``) or a product noun in
    apposition (``Maung Pindad, kendaraan buatan dalam negeri``) makes it a product, whatever its length;
    the apposition only with a maker word or modifier after the noun (``data Bapenda, mobil
    berpelat merah itu ...`` is a new clause). A vehicle noun after a copula makes it a product too
    (``Gang Car adalah sebuah mobil mini``).
    """
    after = st.low[s.j] if s.j < st.n else ""
    if after in PRODUCT_COPULAS:
        k = s.j + 1
        while k < st.n and st.low[k] in PREDICATE_ARTICLES:
            k += 1
        if k < st.n and st.low[k] in _PREDICATE_PRODUCT_NOUNS:
            return "PRODUCT"  # "Arina merupakan mobil mungil": the name is what the noun says
    if after in brands.MADE_BY and s.j + 1 < st.n and _cap(st.w[s.j + 1]):
        return "PRODUCT"
    if after == "," and s.j + 2 < st.n and st.low[s.j + 1] in _APPOSITION_PRODUCT_NOUNS \
            and st.low[s.j + 2] in brands.MADE_BY | brands.NOUN_MODIFIERS:
        return "PRODUCT"
    k = s.i - 1
    listed = False
    while k >= 0 and s.i - k <= 16 and (st.w[k] == "," or st.low[k] in brands.LIST_JOINERS
                                         or (_cap(st.w[k]) and st.w[k][:1].isalpha())):
        listed = listed or st.w[k] == "," or st.low[k] in brands.LIST_JOINERS
        k -= 1
    if k >= 0 and st.low[k] in brands.LIST_OPENERS:
        k -= 1
        if k >= 0 and st.w[k] == ",":
            k -= 1
    elif k < s.i - 1 and not listed:
        return None  # capitalised words right before the name, no list: "Bupati Budi"
    for _ in range(3):
        w = _singular(st.low[k]) if k >= 0 else ""
        if k < 0 or (_cap(st.w[k]) and w not in brands.COMPANY_NOUNS and w not in brands.PRODUCT_NOUNS):
            return None  # a capitalised word is a noun only at the sentence start ("Perusahaan seperti")
        if k > 0 and (st.low[k - 1], w) in brands.NOT_PRODUCT_COMPOUNDS:
            return None
        if w in brands.COMMODITY_NOUNS or (s.j - s.i == 1 and w in brands.PRODUCT_NOUNS):
            return "PRODUCT"
        if s.j - s.i == 1 and w in brands.COMPANY_NOUNS:
            return "ORG"
        if w not in brands.NOUN_MODIFIERS:
            return None
        k -= 1
    return None


def _glued_vehicle_nouns(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a vehicle or device noun capitalised at a sentence's start and tagged with the name
    after it (``Mobil Arina ini ...``) is no part of the name: it is cut off, the type left to
    :func:`_brand_names`, which reads the name's cues in the document (``Arina merupakan mobil``) once no
    longer person name holds it. The name may be the owner's (``Motor Budi mogok``): only cut."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        for s in sp:
            if s.i == 0 and s.j - s.i >= 2 and s.type == "PERSON" and st.low[0] in brands.MODEL_NOUNS \
                    and _cap(st.w[1]) and st.w[1][:1].isalpha():
                s.i = 1


def _brand_names(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: bare company, product and benchmark names the model typed PERSON become ORG/PRODUCT.

    ``Chevron memiliki tiga blok``, ``harga minyak Brent``, ``perusahaan seperti Huawei, Tencent``: a
    capitalised word with no cue is a person to the model. A name is retyped in the whole document
    when some use of it has a company or product noun before it (``_brand_cue``), the document writes
    it after a company prefix elsewhere (``PT Sritex`` -> ``Sritex``), or it is a well-known company
    or crude benchmark (``lang/id/brands``); and no use of it marks a person (a title, an honorific,
    ``bernama``, an age, for the noun cues also a speech verb), and no longer person name of the
    document holds it (``Ali`` after ``Ali Mundakir``). One pass over the document's spans.
    """
    kinds: dict[tuple[str, ...], Counter] = {}
    strong: dict[tuple[str, ...], str] = {}
    named: set[tuple[str, ...]] = set()
    spoke: set[tuple[str, ...]] = set()
    placed: set[tuple[str, ...]] = set()  # written as a place somewhere (``di X``): no product
    made = False  # some person span ends with a well-known maker ("Maung Pindad")
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        for s in sp:
            key = tuple(st.w[s.i:s.j])
            if s.type == "ORG" and s.j - s.i >= 2 and st.w[s.i] in brands.COMPANY_PREFIXES:
                rest = key[1:-1] if key[-1] == "Tbk" else key[1:]
                if rest:
                    kinds.setdefault(rest, Counter())["ORG"] += 1
            made = made or (len(key) >= 2 and key[-1] in brands.KNOWN_COMPANIES and s.type in ("PERSON", "LOC"))
            if s.type == "LOC" and gazetteer.place_kind(" ".join(key)) is None:
                # "mobil Maung" read as a place: a product noun before it outweighs the tagger's guess
                if s.i > 0 and st.low[s.i - 1] in _PLACE_BEFORE:
                    placed.add(key)
                elif _brand_cue(st, s) == "PRODUCT":
                    kinds.setdefault(key, Counter())["PRODUCT"] += 1
            if s.type != "PERSON":
                continue
            n, sk = _person_marks(st, s)
            if n:
                named.add(key)
            if sk:
                spoke.add(key)
            cue = _brand_cue(st, s)
            if cue:
                kinds.setdefault(key, Counter())[cue] += 1
            text = " ".join(key)
            if text in brands.KNOWN_COMPANIES:
                strong[key] = "ORG"
            elif text in brands.BENCHMARKS:
                strong[key] = "PRODUCT"
            elif key[0] in brands.BENCHMARKS and not sk:
                kinds.setdefault(key, Counter())["PRODUCT"] += 1  # "Brent North Sea", not "Brent Hayes mengatakan"
    if not kinds and not strong and not made:
        return
    brand: dict[tuple[str, ...], str] = {}
    for key, votes in kinds.items():
        if key not in named and key not in spoke:
            brand[key] = votes.most_common(1)[0][0]
    for key, typ in strong.items():
        if key not in named:
            brand.setdefault(key, typ)  # the noun before it says more (``mobil mewah seperti Lexus``)
    # a word of a person's full name alone is that person ("Ali" after "Ali Mundakir"); a "name" that
    # holds a company of the document is a product or unit of it ("Maung Pindad" beside "PT Pindad")
    companies = {k[0] for k, t in brand.items() if len(k) == 1 and t == "ORG" and k in kinds} | {
        st.w[s.i] for st, sp in zip(sents, spans, strict=True) for s in sp if s.type == "ORG" and s.j - s.i == 1}
    held = {w for st, sp in zip(sents, spans, strict=True) for s in sp
            if s.type == "PERSON" and s.j - s.i >= 2 and tuple(st.w[s.i:s.j]) not in brand
            and not any(x in companies for x in st.w[s.i:s.j]) for w in st.w[s.i:s.j]}
    for st, sp in zip(sents, spans, strict=True):
        for s in list(sp):
            key = tuple(st.w[s.i:s.j])
            typ = brand.get(key)
            if typ is None and len(key) >= 2 and (key[0],) in brand and key not in named and key not in spoke \
                    and all((w,) in brand or w in companies for w in key[1:]):
                typ = brand[(key[0],)]  # "Maung Pindad": the product and its maker, both of the document
            if typ is None and s.type in ("PERSON", "LOC") and 2 <= len(key) <= 3 \
                    and key[-1] in brands.KNOWN_COMPANIES and key[0] not in brands.KNOWN_COMPANIES \
                    and key not in named and key not in spoke:
                typ = "PRODUCT"  # "menggunakan Maung Pindad": a model name and its well-known maker
            if s.type == "LOC" and typ == "PRODUCT" and key not in placed:
                s.type = typ
                continue
            if s.type != "PERSON" or typ is None or (len(key) == 1 and key[0] in held):
                continue
            s.type, s.title = typ, None
            before = next((o for o in sp if o.j == s.i and o is not s), None)
            if before is not None and " ".join(st.w[before.i:s.j]) in brands.KNOWN_COMPANIES:
                s.i = before.i  # "Saudi Aramco" tagged as a place and a person
                sp.remove(before)
    # the first word of a product name alone is that product ("pakai Maung" after "Maung Pindad")
    models = {st.w[s.i] for st, sp in zip(sents, spans, strict=True) for s in sp
              if s.type == "PRODUCT" and s.j - s.i >= 2 and st.w[s.i][:1].isupper()}
    if not models:
        return
    held = {w for st, sp in zip(sents, spans, strict=True) for s in sp if s.type == "PERSON" and s.j - s.i >= 2
            for w in st.w[s.i:s.j]}
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            key = tuple(st.w[s.i:s.j])
            if s.type == "PERSON" and len(key) == 1 and key[0] in models and key not in named \
                    and key not in spoke and key[0] not in held:
                s.type, s.title = "PRODUCT", None


_SEAT_SPEECH_AFTER = frozenset(SPEECH_VERBS)
# Nouns of a report or record a seat puts out (``laporan``, ``studi``, ``data``).
_REPORTS = REPORT_NOUNS | RECORD_NOUNS
_SEAT_SPEECH_BEFORE = frozenset(SPEECH_ROOTS) | frozenset(ACCORDING_TO)


def _seat_speaks(st: _Sentence, s: Span) -> bool:
    """Place span ``s`` is the subject or source of a speech verb: ``Gedung Putih mengatakan``,
    ``Istana Kepresidenan, Senin, menegaskan`` is not read (a date between), ``kata pihak Istana``,
    ``menurut Gedung Putih``."""
    k = s.i - 1
    if k >= 0 and st.low[k] in SPEAKER_SIDE_WORDS:
        k -= 1
    if k >= 0 and st.low[k] in _SEAT_SPEECH_BEFORE:
        return True
    j = s.j + 1 if s.j < st.n and st.w[s.j] == "," else s.j
    return (j < st.n and st.low[j] in _SEAT_SPEECH_AFTER) or _seat_reports(st, s)


def _seat_reports(st: _Sentence, s: Span) -> bool:
    """Place span ``s`` is a report's author: ``[Kantor Ombudsman X] dalam laporannya``, ``laporan
    tahun 2024 dari [Kantor Federal ...]`` (a report or record noun, at most three lower-case words or
    numbers, then ``dari``), ``[Kantor X] menerbitkan laporan`` (``cues.PUBLISH_VERBS``)."""
    j = s.j
    if j + 1 < st.n and st.low[j] == "dalam" and st.low[j + 1].removesuffix("nya") in _REPORTS \
            and st.low[j + 1].endswith("nya"):
        return True
    if j < st.n and st.low[j] in PUBLISH_VERBS and j + 1 < st.n and st.low[j + 1] in _REPORTS:
        return True
    if s.i < 2 or st.low[s.i - 1] != "dari":
        return False
    for k in range(s.i - 2, max(-1, s.i - 6), -1):
        if st.low[k] in _REPORTS:
            return True
        if not (st.w[k].islower() or st.w[k].isdigit()):
            return False
    return False


def _speaking_seats(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a building housing a government or an office (``SEAT_HEADS``: ``Gedung Putih``,
    ``Istana Kepresidenan``, ``Balai Kota``) that speaks anywhere in the document is the body inside
    it (ORG) everywhere in it: ``Gedung Putih mengatakan`` names the US presidency, and so does ``di
    Gedung Putih`` in the same article for the reader of the dossier. A country or city that speaks
    stays a place (GPE is the actor type of states), and a building that never speaks stays a place
    (``Presiden menerima tamu di Istana Merdeka``). ``Istana`` alone that speaks (``Istana membantah``,
    ``menurut Istana``) is the presidency too (``SEAT_ALONE``), where a capitalised cue word alone is
    otherwise no entity."""
    speaking: set[tuple[str, ...]] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        for s in sp:
            if s.type == "LOC" and st.low[s.i] in SEAT_HEADS and _seat_speaks(st, s):
                speaking.add(tuple(st.w[s.i:s.j]))
        for k in range(st.n):
            # "Istana membantah ...": the seat word alone, a capitalised cue word no span holds
            if st.low[k] in SEAT_ALONE and _cap(st.w[k]) and not (k + 1 < st.n and _cap(st.w[k + 1])) \
                    and not any(o.i <= k < o.j for o in sp) and _seat_speaks(st, Span(k, k + 1, "ORG")):
                sp.append(Span(k, k + 1, "ORG", source="rule"))
                sp.sort(key=lambda o: o.i)
    if not speaking:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "LOC" and tuple(st.w[s.i:s.j]) in speaking:
                s.type = "ORG"


# Technologies (``RFID``, ``Radio Frequency Identification``): products, not organisations.
_TECHNOLOGIES = frozenset(TECHNOLOGIES) | frozenset(TECHNOLOGIES.values())
# Benchmarks of two words or more, which a longer span may end with (``Light Sweet West Texas Intermediate``).
_LONG_BENCHMARKS = tuple(" " + b for b in brands.BENCHMARKS if " " in b)


def _market_types(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: the types of market and technology names whatever the tagger made of them
    (docs/ner.md, "Eighth QA read"): an exchange is an organisation (``di bursa Nymex``, ``di ICE
    Futures Europe``, read as places after ``di``), a crude benchmark a product (``West Texas
    Intermediate``, typed ORG), a technology a product (``alat RFID``, typed ORG as an unknown
    acronym), an app store a product (``di Play Store``, typed ORG), and a financial instrument no entity (``pasar Non-Deliverable Forward (NDF)``, read as
    a place). Person spans are left to ``_brand_names``, which weighs the person evidence."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        keep = []
        for s in sp:
            text = " ".join(st.w[s.i:s.j])
            last = st.w[s.j - 1].split("-")[-1]
            if text in brands.INSTRUMENTS or (last in brands.INSTRUMENT_TAILS and (s.j - s.i >= 2 or "-" in st.w[s.i])):
                continue
            keep.append(s)
            if s.type == "PERSON":
                continue
            if text in brands.EXCHANGES:
                s.type = "ORG"
            elif text in brands.BENCHMARKS or text.endswith(_LONG_BENCHMARKS) or text in _TECHNOLOGIES \
                    or text in brands.APP_STORES:
                s.type = "PRODUCT"
        sp[:] = keep


# A model number after a maker's name (``Mazda 323``, ``Airbus A320``): digits that are no year, or
# capitals with digits.
_MODEL_NUMBER = re.compile(r"^(?:\d{2,4}|[A-Z]{1,3}-?\d{1,4}[A-Za-z]?)$")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")


def _model_number_at(st: _Sentence, k: int) -> bool:
    """``w[k]`` is a model number, not a year or a quantity (``323 Hatchback``, not ``2019`` or
    ``500 cc``): a capitalised word or the clause's end follows it."""
    if k >= st.n or not _MODEL_NUMBER.match(st.w[k]) or _YEAR.match(st.w[k]):
        return False
    return k + 1 >= st.n or _cap(st.w[k + 1]) or not st.w[k + 1][:1].isalnum()


def _after_model_noun(st: _Sentence, i: int) -> bool:
    """A vehicle or device noun (``brands.MODEL_NOUNS``) right before word ``i``, or with one word of
    its kind between (``brands.MODEL_NOUN_MODIFIERS``: ``mobil offroad [FIN Komodo]``)."""
    if i > 0 and st.low[i - 1] in brands.MODEL_NOUNS:
        return True
    return i > 1 and st.low[i - 1] in brands.MODEL_NOUN_MODIFIERS and st.low[i - 2] in brands.MODEL_NOUNS


def _maker_models(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a maker's name and the model after it are a product (``Mazda Van``, ``BYD Seal``,
    ``Volkswagen (VW) Tiguan Space``), which the tagger reads as a person, a place or the company.

    A word is a maker in a document when it is a well-known company (``brands.KNOWN_COMPANIES``), when
    the document writes a model number after it (``Mazda 323 Hatchback``), or opens a name of two or
    more words after a vehicle or device noun (``pikap Esemka Bima``, ``brands.MODEL_NOUNS``; a word of
    its kind may stand between, :func:`_after_model_noun`: ``mobil offroad FIN Komodo``). Then:

    * a person or place span of two to five words opened by the maker is its model, unless a word
      after the maker names a company (``Toyota Motor``, ``brands.MAKER_COMPANY_WORDS``) or a place
      (but after a vehicle noun: ``pikap Esemka Bima``), or a title, an honorific or a speech verb marks a person; after a vehicle noun an
      organisation span too (``mobil Toyota Fortuner``);
    * a person or place span right after the maker (and its bracketed short form) written after a
      vehicle noun is its model (``mobil Volkswagen (VW) Tiguan Space``);
    * the maker alone typed a person is the company, unless a use of it marks a person;
    * an organisation span read as a model after a vehicle noun makes the same words typed an
      organisation elsewhere in the document the model too (``Hingga kini, FIN Komodo masih ...``).
    """
    makers: set[str] = set()
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        for s in sp:
            w = st.w[s.i]
            if not _cap(w) or not w[:1].isalpha():
                continue
            if (s.j - s.i == 1 and _model_number_at(st, s.j)) or (s.j - s.i >= 2 and _after_model_noun(st, s.i)):
                makers.add(w)
    makers |= {w for w in brands.KNOWN_COMPANIES if " " not in w}
    named: set[str] = set()
    models: set[tuple[str, ...]] = set()  # bodies' spans read as models after a vehicle noun
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "PERSON" and s.j - s.i == 1 and any(_person_marks(st, s)):
                named.add(st.w[s.i])
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            key = st.w[s.i:s.j]
            after_noun = _after_model_noun(st, s.i)
            if 2 <= len(key) <= 5 and key[0] in makers and key[0] not in named \
                    and (s.type in ("PERSON", "LOC") or (s.type == "ORG" and after_noun)) \
                    and not any(x.casefold() in brands.MAKER_COMPANY_WORDS or not _cap(x)
                                or (gazetteer.place_kind(x) and not after_noun) for x in key[1:]) \
                    and not any(_person_marks(st, s)):
                if s.type == "ORG":
                    models.add(tuple(key))
                s.type, s.title = "PRODUCT", None
                continue
            k = s.i - 1
            if k >= 2 and st.w[k] == ")" and st.w[k - 2] == "(":
                k -= 3
            if s.type in ("PERSON", "LOC") and k >= 1 and st.w[k] in makers and st.w[k] not in named \
                    and st.low[k - 1] in brands.MODEL_NOUNS \
                    and not any(_person_marks(st, s)):
                s.type, s.title = "PRODUCT", None
                continue
            if s.type == "PERSON" and len(key) == 1 and key[0] in makers and key[0] not in named \
                    and key[0] not in brands.KNOWN_COMPANIES and not any(_person_marks(st, s)):
                s.type = "ORG"
    if not models:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type == "ORG" and tuple(st.w[s.i:s.j]) in models:
                s.type = "PRODUCT"  # "Hingga kini, FIN Komodo masih ...": the model named after its noun


def _cites_before(st: _Sentence, i: int) -> bool:
    """The words before word ``i`` cite a source: a citing verb, then at most one outlet name
    (``detikINET``) and source nouns (``dari situs resmi``)."""
    k = i - 1
    while k >= 0 and i - k <= 4 and st.low[k] in CITED_SOURCE_NOUNS:
        k -= 1
    if k >= 1 and st.low[k] != "dari" and st.low[k - 1] in calendar.CITING_VERBS and st.w[k][:1].islower() \
            and k + 1 < i and st.low[k + 1] == "dari":
        k -= 1  # "dikutip detikINET dari [X]": the outlet quoting is written in lower case first
    return k >= 0 and st.low[k] in calendar.CITING_VERBS


def _cited_sources(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a name cited as a source (``dikutip dari Healthline``, ``melansir laman X``) is the
    outlet or body that published it, an organisation, where the tagger read a place. A known place
    stays (``mengutip dari media massa Ukraina``: the country of the outlet). A web page noun opening a
    span (``entity_words.WEB_PAGE_NOUNS``: ``[Laman] Medical News Today``) is the page the site has, no
    part of the site's name; ``Situs``, also an archaeological site's noun, is left."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        for s in sp:
            if s.type != "PERSON" and s.j - s.i >= 2 and st.low[s.i] in WEB_PAGE_NOUNS and _cap(st.w[s.i + 1]):
                s.i, s.type, s.source = s.i + 1, "ORG", "rule"
            if s.type == "LOC" and _cites_before(st, s.i) \
                    and gazetteer.place_kind(" ".join(st.w[s.i:s.j])) is None \
                    and not any(st.label[k] for k in range(s.i, s.j)):
                s.type = "ORG"


def _platform_at(st: _Sentence, s: Span) -> bool:
    """Span ``s`` is a social platform written as a medium (``brands.MEDIUM_WORDS`` one or two words
    before it, or a list of platforms after ``seperti``); ``X`` only beside ``Twitter`` or after
    ``akun``/``platform``/``aplikasi``."""
    text = " ".join(st.w[s.i:s.j])
    if text not in brands.SOCIAL_PLATFORMS:
        return False
    before = st.low[max(0, s.i - 2):s.i]
    if text == "X":
        near = st.w[max(0, s.i - 3):s.j + 3]
        return (bool(before) and before[-1] in brands.PLATFORM_X_BEFORE) or brands.PLATFORM_X_OLD_NAME in near
    if any(w in brands.MEDIUM_WORDS for w in before) or "X" in st.w[max(0, s.i - 3):s.i]:
        return True  # (and "X (sebelumnya Twitter)": the old name beside the new)
    # "seperti Instagram, Facebook, Twitter, dan YouTube": back over the list to its opener
    k, listed = s.i - 1, False
    while k >= 0 and (st.w[k] == "," or st.low[k] in brands.LIST_JOINERS or st.w[k] in brands.SOCIAL_PLATFORMS):
        listed = listed or st.w[k] in brands.SOCIAL_PLATFORMS
        k -= 1
    return listed and k >= 0 and (st.low[k] in brands.LIST_OPENERS or st.low[k] in brands.MEDIUM_WORDS)


def _platforms(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a social or messaging platform the article writes as a medium (``akun Facebook``,
    ``grup WhatsApp``, ``di X (sebelumnya Twitter)``: ``_platform_at``) is a product at all its
    mentions there, as an app store is (``_market_types``); the tagger typed them ORG, ``X`` a place.
    A platform the article only names as a company (``TikTok menyatakan``) keeps its type."""
    if any(st.caseless for st in sents):
        return
    media = {" ".join(st.w[s.i:s.j]) for st, sp in zip(sents, spans, strict=True) for s in sp
             if s.type != "PERSON" and _platform_at(st, s)}
    if not media:
        return
    for st, sp in zip(sents, spans, strict=True):
        for s in sp:
            if s.type in ("ORG", "LOC", "GPE") and " ".join(st.w[s.i:s.j]) in media:
                s.type = "PRODUCT"


# Fuels of two words or more by their first word, longest first (``Pertamax`` -> ``Pertamax Turbo``, ...).
_FUEL_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _fuel in sorted(brands.FUELS, key=lambda f: -len(f.split())):
    if " " in _fuel:
        _FUEL_FIRST.setdefault(_fuel.split()[0], []).append(tuple(_fuel.split()))


def _fuels(sents: list[_Sentence], spans: list[list[Span]]) -> None:
    """Dossier: a fuel's brand name (``brands.FUELS``: ``Pertamina Dex``, ``Pertamax Turbo``,
    ``Dexlite``) is a product, whatever the tagger typed it (``Pertamina Dex`` ORG, ``Dexlite`` a
    person); a span cut before the fuel's second word (``[Pertamina] Dex``) takes it."""
    for st, sp in zip(sents, spans, strict=True):
        if st.caseless:
            return
        for s in sp:
            names = _FUEL_FIRST.get(st.w[s.i], []) if s.j - s.i == 1 else []
            name = next((f for f in names if tuple(st.w[s.i:s.i + len(f)]) == f), None)
            if name is not None and not any(o is not s and o.i < s.i + len(name) and o.j > s.j for o in sp):
                s.j = s.i + len(name)
            if " ".join(st.w[s.i:s.j]) in brands.FUELS:
                s.type, s.title = "PRODUCT", None
