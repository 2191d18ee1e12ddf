"""kg.resolve: one node per entity across documents, and a state that restores exactly."""

from __future__ import annotations

import json

import build_samples as bs
from kg.model import ORGANIZATION, PERSON, Article, DocResult, Entity, Mention
from kg.resolve import Resolver, slugify


def person(name: str) -> DocResult:
    return DocResult(Article(name, name), [Entity("e", name, PERSON, [Mention(name, 0, len(name))])])


def test_spellings_share_a_node_and_the_most_frequent_full_spelling_is_the_label():
    r = Resolver()
    first = r.add(person("Dmitri Dane"))["e"]
    r.add(person("Dmitri Dáne"))
    r.add(person("Dmitri Dáne"))
    assert r.add(person("Dane"))["e"] is first
    assert first.slug == "person/dmitry-dane" and first.name == "Dmitri Dáne"
    assert first.aliases == {"Dmitri Dane", "Dmitri Dáne", "Dane"}


def test_a_tie_keeps_the_first_spelling():
    r = Resolver()
    r.add(person("Dmitri Dane"))
    node = r.add(person("Dmitri Dáne"))["e"]
    assert node.name == "Dmitri Dane"


def test_state_round_trips_through_json_and_resolves_the_next_documents_alike():
    docs = [bs.records()[i] for i in bs.ALL_IDS]
    original = Resolver()
    for d in docs[:3]:
        original.add(d)
    restored = Resolver.from_state(json.loads(json.dumps(original.state())))
    assert restored.state() == original.state()
    a, b = original.add(docs[3]), restored.add(docs[3])
    assert {k: (n.slug, n.name, n.aliases) for k, n in a.items()} == {k: (n.slug, n.name, n.aliases) for k, n in b.items()}
    assert original.state() == restored.state()


def test_slugify_folds_accents():
    assert slugify("Jean-Noël Barrot") == "jean-noel-barrot"


def test_the_last_words_of_a_known_full_name_are_that_person():
    resolver = Resolver()
    full = resolver.add(person("Luiz Inácio Lula da Silva"))["e"]
    assert resolver.add(person("Lula da Silva"))["e"] is full
    assert resolver.add(person("Pedro da Silva"))["e"] is not full  # another given name: another Silva
    assert full.name == "Luiz Inácio Lula da Silva"


def test_a_two_word_name_written_family_name_first_is_the_same_person():
    resolver = Resolver()
    ishiba = resolver.add(person("Shigeru Ishiba"))["e"]
    assert resolver.add(person("Ishiba Shigeru"))["e"] is ishiba
    assert resolver.add(person("Ishiba"))["e"] is ishiba
    assert resolver.add(person("Shigeru"))["e"] is not ishiba  # his given name alone names no one known
    assert resolver.add(person("Ishiba Takeshi"))["e"] is not ishiba


def org(name: str) -> DocResult:
    return DocResult(Article(name, name), [Entity("e", name, ORGANIZATION, [Mention(name, 0, len(name))])])


def test_a_company_with_and_without_its_legal_form_is_one_node():
    r = Resolver()
    first = r.add(org("Quorvath Aircraft Corp."))["e"]
    assert r.add(org("Quorvath Aircraft"))["e"] is first and first.slug == "organization/quorvath-aircraft"
    assert r.add(org("Quorvath Aircraft Group"))["e"] is not first  # another body of the same name
