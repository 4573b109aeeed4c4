"""When a call took place, whether it did and how, as news writes it: sentences of our own."""
from __future__ import annotations

from kg.nlp.gazetteer import load


def _calls(parse, text, published):
    doc = parse(text, published)
    labels = load().actors
    return sorted((tuple(sorted(labels[p].label if p in labels else p for p in c.participants)), c.status, c.date)
                  for c in doc._.calls)


def test_a_call_made_next_is_on_the_day_of_the_meeting_told_before(parse):
    """'ensuite' after a meeting dated in the sentence before: the call followed it that day,
    not on the day the article appeared."""
    text = ("Emmanuel Macron a reçu Olaf Scholz mardi 5 mars à l'Élysée. "
            "Il s'est ensuite entretenu par téléphone avec Joe Biden, selon la présidence.")
    assert _calls(parse, text, "2024-03-08") == [(("Emmanuel Macron", "Joe Biden"), "occurred", "2024-03-05")]
