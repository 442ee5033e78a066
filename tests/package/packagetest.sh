#!/usr/bin/env bash
# The package test: builds the .deb from this build tree's install rules (CPack), validates its
# desktop entry and AppStream metadata, runs lintian on it (no errors allowed), unpacks it into a
# scratch root and starts both executables from there, with a fresh HOME.
# Usage: packagetest.sh BUILD_DIR
set -euo pipefail
build_dir="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

for tool in cpack dpkg-deb desktop-file-validate appstreamcli lintian; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/test installs it)"
done

(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/out/*.deb)"
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

root="$work/root"
dpkg-deb -x "$deb" "$root"
app_id=org.debriefstudio.DebriefStudio
for file in usr/bin/debrief-cli usr/bin/debrief-studio \
            usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/$app_id.svg usr/share/icons/hicolor/48x48/apps/$app_id.png \
            usr/share/icons/hicolor/256x256/apps/$app_id.png \
            usr/share/man/man1/debrief-cli.1.gz usr/share/man/man1/debrief-studio.1.gz \
            usr/share/bash-completion/completions/debrief-cli \
            usr/share/doc/debrief-studio/copyright usr/share/doc/debrief-studio/changelog.gz; do
  [ -f "$root/$file" ] || fail "the package has no /$file"
done

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
grep -q "Icon=$app_id" "$root/usr/share/applications/$app_id.desktop" || fail "the desktop entry names another icon"

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for needed in libqt6core6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins; do
  [[ $depends == *"$needed"* ]] || fail "Depends lacks $needed"
done

# lintian: errors fail the test; warnings are listed (the README names the expected ones).
lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt"; then
  fail "lintian reports errors"
fi

# The completion completes commands, their subcommands and policy lists.
completion_check() {
  set +eu  # bash-completion is written for interactive shells
  source /usr/share/bash-completion/bash_completion
  source "$root/usr/share/bash-completion/completions/debrief-cli"
  complete_line() {  # the words of a command line being typed -> COMPREPLY
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    COMPREPLY=(); _debrief_cli
  }
  complete_line debrief-cli rep
  [ "${COMPREPLY[*]}" = "replay" ] || fail "completing 'rep' gave '${COMPREPLY[*]}'"
  complete_line debrief-cli scorecard im
  [ "${COMPREPLY[*]}" = "import" ] || fail "completing 'scorecard im' gave '${COMPREPLY[*]}'"
  complete_line debrief-cli replay t.csv --policy fifo,s
  [ "${COMPREPLY[*]}" = "fifo,sjf fifo,srtf" ] || fail "completing 'fifo,s' gave '${COMPREPLY[*]}'"
}
if [ -f /usr/share/bash-completion/bash_completion ]; then
  (completion_check) || fail "bash completion"
else
  echo "SKIP bash completion: bash-completion is not installed"
fi

# Started from the scratch root, with no build tree on any path and a fresh HOME.
export HOME="$work/home"
mkdir -p "$HOME"
"$root/usr/bin/debrief-cli" --help | grep -q "Usage: debrief-cli" || fail "debrief-cli --help from the package"
"$root/usr/bin/debrief-cli" --db "$work/demo.sqlite" demo >/dev/null || fail "debrief-cli demo from the package"
"$root/usr/bin/debrief-cli" --db "$work/demo.sqlite" sessions list | grep -q . || fail "no sessions after demo"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/debrief-studio" --screenshot "$work/shots" >"$work/shots.log" 2>&1 ||
  { cat "$work/shots.log"; fail "debrief-studio --screenshot from the package"; }
shots=$(ls "$work/shots"/*.png 2>/dev/null | wc -l)
[ "$shots" -ge 10 ] || fail "debrief-studio --screenshot wrote $shots pictures"
echo "package ok: $shots screenshots from the installed studio"
