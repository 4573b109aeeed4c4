"""The layout keeps its promises (ARCHITECTURE.md): no import cycle between kg's modules,
IRIs written only in kg.namespace, SPARQL written only in .rq files. Read from the source
with `ast`, lazy imports included."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent
IRI = re.compile(r"https?://[\w-]+(\.[\w-]+)+/")
SPARQL = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b.*\bWHERE\b|\b(INSERT|DELETE)\s+(DATA|WHERE)\b|\bDROP\s+(SILENT\s+)?GRAPH\b", re.S)


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = _modules()


def _imports(tree: ast.Module) -> set[str]:
    """The kg modules a file imports, anywhere in it."""
    named: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            named.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            named.add(node.module)
            named.update(f"{node.module}.{alias.name}" for alias in node.names)  # from kg.nlp import gazetteer
    return {name for name in named if name in MODULES}


def _strings(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, text) of every string in the code, docstrings left out."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


TREES = {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in MODULES.items()}


def test_the_walk_sees_the_layers():
    assert {"kg.nlp.pipeline", "kg.graph.store", "kg.build.dask", "kg.serve.server", "kg.cli"} <= set(MODULES)
    assert "kg.graph.store" in _imports(TREES["kg.build"]) | _imports(TREES["kg.outputs.export"])


def test_no_import_cycle():
    """`kg` itself is left out: it is the front door every layer may use (`kg.open`), and it
    reaches the library only when called (`kg.open`, `kg.build`), never at import."""
    graph = {name: _imports(tree) - {name} for name, tree in TREES.items() if name != "kg"}
    graph = {name: targets - {"kg"} for name, targets in graph.items()}
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = "open"
        path.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == "open":
                cycle = path[path.index(target):] + [target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        path.pop()
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name)


LAYERS = [("kg.errors", "kg.namespace", "kg.text", "kg.resources", "kg.limits"), ("kg.ingest",), ("kg.nlp",), ("kg.graph",),
          ("kg.build", "kg.serve"), ("kg.outputs",), ("kg.cli",)]


def _place(module: str) -> tuple[int, str]:
    """(layer, part) of a module: kg.outputs.viz.network is in layer 4, part kg.outputs."""
    for rank, parts in enumerate(LAYERS):
        for part in parts:
            if module == part or module.startswith(part + "."):
                return rank, part
    raise AssertionError(f"{module} is in no layer of ARCHITECTURE.md")


def test_each_layer_imports_only_the_layers_before_it():
    """`kg` itself (kg.open) is the front door and stays out of the order."""
    wrong = []
    for name, tree in TREES.items():
        if name == "kg":
            continue
        rank, part = _place(name)
        for target in _imports(tree) - {"kg"}:
            target_rank, target_part = _place(target)
            if target_rank > rank or (target_rank == rank and target_part != part):
                wrong.append(f"{name} imports {target}")
    assert wrong == []


def test_iris_are_written_only_in_the_namespace_module():
    found = [f"{name}:{line}: {text[:80]!r}" for name, tree in TREES.items() if name != "kg.namespace"
             for line, text in _strings(tree) if IRI.search(text)]
    assert found == []


def test_sparql_is_written_only_in_rq_files():
    found = [f"{name}:{line}: {text[:80]!r}" for name, tree in TREES.items()
             for line, text in _strings(tree) if SPARQL.search(text)]
    assert found == []


def test_every_data_file_ships_with_the_package():
    """Each file under kg/ that is not Python matches a package-data glob of pyproject.toml
    (a .ru update left out once made a non-editable install fail)."""
    import fnmatch
    import tomllib

    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["kg"]
    files = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*")
             if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts]
    missing = [f for f in files if not any(fnmatch.fnmatchcase(f, g) and f.count("/") == g.count("/") for g in globs)]
    assert len(files) > 40 and missing == []
