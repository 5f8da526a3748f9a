"""Entity resolution (``kliping.link.aliases``): one dossier entity per real-world person,
organisation or place. The rules live in :mod:`kliping.link.aliases.resolution`; this package
re-exports the names the rest of the project uses."""

from __future__ import annotations

from kliping.link.aliases.resolution import (
    HONORIFICS,
    NICKNAME_HONORIFICS,
    PUBLIC_NICKNAME_HONORIFICS,
    WEAK_HONORIFICS,
    Mentions,
    collect_mentions,
    country_tail,
    describe,
    institution_tail,
    local_area_bare,
    normalize_key,
    region_bare,
    resolve,
    speaker_resolver,
    type_key,
    written_out_key,
)

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
