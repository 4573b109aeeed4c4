"""Your own actors and topics (`kg build --actors FILE --topics FILE`), and the fingerprint: a build
reads every document again, and says why, when what reads them changed (or with --force)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import InputError
from kg.nlp.extensions import Extensions, Source, fingerprint

# A made-up minister and a made-up topic: nothing the bundled gazetteer or topics know.
ARTICLE = ("La ministre française des Affaires étrangères s'est entretenue mardi par téléphone avec Olaf Scholz. "
           "Aurore Valmont a évoqué avec lui la pêche en mer du Nord et les quotas de cabillaud.")
ACTORS_CSV = ("name,type,wikidata,aliases,offices\n"
              "Aurore Valmont,Person,Q999999001,Mme Valmont;Valmont,FR-foreign-minister 2030-01-02/\n")
ACTORS_TTL = """@prefix kg: <https://w3id.org/kg-diplo/ontology#> .
@prefix actor: <https://w3id.org/kg-diplo/actor/> .
@prefix office: <https://w3id.org/kg-diplo/office/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
actor:Q999999001 a kg:Person ; skos:prefLabel "Aurore Valmont"@en ; skos:altLabel "Valmont"@fr ; kg:wikidata "Q999999001" ;
    kg:mandate [ a kg:Mandate ; kg:office office:FR-foreign-minister ; kg:start "2030-01-02"^^xsd:date ] .
"""
TOPICS_TTL = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix topic: <https://w3id.org/kg-diplo/topic/> .
topic:fisheries a skos:Concept ; skos:inScheme topic:scheme ; skos:notation "fisheries" ;
    skos:prefLabel "pêche"@fr, "Fisheries"@en ; skos:hiddenLabel "pêche"@fr, "quota"@fr, "cabillaud"@fr .
"""


def kg_cli(*args, code: int = 0):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


@pytest.fixture(autouse=True)
def bundled_again(nlp):
    """The session's pipeline reads by the bundled gazetteer again after each test (a build with
    --actors rebuilt its components; the next parse would too, but the `parse` fixture calls it
    directly)."""
    yield
    from kg.nlp.extensions import use
    from kg.nlp.pipeline import _read_by_current_extensions

    use(Extensions())
    _read_by_current_extensions(nlp)


@pytest.fixture
def corpus(tmp_path, nlp):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "valmont.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "valmont.json").write_text(json.dumps({"published": "2030-03-07", "source": "Test"}), encoding="utf-8")
    (tmp_path / "actors.csv").write_text(ACTORS_CSV, encoding="utf-8")
    (tmp_path / "actors.ttl").write_text(ACTORS_TTL, encoding="utf-8")
    (tmp_path / "topics.ttl").write_text(TOPICS_TTL, encoding="utf-8")
    return folder


def _call(store) -> dict:
    from kg.outputs.export import export_data

    with kg.open(store) as opened:
        data = export_data(opened)
    labels = {a["id"]: a for a in data["actors"]}
    [call] = data["calls"]
    return {"participants": sorted(labels[p]["label"] for p in call["participants"]), "topics": call["topics"],
            "wikidata": sorted(filter(None, (labels[p]["wikidata"] for p in call["participants"])))}


def test_a_csv_of_actors_with_their_offices_and_a_file_of_topics_extend_the_bundled_ones(corpus, tmp_path):
    store = tmp_path / "store"
    kg_cli("build", corpus, "--store", store, "--actors", tmp_path / "actors.csv", "--topics", tmp_path / "topics.ttl")
    call = _call(store)
    # "la ministre française des Affaires étrangères" in 2030 is the holder the CSV gives the office
    assert call["participants"] == ["Aurore Valmont", "Olaf Scholz"] and "Q999999001" in call["wikidata"]
    assert "fisheries" in call["topics"]
    with kg.open(store) as opened:
        names = {row["name"].value for row in opened.query(
            "SELECT ?name WHERE { actor:Q999999001 rdfs:label|skos:altLabel ?name }")}
    assert {"Aurore Valmont", "Mme Valmont", "Valmont"} <= names


def test_actors_in_turtle(corpus, tmp_path):
    store = tmp_path / "store"
    kg_cli("build", corpus, "--store", store, "--actors", tmp_path / "actors.ttl")
    assert "Q999999001" in _call(store)["wikidata"]


def test_another_fingerprint_reads_every_document_again_and_says_why(corpus, tmp_path):
    store = tmp_path / "store"
    first = kg_cli("build", corpus, "--store", store)
    assert "documents=1" in first.stdout and "reading every document again" not in first.stderr
    assert "unchanged=1" in kg_cli("build", corpus, "--store", store).stdout

    with_actors = kg_cli("build", corpus, "--store", store, "--actors", tmp_path / "actors.csv")
    assert "documents=1" in with_actors.stdout
    assert "kg: reading every document again: the gazetteer (or --actors) changed" in with_actors.stderr
    assert "unchanged=1" in kg_cli("build", corpus, "--store", store, "--actors", tmp_path / "actors.csv").stdout

    forced = kg_cli("build", corpus, "--store", store, "--actors", tmp_path / "actors.csv", "--force")
    assert "documents=1" in forced.stdout and "reading every document again: --force" in forced.stderr

    with kg.open(store, write=True) as opened:  # a store from a kg that did not record its fingerprint
        opened.update("DELETE WHERE { GRAPH ?g { ?g kg:extractedWith ?f } } ; DROP SILENT GRAPH <https://w3id.org/kg-diplo/graph/meta>")
    older = kg_cli("build", corpus, "--store", store, "--actors", tmp_path / "actors.csv")
    assert "documents=1" in older.stdout and "built by an earlier kg" in older.stderr


def test_the_fingerprint_names_each_part():
    parts = fingerprint(Extensions())
    assert set(parts) == {"kg", "rules", "cues", "gazetteer", "topics", "model"}
    other = fingerprint(Extensions(topics=(Source("t.ttl", TOPICS_TTL),)))
    assert {k for k in parts if parts[k] != other[k]} == {"topics"}


@pytest.mark.parametrize("content, message", [
    ("nom,type\nX,Person\n", "the first line must name the columns"),
    ("name,type\nX,Leader\n", "type 'Leader' is not one of"),
    ("name,wikidata\nX,7747\n", "is not a Wikidata id"),
    ("name,offices\nX,FR-foreign-ministre 2030-01-01/\n", "did you mean FR-foreign-minister"),
    ("name,offices\nX,FR-foreign-minister depuis 2030\n", "write OFFICE START/END"),
])
def test_a_bad_actors_file_is_named_with_what_to_write(tmp_path, content, message):
    from kg.nlp import gazetteer
    from kg.nlp.extensions import use

    try:
        use(Extensions(actors=(Source("mine.csv", content),)))
        with pytest.raises(InputError, match=message):
            gazetteer.load()
    finally:
        use(Extensions())


def test_a_file_of_the_wrong_kind_is_refused_before_anything_is_built(corpus, tmp_path):
    result = kg_cli("build", corpus, "--store", tmp_path / "store", "--actors", tmp_path / "topics.ttl",
                    "--topics", tmp_path / "actors.csv", code=1)
    assert "--topics takes .ttl files" in result.output


#: `--actors` and `--topics` files that are no regular file: a FIFO hung the build for ever, a
#: link to /dev/zero read until memory ran out (a `MemoryError` traceback), each before the store
#: was even opened. Each is now refused on one line, at once, as an article would be.
NOT_FILES = {"actors_fifo": ("--actors", "mine.csv", "fifo", "a named pipe"),
             "topics_dev_zero": ("--topics", "mine.ttl", "/dev/zero", "a character device"),
             "actors_dev_zero": ("--actors", "mine.ttl", "/dev/zero", "a character device")}


@pytest.mark.parametrize(("option", "name", "kind", "said"), NOT_FILES.values(), ids=NOT_FILES)
def test_an_actors_or_topics_file_that_is_no_regular_file_is_refused_at_once(tmp_path, option, name, kind, said):
    import os
    import subprocess

    from tests.conftest import kg_command
    from tests.damage import at_most_4_gb

    given = tmp_path / name
    if kind == "fifo":
        os.mkfifo(given)
    else:
        given.symlink_to(kind)
    article = tmp_path / "a.txt"
    article.write_text("Emmanuel Macron a appelé Olaf Scholz mardi.\n", encoding="utf-8")
    done = subprocess.run([*kg_command(), "build", str(article), "--store", str(tmp_path / "store"), option, str(given)],
                          capture_output=True, text=True, timeout=60, preexec_fn=at_most_4_gb, stdin=subprocess.DEVNULL)
    assert done.returncode == 1 and done.stderr == f"Error: {given}: not a regular file ({said}); kg reads only files\n", \
        done.stderr[-500:]
    assert not (tmp_path / "store").exists()
