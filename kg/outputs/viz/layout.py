"""Where each actor sits on the page: computed once, in Python, before the page is written.

The page draws fixed positions (no physics), so it is stable at once whatever its size. Each
connected component is laid out alone and the parts are packed in rows, largest first: a
force layout of the whole graph flings small components far away and squeezes the rest.

Everything works on integer node indices and an `m x 2` array of edges, with numpy and
scipy; networkx is only used for the spring layout of small components.
"""
from __future__ import annotations

import math

import numpy as np

SEED = 42
#: Past this many actors in a component, networkx's spring layout (quadratic) is too slow.
SPRING_LIMIT = 500
#: Pixels between an actor and its nearest neighbour (median) in the initial drawing.
UNIT = 150
#: Force steps of `grid_layout` by the size of the component: each step costs about
#: 5 microseconds per node and edge, and 20,000 actors with 100,000 pairs must lay out in well
#: under a second (they get 8 steps, after pivot MDS has the overall shape).
STEP_BUDGET = 1_000_000


def layout(n: int, edges: np.ndarray, *, seed: int = SEED) -> np.ndarray:
    """Whole-pixel positions (`n x 2` int array) for nodes 0..n-1 joined by `edges` (`m x 2`)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if n == 0:
        return np.zeros((0, 2), dtype=np.int64)
    edges = np.asarray(edges, dtype=np.intp).reshape(-1, 2)
    edges = edges[edges[:, 0] != edges[:, 1]]
    adjacency = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    count, labels = connected_components(adjacency, directed=False)
    # components largest first (ties: lowest node first), each as its nodes and its edges
    sizes = np.bincount(labels, minlength=count)
    first = np.full(count, n)
    np.minimum.at(first, labels, np.arange(n))
    rank = np.empty(count, dtype=np.intp)
    rank[np.lexsort((first, -sizes))] = np.arange(count)
    node_order = np.argsort(rank[labels], kind="stable")
    node_split = np.cumsum(np.bincount(rank[labels], minlength=count))[:-1]
    local = np.empty(n, dtype=np.intp)
    edge_rank = rank[labels[edges[:, 0]]]
    edge_order = np.argsort(edge_rank, kind="stable")
    edge_split = np.cumsum(np.bincount(edge_rank, minlength=count))[:-1]
    parts = []
    for nodes, part in zip(np.split(node_order, node_split), np.split(edges[edge_order], edge_split), strict=True):
        local[nodes] = np.arange(len(nodes))
        parts.append((nodes, _component_layout(len(nodes), local[part], seed)))
    return np.rint(_pack(parts, n) * UNIT).astype(np.int64)


def _component_layout(n: int, pairs: np.ndarray, seed: int) -> np.ndarray:
    """One connected component (`n x 2`), with a median nearest-neighbour distance of 1."""
    from scipy.spatial import cKDTree

    if n == 1:
        return np.zeros((1, 2))
    if n <= SPRING_LIMIT:
        import networkx as nx

        graph = nx.Graph()
        graph.add_nodes_from(range(n))
        graph.add_edges_from(pairs.tolist())
        raw = nx.spring_layout(graph, seed=seed, method="force", iterations=100)
        points = np.array([raw[i] for i in range(n)], dtype=float)
    else:
        points = grid_layout(n, pairs, seed=seed)
    nearest = cKDTree(points).query(points, k=2)[0][:, 1]
    return points / (float(np.median(nearest)) or 1.0)


def _pack(parts: list[tuple[np.ndarray, np.ndarray]], n: int, gap: float = 1.5) -> np.ndarray:
    """Place the parts (largest first) left to right in rows, the whole centred on 0."""
    boxes = [(*points.min(axis=0), *(points.max(axis=0) - points.min(axis=0))) for _, points in parts]
    area = sum((w + gap) * (h + gap) for _, _, w, h in boxes)
    width = max([w for _, _, w, _ in boxes] + [1.3 * math.sqrt(area)])
    placed = np.zeros((n, 2))
    x = y = row = 0.0
    for (nodes, points), (left, top, w, h) in zip(parts, boxes, strict=True):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row + gap, 0.0
        placed[nodes] = points - (left, top) + (x, y)
        x, row = x + w + gap, max(row, h)
    if n:
        placed -= (placed.min(axis=0) + placed.max(axis=0)) / 2
    return placed


def grid_layout(n: int, edges: np.ndarray, *, seed: int, iterations: int | None = None) -> np.ndarray:
    """Fruchterman-Reingold in about linear time per step, for graphs too big for networkx's.

    Close nodes (the few nearest within `radius`, found with a k-d tree) repel exactly; the far field, weak
    and smooth, is estimated from a fresh random sample of `sample` nodes per node and step.
    It starts from pivot MDS, which already has the overall shape, so a few steps suffice on
    large graphs (`STEP_BUDGET`). Positions come out in units of the ideal distance.
    """
    from scipy.spatial import cKDTree

    if iterations is None:
        iterations = max(8, min(50, STEP_BUDGET // (n + len(edges))))
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)  # ideal distance k = 1, so the drawing covers about n square units
    pos = _pivot_mds(n, edges, rng, pivots=50 if n <= 5000 else 25)  # 25 BFS: a third of a second at 20,000
    pos *= side / 2 / (np.abs(pos).max() or 1.0)  # to the size the forces will settle at
    pos += rng.normal(scale=0.1, size=pos.shape)  # pull apart nodes at the same distances
    radius, sample, near = 2.0, min(16, n - 1), min(8, n - 1)

    def scatter(at: np.ndarray, force: np.ndarray) -> np.ndarray:
        return np.stack([np.bincount(at, force[:, 0], n), np.bincount(at, force[:, 1], n)], axis=1)

    for step in range(iterations):
        temperature = side / 40 * (1 - step / iterations) + 0.05  # the start is already close
        # near field: exact repulsion k²/d from the `near` closest nodes within the radius
        # (a fixed number: a dense start has a hundred nodes within it, all of them slow)
        dist, nearest = cKDTree(pos, balanced_tree=False).query(pos, k=near + 1, distance_upper_bound=radius)
        delta = pos[:, None, :] - pos[np.minimum(nearest[:, 1:], n - 1)]
        weight = np.where(np.isfinite(dist[:, 1:]), 1.0 / np.maximum(dist[:, 1:] ** 2, 1e-4), 0.0)
        disp = np.einsum("ijk,ij->ik", delta, weight)
        # far field: the same force from a random sample, scaled up to all nodes
        others = rng.integers(0, n, size=(n, sample))
        delta = pos[:, None, :] - pos[others]
        dist2 = np.einsum("ijk,ijk->ij", delta, delta)
        weight = np.where(dist2 > radius ** 2, 1.0 / np.maximum(dist2, 1e-4), 0.0)
        disp += np.einsum("ijk,ij->ik", delta, weight) * ((n - 1) / sample)
        # springs: attraction d²/k along edges
        delta = pos[edges[:, 0]] - pos[edges[:, 1]]
        pull = delta * np.sqrt((delta ** 2).sum(axis=1))[:, None]
        disp += scatter(edges[:, 1], pull) - scatter(edges[:, 0], pull)
        disp -= 0.05 * pos
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
    return pos


def _pivot_mds(n: int, edges: np.ndarray, rng: np.random.Generator, pivots: int = 50) -> np.ndarray:
    """A first drawing from hop distances to a few far-apart pivots (Brandes & Pich, 2006).

    It gets the overall shape right in a fraction of a second, which random starting
    points never reach in the few force steps there is time for.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import shortest_path

    adjacency = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n)).tocsr()
    chosen, nearest = [int(rng.integers(n))], np.full(n, np.inf)
    rows = []
    for _ in range(min(pivots, n)):
        row = shortest_path(adjacency, directed=False, unweighted=True, indices=chosen[-1])
        rows.append(row)
        nearest = np.minimum(nearest, row)
        chosen.append(int(np.argmax(nearest)))
    d2 = np.array(rows).T ** 2  # n x pivots
    centred = d2 - d2.mean(axis=0) - d2.mean(axis=1)[:, None] + d2.mean()
    matrix = -0.5 * centred
    # Both products by einsum, not `@`: `@` hands them to OpenBLAS, whose threads (started by
    # this first call) spun for 0.5 s of CPU time on a busy 2-core machine, for 2 ms of work.
    _, vectors = np.linalg.eigh(np.einsum("ij,ik->jk", matrix, matrix))  # eigenvalues in ascending order
    return np.einsum("ij,jk->ik", matrix, vectors[:, [-1, -2]])
