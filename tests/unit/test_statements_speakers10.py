"""Speaker resolution, round 10 (issue 13): general rules of news writing.

Each test failed on the code before its rule (see docs/design.md, "Speakers, round 10").
"""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor
from tests.support.statements import one_with as _one

DAY = date(2015, 12, 1)


def test_a_web_address_is_an_organisation_never_he(extractor: Extractor) -> None:
    # rule 1: "Factcheck.org" names a site; "He" after it is the man named before it
    text = ("Donald Trump, in turn, cites his Twitter followers as the source for some of his "
            "claims (the actual number is closer to 15 percent, according to Factcheck.org). "
            "He defended his position by citing a poll conducted by a think tank.")
    found = list(extractor.extract(text, DAY))
    he = _one(found, "his position")
    assert (he.speaker, he.resolution) == ("Donald Trump", "pronoun")


def test_he_is_the_sentence_subject_not_the_speaker_inside_his_report(
        extractor: Extractor) -> None:
    # rule 2: two speakers of one sentence, equally salient: the first named is its subject
    text = ("“I think the people that I have are spectacular,” Carson said on CNN.\n\n"
            "Carson turned the story back on the Post, pointing out that the paper's Robert "
            "Costa had reported in June that the Carson campaign was coming apart. He hoped, "
            "he said, that the paper would shy away from similar reporting now.\n\n"
            "“Apparently not,” he said. “A leopard doesn’t change its spots.”")
    found = list(extractor.extract(text, DAY))
    assert _one(found, "shy away").speaker == "Carson"
    assert _one(found, "leopard").speaker == "Carson"


def test_a_name_inside_an_opening_phrase_is_not_the_subject(extractor: Extractor) -> None:
    # rule 3: "As for Carson's mangling of “Hamas,” Levine found ...": Levine is the subject
    text = ("Reading from a prepared text, Ben Carson repeatedly mispronounced the name of "
            "the group.\n\n"
            "“He’s funny,” New York attorney Eric Levine said of Trump.\n\n"
            "As for Carson’s mangling of “Hamas,” Levine found comic relief in it. “I needed "
            "some carrots to dip,” he said.")
    found = list(extractor.extract(text, DAY))
    assert _one(found, "carrots").speaker == "Eric Levine"


def test_the_two_are_the_last_two_people_named(extractor: Extractor) -> None:
    # rule 4: a numbered group no list named is the last that many people named
    text = ("The party last week was Mr. Obama's first face-to-face encounter with Speaker "
            "Paul D. Ryan, Republican of Wisconsin, since Mr. Ryan assumed his post in "
            "November. If the two spoke about the budget agreement needed to prevent a "
            "shutdown, neither side would say so.")
    found = list(extractor.extract(text, DAY))
    assert _one(found, "budget agreement").speaker == "Obama and Paul D. Ryan"


def test_it_is_the_document_the_sentence_before_opened_with(extractor: Extractor) -> None:
    # rule 5: "The email includes ... At the bottom it reads": the email, not the GOP
    text = ("The GOP presidential candidate sent out an email to supporters Tuesday inviting "
            "them to enter the contest.\n\n"
            "The email includes a photo of Cruz wearing blaze orange hunting gear.\n\n"
            "At the bottom it reads, “P.S. You can further support the cause by chipping in "
            "$35.”")
    found = list(extractor.extract(text, DAY))
    it = _one(found, "chipping in")
    assert (it.speaker, it.resolution) == ("The email", "pronoun")


def test_a_long_description_of_an_organisation_is_the_one_named_before(
        attributions: Extractor) -> None:
    # rule 6: "The nation's largest gun group" (cut to "group" by the speaker finder)
    text = ("The National Rifle Association says President Barack Obama's executive actions "
            "on gun control are “ripe for abuse” and lack seriousness.\n\n"
            "The nation's largest gun group is accusing Obama of political exploitation for "
            "announcing the steps in the last year of his presidency.")
    found = list(attributions.extract(text, DAY))
    assert _one(found, "political exploitation").speaker == "National Rifle Association"


def test_an_acronym_is_spelt_out_by_the_second_name_of_a_pair(extractor: Extractor) -> None:
    # rule 7: "The Washington Post and The Associated Press" are two names: "the AP" is the
    # second, not the initials of the whole run
    text = ("Carson distanced himself from interviews he gave to The Washington Post and The "
            "Associated Press in which he hinted that a shakeup was imminent.\n\n"
            "When the AP asked Bennett about the comments, the campaign manager said he needed "
            "to speak to the candidate first.")
    found = list(extractor.extract(text, DAY))
    ap = _one(found, "Bennett about")
    assert ap.speaker == "Associated Press"


def test_a_post_written_before_the_name_is_theirs_later(extractor: Extractor) -> None:
    # rule 8: "Carson campaign manager Barry Bennett" ... "the campaign manager said": Bennett
    text = ("Bill Millis said Carson had been led astray by “insiders” running his campaign, "
            "and he singled out Carson campaign manager Barry Bennett, a longtime political "
            "operative, as the root of the problem.\n\n"
            "When the AP asked Bennett about Carson’s comments, the campaign manager said he "
            "needed to speak to the candidate first.")
    found = list(extractor.extract(text, DAY))
    manager = _one(found, "speak to the candidate")
    assert (manager.speaker, manager.mention) == ("Barry Bennett", "the campaign manager")


def test_the_second_of_two_joined_titles_is_definite_too(extractor: Extractor) -> None:
    # rule 9: "The Democratic presidential front-runner and former secretary of state said"
    text = ("“We’re not winning, but it’s too soon to say that we are doing everything we need "
            "to do,” Hillary Clinton said on ABC’s “This Week” on Sunday.\n\n"
            "The Democratic presidential front-runner and former secretary of state said the "
            "U.S. “clearly” needed a more robust air campaign against the Islamic State.")
    found = list(extractor.extract(text, DAY))
    assert _one(found, "robust air campaign").speaker == "Hillary Clinton"


def test_the_brothers_are_the_two_people_of_one_surname(extractor: Extractor) -> None:
    # rule 10: "the brothers", "the couple": the last two people named who share a surname
    text = ("“Mexicans laugh at our tragedies,” said German Ortega, one of the stars of the "
            "play.\n\n"
            "“I don't identify with what the man says,” Freddy Ortega said before a weekend "
            "performance.\n\n"
            "The play will tour Mexico and make stops in Texas. In some ways, the brothers "
            "noted, Trump might appreciate their performance.")
    found = list(extractor.extract(text, DAY))
    assert _one(found, "appreciate their").speaker == "German Ortega and Freddy Ortega"
