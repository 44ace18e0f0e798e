-- Issue 16: per content, which picture and sound checks count against an ingest server and how many
-- seconds a fault must last (1-30, default 2). Read with the stream key, so the monitor gets them
-- with the publish grant.
alter table content add column black_check boolean not null default true;
alter table content add column black_seconds int not null default 2;
alter table content add column frozen_check boolean not null default true;
alter table content add column frozen_seconds int not null default 2;
alter table content add column silent_check boolean not null default true;
alter table content add column silent_seconds int not null default 2;
alter table content add constraint content_check_seconds check (black_seconds between 1 and 30
    and frozen_seconds between 1 and 30 and silent_seconds between 1 and 30);
