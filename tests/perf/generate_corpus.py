"""Deterministic generator of realistic news articles for the benchmark.

    python tests/perf/generate_corpus.py OUT_DIR --n 10000 [--seed 1]

Article ``i`` depends only on ``(seed, i)``, so the first 1,000 articles of a
10,000-article corpus are the 1,000-article corpus. Each article recombines the
sentence shapes of ``templates.py`` (lede, body, quotes, headings, occasional web
chrome such as "Advertisement" or "Follow us on:") around one story: a topic, a
main figure, two countries, a city and an organisation, with varied numbers,
money, percentages and dates. About one in twenty is Markdown with YAML front
matter; the rest are plain text. Files go to ``OUT_DIR/YYYY/MM/NNNNN_slug.ext``.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from pathlib import Path

try:
    from . import templates as T
    from . import vocab as V
except ImportError:  # run as a script
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import templates as T  # type: ignore[no-redef]
    import vocab as V  # type: ignore[no-redef]

MARKER = ".generated-corpus"
_SLOT = re.compile(r"\{(\w+)\}")
_SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "with", "at", "by", "as", "amid"}
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh")
_TOPICS = list(V.TOPICS)
_THE = {
    "United States",
    "United Kingdom",
    "Netherlands",
    "Philippines",
    "United Arab Emirates",
    "Czech Republic",
}


def _made_up(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(V.SYLLABLES) for _ in range(parts)).capitalize()


def _person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(V.FIRST_NAMES)
    # a third of surnames are made up: the long tail of rare names in a real archive
    last = _made_up(rng, rng.choice((2, 3))) if rng.random() < 0.33 else rng.choice(V.LAST_NAMES)
    return f"{first} {last}", last


def _company(rng: random.Random) -> str:
    return _made_up(rng, rng.choice((2, 2, 3)))


def _org(rng: random.Random, country: str, city: str) -> str:
    if rng.random() < 0.2:
        return rng.choice(V.WELL_KNOWN_ORGS)
    form = rng.choice(V.ORG_FORMS)
    return form.format(
        country=_the(country),
        demonym=V.DEMONYMS[country],
        dept=rng.choice(V.DEPARTMENTS),
        company=_company(rng),
        corp=rng.choice(V.CORP_SUFFIXES),
        adj=rng.choice(V.ORG_ADJ),
        body=rng.choice(V.ORG_BODY),
        city=city,
    )


def _the(country: str) -> str:
    return "the " + country if country in _THE else country


def _title_case(text: str) -> str:
    words = text.split(" ")
    out = []
    for k, w in enumerate(words):
        if k and w.lower() in _SMALL:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def _money(rng: random.Random, big: bool = False) -> str:
    cur = rng.choice(("$", "$", "$", "C$", "€", "£", "US$"))
    if big or rng.random() < 0.4:
        return f"{cur}{rng.randint(1, 99) / (10 if rng.random() < 0.5 else 1):g} billion"
    return f"{cur}{rng.randint(2, 950)} million"


def _pct(rng: random.Random, small: bool = False) -> str:
    value = round(rng.uniform(0.5, 9.9), 1) if small else rng.randint(2, 65)
    return f"{value}%" if rng.random() < 0.5 else f"{value} percent"


class Story:
    """One article's cast and setting; fills template slots consistently."""

    def __init__(self, rng: random.Random, year: int, month: int, day: int) -> None:
        self.rng = rng
        self.year, self.month, self.day = year, month, day
        self.topic = V.TOPICS[rng.choice(_TOPICS)]
        self.country = rng.choice(V.COUNTRIES)
        partner = rng.choice(V.COUNTRIES)
        while partner == self.country:
            partner = rng.choice(V.COUNTRIES)
        self.partner = partner
        self.city = rng.choice(V.CITIES)
        self.region = rng.choice(V.REGIONS)
        self.p_full, self.p_last = _person(rng)
        self.p_role = rng.choice(V.ROLES[:12])
        self.q_full, self.q_last = _person(rng)
        self.q_role = rng.choice(V.ROLES)
        self.org = _org(rng, self.country, self.city)
        self.company = _company(rng) + " " + rng.choice(V.CORP_SUFFIXES)
        self.good = rng.choice(self.topic["goods"])
        self.noun = rng.choice(self.topic["nouns"])
        self.outlet = rng.choice(V.OUTLETS)
        self.goal = self.fill(rng.choice(self.topic["goal"]), cap=False)

    # --- slots --------------------------------------------------------------------
    def slot(self, name: str) -> str:
        rng = self.rng
        if name in _STATIC:
            return _STATIC[name](self)
        if name == "X" or name == "X2":
            return _person(rng)[0]
        if name == "org":
            return self.org if rng.random() < 0.6 else _org(rng, self.country, self.city)
        if name == "noun" or name == "noun2":
            return self.noun if name == "noun" and rng.random() < 0.5 else rng.choice(self.topic["nouns"])
        if name in ("good", "good2"):
            return self.good if name == "good" and rng.random() < 0.6 else rng.choice(self.topic["goods"])
        if name == "good_cap":
            g = self.slot("good")
            return g[:1].upper() + g[1:]
        if name in ("money", "money2"):
            return _money(rng)
        if name == "money_big":
            return _money(rng, big=True)
        if name in ("pct", "pct2"):
            return _pct(rng)
        if name in ("pct_small", "pct_small2"):
            return _pct(rng, small=True)
        if name in ("num_small", "num_small2"):
            return f"{rng.randint(120, 48000):,}"
        if name == "num_people":
            return (
                f"{rng.randint(2, 900) * 1000:,}"
                if rng.random() < 0.6
                else f"{rng.randint(11, 95) / 10:g} million"
            )
        if name == "num_tiny":
            return str(rng.randint(2, 12))
        if name == "past_year":
            return str(self.year - rng.randint(1, 12))
        if name == "future_year":
            return str(self.year + rng.randint(1, 10))
        if name == "month":
            return rng.choice(V.MONTHS)
        if name == "weekday":
            return rng.choice(V.WEEKDAYS)
        if name == "date":
            return f"{rng.choice(V.MONTHS)} {rng.randint(1, 28)}"
        if name == "date_full":
            if rng.random() < 0.5:
                return f"{rng.choice(V.WEEKDAYS)}, {rng.choice(V.MONTHS)} {rng.randint(1, 28)}, {self.year}"
            return f"{rng.randint(1, 28)} {rng.choice(V.MONTHS)} {self.year}"
        if name in ("adj", "adj2"):
            return rng.choice(V.ADJECTIVES)
        if name in ("up", "up_pp"):
            return (
                rng.choice(V.CHANGE_UP)
                if name == "up"
                else rng.choice(("risen", "climbed", "increased", "jumped"))
            )
        if name == "down":
            return rng.choice(V.CHANGE_DOWN)
        if name == "say":
            return self.fill(rng.choice(V.SAY), cap=False)
        if name == "role":
            return rng.choice(V.ROLES[12:])
        if name == "a_role":
            role = rng.choice(V.ROLES[12:])
            return ("an " if role[0] in "aeiou" else "a ") + role
        if name == "intl":
            return rng.choice(V.WELL_KNOWN_ORGS)
        if name == "intl_member":
            return rng.choice(("the European Union", "ASEAN", "the G20", "the OECD", "the African Union"))
        if name == "ordinal":
            return rng.choice(_ORDINALS)
        if name == "company":
            return self.company if rng.random() < 0.7 else _company(rng) + " " + rng.choice(V.CORP_SUFFIXES)
        if name == "quote":
            self.last_quote = rng.choice(T.QUOTES)
            return self.fill(self.last_quote)
        if name == "quote2":
            choice = rng.choice(T.QUOTES)
            while choice == getattr(self, "last_quote", None):
                choice = rng.choice(T.QUOTES)
            return self.fill(choice)
        if name == "Title":
            return _title_case(self.fill(rng.choice(T.TITLES)))
        # capitalised forms for titles and headings
        if name[:1].isupper():
            return _title_case(self.slot(_CAPS.get(name, name.lower())))
        raise KeyError(name)

    def fill(self, template: str, cap: bool = True) -> str:
        text = _SLOT.sub(lambda m: self.slot(m.group(1)), template)
        return text[:1].upper() + text[1:] if cap else text


_STATIC = {
    "P": lambda s: f"{s.p_role} {s.p_full}",
    "Pl": lambda s: s.p_last,
    "Pr_lower": lambda s: s.p_role.lower(),
    "Q": lambda s: f"{s.q_role} {s.q_full}" if s.q_role[:1].isupper() else s.q_full,
    "Ql": lambda s: s.q_last,
    "country": lambda s: _the(s.country),
    "demonym": lambda s: V.DEMONYMS[s.country],
    "capital": lambda s: V.CAPITALS[s.country],
    "capital_upper": lambda s: V.CAPITALS[s.country].upper(),
    "partner": lambda s: _the(s.partner),
    "partner_demonym": lambda s: V.DEMONYMS[s.partner],
    "partner_capital": lambda s: V.CAPITALS[s.partner],
    "city": lambda s: s.city if s.rng.random() < 0.5 else s.rng.choice(V.CITIES),
    "city_upper": lambda s: s.city.upper(),
    "region": lambda s: s.region,
    "goal": lambda s: s.goal,
    "Goal": lambda s: _title_case(s.goal),
    "year": lambda s: str(s.year),
    "Outlet": lambda s: s.outlet,
}
_CAPS = {"PartnerCapital": "partner_capital", "FutureYear": "future_year", "Up": "up", "Pct": "pct"}


def _heading(story: Story) -> str:
    return _title_case(story.fill(story.rng.choice(T.HEADINGS)))


def article(seed: int, i: int) -> tuple[str, str]:
    """(relative path, text) of article ``i`` of the corpus with this seed."""
    rng = random.Random(f"briefing-corpus:{seed}:{i}")
    year, month, day = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    story = Story(rng, year, month, day)
    markdown = rng.random() < 0.05
    title = _title_case(story.fill(rng.choice(T.TITLES)))
    sep = rng.choice(("\n\n", "\n\n", "\n\n", "\n", "\n\n\n"))
    parts: list[str] = []
    if not markdown and rng.random() < 0.15:
        parts.extend(rng.sample(T.HEADER_CHROME, rng.randint(1, 3)))
    parts.append(("# " if markdown and rng.random() < 0.5 else "") + title)
    if rng.random() < 0.3:
        parts.append(story.fill(rng.choice(T.DEKS)))
    parts.append(story.fill(rng.choice(T.LEDES)))
    paragraphs = rng.choice((6, 8, 10, 12, 12, 14, 16, 18, 22, 30))
    headings = rng.random() < 0.3
    body = list(T.BODY)
    rng.shuffle(body)
    cursor = 0
    for k in range(paragraphs):
        if headings and k and k % 4 == 0:
            parts.append(("## " if markdown else "") + _heading(story))
        if rng.random() < 0.25:
            quote = story.fill(rng.choice(T.QUOTE_FORMS))
            parts.append(quote if rng.random() < 0.6 else quote + " " + story.fill(body[cursor % len(body)]))
            cursor += 1
        else:
            count = rng.choice((1, 2, 2, 3, 3, 4))
            sentences = [story.fill(body[(cursor + j) % len(body)]) for j in range(count)]
            cursor += count
            parts.append(" ".join(sentences))
        if not markdown and rng.random() < 0.04:
            parts.append(story.fill(rng.choice(T.MIDDLE_CHROME)))
    if not markdown and rng.random() < 0.35:
        parts.extend(story.fill(line) for line in rng.sample(T.TAIL_CHROME, rng.randint(1, 3)))
    text = sep.join(parts) + "\n"
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:48].rstrip("-")
    folder = f"{year}/{month:02d}"
    if markdown:
        date = f"{year}-{month:02d}-{day:02d}"
        author = _person(rng)[0]
        front = (
            f'---\ntitle: "{title}"\noutlet: {story.outlet}\nauthor: {author}\ndate: {date}\n'
            f"url: https://example.org/{year}/{month:02d}/{slug}\n---\n\n"
        )
        body_text = text if text.startswith("# ") else text.split(sep, 1)[1] if sep in text else text
        return f"{folder}/{i:05d}_{slug}.md", front + body_text
    return f"{folder}/{i:05d}_{slug}.txt", text


def generate(out: Path, n: int, seed: int = 1) -> list[Path]:
    """Write ``n`` articles under ``out`` (which must be empty or a previous generated corpus)."""
    out = Path(out)
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise SystemExit(f"{out} is not empty and was not made by this generator; choose another folder")
    if (out / MARKER).exists():
        for old in (out / MARKER).read_text().split("\n")[1:]:
            if old:
                try:
                    os.unlink(out / old)
                except FileNotFoundError:
                    pass
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    made: set[str] = set()
    for i in range(n):
        rel, text = article(seed, i)
        folder = rel.rsplit("/", 1)[0]
        if folder not in made:
            (out / folder).mkdir(parents=True, exist_ok=True)
            made.add(folder)
        path = out / rel
        path.write_text(text, encoding="utf-8")
        written.append(path)
    (out / MARKER).write_text(f"n={n} seed={seed}\n" + "\n".join(str(p.relative_to(out)) for p in written))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the articles into")
    parser.add_argument("--n", type=int, default=1000, help="number of articles, 5 to 50,000 (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="seed (default 1)")
    args = parser.parse_args(argv)
    if not 1 <= args.n <= 50000:
        parser.error("--n must be between 1 and 50,000")
    started = time.perf_counter()
    paths = generate(args.out, args.n, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(
        f"wrote {len(paths)} articles ({size / 1e6:.1f} MB) to {args.out} "
        f"in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
