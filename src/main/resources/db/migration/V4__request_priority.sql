-- Each commissioning request names the priority of its cluster's approved plan that it serves, by position in
-- the plan for the request's financial year, or gives the reason it serves none yet. The plan reference records
-- which approved plan was current when the lead chose.

alter table commissioning_request add column priority_position integer;
alter table commissioning_request add column priority_plan_reference varchar(40);
alter table commissioning_request add column no_priority_reason varchar(4000);

update commissioning_request
set no_priority_reason = 'Submitted before requests named a cluster priority.'
where priority_position is null;

alter table commissioning_request add constraint ck_commissioning_request_priority check (
    (priority_position between 1 and 6 and priority_plan_reference is not null and no_priority_reason is null)
    or (priority_position is null and priority_plan_reference is null and no_priority_reason is not null)
);

create index ix_commissioning_request_priority
    on commissioning_request (cluster_id, financial_year, priority_position);
