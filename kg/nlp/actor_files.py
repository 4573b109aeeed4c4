"""A user's actors file (`kg build --actors FILE`) added to the gazetteer's graph.

Turtle is read as it is, in the vocabulary of `ontology/actors.ttl`. A CSV file has a header
row and one actor per line:

    name,type,wikidata,aliases,offices
    Ursula von der Leyen,Person,Q60772,von der Leyen;Mme von der Leyen,
    Gabriel Attal,Person,Q16185466,Attal,FR-head-of-government 2024-01-09/2024-09-05

`type` is Person (the default), Organization, Country or Media; `aliases` and `offices` are
separated by `;`; an office is a gazetteer office key (`RU-head-of-state`, as in actors.ttl)
followed by its term, START/END or START/ while it lasts. An actor already known (same
Wikidata id, or same name when it has none) gains the line's aliases and terms.
"""
from __future__ import annotations

import csv
import difflib
import io
import re
from datetime import date

from kg.errors import InputError
from kg.nlp.extensions import Source
from kg.text import slug

TYPES = ("Person", "Organization", "Country", "Media")
COLUMNS = ("name", "type", "wikidata", "aliases", "offices")
_QID = re.compile(r"Q[1-9][0-9]*")
_TERM = re.compile(r"(?P<office>\S+)\s+(?P<start>\d{4}-\d{2}-\d{2})/(?P<end>\d{4}-\d{2}-\d{2})?")


def add_actors(graph, source: Source) -> None:
    """Add the actors of `source` (CSV or Turtle) to the rdflib `graph` of the gazetteer."""
    if source.suffix == ".csv":
        _add_csv(graph, source)
        return
    try:
        graph.parse(data=source.text, format="turtle")
    except Exception as exc:  # noqa: BLE001 - rdflib raises many kinds; each is a bad file
        raise InputError(source.name, f"not valid Turtle: {str(exc).splitlines()[0][:200]}") from None


def _add_csv(graph, source: Source) -> None:
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import RDF, SKOS, XSD

    from kg.namespace import ACTOR, KG, OFFICE

    rows = csv.DictReader(io.StringIO(source.text))
    header = [h.strip().lower() for h in rows.fieldnames or []]
    if "name" not in header:
        raise InputError(source.name, f"the first line must name the columns: {','.join(COLUMNS)} (name is required)")
    offices = {str(o)[len(str(OFFICE)):] for o in graph.subjects(RDF.type, KG.Office)}
    for number, raw in enumerate(rows, start=2):
        row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        where = f"{source.name} line {number}"
        name = row.get("name", "")
        if not name:
            raise InputError(where, "no name")
        kind = row.get("type") or "Person"
        if kind not in TYPES:
            raise InputError(where, f"type {kind!r} is not one of {', '.join(TYPES)}")
        qid = row.get("wikidata") or None
        if qid is not None and not _QID.fullmatch(qid):
            raise InputError(where, f"wikidata {qid!r} is not a Wikidata id such as Q7747")
        same = next(graph.subjects(KG.wikidata, Literal(qid)), None) if qid else None
        subject = same if isinstance(same, URIRef) else URIRef(ACTOR[qid] if qid else ACTOR[slug(name)])
        known = (subject, None, None) in graph
        graph.add((subject, RDF.type, KG[kind]))
        graph.add((subject, SKOS.altLabel if known else SKOS.prefLabel, Literal(name, lang=None if known else "en")))
        if qid:
            graph.add((subject, KG.wikidata, Literal(qid)))
        for alias in filter(None, (a.strip() for a in row.get("aliases", "").split(";"))):
            graph.add((subject, SKOS.altLabel, Literal(alias)))
        for term in filter(None, (t.strip() for t in row.get("offices", "").split(";"))):
            match = _TERM.fullmatch(term)
            if not match:
                raise InputError(where, f"office {term!r}: write OFFICE START/END, e.g. FR-head-of-state 2017-05-14/2022-05-13 "
                                        "(END left out while the term lasts)")
            if match["office"] not in offices:
                close = difflib.get_close_matches(match["office"], sorted(offices), n=3)
                hint = f"did you mean {', '.join(close)}?" if close else "offices are named as in ontology/actors.ttl, e.g. RU-head-of-state"
                raise InputError(where, f"unknown office {match['office']!r}; {hint}")
            mandate = BNode()
            graph.add((subject, KG.mandate, mandate))
            graph.add((mandate, RDF.type, KG.Mandate))
            graph.add((mandate, KG.office, URIRef(OFFICE[match["office"]])))
            for prop, value in ((KG.start, match["start"]), (KG.end, match["end"])):
                if value:
                    try:
                        date.fromisoformat(value)
                    except ValueError:
                        raise InputError(where, f"{value!r} is not a date") from None
                    graph.add((mandate, prop, Literal(value, datatype=XSD.date)))
