"""`kg push`: copy every named graph of the store to a triple store server.

The server speaks the SPARQL 1.1 Graph Store HTTP Protocol (Oxigraph: `/store`, Fuseki:
`/DATASET/data`, GraphDB: `/repositories/ID/rdf-graphs/service`). Each graph (every document's, and the
actors, calls, splits and meta graphs) is PUT as N-Triples to `GRAPH_STORE?graph=IRI`; PUT replaces the graph, so pushing again leaves the
server as one push did. Graphs the server holds that the store no longer has are left alone.

When the server's SPARQL query endpoint is given too, the push is checked: the server must
then hold, graph by graph, as many triples as the store.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import kg
from kg.errors import EndpointError
from kg.graph import sparql


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int
    checked: bool  # the query endpoint confirmed every graph's triple count


def push(store_path: Path, graph_store: str, query_endpoint: str | None = None, timeout: float = 60.0) -> PushReport:
    """PUT each named graph of the store at `store_path` to `graph_store`; check via `query_endpoint`."""
    import pyoxigraph as ox

    for url in filter(None, (graph_store, query_endpoint)):
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            raise EndpointError(f"{url!r} is not an http(s) URL")
    counts: dict[str, int] = {}
    with kg.open(store_path) as store:
        for graph in sorted(store.graphs(), key=lambda g: g.value):
            triples = list(store.triples(graph))
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            target = graph_store + ("&" if urlsplit(graph_store).query else "?") + urlencode({"graph": graph.value})
            _send(urllib.request.Request(target, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"}), graph_store, timeout)
            counts[graph.value] = len(triples)
    if query_endpoint:
        _check(counts, query_endpoint, timeout)
    return PushReport(len(counts), sum(counts.values()), bool(query_endpoint))


def _check(counts: dict[str, int], endpoint: str, timeout: float) -> None:
    request = urllib.request.Request(endpoint, data=urlencode({"query": sparql.text("store/triples-per-graph.rq")}).encode("ascii"),
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    try:
        rows = json.loads(_send(request, endpoint, timeout))["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        raise EndpointError(f"{endpoint}: the answer is not SPARQL JSON results; is this a query endpoint?") from None
    remote = {row["g"]["value"]: int(row["n"]["value"]) for row in rows}
    wrong = [g for g, n in counts.items() if remote.get(g, 0) != n]
    if wrong:
        raise EndpointError(f"{endpoint}: {len(wrong)} graph(s) differ after the push, e.g. {wrong[0]} holds "
                            f"{remote.get(wrong[0], 0)} triples, not {counts[wrong[0]]}")


def _send(request: urllib.request.Request, endpoint: str, timeout: float) -> bytes:
    """The response body, or an EndpointError saying in one line what went wrong."""
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        detail = error.read(300).decode("utf-8", "replace").strip().splitlines()
        raise EndpointError(f"{request.get_method()} {request.full_url}: HTTP {error.code} {error.reason}"
                            + (f": {detail[0]}" if detail else "")) from None
    except urllib.error.URLError as error:
        raise EndpointError(f"cannot reach {endpoint}: {error.reason}") from None
    except TimeoutError:
        raise EndpointError(f"{endpoint} did not answer within {timeout:g} s") from None
    except OSError as error:
        raise EndpointError(f"{endpoint}: {error}") from None
