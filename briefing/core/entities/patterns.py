"""Regular expressions for DATE, MONEY, PERCENT and QUANTITY mentions.

One compiled alternation per type, built once from the calendar gazetteer. The
patterns are anchored on words and digits, so they run in a single ``finditer``
pass per block. CARDINAL/ORDINAL/TIME are deliberately not produced.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Gazetteer

NUM_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|a\s+hundred|a\s+thousand|dozens?\s+of|hundreds\s+of|thousands\s+of|"
    r"a\s+few|several|a\s+couple\s+of)"
)
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
SCALE = r"(?:[\s-]?(?:thousand|million|billion|trillion|mln|bln|bn|tn|m|k)\b)"
AMOUNT = (
    rf"(?:{NUMBER}{SCALE}?|{NUM_WORDS}\s+(?:thousand|million|billion|trillion)"
    r"|(?:a|one)\s+(?:thousand|million|billion|trillion))"
)
CURRENCY_WORDS = (
    r"(?:dollars?|euros?|pounds\s+sterling|yuan|renminbi|yen|rupees?|roubles?|rubles?|pesos?|"
    r"won|francs?|cents?|pence|riyals?|dirhams?|rand|lira|naira|shillings?|bitcoins?)"
)
CURRENCY_CODES = r"(?:USD|EUR|GBP|CAD|CNY|RMB|JPY|AUD|CHF|INR|HKD|KRW|MXN|BRL|RUB)"
UNITS = (
    r"(?:square\s+(?:kilometres|kilometers|kilometre|kilometer|miles?|metres|meters|feet)|"
    r"cubic\s+(?:metres|meters|feet)|sq\s?km|km/h|kilometres|kilometers|kilometre|kilometer|km|miles?|"
    r"metres|meters|metre|meter|feet|foot|ft|inches|inch|centimetres|centimeters|cm|millimetres|"
    r"millimeters|mm|kilograms?|kg|grams?|tonnes?|metric\s+tons|tons?|barrels?(?:\s+(?:per|a)\s+day)?|"
    r"bpd|litres?|liters?|gallons?|acres?|hectares?|megawatts?|MW|gigawatts?|GW|kilowatts?|kW|"
    r"kWh|MWh|GWh|TWh|degrees(?:\s+(?:Celsius|Fahrenheit))?|°C|°F|(?<=\d)[CF]|knots|mph|lbs?|ounces|oz|bushels|"
    r"bcm|TEUs?|calories)"
)

DURATION_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
)
UNIT_PERIODS = r"(?:days|weeks|months|years|decades|centuries)"
PERIODS = r"(?:week|month|year|decade|century|quarter|weekend|spring|summer|autumn|fall|winter)"


_BEFORE_MAY = "in since until by from through last next this early late during of before after to"


def _dates(
    gaz_months: tuple[str, ...],
    gaz_abbrevs: tuple[str, ...],
    weekdays: tuple[str, ...],
    holidays: tuple[str, ...],
) -> str:
    """The DATE alternation."""
    month = (
        "(?:"
        + "|".join(sorted((re.escape(m) for m in gaz_months + gaz_abbrevs), key=len, reverse=True))
        + ")"
    )
    loose_month = "(?:" + "|".join(re.escape(m) for m in gaz_months if m not in ("May", "March")) + ")"
    weekday = "(?:" + "|".join(re.escape(w) for w in weekdays) + ")"
    holiday = "(?:" + "|".join(sorted((re.escape(h) for h in holidays), key=len, reverse=True)) + ")"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    the = r"(?:[Tt]he\s+)?"
    rel = (
        "(?:"
        + "|".join(
            f"[{w[0].upper()}{w[0]}]{w[1:]}"
            for w in "this last next past coming previous following current same upcoming".split()
        )
        + ")"
    )
    date = "|".join(
        [
            rf"{year}-(?:0[1-9]|1[0-2])-(?:[012]\d|3[01])\b",  # ISO 8601: "2024-03-14"
            rf"(?:{weekday},?\s+)?{month}\s+{day}(?![\d:])(?:,?\s+{year}\b)?",
            # the month a whole word: not "7 Jan" of "7 Jane Doe"
            rf"(?:{weekday},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{month}(?!\w)(?:,?\s+{year}\b)?",
            rf"(?:(?:early|mid|late)[\s-]+)?{month}\s+{year}\b",
            rf"(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+{year}\b",
            "(?:"
            + "|".join(rf"(?<=\b[{w[0].upper()}{w[0]}]{w[1:]} )" for w in _BEFORE_MAY.split())
            + r"|(?<=\bmid-))(?:May|March)\b",
            rf"(?:(?:early|mid|late)[\s-]+)?{loose_month}\b",
            rf"(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\s+)?{weekday}\b",
            rf"{holiday}\b",
            rf"{the}(?:end|beginning|start|middle|turn|first\s+half|second\s+half)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?"
            rf"(?:{PERIODS}|{year}|{month})\b",
            rf"(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?{the}{rel}\s+(?:few\s+|several\s+|{NUM_WORDS}\s+|\d+\s+|fiscal\s+)?"
            rf"(?:{PERIODS}|{UNIT_PERIODS})\b",
            rf"(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+(?:this|last|next)\s+{PERIODS}\b",
            r"[Rr]ecent\s+(?:days|weeks|months|years|decades)\b",
            rf"(?:{NUMBER}|{NUM_WORDS}|a|an)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later)\b",
            rf"(?:{NUMBER}|{DURATION_WORDS})[\s-](?:days?|weeks?|months?|years?|decades?|centuries)(?:-long|-old)?\b",
            rf"{the}(?:{year}|'\d0)s\b",
            rf"{the}(?:first|second|third|fourth|final|last)\s+quarter(?:\s+of\s+{year})?\b",
            rf"\bQ[1-4](?:\s+{year})?\b",
            rf"(?:fiscal|FY)\s*{year}\b",
            r"\b(?:today|yesterday|tomorrow|(?:Today|Yesterday|Tomorrow)(?=,))\b",
            rf"(?<![\w$£€¥.,]){year}(?:[/–-](?:{year}|\d\d)\b)?(?![\w%]|[.,]\d|\s+(?:people|persons|troops|soldiers|"
            rf"workers|jobs|units|tonnes|tons|barrels|km|miles|metres|meters|feet|dollars|euros|yuan|cars|homes|"
            rf"votes|seats|cases|deaths))",
        ]
    )
    return date


@lru_cache(maxsize=4)
def compiled(
    gaz_months: tuple[str, ...],
    gaz_abbrevs: tuple[str, ...],
    weekdays: tuple[str, ...],
    holidays: tuple[str, ...],
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    date = _dates(gaz_months, gaz_abbrevs, weekdays, holidays)
    money, percent, quantity = _amounts()
    # One alternation, tried only where a mention can start (see GATE); at one position the
    # first alternative that matches wins: MONEY, PERCENT, QUANTITY, then DATE.
    combined = re.compile(
        rf"(?P<MONEY>(?<![\w.]){money})|(?P<PERCENT>(?<![\w.]){percent})"
        rf"|(?P<QUANTITY>(?<![\w.$£€]){quantity})|(?P<DATE>(?<![\w]){date})"
    )
    gate = _gate(gaz_months + gaz_abbrevs + weekdays + holidays)
    return gate, combined


def _amounts() -> tuple[str, str, str]:
    """The MONEY, PERCENT and QUANTITY alternations."""
    money = "|".join(
        [
            rf"(?:US|U\.S\.|C|CA|CAD|A|AU|NZ|HK|S|R)?\$\s?{AMOUNT}",
            rf"[€£¥₹]\s?{AMOUNT}",
            rf"{CURRENCY_CODES}\s?{AMOUNT}",
            rf"{AMOUNT}\s+{CURRENCY_CODES}\b",
            rf"(?:{AMOUNT}|{NUM_WORDS})\s+(?:(?:U\.S\.|US|Canadian|Australian|Hong\s+Kong|Singapore)\s+)?{CURRENCY_WORDS}\b",
        ]
    )
    percent = "|".join(
        [
            rf"{NUMBER}\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)",
            rf"{NUM_WORDS}\s+(?:percent|per\s+cent|percentage\s+points?)\b",
        ]
    )
    quantity = rf"(?:{AMOUNT}|{NUM_WORDS})(?:\s|-)?{UNITS}(?![\w/])"
    return money, percent, quantity


def _gate(calendar_words: tuple[str, ...]) -> re.Pattern[str]:
    """Where a mention can start: a currency sign, a digit or one of the words dates start with."""
    lower_starts = (
        "the|early|mid|late|earlier|later|this|last|next|past|coming|previous|following|current|"
        "same|upcoming|recent|today|yesterday|tomorrow|fiscal|a|an|several|few|dozens?|hundreds|"
        "thousands|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
        "seventy|eighty|ninety|hundred"
    )
    upper_starts = "|".join(w[0].upper() + w[1:] for w in lower_starts.split("|") if w[0].isalpha())
    names = "|".join(re.escape(w.split()[0].rstrip(".")) for w in calendar_words)
    gate = re.compile(
        rf"[$€£¥₹]|'\d|\b(?:(?:US|U\.S\.|CAD|CA|AU|NZ|HK|C|A|S|R)\$|\d|Q[1-4]\b|FY|{CURRENCY_CODES}|(?:{lower_starts}|{upper_starts}|{names})\b)"
    )
    return gate


def find(text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, type) of every pattern match in ``text``, left to right, without overlaps."""
    gate, combined = compiled(gaz.months, gaz.month_abbreviations, gaz.weekdays, gaz.holidays)
    out: list[tuple[int, int, str]] = []
    done = 0
    match = combined.match
    for g in gate.finditer(text):
        pos = g.start()
        if pos < done:
            continue
        m = match(text, pos)
        if m is None or m.lastgroup is None:
            continue
        s, e = m.span()
        while e > s and text[e - 1] in " \t,-–":
            e -= 1
        if e <= s:
            continue
        out.append((s, e, m.lastgroup))
        done = e
    return out
