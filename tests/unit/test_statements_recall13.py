"""Statements, round 13 (issue 13): a closing tag followed by a long setting. "C, Lavrov said
at a press conference with Armenian Foreign Minister Ararat Mirzoyan." reported nothing,
because the words after the cue were longer than the short circumstance the rule allowed. The
texts are written for the tests in the topic's wire style."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from tests.support.statements import one_with

DAY = date(2025, 5, 21)


@pytest.mark.parametrize(("text", "needle", "speaker", "kind"), [
    ("A fair security system must be built from the ground up and cannot be imposed, Russian "
     "Foreign Minister Sergey Lavrov said at a press conference with Armenian Foreign Minister "
     "Ararat Mirzoyan.", "cannot be imposed", "Sergei Lavrov", "indirect"),
    ("A fair security system must be built from \u201cthe ground up\u201d, Lavrov said at a "
     "press conference after talks with Armenian Foreign Minister Ararat Mirzoyan.",
     "the ground up", "Sergei Lavrov", "mixed"),
    ("The talks were productive, Rubio told reporters aboard Air Force One on his way to "
     "Geneva.", "talks were productive", "Marco Rubio", "indirect"),
    ("Sanctions will stay in place for years, Peskov said during a briefing for journalists "
     "of the Kremlin pool in Moscow, Russia, on Wednesday.", "stay in place", "Dmitry Peskov",
     "indirect"),
])
def test_a_closing_tag_with_a_long_setting_reports_the_clause_before(
        extractor: Extractor, text: str, needle: str, speaker: str, kind: str) -> None:
    statement = one_with(list(extractor.extract(text, DAY)), needle)
    assert statement.speaker == speaker
    assert statement.kind == kind
    assert "press conference" not in statement.content
    assert "briefing" not in statement.content and "aboard" not in statement.content


@pytest.mark.parametrize("text", [
    # a clause follows the preposition: "at least six planes filled the skies" is reported
    "Friday morning, as the parade rolled through Pasadena, CNN reported at least six planes "
    "filled the skies with messages.",
    # a relative clause in the setting is a clause of its own: not a setting
    "On Monday, the talks resumed, Peskov said in a statement that was read on television.",
])
def test_a_tail_that_holds_a_clause_is_no_setting(extractor: Extractor, text: str) -> None:
    statements = list(extractor.extract(text, DAY))
    assert not any(s.content.startswith(("Friday morning", "On Monday, the talks"))
                   for s in statements)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # the tag's setting is a channel: "wrote on his Telegram channel" is no content
    ("Portnov may have had information that endangered Zelensky's entourage, Rodion "
     "Miroshnik, the envoy for the crimes of the Kiev regime, wrote on his Telegram channel.",
     "Portnov may have had information", "Rodion Miroshnik"),
    # the listener's acronym in parentheses ends the tag
    ("The former MP was shot dead near Madrid on Wednesday, a Spanish police source told "
     "Agence France-Presse (AFP).", "shot dead near Madrid", "a Spanish police source"),
])
def test_a_closing_tag_with_a_channel_or_a_listener_reports_the_clause_before(
        extractor: Extractor, text: str, needle: str, speaker: str) -> None:
    statement = one_with(list(extractor.extract(text, DAY)), needle)
    assert statement.speaker == speaker
    assert "Telegram" not in statement.content and "AFP" not in statement.content


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # an object pronoun after "according to" opening the sentence
    ("Benjamin Netanyahu spoke to reporters on Sunday. According to him, 20 hostages remain "
     "alive in Gaza.", "20 hostages", "Benjamin Netanyahu"),
    ("Maria Zakharova held her weekly briefing. But according to her, the talks failed.",
     "the talks failed", "Maria Zakharova"),
    # a source whose head is a word the cue skips elsewhere ("said on state television")
    ("According to Ukrainian media, Portnov left Ukraine for Europe in 2022.",
     "left Ukraine", "Ukrainian media"),
    ("According to Russian state television, the convoy reached Kursk.", "convoy",
     "Russian state television"),
    # a list flattened into one paragraph: the bullet after a full stop opens a sentence
    ("Portnov was shot dead in Pozuelo de Alarcon. - According to the ABC newspaper, the "
     "assassin escaped the crime scene.", "assassin escaped", "ABC"),  # (round 30: the outlet)
])
def test_according_to_a_pronoun_media_or_after_a_bullet(
        extractor: Extractor, text: str, needle: str, speaker: str) -> None:
    statement = one_with(list(extractor.extract(text, DAY)), needle)
    assert statement.speaker == speaker
    assert not statement.content.startswith(("Portnov was shot", "Benjamin", "Maria"))


def test_according_to_him_as_an_aside_is_no_source_of_the_clause_before(
        extractor: Extractor) -> None:
    text = ("Ramos considers himself an immigrant. He crossed the border 30 years ago after, "
            "according to him, the network censored his first report.")
    assert not any(s.content.startswith("He crossed") for s in extractor.extract(text, DAY))


def test_a_closing_quote_glued_to_the_next_sentence_ends_the_sentence(
        extractor: Extractor) -> None:
    # a page's paragraphs glued by its text extraction: no space after the closing quote
    text = ('Johnson went on to apologize, saying: "I made wrong choices, and now I pay the '
            'consequences."He addressed his fellow inmates, telling them "I love you all."'
            "Johnson was 36.")
    first = one_with(list(extractor.extract(text, DAY)), "wrong choices")
    assert first.kind == "direct"
    assert "He addressed" not in first.content
    second = one_with(list(extractor.extract(text, DAY)), "love you all")
    assert second.speaker == "Johnson"
    assert "Johnson was 36" not in second.content


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # a named person with their own people speaks for them
    ("At the same time, Sanders and his supporters argue that superdelegates should "
     "reconsider.", "superdelegates", "Sanders"),
    ("Zelensky and his aides said the talks had failed.", "talks had failed",
     "Volodymyr Zelenskyy"),
])
def test_a_name_and_their_own_people(extractor: Extractor, text: str, needle: str,
                                     speaker: str) -> None:
    assert one_with(list(extractor.extract(text, DAY)), needle).speaker == speaker


def test_a_name_and_their_people_as_an_object_is_no_subject(extractor: Extractor) -> None:
    text = "Putin met Zelensky and his aides said the talks had failed."
    statement = one_with(list(extractor.extract(text, DAY)), "talks had failed")
    assert statement.speaker != "Volodymyr Zelenskyy"


@pytest.mark.parametrize("text", [
    # a cue word after an article is a noun ("a tweet", "the post")
    "It appears that the message was in reference to a tweet Labott posted on January 23.",
    # a clock time's colon opens nothing: "at 4:01 PM" is no "X says: C"
    "Labott posted on January 23 at 4:01 PM.",
])
def test_no_statement_from_a_noun_or_a_clock(extractor: Extractor, text: str) -> None:
    statements = list(extractor.extract(text, DAY))
    assert not any(s.speaker and ("reference" in s.speaker or s.content == "01 PM")
                   for s in statements)
    assert not any(s.content.startswith("01") for s in statements)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # two titles of one person joined by "and"
    ("According to Kremlin aide and former ambassador Yuri Ushakov, the talks would resume.",
     "talks would resume", "Yuri Ushakov"),
    ("\u201cWe are ready,\u201d said Kremlin aide and former ambassador Yuri Ushakov.",
     "We are ready", "Yuri Ushakov"),
    # a body and a person are two sources: the phrase stops at "and"
    ("According to police and Mayor John Smith, the road was closed.", "road was closed",
     "police"),
])
def test_two_titles_of_one_named_person(extractor: Extractor, text: str, needle: str,
                                        speaker: str) -> None:
    assert one_with(list(extractor.extract(text, DAY)), needle).speaker == speaker


def test_a_clause_opened_by_a_degree_quantity(extractor: Extractor) -> None:
    text = "Perez says too many women are torn by guilt when they go back to work."
    assert one_with(list(extractor.extract(text, DAY)), "too many women").speaker == "Perez"


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # a wire service's "according to him": the possessive names the source
    ("Peskov spoke to reporters. In his words, the talks will resume next week.",
     "talks will resume", "Dmitry Peskov"),
    ("Zakharova held a briefing. But in her view, the West is escalating.", "escalating",
     "Maria Zakharova"),
])
def test_in_ones_words(extractor: Extractor, text: str, needle: str, speaker: str) -> None:
    statement = one_with(list(extractor.extract(text, DAY)), needle)
    assert statement.speaker == speaker
    assert statement.resolution == "pronoun"


def test_in_ones_words_inside_a_sentence_is_no_cue(extractor: Extractor) -> None:
    assert not list(extractor.extract("He lived in his words, and died.", DAY))


@pytest.mark.parametrize(("text", "not_speaker"), [
    # "appeared to have", "seems to be": the writer's impression, no one's words
    ("Three days after Israel said it would relax its blockade, little of the food, fuel and "
     "medicine appeared to have reached Palestinians.", "fuel and medicine"),
    # a plural noun after a quantifier or after "made" is no verb's -s form
    ("Miss Culley asked for advice and on some questions she chose to remain silent.", "some"),
    ("Taku Eto, who resigned on May 21, made comments that were out of touch with the public.",
     "made"),
])
def test_no_statement_from_seeming_or_a_plural_noun(extractor: Extractor, text: str,
                                                     not_speaker: str) -> None:
    statements = list(extractor.extract(text, DAY))
    assert not any(s.speaker == not_speaker for s in statements)


def test_a_seeming_chain_leaves_the_sentence_reported_before_it(extractor: Extractor) -> None:
    text = ("Three days after Israel said it would relax its blockade, little of the aid "
            "appeared to have reached Palestinians.")
    statement = one_with(list(extractor.extract(text, DAY)), "relax its blockade")
    assert statement.speaker == "Israel"
