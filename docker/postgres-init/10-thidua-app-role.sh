#!/bin/sh
# Runs once, when the postgres container creates its database (docker-entrypoint-initdb.d).
# POSTGRES_USER (thidua) owns the schema and runs the migrations; the app connects as thidua_app, which owns
# nothing and may only read and write rows (README, "Least privilege in the database").
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$THIDUA_APP_PASSWORD" -v owner="$POSTGRES_USER" -v db="$POSTGRES_DB" <<'SQL'
CREATE ROLE thidua_app LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO thidua_app;
GRANT USAGE ON SCHEMA public TO thidua_app;
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO thidua_app;
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO thidua_app;
SQL
