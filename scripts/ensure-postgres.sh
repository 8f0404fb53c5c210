# Sourced by test.sh: integration tests and the PostGIS comparison start a throwaway PostgreSQL 15 + PostGIS 3
# cluster on loopback (initdb + pg_ctl into a temporary folder; GUIDE "Data and stores"). Installs the Debian
# packages when missing; a failed install stops the tests.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
pg_missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || pg_missing+=(postgresql-15)
[ -f /usr/share/postgresql/15/extension/postgis.control ] || pg_missing+=(postgresql-15-postgis-3)
if [ "${#pg_missing[@]}" -gt 0 ]; then
  echo "安装 / installing from Debian: ${pg_missing[*]}" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pg_missing[@]}" >&2
fi
export ECOGOV_PG_BIN=/usr/lib/postgresql/15/bin
