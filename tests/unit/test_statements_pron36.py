"""Round 36 (pron36): pronoun speakers (issue 13).

- a cue inside a free relative after a quote ("“Q” and says what he believes") is no closing
  tag of that quote: the quote is not what the pronoun's person said.
"""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _speakers(text: str) -> list[tuple[str | None, str]]:
    ex = Extractor(default_registry(), parser="off", unit="attribution")
    return [(s.speaker, s.content) for s in ex.extract(text, None)]


def test_free_relative_cue_does_not_take_the_quote_before() -> None:
    text = ("The coach praised his captain. “Tough,” she said, meaning that he is “hard to "
            "beat and never quits” and says what he believes.")
    got = _speakers(text)
    assert ("she", "Tough") in got
    assert not any("hard to beat" in content for _who, content in got)
    got = _speakers("The mayor is “a fighter who never quits” and does what he thinks is "
                    "right.")
    assert not any("a fighter" in content for _who, content in got)


def test_closing_tag_after_a_quote_still_takes_it() -> None:
    got = _speakers("The mayor spoke on Monday. “We will win,” he said.")
    assert ("he", "We will win") in got


def test_runs_counter_to_is_no_cue() -> None:
    got = _speakers("The mayor defended the deal. All ran counter to his earlier statements "
                    "that the talks never happened.")
    assert not any(who in {"All ran", "ran"} for who, _c in got)
    assert any(content.endswith("the talks never happened") and who not in {None, "All ran"}
               for who, content in got)


def test_counter_as_a_verb_is_still_a_cue() -> None:
    got = _speakers("The senator will counter that the bill is fair.")
    assert ("The senator", "the bill is fair") in got


def test_plural_claim_nouns_after_a_possessive() -> None:
    got = _speakers("The plan runs counter to her warnings that the city would go broke.")
    assert any(who == "her" and "the city would go broke" in content for who, content in got)


def test_pronoun_of_a_lede_stand_in_takes_the_name_given_later() -> None:
    text = ("Witness comes forward.\n\nA woman who has accused the former mayor of fraud said "
            "on Sunday that the mayor had tried to silence her. She also described a meeting "
            "with the mayor's wife that she said showed the wife knew.\n\nMartha Keller, who "
            "worked at city hall in 2009, told her story on local radio.")
    got = _speakers(text)
    assert any(who == "Martha Keller" and "tried to silence" in content for who, content in got)
    assert any(who == "Martha Keller" and content.startswith("a meeting")
               for who, content in got)


def test_stand_in_of_the_other_gender_is_not_the_person_named_next() -> None:
    text = ("Shots in the night.\n\nSeveral neighbours, who asked not to be named, said they "
            "heard shots. One neighbour said he believed drugs were sold in the house, "
            "referring to a raid last year.\n\nPolice Constable Karen Doyle said officers "
            "had been called to the house three times.")
    got = _speakers(text)
    assert any(who == "One neighbour" and "drugs were sold" in content for who, content in got)
    assert not any(who == "Karen Doyle" and "drugs" in content for who, content in got)


def test_she_does_not_make_a_man_the_text_called_he_a_woman() -> None:
    text = ("Senator Bill Nelson spoke to reporters. He was joined on the call by XQyse Hogue, "
            "president of an advocacy group. She said Rubio “has failed to do anything.”")
    got = _speakers(text)
    assert not any(who == "Bill Nelson" and "failed" in content for who, content in got)


def test_she_is_not_a_man_the_text_has_called_he() -> None:
    # "Terry" is a given name of both genders: "she" may stand for a Terry the text has
    # not called "he"; not for one it has
    text = ("Sen. Terry Barrow defended his plan on Monday. He said the critics were wrong. "
            "“I apologize to nobody,” Barrow said. “I take the critics seriously,” she said.")
    got = _speakers(text)
    assert ("she", "I take the critics seriously") in got


def test_they_for_the_organisation_that_just_spoke() -> None:
    text = ("Although the two attacks happened in a city with strict laws, the Daily Courier "
            "claims the association’s stand is itself a danger to the public. They are "
            "specifically focused on its opposition to wider background checks.")
    got = _speakers(text)
    assert any(who == "Daily Courier" and content.startswith("its opposition")
               for who, content in got)


def test_they_is_not_the_organisation_when_people_came_between() -> None:
    text = ("The Harbour Herald asked neighbours about the fire on Monday. They said they did not "
            "hear any alarm.")
    got = _speakers(text)
    assert not any(who == "Harbour Herald" and "alarm" in content for who, content in got)


def test_who_after_a_full_name_the_lexicon_lacks() -> None:
    got = _speakers("The most shared post was this one from Rikkie Wellsby who said the "
                    "server was a scandal.")
    assert ("Rikkie Wellsby", "the server was a scandal") in got


def test_who_after_a_tag_whose_source_is_described() -> None:
    got = _speakers("“It was not a convincing argument,” said one Liberal familiar with the "
                    "talks, who spoke on condition of anonymity and said the plan was dead.")
    assert ("one Liberal familiar with the talks", "the plan was dead") in got


def test_a_group_called_names_an_organisation() -> None:
    got = _speakers("She founded a nonprofit called Fair Tally last year. The group says it "
                    "wants every resident counted.")
    assert ("Fair Tally", "it wants every resident counted") in got


def test_a_product_called_is_no_organisation() -> None:
    got = _speakers("The conference brought a new subscription service called Cloud Max. "
                    "Google later announced that it would stop selling its glasses.")
    assert not any(who == "Cloud Max" for who, _c in got)


def test_inverted_cue_with_a_named_example() -> None:
    text = ("“We do not know,” said John Kerr, the commissioner. Part of the problem, say "
            "experts like Paula Brennan, a Canadian geologist, is the ground itself. Finding "
            "tunnels is not simple, she said.")
    got = _speakers(text)
    assert any(who == "Paula Brennan" and content.startswith("Part of the problem")
               for who, content in got)
    assert ("Paula Brennan", "Finding tunnels is not simple") in got


def test_which_after_an_organisation_named_with_for() -> None:
    got = _speakers("He launched Citizens for Fair Water, a group which says the plan is "
                    "unfair.")
    assert ("Citizens for Fair Water", "the plan is unfair") in got
