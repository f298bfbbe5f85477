"""Round 37 (pron37): pronoun speakers (issue 13).

- a sign's words are its bearer's: "Protesters held signs reading C" is the protesters, "they
  will hold banners proclaiming C" is "they" (a sign says nothing of its own).
- a name the given-name lexicon lacks is a person when a person's noun is apposed to it ("Wab
  Kinew, the premier of Manitoba,") or is its predicate ("Realyn Limbo has been a teacher"),
  so a later "he" or "she" finds them; not a place's name ("Senator Chuck Schumer of New York,
  the Democratic leader").
- a possessor after "and" in an apposition is no member of a coordinated subject ("Rahm
  Emanuel, the mayor of Chicago and Mr. Obama's former chief of staff,").
- "it" is the country, capital or region a sentence opens on as its subject ("Israel imposed
  a blockade. It said C"), when no organisation or thing is its subject; not a surname.
- "it said" goes on with more kinds of described bodies that spoke ("the navy said ... it
  said", "The task force panel called on ... It recommended").
- "they" is the plural subject after an opening adverb in "-ly" ("Privately, many Democrats
  ... as they believed"), whose "were pleased" is a feeling, no passive; and a collective
  with a possessor or an "of" phrase ("The teen's family has hired ... They say"); and two
  named people joined by "and" through their apposed descriptions ("the commerce secretary,
  Gary Locke, and the interior secretary, Ken Salazar, agreed. ... they said"); a collective
  that opens a fronted clause or whose verb is a cue ("While the Bush administration found
  C, they ruled", "Bentdahl's family said ... They said").
"""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _speakers(text: str, unit: str = "attribution") -> list[tuple[str | None, str]]:
    ex = Extractor(default_registry(), parser="off", unit=unit)
    return [(s.speaker, s.content) for s in ex.extract(text, None)]


def test_sign_words_are_the_bearers() -> None:
    # (a directive reports no words in the statement unit since spur37: a clause instead)
    got = _speakers("Outside the court, two dozen protesters gathered, chanted and held signs "
                    "saying the prosecutor must step aside.", unit="statement")
    assert ("two dozen protesters", "the prosecutor must step aside") in got
    got = _speakers("Thousands of Germans will greet him. They will hold banners proclaiming: "
                    "“Stop the deal!”")
    assert [who for who, content in got if content == "Stop the deal!"] != ["banners"]
    assert any(content == "Stop the deal!" and who not in {None, "banners"}
               for who, content in got)
    got = _speakers("Students held up homemade signs saying the school must stay open.")
    assert ("Students", "the school must stay open") in got


def test_unborne_sign_keeps_its_words() -> None:
    got = _speakers("Nearby, a huge black banner proclaims “MURDERERS” in red letters.")
    assert any(who == "a huge black banner" for who, _c in got)


def test_apposed_role_makes_an_unknown_name_a_person() -> None:
    got = _speakers("Wab Kinew, the premier of Manitoba, spoke on Monday. He said the plan "
                    "“has failed.”")
    assert ("Wab Kinew", "the plan “has failed.”") in got
    got = _speakers("The mayor was joined on the call by Zyxa Hogue, president of the "
                    "abortion rights group NARAL. She said Rubio “has failed to do anything.”")
    assert ("Zyxa Hogue", "Rubio “has failed to do anything.”") in got


def test_apposed_person_noun_after_a_preposition() -> None:
    got = _speakers("The council met on Monday. It heard from Zyxa Quorbel, a nurse at the "
                    "hospital. She said the plan “has failed.”")
    assert ("Zyxa Quorbel", "the plan “has failed.”") in got
    got = _speakers("The council met on Monday. It heard from Zyxa Quorbel, a volunteer with "
                    "the group. She said the plan “has failed.”")
    assert ("Zyxa Quorbel", "the plan “has failed.”") in got


def test_predicated_person_noun_makes_an_unknown_name_a_person() -> None:
    got = _speakers("The island has a school. Realyn Limbo has been a teacher on the island "
                    "for 10 years. “To me this island is like paradise,” she says.")
    assert ("Realyn Limbo", "To me this island is like paradise") in got


def test_place_with_apposed_role_is_no_person() -> None:
    got = _speakers("“Have I not been clear on a wall?” Ms. Pelosi said at a news conference "
                    "with Senator Chuck Schumer of New York, the Democratic leader. The two "
                    "have repeatedly said they would support more money.")
    assert not any(who and "New York" in who for who, _c in got)


def test_possessor_after_and_is_no_group_member() -> None:
    got = _speakers("John Smith, the mayor of Chicago and Mr. Obama’s former chief of staff, "
                    "joined the debate on Monday. They said the moment was ripe.",
                    unit="statement")
    assert not any(who == "John Smith and Obama" for who, _c in got)
    got = _speakers("Rahm Emanuel, the mayor of Chicago and Mr. Obama’s former chief of staff, "
                    "joined the debate on Monday. While many gun control advocates are eager to "
                    "harness what they believe is a ripe moment, Congress waits.",
                    unit="statement")
    assert not any(who and "Obama" in who and "Emanuel" in who for who, _c in got)


def test_it_is_the_country_the_sentence_opens_on() -> None:
    got = _speakers("Israel imposed a total blockade on Gaza on 2 March. It said it wanted to "
                    "put pressure on Hamas.", unit="statement")
    assert ("Israel", "it wanted to put pressure on Hamas") in got
    got = _speakers("Greece faces a May 19 due date on debt it says it can't repay without "
                    "help.")
    assert ("Greece", "it can't repay without help") in got


def test_it_is_no_surname_the_sentence_opens_on() -> None:
    got = _speakers("Bryant signed the bill into law on Friday. It says that churches may "
                    "refuse service.")
    assert not any(who == "Bryant" for who, _c in got)


def test_it_goes_on_with_a_described_body_that_spoke() -> None:
    got = _speakers("“Twenty-three personnel surrendered on boarding,” the navy said. The "
                    "pirates would be handed over to the authorities, it said.")
    assert ("the navy", "The pirates would be handed over to the authorities") in got
    got = _speakers("The bill passed a committee.\nThe task force panel called on the "
                    "Departments of Homeland Security and Justice to coordinate school safety "
                    "efforts and provide grant money for schools to assess their ability to "
                    "prevent and respond to attacks. It recommended that officers "
                    "take a training course.", unit="statement")
    assert ("The task force panel", "officers take a training course") in got


def test_they_is_the_plural_subject_after_an_adverb_and_a_feeling() -> None:
    got = _speakers("Privately, many Democrats were not pleased that the issue had been thrown "
                    "into their laps as they believed they had been making inroads.")
    assert ("many Democrats", "they had been making inroads") in got
    got = _speakers("Such measures have been met with opposition by unions. They said the "
                    "measures were unfair.")
    assert not any(who == "Such measures" for who, _c in got)


def test_they_is_a_family_described_by_whose_it_is() -> None:
    got = _speakers("The family of a teen shot by an officer has hired an attorney. They say "
                    "he had a remote control.")
    assert ("The family", "he had a remote control") in got
    got = _speakers("The teen's family has hired an attorney. They say he had a remote "
                    "control.")
    assert ("The teen's family", "he had a remote control") in got


def test_names_apposed_after_and_form_a_group() -> None:
    got = _speakers("Environmental groups sent letters to officials. In a statement, the "
                    "commerce secretary, Gary Locke, and the interior secretary, Ken Salazar, "
                    "agreed. After a review ordered last month, they said they had reached the "
                    "conclusion that such protections were needed.")
    assert ("Gary Locke and Ken Salazar",
            "they had reached the conclusion that such protections were needed") in got


def test_they_is_a_collective_of_a_fronted_clause_or_that_spoke() -> None:
    got = _speakers("While the Bush administration found that melting ice was endangering "
                    "polar bears, they ruled that the law could not be used.")
    assert ("the Bush administration", "the law could not be used") in got
    got = _speakers("The gunman killed himself. Bentdahl's family said in a statement Monday "
                    "they are saddened by his death. They said he was a kind and gentle person.")
    assert ("Bentdahl's family", "he was a kind and gentle person") in got
