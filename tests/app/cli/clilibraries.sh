#!/usr/bin/env bash
# Which shared libraries debrief-cli loads, as the dynamic loader reports them (LD_DEBUG=files).
#   clilibraries.sh engine CLI TRACE
#       `replay` on a small trace: Qt Core is loaded (so the check sees Qt at all), and nothing of
#       Qt SQL, Qt Gui, X11, xcb, fontconfig, freetype or OpenGL is, nor either command library; and
#       it runs from a directory that holds files named like its libraries (the loader must not look
#       in the current directory).
#   clilibraries.sh pdf CLI BUILD_DIR TMP
#       `demo` and `sessions list` load libdebrief-cli-studio.so and Qt SQL but no Qt Gui;
#       `scorecard pdf` loads libdebrief-cli-pdf.so and Qt Gui and writes the PDF: from the build
#       tree (the libraries beside debrief-cli), and from an install prefix (cmake --install), where
#       the libraries are in <libdir>/debrief-studio. Without a library its commands say where they
#       looked; the engine still runs.
set -euo pipefail
mode="$1"; cli="$2"
unset DEBRIEF_CLI_PDF_LIBRARY DEBRIEF_CLI_STUDIO_LIBRARY
fail() { echo "FAIL: $*" >&2; exit 1; }

loaded() {  # the file names the loader opened while running "$@"
  LD_DEBUG=files "$@" 2>&1 >/dev/null | sed -n 's/.*file=\([^ ]*\) \[0\]; *generating link map.*/\1/p' | sort -u
}

case "$mode" in
engine)
  trace="$3"
  "$cli" replay "$trace" --gpus 8 --policy fifo >/dev/null || fail "debrief-cli replay $trace failed"
  libs="$(loaded "$cli" replay "$trace" --gpus 8 --policy fifo)"
  grep -q 'libQt6Core' <<<"$libs" || fail "LD_DEBUG=files showed no libQt6Core; the check cannot see libraries: $libs"
  if bad="$(grep -E 'libQt6Sql|libQt6Gui|libX11|libxcb|libfontconfig|libfreetype|libGL|libEGL|libdebrief-cli' <<<"$libs")"; then
    fail "debrief-cli replay loaded: $(tr '\n' ' ' <<<"$bad")"
  fi
  echo "debrief-cli replay loads $(wc -l <<<"$libs") libraries, none of Qt SQL, Qt Gui, X11 or fonts"
  # And the executable itself names no other Qt library (a command that needs one belongs in a
  # command library, loaded when it runs); a sanitizer build adds its runtimes.
  needed="$(LC_ALL=C readelf -d "$cli" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')"
  grep -q '^libQt6Core\.so' <<<"$needed" || fail "readelf -d $cli lists no libQt6Core; the check cannot see: $needed"
  if bad="$(grep -vE '^(libQt6Core|libstdc\+\+|libm|libgcc_s|libc|libdl|librt|libpthread|ld-linux-x86-64|libasan|libubsan|liblsan|libtsan)\.so' <<<"$needed")"; then
    fail "debrief-cli needs more than Qt Core and the C/C++ runtime: $(tr '\n' ' ' <<<"$bad")"
  fi
  echo "debrief-cli needs $(tr '\n' ' ' <<<"$needed")"
  # Every library is found by the first file the loader tries (its cache): a RUNPATH of directories
  # that hold none of them costs failed opens at every start (44 with "$ORIGIN:$ORIGIN/../lib").
  tries="$(LD_DEBUG=libs "$cli" --help 2>&1 >/dev/null | grep -c 'trying file=' || true)"
  [ "$tries" -eq "$(wc -l <<<"$libs")" ] ||
    fail "the loader tried $tries files for $(wc -l <<<"$libs") libraries: $(LD_DEBUG=libs "$cli" --help 2>&1 >/dev/null | grep -m3 'search path=')"
  echo "the loader found each library at its first try ($tries files tried)"
  decoys="$(mktemp -d)"
  trap 'rm -rf "$decoys"' EXIT
  for lib in libQt6Core.so.6 libstdc++.so.6 libdebrief-cli-studio.so; do echo "not a library" >"$decoys/$lib"; done
  (cd "$decoys" && "$cli" replay "$trace" --gpus 8 --policy fifo >/dev/null) ||
    fail "debrief-cli replay failed when started from a directory holding files named like its libraries"
  echo "started from a directory of decoy libraries, it ignored them"
  ;;
pdf)
  build="$3"; tmp="$4"
  rm -rf "$tmp"; mkdir -p "$tmp"
  check_pdf() {
    local cli="$1" where="$2" libs
    "$cli" --db "$tmp/$where.sqlite" demo >/dev/null || fail "$where: debrief-cli demo failed"
    libs="$(loaded "$cli" --db "$tmp/$where.sqlite" sessions list)"
    grep -q 'libdebrief-cli-studio.so' <<<"$libs" || fail "$where: sessions list did not load libdebrief-cli-studio.so"
    grep -q 'libQt6Sql' <<<"$libs" || fail "$where: sessions list did not load Qt SQL"
    if grep -q -E 'libQt6Gui|libdebrief-cli-pdf' <<<"$libs"; then fail "$where: sessions list loaded Qt Gui"; fi
    [ "$("$cli" --db "$tmp/$where.sqlite" sessions list | wc -l)" -eq 3 ] || fail "$where: sessions list did not list the demo's 3 sessions"
    echo "$where: sessions list loaded $(grep 'libdebrief-cli-studio' <<<"$libs") and no Qt Gui"
    libs="$(loaded "$cli" --db "$tmp/$where.sqlite" scorecard pdf 1 --out "$tmp/$where.pdf" --lang en --paper a4)"
    grep -q 'libdebrief-cli-pdf.so' <<<"$libs" || fail "$where: scorecard pdf did not load libdebrief-cli-pdf.so"
    grep -q 'libQt6Gui' <<<"$libs" || fail "$where: scorecard pdf did not load Qt Gui"
    [ "$(head -c 5 "$tmp/$where.pdf")" = "%PDF-" ] || fail "$where: no PDF written"
    echo "$where: scorecard pdf loaded $(grep 'libdebrief-cli-pdf' <<<"$libs") and wrote a PDF"
  }
  check_pdf "$cli" build-tree
  cmake --install "$build" --prefix "$tmp/prefix" >/dev/null || fail "cmake --install failed"
  [ -x "$tmp/prefix/bin/debrief-cli" ] || fail "no bin/debrief-cli under the install prefix"
  check_pdf "$tmp/prefix/bin/debrief-cli" installed
  # Without the library the PDF command says where it looked; the engine still runs.
  mv "$(find "$tmp/prefix" -name libdebrief-cli-pdf.so)" "$tmp/moved.so"
  status=0
  message="$("$tmp/prefix/bin/debrief-cli" --db "$tmp/installed.sqlite" scorecard pdf 1 --out "$tmp/x.pdf" 2>&1)" || status=$?
  [ "$status" -eq 1 ] && grep -q 'libdebrief-cli-pdf.so' <<<"$message" ||
    fail "without the library: exit $status, \"$message\""
  echo "without the library: $message"
  mv "$(find "$tmp/prefix" -name libdebrief-cli-studio.so)" "$tmp/moved-studio.so"
  status=0
  message="$("$tmp/prefix/bin/debrief-cli" --db "$tmp/installed.sqlite" sessions list 2>&1)" || status=$?
  [ "$status" -eq 1 ] && grep -q 'libdebrief-cli-studio.so' <<<"$message" ||
    fail "without the studio library: exit $status, \"$message\""
  echo "without the studio library: $message"
  "$tmp/prefix/bin/debrief-cli" generate --jobs 3 --seed 1 --gpus 4 --load 0.5 >/dev/null ||
    fail "without the libraries the engine commands failed"
  ;;
*) fail "unknown mode $mode" ;;
esac
