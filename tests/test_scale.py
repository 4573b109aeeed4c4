"""No step of extraction is quadratic in the number of mentions: an article of a million
characters full of names is read in seconds, not many minutes (issue 15: 829k characters took
459 s, in the mention-inside-mention check of the actors and in setting sentence starts one
token at a time). No wall clock here (tools/bench.py times it): the tests count what the
index looks at, and check it answers as the scan it replaces did."""
from __future__ import annotations

import random

import pytest

from kg.nlp.extract.ranges import RangeIndex


def _scan(items: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """What the index replaces: every item looked at."""
    return [item for item in items if start <= item[0] and item[1] <= end]


def test_the_range_index_answers_as_a_scan_on_overlapping_ranges():
    rng = random.Random(15)
    items = [(s, s + rng.randint(1, 6)) for s in (rng.randint(0, 300) for _ in range(400))]
    index = RangeIndex(items, lambda item: item)
    for _ in range(500):
        start = rng.randint(0, 300)
        end = start + rng.randint(0, 12)
        assert sorted(index.within(start, end)) == sorted(_scan(items, start, end))
    assert index.within(5, 5) == [] and RangeIndex([], lambda item: item).within(0, 10) == []


def test_the_range_index_looks_only_at_ranges_starting_inside_the_question():
    """200,000 mentions and 200,000 names, each name a few tokens (as an article of a million
    characters gives): the scan would look at 4e10 pairs; the index at each mention once to
    sort it and, per name, at those starting inside it."""
    looked = 0

    def bounds(item: tuple[int, int]) -> tuple[int, int]:
        nonlocal looked
        looked += 1
        return item

    mentions = [(4 * k, 4 * k + 2) for k in range(200_000)]
    index = RangeIndex(reversed(mentions), bounds)
    found = 0
    for k in range(200_000):
        inside = index.within(4 * k, 4 * k + 3)
        assert inside == [mentions[k]]
        found += len(inside)
    assert looked == len(mentions) and found == 200_000


def test_a_long_article_full_of_names_is_read_with_every_name(parse):
    """The same check in place, on the real pipeline: each of the 500 sentences names both."""
    doc = parse("Emmanuel Macron a appelé Vladimir Poutine. " * 500)
    people = [m.actor for m in doc._.actor_mentions]
    assert len(people) == 1_000 and len(set(people)) == 2


@pytest.mark.parametrize("run", [")" * 6000, "l'" * 3000, "«" * 6000, "—" * 6000])
def test_a_long_run_without_white_space_is_tokenized_in_linear_time(run):
    """spaCy's prefix and suffix loop is quadratic in a run's length: 6,000 ')' took some 10 s,
    20,000 took 200 s, and a million (an article may hold one) would never end."""
    import time

    from kg.nlp.pipeline import pipeline

    nlp = pipeline()
    text = "Emmanuel Macron a appelé Olaf Scholz. " + run + " Il a parlé avec lui.\n" + run
    started = time.process_time()
    doc = nlp.make_doc(text)
    assert time.process_time() - started < 1.0
    assert doc.text == text and [t.idx for t in doc] == sorted(t.idx for t in doc)
    assert [t.text for t in doc[:7]] == ["Emmanuel", "Macron", "a", "appelé", "Olaf", "Scholz", "."]


def test_a_call_is_read_beside_a_long_run(parse):
    doc = parse("Emmanuel Macron a appelé Olaf Scholz mardi. " + ")" * 20_000 + "\nIls ont parlé de l'Ukraine.")
    assert doc.text.count(")") == 20_000 and len(doc._.calls) == 1 and len(doc._.calls[0].participants) == 2


def test_a_sentence_s_topics_take_no_more_memory_in_a_document_full_of_names(parse):
    """The topics of each sentence were read after a union of the sentence's hidden words with
    every name of the document, copied once per sentence: quadratic in the article's length (2 s
    of the 7 s kg's readers took on a million characters, 0.3 s at half of it). Counted here in
    memory, not time: one sentence's topics allocate the same under two million names elsewhere
    in the document as under none (on e0dcf7a, a set of two million)."""
    import tracemalloc

    from kg.nlp.extract.topics import topics_in

    sentence = parse("Emmanuel Macron a parlé du climat et des sanctions contre la Russie avec Joe Biden.")._.sentences[0]
    elsewhere = frozenset(range(1_000, 2_001_000))  # tokens of the same document far after this sentence
    alone = topics_in(sentence)
    tracemalloc.start()
    try:
        among_names = topics_in(sentence, elsewhere)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert among_names == alone and {"climate", "sanctions"} <= alone
    assert peak < 1_000_000, f"{peak:,} bytes for one sentence"


def test_the_countries_a_leaders_noun_names_are_looked_for_in_its_own_phrase(parse, nlp, monkeypatch):
    """'les dirigeants de la France et de l'Allemagne': for each such plural noun, every country,
    person or group the article names was looked at to find those of its phrase, quadratic in
    the article's length (0.9 s of the readers' 6 s on a million characters, 0.06 s on a quarter).
    Counted: the gazetteer lookups a four times longer article makes grow four times, not 16."""
    matcher = nlp.get_pipe("kg_actors").matcher
    looked: list[str] = []

    class Counting(dict):
        def get(self, key, default=None):
            looked.append(key)
            return super().get(key, default)

    monkeypatch.setattr(matcher.gazetteer, "actors", Counting(matcher.gazetteer.actors))
    sentence = "Les dirigeants de la France et de l'Allemagne se sont entretenus avec Vladimir Poutine. "
    counts = []
    for repeated in (40, 160):
        looked.clear()
        doc = parse(sentence * repeated)
        counts.append(len(looked))
    assert {m.actor for m in doc._.actor_mentions} >= {"Q7747"}
    assert counts[1] < 5 * counts[0], counts


def test_the_quotes_of_an_article_are_looked_at_a_few_times_not_once_per_report(parse, monkeypatch):
    """Each report of speech ('X a déclaré que ...') looked through every quote of the article for
    those inside it, and each attributed sentence ('selon ...') through every quote for each of
    its words: quadratic in the article's length. Counted: the quotes walked over for an article
    four times longer grow four times, not 16 (on e0dcf7a, 1,470 then 22,080)."""
    import kg.nlp.extract.claims as claims

    walked = [0]

    class Counted(list):
        def __iter__(self):
            for item in super().__iter__():
                walked[0] += 1
                yield item

    real = claims.long_quotes
    monkeypatch.setattr(claims, "long_quotes", lambda *args: Counted(real(*args)))
    paragraph = ("Selon l'Élysée, Emmanuel Macron a déclaré que « la paix viendra par le dialogue et la patience, "
                 "dans {n} jours ». Le chancelier Olaf Scholz a estimé que la France et l'Allemagne devaient « agir "
                 "ensemble sans attendre la {n}e réunion ».\n\n")
    counts = []
    for repeated in (15, 60):
        walked[0] = 0
        doc = parse("".join(paragraph.format(n=n) for n in range(repeated)))
        counts.append(walked[0])
    assert len(doc._.claims) >= 60
    assert counts[1] < 5 * counts[0], counts
