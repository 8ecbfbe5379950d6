"""The public API: pinned ``__all__`` lists, names that resolve, one error root, a cheap-to-pickle Parser.

A change to any ``__all__`` below must be deliberate: update the literal here
and say so in CHANGELOG.md.
"""

from __future__ import annotations

import importlib
import inspect
import pickle
from types import ModuleType

import pytest

import geopol
import geopol.errors
from geopol import Extraction, Parser
from geopol.errors import GeopolError

PUBLIC_ALL = {
    "geopol": ["Extraction", "Parser", "__version__", "dumps", "loads", "parse", "to_guideline"],
    "geopol.model": [
        "SCHEMA_VERSION",
        "DateResolution",
        "DateValue",
        "Dateline",
        "Evidence",
        "Extraction",
        "Meeting",
        "MeetingLevel",
        "MeetingStatus",
        "MemberList",
        "Membership",
        "MembershipStatus",
        "Mention",
        "OrganizationKind",
        "OrganizationMention",
        "PartialDate",
        "Person",
        "Place",
        "Precision",
        "Quote",
        "RegionalCenter",
        "Span",
        "SpeakerKind",
        "StateMention",
        "Statement",
        "StatementKind",
        "is_alpha3",
    ],
    "geopol.errors": [
        "DataIntegrityError",
        "GeopolError",
        "InvalidDateError",
        "SchemaError",
        "UnknownOrganizationError",
        "UnknownStateError",
    ],
    "geopol.kb": [
        "Center",
        "DateLike",
        "FormerName",
        "InvalidDateError",
        "KnowledgeBase",
        "OrgForm",
        "OrganRef",
        "Organization",
        "PlaceKind",
        "PlaceRecord",
        "State",
        "StateForm",
        "UnknownStateError",
        "country",
        "members",
        "memberships",
        "organization",
        "place",
    ],
}

ARTICLE = (
    "Foreign ministers of the Collective Security Treaty Organization (CSTO) met in Bishkek on Thursday. "
    "“We reaffirm our support for the United Nations,” the statement read."
)


def _isort_key(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 keeps: CONSTANTS, then CamelCase classes, then everything else."""
    if name.isupper():
        return (0, name)
    if name[0].isupper():
        return (1, name)
    return (2, name)


def _module(name: str) -> ModuleType:
    return importlib.import_module(name)


@pytest.mark.parametrize("name", sorted(PUBLIC_ALL))
def test_all_is_pinned(name: str) -> None:
    """Each public module's __all__ is exactly the pinned list (same names, same order, no duplicates)."""
    exported = list(_module(name).__all__)
    assert exported == PUBLIC_ALL[name]
    assert len(set(exported)) == len(exported)


@pytest.mark.parametrize("name", sorted(PUBLIC_ALL))
def test_all_is_sorted(name: str) -> None:
    """__all__ is kept sorted (isort style: constants, classes, then functions and dunders)."""
    exported = list(_module(name).__all__)
    assert exported == sorted(exported, key=_isort_key)


@pytest.mark.parametrize(
    ("module_name", "attr"), [(m, a) for m, names in sorted(PUBLIC_ALL.items()) for a in names]
)
def test_every_exported_name_resolves(module_name: str, attr: str) -> None:
    """Every name in __all__ is an attribute of its module (geopol's lazy names included)."""
    assert getattr(_module(module_name), attr) is not None


def test_star_import_of_geopol_gives_the_lazy_names() -> None:
    """``from geopol import *`` binds every public name, loading the lazy ones."""
    namespace: dict[str, object] = {}
    exec("from geopol import *", namespace)
    assert set(PUBLIC_ALL["geopol"]) <= set(namespace)
    assert namespace["parse"] is geopol.parse
    assert namespace["__version__"] == geopol.__version__


def test_unknown_attribute_of_geopol_raises_attribute_error() -> None:
    """A name geopol does not export raises AttributeError naming it (so hasattr works)."""
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = geopol.no_such_name


def _error_classes() -> list[type[BaseException]]:
    return [
        obj
        for obj in vars(geopol.errors).values()
        if inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__module__ == "geopol.errors"
    ]


def test_every_error_subclasses_geopol_error() -> None:
    """Every exception class defined in geopol.errors is a GeopolError, and all of them are exported."""
    classes = _error_classes()
    assert len(classes) == len(PUBLIC_ALL["geopol.errors"])
    assert all(issubclass(cls, GeopolError) for cls in classes)
    assert {cls.__name__ for cls in classes} == set(geopol.errors.__all__)


@pytest.mark.parametrize(
    ("name", "builtin"),
    [
        ("SchemaError", ValueError),
        ("InvalidDateError", ValueError),
        ("UnknownOrganizationError", LookupError),
        ("UnknownStateError", LookupError),
        ("DataIntegrityError", RuntimeError),
    ],
)
def test_errors_subclass_the_builtin_they_mean(name: str, builtin: type[Exception]) -> None:
    """Each error is also the builtin exception whose meaning it shares, so callers can catch either."""
    cls = getattr(geopol.errors, name)
    assert issubclass(cls, builtin)
    assert issubclass(cls, GeopolError)


def test_kb_reexports_the_same_error_classes() -> None:
    """geopol.kb re-exports the error classes of geopol.errors, not copies of them."""
    import geopol.kb

    assert geopol.kb.InvalidDateError is geopol.errors.InvalidDateError
    assert geopol.kb.UnknownStateError is geopol.errors.UnknownStateError


def test_parser_pickles_cheaply_and_parses_the_same() -> None:
    """A Parser pickles to under 2 kB (by reference to its knowledge base) and its clone parses equally."""
    parser = Parser()
    data = pickle.dumps(parser)
    assert len(data) < 2000
    clone = pickle.loads(data)
    assert isinstance(clone, Parser)
    expected = parser.parse(ARTICLE, published="2023-06-23")
    assert isinstance(expected, Extraction)
    assert expected.organizations
    assert clone.parse(ARTICLE, published="2023-06-23") == expected
