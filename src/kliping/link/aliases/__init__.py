"""Entity resolution (``kliping.link.aliases``): one dossier entity per real-world person,
organisation or place. The rules live in :mod:`kliping.link.aliases.resolution` and the modules it
imports; this package re-exports the names the rest of the project uses.
"""

from __future__ import annotations

from kliping.link.aliases.bodies import country_tail, institution_tail, written_out_key
from kliping.link.aliases.first_pass import collect_mentions
from kliping.link.aliases.forms import Mentions
from kliping.link.aliases.keys import HONORIFICS, WEAK_HONORIFICS, normalize_key, type_key
from kliping.link.aliases.nicknames import NICKNAME_HONORIFICS, PUBLIC_NICKNAME_HONORIFICS
from kliping.link.aliases.places import local_area_bare, region_bare
from kliping.link.aliases.resolution import describe, resolve, speaker_resolver

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
