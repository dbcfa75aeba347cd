#!/usr/bin/env bash
# The whole test suite: install what is missing, start PostgreSQL and maildev (SMTP 1025, web 1080), build, run every test project, and end with one line
# "N passed, N failed" totalled over all test projects (a run that executed no test fails).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh || exit 1
bash scripts/postgres.sh || exit 1
bash scripts/maildev.sh || exit 1

results="$root/out/test-results"
rm -rf "$results"
mkdir -p "$results"
dotnet build OrderMatch.sln -c Release -nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
dotnet test OrderMatch.sln -c Release --no-build -nologo --logger "trx" --logger "console;verbosity=normal" --results-directory "$results"
status=$?

passed=0
failed=0
total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  total=$((total + ${t:-0}))
done

if [ "$total" -eq 0 ]; then
  echo "no test was executed"
  echo "0 passed, 1 failed"
  exit 1
fi

if [ "$failed" -ne 0 ]; then
  # The failed tests again, by name with the first line of their message, so the end of the log says what failed.
  echo "failed tests:"
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    awk '
      /<UnitTestResult / && /outcome="Failed"/ {
        name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name); waiting = 1; next
      }
      waiting && /<Message>/ {
        message = $0; sub(/.*<Message>/, "", message); sub(/<\/Message>.*/, "", message)
        print "  " name ": " substr(message, 1, 300); waiting = 0
      }
    ' "$trx"
  done
fi

echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
