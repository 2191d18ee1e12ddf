"""A document's entity while its mentions are being grouped (:mod:`kg.nlp.aliases`).

The resolvers of names (:mod:`kg.nlp.aliases`), title phrases (:mod:`kg.nlp.title_phrases`) and pronouns
(:mod:`kg.nlp.pronouns`) add mentions to clusters; the component turns them into kg.model.Entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Mention

__all__ = ["Cluster", "SUBJECT_DEPS"]

#: Dependencies of a subject: the person a later title phrase or pronoun most likely refers to.
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass
class Cluster:
    key: str
    type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # token index of each mention's start
    given: str | None = None  # people: first given name
    surname: str | None = None  # people: name_key of the last name word
    parties: set[str] = field(default_factory=set)  # people: keys of countries/orgs from titles
    codes: set[str] = field(default_factory=set)  # people: ISO2 of the countries their titles name by a people's word
    roles: set[str] = field(default_factory=set)  # people: role groups from titles
    titles: set[str] = field(default_factory=set)  # people: the title words themselves ("chancellor")
    code: str | None = None  # countries: ISO2
