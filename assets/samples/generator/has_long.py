"""HAS decision samples, long (8-10 steps with multi-KB observations) for the studio's long-context views."""

from common import (RESEARCH_TOOLS, SYSTEM_PROMPT, answer, cand, has_steps, python, python_obs, sample, scholar,
                    scholar_obs, search, search_obs, visit, visit_obs)

META = {"source": "synthetic", "branching": "step-level", "length": "long"}


def _has(sid, question, truth, judgment, specs, **meta):
    return sample("has_decision", sid, question, has_steps(sid, specs), judgment, answer_text=truth,
                  system=SYSTEM_PROMPT, tools=RESEARCH_TOOLS, metadata={**META, **meta})


# --------------------------------------------------------------------------------------------- Tartu

def tartu():
    sid = "has-019"
    q = ("The toxic protein ricin was first isolated in 1888 by a doctoral student at a university in what is now "
         "Estonia. A few years later, under Russification, the university was given a new name. What was that "
         "name, and in which year did the institution reopen under its present name as an Estonian-language "
         "university?")
    truth = ("Imperial University of Yuryev (Yuryev University, from 1893); it reopened as the Estonian-language "
             "University of Tartu in 1919 (1 December 1919)")

    s1 = cand("Three hops: (1) who isolated ricin in 1888 and where, (2) the Russification-era name of that "
              "university, (3) the year it reopened under its present name in Estonian. The discoverer is probably "
              "Stillmark; I'll confirm the university first.",
              search("ricin first isolated 1888 Stillmark university",
                     "Peter Hermann Stillmark ricin dissertation Dorpat"))
    s1_alts = [
        cand("Stillmark's thesis should be indexed in Scholar with its place of publication.",
             scholar("Stillmark 1888 ricin dissertation")),
        cand("The university is surely the University of Tartu, which has had that name since its foundation in "
             "1632.", answer("University of Tartu; 1632")),
        cand("The ricin article will have a history section naming the discoverer and his university.",
             visit("https://en.wikipedia.org/wiki/Ricin", "Who first isolated ricin in 1888 and at which university")),
    ]
    o1 = search_obs(
        ("ricin first isolated 1888 Stillmark university", [
            ("Ricin - Wikipedia", "https://en.wikipedia.org/wiki/Ricin",
             "Ricin is a lectin (a carbohydrate-binding protein) and a highly potent toxin produced in the seeds of "
             "the castor oil plant, Ricinus communis. ... Ricin was first described by Peter Hermann Stillmark, "
             "the founder of lectinology, in 1888 ..."),
            ("Ricin: an ancient toxicant, but still an evergreen - PMC",
             "https://pmc.ncbi.nlm.nih.gov/articles/PMC10025221/",
             "Owing to its easy availability and high toxicity, Ricinus communis L. was awarded the dubious title "
             "'poisonous plant of the year 2018' ... In 1888, Stillmark, working at the University of Dorpat, "
             "attributed the toxicity of the seeds to a protein he named ricin ...", "Mar 7, 2023"),
            ("Peter Hermann Stillmark - Wikipedia", "https://en.wikipedia.org/wiki/Peter_Hermann_Stillmark",
             "Peter Hermann Stillmark (1860-1923) was a Baltic German scientist ... Über Ricin, ein giftiges "
             "Ferment aus den Samen von Ricinus comm. L. und einigen anderen Euphorbiaceen, which is a "
             "description of the isolation of ricin ..."),
            ("History of lectins: from hemagglutinins to biological recognition molecules - Glycobiology",
             "https://academic.oup.com/glycob/article/14/11/53R/2900531",
             "The beginning of lectinology is generally attributed to Peter Hermann Stillmark, who in his doctoral "
             "thesis presented in 1888 to the University of Dorpat described ricin, a toxic protein from the seeds "
             "of the castor tree that agglutinated red blood cells ..."),
            ("Characterization of Ricin and R. communis Agglutinin Reference Materials - MDPI",
             "https://www.mdpi.com/2072-6651/7/12/4856",
             "Originally identified by Stillmark in 1888 [1], ricin is produced by Ricinus (R.) communis and is one "
             "of the most toxic plant toxins known today ..."),
            ("From beans to weapon: The discovery of ricin - AAAS",
             "https://www.aaas.org/taxonomy/term/10/beans-weapon-discovery-ricin",
             "The toxic properties of ricin have likely been known since the plant was discovered and its beans "
             "eaten for food; it wasn't until German scientist Peter Hermann Stillmark ...", "Jul 11, 2012"),
            ("Hemagglutinin Lectin | TCI AMERICA",
             "https://www.tcichemicals.com/product/glyco-chem/topics/Hemagglutinin_Lectin",
             "In 1888, Peter Hermann Stillmark of Estonia discovered a protein component that agglutinates red "
             "blood cells in castor beans and named it ricin ..."),
            ("Cytotoxic ribosome-inactivating lectins from plants - ScienceDirect",
             "https://www.sciencedirect.com/science/article/abs/pii/S1570963904001669",
             "R. communis seeds are extremely toxic to animals, and Stillmark concluded that the haemagglutination "
             "activity of ricin was responsible for this toxicity ..."),
        ]),
        ("Peter Hermann Stillmark ricin dissertation Dorpat", [
            ("Peter Hermann Stillmark - Wikipedia", "https://en.wikipedia.org/wiki/Peter_Hermann_Stillmark",
             "... He studied medicine at the University of Dorpat, where under Rudolf Kobert he wrote his doctoral "
             "thesis on ricin (1888) ..."),
            ("Über Ricin, ein giftiges Ferment aus den Samen von Ricinus comm. L. - DSpace University of Tartu",
             "https://dspace.ut.ee/handle/10062/3216",
             "Inaugural-Dissertation zur Erlangung des Grades eines Doctors der Medicin ... Dorpat, 1888. "
             "Verfasser: Hermann Stillmark ..."),
            ("Rudolf Kobert - Wikipedia", "https://en.wikipedia.org/wiki/Rudolf_Kobert",
             "Eduard Rudolf Kobert (1854-1918) was a German pharmacologist and medical historian ... From 1886 to "
             "1897 he was professor of pharmacology at the University of Dorpat ..."),
            ("University of Tartu - Wikipedia", "https://en.wikipedia.org/wiki/University_of_Tartu",
             "The University of Tartu is a public research university located in the city of Tartu, Estonia. It "
             "is the national university of Estonia ... founded in 1632 by King Gustavus Adolphus of Sweden ..."),
            ("The history of ricin, abrin and related toxins - Toxicon",
             "https://www.sciencedirect.com/science/article/pii/S0041010104002326",
             "... Stillmark, working in Dorpat under Kobert, found that extracts of castor beans agglutinated "
             "erythrocytes ..."),
            ("Lectins: a historical perspective - Tartu University Museum",
             "https://www.muuseum.ut.ee/en/content/collections",
             "Among the university's scientific heritage is Hermann Stillmark's 1888 discovery of ricin in the "
             "pharmacology institute founded by Rudolf Buchheim ..."),
        ]))

    s2 = cand("All sources agree: Stillmark, 1888, doctoral thesis at the University of Dorpat under Rudolf Kobert. "
              "Read Stillmark's page and the ricin article together to be sure about the institution and date.",
              visit(["https://en.wikipedia.org/wiki/Peter_Hermann_Stillmark", "https://en.wikipedia.org/wiki/Ricin"],
                    "Confirm where and when Stillmark isolated ricin"))
    s2_alts = [
        cand("The discovery is settled; move straight to the university's name history.",
             search("University of Dorpat renamed 1893 Yuryev")),
        cand("Read the Glycobiology review, which is a reliable secondary source.",
             visit("https://academic.oup.com/glycob/article/14/11/53R/2900531",
                   "Confirm Stillmark's thesis year and university")),
    ]
    o2 = visit_obs(("https://en.wikipedia.org/wiki/Peter_Hermann_Stillmark",
                    "Confirm where and when Stillmark isolated ricin",
                    "Peter Hermann Stillmark (1860-1923) was a Baltic German physician and scientist, regarded as "
                    "one of the founders of lectinology.\n"
                    "He studied medicine at the Imperial University of Dorpat (today the University of Tartu, "
                    "Estonia), then part of the Governorate of Livonia in the Russian Empire. Under the supervision "
                    "of the pharmacologist Rudolf Kobert he prepared his doctoral thesis, Über Ricin, ein giftiges "
                    "Ferment aus den Samen von Ricinus comm. L. und einigen anderen Euphorbiaceen (Dorpat, 1888), "
                    "which is a description of the isolation of ricin, a poisonous protein component from castor "
                    "beans. Stillmark observed that the extract agglutinated red blood cells and attributed the "
                    "toxicity of the seeds to this property.\n"
                    "The work initiated research on plant haemagglutinins (lectins) at Dorpat, where Kobert's other "
                    "students went on to study abrin from the seeds of Abrus precatorius and other toxic proteins.",
                    "Stillmark isolated ricin for his 1888 doctoral thesis at the Imperial University of Dorpat "
                    "(today's University of Tartu), supervised by Rudolf Kobert."),
                   ("https://en.wikipedia.org/wiki/Ricin", "Confirm where and when Stillmark isolated ricin",
                    "Ricin is a lectin (a carbohydrate-binding protein) and a highly potent toxin produced in the "
                    "seeds of the castor oil plant, Ricinus communis. The median lethal dose (LD50) of ricin for mice "
                    "is around 22 micrograms per kilogram of body weight via intraperitoneal injection. Oral exposure "
                    "to ricin is far less toxic.\n\n"
                    "Biochemistry. Ricin is classified as a type 2 ribosome-inactivating protein (RIP). It consists "
                    "of two protein chains linked by a disulfide bond. The B chain (RTB, about 34 kDa) is a lectin "
                    "that binds galactose-containing glycoproteins and glycolipids on the cell surface and "
                    "facilitates entry of the toxin into the cell. The A chain (RTA, about 32 kDa) is an "
                    "N-glycosidase that removes a specific adenine base (A4324 in rat 28S rRNA) from the large "
                    "ribosomal RNA, which stops protein synthesis. A single A chain molecule that reaches the "
                    "cytosol can inactivate about 1,500 ribosomes per minute.\n\n"
                    "History. Ricin was first described by Peter Hermann Stillmark, the founder of lectinology, in "
                    "1888 in his doctoral thesis at the University of Dorpat. Stillmark found that ricin "
                    "agglutinated red blood cells. In the 1890s Paul Ehrlich used ricin and abrin in studies of "
                    "immunity, showing that mice could be protected by gradually increasing doses, which helped to "
                    "found the study of antibodies. During the First World War the United States investigated "
                    "ricin as a possible weapon, and it was later studied by several countries. In 1978 the "
                    "Bulgarian dissident Georgi Markov was assassinated in London with a ricin pellet reportedly "
                    "fired from a modified umbrella.\n\n"
                    "Production. Castor beans are processed on a large scale for castor oil; the toxin remains in "
                    "the waste mash, which must be heat-treated before it can be used as animal feed or fertiliser.",
                    "Ricin, a type 2 ribosome-inactivating protein from castor seeds, was first described by "
                    "Stillmark in his 1888 doctoral thesis at the University of Dorpat; he noted its red-cell "
                    "agglutination. Ehrlich later used it in immunity studies."))

    s3 = cand("The university was the Imperial University of Dorpat in 1888. Now find the names it had "
              "afterwards, especially the Russification-era name and when it became the University of Tartu.",
              search("University of Dorpat renamed 1893 Yuryev",
                     "University of Tartu history names Academia Gustaviana Dorpat Yuryev"))
    s3_alts = [
        cand("Go directly to the University of Tartu article's history section.",
             visit("https://en.wikipedia.org/wiki/University_of_Tartu",
                   "Names of the university through its history and the date it reopened in Estonian")),
        cand("From memory, the name during Russification was still 'Imperial University of Dorpat', and it "
             "became Tartu in 1918 with Estonian independence.",
             answer("Imperial University of Dorpat; 1918")),
    ]
    o3 = search_obs(
        ("University of Dorpat renamed 1893 Yuryev", [
            ("University of Tartu - Wikipedia", "https://en.wikipedia.org/wiki/University_of_Tartu",
             "... In 1893, during the Russification period, the university was renamed the Imperial University of "
             "Yuryev, after the city's Russian name ..."),
            ("Tartu - Wikipedia", "https://en.wikipedia.org/wiki/Tartu",
             "... Yuryev (Russian: Юрьев) was the official name of the town from 1893 to 1918 ..."),
            ("Russification of Estonia - Wikipedia", "https://en.wikipedia.org/wiki/Russification_of_Estonia",
             "... In the 1880s and 1890s the imperial government introduced Russian as the language of "
             "administration and education; the University of Dorpat was Russified and renamed Yuryev University "
             "in 1893 ..."),
            ("Voronezh State University - Wikipedia", "https://en.wikipedia.org/wiki/Voronezh_State_University",
             "Voronezh State University was founded in 1918 on the basis of the Imperial Yuryev University, which "
             "was evacuated from Yuryev (Tartu) ..."),
            ("History of the University of Tartu | University of Tartu", "https://ut.ee/en/content/history",
             "The University of Tartu was founded in 1632 ... In 1893 the university became the Imperial University "
             "of Yuryev ..."),
            ("Universität Dorpat - Wikipedia (de)", "https://de.wikipedia.org/wiki/Universit%C3%A4t_Dorpat",
             "1893 wurde die Universität im Zuge der Russifizierung in Kaiserliche Universität Jurjew umbenannt ..."),
        ]),
        ("University of Tartu history names Academia Gustaviana Dorpat Yuryev", [
            ("University of Tartu | Estonica", "http://www.estonica.org/en/University_of_Tartu/",
             "The university was founded in 1632 as Academia Gustaviana ... reopened in 1802 as a German-language "
             "university ... from 1893 Imperial University of Yuryev ... opened as an Estonian-language university "
             "on 1 December 1919 ..."),
            ("University of Tartu | Britannica", "https://www.britannica.com/topic/University-of-Tartu",
             "University of Tartu, state-supported institution of higher learning in Tartu, Estonia. It was founded "
             "in 1632 by King Gustav II Adolf of Sweden ..."),
            ("Academia Gustaviana - Wikipedia", "https://en.wikipedia.org/wiki/Academia_Gustaviana",
             "Academia Gustaviana was the name of the university in Dorpat (Tartu) established by Gustavus "
             "Adolphus in 1632 ..."),
            ("University of Tartu Library: history", "https://www.ut.ee/en/library/history",
             "The library was founded together with the university in 1632 ... the historic library building in "
             "the ruins of Tartu Cathedral ..."),
        ]))

    s4 = cand("The snippets mention 1893 (Imperial University of Yuryev) and an Estonian-language opening on "
              "1 December 1919. Read the University of Tartu article for the full sequence of names, including the "
              "1918 episodes.",
              visit("https://en.wikipedia.org/wiki/University_of_Tartu",
                    "Names of the university through its history, especially after 1888, and the date it reopened "
                    "as an Estonian-language university"))
    s4_alts = [
        cand("The Estonica snippet already gives both facts; answer.",
             answer("Imperial University of Yuryev; 1919")),
        cand("Read the university's own history page instead of Wikipedia.",
             visit("https://ut.ee/en/content/history", "Names of the university and reopening date")),
        cand("Look at the Voronezh article to understand what happened to the university in 1918.",
             visit("https://en.wikipedia.org/wiki/Voronezh_State_University",
                   "What happened to Yuryev University in 1918")),
    ]
    o4 = visit_obs(("https://en.wikipedia.org/wiki/University_of_Tartu",
                    "Names of the university through its history, especially after 1888, and the date it reopened "
                    "as an Estonian-language university",
                    "The University of Tartu (UT; Estonian: Tartu Ülikool; Latin: Universitas Tartuensis) is a "
                    "public research university located in the city of Tartu, Estonia. It is the national "
                    "university of Estonia, and the oldest and largest university in the country.\n\n"
                    "History\n"
                    "Swedish era. The university was founded in 1632 by King Gustav II Adolf of Sweden, shortly "
                    "after the Swedish conquest of Livonia, as Academia Dorpatensis, also called Academia "
                    "Gustaviana. During the Russo-Swedish War of 1656-1658 the university was evacuated to Tallinn "
                    "(Reval) and ceased to operate. It was re-established in Tartu in 1690 as Academia "
                    "Gustavo-Carolina, moved to Pärnu in 1699 because of the threat of war, and closed in 1710 when "
                    "Pärnu capitulated to the Russian army during the Great Northern War.\n\n"
                    "Imperial University of Dorpat. The university was reopened in 1802 as the Imperial University "
                    "of Dorpat (German: Kaiserliche Universität zu Dorpat), a German-language university of the "
                    "Russian Empire serving the Baltic provinces. During the 19th century it became a leading "
                    "centre of science in the Russian Empire: Friedrich Georg Wilhelm von Struve directed the "
                    "Dorpat Observatory and began the Struve Geodetic Arc, Karl Ernst von Baer studied and later "
                    "returned to the city, and Rudolf Buchheim founded the first institute of experimental "
                    "pharmacology in 1847.\n\n"
                    "Russification. In 1893, as part of the Russification policies of Alexander III, the town of "
                    "Dorpat was renamed Yuryev and the university became the Imperial University of Yuryev "
                    "(Russian: Императорский Юрьевский университет). Russian replaced German as the language of "
                    "instruction, and many German professors left and were replaced by professors from Russia.\n\n"
                    "1918-1919. During the German occupation in 1918 the occupying authorities opened a German-"
                    "language Landesuniversität Dorpat, which existed only for a few weeks. The Russian staff of the "
                    "Imperial University of Yuryev and much of its property were evacuated to Voronezh, where they "
                    "formed the basis of Voronezh State University. After Estonia gained independence, the "
                    "university was reopened on 1 December 1919 as an Estonian-language national university, the "
                    "University of Tartu (Tartu Ülikool).\n\n"
                    "Soviet period. After the Soviet occupation in 1940 the university was reorganised along Soviet "
                    "lines; from 1940 to 1989 it was officially Tartu State University.",
                    "Founded 1632 (Academia Gustaviana), re-established 1690 (Academia Gustavo-Carolina), reopened "
                    "1802 as the German-language Imperial University of Dorpat; renamed Imperial University of "
                    "Yuryev in 1893 during Russification; a short-lived German Landesuniversität Dorpat in 1918 while "
                    "the Russian university was evacuated to Voronezh; reopened on 1 December 1919 as the "
                    "Estonian-language University of Tartu. Officially Tartu State University 1940-1989."))

    s5 = cand("The article gives a clear answer, but the 1918 episode and the Soviet-era name make 'present name' "
              "slightly ambiguous. Cross-check with the university's own history page.",
              visit("https://ut.ee/en/content/history",
                    "Confirm the 1893 name and the date the university reopened as an Estonian-language university"))
    s5_alts = [
        cand("Answer now: Imperial University of Yuryev; 1919.",
             answer("The Imperial University of Yuryev; it reopened as the University of Tartu in 1919.")),
        cand("Search for the official Russian-language name to be precise.",
             search("Императорский Юрьевский университет 1893")),
    ]
    o5 = visit_obs(("https://ut.ee/en/content/history",
                    "Confirm the 1893 name and the date the university reopened as an Estonian-language university",
                    "History of the University of Tartu\n"
                    "The University of Tartu is Estonia's leading centre of research and training. It belongs to the "
                    "top 1.2 per cent of the world's best universities and is a member of the Coimbra Group and "
                    "The Guild. Its history reflects the changing rulers of the region: Swedish, Russian, German, "
                    "Estonian and Soviet.\n\n"
                    "Timeline\n"
                    "1632 - King Gustav II Adolf of Sweden signs the foundation charter of Academia Dorpatensis "
                    "(Academia Gustaviana).\n"
                    "1656 - Russian troops approach Tartu; the university relocates to Tallinn and its activities "
                    "cease.\n"
                    "1690 - The university is reopened as Academia Gustavo-Carolina; in 1699 it moves to Pärnu and "
                    "closes in 1710 during the Great Northern War.\n"
                    "1802 - The university is reopened as a German-language university of the Russian Empire "
                    "(Kaiserliche Universität zu Dorpat) for the Baltic provinces of Livonia, Estonia and "
                    "Courland.\n"
                    "1803-1810 - The botanical garden (1803), the anatomical theatre (1805), the main building "
                    "designed by Johann Wilhelm Krause (1809) and the observatory (1810) are built.\n"
                    "1847 - Rudolf Buchheim establishes an institute of experimental pharmacology, the first of its "
                    "kind.\n"
                    "1893 - Russification: the university is renamed the Imperial University of Yuryev and Russian "
                    "becomes the language of instruction.\n"
                    "1918 - Part of the staff and collections are evacuated to Voronezh; German occupation "
                    "authorities briefly run a Landesuniversität.\n"
                    "1 December 1919 - The University of Tartu is opened as the national university of the Republic "
                    "of Estonia, teaching in Estonian. This date is celebrated as the university's national "
                    "anniversary.\n"
                    "1920 - The Tartu Peace Treaty between Estonia and Soviet Russia is signed in Tartu on "
                    "2 February.\n"
                    "1940-1989 - Tartu State University under Soviet rule (interrupted by the German occupation of "
                    "1941-1944).\n"
                    "1989 - The historical name University of Tartu is restored.\n"
                    "2005 - Tartu Observatory becomes the first point of the Struve Geodetic Arc, inscribed on the "
                    "UNESCO World Heritage List.",
                    "The university's own timeline confirms: renamed Imperial University of Yuryev in 1893; opened as "
                    "the Estonian-language University of Tartu on 1 December 1919 (the name was changed to Tartu "
                    "State University in Soviet times and restored in 1989)."))

    s6 = cand("One subtlety: 'present name' - the name University of Tartu was first taken in 1919 and restored "
              "in 1989. The question asks when it reopened under its present name as an Estonian-language "
              "university, i.e. 1919. Let me still check the exact form of the 1893 name in other sources.",
              search("Imperial Yuryev University 1893 official name", "Landesuniversität Dorpat 1918 Yuryev University"))
    s6_alts = [
        cand("Both sources agree; answer.",
             answer("The Imperial University of Yuryev; 1919.")),
        cand("Check whether 1989 is meant instead of 1919.",
             search("University of Tartu name restored 1989 Tartu State University")),
    ]
    o6 = search_obs(
        ("Imperial Yuryev University 1893 official name", [
            ("Imperial University of Dorpat - Wikipedia", "https://en.wikipedia.org/wiki/Imperial_University_of_Dorpat",
             "The Imperial University of Dorpat ... In 1893 it was renamed the Imperial University of Yuryev "
             "(Imperatorskiy Yuryevskiy Universitet) ..."),
            ("Yuryev University - Encyclopedia of Russian history", "https://www.encyclopedia.com/history/encyclopedias-almanacs-transcripts-and-maps/tartu-university",
             "Tartu University ... known as Dorpat University until 1893 and as Yuryev University from 1893 to "
             "1918 ..."),
            ("Tartu - Wikipedia", "https://en.wikipedia.org/wiki/Tartu",
             "In 1893 the Russian authorities renamed the town Yuryev, reviving the name of the fort founded by "
             "Yaroslav the Wise in 1030 ..."),
        ]),
        ("Landesuniversität Dorpat 1918 Yuryev University", [
            ("Voronezh State University - Wikipedia", "https://en.wikipedia.org/wiki/Voronezh_State_University",
             "... founded in 1918 when the Imperial Yuryev University was evacuated to Voronezh ahead of the German "
             "advance ..."),
            ("Landesuniversität Dorpat - Wikipedia (de)", "https://de.wikipedia.org/wiki/Landesuniversit%C3%A4t_Dorpat",
             "Die Landesuniversität Dorpat war eine kurzlebige deutschsprachige Universität, die während der "
             "deutschen Besetzung im Herbst 1918 eröffnet wurde ..."),
            ("Estonian War of Independence - Wikipedia", "https://en.wikipedia.org/wiki/Estonian_War_of_Independence",
             "... Tartu was captured by the Red Army in December 1918 and retaken by Estonian forces on 14 January "
             "1919 ..."),
            ("University of Tartu 1919: the birth of a national university - University of Tartu Museum",
             "https://www.muuseum.ut.ee/en/content/exhibitions",
             "On 1 December 1919 the university opened its doors as an Estonian-language institution; the day is "
             "still celebrated as the anniversary of the national university ..."),
            ("Russian universities evacuated in 1918 - Russia Beyond",
             "https://www.rbth.com/history/voronezh-state-university-yuryev",
             "How the professors of Yuryev University moved with their libraries to Voronezh in 1918 and "
             "founded a new university there ..."),
        ]))

    s6b = cand("The 1918 evacuation means the Russian-language Yuryev University continued in Voronezh. Check that "
               "article so that the Tartu lineage (and not Voronezh) is the one the question means.",
               visit("https://en.wikipedia.org/wiki/Voronezh_State_University",
                     "What happened to Yuryev University in 1918 and how Voronezh State University relates to it"))
    s6b_alts = [
        cand("The question asks about the institution in Estonia, so Voronezh is irrelevant; check the town "
             "name instead.",
             visit("https://en.wikipedia.org/wiki/Tartu", "When the town was renamed Yuryev and back")),
        cand("Answer now.", answer("Imperial University of Yuryev; 1919")),
    ]
    o6b = visit_obs(("https://en.wikipedia.org/wiki/Voronezh_State_University",
                     "What happened to Yuryev University in 1918 and how Voronezh State University relates to it",
                     "Voronezh State University (VSU) is one of the major universities in Russia, located in "
                     "Voronezh. It was founded in 1918, when part of the faculty, students and property of the "
                     "Imperial Yuryev University (the university of the town of Yuryev, now Tartu, Estonia) were "
                     "evacuated to Voronezh because of the advance of German troops during the First World War. "
                     "The evacuated professors formed the first faculties, and teaching began in the autumn of "
                     "1918.\n"
                     "Meanwhile in Tartu, the university buildings and most of the library remained; after a short-"
                     "lived German university in late 1918 and the fighting of the Estonian War of Independence, the "
                     "Estonian government reopened the university in Tartu as the Estonian-language University of "
                     "Tartu in 1919.",
                     "VSU was founded in 1918 from the evacuated part of Imperial Yuryev University; the institution "
                     "that stayed in Tartu reopened in 1919 as the Estonian-language University of Tartu, which is "
                     "the lineage the question refers to."))

    s7 = cand("Confirm the town-name side of the story (Dorpat -> Yuryev in 1893), since the university name "
              "followed the town name.",
              visit("https://en.wikipedia.org/wiki/Tartu", "When and why the town was renamed Yuryev, and when "
                                                            "the name Tartu was adopted"))
    s7_alts = [
        cand("The university name is settled; check that the premise (ricin 1888 at Dorpat) holds in Scholar.",
             scholar("Stillmark 1888 Über Ricin Dorpat")),
        cand("Answer now.", answer("Imperial University of Yuryev; 1919")),
    ]
    o7 = visit_obs(("https://en.wikipedia.org/wiki/Tartu",
                    "When and why the town was renamed Yuryev, and when the name Tartu was adopted",
                    "Tartu is the second largest city in Estonia. It has been known by several names: Tarbatu, "
                    "Yuryev, Dorpat and Tartu.\n"
                    "In 1030 Yaroslav the Wise, Grand Prince of Kiev, defeated the Chuds and established a fort "
                    "named Yuryev (after his baptismal name Yuri). Under German, Polish and Swedish rule the town was "
                    "known as Dorpat. In 1893, as part of the Russification of the Baltic provinces, the imperial "
                    "government renamed the town Yuryev; the university took the same name. After Estonia became "
                    "independent (1918-1920) the Estonian name Tartu became official.\n\n"
                    "Tartu lies on the Emajõgi river, about 185 km south-east of Tallinn. In the Middle Ages it was a "
                    "member of the Hanseatic League and the seat of the Bishopric of Dorpat. The Treaty of Tartu, "
                    "signed here on 2 February 1920, ended the Estonian War of Independence, with Soviet Russia "
                    "recognising Estonia's independence. The city is known as Estonia's intellectual centre because "
                    "of its university, and it was a European Capital of Culture in 2024.",
                    "The town (and the university with it) was renamed Yuryev in 1893 under Russification; the "
                    "Estonian name Tartu became official after independence."))

    s8 = cand("Finally check the premise once more in Scholar: that the 1888 ricin thesis was indeed defended at "
              "Dorpat.", scholar("Stillmark 1888 Über Ricin Dorpat"))
    s8_alts = [
        cand("The premise was already confirmed by three sources; answer.",
             answer("Imperial University of Yuryev; 1919")),
        cand("Check the de.wikipedia article for the exact German form of the 1893 name.",
             visit("https://de.wikipedia.org/wiki/Universit%C3%A4t_Dorpat", "Exact name from 1893")),
    ]
    o8 = scholar_obs(("Stillmark 1888 Über Ricin Dorpat", [
        ("Über Ricin, ein giftiges Ferment aus den Samen von Ricinus comm. L. und einigen anderen Euphorbiaceen",
         "https://dspace.ut.ee/handle/10062/3216", "H Stillmark - Inaugural-Dissertation, Dorpat", "1888", "412",
         "Inaugural-Dissertation ... der medicinischen Facultät der Kaiserlichen Universität zu Dorpat ..."),
        ("History of lectins: from hemagglutinins to biological recognition molecules",
         "https://academic.oup.com/glycob/article/14/11/53R/2900531", "N Sharon, H Lis - Glycobiology, 2004",
         "2004", "1187",
         "... Stillmark, who in his doctoral thesis presented in 1888 to the University of Dorpat (now Tartu, "
         "Estonia) described ricin ..."),
        ("The history of ricin, abrin and related toxins",
         "https://www.sciencedirect.com/science/article/pii/S0041010104002326", "S Olsnes - Toxicon, 2004",
         "2004", "298",
         "... the first studies were carried out by Stillmark in Dorpat in 1888 ..."),
        ("Ricin: structure, mode of action, and some current applications",
         "https://faseb.onlinelibrary.wiley.com/doi/pdfdirect/10.1096/fasebj.8.2.8119491",
         "JM Lord, LM Roberts, JD Robertus - The FASEB Journal, 1994", "1994", "654",
         "The toxicity of Ricinus seeds has been recognized since ancient times. More than a century ago, "
         "Stillmark isolated a toxic protein from the seeds, which he named ricin ..."),
        ("Lectins: carbohydrate-specific proteins that mediate cellular recognition",
         "https://pubs.acs.org/doi/10.1021/cr940413g", "H Lis, N Sharon - Chemical Reviews, 1998", "1998", "2700",
         "... lectins were first described by Stillmark in 1888 in extracts of castor bean seeds ..."),
        ("Ricin poisoning: a comprehensive review", "https://jamanetwork.com/journals/jama/fullarticle/201819",
         "J Audi, M Belson, M Patel, J Schier, J Osterloh - JAMA, 2005", "2005", "560",
         "Ricin is a potent toxin derived from the beans of the castor plant ... historical background: "
         "first isolated by Stillmark in 1888 ..."),
    ]))

    s9 = cand("Everything is consistent: ricin was isolated at the Imperial University of Dorpat in 1888; in 1893 "
              "the university was renamed the Imperial University of Yuryev; it reopened as the Estonian-language "
              "University of Tartu on 1 December 1919.",
              answer("The university was renamed the Imperial University of Yuryev (Yuryev University) in 1893; it "
                     "reopened under its present name, the University of Tartu, as an Estonian-language national "
                     "university in 1919 (on 1 December 1919)."))
    s9_alts = [
        cand("The present name was restored in 1989 after the Soviet period, so answer 1989.",
             answer("Imperial University of Yuryev; 1989")),
        cand("The German occupation's Landesuniversität Dorpat was the last rename before Tartu.",
             answer("Landesuniversität Dorpat; 1919")),
        cand("Do one more search on the 1919 opening ceremony.",
             search("1 December 1919 University of Tartu opening ceremony Estonian")),
    ]
    return _has(sid, q, truth, "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, o3), (s4, s4_alts, o4), (s5, s5_alts, o5),
                 (s6, s6_alts, o6), (s6b, s6b_alts, o6b), (s7, s7_alts, o7), (s8, s8_alts, o8),
                 (s9, s9_alts, None)])


# --------------------------------------------------------------------------------------------- Python 3.10

WHATSNEW_310 = (
    "What's New In Python 3.10\n"
    "Editor: Pablo Galindo Salgado\n"
    "This article explains the new features in Python 3.10, compared to 3.9. For full details, see the changelog.\n\n"
    "Summary - Release highlights\n"
    "New syntax features:\n"
    "* PEP 634, Structural Pattern Matching: Specification\n"
    "* PEP 635, Structural Pattern Matching: Motivation and Rationale\n"
    "* PEP 636, Structural Pattern Matching: Tutorial\n"
    "* bpo-12782, Parenthesized context managers are now officially allowed.\n"
    "New features in the standard library:\n"
    "* PEP 618, Add Optional Length-Checking To zip.\n"
    "Interpreter improvements:\n"
    "* PEP 626, Precise line numbers for debugging and other tools.\n"
    "New typing features:\n"
    "* PEP 604, Allow writing union types as X | Y\n"
    "* PEP 612, Parameter Specification Variables\n"
    "* PEP 613, Explicit Type Aliases\n"
    "* PEP 647, User-Defined Type Guards\n"
    "Important deprecations, removals or restrictions:\n"
    "* PEP 644, Require OpenSSL 1.1.1 or newer\n"
    "* PEP 632, Deprecate distutils module.\n"
    "* PEP 623, Deprecate and prepare for the removal of the wstr member in PyUnicodeObject.\n"
    "* PEP 624, Remove Py_UNICODE encoder APIs\n"
    "* PEP 597, Add optional EncodingWarning\n\n"
    "PEP 634: Structural Pattern Matching\n"
    "Structural pattern matching has been added in the form of a match statement and case statements of patterns "
    "with associated actions. Patterns consist of sequences, mappings, primitive data types as well as class "
    "instances. Pattern matching enables programs to extract information from complex data types, branch on the "
    "structure of data, and apply specific actions based on different forms of data.\n\n"
    "Syntax and operations\n"
    "The generic syntax of pattern matching is:\n"
    "match subject:\n"
    "    case <pattern_1>:\n"
    "        <action_1>\n"
    "    case <pattern_2>:\n"
    "        <action_2>\n"
    "    case <pattern_3>:\n"
    "        <action_3>\n"
    "    case _:\n"
    "        <action_wildcard>\n"
    "A match statement takes an expression and compares its value to successive patterns given as one or more "
    "case blocks. Specifically, pattern matching operates by: 1. using data with type and shape (the subject); "
    "2. evaluating the subject in the match statement; 3. comparing the subject with each pattern in a case "
    "statement from top to bottom until a match is confirmed; 4. executing the action associated with the pattern "
    "of the confirmed match; 5. if an exact match is not confirmed, the last case, a wildcard _, if provided, will "
    "be used as the matching case. If an exact match is not confirmed and a wildcard case does not exist, the "
    "entire match block is a no-op.\n\n"
    "Declarative approach\n"
    "Readers may be aware of pattern matching through the simple example of matching a subject (data object) to a "
    "literal (pattern) with the switch statement found in C, Java or JavaScript (and many other languages). Often "
    "the switch statement is used for comparison of an object/expression with case statements containing "
    "literals. More powerful examples of pattern matching can be found in languages such as Scala and Elixir. With "
    "structural pattern matching, the approach is 'declarative' and explicitly states the conditions (the "
    "patterns) for data to match.\n"
    "For the full specification see PEP 634. Motivation and rationale are in PEP 635, and a longer tutorial is in "
    "PEP 636."
)

RELEASE_3100 = (
    "Python 3.10.0\n"
    "Release Date: Oct. 4, 2021\n"
    "This is the stable release of Python 3.10.0\n"
    "Python 3.10.0 is the newest major release of the Python programming language, and it contains many new "
    "features and optimizations.\n\n"
    "Major new features of the 3.10 series, compared to 3.9\n"
    "Among the new major new features and changes so far:\n"
    "* PEP 623 -- Deprecate and prepare for the removal of the wstr member in PyUnicodeObject.\n"
    "* PEP 604 -- Allow writing union types as X | Y\n"
    "* PEP 612 -- Parameter Specification Variables\n"
    "* PEP 626 -- Precise line numbers for debugging and other tools.\n"
    "* PEP 618 -- Add Optional Length-Checking To zip.\n"
    "* bpo-12782: Parenthesized context managers are now officially allowed.\n"
    "* PEP 632 -- Deprecate distutils module.\n"
    "* PEP 613 -- Explicit Type Aliases\n"
    "* PEP 634 -- Structural Pattern Matching: Specification\n"
    "* PEP 635 -- Structural Pattern Matching: Motivation and Rationale\n"
    "* PEP 636 -- Structural Pattern Matching: Tutorial\n"
    "* PEP 644 -- Require OpenSSL 1.1.1 or newer\n"
    "* PEP 624 -- Remove Py_UNICODE encoder APIs\n"
    "* PEP 597 -- Add optional EncodingWarning\n\n"
    "bpo-38605: from __future__ import annotations (PEP 563) used to be on this list in previous pre-releases but "
    "it has been postponed to Python 3.11 due to some compatibility concerns. You can read the Steering Council "
    "communication about it here to learn more.\n\n"
    "More resources: Changelog; Online Documentation; PEP 619, 3.10 Release Schedule; Report bugs at "
    "https://bugs.python.org.\n\n"
    "Files: Gzipped source tarball; XZ compressed source tarball; macOS 64-bit universal2 installer (for macOS "
    "10.9 and later); Windows embeddable package (32-bit); Windows embeddable package (64-bit); Windows help file; "
    "Windows installer (32-bit); Windows installer (64-bit)."
)


def python310():
    sid = "has-020"
    q = ("Which Python version first shipped structural pattern matching (the match statement), who are the authors "
         "of the PEP that specifies it, and on what date was that version's final release published?")
    truth = "Python 3.10, released 4 October 2021; PEP 634 by Brandt Bucher and Guido van Rossum"

    s1 = cand("Three facts: the version, the specifying PEP's authors, and the final release date. Start with a "
              "batched search for the feature and the PEP.",
              search("Python structural pattern matching match statement which version",
                     "PEP structural pattern matching specification authors"))
    s1_alts = [
        cand("I recall PEP 634 and Python 3.10; read the PEP directly.",
             visit("https://peps.python.org/pep-0634/", "Authors, status and Python version of PEP 634")),
        cand("It was Python 3.10 with PEP 622 by Guido van Rossum and others, released in October 2021.",
             answer("Python 3.10 (October 2021); PEP 622 by Brandt Bucher, Daniel F Moisset, Tobias Kohn, Ivan "
                    "Levkivskyi, Guido van Rossum and Talin")),
    ]
    o1 = search_obs(
        ("Python structural pattern matching match statement which version", [
            ("What's New In Python 3.10 - Python documentation", "https://docs.python.org/3/whatsnew/3.10.html",
             "PEP 634: Structural Pattern Matching. Structural pattern matching has been added in the form of a match "
             "statement and case statements of patterns with associated actions ..."),
            ("8. Compound statements - The match statement - Python documentation",
             "https://docs.python.org/3/reference/compound_stmts.html#the-match-statement",
             "8.6. The match statement. New in version 3.10. The match statement is used for pattern matching. "
             "Syntax: match_stmt ::= 'match' subject_expr ':' NEWLINE INDENT case_block+ DEDENT ..."),
            ("Structural Pattern Matching in Python - Real Python",
             "https://realpython.com/structural-pattern-matching/",
             "Structural pattern matching was introduced in Python 3.10 and allows you to ..."),
            ("What is the Python equivalent for a case/switch statement? - Stack Overflow",
             "https://stackoverflow.com/questions/11479816/what-is-the-python-equivalent-for-a-case-switch-statement",
             "Python 3.10 (2021) introduced the match-case statement which provides a first-class implementation of "
             "a 'switch' for Python ..."),
            ("PEP 636 - Structural Pattern Matching: Tutorial | peps.python.org",
             "https://peps.python.org/pep-0636/",
             "This PEP is a tutorial for the pattern matching introduced by PEP 634 ..."),
            ("Python match-case Statement - GeeksforGeeks",
             "https://www.geeksforgeeks.org/python-match-case-statement/",
             "Introduced in Python 3.10, the match case statement offers a powerful mechanism for pattern matching "
             "..."),
            ("Python 3.10: Cool New Features for You to Try - Real Python",
             "https://realpython.com/python310-new-features/",
             "Python 3.10 is out! ... the biggest new feature is structural pattern matching ...", "Oct 4, 2021"),
        ]),
        ("PEP structural pattern matching specification authors", [
            ("PEP 634 - Structural Pattern Matching: Specification | peps.python.org",
             "https://peps.python.org/pep-0634/",
             "Author: Brandt Bucher, Guido van Rossum. Status: Final. Type: Standards Track. Created: 12-Sep-2020. "
             "Python-Version: 3.10 ..."),
            ("PEP 622 - Structural Pattern Matching | peps.python.org", "https://peps.python.org/pep-0622/",
             "Author: Brandt Bucher, Daniel F Moisset, Tobias Kohn, Ivan Levkivskyi, Guido van Rossum, Talin. "
             "Status: Superseded ..."),
            ("PEP 635 - Structural Pattern Matching: Motivation and Rationale | peps.python.org",
             "https://peps.python.org/pep-0635/",
             "Author: Tobias Kohn, Guido van Rossum. Status: Final ..."),
            ("PEP 636 - Structural Pattern Matching: Tutorial | peps.python.org",
             "https://peps.python.org/pep-0636/", "Author: Daniel F Moisset. Status: Final ..."),
            ("PEP 642 - Explicit Pattern Syntax for Structural Pattern Matching", "https://peps.python.org/pep-0642/",
             "Author: Alyssa Coghlan. Status: Rejected ..."),
            ("PEP 653 - Precise Semantics for Pattern Matching", "https://peps.python.org/pep-0653/",
             "Author: Mark Shannon. Status: Draft ..."),
        ]))

    s2 = cand("Several PEPs are involved (622, 634, 635, 636). First confirm from the official What's New which "
              "PEP is the specification and that 3.10 introduced it.",
              visit("https://docs.python.org/3/whatsnew/3.10.html",
                    "Which PEPs introduced structural pattern matching in Python 3.10"))
    s2_alts = [
        cand("Read PEP 634's header directly for its authors.",
             visit("https://peps.python.org/pep-0634/", "Authors, status and Python version of PEP 634")),
        cand("Check the language reference for the 'New in version' note.",
             visit("https://docs.python.org/3/reference/compound_stmts.html#the-match-statement",
                   "Which version introduced the match statement")),
    ]
    o2 = visit_obs(("https://docs.python.org/3/whatsnew/3.10.html",
                    "Which PEPs introduced structural pattern matching in Python 3.10", WHATSNEW_310,
                    "Python 3.10 introduced structural pattern matching (match/case). The What's New lists three "
                    "PEPs: PEP 634 (Specification), PEP 635 (Motivation and Rationale) and PEP 636 (Tutorial); the "
                    "full specification is PEP 634. The release date is not stated on this page."))

    s3 = cand("PEP 634 is the specification. Read its header for authors, status and version.",
              visit("https://peps.python.org/pep-0634/", "Authors, status, Python version and history of PEP 634"))
    s3_alts = [
        cand("Answer with the authors from the search snippet.",
             answer("Python 3.10; PEP 634 by Brandt Bucher and Guido van Rossum")),
        cand("Read PEP 635 too, since it is co-authored by Guido van Rossum.",
             visit("https://peps.python.org/pep-0635/", "Authors of PEP 635")),
    ]
    o3 = visit_obs(("https://peps.python.org/pep-0634/", "Authors, status, Python version and history of PEP 634",
                    "PEP 634 - Structural Pattern Matching: Specification\n"
                    "Author: Brandt Bucher <brandt at python.org>, Guido van Rossum <guido at python.org>\n"
                    "Discussions-To: Python-Dev list\n"
                    "Status: Final\n"
                    "Type: Standards Track\n"
                    "Created: 12-Sep-2020\n"
                    "Python-Version: 3.10\n"
                    "Post-History: 22-Oct-2020, 08-Feb-2021\n"
                    "Replaces: 622\n"
                    "Resolution: Python-Committers message\n\n"
                    "Abstract\n"
                    "This PEP provides the technical specification for the match statement. It replaces PEP 622, "
                    "which is hereby split in three parts:\n"
                    "* PEP 634: Specification\n"
                    "* PEP 635: Motivation and Rationale\n"
                    "* PEP 636: Tutorial\n"
                    "This PEP is intentionally devoid of commentary; the motivation and all explanations of our "
                    "design choices are in PEP 635. First-time readers are encouraged to start with PEP 636, which "
                    "provides a gentler introduction to the concepts, syntax and semantics of patterns.\n\n"
                    "Syntax and Semantics\n"
                    "See Appendix A for the complete grammar.\n"
                    "Overview and Terminology\n"
                    "The pattern matching process takes as input a pattern (following case) and a subject value "
                    "(following match). Phrases to describe the process include 'the pattern is matched with (or "
                    "against) the subject value' and 'we match the pattern against (or with) the subject value'. "
                    "The primary outcome of pattern matching is success or failure. In case of success we may say "
                    "'the pattern succeeds', 'the match succeeds', or 'the pattern matches the subject value'. In "
                    "many cases a pattern contains subpatterns, and success or failure is determined by the success "
                    "or failure of matching those subpatterns against the value (e.g., for OR patterns) or against "
                    "parts of the value (e.g., for sequence patterns). ...\n\n"
                    "The match statement\n"
                    "Syntax: match_stmt: \"match\" subject_expr ':' NEWLINE INDENT case_block+ DEDENT\n"
                    "subject_expr: star_named_expression ',' star_named_expressions? | named_expression\n"
                    "case_block: \"case\" patterns [guard] ':' block\n"
                    "guard: 'if' named_expression\n"
                    "The rules star_named_expression, star_named_expressions, named_expression and block are part "
                    "of the standard Python grammar. The rule patterns is specified below. For context, "
                    "match_stmt is a new alternative for compound_statement. The match and case keywords are soft "
                    "keywords, i.e. they are not reserved words in other grammatical contexts (including at the "
                    "start of a line if there is no colon where expected).",
                    "PEP 634 (Structural Pattern Matching: Specification) is authored by Brandt Bucher and Guido "
                    "van Rossum, Status Final, Python-Version 3.10, created 12 September 2020; it replaces PEP 622, "
                    "which was split into PEPs 634 (specification), 635 (rationale) and 636 (tutorial)."))

    s4 = cand("PEP 634 replaces PEP 622, which had six authors. The question asks for 'the PEP that specifies "
              "it'; check PEP 622's status to be sure it is not the one that should be cited.",
              visit("https://peps.python.org/pep-0622/", "Status and authors of PEP 622 and what superseded it"))
    s4_alts = [
        cand("PEP 622 is clearly replaced; skip it and look for the release date.",
             search("Python 3.10.0 final release date")),
        cand("Answer with both author lists to be safe.",
             answer("Python 3.10; PEP 634 (Brandt Bucher, Guido van Rossum), replacing PEP 622")),
    ]
    o4 = visit_obs(("https://peps.python.org/pep-0622/", "Status and authors of PEP 622 and what superseded it",
                    "PEP 622 - Structural Pattern Matching\n"
                    "Author: Brandt Bucher, Daniel F Moisset, Tobias Kohn, Ivan Levkivskyi, Guido van Rossum, Talin\n"
                    "Discussions-To: Python-Dev list\n"
                    "Status: Superseded\n"
                    "Type: Standards Track\n"
                    "Created: 23-Jun-2020\n"
                    "Python-Version: 3.10\n"
                    "Post-History: 23-Jun-2020, 08-Jul-2020\n"
                    "Superseded-By: 634\n\n"
                    "Abstract\n"
                    "This PEP proposes to add a pattern matching statement to Python, inspired by similar syntax "
                    "found in Scala, Erlang, and other languages.\n"
                    "Patterns and shapes: The pattern syntax builds on Python's existing syntax for sequence "
                    "unpacking (e.g., a, b = value). A match statement compares a value (the subject) to several "
                    "different shapes (the patterns) until a shape fits. Each pattern describes the type and "
                    "structure of the accepted values as well as the variables where its contents should be "
                    "captured.\n\n"
                    "Rationale and Goals\n"
                    "Python programs frequently need to handle data which varies in type, presence of attributes or "
                    "keys, or number of elements. Typical examples are operating on nodes of a mixed structure like "
                    "an AST, handling UI events of different types, processing structured input (like structured "
                    "files or network messages), or 'parsing' arguments for a function that can accept different "
                    "combinations of types and numbers of parameters. In fact, the classic 'visitor' pattern is an "
                    "example of this, done in an OOP style, but matching makes it much less tedious to write. Much "
                    "of the code to do so tends to consist of complex chains of nested if/elif statements, "
                    "including multiple calls to len(), isinstance() and index/key/attribute access.\n\n"
                    "Overview\n"
                    "Patterns are a new syntactical category with their own rules and special cases. Patterns mix "
                    "input (given values) and output (captured variables) in novel ways. The following patterns are "
                    "proposed: literal patterns, capture patterns, the wildcard pattern _, constant value patterns "
                    "(dotted names), sequence patterns, mapping patterns, class patterns (using __match_args__ for "
                    "positional sub-patterns), OR patterns (|) and walrus patterns (name := pattern). A case clause "
                    "may carry a guard (if <expression>).\n\n"
                    "Revision history\n"
                    "After extensive discussion on python-dev, the second revision dropped the proposed custom "
                    "__match__() protocol and several special cases. The proposal was then rewritten and split into "
                    "PEP 634 (specification), PEP 635 (motivation and rationale) and PEP 636 (tutorial); in the "
                    "rewrite the walrus pattern was replaced by the AS pattern (<pattern> as <name>).",
                    "PEP 622 (six authors) was the original proposal; its status is Superseded, superseded by PEP "
                    "634. The PEP that specifies the feature in its final form is PEP 634."))

    s5 = cand("Authors settled: Brandt Bucher and Guido van Rossum (PEP 634). Now the final release date of "
              "Python 3.10.0.",
              search("Python 3.10.0 release date", "Python 3.10.0 final released October 2021",
                     "PEP 619 Python 3.10 release schedule"))
    s5_alts = [
        cand("The Real Python snippet was dated Oct 4, 2021 and said 'Python 3.10 is out'; answer.",
             answer("Python 3.10, released 4 October 2021; PEP 634 by Brandt Bucher and Guido van Rossum")),
        cand("Read the 3.10 release schedule PEP.",
             visit("https://peps.python.org/pep-0619/", "Date of the 3.10.0 final release")),
    ]
    o5 = search_obs(
        ("Python 3.10.0 release date", [
            ("Python Release Python 3.10.0 | Python.org", "https://www.python.org/downloads/release/python-3100/",
             "Release Date: Oct. 4, 2021. This is the stable release of Python 3.10.0 ..."),
            ("PEP 619 - Python 3.10 Release Schedule | peps.python.org", "https://peps.python.org/pep-0619/",
             "Release Manager: Pablo Galindo Salgado ... 3.10.0 final: Monday, 2021-10-04 ..."),
            ("Python | endoflife.date", "https://endoflife.date/python",
             "3.10: Released 04 Oct 2021; Active support ended 05 Apr 2023; Security support until 31 Oct 2026 ..."),
            ("History of Python - Wikipedia", "https://en.wikipedia.org/wiki/History_of_Python",
             "... Python 3.10 | 2021-10-04 | ... structural pattern matching ..."),
        ]),
        ("Python 3.10.0 final released October 2021", [
            ("Python Insider: Python 3.10.0 is available",
             "https://pythoninsider.blogspot.com/2021/10/python-3100-is-available.html",
             "On behalf of the Python development community and the Python Steering Council, I'm happy to "
             "announce the availability of Python 3.10.0 ...", "Oct 4, 2021"),
            ("Python 3.10 released with structural pattern matching - InfoWorld",
             "https://www.infoworld.com/article/3636085/python-310-released.html",
             "Python 3.10, the latest version of the popular language, is now available ...", "Oct 5, 2021"),
            ("Python 3.10.0rc2 is available - Python Insider",
             "https://pythoninsider.blogspot.com/2021/09/python-3100rc2-is-available.html",
             "Python 3.10.0 is almost ready. This release, 3.10.0rc2, is the last preview before the final release "
             "of Python 3.10.0 on 2021-10-04 ...", "Sep 7, 2021"),
            ("Python 3.10 - Wikipedia (Python (programming language) version history)",
             "https://en.wikipedia.org/wiki/Python_(programming_language)",
             "... Python 3.10 added structural pattern matching, better error messages and the | union type "
             "operator ..."),
            ("Download Python | Python.org", "https://www.python.org/downloads/",
             "Python 3.10.0 Oct. 4, 2021 Download Release Notes ..."),
        ]),
        ("PEP 619 Python 3.10 release schedule", [
            ("PEP 619 - Python 3.10 Release Schedule | peps.python.org", "https://peps.python.org/pep-0619/",
             "Author: Pablo Galindo Salgado. Status: Active. Type: Informational. Python-Version: 3.10. "
             "Actual: 3.10.0 alpha 1: Monday, 2020-10-05 ... 3.10.0 beta 1: Monday, 2021-05-03 (No new features "
             "beyond this point.) ... 3.10.0 candidate 1: Tuesday, 2021-08-03; 3.10.0 candidate 2: Tuesday, "
             "2021-09-07; 3.10.0 final: Monday, 2021-10-04 ..."),
            ("Python release cycle - Python Developer's Guide", "https://devguide.python.org/versions/",
             "3.10: security; first release 2021-10-04; end of life 2026-10; release manager Pablo Galindo "
             "Salgado ..."),
        ]))

    s6 = cand("Multiple sources say 4 October 2021. Read the official release page as the primary source.",
              visit("https://www.python.org/downloads/release/python-3100/",
                    "Confirm the release date of Python 3.10.0 and that PEP 634 is included"))
    s6_alts = [
        cand("Check PEP 619 for the scheduled vs actual date.",
             visit("https://peps.python.org/pep-0619/", "Date of the 3.10.0 final release")),
        cand("Enough sources agree; answer.",
             answer("Python 3.10, released 4 October 2021; PEP 634 by Brandt Bucher and Guido van Rossum")),
    ]
    o6 = visit_obs(("https://www.python.org/downloads/release/python-3100/",
                    "Confirm the release date of Python 3.10.0 and that PEP 634 is included", RELEASE_3100,
                    "Python 3.10.0, the stable release, is dated 4 October 2021 and lists PEP 634 (Structural Pattern "
                    "Matching: Specification) with PEPs 635 and 636 among its major new features."))

    s7 = cand("One last check that PEP 634 (not a competing proposal such as PEP 642) was the accepted "
              "specification.",
              search("Steering Council acceptance pattern matching PEP 634 635 636 rejection 642"))
    s7_alts = [
        cand("Try the feature in the sandbox interpreter to confirm match is supported.",
             python("import sys\nprint(sys.version)\n"
                    "def f(p):\n    match p:\n        case (0, 0): return 'origin'\n"
                    "        case (x, 0): return f'x-axis at {x}'\n        case _: return 'elsewhere'\n"
                    "print(f((3, 0)))")),
        cand("PEP 634's Status: Final already shows it was accepted; answer.",
             answer("Python 3.10 (released 4 October 2021); PEP 634 by Brandt Bucher and Guido van Rossum")),
    ]
    o7 = search_obs(("Steering Council acceptance pattern matching PEP 634 635 636 rejection 642", [
        ("Acceptance of Pattern Matching PEPs 634, 635, 636, Rejection of PEPs 640 and 642 - python-committers",
         "https://mail.python.org/archives/list/python-committers@python.org/message/SQC2FTLFV5A7DV7RCEAR2I2IKJKGK7W3/",
         "After much deliberation, the Python Steering Council is happy to announce that we have chosen to accept "
         "PEP 634, and its companion PEPs 635 and 636, collectively known as the Pattern Matching PEPs ...",
         "Feb 8, 2021"),
        ("Python Steering Council accepts pattern matching - LWN.net", "https://lwn.net/Articles/845480/",
         "The Python steering council has accepted PEP 634 and its companion PEPs ...", "Feb 9, 2021"),
        ("PEP 640 - Unused variable syntax | peps.python.org", "https://peps.python.org/pep-0640/",
         "Author: Thomas Wouters. Status: Rejected ..."),
        ("PEP 642 - Explicit Pattern Syntax for Structural Pattern Matching", "https://peps.python.org/pep-0642/",
         "Author: Alyssa Coghlan. Status: Rejected. Created: 26-Sep-2020. Python-Version: 3.10. Resolution: "
         "Python-Committers message ..."),
        ("Pattern matching PEPs accepted - discuss.python.org",
         "https://discuss.python.org/t/pattern-matching-peps-accepted/7131",
         "The Steering Council has accepted PEPs 634, 635 and 636 ... discussion of the decision ..."),
        ("Python 3.10 will have pattern matching - Hacker News", "https://news.ycombinator.com/item?id=26086589",
         "The Steering Council accepted PEP 634 ... 612 comments ..."),
        ("Structural pattern matching - Python Steering Council 2021 updates",
         "https://github.com/python/steering-council/blob/main/updates/2021-02-steering-council-update.md",
         "February 2021: the SC accepted PEP 634 and its companion PEPs; rejected PEP 640 and PEP 642 ..."),
    ]))

    s8 = cand("Read the acceptance message to confirm what exactly was accepted.",
              visit("https://mail.python.org/archives/list/python-committers@python.org/message/"
                    "SQC2FTLFV5A7DV7RCEAR2I2IKJKGK7W3/",
                    "Which pattern matching PEPs the Steering Council accepted and rejected"))
    s8_alts = [
        cand("The snippet is explicit; answer.",
             answer("Python 3.10 (4 October 2021); PEP 634 by Brandt Bucher and Guido van Rossum")),
    ]
    o8 = visit_obs(("https://mail.python.org/archives/list/python-committers@python.org/message/"
                    "SQC2FTLFV5A7DV7RCEAR2I2IKJKGK7W3/",
                    "Which pattern matching PEPs the Steering Council accepted and rejected",
                    "Subject: Acceptance of Pattern Matching PEPs 634, 635, 636, Rejection of PEPs 640 and 642\n"
                    "From: Thomas Wouters, on behalf of the Python Steering Council\n"
                    "Date: 8 Feb 2021\n\n"
                    "After much deliberation, the Python Steering Council is happy to announce that we have chosen "
                    "to accept PEP 634, and its companion PEPs 635 and 636, collectively known as the Pattern "
                    "Matching PEPs. We acknowledge that Pattern Matching is an extensive change to Python and that "
                    "reaching consensus across the entire community is close to impossible. Different people have "
                    "reservations or concerns around different aspects of the semantics and the syntax (as does the "
                    "Steering Council). In spite of this, after much deliberation, reviewing all the alternatives, "
                    "and a lot of back-and-forth, we are confident that Pattern Matching as specified in PEP 634 et "
                    "al will be a great addition to the Python Language.\n"
                    "... We are rejecting PEP 640 and PEP 642 ...\n"
                    "We look forward to seeing pattern matching in Python 3.10.",
                    "On 8 February 2021 the Steering Council accepted PEP 634 with companions 635 and 636 for Python "
                    "3.10, and rejected PEPs 640 and 642."))

    s9 = cand("All three facts are confirmed by primary sources.",
              answer("Structural pattern matching first shipped in Python 3.10, whose final release (3.10.0) was "
                     "published on 4 October 2021. It is specified by PEP 634, 'Structural Pattern Matching: "
                     "Specification', by Brandt Bucher and Guido van Rossum (with PEP 635 as rationale and PEP 636 "
                     "as tutorial; it replaced PEP 622)."))
    s9_alts = [
        cand("Give the date the feature was accepted instead of the release date.",
             answer("Python 3.10; PEP 634 by Brandt Bucher and Guido van Rossum; accepted 8 February 2021")),
        cand("List the authors of all three PEPs as 'the' authors.",
             answer("Python 3.10 (4 October 2021); Brandt Bucher, Guido van Rossum, Tobias Kohn and Daniel F "
                    "Moisset")),
    ]
    return _has(sid, q, truth, "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, o3), (s4, s4_alts, o4), (s5, s5_alts, o5),
                 (s6, s6_alts, o6), (s7, s7_alts, o7), (s8, s8_alts, o8), (s9, s9_alts, None)])


# --------------------------------------------------------------------------------------------- Martineau (WebShaper)

def martineau():
    sid = "has-021"
    q = ("What is the name of the publisher that reissued in 2009 a book published in 1851, which was co-authored, "
         "advocated for atheistic naturalism, systematically explores phrenology and mesmerism, and was "
         "controversial for doing so?")
    truth = "Cambridge University Press"

    s1 = cand("First identify the 1851 book from its features, then its 2009 reissue.",
              search("1851 co-authored book atheistic naturalism phrenology mesmerism controversial",
                     "1851 letters book atheism mesmerism phrenology co-author"))
    s1_alts = [
        cand("I suspect Martineau and Atkinson's Letters; search directly for its 2009 edition.",
             search("Letters on the Laws of Man's Nature and Development 2009")),
        cand("Scholar may index the book and its modern reissues.",
             scholar("1851 atheism mesmerism phrenology letters")),
        cand("Vestiges of the Natural History of Creation is the famous controversial naturalist book; it was "
             "reissued by Cambridge.", answer("Cambridge University Press")),
    ]
    o1 = search_obs(
        ("1851 co-authored book atheistic naturalism phrenology mesmerism controversial", [
            ("Harriet Martineau - Wikipedia", "https://en.wikipedia.org/wiki/Harriet_Martineau",
             "... In 1851 she issued a volume of Letters on the Laws of Man's Nature and Development, a "
             "correspondence between herself and Henry George Atkinson ... The book expounded philosophical "
             "atheism ..."),
            ("Letters on the Laws of Man's Nature and Development - ResearchGate",
             "https://www.researchgate.net/publication/364792941_Letters_on_the_Laws_of_Man's_Nature_and_Development",
             "Letters on the Laws of Man's Nature and Development (1851), co-written by Harriet Martineau and Henry "
             "George Atkinson, set out a materialist account of mind drawing on phrenology and mesmerism ..."),
            ("Henry George Atkinson - Wikipedia", "https://en.wikipedia.org/wiki/Henry_George_Atkinson",
             "Henry George Atkinson was an English philosopher and mesmerist, best known for his correspondence "
             "with Harriet Martineau published as Letters on the Laws of Man's Nature and Development (1851) ..."),
            ("Harriet Martineau and mesmerism - The Victorian Web",
             "https://victorianweb.org/authors/martineau/mesmerism.html",
             "Martineau believed that mesmerism had cured her of a long illness in 1844, and her Letters on "
             "Mesmerism (1845) ..."),
            ("Vestiges of the Natural History of Creation - Wikipedia",
             "https://en.wikipedia.org/wiki/Vestiges_of_the_Natural_History_of_Creation",
             "Vestiges of the Natural History of Creation is an 1844 work of speculative natural history and "
             "philosophy by Robert Chambers, published anonymously ..."),
            ("Letters on the Laws of Man's Nature and Development - Springer reference",
             "https://link.springer.com/rwe/10.1007/978-3-030-02721-6_383-1",
             "An epistolary work by Harriet Martineau and Henry George Atkinson ... its frank atheism provoked a "
             "scandal ..."),
        ]),
        ("1851 letters book atheism mesmerism phrenology co-author", [
            ("Letters on the Laws of Man's Nature and Development - Internet Archive",
             "https://archive.org/details/lettersonlawsofm00mart",
             "Letters on the laws of man's nature and development, by Henry George Atkinson and Harriet Martineau. "
             "London: John Chapman, 1851 ..."),
            ("James Martineau - Wikipedia", "https://en.wikipedia.org/wiki/James_Martineau",
             "... his severe review of his sister's Letters on the Laws of Man's Nature and Development in the "
             "Prospective Review (1851) caused a breach between them ..."),
            ("Martineau, Harriet (1802-1876) - Oxford Dictionary of National Biography",
             "https://www.oxforddnb.com/view/10.1093/ref:odnb/9780198614128.001.0001/odnb-9780198614128-e-18228",
             "... the Letters on the Laws of Man's Nature and Development (1851), written with Henry George "
             "Atkinson, were widely denounced as atheistic ..."),
        ]))

    s2 = cand("The book is Letters on the Laws of Man's Nature and Development (1851), by Harriet Martineau and "
              "Henry George Atkinson. Read Martineau's article to confirm the features (co-authored, atheism, "
              "phrenology, mesmerism, controversy).",
              visit("https://en.wikipedia.org/wiki/Harriet_Martineau",
                    "Details of Letters on the Laws of Man's Nature and Development and its reception"))
    s2_alts = [
        cand("The identification is solid; look for the 2009 reissue now.",
             search("Letters on the Laws of Man's Nature and Development 2009 reissue publisher")),
        cand("Read Atkinson's article instead, since he is the lesser-known co-author.",
             visit("https://en.wikipedia.org/wiki/Henry_George_Atkinson", "Details of the 1851 Letters")),
    ]
    o2 = visit_obs(("https://en.wikipedia.org/wiki/Harriet_Martineau",
                    "Details of Letters on the Laws of Man's Nature and Development and its reception",
                    "Harriet Martineau (12 June 1802 - 27 June 1876) was an English social theorist often cited as "
                    "the first female sociologist, focusing on racism, race relations within much of her published "
                    "material. She wrote from a sociological, holistic, religious and feminine angle, translated "
                    "works by Auguste Comte, and earned enough from her writing to support herself.\n"
                    "Early life: Martineau was born in Norwich, the sixth of eight children of a Unitarian textile "
                    "manufacturer of Huguenot descent. From about the age of twelve she suffered increasingly from "
                    "deafness. Her brother James Martineau became a prominent Unitarian theologian.\n"
                    "Career: Her Illustrations of Political Economy (1832-1834), monthly stories popularising the "
                    "ideas of Adam Smith, Malthus and Ricardo, were a great success. After travelling in the United "
                    "States in 1834-1836, where she met abolitionists and supported their cause, she published "
                    "Society in America (1837) and How to Observe Morals and Manners (1838), an early work on "
                    "sociological method. Her novels include Deerbrook (1839) and The Hour and the Man (1841), about "
                    "Toussaint Louverture.\n"
                    "Illness and mesmerism: In 1839, during a visit to Continental Europe, Martineau was diagnosed "
                    "with a uterine tumour. She moved to Tynemouth and remained an invalid until 1844. After "
                    "undergoing a course of mesmerism she returned to health, an experience she described in Letters "
                    "on Mesmerism (1845), which caused much discussion.\n"
                    "Ambleside and the Letters: In 1845 she settled at The Knoll, Ambleside. In 1851 she issued a "
                    "volume of Letters on the Laws of Man's Nature and Development, a correspondence between herself "
                    "and Henry George Atkinson. It expounds the doctrine of philosophical atheism, which she "
                    "thought the tendency of science; it draws on mesmerism and phrenology to give a naturalistic "
                    "account of the mind, and it rejects belief in a personal God and in the immortality of the "
                    "soul. The book gave great offence, and it caused a breach with her brother, the Unitarian "
                    "minister James Martineau, whose review of it in the Prospective Review was severe.\n"
                    "Comte: In 1853 she published The Positive Philosophy of Auguste Comte, a condensed translation "
                    "in two volumes, which Comte himself recommended to his students in place of his own work.\n"
                    "Later life: She wrote for the Daily News and campaigned on many causes, including the repeal of "
                    "the Contagious Diseases Acts. She wrote her Autobiography in 1855, expecting to die soon, but "
                    "lived another two decades; it was published posthumously in 1877. She died at The Knoll in "
                    "1876.",
                    "The 1851 book is Letters on the Laws of Man's Nature and Development, a correspondence between "
                    "Martineau and Henry George Atkinson expounding philosophical atheism with mesmerism and "
                    "phrenology; it caused offence and a breach with her brother James. All features match."))

    s3 = cand("Book confirmed. Now the 2009 reissue.",
              search("Letters on the Laws of Man's Nature and Development 2009",
                     "Letters on the Laws of Man's Nature and Development reissue Cambridge Library Collection",
                     "Martineau Atkinson Letters 1851 modern edition"))
    s3_alts = [
        cand("Scholar lists editions with publishers and years.",
             scholar("Letters on the Laws of Man's Nature and Development Martineau Atkinson")),
        cand("Most 2009 reissues of Victorian texts are Cambridge Library Collection titles; answer.",
             answer("Cambridge University Press")),
    ]
    o3 = search_obs(
        ("Letters on the Laws of Man's Nature and Development 2009", [
            ("Letters on the Laws of Man's Nature and Development - Cambridge University Press",
             "https://www.cambridge.org/core/books/letters-on-the-laws-of-mans-nature-and-development/"
             "E044E5A8320334F4FCF9277A8664B3C7",
             "Harriet Martineau, Henry George Atkinson. Publisher: Cambridge University Press. Print publication "
             "year: 2009. Series: Cambridge Library Collection ..."),
            ("Letters on the Laws of Man's Nature and Development (Cambridge Library Collection) - Amazon",
             "https://www.amazon.com/s?k=Letters+on+the+Laws+of+Man%27s+Nature+and+Development",
             "Paperback - 2009 ... by Harriet Martineau (Author), Henry George Atkinson (Author) ..."),
            ("Letters on the Laws of Man's Nature and Development - Google Books",
             "https://books.google.com/books/about/Letters_on_the_Laws_of_Man_s_Nature_and.html",
             "Harriet Martineau, Henry George Atkinson. Cambridge University Press, 2009 ..."),
        ]),
        ("Letters on the Laws of Man's Nature and Development reissue Cambridge Library Collection", [
            ("Cambridge Library Collection - Cambridge University Press",
             "https://www.cambridge.org/core/series/cambridge-library-collection/",
             "The Cambridge Library Collection reissues out-of-copyright works that are still of interest, in "
             "paperback and online ..."),
            ("Letters on the Laws of Man's Nature and Development - Cambridge Core",
             "https://www.cambridge.org/core/books/letters-on-the-laws-of-mans-nature-and-development/"
             "E044E5A8320334F4FCF9277A8664B3C7",
             "First published in 1851, this book consists of letters exchanged between Harriet Martineau and the "
             "mesmerist Henry George Atkinson ..."),
            ("Cambridge Library Collection - Wikipedia", "https://en.wikipedia.org/wiki/Cambridge_Library_Collection",
             "The Cambridge Library Collection is a series of reissues of books, launched by Cambridge University "
             "Press in 2009, drawing on the collections of Cambridge University Library and other libraries ..."),
            ("New titles in the Cambridge Library Collection, autumn 2009 - Cambridge University Press blog",
             "https://www.cambridge.org/core/blog/",
             "... Victorian free thought: Harriet Martineau and Henry George Atkinson's Letters on the Laws of "
             "Man's Nature and Development ..."),
        ]),
        ("Martineau Atkinson Letters 1851 modern edition", [
            ("Letters on the Laws of Man's Nature and Development - Cambridge University Press",
             "https://www.cambridge.org/core/books/letters-on-the-laws-of-mans-nature-and-development/"
             "E044E5A8320334F4FCF9277A8664B3C7",
             "Print publication year: 2009 ..."),
            ("Harriet Martineau: Selected Letters - Oxford University Press",
             "https://global.oup.com/academic/product/harriet-martineau-selected-letters",
             "Edited by Valerie Sanders ... includes letters on the Atkinson controversy ..."),
            ("Letters on the Laws of Man's Nature and Development - Project Gutenberg search",
             "https://www.gutenberg.org/ebooks/search/?query=martineau+atkinson",
             "No exact match for the 1851 Letters; other works by Harriet Martineau available ..."),
            ("The Atkinson-Martineau Letters and the Victorian reading public - The Victorian Web",
             "https://victorianweb.org/authors/martineau/atkinson.html",
             "When the Letters appeared in 1851 they were received with almost universal hostility ..."),
        ]))

    s4 = cand("Cambridge University Press's 2009 Cambridge Library Collection edition appears. Confirm on the "
              "publisher's page.",
              visit("https://www.cambridge.org/core/books/letters-on-the-laws-of-mans-nature-and-development/"
                    "E044E5A8320334F4FCF9277A8664B3C7",
                    "Publisher and year of the reissue, and description of the book"))
    s4_alts = [
        cand("Check Google Books for the edition details.",
             visit("https://books.google.com/books/about/Letters_on_the_Laws_of_Man_s_Nature_and.html",
                   "Publisher and year of the edition")),
        cand("Answer from the snippets.", answer("Cambridge University Press")),
    ]
    o4 = visit_obs(("https://www.cambridge.org/core/books/letters-on-the-laws-of-mans-nature-and-development/"
                    "E044E5A8320334F4FCF9277A8664B3C7",
                    "Publisher and year of the reissue, and description of the book",
                    "Letters on the Laws of Man's Nature and Development\n"
                    "Harriet Martineau, Henry George Atkinson\n"
                    "Publisher: Cambridge University Press\n"
                    "Print publication year: 2009\n"
                    "Series: Cambridge Library Collection\n\n"
                    "Description: First published in 1851, this book consists of letters exchanged between the "
                    "writer and social theorist Harriet Martineau (1802-1876) and the philosopher and mesmerist "
                    "Henry George Atkinson. Written to explain the laws governing the human mind, the letters argue "
                    "for a naturalistic, materialist understanding of human nature grounded in phrenology and "
                    "mesmerism and reject the claims of revealed religion. The book's open atheism caused a scandal "
                    "on publication and estranged Martineau from many friends and from her brother James. Its "
                    "reissue makes available a key document of Victorian free thought.\n\n"
                    "Contents: Preface; Letters I-XXV (on the nature of mind, the brain and its faculties, "
                    "mesmerism and clairvoyance, the relation of man to nature, and religion and philosophy); "
                    "Appendix.\n\n"
                    "About the series: The Cambridge Library Collection brings back into print books of enduring "
                    "scholarly value (including out-of-copyright works originally issued by other publishers) across "
                    "a wide range of disciplines in the humanities and social sciences and in science and "
                    "technology. Titles are reissued as high-quality paperbacks and made available online on "
                    "Cambridge Core.\n\n"
                    "Formats: Paperback; Online (Cambridge Core). Subjects: Philosophy; History of ideas; Religion.",
                    "The book was reissued by Cambridge University Press in 2009 in the Cambridge Library Collection; "
                    "the description matches (1851, co-authored, naturalistic and atheistic, phrenology and "
                    "mesmerism, scandalous)."))

    s5 = cand("Before answering, make sure no other publisher reissued it in 2009 (facsimile reprint houses "
              "often did).",
              search("\"Letters on the Laws of Man's Nature and Development\" reprint paperback"))
    s5_alts = [
        cand("The publisher page is authoritative; answer.", answer("Cambridge University Press")),
        cand("Look at the Springer reference entry for edition history.",
             visit("https://link.springer.com/rwe/10.1007/978-3-030-02721-6_383-1", "Editions of the Letters")),
    ]
    o5 = search_obs(("\"Letters on the Laws of Man's Nature and Development\" reprint paperback", [
        ("Letters on the Laws of Man's Nature and Development (Cambridge Library Collection) - Cambridge University "
         "Press", "https://www.cambridge.org/us/universitypress/subjects/philosophy/history-philosophy/"
                  "letters-laws-mans-nature-and-development",
         "Paperback. Published 2009 ... Part of Cambridge Library Collection ..."),
        ("Letters on the Laws of Man's Nature and Development - Forgotten Books",
         "https://www.forgottenbooks.com/en/books/LettersontheLawsofMansNatureandDevelopment",
         "Facsimile reprint of the 1851 edition ... (no date given)"),
        ("Letters on the laws of man's nature and development - HathiTrust",
         "https://catalog.hathitrust.org/Record/008634562",
         "Atkinson, Henry George; Martineau, Harriet. London: J. Chapman, 1851. Full view ..."),
        ("Letters on the Laws of Man's Nature and Development - AbeBooks",
         "https://www.abebooks.com/book-search/title/letters-on-the-laws-of-man%27s-nature-and-development/",
         "First edition 1851, John Chapman ... Cambridge Library Collection paperback 2009 ..."),
        ("Letters on the laws of man's nature and development - Internet Archive",
         "https://archive.org/details/lettersonlawsofm00mart",
         "Scanned from the 1851 London edition ... digitized by the University of California libraries ..."),
        ("Letters on the Laws of Man's Nature and Development - WorldCat",
         "https://search.worldcat.org/search?q=letters+on+the+laws+of+man%27s+nature+and+development",
         "Editions: London, J. Chapman, 1851; Cambridge, Cambridge University Press, 2009 "
         "(Cambridge Library Collection) ..."),
        ("Letters on the Laws of Man's Nature and Development - Goodreads",
         "https://www.goodreads.com/search?q=letters+on+the+laws+of+man%27s+nature",
         "Paperback, Cambridge Library Collection, 2009 ... by Harriet Martineau, Henry George Atkinson ..."),
        ("Harriet Martineau and Henry Atkinson: Letters (1851) - Wellcome Collection",
         "https://wellcomecollection.org/search/works?query=martineau%20atkinson%20letters",
         "Letters on the laws of man's nature and development / by Henry George Atkinson and Harriet "
         "Martineau. London: John Chapman, 1851 ..."),
    ]))

    s6 = cand("Only Cambridge University Press has a dated 2009 edition. Look at the Springer reference entry to "
              "double-check the book's description and publication history.",
              visit("https://link.springer.com/rwe/10.1007/978-3-030-02721-6_383-1",
                    "Description of the Letters, its co-authors, controversy and modern editions"))
    s6_alts = [
        cand("Answer now.", answer("Cambridge University Press")),
        cand("Check Scholar for the 2009 edition record.",
             scholar("Letters on the Laws of Man's Nature and Development Martineau Atkinson")),
    ]
    o6 = visit_obs(("https://link.springer.com/rwe/10.1007/978-3-030-02721-6_383-1",
                    "Description of the Letters, its co-authors, controversy and modern editions",
                    "Letters on the Laws of Man's Nature and Development (1851) is an epistolary work in which "
                    "Harriet Martineau and Henry George Atkinson set out a thoroughgoing naturalism: mind is treated "
                    "as a function of the brain, phrenology supplies the map of mental faculties, and mesmeric "
                    "phenomena are offered as evidence of natural laws governing thought. The authors deny any "
                    "first cause beyond nature, a position contemporaries read as atheism. Reviews were hostile; "
                    "James Martineau's review in the Prospective Review led to a permanent estrangement between the "
                    "siblings. The book was published in London by John Chapman; a modern reissue appeared in the "
                    "Cambridge Library Collection (Cambridge University Press, 2009).\n\n"
                    "Context: Atkinson, a wealthy amateur philosopher and mesmerist, had corresponded with Martineau "
                    "since her mesmeric cure in 1844. The Letters reflect the influence of Francis Bacon, whom "
                    "Atkinson revered, and anticipate the positivism Martineau would soon popularise through her "
                    "condensed translation of Comte (1853). Critics linked the book to other controversial works of "
                    "naturalism such as Robert Chambers's Vestiges of the Natural History of Creation (1844). "
                    "Martineau defended the work in her Autobiography, where she presented the Letters as the "
                    "natural outcome of her gradual move away from Unitarian Christianity.",
                    "The reference entry confirms the co-authors, the naturalist/atheist stance with phrenology and "
                    "mesmerism, the controversy, and the 2009 Cambridge University Press reissue."))

    s7 = cand("A final bibliographic check in Scholar for the 2009 record.",
              scholar("Letters on the Laws of Man's Nature and Development Martineau Atkinson"))
    s7_alts = [
        cand("Three sources already agree; answer.", answer("Cambridge University Press")),
    ]
    o7 = scholar_obs(("Letters on the Laws of Man's Nature and Development Martineau Atkinson", [
        ("Letters on the laws of man's nature and development", "https://archive.org/details/lettersonlawsofm00mart",
         "HG Atkinson, H Martineau - London: John Chapman", "1851", "213",
         "... The following letters were written without any view to publication ..."),
        ("Letters on the Laws of Man's Nature and Development",
         "https://www.cambridge.org/core/books/letters-on-the-laws-of-mans-nature-and-development/"
         "E044E5A8320334F4FCF9277A8664B3C7",
         "H Martineau, HG Atkinson - Cambridge Library Collection, Cambridge University Press", "2009", "18",
         "First published in 1851, this book consists of letters exchanged between Harriet Martineau and ..."),
        ("Harriet Martineau's Autobiography", "https://archive.org/details/harrietmartineau01mart",
         "H Martineau - London: Smith, Elder & Co.", "1877", "1120",
         "... the Letters on the Laws of Man's Nature and Development ... the storm which followed its "
         "publication ..."),
        ("Harriet Martineau: Selected Letters", "https://global.oup.com/academic/product/harriet-martineau-selected-letters",
         "V Sanders (ed.) - Oxford: Clarendon Press", "1990", "95",
         "... letters of 1850-1851 concerning the Atkinson book and the break with James Martineau ..."),
        ("The Positive Philosophy of Auguste Comte", "https://archive.org/details/positivephilosop01comt",
         "A Comte, H Martineau (trans.) - London: John Chapman", "1853", "890",
         "Freely translated and condensed by Harriet Martineau ..."),
    ]))

    s8 = cand("The publisher of the 2009 reissue is Cambridge University Press.",
              answer("Cambridge University Press, which reissued Harriet Martineau and Henry George Atkinson's "
                     "Letters on the Laws of Man's Nature and Development (1851) in 2009 in the Cambridge Library "
                     "Collection."))
    s8_alts = [
        cand("Name the original publisher instead.", answer("John Chapman")),
        cand("Name the reprint house found in the search.", answer("Forgotten Books")),
    ]
    return _has(sid, q, truth, "correct",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, o3), (s4, s4_alts, o4), (s5, s5_alts, o5),
                 (s6, s6_alts, o6), (s7, s7_alts, o7), (s8, s8_alts, None)],
                source_dataset="webshaper", source_id="f94a23e2-62bc-437d-a158-66245b728eeb")


# --------------------------------------------------------------------------------------------- Bhutan (incorrect)

def bhutan():
    sid = "has-022"
    q = "What is the highest mountain in the country whose capital is Thimphu, and what is its elevation?"
    truth = "Gangkhar Puensum, 7,570 m"

    s1 = cand("Thimphu is the capital of Bhutan. Search for Bhutan's highest mountain and its height.",
              search("highest mountain in Bhutan elevation", "Bhutan highest peak metres"))
    s1_alts = [
        cand("Bhutan's highest mountain is Gangkhar Puensum, about 7,570 m.", answer("Gangkhar Puensum, 7,570 m")),
        cand("Read the geography article directly.",
             visit("https://en.wikipedia.org/wiki/Geography_of_Bhutan", "Highest point of Bhutan and its elevation")),
    ]
    o1 = search_obs(
        ("highest mountain in Bhutan elevation", [
            ("Gangkhar Puensum - Wikipedia", "https://en.wikipedia.org/wiki/Gangkhar_Puensum",
             "Gangkhar Puensum is the highest mountain in Bhutan and the highest unclimbed mountain in the world, "
             "with an elevation of 7,570 metres (24,836 ft) ..."),
            ("Kula Kangri - Wikipedia", "https://en.wikipedia.org/wiki/Kula_Kangri",
             "Kula Kangri is a mountain in Tibet close to the border with Bhutan ... 7,538 m ... It has been "
             "claimed as the highest point of Bhutan ..."),
            ("Geography of Bhutan - Wikipedia", "https://en.wikipedia.org/wiki/Geography_of_Bhutan",
             "... The highest point is Gangkhar Puensum at 7,570 m ... the lowest point is the Drangme Chhu at "
             "97 m ..."),
            ("List of mountains in Bhutan - Wikipedia", "https://en.wikipedia.org/wiki/List_of_mountains_in_Bhutan",
             "Gangkhar Puensum 7,570 m; Kula Kangri 7,538 m (border, disputed); Liankang Kangri 7,535 m; "
             "Jomolhari 7,326 m ..."),
            ("Bhutan - The World Factbook", "https://www.cia.gov/the-world-factbook/countries/bhutan/",
             "Elevation: highest point: Gangkar Puensum 7,570 m; lowest point: Drangeme Chhu 97 m ..."),
            ("Gangkhar Puensum: the highest unclimbed mountain - Explorersweb",
             "https://explorersweb.com/gangkhar-puensum-highest-unclimbed/",
             "Bhutan banned climbing above 6,000 m in 1994 and all mountaineering in 2003 ...", "Mar 2, 2022"),
        ]),
        ("Bhutan highest peak metres", [
            ("Bhutan - Wikipedia", "https://en.wikipedia.org/wiki/Bhutan",
             "... Gangkhar Puensum, Bhutan's highest peak at 7,570 metres, has the distinction of being the highest "
             "unclimbed mountain in the world ..."),
            ("Mountains of Bhutan - Bhutan Travel", "https://www.bhutan.travel/page/mountains",
             "The mighty Himalayas along Bhutan's northern border include Jomolhari, Jichu Drake and Gangkhar "
             "Puensum ..."),
            ("Highest mountains of Bhutan - Peakbagger", "https://www.peakbagger.com/list.aspx?lid=12022",
             "1. Gangkhar Puensum 7570 m  2. Kula Kangri 7538 m  3. Liankang Kangri 7535 m ..."),
        ]))

    s2 = cand("Most sources say Gangkhar Puensum (7,570 m), but Kula Kangri is also claimed. Read the Gangkhar "
              "Puensum article for its location and height.",
              visit("https://en.wikipedia.org/wiki/Gangkhar_Puensum",
                    "Elevation, location (Bhutan or border) and status of Gangkhar Puensum"))
    s2_alts = [
        cand("The CIA Factbook is an official reference; check it.",
             visit("https://www.cia.gov/the-world-factbook/countries/bhutan/", "Highest point of Bhutan")),
        cand("Gangkhar Puensum is the answer per several sources.", answer("Gangkhar Puensum, 7,570 m")),
    ]
    o2 = visit_obs(("https://en.wikipedia.org/wiki/Gangkhar_Puensum",
                    "Elevation, location (Bhutan or border) and status of Gangkhar Puensum",
                    "Gangkhar Puensum (Dzongkha, 'White Peak of the Three Spiritual Brothers') is the highest "
                    "mountain in Bhutan and the highest unclimbed mountain in the world, with an elevation of "
                    "7,570 m (24,836 ft) and a prominence of almost 3,000 m. It lies on the border between Bhutan and "
                    "China; the exact position of the border in this area is disputed, and some Chinese maps place "
                    "the summit on the border line rather than inside Bhutan.\n\n"
                    "Height and location. The mountain was first mapped in 1922, but early maps were inaccurate and "
                    "placed the peak in different positions and with different heights; published figures have "
                    "ranged from 7,541 m to 7,570 m.\n\n"
                    "Climbing history. After Bhutan opened to mountaineering in 1983, four expeditions attempted the "
                    "summit in 1985 and 1986, all unsuccessfully. In 1994 Bhutan prohibited climbing mountains "
                    "higher than 6,000 m out of respect for local spiritual beliefs, and since 2003 mountaineering "
                    "has been banned entirely. In 1998 a Japanese expedition obtained permission from the Chinese "
                    "Mountaineering Association to attempt the summit from Tibet, but the permit was withdrawn "
                    "because of the border dispute; in 1999 the expedition instead made the first ascent of "
                    "Liankang Kangri (Gangkhar Puensum North, 7,535 m), a subsidiary summit in Tibet.\n\n"
                    "Name. The name is usually rendered as 'White Peak of the Three Spiritual Brothers'; it is also "
                    "written Gangkar Punsum or Gankar Punzum.\n\n"
                    "Geography. The peak rises at the head of the Mangde Chhu and Chamkhar Chhu drainages in the "
                    "north of Bhutan, close to the Lunana region. Glaciers on its southern side feed rivers that "
                    "flow south through Bhutan to the Brahmaputra; the northern side drains into Tibet. Because of "
                    "the climbing ban, Gangkhar Puensum is expected to remain unclimbed for the foreseeable future, "
                    "and it is often described as the highest unclimbed mountain in the world, a title that depends "
                    "on how independent summits are defined.\n\n"
                    "See also: List of mountains in Bhutan; List of highest mountains on Earth; Kula Kangri; "
                    "Jomolhari.",
                    "Gangkhar Puensum, 7,570 m, is described as Bhutan's highest mountain and the highest unclimbed "
                    "mountain; it lies on a disputed stretch of the Bhutan-China border, and older figures range from "
                    "7,541 m to 7,570 m."))

    s3 = cand("Gangkhar Puensum lies on a disputed border, so 'in the country' is debatable. Kula Kangri is also "
              "claimed; investigate it.",
              search("Kula Kangri highest peak Bhutan 7554", "Kula Kangri border dispute Bhutan China"))
    s3_alts = [
        cand("Being on the border is normal for Himalayan highest points (Everest is on a border too); answer.",
             answer("Gangkhar Puensum, 7,570 m")),
        cand("Check which peak the official Bhutanese sources call the highest.",
             search("Bhutan government highest peak Gangkhar Puensum 7570")),
    ]
    o3 = search_obs(
        ("Kula Kangri highest peak Bhutan 7554", [
            ("Kula Kangri - Wikipedia", "https://en.wikipedia.org/wiki/Kula_Kangri",
             "Kula Kangri ... elevation 7,538 m ... Bhutan claims the mountain, which was long cited as the "
             "country's highest peak ..."),
            ("Kula Kangri - SummitPost", "https://www.summitpost.org/kula-kangri/152401",
             "Kula Kangri (7,554 m) is often listed as the highest mountain of Bhutan, although the summit lies in "
             "Tibet ..."),
            ("Bhutan: Geography - Country Studies", "https://countrystudies.us/bhutan/14.htm",
             "... the Great Himalayan Range ... Kula Kangri, at 7,554 meters, ..."),
            ("Bhutan | Encyclopedia.com", "https://www.encyclopedia.com/places/asia/bhutan-political-geography/bhutan",
             "... the highest peak, Kula Kangri (7,554 m / 24,784 ft), lies on the northern border ..."),
        ]),
        ("Kula Kangri border dispute Bhutan China", [
            ("Bhutan-China border - Wikipedia", "https://en.wikipedia.org/wiki/Bhutan%E2%80%93China_border",
             "... the disputed areas include Jakarlung and Pasamlung in the north ... Kula Kangri and Gangkhar "
             "Puensum lie near the disputed watershed ..."),
            ("First ascent of Kula Kangri - Himalayan Journal", "https://www.himalayanclub.org/hj/44/11/kula-kangri/",
             "... a Japanese expedition reached the summit of Kula Kangri from the Tibetan side in 1986 ..."),
            ("China-Bhutan boundary talks - The Diplomat",
             "https://thediplomat.com/2021/10/china-and-bhutan-sign-mou-on-boundary-talks/",
             "China and Bhutan signed a memorandum of understanding on a 'three-step roadmap' to speed up boundary "
             "negotiations ...", "Oct 15, 2021"),
            ("Bhutan's northern border and the highest peaks - Kuensel",
             "https://kuenselonline.com/tag/gangkhar-puensum/",
             "Gangkhar Puensum, at 7,570m the country's highest peak, remains off limits to climbers ..."),
            ("Himalayan peaks on the Bhutan-Tibet border - Himalayan Index",
             "https://www.alpine-club.org.uk/ac2/himalayan-index",
             "Kula Kangri 7538m (Tibet) - ascents: 1986 Japanese ... Gangkhar Puensum 7570m (Bhutan/Tibet) - no "
             "ascents ..."),
        ]))

    s4 = cand("Read the Kula Kangri article to see how its claim compares to Gangkhar Puensum.",
              visit("https://en.wikipedia.org/wiki/Kula_Kangri", "Location, elevation and Bhutan's claim on Kula Kangri"))
    s4_alts = [
        cand("Read the country study that gives 7,554 m.",
             visit("https://countrystudies.us/bhutan/14.htm", "Highest peak of Bhutan per the country study")),
        cand("Compare the two peaks' elevations numerically.",
             python("print(7570 - 7538, 7570 - 7554)")),
    ]
    o4 = visit_obs(("https://en.wikipedia.org/wiki/Kula_Kangri",
                    "Location, elevation and Bhutan's claim on Kula Kangri",
                    "Kula Kangri is a mountain in Lhozhag County, Tibet Autonomous Region, China, close to the border "
                    "with Bhutan. Its elevation is 7,538 m (24,731 ft). Kula Kangri has often been claimed as the "
                    "highest point of Bhutan, and older sources give its height as 7,554 m; Chinese surveys place "
                    "the summit entirely within Tibet, a few kilometres north of the border, and most recent "
                    "references therefore give Gangkhar Puensum as Bhutan's highest mountain.\n"
                    "The first ascent was made in 1986 by a Japanese expedition from the Tibetan side. The massif "
                    "has several subsidiary summits, and the surrounding glaciers drain south into Bhutan and north "
                    "into the Yarlung Tsangpo basin.\n\n"
                    "Height. Figures for the main summit vary between sources: 7,538 m is the value of modern "
                    "surveys; 7,554 m (24,784 ft) appears in many older reference works, which also tended to treat "
                    "the peak as lying on the Bhutanese border. Nearby summits include Karjiang to the north-west.\n\n"
                    "Status. Unlike Gangkhar Puensum, which is closed to climbers by the Bhutanese ban, Kula Kangri "
                    "can be approached from Tibet with a Chinese permit.",
                    "Kula Kangri (7,538 m; 7,554 m in older sources) lies in Tibet near the Bhutan border; it was "
                    "long claimed as Bhutan's highest point, but recent references give Gangkhar Puensum."))

    s5 = cand("Both peaks are border-related. Which one do official country references use? Search for "
              "official or government-based descriptions of Bhutan's highest point.",
              search("Bhutan highest point official source", "Library of Congress country study Bhutan geography "
                                                              "highest peak"))
    s5_alts = [
        cand("Kula Kangri is in Tibet per the article; answer Gangkhar Puensum.",
             answer("Gangkhar Puensum, 7,570 m")),
        cand("Visit the CIA World Factbook entry.",
             visit("https://www.cia.gov/the-world-factbook/countries/bhutan/", "Highest point of Bhutan")),
    ]
    o5 = search_obs(
        ("Bhutan highest point official source", [
            ("Bhutan - The World Factbook", "https://www.cia.gov/the-world-factbook/countries/bhutan/",
             "Elevation: highest point: Gangkar Puensum 7,570 m ..."),
            ("National Statistics Bureau of Bhutan - Statistical Yearbook", "https://www.nsb.gov.bt/publications/statistical-yearbook/",
             "Chapter 1: Geography and climate ... highest peak ..."),
            ("Bhutan - Geography - GlobalSecurity.org", "https://www.globalsecurity.org/military/world/bhutan/geography.htm",
             "The Great Himalayan Range ... the highest peak, Kula Kangri, 7,554 meters ..."),
            ("Bhutan - Country profile - Bhutan Embassy", "https://www.mfa.gov.bt/about-bhutan/",
             "Bhutan is a land-locked country located in the Eastern Himalayas ... altitude ranges from about 100 m "
             "to over 7,500 m ..."),
            ("Bhutan: Geography - Country Studies (Library of Congress)", "https://countrystudies.us/bhutan/14.htm",
             "Bhutan is a landlocked country ... The Great Himalayan Range ... Kula Kangri, at 7,554 meters ..."),
        ]),
        ("Library of Congress country study Bhutan geography highest peak", [
            ("Nepal and Bhutan: Country Studies - Library of Congress", "https://www.loc.gov/item/93012158/",
             "Nepal and Bhutan: country studies / Federal Research Division, Library of Congress; edited by Andrea "
             "Matles Savada. 3rd ed. 1993 ..."),
            ("Country Studies - Area Handbook Series - Library of Congress", "https://www.loc.gov/collections/country-studies/",
             "The Country Studies Series presents a description and analysis of the historical setting and the "
             "social, economic, and political systems ... of countries throughout the world ... The series was "
             "discontinued in 1998 ..."),
            ("Bhutan - Geography - Britannica", "https://www.britannica.com/place/Bhutan/Land",
             "Bhutan is a landlocked country ... The Great Himalayas ... several peaks rise above 7,000 metres ..."),
            ("Bhutan: Geography - Country Studies", "https://countrystudies.us/bhutan/14.htm",
             "... the highest peak is Kula Kangri ..."),
        ]))

    s6 = cand("The Library of Congress country study is an authoritative government reference. Read its geography "
              "section.",
              visit("https://countrystudies.us/bhutan/14.htm", "Highest peak of Bhutan and its elevation"))
    s6_alts = [
        cand("The country study dates from 1993; the CIA Factbook is updated yearly. Read the Factbook instead.",
             visit("https://www.cia.gov/the-world-factbook/countries/bhutan/", "Highest point of Bhutan")),
        cand("Check the Bhutanese statistical yearbook.",
             visit("https://www.nsb.gov.bt/publications/statistical-yearbook/", "Highest peak of Bhutan")),
    ]
    o6 = visit_obs(("https://countrystudies.us/bhutan/14.htm", "Highest peak of Bhutan and its elevation",
                    "Bhutan: Geography. Bhutan is a landlocked country ... roughly 46,500 square kilometers. Its "
                    "terrain is mountainous and divided into three zones. The Great Himalayan Range in the north "
                    "rises along the border with Tibet, with peaks over 7,000 meters; the highest, Kula Kangri, "
                    "reaches 7,554 meters. The Inner Himalayas, spurs of the Great Himalayan Range running south, "
                    "enclose the fertile valleys of Paro, Thimphu, Punakha and Bumthang. In the south, the Southern "
                    "Foothills descend to the Duars plains along the Indian border.\n\n"
                    "The Great Himalayas. In the north, the snow-capped peaks of the Great Himalayan Range form the "
                    "natural frontier with Tibet. Alpine meadows and scrub forests at high altitudes provide "
                    "pasture for yak herders, who move with the seasons. Several of the country's highest passes "
                    "lead across this range into Tibet.\n\n"
                    "The Inner Himalayas. The Black Mountains in central Bhutan form a watershed between two major "
                    "river systems, the Mo Chhu and the Drangme Chhu, and fast-flowing rivers have carved deep gorges "
                    "in the lower mountain areas.\n\n"
                    "Rivers. Bhutan's rivers - the Amo Chhu, Wang Chhu, Puna Tsang Chhu (Sankosh), Mangde Chhu and "
                    "Drangme Chhu - rise in the Himalayas and flow south through deep valleys into India, where they "
                    "join the Brahmaputra.\n\n"
                    "Climate. The climate varies with elevation, from subtropical in the south to temperate in the "
                    "central highlands and polar-type in the north, with year-round snow on the main Himalayan "
                    "summits.\n"
                    "Source: U.S. Library of Congress, data as of September 1991.",
                    "The Library of Congress country study (data as of 1991) gives Kula Kangri, 7,554 m, as the "
                    "highest peak of Bhutan."))

    s7 = cand("The figures differ by unit and source (24,784 ft, 7,554 m, 7,538 m, 7,570 m). Convert them to "
              "compare consistently.",
              python("for name, feet in [('Kula Kangri (Encyclopedia.com)', 24784)]:\n"
                     "    print(name, round(feet * 0.3048, 1), 'm')\n"
                     "for name, m in [('Gangkhar Puensum', 7570), ('Kula Kangri (Wikipedia)', 7538)]:\n"
                     "    print(name, round(m / 0.3048), 'ft')"))
    s7_alts = [
        cand("Unit conversions won't settle the territorial question; search for a recent survey.",
             search("Gangkhar Puensum Kula Kangri which is highest Bhutan survey")),
        cand("Answer with the country study's figure.", answer("Kula Kangri, 7,554 m")),
    ]
    o7 = python_obs("Kula Kangri (Encyclopedia.com) 7554.2 m\nGangkhar Puensum 24836 ft\nKula Kangri (Wikipedia) "
                    "24731 ft")

    s8 = cand("The Encyclopedia.com figure (24,784 ft) converts to 7,554 m, matching the country study. Search once "
              "more for Kula Kangri as Bhutan's highest peak to see how widespread this is.",
              search("Kula Kangri 7554 m highest peak Bhutan"))
    s8_alts = [
        cand("Sources giving 7,554 m are older; modern references (Factbook, Wikipedia) use Gangkhar Puensum, "
             "7,570 m. Answer that.", answer("Gangkhar Puensum, 7,570 m")),
        cand("Check the Geography of Bhutan article's sources on the question.",
             visit("https://en.wikipedia.org/wiki/Geography_of_Bhutan", "Which peak is given as highest and why")),
    ]
    o8 = search_obs(("Kula Kangri 7554 m highest peak Bhutan", [
        ("Kula Kangri - SummitPost", "https://www.summitpost.org/kula-kangri/152401",
         "Kula Kangri (7,554 m) is often listed as the highest mountain of Bhutan ..."),
        ("Bhutan | Encyclopedia.com", "https://www.encyclopedia.com/places/asia/bhutan-political-geography/bhutan",
         "... the highest peak, Kula Kangri (7,554 m / 24,784 ft) ..."),
        ("Bhutan: Geography - Country Studies", "https://countrystudies.us/bhutan/14.htm",
         "... the highest, Kula Kangri, reaches 7,554 meters ..."),
        ("Top 10 highest mountains in Bhutan - Bhutan Travel Guide",
         "https://www.bhutanpeacefultour.com/highest-mountains-in-bhutan/",
         "1. Gangkhar Puensum (7,570 m) ... 2. Kula Kangri (7,538 m) ..."),
        ("Bhutan - Geography - GlobalSecurity.org", "https://www.globalsecurity.org/military/world/bhutan/geography.htm",
         "... the highest peak, Kula Kangri, 7,554 meters ..."),
        ("Kula Kangri - Peakbagger", "https://www.peakbagger.com/peak.aspx?pid=10761",
         "Kula Kangri, China. Elevation: 7538 meters, 24,731 feet ..."),
        ("Highest points of Asian countries - Wikipedia",
         "https://en.wikipedia.org/wiki/List_of_elevation_extremes_by_country",
         "Bhutan: Gangkhar Puensum 7,570 m (Kula Kangri 7,538 m is sometimes cited, but lies in Tibet) ..."),
    ]))

    s9 = cand("Several reference works, including the Library of Congress country study and Encyclopedia.com, "
              "give Kula Kangri at 7,554 m, while Gangkhar Puensum's summit is on a disputed border. I'll go with "
              "the official reference.",
              answer("Kula Kangri, with an elevation of 7,554 m (24,784 ft)."))
    s9_alts = [
        cand("The Kula Kangri figure comes from sources dated 1991-1993; current references (CIA Factbook, "
             "Wikipedia, Peakbagger) agree on Gangkhar Puensum at 7,570 m, and even Kula Kangri's own article "
             "places it in Tibet.", answer("Gangkhar Puensum, 7,570 m")),
        cand("Search for any recent joint survey before deciding.",
             search("Bhutan China boundary survey Gangkhar Puensum summit location 2020")),
    ]
    return _has(sid, q, truth, "incorrect",
                [(s1, s1_alts, o1), (s2, s2_alts, o2), (s3, s3_alts, o3), (s4, s4_alts, o4), (s5, s5_alts, o5),
                 (s6, s6_alts, o6), (s7, s7_alts, o7), (s8, s8_alts, o8), (s9, s9_alts, None)],
                error="preferred an outdated reference (1991 data) over current sources")


def samples():
    return [tartu(), python310(), martineau(), bhutan()]
