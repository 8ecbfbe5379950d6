"""Facts the bundled data must get right (memberships over time, names, places).

If one of these fails, the data file is wrong: report it, do not weaken the test.
"""

from __future__ import annotations

import pytest

from geopol import kb
from geopol.errors import UnknownOrganizationError

CSTO_CORE = {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}


def test_csto_2008_includes_uzbekistan() -> None:
    """On 2008-01-01 the CSTO had seven members, Uzbekistan among them."""
    members = kb.members("CSTO", on="2008-01-01")
    assert "UZB" in members
    assert members >= CSTO_CORE


def test_csto_2013_excludes_uzbekistan() -> None:
    """Uzbekistan left the CSTO in 2012."""
    members = kb.members("CSTO", on="2013-01-01")
    assert "UZB" not in members
    assert members >= CSTO_CORE


def test_syria_suspended_from_the_arab_league() -> None:
    """Syria was suspended from 2011 to 2023."""
    assert "SYR" not in kb.members("Arab League", on="2015-01-01")
    assert "SYR" in kb.members("Arab League", on="2024-01-01")


def test_brexit() -> None:
    """The UK was an EU member on 2019-12-31 and not on 2020-02-01."""
    assert "GBR" in kb.members("EU", on="2019-12-31")
    assert "GBR" not in kb.members("EU", on="2020-02-01")


def test_nordic_nato_accessions() -> None:
    """Finland joined NATO on 2023-04-04, Sweden on 2024-03-07."""
    assert "FIN" not in kb.members("NATO", on="2023-01-01")
    assert "FIN" in kb.members("NATO", on="2023-05-01")
    assert "SWE" in kb.members("NATO", on="2024-04-01")


@pytest.mark.parametrize(
    ("query", "org_id"),
    [
        ("Organization of African Unity", "AU"),
        ("OAU", "AU"),
        ("Organisation of Islamic Cooperation", "OIC"),
        ("Organization of the Islamic Conference", "OIC"),
        ("N.A.T.O.", "NATO"),
    ],
)
def test_organizations_by_current_and_former_names(query: str, org_id: str) -> None:
    """Former names and acronyms, both spellings and dotted acronyms lead to the organization."""
    org = kb.organization(query)
    assert org is not None
    assert org.id == org_id


def test_un_dotted() -> None:
    """organization("U.N.") is the United Nations, acronym UN."""
    org = kb.organization("U.N.")
    assert org is not None
    assert org.acronym == "UN"


@pytest.mark.parametrize(
    ("query", "alpha3"),
    [
        ("U.S.", "USA"),
        ("Ivory Coast", "CIV"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Burma", "MMR"),
        ("Kyrgyz Republic", "KGZ"),
        ("DPRK", "PRK"),
        ("Lao PDR", "LAO"),
        ("East Timor", "TLS"),
        ("Afghan", "AFG"),
        ("Emirati", "ARE"),
        ("Filipino", "PHL"),
    ],
)
def test_countries_by_names_aliases_and_demonyms(query: str, alpha3: str) -> None:
    """Short forms, old names and demonyms resolve to the right state."""
    state = kb.country(query)
    assert state is not None
    assert state.alpha3 == alpha3


def test_places() -> None:
    """Old and alternative spellings of cities resolve (Kiev, Nur-Sultan, Cholpon-Ata)."""
    kiev, nur_sultan, cholpon_ata = kb.place("Kiev"), kb.place("Nur-Sultan"), kb.place("Cholpon-Ata")
    assert kiev is not None
    assert kiev.country == "UKR"
    assert nur_sultan is not None
    assert nur_sultan.name == "Astana"
    assert cholpon_ata is not None
    assert cholpon_ata.country == "KGZ"


def test_unknown_organization_raises() -> None:
    """members() of an unknown organization raises UnknownOrganizationError."""
    with pytest.raises(UnknownOrganizationError):
        kb.members("Intergalactic Federation")
