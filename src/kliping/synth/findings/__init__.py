"""Findings: where sources agree, disagree, update each other, or spell a name differently.

Every item is a real sentence of a non-duplicate article (article id, sentence index, verbatim
text); nothing is computed into a finding that no article states.

* ``agreement``: the same figure (same value, unit and counted noun) from ≥ 2 independent sources,
  or the same dated happening (one timeline entry) cited by ≥ 2 independent sources. Independent
  means different outlets (``kliping.sources``): an outlet repeating its own background paragraph
  confirms nothing.
* ``discrepancy`` and ``update`` follow one rule over the values of one fact (below), each dated
  by its statement date (``as_of``, else the article's publication date):

  - two incompatible values from **different sources** (outlets; the articles when all of the
    storyline's figures come from one outlet) stated on the **same day** (or with the same
    ``as_of``) are a discrepancy;
  - stated within ``SAME_TIME_DAYS`` of each other ("the same days") they are a discrepancy too,
    unless both sentences name their own, different days ("Senin (3/3) ... Rp 15.940", "Selasa
    (4/3) ... Rp 15.985": values for two days, whose times do not overlap), or the fact is a
    **running series**: values on at least ``SERIES_MIN_DATES`` different
    days spanning at least ``SERIES_DAYS`` that only move one way (a death toll, a count of
    evacuees, a tally growing over weeks), where each new value supersedes the last;
  - otherwise a value that changes along the dated values is an update: in date order, each value
    that contradicts the current one, or narrows it to a clearly different figure (``lebih dari
    1.000`` then ``sekitar 7.000``), starts a new stage, unless that pair is a discrepancy. An outlet
    changing its own figure (among other outlets) is an update, never a discrepancy with itself.

  Values are compared as intervals, so ``sekitar 100`` and ``102``, ``lebih dari 90`` and ``95``,
  or ``27 juta`` (rounded) and ``27,04 juta`` do not conflict. The rule, with examples: docs/dossier.md.
* ``name_variant``: the link stage's likely misspellings of one name.

Numbers only compare within one *fact*: occurrences of a noun whose sentences are similar
(``FACT_COSINE``), so "5 orang ditangkap" and "3 orang terluka" are not a discrepancy about
``orang``.

Modules, from the shared pieces to the rules and their collection: :mod:`.intervals` (values as
intervals: ``compatible``, ``changed``), :mod:`.items` (the cited sentences), :mod:`.facts` (which values
are of one fact: ``fact_clusters``, ``comparable``), the rules :mod:`.agreement`, :mod:`.discrepancy`
(same-time conflicts between sources, unit slips), :mod:`.update` (a value changing across reports),
:mod:`.self_contradictions` (one article against itself) and :mod:`.stated_updates` (changes an article
states itself), then :mod:`.collect` (``figure_findings``: the rules run over a storyline's figures) and
:mod:`.name_variants`. This package re-exports the names the rest of the project uses.
"""

from __future__ import annotations

from kliping.synth.findings.agreement import figures_conflict, timeline_agreements
from kliping.synth.findings.collect import figure_findings
from kliping.synth.findings.discrepancy import alike_counted
from kliping.synth.findings.facts import fact_clusters
from kliping.synth.findings.intervals import changed, compatible, interval
from kliping.synth.findings.name_variants import name_variant_findings
from kliping.synth.findings.stated_updates import sentence_changes

__all__ = [
    "alike_counted",
    "changed",
    "compatible",
    "fact_clusters",
    "figure_findings",
    "figures_conflict",
    "interval",
    "name_variant_findings",
    "sentence_changes",
    "timeline_agreements",
]
