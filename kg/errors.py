"""The one small exception hierarchy of kg. The CLI turns any of these into one line of text."""


class KgError(Exception):
    """Base of every error kg raises on purpose; its message says what to do."""


class InputError(KgError):
    """An article cannot be read: empty, binary, undecodable, too large, malformed."""


class ModelError(KgError):
    """The spaCy model is missing or unusable."""


class QueryError(KgError):
    """A SPARQL query or a named query cannot be run."""


class OutputError(KgError):
    """The output cannot be written where asked."""


class GraphError(KgError):
    """An RDF file cannot be read, or a graph cannot be written in the syntax asked."""


class StoreError(KgError):
    """A kg store cannot be opened, read or changed: not a kg store, in use, unknown document."""


class RemoteError(KgError):
    """A SPARQL endpoint or Graph Store cannot be reached, or answered with an error."""


class InputWarning(UserWarning):
    """An article was read, but not as it says: its text was guessed (an encoding, say). The
    CLI prints it as one line; from Python it is a warning unless `on_warning` is given."""
