"""What the site sets inside a copied story, told by the pattern of several lines: a list of
other stories' headlines between two paragraphs, an author's name printed twice (the byline
under the headline and the author box after the story).

A story's own section headings stand alone, each over its paragraphs; a list the story
gives is introduced ("... the candidates are:") or shares one punctuation ("Path A: ...,
Path B: ..."); a name in a story sits inside its sentences. Lines of those shapes stay.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .continuity import names, shares_names
from .ending import list_items
from .shape import (
    headline_shaped,
    is_data_row,
    is_name_shaped,
    is_sentence,
    normalise,
    starts_lower,
    word_count,
)


def inside_story(texts: list[str], reasons: dict[int, str], fixed: set[int], span: tuple[int, int]) -> None:
    """Add to ``reasons`` the lists of links and the repeated names set in the story."""
    reasons.update(headline_runs(texts, reasons, fixed, span))
    reasons.update(repeated_names(texts, reasons, fixed))


RUN = 3  # headline-shaped lines in a row with no paragraph between them: a list of links
MAX_WORDS = 20
_ITEM = re.compile(r"^\s*([-–—•·*▪►]|\(?\d{1,2}[.)])\s")
# the marks of a list's items (dates and places, specifications, "June 9 – Tampa, FL @ Arena"),
# which the headlines of a list of links do not carry
_DATA_MARKS = re.compile(r"[;@(–—]|\s-\s|--")


def _headline(text: str) -> bool:
    """A line that can be another story's headline: three words or more, no sentence end,
    no list marker, no colon leading on, no figures in columns."""
    n = word_count(text)
    return (
        3 <= n <= MAX_WORDS
        and headline_shaped(text, MAX_WORDS)
        and not text.rstrip().endswith((":", ","))
        and not _ITEM.match(text)
        and not starts_lower(text)
        and not is_data_row(text)
    )


def headline_runs(
    texts: list[str], reasons: dict[int, str], fixed: set[int], span: tuple[int, int]
) -> dict[int, str]:
    """Line -> "related links" for each run of ``RUN`` or more headline-shaped lines inside the
    body's stretch ``span`` (lines already dropped between them passed over) that stands next
    to the site's lines and whose lines carry no list item's marks, unless the line before the
    run introduces it or the run is a structured list. ``fixed`` lines (the
    headline, the dek, table rows) are never in a run."""
    a, b = span
    out: dict[int, str] = {}
    run: list[int] = []
    counts: dict[str, int] = {}  # each line's copies on the page, counted once (at the first run)
    for i in range(a, b + 2):
        if i <= b and i in reasons:
            continue
        if i <= b and i not in fixed and _headline(texts[i]):
            run.append(i)
            continue
        if len(run) >= RUN and not _introduced(texts, reasons, run[0]) and not _structured(texts, run):
            if _among_widgets(reasons, run) and not _marked(texts, run) and not _contents(texts, run, counts):
                out.update({k: "related links" for k in run})
            elif _foreign_box(texts, reasons, run, span) and not _contents(texts, run, counts):
                out.update({k: "related links" for k in run})
        run = []
    return out


def _prose_at(texts: list[str], reasons: dict[int, str], k: int, step: int) -> bool:
    """The first line from ``k`` on (by ``step``) the site has not claimed is a paragraph."""
    while 0 <= k < len(texts) and k in reasons:
        k += step
    return 0 <= k < len(texts) and _paragraph(texts[k])


def _paragraph(text: str) -> bool:
    return is_sentence(text) and word_count(text) >= PROSE_RUN_WORDS


PROSE_RUN_WORDS = 8
_SENTENCE_IN = re.compile(r"\.\s+[A-Z]")  # a full stop in or at the end of a line: no headline


def _foreign_box(texts: list[str], reasons: dict[int, str], run: list[int], span: tuple[int, int]) -> bool:
    """A box of other stories' headlines set between two of the story's paragraphs ("Today in
    Sports" over three headlines): a paragraph above and below it, and not one of its lines
    names anyone or anything the story's paragraphs name (the story's own list is about it),
    while half its lines name someone or somewhere past their first word."""
    if not (_prose_at(texts, reasons, run[0] - 1, -1) and _prose_at(texts, reasons, run[-1] + 1, 1)):
        return False
    if any(_DATA_MARKS.search(texts[k]) or _SENTENCE_IN.search(texts[k] + " X") for k in run):
        return False
    if 2 * sum(1 for k in run if names(texts[k])) < len(run):
        return False  # headlines name people and places; a slide's points, a code listing do not
    inside = set(run)
    story = [
        texts[k]
        for k in range(span[0], span[1] + 1)
        if k not in inside and k not in reasons and _paragraph(texts[k])
    ]
    return len(story) >= 3 and not any(shares_names(texts[k], story) for k in run)


def _marked(texts: list[str], run: list[int]) -> bool:
    """The run's lines carry a list item's marks: one of them a separator of dates and places,
    or a third of them commas ("Leather seats, heated", "Bluetooth, USB and AUX")."""
    if any(_DATA_MARKS.search(texts[k]) for k in run):
        return True
    return 3 * sum(1 for k in run if "," in texts[k]) > len(run)


def _contents(texts: list[str], run: list[int], counts: dict[str, int]) -> bool:
    """Half the run's lines are printed again elsewhere: a table of the story's contents, its
    headings set over its sections. ``counts`` (filled here when empty) holds each line's copies:
    counted again for every run, a page of many link lists took quadratic time."""
    if not counts:
        for text in texts:
            counts[normalise(text)] = counts.get(normalise(text), 0) + 1
    return 2 * sum(1 for k in run if counts[normalise(texts[k])] > 1) >= len(run)


def _among_widgets(reasons: dict[int, str], run: list[int]) -> bool:
    """The run stands next to the site's lines (a "More on ..." header, a section label, share
    buttons) or has some between its headlines: a block of links, not the story's list."""
    lo, hi = run[0], run[-1]
    return (lo - 1) in reasons or (hi + 1) in reasons or any(k in reasons for k in range(lo, hi + 1))


def _introduced(texts: list[str], reasons: dict[int, str], first: int) -> bool:
    """The line before the run (dropped lines passed over) leads into it: "... are:"."""
    k = first - 1
    while k >= 0 and k in reasons:
        k -= 1
    return k >= 0 and texts[k].rstrip().endswith(":")


def _structured(texts: list[str], run: list[int]) -> bool:
    """The run's lines share one punctuation: a list the story gives."""
    return len(list_items([texts[k] for k in run])) == len(run)


def repeated_names(texts: list[str], reasons: dict[int, str], fixed: set[int]) -> dict[int, str]:
    """Line -> "byline" for a name alone on its line that the page prints twice or more (the
    byline and the author box: "Jane Doe" ... "Jane Doe"); a line in capitals is a table's
    or a form's label ("CONFIRMED"). An interview's speaker labels stay (``_speaker_labels``)."""
    seen: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if i not in fixed and i not in reasons and is_name_shaped(text) and text.upper() != text:
            seen.setdefault(normalise(text), []).append(i)
    repeated = {name: where for name, where in seen.items() if len(where) >= 2}
    labels = {name for name, where in repeated.items() if _speaker_labels(texts, where, repeated)}
    return {i: "byline" for name, where in repeated.items() if name not in labels for i in where}


PROSE_WORDS = 5  # a turn of an interview: a question or an answer, not "Need help?"
_LABEL = re.compile(r"^\s*(?:Q|A|Q\.|A\.|Question|Answer|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}):\s*$")


def _leads_prose(texts: list[str], i: int) -> bool:
    """The line after ``i`` is a paragraph of prose (an answer, a question), not about the
    name itself ("Jane Doe is our farming reporter.", an author box's bio)."""
    if i + 1 >= len(texts):
        return False
    following = texts[i + 1].strip()
    prose = is_sentence(following) and word_count(following) >= PROSE_WORDS
    return prose and not normalise(following).startswith(normalise(texts[i]))


def _speaker_labels(texts: list[str], where: list[int], repeated: dict[str, list[int]]) -> bool:
    """A repeated name is an interview's speaker label when each time it leads prose, a
    different paragraph each time, and another speaker's label comes between any two of its
    times ("Q:", "SMITH:", another repeated name). A byline and an author box are two times
    around the whole story with no label between; a site's label over each teaser ("Fact
    Check") has no other label between; a carousel repeats the same line after it."""
    if not all(_leads_prose(texts, i) for i in where):
        return False
    if len({normalise(texts[i + 1]) for i in where}) < len(where):
        return False
    others = {i for name_where in repeated.values() if name_where is not where for i in name_where}
    return all(
        any(k in others or _LABEL.match(texts[k]) for k in range(a + 1, b)) for a, b in pairwise(where)
    )
