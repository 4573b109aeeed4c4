"""Calls that read like habits, delegations or expectations, on sentences of our own."""
from __future__ import annotations

from kg.nlp.gazetteer import load


def _calls(parse, text, published="2024-03-12"):
    doc = parse(text, published)
    labels = load().actors
    return [(sorted(labels[p].label if p in labels else p for p in c.participants), c.status, c.date) for c in doc._.calls]


def test_a_lone_plus_is_a_comparative_not_a_negation(parse):
    """'a passé plus d'heures au téléphone': 'plus' without its 'ne' denies nothing."""
    text = "Mardi, Olaf Scholz a passé plus d'heures au téléphone avec Joe Biden."
    assert _calls(parse, text) == [(["Joe Biden", "Olaf Scholz"], "occurred", "2024-03-12")]
