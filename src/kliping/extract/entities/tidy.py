"""Last clean-up of a document's mentions: spans cut to the names they hold, outlets and currencies dropped.

Works on ``Mention`` text after every span rule has run, so it lives apart from the span rules.
"""

from __future__ import annotations

import dataclasses
import re

from kliping.extract.entities.vocabulary import _LOWER_ORG_HEADS, _VERB_START
from kliping.lang.id import calendar, gazetteer, name_prefixes
from kliping.lang.id.abbreviations import ABBREVIATIONS, ORG_HEAD_ABBREVIATIONS
from kliping.lang.id.cues import ADMIN_UNIT_WORDS, SEAT_ALONE
from kliping.lang.id.entity_words import COMPANY_FORMS_LOWER, TITLE_DEPARTMENT_JOINERS
from kliping.lang.id.numbers import (
    CITATION_PART_WORDS,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    LAW_CODE_CITATION_WORDS,
    UNIT_WORDS,
)
from kliping.lang.id.titles import (
    JOB_TITLE_OF_HEADS,
    JOB_TITLE_PHRASES,
    JOB_TITLE_WORDS,
    UNIT_BODY_HEADS,
    UNIT_HEADS,
)
from kliping.model import Document, Mention
from kliping.text.patterns import alternation

# A count word opening a sentence before a noun (``Lima program unggulan``) is the numeral; before a
# verb (``Lima menjadi tuan rumah``) it may be the city.
_NUMERAL_WORDS = frozenset(UNIT_WORDS) | {"sepuluh", "seratus", "seribu"}

# A citation's number after its part word (``Pasal 2``, ``Bab IV``, ``Pasal 27A``).
_CITATION_NUMBER = re.compile(r"\s*(?:\d+[A-Za-z]?|[IVXL]+)\b")
# A letter or file number (``GRM.M/XX-XX-2023``, ``B/123/IV/2024``): one word of capitals, digits and
# separators holding a slash and a digit, a reference, not an organisation or a person.
_FILE_NUMBER = re.compile(r"^(?=[^/]*/)(?=.*\d)(?=.*[A-Z])[A-Z0-9./\-]+$")
# A year or a year range at the end of an organisation's or person's span (``PT PGN 2016-2019``).
_TRAILING_YEARS = re.compile(r"\s+(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?$")
# A day and a month right before a trailing year: the body is named after that date
# (``Universitas 17 Agustus 1945``), the year is part of its name.
_DAY_MONTH_BEFORE = re.compile(r"\s\d{1,2}\s+([A-Z][a-z]+)$")
# The words naming a period before a trailing year (``Tahun Anggaran``, ``Tahap I``, ``Nomor 4``).
_PERIOD_TAIL = re.compile(r"\s+(?:Tahun|Anggaran|TA|Tahap|Periode|Nomor|No\.?|[IVX]{1,4}|\d{1,3})$")
# A list number glued to the last word of a name (``PT Saibah Mulia Mandiri2. PT ...``).
_GLUED_LIST_NUMBER = re.compile(r"(?<=[a-z])\d{1,2}$")
# A regulation's number after the body that issued it (``Bank Indonesia No. 24/105``).
_NUMBER_TAIL = re.compile(r"\s+(?:No\.?|Nomor)\s*\d[\d/.-]*$")
# The number word alone closing a span, its number after the span (``Kejaksaan Negeri X [Nomor]:
# PRINT-02/...``): the letter's reference, no part of the body that wrote it.
_NUMBER_WORD_TAIL = re.compile(rf"\s+(?:{alternation(w.capitalize() for w in calendar.DOC_NUMBER_WORDS)})\.?$")
_NUMBER_AFTER = re.compile(r"\s*[:.]?\s*(?:\d|[A-Z]+[-/.])")
# Two names joined by a hyphen (``Prabowo-Gibran``, ``Prabowo Subianto-Gibran Rakabuming Raka``).
_HYPHEN_PAIR = re.compile(r"^([A-Z][\w'’]+(?: [A-Z][\w'’]+)*)[-–]([A-Z][\w'’]+(?: [A-Z][\w'’]+)*)$")


# One-word organisation cues (``Kementerian``, ``Badan``, ``Bank``): ``Kementerian A dan Badan B`` are two
# organisations.
_ORG_CUE_WORDS = frozenset(c for c in gazetteer.cues()["org"] if " " not in c)


# Head words of a body or place written alone (``Pemkab``, ``Polsek``, ``Kanwil``, ``Kementerian``,
# ``Kabupaten``, ``Gang``): the head of a name whose rest the article gave elsewhere, so alone it names
# no one entity (``Pemprov`` in seven articles is seven provinces' governments). A seat that speaks
# (``Istana``) and the national team (``Timnas``) are entities alone. Case-folded.
_BARE_HEADS = (frozenset(c.casefold() for kind in ("org", "dorg", "loc") for c in gazetteer.cues()[kind] if " " not in c)
               | frozenset(h.casefold() for h in ORG_HEAD_ABBREVIATIONS) | ADMIN_UNIT_WORDS | {"pemda"}) \
    - SEAT_ALONE - {"timnas", "rt", "rw"} - {a.casefold() for a in ABBREVIATIONS}
# Head words of a unit or body (``Satuan``, ``Divisi``, ``Bank``, ``Group``): before a company's legal
# form inside a span they name the company's unit (``Satuan Aviation Security PT ...``), which stays.
_UNIT_WORDS = frozenset(c.casefold() for c in _ORG_CUE_WORDS) | UNIT_HEADS | UNIT_BODY_HEADS

_LOWER_HEAD_BEFORE = re.compile(r"(?<![\w-])(" + alternation(_LOWER_ORG_HEADS) + r") $")


def _tidy_spans(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Spans that are no names, or more than one, cut to the name(s) they hold (docs/ner.md, "Sixth
    QA read"):

    * a count word opening a sentence before a noun is the numeral (``Lima penagih``), not Lima, Peru;
    * a job title alone (``Chief Executive Officer``, ``Head of ...``, ``Pelaksana Tugas``) is no
      entity, and job-title words after a person's name are cut (``Joseph Sulistijo Direktur``),
      as are those before a company (``Warehouse Manager [PT Amanat Jaya]``, then an organisation),
      and so are any words before a company's ``PT`` inside an organisation span that hold no unit's
      head word (``Direktur [Pengolahan PT ...]``, ``Social Finance Framework PT ...``);
    * a ministry's head word in lower case before the rest of its name joins it (``kementerian
      Keuangan RI``);
    * a trailing year or year range leaves an organisation's or person's span (``PT PGN 2016-2019``),
      and so do a list number glued to its last word (``Mandiri2.``) and a letter's number word
      with the number after the span (``Kejaksaan Negeri X Nomor: PRINT-...``);
    * ``PT A dan PT B``, ``Kementerian A dan Badan B``: two names, split at ``dan`` (and an ordinal
      numbering the list after it: ``Kementerian A dan Kelima Kementerian B``);
    * ``Prabowo-Gibran``: two people the article names apart too, split at the hyphen.
    """
    # the first words of the article's other people (``Prabowo`` of ``Prabowo Subianto``), each named
    # apart: ``Marie-Louise`` beside ``Permaisuri Marie Louise`` is one name
    person_words = {m.text.split()[0] for m in mentions if m.type == "PERSON" and not _HYPHEN_PAIR.match(m.text)}
    out: list[Mention] = []
    for m in mentions:
        sent = doc.sentences[m.sentence].text
        words = m.text.split()
        low = [w.casefold().strip(".,") for w in words]
        if len(words) == 1 and low[0] in _NUMERAL_WORDS and not sent[:m.start].strip(" \"'“‘(") \
                and m.type != "PERSON":
            nxt = sent[m.end:].split()
            if nxt and nxt[0][:1].islower() and not _VERB_START.match(nxt[0].casefold()):
                continue
            # "Lima Jangan itu ...": a capitalised word the article also writes in lower case is a
            # common word (a slogan's "the five don'ts"), not a name after the city
            if nxt and nxt[0][:1].isupper() and nxt[0].isalpha() \
                    and re.search(rf"(?<!\w){re.escape(nxt[0].casefold())}(?!\w)", doc.text):
                continue
        if len(words) == 1 and low[0] in CITATION_PART_WORDS and _CITATION_NUMBER.match(sent[m.end:]):
            continue  # "Pasal 2 ayat (1)": a law's article, not a place the tagger read in "Pasal"
        if _FILE_NUMBER.match(m.text) and m.type != "GPE":
            continue
        if len(words) == 1 and m.type in ("ORG", "LOC", "GPE") and low[0] in _BARE_HEADS and words[0][:1].isupper() \
                and not sent[m.end:].lstrip(" )")[:1].isupper():
            continue  # "Pemkab memasang ...": the regency government the article named before ("(Kemenko PMK)" is cut, not bare)
        if m.type != "PERSON" and all(w in LAW_CODE_CITATION_WORDS for w in low):
            continue  # "KUHP jo", "jo Pasal", "KUHP": a chain of legal citations and the code cited, no name

        if " ".join(low) in JOB_TITLE_PHRASES or all(w in JOB_TITLE_WORDS or w in TITLE_DEPARTMENT_JOINERS for w in low) \
                or (len(low) >= 3 and low[0] in JOB_TITLE_OF_HEADS and low[1] == "of"):
            continue
        a, b = m.start, m.end
        k = 0
        while k < len(low) - 2 and (low[k] in JOB_TITLE_WORDS or low[k] in TITLE_DEPARTMENT_JOINERS):
            k += 1
        if not k and m.type in ("ORG", "EVENT") and len(low) > 2:
            # "Direktur [Pengolahan PT Pertamina]", "[Corporate Secretary PT ...]", "[Social Finance
            # Framework PT ...]": words before a company's legal form that hold no unit's head word are
            # an office's field, a title or a thing of the company's, no part of its name
            k = next((x for x in range(1, len(low) - 1) if words[x] in ("PT", "CV")), 0)
            if k and any(w in _UNIT_WORDS for w in low[:k]):
                k = 0
        if k and low[k] in COMPANY_FORMS_LOWER:
            # "Warehouse Manager [PT Amanat Jaya]": a job title glued before a company is no part of it
            a += [w.start() for w in re.finditer(r"\S+", m.text)][k]
            words, low = words[k:], low[k:]
            m = dataclasses.replace(m, text=sent[a:b], start=a, type="ORG", title=None)
        head = _LOWER_HEAD_BEFORE.search(sent[:a])
        if m.type == "ORG" and head and low[0] not in _LOWER_ORG_HEADS:
            # "kantor kementerian [Keuangan RI]": the ministry's head word written in lower case is
            # part of its name; the portfolio alone names no body
            a = head.start(1)
            m = dataclasses.replace(m, text=sent[a:b], start=a)
            words, low = [head.group(1), *words], [head.group(1), *low]
        if m.type == "PERSON":
            while len(words) > 1 and words[-1].casefold() in JOB_TITLE_WORDS and words[-1][:1].isupper():
                words.pop()
            b = a + len(" ".join(words)) if " ".join(words) == sent[a:a + len(" ".join(words))] else b
        if m.type in ("ORG", "PERSON"):
            cut = _TRAILING_YEARS.search(sent[a:b])
            named = cut is not None and (day := _DAY_MONTH_BEFORE.search(sent[a:a + cut.start()])) is not None \
                and day.group(1).casefold() in calendar.MONTHS_ID and day.start() > 0
            if cut and cut.start() > 0 and not named:  # (not "Universitas 17 Agustus 1945": named after a date)
                b = a + cut.start()
                # ``Dinas X Tahun Anggaran 2022``, ``Bank X Tahap I Tahun 2025``: the period's words go too
                while (tail := _PERIOD_TAIL.search(sent[a:b])) and tail.start() > 0:
                    b = a + tail.start()
            number = _NUMBER_TAIL.search(sent[a:b])
            if number is None and _NUMBER_AFTER.match(sent[b:]):
                number = _NUMBER_WORD_TAIL.search(sent[a:b])  # "... Majalengka Nomor: PRINT-02/..."
            if number and number.start() > 0:
                b = a + number.start()  # "Bank Indonesia No. 24/105": the regulation's number goes
            glued = _GLUED_LIST_NUMBER.search(sent[a:b])
            if glued and sent[b:b + 1] == "." and sent[b + 1:b + 3].strip()[:1].isupper():
                b = a + glued.start()
        text = sent[a:b]
        if m.type == "ORG" and " dan " in text:
            head, _, rest = text.partition(" dan ")
            first = rest.split()[0]
            if first.casefold() in name_prefixes.LIST_ORDINALS and len(rest.split()) >= 3:
                rest = rest[len(first):].lstrip()  # "... dan [Kelima] Kementerian Pemuda": the list's count
                first = rest.split()[0]
            # another cue opens a second organisation when a place or an acronym names it ("Polres X dan
            # Polda Sumsel", "OJK dan Bank Indonesia"); "Badan Pengawas Pasar Modal dan Lembaga Keuangan" is one
            other = first in _ORG_CUE_WORDS and head.split()[0] in _ORG_CUE_WORDS and any(
                gazetteer.place_kind(w) or w in ABBREVIATIONS or (w.isupper() and len(w) >= 2) for w in rest.split()[1:])
            if (head.split()[0] == first or other) and len(head.split()) >= 2 and len(rest.split()) >= 2:
                out.append(dataclasses.replace(m, text=head, end=a + len(head)))
                out.append(dataclasses.replace(m, text=rest, start=b - len(rest), end=b, title=None))
                continue
        pair = _HYPHEN_PAIR.match(text) if m.type == "PERSON" else None
        if pair and pair.group(1).split()[0] in person_words and pair.group(2).split()[0] in person_words:
            left, right = pair.group(1), pair.group(2)
            out.append(dataclasses.replace(m, text=left, end=a + len(left)))
            out.append(dataclasses.replace(m, text=right, start=b - len(right), end=b, title=None))
            continue
        out.append(m if (a, b) == (m.start, m.end) else dataclasses.replace(m, text=text, start=a, end=b))
    return out


def _without_dateline_outlet(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the outlet of the dateline (``WARTANUSA.COM - MOSKOW.``, ``Jakarta,
    Kabar Harian -``): the outlet publishing the story is no entity of it, nor part of a name there.
    The dateline's place stays (no place is dropped, whichever of the two the dateline reads as the
    outlet), and so does the outlet named in the story (``kata X kepada Kabar Harian``)."""
    from kliping.ingest.metadata import find_dateline

    if not doc.sentences:
        return mentions
    dateline = find_dateline(doc.sentences[0].text)
    if dateline is None or not dateline.outlet:
        return mentions
    return [m for m in mentions if not (m.sentence == 0 and m.start < dateline.end and m.type not in ("GPE", "LOC"))]


# A currency's ISO code as a whole mention, with the amount the tagger may have taken along
# (``MYR 4,24``).
_CURRENCY_CODE = re.compile(r"^([A-Z]{3})(?:\s+[\d.,]+)?$")
# Words that put a sentence in the currency market (with the currency words of ``CURRENCY_WORDS``).
_CURRENCY_CUES = re.compile(r"\b(?:mata uang|kurs|nilai tukar|valas|" + "|".join(
    sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
# ``mata uang Garuda``, ``Mata Uang Negeri Sakura``: the currency's nickname follows.
_CURRENCY_BEFORE = re.compile(r"\bmata\s+uang\s*$", re.IGNORECASE)


def _without_currencies(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions without currencies, which are no entity of the story (docs/ner.md, "Whose title
    it is"): an ISO code (``JPY``, ``MYR 4,24``) in a sentence about currencies or with its amount,
    and the nickname after ``mata uang`` (``mata uang Garuda`` is the rupiah, not the airline). A
    place after ``mata uang`` stays (``mata uang Jepang`` names Japan), as does an organisation of
    more than one word or in capitals (``mata uang Uni Eropa``), and a code in a
    sentence that is not about money (``Tim SAR``)."""
    out = []
    for m in mentions:
        sent = doc.sentences[m.sentence].text
        code = _CURRENCY_CODE.match(m.text)
        if code and CURRENCY_PREFIXES.get(code.group(1)) == code.group(1) and m.type not in ("PERSON", "GPE") \
                and (m.text != code.group(1) or _CURRENCY_CUES.search(sent)):
            continue
        words = m.text.split()
        if len(words) >= 2 and CURRENCY_PREFIXES.get(words[0]) == words[0] and m.type != "PERSON" \
                and _CURRENCY_CUES.search(sent) and all(
                    gazetteer.place_kind(w) or w.casefold() in CURRENCY_WORDS for w in words[1:]):
            continue  # "CHF Swiss", "CHF Swiss France": the code and the country it is of
        if m.type not in ("GPE", "LOC") and len(m.text.split()) == 1 and not m.text.isupper() \
                and _CURRENCY_BEFORE.search(sent[:m.start]):
            continue  # one word: "mata uang Uni Eropa" / "UE" names the union
        out.append(m)
    return out
