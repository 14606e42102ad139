#!/usr/bin/env bash
# Build a root file system of Debian packages for a foreign architecture,
# usable as `xrun -L DEST`, from Debian's own binary packages and without
# running any maintainer script:
#   scripts/debian-root.sh ARCH DEST PKG...
#   e.g. scripts/debian-root.sh arm64 build/debian-arm64 bash coreutils python3
# ARCH is a Debian architecture name (arm64; aarch64 is accepted too).
# Steps: add ARCH as a dpkg foreign architecture when it is missing (then
# apt-get update); let apt resolve the Depends/Pre-Depends closure as if ARCH
# were the only architecture and nothing were installed (virtual packages,
# alternatives and arch:all packages handled by apt itself, no Recommends);
# download the .debs into a cache ($DEBIAN_CACHE, default
# build/.debian-cache/ARCH); unpack them over merged-/usr symlinks; add what
# maintainer scripts would have made (passwd, group, alternatives links,
# ld.so.cache, /tmp).  A stamp in DEST records the package list with
# versions: when it matches, nothing is redone.
# Needs root for the first two steps only when ARCH is not configured yet.
# Exit status: 0 on success, 2 on a usage error, 1 otherwise.
set -euo pipefail

usage() { echo "usage: $0 ARCH DEST PKG..." >&2; exit 2; }
die() { echo "debian-root: $*" >&2; exit 1; }
log() { [ -n "${DEBIAN_ROOT_QUIET:-}" ] || echo "debian-root: $*" >&2; }

[ $# -ge 3 ] || usage
arch=$1 dest=$2
shift 2
case $arch in aarch64) arch=arm64 ;; x86_64) arch=amd64 ;; esac
topdir=$(cd "$(dirname "$0")/.." && pwd)
cache=${DEBIAN_CACHE:-$topdir/build/.debian-cache/$arch}
mkdir -p "$cache" "$dest"
dest=$(cd "$dest" && pwd)
cache=$(cd "$cache" && pwd)
stamp=$dest/.debian-root.stamp

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"   # never prompt (tests run unattended)

# apt with ARCH as the only architecture, an empty dpkg status (so the whole
# closure is listed) and no writes to the host's apt caches.
empty_status=$cache/.empty-status
: >"$empty_status"
APT_OPTS=(-q -o "APT::Architecture=$arch" -o "APT::Architectures::=$arch"
          -o "Dir::State::status=$empty_status" -o Debug::NoLocking=1
          -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache=
          -o APT::Sandbox::User=root)

# Fast path: same request, and no package list changed since the stamp.
lists_dir=$(apt-config shell d Dir::State::lists/d | sed "s/^d='\(.*\)'$/\1/")
if [ -f "$stamp" ] && [ "$(head -n 1 "$stamp")" = "$arch $*" ] &&
   [ -z "$(find "${lists_dir:-/var/lib/apt/lists}" -maxdepth 1 -newer "$stamp" -name '*Packages*' 2>/dev/null)" ]; then
  log "$dest is up to date"
  exit 0
fi

# The foreign architecture, and its package lists.
have_lists() { apt-cache show --no-all-versions "libc6:$arch" 2>/dev/null | grep "^Package:" >/dev/null; }
if [ "$arch" != "$(dpkg --print-architecture)" ] && ! have_lists; then
  if ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
    log "adding the foreign architecture $arch"
    $SUDO dpkg --add-architecture "$arch"
  fi
  log "apt-get update (package lists for $arch)"
  $SUDO apt-get update -qq || die "apt-get update failed"
  have_lists || die "no packages for $arch in the configured Debian repositories"
fi

# Resolve: "Inst NAME (VERSION ORIGINS [ARCH])" lines of a simulated install.
plan=$(apt-get "${APT_OPTS[@]}" -s --no-install-recommends install "$@" 2>&1) ||
  { echo "$plan" >&2; die "cannot resolve the dependencies of: $*"; }
list=$(echo "$plan" | sed -n 's/^Inst \([^ ]*\) (\([^ ]*\) [^[]*\[\([^]]*\)\]).*/\1 \2 \3/p' | sort)
[ -n "$list" ] || die "empty package list (apt said: $plan)"
want="$arch $*
$list"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  log "$dest is up to date ($(echo "$list" | wc -l) packages)"
  exit 0
fi

# Download what the cache does not hold yet (file names as apt makes them:
# NAME_VERSION_ARCH.deb with the epoch colon escaped).
deb_name() { echo "${1}_${2//:/%3a}_${3}.deb"; }
missing=()
while read -r name ver parch; do
  [ -f "$cache/$(deb_name "$name" "$ver" "$parch")" ] || missing+=("$name=$ver")
done <<<"$list"
if [ ${#missing[@]} -gt 0 ]; then
  log "downloading ${#missing[@]} packages into $cache"
  (cd "$cache" && apt-get "${APT_OPTS[@]}" download "${missing[@]}" >/dev/null) ||
    die "apt-get download failed (network?)"
fi

# Unpack into a fresh DEST.  Only a directory this script made (stamp) or an
# empty one is ever cleared.
if [ -n "$(ls -A "$dest")" ]; then
  [ -f "$stamp" ] || die "$dest is not empty and was not made by this script"
  log "clearing $dest (package list changed)"
  find "$dest" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
fi
echo incomplete >"$stamp"   # still ours, never up to date until the end
# Debian 12 packages still ship /bin, /sbin and /lib paths: lay the
# merged-/usr symlinks first (as debootstrap does) and keep them while
# unpacking.
mkdir -p "$dest/usr/bin" "$dest/usr/sbin" "$dest/usr/lib"
for d in bin sbin lib; do ln -s "usr/$d" "$dest/$d"; done
log "unpacking $(echo "$list" | wc -l) packages into $dest"
ctl=$(mktemp -d)
trap 'rm -rf "$ctl"' EXIT
while read -r name ver parch; do
  deb=$cache/$(deb_name "$name" "$ver" "$parch")
  dpkg-deb --fsys-tarfile "$deb" |
    tar -x --keep-directory-symlink --no-same-owner -C "$dest" ||
    die "cannot unpack $deb"
  # Alternatives: the maintainer scripts' update-alternatives --install
  # lines (master and slaves), the first one met for each link wins.
  rm -rf "$ctl" && dpkg-deb -e "$deb" "$ctl"
  if [ -f "$ctl/postinst" ]; then
    tr -d '\\\n' <"$ctl/postinst" | grep -o -- '--\(install\|slave\) [^ ;&|]* [^ ;&|]* [^ ;&|]*' |
      while read -r _ link _ target; do
        case $link$target in *'$'*) continue ;; esac
        [ -e "$dest$link" ] || [ -L "$dest$link" ] || [ ! -e "$dest$target" ] ||
          { mkdir -p "$dest$(dirname "$link")" && ln -s "$target" "$dest$link"; }
      done || true
  fi
done <<<"$list"
for d in lib32 lib64 libx32; do
  [ -d "$dest/usr/$d" ] && [ ! -e "$dest/$d" ] && ln -s "usr/$d" "$dest/$d"
done

# What base-passwd, base-files' postinst and ldconfig would have made.
mkdir -p "$dest/etc" "$dest/root" "$dest/tmp" "$dest/var/tmp"
chmod 1777 "$dest/tmp" "$dest/var/tmp"
[ -f "$dest/etc/passwd" ] || cat >"$dest/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
EOF
[ -f "$dest/etc/group" ] || cat >"$dest/etc/group" <<'EOF'
root:x:0:
daemon:x:1:
bin:x:2:
tty:x:5:
users:x:100:
nogroup:x:65534:
EOF
# The guest's ld.so reads /etc/ld.so.cache: without one in the root, the
# host's would be read through the -L fallback.  The host's ldconfig skips
# foreign-machine libraries, so the cache it writes is valid but empty, and
# the guest ld.so searches its default directories (Debian's include the
# multiarch ones).
[ -f "$dest/etc/ld.so.conf" ] || echo 'include /etc/ld.so.conf.d/*.conf' >"$dest/etc/ld.so.conf"
ldconfig -X -r "$dest" 2>/dev/null || log "ldconfig failed: $dest has no ld.so.cache"

echo "$want" >"$stamp"
log "done: $dest ($(echo "$list" | wc -l) packages)"
