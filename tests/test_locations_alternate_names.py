"""The locations field: a GeoNames alternate name that news uses for another place is no key
of the place it is given to (``tools/gazetteer_corrections.tsv``, drop-key), and a name news
gives a place that GeoNames lacks is one (``data/aliases.tsv``), on sentences written for
these tests."""

from __future__ import annotations

from location_checks import places


def test_a_suburb_of_mumbai_is_no_alternate_of_a_chinese_city() -> None:
    text = "Voters queued outside a school in Kurla, in Mumbai, before dawn."
    assert [(fact.text, fact.name, fact.country_code) for fact in places(text)] == [
        ("Mumbai", "Mumbai", "IN")
    ]


def test_the_chinese_city_keeps_its_own_name() -> None:
    text = "A new rail line links Korla with Urumqi."
    found = [(fact.text, fact.country_code) for fact in places(text)]
    assert ("Korla", "CN") in found


def test_the_irish_republic_is_ireland_not_a_town_named_republic() -> None:
    # aliases.tsv: the bare "Republic" was Republic, Missouri, which then drew Belfast to Maine
    text = "Police said the explosives found in the Irish Republic were bound for Belfast."
    assert [(fact.text, fact.name, fact.country_code) for fact in places(text)] == [
        ("Irish Republic", "Ireland", "IE"),
        ("Belfast", "Belfast", "GB"),
    ]
