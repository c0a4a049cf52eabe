#!/usr/bin/env bash
# Runs every Baton test the way CI does: installs what is missing (as root), starts a throwaway PostgreSQL,
# builds, tests on SQLite and PostgreSQL with real Chromium, and prints one line: "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
command -v chromium >/dev/null || need+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)   # the real SMTP server the email tests send to
# The real SIP stack the telephony test drives: sipp callers and agents, Kamailio with http_client and crypto (HMAC).
command -v sipp >/dev/null || need+=(sip-tester)
command -v kamailio >/dev/null || need+=(kamailio)
compgen -G '/usr/lib/*/kamailio/modules/http_client.so' >/dev/null || need+=(kamailio-utils-modules)
compgen -G '/usr/lib/*/kamailio/modules/crypto.so' >/dev/null || need+=(kamailio-tls-modules)
if ((${#need[@]})); then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "missing packages: ${need[*]} (run as root, or install them, to run every test)" >&2
  fi
fi

if [ "$(id -u)" -eq 0 ]; then
  . .ci/pg.sh
  pg_up
  trap pg_down EXIT
fi

dotnet tool restore >/dev/null
build_log="$(mktemp)"
if ! dotnet build Baton.slnx -c Release >"$build_log" 2>&1; then
  grep -E "error" "$build_log" | sort -u >&2 || cat "$build_log" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

results="$(mktemp -d)"
set +e
dotnet test Baton.slnx -c Release --no-build --logger "trx" --results-directory "$results" 2>&1 | grep -vE "^\s*$"
rc=${PIPESTATUS[0]}
set -e

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n1)"
  attr() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  total=$(attr total); executed=$(attr executed); p=$(attr passed); f=$(attr failed); e=$(attr error)
  passed=$((passed + p)); failed=$((failed + f + e)); skipped=$((skipped + total - executed))
done
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
if [ $((passed + failed)) -eq 0 ]; then exit 1; fi
exit "$rc"
