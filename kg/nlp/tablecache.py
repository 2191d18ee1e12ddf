"""A disk cache for the lookup tables kg derives from maintained data (cities, given names...).

Building them takes about a second in every process (every ``kg`` command and every
extraction worker); reading them back takes milliseconds. A table is stored with
:mod:`marshal` (plain dicts, sets, tuples and strings only: nothing in the file can run code)
under a name made of the function, a hash of its module's source, of the data files it reads and the
versions of the packages it reads, so a new kg, an edited data file or a new data package builds it afresh.

The directory is ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``. If it
cannot be read or written the table is built in memory as before, silently.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import marshal
import os
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

__all__ = ["cache_dir", "disk_cached"]

T = TypeVar("T")


def cache_dir() -> Path:
    """Where the tables are kept (see the module docstring)."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def disk_cached(*distributions: str, files: tuple = ()) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorate a table builder without arguments that reads the named installed
    distributions and data ``files`` (paths or package resources): built once per process and, across
    processes, kept on disk."""

    def decorate(build: Callable[[], T]) -> Callable[[], T]:
        @functools.cache
        def table() -> T:
            path = cache_dir() / f"{build.__module__}.{build.__name__}-{_key(build, distributions, files)}.marshal"
            try:
                return marshal.loads(path.read_bytes())
            except (OSError, EOFError, ValueError, TypeError):
                pass
            value = build()
            _write(path, value)
            return value

        return functools.update_wrapper(table, build)  # table.__wrapped__: the builder itself

    return decorate


def _key(build: Callable, distributions: tuple[str, ...], files: tuple = ()) -> str:
    try:  # the source of the builder's whole module
        source = Path(inspect.getmodule(build).__file__).read_text(encoding="utf-8", errors="replace")
    except (OSError, TypeError, AttributeError):
        from kg import __version__ as source
    versions = []
    for name in distributions:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=?")
    contents = []
    for file in files:
        try:
            contents.append(file.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            contents.append("?")
    return hashlib.sha256("\x1f".join([source, *versions, *contents]).encode("utf-8")).hexdigest()[:16]


def _write(path: Path, value) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(value))
            os.replace(tmp, path)  # whole or not at all, also with other processes writing it
        except BaseException:
            os.unlink(tmp)
            raise
        for old in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)  # the same table for an older kg or data package
    except (OSError, ValueError):
        pass  # no cache this time (a read-only home, a full disk): the table is still built
