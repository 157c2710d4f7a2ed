"""Who speaks a quote: the phrases between a speaker and the cue (participles, adverbs,
relative pronouns, a party and a place after the name), and whom a sentence names among
people and organizations."""

from __future__ import annotations

import pytest

import newsfacts
from quote_checks import check, only_speaker, quotes


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
        # an organization before a noun for people says what the speaker is: the phrase
        # speaks, past a relative clause, not the party nor the club
        (
            "The Labour leader, who has faced weeks of criticism, spoke to reporters in Leeds,"
            " adding: “We will win this election.”",
            "We will win this election.",
            "Labour leader",
            "Labour leader",
        ),
        (
            "The Chelsea boss, who was sacked on Monday, thanked the fans, adding that it had"
            " been “an honour.”",
            "an honour.",
            "Chelsea boss",
            "Chelsea boss",
        ),
        # ... and the person the article named with that role, if one
        (
            "Labour leader Ana Ruiz toured a factory in Leeds on Friday. The Labour leader, who"
            " has faced weeks of criticism, spoke to workers, adding: “We will win.”",
            "We will win.",
            "Ana Ruiz",
            "Labour leader",
        ),
        # a predicate set off after its subject names its object: the person opening the
        # clause speaks, not the one endorsed or praised
        (
            "Maria Lopez, a former mayor of Dayton, endorsed Tom Baxter on Monday, adding that"
            " he “has always fought for us.”",
            "has always fought for us.",
            "Maria Lopez",
            "Maria Lopez",
        ),
        (
            "Former governor Ed Rendell, a union ally, praised Bob Lee for his campaign, adding"
            " that it was “remarkable.”",
            "remarkable.",
            "Ed Rendell",
            "Ed Rendell",
        ),
        # after an earlier quote of its sentence, no subject between them: that quote's
        # speaker, not the one spoken of in it
        (
            "Ana Ruiz told Reuters that Tom Baxter “had no plan at all,” adding, “He never did.”",
            "He never did.",
            "Ana Ruiz",
            "Ana Ruiz",
        ),
        (
            "In an interview, Ana Ruiz called it “premature” to back Tom Baxter while adding:"
            " “He may yet win.”",
            "He may yet win.",
            "Ana Ruiz",
            "Ana Ruiz",
        ),
    ],
)
def test_a_participle_takes_the_subject_of_its_clause(
    text: str, words: str, speaker: str, mention: str
) -> None:
    check(text, words, speaker, "adding", mention)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a sentence with no cue: its first organization names no one when a noun for
        # people follows it
        ("The Pentagon spokesman was blunt: “We will not comment on that.”", "Pentagon spokesman"),
        ("“We have to win,” said the Arsenal manager, who has come under fire.", "Arsenal manager"),
        # a verb ends the words read after the organization: "rules permit" names no one
        (
            "Typically, UN rules permit members to vote “by proxy, if they can't attend.”",
            "United Nations",
        ),
    ],
)
def test_an_organization_before_a_noun_for_people_names_a_kind_of_person(
    text: str, speaker: str
) -> None:
    assert only_speaker(text) == speaker


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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an organization after a preposition is no subject when a person is named
        ("Ana Ruiz took to Twitter to call the plan “a disaster” on Monday.", "Ana Ruiz"),
        ("“It was the best outcome,” Mr. Ben Ortiz of the Sierra Club said.", "Ben Ortiz"),
        # ... after the words naming its kind too (was the firm)
        (
            "His solicitor, Nora Quill of the law firm Haddow & Pine, said: “He has lost his"
            " thirties.”",
            "Nora Quill",
        ),
        # an appositive opening with a possessive describes the speaker
        ("Ana Ruiz, Acme's founder, wrote on X that it would try “in a few months.”", "Ana Ruiz"),
        # ... written with the apostrophe alone after a name ending in "s"
        ("Ana Ruiz, Siemens' chief executive, said the deal would “make us stronger.”", "Ana Ruiz"),
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
            "Laura Finch knocked Peter Walsh on taxes and called him a “radical,” a subtle jab.",
            "Laura Finch",
        ),
        # ... an irregular past too, whose object is a person named before
        (
            "Mayor Ana Ruiz met reporters. Governor Tom Hale spoke to Ruiz and promised “every"
            " possible help”.",
            "Tom Hale",
        ),
        ("“We are ready,” unnamed officials said.", "unnamed officials"),
        # a name in brackets after another is the same speaker's
        ("The opposition Shiv Sena (UBT) called the package “too little, too late”.", "Shiv Sena"),
        # a pronoun and its verb opening the clause: the pronoun speaks
        (
            "Ana Ruiz spoke first. She met 1,500 backers in Reno and told them it was “a new day”.",
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
        ("The base is “fully staffed,” according to a Pentagon memo.", "Pentagon"),
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
        # the one "whom" stands for, right before the pronoun
        (
            "Tom Baxter spoke on Monday. He said he had begun to expose Bob Ruiz, whom he"
            " called a “con artist.”",
            "Tom Baxter",
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
        "Glenn Moss turned on Stephen Hale, who Moss on Friday called "
        '"a rude, dishonest little man."'
    )
    assert [quote.speaker for quote in quotes(text)] == ["Glenn Moss"]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Bernie Sanders had previously said, "We\'ll see," when asked about it.',
            "We'll see,",
            "Bernie Sanders",
        ),
        (
            'In March, Peter Walsh tweeted, "Who is Z?" The Herald reported it.',
            "Who is Z?",
            "Peter Walsh",
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
        # the words a sentence goes on with after the quote, opening with a preposition, say
        # what was spoken of: the speaker follows the cue
        (
            "“This will be a real test” for Clinton, said Ruth Palmer.",
            "This will be a real test",
            "Ruth Palmer",
            "Ruth Palmer",
        ),
        (
            "“We are very pleased” about the ruling, said union leader Ana Ruiz.",
            "We are very pleased",
            "Ana Ruiz",
            "Ana Ruiz",
        ),
        # a subject set off by commas still speaks before the cue
        ("“We won,” Ms Ortiz, the mayor, said.", "We won,", "Ortiz", "Ms Ortiz"),
    ],
)
def test_a_cue_after_the_sentence_goes_on_has_its_speaker_after_it(
    text: str, words: str, speaker: str, mention: str
) -> None:
    check(text, words, speaker, "said", mention)


def test_what_follows_a_participle_after_the_quote_is_to_whom_it_was_said() -> None:
    text = "The anchor Ana Ruiz advised graduates to “work hard,” and telling the class of 2014,"
    check(text + " “Be humble.”", "work hard,", "Ana Ruiz", "telling", "Ana Ruiz")


def test_a_participle_after_its_own_subject_is_that_subjects() -> None:
    text = "Ana Ruiz called the plan “a disaster,” with Tom Baxter saying “It will work.”"
    check(text, "It will work.", "Tom Baxter", "saying", "Tom Baxter")


def test_an_office_after_the_name_without_its_comma_is_the_persons() -> None:
    # the people field reads "Fisheries Officer" as Mary Akinyi's role: she speaks
    text = "Mary Akinyi, Fisheries Officer commented: “The stock is low this year.”"
    check(text, "The stock is low this year.", "Mary Akinyi", "commented", "Mary Akinyi")


def test_an_article_before_a_quote_mark_ends_no_speaker() -> None:
    # a title in quote marks cuts the phrase after the cue at its article: "the authors of
    # the" was the speaker, now "authors"
    text = (
        "“If we want young voters to back our party, we have to listen to them,”"
        " wrote the authors of the “Future Voters Report,” giving an example."
    )
    words = "If we want young voters to back our party, we have to listen to them,"
    check(text, words, "authors", "wrote", "authors")
