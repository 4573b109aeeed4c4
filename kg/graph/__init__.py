"""The graph: extraction records to RDF (`rdf`), the store on disk (`store`), and the SPARQL
files (`queries/`)."""
