"""Bodies the gazetteer does not know that speak: an army, a ministry, a party, a council named
by a noun of that kind and what sets it apart.

One named with its country's adjective speaks for the country ("l'armée ukrainienne a affirmé",
"le ministère sud-coréen de l'Unification a indiqué" are Ukraine and South Korea, as "Kiev a
affirmé" would be): on the development set's check part a body minted from such a phrase matched
no annotation and cost claims and actors, the country cost nothing. One set apart by words with
a capital and no country is minted ("le Parti communiste", "le Conseil de sécurité nationale a
affirmé"): its label is the phrase as written, its article left out; the mention keeps the
article, so both forms are the actor's names. A bare noun ("le ministère", "l'armée") or one
whose complement is common words only ("l'armée de terre") names no body of its own; a local
authority is the exception ('a précisé la préfecture', 'selon la mairie'): there is one where the
story happens, and it is minted under its noun as the other bodies are under their phrase. A body the
recogniser names and nothing else knows ("Greenpeace a dénoncé") is minted when it speaks, not
a title it took for one ("le Président Emmanuel Macron").
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.nlp.extract.actor_spans import span_mention
from kg.nlp.extract.incises import incise
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import children, introduction
from kg.nlp.gazetteer import Actor, Gazetteer, Target
from kg.text import fold, slug

_MAX_WORDS = 8  # 'le ministère sud-coréen de l'Unification' is six; past that, a clause has crept in


class BodyReader:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        c = gazetteer.cues
        self.nouns = {fold(x) for x in c["organization_nouns"]}
        # 'a précisé la préfecture': the one body of its kind where the story happens, named alone
        self.local = {fold(x) for x in c["local_authority_nouns"]}
        self.of_prepositions = frozenset(fold(x) for x in c["of_prepositions"])
        self.roles = {fold(x) for x in [*c["person_role_nouns"], *c["person_titles"]]}
        # 'le ministère des Affaires étrangères' with no country is a kind the gazetteer names by
        # country: which country's, the readers of institutions tell ('a ajouté le ministère')
        self.kinds = {" ".join(fold(form).replace("{adj}", " ").replace("{country}", " ").split())
                      for spec in c["institution_templates"].values() for form in spec["forms"]}
        verbs = [fold(x).split() for key in ("reporting_verbs", "stance_verbs", "reporting_clause_only") for x in c[key]]
        self.saying = {words[0] for words in verbs if len(words) == 1}
        # 'a fait savoir', 'fait valoir': the parser heads the phrase by one of its verbs or the other
        self.saying_phrases = {tuple(words) for words in verbs if len(words) > 1 and words[0] not in {"se", "s'"}}
        self.attribution = {fold(x).replace(" ", "") for x in c["attribution_markers"]}  # as `introduction` writes them
        self.voices = {fold(x) for x in c["voice_nouns"]}
        self.learning = {fold(x) for x in c["learning_verbs"]}
        self.decreeing = {fold(x) for x in c["decree_verbs"]}
        self.outlet_words = {fold(x) for x in [*c["media_nouns"], *c["outlet_name_words"]] if " " not in x}

    def bodies(self, doc: Doc, tokens: list[Token],
               mentions: list[ActorMention]) -> Iterator[tuple[ActorMention, Actor | None]]:
        """Each body named by an organization noun and a modifier that sets it apart; not over what
        another mention already covers ('le ministère russe de la Défense' is the gazetteer's;
        'l'ambassade de Russie a dénoncé' stays the country's)."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        norms = doc._.folded.lemmas
        for token in (t for t, lemma in zip(tokens, norms, strict=True) if lemma in self.nouns or lemma in self.local):
            if token.i in covered or token.pos_ != "NOUN" or not self.speaks(token):
                continue
            end = self._end(token)
            words = doc[token.i:end]
            alone = end - token.i == 1 and fold(token.lemma_) in self.local
            if end - token.i < 2 and not alone or end - token.i > _MAX_WORDS or any(i in covered for i in range(token.i, end + 1)):
                continue  # nor when a name follows: "l'agence de presse officielle iranienne Irna" is Irna
            if not (alone or token.text[:1].isupper() or any(self._sets_apart(t) for t in words[1:])):
                continue
            start = next((c.i for c in children(token) if c.dep_ == "det" and c.i == token.i - 1), token.i)
            label = words.text
            if " ".join(fold(label).split()) in self.kinds:
                continue
            span = doc[start:end]
            covered.update(range(start, end))
            country = next((self.gazetteer.demonyms[t.norm_] for t in words if t.norm_ in self.gazetteer.demonyms), None)
            if country is not None:  # not an alias of the country: 'by_name' False
                yield span_mention(span, country, Target("actor", country), by_name=False), None
                continue
            actor = Actor(slug(label), "Organization", label)
            yield span_mention(span, actor.key, Target("actor", actor.key)), actor

    def named(self, doc: Doc, mentions: list[ActorMention]) -> Iterator[tuple[ActorMention, Actor]]:
        """Bodies the recogniser names that speak and nothing else names ('Greenpeace a dénoncé',
        'Human Rights Watch a accusé ...'): minted under the name written. A country's name inside
        such a name ('rapporte le South China Morning Post') is a word of it, not the country: the
        caller drops what the body's mention covers. A name with a word of the press in it ('Post',
        'Television') is an outlet's, which 'le quotidien' may then stand for."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        countries = {i for m in mentions if self._country_inside(doc, m) for i in range(m.token_start, m.token_end)}
        for ent in doc.ents:
            inner = {i for i in range(ent.start, ent.end) if i in covered}
            named_around = bool(inner) and inner <= countries and len(ent) > len(inner) + 1 and all(t.text[:1].isupper() for t in ent)
            # any word of the name: the parser may hang 'selon' on its first word and the verb on its last
            if ent.label_ not in ({"ORG", "MISC"} if named_around else {"ORG"}) or not any(self.speaks(t) for t in ent) or (
                    inner and not named_around) or ent.end in covered or not ent.text[:1].isupper() or fold(ent[0].lemma_) in self.roles:
                continue  # 'le Président Emmanuel Macron': a title read as a body
            kind = "Media" if any(fold(t.text) in self.outlet_words for t in ent) else "Organization"
            actor = Actor(slug(ent.text), kind, ent.text)
            covered.update(range(ent.start, ent.end))
            yield span_mention(ent, actor.key, Target("actor", actor.key)), actor

    def _country_inside(self, doc: Doc, mention: ActorMention) -> bool:
        """Is the mention a country's name, or a word read as its leader ('Nigerian'), with a
        capitalised word right before or after it, as in the name of an outlet or a body ('South
        China Morning Post', 'Nigerian Television Authority')?"""
        actor = self.gazetteer.actors.get(mention.actor)
        if mention.by_name and (actor is None or actor.type != "Country"):
            return False
        return any(0 <= i < len(doc) and doc[i].text[:1].isupper() and not doc[i].is_sent_start
                   for i in (mention.token_start - 1, mention.token_end))

    def speaks(self, noun: Token) -> bool:
        """Is the noun the subject of a verb of saying, also after it in an incise ('..., a précisé
        le gouvernement allemand', which the parser reads as an object), or the source a sentence
        is told after ('selon l'armée israélienne, ...', "d'après le gouvernement ukrainien"), or where
        the writer learnt it ('a-t-on appris de source gouvernementale allemande')? Named
        anywhere else, such a phrase is as often a thing talked about ('la nomination du
        gouvernement', 'une frappe de l'armée') as a body."""
        if introduction(noun) in self.attribution:  # 'selon le gouvernement', "d'après l'armée"
            return True
        verb = noun.head
        if fold(verb.lemma_) not in self.saying and not self._in_phrase(verb):
            return False
        if fold(verb.lemma_) in self.learning and noun.dep_.startswith("obl"):
            return True  # 'a-t-on appris de source gouvernementale allemande': where the news was learnt told it
        return noun.dep_ in {"nsubj", "nsubj:pass"} or noun.dep_ == "obj" and noun.i > verb.i and incise(verb)

    def speaks_through(self, noun: Token) -> bool:
        """Does the body speak, itself or through one who speaks for it ('selon le porte-parole du
        gouvernement chinois', 'un conseiller du gouvernement a démenti', 'a déclaré une source proche de
        la présidence', the adjective between)?"""
        if self.speaks(noun):
            return True
        close = noun.head.pos_ == "ADJ" and noun.head.dep_ == "amod"  # 'proche de la présidence', its complement an argument
        voice = noun.head.head if close else noun.head
        return (noun.dep_.startswith("nmod") or close and noun.dep_.startswith("obl")) and voice.i < noun.i \
            and fold(voice.lemma_) in self.voices and any(
                c.dep_ == "case" and fold(c.text) in self.of_prepositions for c in children(noun)) and self.speaks(voice)

    def decrees(self, noun: Token) -> bool:
        """Is the noun the subject of an act only an authority performs ('le gouvernement malien a
        décrété un couvre-feu', 'a proclamé un deuil national')? A government that decrees acts as
        a body, as one that speaks does; what it holds ('est opposé à') stays the country's."""
        return noun.dep_ == "nsubj" and fold(noun.head.lemma_) in self.decreeing

    def _in_phrase(self, verb: Token) -> bool:
        """Is `verb` a word of a reporting phrase of several words ('faire savoir', 'faire valoir')
        written around it?"""
        lemma, doc = fold(verb.lemma_), verb.doc
        return any(word == lemma and 0 <= verb.i - at and verb.i - at + len(phrase) <= len(doc) and
                   tuple(fold(t.lemma_) for t in doc[verb.i - at:verb.i - at + len(phrase)]) == phrase
                   for phrase in self.saying_phrases for at, word in enumerate(phrase))

    def _end(self, head: Token) -> int:
        """Where the body's name ends: its adjectives and its complements with 'de' right after
        the noun, one after the other, no further than a comma, a clause or another kind of
        complement ('la junte au pouvoir' stops at 'au')."""
        end = head.i + 1
        for child in children(head):
            if child.i < end:
                continue
            if child.i != end and not (child.dep_.startswith("nmod") and child.left_edge.i == end):
                break
            if child.dep_ == "amod" and child.pos_ == "ADJ" or child.dep_ in {"flat:name", "appos"} and child.pos_ == "PROPN":
                end = child.right_edge.i + 1
            elif child.dep_.startswith("nmod") and any(g.dep_ == "case" and fold(g.text) in self.of_prepositions for g in children(child)) \
                    and not any(t.pos_ in {"VERB", "AUX", "PUNCT"} or t.dep_ == "acl:relcl" for t in child.subtree):
                end = child.right_edge.i + 1
            else:
                break
        return end

    def _sets_apart(self, token: Token) -> bool:
        """A country's adjective ('ukrainienne') or a capital letter ('de l'Unification')."""
        return token.norm_ in self.gazetteer.demonyms or \
            token.pos_ in {"NOUN", "PROPN", "ADJ"} and token.text[:1].isupper()

