"""Name lookups and gazetteer views, on the small fixture data set."""

from __future__ import annotations

from pathlib import Path

import pytest

from geopol.kb import KnowledgeBase, OrganRef, OrgForm, StateForm
from geopol.model import MeetingLevel

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_directory(FIXTURES)


@pytest.mark.parametrize(
    ("query", "alpha3"),
    [
        ("KGZ", "KGZ"),
        ("KG", "KGZ"),
        ("417", "KGZ"),
        ("Kyrgyz Republic", "KGZ"),
        ("kyrgyzstan", "KGZ"),
        ("Kyrgyz", "KGZ"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("the United States", "USA"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("TURKEY", "TUR"),
        ("Cote d’Ivoire", "CIV"),
        ("the Soviet Union", "SUN"),
        ("U.S.S.R.", "SUN"),
        ("ussr", "SUN"),
        ("Congo", "COD"),
        ("Congolese", "COD"),
        ("Republic of the Congo", "COG"),
    ],
)
def test_country_finds_codes_names_aliases_and_demonyms(kb: KnowledgeBase, query: str, alpha3: str) -> None:
    """country() accepts codes, names, official names, aliases and adjectives, case-insensitively."""
    state = kb.country(query)
    assert state is not None
    assert state.alpha3 == alpha3


@pytest.mark.parametrize("query", ["us", "u.s.", "Us", "usa", "kg", "in", "", "   ", "Narnia", "Korea"])
def test_country_short_capital_forms_need_capitals(kb: KnowledgeBase, query: str) -> None:
    """Codes and 2-3 letter capital forms match only in capitals; unknown names give None."""
    assert kb.country(query) is None


def test_country_prefers_current_names_over_historic(kb: KnowledgeBase) -> None:
    """A state's record carries its flags: historic Soviet Union is not sovereign; Georgia is."""
    soviet, georgia = kb.country("Soviet"), kb.country("Georgia")
    assert soviet is not None
    assert georgia is not None
    assert (soviet.historic, soviet.sovereign) == (True, False)
    assert (georgia.historic, georgia.sovereign, georgia.capital) == (False, True, "Tbilisi")


@pytest.mark.parametrize(
    ("query", "org_id"),
    [
        ("CSTO", "CSTO"),
        ("csto", "CSTO"),
        ("C.S.T.O.", "CSTO"),
        ("ODKB", "CSTO"),
        ("the Collective Security Treaty Organisation", "CSTO"),
        ("Collective Security Treaty", "CSTO"),
        ("CST", "CSTO"),
        ("U.N.", "UN"),
        ("the UN", "UN"),
        ("United Nations", "UN"),
        ("Organization of African Unity", "AU"),
        ("OAU", "AU"),
        ("Organization of Islamic Cooperation", "OIC"),
        ("Organisation of the Islamic Conference", "OIC"),
        ("LAS", "LAS"),
        ("League of Arab States", "LAS"),
    ],
)
def test_organization_by_any_name(kb: KnowledgeBase, query: str, org_id: str) -> None:
    """organization() finds ids, acronyms (dotted too), names, aliases and former names and acronyms."""
    org = kb.organization(query)
    assert org is not None
    assert org.id == org_id


@pytest.mark.parametrize("query", ["", "NATO", "Collective", "Security Council"])
def test_organization_unknown_is_none(kb: KnowledgeBase, query: str) -> None:
    """An unknown name, a fragment or an organ name is not an organization."""
    assert kb.organization(query) is None


def test_organization_record_fields(kb: KnowledgeBase) -> None:
    """The record exposes acronym, acronyms (usual one first), organs with levels, centers."""
    un = kb.organization("UN")
    assert un is not None
    assert (un.acronym, un.acronyms, un.qid) == ("UN", ("UN",), "Q1065")
    assert un.organ_levels == {"Security Council": MeetingLevel.SENIOR_OFFICIALS}
    assert un.centers[0].acronym == "UNRCCA"
    las = kb.organization("Arab League")
    assert las is not None
    assert (las.acronym, las.acronyms) == (None, ())


def test_suggestions_for_misspelled_organizations(kb: KnowledgeBase) -> None:
    """suggest_organizations() offers the close names, labelled with their acronym."""
    assert kb.suggest_organizations("CTSO") == ("Collective Security Treaty Organization (CSTO)",)
    assert kb.suggest_organizations("qqqqqq") == ()


@pytest.mark.parametrize(
    ("query", "name", "country"),
    [
        ("Kiev", "Kyiv", "UKR"),
        ("nur-sultan", "Astana", "KAZ"),
        ("Nur Sultan", "Astana", "KAZ"),
        ("Cholpon-Ata", "Cholpon-Ata", "KGZ"),
        ("Krakow", "Kraków", "POL"),
        ("Georgetown", "Georgetown", "GUY"),
        ("Washington", "Washington, D.C.", "USA"),
    ],
)
def test_place_by_name_or_alt_name(kb: KnowledgeBase, query: str, name: str, country: str) -> None:
    """place() finds names and alternative names; a shared name goes to the capital."""
    place = kb.place(query)
    assert place is not None
    assert (place.name, place.country) == (name, country)


def test_place_unknown_is_none(kb: KnowledgeBase) -> None:
    """An unknown place gives None."""
    assert kb.place("Atlantis") is None


def test_state_forms(kb: KnowledgeBase) -> None:
    """state_forms(): written forms with kind, declared or shared ambiguity, folded spellings."""
    forms = kb.state_forms()
    assert forms["Kyrgyz Republic"] == StateForm(alpha3="KGZ", kind="name", ambiguous=False, sovereign=True)
    assert forms["Kyrgyz"].kind == "adjective"
    assert forms["US"].ambiguous
    assert not forms["U.S."].ambiguous
    assert forms["Turkiye"] == forms["Türkiye"]
    assert forms["Congolese"].ambiguous
    assert forms["USSR"] == StateForm(alpha3="SUN", kind="alias", ambiguous=False, sovereign=False)
    assert "turkey" not in forms  # exactly as written: no case variants
    assert kb.state_forms() is forms  # cached


def test_organization_forms(kb: KnowledgeBase) -> None:
    """organization_forms(): acronyms and their dotted spelling, names, aliases, former names."""
    forms = kb.organization_forms()
    assert forms["U.N."] == OrgForm(org_id="UN", kind="acronym", ambiguous=False)
    assert forms["AU"] == OrgForm(org_id="AU", kind="acronym", ambiguous=True)
    assert forms["OAU"] == OrgForm(org_id="AU", kind="former", ambiguous=False)
    assert forms["OIC"].kind == "acronym"  # a current acronym outranks the same former one
    assert forms["League of Arab States"].kind == "alias"
    assert forms["Organization of the Islamic Conference"].org_id == "OIC"


def test_place_forms(kb: KnowledgeBase) -> None:
    """place_forms(): names, alternative names and folded spellings; a shared name goes to the capital."""
    forms = kb.place_forms()
    assert forms["Kiev"].name == "Kyiv"
    assert forms["Krakow"].name == "Kraków"
    assert forms["Georgetown"].country == "GUY"


def test_organ_index_and_centers(kb: KnowledgeBase) -> None:
    """organ_index() lists every organization with an organ of that name; centers() every center."""
    refs = kb.organ_index()["Council of Foreign Ministers"]
    assert refs == (
        OrganRef(org_id="CSTO", organ="Council of Foreign Ministers", level=MeetingLevel.FOREIGN_MINISTERS),
        OrganRef(org_id="AU", organ="Council of Foreign Ministers", level=None),
        OrganRef(org_id="OIC", organ="Council of Foreign Ministers", level=MeetingLevel.FOREIGN_MINISTERS),
    )
    assert [(c.parent, c.city) for c in kb.centers()] == [("CSTO", "Moscow"), ("UN", "Ashgabat")]
