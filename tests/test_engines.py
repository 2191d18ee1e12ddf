"""kg.engines: every engine streams DocResults in input order and gives the same records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import engines
from kg.errors import KgError
from kg.model import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


class Later:
    """A job whose result is only ready when asked for (completion order is irrelevant)."""

    def __init__(self, chunk, log):
        self.chunk, self.log = chunk, log
        log.append(("submit", chunk[0]))

    def get(self):
        self.log.append(("wait", self.chunk[0]))
        return [x * 10 for x in self.chunk]


def test_ordered_keeps_input_order_and_a_bounded_window():
    log = []
    chunks = engines._chunks(range(10), 3)
    out = list(engines._ordered(lambda c: Later(c, log), Later.get, chunks, window=2))
    assert out == [x * 10 for x in range(10)]
    in_flight, most = 0, 0
    for kind, _ in log:
        in_flight += 1 if kind == "submit" else -1
        most = max(most, in_flight)
    assert most == 2


def test_chunks_are_lazy():
    def endless():
        i = 0
        while True:
            yield i
            i += 1

    first = next(engines._chunks(endless(), 4))
    assert first == [0, 1, 2, 3]


def test_bad_options_are_one_line_errors():
    with pytest.raises(KgError, match="unknown engine"):
        list(engines.extract_stream([], engine="spark"))
    with pytest.raises(KgError, match="at least 1"):
        list(engines.extract_stream([], workers=0))
    with pytest.raises(KgError, match="--scheduler"):
        list(engines.extract_stream([Article("a", "b")], engine="dask"))


def articles(n=6):
    from kg.articles import iter_articles

    return [a for a in iter_articles([str(EXAMPLES)]) if isinstance(a, Article)][:n]


@pytest.mark.model
def test_worker_processes_give_the_records_of_one_process():
    docs = articles()
    local = list(engines.extract_stream(docs))
    pooled = list(engines.extract_stream(iter(docs), workers=2, chunk_size=2))
    assert [r.article.id for r in pooled] == [a.id for a in docs]
    assert pooled == local


@pytest.mark.model
def test_workers_replaced_after_their_tasks_give_the_same_records(monkeypatch):
    docs = articles(4)
    monkeypatch.setattr(engines, "WORKER_TASKS", 1)  # a fresh process for every chunk
    pooled = list(engines.extract_stream(iter(docs), workers=2, chunk_size=1))
    assert pooled == list(engines.extract_stream(docs))


@pytest.mark.model
@pytest.mark.server
def test_dask_local_cluster_builds_the_same_files_as_the_local_engine(tmp_path):
    distributed = pytest.importorskip("distributed")
    from kg.build import build

    docs = articles(4)
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": a.id, "text": a.text, "published": a.published}) + "\n" for a in docs))
    build([str(inputs)], tmp_path / "local", html=False)
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        build([str(inputs)], tmp_path / "dask", html=False, engine="dask", scheduler=cluster.scheduler_address)
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes()
