"""The raw-spaCy baseline kg is measured against.

Entities: the model's ``doc.ents`` as they are (no fixes, no alias merging): each
distinct (text, label) in a document is one predicted entity.

Relations, the naive way: within one sentence, two names plus a trigger word.

- ``spoke_with``: a talk/call verb or noun, and two names (PERSON, ORG, GPE);
  every pair of them.
- ``met_in``: a meeting/visit word, a participant (PERSON, ORG, GPE) and a place
  (GPE, LOC, FAC); every (participant, place) pair.
- ``represents``: a title word (minister, spokesman ...), a PERSON and an ORG or
  GPE; every (person, party) pair.

Run on its own: ``python benchmarks/baseline.py GOLD.jsonl [--limit N]`` prints
kg's evaluation table for the baseline.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.evaluate import GoldDoc, PredEntity, PredRow, Predictions, format_report, load_gold, score  # noqa: E402
from kg.model import MET_IN, REPRESENTS, SPOKE_WITH  # noqa: E402

TALK = {"talk", "speak", "call", "phone", "telephone", "discuss", "discussion", "conversation", "negotiate",
        "negotiation", "chat", "consult", "converse", "speak", "tell"}
MEET = {"meet", "meeting", "summit", "visit", "host", "gather", "gathering", "conference", "talks"}
TITLE = {"minister", "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "chairman",
         "chairwoman", "leader", "official", "ambassador", "chief", "head", "director", "member", "envoy",
         "chancellor", "premier", "governor", "senator", "executive", "ceo", "king", "queen", "diplomat",
         "representative", "lawmaker", "mayor", "general", "commander", "founder", "employee", "manager",
         "coach", "player", "editor", "correspondent", "professor", "work", "join", "lead"}
PARTY = {"PERSON", "ORG", "GPE"}
PLACE = {"GPE", "LOC", "FAC"}


def _lemmas(sent) -> set[str]:
    return {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}


def predict(docs: Iterable[GoldDoc], *, model: str | None = None, batch_size: int = 64) -> Predictions:
    """Run the raw spaCy model over the gold texts and return baseline predictions."""
    import spacy

    from kg.nlp import default_model

    nlp = spacy.load(model or default_model())
    docs = list(docs)
    pred = Predictions()
    for gold, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        did = gold.id

        def eid(ent, did=did) -> str:
            key = f"{did}#{ent.label_}#{ent.text}"  # document-local: no alias leaks across documents
            if key not in pred.entities:
                pred.entities[key] = PredEntity(key, ent.text, ent.label_)
            pred.mentions[did].add(key)
            return key

        for ent in doc.ents:
            eid(ent)
        for sent in doc.sents:
            ents = [e for e in doc.ents if e.start >= sent.start and e.end <= sent.end]
            if len(ents) < 2:
                continue
            words = _lemmas(sent)

            def fact(rel: str, a, b, sent=sent) -> None:
                if a.text != b.text:
                    pred.rows.append(PredRow(did, rel, eid(a), eid(b), evidence=sent.text))

            if words & TALK:
                for a, b in combinations([e for e in ents if e.label_ in PARTY], 2):
                    fact(SPOKE_WITH, a, b)
            if words & MEET:
                for a in (e for e in ents if e.label_ in PARTY):
                    for b in (e for e in ents if e.label_ in PLACE):
                        fact(MET_IN, a, b)
            if words & TITLE:
                for a in (e for e in ents if e.label_ == "PERSON"):
                    for b in (e for e in ents if e.label_ in {"ORG", "GPE"}):
                        fact(REPRESENTS, a, b)
    return pred


def main(argv: list[str] | None = None) -> int:
    """Score the baseline on one gold file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--model")
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args(argv)
    gold = load_gold(args.gold)[: args.limit]
    print(format_report(score(gold, predict(gold, model=args.model), name=args.gold), args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
