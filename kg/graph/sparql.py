"""The SPARQL kg runs lives in `.rq` files beside this module, in `queries/`."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

QUERIES = Path(str(resources.files("kg.graph") / "queries"))
