#!/usr/bin/env python3
"""Where the clicks go, by lesion size: reads `dermask-cli evaluate-clicks --csv` files and
prints, for each band of lesion diameter (the diameter of a disk of the lesion's area, in the
image's pixels), the images, NoC@85, NoC@90, the failures at 0.90 and the mean IoU after 1, 3
and 5 clicks. With --band FILE (`dermask-cli evaluate --csv` of the truth's own two roundings,
see README "Click to correct"), also the mean IoU between them in each band.

Usage: by-size.py CLICKS.csv [--band BAND.csv] [--edges 20,40,60]
"""
import argparse
import csv
import math


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("clicks")
    ap.add_argument("--band")
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
            bins.setdefault(b, []).append((r, band.get(r["id"].removesuffix("_segmentation"))))
    names = [f"< {edges[0]:g}"] + [f"{lo:g}-{hi:g}" for lo, hi in zip(edges, edges[1:])] + [f">= {edges[-1]:g}"]
    print("| lesion diameter (px) | images | NoC@85 | NoC@90 | failures | IoU after 1 / 3 / 5 |"
          + (" IoU of the truth's two roundings |" if band else ""))
    print("| --- | --- | --- | --- | --- | --- |" + (" --- |" if band else ""))
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
        print(line)


if __name__ == "__main__":
    main()
