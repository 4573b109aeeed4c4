"""Actors: who a document names, by name, by office or by capital, resolved to one key each.

The gazetteer's surface forms are matched on folded tokens (case and accents ignored, except
that a proper name must be written with a capital); an office named by a descriptor ("le chef
de l'État russe", "son homologue américain") resolves to whoever held it when the article was
written, preferring a holder the article names. Institutions named by a template ("la
présidence sénégalaise") are the gazetteer's when it knows them, else minted from the country.
People the gazetteer does not know come from the parser's named entities, compared with the
known people and with each other so that a misspelt name is one person; outlets come from
media nouns ("le média ukrainien X") and from credits (`actor_credits`). What roles name is
`actor_roles`; the staff and institutions of leaders, `actor_staff`; bodies that speak,
`actor_bodies`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.nlp.cues import cues
from kg.nlp.extract.actor_bodies import BodyReader
from kg.nlp.extract.actor_credits import CreditReader
from kg.nlp.extract.actor_epithets import EpithetReader
from kg.nlp.extract.actor_names import GLUED_PARTICLES, PARTICLES, Name, PeopleIndex, glued_to_article, is_name_word, name_of, same_person, words_of
from kg.nlp.extract.actor_roles import RoleReader
from kg.nlp.extract.actor_spans import form_words, is_person, span_mention
from kg.nlp.extract.actor_staff import StaffReader
from kg.nlp.extract.ranges import RangeIndex
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import OPENING_QUOTES, PERSON_NOUNS, Folded, children, feature, tokens_of
from kg.nlp.gazetteer import Actor, Gazetteer, Period, Target, capitalised
from kg.text import fold, slug

_TARGET_RANK = {"actor": 0, "office": 1, "leader": 2, "capital": 3, "institution": 4}
_SINGULAR_ARTICLES = frozenset({"le", "la", "l'"})
_APPOSED = frozenset({"appos", "nmod"})  # how the parser hangs a name set off after a noun
_ROLE_WORDS = 3  # 'président', 'premier ministre', 'chef de le état': the words of a role before its country


class ActorMatcher:
    """Matches the gazetteer's surface forms; built once per pipeline."""

    def __init__(self, vocab, tokenizer, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.targets, self.cases = gazetteer.surface_index()
        self.matcher = PhraseMatcher(vocab, attr="NORM")
        self.matcher.add("KG_ACTOR", [tokenizer(phrase) for phrase in self.targets])
        c = gazetteer.cues
        self.honorifics = {fold(x) for x in c["honorifics"]}
        self.place_preps = {fold(x) for x in c["place_prepositions"]}
        self.addressing_verbs = {fold(x) for x in c["addressing_verbs"]}
        self.belonging_verbs = {fold(x) for x in c["belonging_verbs"]}
        self.belonging_subjects = {fold(x) for x in c["belonging_subjects"]}
        self.travel_verbs = {fold(x) for x in c["travel_verbs"]}
        self.place_nouns = {fold(x) for x in c["place_nouns"]}
        self.water_nouns = {fold(x) for x in c["water_nouns"]}
        self.named_place_nouns = {fold(x) for x in c["named_place_nouns"]}
        self.heading_nouns = {fold(x) for x in c["heading_nouns"]}
        self.office_senses = {fold(x) for x in c["institution_nouns_as_office"]}
        self.source_nouns = {fold(x) for x in c["source_nouns"]}
        self.rotating_chairs = {fold(x) for x in c["rotating_chair_bodies"]}
        self.venues = {fold(x) for x in c["in_person_venues"]}
        self.inside_preps = {fold(x) for x in c["inside_prepositions"]}
        self.contractions = {fold(x) for x in c["contracted_articles"]}
        merged = {fold(x) for x in c["contracted_articles"].values()}
        self.articleless_capitals = {fold(name.partition(" ")[2]) for name in gazetteer.capital_names
                                     if " " in name and fold(name.split()[0]) in merged}
        self._body_countries: dict[str, frozenset[str]] = {}
        self.credit_roles = {fold(x) for x in c["credit_roles"]}
        self.titles = {fold(x) for x in c["person_titles"]}
        self.journalists = {fold(x) for x in c["journalist_nouns"]}
        self.writer_possessives = {fold(x) for x in c["writer_possessives"]}
        # words around a name: 'Entretien Macron-Zelensky', a headline's call noun, is no person's
        # 'priant Dieu Tout-Puissant': a name of God, capitalised like a person's, is nobody's
        # 'Shri Narendra Modi': an honorific before a name is no word of it
        self.not_names = self.credit_roles | self.titles | self.honorifics | {fold(x) for x in c["call_nouns"] if " " not in x} \
            | {fold(x) for x in c["divine_names"]}
        self.people = PeopleIndex(gazetteer)
        self.glued_words = {fold(x) for x in c["glued_words"]}
        self.nickname_words = {fold(x) for x in c["nickname_words"]}
        self.kingdom_nouns = {fold(x) for x in c["kingdom_nouns"]}
        kings = {fold(x) for x in c["monarch_titles"]}
        # the countries a king or a queen heads: 'roi d'Arabie saoudite', 'reine du Danemark'
        self.kingdoms = frozenset(o.country for o in gazetteer.offices.values() if o.role == "HeadOfState"
                                  and any(form_words(label)[:1] and form_words(label)[0] in kings for label in o.labels))
        self.credits = CreditReader(gazetteer, self.targets, self.not_names)
        self.bodies = BodyReader(gazetteer)
        self.roles = RoleReader(gazetteer)
        self.staff = StaffReader(gazetteer, self.bodies)
        self.epithets = EpithetReader(gazetteer)

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
        people_named = {m.actor for m in mentions if is_person(self.gazetteer, m.actor, minted)}
        for span, target in spans:
            if target.kind == "institution":
                if self.gazetteer.institution_speaks_only(target) and not (
                        self.bodies.speaks_through(span.root) or self.bodies.decrees(span.root)):
                    continue  # 'le gouvernement français a nié' is a body; 'le gouvernement sud-africain est contre' a country's stance
                actor = self.gazetteer.institution(target)
                minted.setdefault(actor.key, actor)
                mentions.append(span_mention(span, actor.key, Target("actor", actor.key)))
            elif target.kind in {"office", "leader"}:
                continue
            else:
                mentions.append(span_mention(span, target.key, target, by_name=target.kind == "actor"))
        mentions += self.roles.descriptors(doc, spans, mentions, people_named, period)
        norms = doc._.folded.norms

        def among(words: set[str]) -> list[Token]:
            """The tokens whose folded form is one of `words`: what a rule that starts at such a
            word need scan (a Token's own strings cost a lookup each, and few words qualify)."""
            return [t for t, n in zip(tokens, norms, strict=True) if n in words]

        mentions += self.roles.successions(among(set(self.roles.succession)), mentions, minted, period)
        mentions += self.roles.plural_leaders(among(self.roles.plural_nouns), period, people_named, spans)
        mentions += self.staff.leader_institutions(doc, among(self.staff.leader_institution_words), mentions, minted, period)
        mentions += self.staff.state_agencies(doc, among(self.staff.agency_words), mentions, minted, period)
        mentions += self._short_names(doc, tokens, norms, mentions, minted)
        mentions += self._surnames_alone(tokens, norms, mentions)
        lemmas = doc._.folded.lemmas
        mentions += self._titled_surnames(doc, [t for t, base in zip(tokens, lemmas, strict=True) if base in self.titles], mentions)
        mentions += self.staff.leaders_staff(doc, tokens, norms, mentions, minted, period)
        mentions += self.roles.bare_roles_named(doc, among(self.roles.bare_role_words), mentions, minted, period)
        mentions += self.epithets.epithets_named(among(self.epithets.nouns), mentions, minted)
        mentions += self.staff.bare_institutions(doc, among(self.staff.bare_words), mentions, minted, period)
        mentions += self._nationals(tokens, doc._.folded, mentions)
        mentions += self._kingdom(tokens, norms, mentions)
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        for mention, actor in [*_spelt_out_bodies(doc, covered), *self.credits.media(doc, tokens, covered),
                               *self.credits.people(doc, tokens, covered), *self._people(doc, covered, mentions)]:
            minted.setdefault(actor.key, actor)
            # 'China' of 'le quotidien South China Morning Post': a word of the outlet's name, not the country
            mentions = [m for m in mentions if not mention.token_start <= m.token_start < m.token_end <= mention.token_end]
            mentions.append(mention)
        mentions += self._nicknames(tokens, norms, mentions, minted)  # of people minted just above too
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
            if shapes and target.kind in {"actor", "capital"} and not self._capitalised(span, shapes):
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
                if outer[1].kind in {"office", "leader"} and fold(outer[0][0].lemma_) in self.heading_nouns and span[0].is_lower:
                    continue  # 'le chef de la diplomatie iranienne' is the minister, not the ministry he heads ('le chef du Kremlin': both)
                # a name inside a role or an institution speaks too: "Kremlin" in "le porte-parole du Kremlin"
            if target.kind == "capital" and (self._article_lost(span) or self._place(span)) or self._compound(span, target) \
                    or self._waters(span) or target.kind in {"actor", "capital"} and self._named_after(span):
                continue
            if target.kind == "actor" and self.gazetteer.actors[target.key].type != "Person" and _in_a_longer_person(span) \
                    and not (self.gazetteer.actors[target.key].type == "Country" and _after_of(span)):
                continue  # 'Duma Boko': a body's short name as a person's first name; not 'Paul Kagame du Rwanda'
            if target.kind in {"actor", "institution"} and self._office_sense(span):
                continue
            if target.kind == "institution" and self._building(span):
                continue
            if target.kind == "actor" and self._another_countrys(span, target.key):
                continue
            kept.append((span, target))
            if outer is None or span.end > outer[0].end:
                outer = (span, target)
        names_at = {span.start: target for span, target in kept if target.kind == "actor" and span[0].text[:1].isupper()}
        return [(span, target) for span, target in kept if not _described_before_a_name(span, target, names_at)]

    def _elect_roles(self, doc: Doc, norms: list[str]) -> list[tuple[SpacySpan, str, str, set[Target]]]:
        """'le président élu américain': a role with the marker of its holder to come inside it,
        which the gazetteer's phrases do not hold ('président américain')."""
        found = []
        for i in (i for i, norm in enumerate(norms[1:-1], start=1) if norm in self.roles.elect):
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
        """'à Washington', a dateline 'MOSCOU, 13 mai', 'Jacques Paris', 'rentré de Berlin': a
        place or a name, not the country speaking or acting. 'a demandé à Moscou de cesser',
        'Pékin parle à Washington': a capital a verb of speaking or asking addresses after 'à' is
        the country addressed. "l'initiative revenait à Moscou", 'la décision appartient à Pékin':
        'revenir à', 'appartenir à' with a thing one holds for subject (not 'le ministre', 'l'avion
        est revenu à Moscou') says whose it is: the country's."""
        doc = span.doc
        before = doc[span.start - 1] if span.start else None
        head = span.root.head
        verb = fold(head.lemma_) if head.i < span.start and head.pos_ == "VERB" else None
        if before is not None and before.norm_ in self.place_preps:
            return verb not in self.addressing_verbs and not (verb in self.belonging_verbs and any(
                c.dep_.startswith("nsubj") and fold(c.lemma_) in self.belonging_subjects for c in head.children))
        of = before is not None and (before.norm_ in {"de", "d'"} or fold(before.lemma_) == "de")  # 'du Caire' too
        if of and (verb in self.travel_verbs or span.start > 1 and fold(doc[span.start - 2].lemma_) in self.place_nouns):
            return True  # "l'attentat de Moscou", "les accords de Minsk", "l'avion le ramenait d'Astana"
        if _in_a_longer_person(span):
            return True
        line_start = span.start == 0 or "\n" in doc[span.start - 1].text or "\n" in doc[span.start - 1].whitespace_
        return line_start and span.text.isupper() and span.end < len(doc) and doc[span.end].text in {",", "/", "(", "-", "—"}

    def _article_lost(self, span: SpacySpan) -> bool:
        """'Caire' without its 'Le' names Cairo only where the article merged with the preposition
        before it ('du Caire', 'au Caire'); 'Caire' alone is no capital."""
        doc = span.doc
        return fold(span.text) in self.articleless_capitals and (span.start == 0 or doc[span.start - 1].norm_ not in self.contractions)

    def _waters(self, span: SpacySpan) -> bool:
        """'le golfe de Guinée', 'la mer d'Oman': a name completing a noun of waters names a sea,
        not the country (nor its capital) acting."""
        doc = span.doc
        return span.start > 1 and doc[span.start - 1].norm_ in {"de", "d'"} \
            and fold(doc[span.start - 2].lemma_) in self.water_nouns

    def _named_after(self, span: SpacySpan) -> bool:
        """'boulevard Léopold III', 'l'aéroport Ben Gourion', 'le Louvre Abou Dhabi': a name right
        after a noun of a street, a building or a museum, with no article or preposition between,
        is part of the place's name (a namesake, or where the place stands), not the person or the
        country in the story ('rue Vladimir Poutine': nor 'Poutine' alone, read back over the
        capitalised words before it). The parser hangs such names anywhere, so the words' order is read."""
        doc = span.doc
        i = span.start - 1
        while i > 0 and doc[i].text[:1].isupper() and doc[i].is_alpha and not doc[i].is_sent_start \
                and fold(doc[i].lemma_) not in self.named_place_nouns:
            i -= 1
        return i >= 0 and doc[i].pos_ in {"NOUN", "PROPN"} and fold(doc[i].lemma_) in self.named_place_nouns

    def _compound(self, span: SpacySpan, target: Target) -> bool:
        """'le Bissau-Guinéen': a name glued by a hyphen to a demonym is part of another word.
        'Météo-France', 'Radio-Liban': a country glued by a hyphen after a capitalised word that
        names nothing the gazetteer knows is the last part of a body's name, not the country ('le
        sommet Inde-Pakistan' names two; 'le sommet EAC-SADC' a body the gazetteer knows). So is a
        known surname after such a word the end of another person's double surname ('Anna
        Kovacs-Ratcliffe' is not John Ratcliffe; 'le duo Macron-Ratcliffe' names two)."""
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_ \
                and not doc[span.end].whitespace_ and doc[span.end + 1].norm_ in self.gazetteer.demonyms:
            return True
        if span.start < 2 or doc[span.start - 1].text != "-" or doc[span.start - 1].whitespace_ or doc[span.start - 2].whitespace_:
            return False
        before = doc[span.start - 2]
        named = target.kind == "actor" and self.gazetteer.actors[target.key].type in {"Country", "Person"}
        return before.norm_ in self.gazetteer.demonyms or named and before.is_alpha and before.text[:1].isupper() \
            and before.norm_ not in self.targets

    def _office_sense(self, span: SpacySpan) -> bool:
        """'son élection à la présidence américaine': the office, not the institution. 'la
        présidence danoise du Conseil de l'UE', 'la présidence canadienne du G7': the chair of a
        council, union, group or summit that its members hold in turn, not the country's
        presidency (a 'de' phrase after the matched words, hung on the noun, names that body)."""
        head = span[0].norm_
        if head not in self.office_senses:
            return False
        if any(t.i >= span.end and t.dep_ == "nmod" and fold(t.lemma_) in self.rotating_chairs for t in span[0].children):
            return True
        doc = span.doc
        before = [t.norm_ for t in doc[max(0, span.start - 2):span.start]]
        into = 1 if before[-1:] == ["au"] else 2 if before == ["a", "la"] else 0
        if not into:
            return False
        holder = span.start - into - 1  # 'une source à la présidence congolaise': someone in the institution
        return holder < 0 or fold(doc[holder].lemma_) not in self.source_nouns

    def _building(self, span: SpacySpan) -> bool:
        """'enfermés dans le palais présidentiel finlandais', 'devant le palais présidentiel
        malien': a body named by its building ('palais', 'résidence') after a preposition of being
        in or before it is the building, not the presidency acting."""
        head = span[0]
        return head.norm_ in self.venues and any(c.dep_ == "case" and fold(c.lemma_) in self.inside_preps for c in head.children)

    def _another_countrys(self, span: SpacySpan, key: str) -> bool:
        """'le cabinet royal qatari': a body the gazetteer knows by a name of its own country's
        ('cabinet royal' is Morocco's, which its other names say: 'cabinet royal marocain'),
        followed by the demonym of another country, is that other country's body, not the known
        one (when the gazetteer knows that one under the longer phrase, the longer match won)."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is None or after.head.i not in range(span.start, span.end):
            return False
        country = self.gazetteer.demonyms.get(after.norm_)
        if country is None:
            return False
        own = self._body_countries.get(key)
        if own is None:
            actor = self.gazetteer.actors[key]
            own = frozenset(self.gazetteer.demonyms[w] for name in (actor.label, *actor.aliases)
                            for w in fold(name).split() if w in self.gazetteer.demonyms)
            self._body_countries[key] = own
        return bool(own) and country not in own

    # ------------------------------------------------------------------ names
    def _names(self, doc: Doc, tokens: list[Token], spans: list[tuple[SpacySpan, Target]]) -> tuple[list[ActorMention], set[int]]:
        """The gazetteer's names of people, and misspelt names of known people ('Volodimir
        Zelensly'); a known surname inside another person's name ('Jill Biden') is not the known
        person: its span is returned, to be left to the people the gazetteer does not know."""
        persons = [(s, t) for s, t in spans if t.kind == "actor" and self.gazetteer.actors[t.key].type == "Person"]
        found = [span_mention(s, t.key, t) for s, t in persons]
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
            if person is not None and not taken.intersection(range(name.start, name.end)) and not self._named_after(ent):
                taken.update(range(name.start, name.end))
                found.append(span_mention(doc[name.start:name.end], person, Target("actor", person)))
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
                found.append(span_mention(doc[token.i:token.i + 1], next(iter(heads[head])),
                                      Target("actor", next(iter(heads[head]))), by_name=False))
        return found

    def _surnames_alone(self, tokens: list[Token], norms: list[str], mentions: list[ActorMention]) -> list[ActorMention]:
        """'Lloyd Austin ... M. Austin': a known person's surname alone, after the article has
        named them in full, is that person, even where the gazetteer does not take the surname
        alone as a name (a city, a common word elsewhere). Not when two people of the article
        share it. After 'M.' or 'Mme', the first word of a name written family name first is the
        person too ('Zhao Lijian ... M. Zhao', 'Mme Mao'). A surname glued to a particle ('Abdel
        Fattah al-Burhan ... le général al-Burhan'), which the tokenizer splits in three, is one word."""
        def surname(m: ActorMention, at: int = -1) -> str | None:
            words = m.text.split()
            full = m.by_name and len(words) >= 2 and is_person(self.gazetteer, m.actor, {}) \
                and (words[at][:1].isupper() or at == -1 and glued_to_article(words[at]))
            return fold(words[at]) if full else None

        named, first = _named_by(mentions, surname)
        family, family_first = _named_by(mentions, lambda m: surname(m, 0))
        if not named:
            return []
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        found = []
        for token, norm in zip(tokens, norms, strict=True):  # each token's folded form: a string read only where it may matter
            i, end = token.i, token.i + 1
            if norm in GLUED_PARTICLES and i + 2 < len(tokens) and norms[i + 1] == "-" and not token.whitespace_ \
                    and not tokens[i + 1].whitespace_:
                norm, end = f"{norm}-{norms[i + 2]}", i + 3  # 'al', '-', 'Burhan'
            if norm not in named and norm not in family:
                continue  # most words
            people, since = named.get(norm), first
            if people is None and norm in family and i and norms[i - 1] in self.honorifics:
                people, since = family[norm], family_first
            last = tokens[end - 1]
            if people and len(people) == 1 and i >= since[norm] and not covered.intersection(range(i, end)) \
                    and last.text[:1].isupper() and last.pos_ == "PROPN" and not self._after_a_first_name(token):
                actor = next(iter(people))
                found.append(span_mention(token.doc[i:end], actor, Target("actor", actor)))
        return found

    def _nicknames(self, tokens: list[Token], norms: list[str], mentions: list[ActorMention],
                   minted: dict[str, Actor]) -> list[ActorMention]:
        """'Mohamed Hamdan Daglo, dit « Hemedti »', 'Omar Diallo, alias Tigre': a name a person's
        full name introduces by 'dit', 'surnommé' or 'alias' (quoted or not) is that person's, there
        and wherever the article writes it later ('avec Hemedti'). Not a nickname two people share."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        people = {m.token_end: m.actor for m in mentions if m.by_name and len(m.text.split()) >= 2
                  and is_person(self.gazetteer, m.actor, minted)}
        nicknames: dict[tuple[str, ...], set[str]] = {}
        first: dict[tuple[str, ...], int] = {}
        for end, actor in people.items():
            i = end + 1 if end < len(norms) and norms[end] == "," else end
            if i >= len(norms) or norms[i] not in self.nickname_words:
                continue
            i += 1 + (i + 1 < len(norms) and norms[i + 1] in OPENING_QUOTES)
            start = i
            while i < len(tokens) and i not in covered and is_name_word(tokens[i].text) and fold(tokens[i].text) not in PARTICLES:
                i += 1
            if i > start:
                nickname = tuple(norms[start:i])
                nicknames.setdefault(nickname, set()).add(actor)
                first.setdefault(nickname, start)
        found = []
        for nickname, actors in nicknames.items():
            if len(actors) != 1:
                continue
            actor, size = next(iter(actors)), len(nickname)
            for i in range(first[nickname], len(norms) - size + 1):
                if tuple(norms[i:i + size]) == nickname and tokens[i].text[:1].isupper() \
                        and not covered.intersection(range(i, i + size)):
                    found.append(span_mention(tokens[i].doc[i:i + size], actor, Target("actor", actor)))
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
                    found.append(span_mention(doc[i:i + 1], actor, Target("actor", actor)))
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
        named_at = sorted((m.token_start, m.actor) for m in mentions if m.by_name and is_person(self.gazetteer, m.actor, {}))
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
                found.append(span_mention(token.doc[token.i:end], actor, Target("actor", actor), by_name=False))
        return found

    def _kingdom(self, tokens: list[Token], norms: list[str], mentions: list[ActorMention]) -> list[ActorMention]:
        """'Le dirigeant de facto du royaume': 'le royaume' alone, with nothing after it that says
        which ('le royaume chérifien', 'le royaume de Jordanie'), is the one kingdom whose people
        (its king, its crown prince, its ministers) the article has named before; nothing when
        it named people of two kingdoms."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        found = []
        for i in (i for i, norm in enumerate(norms) if norm in self.kingdom_nouns and i and i not in covered):
            token = tokens[i]
            if norms[i - 1] not in _SINGULAR_ARTICLES | {"du", "au"} or any(c.i > i for c in token.children):
                continue
            kingdoms = {country for m in mentions if m.token_start < i and is_person(self.gazetteer, m.actor, {})
                        for country in self.gazetteer.countries_of(m.actor) & self.kingdoms}
            if len(kingdoms) == 1:
                country = kingdoms.pop()
                found.append(span_mention(token.doc[i:i + 1], country, Target("actor", country), by_name=False))
        return found

    def _after_a_first_name(self, token: Token) -> bool:
        """'Ashley Biden': the surname of someone else of the family, not 'M. Biden'."""
        before = token.doc[token.i - 1] if token.i else None
        return before is not None and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start \
            and before.norm_ not in self.not_names

    def _own_journalist(self, ent: SpacySpan) -> bool:
        """'notre envoyé spécial Julien Marchand', 'notre correspondant à Bruxelles, X': the outlet's
        own reporter, named beside a journalist noun the writer's possessive owns (the parse may hang
        the name on the noun's place: 'à Bruxelles, X'), is no actor."""
        return any(head.i < ent.start and head.norm_ in self.journalists and any(
            t.norm_ in self.writer_possessives for t in children(head)) for head in list(ent.root.ancestors)[:2])

    def _people(self, doc: Doc, covered: set[int], mentions: list[ActorMention]) -> Iterator[tuple[ActorMention, Actor]]:
        """People the parser finds and the gazetteer does not know, one key per person however
        the article spells them (the most frequent spelling is the label); a surname alone is
        the person named in full elsewhere in the article."""
        groups: list[list[Name]] = []
        singles = []
        ents = [ent for ent in (_before_a_place_of(e, covered) for e in doc.ents)
                if (ent.label_ == "PER" or ent[0].norm_ in self.titles or _set_off_after_role(ent))
                and not any(i in covered for i in range(ent.start, ent.end))]
        # 'Premier ministre Ousmane Sonko', tagged MISC: the name after the title is a person's
        # a name the tagger put in a longer entity it reads no name from ('ministre de l'Intérieur X') is read alone
        taken = {i for ent in ents if any(name_of(part, self.not_names) for part in _split_names(ent))
                 for i in range(ent.start, ent.end)}
        ents += [run for run in _names_after_roles(doc) if not any(i in covered or i in taken for i in range(run.start, run.end))]
        for ent in map(_past_an_article, ents):
            if self._own_journalist(ent) or self._named_after(ent):
                continue
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
                yield span_mention(doc[name.start:name.end], actor.key, Target("actor", actor.key)), actor


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


def _described_before_a_name(span: SpacySpan, target: Target, names_at: dict[int, Target]) -> bool:
    """'l'agence de presse officielle iranienne Tasnim': a body the gazetteer knows by a
    description in lower case ('agence officielle iranienne', one of its agencies), written right
    before the name of another, describes that one: the name is the actor, not a second one."""
    named = names_at.get(span.end)
    return target.kind == "actor" and span[0].text[:1].islower() and named is not None and named != target


_LINKING_POS = frozenset({"DET", "ADP", "CCONJ"})  # 'de', 'la', 'et': words an acronym leaves out
#: 'le Pacte de stabilité régionale (PSR)': nouns of a text parties sign, spelt out like a body's name
_AGREEMENT_NOUNS = frozenset(fold(w) for w in cues()["agreement_nouns"])


def _spelt_out_bodies(doc: Doc, covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
    """'le Conseil national pour la sauvegarde de la patrie (CNSP)': a name opening with a capital
    whose words, the linking ones aside, give the capitals in parentheses right after it is a
    body's name spelt out, whether it speaks or not; it is minted under that name, the acronym
    its alias, and the acronym alone later in the article names it too. Nothing when a known
    name opens it ('l'Agence France-Presse (AFP)'), nor when an agreement's noun does ('le Plan
    d'action commun (PAC)', 'le Traité de non-prolifération (TNP)'): a text, which acts for nobody."""
    spelt: dict[str, Actor] = {}
    texts = doc._.folded.texts  # the words as written: a Token made only around an acronym in parentheses
    for i in [i for i in range(2, len(texts) - 1) if texts[i - 1] == "(" and texts[i + 1] == ")"]:
        acronym = texts[i]
        if not (acronym.isalpha() and acronym.isupper() and len(acronym) > 1):
            continue
        letters, start = list(fold(acronym)), i - 1
        while letters and start > 0:
            word = doc[start - 1]
            if word.pos_ == "PUNCT":
                break
            start -= 1
            if word.pos_ not in _LINKING_POS:
                if fold(word.text)[:1] != letters[-1]:
                    break
                letters.pop()
        opening = doc[start]
        if letters or start in covered or not opening.text[:1].isupper() or opening.pos_ in _LINKING_POS \
                or opening.norm_ in _AGREEMENT_NOUNS:
            continue
        label = doc[start:i - 1].text
        actor = spelt.setdefault(acronym, Actor(slug(label), "Organization", label, (acronym,)))
        yield span_mention(doc[start:i - 1], actor.key, Target("actor", actor.key)), actor
        yield span_mention(doc[i:i + 1], actor.key, Target("actor", actor.key)), actor
    for i in [i for i, text in enumerate(texts) if text in spelt] if spelt else []:
        if i not in covered and not (i and texts[i - 1] == "("):
            actor = spelt[texts[i]]
            yield span_mention(doc[i:i + 1], actor.key, Target("actor", actor.key)), actor


def _set_off_after_role(ent: SpacySpan) -> bool:
    """'La ministre lituanienne de la Défense, Dovilė Šakalienė, a ...': a name between commas that
    hangs on a person's role noun before it is that person's, whatever the tagger calls it (it
    may read a name of letters it rarely saw as an organisation's)."""
    doc, root = ent.doc, ent.root
    return ent.start > 0 and doc[ent.start - 1].text == "," and root.dep_ in _APPOSED \
        and root.head.i < ent.start and root.head.norm_ in PERSON_NOUNS and (ent.end == len(doc) or doc[ent.end].text == ",")


_NAME_LINKS = frozenset({"appos", "nmod", "conj", "flat:name"})  # how the parser hangs a name on the role before it
_ROLE_STEPS = 2  # 'le ministre de l'Économie X': the name may hang on the role's complement, not the role


def _names_after_roles(doc: Doc) -> list[SpacySpan]:
    """'Le ministre de l'Économie Jean-Marc Dutilleul a répondu', 'le chef de groupe PS Anne
    Lambotte', "l'ambassadeur de Suède, Lars Ekström,": two or more capitalised proper nouns right
    after a person's role (its complements included) name that person, whatever the tagger calls
    them (it reads the role's last noun into a place or a party it takes the name for). Not a
    name governed by its own preposition or article ('le patron de Human Rights Watch'): that is
    a complement, an organisation's or a place's."""
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.pos_ != "PROPN" or not is_name_word(token.text) or i and (doc[i - 1].pos_ == "PROPN" or fold(doc[i - 1].text)
                                                                          in PARTICLES):
            i += 1  # 'Tamim ben Hamad Al Thani': the words after a particle are the end of a longer name
            continue
        end = i + 1
        while end < len(doc) and (not doc[end - 1].whitespace_ and "-" in {doc[end - 1].text, doc[end].text}
                                  or "\n" not in doc[end - 1].whitespace_ and is_name_word(doc[end].text)
                                  and (doc[end].pos_ == "PROPN" or fold(doc[end].text) in PARTICLES and end + 1 < len(doc)
                                       and doc[end + 1].pos_ == "PROPN")):
            end += 1  # 'Paul', '-', 'Henri': a hyphenated first name the tokenizer split is one word
        run = doc[i:end]
        if len(words_of(run)) >= 2 and _after_a_role(run):
            found.append(run)
        i = end
    return found


def _after_a_role(run: SpacySpan) -> bool:
    """Does this run of names hang, with no preposition or article of its own, on a person's role
    noun whose phrase runs right up to it?"""
    roots = [t for t in run if not run.start <= t.head.i < run.end]  # several where the parser split the name
    if any(t.dep_ not in _NAME_LINKS or t.head.i >= run.start
           or any(c.dep_ in {"case", "det"} and c.i < run.start for c in t.children) for t in roots):
        return False
    return any(_role_up_to(root.head, run.start) for root in roots)


def _role_up_to(head: Token, start: int) -> bool:
    """Is `head`, or the noun it completes, a person's role whose phrase runs up to `start`?"""
    for _ in range(_ROLE_STEPS):
        if fold(head.lemma_) in PERSON_NOUNS and head.pos_ == "NOUN":
            phrase = {t.i for t in head.subtree}
            return all(k in phrase for k in range(head.i, start))
        if head.head.i == head.i or head.dep_ not in _NAME_LINKS:
            return False
        head = head.head
    return False


_ARTICLED = frozenset({"le", "la", "l'", "les", "au", "aux", "du", "des"})  # articles, and prepositions holding one
_OF = frozenset(cues()["of_prepositions"])  # 'de', 'du', 'des', "d'", as written (lower case)
_BEFORE_A_NAME = frozenset({"la", "l'"})  # 'de la Jordanie', "de l'Égypte": the article between 'de' and a country


def _past_an_article(ent: SpacySpan) -> SpacySpan:
    """'le secrétaire au Trésor Scott Bessent': a capitalised word right after a person's role and
    an article, or a preposition holding one ('au', 'du', 'à la'), is the common noun of the
    role's complement, not the first word of a person's name, which takes none: the name is what
    follows, two words or more. Not after any other noun: 'chercheuse au German Marshall Fund'
    names a body whole."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].norm_ not in _ARTICLED or not ent[0].whitespace_ or len(words_of(ent)) < 3:
        return ent
    role = doc[ent.start - 2] if doc[ent.start - 2].pos_ == "NOUN" or ent.start < 3 else doc[ent.start - 3]
    return doc[ent.start + 1:ent.end] if role.pos_ == "NOUN" and fold(role.lemma_) in PERSON_NOUNS else ent


def _split_names(ent: SpacySpan) -> list[SpacySpan]:
    """'Ivan Sekretarev/Lucas Jackson' names two people; so do words set apart by a run of spaces
    or a line break, as a share bar's items are ('Partager   Facebook   E-mail   Imprimer'): one
    name's words stand a single space apart."""
    parts, start = [], ent.start
    for token in ent:
        if token.text in {"/", ",", "et", ";"} or token.is_space:
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


def _after_of(span: SpacySpan) -> bool:
    """'Paul Kagame du Rwanda', 'Macky Sall, du Sénégal', 'Abdallah II de Jordanie': a country after 'de'
    in lower case, which the model often reads into the name before it, says whose leader he is;
    a particle of a surname is no preposition before a country ('Charles de Gaulle')."""
    doc = span.doc
    at = span.start - 1 - (span.start > 1 and doc[span.start - 1].norm_ in _BEFORE_A_NAME)
    return at >= 0 and doc[at].text in _OF


def _before_a_place_of(ent: SpacySpan, covered: set[int]) -> SpacySpan:
    """'Jean Dupont du Rwanda': an entity whose last words are a place already read after 'de' (see
    `_after_of`) names the person before the 'de' only."""
    doc = ent.doc
    for token in ent[1:]:
        if token.text in _OF:
            rest = [t.i for t in doc[token.i + 1:ent.end] if t.norm_ not in _BEFORE_A_NAME]
            if rest and all(i in covered for i in rest):
                return SpacySpan(doc, ent.start, token.i, label=ent.label)
    return ent


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

