#!/usr/bin/env bash
# Measures the built distribution (mvn package first): cold start to the first 200 from
# /api/v1/health, resident memory after start, and GET /api/v1/regions/norrbotten/municipalities
# throughput with 1 and 16 concurrent clients on loopback. Results go to stdout as Markdown.
#
#   distribution/src/bench/benchmark.sh [starts=5] [seconds=10]
# JAVA_HOME and JAVA_OPTS are passed to bin/samverka as usual.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
home=$(cd "$here/../../target/samverka" && pwd)
starts=${1:-5}
seconds=${2:-10}
port=${BENCH_PORT:-18080}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
token="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
trap 'if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

start() {
  SAMVERKA_HTTP_PORT=$port SAMVERKA_DATA="$work/data" SAMVERKA_ADMIN_TOKEN="$token" "$home/bin/samverka" > "$work/out.log" 2>&1 &
  pid=$!
}
stop() {
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=
}
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
now_ms() { date +%s%3N; }

echo "## $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$java" -version 2>&1 | head -n 1)"
echo
echo "JAVA_OPTS: '${JAVA_OPTS:-}' (plus the start script's defaults)"
echo
# The first start creates the database and loads the reference data; it is reported apart.
plugins=$(ls "$home/plugins" 2>/dev/null | tr '\n' ' ')
echo "Plugins present: ${plugins:-none}"
echo
echo "| start | first 200 from /health (ms) | lifecycle plugin serving (ms) | resident memory after start (MB) |"
echo "|---|---|---|---|"
for i in $(seq 0 "$starts"); do
  t0=$(now_ms)
  start
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/health"; do sleep 0.01; done
  t1=$(now_ms)
  served="-"
  if [ -f "$home/plugins/lifecycle.jar" ]; then
    until curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/lifecycle/phases"; do sleep 0.01; done
    served=$(( $(now_ms) - t0 ))
  fi
  sleep 1
  label=$([ "$i" = 0 ] && echo "first (new database)" || echo "$i")
  echo "| $label | $((t1 - t0)) | $served | $(rss_mb "$pid") |"
  [ "$i" = "$starts" ] || stop
done
echo
url="http://127.0.0.1:$port/api/v1/regions/norrbotten/municipalities"
echo "GET /api/v1/regions/norrbotten/municipalities (14 municipalities, $(curl -s -H "Authorization: Bearer $token" "$url" | wc -c) bytes, bearer token), ${seconds} s each after 3 s warm-up:"
echo
echo '```'
for clients in 1 16; do
  "$java" "$here/LoadGenerator.java" "$url" "$clients" "$seconds" "$token"
done
echo '```'
echo
echo "Resident memory after the load: $(rss_mb "$pid") MB"
stop
