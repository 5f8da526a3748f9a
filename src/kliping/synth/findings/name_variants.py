"""Name variants: the link stage's likely misspellings of one name, shown by the storyline's own sentences
(one sentence per spelling).

Separate from the figure findings: it reads names, not values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kliping.model import Entity, Finding, FindingItem, NameVariant
from kliping.synth.corpus import find_whole


def _spelling(text: str, variants: Sequence[str]) -> str | None:
    """The variant spelling a sentence writes (the longest one it contains as whole words), or None.
    Commas do not spell: ``Badan Meteorologi Klimatologi dan Geofisika`` writes the kept spelling of
    ``Badan Meteorologi, Klimatologi, dan Geofisika``, not an unknown one."""
    bare = " ".join(text.replace(",", " ").split())
    found = [v for v in variants if find_whole(v, text) >= 0 or find_whole(" ".join(v.replace(",", " ").split()), bare) >= 0]
    return max(found, key=len) if found else None


def name_variant_findings(
    variants: Sequence[NameVariant], entities: Sequence[Entity], article_ids: set[str],
    names: Mapping[str, str] | None = None,
) -> list[Finding]:
    """The link stage's name variants whose evidence lies in this storyline, shown by the storyline's own sentences
    only, one sentence per spelling (``_spelling``): three sentences writing ``Kementerian Keuangan`` alike show one
    spelling, and a misspelling in an article of another storyline is that storyline's finding. When the own
    sentences all write the first (kept) spelling, the storyline has no variant to show and gets no finding.
    A sentence showing none of the spellings (the name by a short form) is kept as it is.
    ``names`` (entity id -> name, as ``entities`` gives them) is the caller's, built once per run: a
    run's every storyline building it grew with the square of the run."""
    if names is None:
        names = {e.id: e.name for e in entities}
    out = []
    for nv in variants:
        own = [it for it in nv.items if it.article in article_ids]
        if not own:
            continue
        items: list[FindingItem] = []
        shown: set[str] = set()
        unknown = False
        for it in own:
            spelt = _spelling(it.text, nv.variants)
            if spelt is None:
                unknown = True
                items.append(it)
            elif spelt not in shown:
                shown.add(spelt)
                items.append(it)
        if not unknown and shown <= {nv.variants[0]}:
            continue  # the storyline writes the name right only: no variant of its own to show
        about = names.get(nv.entity) or " / ".join(nv.variants)
        out.append(Finding(kind="name_variant", about=about, items=items))
    return out
