-- PostgreSQL set-up for EcoGov (docs/deploy/README.md), run once as the postgres superuser:
--   sudo -u postgres psql -v ON_ERROR_STOP=1 -v pw='the-password' -f postgres-setup.sql
-- The schema itself is created by `ecogov migrate` (EF Core migrations of src/EcoGov.Data.Postgres), not here.

CREATE ROLE ecogov LOGIN PASSWORD :'pw';
CREATE DATABASE ecogov OWNER ecogov ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;
\connect ecogov
-- PostgreSQL 15: the public schema belongs to the database owner so that migrations can create tables in it.
ALTER SCHEMA public OWNER TO ecogov;
-- Geometry is stored as WKB (bytea, ADR 0004); PostGIS is not needed by the schema. It is installed for the
-- PostGIS comparison in bench/ and the planned geometry columns; uncomment if wanted:
-- CREATE EXTENSION IF NOT EXISTS postgis;
