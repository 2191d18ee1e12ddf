"""kg_paragraphs: a line break always ends a sentence.

Runs before the parser. News text keeps paragraphs (and headlines, captions, datelines) on lines
of their own, and a quote closing one paragraph must not run into the next one's sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("kg_paragraphs")
def make_paragraph_splitter(nlp: Language, name: str) -> "ParagraphSplitter":
    return ParagraphSplitter(nlp, name)


class ParagraphSplitter:
    def __init__(self, nlp: Language, name: str = "kg_paragraphs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[:-1]:
            if tok.is_space and tok.text.count("\n") >= 1 or tok.whitespace_.count("\n") >= 1:
                doc[tok.i + 1].is_sent_start = True
        return doc
