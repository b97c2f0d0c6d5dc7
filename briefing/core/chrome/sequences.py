"""Chrome that shows in the pattern of several lines rather than in one: a gallery's counters
and the captions between them, a chart's axis labels, a comment thread's attributions.

``sequence_reasons(texts, protected)`` maps line indexes to reasons. Each pattern needs
several lines that agree (counters that count up to one total, figures in a run, two
"... says:" lines), so one line of an article that happens to share a shape stays.
"""

from __future__ import annotations

import re

from .shape import ends_sentence, word_count

# "1/50 United goin down", "12 of 30", "Photo 3 of 12: ..."
_COUNTER = re.compile(
    r"^(?:(?:photo|image|picture|slide|item)\s+)?(\d{1,3})\s*(?:/|of)\s*(\d{1,3})\b(?![/.:,]\d)\s*[:.|–—-]?\s*(.*)$",
    re.I,
)
# a chart's labels: a figure, a year, a unit, alone ("$915", "’17", "billion", "40%")
_FIGURE = re.compile(
    r"^[-+−]?[$€£¥]?[’']?\d[\d.,]*\s*(%|[kmb]n?|bn|pts?)?$|^(billion|million|thousand|trillion|percent|"
    r"per cent|%)$",
    re.I,
)
# "jane_doe says:", "Mark Jones said:", "Anna commented on March 3, 2020:"
_ATTRIBUTION = re.compile(r"^\S+(\s+\S+){0,3}\s+(says|said|replied|commented)(\s+on\s.{0,60})?:$", re.I)
# the buttons and counts under a comment
_COMMENT_TOOLS = re.compile(
    r"^((reply|report|flag|like|dislike|upvote|downvote|share|permalink|edit|delete|hide|"
    r"\d+\s+(likes?|votes?|replies|points?|upvotes?)|rating:\s*[-+]?\d+(\s+votes?)?)"
    r"\s*[·|•,]?\s*){1,4}$",
    re.I,
)
MIN_RUN = 3


def _gallery(texts: list[str], out: dict[int, str]) -> None:
    """Counters of one total counting up (1/50, 2/50, 3/50...): the counters and the
    captions and credits between the first and the last are the gallery's."""
    found: list[tuple[int, int, int]] = []  # (line, number, total)
    for i, text in enumerate(texts):
        m = _COUNTER.match(text.strip())
        if m and word_count(m.group(3)) <= 16 and 0 < int(m.group(1)) <= int(m.group(2)):
            found.append((i, int(m.group(1)), int(m.group(2))))
    run: list[tuple[int, int, int]] = []
    for item in [*found, (-1, 0, 0)]:
        if run and item[2] == run[-1][2] and item[1] == run[-1][1] + 1 and item[0] - run[-1][0] <= 8:
            run.append(item)
            continue
        if len(run) >= MIN_RUN:
            first, last = run[0][0], run[-1][0]
            counters = {line for line, _, _ in run}
            for k in range(first, last + 1):
                out.setdefault(k, "series counter" if k in counters else "gallery caption")
            # the last photo's caption: as far as the usual gap between counters
            gaps = sorted(b - a for (a, _, _), (b, _, _) in zip(run, run[1:], strict=False))
            for k in range(last + 1, min(len(texts), last + gaps[len(gaps) // 2])):
                out.setdefault(k, "gallery caption")
        run = [item]


def _chart(texts: list[str], protected: set[int], out: dict[int, str]) -> None:
    """A run of lines that are each a figure or a unit: a chart's labels and axis."""
    run: list[int] = []
    for i, text in enumerate([*texts, "."]):
        if i < len(texts) and i not in protected and _FIGURE.match(text.strip()):
            run.append(i)
            continue
        if len(run) >= MIN_RUN:
            out.update({k: "chart labels" for k in run if k not in out})
        run = []


def _comments(texts: list[str], out: dict[int, str]) -> None:
    """Two or more "name says:" lines make a comment thread: they and the buttons under the
    comments ("Reply", "Report", "12 Likes") are the site's. "Name said:" counts only beside
    such buttons (a story introduces its quotes so too), "... wrote:" never (a story quotes a
    letter or a mail so)."""
    said = [i for i, t in enumerate(texts) if word_count(t) <= 12 and _ATTRIBUTION.match(t.strip())]
    tools = [i for i, t in enumerate(texts) if not ends_sentence(t) and _COMMENT_TOOLS.match(t.strip())]
    if not tools:
        said = [i for i in said if texts[i].rstrip(": ").lower().endswith("says")]
    if len(said) < 2:
        return
    for i in said:
        out.setdefault(i, "comment thread")
    for i in tools:
        if i >= said[0]:
            out.setdefault(i, "comment form")


# "#3 Jane on 2013/12/28 10:28", "#2 — January 7, 2008 @ 13:15PM — Chris": a numbered post's header
_NUMBERED_POST = re.compile(
    r"^#(\d{1,4})\b.{0,80}(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\b\d{1,2}:\d{2}|\b(19|20)\d\d\b).{0,40}$"
)


def _numbered_posts(texts: list[str], out: dict[int, str]) -> None:
    """Three or more dated post headers numbered #1, #2, #3... (each one more than the one
    before, skipped numbers allowed for deleted posts) make a comment thread."""
    found = [(i, m) for i, t in enumerate(texts) if (m := _NUMBERED_POST.match(t.strip()))]
    numbers = [int(m.group(1)) for _, m in found]
    if (
        len(found) >= MIN_RUN
        and numbers[0] <= 2
        and all(b > a for a, b in zip(numbers, numbers[1:], strict=False))
    ):
        out.update({i: "comment thread" for i, _ in found if i not in out})


def sequence_reasons(texts: list[str], protected: set[int]) -> dict[int, str]:
    """Line index -> reason for the lines that belong to a gallery, a chart or a thread. A
    gallery's counters and a thread's numbered post headers count even where their figures
    made them look like a table row."""
    gallery: dict[int, str] = {}
    _gallery(texts, gallery)
    _numbered_posts(texts, gallery)
    out: dict[int, str] = {}
    _chart(texts, protected, out)
    _comments(texts, out)
    out = {i: r for i, r in out.items() if i not in protected}
    kept = ("series counter", "comment thread")
    out.update({i: r for i, r in gallery.items() if r in kept or i not in protected})
    return out


# an interview's turn labels alone on their line: "Q", "A.", "F:" (Frage), "R)" (réponse)
_TURN_LABEL = re.compile(r"^\s*([QAFR])\s*[.:)]?\s*$")
MIN_TURN_WORDS = 3


def interview_labels(texts: list[str]) -> set[int]:
    """Lines that are an interview's bare turn labels ("Q" over a question, "A" over its answer):
    each over a line of three words or more that is no label, two letters or more among them,
    and one at least over a question. A text-size button ("A") stands over no such line."""
    labels = {
        i: match.group(1)
        for i, text in enumerate(texts[:-1])
        if (match := _TURN_LABEL.match(text))
        and not _TURN_LABEL.match(texts[i + 1])
        and word_count(texts[i + 1]) >= MIN_TURN_WORDS
    }
    asks = any(texts[i + 1].rstrip("\"'”’ ").endswith(("?", "？")) for i in labels)
    return set(labels) if asks and len(set(labels.values())) >= 2 else set()
