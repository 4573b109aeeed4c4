# One document's graph replaced in one SPARQL Update, so in one transaction: an interrupted
# build leaves the graph as it was or as it is now. SPARQL Update binds no parameters, so
# kg.graph.sparql.fill puts in the graph's IRI and the N-Triples lines that kg serialised
# itself (escaped; never raw text) where the template says so.
DROP SILENT GRAPH $graph ;
INSERT DATA { GRAPH $graph {
$triples
} }
