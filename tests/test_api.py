"""The public API: every name in kg.__all__ resolves, and importing kg stays light."""

import subprocess
import sys

import kg


def test_every_public_name_resolves():
    for name in kg.__all__:
        assert getattr(kg, name) is not None, name


def test_unknown_name_is_an_attribute_error():
    try:
        kg.no_such_thing  # noqa: B018
    except AttributeError as err:
        assert "no_such_thing" in str(err)
    else:
        raise AssertionError("expected AttributeError")


def test_import_does_not_load_spacy():
    code = "import sys, kg; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_graph_side_does_not_load_spacy():
    # kg query/serve/export on a graph or a store start in well under a second: no model stack
    modules = "kg.cli, kg.store, kg.query, kg.rdf, kg.export, kg.validate, kg.server.http, kg.viz.render, kg.push"
    code = f"import sys, {modules}; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
