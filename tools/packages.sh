#!/usr/bin/env bash
# Debian packages the test and benchmark scripts need, installed when missing: source it, then
#   install_missing COMMAND PACKAGE   (true when COMMAND is there, or was just installed; as non-root it says how, and fails)

install_missing() {
  local command=$1 package=$2
  command -v "$command" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "$(basename "$0"): installing $package" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
  else
    echo "$(basename "$0"): '$command' is missing; install Debian's $package (as root: apt-get install $package)" >&2
    return 1
  fi
}
