"""Attributions that reach past something in their way: a quotation inside
the speaker's own description ("Jane Roe, wearing “Vote Roe” pins, said"),
a document issued by someone ("A letter from X warns that"), a bare speech
participle going on with the quotation before it ("Adding, “...”"), a short
quotation far from its verb or before an attribution that closes its
sentence, a headline's name and verb, a dateline before the subject, an
"according to" after words the sentence has already given a speaker. A wrong
speaker is worse than none, so each table also holds sentences where the
speaker stays empty. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

speakers_of = textutil.speakers_of
speaker_of = textutil.speaker_of


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a quotation inside an aside between the subject and its verb
        ("“The count in the east wing is far from over,” Ohio delegate Tom Reyes, wearing a straw hat and “Vote Smith” pins, said cheerfully.", "Tom Reyes"),
        ("“The count is not over yet,” Lena Brock, who calls herself “the last optimist in the county,” told reporters on Monday.", "Lena Brock"),
        ("“The count is not over yet,” Lena Brock, whose “Count Every Vote” signs line the road, said.", "Lena Brock"),
        # ... but not a quotation that is a sentence of its own before the verb
        ("“The count is not over yet,” she wrote. “Vote Smith” pins were everywhere, Reyes said.", None),
        # ... nor one that stands for the subject
        ("“The count in the east wing is far from over,” “Vote Smith” pins read, a delegate said.", None),
    ],
)
def test_quotation_inside_the_speakers_aside(paragraph, expected):
    assert speaker_of([paragraph], "The count") == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("A March 3 letter from the Veterans League obtained by the Daily Ledger warns that “the hall will stay shut to members until the roof is mended.”", "Veterans League"),
        ("The market newsletter sent out by Dana Ruiz last week warned: “Our stalls need your help before the spring market opens.”", "Dana Ruiz"),
        # ... what the document spoke of may stand between its verb and the colon
        ("The market newsletter sent out by Dana Ruiz last week warned of a hard season: “Our stalls need your help before the spring market opens.”", "Dana Ruiz"),
        ("A notice put out by the Harbour Trust cautioned against swimming: “The currents near the pier are stronger than they look.”", "Harbour Trust"),
        ("A memo from Hal Gowers said that “the budget will not survive another winter like this one.”", "Hal Gowers"),
        ("The statement released by the Harbour Trust read: “Our volunteers will keep the harbour lights on all winter.”", "Harbour Trust"),
        # a document from someone unnamed names nobody
        ("A letter from a neighbour said that “the noise never stops after midnight, not even on Sundays.”", None),
        ("The ruling issued Friday said the request was “too broad to be granted as it stands today.”", None),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(paragraph, expected):
    assert textutil.last_speaker(speakers_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a bare participle goes on with the quotation that ends the sentence before
        ("Later, Hanna Berg said the audit “was not good.” Adding, “The ledgers were late, but the money is all there.”", "Hanna Berg"),
        ("“We lost the vote,” Berg said of the result. Adding: “We will be back next year with a better plan.”", "Berg"),
        ("Hanna Berg said the audit was bad. Adding, “The ledgers were late, but the money is all there.”", "Hanna Berg"),
        # a participle with more after it opens a clause of its own
        ("Hanna Berg left. Adding to the confusion, “the vote was delayed again and again,” a clerk said.", None),
    ],
)
def test_a_speech_participle_continues_the_speech_before(paragraph, expected):
    assert textutil.last_speaker(speakers_of([paragraph])) == expected


@pytest.mark.parametrize("participle", ["Adding", "Noting", "Insisting"])
def test_a_speech_participle_is_never_a_name(participle):
    paragraphs = ["Hanna Berg left the hall early.", f"{participle}: “We will be back next year with a better plan.”"]
    assert textutil.last_speaker(speakers_of(paragraphs)) != participle


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Voters should leave their signs at home,” opined the Harbour Gazette.",
        "“Voters should leave their signs at home,” the Harbour Gazette opined.",
    ],
)
def test_an_editorial_opines(paragraph):
    assert textutil.last_speaker(speakers_of([paragraph])) == "Harbour Gazette"


@pytest.mark.parametrize(
    "paragraph, quoted, expected",
    [
        # a short quotation far into the clause a speech verb reports is the speaker's
        ("Ruiz said it was “plain as day” that the old server was open to attack and that the board faced a “watertight” case.", "watertight", "Dana Ruiz"),
        ("On Monday, Ruiz insisted that councillors who refused to rule out a new levy on small shops and market stalls were “dreaming.”", "dreaming.", "Dana Ruiz"),
        ("Ruiz said the reforms that the harbour board had drawn up after the flood of last winter did not amount to a “rescue.”", "rescue.", "Dana Ruiz"),
        # ... "call" as a noun ("on a conference call") names nothing
        ("Ruiz told journalists during a phone call late on Monday that last winter's flood in the old town had been “plainly preventable.”", "plainly preventable.", "Dana Ruiz"),
        ("Ruiz told the press after the call with the mayor late on Monday that last winter's flood in the old town had been “plainly preventable.”", "plainly preventable.", "Dana Ruiz"),
        # ... but not words that read as a name or a title, nor a phrase someone else names
        ("Ruiz said on Tuesday that the harbour board, which met in the old customs house on the quay last week, would appear on “Harbour Watch Tonight.”", "Harbour Watch Tonight.", None),
        ("Ruiz has called on the harbour board and the town council to back a new rule to close what some traders call the “quayside loophole.”", "quayside loophole.", None),
        ("Ruiz said the money would go to a testing site on the northern edge of the old harbour, run by a man known as the “bait king.”", "bait king.", None),
        ("Ruiz said the money would go to a testing site on the northern edge of the old harbour, a shed that the crews have long known as the “bait hut.”", "bait hut.", None),
    ],
)
def test_short_quotation_far_from_its_verb(paragraph, quoted, expected):
    intro = "Dana Ruiz chairs the harbour board."
    found = dict(speakers_of([intro, paragraph]))
    assert found.get(quoted) == expected


@pytest.mark.parametrize(
    "paragraph, quoted, expected",
    [
        # an attribution closing the sentence after a comma reports all of it
        ("Most of the stalls were empty by noon, “a sorry sight” for a spring fair, Gilmore said.", "a sorry sight", "Tom Gilmore"),
        ("Stall holders with big loans still lose money, even in a “bumper” season, he said on Monday.", "bumper", "Tom Gilmore"),
        # ... not a clause of its own after the comma
        ("The board is a “tiny band” of people, and Gilmore said he would appeal the decision.", "tiny band", None),
        ("The board is a “tiny band” of people, the newest of whom Gilmore said would stand down at the end of the year.", "tiny band", None),
        # past the name's apposition, or with the description before the name
        ("The port has used “soft hands” with its smaller tenants, said Tom Gilmore, an expert on shipping at the Harbour Institute in Dayton.", "soft hands", "Tom Gilmore"),
        ("The two clubs knew each other only “slightly” before the merger, said the league's director, Tom Gilmore, on Monday.", "slightly", "Tom Gilmore"),
        # a clause, a comma, a speech verb and a name before the quotation: the name speaks
        ("The board wrecked the depot, says Tom Gilmore: “We need a new plan for the line.”", "We need a new plan for the line.", "Tom Gilmore"),
        ("Ada Lind wrecked the depot, says Tom Gilmore: “We need a new plan for the line.”", "We need a new plan for the line.", "Tom Gilmore"),
        # ... not a name inside what was said
        ("Ada Lind, a former depot manager, said Gilmore “understood the line better than anyone.”", "understood the line better than anyone.", "Ada Lind"),
        # a clause that opens with a subordinator is not the closing subject's
        ("After the mayor compared the protesters to “vandals” and “thugs”, Gilmore wrote a long letter to the paper.", "thugs", None),
        ("After the mayor compared the protesters to ‘vandals’ and ‘thugs’, Gilmore wrote a long letter to the paper.", "thugs", None),
        # ... and not words that read as a name or a title
        ("The “Harbour Lights” parade drew a bigger crowd than last year, Gilmore said.", "Harbour Lights", None),
    ],
)
def test_short_quotation_in_a_sentence_its_attribution_closes(paragraph, quoted, expected):
    intro = "Tom Gilmore runs the county fair."
    found = dict(speakers_of([intro, paragraph]))
    assert found.get(quoted) == expected


def headline_speakers(headline, body):
    from datasette_factcheck.extract.article import quotes_of

    seg = textutil.make_seg(body, headline, True)
    return {q.text: q.speaker for q in quotes_of(seg) if q.paragraph == 0}


@pytest.mark.parametrize(
    "headline, quoted, expected",
    [
        # a label before a colon speaks a short quotation too
        ("Marsh: rail link will be “on time”", "on time", "Tom Marsh"),
        # a person's name and a verb of the present tense open the headline
        ("Tom Marsh Says Depot Fire Looks Like An ‘Plain Case Of Arson’", "Plain Case Of Arson", "Tom Marsh"),
        ("Marsh slams board’s ‘gloom upon gloom’ on rail jobs", "gloom upon gloom", "Tom Marsh"),
        # ... never a group or a body, nor a name the body does not show to be a person's
        ("Commuters Say ‘Enough’ To New Rail Fares", "Enough", None),
        ("Harbour Trust Warns Of ‘Dark Winter’ For Ferries", "Dark Winter", None),
        # a headline's verb ends the name before it, so its object is no label
        ("Tom Marsh Endorses Ada Kerr: I Am ‘Thrilled’ By The Rail Plan", "Thrilled", "Tom Marsh"),
        # a name with a lower-case title before the quotation, as sentence-case headlines print it
        ("Tallow senator Marsh ‘shocked’ by depot fire", "shocked", "Tom Marsh"),
        # guard: a lower-case word that is no title ends the name's run
        ("Tallow trains Marsh ‘shocked’ by depot fire", "shocked", None),
        # a name, with its title, after a colon closing the headline speaks the quotation before it
        ("‘The rail link will be on time’: Senator Marsh", "The rail link will be on time", "Tom Marsh"),
        ("'No depot will close this year': Marsh", "No depot will close this year", "Tom Marsh"),
        # ... followed by what the name spoke on
        ("‘The rail link will be on time’: Senator Marsh on the depot fire", "The rail link will be on time", "Tom Marsh"),
        # a label that names whom or what it addresses: the name before "to" or "on"
        ("Marsh to rail board: ‘Release the depot funds now’", "Release the depot funds now", "Tom Marsh"),
        ("Marsh on depot fire: ‘Release the funds now’", "Release the funds now", "Tom Marsh"),
        ("Depot fire in Tallow: ‘Release the funds now’", "Release the funds now", None),
        # an attribution closing the headline after a comma, the comma inside or after the marks
        ("‘Not acceptable’, says Senator Marsh", "Not acceptable", "Tom Marsh"),
        ("Depot will not tolerate ‘vandals’, says Marsh", "vandals", "Tom Marsh"),
        # ... not words that are no name
        ("‘Plain arson’: How the depot burned", "Plain arson", None),
        # a name, a verb and its object, then a comma and a second verb: the name speaks
        ("Marsh slams rail board, says ‘we will not bow down’", "we will not bow down", "Tom Marsh"),
        ("Marsh attacks Kerr, calls him ‘a danger to the depot’", "a danger to the depot", "Tom Marsh"),
        ("Senator Marsh slams Kerr, praises Ada Lind as ‘a workhorse for the line’", "a workhorse for the line", "Tom Marsh"),
        # ... a pronoun and a form of "be" between the second verb and the quotation
        ("Rail Trust's Marsh clashes with depot board, says it's ‘a disgrace’ to close it", "a disgrace", "Tom Marsh"),
        ("Marsh clashes with depot board, says he is ‘not going anywhere’", "not going anywhere", "Tom Marsh"),
        ("Marsh clashes with depot board, vows to offer ‘a fair deal’ in talks", "a fair deal", "Tom Marsh"),
        ("Marsh says Kerr ‘badly informed’ about Tallow, vows to offer ‘a fair deal’ in talks", "a fair deal", "Tom Marsh"),
        # guard: a noun phrase after the second verb speaks itself
        ("Kerr clashes with depot board, says Marsh: ‘not going anywhere’", "not going anywhere", "Tom Marsh"),
    ],
)
def test_headline_speaker(headline, quoted, expected):
    body = ["Senator Tom Marsh spoke at the depot on Monday.", "The rail link opens in May."]
    assert headline_speakers(headline, body).get(quoted) == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        # a title's initials as a headline's label, before or after the quotation
        ("CM: ‘The Centre has not sent a single rupee’", "Ravi Kulkarni"),
        ("‘The Centre has not sent a single rupee’: CM on flood relief", "Ravi Kulkarni"),
    ],
)
def test_headline_label_of_a_titles_initials(headline, expected):
    body = ["Chief Minister Ravi Kulkarni visited the flooded villages on Monday.", "The river fell overnight."]
    assert headline_speakers(headline, body).get("The Centre has not sent a single rupee") == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "DAYTON (AFP) – Senator Dana Ruiz has taken a swipe at her rival, saying that “noisy remarks” do more harm than good.",
        "Dayton, May 4 (UPI) — Senator Dana Ruiz has taken a swipe at her rival, saying that “noisy remarks” do more harm than good.",
        "DAYTON — Senator Dana Ruiz has taken a swipe at her rival, saying that “noisy remarks” do more harm than good.",
    ],
)
def test_a_dateline_is_never_the_subject(paragraph):
    assert dict(speakers_of([paragraph])).get("noisy remarks") == "Dana Ruiz"


@pytest.mark.parametrize(
    "paragraph, quoted, expected",
    [
        ("This habit of the board has been called “managed vagueness” by Nora Quill, a historian at the Harbour Institute.", "managed vagueness", "Nora Quill"),
        ("The clerk was “rather sloppy” with the ledgers, as described by Auditor Nora Quill.", "rather sloppy", "Nora Quill"),
        # a participle after the noun it describes, an article before the quotation, a body after "the"
        ("The board issued a statement labelled a “licence to dredge” by Nora Quill.", "licence to dredge", "Nora Quill"),
        ("The levy was declared “plainly unlawful” by the Harbour Tribunal.", "plainly unlawful", "Harbour Tribunal"),
        ("The scheme was dismissed as “pure fantasy” by Nora Quill last week.", "pure fantasy", "Nora Quill"),
        # an unnamed agent, or a "by" after a verb that names nothing
        ("The plan was called “reckless and rushed” by critics on the council.", "reckless and rushed", None),
        ("The plan was labelled a “licence to dredge” by the critics.", "licence to dredge", None),
        ("Nora Quill called a “snap review” by the close of the season.", "snap review", "Nora Quill"),
        ("The fund was hit by “a long run of bad luck” by all accounts, Quill's office said nothing.", "a long run of bad luck", None),
    ],
)
def test_the_named_agent_of_a_passive_naming_verb(paragraph, quoted, expected):
    found = dict(speakers_of(["Nora Quill has studied the harbour board for years.", paragraph]))
    assert found.get(quoted) == expected


@pytest.mark.parametrize(
    "paragraph, quoted, expected",
    [
        # a particle inside a name after a descriptor
        ("“We spoke to him an hour before the ferry left and he was in good spirits,” his nephew Karim el Fassi added.", "We spoke to him", "Karim el Fassi"),
        ("“We spoke to him an hour before the ferry left and he was in good spirits,” her cousin Anna van Dijk said.", "We spoke to him", "Anna van Dijk"),
        # a short quotation cut off by its comma takes the attribution right after it
        ("“All in all,” her cousin Anna van Dijk said, “the crossing went well.”", "All in all,", "Anna van Dijk"),
        # ... but not a paper relaying it, nor a title
        ("When asked about the vote, the clerk said, “Not today,” the Harbour Gazette reported.", "Not today,", None),
        # ... while a public body reports its own findings
        ("The child died of “lung failure,” the Tallow Department of Health reported on Sunday.", "lung failure,", "Tallow Department of Health"),
        ("The child died of “lung failure,” the Harbour Police reported on Sunday.", "lung failure,", "Harbour Police"),
        ("The child died of “lung failure,” the Tallow Department of Coastal Health and Harbour Safety reported.", "lung failure,", "Tallow Department of Coastal Health and Harbour Safety"),
        ("Speaking on “Harbour Hour,” Anna van Dijk said the crossing went well.", "Harbour Hour,", None),
    ],
)
def test_names_with_particles_and_short_quotations_cut_off(paragraph, quoted, expected):
    found = {text: speaker for text, speaker in speakers_of([paragraph])}
    match = [speaker for text, speaker in found.items() if text.startswith(quoted)]
    assert (match[0] if match else None) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a round-up's "name, age or role, hometown:" line: the hometown never speaks
        ("Jane Roe, 54, from Leeds: “We just want our ferry back before the winter.”", "Jane Roe"),
        ("Jane Roe, a nurse from Leeds: “We just want our ferry back before the winter.”", "Jane Roe"),
        ("Jane Roe of Leeds: “We just want our ferry back before the winter.”", "Jane Roe"),
        # ... while "from" before the name itself still names the speaker
        ("More from Roe: “We just want our ferry back before the winter.”", "Roe"),
    ],
)
def test_a_hometown_before_the_colon_never_speaks(paragraph, expected):
    assert textutil.last_speaker(speakers_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # initials with full stops before a lower-case word end no sentence
        ("“Every spring there are rumours that the members will walk out,” Steve Rowan, a former organiser for the I.B.W.U. and longtime activist, wrote in an email.", "Steve Rowan"),
        ("“Every spring there are rumours,” said Jane Roe, who moved to the U.S. in 1990 and taught there.", "Jane Roe"),
        # ... while before a capital they still do
        ("She grew up in the U.S. “Every spring there are rumours,” Jane Roe said.", "Jane Roe"),
    ],
)
def test_initials_inside_an_attribution(paragraph, expected):
    assert textutil.last_speaker(speakers_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a pronoun after an opening connective is the subject of the participle
        ("Then he ended, saying, “I do not think the second ferry is needed at all.”", "Sam Ortiz"),
        ("Once he sat down he opened by saying, “I do not think the second ferry is needed at all.”", "Sam Ortiz"),
        # a capitalised plural that the article also prints in lower case names nobody
        ("Respondents must answer: “How many people slept in this house on the night of the count?” The respondents are chosen at random.", None),
    ],
)
def test_subjects_after_connectives_and_plural_words(paragraph, expected):
    paragraphs = ["Sam Ortiz met the ferry board on Monday.", paragraph]
    assert textutil.last_speaker(speakers_of(paragraphs)) == expected


def test_a_possessive_description_and_its_appositive_name():
    paragraphs = [
        "Judge Tom Hale heard the case on Monday.",
        "“The boat is all the family has left to earn a living,” his wife, Ana Maria Vlad, said in a note to the judge.",
    ]
    assert textutil.last_speaker(speakers_of(paragraphs)) == "Ana Maria Vlad"


@pytest.mark.parametrize(
    "opening, pronoun, expected",
    [
        # a capitalised word and a lower-case role open the sentence: the appositive names the holder
        ("Ward councillor for Eastmoor, R. Tallis, said the lamps had been out for weeks.", "she", "R. Tallis"),
        ("Opposition spokesman on fisheries, Dr Ivo Marsh, said the quota had been halved.", "he", "Ivo Marsh"),
        # ... not when the name stands before the comma and a description after it
        ("Harbour master Ivo Marsh, a former trawlerman, said the quota had been halved.", "he", "Ivo Marsh"),
        ("Ivo Marsh drove his cousin, Colm, to the ferry terminal before dawn.", "he", "Ivo Marsh"),
    ],
)
def test_a_capitalised_description_and_its_appositive_name(opening, pronoun, expected):
    paragraphs = ["Judge Tom Hale heard the case on Monday.", opening + f" “We have asked again and again,” {pronoun} said."]
    assert textutil.last_speaker(speakers_of(paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a short quotation that completes the subject's characterisation
        ("Ruiz later defended her remarks as being “tongue in cheek.”", "Dana Ruiz"),
        ("Ruiz visited the old mill and described the repairs as being “long overdue.”", "Dana Ruiz"),
        # ... not one that others give
        ("Ruiz visited the old mill, seen as being “past saving” by most engineers.", None),
    ],
)
def test_a_characterisation_is_the_subjects(paragraph, expected):
    paragraphs = ["Senator Dana Ruiz spoke on Monday.", paragraph]
    assert dict(speakers_of(paragraphs)).get(paragraph.split("“")[1].split("”")[0]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a parenthetical "as X said" after a quotation cut off inside its marks
        ("The vote, which “could go either way at this point,” as Ruiz told a local paper on Tuesday, was put off again.", "Dana Ruiz"),
        ("The vote, which “could go either way at this point”, as Ruiz told a local paper on Tuesday, was put off again.", "Dana Ruiz"),
    ],
)
def test_a_parenthetical_as_after_the_quotation(paragraph, expected):
    paragraphs = ["Senator Dana Ruiz spoke on Monday.", paragraph]
    assert textutil.last_speaker(speakers_of(paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # an editor's mark after the closing quotation mark, with or without a space
        ("“The pumps was switched off in April,”(sic) Ruiz told the harbour committee.", "Dana Ruiz"),
        ("“The pumps was switched off in April,” (sic) Ruiz told the harbour committee.", "Dana Ruiz"),
        ("“The pumps was switched off in April,” [sic] said Ruiz.", "Dana Ruiz"),
        ("“The pumps was switched off in April” (Sic.), Ruiz said.", "Dana Ruiz"),
        # ... while another aside in brackets still stands in the way
        ("“The pumps are off,” (the board denies it) a clerk wrote.", None),
    ],
)
def test_an_editors_sic_after_the_quotation(paragraph, expected):
    paragraphs = ["Senator Dana Ruiz spoke on Monday.", paragraph]
    assert textutil.last_speaker(speakers_of(paragraphs)) == expected


def test_a_headline_fragment_is_no_newspaper():
    """"the newspaper" refers back to a newspaper the body names, never to
    the Title Case words after a headline's "Newspaper"."""
    seg = textutil.make_seg(
        ["The newspaper urged Tom Marsh to decide on some other basis.", "“The line is quiet, with few riders,” the newspaper admitted."],
        "Newspaper Says Marsh Needs To Quit Rail Games",
        True,
    )
    from datasette_factcheck.extract.article import quotes_of

    assert [q.speaker for q in quotes_of(seg) if q.text.startswith("The line is quiet")] == [None]



@pytest.mark.parametrize(
    "paragraphs, opening, expected",
    [
        # a title with the seat or office it holds, set off after a name, is no speaker
        (["Keisha Blackwood, MP for St Ann South, told the House: “The families on the coast road deserve answers.”"], "The families", "Keisha Blackwood"),
        (["Opposition leader Keisha Blackwood, MP for St Ann South, said: “The families on the coast road deserve answers.”"], "The families", "Keisha Blackwood"),
        (["Tom Reyes, Secretary of State for Health, said: “The families on the coast road deserve answers.”"], "The families", "Tom Reyes"),
        # ... while a title before a name still names that person
        (["Later, Secretary of State Tom Reyes said: “The families on the coast road deserve answers.”"], "The families", "Tom Reyes"),
        # a title's portfolio before the name
        (["Opposition spokesman on transport Mikael Phillipson described the strike as “a national embarrassment”."], "a national embarrassment", "Mikael Phillipson"),
        (["A spokesman for Mikael Phillipson said the strike was “a national embarrassment”."], "a national embarrassment", None),
        # ... which places the name as the subject a later pronoun refers to
        (
            ["“The buses will run again on Friday,” Mr Okafor told the Courier.", "Opposition spokesman on transport Marcia Quillan was not convinced. ‘We were promised the same thing in March,’ she said."],
            "We were promised",
            "Marcia Quillan",
        ),
        # a title with "of" and its complement before the name
        (["Leader of the Opposition Harjit Singh Dhillon said, “The minister must go.”"], "The minister", "Harjit Singh Dhillon"),
        (["Director of Communications Amit Joshi said, “The minister must go.”"], "The minister", "Amit Joshi"),
        (["“The minister must go,” said Leader of Opposition Harjit Dhillon."], "The minister", "Harjit Dhillon"),
        (["Chair of Harbour Trust Delia Marsh said, “The minister must go.”"], "The minister", "Delia Marsh"),
        # ... whose office a later "the minister" refers to, with or without commas around the name
        (
            ["Minister of Fisheries Delia Marsh opened the market on Monday.", "“Every boat will get its licence back,” the minister said."],
            "Every boat",
            "Delia Marsh",
        ),
        (
            ["Minister of Fisheries, Dr. Delia Marsh, opened the market on Monday.", "“Every boat will get its licence back,” the Minister said."],
            "Every boat",
            "Delia Marsh",
        ),
        (
            ["Minister for Fisheries Delia Marsh opened the market on Monday.", "“Every boat will get its licence back,” the Minister said."],
            "Every boat",
            "Delia Marsh",
        ),
        # a capitalised word the article prints as "the X" before a verb is an office, not a given name
        (
            ["The Taoiseach has defended the housing scheme.", "Taoiseach Micheal Brophy said: “We are building more homes than ever.”"],
            "We are building",
            "Micheal Brophy",
        ),
        (
            ["Taoiseach Micheal Brophy opened the scheme on Monday.", "The Taoiseach said the target was “within reach this year.”"],
            "within reach",
            "Micheal Brophy",
        ),
        # ... never one printed "the X" before a noun
        (["The Kim regime has said little.", "Kim Jong Un said the talks were “a waste of time for both sides.”"], "a waste of time", "Kim Jong Un"),
        # the initials of a title someone holds refer to its holder
        (
            ["Chief Minister Ravi Kulkarni visited the flooded villages on Monday.", "“The Centre has not sent a single rupee,” the CM said."],
            "The Centre",
            "Ravi Kulkarni",
        ),
        (
            ["Prime Minister Ana Sorell and Mayor Tom Dyce met on Monday.", "“The port will reopen,” the PM said."],
            "The port",
            "Ana Sorell",
        ),
        # a long quotation in single marks over paragraphs is the speaker's throughout
        (
            ["Flood warden Gareth Pryce said: 'I have never seen the river this high in March.", "'We moved the sandbags at six and by nine the road was gone.", "'The council keeps promising a wall.'"],
            "We moved",
            "Gareth Pryce",
        ),
        # "Opposition" belongs to titles: a one-word name after it is the person
        (["Leader of the Opposition Thimmaiah accused the government of “murdering democracy in the House.”"], "murdering", "Thimmaiah"),
        # ... and "the opposition" alone is no one's role
        (["Opposition Leader Mark Goldring spoke on Monday.", "The opposition said the levy was “a disgrace to the whole island.”"], "a disgrace", None),
        # "the former Chief Minister" is one office: not the holder of another ministry named later
        (
            ["The Assembly was adjourned after a walkout on Thursday.", "“This is a black day for the House,” the former Chief Minister told reporters.", "Home Minister Ravi Desai defended the bill."],
            "This is a black day",
            None,
        ),
        # a body's name with "for" or "of" inside it, then a role and a name
        (["Islanders for Justice executive director Mickel Jackmon said: “Emergency powers are not a crime plan.”"], "Emergency powers", "Mickel Jackmon"),
        (["Friends of the Harbour campaigner Mickel Jackmon said: “Emergency powers are not a crime plan.”"], "Emergency powers", "Mickel Jackmon"),
        (["Spokesman for the Harbour Trust Michael Jackmon said: “Emergency powers are not a crime plan.”"], "Emergency powers", "Michael Jackmon"),
        (["At the forum, Chamber of Commerce president Mickel Jackmon said: “Emergency powers are not a crime plan.”"], "Emergency powers", "Mickel Jackmon"),
        # a description, then a role and a name set off by commas: the name is the subject
        (["The tenants' counsel, senior advocate Nandita Rao, argued that the landlord had “no standing at all”."], "no standing", "Nandita Rao"),
        (["Or perhaps Ana Sorell, veteran strategist Tom Dyce says. “Nobody has ruled her out yet.”"], "Nobody has", "Tom Dyce"),
        # ... while someone unnamed with a role for a body speaks for the body, no title of a person's
        (["A spokesman for Islanders for Justice said: “Emergency powers are not a crime plan.”"], "Emergency powers", "Islanders for Justice"),
        # letters after a name, set off by commas, are no subject
        (["Kavita Menon, MLA, termed the new bus fares “anti-people” on Monday."], "anti-people", "Kavita Menon"),
        (["Smt. Kavita Menon, MLC, however, called the fares “anti-people”."], "anti-people", "Kavita Menon"),
        (["On Monday, as the fare rise took effect across Tallow, BCN reported that “the buses ran empty”."], "the buses", "BCN"),
        # "as per X" is "according to X"
        (["As per Menon, the rise in fares would be “marginal” for most riders."], "marginal", "Menon"),
        (["The rise in fares would be “marginal” for most riders, as per Menon."], "marginal", "Menon"),
        (["As per the rules, “no deposit is returned once the first week has passed.”"], "no deposit", None),
        # ... and so is "in the words of X"
        (["In the words of Kavita Menon, “a fare is a tax on the poor.”"], "a fare is", "Kavita Menon"),
        (["A fare, in the words of Menon, is “a tax on the poor.”"], "a tax on", "Menon"),
        (["In the words of the old song, “the road goes ever on.”"], "the road", None),
        # ... and the initials of a body are no one's title
        (["Chief Minister Ravi Kulkarni visited the flooded villages.", "“The inquiry is closed,” the CBI said."], "The inquiry", "CBI"),
        # a title printed in capitals with its first word is one office
        (
            ["First Minister Anne Leckie opened the new pier on Monday.", "Harbour minister Tom Boyce faced questions about the ferries.", "The First Minister said: “This is not good enough for the islands.”"],
            "This is not",
            "Anne Leckie",
        ),
        (
            ["Harbour minister Tom Boyce faced questions about the ferries.", "The First Minister said: “This is not good enough for the islands.”"],
            "This is not",
            None,
        ),
        # an office the lists lacked ("district Collector X") is a title, and its holder a person
        (
            ["Fishers crowded round district Collector Tavleen Dev Sahu at the jetty on Monday.", "Collector Sahu said every permit had been checked twice. “The claims are not true at all,” she said."],
            "The claims",
            "Tavleen Dev Sahu",
        ),
        # a title joined to its portfolio by "for" opens the sentence: the name is its subject
        (
            ["Minister for Ports Tom Holt and Dan Reyes walked the length of the new quay on Sunday.", "“We are proud of this scheme and we will keep it,” he said."],
            "We are proud",
            "Tom Holt",
        ),
        # "the Minister" is the one who holds the post now, not a former one nor a "Chief Minister"
        (
            [
                "Minister for Ports Tom Holt and the former Minister Dan Reyes walked the new quay on Sunday.",
                "“The pier was the dream of the late Chief Minister Ann Roe, and we will finish it,” he said.",
                "“We will extend it next year to every village,” the Minister said.",
            ],
            "We will extend",
            "Tom Holt",
        ),
        # names after "the" joined by "and" only say which places: no mention of a person
        (
            ["Minister for Ports, Tom Holt, together with former Minister Lyle Reyes, spent Sunday in the Lyle and Tallow wards.", "“We are proud of this scheme and we will keep it,” he said."],
            "We are proud",
            "Tom Holt",
        ),
    ],
)
def test_titles_as_british_and_commonwealth_pages_print_them(paragraphs, opening, expected):
    assert textutil.speaker_of(paragraphs, opening) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a quotation that is a participle's object, set off after the subject
        ("Mayor Tom Reyes opened the new pier on Monday. Ms. Halloran, citing “a rule older than the pier itself,” said the mayor would keep the old timetable.", "Halloran"),
        ("Tom Reyes, quoting “the old harbour rule,” told the council the ferries must run at dawn.", "Tom Reyes"),
        # ... not when the subject is no person
        ("The memo, citing “a rule older than the pier itself,” said the ferry timetable would stay as it is.", None),
    ],
)
def test_a_participles_quoted_object_is_the_subjects(paragraph, expected):
    found = [speaker for text, speaker in speakers_of([paragraph]) if text.startswith(("a rule", "the old"))]
    assert found == [expected]


@pytest.mark.parametrize(
    "paragraph, quoted, expected",
    [
        # the sentence names its speaker before the quotation: "according to" only relays
        ("Before the verdict, Ben Lowe read a short note to the bench, saying, “I am sorry for all the harm I caused,” according to The Harbour Gazette.", "I am sorry for all the harm I caused,", "Ben Lowe"),
        ("Judge Tom Ferris told the accused that his acts “chill all of us” and said his heart is “as cold as the sea,” according to The Harbour Gazette.", "as cold as the sea,", "Tom Ferris"),
        # ... and with no speaker before it, the source after it speaks
        ("The depot will close by the spring and “nobody will lose a job,” according to Ben Lowe.", "nobody will lose a job,", "Ben Lowe"),
    ],
)
def test_according_to_relays_a_named_speakers_words(paragraph, quoted, expected):
    found = dict(speakers_of(["Ben Lowe and Tom Ferris were at the court on Friday.", paragraph]))
    assert found.get(quoted) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a document and its issuer after "according to": the issuer speaks
        ("“We will not stand for this at all,” according to a statement from the Harbour Workers Union.", "Harbour Workers Union"),
        ("“We will not stand for it at all now,” according to a report by the Tallow Times.", "Tallow Times"),
        # ... not words the sentence gives a speaker before them
        ("Ben Lowe called it “a very bad day for all of us,” according to a report by the Tallow Times.", "Ben Lowe"),
    ],
)
def test_according_to_a_document_speaks_for_its_issuer(paragraph, expected):
    before = ["The council met on Tuesday night to vote on the new depot.", "Mayor Ana Roe said the vote was “a good day for the whole town.”"]
    found = speakers_of([*before, paragraph])
    assert [speaker for _, speaker in found] == ["Ana Roe", expected]


def test_a_long_description_after_a_term_is_no_attribution_close_to_it():
    # "the Tallow Department of ... reported" is near however long the name;
    # a long description of the term before "say" is not: the term stays the writer's
    seg = textutil.make_seg(["The meeting was part of “open day,” an old ritual for many firms in which the managers meet the staff and say what went well."], "A headline", False)
    assert [q.kind for q in quotes_of(seg)] == ["scare"]
