"""The per-document lists `kg_prepare` makes for the rules give what spaCy's own accessors give."""
from __future__ import annotations

from kg.nlp.extract.words import conjuncts, kept_per_word, sentence_bounds, tokens_of

TEXT = ("Visite éclair\nLa ministre des Affaires étrangères a téléphoné lundi à son homologue marocain. "
        "Ils ont parlé du port de Tanger, a précisé son cabinet. « Rien n'est décidé », a-t-elle ajouté.")


def test_sentence_bounds_are_those_of_token_sent(parse):
    doc = parse(TEXT)
    assert len(list(doc.sents)) >= 3
    for token in doc:
        assert sentence_bounds(token) == (token.sent.start, token.sent.end), token.i


def test_sentence_bounds_of_a_doc_kg_has_not_read(nlp):
    doc = nlp.make_doc("Un mot. Deux mots.")
    for token, start in zip(doc, [0, 0, 0, 3, 3, 3], strict=True):
        doc[token.i].is_sent_start = token.i == start
    assert [sentence_bounds(t) for t in doc] == [(0, 3)] * 3 + [(3, 6)] * 3


def test_tokens_of_are_the_doc_s_tokens(parse):
    doc = parse(TEXT)
    tokens = tokens_of(doc)
    assert [t.i for t in tokens] == list(range(len(doc)))
    assert [t.text for t in tokens[3:9]] == [t.text for t in doc[3:9]]


def test_conjuncts_are_those_of_spacy(parse):
    doc = parse("Olaf Scholz, Emmanuel Macron et Giorgia Meloni ont discuté mardi de l'énergie et du commerce. "
                "Le chancelier a appelé puis écrit, a dit Berlin.")
    assert sum(1 for t in doc if t.conjuncts) >= 4
    for token in doc:
        assert [t.i for t in conjuncts(token)] == [t.i for t in token.conjuncts], token.i


def test_a_question_kept_per_word_is_answered_once_per_word_of_a_read_doc(parse, nlp):
    asked = []

    @kept_per_word
    def double(token):
        asked.append(token.i)
        return 2 * token.i

    doc = parse(TEXT)
    assert [double(t) for t in doc[2:5]] == [4, 6, 8] == [double(t) for t in doc[2:5]]
    assert asked == [2, 3, 4]
    unread = nlp.make_doc("Un mot.")  # no kg_prepare: the parse may still change, nothing kept
    assert double(unread[1]) == double(unread[1]) == 2
    assert asked == [2, 3, 4, 1, 1]


def _loop_macron_under_scholz(doc) -> None:
    """A repair gone wrong: the subject's head becomes a word below it, a loop."""
    macron, scholz = doc[0], next(t for t in doc if t.text == "Scholz")
    macron.head = scholz
    scholz.head = macron


def _scholz_as_subject(doc) -> None:
    """A sound repair after it: it must survive the loop's undoing."""
    next(t for t in doc if t.text == "Scholz").dep_ = "nsubj"


def test_a_repair_that_ties_the_tree_into_a_loop_is_undone_and_the_others_kept(nlp):
    """spaCy walks a subtree by recursion: a loop in the tree overflows the stack and kills the
    process (a build of 10,000 articles died so). The loop is undone; the repairs that leave a tree stay."""
    from kg.nlp.pipeline import _looped, mend

    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if not n.startswith("kg_")]):
        doc = nlp("Emmanuel Macron a appelé Olaf Scholz mardi.")
    heads = [t.head.i for t in doc]
    mend(doc, [_loop_macron_under_scholz, _scholz_as_subject])
    assert not _looped(doc)
    assert [t.head.i for t in doc] == heads and next(t for t in doc if t.text == "Scholz").dep_ == "nsubj"
    assert len(list(doc[3].subtree)) == len(doc)  # the walk that overflowed returns


def test_a_family_name_read_as_a_verb_above_its_first_name_is_not_mended_into_a_loop(nlp):
    """'..., a souligné Anna Berg Musar devant la presse': the parser made the family name read as a
    verb the head of the incise, whose subject is the first name; hanging the family name on the
    first name would put each under the other (in 10,000 synthetic articles, one: the build hung in
    a later repair walking up the tree)."""
    from spacy.tokens import Doc

    from kg.nlp.extract.noun_phrases import _root, reattach_family_names_read_as_verbs
    from kg.nlp.pipeline import _looped

    words = ["Les", "inspecteurs", "doivent", "travailler", ",", "a", "souligné", "Anna", "Berg", "Musar", "devant", "la", "presse"]
    heads = [1, 2, 2, 2, 6, 6, 9, 6, 7, 2, 12, 12, 9]
    deps = ["det", "nsubj", "ROOT", "xcomp", "punct", "aux:tense", "dep", "nsubj", "flat:name", "xcomp", "case", "det", "obl:mod"]
    pos = ["DET", "NOUN", "VERB", "VERB", "PUNCT", "AUX", "VERB", "PROPN", "PROPN", "VERB", "ADP", "DET", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    reattach_family_names_read_as_verbs(doc)
    assert not _looped(doc)
    assert [t.head.i for t in doc] == heads
    doc[9].head = doc[8]  # a loop another repair might tie: walking up to the root still ends
    assert _root(doc[7]).i in range(len(doc))


def test_a_predicate_hung_on_a_name_is_not_mended_into_a_loop(nlp):
    """The parser hung a first name on the name after it ('Luiz' under 'Lula'), which is the
    subject of a verb of the title: making 'Lula' part of the name headed by 'Luiz' would put
    each word under the other (in 10,000 synthetic articles, one: the build died of it)."""
    from spacy.tokens import Doc

    from kg.nlp.extract.verb_phrases import reattach_predicates_hung_on_a_name
    from kg.nlp.pipeline import _looped

    words = ["Commerce", ":", "Luiz", "Inácio", "Lula", "appelle", "Medvedev"]
    heads = [0, 0, 4, 2, 5, 0, 5]
    deps = ["ROOT", "punct", "nsubj", "flat:name", "nsubj", "parataxis", "obj"]
    pos = ["NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "PROPN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=[""] * 5 + ["VerbForm=Fin"] + [""])
    reattach_predicates_hung_on_a_name(doc)
    assert not _looped(doc)
    assert [t.head.i for t in doc] == heads
