-- The failover timeline also records "all seats taken" (a viewer was turned away): such rows have no
-- entrypoints, edge_id '-', and cause "seats:<booked seats>". Portable SQL (H2 and PostgreSQL).
alter table failover_event add column kind varchar(12) default 'FAILOVER' not null;
alter table failover_event add constraint failover_event_kind_check check (kind in ('FAILOVER', 'SEATS_FULL'));
