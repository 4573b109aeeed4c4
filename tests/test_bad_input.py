"""Bad input through the real command line: each bad file is one line on stderr naming it and
its problem, the documented exit code, the good files still built, nothing already built lost.

`kg build` exits 0 when anything was built or found unchanged, 1 when nothing could be built.
Every case runs on a copy of a store that already holds two documents, and checks that they
are still there, byte for byte the same graphs. (GUARANTEES.md maps each case to its test.)
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import tracemalloc
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph.store import Store
from tests.conftest import SHARED, store_state
from tests.damage import RUNAWAY_DAMAGE, at_most_4_gb, zero_table
from tests.warm_build import WarmBuilds

FRENCH = ("Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz ce mardi, a indiqué l'Élysée "
          "dans un communiqué. Les deux dirigeants ont parlé de la guerre en Ukraine et de la sécurité "
          "de l'Europe, selon la présidence française.")
NO_CALL = ("Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine. Le ministre de "
           "l'Économie a défendu devant les députés une baisse des dépenses publiques et une hausse de la "
           "fiscalité sur les grandes entreprises, selon le texte déposé à l'Assemblée nationale.")
ENGLISH = "The president spoke with his counterpart on the phone on Tuesday, the White House said in a statement. " * 3
RUSSIAN = ("Президент России Владимир Путин провел телефонный разговор с президентом Франции Эммануэлем "
           "Макроном, сообщила пресс-служба Кремля. Стороны обсудили ситуацию на Украине и вопросы "
           "европейской безопасности.")
HOSTILE_HTML = f"""<!DOCTYPE html><html><head><title>Entretien</title>
<script>alert('head')</script><style>body {{ background: url(javascript:alert('css')) }}</style>
<script type="module">import('http://evil.example/x.js')</script></head>
<body onload="alert('body')"><nav>Menu Accueil Politique</nav>
<article><h1>Macron et Scholz se parlent</h1>
<p onclick="alert('p')">{FRENCH}</p><img src=x onerror="alert('img')">
<iframe src="http://evil.example/" srcdoc="<script>alert('iframe')</script>"></iframe>
<svg><script>alert('svg')</script></svg><noscript>alert('noscript')</noscript>
<object data="javascript:alert('object')"></object><!-- alert('comment') -->
<p>{NO_CALL}</p><p>{FRENCH}</p></article>
<footer><script>alert('footer')</script></footer></body></html>"""

runner = CliRunner()


def kg(*args):
    """`kg ARGS` in this process (the spaCy model is already loaded): click's Result."""
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def summary(result) -> dict[str, str]:
    return dict(re.findall(r"(\w+)=(\S+)", result.stdout))


def skipped_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("kg: skipped ")]


def folder_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def base(tmp_path_factory, nlp) -> tuple[Path, dict]:
    """A store already holding two seed documents, and its graphs."""
    corpus = tmp_path_factory.mktemp("base-corpus")
    for name in ("000_a5d666e322ee2225", "001_3fc3b6d40372bc28"):
        for suffix in (".txt", ".json"):
            shutil.copy(SHARED / "seeds" / f"{name}{suffix}", corpus)
    store = tmp_path_factory.mktemp("base") / "store"
    result = kg("build", corpus, "--store", store)
    assert result.exit_code == 0 and summary(result)["documents"] == "2", result.output
    return store, store_state(store)


@pytest.fixture
def store(base, tmp_path) -> Path:
    """A fresh copy of the base store for one test."""
    copy = tmp_path / "store"
    shutil.copytree(base[0], copy)
    return copy


def assert_nothing_lost(store: Path, base) -> dict:
    """Every document graph of the base is still there as it was (the actors and calls graphs,
    derived from them, grow with the new documents)."""
    state = store_state(store)
    for graph, triples in base[1].items():
        if "/kg-diplo/doc/" not in graph:
            continue
        assert state.get(graph) == triples, f"{graph} changed or vanished"
    return state


# ---------------------------------------------------------------------- one bad input alone

def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _sidecar(folder: Path, meta: object, raw: str | None = None) -> tuple[Path, Path]:
    article = _write(folder, "article.txt", FRENCH)
    sidecar = _write(folder, "article.json", raw if raw is not None else json.dumps(meta))
    return article, sidecar


def case_empty(folder):
    return _write(folder, "vide.txt", ""), "vide.txt", "empty article"


def case_blank(folder):
    return _write(folder, "blanc.txt", " \n\t\n  "), "blanc.txt", "empty article"


def case_binary(folder):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20
    return _write(folder, "photo.txt", png), "photo.txt", "binary file"


def case_neither_utf8_nor_cp1252(folder):
    return _write(folder, "brouillé.txt", FRENCH.encode("utf-8")[:40] + b"\x81\x8d\x8f\x90\x9d" * 10), \
        "brouillé.txt", "not UTF-8 text, nor Windows-1252"


def case_too_large_text(folder):
    path = folder / "énorme.txt"
    chunk = (FRENCH + "\n").encode("utf-8")
    with path.open("wb") as out:
        for _ in range(50_000_000 // len(chunk) + 1):
            out.write(chunk)
    assert path.stat().st_size >= 50_000_000
    return path, "énorme.txt", "file too large (50 MB; at most 20 MB)"


def case_too_large_sparse_jsonl(folder):
    path = folder / "énorme.jsonl"
    with path.open("wb") as out:
        out.truncate(60_000_000)  # sparse: would be 60 MB of NULs if read
    return path, "énorme.jsonl", "file too large"


def case_sidecar_not_json(folder):
    article, _ = _sidecar(folder, None, raw="{published: 2024-03-12,")
    return article, "article.json", "sidecar is not valid JSON"


def case_sidecar_not_utf8(folder):
    article, sidecar = _sidecar(folder, None, raw="")
    sidecar.write_bytes(b'{"title": "\xe9t\xe9"}')
    return article, "article.json", "sidecar is not valid JSON"


def case_sidecar_not_an_object(folder):
    article, _ = _sidecar(folder, ["2024-03-12", "Le Monde"])
    return article, "article.json", "sidecar must be a JSON object"


def case_sidecar_wrong_type(folder):
    article, _ = _sidecar(folder, {"published": "2024-03-12", "title": ["Macron", "Scholz"]})
    return article, "article.json", "'title' must be a string or null, not list"


def case_sidecar_date_not_a_string(folder):
    article, _ = _sidecar(folder, {"published": 20240312})
    return article, "article.json", "'published' must be YYYY-MM-DD"


def case_sidecar_impossible_date(folder):
    article, _ = _sidecar(folder, {"published": "2023-02-29"})
    return article, "article.json", "'published' is not a real date: '2023-02-29'"


def case_sidecar_month_13(folder):
    article, _ = _sidecar(folder, {"published": "2024-13"})
    return article, "article.json", "'published' is not a real date"


def case_english(folder):
    return _write(folder, "english.txt", ENGLISH), "english.txt", "kg reads French"


def case_russian(folder):
    return _write(folder, "русский.txt", RUSSIAN), "русский.txt", "kg reads French"


def case_declared_language(folder):
    article, _ = _sidecar(folder, {"language": "de"})
    return article, "article.txt", "article language is 'de', kg reads French"


def case_missing_path(folder):
    return folder / "nulle part" / "absent.txt", "absent.txt", "no such file or folder"


def case_unsupported_type(folder):
    return _write(folder, "rapport.pdf", b"%PDF-1.7\n"), "rapport.pdf", "unsupported file type .pdf"


def case_sidecar_given_alone(folder):
    return _write(folder, "meta.json", "{}"), "meta.json", "is read as the sidecar of NAME.txt"


def case_html_without_text(folder):
    page = "<html><head><script>alert(1)</script><style>p {}</style></head><body><script>x()</script></body></html>"
    return _write(folder, "vide.html", page), "vide.html", "no article text found in the HTML page"


def case_html_tag_of_40000_attributes(folder):
    """0.5 MB: libxml2 checks each attribute against those before it; the build waited 300 s."""
    attributes = " ".join(f'a{i}="x"' for i in range(40_000))
    page = f"<html><body><p {attributes}>Emmanuel Macron a appelé Olaf Scholz mardi.</p></body></html>"
    return _write(folder, "attributs.html", page), "attributs.html", "an HTML tag with more than 1,000 attributes"


def case_jsonl_all_bad(folder):
    lines = ["{broken", json.dumps(["not", "an", "object"]), json.dumps({"text": FRENCH}),
             json.dumps({"id": "x", "text": 42}), json.dumps({"id": "y", "text": FRENCH, "published": "2024-02-30"})]
    return _write(folder, "lot.jsonl", "\n".join(lines)), "lot.jsonl:1", "not valid JSON"


def case_symlink_loop_file(folder):
    a, b = folder / "boucle-a.txt", folder / "boucle-b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    return a, "boucle-a.txt", "Too many levels of symbolic links"


def case_empty_folder(folder):
    empty = folder / "dossier vide"
    empty.mkdir()
    (empty / "notes.md").write_text("pas un article")
    return empty, None, "no .txt, .html or .jsonl article found"


def case_sidecar_year_1_with_a_relative_date(folder):
    article, _ = _sidecar(folder, {"published": "0001-01-01"})
    article.write_text(FRENCH.replace("ce mardi", "mardi dernier"), encoding="utf-8")
    return article, "article.json", "'published' year 1 is out of range (1000 to 2999)"


def case_sidecar_year_9999_with_a_relative_date(folder):
    article, _ = _sidecar(folder, {"published": "9999-12-31"})
    article.write_text(FRENCH.replace("ce mardi", "mardi prochain") + " Ils se reparleront la semaine prochaine.",
                       encoding="utf-8")
    return article, "article.json", "'published' year 9999 is out of range"


def case_sidecar_unicode_digits(folder):
    article, _ = _sidecar(folder, {"published": "٢٠٢٤-٠٣-١٢"})  # Arabic-Indic digits: int() reads them
    return article, "article.json", "'published' must be YYYY-MM-DD"


def case_too_long_single_line(folder):
    line = FRENCH.replace(".", ",") + " "
    path = _write(folder, "une-ligne.txt", line * (5_000_000 // len(line) + 1))
    return path, "une-ligne.txt", "article too long (5,000,"


def case_nul_after_8_kb(folder):
    return _write(folder, "nul.txt", (FRENCH + "\n") * 200 + "\x00" + FRENCH), "nul.txt", "binary file (NUL bytes)"


def case_jsonl_nul_escape(folder):
    line = json.dumps({"id": "nul", "text": FRENCH + "\u0000" + NO_CALL})
    return _write(folder, "nul.jsonl", line), "nul.jsonl:1", "NUL character in the text"


def case_jsonl_lone_surrogate(folder):
    line = json.dumps({"id": "demi", "text": FRENCH}).replace("dirigeants", "dirigeants \\ud800")
    return _write(folder, "demi.jsonl", line), "demi.jsonl:1", "not valid Unicode"


def case_jsonl_nested_too_deeply(folder):  # json raised RecursionError: the whole build stopped, "store damaged"
    line = json.dumps({"id": "profond", "text": FRENCH, "notes": 0}).replace("0}", "[" * 100_000 + "]" * 100_000 + "}")
    return _write(folder, "profond.jsonl", line), "profond.jsonl:1", "nested too deeply"


def case_sidecar_nested_too_deeply(folder):
    article, _ = _sidecar(folder, None, raw="[" * 500_000 + "]" * 500_000)
    return article, "article.json", "sidecar is not valid JSON for kg (nested too deeply)"


def case_jsonl_number_too_long(folder):  # int() refuses 4,300 digits or more with ValueError: a traceback
    line = json.dumps({"id": "nombre", "text": FRENCH, "vues": 0}).replace("0}", "7" * 5000 + "}")
    return _write(folder, "nombre.jsonl", line), "nombre.jsonl:1", "not valid JSON for kg (Exceeds the limit"


def case_jsonl_key_twice(folder):  # Python keeps the last 'id', other readers the first
    line = json.dumps({"id": "premier", "text": FRENCH}).replace("}", ', "id": "second"}')
    return _write(folder, "deux-fois.jsonl", line), "deux-fois.jsonl:1", "the key 'id' is given twice"


def case_jsonl_id_true(folder):
    return _write(folder, "vrai.jsonl", json.dumps({"id": True, "text": FRENCH})), "vrai.jsonl:1", "missing 'id'"


def case_sidecar_date_with_a_final_line_feed(folder):  # '$' matched before it: stored as a broken date
    article, _ = _sidecar(folder, {"published": "2024-03-12\n"})
    return article, "article.json", "'published' must be YYYY-MM-DD"


def case_sidecar_fullwidth_digits(folder):
    article, _ = _sidecar(folder, {"published": "２０２４-03-12"})
    return article, "article.json", "'published' must be YYYY-MM-DD"


def case_sidecar_nul_in_the_title(folder):
    article, _ = _sidecar(folder, {"title": "Macron\u0000Scholz"})
    return article, "article.txt", "NUL character in the text or its metadata"


CASES = [case_empty, case_blank, case_binary, case_neither_utf8_nor_cp1252, case_too_large_text,
         case_too_large_sparse_jsonl, case_sidecar_not_json, case_sidecar_not_utf8, case_sidecar_not_an_object,
         case_sidecar_wrong_type, case_sidecar_date_not_a_string, case_sidecar_impossible_date,
         case_sidecar_month_13, case_english, case_russian, case_declared_language, case_missing_path,
         case_unsupported_type, case_sidecar_given_alone, case_html_without_text, case_jsonl_all_bad,
         case_symlink_loop_file, case_empty_folder, case_sidecar_year_1_with_a_relative_date,
         case_sidecar_year_9999_with_a_relative_date, case_sidecar_unicode_digits, case_too_long_single_line,
         case_nul_after_8_kb, case_jsonl_nul_escape, case_jsonl_lone_surrogate, case_jsonl_nested_too_deeply,
         case_sidecar_nested_too_deeply, case_jsonl_number_too_long, case_jsonl_key_twice, case_jsonl_id_true,
         case_sidecar_date_with_a_final_line_feed, case_sidecar_fullwidth_digits, case_sidecar_nul_in_the_title,
         case_html_tag_of_40000_attributes]


@pytest.mark.parametrize("case", CASES, ids=[c.__name__.removeprefix("case_") for c in CASES])
def test_a_bad_input_alone_is_named_exits_1_and_loses_nothing(case, base, store, tmp_path):
    inputs = tmp_path / "entrées"
    inputs.mkdir()
    path, name, problem = case(inputs)
    tracemalloc.start()
    try:
        result = kg("build", path, "--store", store)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stderr.rstrip("\n").splitlines()[-1].startswith("Error: nothing could be built")
    lines = skipped_lines(result)
    if name is None:
        assert lines == [] and problem in result.stderr
    else:
        assert any(name in line and problem in line for line in lines), result.stderr
        assert all(len(line) < 500 for line in lines)
    assert summary(result)["documents"] == "0"
    if "too large" in problem:  # refused from its size, not read into memory first
        assert peak < 10_000_000, f"{peak} bytes allocated to refuse {path.name}"
    assert_nothing_lost(store, base)


# ---------------------------------------------------------------------- inputs that build

@pytest.fixture(scope="module")
def odd_but_good(base, tmp_path_factory):
    """One build of a folder of unusual but readable inputs, on a copy of the base store."""
    folder = tmp_path_factory.mktemp("odd") / "entrées"
    folder.mkdir()
    latin = FRENCH.replace("ce mardi", "ce mardi « à l'Élysée »") + " Ça s'est passé à Paris, où l'on a évoqué la crise."
    _write(folder, "latin1.txt", latin.encode("latin-1"))
    windows = FRENCH.replace("l'Élysée", "l’Élysée") + " Il a cité l’œuvre commune : 100 € par habitant…"
    _write(folder, "cp1252.txt", windows.encode("cp1252"))
    _write(folder, "sans-appel.txt", NO_CALL)
    _write(folder, "dossier été/article n° 1 « Macron » (copie).txt", FRENCH)
    (folder / "dossier été" / "boucle").symlink_to(folder)  # a folder loop
    (folder / "dossier été" / "parent").symlink_to("..")
    _write(folder, "page.html", HOSTILE_HTML)
    _write(folder, "bom.txt", FRENCH)
    _write(folder, "bom.json", b"\xef\xbb\xbf" + json.dumps({"source": "Notepad", "published": "2024-03-12"}).encode())
    lines = [json.dumps({"id": "ligne-1", "text": FRENCH, "published": "2024-03-12"}), "{broken",
             "", json.dumps({"id": "ligne 3 é", "text": NO_CALL, "source": "AFP"})]
    _write(folder, "lot.jsonl", "\n".join(lines))
    store = tmp_path_factory.mktemp("odd-store") / "store"
    shutil.copytree(base[0], store)
    result = kg("build", folder, "--store", store)
    return folder, store, result, {"latin": latin, "windows": windows}


def _document_texts(store: Path) -> dict[str, str]:

    with Store(store) as opened:
        rows = opened.query_in_process("SELECT ?id ?text WHERE { ?d a kg:Document ; dcterms:identifier ?id ; schema:text ?text }")
        return {r["id"].value: r["text"].value for r in rows}


def test_odd_but_readable_inputs_are_built_and_one_bad_jsonl_line_is_named(odd_but_good, base):
    folder, store, result, _ = odd_but_good
    assert result.exit_code == 0, result.output
    assert summary(result)["documents"] == "8" and summary(result)["problems"] == "1"
    assert skipped_lines(result) == [(f"kg: skipped {folder / 'lot.jsonl'}:2: not valid JSON (Expecting property name "
                                      "enclosed in double quotes)")]
    texts = _document_texts(store)
    assert set(texts) >= {"latin1", "cp1252", "sans-appel", "article_n__1___Macron____copie_-af2be775", "page", "ligne-1",
                          "ligne_3_é-9a2da33f", "bom"}  # a sidecar starting with a UTF-8 BOM skipped its article
    assert_nothing_lost(store, base)


def test_latin1_and_windows_1252_are_decoded_with_a_warning_on_stderr(odd_but_good):
    folder, store, result, written = odd_but_good
    warnings = [line for line in result.stderr.splitlines() if line.startswith("kg: warning: ")]
    assert warnings == [f"kg: warning: {folder / 'cp1252.txt'}: not UTF-8; decoded as Windows-1252",
                        f"kg: warning: {folder / 'latin1.txt'}: not UTF-8; decoded as Windows-1252"]
    assert "warning" not in result.stdout
    texts = _document_texts(store)
    assert texts["latin1"] == written["latin"] and texts["cp1252"] == written["windows"]


def test_an_article_without_a_call_is_built_with_no_call(odd_but_good, store, tmp_path):
    _, odd_store, _, _ = odd_but_good

    with Store(odd_store) as opened:
        rows = opened.query_in_process("SELECT ?id (COUNT(?c) AS ?calls) WHERE { GRAPH ?g { ?g dcterms:identifier ?id "
                                       "OPTIONAL { ?c a kg:CallReport } } } GROUP BY ?id")
        calls = {r["id"].value: int(r["calls"].value) for r in rows}
    assert calls["sans-appel"] == 0 and calls["ligne_3_é-9a2da33f"] == 0 and calls["ligne-1"] == 1
    alone = kg("build", _write(tmp_path, "budget.txt", NO_CALL), "--store", store)
    assert alone.exit_code == 0 and alone.stderr == ""
    assert summary(alone)["documents"] == "1" and summary(alone)["calls"] == "0"


def test_html_keeps_the_text_and_drops_scripts_styles_and_markup(odd_but_good):
    _, store, _, _ = odd_but_good
    text = _document_texts(store)["page"]
    assert "Emmanuel Macron s'est entretenu" in text and "projet de budget" in text
    for leftover in ("alert", "<", ">", "javascript", "background", "evil.example", "onerror", "Menu Accueil"):
        assert leftover not in text, leftover


def test_odd_file_names_and_folder_loops_give_stable_ids(odd_but_good):
    folder, store, result, _ = odd_but_good

    with Store(store) as opened:
        hashes = opened.document_hashes()
    assert "https://w3id.org/kg-diplo/doc/article_n__1___Macron____copie_-af2be775" in hashes
    assert not any("boucle" in line or "parent" in line for line in result.stderr.splitlines())
    again = kg("build", folder, "--store", store)  # the loops are not followed, so nothing is read twice
    assert again.exit_code == 0 and summary(again)["unchanged"] == "8" and summary(again)["documents"] == "0"


def test_bad_inputs_among_good_ones_exit_0_and_each_is_named(base, store, tmp_path):
    inputs = tmp_path / "mélange"
    inputs.mkdir()
    expected = []
    for case in CASES:
        if case in (case_empty_folder, case_missing_path, case_sidecar_given_alone, case_unsupported_type):
            continue  # an extension the folder walk ignores, or not a file in the folder
        sub = inputs / case.__name__
        sub.mkdir()
        _, name, problem = case(sub)
        expected.append((name, problem))
    _write(inputs, "zz-bon.txt", FRENCH)
    result = kg("build", inputs, inputs / "absent.txt", "--store", store)
    assert result.exit_code == 0, result.output
    assert summary(result)["documents"] == "1"
    lines = skipped_lines(result)
    for name, problem in expected + [("absent.txt", "no such file or folder")]:
        assert any(name in line and problem in line for line in lines), (name, problem, result.stderr)
    state = assert_nothing_lost(store, base)
    assert "<https://w3id.org/kg-diplo/doc/zz-bon>" in state


# ---------------------------------------------------------------------- bad stores

@pytest.mark.parametrize("command", [["build", SHARED / "seeds"], ["query", "ASK {}"], ["export", "--out", "x.json"],
                                     ["validate"], ["viz", "--out", "x.html"], ["stats"]])
def test_a_store_from_a_newer_kg_is_refused_and_left_untouched(store, tmp_path, command, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (store / "kg-store.json").write_text(json.dumps({"format": 999}) + "\n", encoding="utf-8")
    before = folder_digest(store)
    stamps = {p: p.stat().st_mtime_ns for p in store.rglob("*")}
    result = kg(*command, "--store", store)
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == (f"Error: {store / 'kg-store.json'}: store format 999 was written by a newer kg "
                                     "(this one reads format 1)")
    assert folder_digest(store) == before and {p: p.stat().st_mtime_ns for p in store.rglob("*")} == stamps
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "x.html").exists()


def test_an_unreadable_store_marker_is_refused(store):
    (store / "kg-store.json").write_text("<html>not json</html>", encoding="utf-8")
    result = kg("build", SHARED / "seeds", "--store", store)
    assert result.exit_code == 1 and "unreadable store marker; is this a kg store?" in result.stderr


@pytest.mark.parametrize("marker", ["huge", "nested_deeply"])
def test_a_store_marker_is_read_with_a_bound(store, marker):
    """A marker of 40 MB (valid JSON: the format, then blanks) was read whole and accepted (a
    300 MB one took `kg query` to 630 MB); one nested 200,000 deep was a `RecursionError`, said to
    be a damaged database. Each is an unreadable marker now, read no further than 16 MB."""
    import kg as library

    path = store / "kg-store.json"
    if marker == "huge":
        with path.open("w", encoding="utf-8") as file:
            file.write('{"format": 1')
            file.write(" " * (40 << 20))
            file.write("}")
    else:
        path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    tracemalloc.start()
    with pytest.raises(library.StoreError) as refused:
        library.open(store)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert str(refused.value) == f"{path}: unreadable store marker; is this a kg store?" and peak < 40 << 20, peak


MALFORMED_SEALS = {
    "entry_a_number": lambda files: {**files, "CURRENT": 5},
    "entry_of_three": lambda files: {**files, "CURRENT": [16, None, 0]},
    "digest_a_number": lambda files: {**files, "CURRENT": [16, 7]},
    "seal_a_string": lambda files: "files",
    "seal_a_list": lambda files: list(files.values()),
}


@pytest.mark.parametrize("case", sorted(MALFORMED_SEALS))
def test_a_store_marker_whose_seal_is_malformed_is_one_line(store, case):
    """The marker's seal ('files': each database file's [size, digest]) with an entry that is not
    such a pair was a 40-line traceback from every command (`(size, digest) = 5`); one that is
    not a dict was taken for no seal, and the store read unchecked. Each is an unreadable marker."""
    path = store / "kg-store.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**meta, "files": MALFORMED_SEALS[case](meta["files"])}), encoding="utf-8")
    for command in (["query", "ASK {}"], ["build", SHARED / "seeds" / "000_a5d666e322ee2225.txt"]):
        result = kg(*command, "--store", store)
        assert result.exit_code == 1 and result.stderr.startswith(f"Error: {path}: unreadable store marker (its 'files' is not"), result.output
        assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("kind", ["file", "link_to_a_folder_elsewhere"])
def test_a_build_over_a_store_whose_snapshots_is_no_folder_is_refused_before_writing(store, tmp_path, kind):
    """With `snapshots` a file or a link elsewhere, readers read the live database: a build's own
    reads failed on the tables its writer had just compacted away ("damaged and cannot be opened",
    a false alarm) after it had written its documents and before it derived the actors and calls
    graphs. It is refused at once now, nothing written; reading the store still works."""
    snapshots = store / "snapshots"
    shutil.rmtree(snapshots, ignore_errors=True)
    if kind == "file":
        snapshots.write_text("mine", encoding="utf-8")
    else:
        (tmp_path / "elsewhere").mkdir()
        snapshots.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    before = folder_digest(store / "oxigraph")
    result = kg("build", SHARED / "seeds", "--store", store)
    assert result.exit_code == 1 and result.stderr.strip().endswith(f"so kg will not write to this store (remove {snapshots})")
    assert len(result.stderr.strip().splitlines()) == 1 and folder_digest(store / "oxigraph") == before
    assert kg("query", "ASK { ?c a kg:Call }", "--store", store).stdout.strip() == "true"


@pytest.mark.parametrize("command", [["query", "ASK {}"], ["export", "--out", "x.json"], ["validate"]])
def test_a_store_path_that_is_a_file_is_refused_and_kept(tmp_path, command, monkeypatch):
    """`kg build` on it: tests/test_cli.py::test_store_path_that_is_a_file."""
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "store.txt"
    target.write_text("mes notes", encoding="utf-8")
    result = kg(*command, "--store", target)
    assert result.exit_code == 1 and result.stderr.strip() == f"Error: store path {target} is a file, not a folder"
    assert target.read_text(encoding="utf-8") == "mes notes"


# ---------------------------------------------------------------------- files that must not get in

def test_a_fifo_and_a_device_are_refused_without_reading_them(base, store, tmp_path, warm_forkserver):
    """A real `kg build` process (forked with the model loaded, tests/warm_build.py; a FIFO read in
    this one would hang the test run): a named pipe called x.txt and a socket called s.txt in the
    folder (it was "No such device or address"), and a link to /dev/zero given as an article, are
    each one line; the good article is built."""
    import socket

    inputs = tmp_path / "entrées"
    inputs.mkdir()
    os.mkfifo(inputs / "x.txt")
    listening = socket.socket(socket.AF_UNIX)
    listening.bind(os.path.relpath(inputs / "s.txt"))  # relative: a socket's path is at most 107 bytes
    _write(inputs, "bon.txt", FRENCH)
    zero = tmp_path / "zéro.txt"
    zero.symlink_to("/dev/zero")
    build = WarmBuilds(tmp_path).start(inputs, store, str(zero))
    out, err = build.communicate(timeout=300)
    result = SimpleNamespace(returncode=build.returncode, stdout=out, stderr=err)
    assert result.returncode == 0, result.stderr
    listening.close()
    assert sorted(line for line in result.stderr.splitlines() if line.startswith("kg: skipped ")) == [
        f"kg: skipped {inputs / 's.txt'}: not a regular file (a socket); kg reads only files",
        f"kg: skipped {inputs / 'x.txt'}: not a regular file (a named pipe); kg reads only files",
        f"kg: skipped {zero}: not a regular file (a character device); kg reads only files"]
    assert "Traceback" not in result.stderr and summary(result)["documents"] == "1"
    assert "<https://w3id.org/kg-diplo/doc/bon>" in assert_nothing_lost(store, base)


def test_symbolic_links_leaving_the_input_folder_are_named_and_not_followed(base, store, tmp_path):
    """A file link and a folder link out of the input are each one line and nothing they lead to
    is read; links that stay inside are read as before (a folder loop is not followed)."""
    secret = ("Le mot de passe du serveur est « hunter2 », a indiqué l'administrateur dans un courriel "
              "adressé à tous les employés de la société, selon le texte que nous avons lu.")
    outside = tmp_path / "ailleurs"
    _write(outside, "secret.txt", secret)
    _write(outside, "dossier/autre.txt", secret)
    inputs = tmp_path / "entrées"
    _write(inputs, "bon.txt", FRENCH)
    _write(inputs, "sous/sans-appel.txt", NO_CALL)
    (inputs / "fuite.txt").symlink_to(outside / "secret.txt")
    (inputs / "sous" / "fuite-relative.txt").symlink_to(Path("..") / ".." / "ailleurs" / "secret.txt")
    (inputs / "dossier-fuite").symlink_to(outside / "dossier")
    (inputs / "interne.txt").symlink_to(Path("sous") / "sans-appel.txt")  # stays inside: read, once
    (inputs / "sous" / "boucle").symlink_to(inputs)  # stays inside: a loop, not followed, not named
    result = kg("build", inputs, "--store", store)
    assert result.exit_code == 0, result.output
    leaving = "symbolic link leaving the input folder"
    assert skipped_lines(result) == [f"kg: skipped {inputs / 'dossier-fuite'}: {leaving}",
                                     f"kg: skipped {inputs / 'fuite.txt'}: {leaving}",
                                     f"kg: skipped {inputs / 'sous' / 'fuite-relative.txt'}: {leaving}",
                                     f"kg: skipped {inputs / 'interne.txt'}: the same file as "
                                     f"{inputs / 'sous' / 'sans-appel.txt'}, read once under that name"]
    assert summary(result)["documents"] == "2"
    assert not any("hunter2" in text for text in _document_texts(store).values())
    assert_nothing_lost(store, base)


#: File names a message about the file would carry to the terminal as they are: a line break
#: forged a second `kg: skipped ...` line, an escape sequence reached the terminal.
HOSTILE_NAMES = ["a\x1b[31mred\x1b[0m.txt", "b\nkg: skipped forged.txt: nothing.txt", "c\rd.txt", "e\u2028f.txt",
                 "g\x07h.txt"]


def test_a_file_name_never_makes_more_than_one_line_nor_reaches_the_terminal_raw(store, tmp_path):
    """Each of these names, an empty article, is one `kg: skipped` line of printable characters
    (the others written as Python escapes them), the good article built."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in HOSTILE_NAMES:
        (folder / name).write_text("", encoding="utf-8")
    shutil.copy(SHARED / "seeds" / "002_1d539379fdf0f311.txt", folder)
    result = kg("build", folder, "--store", store)
    lines = result.stderr.splitlines()
    assert result.exit_code == 0 and summary(result)["documents"] == "1", result.output
    assert len(lines) == len(HOSTILE_NAMES) and all(line.startswith("kg: skipped ") for line in lines), lines
    assert all(line.isprintable() and line.endswith(": empty article (no text)") for line in lines), lines
    assert f"kg: skipped {folder}/b\\nkg: skipped forged.txt: nothing.txt: empty article (no text)" in lines, lines


def test_two_different_names_never_share_a_document_id(base, store, tmp_path):
    """'a b' and 'a_b', a name with a zero-width space, NFC and NFD 'é', JSON Lines ids 7 and
    "7": each its own document, with an id the next build finds again."""
    inputs = tmp_path / "entrées"
    names = ["a b.txt", "a_b.txt", "a\u200bb.txt", "\u00e9t\u00e9.txt", "e\u0301te\u0301.txt"]
    for name in names:
        _write(inputs, name, FRENCH.replace("ce mardi", f"ce mardi ({name})"))
    _write(inputs, "lot.jsonl", "\n".join(json.dumps({"id": key, "text": f"{FRENCH} ({key!r})"}) for key in (7, "7")))
    first = kg("build", inputs, "--store", store)
    assert first.exit_code == 0 and first.stderr == "", first.output
    assert summary(first)["documents"] == "7"
    ids = set(_document_texts(store)) - {"000_a5d666e322ee2225", "001_3fc3b6d40372bc28"}
    assert len(ids) == 7 and {"a_b", "7"} <= ids
    again = kg("build", inputs, "--store", store)
    assert summary(again)["unchanged"] == "7" and summary(again)["documents"] == "0"
    assert_nothing_lost(store, base)


def test_a_document_from_another_file_warns_before_it_replaces_one(base, store, tmp_path):
    """The same file name in two folders, built in two runs: the second says, on one line, that
    it replaces a document read from another file; building the same folder again does not."""
    first, second = tmp_path / "janvier", tmp_path / "février"
    _write(first, "article.txt", FRENCH)
    _write(second, "article.txt", FRENCH.replace("Olaf Scholz", "Pedro Sánchez"))
    assert kg("build", first, "--store", store).stderr == ""
    again = kg("build", second, "--store", store)
    assert again.exit_code == 0 and summary(again)["documents"] == "1"
    assert again.stderr.splitlines() == [f"kg: warning: {second / 'article.txt'}: replaces document 'article', read before "
                                         "from another file (rename one of them to keep both)"]
    _write(second, "article.txt", FRENCH.replace("Olaf Scholz", "Giorgia Meloni"))
    changed = kg("build", second, "--store", store)
    assert summary(changed)["documents"] == "1" and changed.stderr == ""
    assert_nothing_lost(store, base)


def _damage(store: Path, how: str) -> None:
    database = store / "oxigraph"
    tables = sorted(database.glob("*.sst"), key=lambda p: p.stat().st_size)
    if how == "current_missing":
        (database / "CURRENT").unlink()
    elif how == "current_empty":
        (database / "CURRENT").write_bytes(b"")
    elif how == "manifest_garbage":
        for manifest in database.glob("MANIFEST-*"):
            manifest.write_bytes(bytes(range(256)) * (manifest.stat().st_size // 256 + 1))
    elif how == "table_truncated":
        with tables[-1].open("r+b") as table:
            table.truncate(tables[-1].stat().st_size // 3)
    elif how == "table_missing":
        tables[-1].unlink()
    elif how == "table_footer_garbage":
        raw = bytearray(tables[-1].read_bytes())
        raw[-48:-8] = b"\xff" * 40
        tables[-1].write_bytes(bytes(raw))
    elif how == "blocks_flipped":  # every table: the store opens, a query meets the damage where it reads
        for table in tables:
            raw = bytearray(table.read_bytes())
            for at in range(len(raw) // 8, len(raw) // 2, 7):
                raw[at] ^= 0xFF
            table.write_bytes(bytes(raw))
    else:
        raise AssertionError(how)


DAMAGE = ["current_missing", "current_empty", "manifest_garbage", "table_truncated", "table_missing",
          "table_footer_garbage", "blocks_flipped"]


@pytest.mark.parametrize("how", DAMAGE)
@pytest.mark.parametrize("command", [["build", SHARED / "seeds", "--force"], ["query", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"],
                                     ["export", "--out", "x.json"], ["validate"]], ids=["build", "query", "export", "validate"])
def test_a_damaged_store_is_one_line_never_a_traceback(store, tmp_path, how, command, warm_forkserver):
    """Each command is a real `kg` process (what a crash in the store's C++ would end), forked
    from the forkserver that has kg imported (tests/warm_build.py) rather than a cold interpreter."""
    _damage(store, how)
    process = WarmBuilds(tmp_path).command(*map(str, command), "--store", str(store), cwd=tmp_path)
    _, err = process.communicate(timeout=300)
    lines = [line.replace(str(store), "STORE") for line in err.splitlines()  # the test's own name says damaged
             if not line.startswith("kg: reading every document again")]
    assert process.returncode == 1 and len(lines) == 1, err
    assert lines[0].startswith("Error: ") and "damaged" in lines[0] and len(lines[0]) < 600, lines[0]


def test_a_damaged_table_cannot_make_a_query_take_all_memory(store, tmp_path, warm_forkserver):
    """4 KB zeroed in the table of quads by graph (`gspo`: its size unchanged, so the seal lets it
    through, and RocksDB's checksum is met only where a query reads) made a count over the
    default graph allocate without end inside Oxigraph: 1.5 GB in 30 s on a store of one
    document, 3 GB in 5 s on the sample's, 23 GB until the kernel killed it (issue 15); `kg
    export` too. `kg query` runs it in a worker whose memory and time are capped: one line, exit 1."""
    table = next(p for p in (store / "oxigraph").glob("*.sst") if b"namegspo" in p.read_bytes())  # its properties name it
    raw = bytearray(table.read_bytes())
    at = len(raw) // 4
    raw[at:at + 4096] = bytes(len(raw[at:at + 4096]))
    table.write_bytes(bytes(raw))
    process = WarmBuilds(tmp_path).command("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--max-memory", "512",
                                           "--timeout", "5", "--store", str(store), cwd=tmp_path)
    out, err = process.communicate(timeout=120)
    lines = err.splitlines()
    assert process.returncode == 1 and out == "" and len(lines) == 1 and lines[0].startswith("Error: "), err[-500:]
    assert any(said in lines[0] for said in ("damaged", "the 512 MB", "the 5 s timeout")), lines[0]


#: Every command that reads the store, besides `kg query` (above) and `kg build`, and its damage.
READING_COMMANDS = {"export": (["export", "--out", "-"], ("gpos", 4096)), "viz": (["viz", "--out", "-"], ("gpos", 4096)),
                    "stats": (["stats"], ("posg", 4096)), "ask": (["ask", "call-network"], ("posg", 4096)),
                    "merges": (["merges"], ("posg", 8192))}


@pytest.mark.parametrize(("command", "damage"), READING_COMMANDS.values(), ids=READING_COMMANDS)
def test_a_damaged_table_cannot_make_a_command_take_all_memory(base, tmp_path, command, damage):
    """Every command that reads the store runs it in a child capped in memory and time
    (kg/cli/capped.py): on a table damaged at its own size, each stops on one line naming the
    store, exit 1, nothing on stdout, in seconds, at its --max-memory; on e970c7b the same damage
    made each allocate until the 4 GB this test allows (then Rust's abort and its backtrace),
    23 GB when let be. A real `kg` process each (a cold interpreter, so that the test's own limit
    is absolute), capped at the least --max-memory allows (512 MB): a runaway grew each to the
    default 2048 MB first, some 2.5 s of CPU more per process (3.1-3.8 s against 1.0-1.2 for
    `kg stats`), and a command may need several damages before one runs away. The default is
    the option's, the same value on each command: checked here, where the cap comes from."""
    import subprocess
    import time

    import click

    from kg.limits import MAX_MEMORY_MB
    from tests.conftest import kg_command

    read = main
    for word in command:
        read = read.commands[word] if isinstance(read, click.Group) else read
    assert [p.default for p in read.params if p.name == "max_memory"] == [MAX_MEMORY_MB] == [2048], read.name
    bounded = []
    for index, at in [damage, *(other for other in RUNAWAY_DAMAGE if other != damage)]:
        store = tmp_path / f"{index}-{at}" / "store"
        shutil.copytree(base[0], store)
        zero_table(store, index, at)
        started = time.monotonic()
        process = subprocess.run([*kg_command(), *command, "--store", str(store), "--max-memory", "512"],
                                 capture_output=True, text=True, timeout=120, preexec_fn=at_most_4_gb)
        seconds = time.monotonic() - started
        lines = process.stderr.splitlines()
        if process.returncode == 0:  # this damage lies where the command does not read
            continue
        assert process.returncode == 1 and process.stdout == "" and len(lines) == 1, (index, at, process.stderr[-800:])
        assert lines[0].startswith("Error: ") and str(store) in lines[0] and seconds < 60, (lines[0], seconds)
        if "stopped on reaching 512 MB, the --max-memory" in lines[0]:
            bounded.append((index, at))
            break
    assert bounded, f"no damage of {RUNAWAY_DAMAGE} made kg {command[0]} run away: look for one that does"


#: Damages of one table at its own size that a build over the two-document store meets: a read
#: that runs away (`gpos`: the splits read before parsing) or a block failing its checksum.
BUILD_DAMAGE = [("gpos", 4096), ("posg", 4096), ("spog", 0), ("gspo", 8192)]


@pytest.mark.parametrize(("index", "at"), BUILD_DAMAGE, ids=[f"{i}_{a}" for i, a in BUILD_DAMAGE])
def test_a_build_over_a_damaged_table_stops_with_one_line_and_keeps_the_database(base, tmp_path, index, at, warm_forkserver):
    """A real `kg build` process (forked from the forkserver that has the model loaded,
    tests/warm_build.py, under the test's 4 GB guard) over a copy of the store with a table
    damaged at its own size: exit 1, one `Error:` line, in time; the database is still the one it
    was (RocksDB's IDENTITY, every graph it held), not a new one. With `gpos` damaged, the build's
    own read of the splits allocated until the guard (3.4 GB in 13 s, then a `MemoryError`
    traceback of 34 lines) on 28a676a; the build's reads now run in the store's query worker,
    stopped at --max-memory. (Documents may be written before a write meets the damage: with
    `posg` damaged, RocksDB's compaction does, at the build's last flush.) The other three
    damages are met after the parse: a cold interpreter spent most of its time loading the model
    (some 7 s of CPU a build)."""
    import time

    store = tmp_path / "store"
    shutil.copytree(base[0], store)
    zero_table(store, index, at)
    identity = (store / "oxigraph" / "IDENTITY").read_bytes()
    with Store(base[0]) as sound:
        graphs = {g.value for g in sound.graphs()}
    started = time.monotonic()
    process = WarmBuilds(tmp_path).start(SHARED / "seeds", store, "--max-memory", "512", guard=at_most_4_gb)
    _, err = process.communicate(timeout=300)
    seconds = time.monotonic() - started
    lines = err.splitlines()
    assert process.returncode == 1 and len(lines) == 1 and lines[0].startswith("Error: "), err[-800:]
    assert "damaged" in lines[0] and len(lines[0]) < 600 and seconds < 120, (lines[0], seconds)
    assert (store / "oxigraph" / "IDENTITY").read_bytes() == identity
    with Store(store) as kept:
        assert graphs <= {g.value for g in kept.graphs()}


#: A notebook's `kg.build` over a damaged store, under a 4 GB guard: what it raised, and that it lives on.
_BUILD_CALLER = """
import resource, sys, kg
resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
try:
    kg.build(sys.argv[1], store=sys.argv[2], max_memory_mb=512)
    print("built")
except kg.KgError as error:
    print(type(error).__name__ + ":", error)
print("alive")
"""


def test_kg_build_from_python_over_a_damaged_table_raises_a_store_error_and_the_caller_lives(base, tmp_path):
    """`kg.build()` from a notebook over a store whose `gpos` table is damaged at its own size:
    the build's read of the splits ran away, and the memory watch that stopped it ended the
    caller's process (exit 1, no exception to catch). Its reads now run in the store's query
    worker: one `StoreError` the caller catches, and it goes on. Where the zeroed block lands
    depends on how the base store's tables were written: a read may meet the block's checksum
    first, and a flush the damaged `posg`, `spog` or `gspo` table (pyoxigraph's RuntimeError
    'Corruption' came out of `Store.flush` as the caller's traceback, one run in three). Which
    of the three a damage meets varies from run to run with that layout; each must be one
    `StoreError` the caller catches (the runaway alone is held by the command tests above)."""
    import subprocess

    for index, at in [("gpos", 4096), ("posg", 4096), ("spog", 0)]:
        store = tmp_path / f"{index}-{at}" / "store"
        shutil.copytree(base[0], store)
        zero_table(store, index, at)
        done = subprocess.run([sys.executable, "-c", _BUILD_CALLER, str(SHARED / "seeds"), str(store)],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, (done.returncode, done.stderr[-800:])
        said, alive = done.stdout.splitlines()
        if said == "built":  # this damage lies where the build does not read
            continue
        assert said.startswith(f"StoreError: store {store}") and "damaged" in said and alive == "alive", said


def test_a_command_that_reads_the_store_stops_at_its_timeout_with_one_line(store, tmp_path):
    """The time bound of the same child: `kg validate` (pySHACL's import alone takes longer than
    0.1 s) stopped, one line naming the store and the option, exit 1; the next run works."""
    import time

    started = time.monotonic()
    result = kg("validate", "--store", store, "--timeout", "0.1")
    assert result.exit_code == 1 and result.stdout == "", result.output
    assert result.stderr == (f"Error: store {store}: stopped after 0.1 s, the --timeout (a table of a damaged store can "
                             "make a read run for ever; --timeout raises the limit)\n")
    assert time.monotonic() - started < 10
    assert kg("validate", "--store", store).exit_code == 0


def test_a_store_whose_snapshots_folder_leads_elsewhere_changes_nothing_there(store, tmp_path):
    """A store handed over with `snapshots` a symbolic link to another folder: each reader removed
    that folder's entries named like the snapshot of a dead process ('999999-notes', with what
    it held). kg now neither writes nor removes anything through the link: the store is read as
    it is (as when its folder cannot be written), the other folder untouched."""
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "999999-notes").mkdir(parents=True)
    (elsewhere / "999999-notes" / "kept.txt").write_text("mine", encoding="utf-8")
    shutil.rmtree(store / "snapshots", ignore_errors=True)
    (store / "snapshots").symlink_to(elsewhere, target_is_directory=True)
    result = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Call }", "--store", store, "--format", "csv")
    assert result.exit_code == 0 and result.stdout.splitlines()[0] == "n", result.output
    import kg as library

    with library.open(store) as opened:
        assert len(opened.graphs()) > 2
    assert [p.name for p in elsewhere.iterdir()] == ["999999-notes"]
    assert (elsewhere / "999999-notes" / "kept.txt").read_text(encoding="utf-8") == "mine"


def test_a_build_over_a_store_that_lost_its_current_file_leaves_it_untouched(store):
    """RocksDB takes a database without CURRENT for no database: kg build wrote a new, empty one
    over the tables. Refused, and not one byte or time stamp of the folder changes."""
    _damage(store, "current_missing")
    before = folder_digest(store)
    stamps = {p: p.stat().st_mtime_ns for p in store.rglob("*")}
    result = kg("build", SHARED / "seeds", "--store", store)
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"Error: store {store} is damaged: {store / 'oxigraph' / 'CURRENT'} is missing; kg will "
                                     "not write a new database over it (restore the store from a copy)")
    assert folder_digest(store) == before and {p: p.stat().st_mtime_ns for p in store.rglob("*")} == stamps


def test_two_files_of_one_id_in_one_run_name_each_other(store, tmp_path):
    """'a.txt' and 'a.TXT', or 'x/a.txt' and 'y/a.txt', give one id: the second is named with the
    first, so the user knows which to rename; the first is built."""
    inputs = tmp_path / "deux"
    _write(inputs, "a.txt", FRENCH)
    _write(inputs, "a.TXT", NO_CALL)
    result = kg("build", inputs, "--store", store)
    assert result.exit_code == 0 and summary(result)["documents"] == "1", result.output
    assert skipped_lines(result) == [f"kg: skipped {inputs / 'a.txt'}: duplicate document id 'a', the id of "
                                     f"{inputs / 'a.TXT'} read before it; kept that one (rename one of them to keep both)"]


def _damage_more(store: Path, how: str) -> None:
    database = store / "oxigraph"
    largest = max(database.glob("*.sst"), key=lambda p: p.stat().st_size)
    if how == "table_a_named_pipe":  # RocksDB opened it and waited for a writer: every command hung
        largest.unlink()
        os.mkfifo(largest)
    elif how == "table_a_link_to_a_device":
        largest.unlink()
        largest.symlink_to("/dev/zero")
    elif how == "marker_a_named_pipe":
        (store / "kg-store.json").unlink()
        os.mkfifo(store / "kg-store.json")
    elif how == "current_names_a_missing_manifest":  # these three said "its files kept changing under a running build"
        (database / "CURRENT").write_text("MANIFEST-999999\n")
    elif how == "manifest_missing":
        for manifest in database.glob("MANIFEST-*"):
            manifest.unlink()
    elif how == "database_folder_empty":
        shutil.rmtree(database)
        database.mkdir()
    elif how == "lock_a_folder":  # said "in use by another kg process"
        (database / "LOCK").unlink(missing_ok=True)
        (database / "LOCK").mkdir()
    else:
        raise AssertionError(how)


MORE_DAMAGE = ["table_a_named_pipe", "table_a_link_to_a_device", "marker_a_named_pipe", "current_names_a_missing_manifest",
               "manifest_missing", "database_folder_empty", "lock_a_folder"]


@pytest.mark.parametrize("how", MORE_DAMAGE)
def test_a_store_with_a_pipe_or_a_missing_manifest_is_named_damaged_at_once(store, tmp_path, how, warm_forkserver):
    """Never a hang on a file that is not a file, never "a build is running" for a file that is gone.
    Each command is a real `kg` process, forked warm (tests/warm_build.py)."""
    _damage_more(store, how)
    warm = WarmBuilds(tmp_path)
    query = warm.command("query", "ASK {}", "--store", str(store), cwd=tmp_path)
    _, err = query.communicate(timeout=60)
    lines = err.splitlines()
    assert query.returncode == 1 and len(lines) == 1, err
    assert ("damaged" in lines[0] or "not a regular file" in lines[0]) and "running build" not in lines[0], lines[0]
    if how == "table_a_named_pipe":
        built = warm.command("build", str(SHARED / "seeds"), "--store", str(store), cwd=tmp_path)
        _, err = built.communicate(timeout=60)
        assert built.returncode == 1 and err.splitlines() == [lines[0]], err


def test_standard_input_is_read_with_a_bound_and_decoded_like_a_file(base, store, monkeypatch):
    """`kg build -` read standard input as text without a bound: `< /dev/zero` until memory ran out,
    a Windows-1252 byte a UnicodeDecodeError traceback. Now bytes, bounded, decoded like a file."""
    import kg.ingest

    def build(data: bytes):
        return runner.invoke(main, ["build", "-", "--store", str(store)], input=data, catch_exceptions=False)

    windows = build(FRENCH.replace("l'Élysée", "l’Élysée").encode("cp1252"))
    assert windows.exit_code == 0 and summary(windows)["documents"] == "1", windows.output
    assert windows.stderr.startswith("kg: warning: ") and "decoded as Windows-1252" in windows.stderr
    lines = build((json.dumps({"id": "l1", "text": FRENCH.replace(". ", ".\u2028", 1)}, ensure_ascii=False) + "\n").encode())
    assert lines.exit_code == 0 and summary(lines)["documents"] == "1", lines.output
    monkeypatch.setattr(kg.ingest, "MAX_BYTES", 10_000)
    endless = build(b"a" * 20_000)
    assert endless.exit_code == 1 and endless.stderr.splitlines() == [
        "Error: standard input: too large (over 10,000 bytes); nothing was built"], endless.stderr
    assert_nothing_lost(store, base)
