-- Orleans' ADO.NET providers read every SQL statement they run from this table at startup
-- ("SELECT QueryKey, QueryText FROM OrleansQuery"). Later scripts add or replace rows with
-- INSERT ... ON CONFLICT (QueryKey) DO UPDATE, so a query can be redefined by a newer script.
-- Identifiers are unquoted, so PostgreSQL folds them to lower case; Npgsql matches result
-- column names case-insensitively, which is what the providers rely on.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  text NOT NULL,
    QueryText text NOT NULL,
    CONSTRAINT PK_OrleansQuery PRIMARY KEY (QueryKey)
);
