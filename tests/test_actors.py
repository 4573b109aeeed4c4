"""Actors on French sentences of our own: names, roles, institutions, outlets and credits."""
from __future__ import annotations

from kg.ingest import Document
from kg.nlp.gazetteer import load


def _labels(doc) -> dict[str, str]:
    return {**{k: a.label for k, a in load().actors.items()}, **{k: a.label for k, a in doc._.new_actors.items()}}


def _mentions(parse, text, published="2024-03-12"):
    """(text as written, label of the actor it names) for every mention."""
    doc = parse(text, published)
    labels = _labels(doc)
    return [(m.text, labels[m.actor]) for m in doc._.actor_mentions]


def _named(parse, text, published="2024-03-12"):
    return {label for _, label in _mentions(parse, text, published)}


# ---------------------------------------------------------------- a role names one sentence's actor
def test_role_before_another_name_is_not_that_name(parse):
    found = _mentions(parse, "« Avançons ensemble », a lancé le président turc à Vladimir Poutine lors de leur échange.")
    assert ("président turc", "Recep Tayyip Erdoğan") in found
    assert ("Vladimir Poutine", "Vladimir Putin") in found


def test_role_then_comma_then_name_is_that_person(parse):
    found = _mentions(parse, "Il a appelé son homologue américain, Donald Trump, dimanche soir.", "2019-06-10")
    assert ("homologue américain", "Donald Trump") in found


def test_a_role_is_never_an_alias_of_the_graph(parse):
    from kg.build.updates import extraction

    text = "Le président turc a reçu un appel. Plus tard, le chef de l'État russe Vladimir Poutine a parlé."
    doc = parse(text)
    surface = extraction(Document(id="t", text=text, published="2024-03-12"), doc).surface
    every = {alias for names in surface.values() for alias in names}
    assert "Vladimir Poutine" in every
    assert not every & {"président turc", "chef de l'État russe"}
