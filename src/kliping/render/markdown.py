"""The dossier as Markdown: readable as plain text, and as a page on any Markdown viewer.

Article text is untrusted and may contain Markdown or HTML syntax; :func:`md` neutralises what
would change the structure (table pipes, newlines, emphasis, links, raw HTML tags). Citations are
written ``[a3:5](#sumber-a3)``: article ``a3``, sentence index ``5`` (0-based, as in the JSON),
linking to that article in the sources list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote

from kliping import __version__
from kliping.ingest.metadata import find_dateline
from kliping.lang.id import quote_words
from kliping.model import (
    Citation,
    Document,
    Dossier,
    Entity,
    Evidence,
    Figure,
    Storyline,
    SummarySentence,
    TimelineEntry,
)
from kliping.render.common import (
    BY_PUBLISHED_LABEL,
    CLAIM_HELP,
    CLAIM_LABELS,
    ENTITY_TYPE_LABELS,
    FINDING_HELP,
    FINDING_LABELS,
    PLANNED_LABEL,
    PUBLISHED_LABEL,
    ROUNDUP_LABEL,
    FigureRow,
    Index,
    day_range,
    figure_rows,
    format_value,
    heading_name,
    heading_unit,
    safe_id,
    sources_count,
    summary_when,
)
from kliping.render.jsonout import SCHEMA_ID
from kliping.render.matrix import GROUP_LABELS, RECALL_MEANING, FactRow, Matrix, count_meaning, source_matrix
from kliping.sources import outlet_key
from kliping.text.find import find_whole
from kliping.text.patterns import alternation

# Characters kept as-is in a source URL; everything else (spaces, | < > ") is percent-encoded.
_URL_SAFE = ":/?#@!$&'()*+,;=%~-._"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~])")
# Only an ampersand that would start a character reference (``&amp;``, ``&#60;``) is escaped: a plain
# one (``DJP & Wajib Pajak``) is shown as it is, in the rendered page and in the text file alike.
_ENTITY_START = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# ``dia``, ``ia``, ``beliau`` after a cue (``kata dia``): a frame naming its speaker by a pronoun only
_THIRD_PERSON = alternation(quote_words.THIRD_PERSON_PRONOUNS)


# An article's first sentence opening with its outlet's name alone and a dash (``KOMPAS.com - ``).
_OUTLET_OPENER = re.compile(r"^\s*([A-Za-z][\w.]*(?:\s[A-Za-z][\w.]*)?)\s*[-–—]{1,2}\s+")


def shown_text(ix: Index, text: str, citations: Sequence[Citation]) -> str:
    """A summary sentence or timeline entry as the reports show it: without the outlet's dateline
    that opens an article's first sentence (``KABARKITA.COM, PALU --``, ``Warta Kota - Bandung.``),
    which says where the article was filed, not what happened. The prefix is the ingest's
    (:func:`kliping.ingest.metadata.find_dateline`) and is cut only when the text is the first
    sentence (sentence 0) of a cited article whose recorded ``dateline`` is that city: a later
    sentence that merely starts like one (a route, ``Bandung - Jakarta kini dapat ditempuh ...``)
    keeps its words. The cut is :func:`kliping.synth.corpus.content_text`'s (the text after the
    prefix); that module is not imported here, it would pull scipy into the renderers (measured
    +1.9 s on ``import kliping.render``). The JSON keeps the verbatim sentence: citations quote the
    article as written. An opening of the outlet's name alone and a dash (``KOMPAS.com - ``, no city: the ingest
    records no dateline) is cut the same way when it names the cited article's own outlet (``sources.outlet_key``)."""
    firsts = [ev.doc for c in citations
              if c.sentence == 0 and (ev := ix.articles.get(c.article)) is not None
              and ev.doc.sentences and ev.doc.sentences[0].text.strip() == text.strip()]
    cities = {d.dateline for d in firsts if d.dateline}
    found = find_dateline(text) if cities else None
    if found is not None and found.city in cities:
        rest = text[found.end :].lstrip()
        return rest if any(ch.isalpha() for ch in rest) else text
    outlet = _OUTLET_OPENER.match(text)
    if outlet and not cities and any(d.source and outlet_key(outlet.group(1)) == outlet_key(d.source) for d in firsts):
        # ``KOMPAS.com - Harga minyak ...``: the outlet alone, no city (the ingest records no dateline)
        rest = text[outlet.end():]
        return rest if any(ch.isalpha() for ch in rest) else text
    return text


def summary_texts(ix: Index, sents: Sequence[SummarySentence]) -> list[str]:
    """The summary's sentences as the reports show them (:func:`shown_text`), a person named only by a
    short form the summary has not yet given in full introduced in brackets after it (``John mengatakan
    ...`` -> ``John [John Lokollo] mengatakan ...``): a summary sentence stands without its article, whose
    earlier sentence named the person in full, and a reader meets ``John`` cold. The person is the cited
    sentence's first one, named by one word without a title, whose entity's name is longer and holds a
    word that the short form begins (``Pras`` of ``Prasetyo Hadi``; a merge of other shapes is not trusted
    to name anyone) and whose article does not write the name in full only after that sentence (see
    :func:`_short_named_person`). Once a shown sentence gives the full name (or a longer spelling of it), later short
    forms stand. The JSON keeps the verbatim sentence."""
    out: list[str] = []
    for st in sents:
        text = shown_text(ix, st.text, st.citations)
        full = _short_named_person(ix, st, text)
        if full is not None and not any(_names_in_full(full, t) for t in out):
            short, entity = full
            at = re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text)
            if at is not None:
                text = f"{text[:at.end()]} [{entity.name}]{text[at.end():]}"
        said_by = _pronoun_speaker(ix, st, text)
        if said_by is not None:
            end, entity = said_by
            text = f"{text[:end]} [{entity.name}]{text[end:]}"
        out.append(text)
    return out


def _first_cited(ix: Index, st: SummarySentence) -> tuple[Citation, Evidence] | None:
    """The summary sentence's first citation and its article's evidence: the sentence the reports show."""
    if not st.citations:
        return None
    ev = ix.articles.get(st.citations[0].article)
    return None if ev is None else (st.citations[0], ev)


def _pronoun_speaker(ix: Index, st: SummarySentence, text: str) -> tuple[int, Entity] | None:
    """``(offset, person)`` when the shown sentence's statement is framed by a pronoun only (``"...," tegasnya.``,
    ``"...," sebut dia.``, ``Menurutnya, ...``) and its quote's speaker is a person the sentence does not name:
    ``offset`` is the end of that frame, where :func:`summary_texts` writes the name in brackets (``sebut dia [Asep
    Guntur Rahayu]``). In its article the person was named a sentence or a paragraph before; a summary shows the
    sentence alone, and a quote of nobody the reader knows says little (round 41 reading: 72 detik-dev summary
    sentences). The speaker is the one the quotes extraction resolved for a quote of the cited sentence whose cue
    the frame is (``tegas`` + ``-nya``); a speaker of no entity, or not a person, adds nothing."""
    cited = _first_cited(ix, st)
    if cited is None:
        return None
    c, ev = cited
    for q in ev.quotes:
        if not q.cue or not q.speaker or not q.sentence <= c.sentence <= q.last_sentence:
            continue
        entity = ix.entities.get(q.speaker)
        if entity is None or entity.type != "PERSON":
            continue
        at = re.search(rf"(?<![\w-]){re.escape(q.cue)}(?:nya|\s+(?:{_THIRD_PERSON}))(?![\w-])", text, re.IGNORECASE)
        if at is None:
            continue
        names = {w for n in (entity.name, *entity.aliases) for w in n.split() if len(w) > 2 and w[0].isupper()}
        if any(find_whole(w, text, "-") >= 0 for w in names):
            return None
        return at.end(), entity
    return None


def _short_named_person(ix: Index, st: SummarySentence, text: str) -> tuple[str, Entity] | None:
    """``(short form, entity)`` of the first person the shown sentence names by one word only (see
    :func:`summary_texts`), or None."""
    cited = _first_cited(ix, st)
    if cited is None:
        return None
    c, ev = cited
    first = next((m for m in ev.mentions if m.sentence == c.sentence and m.type == "PERSON"), None)
    if first is None or first.title or not first.entity or not first.text.isalpha():
        return None
    entity = ix.entities.get(first.entity)
    if entity is None or len(entity.name.split()) < 2 or first.text not in text:
        return None
    if not any(w.startswith(first.text) for w in entity.name.split()) or _names_in_full((first.text, entity), text):
        return None
    # not when the article writes the name in full only after this sentence: its short form there is the
    # article's own introduction (a lede's ``Saudara AS``) or a word the tagger took for a name (``monumen era
    # Mughal``); the full name written before, or only in other articles of the person, is the one meant
    full_at = [m.sentence for m in ev.mentions
               if m.entity == first.entity and (m.title or len(m.text.split()) > 1)]
    if full_at and min(full_at) > c.sentence:
        return None
    return first.text, entity


def _names_in_full(found: tuple[str, Entity], text: str) -> bool:
    """``text`` names the person in full: the entity's name or a spelling of it longer than one word."""
    _short, entity = found
    return any(len(n.split()) > 1 and n in text for n in (entity.name, *entity.aliases))


def row_citations(row: FactRow) -> list[Citation]:
    """The sentences a source-matrix row's cells point at (for :func:`shown_text`)."""
    return [Citation(x.article, x.sentence) for refs in row.cells.values() for x in refs]


def md(text: str | None) -> str:
    """Article text made inert in Markdown: one line, specials backslash-escaped, no raw HTML."""
    if not text:
        return ""
    one_line = " ".join(text.split())
    escaped = _MD_SPECIAL.sub(r"\\\1", one_line)
    return _ENTITY_START.sub("&amp;", escaped).replace("<", "&lt;").replace(">", "&gt;")


def _cite(ix: Index, c: Citation) -> str:
    label = md(f"{c.article}:{c.sentence}")
    a = ix.anchors.get(c.article)
    return f"[{label}](#sumber-{a})" if a else f"\\[{label}\\]"


def _article_link(ix: Index, aid: str) -> str:
    a = ix.anchors.get(aid)
    return f"[{md(aid)}](#sumber-{a})" if a else md(aid)


def _cites(ix: Index, cs: list[Citation]) -> str:
    return " ".join(_cite(ix, c) for c in cs)


def _when_said(s: SummarySentence) -> str:
    """The date before a summary sentence (:func:`summary_when`), bold, or nothing when unknown."""
    when = summary_when(s.date, s.date_source)
    return f"**{md(when)}** · " if when else ""


def _summary(ix: Index, sents: list[SummarySentence]) -> list[str]:
    if not sents:
        return ["_Tidak ada ringkasan._", ""]
    # Two trailing spaces: a Markdown line break, one summary sentence per line.
    return [f"{_when_said(s)}{md(text)} {_cites(ix, s.citations)}".rstrip() + "  "
            for s, text in zip(sents, summary_texts(ix, sents), strict=True)] + [""]


def _matrix(ix: Index, m: Matrix) -> list[str]:
    """The source × fact matrix as a table: ``●4`` = reported in sentence 4, ``○4`` = by a near-copy."""
    if not m.rows:
        return ["_Tidak ada fakta yang dapat dibandingkan._", ""]
    what = "artikel (semua dari satu media)" if m.by == "article" else "media"
    out = [f"Baris: fakta; kolom: {what}. `●n` melaporkan di kalimat n (tautan ke artikel), "
           "`○n` salinan dari artikel lain (duplikat, tidak dihitung), `↺n` " + RECALL_MEANING + "; Σ = "
           + count_meaning(m) + "."
           + (f" {m.omitted} kolom lain yang melaporkan lebih sedikit fakta tidak ditampilkan; Σ tetap"
              " menghitungnya." if m.omitted else ""), "",
           "| Fakta | " + " | ".join(md(c) for c in m.columns) + " | Σ |",
           "| --- | " + " | ".join(":-:" for _ in m.columns) + " | :-: |"]
    group = None
    for r in m.rows:
        if r.group != group:
            group = r.group
            out.append(f"| **{GROUP_LABELS[r.group]}** | " + " | ".join("" for _ in m.columns) + " |  |")
        if r.group == "figure":
            fact = f"{md(r.topic)}: {md(r.label)}" + (f" (per {md(r.detail)})" if r.detail else "")
        elif r.group == "finding":
            fact = f"{FINDING_LABELS.get(r.kind or '', md(r.kind))}: {md(r.label)}"
        else:
            text = " ".join(shown_text(ix, r.label, row_citations(r)).split())
            fact = f"{md(r.detail)} {md(text if len(text) <= 90 else text[:89].rstrip() + '…')}"
        cells = []
        for c in m.columns:
            marks = []
            for x in r.cells.get(c, []):
                a = ix.anchors.get(x.article)
                sym = f"{x.symbol}{x.sentence}"
                marks.append(f"[{sym}](#sumber-{a})" if a else sym)
            cells.append(" ".join(marks))
        out.append(f"| {fact} | " + " | ".join(cells) + f" | {r.independent} |")
    return [*out, ""]


def _when(t: TimelineEntry) -> str:
    """A timeline entry's date, with the plan mark (:data:`PLANNED_LABEL`) when it was still ahead and
    :data:`BY_PUBLISHED_LABEL` when the day is counted from its article's publication."""
    out = f"{md(t.value)} _({md(PLANNED_LABEL)})_" if t.planned else md(t.value)
    return f"{out} _({md(BY_PUBLISHED_LABEL)})_" if t.date_source == "published" else out


def _as_of(ix: Index, row: FigureRow) -> str:
    """A row's date cell: its ``as_of``; else its articles' publication days marked ``terbit`` (one day, or the
    first and last of a row several articles state: ``terbit 2013-12-06 – 2013-12-19``), as the HTML table and the
    summary show it, so a series read down the table still shows when each value was reported; ``—`` when no
    article has a date either."""
    if row.first.as_of:
        return md(row.first.as_of)
    pub = day_range(ix.published(v.article) for v in row.values)
    return f"— _({PUBLISHED_LABEL} {md(pub)})_" if pub else "—"


def _storyline(ix: Index, sl: Storyline) -> list[str]:
    out = [f'<a id="alur-{safe_id(sl.id)}"></a>', "", f"## Alur cerita: {md(sl.title)}", ""]
    stories = {s.id: s for s in ix.dossier.stories}
    names = [md(stories[s].title) if s in stories else md(s) for s in sl.stories]
    if names:
        out += [f"Cerita: {'; '.join(names)}", ""]
    out += ["### Ringkasan", "", *_summary(ix, sl.summary)]

    out += ["### Linimasa", ""]
    if sl.timeline:
        out += ["| Waktu | Peristiwa | Sumber |", "| --- | --- | --- |"]
        out += [f"| {_when(t)} | {md(shown_text(ix, t.text, t.citations))} | {_cites(ix, t.citations)} |"
                for t in sl.timeline]
    else:
        out.append("_Tidak ada entri linimasa._")
    out.append("")

    out += ["### Angka", ""]
    if not sl.figures:
        out += ["_Tidak ada angka._", ""]
    for head, unit_of, rows in _figure_tables(sl.figures):
        unit = f" ({md(u)})" if (u := heading_unit(head, unit_of)) else ""  # not ``cm (cm)``, ``IDR (target) (IDR)``
        out += [f"#### {md(heading_name(head))}{unit}", "", "| Nilai | Per tanggal | Sumber | Teks |", "| --- | --- | --- | --- |"]
        for r in rows:
            v = r.first
            val = md(format_value(v.value, v.value_max, v.modifier, unit_of))
            cite = " ".join(_cite(ix, Citation(x.article, x.sentence)) for x in r.values)
            count = sources_count(r)
            cite += f" ({count})" if count else ""
            out.append(f"| {val} | {_as_of(ix, r)} | {cite} | {md(r.text())} |")
        out.append("")

    out += ["### Temuan", ""]
    if not sl.findings:
        out += ["_Tidak ada temuan._", ""]
    for kind in FINDING_LABELS:
        group = [f for f in sl.findings if f.kind == kind]
        if not group:
            continue
        out += [f"#### {FINDING_LABELS[kind]} ({FINDING_HELP[kind]})", ""]
        for f in group:
            out.append(f"- **{md(f.about)}**" + (f" — {md(f.note)}" if f.note else ""))
            for it in f.items:
                c = Citation(it.article, it.sentence)
                out.append(f"  - {md(shown_text(ix, it.text, [c]))} {_cite(ix, c)}")
        out.append("")

    out += ["### Siapa melaporkan apa", ""]
    if len(ix.storyline_articles(sl)) > 1:
        out += _matrix(ix, source_matrix(ix, sl))
    else:
        out += ["_Satu artikel: tidak ada sumber lain untuk dibandingkan._", ""]

    claims = ix.storyline_claims(sl)
    out += ["### Klaim", ""]
    if not claims:
        out += ["_Tidak ada klaim._", ""]
    for status, rows in claims.items():
        out += [f"#### {CLAIM_LABELS.get(status, md(status))} ({CLAIM_HELP.get(status, '')})", "",
                "| Pihak | Penanda | Klaim | Sumber |", "| --- | --- | --- | --- |"]
        for c, who, cites in rows:
            out.append(f"| {md(who)} | {md(c.cue)} | {md(c.text)} | {_cites(ix, cites)} |")
        out.append("")

    groups = ix.storyline_quotes_by_speaker(sl)
    out += ["### Kutipan", ""]
    if groups:
        # The cue is shown as the HTML shows it: an indirect quote of a denial (``menyangkal``,
        # ``membantah``) is the proposition denied, and without its cue reads as if it were asserted.
        out += ["| Pembicara | Kutipan | Penanda | Artikel |", "| --- | --- | --- | --- |"]
        for who, rows in groups:
            for k, (q, where) in enumerate(rows):
                text = f"“{md(q.text)}”" if q.direct else f"{md(q.text)} _(tidak langsung)_"
                cites = " ".join(_cite(ix, Citation(a, s)) for a, s in where)
                # Unnamed speakers are not one person: each row keeps its dash, never a ditto mark.
                if who == ix.UNNAMED:
                    # (described as the article does, when it does: ``— (dokumen tersebut)``; no name)
                    speaker = f"{who} ({md(q.speaker_desc)})" if q.speaker_desc else who
                else:
                    speaker = (f"{md(who)} ({len(rows)})" if len(rows) > 1 else md(who)) if k == 0 else "〃"
                out.append(f"| {speaker} | {text} | {md(q.cue or '')} | {cites} |")
    else:
        out.append("_Tidak ada kutipan._")
    out.append("")

    ents = ix.storyline_entities(sl)
    out += ["### Entitas", ""]
    for e in ents:
        line = f"- **{md(e.name)}** ({ENTITY_TYPE_LABELS.get(e.type, e.type)})"
        if e.description:
            line += f" — {md(e.description)}"
        others = [a for a in e.aliases if a != e.name]
        if others:
            line += f"; juga ditulis: {', '.join(md(a) for a in others)}"
        out.append(line)
    if not ents:
        out.append("_Tidak ada entitas._")
    out.append("")
    return out


def _figure_tables(figures: Sequence[Figure]) -> list[tuple[str, str | None, list[FigureRow]]]:
    """The figures as the Markdown shows them: (heading, unit, rows), in the dossier's order, the lone values of
    one heading in one table (``synth.figures.table.split_bare`` keeps ``Rp 30 triliun`` of one budget item and
    ``Rp 900.000`` of one handout apart, one figure each, as no series; four tables all headed ``IDR`` read as a
    mistake, one table of four rows, each with its sentence, does not). A figure of several values keeps its table,
    a run of its values stating one value the same way one row (:func:`figure_rows`); lone values of two figures
    never fold, being two things."""
    out: list[tuple[str, str | None, list[FigureRow]]] = []
    lone: dict[tuple[str, str | None], int] = {}
    for f in figures:
        rows = figure_rows(f.values)
        if len(f.values) == 1 and (f.about, f.unit) in lone:
            out[lone[(f.about, f.unit)]][2].extend(rows)
            continue
        if len(f.values) == 1:
            lone[(f.about, f.unit)] = len(out)
        out.append((f.about, f.unit, rows))
    return out


def render_markdown(dossier: Dossier) -> str:
    """The whole dossier as one Markdown document (deterministic for a given dossier)."""
    ix = Index(dossier)
    n_dup = sum(1 for ev in dossier.articles if ev.doc.id in dossier.duplicate_of)
    out = [
        "# Dossier kliping",
        "",
        f"{len(dossier.articles)} artikel ({n_dup} duplikat) · {len(dossier.entities)} entitas · "
        f"{len(dossier.stories)} cerita · {len(dossier.storylines)} alur cerita  ",
        f"Dibuat {md(dossier.generated) or 'tanpa tanggal'} dengan kliping {__version__} ({SCHEMA_ID}). "
        "Rujukan `[artikel:kalimat]` menunjuk kalimat ke-n (mulai 0) dari artikel di daftar sumber.",
        "",
    ]
    out += ["Daftar isi:", ""]
    out += [f"{k}. [{md(sl.title)}](#alur-{safe_id(sl.id)})" for k, sl in enumerate(dossier.storylines, 1)]
    out += [f"{len(dossier.storylines) + 1}. [Cerita](#cerita)", f"{len(dossier.storylines) + 2}. [Sumber](#sumber)", ""]
    for sl in dossier.storylines:
        out += _storyline(ix, sl)

    out += ['<a id="cerita"></a>', "", "## Cerita", ""]
    if not dossier.stories:
        out += ["_Tidak ada cerita._", ""]
    for st in dossier.stories:
        span = " – ".join(md(x) for x in (st.start, st.end) if x)
        out += [f"### {md(st.title)}" + (f" ({span})" if span else "")
                + (f" _({md(ROUNDUP_LABEL)})_" if st.roundup else ""), ""]
        arts = ", ".join(_article_link(ix, a) for a in st.articles)
        out += [f"Artikel: {arts}", "", *_summary(ix, st.summary)]

    out += ['<a id="sumber"></a>', "", "## Sumber", "", "| Artikel | Judul | Media | Tanggal | Duplikat dari |", "| --- | --- | --- | --- | --- |"]
    for ev in dossier.articles:
        d = ev.doc
        a = ix.anchors[d.id]
        title = md(d.title) or "—"
        if d.url and re.match(r"^https?://", d.url):
            title = f"[{title}](<{quote(d.url, safe=_URL_SAFE)}>)"
        date = md(d.published) or "—"
        if d.published and d.published_inferred:
            date += " (dari teks)"
        dup = dossier.duplicate_of.get(d.id)
        dup_cell = _article_link(ix, dup) if dup else ""
        out.append(f'| <a id="sumber-{a}"></a>{md(d.id)} | {title} | {_outlet_cell(ix, d)} | {date} | {dup_cell} |')
    out.append("")
    return "\n".join(out)


def _outlet_cell(ix: Index, d: Document) -> str:
    """The outlet's one name in the dossier, and the article's own spelling after it when that differs
    (``Kabar Harian (kabarharian.id)``): the matrix columns use the name, the reader sees both."""
    name = ix.outlet(d)
    if name is None:
        return "—"
    return md(name) if name == d.source else f"{md(name)} ({md(d.source)})"

