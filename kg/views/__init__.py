"""Views: RDF -> networkx graph -> one self-contained HTML page. No spaCy."""
