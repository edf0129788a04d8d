"""The graph: IRIs from the ontology, extraction -> RDF, identity across articles, the RDF formats
and their writers, SHACL validation, atomic file writes."""
