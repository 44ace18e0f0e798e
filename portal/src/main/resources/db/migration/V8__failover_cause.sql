-- An edge's failover cause is a type now (FailoverCause: START, PUBLISHER_GONE, STALL, DRILL, RESUMED),
-- no longer an English sentence: the Live page and the alert mail word it in the customer's language.
-- Old rows keep their sentence in "cause" and get the type derived from it here; rows whose sentence
-- names no known cause keep failover_cause null (shown as a plain "switched from A to B").
-- New rows write the type into both columns. Portable SQL (H2 and PostgreSQL).
alter table failover_event add column failover_cause varchar(20) null;
alter table failover_event add constraint failover_event_failover_cause_check
    check (failover_cause in ('START', 'PUBLISHER_GONE', 'STALL', 'DRILL', 'RESUMED'));
update failover_event set failover_cause = case
        when kind <> 'FAILOVER' then null
        when drill then 'DRILL'
        when cause like 'start on %' then 'START'
        when cause like 'resumed on %' then 'RESUMED'
        when cause like 'publisher gone%' then 'PUBLISHER_GONE'
        when cause like 'no new segment%' then 'STALL'
        else null
    end;
