"""Offices named by a role: 'le président turc, Recep Tayyip Erdoğan' is that person; 'son
homologue russe', 'le chef de l'État', 'la chancelière', 'les dirigeants russe et américain' with
no name are the holders on the article's day, preferring those the article names by name; 'le
président élu', 'le futur chancelier', 'l'ancien président' the holder to come or gone.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection
from datetime import timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.nlp.extract.actor_names import spelt_in_full
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
from kg.nlp.extract.outlets import outlet_country
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import children, feature, tokens_of
from kg.nlp.gazetteer import Actor, Gazetteer, Period, Target
from kg.text import fold

ELECT_REACH = timedelta(days=365)  # 'le président élu' takes office within the year
_FEW_OFFICES = 2  # a title two countries give their office ('chancelier') still points at one of them
_QUALIFIER_REACH = 2  # words between a role and the name it describes: 'le président sortant élu X'
_NEW_HOLDER_REACH = timedelta(days=120)  # "le nouveau président" may take office a few months later


class RoleReader:
    """Who the roles of a document name, once the gazetteer's phrases and the names are found."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        c = gazetteer.cues
        self.plural_nouns = {fold(x) for x in c["plural_leader_nouns"]}
        self.group_anaphors = {fold(x) for x in c["group_anaphors"]}  # 'du groupe': the group named before
        self.counterparts = {fold(x) for x in c["counterpart_nouns"]}
        self.ministers = {fold(x) for x in c["minister_nouns"]}  # 'le ministre X ... son homologue': no leader
        self.of_prepositions = frozenset(fold(x) for x in c["of_prepositions"])
        self.staff_nouns = {fold(x) for x in c["leader_staff_nouns"]}
        # longest first: 'président élu des États-Unis' is read as such, not as 'président' (see bare_roles_named)
        self.bare_roles = {role: sorted((form_words(f) for f in forms), key=len, reverse=True) for role, forms in c["bare_role_forms"].items()}
        self.bare_role_words = {words[0] for forms in self.bare_roles.values() for words in forms}
        self.monarchs = {fold(t) for t in c["monarch_titles"]}
        self.own_country_forms = {tuple(form_words(f)) for f in c["own_country_role_forms"]}  # the outlet's own leaders
        self.republican_forms = {tuple(form_words(f)) for f in c["republican_role_forms"]}  # no king's
        self.reigning_offices = frozenset(o.key for o in gazetteer.monarchs())
        self.titled_offices = _titled_offices(gazetteer, self.bare_roles, self.monarchs)
        self.elect = {fold(x) for x in c["elect_markers"]}  # 'le président élu': the holder to come
        self.known_adjectives = known_adjectives(gazetteer)  # 'le Premier ministre sortant', 'le souverain marocain'
        self.lacking = demonyms_without(gazetteer, self.bare_roles)  # 'le président malawite': a country without that office
        self.successor = {fold(x) for x in c["successor_markers"]}
        self.newly = {fold(x) for x in c["new_holder_markers"]}
        self.former = {fold(x) for x in c["former_holder_markers"]}
        self.succession = {fold(noun): side for side, nouns in c["succession_nouns"].items() for noun in nouns}
        self.acting = [form_words(x) for x in c["acting_phrases"]]  # 'le président par intérim X'
        self.indefinite = frozenset(fold(x) for x in c["indefinite_determiners"])  # 'élire un président': nobody yet
        self.address_words = frozenset(fold(x) for x in [*c["honorifics"], *c["person_titles"]])  # 'Son Excellence Monsieur X'

    def bare_roles_named(self, doc: Doc, tokens: list[Token], mentions: list[ActorMention], minted: dict[str, Actor],
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
            if m.by_name and is_person(self.gazetteer, m.actor, minted):
                for office in self.gazetteer.offices_of(m.actor, period):
                    named.append((m.token_start, m.actor, office))
                for office in self.gazetteer.offices_to_come(m.actor, period.start, ELECT_REACH) if period.start else ():
                    to_come.append((m.token_start, m.actor, office))
        offices = self.gazetteer.offices
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        found = []
        for token in places:
            longest = 0  # the longest form written here: a shorter one inside it is no other reading
            for role, forms in self.bare_roles.items():
                for words in forms:
                    end = token.i + len(words)
                    if not written_at(doc, token.i, words) or len(words) < longest:
                        continue
                    longest = len(words)
                    if any(i in covered for i in range(token.i, end)) or \
                            end < len(doc) and doc[end].norm_ in self.of_prepositions or self._introduces_a_name(doc, end, mentions) or \
                            of_an_unknown_country(doc, end, self.known_adjectives, self.lacking[role]) or \
                            any(c.dep_ == "det" and c.norm_ in self.indefinite for c in children(doc[token.i:end].root)):
                        continue  # 'le chancelier de l'Échiquier' is another office; 'le Premier ministre groenlandais X' is X;
                        # 'élire un président', 'tout Premier ministre' is nobody in particular
                    sent = token.sent
                    to_be = words[-1] in self.elect or token.i > 0 and doc[token.i - 1].norm_ in self.successor  # 'le futur chancelier'
                    titled = self.titled_offices.get(tuple(words))  # 'le chancelier' is not the Hungarian head of government
                    holders = [(i, p) for i, p, o in (to_come if to_be else named) if offices[o].role == role and (titled is None or o in titled)]
                    here = {p for i, p in holders if sent.start <= i < sent.end}
                    before = self._own_monarch(doc, words, role, titled, period) or \
                        list(dict.fromkeys(p for i, p in holders if i < sent.start and p not in here))
                    if len(here) == 1 and self._of_staff(doc[token.i:end]):
                        before = list(here)  # 'Selon le bureau du Premier ministre, M. X a demandé ...': X's own office
                    if (owner := self._staff_speaking_of(doc[token.i:end], mentions)) is not None:
                        before = [owner]  # 'le bureau de M. X a démenti que le Premier ministre ait appelé Y': X
                    spelt = [p for p in self._named_in_full(doc, end) if any(
                        offices[o].role == role and (titled is None or o in titled) for o in self.gazetteer.offices_of(p, period))]
                    apposed = self._apposed_holder(doc, end, mentions, here) or (spelt[0] if len(spelt) == 1 else None)
                    if apposed is not None:
                        before = [apposed]  # 'Le Président de la République, Son Excellence M. X, a reçu ...': X
                    elif self._set_off_name(doc, end, mentions):
                        continue  # 'Le Premier ministre sortant, X, ...': X's title, X named right there
                    if not before:  # a lead naming the role first: 'Le chef de l'État a appelé Y. ... X doit ...'
                        before = list(dict.fromkeys(p for i, p in holders if i >= sent.end and p not in here))
                    if len(before) != 1 and not to_be and apposed is None:  # 'Le président de la République' of a state's press
                        before = [p for p in self._outlet_holder(doc, words, role, period, before) if p not in here] or before
                    if not before and titled is not None and not to_be:
                        before = self._titled_holder(doc, token.i, end, titled, period, mentions)
                    if not before and not to_be and titled is None:  # the country of the dispatch, or the one named
                        before = self._dateline_holder(doc, role, period) or self._one_country_holder(doc, token.i, mentions, role, period)
                    if len(before) == 1:
                        found.append(span_mention(doc[token.i:end], before[0], Target("actor", before[0]), by_name=False))
                        covered.update(range(token.i, end))
        return found

    def _own_monarch(self, doc: Doc, words: list[str], role: str, titled: frozenset[str] | None, period: Period) -> list[str]:
        """'RABAT - Le souverain a adressé un message au roi X': a monarch's title in a dispatch from
        a monarchy's capital is that country's monarch, whoever else the article names."""
        if " ".join(words) not in self.monarchs or not titled:
            return []
        country = dateline_country(self.gazetteer, doc)
        return self._holder_on_the_day(country, role, period) if self.gazetteer.office_of(country, role) in titled else []

    def _outlet_holder(self, doc: Doc, words: list[str], role: str, period: Period, others: list[str]) -> list[str]:
        """'Le président de la République a reçu un appel de son homologue tunisien' in an Algerian
        outlet: a role its own state's press gives its own leaders with no nationality is the
        outlet's country's holder (`outlet_country`): the one among `others`, the holders of that
        role the article names outside the sentence, or the one on the article's day when it names
        none (not a holder it does not name over those it does); no president of a monarchy."""
        if tuple(words) not in self.own_country_forms:
            return []
        office = self.gazetteer.office_of(outlet_country(self.gazetteer, doc), role)
        if office is None or tuple(words) in self.republican_forms and office in self.reigning_offices:
            return []  # 'le président de la République' in a Belgian paper is not the king
        if not others:
            return self._holder_on_the_day(self.gazetteer.offices[office].country, role, period)
        named = {p for p in others if office in self.gazetteer.offices_of(p, period)}
        return list(named) if len(named) == 1 else []  # a Belgian paper's 'le chef de l'État' among foreign presidents: one of them

    def _of_staff(self, role: SpacySpan) -> bool:
        """'le bureau du Premier ministre', 'les services du président': the role names whose staff."""
        head = role.root
        return head.dep_ == "nmod" and head.head.norm_ in self.staff_nouns

    def _staff_speaking_of(self, role: SpacySpan, mentions: list[ActorMention]) -> str | None:
        """'Le bureau de M. X a démenti les informations selon lesquelles le Premier ministre se serait
        entretenu avec Y': a bare role in what a person's own staff says or denies is that person,
        whoever else the article gave the role to (the one whose staff answers for them)."""
        for verb in role.root.ancestors:
            for staff in children(verb):
                if staff.dep_.startswith("nsubj") and staff.norm_ in self.staff_nouns:
                    names = [t for c in children(staff) if c.dep_.startswith("nmod") for t in c.subtree if t.pos_ == "PROPN"]
                    owners = {m.actor for t in names for m in mentions if m.by_name and (  # 'M. X' after 'Jean X'
                        m.token_start <= t.i < m.token_end or m.token_end <= t.i and t is names[-1]
                        and role.doc[m.token_end - 1].norm_ == t.norm_)}
                    return next(iter(owners)) if len(owners) == 1 else None
        return None

    def _dateline_holder(self, doc: Doc, role: str, period: Period) -> list[str]:
        """'BUDAPEST - Le Premier ministre a défendu ...': a role nobody in the article is named in,
        in a dispatch whose dateline is a capital, is that country's on the article's day."""
        return self._holder_on_the_day(dateline_country(self.gazetteer, doc), role, period)

    def _holder_on_the_day(self, country: str | None, role: str, period: Period) -> list[str]:
        """Who held that country's office of `role` on the article's day (nobody on no day)."""
        office = self.gazetteer.office_of(country, role)
        holder = self.gazetteer.holder(office, period.start) if office is not None and period.start is not None else None
        return [holder] if holder else []

    def _one_country_holder(self, doc: Doc, at: int, mentions: list[ActorMention], role: str, period: Period) -> list[str]:
        """A role nobody in the article is named in, in an article naming one country only as the
        subject of a clause before it (`one_country`), is that country's on the article's day."""
        return self._holder_on_the_day(one_country(self.gazetteer, doc, at, mentions), role, period)

    @staticmethod
    def _introduces_a_name(doc: Doc, end: int, mentions: list[ActorMention]) -> bool:
        """'le Premier ministre groenlandais Jens Nielsen': a role whose words, past its adjectives, run
        into a name is that person's title, whoever else the article gave the same role (a name the
        gazetteer lacks is only the recogniser's, minted later)."""
        while end < len(doc) and doc[end].pos_ == "ADJ":
            end += 1
        return end < len(doc) and (doc[end].ent_type_ == "PER" or any(m.token_start == end and m.by_name for m in mentions))

    def _set_off_name(self, doc: Doc, end: int, mentions: list[ActorMention]) -> bool:
        """'Le Premier ministre sortant, Jean Morel, a ...': a name set off by commas right after a
        bare role (past its qualifiers) is whom the role describes, known or not, so the role is no
        other holder the article names ('avec le Premier ministre, Jean Morel a plaidé', the name
        opening the clause, is not set off)."""
        end = _qualifiers_end(doc, end, ())
        if end >= len(doc) or doc[end].text != ",":
            return False
        start = self._past_address(doc, end + 1)
        name = next((m for m in mentions if m.token_start == start and m.by_name), None)
        after = name.token_end if name is not None else start
        if name is None and start < len(doc) and doc[start].ent_type_ == "PER" and doc[start].ent_iob_ == "B":
            after = start + 1
            while after < len(doc) and doc[after].ent_iob_ == "I":
                after += 1
        return after > start and (after >= len(doc) or doc[after].is_punct)

    def _apposed_holder(self, doc: Doc, end: int, mentions: list[ActorMention], holders: set[str]) -> str | None:
        """'Le Président de la République, Son Excellence Monsieur X, a reçu ...': a name set off by a
        comma right after a role, past the words of address a state's press puts before it, is who
        the role is (when that person holds it), whoever else the article names with that role."""
        if end >= len(doc) or doc[end].text != ",":
            return None
        at = self._past_address(doc, end + 1)
        name = next((m for m in mentions if m.token_start == at and m.by_name and m.actor in holders), None)
        return name.actor if name is not None else None

    def _named_in_full(self, doc: Doc, end: int) -> set[str]:
        """'Le chef de l'État, Son Excellence Félix-Antoine Tshisekedi Tshilombo, a ...': the known
        people whose name the name set off by commas after a role spells in a longer official form."""
        if end >= len(doc) or doc[end].text != ",":
            return set()
        at = close = self._past_address(doc, end + 1)
        while close < len(doc) and (doc[close].pos_ == "PROPN" or doc[close].text == "-"):
            close += 1
        if close == at or close < len(doc) and doc[close].text != ",":
            return set()
        return spelt_in_full(self.gazetteer.surnames(), (t.text for t in doc[at:close]))

    def _past_address(self, doc: Doc, at: int) -> int:
        """Where a name starts past the words of address and titles written before it: 'Son
        Excellence Monsieur X', 'le prince X', 'M. X' (an article only before such a word)."""
        def address(i: int) -> bool:
            return fold(doc[i].lemma_) in self.address_words or doc[i].norm_ in self.address_words or "Yes" in feature(doc[i], "Poss")

        while at < len(doc) and (address(at) or doc[at].pos_ == "DET" and at + 1 < len(doc) and address(at + 1)):
            at += 1
        return at

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

    def descriptors(self, doc: Doc, spans: list[tuple[SpacySpan, Target]], mentions: list[ActorMention],
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
                # 'le président turc, Recep Tayyip Erdoğan', 'son homologue, le prince X', not 'le président chinois. Olaf Scholz'
                name = by_start.get(self._past_address(doc, after + 1))
                if name is not None and self._holds_elsewhere(name.actor, target, period):
                    name = None  # 'lors d'un appel avec le chancelier allemand, Emmanuel Macron a ...': the clause's subject
            if name is not None:
                if target.kind == "office":
                    offices_of[name.actor] = target.key
                found.append(span_mention(span, name.actor, Target("actor", name.actor), by_name=False))
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
                found.append(span_mention(span, name.actor, Target("actor", name.actor), by_name=False))
        linked = {m.token_start for m in found}
        for span, target in roles:
            if span.start in linked or self._names_unlisted(doc, span.end, mentions):
                continue
            resolved = self._resolve(doc, span, target, named, period, mentions + found, offices_of)
            if resolved is not None:
                found.append(span_mention(span, resolved[0], resolved[1], by_name=False))
                if target.kind == "office":
                    offices_of.setdefault(resolved[0], target.key)  # 'le ministre des Armées ... son homologue'
        return found

    def _names_unlisted(self, doc: Doc, at: int, mentions: list[ActorMention]) -> bool:
        """'le président sud-coréen par intérim Choi Sang-mok', 'le nouveau président gabonais,
        Armel Mbadinga, a ...': a role running (past its qualifiers and 'par intérim') into a name
        the gazetteer lacks describes that person, an acting or new holder, not the holder it lists.
        After a comma the name must close an apposition (a comma or the sentence's end follows it):
        'avec le président iranien, Jean Morel a plaidé' is the clause's subject."""
        end = _qualifiers_end(doc, at, ())
        for words in self.acting:
            if written_at(doc, end, words):
                end = _qualifiers_end(doc, end + len(words), ())
        comma = end < len(doc) and doc[end].is_punct and not doc[end].is_sent_end
        start = self._past_address(doc, end + 1) if comma else end  # 'son homologue saoudien, le prince X, a ...'
        if start >= len(doc) or doc[start].ent_type_ != "PER" or doc[start].ent_iob_ != "B" or any(
                m.token_start <= start < m.token_end for m in mentions):
            return False
        if not comma:
            return True
        after = start + 1
        while after < len(doc) and doc[after].ent_iob_ == "I":
            after += 1
        return after >= len(doc) or doc[after].is_punct

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
            homologue = span[0].norm_ in self.counterparts
            owned = self._owner_office(doc, span, mentions, offices_of, period) if homologue else None
            if owned is None and homologue and (subject := _subject(span)) is not None and subject.norm_ in self.ministers:
                return None  # 'le ministre guinéen ... a appelé son homologue soudanais': an office the gazetteer lacks
            if owned is not None and not self.gazetteer.offices[owned].leader:
                counterpart = self.gazetteer.counterpart(owned, target.key)
                if counterpart is None:
                    return None  # a minister's homologue is no leader: the gazetteer does not know that office there
                office = counterpart
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

    def _owner_office(self, doc: Doc, span: SpacySpan, mentions: list[ActorMention],
                      offices_of: dict[str, str], period: Period) -> str | None:
        """'le ministre des Armées ... son homologue russe': the office of the one whose homologue
        it is (the subject of the clause, else the person named last), when it is known."""
        sent = span.sent
        people = sorted((m for m in mentions if sent.start <= m.token_start < span.start
                         and (m.actor in offices_of or self.gazetteer.offices_of(m.actor, period))), key=lambda m: m.token_start)
        if not people:
            return None
        owner = people[-1]
        subject = _subject(span)
        if subject is not None:
            owner = next((m for m in people if m.token_start <= subject.i < m.token_end), owner)
        office = offices_of.get(owner.actor)
        if office is None:
            held = self.gazetteer.offices_of(owner.actor, period)
            office = held[0] if len(set(held)) == 1 else None
        return office

    def successions(self, tokens: list[Token], mentions: list[ActorMention], minted: dict[str, Actor],
                    period: Period) -> list[ActorMention]:
        """'le successeur d'Hugo Chávez', 'le prédécesseur de Joe Biden': a noun of succession whose
        complement is a person names someone else, the holder after (or before) that person's term
        of an office the gazetteer knows, when one person fits; the named person stays mentioned,
        but the phrase (and so the subject of its clause) is the other one. 'Le prince héritier
        d'Arabie saoudite' completes a country: nothing here."""
        found = []
        for noun in tokens:
            side = self.succession[noun.norm_]
            named = next((m for c in children(noun) if c.dep_.startswith("nmod") and any(
                g.norm_ in self.of_prepositions for g in children(c) if g.dep_ == "case")
                for m in mentions if m.by_name and m.token_start <= c.i < m.token_end and is_person(self.gazetteer, m.actor, minted)), None)
            if named is None:
                continue
            people = {p for office in dict.fromkeys(self.gazetteer.offices_of(named.actor, Period()))
                      if (p := self._next_holder(office, named.actor, side, period)) is not None}
            if len(people) == 1:
                person = people.pop()
                found.append(ActorMention(person, noun.idx, named.end, noun.doc.text[noun.idx:named.end], Target("actor", person),
                                          noun.i, named.token_end, False))
        return found

    def _next_holder(self, office: str, person: str, side: str, period: Period) -> str | None:
        """Who held `office` right after `person`'s last term (side 'successor': when that term ended
        before the article's day) or right before their first (side 'predecessor')."""
        terms = self.gazetteer.terms(office, Period())
        own = [m for m in terms if m.person == person]
        others = [m for m in terms if m.person != person]
        if side == "predecessor":
            first = min(m.start for m in own)
            before = [m for m in others if m.start < first]
            return max(before, key=lambda m: m.start).person if before else None
        last = max(own, key=lambda m: m.start)
        if last.end is None or period.start is not None and last.end > period.start:
            return None  # still in office on the article's day: a successor to come is nobody yet
        after = [m for m in others if m.start >= last.end and (period.start is None or m.start <= period.start)]
        return min(after, key=lambda m: m.start).person if after else None

    def plural_leaders(self, tokens: list[Token], period: Period, named: set[str],
                        spans: list[tuple[SpacySpan, Target]]) -> list[ActorMention]:
        """'les dirigeants russe et américain': one leader per demonym; 'les dirigeants de la
        France, de l'Allemagne et du Royaume-Uni': one per country named as their complement."""
        found = []
        starts = [span.start for span, _ in spans]  # in order (see `_spans`)
        for token in tokens:
            if token.norm_ not in self.plural_nouns:
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
            if before & self.of_prepositions:
                found.extend((span[-1], country) for country in members or (actor.key,))
        if not found:  # "les autres dirigeants du groupe": the group named last before
            word = next((c for c in children(noun) if c.dep_.startswith("nmod") and c.norm_ in self.group_anaphors and
                         any(g.norm_ in {"du", "de"} for g in children(c) if g.dep_ == "case")), None)
            group = max(((span, target) for span, target in spans if span.end <= noun.i and target.key in self.gazetteer.members),
                        key=lambda pair: pair[0].start, default=None) if word is not None else None
            if word is not None and group is not None:
                found.extend((word, country) for country in self.gazetteer.members[group[1].key])
        return found


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
                form_words(label)[:len(words)] == words for label in o.labels))
            if 0 < len(offices) <= _FEW_OFFICES or offices and " ".join(words) in monarchs:
                found[tuple(words)] = offices
    return found


def _subject(span: SpacySpan) -> Token | None:
    """The subject of the clause a phrase sits in: whose homologue 'son homologue' is."""
    return next((t for a in [span.root, *span.root.ancestors] for t in children(a) if t.dep_.startswith("nsubj")), None)


def _qualifiers_end(doc: Doc, at: int, names: Collection[int]) -> int:
    """Where a role's words end past the adjectives and participles that qualify it ('élu',
    'renversé', 'sortant'), a couple at most: a name right there is the one the role describes."""
    def qualifies(word: Token) -> bool:  # 'élu' may be tagged a noun in apposition to the role
        return word.pos_ == "ADJ" or "Part" in feature(word, "VerbForm") or word.dep_ == "appos" and word.pos_ == "NOUN" and word.head.i < at

    end = at
    while end not in names and end < min(len(doc), at + _QUALIFIER_REACH) and qualifies(doc[end]):
        end += 1
    return end


def _past_qualifiers(doc: Doc, at: int, names: Collection[int]) -> int:
    """Where a name the role describes starts right past its qualifiers, else the role's end."""
    end = _qualifiers_end(doc, at, names)
    return end if end in names else at
