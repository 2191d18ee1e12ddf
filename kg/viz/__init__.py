"""The interactive HTML viewer: ``render_html(graph, out_path, ...)`` writes one offline page.

- :mod:`kg.viz.model` reads the graph (SPARQL in ``*.rq``) into plain records;
- :mod:`kg.viz.layout` computes node positions (networkx, or a grid force layout for big graphs);
- :mod:`kg.viz.render` builds the pyvis network and writes the self-contained page
  (``template.html``, ``viewer.js``, ``viewer.css``).
"""

from kg.viz.model import VizError, VizGraph, read_graph
from kg.viz.render import build_page, render_html

__all__ = ["VizError", "VizGraph", "build_page", "read_graph", "render_html"]
