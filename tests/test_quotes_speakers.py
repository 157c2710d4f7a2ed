"""Who speaks a quote: one table per way news text names the speaker.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at): the speaker is resolved to the person the article names, and its offsets point at the
mention that attributes the quote (a pronoun stays a pronoun there).
"""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import Quote

EXTRACTOR = newsfacts.Extractor(["quotes", "people"])

Row = tuple[str, str, str, str | None, str]


def quotes(text: str) -> list[Quote]:
    result = EXTRACTOR.extract(text)
    assert not result.errors
    return [fact for fact in result.quotes if isinstance(fact, Quote)]


def check(text: str, words: str, speaker: str, cue: str | None, mention: str) -> None:
    found = {quote.text: quote for quote in quotes(text)}
    assert words in found, sorted(found)
    quote = found[words]
    assert (quote.speaker, quote.cue) == (speaker, cue)
    assert quote.speaker_start is not None
    assert text[quote.speaker_start : quote.speaker_end] == mention


AFTER_THE_QUOTE: list[Row] = [
    (
        "“The bridge will open in May,” Maria Lopez, the county engineer, told reporters.",
        "The bridge will open in May,",
        "Maria Lopez",
        "told reporters",
        "Maria Lopez",
    ),
    (
        "The budget is “a disaster for schools,” Maria Lopez said in a statement.",
        "a disaster for schools,",
        "Maria Lopez",
        "said",
        "Maria Lopez",
    ),
    # A question goes on in the writer's sentence when a lowercase word follows it.
    (
        "“Who will pay for the new roof?” a parent at the back of the hall asked.",
        "Who will pay for the new roof?",
        "parent",
        "asked",
        "parent",
    ),
    # A fragment opening a sentence, attributed at its last comma.
    (
        "Maria Lopez took questions.\n\n“We cannot win that way” without the rural vote, she said.",
        "We cannot win that way",
        "Maria Lopez",
        "said",
        "she",
    ),
    # A name after the speaker's noun and a preposition only describes the speaker.
    (
        "“The plan is dead,” said a longtime aide to Mayor Karen Bell.",
        "The plan is dead,",
        "longtime aide to Mayor Karen Bell",
        "said",
        "longtime aide to Mayor Karen Bell",
    ),
    # Any verb after a name hands the quote to it, at the sentence's end too, and after an
    # article and the words describing the name.
    (
        "Ana Ruiz spoke first. “France will always be France,” Pierre Dubois retaliated.",
        "France will always be France,",
        "Pierre Dubois",
        "retaliated",
        "Pierre Dubois",
    ),
    (
        "Ana Ruiz spoke first. “France will always be France,” an angry Pierre Dubois retaliated.",
        "France will always be France,",
        "Pierre Dubois",
        "retaliated",
        "Pierre Dubois",
    ),
    # A person's name goes on past a middle initial's full stop.
    (
        "“The plan is dead,” said Alderman Omar J. Reyes, who voted no.",
        "The plan is dead,",
        "Omar J. Reyes",
        "said",
        "Omar J. Reyes",
    ),
]

NEXT_SENTENCE: list[Row] = [
    (
        "“The water is safe to drink.” David Chen, the utility’s director, said on Monday.",
        "The water is safe to drink.",
        "David Chen",
        "said",
        "David Chen",
    ),
    # The next sentence goes on with the speech of a quote attributed after it.
    (
        "“We will rebuild the school,” said David Chen. “Classes resume in the autumn.”",
        "Classes resume in the autumn.",
        "David Chen",
        "said",
        "David Chen",
    ),
    # ... right after the sentence that attributes it, which may be one of its own ...
    (
        "“I’m not being paid!” Ana Ruiz declared, a point she likes to make on the radio."
        " “I make my own money.”",
        "I make my own money.",
        "Ana Ruiz",
        "declared",
        "Ana Ruiz",
    ),
    # ... not past a sentence of the writer's between them.
    (
        "“I get very hard to teach my own,” Frank Moran laughs. His son Tom Moran explains"
        " he raised the money online. He won a scholarship in London. “The teachers are great.”",
        "The teachers are great.",
        "Tom Moran",
        "explains",
        "Tom Moran",
    ),
    # A speaker phrase does not reach back past the end of the sentence before the cue's.
    (
        'The police issued a statement. "The child was hurt," the statement read. The'
        ' statement added that the police would investigate. "Several photographers were in'
        ' the area."',
        "Several photographers were in the area.",
        "statement",
        "added",
        "statement",
    ),
    # ... but a cue followed by what it reports starts a speech of its own.
    (
        "Maria Lopez said the plan was “far too costly.” David Chen added that he agreed.",
        "far too costly.",
        "Maria Lopez",
        "said",
        "Maria Lopez",
    ),
    # ... even after a quote with no cue of its own: the subject of its sentence speaks
    (
        "Treasurer David Janetzki handed down a budget, blaming Labor for “a decade of waste.”"
        " Opposition leader Steven Miles said the budget broke promises.",
        "a decade of waste.",
        "David Janetzki",
        None,
        "David Janetzki",
    ),
    # ... and so does a cue whose sentence reports anew after a quote that ended its own:
    # the quote goes on with the speech before it
    (
        "“This is a dark day for our town,” Mayor Ana Ruiz said on Monday. “We will find who"
        " did this.” Police Chief Tom Reyes said investigators were reviewing camera footage.",
        "We will find who did this.",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    (
        "“The rain stopped,” said David Chen. “The river did not.” He added, “We must leave.”",
        "The river did not.",
        "David Chen",
        "said",
        "David Chen",
    ),
    # ... but not a short attribution closing the next sentence
    (
        "“The bridge is closed.” Maria Lopez said on Tuesday.",
        "The bridge is closed.",
        "Maria Lopez",
        "said",
        "Maria Lopez",
    ),
    (
        "“The bridge is closed.” Maria Lopez told reporters.",
        "The bridge is closed.",
        "Maria Lopez",
        "told reporters",
        "Maria Lopez",
    ),
]

PRONOUN_ACROSS_PARAGRAPHS: list[Row] = [
    (
        "Maria Lopez met David Chen on Monday.\n\nThe talks ran late into the night.\n\n"
        "“We made real progress,” she said.",
        "We made real progress,",
        "Maria Lopez",
        "said",
        "she",
    ),
    (
        "Maria Lopez met David Chen on Monday.\n\nThe talks ran late into the night.\n\n"
        "“We made real progress,” he said.",
        "We made real progress,",
        "David Chen",
        "said",
        "he",
    ),
    # The pronoun right before the cue is its subject, adverbs aside.
    (
        "Two weeks after David Chen lost the vote, as he angrily said, “We will be back.”",
        "We will be back.",
        "David Chen",
        "said",
        "he",
    ),
]

ACCORDING_TO: list[Row] = [
    (
        "According to Maria Lopez, the budget is “a disaster for schools.”",
        "a disaster for schools.",
        "Maria Lopez",
        "according to",
        "Maria Lopez",
    ),
    (
        "According to the city treasurer, the plan is “fully funded.”",
        "fully funded.",
        "city treasurer",
        "according to",
        "city treasurer",
    ),
]

CONTINUATION_PARAGRAPHS: list[Row] = [
    (
        "David Chen said:\n\n“The roads are closed.\n\n“The schools will open on Monday.”",
        "The schools will open on Monday.",
        "David Chen",
        "said",
        "David Chen",
    ),
    (
        "“The roads are closed.\n\n“The schools will open on Monday,” David Chen said.",
        "The roads are closed.",
        "David Chen",
        "said",
        "David Chen",
    ),
    # A signature in the paragraph after a quote.
    (
        "“We will rebuild the school.”\n\n— Maria Lopez, head teacher",
        "We will rebuild the school.",
        "Maria Lopez",
        None,
        "Maria Lopez",
    ),
]

# An adverb or a participle before the cue names no one, nor does the owner of the remarks
# the subject characterizes: the subject stands before them.
ADVERBS_BEFORE_THE_CUE: list[Row] = [
    (
        "Council member Maria Lopez, who chaired the meeting, then sharply asked, “Who pays?”",
        "Who pays?",
        "Maria Lopez",
        "asked",
        "Maria Lopez",
    ),
    # A possessed "remarks" is the noun: the quote is the subject's word for them.
    (
        "Mayor Jane Roe spoke on Monday. Governor Tom Hill denounced Roe’s remarks as “reckless.”",
        "reckless.",
        "Tom Hill",
        "denounced",
        "Tom Hill",
    ),
    (
        "“The plan is dead,” Maria Lopez said, going on to say that the council “wasted a year.”",
        "wasted a year.",
        "Maria Lopez",
        "say",
        "Maria Lopez",
    ),
    # An auxiliary and an adverb set off from the subject by commas name no one.
    (
        "The health minister, Maria Lopez, has just told MPs: “The waiting lists are falling.”",
        "The waiting lists are falling.",
        "Maria Lopez",
        "told",
        "Maria Lopez",
    ),
    (
        "The finance minister has long said: “We will not raise taxes.”",
        "We will not raise taxes.",
        "finance minister",
        "said",
        "finance minister",
    ),
    # A possessive is no verb ending the subject: "minister’s" is not "minister says".
    (
        "“We will meet our targets,” the prime minister’s office said in a statement, adding:"
        " “The plan is on track.”",
        "The plan is on track.",
        "prime minister’s office",
        "adding",
        "prime minister’s office",
    ),
]

COLON_INTRODUCTION: list[Row] = [
    (
        "Maria Lopez was blunt: “We lost the vote.”",
        "We lost the vote.",
        "Maria Lopez",
        None,
        "Maria Lopez",
    ),
    (
        "Maria Lopez was blunt about the result.\n\n“We lost the vote, and we will not hide it.”",
        "We lost the vote, and we will not hide it.",
        "Maria Lopez",
        None,
        "Maria Lopez",
    ),
    # A sentence opening with the owner of what was said: the owner speaks.
    (
        "Maria Lopez met the shareholders on Monday. Her message to investors was blunt:"
        " “We will not cut the dividend.”",
        "We will not cut the dividend.",
        "Maria Lopez",
        None,
        "Her",
    ),
    (
        "The Kremlin’s response was swift: “These claims are absurd.”",
        "These claims are absurd.",
        "Kremlin",
        None,
        "Kremlin",
    ),
    (
        "The Nigerian senator’s answer was that “the party has lost its way.”",
        "the party has lost its way.",
        "Nigerian senator",
        None,
        "Nigerian senator",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), AFTER_THE_QUOTE)
def test_speaker_after_the_quote(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), NEXT_SENTENCE)
def test_speaker_in_the_next_sentence(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), PRONOUN_ACROSS_PARAGRAPHS)
def test_pronoun_across_paragraphs(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ACCORDING_TO)
def test_according_to(text: str, words: str, speaker: str, cue: str | None, mention: str) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), CONTINUATION_PARAGRAPHS)
def test_continuation_paragraphs(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ADVERBS_BEFORE_THE_CUE)
def test_adverbs_before_the_cue(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), COLON_INTRODUCTION)
def test_colon_introduction(
    text: str, words: str, speaker: str, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


def test_continued_quote_has_one_speaker_in_every_paragraph() -> None:
    text = (
        "David Chen said:\n\n“The roads are closed.\n\n“The schools will open on Monday.\n\n"
        "“Buses will run as usual.”"
    )
    assert [(quote.text, quote.speaker) for quote in quotes(text)] == [
        ("The roads are closed.", "David Chen"),
        ("The schools will open on Monday.", "David Chen"),
        ("Buses will run as usual.", "David Chen"),
    ]


def test_titles_stay_titles_when_a_cue_follows() -> None:
    text = "On the radio show “Morning Edition,” Maria Lopez said the vote was close."
    assert quotes(text) == []


def test_a_heading_in_single_marks_is_no_quote() -> None:
    text = "The council met on Monday.\n\n‘A Long Night.’\n\nThe vote came after midnight."
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker", "mention"),
    [
        # the subject of an irregular cue is the name before it, not "Trump told"
        (
            "“We will win,” Trump told supporters in Ohio, adding that “the polls are wrong.”",
            "the polls are wrong.",
            "Trump",
            "Trump",
        ),
        # a person named in the subject of the clause is the speaker, by name
        (
            "Phoenix Mayor Ana Ruiz spoke on Monday, adding that “the water is safe.”",
            "the water is safe.",
            "Ana Ruiz",
            "Ana Ruiz",
        ),
        # an organization after a preposition is no subject: the clause's noun phrase is
        (
            "A federal judge in Boston blocked cuts to Harvard University on Wednesday, adding"
            " that they were “arbitrary and capricious.”",
            "arbitrary and capricious.",
            "federal judge",
            "federal judge",
        ),
        # an organization opening the person's title does not speak
        (
            "House Majority Leader Steve Scalise, R-La., was more upbeat, adding that the"
            " administration had “a plan to get us to better deals.”",
            "a plan to get us to better deals.",
            "Steve Scalise",
            "Steve Scalise",
        ),
    ],
)
def test_a_participle_takes_the_subject_of_its_clause(
    text: str, words: str, speaker: str, mention: str
) -> None:
    check(text, words, speaker, "adding", mention)


def test_an_adverb_or_auxiliary_before_the_cue_is_no_part_of_the_speaker() -> None:
    text = "The police statement further noted that the suspect “was known to officers.”"
    found = quotes(text)
    assert [(quote.speaker, quote.cue) for quote in found] == [("police statement", "noted")]


def test_a_relative_pronoun_before_the_cue_is_the_name_before_it() -> None:
    # no comma closes the relative clause, so no appositive is dropped: "who" speaks, and
    # is Maria Lopez, as a pronoun would be
    text = "Maria Lopez, who grew up in Leeds said: “It was a long trip.”"
    found = quotes(text)
    spans = [(quote.speaker_start or 0, quote.speaker_end) for quote in found]
    assert [quote.speaker for quote in found] == ["Maria Lopez"]
    assert [text[start:end] for start, end in spans] == ["who"]


def test_a_participles_phrase_between_subject_and_cue_describes_the_subject() -> None:
    # the phrase names the summit's group and holds a clause of its own ("where he was"),
    # yet it only describes the name opening the sentence
    text = (
        "President Ana Ruiz, speaking from Lima where she was attending an OPEC meeting, "
        "called the deal “a turning point.”"
    )
    found = quotes(text)
    assert [(quote.speaker, quote.cue) for quote in found] == [("Ana Ruiz", "called")]


@pytest.mark.parametrize(
    "text",
    [
        "State Rep. Ana Ruiz, R-Dixon, the minority leader, called it “a tax-and-spend plan.”",
        "“It is a tax-and-spend plan,” Senate leader Ana Ruiz, D-Calif., said.",
    ],
)
def test_a_party_and_place_after_the_name_describe_the_speaker(text: str) -> None:
    assert [quote.speaker for quote in quotes(text)] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will not back down,” said House Speaker Ana Ruiz in a statement.", "Ana Ruiz"),
        ("“It takes an election,” said Senate Minority Whip Bob Lee.", "Bob Lee"),
    ],
)
def test_an_organization_opening_a_title_gives_the_speaker_its_person(
    text: str, speaker: str
) -> None:
    assert [quote.speaker for quote in quotes(text)] == [speaker]


ORGANIZED = newsfacts.Extractor(["quotes", "people", "organizations"])


def only_speaker(text: str) -> str | None:
    """The speaker of the one quote of ``text``, read with the organizations field too."""
    [quote] = ORGANIZED.extract(text).quotes
    assert isinstance(quote, Quote)
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an organization after a preposition is no subject when a person is named
        ("Ana Ruiz took to Twitter to call the plan “a disaster” on Monday.", "Ana Ruiz"),
        ("“It was the best outcome,” Mr. Ben Ortiz of the Sierra Club said.", "Ben Ortiz"),
        # an appositive opening with a possessive describes the speaker
        ("Ana Ruiz, Acme's founder, wrote on X that it would try “in a few months.”", "Ana Ruiz"),
        # an organization opening a person's title gives the person, lower-case title or not
        ("“We lost focus,” said Republican party boss Ana Ruiz.", "Ana Ruiz"),
        ("“We lost focus,” said Acme Chief Executive Ana Ruiz.", "Ana Ruiz"),
        # a person's spokesman speaks, not the person
        ("“We deny it,” Governor Ruiz's spokesman said.", "Ruiz's spokesman"),
        # a past tense and its object before "and said" name no one: the subject speaks
        (
            "Ana Ruiz, the mayor, bemoaned the unrest and said it was “a very big factor.”",
            "Ana Ruiz",
        ),
        # ... and so does the subject of a verb whose object is a person, before "and"
        (
            "Ted Cruz knocked Marco Rubio on trade and called him a “moderate,” a subtle dig.",
            "Ted Cruz",
        ),
        ("“We are ready,” unnamed officials said.", "unnamed officials"),
        # a name in brackets after another is the same speaker's
        ("The opposition Shiv Sena (UBT) called the package “too little, too late”.", "Shiv Sena"),
        # a pronoun and its verb opening the clause: the pronoun speaks
        (
            "Ana Ruiz spoke first. She greeted 2,000 supporters in Reno and told them it was "
            "“a new day”.",
            "Ana Ruiz",
        ),
        # a thousands comma ends no clause: the relative clause still describes the subject
        (
            "Tory leader Ana Ruiz, whose party came third with 2,341 votes, called it “hard”.",
            "Ana Ruiz",
        ),
        # "that" after the cue's object opens a relative clause, no reported one: its own cue
        # gives the speaker
        (
            "Mayor Ben Ortiz unveiled a plan that union leader Ana Ruiz called “overdue.”",
            "Ana Ruiz",
        ),
        # after an object the cue takes a person as ("told the committee that"), a reported one
        ("Ana Ruiz told the council that the mayor called it “a mess.”", "Ana Ruiz"),
        # an organization naming what kind of person speaks: the person's noun phrase speaks
        ("“We are ready,” the Senate minority leader said.", "Senate minority leader"),
        ("“We have no comment,” said a Pentagon spokesman.", "Pentagon spokesman"),
        # ... but an organization's document is the organization's
        ("The plan is “fully funded,” according to a Pentagon readout.", "Pentagon"),
    ],
)
def test_who_speaks_among_people_and_organizations(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“I am leaving,” she wrote in her memoir, “Hard Roads.”",
        "The movie, “Nine Days: The Siege of Harlow,” is based on a book.",
        "He is now host of “The Evening Hour with Dan Ruiz.”",
    ],
)
def test_a_title_in_quote_marks_is_no_quote(text: str) -> None:
    assert [q.text for q in quotes(text) if "I am leaving" not in q.text] == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # no one named before: the next person of the paragraph who opens a sentence
        (
            "“It's not about money,” he said of the dispute. “It's about respect.” Marco"
            " Rodriguez, 31, has played for the club since 2018.",
            ["Marco Rodriguez", "Marco Rodriguez"],
        ),
        # ... or a clause, not one named inside the clause of the pronoun
        (
            "After he called the Harry Potter books “too dark,” Pastor Ben Ortiz, 58, turned"
            " to films.",
            ["Ben Ortiz"],
        ),
        # ... nor one whose gender does not fit
        ("“We won,” she said. Tom Reyes, 40, agreed.", [None]),
    ],
)
def test_a_pronoun_no_one_before_fits_is_the_next_person_named(
    text: str, speakers: list[str | None]
) -> None:
    assert [quote.speaker for quote in quotes(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # one named as one who died
        (
            "Pope Leo XIV was elected on May 8 after the death of Pope Francis."
            '\n\n"Let us not be afraid," he said.',
            "Leo XIV",
        ),
        # one named inside a relative clause about another person
        (
            "Ana Ruiz, who took over after the ouster of Maria Vega in May, thanked the board."
            '\n\n"We will not forget who stood with us," she said.',
            "Ana Ruiz",
        ),
        # one whose name says whose a thing is
        (
            "Joe Biden spoke on Monday. Ana Ruiz said the Biden administration had ignored"
            ' the town.\n\n"We are still here," she said.',
            "Ana Ruiz",
        ),
        (
            "Joe Biden spoke on Monday. Tom Reyes, the firm's owner, said the Biden campaign had"
            ' not replied, though he insisted its services were "the best on the market."',
            "Tom Reyes",
        ),
    ],
)
def test_a_person_named_so_is_no_antecedent_of_a_pronoun(text: str, speaker: str) -> None:
    extractor = newsfacts.Extractor(["quotes", "people"])
    assert [quote.speaker for quote in extractor.extract(text).quotes] == [speaker]


def test_a_list_after_which_runs_to_the_comma_before_the_cue() -> None:
    text = (
        "The eight members of the group, which also includes Russia, Iraq, Kuwait, Algeria "
        'and Oman, said in a statement that a "steady outlook" justified the move.'
    )
    check(text, "steady outlook", "eight members of the group", "said", "which")


def test_a_relative_clause_naming_another_speaker_is_that_speakers() -> None:
    text = (
        "Glenn Beck turned on Stephen Bannon, who Beck on Wednesday called "
        '"a horrible, despicable human being."'
    )
    assert [quote.speaker for quote in quotes(text)] == ["Glenn Beck"]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Bernie Sanders had previously said, "We\'ll see," when asked about it.',
            "We'll see,",
            "Bernie Sanders",
        ),
        (
            'In November, Roseanne Barr tweeted, "Who is Q?" The Daily Beast reported it.',
            "Who is Q?",
            "Roseanne Barr",
        ),
    ],
)
def test_a_cue_opening_a_quote_keeps_it_whatever_follows(
    text: str, words: str, speaker: str
) -> None:
    found = {quote.text: quote.speaker for quote in quotes(text)}
    assert found[words] == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker", "mention"),
    [
        # the one holder of the role, named after the quote
        (
            '"It is a tragedy for the whole city," the mayor said. Mayor Ana Ruiz later asked'
            " for federal aid.",
            "It is a tragedy for the whole city,",
            "Ana Ruiz",
            "mayor",
        ),
        # the one holder of the role, the person mentioned last before the quote
        (
            'Police spokesman Tom Reyes said the man fled. "He was armed," the spokesman said.',
            "He was armed,",
            "Tom Reyes",
            "spokesman",
        ),
        # another person mentioned last: the role is not resolved to the title's holder
        (
            "Governor Ann Lu spoke first. Chris Dale defended the plan on the radio."
            ' "It will work," the governor said.',
            "It will work,",
            "governor",
            "governor",
        ),
        # someone said to be something else between them: the holder named before
        (
            "England captain Harry Kane was taken off late. Gareth Holt, the manager, praised"
            ' the defence. "It was a special night," the England captain told reporters.',
            "It was a special night,",
            "Harry Kane",
            "England captain",
        ),
        # of two holders, the one named last
        (
            "Prime Minister Rishi Sunak met Prime Minister Narendra Modi in Delhi."
            ' "India is on the path to growth," the prime minister said.',
            "India is on the path to growth,",
            "Narendra Modi",
            "prime minister",
        ),
        # a modifier the role holds: "former defence minister" is the former minister
        (
            'Former defence minister Peter Olsen spoke. "Europe must wake up," the former'
            " minister added.",
            "Europe must wake up,",
            "Peter Olsen",
            "former minister",
        ),
        # an abbreviated title
        (
            'Sen. Ruth Lee voted against it. "It is reckless," the senator said.',
            "It is reckless,",
            "Ruth Lee",
            "senator",
        ),
        # an age set off after the name, read past anyone named between
        (
            "Tom Baxter, 34, has played for the club since 2012. Manager Jim Hill rested him."
            ' "I still feel young," the 34-year-old said.',
            "I still feel young,",
            "Tom Baxter",
            "34-year-old",
        ),
        # an age before the name, and a noun after the age
        (
            'The 23-year-old striker Jadon Price joined from Ajax. "I feel at home here,"'
            " said the 23-year-old striker.",
            "I feel at home here,",
            "Jadon Price",
            "23-year-old striker",
        ),
        # a party after the name; the other senator is said to be of the other party
        (
            "Sen. Jane Doe (D-Mass.) criticized the bill. Sen. Mark Hill (R-Texas) defended"
            ' it. "This bill is a gift to the oil companies," the Democrat said.',
            "This bill is a gift to the oil companies,",
            "Jane Doe",
            "Democrat",
        ),
        # no one said to be of that party: the role stays the speaker
        (
            "Ana Ruiz criticized the bill on Tuesday."
            ' "This bill is a gift to the oil companies," the Democrat said.',
            "This bill is a gift to the oil companies,",
            "Democrat",
            "Democrat",
        ),
    ],
)
def test_a_role_alone_is_its_one_holder_mentioned_last(
    text: str, words: str, speaker: str, mention: str
) -> None:
    found = {quote.text: quote for quote in quotes(text)}
    quote = found[words]
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert (quote.speaker, text[quote.speaker_start : quote.speaker_end]) == (speaker, mention)


def test_a_cue_inside_a_relative_clause_is_not_the_quotes() -> None:
    text = '"It is a disaster," one resident, who asked not to be named, told the AP.'
    (quote,) = quotes(text)
    assert (quote.speaker, quote.cue, quote.channel) == (
        "one resident",
        "told",
        "Associated Press",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will appeal," said Ana Ruiz\'s lawyer, Rita Glavin, on Monday.', "Rita Glavin"),
        ('"No," said a spokeswoman for Senator John Smith, Ana Ruiz.', "Ana Ruiz"),
        ('"No," said a spokeswoman for Senator John Smith.', "spokeswoman for Senator John Smith"),
        # after a possessive and the lower-case words of a title
        ('"My client is innocent," said his lawyer, attorney Maria Lopez.', "Maria Lopez"),
        (
            '"My client is innocent," his counsel, senior advocate Maria Lopez, told reporters.',
            "Maria Lopez",
        ),
        ('His counsel, advocate Maria Lopez, told reporters: "He is innocent."', "Maria Lopez"),
        # not a name inside a relative clause about the speaker
        (
            "Rep. Tom Cleary, who spoke at the funeral of their aunt, Ana Ruiz, said:"
            ' "This was no accident."',
            "Tom Cleary",
        ),
    ],
)
def test_the_name_set_off_after_a_described_speaker_speaks(text: str, speaker: str) -> None:
    (quote,) = quotes(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is big," said Hewlett-Packard\'s Mr. Archuleta.', "Archuleta"),
        ("Fed's Powell says rate cuts 'not on the table' for July", "Powell"),
        ('"We are ready," Apple\'s chief executive said.', "Apple's chief executive"),
    ],
)
def test_the_one_after_an_organizations_possessive_speaks(text: str, speaker: str) -> None:
    (quote,) = quotes(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # capitalized words of a title between them
        (
            "Senate Majority Leader Ana Ruiz rose and said the bill was “a disgrace.”",
            "a disgrace.",
            "Ana Ruiz",
        ),
        # ... or a noun of one who speaks for the body
        (
            "White House spokeswoman Ana Ruiz called the ruling “lawless” and said the"
            " administration would “fight it all the way.”",
            "fight it all the way.",
            "Ana Ruiz",
        ),
    ],
)
def test_an_organization_opening_a_persons_title_is_not_the_sentences_subject(
    text: str, words: str, speaker: str
) -> None:
    check(text, words, speaker, "said", "Ana Ruiz")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Tass news agency quoted Ana Ruiz as saying: “There is no deal yet.”", "Ana Ruiz"),
        (
            "The radio station cited a senior police officer as saying the crowd was “out of"
            " control.”",
            "senior police officer",
        ),
        ("“We have nothing to hide,” the newspaper quoted Ana Ruiz as saying.", "Ana Ruiz"),
        # quoted by the agency: the subject speaks, as before any participle
        ("Ana Ruiz was quoted by state media as saying: “We will respond.”", "Ana Ruiz"),
    ],
)
def test_the_one_a_reporter_quotes_speaks(text: str, speaker: str) -> None:
    (quote,) = quotes(text)
    assert (quote.speaker, quote.cue) == (speaker, "saying")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“This is a scandal,” fumed Labour MP Ana Ruiz.", "Ana Ruiz", "fumed"),
        ("“It’s over now,” one onlooker muttered.", "one onlooker", "muttered"),
        (
            "The state contended that the order was “beyond the court’s powers.”",
            "state",
            "contended",
        ),
        ("“We were the better side,” reckoned coach Tom Reyes.", "Tom Reyes", "reckoned"),
        # a role with no name: only a listed cue hands the quote to it
        ("“We lost the plot in the second half,” the coach reasoned.", "coach", "reasoned"),
        ("“He was my whole world,” the widow sobbed outside court.", "widow", "sobbed"),
        ("“Get back in the car,” the officer barked.", "officer", "barked"),
        ("“It is simply magnificent,” marvelled one visitor.", "one visitor", "marvelled"),
    ],
)
def test_a_word_of_how_it_was_said_is_a_cue(text: str, speaker: str, cue: str) -> None:
    (quote,) = quotes(text)
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a team's name before a noun of its people names what kind of person speaks
        ("“We will win the series,” the India captain said.", "India captain"),
        # the name set off after a relative's noun speaks
        ("“It was a miracle,” said Ana Ruiz's neighbour, Maria Vega.", "Maria Vega"),
        ("“We will appeal,” said Ana Ruiz's uncle.", "Ana Ruiz's uncle"),
    ],
)
def test_nouns_of_sports_roles_and_relatives_name_who_speaks(text: str, speaker: str) -> None:
    (quote,) = quotes(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "channel"),
    [
        (
            "According to a statement from the Kenyan health ministry, “the outbreak is over.”",
            "Kenyan health ministry",
            "statement",
        ),
        (
            "“We are reviewing the decision,” said a statement from the national electoral body.",
            "national electoral body",
            "statement",
        ),
        (
            "A report by the central bank said: “Inflation will stay high.”",
            "central bank",
            "report",
        ),
    ],
)
def test_who_issued_a_document_speaks_and_the_document_is_the_channel(
    text: str, speaker: str, channel: str
) -> None:
    (quote,) = quotes(text)
    assert (quote.speaker, quote.channel) == (speaker, channel)


def test_a_lone_name_before_he_added_is_the_pronouns_antecedent() -> None:
    text = "Okafor said the talks had been useful. He added: “We will meet again in May.”"
    (quote,) = quotes(text)
    assert (quote.speaker, quote.cue) == ("Okafor", "added")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # a cue's word after an article is a noun: the verb after it is the cue
        (
            "Immediately after the attacks, Ana Ruiz issued a warning, “Stay indoors tonight.”",
            "Ana Ruiz",
            None,
        ),
        ("“Officers failed to act,” the claim said.", "claim", "said"),
        # ... but its owner's noun still gives its owner: "his call for"
        ("Tom Reyes repeated his call for “a full and open inquiry.”", "Tom Reyes", "call"),
    ],
)
def test_a_cue_word_after_an_article_is_a_noun(text: str, speaker: str, cue: str | None) -> None:
    (quote,) = quotes(text)
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_a_verb_in_the_past_alone_is_no_speaker() -> None:
    text = (
        "Five officers, two in uniform, responded and met a man matching the description in"
        ' the 911 calls. "He pointed an object at us."'
    )
    assert [(quote.speaker, quote.speaker_start) for quote in quotes(text)] == [(None, None)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            '"We were scared," said Ana Ruiz, a nurse. Other staff agreed.\n\nOne wrote:'
            ' "Nobody listened to us." Another added: "We begged for help."',
            [("Ana Ruiz", "Ana Ruiz"), ("One", "One"), ("Another", "Another")],
        ),
        (
            "Dozens of fans posted on social media. “What a disgrace,” one wrote. “Sack the"
            " board,” another tweeted.",
            [("one", "one"), ("another", "another")],
        ),
        (
            'Parents were furious. One of the mothers said: "It is a scandal." A father'
            ' added: "Nobody told us."',
            [("One of the mothers", "One of the mothers"), ("father", "father")],
        ),
    ],
)
def test_one_of_several_people_is_no_one_named_before(
    text: str, speakers: list[tuple[str, str]]
) -> None:
    found = []
    for quote in quotes(text):
        assert quote.speaker_start is not None
        found.append((quote.speaker, text[quote.speaker_start : quote.speaker_end]))
    assert found == speakers
