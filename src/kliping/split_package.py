"""A package split from one module keeps that module's one namespace for names set on it.

Tests and parameter sweeps set a module's constant or helper (``monkeypatch.setattr(summary,
"MIN_AGREED", 1)``; ``scripts/events_tune.py`` on ``link.stream``) and the module's own code sees the
new value, since it reads its globals when it runs. Once the module is a package of modules that
import the name from one another, setting it on the package changes the package's copy only. A
package that calls :func:`one_namespace` at the end of its ``__init__`` gets that back: a name set on
the package is also set in every one of its modules that holds the same object under that name
(where it is defined and where it was imported), so the split changes nothing for whoever sets it.

Which of the two ways the project keeps. A test or sweep could instead set the name on the module of
the package that reads it (``monkeypatch.setattr(summary.selection, "other_side", ...)``). The project
sets it on the package, through this hook, and no test patches a module of a split package (the 20
``setattr`` calls of the tests on ``link.stream`` and ``synth.summary``, and ``scripts/events_tune.py``,
all set the package's name). Why: ``synth.summary``'s modules import a helper by name from one another,
so one object is held by several of them (``openings.other_side`` is called in ``openings`` and in
``selection``; ``case_steps.case_status`` is read only in ``sentence_facts``, which imported it), and a
patch on one module must name every module that reads it, not the one that defines it, and misses with
no error one that a later move adds; set on the package it reaches them all, and the package stays the
one name a tuned constant or helper is known by. (``link.stream``'s modules read its constants as
``tuning.X``, where one patch on ``link.stream.tuning`` would also do; the hook keeps the package name
working there too.) ``extract.claims``, split as well, holds no name anybody sets and does not call it.
"""

from __future__ import annotations

import sys
import types

_MISSING = object()


class _OneNamespace(types.ModuleType):
    """A package module whose ``setattr`` of a re-exported name reaches its modules' copies."""

    def __setattr__(self, name: str, value: object) -> None:
        old = self.__dict__.get(name, _MISSING)
        if old is not _MISSING and not isinstance(old, types.ModuleType):
            prefix = self.__name__ + "."
            for key, module in list(sys.modules.items()):
                if key.startswith(prefix) and module is not None and module.__dict__.get(name, _MISSING) is old:
                    setattr(module, name, value)
        super().__setattr__(name, value)


def one_namespace(package: str) -> None:
    """Make a name set on the (imported) package ``package`` reach its modules (see the module doc)."""
    sys.modules[package].__class__ = _OneNamespace
