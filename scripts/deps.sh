# Sourced by scripts/test and scripts/run: installs the Debian packages notiflow needs, once.
# Qt HTTP Server's CMake package also looks for Qt WebSockets, hence qt6-websockets-dev.
# desktop-file-utils, appstream and man-db: the install test validates the desktop entry, metainfo and manual page.
# libzstd-dev: recorded runs keep their steps' text compressed (core/steptexts.h).
# libboost-dev: Boost's header-only string keeps timestamps and labels inside their records (core/shorttext.h).
# ccache: a second clone, preset or branch compiles only what changed (cmake/CompilerCache.cmake).
NOTIFLOW_PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-httpserver-dev
                   qt6-websockets-dev nlohmann-json3-dev rapidjson-dev libgl1-mesa-dev libgif-dev fonts-dejavu-core
                   desktop-file-utils appstream man-db ccache libzstd-dev libboost-dev)

notiflow_missing_packages() {
  local missing=() p
  for p in "${NOTIFLOW_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]}"
}

notiflow_install_packages() {
  local missing
  missing=$(notiflow_missing_packages "$@")
  [ -z "$missing" ] && return 0
  echo "notiflow: installing Debian packages: $missing"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo"
    else
      echo "notiflow: these packages are missing and I cannot install them without root." >&2
      echo "Run:  sudo apt-get update && sudo apt-get install -y $missing" >&2
      exit 1
    fi
  fi
  $sudo apt-get update -q || { echo "notiflow: apt-get update failed" >&2; exit 1; }
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing \
    || { echo "notiflow: apt-get install failed; run: apt-get install -y $missing" >&2; exit 1; }
}

# Configures (first time only) and builds a preset: everything, or the targets named after it.
notiflow_build() {
  local preset=$1
  shift
  if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" || exit 1
  fi
  cmake --build --preset "$preset" ${1:+--target "$@"} || exit 1
}
