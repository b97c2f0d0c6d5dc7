"""Sentence shapes for the synthetic corpus, in the style of wire-service news.

Each shape is a template with ``{slot}`` names filled by ``generate_corpus``:
people (``{P}`` the main figure with role, ``{Pl}`` their surname, ``{Q}``/``{Ql}``
a second figure, ``{X}`` any other person), places, organisations, the story's
topic words, numbers, money, percentages and dates. Written for this benchmark,
not copied from any article.
"""

from __future__ import annotations

TITLES = (
    "{Pl} Heads to {Partner} to Rebuild Ties Amid {Noun} Dispute",
    "{Country} Moves to {Goal} as {Noun} Pressure Mounts",
    "{Demonym} Officials Weigh {Adj} Shift on {Noun}",
    "{Partner} and {Country} Agree to Talks on {Good}",
    "{Pl} Says {Country} Will {Goal}",
    "{Noun} Deepen Uncertainty for {Demonym} {Good} Producers",
    "{Org} Warns of {Adj} Year for {Noun}",
    "{City} Braces for {Noun} as Talks Stall",
    "What {Pl}'s Visit to {PartnerCapital} Means for {Good}",
    "{Demonym} {Good} Sales {Up} {Pct} After {Noun} Deal",
    "{Q} Criticises Government Plan on {Noun}",
    "{Country}'s {Adj} Bet on {Good}",
    "Inside the {Noun} Talks Between {Country} and {Partner}",
    "{Pl} Faces {Adj} Balancing Act on {Noun}",
)

DEKS = (
    "{Pl} is expected to meet {Q} as {country} seeks to {goal}.",
    "The talks follow months of tension over {noun} and {noun2}.",
    "Officials say the visit could reshape {demonym} policy on {good} for years.",
    "Critics warn the plan leaves {good} producers exposed to {noun}.",
)

LEDES = (
    "{P} is travelling to {partner} this week for a {adj} visit aimed at resetting ties with {partner_capital} and finding new markets for {demonym} {good}.",
    "{P} said on {weekday} that {country} would {goal}, a move officials described as {adj}.",
    "{capital_upper} — {demonym} officials on {weekday} unveiled a plan to {goal}, the latest step in a {adj} push to reshape {noun}.",
    "{demonym} {good} exports {up} {pct} in {month}, according to figures released by {org} on {weekday}.",
    "{city_upper}, {date} — {P} arrived in {partner_capital} on {weekday} for talks on {noun} and {noun2}.",
    "In a {adj} shift in {demonym} policy, {P} has pledged to {goal} within {num_tiny} years.",
    "The government of {country} is preparing to {goal}, {P} said, amid growing concern over {noun}.",
    "{Q} warned on {weekday} that {noun} could cost {country} as much as {money_big} a year.",
)

BODY = (
    "The trip marks the first visit to {partner} by a {demonym} {Pr_lower} since {past_year}.",
    "{Pl} is scheduled to meet {Q} and {X}, according to {Pl}'s office.",
    "Officials described the talks as {adj} and {adj2}.",
    "Trade, {noun} and {noun2} will dominate the discussions, {org} said.",
    "{partner_demonym} officials have not commented on the visit.",
    "The country exported {money} worth of {good} to {partner} in {past_year}, down from {money2} a year earlier.",
    "{good_cap} shipments {down} {pct} in the first {num_tiny} months of the year.",
    "Prices for {good} have {up_pp} by {pct} since {month}, according to {org}.",
    "About {num_small} people work in the {good} sector in {region}, {org} estimates.",
    "The dispute began in {past_year}, when {partner} imposed duties of {pct} on {demonym} {good}.",
    "{partner} has faced accusations of {noun}, which it denies.",
    "{X}, {a_role} at {org}, said the plan was {adj} but overdue.",
    "Analysts said the outcome would depend on {noun} and on how quickly {partner_capital} moved.",
    "The {noun} has weighed on {demonym} farmers, who lost an estimated {money} last year.",
    "{Pl}'s government has set a goal to {goal} by {future_year}.",
    "The announcement came {num_tiny} days after {org} published a report on {noun}.",
    "Under the proposal, {noun} would fall by {pct} over {num_tiny} years.",
    "The agreement covers {good}, {good2} and {noun}, officials said.",
    "It was not clear when the measures would take effect.",
    "A decision is expected on {date_full}.",
    "The previous round of talks, held in {city} in {month} {past_year}, ended without a deal.",
    "Opposition parties called the plan {adj} and demanded a vote in parliament.",
    "{demonym} business groups welcomed the move, saying it would open {partner} to {good}.",
    "Others cautioned that moving too close to {partner} could raise concerns about {noun}.",
    "The ministry said {num_people} people had been affected by {noun} since {month}.",
    "Unemployment in {region} stood at {pct_small} in {month}, compared with {pct_small2} nationally.",
    "The central bank held its key rate at {pct_small} on {weekday}.",
    "Inflation {up} to {pct_small} in {month}, the highest level since {past_year}.",
    "Shares of {company} {down} {pct_small} in {city} trading after the announcement.",
    "{company} said it would invest {money_big} in a new plant in {region} by {future_year}.",
    "The plant is expected to employ about {num_small} people.",
    "Talks with {intl} are set to resume on {date}.",
    "{intl} has urged both sides to resolve the dispute over {noun}.",
    "The {noun} is the most serious since {past_year}, {X} of {org} said.",
    "{Pl} has made {noun} a central theme of the government's agenda.",
    "Last year, {country} and {partner} traded goods worth {money_big}.",
    "{partner} is {country}'s {ordinal}-largest trading partner.",
    "The visit follows a meeting between {Pl} and {Ql} in {city} on {date_full}.",
    "Relations soured in {past_year} after the arrest of {X}, a {partner_demonym} executive, in {city}.",
    "Both governments say they share an interest in {noun} and in {noun2}.",
    "Still, officials played down expectations of a breakthrough.",
    "No date has been set for a follow-up meeting.",
    "Some {num_small} tonnes of {good} are stuck at ports in {region}, according to industry estimates.",
    "The figures were published by {org} on {weekday}.",
    "Exports to {intl_member} members grew by {pct} over the same period.",
    "The government will spend {money} over {num_tiny} years on {noun}, the budget shows.",
    "Separately, {org} said it had opened an inquiry into {noun} in {region}.",
    "{X}, {role} of {org}, resigned on {weekday} after {num_tiny} years in the post.",
    "Police said {num_tiny} people had been arrested in connection with the protests in {city}.",
    "Around {num_small} people marched through {city} on {weekday} to protest against {noun}.",
    "The {noun} has already cost the economy {money_big}, according to {org}.",
    "Polls show {pct} of voters support the plan, against {pct2} who oppose it.",
    "The measure passed by {num_small} votes to {num_small2}.",
    "Officials expect a final deal by the end of {future_year}.",
    "The {adj} plan drew praise from {intl} but criticism from {org}.",
    "{Ql} is due to visit {capital} in {month}.",
    "The last {demonym} {Pr_lower} to visit {partner} was {X}, in {past_year}.",
)

QUOTES = (
    "We are determined to {goal}",
    "This is a {adj} moment for {country}",
    "Nobody expected {noun} to move this fast",
    "The numbers speak for themselves",
    "We will not accept {noun} that hurt our workers",
    "Our farmers have waited long enough for access to the {partner_demonym} market",
    "There is no quick fix for {noun}",
    "We want a relationship built on trust and on clear rules",
    "It is too early to say what this means for {good}",
    "Every option remains on the table",
    "This agreement opens a new chapter between our two countries",
    "We are listening to the concerns of people in {region}",
)

QUOTE_FORMS = (
    "“{quote},” {Pl} {say}.",
    "“{quote},” said {X}, {a_role} at {org}.",
    "{Pl} told reporters in {city}: “{quote}.”",
    "“{quote}. {quote2},” {Ql} said.",
    '"{quote}," {X} said.',
    '{Q} said: "{quote}."',
)

HEADINGS = (
    "Trade and Economic Goals",
    "A {Adj} Shift on {Noun}",
    "What Comes Next",
    "Reaction in {Capital}",
    "The Road to {FutureYear}",
    "Numbers Behind the {Noun}",
    "Navigating {Adj} Waters",
    "Concerns in {Region}",
    "Why {Good} Matters",
)

HEADER_CHROME = (
    "Home",
    "Menu",
    "• en",
    "ON NOW",
    "Skip to content",
    "Advertisement",
    "News | World | Business",
    "Subscribe",
    "Log in",
)
MIDDLE_CHROME = (
    "Advertisement",
    "Story continues below advertisement",
    "Read more: {Title}",
    "RELATED: {Title}",
    "Sign up for our daily newsletter",
    "Photo: {X} / {Outlet}",
)
TAIL_CHROME = (
    "Follow us on: Facebook | X | LinkedIn",
    "Share this article",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Reporting by {X}; Editing by {X2}",
    "© {year} {Outlet}. All rights reserved.",
    "Tags: {noun}, {country}, {good}",
    "Follow us on:",
    "Share on Facebook",
)
