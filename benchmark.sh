#!/usr/bin/env bash
# Benchmarks that print figures (not tests). Needs only Java 17+ and Maven.
#   ./benchmark.sh orders [N]     Sincro Ordini of N generated orders (default 100,000) from the
#                                 local PrestaShop test server: orders/s, fetch-and-parse rate, peak heap
#   ./benchmark.sh customers [N]  Sincro Clienti of N bound customers (default 100,000, one in ten
#                                 changed on the local PrestaShop test server): customers/s, peak heap
#   ./benchmark.sh csv [N]        Download CSV of N generated articles (default 1,000,000) in the PrestaShop
#                                 layout, and MariaDB's own SELECT … INTO OUTFILE of the same rows and
#                                 columns: both times, their ratio, file sizes, peak heap
#   ./benchmark.sh logins [N]     Gestione Utenti -> E-Commerce search over N logins (default 1,000,000) by
#                                 the first letters of names and e-mails, 10 concurrent clients: p50/p95/p99
set -euo pipefail
cd "$(dirname "$0")"
what="${1:-orders}"
case "$what" in
  orders) main=it.crocevia.dev.OrderImportBenchmark; arg="${2:-100000}" ;;
  customers) main=it.crocevia.dev.CustomerResyncBenchmark; arg="${2:-100000}" ;;
  csv) main=it.crocevia.dev.CatalogExportBenchmark; arg="${2:-1000000}" ;;
  logins) main=it.crocevia.dev.LoginSearchBenchmark; arg="${2:-1000000}" ;;
  *) echo "usage: $0 orders|customers|csv|logins [N]" >&2; exit 2 ;;
esac
echo "Building Crocevia..."
mvn -B -q -ntp install -DskipTests
exec mvn -B -q -ntp -pl dev-services exec:java -Dcrocevia.main="$main" -Dcrocevia.arg="$arg"
