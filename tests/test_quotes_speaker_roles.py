"""Who speaks a quote: a role alone, a relative clause, an organization's possessive, a
reporter's source, the manner of speaking, a document issued, one of several people."""

from __future__ import annotations

import pytest

from quote_checks import check, quotes


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


@pytest.mark.parametrize(
    "text",
    [
        # (were the speakers "just" and "often")
        "Why not just say it plainly: “We lost the vote”?",
        # a verb of speech alone, or with its object, before the colon (were "say", "tell
        # them")
        "Why not say: “We lost the vote”?",
        "Why not tell them: “We lost the vote”?",
        "The long fight over the dam — often dismissed as a “vanity project” by its critics —"
        " ended on Monday.",
    ],
)
def test_an_adverb_alone_before_the_cue_is_no_speaker(text: str) -> None:
    assert [(quote.speaker, quote.speaker_start) for quote in quotes(text)] == [(None, None)]


def test_a_verb_in_the_past_alone_is_no_speaker() -> None:
    # (no determiner before "calls": after one it is the noun, no cue)
    text = (
        "Four deputies, one in plain clothes, responded and met a woman matching the report in"
        ' 911 calls. "She waved a bottle at us."'
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


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        # an adjective of nationality before the name and its role
        (
            "Spanish tennis player Ana Ruiz beat Mia Holt in three sets."
            ' "It was the best match of my life," the Spaniard said.',
            "Ana Ruiz",
            "Spaniard",
        ),
        # a country's possessive before the name
        (
            "Brazil's Tom Lee scored twice on Sunday."
            ' "We deserved the win," the Brazilian told reporters.',
            "Tom Lee",
            "Brazilian",
        ),
        # the country after the name
        (
            "Ana Ruiz beat Petra Novak of Serbia in the final."
            ' "She was better today," the 30-year-old Serbian said.',
            "Petra Novak",
            "30-year-old Serbian",
        ),
        # a noun of nationality set off after the name
        (
            'Tom Lee, the Kenyan, won the race. "I am very happy," the Kenyan said.',
            "Tom Lee",
            "Kenyan",
        ),
        # a nationality before a noun for a person, the country's name before the role
        (
            'Brazil coach Tom Lee spoke first. "We deserved it," the Brazilian coach said.',
            "Tom Lee",
            "Brazilian coach",
        ),
        # not before a noun of an organization
        (
            "British Prime Minister Tom Lee met officials."
            ' "We are ready," the British government said.',
            "British government",
            "British government",
        ),
        # two people of that country: no one is chosen
        (
            "Brazilian striker Ana Ruiz and Brazilian coach Tom Lee arrived on Monday."
            ' "We are ready," the Brazilian told reporters.',
            "Brazilian",
            "Brazilian",
        ),
    ],
)
def test_a_nationality_alone_is_the_one_person_of_that_country(
    text: str, speaker: str, mention: str
) -> None:
    [quote] = quotes(text)
    assert quote.speaker_start is not None
    assert (quote.speaker, text[quote.speaker_start : quote.speaker_end]) == (speaker, mention)
