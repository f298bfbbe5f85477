"""Organisations, polls and outlets as sources (round 34, org34): a time span that opens the
sentence is no subject, a share of people speaks through the poll that measured it, a running
tally is its keeper's, and a tag closing a quoted clause may carry a date's number."""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _speakers(text: str, unit: str = "statement") -> list[tuple[str | None, str]]:
    found = Extractor(default_registry(), parser="off", unit=unit).extract(text)
    return [(s.speaker, s.content) for s in found]


def test_time_span_opener_is_no_subject() -> None:
    for opener in ("Hours later,", "Two days later,", "About an hour earlier,", "A week ago,"):
        found = _speakers(f"{opener} the ministry issued a statement saying that the border "
                          "would stay closed.")
        assert [s for s, _ in found] == ["the ministry"], (opener, found)
    # a subject that is no span of time still speaks
    found = _speakers("Two officials later said that the border would stay closed.")
    assert found and found[0][0] == "Two officials"


def test_share_speaks_through_the_poll_that_closes_its_clause() -> None:
    text = ("Fifty-eight percent of Canadians said they opposed the pipeline in an Angus Reid "
            "poll released Tuesday, the highest share on record.")
    for unit in ("statement", "attribution"):
        found = _speakers(text, unit)
        assert any(s == "Angus Reid poll" for s, _ in found), (unit, found)
        assert not any(s and "percent" in s for s, _ in found), (unit, found)
    # no named or dated poll: the share stays ("in the polls" is the state of a race)
    found = _speakers("Forty percent of voters said they would back him in the polls.")
    assert found and found[0][0] == "Forty percent of voters"
    found = _speakers("Forty percent of voters said they would back him in Alberta.")
    assert found and found[0][0] == "Forty percent of voters"


def test_tally_by_an_outlet_is_the_outlet() -> None:
    found = _speakers("The storm killed at least 40 people, according to a tally by the "
                      "Canadian Press.")
    assert [s for s, _ in found] == ["Canadian Press"]
    found = _speakers("The storm killed at least 40 people, according to a count from Johns "
                      "Hopkins University.")
    assert [s for s, _ in found] == ["Johns Hopkins University"]
    # other documents keep their kind after the author ("Pew Research Center analysis")
    found = _speakers("Turnout rose among young voters, according to an analysis by the "
                      "Fraser Institute.")
    assert [s for s, _ in found] == ["Fraser Institute analysis"]


def test_outlet_tag_after_a_quoted_clause_with_a_year() -> None:
    text = ("During the inquiry, Jean Tremblay admitted that the fees could be called "
            "\"influence peddling,\" the Toronto Star reported in 1994.")
    found = _speakers(text)
    assert ("Jean Tremblay" in [s for s, _ in found]) and any(
        s == "Toronto Star" and c.startswith("During the inquiry") for s, c in found), found


def test_names_joined_by_an_ampersand_or_papers_and() -> None:
    for text, speaker in (
        ("Procter & Gamble said the fees were legal.", "Procter & Gamble"),
        ("The fees were legal, Johnson & Johnson said.", "Johnson & Johnson"),
        ("Simon & Schuster said the book would be published.", "Simon & Schuster"),
        ("The Globe and Mail reported that the fees were legal.", "Globe and Mail"),
        ("The fees were legal, The Globe and Mail reported.", "Globe and Mail"),
        ("According to The Globe and Mail, the fees were legal.", "Globe and Mail"),
        ("The Post and Courier reported that the fees were legal.", "Post and Courier"),
    ):
        assert [s for s, _ in _speakers(text)] == [speaker], text
    # two people joined by "and" are no one name ("Mail" and "Star" are papers' words only
    # when both sides are)
    found = _speakers("Jane Smith and Mark Star said the fees were legal.")
    assert found and found[0][0] != "Smith and Mark Star"


def test_per_cent_is_percent_and_a_share_is_no_people() -> None:
    for text, speaker in (
        ("Fifty-eight per cent of respondents said they opposed the pipeline.",
         "Fifty-eight per cent of respondents"),
        ("Fifty-eight per cent of Canadians said they opposed the pipeline.",
         "Fifty-eight per cent of Canadians"),
        ("Fifty-eight percent of Canadians said they opposed the pipeline.",
         "Fifty-eight percent of Canadians"),
        ("About 58 per cent said they opposed the pipeline.", "58 per cent"),
    ):
        assert [s for s, _ in _speakers(text)] == [speaker], text
    found = _speakers("Fifty-eight per cent of Canadians said they opposed the pipeline in "
                      "a Leger poll released Tuesday.")
    assert [s for s, _ in found] == ["Leger poll"]


def test_figures_and_data_are_their_keepers() -> None:
    for text, speaker in (
        ("Housing starts fell 10 per cent in April, according to data from Statistics "
         "Canada.", "Statistics Canada"),
        ("At least 12 people have died, according to figures compiled by The Canadian Press.",
         "Canadian Press"),
        ("Inflation rose to 3.5 per cent, according to data released by the Office for "
         "National Statistics.", "Office for National Statistics"),
        ("Loans rose, according to data from the Department of Health and Human Services.",
         "Department of Health and Human Services"),
    ):
        assert [s for s, _ in _speakers(text)] == [speaker], text
    # a lower-case keeper names no one: the figures stay described
    found = _speakers("Casinos won less, according to data released Friday by state gaming "
                      "regulators.")
    assert found and found[0][0] not in {"Friday", "regulators"}


def _attribution_speakers(text: str) -> list[str | None]:
    return [s for s, _ in _speakers(text, "attribution")]


def test_polls_by_their_pollsters() -> None:
    for text, speaker in (
        ("A national poll released Sunday by The Globe and Mail and CTV News shows the "
         "premier keeping his lead.", "Globe and Mail and CTV News poll"),
        ("A poll conducted by Leger for The Canadian Press found that most voters want a "
         "change.", "Leger poll"),
        ("Most voters want a change, according to a poll conducted by Ipsos for Global "
         "News.", "Ipsos poll"),
        ("Most voters want a change, according to a poll by the Center for Public Opinion.",
         "Center for Public Opinion poll"),
    ):
        assert _attribution_speakers(text) == [speaker], text
    found = _speakers("The criteria were changed twice, according to the report issued by the "
                      "Department of the Treasury Inspector General for Tax Administration.")
    assert [s for s, _ in found] == [
        "Department of the Treasury Inspector General for Tax Administration report"]


def test_channels_keep_their_number_and_reports_their_outlet() -> None:
    for text, speaker in (
        ("Israel's Channel 12 reported that the minister will resign.", "Channel 12"),
        ("According to Israel's Channel 12, the minister will resign.", "Channel 12"),
        ("KCRA Channel 3 reported that the bridge was closed.", "KCRA Channel 3"),
        ("According to a report in the Toronto Star, the minister will resign.",
         "Toronto Star report"),
        ("According to a report in The Globe and Mail, the minister will resign.",
         "Globe and Mail report"),
    ):
        assert [s for s, _ in _speakers(text)] == [speaker], text
    # a report "in" a month or a place is no outlet's
    found = _speakers("According to a report in March, the minister will resign.")
    assert [s for s, _ in found] == ["a report"]
    # a number after a name is still no part of it
    found = _speakers("President George H.W. Bush 35 years ago said the plan would work.")
    assert [s for s, _ in found] == ["George H.W. Bush"]


def test_without_names_and_agencies_after_a_place() -> None:
    for text, speaker in (
        ("Doctors Without Borders said the hospital was hit twice.", "Doctors Without Borders"),
        ("The hospital was hit twice, Doctors Without Borders said.", "Doctors Without Borders"),
        ("According to Reporters Without Borders, 50 journalists were killed.",
         "Reporters Without Borders"),
        ("The minister will resign, South Korea's Yonhap news agency reported.", "Yonhap"),
        ("Japan's Kyodo News agency reported that the minister will resign.", "Kyodo"),
    ):
        assert [s for s, _ in _speakers(text)] == [speaker], text
    # a place's own agency is no name
    found = _speakers("Egypt's state news agency said the minister will resign.")
    assert [s for s, _ in found] == ["Egypt's state news agency"]


def test_byline_run_into_a_firm_with_an_ampersand() -> None:
    text = ("By Jane Roe Reporting from London Marks & Spencer, one of Britain's largest "
            "retailers, said on Wednesday that the disruption would last until July.")
    assert [s for s, _ in _speakers(text)] == ["Marks & Spencer"]
