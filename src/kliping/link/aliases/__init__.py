"""Entity resolution: one dossier entity per real-world person, organisation or place.

Three steps, each conservative because merging two different people is worse than leaving two
spellings of one person apart:

1. Within an article a short form (``Kim``, ``Tuan Kim``, ``Mr. Kim``) resolves to the full name of
   the same type in that article whose first or last name part it is, but only when exactly one full
   name qualifies *when the short form is first used*: ``Tuan Kim`` after ``Kim Jong Un`` and before
   ``Laksamana Kim Myong Sik`` is introduced means Kim Jong Un, as it does for the reader. ``Lee``
   after both ``Rachel Minyoung Lee`` and ``Danny Lee`` stays unresolved. An unknown all-capital
   form resolves to the one name of the article whose initials it is (``Hendi Prio Santoso (HPS)``).
2. Across articles, names merge by a normalised key (casefold, honorifics, middle initials, hyphens
   and spaces removed; abbreviations expanded with ``kliping.extract.entities.canonical_form``;
   :func:`type_key` adds the rules that need the type: a place's key is never a person's,
   ``Kejaksaan Agung RI`` = ``Kejaksaan Agung`` for Indonesia-only bodies, ``PT Jakarta`` is a
   court; ``Kota Medan`` joins ``Medan`` where an article, an event or the province ties them; a
   body's bare name joins the one country-named form of it its article or event gives,
   ``Dewan Keamanan Nasional`` = ``Dewan Keamanan Nasional AS``: :func:`_join_country_tails`). A lone short form with no full name
   in its article joins the one full name in the run it can belong to (or the one the same short
   form resolved to elsewhere), and a two-word name the one longer name it is part of, only in
   articles that share an event with one naming the full name (:func:`_join_lone_short_forms`):
   many Indonesians go by one name. Across stories it joins only where 3+ articles use it for that
   person, in 3+ events, the lone story names a person or organisation of theirs, and nothing marks
   it as someone else's (an age, a pseudonym, an everyday role in apposition, a role of its own). Short
   names introduced in brackets (``Joko Widodo (Jokowi)``) and nicknames given after a full name
   (``Saifullah Yusuf (Gus Ipul)``, ``... atau Gus Ipul``) join their name once events are known;
   a one-word name in brackets only when it is made of the name's letters (``Joko Widodo
   (Jokowi)``, not ``Budi Santoso (Rina)``). Two weak joins between the same two articles of
   different stories, a few days apart, vouch for each other (``Hanif`` alone here and ``Hanif
   Faisol Nurofiq`` there, with ``Edi`` / ``Eddy Soeparno`` in the same two articles):
   :func:`_join_vouching_pairs`. Among several full names with the word, a lone short form's is the
   one it starts (``Prabowo`` of ``Prabowo Subianto``, not ``Listyo Sigit Prabowo``), and a one-word
   alias the run already gives one full name joins it elsewhere on a shared event or, known in 3+
   events, a shared name (:func:`_join_known_aliases`).
3. Likely misspellings of one person (``Shin Wok-sik`` / ``Shin Won-sik``) merge only when the
   names are nearly identical, share their family name and differ in one part by at most two edits,
   *and* share a title or appear in the same event; one name in two spellings (``Eddy`` / ``Edi``)
   within one event, or across stories an old/new spelling (``Soeparno`` / ``Suparno``) with one
   title; organisation names with a typo in one long word (not two places) within one event. Each
   such merge is reported as a ``NameVariant``.

Joins on an article's own evidence, once events are known: a local area with and without its head
word (``Kecamatan X`` / ``X``, :func:`local_area_bare`) and the bare name a city and a regency share
in an article (or, naming neither, a story) naming only one of them (:func:`_bare_region_of_its_story`)
move those articles' bare uses only; a body's or
law's name written another way (``... Republik Indonesia`` = ``... RI``, ``KUHP Jo`` = ``KUHP``:
:func:`written_out_key`); an institution named by the name after its head where every use is in an
article writing the full name (:func:`_join_institution_tails`); a hyphenated ticket of two known
figures' one names (``Prabowo-Gibran``, :func:`_tickets`) in every story.

A place named with the words of its kind joins its bare name in every story (``Kota Makkah``,
``Kerajaan Arab Saudi``, ``Provinsi Nusa Tenggara Barat``: :func:`_join_kind_word_bares`); a body's
name cut before its ``dan`` is the full name its story writes (``Kementerian Haji``:
:func:`_join_names_cut_before_and`), and a parliament's unit written bare the one its article writes
with its parliament (``Komisi III`` / ``Komisi III DPR``: :func:`_join_parliament_units`).

A regional body's short name written alone (``Polda``, ``Pemprov``) is the one body of its area the
article names (``Polda Sumut``), in the first pass (:func:`_bare_regional_bodies`).

Capitals a case cue marks as a person's initials (``Saudara AS``, ``tersangka berinisial BP``) are a
person, never a country or an acronym, and stand for a name of their article only with evidence
(:func:`_mark_person_initials`); a name the tagger cut short takes its whole name once events are
known (:func:`_complete_cut_name`).

The event linker names an article by the keys of step 1 (:meth:`Mentions.article_names`); the
joins of short forms wait until events are known.
Measured by ``kliping eval aliases`` (``docs/ner.md``, "Alias resolution").

Modules, in the order the rules use them: :mod:`.keys` (merge keys), :mod:`.forms` (the resolver's
records), :mod:`.roles` (titles compared), :mod:`.spans` (the tagger's spans mended),
:mod:`.short_forms`, :mod:`.initials`, :mod:`.nicknames`, :mod:`.bodies`, :mod:`.places` (names
written two ways, by kind), :mod:`.first_pass` (:func:`collect_mentions`), :mod:`.lone_names`,
:mod:`.vouching`, :mod:`.spelling` (joins and merges once events are known), :mod:`.resolution`
(:func:`resolve`, the entities) and :mod:`.speakers` (:func:`speaker_resolver`). This package
re-exports the names the rest of the project uses.
"""

from __future__ import annotations

from kliping.link.aliases.bodies import country_tail, institution_tail, written_out_key
from kliping.link.aliases.first_pass import collect_mentions
from kliping.link.aliases.forms import Mentions
from kliping.link.aliases.keys import HONORIFICS, WEAK_HONORIFICS, normalize_key, type_key
from kliping.link.aliases.nicknames import NICKNAME_HONORIFICS, PUBLIC_NICKNAME_HONORIFICS
from kliping.link.aliases.places import local_area_bare, region_bare
from kliping.link.aliases.resolution import describe, resolve
from kliping.link.aliases.speakers import speaker_resolver

__all__ = [
    "HONORIFICS",
    "NICKNAME_HONORIFICS",
    "PUBLIC_NICKNAME_HONORIFICS",
    "WEAK_HONORIFICS",
    "Mentions",
    "collect_mentions",
    "country_tail",
    "describe",
    "institution_tail",
    "local_area_bare",
    "normalize_key",
    "region_bare",
    "resolve",
    "speaker_resolver",
    "type_key",
    "written_out_key",
]
