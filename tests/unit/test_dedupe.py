"""The pure stories core: normalisation, signatures, pair decisions and the in-memory index."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.dedupe import MemoryIndex, features, score
from monitor.dedupe.match import number_conflict, title_similarity
from monitor.dedupe.signatures import DocFeatures, shingle_hashes
from monitor.dedupe.text import clean_body, clean_title, strip_bylines, strip_datelines, words

T0 = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
TITLE = "Hegseth dismisses claims of pro-Russia stance as 'garbage'"


# --- text ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "KYIV (Reuters) - Ukraine said on Monday",
        "MOSCOW, May 21 (TASS) - Ukraine said on Monday",
        "(AP) — Ukraine said on Monday",
        "MOSCOW, May 21. /TASS/. Ukraine said on Monday",
        "TOKYO (Kyodo) -- Ukraine said on Monday",
    ],
)
def test_datelines_are_stripped(text: str) -> None:
    assert strip_datelines(text).strip() == "Ukraine said on Monday"


def test_caption_credit_in_parentheses_is_kept() -> None:
    assert "(KSWB)" in strip_datelines("A plane at San Diego airport. (KSWB) A Navy technician")


def test_boilerplate_lines_are_dropped() -> None:
    body = (
        "The minister resigned on Friday.\n"
        "Reporting by Jane Doe; Editing by John Roe\n"
        "Read more: Another headline entirely\n"
        "This article was originally published by TASS.\n"
        "© 2025 Example Media. All rights reserved.\n"
        "Follow us on Telegram for more news."
    )
    assert clean_body(body) == ["The minister resigned on Friday."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By Lizzie Dearden Reporting from London A second man was charged.",
            "A second man was charged.",
        ),
        (
            "Fires struck. By Pragati KB Reporting from New Delhi Security forces killed 27.",
            "Fires struck. Security forces killed 27.",
        ),
        ("By the end of the day, talks failed.", "By the end of the day, talks failed."),
    ],
)
def test_bylines_are_stripped(text: str, expected: str) -> None:
    assert " ".join(strip_bylines(text).split()) == expected


def test_quote_styles_and_spellings_normalise_alike() -> None:
    a = words("“We defend Kyiv,” said Mr. Smith of the U.S. defence programme, 5 per cent.")
    b = words('"We defend Kiev," said Mr Smith of the US defense program, 5 percent.')
    assert a == b


def test_title_prefixes_and_outlet_names_are_removed() -> None:
    assert clean_title("BREAKING: Putin meets envoy | Harbour Post") == "Putin meets envoy"
    assert clean_title("UPDATE 2-Putin meets envoy") == "Putin meets envoy"


def test_shingle_fingerprints_are_stable() -> None:
    # fixed values: stored keys must not change between processes or Python versions
    assert shingle_hashes(["peace", "talks", "saudi", "arabia"]).tolist() == [1350606300294591167]
    assert len(shingle_hashes(["a", "b", "c", "d", "e"])) == 2
    assert len(shingle_hashes(["a", "b"])) == 1


def test_features_round_trip_through_json() -> None:
    f = features(TITLE, "Some text about “peace talks in Saudi Arabia” and 12 killed.", T0)
    assert DocFeatures.from_json(f.to_json()) == f


# --- the reference article and its copies ---------------------------------------------------


@pytest.fixture(scope="module")
def reference(shared_dir: Path) -> str:
    return (shared_dir / "fixtures" / "reference-article" / "article.txt").read_text("utf-8")


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def _copies(original: str) -> dict[str, tuple[str, str]]:
    paras = _paragraphs(original)
    straight = original.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    reordered = [paras[0], paras[2], paras[1], *paras[3:]]
    return {
        "dateline + straight quotes + credit line": (
            f"UPDATE 1-{TITLE}",
            "WASHINGTON (Reuters) - "
            + straight
            + "\n(Reporting by Idrees Ali; Editing by Chris Reese)",
        ),
        "truncated to the top half": (
            f"{TITLE} | Harbour Post",
            "\n".join(paras[: len(paras) // 2]),
        ),
        "paragraphs reordered + copy-desk spelling": (
            TITLE.title(),
            "\n\n".join(reordered).replace("Kyiv", "Kiev").replace("Defence", "Defense"),
        ),
        "one line, tracking furniture, context paragraph": (
            f"EXCLUSIVE: {TITLE}",
            " ".join(paras[:-3])
            + " In other news, the Bank of England held interest rates at 4.5 percent on"
            " Thursday, citing sticky services inflation and weak growth."
            + " Sign up for our daily newsletter.",
        ),
    }


def test_reference_copies_land_in_one_story_as_copies(reference: str) -> None:
    index: MemoryIndex[str] = MemoryIndex()
    original = features(TITLE, reference, T0)
    index.assign("original", original, T0)
    for i, (name, (title, text)) in enumerate(_copies(reference).items(), start=1):
        when = T0 + timedelta(hours=i)
        decision = index.assign(name, features(title, text, when), when)
        assert decision.copy_of == "original", name
        assert decision.story_id == "original", name
    assert len(index.stories) == 1
    assert not index.merges


def test_copies_score_as_copies_both_ways(reference: str) -> None:
    original = features(TITLE, reference, T0)
    for name, (title, text) in _copies(reference).items():
        copy = features(title, text, T0)
        assert score(original, copy).copy, name
        assert score(copy, original) == score(original, copy), name


# --- different stories on the same topic stay apart -----------------------------------------

BACKGROUND = (
    "Russia and Ukraine held their first direct talks in three years in Istanbul earlier this "
    "month, agreeing on a prisoner exchange but failing to reach a ceasefire."
)
PESKOV_MONDAY = (
    "MOSCOW, May 19 (TASS) - Kremlin spokesman Dmitry Peskov said on Monday that Moscow "
    "welcomed the prospect of a second round of negotiations with Kyiv but that no venue had "
    "been agreed. “We are ready to continue the work that started in Istanbul. The date and "
    "the place will be determined by the negotiators themselves, and it is premature to talk "
    "about it now,” Peskov told reporters. He said President Vladimir Putin had been briefed "
    "by the head of the Russian delegation, Vladimir Medinsky, on the results of the first "
    f"round. {BACKGROUND} Peskov declined to comment on reports that the Vatican could host "
    "the next meeting, saying only that Moscow valued any constructive mediation."
)
PESKOV_TUESDAY = (
    "Kremlin spokesman Dmitry Peskov said on Tuesday that a meeting between President Vladimir "
    "Putin and Volodymyr Zelensky was possible only after the two delegations had agreed on a "
    "memorandum on a future peace treaty. “A meeting at the highest level must be well "
    "prepared and must crown the work of the delegations, it cannot replace it,” Peskov said. "
    "He added that Russia was drafting its proposals for the memorandum and would hand them to "
    f"Kyiv once they were ready, but gave no timetable. {BACKGROUND} Peskov also said the "
    "Kremlin saw no grounds to discuss a 30-day ceasefire demanded by European capitals."
)


def test_peskov_monday_and_tuesday_stay_apart() -> None:
    monday = features("Kremlin ready for second round of talks, Peskov says", PESKOV_MONDAY, T0)
    tuesday = features(
        "Putin-Zelensky meeting only after memorandum, Peskov says",
        PESKOV_TUESDAY,
        T0 + timedelta(days=1),
    )
    s = score(monday, tuesday)
    assert not s.same_story and not s.copy, s
    index: MemoryIndex[str] = MemoryIndex()
    index.assign("monday", monday, T0)
    decision = index.assign("tuesday", tuesday, T0 + timedelta(days=1))
    assert decision.story_id is None and decision.copy_of is None


STRIKE = (
    "KYIV (Reuters) - A Russian missile strike on the city of Sumy killed {n} people and wounded "
    "dozens more on Sunday morning, regional officials said. The missiles hit the city centre as "
    "residents were on their way to church, the governor said on Telegram. Rescue workers were "
    "still searching the rubble of a damaged university building in the afternoon. President "
    "Volodymyr Zelensky called for a strong response from Western partners and said only "
    "pressure on Moscow would bring a ceasefire closer."
)


def test_different_counts_stay_apart() -> None:
    a = features("Russian strike on Sumy: 12 killed", STRIKE.format(n=12), T0)
    b = features("Russian strike on Sumy: 14 killed", STRIKE.format(n=14), T0)
    assert number_conflict(a, b)
    s = score(a, b)
    assert s.body > 0.9  # the texts are otherwise the same...
    assert not s.same_story  # ...but a different count is a different report
    same = features("Russian strike on Sumy kills 12", STRIKE.format(n=12), T0)
    assert score(a, same).copy


def test_rubric_headline_is_not_a_subset_match() -> None:
    rubric, full = "wednesday briefing", "wednesday briefing israels allies tell it to stop"
    assert title_similarity(rubric, full) < 70
    assert title_similarity("putin meets envoy in moscow", "putin meets envoy in moscow today") > 90


def test_window_keeps_old_articles_out() -> None:
    a = features("Kremlin ready for second round of talks", PESKOV_MONDAY, T0)
    b = features("Kremlin ready for second round of talks", PESKOV_MONDAY, T0 + timedelta(days=4))
    index: MemoryIndex[str] = MemoryIndex(window=timedelta(hours=72))
    index.assign("a", a, T0)
    assert index.assign("b", b, T0 + timedelta(days=4)).story_id is None


def test_prune_drops_old_articles_from_the_index() -> None:
    index: MemoryIndex[str] = MemoryIndex(window=timedelta(hours=72))
    index.assign("old", features("Kremlin ready", PESKOV_MONDAY, T0), T0)
    later = T0 + timedelta(hours=80)
    index.assign("new", features("Putin-Zelensky meeting", PESKOV_TUESDAY, later), later)
    assert index.prune(later) == 1
    assert set(index.docs) == {"new"}
    assert all("old" not in ids for ids in index.postings.values())


# --- order -----------------------------------------------------------------------------------


def _grouping(index: MemoryIndex[str]) -> set[frozenset[str]]:
    return {frozenset(s.members) for s in index.stories.values()}


def test_order_permutations_give_the_same_grouping(reference: str) -> None:
    docs: dict[str, DocFeatures] = {"original": features(TITLE, reference, T0)}
    for name, (title, text) in _copies(reference).items():
        docs[name] = features(title, text, T0)
    docs["monday"] = features("Kremlin ready for second round, Peskov says", PESKOV_MONDAY, T0)
    docs["monday copy"] = features(
        "WATCH: Kremlin ready for second round, Peskov says", PESKOV_MONDAY[:600], T0
    )
    docs["tuesday"] = features("Putin-Zelensky meeting after memorandum", PESKOV_TUESDAY, T0)
    docs["12"] = features("Russian strike on Sumy: 12 killed", STRIKE.format(n=12), T0)
    docs["14"] = features("Russian strike on Sumy: 14 killed", STRIKE.format(n=14), T0)
    groupings = set()
    orders = list(itertools.islice(itertools.permutations(sorted(docs)), 0, None, 5000))
    rng = random.Random(7)
    orders += [tuple(rng.sample(sorted(docs), len(docs))) for _ in range(20)]
    for order in orders:
        index: MemoryIndex[str] = MemoryIndex()
        for i, name in enumerate(order):
            index.assign(name, docs[name], T0 + timedelta(minutes=i))
        groupings.add(frozenset(_grouping(index)))
    assert len(groupings) == 1
    (grouping,) = groupings
    assert frozenset({"monday", "monday copy"}) in grouping
    assert frozenset({"tuesday"}) in grouping and frozenset({"12"}) in grouping
    assert len(grouping) == 5


def test_bridging_article_merges_two_stories() -> None:
    # two halves of one wire story arrive first (too little overlap to match each other);
    # the full text then bridges them and the later story is merged into the earlier
    paras = [f"Paragraph {i} " + " ".join(f"w{i}x{j}" for j in range(60)) + "." for i in range(6)]
    top, bottom, full = "\n".join(paras[:3]), "\n".join(paras[3:]), "\n".join(paras)
    index: MemoryIndex[str] = MemoryIndex()
    index.assign("top", features("Wire story", top, T0), T0)
    index.assign("bottom", features("Another headline", bottom, T0), T0 + timedelta(minutes=1))
    assert len(index.stories) == 2
    decision = index.assign("full", features("Wire story", full, T0), T0 + timedelta(minutes=2))
    assert decision.story_id == "top" and decision.merge_stories == ("bottom",)
    assert len(index.stories) == 1 and index.merges[0].absorbed == "bottom"
    assert index.story_of("bottom") == "top"


def test_empty_article_gets_its_own_story() -> None:
    index: MemoryIndex[str] = MemoryIndex()
    index.assign("a", features("", "", T0), T0)
    decision = index.assign("b", features("", "", T0), T0)
    assert decision.story_id is None and decision.copy_of is None
    assert len(index.stories) == 2


def test_shortlist_needs_more_than_common_keys() -> None:
    from monitor.dedupe.match import shortlist

    shared = {"furniture": 5, "copy": 20, "rare": 5}
    sizes = {"furniture": 40, "copy": 40, "rare": 40}
    common = {"furniture": 5, "copy": 20, "rare": 0}
    # the same furniture sentence is not a reason to read a candidate; a big story's member
    # (all of its keys common) and a candidate with rare keys are
    assert shortlist(shared, sizes, 40, common) == ["copy", "rare"]
    assert shortlist({"x": 1}, {"x": 40}, 40) == []
