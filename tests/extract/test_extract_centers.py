"""Regional centers read from invented news text: known centers and the text's own center phrases,
tied to a city; centers not tied to a place and organs are not reported."""

from __future__ import annotations

import pytest

import geopol
from geopol.model import Extraction, RegionalCenter


def _only_center(extraction: Extraction) -> RegionalCenter:
    assert len(extraction.centers) == 1, extraction.centers
    return extraction.centers[0]


def _where(center: RegionalCenter) -> tuple[str | None, str | None]:
    return (center.place.city, center.place.country) if center.place is not None else (None, None)


def test_known_center_in_city() -> None:
    """ "the SCO Regional Anti-Terrorist Structure in Tashkent" is a center of the SCO in Tashkent,
    UZB, named as in the text."""
    text = (
        "Officials from the SCO Regional Anti-Terrorist Structure in Tashkent briefed the delegates "
        "on Monday."
    )
    c = _only_center(geopol.parse(text, published="2024-07-27"))
    assert c.parent == "SCO"
    assert _where(c) == ("Tashkent", "UZB")
    assert "Regional Anti-Terrorist Structure" in c.name


def test_center_phrase_in_the_texts_own_wording() -> None:
    """A phrase ending in a center noun followed by "in <city>" is a center of the organization
    named in the sentence: "an information security center in Moscow" -> CSTO, Moscow, RUS."""
    text = (
        "CSTO members agreed to create an information security center in Moscow, the organization's "
        "secretary general said."
    )
    c = _only_center(geopol.parse(text, published="2024-07-27"))
    assert c.name == "information security center"
    assert c.parent == "CSTO"
    assert _where(c) == ("Moscow", "RUS")


@pytest.mark.parametrize(
    ("text", "name", "parent"),
    [
        (
            "The ministers also visited the OSCE Programme Office in Almaty, Kazakhstan, on Wednesday.",
            "OSCE Programme Office",
            "OSCE",
        ),
        (
            "The new UN regional office in Almaty, Kazakhstan, will coordinate aid across Central Asia.",
            "UN regional office",
            "UN",
        ),
    ],
    ids=["programme-office", "regional-office"],
)
def test_center_in_city_comma_state(text: str, name: str, parent: str) -> None:
    """ "<center> in Almaty, Kazakhstan" ties the center to Almaty, KAZ."""
    c = _only_center(geopol.parse(text, published="2024-07-27"))
    assert (c.name, c.parent) == (name, parent)
    assert _where(c) == ("Almaty", "KAZ")


def test_center_evidence_is_its_name() -> None:
    """The center's evidence span covers its name in the original text."""
    text = "The ministers also visited the OSCE Programme Office in Almaty, Kazakhstan, on Wednesday."
    c = _only_center(geopol.parse(text, published="2024-07-27"))
    assert c.evidence is not None
    span = c.evidence.spans[0]
    assert text[span.start : span.end] == c.name


@pytest.mark.parametrize(
    "text",
    [
        "The Regional Anti-Terrorist Structure has tracked militant financing for years, experts say.",
        "The SCO's Regional Anti-Terrorist Structure has tracked militant financing for years, experts say.",
    ],
    ids=["bare", "possessive"],
)
def test_known_center_without_a_place_is_not_reported(text: str) -> None:
    """A known center the text does not tie to any place gives no center (its organization is still
    recognized)."""
    extraction = geopol.parse(text, published="2024-07-27")
    assert "SCO" in {o.id for o in extraction.organizations}
    assert extraction.centers == ()


@pytest.mark.parametrize(
    "text",
    [
        "The ECOWAS Commission in Abuja announced a new trade policy on Monday.",
        "The ECOWAS Commission announced a new trade policy on Monday in Abuja.",
    ],
    ids=["commission-in-city", "city-later"],
)
def test_organ_is_not_a_center(text: str) -> None:
    """An organ such as "the ECOWAS Commission" is not a center, even next to a city."""
    extraction = geopol.parse(text, published="2024-07-27")
    assert "ECOWAS" in {o.id for o in extraction.organizations}
    assert extraction.centers == ()


def test_guideline_view_of_center() -> None:
    """The flat view gives the center's name, parent label, city and country."""
    text = (
        "Officials from the SCO Regional Anti-Terrorist Structure in Tashkent briefed the delegates "
        "on Monday."
    )
    flat = geopol.to_guideline(geopol.parse(text, published="2024-07-27"))
    assert [(c["parent"], c["city"], c["country"]) for c in flat["centers"]] == [("SCO", "Tashkent", "UZB")]
