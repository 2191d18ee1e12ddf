"""Typographic quotes as the model's training text writes them.

The English models learnt from text with straight quotes: to en_core_web_sm, "Saddam’s Baath Party"
(a curly apostrophe) is one organisation and "Saddam's Baath Party" a person and a party. News on
the web is mostly typeset with curly quotes, so :func:`plain_quotes` wraps the pipeline's tokenizer
to hand it the text with each typographic quote replaced by its straight form. One character stands
for one, so every offset into the Doc is an offset into the original text, whose own characters the
evidence keeps (:func:`kg.extract.doc_result`).
"""

from __future__ import annotations

#: Typographic single and double quotes (and the low and reversed ones) to their straight forms.
PLAIN_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'})


#: Double quotation marks only (not kg.nlp.entity_words.QUOTES): a single one is also an apostrophe ("leaders'").
QUOTE_MARKS = {'"', "“", "”", "``", "''"}


class PlainQuotesTokenizer:
    """A tokenizer that tokenizes the text with straight quotes; anything else is the wrapped one's."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        return self.tokenizer(text.translate(PLAIN_QUOTES))

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):  # add_special_case, vocab, to_disk ...: the wrapped tokenizer's
        if name == "tokenizer":  # not set yet (a copy being made): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def plain_quotes(nlp):
    """Make ``nlp`` tokenize with straight quotes (once: a wrapped tokenizer is left as it is)."""
    if not isinstance(nlp.tokenizer, PlainQuotesTokenizer):
        nlp.tokenizer = PlainQuotesTokenizer(nlp.tokenizer)
    return nlp
