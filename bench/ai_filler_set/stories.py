"""Hand-written news stories for the AI-filler development set: invented people, places and events.

Each topic holds stories; a story is a list of fact paragraphs (format strings over the slots of
:data:`SLOTS` and the story's own ``numbers``), the ``subject`` filler talks about, the ``area``
it generalises to, and ``hard`` paragraphs: the filler's own vocabulary around one fact (a name,
number, date, quote, attribution or scheduled event) that no other paragraph carries.

Slots: ``{p1}``..``{p3}`` full names of people in the story, ``{s1}``..``{s3}`` their surnames,
``{town}``/``{town2}`` places, ``{org}`` an organisation, ``{day}`` a weekday, ``{month}`` a
month; ``{x}`` in a hard paragraph is the one new fact, filled by the generator from the
paragraph's ``kind`` (a new person, a number, a date, a quote or an attribution).
"""

from __future__ import annotations

TOPICS: dict[str, list[dict]] = {
    "politics": [
        {
            "subject": "the budget vote", "area": "public finances",
            "facts": [
                "The regional assembly of {town} passed a 2.4 billion crown budget on {day} by 41 votes to 37, "
                "after a nine-hour session that ran past midnight.",
                "Finance commissioner {p1} had cut 180 million crowns from the transport plan to win over two "
                "members of the Farmers' League, who abstained on the first reading in {month}.",
                "\u201cThis is a budget for people who take the bus,\u201d {s1} told members before the vote, "
                "pointing to a fare freeze that will cost 26 million crowns a year.",
                "Opposition leader {p2} called the plan a \u201cbookkeeping trick\u201d and said her party would "
                "challenge the use of reserve funds before the audit court.",
                "The budget raises spending on schools by 4.1 percent and leaves the property levy unchanged at "
                "0.8 percent for a third year.",
                "It now goes to the governor of {town2} province, who has 14 days to sign it or send it back.",
            ],
            "hard": [
                ("number", "The vote underscores how narrow the coalition's margin has become: {x} members "
                 "switched sides since the spring session."),
                ("person", "Looking ahead, the budget's fate may rest with {x}, the governor's legal adviser, "
                 "who must certify the reserve transfers."),
                ("date", "The assembly will return on {x} to debate the transport plan, a session observers "
                 "expect to test the coalition again."),
            ],
        },
        {
            "subject": "the minister's resignation", "area": "the government",
            "facts": [
                "Interior minister {p1} resigned on {day}, three days after a newspaper in {town} published "
                "invoices showing her ministry paid 312,000 euros to a firm owned by her brother-in-law.",
                "Prime minister {p2} accepted the resignation in a two-line statement and named deputy minister "
                "{p3} as acting head of the ministry.",
                "{s1} denied any wrongdoing. \u201cI signed nothing I did not understand,\u201d she said in a video "
                "posted late on {day} evening.",
                "The state prosecutor's office in {town2} confirmed it had opened a preliminary inquiry and "
                "seized records from the ministry's procurement office.",
                "She is the fourth minister to leave the cabinet since the coalition took office 19 months ago.",
            ],
            "hard": [
                ("attribution", "The resignation highlights the pressure on the coalition, {x}, adding that two "
                 "junior partners had demanded a cabinet reshuffle."),
                ("number", "The episode reflects a broader pattern: the procurement office signed {x} contracts "
                 "without tender last year."),
                ("quote", "In a sign of the shifting mood, one coalition member described the affair as {x}."),
            ],
        },
    ],
    "courts": [
        {
            "subject": "the ruling", "area": "justice",
            "facts": [
                "A court in {town} sentenced former logistics executive {p1} to six years in prison on {day} for "
                "a scheme that billed hospitals for 41,000 deliveries that never took place.",
                "Judge {p2} said the fraud had cost the regional health fund 7.3 million euros over four years.",
                "Prosecutors had asked for eight years. {s1}'s lawyer, {p3}, said his client would appeal.",
                "The court also barred {s1} from running a company for ten years and ordered the seizure of a "
                "house in {town2}.",
                "Two drivers who helped forge delivery notes received suspended sentences of 14 months each.",
            ],
            "hard": [
                ("person", "The case serves as a reminder of how such schemes unravel: it was {x}, a junior "
                 "accountant, who first flagged the invoices."),
                ("number", "The ruling is a significant moment for the health fund, which says it has recovered "
                 "{x} euros so far."),
                ("date", "Moving forward, the appeal court has set a first hearing for {x}."),
            ],
        },
        {
            "subject": "the verdict", "area": "the legal system",
            "facts": [
                "A jury in {town} found the chemical distributor {org} liable on {day} for a 2021 tank leak that "
                "forced 2,300 residents from their homes, and awarded them 18 million dollars.",
                "The verdict came after a five-week trial and two days of deliberation.",
                "Lead plaintiff {p1}, a retired nurse, said the leak left her with a chronic cough. \u201cWe were "
                "told the air was fine,\u201d she testified.",
                "{org} said in a statement that it disagreed with the verdict and was reviewing its options.",
                "Engineer {p2} told the court that a valve had been reported faulty eleven times in the "
                "year before the leak.",
            ],
            "hard": [
                ("number", "The verdict underscores the stakes for the industry: {x} similar suits are pending "
                 "in the state."),
                ("attribution", "The decision paves the way for further claims, {x}."),
                ("person", "Ultimately, much will depend on {x}, the appeals judge assigned to the case."),
            ],
        },
    ],
    "business": [
        {
            "subject": "the results", "area": "the company's strategy",
            "facts": [
                "{org} reported third-quarter revenue of 4.7 billion dollars on {day}, up 9 percent from a year "
                "earlier, as orders for its industrial pumps recovered.",
                "Net profit rose to 412 million dollars, or 1.18 dollars a share, above the 1.05 dollars "
                "analysts had expected.",
                "Chief executive {p1} said the company would cut 600 jobs at its plant in {town} and move "
                "assembly to a newer site in {town2}.",
                "\u201cThe old line simply cannot make the new models,\u201d {s1} told analysts on a call.",
                "The company raised its full-year forecast to between 18.5 and 19 billion dollars.",
                "Shares rose 6.2 percent in early trading.",
            ],
            "hard": [
                ("person", "The results highlight the company's reliance on a few customers, chief financial "
                 "officer {x} acknowledged on the call."),
                ("number", "In a landmark move, the board also approved a buyback of {x} million dollars."),
                ("date", "Looking ahead, investors will get more detail at the capital markets day on {x}."),
            ],
        },
        {
            "subject": "the merger", "area": "the sector",
            "facts": [
                "Regional grocers {org} and Halvard Foods agreed on {day} to merge in an all-share deal that "
                "values the combined chain at 3.1 billion euros.",
                "The new group will have 640 stores and about 38,000 employees, making it the third-largest "
                "grocer in the country.",
                "{p1}, chief executive of {org}, will lead the merged company; Halvard's founder {p2} becomes "
                "chair.",
                "The companies expect savings of 95 million euros a year by 2028, mostly from joint buying.",
                "The deal needs approval from the competition authority, which blocked a smaller merger in "
                "{town} two years ago.",
            ],
            "hard": [
                ("attribution", "The merger reflects a broader consolidation in the sector, {x}."),
                ("number", "It remains to be seen how regulators will view the overlap, which covers {x} "
                 "towns."),
                ("quote", "For {s2}, the deal is {x}."),
            ],
        },
    ],
    "markets": [
        {
            "subject": "the sell-off", "area": "the markets",
            "facts": [
                "Oil prices fell 4 percent on {day}, with the benchmark crude settling at 71.20 dollars a barrel, "
                "after producers in the {org} group said they would raise output by 400,000 barrels a day.",
                "It was the steepest one-day drop since {month}.",
                "Energy shares led the main index down 1.3 percent; refiner Tessaly Petroleum lost 7.8 percent.",
                "{p1}, an analyst at Brannock Securities in {town}, said inventories were already above their "
                "five-year average.",
                "Gasoline futures fell 3.1 percent, and the currency of {town2} weakened against the dollar.",
            ],
            "hard": [
                ("number", "The move underscores how quickly sentiment can shift: open interest fell by {x} "
                 "contracts in a single session."),
                ("date", "Investors will be watching closely when the group meets again on {x}."),
                ("person", "Ultimately, the path of prices may depend on {x}, the group's new secretary general."),
            ],
        },
        {
            "subject": "the central bank's decision", "area": "monetary policy",
            "facts": [
                "The central bank of {town} held its main interest rate at 3.75 percent on {day}, as expected, "
                "but cut its growth forecast for next year to 0.9 percent from 1.4 percent.",
                "Governor {p1} said inflation of 2.8 percent was still too high to ease policy.",
                "Two of the nine board members, including {p2}, voted for a quarter-point cut.",
                "\u201cWe are not in a hurry,\u201d {s1} told reporters, adding that wage growth had slowed only "
                "slightly.",
                "Government bond yields fell 6 basis points after the decision.",
            ],
            "hard": [
                ("date", "Looking ahead, markets will focus on the next meeting on {x}."),
                ("number", "The decision reflects a delicate balance: the bank's own model now puts the chance "
                 "of recession at {x} percent."),
                ("attribution", "The decision signals caution rather than a change of course, {x}."),
            ],
        },
    ],
    "sport": [
        {
            "subject": "the final", "area": "the sport",
            "facts": [
                "{org} won the national cup on {day}, beating Rovers of {town} 3-2 after extra time in front of "
                "41,200 spectators.",
                "Striker {p1} scored twice, including the winner in the 112th minute with a header from a "
                "corner.",
                "Rovers had led 2-1 until the 88th minute, when defender {p2} turned a cross into his own net.",
                "It is the club's first trophy since 2009 and earns it a place in the continental qualifiers.",
                "Coach {p3}, appointed only in {month}, said the squad had played the last half hour on "
                "\u201cpure stubbornness\u201d.",
            ],
            "hard": [
                ("number", "The win is a testament to the club's academy: {x} of the starting eleven came "
                 "through its youth teams."),
                ("person", "The match also showcased the potential of {x}, the 17-year-old who came on for "
                 "the last twenty minutes."),
                ("date", "Fans will be eagerly awaiting the qualifying draw on {x}."),
            ],
        },
        {
            "subject": "the record run", "area": "athletics",
            "facts": [
                "{p1} broke the course record at the {town} marathon on {day}, finishing in 2 hours 4 minutes "
                "and 51 seconds.",
                "The old record of 2:05:37 had stood since 2018.",
                "{s1} ran alone from the 30th kilometre after pacemakers dropped out, and finished 48 seconds "
                "ahead of {p2}.",
                "In the women's race, {p3} won in 2:19:12 in her first marathon.",
                "About 18,000 runners started the race in temperatures of 9 degrees.",
            ],
            "hard": [
                ("quote", "The run highlights how far {s1} has come; she called it {x}."),
                ("number", "The race also paves the way for a bigger field: organisers plan to cap entries at "
                 "{x} next year."),
                ("person", "Ultimately, the credit belongs to {x}, the coach who has trained her since she was "
                 "fifteen."),
            ],
        },
    ],
    "health": [
        {
            "subject": "the outbreak", "area": "public health",
            "facts": [
                "Health officials in {town} confirmed 47 cases of measles on {day}, up from 12 a fortnight ago.",
                "Most of the cases are children under ten at three primary schools, and six have been admitted "
                "to hospital.",
                "Vaccination coverage in the district stands at 81 percent, below the 95 percent needed to stop "
                "the virus spreading, according to the regional health office.",
                "Dr {p1}, who runs the district's vaccination programme, said extra clinics would open on "
                "Saturday at the sports hall in {town2}.",
                "The last outbreak in the region, in 2019, infected 212 people.",
            ],
            "hard": [
                ("attribution", "The outbreak underscores the importance of routine vaccination, {x}."),
                ("number", "It is a stark reminder of what lapses cost: the 2019 outbreak kept {x} children "
                 "out of school."),
                ("date", "Moving forward, the clinics will stay open until {x}."),
            ],
        },
        {
            "subject": "the drug approval", "area": "patient care",
            "facts": [
                "The medicines regulator approved {org}'s once-weekly injection for severe asthma on {day}, "
                "making it the first such treatment cleared for children from age six.",
                "In a trial of 1,140 patients, the drug cut serious attacks by 54 percent compared with a "
                "placebo.",
                "The most common side effects were headaches and pain at the injection site.",
                "{p1}, a respiratory specialist at the university hospital in {town}, said the drug would suit "
                "\u201ca small group of children who are in and out of hospital\u201d.",
                "The list price will be about 1,900 euros a month; the company is negotiating with insurers.",
            ],
            "hard": [
                ("person", "The approval marks a significant step for the field, said {x}, who led the trial's "
                 "paediatric arm."),
                ("number", "Its reach remains to be seen: only about {x} children in the country have the severe "
                 "form."),
                ("date", "The regulator will review the first year of prescriptions on {x}."),
            ],
        },
    ],
    "science": [
        {
            "subject": "the discovery", "area": "science",
            "facts": [
                "Archaeologists digging near {town} have found a stone tomb containing the remains of a woman "
                "buried about 4,300 years ago with a copper dagger and 212 amber beads.",
                "The find was announced on {day} by the regional heritage office.",
                "Excavation leader {p1} said the amber came from the Baltic coast, some 900 kilometres away.",
                "Radiocarbon dates from two labs agree within 60 years, according to {p2}, who ran the "
                "analysis at the university in {town2}.",
                "The tomb will be filled in again next month to protect it; the objects go to the museum in "
                "{town2}.",
            ],
            "hard": [
                ("number", "The find sheds light on the rich tapestry of trade: beads of the same kind turned "
                 "up at {x} sites."),
                ("person", "The discovery is a testament to the work of {x}, the farmer who reported the first "
                 "stones."),
                ("date", "Researchers will publish their full report on {x}."),
            ],
        },
        {
            "subject": "the study", "area": "research",
            "facts": [
                "Bees exposed to low doses of a common fungicide made 30 percent fewer foraging trips than "
                "unexposed bees, a study by {org} published on {day} found.",
                "The team fitted 1,600 bees near {town} with tiny radio tags and tracked them over two summers.",
                "Lead author {p1} said the doses matched those measured on oilseed fields in the region.",
                "The fungicide is approved for use until 2029; the manufacturer said its own tests showed no "
                "effect on bees.",
                "The researchers now plan to repeat the test with bumblebees.",
            ],
            "hard": [
                ("attribution", "The findings highlight the complex interplay between farming and pollinators, "
                 "{x}."),
                ("number", "The study paves the way for a larger trial covering {x} farms."),
                ("person", "Ultimately, the decision rests with {x}, who chairs the national pesticide panel."),
            ],
        },
    ],
    "technology": [
        {
            "subject": "the breach", "area": "cybersecurity",
            "facts": [
                "Online retailer {org} said on {day} that hackers had stolen names, addresses and order histories "
                "of 2.6 million customers.",
                "Payment card numbers were not taken because they are stored by a separate processor, the "
                "company said.",
                "The attackers got in through a test server that had been left online after a software update "
                "in {month}.",
                "{p1}, the company's chief technology officer, said all customers would be asked to reset their "
                "passwords.",
                "The data protection authority in {town} confirmed it had been notified and opened an inquiry.",
            ],
            "hard": [
                ("number", "The breach underscores the risks of forgotten systems: the test server had not been "
                 "patched for {x} days."),
                ("person", "The incident serves as a wake-up call, said {x}, a security researcher who first "
                 "spotted the data for sale."),
                ("date", "Customers who do not reset their passwords by {x} will be locked out."),
            ],
        },
        {
            "subject": "the launch", "area": "consumer technology",
            "facts": [
                "{org} unveiled its first folding phone on {day}, priced at 1,299 dollars, with sales starting in "
                "three weeks.",
                "The phone weighs 239 grams and opens to a 7.6-inch screen.",
                "{p1}, who heads the company's devices unit, said the hinge had been tested for 400,000 folds.",
                "It will be sold first in {town} and two other markets, with no date yet for the rest.",
                "Analysts at {p2}'s research firm expect about 1.2 million units to ship in the first year.",
            ],
            "hard": [
                ("quote", "The launch reflects the company's broader ambitions; {s1} called it {x}."),
                ("number", "Early demand remains to be seen, though the company says {x} people signed up for "
                 "alerts."),
                ("person", "The design was led by {x}, who joined from a camera maker last year."),
            ],
        },
    ],
    "weather": [
        {
            "subject": "the storm", "area": "the region",
            "facts": [
                "A storm with gusts of up to 130 kilometres an hour cut power to 86,000 homes in and around "
                "{town} overnight into {day}.",
                "The grid operator said 31,000 were still without electricity by the evening.",
                "A 61-year-old man died when a tree fell on his car near {town2}, police said.",
                "Rail services on the coastal line were suspended for 14 hours while crews cleared fallen "
                "trees.",
                "Emergency manager {p1} said shelters at two schools had taken in 240 people.",
            ],
            "hard": [
                ("number", "The storm highlights the vulnerability of the grid: {x} kilometres of overhead "
                 "lines still run through forest."),
                ("date", "Looking ahead, forecasters expect another front to arrive on {x}."),
                ("person", "The response showcased the resilience of volunteers such as {x}, who ran the "
                 "shelter kitchen for two nights."),
            ],
        },
        {
            "subject": "the floods", "area": "the affected communities",
            "facts": [
                "Floods in the {town} valley have forced 5,400 people from their homes after the river rose "
                "3.2 metres above its normal level on {day}.",
                "Two people are missing after their car was swept from a bridge near {town2}.",
                "Army engineers built a temporary levee of 12,000 sandbags overnight to protect the hospital.",
                "Regional governor {p1} declared a state of emergency, freeing 40 million euros for repairs.",
                "Forecasters expect the river to peak on Thursday before falling slowly.",
            ],
            "hard": [
                ("attribution", "The floods are a stark reminder of the region's exposure, {x}."),
                ("number", "The recovery will take time; insurers estimate claims at {x} million euros."),
                ("person", "In the face of rising water, farmer {x} ferried neighbours out by tractor."),
            ],
        },
    ],
    "culture": [
        {
            "subject": "the festival", "area": "the arts",
            "facts": [
                "The {town} film festival opened on {day} with the premiere of {p1}'s drama about a lighthouse "
                "keeper, the first of 84 films in this year's programme.",
                "Organisers said ticket sales were up 12 percent on last year, to 61,000.",
                "The jury is chaired by actor {p2}, who won the festival's top prize in 2011.",
                "Screenings move this year to a converted tram depot in {town2} while the old cinema is "
                "renovated.",
                "The festival closes on Sunday with the award of the Silver Lantern.",
            ],
            "hard": [
                ("person", "The programme showcases a vibrant new generation, including {x}, whose debut "
                 "opens the short-film section."),
                ("number", "It is a celebration of cinema, and of the depot's history: it housed {x} trams "
                 "until 1974."),
                ("quote", "{s2} called the selection {x}."),
            ],
        },
        {
            "subject": "the reopening", "area": "the city's cultural life",
            "facts": [
                "The city museum of {town} reopened on {day} after a four-year renovation that cost 46 million "
                "euros.",
                "The building now has a glass roof over its courtyard and 1,800 square metres of new gallery "
                "space.",
                "Director {p1} said the museum would show 2,400 objects, twice as many as before.",
                "Entry is free for residents under 26.",
                "The renovation ran 14 months late after asbestos was found in the east wing.",
            ],
            "hard": [
                ("person", "The reopening marks a new chapter, not least for {x}, the curator who catalogued "
                 "the stored collection."),
                ("number", "The museum hopes to draw {x} visitors a year, cementing its status as a regional "
                 "landmark."),
                ("date", "The first temporary exhibition opens on {x}."),
            ],
        },
    ],
    "local": [
        {
            "subject": "the council's decision", "area": "the town",
            "facts": [
                "The town council of {town} voted on {day} to close the Brookmere Road library branch at the "
                "end of {month} and move its books to the main library.",
                "The branch had 9,300 visits last year, down from 21,000 a decade ago.",
                "Councillor {p1}, who voted against, said older residents would now face a 25-minute bus ride.",
                "The council expects to save 140,000 euros a year and plans to sell the building.",
                "A petition to keep the branch open gathered 2,700 signatures.",
            ],
            "hard": [
                ("person", "The decision highlights a broader debate about public space, which {x}, who "
                 "organised the petition, says is not over."),
                ("date", "Residents will have a final chance to speak at a public hearing on {x}."),
                ("number", "It marks a turning point for the neighbourhood, where {x} shops have closed since "
                 "2020."),
            ],
        },
        {
            "subject": "the bridge closure", "area": "local commuters",
            "facts": [
                "The old swing bridge in {town} will close to cars for nine months from {day} so engineers can "
                "replace its corroded steel deck.",
                "About 11,000 vehicles cross the bridge each day, according to the roads department.",
                "A free shuttle bus will run every ten minutes between the two banks during rush hours.",
                "Project engineer {p1} said pedestrians and cyclists could still use a walkway on the north side.",
                "The work will cost 8.9 million euros.",
            ],
            "hard": [
                ("number", "The closure will test the patience of commuters; the detour adds {x} kilometres."),
                ("person", "The project underscores the importance of maintenance, said {x}, who chairs the "
                 "council's transport committee."),
                ("date", "The bridge is scheduled to reopen on {x}."),
            ],
        },
    ],
    "obituaries": [
        {
            "subject": "her life and work", "area": "the community",
            "facts": [
                "{p1}, the architect who designed the harbour promenade in {town}, died on {day} at her home in "
                "{town2}. She was 87.",
                "Her daughter, {p2}, said the cause was heart failure.",
                "Born in 1938 to a family of boatbuilders, {s1} studied in {town2} and opened her own practice "
                "at 29.",
                "Her promenade, finished in 1979, replaced a row of warehouses with a 2-kilometre walkway of "
                "pale brick.",
                "She is survived by her daughter, two grandchildren and a brother.",
            ],
            "hard": [
                ("person", "Her legacy continues to inspire: {x}, one of her former apprentices, now runs the "
                 "practice."),
                ("date", "A memorial will be held at the promenade on {x}."),
                ("number", "Her work left a lasting mark on the city, where she designed {x} public buildings."),
            ],
        },
        {
            "subject": "his career", "area": "the sport",
            "facts": [
                "{p1}, who coached the {town} handball team to three national titles, died on {day}. He was 74.",
                "The club announced his death but did not give a cause.",
                "{s1} took over the team in 1988 when it was in the second division and won the title in 1993, "
                "1996 and 1997.",
                "He later worked as a teacher in {town2} and ran a youth camp every summer until 2019.",
                "He is survived by his wife, {p2}, and two sons.",
            ],
            "hard": [
                ("quote", "His influence on the sport was profound; a former player called him {x}."),
                ("number", "His legacy endures: {x} of his former players went on to coach."),
                ("date", "The club will hold a minute's silence before its home game on {x}."),
            ],
        },
    ],
    "products": [
        {
            "subject": "the new model", "area": "the market",
            "facts": [
                "{org} launched a battery-powered lawnmower on {day} that it says runs for 75 minutes on a "
                "charge, twice as long as its previous model.",
                "The mower costs 649 euros and goes on sale in garden centres in {month}.",
                "Product manager {p1} said the battery is shared with the company's hedge trimmer and leaf "
                "blower.",
                "The mower weighs 21 kilograms and folds flat for storage.",
                "The company recalled 40,000 of its previous mowers last year over a faulty blade clutch.",
            ],
            "hard": [
                ("number", "The launch highlights the shift to battery tools, which made up {x} percent of "
                 "the company's sales last year."),
                ("person", "The design reflects feedback from testers such as {x}, a groundskeeper who tried "
                 "early versions."),
                ("date", "A larger model is scheduled for {x}."),
            ],
        },
        {
            "subject": "the subscription service", "area": "the industry",
            "facts": [
                "Carmaker {org} will charge owners 9 euros a month to use heated seats in new cars from {day}, "
                "the company confirmed.",
                "The seats are fitted in every car but will only switch on for paying customers.",
                "{p1}, a spokesman, said owners could also buy the feature outright for 290 euros.",
                "Consumer group {p2}'s association in {town} said it was studying whether the plan breaks "
                "contract law.",
                "A similar plan by another maker was dropped in 2022 after complaints.",
            ],
            "hard": [
                ("attribution", "The plan underscores a broader shift in how cars are sold, {x}."),
                ("number", "Whether customers accept it remains to be seen; an online poll drew {x} votes "
                 "against."),
                ("quote", "One dealer in {town} described the reaction as {x}."),
            ],
        },
    ],
    "travel": [
        {
            "subject": "the new route", "area": "tourism",
            "facts": [
                "Airline {org} will start direct flights between {town} and {town2} on {day}, with four "
                "flights a week in the summer season.",
                "One-way fares start at 89 euros.",
                "The route is the first direct link between the two cities since 2015.",
                "{p1}, the airport's commercial director, said the airline expects to carry 60,000 "
                "passengers in the first year.",
                "The regional tourism board is contributing 1.2 million euros to marketing.",
            ],
            "hard": [
                ("number", "The route reflects growing demand: bookings for the first month already exceed "
                 "{x}."),
                ("person", "The link has been a personal project of {x}, the tourism board's director."),
                ("date", "A winter schedule will be announced on {x}."),
            ],
        },
        {
            "subject": "the tourist tax", "area": "the city",
            "facts": [
                "The city of {town} will charge day visitors 5 euros from {month}, the council decided on {day}.",
                "The fee applies on 29 peak days a year and is expected to raise 3.4 million euros.",
                "Residents, commuters and children under 14 are exempt.",
                "Mayor {p1} said the money would pay for street cleaning and a new ferry pier.",
                "Hotel owners' association chair {p2} warned the fee could push tour groups to {town2}.",
            ],
            "hard": [
                ("number", "The fee reflects a broader trend; {x} cities in the region are now considering "
                 "similar charges."),
                ("attribution", "Its impact on visitor numbers remains to be seen, {x}."),
                ("date", "The council will review the first season's figures on {x}."),
            ],
        },
    ],
    "crime": [
        {
            "subject": "the arrests", "area": "public safety",
            "facts": [
                "Police in {town} arrested five men on {day} in raids on a workshop where stolen cars were "
                "stripped for parts.",
                "Officers found parts from at least 70 vehicles and 34,000 euros in cash, a police spokeswoman "
                "said.",
                "Detective inspector {p1} said the group had targeted hybrid cars for their batteries.",
                "The men, aged between 23 and 51, are due to appear in court in {town2} on Friday.",
                "Car thefts in the region rose 18 percent last year.",
            ],
            "hard": [
                ("number", "The raids highlight the scale of the problem: insurers paid out {x} million euros "
                 "for stolen hybrids last year."),
                ("person", "The operation is a testament to months of work by {x}, the officer who traced the "
                 "first stolen battery."),
                ("date", "A second hearing is scheduled for {x}."),
            ],
        },
        {
            "subject": "the robbery", "area": "the neighbourhood",
            "facts": [
                "Two armed men robbed a jewellery shop in the old town of {town} on {day} afternoon and escaped "
                "on a motorcycle, police said.",
                "The owner, {p1}, said they took watches worth about 260,000 euros.",
                "No one was hurt. A customer was briefly held at gunpoint.",
                "Police released images from a security camera and asked witnesses to come forward.",
                "It is the third jewellery robbery in {town} this year.",
            ],
            "hard": [
                ("attribution", "The robbery serves as a stark reminder of the risks shopkeepers face, {x}."),
                ("number", "It underscores a worrying trend: reported robberies in the district rose to {x} "
                 "last year."),
                ("person", "In the face of rising fear, {x}, who runs the bakery next door, has started a "
                 "neighbourhood watch."),
            ],
        },
    ],
}
