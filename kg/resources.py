"""Where the package's data lives once installed: the ontology and the data files."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

ONTOLOGY_DIR = Path(str(resources.files("kg") / "ontology"))
DATA_DIR = Path(str(resources.files("kg") / "data"))
