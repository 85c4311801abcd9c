#!/usr/bin/env python3
"""Learning curves from learning-curves.sh: a Markdown table (mean test Dice per round over
the seeds every strategy ran, +- the spread) and an SVG plot, standard library only; then
the mean Dice over the rounds of every run, per strategy and seed.

    tests/bench/simulate/curves.py OUT_DIR [docs/learning-curves.svg]
"""
import glob
import json
import os
import statistics
import sys

COLOURS = {"random": "#555555", "entropy": "#d95f02", "uncertain": "#1b9e77", "diverse": "#e6ab02",
           "disagreement": "#7570b3"}


def load(folder):
    """{(strategy, seed): [round dicts]} and the summaries."""
    runs = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
        name = os.path.basename(path)[:-len(".jsonl")]
        strategy, seed = name.rsplit("-", 1)
        rounds = [json.loads(line) for line in open(path) if line.strip()]
        rounds = [r for r in rounds if not r.get("summary")]
        if rounds:
            runs[(strategy, seed)] = rounds
    return runs


def common(runs):
    """The runs of the seeds every strategy ran: strategies compare on the same starts."""
    strategies = {s for s, _ in runs}
    seeds = set.intersection(*({seed for s, seed in runs if s == t} for t in strategies))
    return {key: rounds for key, rounds in runs.items() if key[1] in seeds}, sorted(seeds)


def curves(runs):
    """{strategy: [(labelled, mean Dice, stdev, n)]} over the seeds that reached each round."""
    by_strategy = {}
    for (strategy, _), rounds in runs.items():
        for r in rounds:
            by_strategy.setdefault(strategy, {}).setdefault(r["labelled"], []).append(r["dice"])
    out = {}
    for strategy, points in by_strategy.items():
        out[strategy] = [(n, statistics.mean(d), statistics.pstdev(d), len(d))
                         for n, d in sorted(points.items())]
    return out


def table(data):
    strategies = sorted(data, key=lambda s: (s != "random", s))
    counts = sorted({n for pts in data.values() for n, *_ in pts})
    lines = ["| labelled | " + " | ".join(strategies) + " |",
             "| --- |" + " --- |" * len(strategies)]
    for n in counts:
        cells = []
        for s in strategies:
            match = [p for p in data[s] if p[0] == n]
            cells.append("%.3f ± %.3f (%d)" % (match[0][1], match[0][2], match[0][3]) if match else "")
        lines.append("| %d | " % n + " | ".join(cells) + " |")
    return "\n".join(lines)


def svg(data, path):
    w, h, left, right, top, bottom = 640, 400, 60, 150, 20, 50
    xs = [n for pts in data.values() for n, *_ in pts]
    ys = [m for pts in data.values() for _, m, *_ in pts]
    x0, x1 = min(xs), max(xs)
    y0, y1 = max(0.0, min(ys) - 0.02), min(1.0, max(ys) + 0.02)
    sx = lambda x: left + (x - x0) / max(1e-9, x1 - x0) * (w - left - right)
    sy = lambda y: h - bottom - (y - y0) / max(1e-9, y1 - y0) * (h - top - bottom)
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" '
             'font-size="12">' % (w, h), '<rect width="100%" height="100%" fill="white"/>']
    for i in range(6):
        y = y0 + (y1 - y0) * i / 5
        parts.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#ddd"/>' % (left, w - right, sy(y), sy(y)))
        parts.append('<text x="%d" y="%.1f" text-anchor="end">%.2f</text>' % (left - 6, sy(y) + 4, y))
    for n in sorted(set(xs)):
        parts.append('<text x="%.1f" y="%d" text-anchor="middle">%d</text>' % (sx(n), h - bottom + 18, n))
    parts.append('<text x="%d" y="%d" text-anchor="middle">labelled images</text>'
                 % ((left + w - right) // 2, h - 10))
    parts.append('<text x="14" y="%d" transform="rotate(-90 14 %d)" text-anchor="middle">test Dice</text>'
                 % (h // 2, h // 2))
    for i, (strategy, pts) in enumerate(sorted(data.items())):
        colour = COLOURS.get(strategy, "#e7298a")
        points = " ".join("%.1f,%.1f" % (sx(n), sy(m)) for n, m, *_ in pts)
        parts.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (colour, points))
        for n, m, sd, _ in pts:
            parts.append('<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s"/>'
                         % (sx(n), sx(n), sy(m - sd), sy(m + sd), colour))
        ly = top + 20 + 20 * i
        parts.append('<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="%s" stroke-width="2"/>'
                     % (w - right + 15, w - right + 35, ly, ly, colour))
        parts.append('<text x="%d" y="%d">%s</text>' % (w - right + 40, ly + 4, strategy))
    parts.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(parts) + "\n")


def main():
    runs = load(sys.argv[1])
    if not runs:
        sys.exit("no runs in %s" % sys.argv[1])
    shared, seeds = common(runs)
    data = curves(shared)
    print("seeds every strategy ran: %s" % ", ".join(seeds))
    print(table(data))
    # The area under each curve, per seed: the number that says which strategy pays.
    for strategy in sorted(data):
        means = [statistics.mean(r["dice"] for r in rounds)
                 for (s, _), rounds in sorted(runs.items()) if s == strategy]
        print("%s: mean Dice over the rounds per seed %s" % (strategy, ", ".join("%.3f" % m for m in means)))
    if len(sys.argv) > 2:
        svg(data, sys.argv[2])


if __name__ == "__main__":
    main()
