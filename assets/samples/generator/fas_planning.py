"""FAS planning samples: question -> analysis/decomposition -> predicted first action (nothing executed)."""

from common import (ALL_TOOLS, PARSE_FILE, PYTHON, RESEARCH_TOOLS, SCHOLAR, SEARCH, VISIT, WEB_PY_TOOLS,
                    WEB_TOOLS, answer, parse_file, plan, python, sample, scholar, search, step, visit)

WS = "webshaper"


def _fas(sid, question, plan_text, thought, action, *, answer_text=None, tools=WEB_TOOLS, judgment="unknown",
         metadata=None):
    steps = [{"action": plan(plan_text)}, step(thought, action)]
    return sample("fas_planning", sid, question, steps, judgment, answer_text=answer_text, tools=tools,
                  metadata=metadata)


def samples():
    out = []

    out.append(_fas(
        "fasp-001",
        "On 16 August 1986, the opening match of a team that won 10 consecutive DDR-Oberliga titles between "
        "1978 and 1988 took place at a sports complex with multiple facilities in Berlin. How many spectators "
        "attended this match?",
        "The question chains three constraints before the asked-for number.\n"
        "1. Identify the team: ten consecutive DDR-Oberliga titles in 1978-1988 points to BFC Dynamo, champions "
        "every season from 1978-79 to 1987-88. This needs only a quick confirmation.\n"
        "2. Identify the match: 'opening match' on 16 August 1986 is most likely the first fixture of the "
        "1986-87 season (league or season opener), not the opening of a stadium.\n"
        "3. Identify the venue: a multi-facility sports complex in Berlin - BFC Dynamo's home base was the "
        "Sportforum Hohenschönhausen, while many league games were played at the Friedrich-Ludwig-Jahn-Sportpark; "
        "the question's description fits the Sportforum.\n"
        "4. Find the attendance: season lists (List of Berliner FC Dynamo seasons), the German Wikipedia article "
        "on the Sportforum, or match databases.\n"
        "Pitfalls: do not confuse BFC Dynamo with Dynamo Dresden or 1. FC Union Berlin; attendance figures for "
        "East German matches are often rounded and can differ between sources, so cross-check two sources.",
        "The team identification is almost certain, so the first call should go straight for the match itself: "
        "several complementary queries that combine the date, the club and the venue in English and German.",
        search("BFC Dynamo 16 August 1986 opening match spectators",
               "1986-87 DDR-Oberliga BFC Dynamo first match Sportforum Hohenschönhausen",
               "Sportforum Hohenschönhausen 16. August 1986 Zuschauer"),
        answer_text="12,000",
        metadata={"source": WS, "source_id": "e31920d2-9c47-4a96-87c4-137427371f84", "domain": "sport"}))

    out.append(_fas(
        "fasp-002",
        "What is the name of the publisher that reissued in 2009 a book published in 1851, which was co-authored, "
        "advocated for atheistic naturalism, systematically explores phrenology and mesmerism, and was "
        "controversial for doing so?",
        "Two hops: (a) the 1851 book, (b) its 2009 reissue.\n"
        "(a) A co-authored 1851 book defending atheistic naturalism with phrenology and mesmerism strongly "
        "suggests 'Letters on the Laws of Man's Nature and Development' by Harriet Martineau and Henry George "
        "Atkinson, which scandalised Victorian readers. Confirm title and authors.\n"
        "(b) 2009 reissues of Victorian books are typical of Cambridge University Press's 'Cambridge Library "
        "Collection', but facsimile publishers (Kessinger, BiblioLife, Nabu) also reprinted many titles around "
        "2009-2010, so the publisher must be confirmed from a catalogue page, not guessed.\n"
        "Plan: search for the book with the descriptive features and for '2009 reissue' in the same call, then "
        "visit the publisher's catalogue page if one appears.",
        "I have a strong candidate for the book, so I search both for the book (to confirm it) and for its 2009 "
        "edition in one batched call.",
        search("1851 co-authored book atheism phrenology mesmerism controversial",
               "Letters on the Laws of Man's Nature and Development 2009 reissue publisher",
               "Martineau Atkinson Letters on the Laws of Man's Nature Cambridge Library Collection"),
        answer_text="Cambridge University Press",
        metadata={"source": WS, "source_id": "f94a23e2-62bc-437d-a158-66245b728eeb", "domain": "history"}))

    out.append(_fas(
        "fasp-003",
        "What is the name of the country where a book about the only V-bomber converted into a tanker aircraft "
        "was published?",
        "Sub-questions: which V-bomber is meant, which book, where it was published.\n"
        "The V-force had three types: Vickers Valiant, Avro Vulcan and Handley Page Victor. The Victor is the "
        "type that was systematically converted into tankers (K.1/K.1A and K.2) and served in that role until "
        "1993. Pitfall: Valiants also flew as tankers and six Vulcans were converted to K.2 tankers in 1982, so "
        "'the only V-bomber converted' is the question writer's framing; follow the Victor, which the sources "
        "the question is built on most likely describe.\n"
        "Then find a book specifically about the Victor (tanker history) and its place of publication. Most "
        "aviation histories of the Victor come from British publishers, but that must be checked.",
        "Start by confirming that the framing refers to the Handley Page Victor and by surfacing book titles "
        "about it in the same search.",
        search("V-bomber converted into tanker aircraft Handley Page Victor K2",
               "book Handley Page Victor tanker history publisher"),
        answer_text="UK",
        metadata={"source": WS, "source_id": "c5b287b9-846f-42d9-968d-1c90b2183623", "domain": "history"}))

    out.append(_fas(
        "fasp-004",
        "What is the name of the nationality of the person who served as Postmaster General and introduced a "
        "postal system that first implemented scheduled delivery times and operated on turnpike roads?",
        "The described system is the British mail coach service, started in 1784 between Bristol and London, "
        "which ran to a fixed timetable on the turnpike roads. Its originator was John Palmer of Bath, a theatre "
        "owner.\n"
        "Pitfall: Palmer was appointed Surveyor and Comptroller General of the Post Office, not Postmaster "
        "General; the question's title may be loose, so the identification should rest on the mail-coach "
        "system, not on the title.\n"
        "Remaining step: confirm Palmer's birthplace/nationality (born in Bath, England). The answer is a "
        "nationality, so 'English' rather than 'British' should be checked against how sources describe him.",
        "One search that ties the mail coach to John Palmer and his biography is enough to confirm both links.",
        search("first mail coach 1784 scheduled times turnpike roads John Palmer",
               "John Palmer Bath mail coach Comptroller General Post Office biography"),
        answer_text="English",
        metadata={"source": WS, "source_id": "6a4eeeec-3c52-4a1c-b5d9-ba51edc8ee5a", "domain": "history"}))

    out.append(_fas(
        "fasp-005",
        "What is the volume and issue number of the journal published by Taylor & Francis, which started in 1967 "
        "under the former name Bulletin of Concerned Asian Scholars, where a work analyzing declassified Soviet "
        "archival materials and arguing Soviet defensive motives for the 1979 Afghanistan invasion was published?",
        "The journal: Bulletin of Concerned Asian Scholars was renamed Critical Asian Studies (2001) and is "
        "published by Taylor & Francis (Routledge). The article: most likely David N. Gibbs's 'Reassessing "
        "Soviet motives for invading Afghanistan: a declassified history'.\n"
        "What to look up: the article's bibliographic record (volume, issue, year, pages). A scholarly index is "
        "the most direct route; the publisher's DOI page (tandfonline.com) is the authoritative check.\n"
        "Pitfall: Gibbs wrote several pieces on Afghanistan; make sure the record matches the declassified-"
        "archives article in Critical Asian Studies and not a different journal.",
        "This is a bibliographic lookup, so Google Scholar should return the record with its venue directly.",
        scholar("Reassessing Soviet motives for invading Afghanistan declassified history",
                "Gibbs Critical Asian Studies Soviet invasion Afghanistan archival"),
        answer_text="Volume 38, Issue 2",
        tools=RESEARCH_TOOLS,
        metadata={"source": WS, "source_id": "742b4fcc-3c07-4dc0-a9d3-9ad16b22485c", "domain": "history"}))

    out.append(_fas(
        "fasp-006",
        "What is the name of the country that has a mosque, which is part of a UNESCO World Heritage Site, "
        "located within its borders, and this mosque has intricately carved wooden columns including columns "
        "dating to the 10th and 19th centuries?",
        "A hypostyle mosque with carved wooden columns of very different ages is the Djuma (Juma) Mosque of "
        "Khiva, inside Itchan Kala (UNESCO, 1990). Its roof rests on over 200 wooden columns, a few of them "
        "said to date back to the 10th century.\n"
        "Verify: (1) the mosque really has 10th- and 19th-century columns; (2) it lies in Itchan Kala, Khiva; "
        "(3) Khiva is in Uzbekistan (Khorezm Region). Alternatives to rule out: other Central Asian mosques with "
        "wooden iwan columns whose columns are all of one period, and hypostyle mosques with stone columns.",
        "A single search with the distinctive features should surface the mosque and its World Heritage site.",
        search("mosque carved wooden columns 10th century UNESCO World Heritage",
               "Djuma Mosque Khiva wooden columns oldest dating"),
        answer_text="Uzbekistan",
        metadata={"source": WS, "source_id": "ae228fbb-7e40-45e0-972a-20b92d53cd1f", "domain": "geography"}))

    out.append(_fas(
        "fasp-007",
        "A transport aircraft transporting a bulldozer to Antarctica crashed in Brazil in July 1968. How many "
        "people were onboard?",
        "Hypotheses: a military or chartered heavy transport (C-130 Hercules, C-124 Globemaster, C-54) on a "
        "supply flight for an Antarctic programme - US Navy Operation Deep Freeze, or the Argentine, Chilean or "
        "British programmes - with a stop or diversion in Brazil.\n"
        "Steps: (1) find the accident record (Aviation Safety Network / Bureau of Aircraft Accidents Archives "
        "list crashes by date and country, so 'July 1968 Brazil' is a good filter); (2) confirm the cargo "
        "(bulldozer for Antarctica); (3) read occupants and fatalities - the question asks for people on board, "
        "not deaths.\n"
        "Pitfall: crashes in July 1968 are numerous; match cargo and destination, not just date and country.",
        "Accident databases are indexed by date and location, so a search combining July 1968, Brazil and the "
        "unusual cargo should find the record.",
        search("July 1968 transport aircraft crash Brazil bulldozer Antarctica",
               "1968 cargo plane crash Brazil en route Antarctica bulldozer aboard",
               "aviation-safety.net July 1968 Brazil transport crash"),
        answer_text="10 people",
        metadata={"source": WS, "source_id": "72a0bc66-0318-4912-ba41-744bdefcc86c", "domain": "history"}))

    out.append(_fas(
        "fasp-008",
        "What is the name of the person who provided testimony that helped convict two gang leaders - the leader "
        "of the Pierpont-Bridgewater-Northern gang, and another leader who committed a crime during the 1933 "
        "jailbreak at Lima, Ohio, involving fake official credentials, resulting in the death of a sheriff?",
        "Decode the entities: the gang leader is Harry Pierpont; the 1933 jailbreak at the Allen County jail in "
        "Lima, Ohio, freed John Dillinger, and Sheriff Jess Sarber was shot by men posing as prison officials "
        "with fake credentials. Pierpont, Charles Makley and Russell Clark were tried in Lima in 1934.\n"
        "Sub-questions: who testified for the prosecution at the Lima trials? Ed Shouse, an early Dillinger "
        "gang member who had turned state's witness, is the likely name.\n"
        "Pitfall: several gang members and associates testified in different trials (Indiana vs Ohio), so "
        "confirm the testimony relates to the Sarber murder convictions.",
        "Search for the trial and its witness directly; Wikipedia's Harry Pierpont article and Indiana history "
        "blogs usually name the witness.",
        search("Harry Pierpont trial Lima Ohio 1934 testimony witness Sarber murder",
               "Ed Shouse testified against Pierpont Makley"),
        answer_text="Shouse, one of the first members of the Dillinger gang",
        metadata={"source": WS, "source_id": "4590fe32-e6b2-4d77-a988-f212596e3684", "domain": "history",
                  "adapted": "question shortened (the original lists more gang details)"}))

    out.append(_fas(
        "fasp-009",
        "In 1920, an athlete set the final world record in an event that was later replaced by the 400m hurdles, "
        "achieving a time of 54.2 seconds. What was the name of the significant achievement during this "
        "athlete's sporting career?",
        "The event replaced by the 400 m hurdles is the imperial 440 yards hurdles, whose last IAAF-recognised "
        "record was set in 1920. Sub-questions: (1) who ran 54.2 s in 1920 (probably an American hurdler of the "
        "1920 Olympic era); (2) what that athlete's notable achievement was (e.g. an Olympic medal at Antwerp "
        "1920).\n"
        "Pitfalls: 54.2 s might be listed under the 400 m hurdles progression too; records in yards and metres "
        "are often mixed in progression tables, so read the table's event heading.",
        "The record progression page for the 440 yd hurdles should give the 1920 holder directly.",
        search("440 yards hurdles world record 54.2 1920",
               "men's 440 yards hurdles world record progression"),
        answer_text="He was an Olympic medalist",
        metadata={"source": WS, "source_id": "1b46afa3-ea00-40ba-954e-b67aa1c26b5d", "domain": "sport"}))

    out.append(_fas(
        "fasp-010",
        "In which year did the English cricketer who played for Somerset, accumulated 10,342 first-class runs "
        "without ever scoring a century, was known for bowling left-arm leg-break, and held the record for the "
        "most first-class runs without a century, pass away?",
        "Single entity, then one attribute. The distinctive key is the record: most first-class runs without a "
        "century (10,342). Cricket records sites (ESPNcricinfo, CricketArchive) and Wikipedia's list of "
        "first-class records should name him; the Somerset and left-arm wrist-spin details are confirmations.\n"
        "Then find the year of death from the player profile.\n"
        "Pitfall: do not take the record holder in all first-class cricket if it differs from the Somerset "
        "player - the question fixes Somerset, so check both.",
        "Search on the record figure itself, which is unique, together with Somerset.",
        search("most first-class runs without a century 10,342 Somerset",
               "Somerset cricketer left-arm wrist spin never scored a first-class century record"),
        answer_text="1995",
        metadata={"source": WS, "source_id": "3df8fd65-d226-4eb8-8db9-f63bbe11ccc4", "domain": "sport"}))

    # ----------------------------------------------------------------- own questions
    out.append(_fas(
        "fasp-011",
        "The American co-recipient of the 2020 Nobel Prize in Chemistry was born in which city?",
        "Hop 1: the 2020 Chemistry prize went to Emmanuelle Charpentier (France) and Jennifer Doudna (USA) for "
        "CRISPR-Cas9 genome editing, so the American laureate is Doudna.\n"
        "Hop 2: Doudna's birthplace. Pitfall: she grew up in Hilo, Hawaii, and is often described as a Hilo "
        "native; the birthplace (Washington, D.C.) is different from where she was raised. Look for an explicit "
        "'born in' statement (Nobel biography or Wikipedia infobox).",
        "The laureate is known; one search for her birthplace with both candidate places in the queries will "
        "show which one sources give as the place of birth.",
        search("Jennifer Doudna born city", "Jennifer Doudna birthplace Washington D.C. raised Hilo Hawaii"),
        answer_text="Washington, D.C.",
        judgment="correct",
        metadata={"source": "synthetic", "domain": "science"}))

    out.append(_fas(
        "fasp-012",
        "What is the half-life of the radionuclide used to label FDG, the most widely used PET tracer, and about "
        "how many half-lives elapse during a 6-hour imaging shift?",
        "Sub-questions: (1) FDG is [18F]fluorodeoxyglucose, so the radionuclide is fluorine-18; (2) its "
        "half-life is about 110 minutes - get the precise tabulated value (109.7 min); (3) divide 360 min by "
        "the half-life.\n"
        "The arithmetic is trivial once the value is confirmed; the only risk is quoting a rounded figure. "
        "Use a nuclear data source or a radiopharmacy reference.",
        "Confirm the exact half-life first; the division can be done afterwards.",
        search("fluorine-18 half-life minutes", "F-18 FDG half-life 109.7 min nuclear data"),
        answer_text="About 109.7 minutes; roughly 3.3 half-lives in 6 hours",
        judgment="correct",
        metadata={"source": "synthetic", "domain": "science"}))

    out.append(_fas(
        "fasp-013",
        "The Battle of Poltava was part of a war that ended with a treaty between Sweden and Russia. What was "
        "that treaty called and in what year was it signed?",
        "Poltava (1709) was the decisive battle of the Great Northern War (1700-1721). Sweden made separate "
        "peaces with Hanover and Prussia (Stockholm, 1719-1720) and Denmark-Norway (Frederiksborg, 1720); the "
        "peace with Russia was the Treaty of Nystad, signed in 1721 at Nystad (Uusikaupunki, Finland).\n"
        "This is stable, well-known history, so no lookup is necessary; the only care needed is to name the "
        "Russian treaty, not one of the other 1719-1720 treaties.",
        "All facts are standard and unambiguous; I can answer directly without a tool call.",
        answer("The Great Northern War ended between Sweden and Russia with the Treaty of Nystad, signed in 1721."),
        answer_text="Treaty of Nystad, 1721",
        judgment="correct",
        metadata={"source": "synthetic", "domain": "history"}))

    out.append(_fas(
        "fasp-014",
        "How many Grand Slam singles titles had the winner of the 2008 Wimbledon men's final won once that final "
        "was over?",
        "Hop 1: the 2008 Wimbledon final (Nadal d. Federer 6-4 6-4 6-7 6-7 9-7). Hop 2: count Nadal's majors "
        "up to and including that match: French Open 2005, 2006, 2007, 2008, then Wimbledon 2008.\n"
        "Pitfall: 'once that final was over' means the Wimbledon title is included (5), not the count before "
        "it (4). A career-statistics table with dates is the safest check.",
        "My count is from memory; a quick search for his Grand Slam title list confirms the ordering.",
        search("Rafael Nadal 2008 Wimbledon fifth Grand Slam title",
               "Rafael Nadal career Grand Slam finals list"),
        answer_text="5",
        metadata={"source": "synthetic", "domain": "sport"}))

    out.append(_fas(
        "fasp-015",
        "Using Apple's annual reports, what was the compound annual growth rate of Apple's total net sales from "
        "fiscal 2015 to fiscal 2023?",
        "Needed: total net sales for FY2015 and FY2023 from the 10-K filings (fiscal years end in late "
        "September), then CAGR = (S2023/S2015)^(1/8) - 1 over 8 years.\n"
        "Pitfalls: use net sales (revenue), not gross margin or operating income; make sure the figures come "
        "from the 10-K for those exact fiscal years (FY2015 ~ $233.7B, FY2023 ~ $383.3B from memory, to be "
        "verified); count 8 periods, not 9.\n"
        "Order: get both figures in one batched search, then compute in Python.",
        "Both inputs can be fetched in one batched search before any computation.",
        search("Apple 10-K fiscal 2015 total net sales", "Apple 10-K fiscal 2023 total net sales"),
        answer_text="About 6.4% per year",
        tools=WEB_PY_TOOLS,
        judgment="correct",
        metadata={"source": "synthetic", "domain": "finance"}))

    out.append(_fas(
        "fasp-016",
        "Which company was the first to reach a market capitalization of $3 trillion, and on what date did it "
        "first touch that level?",
        "Apple touched $3 trillion intraday on 3 January 2022 (first trading day of 2022) but closed slightly "
        "below it; it first closed above $3 trillion on 30 June 2023. Microsoft and Nvidia reached $3T later "
        "(2024).\n"
        "So the answer depends on 'touch' (intraday) vs 'close'. The question says 'first touch', i.e. "
        "intraday. Verify both dates with financial news so the distinction can be explained in the answer.",
        "News coverage from January 2022 should give the intraday date; one search with both wordings covers it.",
        search("first company $3 trillion market value intraday Apple January 2022",
               "Apple closes above $3 trillion market cap first time date"),
        answer_text="Apple, 3 January 2022 (intraday)",
        metadata={"source": "synthetic", "domain": "finance"}))

    out.append(_fas(
        "fasp-017",
        "In which Python release was the assignment expression ('walrus') operator := introduced, and which PEP "
        "specified it?",
        "Known facts: PEP 572 'Assignment Expressions' (authors Chris Angelico, Tim Peters, Guido van Rossum) "
        "was accepted in July 2018 - its acceptance preceded Guido stepping down as BDFL - and the feature "
        "shipped in Python 3.8 (October 2019). No ambiguity; no lookup needed.",
        "This is well-established language history; answering directly is appropriate.",
        answer("The := operator arrived in Python 3.8 and was specified by PEP 572, 'Assignment Expressions'."),
        answer_text="Python 3.8; PEP 572",
        tools=WEB_PY_TOOLS,
        judgment="correct",
        metadata={"source": "synthetic", "domain": "software"}))

    out.append(_fas(
        "fasp-018",
        "Which Linux kernel version first merged initial support for writing kernel code in Rust, and when was "
        "that version released?",
        "Sub-questions: (1) the kernel version where Rust infrastructure was merged into mainline (I believe "
        "6.1, merged during the 6.1 merge window in October 2022); (2) that version's release date (December "
        "2022). Pitfall: Rust patches were posted for review for years (2021-2022) and some articles speak of "
        "6.0 expectations; rely on the kernel's release notes (kernelnewbies.org) rather than news previews.",
        "Check the version and release date against kernel release notes in one search.",
        search("Linux kernel first release with Rust support merged",
               "kernelnewbies Linux 6.1 Rust infrastructure release date"),
        answer_text="Linux 6.1, released 11 December 2022",
        metadata={"source": "synthetic", "domain": "software"}))

    out.append(_fas(
        "fasp-019",
        "How much higher, in metres, is the highest point of Nepal than the highest point of the country whose "
        "capital is Thimphu?",
        "Thimphu is the capital of Bhutan. Needed: (1) Bhutan's highest point - Gangkhar Puensum (7,570 m), "
        "the world's highest unclimbed mountain; (2) Nepal's highest point - Mount Everest, 8,848.86 m by the "
        "2020 China-Nepal survey; (3) the difference.\n"
        "Pitfalls: Kula Kangri (7,538 m) is sometimes listed as Bhutan's highest but lies on the disputed "
        "border with China; older sources give Gangkhar Puensum as 7,564 m; Everest's older figure is 8,848 m. "
        "State which figures are used.",
        "Look up both elevations in one batched search so the figures come from current sources.",
        search("Bhutan highest mountain elevation Gangkhar Puensum",
               "Mount Everest official height 2020 survey 8848.86"),
        answer_text="About 1,279 m (8,849 m - 7,570 m)",
        metadata={"source": "synthetic", "domain": "geography"}))

    out.append(_fas(
        "fasp-020",
        "Who was Doge of Venice when the Battle of Lepanto was fought?",
        "Lepanto: 7 October 1571. Candidate doges around then: Pietro Loredan (1567-1570), Alvise I Mocenigo "
        "(1570-1577), Sebastiano Venier (1577-1578).\n"
        "Pitfall: Sebastiano Venier commanded the Venetian galleys at Lepanto and is strongly associated with "
        "the battle, but he only became doge in 1577. The answer should be the doge in office in October 1571.",
        "A quick check of the list of doges with dates settles which one was in office in 1571.",
        search("Doge of Venice 1571 Battle of Lepanto", "list of Doges of Venice 1570 1577 Alvise Mocenigo"),
        answer_text="Alvise I Mocenigo",
        metadata={"source": "synthetic", "domain": "history"}))

    out.append(_fas(
        "fasp-021",
        "Who is the first author of the paper that introduced the ReAct prompting method for language models, "
        "and at which conference was it published?",
        "The paper: 'ReAct: Synergizing Reasoning and Acting in Language Models' (2022 arXiv preprint, Princeton "
        "and Google). Needed: first author (Shunyu Yao) and the peer-reviewed venue (ICLR 2023).\n"
        "Pitfall: many citations point to the arXiv version; make sure the conference venue is taken from the "
        "proceedings/OpenReview record.",
        "A bibliographic question: Google Scholar gives authors and venue in one result.",
        scholar("ReAct: Synergizing Reasoning and Acting in Language Models"),
        answer_text="Shunyu Yao; ICLR 2023",
        tools=RESEARCH_TOOLS,
        judgment="correct",
        metadata={"source": "synthetic", "domain": "software"}))

    out.append(_fas(
        "fasp-022",
        "Using the attached spreadsheet ports_container_throughput_2022_2023.xlsx, which port had the largest "
        "year-on-year increase in container throughput (in TEU) between 2022 and 2023, and by what percentage?",
        "The data is in the user's file, so web search is the wrong first step.\n"
        "Plan: (1) parse the spreadsheet and inspect its columns (port, country, TEU 2022, TEU 2023, maybe "
        "units in thousands); (2) compute absolute and percentage changes; (3) check whether 'largest increase' "
        "means absolute TEU or percentage - report the absolute leader and give its percentage, and mention the "
        "percentage leader if different.\n"
        "Pitfalls: header rows, merged cells, and TEU given in thousands vs millions.",
        "Nothing can be answered before seeing the file's contents, so the first action is to parse it.",
        parse_file("ports_container_throughput_2022_2023.xlsx"),
        tools=ALL_TOOLS,
        metadata={"source": "synthetic", "domain": "geography", "attachment": "ports_container_throughput_2022_2023.xlsx"}))

    out.append(_fas(
        "fasp-023",
        "How many days passed between the launch of Sputnik 1 and the first crewed Moon landing?",
        "Dates: Sputnik 1 launched 4 October 1957; Apollo 11's lunar module Eagle landed on 20 July 1969 "
        "(20:17 UTC). Both dates are firmly established.\n"
        "Pitfalls: use one time standard for both events - Sputnik lifted off at 19:28 UTC (22:28 Moscow time, "
        "still 4 October), the landing was on 20 July in UTC and US time alike; leap days in 1960, 1964 and "
        "1968 must be counted, so use date arithmetic rather than mental calculation.",
        "The inputs are known; the risk is arithmetic, so compute the difference with Python right away.",
        python("from datetime import date\n"
               "sputnik = date(1957, 10, 4)\n"
               "apollo11_landing = date(1969, 7, 20)\n"
               "print((apollo11_landing - sputnik).days)"),
        answer_text="4,307 days",
        tools=WEB_PY_TOOLS,
        judgment="correct",
        metadata={"source": "synthetic", "domain": "science"}))

    out.append(_fas(
        "fasp-024",
        "What is the largest lake entirely within Canada, and into which river does it drain?",
        "Lake Superior and Lake Huron are larger but shared with the United States, so they are excluded by "
        "'entirely within Canada'. The largest wholly Canadian lake is Great Bear Lake (about 31,000 km2) in "
        "the Northwest Territories; it drains through the Great Bear River into the Mackenzie River.\n"
        "The facts are stable and well known; answering directly is fine, naming the outflow river and the "
        "river it joins.",
        "No ambiguity once the shared Great Lakes are excluded; answer directly.",
        answer("Great Bear Lake in the Northwest Territories; it drains via the Great Bear River into the "
               "Mackenzie River."),
        answer_text="Great Bear Lake; it drains via the Great Bear River into the Mackenzie River",
        judgment="correct",
        metadata={"source": "synthetic", "domain": "geography"}))

    out.append(_fas(
        "fasp-025",
        "The top scorer of the 2014 FIFA World Cup was playing for which club at the time of the tournament?",
        "Hop 1: the Golden Boot 2014 went to James Rodriguez (Colombia, 6 goals). Hop 2: his club during the "
        "tournament (June-July 2014). Pitfall: he transferred to Real Madrid on 22 July 2014, right after the "
        "World Cup, so many summaries list Real Madrid; the club at the time of the tournament was AS Monaco. "
        "Check the transfer date against the tournament dates (12 June - 13 July 2014).",
        "Search for the Golden Boot winner and his transfer date together.",
        search("2014 FIFA World Cup Golden Boot winner club", "James Rodriguez transfer Real Madrid date 2014 Monaco"),
        answer_text="AS Monaco",
        metadata={"source": "synthetic", "domain": "sport"}))

    return out
