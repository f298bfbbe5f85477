"""Statements, twenty-second session (the lead's rules): speaker phrases that two titles
joined by "and" cut short, and words read as speech where they are none."""

from __future__ import annotations

from datetime import date

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str, unit: str = "statement") -> list[Statement]:
    return Extractor(default_registry(), unit=unit).extract(text, DAY)


def test_a_hyphenated_title_joined_to_a_named_title() -> None:
    found = _extract('"We need steady hands," said Democratic presidential front-runner and '
                     "former secretary of state Hillary Clinton.")
    assert [(s.speaker, s.resolution) for s in found] == [("Hillary Clinton", "name")]


def test_joined_titles_before_a_passive_complement() -> None:
    found = _extract("Trump was attacked by Democratic presidential front-runner and former "
                     "secretary of state Hillary Clinton for suggesting that he would stay "
                     "neutral.", "attribution")
    assert [s.speaker for s in found] == ["Hillary Clinton"]


def test_a_police_rank_abbreviation_ends_no_sentence() -> None:
    found = _extract('Detectives "are combing through all the video," said Det. Patrick '
                     "Michaud, a police spokesman.")
    assert [(s.speaker, s.resolution) for s in found] == [("Patrick Michaud", "name")]


def test_a_weekday_heads_no_according_to_source() -> None:
    # (the description is reported without when it came out: desc33)
    for tail, described in (("figures released Tuesday", "figures"),
                            ("a memo released Friday", "a memo")):
        found = _extract("Germany recorded a 40% rise in politically motivated crime, "
                         f"according to {tail}.", "attribution")
        assert [(s.speaker, s.resolution) for s in found] == [(described, "description")]
    found = _extract("Clinton is now well ahead according to a CBS poll released Monday.",
                     "attribution")
    assert [s.speaker for s in found] == ["CBS poll"]


def test_a_place_after_a_speaker_noun_speaks_for_no_one() -> None:
    cases = {
        "Police in the western city of Bielefeld said they arrested a suspect.":
            "Police in the western city of Bielefeld",
        "A spokesman for the ministry in Kyiv said the talks would resume.":
            "A spokesman for the ministry in Kyiv",
        "People in Fort Pierce said the mosque had been quiet for years.":
            "People in Fort Pierce",
    }
    for text, speaker in cases.items():
        found = _extract(text)
        assert [(s.speaker, s.resolution) for s in found] == [(speaker, "description")], text


def test_a_name_placed_with_in_is_the_speaker() -> None:
    found = _extract("Zelenskyy in Kyiv said the talks would resume. Jane Smith in Kyiv said "
                     "they would not.")
    assert [s.speaker for s in found] == ["Volodymyr Zelenskyy", "Jane Smith"]


def test_a_plural_noun_before_a_finding_verb_is_its_subject() -> None:
    found = _extract('New figures show a "dramatic" increase in racist crimes in Germany.')
    assert [(s.speaker, s.cue) for s in found] == [("New figures", "show")]


def test_the_dateline_agency_is_not_the_company() -> None:
    found = _extract("MOSCOW, Dec 2 (Reuters) - Shares of Aeroflot rose 5% on Wednesday. The "
                     "company said its profit had doubled.")
    assert [s.speaker for s in found] == ["Aeroflot"]
    found = _extract("KYIV (Reuters) - Russian drones hit a power station overnight. The agency "
                     "said three regions lost power.")
    assert [(s.speaker, s.resolution) for s in found] == [("The agency", "description")]


def test_a_plain_role_before_a_name_is_no_part_of_it() -> None:
    found = _extract('Neighbor Varnall Tate heard the gunshots. "I was here when they brought '
                     'him out," Tate said.')
    assert [s.speaker for s in found] == ["Varnall Tate"]


def test_plural_people_opening_a_sentence_are_described() -> None:
    for word in ("Neighbors", "Firefighters", "Investors", "Ethiopians"):
        found = _extract(f"{word} said the fire had spread quickly.")
        assert [(s.speaker, s.resolution) for s in found] == [(word, "description")], word
    found = _extract("Sen. Bernie Sanders spoke in Iowa. Sanders said the fire had spread.")
    assert [s.speaker for s in found] == ["Bernie Sanders"]


def test_a_common_noun_opening_the_story_is_no_business() -> None:
    found = _extract("OTTAWA (Reuters) - Shares of Canada Goose rose 20% on Wednesday. The "
                     "company said it would not give an outlook.")
    assert [(s.speaker, s.resolution) for s in found] == [("The company", "description")]


def test_a_post_whose_title_holds_and_is_one_title() -> None:
    text = ('Work and Pensions Secretary Liz Kendall told MPs the status quo was '
            '"unacceptable". Culture, Media and Sport Secretary Lisa Nandy said the BBC must '
            "change. Richards and Menendez said it was not all bad news.")
    assert [s.speaker for s in _extract(text)][:2] == ["Liz Kendall", "Lisa Nandy"]


def test_a_member_of_parliament_title_is_no_part_of_the_name() -> None:
    found = _extract("Likud MK Tally Gotliv said in an interview on Monday that she did not "
                     "heed the comments.")
    assert [s.speaker for s in found] == ["Tally Gotliv"]


def test_a_quantity_opening_a_reported_clause() -> None:
    found = _extract("Malek said nothing had changed. Peskov said much remained to be done. "
                     "Lavrov said nothing about the plan.")
    assert [(s.speaker, s.content) for s in found] == [
        ("Malek", "nothing had changed"), ("Dmitry Peskov", "much remained to be done")]


def test_a_two_word_peoples_adjective_before_a_noun_is_no_name() -> None:
    for subject in ("South African media", "North Korean state media"):
        found = _extract(f"{subject} reported that the talks had ended.")
        assert [(s.speaker, s.resolution) for s in found] == [(subject, "description")]


def test_a_verb_in_a_demanded_clause_is_no_statement() -> None:
    found = _extract("The White House backed off its demand that Russia declare an immediate "
                     "cease-fire. Kyiv has insisted that Moscow agree to a full ceasefire.")
    assert [s.speaker for s in found] == ["Kyiv"]


def test_a_post_ends_before_an_initial_or_a_domain_of_crimes() -> None:
    text = ('"The crime reeks of an execution," Russian Foreign Ministry Ambassador at Large '
            "on Kiev's War Crimes Rodion Miroshnik wrote. Not from our side, former diplomat "
            "and Daily Maverick Associate Editor J. Brooks Spector told Fox News. "
            '"It is not over," said retired Army Col. Lawrence Wilkerson.')
    assert [s.speaker for s in _extract(text)] == [
        "Rodion Miroshnik", "J. Brooks Spector", "Lawrence Wilkerson"]


def test_a_loose_source_ends_before_its_relative_pronoun() -> None:
    found = _extract("He backed away from his threats, according to six officials who were "
                     "familiar with the discussion.")
    assert [s.speaker for s in found] == ["six officials"]


def test_an_unnamed_first_or_second_person_view_is_no_statement() -> None:
    text = ("We believe quality journalism should be available to everyone. I think they are "
            "the same culture. Peskov said the talks would go on.")
    assert [s.speaker for s in _extract(text)] == ["Dmitry Peskov"]
    assert [s.speaker for s in _extract(text, "attribution")][:2] == ["We", "I"]


def test_a_title_won_before_a_name_is_no_verb() -> None:
    for title in ("four-time champion", "four-time Formula 1 champion", "champion"):
        found = _extract(f'"This is really boring," said {title} Max Verstappen after the '
                         "race.")
        assert [(s.speaker, s.cue) for s in found] == [("Max Verstappen", "said")], title


def test_an_of_phrase_placed_by_a_participle_speaks_for_its_head() -> None:
    found = _extract("A representative of one of the aid agencies operating in Gaza told me "
                     'the scheme was "totally premature." Police said LAPD Cpt. Jeff Nolte '
                     "would speak later.")
    assert [s.speaker for s in found][:1] == ["A representative of one of the aid agencies"]
    found = _extract("The suspect was taken into custody, said LAPD Cpt. Jeff Nolte.")
    assert [s.speaker for s in found] == ["Jeff Nolte"]


def test_an_abbreviated_rank_after_an_agency_is_no_part_of_the_name() -> None:
    text = ("CSPD Lt. Catherine Buckley said the road was closed. Police Cmdr. Robert Alder "
            "said officers responded.")
    assert [s.speaker for s in _extract(text)] == ["Catherine Buckley", "Robert Alder"]


def test_plural_ranks_and_roles_opening_a_sentence_are_described() -> None:
    for word in ("Detectives", "Deputies", "Proponents", "Callers"):
        found = _extract(f"{word} said the suspect fled.")
        assert [(s.speaker, s.resolution) for s in found] == [(word, "description")], word


def test_kin_before_a_time_phrase_is_the_speaker() -> None:
    found = _extract("The dead boy's uncle on Tuesday said the family takes little comfort "
                     "in the arrest.")
    assert [s.speaker for s in found] != ["Tuesday"] and len(found) == 1
    assert found[0].resolution == "description"


def test_a_sentence_capital_on_a_common_word_is_no_name() -> None:
    text = ("Companies say weakening the encryption would make users less safe. Some "
            "companies disagree.")
    found = _extract(text, "attribution")
    assert [(s.speaker, s.resolution) for s in found][:1] == [("Companies", "description")]


def test_a_hair_space_after_an_opening_mark_still_opens_a_sentence() -> None:
    text = ("Shelest and his team have adopted a bootstrap mentality to help those they can. "
            "\u201c\u200aIf religious people don\u2019t help, the government can\u2019t,\u201d "
            "he said.")
    found = _extract(text)
    assert [(s.kind, s.content[:12]) for s in found] == [("direct", "If religious")]


def test_a_name_apposed_to_an_inverted_description_is_the_speaker() -> None:
    cases = {
        '"It is over," said a former spokesman for the ministry, Oleg Voloshyn.':
            "Oleg Voloshyn",
        '"It is over," said one of his lawyers, John Smith, who left in May.': "John Smith",
        "Peace is far off, said another Twitter user, Johanna Bayer.": "Johanna Bayer",
    }
    for text, speaker in cases.items():
        assert [s.speaker for s in _extract(text)] == [speaker], text


def test_an_office_named_after_its_holder_is_whole() -> None:
    text = "A victim escaped from the home, the Pasco County Sheriff's Office said."
    assert [s.speaker for s in _extract(text)] == ["Pasco County Sheriff's Office"]


def test_a_bodys_people_after_its_name_are_described() -> None:
    text = "A former officer shot his ex-wife, Georgia Bureau of Investigation agents said."
    assert [(s.speaker, s.resolution) for s in _extract(text)] == [
        ("Georgia Bureau of Investigation agents", "description")]


def test_the_members_of_a_they_group_do_not_become_the_next_he() -> None:
    text = ('Mikhail Komin, a political scientist, described the reactions of Putin and Trump '
            'as a "roaring void." They both know that they cannot convince each other, he '
            "explained. Peskov and Zakharova criticised the plan. She called it absurd, while "
            "he said it was a provocation.")
    found = {s.cue: s.speaker for s in _extract(text)}
    assert found["explained"] == "Mikhail Komin"
    assert found["said"] == "Dmitry Peskov"


def test_the_one_a_sentence_compares_is_not_its_he() -> None:
    text = ("Savin said that Russia is backing a multipolar world. Unlike President Trump, who "
            "gets countries to follow his agenda through pressure, \u201cPutin is doing "
            "something different,\u201d he said.")
    assert [s.speaker for s in _extract(text)] == ["Savin", "Savin"]
