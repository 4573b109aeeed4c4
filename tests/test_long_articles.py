"""A long article is parsed in pieces cut at line breaks, and read whole (issue 15: a million
characters in one Doc took 3.8 GB, and five steps of kg's readers went over every pair of
sentences, quotes, claims or calls). No wall clock here: the tests check that the model never
reads more than a piece, nor a batch more than `BATCH_CHARS`, at a time; that the pieces
tokenize as the whole text; that a text made of parts is read as those parts are, each alone;
and, counting steps, that two texts read together take no more than they take apart."""
from __future__ import annotations

import random
import re

import pytest

from kg.ingest import Document
from kg.nlp import pieces as piecing
from kg.nlp import pipeline
from kg.nlp.pieces import pieces
from kg.nlp.pipeline import parse

_WORDS = ["Le", "président", "l'", "Élysée", "a", "déclaré", "«", "paix", "»", ",", ".", "aujourd'hui", "Jean-Yves",
          "Le Drian", "12", "h", "30", "(", "AFP", ")", ":", "—", "M.", "Poutine", "…", "?", "d'Ukraine", "1.000,5", "<…>"]
_BLANKS = [" ", " ", " ", " ", "\n", "\n\n", "\n \n", "  ", "\t", "\xa0", "\r\n", "\r\n\r\n", " \n", "\n\n\n  ", "\u2028"]


def _random_text(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_BLANKS) for _ in range(words)).lstrip()


def _paragraph_ends(text: str) -> list[int]:
    """Every place a piece may end: after a line break and the blanks that follow it, before a word."""
    return [i for i in range(1, len(text)) if not text[i].isspace() and text[i - 1].isspace()
            and "\n" in text[:i][len(text[:i].rstrip()):]]


def test_pieces_are_the_text_cut_only_where_a_paragraph_ends():
    rng = random.Random(15)
    for _ in range(300):
        text = _random_text(rng, rng.randint(0, 400))
        size = rng.randint(1, 300)
        found = pieces(text, size)
        assert "".join(found) == text
        ends = set(_paragraph_ends(text))
        cut = 0
        for piece in found[:-1]:
            cut += len(piece)
            assert cut in ends, (text, size, found)
        for piece in found:
            # longer than `size` only when no paragraph ends inside its first `size` characters
            assert len(piece) <= size or not any(0 < end < size for end in _paragraph_ends(piece)), (piece, size)


def test_pieces_prefer_the_end_of_a_paragraph_to_a_line_break():
    text = "Titre\n\nUne phrase.\nUne autre phrase." + "\nSuite." * 3
    assert pieces(text, 30) == ["Titre\n\n", "Une phrase.\nUne autre phrase.\n", "Suite.\nSuite.\nSuite."]
    assert pieces("Court.", 3) == ["Court."] and pieces("", 3) == [""]
    assert pieces("Un seul long paragraphe.\n\nPuis un autre.", 5) == ["Un seul long paragraphe.\n\n", "Puis un autre."]


def test_pieces_tokenize_as_the_whole_text(nlp):
    """Each piece starts at a word after a line break's blanks: its tokens are those of that
    stretch of the text (kg's tokenizer, with its special cases)."""
    rng = random.Random(16)
    for _ in range(200):
        text = _random_text(rng, rng.randint(20, 200))
        whole = [(t.text, t.whitespace_) for t in nlp.make_doc(text)]
        parts = [(t.text, t.whitespace_) for piece in pieces(text, rng.randint(5, 120)) for t in nlp.make_doc(piece)]
        assert parts == whole, text


def _article(parts: int, people: list[tuple[str, str]]) -> list[str]:
    """`parts` short articles, one pair of leaders each, each ending its paragraph."""
    return [f"{a} s'est entretenu mardi par téléphone avec {b} au sujet de la guerre en Ukraine. "
            f"« Nous voulons la paix », a déclaré {a} après l'appel.\n\n" for a, b in people[:parts]]


_PAIRS = [("Emmanuel Macron", "Vladimir Poutine"), ("Joe Biden", "Xi Jinping"), ("Olaf Scholz", "Recep Tayyip Erdoğan"),
          ("Giorgia Meloni", "Volodymyr Zelensky")]


@pytest.fixture
def small_pieces(monkeypatch):
    """Pieces and batches a few hundred characters long, so that a short text is a long one."""
    monkeypatch.setattr(piecing, "PIECE_CHARS", 300)
    monkeypatch.setattr(piecing, "BATCH_CHARS", 700)


@pytest.fixture
def model_reads(nlp, monkeypatch) -> list[list[str]]:
    """Each batch of texts the model is given, as the parse goes."""
    read: list[list[str]] = []
    model_pipe = nlp.pipe

    def spy(texts, **options):
        read.append(list(texts))
        return model_pipe(read[-1], **options)

    monkeypatch.setattr(nlp, "pipe", spy)
    return read


def test_the_model_reads_a_long_text_a_piece_at_a_time(small_pieces, model_reads):
    """The parser's memory grows with what it reads at once: never more than a piece of a
    document, nor more than `BATCH_CHARS` together."""
    read = model_reads
    text = "".join(_article(4, _PAIRS)) * 3
    [(_, doc)] = parse([Document(id="long", text=text, published="2024-03-12")])
    assert doc.text == text and doc._.text == text
    assert len(read) > 1 and all(sum(map(len, batch)) <= 700 for batch in read)
    assert max(len(piece) for batch in read for piece in batch) <= 300
    assert "".join(piece for batch in read for piece in batch) == text
    assert len(doc._.calls) == 4  # each pair's call, told three times, is one call


def test_a_long_paragraph_and_a_run_of_brackets_are_read_in_pieces_too(small_pieces, model_reads, monkeypatch):
    """A text of one line was one piece however long, and the model read it whole (a line of
    400,000 brackets took a build to 7.6 GB, 900,000 characters of short words 8.5 GB); a piece
    of brackets weighed in a batch what its characters did, five times fewer than its tokens. A
    paragraph over `PARAGRAPH_CHARS` is cut after a sentence, else a blank, else anywhere; a
    batch counts `CHARS_PER_TOKEN` characters for each likely token."""
    monkeypatch.setattr(piecing, "PARAGRAPH_CHARS", 1000)
    read = model_reads
    text = "".join(_article(4, _PAIRS)).replace("\n", " ") * 2 + ")" * 2000 + " " + "(" * 700 + " fin."
    [(_, doc)] = parse([Document(id="line", text=text, published="2024-03-12")])
    assert doc.text == text and "".join(piece for batch in read for piece in batch) == text
    assert max(len(piece) for batch in read for piece in batch) <= 300
    assert all(sum(max(len(p), 5 * len(re.findall(r"\w+|[^\w\s]", p))) for p in batch) <= 700 or len(batch) == 1
               for batch in read)
    assert all(len(batch) == 1 for batch in read if ")" * 50 in "".join(batch))  # 300 brackets weigh 1,500 characters
    assert len(doc._.calls) == 4


def test_a_text_read_in_pieces_gives_what_its_parts_give_alone(nlp, small_pieces):
    """Each part is a piece: the model reads it as it reads that part alone, and kg's readers,
    reading the joined parse, find in it what they find in each part (offsets shifted)."""
    parts = _article(4, _PAIRS)
    text = "".join(parts)
    assert pieces(text, piecing.PIECE_CHARS) == parts  # premise: one piece per part
    documents = [Document(id=str(n), text=part, published="2024-03-12") for n, part in enumerate([text, *parts])]
    [whole, *alone] = [doc for _, doc in parse(documents)]
    expected_mentions, expected_calls, expected_claims, offset = [], [], [], 0
    for doc in alone:
        expected_mentions += [(m.actor, m.start + offset, m.end + offset) for m in doc._.actor_mentions]
        expected_calls += [(c.participants, c.initiator, c.date, c.medium, c.status, c.topics,
                            tuple(e.start + offset for e in c.evidence))
                           for c in doc._.calls]
        expected_claims += [(c.speaker, c.text, c.verb, c.start + offset, c.topics) for c in doc._.claims]
        offset += len(doc.text)
    assert [(m.actor, m.start, m.end) for m in whole._.actor_mentions] == expected_mentions
    assert [(c.participants, c.initiator, c.date, c.medium, c.status, c.topics, tuple(e.start for e in c.evidence))
            for c in whole._.calls] == expected_calls
    assert [(c.speaker, c.text, c.verb, c.start, c.topics) for c in whole._.claims] == expected_claims
    assert len(expected_calls) == 4 and len(expected_claims) == 4
    attributes = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]
    start = 0
    for doc in alone:  # the parse itself, token by token (HEAD is relative: it holds across the join)
        assert (whole[start:start + len(doc)].as_doc().to_array(attributes) == doc.to_array(attributes)).all()
        start += len(doc)
    assert start == len(whole)


def _steps(nlp, doc) -> dict[str, int]:
    """How many times each function of kg's readers runs (or a generator of theirs resumes) on `doc`."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    names = nlp.pipe_names
    profile.enable()
    for name in names[names.index("kg_prepare"):]:
        doc = nlp.get_pipe(name)(doc)
    profile.disable()
    return {f"{file.rsplit('/kg/', 1)[-1]}:{line}({function})": calls
            for (file, line, function), (_, calls, *_) in pstats.Stats(profile).stats.items() if "/kg/" in file}


def test_no_step_of_kg_s_readers_grows_faster_than_the_text(nlp):
    """Two texts read together take, function by function, about the steps they take apart: a
    step repeated for each pair of (mentions, sentences, quotes, claims, calls) would take twice
    as many (issue 15: 4x the text took 15x the steps in five places). Steps are counted, not timed."""
    from spacy.tokens import Doc

    from tools.synthetic import synthetic_corpus

    articles = [d.text.strip() + "\n\n" for d in synthetic_corpus(16, seed=15)]
    halves = ["".join(articles[:8]), "".join(articles[8:])]
    names = nlp.pipe_names
    first, second = nlp.pipe(halves, disable=names[names.index("kg_prepare"):])
    both = Doc.from_docs([first, second], ensure_whitespace=False)  # as `parse` joins pieces
    # apart first: what the readers load once (cue words, topics) is counted there, not together
    *apart, together = [_steps(nlp, pipeline.describe(doc, Document(id=str(n), text=doc.text, published="2020-03-15")))
                        for n, doc in enumerate([first, second, both])]
    assert sum(together.values()) > 50_000  # premise: enough steps for a quadratic one to show
    grown = {f: (steps, apart[0].get(f, 0) + apart[1].get(f, 0)) for f, steps in together.items()
             if steps > 1.3 * (apart[0].get(f, 0) + apart[1].get(f, 0)) + 200}
    assert not grown, f"steps together vs. apart: {grown}"
