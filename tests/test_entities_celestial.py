"""The solar system's bodies are places in an article about space, and only there.

Every fixture is written for these tests (invented missions and firms); none is copied from an
evaluation set.
"""

from __future__ import annotations

from .entity_helpers import typed_pairs as typed


def test_planets_and_moons_in_a_space_story_are_places():
    got = typed(
        "The agency plans to land astronauts on the Moon again before sending a crew to Mars. "
        "A second spacecraft will orbit Jupiter to study its icy moon Europa, far from the Sun."
    )
    for body in ("Moon", "Mars", "Jupiter", "Europa", "Sun"):
        assert (body, "LOC") in got, body


def test_the_same_names_outside_a_space_story_are_not_made_places():
    got = typed("Mars, the sweets maker, said sales rose. The Sun newspaper and Mercury Records agreed.")
    assert not any(k == "LOC" for _, k in got)


def test_a_body_inside_a_longer_name_is_left_to_that_name():
    got = typed(
        "Engineers say the Venus Cloud Orbiter will reach the planet in May, and the telescope "
        "team at Saturn Dynamics built its camera."
    )
    assert ("Venus", "LOC") not in got
    assert ("Saturn", "LOC") not in got


def test_a_moon_after_its_planet_and_the_solar_system_are_places():
    got = typed(
        "The probe will orbit the planet for a year before the spacecraft lands. Callisto is the Solar "
        "System's third-biggest moon, behind Saturn's Titan."
    )
    assert ("Solar System", "LOC") in got and ("Titan", "LOC") in got and ("Saturn", "LOC") in got
