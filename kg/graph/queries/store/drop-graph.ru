# One document's graph removed (`kg build --prune`); kg.graph.sparql.fill puts in its IRI.
DROP SILENT GRAPH $graph
