"""Claim-status cues: who alleges, denies, confirms or speculates what.

A dossier has to keep "X says Y happened" apart from "Y happened", so every cue from
``kliping.lang.id.cues.CLAIM_CUES`` (``menuduh``, ``membantah``, ``membenarkan``, ``diperkirakan``
...) becomes a :class:`~kliping.model.Claim` with

* ``text``: the claim itself, the clause after the cue (``membantah bahwa`` drops ``bahwa``); for
  passive allegation/speculation cues the subject is put back (``Korea Utara diduga mengirim
  pasukan`` -> ``Korea Utara mengirim pasukan``) because the clause after the cue has no subject;
  when the clause is only ``hal itu`` the whole sentence is kept;
* ``actor_name``: for active cues the subject before the cue (``Rusia dan Korea Utara membantah``;
  ``baik X maupun Y`` becomes ``X dan Y``); for passive cues the agent after it (``dibantah oleh X``);
  ``kami``/``ia`` inside a quote get the quote's speaker; otherwise ``None``, never a guess.

Negated or procedural uses (``tidak membantah``, ``saat dikonfirmasi``) are skipped.

Modules: :mod:`.cue_reading` (:func:`extract_claims`, the cue loop), :mod:`.status` (whether a cue
occurrence is a claim, its status), :mod:`.claim_text` (what is claimed), :mod:`.untrue` (``tidak
benar``), :mod:`.subjects` (the cue's subject or agent in its sentence), :mod:`.actor_names` (from a
speaker to the actor's name) and :mod:`.words` (the small word tests they share).
"""

from __future__ import annotations

from kliping.extract.claims.cue_reading import extract_claims

__all__ = ["extract_claims"]
