"""Round 33 (issue 13): title speakers — a lede's stand-in named as the next sentence's
speaker, and a headline's bare title that stands for the lede's."""

from __future__ import annotations

from tests.support.statements import extract, one_with

_LEDE = ("Kenya lawmaker wants airline barred from country.\n\nA lawmaker in Kenya is "
         "calling for the airline to be barred after its chief executive called Kenyan "
         "travellers a burden.\n\n\"There is no fair ground for insulting a whole nation of "
         "travellers,\" {name} said in a motion filed in Nairobi, according to a local "
         "paper.\n\n{surname} cited a 1998 aviation law. {pronoun} said the law was clear.")


def test_a_lede_stand_in_is_the_speaker_the_next_sentence_names() -> None:
    found = extract(_LEDE.format(name="Maria Jansen", surname="Jansen", pronoun="She"),
                    unit="attribution")
    assert one_with(found, "airline to be barred").speaker == "Maria Jansen"


def test_a_speaker_of_a_given_name_the_lexicon_lacks_takes_the_articles_gender() -> None:
    found = extract(_LEDE.format(name="Zorvin Dekkerbaan", surname="Dekkerbaan", pronoun="He"),
                    unit="attribution")
    assert one_with(found, "airline to be barred").speaker == "Zorvin Dekkerbaan"


def test_a_headline_bare_title_is_the_ledes_stand_in() -> None:
    found = extract(_LEDE.format(name="Maria Jansen", surname="Jansen", pronoun="She"),
                    unit="attribution")
    assert one_with(found, "airline barred from country").speaker == "Maria Jansen"


def test_a_stand_in_of_another_place_is_not_the_speaker_named_next() -> None:
    text = ("A lawmaker in Kenya is calling for the airline to be barred.\n\n"
            "\"We will fight this,\" Ugandan airline chief Maria Jansen said.")
    found = extract(text, unit="attribution")
    assert one_with(found, "airline to be barred").speaker != "Maria Jansen"


def test_a_stand_in_is_not_the_next_speaker_the_sentence_describes_otherwise() -> None:
    text = ("A school spokesman told the newspaper that the cadet had been in his second "
            "year.\n\nFriends in Chad were devastated by the news.\n\n\"He had so many plans,\" "
            "his friend Omar Haddad told the website.")
    found = extract(text, unit="attribution")
    assert one_with(found, "second year").speaker != "Omar Haddad"


def test_a_post_cut_after_its_owners_possessive_is_the_holder_the_article_names() -> None:
    text = ("Stone campaign says he will soften his image.\n\nThe chief, Laura Pinto, "
            "suggested that the candidate's style was an act.\n\nMark Stone's newly hired "
            "campaign chief has sought to assure party members that Mr. Stone would change "
            "his tone.")
    found = extract(text, unit="attribution")
    assert one_with(found, "assure party members").speaker == "Laura Pinto"


def test_a_post_cut_after_its_owners_possessive_is_never_the_owner() -> None:
    text = ("Mark Stone spoke in Ohio on Tuesday.\n\nMark Stone's newly hired campaign chief "
            "has sought to assure party members that the campaign would change its tone.")
    found = extract(text, unit="attribution")
    assert one_with(found, "assure party members").speaker != "Mark Stone"


def test_a_colon_after_an_introductory_phrase_introduces_the_subjects_quote() -> None:
    text = ("Police said no group had claimed the attack.\n\nIn response to the tragic loss "
            "of life at the fair, Democratic nominee Jane Roberts issued the "
            "following statement:\n\n“Our prayers are with all those hurt by the horrible "
            "attack. This cannot go on.”")
    found = extract(text, unit="attribution")
    assert one_with(found, "Our prayers").speaker == "Jane Roberts"


def test_a_colon_after_a_passive_is_not_the_subjects_quote() -> None:
    text = ("The deputy said losses were heavy.\n\nDuring a live stream on his own channel, "
            "Peter Novak was asked by a soldier: “When will you look at the brigade? We are "
            "finished.”")
    found = extract(text, unit="attribution")
    assert all(s.speaker != "Peter Novak" for s in found if "brigade" in s.content)


def test_a_place_based_modifier_opens_a_speaker_after_the_cue() -> None:
    text = ("The survey found that support rose.\n\n\"When you have so little support, how "
            "much worse could it get?\" said Ottawa-based Liberal strategist Dana Whitfield, "
            "referring to the leader. \"She is not doing better, they are doing worse.\"")
    found = extract(text, unit="attribution")
    assert one_with(found, "how much worse").speaker == "Dana Whitfield"


def test_a_description_with_its_tail_cut_off_is_the_name_apposed_after_the_tail() -> None:
    text = ("Mary Stone toured the state on Monday.\n\nLast month, Ms. Stone won the "
            "endorsement of the most influential leader of Ohio's politically active "
            "farmers, Tom Becker.")
    found = extract(text, unit="attribution")
    assert one_with(found, "Ms. Stone").speaker == "Tom Becker"
