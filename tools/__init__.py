"""Development tools, not installed with kg: `python -m tools.evaluate`, `python -m tools.bench`."""
