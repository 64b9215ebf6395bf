#!/usr/bin/env bash
# Measures the built distribution (mvn package first) beside references run on the same machine
# in the same run, and prints Markdown with the ratios:
#   - start to ready (/api/v1/health 200, every plugin serving) vs. an empty Felix framework start;
#   - a tenant-scoped read of a plugin's data (GET /municipalities/lulea/lifecycle/items, 20 rows,
#     a Luleå viewer token) vs. a bare Jersey + Jackson "hello" on Jetty 12 (Reference.java, run
#     from the distribution's own jars and with the start script's JVM flags);
#   - GET /regions/norrbotten/municipalities as platform admin;
#   - 64 clients, 70 % reads / 30 % writes on lifecycle endpoints (a region editor);
#   - resident memory after start and after the load; a plugin jar dropped into plugins/ until
#     its endpoints serve.
# Load comes from wrk when it is installed (Debian: apt-get install wrk), else LoadGenerator.java.
#
#   distribution/src/bench/benchmark.sh [starts=5]
# BENCH_WARMUP (s, default 30: Jersey needs about that for the JIT), BENCH_SECONDS (default 20),
# BENCH_PORT (default 18080; the reference uses the next port). JAVA_HOME and JAVA_OPTS as usual.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
starts=${1:-5}
warmup=${BENCH_WARMUP:-30}
seconds=${BENCH_SECONDS:-20}
port=${BENCH_PORT:-18080}
ref_port=$((port + 1))
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
. "$here/lib.sh"

# load NAME BASE_URL CLIENTS TOKEN PLAN: warm up, then measure; prints the summary line.
load() {
  local line
  if command -v wrk > /dev/null; then
    wrk -t2 -c"$3" -d"${warmup}s" -s "$here/plan.lua" "$2" -- "$4" "$5" > /dev/null
    line=$(wrk -t2 -c"$3" -d"${seconds}s" -s "$here/plan.lua" "$2" -- "$4" "$5" | grep '^rps=')
  else
    "$java" "$here/LoadGenerator.java" "$2" "$3" "$warmup" "$4" "$5" > /dev/null
    line=$("$java" "$here/LoadGenerator.java" "$2" "$3" "$seconds" "$4" "$5")
  fi
  echo "$line" > "$work/result-$1"
  printf '%-14s clients=%-3s %s\n' "$1" "$3" "$line"
}
rps() { sed -n 's/^rps=\([0-9]*\).*/\1/p' "$work/result-$1"; }

echo "## $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$java" -version 2>&1 | head -n 1)"
echo
echo "JVM flags: $jvm_defaults ${JAVA_OPTS:-}; load from $(if command -v wrk > /dev/null; then wrk -v 2>&1 | head -n 1 | cut -d" " -f1-2; else echo LoadGenerator.java; fi)"
echo "Plugins present: $(ls "$home/plugins" 2>/dev/null | tr '\n' ' ')"
echo

# The floor: the same Felix, empty, with the same JVM flags.
mkdir -p "$work/felix"
"$javac" -d "$work/felix" -cp "$home/bin/felix.jar" "$here/EmptyFelix.java"
for i in $(seq 1 "$starts"); do
  t0=$(now_ms)
  "$java" $jvm_defaults ${JAVA_OPTS:-} -cp "$home/bin/felix.jar:$work/felix" EmptyFelix | grep -q -m1 started
  echo $(( $(now_ms) - t0 )) >> "$work/felix-ms"
done

echo "| start | ready: /health 200 (ms) | lifecycle serving (ms) | resident memory after start (MB) |"
echo "|---|---|---|---|"
for i in $(seq 0 "$starts"); do
  t0=$(now_ms)
  start
  until curl -sf -o /dev/null "$api/health"; do sleep 0.01; done
  t1=$(now_ms)
  until curl -sf -o /dev/null -H "Authorization: Bearer $token" "$api/lifecycle/phases"; do sleep 0.01; done
  t2=$(now_ms)
  sleep 1
  rss=$(rss_mb "$pid")
  label=$([ "$i" = 0 ] && echo "first (new installation)" || echo "$i")
  echo "| $label | $((t1 - t0)) | $((t2 - t0)) | $rss |"
  [ "$i" = 0 ] || echo $((t1 - t0)) >> "$work/ready-ms"
  [ "$i" = "$starts" ] || stop
done
ready=$(median < "$work/ready-ms")
felix=$(median < "$work/felix-ms")
echo
echo "Median start to ready $ready ms; empty Felix $felix ms (median of $starts): **$(ratio "$ready" "$felix")×**."
echo

# Data for the load: three municipalities use lifecycle with 20 items each.
for town in lulea kiruna pitea; do call PUT "/municipalities/$town/modules/lifecycle" > /dev/null; done
item='{"phase":"WELCOME","kind":"EFFORT","title":"Item %s","status":"PLANNED"}'
for town in lulea kiruna pitea; do
  for n in $(seq 1 20); do
    echo "$town $(call POST "/municipalities/$town/lifecycle/items" "$(printf "$item" "$n")" | field id)" >> "$work/items"
  done
done
viewer=$(call POST /tokens '{"name":"bench-lulea-viewer","role":"viewer","scope":"municipality:lulea"}' | field secret)
editor=$(call POST /tokens '{"name":"bench-region-editor","role":"editor","scope":"region:norrbotten"}' | field secret)

# A plugin dropped into plugins/ until its endpoints serve (FileInstall looks every 500 ms).
mv "$home/plugins/lifecycle.jar" "$work/lifecycle.jar"
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$api/modules/lifecycle")" = 404 ]; do sleep 0.05; done
cp "$work/lifecycle.jar" "$home/plugins/lifecycle.part"
t0=$(now_ms)
mv "$home/plugins/lifecycle.part" "$home/plugins/lifecycle.jar"
until curl -sf -o /dev/null -H "Authorization: Bearer $viewer" "$api/municipalities/lulea/lifecycle/items"; do sleep 0.01; done
echo "A plugin jar dropped into plugins/ served its endpoints after $(( $(now_ms) - t0 )) ms."
echo

printf '1\tGET\t/hello\n' > "$work/hello.plan"
printf '1\tGET\t/api/v1/municipalities/lulea/lifecycle/items?limit=20\n' > "$work/items.plan"
printf '1\tGET\t/api/v1/regions/norrbotten/municipalities\n' > "$work/municipalities.plan"
# 70 % reads, 30 % writes: every item is edited now and then, so the inventory keeps its size and
# the run measures contention rather than a table growing under the readers.
{
  for town in lulea kiruna pitea; do
    printf '28\tGET\t/api/v1/municipalities/%s/lifecycle/items?limit=20\n' "$town"
    printf '12\tGET\t/api/v1/municipalities/%s/lifecycle/assessment\n' "$town"
  done
  printf '20\tGET\t/api/v1/regions/norrbotten/lifecycle/matrix\n'
  while read -r town id; do
    printf '1\tPUT\t/api/v1/municipalities/%s/lifecycle/items/%s\t%s\n' "$town" "$id" "$(printf "$item" "edited")"
  done < "$work/items"
} > "$work/mixed.plan"

ref_cp=$(ls "$home"/bundle/*.jar | grep -E "/(jersey-|hk2-|jakarta\.|jackson-|javassist|aopalliance|osgi-resource-locator|org.apache.felix.http.jetty12|org.apache.felix.http.servlet-api)" | tr '\n' ':')
ref_cp="$ref_cp$(ls "$home"/bundle/boot/slf4j-api-*.jar)"
"$java" $jvm_defaults ${JAVA_OPTS:-} -cp "$ref_cp" "$here/Reference.java" "$ref_port" > "$work/reference.log" 2>&1 &
ref_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$ref_port/hello"; do sleep 0.1; done

echo "Each after ${warmup} s of warm-up, measured for ${seconds} s:"
echo
echo '```'
load reference "http://127.0.0.1:$ref_port" 16 none "$work/hello.plan"
kill "$ref_pid"; wait "$ref_pid" 2>/dev/null || true; ref_pid=
load items "http://127.0.0.1:$port" 16 "$viewer" "$work/items.plan"
load municipalities "http://127.0.0.1:$port" 16 "$token" "$work/municipalities.plan"
load mixed "http://127.0.0.1:$port" 64 "$editor" "$work/mixed.plan"
echo '```'
echo
echo "Tenant-scoped read vs. bare Jersey hello: **$(ratio "$(rps items)" "$(rps reference)")×**."
echo "Resident memory after the load: $(rss_mb "$pid") MB."
stop
