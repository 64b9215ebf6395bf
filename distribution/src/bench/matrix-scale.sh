#!/usr/bin/env bash
# The region matrix at national scale. Makes the data through the API on a fresh data folder:
# a region with 290 municipalities (Sweden's count), a capacity catalogue of ten entries, and
# 100 capacity items per municipality imported as CSV (phases in turn, statuses mixed, every
# third item meeting an entry of its phase, descriptions of about a hundred characters). Then
# times GET /regions/{id}/lifecycle/matrix, matrix.svg and matrix?asOf (the snapshots), each
# after a warm-up, beside GET /lifecycle/phases (an authenticated read that touches no table)
# in the same run, and prints Markdown with medians and ratios.
#
#   distribution/src/bench/matrix-scale.sh [municipalities=290] [items=100]
# BENCH_ROUNDS (timed requests per endpoint, default 60), BENCH_PORT (default 18080).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
municipalities=${1:-290}
items=${2:-100}
rounds=${BENCH_ROUNDS:-60}
port=${BENCH_PORT:-18080}
. "$here/lib.sh"
region=scale

ms() { # PATH: the request's time in ms, failing on an error status
  curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$api$1" | awk '{printf "%.1f\n", $1 * 1000}'
}
timed() { # NAME PATH: warm up, then the median of $rounds requests
  for _ in $(seq 1 $((rounds / 2))); do ms "$2" > /dev/null; done
  for _ in $(seq 1 "$rounds"); do ms "$2"; done | sort -n > "$work/time-$1"
  median < "$work/time-$1"
}

start
until curl -sf -o /dev/null "$api/health"; do sleep 0.1; done

t0=$(now_ms)
call POST /regions "{\"id\":\"$region\",\"code\":\"99\",\"name\":\"Region Scale\",\"country\":\"SE\"}" > /dev/null
# The region's lifecycle paths open once a municipality of it uses the module.
for m in $(seq -f '%03g' 1 "$municipalities"); do
  call POST "/regions/$region/municipalities" "{\"id\":\"m$m\",\"code\":\"9$m\",\"name\":\"Kommun $m\"}" > /dev/null
  call PUT "/municipalities/m$m/modules/lifecycle" > /dev/null
done
until curl -sf -o /dev/null -H "Authorization: Bearer $token" "$api/regions/$region/lifecycle/catalogue"; do sleep 0.1; done
phases=(INVENTORY ATTRACT RECRUIT INTRODUCE WELCOME ROOT)
declare -A entries
for n in $(seq 0 9); do
  phase=${phases[$((n % 6))]}
  id=$(call POST "/regions/$region/lifecycle/catalogue" "{\"phase\":\"$phase\",\"title\":\"Expected $n\"}" | field id)
  entries[$phase]="${entries[$phase]:-} $id"
done
statuses=(IN_PLACE PARTIAL PLANNED MISSING IN_PLACE)
description="A description of about a hundred characters, as officers write them when they record an item."
for m in $(seq -f '%03g' 1 "$municipalities"); do
  {
    echo "phase,kind,title,description,responsibleOrganisation,contact,status,notes,catalogueEntryId"
    for i in $(seq 0 $((items - 1))); do
      phase=${phases[$((i % 6))]}
      read -r -a ids <<< "${entries[$phase]}"
      entry=$([ $((i % 3)) = 0 ] && echo "${ids[$((i / 6 % ${#ids[@]}))]}" || true)
      echo "$phase,EFFORT,Item $i of m$m,\"$description\",Kommunen,,${statuses[$(((i * 7 + 10#$m) % 5))]},,$entry"
    done
  } > "$work/items.csv"
  curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary "@$work/items.csv" \
    "$api/municipalities/m$m/lifecycle/items/import"
done
made=$(( $(now_ms) - t0 ))
today=$(date -u +%Y-%m-%d)

echo "## Matrix at scale, $(date -u +%Y-%m-%d) on $(nproc) cores, $("$java" -version 2>&1 | head -n 1)"
echo
echo "$municipalities municipalities × $items items ($((municipalities * items)) items, catalogue of 10 entries),"
echo "made through the API in $((made / 1000)) s. Medians of $rounds requests, each after $((rounds / 2)) of warm-up:"
echo
echo "| request | median (ms) | × the reference |"
echo "|---|---|---|"
reference=$(timed reference "/lifecycle/phases")
echo "| reference: GET /lifecycle/phases | $reference | 1.00 |"
for request in "matrix" "matrix.svg" "matrix?asOf=$today" "matrix.csv"; do
  t=$(timed "${request%%\?*}" "/regions/$region/lifecycle/$request")
  echo "| GET /regions/$region/lifecycle/$request | $t | $(ratio "$t" "$reference") |"
done
echo
echo "Response sizes: matrix $(curl -sf -H "Authorization: Bearer $token" "$api/regions/$region/lifecycle/matrix" | wc -c) bytes,"\
" SVG $(curl -sf -H "Authorization: Bearer $token" "$api/regions/$region/lifecycle/matrix.svg" | wc -c) bytes."
stop
