"""kg/resolve.py: the name rules that join documents' entities into graph nodes.

(tests/test_resolve.py covers spellings, ties and the saved state.)
"""

from __future__ import annotations

import json

import pytest

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE, Article, DocResult, Entity, Mention
from kg.resolve import Resolver, given_key, person_words, slugify


def doc(*entities: tuple[str, str] | tuple[str, str, list[tuple[str, str]]]) -> DocResult:
    """A document with the given (name, type[, [(mention, kind)...]]) entities, keyed e0, e1, ..."""
    ents = []
    for i, spec in enumerate(entities):
        name, type_ = spec[0], spec[1]
        mentions = [Mention(text, 0, len(text), kind) for text, kind in (spec[2] if len(spec) > 2 else [(name, "name")])]
        ents.append(Entity(f"e{i}", name, type_, mentions))
    return DocResult(Article(f"d{id(ents)}", ""), ents)


def test_transliterated_surnames_share_a_node():
    r = Resolver()
    nodes = [r.add(doc((name, PERSON)))["e0"] for name in ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy")]
    assert nodes[0] is nodes[1] is nodes[2]
    assert nodes[0].slug == "person/vladimir-zelensky"  # built from the keys, not the first spelling
    assert nodes[0].aliases == {"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"}


def test_a_spelling_that_swaps_letters_joins_the_known_person_and_keeps_its_iri():
    r = Resolver()
    first = r.add(doc(("Abbas Araghchi", PERSON)))["e0"]
    assert r.add(doc(("Araqchi", PERSON)))["e0"] is first  # the surname alone, spelled the other way
    assert r.add(doc(("Abbas Araqchi", PERSON)))["e0"] is first
    assert first.slug == "person/abbas-araghchy"
    assert r.add(doc(("Hamid Araqchi", PERSON)))["e0"] is not first  # another given name: another person
    restored = Resolver.from_state(json.loads(json.dumps(r.state())))
    assert restored.add(doc(("Abas Araqchi", PERSON)))["e0"].slug == "person/abbas-araghchy"


def test_a_long_family_name_ending_in_another_vowel_joins_the_known_person_but_a_given_name_does_not():
    r = Resolver()
    first = r.add(doc(("Anura Quorvanake", PERSON)))["e0"]
    assert r.add(doc(("Quorvanaka", PERSON)))["e0"] is first
    assert r.add(doc(("Anura Quorvanaka", PERSON)))["e0"] is first
    maria = r.add(doc(("Maria Lindqvist", PERSON)))["e0"]
    assert r.add(doc(("Mario Lindqvist", PERSON)))["e0"] is not maria


def test_a_generation_suffix_is_no_surname_but_a_king_s_numeral_stays():
    assert person_words("Ferdinand Marcos Jr.") == ["Ferdinand", "Marcos"]
    assert person_words("Henry Ford II") == ["Henry", "Ford"]
    assert person_words("Elizabeth II") == ["Elizabeth", "II"]
    assert person_words("Crown Prince Jan Nowak") == ["Jan", "Nowak"]  # honorifics are no name
    assert person_words("King Abdullah") == ["Abdullah"] and person_words("Prince") == ["Prince"]
    r = Resolver()
    assert r.add(doc(("Ferdinand Marcos Jr.", PERSON)))["e0"] is r.add(doc(("Ferdinand Marcos", PERSON)))["e0"]


def test_volodymyr_and_vladimir_zelensky_merge_but_vladimir_putin_does_not():
    r = Resolver()
    zel = r.add(doc(("Volodymyr Zelensky", PERSON)))["e0"]
    assert r.add(doc(("Vladimir Zelensky", PERSON)))["e0"] is zel
    putin = r.add(doc(("Vladimir Putin", PERSON)))["e0"]
    assert putin is not zel and putin.slug == "person/vladimir-putin"
    assert zel.name == "Volodymyr Zelensky"  # a tie keeps the first spelling


def test_a_surname_alone_joins_the_most_mentioned_namesake():
    r = Resolver()
    anna = r.add(doc(("Anna Keller", PERSON)))["e0"]
    r.add(doc(("Anna Keller", PERSON)))
    marie = r.add(doc(("Marie Keller", PERSON)))["e0"]
    assert marie is not anna
    assert r.add(doc(("Keller", PERSON)))["e0"] is anna
    # an unknown surname gets a node of its own
    pym = r.add(doc(("Pym", PERSON)))["e0"]
    assert pym.slug == "person/pym" and pym.name == "Pym"


def test_full_names_are_resolved_before_surnames_in_one_document():
    r = Resolver()
    mapping = r.add(doc(("Keller", PERSON), ("Anna Keller", PERSON)))
    assert mapping["e0"] is mapping["e1"] and mapping["e1"].slug == "person/anna-keller"


def test_countries_by_iso_code_and_other_types_by_name():
    r = Resolver()
    a = r.add(doc(("United States", COUNTRY, [("US", "name")])))["e0"]
    assert a.slug == "country/united-states" and a.country_code == "US"
    # a country named only by its demonym still gets its code
    ru = r.add(doc(("Russia", COUNTRY, [("Russian", "demonym")])))["e0"]
    assert ru.country_code == "RU" and ru.aliases == {"Russia"}  # the demonym is no alias
    kyiv = r.add(doc(("Kyiv", PLACE, [("Kiev", "name")])))["e0"]
    assert kyiv.slug == "place/kyiv" and kyiv.aliases == {"Kyiv", "Kiev"}
    assert r.add(doc(("Kyiv", PLACE)))["e0"] is kyiv
    org = r.add(doc(("Ministry of Calm", ORGANIZATION)))["e0"]
    assert org.slug == "organization/ministry-of-calm" and org.country_code is None
    # the same name as another type is another node
    assert r.add(doc(("Kyiv", ORGANIZATION)))["e0"] is not kyiv


@pytest.mark.parametrize("text,slug", [("Donald Trump", "donald-trump"), ("São Paulo", "sao-paulo"),
                                       ("Jean-Noël Barrot", "jean-noel-barrot"), ("!!!", "x")])
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_given_key_and_person_words():
    assert given_key("Volodymyr") == given_key("Vladimir") == given_key("Wolodymyr")
    assert given_key("Anna") == "anna" != given_key("Anne")
    assert person_words("Dr.  Anna  Keller") == ["Anna", "Keller"]  # a form of address is no name
    assert person_words("Anna Keller , 47") == ["Anna", "Keller"]
