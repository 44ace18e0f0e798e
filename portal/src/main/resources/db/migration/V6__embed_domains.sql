-- Host names allowed to embed a content's website player (Content-Security-Policy
-- frame-ancestors); no rows = any site may embed it. position keeps the customer's order.
create table embed_domain (
    content_id varchar(20)  not null references content (content_id),
    domain     varchar(255) not null,
    position   int          not null,
    primary key (content_id, domain)
);

-- Who last changed a content's list: a support agent may edit it while impersonating, so both
-- identities are kept, as for bookings.
create table embed_domain_change (
    content_id       varchar(20)  not null primary key references content (content_id),
    changed_at       timestamp with time zone not null,
    changed_by       varchar(100) not null,
    changed_by_agent varchar(100) null
);
