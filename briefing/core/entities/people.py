"""Person-name rules of the chunker: names that start with a given name, and names that a title,
an honorific or a family name marks.

- "Donald Trump", "von der Leyen": a known given name (and name particles) starts a name;
- "Ms King", "Mr Justice Eady": after an honorific a title word with no name after it is the
  surname itself;
- "Rapper Eminem", "Analyst Jane Doe": a role word starting a sentence introduces a name.
"""

from __future__ import annotations

from .gazetteer import TITLE, Entry
from .guess import BlockResult
from .lookup import PhraseLookup
from .rules import INITIALS, SENTENCE_ROLES_AMBIGUOUS
from .tokens import Unit

HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."}
# Titles of royals, peers and knights: before one known word with no capitalised word after it, that
# word is the name ("Baroness Kennedy", "Lord Ashcroft", "Princess Charlotte"), not the place or
# company it also names.
PEERAGE = {"Lord", "Lady", "Baroness", "Baron", "Sir", "Dame", "Viscount", "Viscountess", "Prince",
           "Princess", "King", "Queen", "Duke", "Duchess", "Countess", "Marquess"}  # fmt: skip
# Generational suffixes that end a person's name ("Martin Luther King Jr.", "Ricky Doe IV").
NAME_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}
# Dotted abbreviations that start a club's, a firm's or a place's name, never a person's initials.
NOT_INITIALS = {"F.C.", "A.C.", "S.C.", "C.F.", "S.A.", "A.S.", "D.C.", "U.S.", "U.K.", "U.N.", "E.U.",
                "A.M.", "P.M.", "N.Y.", "L.A.", "S.S."}  # fmt: skip


class PersonRules(PhraseLookup):
    """Person-name rules over a segment of capitalised units (mixed into the chunker)."""

    def _honorific_title(self, seg: list[Unit], i: int, found: tuple[int, Entry, int] | None) -> bool:
        """A title word right after an honorific with no name after it: the surname ("Ms King")."""
        if not found or found[1].type != TITLE or found[0] != i + 1 or i == 0:
            return False
        if seg[i - 1].text not in HONORIFICS or seg[i].text not in self.gaz.family_names:
            return False  # "Mr. President": an address, no name
        return found[0] >= len(seg) or not seg[found[0]].cap

    def _sentence_role(self, seg: list[Unit], i: int) -> bool:
        """A role word starting a sentence before a capitalised name ("Rapper Eminem")."""
        u = seg[i]
        word = u.text.lower()
        return (
            u.sent_start
            and i + 1 < len(seg)
            and seg[i + 1].cap
            and word in self.gaz.roles
            and word not in SENTENCE_ROLES_AMBIGUOUS
            and self.longest(seg, i + 1) is None
        )

    def _given_name(self, seg: list[Unit], i: int) -> int:
        """End index of a name starting with a known given name ("Donald Trump"), else 0."""
        gaz = self.gaz
        u = seg[i]
        given = u.text in gaz.given_names or (
            u.parts and u.parts[0][2] in gaz.given_names and gaz.phrases.get(u.text) is None
        )
        initials = not given and len(u.text) >= 4 and INITIALS.match(u.text) is not None
        if initials and (
            u.text in NOT_INITIALS
            or gaz.phrases.get(u.text) is not None
            or i + 1 >= len(seg)
            or seg[i + 1].text.isupper()
        ):
            return 0  # "U.S.", "J.J. KENNY K-SHEETS"
        given = given or initials  # "T.J. Ford", "A.J. Price": two initials that spell no known name
        if not given or u.poss or i + 1 >= len(seg):
            return 0
        if not seg[i + 1].cap and not self._particles_to_cap(seg, i + 1):
            return 0
        own = gaz.phrases.get(u.text)
        nxt = seg[i + 1]
        if (
            i > 0
            and seg[i - 1].text in HONORIFICS
            and nxt.text in gaz.common
            and nxt.text[1:].islower()
            and (i + 2 >= len(seg) or not seg[i + 2].cap)
        ):
            return i + 2  # "Dr. Samuel West": after an honorific a word is the family name
        if (
            (nxt.text in gaz.common and nxt.text not in gaz.months)
            or nxt.text in gaz.given_names
            and nxt.poss
        ):
            return 0
        found = self.longest(seg, i)
        if found and found[0] > i + 1:
            return 0  # a longer known phrase ("Victoria Day")
        nxt_found = self.longest(seg, i + 1)
        if (
            nxt_found
            and nxt_found[1].type == TITLE
            and own is None
            and nxt.text in gaz.family_names
            and (i + 2 >= len(seg) or not seg[i + 2].cap)
        ):
            return i + 2  # "Oona King": a title word that is the family name
        if nxt_found and (own is not None or nxt_found[0] > i + 2 or nxt_found[1].type == TITLE):
            return 0
        j = i + 1
        words = 1
        while j < len(seg) and words < 4:
            w = seg[j]
            month = j == i + 1 and w.text in gaz.months  # "Theresa May", "Brian May"
            if w.cap and (w.text not in gaz.common or month) and (j == i + 1 or self._name_goes_on(seg, j)):
                j += 1
                words += 1
                if w.poss:
                    break
            elif self._particles_to_cap(seg, j):
                j = self._particles_to_cap(seg, j)
            else:
                break
        if initials and j < len(seg) and seg[j].text == "&":
            return 0  # "A.G. Edwards & Sons": a firm
        return j if j > i + 1 and seg[j - 1].cap else 0

    def _name_goes_on(self, seg: list[Unit], j: int) -> bool:
        """Whether ``seg[j]`` continues a person's name begun before it: an unknown word, or any
        word after a middle initial or before a generational suffix ("John F. Kennedy",
        "Martin Luther King Jr."), or a title word that is a family name ending it ("Billie Jean
        King")."""
        found = self.longest(seg, j)
        if found is None or seg[j].text in NAME_SUFFIXES:
            return True
        if (
            found[1].type == TITLE
            and seg[j].text in self.gaz.family_names
            and (j + 1 >= len(seg) or not seg[j + 1].cap)
        ):
            return True  # "Billie Jean King": a title word that is the family name, last
        if seg[j - 1].poss:
            return False
        initial = INITIALS.match(seg[j - 1].text) is not None and len(seg[j - 1].text) == 2
        suffix = j + 1 < len(seg) and seg[j + 1].text in NAME_SUFFIXES and not seg[j].poss
        return initial or suffix

    def _particles_to_cap(self, seg: list[Unit], j: int) -> int:
        """Index of the capitalised unit after name particles at seg[j] ("von der Leyen"), else 0."""
        k = j
        while k < len(seg) and k - j < 3 and seg[k].text in self.gaz.particles:
            k += 1
        return k if k > j and k < len(seg) and seg[k].cap else 0

    def _emit_person(self, chunk: list[Unit], result: BlockResult) -> None:
        text = " ".join(u.text for u in chunk)
        result.mentions.append((chunk[0].start, chunk[-1].end, "PERSON", text))
