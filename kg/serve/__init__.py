"""`kg serve`: the store as a SPARQL 1.1 Protocol endpoint, on the standard library alone.

`/sparql` takes a query by GET (`?query=`) or POST (a form with `query=`, or an
`application/sparql-query` body) and answers by content negotiation: SPARQL results as JSON
(the default), XML or CSV; CONSTRUCT and DESCRIBE as Turtle (the default), N-Triples,
RDF/XML or JSON-LD. The default graph is the union of every document's graph, and kg's prefixes are
predeclared, as in `kg query`.

Bounds, because an endpoint is open to whoever reaches the port:
- read-only: an update is refused with 403 unless `allow_update`;
- SERVICE and LOAD (which would make the server fetch other URLs) are refused with 403 unless `allow_service`;
- a request body over `max_request_bytes` gets 413;
- an answer over `max_rows` rows (or triples) is truncated to `max_rows` and says so in the
  header `X-SPARQL-MaxRows: N`, as Virtuoso does, rather than refused;
- a query still running after `timeout` seconds gets 503. A pyoxigraph query cannot be
  interrupted from Python, so queries run in worker processes that each open the store
  themselves; the one that overruns is killed and replaced, and the other workers keep
  answering. With `allow_update` there is one worker, holding the store open for writing.

One job per module:
- `protocol`: the settings, what a request asks for (a query or an update, and its text) or
  why it is refused, and the reply;
- `negotiation`: which media type the client gets;
- `results`: the answer, written by pyoxigraph's own serialisers (in a worker);
- `workers`: the processes that run queries, each with its own handle on the store;
- `server`: the HTTP server and its request handler; `serve()` runs it until Ctrl-C.
"""
