"""Who speaks a quote in the house styles of court, hearing and interview reports.

Every row is (text, quoted words, speaker's full name or None, cue, words the speaker
offsets point at or None): a quote with no speaker named in the text has none.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

# A passive cue's subject was spoken to (or about): it speaks no quote; who spoke to it does,
# when named after "by".
PASSIVE_CUES: list[Row] = [
    (
        "Mr Patel was told: “You will go to prison for a very long time.”",
        "You will go to prison for a very long time.",
        None,
        "told",
        None,
    ),
    ("“Go home,” the protesters were told.", "Go home,", None, "told", None),
    (
        "Blumenthal was asked, “Would you have advised her differently?”",
        "Would you have advised her differently?",
        None,
        "asked",
        None,
    ),
    (
        "The prime minister was repeatedly warned that the plan would be “catastrophic” for"
        " farmers.",
        "catastrophic",
        None,
        "warned",
        None,
    ),
    (
        "“You will never work in this town again,” Ms Okoro was told by Judge Ruth Mensah.",
        "You will never work in this town again,",
        "Ruth Mensah",
        "told",
        "Ruth Mensah",
    ),
    (
        "Senator Paul Kim was asked by host Dana Reyes: “Will you run again?”",
        "Will you run again?",
        "Dana Reyes",
        "asked",
        "Dana Reyes",
    ),
    (
        "The striker is described by his coach as “the hardest worker in the squad.”",
        "the hardest worker in the squad.",
        "coach",
        "described",
        "coach",
    ),
    # Or after the quote naming the subject: 'was called “...” by', 'described as a “...” by'.
    (
        "The deal has been called “the worst in history” by Senator Ana Ruiz.",
        "the worst in history",
        "Ana Ruiz",
        "called",
        "Ana Ruiz",
    ),
    (
        "The budget was described as a “betrayal of workers” by union leaders.",
        "betrayal of workers",
        "union leaders",
        "described",
        "union leaders",
    ),
    (
        "The claim was reported in a “hit piece” by the Daily Planet.",
        "hit piece",
        None,
        "reported",
        None,
    ),
    # The clause a passive cue reports may name who speaks.
    (
        "The jury was told that the defendant had said “nobody will find out” before the fire.",
        "nobody will find out",
        "defendant",
        "said",
        "defendant",
    ),
    # A passive cue after an active one in the sentence is the clause's, not the quote's.
    (
        "According to the ruling party's manifesto, workers were told “jobs come first.”",
        "jobs come first.",
        "ruling party's manifesto",
        "according to",
        "ruling party's manifesto",
    ),
    # Court reports' cues.
    (
        "“He was held for an hour,” the lawsuit alleges.",
        "He was held for an hour,",
        "lawsuit",
        "alleges",
        "lawsuit",
    ),
    # Not a passive: "being" (the subject talks about what others call it), "has".
    (
        "Ms Leyva spoke about being described as “a real woman” by fans.",
        "a real woman",
        "Leyva",
        "described",
        "Ms Leyva",
    ),
    (
        "Prosecutor Jane Moyo has told jurors: “The evidence will show he planned it.”",
        "The evidence will show he planned it.",
        "Jane Moyo",
        "told",
        "Jane Moyo",
    ),
]


# A "who" or "which" after a comma stands for the phrase before it (its offsets the
# pronoun's): a name there, else a name the fields missed or a noun for people ending it, not
# someone named earlier in the article.
RELATIVE_PRONOUNS: list[Row] = [
    # a relative clause before a participle names no subject: the phrase before it speaks
    (
        "“We have to win,” said the Chelsea manager, who has come under pressure in recent "
        "weeks, adding: “There are no excuses.”",
        "There are no excuses.",
        "Chelsea manager",
        "adding",
        "Chelsea manager",
    ),
    (
        "There was much chatter about Ana Ruiz, who was the liveliest speaker of the "
        "night, saying “Our city deserves better.”",
        "Our city deserves better.",
        "Ana Ruiz",
        "saying",
        "Ana Ruiz",
    ),
    (
        "Judge Ruth Mensah heard evidence from a former manager, who said staff were “terrified”"
        " of the owner.",
        "terrified",
        "former manager",
        "said",
        "who",
    ),
    (
        "Inspector Tom Reyes said police had arrested a 34-year-old man, who told officers he"
        " was “just passing by.”",
        "just passing by.",
        "34-year-old man",
        "told",
        "who",
    ),
    (
        "Shipments fell 3% in the quarter, according to Canalys, which called the drop “a sign"
        " of weak demand.”",
        "a sign of weak demand.",
        "Canalys",
        "called",
        "which",
    ),
    (
        "The tribunal heard from Ana Ruiz, a former manager, who said staff were “terrified.”",
        "terrified.",
        "Ana Ruiz",
        "said",
        "who",
    ),
]


# A cue in a clause of its own, after a conjunction (data/subordinators.txt), has that
# clause's subject; a relative's noun names a speaker by whom it belongs to ("family").
OWN_CLAUSES: list[Row] = [
    (
        "Markets in Tokyo rallied after the central bank governor said rates would stay “low"
        " for longer.”",
        "low for longer.",
        "central bank governor",
        "said",
        "central bank governor",
    ),
    (
        "Shares in the carmaker fell 5% after its chief executive warned of “challenging"
        " conditions” ahead.",
        "challenging conditions",
        "chief executive",
        "warned",
        "chief executive",
    ),
    (
        "The talks stalled because Rwandan officials insisted the rebels were “not our concern.”",
        "not our concern.",
        "Rwandan officials",
        "insisted",
        "Rwandan officials",
    ),
    # "as" and a short noun phrase right up to the cue: a clause of its own
    (
        "The defendant, 41, showed no emotion as the judge added: “You will go to prison.”",
        "You will go to prison.",
        "judge",
        "added",
        "judge",
    ),
    (
        "Ana Ruiz was still speaking as a heckler yelled: “Go home!”",
        "Go home!",
        "heckler",
        "yelled",
        "heckler",
    ),
    # Not a clause with no subject of its own, nor "as" before a longer phrase.
    (
        "Premier Li Wen spoke for an hour while touring the port and called it “the future.”",
        "the future.",
        "Li Wen",
        "called",
        "Li Wen",
    ),
    (
        "Ms Osei slammed the plan as a cynical ploy and accused the party of a “u-turn.”",
        "u-turn.",
        "Osei",
        "accused",
        "Ms Osei",
    ),
    (
        "Mr Brown's family said in a statement that they were “devastated.”",
        "devastated.",
        "Mr Brown's family",
        "said",
        "Mr Brown's family",
    ),
    # a participle after the channel's noun describes it: the sentence's own cue stands
    (
        "Mr Brown's mother said in a statement read to the court that he was “a kind boy.”",
        "a kind boy.",
        "Mr Brown's mother",
        "said",
        "Mr Brown's mother",
    ),
]


# A person set off after the noun phrase that follows a cue speaks; an aside between dashes
# before the cue describes its subject; an office or campaign speaks for whom it belongs to.
SET_OFF: list[Row] = [
    (
        "“Nobody warned us,” said a local shopkeeper, Ramesh Kumar, 54.",
        "Nobody warned us,",
        "Ramesh Kumar",
        "said",
        "Ramesh Kumar",
    ),
    (
        "“It is too early to say,” said one senior diplomat, Pierre Dubois.",
        "It is too early to say,",
        "Pierre Dubois",
        "said",
        "Pierre Dubois",
    ),
    (
        "The senator – who has served since 2004 – said the bill was “a disgrace.”",
        "a disgrace.",
        "senator",
        "said",
        "senator",
    ),
    (
        "“We were simply not good enough,” admitted the Arsenal manager after the defeat.",
        "We were simply not good enough,",
        "Arsenal manager",
        "admitted",
        "Arsenal manager",
    ),
    (
        "“We will not negotiate,” says Mr Netanyahu's office.",
        "We will not negotiate,",
        "Mr Netanyahu's office",
        "says",
        "Mr Netanyahu's office",
    ),
]


# A speaker named after a cue ending in "from", before the quote or after it.
NAMED_AFTER: list[Row] = [
    (
        "“We were the better side,” came the verdict from Jurgen Klopp after the draw.",
        "We were the better side,",
        "Jurgen Klopp",
        "came the verdict from",
        "Jurgen Klopp",
    ),
    (
        "Then came the reply from Sadiq Khan: “London will not be divided.”",
        "London will not be divided.",
        "Sadiq Khan",
        "came the reply from",
        "Sadiq Khan",
    ),
    # a crowd's voice (was the chairman named before)
    (
        "The council chairman, Brian Doyle, asked for a show of hands, ruling after the count"
        " that the motion had failed.\n\n“Count again,” came shouts from the crowd, which"
        " jeered loudly.",
        "Count again,",
        "crowd",
        "came shouts from",
        "crowd",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention"),
    PASSIVE_CUES + RELATIVE_PRONOUNS + OWN_CLAUSES + SET_OFF + NAMED_AFTER,
)
def test_who_speaks(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)


# Capitalized words right after a cue of speech are said, not a title; after a cue of naming,
# writing or telling (data/naming_cues.txt) they stay one.
AFTER_A_CUE: list[tuple[str, list[str]]] = [
    ("Police said the suspect shouted “Allahu Akbar” before the attack.", ["Allahu Akbar"]),
    ("Marchers in Accra chanted “Fix The Country” for an hour.", ["Fix The Country"]),
    ("The former minister wrote “Tough Choices” in 2019.", []),
    ("Senator Ana Ruiz told “Fox and Friends” on Monday that she would run.", []),
]


@pytest.mark.parametrize(("text", "quoted"), AFTER_A_CUE)
def test_capitalized_words_after_a_cue_of_speech_are_a_quote(text: str, quoted: list[str]) -> None:
    assert [quote.text for quote in quotes(text)] == quoted


# British papers quote in single marks: a speech over several paragraphs opens each of them
# with a single mark and closes only the last; double marks inside are a quote in the quote.
BRITISH_SINGLE_MARKS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "A Merseyside Police spokesman said: 'Two men have been arrested.\n\n"
        "'Anyone who saw the collision is asked to contact us.'",
        [
            ("Two men have been arrested.", "Merseyside Police spokesman"),
            ("Anyone who saw the collision is asked to contact us.", "Merseyside Police spokesman"),
        ],
    ),
    (
        "Council leader Joan Pike said: 'The depot will close in May.\n\n"
        "'Staff will be offered other jobs.\n\n'We will not abandon them.'",
        [
            ("The depot will close in May.", "Joan Pike"),
            ("Staff will be offered other jobs.", "Joan Pike"),
            ("We will not abandon them.", "Joan Pike"),
        ],
    ),
    (
        "'They said there was \"nothing they could do\",' said Eileen Marsh, 71.",
        [('They said there was "nothing they could do",', "Eileen Marsh")],
    ),
    # apostrophes inside words quoted in single marks close nothing
    (
        "'The players' wages are simply too high,' said the club chairman, Ian Hope.",
        [("The players' wages are simply too high,", "Ian Hope")],
    ),
    (
        "'I told 'em to stop, but they wouldn't listen,' said Gary Barnes.",
        [("I told 'em to stop, but they wouldn't listen,", "Gary Barnes")],
    ),
    (
        "'We grew up in the '90s and it was a different world,' said Kate Rowe.",
        [("We grew up in the '90s and it was a different world,", "Kate Rowe")],
    ),
    # ... but a plural's mark before another quote's opening mark closes a quote
    (
        "Ian Hope called the fans 'heroes' and 'the best in the land'.",
        [("heroes", "Ian Hope"), ("the best in the land", "Ian Hope")],
    ),
    # an apostrophe left open before a paragraph opening with a mark quotes nothing
    (
        "Fans of the band remember the '90s fondly.\n\n'Wonderwall' topped the poll.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRITISH_SINGLE_MARKS)
def test_british_single_marks(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(quote.text, quote.speaker) for quote in quotes(text)]
    assert found == expected
