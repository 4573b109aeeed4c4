"""Content negotiation: the media type an `Accept` header prefers among those offered."""
from __future__ import annotations

RESULTS_TYPES = ("application/sparql-results+json", "application/json", "application/sparql-results+xml",
                 "application/xml", "text/xml", "text/csv", "text/tab-separated-values")
BOOLEAN_TYPES = RESULTS_TYPES[:5]
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json")


def negotiate(accept: str | None, offered: tuple[str, ...]) -> str | None:
    """The offered media type the Accept header prefers (the first offered for */*), or None."""
    if not accept:
        return offered[0]
    ranges = []
    for index, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((-q, index, media.lower()))
    for q, _, media in sorted(ranges):
        if q >= 0:
            break
        if media in offered:
            return media
        major = media.split("/")[0] + "/"
        for candidate in offered:
            if media == "*/*" or (media.endswith("/*") and candidate.startswith(major)):
                return candidate
    return None
