"""Actors: who a document names, by name, by office or by capital, resolved to one key each.

The gazetteer's surface forms are matched on folded tokens (case and accents ignored, except
that a proper name must be written with a capital); an office named by a descriptor ("le chef
de l'État russe", "son homologue américain") resolves to whoever held it when the article was
written, preferring a holder the article names. Institutions named by a template ("la
présidence sénégalaise") are the gazetteer's when it knows them, else minted from the country.
People the gazetteer does not know come from the parser's named entities, compared with the
known people and with each other so that a misspelt name is one person; outlets come from
media nouns ("le média ukrainien X") and from credits (`actor_credits`).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from datetime import date, timedelta

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.nlp.extract.actor_bodies import BodyReader
from kg.nlp.extract.actor_credits import CreditReader
from kg.nlp.extract.actor_names import Name, PeopleIndex, name_of, same_person
from kg.nlp.extract.datelines import datelines
from kg.nlp.extract.ranges import RangeIndex
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import Folded, children, feature, tokens_of
from kg.nlp.gazetteer import Actor, Gazetteer, Period, Target, capitalised
from kg.text import fold, slug

_TARGET_RANK = {"actor": 0, "office": 1, "leader": 2, "capital": 3, "institution": 4}
_SINGULAR_ARTICLES = frozenset({"le", "la", "l'"})
_ELECT_REACH = timedelta(days=365)  # 'le président élu' takes office within the year
_FEW_OFFICES = 2  # a title two countries give their office ('chancelier') still points at one of them
_ROLE_WORDS = 3  # 'président', 'premier ministre', 'chef de le état': the words of a role before its country
_QUALIFIER_REACH = 2  # words between a role and the name it describes: 'le président sortant élu X'
_NEW_HOLDER_REACH = timedelta(days=120)  # "le nouveau président" may take office a few months later


class ActorMatcher:
    """Matches the gazetteer's surface forms; built once per pipeline."""

    def __init__(self, vocab, tokenizer, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.targets, self.cases = gazetteer.surface_index()
        self.matcher = PhraseMatcher(vocab, attr="NORM")
        patterns = []
        for phrase in self.targets:
            pattern = tokenizer(phrase)
            for token in pattern:
                token.norm_ = token.norm_
            patterns.append(pattern)
        self.matcher.add("KG_ACTOR", patterns)
        c = gazetteer.cues
        self.plural_leaders = {fold(x) for x in c["plural_leader_nouns"]}
        self.group_anaphors = {fold(x) for x in c["group_anaphors"]}  # 'du groupe': the group named before
        self.counterparts = {fold(x) for x in c["counterpart_nouns"]}
        self.leader_institutions = {role: [_form_words(f) for f in forms] for role, forms in c["leader_institution_forms"].items()}
        self.institution_of_role = c["institution_of_role"]
        self.staff_nouns = {fold(x) for x in c["leader_staff_nouns"]}
        self.own_office_nouns = {fold(x) for x in c["own_office_nouns"]}
        self.possessives = {fold(x) for x in c["possessive_determiners"]}
        self.possessed = {fold(noun): (how["kind"], frozenset(how["roles"])) for noun, how in c["possessed_institutions"].items()}
        self.bare_roles = {role: [_form_words(f) for f in forms] for role, forms in c["bare_role_forms"].items()}
        self.bare_role_words = {words[0] for forms in self.bare_roles.values() for words in forms}
        self.monarchs = {fold(t) for t in c["monarch_titles"]}
        self.titled_offices = _titled_offices(gazetteer, self.bare_roles, self.monarchs)
        self.elect = {fold(x) for x in c["elect_markers"]}  # 'le président élu': the holder to come
        self.honorifics = {fold(x) for x in c["honorifics"]}
        self.leader_institution_words = {words[0] for forms in self.leader_institutions.values() for words in forms}
        self.successor = {fold(x) for x in c["successor_markers"]}
        self.newly = {fold(x) for x in c["new_holder_markers"]}
        self.former = {fold(x) for x in c["former_holder_markers"]}
        self.place_preps = {fold(x) for x in c["place_prepositions"]}
        self.place_nouns = {fold(x) for x in c["place_nouns"]}
        self.office_senses = {fold(x) for x in c["institution_nouns_as_office"]}
        self.credit_roles = {fold(x) for x in c["credit_roles"]}
        self.titles = {fold(x) for x in c["person_titles"]}
        # words around a name: 'Entretien Macron-Zelensky', a headline's call noun, is no person's
        self.not_names = self.credit_roles | self.titles | {fold(x) for x in c["call_nouns"] if " " not in x}
        self.people = PeopleIndex(gazetteer)
        self.glued_words = {fold(x) for x in c["glued_words"]}
        self.credits = CreditReader(gazetteer, self.targets, self.not_names)
        self.bodies = BodyReader(gazetteer)

    def __call__(self, doc: Doc, published: date | None,
                 period: Period | None = None) -> tuple[list[ActorMention], dict[str, Actor]]:
        if period is None:
            period = Period(published, published) if published else Period()
        minted: dict[str, Actor] = {}
        tokens = tokens_of(doc)  # made once (kg_prepare); the scans below reuse them
        spans = self._spans(doc, period)
        mentions, others = self._names(doc, tokens, spans)
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        spans = [(s, t) for s, t in spans if s.start not in others and not any(i in covered for i in range(s.start, s.end))]
        people_named = {m.actor for m in mentions if self._is_person(m.actor, minted)}
        for span, target in spans:
            if target.kind == "institution":
                if self.gazetteer.institution_speaks_only(target) and not self.bodies.speaks_through(span.root):
                    continue  # 'le gouvernement français a nié' is a body; 'le gouvernement sud-africain est contre' a country's stance
                actor = self.gazetteer.institution(target)
                minted.setdefault(actor.key, actor)
                mentions.append(_mention(span, actor.key, Target("actor", actor.key)))
            elif target.kind in {"office", "leader"}:
                continue
            else:
                mentions.append(_mention(span, target.key, target, by_name=target.kind == "actor"))
        mentions += self._descriptors(doc, spans, mentions, people_named, period)
        norms = doc._.folded.norms

        def among(words: set[str]) -> list[Token]:
            """The tokens whose folded form is one of `words`: what a rule that starts at such a
            word need scan (a Token's own strings cost a lookup each, and few words qualify)."""
            return [t for t, n in zip(tokens, norms, strict=True) if n in words]

        mentions += self._plural_leaders(among(self.plural_leaders), period, people_named, spans)
        mentions += self._leader_institutions(doc, among(self.leader_institution_words), mentions, minted, period)
        mentions += self._short_names(doc, tokens, norms, mentions, minted)
        mentions += self._surnames_alone(tokens, norms, mentions)
        lemmas = doc._.folded.lemmas
        mentions += self._titled_surnames(doc, [t for t, base in zip(tokens, lemmas, strict=True) if base in self.titles], mentions)
        mentions += self._leaders_staff(doc, tokens, norms, mentions, minted, period)
        mentions += self._bare_roles_named(doc, among(self.bare_role_words), mentions, minted, period)
        mentions += self._nationals(tokens, doc._.folded, mentions)
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        for mention, actor in [*self.credits.media(doc, tokens, covered), *self.credits.people(doc, tokens, covered),
                               *self._people(doc, covered, mentions)]:
            minted.setdefault(actor.key, actor)
            mentions.append(mention)
        for mention, body in [*self.bodies.bodies(doc, tokens, mentions), *self.bodies.named(doc, mentions)]:
            if body is not None:  # None: the country's
                minted.setdefault(body.key, body)
            mentions = [m for m in mentions if not mention.token_start <= m.token_start < m.token_end <= mention.token_end]
            mentions.append(mention)
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions, minted

    # ------------------------------------------------------------------ gazetteer forms
    def _spans(self, doc: Doc, period: Period) -> list[tuple[SpacySpan, Target]]:
        """The gazetteer's phrases in the text, the longest where they overlap, proper names only
        where capitalised, and capitals only where they stand for their country."""
        matched = []
        norms, text = doc._.folded.norms, doc._.text  # the words and text at hand: no Token made, no text rebuilt
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            written, form = fold(text[span.start_char:span.end_char]), " ".join(norms[start:end])
            targets = self.targets.get(written) or self.targets.get(form)
            if targets:
                matched.append((span, written, form, targets))
        matched += self._elect_roles(doc, norms)
        alone = {t.key for *_, targets in matched if len(targets) == 1 for t in targets if t.kind == "actor"}
        found = []
        for span, written, form, targets in matched:
            shapes = self.cases.get(written) or self.cases.get(form)
            target = self._one_of(targets, alone, period)
            if shapes and target.kind == "actor" and not self._capitalised(span, shapes):
                continue
            found.append((span, target))
        found.sort(key=lambda st: (st[0].start, -(st[0].end - st[0].start)))
        kept: list[tuple[SpacySpan, Target]] = []
        outer: tuple[SpacySpan, Target] | None = None
        for span, target in found:
            if outer is not None and span.start < outer[0].end:
                if target == outer[1] or outer[1].kind == "actor" or target.kind == "institution":
                    continue  # "Poutine" in "Vladimir Poutine", "Washington" in "Washington Post"
                if span.start == outer[0].start and target.kind == outer[1].kind:
                    continue  # "guide suprême" in "guide suprême nord-coréen": a shorter reading of the same title
                # a name inside a role or an institution speaks too: "Kremlin" in "le porte-parole du Kremlin"
            if target.kind == "capital" and self._place(span) or self._compound(span):
                continue
            if target.kind in {"actor", "institution"} and self._office_sense(span):
                continue
            kept.append((span, target))
            if outer is None or span.end > outer[0].end:
                outer = (span, target)
        return kept

    def _elect_roles(self, doc: Doc, norms: list[str]) -> list[tuple[SpacySpan, str, str, set[Target]]]:
        """'le président élu américain': a role with the marker of its holder to come inside it,
        which the gazetteer's phrases do not hold ('président américain')."""
        found = []
        for i in (i for i, norm in enumerate(norms[1:-1], start=1) if norm in self.elect):
            for k in range(min(i, _ROLE_WORDS), 0, -1):
                form = " ".join([*norms[i - k:i], norms[i + 1]])
                targets = self.targets.get(form)
                if targets and all(t.kind in {"office", "leader"} for t in targets):
                    found.append((doc[i - k:i + 2], form, form, targets))
                    break
        return found

    def _one_of(self, targets: set[Target], alone: set[str], period: Period) -> Target:
        """What a phrase names. Of two people who share a surname ('Castro', 'Sharif', 'Aoun'),
        the one the article names in full, else the one who held an office when it was written
        (the first of their keys was taken, whatever the year)."""
        ranked = sorted(targets, key=lambda t: (_TARGET_RANK[t.kind], t.key))
        people = [t for t in ranked if t.kind == "actor"]
        if len(people) < 2:
            return ranked[0]
        return next((t for t in people if t.key in alone), None) or \
            next((t for t in people if self.gazetteer.offices_of(t.key, period)), people[0])

    @staticmethod
    def _capitalised(span: SpacySpan, shapes: set[tuple[int, ...]]) -> bool:
        written = set(capitalised(span.text))
        return any(not shape or written.intersection(shape) for shape in shapes)

    def _place(self, span: SpacySpan) -> bool:
        """'à Washington', a dateline 'MOSCOU, 13 mai', 'Jacques Paris': a place or a name, not
        the country speaking or acting."""
        doc = span.doc
        before = doc[span.start - 1] if span.start else None
        if before is not None and before.norm_ in self.place_preps:
            return True
        if before is not None and before.norm_ in {"de", "d'"} and span.start > 1 \
                and fold(doc[span.start - 2].lemma_) in self.place_nouns:
            return True  # "l'attentat de Moscou", "les accords de Minsk"
        if _in_a_longer_person(span):
            return True
        line_start = span.start == 0 or "\n" in doc[span.start - 1].text or "\n" in doc[span.start - 1].whitespace_
        return line_start and span.text.isupper() and span.end < len(doc) and doc[span.end].text in {",", "/", "(", "-", "—"}

    def _compound(self, span: SpacySpan) -> bool:
        """'le Bissau-Guinéen': a name glued by a hyphen to a demonym is part of another word."""
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_ \
                and not doc[span.end].whitespace_ and doc[span.end + 1].norm_ in self.gazetteer.demonyms:
            return True
        return span.start > 1 and doc[span.start - 1].text == "-" and not doc[span.start - 1].whitespace_ \
            and not doc[span.start - 2].whitespace_ and doc[span.start - 2].norm_ in self.gazetteer.demonyms

    def _office_sense(self, span: SpacySpan) -> bool:
        """'son élection à la présidence américaine': the office, not the institution."""
        head = span[0].norm_
        if head not in self.office_senses:
            return False
        doc = span.doc
        before = [t.norm_ for t in doc[max(0, span.start - 2):span.start]]
        return bool(before) and (before[-1] == "au" or before[-1] == "la" and len(before) == 2 and before[0] == "a")

    # ------------------------------------------------------------------ names
    def _names(self, doc: Doc, tokens: list[Token], spans: list[tuple[SpacySpan, Target]]) -> tuple[list[ActorMention], set[int]]:
        """The gazetteer's names of people, and misspelt names of known people ('Volodimir
        Zelensly'); a known surname inside another person's name ('Jill Biden') is not the known
        person: its span is returned, to be left to the people the gazetteer does not know."""
        persons = [(s, t) for s, t in spans if t.kind == "actor" and self.gazetteer.actors[t.key].type == "Person"]
        found = [_mention(s, t.key, t) for s, t in persons]
        taken = {i for m in found for i in range(m.token_start, m.token_end)}
        others: set[int] = set()
        by_range = RangeIndex(persons, lambda person: (person[0].start, person[0].end))
        for ent in doc.ents:
            if ent.label_ != "PER":
                continue
            name = name_of(ent, self.not_names)
            if name is None or len(name.words) < 2:
                continue
            inside = by_range.within(name.start, name.end)
            if inside:
                if all(s.end - s.start < name.end - name.start for s, _ in inside) and self.people.known(name) is None \
                        and not any(self.people.fits(t.key, name) for _, t in inside):
                    others.update(s.start for s, _ in inside)
                continue
            person = self.people.known(name)
            if person is not None and not taken.intersection(range(name.start, name.end)):
                taken.update(range(name.start, name.end))
                found.append(_mention(doc[name.start:name.end], person, Target("actor", person)))
        found += self._glued_names(tokens, doc._.folded.texts, taken)
        return [m for m in found if m.token_start not in others], others

    def _glued_names(self, tokens: list[Token], texts: list[str], taken: set[int]) -> list[ActorMention]:
        """'Emmanuel Macronet', 'Poutinea': a known surname glued to the next word by a missing
        space (one of the short words of cue glued_words), after a first name of that person or
        after no capitalised word. `texts`: each token's text (`doc._.folded`), read without a Token."""
        found = []
        for i, text in enumerate(texts):
            if len(text) < 6 or not text[:1].isupper() or i in taken:
                continue
            if i + 1 < len(texts) and texts[i + 1][:1].isupper():
                continue  # 'Gabrielle Dupont': a first name, not 'Gabriel' + 'le'
            token = tokens[i]
            norm = token.norm_
            cut = next((c for c in range(5, len(norm)) if norm[:c] in self.people.by_surname and norm[c:] in self.glued_words), 0)
            if not cut:
                continue
            people = self.people.by_surname[norm[:cut]]
            before = tokens[token.i - 1] if token.i else None
            keys = {p for p, first in people if before is not None and first and before.norm_ == first.split()[0]}
            start = token.i - 1 if keys else token.i
            if not keys and (before is None or not before.text[:1].isupper() or before.is_sent_start):
                keys = {p for p, _ in people}
            if len(keys) == 1:
                key = keys.pop()
                written = (tokens[start].text + tokens[start].whitespace_ if start < token.i else "") + text[:cut]
                found.append(ActorMention(key, tokens[start].idx, token.idx + cut, written, Target("actor", key),
                                          start, token.i + 1, True))
        return found

    def _leader_institutions(self, doc: Doc, tokens: list[Token], mentions: list[ActorMention], minted: dict[str, Actor],
                             period: Period) -> list[ActorMention]:
        """'le bureau du premier ministre' without a country: the office of the one head of
        government the article names ('le bureau du premier ministre Justin Trudeau': his)."""
        places = [t.i for t in tokens if t.norm_ in self.leader_institution_words]
        if not places:
            return []
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        starts = {m.token_start: m for m in mentions if self._is_person(m.actor, minted)}
        holders: dict[str, set[str]] = {}  # role -> countries of the people the article names in it
        for m in mentions:
            for office in self.gazetteer.offices_of(m.actor, period):
                holders.setdefault(self.gazetteer.offices[office].role, set()).add(self.gazetteer.offices[office].country)
        found = []
        for i in places:
            for role, forms in self.leader_institutions.items():
                for words in forms:
                    end = i + len(words)
                    if not _written_at(doc, i, words) or any(j in covered for j in range(i, end)):
                        continue
                    person = starts.get(end)
                    countries = holders.get(role, set())
                    if person is not None:  # 'le bureau du premier ministre Justin Trudeau'
                        countries = {self.gazetteer.offices[o].country for o in self.gazetteer.offices_of(person.actor, period)
                                     if self.gazetteer.offices[o].role == role}
                    elif len(countries) > 1:  # 'X n'a pas parlé à Y. « … », a insisté l'entourage du président': X's
                        countries = self._subject_holding(doc, i, role, mentions, period) or countries
                    if len(countries) == 1:
                        key = self._institution(self.institution_of_role[role], next(iter(countries)), minted)
                        found.append(_mention(doc[i:end], key, Target("actor", key)))
                        covered.update(range(i, end))
        return found

    def _subject_holding(self, doc: Doc, at: int, role: str, mentions: list[ActorMention], period: Period) -> set[str]:
        """The country of the person in `role` who is the subject of the sentence before the token
        `at` (or of its own sentence, before it): whose staff or office a bare 'du président' is
        when the article names several presidents."""
        mention = _subject_before(doc, at, mentions)
        if mention is None:
            return set()
        return {self.gazetteer.offices[o].country for o in self.gazetteer.offices_of(mention.actor, period)
                if self.gazetteer.offices[o].role == role}

    def _leaders_staff(self, doc: Doc, tokens: list[Token], norms: list[str], mentions: list[ActorMention],
                       minted: dict[str, Actor], period: Period) -> list[ActorMention]:
        """'l'entourage de M. Hollande', 'les services de Giorgia Meloni', 'le bureau de Justin
        Trudeau': the staff of a head of state or government speaks as their presidency or office,
        if they were in office when the article's period began (a president-elect's team is not
        yet the presidency); out of office, their own office ('son bureau') speaks as themselves.
        'sa présidence', 'son gouvernement' where they speak: the institution of that kind of the
        country the clause's subject leads ('son gouvernement est divisé' is what a country holds,
        no speaker, as for the template's 'when_speaking')."""
        began = Period(period.start, period.start)
        starts = {m.token_start: m for m in mentions if self._is_person(m.actor, minted)}
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        found = []
        for token, norm in zip(tokens, norms, strict=True):  # each token's folded form: no string read from the Token
            possessed = self.possessed.get(norm)
            if norm not in self.staff_nouns and possessed is None or token.i in covered:
                continue
            if any(c.dep_ == "det" and c.norm_ in self.possessives for c in children(token)):
                start = token.i + 1  # 'selon son bureau', 'a indiqué son entourage': the staff of the clause's subject
                person = _subject_before(doc, token.i, mentions)
            elif token.i + 2 < len(tokens) and tokens[token.i + 1].norm_ in {"de", "d'"}:
                start = token.i + 2
                while start < len(tokens) and tokens[start].norm_ in self.honorifics:
                    start += 1
                person = starts.get(start)
            else:
                continue
            if person is not None and not self._is_person(person.actor, minted) or \
                    possessed is not None and not self.bodies.speaks_through(token):
                continue
            offices = [self.gazetteer.offices[o] for o in self.gazetteer.offices_of(person.actor, began)] if person else []
            kinds = {(self.institution_of_role[o.role], o.country) for o in offices if o.role in self.institution_of_role} \
                if possessed is None else {(possessed[0], o.country) for o in offices if o.role in possessed[1]}
            if len(kinds) == 1:
                key = self._institution(*kinds.pop(), minted)
                found.append(_mention(doc[token.i:start], key, Target("actor", key), by_name=False))  # 'bureau de' is no alias
            elif person is not None and norm in self.own_office_nouns and not offices:
                # 'a fait savoir son bureau' of a former president: no institution speaks for them, they do
                # ('selon son entourage' is nobody named: people around them, not their office)
                found.append(_mention(doc[token.i:start], person.actor, Target("actor", person.actor), by_name=False))
        return found

    def _bare_roles_named(self, doc: Doc, tokens: list[Token], mentions: list[ActorMention], minted: dict[str, Actor],
                          period: Period) -> list[ActorMention]:
        """'le chef de l'État', 'le Premier ministre' with no country: the one person the article
        has named by name before that sentence who held that role in its period, not counting
        those named in the sentence itself (the partner of a call); nobody when there are two.
        With nobody before, the one named after it. 'le président élu', 'le futur chancelier':
        the one who takes up that office within the year."""
        places = [t for t in tokens if t.norm_ in self.bare_role_words]
        if not places:
            return []
        named: list[tuple[int, str, str]] = []  # (token, person, office), in the order the article names them
        to_come: list[tuple[int, str, str]] = []  # the same for the offices they take up within the year
        for m in sorted(mentions, key=lambda m: m.token_start):
            if m.by_name and self._is_person(m.actor, minted):
                for office in self.gazetteer.offices_of(m.actor, period):
                    named.append((m.token_start, m.actor, office))
                for office in self.gazetteer.offices_to_come(m.actor, period.start, _ELECT_REACH) if period.start else ():
                    to_come.append((m.token_start, m.actor, office))
        offices = self.gazetteer.offices
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        found = []
        for token in places:
            for role, forms in self.bare_roles.items():
                for words in forms:
                    end = token.i + len(words)
                    if not _written_at(doc, token.i, words) or any(i in covered for i in range(token.i, end)) or \
                            end < len(doc) and doc[end].norm_ in {"de", "du", "des", "d'"} or self._introduces_a_name(doc, end, mentions):
                        continue  # 'le chancelier de l'Échiquier' is another office; 'le Premier ministre groenlandais X' is X
                    sent = token.sent
                    to_be = words[-1] in self.elect or token.i > 0 and doc[token.i - 1].norm_ in self.successor  # 'le futur chancelier'
                    titled = self.titled_offices.get(tuple(words))  # 'le chancelier' is not the Hungarian head of government
                    holders = [(i, p) for i, p, o in (to_come if to_be else named) if offices[o].role == role and (titled is None or o in titled)]
                    here = {p for i, p in holders if sent.start <= i < sent.end}
                    before = self._own_monarch(doc, words, role, titled, period) or \
                        list(dict.fromkeys(p for i, p in holders if i < sent.start and p not in here))
                    if len(here) == 1 and self._of_staff(doc[token.i:end]):
                        before = list(here)  # 'Selon le bureau du Premier ministre, M. X a demandé ...': X's own office
                    if not before:  # a lead naming the role first: 'Le chef de l'État a appelé Y. ... X doit ...'
                        before = list(dict.fromkeys(p for i, p in holders if i >= sent.end and p not in here))
                    if not before and titled is not None and not to_be:
                        before = self._titled_holder(doc, token.i, end, titled, period, mentions)
                    if not before and not to_be and titled is None:  # the country of the dispatch, or the one named
                        before = self._dateline_holder(doc, role, period) or self._one_country_holder(doc, token.i, mentions, role, period)
                    if len(before) == 1:
                        found.append(_mention(doc[token.i:end], before[0], Target("actor", before[0]), by_name=False))
                        covered.update(range(token.i, end))
        return found

    def _own_monarch(self, doc: Doc, words: list[str], role: str, titled: frozenset[str] | None, period: Period) -> list[str]:
        """'RABAT - Le souverain a adressé un message au roi X': a monarch's title in a dispatch from
        a monarchy's capital is that country's monarch, whoever else the article names."""
        if " ".join(words) not in self.monarchs or not titled:
            return []
        country = next((c for line in datelines(doc) if (c := self.gazetteer.capitals.get(line.place)) is not None), None)
        return self._holder_on_the_day(country, role, period) if self.gazetteer.office_of(country, role) in titled else []

    def _of_staff(self, role: SpacySpan) -> bool:
        """'le bureau du Premier ministre', 'les services du président': the role names whose staff."""
        head = role.root
        return head.dep_ == "nmod" and head.head.norm_ in self.staff_nouns

    def _dateline_holder(self, doc: Doc, role: str, period: Period) -> list[str]:
        """'BUDAPEST - Le Premier ministre a défendu ...': a role nobody in the article is named in,
        in a dispatch whose dateline is a capital, is that country's on the article's day."""
        capitals = (self.gazetteer.capitals.get(line.place) for line in datelines(doc))
        return self._holder_on_the_day(next((c for c in capitals if c is not None), None), role, period)

    def _holder_on_the_day(self, country: str | None, role: str, period: Period) -> list[str]:
        """Who held that country's office of `role` on the article's day (nobody on no day)."""
        office = self.gazetteer.office_of(country, role)
        holder = self.gazetteer.holder(office, period.start) if office is not None and period.start is not None else None
        return [holder] if holder else []

    def _one_country_holder(self, doc: Doc, at: int, mentions: list[ActorMention], role: str, period: Period) -> list[str]:
        """"L'Italie a dénoncé ... Le Premier ministre a déclaré ...": a role nobody in the article is
        named in, when the article names one country only, as the subject of a clause before the role,
        is that country's on the article's day (a country named only as a complement, 'arrivés
        d'Espagne', says nothing of whose role it is: read so, it cost a dev check actor)."""
        countries = {m.actor for m in mentions if (a := self.gazetteer.actors.get(m.actor)) is not None and a.type == "Country"}
        if len(countries) != 1 or not any(
                m.token_start < at and m.actor in countries and doc[m.token_start:m.token_end].root.dep_.startswith("nsubj") for m in mentions):
            return []
        return self._holder_on_the_day(next(iter(countries)), role, period)

    @staticmethod
    def _introduces_a_name(doc: Doc, end: int, mentions: list[ActorMention]) -> bool:
        """'le Premier ministre groenlandais Jens Nielsen': a role whose words, past its adjectives, run
        into a name is that person's title, whoever else the article gave the same role (a name the
        gazetteer lacks is only the recogniser's, minted later)."""
        while end < len(doc) and doc[end].pos_ == "ADJ":
            end += 1
        return end < len(doc) and (doc[end].ent_type_ == "PER" or any(m.token_start == end and m.by_name for m in mentions))

    def _titled_holder(self, doc: Doc, start: int, end: int, titled: frozenset[str], period: Period,
                     mentions: list[ActorMention]) -> list[str]:
        """'la chancelière' in an article that names no chancellor but names Germany (and not
        Austria): a title only a few countries' offices bear is the holder on the article's day of
        the one office whose country the article names; not 'l'ancien chancelier', nor a title
        before a name or an adjective ('le chancelier Gerhard Schröder', 'le chancelier autrichien'),
        nor in an article that names none or several of those countries, nor on no day."""
        if period.start is None or start > 0 and doc[start - 1].norm_ in self.former or end < len(doc) and (
                doc[end].pos_ == "ADJ" or any(m.token_start == end for m in mentions)):
            return []
        named = {m.actor for m in mentions} | {self.gazetteer.demonyms.get(t.norm_) for t in tokens_of(doc) if t.pos_ == "ADJ"}
        offices = [o for o in titled if self.gazetteer.offices[o].country in named]
        holder = self.gazetteer.holder(offices[0], period.start) if len(offices) == 1 else None
        return [holder] if holder else []

    def _institution(self, kind: str, country: str, minted: dict[str, Actor]) -> str:
        """The gazetteer's institution of a template for a country; else, for the country's
        leader, its seat of government ('le bureau de la Première ministre italienne': Palazzo
        Chigi); else one minted."""
        target = self.gazetteer.institution_targets.get((kind, country))
        if target is not None and target.kind == "actor":
            return target.key
        leader = self.gazetteer.leader_office(country)
        if leader is not None and self.institution_of_role.get(leader.role) == kind and country in self.gazetteer.governments:
            return self.gazetteer.governments[country]
        actor = self.gazetteer.institution(Target("institution", f"{kind}|{country}"))
        minted.setdefault(actor.key, actor)
        return actor.key

    def _short_names(self, doc: Doc, tokens: list[Token], norms: list[str], mentions: list[ActorMention],
                     minted: dict[str, Actor]) -> list[ActorMention]:
        """'la Direction', 'la Présidence': an institution named in full earlier in the article,
        by its first noun written with a capital (when one institution of the article has it)."""
        def first_noun(m: ActorMention) -> str | None:
            actor = self.gazetteer.actors.get(m.actor) or minted.get(m.actor)
            named = actor is not None and actor.type == "Organization" and m.by_name and " " in m.text.strip()
            return fold(m.text.split()[0]) if named else None

        heads, first = _named_by(mentions, first_noun)
        if not heads:
            return []
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        found = []
        for token, head in zip(tokens, norms, strict=True):  # each token's folded form: no string read from the Token
            if head in heads and len(heads[head]) == 1 and token.i >= first[head] and token.i not in covered \
                    and token.text[:1].isupper() and token.i > 0 and doc[token.i - 1].norm_ in _SINGULAR_ARTICLES \
                    and not (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()):
                found.append(_mention(doc[token.i:token.i + 1], next(iter(heads[head])),
                                      Target("actor", next(iter(heads[head]))), by_name=False))
        return found

    def _surnames_alone(self, tokens: list[Token], norms: list[str], mentions: list[ActorMention]) -> list[ActorMention]:
        """'Lloyd Austin ... M. Austin': a known person's surname alone, after the article has
        named them in full, is that person, even where the gazetteer does not take the surname
        alone as a name (a city, a common word elsewhere). Not when two people of the article
        share it. After 'M.' or 'Mme', the first word of a name written family name first is the
        person too ('Zhao Lijian ... M. Zhao', 'Mme Mao')."""
        def surname(m: ActorMention, at: int = -1) -> str | None:
            words = m.text.split()
            full = m.by_name and len(words) >= 2 and self._is_person(m.actor, {}) and words[at][:1].isupper()
            return fold(words[at]) if full else None

        named, first = _named_by(mentions, surname)
        family, family_first = _named_by(mentions, lambda m: surname(m, 0))
        if not named:
            return []
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        found = []
        for token, norm in zip(tokens, norms, strict=True):  # each token's folded form: a string read only where it may matter
            if norm not in named and norm not in family:
                continue  # most words
            people, since = named.get(norm), first
            if people is None and norm in family and token.i and norms[token.i - 1] in self.honorifics:
                people, since = family[norm], family_first
            if people and len(people) == 1 and token.i >= since[norm] and token.i not in covered \
                    and token.text[:1].isupper() and token.pos_ == "PROPN" and not self._after_a_first_name(token):
                actor = next(iter(people))
                found.append(_mention(token.doc[token.i:token.i + 1], actor, Target("actor", actor)))
        return found

    def _titled_surnames(self, doc: Doc, titles: list[Token], mentions: list[ActorMention]) -> list[ActorMention]:
        """'le président Sall', 'les présidents Macron, Ramaphosa et Sall': a surname alone right
        after a title (or in the list it opens) is the one person the gazetteer knows by it, even
        where the surname alone is no name of theirs; not when two known people share it."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        surnames = self.gazetteer.surnames()
        found = []
        for title in titles:
            i = title.i + 1
            while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha:
                people = {key for key, _ in surnames.get(doc[i].norm_, [])}
                if i not in covered and len(people) == 1 and (i + 1 == len(doc) or not doc[i + 1].text[:1].isupper()):
                    actor = next(iter(people))
                    found.append(_mention(doc[i:i + 1], actor, Target("actor", actor)))
                    covered.add(i)
                if "Plur" not in feature(title, "Number") or i + 2 >= len(doc) or doc[i + 1].text not in {",", "et"}:
                    break
                i += 2  # 'les présidents A, B et C'
        return found

    def _nationals(self, tokens: list[Token], folded: Folded, mentions: list[ActorMention]) -> list[ActorMention]:
        """'l'entretien entre l'Ukrainien et le Bissau-Guinéen': a demonym used as a noun is the
        one person of that country the article has named before (not 'le Français Emmanuel
        Macron', where the name follows; nobody when two people of that country were named). `folded`:
        the document's words, read without a Token."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        named_at = sorted((m.token_start, m.actor) for m in mentions if m.by_name and self._is_person(m.actor, {}))
        found = []
        for i, text in enumerate(folded.texts):
            if i in covered or not text[:1].isupper() or not i or folded.norms[i - 1] not in _SINGULAR_ARTICLES:
                continue
            token = tokens[i]
            end = token.i + 3 if token.i + 2 < len(token.doc) and token.doc[token.i + 1].text == "-" else token.i + 1
            country = self.gazetteer.demonyms.get(fold(token.doc[token.i:end].text.replace(" ", "")))
            if country is None or end < len(token.doc) and end in covered:
                continue
            people = {actor for start, actor in named_at if start < token.i and country in self.gazetteer.countries_of(actor)}
            if len(people) == 1:
                actor = next(iter(people))
                found.append(_mention(token.doc[token.i:end], actor, Target("actor", actor), by_name=False))
        return found

    def _after_a_first_name(self, token: Token) -> bool:
        """'Ashley Biden': the surname of someone else of the family, not 'M. Biden'."""
        before = token.doc[token.i - 1] if token.i else None
        return before is not None and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start \
            and before.norm_ not in self.not_names

    def _is_person(self, key: str, minted: dict[str, Actor]) -> bool:
        actor = self.gazetteer.actors.get(key) or minted.get(key)
        return actor is not None and actor.type == "Person"

    def _people(self, doc: Doc, covered: set[int], mentions: list[ActorMention]) -> Iterator[tuple[ActorMention, Actor]]:
        """People the parser finds and the gazetteer does not know, one key per person however
        the article spells them (the most frequent spelling is the label); a surname alone is
        the person named in full elsewhere in the article."""
        groups: list[list[Name]] = []
        singles = []
        for ent in doc.ents:
            if ent.label_ != "PER" and ent[0].norm_ not in self.titles or any(i in covered for i in range(ent.start, ent.end)):
                continue  # 'Premier ministre Ousmane Sonko', tagged MISC: the name after the title is a person's
            for part in _split_names(ent):
                name = name_of(part, self.not_names)
                if name is None:
                    continue
                if len(name.words) < 2:
                    singles.append(name)
                    continue
                group = next((g for g in groups if any(same_person(n, name) for n in g)), None)
                if group is None:
                    groups.append([name])
                else:
                    group.append(name)
        for group in groups:
            labels = [n.label for n in group]
            label = max(labels, key=lambda x: (labels.count(x), -labels.index(x)))
            first = group[0]
            actor = Actor(slug(label), "Person", label, (), role=_role(doc[first.start:first.end]))
            for name in group + [n for n in singles if any(n.surname == g.surname for g in group)]:
                yield _mention(doc[name.start:name.end], actor.key, Target("actor", actor.key)), actor

    # ------------------------------------------------------------------ descriptors
    def _descriptors(self, doc: Doc, spans: list[tuple[SpacySpan, Target]], mentions: list[ActorMention],
                     named: set[str], period: Period) -> list[ActorMention]:
        """Offices named by a role: the name right before or after it when there is one ('le
        président turc, Recep Tayyip Erdoğan', 'Marie Durand, ministre de la Santé'), else the
        holder the role had when the article was written."""
        by_start = {m.token_start: m for m in mentions if m.actor in named}
        offices_of: dict[str, str] = {}  # person -> the office the article gives them
        found = []
        roles = [(s, t) for s, t in spans if t.kind in {"office", "leader"}]
        for span, target in roles:
            after = _past_qualifiers(doc, span.end, by_start)  # 'le président brésilien élu X', 'le président nigérien renversé X'
            name = by_start.get(after)
            if name is None and after < len(doc) and doc[after].is_punct and not doc[after].is_sent_end:
                name = by_start.get(after + 1)  # 'le président turc, Recep Tayyip Erdoğan', not 'le président chinois. Olaf Scholz'
                if name is not None and self._holds_elsewhere(name.actor, target, period):
                    name = None  # 'lors d'un appel avec le chancelier allemand, Emmanuel Macron a ...': the clause's subject
            if name is not None:
                if target.kind == "office":
                    offices_of[name.actor] = target.key
                found.append(_mention(span, name.actor, Target("actor", name.actor), by_name=False))
        by_end = {m.token_end: m for m in mentions if m.actor in named}
        for span, target in roles:
            if span.start in {m.token_start for m in found}:
                continue
            gap = [t for t in doc[max(0, span.start - 2):span.start]]
            name = None
            if gap and gap[-1].is_punct and not gap[-1].is_sent_end:
                name = by_end.get(span.start - 1)  # 'Marie Durand, ministre de la Santé'
            elif len(gap) == 2 and gap[0].is_punct and gap[1].pos_ == "ADV":
                name = by_end.get(span.start - 2)  # 'Recep Tayyip Erdoğan, alors Premier ministre'
            if name is not None:
                if target.kind == "office":
                    offices_of.setdefault(name.actor, target.key)
                found.append(_mention(span, name.actor, Target("actor", name.actor), by_name=False))
        linked = {m.token_start for m in found}
        for span, target in roles:
            if span.start in linked:
                continue
            resolved = self._resolve(doc, span, target, named, period, mentions + found, offices_of)
            if resolved is not None:
                found.append(_mention(span, resolved[0], resolved[1], by_name=False))
                if target.kind == "office":
                    offices_of.setdefault(resolved[0], target.key)  # 'le ministre des Armées ... son homologue'
        return found

    def _holds_elsewhere(self, person: str, target: Target, period: Period) -> bool:
        """Does `person` hold, on the article's days, offices of other countries only than the role's?
        Then a comma between the role and the name parts two phrases ('au cours d'un appel avec
        le président iranien, Emmanuel Macron a ...'), not a role and its holder's name."""
        offices = self.gazetteer.offices
        country = target.key if target.kind == "leader" else offices[target.key].country
        held = {offices[o].country for o in self.gazetteer.offices_of(person, period)}
        return bool(held) and country not in held

    def _resolve(self, doc: Doc, span: SpacySpan, target: Target, named: set[str], period: Period,
                 mentions: list[ActorMention], offices_of: dict[str, str]) -> tuple[str, Target] | None:
        office = target.key if target.kind == "office" else None
        if target.kind == "leader":
            leader = self.gazetteer.leader_office(target.key)
            if leader is None:
                return None
            office = leader.key
            if span[0].norm_ in self.counterparts:
                office = self._counterpart(doc, span, target.key, mentions, offices_of, period) or office
        assert office is not None
        words = {t.norm_ for t in doc[max(0, span.start - 2):span.start]}
        terms = self.gazetteer.terms(office, Period())
        day = period.start
        if words & self.former:  # 'l'ancien président américain': only a former holder the article names
            before = {m.person for m in terms if day is None or m.end is not None and m.end <= day} & named
            return (next(iter(before)), Target("actor", next(iter(before)))) if len(before) == 1 else None
        elect = any(t.norm_ in self.elect for t in doc[span.start:span.end + 1])  # 'le président (américain) élu'
        if day is not None and (words & self.successor or elect):  # 'le futur chancelier'
            later = sorted((m for m in terms if m.start > day), key=lambda m: m.start)
            if later:
                return later[0].person, Target("actor", later[0].person)
        if day is not None and words & self.newly:  # 'le nouveau président', elected or just in office
            recent = [m for m in terms if day - timedelta(days=365) <= m.start <= day + _NEW_HOLDER_REACH]
            if recent:
                person = max(recent, key=lambda m: m.start).person
                return person, Target("actor", person)
        current = self.gazetteer.terms(office, period)
        if not current:
            return None
        people = {m.person for m in current}
        if len(people) > 1 and len(people & named) == 1:
            people &= named  # a month or no date: the holder the article names
        elif period.day is None and not people & named:
            ever = {m.person for m in terms} & named  # 'le président américain' of an article naming Trump alone
            if len(ever) == 1:
                return next(iter(ever)), Target("actor", next(iter(ever)))
        person = max((m for m in current if m.person in people), key=lambda m: m.start).person
        if period.day is not None and person == self.gazetteer.holder(office, period.day):
            # the day's holder: calls and claims may resolve the office again at their own date
            leading = self.gazetteer.leader_office(target.key) if target.kind == "leader" else None
            return person, target if leading is not None and leading.key == office else Target("office", office)
        return person, Target("actor", person)

    def _counterpart(self, doc: Doc, span: SpacySpan, country: str, mentions: list[ActorMention],
                     offices_of: dict[str, str], period: Period) -> str | None:
        """'le ministre des Armées ... son homologue russe': the Russian holder of the office of
        the one whose homologue it is (the subject of the clause, else the person named last)."""
        sent = span.sent
        people = sorted((m for m in mentions if sent.start <= m.token_start < span.start
                         and (m.actor in offices_of or self.gazetteer.offices_of(m.actor, period))), key=lambda m: m.token_start)
        if not people:
            return None
        owner = people[-1]
        subject = next((t for a in [span.root, *span.root.ancestors] for t in children(a) if t.dep_.startswith("nsubj")), None)
        if subject is not None:
            owner = next((m for m in people if m.token_start <= subject.i < m.token_end), owner)
        office = offices_of.get(owner.actor)
        if office is None:
            held = self.gazetteer.offices_of(owner.actor, period)
            office = held[0] if len(set(held)) == 1 else None
        if office is None or self.gazetteer.offices[office].leader:
            return None
        return self.gazetteer.counterpart(office, country)

    def _plural_leaders(self, tokens: list[Token], period: Period, named: set[str],
                        spans: list[tuple[SpacySpan, Target]]) -> list[ActorMention]:
        """'les dirigeants russe et américain': one leader per demonym; 'les dirigeants de la
        France, de l'Allemagne et du Royaume-Uni': one per country named as their complement."""
        found = []
        starts = [span.start for span, _ in spans]  # in order (see `_spans`)
        for token in tokens:
            if token.norm_ not in self.plural_leaders:
                continue
            adjectives = [t for t in token.rights if t.pos_ == "ADJ"] + [c for t in token.rights if t.pos_ == "ADJ" for c in t.conjuncts]
            named_by = [(adj, self.gazetteer.demonyms.get(adj.norm_)) for adj in adjectives]
            named_by += self._countries_of(token, spans, starts)
            for adj, country in named_by:
                office = self.gazetteer.leader_office(country) if country else None
                if office is None:
                    continue
                terms = self.gazetteer.terms(office.key, period)
                people = {m.person for m in terms}
                if len(people) > 1 and len(people & named) == 1:
                    people &= named
                if not people:
                    continue
                leader = max((m for m in terms if m.person in people), key=lambda m: m.start).person
                target = Target("leader", office.country) if period.day else Target("actor", leader)
                found.append(ActorMention(leader, token.idx, adj.idx + len(adj.text), token.doc[token.i:adj.i + 1].text,
                                          target, token.i, adj.i + 1, False))
        return found

    def _countries_of(self, noun: Token, spans: list[tuple[SpacySpan, Target]], starts: list[int]) -> list[tuple[Token, str]]:
        """The countries a plural noun takes as 'de' complements ('de la France, de l'Allemagne
        et du Royaume-Uni', or a group's members: 'du G7'): each with the last token of its name.
        Only the spans starting after the noun and up to the end of its subtree are looked at
        (`starts`, their starts in order): all of them, for each 'dirigeants' of an article, took
        0.9 s of a million characters, 0.06 s of a quarter."""
        inside = {t.i for t in noun.subtree}
        found: list[tuple[Token, str]] = []
        for span, target in spans[bisect_right(starts, noun.i):bisect_right(starts, noun.right_edge.i)]:
            actor = self.gazetteer.actors.get(target.key)
            members = self.gazetteer.members.get(target.key, ())
            if actor is None or actor.type != "Country" and not members or span.start <= noun.i or span.start not in inside:
                continue
            before = {t.norm_ for t in noun.doc[max(noun.i, span.start - 2):span.start]}
            if before & {"de", "du", "des", "d'"}:
                found.extend((span[-1], country) for country in members or (actor.key,))
        if not found:  # "les autres dirigeants du groupe": the group named last before
            word = next((c for c in children(noun) if c.dep_.startswith("nmod") and c.norm_ in self.group_anaphors and
                         any(g.norm_ in {"du", "de"} for g in children(c) if g.dep_ == "case")), None)
            group = max(((span, target) for span, target in spans if span.end <= noun.i and target.key in self.gazetteer.members),
                        key=lambda pair: pair[0].start, default=None) if word is not None else None
            if word is not None and group is not None:
                found.extend((word, country) for country in self.gazetteer.members[group[1].key])
        return found


def _named_by(mentions: list[ActorMention], word_of: Callable[[ActorMention], str | None]) -> tuple[dict[str, set[str]], dict[str, int]]:
    """The actors each word names ('Austin' of 'Lloyd Austin', 'Direction' of 'la Direction de la
    communication'), and the token after the first mention that wrote it in full."""
    named: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for m in mentions:
        word = word_of(m)
        if word:
            named.setdefault(word, set()).add(m.actor)
            first[word] = min(first.get(word, m.token_end), m.token_end)
    return named, first


def _titled_offices(gazetteer: Gazetteer, bare_roles: dict[str, list[list[str]]],
                    monarchs: set[str]) -> dict[tuple[str, ...], frozenset[str]]:
    """The bare titles that only a few offices bear among their labels ('chancelier': Germany's and
    Austria's heads of government), with those offices; not those of many countries ('premier
    ministre'). A monarch's title ('le souverain') is borne by every monarchy's head of state, and
    still sets them apart from the presidents."""
    found = {}
    for role, forms in bare_roles.items():
        for words in forms:
            offices = frozenset(o.key for o in gazetteer.offices.values() if o.role == role and any(
                _form_words(label)[:len(words)] == words for label in o.labels))
            if 0 < len(offices) <= _FEW_OFFICES or offices and " ".join(words) in monarchs:
                found[tuple(words)] = offices
    return found


def _past_qualifiers(doc: Doc, at: int, names: Collection[int]) -> int:
    """Where a role's words end past the adjectives and participles that qualify it ('élu',
    'renversé', 'sortant'), a couple at most: a name right there is the one the role describes."""
    def qualifies(word: Token) -> bool:  # 'élu' may be tagged a noun in apposition to the role
        return word.pos_ == "ADJ" or "Part" in feature(word, "VerbForm") or word.dep_ == "appos" and word.pos_ == "NOUN" and word.head.i < at

    end = at
    while end not in names and end < min(len(doc), at + _QUALIFIER_REACH) and qualifies(doc[end]):
        end += 1
    return end if end in names else at


def _mention(span: SpacySpan, actor: str, target: Target, by_name: bool = True) -> ActorMention:
    return ActorMention(actor, span.start_char, span.end_char, span.text, target, span.start, span.end, by_name)


def _split_names(ent: SpacySpan) -> list[SpacySpan]:
    """'Ivan Sekretarev/Lucas Jackson' names two people."""
    parts, start = [], ent.start
    for token in ent:
        if token.text in {"/", ",", "et", ";"}:
            parts.append(ent.doc[start:token.i])
            start = token.i + 1
    parts.append(ent.doc[start:ent.end])
    return [p for p in parts if len(p)]


def _role(name: SpacySpan) -> str | None:
    """The noun phrase the text puts before or beside a name: 'le porte-parole du Kremlin'."""
    head = name.root.head
    if name.root.dep_ in {"appos", "nmod", "flat:name"} and head.pos_ == "NOUN" and head.i < name.start:
        words = [t for t in head.subtree if t.i < name.start and t.pos_ not in {"DET", "PUNCT"}]
        if words and words[0].i >= head.i:
            return " ".join(t.text for t in words)
    return None


def _form_words(form: str) -> list[str]:
    """A cue phrase as the tokens write it, folded: "chef de l'état" is 'chef', 'de', "l'", 'etat'."""
    return fold(form).replace("'", "' ").split()


def _written_at(doc: Doc, start: int, words: list[str]) -> bool:
    """Do the tokens from `start` write these folded words?"""
    return [t.norm_ for t in tokens_of(doc)[start:start + len(words)]] == words


def _in_a_longer_person(span: SpacySpan) -> bool:
    """Is `span` inside a longer entity the model took for a person ('Jacques Paris')? Read from
    the entity tags of the tokens around it: `doc.ents` builds every entity of the document, once
    per capital a long article names."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "PER":
        return False
    end = span.start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return span.end <= end and end - start > len(span)


def _subject_before(doc: Doc, at: int, mentions: list[ActorMention]) -> ActorMention | None:
    """The actor named as the subject of the main verb of the token's sentence, before it, or of
    the sentence before: whom 'son bureau' or a bare 'du président' belongs to."""
    sent = doc[at].sent
    earlier = [sent, doc[sent.start - 1].sent] if sent.start else [sent]
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    for sentence in earlier:
        root = sentence.root
        for verb in [root, *[c for c in children(root) if c.dep_ == "conj"]]:
            for subject in (c for c in children(verb) if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < at):
                mention = by_token.get(subject.i) or next(  # 'Le président de la République, M. X, a ...': X
                    (by_token[t.i] for c in children(subject) if c.dep_ == "appos" for t in [c, *children(c)] if t.i in by_token), None)
                if mention is not None:
                    return mention
    return None
