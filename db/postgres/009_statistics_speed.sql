-- Statistics over long periods (docs/performance.md, "Statistics"): the bulletin and the flows read a period's
-- cases from the covering index reception_case_statistics (007) without visiting the table only where the
-- visibility map marks the pages all-visible, and only VACUUM marks them. By default autovacuum comes after
-- inserts of a fifth of the table (400,000 cases at 2 million: about a year of returns), so up to a year of
-- recent cases was read from the table as well (0.2-0.4 s more per query for a year on the bench). A vacuum
-- after every 1% of the table keeps the map within weeks of today.
-- Self-contained: it only changes the storage settings of a table of 006.

ALTER TABLE reception_case SET (autovacuum_vacuum_insert_scale_factor = 0.01);
