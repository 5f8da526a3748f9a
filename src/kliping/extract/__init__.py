"""Extract stage: per-article evidence (time expressions, mentions, quotes, claims, quantities).

The order matters and is fixed here: times first (quantities must not report dates, and take their
``as_of`` from them), then mentions (quotes and claims snap speakers to them), then quotes (a number
inside a quote gets the quote's speaker), then quantities.
"""

from __future__ import annotations

from kliping.model import Document, Evidence


def extract(doc: Document) -> Evidence:
    """All evidence of one cleaned article. Pure: the document is not modified."""
    from kliping.extract.claims import extract_claims
    from kliping.extract.entities import extract_mentions
    from kliping.extract.quantities import extract_quantities
    from kliping.extract.quotes import extract_quotes
    from kliping.extract.times import extract_times

    times = extract_times(doc)
    mentions = extract_mentions(doc)
    quotes = extract_quotes(doc, mentions)
    claims = extract_claims(doc, mentions)
    quantities = extract_quantities(doc, times=times, quotes=quotes, mentions=mentions)
    return Evidence(doc=doc, mentions=mentions, quantities=quantities, times=times, quotes=quotes, claims=claims)


__all__ = ["extract"]
