"""The country of the outlet an article comes from: whose 'le président de la République' is.

A state's press and its official communiqués name their own head of state with no nationality
('Le président de la République a reçu un appel de son homologue tunisien'), whatever country
the article is about. Which country that is, a dispatch's dateline says first ('BUDAPEST (AFP) -'
in a French paper: the Hungarian premier is 'le Premier ministre' there); else the document
says it outside its text: the top-level domain of its address ('.dz', '.sn'; a generic one,
'.com', says nothing), then its source when that names one country ('La Presse de Tunisie',
'Le Soleil (Sénégal)').
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from spacy.tokens import Doc

from kg.nlp.extract.actor_spans import dateline_country
from kg.nlp.gazetteer import Gazetteer
from kg.text import fold

_WORD = re.compile(r"\w+")


def outlet_country(gazetteer: Gazetteer, doc: Doc) -> str | None:
    """The country key of the article's outlet, from its dateline, its address or its source."""
    return dateline_country(gazetteer, doc) or _domain_country(gazetteer, doc._.url) or _source_country(gazetteer, doc._.source)


def _domain_country(gazetteer: Gazetteer, url: str | None) -> str | None:
    """'https://www.example-aps.dz/...': the country of a national top-level domain."""
    host = urlsplit(url).hostname if url else None
    domain = host.rsplit(".", 1)[-1] if host and "." in host else None
    name = gazetteer.cues["outlet_domains"].get(domain) if domain else None
    return _countries(gazetteer).get(tuple(_words(name))) if name else None


def _source_country(gazetteer: Gazetteer, source: str | None) -> str | None:
    """'APS (Algérie Presse Service)', 'Ouest-France': the one country the source's name names."""
    if not source:
        return None
    words = _words(source)
    named = {country for name, country in _countries(gazetteer).items()
             if any(tuple(words[i:i + len(name)]) == name for i in range(len(words)))}
    return named.pop() if len(named) == 1 else None


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@lru_cache(maxsize=4)
def _countries(gazetteer: Gazetteer) -> dict[tuple[str, ...], str]:
    """Each country's French name, as its folded words, to its key."""
    return {tuple(_words(label)): key for key, label in gazetteer.french.items()
            if (actor := gazetteer.actors.get(key)) is not None and actor.type == "Country"}
