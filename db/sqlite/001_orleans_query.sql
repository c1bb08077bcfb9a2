-- Orleans' ADO.NET providers read every SQL statement they run from this table at startup
-- ("SELECT QueryKey, QueryText FROM OrleansQuery"). Later scripts add or replace rows with
-- INSERT ... ON CONFLICT (QueryKey) DO UPDATE, so a query can be redefined by a newer script.
-- The providers use invariant "System.Data.SQLite", which Orleans 10 maps to Microsoft.Data.Sqlite.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);
