"""kg: turn news articles into an RDF knowledge graph of diplomatic contacts."""

__version__ = "0.1.0"
