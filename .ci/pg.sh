#!/usr/bin/env bash
# Throwaway PostgreSQL on 127.0.0.1:$PG_PORT (user postgres, trust auth, no systemd).
# Usage (as root):  . .ci/pg.sh; pg_up; trap pg_down EXIT
# Idempotent: reuses a server already answering on $PG_PORT, else builds a fresh cluster (~2.5 s).
PG_PORT="${PG_PORT:-5433}"
PG_DATA="${PG_DATA:-/tmp/pg-ci-$PG_PORT}"
PG_DB="${PG_DB:-baton_test}"

pg_up() {
  if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  if ! "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    # leftover from an earlier run (stale postmaster.pid etc.): throw it away
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DATA"
    install -d -o postgres -g postgres -m 700 "$PG_DATA"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres \
      --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
    # -k: unix socket in the data dir (/var/run/postgresql may be missing without systemd)
    # fsync & co off: fast, fine for throwaway test data
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
      -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null || { cat "$PG_DATA/server.log"; return 1; }
  fi
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='$PG_DB'" | grep -q 1 \
    || "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$PG_DB" || return 1
  export BATON_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Database=$PG_DB;Username=postgres"
}

pg_down() {
  PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)}"
  if [ -s "$PG_DATA/postmaster.pid" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true
  fi
}
