"""FAS reasoning samples: question + entity-anchored knowledge; tentative answer A1 from internal knowledge,
then reasoning over the knowledge statements that checks and corrects it into A2."""

from common import answer, sample, step


def _fas(sid, anchor, question, knowledge, a1_thought, a1, a2_thought, a2, truth, a1_status):
    steps = [step(a1_thought, answer(a1)), step(a2_thought, answer(a2))]
    return sample("fas_reasoning", sid, question, steps, "correct", answer_text=truth, knowledge=knowledge,
                  metadata={"anchor_entity": anchor, "source": "synthetic", "a1": a1_status})


def samples():
    out = []

    out.append(_fas(
        "fasr-001", "Sydney Opera House",
        "Who formally opened the Sydney Opera House, on what date, and was its architect present at the ceremony?",
        ["Jørn Utzon, a Danish architect, won the 1957 international design competition for the Sydney Opera House.",
         "Utzon resigned from the project in February 1966 after disputes with the New South Wales government over "
         "costs and unpaid fees, and left Australia.",
         "The interiors were completed by a team of Australian architects led by Peter Hall, with Lionel Todd and "
         "David Littlemore.",
         "Queen Elizabeth II formally opened the Sydney Opera House on 20 October 1973.",
         "Utzon was not invited to the opening ceremony and his name was not mentioned; he never returned to "
         "Australia to see the completed building.",
         "The Sydney Opera House was inscribed as a UNESCO World Heritage Site in 2007."],
        "From memory: the building was opened by Queen Elizabeth II in 1973. Utzon is the celebrated architect "
        "of the building, so I would expect him to have attended the opening. Tentatively: the Queen, in 1973, "
        "with Utzon present.",
        "Queen Elizabeth II opened it in 1973, and Jørn Utzon attended the ceremony.",
        "The knowledge confirms the opener and gives the exact date: Queen Elizabeth II on 20 October 1973. My "
        "assumption about Utzon is wrong: he resigned in February 1966 and left Australia, he was not invited to "
        "the ceremony, his name was not mentioned, and he never returned to see the finished building. The "
        "interiors were completed by Peter Hall's team. So the architect was not present.",
        "Queen Elizabeth II opened it on 20 October 1973. Its architect Jørn Utzon was not present: he had "
        "resigned in 1966, was not invited, and never saw the completed building.",
        "Queen Elizabeth II, 20 October 1973; Jørn Utzon was not present", "wrong"))

    out.append(_fas(
        "fasr-002", "Marie Curie",
        "In which field and in which year did Marie Curie receive her second Nobel Prize, and for what?",
        ["Marie Curie shared the 1903 Nobel Prize in Physics with Pierre Curie and Henri Becquerel for their "
         "research on radiation phenomena.",
         "Marie Curie alone received the 1911 Nobel Prize in Chemistry for the discovery of the elements radium "
         "and polonium, the isolation of radium and the study of its nature and compounds.",
         "Polonium, announced by the Curies in July 1898, was named after Poland, Marie Curie's native country.",
         "Marie Curie was the first person to win Nobel Prizes in two different sciences.",
         "Pierre Curie died in a street accident in Paris in April 1906."],
        "I recall two Nobel Prizes, the first in 1903 for physics together with Pierre Curie and Becquerel. "
        "The second came in 1911; I think it was again physics, for isolating radium.",
        "Physics, 1911, for isolating radium.",
        "The statements put the 1903 prize in physics but the 1911 prize in chemistry, awarded to her alone, for "
        "discovering radium and polonium, isolating radium and studying its compounds. That is also why she is "
        "the first person to win in two different sciences - impossible if both prizes had been physics. A1 had "
        "the year right and the field wrong, and left out polonium.",
        "Chemistry, in 1911: for the discovery of radium and polonium, the isolation of radium and the study of "
        "its compounds.",
        "Chemistry, 1911, for the discovery of radium and polonium and the isolation of radium", "wrong"))

    out.append(_fas(
        "fasr-003", "Mount Kilimanjaro",
        "On which of Kilimanjaro's volcanic cones is its highest point, what is that point called, and who "
        "first reached it?",
        ["Mount Kilimanjaro in Tanzania is made up of three volcanic cones: Kibo, Mawenzi and Shira.",
         "Uhuru Peak, the highest point of Kilimanjaro at 5,895 m, lies on the crater rim of Kibo.",
         "Mawenzi's highest point, Hans Meyer Peak, is about 5,149 m high.",
         "Hans Meyer and Ludwig Purtscheller made the first recorded ascent to Kibo's summit on 6 October 1889.",
         "The summit was renamed Uhuru Peak ('freedom' in Swahili) after Tanganyika's independence in 1961; it had "
         "been called Kaiser-Wilhelm-Spitze."],
        "The top of Kilimanjaro is Uhuru Peak. Hans Meyer is associated with the first ascent in 1889, and his "
        "name is attached to a peak on Mawenzi, so I would guess Uhuru is on Mawenzi.",
        "Uhuru Peak, on Mawenzi; first reached by Hans Meyer in 1889.",
        "The knowledge separates the two: Uhuru Peak (5,895 m) is on the crater rim of Kibo, while Hans Meyer "
        "Peak (5,149 m) is Mawenzi's top - that name is what misled A1. The first ascent was a team effort: Hans "
        "Meyer with Ludwig Purtscheller, on 6 October 1889.",
        "Uhuru Peak (5,895 m), on the Kibo cone; first reached by Hans Meyer and Ludwig Purtscheller on "
        "6 October 1889.",
        "Kibo; Uhuru Peak; Hans Meyer and Ludwig Purtscheller (6 October 1889)", "wrong"))

    out.append(_fas(
        "fasr-004", "Peace of Westphalia",
        "In which two cities were the treaties of the Peace of Westphalia negotiated, and which war between Spain "
        "and the Dutch Republic did the Peace of Münster end?",
        ["The Peace of Westphalia (1648) consists of treaties negotiated in the Westphalian cities of Osnabrück "
         "and Münster.",
         "The Peace of Münster, signed on 30 January 1648 between Spain and the Dutch Republic, ended the Eighty "
         "Years' War.",
         "In the Peace of Münster Spain recognised the Dutch Republic as independent.",
         "The treaties of Osnabrück and Münster of 24 October 1648 ended the Thirty Years' War in the Holy Roman "
         "Empire."],
        "The Westphalian congress met in two cities, Osnabrück and Münster. The Spanish-Dutch treaty signed at "
        "Münster ended the Eighty Years' War and recognised Dutch independence.",
        "Osnabrück and Münster; the Peace of Münster ended the Eighty Years' War.",
        "The statements agree on both points: the treaties were negotiated in Osnabrück and Münster, and the "
        "Peace of Münster (30 January 1648) between Spain and the Dutch Republic ended the Eighty Years' War. "
        "One thing to keep apart: the Thirty Years' War ended with the October 1648 treaties, not with the "
        "Spanish-Dutch peace. A1 stands.",
        "Osnabrück and Münster; the Peace of Münster (30 January 1648) ended the Eighty Years' War.",
        "Osnabrück and Münster; the Eighty Years' War", "agrees"))

    out.append(_fas(
        "fasr-005", "Python 2",
        "When did Python 2 reach its end of life, and what was the last Python 2 release?",
        ["Python 2.7 reached end of life on 1 January 2020; after that the core developers stopped improving it.",
         "Python 2.7.17 was released in October 2019.",
         "Python 2.7.18, released on 20 April 2020, was the last Python 2 release.",
         "PEP 373 documents the Python 2.7 release schedule.",
         "Python 3.0 was released on 3 December 2008."],
        "Python 2 was sunset on 1 January 2020. Since nothing should be released after the sunset, the last "
        "release must be the one before it, which I believe was 2.7.17.",
        "End of life on 1 January 2020; the last release was Python 2.7.17.",
        "The end-of-life date is confirmed. But the knowledge shows one more release after it: 2.7.17 came out in "
        "October 2019, and 2.7.18 was released on 20 April 2020 as the final Python 2 release (a release of "
        "fixes already made, per the PEP 373 schedule). My inference 'no release after EOL' was wrong.",
        "Python 2 reached end of life on 1 January 2020; the last release was Python 2.7.18, on 20 April 2020.",
        "1 January 2020; Python 2.7.18 (20 April 2020)", "wrong"))

    out.append(_fas(
        "fasr-006", "Git",
        "Who created Git, and what event in 2005 prompted its creation?",
        ["Linus Torvalds began developing Git in April 2005 for the Linux kernel project.",
         "The Linux kernel project had used the proprietary BitKeeper version control system since 2002.",
         "In 2005 BitMover withdrew the free-of-charge BitKeeper licence used by kernel developers after Andrew "
         "Tridgell reverse-engineered the BitKeeper protocols.",
         "Junio Hamano has maintained Git since July 2005."],
        "Git was written by Linus Torvalds in 2005 when the kernel community lost free use of BitKeeper, the "
        "proprietary tool it had relied on.",
        "Linus Torvalds, after the kernel community lost its free BitKeeper licence in 2005.",
        "The statements confirm each part: Torvalds began Git in April 2005; the kernel had used BitKeeper since "
        "2002; BitMover withdrew the free licence after Andrew Tridgell reverse-engineered the protocols. They add "
        "that Junio Hamano took over maintenance in July 2005, which does not change the answer.",
        "Linus Torvalds, in April 2005, after BitMover withdrew the free BitKeeper licence the kernel developers "
        "had used (following Andrew Tridgell's reverse-engineering of its protocols).",
        "Linus Torvalds; the withdrawal of the free BitKeeper licence in 2005", "agrees"))

    out.append(_fas(
        "fasr-007", "Usain Bolt",
        "What is the men's 100 metres world record, and at which competition was it set?",
        ["Usain Bolt ran 9.58 s in the 100 m final at the 2009 World Championships in Berlin on 16 August 2009.",
         "Bolt won the 2008 Beijing Olympic 100 m final in 9.69 s, a world record at the time.",
         "At the same Berlin championships Bolt set the 200 m world record of 19.19 s.",
         "Tyson Gay finished second in the 2009 Berlin 100 m final in 9.71 s."],
        "The record is Usain Bolt's 9.58 s. The most famous Bolt race is the Beijing 2008 Olympic final, so I "
        "associate the record with Beijing.",
        "9.58 s by Usain Bolt, at the 2008 Beijing Olympics.",
        "The time is right but the venue is not: Bolt ran 9.58 s in the final of the 2009 World Championships in "
        "Berlin (16 August 2009). In Beijing he ran 9.69 s, then a world record, which he improved by 0.11 s a "
        "year later.",
        "9.58 s, by Usain Bolt in the final of the 2009 World Championships in Berlin on 16 August 2009.",
        "9.58 s, Usain Bolt, 2009 World Championships in Berlin", "wrong"))

    out.append(_fas(
        "fasr-008", "Eiffel Tower",
        "Who produced the original design for the Eiffel Tower?",
        ["The first design for the tower was drawn up in 1884 by Maurice Koechlin and Émile Nouguier, senior "
         "engineers at Gustave Eiffel's company.",
         "The architect Stephen Sauvestre reworked the design, adding among other things the decorative arches "
         "at the base.",
         "Gustave Eiffel bought the rights to the patent on the design from Koechlin and Nouguier.",
         "The tower was built as the entrance arch for the 1889 Exposition Universelle in Paris."],
        "The tower carries Gustave Eiffel's name, and he was the engineer behind it, so he designed it for the "
        "1889 World's Fair.",
        "Gustave Eiffel designed it for the 1889 Exposition Universelle.",
        "A1 is imprecise. The original design came from two engineers at Eiffel's company, Maurice Koechlin and "
        "Émile Nouguier (1884); architect Stephen Sauvestre refined it; Eiffel bought the patent rights from "
        "them and his company built the tower. Eiffel is the promoter and builder, not the original designer.",
        "Maurice Koechlin and Émile Nouguier, engineers at Gustave Eiffel's company, drew the original design in "
        "1884; Stephen Sauvestre refined it, and Eiffel bought the patent rights and built it.",
        "Maurice Koechlin and Émile Nouguier", "imprecise"))

    out.append(_fas(
        "fasr-009", "Federal Reserve System",
        "How many regional Federal Reserve Banks are there, and which Reserve Bank's president has a permanent "
        "vote on the Federal Open Market Committee?",
        ["The Federal Reserve Act, signed by President Woodrow Wilson on 23 December 1913, created the Federal "
         "Reserve System.",
         "The Federal Reserve System has twelve regional Federal Reserve Banks.",
         "The FOMC has twelve voting members: the seven members of the Board of Governors and five Reserve Bank "
         "presidents.",
         "The president of the Federal Reserve Bank of New York is a permanent voting member of the FOMC; the "
         "other four votes rotate annually among the remaining eleven Reserve Bank presidents."],
        "There are twelve regional banks. As far as I remember the five presidents' seats on the FOMC rotate "
        "each year among all the banks.",
        "Twelve; no bank has a permanent vote - all presidents rotate.",
        "The count of twelve is confirmed. The rotation claim is wrong: the New York Fed's president is a "
        "permanent voting member, and only the other four voting seats rotate among the remaining eleven "
        "presidents.",
        "There are twelve Federal Reserve Banks; the president of the Federal Reserve Bank of New York is the "
        "permanent voting member of the FOMC.",
        "Twelve; the Federal Reserve Bank of New York", "wrong"))

    out.append(_fas(
        "fasr-010", "Danube",
        "Which national capitals lie on the Danube?",
        ["The Danube rises in the Black Forest in Germany and empties into the Black Sea through the Danube Delta "
         "in Romania and Ukraine.",
         "The Danube flows through or along the borders of ten countries.",
         "Four national capitals lie on the Danube: Vienna, Bratislava, Budapest and Belgrade.",
         "Vienna and Bratislava are about 55 km apart, the closest pair of European capitals apart from Rome and "
         "Vatican City."],
        "Going downstream: Vienna, then Budapest, then Belgrade. Those are the capitals I can think of.",
        "Vienna, Budapest and Belgrade.",
        "A1 misses one: the knowledge lists four capitals, adding Bratislava, which lies just downstream of "
        "Vienna (about 55 km away). Sofia and Bucharest are not on the river.",
        "Four: Vienna, Bratislava, Budapest and Belgrade.",
        "Vienna, Bratislava, Budapest and Belgrade", "imprecise"))

    out.append(_fas(
        "fasr-011", "Alan Turing",
        "In which journal, and in which year, was Alan Turing's paper 'On Computable Numbers, with an Application "
        "to the Entscheidungsproblem' published?",
        ["Turing's 'On Computable Numbers, with an Application to the Entscheidungsproblem' was received by the "
         "London Mathematical Society on 28 May 1936.",
         "The paper appeared in the Proceedings of the London Mathematical Society, series 2, volume 42 "
         "(1936-37); the parts containing it were issued in late 1936.",
         "Turing's 'Computing Machinery and Intelligence', which introduced the imitation game, was published "
         "in the journal Mind in 1950.",
         "Turing completed a PhD at Princeton under Alonzo Church in 1938."],
        "Turing's famous papers appeared in Mind, I think, and 'On Computable Numbers' is usually dated 1937.",
        "Mind, 1937.",
        "The knowledge shows I mixed up two papers: Mind published 'Computing Machinery and Intelligence' in "
        "1950. 'On Computable Numbers' was received by the London Mathematical Society on 28 May 1936 and "
        "published in its Proceedings, series 2, volume 42, in late 1936 (the volume is dated 1936-37, which is "
        "where the 1937 date comes from).",
        "The Proceedings of the London Mathematical Society (series 2, vol. 42), in 1936.",
        "Proceedings of the London Mathematical Society, 1936", "wrong"))

    out.append(_fas(
        "fasr-012", "Mark Cavendish",
        "Who holds the record for the most stage wins in the Tour de France, and where was the record-breaking "
        "win taken?",
        ["Eddy Merckx won 34 Tour de France stages between 1969 and 1975.",
         "Mark Cavendish equalled Merckx's total of 34 stage wins at the 2021 Tour de France.",
         "Cavendish crashed out of the 2023 Tour de France on stage 8, breaking his collarbone.",
         "On 3 July 2024 Cavendish won stage 5 of the Tour de France at Saint-Vulbas, his 35th Tour stage win."],
        "Merckx and Cavendish both have 34 stage wins; Cavendish tied the record in 2021 and then crashed out of "
        "the 2023 Tour, so I believe the record is still shared.",
        "Shared by Eddy Merckx and Mark Cavendish with 34 stage wins each.",
        "My picture stops in 2023. The last statement adds that Cavendish came back in 2024 and won stage 5 at "
        "Saint-Vulbas on 3 July 2024 - his 35th - which breaks the tie. The record is now his alone.",
        "Mark Cavendish, with 35 stage wins; the record-breaking 35th came on stage 5 of the 2024 Tour at "
        "Saint-Vulbas on 3 July 2024.",
        "Mark Cavendish (35); Saint-Vulbas, stage 5 of the 2024 Tour", "wrong"))

    out.append(_fas(
        "fasr-013", "BFC Dynamo",
        "How many consecutive DDR-Oberliga titles did BFC Dynamo win, and which seasons did the run cover?",
        ["BFC Dynamo won ten consecutive DDR-Oberliga titles, from 1978-79 to 1987-88.",
         "The club was backed by the Stasi; its head, Erich Mielke, was the club's honorary chairman.",
         "Dynamo Dresden won the DDR-Oberliga in 1988-89, ending BFC Dynamo's run.",
         "BFC Dynamo trained at the Sportforum Hohenschönhausen in East Berlin."],
        "BFC Dynamo dominated the 1980s; I remember nine straight titles, roughly from 1979 to 1987.",
        "Nine consecutive titles, 1979 to 1987.",
        "The first statement gives ten consecutive titles, 1978-79 through 1987-88. My count was one short, and "
        "the end point is confirmed by Dynamo Dresden taking the 1988-89 title.",
        "Ten consecutive titles, from the 1978-79 season to the 1987-88 season.",
        "Ten, 1978-79 to 1987-88", "wrong"))

    out.append(_fas(
        "fasr-014", "Harriet Martineau",
        "Who co-authored 'Letters on the Laws of Man's Nature and Development' (1851) with Harriet Martineau?",
        ["Letters on the Laws of Man's Nature and Development (1851) is an exchange of letters between Harriet "
         "Martineau and Henry George Atkinson.",
         "The book, published in London by John Chapman, set out a materialist, atheistic naturalism and "
         "discussed mesmerism and phrenology.",
         "A harsh review of the book by her brother James Martineau, a Unitarian minister, led to a lasting "
         "estrangement between the siblings.",
         "Martineau's condensed English translation of Auguste Comte's Cours de philosophie positive was "
         "published in 1853."],
        "The book is about phrenology and mesmerism, so the co-author was probably a phrenologist; George Combe, "
        "the best-known British phrenologist, is my guess.",
        "George Combe.",
        "The first statement names the co-author directly: Henry George Atkinson, with whom Martineau "
        "exchanged the letters. Combe was only a guess from the topic. The statements also explain the "
        "controversy (materialist atheism, mesmerism, phrenology) and her brother James's hostile review.",
        "Henry George Atkinson.",
        "Henry George Atkinson", "wrong"))

    out.append(_fas(
        "fasr-015", "Bitcoin",
        "On what date was the Bitcoin genesis block created, and what text is embedded in it?",
        ["The Bitcoin genesis block (block 0) has a timestamp of 3 January 2009.",
         "Its coinbase contains the text 'The Times 03/Jan/2009 Chancellor on brink of second bailout for "
         "banks'.",
         "Satoshi Nakamoto announced the first release of the Bitcoin software (v0.1) on 9 January 2009.",
         "The 50 BTC reward in the genesis block cannot be spent."],
        "Bitcoin launched in January 2009; I remember the 9th, and the genesis block quotes a newspaper headline "
        "about a bank bailout.",
        "9 January 2009; it quotes a newspaper headline about a bank bailout.",
        "9 January 2009 is the date of the v0.1 software announcement, not of the genesis block, whose timestamp "
        "is 3 January 2009. The exact embedded text is 'The Times 03/Jan/2009 Chancellor on brink of second "
        "bailout for banks'.",
        "3 January 2009; the coinbase reads 'The Times 03/Jan/2009 Chancellor on brink of second bailout for "
        "banks'.",
        "3 January 2009; 'The Times 03/Jan/2009 Chancellor on brink of second bailout for banks'", "wrong"))

    out.append(_fas(
        "fasr-016", "Lake Baikal",
        "What is the maximum depth of Lake Baikal, and roughly what share of the world's fresh surface water "
        "does it hold?",
        ["Lake Baikal in southern Siberia is the deepest lake in the world, with a maximum depth of 1,642 m.",
         "Baikal holds about 23,600 km³ of water, roughly 22-23% of the world's fresh surface water.",
         "Some older references give the maximum depth as 1,637 m.",
         "Lake Baikal was inscribed as a UNESCO World Heritage Site in 1996.",
         "Baikal is estimated to be 25-30 million years old, one of the oldest lakes on Earth."],
        "I recall a depth of 1,637 m and that Baikal holds about a fifth of the world's fresh surface water.",
        "About 1,637 m; about 20% of the world's fresh surface water.",
        "1,637 m is the figure found in older references; the current value in the statements is 1,642 m. The "
        "share is more precisely 22-23% (about 23,600 km³), a bit more than 'a fifth'.",
        "1,642 m; about 22-23% of the world's fresh surface water (roughly 23,600 km³).",
        "1,642 m; about 22-23%", "imprecise"))

    out.append(_fas(
        "fasr-017", "Ada Lovelace",
        "Whose paper was Ada Lovelace translating when she wrote her Notes, and which Note contains the "
        "algorithm for computing Bernoulli numbers?",
        ["In 1842 the Italian engineer Luigi Federico Menabrea published, in French, an article on Charles "
         "Babbage's Analytical Engine, based on Babbage's 1840 lectures in Turin.",
         "Ada Lovelace translated Menabrea's article into English and added seven notes labelled A to G.",
         "Note G sets out an algorithm for the Analytical Engine to compute Bernoulli numbers.",
         "The translation with her notes was published in 1843 in Richard Taylor's Scientific Memoirs.",
         "Menabrea later served as Prime Minister of Italy from 1867 to 1869."],
        "Lovelace worked closely with Babbage, so I think she translated a paper by Babbage himself; the "
        "Bernoulli algorithm is in Note G.",
        "A paper by Charles Babbage; Note G.",
        "The statements correct the author: the article was by Luigi Federico Menabrea, written in French in "
        "1842 from Babbage's Turin lectures - it was about Babbage's engine, not by him. Note G is confirmed as "
        "the one with the Bernoulli-number algorithm.",
        "Luigi Federico Menabrea's 1842 French article on Babbage's Analytical Engine; the algorithm is in "
        "Note G.",
        "Luigi Federico Menabrea; Note G", "wrong"))

    out.append(_fas(
        "fasr-018", "Chernobyl Nuclear Power Plant",
        "Which reactor unit exploded in the Chernobyl disaster, and what reactor design was it?",
        ["The Chernobyl accident occurred on 26 April 1986 at reactor No. 4 of the Chernobyl Nuclear Power Plant "
         "near Pripyat, in the Ukrainian SSR.",
         "Reactor No. 4 was an RBMK-1000, a Soviet graphite-moderated, water-cooled reactor.",
         "The explosion occurred during a safety test simulating a station power outage.",
         "The New Safe Confinement was moved over the damaged unit in November 2016."],
        "It was unit 4, an RBMK-1000 graphite-moderated reactor, during a safety test on 26 April 1986.",
        "Reactor No. 4, an RBMK-1000.",
        "The statements confirm unit 4, the RBMK-1000 design (graphite-moderated, water-cooled), the date and the "
        "safety test. Nothing to correct.",
        "Reactor No. 4, an RBMK-1000 graphite-moderated reactor (26 April 1986).",
        "Reactor No. 4, an RBMK-1000", "agrees"))

    out.append(_fas(
        "fasr-019", "Ever Given",
        "Which ship blocked the Suez Canal in March 2021, and for how many days?",
        ["The container ship Ever Given ran aground in the Suez Canal on 23 March 2021.",
         "Ever Given was refloated on 29 March 2021.",
         "The ship is owned by Shoei Kisen Kaisha and chartered to Evergreen Marine.",
         "About 369 ships were queued waiting to transit the canal by the time it was refloated."],
        "It was the Ever Given. I recall the blockage lasting about a week.",
        "The Ever Given; about a week.",
        "The ship is right. 'About a week' is loose: grounding on 23 March and refloating on 29 March 2021 make "
        "six days.",
        "The Ever Given, which blocked the canal for six days, from 23 to 29 March 2021.",
        "Ever Given; six days (23-29 March 2021)", "imprecise"))

    out.append(_fas(
        "fasr-020", "Hubble Space Telescope",
        "Which Space Shuttle orbiter carried the Hubble Space Telescope into orbit, and on which mission?",
        ["The Hubble Space Telescope was launched on 24 April 1990 aboard Space Shuttle Discovery on mission "
         "STS-31.",
         "Hubble was deployed from Discovery's payload bay on 25 April 1990.",
         "The first servicing mission, STS-61 in December 1993, was flown by Endeavour and corrected Hubble's "
         "flawed optics.",
         "The final servicing mission, STS-125 in May 2009, was flown by Atlantis."],
        "The mission was STS-31. I associate Hubble with Atlantis, which flew the last servicing mission, so I "
        "think Atlantis carried it up.",
        "Atlantis, on STS-31.",
        "STS-31 is right, but the orbiter on STS-31 was Discovery (launch 24 April 1990, deployment 25 April). "
        "Atlantis flew STS-125, the final servicing mission in 2009 - that is where my association came from.",
        "Space Shuttle Discovery, on mission STS-31 (launched 24 April 1990, Hubble deployed 25 April 1990).",
        "Discovery, STS-31", "wrong"))

    out.append(_fas(
        "fasr-021", "Photo 51",
        "Who took the X-ray diffraction photograph of DNA known as Photo 51?",
        ["Photo 51 is an X-ray diffraction image of the B form of DNA taken in May 1952 at King's College "
         "London.",
         "The photograph was taken by Raymond Gosling, a PhD student working under Rosalind Franklin's "
         "supervision.",
         "Maurice Wilkins showed Photo 51 to James Watson in January 1953 without Franklin's knowledge.",
         "Watson and Crick published their double-helix model in Nature in April 1953."],
        "Photo 51 is Rosalind Franklin's famous image, so she took it.",
        "Rosalind Franklin.",
        "The statements are more precise: the exposure was made by Raymond Gosling, Franklin's PhD student, in "
        "May 1952 under her supervision. Crediting Franklin alone is imprecise for the question 'who took it'.",
        "Raymond Gosling, a PhD student working under Rosalind Franklin's supervision at King's College London "
        "(May 1952).",
        "Raymond Gosling (under Rosalind Franklin's supervision)", "imprecise"))

    out.append(_fas(
        "fasr-022", "Amazon River",
        "Into which ocean does the Amazon River discharge, and what large island lies at its mouth?",
        ["The Amazon discharges into the Atlantic Ocean in northern Brazil.",
         "Marajó, at the mouth of the Amazon, is one of the largest fluvial islands in the world, roughly the "
         "size of Switzerland.",
         "The Amazon's average discharge is about 209,000 m³/s, more than the next seven largest rivers "
         "combined.",
         "Belém, the capital of Pará state, lies near the mouth on the Pará River estuary."],
        "The Amazon empties into the Atlantic; the big island at its mouth is Marajó.",
        "The Atlantic Ocean; Marajó Island.",
        "Both parts are confirmed by the statements (Atlantic Ocean in northern Brazil; Marajó, about the size "
        "of Switzerland). A1 stands.",
        "The Atlantic Ocean; Marajó Island, roughly the size of Switzerland.",
        "Atlantic Ocean; Marajó", "agrees"))

    out.append(_fas(
        "fasr-023", "Rust for Linux",
        "In which Linux kernel release was initial support for Rust merged, and when was it released?",
        ["Initial Rust support infrastructure was merged into the mainline Linux kernel for version 6.1.",
         "Linux 6.1 was released on 11 December 2022.",
         "Miguel Ojeda leads the Rust for Linux project.",
         "Linux 6.1 became a long-term support (LTS) kernel."],
        "Rust patches were discussed through 2022; I believe they landed in Linux 6.0 in the autumn of 2022.",
        "Linux 6.0, released in October 2022.",
        "The statements say the Rust infrastructure was merged for 6.1, which was released on 11 December 2022. "
        "6.0 came out earlier, in October 2022, without it - my version was one off.",
        "Linux 6.1, released on 11 December 2022.",
        "Linux 6.1 (11 December 2022)", "wrong"))

    out.append(_fas(
        "fasr-024", "Battle of Lepanto",
        "Who was Doge of Venice at the time of the Battle of Lepanto?",
        ["The Battle of Lepanto was fought on 7 October 1571 between the fleet of the Holy League and the "
         "Ottoman fleet.",
         "Alvise I Mocenigo was Doge of Venice from 1570 to 1577.",
         "Sebastiano Venier commanded the Venetian contingent at Lepanto and was elected Doge in 1577.",
         "The Holy League fleet was under the overall command of Don John of Austria."],
        "The Venetian hero of Lepanto is Sebastiano Venier, who was also a doge, so I think he was doge then.",
        "Sebastiano Venier.",
        "The statements separate the roles: Venier commanded the Venetian fleet at Lepanto (7 October 1571) but "
        "only became doge in 1577. The doge in office from 1570 to 1577 - covering October 1571 - was Alvise I "
        "Mocenigo.",
        "Alvise I Mocenigo (Doge 1570-1577); Sebastiano Venier commanded the Venetian fleet at Lepanto and became "
        "doge only in 1577.",
        "Alvise I Mocenigo", "wrong"))

    return out
