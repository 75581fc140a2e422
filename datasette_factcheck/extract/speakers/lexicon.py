"""Word lists of attribution: titles, roles, organisation words, speech verbs, pronouns."""

from __future__ import annotations

import re

HONORIFICS = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "dr": None, "sir": "m", "dame": "f",
    "lord": "m", "lady": "f", "prof": None, "rev": None, "reverend": None, "fr": "m", "sr": None, "jr": None, "hon": None,
    "mister": "m", "madam": "f", "madame": "f", "monsieur": "m", "herr": "m", "frau": "f", "baroness": "f", "baron": "m",
    # South Asian, Malaysian and West African forms of address, as Indian,
    # Malaysian and Nigerian pages print them before a name.
    "shri": "m", "sri": "m", "smt": "f", "shrimati": "f", "kumari": "f", "datuk": None, "dato": None,
    "seri": None, "datin": "f",
    "alhaji": "m", "hajia": "f", "alhaja": "f", "hajiya": "f", "hajjah": "f", "mallam": "m", "malam": "m", "mazi": "m", "senhor": "m", "señor": "m", "señora": "f", "signor": "m",
    # How union and student-union pages address their officers ("Comrade X", "Comr. X").
    "comrade": None, "comr": None,
    # Religious and customary forms of address South Asian pages print before
    # a name ("Maulana X", "Sardar X", "Sadhvi X", "Mian X"); not "Pandit" or "Acharya",
    # which are surnames as often.
    "maulana": "m", "mufti": "m", "haji": "m", "sardar": "m", "swami": "m", "mahant": "m",
    # A priest's form of address ("Father X"); lower-case "father" stays a kinship noun.
    "father": "m",
    "sadhvi": "f", "begum": "f", "thiru": "m", "thirumathi": "f", "mian": "m", "janab": "m",
}


# Words of a title or role: they precede a name but are never part of it.
TITLE_WORDS = set(
    """
    president vice secretary general minister prime deputy chief chancellor premier governor mayor
    senator congressman congresswoman representative rep sen gov councillor councilor alderman bailie
    commissioner ambassador envoy spokesman spokeswoman spokesperson critic director chairman chairwoman chair
    ceo cfo coo cto dg executive officer manager coach head leader speaker judge justice magistrate attorney
    prosecutor inspector superintendent sheriff constable detective sergeant sgt lieutenant lt captain garda
    advocate
    capt skipper colonel col major maj commander commodore admiral general gen marshal brigadier corporal private pvt ensign cadet
    king queen prince princess duke duchess emperor pope cardinal bishop archbishop rabbi imam sheikh sheik
    professor doctor dean rector provost principal founder owner boss chairperson treasurer clerk
    assistant associate senior junior acting interim former justice vp headman headwoman chieftain supremo
    striker midfielder defender goalkeeper winger forward player captain referee analyst expert
    economist scientist researcher author writer editor correspondent reporter lawyer barrister
    solicitor counsel adviser advisor aide official officials delegate negotiator lawmaker mp mep
    council cabinet committee board alliance ministry department office agency commission union
    government administration parliament congress senate assembly court tribunal club team party
    company firm group bank university institute organisation organization association federation
    league service authority house kremlin supt insp cllr cr cmdr det adm pc wpc pcso dci gda
    cpl const cst pte brig cdr spc adv atty dep asst amb engr barr
    architect curator engineer designer chef artist nurse surgeon physician pilot teacher lecturer
    historian geologist biologist chemist physicist psychologist neurologist epidemiologist virologist
    consultant campaigner activist volunteer organiser organizer investor entrepreneur photographer
    journalist novelist poet actor actress composer musician athlete cyclist swimmer pundit
    commentator candidate paramedic midwife pharmacist vet dentist therapist priest vicar pastor deacon
    mechanic electrician plumber operator student pupil graduate archivist librarian auditor
    accountant ombudsman coroner registrar caretaker investigator whip staff opposition
    collector tahsildar sarpanch corporator mla mlc msp td taoiseach tanaiste tánaiste custos warden
    sub-inspector councilman councilwoman councilmember councilperson assemblyman assemblywoman at-large
    assemblymember alderwoman alderperson selectman selectwoman freeholder legislator trustee clr coun
    undersecretary under-secretary da dpp pm cm fm guv cs petitioner plaintiff complainant appellant
    mpp mha mna pcc dsp ssp igp dgp adgp acp dcp
    """.split()
)
# Words that close a title after the body or portfolio they serve ("Finance
# Cabinet Member", "Housing Portfolio Holder", "Committee Convener"); after
# title words they are the office's, never a surname.
OFFICE_TAILS = frozenset({"member", "holder", "convener", "convenor"})
# Offices printed as initials before a name that the title words do not hold
# as words of their own ("GM" may be a carmaker's name alone).
OFFICE_INITIALS = {"GM", "MD", "EVP", "SVP"}
# A minister's or a department's portfolio ("Health Minister X", "Ports,
# Parks and Heritage Minister X"): words of a title too.
PORTFOLIO_WORDS = set(
    """
    foreign defence defense finance health interior home state affairs economy economic education
    transport environment energy trade culture sport sports labour labor treasury commerce agriculture
    security intelligence development housing infrastructure welfare revenue tourism fisheries forestry
    irrigation planning telecommunications broadcasting railways aviation heritage technology innovation
    industry industries employment
    """.split()
)
TITLE_WORDS |= PORTFOLIO_WORDS
# Words that make a capitalised run an organisation, never a person.
ORG_WORDS = set(
    """
    council cabinet committee board alliance ministry department office agency commission union
    government administration parliament congress senate assembly court tribunal club team party
    company firm group bank university institute organisation organization association federation
    league service authority house kremlin network foundation trust coalition campaign society fund
    partnership initiative forum centre center partners holdings media news times post corporation
    inc ltd plc llc appliances industries motors airlines systems technologies foods standards
    police army navy command united city county school hospital forces force airways railway railways ferries
    therapeutics pharmaceuticals pharma labs bureau power energy corp co regulator
    college academy museum chamber movement services patrol zoo aquarium treasury commissioners
    unit inspectorate directorate secretariat observatory laboratory laboratories church diocese archdiocese synod
    hub consortium centres centers front
    """.split()
)
TITLE_WORDS |= ORG_WORDS
# Holidays, whose greetings read like names ("Merry Christmas"): no person's.
HOLIDAYS = frozenset({"christmas", "easter", "thanksgiving", "diwali", "eid", "hanukkah", "ramadan", "xmas"})
# Heads of the names of prizes and events ("the Tallow Prize"): no person's.
EVENT_HEADS = frozenset({"prize", "award", "awards", "trophy", "cup", "medal", "festival", "games", "championship", "championships"})
# Titles and roles only a person holds: evidence that a name is a person's.
PERSON_ROLES = TITLE_WORDS - set(
    """
    assistant associate senior junior acting interim former foreign defence defense finance health
    interior home state affairs economy economic education transport environment energy trade culture
    sport sports labour labor treasury commerce agriculture security intelligence council cabinet
    committee board alliance ministry department office agency commission union government
    administration parliament congress senate assembly court tribunal club team party company firm
    group bank university institute organisation organization association federation league service
    authority house kremlin officials opposition
    """.split()
) - ORG_WORDS


PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "they": "p", "it": "n", "we": "p", "i": None, "you": None}


# A possessive determiner opening a lead-in ("His message was blunt:").
POSSESSIVE_PRONOUNS = {"his": "m", "her": "f", "their": "p", "its": "n", "our": "p", "my": None}
# Words after which a word is a noun or an adjective, never a verb: "a
# written statement", "their calls".
DETERMINERS = {"a", "an", "the", "your"} | set(POSSESSIVE_PRONOUNS)
BE_FORMS = {"be", "been", "being", "is", "are", "was", "were"}


# Words for whoever leads a body, whatever their title ("the THS boss" for
# its Director-General).
BODY_HEAD_WORDS = frozenset({"boss", "chief", "head", "supremo"})
# Role nouns a headline or a later sentence uses for a role given otherwise.
ROLE_SYNONYMS = {
    "boss": {"manager", "coach", "chief", "head"},
    "chief": {"head", "boss"},
    "head": {"chief", "boss"},
    "leader": {"head", "chief", "president", "chair", "chairman", "chairwoman", "chairperson"},
    "rider": {"cyclist", "jockey"},
    "cyclist": {"rider"},
    "jockey": {"rider"},
    "singer": {"star", "artist", "musician"},
    "star": {"singer", "actor", "actress", "player"},
    # "The traditional ruler of X, Y, ..." then "the monarch said".
    # "press secretary X" then "the spokesman said".
    "spokesman": {"spokesperson", "spokeswoman"},
    "spokeswoman": {"spokesperson", "spokesman"},
    "spokesperson": {"spokesman", "spokeswoman"},
    # "Committee Chair X" then "the chairman said", and the other way.
    "chair": {"chairman", "chairwoman", "chairperson"},
    "chairman": {"chair", "chairperson"},
    "chairwoman": {"chair", "chairperson"},
    "chairperson": {"chair", "chairman", "chairwoman"},
    "monarch": {"ruler", "king", "queen"},
    # "the Rev. Ana Roe" then "the pastor said".
    **{clergy: {"reverend"} for clergy in ("pastor", "priest", "vicar", "rector", "chaplain", "preacher", "cleric", "clergyman", "clergywoman")},
    "ruler": {"monarch", "king", "queen"},
    # "Mr Justice X" (a High Court judge's title) then "the judge said".
    "judge": {"justice"},
    "justice": {"judge"},
    # A team's roles, as sports pages vary them: "skipper X" then "the captain said".
    "skipper": {"captain"},
    "captain": {"skipper"},
    "keeper": {"goalkeeper"},
    "goalkeeper": {"keeper"},
    "striker": {"forward"},
    "forward": {"striker"},
    # "chief executive officer X" then "the CEO said", and the other way.
    "ceo": {"executive"},
    "executive": {"ceo"},
    # "Director General X" then "the agency's DG said".
    "dg": {"general", "director"},
    "premier": {"prime"},
}


# Offices a later sentence names by what they are ("the head of state
# said"): the titles their holders are printed with.
OFFICE_PHRASES = {
    "head of state": frozenset({"president", "king", "queen", "monarch", "emir", "sultan", "emperor"}),
    "head of government": frozenset({"prime", "premier", "chancellor", "taoiseach"}),
}


# Court reports name each side's advocate by a participle ("X,
# prosecuting, said", "Y, defending, told the court"); later sentences
# call them by their role ("the prosecutor", "the solicitor").
_ADVOCATES = frozenset({"lawyer", "solicitor", "barrister", "counsel", "advocate"})
COURT_SIDES = {"prosecuting": frozenset({"prosecutor"}), "defending": _ADVOCATES, "mitigating": _ADVOCATES}


# Titles that are also common surnames, kept inside a name between a
# given name and a surname ("Ann King Roe").
SURNAME_TITLES = frozenset({"king", "bishop", "judge", "dean", "major", "marshal", "knight", "lord", "duke", "prince", "earl", "sheriff"})


# Capitalised at the start of a sentence but never a name.
FUNCTION_WORDS = set(
    """
    a an the this that these those and but or nor so yet for of in on at to by with from into onto
    upon about above after against along among around as before behind below beneath beside between
    beyond during except inside near off out outside over past since through throughout till toward
    towards under until up via within without however meanwhile moreover furthermore nevertheless
    nonetheless still also then later earlier now today yesterday tomorrow tonight here there while
    when where whether which who whom whose what why how if though although because since unless
    once after despite including like unlike than instead indeed thus hence therefore otherwise
    speaking asked according following turning referring highlighting emphasising emphasizing
    touching lastly finally first second third next last both either neither each every all some
    any many much more most few several no not only even just it its it's his her their our my your
    he she they we i you him them us me mr mrs ms dr sir on monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november
    december yes no please thank thanks let one two three four five six seven eight nine ten
    another other others such whatever
    """.split()
)


# Royal titles, printed before one given name and no surname ("King
# Olaf", "Prince Karim"): the display name keeps them. Not "Pope": a
# pope's name of reign alone is how the press names him after the first
# mention ("X said" for "Pope X"), and how labelled news corpora record him.
REGNAL_TITLES = {"king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir"}
# Titles of rank held by one sex only: a king is a man, a duchess a woman
# (a peer's "Lord", "Lady", "Baron" or "Baroness" give theirs as forms of address).
RANK_GENDER = {
    "king": "m", "prince": "m", "emperor": "m", "sultan": "m", "emir": "m", "duke": "m", "earl": "m",
    "queen": "f", "princess": "f", "empress": "f", "duchess": "f", "countess": "f",
}


# Honorifics of the clergy: whoever bears one holds a church's ministry.
CLERGY_HONORIFICS = frozenset({"rev", "reverend", "fr"})


# Abbreviated titles and the role a later definite noun calls them by
# ("Gov. X" ... "the governor said").
TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "col": "colonel",
    "lt": "lieutenant", "dr": "doctor", "prof": "professor", "supt": "superintendent",
    "insp": "inspector", "ald": "alderman", "cllr": "councillor", "clr": "councillor", "cr": "councillor", "coun": "councillor", "pm": "prime minister", "cm": "chief minister", "fm": "foreign minister", "capt": "captain", "sgt": "sergeant", "maj": "major",
    "cmdr": "commander", "det": "detective", "adm": "admiral",
    # Ranks and offices as police, military and court reports abbreviate
    # them before a name ("Cpl. X", "Const. X", "Brig. Gen. X", "Adv. X").
    "cpl": "corporal", "const": "constable", "cst": "constable", "pte": "private", "brig": "brigadier",
    "cdr": "commander", "spc": "specialist", "adv": "advocate", "atty": "attorney", "dep": "deputy",
    "asst": "assistant", "amb": "ambassador", "del": "delegate", "pres": "president", "supv": "supervisor",
    # British and Irish police ranks in capitals ("PC X", "DCI X", "Gda X").
    "pc": "constable", "wpc": "constable", "pcso": "officer", "dci": "inspector", "gda": "garda",
    # Professions West African pages print as titles ("Engr. X", "Barr. X").
    "engr": "engineer", "barr": "barrister", "sec": "secretary",
    # A councillor as some Irish and Northern Irish pages abbreviate it ("Colr. X").
    "colr": "councillor",
}
# A case, then the role of the one who brings it ("the petition was filed by X": X is "the petitioner").
LITIGANTS = {
    "petition": "petitioner", "pil": "petitioner", "plea": "petitioner", "lawsuit": "plaintiff", "suit": "plaintiff",
    "complaint": "complainant", "appeal": "appellant",
}


# Organisation head words and the definite nouns that refer back to such an
# organisation ("the Harbour Employers' Association" ... "the association").
ORG_TYPES = {
    "association": {"association", "group", "organisation", "organization", "body"},
    "federation": {"federation", "group", "body", "organisation", "organization"},
    "ministry": {"ministry", "department", "government"},
    "department": {"department", "ministry", "government"},
    "treasury": {"treasury", "department", "ministry", "government"},
    "institute": {"institute", "organisation", "organization", "body", "group"},
    "commission": {"commission", "body", "regulator", "watchdog"},
    "service": {"service", "agency", "body"},
    "agency": {"agency", "body", "regulator", "watchdog"},
    "authority": {"authority", "agency", "regulator", "body", "watchdog"},
    "office": {"office", "agency", "department"},
    "bureau": {"bureau", "agency"},
    "administration": {"administration", "agency"},
    "council": {"council", "body", "authority"},
    "union": {"union", "group", "organisation", "organization"},
    "organisation": {"organisation", "organization", "group", "body"},
    "organization": {"organisation", "organization", "group", "body"},
    "company": {"company", "firm", "group", "business"},
    "corporation": {"company", "firm", "group", "corporation", "business"},
    "group": {"group", "company", "firm"},
    "holdings": {"company", "firm", "group"},
    "inc": {"company", "firm"}, "ltd": {"company", "firm"}, "plc": {"company", "firm"},
    "llc": {"company", "firm"}, "corp": {"company", "firm"}, "co": {"company", "firm"},
    "therapeutics": {"company", "firm", "developer", "drugmaker"},
    "pharmaceuticals": {"company", "firm", "developer", "drugmaker"},
    "pharma": {"company", "firm", "drugmaker"},
    "biotech": {"company", "firm"}, "labs": {"company", "firm"},
    "motors": {"company", "firm", "carmaker"}, "airlines": {"company", "airline", "carrier"},
    "airways": {"company", "airline", "carrier"}, "industries": {"company", "firm", "group"},
    "technologies": {"company", "firm"}, "systems": {"company", "firm"}, "foods": {"company", "firm"},
    "appliances": {"company", "firm", "manufacturer"}, "energy": {"company", "firm", "utility"},
    "power": {"company", "firm", "utility"}, "bank": {"bank", "lender"},
    "university": {"university", "institution"}, "foundation": {"foundation", "charity"},
    "trust": {"trust", "charity"}, "network": {"network", "group"}, "forum": {"forum", "group"},
    "coalition": {"coalition", "group"}, "party": {"party"}, "club": {"club"}, "court": {"court", "bench"},
    # a tribunal rules through a panel: "the Tallow Rents Tribunal ... the panel said"
    "tribunal": {"tribunal", "panel"},
    "committee": {"committee"}, "board": {"board"}, "police": {"police", "force"},
    "navy": {"navy"}, "army": {"army"}, "inspectorate": {"inspectorate", "watchdog", "regulator", "body"},
    "society": {"society", "group", "charity"}, "alliance": {"alliance"}, "league": {"league"},
    # a political front or movement: "the Harbour Front for Change ... the Front said"
    "front": {"front", "movement", "group"}, "movement": {"movement", "group"},
    "government": {"government"}, "parliament": {"parliament"}, "school": {"school"},
    "hospital": {"hospital"}, "campaign": {"campaign", "group"},
    "zoo": {"zoo"}, "aquarium": {"aquarium"}, "museum": {"museum", "institution"},
    # a royal household speaks by its seat: "Tallow Palace ... the palace said"
    "palace": {"palace"},
    # a newspaper: "The Dayton Times reported ... the paper wrote"
    "times": {"newspaper", "paper", "daily", "publication"}, "post": {"newspaper", "paper", "daily", "publication"},
    "news": {"network", "outlet", "newspaper", "paper"}, "media": {"outlet", "company", "group"},
}
# Every noun that refers back to some organisation.
ORG_NOUNS = set().union(*ORG_TYPES.values())


# Name particles written in lower case inside a name ("Erik ten Hag"), and
# the Welsh and Irish ones before a surname ("ap", "Ní", "Ó"): "Ms Ní Bhraonáin"
# is the surname of "Ana Ní Bhraonáin".
# Words that open a phrase of place or time before a comma at the start of a
# sentence ("On Monday,", "In Tallow,", "Last week in Tallow,"): no name follows them there.
OPENING_PREPOSITIONS = frozenset(
    "on in at from by since until after before during across throughout near outside inside within last this next".split()
)
# The articles of Irish, Scottish Gaelic and Welsh inside a body's name
# ("Bord na Mara", "Comunn nan Eilean", "Cymdeithas yr Afon"), and in a few
# people's ("Carla na Nagara").
CELTIC_ARTICLES = frozenset({"na", "nan", "nam", "yr"})
PARTICLES = CELTIC_ARTICLES | {"de", "da", "di", "del", "dela", "delos", "della", "der", "den", "van", "von", "ten", "ter", "la", "le", "du", "dos", "das", "bin", "ibn", "al", "el", "st", "y", "ul", "ud", "ap", "wa", "ní", "nic", "ó", "uí"}


SPEECH_VERBS = set(
    """
    said says say told tells stated added adds explained explains continued continues concluded
    concludes noted asserted asserts stressed stresses argued argues insisted insists warned warns
    declared declares announced announces wrote writes tweeted posted replied responded responds
    answered remarked commented emphasised emphasized emphasises emphasizes acknowledged acknowledges
    admitted admits claimed observed observes urged urges appealed vowed predicted predicts confirmed confirms
    recalled recalls conceded concedes suggested suggests cautioned underlined underscored highlighted highlights maintained
    contended complained reiterated reiterates affirmed boasted joked quipped shouted mused exclaimed
    lamented revealed disclosed ruled wrote countered pledged promised told asked described
    fumed blasted raged stormed snapped laughed sighed pleaded begged gushed beamed retorted
    raged ranted seethed scoffed sneered groaned smiled grinned chuckled cried sobbed wept
    reported reports written
    yelled screamed chanted hollered read reads
    argue vows assured assures proclaimed proclaims barked vented opined opines
    asks testified testifies recommended recommends wondered wonders demanded alleged alleges
    questioned queried
    elaborated recounted recounts repeated repeats
    interjected interjects interrupted whispered murmured muttered mumbled stammered thundered bellowed
    crowed gloated bragged huffed griped grumbled groused moaned whined confided confessed surmised
    speculated theorized theorised posited reasoned marvelled marveled enthused texted emailed
    messaged intoned ventured clarified objected protested hinted teased advised captioned captions
    cautions notes indicated indicates mentioned mentions
    claims maintains complains laments reveals counters replies boasts jokes quips affirms contends
    reaffirmed reaffirms
    """.split()
)
PARTICIPLES = set(
    """
    adding saying noting stressing explaining insisting warning declaring arguing telling writing
    concluding emphasising emphasizing asserting claiming acknowledging urging promising vowing
    continuing remarking recalling cautioning reiterating countering stating
    conceding admitting complaining lamenting
    shouting yelling screaming asking replying answering responding joking quipping tweeting
    alleging demanding suggesting predicting pledging boasting pleading maintaining contending affirming
    """.split()
)
SPEECH_NOUNS = set(
    """
    announcement announcements statement statements comment comments remark remarks words message
    speech address interview tweet post pledge promise warning claim declaration testimony letter questions
    """.split()
)
QUOTATION_NOUNS = frozenset({"quotes", "quotations"})  # the words quoted, heading them ("Quotes from X:")
MULTIWORD_VERBS = re.compile(
    r"\b(?:(?:pointed|points) out|(?:summed|sums) up|(?:went|goes) on|[Aa]ccording to)\b"
    # "As per X, ...": "according to" as Indian English prints it.
    r"|\b[Aa]s per\b"
    # "“...,” per Jane Roe", "Per the club, ...": the same, bare, as sports
    # and wire copy print it; only set off by a comma or opening the
    # sentence, and before a name or "the" ("$5 per hour" is no cue, and
    # "X said, per a translator, that" stays X's).
    r"|(?:(?<=, )|(?<=,” )|(?<=,\" )|(?<=,’ )|(?<=,' )|(?<=\u25a0 )|(?<![\w\s-])|(?<=[.!?] ))(?:per|Per)\b(?=\s+(?:[A-Z]|the\s))"
    # "In the words of X, “...”": the same, as a speech or a column prints it.
    r"|\b[Ii]n the words of\b"
    # Tabloid comebacks and attacks: "X shot back", "X hit out", "X took aim at"; their participles
    # set off by a comma ("..., lashing out at the “...”", "..., railing against"), not a gerund
    # ("after lashing out"). "X railed against" alone is no cue: what it rails against is seldom the words.
    r"|\b(?:shot|shoots|hit|hits|fired|fires|snapped|snaps|struck|strikes|bit|bites) back\b"
    r"|\b(?:hit|hits|lashed|lashes) out\b|\b(?:took|takes) aim at\b"
    r"|(?<=, )(?:(?:shooting|hitting|firing|snapping|striking|biting) back|(?:hitting|lashing|pointing) out|taking aim at|railing against|summing up)\b"
    # "As Jane Roe put it, “...”", "as the report puts it:".
    r"|\b(?:put|puts) it\b"
    # "X issued the following statement:", "X spoke of a “nightmare”", "X apologised for the “...”".
    r"|\bissued (?:the following|a|this) statement\b"
    r"|\b(?:spoke|speaks|talked|talks) (?:of|about)\b"  # "spoke about “...”" too
    # "talked during the rally about the “...”", "spoke to the board of a “...”": a short phrase
    # of time, place or hearer between, when the quotation is what was spoken of
    r"|\b(?:spoke|speaks|talked|talks) (?:during|at|on|in|to|with|before|after) (?:[\w'’-]+ ){0,4}?[\w'’-]+ (?:of|about)"
    r"(?=[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,2}(?:\u25a0|$))"
    r"|\b(?:apologi[sz]ed|apologi[sz]es) for\b"
    # "X made it clear that the bill was “...” passed": a statement made plain
    # ("failed to make clear" says nothing was).
    r"|(?<!to )\b(?:made|makes|make) (?:it )?clear\b"
    # "The 70-year-old shared: “...”": only with the quotation as its object
    # ("they shared “the same views”" is no speech).
    r"|\b(?:shared|shares)(?=[ \u00a0]*[:,][ \u00a0]*(?:\u25a0|$))"
)


ADVERBS = {
    "also", "later", "then", "further", "again", "previously", "recently", "once", "reportedly",
    "subsequently", "simply", "just", "repeatedly", "quickly", "earlier", "had", "has", "have", "was",
    "is", "would", "will", "already", "publicly", "privately", "separately", "herself",
    "himself", "themselves", "however", "meanwhile", "though", "too", "firmly",
    "clearly", "angrily", "calmly", "bluntly", "flatly",
    # conjunctive adverbs that open a sentence before its subject ("Elsewhere, X said")
    "elsewhere", "otherwise", "likewise", "moreover", "furthermore", "nevertheless", "nonetheless",
    "instead", "indeed", "overall", "besides", "afterwards", "meantime", "still",
}
# Words that end a noun phrase scanned leftwards from a verb.
NP_BREAK = FUNCTION_WORDS - {"the", "a", "an", "mr", "mrs", "ms", "dr", "sir"} | {"that", "said", "who", "which"}
OBLIQUE = {
    "with", "to", "by", "from", "for", "of", "about", "on", "at", "in", "into", "against", "between",
    "among", "toward", "towards", "alongside", "than", "like", "including", "via", "upon", "over",
    "under", "after", "before", "behind", "beside", "and",
    "without", "unlike", "despite", "amid", "amidst", "across", "throughout", "within", "beyond", "besides", "except",
}
# "on Sept. 6": a month's abbreviation before the day ends no sentence.
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
ABBREV = {"mr", "mrs", "ms", "smt", "dr", "st", "jr", "sr", "prof", "gen", "lt", "col", "capt", "sgt", "rev", "no", "vs", "fr", "gov", "sen", "rep", "maj", "u.s", "u.k", "e.g", "i.e", "inc", "ltd", "co", "corp", "hon"} | set(TITLE_ABBREVIATIONS)


# A relative clause after a name describes it; the name is still the subject.
RELATIVES = frozenset({"who", "whose", "whom", "which"})
APPOSITIVE_END = {"for", "of", "at", "in", "responsible", "who", "which", "on", "to", "since", "with", "from", "and"}
PAST_QUALIFIERS = {"former", "ex", "outgoing", "previous"}
# Words that rank an office within its kind ("Chief Medical Officer", "Deputy Minister").
OFFICE_QUALIFIERS = {"chief", "prime", "deputy", "vice", "first", "lieutenant", "assistant", "junior"}
_ROLE_ADJECTIVES = {"new", "former", "top", "senior", "longtime", "long-time", "outgoing", "incoming", "current", "then", "chief", "lead", "veteran"}
MASK = "\u25a0"
# A description set off by commas between a name and its verb of speech
# ("Ana Roe, an organiser of the march, said"): no quotation, no clause end.
SET_OFF_ASIDE = r",[^,.;:“”\"" + MASK + r"]{1,80},"


ORG_CONNECTORS = {"of", "for", "and", "on", "de", "du", "des", "del", "der", "für", "&"} | CELTIC_ARTICLES
# A name that speaks "in a statement" or "in a filing" is an organisation.
# The plain verbs of a report's attribution, as a pattern's alternation
# ("..., the THB said.", "..., says Ana Roe", "“...” She added."): one list
# for the patterns that find an attribution by its shape.
SAID_FORMS = r"(?:said|says|added|adds|stated|states|explained|explains|announced|confirmed)"
STATEMENT_RE = re.compile(r"\s+(?:also\s+)?(?:said|says|announced|confirmed|added|warned|stated)\s+(?:on\s+\w+\s+)?in\s+a\s+(?:statement|filing|press\s+release|blog\s+post)\b")
# ", who" after a name: the name opens a relative clause as its subject.
RELATIVE_WHO_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*who\b")
ORG_GAPS = {"", " ", "' ", "’ "}
MAX_ORGS = 200
UNTYPED_ORG = {"company", "firm", "group", "organisation", "organization", "body"}
# Titles only a body's officers hold ("Harbour Oil Chairman Ana Roe"): the
# capitalised words before one name a body. Not "president" or
# "secretary", which a country or a government also has.
BOARD_TITLES = frozenset({"chairman", "chairwoman", "chairperson", "ceo", "founder", "cofounder", "co-founder"})
CONJUNCTIONS = {"but", "and", "yet", "so", "or", "however", "meanwhile", "still", "also", "then", "now", "instead"}
# Verbs that put a partial quotation in the subject's mouth only when it
# follows them in the sentence ("X called the findings “...”").
CALL_VERBS = {
    "called", "calls", "calling", "described", "describes", "describing", "branded", "brands", "branding",
    "dubbed", "dubs", "dubbing", "labelled", "labeled", "labelling", "labeling", "termed", "terming",
    "characterized", "characterizes", "characterised", "characterises", "portrayed", "portrays",
    # "X accused Y of “...”", "X decried the “...”": a charge in the subject's words
    "accused", "accuses", "accusing", "denounced", "denounces", "decried", "decries", "mocked", "mocks",
    "praised", "praises", "criticized", "criticised", "criticizes", "criticises", "dismissed", "dismisses", "blamed", "blames",
    # "X thanked Y for his “...”", "X hailed it as “...”": praise and blame in the subject's words
    "thanked", "commended", "commends", "lauded", "lauds", "hailed", "hails", "slammed", "slams",
    "condemned", "condemns", "lambasted", "lambasts", "derided", "derides", "ridiculed", "ridicules",
    # "X cited the “...” as the reason": the reason in the subject's words
    "cited", "cites", "citing", "chided", "chides", "panned", "pans",
    # "X attacked Y for being a “...”", "X questioned Y's “...”": the charge in the subject's words
    "attacked", "questioned",
    # "X expressed “regret” over ...": the feeling in the subject's words
    "expressed", "expresses",
    # "X likened the rules to “...”": the comparison in the subject's words
    "likened", "likens", "compared", "compares", "equated", "equates",
    # "X attributed the outage to “...”": the cause in the subject's words
    "attributed", "attributes",
    # "X wished the defectors “all the best”", "X credited Y's “...”" ("tax credits" is a noun)
    "wished", "wishes", "credited",
    # "demands which X deemed “...”": a judgement in the subject's words ("judges" is a noun too)
    "deemed", "deems", "judged",
}
CALL_PARTICIPLES = {
    "calling", "describing", "branding", "dubbing", "labelling", "labeling", "terming", "accusing", "citing",
    # "Praising the tenants' “...”, Jane Roe said": praise and blame in the speaker's words
    "praising", "hailing", "thanking", "criticising", "criticizing", "condemning", "slamming", "blaming",
    "mocking", "dismissing", "decrying", "denouncing", "likening", "attacking",
}
# Nouns of speech after a possessive: "His message to X was blunt:".
SPEECH_HEADS = SPEECH_NOUNS | {"reply", "answer", "response", "verdict", "advice", "view", "point", "argument", "tone", "assessment", "reaction"}
# Lower-case words with a role-noun ending that are no role ("the river",
# "however"): a description ends in a role, a clause does not.
NOT_ROLES = {
    "never", "ever", "over", "under", "after", "other", "another", "rather", "whether", "together",
    "either", "neither", "later", "earlier", "water", "number", "order", "matter", "letter", "paper",
    "power", "weather", "corner", "border", "river", "summer", "winter", "october", "november",
    "december", "september", "register", "monster", "silver", "further", "whatever", "wherever",
    "whoever", "forever", "error", "floor", "door", "minor", "major", "interior", "exterior", "former",
    "per", "her", "their", "our", "your", "for", "nor", "or", "present", "different", "recent",
    "current", "important", "significant", "urgent", "moment", "comment", "statement", "agreement",
    "payment", "event", "content", "extent", "amount", "account", "want", "meant", "sent", "spent",
    "went", "plant", "grant", "relevant", "decent", "silent", "violent", "frequent", "consider",
    "remember", "wonder", "enter", "offer", "deliver", "discover", "answer", "suffer", "prefer",
    "cover", "recover", "counter", "transfer", "refer", "differ", "lower", "newer", "older", "younger",
    "bigger", "larger", "smaller", "higher", "better", "greater", "longer", "stronger", "harder",
    "faster", "lighter", "closer", "whenever", "however", "soever", "meanwhile",
}
# Nouns of a span of time ("A week after the vote, X ...", "X last week
# said") and the days of the week.
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Days and months: "The Tallow Times on Saturday said" ends the paper's
# name at "on", for no body's name goes on into a date.
CALENDAR_NAMES = WEEKDAYS | {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}
TIME_NOUNS = WEEKDAYS | {
    "day", "week", "weekend", "fortnight", "month", "year", "decade", "hour", "minute", "moment", "night",
    "morning", "afternoon", "evening", "while",
}
# "Hours after the vote, the council said": a span of time opening a
# sentence, capitalised like a name, which no one is called.
TIME_PLURALS = frozenset(f"{w}s" for w in TIME_NOUNS - WEEKDAYS - {"while"})
# Role nouns news uses for sources it leaves unnamed ("the official
# said", "the senior adviser added"): a description headed by one is no
# named person's.
UNNAMED_SOURCE_HEADS = {
    "official", "officials", "source", "sources", "aide", "aides", "adviser", "advisor", "advisers",
    "advisors", "spokesman", "spokeswoman", "spokesperson", "person", "insider", "staffer", "operative",
    "strategist", "representative", "moderator", "employee", "worker", "member", "organizer", "organiser",
    "volunteer", "resident", "voter", "consultant", "delegate", "supporter", "observer",
    "witness", "eyewitness", "bystander",
}
# Roles a report often leaves unnamed for good ("the detective told the
# court", "the officer said"): a later "he" goes on with that person.
UNNAMED_ROLE_HEADS = UNNAMED_SOURCE_HEADS | {
    "officer", "detective", "policeman", "policewoman", "constable", "inspector", "investigator", "trooper",
    "paramedic", "firefighter",
}
# Plurals for groups of people a report leaves unnamed ("Critics said",
# "Witnesses told police"): capitalised to open a sentence, never a name.
GROUP_PLURALS = {f"{w}s" for w in UNNAMED_SOURCE_HEADS if not w.endswith("s")} | {
    "sources", "critics", "witnesses", "protesters", "protestors", "demonstrators", "campaigners",
    "activists", "neighbours", "neighbors", "villagers", "locals", "parents", "students", "passengers",
    "commuters", "fans", "opponents", "onlookers", "bystanders", "relatives", "investigators",
    "people", "crowds", "mourners", "families", "children", "women", "men", "others",
    "farmers", "pilgrims", "tourists", "shoppers", "pupils", "teachers", "nurses", "doctors",
    "authorities",
}
# Nouns that describe a person without being a title printed before a
# name: "the Republican nominee said", "the billionaire businessman began".
DESCRIPTION_NOUNS = {
    "nominee", "frontrunner", "front-runner", "billionaire", "mogul", "tycoon", "hopeful", "monarch", "veteran", "victim", "pupil",
    # what sport and show business call someone just named: "the Tallow United star said"
    "star", "superstar", "champion", "legend", "icon", "ace", "prodigy",
    # who holds the microphone: "Host X said"
    "host", "co-host", "cohost", "compere", "emcee",
    # the people someone knows: "X's neighbour said" is the neighbour, not X
    "neighbour", "friend", "colleague", "cousin", "classmate", "schoolmate", "schoolfriend", "teammate", "roommate",
    "flatmate", "housemate", "fiancee", "fiancée", "fiance", "fiancé", "girlfriend", "boyfriend", "acquaintance", "pal",
    "companion",
    # the judges who hear a case, as court reports name them: "the bench observed"
    "bench",
}
ROLE_SUFFIX_RE = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)$|[a-z]{4,}(?:man|woman|person)$")
# Nationality adjectives: printed alone they describe, they never name.
DEMONYMS = set(
    """
    american british english scottish welsh irish french german austrian swiss dutch belgian spanish
    portuguese italian greek turkish russian ukrainian polish czech slovak hungarian romanian
    bulgarian serbian croatian slovenian bosnian albanian danish swedish norwegian finnish icelandic
    estonian latvian lithuanian belarusian georgian armenian israeli palestinian lebanese syrian
    iraqi iranian saudi egyptian moroccan algerian tunisian libyan nigerian ghanaian kenyan
    ethiopian somali sudanese african south-african chinese japanese korean taiwanese vietnamese
    thai indonesian malaysian filipino indian pakistani afghan bangladeshi australian canadian
    mexican brazilian argentine argentinian chilean colombian peruvian venezuelan cuban european
    asian nordic arab kiwi luxembourgish maltese cypriot
    jamaican trinidadian barbadian bajan guyanese bahamian haitian dominican grenadian vincentian
    uruguayan paraguayan ecuadorian bolivian nepali nepalese lankan zimbabwean zambian ugandan
    tanzanian rwandan cameroonian senegalese ivorian
    spaniard swede croat serb briton aussie
    """.split()
)
# ("Finn", "Dane", "Scot", "Pole" name people as often as nations: not listed.)
# Parties and political affiliations, printed before a name as a label
# ("Republican X", "Labour's X").
AFFILIATIONS = set(
    """
    republican republicans democrat democrats democratic gop independent libertarian conservative
    liberal labour tory green socialist progressive centrist populist nationalist unionist
    """.split()
)
# A party's member, capitalised as a noun: news calls the politician it
# has just named so ("the Utah Republican said", "the 52-year-old Democrat").
PARTY_MEMBERS = {"Democrat", "Republican", "Tory", "Conservative", "Liberal", "Libertarian"}
# Role nouns an organisation can fill as well as a person ("Her promoter,
# Lantern Live, said"): a name in apposition to one may be a company.
ORG_CAPABLE_ROLES = {
    "promoter", "sponsor", "employer", "landlord", "contractor", "organiser", "organizer", "partner",
    "supplier", "distributor", "publisher", "backer", "insurer", "lender", "label", "broadcaster",
    "operator", "owner", "developer", "manufacturer", "retailer", "carrier", "builder", "agency",
    "studio", "producer", "parent", "subcontractor", "franchisee", "franchisor", "provider",
    "competitor", "challenger", "member", "customer", "buyer", "seller", "bidder", "shareholder",
    "tenant", "client", "importer", "exporter", "rival", "defendant", "claimant", "applicant",
}
# Verbs whose object is who was spoken to, never who spoke ("told
# Austrian broadcaster ORF", "told reporters").
ADDRESSEE_VERBS = {"told", "tells", "tell", "telling"}
# Places whose name stands for the body housed there ("Downing Street
# said", "Buckingham Palace said"); not "Hall" or "Hill", which are
# surnames as often.
SEAT_WORDS = {"street", "palace"}
# Words that end the name of a street or road: such a run is where someone
# lives, never a person ("the group from Orchard Close and Quarry Road said");
# not "Lane" or "Close", which are surnames too.
STREET_WORDS = {"street", "road", "avenue", "boulevard", "crescent", "terrace", "highway", "drive"}
# Words that end the name of a landform ("Prince Ivo Island", "the Marren
# Peninsula"): a place, whatever title or given name opens it.
LANDFORM_WORDS = frozenset({"island", "islands", "isle", "peninsula", "valley", "archipelago"})
# Words that end a place named after someone ("Ivo Marsh Bay", "Ana Roe
# Airport"): after a full name, a place; alone after one word a surname may be one ("Ana Bay").
NAMED_PLACE_TAILS = frozenset({"bay", "airport", "square", "bridge", "park", "beach", "lake", "river", "dam", "falls", "gardens", "harbour", "harbor"})
# Lower-case nouns for a structure or a site: a capitalised run right before
# one names the place ("the Tara Plaza building", "the Ivo Renk
# stadium"), never a person.
STRUCTURE_NOUNS = frozenset({
    "building", "tower", "block", "hotel", "bridge", "station", "mall", "complex", "factory", "plant", "mine",
    "stadium", "arena", "airport", "camp", "estate", "hall", "market", "site", "farm", "dam", "port", "terminal",
})
# Words that end the name of a law or a pact: such a run is a document,
# never a person ("the General Harbour Safety Regulation", "the Tallow
# Agreement", "the Harbour Jobs Programme"); "Bill" only after a word
# that is no given name nor a person's title ("the Harbour Schools Bill",
# "Senate Bill 77", not "Uncle Bill").
LAW_WORDS = {
    "act", "regulation", "regulations", "directive", "treaty", "convention", "accord", "accords", "agreement",
    "protocol", "charter", "amendment", "ordinance", "statute", "programme", "program", "scheme", "initiative",
    "code", "constitution", "bylaw", "bylaws",
}
# Verbs whose object is the one addressed ("urged the union to “...”"):
# before a quotation the noun phrase after them never speaks.
URGING_VERBS = {"urged", "urges", "appealed", "assured", "assures", "begged"}
# "heard from X", "evidence from X": X speaks, though after a preposition.
HEARD_FROM = {"heard", "hear", "hears", "hearing", "evidence", "testimony"}
AGE_ROLE_RE = re.compile(r"\bthe\s+[\w\-]+-year-old\s+(?:[a-z\-]+\s+){0,2}?([a-z\-]+)\b(?!\s+[A-Z])")


# Generational suffixes belong to the name as printed ("Pablo Vargas III");
# post-nominal letters (honours, degrees, silk, seats) do not.
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
POST_NOMINALS = {"kc", "qc", "sc", "mp", "mep", "msp", "ms", "obe", "cbe", "mbe", "kbe", "dbe", "phd", "frs", "mla", "td"}


ENGLISH_PREFIXES = {"ex", "co", "self", "part", "full", "well", "would", "non", "anti", "pro", "pre", "post", "half", "all", "one", "two", "mid", "vice", "re"}


INTRODUCING = {"like", "including", "as", "among"}
NUMBER_WORDS = set(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion dozen dozens hundreds thousands millions half
    """.split()
)
# Words in -ing that qualify a role-holder rather than take an object: ", outgoing
# Health Secretary Jo Roe said" is the subject, not the object of a participle.
ROLE_ING = frozenset({"outgoing", "incoming", "acting", "sitting", "serving", "long-serving", "retiring", "visiting", "presiding", "reigning", "ruling", "governing", "leading", "founding", "managing"})
NP_ING = {"during", "morning", "evening", "something", "nothing", "anything", "everything", "king", "thing", "spring", "ring"}


# Lower-case nouns that say what a one-word organisation is ("supermarket
# chain FreshWay", "budget airline SkyNorth", "Orbita, the satellite operator").
ORG_DESCRIPTORS = {
    "supermarket", "chain", "retailer", "grocer", "airline", "carrier", "operator", "company", "firm",
    "group", "bank", "lender", "insurer", "broadcaster", "publisher", "network", "startup", "start-up",
    "brand", "manufacturer", "maker", "carmaker", "developer", "utility", "charity", "club", "giant",
    "provider", "platform", "app", "store", "shop", "restaurant", "hotel", "brewery", "distributor",
    "supplier", "housebuilder", "builder", "broker", "fund", "newspaper", "website", "outlet", "agency",
    "consultancy", "regulator", "watchdog", "service", "business", "conglomerate", "producer", "studio",
    "label", "team", "airport", "railway", "university", "school", "hospital", "trust", "council",
    "drugmaker", "chipmaker", "automaker", "miner", "exporter", "importer", "refiner", "shipper",
    "shipbuilder", "telecoms", "delegation", "embassy", "paper", "daily", "magazine", "publication", "palace",
    # places that speak as a business does: "music venue the Velvet Anchor said"
    "venue", "pub", "cafe", "café", "bakery", "nightclub", "theatre", "theater", "cinema", "gallery", "museum",
}
# Nouns for a body that trades, which "the company said" may mean of a name
# printed with no kind ("Halden Ports"), unlike "the council" or "the agency".
TRADING_BODIES = {
    "company", "firm", "business", "operator", "carrier", "airline", "retailer", "chain",
    "manufacturer", "maker", "carmaker", "drugmaker", "developer", "provider", "supplier", "utility",
    "lender", "bank", "insurer", "startup", "start-up", "brand", "conglomerate", "producer", "shipper",
}
# Trading bodies described again with a lower-case modifier: "the tech giant", "the ore miner".
TRADE_KINDS = frozenset(TRADING_BODIES | {"giant", "miner", "refiner", "grocer", "shipper", "broker"})
# Kinds of organisation no person is called: "group", "charity", "bank",
# but not "giant" ("retail giant X"), "broker" or "miner".
BODY_KINDS = ORG_DESCRIPTORS - ORG_CAPABLE_ROLES - {"giant", "brand", "maker", "broker", "miner", "grocer", "shipper", "refiner", "team"}
# Bodies a nationality can head as a speaker: "the French delegation said".
NATIONAL_BODIES = {"delegation", "government", "embassy", "mission", "army", "navy", "military", "presidency", "police"}
# Bodies a place names with the body's word in lower case after it ("Tallow
# police", "Marren council"), which "the police", "the council" go back to.
PLACE_BODY_WORDS = frozenset({"police", "council", "government", "army", "navy"})


# A one-word name acting as only an organisation does: "FreshWay has recalled", "X apologised".
ORG_ACT_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:recalled|apologi[sz]ed|issued\s+a\s+statement|"
    r"(?:cancelled|canceled|grounded|axed)\s+(?:\d[\d,]*\s+)?(?:flights|services|orders|jobs))\b"
)
# Words that open a question or a clause and are capitalised only because
# they open the sentence ("Does Rubio ...", "Here's Clinton ..."): never
# part of a name. "Will" and "May" are given names, so they are not here.
LEADING_VERBS = {
    "does", "did", "do", "is", "was", "are", "were", "has", "have", "had", "can", "could", "would",
    "should", "must", "here's", "here’s", "there's", "there’s", "isn't", "isn’t", "doesn't", "doesn’t",
}
# Descriptions a page glues before a name: a label, not a given name.
NAME_LABELS = {"billionaire", "millionaire", "whip", "frontrunner", "front-runner", "nominee", "hopeful", "star"}
GENDERED = {
    "mother": "f", "mum": "f", "mom": "f", "grandmother": "f", "gran": "f", "grandma": "f", "wife": "f",
    "widow": "f", "daughter": "f", "sister": "f", "girl": "f", "aunt": "f", "niece": "f", "lady": "f",
    "father": "m", "dad": "m", "grandfather": "m", "grandad": "m", "granddad": "m", "husband": "m",
    "widower": "m", "son": "m", "brother": "m", "boy": "m", "uncle": "m", "nephew": "m",
}


# Verbs headlines put after their subject ("Minister Resigns", "Boss Steps
# Down"), beyond the speech verbs.
HEADLINE_VERBS = set(
    """
    quits quit resigns resign leaves exits steps hits slams blasts defends denies backs rejects
    demands calls apologises apologizes responds returns speaks breaks faces admits accepts
    disputes rebuts rebukes refuses urges warns vows praises attacks accuses endorses
    sworn elected re-elected reelected appointed arrested charged jailed sacked ousted
    sentenced convicted acquitted joins
    """.split()
)
# Those of them that report what the subject said ("Party slams ruling").
HEADLINE_SPEECH_VERBS = frozenset(
    """
    hits slams blasts defends denies rejects demands calls apologises apologizes responds admits
    disputes rebuts rebukes urges warns vows praises attacks accuses endorses
    """.split()
)
VERB_PARTICLES = {"back", "out", "down", "up", "off", "in", "on"}


# Bodies a country has one of: "the Government said" names it alone.
SINGULAR_BODIES = NATIONAL_BODIES | {"parliament", "police", "cabinet", "kremlin", "congress", "senate", "pentagon", "treasury"}
# Words of a body's name that give it a kind "the company" never means ("Tallow Senate", "the White House").
INSTITUTION_WORDS = ORG_NOUNS | SINGULAR_BODIES | {"house", "court", "assembly", "tribunal", "committee"}
# Kinds of public body that a trading company never is: "the council
# said" never means the Tallow Group named before it.
PUBLIC_BODY_NOUNS = SINGULAR_BODIES | {
    "council", "court", "tribunal", "assembly", "committee", "ministry", "department", "commission",
    "party", "union", "school", "university", "hospital", "legislature", "city", "county", "state",
}

# Auxiliaries and modals that stand between a subject and its verb ("X had
# said", "X would later tell").
AUXILIARIES = {"had", "has", "have", "would", "will", "did", "does", "could", "can", "might", "must", "should"}

# Adverbs that may open a description set off after a name ("X, also the
# MP for Y, said", "X, now the head of ...").
APPOSITIVE_ADVERBS = frozenset({"also", "now", "currently", "still", "formerly", "once", "then"})


# Nouns for a kind of place ("Tallow prefecture", "a market town").
PLACE_NOUNS = frozenset(
    {"capital", "town", "city", "village", "suburb", "district", "province", "county", "region", "municipality", "island", "state", "prefecture"}
)
# A description set off after a name that makes it a place: "Tallow Orrim,
# the state capital,", "Marlow, a market town".
PLACE_APPOSITIVE = (
    r",\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:" + "|".join(sorted(PLACE_NOUNS)) + ")"
    # the place noun ends the description ("a city councillor" is a person)
    r"(?=\s*[,.;:)]|\s+(?:of|in)\b)"
)
# Verbs of asking ("Y asked X how ...", "Roe pressed him"): the one asked answers.
QUESTION_VERBS = frozenset({"asked", "asks", "ask", "questioned", "pressed", "prodded", "quizzed", "grilled", "challenged", "interviewed"})
# Nouns news uses for a performer or a player just quoted ("the star
# continued", "the heartthrob explained"): epithets, no office anyone holds.
EPITHET_HEADS = frozenset(
    """star singer actor actress rapper heartthrob musician hitmaker songstress crooner frontman frontwoman
    comedian songwriter politician"""
    .split()
)
# Words a description may use for the holder of any post ("the Fine Gael
# leader" for the Taoiseach), whatever title the page printed.
ANY_HOLDER = frozenset({"leader", "politician", "lawmaker", "legislator", "incumbent", "veteran"})
