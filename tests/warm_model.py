"""Imported by the forkserver of a test run (see `warm_forkserver` in conftest.py): the model is
loaded there once, and every worker process forked from it (a `kg build --workers` pool in this
process, a Dask worker) starts with it, instead of each paying the interpreter start and the
model load (some 5 s of CPU, most of it spaCy compiling the French tokenizer's exception regex)."""
from kg.nlp.pipeline import pipeline

pipeline()
