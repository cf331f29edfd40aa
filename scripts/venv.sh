# Sourced by scripts/demo and scripts/test: a project venv in .venv made with the distribution's own
# python3 (Debian 12 / Ubuntu 23.04+ refuse pip into the system interpreter, PEP 668), its bin first on PATH.
# Arguments: the extras to install, e.g. "test".
venv_setup() {
  local extras="${1:-}"
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    else
      echo "python3 has no venv/ensurepip: install python3-venv (e.g. sudo apt-get install python3-venv)" >&2
      exit 1
    fi
  fi
  [ -x .venv/bin/python ] || python3 -m venv .venv
  local spec="."
  [ -n "$extras" ] && spec=".[$extras]"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e "$spec"
  export PATH="$PWD/.venv/bin:$PATH"
  export VIRTUAL_ENV="$PWD/.venv"
}
