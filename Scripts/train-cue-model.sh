#!/bin/sh
# Trains the learned quote-cue model, Sources/LedeAnalysis/Data/quotes/cue_model.tsv, on PolNeAR
# train as the project's development data keeps it (../shared/devdata, beside the repo; never
# the dev split). Deterministic: the same corpus and sources give the same weights.
#   Scripts/train-cue-model.sh [CORPUS_DIR]
set -eu
cd "$(dirname "$0")/.."
corpus="${1:-../shared/devdata/quotes/polnear-train}"
out=Sources/LedeAnalysis/Data/quotes/cue_model.tsv
swift build -c release --product lede-bench
# Candidates are read by the list's cues alone, so the model that is there does not matter;
# it is moved aside so that a corrupt one cannot stop the run.
if [ -f "$out" ]; then mv "$out" "$out.old"; fi
.build/release/lede-bench quote-cues "$corpus" --train "$out"
rm -f "$out.old"
