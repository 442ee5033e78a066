#!/usr/bin/env bash
# Runs the speed and memory benchmarks against a Release build and prints one table.
#   whole-process rows: debrief-cli run under /usr/bin/time, best wall time of 3, peak RSS
#   google-benchmark rows: the bench_* targets (median of repetitions)
# A benchmark script prints every figure, met or not: a figure with a target says "met" or "MISSED"
# and the table is printed either way (exit 0 unless a benchmark could not run at all).
# Absolute targets move with the processor, so figures stand beside a baseline measured in the same
# run: a read-and-parse floor (awk summing three columns of the same CSV) for import and replay runs,
# the plain reference simulator for the engine, /bin/true and a Qt Core hello world for start-up.
# Usage: run-benchmarks.sh BUILD_DIR
set -euo pipefail
build_dir="$(cd "${1:?build directory}" && pwd)"
cli="$build_dir/app/cli/debrief-cli"
benchmarks="$build_dir/tests/benchmarks"
repo_root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$build_dir/bench-data"
mkdir -p "$data"

if ! command -v /usr/bin/time >/dev/null 2>&1 || ! /usr/bin/time -f %M true >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

trace82k="$data/philly-82k.csv"
trace5m="$data/generic-5m.csv"
[ -s "$trace82k" ] || "$cli" generate --jobs 82000 --seed 42 --gpus 2048 --load 0.95 --out "$trace82k"
[ -s "$trace5m" ] || "$cli" generate --jobs 5000000 --seed 42 --gpus 2048 --load 0.9 --out "$trace5m"

# kind|what|measured|memory / rate|baseline (same run)|vs baseline|target
rows=()

# "met" or "MISSED": VALUE OP LIMIT, OP one of <= >= <
judge() {
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { ok = (op == "<=") ? v <= l : (op == ">=") ? v >= l : v < l
                                              print (ok ? "met" : "MISSED") }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3gx", a / b; else print "-" }'; }

# best-of-3 wall seconds in $best and the peak RSS (MB) of that run in $rss
measure() {
  local out wall kb
  best=""; rss=""
  out="$(mktemp)"
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null
    read -r wall kb <"$out"
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN{exit !(a<b)}'; then
      best="$wall"; rss="$((kb / 1024))"
    fi
  done
  rm -f "$out"
}

# The read-and-parse floor of a CSV: every line split on commas and three numbers summed, nothing kept.
floor() {
  measure awk -F, 'NR > 1 { s += $1 + $2 + $3 } END { print s }' "$1"
  echo "$best"
}
floor5m="$(floor "$trace5m")"
floor82k="$(floor "$trace82k")"
mb5m="$(awk -v b="$(stat -c %s "$trace5m")" 'BEGIN { printf "%.0f", b / 1e6 }')"
bytes5m="$(stat -c %s "$trace5m")"

measure "$cli" replay "$trace5m" --gpus 2048 --policy fifo
rows+=("cli|5M-job CSV ($mb5m MB), import + fifo pooled|$best s|$rss MB|parse floor $floor5m s|$(ratio "$best" "$floor5m")|<= 1.5 s, <= 600 MB: $(judge "$best" "<=" 1.5), $(judge "$rss" "<=" 600)")
measure "$cli" inspect "$trace5m"
rate="$(awk -v b="$bytes5m" -v s="$best" 'BEGIN { printf "%.0f", (s > 0 ? b / 1e6 / s : 0) }')"
rows+=("cli|5M-job CSV ($mb5m MB), import only (inspect)|$best s|$rate MB/s|parse floor $floor5m s|$(ratio "$best" "$floor5m")|>= 300 MB/s: $(judge "$rate" ">=" 300)")
measure "$cli" replay "$trace82k" --gpus 2048 --policy all
rows+=("cli|82k-job trace, import + all 8 policies|$best s|$rss MB|parse floor $floor82k s|$(ratio "$best" "$floor82k")|<= 0.5 s: $(judge "$best" "<=" 0.5)")

# Start-up: debrief-cli's engine path against /bin/true and a Qt Core hello world, same run.
if [ -x "$benchmarks/bench_startup" ]; then
  startup="$("$benchmarks/bench_startup" "$cli" "$repo_root/tests/data/cli/six-jobs.csv" --runs=200)"
  true_ms="$(awk '/^\/bin\/true/ { print $(NF-4) }' <<<"$startup")"
  qt_ms="$(awk '/^hello world, Qt Core only/ { print $(NF-4) }' <<<"$startup")"
  while IFS= read -r line; do
    label="$(sed -E 's/( +[0-9.]+){5}$//' <<<"$line")"
    read -r ms x_true x_qt cpu x_cpu < <(awk '{ print $(NF-4), $(NF-3), $(NF-2), $(NF-1), $NF }' <<<"$line")
    target=""
    [[ "$label" == "debrief-cli replay"* ]] && target="<= 1.30x Qt Core hello: $(judge "$x_qt" "<=" 1.30)"
    rows+=("start-up|$label (median of 200)|$ms ms wall|$cpu ms CPU ($x_cpu x)|/bin/true $true_ms ms, Qt Core hello $qt_ms ms|${x_true}x, ${x_qt}x|$target")
  done < <(sed -n '2,/^target/p' <<<"$startup" | grep -v '^target')
fi

# The openb study on real nodes: all six placements x seeds 42-51, the default pods on the 1,213
# GPU nodes (the shared sample traces; skipped when they are not next to the checkout).
shared="$repo_root/../shared/traces"
if [ -s "$shared/openb_pod_list_default.csv" ] && [ -s "$shared/openb_node_list_gpu_node.csv" ]; then
  measure "$cli" share "$shared/openb_pod_list_default.csv" --node-list "$shared/openb_node_list_gpu_node.csv" --seeds 42-51
  rows+=("cli|openb share study, 6 placements x 10 seeds, 1,213 nodes (load $(cut -d' ' -f1 /proc/loadavg))|$best s|$rss MB|artifact: about 10 min per placement and seed|-|<= 10 s: $(judge "$best" "<=" 10)")
fi

# UI thread latency while four policies replay the 82k-job trace at full speed (Trace Lab). The
# benchmark exits 2 when it misses its target; that is a figure to report, not a reason to stop.
if [ -x "$benchmarks/bench_ui_latency" ]; then
  status=0
  ui_out="$(QT_QPA_PLATFORM=offscreen "$benchmarks/bench_ui_latency" 20 2>&1)" || status=$?
  worst="$(sed -n 's/.*lateness worst \([0-9.]*\) ms.*/\1/p' <<<"$ui_out")"
  if [ -n "$worst" ]; then
    ui="$(grep -o 'worst [0-9.]* ms, p99 [0-9.]* ms, median [0-9.]* ms' <<<"$ui_out")"
    rows+=("ui|Trace Lab event loop, 82k jobs x 4 policies live|$ui|||-|worst < 50 ms: $(judge "$worst" "<" 50)")
  else
    rows+=("ui|Trace Lab event loop, 82k jobs x 4 policies live|did not run (exit $status): $(tail -n1 <<<"$ui_out")|||-|")
  fi
fi

# Scorecard PDFs: 50 sessions to 50 files in one process (gbench), and 50 through one debrief-cli
# process each (the demo's three sessions in turn), start-up and fonts included.
if [ -x "$benchmarks/bench_scorecard_pdf" ]; then
  pdf50="$("$benchmarks/bench_scorecard_pdf" --benchmark_format=csv 2>/dev/null |
    awk -F, '/^"?BM_ScorecardPdf50Sessions/ { printf "%.0f", $3 }')"
  pdfdb="$data/scorecards.sqlite"
  rm -f "$pdfdb" "$pdfdb-wal" "$pdfdb-shm"
  "$cli" --db "$pdfdb" demo >/dev/null
  measure bash -c 'for i in $(seq 0 49); do "$0" --db "$1" scorecard pdf $((i % 3 + 1)) --out "$2/scorecard-$i.pdf" --lang en 2>/dev/null || exit 1; done' \
    "$cli" "$pdfdb" "$data"
  rows+=("gbench|50 sessions -> 50 scorecard PDFs, one process|${pdf50:-not measured} ms|||-|")
  rows+=("cli|50 scorecard PDFs, one debrief-cli scorecard pdf each|$best s|$rss MB|one process ${pdf50:-?} ms|$(ratio "$best" "$(awk -v m="${pdf50:-0}" 'BEGIN { print m / 1000 }')")|")
fi

# Scorecard import at the exchange caps (9.1 MB) against half the notes (5.1 MB), one process each.
if [ -x "$benchmarks/bench_scorecard_import" ]; then
  read -r half full < <("$benchmarks/bench_scorecard_import" --benchmark_format=csv 2>/dev/null |
    awk -F, '/ImportAtCaps\/50/ { h = $3 } /ImportAtCaps\/100/ { f = $3 } END { printf "%.0f %.0f\n", h, f }')
  rows+=("gbench|scorecard import, every field and list at its cap (9.1 MB)|$full ms||half the notes (5.1 MB): $half ms|$(ratio "$full" "$half")|< 5000 ms: $(judge "$full" "<" 5000), <= 2.2x: $(judge "$(awk -v a="$full" -v b="$half" 'BEGIN { print a / b }')" "<=" 2.2)")
fi

# Google Benchmark targets, as CSV, folded into the same table.
gbench() {
  "$benchmarks/$1" --benchmark_format=csv 2>/dev/null |
    awk -F, 'NR>1 && $1 !~ /^"?BM_/ {next}
             /^name/ {next}
             { gsub(/"/,"",$1); gsub(/"/,"",$8);
               extra="";
               if ($6 != "") extra=sprintf("%.0f MB/s", $6/1e6);
               else if ($7 != "") extra=sprintf("%.2f M items/s", $7/1e6);
               if ($8 != "") extra=extra " (" $8 ")";
               printf "gbench|%s|%.1f %s|%s|||\n", $1, $3, $5, extra }'
}
replay_rows="$(gbench bench_replay)"
# The engine against the reference simulator on the same 2,000 jobs, both from this run.
engine2k="$(awk -F'|' '$2 == "BM_Replay2kFifo" { split($3, t, " "); print t[1] }' <<<"$replay_rows")"
reference2k="$(awk -F'|' '$2 == "BM_ReferenceReplay2kFifo" { split($3, t, " "); print t[1] }' <<<"$replay_rows")"
while IFS= read -r line; do
  if [[ "$line" == "gbench|BM_Replay2kFifo|"* ]] && [ -n "$reference2k" ]; then
    line="${line%|||}|reference simulator $reference2k ms|$(ratio "$engine2k" "$reference2k")|"
  fi
  rows+=("$line")
done < <(gbench bench_import; printf '%s\n' "$replay_rows")

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "Machine: $(nproc) cores, $cpu, $(free -g | awk '/Mem:/{print $2}') GiB"
printf '%s\n' "kind|what|measured|memory / rate|baseline, same run|vs baseline|target" "${rows[@]}" |
  awk -F'|' '{ for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NR; if (NF > f) f = NF }
             END { for (r = 1; r <= n; r++) { line = ""; for (i = 1; i <= f; i++) line = line sprintf("%-" w[i] + 2 "s", cell[r, i]); sub(/ +$/, "", line); print line } }'
missed="$(printf '%s\n' "${rows[@]}" | grep -c 'MISSED' || true)"
echo "Targets missed: $missed (marked MISSED above; every figure is printed either way)"
