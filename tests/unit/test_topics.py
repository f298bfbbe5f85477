"""topics: the query language, its errors, and the shipped ukraine-peace topic."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from monitor.topics import (
    Topic,
    TopicQuery,
    TopicSyntaxError,
    compile_query,
    match_topics,
    prepare,
)

CONFIG = Path(__file__).resolve().parent.parent.parent / "config" / "topics.toml"


def matches(query: str, *fields: str) -> bool:
    return compile_query(query).matches(*fields)


# --- operators and precedence ------------------------------------------------------------------


def test_single_word() -> None:
    assert matches("ceasefire", "A ceasefire was agreed")
    assert not matches("ceasefire", "Fighting continued")


def test_and_explicit_and_implicit() -> None:
    assert matches("Kyiv AND talks", "Talks in Kyiv")
    assert matches("Kyiv talks", "Talks in Kyiv")
    assert not matches("Kyiv talks", "Talks in Riyadh")


def test_or() -> None:
    assert matches("truce OR ceasefire", "A truce holds")
    assert matches("truce OR ceasefire", "A ceasefire holds")
    assert not matches("truce OR ceasefire", "Shelling resumed")


def test_not() -> None:
    assert matches("Ukraine NOT football", "Ukraine talks")
    assert not matches("Ukraine NOT football", "Ukraine football team wins")
    assert matches("NOT football", "Ukraine talks")


def test_and_binds_tighter_than_or() -> None:
    query = "a b OR c"  # (a AND b) OR c
    assert matches(query, "c")
    assert matches(query, "a b")
    assert not matches(query, "a")
    assert str(compile_query(query)) == "((a AND b) OR c)"


def test_not_binds_tightest() -> None:
    query = "NOT a b"  # (NOT a) AND b
    assert matches(query, "b")
    assert not matches(query, "a b")
    assert not matches(query, "c")


def test_parentheses_override_precedence() -> None:
    query = "a (b OR c)"
    assert matches(query, "a c")
    assert not matches(query, "c")
    assert matches("NOT (a OR b) c", "c")
    assert not matches("NOT (a OR b) c", "b c")


# --- phrases, wildcards, word boundaries -------------------------------------------------------


def test_phrase_needs_the_words_in_a_row() -> None:
    assert matches('"peace talks"', "Peace talks resume")
    assert matches('"peace talks"', "peace, talks")  # punctuation is not a word
    assert not matches('"peace talks"', "talks on peace")
    assert not matches('"peace talks"', "peace and talks")


def test_phrase_does_not_cross_fields() -> None:
    assert not matches('"peace talks"', "Hopes of peace", "Talks collapse")


def test_hyphenated_word_is_a_phrase() -> None:
    assert matches("cease-fire", "A cease fire began")
    assert matches("cease-fire", "A cease-fire began")
    assert not matches("cease-fire", "Fire ceased")


def test_word_boundaries() -> None:
    assert not matches("Kyiv", "Kyivstar outage")
    assert matches("Kyiv*", "Kyivstar outage")
    assert matches("Kyiv", "Kyiv's mayor")
    assert matches("Kyiv", "(Kyiv)")
    assert not matches("peace", "peacekeepers")
    assert matches("peacekeep*", "peacekeepers arrive")


def test_wildcard_at_end_of_phrase() -> None:
    assert matches('"security guarantee*"', "Security guarantees for Ukraine")
    assert not matches('"security guarantee*"', "Security of guarantees")


def test_case_and_diacritics_are_ignored() -> None:
    assert matches("Kyiv", "KYÏV under fire")
    assert matches("Kyïv", "Kyiv under fire")
    assert matches("Zelenskyj", "ZELENSKÝJ")
    assert matches("Selenskyj", "Selenskyj: Waffenruhe")
    assert matches("Zelensk*", "Zelenskyy and Zelenskiy and Zelenskyj")
    assert not matches("Zelensk*", "Selenskyj")  # a different transliteration: list both
    assert matches("Friedensgespräch*", "FRIEDENSGESPRACHE beginnen")
    assert matches("négociations", "Negociations a Geneve")


def test_cyrillic_terms() -> None:
    assert matches("Київ", "Атака на Київ")
    assert matches("переговор*", "Путин заявил о переговорах")
    assert not matches("Киев", "Киевстар")


def test_near_within_distance() -> None:
    assert matches("Kyiv NEAR/3 talks", "Kyiv hosts new talks")
    assert matches("talks NEAR/3 Kyiv", "Kyiv hosts new talks")  # either order
    assert not matches("Kyiv NEAR/1 talks", "Kyiv hosts new talks")
    far = "Kyiv " + "word " * 20 + "talks"
    assert not matches("Kyiv NEAR talks", far)  # default: 10 words
    assert matches("Kyiv NEAR/25 talks", far)


def test_near_with_groups_phrases_and_prefixes() -> None:
    query = '(Kyiv OR Moscow) NEAR/5 ("peace talks" OR truce*)'
    assert matches(query, "Moscow says peace talks are possible")
    assert matches(query, "Truces proposed by Kyiv")
    assert not matches(query, "Moscow " + "x " * 10 + "peace talks")
    # distances count from where each side starts: "peace" is word 0, "ukraine" word 4
    assert matches('"peace talk*" NEAR/4 Ukraine', "Peace talking points for Ukraine")
    assert not matches('"peace talk*" NEAR/3 Ukraine', "Peace talking points for Ukraine")


def test_near_does_not_cross_fields() -> None:
    assert not matches("Kyiv NEAR/5 ceasefire", "News from Kyiv", "ceasefire elsewhere")
    assert matches("Kyiv NEAR/5 ceasefire", "News from Kyiv", "Kyiv ceasefire")


def test_near_keeps_a_long_article_about_something_else_out() -> None:
    text = (
        "Ukraine was mentioned once at the top. "
        + "Filler sentence about the weather and markets. " * 10
        + "Israel and Hamas agreed a ceasefire in Gaza."
    )
    assert matches("Ukraine ceasefire", text)
    assert not matches("Ukraine NEAR/15 ceasefire", text)


def test_near_chains_and_combines_with_and_not() -> None:
    assert matches("(a NEAR/1 b) NEAR/2 c", "a b x c")
    assert not matches("(a NEAR/1 b) NEAR/2 c", "a b x y z c")
    assert matches("x a NEAR/1 b NOT z", "x then a b")
    assert not matches("x a NEAR/1 b NOT z", "x then a b z")
    assert str(compile_query("a NEAR/3 (b OR c)")) == "(a NEAR/3 (b OR c))"


def test_lowercase_near_is_a_word() -> None:
    assert matches("fighting near Pokrovsk", "Heavy fighting near Pokrovsk")


# --- syntax errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "position", "fragment"),
    [
        ("", 0, "empty query"),
        ("   ", 3, "empty query"),
        ("peace AND", 9, "expected a term"),
        ("peace OR OR truce", 9, "expected a term"),
        ("(peace OR truce", 0, "unbalanced '('"),
        ("peace OR truce)", 14, "unbalanced ')'"),
        ('"peace talks', 0, "unterminated"),
        ("Ky*iv", 2, "only allowed at the end"),
        ("()", 1, "empty parentheses"),
        ('""', 0, "empty phrase"),
        ("NOT", 3, "expected a term"),
        ("ukraine or russia", 8, "lower-case operator"),
        ("ukraine and russia", 8, "lower-case operator"),
        ("not russia", 0, "lower-case operator"),
        ("Kyiv - talks", 5, "no letters"),
        ("NEAR talks", 0, "expected a term before NEAR"),
        ("Kyiv NEAR/0 talks", 5, "NEAR/n needs a number"),
        ("Kyiv NEAR/x talks", 5, "NEAR/n needs a number"),
        ("Kyiv NEAR/2000 talks", 5, "NEAR/n needs a number"),
        ("(a b) NEAR c", 6, "NEAR joins words"),
        ("a NEAR (b NOT c)", 2, "NEAR joins words"),
        ("Kyiv NEAR", 9, "expected a term"),
    ],
)
def test_syntax_errors_name_the_position(query: str, position: int, fragment: str) -> None:
    with pytest.raises(TopicSyntaxError) as info:
        compile_query(query)
    assert info.value.position == position
    assert fragment in str(info.value)
    assert f"position {position}" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_syntax_error_shows_the_line_and_a_caret() -> None:
    with pytest.raises(TopicSyntaxError) as info:
        compile_query("Ukraine\nAND (peace OR\n")
    message = str(info.value)
    assert "line 3" in message or "line 2" in message
    assert "^" in message


def test_quoted_operator_is_a_word() -> None:
    assert matches('"not" guilty', "Not guilty, says Kremlin")


def test_comments_run_to_end_of_line() -> None:
    query = "peace # a comment with OR and ( in it\nAND truce"
    assert matches(query, "peace and a truce")
    assert not matches(query, "peace")


# --- Topic and match_topics --------------------------------------------------------------------


def test_match_topics_returns_names_in_order() -> None:
    topics = [
        Topic("peace", compile_query("ceasefire OR truce"), "peace process"),
        Topic("energy", compile_query("grid OR blackout"), ""),
        Topic("both", compile_query("ceasefire grid"), ""),
    ]
    assert match_topics(topics, "Energy ceasefire", "grid strikes to stop", "") == (
        "peace",
        "energy",
        "both",
    )
    assert match_topics(topics, "Football", "", "") == ()
    assert match_topics([], "anything", "", "") == ()


def test_prepared_document_matches_like_fields() -> None:
    query = compile_query('"peace plan" Witkoff')
    doc = prepare("Witkoff presents peace plan", "", "")
    assert query.matches_prepared(doc) == query.matches("Witkoff presents peace plan")


def test_matched_terms_explain_a_match() -> None:
    query = compile_query('(Kyiv OR Kiev) ("peace talks" OR ceasefire) NOT football')
    assert query.matched_terms("Peace talks in Kyiv", "no ceasefire yet") == (
        "kyiv",
        '"peace talks"',
        "ceasefire",
    )
    assert query.matched_terms("Kyiv football") == ("kyiv", "football")
    assert query.matched_terms("nothing here") == ()


# --- the shipped topic -------------------------------------------------------------------------


def _shipped() -> TopicQuery:
    data = tomllib.loads(CONFIG.read_text("utf-8"))
    entry = data["topic"]["ukraine-peace"]
    assert entry["description"].strip()
    return compile_query(entry["query"])


KEPT = [
    "Witkoff and Kushner meet Putin in Moscow over US peace plan",
    "Zelenskyy says Ukraine ready for ceasefire if Russia stops strikes on energy",
    "Ukrainian and Russian delegations meet in Istanbul for second round of talks",
    "Kremlin says no date set for new round of talks with Kyiv",
    "European leaders discuss security guarantees for Ukraine after a deal",
    "Coalition of the willing readies reassurance force for post-war Ukraine",
    "Trump envoy Kellogg: Zelensky open to territorial concessions",
    "US and Ukraine revise 28-point plan in Geneva talks",
    "Selenskyj lehnt Gebietsabtretungen ab – Friedensgespräche in Genf",
    "Putin says Russia open to truce over Easter",
    "Зеленський: перемир'я можливе лише з гарантіями безпеки",
    "Путин заявил о готовности к переговорам с Украиной",
    "Cessez-le-feu en Ukraine : Kyiv accepte la proposition américaine",
]

REJECTED = [
    "Russia strikes Kharkiv overnight, killing three",  # war news, no diplomacy
    "Ukraine opens EU accession negotiations",  # talks, but not about the war's end
    "Armenia and Azerbaijan sign peace deal in Washington, sidelining Russia",
    "Israel and Hamas agree Gaza ceasefire; Russia welcomes deal",
    "Kyivstar restores network after cyberattack",
    "Dynamo Kyiv win the Ukrainian Cup final",
    "Peace talks on Sudan stall in Jeddah",
    "Zelensky visits troops near Pokrovsk",
    "Russian central bank cuts rates as inflation slows",
]


@pytest.mark.parametrize("headline", KEPT)
def test_shipped_topic_keeps(headline: str) -> None:
    assert _shipped().matches(headline, "", "")


@pytest.mark.parametrize("headline", REJECTED)
def test_shipped_topic_rejects(headline: str) -> None:
    assert not _shipped().matches(headline, "", "")


def test_shipped_topic_ignores_ukraine_far_from_another_ceasefire() -> None:
    text = (
        "Ukraine was discussed briefly at the start of the meeting. "
        + "The ministers then turned to trade, energy prices and migration. " * 5
        + "On the Middle East, they urged Israel and Hamas to hold to the ceasefire in Gaza."
    )
    assert not _shipped().matches("Ministers meet in Brussels", "", text)


def test_shipped_topic_uses_the_text_too() -> None:
    title = "Witkoff heads to Moscow"
    text = "The US envoy will discuss a ceasefire in Ukraine with Vladimir Putin."
    assert _shipped().matches(title, "", text)


# Real articles of one day (../shared/data/dedup-dev, 21 May 2025), by exact title.
DEV_KEPT = [
    "Russia’s new sanctions explained: Ukraine’s allies target Moscow as peace talks stall",
    "Kiev delays to name peace delegation amid uncertainty over Western backing — experts",
    "Russia not to accept 'truce-and-see' approach on Ukraine, says Lavrov",
    "Ukrainians Brace for a Longer War as Trump Backs Off Cease-Fire Call",
    "Russia welcomes Vatican’s desire to help with Ukrainian conflict settlement — Kremlin",
]
DEV_REJECTED = [
    "Iran will never relinquish its nuclear rights: Parliament",
    "Iran faces US without Plan B as nuclear red lines collide",
    "UK exposes Russian cyber campaign targeting support for Ukraine",
    "Russia, Armenia move past stage of mistrust, Lavrov convinced",
    "Ukraine’s army attacks Russia’s Belgorod Region with over 100 munitions in past day",
]


@pytest.mark.shared
def test_shipped_topic_on_a_day_of_real_articles(shared_dir: Path) -> None:
    path = shared_dir / "data" / "dedup-dev" / "articles.jsonl"
    with path.open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines]
    originals = {a["title"]: a for a in articles if a["copy_of"] is None}
    query = _shipped()
    for title in DEV_KEPT:
        assert query.matches(title, "", originals[title]["text"]), title
    for title in DEV_REJECTED:
        assert not query.matches(title, "", originals[title]["text"]), title
    kept = sum(query.matches(a["title"], "", a["text"]) for a in originals.values())
    # 34 of 634 when the query was last tuned; a large swing means a query or matcher change
    # that should be looked at (and this range updated with the reason).
    assert 25 <= kept <= 45, kept
