"""HAS decision samples, short (3-6 steps). Every step lists the original action plus generated
alternatives (shuffled); the chosen one is the action the trajectory actually took."""

from common import (SYSTEM_PROMPT, WEB_PY_TOOLS, WEB_TOOLS, RESEARCH_TOOLS, answer, cand, has_steps, python,
                    python_obs, sample, scholar, scholar_obs, search, search_obs, visit, visit_obs)

META = {"source": "synthetic", "branching": "step-level"}


def _has(sid, question, truth, judgment, specs, tools=WEB_TOOLS, **meta):
    return sample("has_decision", sid, question, has_steps(sid, specs), judgment, answer_text=truth,
                  system=SYSTEM_PROMPT, tools=tools, metadata={**META, **meta})


def doudna():
    sid = "has-001"
    q = "The American co-recipient of the 2020 Nobel Prize in Chemistry was born in which city?"
    s1 = cand("The question has two hops: identify the American laureate of the 2020 Chemistry prize, then find "
              "the birthplace. I'll first confirm the laureates.",
              search("2020 Nobel Prize in Chemistry laureates", "2020 Nobel Prize Chemistry American laureate"))
    s1_alts = [
        cand("I am fairly sure the laureates were Charpentier and Doudna; I can go straight to Doudna's "
             "birthplace.", search("Jennifer Doudna birthplace")),
        cand("The official Nobel page lists laureates with their affiliations; visit it directly.",
             visit("https://www.nobelprize.org/prizes/chemistry/2020/summary/",
                   "Identify the 2020 Chemistry laureates and their nationalities")),
        cand("The American laureate is Jennifer Doudna of UC Berkeley, who is from California.",
             answer("Berkeley, California")),
    ]
    o1 = search_obs(
        ("2020 Nobel Prize in Chemistry laureates", [
            ("The Nobel Prize in Chemistry 2020 - NobelPrize.org",
             "https://www.nobelprize.org/prizes/chemistry/2020/summary/",
             "The Nobel Prize in Chemistry 2020 was awarded jointly to Emmanuelle Charpentier and Jennifer A. "
             "Doudna \"for the development of a method for genome editing.\""),
            ("Press release: The Nobel Prize in Chemistry 2020 - NobelPrize.org",
             "https://www.nobelprize.org/prizes/chemistry/2020/press-release/", 
             "Genetic scissors: a tool for rewriting the code of life. Emmanuelle Charpentier and Jennifer A. "
             "Doudna have discovered one of gene technology's sharpest tools: the CRISPR/Cas9 genetic scissors.",
             "Oct 7, 2020"),
            ("2020 Nobel Prize in Chemistry - Wikipedia",
             "https://en.wikipedia.org/wiki/2020_Nobel_Prize_in_Chemistry",
             "The 2020 Nobel Prize in Chemistry was awarded to Emmanuelle Charpentier (born 1968) of France and "
             "Jennifer Doudna (born 1964) of the United States ..."),
            ("CRISPR gene-editing pioneers win Nobel Prize in Chemistry - Nature",
             "https://www.nature.com/articles/d41586-020-02765-9",
             "Emmanuelle Charpentier and Jennifer Doudna share the award for developing the precise "
             "genome-editing technology.", "Oct 7, 2020"),
            ("Jennifer Doudna wins 2020 Nobel Prize in Chemistry | Berkeley News",
             "https://news.berkeley.edu/2020/10/07/jennifer-doudna-wins-2020-nobel-prize-in-chemistry/",
             "UC Berkeley's Jennifer Doudna shares the prize with Emmanuelle Charpentier, director of the Max "
             "Planck Unit for the Science of Pathogens in Berlin.", "Oct 7, 2020"),
        ]),
        ("2020 Nobel Prize Chemistry American laureate", [
            ("Jennifer Doudna - Wikipedia", "https://en.wikipedia.org/wiki/Jennifer_Doudna",
             "Jennifer Anne Doudna (born February 19, 1964) is an American biochemist who has pioneered work in "
             "CRISPR gene editing ..."),
            ("Two women share chemistry Nobel for CRISPR - Science",
             "https://www.science.org/content/article/crispr-gene-editing-pioneers-share-chemistry-nobel",
             "American biochemist Jennifer Doudna of the University of California, Berkeley, and French "
             "microbiologist Emmanuelle Charpentier ...", "Oct 7, 2020"),
            ("Jennifer A. Doudna - Facts - 2020 - NobelPrize.org",
             "https://www.nobelprize.org/prizes/chemistry/2020/doudna/facts/",
             "Jennifer A. Doudna. Born: 1964, ... Affiliation at the time of the award: University of California, "
             "Berkeley, CA, USA; Howard Hughes Medical Institute ..."),
        ]))
    s2 = cand("The American laureate is Jennifer Doudna. Now I need her birthplace; I'll search for her early "
              "life.", search("Jennifer Doudna born city", "Jennifer Doudna early life childhood"))
    s2_alts = [
        cand("The Wikipedia article will have the birthplace in its infobox; visit it.",
             visit("https://en.wikipedia.org/wiki/Jennifer_Doudna", "Find Jennifer Doudna's place of birth")),
        cand("The Nobel facts page listed 'Born: 1964, ...' with a place; visit it.",
             visit("https://www.nobelprize.org/prizes/chemistry/2020/doudna/facts/",
                   "Find Jennifer Doudna's place of birth")),
    ]
    o2 = search_obs(
        ("Jennifer Doudna born city", [
            ("Jennifer Doudna | Biography, Nobel Prize, & Facts | Britannica",
             "https://www.britannica.com/biography/Jennifer-Doudna",
             "Jennifer Doudna, American biochemist who ... When she was seven years old her family moved to Hilo, "
             "Hawaii, where her father took a job teaching at the University of Hawaii ..."),
            ("Hilo-raised scientist Jennifer Doudna wins Nobel Prize - Hawaii Tribune-Herald",
             "https://www.hawaiitribune-herald.com/2020/10/08/hawaii-news/hilo-raised-scientist-wins-nobel-prize/",
             "Jennifer Doudna, who grew up in Hilo and graduated from Hilo High School in 1981, shared this year's "
             "Nobel Prize in Chemistry ...", "Oct 8, 2020"),
            ("UH Hilo celebrates Nobel laureate Jennifer Doudna - University of Hawaii System News",
             "https://www.hawaii.edu/news/2020/10/07/jennifer-doudna-nobel-prize/",
             "Doudna, who spent her childhood in Hilo, credits a UH Hilo summer research program with sparking "
             "her interest in biochemistry ...", "Oct 7, 2020"),
            ("Jennifer Doudna - Wikipedia", "https://en.wikipedia.org/wiki/Jennifer_Doudna",
             "Early life and education. Doudna was born on February 19, 1964, in ... She spent most of her "
             "childhood in Hilo, Hawaii ..."),
        ]),
        ("Jennifer Doudna early life childhood", [
            ("Jennifer Doudna's journey from Hilo to the Nobel Prize - Hawaii Public Radio",
             "https://www.hawaiipublicradio.org/local-news/2020-10-07/doudna-hilo-nobel",
             "Doudna remembers feeling like an outsider in Hilo as a child, and discovering science through a "
             "copy of The Double Helix ...", "Oct 7, 2020"),
            ("The Code Breaker - Walter Isaacson (book excerpt)",
             "https://www.simonandschuster.com/books/The-Code-Breaker/Walter-Isaacson/9781982115852",
             "Jennifer Doudna grew up in Hilo, a town on the Big Island of Hawaii, where she was one of the few "
             "blond, blue-eyed children in her school ..."),
        ]))
    s3 = cand("The sources agree that Doudna grew up in Hilo, Hawaii, and several call her Hilo-raised or a Hilo "
              "native. That answers the question.", answer("Hilo, Hawaii"))
    s3_alts = [
        cand("The snippets talk about where she grew up and say the family moved to Hilo when she was seven - so "
             "she was born elsewhere. Open the Wikipedia article to read the exact birthplace.",
             visit("https://en.wikipedia.org/wiki/Jennifer_Doudna", "Find the exact place of birth")),
        cand("Britannica says the family moved to Hilo when she was seven; her birthplace is a different city, "
             "which I believe was Washington, D.C.", answer("Washington, D.C.")),
    ]
    return _has(sid, q, "Washington, D.C.", "incorrect",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)],
                error="answered with the childhood home (Hilo) instead of the birthplace")


def hubble():
    sid = "has-002"
    q = ("Which Space Shuttle orbiter carried the Hubble Space Telescope into orbit, and on what date was the "
         "telescope released from the shuttle?")
    s1 = cand("I need the orbiter and the deployment date, which may differ from the launch date. Start with "
              "a broad search on Hubble's launch.",
              search("Hubble Space Telescope launch space shuttle", "Hubble deployed 1990 shuttle mission"))
    s1_alts = [
        cand("The mission was STS-31; the mission page will have both facts.",
             visit("https://en.wikipedia.org/wiki/STS-31", "Find the orbiter and the date Hubble was deployed")),
        cand("Search NASA's own pages for the deployment.", search("NASA Hubble deployment STS-31 April 1990")),
    ]
    o1 = search_obs(
        ("Hubble Space Telescope launch space shuttle", [
            ("Hubble Space Telescope - Wikipedia", "https://en.wikipedia.org/wiki/Hubble_Space_Telescope",
             "The Hubble Space Telescope (HST or Hubble) is a space telescope that was launched into low Earth "
             "orbit in 1990 and remains in operation ... launched aboard Space Shuttle Discovery ..."),
            ("Hubble's 30th anniversary: launch and deployment - NASA",
             "https://science.nasa.gov/mission/hubble/overview/",
             "On April 24, 1990, the space shuttle Discovery lifted off from Kennedy Space Center carrying the "
             "Hubble Space Telescope ..."),
            ("Space Shuttle Atlantis and Hubble: the final servicing mission - NASA",
             "https://www.nasa.gov/mission/sts-125/",
             "STS-125, flown by Atlantis in May 2009, was the fifth and final Hubble servicing mission ..."),
            ("Hubble Launch - ESA/Hubble", "https://esahubble.org/about/history/",
             "Hubble was launched on 24 April 1990 on board the Space Shuttle Discovery (STS-31) ..."),
        ]),
        ("Hubble deployed 1990 shuttle mission", [
            ("STS-31 - Wikipedia", "https://en.wikipedia.org/wiki/STS-31",
             "STS-31 was the 35th mission of the American Space Shuttle program, which launched the Hubble Space "
             "Telescope into low Earth orbit ..."),
            ("STS-31 crew: Shriver, Bolden, Hawley, McCandless, Sullivan - NASA",
             "https://www.nasa.gov/mission/sts-31/",
             "Mission specialist Steven Hawley used the shuttle's robot arm to lift Hubble out of the payload "
             "bay ..."),
            ("Remembering Hubble's launch - Space.com", "https://www.space.com/hubble-space-telescope-launch-anniversary",
             "Discovery launched on April 24, 1990, with the $1.5 billion telescope tucked in its cargo bay ...",
             "Apr 24, 2020"),
        ]))
    s2 = cand("Discovery carried Hubble, and the launch was 24 April 1990. The telescope was put into orbit by "
              "STS-31, so the release date is the launch date.", answer("Space Shuttle Discovery (STS-31); "
                                                                         "Hubble was released on 24 April 1990."))
    s2_alts = [
        cand("The snippets give the launch date but not the release from the robot arm, which can be a day "
             "later. Read the STS-31 article.",
             visit("https://en.wikipedia.org/wiki/STS-31", "Find the date Hubble was released from Discovery")),
        cand("Search specifically for the deployment date.",
             search("Hubble released from Discovery robot arm date STS-31")),
    ]
    return _has(sid, q, "Space Shuttle Discovery (STS-31); Hubble was released on 25 April 1990", "incorrect",
                [(s1, s1_alts, o1), (s2, s2_alts, None)],
                error="took the launch date (24 April) for the deployment date (25 April)")


def baikal():
    sid = "has-003"
    q = "What is the maximum depth, in metres, of the deepest lake in the world?"
    s1 = cand("First identify the deepest lake (almost certainly Lake Baikal) and collect depth figures.",
              search("deepest lake in the world maximum depth", "Lake Baikal maximum depth metres"))
    s1_alts = [
        cand("Lake Baikal is the deepest lake; I know its depth as about 1,620 m.", answer("About 1,620 m")),
        cand("Go to Baikal's Wikipedia article directly.",
             visit("https://en.wikipedia.org/wiki/Lake_Baikal", "Find Lake Baikal's maximum depth in metres")),
    ]
    o1 = search_obs(
        ("deepest lake in the world maximum depth", [
            ("List of lakes by depth - Wikipedia", "https://en.wikipedia.org/wiki/List_of_lakes_by_depth",
             "Lake Baikal in Russia is the deepest lake in the world, followed by Lake Tanganyika (1,470 m) ..."),
            ("Lake Baikal | Location, Depth, & Facts | Britannica",
             "https://www.britannica.com/place/Lake-Baikal",
             "Lake Baikal, lake situated in the southern part of eastern Siberia ... It is the oldest existing "
             "freshwater lake on Earth (20 million-25 million years old), as well as the deepest continental body "
             "of water ..."),
            ("World's deepest lakes - WorldAtlas", "https://www.worldatlas.com/articles/deepest-lakes-in-the-world.html",
             "1. Lake Baikal, Russia - 5,387 feet. 2. Lake Tanganyika, Africa - 4,823 feet. 3. Caspian Sea - "
             "3,363 feet ..."),
        ]),
        ("Lake Baikal maximum depth metres", [
            ("Lake Baikal - travel guide, facts and figures", "https://www.lakebaikal.org/facts",
             "Baikal facts: length 636 km, maximum width 79 km, maximum depth 1637 m, average depth 744 m ..."),
            ("Lake Baikal - UNESCO World Heritage Centre", "https://whc.unesco.org/en/list/754/",
             "Situated in south-east Siberia, the 3.15-million-hectare Lake Baikal is the oldest (25 million "
             "years) and deepest (1,700 m) lake in the world ..."),
            ("How deep is Lake Baikal? - Live Science", "https://www.livescience.com/lake-baikal-facts",
             "Lake Baikal plunges to more than a mile (1.6 kilometers) deep ..."),
        ]))
    s2 = cand("Figures differ (1,637 m, 5,387 ft, 1,700 m). The facts page of a Baikal guide gives a precise "
              "metric value; I'll read it.",
              visit("https://www.lakebaikal.org/facts", "Find Lake Baikal's maximum depth in metres"))
    s2_alts = [
        cand("Wikipedia usually cites the latest bathymetric survey; read it instead.",
             visit("https://en.wikipedia.org/wiki/Lake_Baikal", "Find Lake Baikal's maximum depth in metres")),
        cand("Convert WorldAtlas's 5,387 ft to metres to compare with the other figures.",
             python("print(5387 * 0.3048)")),
    ]
    o2 = visit_obs(("https://www.lakebaikal.org/facts", "Find Lake Baikal's maximum depth in metres",
                    "Lake Baikal in numbers\n"
                    "* Length: 636 km\n* Maximum width: 79 km\n* Surface area: 31,722 km2\n"
                    "* Maximum depth: 1637 m\n* Average depth: 744 m\n* Elevation of the surface: 456 m above sea level\n"
                    "* More than 300 rivers flow into Baikal; only one, the Angara, flows out.",
                    "The page lists Lake Baikal's maximum depth as 1637 m, with an average depth of 744 m."))
    s3 = cand("The guide gives 1,637 m as the maximum depth, consistent with the search snippet. Answer with it.",
              answer("Lake Baikal, with a maximum depth of 1,637 m."))
    s3_alts = [
        cand("1,637 m does not match WorldAtlas's 5,387 ft; check the conversion before answering.",
             python("print(round(5387 * 0.3048))")),
        cand("Check the figure against Wikipedia, which may have a more recent survey value.",
             visit("https://en.wikipedia.org/wiki/Lake_Baikal", "Find Lake Baikal's maximum depth in metres")),
    ]
    return _has(sid, q, "1,642 m (Lake Baikal)", "incorrect",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)], tools=WEB_PY_TOOLS,
                error="trusted an outdated figure (1,637 m) and skipped the cross-check")


def cavendish():
    sid = "has-004"
    q = ("Which rider holds the outright record for the most stage wins in the Tour de France, and how many "
         "stages has he won?")
    s1 = cand("Look up the stage-win record; Merckx and Cavendish are the candidates.",
              search("most Tour de France stage wins record", "Cavendish Merckx stage wins record"))
    s1_alts = [
        cand("Visit the list of stage winners directly.",
             visit("https://en.wikipedia.org/wiki/List_of_Tour_de_France_stage_winners",
                   "Find the rider with the most Tour de France stage wins")),
        cand("Eddy Merckx holds the record with 34 stage wins.", answer("Eddy Merckx, 34 stage wins")),
    ]
    o1 = search_obs(
        ("most Tour de France stage wins record", [
            ("List of Tour de France stage winners - Wikipedia",
             "https://en.wikipedia.org/wiki/List_of_Tour_de_France_stage_winners",
             "Mark Cavendish and Eddy Merckx hold the record for the most stage wins, with 34 each ..."),
            ("Cavendish equals Merckx's record of 34 Tour de France stage wins - BBC Sport",
             "https://www.bbc.com/sport/cycling/57771234",
             "Mark Cavendish equalled Eddy Merckx's all-time record of 34 Tour de France stage wins by winning "
             "stage 13 in Carcassonne.", "Jul 9, 2021"),
            ("Tour de France records and statistics - ProCyclingStats",
             "https://www.procyclingstats.com/race/tour-de-france/statistics",
             "Most stage wins: Merckx 34, Cavendish 34, Hinault 28, Leducq 25, Darrigade 22 ..."),
        ]),
        ("Cavendish Merckx stage wins record", [
            ("Cavendish crashes out of Tour de France, record bid over - Cyclingnews",
             "https://www.cyclingnews.com/news/mark-cavendish-crashes-out-of-tour-de-france/",
             "Mark Cavendish's final Tour de France ended on stage 8 with a broken collarbone, leaving him level "
             "with Eddy Merckx on 34 stage wins ...", "Jul 8, 2023"),
            ("Will Cavendish ever break Merckx's record? - The Guardian",
             "https://www.theguardian.com/sport/2023/jul/08/mark-cavendish-crash-tour-de-france",
             "The 38-year-old had announced this would be his last season ...", "Jul 8, 2023"),
        ]))
    s2 = cand("Several sources, including the stage-winners list, say the record is shared at 34, and Cavendish "
              "crashed out of what was billed as his final Tour in 2023. Read the Cyclingnews report to confirm "
              "there was no further win.",
              visit("https://www.cyclingnews.com/news/mark-cavendish-crashes-out-of-tour-de-france/",
                    "Confirm Cavendish's total Tour stage wins and whether the record was broken"))
    s2_alts = [
        cand("The 2023 articles may be stale; Cavendish postponed his retirement. Search for a 2024 result.",
             search("Cavendish 35th Tour de France stage win 2024")),
        cand("Check the ProCyclingStats page, which is updated after every race.",
             visit("https://www.procyclingstats.com/race/tour-de-france/statistics",
                   "Current ranking of most Tour de France stage wins")),
    ]
    o2 = visit_obs(("https://www.cyclingnews.com/news/mark-cavendish-crashes-out-of-tour-de-france/",
                    "Confirm Cavendish's total Tour stage wins and whether the record was broken",
                    "Mark Cavendish's Tour de France is over after the Astana Qazaqstan sprinter crashed heavily on "
                    "stage 8 to Limoges and was taken to hospital with a suspected broken collarbone. The 38-year-old "
                    "had come to the race in pursuit of a record 35th stage win, having equalled Eddy Merckx's tally "
                    "of 34 in 2021. He had announced in May that 2023 would be his final season as a professional.",
                    "Cavendish crashed out on stage 8 of the 2023 Tour with a broken collarbone while level with "
                    "Merckx on 34 stage wins; he had said 2023 would be his final season."))
    s3 = cand("Cavendish crashed out of his announced final season level on 34, so the record is shared.",
              answer("No rider holds it outright: Eddy Merckx and Mark Cavendish share the record with 34 stage "
                     "wins each."))
    s3_alts = [
        cand("The article is from July 2023 and the question asks for an outright record holder, which hints the "
             "tie was broken later. Search for 2024.",
             search("Mark Cavendish 2024 Tour de France stage win record 35")),
        cand("Answer Cavendish, assuming he came back and won again.",
             answer("Mark Cavendish, 35 stage wins")),
    ]
    return _has(sid, q, "Mark Cavendish, 35 stage wins (record set on stage 5 of the 2024 Tour)", "incorrect",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)],
                error="relied on 2023 sources; Cavendish won a 35th stage in 2024")


def snow_white():
    sid = "has-005"
    q = "In what year did Walt Disney Productions' first feature-length animated film premiere?"
    s1 = cand("Identify the film, then its premiere date.",
              search("Walt Disney Productions first feature-length animated film",
                     "Snow White and the Seven Dwarfs release date"))
    s1_alts = [
        cand("It's Snow White and the Seven Dwarfs; read its article for the premiere.",
             visit("https://en.wikipedia.org/wiki/Snow_White_and_the_Seven_Dwarfs_(1937_film)",
                   "Find the premiere date")),
        cand("Snow White, 1937.", answer("1937")),
    ]
    o1 = search_obs(
        ("Walt Disney Productions first feature-length animated film", [
            ("Snow White and the Seven Dwarfs (1937 film) - Wikipedia",
             "https://en.wikipedia.org/wiki/Snow_White_and_the_Seven_Dwarfs_(1937_film)",
             "Snow White and the Seven Dwarfs is a 1937 American animated musical fantasy film produced by Walt "
             "Disney Productions ... the first full-length traditionally animated feature film ..."),
            ("Disney's Folly: the making of Snow White - D23", "https://d23.com/snow-white-disneys-folly/",
             "Hollywood insiders dubbed it 'Disney's Folly' ..."),
        ]),
        ("Snow White and the Seven Dwarfs release date", [
            ("Snow White and the Seven Dwarfs (1937) - Release info - IMDb",
             "https://www.imdb.com/title/tt0029583/releaseinfo/",
             "Release date: February 4, 1938 (United States) ..."),
            ("Snow White and the Seven Dwarfs - AFI Catalog", "https://catalog.afi.com/Catalog/moviedetails/5293",
             "Release Date: 4 Feb 1938. Premiere Information: World premiere at the Carthay Circle Theatre ..."),
            ("Snow White (1938) movie poster history", "https://www.filmsite.org/snow.html",
             "Disney's Snow White and the Seven Dwarfs (1938) was the first full-length, cel-animated feature ..."),
        ]))
    s2 = cand("The release databases give 4 February 1938 as the release date, and filmsite even labels it "
              "(1938). That is the premiere year.", answer("1938"))
    s2_alts = [
        cand("'Release' and 'premiere' differ: the AFI entry mentions a separate world premiere at the Carthay "
             "Circle Theatre. Read the film's article for its date.",
             visit("https://en.wikipedia.org/wiki/Snow_White_and_the_Seven_Dwarfs_(1937_film)",
                   "Find the date of the world premiere at the Carthay Circle Theatre")),
        cand("Search the Carthay Circle premiere date.",
             search("Snow White Carthay Circle Theatre world premiere date")),
    ]
    return _has(sid, q, "1937 (premiere on 21 December 1937 at the Carthay Circle Theatre)", "incorrect",
                [(s1, s1_alts, o1), (s2, s2_alts, None)],
                error="confused the general release (February 1938) with the premiere (December 1937)")


def lakhta():
    sid = "has-006"
    q = "What is the tallest building in Europe, and how tall is it?"
    s1 = cand("Search for the current tallest building in Europe.",
              search("tallest building in Europe", "tallest skyscraper Europe height 2024"))
    s1_alts = [
        cand("Check the list article directly.",
             visit("https://en.wikipedia.org/wiki/List_of_tallest_buildings_in_Europe",
                   "Find the tallest building in Europe and its height")),
        cand("The Shard in London, 310 m.", answer("The Shard, London, 310 m")),
    ]
    o1 = search_obs(
        ("tallest building in Europe", [
            ("Varso Tower - Wikipedia", "https://en.wikipedia.org/wiki/Varso_Tower",
             "Varso Tower is a 310-metre (1,017 ft) skyscraper in Warsaw ... It is the tallest building in the "
             "European Union ..."),
            ("Warsaw's Varso Tower officially becomes the tallest building in the EU - Notes from Poland",
             "https://notesfrompoland.com/2022/01/varso-tower-tallest-building-eu/",
             "The spire of the Varso Tower has been completed, making it the tallest building in the European "
             "Union at 310 metres ...", "Jan 2022"),
            ("The tallest buildings in Europe - CTBUH Skyscraper Center",
             "https://www.skyscrapercenter.com/region/europe",
             "1. Lakhta Center, St. Petersburg, 462 m. 2. Federation Tower - East Tower, Moscow, 374 m ..."),
        ]),
        ("tallest skyscraper Europe height 2024", [
            ("Europe's tallest skyscraper Varso Tower opens observation deck - Dezeen",
             "https://www.dezeen.com/2024/03/varso-tower-observation-deck/",
             "Foster + Partners' Varso Tower, the tallest building in the EU, opened its viewing terrace ...",
             "Mar 2024"),
            ("Lakhta Center - Wikipedia", "https://en.wikipedia.org/wiki/Lakhta_Center",
             "Lakhta Center is a 462-metre-tall (1,516 ft) skyscraper in Lakhta, Saint Petersburg ..."),
        ]))
    s2 = cand("Varso Tower in Warsaw is repeatedly described as the tallest building, at 310 m. Open its "
              "article to confirm.",
              visit("https://en.wikipedia.org/wiki/Varso_Tower", "Confirm Varso Tower's height and ranking"))
    s2_alts = [
        cand("The CTBUH list puts Lakhta Center (462 m) first for Europe; Varso is only tallest in the EU. "
             "Read the Lakhta article.",
             visit("https://en.wikipedia.org/wiki/Lakhta_Center", "Confirm Lakhta Center's height and ranking")),
        cand("Open the CTBUH regional ranking.",
             visit("https://www.skyscrapercenter.com/region/europe", "Ranking of tallest buildings in Europe")),
    ]
    o2 = visit_obs(("https://en.wikipedia.org/wiki/Varso_Tower", "Confirm Varso Tower's height and ranking",
                    "Varso Tower is a skyscraper in Warsaw, Poland, designed by Foster + Partners and developed by "
                    "HB Reavis. With a height of 310 m including its spire, it is the tallest building in the "
                    "European Union, surpassing Frankfurt's Commerzbank Tower. The roof is at 230 m. Construction "
                    "began in 2016 and the spire was completed in 2021-2022.",
                    "Varso Tower in Warsaw is 310 m tall with its spire and is the tallest building in the European "
                    "Union."))
    s3 = cand("Varso Tower is confirmed at 310 m and is the tallest in Europe.",
              answer("Varso Tower in Warsaw, 310 m (including the spire)"))
    s3_alts = [
        cand("The article says 'European Union', not Europe; Russia is outside the EU. Lakhta Center (462 m) "
             "is taller.", answer("Lakhta Center in Saint Petersburg, 462 m")),
        cand("Verify the distinction between EU and Europe on the CTBUH list.",
             visit("https://www.skyscrapercenter.com/region/europe", "Ranking of tallest buildings in Europe")),
    ]
    return _has(sid, q, "Lakhta Center, Saint Petersburg, 462 m", "incorrect",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)],
                error="took 'tallest in the European Union' for 'tallest in Europe'")


def ronaldo():
    sid = "has-007"
    q = ("Which player scored the first goal of the final of the first FIFA World Cup held in Asia, and for which "
         "club was he playing at the time of that final?")
    s1 = cand("The first World Cup in Asia is 2002 (Korea/Japan). Search for the final and its scorers.",
              search("2002 FIFA World Cup final scorers", "first World Cup held in Asia final"))
    s1_alts = [
        cand("Visit the article on the 2002 final directly.",
             visit("https://en.wikipedia.org/wiki/2002_FIFA_World_Cup_final", "Find the goalscorers and minutes")),
        cand("Ronaldo scored both goals; he was a Real Madrid player.", answer("Ronaldo; Real Madrid")),
    ]
    o1 = search_obs(
        ("2002 FIFA World Cup final scorers", [
            ("2002 FIFA World Cup final - Wikipedia", "https://en.wikipedia.org/wiki/2002_FIFA_World_Cup_final",
             "The final was played at the International Stadium Yokohama on 30 June 2002 ... Brazil won 2-0, with "
             "Ronaldo scoring both goals in the second half ..."),
            ("Brazil 2-0 Germany: Ronaldo double seals fifth title - FIFA",
             "https://www.fifa.com/tournaments/mens/worldcup/2002korea-japan/articles/brazil-germany-final",
             "Ronaldo struck in the 67th and 79th minutes to end his personal redemption story ..."),
            ("World Cup 2002 final: as it happened - The Guardian",
             "https://www.theguardian.com/football/2002/jun/30/worldcupfootball2002",
             "67 min: GOAL! Kahn spills Rivaldo's shot and Ronaldo pounces ...", "Jun 30, 2002"),
        ]),
        ("first World Cup held in Asia final", [
            ("2002 FIFA World Cup - Wikipedia", "https://en.wikipedia.org/wiki/2002_FIFA_World_Cup",
             "The 2002 FIFA World Cup ... was held in South Korea and Japan, the first World Cup held in Asia ..."),
        ]))
    s2 = cand("Ronaldo scored the first goal (67th minute). Now his club at the end of June 2002.",
              search("Ronaldo club 2002 World Cup", "Ronaldo Nazario 2002 transfer"))
    s2_alts = [
        cand("Open Ronaldo's biography for his club history with dates.",
             visit("https://en.wikipedia.org/wiki/Ronaldo_(Brazilian_footballer)",
                   "Find which club Ronaldo belonged to in June 2002 and when he transferred")),
        cand("Ronaldo joined Real Madrid in 2002, so Real Madrid.", answer("Ronaldo; Real Madrid")),
    ]
    o2 = search_obs(
        ("Ronaldo club 2002 World Cup", [
            ("Ronaldo (Brazilian footballer) - Wikipedia",
             "https://en.wikipedia.org/wiki/Ronaldo_(Brazilian_footballer)",
             "... After winning the 2002 World Cup, Ronaldo signed for Real Madrid, where he won La Liga in "
             "2002-03 ..."),
            ("Real Madrid 2002-03 season - Wikipedia", "https://en.wikipedia.org/wiki/2002%E2%80%9303_Real_Madrid_CF_season",
             "Summer signings: Ronaldo (from Inter Milan) ..."),
            ("The day Ronaldo became a Galactico - Marca", "https://www.marca.com/en/football/real-madrid/ronaldo-galactico.html",
             "Real Madrid completed the signing of Ronaldo at the end of the summer of 2002, just weeks after he "
             "had won the World Cup ..."),
        ]),
        ("Ronaldo Nazario 2002 transfer", [
            ("Ronaldo completes Real Madrid move - BBC Sport", "http://news.bbc.co.uk/sport2/hi/football/europe/2226563.stm",
             "Brazil striker Ronaldo has completed his move from Inter Milan to Real Madrid ...", "Aug 31, 2002"),
            ("Ronaldo: 2002 World Cup Golden Boot winner - Transfermarkt",
             "https://www.transfermarkt.com/ronaldo/profil/spieler/3140",
             "Transfer history: 02/03 Inter -> Real Madrid ..."),
        ]))
    s3 = cand("He signed for Real Madrid in 2002 and the 2002-03 Real Madrid page lists him; read the Real Madrid "
              "season page to confirm he was their player.",
              visit("https://en.wikipedia.org/wiki/2002%E2%80%9303_Real_Madrid_CF_season",
                    "Confirm Ronaldo was a Real Madrid player in 2002"))
    s3_alts = [
        cand("The BBC report is dated 31 August 2002, two months after the final (30 June); so at the final "
             "he was still an Inter player.", answer("Ronaldo; Inter Milan")),
        cand("Check the exact transfer date on Ronaldo's biography.",
             visit("https://en.wikipedia.org/wiki/Ronaldo_(Brazilian_footballer)",
                   "Find the date of Ronaldo's transfer to Real Madrid")),
    ]
    o3 = visit_obs(("https://en.wikipedia.org/wiki/2002%E2%80%9303_Real_Madrid_CF_season",
                    "Confirm Ronaldo was a Real Madrid player in 2002",
                    "In the 2002-03 season Real Madrid won the La Liga title, the UEFA Super Cup and the "
                    "Intercontinental Cup. Transfers in: Ronaldo (Inter Milan), Esteban "
                    "Cambiasso (River Plate) ... Ronaldo scored 23 league goals in his first season.",
                    "Ronaldo joined Real Madrid from Inter Milan for the 2002-03 season and scored 23 league goals."))
    s4 = cand("Ronaldo was a Real Madrid player in 2002, so the answer is Real Madrid.",
              answer("Ronaldo scored the first goal; he was playing for Real Madrid."))
    s4_alts = [
        cand("Joining 'for the 2002-03 season' does not mean he was there on 30 June 2002; the BBC dated the "
             "move 31 August 2002. His club at the final was Inter Milan.",
             answer("Ronaldo scored the first goal; he was an Inter Milan player at the time of the final.")),
        cand("Confirm with the transfer date before answering.",
             search("Ronaldo Inter Milan to Real Madrid transfer date August 2002")),
    ]
    return _has(sid, q, "Ronaldo; Inter Milan", "incorrect",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, o3), (s4, s4_alts, None)],
                error="ignored the transfer date (31 August 2002, after the 30 June final)")


def liberty():
    sid = "has-008"
    q = ("The engineer whose company built the iron tower for the 1889 Exposition Universelle also designed the "
         "internal framework of a famous statue. Which statue, and who had been its structural engineer before "
         "him?")
    s1 = cand("The tower is the Eiffel Tower, so the engineer is Gustave Eiffel. Search for the statue whose "
              "framework he designed and his predecessor.",
              search("Gustave Eiffel internal framework statue", "Statue of Liberty structural engineer before Eiffel"))
    s1_alts = [
        cand("It's the Statue of Liberty; read its article for the engineering history.",
             visit("https://en.wikipedia.org/wiki/Statue_of_Liberty",
                   "Find who designed the internal structure and who preceded Eiffel")),
        cand("The Statue of Liberty; before Eiffel, Bartholdi himself engineered it.",
             answer("The Statue of Liberty; Frédéric Auguste Bartholdi")),
    ]
    o1 = search_obs(
        ("Gustave Eiffel internal framework statue", [
            ("Statue of Liberty - Wikipedia", "https://en.wikipedia.org/wiki/Statue_of_Liberty",
             "... Bartholdi initially hired Eugène Viollet-le-Duc ... After Viollet-le-Duc's death in 1879, "
             "Bartholdi hired Gustave Eiffel to design the internal structure ..."),
            ("The Statue of Liberty's skeleton: Eiffel's iron pylon - National Park Service",
             "https://www.nps.gov/stli/learn/historyculture/statue-structure.htm",
             "Gustave Eiffel designed the iron pylon and secondary skeletal framework that allow the copper skin "
             "to move independently ..."),
            ("Gustave Eiffel - Wikipedia", "https://en.wikipedia.org/wiki/Gustave_Eiffel",
             "... best known for the world-famous Eiffel Tower ... and his contribution to building the Statue of "
             "Liberty in New York ..."),
        ]),
        ("Statue of Liberty structural engineer before Eiffel", [
            ("Eugène Viollet-le-Duc and the Statue of Liberty - Smithsonian",
             "https://www.smithsonianmag.com/history/statue-of-liberty-engineering/",
             "Viollet-le-Duc planned a brick pier inside the statue to which the copper skin would be anchored ..."),
            ("Maurice Koechlin - Wikipedia", "https://en.wikipedia.org/wiki/Maurice_Koechlin",
             "... Koechlin worked on the detailed design of the Statue of Liberty's framework for Eiffel's firm ..."),
        ]))
    s2 = cand("The snippets point to the Statue of Liberty and Viollet-le-Duc. Confirm on the NPS page.",
              visit("https://www.nps.gov/stli/learn/historyculture/statue-structure.htm",
                    "Confirm Eiffel's role and his predecessor as structural engineer"))
    s2_alts = [
        cand("The Wikipedia snippet already states both facts explicitly; answer.",
             answer("The Statue of Liberty; its first structural engineer was Eugène Viollet-le-Duc, who died in "
                    "1879.")),
        cand("Koechlin did the detailed work - check whether the question means Koechlin.",
             visit("https://en.wikipedia.org/wiki/Maurice_Koechlin", "Koechlin's role in the Statue of Liberty")),
    ]
    o2 = visit_obs(("https://www.nps.gov/stli/learn/historyculture/statue-structure.htm",
                    "Confirm Eiffel's role and his predecessor as structural engineer",
                    "Bartholdi's first choice for the statue's internal support was the architect Eugène-Emmanuel "
                    "Viollet-le-Duc, who proposed a masonry pier inside the statue to which the skin would be anchored. "
                    "Viollet-le-Duc died in 1879 before completing his design. Bartholdi then turned to Gustave "
                    "Eiffel, whose firm designed a wrought-iron pylon with a secondary skeleton; flat iron bars "
                    "connect the skeleton to the copper skin, letting it move independently.",
                    "Viollet-le-Duc was the original structural designer; after his death in 1879 Gustave Eiffel "
                    "designed the iron pylon and skeleton."))
    s3 = cand("Both facts are confirmed by the NPS.",
              answer("The Statue of Liberty; its first structural engineer was Eugène Viollet-le-Duc, who died in "
                     "1879 before Eiffel took over."))
    s3_alts = [
        cand("Check Smithsonian for any other engineer between the two.",
             visit("https://www.smithsonianmag.com/history/statue-of-liberty-engineering/",
                   "Any engineer between Viollet-le-Duc and Eiffel")),
    ]
    return _has(sid, q, "The Statue of Liberty; Eugène Viollet-le-Duc", "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)])


def nystad():
    sid = "has-009"
    q = ("The treaty that ended the Great Northern War between Sweden and Russia is named after the town where "
         "it was signed. What is that town called today, and in which present-day country is it?")
    s1 = cand("The treaty is the Treaty of Nystad (1721). Find the town's modern name and country.",
              search("Treaty of Nystad town today", "Nystad modern name Finland"))
    s1_alts = [
        cand("Visit the treaty's article.",
             visit("https://en.wikipedia.org/wiki/Treaty_of_Nystad", "Find where it was signed and today's name")),
        cand("Nystad is Uusikaupunki in Finland.", answer("Uusikaupunki, Finland")),
    ]
    o1 = search_obs(
        ("Treaty of Nystad town today", [
            ("Treaty of Nystad - Wikipedia", "https://en.wikipedia.org/wiki/Treaty_of_Nystad",
             "The Treaty of Nystad was the last peace treaty of the Great Northern War. It was concluded between the "
             "Tsardom of Russia and the Swedish Empire on 30 August [O.S. 10 September] 1721 in the then-Swedish "
             "town of Nystad (Finnish: Uusikaupunki) ..."),
            ("Treaty of Nystad | Russia-Sweden [1721] | Britannica",
             "https://www.britannica.com/event/Treaty-of-Nystad",
             "Treaty of Nystad, (Aug. 30 [Sept. 10, New Style], 1721), peace treaty concluding the Second "
             "(Great) Northern War ..."),
        ]),
        ("Nystad modern name Finland", [
            ("Uusikaupunki - Wikipedia", "https://en.wikipedia.org/wiki/Uusikaupunki",
             "Uusikaupunki (Finnish; Swedish: Nystad) is a town and municipality of Finland, located on the west "
             "coast in the Southwest Finland region ..."),
            ("Visit Uusikaupunki - history", "https://www.uusikaupunki.fi/en/history",
             "The town was founded in 1617 ... the Peace of Uusikaupunki was signed here in 1721 ..."),
        ]))
    s2 = cand("Confirm the town article (the Swedish name Nystad = Finnish Uusikaupunki, Finland).",
              visit("https://en.wikipedia.org/wiki/Uusikaupunki", "Confirm Nystad is Uusikaupunki and its country"))
    s2_alts = [
        cand("The two snippets agree; answer now.", answer("Uusikaupunki (Swedish: Nystad), in Finland")),
        cand("Check whether the treaty was signed in the town or nearby.",
             search("where exactly was the Treaty of Nystad signed")),
    ]
    o2 = visit_obs(("https://en.wikipedia.org/wiki/Uusikaupunki", "Confirm Nystad is Uusikaupunki and its country",
                    "Uusikaupunki (Swedish: Nystad) is a town and municipality of Finland on the west coast, in the "
                    "Southwest Finland region, about 70 km north of Turku. The town was founded in 1617 by King "
                    "Gustavus Adolphus. The Treaty of Nystad, ending the Great Northern War, was signed in the town "
                    "in 1721.",
                    "Nystad is the Swedish name of Uusikaupunki, a town in Southwest Finland where the 1721 treaty "
                    "was signed."))
    s3 = cand("Confirmed.", answer("Uusikaupunki (Swedish: Nystad), in Finland."))
    s3_alts = [
        cand("Answer with the Swedish name only.", answer("Nystad, Sweden")),
        cand("One more check on Britannica.",
             visit("https://www.britannica.com/event/Treaty-of-Nystad", "Confirm the town")),
    ]
    return _has(sid, q, "Uusikaupunki (Nystad), Finland", "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)])


def michigan():
    sid = "has-010"
    q = "Which is the largest lake by area that lies entirely within the United States, and what is its area?"
    s1 = cand("Lakes Superior, Huron, Erie and Ontario are shared with Canada; Lake Michigan is the candidate. "
              "Search for confirmation and its area.",
              search("largest lake entirely within the United States", "Lake Michigan surface area km2"))
    s1_alts = [
        cand("Lake Superior is the largest lake in the US.", answer("Lake Superior, 82,100 km2")),
        cand("Open the Lake Michigan article.",
             visit("https://en.wikipedia.org/wiki/Lake_Michigan", "Confirm it is entirely in the US and get its area")),
    ]
    o1 = search_obs(
        ("largest lake entirely within the United States", [
            ("Lake Michigan - Wikipedia", "https://en.wikipedia.org/wiki/Lake_Michigan",
             "Lake Michigan is one of the five Great Lakes of North America. It is the second-largest of the Great "
             "Lakes by volume and the third-largest by area ... It is the only one of the Great Lakes located "
             "entirely within the United States ... the largest lake by area in one country ..."),
            ("Largest lakes in the United States - USGS", "https://www.usgs.gov/faqs/what-are-largest-lakes-united-states",
             "Lake Michigan is the largest lake wholly within the United States ..."),
        ]),
        ("Lake Michigan surface area km2", [
            ("Lake Michigan | Facts & Map | Britannica", "https://www.britannica.com/place/Lake-Michigan",
             "Lake Michigan ... area 22,300 square miles (57,800 square km) ..."),
            ("Great Lakes Facts and Figures - EPA", "https://www.epa.gov/greatlakes/great-lakes-facts-and-figures",
             "Michigan: surface area 22,300 sq mi (57,800 km2); volume 1,180 cubic miles ..."),
        ]))
    s2 = cand("Confirmed by USGS and Wikipedia; EPA and Britannica both give 57,800 km2.",
              answer("Lake Michigan, about 57,800 km2 (22,300 sq mi)."))
    s2_alts = [
        cand("Check Great Salt Lake just in case.", search("Great Salt Lake area km2")),
        cand("Visit the EPA figures page.",
             visit("https://www.epa.gov/greatlakes/great-lakes-facts-and-figures", "Area of Lake Michigan")),
    ]
    return _has(sid, q, "Lake Michigan, about 58,000 km2 (22,300 sq mi)", "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, None)])


def fstrings():
    sid = "has-011"
    q = "Which PEP introduced f-strings in Python, who wrote it, and in which Python version did they first appear?"
    s1 = cand("Search for the f-string PEP.",
              search("PEP f-strings literal string interpolation author", "f-strings introduced Python version"))
    s1_alts = [
        cand("I know it is PEP 498; visit it.",
             visit("https://peps.python.org/pep-0498/", "Author and Python version of PEP 498")),
        cand("It is PEP 498 by Eric V. Smith, Python 3.6.", answer("PEP 498, by Eric V. Smith; Python 3.6")),
    ]
    o1 = search_obs(
        ("PEP f-strings literal string interpolation author", [
            ("PEP 498 - Literal String Interpolation | peps.python.org", "https://peps.python.org/pep-0498/",
             "Author: Eric V. Smith. Status: Final. Type: Standards Track. Created: 01-Aug-2015. Python-Version: "
             "3.6 ..."),
            ("PEP 701 - Syntactic formalization of f-strings", "https://peps.python.org/pep-0701/",
             "This document proposes to lift some of the restrictions originally formulated in PEP 498 ... "
             "Python-Version: 3.12"),
        ]),
        ("f-strings introduced Python version", [
            ("What's New In Python 3.6", "https://docs.python.org/3/whatsnew/3.6.html",
             "PEP 498: Formatted string literals. PEP 498 introduces a new kind of string literals: f-strings ..."),
            ("Python 3's f-Strings: An Improved String Formatting Syntax - Real Python",
             "https://realpython.com/python-f-strings/",
             "f-strings were introduced in Python 3.6 ..."),
        ]))
    s2 = cand("PEP 498 by Eric V. Smith, Python 3.6. Check the 3.6 release date for completeness.",
              visit("https://www.python.org/downloads/release/python-360/", "Release date of Python 3.6.0"))
    s2_alts = [
        cand("Enough evidence; answer.", answer("PEP 498 (Literal String Interpolation) by Eric V. Smith; Python 3.6")),
        cand("Check whether PEP 701 changed the answer.",
             visit("https://peps.python.org/pep-0701/", "Relation between PEP 701 and PEP 498")),
    ]
    o2 = visit_obs(("https://www.python.org/downloads/release/python-360/", "Release date of Python 3.6.0",
                    "Python 3.6.0. Release Date: Dec. 23, 2016. Python 3.6.0 is the newest major release of the "
                    "Python language ... Among the new major new features in Python 3.6 are: PEP 468, Preserving "
                    "Keyword Argument Order; PEP 487, Simpler customization of class creation; PEP 495, Local Time "
                    "Disambiguation; PEP 498, Literal String Formatting; PEP 506, Adding A Secrets Module To The "
                    "Standard Library; PEP 509, Add a private version to dict; PEP 515, Underscores in Numeric "
                    "Literals; PEP 519, Adding a file system path protocol; PEP 520, Preserving Class Attribute "
                    "Definition Order; PEP 523, Adding a frame evaluation API to CPython; PEP 524, Make os.urandom() "
                    "blocking on Linux; PEP 525, Asynchronous Generators; PEP 526, Syntax for Variable Annotations; "
                    "PEP 528, Change Windows console encoding to UTF-8; PEP 529, Change Windows filesystem encoding "
                    "to UTF-8; PEP 530, Asynchronous Comprehensions.",
                    "Python 3.6.0 was released on 23 December 2016 and includes PEP 498 (literal string formatting)."))
    s3 = cand("All parts confirmed.",
              answer("PEP 498, 'Literal String Interpolation', written by Eric V. Smith; f-strings first appeared in "
                     "Python 3.6 (released 23 December 2016)."))
    s3_alts = [
        cand("Mention PEP 701 as the introducing PEP, since it formalised f-strings.",
             answer("PEP 701; Python 3.12")),
    ]
    return _has(sid, q, "PEP 498 by Eric V. Smith; Python 3.6", "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)])


def ever_given():
    sid = "has-012"
    q = "Which salvage company, appointed by the owner, led the refloating of the Ever Given in the Suez Canal in 2021?"
    s1 = cand("Search for the salvage operation.",
              search("Ever Given refloating salvage company", "Ever Given salvage Boskalis Smit Nippon Salvage"))
    s1_alts = [
        cand("The Suez Canal Authority refloated it with its tugs.", answer("The Suez Canal Authority")),
        cand("Read the article on the obstruction.",
             visit("https://en.wikipedia.org/wiki/2021_Suez_Canal_obstruction", "Who led the salvage")),
    ]
    o1 = search_obs(
        ("Ever Given refloating salvage company", [
            ("2021 Suez Canal obstruction - Wikipedia", "https://en.wikipedia.org/wiki/2021_Suez_Canal_obstruction",
             "... The ship's owner, Shoei Kisen Kaisha, hired the Dutch company Smit Salvage, a subsidiary of "
             "Boskalis, and Nippon Salvage to refloat the ship ..."),
            ("Boskalis: Ever Given refloated - Boskalis press release",
             "https://boskalis.com/press/press-releases-and-company-news/detail/ever-given-refloated",
             "Boskalis' subsidiary SMIT Salvage has, in close cooperation with the Suez Canal Authority, "
             "successfully refloated the container vessel Ever Given ...", "Mar 29, 2021"),
            ("How they freed the Ever Given - BBC News", "https://www.bbc.com/news/world-middle-east-56559073",
             "A team of tugboats, assisted by the high tide, pulled the 400m-long vessel free ...", "Mar 29, 2021"),
        ]),
        ("Ever Given salvage Boskalis Smit Nippon Salvage", [
            ("Boskalis CEO Peter Berdowski on the Ever Given - Reuters",
             "https://www.reuters.com/article/us-egypt-suezcanal-boskalis-idUSKBN2BL0R3",
             "The Dutch salvage firm said the operation involved two heavy sea tugs, Alp Guard and Smit "
             "Salvador ...", "Mar 29, 2021"),
        ]))
    s2 = cand("The Boskalis press release is the primary source; read it.",
              visit("https://boskalis.com/press/press-releases-and-company-news/detail/ever-given-refloated",
                    "Confirm which company led the salvage and its role"))
    s2_alts = [
        cand("Answer from the Wikipedia snippet.", answer("Smit Salvage (Boskalis), with Nippon Salvage")),
        cand("Check Nippon Salvage's role.", search("Nippon Salvage Ever Given role")),
    ]
    o2 = visit_obs(("https://boskalis.com/press/press-releases-and-company-news/detail/ever-given-refloated",
                    "Confirm which company led the salvage and its role",
                    "Royal Boskalis Westminster N.V. announces that its subsidiary SMIT Salvage has, in close "
                    "cooperation with the Suez Canal Authority, successfully refloated the container vessel Ever "
                    "Given on March 29, 2021 at 15:05 hrs local time, thereby freeing passage through the Suez "
                    "Canal. ... The salvage team was appointed by the vessel's owner.",
                    "SMIT Salvage, a Boskalis subsidiary appointed by the owner, refloated the Ever Given on 29 "
                    "March 2021 together with the Suez Canal Authority."))
    s3 = cand("Confirmed by the primary source.",
              answer("SMIT Salvage, the salvage subsidiary of the Dutch company Boskalis (working with the Suez "
                     "Canal Authority, and with Nippon Salvage also engaged by the owner)."))
    s3_alts = [
        cand("Answer Nippon Salvage, the Japanese firm.", answer("Nippon Salvage")),
    ]
    return _has(sid, q, "SMIT Salvage (Boskalis)", "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)])


def difference_engine():
    sid = "has-013"
    q = ("In which year did the Science Museum in London complete the calculating section of Charles Babbage's "
         "Difference Engine No. 2, and why was that year chosen?")
    s1 = cand("Search for the Science Museum build.",
              search("Science Museum Difference Engine No. 2 completed year",
                     "Difference Engine No. 2 built Doron Swade bicentenary"))
    s1_alts = [
        cand("Scholarly accounts by Doron Swade describe the build; search Scholar.",
             scholar("Doron Swade Difference Engine No. 2 construction Science Museum")),
        cand("It was completed in 2002.", answer("2002")),
    ]
    o1 = search_obs(
        ("Science Museum Difference Engine No. 2 completed year", [
            ("Difference engine - Wikipedia", "https://en.wikipedia.org/wiki/Difference_engine",
             "... In 1991, the London Science Museum built a complete and working specimen of Babbage's Difference "
             "Engine No. 2 ... The printer was completed in 2000 ..."),
            ("Babbage's Difference Engine No. 2 - Science Museum Group Collection",
             "https://collection.sciencemuseumgroup.org.uk/search?q=difference%20engine%20no.%202",
             "Built 1985-1991 to Babbage's designs of 1847-1849 ..."),
            ("The Babbage Engine - Computer History Museum", "https://www.computerhistory.org/babbage/",
             "A second Difference Engine No. 2 was completed in 2008 for Nathan Myhrvold ..."),
        ]),
        ("Difference Engine No. 2 built Doron Swade bicentenary", [
            ("Doron Swade - Wikipedia", "https://en.wikipedia.org/wiki/Doron_Swade",
             "... led the project to construct Babbage's Difference Engine No. 2, completed in time for the "
             "bicentenary of Babbage's birth in 1991 ..."),
        ]))
    s2 = cand("1991, for the bicentenary of Babbage's birth (he was born in 1791). Verify the birth year quickly.",
              search("Charles Babbage born 26 December 1791"))
    s2_alts = [
        cand("The snippets are consistent; answer.", answer("1991, the bicentenary of Babbage's birth")),
        cand("Open the museum collection page.",
             visit("https://collection.sciencemuseumgroup.org.uk/search?q=difference%20engine%20no.%202",
                   "Completion date and reason")),
    ]
    o2 = search_obs(("Charles Babbage born 26 December 1791", [
        ("Charles Babbage - Wikipedia", "https://en.wikipedia.org/wiki/Charles_Babbage",
         "Charles Babbage KH FRS (26 December 1791 - 18 October 1871) was an English polymath ..."),
        ("Charles Babbage | Biography, Computers, Inventions | Britannica",
         "https://www.britannica.com/biography/Charles-Babbage",
         "Charles Babbage, (born December 26, 1791, London, England - died October 18, 1871, London) ..."),
    ]))
    s3 = cand("Babbage was born in 1791, so 1991 is the bicentenary.",
              answer("1991 - the calculating section was finished for the bicentenary of Babbage's birth (born "
                     "26 December 1791); the printer followed in 2000."))
    s3_alts = [
        cand("Answer the printer completion year instead.", answer("2000")),
    ]
    return _has(sid, q, "1991, the bicentenary of Babbage's birth", "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)], tools=RESEARCH_TOOLS)


def msft_cagr():
    sid = "has-014"
    q = ("What was the compound annual growth rate of Microsoft's total revenue from fiscal year 2014 to fiscal "
         "year 2024, according to its annual reports?")
    s1 = cand("Get total revenue for FY2014 and FY2024 from the 10-K filings, then compute the 10-year CAGR.",
              search("Microsoft fiscal year 2014 total revenue 10-K", "Microsoft fiscal year 2024 total revenue"))
    s1_alts = [
        cand("Microsoft's revenue roughly tripled in ten years, so CAGR is about 12%.", answer("About 12%")),
        cand("Go to Microsoft's investor relations annual report page for FY2024.",
             visit("https://www.microsoft.com/investor/reports/ar24/index.html", "Total revenue FY2024 and FY2014")),
    ]
    o1 = search_obs(
        ("Microsoft fiscal year 2014 total revenue 10-K", [
            ("Microsoft 2014 Annual Report", "https://www.microsoft.com/investor/reports/ar14/index.html",
             "Revenue $86.83 billion, increased 12% ... Operating income $27.76 billion ..."),
            ("Microsoft Form 10-K for fiscal year ended June 30, 2014 - SEC",
             "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000789019&type=10-K&dateb=20141231",
             "Revenue: $ 86,833 ... $ 77,849 ... $ 73,723 (in millions, year ended June 30, 2014, 2013, 2012)"),
        ]),
        ("Microsoft fiscal year 2024 total revenue", [
            ("Microsoft 2024 Annual Report", "https://www.microsoft.com/investor/reports/ar24/index.html",
             "Revenue was $245.1 billion, up 16% ..."),
            ("Microsoft Fiscal Year 2024 Fourth Quarter earnings - Microsoft News",
             "https://www.microsoft.com/en-us/investor/earnings/fy-2024-q4/press-release-webcast",
             "... For fiscal year 2024: revenue was $245.1 billion and increased 16% ...", "Jul 30, 2024"),
            ("Microsoft 10-K 2024 - SEC", "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000789019&type=10-K&dateb=20241231",
             "Total revenue 245,122 211,915 198,270 (in millions, year ended June 30, 2024, 2023, 2022)"),
        ]))
    s2 = cand("FY2014 revenue $86,833M and FY2024 $245,122M (from the 10-K tables). Compute the 10-year CAGR.",
              python("start, end, years = 86_833, 245_122, 10\n"
                     "cagr = (end / start) ** (1 / years) - 1\n"
                     "print(f'ratio={end/start:.4f}')\n"
                     "print(f'CAGR={cagr:.4%}')"))
    s2_alts = [
        cand("Compute over 11 periods since both endpoints are included.",
             python("print((245_122 / 86_833) ** (1 / 11) - 1)")),
        cand("Check that FY2014 figures were not restated in later 10-Ks before computing.",
             search("Microsoft fiscal 2014 revenue restated")),
    ]
    o2 = python_obs("ratio=2.8229\nCAGR=10.9353%")
    s3 = cand("FY2014 to FY2024 is 10 periods; the CAGR is about 10.9%.",
              answer("About 10.9% per year (revenue grew from $86.8 billion in FY2014 to $245.1 billion in FY2024, "
                     "a factor of 2.82)."))
    s3_alts = [
        cand("Round up to 11%.", answer("11%")),
    ]
    return _has(sid, q, "About 10.9% per year ($86.8B to $245.1B)", "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)], tools=WEB_PY_TOOLS)


def io_uring():
    sid = "has-015"
    q = "Which Linux kernel version introduced the io_uring interface, who wrote it, and when was that version released?"
    s1 = cand("Search for io_uring's origin.",
              search("io_uring introduced Linux kernel version", "io_uring Jens Axboe"))
    s1_alts = [
        cand("Read the kernelnewbies page for Linux 5.1.",
             visit("https://kernelnewbies.org/Linux_5.1", "Confirm io_uring and the release date")),
        cand("io_uring came in Linux 5.4 by Jens Axboe.", answer("Linux 5.4; Jens Axboe")),
    ]
    o1 = search_obs(
        ("io_uring introduced Linux kernel version", [
            ("io_uring - Wikipedia", "https://en.wikipedia.org/wiki/Io_uring",
             "io_uring is a Linux kernel system call interface for storage device asynchronous I/O operations "
             "... It was created by Jens Axboe at Facebook ... merged in Linux kernel version 5.1 ..."),
            ("Linux_5.1 - Linux Kernel Newbies", "https://kernelnewbies.org/Linux_5.1",
             "Linux 5.1 has been released on Sun, 5 May 2019. Summary: This release includes io_uring, an "
             "high-performance interface for asynchronous I/O ..."),
            ("Ringing in a new asynchronous I/O API - LWN.net", "https://lwn.net/Articles/776703/",
             "Jens Axboe has been working on a new API called 'io_uring' ...", "Jan 15, 2019"),
        ]),
        ("io_uring Jens Axboe", [
            ("Efficient IO with io_uring (PDF) - kernel.dk", "https://kernel.dk/io_uring.pdf",
             "This article is intended to serve as an introduction to the newest Linux IO interface, io_uring ..."),
        ]))
    s2 = cand("Verify the release date on kernelnewbies.",
              visit("https://kernelnewbies.org/Linux_5.1", "Confirm io_uring is in 5.1 and the release date"))
    s2_alts = [
        cand("The snippets already give 5.1 and 5 May 2019; answer.",
             answer("Linux 5.1 (5 May 2019), by Jens Axboe")),
        cand("Read LWN for authorship details.",
             visit("https://lwn.net/Articles/776703/", "Who wrote io_uring")),
    ]
    o2 = visit_obs(("https://kernelnewbies.org/Linux_5.1", "Confirm io_uring is in 5.1 and the release date",
                    "Linux 5.1 has been released on Sun, 5 May 2019.\nSummary: This release includes io_uring, an "
                    "high-performance interface for asynchronous I/O; it also adds improvements in fanotify to "
                    "provide a scalable way of watching changes on large file systems; it adds a method to allow "
                    "safe delivery of signals in presence of PID reuse; persistent memory can be used now as "
                    "hot-plugabble RAM; Zstd compression levels have been made configurable in Btrfs; ...\n"
                    "1.1. High-performance asynchronous I/O with io_uring: Linux has had an asynchronous I/O "
                    "interface for a long time. However, this interface has always suffered from performance "
                    "issues ... This release includes a new interface, io_uring (developed by Jens Axboe).",
                    "Linux 5.1, released 5 May 2019, introduced io_uring, developed by Jens Axboe."))
    s3 = cand("Everything is confirmed.",
              answer("io_uring was introduced in Linux 5.1, released on 5 May 2019; it was written by Jens Axboe."))
    s3_alts = [
        cand("Double-check with the git log date of the merge.", search("io_uring merge commit 2019 5.1-rc1")),
    ]
    return _has(sid, q, "Linux 5.1 (5 May 2019); Jens Axboe", "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)])


def halving():
    sid = "has-016"
    q = "At which block height did the first Bitcoin halving occur, on what date, and how did the block reward change?"
    s1 = cand("Search for the first halving.",
              search("first Bitcoin halving block height date", "2012 bitcoin halving reward 50 to 25"))
    s1_alts = [
        cand("Halvings happen every 210,000 blocks, so the first was at block 210,000 in 2012; answer.",
             answer("Block 210,000, in 2012; the reward fell from 50 to 25 BTC")),
        cand("Open a block explorer for block 210,000.",
             visit("https://www.blockchain.com/explorer/blocks/btc/210000", "Timestamp and reward of block 210000")),
    ]
    o1 = search_obs(
        ("first Bitcoin halving block height date", [
            ("Bitcoin halving: what it is and history - Investopedia",
             "https://www.investopedia.com/bitcoin-halving-4843769",
             "The first halving occurred on Nov. 28, 2012, cutting the block reward from 50 BTC to 25 BTC ..."),
            ("Bitcoin - Wikipedia", "https://en.wikipedia.org/wiki/Bitcoin",
             "... The reward is halved every 210,000 blocks ..."),
        ]),
        ("2012 bitcoin halving reward 50 to 25", [
            ("The first bitcoin halving, 10 years on - CoinDesk",
             "https://www.coindesk.com/markets/2022/11/28/bitcoin-first-halving-anniversary/",
             "On Nov. 28, 2012, at block 210,000, the reward paid to miners dropped to 25 BTC ...", "Nov 28, 2022"),
        ]))
    s2 = cand("Confirm the block timestamp from a block explorer.",
              visit("https://www.blockchain.com/explorer/blocks/btc/210000", "Timestamp and reward of block 210000"))
    s2_alts = [
        cand("Two independent sources agree; answer.",
             answer("Block 210,000 on 28 November 2012; the reward fell from 50 to 25 BTC.")),
        cand("Compute the expected date from the 10-minute target as a sanity check.",
             python("from datetime import datetime, timedelta\n"
                    "print(datetime(2009, 1, 3) + timedelta(minutes=10 * 210_000))")),
    ]
    o2 = visit_obs(("https://www.blockchain.com/explorer/blocks/btc/210000", "Timestamp and reward of block 210000",
                    "Block 210,000. Mined on: 2012-11-28 15:24:38 UTC. Transactions: 1. Block reward: 25.00000000 "
                    "BTC. Previous block 209,999 reward: 50.00000000 BTC.",
                    "Block 210,000 was mined on 28 November 2012 with a reward of 25 BTC, half of the previous 50 "
                    "BTC."))
    s3 = cand("Confirmed by the explorer.",
              answer("At block 210,000, on 28 November 2012; the block reward dropped from 50 BTC to 25 BTC."))
    s3_alts = [
        cand("Answer with the block number only.", answer("Block 210,000")),
    ]
    return _has(sid, q, "Block 210,000; 28 November 2012; 50 to 25 BTC", "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)], tools=WEB_PY_TOOLS)


def danube():
    sid = "has-017"
    q = ("Of the national capitals on the Danube, which two are closest to each other, and what is the "
         "straight-line distance between their city centres?")
    s1 = cand("First list the capitals on the Danube.",
              search("national capitals on the Danube river", "Vienna Bratislava distance closest capitals"))
    s1_alts = [
        cand("Vienna and Bratislava, about 60 km.", answer("Vienna and Bratislava, about 60 km")),
        cand("Read the Danube article for the capitals.",
             visit("https://en.wikipedia.org/wiki/Danube", "List the national capitals on the Danube")),
    ]
    o1 = search_obs(
        ("national capitals on the Danube river", [
            ("Danube - Wikipedia", "https://en.wikipedia.org/wiki/Danube",
             "... It flows through much of Central and Southeastern Europe, from the Black Forest into the Black "
             "Sea. ... Four capital cities - Vienna, Bratislava, Budapest and Belgrade - lie on the Danube ..."),
            ("The Danube: Europe's river of capitals - National Geographic",
             "https://www.nationalgeographic.com/travel/article/danube-river-cruise-capitals",
             "From Vienna to Belgrade, the Danube links four national capitals ..."),
        ]),
        ("Vienna Bratislava distance closest capitals", [
            ("Bratislava - Wikipedia", "https://en.wikipedia.org/wiki/Bratislava",
             "... Bratislava borders Austria and Hungary; it is the only national capital that borders two "
             "sovereign states. ... about 55 km from Vienna ..."),
            ("Vienna and Bratislava: Europe's closest capitals - Lonely Planet",
             "https://www.lonelyplanet.com/articles/vienna-bratislava-day-trip",
             "Vienna and Bratislava are the two closest capitals in Europe after Rome and Vatican City ..."),
        ]))
    s2 = cand("Compute great-circle distances between the four capitals from their coordinates to confirm "
              "which pair is closest.",
              python("import math\n"
                     "cities = {'Vienna': (48.2082, 16.3738), 'Bratislava': (48.1486, 17.1077),\n"
                     "          'Budapest': (47.4979, 19.0402), 'Belgrade': (44.7866, 20.4489)}\n"
                     "def hav(a, b):\n"
                     "    (la1, lo1), (la2, lo2) = a, b\n"
                     "    p1, p2 = math.radians(la1), math.radians(la2)\n"
                     "    dp, dl = p2 - p1, math.radians(lo2 - lo1)\n"
                     "    h = math.sin(dp/2)**2 + math.cos(p1)*math.cos(p2)*math.sin(dl/2)**2\n"
                     "    return 2 * 6371.0088 * math.asin(math.sqrt(h))\n"
                     "names = list(cities)\n"
                     "for i in range(len(names)):\n"
                     "    for j in range(i + 1, len(names)):\n"
                     "        print(names[i], names[j], round(hav(cities[names[i]], cities[names[j]]), 1))"))
    s2_alts = [
        cand("The Bratislava article already says about 55 km; answer.", answer("Vienna and Bratislava, about 55 km")),
        cand("Search a distance calculator instead.", search("distance Vienna Bratislava km straight line")),
    ]
    o2 = python_obs('Vienna Bratislava 54.8\nVienna Budapest 214.0\nVienna Belgrade 491.8\nBratislava Budapest 161.4\nBratislava Belgrade 452.9\nBudapest Belgrade 320.4')
    s3 = cand("Vienna-Bratislava is by far the closest pair at about 55 km.",
              answer("Vienna and Bratislava, about 55 km apart in a straight line (54.8 km between the city "
                     "centres)."))
    s3_alts = [
        cand("Give the road distance instead.", search("Vienna to Bratislava road distance km")),
    ]
    return _has(sid, q, "Vienna and Bratislava, about 55 km", "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)], tools=WEB_PY_TOOLS)


def aconcagua():
    sid = "has-018"
    q = "Who made the first recorded ascent of Aconcagua, the highest mountain outside Asia, and on what date?"
    s1 = cand("Search for Aconcagua's first ascent.",
              search("Aconcagua first ascent", "Aconcagua 1897 FitzGerald expedition summit"))
    s1_alts = [
        cand("Visit the Aconcagua article.",
             visit("https://en.wikipedia.org/wiki/Aconcagua", "First ascent: who and when")),
        cand("Edward FitzGerald led the expedition, so he made the first ascent in 1897.",
             answer("Edward FitzGerald, 1897")),
    ]
    o1 = search_obs(
        ("Aconcagua first ascent", [
            ("Aconcagua - Wikipedia", "https://en.wikipedia.org/wiki/Aconcagua",
             "First ascent: 14 January 1897 by Matthias Zurbriggen ... Aconcagua is the highest mountain in the "
             "Americas at 6,961 m ..."),
            ("Matthias Zurbriggen - Wikipedia", "https://en.wikipedia.org/wiki/Matthias_Zurbriggen",
             "Matthias Zurbriggen (1856-1917) was a Swiss mountain guide ... first ascent of Aconcagua (solo) on "
             "14 January 1897 ..."),
        ]),
        ("Aconcagua 1897 FitzGerald expedition summit", [
            ("The Highest Andes - Edward FitzGerald (1899)", "https://archive.org/details/highestandesreco00fitz",
             "A record of the first ascent of Aconcagua and Tupungato in Argentina ..."),
            ("Aconcagua history - Aconcagua Provincial Park", "https://www.aconcagua.mendoza.gov.ar/historia/",
             "El suizo Matthias Zurbriggen alcanzó la cumbre en solitario el 14 de enero de 1897; semanas más "
             "tarde lo hicieron Stuart Vines y Nicola Lanti ..."),
        ]))
    s2 = cand("Zurbriggen alone on 14 January 1897; FitzGerald himself turned back. Confirm on Zurbriggen's page.",
              visit("https://en.wikipedia.org/wiki/Matthias_Zurbriggen", "Confirm the Aconcagua first ascent details"))
    s2_alts = [
        cand("Answer now.", answer("Matthias Zurbriggen, solo, 14 January 1897")),
    ]
    o2 = visit_obs(("https://en.wikipedia.org/wiki/Matthias_Zurbriggen", "Confirm the Aconcagua first ascent details",
                    "Zurbriggen was a member of Edward FitzGerald's 1896-97 expedition to the Andes. On 14 January "
                    "1897 he reached the summit of Aconcagua alone, FitzGerald having turned back suffering from "
                    "altitude sickness. Stuart Vines and Nicola Lanti reached the summit on 13 February 1897.",
                    "Matthias Zurbriggen made the first ascent of Aconcagua, solo, on 14 January 1897, during "
                    "FitzGerald's expedition."))
    s3 = cand("Confirmed.", answer("Matthias Zurbriggen, the Swiss guide of Edward FitzGerald's expedition, alone "
                                   "on 14 January 1897."))
    s3_alts = [
        cand("Answer with the second party too.", answer("Stuart Vines and Nicola Lanti, 13 February 1897")),
        cand("Cross-check in FitzGerald's book.",
             visit("https://archive.org/details/highestandesreco00fitz", "Date of Zurbriggen's summit")),
    ]
    return _has(sid, q, "Matthias Zurbriggen, 14 January 1897", "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, None)])


def samples():
    return [doudna(), hubble(), baikal(), cavendish(), snow_white(), lakhta(), ronaldo(), liberty(), nystad(),
            michigan(), fstrings(), ever_given(), difference_engine(), msft_cagr(), io_uring(), halving(), danube(),
            aconcagua()]
