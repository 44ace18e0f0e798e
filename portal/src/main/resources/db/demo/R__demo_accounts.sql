-- Demo accounts and logins (demo profile only). Repeatable and idempotent: rows are only added
-- when missing, so a restart or a changed file never duplicates or overwrites them.
-- Passwords: nordlicht / nordlicht-demo, kongress / kongress-demo, support / support-demo.

insert into account (number, company_name, contact_email, base_plan, viewer_seats, livestream_slots, locale)
select 'K-10001', 'Nordlicht Events GmbH', 'events@nordlicht-events.example', 'Streaming S', 500, 1, 'de'
where not exists (select 1 from account where number = 'K-10001');

insert into account (number, company_name, contact_email, base_plan, viewer_seats, livestream_slots, locale)
select 'K-10002', 'Kongress Media AG', 'technik@kongress-media.example', 'Streaming L', 2500, 4, 'de'
where not exists (select 1 from account where number = 'K-10002');

insert into app_user (username, password_hash, role, account_id, display_name, locale, enabled)
select 'nordlicht', '{bcrypt}$2a$10$NIvJnHEGNfdFXktjeZcrautxV0G.JmThJQFXJ0A0DCW/9yMmodGDS', 'CUSTOMER', a.id,
       'Nordlicht Events GmbH', 'de', true
from account a
where a.number = 'K-10001' and not exists (select 1 from app_user where username = 'nordlicht');

insert into app_user (username, password_hash, role, account_id, display_name, locale, enabled)
select 'kongress', '{bcrypt}$2a$10$Ylz44roxu7dHniFs96l2Qubt9z3OypfSQFKHenE3a6rLes4P2ZSNq', 'CUSTOMER', a.id,
       'Kongress Media AG', 'de', true
from account a
where a.number = 'K-10002' and not exists (select 1 from app_user where username = 'kongress');

insert into app_user (username, password_hash, role, account_id, display_name, locale, enabled)
select 'support', '{bcrypt}$2a$10$X1G0BHGj384chOXy2QtgQ.Ejt4GOON95KLLPMgj/tFaLQfnrtB32y', 'SUPPORT', null,
       'Sam Support', 'en', true
where not exists (select 1 from app_user where username = 'support');

-- Every account streams at least one content with a primary key. Fixed demo keys: demo only.
insert into content (account_id, content_id, name, position, active)
select a.id, 'nrdl7kq2va', 'Livestream', 1, true
from account a
where a.number = 'K-10001' and not exists (select 1 from content c where c.account_id = a.id);

insert into content (account_id, content_id, name, position, active)
select a.id, 'kngr4mx9ta', 'Livestream', 1, true
from account a
where a.number = 'K-10002' and not exists (select 1 from content c where c.account_id = a.id);

insert into stream_key (content_id, entrypoint, key_value, created_at)
select c.id, 'PRIMARY', '5l94CrtsnJob83R_DZt2-Em3P1KPqHFm', current_timestamp
from content c
where c.content_id = 'nrdl7kq2va' and not exists (select 1 from stream_key k where k.content_id = c.id);

insert into stream_key (content_id, entrypoint, key_value, created_at)
select c.id, 'PRIMARY', 'aXoCatdVEkbEWtCxYdlIqPgFyMec94PD', current_timestamp
from content c
where c.content_id = 'kngr4mx9ta' and not exists (select 1 from stream_key k where k.content_id = c.id);
