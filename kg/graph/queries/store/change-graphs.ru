# Named graphs brought to what they must now hold, a part of the change per SPARQL Update (one
# transaction each; Store.replace_graphs bounds their size): kg.graph.sparql.fill puts in
# `GRAPH <g> { ... }` blocks of the N-Triples lines kg serialised itself (never raw text) that
# each graph loses, then of those it gains. The derived graphs (actors, calls) change little
# from one build to the next: writing only the difference costs a fraction of dropping and
# inserting them whole.
DELETE DATA { $removed } ;
INSERT DATA { $added }
