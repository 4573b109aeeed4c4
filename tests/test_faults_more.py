"""The second half of test_faults.py's kill -9 trials, in a file of its own so that pytest-xdist
(one file per worker, `make test`) runs it beside the first half instead of after it. Same
corpus, same plan of trials (drawn whole from the same seed), same checks."""
from __future__ import annotations

from tests.test_faults import TRIALS, corpus, kill_trials, warm  # noqa: F401  (corpus and warm are fixtures)


def test_kill_9_at_random_moments_leaves_each_graph_old_or_new_second_half(corpus, warm, tmp_path):  # noqa: F811
    kill_trials(corpus, warm, tmp_path, range(TRIALS // 2, TRIALS))
