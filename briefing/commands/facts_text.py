"""Text output of ``briefing facts``: Rich text on a terminal, plain lines in a pipe.

Article text is data: it is sanitised and added to Rich ``Text`` objects as
plain strings with styles, never formatted into markup.
"""

from __future__ import annotations

import sys

from ..core.facts.counts import also_in, other_sources
from ..core.facts.report import Analysed, SentenceNumbers, cite
from ..core.plural import counted
from ..core.sanitize import for_terminal, one_line

# a difference between sources: red reads on a dark and on a light terminal (yellow was
# 1.7:1 on white)
DIFFERS = "bold red"


def emit(lines: list[list[tuple[str, str]]]) -> None:
    """Print lines of (text, style) pieces: styled on a terminal, plain otherwise.

    Every piece is made terminal-safe here, whatever built it (file names in
    citations come from disk too).
    """
    from .output import is_terminal, use_color

    lines = [[(for_terminal(text, keep_newlines=False), style) for text, style in pieces] for pieces in lines]
    if not is_terminal():
        for pieces in lines:
            sys.stdout.write("".join(text for text, _ in pieces) + "\n")
        return
    from rich.text import Text

    from .output import console

    con = console()
    color = use_color()
    for pieces in lines:
        line = Text()
        for text, style in pieces:
            line.append(text, style=style if color and style else None)
        con.print(line)


def print_articles(analysed: Analysed) -> None:
    numbers = SentenceNumbers(analysed.articles)
    lines: list[list[tuple[str, str]]] = []
    for n, (article, facts) in enumerate(zip(analysed.articles, analysed.facts, strict=False)):
        if n:
            lines.append([])
        lines.append([(one_line(article.path), "bold"), ("  ", ""), (one_line(article.title), "italic")])
        if not facts:
            lines.append([("  (no facts found)", "dim")])
        for rank, fact in enumerate(facts, 1):
            kind = [(f"[{fact.kind}] ", "cyan")] if fact.kind else []
            lines.append([(f"{rank:3d}. ", "dim"), *kind, (one_line(fact.text), "")])
            where = [
                (f"     {cite(fact.path, numbers.of(fact.path, fact.start))}", "dim"),
                (f"  score {fact.score:.2f}", "dim"),
            ]
            if fact.corroborated_by:
                refs = sorted({(r.path, numbers.of(r.path, r.start) or 0) for r in fact.corroborated_by})
                where.append(
                    (f"  {also_in(other_sources(fact))}: {'; '.join(cite(p, n) for p, n in refs)}", "green")
                )
            lines.append(where)
            for diff in fact.differences:
                lines.append(
                    [
                        ("     differs: ", DIFFERS),
                        (one_line(diff.detail), DIFFERS),
                        (f"  [{cite(diff.b.path, numbers.of(diff.b.path, diff.b.start))}]", "dim"),
                    ]
                )
    emit(lines)


def print_briefing(analysed: Analysed) -> None:
    numbers = SentenceNumbers(analysed.articles)
    count = len(analysed.stories)
    lines: list[list[tuple[str, str]]] = [
        [
            (
                f"Briefing: {counted(count, 'story', 'stories')} of 2+ sources, "
                f"{counted(len(analysed.briefing), 'key fact')} "
                f"from {counted(len(analysed.articles), 'article')}",
                "bold",
            )
        ]
    ]
    if not analysed.stories:
        lines.append([("  (no story is reported by more than one source)", "dim")])
    for story in analysed.stories:
        lines.append([])
        lines.append(
            [
                (f"Story: {one_line(story.title) or '(untitled)'}", "bold"),
                (
                    f"  [{story.id}] {counted(story.sources, 'source')}, "
                    f"{counted(len(story.members), 'article')}",
                    "dim",
                ),
            ]
        )
        for rank, item in enumerate(story.briefing, 1):
            lines.extend(_item_lines(rank, item, numbers))
    emit(lines)


def _item_lines(rank: int, item, numbers: SentenceNumbers) -> list[list[tuple[str, str]]]:
    also = also_in(other_sources(item))
    lines = [
        [(f"{rank:3d}. ", "dim"), (one_line(item.fact.text), ""), (f"  ({also})" if also else "", "green")]
    ]
    for ref in item.sources:
        lines.append(
            [
                (f"       {cite(ref.path, numbers.of(ref.path, ref.start))}: ", "dim"),
                (_evidence(ref.sentence), "dim"),
            ]
        )
    for diff in item.differences:
        lines.append(
            [
                (f"       differs ({diff.kind}): ", DIFFERS),
                (one_line(diff.detail), DIFFERS),
                (
                    f"  [{cite(diff.a.path, numbers.of(diff.a.path, diff.a.start))} vs "
                    f"{cite(diff.b.path, numbers.of(diff.b.path, diff.b.start))}]",
                    "dim",
                ),
            ]
        )
    return lines


EVIDENCE_CAP = 1000  # characters: a "sentence" that long is a page without full stops


def _evidence(sentence: str) -> str:
    """A supporting sentence whole, on one line (cut, with "…", only past ``EVIDENCE_CAP``)."""
    text = one_line(sentence)
    if len(text) <= EVIDENCE_CAP:
        return text
    return text[:EVIDENCE_CAP].rsplit(" ", 1)[0] + "…"
