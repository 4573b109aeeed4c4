"""A stressed pronoun between the auxiliary and the participle ('a lui aussi appelé') no longer
hides the verb from the readers (kg.nlp.extract.stressed)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,verb", [
    ("Olaf Scholz a lui aussi téléphoné à Hassan Rohani.", "téléphoné"),
    ("Olaf Scholz a elle-même appelé Hassan Rohani.", "appelé"),
    ("Les ministres ont eux aussi estimé que la trêve restait fragile.", "estimé"),
])
def test_the_participle_heads_its_clause_with_its_auxiliary_and_subject(parse, text, verb):
    doc = parse(text, "2020-01-08")
    participle = next(t for t in doc if t.text == verb)
    assert participle.dep_ == "ROOT"
    assert {c.dep_ for c in participle.children} >= {"nsubj", "aux:tense"}
    assert next(t for t in doc if t.lower_ in {"lui", "elle-même", "eux"}).pos_ == "PRON"


def test_a_pronoun_before_the_auxiliary_is_left_as_parsed(parse):
    """'lui a téléphoné': an object, not a stressed pronoun; the sentence is not parsed again."""
    doc = parse("Olaf Scholz lui a téléphoné mardi.", "2020-01-08")
    assert next(t for t in doc if t.text == "lui").lemma_ != "lui"  # the mend sets the pronoun's own form as lemma
