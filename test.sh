#!/usr/bin/env bash
# Runs every test of Crocevia: unit tests, in-server tests (WildFly + embedded MariaDB +
# a real OIDC provider, all started by the build) and browser tests (headless Chromium).
# Needs only Java 17+ and Maven; installs Debian's chromium and chromium-driver if missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "Installing Debian chromium and chromium-driver for the browser tests..."
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi

exec mvn -B -ntp clean verify "$@"
