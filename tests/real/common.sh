# Shared by the real-program tests (sourced): fetching Debian's source
# package of a program once into the test's cache directory.

# fetch_source PKG DIR...: unpack PKG's upstream tarball into each DIR
# (fresh), downloading it with apt-get source when it is not cached yet.
# Exits 77 (skip) when it cannot be had.
fetch_source() {
  local pkg=$1 tarball
  shift
  tarball=$(ls "${pkg}"_*.orig.tar.* 2>/dev/null | head -n 1)
  if [ -z "$tarball" ]; then
    apt-get source --download-only "$pkg" >/dev/null 2>&1
    tarball=$(ls "${pkg}"_*.orig.tar.* 2>/dev/null | head -n 1)
    [ -n "$tarball" ] || { echo "SKIP: cannot fetch Debian's $pkg source (no deb-src entry?)"; exit 77; }
  fi
  for dir in "$@"; do
    rm -rf "$dir" && mkdir -p "$dir" && tar -xf "$tarball" -C "$dir" --strip-components=1 || exit 1
  done
}

# The guest architecture (riscv64 or aarch64, the scripts' optional last
# argument) and its cross compiler.
guest_cc() { echo "${GUEST_ARCH:-riscv64}-linux-gnu-gcc"; }

need_cross_compiler() {
  command -v "$(guest_cc)" >/dev/null || { echo "SKIP: no $(guest_cc)"; exit 77; }
}
