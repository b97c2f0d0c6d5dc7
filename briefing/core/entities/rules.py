"""Word lists of the chunker's rules: organisation/place/event head words, connectors, articles.

Kept apart from the chunker's logic so the rules read as data: a head word such as
"Ministry" or "Sea" types the capitalised phrase around it; connectors may sit
inside a name ("Bank of England", "von der Leyen").
"""
from __future__ import annotations

import re

HEADS = {
    **dict.fromkeys(
        ("Ministry", "Department", "Council", "Commission", "Committee", "Agency", "Bank", "Fund", "Corp",
         "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Plc", "PLC", "Company", "Co.", "Group",
         "Party", "Union", "Association", "Institute", "University", "College", "Foundation", "Forum",
         "Organisation", "Organization", "Authority", "Board", "Court", "Parliament", "Assembly", "Congress",
         "Senate", "Service", "Office", "Police", "Army", "Navy", "Guard", "Times", "Post", "News", "Journal",
         "Airlines", "Airways", "Motors", "Holdings", "Technologies", "Systems", "Bureau", "Tribunal",
         "Exchange", "Reserve", "Federation", "League", "Alliance", "Coalition", "Movement", "Network",
         "Club", "Society", "Trust", "Institution", "Academy", "Laboratory", "Labs", "Hospital", "School",
         "Secretariat", "Cabinet", "Center", "Centre", "Command", "Brigade", "Forces", "Commons", "Caucus", "Chamber",
         "Watch", "Fellowship", "Consortium", "Cooperative", "Industries", "Enterprises", "Pharmaceuticals",
         "Railways", "Broadcasting", "Media", "Press", "Studios", "Ventures", "Capital", "Energy",
         "Petroleum", "Mining", "Telecom", "Communications", "Securities", "Insurance", "Bancorp"), "ORG"),
    **dict.fromkeys(
        ("Mountains", "Mountain", "River", "Sea", "Ocean", "Lake", "Island", "Islands", "Peninsula", "Valley",
         "Desert", "Strait", "Gulf", "Bay", "Canal", "Coast", "Basin", "Plateau", "Delta", "Highlands",
         "Glacier", "Reef", "Forest"), "LOC"),
    **dict.fromkeys(("City", "Province", "County", "Prefecture", "Oblast", "Governorate", "Township"), "GPE"),
    **dict.fromkeys(
        ("Summit", "Games", "Olympics", "War", "Cup", "Championship", "Championships", "Festival", "Expo",
         "Conference", "Olympiad", "Revolution", "Uprising", "Massacre", "Marathon", "Open", "Grand Prix",
         "Biennale", "Week"), "EVENT"),
}
# Energy/Capital/Open/Week are heads only after at least one other capitalised word.
CONNECTORS = {"of", "and", "&", "for", "on", "the", "de", "du", "des", "la", "le", "del", "della", "da", "di",
              "van", "von", "der", "den", "al", "el", "bin", "ibn", "y"}
HEAD_LINKS = {"of", "on", "for"}
FUNCTION_WORDS = {"The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "But", "And",
                  "As", "By", "With", "From", "When", "While", "After", "Before", "Despite", "Under", "If",
                  "Since", "During", "Among", "Amid", "Amidst", "Across", "Through", "To", "Of", "Or", "So",
                  "Its", "His", "Her", "Their", "Our", "Both", "Each", "Every", "All", "Some", "Many"}
PLACE_PREPOSITIONS = {"in", "near"}
# Foreign articles starting a title ("Le Monde", "Der Spiegel", "El Pais"): an organisation.
ARTICLES = {"Le", "La", "Les", "El", "Der", "Die", "Das", "Il", "Lo"}
INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
TITLE_CASE_CONNECTORS = {"Of", "And", "For", "On", "The", "De", "Du", "La", "Del", "Da"}
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
