"""kg/nlp/tablecache.py: tables built once, kept on disk, rebuilt when anything they depend on changes."""

import marshal

import pytest

from kg.nlp import tablecache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def make_table(calls, value=None):
    def squares():
        calls.append(1)
        return value if value is not None else {"a": ("x", 1), "b": frozenset({"y"})}

    return tablecache.disk_cached("pytest")(squares)


def test_a_table_is_built_once_and_read_back_in_the_next_process(cache):
    calls = []
    assert make_table(calls)() == {"a": ("x", 1), "b": frozenset({"y"})}
    files = list(cache.glob("*.marshal"))
    assert len(files) == 1 and "squares" in files[0].name
    again = make_table(calls)  # a fresh process: a new function, the same cache directory
    assert again() == {"a": ("x", 1), "b": frozenset({"y"})} and again() is again()
    assert len(calls) == 1


def test_a_corrupt_file_is_rebuilt(cache):
    calls = []
    make_table(calls)()
    (path,) = cache.glob("*.marshal")
    path.write_bytes(b"\x00not marshal")
    assert make_table(calls)()["a"] == ("x", 1)
    assert len(calls) == 2
    assert marshal.loads(path.read_bytes())["a"] == ("x", 1)


def test_a_new_package_version_builds_afresh_and_drops_the_old_file(cache, monkeypatch):
    calls = []
    make_table(calls)()
    (old,) = cache.glob("*.marshal")
    monkeypatch.setattr(tablecache.metadata, "version", lambda name: "99.0")
    make_table(calls)()
    (new,) = cache.glob("*.marshal")
    assert len(calls) == 2 and new != old


def test_an_edited_data_file_builds_afresh(cache, tmp_path):
    data = tmp_path / "names.tsv"
    data.write_text("a\n")
    calls = []

    def names():
        calls.append(1)
        return data.read_text().split()

    assert tablecache.disk_cached("pytest", files=(data,))(names)() == ["a"]
    data.write_text("a\nb\n")  # a user adds a line: the next process must see it
    assert tablecache.disk_cached("pytest", files=(data,))(names)() == ["a", "b"]
    assert len(calls) == 2 and len(list(cache.glob("*.marshal"))) == 1


def test_no_usable_cache_directory_still_gives_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))
    calls = []
    assert make_table(calls)()["a"] == ("x", 1)


def test_the_cache_directory_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert tablecache.cache_dir() == tmp_path / "kg"
