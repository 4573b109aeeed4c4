"""Whoever writes the input folder may change it while kg reads it: a file checked as a regular
file inside the folder, swapped for a link leading out of it between that check and the open,
must not be read. Decided on the open descriptor (`kg.ingest.read_bounded`), so no swap at any
moment gets a file from outside into a document."""
from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from kg import ingest

ARTICLE = ("Le président a parlé avec son homologue au téléphone mardi, selon un communiqué de la "
           "présidence qui a été publié dans la soirée par les services de la communication.")
SECRET = ("Le mot de passe du serveur est dans ce fichier secret, qui est hors du dossier et que "
          "personne ne doit voir dans le graphe publié par le service de la communication.")


def _documents(folder: Path) -> tuple[list[ingest.Document], list[str]]:
    problems: list[str] = []
    documents = list(ingest.read_documents([folder], lambda p: problems.append(str(p))))
    return documents, problems


def _swap(name: Path, target: Path) -> None:
    """Put a symbolic link to `target` at `name` (a file: in one step, as an attacker's rename
    would; a folder is moved away first)."""
    temporary = name.with_name(name.name + ".swap")
    temporary.symlink_to(target)
    if name.is_dir() and not name.is_symlink():
        name.rename(name.with_name(name.name + ".old"))
    os.replace(temporary, name)


@pytest.fixture
def layout(tmp_path):
    inputs, outside = tmp_path / "corpus", tmp_path / "ailleurs"
    (inputs / "sous").mkdir(parents=True)
    (outside / "sous").mkdir(parents=True)
    for folder in (inputs, inputs / "sous"):
        (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for folder in (outside, outside / "sous"):
        (folder / "a.txt").write_text(SECRET, encoding="utf-8")
    (outside / "a.json").write_text(json.dumps({"title": SECRET[:60]}), encoding="utf-8")
    return inputs, outside


#: What is swapped for a link leading out (the file, its folder, its sidecar), right after the
#: check of the name that kg makes before opening it.
SWAPS = {
    "file": ("a.txt", "a.txt"),
    "folder": ("sous", "sous"),
    "sidecar": ("a.json", "a.json"),
}


@pytest.mark.parametrize("swapped", sorted(SWAPS))
def test_a_name_swapped_for_a_link_leading_out_after_its_check_is_not_read(layout, monkeypatch, swapped):
    inputs, outside = layout
    name, target = SWAPS[swapped]
    if swapped == "sidecar":
        (inputs / "a.json").write_text('{"title": "Un titre"}', encoding="utf-8")
    checked = ingest._leaves
    done = []

    def check_then_swap(path, folder):
        answer = checked(path, folder)
        if not done and Path(path).is_relative_to(inputs / name):  # the moment between the check and the open
            _swap(inputs / name, outside / target)
            done.append(path)
        return answer

    monkeypatch.setattr(ingest, "_leaves", check_then_swap)
    documents, problems = _documents(inputs)
    assert done, "the swap never happened: kg no longer checks the name first?"
    assert all("secret" not in (d.text + (d.title or "")) for d in documents), [d.origin for d in documents]
    assert any("symbolic link leaving the input folder" in p for p in problems), problems


def test_a_file_swapped_back_and_forth_while_read_never_lets_the_outside_in(layout):
    """A real race: a thread swaps the article for a link to a file outside, and back, as fast as
    it can, while the folder is read again and again (on dde2a53 the secret got in within a
    few hundred reads, or the link made a file while realpath followed it raised out of
    `read_documents`, which stops a build)."""
    inputs, outside = layout
    article, regular = inputs / "a.txt", inputs / "a.regular"
    stop = threading.Event()

    def swap_forever() -> None:
        while not stop.is_set():
            _swap(article, outside / "a.txt")
            regular.write_text(ARTICLE, encoding="utf-8")
            os.replace(regular, article)

    swapper = threading.Thread(target=swap_forever, daemon=True)
    swapper.start()
    try:
        leaked, reads, deadline = [], 0, time.monotonic() + 3
        while time.monotonic() < deadline and not leaked:
            documents, _ = _documents(inputs)
            leaked += [d.origin for d in documents if "secret" in d.text]
            reads += 1
    finally:
        stop.set()
        swapper.join()
    assert not leaked, f"read from outside after {reads} reads: {leaked}"


def test_a_folder_named_through_a_link_is_still_walked(layout, tmp_path):
    """The walk by descriptor (`os.fwalk`) enters no top folder that is a link; a folder the user
    names through one is read as before, under the name given (a guard: passes on dde2a53 too)."""
    inputs, _ = layout
    (tmp_path / "lien").symlink_to(inputs)
    documents, problems = _documents(tmp_path / "lien")
    assert sorted(d.origin for d in documents) == [str(tmp_path / "lien" / "a.txt"), str(tmp_path / "lien" / "sous" / "a.txt")]
    assert problems == []
