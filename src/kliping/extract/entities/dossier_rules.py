"""Sentence rules of the dossier profile only (``_DossierRules``).

Chinese, Balinese and Korean name shapes, clause openers, office holders, companies,
institutions, addresses and glued abbreviations: rules the Indonesian NER corpora annotate
differently, so ``run_corpus`` leaves them out and they live apart from the shared ones.
"""

from __future__ import annotations

import re

from kliping.extract.entities.sentence_words import _SentenceWords
from kliping.extract.entities.span import Span, _cap, _overlaps
from kliping.extract.entities.vocabulary import (
    _BANK_WORD,
    _DOSSIER_ORG_SUFFIX,
    _HEADS,
    _NEIGHBOURHOOD_NOUNS,
    _ORG_SUFFIX,
    _STREET_TAIL,
    _TWORDS,
)
from kliping.extract.ner_features import GPE_OR_SHORT, STRONG_GPE
from kliping.ingest.glue import known_word
from kliping.lang.id import name_prefixes
from kliping.lang.id.entity_words import ADDRESS_AREA_ABBREVIATIONS
from kliping.lang.id.titles import (
    BALINESE_NAMES,
    BALINESE_PREFIXES,
    CHINESE_FAMILY_NAMES,
    HONORIFICS,
    INSTITUTION_KIND_WORDS,
    INSTITUTION_NAME_TITLES,
    PINYIN_SYLLABLE,
)

# A Chinese given name written as one word of one or two pinyin syllables (``Jinping``, ``Yi``).
_PINYIN_GIVEN = re.compile(rf"^(?:{PINYIN_SYLLABLE}){{1,2}}$")

_GLUED = re.compile(r"^\([A-Z][\w.&'-]*\)$")


# A house or plot number (``12``, ``74-75``, ``X2/2``, ``12A``).
_HOUSE_NUMBER = re.compile(r"^[A-Z]?\d+[A-Za-z]?(?:[-/]\w+)*$")


class _DossierRules(_SentenceWords):
    """The dossier profile's own rules over a sentence's spans."""

    def chinese_names(self, spans: list[Span]) -> None:
        """Dossier: a Chinese family name and a one-word pinyin given name (``Xi Jinping``, ``Li
        Qiang``) is a person, wherever it stands (``dari Hu Jintao hingga Xi Jinping``, ``Sikap Xi
        Jinping``): the tagger reads some of these as places or misses them. Only the exact two
        words, when no gazetteer entry covers them and no capitalised word follows; a span of
        another shape over them is left alone."""
        if self.caseless:
            return
        for k in range(self.n - 1):
            fam, given = self.w[k], self.w[k + 1]
            if self.low[k] not in CHINESE_FAMILY_NAMES or not (fam[:1].isupper() and fam[1:].islower()) \
                    or not (given[:1].isupper() and given[1:].islower()) or not _PINYIN_GIVEN.match(given.lower()):
                continue
            if (k + 2 < self.n and _cap(self.w[k + 2]) and self.w[k + 2][:1].isalpha()) \
                    or self.label[k] or self.label[k + 1] or any(a <= k + 1 and b > k for a, b, _l in self.gaz):
                continue
            if known_word(self.low[k]) and known_word(self.low[k + 1]):
                continue  # "Yang Mulia", "Yang Kedua": two Indonesian words, no name
            over = [s for s in spans if _overlaps(s, Span(k, k + 2, ""))]
            if not over:
                spans.append(Span(k, k + 2, "PERSON", source="rule"))
            elif len(over) == 1 and (over[0].i, over[0].j) == (k, k + 2) and over[0].type in ("PLACE", "ORG"):
                over[0].type = "PERSON"
        spans.sort(key=lambda s: s.i)

    def english_org_heads(self, spans: list[Span]) -> None:
        """Dossier: an organisation named in English by an organisation word at its end (``_ORG_SUFFIX``: ``Watch``,
        ``Institute``, ``Foundation``) takes the capitalised English words right before the span that the tagger left
        out (``Lembaga pemantau [Imagery Watch]`` -> ``Pacific Imagery Watch``): words no dictionary knows, in no
        other span and with no gazetteer or cue label, so an Indonesian word opening the sentence (``Lembaga``) or a
        known place stays out. At most three words."""
        if self.caseless:
            return
        taken = {k for s in spans for k in range(s.i, s.j)}
        for s in spans:
            if s.type != "ORG" or self.w[s.j - 1] not in _ORG_SUFFIX or self.label[s.i] or self.w[s.i].isupper():
                continue  # ``PT Dalihan Natolu Group``: a name opened by its own cue word is whole on the left
            k = s.i
            while k > 0 and s.i - k < 3:
                w = self.w[k - 1]
                if k - 1 in taken or self.label[k - 1] or not (_cap(w) and w.isalpha() and not w.isupper()) \
                        or known_word(self.low[k - 1]) or self.title_head(k - 1) or self.opener(k - 1):
                    break
                k -= 1
            s.i = k

    def balinese_prefix(self, spans: list[Span]) -> None:
        """``Putu Hendra Sastrawan`` when the model found only ``Hendra Sastrawan``: the birth-order
        name (and an ``I``/``Ni``/caste word before it) right before a person belongs to the name."""
        for s in spans:
            if s.type != "PERSON" or s.i == 0:
                continue
            p = s.i
            if self.low[p - 1] in BALINESE_NAMES and _cap(self.w[p - 1]):
                p -= 1
                while p > 0 and (self.low[p - 1] in BALINESE_PREFIXES or self.low[p - 1] in BALINESE_NAMES) \
                        and _cap(self.w[p - 1]):
                    p -= 1
            if p < s.i and not any(o is not s and o.i < s.i and o.j > p for o in spans):
                s.i = p
                if s.title is not None:
                    s.title = (s.title[0], p) if s.title[0] < p else None

    def non_names(self, spans: list[Span]) -> list[Span]:
        """Dossier: no name opens with a clause opener (``Kendati Jepang`` -> ``Jepang``,
        ``Sepengetahuan Bambang`` -> ``Bambang``), and one alone is none (``Prinsipnya,``); an academic
        degree written after a name (``dr Fulan, M.Epid,``, ``MKes``) is no name either (in capitals
        only with its dots: ``Pimpinan MK, MA, dan KY`` names courts)."""
        if self.caseless:
            return spans
        out = []
        for s in spans:
            while s.j - s.i >= 2 and self.opener(s.i):
                s.i += 1
            if s.j - s.i == 1 and self.opener(s.i):
                continue
            text = "".join(self.w[s.i:s.j])
            if s.source != "gaz" and name_prefixes.is_degree_word(text.replace(".", "")) and (
                    "." in text or (not text.isupper() and s.i > 1 and self.w[s.i - 1] == "," and _cap(self.w[s.i - 2]))):
                continue
            out.append(s)
        return out

    def office_holders(self, spans: list[Span]) -> list[Span]:
        """Dossier: ``Kepala Dinas Sosial Kota Medan [Irvan Wahyudi]`` tagged as one organisation (or
        ``Kabupaten Bogor Rina Marlina`` as one place): after an office of a unit and its region (a
        gazetteer city, regency, province or country inside the span), two or more capitalised words
        to the span's end are the office holder, when a title head opens the stretch and one of the
        words is no dictionary word (``Bidang Bina Marga`` is the office's section). The model gives
        such names little person probability after a region, so no probability is asked."""
        if self.caseless:
            return spans
        added: list[Span] = []
        for s in spans:
            if s.type not in ("ORG", "PLACE", "LOC", "GPE") or s.j - s.i < 3:
                continue
            head = self.office_before(s.i)
            if head is None:
                continue
            b = max((e for a, (e, lab) in self.gaz_at.items() if s.i <= a and e < s.j - 1 and lab in STRONG_GPE
                     and _cap(self.w[a])), default=None)
            if b is None or s.j - b > 4 or not all(self.holder_word(x) for x in range(b, s.j)) \
                    or all(known_word(self.low[x]) for x in range(b, s.j)):
                continue
            added.append(Span(b, s.j, "PERSON", title=(head, b), source="title"))
            s.j = b
        return sorted([*spans, *added], key=lambda s: s.i) if added else spans

    def party_unit_holders(self, spans: list[Span]) -> list[Span]:
        """Dossier: ``Ketua DPP PDIP [Puan Maharani]`` read as ``DPP PDIP Puan`` + ``Maharani``, or
        ``Sekretaris DPP PKB Farida Faricha`` as one organisation: the cue rule runs a unit cue
        (``DPP``) over every capitalised word up to a person the model found. After an office, a chain
        of two or more organisation acronyms (the unit's cue, then its body's: ``DPP PKB``, ``DPW
        PKS``) is the unit's whole name; plain capitalised words after it, none a place, title, field,
        unit or company word (``DPC PDIP Jaksel``, ``DPP PKB Bidang Ekonomi`` stay), are its holder:
        one or two joined to the person the model found right after the span, or two to four
        ending the span that are not all dictionary words (the model gives such names 0.1-0.2
        person probability after the acronyms, so none is asked)."""
        if self.caseless:
            return spans
        added: list[Span] = []
        for s in spans:
            if s.type != "ORG" or s.i == 0:
                continue
            head = self.office_before(s.i)
            if head is None:
                continue
            b = s.i
            while b < s.j and len(self.w[b]) >= 2 and self.w[b].isalpha() and self.w[b].isupper() \
                    and self.label[b] in ("ORGC", "AORG"):
                b += 1
            if b - s.i < 2 or b == s.j or not all(self.holder_word(x) for x in range(b, s.j)):
                continue
            nxt = next((o for o in spans if o.type == "PERSON" and o.i == s.j), None)
            if nxt is not None and s.j - b <= 2:
                nxt.i, nxt.title = b, (nxt.title[0] if nxt.title is not None else head, b)
                s.j = b
            elif nxt is None and 2 <= s.j - b <= 4 and not all(known_word(self.low[x]) for x in range(b, s.j)):
                added.append(Span(b, s.j, "PERSON", title=(head, b), source="title"))
                s.j = b
        return sorted([*spans, *added], key=lambda s: s.i) if added else spans

    def company_names(self, spans: list[Span]) -> list[Span]:
        """Dossier: a person or place span that ends in a company/agency word is an organisation.

        ``Mizuho Securities``, ``Lipow Oil Associates``, ``Energy Information Administration``,
        ``Commerzbank``: no personal name ends in these words. Two or more capitalised words after
        such a word inside the span are a person speaking for it (``Central China Securities Zhang
        Gang`` -> ORG + PERSON). ``Bank`` alone is an ``_ORG_SUFFIX`` word already (``place_types``).
        """
        if self.caseless:
            return spans
        added: list[Span] = []
        for s in spans:
            if s.type not in ("PERSON", "LOC", "ORG"):
                continue
            k = next((x for x in range(s.j - 1, s.i - 1, -1) if self.w[x] in _DOSSIER_ORG_SUFFIX
                      or _BANK_WORD.match(self.w[x])), None)
            if s.type == "ORG":
                # "analis Central China Securities Zhang Gang" tagged as one organisation (the country
                # ends the title rule's name run): two or more names after the company word are the
                # person speaking for it when an office is written before the span or the model itself
                # reads them as a person
                if k is not None and s.j - k >= 3 and all(
                        _cap(self.w[x]) and self.w[x][:1].isalpha() and not self.label[x] for x in range(k + 1, s.j)) \
                        and ((s.i > 0 and self.title_head(s.i - 1)) or self.person_prob(k + 1, s.j) >= 0.3):
                    added.append(Span(k + 1, s.j, "PERSON", source="rule"))
                    s.j = k + 1
                continue
            if k is None and s.type == "PERSON" and s.j - s.i >= 3 and len(self.w[s.i]) >= 3 and self.w[s.i].isalpha() \
                    and self.w[s.i].isupper() and self.low[s.i] not in _HEADS and not self.label[s.i + 1] \
                    and all(_cap(self.w[x]) and not self.w[x].isupper() for x in range(s.i + 1, s.j)):
                # "Direktur Utama BKR Gilang Arya Pratama" found by the title rule: the acronym is the
                # organisation of the office (the model's spans get this in ``fix_model``)
                added.append(Span(s.i, s.i + 1, "ORG", source="rule"))
                s.i += 1
                if s.title is not None:
                    s.title = (s.title[0], s.i)
                continue
            if k is None and s.type == "PERSON" and s.j - s.i >= 3 and s.i >= 2 and len(self.w[s.i - 1]) == 2 \
                    and self.w[s.i - 1].isalpha() and self.w[s.i - 1].isupper() \
                    and (self.title_head(s.i - 2) or self.low[s.i - 2] in _TWORDS) \
                    and all(_cap(self.w[x]) and self.w[x].isalpha() and not self.label[x] for x in range(s.i, s.j)):
                # "Ketua Umum PP [Muhammadiyah Haedar Nashir]": after an office, a two-letter unit
                # (``PP``, ``PB``, ``PW``) and its organisation's word come before the name; the person
                # is the two or more words the model reads best as a person (0.5+, and better than the
                # whole span)
                e = max(range(s.i + 1, s.j - 1), key=lambda x: self.person_prob(x, s.j))
                if self.person_prob(e, s.j) >= 0.5 and self.person_prob(e, s.j) > self.person_prob(s.i, s.j):
                    added.append(Span(s.i - 1, e, "ORG", source="rule"))
                    s.i = e
                    if s.title is not None:
                        s.title = (s.title[0], e)
                continue
            if k is None or (k == s.i and s.j - s.i == 1 and self.w[k] in _DOSSIER_ORG_SUFFIX):
                continue  # "Capital," alone is a capitalised common word, no name
            # an acronym before the span may start the company's name ("DNR [Logistics Herry Tho]")
            a = s.i
            while a > 0 and self.w[a - 1].isupper() and self.w[a - 1].isalpha() and not self.title_head(a - 1) \
                    and self.low[a - 1] not in _TWORDS and not self.label[a - 1] \
                    and not any(o.i < a and a - 1 < o.j for o in spans):
                a -= 1
            if k == s.j - 1:
                s.i, s.type, s.title = a, "ORG", None
            elif s.type == "PERSON" and s.j - k >= 3 and all(
                    _cap(self.w[x]) and self.w[x][:1].isalpha() and not self.label[x] for x in range(k + 1, s.j)):
                added.append(Span(a, k + 1, "ORG", source="rule"))
                s.i = k + 1
        if added:
            spans = sorted([*spans, *added], key=lambda s: s.i)
        return spans

    def named_institutions(self, spans: list[Span]) -> list[Span]:
        """Dossier: an institution or place named after a person is one name, and no person.

        ``RSUP Dr. Sardjito``, ``Universitas Jenderal Soedirman``, ``UIN Syarif Hidayatullah``,
        ``Bandara Sultan Hasanuddin``: after an institution word (``titles.NAMED_AFTER_PEOPLE``), its
        kind words (``Umum Pusat``, ``Islam Negeri``) and the titles the honoured person carries
        (``Dr.``, ``Jenderal``), a person span the model or the title rule found is the rest of the
        institution's name; with a title but no person span, the capitalised words after it are. A
        city right after the name is part of it (``RSUD Dr. Soetomo Surabaya``), as the model has it.
        Without kind or title words the person must start right after the word and be short (one or
        two words), so ``Dosen Universitas Gadjah Mada Budi Santoso`` keeps its lecturer (and ``UIN
        Maliki Imam Muslimin``, a lecturer glued to the short name, is left to the model). A person
        span that opens with the institution word is the institution (``Kepala Puskesmas Sukamaju``).
        """
        if self.caseless:
            return spans
        for i in range(self.n):
            cue = self.institution_cue(i)
            if cue is None:
                continue
            b, typ = cue
            glued = next((s for s in spans if s.type == "PERSON" and s.i == i and s.j > b), None)
            if glued is not None:
                # "Kepala Puskesmas Sukamaju": the model's person opens with the institution word
                glued.type, glued.title, glued.source = typ, None, "cue"
                continue
            k = b
            while k < self.n and _cap(self.w[k]) and self.low[k] in INSTITUTION_KIND_WORDS:
                k += 1
            if k > b and k + 2 < self.n and self.w[k] == "(" and self.w[k + 2] == ")":
                k += 3  # "Universitas Islam Negeri (UIN) Maulana Malik Ibrahim": the short form
            t = k
            while t < self.n and _cap(self.w[t]) and self.low[t] in INSTITUTION_NAME_TITLES:
                t += 1
            person = next((s for s in spans if s.type == "PERSON" and k <= s.i <= t and s.j > t), None)
            if person is not None:
                if t == b and (person.i != b or person.j - person.i > 2):
                    continue
                end = person.j
            elif t > k:
                end = t
                while end < self.n and end - t < 4 and _cap(self.w[end]) and self.w[end][:1].isalpha() \
                        and not self.label[end] and self.low[end] not in _HEADS:
                    end += 1
                if end == t:
                    continue
            else:
                continue
            m = self.gaz_at.get(end)
            if m and m[1] in STRONG_GPE and _cap(self.w[end]):
                end = m[0]  # the city is part of the name (``RSUD Dr. Soetomo Surabaya``)
            spans = [s for s in spans if not (s.i < end and i < s.j)]
            spans.append(Span(i, end, typ, source="cue"))
            spans.sort(key=lambda s: s.i)
        return spans

    def address_parts(self, spans: list[Span]) -> None:
        """Dossier: parts of a written address are places, never people.

        ``Kel. Petojo``/``Kec Duren Sawit`` (a village or district after its administrative word) and
        ``No. 80 Pinang Ranti`` (a neighbourhood after a house number) in the address lists of fuel
        station and office news, and ``Kebun Nanas``/``Pondok Labu`` (a neighbourhood noun opening
        the name): the model reads such capitalised pairs as names. A person span that
        opens with the administrative word (``Kel Taman Sari``) loses it.
        """
        if self.caseless:
            return
        for s in spans:
            if s.type != "PERSON":
                continue
            if self.low[s.i].rstrip(".") in ADDRESS_AREA_ABBREVIATIONS and s.j - s.i >= 2:
                s.i += 2 if self.w[s.i + 1] == "." and s.j - s.i >= 3 else 1
                s.type, s.title, s.source = "LOC", None, "rule"
            elif self.address_place(s):
                s.type, s.title, s.source = "LOC", None, "rule"

    def address_place(self, s: Span) -> bool:
        """Span ``s`` follows an administrative word or a house number, or opens with a
        neighbourhood noun (``address_parts``)."""
        if self.low[s.i] in _NEIGHBOURHOOD_NOUNS and s.j - s.i >= 2:
            return True
        k = self._word_before(s.i)
        if k < 0:
            return False
        if self.low[k].rstrip(".") in ADDRESS_AREA_ABBREVIATIONS:
            return True
        h = self._word_before(k)
        return bool(_HOUSE_NUMBER.match(self.w[k])) and h >= 0 and self.low[h].rstrip(".") in _STREET_TAIL

    def titled_places(self, spans: list[Span]) -> None:
        """Dossier: ``Kapolres Boyolali, AKBP ...``, ``Bupati Boyolali``: a known region right after an
        office is the office's jurisdiction, not a person (an honorific, ``Pak Bima``, is a person)."""
        for s in spans:
            if s.type != "PERSON" or s.title is None or s.j - s.i != 1 or self.caseless:
                continue
            m = self.gaz_at.get(s.i)
            if m and m[0] == s.j and m[1] in GPE_OR_SHORT and self.low[s.title[0]] not in HONORIFICS \
                    and self.low[s.i - 1] not in HONORIFICS:
                s.type, s.title, s.source = "GPE", None, "gaz"

    def glued_abbreviations(self, spans: list[Span]) -> None:
        """``Mahkamah Konstitusi (MK)``: a bracketed abbreviation *token* belongs to its name.

        Only pre-tokenised input (CoNLL, as in idner-news-2k) has such tokens; kliping's own
        tokenizer splits brackets off, so documents are unaffected. After a person it is a
        second mention of the person (``Joko Widodo (Jokowi)``).
        """
        added = []
        for s in spans:
            if s.j < self.n and _GLUED.match(self.w[s.j]) and not any(o.i == s.j for o in spans):
                if s.type == "PERSON":
                    added.append(Span(s.j, s.j + 1, "PERSON", source="rule"))
                else:
                    s.j += 1
        if added:
            spans.extend(added)
            spans.sort(key=lambda s: s.i)
