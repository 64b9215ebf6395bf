# Shared by the benchmarks: the distribution under target/, a server on $port with a fresh data
# folder and a known admin token, and small helpers. Set here and port first.
home=$(cd "$here/../../target/samverka" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jvm_defaults=$(sed -n 's/^jvm_defaults="\(.*\)"$/\1/p' "$home/bin/samverka")
work=$(mktemp -d)
token="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
api="http://127.0.0.1:$port/api/v1"
trap 'for p in ${pid:-} ${ref_pid:-}; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

start() {
  SAMVERKA_HTTP_PORT=$port SAMVERKA_DATA="$work/data" SAMVERKA_ADMIN_TOKEN="$token" "$home/bin/samverka" > "$work/out.log" 2>&1 &
  pid=$!
}
stop() { kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
call() { # METHOD PATH [BODY] [TOKEN]: prints the body, fails on 4xx/5xx
  curl -sf -X "$1" -H "Authorization: Bearer ${4:-$token}" ${3:+-H 'Content-Type: application/json' -d "$3"} "$api$2"
}
field() { sed -n "s/^[^{]*{\(.*,\)\{0,1\}\"$1\":\"\{0,1\}\([^\",}]*\).*/\2/p"; }
