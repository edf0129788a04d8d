"""Extraction: spaCy parses a `Document`; rules find mentions, relations, quotes, dates and how
each clause is asserted; resolution turns mentions into entities. spaCy stays inside this package:
what leaves it is plain values (kg.model)."""
