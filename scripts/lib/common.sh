# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, build Release.
# Sourced, not run. Idempotent: a machine that has everything installs nothing, and an up-to-date
# build directory rebuilds nothing.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build_dir="${DEBRIEF_BUILD_DIR:-$repo_root/build/release}"

# Debian 12 packages the project needs to build, test and show itself. CUDA is optional and not a
# Debian package here: when nvcc is under /usr/local/cuda the build uses it, otherwise it builds
# the CPU-only path.
debrief_packages=(
  cmake g++ make ninja-build pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6opengl6-dev libgl-dev libbenchmark-dev lld
  fonts-dejavu-core fonts-wqy-microhei poppler-utils
  dpkg-dev lintian desktop-file-utils appstream bash-completion
)
# What scripts/fuzz adds: clang 14 and its runtime libraries (libFuzzer, ASan, UBSan).
debrief_fuzz_packages=(clang-14 libclang-rt-14-dev)

ensure_packages() {
  local missing=()
  for pkg in "${debrief_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing missing packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_release() {
  local jobs
  jobs="$(nproc 2>/dev/null || echo 2)"
  if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
      launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$repo_root" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
  elif [ $# -gt 0 ]; then
    cmake "$build_dir" "$@" >/dev/null
  fi
  cmake --build "$build_dir" -j "$jobs"
}
