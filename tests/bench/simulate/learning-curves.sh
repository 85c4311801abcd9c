#!/bin/sh
# Learning curves of `dermask-cli simulate` on ISIC 2018 Task 1 (the 128 px copy in
# ../shared/data): a fixed split by sorted id (every 9th image tests, the next two of each
# nine form the pool), the same starting images and seed for every strategy.
#   tests/bench/simulate/learning-curves.sh ISIC2018_DIR OUT_DIR [seeds] [strategies]
# Writes OUT_DIR/<strategy>-<seed>.jsonl, one line per round and a summary;
# tests/bench/simulate/curves.py OUT_DIR makes the table and the plot.
set -eu
src=$1
out=$2
seeds=${3:-"1 2"}
strategies=${4:-"random entropy uncertain disagreement diverse"}
cli=${DERMASK_CLI:-build/app/dermask-cli}
split=$out/split
mkdir -p "$out"
if [ ! -d "$split" ]; then
  mkdir -p "$split/pool/Images" "$split/pool/Groundtruth" "$split/test/Images" "$split/test/Groundtruth"
  i=0
  for image in $(ls "$src/Images" | sort); do
    id=${image%.jpg}
    case $((i % 9)) in
      0) part=test ;;
      1|2) part=pool ;;
      *) part= ;;
    esac
    if [ -n "$part" ]; then
      ln -s "$src/Images/$image" "$split/$part/Images/$image"
      ln -s "$src/Groundtruth/${id}_segmentation.png" "$split/$part/Groundtruth/${id}_segmentation.png"
    fi
    i=$((i + 1))
  done
fi
# Settings for 2 CPU cores: 128 px input (the images' own size), a minute of training per
# round; override with SIMULATE_OPTIONS.
options=${SIMULATE_OPTIONS:-"--start 20 --step 20 --rounds 4 --minutes 1 --size 128 --threads 2"}
for seed in $seeds; do
  for strategy in $strategies; do
    # shellcheck disable=SC2086
    OMP_WAIT_POLICY=PASSIVE "$cli" simulate "$split/pool" --test "$split/test" --strategy "$strategy" \
      --seed "$seed" --json $options > "$out/$strategy-$seed.jsonl"
    tail -n 1 "$out/$strategy-$seed.jsonl"
  done
done
