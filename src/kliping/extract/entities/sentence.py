"""``_Sentence``: one sentence and its rule pipeline, in the dossier and the corpus profile.

It only puts together the word base and the three rule groups (``model_fixes``, ``rule_spans``,
``dossier_rules``) and says in which order they run.
"""

from __future__ import annotations

from kliping.extract.entities.dossier_rules import _DossierRules
from kliping.extract.entities.model import _model_spans, bio_spans
from kliping.extract.entities.model_fixes import _ModelFixes
from kliping.extract.entities.rule_spans import _RuleSpans
from kliping.extract.entities.span import Span


class _Sentence(_ModelFixes, _RuleSpans, _DossierRules):
    """Words of one sentence with gazetteer matches, and the rule pipeline over them."""

    def run_corpus(self) -> list[Span]:
        """The corpus-convention profile used by ``tag_conll``/``eval_ner``: the model's spans,
        with products, outlet domains, the GPE/LOC split and bracketed abbreviations.

        The document rules below serve the dossier (every mention of a country, titles split off,
        outlets as ORG) and disagree with how NERGrit, NERP and idner-news-2k annotate (idner
        leaves ``warga Israel`` untagged, NERGrit counts ``kota Pati`` as the place): measured on
        the valid splits they cost 0.00-0.04 F1 (docs/ner.md), so CoNLL tagging leaves them out.
        """
        model = bio_spans(self.tags) if self.tags is not None \
            else _model_spans(self.w, self.caseless, self.convention)
        spans = self.resolve(model, [], self.products() + self.domains())
        self.place_types(spans)
        self.glued_abbreviations(spans)
        return spans

    def run(self) -> list[Span]:
        # in a headline only the gazetteer and rules are trusted; document consistency adds names
        # seen in ordinary sentences
        if self.headline():
            model = []
        else:
            model = self.fix_model(bio_spans(self.tags) if self.tags is not None else _model_spans(self.w, self.caseless))
        cands = self.rule_spans(model)
        spans = self.party_unit_holders(self.office_holders(
            self.non_names(self.resolve(model, cands, self.products() + self.domains()))))
        for s in spans:
            # "Marsekal Pak Jong Chon": the Korean family name belongs to the name
            if s.type == "PERSON" and s.i > 0 and s.j - s.i <= 2 and self.korean_name(s.i - 1) \
                    and not any(o.j == s.i and o is not s for o in spans):
                s.i -= 1
                if s.title is not None:
                    s.title = (s.title[0], s.i) if s.title[0] < s.i else None
        self.balinese_prefix(spans)
        self.chinese_names(spans)
        self.place_types(spans)
        self.english_org_heads(spans)
        spans = self.company_names(spans)
        spans = self.named_institutions(spans)
        self.address_parts(spans)
        self.titles(spans)
        self.titled_places(spans)
        self.glued_abbreviations(spans)
        return spans
