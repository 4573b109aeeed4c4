"""`kg serve`: the store as a SPARQL 1.1 Protocol endpoint, on the standard library alone.

`/sparql` takes a query by GET (`?query=`) or POST (a form with `query=`, or an
`application/sparql-query` body) and answers by content negotiation: SPARQL results as JSON
(the default), XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle (the default), N-Triples,
RDF/XML or JSON-LD. `GET /sparql` without a query answers the service description; `/` is a
query page that needs no network. The default graph is the union of every document's graph,
and kg's prefixes are predeclared, as in `kg query`.

Bounds, because an endpoint is open to whoever reaches the port:
- read-only: an update is refused with 403 unless `allow_update`, and an update from a page of
  another site is refused even then unless `allow_cross_site_updates` (`origin`);
- a request naming another Host is refused (DNS rebinding, `origin`);
- SERVICE and LOAD (which would make the server fetch other URLs) are refused on the parsed
  request unless `allow_service` (`fetches`), and workers leave the network (`sandbox`);
- bodies need one plain Content-Length up to `max_request_bytes`; connections are capped and
  each request must arrive within `request_seconds` (`server`);
- nesting deeper than `kg.graph.nesting.MAX_DEPTH` is refused before any parser runs;
- an answer over `max_rows` rows or `max_answer_bytes` bytes is cut and says so in a header
  (`X-SPARQL-MaxRows`, as Virtuoso does, or `X-KG-MaxBytes`) rather than refused;
- a query still running after `timeout` seconds gets 503, and one that outgrows
  `max_memory_mb` too. A pyoxigraph query cannot be interrupted from Python, so queries run in
  worker processes; the one that overruns is killed and replaced, and the others keep
  answering. With `allow_update` there is one worker, holding the store open for writing.

One job per module:
- `protocol`: the settings, what a request asks for (a query or an update, and its text) or
  why it is refused, and the reply;
- `origin`: which Host names and which origins may use the endpoint;
- `fetches`: whether a request would fetch another URL, on its parse tree;
- `negotiation`: which media type the client gets;
- `results`: the answer, written by pyoxigraph's own serialisers (in a worker);
- `description`: the SPARQL 1.1 service description;
- `sandbox`: the memory cap and the empty network of a worker;
- `workers`: the processes that run queries, all on one snapshot of the store;
- `bounded`: one query run by one such worker, for `kg query`;
- `server`: the HTTP server and its request handler; `serve()` runs it until Ctrl-C.
"""
