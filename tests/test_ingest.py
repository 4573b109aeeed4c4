"""Files become documents; every bad input is a one-line problem and the rest is still read."""
from __future__ import annotations

import json
import os
from pathlib import Path

from kg.ingest import read_documents

FRENCH = ("Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz ce mardi, a indiqué l'Élysée "
          "dans un communiqué. Les deux dirigeants ont parlé de la guerre en Ukraine et de la sécurité "
          "de l'Europe, selon la présidence française.")


def _read(*paths: Path):
    problems = []
    docs = list(read_documents(paths, problems.append))
    return docs, [str(p) for p in problems]


def test_text_with_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2024-03-12", "source": "Test", "title": "T"}))
    docs, problems = _read(tmp_path)
    assert problems == []
    assert docs[0].id == "a" and docs[0].published == "2024-03-12" and docs[0].source == "Test"
    assert docs[0].text == FRENCH


def test_partial_dates_are_kept(tmp_path):
    for name, published in (("m", "2024-03"), ("y", "2024"), ("n", None)):
        (tmp_path / f"{name}.txt").write_text(FRENCH, encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(json.dumps({"published": published}))
    docs, problems = _read(tmp_path)
    assert problems == [] and {d.id: d.published for d in docs} == {"m": "2024-03", "y": "2024", "n": None}


def test_bad_files_are_named_and_the_good_one_is_still_read(tmp_path):
    (tmp_path / "good.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "badside.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "badside.json").write_text("{not json")
    (tmp_path / "baddate.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "baddate.json").write_text(json.dumps({"published": "2024-02-31"}))
    (tmp_path / "wrongtype.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "wrongtype.json").write_text(json.dumps({"source": 42}))
    docs, problems = _read(tmp_path, tmp_path / "missing.txt")
    assert [d.id for d in docs] == ["good"]
    joined = "\n".join(problems)
    for name, words in (("empty.txt", "empty"), ("binary.txt", "binary"), ("badside.json", "not valid JSON"),
                        ("baddate.json", "not a real date"), ("wrongtype.json", "'source' must be"),
                        ("missing.txt", "no such file")):
        assert any(name in p and words in p for p in problems), (name, joined)
    assert all("\n" not in p for p in problems)


def test_windows_1252_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "latin.txt").write_bytes(FRENCH.encode("cp1252"))
    docs, problems = _read(tmp_path / "latin.txt")
    assert problems == [] and docs[0].text == FRENCH and "Windows-1252" in docs[0].warnings[0]


def test_jsonl_with_one_bad_line(tmp_path):
    lines = [json.dumps({"id": "one", "text": FRENCH, "published": "2024-03-12"}), "{broken",
             json.dumps({"id": "two", "text": FRENCH}), json.dumps({"text": FRENCH})]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs, problems = _read(tmp_path / "corpus.jsonl")
    assert [d.id for d in docs] == ["one", "two"]
    assert any("corpus.jsonl:2" in p and "not valid JSON" in p for p in problems)
    assert any("corpus.jsonl:4" in p and "missing 'id'" in p for p in problems)


def test_html_main_text_without_scripts(tmp_path):
    page = (f"<html><head><script>alert(1)</script><style>p{{}}</style></head><body><nav>Menu</nav>"
            f"<article><h1>Titre</h1><p>{FRENCH}</p><p>{FRENCH}</p></article><iframe src='x'></iframe></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    docs, problems = _read(tmp_path / "page.html")
    assert problems == [] and "Macron" in docs[0].text and "alert" not in docs[0].text


def test_english_article_is_skipped_with_its_reason(tmp_path):
    english = "The president spoke with his counterpart on the phone on Tuesday, the White House said. " * 3
    (tmp_path / "en.txt").write_text(english, encoding="utf-8")
    docs, problems = _read(tmp_path / "en.txt")
    assert docs == [] and "kg reads French" in problems[0]


def test_odd_file_names_and_symlink_loops(tmp_path):
    folder = tmp_path / "dossier été"
    folder.mkdir()
    (folder / "article numéro 1.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "loop").symlink_to(folder)
    docs, problems = _read(folder)
    assert problems == [] and docs[0].id == "article_numéro_1-c4782bb4"  # a lossy name keeps a hash of itself


def test_a_file_reached_by_several_names_is_read_once(tmp_path):
    """A chain of links to a file of the input, a link through '..', a hard link, the file given
    again on the command line: each was one more document of the same article (one call, as
    many reports). It is read once, under its name that is no link; each other name is a line."""
    folder = tmp_path / "dossier"
    (folder / "sous").mkdir(parents=True)
    real = folder / "sous" / "vrai.txt"
    real.write_text(FRENCH, encoding="utf-8")
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("sous/vrai.txt")
    (folder / "c.txt").symlink_to("sous/../sous/vrai.txt")
    os.link(real, folder / "sous" / "dur.txt")
    docs, problems = _read(folder, folder / "a.txt", folder / ".." / "dossier" / "sous" / "vrai.txt")
    assert [d.id for d in docs] == ["dur"]  # the first name that is no link, in the walk's order
    assert problems == [f"{folder / name}: the same file as {folder / 'sous' / 'dur.txt'}, read once under that name"
                        for name in ("a.txt", "b.txt", "c.txt", "sous/vrai.txt", "a.txt", "../dossier/sous/vrai.txt")]


def test_a_jsonl_line_ends_at_a_line_feed_only(tmp_path):
    """JSON lets U+2028, U+2029 and U+0085 stand unescaped in a string; str.splitlines() cut the
    line there, and the article was lost as two lines of broken JSON. Lines may end with \\r\\n."""
    lines = [json.dumps({"id": f"l{n}", "text": FRENCH.replace(". ", "." + separator + " ", 1)}, ensure_ascii=False)
             for n, separator in enumerate(("\u2028", "\u2029", "\x85", "\x0b", "\x1d"))]
    (tmp_path / "lot.jsonl").write_text("\r\n".join(lines[:3]) + "\n" + "\n".join(lines[3:]), encoding="utf-8")
    docs, problems = _read(tmp_path / "lot.jsonl")
    assert problems == [] and [d.id for d in docs] == ["l0", "l1", "l2", "l3", "l4"]
    assert "\u2028" in docs[0].text and "\x85" in docs[2].text and "\x1d" in docs[4].text


def test_one_file_a_reader_fails_on_is_skipped_alone(tmp_path, monkeypatch):
    """Whatever a reader raises on one file (trafilatura, json, a bug) is that file's problem; the
    build goes on with the next (a RecursionError used to stop it as a 'damaged store')."""
    import kg.ingest

    def failing(path, html):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(kg.ingest, "_main_text", failing)
    (tmp_path / "a.html").write_text(f"<p>{FRENCH}</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text(FRENCH, encoding="utf-8")
    docs, problems = _read(tmp_path)
    assert [d.id for d in docs] == ["b"]
    assert problems == [f"{tmp_path / 'a.html'}: could not be read (RecursionError: maximum recursion depth exceeded)"]


def test_a_very_long_id_is_cut_and_hashed(tmp_path):
    records = [{"id": "x" * 5000, "text": FRENCH}, {"id": "x" * 5000 + "y", "text": FRENCH}, {"id": int("9" * 4000), "text": FRENCH}]
    (tmp_path / "lot.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    docs, problems = _read(tmp_path / "lot.jsonl")
    assert problems == [] and len({d.id for d in docs}) == 3
    assert all(len(d.id) <= 220 for d in docs)


def test_no_document_iri_ends_in_a_dot_segment(tmp_path):
    """The files '..txt' and '...txt' (or the JSON Lines ids '.' and '..') were their own ids, so
    their graphs were 'doc/.' and 'doc/..': dot-segments, which resolving or normalising an IRI
    (RFC 3986, 5.2.4) removes, making 'doc/../actor/Q7747', a mention in that document, the actor
    'actor/Q7747' itself. They are hashed as other unsafe names are; 'a.b', '..a' stay as they are."""
    from urllib.parse import urljoin

    from kg.graph.rdf import document_iri

    for name in ("..txt", "...txt", "a.b.txt", "..a.txt"):
        (tmp_path / name).write_text(FRENCH, encoding="utf-8")
    (tmp_path / "lot.jsonl").write_text("\n".join(json.dumps({"id": i, "text": FRENCH}) for i in ("...", "....")),
                                        encoding="utf-8")  # not '.' or '..': the same names as the files' stems
    docs, problems = _read(tmp_path)
    assert problems == [] and len({d.id for d in docs}) == 6
    for doc in docs:
        iri = document_iri(doc.id).value
        assert urljoin(iri + "/actor/x", ".") == iri + "/actor/", (doc.origin, iri)  # no segment resolves away
    assert {"a.b", "..a"} <= {d.id for d in docs}


def test_a_document_id_never_ends_in_a_dot_so_its_turtle_reads_back(tmp_path):
    """The file 'ab..txt' and the JSON Lines id 'x.' were the ids 'ab.' and 'x.'; Oxigraph writes
    such an IRI in Turtle as `doc:ab\\.`, which rdflib cannot parse, so a whole Turtle or TriG
    export failed to load there. Such names are hashed; 'a.b' stays."""
    import pyoxigraph as ox
    import rdflib

    from kg.graph.rdf import document_iri
    from kg.namespace import PREFIXES

    for name in ("ab..txt", "a.b.c..txt", "a.b.txt"):
        (tmp_path / name).write_text(FRENCH, encoding="utf-8")
    (tmp_path / "lot.jsonl").write_text(json.dumps({"id": "x.", "text": FRENCH}), encoding="utf-8")
    docs, problems = _read(tmp_path)
    assert problems == [] and len(docs) == 4 and "a.b" in {d.id for d in docs}
    triples = [ox.Triple(document_iri(d.id), document_iri(d.id), ox.Literal(d.id)) for d in docs]
    turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) == 4


def test_a_file_in_a_folder_loop_of_links_is_named_as_such(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "c.txt").write_text(FRENCH, encoding="utf-8")
    docs, problems = _read(tmp_path)
    assert [d.id for d in docs] == ["c"]
    assert problems == [f"{tmp_path / n}.txt: symbolic link that leads nowhere (Too many levels of symbolic links)" for n in "ab"]
