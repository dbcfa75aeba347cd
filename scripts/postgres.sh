#!/usr/bin/env bash
# Makes PostgreSQL ready on loopback for OrderMatch (run as root): installs it if missing, starts the cluster,
# and creates the role and database the default configuration expects. Idempotent.
#   role ordermatch / password ordermatch (may create databases: the tests make their own), database ordermatch
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "postgres: installing PostgreSQL"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

version="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start
fi

port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')"
psql_admin() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }

for _ in $(seq 1 30); do
  psql_admin -c 'select 1' >/dev/null 2>&1 && break
  sleep 1
done

if [ "$(psql_admin -c "select count(*) from pg_roles where rolname = 'ordermatch'")" = "0" ]; then
  psql_admin -c "create role ordermatch login createdb password 'ordermatch'"
fi
# Dropping a database "with (force)" terminates the sessions still in it, including autovacuum's.
psql_admin -c "grant pg_signal_backend to ordermatch" >/dev/null
if [ "$(psql_admin -c "select count(*) from pg_database where datname = 'ordermatch'")" = "0" ]; then
  psql_admin -c "create database ordermatch owner ordermatch"
fi
echo "postgres: PostgreSQL $version on 127.0.0.1:$port, database ordermatch ready"
