"""The officials registry: loading, aliases, dated titles, ambiguity check."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from monitor.errors import ConfigError
from monitor.statements.officials import default_registry, load_officials, parse_officials


def test_default_registry_is_large_and_unambiguous() -> None:
    registry = default_registry()
    assert len(registry) >= 40
    countries = {o.country for o in registry.officials}
    assert {"US", "UA", "RU", "GB", "FR", "DE", "EU", "NATO", "TR", "SA", "CN"} <= countries
    assert registry.ambiguities() == []
    assert all(o.gender in {"m", "f"} for o in registry.officials)


@pytest.mark.parametrize(
    "alias", ["Zelenskyy", "Zelensky", "Zelenskiy", "Zelenski", "Selenskyj", "zelensky"]
)
def test_zelenskyy_transliterations(alias: str) -> None:
    official = default_registry().lookup(alias)
    assert official is not None and official.id == "zelenskyy"


def test_peskov_aliases_and_title() -> None:
    registry = default_registry()
    assert registry.lookup("Peskow").id == "peskov"  # type: ignore[union-attr]
    assert registry.lookup("Kremlin spokesperson", date(2025, 3, 1)).id == "peskov"  # type: ignore[union-attr]


def test_titles_hold_only_in_their_dates() -> None:
    registry = default_registry()
    hegseth = registry.lookup("US Defence Secretary", date(2025, 3, 1))
    assert hegseth is not None and hegseth.id == "hegseth"
    assert registry.lookup("Secretary of Defense", date(2025, 1, 25)).id == "hegseth"  # type: ignore[union-attr]
    assert registry.lookup("Secretary of Defense", date(2025, 1, 24)) is None
    # the German chancellor changed on 2025-05-06
    assert registry.lookup("German Chancellor", date(2025, 3, 1)).id == "scholz"  # type: ignore[union-attr]
    assert registry.lookup("German Chancellor", date(2025, 6, 1)).id == "merz"  # type: ignore[union-attr]


def test_a_title_through_another_officials_title() -> None:
    """"Putin's spokesman" also reads "the Russian president's spokesman", found in text and
    held only while both roles hold (a chief of staff whose role ended is no longer one)."""
    registry = default_registry()
    peskov = registry.lookup("the Russian president's spokesman", date(2025, 11, 25))
    assert peskov is not None and peskov.id == "peskov"
    assert registry.is_title("Russia’s leader's spokesman")
    text = "The Russian president’s spokesman said the talks would go on."
    assert [s for _, _, s in registry.find(text)] == ["The Russian president’s spokesman"]
    yermak = registry.lookup("Ukrainian President's chief of staff", date(2025, 6, 1))
    assert yermak is not None and yermak.id == "yermak"
    assert registry.lookup("Ukrainian President's chief of staff", date(2025, 12, 1)) is None


def test_find_names_and_titles() -> None:
    registry = default_registry()
    text = ("Kremlin spokesperson Dmitry Peskov said; U.S. Secretary of State Marco Rubio "
            "replied, and Gen. Keith Kellogg and Erdoğan’s aide listened. Zelenskyy.")
    found = [surface for _, _, surface in registry.find(text)]
    assert found == ["Kremlin spokesperson", "Dmitry Peskov", "U.S. Secretary of State",
                     "Marco Rubio", "Gen. Keith Kellogg", "Erdoğan", "Zelenskyy"]
    start, end, _ = registry.find(text)[-1]
    assert text[start:end] == "Zelenskyy"  # the full stop is not part of the name


def test_shared_alias_is_reported() -> None:
    registry = parse_officials({"official": [
        {"id": "a", "name": "Anna Smith", "gender": "f"},
        {"id": "b", "name": "Bob Smith", "gender": "m",
         "roles": [{"titles": ["Mayor"], "from": date(2020, 1, 1)}]},
        {"id": "c", "name": "Carl Jones", "gender": "m",
         "roles": [{"titles": ["Mayor"], "until": date(2019, 12, 31)}]},
    ]})
    ambiguous = registry.ambiguities()
    assert [(a.alias, a.officials, a.kind) for a in ambiguous] == [("smith", ("a", "b"), "alias")]
    assert registry.lookup("Smith") is None  # ambiguous: nobody
    assert registry.lookup("Mayor", date(2021, 1, 1)).id == "b"  # type: ignore[union-attr]


def test_overlapping_titles_are_reported() -> None:
    registry = parse_officials({"official": [
        {"id": "a", "name": "Anna Smith", "roles": [{"titles": ["Envoy"]}]},
        {"id": "b", "name": "Bob Jones", "roles": [{"titles": ["Envoy"], "from": "2024-01-01"}]},
    ]})
    assert [(a.alias, a.kind) for a in registry.ambiguities()] == [("envoy", "title")]


@pytest.mark.parametrize(
    ("entry", "key"),
    [
        ({"id": "Bad Id", "name": "X"}, "official[0].id"),
        ({"id": "x", "name": ""}, "official[0].name"),
        ({"id": "x", "name": "X Y", "gender": "x"}, "official[0].gender"),
        ({"id": "x", "name": "X Y", "roles": [{"titles": ["T"], "from": "soon"}]},
         "official[0].roles[0].from"),
    ],
)
def test_errors_name_the_key(entry: dict[str, object], key: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_officials({"official": [entry]})
    assert info.value.key == key


def test_load_reports_bad_toml(tmp_path: Path) -> None:
    path = tmp_path / "officials.toml"
    path.write_text("[[official]\nid=", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_officials(path)
