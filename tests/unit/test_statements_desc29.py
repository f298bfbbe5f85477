"""Round 29 (issue 13): descriptions and titles that stand for a named person — adjectives
with a comma between them before the head, a manager of money as a trade epithet, "VP" as a
title, and a title written before a minister's portfolio."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor, default_registry
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str, unit: str = "statement") -> list[Statement]:
    return Extractor(default_registry(), parser="off", unit=unit).extract(text, DAY)


def test_coordinate_adjectives_with_a_comma_stay_in_the_speaker_phrase() -> None:
    text = ("Ban Ki-moon, the secretary general of the United Nations, sat inside the hotel. "
            "When he assumed office in 2007, he made climate change a primary focus.\n\n"
            '"From Day One, I made climate change the top priority," the bespectacled, '
            "71-year-old diplomat said in an interview.")
    found = [s for s in _extract(text) if "Day One" in s.content]
    assert [s.speaker for s in found] == ["Ban Ki-moon"]
    assert "bespectacled" not in found[0].content


def test_a_comma_after_a_time_or_place_phrase_is_no_adjective_comma() -> None:
    text = "In the end, senior officials said the talks had failed."
    assert [s.speaker for s in _extract(text)] == ["senior officials"]


def test_a_fund_manager_is_the_financier_just_named() -> None:
    text = ("In May, billionaire Paul Singer fundamentally changed one of the most "
            "interesting political contests of 2016. The vulture fund manager wrote a "
            "$500,000 check to a super PAC supporting John Faso, a Republican.")
    found = [s for s in _extract(text, "attribution") if "check" in s.content]
    assert [s.speaker for s in found] == ["Paul Singer"]


def test_a_campaign_manager_is_not_the_person_just_named() -> None:
    text = ("Senator Jane Roe toured the state on Monday. The campaign manager said the "
            "senator would win.")
    assert all(s.speaker != "Jane Roe" for s in _extract(text))


def test_vp_is_a_title_not_a_name() -> None:
    text = ("Pence said in politics it takes time to develop those relationships. Trump’s "
            "potential VP then revealed Trump, “strongly encouraged me to endorse Paul Ryan, "
            "and I’m pleased to do it.”")
    found = [s for s in _extract(text) if "encouraged" in s.content]
    assert found and all(s.resolution == "description" for s in found)  # not a name "VP"


def test_a_title_before_a_portfolio_is_the_named_persons() -> None:
    text = ("UN Special Rapporteur Alena Douhan met with Iranian Deputy Foreign Minister for "
            "Legal and International Affairs Kazem Gharibabadi in Tehran on Tuesday. The "
            "meeting was held on the sidelines of the conference. The Iranian diplomat said "
            "in the meeting that the sanctions are illegal.")
    found = [s for s in _extract(text) if "sanctions" in s.content]
    assert [s.speaker for s in found] == ["Kazem Gharibabadi"]


def test_a_former_title_before_a_portfolio_gives_no_title() -> None:
    text = ("Still, then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb "
            "testified in October. Secretary of State Hillary Clinton spoke on Wednesday. The "
            "secretary said the cables were many.")
    assert all(s.speaker != "Charlene Lamb" for s in _extract(text) if "cables" in s.content)


def test_a_description_after_but_is_not_the_contrasted_clauses_subject() -> None:
    text = ("Sen. Bernie Sanders spoke at a rally on Monday.\n\nEntering the final contests in "
            "June, Hillary Clinton leads Bernie Sanders by 271 pledged delegates, but the "
            "self-described democratic socialist has vowed to soldier on.")
    found = [s for s in _extract(text, "attribution") if "soldier" in s.content]
    assert [s.speaker for s in found] == ["Bernie Sanders"]


def test_a_description_after_but_with_no_one_else_named_is_the_subject() -> None:
    text = ("Bernie Sanders lost New York on Tuesday, but the self-described democratic "
            "socialist vowed to fight on.")
    found = [s for s in _extract(text, "attribution") if "fight" in s.content]
    assert [s.speaker for s in found] == ["Bernie Sanders"]
