"""Reading: the spaCy pipeline (`pipeline`), the gazetteer and cue words it reads by, and the
extraction rules (`extract`). Importing this package loads nothing heavy; `pipeline()` does."""
