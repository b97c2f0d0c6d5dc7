"""Word lists for the synthetic corpus: people, places, organisations, outlets, topics.

General-knowledge names (common given and family names, world cities and
countries) plus syllables for made-up surnames and company names, so that a
large corpus has the long tail of rare words a real news archive has.
Used only by ``generate_corpus.py``.
"""

from __future__ import annotations

FIRST_NAMES = """
James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan
Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony Sandra Mark Ashley
Donald Emily Steven Donna Andrew Michelle Paul Carol Joshua Amanda Kenneth Melissa Kevin Deborah
Brian Stephanie George Rebecca Timothy Sharon Ronald Laura Jason Cynthia Ryan Amy Jacob Angela
Gary Helen Nicholas Anna Eric Brenda Jonathan Pamela Stephen Nicole Larry Emma Justin Samantha
Scott Katherine Brandon Christine Benjamin Debra Samuel Rachel Gregory Carolyn Alexander Janet
Wei Li Ming Hui Jun Yan Hao Xin Jie Lei Mei Ling Hiroshi Yuki Kenji Akiko Takeshi Haruto Sakura
Min-jun Seo-yeon Ji-ho Priya Arjun Rahul Ananya Vikram Sunita Rohan Kavya Aditya Deepa Mohammed
Fatima Ahmed Aisha Omar Layla Hassan Yasmin Karim Leila Tariq Noor Ibrahim Amina Chinedu Ngozi
Kwame Ama Tunde Folake Thabo Naledi Juma Wanjiru Olga Dmitri Natalia Sergei Irina Pavel Katarzyna
Piotr Agnieszka Lars Ingrid Sven Astrid Mikko Aino Pierre Camille Jean Sophie Luc Chloe Hans Greta
Klaus Lena Matteo Giulia Lorenzo Chiara Alejandro Lucia Carlos Sofia Diego Valentina Joao Ana
Rafael Beatriz Mateus Isabela Siobhan Ciaran Aoife Declan Mustafa Elif Emre Zeynep Avi Noa Yosef
Tamar Nguyen Thi Minh Anh Siti Budi Dewi Rizal Maria Jose Juan Rosa Andile Zanele Bongani
""".split()

LAST_NAMES = """
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark
Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams
Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Wang Zhang Liu Chen Yang Huang Zhao Wu
Zhou Xu Sun Ma Zhu Hu Guo Lin Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi
Kim Park Choi Jung Kang Cho Yoon Sharma Patel Singh Kumar Gupta Mehta Iyer Reddy Nair Das Banerjee
Khan Ali Hussain Rahman Haddad Nasser Saleh Aziz Farouk Mansour Okafor Adeyemi Mensah Owusu Diallo
Traore Nkosi Dlamini Mwangi Otieno Kamau Ivanov Petrov Smirnov Volkov Kowalski Nowak Wisniewski
Lewandowski Johansson Andersson Lindqvist Nielsen Hansen Virtanen Korhonen Dubois Moreau Laurent
Lefebvre Bernard Rousseau Muller Schmidt Schneider Fischer Weber Wagner Becker Rossi Russo Ferrari
Esposito Bianchi Romano Fernandez Gomez Diaz Morales Silva Santos Oliveira Pereira Costa Almeida
Murphy Kelly Byrne Walsh Brennan Yilmaz Kaya Demir Celik Cohen Levi Mizrahi Friedman Tran Pham Le
Hoang Santoso Wijaya Cruz Reyes Bautista Mendoza Fraser MacDonald Campbell Stewart Morrison Tremblay
Gagnon Roy Cote Bouchard Gauthier Okonkwo Balogun Abubakar Haile Tesfaye Bekele
""".split()

# Syllables for made-up surnames and company names (the long tail of a real archive).
SYLLABLES = """
ka ri mo ta ne vo len dar sel mir ost ber wen tor lin zar fel gor han quin rav sto mel dra nor vik
tal ben cor dun esk fin gal hol jor kel lum mor pel rin sav tev ul val wyn yor zel bra cre dro fla
gru ple sko tra ark eld ith orn ust
""".split()

COUNTRIES = """
Canada|China|United States|Mexico|Brazil|Argentina|Chile|Peru|Colombia|United Kingdom|Ireland|
France|Germany|Italy|Spain|Portugal|Netherlands|Belgium|Sweden|Norway|Finland|Denmark|Poland|
Ukraine|Turkey|Greece|Egypt|Nigeria|Kenya|Ethiopia|South Africa|Ghana|Morocco|Saudi Arabia|Qatar|
United Arab Emirates|Iran|Iraq|Israel|Jordan|India|Pakistan|Bangladesh|Sri Lanka|Indonesia|
Malaysia|Singapore|Thailand|Vietnam|Philippines|Japan|South Korea|Australia|New Zealand|Kazakhstan|
Switzerland|Austria|Czech Republic|Hungary|Romania|Chile|Ecuador|Tanzania|Senegal|Algeria
""".replace("\n", "").split("|")

DEMONYMS = {
    "Canada": "Canadian",
    "China": "Chinese",
    "United States": "American",
    "Mexico": "Mexican",
    "Brazil": "Brazilian",
    "Argentina": "Argentine",
    "Chile": "Chilean",
    "Peru": "Peruvian",
    "Colombia": "Colombian",
    "United Kingdom": "British",
    "Ireland": "Irish",
    "France": "French",
    "Germany": "German",
    "Italy": "Italian",
    "Spain": "Spanish",
    "Portugal": "Portuguese",
    "Netherlands": "Dutch",
    "Belgium": "Belgian",
    "Sweden": "Swedish",
    "Norway": "Norwegian",
    "Finland": "Finnish",
    "Denmark": "Danish",
    "Poland": "Polish",
    "Ukraine": "Ukrainian",
    "Turkey": "Turkish",
    "Greece": "Greek",
    "Egypt": "Egyptian",
    "Nigeria": "Nigerian",
    "Kenya": "Kenyan",
    "Ethiopia": "Ethiopian",
    "South Africa": "South African",
    "Ghana": "Ghanaian",
    "Morocco": "Moroccan",
    "Saudi Arabia": "Saudi",
    "Qatar": "Qatari",
    "United Arab Emirates": "Emirati",
    "Iran": "Iranian",
    "Iraq": "Iraqi",
    "Israel": "Israeli",
    "Jordan": "Jordanian",
    "India": "Indian",
    "Pakistan": "Pakistani",
    "Bangladesh": "Bangladeshi",
    "Sri Lanka": "Sri Lankan",
    "Indonesia": "Indonesian",
    "Malaysia": "Malaysian",
    "Singapore": "Singaporean",
    "Thailand": "Thai",
    "Vietnam": "Vietnamese",
    "Philippines": "Filipino",
    "Japan": "Japanese",
    "South Korea": "South Korean",
    "Australia": "Australian",
    "New Zealand": "New Zealand",
    "Kazakhstan": "Kazakh",
    "Switzerland": "Swiss",
    "Austria": "Austrian",
    "Czech Republic": "Czech",
    "Hungary": "Hungarian",
    "Romania": "Romanian",
    "Ecuador": "Ecuadorian",
    "Tanzania": "Tanzanian",
    "Senegal": "Senegalese",
    "Algeria": "Algerian",
}

CAPITALS = {
    "Canada": "Ottawa",
    "China": "Beijing",
    "United States": "Washington",
    "Mexico": "Mexico City",
    "Brazil": "Brasilia",
    "Argentina": "Buenos Aires",
    "Chile": "Santiago",
    "Peru": "Lima",
    "Colombia": "Bogota",
    "United Kingdom": "London",
    "Ireland": "Dublin",
    "France": "Paris",
    "Germany": "Berlin",
    "Italy": "Rome",
    "Spain": "Madrid",
    "Portugal": "Lisbon",
    "Netherlands": "The Hague",
    "Belgium": "Brussels",
    "Sweden": "Stockholm",
    "Norway": "Oslo",
    "Finland": "Helsinki",
    "Denmark": "Copenhagen",
    "Poland": "Warsaw",
    "Ukraine": "Kyiv",
    "Turkey": "Ankara",
    "Greece": "Athens",
    "Egypt": "Cairo",
    "Nigeria": "Abuja",
    "Kenya": "Nairobi",
    "Ethiopia": "Addis Ababa",
    "South Africa": "Pretoria",
    "Ghana": "Accra",
    "Morocco": "Rabat",
    "Saudi Arabia": "Riyadh",
    "Qatar": "Doha",
    "United Arab Emirates": "Abu Dhabi",
    "Iran": "Tehran",
    "Iraq": "Baghdad",
    "Israel": "Jerusalem",
    "Jordan": "Amman",
    "India": "New Delhi",
    "Pakistan": "Islamabad",
    "Bangladesh": "Dhaka",
    "Sri Lanka": "Colombo",
    "Indonesia": "Jakarta",
    "Malaysia": "Kuala Lumpur",
    "Singapore": "Singapore",
    "Thailand": "Bangkok",
    "Vietnam": "Hanoi",
    "Philippines": "Manila",
    "Japan": "Tokyo",
    "South Korea": "Seoul",
    "Australia": "Canberra",
    "New Zealand": "Wellington",
    "Kazakhstan": "Astana",
    "Switzerland": "Bern",
    "Austria": "Vienna",
    "Czech Republic": "Prague",
    "Hungary": "Budapest",
    "Romania": "Bucharest",
    "Ecuador": "Quito",
    "Tanzania": "Dodoma",
    "Senegal": "Dakar",
    "Algeria": "Algiers",
}

CITIES = """
Toronto|Vancouver|Montreal|Calgary|Winnipeg|Halifax|Shanghai|Shenzhen|Guangzhou|Chengdu|Wuhan|
New York|Chicago|Houston|Los Angeles|Seattle|Atlanta|Detroit|Denver|Monterrey|Guadalajara|
Sao Paulo|Rio de Janeiro|Cordoba|Valparaiso|Medellin|Manchester|Birmingham|Glasgow|Cork|Lyon|
Marseille|Hamburg|Munich|Frankfurt|Milan|Naples|Barcelona|Valencia|Porto|Rotterdam|Antwerp|
Gothenburg|Bergen|Tampere|Aarhus|Krakow|Gdansk|Lviv|Odesa|Istanbul|Izmir|Thessaloniki|Alexandria|
Lagos|Kano|Mombasa|Cape Town|Durban|Johannesburg|Kumasi|Casablanca|Jeddah|Dubai|Basra|Haifa|
Mumbai|Bengaluru|Chennai|Kolkata|Karachi|Lahore|Chittagong|Surabaya|Penang|Chiang Mai|
Ho Chi Minh City|Cebu|Osaka|Nagoya|Busan|Incheon|Sydney|Melbourne|Perth|Brisbane|Auckland|
Almaty|Zurich|Geneva|Salzburg|Brno|Debrecen|Cluj-Napoca|Guayaquil|Arusha|Gyeongju|Davos
""".replace("\n", "").split("|")

REGIONS = """
Saskatchewan|Alberta|Ontario|Quebec|British Columbia|Guangdong|Sichuan|Texas|California|Ohio|
Bavaria|Catalonia|Lombardy|Scotland|Wales|Punjab|Gujarat|Java|Mindanao|Hokkaido|Queensland|
Patagonia|the Rift Valley|the Sahel|the Ruhr|the Midwest|the Prairies|the Pearl River Delta
""".replace("\n", "").split("|")

ORG_FORMS = [
    "{country}'s Ministry of {dept}",
    "the Ministry of {dept}",
    "the {demonym} {dept} Agency",
    "the {demonym} Chamber of Commerce",
    "{company} {corp}",
    "{company} {corp}",
    "{company} {corp}",
    "the {adj} {body} Institute",
    "{city} {body} Council",
    "the {demonym} {body} Association",
    "{company} Bank",
    "the Bank of {country}",
    "{demonym} {body} Board",
]
DEPARTMENTS = (
    "Finance",
    "Trade",
    "Foreign Affairs",
    "Agriculture",
    "Energy",
    "Health",
    "Transport",
    "Defence",
    "Industry",
    "Environment",
    "Education",
    "Labour",
)
CORP_SUFFIXES = (
    "Holdings",
    "Group",
    "Corporation",
    "Industries",
    "Energy",
    "Logistics",
    "Technologies",
    "Mining",
    "Foods",
    "Motors",
    "Capital",
    "Systems",
    "Airlines",
)
ORG_ADJ = (
    "National",
    "International",
    "Global",
    "Northern",
    "Pacific",
    "Atlantic",
    "Central",
    "Federal",
    "Regional",
    "Independent",
)
ORG_BODY = (
    "Research",
    "Policy",
    "Trade",
    "Farmers",
    "Workers",
    "Exporters",
    "Manufacturers",
    "Economic",
    "Security",
    "Climate",
    "Health",
)
WELL_KNOWN_ORGS = (
    "the United Nations",
    "the World Trade Organization",
    "the International Monetary Fund",
    "the World Bank",
    "the European Union",
    "NATO",
    "the G20",
    "the G7",
    "OPEC",
    "the World Health Organization",
    "the African Union",
    "ASEAN",
    "the OECD",
    "the Red Cross",
    "Amnesty International",
    "Greenpeace",
)

OUTLETS = (
    "The Morning Ledger",
    "Northern Herald",
    "Global Wire",
    "The Daily Dispatch",
    "Capital Times",
    "Harbour Gazette",
    "The Evening Post",
    "Continental News",
    "Pacific Observer",
    "The Atlantic Courier",
    "Metro Chronicle",
    "World Report Service",
    "The Valley Tribune",
    "Frontier Press",
    "Market Watchdog",
    "The Civic Record",
    "Union Bulletin",
    "Coastline Daily",
    "The Prairie Sentinel",
    "Eastern Monitor",
)

ROLES = (
    "Prime Minister",
    "President",
    "Foreign Minister",
    "Finance Minister",
    "Trade Minister",
    "Agriculture Minister",
    "Energy Minister",
    "Health Minister",
    "Transport Minister",
    "Premier",
    "Governor",
    "Mayor",
    "Senator",
    "Ambassador",
    "chief executive",
    "chief economist",
    "spokesperson",
    "deputy minister",
    "central bank governor",
    "union leader",
    "opposition leader",
    "analyst",
    "professor",
    "chairman",
    "director",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Topics: the nouns, goods and verbs a story of that kind uses.
TOPICS = {
    "trade": dict(
        nouns=(
            "tariffs",
            "exports",
            "imports",
            "trade deal",
            "trade talks",
            "market access",
            "supply chains",
            "customs duties",
            "trade surplus",
            "trade deficit",
            "quotas",
        ),
        goods=(
            "canola",
            "steel",
            "aluminum",
            "soybeans",
            "beef",
            "pork",
            "lumber",
            "electric vehicles",
            "semiconductors",
            "potash",
            "seafood",
            "wheat",
            "solar panels",
            "critical minerals",
        ),
        goal=(
            "double non-{partner_demonym} exports",
            "reduce dependence on {partner}",
            "diversify trade",
            "lift tariffs on {good}",
            "reopen the market for {good}",
            "sign a free trade agreement",
        ),
    ),
    "energy": dict(
        nouns=(
            "oil prices",
            "gas pipeline",
            "power grid",
            "emissions",
            "renewable energy",
            "nuclear plant",
            "electricity bills",
            "fuel subsidies",
            "energy security",
            "carbon tax",
        ),
        goods=(
            "crude oil",
            "natural gas",
            "coal",
            "uranium",
            "hydrogen",
            "lithium",
            "wind power",
            "solar power",
            "diesel",
            "liquefied natural gas",
        ),
        goal=(
            "cut emissions by {pct} by {future_year}",
            "build a new {good} terminal",
            "double {good} output",
            "phase out coal by {future_year}",
            "stabilise electricity prices",
        ),
    ),
    "health": dict(
        nouns=(
            "hospitals",
            "vaccination campaign",
            "waiting lists",
            "outbreak",
            "public health",
            "drug prices",
            "nurses",
            "clinical trial",
            "emergency rooms",
            "health budget",
        ),
        goods=("vaccines", "antibiotics", "insulin", "medical supplies", "hospital beds", "test kits"),
        goal=(
            "vaccinate {num_people} people by {month}",
            "cut waiting times by {pct}",
            "hire {num_small} nurses",
            "build {num_tiny} new hospitals",
        ),
    ),
    "transport": dict(
        nouns=(
            "rail line",
            "airport expansion",
            "port strike",
            "shipping costs",
            "road tolls",
            "flight cancellations",
            "public transit",
            "freight traffic",
            "bridge repairs",
        ),
        goods=("container ships", "freight trains", "aircraft", "buses", "trucks", "ferries"),
        goal=(
            "finish the rail line by {future_year}",
            "cut travel times by {pct}",
            "add {num_small} new routes",
            "end the port strike",
        ),
    ),
    "politics": dict(
        nouns=(
            "election",
            "coalition talks",
            "parliament",
            "budget vote",
            "opposition",
            "referendum",
            "cabinet reshuffle",
            "no-confidence motion",
            "campaign",
            "polls",
        ),
        goods=("ballots", "seats", "votes", "policy platform", "manifesto"),
        goal=(
            "win a majority",
            "form a coalition by {month}",
            "pass the budget before {month}",
            "hold a referendum in {future_year}",
        ),
    ),
    "weather": dict(
        nouns=(
            "floods",
            "wildfires",
            "drought",
            "heatwave",
            "storm",
            "evacuations",
            "power outages",
            "rainfall",
            "landslides",
            "crop losses",
        ),
        goods=("emergency shelters", "relief supplies", "sandbags", "water tankers", "firefighting aircraft"),
        goal=(
            "restore power to {num_people} homes",
            "rebuild {num_small} homes by {month}",
            "reopen roads within {num_tiny} days",
        ),
    ),
    "technology": dict(
        nouns=(
            "data centres",
            "artificial intelligence",
            "chip plant",
            "cybersecurity",
            "privacy rules",
            "broadband rollout",
            "software update",
            "satellite launch",
            "data breach",
        ),
        goods=("chips", "smartphones", "servers", "satellites", "batteries", "routers"),
        goal=(
            "open a chip plant by {future_year}",
            "connect {num_people} households",
            "train {num_small} engineers",
            "cut energy use of data centres by {pct}",
        ),
    ),
    "courts": dict(
        nouns=(
            "trial",
            "verdict",
            "appeal",
            "extradition",
            "inquiry",
            "charges",
            "sentencing",
            "class action",
            "testimony",
            "ruling",
        ),
        goods=("documents", "evidence", "testimony", "contracts", "emails"),
        goal=(
            "overturn the ruling",
            "settle the case by {month}",
            "publish the inquiry's report in {future_year}",
        ),
    ),
}

ADJECTIVES = (
    "significant",
    "pivotal",
    "historic",
    "difficult",
    "unexpected",
    "modest",
    "sharp",
    "cautious",
    "ambitious",
    "controversial",
    "long-awaited",
    "fragile",
    "decisive",
    "consequential",
    "limited",
    "broad",
    "rapid",
    "gradual",
)
CHANGE_UP = ("rose", "climbed", "jumped", "increased", "grew", "surged", "edged up")
CHANGE_DOWN = ("fell", "dropped", "declined", "slipped", "tumbled", "shrank", "eased")
SAY = (
    "said",
    "told reporters",
    "said in a statement",
    "told a news conference",
    "said on {weekday}",
    "wrote on social media",
    "said in an interview",
    "told parliament",
)
