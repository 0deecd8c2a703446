#!/usr/bin/env bash
# Runs Crocevia: builds it, provisions WildFly, starts an embedded MariaDB and a development
# OpenID Connect provider (unless DB_URL/DB_USER/DB_PASSWORD/BATCH_DB_URL and
# OIDC_PROVIDER_URL point to real ones), deploys, waits until healthy and prints where to
# open the console. Ctrl-C stops everything it started. Needs only Java 17+ and Maven.
set -euo pipefail
cd "$(dirname "$0")"
echo "Building Crocevia (the first time Maven also downloads WildFly: a few minutes)..."
mvn -B -q -ntp install -DskipTests -Dwildfly.provisioning.overwrite-provisioned-server=true
exec mvn -B -q -ntp -pl dev-services exec:java
