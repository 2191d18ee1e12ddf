"""Errors kg raises for bad input; the CLI turns each into one line and an exit code.

The library never prints or exits: it raises these, and ``kg.cli`` reports them.
"""

from __future__ import annotations


class KgError(Exception):
    """A problem the user can fix. ``str(err)`` is one line: what, where, and the fix."""

    exit_code = 2


class InputError(KgError):
    """An input file or line cannot be read as an article."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot run."""


class GraphError(KgError):
    """An RDF file or store cannot be read or written."""
