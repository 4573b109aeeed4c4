"""People named in a document: their names as the parser finds them, compared with the people
the gazetteer knows and with each other, so that a misspelt or partial name is the same person.

"Volodimir Zelensly" is Volodymyr Zelensky (surname one letter off, first name two); "Tebboune"
alone, after "Abdelmadjid Tebboune", is the same man; "Ashley Biden" is not Joe Biden (the first
names differ by far more than a spelling).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.nlp.extract.words import feature
from kg.nlp.gazetteer import Gazetteer
from kg.text import fold

# the letters after a name's capital; the capital itself is any upper-case letter, beyond Latin-1
# too ('Šakalienė', 'Łukasz', 'Ștefan'), which a range of letters such as A-Z, À-Ý leaves out
_NAME_TAIL = re.compile(r"[\w'’.\-]*")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
_CIVILITY = {"M.", "Mme", "MM.", "Mlle", "Dr", "Me"}
PARTICLES = {"de", "du", "des", "van", "von", "der", "den", "da", "di", "al", "el", "ben", "bin", "ibn", "le", "la"}
# 'al-Burhane', 'el-Sissi', 'ash-Sharaa', 'ould-Ghazouani': a surname glued to the Arabic article (or to
# 'ben', 'ould': son of), written in lower case
GLUED_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ben", "bin", "ould"})
MAX_FIRST_NAME_EDITS = 2  # 'Abelmadjid' / 'Abdelmadjid', 'Volodimir' / 'Volodymyr'
MAX_SURNAME_EDITS = 1  # 'Zelensly' / 'Zelensky', only for surnames of six letters or more


@dataclass(frozen=True)
class Name:
    """A person's name as written: its words (hyphenated parts joined) and where it stands."""

    words: tuple[str, ...]
    start: int  # token indices
    end: int
    start_char: int
    end_char: int
    text: str

    @property
    def label(self) -> str:
        return " ".join(w.lower() if 0 < i < len(self.words) - 1 and w.isupper() and fold(w) in PARTICLES else title(w)
                        for i, w in enumerate(self.words))

    @property
    def surname(self) -> str:
        return fold(self.words[-1])

    @property
    def first(self) -> str:
        return fold(" ".join(self.words[:-1]))


def is_name_word(word: str) -> bool:
    """A word written as a name's: a capital, then letters, digits, apostrophes, dots, hyphens."""
    return word[:1].isupper() and _NAME_TAIL.fullmatch(word, 1) is not None


def glued_to_article(word: str) -> bool:
    """'al-Burhane', 'el-Sissi': a name after the Arabic article, written in lower case."""
    particle, hyphen, name = word.partition("-")
    return bool(hyphen) and particle in GLUED_PARTICLES and is_name_word(name)


def title(word: str) -> str:
    """'MACKY' -> 'Macky', 'JEAN-CLAUDE' -> 'Jean-Claude'; regnal numbers stay: 'Mohammed VI'."""
    if _ROMAN.match(word) or not word.isupper() or len(word) == 1:
        return word
    return word.title()


def words_of(tokens: Iterable[Token]) -> list[tuple[str, int, int]]:
    """The words of a stretch of tokens, glued tokens joined: 'Tétrault', '-', 'Farber' is one
    word. Each with the indices of its first and last token."""
    words: list[tuple[str, int, int]] = []
    glued = False
    for token in tokens:
        if token.is_space:
            glued = False
            continue
        if glued and words:
            text, first, _ = words[-1]
            words[-1] = (text + token.text, first, token.i)
        else:
            words.append((token.text, token.i, token.i))
        glued = not token.whitespace_
    return words


def name_of(span: SpacySpan, skip: set[str]) -> Name | None:
    """The person's name a span holds, civilities, titles and role words ('Président',
    'Reportage', 'Journaliste') left out; None unless two or more capitalised words, with
    particles only between them ('Charles de Gaulle', not 'Président de la République')."""
    words = [w for w in words_of(span) if w[0] not in _CIVILITY]
    doc = span.doc
    # 'Son Excellence Monsieur X', 'Sa Majesté le roi X': the possessive of a form of address goes with it
    while words and (fold(words[0][0]) in skip or len(words) > 1 and fold(words[1][0]) in skip
                     and "Yes" in feature(doc[words[0][1]], "Poss")):
        words.pop(0)
    while words and fold(words[-1][0]) in skip:
        words.pop()
    if not words:
        return None
    start, end = words[0][1], words[-1][2] + 1
    inner = [w for w, _, _ in words]
    for i, (word, _, _) in enumerate(words):
        if is_name_word(word) and (fold(word) not in PARTICLES or i > 0) or (i > 0 or len(words) == 1) and glued_to_article(word):
            continue  # 'Le Pen', 'De Croo': a particle with a capital is part of the surname; 'Abdel Fattah al-Burhane', 'al-Burhane'
        if not (fold(word) in PARTICLES and 0 < i < len(words) - 1 and doc[words[i - 1][2]].pos_ == "PROPN"):
            return None
    return Name(tuple(inner), start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), doc[start:end].text)


def edits(a: str, b: str, bound: int) -> int:
    """Levenshtein distance of two short strings, stopping once it exceeds `bound`."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > bound:
            return bound + 1
        previous = current
    return previous[-1]


def _one_deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class PeopleIndex:
    """The gazetteer's people by surname, with the surnames one letter off."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.by_surname = gazetteer.surnames()
        self.written: dict[str, set[tuple[str, str]]] = {}  # person -> (first names, surname) of each name
        for surname, entries in self.by_surname.items():
            for person, first in entries:
                self.written.setdefault(person, set()).add((first, surname))
        self.near: dict[str, set[str]] = {}
        for surname in self.by_surname:
            if len(surname) >= 6:
                for key in _one_deletions(surname) | {surname}:
                    self.near.setdefault(key, set()).add(surname)

    def known(self, name: Name) -> str | None:
        """The known person this name spells, if exactly one fits: misspelt, or in a longer
        official form."""
        surnames = {name.surname} if name.surname in self.by_surname else set()
        if not surnames and len(name.surname) >= 6:
            candidates = set().union(*(self.near.get(k, set()) for k in _one_deletions(name.surname) | {name.surname}))
            surnames = {s for s in candidates if edits(s, name.surname, MAX_SURNAME_EDITS) <= MAX_SURNAME_EDITS}
        found = {person for s in surnames for person, first in self.by_surname[s] if same_first(name.first, first)}
        if not found:
            found = spelt_in_full(self.by_surname, name.words)
        if not found:
            found = self.family_name_first(name)
        return found.pop() if len(found) == 1 else None

    def family_name_first(self, name: Name) -> set[str]:
        """The known people whose two-part name these two words write family name first, as NHK,
        Yonhap or Xinhua write East-Asian names ('Ishiba Shigeru' for 'Shigeru Ishiba'): only an
        exact inversion, since a reversed pair of words rarely spells another's name."""
        if len(name.words) != 2:
            return set()
        family, given = (fold(word) for word in name.words)
        return {person for person, first in self.by_surname.get(family, []) if first == given}

    def fits(self, person: str, name: Name) -> bool:
        """Could this name, written with a first name, be this known person's? Both its parts must
        fit one of the person's names: 'Kim Tae-hyo' holds 'Kim', a name of Kim Jong-un, in the
        place 'Kim Jong-un' writes it, but the given name after it is another's."""
        return any(same_first(name.first, first) and same_surname(name.surname, surname)
                   for first, surname in self.written.get(person, ()))


def spelt_in_full(by_surname: dict[str, list[tuple[str, str]]], written: Iterable[str]) -> set[str]:
    """The known people (`by_surname`: the gazetteer's surnames) whose name, first name first,
    these words spell in a longer official form ('Félix-Antoine Tshisekedi Tshilombo': a hyphenated
    first name, a second family name; 'João Manuel Gonçalves Lourenço': more given names): they
    open with the person's first name and hold each word of their name in order."""
    words = [part for word in written for part in fold(word).split("-") if part]
    found = set()
    for surname in set(words[1:]):
        for person, first in by_surname.get(surname, []):
            known = [*first.replace("-", " ").split(), surname]
            rest = iter(words)
            if known[0] == words[0] and all(word in rest for word in known):
                found.add(person)
    return found


def same_first(a: str, b: str) -> bool:
    """First names of one person: the given names equal up to a couple of letters, or one side
    initials only ('J.'); 'Ashley' and 'Joe' are two people, 'Joseph R.' is Joseph."""
    if not a or not b:
        return False
    if a == b:
        return True
    words_a, words_b = a.split(), b.split()
    if all(_initial(w) for w in words_a) or all(_initial(w) for w in words_b):
        return all(x[0] == y[0] for x, y in zip(words_a, words_b, strict=False))
    given_a, given_b = words_a[0], words_b[0]
    return given_a == given_b or min(len(given_a), len(given_b)) >= 4 and \
        edits(given_a, given_b, MAX_FIRST_NAME_EDITS) <= MAX_FIRST_NAME_EDITS


def _initial(word: str) -> bool:
    return word.endswith(".") and len(word.replace("-", "").replace(".", "")) <= 2


def same_surname(a: str, b: str) -> bool:
    """Folded surnames of one person: equal, or one letter off when six letters or more."""
    return a == b or min(len(a), len(b)) >= 6 and edits(a, b, MAX_SURNAME_EDITS) <= MAX_SURNAME_EDITS


def same_person(a: Name, b: Name) -> bool:
    """Two names written in one document that denote one person."""
    return same_surname(a.surname, b.surname) and (not a.first or not b.first or same_first(a.first, b.first))
