# Sourced by province.sh with BENCH_DB=h2, after postgresql.sh: the province is seeded into PostgreSQL with the same
# SQL as there and then copied, row for row, into the H2 file of the server copy ($work/db), which the server of the
# default build then runs on. One build (mvn package -DskipTests) serves both: the copy's PostgreSQL configuration is a
# second configuration file beside the H2 one, made with the server's own CLI from the production build's script.
h2_jar=$(find "$work/server/modules" -name 'h2-*.jar' | head -1)
h2_url="jdbc:h2:$work/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
h2() { java -Xmx2g -cp "$h2_jar" "$@" -url "$h2_url" -user sa -password sa; }

# standalone-postgresql.xml: the copy's configuration with PostgresDS as the default datasource and the timers' store,
# as ear/src/main/wildfly/scripts/postgresql.cli configures the -Ppostgresql build (without its clustering, which the
# H2 build does not provision; a single node needs none). The H2 timer store is removed first: the script adds its own.
postgresql_config() {
    local config="$work/server/standalone/configuration"
    cp "$config/standalone.xml" "$config/standalone-postgresql.xml"
    {
        echo "embed-server --admin-only --std-out=discard --server-config=standalone-postgresql.xml"
        echo "/subsystem=ejb3/service=timer-service:write-attribute(name=default-data-store, value=default-file-store)"
        echo "/subsystem=ejb3/service=timer-service/database-data-store=default-db-store:remove"
        grep -v '^#' ear/src/main/wildfly/scripts/postgresql.cli
        echo "stop-embedded-server"
    } > "$work/postgresql.cli"
    "$work/server/bin/jboss-cli.sh" --file="$work/postgresql.cli" > /dev/null
}

# copy_to_h2: every table of the PostgreSQL database (but Flyway's history, which the H2 file has of its own) replaces
# the rows of the same table in the stopped server's H2 file. The H2 file already has the schema (the first start ran
# the migrations) and its own demo data, which goes: the seed was built on PostgreSQL's. Through CSV files: booleans
# and timestamps with their offset as PostgreSQL writes them are what H2 reads; bytea goes as hex, which H2 2 no
# longer casts to binary, through its own hex decoder. Then identities and sequences continue where PostgreSQL's would.
copy_to_h2() {
    local dir="$work/csv"; mkdir -p "$dir"
    local script="$work/load.sql"
    {
        echo "SET REFERENTIAL_INTEGRITY FALSE;"
        echo "CREATE ALIAS hex_bytes FOR 'org.h2.util.StringUtils.convertHexToBytes';"
    } > "$script"
    local table columns exported loaded counts=""
    while IFS='|' read -r table columns exported loaded; do
        counts="$counts${counts:+ UNION ALL }SELECT '$table', count(*) FROM $table"
        PGTZ=UTC psql_db -d "$db" -c "\\copy (SELECT $exported FROM $table) TO '$dir/$table.csv' WITH (FORMAT csv)"
        echo "DELETE FROM $table;"
        echo "INSERT INTO $table ($columns) SELECT $loaded FROM CSVREAD('$dir/$table.csv', '${columns// /}', 'charset=UTF-8');"
    done < <(query "SELECT table_name, string_agg(column_name, ', ' ORDER BY ordinal_position),
                           string_agg(CASE data_type WHEN 'bytea' THEN 'encode(' || column_name || ', ''hex'') AS ' || column_name
                                      ELSE column_name END, ', ' ORDER BY ordinal_position),
                           string_agg(CASE data_type WHEN 'bytea' THEN 'CASE WHEN ' || column_name || ' IS NOT NULL THEN hex_bytes('
                                      || column_name || ') END' ELSE column_name END, ', ' ORDER BY ordinal_position)
                    FROM information_schema.columns
                    WHERE table_schema = 'public' AND table_name IN (SELECT table_name FROM information_schema.tables
                          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history')
                    GROUP BY table_name ORDER BY table_name") >> "$script"
    # An identity column restarts after the highest id copied; a sequence of its own (the audit entries', V14) at the
    # value PostgreSQL would give next.
    local column
    while IFS='|' read -r table column; do
        echo "ALTER TABLE $table ALTER COLUMN $column RESTART WITH $(query "SELECT coalesce(max($column), 0) + 1 FROM $table");"
    done < <(query "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'
                    ORDER BY table_name") >> "$script"
    query "SELECT 'ALTER SEQUENCE ' || s.sequencename || ' RESTART WITH '
                  || coalesce(s.last_value + s.increment_by, s.start_value) || ';'
           FROM pg_sequences s WHERE s.schemaname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d
               WHERE d.objid = (s.schemaname || '.' || s.sequencename)::regclass AND d.deptype IN ('a', 'i'))" >> "$script"
    {
        echo "DROP ALIAS hex_bytes;"
        echo "SET REFERENTIAL_INTEGRITY TRUE;"
        # Fresh statistics for H2's planner, as the seed's ANALYZE gives PostgreSQL's.
        echo "ANALYZE;"
    } >> "$script"
    # Each table's rows counted on both sides, so that a copy that lost rows stops the benchmark here.
    echo "CALL CSVWRITE('$work/h2-counts.csv', '${counts//\'/\'\'}', 'writeColumnHeader=false fieldDelimiter= fieldSeparator=|');" \
        >> "$script"
    h2 org.h2.tools.RunScript -script "$script"
    rm -rf "$dir"
    if ! diff <(query "$counts" | sort) <(sort "$work/h2-counts.csv") > "$work/h2-counts.diff"; then
        echo "the copy into H2 lost rows (< table|rows in PostgreSQL, > in H2):" >&2
        cat "$work/h2-counts.diff" >&2
        exit 1
    fi
}
