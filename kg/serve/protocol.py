"""What a SPARQL Protocol request asks for, or why it is refused; the settings that bound it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from kg.errors import QueryError
from kg.graph.nesting import check_depth

GRAPH_PARAMETERS = ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri")


@dataclass(frozen=True)
class Settings:
    store: Path
    allow_update: bool = False
    allow_service: bool = False
    timeout: float = 10.0
    max_rows: int = 10_000
    max_request_bytes: int = 1_000_000
    max_answer_bytes: int = 50_000_000
    max_memory_mb: int = 2048
    workers: int = 2
    page: Path | None = None
    max_connections: int = 64
    request_seconds: float = 10.0
    cors: bool = False
    allow_cross_site_updates: bool = False
    allowed_hosts: tuple[str, ...] = ()
    #: The workers' own messages (Rust's "memory allocation failed", RocksDB's) on this process's
    #: stderr: a server's log keeps them; `kg query` says one line instead.
    worker_messages: bool = True
    #: Whether a worker that checks for SERVICE and LOAD loads rdflib's grammar as it starts (0.5 s
    #: of CPU), not at the first request: a server's do; `kg.serve.bounded`'s load it at the first
    #: query of kg's user, and kg's own reads (a build's) never need it.
    grammar_at_start: bool = True


#: The header of a 500 that the store is damaged (a table failed its checksum where the query
#: read), not that the query failed: `kg.open(path).query` raises `StoreError` on it, not `QueryError`.
DAMAGED = "X-KG-Damaged"


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()


def text(status: int, message: str) -> Reply:
    """A plain text reply: an error, or a refusal that says what would be accepted."""
    return Reply(status, (message + "\n").encode("utf-8"))


Params = dict[str, list[str]]


def get_params(query: str, settings: Settings) -> Params | Reply:
    """The parameters of a GET to /sparql."""
    params = parse_qs(query, keep_blank_values=True)
    if "update" in params and settings.allow_update:
        return text(405, "send updates with POST")
    return params


def post_params(query: str, content_type: str, body: bytes) -> Params | Reply:
    """The parameters of a POST to /sparql: the URL's, and the form's or the body itself."""
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError:
        return text(400, "the request body is not UTF-8")
    params = parse_qs(query, keep_blank_values=True)
    if content_type == "application/x-www-form-urlencoded":
        params.update(parse_qs(decoded, keep_blank_values=True))
    elif content_type in ("application/sparql-query", "application/sparql-update"):
        params[content_type.rsplit("-", 1)[1]] = [decoded]
    else:
        return text(415, f"unsupported Content-Type {content_type!r}; send application/sparql-query, "
                         "application/sparql-update or application/x-www-form-urlencoded")
    return params


def sparql_request(params: Params, settings: Settings) -> tuple[str, str] | Reply:
    """("query" or "update", its text), or the reply that refuses it."""
    queries, updates = params.get("query", []), params.get("update", [])
    if updates and not settings.allow_update:
        return text(403, "this endpoint is read-only (kg serve --allow-update accepts updates)")
    if len(queries) + len(updates) != 1:
        return text(400, "give exactly one query (or update) parameter")
    for name in GRAPH_PARAMETERS:
        if name in params:
            return text(400, f"{name} is not supported: the default graph is the union of all graphs; use GRAPH in the query")
    kind, sparql = ("query", queries[0]) if queries else ("update", updates[0])
    try:
        check_depth(sparql)  # here, before a worker's parser could exhaust its stack on it
    except QueryError as error:
        return text(400, str(error))
    return kind, sparql
