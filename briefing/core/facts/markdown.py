"""The Markdown briefing of ``briefing export``: what an analyst pastes into a report.

Title, the briefing-wide key facts with their source counts, the differences
between sources, then one section per source. Every fact cites its file and
sentence number. Article text is escaped so it can never become Markdown markup.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from ..plural import counted
from ..sanitize import one_line
from .counts import also_in, other_sources
from .report import Analysed, SentenceNumbers, StoryBrief

_MD_SPECIAL = re.compile(r"([\\`*{}\[\]<>#|~]|(?<!\w)_|_(?!\w))")
MAX_BRIEFING_FACTS = 20
MAX_SOURCE_FACTS = 8


def escape(text: str) -> str:
    """Article text as literal Markdown text on one line."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(text))


def citation(path: str, number: int | None) -> str:
    """`file.txt`, sentence 3: the file name as code (never markup), then the sentence number."""
    name = one_line(os.path.basename(path) or path).replace("`", "'")
    return f"`{name}`, sentence {number}" if number else f"`{name}`"


def _title(analysed: Analysed, label: str) -> str:
    if label:
        return label
    dirs = {os.path.basename(os.path.dirname(os.path.abspath(a.path))) for a in analysed.articles}
    return dirs.pop() if len(dirs) == 1 else "corpus"


def render(analysed: Analysed, label: str = "") -> str:
    numbers = SentenceNumbers(analysed.articles)

    def ref(path: str, start: int) -> str:
        return f"({citation(path, numbers.of(path, start))})"

    out = [f"# Briefing: {escape(_title(analysed, label))}", ""]
    out.append(
        f"{counted(len(analysed.articles), 'article')}, "
        f"{counted(sum(len(f) for f in analysed.facts), 'fact')}, "
        f"{counted(len(analysed.stories), 'story', 'stories')} briefed. "
        "Each fact cites its file and sentence number."
    )
    if not analysed.stories:
        out += ["", "## Key facts", "", "No story is reported by more than one source."]
    for story in analysed.stories:
        out += _story_section(story, numbers, ref, len(analysed.stories) > 1)
    out += ["", "## Sources", ""]
    for article, facts in zip(analysed.articles, analysed.facts, strict=False):
        meta = ", ".join(escape(x) for x in (article.outlet, article.date) if x)
        out.append(f"### {escape(article.title or article.name)}")
        out.append("")
        out.append(f"File: `{one_line(article.path).replace('`', '')}`" + (f" — {meta}" if meta else ""))
        out.append("")
        if not facts:
            out.append("No key facts found.")
        for fact in facts[:MAX_SOURCE_FACTS]:
            also = also_in(other_sources(fact))
            out.append(f"- {escape(fact.text)} {ref(fact.path, fact.start)}" + (f" — {also}" if also else ""))
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _story_section(
    story: StoryBrief, numbers: SentenceNumbers, ref: Callable[[str, int], str], several: bool
) -> list[str]:
    head = "##" if not several else "##"
    out = [""]
    if several:
        out += [f"{head} Story: {escape(story.title or '(untitled)')}", ""]
        out += [
            f"Story `{story.id}`: {counted(story.sources, 'source')}, "
            f"{counted(len(story.members), 'article')}.",
            "",
        ]
    out += ["## Key facts" if not several else "### Key facts", ""]
    items = story.briefing[:MAX_BRIEFING_FACTS]
    if not items:
        out.append("No key facts found.")
    for n, item in enumerate(items, 1):
        also = also_in(other_sources(item))
        refs = "; ".join(citation(s.path, numbers.of(s.path, s.start)) for s in item.sources)
        out.append(f"{n}. {escape(item.fact.text)}" + (f" — **{also}**" if also else "") + f" ({refs})")
    differences = [d for item in items for d in item.differences]
    out += ["", "## Differences" if not several else "### Differences", ""]
    if not differences:
        out.append("No differences found between linked sources.")
    for diff in differences:
        out.append(f"- **{diff.kind}**: {escape(diff.detail)}")
        out.append(f"  - “{escape(diff.a.sentence)}” {ref(diff.a.path, diff.a.start)}")
        out.append(f"  - “{escape(diff.b.sentence)}” {ref(diff.b.path, diff.b.start)}")
    return out
