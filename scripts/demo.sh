#!/usr/bin/env bash
# The main job: a demo planning run end to end on generated sample data (tier S, a city the size of Zhenjiang):
# install what is missing, generate the scenario, validate it, solve it with live progress, check the plan.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
mkdir -p out/demo
./ordermatch generate --tier S --seed 1 -o out/demo/scenario.json
./ordermatch validate out/demo/scenario.json
./ordermatch solve out/demo/scenario.json -o out/demo/plan.json --time-limit "${ORDERMATCH_DEMO_TIME_LIMIT:-60}"
./ordermatch check out/demo/scenario.json out/demo/plan.json
echo "demo: scenario out/demo/scenario.json, plan out/demo/plan.json"
