"""Positions and communities for drawing a graph, computed here so a page is still when it opens.

Deterministic: fixed seeds, nodes in the order given. No SciPy (networkx's spring_layout needs
it above 500 nodes), so the force-directed layout is written out with numpy.
"""
from __future__ import annotations

import networkx as nx
import numpy as np

LAYOUT_SEED = 7  # fixed seeds: the same graph gives the same page
LAYOUT_ITERATIONS = 80
REPULSION_SAMPLE = 1000  # nodes each node is pushed away from per layout step (all, if fewer)
LAYOUT_BLOCK = 1024  # rows of the repulsion computed at once: memory is LAYOUT_BLOCK x sample
SMALL_COMPONENT = 8  # components up to this size are drawn as a circle (hub in the middle)
PIXELS_PER_NODE = 110.0  # a component of c nodes gets an area of about (110 * sqrt(c)) ** 2 pixels
SMALL_RADIUS = 30.0  # the circle a small component is drawn on (twice that above 3 nodes)
LABEL_ROOM_X, LABEL_ROOM_Y = 110.0, 50.0  # added around each component's drawing
SMALL_DRAWING = (900.0, 480.0)  # a drawing smaller than this (pixels) is spread to about this size
MAX_SPREAD = 3.0
ASPECT = 2.1  # width / height of the whole drawing, about a screen's
COMMUNITY_SEED = 7


def communities(count: int, edges: list[tuple[int, int]]) -> list[int]:
    """A community number per node 0..count-1 (Louvain, fixed seed, on the undirected graph of
    `edges` weighted by the number of facts between two nodes), 0 for the biggest community.

    Nodes are integers and edges come as a list, in a fixed order: Louvain's result depends on
    the order it meets nodes and edges, and networkx subgraph views iterate over a set of node
    ids, whose order changes from one process to the next."""
    simple = nx.Graph()
    simple.add_nodes_from(range(count))
    for a, b in edges:
        if a != b:
            weight = simple.get_edge_data(a, b, {"weight": 0})["weight"]
            simple.add_edge(a, b, weight=weight + 1)
    found = nx.community.louvain_communities(simple, weight="weight", seed=COMMUNITY_SEED)
    ranked = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    number = [0] * count
    for k, members in enumerate(ranked):
        for i in members:
            number[i] = k
    return number


def layout(count: int, edges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pixel positions of nodes 0..count-1 joined by `edges` (pairs of node numbers).

    Each connected component is laid out on its own, then the components are packed in
    rows, biggest first: laid out together, force-directed layouts fling small components
    into a ring far from the big one and shrink it to a dot.
    """
    neighbours: list[set[int]] = [set() for _ in range(count)]
    links = nx.Graph()
    links.add_nodes_from(range(count))
    for a, b in edges:
        if a != b:
            neighbours[a].add(b)
            neighbours[b].add(a)
            links.add_edge(a, b)
    components = sorted((sorted(c) for c in nx.connected_components(links)), key=lambda c: (-len(c), c[0]))
    rng = np.random.default_rng(LAYOUT_SEED)
    xs = np.zeros(count)
    ys = np.zeros(count)
    boxes = [_box(len(c)) for c in components]
    # Rows as wide as a screen-shaped rectangle holding every box: the page fits it to its canvas.
    area = sum(w * h for w, h in boxes)
    row_width = max(max((w for w, _ in boxes), default=0.0), float(np.sqrt(area * ASPECT)))
    cursor_x = cursor_y = row_height = 0.0
    for component, (width, height) in zip(components, boxes):
        local = _component_layout(component, neighbours, rng)
        if cursor_x > 0 and cursor_x + width > row_width:
            cursor_x, cursor_y, row_height = 0.0, cursor_y + row_height, 0.0
        spread_x, spread_y = _spread(len(component), width, height)
        xs[component] = cursor_x + width / 2 + local[:, 0] * spread_x
        ys[component] = cursor_y + height / 2 + local[:, 1] * spread_y
        cursor_x += width
        row_height = max(row_height, height)
    xs = xs - (xs.min() + xs.max()) / 2
    ys = ys - (ys.min() + ys.max()) / 2
    # A few nodes are spread over a screen's worth of room: vis-network's fit never zooms in past
    # 1:1, so a small drawing would stay small in the middle of the canvas.
    spread = min(SMALL_DRAWING[0] / max(float(np.ptp(xs)), 1.0), SMALL_DRAWING[1] / max(float(np.ptp(ys)), 1.0),
                 MAX_SPREAD)
    if spread > 1.0:
        xs, ys = xs * spread, ys * spread
    xs = np.rint(xs).astype(int)
    ys = np.rint(ys).astype(int)
    return [(int(x), int(y)) for x, y in zip(xs, ys)]


def _box(size: int) -> tuple[float, float]:
    """Width and height of the box a component of `size` nodes is drawn in (room for labels)."""
    if size <= SMALL_COMPONENT:
        radius = 0.0 if size == 1 else SMALL_RADIUS * (1 + (size > 3))
        return 2 * radius + LABEL_ROOM_X, 2 * radius + LABEL_ROOM_Y
    side = PIXELS_PER_NODE * np.sqrt(size)
    return side * ASPECT ** 0.5 + LABEL_ROOM_X, side / ASPECT ** 0.5 + LABEL_ROOM_Y


def _spread(size: int, width: float, height: float) -> tuple[float, float]:
    """How far from the box's centre the unit layout of a component is stretched."""
    if size <= SMALL_COMPONENT:
        radius = 0.0 if size == 1 else SMALL_RADIUS * (1 + (size > 3))
        return radius, radius
    return (width - LABEL_ROOM_X) / 2, (height - LABEL_ROOM_Y) / 2


def _component_layout(component: list[int], neighbours: list[set[int]], rng: np.random.Generator) -> np.ndarray:
    """Positions within [-1, 1]^2 for one connected component (node indices in `component`)."""
    size = len(component)
    if size == 1:
        return np.zeros((1, 2))
    if size <= SMALL_COMPONENT:
        # A hub touching all the others goes in the middle (stars, 3-paths); the rest on a circle.
        hub = next((i for i, v in enumerate(component) if len(neighbours[v]) == size - 1), None)
        ring = [i for i in range(size) if i != hub]
        angles = 2 * np.pi * np.arange(len(ring)) / len(ring)
        local = np.zeros((size, 2))
        local[ring, 0], local[ring, 1] = np.cos(angles), np.sin(angles)
        return local
    where = {v: i for i, v in enumerate(component)}
    pairs = [(where[v], where[w]) for v in component for w in neighbours[v] if v < w]
    local = _spring(size, np.array(pairs, dtype=np.intp).reshape(-1, 2), rng)
    local -= local.mean(axis=0)
    return local / max(float(np.abs(local).max()), 1e-12)


def _spring(n: int, edges: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Fruchterman-Reingold in the unit square for one connected graph of `n` nodes.

    networkx's spring_layout needs SciPy above 500 nodes, which kg does not depend on, and its
    repulsion is quadratic. Here each step pushes every node away from a random sample of
    REPULSION_SAMPLE nodes scaled up to stand for all (random vertex sampling, Gove 2019):
    about 1 s for 5,000 nodes.
    """
    src, dst = edges[:, 0], edges[:, 1]
    # float32 halves the time; the layout only has to be good to a pixel.
    x, y = rng.random(n, dtype=np.float32), rng.random(n, dtype=np.float32)
    k = np.float32(np.sqrt(1.0 / n))  # ideal edge length in the unit square
    temperature = 0.1
    cooling = temperature / (LAYOUT_ITERATIONS + 1)
    sample = min(n, REPULSION_SAMPLE)
    for _ in range(LAYOUT_ITERATIONS):
        chosen = rng.choice(n, sample, replace=False) if sample < n else np.arange(n)
        cx, cy = x[chosen], y[chosen]
        push = np.float32(k * k * n / sample)
        dx = np.zeros(n, dtype=np.float32)
        dy = np.zeros(n, dtype=np.float32)
        for start in range(0, n, LAYOUT_BLOCK):
            block = slice(start, start + LAYOUT_BLOCK)
            bx = x[block, None] - cx[None, :]
            by = y[block, None] - cy[None, :]
            force = bx * bx
            force += by * by
            np.maximum(force, np.float32(1e-9), out=force)
            np.divide(push, force, out=force)
            dx[block] += np.einsum("ij,ij->i", bx, force)
            dy[block] += np.einsum("ij,ij->i", by, force)
        ex, ey = x[src] - x[dst], y[src] - y[dst]
        pull = np.sqrt(ex * ex + ey * ey) / k
        dx += (np.bincount(dst, ex * pull, n) - np.bincount(src, ex * pull, n)).astype(np.float32)
        dy += (np.bincount(dst, ey * pull, n) - np.bincount(src, ey * pull, n)).astype(np.float32)
        length = np.maximum(np.sqrt(dx * dx + dy * dy), np.float32(1e-12))
        step = np.minimum(length, np.float32(temperature)) / length
        x += dx * step
        y += dy * step
        temperature -= cooling
    return np.column_stack([x, y])
