"""Splitting raw pages into headline, body, byline, comments and furniture.

Each furniture style is checked on the seed pages and on small articles on
other topics written in the same layouts (tests/data/segment/).
"""

import random
import re
from pathlib import Path

import pytest

from datasette_factcheck.model import Segmented
from datasette_factcheck.extract.segment import segment

from .textutil import cpu_seconds

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data" / "segment"

_MARKER = re.compile(r"^\s*(?:\d{1,4}[.)]|[•◦▪▸‣·*\-–—])\s+")


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def data(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def kinds(seg: Segmented, kind: str) -> list[str]:
    return [e.text for e in seg.extras if e.kind == kind]


def comment(seg: Segmented, prefix: str):
    found = [c for c in seg.comments if c.text.startswith(prefix)]
    assert len(found) == 1, (prefix, [c.text[:40] for c in seg.comments])
    return found[0]


ALL_PAGES = [("seed", p) for p in ("000", "001", "002", "003", "004")] + [
    ("data", p.name) for p in sorted(DATA.glob("*.txt"))
]


def page_text(source: str, name: str) -> str:
    return seed(name) if source == "seed" else data(name)


# ---------------------------------------------------------------------------
# Invariants every page must satisfy


@pytest.mark.parametrize("source,name", ALL_PAGES)
def test_paragraph_offsets_and_numbering(source, name):
    seg = segment(page_text(source, name))
    assert seg.paragraphs, "a news page has a body"
    assert [p.number for p in seg.paragraphs] == list(range(1, len(seg.paragraphs) + 1))
    for p in seg.paragraphs:
        assert seg.body[p.start:p.end] == p.text
        assert p.text == p.text.strip()
    assert seg.body == "\n\n".join(p.text for p in seg.paragraphs)


@pytest.mark.parametrize("source,name", ALL_PAGES)
def test_every_line_is_accounted_for(source, name):
    text = page_text(source, name)
    seg = segment(text)
    seen = "\n".join(
        [seg.title, seg.body, seg.byline or ""]
        + [e.text for e in seg.extras]
        + [f"{c.text}\n{c.author or ''}\n{c.posted or ''}" for c in seg.comments]
    )
    for line in text.splitlines():
        line = line.strip()
        if not line or re.match(r"reply to", line, re.I):
            continue  # "Reply to X" lines become the comment's parent
        assert _MARKER.sub("", line) in seen, line


@pytest.mark.parametrize("source,name", ALL_PAGES)
def test_comment_threads_are_well_formed(source, name):
    seg = segment(page_text(source, name))
    for i, c in enumerate(seg.comments):
        assert c.index == i
        if c.parent is None:
            assert c.depth == 0
        else:
            assert c.parent < i
            assert c.depth == seg.comments[c.parent].depth + 1
        assert c.text.strip(), "comments keep their text"
        assert c.text not in seg.body


# ---------------------------------------------------------------------------
# Headlines, section labels, standfirst


@pytest.mark.parametrize(
    "source,name,has_headline,title,labels",
    [
        ("seed", "000", True, "NATO General Secretary: Ukraine On “Irreversible” Path to Membership", []),
        ("seed", "004", True, "'Ukraine's rightful place is in NATO,' alliance chief says", ["World NewsEurope", "Actions"]),
        ("data", "promo_midbody.txt", True, "'We cannot keep borrowing,' mayor says as council passes budget",
         ["Local NewsMetro", "Actions"]),
        ("data", "bio_teasers.txt", True, "City Library Reopens After Two-Year Renovation", []),
    ],
)
def test_headline_and_section_labels(source, name, has_headline, title, labels):
    seg = segment(page_text(source, name))
    assert seg.has_headline is has_headline
    assert seg.title == title
    assert kinds(seg, "section_label") == labels
    assert title not in seg.body


@pytest.mark.parametrize(
    "source,name,title_start",
    [
        ("seed", "001", "Secretary General Jens Stoltenberg visited Kyiv on Monday"),
        ("seed", "002", "Secretary General Jens Stoltenberg has visited Kyiv"),
        ("seed", "003", "Kiev must prevail during its conflict with Moscow"),
        ("data", "numbered_thread.txt", "Riverside United have completed the signing"),
        ("data", "single_newline.txt", "The regional water utility will raise household bills"),
        ("data", "header_thread.txt", "The county fire service has opened a new station"),
    ],
)
def test_page_without_headline_derives_title_from_first_sentence(source, name, title_start):
    seg = segment(page_text(source, name))
    assert seg.has_headline is False
    assert seg.title.startswith(title_start)
    assert len(seg.title) <= 160
    assert not seg.title.endswith(".")
    # the first paragraph stays in the body
    assert seg.paragraphs[0].text.startswith(title_start)


@pytest.mark.parametrize(
    "source,name,standfirst,dateline,first_para",
    [
        ("seed", "004", "While NATO Chief Jens Stoltenberg promised", "Posted", "NATO Chief Jens Stoltenberg is in Ukraine"),
        ("data", "promo_midbody.txt", "The city council approved a $2.1 billion", "Posted", "The council voted 7-4"),
    ],
)
def test_standfirst_and_posted_label_are_not_body(source, name, standfirst, dateline, first_para):
    seg = segment(page_text(source, name))
    (sf,) = kinds(seg, "standfirst")
    assert sf.startswith(standfirst)
    assert kinds(seg, "dateline") == [dateline]
    assert seg.paragraphs[0].text.startswith(first_para)


@pytest.mark.parametrize(
    "source,name,subhead",
    [("seed", "000", "Kyiv Press Conference"), ("data", "bio_teasers.txt", "Opening Day")],
)
def test_subhead_under_headline_is_an_extra(source, name, subhead):
    seg = segment(page_text(source, name))
    assert kinds(seg, "subhead") == [subhead]
    assert subhead not in seg.body


# ---------------------------------------------------------------------------
# Body boundaries: bios, teasers, promos, read-more lines


@pytest.mark.parametrize(
    "source,name,n_paragraphs,last_para,byline,bio_start",
    [
        ("seed", "000", 7, "These statements come after weeks", None, "United States Military Academy"),
        ("seed", "001", 10, "While in Kyiv, Mr Stoltenberg also visited", "Lisa West", "Lisa has a degree"),
        ("seed", "002", 7, "During his visit, the Secretary-General", None, "Tom has spent the last 13 years"),
        ("data", "numbered_thread.txt", 6, "The fee surpasses", "Sam Rivers", "Sam has covered football"),
        ("data", "bio_teasers.txt", 4, "The renovation added", None, "Journalism graduate"),
        ("data", "header_thread.txt", 4, "Local councillor Ben Ash", None, "Anna has spent the last eight years"),
    ],
)
def test_body_ends_before_byline_and_bio(source, name, n_paragraphs, last_para, byline, bio_start):
    seg = segment(page_text(source, name))
    assert len(seg.paragraphs) == n_paragraphs
    assert seg.paragraphs[-1].text.startswith(last_para)
    assert seg.byline == byline
    (bio,) = kinds(seg, "bio")
    assert bio.startswith(bio_start)
    assert bio not in seg.body


@pytest.mark.parametrize(
    "source,name,n_teasers,absent",
    [
        ("seed", "000", 4, ["Uzbekistan", "Pikitup"]),
        ("seed", "003", 6, ["Iranians", "Tehran", "AEOI"]),
        ("data", "bio_teasers.txt", 4, ["Harbour Bridge", "cycle lanes"]),
        ("data", "single_newline.txt", 3, ["drought", "timetable", "volunteers"]),
    ],
)
def test_related_teasers_are_not_body(source, name, n_teasers, absent):
    seg = segment(page_text(source, name))
    assert len(kinds(seg, "teaser")) == n_teasers
    for word in absent:
        assert word not in seg.body


def test_truncated_teaser_lines_without_blank_lines_seed_003():
    seg = segment(seed("003"))
    assert len(seg.paragraphs) == 9
    assert all(t.endswith("…") for t in kinds(seg, "teaser"))
    assert seg.paragraphs[-1].text.startswith("Russia has cited Ukraine’s aspirations")


@pytest.mark.parametrize(
    "source,name,promo,after_promo",
    [
        ("seed", "004",
         ["U.S. Secretary of State Antony Blinken.", "US approves additional $325 million in Ukraine security assistance",
          "The U.S. State Department has approved more assistance for Ukraine, including ammunition and anti-armor systems.",
          "LEARN MORE"],
         "While Stoltenberg promised that Ukraine will join"),
        ("data", "promo_midbody.txt",
         ["Transit director Omar Haddad.", "Bus routes face cuts as ridership stalls",
          "The transit agency is weighing service reductions on six routes this autumn.", "LEARN MORE"],
         "The approved budget also sets aside"),
    ],
)
def test_promo_box_mid_body_is_cut_out_and_body_continues(source, name, promo, after_promo):
    seg = segment(page_text(source, name))
    assert kinds(seg, "promo") == promo
    for line in promo:
        assert line not in seg.body
    assert after_promo in seg.body
    # the paragraph after the promo directly follows the one before it
    texts = [p.text for p in seg.paragraphs]
    i = next(i for i, t in enumerate(texts) if t.startswith(after_promo))
    assert texts[i - 1].startswith(("\"We need something", "Council member Raj Patel"))


@pytest.mark.parametrize(
    "source,name,read_more,subscribe,headers",
    [
        ("seed", "002", ["You can read more by clicking here."], ["Subscribe", "Notify of", "guest"],
         ["58 Comments", "oldest", "newest", "Inline Feedbacks", "View all comments"]),
        ("data", "header_thread.txt", ["You can read more by clicking here."], ["Subscribe", "Notify of", "guest"],
         ["5 Comments", "oldest", "newest", "Inline Feedbacks", "View all comments"]),
        ("seed", "001", [], [], ["33 COMMENTS"]),
    ],
)
def test_read_more_subscribe_and_comment_headers(source, name, read_more, subscribe, headers):
    seg = segment(page_text(source, name))
    assert kinds(seg, "read_more") == read_more
    assert kinds(seg, "subscribe") == subscribe
    assert kinds(seg, "comments_header") == headers


@pytest.mark.parametrize(
    "source,name",
    [("seed", "001"), ("data", "numbered_thread.txt")],
)
def test_reply_form_is_furniture(source, name):
    seg = segment(page_text(source, name))
    assert kinds(seg, "reply_form") == ["LEAVE A REPLY", "Please enter your comment!", "Please enter your name here"]


# ---------------------------------------------------------------------------
# Comment threads: numbered items with bulleted replies


def test_numbered_thread_seed_001():
    seg = segment(seed("001"))
    top = [c for c in seg.comments if c.parent is None]
    assert len(top) == 6
    assert all(c.author is None and c.posted is None for c in seg.comments)
    first = comment(seg, "I hope Russia leaves Ukraine")
    assert "Given that some of these statements" in first.text
    hi = comment(seg, "Hi Mike")
    assert hi.parent == first.index and hi.depth == 1
    assert comment(seg, "Absolutely none practically").parent == hi.index
    two_ways = comment(seg, "I feel two ways about this:")
    assert two_ways.parent == first.index
    # a bulleted list inside a comment is part of it, and so is the text after it
    for part in ("• We sent tanks first", "• We sent Storm Shadow", "Hopefully, using that same model",
                 "I don’t care about poking the bear"):
        assert part in two_ways.text
    assert not any(c.text.startswith("We sent") for c in seg.comments)
    assert comment(seg, "Hmm like he and is side kick").parent == two_ways.index
    irreversible = comment(seg, "Irreversible seems the wrong words")
    assert "Bad choice of words I would say." in irreversible.text
    spanking = comment(seg, "The hope being Russia gets a spanking")
    assert spanking.parent == comment(seg, "I’d go for Nato troops").index
    assert comment(seg, "I think any buffer zone").parent == spanking.index
    for c in seg.comments:
        assert c.text[:60] not in seg.body


def test_numbered_thread_written_sample():
    seg = segment(data("numbered_thread.txt"))
    great = comment(seg, "Great signing")
    assert "Eighteen million is a lot" in great.text
    fee = comment(seg, "Agree on the fee")
    assert fee.parent == great.index and fee.depth == 1
    look = comment(seg, "Look at what other clubs paid")
    assert look.parent == fee.index and look.depth == 2
    assert comment(seg, "He was injured").parent == fee.index
    reasons = comment(seg, "Three reasons I like this deal:")
    assert reasons.parent == great.index
    for part in ("• He is still only 24", "• He has no big injury history", "Time will tell"):
        assert part in reasons.text
    defence = comment(seg, "Another striker and still no left back")
    assert defence.parent is None and "The manager needs to sort that out" in defence.text
    assert comment(seg, "The window is open").parent == defence.index
    assert comment(seg, "Welcome Tomas!").parent is None
    assert len(seg.comments) == 8


# ---------------------------------------------------------------------------
# Comment threads: "Name / Name / 6 months ago / Reply to X" blocks


def _reply_targets(text: str) -> list:
    """(author, replied-to author or None) per comment header, read directly
    off the page layout."""
    lines = [ln.strip() for ln in text.splitlines()]
    out = []
    for i in range(len(lines) - 2):
        if lines[i] and lines[i] == lines[i + 1] and lines[i + 2].endswith("ago"):
            nxt = lines[i + 3].replace("\u00a0", " ") if i + 3 < len(lines) else ""
            m = re.match(r"Reply to\s+(.*)", nxt)
            out.append((lines[i], m.group(1).strip() if m else None))
    return out


@pytest.mark.parametrize("source,name,count", [("seed", "002", 58), ("data", "header_thread.txt", 5)])
def test_header_thread_parents_follow_reply_to(source, name, count):
    text = page_text(source, name)
    seg = segment(text)
    targets = _reply_targets(text)
    assert len(seg.comments) == len(targets) == count
    for c, (author, replied_to) in zip(seg.comments, targets):
        assert c.author == author
        assert c.posted and c.posted.endswith("ago")
        if replied_to is None:
            assert c.parent is None
        else:
            assert c.parent is not None and seg.comments[c.parent].author == replied_to
    # comment text never leaks into the body
    for c in seg.comments:
        assert c.text[:50] not in seg.body


def test_header_thread_written_sample():
    seg = segment(data("header_thread.txt"))
    pete, janet, pete2, mo, janet2 = seg.comments
    assert (janet.parent, pete2.parent, mo.parent, janet2.parent) == (0, 1, None, 3)
    assert (pete2.depth, janet2.depth) == (2, 1)
    assert janet.text.endswith("Read more »")
    assert pete2.text.endswith("Last edited 13 days ago by Pete Ross")
    assert "Mo Farid" not in pete2.text


def test_reply_to_prefers_the_thread_being_replied_in():
    page = (
        "The harbour authority said on Monday that dredging would start in June and last about six weeks.\n\n"
        "4 Comments\n"
        "Ann\nAnn\n3 days ago\n\nFirst.\n\n"
        "Bob\nBob\n3 days ago\nReply to Ann\n\nSecond.\n\n"
        "Ann\nAnn\n2 days ago\n\nA new thread.\n\n"
        "Cy\nCy\n2 days ago\nReply to Bob\n\nBack to Bob.\n"
    )
    seg = segment(page)
    assert [c.parent for c in seg.comments] == [None, 0, None, 1]


def test_name_and_time_without_repeated_name_after_comments_header():
    page = (
        "The school board voted on Thursday to extend the lunch break by fifteen minutes from September.\n\n"
        "3 comments\n\n"
        "Kim Lee\n2 hours ago\n\nLong overdue, the kids were rushing.\n\n"
        "Raj\n1 hour ago\nReply to Kim Lee\n\nAgreed, and the teachers need it too.\n\n"
        "Ola\nyesterday\n\nWho pays for the extra supervision?\n"
    )
    seg = segment(page)
    assert [(c.author, c.parent, c.text) for c in seg.comments] == [
        ("Kim Lee", None, "Long overdue, the kids were rushing."),
        ("Raj", 0, "Agreed, and the teachers need it too."),
        ("Ola", None, "Who pays for the extra supervision?"),
    ]
    assert len(seg.paragraphs) == 1


# ---------------------------------------------------------------------------
# Smaller layouts


def test_hard_wrapped_paragraphs_are_joined_verbatim():
    page = (
        "Port Strike Enters Third Day\n\n"
        "Dock workers at the northern port extended their strike on Wednesday,\n"
        "leaving more than forty ships waiting offshore, the port authority said.\n\n"
        "\"We will stay out until the offer is improved,\" union leader Aidan\n"
        "Walsh told reporters outside the main gate.\n\n"
        "Talks are due to resume on Friday.\n"
    )
    seg = segment(page)
    assert seg.title == "Port Strike Enters Third Day"
    assert [p.text for p in seg.paragraphs] == [
        "Dock workers at the northern port extended their strike on Wednesday,\n"
        "leaving more than forty ships waiting offshore, the port authority said.",
        "\"We will stay out until the offer is improved,\" union leader Aidan\nWalsh told reporters outside the main gate.",
        "Talks are due to resume on Friday.",
    ]


@pytest.mark.parametrize(
    "first, second, joined",
    [
        # A sentence broken over two paragraphs: one paragraph, not two labels.
        ("The ferry board chair on Tuesday said the new timetable had steadied fares, crews and", "sailings in its first month.", True),
        ("Harbour officials said the vote, which had been put off twice since the spring,", "would now go ahead in May.", True),
        # A lower-case line after a sentence that ended is a paragraph of its own.
        ("The ferry board chair on Tuesday said the new timetable had steadied fares.", "sailings rose in its first month.", False),
        # Too short to be prose broken mid-sentence: a label, then the story.
        ("Ferry news and", "sailings rose in the first month of the new timetable, the board said.", False),
        # A colon opens what follows; it does not run on into it.
        ("The ferry board chair set out three things the new timetable would change:", "fares, crews and sailings.", False),
    ],
)
def test_a_sentence_broken_over_two_paragraphs_is_one_paragraph(first, second, joined):
    lead = "Ferry timetable steadies fares\n\n"
    tail = "\n\nThe board meets again in June to review the timetable and the winter sailings.\n"
    seg = segment(lead + first + "\n\n" + second + tail)
    texts = [p.text for p in seg.paragraphs]
    assert (first + "\n" + second in texts) is joined
    if not joined:
        assert second in texts or second in kinds(seg, "section_label")


def test_top_byline_dateline_and_inline_read_more_promo():
    page = (
        "SportCycling\n\n"
        "Veteran rider wins mountain stage in final attack\n\n"
        "By Jane Doe\n"
        "June 3, 2024\n\n"
        "Marta Vidal won the queen stage of the tour on Sunday with an attack two kilometres from the summit.\n\n"
        "READ MORE: Young sprinter crashes out of tour after opening stage\n\n"
        "\"I waited all day for that moment,\" Vidal said at the finish.\n\n"
        "Share this article\n"
    )
    seg = segment(page)
    assert seg.title == "Veteran rider wins mountain stage in final attack"
    assert seg.byline == "Jane Doe"
    assert kinds(seg, "dateline") == ["June 3, 2024"]
    assert kinds(seg, "section_label") == ["SportCycling"]
    assert kinds(seg, "promo") == ["READ MORE: Young sprinter crashes out of tour after opening stage"]
    assert len(seg.paragraphs) == 2
    assert "Share this article" not in seg.body


def test_subhead_between_body_paragraphs():
    page = (
        "Flood Defences Upgraded Along River\n\n"
        "Work on new flood barriers along the river was completed on Friday, the environment agency said.\n\n"
        "What Happens Next\n\n"
        "The agency will test the barriers in October before the winter storm season begins.\n"
    )
    seg = segment(page)
    assert kinds(seg, "subhead") == ["What Happens Next"]
    assert len(seg.paragraphs) == 2


# ---------------------------------------------------------------------------
# Robustness: never raises, stays fast


_rng = random.Random(3)
JUNK = "".join(chr(_rng.randrange(0, 0x2FFF)) for _ in range(100_000))


@pytest.mark.slow  # megabytes of hostile lines
@pytest.mark.parametrize(
    "label,text",
    [
        ("empty", ""),
        ("whitespace", " \n\n\t\u00a0\n "),
        ("huge line", "word " * 1_000_000),
        ("huge unspaced line", "x" * 5_000_000),
        ("quote marks", "\"" * 200_000),
        ("curly quotes", "“" * 100_000 + "\n" + "”" * 100_000),
        ("junk", JUNK),
        ("many bullets", "Body of an article with enough words to count as prose.\n\n5 Comments\n" + "  • x\n" * 50_000),
        ("deep indents", "".join(" " * (i % 400) + "• reply text\n" for i in range(20_000))),
        ("many headers", "A sentence of body text that is long enough to be prose here.\n\n"
                         + "Bob\nBob\n3 hours ago\nReply to Bob\n\ntext\n" * 20_000),
        ("only furniture", "Subscribe\nNotify of\nguest\n58 Comments\n"),
        ("not a str", None),
    ],
)
def test_never_raises_on_hostile_text(label, text):
    seg = segment(text)
    assert isinstance(seg, Segmented)
    for p in seg.paragraphs:
        assert seg.body[p.start:p.end] == p.text


def test_empty_input_has_no_body_and_no_headline():
    seg = segment("")
    assert (seg.title, seg.body, seg.paragraphs, seg.has_headline) == ("", "", [], False)


@pytest.mark.parametrize(
    "page,n_paragraphs,last_start",
    [
        # a share bar between paragraphs is chrome, not the end of the article
        ("Museum Doubles Visitor Numbers After Free Entry Trial\n\n"
         "The city museum welcomed 410,000 visitors last year, twice the figure before entry became free.\n\n"
         "Facebook\nTwitter\nEmail\n\n"
         "The trial will be extended for another three years, the culture committee said on Monday.\n",
         2, "The trial will be extended"),
        # a career sentence at the end of a news story is not an author bio
        ("New Harbour Master Appointed\n\n"
         "The port board has appointed Ruth Cole as harbour master, it announced on Wednesday morning.\n\n"
         "Cole has worked as a pilot in the harbour for eleven years.\n",
         2, "Cole has worked as a pilot"),
        # a quotation running over several paragraphs stays verbatim
        ("Minister Sets Out Housing Plan\n\n"
         "The housing minister told parliament on Tuesday that 50,000 homes would be built by 2027.\n\n"
         "“We will build where people need homes. We will build them well.\n\n"
         "“And we will build them on time,” she said.\n",
         3, "“And we will build them on time,” she said."),
    ],
)
def test_body_keeps_its_paragraphs(page, n_paragraphs, last_start):
    seg = segment(page)
    assert len(seg.paragraphs) == n_paragraphs
    assert seg.paragraphs[-1].text.startswith(last_start)
    assert "Twitter" not in seg.body


def test_section_label_above_a_page_without_headline():
    seg = segment("Business\n\nShares in the airline rose 12 percent on Friday after it reported a return to profit.\n")
    assert kinds(seg, "section_label") == ["Business"]
    assert seg.has_headline is False
    assert seg.title == "Shares in the airline rose 12 percent on Friday after it reported a return to profit"


@pytest.mark.parametrize(
    "page, has_headline, title, labels",
    [
        # a headline of two or three words in sentence case, as British pages print them
        ("Budget row deepens\n\nShares in the airline rose 12 percent on Friday after it reported a profit.\n", True, "Budget row deepens", []),
        ("Business\n\nAirline shares soar\n\nShares in the airline rose 12 percent on Friday after it reported a profit.\n", True, "Airline shares soar", ["Business"]),
        # ... while short Title Case or capitals lines stay section labels
        ("Local News\n\nShares in the airline rose 12 percent on Friday after it reported a profit.\n", False, "Shares in the airline rose 12 percent on Friday after it reported a profit", ["Local News"]),
        ("WORLD NEWS\n\nShares in the airline rose 12 percent on Friday after it reported a profit.\n", False, "Shares in the airline rose 12 percent on Friday after it reported a profit", ["WORLD NEWS"]),
    ],
)
def test_short_headline_in_sentence_case(page, has_headline, title, labels):
    seg = segment(page)
    assert (seg.has_headline, seg.title, kinds(seg, "section_label")) == (has_headline, title, labels)


def test_question_headline_above_prose():
    seg = segment(
        "Will the new stadium ever pay for itself?\n\n"
        "The city has spent $600 million on the stadium, and the first season drew fewer fans than forecast.\n"
    )
    assert seg.has_headline is True
    assert seg.title == "Will the new stadium ever pay for itself?"
    assert len(seg.paragraphs) == 1


# ---------------------------------------------------------------------------
# Comment headers carrying a count; bios that open with the author's name

_BRIDGE_BODY = (
    "Engineers closed the Saltmarsh swing bridge on Tuesday after an inspection found cracks in two of its "
    "hinge castings, cutting the quickest route between the harbour and the old town.\n\n"
    "“We will not reopen a structure we cannot vouch for, however inconvenient that is,” the county's "
    "chief engineer, Owen Palfrey, told a meeting of residents on Tuesday evening.\n\n"
    "Shopkeepers on the quay said trade had already fallen by a third since the closure was announced and "
    "that the diversion added twenty minutes to every delivery.\n"
)


@pytest.mark.parametrize(
    "header",
    ["Comments (3)", "(3) Comments", "3 Comments", "Comments: 3", "Reader comments", "COMMENTS (12)"],
)
def test_counted_comment_header_starts_a_numbered_thread(header):
    text = (
        "Swing bridge shut after cracks found in hinges\n\n" + _BRIDGE_BODY + "\n" + header + "\n\n"
        "1. Typical. “We will not reopen a structure” means months of this.\n"
        "2. The quay shops deserve compensation. “A third” is a huge drop.\n"
        "   - Agreed, my sister runs the bakery there.\n"
        "3. Just build a fixed bridge and be done with it.\n"
    )
    seg = segment(text)
    assert len(seg.paragraphs) == 3
    assert "Owen Palfrey" in seg.paragraphs[1].text
    assert all("Typical" not in p.text and "bakery" not in p.text for p in seg.paragraphs)
    assert len(seg.comments) == 4
    reply = comment(seg, "Agreed, my sister")
    assert reply.depth == 1 and reply.parent == comment(seg, "The quay shops").index
    assert header in kinds(seg, "comments_header")


@pytest.mark.parametrize(
    "bio",
    [
        "Tamsin Orr writes about transport and the coast. Her first book is out in the autumn.",
        "Idris Calloway is the paper's environment correspondent. He lives in Norwich.",
        "Marta Lindqvist reports on science and health for the Sentinel.",
        "Felix Amadi covers local government and the courts. He joined the paper in 2019.",
        "Rosa Delgado is the author of two books on European rail.",
    ],
)
def test_name_led_author_bio_after_the_body(bio):
    text = "Swing bridge shut after cracks found in hinges\n\n" + _BRIDGE_BODY + "\n" + bio + "\n"
    seg = segment(text)
    assert len(seg.paragraphs) == 3
    assert bio in kinds(seg, "bio")


@pytest.mark.parametrize(
    "paragraph",
    [
        # news paragraphs about a reporter or a writer stay body
        "Palfrey said the council would publish the full inspection report on its website next week.",
        "Residents who want to object to the diversion can write to the council before the end of the month.",
        "The harbour master is a former reporter who has watched the bridge for thirty years.",
    ],
)
def test_last_news_paragraph_is_not_a_bio(paragraph):
    seg = segment("Swing bridge shut after cracks found in hinges\n\n" + _BRIDGE_BODY + "\n" + paragraph + "\n")
    assert seg.paragraphs[-1].text == paragraph
    assert not kinds(seg, "bio")


_FERRY_BODY = (
    "The island ferry will run a reduced timetable from Monday after one of its two boats failed an inspection.\n\n"
    "The operator said the second vessel would return to service by the end of the month.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "“The best deals on garden furniture,” says our partner ShadeCo. Click here.",
        "Sponsored: Find the right travel insurance for your family.",
        "In partnership with Harbour Bank: plan your summer savings.",
        "Advertisement: “Fresh coffee delivered daily,” says BeanBox.",
    ],
)
def test_sponsored_line_in_body_is_promo(line):
    seg = segment("Ferry timetable cut after inspection\n\n" + _FERRY_BODY + line + "\n\n"
                  "Passengers were advised to check the timetable before travelling.\n")
    assert line not in [p.text for p in seg.paragraphs]
    assert line in kinds(seg, "promo")
    assert seg.paragraphs[-1].text.startswith("Passengers were advised")


@pytest.mark.slow  # megabytes of hostile lines
@pytest.mark.parametrize(
    "unit",
    ["word ", "\"", "“\n", "  • x\n", "Bob\nBob\n3 hours ago\nReply to Bob\n\ntext\n"],
)
def test_work_grows_linearly_with_hostile_text(unit):
    # A ratio of CPU times at two sizes, not a deadline (see test_quotes).
    small, large = (cpu_seconds(lambda n=n: segment(unit * n)) for n in (2_000, 16_000))
    assert large / max(small, 1e-4) < 24


_STORY_TOP = (
    "Ferry Operator Adds Night Crossings\n\n"
    "The island ferry operator will run three extra night crossings from May, it said on Thursday.\n\n"
)
_STORY_REST = (
    "“Demand after ten at night has doubled in two years and we have to meet it,” said chief executive Mara Voss.\n\n"
    "The new crossings will use the smaller of the company's two vessels until a third ship arrives next spring.\n"
)


@pytest.mark.parametrize(
    "box, furniture",
    [
        # a related-articles header and the headlines it lists
        ("Related articles\n\nIsland council approves new harbour wall\n\nFares to rise by four percent in April\n\n",
         ["Related articles", "Island council approves new harbour wall", "Fares to rise by four percent in April"]),
        # a list header printed with a full stop, then the story goes on
        ("TOP STORIES.\n\n", ["TOP STORIES."]),
        # a sign-up box
        ("Sign up for our newsletter\n\n", ["Sign up for our newsletter"]),
    ],
)
def test_furniture_inside_the_story_does_not_end_it(box, furniture):
    seg = segment(_STORY_TOP + box + _STORY_REST)
    assert [p.text[:20] for p in seg.paragraphs] == ["The island ferry ope", "“Demand after ten at", "The new crossings wi"]
    assert all(f not in seg.body for f in furniture)
    assert [e.text for e in seg.extras if e.text in furniture] == furniture


@pytest.mark.parametrize(
    "tail",
    [
        # nothing after the list: it is the end of the page
        "Related articles\n\nIsland council approves new harbour wall\n\nFares to rise by four percent in April\n",
        # a reader comment list after it is not story prose
        "Related articles\n\nIsland council approves new harbour wall\n\nHave your say\n\n"
        "1. harbourfan: Night crossings at last, this should have happened years ago and everyone knows it.\n",
    ],
)
def test_furniture_with_no_story_after_it_ends_the_body(tail):
    seg = segment(_STORY_TOP + _STORY_REST + "\n" + tail)
    assert len(seg.paragraphs) == 3
    assert "Island council approves" not in seg.body and "harbourfan" not in seg.body


@pytest.mark.parametrize(
    "first_line, has_headline",
    [
        # a Title Case headline closed by a full stop is still the headline
        ("Ferry Operator Adds Three Night Crossings From May.", True),
        ("Council Says Harbour Wall Will Be ‘Finished By Summer.’", True),
        # a sentence-case first line ending in a full stop is the story's first paragraph
        ("The island ferry operator will add three night crossings from May.", False),
    ],
)
def test_title_case_first_line_with_a_full_stop_is_the_headline(first_line, has_headline):
    seg = segment(first_line + "\n\n" + _STORY_REST)
    assert seg.has_headline is has_headline
    assert (seg.title == first_line) is has_headline
    assert (first_line in seg.body) is not has_headline


def test_read_more_header_over_teaser_headlines_inside_the_story():
    page = (
        _STORY_TOP
        + "READ MORE\nIsland council approves new harbour wall\nFerry staff vote on pay: 'We deserve better,' says union\n\n"
        + _STORY_REST
    )
    seg = segment(page)
    assert kinds(seg, "teaser") == [
        "Island council approves new harbour wall",
        "Ferry staff vote on pay: 'We deserve better,' says union",
    ]
    assert "We deserve better" not in seg.body
    assert len(seg.paragraphs) == 3


def test_a_subhead_knows_the_paragraph_it_stands_before():
    text = (
        "Harbour news\n\nThe harbour board met on Monday to plan the summer season for the pier.\n\n"
        "Ines Varga\n\n“We are ready for the summer and the boats are booked until August.”"
    )
    seg = segment(text)
    subheads = [e for e in seg.extras if e.kind == "subhead"]
    assert [(e.text, e.before) for e in subheads] == [("Ines Varga", 2)]
    assert seg.paragraphs[1].text.startswith("“We are ready")


def test_a_quotation_under_the_headline_opens_the_story():
    text = (
        "Harbour sorry\n\n“We are very sorry”.\n\n"
        "Those were the words of the harbour master to the families after the ferry was cancelled for a third day."
    )
    seg = segment(text)
    assert seg.paragraphs[0].text == "“We are very sorry”."
    assert [e.kind for e in seg.extras] == []


@pytest.mark.parametrize(
    "credit",
    [
        "© Ann Roe/Harbour Press/Coast Images",
        "© Tallow Pictures",
    ],
)
def test_a_picture_credit_between_paragraphs_does_not_end_the_story(credit):
    head, rest = _BRIDGE_BODY.split("\n\n", 1)
    text = "Swing bridge shut after cracks found in hinges\n\n" + head + "\n\n" + credit + "\n\n" + rest
    seg = segment(text)
    assert len(seg.paragraphs) == 3
    assert seg.paragraphs[-1].text.startswith("Shopkeepers on the quay")
    assert credit not in [p.text for p in seg.paragraphs]


@pytest.mark.parametrize(
    "footer",
    ["© 2024 Harbour Media. All rights reserved.", "© Harbour Media Group Ltd", "Copyright Harbour Media"],
)
def test_a_legal_footer_still_ends_the_story(footer):
    text = "Swing bridge shut after cracks found in hinges\n\n" + _BRIDGE_BODY + "\n" + footer + "\n\nAbout us\n\nContact the newsroom\n"
    seg = segment(text)
    assert seg.paragraphs[-1].text.startswith("Shopkeepers on the quay")
