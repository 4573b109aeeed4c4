"""kg's tables in place of the model's attribute ruler and lemmatizer (`kg.nlp.model_tables`), and
its matrix products by numpy instead of blis (`kg.nlp.pipeline.load_model`): the same tags, parts
of speech, dependencies, morphology, lemmas and entities as the model as spaCy loads it, word for
word."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kg.nlp import model_tables
from kg.nlp.pipeline import MODEL, load_model
from tools.synthetic import synthetic_corpus

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "data" / "sample"
WRITTEN = [
    "Le président a appelé  son homologue mardi.\n\n\tIls ont parlé\u00a0une heure.",  # white space of every kind
    "« Nous avons évoqué la paix », a déclaré le chancelier. Les deux dirigeants se reparleront.",
    "Joe Biden et Xi Jinping se sont entretenus par visioconférence ; la Maison Blanche n'a rien dit.",
    "   ",
    "",
]
ARRAY = ["ORTH", "LEMMA", "POS", "TAG", "DEP", "MORPH", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]


@pytest.fixture(scope="module")
def models():
    model = spacy.load(MODEL)
    tables = load_model()
    model_tables.by_tables(tables)
    return model, tables


def test_kg_s_model_multiplies_with_numpy_and_spacy_s_keeps_blis(models):
    model, tables = models
    for nlp, blis in ((model, True), (tables, False)):
        layers = [layer for _, pipe in nlp.pipeline if getattr(pipe, "model", None) for layer in pipe.model.walk()]
        assert layers and {layer.ops.use_blis for layer in layers} == {blis}


def _texts() -> list[str]:
    return [*WRITTEN, *(p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))),
            *(d.text for d in synthetic_corpus(30, seed=7))]


def test_the_tables_stand_for_the_model_s_ruler_and_lemmatizer(models):
    model, tables = models
    assert "attribute_ruler" in model.pipe_names and "lemmatizer" in model.pipe_names
    assert model_tables.TAGS in tables.pipe_names and model_tables.LEMMAS in tables.pipe_names
    assert "attribute_ruler" not in tables.pipe_names and "lemmatizer" not in tables.pipe_names
    assert tables.get_pipe("lemmatizer")  # still loaded: kg's homographs ask it of single words


def test_every_word_is_tagged_and_lemmatised_as_the_model_does(models):
    model, tables = models
    texts = _texts()
    for _ in range(2):  # cold tables, then warm
        for text, by_model, by_tables in zip(texts, model.pipe(texts), tables.pipe(texts), strict=True):
            assert (by_model.to_array(ARRAY) == by_tables.to_array(ARRAY)).all(), text[:80]
            assert [t.lemma_ for t in by_model] == [t.lemma_ for t in by_tables]
            assert [str(t.morph) for t in by_model] == [str(t.morph) for t in by_tables]


def test_a_full_table_starts_again_and_still_answers_as_the_model(models, monkeypatch):
    model, tables = models
    monkeypatch.setattr(model_tables, "KEPT", 3)
    for name in (model_tables.TAGS, model_tables.LEMMAS):
        monkeypatch.setattr(tables.get_pipe(name), "kept", {})
    text = WRITTEN[1]  # more than three words of different forms and tags
    assert (model(text).to_array(ARRAY) == tables(text).to_array(ARRAY)).all()
    assert len(tables.get_pipe(model_tables.TAGS).kept) <= 3
    assert len(tables.get_pipe(model_tables.LEMMAS).kept) <= 3


def test_a_ruler_of_another_kind_keeps_spacy_s():
    """A pattern of two words, or one that sets another attribute, is not a table's."""
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "le"}, {"LOWER": "président"}]], {"TAG": "NOUN"})
    model_tables.by_tables(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
    other = spacy.blank("fr")
    other.add_pipe("attribute_ruler").add([[{"POS": "PROPN"}]], {"LEMMA": "x"})
    model_tables.by_tables(other)
    assert other.pipe_names == ["attribute_ruler"]
