#!/usr/bin/env bash
# The main job: a demo planning run end to end on generated sample data (tier S, a city the size of Zhenjiang).
# Installs what is missing, starts PostgreSQL, migrates the schema, imports the scenario, starts a worker of the
# planning cluster, runs a planning run with live progress, prints the plan's summary, checks the plan and approves
# it; the institutions' emails of the approved plan land in maildev (http://127.0.0.1:1080).
# It uses the database ordermatch_demo, recreated on every run. ORDERMATCH_DEMO_TIME_LIMIT sets the run's time limit in seconds (default 60).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
bash scripts/postgres.sh
bash scripts/maildev.sh
out=out/demo
mkdir -p "$out"

# The demo works on a database of its own, created afresh each time.
runuser -u postgres -- psql -qtA -v ON_ERROR_STOP=1 -c "drop database if exists ordermatch_demo with (force)" \
  -c "create database ordermatch_demo owner ordermatch" >/dev/null
export ORDERMATCH_ConnectionStrings__OrderMatch="Host=127.0.0.1;Port=5432;Username=ordermatch;Password=ordermatch;Database=ordermatch_demo"

./ordermatch generate --tier S --seed 1 -o "$out/scenario.json"
./ordermatch validate "$out/scenario.json"
./ordermatch db migrate
./ordermatch db import "$out/scenario.json"

./ordermatch worker >"$out/worker.log" 2>&1 &
worker=$!
trap 'kill "$worker" 2>/dev/null || true; wait "$worker" 2>/dev/null || true' EXIT

./ordermatch run --time-limit "${ORDERMATCH_DEMO_TIME_LIMIT:-60}" --wait -o "$out/plan.json"
./ordermatch db export --scenario -o "$out/snapshot.json"
./ordermatch check "$out/snapshot.json" "$out/plan.json"

# The coordinator approves the proposed plan; the approval queues one email per institution in the same transaction.
./ordermatch plans approve --latest --comment "demo: approved as proposed"

# The worker delivers the approved plan's emails (Notify job, every 5 s); wait until the outbox is empty.
outbox() { runuser -u postgres -- psql -qtA -d ordermatch_demo -c "select count(*) from outbox_messages where status $1"; }
for _ in $(seq 1 60); do
  [ "$(outbox "in ('pending', 'sending')")" = "0" ] && break
  sleep 1
done
echo "demo: $(outbox "= 'sent'") emails sent, $(outbox "= 'failed'") failed; open the mailbox at http://127.0.0.1:1080"
echo "demo: scenario $out/scenario.json, plan $out/plan.json, worker log $out/worker.log"
