#!/usr/bin/env python3
"""Where the clicks go, by lesion size: reads `dermask-cli evaluate-clicks --csv` files and
prints, for each band of lesion diameter (the diameter of a disk of the lesion's area, in the
image's pixels), the images, NoC@85, NoC@90, the failures at 0.90 and the mean IoU after 1, 3
and 5 clicks. With --band FILE (`dermask-cli evaluate --csv` of the truth's own two roundings,
see README "Click to correct"), also the mean IoU between them in each band. With --truth DIR
(the folder of the truth masks, `<id>_segmentation.png` or `<id>.png`), also what a border one
pixel off costs at that size: the mean IoU of each truth mask against itself grown by one pixel
(4-neighbours) and how many of the band's images that leaves below IoU 0.90. Reads the masks
with ImageMagick's `convert`.

Usage: by-size.py CLICKS.csv [--band BAND.csv] [--truth DIR] [--edges 20,40,60]
"""
import argparse
import csv
import math
import os
import subprocess


def grown_iou(path):
    """IoU of the mask at path (lesion: >= 128) against itself grown by one pixel."""
    pgm = subprocess.run(["convert", path, "-colorspace", "gray", "-depth", "8", "pgm:-"],
                         check=True, capture_output=True).stdout
    _, w, h, _, data = pgm.split(maxsplit=4)
    w, h = int(w), int(h)
    data = data[len(data) - w * h:]
    inside = [[data[y * w + x] >= 128 for x in range(w)] for y in range(h)]
    area = grown = 0
    for y in range(h):
        for x in range(w):
            if inside[y][x]:
                area += 1
            if inside[y][x] or any(0 <= y + dy < h and 0 <= x + dx < w and inside[y + dy][x + dx]
                                   for dy, dx in ((-1, 0), (1, 0), (0, -1), (0, 1))):
                grown += 1
    return area / grown if grown else 1.0


def truth_file(folder, image_id):
    for name in (f"{image_id}_segmentation.png", f"{image_id}.png"):
        if os.path.exists(os.path.join(folder, name)):
            return os.path.join(folder, name)
    raise SystemExit(f"by-size.py: no truth mask for {image_id} in {folder}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("clicks")
    ap.add_argument("--band")
    ap.add_argument("--truth")
    ap.add_argument("--edges", default="20,40,60")
    a = ap.parse_args()
    edges = [float(e) for e in a.edges.split(",")]
    band = {}
    if a.band:
        with open(a.band) as f:
            band = {r["id"].removesuffix("_segmentation"): float(r["iou"]) for r in csv.DictReader(f)}
    bins = {}
    with open(a.clicks) as f:
        for r in csv.DictReader(f):
            d = 2 * math.sqrt(int(r["lesion_pixels"]) / math.pi)
            b = sum(d >= e for e in edges)
            if a.truth:
                r["grown_iou"] = grown_iou(truth_file(a.truth, r["id"]))
            bins.setdefault(b, []).append((r, band.get(r["id"].removesuffix("_segmentation"))))
    names = [f"< {edges[0]:g}"] + [f"{lo:g}-{hi:g}" for lo, hi in zip(edges, edges[1:])] + [f">= {edges[-1]:g}"]
    print("| lesion diameter (px) | images | NoC@85 | NoC@90 | failures | IoU after 1 / 3 / 5 |"
          + (" IoU of the truth's two roundings |" if band else "")
          + (" IoU of the truth grown by 1 px (images below 0.90) |" if a.truth else ""))
    print("| --- | --- | --- | --- | --- | --- |" + (" --- |" if band else "") + (" --- |" if a.truth else ""))
    rows = [(names[b], bins[b]) for b in sorted(bins)] + [("all", [x for b in sorted(bins) for x in bins[b]])]
    for name, items in rows:
        n = len(items)
        mean = lambda key: sum(float(r[key]) for r, _ in items) / n
        line = (f"| {name} | {n} | {mean('clicks_to_85'):.2f} | {mean('clicks_to_90'):.2f} | "
                f"{sum(r['reached_90'] == '0' for r, _ in items)} | "
                f"{mean('iou_1'):.3f} / {mean('iou_3'):.3f} / {mean('iou_5'):.3f} |")
        if band:
            ious = [i for _, i in items if i is not None]
            line += f" {sum(ious) / len(ious):.3f} |" if ious else " |"
        if a.truth:
            grown = [r["grown_iou"] for r, _ in items]
            line += f" {sum(grown) / n:.3f} ({sum(g < 0.9 for g in grown)}) |"
        print(line)


if __name__ == "__main__":
    main()
