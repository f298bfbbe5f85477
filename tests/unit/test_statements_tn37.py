"""Round 37 (tn37): titles and names of office holders (issue 13).

- "said Fiocruz president, Dr. Mario Moreira.": a body's post written without an article
  before a comma and a name is no one's name; the name after it is the speaker's;
- "Minister for Housing Matthew Pennycook", "Secretary of State for Health Wes Streeting",
  "Assistant Secretary for Public Affairs Tricia McLaughlin": the name after a title's
  capitalised portfolio starts at its given name;
- "The Greek prime minister has denounced ... Prime Minister George Papandreou vowed": a
  country's office in the lede is the person the next sentence names with its title, the
  country left out (not "Deputy Prime Minister X", not another country's);
- "Qatar's prime minister on Tuesday denied C. “Q,” Sheikh Mohammed bin Abdulrahman al-Thani
  said.": a country's office in the lede is the person the next quote names alone (a name
  with particles too), not one named there with another title;
- a headline's office ("Indiana Governor Says ...", "Japan's farm minister said ...") is the
  person the lede names with it ("Gov. Mike Pence of Indiana", "Japan's farm minister Taku
  Eto", a lower-case post before the name), not another place's holder;
- police ranks and city councillors, written short or in full ("RCMP Sgt. Paul Manaigre",
  "Coun. Josh Matlow", "Supt. Jane Doe"), are the one person "the sergeant", "the
  councillor", "the superintendent" stand for;
- a title written in capitals ("the PM", "the VP", "the Labour MP", "Israeli PM", "the MPP")
  is a title, no name: the holder the article or its lede names;
- "the ex-premier" is a former premier, as "the former premier" is;
- "Foreign Affairs Minister Mélanie Joly", "the foreign affairs minister" is the foreign
  minister.
"""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _speakers(text: str) -> list[tuple[str | None, str]]:
    ex = Extractor(default_registry(), parser="off", unit="statement")
    return [(s.speaker, s.content) for s in ex.extract(text, None)]


def test_body_post_before_an_apposed_name() -> None:
    got = _speakers("“The agreement reflects our vocation,” said Fiocruz president, "
                    "Dr. Mario Moreira.")
    assert got and got[0][0] == "Mario Moreira"
    got = _speakers("“There were four people in the home,” said Nicoma Park Police Chief, "
                    "Rob Groseclose.")
    assert got and got[0][0] == "Rob Groseclose"
    got = _speakers("“We will not back down,” said Oleg Voloshyn, a former spokesman.")
    assert got and got[0][0] == "Oleg Voloshyn"


def test_name_after_a_portfolio() -> None:
    got = _speakers("Minister for Housing Matthew Pennycook said the target would be met.")
    assert got and got[0][0] == "Matthew Pennycook"
    got = _speakers("Secretary of State for Health Wes Streeting said the NHS would change.")
    assert got and got[0][0] == "Wes Streeting"
    got = _speakers("Assistant Secretary for Public Affairs Tricia McLaughlin said the "
                    "guidance would change.")
    assert got and got[0][0] == "Tricia McLaughlin"
    got = _speakers("The Center for Responsive Politics said the spending was high.")
    assert got and got[0][0] == "Center for Responsive Politics"


def test_country_office_named_next_without_the_country() -> None:
    lede = "The Greek prime minister has denounced what he called the murder of bank workers. "
    got = _speakers(lede + "Prime Minister George Papandreou vowed Wednesday that those "
                    "responsible would be found.")
    assert got and got[0][0] == "George Papandreou"
    got = _speakers(lede.replace("The Greek", "Greece's") + "Prime Minister George "
                    "Papandreou vowed Wednesday that those responsible would be found.")
    assert got and got[0][0] == "George Papandreou"
    got = _speakers(lede + "British Prime Minister Keir Starmer said Wednesday that those "
                    "responsible would be found.")
    assert got and got[0][0] == "The Greek prime minister"
    got = _speakers(lede + "Deputy Prime Minister Jane Roe said Wednesday that those "
                    "responsible would be found.")
    assert got and got[0][0] == "The Greek prime minister"


def test_country_office_in_the_lede_named_on_the_next_quote() -> None:
    lede = "Qatar's prime minister on Tuesday denied accusations that the offer was a bribe. "
    got = _speakers(lede + "“I call it an exchange between two countries,” Sheikh Mohammed "
                    "bin Abdulrahman al-Thani said.")
    assert got and got[0][0] == "Mohammed bin Abdulrahman al-Thani"
    got = _speakers(lede + "“It is a disgrace,” Ontario Premier Doug Ford said.")
    assert got and got[0][0] == "Qatar's prime minister"
    got = _speakers("Colorado's delegation chairman said the vote was fair. “It is over,” "
                    "Paul Ryan said.")
    assert got and got[0][0] == "Colorado's delegation chairman"


def test_headline_office_named_in_the_lede() -> None:
    got = _speakers("Indiana Governor Says Legislators May Clarify Law\nGov. Mike Pence of "
                    "Indiana, moving to address a firestorm, said over the weekend that he "
                    "would seek legislation.")
    assert got and got[0][0] == "Mike Pence"
    got = _speakers("Japan's farm minister said he has never had to buy rice\nJapan's farm "
                    "minister Taku Eto stepped down on Wednesday after the outrage. Eto said "
                    "on Sunday that he had never bought rice.")
    assert got and got[0][0] == "Taku Eto"
    got = _speakers("Ontario premier says tariffs will hurt jobs\nQuebec Premier François "
                    "Legault said on Monday that the tariffs would cost jobs.")
    assert got and got[0][0] == "Ontario premier"


def test_police_ranks_and_councillors_named_before() -> None:
    got = _speakers("RCMP Sgt. Paul Manaigre spoke to reporters. The sergeant said the suspect "
                    "was in custody.")
    assert got and got[0][0] == "Paul Manaigre"
    got = _speakers("Coun. Josh Matlow voted against the plan. The councillor said the budget "
                    "was a mistake.")
    assert got and got[0][0] == "Josh Matlow"
    got = _speakers("Supt. Jane Doe spoke on Monday. The superintendent said the "
                    "investigation continues.")
    assert got and got[0][0] == "Jane Doe"
    got = _speakers("Sgt. Mike Smith and Sgt. Tom Jones arrived. The sergeant said the road was "
                    "closed.")
    assert got and got[0][0] == "The sergeant"


def test_titles_in_capitals() -> None:
    got = _speakers("Prime Minister Keir Starmer visited Kyiv on Monday. The PM said Britain "
                    "would stand by Ukraine.")
    assert got and got[0][0] == "Keir Starmer"
    got = _speakers("Conservative MP Michael Cooper spoke on Monday. The MP said the bill was "
                    "flawed.")
    assert got and got[0][0] == "Michael Cooper"
    got = _speakers("Israeli PM says the war will go on\nPrime Minister Benjamin Netanyahu said "
                    "on Sunday that the war would go on.")
    assert got and got[0][0] == "Benjamin Netanyahu"
    got = _speakers("“We need more money,” said Pat Doe, the Liberal MPP for Ottawa South. The "
                    "MPP said the province had failed.")
    assert [g[0] for g in got] == ["Pat Doe", "Pat Doe"]
    got = _speakers("Google VP Jane Doe said the product was ready. The VP added that sales "
                    "were strong.")
    assert [g[0] for g in got] == ["Jane Doe", "Jane Doe"]


def test_ex_title_is_a_former_title() -> None:
    got = _speakers("Jason Kenney, a former Alberta premier, spoke on Monday. The ex-premier "
                    "said the party had lost its way.")
    assert got and got[0][0] == "Jason Kenney"


def test_foreign_affairs_minister_is_the_foreign_minister() -> None:
    got = _speakers("Foreign Affairs Minister Mélanie Joly spoke in Ottawa. “We will stand "
                    "firm,” the foreign minister said.")
    assert got and got[0][0] == "Mélanie Joly"
    got = _speakers("Penny Wong, Australia's foreign affairs minister, spoke in Canberra. “We "
                    "will stand firm,” the foreign minister said.")
    assert got and got[0][0] == "Penny Wong"
