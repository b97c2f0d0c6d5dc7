"""Halls of fame: "the Pro Football Hall of Fame", "the Rock & Roll Hall of Fame" are organisations.

A hall of fame is an institution named by its field in capitalised words before "Hall of Fame"
("Pro Football", "International Tennis", "Rock and Roll": words joined by "and" or "&"). The whole
name is one ORG, whatever the words inside it were read as ("Rock" a person, "Tennis" nothing,
"Hall" a surname). "the Hall of Fame" alone is the same institution. "Hall of Famer" is a person
noun ("Hall of Famer Jo Doe": Jo Doe is the name), and a possessive before the name stays outside
it ("Canton's Pro Football Hall of Fame").
"""

from __future__ import annotations

import re

Span = tuple[int, int, str, str]

_WORD = r"(?!The )[A-Z][\w.’'-]*(?<!['’]s)(?<![.'’])"
_HALL = re.compile(
    r"(?<![\w'’&-])((?:" + _WORD + r"(?: (?:and|&) " + _WORD + r")? ){0,4}?)Hall of Fame(?![\w-])"
)


def apply(found: list[Span], content: str) -> list[Span]:
    """Mentions with each hall of fame one ORG, the names found inside it dropped."""
    if "Hall of Fame" not in content:
        return found
    halls = [(m.start(), m.end()) for m in _HALL.finditer(content)]
    if not halls:
        return found
    kept = [sp for sp in found if not any(s < sp[1] and sp[0] < e for s, e in halls)]
    kept.extend((s, e, "ORG", " ".join(content[s:e].split())) for s, e in halls)
    return sorted(kept)
