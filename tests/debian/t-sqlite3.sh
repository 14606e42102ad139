# sqlite3 CLI: a table of 10,000 rows from a recursive CTE, aggregates,
# window functions, joins, JSON; the database file is compared too.
need_host /usr/bin/sqlite3
cp "$srcdir/sqlite-test.sql" "$H/" && put sqlite-test.sql
check "sqlite3 :memory: < sqlite-test.sql" -i "$H/sqlite-test.sql" /usr/bin/sqlite3 :memory:
check "sqlite3 test.db < sqlite-test.sql" -i "$H/sqlite-test.sql" /usr/bin/sqlite3 test.db
same_file "sqlite3 database file" test.db
check "sqlite3 test.db query (reopened)" /usr/bin/sqlite3 test.db 'SELECT grp, count(*), printf("%.2f", sum(val)) FROM t GROUP BY grp ORDER BY grp;'
