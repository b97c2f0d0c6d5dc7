"""Named-entity extraction (rule-based, no model): ``extract(article) -> list[Mention]``.

Only the title, dek, heading and body blocks are scanned; dropped web chrome
never is. Per block: regular expressions find DATE/MONEY/PERCENT/QUANTITY
(:mod:`.patterns`), then capitalised phrases are typed from the gazetteer and
their context (:mod:`.chunker`). An article-level pass (:mod:`.canonical`)
then resolves short forms ("Carney" -> Mark Carney, acronyms defined in the
text) and gives every mention its canonical name.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .. import language
from ..model import Article, Mention
from . import (
    attach,
    binomials,
    canonical,
    celestial,
    clubs,
    consistency,
    designations,
    echoes,
    expansions,
    firms,
    foreign,
    front_office,
    full_names,
    halls,
    indices,
    institutions,
    leftovers,
    lineups,
    models,
    neighbours,
    numbered,
    patterns,
    places,
    possessive_firms,
    products,
    retype,
    rows,
    stations,
    surnames,
    tables,
    technologies,
    tokens,
    works,
)
from .chunker import Chunker
from .gazetteer import CALENDAR, TITLE, Gazetteer, norm
from .rules import MEDIA_HEADS
from .runs import _mostly_upper, _runs
from .sports import leagues, national_teams, nicknames, position_owners
from .sports import teams as teams_in_prose
from .tokens import Unit
from .user import gazetteer_for

__all__ = ["extract", "gazetteer_for", "set_corpus", "Extractor"]

HEADLINE_KINDS = ("title", "dek", "heading")
Span = canonical.Span  # start, end, type, canonical name
_corpus: Path | None = None


def set_corpus(corpus: Path | None) -> None:
    """Make later ``extract`` calls also read ``<corpus>/.briefing-index/entities.yaml``."""
    global _corpus
    _corpus = Path(corpus) if corpus is not None else None


class Extractor:
    """The extractor for one gazetteer (compiled once, reused for every article)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.chunker = Chunker(gaz)

    def extract(self, article: Article) -> list[Mention]:
        content = article.content
        found: list[Span] = []
        pending: list[list[Unit]] = []
        acronym_spans: list[canonical.Definition] = []
        weak: set[tuple[int, int]] = set()
        teams: set[str] = set()
        fixed: set[tuple[int, int]] = set()  # datelines: places whatever else the name is
        sports, lower = tables.sports_article(content), tables.LowerWords(content)
        for block in article.blocks:
            if block.kind not in HEADLINE_KINDS and block.kind != "body":
                continue
            text = content[block.start : block.end]
            headline = block.kind in HEADLINE_KINDS and not (block.kind == "dek" and _sentence(text))
            spans = [sp for sp in patterns.find(text, self.gaz) if not _masthead(text, sp, self.gaz)]
            for s, e, kind in spans:
                found.append((block.start + s, block.start + e, kind, " ".join(text[s:e].split())))
            taken = [(block.start + s, block.start + e) for s, e, _ in spans]
            offset = 0
            for line in text.split("\n"):
                base = block.start + offset
                offset += len(line) + 1
                if not line.strip():
                    continue
                for s, e, kind in tables.dateline(line, self.gaz):
                    name = " ".join(line[s:e].split())
                    entry = self.gaz.caps.get(name.upper())
                    found.append((base + s, base + e, kind, entry.canonical if entry else name.title()))
                    taken.append((base + s, base + e))
                    fixed.add((base + s, base + e))
                taken.sort()
                units = tokens.units(line, base, self.chunker.keep)
                if taken:
                    units = _outside(units, taken)
                table = tables.table_line(line)
                if table:
                    units = self._table(line, base, units, sports, found, teams, lower)
                elif not headline and tables.list_line(line) >= 0:
                    units = self._list(line, base, units, tables.list_line(line), found)
                result = self.chunker.block(line, base, units, headline and not table)
                found.extend(result.mentions)
                pending.extend(result.pending)
                weak |= result.weak
            if not headline:
                acronym_spans.extend(canonical.acronym_definitions(content, block.start, block.end))
        sports = sports or clubs.named(found, content, self.gaz) >= 2  # "Juventus", "Boca Juniors"
        spelled = canonical.terms(found, acronym_spans, content) | technologies.terms(content, self.gaz)
        if spelled:  # "radio frequency ID (RFID)": a term, whatever rule typed it
            found = [sp for sp in found if content[sp[0] : sp[1]] not in spelled]
        if sports:
            found, more = teams_in_prose(found, content, self.gaz, fixed, teams)
            teams |= more
        headlines = [(b.start, b.end) for b in article.blocks if b.kind in HEADLINE_KINDS]
        found, pending = full_names.apply(found, pending, content, self.gaz, headlines)
        found, pending = possessive_firms.apply(found, pending, content, self.gaz)
        found, pending = consistency.apply(found, weak, teams, pending, content, self.gaz, fixed)
        found, left = canonical.resolve(found, pending, acronym_spans, content, self.gaz, spelled, sports)
        found = attach.suffixes(leftovers.apply(found, left, content, self.gaz, sports), content)
        found = expansions.apply(attach.demonym_pairs(found, content), content)
        inline = [(b.start, b.end) for b in article.blocks if b.kind == "body"]
        if sports:
            found = self._sports(found, content, inline, fixed)
        found = national_teams(found, content, self.gaz)  # "Team GB" at the Olympics too
        found = places.apply(found, content, self.gaz)
        found = neighbours.owners(sorted(found), content, self.gaz)
        found = products.apply(firms.apply(found, content, self.gaz, fixed), content, self.gaz)
        found = designations.apply(found, content, self.gaz)
        found = neighbours.headline_people(found, content, headlines, self.gaz)
        if sports:
            found = neighbours.clubs_in_lists(found, content, self.gaz, fixed)
        found = retype.apply(found, content, self.gaz, fixed, sports)
        found = echoes.apply(numbered.apply(found, content, self.gaz), content, self.gaz, inline, headlines)
        found = celestial.apply(works.apply(models.apply(found, content), content, self.gaz), content)
        found = surnames.apply(institutions.apply(found, content, self.gaz, sports), content, self.gaz)
        found = rows.apply(halls.apply(found, content), content, self.gaz, article.blocks)
        found = full_names.tidy(stations.apply(binomials.apply(found, content), content), content, self.gaz)
        out = _mentions(tables.stages(indices.apply(found, content), content), content, self.gaz.ignore)
        if out and not language.english(_kept_text(article)):
            return foreign.keep_known(out, self.gaz)
        return out

    def _sports(
        self, found: list[Span], content: str, inline: list[tuple[int, int]], fixed: set[tuple[int, int]]
    ) -> list[Span]:
        """A sports report's passes once the names are resolved: nicknames, leagues, the clubs'
        positions ("the Chelsea striker", "Leeds striker Jo Doe": kept in ``fixed``) and their names."""
        found = leagues(nicknames(found, content, self.gaz), content, self.gaz.common)
        found = front_office.apply(found, content)
        found = position_owners(found, content, self.gaz.countries, fixed, self.gaz)
        return lineups.apply(clubs.retype(found, content, self.gaz, inline), content, self.gaz)

    def _table(
        self,
        line: str,
        base: int,
        units: list[Unit],
        sports: bool,
        found: list[Span],
        teams: set[str],
        lower: tables.LowerWords | None = None,
    ) -> list[Unit]:
        """Type the capitalised runs of a table line; return the units left to the prose rules
        (``lower``: the article's words in lower case, see ``tables.type_run``)."""
        caps = _mostly_upper(line)
        units = [u for u in units if u.text not in tables.SEPARATORS]  # "ENGLAND V ITALY"
        taken: set[int] = set()
        for i, j in _runs(units, caps):
            for run in self._table_runs(units[i:j], caps):
                hit = self.chunker.longest(run, 0, caps)
                known = hit[1] if hit and hit[0] == len(run) else None
                kind = tables.type_run(run, line, base, self.gaz, known, sports, lower)
                if kind is None:
                    continue
                taken.update(u.start for u in run)
                same = known.canonical if known is not None and known.type == kind else None
                if known is not None and known.type == "GPE" and kind == "ORG":
                    teams.add(consistency.key_of(line[run[0].start - base : run[-1].end - base]))
                found.append((run[0].start, run[-1].end, kind, same or _name(run)))
        return [u for u in units if u.start not in taken]

    def _list(self, line: str, base: int, units: list[Unit], start: int, found: list[Span]) -> list[Unit]:
        """Items of a list line share a type: a list of mostly people is all people."""
        body = [u for u in units if u.start >= base + start]
        items = [body[i:j] for i, j in _runs(body, False)]
        kinds: list[str | None] = []
        for run in items:
            hit = self.chunker.longest(run, 0)
            if hit and hit[0] == len(run):
                kinds.append(hit[1].type if hit[1].type not in (TITLE, CALENDAR) else None)
            else:
                kinds.append("PERSON" if tables.person_shaped(run, self.gaz) else None)
        decided = [k for k in kinds if k]
        if len(decided) < 2 or decided.count("PERSON") < 0.6 * len(decided):
            return units
        left = [u for u in units if u.start < base + start]
        for run, kind in zip(items, kinds, strict=True):
            if kind in (None, "PERSON") and not all(tables.ordinary(u.text, self.gaz) for u in run):
                found.append((run[0].start, run[-1].end, "PERSON", _name(run)))
            else:
                left.extend(run)
        return sorted(left, key=lambda u: u.start)

    def _table_runs(self, run: list[Unit], caps: bool) -> list[list[Unit]]:
        """An all-caps run split at known names and ordinary words ("JAPAN BEAT SYRIA"); a
        title-case one at a possessive and before "of" and a known place ("Russia's Jane Doe",
        "Jane Doe of Russia": a player and her country)."""
        if len(run) == 1:
            return [run]
        if not caps:
            return self._nationality_split(run)
        out: list[list[Unit]] = []
        chunk: list[Unit] = []
        i = 0
        while i < len(run):
            hit = self.chunker.longest(run, i, True)
            if hit or tables.ordinary(run[i].text, self.gaz):
                if chunk:
                    out.append(chunk)
                    chunk = []
                if hit:
                    out.append(run[i : hit[0]])
                    i = hit[0]
                    continue
                out.append(run[i : i + 1])
            else:
                chunk.append(run[i])
            i += 1
        if chunk:
            out.append(chunk)
        return out

    def _nationality_split(self, run: list[Unit]) -> list[list[Unit]]:
        cut = next((k + 1 for k, u in enumerate(run[:-1]) if u.poss and self._names_country(run, k)), 0)
        if cut:
            return [run[:cut], *self._nationality_split(run[cut:])]
        for k, u in enumerate(run[1:-1], 1):
            hit = self.chunker.longest(run, k + 1) if u.text == "of" else None
            if hit and hit[0] == len(run) and hit[1].type in ("GPE", "LOC"):
                return [run[:k], run[k + 1 :]]
        return [run]

    def _names_country(self, run: list[Unit], k: int) -> bool:
        """Whether the run's words up to ``run[k]`` (from any start) are a known country."""
        for i in range(k + 1):
            hit = self.chunker.longest(run[: k + 1], i)
            if hit and hit[0] == k + 1:
                return hit[1].canonical in self.gaz.countries
        return False


def _sentence(text: str) -> bool:
    """A dek written as a sentence ("Donald Trump has said that more than once."): prose, not a
    headline's title case."""
    words = text.split()
    return len(words) >= 5 and sum(1 for w in words if w[:1].islower()) >= 0.4 * len(words)


def _kept_text(article: Article) -> str:
    """The article's own text (headlines and body), what its language is judged on."""
    content = article.content
    return "\n".join(
        content[b.start : b.end] for b in article.blocks if b.kind == "body" or b.kind in HEADLINE_KINDS
    )


def _mentions(found: list[Span], content: str, ignore: set[str]) -> list[Mention]:
    """The spans in order as mentions, leaving out each one overlapping a kept one, each ignored
    name, any span across a line's end (a name never runs from one line into the next) and a
    person of one letter ("Gen Z", "President X" of a thought experiment)."""
    out = []
    last_end = -1
    for start, end, kind, canon in found:
        if start < last_end or end <= start or "\n" in content[start:end]:
            continue
        if kind == "PERSON" and end - start == 1:
            continue
        if ignore and norm(content[start:end]) in ignore:
            continue
        out.append(Mention(content[start:end], kind, canon, start, end))
        last_end = end
    return out


def _masthead(text: str, span: tuple[int, int, str], gaz: Gazetteer) -> bool:
    """A weekday that starts a newspaper's name ("the Sunday Times"), or a date word that ends a
    known name ("USA Today"), no date."""
    s, e, kind = span
    if kind != "DATE":
        return False
    if text[s:e][:1].isupper() and text[s - 1 : s] == " ":
        words = text[max(0, s - 40) : s].split()
        for k in range(1, min(3, len(words)) + 1):
            if gaz.lookup(" ".join([*words[-k:], text[s:e]])) is not None:
                return True
    if text[s:e] not in gaz.weekdays:
        return False
    nxt = text[e : e + 12].split(maxsplit=1)
    word = nxt[0].rstrip(".,;:") if nxt else ""
    for tail in ("'s", "’s"):
        word = word.removesuffix(tail)
    return text[e : e + 1] == " " and word in MEDIA_HEADS


def _name(run: list[Unit]) -> str:
    text = " ".join(u.text for u in run)
    return text.title() if text.isupper() and len(text) > 4 else text


def _outside(units: list[Unit], spans: list[tuple[int, int]]) -> list[Unit]:
    """The units that overlap none of the (sorted) spans; a unit after one left out is no longer
    next to the unit before that ("Jo Pavey will miss January's View": no "Jo Pavey View")."""
    out = []
    k = 0
    gap = False
    for u in units:
        while k < len(spans) and spans[k][1] <= u.start:
            k += 1
        if k < len(spans) and spans[k][0] < u.raw_end and u.start < spans[k][1]:
            gap = True
            continue
        out.append(replace(u, space_before=False) if gap and u.space_before else u)
        gap = False
    return out


_extractors: dict[int, Extractor] = {}


def extractor(corpus: Path | None = None) -> Extractor:
    """The cached extractor for the built-in + user (+ corpus) gazetteer."""
    gaz = gazetteer_for(corpus if corpus is not None else _corpus)
    ext = _extractors.get(id(gaz))
    if ext is None or ext.gaz is not gaz:
        _extractors.clear()
        ext = _extractors[id(gaz)] = Extractor(gaz)
    return ext


def extract(article: Article, corpus: Path | None = None) -> list[Mention]:
    """Every entity mention in the article's title, dek, headings and body, with source offsets."""
    return extractor(corpus).extract(article)
