-- Issue 16: the edges also fail over on a content fault (black, frozen, silent, no audio, no video).
-- V8's check named only the causes of its time, so such a timeline row was refused (and, kept in order
-- for a retry, held back every later row of the timeline).
alter table failover_event drop constraint failover_event_failover_cause_check;
alter table failover_event add constraint failover_event_failover_cause_check
    check (failover_cause in ('START', 'PUBLISHER_GONE', 'STALL', 'DRILL', 'RESUMED', 'PICTURE_BLACK',
        'PICTURE_FROZEN', 'AUDIO_SILENT', 'AUDIO_MISSING', 'VIDEO_MISSING'));
