"""Storage: the only package that speaks SQL. One module per area (feeds, articles, stories,
statements, outbox); ``models`` holds the tables, ``engine`` the SQLite/PostgreSQL set-up."""
