"""Where the per-document extraction runs: here, in a pool of worker processes, or on Dask.

Every engine turns a stream of Articles into a stream of DocResults **in input order**, holding
only a bounded window of documents at a time (chunks in flight), so memory stays flat however
long the input is. Extraction of one document depends on that document only; everything that
looks across documents (kg.resolve) runs afterwards, in the calling process, in input order, so
all engines give the same graph.

- ``local``, ``workers=1``: ``nlp.pipe`` in this process.
- ``local``, ``workers=N>1``: N worker processes, started fresh ("spawn": a forked child can
  inherit a lock held by one of the parent's native threads, e.g. OpenBLAS's, and hang), each
  loading the model once and replaced after WORKER_TASKS chunks (so memory stays bounded);
  chunks of articles go out, DocResults come back.
- ``dask``: the same chunks as tasks on an existing Dask distributed cluster
  (``scheduler`` = its address, e.g. ``tcp://10.0.0.5:8786``); each Dask worker process loads
  the model once. The workers need kg and the model installed.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from kg.errors import KgError
from kg.model import Article, DocResult

__all__ = ["ENGINES", "extract_chunk", "extract_stream"]

#: Engine names accepted by :func:`extract_stream` (and ``kg build --engine``).
ENGINES = ("local", "dask")

#: Articles per task sent to a worker.
CHUNK_SIZE = 8

#: Tasks a worker process runs before it is replaced by a fresh one (with the model loaded
#: again, a few seconds per 2,000 articles): spaCy's string store keeps every new word it
#: sees, so a long-lived worker would grow without bound over millions of articles.
WORKER_TASKS = 250

# Pipelines loaded in this process, by model name (worker processes fill it on first use).
_PIPELINES: dict[str | None, object] = {}


def _pipeline(model: str | None):
    if model not in _PIPELINES:
        from kg.nlp import load

        _PIPELINES[model] = load(model)
    return _PIPELINES[model]


def extract_chunk(articles: list[Article], model: str | None = None, batch_size: int = 32) -> list[DocResult]:
    """Extract a list of articles with this process's copy of the pipeline (loaded once).

    The task every worker runs; picklable by reference (a module-level function).
    """
    from kg.extract import extract

    return list(extract(articles, _pipeline(model), batch_size=batch_size))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _ordered(submit: Callable[[list[Article]], object], wait: Callable[[object], list[DocResult]],
             chunks: Iterable[list[Article]], window: int) -> Iterator[DocResult]:
    """Submit chunks, at most ``window`` in flight, and yield their results in submission order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        while len(pending) >= window:
            yield from wait(pending.popleft())
    while pending:
        yield from wait(pending.popleft())


def extract_stream(articles: Iterable[Article], *, model: str | None = None, nlp=None, workers: int = 1,
                   engine: str = "local", scheduler: str | None = None, chunk_size: int = CHUNK_SIZE,
                   batch_size: int = 32) -> Iterator[DocResult]:
    """Extract every article, streaming, in input order, with the chosen engine.

    ``nlp`` (an already loaded pipeline) is used by the in-process engine only. ``workers`` is
    the number of processes for ``local`` (1 = this process) and the number of chunks kept
    in flight per Dask worker thread for ``dask``. Raises KgError for an unknown engine, a
    missing scheduler address or Dask not installed.
    """
    if engine not in ENGINES:
        raise KgError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if workers < 1:
        raise KgError(f"--workers must be at least 1, got {workers}")
    if engine == "dask":
        yield from _dask(articles, model=model, scheduler=scheduler, chunk_size=chunk_size, batch_size=batch_size)
    elif workers == 1:
        from kg.extract import extract

        yield from extract(articles, nlp or _pipeline(model), batch_size=batch_size)
    else:
        yield from _pool(articles, model=model, workers=workers, chunk_size=chunk_size, batch_size=batch_size)


def _pool(articles, *, model, workers, chunk_size, batch_size) -> Iterator[DocResult]:
    ctx = multiprocessing.get_context("spawn")
    pool = ctx.Pool(workers, maxtasksperchild=WORKER_TASKS)
    try:
        yield from _ordered(
            lambda chunk: pool.apply_async(extract_chunk, (chunk, model, batch_size)),
            lambda job: job.get(),
            _chunks(articles, chunk_size),
            window=4 * workers,
        )
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _dask(articles, *, model, scheduler, chunk_size, batch_size) -> Iterator[DocResult]:
    if not scheduler:
        raise KgError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    try:
        from distributed import Client
    except ImportError:
        raise KgError('--engine dask needs Dask: pip install "dask[distributed]"') from None
    try:
        client = Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as err:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler} ({err}); start it or fix --scheduler") from None
    try:
        threads = sum(client.nthreads().values()) or 1
        yield from _ordered(
            lambda chunk: client.submit(extract_chunk, chunk, model, batch_size, pure=False),
            lambda future: future.result(),
            _chunks(articles, chunk_size),
            window=4 * threads,
        )
    finally:
        client.close()
