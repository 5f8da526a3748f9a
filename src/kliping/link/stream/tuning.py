"""Tuned constants of the streaming linker, in one place so a sweep (``scripts/events_tune.py``) or a
test can set them: the modules of :mod:`kliping.link.stream` read them as ``tuning.NAME`` when they
run, and setting one on the package sets it here.
"""

# Tuned by grid search on devsets/events with the real pipeline features (sweep in docs/linking.md):
# detik-dev (485 articles) event BCubed F1 chooses the event parameters, kompas-oil-dev (50
# articles, two storylines) and detik-dev storyline BCubed F1 the storyline ones.
#
# Article -> event: the mixed cosine with the event centroid, minus EVENT_DECAY per day since the
# event's latest article, must reach this. Joint grid with EVENT_DECAY, TITLE_MIX and INDEX_TITLE on
# both dev sets (docs/linking.md): a plateau of kompas-oil-dev 0.897 / detik-dev 0.960-0.966 for
# thresholds 0.17-0.19 and decays 0.015-0.025; without decay the best bar was 0.20 (0.18: 0.949).
EVENT_THRESHOLD = 0.18
# Similarity lost per day between an article and the latest article of an event: a report the
# next day needs less in common than one four days later. Without it, daily market reports of one
# subject chain into one event over weeks (kompas-oil-dev precision 0.855 -> 0.970 with it).
EVENT_DECAY = 0.02
# Weight of the headline-to-headlines cosine (article title vs the sum of the event's titles) in
# the event similarity: two angles on one happening often share the headline's few words when
# their bodies differ. 0 / 0.1 / 0.15 / 0.2 / 0.3 at the other chosen values: see docs/linking.md.
TITLE_MIX = 0.15
# The article's top-weighted headline terms added to its index keys: without them an event whose
# headlines match the article's may never be proposed as a candidate (it is scored only if shared
# body keys bring it in).
INDEX_TITLE = 4
# An event accepts articles up to this many days after its latest article. Gold events of
# detik-dev have gaps of at most 5 days; windows 3 / 5 / 7 / 10 gave detik-dev event F1
# 0.958 / 0.959 / 0.954 / 0.952 and kompas-oil-dev 0.778 / 0.715 / 0.650 / 0.532.
EVENT_WINDOW_DAYS = 5
# Event -> storyline: cosine of the event's first article with the storyline centroid. Grid at a
# 45-day window, storyline F1 detik-dev / kompas-oil-dev: 0.08: 0.773 / 0.940, 0.10: 0.824 /
# 0.940, 0.12: 0.848 / 0.919, 0.14: 0.863 / 0.856, 0.16: 0.881 / 0.835; 0.12 has the best mean.
STORYLINE_THRESHOLD = 0.12
# A storyline accepts new events up to this many days after its latest article (kompas-oil-dev's
# RFID thread has a 36-day gap). 30 / 45 / 60 days at 0.12: kompas 0.879 / 0.919 / 0.919.
STORYLINE_WINDOW_DAYS = 45
# Where headlines naming other local places or other legal cases keep two groups apart
# (``places_conflict``): "", "events", "stories" or "both". Places alone change no event on either
# dev set; the cases gain detik-dev per topic 0.971 -> 0.977 on events (docs/linking.md, ninth pass).
PLACE_GUARD = "both"
# Reports that say which day they are for (``Features.days``: ``Cuaca Besok``, a lead ``menguat pagi
# ini``) join no event whose reports were for other days: a daily routine (the forecast, the
# morning's exchange rate) repeats its words every day, and the decay alone let the next day's
# report join (detik-dev: two days' forecasts at 0.72, two days' rupiah reports at 0.37). 22 of
# detik-dev's 485 articles name such a day, one of kompas-oil-dev's (its daily oil reports date
# the market's day explicitly, and the labels join them); docs/linking.md, "Fifteenth pass".
DAY_GUARD = True
# An explainer with no dated happening (``Features.evergreen``: ``10 Manfaat Kopi``) opens a new
# event that joins only a storyline holding a dated report: undated explainers on one broad subject
# otherwise chain on its generic words (a health pile: coffee, edible flowers, sweet potato at
# 0.13-0.17), while an explainer beside a happening (how to check a cash-aid payment, next to the
# aid's reports) still joins it. docs/linking.md, "Fifteenth pass".
EVERGREEN_GUARD = True
# A new event joins a storyline only if its first article is also this close (term cosine) to the
# first article of one of the storyline's last STORYLINE_MEMBERS events (0 = off): a storyline's
# summed centroid drifts to its subject's generic words (every BPJS report) and then takes any
# report of the subject. Bar 0.06 / 0.07 / 0.08 / 0.09 (storylines detik one run / per topic /
# kompas): 0.863 / 0.880 / 0.940, 0.872 / 0.880 / 0.940, 0.883 / 0.882 / 0.940, 0.883 / 0.884 /
# 0.920 (off: 0.859 / 0.876 / 0.940). At 0.08, 16 or 64 members give the same, 8 members
# 0.878 / 0.876 / 0.920.
STORYLINE_MEMBER_BAR = 0.08
STORYLINE_MEMBERS = 16
# Hub keys (docs/linking.md, "Hub keys"): in a single-subject run (20 reports on the KPK) the
# agency, its spokesmen and the subject's words are in every report, and with the IDF prior they
# still weigh enough to chain different cases into one storyline. For a storyline join (centroid
# score and member bar), a key the article shares with a candidate storyline counts nothing when
# its recent document frequency *outside* that storyline (at least ``df - storyline articles``)
# is above HUB_SHARE of the other recent articles (+ HUB_PRIOR imaginary ones). A subject confined
# to one storyline (a programme every report of the run names) is no hub. Frequencies fade over
# HUB_DAYS (``RecentDocFreq``): what the reports of a year ago shared says nothing of today's
# storylines. Grid (storylines detik one run / per topic / kompas; 0.881 / 0.882 / 0.940 off):
# share 0.5: 0.881 / 0.902 / 0.940; 0.45: 0.881 / 0.915 / 0.898; 0.4: 0.881 / 0.919 / 0.818;
# 0.3: 0.881 / 0.928 / 0.642 (kompas' oil-price storyline is held by words its few other recent
# reports share too); prior 0 at 0.5: 0.917 / 0.667 kompas; 30 days the same as 45. Run-wide
# (not fading) frequencies cost kompas 0.940 -> 0.880 at 0.5 (its 2013 reports made 2014's words
# hubs). The article cannot know a hub before the run shows it, so the first reports of a pile can
# still chain (docs/linking.md); PILE_ENTITY_SHARE below cuts the entities every report names.
HUB_SHARE = 0.5
HUB_PRIOR = 1.0
HUB_DAYS = 45
# An entity named by (nearly) every recent article, PILE_ENTITY_SHARE of them *including* the
# candidate storyline's own, counts nothing in a storyline join (docs/linking.md, "The pile's own
# entity"). In a pile gathered around one agency (a user's run on the finance ministry) its name,
# its minister and the desk's city are in every report from the first two on, so HUB_SHARE, which
# needs reports *outside* a storyline, cannot see them before the first storyline has snowballed.
# Only entities: the subject's words (``harga minyak`` in every oil report) still carry a storyline
# of one subject, and an entity in every report of a mixed stream is rare. Storylines detik one run
# / per topic / kompas (with STORYLINE_EVENT_ARTICLES 2): off 0.884 / 0.903 / 0.960; 0.99 and 0.95
# 0.884 / 0.911 / 0.960; 0.9 0.884 / 0.911 / 0.940. Terms and entities alike at 0.99 (first
# storyline event only): per topic 0.908, kompas 0.768. Events are untouched.
PILE_ENTITY_SHARE = 0.99
# A storyline's centroid and index keys take the first STORYLINE_EVENT_ARTICLES articles of each
# event (0: every article); a later report of an event only keeps the storyline alive (its date, its
# article count). Summing every article let one big event (60 reports of a trial) drown the
# storyline's other events in its own vocabulary, and made the storyline layer the linker's largest
# state; the first article alone is too thin a sample of an event (kompas's oil storyline: a daily
# price report's first article lacks the words its follow-ups share with the government's angle).
# Storylines detik one run / per topic / kompas (without PILE_ENTITY_SHARE): every article 0.883 /
# 0.902 / 0.940; 1 article 0.879 / 0.905 / 0.820; 2 articles 0.884 / 0.903 / 0.960; 3 0.884 /
# 0.903 / 0.940; 5 0.883 / 0.902 / 0.940. One article gave kompas 0.960 only while every kompas
# article had the outlet ``KOMPAS.com`` as an entity (docs/linking.md, "Storyline centroids").
STORYLINE_EVENT_ARTICLES = 2
# Weight of the entity-key cosine when both sides have entity keys (rest: term cosine). Grid
# 0.15-0.3 at the best threshold: 0.947 / 0.954 / 0.950 / 0.948.
ENTITY_WEIGHT = 0.2
# Imaginary earlier articles in the document-frequency prior (see module docstring). 0 / 30 / 100 /
# 300: detik-dev event F1 0.956 / 0.959 / 0.959 / 0.955, kompas-oil-dev storyline F1 0.524 / 0.835
# / 0.919 / 0.940; at 0 the ten-article sample falls apart into 9 events.
PRIOR_DOCS = 100
# Terms kept per article vector (highest weights; 200 lost 0.013 event F1 on detik-dev, real
# articles have up to ~1,000 distinct unigrams+bigrams), and terms/entities used as index keys.
MAX_TERMS = 1000
INDEX_TERMS = 12
INDEX_ENTITIES = 8
# A key shared by more active groups than this is a stop key for retrieval (``Jakarta``, a daily
# column's boilerplate): it would make every group a candidate and add nothing to the ranking.
MAX_POSTING = 64
# Only the groups sharing the most index keys with the article are scored exactly (ties: oldest).
MAX_CANDIDATES = 8
# With sentence-encoder vectors (``Features.embedding``, optional per article: ``link(embed=True)``),
# the encoder cosine with the event centroid is rescaled from [EMBED_FLOOR, 1] to [0, 1] and mixed
# in: ``(1 - EMBED_WEIGHT) * sim + EMBED_WEIGHT * enc``, and the EMBED_NEIGHBOURS active events
# nearest by encoder cosine are scored besides the index candidates. Storylines stay term/entity
# only. Joint grid on both dev sets (docs/linking.md): no setting improves both; this one trades
# detik-dev event F1 0.963 -> 0.959 for kompas-oil-dev 0.793 -> 0.828, so it is not the default.
# Measured again with the decay and headline cosine (current kompas labels): it
# no longer helps on either set (detik 0.964 -> 0.960, kompas 0.897 -> 0.886); a 9-point re-grid
# found at best a trade (weight 0.3, floor 0.5: detik 0.959, kompas 0.910). Kept for runs with
# many reports of one subject, not recommended.
EMBED_FLOOR = 0.6
EMBED_WEIGHT = 0.2
EMBED_NEIGHBOURS = 3
# An article at or above EVENT_THRESHOLD to two or more active events joins the best and folds the
# others into it: they were fragments of one event opened before the bridging report arrived.
# No new threshold. Off / on (before the decay): detik-dev event F1 0.956 / 0.963, kompas-oil-dev
# 0.775 / 0.793.
MERGE_EVENTS = True
# A lone report pulled in by its event's later reports (docs/linking.md, "Sixth pass"): an angle on
# a happening (an audit, a reaction) often shares too little with any one report to reach the bar,
# but a little with each of them. When PULL_COUNT articles that joined one event have each scored
# at least PULL_SIMILARITY (decay included) with a singleton event the index proposed, and they are
# at least PULL_SHARE of the event's articles since the first of them, the singleton is folded into
# that event. One similarity this low is common between different events of a busy day; several
# reports of one event each finding it is not. The share keeps a big event (dozens of reports) from
# collecting every lone piece that four of its reports happen to touch. Grid (detik one run / per
# topic / kompas event F1; 0.969 / 0.970 / 0.897 without): count 3 at 0.06-0.10 costs per-topic
# precision (0.963-0.968); count 4 at 0.07-0.09 and count 5 at 0.06-0.07 give 0.969 / 0.970 /
# 0.917; count 4 at 0.10, or count 6, change nothing; share 0 / 0.5 the same, 0.67 loses the
# kompas fold. detik set the edge (no fold on either detik view), kompas the rest: the gain is
# one article (the RFID audit piece), on the set that chose the values.
PULL_SIMILARITY = 0.08
PULL_COUNT = 4
PULL_SHARE = 0.5
# Fact channel (docs/linking.md, "Facts"): keys of what an article states (``link.events.
# article_facts``) weighted by their IDF over the articles of the last EVENT_WINDOW_DAYS days,
# relative to a key no other recent article states (a figure every daily report repeats weighs
# little), one sub-vector per kind (a quote's dozens of runs count as one kind) scaled by sqrt(its
# FACT_* weight); the overlap with the event's fact centroid times FACT_WEIGHT is *added* to the
# event similarity. Kinds: t = a 6-word run of a direct quote (the same remark), q = a figure with
# its unit (``60 USD``), n = a counted figure (``26 pegawai``), d = a named day other than the
# publication day and the day before, p = those two, s = a quoted speaker, e = an entity key.
# Joint grid on both dev sets: only the quote runs never cost precision on either set (FACT_WEIGHT
# 0.1-2.0 all give detik-dev 0.966, kompas-oil-dev unchanged 0.897); figures, counts, dates,
# speakers, publication days and entities each merged different kompas (or detik) events at the
# weights where they joined anything, so they stay at 0.
FACT_WEIGHT = 0.2
FACT_QUOTE = 1.0
FACT_FIGURE = 0.0
FACT_COUNT = 0.0
FACT_DATE = 0.0
FACT_TODAY = 0.0
FACT_SPEAKER = 0.0
FACT_ENTITY = 0.0
# Imaginary recent articles stating none of the keys (as PRIOR_DOCS): 20 / 100 gave the same events.
FACT_PRIOR = 20
# The article's heaviest fact keys as index keys: 0 / 4 gave the same events (retrieval by terms,
# entities and headline already proposes the events a shared quote should join).
INDEX_FACTS = 0

# Learned join rule (``JoinModel``; docs/linking.md, "A learned join decision"): the features of
# one (article, candidate event) pair, in this order. ``sim``: the mixed similarity above (decay
# included); ``term``/``entity``/``headline``/``fact``: its raw cosines; ``has_entity``: both sides
# have entity keys; ``gap``/``age``: days since the event's latest / first article; ``log_size``:
# ln(1 + articles); ``story``: cosine with the event's storyline; ``votes``: share of the article's
# index keys the event holds; ``top``: 1 for the candidate with the highest ``sim``; ``margin``:
# ``sim`` minus the best other candidate's; ``log_cands``: ln(1 + candidates scored).
JOIN_FEATURES = ("sim", "term", "entity", "has_entity", "headline", "fact", "gap", "age", "log_size",
                 "story", "votes", "top", "margin", "log_cands", "member")
# ``member``: the highest term cosine with one of the event's last JOIN_MEMBERS articles (an angle
# close to one report may be far from the event's centroid); kept only with a model or a log.
JOIN_MEMBERS = 4
