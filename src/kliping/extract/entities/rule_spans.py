"""Spans the sentence rules find themselves, and how they merge with the model's.

Title-triggered persons, cue-word organisations and places, datelines, outlet domains,
products, the GPE/LOC split and titles split off names: the rules both profiles (dossier and
corpus) share, so kept apart from the dossier-only ones.
"""

from __future__ import annotations

import re

from kliping.extract.entities.sentence_words import _SentenceWords, _written_out_orgs
from kliping.extract.entities.span import Span, _cap, _overlaps
from kliping.extract.entities.vocabulary import (
    _ADMIN_NOUN,
    _CONNECT,
    _HEADS,
    _NAMEISH_HEADS,
    _ORG_LABELS,
    _ORG_STOP,
    _ORG_SUFFIX,
    _PLACE_NOUNS,
    _ROMAN,
    _SPEECH_AFTER,
    _TRIGGER_HEADS,
    _TWORDS,
)
from kliping.extract.ner_features import DOMAIN, GPE_OR_SHORT, STRONG_GPE
from kliping.lang.id import gazetteer
from kliping.lang.id.entity_words import (
    APPOSITION_DESCRIPTION_ENDS,
    APPOSITIVE_STOPS,
    BYLINE_ROLES,
    DOCUMENT_NUMBER_WORDS,
)
from kliping.lang.id.function_words import COPULAS
from kliping.lang.id.titles import APPOSITIVE_HEADS, FIELD_NOUNS, HONORIFICS, UNIT_HEADS

_PRODUCT_RE = re.compile(r"^[A-Z][A-Za-z]*-\d+[A-Z]?$")
_NOT_PRODUCT = frozenset({"COVID-19", "Covid-19", "G-20", "G-7", "SARS-CoV-2", "H-1", "D-1", "K-3"})
# Ordinals (``Presiden Ke-7``, ``Ke-12 negara``) and quarters or halves of a year (``triwulan I-2015``)
# have the shape of a designation but are numbers, never products.
_NOT_PRODUCT_RE = re.compile(r"^(?:[Kk]e|[IVX]{1,4}|U)-\d+$")  # "ke-3", "IV-2", "U-23" (an age group)

# Punctuation after which a capitalised word may open a name (sentence or clause start, quotes).
_NAME_OPENERS = frozenset({",", ".", ";", ":", "(", '"', "'", "“", "”", "‘", "’", "—", "–"})


_DASH = frozenset({"-", "—", "–"})


class _RuleSpans(_SentenceWords):
    """Spans the rules find in a sentence, merged with the model's."""

    def rule_spans(self, spans: list[Span]) -> list[Span]:
        """Candidate spans from the gazetteer, cue words and title triggers."""
        cands: list[Span] = []
        per_start = {s.i for s in spans if s.type == "PERSON"}
        for a, b, lab in self.gaz:
            if not self.caseless and not _cap(self.w[a]):
                continue
            if lab in STRONG_GPE:
                cands.append(Span(a, b, "GPE", source="gaz"))
            elif lab in _ORG_LABELS:
                cands.append(Span(a, b, "ORG", source="gaz"))
            elif lab == "GLOC":
                cands.append(Span(a, b, "LOC", source="gaz"))
            if lab == "AORG" and " ".join(self.w[a:b]) in gazetteer.cues()["org"]:
                lab = "ORGC"  # "Pemprov" is an abbreviation and opens "Pemprov DKI Jakarta"
            if lab in ("ORGC", "LOCC", "EVTC") and not self.caseless:
                k = b
                while k < self.n and k not in per_start:
                    w = self.w[k]
                    if ((_cap(w) or (w[:1].isdigit() and lab != "LOCC")) and not self.nonname(k) \
                            and self.low[k] not in _ORG_STOP) or (lab != "LOCC" and self.low[k] in _CONNECT and k > b and k + 1 < self.n \
                            and _cap(self.w[k + 1])):
                        k += 1
                    else:
                        break
                while k > b and self.low[k - 1] in _CONNECT:
                    k -= 1
                if lab == "ORGC":
                    for name in _written_out_orgs().get(self.low[a], ()):
                        if len(name) > k - a and tuple(self.low[a:a + len(name)]) == name \
                                and all(_cap(w) or w.lower() in _CONNECT for w in self.w[a:a + len(name)]):
                            k = a + len(name)
                            break
                if k > b:
                    typ = {"ORGC": "ORG", "LOCC": "LOC", "EVTC": "EVENT"}[lab]
                    cands.append(Span(a, k, typ, source="cue"))
        if not self.caseless:
            cands += self.person_cues(spans)
            cands += self.dateline()
            for i in range(self.n):
                if not self.title_head(i) or self.low[i] not in _TRIGGER_HEADS:
                    continue
                j = self.title_end(i, spans)
                k = self.name_run(j)
                # one capitalised word after a role may be a portfolio (Menko Polhukam): only
                # honorifics (Tuan Kim) make it a name on their own
                if k - j < (1 if self.low[i] in HONORIFICS else 2):
                    continue
                over = [s for s in spans if _overlaps(s, Span(j, k, ""))]
                if self.cabinet(j - 1):
                    continue  # "anggota Kabinet [Merah Putih]": the cabinet's name, no person
                if self.team_after_office(j):
                    # "Ketua Tim Pengarah", "Ketua Tim Pemenangan [Andi Wijaya]": the team, then its head
                    e = self.team_end(j, k)
                    if not any(s.i <= j for s in over):
                        cands.append(Span(j, e, "ORG", source="cue"))
                    if e < k and not any(_overlaps(s, Span(e, k, "")) for s in spans):
                        cands.append(Span(e, k, "PERSON", title=(i, e), source="title"))
                    continue
                if self.low[j] in UNIT_HEADS:
                    # "Komandan Satuan Siber", "Kepala Divisi Manajemen Proyek": the unit the office heads
                    # (up to a name, or a place opened by a place noun, the model found after it:
                    # "Kepala Seksi Sosial Kecamatan X"; a bare place stays in: "Pemerintah Provinsi Papua")
                    e = min([s.i for s in over if s.i > j and (s.type == "PERSON" or self.low[s.i] in _PLACE_NOUNS)] + [k])
                    if not any(s.i <= j for s in over):
                        cands.append(Span(j, e, "ORG", source="cue"))
                    continue
                c = next((x for x in range(j + 1, k) if self.country_at(x)), None)
                if c is not None:
                    # "Direktur Eksekutif Lembaga Kajian Indonesia [Budi Santoso]", "Kepala Staf Gabungan
                    # Amerika Serikat": a country inside the run ends the organisation the office is of
                    # (no name holds a country); two or more names after it are the person
                    e = self.gaz_at[c][0]
                    if c - j >= 2 and not over:
                        cands.append(Span(j, e, "ORG", source="cue"))
                    if k - e >= 2 and not any(_overlaps(s, Span(e, k, "")) for s in spans):
                        cands.append(Span(e, k, "PERSON", title=(i, e), source="title"))
                    continue
                if any(_ADMIN_NOUN.match(self.low[x]) or self.low[x] in FIELD_NOUNS for x in range(j, k)):
                    # "Kepala Subdivisi Pelayanan Publik", "Direktur Jenderal Strategi Ekonomi": a unit or
                    # field of the office, not a name
                    continue
                if k + 1 < self.n and self.w[k] == "," and ((k + 1) in per_start or (
                        k + 2 < self.n and _cap(self.w[k + 1]) and _cap(self.w[k + 2]) and not self.label[k + 1])):
                    continue  # "Kepala Seksi Penagihan, Subur Saroso": the name is after the comma
                if not over:
                    cands.append(Span(j, k, "PERSON", title=(i, j), source="title"))
                elif len(over) == 1 and i < over[0].i and over[0].j <= k and over[0].source == "model" \
                        and over[0].type in ("PLACE", "ORG") and not self.label[j] \
                        and not gazetteer.place_kind(" ".join(self.w[j:over[0].j])):
                    # "Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa" tagged as a place by the model
                    over[0].i, over[0].type, over[0].title = j, "PERSON", (i, j)
        return cands

    def person_cues(self, spans: list[Span]) -> list[Span]:
        """Names the model typed as a place or organisation but the context says are people.

        ``Reporter: Nadia Safitri``; ``Nadia Safitri mengatakan``/``, kata Nadia Safitri``;
        ``Nadia Safitri adalah jurnalis``. Gazetteer places and cue-word names are never retyped.
        """
        out: list[Span] = []
        for i in range(self.n - 2):
            if self.low[i] in BYLINE_ROLES and self.w[i + 1] == ":":
                k = self.name_run(i + 2)
                if k - (i + 2) >= 2:
                    out.append(Span(i + 2, k, "PERSON", source="title"))
        for k in range(1, self.n - 2):
            # "melewati Hasonggol, stasiun kecil di ...": an appositive place noun types the name
            if _cap(self.w[k]) and self.w[k][:1].isalpha() and not self.label[k] and self.w[k + 1] == "," \
                    and self.low[k + 2] in _PLACE_NOUNS and not _cap(self.w[k - 1]) \
                    and not any(o.i <= k < o.j for o in spans):
                out.append(Span(k, k + 1, "LOC", source="cue"))
        for s in spans:
            if s.type not in ("PLACE", "ORG") or s.source != "model" or s.j - s.i < 2 or s.j - s.i > 4:
                continue
            if any(self.label[k] for k in range(s.i, s.j)) or gazetteer.place_kind(" ".join(self.w[s.i:s.j])) \
                    or self.w[s.j - 1] in _ORG_SUFFIX:
                continue
            nxt = self.low[s.j] if s.j < self.n else ""
            nxt2 = self.low[s.j + 1] if s.j + 1 < self.n else ""
            prv = self.low[s.i - 1] if s.i > 0 else ""
            if nxt in _SPEECH_AFTER or (prv in _SPEECH_AFTER and self.w[s.i - 2:s.i - 1] == [","]) \
                    or (nxt == "," and prv == "," and nxt2 in _SPEECH_AFTER) \
                    or (nxt in COPULAS and (nxt2 in _TRIGGER_HEADS or nxt2 in APPOSITIVE_HEADS)):
                out.append(Span(s.i, s.j, "PERSON", source="title"))
        # the same cues after two to four capitalised words the model left untagged (it is least
        # sure of invented or rare names: "Yudha Pranata adalah wartawan", "Sekar Ayu mengatakan")
        if not any(x in _SPEECH_AFTER or x in COPULAS for x in self.low):
            return out
        taken = [False] * self.n
        for s in spans:
            for k in range(s.i, s.j):
                taken[k] = True
        i = 0
        while i < self.n - 1:
            # the run must open after a lower-case word or sentence punctuation ("S&P Global" is no name)
            if taken[i] or not _cap(self.w[i]) or (i > 0 and not self.w[i - 1][:1].islower()
                                                   and self.w[i - 1] not in _NAME_OPENERS):
                i += 1
                continue
            k = self.name_run(i, limit=4)
            if k - i >= 2 and k < self.n and not any(taken[i:k]) and not any(self.label[x] for x in range(i, k)) \
                    and self.w[k - 1] not in _ORG_SUFFIX:
                nxt = self.low[k]
                nxt2 = self.low[k + 1] if k + 1 < self.n else ""
                # at the sentence start a capital says nothing ("Kemarin Nanda mengatakan"): there the
                # model must give every word some person probability
                if (nxt in _SPEECH_AFTER or (nxt in COPULAS and (
                        nxt2 in _TRIGGER_HEADS or nxt2 in APPOSITIVE_HEADS))) \
                        and (i > 0 or self.person_prob(i, k) >= 0.1):
                    out.append(Span(i, k, "PERSON", source="title"))
            i = max(k, i + 1)
        return out

    def dateline(self) -> list[Span]:
        """Outlet names in datelines: ``Jakarta, Kabar Harian -`` and ``Berita Pagi, Washington —``."""
        if self.n < 4 or not _cap(self.w[0]):
            return []
        k = self.name_run(0, limit=4)
        if k == 0 or k >= self.n - 2 or self.w[k] != ",":
            return []
        m = self.name_run(k + 1, limit=4)
        if m == k + 1 or m >= self.n or self.w[m] not in _DASH:
            return []
        first, second = (0, k), (k + 1, m)
        first_place = bool(gazetteer.place_kind(" ".join(self.w[0:k]))) or self.w[0].isupper()
        second_place = bool(gazetteer.place_kind(" ".join(self.w[k + 1:m]))) or self.w[k + 1].isupper()
        if first_place and not second_place:
            return [Span(*second, "ORG", source="cue")]
        if second_place and not first_place:
            return [Span(*first, "ORG", source="cue")]
        return []

    def domains(self) -> list[Span]:
        """Web-domain tokens are outlets (``WARTANUSA.COM``): ORG, whatever the model says."""
        return [Span(k, k + 1, "ORG", source="product") for k in range(self.n)
                if "." in self.w[k] and DOMAIN.match(self.w[k]) and not self.low[k].startswith("www.")]

    def reference_number(self, k: int) -> bool:
        """``w[k]`` is a letter's, decree's or warrant's number (``nomor SR-413``, ``No: Print-575/...``,
        ``PMK-61/PMK.03/2023``), not a product's designation."""
        b = k - 1 if k > 0 and self.w[k - 1] != ":" else k - 2
        return (b >= 0 and self.low[b] in DOCUMENT_NUMBER_WORDS) or (k + 1 < self.n and self.w[k + 1] == "/")

    def products(self) -> list[Span]:
        out: list[Span] = []
        k = 0
        while k < self.n:
            w = self.w[k]
            lab = self.label[k]
            is_prod = (_PRODUCT_RE.match(w) and w not in _NOT_PRODUCT and not _NOT_PRODUCT_RE.match(w)
                       and not self.reference_number(k)) or (lab == "PROD" and (self.caseless or _cap(w)))
            if is_prod:
                j = k + 1
                while j < self.n and (self.label[j] == "PROD" or _PRODUCT_RE.match(self.w[j])) \
                        and self.w[j] not in _NOT_PRODUCT and not _NOT_PRODUCT_RE.match(self.w[j]):
                    j += 1
                out.append(Span(k, j, "PRODUCT", source="product"))
                k = j
            else:
                k += 1
        return out

    def resolve(self, model: list[Span], cands: list[Span], prods: list[Span]) -> list[Span]:
        """Longest span wins; equal spans take the gazetteer type; products override all."""
        prio = {"product": 4, "title": 3, "cue": 2, "gaz": 1, "model": 0, "rule": 0}
        pool = sorted(model + cands, key=lambda s: (-(s.j - s.i), -prio[s.source], s.i))
        chosen: list[Span] = [*prods]
        for s in pool:
            if any(_overlaps(s, c) for c in chosen):
                same = [c for c in chosen if c.i == s.i and c.j == s.j]
                for c in same:
                    if s.source == "gaz" and c.source == "model" and c.type in ("PLACE", "ORG", "PERSON"):
                        c.type = s.type
                    if c.title is None and s.title is not None:
                        c.title = s.title
                continue
            chosen.append(s)
        chosen.sort(key=lambda s: s.i)
        return chosen

    def place_types(self, spans: list[Span]) -> None:
        for s in spans:
            if self.w[s.j - 1] in _ORG_SUFFIX and s.type in ("PLACE", "PERSON"):
                s.type = "ORG"  # Ewha Womans University, Institute for ...
            if s.type != "PLACE":
                continue
            text = " ".join(self.w[s.i:s.j])
            lab = self.gaz_at.get(s.i)
            if (lab and lab[0] == s.j and lab[1] in GPE_OR_SHORT) or gazetteer.place_kind(text) or (self.caseless and gazetteer.place_kind(text.title())):
                s.type = "GPE"
            else:
                s.type = "LOC"

    def titles(self, spans: list[Span], others: list[Span] | None = None) -> None:
        """Set the title of each person span in ``spans``; ``others`` (default ``spans``) is the
        sentence's span list the walk back stops at (a neighbouring person ends a title: ``Bupati
        X [Fulan] dan Wakil Bupati X [Fulan]``)."""
        if self.caseless:
            return
        ctx = spans if others is None else others
        for s in spans:
            if s.type != "PERSON":
                continue
            # a title phrase ending right before the name: the leftmost head of the stretch of
            # title words, capitalised words and brackets before it ("mantan Presiden AS")
            for i in range(s.i - 1, max(-1, s.i - 15), -1):
                if self.low[i] in _HEADS:
                    if s.title is None or i < s.title[0]:
                        s.title = (i, s.i)
                elif not (self.low[i] in _TWORDS or (_cap(self.w[i]) and not self.nonname(i))
                          or self.w[i] in "()") or any(o.j == i + 1 and o.type == "PERSON" for o in ctx):
                    break
            if s.title is not None and s.source == "model":
                # capitalised words between the title and the name the model found belong to the
                # name ("Menteri Keuangan Purbaya [Yudhi Sadewa]")
                te = self.title_end(s.title[0], ctx)
                if te < s.i and s.i - te <= 2 and all(
                        _cap(self.w[k]) and self.w[k][:1].isalpha() and not self.label[k]
                        and not (len(self.w[k]) >= 3 and self.w[k].isupper())  # "Dirut PHE [Chalid ...]"
                        and not _ROMAN.match(self.w[k])  # "Ketua Tim Balai X Wilayah IV [Fulan]"
                        and self.low[k] not in _TWORDS and not (self.title_head(k) and self.low[k] not in _NAMEISH_HEADS)
                        and not any(o.i <= k < o.j for o in ctx)
                        for k in range(te, s.i)):
                    s.i = te
                    s.title = (s.title[0], te)
            if s.title is None and s.i >= 2 and self.w[s.i - 1] == "," and (s.j >= self.n or self.w[s.j] in ",."):
                # fronted role: "Pengamat hubungan internasional Universitas X, Rizal Mahendra, menilai"
                for i in range(s.i - 2, max(-1, s.i - 10), -1):
                    if self.title_head(i) and self.low[i] in _TRIGGER_HEADS \
                            and (i == 0 or not _cap(self.w[i - 1]) or self.w[i - 1] in ",;:"):
                        s.title = (i, s.i - 1)
                        break
                    if not (self.low[i] in _TWORDS or _cap(self.w[i]) or self.w[i][:1].islower()) \
                            or any(o.j == i + 1 and o.type == "PERSON" for o in ctx):
                        break
            a = s.j
            if s.title is None and a + 1 < self.n and self.low[a] in COPULAS \
                    and (self.low[a + 1] in APPOSITIVE_HEADS or self.low[a + 1] in _TRIGGER_HEADS):
                # "Nadia Safitri adalah jurnalis desk internasional Kabar Harian yang ..."
                e = a + 1
                while e < min(self.n, a + 12) and self.w[e] not in {",", ".", ";", ":", "(", "\"", "”"} \
                        and self.low[e] not in APPOSITION_DESCRIPTION_ENDS:
                    e += 1
                s.title = (a + 1, e)
            if s.title is not None:
                continue
            # appositive: "Nam Sung-wook, mantan direktur lembaga itu, mengatakan"
            a = s.j
            if a + 1 < self.n and self.w[a] == "," and self.low[a + 1] in APPOSITIVE_HEADS:
                for e in range(a + 2, min(self.n, a + 14)):
                    if self.w[e] in {",", ".", ";", ":", "\"", "”", ")"} or self.low[e] in APPOSITIVE_STOPS:
                        if e > a + 1:
                            s.title = (a + 1, e)
                        break
                else:
                    if self.n <= a + 14 and self.n > a + 1:
                        s.title = (a + 1, self.n)
