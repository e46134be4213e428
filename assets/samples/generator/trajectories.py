"""Plain ReAct trajectories: thought + tool call -> real observation, ending in an answer."""

from common import (ALL_TOOLS, RESEARCH_TOOLS, SYSTEM_PROMPT, WEB_PY_TOOLS, WEB_TOOLS, answer, calls, parse_file,
                    python, python_obs, sample, scholar, scholar_obs, search, search_obs, step, visit, visit_obs)


def _traj(sid, question, truth, steps, judgment="correct", tools=WEB_TOOLS, **meta):
    return sample("trajectory", sid, question, steps, judgment, answer_text=truth, system=SYSTEM_PROMPT,
                  tools=tools, metadata={"source": "synthetic", "termination": "answer", **meta})


def everest_k2():
    q = "How much higher is Mount Everest than K2, using the currently accepted elevations?"
    o1 = search_obs(
        ("Mount Everest official height", [
            ("Mount Everest - Wikipedia", "https://en.wikipedia.org/wiki/Mount_Everest",
             "Mount Everest ... is Earth's highest mountain above sea level ... Its elevation (snow height) of "
             "8,848.86 m (29,031 ft 8 in) was most recently established in 2020 by the Chinese and Nepali "
             "authorities ..."),
            ("Everest is 86cm taller, China and Nepal announce - BBC News",
             "https://www.bbc.com/news/world-asia-55218939",
             "Mount Everest is 8,848.86m tall, China and Nepal have jointly announced ...", "Dec 8, 2020"),
        ]),
        ("K2 elevation metres", [
            ("K2 - Wikipedia", "https://en.wikipedia.org/wiki/K2",
             "K2, at 8,611 metres (28,251 ft) above sea level, is the second-highest mountain on Earth, after Mount "
             "Everest ..."),
            ("K2 | Mountain, Pakistan, & Facts | Britannica", "https://www.britannica.com/place/K2",
             "K2, the world's second highest peak (28,251 feet [8,611 metres]) ..."),
        ]))
    s1 = step("I need both current elevations. Everest was re-measured in 2020; K2 is usually given as 8,611 m. "
              "Search both at once.", search("Mount Everest official height", "K2 elevation metres"), o1)
    o2 = visit_obs(
        ("https://en.wikipedia.org/wiki/Mount_Everest", "Current official elevation of Mount Everest",
         "The elevation (snow height) of 8,848.86 m (29,031 ft 8 in) was most recently established in 2020 by the "
         "Chinese and Nepali authorities. In 1955 an Indian survey measured 8,848 m, the figure used for decades; a "
         "1999 American survey using GPS gave 8,850 m, and a 2005 Chinese survey gave a rock height of 8,844.43 m. "
         "On 8 December 2020 Nepal and China jointly announced the new official height of 8,848.86 m.",
         "The current official height of Everest is 8,848.86 m, announced jointly by Nepal and China on 8 December "
         "2020."),
        ("https://en.wikipedia.org/wiki/K2", "Current accepted elevation of K2",
         "K2, at 8,611 metres (28,251 ft) above sea level, is the second-highest mountain on Earth, after Mount "
         "Everest (at 8,849 metres). It lies in the Karakoram range, partially in the Gilgit-Baltistan region of "
         "Pakistan-administered Kashmir and partially in a China-administered territory of the Tashkurgan Tajik "
         "Autonomous County of Xinjiang.",
         "K2's accepted elevation is 8,611 m."))
    s2 = step("The snippets agree, but I'll confirm both figures from the articles in parallel - two visits in one "
              "action.",
              calls(("visit", {"url": ["https://en.wikipedia.org/wiki/Mount_Everest"],
                               "goal": "Current official elevation of Mount Everest"}),
                    ("visit", {"url": ["https://en.wikipedia.org/wiki/K2"],
                               "goal": "Current accepted elevation of K2"})),
              o2)
    s3 = step("Everest 8,848.86 m minus K2 8,611 m = 237.86 m.",
              answer("Mount Everest (8,848.86 m, official since December 2020) is about 238 m higher than K2 "
                     "(8,611 m): 237.86 m."))
    return _traj("traj-001", q, "About 238 m (8,848.86 m - 8,611 m)", [s1, s2, s3], parallel_calls=True)


def sputnik_apollo():
    q = "How many days passed between the launch of Sputnik 1 and the Apollo 11 lunar landing?"
    o1 = search_obs(
        ("Sputnik 1 launch date time UTC", [
            ("Sputnik 1 - Wikipedia", "https://en.wikipedia.org/wiki/Sputnik_1",
             "Launch date: 4 October 1957, 19:28:34 UTC. Rocket: Sputnik 8K71PS. Launch site: Baikonur Site 1/5 "
             "..."),
            ("Sputnik, 1957 - Office of the Historian", "https://history.state.gov/milestones/1953-1960/sputnik",
             "On October 4, 1957, the Soviet Union launched the earth's first artificial satellite, Sputnik I ..."),
        ]),
        ("Apollo 11 lunar landing time UTC", [
            ("Apollo 11 - Wikipedia", "https://en.wikipedia.org/wiki/Apollo_11",
             "... Armstrong and Aldrin landed the Apollo Lunar Module Eagle on July 20, 1969, at 20:17 UTC ..."),
            ("Apollo 11 Mission Overview - NASA", "https://www.nasa.gov/mission/apollo-11/",
             "The lunar module Eagle landed in the Sea of Tranquility at 4:17 p.m. EDT on July 20, 1969 ..."),
        ]))
    s1 = step("I need exact dates (and times, to avoid an off-by-one) for both events.",
              search("Sputnik 1 launch date time UTC", "Apollo 11 lunar landing time UTC"), o1)
    code = ("from datetime import datetime\n"
            "sputnik = datetime(1957, 10, 4, 19, 28, 34)   # UTC\n"
            "eagle = datetime(1969, 7, 20, 20, 17, 40)     # UTC\n"
            "delta = eagle - sputnik\n"
            "print(delta)\n"
            "print(delta.days, 'whole days')\n"
            "print((eagle.date() - sputnik.date()).days, 'calendar days')")
    s2 = step("Sputnik: 4 October 1957 19:28:34 UTC. Eagle landing: 20 July 1969 20:17:40 UTC. Compute the "
              "difference with leap years handled by datetime.", python(code),
              python_obs("4307 days, 0:49:06\n4307 whole days\n4307 calendar days"))
    s3 = step("Both the calendar-date difference and the exact elapsed time give 4,307 days.",
              answer("4,307 days (4 October 1957 to 20 July 1969; exactly 4,307 days and about 49 minutes)."))
    return _traj("traj-002", q, "4,307 days", [s1, s2, s3], tools=WEB_PY_TOOLS)


def opera_house():
    q = ("After Jørn Utzon resigned from the Sydney Opera House project, which architect was chiefly responsible for "
         "the interior design of the completed building?")
    o1 = search_obs(
        ("Sydney Opera House interiors after Utzon resigned architect", [
            ("Sydney Opera House - Wikipedia", "https://en.wikipedia.org/wiki/Sydney_Opera_House",
             "... Utzon resigned from the project in 1966 ... The design and construction of the interiors were "
             "taken over by Peter Hall, Lionel Todd and David Littlemore ..."),
            ("Peter Hall (architect) - Wikipedia", "https://en.wikipedia.org/wiki/Peter_Hall_(architect)",
             "Peter Brian Hall (1931-1995) was an Australian architect who was chiefly responsible for the design "
             "of the interiors of the Sydney Opera House after Jørn Utzon's resignation ..."),
            ("The Hall years - Sydney Opera House", "https://www.sydneyoperahouse.com/our-story/history",
             "In 1966 the NSW Government appointed a panel of Australian architects to complete the building ..."),
        ]),
        ("Utzon resignation 1966 Davis Hughes", [
            ("Jørn Utzon - Wikipedia", "https://en.wikipedia.org/wiki/J%C3%B8rn_Utzon",
             "... In 1966, following a change of government and disputes with the Minister for Public Works, Davis "
             "Hughes, over payments and design, Utzon resigned ..."),
        ]))
    s1 = step("Search for who completed the interiors after Utzon left.",
              search("Sydney Opera House interiors after Utzon resigned architect",
                     "Utzon resignation 1966 Davis Hughes"), o1)
    o2 = visit_obs(("https://en.wikipedia.org/wiki/Sydney_Opera_House",
                    "Who completed the interiors after Utzon resigned",
                    "Utzon resigned on 28 February 1966 after the Minister for Public Works, Davis Hughes, withheld "
                    "payments and disputed his plans for the interiors. Utzon left Australia, never to return. "
                    "The building was completed by Hall, Todd and Littlemore: Peter Hall was primarily responsible "
                    "for the interior design, Lionel Todd for the contract documentation and David Littlemore for "
                    "construction supervision. The major hall was changed from a multipurpose opera/concert hall to "
                    "a concert hall only, and the opera was moved to the smaller minor hall. The building was "
                    "formally opened by Queen Elizabeth II on 20 October 1973.",
                    "After Utzon's resignation in February 1966, the building was completed by Peter Hall, Lionel "
                    "Todd and David Littlemore, with Peter Hall primarily responsible for the interior design."))
    s2 = step("Three names appear; confirm who was responsible for the interiors specifically.",
              visit("https://en.wikipedia.org/wiki/Sydney_Opera_House",
                    "Who completed the interiors after Utzon resigned"), o2)
    s3 = step("Peter Hall led the interior design within the Hall, Todd and Littlemore team.",
              answer("Peter Hall, working with Lionel Todd and David Littlemore; Hall was chiefly responsible for the "
                     "interiors after Utzon resigned in 1966."))
    return _traj("traj-003", q, "Peter Hall", [s1, s2, s3])


def react_paper():
    q = ("Who is the first author of the paper that introduced ReAct (interleaving reasoning traces and actions in "
         "language models), and at which conference was it published?")
    o1 = scholar_obs(("ReAct: Synergizing Reasoning and Acting in Language Models", [
        ("ReAct: Synergizing Reasoning and Acting in Language Models", "https://arxiv.org/abs/2210.03629",
         "S Yao, J Zhao, D Yu, N Du, I Shafran, K Narasimhan, Y Cao - arXiv preprint arXiv:2210.03629", "2022",
         "3000+",
         "While large language models (LLMs) have demonstrated impressive capabilities across tasks in language "
         "understanding and interactive decision making, their abilities for reasoning (e.g. chain-of-thought "
         "prompting) and acting (e.g. action plan generation) have primarily been studied as separate topics ..."),
        ("ReAct: Synergizing Reasoning and Acting in Language Models", "https://openreview.net/forum?id=WE_vluYUL-X",
         "S Yao, J Zhao, D Yu, N Du, I Shafran, K Narasimhan, Y Cao - The Eleventh International Conference on "
         "Learning Representations", "2023", "1500+",
         "... we explore the use of LLMs to generate both reasoning traces and task-specific actions in an "
         "interleaved manner ..."),
        ("Reflexion: Language Agents with Verbal Reinforcement Learning", "https://arxiv.org/abs/2303.11366",
         "N Shinn, F Cassano, A Gopinath, K Narasimhan, S Yao - NeurIPS", "2023", "1000+",
         "... building on ReAct ..."),
    ]))
    s1 = step("A bibliographic question: search Google Scholar for the ReAct paper.",
              scholar("ReAct: Synergizing Reasoning and Acting in Language Models"), o1)
    o2 = visit_obs(("https://openreview.net/forum?id=WE_vluYUL-X", "Authors and venue of the ReAct paper",
                    "ReAct: Synergizing Reasoning and Acting in Language Models\n"
                    "Shunyu Yao, Jeffrey Zhao, Dian Yu, Nan Du, Izhak Shafran, Karthik R Narasimhan, Yuan Cao\n"
                    "Published: 01 Feb 2023\n"
                    "Venue: ICLR 2023\n"
                    "Abstract: While large language models (LLMs) have demonstrated impressive capabilities across "
                    "tasks in language understanding and interactive decision making, their abilities for reasoning "
                    "and acting have primarily been studied as separate topics. In this paper, we explore the use of "
                    "LLMs to generate both reasoning traces and task-specific actions in an interleaved manner, "
                    "allowing for greater synergy between the two ... On question answering (HotpotQA) and fact "
                    "verification (Fever), ReAct overcomes prevalent issues of hallucination and error propagation "
                    "in chain-of-thought reasoning by interacting with a simple Wikipedia API ...",
                    "The paper is by Shunyu Yao (first author) and colleagues, published at ICLR 2023."))
    s2 = step("Scholar shows the arXiv preprint (2022) and an ICLR 2023 record; confirm the venue on OpenReview.",
              visit("https://openreview.net/forum?id=WE_vluYUL-X", "Authors and venue of the ReAct paper"), o2)
    s3 = step("Confirmed.",
              answer("Shunyu Yao is the first author; the paper was published at ICLR 2023 (the Eleventh "
                     "International Conference on Learning Representations), after a 2022 arXiv preprint."))
    return _traj("traj-004", q, "Shunyu Yao; ICLR 2023", [s1, s2, s3], tools=RESEARCH_TOOLS)


def apple_10k():
    q = ("Using the attached Apple Form 10-K for fiscal 2023 (apple_10k_fy2023.pdf), what was the gross margin "
         "percentage for Services, and how did it compare with Products and with fiscal 2022?")
    doc = ("# apple_10k_fy2023.pdf (pages 21-22 of 80, extracted text)\n\n"
           "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations\n\n"
           "Gross Margin\n"
           "Products and Services gross margin and gross margin percentage for 2023, 2022 and 2021 were as "
           "follows (dollars in millions):\n\n"
           "| | 2023 | 2022 | 2021 |\n"
           "|---|---|---|---|\n"
           "| Gross margin: Products | $ 108,803 | $ 114,728 | $ 105,126 |\n"
           "| Gross margin: Services | 60,345 | 56,054 | 47,710 |\n"
           "| Total gross margin | $ 169,148 | $ 170,782 | $ 152,836 |\n"
           "| Gross margin percentage: Products | 36.5 % | 36.3 % | 35.3 % |\n"
           "| Gross margin percentage: Services | 70.8 % | 71.7 % | 69.7 % |\n"
           "| Total gross margin percentage | 44.1 % | 43.3 % | 41.8 % |\n\n"
           "Products Gross Margin\n"
           "Products gross margin decreased during 2023 compared to 2022 due to the weakness in foreign currencies "
           "relative to the U.S. dollar and lower Products volume, partially offset by cost savings and a different "
           "Products mix. Products gross margin percentage increased during 2023 compared to 2022 due to cost "
           "savings and a different Products mix, partially offset by the weakness in foreign currencies relative "
           "to the U.S. dollar and decreased leverage.\n\n"
           "Services Gross Margin\n"
           "Services gross margin increased during 2023 compared to 2022 due primarily to higher Services net "
           "sales, partially offset by the weakness in foreign currencies relative to the U.S. dollar and higher "
           "Services costs. Services gross margin percentage decreased during 2023 compared to 2022 due to higher "
           "Services costs and the weakness in foreign currencies relative to the U.S. dollar, partially offset by "
           "a different Services mix.\n\n"
           "Net sales (dollars in millions): Products 2023 $298,085; 2022 $316,199. Services 2023 $85,200; 2022 "
           "$78,129. Total net sales 2023 $383,285; 2022 $394,328.")
    s1 = step("The data is in the attached filing; parse it and look for the gross margin table in MD&A.",
              parse_file("apple_10k_fy2023.pdf"), doc)
    code = ("gm = {'Products': (108_803, 298_085), 'Services': (60_345, 85_200), 'Total': (169_148, 383_285)}\n"
            "for k, (margin, sales) in gm.items():\n"
            "    print(k, f'{margin / sales:.1%}')")
    s2 = step("The table gives 70.8% (Services) and 36.5% (Products). Recompute from the dollar figures to make sure "
              "the percentages are consistent with net sales.", python(code),
              python_obs("Products 36.5%\nServices 70.8%\nTotal 44.1%"))
    s3 = step("The recomputed percentages match the table.",
              answer("Services gross margin was 70.8% in fiscal 2023, almost twice the Products gross margin of "
                     "36.5% (total 44.1%). Compared with fiscal 2022, the Services margin fell from 71.7% (higher "
                     "Services costs, weaker foreign currencies) while the Products margin rose slightly from "
                     "36.3%."))
    return _traj("traj-005", q, "Services 70.8% vs Products 36.5% (FY2022: 71.7% and 36.3%)", [s1, s2, s3],
                 tools=ALL_TOOLS, attachment="apple_10k_fy2023.pdf")


def cricket_1975():
    q = "Who captained the winning side in the first men's Cricket World Cup final, and by how many runs did they win?"
    o1 = search_obs(
        ("1975 Cricket World Cup final result captain", [
            ("1975 Cricket World Cup final - Wikipedia", "https://en.wikipedia.org/wiki/1975_Cricket_World_Cup_final",
             "The final of the 1975 Prudential Cup was played at Lord's on 21 June 1975 between the West Indies and "
             "Australia. The West Indies won by 17 runs ..."),
            ("West Indies v Australia, Final, Lord's, June 21, 1975 - ESPNcricinfo",
             "https://www.espncricinfo.com/series/prudential-world-cup-1975-60793/australia-vs-west-indies-final-65081/full-scorecard",
             "West Indies 291/8 (60 ov); Australia 274 (58.4 ov). West Indies won by 17 runs ..."),
            ("Clive Lloyd - Wikipedia", "https://en.wikipedia.org/wiki/Clive_Lloyd",
             "... captained the West Indies to victory in the 1975 and 1979 World Cups ... scored 102 in the 1975 "
             "final ..."),
        ]))
    s1 = step("The first men's World Cup was in 1975 in England. Search the final.",
              search("1975 Cricket World Cup final result captain"), o1)
    o2 = visit_obs(("https://en.wikipedia.org/wiki/1975_Cricket_World_Cup_final",
                    "Winning captain and margin of victory",
                    "The final was played at Lord's, London, on 21 June 1975. Australia won the toss and chose to "
                    "field. The West Indies were 50/3 when captain Clive Lloyd came in; he scored 102 from 85 balls, "
                    "and the West Indies reached 291/8 from their 60 overs. Australia were bowled out for 274 in "
                    "58.4 overs; five of their batsmen were run out, three of them by Viv Richards. The West Indies "
                    "won by 17 runs, and Lloyd was named man of the match.",
                    "West Indies (captain Clive Lloyd, 102) beat Australia by 17 runs at Lord's on 21 June 1975."))
    s2 = step("Confirm the margin and the captain on the final's article.",
              visit("https://en.wikipedia.org/wiki/1975_Cricket_World_Cup_final", "Winning captain and margin of victory"),
              o2)
    s3 = step("Confirmed.", answer("Clive Lloyd captained the West Indies, who beat Australia by 17 runs in the 1975 "
                                   "final at Lord's; Lloyd scored 102 and was man of the match."))
    return _traj("traj-006", q, "Clive Lloyd (West Indies); 17 runs", [s1, s2, s3])


def samples():
    return [everest_k2(), sputnik_apollo(), opera_house(), react_paper(), apple_10k(), cricket_1975()]
