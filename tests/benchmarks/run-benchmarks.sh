#!/usr/bin/env bash
# Runs the speed and memory benchmarks against a Release build and prints one table.
#   whole-process rows: debrief-cli run under /usr/bin/time, best wall time of 3, peak RSS
#   google-benchmark rows: the bench_* targets (median of repetitions)
# Usage: run-benchmarks.sh BUILD_DIR
set -euo pipefail
build_dir="$(cd "${1:?build directory}" && pwd)"
cli="$build_dir/app/cli/debrief-cli"
data="$build_dir/bench-data"
mkdir -p "$data"

if ! command -v /usr/bin/time >/dev/null 2>&1 || ! /usr/bin/time -f %M true >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

trace82k="$data/philly-82k.csv"
trace5m="$data/generic-5m.csv"
[ -s "$trace82k" ] || "$cli" generate --jobs 82000 --seed 42 --gpus 2048 --load 0.95 --out "$trace82k"
[ -s "$trace5m" ] || "$cli" generate --jobs 5000000 --seed 42 --gpus 2048 --load 0.9 --out "$trace5m"

rows=()
# best-of-3 wall seconds and the peak RSS (MB) of that run
measure() {
  local label="$1" target="$2"; shift 2
  local best="" rss="" out
  out="$(mktemp)"
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null
    read -r wall kb <"$out"
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN{exit !(a<b)}'; then
      best="$wall"; rss="$((kb / 1024))"
    fi
  done
  rm -f "$out"
  rows+=("cli|$label|$best s|$rss MB|$target")
}

mb5m=$(( $(stat -c %s "$trace5m") / 1000000 ))
measure "5M-job CSV ($mb5m MB), import + fifo pooled" "<= 1.5 s, <= 600 MB" \
  "$cli" replay "$trace5m" --gpus 2048 --policy fifo
measure "5M-job CSV ($mb5m MB), import only (inspect)" ">= 300 MB/s" \
  "$cli" inspect "$trace5m"
measure "82k-job trace, import + all 8 policies" "<= 0.5 s" \
  "$cli" replay "$trace82k" --gpus 2048 --policy all

# The openb study on real nodes: all six placements x seeds 42-51, the default pods on the 1,213
# GPU nodes (the shared sample traces; skipped when they are not next to the checkout).
shared="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/../shared/traces"
if [ -s "$shared/openb_pod_list_default.csv" ] && [ -s "$shared/openb_node_list_gpu_node.csv" ]; then
  measure "openb share study, 6 placements x 10 seeds, 1,213 nodes (load $(cut -d' ' -f1 /proc/loadavg))" "<= 10 s" \
    "$cli" share "$shared/openb_pod_list_default.csv" --node-list "$shared/openb_node_list_gpu_node.csv" --seeds 42-51
fi

# UI thread latency while four policies replay the 82k-job trace at full speed (Trace Lab).
if [ -x "$build_dir/tests/benchmarks/bench_ui_latency" ]; then
  ui="$(QT_QPA_PLATFORM=offscreen "$build_dir/tests/benchmarks/bench_ui_latency" 20 2>/dev/null | grep -o 'worst [0-9.]* ms, p99 [0-9.]* ms')"
  rows+=("ui|Trace Lab event loop, 82k jobs x 4 policies live|${ui:-not measured}||worst < 50 ms")
fi

# Scorecard PDFs: 50 sessions to 50 files in one process (gbench), and 50 through one debrief-cli
# process each (the demo's three sessions in turn), start-up and fonts included.
if [ -x "$build_dir/tests/benchmarks/bench_scorecard_pdf" ]; then
  pdf50="$("$build_dir/tests/benchmarks/bench_scorecard_pdf" --benchmark_format=csv 2>/dev/null |
    awk -F, '/^"?BM_ScorecardPdf50Sessions/ { printf "%.0f ms", $3 }')"
  rows+=("gbench|50 sessions -> 50 scorecard PDFs, one process|${pdf50:-not measured}||")
  pdfdb="$data/scorecards.sqlite"
  rm -f "$pdfdb" "$pdfdb-wal" "$pdfdb-shm"
  "$cli" --db "$pdfdb" demo >/dev/null
  measure "50 scorecard PDFs, one debrief-cli scorecard pdf each" "" \
    bash -c 'for i in $(seq 0 49); do "$0" --db "$1" scorecard pdf $((i % 3 + 1)) --out "$2/scorecard-$i.pdf" --lang en || exit 1; done' \
    "$cli" "$pdfdb" "$data"
fi

# Google Benchmark targets, as CSV, folded into the same table.
gbench() {
  "$build_dir/tests/benchmarks/$1" --benchmark_format=csv 2>/dev/null |
    awk -F, 'NR>1 && $1 !~ /^"?BM_/ {next}
             /^name/ {next}
             { gsub(/"/,"",$1); gsub(/"/,"",$8);
               extra="";
               if ($6 != "") extra=sprintf("%.0f MB/s", $6/1e6);
               else if ($7 != "") extra=sprintf("%.2f M items/s", $7/1e6);
               if ($8 != "") extra=extra " (" $8 ")";
               printf "gbench|%s|%.1f %s|%s|\n", $1, $3, $5, extra }'
}
while IFS= read -r line; do rows+=("$line"); done < <(gbench bench_import; gbench bench_replay)

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "Machine: $(nproc) cores, $cpu, $(free -g | awk '/Mem:/{print $2}') GiB"
printf '%s\n' "kind|what|time|memory / rate|target" "${rows[@]}" |
  awk -F'|' '{ for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NR; f = NF }
             END { for (r = 1; r <= n; r++) { line = ""; for (i = 1; i <= f; i++) line = line sprintf("%-" w[i] + 2 "s", cell[r, i]); sub(/ +$/, "", line); print line } }'
