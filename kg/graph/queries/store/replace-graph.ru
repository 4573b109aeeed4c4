# One document's graph replaced in one SPARQL Update, so in one transaction: an interrupted
# build leaves the graph as it was or as it is now. SPARQL Update binds no parameters, so
# kg.graph.sparql.fill puts in the graph's IRI and the N-Triples lines that kg serialised
# itself (escaped; never raw text) where the template says so; the last slot adds, in the same
# transaction, what other graphs gain with it (`GRAPH <actors> { ... }`: the document's actors).
DROP SILENT GRAPH $graph ;
INSERT DATA { GRAPH $graph {
$triples
} $also }
