"""What a noun phrase names, and the discourse state the speaker reader keeps.

The reader goes through a document in order and keeps a little discourse state here: the
person last talked about as a subject ('Il a ajouté' is that person, not a country named in
the clause before), the last group of people ('ils ont indiqué'), the last speaker ('a-t-on
ajouté', a quote standing alone). What does not depend on the order is computed once: the
medium named last before a point ('ajoute le journal'), the actor named last ('ce dernier'),
and the nouns that described each actor ('le porte-parole' after 'le porte-parole du Kremlin,
Dmitri Peskov'). The layers above read this one: `anaphora` (who a pronoun or a description
stands for), `sources` (attributions and institutional sources), `speakers` (who speaks through
a verb).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.nlp.cues import cues
from kg.nlp.extract.claims.cues import ClaimCues, marker
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import children, conjuncts, feature, tokens_of
from kg.nlp.gazetteer import Actor, Gazetteer
from kg.text import fold

_NOT_THE_SPEAKER = {"acl:relcl"}  # 'M. X, qui s'est entretenu avec Y, a déclaré': Y does not speak
FOCUS_REACH = 1500  # characters: how far back 'il' looks for the person talked about
# 'le maire X', 'le ministre X': titles French writes with the masculine article for a woman too
ALSO_FOR_WOMEN = frozenset(fold(x) for x in cues()["titles_also_for_women"])
_ROLE_RANK = {"Person": 0, "Organization": 1, "Media": 1, "Country": 2}


@dataclass(frozen=True)
class Mark:
    """An actor and where the text last put it in the foreground."""

    at: int  # character offset
    actor: str


@dataclass(frozen=True)
class Unnamed:
    """Someone who spoke and whom the text does not name ('un diplomate européen', 'a dit un
    responsable'), the gender and number its words show, and where."""

    at: int  # character offset
    gender: tuple[str, ...]
    number: tuple[str, ...]


class Phrases:
    """The actors of one document, what its noun phrases name, and where the reader stands."""

    def __init__(self, cues: ClaimCues, gazetteer: Gazetteer, doc: Doc, mentions: list[ActorMention],
                 quoted: set[int] | frozenset[int] = frozenset()) -> None:
        self.cues = cues
        self.quoted = quoted  # the tokens inside quotes: what a quote says never names who says it
        self.gazetteer = gazetteer
        self.minted: dict[str, Actor] = doc._.new_actors or {}
        self.norms = doc._.folded.norms  # every token's norm_, as kg_prepare folded it: read without making a Token
        self.texts = doc._.folded.texts  # and its text
        self.mention_at = {t: m for m in mentions for t in range(m.token_start, m.token_end)}
        # 'les dirigeants du G7': one phrase the actors step read as each of several people (for the calls they make)
        spans = Counter((m.token_start, m.token_end) for m in mentions)
        self.several = {span for span, count in spans.items() if count > 1}
        ordered = sorted(mentions, key=lambda m: m.start)
        self.ordered = ordered
        self.doc = doc
        self.named = [(m.start, self.resolved(m)) for m in ordered]
        self.named_starts = [start for start, _ in self.named]
        self.media = [(m.start, self.resolved(m)) for m in ordered if self.type_of(self.resolved(m)) == "Media"]
        self.media_starts = [start for start, _ in self.media]
        self.described, self.people = _descriptions(doc, ordered, self)
        self.genders = _genders(doc, ordered, self)
        self.focus: Mark | None = None  # the person last talked about as a subject, or last speaking
        self.foci: list[Mark] = []  # each person put in the fore, in order: the focus and those before it
        self.group: Mark | None = None  # the first of the people last talked about together
        self.speaker: Mark | None = None  # whoever spoke last
        self.issuer: Mark | None = None  # whoever spoke last through a document: whose 'le communiqué' is
        self.unnamed: Unnamed | None = None  # the last one who spoke with no name the text gives
        self.answered: dict[int, str] = {}  # character offset of each word of an interview's answers -> the interviewee

    # ------------------------------------------------------------------ actors
    @staticmethod
    def resolved(mention: ActorMention) -> str:
        """The actor a mention stands for, as the actors step resolved it: a capital is its country
        ('Moscou a mis en garde'), an office its holder within the article's period."""
        return mention.actor

    def type_of(self, key: str) -> str:
        actor = self.gazetteer.actors.get(key) or self.minted.get(key)
        return actor.type if actor is not None else "Person"

    def actor(self, token: Token) -> str | None:
        mention = self.mention_at.get(token.i)
        return self.resolved(mention) if mention is not None else None

    def in_phrase(self, head: Token) -> str | None:
        """The actor a noun phrase names: a person named by name first ('le porte-parole du président,
        X'), then one named by office, then an institution or outlet, then a country. Relative clauses
        inside the phrase name others, and so do its complements of place or time, unless the phrase
        is a role and a person named by name hangs there ('le ministre à la présidence X'). An
        institution named by the head noun itself speaks, not the person it belongs to
        ('l'entourage de M. X', 'le bureau du premier ministre X'). A role's holder named between
        commas after it comes before a person its complement names ('le porte-parole du président
        Erdogan, Ibrahim Kalin,' is Kalin, whom the parser hangs on 'président')."""
        own = self.mention_at.get(head.i)
        if own is not None and self.type_of(self.resolved(own)) == "Organization":
            return self.resolved(own)
        holder = self._holder_between_commas(head) or self._named_before_role(head)
        if holder is not None:
            return holder
        if fold(head.lemma_) in self.cues.kin_nouns:  # 'la fille de X' is not X; 'la fille de X, Y,' is Y
            return None
        found = self._ranked(_phrase(head, self.cues.document_nouns))
        if not found and fold(head.lemma_) in self.cues.role_nouns:
            found = [f for f in self._ranked(_phrase(head, self.cues.document_nouns, strict=False)) if f[0] == 0]
        return min(found)[2] if found else None

    def _ranked(self, tokens: list[Token]) -> list[tuple[float, int, str]]:
        found: list[tuple[float, int, str]] = []
        seen: set[int] = set()
        for token in tokens:
            mention = self.mention_at.get(token.i)
            if mention is None or mention.token_start in seen:
                continue
            if (mention.token_start, mention.token_end) in self.several:
                continue  # a group speaks as its body ('les dirigeants du G7' say what the G7 says), not as one of them
            seen.add(mention.token_start)
            key = self.resolved(mention)
            rank: float = _ROLE_RANK.get(self.type_of(key), 1)
            if rank == 0 and not any(t.pos_ == "PROPN" for t in tokens_of(token.doc)[mention.token_start:mention.token_end]):
                rank = 0.5  # a person named by a role ('le président ukrainien') comes after one named by name
            found.append((rank, len(found), key))
        return found

    def _holder_between_commas(self, role: Token) -> str | None:
        """'selon le conseiller diplomatique du Kremlin, X, ...', '..., selon un porte-parole du
        gouvernement, X.': the person named between commas, or at the end of the sentence, right after
        a role, wherever the parser hung the name (often as the next clause's subject)."""
        doc = role.doc
        if fold(role.lemma_) not in self.cues.role_nouns and fold(role.lemma_) not in self.cues.kin_nouns:
            return None
        after = next((t.i for t in doc[role.i + 1:role.sent.end] if t.text == ","), len(doc))  # the role's words end there
        if after + 2 >= len(doc) or any(not role.is_ancestor(t) for t in doc[role.i + 1:after]):
            return None
        mention = self.mention_at.get(after + 1)
        if mention is None or mention.token_start != after + 1 or mention.token_end < role.sent.end and \
                doc[mention.token_end].text not in {",", ".", ";"}:
            return None  # the name ends the phrase: a comma, or the end of the sentence ('..., selon un porte-parole, X.')
        key = self.resolved(mention)
        return key if self.type_of(key) == "Person" else None

    def _named_before_role(self, role: Token) -> str | None:
        """'Sarah Sanders, sa porte-parole, a confirmé': the person named right before a role set off
        by commas, which the parser may hang elsewhere, making the role the subject."""
        if fold(role.lemma_) not in self.cues.role_nouns:
            return None
        doc = role.doc
        words = sorted(t.i for t in role.subtree if not t.is_punct)
        if words[0] < 2 or words[-1] + 1 >= len(doc) or doc[words[0] - 1].text != "," or doc[words[-1] + 1].text != ",":
            return None
        mention = self.mention_at.get(words[0] - 2)
        if mention is None or mention.token_end != words[0] - 1:
            return None
        key = self.resolved(mention)
        return key if self.type_of(key) == "Person" else None

    def _conjoined(self, subject: Token) -> list[str]:
        """The people a subject names itself ('X et Y'), not those named inside it ('les échanges
        entre X et Y')."""
        keys = []
        for head in [subject, *conjuncts(subject)]:
            if head.i not in self.mention_at and self._named_beside(head) is None:
                continue
            key = self.in_phrase(head)
            if key and key not in keys:
                keys.append(key)
        return keys

    def _named_beside(self, head: Token) -> Token | None:
        """The name a noun phrase gives beside its head ('le porte-parole, Dmitri Peskov'; 'S.M. le Roi
        Mohammed VI', with the honorific read as a pronoun and the title as a noun), not one it
        names in a complement ('les échanges entre X et Y', 'le président de la Russie')."""
        return next((c for c in children(head) if c.i in self.mention_at and c.dep_ in {"appos", "flat:name", "nmod"} and (
            c.pos_ == "PROPN" or not any(g.dep_ == "case" for g in children(c)))), None)

    def _outside(self, token: Token, verb: Token) -> bool:
        """Can `token` name who speaks through `verb`? Not from inside a quote the verb is outside of."""
        return token.i not in self.quoted or verb.i in self.quoted

    def countries(self, key: str) -> set[str]:
        return self.gazetteer.countries_of(key)

    # ------------------------------------------------------------------ discourse
    def last_named(self, before: int) -> str | None:
        index = bisect_left(self.named_starts, before)
        return self.named[index - 1][1] if index else None

    def last_person_other_than(self, before: int, other: str) -> str | None:
        """'Vous avez eu Y au téléphone. ...' then 'Il m'a dit que ...' in the answer: the last person
        named other than `other` (the interviewee, who says 'je' of himself)."""
        index = bisect_left(self.named_starts, before)
        return next((key for _, key in reversed(self.named[:index]) if key != other and self.type_of(key) == "Person"), None)

    def last_medium(self, before: int) -> str | None:
        index = bisect_left(self.media_starts, before)
        return self.media[index - 1][1] if index else None

    def person_in_focus(self, at: int, gender: tuple[str, ...] = ()) -> str | None:
        """The person talked about; for a pronoun of a `gender`, the last one put in the fore whom the
        text does not show of the other ('résume son conseiller X. Elle reconnaît ...' is who was
        talked about before X)."""
        if not gender:
            return self.focus.actor if self.focus is not None and at - self.focus.at <= FOCUS_REACH else None
        return next((mark.actor for mark in reversed(self.foci)
                     if at - mark.at <= FOCUS_REACH and self.may_be(mark.actor, gender)), None)

    def may_be(self, actor: str, gender: tuple[str, ...]) -> bool:
        """Can a pronoun of `gender` stand for the actor? Not for a person the text shows of the other."""
        shown = self.genders.get(actor)
        return not gender or shown is None or shown in gender

    def put_forward(self, mark: Mark) -> None:
        self.focus = mark
        self.foci.append(mark)

    def spoke(self, actor: str, at: int) -> None:
        self.speaker = Mark(at, actor)
        if self.type_of(actor) == "Person":
            self.put_forward(Mark(at, actor))

    def unnamed_spoke_last(self, pronoun: Token) -> bool:
        """Did someone the text does not name speak after whoever else spoke or was talked about, so
        that a pronoun of the same gender and number is that someone ('Un diplomate a jugé ... « ... »,
        a-t-il résumé', '..., a dit un responsable. Selon lui, ...'), nobody we can name?"""
        unnamed = self.unnamed
        if unnamed is None or pronoun.idx - unnamed.at > FOCUS_REACH or any(
                mark is not None and mark.at > unnamed.at for mark in (self.speaker, self.focus)):
            return False
        gender, number = feature(pronoun, "Gender"), feature(pronoun, "Number")
        return (not gender or not unnamed.gender or bool(set(gender) & set(unnamed.gender))) \
            and (not number or not unnamed.number or bool(set(number) & set(unnamed.number)))

    def issued(self, actor: str, at: int) -> None:
        """`actor` spoke through a document ('a annoncé la présidence dans un communiqué'): a later 'le
        communiqué', 'le même texte' is theirs, though others speak in between ('M. X a invité Y.')."""
        self.issuer = Mark(at, actor)


def _phrase(head: Token, document_nouns: frozenset[str], strict: bool = True) -> list[Token]:
    """The tokens of a noun phrase that can name its actor: its words, appositions and 'de'/'par'
    complements ('le porte-parole du Kremlin', 'un communiqué publié par la présidence'), not
    its relative clauses nor its complements of place or time ('des images depuis la résidence
    du président', 'une déclaration faite à la chaîne X')."""
    tokens = [head]
    stack = list(children(head))
    while stack:
        token = stack.pop()
        if token.dep_ in _NOT_THE_SPEAKER:
            continue
        if strict and token.dep_.startswith(("nmod", "obl")):
            case = next((marker(c.text) for c in children(token) if c.dep_ == "case"), "de")
            if case not in {"de", "par"}:
                continue
        if strict and token.dep_ == "acl" and fold(token.head.lemma_) not in document_nouns:
            continue  # 'le journal fondé par X' is not X; 'le résumé fourni par X' is X's
        tokens.append(token)
        stack.extend(children(token))
    return sorted(tokens, key=lambda t: t.i)


def _descriptions(doc: Doc, mentions: list[ActorMention], speakers: Phrases
                  ) -> tuple[dict[str, list[tuple[int, str, str | None, tuple[str, ...]]]], list[tuple[int, str, str | None]]]:
    """Each noun that named or described an actor, with where, the country its adjective gives and
    the gender its article gives ('la présidente' is not 'le président turc' named before):
    'ministère' in 'le ministère russe des Affaires étrangères', 'porte-parole' in 'le porte-parole du
    Kremlin, Dmitri Peskov', 'homologue' (Russia) in 'son homologue russe X', 'présidence' for the
    Élysée (`Gazetteer.institution_nouns`); and each person named, with that country."""
    demonyms = speakers.gazetteer.demonyms
    institutions = speakers.gazetteer.institution_nouns()
    found: dict[str, list[tuple[int, str, str | None, tuple[str, ...]]]] = {}
    people: list[tuple[int, str, str | None]] = []
    tokens = tokens_of(doc)
    for mention in mentions:
        key = speakers.resolved(mention)
        if key in institutions:  # 'l'Élysée' is 'la présidence' after: a name that says no noun
            of, kinds = institutions[key]
            for kind in kinds:
                found.setdefault(kind, []).append((mention.start, key, of, ()))
        # the mention's words from the document's list: a Span makes each Token anew at each pass
        words = tokens[mention.token_start:mention.token_end]
        nouns = [t for t in words if t.pos_ == "NOUN"][:1]
        root = words[0] if len(words) == 1 else doc[mention.token_start:mention.token_end].root  # a word is its own root
        person = speakers.type_of(key) == "Person"
        if person:
            if root.dep_ in {"appos", "nmod", "flat:name"} and root.head.pos_ == "NOUN" and root.head.i < mention.token_start:
                nouns.append(root.head)
            nouns += [c for c in children(root) if c.dep_ == "appos" and c.pos_ == "NOUN"]
        country = next((demonyms[t.norm_] for n in nouns for t in [*children(n), *words]
                        if t.pos_ == "ADJ" and t.norm_ in demonyms), None)
        for noun in nouns:
            found.setdefault(role_of(noun, speakers.cues), []).append((mention.start, key, country, article_gender(noun)))
        if person:
            people.append((mention.start, key, country))
    return found, people


def _genders(doc: Doc, mentions: list[ActorMention], speakers: Phrases) -> dict[str, str]:
    """The gender the text shows of each person it names: that of the word the name stands beside
    ('la chancelière X', "l'une de ses conseillères, X", 'X, le porte-parole'), by its article or its
    own marked form, but not a masculine title written for women too ('le maire X'); a person shown
    of both genders, or of none, is left out (no first name says it)."""
    shown: dict[str, set[str]] = {}
    tokens = tokens_of(doc)
    for mention in mentions:
        key = speakers.resolved(mention)
        if speakers.type_of(key) != "Person":
            continue
        words = tokens[mention.token_start:mention.token_end]
        root = words[0] if len(words) == 1 else doc[mention.token_start:mention.token_end].root
        beside = [t for t in words if t.pos_ == "NOUN"]
        title = root.head
        if root.dep_ in {"appos", "nmod", "flat:name"} and title.pos_ in {"NOUN", "PRON"} and title.i < mention.token_start \
                and (fold(title.lemma_) in speakers.cues.role_nouns or not any(c.dep_ == "case" for c in children(title))):
            # 'a déclaré à la presse X': the press is no title; 'selon la porte-parole X' is one
            beside.append(title)
        beside += [c for c in children(root) if c.dep_ == "appos" and c.pos_ == "NOUN"]
        for word in beside:
            gender = shown_gender(word)
            if gender == "Masc" and fold(word.lemma_) in ALSO_FOR_WOMEN:
                continue  # 'le maire Natacha X' shows no man: 'a-t-elle réagi' may be her
            if gender:
                shown.setdefault(key, set()).add(gender)
    return {key: next(iter(genders)) for key, genders in shown.items() if len(genders) == 1}


def shown_gender(word: Token) -> str | None:
    """The gender a word shows, not guesses: its article's ('la ministre'), a pronoun's ("l'une"), a
    noun's inflected form ('chancelière', 'dirigeante', not the lemma); 'ministre' alone shows none."""
    gender = article_gender(word) or (feature(word, "Gender") if word.pos_ == "PRON" or (
        word.pos_ == "NOUN" and fold(word.text) != fold(word.lemma_) and "Fem" in feature(word, "Gender")
        and "Sing" in feature(word, "Number")) else ())
    return gender[0] if len(gender) == 1 else None


def article_gender(noun: Token) -> tuple[str, ...]:
    """The gender the noun's article gives ('la présidente', not "l'"): the tagger's guess at the
    gender of a noun or a bare name is no evidence ('Giorgia Meloni' may come out masculine)."""
    determiner = next((c for c in children(noun) if c.dep_ == "det" and "Art" in feature(c, "PronType")), None)
    return feature(determiner, "Gender") if determiner is not None else ()


def role_of(noun: Token, cues: ClaimCues) -> str:
    """The role a noun describes: 'ministre', but 'premier ministre' in 'le Premier ministre',
    another office ('a dit la ministre' is not the Prime Minister named before)."""
    base = fold(noun.lemma_)
    ranked = any(c.dep_ == "amod" and c.i < noun.i and c.norm_ in cues.office_ranks for c in children(noun))
    return f"premier {base}" if ranked else base
