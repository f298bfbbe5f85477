"""Rewrites (issue 10): document frequencies, story vectors, names, vetoes, the rewrite index."""

from __future__ import annotations

import importlib.util
import math
import random
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from monitor.dedupe import MemoryIndex, features
from monitor.dedupe.rewrites import (
    BODY_MAX_TERMS,
    TF_TABLE_MAX,
    TITLE_WEIGHT,
    DocFreq,
    RewriteIndex,
    Signals,
    StoryParams,
    StoryVector,
    _DocVec,
    add_counts,
    average_linkage_2,
    body_terms,
    cosine,
    entities,
    numbers_disagree,
    rewrite_signals,
    story_terms,
    weigh,
    years,
)
from monitor.dedupe.signatures import DocFeatures, to_signed64
from tests.support.shootings import SHOOTING_A, SHOOTING_A_REWRITE, SHOOTING_B

T0 = datetime(2014, 6, 1, 9, 0, tzinfo=UTC)
ON = StoryParams(enabled=True)


def test_docfreq_add_count_idf() -> None:
    df = DocFreq()
    df.add(["gun", "dayton", "gun"])
    df.add(["gun"])
    assert df.n_docs == 2
    assert df.count("gun") == 2 and df.count("dayton") == 1 and df.count("none") == 0
    assert df.idf("none") > df.idf("dayton") > df.idf("gun") >= 1.0
    loaded = DocFreq(dict(df.items()), df.n_docs)
    assert loaded.idf("dayton") == df.idf("dayton")


def test_story_terms_weigh_the_headline_and_cut_the_lead() -> None:
    terms = story_terms(
        "dayton shooting", ["the", "dayton", "police"] + ["x" + str(i) for i in range(100)]
    )
    assert terms["dayton"] == TITLE_WEIGHT + 1
    assert terms["shooting"] == TITLE_WEIGHT
    assert "the" not in terms
    assert len(terms) < 70  # only the first LEAD_TERMS body words


def test_body_terms_are_capped() -> None:
    tokens = [f"w{i}" for i in range(BODY_MAX_TERMS + 50)] + ["gun", "gun"]
    out = body_terms(tokens)
    assert len(out) == BODY_MAX_TERMS and out["gun"] == 2


def test_cosine_and_weigh() -> None:
    df = DocFreq()
    df.add(["a"])
    assert cosine({"a": 1.0}, {"a": 2.0}) == pytest.approx(1.0)
    assert cosine({"a": 1.0}, {"b": 1.0}) == 0.0
    w = weigh({"a": 1, "b": 1}, df)
    assert w["b"] > w["a"]  # the unseen term weighs more


def test_entities_are_name_words_and_skip_title_case_headlines() -> None:
    found = entities(
        "Pair Shot On Elm Street", "Police said Marcus Bell was shot in Dayton on Monday."
    )
    assert {"marcus", "bell", "dayton"} <= found
    assert "police" not in found and "monday" not in found
    assert "elm" not in found  # the headline is in title case: its capitals say nothing
    assert "elm" in entities("Two men shot late on Elm Street", "Two men were shot.")


def test_years_ignore_amounts_and_counts() -> None:
    assert years("Offer made in 2008", "updated 12/19/2005 for $2010 million and 2,015 fans") == {
        "2008",
        "2005",
    }


def test_numbers_disagree() -> None:
    assert numbers_disagree({("4", "killed")}, {("2", "killed")})
    assert not numbers_disagree({("4", "killed"), ("2", "killed")}, {("2", "killed")})
    assert not numbers_disagree({("4", "killed")}, {("2", "wounded")})


def _signals(title: str, text: str, at: datetime = T0) -> Signals:
    return features(title, text, at).signals()


def test_rewrite_joins_its_story_and_another_event_stays_apart() -> None:
    idx: RewriteIndex[str] = RewriteIndex(ON)
    idx.add("a", _signals(*SHOOTING_A))
    idx.add("b", _signals(*SHOOTING_B))
    found = idx.match(_signals(*SHOOTING_A_REWRITE, T0 + timedelta(hours=3)))
    assert found is not None and found.story_id == "a"
    assert idx.match(_signals(*SHOOTING_A_REWRITE, T0 + timedelta(days=5))) is None  # window
    assert RewriteIndex[str](StoryParams()).match(_signals(*SHOOTING_A)) is None  # disabled


def test_vetoes() -> None:
    idx: RewriteIndex[str] = RewriteIndex(ON)
    idx.add("a", _signals(*SHOOTING_A))
    story = idx.stories["a"]
    other_year = replace(_signals(*SHOOTING_A_REWRITE), years=frozenset({"1999"}))
    story.years.add("2014")
    assert idx.vetoed(other_year, story) == "years differ"
    other_names = replace(_signals(*SHOOTING_A_REWRITE), entities=frozenset({"x", "y", "z"}))
    assert idx.vetoed(other_names, story) == "names differ"
    assert idx.vetoed(_signals(*SHOOTING_A_REWRITE), story) is None


def test_merge_moves_postings_and_centroid() -> None:
    idx: RewriteIndex[str] = RewriteIndex(ON)
    idx.add("a", _signals(*SHOOTING_A))
    idx.add("b", _signals(*SHOOTING_B))
    idx.merge("a", "b")
    assert "b" not in idx.stories and idx.stories["a"].size == 2
    assert all("b" not in p for p in idx.postings.values())


def test_memory_index_groups_rewrites_only_when_enabled() -> None:
    docs = [SHOOTING_A, SHOOTING_B, SHOOTING_A_REWRITE]
    for params, same in ((ON, True), (StoryParams(), False)):
        index: MemoryIndex[str] = MemoryIndex(params=params)
        for i, (title, text) in enumerate(docs):
            at = T0 + timedelta(hours=i)
            index.assign(str(i), features(title, text, at), at)
        assert (index.story_of("2") == index.story_of("0")) is same
        assert index.story_of("1") != index.story_of("0")


def test_features_round_trip_keeps_the_rewrite_signals() -> None:
    doc = features(*SHOOTING_A, T0)
    assert doc.terms and doc.body and doc.entities
    assert DocFeatures.from_json(doc.to_json()) == doc


def _eval_stories() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "eval_stories.py"
    spec = importlib.util.spec_from_file_location("eval_stories", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_eval_stories_metrics_and_missing_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ev = _eval_stories()
    assert ev.main(["--data", str(tmp_path / "none.jsonl")]) == 2
    assert "none.jsonl" in capsys.readouterr().err
    gold = {"a": "1", "b": "1", "c": "2"}
    assert ev.ari(gold, {"a": "x", "b": "x", "c": "y"}) == pytest.approx(1.0)
    m = ev.scores({"a": "x", "b": "x", "c": "x"}, gold)
    assert m["p"] == pytest.approx(1 / 3) and m["r"] == 1.0
    rows = [{"id": "b", "published": "2014-01-01"}, {"id": "a", "published": None}]
    assert [r["id"] for r in ev.arrival_order(rows)] == ["a", "b"]


def test_cached_norms_give_the_exact_cosine() -> None:
    idx: RewriteIndex[str] = RewriteIndex(replace(ON, body_weight=0.0))
    idx.add("a", _signals(*SHOOTING_A))
    idx.add("b", _signals(*SHOOTING_B))
    doc = _signals(*SHOOTING_A_REWRITE)
    story = idx.stories["a"]
    exact = cosine(weigh(doc.terms, idx.df), weigh(story.terms, idx.df))
    assert idx.similarity(doc, story) == pytest.approx(exact)
    idx.add("a", doc)  # the story changed: its cached sums are recomputed
    exact = cosine(weigh(doc.terms, idx.df), weigh(story.terms, idx.df))
    assert idx.similarity(doc, story) == pytest.approx(exact)


def test_candidates_from_given_shared_counts_are_those_from_the_postings() -> None:
    """``RewriteIndex.shared`` (the stored index's database counts) picks the candidates that
    counting the rare terms over the postings picks: same stories, same order."""
    idx: RewriteIndex[str] = RewriteIndex(replace(ON, max_candidates=2))
    for sid, (title, text) in zip("abc", (SHOOTING_A, SHOOTING_B, SHOOTING_A_REWRITE),
                                  strict=True):
        idx.add(sid, _signals(title, text))
    idx.df = DocFreq(dict(idx.df.items()), 1000)  # among many articles: every term rare
    doc = _signals(*SHOOTING_A_REWRITE)
    counted = idx._shared(doc.terms)
    assert len(counted) == 3 and len(set(counted.values())) > 1  # a ranking to keep
    picked = idx.candidates(doc.terms, doc.at)
    idx.shared, idx.postings = dict(counted), {}
    assert idx.candidates(doc.terms, doc.at) == picked and len(picked) == 2


def test_sums_stale_is_norms_stale_without_the_counts() -> None:
    """``sums_stale`` tells from the norm sums and whether each side has terms what
    ``norms_stale`` tells from the story (the stored index asks it of undecoded centroids)."""
    sums = (100, 1.0, 2.0, 3.0)
    for cache in ({}, {"t": sums}, {"b": sums}, {"t": sums, "b": sums}):
        for terms in (Counter(), Counter({"a": 1})):
            for body in (Counter(), Counter({"b": 2})):
                for n in (100, 110, 111):
                    story = StoryVector(terms=terms, body=body, cache=dict(cache))
                    stale = RewriteIndex.sums_stale(cache, bool(terms), bool(body), n, n)
                    assert stale == RewriteIndex.norms_stale(story, n, n)
    assert not RewriteIndex.sums_stale({"t": sums, "b": sums}, True, True, 110, 110)
    assert RewriteIndex.sums_stale({"t": sums, "b": sums}, True, True, 110, 111)  # past 1.1x
    assert RewriteIndex.sums_stale({"t": sums}, True, True, 100, 100)  # body sums missing
    assert not RewriteIndex.sums_stale({"t": sums}, True, False, 100, 100)  # no body


def _with_title(title: str, text: str, source: str = "", at: datetime = T0) -> Signals:
    return rewrite_signals(features(title, text, at), source)


def test_headline_coverage_both_ways() -> None:
    idx: RewriteIndex[str] = RewriteIndex(ON)
    idx.add("a", _with_title(*SHOOTING_A))
    story = idx.stories["a"]
    fwd, back = idx.headline_coverage(_with_title(*SHOOTING_A_REWRITE), story)
    assert fwd > 0.5 and back > 0.5
    fwd, back = idx.headline_coverage(_with_title(*SHOOTING_B), story)
    assert min(fwd, back) < 0.5  # Riverside Drive and a woman killed: not in story a


def test_same_outlet_needs_a_shared_headline() -> None:
    params = replace(ON, same_source_title=0.1)
    idx: RewriteIndex[str] = RewriteIndex(params)
    idx.add("a", _with_title(*SHOOTING_A, source="daytondaily"))
    idx.add("b", _with_title(*SHOOTING_B, source="other"))
    rewrite = SHOOTING_A_REWRITE[1]
    assert idx.match(_with_title("Pair shot in Dayton", rewrite, "daytondaily")) is not None
    assert idx.match(_with_title("Weekend news roundup", rewrite, "daytondaily")) is None
    assert idx.match(_with_title("Weekend news roundup", rewrite, "elsewhere")) is not None


def test_core_and_names_coverage() -> None:
    idx: RewriteIndex[str] = RewriteIndex(ON)
    idx.add("a", _with_title(*SHOOTING_A))
    story = idx.stories["a"]
    assert idx.core_coverage(_with_title(*SHOOTING_A_REWRITE), story) > 0.5
    assert idx.core_coverage(_with_title(*SHOOTING_B), story) < 0.5
    assert idx.names_coverage(_with_title(*SHOOTING_B), story) < 0.5


def test_average_linkage_finds_two_blocks() -> None:
    sim = np.array(
        [
            [1.0, 0.6, 0.1, 0.0],
            [0.6, 1.0, 0.0, 0.1],
            [0.1, 0.0, 1.0, 0.5],
            [0.0, 0.1, 0.5, 1.0],
        ]
    )
    assert sorted(average_linkage_2(sim)) == [[0, 1], [2, 3]]


SPLIT = replace(ON, split_ratio=0.5, split_min=1)


def test_split_groups_and_split_rebuild_two_stories() -> None:
    idx: RewriteIndex[str] = RewriteIndex(SPLIT)
    idx.add("s", _signals(*SHOOTING_A), "a1")
    idx.add("s", _signals(*SHOOTING_B), "b1")  # a wrong join: another event
    idx.add("s", _signals(*SHOOTING_A_REWRITE), "a2")
    assert idx.split_groups("s") == ["b1"]
    idx.split("s", "b1", ["b1"])
    assert idx.stories["s"].size == 2 and idx.stories["b1"].size == 1
    assert [a for a, _ in idx.stories["b1"].members] == ["b1"]
    assert "b1" in idx.postings["riverside"] and "s" not in idx.postings["riverside"]
    assert "s" in idx.postings["elm"] and idx.split_groups("s") is None
    # off, or members without ids: never split
    assert RewriteIndex[str](replace(SPLIT, split_ratio=0.0)).split_groups("s") is None
    off: RewriteIndex[str] = RewriteIndex(replace(SPLIT, enabled=False))
    anon: RewriteIndex[str] = RewriteIndex(SPLIT)
    for i, doc in enumerate((SHOOTING_A, SHOOTING_B, SHOOTING_A_REWRITE)):
        off.add("s", _signals(*doc), str(i))
        anon.add("s", _signals(*doc))
    assert off.split_groups("s") is None and anon.split_groups("s") is None


def test_memory_index_splits_a_mixed_story_and_records_it() -> None:
    index: MemoryIndex[str] = MemoryIndex(params=replace(SPLIT, split_ratio=0.0))
    for i, (title, text) in enumerate((SHOOTING_A, SHOOTING_A_REWRITE, SHOOTING_B)):
        at = T0 + timedelta(hours=i)
        index.assign(str(i), features(title, text, at), at)
    assert index.story_of("1") == "0" and index.story_of("2") == "2"
    # a wrong join, as an early weak match makes it: story 2 folded into story 0
    index.stories["0"].members.extend(index.stories.pop("2").members)
    index.docs["2"].story = "0"
    index.rewrites.merge("0", "2")
    index.rewrites.params = SPLIT
    index._maybe_split("0", "2")
    assert index.story_of("2") == "2" and index.story_of("1") == "0"
    assert index.stories["0"].members == ["0", "1"] and index.stories["2"].members == ["2"]
    assert index.splits[0].members == ("2",) and index.splits[0].new_story == "2"


def test_outlet_furniture_leaves_the_lead() -> None:
    furniture = "Sign in to your account to keep reading our journalism every day. "
    params = replace(ON, furniture_min=1)
    idx: RewriteIndex[str] = RewriteIndex(params)
    first = _with_title("Budget vote delayed", furniture + SHOOTING_B[1], "paper")
    idx.add("a", first, "a")
    second = _with_title(*SHOOTING_A[:1], furniture + SHOOTING_A[1], "paper")
    clean = idx.defurnish(second)
    assert "account" in second.terms and "account" not in clean.terms
    assert "account" not in clean.body and "elm" in clean.terms
    assert idx.defurnish(replace(second, source="other")) == replace(second, source="other")
    assert RewriteIndex[str](ON).defurnish(second) == second  # nothing of the outlet seen yet
    off: RewriteIndex[str] = RewriteIndex(replace(params, furniture_min=0))
    off.add("a", first, "a")
    assert off.defurnish(second) == second


def _pairwise_similarity(idx: RewriteIndex[str], doc: Signals, story: StoryVector) -> float:
    """The similarity as it was scored before round 6 (one candidate at a time, a log and an
    IDF per shared term): the reference the batched scoring must equal to the last bit."""

    def dot(dw: dict[str, float], counts: Counter[str], df: DocFreq) -> float:
        out = 0.0
        for t, w in dw.items():
            c = counts.get(t, 0)
            if c > 0:
                out += w * (1.0 + math.log(c)) * df.idf(t)
        return out

    w = idx.params.body_weight
    dt, db = weigh(doc.terms, idx.df), weigh(doc.body, idx.body_df)
    nt = math.sqrt(sum(x * x for x in dt.values()))
    nb = math.sqrt(sum(x * x for x in db.values()))
    sim = 0.0
    if nt:
        d = dot(dt, story.terms, idx.df)
        sim = (1 - w) * (d / (nt * idx._norm(story, "t", story.terms, idx.df)) if d else 0.0)
    if w and nb and story.body:
        d = dot(db, story.body, idx.body_df)
        sim += w * (d / (nb * idx._norm(story, "b", story.body, idx.body_df)) if d else 0.0)
    return sim


def test_batched_scoring_equals_the_pairwise_scoring_bit_for_bit() -> None:
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(400)]
    idx: RewriteIndex[int] = RewriteIndex(ON)
    for s in range(60):
        for _ in range(rng.randint(1, 4)):
            terms = Counter(rng.choices(vocab[:150], k=30))
            body = Counter(rng.choices(vocab, k=rng.randint(0, 300)))
            idx.add(s, Signals(terms=dict(terms), body=dict(body)))
    idx.stories[3].body["w5"] = 0  # counts <= 0 weigh nothing
    idx.stories[4].body["w6"] = -2
    idx.stories[5].terms["w7"] = TF_TABLE_MAX + 5  # past the table: logged one by one
    for _ in range(20):
        doc = Signals(terms=dict(Counter(rng.choices(vocab[:150], k=25))),
                      body=dict(Counter(rng.choices(vocab, k=rng.randint(0, 200)))))
        stories = list(idx.stories.values())
        want = [_pairwise_similarity(idx, doc, s) for s in stories]
        got = idx._similarities(_DocVec.of(doc, idx.df, idx.body_df), stories)
        assert got == want  # exactly: a near tie must fall the same way
        assert any(want)


def _long_body(story: str, n: int) -> str:
    """``n`` distinct news sentences about ``story`` (a body long enough to have a tail)."""
    return " ".join(
        f"Sentence {i} of the {story} report adds detail number {i * 7} for readers." for i in
        range(n)
    )


def test_tail_lines_are_the_last_sentences_after_the_lead() -> None:
    from monitor.dedupe.signatures import TAIL_MAX, lead_lines, tail_lines

    short = ["Police closed the bridge on Monday.", "It reopened in the evening."]
    assert tail_lines(short, len(lead_lines(short))) == ()  # the lead is all of it
    body = [f"Sentence number {i} tells the readers what happened." for i in range(60)]
    lead = lead_lines(body)
    tail = tail_lines(body, len(lead))
    assert len(tail) == TAIL_MAX
    assert " ".join(tail[-1][1]) == "sentence number 59 tells the readers what happened"
    assert not {h for h, _ in lead} & {h for h, _ in tail}


def test_outlet_footer_leaves_the_body_and_keeps_the_lead() -> None:
    footer = (
        " Join thought-provoking conversations with other readers of our site today."
        " Get the latest news delivered straight to your inbox every single morning."
    )
    params = replace(ON, furniture_min=1)
    idx: RewriteIndex[str] = RewriteIndex(params)
    first = _with_title("Budget vote delayed", _long_body("budget", 30) + footer, "paper")
    idx.add("a", first, "a")
    second = _with_title("Harbour bridge reopens", _long_body("bridge", 30) + footer, "paper")
    clean = idx.defurnish(second)
    assert "inbox" in second.body and "inbox" not in clean.body
    assert "conversations" not in clean.body and "bridge" in clean.body
    assert clean.terms == second.terms  # only footer lines dropped: the lead reads as before
    other = _with_title("Harbour bridge reopens", _long_body("bridge", 30) + footer, "other")
    assert idx.defurnish(other) == other  # another outlet's page: nothing seen there yet


def test_rewrite_terms_skip_other_languages_function_words() -> None:
    from monitor.dedupe.text import event_words, words

    de = words("Die Regierung hat das Flugzeug aus Katar nicht angenommen und der Minister")
    assert event_words(de) == ["die", "regierung", "hat", "flugzeug", "katar", "angenommen",
                               "minister"]
    # English words and abbreviations that look like them stay terms
    en = words("The war in Ukraine: U.N. envoy met the D.A. in L.A., plus the E.R. team")
    assert {"war", "un", "met", "da", "la", "plus", "er"} <= set(event_words(en))


def test_two_articles_of_one_german_outlet_on_different_events_stay_apart() -> None:
    a = (
        "Bundestag: AfD-Kandidaten scheitern bei der Wahl der Ausschussvorsitzenden",
        "Die Kandidaten der AfD sind bei den Wahlen für den Vorsitz mehrerer Ausschüsse des "
        "Bundestages gescheitert. Sie erhielten in keinem der Ausschüsse eine Mehrheit, wie "
        "aus Kreisen der Fraktionen verlautete. Die Union und die SPD hatten angekündigt, "
        "nicht für die Kandidaten zu stimmen.",
    )
    b = (
        "Trauer: Die Künstlerin Eva vom Duo Eva und Adele ist tot",
        "Die Künstlerin Eva von dem bekannten Berliner Duo Eva und Adele ist tot. Sie starb "
        "in der gemeinsamen Wohnung in Berlin, wie ihre Partnerin der Presseagentur sagte. "
        "Das Duo war seit den neunziger Jahren auf internationalen Kunstausstellungen und "
        "Partys zu sehen und hatte seine Herkunft nie verraten.",
    )
    sig = [_with_title(*a, "zeit"), _with_title(*b, "zeit")]
    shared = set(sig[0].body) & set(sig[1].body)
    assert shared <= {"die", "den"}  # kept (English words too); "der", "und", "sind" are not
    index: MemoryIndex[str] = MemoryIndex(params=ON)
    for i, (title, text) in enumerate((a, b)):
        at = T0 + timedelta(minutes=10 * i)
        index.assign(str(i), features(title, text, at), at)
    assert index.story_of("1") != index.story_of("0")


def test_candidates_sharing_as_many_terms_rank_newest_first() -> None:
    """Ties are broken by age, not by set order: the in-memory and the stored index (story ids
    grow as stories are made) then cut the same candidates at ``max_candidates``."""
    params = replace(ON, max_candidates=1, rare_df=1.0)
    idx: RewriteIndex[str] = RewriteIndex(params)
    names = [f"s{i:02d}" for i in range(40)]
    random.Random(7).shuffle(names)  # made in this order; names sort and hash otherwise
    for name in [*names, "zeta", "alpha", "mid"]:
        idx.add(name, Signals(terms={"harbour": 1, name: 1}))
    assert idx.candidates({"harbour": 1}, None) == ["mid"]
    idx.split("mid", "newer", [])  # nothing leaves: no story is made
    assert idx.candidates({"harbour": 1}, None) == ["mid"]
    idx.merge("alpha", "mid")
    assert idx.candidates({"harbour": 1}, None) == ["alpha"]
    assert idx.candidates({"harbour": 1, "zeta": 1}, None) == ["zeta"]  # more shared first


def _doc(terms: str, people: tuple[str, ...] = (), source: str = "") -> Signals:
    return Signals(terms=Counter(terms.split()), body=Counter(terms.split()), at=T0,
                   people=frozenset(people), source=source)


def test_people_are_first_name_and_surname_of_short_capitalised_names() -> None:
    from monitor.dedupe.signatures import people

    assert people({"mary jones", "john j smith", "officer mary jones", "main street",
                   "john f kennedy international airport"}) == {"mary jones", "john smith"}
    assert features("Shooting", "Police said Mary Jones, 24, was shot.").signals().people == {
        "mary jones"}


def test_a_rare_person_named_in_full_lets_a_weak_rewrite_join() -> None:
    """Below both thresholds, a candidate that names the same rare person in full takes the
    article of another outlet (``people_rescue``); a person named by two earlier articles is
    no evidence, nor is the same outlet's next piece, and with the rule off the article stands
    alone."""
    first = _doc("gary shooting alley victim hospital wound night", ("mary jones",))
    other = _doc("denver fire warehouse blaze crews smoke", ("carl brown",))
    weak = _doc("gary shooting woman dies neighbours mourn vigil candles", ("mary jones",))
    for rescue, joins in ((0.10, True), (0.0, False)):
        index: RewriteIndex[str] = RewriteIndex(replace(ON, people_rescue=rescue))
        index.add("a", first)
        index.add("b", other)
        sim = index.similarity(weak, index.stories["a"])
        assert 0.10 <= sim < ON.accept  # no shared name words: the regular rules refuse it
        found = index.match(weak)
        assert (found is not None and found.story_id == "a") is joins
    same_outlet: RewriteIndex[str] = RewriteIndex(replace(ON, people_rescue=0.10))
    same_outlet.add("a", replace(first, source="Gary Post"))
    assert same_outlet.match(replace(weak, source="Gary Post")) is None  # one outlet's pieces
    assert same_outlet.match(replace(weak, source="Chicago Daily")) is not None
    common: RewriteIndex[str] = RewriteIndex(replace(ON, people_rescue=0.10))
    common.add("a", first)
    common.add("c", _doc("chicago budget council vote taxes", ("mary jones",)))
    assert common.people_df.count("mary jones") == 2
    assert common.match(weak) is None


def test_packed_counts_read_back_as_stored_and_json_still_reads() -> None:
    """A centroid's counts packed (``dump_counts``) read back equal, in their order; JSON (rows
    before migration 0017) reads too; a term holding a separator falls back to JSON."""
    import json

    from monitor.storage.rewrites import KEY_SEP, PACK_SEP, dump_counts, load_counts

    counts = {"zelensky": 3, "kyiv": 2, "café": 1, "": 7, "big": 2**31 - 1}
    packed = dump_counts(counts)
    assert PACK_SEP in packed and "{" not in packed
    assert list(load_counts(packed).items()) == list(counts.items())
    assert load_counts(dump_counts({})) == {}
    assert load_counts(dump_counts({"only": 1})) == {"only": 1}
    assert load_counts('{"a":1,"b":2}') == {"a": 1, "b": 2}
    odd = {f"a{KEY_SEP}b": 1, "c": 2}
    assert json.loads(dump_counts(odd)) == odd and load_counts(dump_counts(odd)) == odd
    rng = random.Random(3)
    many = {f"t{rng.randrange(10**6)}": rng.randrange(1, 500) for _ in range(2000)}
    assert list(load_counts(dump_counts(Counter(many))).items()) == list(many.items())


def test_stored_counts_tell_whether_they_hold_a_term_undecoded() -> None:
    """``_has_counts`` is ``bool(load_counts(text))``, packed or JSON, the empty term
    included."""
    from monitor.storage.rewrites import _has_counts, dump_counts

    for counts in ({}, {"": 7}, {"only": 1}, {"a": 1, "": 2}, {"a\x1fb": 1}):
        text = dump_counts(counts)
        assert _has_counts(text) is bool(counts)
    assert _has_counts('{"a":1}') and not _has_counts("{}")


def test_counts_summed_by_c_calls_are_those_of_the_python_loops() -> None:
    """``DocFreq.add`` and ``add_counts`` (nineteenth session: C calls instead of a loop per
    term) give the counts and the key order of the loops they replace (``Counter.update``):
    a story's summed counts are read in their order (sums add in it)."""
    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(60)]
    df, before = DocFreq(), {}
    story: Counter[str] = Counter()
    reference: Counter[str] = Counter()
    for _ in range(40):
        terms = [rng.choice(vocab) for _ in range(rng.randint(0, 25))]
        df.add(terms)
        for t in set(terms):  # the loop DocFreq.add ran until the nineteenth session
            before[t] = before.get(t, 0) + 1
        counts = Counter(terms)
        add_counts(story, counts)
        reference.update(counts)
        assert list(story.items()) == list(reference.items())
    assert list(df.items()) == list(before.items()) and df.n_docs == 40
    empty: Counter[str] = Counter()
    add_counts(empty, {"b": 2, "a": 1})
    assert list(empty.items()) == [("b", 2), ("a", 1)]


def test_copy_keys_read_by_numpy_are_the_signed_fingerprints_sorted() -> None:
    """``DocFeatures.keys`` (numpy since the nineteenth session) is the sketch mapped by
    ``to_signed64`` and sorted, fingerprints past 2**63 included; empty for no sketch."""
    doc = features(*SHOOTING_A, T0)
    assert doc.sketch
    assert doc.keys == sorted(to_signed64(h) for h in doc.sketch)
    wide = replace(doc, sketch=frozenset({0, 1, (1 << 63) - 1, 1 << 63, (1 << 64) - 1}))
    assert wide.keys == [-(1 << 63), -1, 0, 1, (1 << 63) - 1]
    assert all(type(k) is int for k in wide.keys)
    assert replace(doc, sketch=frozenset()).keys == []
