"""Calls: who talked with whom, when, at whose initiative, how long, how, and whether it happened.

A sentence names a call through a trigger (`triggers`): a call noun or verb. The parse around
it gives the call's event (`clause.event_of`), its participants (`participants`), its status
(`modality`: planned, possible or done; `sources`: who vouches for it) and its date, medium, duration and initiator (`attributes`); each trigger makes
one *mention* per call it names. The mentions of a document are then merged into calls
(`merge`). `finder.CallFinder` runs these steps over a document.
"""
from kg.nlp.extract.calls.attributes import duration_in
from kg.nlp.extract.calls.finder import CallFinder

__all__ = ["CallFinder", "duration_in"]
