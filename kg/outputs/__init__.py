"""What is read out of a store: the JSON/RDF export, SHACL validation, named queries (`ask`),
raw SPARQL (`query`), network measures (`stats`), a push to a server, the network page (`viz`)."""
