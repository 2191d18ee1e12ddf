"""Write the graph as one self-contained, offline HTML page (pyvis + vis-network).

pyvis builds the vis-network node, edge and option data and renders this package's
``template.html`` (``generate_html``); the page is then made self-contained: the
vis-network script and stylesheet from the pyvis package and this package's
``viewer.js`` / ``viewer.css`` are inlined, every external ``<link>`` / ``<script src>``
is removed, and a Content-Security-Policy forbids any network request.

Data never becomes markup: names, aliases and sentences travel as JSON inside
``<script type="application/json">`` blocks with ``<``, ``>``, ``&``, U+2028 and U+2029
escaped, and ``viewer.js`` builds the DOM with ``textContent`` only.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import json
import os
import re
import tempfile
from importlib import resources
from pathlib import Path

import rdflib
from pyvis.network import Network

from kg.errors import GraphError
from kg.viz import layout as layout_mod
from kg.viz.model import (
    ENTITY_TYPES,
    MET_IN,
    MET_WITH,
    PLANNED,
    REPRESENTS,
    SPOKE_WITH,
    SYMMETRIC,
    UNKNOWN_TYPE,
    VizError,
    VizGraph,
    read_graph,
)

#: Above this many nodes the page uses large-graph settings (no edge labels on drag/zoom...).
BIG_GRAPH = layout_mod.SMALL_GRAPH

#: Entity type -> (colour, vis shape), also the legend.
TYPE_STYLE = {
    "Person": ("#3b82f6", "dot"),
    "Organization": ("#f59e0b", "square"),
    "Country": ("#10b981", "diamond"),
    "Place": ("#a855f7", "triangle"),
    UNKNOWN_TYPE: ("#94a3b8", "dot"),
}
#: Relation -> (colour, dashed, label shown on the edge and in the legend).
RELATION_STYLE = {
    SPOKE_WITH: ("#ef4444", False, "spoke with"),
    MET_WITH: ("#0ea5e9", True, "met with"),
    MET_IN: ("#a855f7", False, "met in"),
    REPRESENTS: ("#64748b", False, "represents"),
}
#: Event class -> words shown to the reader.
KIND_LABEL = {
    "PhoneCall": "phone call",
    "Communication": "talks",
    "Meeting": "meeting",
    "Affiliation": "affiliation",
    "Event": "event",
}

_PYVIS_LIB = Path(__import__("pyvis").__file__).parent / "lib" / "vis-9.1.2"
_EXTERNAL = re.compile(
    r"<link\b[^>]*>|<script\b[^>]*\bsrc\s*=[^>]*>\s*</script\s*>",
    re.IGNORECASE,
)


def json_for_script(value) -> str:
    """``value`` as JSON text safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e``, ``\\u0026`` (no ``</script>``
    or ``<!--`` can appear), and U+2028/U+2029 are escaped as well.
    """
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


class _IdList(list):
    """pyvis keeps node ids in a list and tests membership on every add: make that O(1)."""

    def __init__(self):
        super().__init__()
        self._set = set()

    def append(self, item):
        self._set.add(item)
        super().append(item)

    def __contains__(self, item):
        return item in self._set


class _Network(Network):
    """A pyvis Network that renders this package's template and scales to 10^5 edges."""

    def __init__(self, title: str):
        # directed=True only disables pyvis's O(E) duplicate-edge scan; arrows are set per edge.
        super().__init__(directed=True, heading=title, cdn_resources="remote")
        self.node_ids = _IdList()
        template_dir = resources.files("kg.viz")
        self.set_template_dir(str(template_dir) + os.sep, "template.html")
        self.templateEnv.filters["kg_json"] = json_for_script


def _select(vg: VizGraph, focus: str | None, hops: int, max_nodes: int | None) -> tuple[VizGraph, list[str]]:
    centres: list[str] = []
    if focus is not None:
        centres = vg.find(focus)
        if not centres:
            names = sorted(vg.degree().items(), key=lambda kv: (-kv[1], vg.entities[kv[0]].name))[:5]
            hint = ", ".join(repr(vg.entities[iri].name) for iri, _ in names) or "none: the graph is empty"
            raise VizError(f"no entity named {focus!r} in the graph; pick a name or alias, e.g. {hint}")
        if hops < 0:
            raise VizError(f"hops must be 0 or more, got {hops}; use --hops 1 or --hops 2")
        vg = vg.subgraph(vg.neighbourhood(centres, hops))
    if max_nodes is not None:
        if max_nodes < 1:
            raise VizError(f"max_nodes must be at least 1, got {max_nodes}; use e.g. --max-nodes 500")
        if len(vg.entities) > max_nodes:
            degree = vg.degree()
            ranked = sorted(vg.entities, key=lambda iri: (iri not in centres, -degree[iri], vg.entities[iri].name, iri))
            vg = vg.subgraph(set(ranked[:max_nodes]))
    return vg, centres


def _date_key(date: str | None) -> str:
    return date or ""


def _first_day(date: str) -> str:
    """The first day of an event date: itself, or of its month (YYYY-MM) or year (YYYY)."""
    return date + "-01-01"[: 10 - len(date)] if len(date) < 10 else date


def _last_day(date: str) -> str:
    """The last day of an event date's month or year (a day's own), for the date range inputs."""
    if len(date) == 4:
        return date + "-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:])
        return f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return date


def build_page(
    vg: VizGraph,
    *,
    focus: str | None = None,
    hops: int = 1,
    max_nodes: int | None = None,
    title: str = "kg",
) -> str:
    """The viewer page for ``vg`` as an HTML string (see :func:`render_html`)."""
    vg, centres = _select(vg, focus, hops, max_nodes)
    order = sorted(vg.entities, key=lambda iri: (vg.entities[iri].name.casefold(), iri))
    index = {iri: i for i, iri in enumerate(order)}
    contacts = vg.contacts()
    big = len(order) > BIG_GRAPH

    pairs = sorted({tuple(sorted((index[e.source], index[e.target]))) for e in vg.edges})
    positions = layout_mod.layout(len(order), pairs)

    net = _Network(title)
    for i, iri in enumerate(order):
        ent = vg.entities[iri]
        colour, shape = TYPE_STYLE.get(ent.type, TYPE_STYLE[UNKNOWN_TYPE])
        c = contacts.get(iri, 0)
        size = 9 + 5 * c**0.5 if big else 14 + 7 * c**0.5
        if shape in ("diamond", "triangle"):
            size *= 1.1
        net.add_node(
            i,
            label=ent.name,
            group=ent.type if ent.type in TYPE_STYLE else UNKNOWN_TYPE,
            x=round(float(positions[i, 0]), 1),
            y=round(float(positions[i, 1]), 1),
            size=round(size, 1),
        )
    # Shape and colour come from the vis group of the entity type (less per-node data to parse).
    for node in net.nodes:
        node.pop("shape", None)
        node.pop("color", None)

    # Events referenced by the drawn edges, numbered in first-seen order.
    event_index: dict[str, int] = {}
    doc_index: dict[str, int] = {}
    events_out: list[dict] = []
    docs_out: list[dict] = []

    def doc_ref(doc_iri: str | None) -> int | None:
        if doc_iri is None:
            return None
        if doc_iri not in doc_index:
            d = vg.documents[doc_iri]
            doc_index[doc_iri] = len(docs_out)
            docs_out.append({"id": d.doc_id, "h": d.headline, "u": d.url, "p": d.published})
        return doc_index[doc_iri]

    def event_ref(ev_iri: str) -> int:
        if ev_iri not in event_index:
            ev = vg.events[ev_iri]
            event_index[ev_iri] = len(events_out)
            events_out.append(
                {
                    "k": KIND_LABEL.get(ev.kind, ev.kind),
                    "d": ev.date,
                    "dr": ev.date_from_report,
                    "s": ev.status,
                    "x": ev.text,
                    "doc": doc_ref(ev.doc),
                    "tr": ev.trigger,
                }
            )
        return event_index[ev_iri]

    edges_meta: list[dict] = []
    seen_pairs: dict[tuple[int, int], int] = {}
    for e in sorted(vg.edges, key=lambda e: (index[e.source], index[e.target], e.relation)):
        a, b = index[e.source], index[e.target]
        colour, dashed, label = RELATION_STYLE[e.relation]
        evs = sorted(e.events, key=lambda ev: _date_key(vg.events[ev].date), reverse=True)
        refs = [event_ref(ev) for ev in evs]
        n_ev = len(refs)
        all_planned = n_ev > 0 and all(vg.events[ev].status == PLANNED for ev in evs)
        pair = (min(a, b), max(a, b))
        parallel = seen_pairs.get(pair, 0)
        seen_pairs[pair] = parallel + 1
        edge = {
            "id": len(edges_meta),
            "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.55 if all_planned else 0.9},
            "width": round(1.5 + 1.2 * (n_ev**0.5 - 1 if n_ev else 0), 2),
        }
        if big:
            # Large graphs: no arrows, no dotted planned edges, and labels only for the
            # edges on screen when zoomed in (viewer.js), so every redraw stays cheap.
            edge["arrows"] = ""
            if dashed:
                edge["dashes"] = True
        else:
            edge["label"] = f"{label} ×{n_ev}" if n_ev > 1 else label
            edge["arrows"] = "" if e.relation in SYMMETRIC else {"to": {"enabled": True, "scaleFactor": 0.5}}
            if dashed or all_planned:
                edge["dashes"] = [6, 5] if dashed else [2, 4]
            if parallel:
                edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.18 * parallel}
        net.add_edge(a, b, **edge)
        edges_meta.append({"r": e.relation, "ev": refs})

    big_opts = {"hideEdgesOnDrag": True, "hideEdgesOnZoom": True} if big else {}
    net.options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
            "zoomSpeed": 0.8,
            **big_opts,
        },
        "groups": {
            t: {
                "shape": shape,
                "color": {
                    "background": colour,
                    "border": "#ffffff",
                    "highlight": {"background": colour, "border": "#0f172a"},
                    "hover": {"background": colour, "border": "#0f172a"},
                },
            }
            for t, (colour, shape) in TYPE_STYLE.items()
        },
        "nodes": {
            "borderWidth": 2,
            "borderWidthSelected": 3,
            "font": {"size": 15, "face": "Inter, system-ui, sans-serif", "color": "#0f172a", "strokeWidth": 4, "strokeColor": "#ffffff"},
            # small graphs keep names readable when the whole network is fitted to the screen
            "scaling": {"label": {"enabled": False, "drawThreshold": 7 if big else 3}},
            "shadow": False,
        },
        "edges": {
            "smooth": False,
            "selectionWidth": 1.5,
            "hoverWidth": 1.0,
            "font": {"size": 10, "face": "Inter, system-ui, sans-serif", "color": "#64748b", "strokeWidth": 4, "strokeColor": "#f8fafc", "align": "horizontal"},
            "scaling": {"label": {"enabled": False, "drawThreshold": 8}},
        },
    }

    dates = sorted(day for ev in events_out if ev["d"] for day in (_first_day(ev["d"]), _last_day(ev["d"])))
    present_types = [t for t in (*ENTITY_TYPES, UNKNOWN_TYPE) if any(vg.entities[i].type == t for i in order)]
    meta = {
        "title": title,
        "big": big,
        "entities": [
            {
                "n": vg.entities[iri].name,
                "t": vg.entities[iri].type,
                "a": vg.entities[iri].aliases,
                "c": contacts.get(iri, 0),
                "i": iri,
                "cc": vg.entities[iri].country_code,
            }
            for iri in order
        ],
        "edges": edges_meta,
        "events": events_out,
        "docs": docs_out,
        "types": [{"key": t, "color": TYPE_STYLE[t][0], "shape": TYPE_STYLE[t][1]} for t in present_types],
        "relations": [
            {"key": r, "color": c, "dashed": d, "label": lab} for r, (c, d, lab) in RELATION_STYLE.items()
        ],
        "dateMin": dates[0] if dates else None,
        "dateMax": dates[-1] if dates else None,
        "focus": {"nodes": [index[c] for c in centres if c in index], "hops": hops} if centres else None,
    }

    html = net.generate_html(name="kg.html")
    return _self_contained(html, meta)


def _inline_script(code: str) -> str:
    if re.search(r"</script", code, re.IGNORECASE):
        raise GraphError("kg/viz: a bundled script contains '</script'; reinstall pyvis 0.3.2")
    return "<script>" + code + "</script>"


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def _self_contained(html: str, meta: dict) -> str:
    """Inline scripts and styles, drop every external reference, pin a strict CSP."""
    html = _EXTERNAL.sub("", html)
    here = resources.files("kg.viz")
    vis_js = (_PYVIS_LIB / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (_PYVIS_LIB / "vis-network.css").read_text(encoding="utf-8")
    viewer_js = here.joinpath("viewer.js").read_text(encoding="utf-8")
    viewer_css = here.joinpath("viewer.css").read_text(encoding="utf-8")
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(vis_js)} {_sha256(viewer_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    pieces = {
        "<!--kg:csp-->": f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        "<!--kg:css-->": "<style>" + vis_css + "</style>\n<style>" + viewer_css + "</style>",
        "<!--kg:meta-->": json_for_script(meta),
        "<!--kg:js-->": _inline_script(vis_js) + "\n" + _inline_script(viewer_js),
    }
    for marker, content in pieces.items():
        if html.count(marker) != 1:
            raise GraphError(f"kg/viz/template.html: marker {marker} must appear exactly once")
        # Data JSON never contains '<' (escaped), so markers cannot come from data.
        head, tail = html.split(marker)
        html = head + content + tail
    return html


def render_html(
    graph: rdflib.Graph | VizGraph,
    out_path: Path,
    *,
    focus: str | None = None,
    hops: int = 1,
    max_nodes: int | None = None,
    title: str = "kg",
) -> Path:
    """Write the interactive viewer for ``graph`` to ``out_path`` and return the path.

    ``graph`` is an rdflib ``Graph`` or ``Dataset`` following ontology/README.md (or an
    already-read :class:`~kg.viz.model.VizGraph`). ``focus`` (a canonical name or alias,
    case-insensitive) keeps only that entity's neighbourhood of ``hops`` edges;
    ``max_nodes`` keeps the most connected nodes. The file is one self-contained HTML
    page that makes no network request; it is written atomically (temp file + rename).
    Raises ``VizError`` (a ``KgError``) for an unknown focus name or a bad limit, and
    ``GraphError`` if the file cannot be written.
    """
    vg = graph if isinstance(graph, VizGraph) else read_graph(graph)
    page = build_page(vg, focus=focus, hops=hops, max_nodes=max_nodes, title=title)
    out_path = Path(out_path)
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp", dir=out_path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(page)
            os.chmod(tmp, 0o644)
            os.replace(tmp, out_path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise GraphError(f"{out_path}: cannot write the viewer ({exc.strerror}); check the directory exists and is writable") from exc
    return out_path
