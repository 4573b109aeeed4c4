"""The staff and institutions of leaders that speak: 'l'entourage de M. Hollande', 'le bureau du
Premier ministre Justin Trudeau', 'sa présidence', 'son gouvernement' are the presidency, office or
government of the leader they belong to, on the article's day; without a country, the leader the
article names or the subject of the clause before. An institution named without its country ('la
présidence a précisé', 'selon la chancellerie') is the one of the country the context gives.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.extract.actor_bodies import BodyReader
from kg.nlp.extract.actor_spans import (
    dateline_country,
    demonyms_without,
    form_words,
    is_person,
    known_adjectives,
    of_an_unknown_country,
    one_country,
    span_mention,
    written_at,
)
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import children, feature
from kg.nlp.gazetteer import Actor, Gazetteer, Period, Target
from kg.text import fold

_CAPITAL_WORDS = 3  # 'À Port Moresby, ...': the words of a capital a sentence opens with


class StaffReader:
    """The staff and institutions of the leaders a document names, once its names and roles are found."""

    def __init__(self, gazetteer: Gazetteer, bodies: BodyReader) -> None:
        self.gazetteer = gazetteer
        self.bodies = bodies  # whether a possessed institution speaks ('sa présidence a indiqué')
        c = gazetteer.cues
        self.institution_forms = {role: [form_words(f) for f in forms] for role, forms in c["leader_institution_forms"].items()}
        self.leader_institution_words = {words[0] for forms in self.institution_forms.values() for words in forms}
        self.institution_of_role = c["institution_of_role"]
        self.agency_forms = [form_words(f) for f in c["state_agency_forms"]]
        self.agency_words = {words[0] for words in self.agency_forms}
        self.staff_nouns = {fold(x) for x in c["leader_staff_nouns"]}
        self.own_office_nouns = {fold(x) for x in c["own_office_nouns"]}
        self.possessives = {fold(x) for x in c["possessive_determiners"]}
        self.possessed = {fold(noun): (how["kind"], frozenset(how["roles"])) for noun, how in c["possessed_institutions"].items()}
        self.honorifics = {fold(x) for x in c["honorifics"]}
        self.lacking = demonyms_without(gazetteer, self.institution_forms)  # 'l'entourage du chef de l'État malawite': nobody's
        self.known_adjectives = known_adjectives(gazetteer)  # 'le Premier ministre sortant', 'le souverain marocain'
        self.place_preps = {fold(x) for x in c["place_prepositions"]}
        # 'la présidence', 'le ministère des Affaires étrangères': a template's words without its country,
        # longest first; an agency's are read by `state_agencies`, of the leader whose news it gives
        self.bare_forms = sorted(((form_words(" ".join(form.replace("{adj}", " ").replace("{country}", " ").split())), kind)
                                  for kind, spec in c["institution_templates"].items() if "type" not in spec
                                  for form in spec["forms"]), key=lambda pair: -len(pair[0]))
        self.bare_words = {words[0] for words, _ in self.bare_forms}
        # 'la chancellerie' alone is a body of the few countries a chancellor leads, those the gazetteer knows
        # ('selon la chancellerie' in an article on Emmanuel Macron and Angela Merkel is Germany's), not any country's
        self.bare_if_known = {kind for kind, spec in c["institution_templates"].items() if spec.get("bare_if_known")}
        # 'le Congrès', 'le Conseil constitutionnel': a body a country has one of, written with its capital, is
        # named by that name wherever written, speaking or not ('un texte du Congrès'), as the annotators take it
        self.by_name = {kind for kind, spec in c["institution_templates"].items() if spec.get("by_name")}
        # each body of a template, known or to be minted, with its kind and country: 'la présidence'
        # after 'la présidence algérienne' is that one
        self.template_bodies = {
            (target.key if target.kind == "actor" else gazetteer.institution(target).key): (kind, country)
            for (kind, country), target in gazetteer.institution_targets.items()}

    def leader_institutions(self, doc: Doc, tokens: list[Token], mentions: list[ActorMention], minted: dict[str, Actor],
                             period: Period) -> list[ActorMention]:
        """'le bureau du premier ministre' without a country: the office of the one head of
        government the article names ('le bureau du premier ministre Justin Trudeau': his)."""
        places = [t.i for t in tokens if t.norm_ in self.leader_institution_words]
        if not places:
            return []
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        starts = {m.token_start: m for m in mentions if is_person(self.gazetteer, m.actor, minted)}
        holders: dict[str, set[str]] = {}  # role -> countries of the people the article names in it
        for m in mentions:
            for office in self.gazetteer.offices_of(m.actor, period):
                holders.setdefault(self.gazetteer.offices[office].role, set()).add(self.gazetteer.offices[office].country)
        found = []
        for i in places:
            for role, forms in self.institution_forms.items():
                for words in forms:
                    end = i + len(words)
                    if not written_at(doc, i, words) or any(j in covered for j in range(i, end)) or \
                            of_an_unknown_country(doc, end, self.known_adjectives, self.lacking[role]):
                        continue
                    person = starts.get(end)
                    countries = holders.get(role, set())
                    if person is not None:  # 'le bureau du premier ministre Justin Trudeau'
                        countries = {self.gazetteer.offices[o].country for o in self.gazetteer.offices_of(person.actor, period)
                                     if self.gazetteer.offices[o].role == role}
                    elif len(countries) > 1:  # 'X n'a pas parlé à Y. « … », a insisté l'entourage du président': X's
                        countries = self._subject_holding(doc, i, role, mentions, period) \
                            or self._named_holding(doc, i, role, mentions, period) or countries
                    if len(countries) == 1:
                        key = self._institution(self.institution_of_role[role], next(iter(countries)), minted)
                        found.append(span_mention(doc[i:end], key, Target("actor", key)))
                        covered.update(range(i, end))
        return found

    def state_agencies(self, doc: Doc, tokens: list[Token], mentions: list[ActorMention], minted: dict[str, Actor],
                       period: Period) -> list[ActorMention]:
        """'X a reçu un appel de Y, selon l'agence nationale d'information': an official agency
        without its country is that of the leader the clause reports on (its subject, or the
        sentence before's), a medium of that country, not the country; nobody past an adjective
        that is no demonym the gazetteer knows ('l'agence officielle malawite')."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        found = []
        for token in tokens:
            words = next((w for w in self.agency_forms if written_at(doc, token.i, w)), None)
            end = token.i + len(words) if words else token.i
            if words is None or any(j in covered for j in range(token.i, end)) or of_an_unknown_country(doc, end, self.known_adjectives) \
                    or end < len(doc) and doc[end].text[:1].isupper():
                continue  # 'l'agence officielle Sana': the medium by its name
            person = subject_before(doc, token.i, mentions)
            countries = {self.gazetteer.offices[o].country for o in self.gazetteer.offices_of(person.actor, period)} \
                if person is not None and is_person(self.gazetteer, person.actor, minted) else set()
            if len(countries) == 1:
                key = self._institution("state_agency", countries.pop(), minted)
                found.append(span_mention(doc[token.i:end], key, Target("actor", key), by_name=False))
        return found

    def bare_institutions(self, doc: Doc, tokens: list[Token], mentions: list[ActorMention], minted: dict[str, Actor],
                          period: Period) -> list[ActorMention]:
        """'la présidence a précisé', 'selon la chancellerie', 'la porte-parole du gouvernement a démenti':
        an institution of a template written without its country, that speaks, is that of the country
        the context gives (`_context_country`). Not one set apart by other words ('le gouvernement de
        transition', 'la présidence tournante', 'le nouveau gouvernement'), nor one an article other
        than 'le', 'la' opens ('un gouvernement', 'son gouvernement': the leader's, `leaders_staff`).
        One a country names by a proper name ('le Congrès', 'le Conseil constitutionnel') need not speak."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        found = []
        for token in tokens:
            words, kind = next(((w, k) for w, k in self.bare_forms if written_at(doc, token.i, w)), ((), ""))
            end = token.i + len(words)
            named = kind in self.by_name and token.text[:1].isupper()
            # what a clause after the name says of it does not set it apart ('du Congrès, qui votera ...')
            apart = any(c.i >= end and not (c.dep_.startswith("acl") or c.dep_ == "punct") for c in children(token)) \
                if named else token.right_edge.i >= end
            if not words or any(i in covered for i in range(token.i, end)) or apart or \
                    not (named or self.bodies.speaks_through(token)) or not self._definite_alone(token):
                continue
            country = self._context_country(doc, token, kind, mentions, period)
            if country is not None:
                key = self._institution(kind, country, minted)
                found.append(span_mention(doc[token.i:end], key, Target("actor", key), by_name=False))
                covered.update(range(token.i, end))
        return found

    @staticmethod
    def _definite_alone(noun: Token) -> bool:
        """Is the noun opened by a definite article ('la', 'du') and by nothing else but its preposition
        ('selon la présidence'), no adjective, no other determiner ('le nouveau gouvernement', 'son gouvernement')?"""
        before = [c for c in children(noun) if c.i < noun.i]
        articles = [c for c in before if "Def" in feature(c, "Definite")]
        return len(articles) == 1 and all(c.dep_ == "case" for c in before if c not in articles)

    def _context_country(self, doc: Doc, noun: Token, kind: str, mentions: list[ActorMention], period: Period) -> str | None:
        """Whose a bare institution is, as a careful reader takes it: the capital of a place phrase
        opening its sentence ('À Kinshasa, le gouvernement a démenti'), over any country named
        before; else the one country whose body of that kind the article named before ('selon la
        présidence' after 'un communiqué de la présidence algérienne'); the capital of the
        dispatch's dateline; the one country the article names as a subject (`one_country`); the
        one country whose leaders in office it named before, or the one the subject of the clause
        before leads ('X a reçu un appel de Y. La présidence a précisé ...': X's)."""
        def has(country: str | None) -> bool:  # a country that has such a body
            known = self.gazetteer.institution_targets.get((kind, country or ""))
            return country is not None and (kind not in self.bare_if_known or known is not None and known.kind == "actor")

        opening = self._opening_place(doc, noun.sent.start)
        if has(opening):
            return opening
        same = {self.template_bodies[m.actor][1] for m in mentions if m.token_start < noun.i
                and self.template_bodies.get(m.actor, ("", ""))[0] == kind}
        if len(same) == 1:
            return same.pop()
        country = dateline_country(self.gazetteer, doc) or one_country(self.gazetteer, doc, noun.i, mentions)
        if has(country):
            return country

        def led(actor: str) -> set[str]:  # a presidency is a head of state's, the office of a premier a head of government's
            offices = [self.gazetteer.offices[o] for o in self.gazetteer.offices_of(actor, period)]
            of_role = kind in self.institution_of_role.values()
            return {o.country for o in offices if (self.institution_of_role.get(o.role) == kind if of_role else o.leader) and has(o.country)}

        countries = {c for m in mentions if m.by_name and m.token_start < noun.i for c in led(m.actor)}
        if len(countries) > 1:
            subject = subject_before(doc, noun.i, mentions)
            countries = led(subject.actor) if subject is not None else set()
        return countries.pop() if len(countries) == 1 else None

    def _opening_place(self, doc: Doc, start: int) -> str | None:
        """'À Kinshasa, ...': the country of a capital a sentence opens with after 'à' and sets off by a comma."""
        if start + 2 >= len(doc) or doc[start].norm_ not in self.place_preps:
            return None
        comma = next((i for i in range(start + 2, min(len(doc), start + 2 + _CAPITAL_WORDS)) if doc[i].text == ","), None)
        return self.gazetteer.capitals.get(fold(doc[start + 1:comma].text)) if comma is not None else None

    def _subject_holding(self, doc: Doc, at: int, role: str, mentions: list[ActorMention], period: Period) -> set[str]:
        """The country of the person in `role` who is the subject of the sentence before the token
        `at` (or of its own sentence, before it): whose staff or office a bare 'du président' is
        when the article names several presidents."""
        mention = subject_before(doc, at, mentions)
        if mention is None:
            return set()
        return {self.gazetteer.offices[o].country for o in self.gazetteer.offices_of(mention.actor, period)
                if self.gazetteer.offices[o].role == role}

    def _named_holding(self, doc: Doc, at: int, role: str, mentions: list[ActorMention], period: Period) -> set[str]:
        """The countries of the people in `role` the sentence of the token `at` (before it) or the
        sentence before names, whatever their function in it: 'Y a joint X. L'échange a duré une
        heure, a précisé le cabinet du premier ministre' is X's office when Y is no premier, though
        the article names premiers of other countries elsewhere."""
        sent = doc[at].sent
        start = doc[sent.start - 1].sent.start if sent.start else sent.start
        return {self.gazetteer.offices[o].country for m in mentions if start <= m.token_start < at
                for o in self.gazetteer.offices_of(m.actor, period) if self.gazetteer.offices[o].role == role}

    def leaders_staff(self, doc: Doc, tokens: list[Token], norms: list[str], mentions: list[ActorMention],
                       minted: dict[str, Actor], period: Period) -> list[ActorMention]:
        """'l'entourage de M. Hollande', 'les services de Giorgia Meloni', 'le bureau de Justin
        Trudeau': the staff of a head of state or government speaks as their presidency or office,
        if they were in office when the article's period began (a president-elect's team is not
        yet the presidency); out of office, their own office ('son bureau') speaks as themselves.
        'sa présidence', 'son gouvernement' where they speak: the institution of that kind of the
        country the clause's subject leads ('son gouvernement est divisé' is what a country holds,
        no speaker, as for the template's 'when_speaking')."""
        began = Period(period.start, period.start)
        starts = {m.token_start: m for m in mentions if is_person(self.gazetteer, m.actor, minted)}
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        found = []
        for token, norm in zip(tokens, norms, strict=True):  # each token's folded form: no string read from the Token
            possessed = self.possessed.get(norm)
            if norm not in self.staff_nouns and possessed is None or token.i in covered:
                continue
            if any(c.dep_ == "det" and c.norm_ in self.possessives for c in children(token)):
                start = token.i + 1  # 'selon son bureau', 'a indiqué son entourage': the staff of the clause's subject
                person = subject_before(doc, token.i, mentions)
            elif token.i + 2 < len(tokens) and tokens[token.i + 1].norm_ in {"de", "d'", "du"}:
                start = token.i + 2
                while start < len(tokens) and tokens[start].norm_ in self.honorifics:
                    start += 1
                person = starts.get(start)
            else:
                continue
            if person is not None and not is_person(self.gazetteer, person.actor, minted) or \
                    possessed is not None and not self.bodies.speaks_through(token):
                continue
            offices = [self.gazetteer.offices[o] for o in self.gazetteer.offices_of(person.actor, began)] if person else []
            kinds = {(self.institution_of_role[o.role], o.country) for o in offices if o.role in self.institution_of_role} \
                if possessed is None else {(possessed[0], o.country) for o in offices if o.role in possessed[1]}
            if len(kinds) == 1:
                key = self._institution(*kinds.pop(), minted)
                found.append(span_mention(doc[token.i:start], key, Target("actor", key), by_name=False))  # 'bureau de' is no alias
            elif person is not None and norm in self.own_office_nouns and not offices:
                # 'a fait savoir son bureau' of a former president: no institution speaks for them, they do
                # ('selon son entourage' is nobody named: people around them, not their office)
                found.append(span_mention(doc[token.i:start], person.actor, Target("actor", person.actor), by_name=False))
        return found

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


def subject_before(doc: Doc, at: int, mentions: list[ActorMention]) -> ActorMention | None:
    """The actor named as the subject of the main verb of the token's sentence, before it, or of
    the sentence before: whom 'son bureau' or a bare 'du président' belongs to."""
    sent = doc[at].sent
    earlier = [sent, doc[sent.start - 1].sent] if sent.start else [sent]
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    for sentence in earlier:
        root = sentence.root
        for verb in [root, *[c for c in children(root) if c.dep_ == "conj"]]:
            mention = _named_subject(verb, at, by_token)
            if mention is not None:
                return mention
        if sentence.start == sent.start and not any(c.dep_.startswith("nsubj") for c in children(root)):
            # 'X a téléphoné à Y, a fait savoir son bureau' with the call's verb misread, hung on the incise
            for verb in (t for t in doc[sent.start:at] if t.head.i == root.i and t.i != root.i):
                mention = _named_subject(verb, at, by_token)
                if mention is not None:
                    return mention
    return None


def _named_subject(verb: Token, at: int, by_token: dict[int, ActorMention]) -> ActorMention | None:
    """The actor a verb's subject before the token `at` names ('Le président de la République,
    M. X, a ...': X, its apposition)."""
    for subject in (c for c in children(verb) if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < at):
        mention = by_token.get(subject.i) or next(
            (by_token[t.i] for c in children(subject) if c.dep_ == "appos" for t in [c, *children(c)] if t.i in by_token), None) \
            or _after_an_opening(subject, by_token)
        if mention is not None:
            return mention
    return None


def _after_an_opening(subject: Token, by_token: dict[int, ActorMention]) -> ActorMention | None:
    """'Trois jours après le sommet, X n'a pas ...': a phrase in a preposition that opens the sentence,
    which the parser made the subject and the true subject after its comma a conjunct of: that
    conjunct is the subject (a subject takes no preposition)."""
    if not any(c.dep_ == "case" for c in children(subject)):
        return None
    doc = subject.doc
    return next((by_token[c.i] for c in children(subject) if c.dep_ == "conj" and c.i in by_token and doc[c.i - 1].text == ","), None)
