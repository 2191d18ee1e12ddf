"""Components: what kg's own pipeline components cost, apart from the model.

The speed benchmark's ratio to bare ``nlp.pipe`` moves with the VM (the model's share of the
time swings more than kg's rules do), so a change to the rules is timed here on its own: the
dev documents of benchmarks/speed.py are parsed once by the pipeline without kg's components
(kg's tokenizer, tagging and paragraph splitter included), then ``kg_entities``,
``kg_aliases`` and ``kg_relations`` run over copies of those parses; the best of N passes is
printed. Run it on two checkouts in turn, alternating, to compare them:

    PYTHONPATH=. .venv/bin/python benchmarks/components.py [--passes 3] [--model NAME]
"""

from __future__ import annotations

import argparse
import time

from spacy.tokens import DocBin

from benchmarks.speed import DEFAULT_FILES, load_texts
from kg.nlp import COMPONENTS, load


def component_seconds(texts: list[str], model: str | None, passes: int) -> list[float]:
    """Seconds per pass of kg's components over the parsed texts."""
    nlp = load(model)
    components = [(name, pipe) for name, pipe in nlp.pipeline if name in COMPONENTS]
    with nlp.select_pipes(disable=[name for name, _ in components]):
        parsed = DocBin(docs=nlp.pipe(texts, batch_size=32), store_user_data=True).to_bytes()
    times = []
    for _ in range(passes):
        docs = list(DocBin().from_bytes(parsed).get_docs(nlp.vocab))
        start = time.perf_counter()
        for doc in docs:
            for _, pipe in components:
                doc = pipe(doc)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    texts = [doc["text"] for doc in load_texts(DEFAULT_FILES)]
    times = component_seconds(texts, args.model, args.passes)
    print(f"kg components over {len(texts)} parsed documents: best {min(times):.2f} s "
          f"(passes: {', '.join(f'{t:.2f}' for t in times)})")


if __name__ == "__main__":
    main()
