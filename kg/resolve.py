"""One node per real entity across documents, with stable IRIs.

Each document's entities (already merged within the document by kg.nlp.aliases) are matched to
graph nodes by a spelling-insensitive key:

- countries by ISO code; places and organisations by their folded canonical name (a company's without the
  legal form it ends with: "Boeing Co." and "Boeing");
- people by surname key and given-name key, where transliterations share a key
  (Zelensky/Zelenskyy/Zelenskiy, Volodymyr/Vladimir) and different people who share a given
  name (Vladimir Putin, Vladimir Zelensky) never do; a surname alone joins the node with that
  surname mentioned most often. A spelling that swaps letters (Araghchi / Araqchi) joins the one
  person already known under a looser key, keeping that node's IRI, and so does a two-word name
  written family name first (Ishiba Shigeru / Shigeru Ishiba).

The slug of a node (its IRI path) is built from the key, not from whichever spelling came first,
so the same entity gets the same IRI in every build.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.model import COUNTRY, ORGANIZATION, PERSON, DocResult, Entity, GlobalEntity
from kg.nlp import gazetteer
from kg.nlp.gazetteer import LEGAL_FORMS
from kg.nlp.names import GIVEN_NAME_VARIANTS, loose_key, loose_surname_key, name_key, name_tail, name_words


@lru_cache(maxsize=1 << 16)
def slugify(text: str) -> str:
    """"Donald Trump" -> "donald-trump"; accents folded, anything else becomes a hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", gazetteer.fold(text)).strip("-") or "x"


#: The name keys of the words of names, each word's computed once (the same names come back in every document).
_name_key = lru_cache(maxsize=1 << 16)(name_key)
_loose_key = lru_cache(maxsize=1 << 16)(loose_key)
_loose_surname_key = lru_cache(maxsize=1 << 16)(loose_surname_key)


@lru_cache(maxsize=1 << 16)
def given_key(word: str) -> str:
    """A key shared by transliterations of a given name."""
    key = _name_key(word)
    for group in GIVEN_NAME_VARIANTS:
        if key in group:
            return sorted(group)[0]
    return key


def without_legal_form(name: str) -> str:
    """A company's name without the legal form it ends with: "Boeing Co." and "Boeing" are one company."""
    words = name.split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words).rstrip(",")


def person_words(name: str) -> list[str]:
    """The words of a person's name that name the person (kg.nlp.names.name_words), not "Dr." or "47"."""
    return list(_person_words(name))


@lru_cache(maxsize=1 << 16)
def _person_words(name: str) -> tuple[str, ...]:
    return tuple(name_words([w for w in re.split(r"\s+", name) if any(c.isalpha() for c in w)]))


class Resolver:
    """Merges the entities of documents into graph nodes, one document at a time."""

    def __init__(self) -> None:
        self.nodes: dict[str, GlobalEntity] = {}  # slug -> node
        self._spellings: dict[str, Counter] = {}  # slug -> full-name spellings seen
        self._by_surname: dict[str, Counter] = {}  # surname key -> Counter of person slugs
        # derived from the above, not saved: loose keys (kg.nlp.names.loose_key) of full names and surnames
        self._by_loose_name: dict[str, set[str]] = {}  # "abbas-arakchy" -> person slugs
        self._by_loose_surname: dict[str, set[str]] = {}  # "arakchy" -> surname keys

    def add(self, result: DocResult) -> dict[str, GlobalEntity]:
        """Merge one document's entities; returns its entity keys mapped to their nodes."""
        mapping = {}
        for ent in sorted(result.entities, key=lambda e: -len(_person_words(e.name))):
            node = self._node_for(ent)
            node.aliases |= ent.aliases
            mapping[ent.key] = node
        return mapping

    def _node_for(self, ent: Entity) -> GlobalEntity:
        if ent.type == PERSON:
            return self._person(ent)
        code = None
        if ent.type == COUNTRY:
            country = gazetteer.country(ent.name) or next(
                (gazetteer.demonym(m.text) for m in ent.mentions if gazetteer.demonym(m.text)), None
            )
            code = country.code if country else None
        slug = f"{ent.type.lower()}/{slugify(without_legal_form(ent.name) if ent.type == ORGANIZATION else ent.name)}"
        node = self.nodes.get(slug)
        if node is None:
            node = self.nodes[slug] = GlobalEntity(slug, ent.name, ent.type, set(), code)
        return node

    def _person(self, ent: Entity) -> GlobalEntity:
        words = person_words(ent.name)
        surname = _name_key(words[-1]) if words else slugify(ent.name)
        if len(words) > 1:
            slug = f"person/{given_key(words[0])}-{surname}"
            if slug not in self.nodes:  # "Lula da Silva": the last words of one known full name are that person
                tails = [s for s in self._by_surname.get(surname, ()) if name_tail(self.nodes[s].name, words)]
                alike = self._by_loose_name.get(self._loose_name(words), set())  # "Abbas Araqchi" of "Abbas Araghchi"
                swapped = f"person/{given_key(words[1])}-{_name_key(words[0])}" if len(words) == 2 else None
                slug = tails[0] if len(tails) == 1 else next(iter(alike)) if len(alike) == 1 else \
                    swapped if swapped in self.nodes else slug  # "Ishiba Shigeru" of "Shigeru Ishiba"
                surname = _name_key(words[0]) if slug == swapped else surname
        else:
            alike = sorted(self._by_loose_surname.get(_loose_surname_key(surname), ()))
            known = self._by_surname.get(surname) or sum((self._by_surname[k] for k in alike), Counter())
            slug = known.most_common(1)[0][0] if known else f"person/{surname}"
        node = self.nodes.get(slug)
        if node is None:
            node = self.nodes[slug] = GlobalEntity(slug, ent.name, PERSON, set())
        self._by_surname.setdefault(surname, Counter())[slug] += 1
        self._by_loose_surname.setdefault(_loose_surname_key(surname), set()).add(surname)
        if len(words) > 1:  # the label is the most frequent full spelling, the first on a tie
            self._index_full_name(slug, words)
            spellings = self._spellings.setdefault(slug, Counter())
            spellings[ent.name] += 1
            node.name = max(spellings, key=lambda s: (spellings[s], -list(spellings).index(s)))
        return node

    @staticmethod
    def _loose_name(words: list[str]) -> str:
        return f"{_loose_key(given_key(words[0]))}-{_loose_surname_key(_name_key(words[-1]))}"

    def _index_full_name(self, slug: str, words: list[str]) -> None:
        self._by_loose_name.setdefault(self._loose_name(words), set()).add(slug)

    def state(self) -> dict:
        """Everything the resolver knows, as JSON-ready data (see :meth:`from_state`).

        Counters keep their insertion order, which decides ties, so a resolver restored from
        its state merges and labels the next documents exactly as the original would.
        """
        return {
            "nodes": [[n.slug, n.name, n.type, sorted(n.aliases), n.country_code] for n in self.nodes.values()],
            "spellings": [[slug, list(c.items())] for slug, c in self._spellings.items()],
            "surnames": [[key, list(c.items())] for key, c in self._by_surname.items()],
        }

    @classmethod
    def from_state(cls, state: dict) -> "Resolver":
        """A resolver restored from :meth:`state`."""
        resolver = cls()
        for slug, name, type_, aliases, code in state["nodes"]:
            resolver.nodes[slug] = GlobalEntity(slug, name, type_, set(aliases), code)
        resolver._spellings = {slug: Counter(dict(items)) for slug, items in state["spellings"]}
        resolver._by_surname = {key: Counter(dict(items)) for key, items in state["surnames"]}
        for key in resolver._by_surname:
            resolver._by_loose_surname.setdefault(_loose_surname_key(key), set()).add(key)
        for slug, spellings in resolver._spellings.items():  # the full names seen
            for name in spellings:
                resolver._index_full_name(slug, person_words(name))
        return resolver
