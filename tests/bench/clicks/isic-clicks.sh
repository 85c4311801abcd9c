#!/bin/sh
# The click model's figures on a fixed split of ISIC 2018 Task 1 (README, "Click to correct"):
# every 10th image by name is held out; `train --click` learns from the rest with its default
# budget, then `evaluate-clicks` plays the model and GrabCut on the held-out images. The split
# is made of links: nothing of the data is copied. $WORK_DIR/clicks.csv holds each held-out
# image's play; by-size.py turns it into the README's table by lesion size, with what a border
# one pixel out costs at each size.
# Usage: tests/bench/clicks/isic-clicks.sh ISIC_DIR WORK_DIR [more train options]
#   ISIC_DIR holds Images/ and Groundtruth/ (ISIC_<n>.jpg, ISIC_<n>_segmentation.png).
set -eu
data=$(cd "${1:?usage: isic-clicks.sh ISIC_DIR WORK_DIR}" && pwd)
work=${2:?usage: isic-clicks.sh ISIC_DIR WORK_DIR}
shift 2
cli=${DERMASK_CLI:-$(dirname "$0")/../../../build/app/dermask-cli}
mkdir -p "$work/train/Images" "$work/train/Groundtruth" "$work/test/Images" "$work/test/Groundtruth"
n=0
for image in $(ls "$data/Images" | sort); do
    id=${image%.*}
    side=train
    [ $((n % 10)) -eq 0 ] && side=test
    ln -sf "$data/Images/$image" "$work/$side/Images/$image"
    ln -sf "$data/Groundtruth/${id}_segmentation.png" "$work/$side/Groundtruth/${id}_segmentation.png"
    n=$((n + 1))
done
echo "split: $(ls "$work/train/Images" | wc -l) to train, $(ls "$work/test/Images" | wc -l) held out" >&2
start=$(date +%s)
"$cli" train "$work/train" --click --out "$work/click.pt" "$@" >&2
echo "trained in $(( $(date +%s) - start )) s" >&2
"$cli" evaluate-clicks "$work/test" --model "$work/click.pt" --csv "$work/clicks.csv" --json
"$cli" evaluate-clicks "$work/test" --baseline grabcut --json
"$(dirname "$0")/by-size.py" "$work/clicks.csv" --truth "$work/test/Groundtruth"
