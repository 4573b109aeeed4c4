"""The seeds, the development set, the sample corpus and the team's own articles, built end to
end and scored; the floors only go up. The development set is held to its floors whole and in its two parts: the tuning
part the rules were written against, and the check part (every fourth document) nobody read."""
from __future__ import annotations

import json

import pytest

from kg.ingest import sample_corpus
from tests.conftest import SHARED, export_of
from tools.evaluate import TEAM_ARTICLES, scorer, split

# Reached on the day each was set; raise them as extraction improves, never lower them.
SEED_FLOOR = {"actors": 0.95, "calls": 0.90, "claims": 0.85, "call_topics": 0.94}
SAMPLE_FLOOR = {"actors": 0.95, "calls": 0.90, "claims": 0.89, "call_topics": 0.81}
ATTRIBUTE_FLOOR = 0.90  # date, initiator, duration and medium on matched seed calls
# ../shared/dev: 56 real articles from about fifty outlets (2014-2026), whole and in its parts.
DEV_FLOOR = {
    "dev": {"actors": 0.95, "calls": 0.845, "claims": 0.865, "call_topics": 0.835},
    "dev tune": {"actors": 0.96, "calls": 0.91, "claims": 0.885, "call_topics": 0.835},
    "dev check": {"actors": 0.93, "calls": 0.66, "claims": 0.79, "call_topics": 0.835},
}
DEV_ATTRIBUTE_FLOOR = {"date": 0.85, "initiator": 0.95, "duration": 0.99, "medium": 0.97}  # on the whole set
# tools/articles: 312 whole articles the team wrote in shapes the dev set lacks (2026-12-06 and -07);
# the floors were set afresh when the stop-50 held-out sets and the long pages joined it at stop 51
# (a larger set, a new measure: its calls .904 -> .870, claims .871 -> .863, topics .764 -> .734 as they joined),
# and hold as the two analysis sets of stop 52 joined (calls .890 -> .882, claims .870 -> .861, topics .737 -> .724);
# stop 52's two held-out sets, read at stop 53 after their figures were taken, left the topics floor at its edge
# (calls .888 -> .879, claims .862 -> .861, topics .724 -> .718); stop 53's two, read and joined at stop 54,
# leave it there again (312 articles at stop 54's end: actors .945, calls .872, claims .857, topics .713).
ARTICLES_FLOOR = {"actors": 0.94, "calls": 0.86, "claims": 0.85, "call_topics": 0.71}


def _score(data: dict, gold_path):
    return scorer().score(json.loads(gold_path.read_text(encoding="utf-8")), data)


@pytest.fixture(scope="module")
def seed_data(seed_store) -> dict:
    """The seeds' export, read once for the module's tests: each export of a store starts a query
    worker and runs the export's queries in it, and gives the same data every time."""
    return export_of(seed_store)


@pytest.fixture(scope="module")
def sample_data(sample_store) -> dict:
    """The sample's export, read once (see `seed_data`)."""
    return export_of(sample_store)


@pytest.mark.parametrize("kind", sorted(SEED_FLOOR))
def test_seed_scores_stay_above_floor(seed_data, kind):
    report = _score(seed_data, SHARED / "gold" / "seeds.json")
    assert report[kind]["f1"] >= SEED_FLOOR[kind], (kind, report[kind], report["misses"])


@pytest.mark.parametrize("kind", sorted(SAMPLE_FLOOR))
def test_sample_scores_stay_above_floor(sample_data, kind):
    report = _score(sample_data, sample_corpus().parent / "sample_gold.json")
    assert report[kind]["f1"] >= SAMPLE_FLOOR[kind], (kind, report[kind], report["misses"])


@pytest.fixture(scope="module")
def articles_data(articles_store) -> dict:
    """The team's articles' export, read once (see `seed_data`)."""
    return export_of(articles_store)


@pytest.mark.parametrize("kind", sorted(ARTICLES_FLOOR))
def test_team_article_scores_stay_above_floor(articles_data, kind):
    report = _score(articles_data, TEAM_ARTICLES / "gold.json")
    assert report[kind]["f1"] >= ARTICLES_FLOOR[kind], (kind, report[kind])


@pytest.fixture(scope="module")
def dev_reports(dev_store):
    gold = json.loads((SHARED / "dev" / "gold.json").read_text(encoding="utf-8"))
    data = export_of(dev_store)
    return {part: scorer().score(part_gold, data) for part, part_gold in split(gold).items()}


@pytest.mark.parametrize("part,kind", [(part, kind) for part in DEV_FLOOR for kind in sorted(DEV_FLOOR[part])])
def test_dev_scores_stay_above_floor(dev_reports, part, kind):
    report = dev_reports[part]
    assert report[kind]["f1"] >= DEV_FLOOR[part][kind], (part, kind, report[kind])


@pytest.mark.parametrize("attribute", sorted(DEV_ATTRIBUTE_FLOOR))
def test_dev_call_attributes_stay_above_floor(dev_reports, attribute):
    assert dev_reports["dev"]["call_attributes"][attribute] >= DEV_ATTRIBUTE_FLOOR[attribute], dev_reports["dev"]["call_attributes"]


@pytest.mark.parametrize("attribute", ["date", "initiator", "duration", "medium"])
def test_seed_call_attributes_stay_above_floor(seed_data, attribute):
    report = _score(seed_data, SHARED / "gold" / "seeds.json")
    assert report["call_attributes"][attribute] >= ATTRIBUTE_FLOOR, report["call_attributes"]


def test_every_seed_call_has_evidence_inside_its_document(seed_data):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (SHARED / "seeds").glob("*.txt")}
    assert seed_data["calls"]
    for call in seed_data["calls"]:
        assert call["evidence"], call
        for ev in call["evidence"]:
            assert texts[ev["document"]][ev["start"]:ev["end"]] == ev["text"]
    for claim in seed_data["claims"]:
        assert texts[claim["document"]][claim["start"]:claim["end"]] == claim["text"]
