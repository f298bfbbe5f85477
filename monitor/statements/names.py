"""More first names with their usual gender, for pronouns and for telling a person's name from
other capitalised words (issue 13).

:mod:`monitor.statements.lexicon` holds the first names the statements rules started with
(US politics, the tracked officials); this adds common given names of English-language news
beyond them: North American, British, Irish, French (Canada, France), South Asian, Arabic,
Chinese and African names that a Canadian or international outlet writes. A name used for
both genders ("Jordan", "Robin", "Kim") is left out: a wrong gender costs more than none.
"""

from __future__ import annotations

import re

EXTRA_MALE_NAMES = frozenset(
    """aaron abdul abraham adrian ahmad akira alain alastair albert alberto alec alfred
    alfonso alistair allan allen alvin amir amit anand andre andré andreas andres andrés
    andy angus anil antoine anton antonio archie arjun armand arnold arturo ashok axel
    barack barry bashar bernard bernardo bert blaine blair bob boyd brad bradley brendan
    brett brock bruno bryce byron caleb calvin cameron carlo carter cedric cesar chad
    charlie chester claude clayton cliff clifford clint clinton cody colin conor conrad
    craig curtis cyril dale dalton damian damien dane danny darius darren darryl dave
    dean declan deepak denis derek desmond devin dexter diego dimitri dinesh dmitri dominic
    don donovan doug dougie duane duncan dustin dwayne dwight earl ed eddie edgar edmund
    eduardo edwin elias elliot elliott elon emil emile émile emilio enrique erik ernest
    ernie erwin esteban étienne etienne evan everett fabian farid felipe felix félix
    fernando fidel floyd francesco francis franco frankie fred freddie frederick gabriel
    garrett gavin gaétan gene geoff geoffrey gerard gerry gilbert gilles giovanni giuseppe
    glen glenn gordon graham grant guillaume gustavo guy hamid hans harjit harold harper
    harry harvey hector héctor herbert herman hugh hugo ian ibrahim isaac ismail jacques
    jagmeet jake jamal jamie jared jarrod javier jay jayson jeff jeffery jerome jim jimmy
    joaquin joel joey johan johannes jon jonah jorge josé josh joshua juan julian julien
    julio justin kamal karl karim keith kelvin kenji kenny kent khalid kurt lamar lance
    leandro lee leo leon leonard leonardo leroy les lester lewis liam lincoln lionel lloyd
    lorenzo lou louie lucas luigi luke lyle malcolm manuel marc marcel marcus mario marvin
    mason mathieu matthias maurice max maxime melvin michel miguel miles milton mitchell
    mohamed mohammad muhammad murray nabil naveed navdeep neil nelson nigel noel norman
    oliver omar orlando oscar otto owen pablo paolo pascal patrice percy perry phil pierre
    pierre-luc quentin rafael rahul raj rajiv ramon randall randolph rand raul raúl reggie
    reginald rené rene ricardo richie rob robbie roberto rod rodney rodrigo rolf romain
    ronnie rory ross ruben rupert russ salman salvador sami sandeep sanjay santiago saul
    seamus sebastian sébastien serge shane shaun sheldon sidney simon sonny spencer stan
    stanley stefan stéphane stephane stuart sunil sven ted teddy terrence theo theodore
    tobias toby todd tommy tony travis trevor troy ty ulrich umar vernon victor vince
    vinod wade wallace warren wes wesley wilfred will willem xavier yannick yasser yusuf
    yves yves-françois zach zoltan""".split()  # noqa: SIM905
) | frozenset(
    # round 6 (issue 13): given names of European, Latin American, Arabic, South Asian,
    # Japanese and African public figures that international news writes, and a few American
    # ones; a name given to both sexes (Jean, Andrea, Wei, Kim) is left out
    """matteo gonzalo filippo federico florent curt raynard cornell bret saeed erlan dewayne
    luca alessandro stefano massimo gianni silvio enrico emilio vittorio nicolas laurent
    thierry didier gérard gerard benoît benoit hervé herve rené rene bertrand
    alejandro sergio gustavo rodrigo ignacio mariano mauricio nicolás enrique
    klaus jurgen jürgen dieter heinz horst uwe nils bjorn björn jens jonas joachim reinhard
    oleg vitaly vitali arseniy anatoly gennady valery yevgeny evgeny
    hussein mahmoud mustafa youssef tariq imran faisal hamid rashid nabil walid salman
    abdullah abdel abdulla
    rajesh vijay arun manmohan rakesh suresh ramesh rajiv sanjeev mukesh
    hiroshi takeshi shinzo yoshihide fumio taro shigeru junichiro
    kwame kofi chinedu jomo uhuru thabo goodluck muhammadu olusegun""".split()  # noqa: SIM905
)

EXTRA_FEMALE_NAMES = frozenset(
    """abby adele adriana agnes aisha alana alexandra alexandria alicia alison allison
    alyssa amelia ana anastasia andrée angelina angie anita anjali ann-marie anne annette
    annie antoinette april ariana arlene audrey ava barbra beatrice belinda bernadette
    bernice beth bethany betsy bianca bonnie brianna bridget brigitte brooke camila
    candace candice cara carla carly carmen caroline carrie cassandra catharine cathy
    cecilia céline celine charlene charlotte chelsea cheryl chloe chrystia cindy claire
    clara claudia colleen connie constance corinne courtney dahlia daisy daphne darlene
    dawn deanna debbie deborah delia della delphine denise diane dianne dolores dominique
    donna dora dorothy edith eileen elaine eleanor elena elise eliza ella ellen eloise
    elsa emilie émilie emilia erica erin esther eugenia eva evangeline fatima felicia
    fernanda florence françoise francoise freya gabriela gabrielle gail genevieve
    geneviève georgia geraldine gillian gina ginette giselle gwen gwendolyn harriet hayley
    hazel heidi helena hilary holly ida ines inés ingrid irene iris isabel isabelle jackie
    jade jan janelle janet janine jasmine jeanne jeannette jenna jennie jessie jo joanne
    jocelyn jody jolene josée josephine juanita julia juliana julianne julie juliette june
    justine kaitlyn karin karina kathy katrina kay kendra kerry kirsten kristen kristin
    kristina krystal lana laurie layla leah leila lena leslie lila lillian lily linda
    lindsay lisa liza lois lorena loretta lori lorraine louise lucia lucie lucille lydia
    lynda lynn lynne mackenzie madeleine madeline mae maggie malala mandy manon marcia
    margo margot mariam marianne marie-claude marie-france marion marjorie marlene marsha
    martine maryam maureen mavis maxine maya meghan melanie mélanie melinda meredith mia
    michaela mildred millie mira miranda miriam molly mona monica monique muriel myriam
    nadia nadine naomi natasha nathalie nellie nicola nicolette nina noor nora norma
    odette olga olive paige pamela patricia patty paula pauline pearl peggy penelope
    petra philippa phyllis polly priscilla priya rachael rachelle ramona raquel rebekah
    regina renée renee rhonda rita roberta rochelle rosa rosalind rosemary roxanne ruby
    sabrina sally salma samira sandra sarah-jane selena serena shannon sheila shelley
    sherry shirley silvia simone sofia sonia sophie stacy stella stephanie sue susanna
    suzanne sylvia sylvie tamara tania tanya tara tess thelma tina toni tracey tracy
    trudy valerie vanessa vera veronica vicki vickie violet vivian wanda wendy whitney
    wilma yasmin yolanda yvonne zainab zoe zoé""".split()  # noqa: SIM905
) | frozenset(
    # round 6: as for the male names above
    """arianna kimberley dena deja gisela naureen giulia francesca chiara alessandra paola
    ségolène segolene pilar marta cristina annegret anke sabine heike ayesha sunita kavita
    pooja deepa indira yuko keiko akiko yuriko jenny jacinda ngozi giorgia federica
    nathalie sylvie martine ségolène marine élisabeth elisabeth anne-marie
    mercedes guadalupe beatriz verónica veronica
    ulrike birgit gudrun ingrid
    yulia yuliya oksana iryna olena lyudmila valentina
    nadia samira rania huda""".split()  # noqa: SIM905
)

# regions that follow a place after a comma ("Ava, Mo.", "Halifax, N.S.", "Austin, Texas"):
# AP abbreviations of US states (and the NYT's "Tex."), Canadian provinces (abbreviated and
# in full), and the US states written in full; "X, Mo., who ... said" is a place, never the
# speaker
REGIONS = frozenset(
    """ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich.
    minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c.
    s.d. tenn. tex. vt. va. wash. w.va. wis. wyo. d.c. ont. que. b.c. alta. sask. man. n.s. n.b.
    nfld. p.e.i. alabama alaska arizona arkansas california colorado connecticut delaware
    florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
    maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
    wisconsin wyoming ontario quebec québec alberta saskatchewan manitoba nunavut yukon
    newfoundland labrador""".split()  # noqa: SIM905
)

# US states by their AP abbreviation and postal code, as party tags write them ("Sen. Marco
# Rubio (R-Fla.)", "(D-VT)"): the state a "the Florida senator" must agree with
_STATES = (
    "alabama ala al|alaska alaska ak|arizona ariz az|arkansas ark ar|california calif ca|"
    "colorado colo co|connecticut conn ct|delaware del de|florida fla fl|georgia ga ga|"
    "hawaii hawaii hi|idaho idaho id|illinois ill il|indiana ind in|iowa iowa ia|"
    "kansas kan ks|kentucky ky ky|louisiana la la|maine maine me|maryland md md|"
    "massachusetts mass ma|michigan mich mi|minnesota minn mn|mississippi miss ms|"
    "missouri mo mo|montana mont mt|nebraska neb ne|nevada nev nv|new-hampshire n.h nh|"
    "new-jersey n.j nj|new-mexico n.m nm|new-york n.y ny|north-carolina n.c nc|"
    "north-dakota n.d nd|ohio ohio oh|oklahoma okla ok|oregon ore or|pennsylvania pa pa|"
    "rhode-island r.i ri|south-carolina s.c sc|south-dakota s.d sd|tennessee tenn tn|"
    "texas texas tx|utah utah ut|vermont vt vt|virginia va va|washington wash wa|"
    "west-virginia w.va wv|wisconsin wis wi|wyoming wyo wy"
)
STATE_CODES: dict[str, tuple[str, ...]] = {
    code: tuple(entry.split()[0].split("-"))
    for entry in _STATES.split("|") for code in entry.split()[1:]
}

# countries and the capitals news writes for their governments ("Washington had proposed",
# "Moscow said"): a place may speak for its government, but it is never "he" or "she"
COUNTRIES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
    bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile
    china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador
    egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
    ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india
    indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati
    kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
    luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
    micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia
    nauru nepal netherlands holland nicaragua niger nigeria norway oman pakistan palau
    palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda
    samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname
    sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
    türkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam
    yemen zambia zimbabwe britain england scotland wales europe africa asia america
    gaza crimea donbas""".split()  # noqa: SIM905
) | frozenset({"united states", "united kingdom", "north korea", "south korea", "saudi arabia",
               "south africa", "new zealand", "sri lanka", "el salvador", "costa rica",
               "united arab emirates", "czech republic", "ivory coast", "south sudan",
               "dominican republic", "west bank", "u.s.", "us", "u.k.", "uk", "usa",
               # round 16: the other countries of more than one word ("Equatorial Guinea"
               # was a person who spoke)
               "equatorial guinea", "papua new guinea", "guinea-bissau", "sierra leone",
               "burkina faso", "north macedonia", "bosnia and herzegovina", "cape verde",
               "cabo verde", "central african republic", "trinidad and tobago", "east timor",
               "timor-leste", "marshall islands", "solomon islands", "san marino",
               "saint lucia", "vatican city", "hong kong", "western sahara"})
CAPITALS = frozenset(
    """washington ottawa moscow kremlin beijing kyiv kiev london paris berlin brussels tokyo
    tehran pyongyang seoul delhi islamabad kabul baghdad damascus ankara cairo riyadh
    jerusalem rome madrid warsaw minsk budapest vienna prague stockholm oslo helsinki
    copenhagen dublin canberra caracas havana brasilia""".split()  # noqa: SIM905
)

# US states by their full name, words joined by "-" ("south-carolina", "new-hampshire")
STATE_NAMES = frozenset("-".join(words) for words in STATE_CODES.values())


# --- Chinese names, surname first -------------------------------------------------------------

# the commonest Chinese surnames in pinyin (about 85% of the population; single syllables, plus
# the double "Ouyang", "Sima", "Zhuge"): a name written surname first ("Gao Junlan", "Li Qiang",
# "Wang Yi") starts with one
CHINESE_SURNAMES = frozenset(
    {"wang", "li", "xi", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
     "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song",
     "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan",
     "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren",
     "shen", "yao", "cui", "zhong", "tan", "fan", "jin", "shi", "liao", "jia", "xia", "fu",
     "fang", "bai", "zou", "meng", "xiong", "qin", "qiu", "yin", "xue", "yan", "duan", "lei",
     "hou", "long", "tao", "gu", "mao", "hao", "gong", "shao", "wan", "qian", "dai", "kong",
     "xing", "mo", "qi", "geng", "ning", "hua", "niu", "bi", "kang", "ou", "ouyang", "sima",
     "zhuge", "lai", "chang", "chu", "yi", "wen", "yue", "zhai", "lan", "ji", "rao", "pang",
     "guan", "bao", "huo", "chai"})
# one pinyin syllable (tone marks dropped): an initial, a final; a given name is one or two of
# them ("Yi", "Junlan", "Jinping", "Qiang"); "Beach", "Street" or "Dynasty" are none
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|"
                    r"in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)")
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")


# Chinese surnames in the older spellings of Taiwan and Hong Kong (Wade-Giles, Cantonese),
# whose given names are written with a hyphen ("Tsai Ing-wen", "Chiang Kai-shek", "Leung
# Chun-ying"); the pinyin ones of CHINESE_SURNAMES are often spelt so too ("Lai Ching-te",
# "Lin Chia-lung", "Ma Ying-jeou")
HYPHENED_CHINESE_SURNAMES = frozenset(
    """tsai chiang hsu hsieh chou kuo kao tseng yeh leung cheung chan wong lam lau ho tung
    tsang chow chiu kwok tsao shih chao chien hsiao teng lien soong koo ko""".split()  # noqa: SIM905
)


def chinese_name(words: list[str]) -> bool:
    """Do ``words`` spell a Chinese name surname first: a common surname, then a given name
    of one or two pinyin syllables written as one word ("Gao Junlan", "Li Qiang", "Wang Yi"),
    or of two syllables joined by a hyphen, as Taiwan and Hong Kong write them ("Tsai
    Ing-wen", "Lai Ching-te")? English names that happen to fit are few: the given part must
    be pinyin, which "Long Beach" or "Song Street" are not (some still are: "Han Solo")."""
    if len(words) != 2:
        return False
    first, given = words[0].lower(), words[1]
    if "-" in given:
        return (first in CHINESE_SURNAMES or first in HYPHENED_CHINESE_SURNAMES) and \
            east_asian_given_name(given)
    return first in CHINESE_SURNAMES and given[:1].isupper() and given[1:].islower() and bool(
        _PINYIN_GIVEN.fullmatch(given.lower()))


# --- Korean names, surname first --------------------------------------------------------------

# one syllable of romanised Korean (Revised Romanisation and the McCune-Reischauer spellings
# news uses): an initial, a vowel, an optional final consonant
_KOREAN_SYLLABLE = (r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?"
                    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|i|o|u)"
                    r"(?:ng|[kntlmp])?")
# a Korean given name written with a hyphen and a lower-case second syllable ("Lee Jae-myung",
# "Park Geun-hye", "Moon Jae-in"): a name, where "State-run" or "Kremlin-backed" is not (their
# parts are no Korean syllables); without this the lower-case half made the word uncapitalised
# and the name was lost (fifteenth session)
_KOREAN_GIVEN_NAME = re.compile(rf"{_KOREAN_SYLLABLE}-{_KOREAN_SYLLABLE}")
_KOREAN_ONE_SYLLABLE = re.compile(_KOREAN_SYLLABLE)
# one syllable of Chinese in the Wade-Giles and Cantonese spellings of Taiwan and Hong Kong
# ("Ing-wen", "Chia-lung", "Kai-shek", "Ying-jeou", "Chun-ying", "Yuet-ngor"): an initial, a
# vowel group, a final consonant
_WADE_GILES_SYLLABLE = (r"(?:ch|hs|ts|tz|sh|ng|kw|[bdfghjklmnpstwyz])?"
                        r"(?:eou|iang|iung|uang|ieh|ien|iao|ueh|uan|uai|ai|ao|ei|ou|ia|ie|iu|"
                        r"ua|ue|uo|ui|ih|ee|oo|a|e|i|o|u)"
                        r"(?:ng|[kntmp])?")
_ROMANISED_SYLLABLE = rf"(?:{_KOREAN_SYLLABLE}|{_WADE_GILES_SYLLABLE})"
_EAST_ASIAN_GIVEN_NAME = re.compile(rf"{_ROMANISED_SYLLABLE}-{_ROMANISED_SYLLABLE}")


def korean_given_name(word: str) -> bool:
    """Is ``word`` a hyphenated Korean given name ("Jae-myung"): a capital, then two
    romanised syllables in lower case around one hyphen?"""
    return word[:1].isupper() and word[1:].islower() and bool(
        _KOREAN_GIVEN_NAME.fullmatch(word.lower()))


def east_asian_given_name(word: str) -> bool:
    """Is ``word`` a hyphenated Korean or Chinese given name ("Jae-myung", "Ing-wen",
    "Kai-shek"): a capital, then two romanised syllables around one hyphen, the second in
    lower case or capitalised ("Kim Yo-Jong")?"""
    return word[:1].isupper() and word.count("-") == 1 and word[1:].replace(
        "-", "").isalpha() and (word[1:].islower() or word.split("-")[0][1:].islower()) and \
        bool(_EAST_ASIAN_GIVEN_NAME.fullmatch(word.lower()))


# the commonest Korean surnames (about nine Koreans in ten) in the spellings English-language
# news uses, North Korea's too ("Choe", "Ri"): a Korean name is written surname first ("Ban
# Ki-moon", "Yoon Suk Yeol") and the surname alone stands for the person ("Ban recalled",
# "Mr. Yoon"). Left out: surnames that are common English words a sentence may open with
# before a hyphenated word ("An", "Do", "Go", "Im")
KOREAN_SURNAMES = frozenset(
    """kim lee yi rhee ri park pak choi choe jung jeong chung kang cho jo yoon yun jang lim
    han oh seo suh shin kwon hwang ahn song jeon chun hong yoo yu ryu ko moon mun yang son
    sohn bae baek paik heo huh nam sim shim noh roh kwak sung seong cha joo woo koo min jin
    ji eom chae won bang kong hyun ham byun yeom ban choo seok pyo""".split()  # noqa: SIM905
)


def korean_name(words: list[str]) -> bool:
    """Do ``words`` spell a Korean name surname first: a common Korean surname, then a given
    name of two romanised syllables, written with a hyphen ("Ban Ki-moon", "Moon Jae-in",
    "Kim Yo-Jong") or as two capitalised words ("Yoon Suk Yeol", "Kim Jong Un")? English
    names that start with such a word do not go on so: "Lee Harvey Oswald", "Park Avenue",
    "Moon River", "Kim Wilson" (a given name of one unhyphenated word is not taken: "Wilson"
    and "Hanson" are two syllables of the pattern)."""
    if not words or words[0].lower() not in KOREAN_SURNAMES or not words[0][1:].islower():
        return False
    given = words[1:]
    if len(given) == 1:
        word = given[0]
        return word[:1].isupper() and word.count("-") == 1 and word.split("-")[1][:1].isalpha() \
            and bool(_KOREAN_GIVEN_NAME.fullmatch(word.lower()))
    return len(given) == 2 and all(
        w[:1].isupper() and w[1:].islower() and bool(_KOREAN_ONE_SYLLABLE.fullmatch(w.lower()))
        for w in given)


def surname_first(words: list[str]) -> bool:
    """Is ``words`` a name written surname first, whose first word is the surname ("Gao" of
    "Gao Junlan", "Ban" of "Ban Ki-moon"): a Chinese or a Korean name?"""
    return chinese_name(words) or korean_name(words)
